// Node entry (ESM): compiles the wasm synchronously from the file beside
// the glue, so `import` needs no top-level await.
import { readFileSync } from "node:fs";
import * as glue from "../gen/ebp_cancel.js";
import { makeApi } from "./api.js";

glue.initSync({ module: readFileSync(new URL("../gen/ebp_cancel_bg.wasm", import.meta.url)) });

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
