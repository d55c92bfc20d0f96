// `make demo` before the admin console: validates the seed order's three
// requests and one broken one through the built package, printing previews.
import { readFileSync } from "node:fs";
import { validateCancelRequest } from "../pkg/gen/ebp.node.js";

const fixture = (name) => JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}.json`, import.meta.url), "utf8"));
for (const kind of ["full", "item", "partial"]) {
  const r = validateCancelRequest(fixture(`seed_${kind}_request`), { currency: "KRW" });
  const expected = fixture(`seed_${kind}_response`).data;
  const same = ["totalProductAmount", "totalProductTaxAmount", "totalDeliveryAmount", "totalDeliveryTaxAmount", "processedCount"]
    .every((k) => r.preview?.[k] === expected[k]);
  console.log(`${kind}: ok=${r.ok} preview=${JSON.stringify(r.preview && { ...r.preview, items: undefined })} equals seed response: ${same}`);
}
const broken = { orderNo: " ", totalCancelAmout: 1, items: [{ seq: 1, itemType: "BOOK", quantity: 1.5, amount: "1e3" }] };
for (const locale of ["en", "ko"]) {
  console.log(`broken (${locale}):`);
  for (const e of validateCancelRequest(broken, { locale }).errors.concat(validateCancelRequest(broken, { locale }).warnings)) {
    console.log(`  ${e.code} at ${e.path || "(root)"}: ${e.message}`);
  }
}
