// Generated from the catalogue (src/report/catalogue.rs) by tests/generated_types.rs;
// do not edit: `make types` rewrites it, and `make test` fails when it is stale.

/** Every issue code the core reports (stable: frontends branch on them). */
export type IssueCode =
  | "INPUT_UNREADABLE" | "REQUIRED" | "WRONG_TYPE" | "BLANK" | "TOO_LONG" | "UNKNOWN_FIELD"
  | "FIELD_COMPUTED" | "ONE_OF_REQUIRED" | "LOCALE_UNSUPPORTED" | "FIELD_NOT_SENT" | "OPTION_INVALID"
  | "ITEMS_EMPTY" | "TOO_MANY_ITEMS" | "SEQ_INVALID" | "SEQ_DUPLICATE" | "ITEM_TYPE_INVALID"
  | "QUANTITY_INVALID" | "MONEY_NOT_FINITE" | "MONEY_FORMAT" | "MONEY_TOO_LARGE" | "MONEY_SCALE"
  | "MONEY_NEGATIVE" | "AMOUNT_NOT_POSITIVE" | "TAX_EXCEEDS_AMOUNT" | "TOTAL_MISMATCH"
  | "AMOUNT_OVERFLOW" | "ACCOUNT_NUMBER_INVALID" | "ACCOUNT_NUMBER_UNSAFE"
  | "ACCOUNT_NUMBER_NORMALIZED" | "ACCOUNT_NUMBER_FROM_NUMBER" | "BANK_CODE_INVALID"
  | "BANK_CODE_UNKNOWN" | "BANK_NOT_RETAIL" | "BANK_MERGED" | "ORDER_NO_MISMATCH"
  | "PAYMENT_STATUS_INVALID" | "PAY_METHOD_UNKNOWN" | "ORDER_CANCELLED" | "ORDER_LINE_INCONSISTENT"
  | "COUNT_INVALID" | "SEQ_NOT_IN_ORDER" | "ITEM_TYPE_MISMATCH" | "ITEM_ID_MISMATCH"
  | "QUANTITY_EXCEEDS_REMAINING" | "AMOUNT_EXCEEDS_UNIT" | "REFUND_EXCEEDS_REMAINING"
  | "TAX_EXCEEDS_UNIT_TAX" | "TAX_INCONSISTENT" | "PARTIAL_BEFORE_CAPTURE"
  | "REFUND_ACCOUNT_REQUIRED" | "REFUND_ACCOUNT_IGNORED" | "NOTHING_TO_CANCEL" | "BUILDER_CONFLICT"
  | "REMAINDER_INDIVISIBLE" | "RESPONSE_ERROR" | "RECONCILE_MISMATCH" | "PROVIDER_TOO_LONG"
  | "CHARSET_UNENCODABLE" | "CHARSET_UNVERIFIED" | "DOUBLE_QUOTE_NOT_ALLOWED" | "ORDER_ID_REUSED"
  | "TAX_FREE_EXCEEDS_AMOUNT" | "BANK_NOT_SUPPORTED" | "PG_REQUIRED" | "PG_UNKNOWN"
  | "PG_NO_VBANK_REFUND" | "PG_NO_BANK_LIST" | "PG_FIELD_REQUIRED" | "PG_RULE_UNCHECKED"
  | "VAT_AMOUNT_ADVISED" | "VAT_AMOUNT_MISMATCH" | "DATE_INVALID" | "CANCEL_NOT_ALLOWED"
  | "PARTIAL_NOT_ALLOWED" | "PERIOD_EXPIRED" | "IDEMPOTENCY_KEY_INVALID"
  | "NOT_MATCHES_REFUNDABLE_AMOUNT" | "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT"
  | "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT"
  | "CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT"
  | "CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT" | "CANCEL_PENDING";

