// Server-only NicePay signing (Node). Exported from `ebp-cancel/server`
// only, never from the browser entry: `signData` needs the merchant's
// SecretKey, and a secret in a browser is a secret published.
//
// The browser (or any caller) gets from `toNicePayCancel` a payload without
// `signData` plus `signingInput` (= tid + ediDate); the server appends its
// SecretKey and hashes:
//
//   signData  = hex(sha256(tid + ediDate + SecretKey))            (request)
//   signature = hex(sha256(tid + amount + ediDate + SecretKey))   (response)
//
// Like the rest of the package, nothing here throws on bad data: a value
// that cannot be signed gives `null`, a signature that cannot be checked
// gives `false`.

import { createHash, timingSafeEqual } from "node:crypto";

const isText = (s) => typeof s === "string" && s.length > 0;

/** hex(sha256(text)), UTF-8. */
export function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** NicePay `signData` for a cancel: hex(sha256(tid + ediDate + secretKey)); `null` when an argument is not a non-empty string. */
export function nicePaySignData(tid, ediDate, secretKey) {
  if (!isText(tid) || !isText(ediDate) || !isText(secretKey)) return null;
  return sha256Hex(tid + ediDate + secretKey);
}

/**
 * The NicePay cancel body with `signData`, from a `toNicePayCancel` result:
 * `{ ...result.payload, signData }`, or `null` when the result is not ok,
 * has no `signingInput` (no `order.tid`), or the secret is missing.
 */
export function signNicePayCancel(result, secretKey) {
  try {
    if (!result || result.ok !== true || !result.payload || !isText(result.signingInput) || !isText(secretKey)) {
      return null;
    }
    return { ...result.payload, signData: sha256Hex(result.signingInput + secretKey) };
  } catch {
    return null;
  }
}

/**
 * Checks a NicePay response's `signature` (hex(sha256(tid + amount + ediDate
 * + secretKey))) in constant time. `response` is the body, as an object or
 * JSON text. `false` for anything that does not verify.
 */
export function verifyNicePaySignature(response, secretKey) {
  try {
    const body = typeof response === "string" ? JSON.parse(response) : response;
    if (!body || !isText(secretKey)) return false;
    const { tid, amount, ediDate, signature } = body;
    if (!isText(tid) || !isText(ediDate) || !isText(signature)) return false;
    if (!(typeof amount === "number" && Number.isSafeInteger(amount)) && !(typeof amount === "string" && /^\d+$/.test(amount))) {
      return false;
    }
    const expected = Buffer.from(sha256Hex(tid + String(amount) + ediDate + secretKey), "utf8");
    const given = Buffer.from(signature.toLowerCase(), "utf8");
    return expected.length === given.length && timingSafeEqual(expected, given);
  } catch {
    return false;
  }
}
