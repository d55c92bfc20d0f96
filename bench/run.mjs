// The validation job four ways in one Node process, on the same inputs:
// this package's validateCancelRequest, Zod 4, Ajv 8 + custom loop, and
// hand-written JS; the builder; then the boundary before and after the tape,
// where the call spends its time at 3 and 1,000 items, and which
// implementations get decimal totals right.
//
//   node bench/run.mjs [--smoke] [--write] [--time=MS]
//
// --smoke: tiny budgets, checks the answers, writes nothing (make test-bench).
// --write: replaces the generated sections of bench/RESULTS.md, and records
// the figures of the target table in bench/gen/targets.json.
import { readFileSync } from "node:fs";
import { validateCancelRequest, CancelRequestBuilder } from "../pkg/gen/ebp.node.js";
import { tape } from "../pkg/src/tape.js";
import { decode } from "../pkg/src/result.js";
import { markReady } from "../pkg/src/core.js";
import { pack } from "./baseline/pack-text.mjs";
import * as B from "./gen/ebp_cancel_bench.js";
import { validateHand } from "./impls/hand.mjs";
import { validateZod } from "./impls/zod.mjs";
import { validateAjv } from "./impls/ajv.mjs";
import { INPUTS, DECIMAL_CASES } from "./inputs.mjs";
import { SMOKE, time, interleaved, use, spread, us, ops, table, emit, loadBytes, record } from "./lib.mjs";

B.initSync({ module: loadBytes("./gen/ebp_cancel_bench_bg.wasm") });
markReady(B);
const order = JSON.parse(readFileSync(new URL("../tests/fixtures/seed_order.json", import.meta.url), "utf8"));

let passed = 0;
let failed = 0;
function check(cond, what) {
  if (cond) passed++;
  else {
    failed++;
    console.error(`FAIL: ${what}`);
  }
}

// What every implementation is asked for: the verdict (ok, the errors, the
// preview totals). Reading them keeps the work from being optimised away.
function verdict(r) {
  use(r.ok ? r.preview.totalCancelAmount + r.preview.totalProductTaxAmount : r.errors.length);
  return r;
}

const IMPLS = {
  "ebp-cancel": (r) => verdict(validateCancelRequest(r)),
  "Zod 4": (r) => verdict(validateZod(r)),
  "Ajv 8 + loop": (r) => verdict(validateAjv(r)),
  "hand-written JS": (r) => verdict(validateHand(r)),
};

// ---- answers first (the smoke test's checks) ----
for (const [name, req] of Object.entries(INPUTS)) {
  const want = validateCancelRequest(req);
  for (const [impl, f] of Object.entries(IMPLS)) {
    check(f(req).ok === want.ok, `${impl} on ${name}: ok should be ${want.ok}`);
  }
  // The text boundary answers what the tape answers.
  check(JSON.stringify(JSON.parse(B.bench_text(pack(req), ""))) === JSON.stringify(want), `text boundary = tape on ${name}`);
  check(JSON.stringify(decode(B.validate(tape([req, undefined])))) === JSON.stringify(want), `bench wasm = package on ${name}`);
}
// The seed order is paid by virtual account: the refund account is part of the job.
const account = INPUTS["seed full (3 items)"].refundAccount;
const built = () => CancelRequestBuilder.forOrder(order).cancelItem(1, 1).refundAccount(account).build();
check(built().ok === true && built().payload.totalCancelAmount === 50000, "the builder on the seed order");

const decimalRows = [];
for (const c of DECIMAL_CASES) {
  const row = [c.name, c.valid ? "valid" : "invalid"];
  for (const [impl, f] of Object.entries(IMPLS)) {
    const ok = f(c.request).ok;
    const right = ok === c.valid;
    if (impl === "ebp-cancel") check(right, `ebp-cancel on decimal case ${c.name}`);
    row.push(`${ok ? "accepts" : "rejects"}${right ? "" : " **(wrong)**"}`);
  }
  decimalRows.push(row);
}

// ---- implementations side by side ----
// Interleaved (lib.mjs): in each round every implementation is timed once,
// so the ratios compare runs that met the same machine. On the seed the
// builder runs in the same rounds, so it is compared with Zod's validate of
// the same rounds.
const SEED = "seed full (3 items)";
const implNames = Object.keys(IMPLS);
const rows = [];
const ratioRows = [];
const results = {};
const zodRatio = {};
let seedRuns;
for (const [name, req] of Object.entries(INPUTS)) {
  const fns = Object.fromEntries(implNames.map((impl) => [impl, () => IMPLS[impl](req)]));
  if (name === SEED) fns.builder = () => use(built().ok);
  const runs = await interleaved(fns);
  if (name === SEED) seedRuns = runs;
  const t = runs.times;
  results[name] = t;
  for (const impl of implNames) {
    rows.push([name, impl, spread(t[impl]), ops(t[impl]), `${runs.ratio(impl, "ebp-cancel").toFixed(2)}×`]);
  }
  ratioRows.push([name, ...implNames.slice(1).map((i) => `${runs.ratio(i, "ebp-cancel").toFixed(2)}`)]);
  zodRatio[name] = runs.ratio("ebp-cancel", "Zod 4");
}
const builder = seedRuns.times.builder;
rows.push(["seed order", "ebp-cancel `CancelRequestBuilder.forOrder(order).cancelItem(1, 1).refundAccount(…).build()`", spread(builder), ops(builder), `${seedRuns.ratio("builder", "ebp-cancel").toFixed(2)}×`]);

