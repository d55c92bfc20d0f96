// The JS API against the built package (pkg/, `make build`): the spec's
// three seed examples give the values the server answered, every function
// answers bad input of every type with a result (never a throw), and the
// module keeps answering after each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as ebp from "../../pkg/gen/ebp.node.js";
import * as portone from "../../pkg/gen/portone.node.js";
import * as nicepay from "../../pkg/gen/nicepay.node.js";
import * as toss from "../../pkg/gen/toss.node.js";
import * as portoneV2 from "../../pkg/gen/portone_v2.node.js";
import * as checkout from "../../pkg/gen/checkout.node.js";
import { run, markReady } from "../../pkg/src/core.js";
import { ENTRIES as PACKAGE_ENTRIES } from "../../scripts/entries.mjs";
import { MODULES } from "../../scripts/cjs.mjs";

const root = new URL("../../", import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`tests/fixtures/${name}.json`, root), "utf8"));
const order = fixture("seed_order");
const SEEDS = { full: "FULL", item: "ITEM", partial: "PARTIAL_AMOUNT" };
const TOTALS = ["totalProductAmount", "totalProductTaxAmount", "totalDeliveryAmount", "totalDeliveryTaxAmount", "processedCount"];

// Every export of the package, from its three entries (ESM and CommonJS).
const esm = { ...ebp, ...portone, ...nicepay, ...toss, ...portoneV2, ...checkout };
const load = createRequire(import.meta.url);
const cjs = {
  ...load("../../pkg/gen/ebp.node.cjs"),
  ...load("../../pkg/gen/portone.node.cjs"),
  ...load("../../pkg/gen/nicepay.node.cjs"),
  ...load("../../pkg/gen/toss.node.cjs"),
  ...load("../../pkg/gen/portone_v2.node.cjs"),
  ...load("../../pkg/gen/checkout.node.cjs"),
};
const ENTRIES = { esm, cjs };

/** The normalised payload of a seed request: the same values, amounts as plain numbers. */
const normalised = (request) => JSON.parse(JSON.stringify(request));

function assertIssues(r, what) {
  assert.ok(Array.isArray(r.errors) && Array.isArray(r.warnings), `${what}: errors and warnings are arrays`);
  for (const i of [...r.errors, ...r.warnings]) {
    assert.match(i.code, /^[A-Z][A-Z_]*$/, `${what}: code`);
    assert.equal(typeof i.path, "string", `${what}: path`);
    assert.ok(typeof i.message === "string" && i.message.length > 0, `${what}: message`);
  }
}

/** The module still answers the partial seed with the server's numbers. */
function assertStillAnswers(api, after) {
  const r = api.validateCancelRequest(fixture("seed_partial_request"), { order });
  assert.equal(r.ok, true, `still answers after ${after}`);
  assert.equal(r.preview.totalCancelAmount, 2000, `still answers after ${after}`);
}

