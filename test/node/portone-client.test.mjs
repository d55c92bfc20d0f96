// The PortOne payloads as a real PortOne v1 client sends them: npm's
// `iamport-rest-client-nodejs` (0.9.12, pinned in the root package.json)
// posts what `toPortOneCancel` made to a loopback server on 127.0.0.1
// standing in for api.iamport.kr, which records what arrives and answers
// as PortOne does. Then the client's answer, as the client hands it back
// (`res.data`: the envelope; `res.data.response`: the bare body), is read by
// `parsePortOneResponse` and reconciled with the cancel's `expected`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { toPortOneCancel, parsePortOneResponse } from "../../pkg/gen/portone.node.js";

const require = createRequire(import.meta.url);
const { Iamport, Request } = require("iamport-rest-client-nodejs");

/** What arrived at the fake PortOne, per request. */
const arrived = [];
let server;
let baseUrl;

before(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      arrived.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.setHeader("content-type", "application/json");
      if (req.url === "/users/getToken") {
        const now = Math.floor(Date.now() / 1000);
        res.end(JSON.stringify({ code: 0, message: null, response: { access_token: "test-token", expired_at: now + 1800, now } }));
        return;
      }
      if (req.url === "/payments/cancel") {
        const sent = JSON.parse(body);
        // PortOne refunds what was asked (all of the checksum when no amount).
        const refunded = sent.amount ?? sent.checksum;
        res.end(
          JSON.stringify({
            code: 0,
            message: null,
            response: {
              imp_uid: sent.imp_uid,
              merchant_uid: "ORD20251224001",
              pay_method: "vbank",
              status: refunded === sent.checksum ? "cancelled" : "paid",
              amount: 106000,
              cancel_amount: 106000 - sent.checksum + refunded,
              paid_at: 1766536800,
              cancelled_at: 1766623200,
              cancel_history: [{ pg_tid: "pg-cancel-1", amount: refunded, cancelled_at: 1766623200, reason: sent.reason ?? "", receipt_url: "" }],
            },
          }),
        );
        return;
      }
      res.statusCode = 404;
      res.end("{}");
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const order = (payMethod, extra = {}) => ({
  orderNo: "ORD20251224001",
  currency: "KRW",
  paymentStatus: "CAPTURED",
  payMethod,
  impUid: "imp_448280090638",
  items: [
    { seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, unitAmount: 50000, unitTaxAmount: 5000 },
    { seq: 2, itemType: "PHYSICAL", itemId: "P002", quantity: 1, unitAmount: 3000, unitTaxAmount: 0 },
    { seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, unitAmount: 3000, unitTaxAmount: 0 },
  ],
  ...extra,
});

const account = { accountNumber: "110-123-456789", bankCode: "088", accountHolderName: "홍길동" };

const full = (withAccount) => ({
  orderNo: "ORD20251224001",
  totalCancelAmount: 106000,
  ...(withAccount ? { refundAccount: account } : {}),
  items: [
    { seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, amount: 50000, taxAmount: 5000 },
    { seq: 2, itemType: "PHYSICAL", itemId: "P002", quantity: 1, amount: 3000, taxAmount: 0 },
    { seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, amount: 3000, taxAmount: 0 },
  ],
});

const partial = {
  orderNo: "ORD20251224001",
  totalCancelAmount: 50000,
  items: [{ seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 1, amount: 50000, taxAmount: 5000 }],
};

const CASES = [
  {
    name: "a virtual account through NHN KCP: BK + two digits",
    intent: full(true),
    options: { order: order("vbank"), pg: "kcp.IP1234", taxFreeAmount: 6000, reason: "단순 변심" },
    expect: { refund_bank: "BK88", refund_account: "110123456789", refund_holder: "홍길동", tax_free: 6000 },
  },
  {
    name: "a virtual account through KG이니시스: two digits",
    intent: full(true),
    options: { order: order("VIRTUAL_ACCOUNT"), pg: "html5_inicis", reason: "고객 요청" },
    expect: { refund_bank: "88" },
  },
  {
    name: "a virtual account through 키움페이: its own code",
    intent: full(true),
    options: { order: order("vbank"), pg: "daou", reason: "고객 요청" },
    expect: { refund_bank: "10" },
  },
  {
    name: "a transfer through smartro_v2: refund fields and refund_tel",
    intent: full(true),
    options: { order: order("trans"), pg: "smartro_v2", refundTel: "01012345678", reason: "고객 요청" },
    expect: { refund_bank: "088", refund_tel: "01012345678" },
  },
  {
    name: "a partial cancel through nice: vat_amount and tax_free",
    intent: partial,
    options: { order: order("card"), pg: "nice", vatAmount: 5000, taxFreeAmount: 0, reason: "부분 환불" },
    expect: { amount: 50000, vat_amount: 5000, tax_free: 0 },
  },
  {
    name: "naverpay: reason and extra.requester",
    intent: full(false),
    options: { order: order("naverpay"), pg: "naverpay", requester: "customer", reason: "구매자 요청" },
    expect: { extra: { requester: "customer" }, reason: "구매자 요청" },
  },
];

for (const c of CASES) {
  test(`through iamport-rest-client-nodejs: ${c.name}`, async () => {
    const built = toPortOneCancel(c.intent, c.options);
    assert.equal(built.ok, true, JSON.stringify(built.errors));
    for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(built.payload[k], v, k);

    const iamport = new Iamport({ apiKey: "test-key", apiSecret: "test-secret", baseUrl });
    const before = arrived.length;
    const res = await Request.Payments.cancel(built.payload).request(iamport);

    // What arrived: the token call, then the cancel with exactly our body.
    const calls = arrived.slice(before);
    assert.deepEqual(calls.map((a) => `${a.method} ${a.url}`), ["POST /users/getToken", "POST /payments/cancel"]);
    const cancel = calls[1];
    assert.equal(cancel.headers.authorization, "Bearer test-token");
    assert.match(cancel.headers["content-type"], /^application\/json/);
    assert.deepEqual(JSON.parse(cancel.body), built.payload, "every field arrives intact");
    assert.equal(cancel.body.includes("110-123"), false, "the account number went as digits");

    // The client's answer, as it hands it back, read and reconciled.
    const envelope = parsePortOneResponse(res.data, { expected: built.expected });
    assert.equal(envelope.ok, true, JSON.stringify(envelope.errors));
    assert.equal(envelope.resultCode, "0");
    const bare = parsePortOneResponse(res.data.response, { expected: built.expected });
    assert.equal(bare.ok, true, JSON.stringify(bare.errors));
    assert.deepEqual(bare.data, envelope.data);
    // A different expectation is caught either way.
    const wrong = { amount: built.expected.amount + 1, balance: built.expected.balance };
    assert.equal(parsePortOneResponse(res.data.response, { expected: wrong }).ok, false);
  });
}

test("a refusal reaches the caller as the client rejects it, and is read", async () => {
  // An unknown imp_uid: the fake PortOne answers as PortOne does for it.
  const refuse = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/users/getToken") {
      res.end(JSON.stringify({ code: 0, response: { access_token: "t", expired_at: Math.floor(Date.now() / 1000) + 1800 } }));
    } else {
      res.end(JSON.stringify({ code: -1, message: "취소할 결제건이 존재하지 않습니다.", response: null }));
    }
  });
  await new Promise((ok) => refuse.listen(0, "127.0.0.1", ok));
  try {
    const url = `http://127.0.0.1:${refuse.address().port}`;
    const client = new Iamport({ apiKey: "k", apiSecret: "s", baseUrl: url });
    const built = toPortOneCancel(full(false), { order: order("card"), reason: "x" });
    const err = await Request.Payments.cancel(built.payload).request(client).then(
      () => assert.fail("resolved"),
      (e) => e,
    );
    const r = parsePortOneResponse(err.response.data, { locale: "ko" });
    assert.equal(r.ok, false);
    assert.equal(r.errors[0].code, "RESPONSE_ERROR");
    assert.match(r.errors[0].message, /존재하지 않습니다/);
  } finally {
    refuse.close();
  }
});
