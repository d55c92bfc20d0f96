// The core alone, natively (examples/bench_core.rs, std::time::Instant):
// read the tape, run the rules, write the compact result. Built with the
// release profile the wasm ships with.
//
//   node bench/native.mjs [--smoke] [--write]
import { execFileSync } from "node:child_process";
import { SMOKE, emit } from "./lib.mjs";

const out = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_core", "--", SMOKE ? "0.001" : "1"], {
  cwd: new URL("../", import.meta.url),
  encoding: "utf8",
});
emit("native", ["### The core alone, native x86-64, release profile as shipped (`opt-level = \"s\"`): µs per call, median (p10–p90)", "", out.trim()].join("\n"));