for (const [entry, api] of Object.entries(ENTRIES)) {
  test(`${entry}: every api.md function is exported`, () => {
    for (const name of [
      "validateCancelRequest",
      "previewRefund",
      "CancelRequestBuilder",
      "applyCancellation",
      "parseCancelResponse",
      "reconcile",
      "summarizeOrder",
      "toPortOneCancel",
      "toNicePayCancel",
    ]) {
      assert.equal(typeof api[name], "function", name);
    }
    assert.equal(typeof api.CancelRequestBuilder.forOrder, "function");
  });

  for (const [seed, kind] of Object.entries(SEEDS)) {
    test(`${entry}: seed ${seed} validates clean, kind ${kind}, preview equals the server's data`, () => {
      const request = fixture(`seed_${seed}_request`);
      const data = fixture(`seed_${seed}_response`).data;
      const r = api.validateCancelRequest(request, { order });
      assert.deepEqual(r.errors, []);
      assert.equal(r.ok, true);
      assert.equal(r.kind, kind);
      assert.deepEqual(r.payload, normalised(request));
      for (const k of TOTALS) assert.equal(r.preview[k], data[k], k);
      assert.equal(r.preview.totalCancelAmount, request.totalCancelAmount);
      assert.deepEqual(
        r.preview.items.map(({ seq, itemId, quantity, amount, taxAmount }) => ({ seq, itemId, quantity, amount, taxAmount })),
        data.items,
      );
      for (const line of r.preview.items) assert.equal(line.lineAmount, line.quantity * line.amount);

      // Without the order: stateless rules only, kind unknown.
      const bare = api.validateCancelRequest(request);
      assert.equal(bare.ok, true);
      assert.equal(bare.kind, null);
      assert.deepEqual(api.previewRefund(request), r.preview);
    });
  }

  test(`${entry}: decimal strings and float drift`, () => {
    const request = { ...fixture("seed_partial_request"), totalCancelAmount: "2000.00" };
    assert.equal(api.validateCancelRequest(request, { order }).payload.totalCancelAmount, 2000);
    const usd = {
      orderNo: "U1",
      totalCancelAmount: 0.1 + 0.2,
      items: [{ seq: 1, itemType: "DIGITAL", itemId: "D1", quantity: 3, amount: 0.1 }],
    };
    const r = api.validateCancelRequest(usd, { currency: "USD" });
    assert.equal(r.ok, false);
    assert.ok(r.errors.some((e) => e.code === "MONEY_SCALE" && e.path === "totalCancelAmount"), JSON.stringify(r.errors));
    usd.totalCancelAmount = 0.3;
    assert.equal(api.validateCancelRequest(usd, { currency: "USD" }).preview.totalCancelAmount, 0.3);
  });

  test(`${entry}: all errors at once, with paths and Korean messages`, () => {
    const r = api.validateCancelRequest(
      { orderNo: "", totalCancelAmount: 1, items: [{ seq: 1, itemType: "BOOK", itemId: "X", quantity: 0, amount: -1 }] },
      { locale: "ko" },
    );
    assert.equal(r.ok, false);
    assert.equal(r.payload, null);
    assert.equal(r.preview, null);
    const at = Object.fromEntries(r.errors.map((e) => [e.path, e.code]));
    assert.equal(at["orderNo"], "BLANK");
    assert.equal(at["items[0].itemType"], "ITEM_TYPE_INVALID");
    assert.equal(at["items[0].quantity"], "QUANTITY_INVALID");
    assert.equal(at["items[0].amount"], "AMOUNT_NOT_POSITIVE");
    assert.ok(r.errors.every((e) => /[가-힣]/.test(e.message)), "messages are Korean");
    assertIssues(r, "ko");
  });

  test(`${entry}: previewRefund gives the preview alone, or the result with its errors`, () => {
    const p = api.previewRefund(fixture("seed_full_request"));
    assert.equal(p.totalCancelAmount, 106000);
    assert.equal(p.totalProductTaxAmount, 10000);
    assert.equal(p.processedCount, 3);
    const bad = api.previewRefund({ orderNo: "x" });
    assert.equal(bad.ok, false);
    assert.ok(bad.errors.length > 0);
  });

  test(`${entry}: the builder assembles the seed requests`, () => {
    const { CancelRequestBuilder: B } = api;
    const account = fixture("seed_full_request").refundAccount;
    const full = B.forOrder(order).cancelAll().refundAccount(account).build();
    assert.deepEqual(full.errors, []);
    assert.equal(full.kind, "FULL");
    assert.deepEqual(full.payload, normalised(fixture("seed_full_request")));

    const item = new B(order).cancelItem(2).cancelItem(3, 1).refundAccount(account).build();
    assert.equal(item.kind, "ITEM");
    assert.deepEqual(item.payload, normalised(fixture("seed_item_request")));

    const partial = B.forOrder(order).cancelAmount(3, 2000).refundAccount(account).build({ currency: "KRW" });
    assert.equal(partial.kind, "PARTIAL_AMOUNT");
    assert.deepEqual(partial.payload, normalised(fixture("seed_partial_request")));

    // Calls that cannot be met are errors at their call's path, not throws.
    const over = B.forOrder(order).cancelItem(2, 5).refundAccount(account).locale("ko").build();
    assert.equal(over.ok, false);
    assert.ok(over.errors.some((e) => e.path.startsWith("calls[0]")), JSON.stringify(over.errors));
    assert.ok(over.errors.every((e) => /[가-힣]/.test(e.message)), "locale() sets the language");
    assert.ok(B.forOrder(order).build().errors.some((e) => e.code === "NOTHING_TO_CANCEL"));
  });

  test(`${entry}: a built builder throws BUILDER_CONSUMED on every method`, () => {
    const b = api.CancelRequestBuilder.forOrder(order).cancelAll();
    assert.equal(b.build().ok, false); // VIRTUAL_ACCOUNT needs a refund account
    for (const call of [
      () => b.cancelAll(),
      () => b.cancelItem(1),
      () => b.cancelAmount(1, 1),
      () => b.refundAccount({}),
      () => b.locale("ko"),
      () => b.build(),
    ]) {
      assert.throws(call, (e) => e instanceof Error && e.code === "BUILDER_CONSUMED");
    }
  });

  test(`${entry}: applyCancellation, parseCancelResponse and reconcile chain on the seeds`, () => {
    const request = fixture("seed_partial_request");
    const response = fixture("seed_partial_response");
    const applied = api.applyCancellation(order, request);
    assert.deepEqual(applied.errors, []);
    assert.equal(applied.order.paymentStatus, "PARTIALLY_CANCELLED");
    const line3 = applied.order.items.find((l) => l.seq === 3);
    assert.equal(line3.canceledAmount, 2000);
    assert.equal(line3.canceledQuantity, 0);
    assert.deepEqual(api.applyCancellation(order, response).order, applied.order, "a response applies like its request");
    // The rest of the line (1000) can still be refunded; more cannot.
    const again = api.validateCancelRequest({ ...request, totalCancelAmount: 1001, items: [{ ...request.items[0], amount: 1001 }] }, { order: applied.order });
    assert.equal(again.ok, false);
    assert.ok(again.errors.some((e) => e.code === "REFUND_EXCEEDS_REMAINING"), JSON.stringify(again.errors));

    const parsed = api.parseCancelResponse(JSON.stringify(response));
    assert.equal(parsed.ok, true);
    assert.equal(parsed.resultCode, "0");
    assert.equal(parsed.data.returnRequestId, "RETREQ20251224003");
    assert.equal(parsed.data.totalProductAmount, 2000);
    const refused = api.parseCancelResponse({ resultCode: "EBP-A-0001", message: "denied" });
    assert.equal(refused.ok, false);
    assert.ok(refused.errors.some((e) => e.code === "RESPONSE_ERROR"));

    const preview = api.validateCancelRequest(request, { order }).preview;
    assert.deepEqual(api.reconcile(preview, response), { ok: true, errors: [], warnings: [] });
    assert.equal(api.reconcile(preview, parsed).ok, true);
    const off = api.reconcile(preview, fixture("seed_full_response"));
    assert.equal(off.ok, false);
    const mismatch = off.errors.find((e) => e.path === "data.totalProductAmount");
    assert.equal(mismatch.code, "RECONCILE_MISMATCH");
    assert.deepEqual(mismatch.params, { field: "totalProductAmount", expected: 2000, actual: 106000 });
  });

  test(`${entry}: summarizeOrder tells what each line has left, in decimal`, () => {
    const applied = api.applyCancellation(order, fixture("seed_partial_request")).order;
    const s = api.summarizeOrder(applied);
    assert.deepEqual(s.errors, []);
    assert.equal(s.paidAmount, 106000);
    assert.equal(s.canceledAmount, 2000);
    assert.equal(s.balance, 104000);
    assert.deepEqual(s.lines[2], { seq: 3, itemId: "P003", remainingQuantity: 1, remainingAmount: 1000, open: true });
    // Decimal, not float: 0.1 paid three times, 0.2 refunded, leaves exactly 0.1.
    const cents = { orderNo: "o", currency: "USD", paymentStatus: "CAPTURED", items: [
      { seq: 1, itemType: "DIGITAL", itemId: "d", quantity: 3, unitAmount: 0.1, canceledQuantity: 2, canceledAmount: 0.2 }] };
    assert.equal(api.summarizeOrder(cents).lines[0].remainingAmount, 0.1);
    const broken = api.summarizeOrder({ ...order, items: [{ seq: 1 }] }, { locale: "ko" });
    assert.equal(broken.ok, false);
    assert.equal(broken.balance, null);
    assert.ok(broken.errors.some((e) => e.path === "order.items[0].itemType" && /필수/.test(e.message)), JSON.stringify(broken.errors));
  });

  test(`${entry}: provider adapters`, () => {
    const request = fixture("seed_partial_request");
    request.refundAccount.bankCode = "004";
    // Reading 14: PortOne's refund bank code is the PG's (KG이니시스: 04 for 004).
    const po = api.toPortOneCancel(request, { order: { ...order, impUid: "imp_123", merchantUid: order.orderNo }, reason: "changed mind", pg: "html5_inicis" });
    assert.deepEqual(po.errors, []);
    assert.deepEqual(po.payload, {
      imp_uid: "imp_123",
      merchant_uid: "ORD20251224001",
      amount: 2000,
      checksum: 106000,
      reason: "changed mind",
      refund_holder: "John Doe",
      refund_bank: "04",
      refund_account: "1234567890",
    });
    assert.deepEqual(po.expected, { amount: 2000, balance: 104000 });

    const tid = "nictest00m01012303141234567890";
    const ediDate = "2025-12-30T12:00:00+09:00";
    const np = api.toNicePayCancel(request, {
      order: { ...order, tid, paidAt: "2025-12-24T10:00:00+09:00", depositedAt: "2025-12-24T11:00:00+09:00" },
      reason: "changed mind",
      orderId: "C1",
      ediDate,
    });
    assert.deepEqual(np.errors, []);
    assert.equal(np.payload.cancelAmt, 2000);
    assert.equal(np.payload.refundBankCode, "004");
    assert.equal(np.signingInput, tid + ediDate);
    assert.equal("signData" in np.payload, false, "the browser never signs");

    // The spec's bank code 001 is in no PG's list: an error, not a throw.
    const bank = api.toPortOneCancel(fixture("seed_partial_request"), { order: { ...order, impUid: "imp_123" }, pg: "kcp" });
    assert.equal(bank.ok, false);
    assert.ok(bank.errors.some((e) => e.code === "BANK_NOT_SUPPORTED" && e.path === "refundAccount.bankCode"));
    // Without pg the code cannot be chosen: said, never guessed.
    const nopg = api.toPortOneCancel(request, { order: { ...order, impUid: "imp_123" } });
    assert.ok(nopg.errors.some((e) => e.code === "PG_REQUIRED" && e.path === "options.pg"), JSON.stringify(nopg.errors));
  });

  test(`${entry}: bad input of every type is an answer, never a throw, and the module keeps answering`, () => {
    const cyclic = { orderNo: "c" };
    cyclic.self = cyclic;
    let deep = {};
    for (let i = 0; i < 200; i++) deep = { items: [deep] };
    const hostile = new Proxy({}, { ownKeys() { throw new Error("trap"); }, get() { throw new Error("trap"); } });
    const getter = { get orderNo() { throw new Error("getter"); }, items: [] };
    const BAD = [undefined, null, true, false, 0, -0, NaN, Infinity, -Infinity, 1e308, 1n, "", "x", "{not json", [], [1, "a", null],
      {}, { orderNo: 5, items: "no" }, Symbol("s"), () => 1, new Date(0), new Map([[1, 2]]), new Uint8Array(4),
      cyclic, deep, hostile, getter, new Array(20_000), Object.create(null)];
    const seed = fixture("seed_partial_request");
    const calls = {
      validateCancelRequest: (v) => api.validateCancelRequest(v, { order }),
      previewRefund: (v) => api.previewRefund(v),
      build: (v) => api.CancelRequestBuilder.forOrder(v).cancelAll().cancelItem(v, v).cancelAmount(v, v).refundAccount(v).build(),
      buildCalls: (v) => api.CancelRequestBuilder.forOrder(order).cancelItem(v, v).build(v),
      applyCancellation: (v) => api.applyCancellation(v, seed),
      applyInput: (v) => api.applyCancellation(order, v),
      parseCancelResponse: (v) => api.parseCancelResponse(v),
      reconcile: (v) => api.reconcile(v, v),
      summarizeOrder: (v) => api.summarizeOrder(v, v),
      toPortOneCancel: (v) => api.toPortOneCancel(v, v),
      toNicePayCancel: (v) => api.toNicePayCancel(v, v),
      parsePortOneResponse: (v) => api.parsePortOneResponse(v),
      parseNicePayResponse: (v) => api.parseNicePayResponse(v),
      toTossCancel: (v) => api.toTossCancel(v, v),
      toPortOneV2Cancel: (v) => api.toPortOneV2Cancel(v, v),
      parseTossResponse: (v) => api.parseTossResponse(v),
      parsePortOneV2Response: (v) => api.parsePortOneV2Response(v),
    };
    // Options that are not an object, or hold a bad value, are errors at
    // `options…` (the order snapshot's own issues are reported at `order…`).
    const BAD_OPTIONS = [true, 0, NaN, 1n, "x", [], Symbol("o"), () => 1, { currency: "KRWX" }, { currency: 410 }, { order: 5 }, { order: hostile }];
    // Reading 15: a message language never blocks a cancel; English and a warning.
    for (const o of [{ locale: "fr" }, { locale: 5 }, { locale: "zh-Hant-TW" }]) {
      const r = api.validateCancelRequest(seed, o);
      assert.equal(r.ok, true, JSON.stringify(r.errors));
      assert.ok(r.warnings.some((w) => w.code === "LOCALE_UNSUPPORTED" && w.path === "options.locale"));
    }
    const ko = api.validateCancelRequest({ ...seed, items: [] }, { locale: "ko-KR" });
    assert.ok(ko.errors.length > 0 && !/^[\x00-\x7f]*$/.test(ko.errors[0].message), JSON.stringify(ko.errors));
    BAD_OPTIONS.forEach((o, i) => {
      let r;
      assert.doesNotThrow(() => (r = api.validateCancelRequest(seed, o)), `options BAD_OPTIONS[${i}]`);
      assert.equal(r.ok, false, `options BAD_OPTIONS[${i}]`);
      const where = o && typeof o === "object" && "order" in o ? /^order\b/ : /^options\b/;
      assert.ok(r.errors.some((e) => where.test(e.path)), `options BAD_OPTIONS[${i}]: ${JSON.stringify(r.errors)}`);
      assertIssues(r, `options BAD_OPTIONS[${i}]`);
    });
    for (const [name, call] of Object.entries(calls)) {
      BAD.forEach((v, i) => {
        const what = `${name}(BAD[${i}])`;
        let r;
        assert.doesNotThrow(() => (r = call(v)), what);
        if (r === null) return;
        assert.equal(r.ok, false, what);
        assert.ok(r.errors.length > 0, what);
        assertIssues(r, what);
        assertStillAnswers(api, what);
      });
    }
  });
}

