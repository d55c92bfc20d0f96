// Writes any JS value as the tape the core reads (src/input/tape.rs): one
// walk of the value, bytes straight into a reused buffer, nothing judged.
// What JSON loses (undefined, -0, cycles...) goes as tags. Never throws:
// whatever a getter, a Proxy trap or the engine throws becomes a tag.
//
// Layout (little-endian): one tag byte, then
//   STR   u32 byte length, UTF-8 (lone surrogates as U+FFFD, as TextEncoder)
//   INT   u32: an integer 0 ≤ n < 2^31 (not -0)
//   NUM   u8 length, the number's text: the engine's shortest round trip
//         (`String(n)`), `-0` kept, `NaN` / `Infinity` / `-Infinity`
//   ARR   u32 count, then each member
//   OBJ   u32 count, then each key (KEY u8 id of a known key, or STR) and value
//   HUGE, LONG  u32 count + 1 (0: unknown)
//   UNDEF NULL FALSE TRUE FUNC SYM BIGINT CYCLE UNREAD DEEP: nothing more
//
// Caps, so hostile input costs bounded time and wasm memory (which never
// shrinks once grown) before the core sees it:
// - LONG:N for a string of N > MAX_STRING UTF-16 units (not copied)
// - HUGE:N for an array or object of N > MAX_ENTRIES entries (not walked;
//   `new Array(1e9)` cannot hang the page)
// - the whole value as HUGE (no count) when the tape passes MAX_TAPE bytes
import { KEYS } from "./keys.js";

export const T = {
  UNDEF: 0, NULL: 1, FALSE: 2, TRUE: 3, NUM: 4, STR: 5, ARR: 6, OBJ: 7, KEY: 8,
  FUNC: 9, SYM: 10, BIGINT: 11, CYCLE: 12, UNREAD: 13, DEEP: 14, HUGE: 15, LONG: 16, INT: 17,
};

const MAX_DEPTH = 64;
/** The longest list any input may have (the core's MAX_ITEMS). */
const MAX_ENTRIES = 10_000;
/** No field takes more than a few hundred characters; a response body a few MB. */
const MAX_STRING = 4 * 1024 * 1024;
const MAX_TAPE = 16 * 1024 * 1024;
const OVER_BUDGET = Symbol("over budget");

const encoder = new TextEncoder();
let buf = new Uint8Array(64 * 1024);
let cap = buf.length;
let view = new DataView(buf.buffer);
let pos = 0;

/** Makes room for `n` more bytes (the buffer is kept for the next call). */
function room(n) {
  if (pos + n <= cap) return;
  const next = new Uint8Array(Math.max(cap * 2, pos + n));
  next.set(buf.subarray(0, pos));
  buf = next;
  cap = next.length;
  view = new DataView(next.buffer);
}

/** Past the budget, the whole value is HUGE (checked after each string and number). */
function budget() {
  if (pos > MAX_TAPE) throw OVER_BUDGET;
}

function u32(n) {
  view.setUint32(pos, n, true);
  pos += 4;
}

/** `count` for HUGE / LONG: N + 1, or 0 when N is not a safe count below 2^32 - 1. */
const count = (n) => (Number.isSafeInteger(n) && n >= 0 && n < 0xffffffff ? n + 1 : 0);

function string(s) {
  const n = s.length;
  if (n > MAX_STRING) {
    room(5);
    buf[pos++] = T.LONG;
    u32(count(n));
    return;
  }
  room(5 + 3 * n);
  const b = buf;
  const start = pos + 5;
  b[pos] = T.STR;
  let i = 0;
  // ASCII by hand (most strings here are short codes and ids), the rest by
  // the engine's encoder.
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    b[start + i] = c;
  }
  const len = i < n ? i + encoder.encodeInto(i ? s.slice(i) : s, b.subarray(start + i)).written : n;
  view.setUint32(pos + 1, len, true);
  pos = start + len;
  budget();
}

function number(v) {
  room(26);
  buf[pos] = T.NUM;
  if (v >= 0 && v <= 0x7fffffff && (v | 0) === v && (v !== 0 || 1 / v > 0)) {
    // A small non-negative integer (most numbers here: seq, quantity, KRW
    // amounts): its bits, without making a string.
    buf[pos++] = T.INT;
    u32(v);
    return budget();
  }
  const s = v === 0 ? "-0" : String(v);
  buf[pos + 1] = s.length;
  for (let i = 0; i < s.length; i++) buf[pos + 2 + i] = s.charCodeAt(i);
  pos += 2 + s.length;
  budget();
}

