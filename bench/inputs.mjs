// The inputs every implementation is run on: the three seed requests, a
// 100-item and a 1,000-item valid request, requests with several errors, and
// the decimal-total cases where binary floating point gives a wrong answer.
import { readFileSync } from "node:fs";

const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), "utf8"));

const TYPES = ["PHYSICAL", "DIGITAL", "SUBSCRIPTION", "DELIVERY", "SERVICE"];

/** A valid request of `n` lines (KRW-like integer amounts, some tax, one delivery line in five). */
export function bigRequest(n) {
  const items = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const amount = 1000 + ((i * 7919) % 90) * 100;
    const quantity = 1 + (i % 3);
    items.push({
      seq: i + 1,
      itemType: TYPES[i % 5],
      itemId: `P${String(i + 1).padStart(5, "0")}`,
      quantity,
      amount,
      taxAmount: Math.floor(amount / 11),
    });
    total += quantity * amount; // integers: exact in f64
  }
  return {
    orderNo: "ORD20251224001",
    totalCancelAmount: total,
    refundAccount: { accountNumber: "1234567890", bankCode: "001", accountHolderName: "John Doe" },
    items,
  };
}

/** Seven errors at once: blank orderNo, bad bank code, bad enum, duplicate seq, tax > amount, blank id, wrong type. */
export function invalidRequest() {
  return {
    orderNo: "   ",
    totalCancelAmount: 106001,
    refundAccount: { accountNumber: "1234567890", bankCode: "01", accountHolderName: "John Doe" },
    items: [
      { seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, amount: 50000, taxAmount: 5000 },
      { seq: 1, itemType: "GIFT", itemId: "P002", quantity: 1, amount: 3000, taxAmount: 3001 },
      { seq: 3, itemType: "PHYSICAL", itemId: "", quantity: "1", amount: 3000, taxAmount: 0 },
    ],
  };
}

/** The 1,000-item request with an error in every tenth line. */
export function bigInvalidRequest(n) {
  const r = bigRequest(n);
  r.items.forEach((it, i) => {
    if (i % 10 === 0) it.taxAmount = it.amount + 1;
  });
  return r;
}

/** `amounts` as one line each (qty 1, or `quantity`), against `total`. */
function decimal(amounts, total, quantity = 1) {
  return {
    orderNo: "ORD-DEC-1",
    totalCancelAmount: total,
    items: amounts.map((amount, i) => ({
      seq: i + 1, itemType: "PHYSICAL", itemId: `P${i + 1}`, quantity, amount, taxAmount: 0,
    })),
  };
}

/** name → request, in report order. */
export const INPUTS = {
  "seed full (3 items)": fixture("seed_full_request.json"),
  "seed item (2 items)": fixture("seed_item_request.json"),
  "seed partial (1 item)": fixture("seed_partial_request.json"),
  "100 items": bigRequest(100),
  "1,000 items": bigRequest(1000),
  "invalid (3 items, 7 errors)": invalidRequest(),
  "1,000 items, 100 errors": bigInvalidRequest(1000),
};

/**
 * The decimal cases: the request and whether it is valid (decimal truth).
 * JS `Number` sums get some of these wrong.
 */
export const DECIMAL_CASES = [
  { name: "10 × 0.1 against 1.0", request: decimal(Array(10).fill(0.1), 1.0), valid: true },
  { name: "3 × 19.99 (qty 3) against 59.97", request: decimal([19.99], 59.97, 3), valid: true },
  { name: "19.99 + 19.99 + 19.99 against 59.97", request: decimal([19.99, 19.99, 19.99], 59.97), valid: true },
  { name: "1.15 (qty 3) against 3.45", request: decimal([1.15], 3.45, 3), valid: true },
  { name: "0.1 + 0.2 against 0.3", request: decimal([0.1, 0.2], 0.3), valid: true },
  { name: "0.1 + 0.2 against 0.30000000000000004", request: decimal([0.1, 0.2], 0.30000000000000004), valid: false },
];
