// The table bench/RESULTS.md leads with: issue 13's targets, as they were
// when it was filed ("before", fixed) and as this run of `make bench`
// measured them ("now", from bench/gen/targets.json, which run.mjs,
// vite.mjs, startup.mjs and size.mjs fill with --write).
//
//   node bench/targets.mjs [--write]
import { existsSync, readFileSync } from "node:fs";
import { emit, table } from "./lib.mjs";

const file = new URL("./gen/targets.json", import.meta.url);
const t = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const kb = (b) => (b === undefined ? "?" : `${(b / 1024).toFixed(1)} KB`);
const x = (r) => (r === undefined ? "?" : r >= 1 ? `${r.toFixed(1)}× slower` : `${(1 / r).toFixed(1)}× faster`);
const verdict = (ok, goal) => (ok === undefined ? "?" : ok ? (goal ? "**goal met**" : "**must met**") : "missed");
const rows = [
  [
    "seed request (3 items), `validateCancelRequest`, ratio to Zod 4",
    "6.6× slower (22.8 µs; Zod 3.5)",
    t.seedRatio === undefined ? "?" : `${x(t.seedRatio)} (${t.seedUs.toFixed(1)} µs; Zod ${t.zodSeedUs.toFixed(1)})`,
    "≤ 1.0×", "≤ 0.5×",
    verdict(t.seedRatio === undefined ? undefined : t.seedRatio <= 1, t.seedRatio <= 0.5),
  ],
  [
    "100 and 1,000 items, ratio to Zod 4",
    "6.8–7.6× slower",
    t.ratio100 === undefined ? "?" : `${x(t.ratio100)} / ${x(t.ratio1000)}`,
    "≤ 1.0×", "≤ 0.25×",
    verdict(t.ratio100 === undefined ? undefined : Math.max(t.ratio100, t.ratio1000) <= 1, Math.max(t.ratio100, t.ratio1000) <= 0.25),
  ],
  [
    "`CancelRequestBuilder…build()` on the seed order, µs",
    "(not measured)",
    t.builderUs === undefined ? "?" : `${t.builderUs.toFixed(1)} µs (${x(t.builderZodRatio)} than Zod's validate, ${t.zodSeedUs.toFixed(1)} µs)`,
    "≤ Zod's validate time", "–",
    verdict(t.builderZodRatio === undefined ? undefined : t.builderZodRatio <= 1),
  ],
  [
    "Vite production build of a page importing `validateCancelRequest` + `CancelRequestBuilder`, every JS and wasm file, gzip -9",
    "79.6 KB",
    t.viteCheckoutGz ? `${kb(t.viteMainGz)} (the same page from \`ebp-cancel/checkout\`: ${kb(t.viteCheckoutGz)})` : kb(t.viteMainGz),
    "≤ 40 KB", "≤ 30 KB",
    verdict(t.viteMainGz === undefined ? undefined : t.viteMainGz <= 40 * 1024, t.viteMainGz <= 30 * 1024),
  ],
  [
    "compile + instantiate in Chromium, fresh context, median",
    "4.0 ms",
    t.compileInstantiateMs === undefined ? "?" : `${t.compileInstantiateMs.toFixed(2)} ms` + (t.compileInstantiateCheckoutMs ? ` (\`ebp-cancel/checkout\`'s wasm: ${t.compileInstantiateCheckoutMs.toFixed(2)} ms)` : ""),
    "≤ 2.0 ms", "≤ 1.0 ms",
    verdict(t.compileInstantiateMs === undefined ? undefined : t.compileInstantiateMs <= 2, t.compileInstantiateMs <= 1),
  ],
  [
    "each provider subpath on top of the main entry (Vite page + the subpath), gz",
    "(all in the main entry)",
    t.viteExtraGz === undefined ? "?" : Object.entries(t.viteExtraGz).map(([k, v]) => `${k} +${kb(v)}`).join(", "),
    "≤ +15 KB", "–",
    verdict(t.viteExtraGz === undefined ? undefined : Math.max(...Object.values(t.viteExtraGz)) <= 15 * 1024),
  ],
];
emit("targets", ["## Issue 13's targets: before and now (one run of `make bench`, medians; each ratio to Zod from interleaved rounds)", "", table(["what", "before (issue 13)", "now", "must", "goal", ""], rows)].join("\n"));
