// Hostile inputs, shared by the Node suite (hostile.test.mjs) and the
// headless Chromium page (page.mjs): the same cases, the same checks.
//
// Each case builds its input afresh (`input()`), names the export it calls,
// and checks the answer (`check(result)` returns a complaint or "").
// `runCase` times the call, and right after it validates the seed request,
// which must still be ok: no input may leave the module broken.
//
// No Node-only API here (no node:assert), so the page can import it.

export const MB = 1024 * 1024;
/** Every case must answer within this (ms); generous for a loaded CI box. */
export const DEFAULT_MAX_MS = 1000;
/** The big ones (100,000 items, 10 MB strings, 10,000 levels). */
export const BIG_MAX_MS = 2000;

const codes = (r, list = "errors") => (Array.isArray(r?.[list]) ? r[list].map((i) => `${i.code}@${i.path}`) : []);
const has = (code, path, list = "errors") => (r) =>
  codes(r, list).includes(`${code}@${path}`) ? "" : `expected ${code} at "${path}" in ${list}, got ${JSON.stringify(codes(r, list))}`;
const param = (code, path, name, value) => (r) => {
  const i = (r?.errors ?? []).find((e) => e.code === code && e.path === path);
  if (!i) return `expected ${code} at "${path}", got ${JSON.stringify(codes(r))}`;
  return i.params?.[name] === value ? "" : `${code}.${name} = ${JSON.stringify(i.params?.[name])}, expected ${JSON.stringify(value)}`;
};
const isOk = (r) => (r?.ok === true ? "" : `expected ok, got ${JSON.stringify(codes(r))}`);
const all = (...checks) => (r) => checks.map((c) => c(r)).filter(Boolean).join("; ");
/** The answer's JSON stays small: no hostile input is echoed back whole. */
const small = (max = 64 * 1024) => (r) => {
  const n = JSON.stringify(r).length;
  return n <= max ? "" : `answer is ${n} chars (max ${max})`;
};

/** A structured result: `{ ok, errors[], warnings[] }`, each issue with code/path/message. */
export function shapeProblem(r) {
  if (r === null || typeof r !== "object") return `not an object: ${typeof r}`;
  if (typeof r.ok !== "boolean") return "no boolean ok";
  for (const list of ["errors", "warnings"]) {
    if (!Array.isArray(r[list])) return `no ${list} array`;
    for (const i of r[list]) {
      if (typeof i.code !== "string" || typeof i.path !== "string" || typeof i.message !== "string" || !i.message) {
        return `malformed issue ${JSON.stringify(i).slice(0, 200)}`;
      }
    }
  }
  if (r.ok !== (r.errors.length === 0)) return "ok is not 'no errors'";
  return "";
}

