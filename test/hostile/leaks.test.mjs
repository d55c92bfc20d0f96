// No leaks (SECURITY.md): account numbers are masked in every message,
// warning and param, in English and Korean, through every export that reads
// one; holder names are never echoed in an issue; and the shipped JS has no
// eval / new Function (so it runs under a strict CSP), no console use of
// its own, no storage, and no network use but fetching its own wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as ebp from "../../pkg/gen/ebp.node.js";
import * as portone from "../../pkg/gen/portone.node.js";
import * as nicepay from "../../pkg/gen/nicepay.node.js";
import * as toss from "../../pkg/gen/toss.node.js";
import * as portoneV2 from "../../pkg/gen/portone_v2.node.js";

// Every export of the package, from its three entries.
const api = { ...ebp, ...portone, ...nicepay, ...toss, ...portoneV2 };

const root = new URL("../../", import.meta.url);
const fx = (n) => JSON.parse(readFileSync(new URL(`tests/fixtures/${n}.json`, root), "utf8"));
const ORDER = fx("seed_order"); // VIRTUAL_ACCOUNT: the account is read and required
const LOCALES = ["en", "ko"];

/** The issues of a result (messages, params, paths) as one text: the payload is not an issue. */
const issueText = (r) => JSON.stringify([r.errors ?? [], r.warnings ?? []]);

/** Every export that reads a refund account, for one request and locale. */
function calls(request, locale) {
  const account = request.refundAccount;
  return {
    validate: () => api.validateCancelRequest(request, { locale }),
    "validate with order": () => api.validateCancelRequest(request, { order: ORDER, locale }),
    previewRefund: () => api.previewRefund(request, { locale }),
    toPortOneCancel: () => api.toPortOneCancel(request, { order: { ...ORDER, impUid: "imp_1" }, reason: "r", locale }),
    toNicePayCancel: () =>
      api.toNicePayCancel(request, { order: { ...ORDER, tid: "t1" }, reason: "r", orderId: "o1", ediDate: "2025-12-25T10:00:00+09:00", locale }),
    toTossCancel: () => api.toTossCancel(request, { order: { ...ORDER, paymentKey: "p1" }, cancelReason: "r", locale }),
    toPortOneV2Cancel: () => api.toPortOneV2Cancel(request, { order: { ...ORDER, paymentId: "p1" }, reason: "r", locale }),
    builder: () => api.CancelRequestBuilder.forOrder(ORDER).cancelAmount(3, 2000).refundAccount(account).build({ locale }),
    applyCancellation: () => api.applyCancellation(ORDER, request, { locale }),
  };
}

const withAccount = (patch) => {
  const r = fx("seed_partial_request");
  Object.assign(r.refundAccount, patch);
  return r;
};

// [given accountNumber, its digits, the masked form some issue must show (or null)]
const ACCOUNTS = [
  ["1234567890", "1234567890", null],
  ["123-456-7890", "1234567890", "12******90"],
  [" 110 2345 67890 ", "110234567890", "11********90"],
  [98765432101, "98765432101", "98*******01"],
  ["3333-4444-5555-6666-7777", "33334444555566667777", "33****************77"],
  ["12345x67890", "12345x67890", "12*******90"],
  ["٠١٢٣٤٥٦٧٨٩", "٠١٢٣٤٥٦٧٨٩", "٠١******٨٩"],
  ["1234", "1234", null],
];

test("account numbers are masked in every issue, every export, en and ko", () => {
  let masksSeen = 0;
  for (const [given, digits, masked] of ACCOUNTS) {
    for (const locale of LOCALES) {
      for (const [name, call] of Object.entries(calls(withAccount({ accountNumber: given }), locale))) {
        const r = call();
        const text = issueText(r);
        // The digits (and any 5-digit run of them) never appear in an issue.
        for (let i = 0; i + 5 <= digits.length; i++) {
          assert.ok(!text.includes(digits.slice(i, i + 5)), `${name} (${locale}) shows ${digits.slice(i, i + 5)} of ${given}: ${text}`);
        }
        if (typeof given === "string" && given.length >= 5) assert.ok(!text.includes(given), `${name} echoes ${given}`);
        if (masked && text.includes(masked)) masksSeen++;
      }
    }
  }
  // The issues do talk about the account (masked), so the check above was not vacuous.
  assert.ok(masksSeen >= 20, `masked forms seen ${masksSeen} times`);
});

test("an unsafe account number given as a number is not echoed", () => {
  for (const locale of LOCALES) {
    const r = api.validateCancelRequest(withAccount({ accountNumber: 9007199254740993 }), { locale });
    assert.deepEqual(r.errors.map((e) => e.code), ["ACCOUNT_NUMBER_UNSAFE"]);
    assert.ok(!issueText(r).includes("900719925474099"), issueText(r));
  }
});

