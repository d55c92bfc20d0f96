// `ebp-cancel/portone`: the PortOne v1 adapter over its own wasm
// (gen/portone_wasm*, the core built with the `portone` feature). Its entry
// files (portone/node.js, portone/browser.js, portone/node.cjs) load that
// wasm and re-export this module.
import * as glue from "../gen/portone_wasm.js";
import { connect } from "./core.js";

const run = connect(glue);

/** The same cancel as a PortOne v1 request. */
export function toPortOneCancel(request, options) {
  return run("portone", "toPortOneCancel", [request, options]);
}

/** Reads a PortOne cancel response (object or JSON text). */
export function parsePortOneResponse(json, options) {
  return run("portone_response", "parsePortOneResponse", [json, options]);
}
