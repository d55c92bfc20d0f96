// What every entry's API shares: one call across the boundary. The
// arguments go in as one tape (tape.js), the core answers with a compact
// result (result.js) that becomes the returned object. Every rule lives in
// the Rust core; this file only moves data.
//
// An export the loaded wasm does not have (an older core) is looked up when
// its function is called, never at import time, and then throws an Error
// with `code = "NOT_AVAILABLE"`: a programmer error, not a data error.

import { tape } from "./tape.js";
import { useKeys } from "./keys.js";
import { decode } from "./result.js";

export function programmerError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

// The wasm glue modules whose instance is ready (instantiated).
const ready = new WeakSet();

/**
 * Marks `glue` instantiated, and reads the core's table of known keys from
 * it once (the same table in every build of the core).
 */
export function markReady(glue) {
  if (ready.has(glue)) return;
  ready.add(glue);
  if (typeof glue.keys === "function") useKeys(glue.keys().split("\n").slice(0, -1));
}

/**
 * The caller of one glue module's exports: `run(name, api, args)` writes
 * `args` as one tape, calls the export `name` and decodes its answer.
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
    return decode(fn(tape(args)));
  };
}