test("ESM and CommonJS entries answer alike", () => {
  const request = fixture("seed_item_request");
  assert.deepEqual(cjs.validateCancelRequest(request, { order }), esm.validateCancelRequest(request, { order }));
  assert.deepEqual(cjs.validateCancelRequest(5), esm.validateCancelRequest(5));
});

test("a wasm export that is missing throws NOT_AVAILABLE when called, not on import", () => {
  // A compact result: OBJ, KEYSTR "ok", TRUE, END (pkg/src/result.js).
  const glue = { fake_only: () => new Uint8Array([1, 7, 2, 0, 0, 0, 111, 107, 5, 0]) };
  markReady(glue);
  assert.deepEqual(run("fake_only", "fakeOnly", [{}]), { ok: true });
  // The loaded wasm answers what it has; what none has is a programmer error.
  assert.equal(run("validate", "validateCancelRequest", [{}]).ok, false);
  for (const name of ["no_such_export", "validate_v2"]) {
    assert.throws(() => run(name, name, [{}]), (e) => e instanceof Error && e.code === "NOT_AVAILABLE" && /wasm export/.test(e.message));
  }
});

test("the main entry carries no provider; each provider entry is the main API plus its adapter", () => {
  const main = ["CancelRequestBuilder", "applyCancellation", "cancelRequestSchema", "flattenIssues", "issuesAt", "parseCancelResponse", "previewRefund", "reconcile", "summarizeOrder", "validateCancelRequest"];
  assert.deepEqual(Object.keys(ebp).sort(), main);
  assert.deepEqual(Object.keys(portone).sort(), [...main, "parsePortOneResponse", "toPortOneCancel"].sort());
  assert.deepEqual(Object.keys(nicepay).sort(), [...main, "parseNicePayResponse", "toNicePayCancel"].sort());
  assert.deepEqual(Object.keys(toss).sort(), [...main, "parseTossResponse", "toTossCancel"].sort());
  assert.deepEqual(Object.keys(portoneV2).sort(), [...main, "parsePortOneV2Response", "toPortOneV2Cancel"].sort());
  assert.equal(portone.CancelRequestBuilder, ebp.CancelRequestBuilder, "one API module, re-exported");
  // ebp-cancel/checkout: the checkout functions alone, the same objects as the main entry's.
  const admin = ["applyCancellation", "parseCancelResponse", "reconcile", "summarizeOrder"];
  assert.deepEqual(Object.keys(checkout).sort(), main.filter((n) => !admin.includes(n)));
  assert.equal(checkout.validateCancelRequest, ebp.validateCancelRequest, "one API module, re-exported");
  // And the wasm of each entry has only its exports (plus what every build has).
  for (const e of PACKAGE_ENTRIES) {
    const wasm = new WebAssembly.Module(readFileSync(new URL(`pkg/gen/${e.name}_wasm_bg.wasm`, root)));
    const names = WebAssembly.Module.exports(wasm).map((x) => x.name).filter((n) => !/^__|^memory$/.test(n));
    const own = { ebp: ["apply_cancellation", "build", "parse_response", "preview", "reconcile", "summarize", "validate"], checkout: ["build", "preview", "validate"], portone: ["portone", "portone_response"], nicepay: ["nicepay", "nicepay_response"], toss: ["toss", "toss_response"], portone_v2: ["portone_v2", "portone_v2_response"] }[e.name];
    for (const n of [...own, "validate", "build", "keys"]) assert.ok(names.includes(n), `${e.name} wasm exports ${n}`);
    for (const n of ["portone", "nicepay", "toss", "portone_v2"].filter((n) => !own.includes(n))) assert.ok(!names.includes(n), `${e.name} wasm does not export ${n}`);
    // The checkout wasm carries none of the admin functions.
    if (e.name === "checkout") for (const n of ["apply_cancellation", "parse_response", "reconcile", "summarize"]) assert.ok(!names.includes(n), `checkout wasm does not export ${n}`);
  }
});