/** The codes that are errors (they block the request). */
export type ErrorCode =
  | "INPUT_UNREADABLE" | "REQUIRED" | "WRONG_TYPE" | "BLANK" | "TOO_LONG" | "ONE_OF_REQUIRED"
  | "OPTION_INVALID" | "ITEMS_EMPTY" | "TOO_MANY_ITEMS" | "SEQ_INVALID" | "SEQ_DUPLICATE"
  | "ITEM_TYPE_INVALID" | "QUANTITY_INVALID" | "MONEY_NOT_FINITE" | "MONEY_FORMAT"
  | "MONEY_TOO_LARGE" | "MONEY_SCALE" | "MONEY_NEGATIVE" | "AMOUNT_NOT_POSITIVE"
  | "TAX_EXCEEDS_AMOUNT" | "TOTAL_MISMATCH" | "AMOUNT_OVERFLOW" | "ACCOUNT_NUMBER_INVALID"
  | "ACCOUNT_NUMBER_UNSAFE" | "BANK_CODE_INVALID" | "ORDER_NO_MISMATCH" | "PAYMENT_STATUS_INVALID"
  | "ORDER_CANCELLED" | "ORDER_LINE_INCONSISTENT" | "COUNT_INVALID" | "SEQ_NOT_IN_ORDER"
  | "ITEM_TYPE_MISMATCH" | "ITEM_ID_MISMATCH" | "QUANTITY_EXCEEDS_REMAINING" | "AMOUNT_EXCEEDS_UNIT"
  | "REFUND_EXCEEDS_REMAINING" | "TAX_EXCEEDS_UNIT_TAX" | "TAX_INCONSISTENT"
  | "PARTIAL_BEFORE_CAPTURE" | "REFUND_ACCOUNT_REQUIRED" | "NOTHING_TO_CANCEL" | "BUILDER_CONFLICT"
  | "REMAINDER_INDIVISIBLE" | "RESPONSE_ERROR" | "RECONCILE_MISMATCH" | "PROVIDER_TOO_LONG"
  | "CHARSET_UNENCODABLE" | "DOUBLE_QUOTE_NOT_ALLOWED" | "ORDER_ID_REUSED"
  | "TAX_FREE_EXCEEDS_AMOUNT" | "BANK_NOT_SUPPORTED" | "PG_REQUIRED" | "PG_NO_VBANK_REFUND"
  | "PG_NO_BANK_LIST" | "PG_FIELD_REQUIRED" | "VAT_AMOUNT_MISMATCH" | "DATE_INVALID"
  | "CANCEL_NOT_ALLOWED" | "PARTIAL_NOT_ALLOWED" | "PERIOD_EXPIRED" | "IDEMPOTENCY_KEY_INVALID"
  | "NOT_MATCHES_REFUNDABLE_AMOUNT" | "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT"
  | "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT"
  | "CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT"
  | "CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT";

/** The codes that are warnings. */
export type WarningCode =
  | "UNKNOWN_FIELD" | "FIELD_COMPUTED" | "LOCALE_UNSUPPORTED" | "FIELD_NOT_SENT"
  | "ACCOUNT_NUMBER_NORMALIZED" | "ACCOUNT_NUMBER_FROM_NUMBER" | "BANK_CODE_UNKNOWN"
  | "BANK_NOT_RETAIL" | "BANK_MERGED" | "PAY_METHOD_UNKNOWN" | "REFUND_ACCOUNT_IGNORED"
  | "CHARSET_UNVERIFIED" | "PG_UNKNOWN" | "PG_RULE_UNCHECKED" | "VAT_AMOUNT_ADVISED"
  | "CANCEL_PENDING";

