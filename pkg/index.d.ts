// Types of `ebp-cancel`, written by hand from the API contract (api.md),
// and the types the provider entries share (portone.d.ts, nicepay.d.ts
// import them from here). `import` (Node, bundlers, browsers) uses this
// file as is, `require` a copy named gen/index.d.cts made at build time.
//
// Every function answers bad data with a result (`ok: false` and `errors`),
// never an exception. Only programmer errors throw, as an `EbpCancelError`.

/** An amount: a JS number or a decimal string (`106000`, `106000.0`, `"106000.00"`); never NaN or ±Infinity. */
export type Money = number | string;

/** The five EBP item types. */
export type ItemType = "PHYSICAL" | "DIGITAL" | "SUBSCRIPTION" | "DELIVERY" | "SERVICE";

/** What a cancel is, judged against the order it cancels. */
export type CancelKind = "FULL" | "ITEM" | "PARTIAL_AMOUNT";

/** A BCP 47 tag; its language decides (`ko-KR` is Korean); others are English, with a warning. */
export type Locale = "en" | "ko" | (string & {});

/** Payment state of an order. */
export type PaymentStatus = "AUTHORIZED" | "CAPTURED" | "PARTIALLY_CANCELLED" | "CANCELLED";

/** Pay methods the rules know (any other string is accepted as given). */
export type PayMethod = "CARD" | "VIRTUAL_ACCOUNT" | "TRANSFER" | "MOBILE" | "EASY_PAY" | (string & {});

/** The refund account of a cancel request. */
export interface RefundAccount {
  /** Digits; a number is accepted only when it is a safe integer (with a warning). */
  accountNumber?: string | number;
  /** A 3-digit bank code, e.g. `"001"`. */
  bankCode?: string;
  accountHolderName?: string;
}

/** One line of a cancel request; `amount` and `taxAmount` are per unit. */
export interface CancelItem {
  seq: number;
  itemType: ItemType;
  itemId: string;
  quantity: number;
  amount: Money;
  /** Tax included in `amount`; 0 when missing. */
  taxAmount?: Money;
}

/** The EBP v2 `POST /api/v2/payment/cancel` wire payload. */
export interface CancelRequest {
  orderNo: string;
  /** Σ quantity × amount, exactly. */
  totalCancelAmount: Money;
  refundAccount?: RefundAccount;
  items: CancelItem[];
}

/** A normalised payload, as results return it: amounts are JS numbers, the account number a digit string. */
export interface CancelPayload {
  orderNo: string;
  totalCancelAmount: number;
  refundAccount?: { accountNumber?: string; bankCode?: string; accountHolderName?: string };
  items: { seq: number; itemType: ItemType; itemId: string; quantity: number; amount: number; taxAmount: number }[];
}

/** One line of an order snapshot. */
export interface OrderLine {
  seq: number;
  itemType: ItemType;
  itemId: string;
  quantity: number;
  unitAmount: Money;
  unitTaxAmount?: Money;
  canceledQuantity?: number;
  canceledAmount?: Money;
}

/** What the frontend knows about the order being cancelled. */
export interface OrderSnapshot {
  orderNo: string;
  /** ISO 4217; sets the allowed decimal places. */
  currency?: string;
  paymentStatus: PaymentStatus;
  payMethod?: PayMethod;
  items: OrderLine[];
}

// The codes and their params are generated from the catalogue (codes.d.ts).
import type { IssueCode, IssueParams } from "./codes.js";
export type { IssueCode, ErrorCode, WarningCode, IssueParams } from "./codes.js";

/**
 * One problem found. A union over the codes: narrowing on `code` types
 * `params` (`if (i.code === "TOTAL_MISMATCH") i.params.expected`).
 */
export type Issue<C extends IssueCode = IssueCode> = C extends IssueCode
  ? {
      /** Stable SCREAMING_SNAKE id to branch on, e.g. `"TOTAL_MISMATCH"`. */
      code: C;
      /** Where, in JS notation: `""`, `"orderNo"`, `"items[1].amount"`, `"refundAccount.bankCode"`. */
      path: string;
      /** The same place as data, for form libraries: `[]`, `["orderNo"]`, `["items", 1, "amount"]`. */
      segments: (string | number)[];
      /** Human text in the requested locale. */
      message: string;
      /** Values the message is made from, by name (typed per code). */
      params: IssueParams[C];
    }
  : never;

