// The validation job four ways in one Node process, on the same inputs:
// this package's validateCancelRequest, Zod 4, Ajv 8 + custom loop, and
// hand-written JS; then the boundary alternatives, where the 1,000-item
// call spends its time, and which implementations get decimal totals right.
//
//   node bench/run.mjs [--smoke] [--write] [--time=MS]
//
// --smoke: tiny budgets, checks the answers, writes nothing (make test-bench).
// --write: replaces the generated sections of bench/RESULTS.md.
import { validateCancelRequest } from "../pkg/gen/ebp.node.js";
import { pack } from "../pkg/src/pack.js";
import { pack as packBefore } from "./baseline/pack-before.mjs";
import * as B from "./gen/ebp_cancel_bench.js";
import { makeLazyValidate } from "./lazy-api.mjs";
import { validateHand } from "./impls/hand.mjs";
import { validateZod } from "./impls/zod.mjs";
import { validateAjv } from "./impls/ajv.mjs";
import { INPUTS, DECIMAL_CASES } from "./inputs.mjs";
import { SMOKE, time, use, spread, us, ops, table, emit, loadBytes } from "./lib.mjs";

B.initSync({ module: loadBytes("./gen/ebp_cancel_bench_bg.wasm") });
const lazyValidate = makeLazyValidate(B.bench_validate_verdict, B.bench_validate_lines);

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
  "ebp-cancel, lazy lines (proposed)": (r) => verdict(lazyValidate(r)),
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
  // The lazy result, once its arrays are read, is the eager result exactly.
  check(JSON.stringify(lazyValidate(req)) === JSON.stringify(want), `lazy result equals eager on ${name}`);
  // Every boundary variant answers the same.
  const text = JSON.stringify(want);
  check(B.validate(packBefore(req), "") === B.validate(pack(req), ""), `pack before/after same answer on ${name}`);
  check(JSON.stringify(JSON.parse(B.validate(JSON.stringify(req), ""))) === text, `JSON.stringify path on ${name}`);
  check(JSON.stringify(JSON.parse(B.bench_validate_swb(req, undefined))) === text, `serde-wasm-bindgen path on ${name}`);
}

const decimalRows = [];
for (const c of DECIMAL_CASES) {
  const row = [c.name, c.valid ? "valid" : "invalid"];
  for (const [impl, f] of Object.entries(IMPLS)) {
    if (impl.includes("lazy")) continue;
    const ok = f(c.request).ok;
    const right = ok === c.valid;
    if (impl === "ebp-cancel") check(right, `ebp-cancel on decimal case ${c.name}`);
    row.push(`${ok ? "accepts" : "rejects"}${right ? "" : " **(wrong)**"}`);
  }
  decimalRows.push(row);
}

// ---- implementations side by side ----
const implNames = Object.keys(IMPLS);
const rows = [];
const ratioRows = [];
const results = {};
for (const [name, req] of Object.entries(INPUTS)) {
  const t = {};
  for (const impl of implNames) t[impl] = await time(() => IMPLS[impl](req));
  results[name] = t;
  const base = t["ebp-cancel"].median;
  for (const impl of implNames) {
    rows.push([name, impl, spread(t[impl]), ops(t[impl]), `${(t[impl].median / base).toFixed(2)}×`]);
  }
  ratioRows.push([name, ...implNames.slice(1).map((i) => `${(t[i].median / base).toFixed(2)}`)]);
}

// The per-line arrays, read after the lazy verdict (what materialising costs).
const matRows = [];
for (const name of ["seed full (3 items)", "100 items", "1,000 items"]) {
  const req = INPUTS[name];
  const eager = await time(() => use(validateCancelRequest(req).payload.items.length));
  const lazyVerdict = results[name]["ebp-cancel, lazy lines (proposed)"];
  const lazyAll = await time(() => {
    const r = lazyValidate(req);
    use(r.payload.items.length + r.preview.items.length);
  });
  matRows.push([name, spread(eager), spread(lazyVerdict), spread(lazyAll), us(lazyAll.median - lazyVerdict.median)]);
}

