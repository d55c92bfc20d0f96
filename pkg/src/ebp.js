// The main entry's API (`ebp-cancel`): the EBP v2 functions. The entry
// files (gen/ebp.node.js, .browser.js, .node.cjs, src/web.js) load the EBP
// wasm their way and re-export this module, so this is the one list of
// what the main entry exports; the provider entries (portone.js,
// nicepay.js) re-export it too, answered by their own wasm (core.js `run`).
// The checkout functions are in checkout.js (`ebp-cancel/checkout`).
import { run } from "./core.js";

export * from "./checkout.js";

export function applyCancellation(order, requestOrResponse, options) {
  return run("apply_cancellation", "applyCancellation", [order, requestOrResponse, options]);
}

export function parseCancelResponse(json, options) {
  return run("parse_response", "parseCancelResponse", [json, options]);
}

export function reconcile(preview, response, options) {
  return run("reconcile", "reconcile", [preview, response, options]);
}

export function summarizeOrder(order, options) {
  return run("summarize", "summarizeOrder", [order, options]);
}
