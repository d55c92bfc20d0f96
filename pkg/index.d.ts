// Types of `ebp-cancel`, written by hand from the API contract (api.md).
// One file serves every entry: `import` (Node, bundlers, browsers) uses it
// as is, `require` uses a copy named index.d.cts made at build time.
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

/** Stable issue codes (see the catalogue); new codes may be added. */
export type IssueCode =
  | "INPUT_UNREADABLE" | "REQUIRED" | "WRONG_TYPE" | "BLANK" | "TOO_LONG" | "UNKNOWN_FIELD" | "OPTION_INVALID"
  | "ITEMS_EMPTY" | "TOO_MANY_ITEMS" | "SEQ_INVALID" | "SEQ_DUPLICATE" | "ITEM_TYPE_INVALID" | "QUANTITY_INVALID"
  | "MONEY_NOT_FINITE" | "MONEY_FORMAT" | "MONEY_TOO_LARGE" | "MONEY_SCALE" | "MONEY_NEGATIVE" | "AMOUNT_NOT_POSITIVE"
  | "TAX_EXCEEDS_AMOUNT" | "TOTAL_MISMATCH" | "AMOUNT_OVERFLOW"
  | "ACCOUNT_NUMBER_INVALID" | "ACCOUNT_NUMBER_UNSAFE" | "ACCOUNT_NUMBER_NORMALIZED" | "ACCOUNT_NUMBER_FROM_NUMBER"
  | "BANK_CODE_INVALID" | "BANK_CODE_UNKNOWN"
  | "ORDER_NO_MISMATCH" | "PAYMENT_STATUS_INVALID" | "ORDER_CANCELLED" | "ORDER_LINE_INCONSISTENT" | "COUNT_INVALID"
  | "SEQ_NOT_IN_ORDER" | "ITEM_TYPE_MISMATCH" | "ITEM_ID_MISMATCH" | "QUANTITY_EXCEEDS_REMAINING" | "AMOUNT_EXCEEDS_UNIT"
  | "REFUND_EXCEEDS_REMAINING" | "TAX_EXCEEDS_UNIT_TAX" | "TAX_INCONSISTENT" | "PARTIAL_BEFORE_CAPTURE"
  | "REFUND_ACCOUNT_REQUIRED" | "REFUND_ACCOUNT_IGNORED"
  | "NOTHING_TO_CANCEL" | "BUILDER_CONFLICT" | "REMAINDER_INDIVISIBLE"
  | "RESPONSE_ERROR" | "RECONCILE_MISMATCH"
  | "PROVIDER_TOO_LONG" | "CHARSET_UNENCODABLE" | "CHARSET_UNVERIFIED" | "DOUBLE_QUOTE_NOT_ALLOWED" | "ORDER_ID_REUSED"
  | "TAX_FREE_EXCEEDS_AMOUNT" | "BANK_NOT_SUPPORTED" | "DATE_INVALID" | "CANCEL_NOT_ALLOWED" | "PARTIAL_NOT_ALLOWED"
  | "PERIOD_EXPIRED"
  | "FIELD_COMPUTED" | "ONE_OF_REQUIRED" | "LOCALE_UNSUPPORTED" | "FIELD_NOT_SENT" | "BANK_NOT_RETAIL" | "BANK_MERGED"
  | "PAY_METHOD_UNKNOWN" | "PG_REQUIRED" | "PG_UNKNOWN" | "PG_NO_VBANK_REFUND" | "PG_NO_BANK_LIST" | "PG_FIELD_REQUIRED"
  | "PG_RULE_UNCHECKED" | "VAT_AMOUNT_ADVISED" | "VAT_AMOUNT_MISMATCH"
  | (string & {});

/** One problem found. */
export interface Issue {
  /** Stable SCREAMING_SNAKE id to branch on, e.g. `"TOTAL_MISMATCH"`. */
  code: IssueCode;
  /** Where, in JS notation: `""`, `"orderNo"`, `"items[1].amount"`, `"refundAccount.bankCode"`. */
  path: string;
  /** Human text in the requested locale. */
  message: string;
  /** Values the message is made from, by name. */
  params?: Record<string, unknown>;
}

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

/** What the provider should answer, for reconciling its response. */
export interface ExpectedRefund {
  /** Refunded by this cancel. */
  amount: number;
  /** Left after it. */
  balance: number;
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

/** Reads a PortOne cancel response (object or JSON text). */
export declare function parsePortOneResponse(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<PortOneResponseData>;

/** Reads a NicePay cancel response (object or JSON text); the `signature` is passed on, checked only on the server. */
export declare function parseNicePayResponse(json: unknown, options?: ProviderResponseOptions): ParsedProviderResponse<NicePayResponseData>;

/** The only exceptions the package throws: programmer errors. */
export interface EbpCancelError extends Error {
  /** `"BUILDER_CONSUMED"`, `"NOT_INITIALIZED"` (`ebp-cancel/web` before `init()`), `"NOT_AVAILABLE"` (a wasm export missing). */
  code: "BUILDER_CONSUMED" | "NOT_INITIALIZED" | "NOT_AVAILABLE";
}
