// The shipped JSON Schemas (pkg/schema/, generated from the Rust model by
// tests/generated.rs) checked by a real validator, Ajv 8: 2020-12 and
// draft-07 as they are, OpenAPI 3.0 after the two rewrites that make a
// draft-04-style schema object a JSON Schema (`nullable`, boolean
// `exclusiveMinimum`). The seed requests pass; a table of bad requests
// fails; and on every row the schema agrees with validateCancelRequest,
// except the rows JSON Schema cannot say (arithmetic, the currency, the
// order), which only the core refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import { validateCancelRequest } from "../../pkg/gen/ebp.node.js";

const root = new URL("../../", import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`tests/fixtures/${name}.json`, root), "utf8"));
const schemaFile = (direction, suffix) => JSON.parse(readFileSync(new URL(`pkg/schema/cancel-request.${direction}.${suffix}.json`, root), "utf8"));
const SEEDS = ["seed_full_request", "seed_item_request", "seed_partial_request"];

/** OpenAPI 3.0's schema object as JSON Schema draft-07 (for Ajv). */
function fromOpenApi(node) {
  if (Array.isArray(node)) return node.map(fromOpenApi);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = fromOpenApi(v);
  if (out.nullable === true) {
    out.type = [out.type, "null"];
    delete out.nullable;
  }
  if (out.exclusiveMinimum === true) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  return out;
}

