// `ebp-cancel/nicepay`: the NicePay v1 adapter over its own wasm
// (gen/nicepay_wasm*, the core built with the `nicepay` feature). Its entry
// files (nicepay/node.js, nicepay/browser.js, nicepay/node.cjs) load that
// wasm and re-export this module. Signing stays on the server
// (`ebp-cancel/server`).
import * as glue from "../gen/nicepay_wasm.js";
import { connect } from "./core.js";

const run = connect(glue);

/** The same cancel as a NicePay v1 request, with `signingInput` for the server. */
export function toNicePayCancel(request, options) {
  return run("nicepay", "toNicePayCancel", [request, options]);
}

/** Reads a NicePay cancel response (object or JSON text). */
export function parseNicePayResponse(json, options) {
  return run("nicepay_response", "parseNicePayResponse", [json, options]);
}
