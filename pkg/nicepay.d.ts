// Types of `ebp-cancel/nicepay`: the NicePay v1 adapter (signing is `ebp-cancel/server`'s), from its own wasm.
// Shared shapes come from the main entry's types (index.d.ts); `require`
// uses a copy named gen/nicepay.d.cts made at build time.
// The main entry's API, answered by this entry's wasm (one wasm per page).
export * from "./index.js";
import type { CancelRequest, CommonOptions, Money, OrderSnapshot, ParsedProviderResponse, ProviderResponseOptions, ProviderResult } from "./index.js";

export interface NicePayOptions extends CommonOptions {
  order: OrderSnapshot & {
    tid?: string;
    paidAt?: string;
    usedOrderIds?: string[];
    escrowState?: string;
    vbankDueAt?: string;
    depositedAt?: string;
    canPartCancel?: boolean;
  };
  reason: string;
  orderId: string;
  /** ISO 8601. */
  ediDate: string;
  /** ISO 8601; defaults to `ediDate` (the core reads no clock). */
  now?: string;
  returnCharSet?: "utf-8" | "euc-kr";
  mallReserved?: string;
  taxFreeAmount?: Money;
}

/** NicePay v1 cancel body, without `signData` (the server signs). A full cancel omits `cancelAmt`. */
export interface NicePayCancelPayload {
  reason: string;
  orderId: string;
  cancelAmt?: number;
  taxFreeAmt?: number;
  mallReserved?: string;
  ediDate: string;
  returnCharSet?: string;
  refundAccount?: string;
  refundBankCode?: string;
  refundHolder?: string;
}

/** The same cancel as a NicePay v1 request. */
export declare function toNicePayCancel(
  request: CancelRequest,
  options: NicePayOptions,
): ProviderResult<NicePayCancelPayload> & {
  /** `tid + ediDate`: the server appends its SecretKey and hashes (see `ebp-cancel/server`); `null` unless `ok` and `order.tid` is known. */
  signingInput: string | null;
};

export interface NicePayResponseData {
  tid: string | null;
  canceledTid: string | null;
  orderId: string | null;
  status: string | null;
  amount: number | null;
  balanceAmt: number | null;
  ediDate: string | null;
  signature: string | null;
  cancels: {
    tid: string | null;
    amount: number | null;
    canceledAt: string | null;
    reason: string | null;
    receiptUrl: string | null;
  }[];
}


/** Reads a NicePay cancel response (object or JSON text); the `signature` is passed on, checked only on the server. */
export declare function parseNicePayResponse(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<NicePayResponseData>;
