// Types of `ebp-cancel/server` (Node only): NicePay signing with the
// merchant's SecretKey, which must never reach a browser.

/** hex(sha256(text)), UTF-8. */
export declare function sha256Hex(text: string): string;

/** NicePay `signData` for a cancel: hex(sha256(tid + ediDate + secretKey)); `null` when an argument is not a non-empty string. */
export declare function nicePaySignData(tid: string, ediDate: string, secretKey: string): string | null;

/**
 * The NicePay cancel body with `signData`, from a `toNicePayCancel` result:
 * `{ ...result.payload, signData }`, or `null` when the result is not ok,
 * has no `signingInput` (no `order.tid`), or the secret is missing.
 */
export declare function signNicePayCancel<P extends object>(
  result: { ok: boolean; payload: P | null; signingInput: string | null },
  secretKey: string,
): (P & { signData: string }) | null;

/** Checks a NicePay response's `signature` (hex(sha256(tid + amount + ediDate + secretKey))) in constant time; `false` for anything that does not verify. */
export declare function verifyNicePaySignature(response: unknown, secretKey: string): boolean;
