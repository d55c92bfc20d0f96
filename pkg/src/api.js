// The public API over the wasm exports: pack the arguments, call the core,
// parse its JSON answer. Every rule lives in the Rust core; this file only
// moves data (and keeps the builder's recorded calls until `build()`).

import { pack } from "./pack.js";

function programmerError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

export function makeApi(wasm) {
  const run = (fn, ...args) => JSON.parse(fn(...args.map(pack)));

  function validateCancelRequest(request, options) {
    return run(wasm.validate, request, options);
  }

  function previewRefund(request, options) {
    return run(wasm.preview, request, options);
  }

  return { validateCancelRequest, previewRefund, pack };
}