/** Errors block the request; warnings do not. */
export interface Issues {
  errors: Issue[];
  warnings: Issue[];
}

/** One line of a preview. */
export interface PreviewItem {
  seq: number;
  itemId: string;
  quantity: number;
  /** Per unit. */
  amount: number;
  /** Per unit. */
  taxAmount: number;
  /** quantity × amount. */
  lineAmount: number;
}

/** The refund totals the server will answer (its response `data`), computed in decimal. */
export interface Preview {
  totalCancelAmount: number;
  totalProductAmount: number;
  totalProductTaxAmount: number;
  totalDeliveryAmount: number;
  totalDeliveryTaxAmount: number;
  processedCount: number;
  items: PreviewItem[];
}

/** The verdict on a cancel request. */
export interface ValidationResult extends Issues {
  /** No errors (warnings allowed). */
  ok: boolean;
  /** `null` when unknown (no order given, or errors). */
  kind: CancelKind | null;
  /** The normalised wire payload, ready for `JSON.stringify`; `null` unless `ok`. */
  payload: CancelPayload | null;
  preview: Preview | null;
}

/** Options every call takes. */
export interface CommonOptions {
  /** ISO 4217, used when no order gives one: KRW/JPY 0 decimals, USD/EUR 2, others up to 4. */
  currency?: string;
  /** Message language (default `"en"`). */
  locale?: Locale;
}

export interface ValidateOptions extends CommonOptions {
  /** With an order the order-aware rules run too (remaining quantity and amount, capture state, refund account, kind). */
  order?: OrderSnapshot;
}

/** All errors at once. Never throws on bad data. */
export declare function validateCancelRequest(request: unknown, options?: ValidateOptions): ValidationResult;

/** The totals an admin console shows before sending: the preview, or the result with its errors. */
export declare function previewRefund(request: unknown, options?: ValidateOptions): Preview | ValidationResult;

/** What a builder cancels. */
export interface BuildOptions extends CommonOptions {}

/**
 * Assembles a request from an order: the right `itemType`, `itemId`, per-unit
 * `amount`/`taxAmount` and exact total. Methods record calls; `build()`
 * judges them all at once. A builder builds once: any call after `build()`
 * throws an `EbpCancelError` with `code` `"BUILDER_CONSUMED"`.
 */
export declare class CancelRequestBuilder {
  constructor(order: OrderSnapshot);
  static forOrder(order: OrderSnapshot): CancelRequestBuilder;
  /** Every open line, all units left, refunding what is left. */
  cancelAll(): this;
  /** `quantity` units of a line at its unit amount (all that are left when omitted). */
  cancelItem(seq: number, quantity?: number): this;
  /** One unit of a line, refunding `amount` (≤ the unit amount). */
  cancelAmount(seq: number, amount: Money): this;
  refundAccount(account: RefundAccount): this;
  /** The language of `build()`'s messages (overrides `options.locale`). */
  locale(locale: Locale): this;
  build(options?: BuildOptions): ValidationResult;
}

/** An order line as `applyCancellation` returns it: amounts as numbers, every count present. */
export interface AppliedOrderLine extends OrderLine {
  unitAmount: number;
  unitTaxAmount: number;
  canceledQuantity: number;
  canceledAmount: number;
}

/** An order snapshot after a cancel, or the issues that kept it from applying. */
export interface ApplyResult<O extends OrderSnapshot = OrderSnapshot> extends Issues {
  ok: boolean;
  /** The snapshot with canceled quantities, amounts and status updated (provider keys kept); `null` unless `ok`. */
  order: (Omit<O, "items"> & { items: AppliedOrderLine[] }) | null;
}

/**
 * The order after a cancel (a request that was accepted, or the server's
 * response), so several partial cancels can be checked in a row.
 */
export declare function applyCancellation<O extends OrderSnapshot>(
  order: O,
  requestOrResponse: CancelRequest | CancelResponse | ParsedResponse | string,
  options?: CommonOptions,
): ApplyResult<O>;

