// Packs any JS value into the text the core reads (see src/packed.rs):
// JSON, plus tokens for what JSON loses, so the core can report a wrong type
// at its path. This file only packs; it never judges a value.
//
// - numbers: the engine's shortest round-trip text (`String(n)`), `-0` kept;
//   NaN / Infinity / -Infinity as words
// - `undefined`, and `?function`, `?symbol`, `?bigint`
// - `?cycle` for an object inside itself, `?unreadable` where a getter or a
//   Proxy trap throws, `?deep` past MAX_DEPTH, `?huge` for arrays longer
//   than MAX_ARRAY (so `new Array(1e9)` cannot hang the page)

const MAX_DEPTH = 64;
const MAX_ARRAY = 1_000_000;

export function pack(value) {
  let out = "";
  const ancestors = [];

  function write(v, depth) {
    switch (typeof v) {
      case "string":
        out += JSON.stringify(v);
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
        const n = v.length;
        if (n > MAX_ARRAY) {
          out += "?huge";
          return;
        }
        out += "[";
        for (let i = 0; i < n; i++) {
          if (i) out += ",";
          member(v, i, depth);
        }
        out += "]";
      } else {
        out += "{";
        const keys = Object.keys(v);
        for (let i = 0; i < keys.length; i++) {
          if (i) out += ",";
          out += JSON.stringify(keys[i]) + ":";
          member(v, keys[i], depth);
        }
        out += "}";
      }
    } catch {
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

  write(value, 0);
  return out;
}