function tag(t) {
  room(1);
  buf[pos++] = t;
}

// The value's ancestors, ancestors[d] for d < depth (deeper slots stale,
// all emptied after each call).
const ancestors = [];

// The key ids of the last object at each depth of each argument (the lines
// of `items` share one; comparing keys is cheaper than looking them up),
// kept between calls unless a key was unknown. null: too many keys, or one
// too long.
const SHAPES = [];
let shapes;
let shapesFor;
let unknown = false;
function idsOf(keys, depth) {
  const last = shapes[depth];
  if (last !== undefined && last.keys.length === keys.length) {
    let i = 0;
    while (i < keys.length && keys[i] === last.keys[i]) i++;
    if (i === keys.length) return last.ids;
  }
  if (keys.length > MAX_ENTRIES || keys.some((k) => k.length > MAX_STRING)) return null;
  const ids = keys.map((k) => KEYS.ids.get(k) ?? -1);
  if (ids.includes(-1)) unknown = true;
  shapes[depth] = { keys, ids };
  return ids;
}

function write(v, depth) {
  switch (typeof v) {
    case "string":
      return string(v);
    case "number":
      return number(v);
    case "boolean":
      return tag(v ? T.TRUE : T.FALSE);
    case "undefined":
      return tag(T.UNDEF);
    case "function":
      return tag(T.FUNC);
    case "symbol":
      return tag(T.SYM);
    case "bigint":
      return tag(T.BIGINT);
  }
  if (v === null) return tag(T.NULL);
  if (depth >= MAX_DEPTH) return tag(T.DEEP);
  for (let d = 0; d < depth; d++) if (ancestors[d] === v) return tag(T.CYCLE);
  ancestors[depth] = v;
  const mark = pos;
  try {
    if (Array.isArray(v)) {
      // Read once: a Proxy's `length` may differ (or throw) on every read.
      const n = Number(v.length);
      room(5);
      if (n > MAX_ENTRIES) {
        buf[pos++] = T.HUGE;
        u32(count(n));
        return;
      }
      buf[pos++] = T.ARR;
      u32(n);
      for (let i = 0; i < n; i++) member(v, i, depth);
    } else {
      const keys = Object.keys(v);
      const n = keys.length;
      room(5);
      const ids = idsOf(keys, depth);
      if (ids === null) {
        buf[pos++] = T.HUGE;
        u32(count(n));
        return;
      }
      buf[pos++] = T.OBJ;
      u32(n);
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        const id = ids[i];
        if (id < 0) string(k);
        else {
          room(2);
          buf[pos] = T.KEY;
          buf[pos + 1] = id;
          pos += 2;
        }
        member(v, k, depth);
      }
    }
  } catch (e) {
    if (e === OVER_BUDGET) throw e;
    // Array.isArray, Object.keys or a nested read threw (a hostile Proxy).
    pos = mark;
    tag(T.UNREAD);
  }
}

function member(container, key, depth) {
  let x;
  try {
    x = container[key];
  } catch {
    return tag(T.UNREAD);
  }
  // Strings and numbers (most members) without a call of the recursive write.
  if (typeof x === "string") string(x);
  else if (typeof x === "number") number(x);
  else write(x, depth + 1);
}

/**
 * The tape of `values`, one after the other (a call's arguments), as a view
 * of the reused buffer: valid until the next call.
 */
export function tape(values) {
  // A buffer grown by one big input is not kept for every later call.
  if (cap > 1024 * 1024) {
    buf = new Uint8Array(64 * 1024);
    cap = buf.length;
    view = new DataView(buf.buffer);
  }
  pos = 0;
  if (shapesFor !== KEYS.ids) {
    SHAPES.length = 0;
    shapesFor = KEYS.ids;
  }
  for (let a = 0; a < values.length; a++) {
    const v = values[a];
    const start = pos;
    shapes = SHAPES[a] ??= [];
    try {
      write(v, 0);
    } catch (e) {
      // Over budget, or anything the engine threw outside a container.
      pos = start;
      room(5);
      buf[pos++] = e === OVER_BUDGET ? T.HUGE : T.UNREAD;
      if (e === OVER_BUDGET) u32(0);
    }
  }
  ancestors.length = 0;
  if (unknown) {
    SHAPES.length = 0;
    unknown = false;
  }
  return buf.subarray(0, pos);
}
