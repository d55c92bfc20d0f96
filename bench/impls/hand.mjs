// The hand-written JavaScript a team would write: plain loops, `Number`
// arithmetic, the same checks and verdict shape as the other versions.
import { ITEM_TYPES, MAX_ITEMS, MAX_TEXT, previewTotals } from "./common.mjs";

const isText = (s) => typeof s === "string" && s.trim().length > 0 && s.length <= MAX_TEXT;
const isPosInt = (n) => Number.isSafeInteger(n) && n > 0;
const isMoney = (n) => typeof n === "number" && Number.isFinite(n);

export function validateHand(r) {
  const errors = [];
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    return { ok: false, errors: [{ code: "WRONG_TYPE", path: "" }], preview: null };
  }
  if (!isText(r.orderNo)) errors.push({ code: "ORDER_NO", path: "orderNo" });
  const total = r.totalCancelAmount;
  if (!isMoney(total) || total <= 0) errors.push({ code: "TOTAL", path: "totalCancelAmount" });
  const acc = r.refundAccount;
  if (acc !== undefined && acc !== null) {
    if (typeof acc !== "object") errors.push({ code: "WRONG_TYPE", path: "refundAccount" });
    else {
      const n = acc.accountNumber;
      if (n !== undefined && !(typeof n === "string" ? /^\d{1,20}$/.test(n) : Number.isSafeInteger(n) && n >= 0))
        errors.push({ code: "ACCOUNT_NUMBER", path: "refundAccount.accountNumber" });
      if (acc.bankCode !== undefined && !(typeof acc.bankCode === "string" && /^\d{3}$/.test(acc.bankCode)))
        errors.push({ code: "BANK_CODE", path: "refundAccount.bankCode" });
      if (acc.accountHolderName !== undefined && !isText(acc.accountHolderName))
        errors.push({ code: "HOLDER", path: "refundAccount.accountHolderName" });
    }
  }
  const items = r.items;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
    errors.push({ code: "ITEMS", path: "items" });
    return { ok: false, errors, preview: null };
  }
  const seen = new Set();
  let sum = 0;
  let linesOk = true;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it === null || typeof it !== "object") {
      errors.push({ code: "WRONG_TYPE", path: `items[${i}]` });
      linesOk = false;
      continue;
    }
    if (!isPosInt(it.seq)) errors.push({ code: "SEQ_INVALID", path: `items[${i}].seq` });
    else if (seen.has(it.seq)) errors.push({ code: "SEQ_DUPLICATE", path: `items[${i}].seq` });
    else seen.add(it.seq);
    if (!ITEM_TYPES.includes(it.itemType)) errors.push({ code: "ITEM_TYPE_INVALID", path: `items[${i}].itemType` });
    if (!isText(it.itemId)) errors.push({ code: "ITEM_ID", path: `items[${i}].itemId` });
    const q = it.quantity, a = it.amount, t = it.taxAmount ?? 0;
    if (!isPosInt(q)) { errors.push({ code: "QUANTITY_INVALID", path: `items[${i}].quantity` }); linesOk = false; }
    if (!isMoney(a) || a <= 0) { errors.push({ code: "AMOUNT", path: `items[${i}].amount` }); linesOk = false; }
    if (!isMoney(t) || t < 0) errors.push({ code: "TAX", path: `items[${i}].taxAmount` });
    else if (t > a) errors.push({ code: "TAX_EXCEEDS_AMOUNT", path: `items[${i}].taxAmount` });
    sum += q * a;
  }
  if (linesOk && isMoney(total) && sum !== total) errors.push({ code: "TOTAL_MISMATCH", path: "totalCancelAmount" });
  const ok = errors.length === 0;
  return { ok, errors, preview: ok ? previewTotals(items) : null };
}
