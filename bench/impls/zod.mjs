// Zod 4: the schema a team would write, with refinements for seq
// uniqueness, tax ≤ amount and the total (f64 sums).
import { z } from "zod";
import { ITEM_TYPES, MAX_ITEMS, MAX_TEXT, previewTotals } from "./common.mjs";

const text = z.string().trim().min(1).max(MAX_TEXT);
const positiveInt = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const item = z
  .object({
    seq: positiveInt,
    itemType: z.enum(ITEM_TYPES),
    itemId: text,
    quantity: positiveInt,
    amount: z.number().positive(),
    taxAmount: z.number().nonnegative().optional(),
  })
  .refine((it) => (it.taxAmount ?? 0) <= it.amount, { path: ["taxAmount"], message: "TAX_EXCEEDS_AMOUNT" });

export const CancelRequestSchema = z
  .object({
    orderNo: text,
    totalCancelAmount: z.number().positive(),
    refundAccount: z
      .object({
        accountNumber: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]).optional(),
        bankCode: z.string().regex(/^\d{3}$/).optional(),
        accountHolderName: text.optional(),
      })
      .optional(),
    items: z.array(item).min(1).max(MAX_ITEMS),
  })
  .superRefine((r, ctx) => {
    const seen = new Set();
    let sum = 0;
    r.items.forEach((it, i) => {
      if (seen.has(it.seq)) ctx.addIssue({ code: "custom", path: ["items", i, "seq"], message: "SEQ_DUPLICATE" });
      seen.add(it.seq);
      sum += it.quantity * it.amount;
    });
    if (sum !== r.totalCancelAmount) ctx.addIssue({ code: "custom", path: ["totalCancelAmount"], message: "TOTAL_MISMATCH" });
  });

export function validateZod(r) {
  const res = CancelRequestSchema.safeParse(r);
  if (res.success) return { ok: true, errors: [], preview: previewTotals(res.data.items) };
  return {
    ok: false,
    errors: res.error.issues.map((i) => ({ code: i.message, path: i.path.join(".") })),
    preview: null,
  };
}
