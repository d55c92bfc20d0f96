// `ebp-cancel/portone-v2`: the PortOne V2 adapter over its own wasm
// (gen/portone_v2_wasm*, the core built with the `portone_v2` feature). Its
// entry files (gen/portone_v2.node.js, gen/portone_v2.browser.js,
// gen/portone_v2.node.cjs) load that wasm and re-export this module.
import * as glue from "../gen/portone_v2_wasm.js";
import { connect } from "./core.js";

const run = connect(glue);

/** The same cancel as a PortOne V2 `CancelPaymentBody`. */
export function toPortOneV2Cancel(request, options) {
  return run("portone_v2", "toPortOneV2Cancel", [request, options]);
}

/** Reads a PortOne V2 cancel answer (`{ cancellation }` or PortOne's error object; an object or JSON text). */
export function parsePortOneV2Response(json, options) {
  return run("portone_v2_response", "parsePortOneV2Response", [json, options]);
}
