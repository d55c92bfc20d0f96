// Size: what ships (wasm + glue, gzip -9 and brotli, from scripts/size.mjs)
// and what is big inside the wasm: `twiggy top` on the shipped configuration
// after wasm-bindgen and before wasm-opt, names kept (bench/gen/size/, made
// by bench/build.sh), plus the same bytes summed by crate and by module.
//
//   node bench/size.mjs [--write]
import { execFileSync } from "node:child_process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { readFileSync } from "node:fs";
import { emit, table, record } from "./lib.mjs";
import { report } from "../scripts/size.mjs";

const root = new URL("../", import.meta.url);
const shipped = execFileSync("node", ["scripts/size.mjs"], { cwd: root, encoding: "utf8" }).trim();
const named = new URL("bench/gen/size/ebp_cancel_bg.wasm", root); // the main entry's wasm
const twiggy = (...args) => execFileSync("twiggy", ["top", ...args, named.pathname], { encoding: "utf8" });
const top = twiggy("-n", "20").trim();
const items = JSON.parse(twiggy("-n", "100000", "-f", "json"));
const total = items.reduce((a, i) => a + i.shallow_size, 0);

function crate(name) {
  if (name.startsWith('"function names"') || name.startsWith("custom section")) return "(names and custom sections)";
  if (name.startsWith("data segment")) return "(data: strings, tables)";
  if (/^(type|import|export|table|elem|global|memory|code section|wasm magic)/.test(name)) return "(wasm structure)";
  const m = name.match(/^(?:<)?(?:&)?(?:mut )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (m) return m[1];
  const inner = name.match(/(?:<|as )([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return inner ? inner[1] : "(other)";
}
function module(name) {
  const m = name.match(/ebp_cancel::([a-z_0-9]+)/);
  return m ? `ebp_cancel::${m[1]}` : null;
}
const sum = (key) => {
  const by = new Map();
  for (const i of items) {
    const k = key(i.name);
    if (k) by.set(k, (by.get(k) ?? 0) + i.shallow_size);
  }
  return [...by].sort((a, b) => b[1] - a[1]);
};
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
const final = readFileSync(new URL("pkg/gen/ebp_wasm_bg.wasm", root));
const gz = gzipSync(final, { level: 9 }).length;
const br = brotliCompressSync(final, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

{
  const r = report();
  record({ sizeMainGz: r.main.gz, sizeLines: r.lines });
}
emit(
  "size",
  [
    "### What a page loads per entry (`node scripts/size.mjs`: raw / gzip -9 / brotli 11, unminified sources)",
    "",
    "```",
    shipped,
    "```",
    "",
    `The main entry's wasm alone: ${final.length} B, ${gz} B gzipped, ${br} B brotli.`,
    "",
    `### Inside the main entry's wasm, by crate (${total} B before wasm-opt, names kept)`,
    "",
    table(["crate", "bytes", "share"], sum(crate).slice(0, 12).map(([k, n]) => [k, n, pct(n)])),
    "",
    "### By module of this crate",
    "",
    table(["module", "bytes", "share"], sum(module).slice(0, 15).map(([k, n]) => [k, n, pct(n)])),
    "",
    "### `twiggy top -n 20`",
    "",
    "```",
    top,
    "```",
  ].join("\n"),
);
