// `ebp-cancel/toss`: the Toss Payments adapter over its own wasm
// (gen/toss_wasm*, the core built with the `toss` feature). Its entry files
// (gen/toss.node.js, gen/toss.browser.js, gen/toss.node.cjs) load that wasm
// and re-export this module.
import * as glue from "../gen/toss_wasm.js";
import { connect } from "./core.js";

const run = connect(glue);

/** The same cancel as a Toss Payments request body, and the header that carries the caller's idempotency key. */
export function toTossCancel(request, options) {
  return run("toss", "toTossCancel", [request, options]);
}

/** Reads a Toss cancel answer (the Payment object or Toss's error object; an object or JSON text). */
export function parseTossResponse(json, options) {
  return run("toss_response", "parseTossResponse", [json, options]);
}
