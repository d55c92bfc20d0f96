// Turns the core's compact result (src/render/json.rs, binary mode) into
// the JS objects an export returns: the shape JSON.parse of the same result
// as JSON text would give, built in one pass with no text in between. Only
// moves data: every value was decided by the core.
//
// Layout (little-endian), one tag byte, then
//   OBJ ... END, ARR ... END   members until END
//   KEY u8 id (a key of keys.js), KEYSTR u32 length + UTF-8: an object key
//   STR u32 length + UTF-8      UINT u32      F64 8 bytes
//   DEC f64 mantissa + u8 scale: mantissa / 10^scale (an exact integer
//       below 2^53 over a power of ten up to 10^22: IEEE division rounds it
//       to the same double as the decimal's text would parse to)
//   NUM u8 length + ASCII: Number(text)
//   NULL FALSE TRUE
import { KEYS } from "./keys.js";

export const R = { END: 0, OBJ: 1, ARR: 2, NULL: 3, FALSE: 4, TRUE: 5, KEY: 6, KEYSTR: 7, STR: 8, UINT: 9, F64: 10, DEC: 11, NUM: 12 };

const decoder = new TextDecoder();
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

let b;
let p;
let keys;

function u32() {
  const n = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  p += 4;
  return n;
}

function float() {
  for (let i = 0; i < 8; i++) f64Bytes[i] = b[p + i];
  p += 8;
  return f64[0];
}

function text(len) {
  const end = p + len;
  if (len <= 24) {
    // Short ASCII (codes, ids, paths): by hand; the decoder call costs more.
    let s = "";
    let i = p;
    for (; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) break;
      s += String.fromCharCode(c);
    }
    if (i === end) {
      p = end;
      return s;
    }
  }
  const s = decoder.decode(b.subarray(p, end));
  p = end;
  return s;
}

function value() {
  switch (b[p++]) {
    case R.OBJ: {
      const o = {};
      for (;;) {
        const t = b[p++];
        if (t === R.END) return o;
        const k = t === R.KEY ? keys[b[p++]] : text(u32());
        const v = value();
        // A key from the caller's data may be "__proto__": an own property, as JSON.parse makes it.
        if (k === "__proto__") Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
        else o[k] = v;
      }
    }
    case R.ARR: {
      const a = [];
      while (b[p] !== R.END) a.push(value());
      p++;
      return a;
    }
    case R.NULL:
      return null;
    case R.FALSE:
      return false;
    case R.TRUE:
      return true;
    case R.STR:
      return text(u32());
    case R.UINT:
      return u32();
    case R.F64:
      return float();
    case R.DEC: {
      const m = float();
      return m / POW10[b[p++]];
    }
    case R.NUM:
      return Number(text(b[p++]));
  }
  throw new Error(`ebp-cancel: unreadable result at byte ${p - 1}`);
}

/** The value the bytes hold (a copy out of wasm memory, owned by the caller). */
export function decode(bytes) {
  b = bytes;
  p = 0;
  keys = KEYS.list;
  try {
    return value();
  } finally {
    b = undefined;
  }
}