/** Each code's params, by name: every `{name}` its message uses is present. */
export interface IssueParams {
  INPUT_UNREADABLE: Record<string, never>;
  REQUIRED: { field: string };
  WRONG_TYPE: { expected: string; actual: string };
  BLANK: Record<string, never>;
  TOO_LONG: { max: number; length?: number };
  UNKNOWN_FIELD: { field: string; suggestion?: string };
  FIELD_COMPUTED: { field: string; from: string };
  ONE_OF_REQUIRED: { fields: string[] };
  LOCALE_UNSUPPORTED: { value: string; allowed: string[] };
  FIELD_NOT_SENT: { field: string; why: string };
  OPTION_INVALID: { value: string; allowed: string[] };
  ITEMS_EMPTY: Record<string, never>;
  TOO_MANY_ITEMS: { max: number; count: number };
  SEQ_INVALID: { value: string };
  SEQ_DUPLICATE: { seq: number; firstPath: string };
  ITEM_TYPE_INVALID: { value: string; allowed: string[] };
  QUANTITY_INVALID: { value: string };
  MONEY_NOT_FINITE: { value: string };
  MONEY_FORMAT: { value: string };
  MONEY_TOO_LARGE: { value: string; max: number };
  MONEY_SCALE: { value: number | string; scale: number; currency: string };
  MONEY_NEGATIVE: { value: string };
  AMOUNT_NOT_POSITIVE: { value: string };
  TAX_EXCEEDS_AMOUNT: { taxAmount: number | string; amount: number | string };
  TOTAL_MISMATCH: { expected: number | string; given: number | string };
  AMOUNT_OVERFLOW: { value?: number | string };
  ACCOUNT_NUMBER_INVALID: { masked: string };
  ACCOUNT_NUMBER_UNSAFE: Record<string, never>;
  ACCOUNT_NUMBER_NORMALIZED: { masked: string };
  ACCOUNT_NUMBER_FROM_NUMBER: { masked: string };
  BANK_CODE_INVALID: { value: string };
  BANK_CODE_UNKNOWN: { bankCode: string };
  BANK_NOT_RETAIL: { bankCode: string; name: string; nameKo: string };
  BANK_MERGED: { bankCode: string; name: string; nameKo: string; into: string; intoName: string; intoNameKo: string };
  ORDER_NO_MISMATCH: { expected: string; given: string };
  PAYMENT_STATUS_INVALID: { value: string; allowed: string[] };
  PAY_METHOD_UNKNOWN: { value: string; allowed: string[] };
  ORDER_CANCELLED: Record<string, never>;
  ORDER_LINE_INCONSISTENT: { seq?: number; value: number | string; max: number | string };
  COUNT_INVALID: { value: string };
  SEQ_NOT_IN_ORDER: { seq: number };
  ITEM_TYPE_MISMATCH: { seq: number; expected: string; given: string };
  ITEM_ID_MISMATCH: { seq: number; expected: string; given: string };
  QUANTITY_EXCEEDS_REMAINING: { seq: number; requested: number; remaining: number };
  AMOUNT_EXCEEDS_UNIT: { seq: number; amount: number | string; unitAmount: number | string };
  REFUND_EXCEEDS_REMAINING: { seq: number; refund: number | string; remaining: number | string };
  TAX_EXCEEDS_UNIT_TAX: { seq: number; taxAmount: number | string; unitTaxAmount: number | string };
  TAX_INCONSISTENT: { seq: number; taxAmount: number | string; expected: number | string };
  PARTIAL_BEFORE_CAPTURE: { kind: string; reason: string; seq: number };
  REFUND_ACCOUNT_REQUIRED: { payMethod: string };
  REFUND_ACCOUNT_IGNORED: { payMethod: string; paymentStatus?: string };
  NOTHING_TO_CANCEL: Record<string, never>;
  BUILDER_CONFLICT: { seq: number; firstPath: string };
  REMAINDER_INDIVISIBLE: { seq: number; remaining: number | string; quantity: number };
  RESPONSE_ERROR: { resultCode: string; message: string };
  RECONCILE_MISMATCH: { field: string; seq?: number; expected: number | string; actual: number | string };
  PROVIDER_TOO_LONG: { provider: string; max: number; length?: number; unit: string };
  CHARSET_UNENCODABLE: { char: string; charset: string };
  CHARSET_UNVERIFIED: { char: string; charset: string };
  DOUBLE_QUOTE_NOT_ALLOWED: Record<string, never>;
  ORDER_ID_REUSED: { orderId: string };
  TAX_FREE_EXCEEDS_AMOUNT: { taxFree: number | string; amount: number | string };
  BANK_NOT_SUPPORTED: { provider: string; bankCode: string; pg?: string };
  PG_REQUIRED: { given?: string };
  PG_UNKNOWN: { pg: string; rules: string[] };
  PG_NO_VBANK_REFUND: { pg: string };
  PG_NO_BANK_LIST: { pg: string };
  PG_FIELD_REQUIRED: { pg: string; field: string; rule: string };
  PG_RULE_UNCHECKED: { pg: string; rule: string; need: string[] };
  VAT_AMOUNT_ADVISED: { pg: string; expected: number | string };
  VAT_AMOUNT_MISMATCH: { vatAmount: number | string; expected: number | string };
  DATE_INVALID: { value: string };
  CANCEL_NOT_ALLOWED: { provider: string; rule: string };
  PARTIAL_NOT_ALLOWED: { provider: string; rule: string };
  PERIOD_EXPIRED: { provider: string; rule: string; deadline: string; now: string };
  IDEMPOTENCY_KEY_INVALID: { header: string };
  NOT_MATCHES_REFUNDABLE_AMOUNT: { given: number | string; balance: number | string; provider: string };
  CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT: { amount: number | string; cancellable: number | string };
  SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT: { taxFree: number | string; vat: number | string; amount: number | string };
  CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT: { taxFree: number | string; cancellable: number | string };
  CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT: { taxable: number | string; cancellable: number | string };
  CANCEL_PENDING: { provider: string; status: string };
}
