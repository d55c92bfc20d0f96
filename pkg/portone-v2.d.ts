// Types of `ebp-cancel/portone-v2`: the PortOne V2 adapter, from its own wasm.
// Shared shapes come from the main entry's types (index.d.ts); `require`
// uses a copy named gen/portone-v2.d.cts made at build time.
// The main entry's API, answered by this entry's wasm (one wasm per page).
export * from "./index.js";
import type { CancelRequest, CommonOptions, Money, OrderSnapshot, ParsedProviderResponse, ProviderResponseOptions, ProviderResult } from "./index.js";

export interface PortOneV2Options extends CommonOptions {
  order: OrderSnapshot & {
    /** The path's `paymentId`; checked, not part of the body. */
    paymentId?: string;
    /** Sent as `storeId` (a sub-store's payment needs it). */
    storeId?: string;
    /** The payment's tax-free amount still cancellable: enables the tax-free and taxable pre-checks. */
    cancellableTaxFreeAmount?: Money;
  };
  /** Required. */
  reason: string;
  /** Any case in; `CUSTOMER` or `ADMIN` out. */
  requester?: "CUSTOMER" | "ADMIN" | (string & {});
  taxFreeAmount?: Money;
  vatAmount?: Money;
  /** Any case in; `RETAIN` or `RELEASE` out. */
  promotionDiscountRetainOption?: "RETAIN" | "RELEASE" | (string & {});
  /** Sent as `refundAccount.holderPhoneNumber` when a refund account is sent (Smartro needs it). */
  holderPhoneNumber?: string;
}

/** PortOne V2 `POST /payments/{paymentId}/cancel` body. A full cancel omits `amount`. */
export interface PortOneV2CancelPayload {
  storeId?: string;
  amount?: number;
  taxFreeAmount?: number;
  vatAmount?: number;
  reason: string;
  requester?: "CUSTOMER" | "ADMIN";
  promotionDiscountRetainOption?: "RETAIN" | "RELEASE";
  /** The cancellable balance before this cancel, from the order's ledger. */
  currentCancellableAmount: number;
  /** Only for a virtual account that was paid into; `bank` is the `Bank` enum name (KB is `"KOOKMIN"`). */
  refundAccount?: { bank: string; number: string; holderName: string; holderPhoneNumber?: string };
}

/** The same cancel as a PortOne V2 request. */
export declare function toPortOneV2Cancel(request: CancelRequest, options: PortOneV2Options): ProviderResult<PortOneV2CancelPayload>;

/** The cancellation's fields the module reads (`null` where absent). */
export interface PortOneV2ResponseData {
  status: string | null;
  id: string | null;
  pgCancellationId: string | null;
  totalAmount: number | null;
  taxFreeAmount: number | null;
  vatAmount: number | null;
  easyPayDiscountAmount: number | null;
  reason: string | null;
  cancelledAt: string | null;
  requestedAt: string | null;
  receiptUrl: string | null;
  trigger: string | null;
}

/** Reads a PortOne V2 cancel answer: `{ cancellation }` (`resultCode` is its status), or `{ type, message }`. */
export declare function parsePortOneV2Response(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<PortOneV2ResponseData>;
