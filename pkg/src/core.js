// What every entry's API shares: one call across the boundary. The
// arguments are packed (pack.js), the core answers with JSON text. Every
// rule lives in the Rust core; this file only moves data.
//
// An export the loaded wasm does not have (an older core) is looked up when
// its function is called, never at import time, and then throws an Error
// with `code = "NOT_AVAILABLE"`: a programmer error, not a data error.

import { pack } from "./pack.js";

export function programmerError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

// The wasm glue modules whose instance is ready (instantiated).
const ready = new WeakSet();

/** Marks `glue` instantiated: its exports may be called from now on. */
export function markReady(glue) {
  ready.add(glue);
}

/**
 * The caller of one glue module's exports: `run(name, api, args)` packs
 * `args`, calls the export `name` and parses its answer.
 */
export function connect(glue) {
  return function run(name, api, args) {
    if (!ready.has(glue)) {
      throw programmerError("NOT_INITIALIZED", `ebp-cancel: ${api}() was called before init() finished`);
    }
    const fn = glue[name];
    if (typeof fn !== "function") {
      throw programmerError("NOT_AVAILABLE", `ebp-cancel: ${api}() needs the wasm export "${name}", which this build lacks`);
    }
    return JSON.parse(fn(...args.map(pack)));
  };
}
