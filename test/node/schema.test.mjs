// `cancelRequestSchema` as Standard Schema v1 (standard-schema.md) against the
// built package: the verdict is `validateCancelRequest`'s, reshaped; warnings
// ride beside it; `flattenIssues` / `issuesAt` group what it found. ESM and
// CommonJS entries alike, and `ebp-cancel/web` before and after `init`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as esm from "../../pkg/gen/ebp.node.js";

const root = new URL("../../", import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`tests/fixtures/${name}.json`, root), "utf8"));
const order = fixture("seed_order");
const cjs = createRequire(import.meta.url)("../../pkg/gen/ebp.node.cjs");

/** A clean one-line request, and the same with one change. */
const line = (over = {}) => ({ seq: 1, itemType: "DIGITAL", itemId: "D1", quantity: 2, amount: "1500", ...over });
const request = (over = {}) => ({ orderNo: "ORD1", totalCancelAmount: 3000, items: [line()], ...over });

for (const [entry, api] of Object.entries({ esm, cjs })) {
  const { cancelRequestSchema, validateCancelRequest, flattenIssues, issuesAt } = api;

  test(`${entry}: the ~standard props`, () => {
    const s = cancelRequestSchema();
    const std = s["~standard"];
    assert.equal(std.version, 1);
    assert.equal(std.vendor, "ebp-cancel");
    assert.equal(typeof std.validate, "function");
    assert.equal(typeof std.jsonSchema.input, "function");
    assert.equal(typeof std.jsonSchema.output, "function");
    assert.ok(Object.isFrozen(s) && Object.isFrozen(std));
  });

  test(`${entry}: validate is synchronous and answers { value } with the normalised payload`, () => {
    const r = cancelRequestSchema({ currency: "KRW" })["~standard"].validate(request());
    assert.ok(!(r instanceof Promise));
    assert.deepEqual(Object.keys(r), ["value"]);
    assert.equal(r.issues, undefined);
    assert.deepEqual(r.value, {
      orderNo: "ORD1",
      totalCancelAmount: 3000,
      items: [{ seq: 1, itemType: "DIGITAL", itemId: "D1", quantity: 2, amount: 1500, taxAmount: 0 }],
    });
    // The same payload validateCancelRequest answers.
    assert.deepEqual(r.value, validateCancelRequest(request(), { currency: "KRW" }).payload);
  });

  test(`${entry}: failures are { issues: [{ message, path: segments, code, params }] }, every error, in order`, () => {
    const bad = request({ totalCancelAmount: 1, items: [line({ amount: "abc" }), line({ seq: 1, quantity: 0 })] });
    const r = cancelRequestSchema({ locale: "ko" })["~standard"].validate(bad);
    const core = validateCancelRequest(bad, { locale: "ko" });
    assert.equal(core.ok, false);
    assert.equal(r.value, undefined);
    assert.deepEqual(
      r.issues,
      core.errors.map((e) => ({ message: e.message, path: e.segments, code: e.code, params: e.params })),
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path]),
      [
        ["MONEY_FORMAT", ["items", 0, "amount"]],
        ["QUANTITY_INVALID", ["items", 1, "quantity"]],
        ["SEQ_DUPLICATE", ["items", 1, "seq"]],
      ],
    );
    assert.match(r.issues[0].message, /[가-힣]/, "Korean");
  });

  test(`${entry}: an issue about the whole input has path []`, () => {
    const r = cancelRequestSchema()["~standard"].validate("not a request");
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [["WRONG_TYPE", []]]);
  });

  test(`${entry}: warnings are not issues: a non-enumerable result.warnings, and onWarnings`, () => {
    const seen = [];
    const s = cancelRequestSchema({ onWarnings: (w) => seen.push(w.map((i) => i.code)) });
    const ok = s["~standard"].validate(request({ colour: "red" }));
    assert.deepEqual(Object.keys(ok), ["value"]);
    assert.deepEqual(ok.warnings.map((i) => [i.code, i.path, i.segments]), [["UNKNOWN_FIELD", "colour", ["colour"]]]);
    assert.equal(ok.value.colour, undefined, "not sent");
    const failed = s["~standard"].validate(request({ colour: "red", orderNo: "" }));
    assert.deepEqual(Object.keys(failed), ["issues"]);
    assert.deepEqual(failed.warnings.map((i) => i.code), ["UNKNOWN_FIELD"]);
    s["~standard"].validate(request());
    // Called after every validate, [] too, so a form can clear what it showed.
    assert.deepEqual(seen, [["UNKNOWN_FIELD"], ["UNKNOWN_FIELD"], []]);
    assert.throws(() => cancelRequestSchema({ onWarnings: 1 }), { code: "OPTION_INVALID" });
  });

  test(`${entry}: options are validateCancelRequest's (order, currency, locale), libraryOptions per call`, () => {
    const partial = fixture("seed_partial_request");
    const withOrder = cancelRequestSchema({ order })["~standard"];
    assert.ok(withOrder.validate(partial).value);
    const wrongNo = withOrder.validate({ ...partial, orderNo: "OTHER" });
    assert.deepEqual(wrongNo.issues.map((i) => [i.code, i.path]), [["ORDER_NO_MISMATCH", ["orderNo"]]]);
    // USD allows cents, KRW does not.
    const cents = request({ totalCancelAmount: "30.10", items: [line({ quantity: 1, amount: "30.10" })] });
    const krw = cancelRequestSchema({ currency: "KRW" })["~standard"];
    assert.deepEqual(krw.validate(cents).issues.map((i) => i.code), ["MONEY_SCALE", "MONEY_SCALE"]);
    assert.ok(krw.validate(cents, { libraryOptions: { currency: "USD" } }).value);
    // A bad option is reported, as validateCancelRequest reports it.
    const bad = cancelRequestSchema({ currency: "WON!" })["~standard"].validate(request());
    assert.deepEqual(bad.issues.map((i) => [i.code, i.path]), [["OPTION_INVALID", ["options", "currency"]]]);
  });

  test(`${entry}: the schema keeps answering after hostile input`, () => {
    const s = cancelRequestSchema()["~standard"];
    const hostile = new Proxy({}, { ownKeys() { throw new Error("trap"); } });
    for (const v of [undefined, null, 1n, Symbol("s"), () => 1, hostile, [], { items: new Array(20_000) }]) {
      const r = s.validate(v);
      assert.ok(Array.isArray(r.issues) && r.issues.length > 0);
      for (const i of r.issues) assert.ok(typeof i.message === "string" && Array.isArray(i.path));
    }
    assert.ok(s.validate(request()).value);
  });

  test(`${entry}: flattenIssues groups messages by path; formErrors for the whole input`, () => {
    const bad = request({ totalCancelAmount: "x", items: [line({ amount: "abc", itemType: "BOOK" })] });
    const core = validateCancelRequest(bad);
    const standard = cancelRequestSchema()["~standard"].validate(bad);
    const flat = flattenIssues(core);
    assert.deepEqual(Object.keys(flat.fieldErrors), ["totalCancelAmount", "items[0].itemType", "items[0].amount"]);
    assert.equal(flat.fieldErrors["items[0].amount"][0], core.errors.find((e) => e.path === "items[0].amount").message);
    assert.deepEqual(flat.formErrors, []);
    // A Standard Schema result flattens to the same.
    assert.deepEqual(flattenIssues(standard), flat);
    assert.deepEqual(flattenIssues(validateCancelRequest(42)).formErrors.length, 1);
    assert.deepEqual(flattenIssues(validateCancelRequest(request())), { formErrors: [], fieldErrors: {} });
    // Warnings are an array of issues: they flatten too.
    assert.deepEqual(Object.keys(flattenIssues(validateCancelRequest(request({ "odd key": 1 })).warnings).fieldErrors), ['["odd key"]']);
    // A key named __proto__ is data, not the prototype.
    const proto = flattenIssues([{ message: "m", path: ["__proto__"] }]);
    assert.deepEqual(Object.keys(proto.fieldErrors), ["__proto__"]);
    assert.equal(Object.getPrototypeOf(proto.fieldErrors), Object.prototype);
  });

  test(`${entry}: issuesAt picks the issues at or below a path`, () => {
    const bad = request({ totalCancelAmount: "x", items: [line({ amount: "abc", itemType: "BOOK" }), line({ seq: 2, quantity: -1 })] });
    const core = validateCancelRequest(bad);
    const standard = cancelRequestSchema()["~standard"].validate(bad);
    const codes = (list) => list.map((i) => i.code);
    assert.deepEqual(codes(issuesAt(core, ["items", 0, "amount"])), ["MONEY_FORMAT"]);
    assert.deepEqual(codes(issuesAt(core, ["items", 0])), ["ITEM_TYPE_INVALID", "MONEY_FORMAT"]);
    assert.deepEqual(codes(issuesAt(core, ["items", 1])), ["QUANTITY_INVALID"]);
    assert.deepEqual(codes(issuesAt(core, [])), codes(core.errors));
    assert.deepEqual(codes(issuesAt(core, ["items", 2])), []);
    // Field names split at dots (React Hook Form's) work too, and Standard results.
    assert.deepEqual(codes(issuesAt(standard, "items.0.amount".split("."))), ["MONEY_FORMAT"]);
    assert.deepEqual(codes(issuesAt(standard, [{ key: "items" }, { key: 1 }])), ["QUANTITY_INVALID"]);
    assert.deepEqual(issuesAt(null, ["x"]), []);
  });

  test(`${entry}: jsonSchema.input/output for the three targets, a throw for any other`, () => {
    const { jsonSchema } = cancelRequestSchema()["~standard"];
    const files = { "draft-2020-12": "2020-12", "draft-07": "draft-07", "openapi-3.0": "openapi-3.0" };
    for (const [target, suffix] of Object.entries(files)) {
      for (const direction of ["input", "output"]) {
        const file = JSON.parse(readFileSync(new URL(`pkg/schema/cancel-request.${direction}.${suffix}.json`, root), "utf8"));
        const got = jsonSchema[direction]({ target });
        assert.deepEqual(got, file, `${direction} ${target} is the shipped file`);
        got.title = "edited";
        assert.notEqual(jsonSchema[direction]({ target }).title, "edited", "each call gives a fresh copy");
      }
    }
    for (const target of ["draft-04", "draft-2019-09", "openapi-3.1", "", undefined, "toString", "__proto__"]) {
      assert.throws(() => jsonSchema.input({ target }), { code: "UNSUPPORTED_TARGET" }, String(target));
      assert.throws(() => jsonSchema.output({ target }), { code: "UNSUPPORTED_TARGET" }, String(target));
    }
    assert.throws(() => jsonSchema.input(), { code: "UNSUPPORTED_TARGET" });
  });
}

test("ebp-cancel/web: the schema needs init() like every function, then validates synchronously", async () => {
  // A process of its own: the Node entry imported above has already loaded the wasm glue that ./web shares.
  const script = `
    import { readFileSync } from "node:fs";
    import * as web from ${JSON.stringify(new URL("pkg/src/web.js", root).href)};
    const s = web.cancelRequestSchema({ locale: "ko" })["~standard"];
    let before = "";
    try { s.validate(${JSON.stringify(request())}); } catch (e) { before = e.code; }
    const title = s.jsonSchema.input({ target: "draft-07" }).title; // needs no wasm
    web.initSync({ module: readFileSync(new URL("pkg/gen/ebp_wasm_bg.wasm", ${JSON.stringify(root.href)})) });
    const after = Object.keys(s.validate(${JSON.stringify(request())}));
    console.log(JSON.stringify({ before, title, after }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
  assert.deepEqual(JSON.parse(stdout), { before: "NOT_INITIALIZED", title: "CancelRequest", after: ["value"] });
});
