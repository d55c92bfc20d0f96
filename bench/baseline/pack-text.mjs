// Packs any JS value into the text the core reads (see src/input/packed.rs):
// JSON, plus tokens for what JSON loses, so the core can report a wrong type
// at its path. This file only packs; it never judges a value, and never
// throws: whatever a getter, a Proxy trap or the engine throws becomes a token.
//
// - numbers: the engine's shortest round-trip text (`String(n)`), `-0` kept;
//   NaN / Infinity / -Infinity as words
// - `undefined`, and `?function`, `?symbol`, `?bigint`
// - `?cycle` for an object inside itself, `?unreadable` where a getter or a
//   Proxy trap throws, `?deep` past MAX_DEPTH
//
// Caps, so hostile input costs bounded time and wasm memory (which never
// shrinks once grown) before the core sees it:
// - `?long:N` for a string of N > MAX_STRING UTF-16 units (not copied)
// - `?huge:N` for an array or object of N > MAX_ENTRIES entries (not
//   walked; `new Array(1e9)` cannot hang the page)
// - `?huge` for the whole value when its packed text passes MAX_PACKED

const MAX_DEPTH = 64;
/** The longest list any input may have (the core's MAX_ITEMS). */
const MAX_ENTRIES = 10_000;
/** No field takes more than a few hundred characters; a response body a few MB. */
const MAX_STRING = 4 * 1024 * 1024;
const MAX_PACKED = 16 * 1024 * 1024;
const OVER_BUDGET = Symbol("over budget");

const count = (n) => (Number.isSafeInteger(n) && n >= 0 ? `:${n}` : "");

// Quoting is most of the packer's time, so (same text, less work):
// - keys are quoted once and kept with their colon (objects of one shape,
//   like `items[]`, repeat them), in a small bounded cache;
// - a short string with nothing JSON escapes (control characters, `"`,
//   `\`, lone surrogates) is quoted by concatenation, not JSON.stringify.
const KEY_CACHE_MAX = 256;
const KEY_CACHE_LEN = 64;
const keyCache = new Map();

function quotedKey(k) {
  let q = keyCache.get(k);
  if (q === undefined) {
    q = JSON.stringify(k) + ":";
    if (k.length <= KEY_CACHE_LEN && keyCache.size < KEY_CACHE_MAX) keyCache.set(k, q);
  }
  return q;
}

/** True when JSON.stringify(s) would be `"` + s + `"` (checked for short strings only). */
function plain(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

export function pack(value) {
  let out = "";
  const ancestors = [];

  function text(s) {
    if (s.length > MAX_STRING) {
      out += "?long" + count(s.length);
      return;
    }
    out += s.length <= 64 && plain(s) ? '"' + s + '"' : JSON.stringify(s);
    if (out.length > MAX_PACKED) throw OVER_BUDGET;
  }

  function write(v, depth) {
    switch (typeof v) {
      case "string":
        text(v);
        return;
      case "number":
        out += v === 0 && 1 / v < 0 ? "-0" : String(v);
        return;
      case "boolean":
        out += v ? "true" : "false";
        return;
      case "undefined":
        out += "undefined";
        return;
      case "function":
        out += "?function";
        return;
      case "symbol":
        out += "?symbol";
        return;
      case "bigint":
        out += "?bigint";
        return;
    }
    if (v === null) {
      out += "null";
      return;
    }
    if (depth >= MAX_DEPTH) {
      out += "?deep";
      return;
    }
    if (ancestors.includes(v)) {
      out += "?cycle";
      return;
    }
    const mark = out.length;
    ancestors.push(v);
    try {
      if (Array.isArray(v)) {
        // Read once: a Proxy's `length` may differ (or throw) on every read.
        const n = Number(v.length);
        if (n > MAX_ENTRIES) {
          out += "?huge" + count(n);
          return;
        }
        out += "[";
        for (let i = 0; i < n; i++) {
          if (i) out += ",";
          member(v, i, depth);
        }
        out += "]";
      } else {
        const keys = Object.keys(v);
        if (keys.length > MAX_ENTRIES || keys.some((k) => k.length > MAX_STRING)) {
          out += "?huge" + count(keys.length);
          return;
        }
        out += "{";
        for (let i = 0; i < keys.length; i++) {
          if (i) out += ",";
          out += quotedKey(keys[i]);
          if (out.length > MAX_PACKED) throw OVER_BUDGET;
          member(v, keys[i], depth);
        }
        out += "}";
      }
    } catch (e) {
      if (e === OVER_BUDGET) throw e;
      // Array.isArray, Object.keys or a nested read threw (a hostile Proxy).
      out = out.slice(0, mark) + "?unreadable";
    } finally {
      ancestors.pop();
    }
  }

  function member(container, key, depth) {
    let x;
    try {
      x = container[key];
    } catch {
      out += "?unreadable";
      return;
    }
    write(x, depth + 1);
  }

  try {
    write(value, 0);
  } catch (e) {
    // Over budget, or anything the engine threw outside a container.
    return e === OVER_BUDGET ? "?huge" : "?unreadable";
  }
  return out;
}