function deep(levels, leaf = 1) {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

function deepArray(levels) {
  let v = [];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

/** The cases, built around the seed request (tests/fixtures/seed_full_request.json). */
export function hostileCases(seed) {
  const copy = () => JSON.parse(JSON.stringify(seed));
  const withItem = (patch) => {
    const r = copy();
    Object.assign(r.items[0], patch);
    return r;
  };
  const throwing = (trap) =>
    new Proxy(copy(), {
      [trap]() {
        throw new Error(`hostile ${trap}`);
      },
    });
  const cases = [
    // --- not an object at all ---
    { name: "null", input: () => null, check: has("REQUIRED", "") },
    { name: "undefined", input: () => undefined, check: has("REQUIRED", "") },
    { name: "number", input: () => 42, check: has("WRONG_TYPE", "") },
    { name: "string", input: () => "orderNo=1", check: has("WRONG_TYPE", "") },
    { name: "array", input: () => [copy()], check: has("WRONG_TYPE", "") },
    { name: "function", input: () => () => copy(), check: has("WRONG_TYPE", "") },
    { name: "symbol", input: () => Symbol("x"), check: has("WRONG_TYPE", "") },
    { name: "BigInt", input: () => 10n, check: has("WRONG_TYPE", "") },
    { name: "BigInt amount", input: () => withItem({ amount: 50000n }), check: has("WRONG_TYPE", "items[0].amount") },
    // --- objects that fight back ---
    // Keys are listed (default traps), every read throws: each field is unreadable.
    { name: "Proxy throwing on get", input: () => throwing("get"), check: all(has("WRONG_TYPE", "orderNo"), has("WRONG_TYPE", "items")) },
    { name: "Proxy throwing on ownKeys", input: () => throwing("ownKeys"), check: has("WRONG_TYPE", "") },
    { name: "Proxy throwing on getOwnPropertyDescriptor", input: () => throwing("getOwnPropertyDescriptor"), check: has("WRONG_TYPE", "") },
    {
      name: "revoked Proxy",
      input: () => {
        const { proxy, revoke } = Proxy.revocable(copy(), {});
        revoke();
        return proxy;
      },
      check: has("WRONG_TYPE", ""),
    },
    {
      name: "Proxy array with a changing length",
      input: () => {
        let n = 1;
        const r = copy();
        r.items = new Proxy(r.items, { get: (t, k) => (k === "length" ? n++ * 1e9 : t[k]) });
        return r;
      },
      check: has("TOO_MANY_ITEMS", "items"),
    },
    {
      name: "getter that throws",
      input: () => {
        const r = copy();
        Object.defineProperty(r, "orderNo", { enumerable: true, get() { throw new Error("no"); } });
        return r;
      },
      check: all(has("WRONG_TYPE", "orderNo"), (r) => (r.errors.length === 1 ? "" : "only orderNo is wrong")),
    },
    {
      name: "cyclic object",
      input: () => {
        const r = copy();
        r.self = r;
        r.items[0].parent = r.items;
        return r;
      },
      check: all(has("UNKNOWN_FIELD", "self", "warnings"), has("UNKNOWN_FIELD", "items[0].parent", "warnings"), isOk),
    },
    {
      name: "cyclic value in a read field",
      input: () => {
        const r = copy();
        r.refundAccount = { accountNumber: null };
        r.refundAccount.accountNumber = r.refundAccount;
        return r;
      },
      check: has("WRONG_TYPE", "refundAccount.accountNumber"),
    },
    {
      name: "__proto__ key (JSON.parse)",
      input: () => JSON.parse(JSON.stringify(seed).replace("{", '{"__proto__":{"ok":true,"orderNo":"X"},')),
      check: all(has("UNKNOWN_FIELD", "__proto__", "warnings"), isOk),
    },
    {
      name: "__proto__ and constructor keys (defineProperty)",
      input: () => {
        const r = copy();
        Object.defineProperty(r, "__proto__", { value: { polluted: true }, enumerable: true });
        Object.defineProperty(r, "constructor", { value: "x", enumerable: true });
        return r;
      },
      check: all(has("UNKNOWN_FIELD", "__proto__", "warnings"), has("UNKNOWN_FIELD", "constructor", "warnings"), isOk),
    },
    { name: "frozen object", input: () => Object.freeze(copy()), check: isOk },
    { name: "null prototype", input: () => Object.assign(Object.create(null), copy()), check: isOk },
    {
      name: "inherited fields are not read",
      input: () => Object.create(copy()),
      check: has("REQUIRED", "orderNo"),
    },
    { name: "typed array as items", input: () => ({ ...copy(), items: new Uint8Array(3) }), check: has("WRONG_TYPE", "items") },
    { name: "large typed array as items", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), items: new Float64Array(1e6) }), check: param("TOO_MANY_ITEMS", "items", "count", 1e6) },
    { name: "Date", input: () => new Date(0), check: has("REQUIRED", "orderNo") },
    { name: "Date amount", input: () => withItem({ amount: new Date(0) }), check: has("WRONG_TYPE", "items[0].amount") },
    { name: "Map", input: () => new Map(Object.entries(copy())), check: has("REQUIRED", "orderNo") },
    // --- size ---
    {
      name: "100,000 items",
      maxMs: BIG_MAX_MS,
      input: () => ({ ...copy(), items: Array.from({ length: 100_000 }, (_, i) => ({ ...seed.items[0], seq: i + 1 })) }),
      check: all(param("TOO_MANY_ITEMS", "items", "count", 100_000), small()),
    },
    { name: "sparse array of 1e9", input: () => ({ ...copy(), items: new Array(1e9) }), check: param("TOO_MANY_ITEMS", "items", "count", 1e9) },
    {
      name: "10,001 items (just over the cap)",
      maxMs: BIG_MAX_MS,
      input: () => ({ ...copy(), items: Array.from({ length: 10_001 }, (_, i) => ({ ...seed.items[0], seq: i + 1 })) }),
      check: param("TOO_MANY_ITEMS", "items", "count", 10_001),
    },
    {
      name: "100,000 unknown keys",
      maxMs: BIG_MAX_MS,
      input: () => {
        const r = copy();
        for (let i = 0; i < 100_000; i++) r[`k${i}`] = i;
        return r;
      },
      check: all(has("WRONG_TYPE", ""), small()),
    },
    { name: "1 MB orderNo", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), orderNo: "x".repeat(MB) }), check: all(param("TOO_LONG", "orderNo", "length", MB), small()) },
    { name: "10 MB orderNo", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), orderNo: "x".repeat(10 * MB) }), check: all(param("TOO_LONG", "orderNo", "length", 10 * MB), small()) },
    { name: "10 MB Hangul holder name", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), refundAccount: { ...seed.refundAccount, accountHolderName: "한".repeat(10 * MB) } }), check: all(has("TOO_LONG", "refundAccount.accountHolderName"), small()) },
    { name: "1 MB string in an unknown field", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), note: "x".repeat(MB) }), check: all(has("UNKNOWN_FIELD", "note", "warnings"), isOk, small()) },
    { name: "10 MB string in an unknown field", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), note: "x".repeat(10 * MB) }), check: all(has("UNKNOWN_FIELD", "note", "warnings"), isOk, small()) },
    { name: "1 MB unknown key", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), ["k".repeat(MB)]: 1 }), check: all(isOk, small()) },
    { name: "1 MB account number", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), refundAccount: { ...seed.refundAccount, accountNumber: "1".repeat(MB) } }), check: all(param("TOO_LONG", "refundAccount.accountNumber", "length", MB), small()) },
    { name: "1 MB amount string", maxMs: BIG_MAX_MS, input: () => withItem({ amount: "9".repeat(MB) }), check: all(has("MONEY_TOO_LARGE", "items[0].amount"), small()) },
    {
      name: "20 MB in total (over the packing budget)",
      maxMs: BIG_MAX_MS,
      input: () => {
        const r = copy();
        for (let i = 0; i < 6; i++) r[`f${i}`] = String(i).repeat(3.5 * MB);
        return r;
      },
      check: all(has("WRONG_TYPE", ""), small()),
    },
    { name: "10,000 levels in an unknown field", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), extra: deep(10_000) }), check: all(has("UNKNOWN_FIELD", "extra", "warnings"), isOk) },
    { name: "10,000 nested arrays in an unknown field", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), extra: deepArray(10_000) }), check: all(has("UNKNOWN_FIELD", "extra", "warnings"), isOk) },
    { name: "10,000 levels as refundAccount", maxMs: BIG_MAX_MS, input: () => ({ ...copy(), refundAccount: deep(10_000) }), check: has("UNKNOWN_FIELD", "refundAccount.a", "warnings") },
    { name: "10,000 levels as the request", maxMs: BIG_MAX_MS, input: () => deep(10_000), check: has("REQUIRED", "orderNo") },
    // --- numbers ---
    { name: "NaN amount", input: () => withItem({ amount: NaN }), check: has("MONEY_NOT_FINITE", "items[0].amount") },
    { name: "Infinity amount", input: () => withItem({ amount: Infinity }), check: has("MONEY_NOT_FINITE", "items[0].amount") },
    { name: "-Infinity total", input: () => ({ ...copy(), totalCancelAmount: -Infinity }), check: has("MONEY_NOT_FINITE", "totalCancelAmount") },
    { name: "-0 amount", input: () => withItem({ amount: -0 }), check: has("AMOUNT_NOT_POSITIVE", "items[0].amount") },
    { name: "-0 taxAmount", input: () => withItem({ taxAmount: -0 }), check: has("MONEY_NEGATIVE", "items[0].taxAmount") },
    { name: "1e308 amount", input: () => withItem({ amount: 1e308 }), check: has("MONEY_TOO_LARGE", "items[0].amount") },
    { name: "5e-324 amount", input: () => withItem({ amount: 5e-324 }), check: has("MONEY_SCALE", "items[0].amount") },
    { name: "NaN quantity", input: () => withItem({ quantity: NaN }), check: has("QUANTITY_INVALID", "items[0].quantity") },
    { name: "1e21 seq", input: () => withItem({ seq: 1e21 }), check: has("SEQ_INVALID", "items[0].seq") },
    { name: '"5e4" amount string', input: () => withItem({ amount: "5e4" }), check: has("MONEY_FORMAT", "items[0].amount") },
    { name: '"50,000" amount string', input: () => withItem({ amount: "50,000" }), check: has("MONEY_FORMAT", "items[0].amount") },
    { name: '"1_000" amount string', input: () => withItem({ amount: "1_000" }), check: has("MONEY_FORMAT", "items[0].amount") },
    { name: '" 50000 " amount string', input: () => withItem({ amount: " 50000 " }), check: has("MONEY_FORMAT", "items[0].amount") },
    { name: '"Infinity" amount string', input: () => withItem({ amount: "Infinity" }), check: has("MONEY_FORMAT", "items[0].amount") },
    { name: "Number object amount", input: () => withItem({ amount: new Number(50000) }), check: has("WRONG_TYPE", "items[0].amount") },
    // --- text ---
    {
      name: "lone surrogates in the holder name",
      input: () => ({ ...copy(), refundAccount: { ...seed.refundAccount, accountHolderName: "Jo\uD800hn\uDFFF" } }),
      check: all(isOk, (r) => (r.payload.refundAccount.accountHolderName === "Jo\uFFFDhn\uFFFD" ? "" : `holder ${JSON.stringify(r.payload.refundAccount.accountHolderName)}`)),
    },
    {
      name: "zero-width characters only as holder name",
      input: () => ({ ...copy(), refundAccount: { ...seed.refundAccount, accountHolderName: "\u200B\u200D\uFEFF" } }),
      check: has("BLANK", "refundAccount.accountHolderName"),
    },
    { name: "zero-width characters in itemId", input: () => withItem({ itemId: "P\u200B001" }), check: isOk },
    { name: "NUL and controls in orderNo", input: () => ({ ...copy(), orderNo: "ORD\u0000\u001b[31m" }), check: (r) => shapeProblem(r) },
    { name: "bidi override in a key", input: () => ({ ...copy(), ["\u202Eevil"]: 1 }), check: all(isOk, has("UNKNOWN_FIELD", '["\u202Eevil"]', "warnings")) },
  ];
  return cases;
}

