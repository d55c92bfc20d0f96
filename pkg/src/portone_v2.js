// `ebp-cancel/portone-v2`: the PortOne V2 adapter, and the main entry's API, over
// this entry's own wasm (gen/portone_v2_wasm*: the core built with the `portone_v2`
// feature, which carries the EBP exports too). Its entry files
// (gen/portone_v2.node.js, .browser.js, .node.cjs) load that wasm and re-export
// this module.
import { run } from "./core.js";

// The whole main API too, answered by this entry's wasm: a page that uses
// the adapter imports everything from here and loads one wasm.
export * from "./ebp.js";

/** The same cancel as a PortOne V2 `CancelPaymentBody`. */
export function toPortOneV2Cancel(request, options) {
  return run("portone_v2", "toPortOneV2Cancel", [request, options]);
}

/** Reads a PortOne V2 cancel answer (`{ cancellation }` or PortOne's error object; an object or JSON text). */
export function parsePortOneV2Response(json, options) {
  return run("portone_v2_response", "parsePortOneV2Response", [json, options]);
}
