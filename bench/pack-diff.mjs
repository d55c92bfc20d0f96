// Differential check (make test-bench), for ordinary, exotic and hostile
// values: the tape writer (pkg/src/tape.js) says exactly what the text
// packer it replaced (bench/baseline/pack-text.mjs) said, as the core read
// it; and that packer, made faster in its time, wrote exactly the text of
// the version before it (bench/baseline/pack-before.mjs).
import "../pkg/gen/ebp.node.js"; // loads the key table
import { tape } from "../pkg/src/tape.js";
import { pack } from "./baseline/pack-text.mjs";
import { pack as old } from "./baseline/pack-before.mjs";
import { tapeText, asRead } from "./tape-text.mjs";
import { INPUTS, DECIMAL_CASES } from "./inputs.mjs";
const MB = 1024 * 1024;
const cyc = { a: 1 }; cyc.self = cyc;
const revoked = Proxy.revocable({}, {}); revoked.revoke();
const vals = [
  ...Object.values(INPUTS), ...DECIMAL_CASES.map(c => c.request),
  undefined, null, true, false, 0, -0, NaN, Infinity, -Infinity, 1e21, 5e-324, 12345678901234567890n, Symbol("x"), () => 1,
  "", "plain", "quote\"d", "back\\slash", "ctl\u0001\n\t", "\u2028\u2029", "한글 이름", "😀", "\ud800", "a\udc00b", "\ud83d\ude00", "x".repeat(64), "x".repeat(65) + "\"", "é".repeat(100),
  { "": 1, "key with space": 2, "quo\"te": 3, "\ud800": 4, "😀": 5, ["k".repeat(70)]: 6, "\n": 7, "__proto__x": 8 },
  [1, , 3], Object.assign([], { length: 3 }), new Array(5), [undefined, null],
  cyc, [cyc, cyc], { a: { b: { c: [1, 2, { d: "e" }] } } },
  { get a() { throw new Error("x"); } }, revoked.proxy,
  new Proxy({}, { ownKeys() { throw new Error("x"); } }), new Proxy([], { get() { throw new Error("x"); } }),
  new Date(0), /re/g, new Map([[1, 2]]), new Set([1]), new Uint8Array([1, 2]), Object.create(null), new (class X { constructor() { this.q = 1; } })(),
  "x".repeat(4 * MB + 1), { a: "y".repeat(4 * MB + 1) }, new Array(10_001).fill(0), new Array(1e9),
];
let deep = 1; for (let i = 0; i < 100; i++) deep = { a: deep }; vals.push(deep);
const big = {}; for (let i = 0; i < 5; i++) big[`f${i}`] = "z".repeat(3.5 * MB); vals.push(big);
const manyKeys = {}; for (let i = 0; i < 600; i++) manyKeys[`key${i}`] = i; vals.push(manyKeys, manyKeys);
let bad = 0;
for (const [i, v] of vals.entries()) for (let rep = 0; rep < 2; rep++) { const a = pack(v), b = old(v); if (a !== b) { bad++; console.log("DIFF", i, JSON.stringify(a.slice(0, 80)), JSON.stringify(b.slice(0, 80))); } }
for (const [i, v] of vals.entries()) for (let rep = 0; rep < 2; rep++) {
  const a = tapeText(tape([v])), b = asRead(pack(v));
  if (a !== b) { bad++; console.log("TAPE DIFF", i, JSON.stringify(a.slice(0, 120)), JSON.stringify(b.slice(0, 120))); }
}
console.log(`pack differential: ${vals.length * 4 - bad} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