/** Options that fight back (the request is the seed). */
export function hostileOptions() {
  return [
    { name: "options: Proxy throwing on ownKeys", options: () => new Proxy({}, { ownKeys() { throw new Error("x"); } }), check: has("WRONG_TYPE", "options") },
    { name: "options: number", options: () => 7, check: has("WRONG_TYPE", "options") },
    { name: "options: locale as a getter that throws", options: () => Object.defineProperty({}, "locale", { enumerable: true, get() { throw new Error("x"); } }), check: has("LOCALE_UNSUPPORTED", "options.locale", "warnings") },
    { name: "options: 1 MB currency", options: () => ({ currency: "K".repeat(MB) }), check: all(has("OPTION_INVALID", "options.currency"), small()) },
    { name: "options: cyclic", options: () => { const o = { locale: "ko" }; o.o = o; return o; }, check: has("UNKNOWN_FIELD", "options.o", "warnings") },
  ];
}

/**
 * Calls `call`, timing it; checks the answer's shape and `check`; then
 * validates the seed, which must still be ok. `allow`: Error codes that may
 * be thrown instead (documented programmer errors).
 */
export function runCase(api, seed, name, call, check, maxMs = DEFAULT_MAX_MS, allow = [], shape = shapeProblem) {
  const t0 = performance.now();
  let result;
  let threw = null;
  try {
    result = call();
  } catch (e) {
    threw = e;
  }
  const ms = performance.now() - t0;
  const problems = [];
  const thrownCode = threw instanceof Error && allow.includes(threw.code) ? threw.code : null;
  if (threw && !thrownCode) problems.push(`threw ${threw?.name}: ${threw?.message} (code ${threw?.code})`);
  if (!threw) {
    const p = shape(result) || check(result);
    if (p) problems.push(p);
  }
  if (ms > maxMs) problems.push(`took ${ms.toFixed(0)} ms (max ${maxMs})`);
  let after;
  try {
    after = api.validateCancelRequest(seed, { currency: "KRW" });
  } catch (e) {
    after = { ok: false, errors: [{ code: `THREW ${e?.message}`, path: "" }] };
  }
  const nextOk = after?.ok === true;
  if (!nextOk) problems.push(`the seed no longer validates: ${JSON.stringify(codes(after))}`);
  return {
    name,
    ms: Math.round(ms * 10) / 10,
    ok: result?.ok ?? null,
    codes: thrownCode ? `throws ${thrownCode}` : codes(result).slice(0, 2).join(" "),
    nextOk,
    threw: thrownCode,
    problem: problems.join("; "),
  };
}