// In this process every entry's wasm is loaded and the main one answers
// first (core.js `run`), so the checkout wasm is tried in processes of its own.
test("ebp-cancel/checkout alone, from its own wasm (ESM and CommonJS), answers as the main entry does", async () => {
  // The calls, as a function: run here on the main entry, and its source in the other processes.
  const answers = (lib, seeds, order) => [
    ...["full", "item", "partial"].map((s) => lib.validateCancelRequest(seeds[s], { order, locale: "ko" })),
    lib.previewRefund(seeds.partial),
    lib.validateCancelRequest({ orderNo: 1, items: [{ seq: -1, amount: "1e3" }] }),
    lib.CancelRequestBuilder.forOrder(order).cancelItem(1, 1).refundAccount({ accountNumber: "123-456", bankCode: "004", accountHolderName: "홍길동" }).build(),
    lib.CancelRequestBuilder.forOrder(order).cancelAmount(99, 1).build({ locale: "ko" }),
  ];
  const seeds = Object.fromEntries(["full", "item", "partial"].map((s) => [s, fixture(`seed_${s}_request`)]));
  const body = `const answers = ${answers};\nconsole.log(JSON.stringify(answers(c, ${JSON.stringify(seeds)}, ${JSON.stringify(order)})));`;
  const esmScript = `import * as c from ${JSON.stringify(new URL("pkg/gen/checkout.node.js", root).href)};\n${body}`;
  const cjsScript = `const c = require(${JSON.stringify(new URL("pkg/gen/checkout.node.cjs", root).pathname)});\n${body}`;
  const want = JSON.parse(JSON.stringify(answers(ebp, seeds, order)));
  assert.equal(want[0].ok, true);
  assert.equal(want[4].ok, false);
  for (const [kind, args] of [["esm", ["--input-type=module", "-e", esmScript]], ["cjs", ["-e", cjsScript]]]) {
    const { stdout } = await promisify(execFile)(process.execPath, args);
    assert.deepEqual(JSON.parse(stdout), want, `${kind}: the checkout wasm answers as the main one`);
  }
});

