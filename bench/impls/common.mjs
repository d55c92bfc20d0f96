// What the three JavaScript implementations share: the enum, the limits,
// and the preview totals a team would compute with `Number` arithmetic
// (the step where binary floating point goes wrong on decimal amounts).

export const ITEM_TYPES = ["PHYSICAL", "DIGITAL", "SUBSCRIPTION", "DELIVERY", "SERVICE"];
export const MAX_ITEMS = 10_000;
export const MAX_TEXT = 256;

/** Totals by item type, in f64, as `Number` code computes them. */
export function previewTotals(items) {
  let product = 0, productTax = 0, delivery = 0, deliveryTax = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const line = it.quantity * it.amount;
    const tax = it.quantity * (it.taxAmount ?? 0);
    if (it.itemType === "DELIVERY") {
      delivery += line;
      deliveryTax += tax;
    } else {
      product += line;
      productTax += tax;
    }
  }
  return {
    totalCancelAmount: product + delivery,
    totalProductAmount: product,
    totalProductTaxAmount: productTax,
    totalDeliveryAmount: delivery,
    totalDeliveryTaxAmount: deliveryTax,
    processedCount: items.length,
  };
}

/**
 * The cross-field checks Zod and Ajv cannot express in a schema, written as
 * a team would: seq uniqueness, tax ≤ amount, total == Σ qty × amount (f64).
 * Pushes `{ code, path }` issues.
 */
export function crossChecks(r, errors) {
  const items = r.items;
  const seen = new Map();
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const first = seen.get(it.seq);
    if (first === undefined) seen.set(it.seq, i);
    else errors.push({ code: "SEQ_DUPLICATE", path: `items[${i}].seq` });
    if ((it.taxAmount ?? 0) > it.amount) errors.push({ code: "TAX_EXCEEDS_AMOUNT", path: `items[${i}].taxAmount` });
    sum += it.quantity * it.amount;
  }
  if (sum !== r.totalCancelAmount) errors.push({ code: "TOTAL_MISMATCH", path: "totalCancelAmount" });
}
