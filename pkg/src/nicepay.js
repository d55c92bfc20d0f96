// `ebp-cancel/nicepay`: the NicePay v1 adapter, and the main entry's API, over
// this entry's own wasm (gen/nicepay_wasm*: the core built with the `nicepay`
// feature, which carries the EBP exports too). Its entry files
// (gen/nicepay.node.js, .browser.js, .node.cjs) load that wasm and re-export
// this module. Signing stays on the server
// (`ebp-cancel/server`).
import { run } from "./core.js";

// The whole main API too, answered by this entry's wasm: a page that uses
// the adapter imports everything from here and loads one wasm.
export * from "./ebp.js";

/** The same cancel as a NicePay v1 request, with `signingInput` for the server. */
export function toNicePayCancel(request, options) {
  return run("nicepay", "toNicePayCancel", [request, options]);
}

/** Reads a NicePay cancel response (object or JSON text). */
export function parseNicePayResponse(json, options) {
  return run("nicepay_response", "parseNicePayResponse", [json, options]);
}
