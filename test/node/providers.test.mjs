// The provider adapters through the built package (wasm + JS host): the
// same cancel written for PortOne and NicePay, EUC-KR hanja judged with the
// platform's TextDecoder, responses parsed, and nothing thrown on bad data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { toPortOneCancel, parsePortOneResponse } from "../../pkg/gen/portone.node.js";
import { toNicePayCancel, parseNicePayResponse } from "../../pkg/gen/nicepay.node.js";
import { signNicePayCancel } from "../../pkg/src/sign.js";

const order = () => ({
  orderNo: "ORD20251224001",
  currency: "KRW",
  paymentStatus: "CAPTURED",
  payMethod: "CARD",
  impUid: "imp_448280090638",
  tid: "nictest00m01012512241200001234",
  paidAt: "2025-12-24T12:00:00.000+0900",
  items: [
    { seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, unitAmount: 50000, unitTaxAmount: 5000 },
    { seq: 2, itemType: "PHYSICAL", itemId: "P002", quantity: 1, unitAmount: 3000 },
    { seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, unitAmount: 3000 },
  ],
});

const partial = {
  orderNo: "ORD20251224001",
  totalCancelAmount: 2000,
  items: [{ seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, amount: 2000, taxAmount: 0 }],
};

const EDI = "2025-12-25T10:00:00+09:00";

test("one cancel, two providers", () => {
  const p = toPortOneCancel(partial, { order: order(), reason: "부분 환불" });
  assert.equal(p.ok, true, JSON.stringify(p.errors));
  assert.deepEqual(p.payload, { imp_uid: "imp_448280090638", amount: 2000, checksum: 106000, reason: "부분 환불" });
  const n = toNicePayCancel(partial, { order: order(), reason: "부분 환불", orderId: "c-1", ediDate: EDI });
  assert.equal(n.ok, true, JSON.stringify(n.errors));
  assert.deepEqual(n.payload, { reason: "부분 환불", orderId: "c-1", cancelAmt: 2000, ediDate: EDI });
  assert.equal(n.signingInput, "nictest00m01012512241200001234" + EDI);
  assert.deepEqual(n.expected, { amount: 2000, balance: 104000 });
  // The server signs what the browser assembled.
  const body = signNicePayCancel(n, "sandbox-secret-key");
  assert.match(body.signData, /^[0-9a-f]{64}$/);
});

test("EUC-KR: hanja are judged with the platform's TextDecoder", () => {
  const base = { order: order(), orderId: "c-1", ediDate: EDI, returnCharSet: "euc-kr" };
  const ok = toNicePayCancel(partial, { ...base, reason: "韓國 고객 요청" });
  assert.equal(ok.ok, true, JSON.stringify(ok.errors));
  assert.deepEqual(ok.warnings, []);
  const bad = toNicePayCancel(partial, { ...base, reason: "丟 😀" });
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].code, "CHARSET_UNENCODABLE");
  assert.equal(bad.errors[0].params.char, "丟");
  // 50 Hangul syllables are exactly 100 EUC-KR bytes; 51 are over.
  assert.equal(toNicePayCancel(partial, { ...base, reason: "가".repeat(50) }).ok, true);
  const over = toNicePayCancel(partial, { ...base, reason: "가".repeat(51) });
  assert.deepEqual(over.errors[0].params, { provider: "NicePay", max: 100, length: 102, unit: "bytes" });
});

test("responses are parsed and reconciled", () => {
  const r = parseNicePayResponse(
    JSON.stringify({
      resultCode: "0000", resultMsg: "OK", tid: "t", canceledTid: "c2", status: "partialCancelled",
      amount: 106000, balanceAmt: 104000, cancels: [{ tid: "c2", amount: 2000 }],
    }),
    { expected: { amount: 2000, balance: 104000 } },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(r.data.balanceAmt, 104000);
  const p = parsePortOneResponse({ code: 1, message: "이미 취소됨" }, { locale: "ko" });
  assert.equal(p.ok, false);
  assert.equal(p.errors[0].code, "RESPONSE_ERROR");
});

test("nothing is thrown on bad data", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  for (const [intent, options] of [
    [undefined, undefined],
    [null, { order: null }],
    [cyclic, cyclic],
    [partial, { order: order(), reason: 5, ediDate: NaN, returnCharSet: Symbol("x") }],
    ["{", "}"],
  ]) {
    for (const f of [toPortOneCancel, toNicePayCancel, parsePortOneResponse, parseNicePayResponse]) {
      const r = f(intent, options);
      assert.equal(r.ok, false);
      assert.ok(Array.isArray(r.errors) && r.errors.length > 0);
    }
  }
});