/** Keywords an OpenAPI 3.0 schema object does not have. */
function openApiProblems(node, at = "#") {
  if (Array.isArray(node)) return node.flatMap((n, i) => openApiProblems(n, `${at}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const here = [];
  for (const k of ["$schema", "$id", "$defs", "const", "examples", "prefixItems", "if", "then", "else"]) if (k in node) here.push(`${at}: ${k}`);
  if (Array.isArray(node.type)) here.push(`${at}: type array`);
  if (node.type === "null") here.push(`${at}: type null`);
  if ("exclusiveMinimum" in node && typeof node.exclusiveMinimum !== "boolean") here.push(`${at}: numeric exclusiveMinimum`);
  return here.concat(Object.entries(node).flatMap(([k, v]) => openApiProblems(v, `${at}/${k}`)));
}

const VALIDATORS = {
  "draft-2020-12": (direction) => new Ajv2020({ strict: true, allErrors: true }).compile(schemaFile(direction, "2020-12")),
  "draft-07": (direction) => new Ajv07({ strict: true, allErrors: true }).compile(schemaFile(direction, "draft-07")),
  "openapi-3.0": (direction) => new Ajv07({ strict: true, allErrors: true }).compile(fromOpenApi(schemaFile(direction, "openapi-3.0"))),
};

const line = (over = {}) => ({ seq: 1, itemType: "DIGITAL", itemId: "D1", quantity: 2, amount: "1500", ...over });
const request = (over = {}) => ({ orderNo: "ORD1", totalCancelAmount: 3000, items: [line()], ...over });
const without = (obj, key) => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));

/**
 * [name, request, who refuses it]: "both" (the JSON Schema and the core),
 * "none" (a good request), "core" (a rule JSON Schema cannot say).
 */
const ROWS = [
  ["clean", request(), "none"],
  ["amounts as decimal strings with trailing zeros", request({ totalCancelAmount: "3000.000", items: [line({ amount: "1500.00" })] }), "none"],
  ["taxAmount zero, null and absent", request({ items: [line({ taxAmount: 0 }), line({ seq: 2, taxAmount: null }), line({ seq: 3 })], totalCancelAmount: 9000 }), "none"],
  ["a refund account, number with hyphens", request({ refundAccount: { accountNumber: "123-456-7890", bankCode: "004", accountHolderName: "홍길동" } }), "none"],
  ["a refund account number as a safe integer", request({ refundAccount: { accountNumber: 1234567890 } }), "none"],
  ["refundAccount null", request({ refundAccount: null }), "none"],
  ["an unknown field (a warning, not an error)", request({ colour: "red" }), "none"],
  ["padded orderNo", request({ orderNo: "  ORD1  " }), "none"],
  ["not an object", "ORD1", "both"],
  ["orderNo missing", without(request(), "orderNo"), "both"],
  ["orderNo null", request({ orderNo: null }), "both"],
  ["orderNo a number", request({ orderNo: 5 }), "both"],
  ["orderNo blank", request({ orderNo: " \t" }), "both"],
  ["orderNo zero-width only", request({ orderNo: "\u200B\uFEFF" }), "both"],
  ["orderNo NEL only", request({ orderNo: "\u0085" }), "both"],
  ["orderNo too long", request({ orderNo: "x".repeat(257) }), "both"],
  ["orderNo of 256 hangul", request({ orderNo: "가".repeat(256) }), "none"],
  ["total missing", without(request(), "totalCancelAmount"), "both"],
  ["total zero", request({ totalCancelAmount: 0 }), "both"],
  ["total \"0.00\"", request({ totalCancelAmount: "0.00" }), "both"],
  ["total negative", request({ totalCancelAmount: -3000 }), "both"],
  ["total with a comma", request({ totalCancelAmount: "3,000" }), "both"],
  ["total with an exponent string", request({ totalCancelAmount: "3e3" }), "both"],
  ["total \"3000.\"", request({ totalCancelAmount: "3000." }), "both"],
  ["total \".5\"", request({ totalCancelAmount: ".5" }), "both"],
  ["total boolean", request({ totalCancelAmount: true }), "both"],
  ["total beyond 2^53-1", request({ totalCancelAmount: 2 ** 53 }), "both"],
  ["total with 17 integer digits", request({ totalCancelAmount: "12345678901234567" }), "both"],
  ["items missing", without(request(), "items"), "both"],
  ["items empty", request({ items: [] }), "both"],
  ["items an object", request({ items: { 0: line() } }), "both"],
  ["item null", request({ items: [null] }), "both"],
  ["item a number", request({ items: [7] }), "both"],
  ["seq missing", request({ items: [without(line(), "seq")] }), "both"],
  ["seq zero", request({ items: [line({ seq: 0 })] }), "both"],
  ["seq 1.5", request({ items: [line({ seq: 1.5 })] }), "both"],
  ["seq a string", request({ items: [line({ seq: "1" })] }), "both"],
  ["seq unsafe", request({ items: [line({ seq: 2 ** 53 })] }), "both"],
  ["itemType unknown", request({ items: [line({ itemType: "BOOK" })] }), "both"],
  ["itemType lower case", request({ items: [line({ itemType: "digital" })] }), "both"],
  ["itemId blank", request({ items: [line({ itemId: "" })] }), "both"],
  ["quantity zero", request({ items: [line({ quantity: 0 })] }), "both"],
  ["quantity a string", request({ items: [line({ quantity: "2" })] }), "both"],
  ["amount missing", request({ items: [without(line(), "amount")] }), "both"],
  ["amount zero", request({ items: [line({ amount: 0 })] }), "both"],
  ["amount negative string", request({ items: [line({ amount: "-1500" })] }), "both"],
  ["amount with five decimals (no currency: up to 4)", request({ totalCancelAmount: "3000.00002", items: [line({ amount: "1500.00001" })] }), "both"],
  ["taxAmount negative", request({ items: [line({ taxAmount: -1 })] }), "both"],
  ["taxAmount a word", request({ items: [line({ taxAmount: "none" })] }), "both"],
  ["accountNumber with letters", request({ refundAccount: { accountNumber: "12ab" } }), "both"],
  ["accountNumber only hyphens", request({ refundAccount: { accountNumber: "--" } }), "both"],
  ["accountNumber an unsafe number", request({ refundAccount: { accountNumber: 2 ** 53 } }), "both"],
  ["accountNumber a fraction", request({ refundAccount: { accountNumber: 12.5 } }), "both"],
  ["bankCode two digits", request({ refundAccount: { bankCode: "04" } }), "both"],
  ["bankCode a number", request({ refundAccount: { bankCode: 4 } }), "both"],
  ["accountHolderName blank", request({ refundAccount: { accountHolderName: "   " } }), "both"],
  ["refundAccount a string", request({ refundAccount: "004-123" }), "both"],
  // What JSON Schema cannot say: the core alone refuses these.
  ["total not Σ quantity × amount", request({ totalCancelAmount: 2999 }), "core"],
  ["tax above the amount", request({ items: [line({ taxAmount: 2000 })] }), "core"],
  ["the same seq twice", request({ totalCancelAmount: 6000, items: [line(), line()] }), "core"],
  ["16 integer digits beyond 2^53-1 as a string", request({ totalCancelAmount: "9999999999999999", items: [line({ quantity: 1, amount: "9999999999999999" })] }), "core"],
  ["an amount with 5 decimals as a number (scale)", request({ totalCancelAmount: 3000.00002, items: [line({ amount: 1500.00001 })] }), "core"],
  ["taxAmount -0 (negative zero)", request({ items: [line({ taxAmount: -0 })] }), "core"],
];

test("the files are the three targets, input and output", () => {
  const names = readdirSync(new URL("pkg/schema/", root)).sort();
  assert.deepEqual(names, [
    "cancel-request.input.2020-12.json",
    "cancel-request.input.draft-07.json",
    "cancel-request.input.openapi-3.0.json",
    "cancel-request.output.2020-12.json",
    "cancel-request.output.draft-07.json",
    "cancel-request.output.openapi-3.0.json",
  ]);
  assert.equal(schemaFile("input", "2020-12").$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(schemaFile("input", "draft-07").$schema, "http://json-schema.org/draft-07/schema#");
  for (const direction of ["input", "output"]) assert.deepEqual(openApiProblems(schemaFile(direction, "openapi-3.0")), [], `openapi-3.0 ${direction}`);
});

for (const [target, compile] of Object.entries(VALIDATORS)) {
  test(`${target}: the seed requests pass, input and output`, () => {
    const input = compile("input");
    const output = compile("output");
    for (const name of SEEDS) {
      const seed = fixture(name);
      assert.ok(input(seed), `${name}: ${JSON.stringify(input.errors)}`);
      const payload = validateCancelRequest(seed, { currency: "KRW" }).payload;
      assert.ok(output(payload), `${name} payload: ${JSON.stringify(output.errors)}`);
    }
  });

  test(`${target}: on every row the schema and validateCancelRequest agree, except what only the core can say`, () => {
    const input = compile("input");
    const output = compile("output");
    for (const [name, value, refusedBy] of ROWS) {
      const core = validateCancelRequest(value);
      const schema = input(value);
      assert.equal(core.ok, refusedBy === "none", `${name}: the core ${core.ok ? "accepts" : "refuses"} it (${core.errors.map((e) => e.code)})`);
      assert.equal(schema, refusedBy !== "both", `${name}: the schema ${schema ? "accepts" : "refuses"} it ${JSON.stringify(input.errors)}`);
      // Whatever the core accepts comes out as a payload the output schema accepts.
      if (core.ok) assert.ok(output(core.payload), `${name} payload: ${JSON.stringify(output.errors)}`);
    }
  });

  test(`${target}: the output schema is the normalised payload: numbers, taxAmount, digits, nothing else`, () => {
    const output = compile("output");
    const good = { orderNo: "O", totalCancelAmount: 1, refundAccount: { accountNumber: "0012", bankCode: "004" }, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1, taxAmount: 0 }] };
    assert.ok(output(good), JSON.stringify(output.errors));
    const item = good.items[0];
    for (const [name, bad] of [
      ["an amount as a string", { ...good, totalCancelAmount: "1" }],
      ["taxAmount missing", { ...good, items: [without(item, "taxAmount")] }],
      ["an unknown field", { ...good, colour: "red" }],
      ["an unknown item field", { ...good, items: [{ ...item, colour: "red" }] }],
      ["an account number with hyphens", { ...good, refundAccount: { accountNumber: "00-12" } }],
      ["an account number as a number", { ...good, refundAccount: { accountNumber: 12 } }],
      ["a null refundAccount", { ...good, refundAccount: null }],
    ]) {
      assert.equal(output(bad), false, name);
    }
  });
}
