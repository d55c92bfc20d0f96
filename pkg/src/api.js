// The public API over the wasm exports: pack the arguments, call the core,
// parse its JSON answer. Every rule lives in the Rust core; this file only
// moves data (and keeps the builder's recorded calls until `build()`).
//
// An export the loaded wasm does not have (an older core) is looked up when
// its function is called, never at import time, and then throws an Error
// with `code = "NOT_AVAILABLE"`: a programmer error, not a data error.

import { pack } from "./pack.js";
import { makeCancelRequestSchema } from "./schema.js";

function programmerError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

/**
 * The API over one wasm glue module. `ready()` tells whether the wasm is
 * instantiated (the `./web` entry, where the caller runs `init()`).
 */
export function makeApi(wasm, ready = () => true) {
  function run(name, api, args) {
    if (!ready()) {
      throw programmerError("NOT_INITIALIZED", `ebp-cancel: ${api}() was called before init() finished`);
    }
    const fn = wasm[name];
    if (typeof fn !== "function") {
      throw programmerError("NOT_AVAILABLE", `ebp-cancel: ${api}() needs the wasm export "${name}", which this build lacks`);
    }
    return JSON.parse(fn(...args.map(pack)));
  }

  function validateCancelRequest(request, options) {
    return run("validate", "validateCancelRequest", [request, options]);
  }

  function previewRefund(request, options) {
    return run("preview", "previewRefund", [request, options]);
  }

  function applyCancellation(order, requestOrResponse, options) {
    return run("apply_cancellation", "applyCancellation", [order, requestOrResponse, options]);
  }

  function parseCancelResponse(json, options) {
    return run("parse_response", "parseCancelResponse", [json, options]);
  }

  function reconcile(preview, response, options) {
    return run("reconcile", "reconcile", [preview, response, options]);
  }

  function summarizeOrder(order, options) {
    return run("summarize", "summarizeOrder", [order, options]);
  }

  function toPortOneCancel(request, options) {
    return run("portone", "toPortOneCancel", [request, options]);
  }

  function toNicePayCancel(request, options) {
    return run("nicepay", "toNicePayCancel", [request, options]);
  }

  function parsePortOneResponse(json, options) {
    return run("portone_response", "parsePortOneResponse", [json, options]);
  }

  function parseNicePayResponse(json, options) {
    return run("nicepay_response", "parseNicePayResponse", [json, options]);
  }

  // Records the calls; the core assembles and judges them on `build()`.
  class CancelRequestBuilder {
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

  return {
    validateCancelRequest,
    // The same verdict as a Standard Schema (schema.js shapes it).
    cancelRequestSchema: makeCancelRequestSchema(validateCancelRequest),
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
  };
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
    // A hostile Proxy: `pack` marks it unreadable.
  }
  return options;
}
