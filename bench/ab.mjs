// Two builds of the package in one Node process, timed alternately: what a
// change bought when the machine is too loaded for absolute figures (both
// builds meet the same load). Not part of `make bench`.
//
//   node bench/ab.mjs OLD_PKG_DIR [NEW_PKG_DIR]   (default new: this tree's pkg/)
//
// OLD_PKG_DIR is another checkout's built pkg/ (`git worktree add /tmp/old
// REV && cd /tmp/old && scripts/build.sh`). Each case's answers must be the
// same in both before it is timed.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bigRequest } from "./inputs.mjs";
import { median } from "./lib.mjs";

const [oldDir, newDir = new URL("../pkg", import.meta.url).pathname] = process.argv.slice(2);
if (!oldDir) {
  console.error("usage: node bench/ab.mjs OLD_PKG_DIR [NEW_PKG_DIR]");
  process.exit(2);
}
const load = (dir) => import(pathToFileURL(resolve(dir, "gen/ebp.node.js")).href);
const [A, B] = [await load(oldDir), await load(newDir)];
const fixture = (n) => JSON.parse(readFileSync(new URL(`../tests/fixtures/${n}.json`, import.meta.url), "utf8"));
const seed = fixture("seed_full_request");
const order = fixture("seed_order");
const account = { accountNumber: "1234567890", bankCode: "001", accountHolderName: "John Doe" };
const hundred = bigRequest(100);
const big = bigRequest(1000);
const CASES = {
  "seed validateCancelRequest (3 items)": [(L) => L.validateCancelRequest(seed), 2000],
  "100 items": [(L) => L.validateCancelRequest(hundred), 200],
  "1,000 items": [(L) => L.validateCancelRequest(big), 20],
  "CancelRequestBuilder…build(), seed order": [(L) => L.CancelRequestBuilder.forOrder(order).cancelItem(1, 1).refundAccount(account).build(), 2000],
};
console.log("| call | old (µs) | new (µs) | new ÷ old |\n|---|---|---|---|");
for (const [name, [call, n]] of Object.entries(CASES)) {
  if (JSON.stringify(call(A)) !== JSON.stringify(call(B))) throw new Error(`${name}: the two builds answer differently`);
  const t = { A: [], B: [] };
  for (let round = 0; round < 41; round++) {
    for (const [k, L] of round % 2 ? [["A", A], ["B", B]] : [["B", B], ["A", A]]) {
      const start = performance.now();
      for (let i = 0; i < n; i++) call(L);
      t[k].push(((performance.now() - start) * 1000) / n);
    }
  }
  const [a, b] = [median(t.A), median(t.B)];
  console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(3)} |`);
}
