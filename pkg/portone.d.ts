// Types of `ebp-cancel/portone`: the PortOne v1 adapter, from its own wasm.
// Shared shapes come from the main entry's types (index.d.ts); `require`
// uses a copy named gen/portone.d.cts made at build time.
// The main entry's API, answered by this entry's wasm (one wasm per page).
export * from "./index.js";
import type { CancelRequest, CommonOptions, Money, OrderSnapshot, ParsedProviderResponse, ProviderResponseOptions, ProviderResult } from "./index.js";

export interface PortOneOptions extends CommonOptions {
  /** One of `impUid`, `merchantUid` is required; `paidAt` lets KCP's later-month mobile rule be checked. */
  order: OrderSnapshot & { impUid?: string; merchantUid?: string; paidAt?: string };
  reason?: string;
  taxFreeAmount?: Money;
  /** The VAT part of this cancel (`vat_amount`: nice, html5_inicis, welcome, nice_v2). */
  vatAmount?: Money;
  refundTel?: string;
  /** naverpay's `extra.requester`. */
  requester?: "customer" | "admin";
  /** PortOne's PG code the payment went through, any case, with or without `.MID`. */
  pg?: string;
  /** ISO 8601 "now" (KCP's later-month mobile refunds). */
  now?: string;
}

/** PortOne v1 `POST /payments/cancel` body. A full cancel omits `amount`. */
export interface PortOneCancelPayload {
  imp_uid?: string;
  merchant_uid?: string;
  amount?: number;
  tax_free?: number;
  vat_amount?: number;
  /** The cancellable balance before this cancel. */
  checksum: number;
  reason?: string;
  refund_holder?: string;
  refund_bank?: string;
  refund_account?: string;
  refund_tel?: string;
  extra?: { requester: "customer" | "admin" };
}

/** The same cancel as a PortOne v1 request. */
export declare function toPortOneCancel(request: CancelRequest, options: PortOneOptions): ProviderResult<PortOneCancelPayload>;

export interface PortOneResponseData {
  imp_uid: string | null;
  merchant_uid: string | null;
  status: string | null;
  amount: number | null;
  cancel_amount: number | null;
  cancel_history: {
    pg_tid: string | null;
    amount: number | null;
    cancelled_at: string | null;
    reason: string | null;
    receipt_url: string | null;
  }[];
}


/** Reads a PortOne cancel response (object or JSON text). */
export declare function parsePortOneResponse(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<PortOneResponseData>;
