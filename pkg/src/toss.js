// `ebp-cancel/toss`: the Toss Payments adapter, and the main entry's API, over
// this entry's own wasm (gen/toss_wasm*: the core built with the `toss`
// feature, which carries the EBP exports too). Its entry files
// (gen/toss.node.js, .browser.js, .node.cjs) load that wasm and re-export
// this module.
import { run } from "./core.js";

// The whole main API too, answered by this entry's wasm: a page that uses
// the adapter imports everything from here and loads one wasm.
export * from "./ebp.js";

/** The same cancel as a Toss Payments request body, and the header that carries the caller's idempotency key. */
export function toTossCancel(request, options) {
  return run("toss", "toTossCancel", [request, options]);
}

/** Reads a Toss cancel answer (the Payment object or Toss's error object; an object or JSON text). */
export function parseTossResponse(json, options) {
  return run("toss_response", "parseTossResponse", [json, options]);
}
