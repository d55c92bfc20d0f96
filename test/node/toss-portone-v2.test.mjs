// `ebp-cancel/toss` and `ebp-cancel/portone-v2` through the built package
// (each entry's own wasm + the JS host): the seed fixtures give the bodies
// tests/fixtures/*_seed_cancels.json describe, the idempotency header is
// named, NFC comes from the platform, answers are parsed and reconciled
// with the adapter's own `expected`, CommonJS works, nothing is thrown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { toTossCancel, parseTossResponse } from "../../pkg/gen/toss.node.js";
import { toPortOneV2Cancel, parsePortOneV2Response } from "../../pkg/gen/portone_v2.node.js";

const fixture = (name) => JSON.parse(readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8"));
const seedOrder = (payMethod) => ({
  ...fixture("seed_order.json"),
  payMethod,
  paymentKey: "tgen_20251224001",
  paymentId: "payment-ORD20251224001",
});

for (const [file, adapter] of [
  ["toss_seed_cancels.json", toTossCancel],
  ["portone_v2_seed_cancels.json", toPortOneV2Cancel],
]) {
  test(`${file}: the seed cancels and a virtual-account refund give the bodies it describes`, () => {
    for (const c of fixture(file).cases) {
      const request = fixture(c.request);
      if (c.refundAccount) request.refundAccount = c.refundAccount;
      const r = adapter(request, { ...c.options, order: seedOrder(c.payMethod) });
      assert.equal(r.ok, true, `${c.name}: ${JSON.stringify(r.errors)}`);
      assert.equal(r.kind, c.kind, c.name);
      assert.deepEqual(r.payload, c.payload, c.name);
      assert.deepEqual(r.expected, c.expected, c.name);
      if ("idempotencyKey" in c) assert.deepEqual(r.idempotencyKey, c.idempotencyKey, c.name);
    }
  });
}

const partial = () => ({
  orderNo: "ORD20251224001",
  totalCancelAmount: "2000.00",
  // 홍길동 typed as conjoining jamo: the platform's normalize makes it NFC.
  refundAccount: { accountNumber: "110-123-456789", bankCode: "088", accountHolderName: "\u1112\u1169\u11bc\u1100\u1175\u11af\u1103\u1169\u11bc" },
  items: [{ seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, amount: 2000, taxAmount: 0 }],
});

test("one cancel, Toss and PortOne V2: bank codes, NFC holder, the header", () => {
  const t = toTossCancel(partial(), { order: seedOrder("VIRTUAL_ACCOUNT"), cancelReason: "부분 환불", idempotencyKey: "k-2", locale: "ko-KR" });
  assert.equal(t.ok, true, JSON.stringify(t.errors));
  assert.deepEqual(t.payload.refundReceiveAccount, { bank: "88", accountNumber: "110123456789", holderName: "홍길동" });
  assert.deepEqual(t.idempotencyKey, { header: "Idempotency-Key", value: "k-2" });
  assert.equal(t.warnings[0].code, "ACCOUNT_NUMBER_NORMALIZED");
  assert.ok(!JSON.stringify(t.warnings).includes("110-123-456789"), "account number masked");
  const v = toPortOneV2Cancel(partial(), { order: seedOrder("VIRTUAL_ACCOUNT"), reason: "부분 환불", holderPhoneNumber: "01012345678" });
  assert.equal(v.ok, true, JSON.stringify(v.errors));
  assert.deepEqual(v.payload.refundAccount, { bank: "SHINHAN", number: "110123456789", holderName: "홍길동", holderPhoneNumber: "01012345678" });
  assert.equal(v.payload.currentCancellableAmount, 106000);
  // An idempotency key a header cannot carry: said, in Korean.
  const bad = toTossCancel(partial(), { order: seedOrder("CARD"), cancelReason: "x", idempotencyKey: "키", locale: "ko" });
  assert.equal(bad.ok, false);
  assert.equal(bad.idempotencyKey, null);
  assert.equal(bad.errors[0].code, "IDEMPOTENCY_KEY_INVALID");
  assert.deepEqual(bad.errors[0].segments, ["options", "idempotencyKey"]);
  assert.match(bad.errors[0].message, /헤더/);
});

test("PortOne V2 pre-checks carry the server's error names", () => {
  const order = { ...seedOrder("CARD"), cancellableTaxFreeAmount: 6000 };
  const r = toPortOneV2Cancel(partial(), { order, reason: "r", taxFreeAmount: 1500, vatAmount: 600 });
  assert.equal(r.ok, false);
  assert.deepEqual(r.errors.map((e) => e.code), ["SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT"]);
  assert.deepEqual(r.errors[0].params, { taxFree: 1500, vat: 600, amount: 2000 });
});

test("answers are parsed and reconciled with the adapter's expected", () => {
  const t = toTossCancel(partial(), { order: seedOrder("CARD"), cancelReason: "r" });
  const payment = {
    paymentKey: "tgen_20251224001", status: "PARTIAL_CANCELED", totalAmount: 106000, balanceAmount: 104000,
    lastTransactionKey: "TK1", isPartialCancelable: true,
    cancels: [{ transactionKey: "TK1", cancelAmount: 2000, taxFreeAmount: 0, refundableAmount: 104000, cancelStatus: "DONE" }],
  };
  const ok = parseTossResponse(JSON.stringify(payment), { expected: t.expected });
  assert.equal(ok.ok, true, JSON.stringify(ok.errors));
  assert.equal(ok.data.cancels[0].transactionKey, "TK1");
  const off = parseTossResponse({ ...payment, balanceAmount: 103000 }, { expected: t.expected });
  assert.deepEqual(off.errors.map((e) => [e.code, e.path]), [["RECONCILE_MISMATCH", "balanceAmount"]]);
  const refused = parseTossResponse({ code: "NOT_CANCELABLE_AMOUNT", message: "취소 할 수 없는 금액 입니다." });
  assert.equal(refused.resultCode, "NOT_CANCELABLE_AMOUNT");

  const v = toPortOneV2Cancel(partial(), { order: seedOrder("CARD"), reason: "r" });
  const cancellation = { status: "REQUESTED", id: "c1", totalAmount: 2000, taxFreeAmount: 0, vatAmount: 182, reason: "r", requestedAt: "2025-12-24T03:00:00Z" };
  const pending = parsePortOneV2Response({ cancellation }, { expected: v.expected });
  assert.equal(pending.ok, true, JSON.stringify(pending.errors));
  assert.equal(pending.resultCode, "REQUESTED");
  assert.equal(pending.warnings[0].code, "CANCEL_PENDING");
  const failed = parsePortOneV2Response({ cancellation: { ...cancellation, status: "FAILED" } });
  assert.equal(failed.ok, false);
});

test("CommonJS: require() gets the same adapters", () => {
  const require = createRequire(import.meta.url);
  const toss = require("../../pkg/gen/toss.node.cjs");
  const v2 = require("../../pkg/gen/portone_v2.node.cjs");
  const r = toss.toTossCancel(partial(), { order: seedOrder("CARD"), cancelReason: "r" });
  assert.deepEqual(r.payload, { cancelReason: "r", cancelAmount: 2000 });
  const p = v2.toPortOneV2Cancel(partial(), { order: seedOrder("CARD"), reason: "r" });
  assert.deepEqual(p.payload, { amount: 2000, reason: "r", currentCancellableAmount: 106000 });
  assert.equal(typeof toss.parseTossResponse, "function");
  assert.equal(typeof v2.parsePortOneV2Response, "function");
});

test("nothing is thrown on bad data", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  for (const [intent, options] of [
    [undefined, undefined],
    [null, { order: null }],
    [cyclic, cyclic],
    [partial(), { order: seedOrder("CARD"), cancelReason: 5, reason: [], idempotencyKey: Symbol("x"), requester: 1n }],
    ["{", "}"],
  ]) {
    for (const f of [toTossCancel, toPortOneV2Cancel, parseTossResponse, parsePortOneV2Response]) {
      const r = f(intent, options);
      assert.equal(r.ok, false, `${f.name}`);
      assert.ok(Array.isArray(r.errors) && r.errors.length > 0);
    }
  }
});
