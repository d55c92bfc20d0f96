// `ebp-cancel/web`: the main entry's API with explicit loading. Nothing is
// fetched until `init()` is called; every function throws an Error with
// `code = "NOT_INITIALIZED"` until it has finished.
//
//   import init, { validateCancelRequest } from "ebp-cancel/web";
//   await init();                       // the wasm beside this file
//   await init({ module_or_path: url }) // or a URL, Response, bytes or WebAssembly.Module
//   initSync({ module: bytes });        // synchronous, from bytes or a Module
import load, * as glue from "../gen/ebp_wasm.js";
import { markReady } from "./core.js";

let loading;

/** Loads and instantiates the wasm once; later calls return the same promise. */
export default function init(input) {
  loading ??= load(input ?? { module_or_path: new URL("../gen/ebp_wasm_bg.wasm", import.meta.url) }).then(
    () => markReady(glue),
    (e) => {
      loading = undefined; // let the caller retry (e.g. after a network error)
      throw e;
    },
  );
  return loading;
}

/** Instantiates the wasm synchronously from `{ module }` (bytes or a WebAssembly.Module). */
export function initSync(input) {
  glue.initSync(input);
  markReady(glue);
}

export * from "./ebp.js";