test("the CommonJS copies are generated from the ESM sources", async () => {
  const { toCjs } = await import("../../scripts/cjs.mjs");
  for (const f of MODULES) {
    const src = readFileSync(new URL(`pkg/src/${f}.js`, root), "utf8");
    assert.equal(readFileSync(new URL(`pkg/gen/${f}.cjs`, root), "utf8"), toCjs(src, `${f}.js`), `${f}.cjs is stale: run make build`);
  }
});

test("the types declare every export and every catalogue code", () => {
  const dts = readFileSync(new URL("pkg/index.d.ts", root), "utf8");
  for (const [types, mod] of [["index", ebp], ["portone", portone], ["nicepay", nicepay], ["toss", toss], ["portone-v2", portoneV2]]) {
    const text = readFileSync(new URL(`pkg/${types}.d.ts`, root), "utf8");
    for (const name of Object.keys(mod).filter((n) => types === "index" || !(n in ebp))) {
      assert.match(text, new RegExp(`export declare (function|class) ${name}\\b`), `${types}.d.ts declares ${name}`);
    }
    if (types !== "index") assert.match(text, /^export \* from "\.\/index\.js";$/m, `${types}.d.ts re-exports the main API`);
  }
  // The codes and their params come from the catalogue (pkg/codes.d.ts, generated and
  // checked by tests/generated_types.rs); every code a result carries is one of them.
  assert.match(dts, /import type \{ IssueCode, IssueParams \} from "\.\/codes\.js";/);
  const codes = readFileSync(new URL("pkg/codes.d.ts", root), "utf8");
  const r = esm.validateCancelRequest({ items: [{ seq: 0 }] });
  for (const i of r.errors) {
    assert.ok(codes.includes(`"${i.code}"`), `IssueCode lists ${i.code}`);
    assert.deepEqual(Object.keys(i).sort(), ["code", "message", "params", "path", "segments"]);
  }
  for (const types of ["index", "portone", "nicepay", "toss", "portone-v2", "codes"]) {
    const text = readFileSync(new URL(`pkg/${types}.d.ts`, root), "utf8").replace(/from "\.\/([a-z-]+)\.js"/g, 'from "./$1.cjs"');
    assert.equal(readFileSync(new URL(`pkg/gen/${types}.d.cts`, root), "utf8"), text, `${types}.d.cts is the CommonJS copy of ${types}.d.ts`);
  }
});
