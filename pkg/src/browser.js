// Browser and bundler entry: fetches and instantiates the wasm once (top-level
// await), then exposes the same API as the Node entry. For control over when
// and from where the wasm loads, use `ebp-cancel/web` (src/web.js).
import init, * as glue from "../gen/ebp_cancel.js";
import { makeApi } from "./api.js";

await init({ module_or_path: new URL("../gen/ebp_cancel_bg.wasm", import.meta.url) });

export { flattenIssues, issuesAt } from "./issues.js";

export const {
  validateCancelRequest,
  cancelRequestSchema,
  previewRefund,
  CancelRequestBuilder,
  applyCancellation,
  parseCancelResponse,
  reconcile,
  summarizeOrder,
  toPortOneCancel,
  toNicePayCancel,
  parsePortOneResponse,
  parseNicePayResponse,
} = makeApi(glue);
