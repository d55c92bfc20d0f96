// Types of `ebp-cancel/toss`: the Toss Payments adapter, from its own wasm.
// Shared shapes come from the main entry's types (index.d.ts); `require`
// uses a copy named gen/toss.d.cts made at build time.
// The main entry's API, answered by this entry's wasm (one wasm per page).
export * from "./index.js";
import type { CancelRequest, CommonOptions, Money, OrderSnapshot, ParsedProviderResponse, ProviderResponseOptions, ProviderResult } from "./index.js";

export interface TossOptions extends CommonOptions {
  order: OrderSnapshot & {
    /** The path's `paymentKey` (≤ 200 characters); checked, not part of the body. */
    paymentKey?: string;
    /** The Payment's `isPartialCancelable`: `false` allows only a full cancel. */
    isPartialCancelable?: boolean;
  };
  /** Required, ≤ 200 characters. */
  cancelReason: string;
  /** The tax-free part of this cancel (≤ its amount). */
  taxFreeAmount?: Money;
  /** Sent only when given, and only when it is the order's cancellable balance (Toss refuses any other). */
  refundableAmount?: Money;
  /** Yours (e.g. `crypto.randomUUID()`, one per cancel, kept for retries): ≤ 300 printable ASCII characters. */
  idempotencyKey?: string;
}

/** Toss `POST /v1/payments/{paymentKey}/cancel` body. A full cancel omits `cancelAmount`. */
export interface TossCancelPayload {
  cancelReason: string;
  cancelAmount?: number;
  /** Only for a virtual account that was paid into; `bank` is Toss's two-digit code (KB is `"06"`). */
  refundReceiveAccount?: { bank: string; accountNumber: string; holderName: string };
  taxFreeAmount?: number;
  /** Only for a payment in another currency than KRW. */
  currency?: "USD" | "JPY";
  refundableAmount?: number;
}

/** `toTossCancel`'s result: also the header to send the idempotency key in. */
export interface TossCancelResult extends ProviderResult<TossCancelPayload> {
  /** `null` unless `ok` and `options.idempotencyKey` was given. */
  idempotencyKey: { header: "Idempotency-Key"; value: string } | null;
}

/** The same cancel as a Toss Payments request. */
export declare function toTossCancel(request: CancelRequest, options: TossOptions): TossCancelResult;

/** The Payment object's fields the module reads (`null` where absent). */
export interface TossResponseData {
  paymentKey: string | null;
  orderId: string | null;
  status: string | null;
  method: string | null;
  currency: string | null;
  totalAmount: number | null;
  balanceAmount: number | null;
  suppliedAmount: number | null;
  vat: number | null;
  taxFreeAmount: number | null;
  taxExemptionAmount: number | null;
  isPartialCancelable: boolean | null;
  lastTransactionKey: string | null;
  cancels: {
    transactionKey: string | null;
    cancelAmount: number | null;
    taxFreeAmount: number | null;
    taxExemptionAmount: number | null;
    refundableAmount: number | null;
    easyPayDiscountAmount: number | null;
    cancelReason: string | null;
    canceledAt: string | null;
    cancelStatus: string | null;
    receiptKey: string | null;
  }[];
}

/** Reads a Toss cancel answer: the Payment object, or `{ code, message }` (then `resultCode` is the code). */
export declare function parseTossResponse(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<TossResponseData>;
