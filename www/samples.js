// The embedded sample: the spec's seed order ORD20251224001 (and a copy that
// is only authorized, not captured yet), plus the spec's three seed responses
// as the server sends them, for the "paste a response" mode.

const line = (seq, itemId, quantity, unitAmount, unitTaxAmount) => ({
  seq,
  itemType: "PHYSICAL",
  itemId,
  quantity,
  unitAmount,
  unitTaxAmount,
  canceledQuantity: 0,
  canceledAmount: 0,
});

const captured = {
  orderNo: "ORD20251224001",
  currency: "KRW",
  paymentStatus: "CAPTURED",
  payMethod: "VIRTUAL_ACCOUNT",
  items: [line(1, "P001", 2, 50000, 5000), line(2, "P002", 1, 3000, 0), line(3, "P003", 1, 3000, 0)],
};

export const SAMPLE_ORDERS = {
  captured,
  authorized: { ...captured, paymentStatus: "AUTHORIZED" },
};

/** A fresh, deep copy of a sample order (the console mutates its state). */
export const sampleOrder = (name) => structuredClone(SAMPLE_ORDERS[name] ?? captured);

const responseText = (requestId, second, total, tax, returnRequestId, items) =>
  `{
  "resultCode": "0",
  "message": "SUCCESS",
  "requestId": "${requestId}",
  "timestamp": "2025-12-30T21:${second}:13.909292900Z",
  "data": {
    "orderNo": "ORD20251224001",
    "totalProductAmount": ${total}.0,
    "totalProductTaxAmount": ${tax}.0,
    "totalDeliveryAmount": 0.0,
    "totalDeliveryTaxAmount": 0.0,
    "processedCount": ${items.length},
    "returnRequestId": "${returnRequestId}",
    "items": [
${items
  .map(
    ([seq, itemId, quantity, amount, taxAmount]) =>
      `      { "seq": ${seq}, "itemId": "${itemId}", "quantity": ${quantity}, "amount": ${amount}.0, "taxAmount": ${taxAmount}.0 }`,
  )
  .join(",\n")}
    ]
  }
}`;

/** The spec's seed responses, as JSON text. */
export const SAMPLE_RESPONSES = {
  full: responseText("1767129253908", "14", 106000, 10000, "RETREQ20251224001", [
    [1, "P001", 2, 50000, 5000],
    [2, "P002", 1, 3000, 0],
    [3, "P003", 1, 3000, 0],
  ]),
  item: responseText("1767129253909", "15", 6000, 0, "RETREQ20251224002", [
    [2, "P002", 1, 3000, 0],
    [3, "P003", 1, 3000, 0],
  ]),
  partial: responseText("1767129253910", "16", 2000, 0, "RETREQ20251224003", [[3, "P003", 1, 2000, 0]]),
};
