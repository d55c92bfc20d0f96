// `ebp-cancel/portone`: the PortOne v1 adapter, and the main entry's API, over
// this entry's own wasm (gen/portone_wasm*: the core built with the `portone`
// feature, which carries the EBP exports too). Its entry files
// (gen/portone.node.js, .browser.js, .node.cjs) load that wasm and re-export
// this module.
import { run } from "./core.js";

// The whole main API too, answered by this entry's wasm: a page that uses
// the adapter imports everything from here and loads one wasm.
export * from "./ebp.js";

/** The same cancel as a PortOne v1 request. */
export function toPortOneCancel(request, options) {
  return run("portone", "toPortOneCancel", [request, options]);
}

/** Reads a PortOne cancel response (object or JSON text). */
export function parsePortOneResponse(json, options) {
  return run("portone_response", "parsePortOneResponse", [json, options]);
}
