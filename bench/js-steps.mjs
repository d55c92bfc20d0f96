// The JS side of one export call, each step alone: the tape writer
// (tape.js) and the result decoder (result.js) of one or more source
// folders, timed alternately in one Node process (every variant meets the
// same load), after checking that they write the same tape and decode the
// same objects. Not part of `make bench`.
//
//   node bench/js-steps.mjs [DIR ...]   (default: pkg/src; e.g. /work/main/pkg/src pkg/src)
//
// The bytes decoded are this tree's core's answers (pkg/gen, `make build`).
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { validate } from "../pkg/gen/ebp_wasm.js";
import "../pkg/gen/ebp.node.js"; // instantiates the wasm, loads the key table
import { KEYS } from "../pkg/src/keys.js";
import { INPUTS } from "./inputs.mjs";
import { median } from "./lib.mjs";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (dirs.length === 0) dirs.push(new URL("../pkg/src", import.meta.url).pathname);
const variants = [];
for (const dir of dirs) {
  const at = (f) => import(pathToFileURL(resolve(dir, f)).href);
  // Another folder's keys.js is another module: give it the same table.
  (await at("keys.js")).useKeys(KEYS.list);
  variants.push({ dir, tape: (await at("tape.js")).tape, decode: (await at("result.js")).decode });
}

let sink = 0;
const CASES = [
  ["seed (3 items)", INPUTS["seed full (3 items)"], 2000],
  ["invalid (7 errors)", INPUTS["invalid (3 items, 7 errors)"], 2000],
  ["1,000 items", INPUTS["1,000 items"], 10],
];
const ROUNDS = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 31);
// Warm up first: every variant on every case, so that no variant is timed
// while the engine is still optimising it.
for (let end = performance.now() + 1500; performance.now() < end; ) {
  for (const v of variants) {
    for (const [, req] of CASES) sink += v.decode(validate(v.tape([req, undefined]))).ok ? 1 : 0;
  }
}
const p10 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 10)];

console.log(`| case | step | ${variants.map((v) => v.dir).join(" | ")} |`);
console.log(`|---|---|${variants.map(() => "---").join("|")}|`);
for (const [name, req, n] of CASES) {
  const bytes = validate(variants[0].tape([req, undefined]));
  const want = [Buffer.from(variants[0].tape([req, undefined])), JSON.stringify(variants[0].decode(bytes))];
  for (const v of variants) {
    if (!want[0].equals(Buffer.from(v.tape([req, undefined])))) throw new Error(`${v.dir}: another tape for ${name}`);
    if (JSON.stringify(v.decode(bytes)) !== want[1]) throw new Error(`${v.dir}: another decoding for ${name}`);
  }
  const steps = {
    [`tape (${want[0].length} B)`]: (v) => {
      for (let i = 0; i < n; i++) sink += v.tape([req, undefined]).length;
    },
    [`decode (${bytes.length} B)`]: (v) => {
      for (let i = 0; i < n; i++) sink += v.decode(bytes).ok ? 1 : 0;
    },
  };
  for (const [step, run] of Object.entries(steps)) {
    const t = variants.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < variants.length; k++) {
        const j = (k + round) % variants.length;
        const start = performance.now();
        run(variants[j]);
        t[j].push(((performance.now() - start) * 1000) / n);
      }
    }
    const cells = t.map((xs) => `${median(xs).toFixed(name.startsWith("1,000") ? 1 : 3)} (p10 ${p10(xs).toFixed(name.startsWith("1,000") ? 1 : 3)})`);
    console.log(`| ${name} | ${step} µs | ${cells.join(" | ")} |`);
  }
}
if (sink === 0.5) console.log(sink);
