// Types of `ebp-cancel/checkout`: the main entry's checkout functions over
// a smaller wasm (no applyCancellation, parseCancelResponse, reconcile or
// summarizeOrder). Every shape comes from the main entry's types
// (index.d.ts); `require` uses a copy named gen/checkout.d.cts made at build time.
export type * from "./index.js";
export { validateCancelRequest, previewRefund, CancelRequestBuilder, cancelRequestSchema, flattenIssues, issuesAt } from "./index.js";
