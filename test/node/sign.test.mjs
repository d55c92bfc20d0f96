// The server-only NicePay signing helper, against fixed SHA-256 vectors
// (computed independently with coreutils `sha256sum`), and the guarantee
// that the browser bundle has no code path that signs with a secret.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import {
  sha256Hex,
  nicePaySignData,
  signNicePayCancel,
  verifyNicePaySignature,
} from "../../pkg/src/sign.js";

const TID = "nictest00m01012303141234567890";
const SECRET = "sandbox-secret-key";
// printf '%s' 'nictest00m01012303141234567890''2023-03-14T12:34:56.000+09:00''sandbox-secret-key' | sha256sum
const SIGN_DATA = "04855ff7a9e1b4af4a0a20f19f4319ecbb306241fc27c5dcb79cf2549c7d496c";
// printf '%s' 'nictest00m01012303141234567890''1004''2023-03-14T12:35:00.000+0900''sandbox-secret-key' | sha256sum
const SIGNATURE = "6cb9c7721df991503d1822a976ee04cc090c237ccb5d692b5dc0da28d9225592";

test("sha256Hex matches the FIPS 180-2 'abc' vector", () => {
  assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("nicePaySignData is hex(sha256(tid + ediDate + secret))", () => {
  assert.equal(nicePaySignData(TID, "2023-03-14T12:34:56.000+09:00", SECRET), SIGN_DATA);
  assert.equal(nicePaySignData(TID, "2023-03-14T12:34:56.000+09:00", ""), null);
  assert.equal(nicePaySignData(undefined, "x", SECRET), null);
});

test("signNicePayCancel adds signData from signingInput, and only for an ok result", () => {
  const payload = { reason: "r", orderId: "o-1", ediDate: "2023-03-14T12:34:56.000+09:00" };
  const result = { ok: true, payload, signingInput: TID + payload.ediDate };
  assert.deepEqual(signNicePayCancel(result, SECRET), { ...payload, signData: SIGN_DATA });
  assert.equal(payload.signData, undefined, "the input payload is not modified");
  assert.equal(signNicePayCancel({ ...result, ok: false }, SECRET), null);
  assert.equal(signNicePayCancel({ ...result, signingInput: null }, SECRET), null);
  assert.equal(signNicePayCancel(result, undefined), null);
  assert.equal(signNicePayCancel(null, SECRET), null);
});

test("verifyNicePaySignature checks hex(sha256(tid + amount + ediDate + secret))", () => {
  const body = { tid: TID, amount: 1004, ediDate: "2023-03-14T12:35:00.000+0900", signature: SIGNATURE };
  assert.equal(verifyNicePaySignature(body, SECRET), true);
  assert.equal(verifyNicePaySignature(JSON.stringify(body), SECRET), true);
  assert.equal(verifyNicePaySignature({ ...body, signature: SIGNATURE.toUpperCase() }, SECRET), true);
  assert.equal(verifyNicePaySignature({ ...body, amount: 1005 }, SECRET), false);
  assert.equal(verifyNicePaySignature({ ...body, signature: SIGNATURE.slice(1) }, SECRET), false);
  assert.equal(verifyNicePaySignature(body, "other-secret"), false);
  assert.equal(verifyNicePaySignature({ ...body, signature: undefined }, SECRET), false);
  assert.equal(verifyNicePaySignature("{not json", SECRET), false);
});

test("the browser bundle has no signing code path that takes a secret", () => {
  const pkg = new URL("../../pkg/", import.meta.url);
  const files = [
    ...readdirSync(new URL("gen/", pkg)).filter((f) => /\.(m?js|wasm)$/.test(f)).map((f) => "gen/" + f),
    ...readdirSync(new URL("src/", pkg)).filter((f) => f.endsWith(".js") && f !== "sign.js").map((f) => "src/" + f),
  ];
  const forbidden = /createHash|node:crypto|subtle\.digest|secretKey/i;
  let checked = 0;
  for (const f of files) {
    let text;
    try {
      text = readFileSync(new URL(f, pkg)).toString("latin1");
    } catch {
      continue; // not built or not written yet
    }
    checked++;
    assert.doesNotMatch(text, forbidden, `${f} must not contain a signing path`);
  }
  assert.ok(checked >= 3, "the browser files were found");
  // And no browser entry reaches sign.js.
  for (const f of readdirSync(new URL("gen/", pkg)).filter((f) => f.endsWith(".browser.js"))) {
    assert.doesNotMatch(readFileSync(new URL(`gen/${f}`, pkg), "utf8"), /sign\.js/, f);
  }
});
