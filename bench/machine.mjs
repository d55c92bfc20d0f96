// The machine and versions the tables were measured with.
//
//   node bench/machine.mjs [--write]
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { emit, table } from "./lib.mjs";

const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? "?";
const run = (cmd, ...args) => {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
  } catch {
    return "?";
  }
};
const version = (name) => {
  try {
    return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
  } catch {
    return "?";
  }
};
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
emit(
  "machine",
  [
    "## Machine",
    "",
    table(
      ["what", "value"],
      [
        ["cores (nproc)", run("nproc")],
        ["CPU (/proc/cpuinfo)", cpu],
        ["load average when measured", load],
        ["Node", process.version],
        ["Chromium", run(process.env.CHROMIUM ?? "/usr/bin/chromium", "--version").replace(/\s*built on.*$/, "")],
        ["rustc", run("rustc", "--version")],
        ["wasm-bindgen", run("wasm-bindgen", "--version")],
        ["zod / ajv / tinybench / playwright-core / binaryen", ["zod", "ajv", "tinybench", "playwright-core", "binaryen"].map(version).join(" / ")],
        ["date", new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC"],
      ],
    ),
  ].join("\n"),
);