emit(
  "node",
  [
    "### µs per call: median [p10–p90], ops/s, and time relative to ebp-cancel (shipped) in the same run",
    "",
    "Each call validates one request and reads the verdict: `ok`, the errors, and the preview totals.",
    "",
    table(["input", "implementation", "µs/op", "ops/s", "÷ ebp-cancel"], rows),
    "",
    "### Time relative to ebp-cancel (shipped); below 1 is faster than it",
    "",
    table(["input", ...implNames.slice(1)], ratioRows),
    "",
    "### The per-line arrays (`payload.items`, `preview.items`): built eagerly vs only when read",
    "",
    table(
      ["input", "shipped (eager, all parsed)", "lazy: verdict only", "lazy: verdict + both arrays read", "arrays cost when read"],
      matRows,
    ),
    "",
    "### Decimal totals: who gets them right",
    "",
    table(["request", "truth", ...implNames.filter((n) => !n.includes("lazy"))], decimalRows),
  ].join("\n"),
);

// ---- boundaries: the same core, different ways across ----
const bRows = [];
bRows.push(["empty exported call", "–", spread(await time(() => B.bench_empty()))]);
for (const name of ["seed full (3 items)", "1,000 items"]) {
  const req = INPUTS[name];
  const packed = pack(req);
  const v = [
    ["string in (packed text copied into wasm), no work", () => use(B.bench_string_in(packed))],
    ["(a) serde-wasm-bindgen in, JSON out + JSON.parse", () => use(JSON.parse(B.bench_validate_swb(req, undefined)).ok)],
    ["(a) serde-wasm-bindgen in and out (result built as JS objects)", () => use(B.bench_validate_swb_out(req, undefined).ok)],
    ["(b) JSON.stringify in, JSON out + JSON.parse", () => use(JSON.parse(B.validate(JSON.stringify(req), "")).ok)],
    ["(c) pack.js before this work → packed text, + JSON.parse", () => use(JSON.parse(B.validate(packBefore(req), "")).ok)],
    ["(c) pack.js now → packed text, + JSON.parse (shipped)", () => use(JSON.parse(B.validate(pack(req), "")).ok)],
    ["(c) + verdict only, arrays when read (proposed)", () => use(JSON.parse(B.bench_validate_verdict(pack(req), "")).ok)],
  ];
  for (const [label, f] of v) bRows.push([label, name, spread(await time(f))]);
}
emit(
  "boundaries",
  [
    "### Boundaries: the same core and result, moved across differently (µs per call, median [p10–p90])",
    "",
    table(["way across", "input", "µs/op"], bRows),
  ].join("\n"),
);

// ---- where the 1,000-item call goes ----
{
  const req = INPUTS["1,000 items"];
  const packed = pack(req);
  const full = B.validate(packed, "");
  const head = B.bench_validate_verdict(packed, "");
  const lines = B.bench_validate_lines(packed, "");
  const REPS = SMOKE ? 1 : 20;
  const stage = async (s) => {
    const t = await time(() => use(B.bench_stage(packed, s, REPS)));
    return { median: t.median / REPS, p10: t.p10 / REPS, p90: t.p90 / REPS };
  };
  const [parse, rules, write] = [await stage(0), await stage(1), await stage(2)];
  const steps = [
    ["JS: pack.js before this work", await time(() => use(packBefore(req).length))],
    ["JS: pack.js now", await time(() => use(pack(req).length))],
    ["JS: JSON.stringify (for comparison)", await time(() => use(JSON.stringify(req).length))],
    [`copy the packed text (${packed.length} B) into wasm`, await time(() => use(B.bench_string_in(packed)))],
    ["wasm: read packed text", parse],
    ["wasm: rules + preview", { median: rules.median - parse.median, p10: NaN, p90: NaN }],
    [`wasm: write whole result JSON (${full.length} B)`, { median: write.median - rules.median, p10: NaN, p90: NaN }],
    ["whole `validate` call (copy in, core, copy + decode out)", await time(() => use(B.validate(packed, "").length))],
    ["JS: JSON.parse of the whole result", await time(() => use(JSON.parse(full).ok))],
    [`verdict-only call (result ${head.length} B)`, await time(() => use(B.bench_validate_verdict(packed, "").length))],
    ["JS: JSON.parse of the verdict", await time(() => use(JSON.parse(head).ok))],
    [`lines call, when read (${lines.length} B)`, await time(() => use(B.bench_validate_lines(packed, "").length))],
    ["JS: JSON.parse of the lines", await time(() => use(JSON.parse(lines).length))],
  ];
  emit(
    "profile",
    [
      "### Where the 1,000-item call goes (µs, median [p10–p90]; core stages timed inside wasm, by difference)",
      "",
      table(["step", "µs"], steps.map(([l, t]) => [l, Number.isNaN(t.p10) ? us(t.median) : spread(t)])),
    ].join("\n"),
  );
}

console.log(`bench: ${passed} passed, ${failed} failed`);
if (failed) process.exit(1);
