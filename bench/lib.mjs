// Shared by the bench scripts: timing with tinybench (batched so that
// sub-microsecond calls are not drowned by the timer), formatting, and
// writing a generated section of bench/RESULTS.md.
import { Bench } from "tinybench";
import { readFileSync, writeFileSync, existsSync } from "node:fs";

export const SMOKE = process.argv.includes("--smoke");
export const WRITE = process.argv.includes("--write");

/** Per-task time budget (ms); `--time=N` overrides. */
export const TIME_MS = Number(process.argv.find((a) => a.startsWith("--time="))?.slice(7) ?? (SMOKE ? 5 : 600));

let sink = 0;
/** Keeps a result alive so the engine cannot drop the call. */
export function use(x) {
  sink = (sink + (typeof x === "number" ? x : x ? 1 : 0)) | 0;
}
export const sinkValue = () => sink;

/**
 * Times `fn` (one call = one operation) for about `ms`. Calls are batched so
 * one sample lasts ≥ ~50 µs; returns µs per call: median, p10, p90, and ops/s.
 */
export async function time(fn, ms = TIME_MS) {
  // Calibrate the batch size.
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const dt = (performance.now() - t0) * 1000;
    if (dt > 50 || n > 1 << 20 || SMOKE) {
      n = Math.max(1, Math.round((n * 50) / Math.max(dt, 1e-3)));
      break;
    }
    n *= 4;
  }
  const batch = SMOKE ? 1 : n;
  const bench = new Bench({
    time: ms,
    warmupTime: SMOKE ? 1 : Math.min(200, ms / 3),
    iterations: SMOKE ? 3 : 30,
    warmupIterations: SMOKE ? 1 : 10,
    retainSamples: true,
  });
  bench.add("t", () => {
    for (let i = 0; i < batch; i++) fn();
  });
  bench.runSync();
  const r = bench.tasks[0].result;
  if (r.state !== "completed") throw new Error(`benchmark ${r.state}: ${r.error ?? ""}`);
  const s = [...r.latency.samples].map((ms) => (ms * 1000) / batch).sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), ops: 1e6 / q(0.5), samples: s.length, batch };
}

/** The median of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Rounds of `interleaved` (SMOKE: one). */
export const ROUNDS = SMOKE ? 1 : 7;

/**
 * Times each function of `fns` (name → fn) in ROUNDS rounds, each round
 * timing every function once for TIME_MS / ROUNDS, so that a stall of the
 * machine falls on all of them alike instead of on whichever ran then.
 * Returns name → { median, p10, p90, ops } (the median over the rounds of
 * each), and ratio(a, b): the median over the rounds of a's time ÷ b's in
 * the same round.
 */
export async function interleaved(fns) {
  const names = Object.keys(fns);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const round = {};
    for (const n of names) round[n] = await time(fns[n], TIME_MS / ROUNDS);
    rounds.push(round);
  }
  const out = {};
  for (const n of names) {
    const of = (k) => median(rounds.map((r) => r[n][k]));
    out[n] = { median: of("median"), p10: of("p10"), p90: of("p90"), ops: 1e6 / of("median") };
  }
  const ratio = (a, b) => median(rounds.map((r) => r[a].median / r[b].median));
  return { times: out, ratio };
}

/** µs with sensible precision. */
export function us(x) {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

/** "median [p10–p90]". */
export const spread = (t) => `${us(t.median)} [${us(t.p10)}–${us(t.p90)}]`;

export function ops(t) {
  const o = t.ops;
  if (o >= 1e6) return `${(o / 1e6).toFixed(2)} M`;
  if (o >= 1e3) return `${(o / 1e3).toFixed(1)} k`;
  return o.toFixed(0);
}

export function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const RESULTS = new URL("./RESULTS.md", import.meta.url);

/** Replaces the generated section `name` of RESULTS.md (between its markers). */
export function writeSection(name, markdown) {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "";
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, text);
}

/** Output of a section: printed, and written to RESULTS.md with --write. */
export function emit(name, markdown) {
  console.log(markdown + "\n");
  if (WRITE && !SMOKE) writeSection(name, markdown);
}

export function loadBytes(rel) {
  return readFileSync(new URL(rel, import.meta.url));
}

const TARGETS = new URL("./gen/targets.json", import.meta.url);

/** Records figures of the target table (bench/targets.mjs writes it), with --write. */
export function record(figures) {
  if (!WRITE || SMOKE) return;
  const now = existsSync(TARGETS) ? JSON.parse(readFileSync(TARGETS, "utf8")) : {};
  writeFileSync(TARGETS, JSON.stringify({ ...now, ...figures }, null, 2) + "\n");
}
