// Prints what the package ships (wasm + JS, raw / gzip -9 / brotli) and,
// with --check, fails when the gzipped total is over the budget.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

// The one place the size budget is written (bytes, gzip -9, wasm + JS glue).
export const BUDGET_GZ = 40 * 1024;

const root = new URL("../pkg/", import.meta.url);
const files = [
  ...["gen/ebp_cancel_bg.wasm", "gen/ebp_cancel.js"],
  ...readdirSync(new URL("src/", root)).filter((f) => /\.(m?js|cjs)$/.test(f) && f !== "node.js" && f !== "sign.js").map((f) => "src/" + f),
];
let total = { raw: 0, gz: 0, br: 0 };
for (const f of files) {
  const b = readFileSync(new URL(f, root));
  const gz = gzipSync(b, { level: 9 }).length;
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + b.length, gz: total.gz + gz, br: total.br + br };
  console.log(`  ${f.padEnd(28)} ${String(b.length).padStart(8)} B  ${String(gz).padStart(7)} gz  ${String(br).padStart(7)} br`);
}
console.log(`size: browser bundle ${total.raw} B, ${total.gz} B gzipped, ${total.br} B brotli (budget ${BUDGET_GZ} B gzipped)`);
if (process.argv.includes("--check") && total.gz > BUDGET_GZ) {
  console.error(`size: over budget by ${total.gz - BUDGET_GZ} B gzipped`);
  process.exit(1);
}