/** One line of the EBP response `data`. */
export interface CancelResponseItem {
  seq: number;
  itemId: string;
  quantity: number;
  amount?: number;
  taxAmount?: number;
}

/** The EBP response `data`, normalised. */
export interface CancelResponseData {
  orderNo: string;
  totalProductAmount: number;
  totalProductTaxAmount: number;
  totalDeliveryAmount: number;
  totalDeliveryTaxAmount: number;
  processedCount: number;
  returnRequestId: string;
  items: CancelResponseItem[];
}

/** The EBP response envelope as the server sends it. */
export interface CancelResponse {
  /** `"0"` is success. */
  resultCode: string;
  message?: string;
  requestId?: string;
  /** ISO 8601. */
  timestamp?: string;
  data?: unknown;
}

/** A response, read: `ok` when the server reports success and the body is sound. */
export interface ParsedResponse extends Issues {
  ok: boolean;
  resultCode: string | null;
  message: string | null;
  data: CancelResponseData | null;
}

/** Reads an EBP response (object or JSON text). */
export declare function parseCancelResponse(json: unknown, options?: CommonOptions): ParsedResponse;

/** `ok` when the server did what the preview expected; each difference is a `RECONCILE_MISMATCH`. */
export interface ReconcileResult extends Issues {
  ok: boolean;
}

/** Mismatches between a preview (or a whole `ValidationResult`) and the server's response (raw or parsed). */
export declare function reconcile(
  preview: Preview | ValidationResult,
  response: CancelResponse | ParsedResponse | string,
  options?: CommonOptions,
): ReconcileResult;

/** One order line's remainders, computed in decimal by the library. */
export interface LineSummary {
  seq: number;
  itemId: string;
  remainingQuantity: number;
  /** `unitAmount × quantity − canceledAmount`. */
  remainingAmount: number | null;
  /** Units and money left to cancel. */
  open: boolean;
}

/** What an order has left (amounts `null` unless `ok`). */
export interface OrderSummary extends Issues {
  ok: boolean;
  paidAmount: number | null;
  canceledAmount: number | null;
  /** The cancellable balance (PortOne's `checksum`). */
  balance: number | null;
  lines: LineSummary[] | null;
}

/** Reads an order snapshot (issues under `order.`) and tells what each line has left. */
export declare function summarizeOrder(order: unknown, options?: CommonOptions): OrderSummary;

// -- shared by the provider entries (`ebp-cancel/portone`, `ebp-cancel/nicepay`, `ebp-cancel/toss`, `ebp-cancel/portone-v2`) --

/** What the provider should answer, for reconciling its response. */
export interface ExpectedRefund {
  /** Refunded by this cancel. */
  amount: number;
  /** Left after it. */
  balance: number;
  /** Its tax-free part (Toss, PortOne V2: what their answers report). */
  taxFree?: number;
  /** Its VAT (PortOne V2, when `vatAmount` was given). */
  vat?: number;
}

/** A provider adapter's result. */
export interface ProviderResult<P> extends Issues {
  ok: boolean;
  kind: CancelKind | null;
  /** The provider's request body (its wire names); `null` unless `ok`. */
  payload: P | null;
  /** Pass as `options.expected` when parsing the provider's response; `null` unless `ok`. */
  expected: ExpectedRefund | null;
}

/** Options of the provider response parsers. */
export interface ProviderResponseOptions extends CommonOptions {
  /** The adapter result's `expected`, to reconcile the response with. */
  expected?: Partial<ExpectedRefund>;
}

/** A provider response, read: `data` holds the fields the module reads, `null` where absent. */
export interface ParsedProviderResponse<D> extends Issues {
  ok: boolean;
  resultCode: string | null;
  message: string | null;
  data: D | null;
}

/** The only exceptions the package throws: programmer errors. */
export interface EbpCancelError extends Error {
  /** `"BUILDER_CONSUMED"`, `"NOT_INITIALIZED"` (`ebp-cancel/web` before `init()`), `"NOT_AVAILABLE"` (a wasm export missing). */
  code: "BUILDER_CONSUMED" | "NOT_INITIALIZED" | "NOT_AVAILABLE";
}
