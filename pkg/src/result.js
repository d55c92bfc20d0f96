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
//   STRAT u32 length in UTF-16 units: a string value out of the text
// A result with string values starts with TEXT u32 (the length of the value
// after it); the value is followed by the UTF-8 of its STRAT strings, in
// order: decoded once, each string is a slice of it.
import { KEYS } from "./keys.js";

// The tags (json.rs `tag`), as plain constants so the engine inlines them.
const END = 0;
const OBJ = 1;
const ARR = 2;
const NULL = 3;
const FALSE = 4;
const TRUE = 5;
const KEY = 6;
const KEYSTR = 7;
const STR = 8;
const UINT = 9;
const F64 = 10;
const DEC = 11;
const NUM = 12;
const TEXT = 13;
const STRAT = 14;

const decoder = new TextDecoder();
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

/** The string of the UTF-8 bytes [start, start + len): only keys not in the table and number texts, few and short. */
function text(b, start, len) {
  const end = start + len;
  let s = "";
  for (let i = start; i < end; i++) {
    if (b[i] >= 0x80) return decoder.decode(b.subarray(start, end));
    s += String.fromCharCode(b[i]);
  }
  return s;
}

const u32 = (b, p) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;

function float(b, p) {
  for (let i = 0; i < 8; i++) f64Bytes[i] = b[p + i];
  return f64[0];
}

/** Sets own property `k` of `o`, as JSON.parse does (also for "__proto__", a key from the caller's data). */
function define(o, k, v) {
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

// The objects every result is made of, as literals: an object whose keys
// come in exactly one of these orders is made by its literal (the engine
// builds it in one step, with fast properties), any other key by key.
// A speed-up only: the keys and their order are the core's; a shape not
// listed here, or listed but written otherwise, is built the same by keys.
const MAKERS = [
  (v, i) => ({ seq: v[i], itemType: v[i + 1], itemId: v[i + 2], quantity: v[i + 3], amount: v[i + 4], taxAmount: v[i + 5] }),
  (v, i) => ({ seq: v[i], itemId: v[i + 1], quantity: v[i + 2], amount: v[i + 3], taxAmount: v[i + 4], lineAmount: v[i + 5] }),
  (v, i) => ({ code: v[i], path: v[i + 1], segments: v[i + 2], message: v[i + 3], params: v[i + 4] }),
  (v, i) => ({ ok: v[i], kind: v[i + 1], errors: v[i + 2], warnings: v[i + 3], payload: v[i + 4], preview: v[i + 5] }),
  (v, i) => ({ orderNo: v[i], totalCancelAmount: v[i + 1], refundAccount: v[i + 2], items: v[i + 3] }),
  (v, i) => ({ accountNumber: v[i], bankCode: v[i + 1], accountHolderName: v[i + 2] }),
  (v, i) => ({
    totalCancelAmount: v[i],
    totalProductAmount: v[i + 1],
    totalProductTaxAmount: v[i + 2],
    totalDeliveryAmount: v[i + 3],
    totalDeliveryTaxAmount: v[i + 4],
    processedCount: v[i + 5],
    items: v[i + 6],
  }),
];

// The makers by their first key's id: [ids of its keys, maker] pairs.
// Built once per key table (the keys' names come from the wasm).
let shapes;
let shapesFor;
function shapeTable(keys) {
  const table = keys.map(() => []);
  for (const make of MAKERS) {
    const ids = Object.keys(make([], 0)).map((k) => KEYS.ids.get(k));
    if (!ids.includes(undefined)) table[ids[0]].push(ids, make);
  }
  return table;
}

/** The maker of the object whose key ids are ids[i..top), if it has one. */
function maker(ids, i, top) {
  const first = ids[i];
  if (typeof first !== "number") return undefined;
  const cands = shapes[first] ?? [];
  for (let c = 0; c < cands.length; c += 2) {
    const want = cands[c];
    if (want.length !== top - i) continue;
    let j = 1;
    while (j < want.length && want[j] === ids[i + j]) j++;
    if (j === want.length) return cands[c + 1];
  }
  return undefined;
}

// The members' keys (below) and the open containers' slots and kinds: kept
// between calls (no values), so they grow once.
const ids = [];
const starts = [];
const objs = [];

/**
 * The value the bytes hold (a copy out of wasm memory, owned by the caller).
 * One loop with the position in a local; each container's members are
 * gathered on one stack and the container is made at its END (an object by
 * its literal when its keys are a known shape, an array by one slice).
 */
export function decode(b) {
  let p = 0;
  // The string values' text, and where the next one starts in it.
  let all = "";
  let at = 0;
  if (b[0] === TEXT) {
    p = 5;
    all = decoder.decode(b.subarray(p + u32(b, 1)));
  }
  const keys = KEYS.list;
  if (shapesFor !== keys) {
    shapes = shapeTable(keys);
    shapesFor = keys;
  }
  // The members gathered so far: vals[j] a value, ids[j] its key (an id of
  // `keys`, or the key's text) in an object; top the next free slot.
  const vals = [];
  let top = 0;
  let depth = 0;
  let obj = false;
  read: for (;;) {
    let t = b[p++];
    let v;
    if (t === END && depth > 0) {
      depth--;
      // The container's own slot (its key, in an object), then its members.
      const slot = starts[depth];
      const i = slot + 1;
      if (obj) {
        // A known shape: its literal; else key by key.
        const make = top > i ? maker(ids, i, top) : undefined;
        if (make !== undefined) v = make(vals, i);
        else {
          v = {};
          for (let j = i; j < top; j++) {
            const k = ids[j];
            define(v, typeof k === "number" ? keys[k] : k, vals[j]);
          }
        }
      } else v = vals.slice(i, top);
      top = slot;
      obj = depth > 0 && objs[depth - 1];
    } else {
      if (obj) {
        if (t === KEY) ids[top] = b[p++];
        else if (t === KEYSTR) {
          const n = u32(b, p);
          ids[top] = text(b, p + 4, n);
          p += 4 + n;
        } else break;
        t = b[p++];
      }
      switch (t) {
        case OBJ:
        case ARR:
          obj = t === OBJ;
          starts[depth] = top++;
          objs[depth] = obj;
          depth++;
          continue;
        case NULL:
          v = null;
          break;
        case FALSE:
          v = false;
          break;
        case TRUE:
          v = true;
          break;
        case STR: {
          const n = u32(b, p);
          v = text(b, p + 4, n);
          p += 4 + n;
          break;
        }
        case STRAT: {
          const n = u32(b, p);
          v = all.slice(at, (at += n));
          p += 4;
          break;
        }
        case UINT:
          v = u32(b, p);
          p += 4;
          break;
        case F64:
          v = float(b, p);
          p += 8;
          break;
        case DEC:
          v = float(b, p) / POW10[b[p + 8]];
          p += 9;
          break;
        case NUM: {
          const n = b[p];
          v = Number(text(b, p + 1, n));
          p += 1 + n;
          break;
        }
        default:
          break read;
      }
    }
    if (depth === 0) return v;
    vals[top++] = v;
  }
  throw new Error(`ebp-cancel: unreadable result at byte ${p - 1}`);
}