record({
  seedRatio: zodRatio[SEED],
  seedUs: results[SEED]["ebp-cancel"].median,
  zodSeedUs: results[SEED]["Zod 4"].median,
  ratio100: zodRatio["100 items"],
  ratio1000: zodRatio["1,000 items"],
  builderUs: builder.median,
  builderZodRatio: seedRuns.ratio("builder", "Zod 4"),
});

emit(
  "node",
  [
    "### µs per call: median [p10–p90], ops/s, and time relative to ebp-cancel in the same run",
    "",
    "Interleaved: each input in 7 rounds, every implementation timed once per round; each figure is the median over the rounds, each ratio the median of the rounds' ratios.",
    "",
    "Each call validates one request and reads the verdict: `ok`, the errors, and the preview totals.",
    "",
    table(["input", "implementation", "µs/op", "ops/s", "÷ ebp-cancel"], rows),
    "",
    "### Time relative to ebp-cancel; below 1 is faster than it",
    "",
    table(["input", ...implNames.slice(1)], ratioRows),
    "",
    "### Decimal totals: who gets them right",
    "",
    table(["request", "truth", ...implNames], decimalRows),
  ].join("\n"),
);

// ---- the boundary before and after, and where each call goes ----
const bRows = [];
bRows.push(["empty exported call", "–", spread(await time(() => B.bench_empty()))]);
const profile = [];
for (const name of ["seed full (3 items)", "1,000 items"]) {
  const req = INPUTS[name];
  const t = tape([req, undefined]).slice();
  const packed = pack(req);
  const out = B.validate(t);
  const text = B.bench_text(packed, "");
  bRows.push(
    ["before: packed text in, JSON text out, `JSON.parse`", name, spread(await time(() => use(JSON.parse(B.bench_text(pack(req), "")).ok)))],
    ["after (shipped): tape in, compact result out, decoded", name, spread(await time(() => use(decode(B.validate(tape([req, undefined]))).ok)))],
  );
  const REPS = SMOKE ? 1 : name.startsWith("seed") ? 200 : 5;
  const stage = async (s) => {
    const x = await time(() => use(B.bench_stage(t, s, REPS)));
    return x.median / REPS;
  };
  const [read, rules, write] = [await stage(0), await stage(1), await stage(2)];
  const copy = await time(() => use(B.bench_bytes_in(t)));
  const call = await time(() => use(B.validate(t).length));
  profile.push(
    [name, `JS: write the tape (${t.length} B)`, spread(await time(() => use(tape([req, undefined]).length)))],
    [name, "copy the tape into wasm (an export taking the bytes, no work)", spread(copy)],
    [name, "wasm: read the tape into values", us(read)],
    [name, "wasm: rules + preview", us(rules - read)],
    [name, `wasm: write the compact result (${out.length} B)`, us(write - rules)],
    [name, "the whole export call (copy in, core, copy out)", spread(call)],
    [name, "JS: decode the compact result into objects", spread(await time(() => use(decode(out).ok)))],
    [name, `before, for comparison — JS: pack.js (${packed.length} chars)`, spread(await time(() => use(pack(req).length)))],
    [name, `before, for comparison — JS: JSON.parse of the result (${text.length} chars)`, spread(await time(() => use(JSON.parse(text).ok)))],
  );
}
emit(
  "boundaries",
  [
    "### The boundary before and after the tape: the same core and result (µs per call, median [p10–p90])",
    "",
    "\"Before\" is the text boundary this package had (packed text in, JSON text out and `JSON.parse`) through today's core; its JSON now comes from the compact result, so it costs a little more than the old writer did.",
    "",
    table(["way across", "input", "µs/op"], bRows),
  ].join("\n"),
);
emit(
  "profile",
  [
    "### Where the call goes, per step (µs, median [p10–p90]; the core's stages timed inside wasm, by difference)",
    "",
    table(["input", "step", "µs"], profile),
  ].join("\n"),
);

console.log(`bench: ${passed} passed, ${failed} failed`);
if (failed) process.exit(1);
