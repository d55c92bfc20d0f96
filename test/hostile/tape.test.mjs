// The tape writer's caps (pkg/src/tape.js), each shown by what it writes
// (printed as the packed text the packer before it wrote, bench/tape-text.mjs)
// and by what it saves: without a cap, the tape (and the wasm memory it is
// copied into, which never shrinks) grows with the hostile input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as api from "../../pkg/gen/ebp.node.js";
import { tape } from "../../pkg/src/tape.js";
import { tapeText } from "../../bench/tape-text.mjs";
import * as glue from "../../pkg/gen/ebp_wasm.js";

const MB = 1024 * 1024;
const MAX_STRING = 4 * MB;
const seed = JSON.parse(readFileSync(new URL("../../tests/fixtures/seed_full_request.json", import.meta.url), "utf8"));
// The instance ebp.node.js made (initSync returns the live exports once initialised).
const wasm = glue.initSync({ module: readFileSync(new URL("../../pkg/gen/ebp_wasm_bg.wasm", import.meta.url)) });
const memory = () => wasm.memory.buffer.byteLength;
const pack = (v) => tapeText(tape([v]));

test("a string past MAX_STRING is not copied: ?long:N", () => {
  assert.equal(pack("x".repeat(MAX_STRING)).length, MAX_STRING + 2);
  assert.equal(pack("x".repeat(MAX_STRING + 1)), `?long:${MAX_STRING + 1}`);
  assert.equal(pack({ a: "y".repeat(10 * MB) }), `{"a":?long:${10 * MB}}`);
});

test("an array or object past 10,000 entries is not walked: ?huge:N", () => {
  assert.match(pack(new Array(10_000).fill(0)), /^\[0(,0){9999}\]$/);
  assert.equal(pack(new Array(10_001).fill(0)), "?huge:10001");
  assert.equal(pack(new Array(1e9)), "?huge:1000000000");
  const wide = {};
  for (let i = 0; i < 10_001; i++) wide[`k${i}`] = i;
  assert.equal(pack(wide), "?huge:10001");
  assert.equal(pack({ ["k".repeat(MAX_STRING + 1)]: 1 }), "?huge:1");
});

test("a whole input past the 16 MB budget is ?huge", () => {
  const r = {};
  for (let i = 0; i < 5; i++) r[`f${i}`] = "z".repeat(3.5 * MB);
  assert.equal(pack(r), "?huge");
  r.f4 = "z";
  assert.ok(pack(r).startsWith('{"f0":"zzz'));
});

test("an array's length is read once", () => {
  // A Proxy whose length is an object answering 2, then 5, 6, ...: read
  // more than once, the packer would walk past the array's end.
  let reads = 0;
  const length = { valueOf: () => (++reads === 1 ? 2 : reads + 3) };
  const p = new Proxy([1, 2], { get: (t, k) => (k === "length" ? length : t[k]) });
  assert.equal(pack(p), "[1,2]");
  assert.equal(reads, 1);
});

test("the tape writer never throws", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const values = [
    revoked.proxy,
    new Proxy({}, { ownKeys() { throw new Error("x"); } }),
    new Proxy([], { get() { throw new Error("x"); } }),
    { get a() { throw new Error("x"); } },
    { length: { valueOf() { throw new Error("x"); } } },
    Object.assign([], { length: 3 }),
  ];
  for (const v of values) assert.ok(tape([v]) instanceof Uint8Array);
  assert.equal(pack(revoked.proxy), "?unreadable");
  assert.equal(pack({ get a() { throw new Error("x"); } }), '{"a":?unreadable}');
});

test("a 64 MB string does not grow the wasm memory", () => {
  api.validateCancelRequest(seed); // warm
  const before = memory();
  const r = api.validateCancelRequest({ ...seed, note: "n".repeat(64 * MB) });
  assert.equal(r.ok, true);
  const grown = memory() - before;
  assert.ok(grown < 8 * MB, `wasm memory grew by ${grown} bytes`);
});

test("20 MB of fields under the string cap do not grow the wasm memory", () => {
  const before = memory();
  const r = { ...seed };
  for (let i = 0; i < 6; i++) r[`f${i}`] = String(i).repeat(3.5 * MB);
  const out = api.validateCancelRequest(r);
  assert.deepEqual(out.errors.map((e) => `${e.code}@${e.path}`), ["WRONG_TYPE@"]);
  const grown = memory() - before;
  assert.ok(grown < 8 * MB, `wasm memory grew by ${grown} bytes`);
});

test("key ids cached from call to call give each call its own keys", () => {
  // tape.js keeps the key ids of the last object at each depth between
  // calls: whatever came before, a value's tape names its own keys.
  const values = [{ orderNo: "A", seq: 1 }, { orderNo: "A", zz: 1 }, { seq: 1, orderNo: "A" }, { orderNo: "A", seq: 1 }, [{ zz: 1, seq: 2 }, { zz: 1, seq: 3 }]];
  const want = ['{"orderNo":"A","seq":1}', '{"orderNo":"A","zz":1}', '{"seq":1,"orderNo":"A"}', '{"orderNo":"A","seq":1}', '[{"zz":1,"seq":2},{"zz":1,"seq":3}]'];
  for (let round = 0; round < 2; round++) assert.deepEqual(values.map(pack), want);
  const r = api.validateCancelRequest({ ...seed, zz: 1 });
  assert.deepEqual(r.warnings.map((w) => `${w.code}@${w.path}`).filter((w) => w.startsWith("UNKNOWN")), ["UNKNOWN_FIELD@zz"]);
  assert.equal(api.validateCancelRequest(seed).warnings.filter((w) => w.code === "UNKNOWN_FIELD").length, 0);
});
