// Ajv 8: a compiled JSON Schema for types, enum and ranges, then the same
// custom loop a team adds for seq uniqueness, tax ≤ amount and the total.
import Ajv from "ajv";
import { ITEM_TYPES, MAX_ITEMS, MAX_TEXT, crossChecks, previewTotals } from "./common.mjs";

const text = { type: "string", minLength: 1, maxLength: MAX_TEXT, pattern: "\\S" };
const positiveInt = { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

export const schema = {
  type: "object",
  required: ["orderNo", "totalCancelAmount", "items"],
  properties: {
    orderNo: text,
    totalCancelAmount: { type: "number", exclusiveMinimum: 0 },
    refundAccount: {
      type: "object",
      properties: {
        accountNumber: {
          anyOf: [
            { type: "string", pattern: "^\\d{1,20}$" },
            { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
          ],
        },
        bankCode: { type: "string", pattern: "^\\d{3}$" },
        accountHolderName: text,
      },
    },
    items: {
      type: "array",
      minItems: 1,
      maxItems: MAX_ITEMS,
      items: {
        type: "object",
        required: ["seq", "itemType", "itemId", "quantity", "amount"],
        properties: {
          seq: positiveInt,
          itemType: { enum: ITEM_TYPES },
          itemId: text,
          quantity: positiveInt,
          amount: { type: "number", exclusiveMinimum: 0 },
          taxAmount: { type: "number", minimum: 0 },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true });
const check = ajv.compile(schema);

export function validateAjv(r) {
  if (!check(r)) {
    return {
      ok: false,
      errors: check.errors.map((e) => ({ code: e.keyword, path: e.instancePath })),
      preview: null,
    };
  }
  const errors = [];
  crossChecks(r, errors);
  const ok = errors.length === 0;
  return { ok, errors, preview: ok ? previewTotals(r.items) : null };
}