/** Runs every request and options case through `validateCancelRequest`. */
export function runValidateCases(api, seed) {
  const rows = [];
  for (const c of hostileCases(seed)) {
    rows.push(runCase(api, seed, c.name, () => api.validateCancelRequest(c.input()), c.check, c.maxMs));
  }
  for (const c of hostileOptions()) {
    rows.push(runCase(api, seed, c.name, () => api.validateCancelRequest(seed, c.options()), c.check, c.maxMs));
  }
  return rows;
}

/** `previewRefund` answers the bare Preview when the request is valid. */
function previewShape(r) {
  if (r && typeof r === "object" && !("ok" in r)) {
    return typeof r.totalCancelAmount === "number" && Array.isArray(r.items) ? "" : "neither a Preview nor a result";
  }
  return shapeProblem(r);
}

/** Values given to every export, in every argument position. */
export function hostileValues() {
  const cyclic = {};
  cyclic.self = cyclic;
  return [
    ["null", () => null],
    ["undefined", () => undefined],
    ["BigInt", () => 1n],
    ["symbol", () => Symbol("s")],
    ["function", () => function f() {}],
    ["cyclic", () => cyclic],
    ["throwing Proxy", () => new Proxy({}, { get() { throw new Error("x"); }, ownKeys() { throw new Error("y"); } })],
    ["10 MB string", () => "{".repeat(10 * MB)],
    ["10,000 levels", () => deep(10_000)],
    ["sparse 1e9 array", () => new Array(1e9)],
    ["Date", () => new Date(0)],
  ];
}

