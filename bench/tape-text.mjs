// The tape (pkg/src/tape.js) printed as the packed text the old packer
// (bench/baseline/pack-text.mjs) wrote for the same value: for the
// differential test of the tape writer against the packer it replaced
// (bench/pack-diff.mjs) and for the cap tests (test/hostile/tape.test.mjs),
// which read better as text. Test tooling only; never shipped.
import { T } from "../pkg/src/tape.js";
import { KEYS } from "../pkg/src/keys.js";

const decoder = new TextDecoder();

/** The packed text of each value in `bytes`, one string per value. */
export function tapeTexts(bytes) {
  let p = 0;
  const u32 = () => {
    const n = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0;
    p += 4;
    return n;
  };
  const str = () => {
    const n = u32();
    const s = decoder.decode(bytes.subarray(p, p + n));
    p += n;
    return s;
  };
  const counted = (word) => {
    const c = u32();
    return c ? `${word}:${c - 1}` : word;
  };
  const WORDS = { [T.UNDEF]: "undefined", [T.NULL]: "null", [T.FALSE]: "false", [T.TRUE]: "true", [T.FUNC]: "?function", [T.SYM]: "?symbol", [T.BIGINT]: "?bigint", [T.CYCLE]: "?cycle", [T.UNREAD]: "?unreadable", [T.DEEP]: "?deep" };
  function value() {
    const t = bytes[p++];
    if (t in WORDS) return WORDS[t];
    switch (t) {
      case T.INT:
        return String(u32());
      case T.NUM: {
        const n = bytes[p++];
        const s = decoder.decode(bytes.subarray(p, p + n));
        p += n;
        return s;
      }
      case T.STR:
        return JSON.stringify(str());
      case T.HUGE:
        return counted("?huge");
      case T.LONG:
        return counted("?long");
      case T.ARR: {
        const n = u32();
        const out = [];
        for (let i = 0; i < n; i++) out.push(value());
        return `[${out.join(",")}]`;
      }
      case T.OBJ: {
        const n = u32();
        const out = [];
        for (let i = 0; i < n; i++) {
          const k = bytes[p] === T.KEY ? KEYS.list[bytes[(p += 2) - 1]] : (p++, str());
          out.push(`${JSON.stringify(k)}:${value()}`);
        }
        return `{${out.join(",")}}`;
      }
    }
    throw new Error(`tape-text: tag ${t} at ${p - 1}`);
  }
  const out = [];
  while (p < bytes.length) out.push(value());
  return out;
}

/** The packed text of one value's tape. */
export const tapeText = (bytes) => tapeTexts(bytes).join("");

/**
 * The old packer's text as the core read it: JSON.stringify escapes a lone
 * surrogate (and only a lone one) as `\udXXX`, which the old reader turned
 * into U+FFFD; the tape carries U+FFFD itself (TextEncoder's reading).
 */
export const asRead = (packed) => packed.replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g, "$1\ufffd");
