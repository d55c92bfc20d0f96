// `ebp-cancel/checkout`: the checkout functions alone, over a wasm without
// the admin ones (like `zod/mini` beside `zod`). ebp.js re-exports them.
import { run, programmerError } from "./core.js";
import { makeCancelRequestSchema } from "./schema.js";

// The form helpers: pure data shaping over any result (issues.js).
export { flattenIssues, issuesAt } from "./issues.js";

/** All errors at once; never throws on bad data. */
export function validateCancelRequest(request, options) {
  return run("validate", "validateCancelRequest", [request, options]);
}

/**
 * The same verdict as a Standard Schema v1 (schema.js shapes it). Pure, so
 * a bundle that never imports it drops it and the JSON Schemas with it.
 */
export const cancelRequestSchema = /* @__PURE__ */ makeCancelRequestSchema(validateCancelRequest);

export function previewRefund(request, options) {
  return run("preview", "previewRefund", [request, options]);
}

// Records the calls; the core assembles and judges them on `build()`.
export class CancelRequestBuilder {
  #order;
  #calls = [];
  #locale;
  #consumed = false;

  constructor(order) {
    this.#order = order;
  }

  static forOrder(order) {
    return new CancelRequestBuilder(order);
  }

  #record(call) {
    this.#open();
    this.#calls.push(call);
    return this;
  }

  #open() {
    if (this.#consumed) {
      throw programmerError("BUILDER_CONSUMED", "ebp-cancel: this CancelRequestBuilder was already built; start a new one with CancelRequestBuilder.forOrder(order)");
    }
  }

  cancelAll() {
    return this.#record({ op: "cancelAll" });
  }

  cancelItem(seq, quantity) {
    return this.#record({ op: "cancelItem", seq, quantity });
  }

  cancelAmount(seq, amount) {
    return this.#record({ op: "cancelAmount", seq, amount });
  }

  refundAccount(account) {
    return this.#record({ op: "refundAccount", account });
  }

  locale(l) {
    this.#open();
    this.#locale = l;
    return this;
  }

  build(options) {
    this.#open();
    this.#consumed = true;
    return run("build", "CancelRequestBuilder.build", [this.#order, this.#calls, withLocale(options, this.#locale)]);
  }
}

// `{ ...options, locale }` when `locale(l)` was called. Options that are not
// a plain object, or cannot be read, go to the core as they are, so it
// reports them at their path.
function withLocale(options, locale) {
  if (locale === undefined) return options;
  if (options === undefined || options === null) return { locale };
  try {
    if (typeof options === "object" && !Array.isArray(options)) return { ...options, locale };
  } catch {
    // A hostile Proxy: the tape marks it unreadable.
  }
  return options;
}