/** Error codes an export may throw: programmer errors, documented in api.md. */
export const PROGRAMMER_ERRORS = ["NOT_AVAILABLE", "NOT_INITIALIZED", "BUILDER_CONSUMED"];

/**
 * Every export with every hostile value in every position. Returns rows
 * like runCase's, plus `threw` (the Error's code) where a documented
 * programmer error was thrown instead of a result.
 */
export function runExportSweep(api, seed) {
  const rows = [];
  const exports = [
    ["previewRefund", (a, b) => api.previewRefund(a, b), previewShape],
    ["toPortOneCancel", (a, b) => api.toPortOneCancel(a, b)],
    ["toNicePayCancel", (a, b) => api.toNicePayCancel(a, b)],
    ["parsePortOneResponse", (a, b) => api.parsePortOneResponse(a, b)],
    ["parseNicePayResponse", (a, b) => api.parseNicePayResponse(a, b)],
    ["toTossCancel", (a, b) => api.toTossCancel(a, b)],
    ["toPortOneV2Cancel", (a, b) => api.toPortOneV2Cancel(a, b)],
    ["parseTossResponse", (a, b) => api.parseTossResponse(a, b)],
    ["parsePortOneV2Response", (a, b) => api.parsePortOneV2Response(a, b)],
    ["parseCancelResponse", (a, b) => api.parseCancelResponse(a, b)],
    ["applyCancellation", (a, b) => api.applyCancellation(a, b)],
    ["reconcile", (a, b) => api.reconcile(a, b)],
    ["CancelRequestBuilder", (a, b) => api.CancelRequestBuilder.forOrder(a).cancelItem(b, b).cancelAmount(a, b).refundAccount(b).build(a)],
  ];
  for (const [name, fn, shape = shapeProblem] of exports) {
    const present = name === "CancelRequestBuilder" ? api.CancelRequestBuilder : api[name];
    if (typeof present !== "function") {
      rows.push({ name: `${name}: not exported`, ms: 0, ok: null, codes: "", nextOk: true, threw: null, problem: "not exported" });
      continue;
    }
    for (const [vname, v] of hostileValues()) {
      for (const pos of [0, 1]) {
        const label = `${name}(${pos === 0 ? vname : "seed, " + vname})`;
        const call = () => (pos === 0 ? fn(v(), undefined) : fn(seed, v()));
        rows.push(runCase(api, seed, label, call, small(), BIG_MAX_MS, PROGRAMMER_ERRORS, shape));
      }
    }
  }
  return rows;
}
