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

// The wasm glue modules whose instance is ready, in the order they loaded.
// Every entry's wasm carries the EBP exports (a provider's adds its
// adapter), so a call is answered by the first loaded wasm that has its
// export: a page that imports only `ebp-cancel/portone` loads one wasm and
// its EBP functions run there too.
const loaded = [];

/**
 * Marks `glue` instantiated, and reads the core's table of known keys from
 * it once (the same table in every build of the core).
 */
export function markReady(glue) {
  if (loaded.includes(glue)) return;
  loaded.push(glue);
  if (typeof glue.keys === "function") useKeys(glue.keys().split("\n").slice(0, -1));
}

/**
 * One call: writes `args` as one tape, calls the wasm export `name` of the
 * first loaded wasm that has it, and decodes its answer.
 */
export function run(name, api, args) {
  let glue;
  for (let i = 0; i < loaded.length; i++) {
    if (typeof loaded[i][name] === "function") {
      glue = loaded[i];
      break;
    }
  }
  if (glue === undefined) {
    throw loaded.length === 0
      ? programmerError("NOT_INITIALIZED", `ebp-cancel: ${api}() was called before init() finished`)
      : programmerError("NOT_AVAILABLE", `ebp-cancel: ${api}() needs the wasm export "${name}", which this build lacks`);
  }
  return decode(glue[name](tape(args)));
}