test("holder names are never echoed in an issue", () => {
  const NAMES = [
    ["John Doe", null],
    ["홍길동", null],
    ["Alexander Hamilton-Smith", "PROVIDER_TOO_LONG"], // > 16 chars for PortOne
    ["홍길동님", "PROVIDER_TOO_LONG"], // 12 bytes > 10 for NicePay
    ["Zed".repeat(100), "TOO_LONG"],
    ["Robert'); DROP TABLE--", null],
  ];
  const fired = new Set();
  for (const [name, code] of NAMES) {
    for (const locale of LOCALES) {
      for (const [call, f] of Object.entries(calls(withAccount({ accountHolderName: name }), locale))) {
        const r = f();
        const text = issueText(r);
        assert.ok(!text.includes(name.slice(0, 12)), `${call} (${locale}) echoes the holder ${name}: ${text}`);
        for (const i of [...(r.errors ?? []), ...(r.warnings ?? [])]) {
          if (i.path === "refundAccount.accountHolderName") fired.add(i.code);
        }
      }
    }
    if (code) assert.ok(fired.has(code), `${code} raised for ${name}`);
  }
});

// --- the shipped JS, read as text ---

const shipped = () =>
  ["pkg/src/", "pkg/gen/"].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((f) => /\.(m?js|cjs)$/.test(f))
      .map((f) => [dir + f, readFileSync(new URL(dir + f, root), "utf8")]),
  );

const EVAL = [/\beval\s*\(/, /\bnew\s+Function\b/, /(^|[^.\w])Function\s*\(/, /\bset(Timeout|Interval)\s*\(\s*["'`]/, /\bWebAssembly\.compileStreaming\b.*\beval\b/];

test("the patterns find eval and new Function (self-check)", () => {
  for (const sample of ["eval('1')", "x = new Function('a', 'return a')", "Function('return this')()", "setTimeout(\"go()\", 1)"]) {
    assert.ok(EVAL.some((re) => re.test(sample)), sample);
  }
  assert.ok(!EVAL.some((re) => re.test("const f = makeFunction(); x.evaluate(1); typeof f === 'function'")));
});

test("no eval or new Function in the glue or the package sources", () => {
  const files = shipped();
  assert.ok(files.some(([f]) => f === "pkg/gen/ebp_wasm.js") && files.some(([f]) => f === "pkg/src/tape.js"), "the built glue is there (make build)");
  for (const [file, text] of files) {
    for (const re of EVAL) assert.ok(!re.test(text), `${file} matches ${re}`);
  }
});

test("no console, no network and no storage of their own in the package sources", () => {
  for (const [file, text] of shipped().filter(([f]) => f.startsWith("pkg/src/"))) {
    assert.ok(!/\bconsole\./.test(text), `${file} uses console`);
    assert.ok(!/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text), `${file} uses the network`);
  }
  for (const [file, text] of shipped()) {
    assert.ok(!/\b(localStorage|sessionStorage|indexedDB|document\.cookie|caches\.open)\b/.test(text), `${file} uses storage`);
  }
});

test("the wasm-bindgen glue logs only on a misconfigured init, and fetches only its own wasm", () => {
  for (const [file, text] of shipped().filter(([f]) => f.startsWith("pkg/gen/"))) {
    for (const line of text.split("\n").filter((l) => /\bconsole\./.test(l))) {
      assert.match(line, /console\.warn\((["'`])(`WebAssembly\.instantiateStreaming` failed|using deprecated parameters)/, `${file}: ${line.trim()}`);
    }
    const fetches = text.split("\n").filter((l) => /\bfetch\s*\(/.test(l));
    for (const line of fetches) assert.match(line, /fetch\(module_or_path\)/, `${file}: ${line.trim()}`);
    assert.ok(!/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text), `${file} uses the network`);
  }
});

test("no secret reaches the browser build: signing is a Node-only export", () => {
  const pkg = JSON.parse(readFileSync(new URL("pkg/package.json", root), "utf8"));
  // `ebp-cancel/server` (NicePay signData with the SecretKey) resolves only under the `node` condition.
  assert.deepEqual(Object.keys(pkg.exports["./server"]), ["node"]);
  // The browser entries never import it, nor node:crypto.
  for (const [file, text] of shipped().filter(([f]) => (/^pkg\/src\/.*\.js$/.test(f) && !f.endsWith("sign.js")) || /^pkg\/gen\/.*(browser|_wasm)\.js$/.test(f))) {
    assert.ok(!/sign\.js|node:crypto|createHash|secretKey/i.test(text), `${file} touches signing`);
  }
});
