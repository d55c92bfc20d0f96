// The console's three-step demo in a terminal, through the built package:
//   node scripts/demo.mjs [order.json]      (default test/e2e/fixtures/own-order.json)
// An order of one's own is checked (summarizeOrder), then cancelled in three
// steps (one unit of line 1, a partial amount on line 2, the rest), each step
// printed as the EBP payload and every provider body this build has, then
// booked (applyCancellation). `make demo` serves the same in a browser.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}pkg/package.json`, "utf8"));

/** The Node ESM file of an "exports" target (node → import → default). */
function nodeFile(target) {
  if (typeof target === "string") return target;
  for (const c of ["node", "import", "default"]) if (target?.[c]) return nodeFile(target[c]);
  return null;
}
const lib = {};
for (const sub of ["./portone", "./nicepay", "./toss", "./portone-v2", "."]) {
  const file = pkg.exports?.[sub] && nodeFile(pkg.exports[sub]);
  if (!file) continue;
  for (const [k, v] of Object.entries(await import(pathToFileURL(`${root}pkg/${file}`).href))) lib[k] ??= v;
}

let order = JSON.parse(readFileSync(process.argv[2] ?? `${root}test/e2e/fixtures/own-order.json`, "utf8"));
const checked = lib.summarizeOrder(order);
if (!checked.ok) {
  for (const e of checked.errors) console.log(`  ${e.code} at ${e.path}: ${e.message}`);
  process.exit(1);
}
console.log(`${order.orderNo}: ${checked.lines.length} lines, balance ${checked.balance}`);
const account = { accountNumber: "110234567890", bankCode: "004", accountHolderName: "홍길동" };
const [first, second] = order.items;
const steps = [
  ["one unit of line 1", (b) => b.cancelItem(first.seq, 1)],
  ["a partial amount on line 2", (b) => b.cancelAmount(second?.seq ?? first.seq, 1000)],
  ["the rest", (b) => b.cancelAll()],
];
const providers = [
  ["PortOne v1", "toPortOneCancel", { pg: "kcp", reason: "Customer request" }],
  ["NicePay v1", "toNicePayCancel", { reason: "Customer request", ediDate: "2026-12-01T15:00:00+09:00" }],
  ["Toss Payments", "toTossCancel", { cancelReason: "Customer request" }],
  ["PortOne V2", "toPortOneV2Cancel", { reason: "Customer request" }],
];
for (const [n, [name, step]] of steps.entries()) {
  const built = step(lib.CancelRequestBuilder.forOrder(order)).refundAccount(account).build();
  console.log(`\nstep ${n + 1}, ${name}: ${built.ok ? built.kind : "not possible"}`);
  if (!built.ok) {
    for (const e of built.errors) console.log(`  ${e.code} at ${e.path}: ${e.message}`);
    continue;
  }
  console.log(`  EBP: ${JSON.stringify(built.payload)}`);
  for (const [label, fn, options] of providers) {
    if (typeof lib[fn] !== "function") {
      console.log(`  ${label}: not in this build`);
      continue;
    }
    const extra = fn === "toNicePayCancel" ? { orderId: `${order.orderNo}-${n + 1}` } : {};
    const r = lib[fn](built.payload, { ...options, ...extra, order });
    const said = [...r.errors, ...r.warnings].map((i) => `${i.code} at ${i.path}`).join("; ");
    console.log(`  ${label}: ${r.ok ? JSON.stringify(r.payload) : "no body"}${said ? ` (${said})` : ""}`);
  }
  order = lib.applyCancellation(order, built.payload).order;
  console.log(`  booked: ${order.paymentStatus}, balance ${lib.summarizeOrder(order).balance}`);
}
