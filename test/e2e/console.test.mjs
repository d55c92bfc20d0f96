// The admin console (www/) in headless Chromium: the seed flows give the seed
// response totals on screen, errors land next to their field, Korean works,
// pasted payloads and responses are judged, and applying a response changes
// what remains. Every test also checks: no console errors or warnings, no
// request to another origin, and it saves a screenshot in build/e2e/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { finish, fixture, issues, open, SHOTS, start, tabTo, totals } from "./helpers.mjs";

let env;
before(async () => {
  env = await start("console");
});
after(async () => {
  await env?.stop();
});

const ACCOUNT = { accountNumber: "1234567890", bankCode: "001", accountHolderName: "John Doe" };

async function fillAccount(page) {
  await page.fill("#accountNumber", ACCOUNT.accountNumber);
  await page.selectOption("#bankCode", ACCOUNT.bankCode); // the bank picker
  await page.fill("#accountHolderName", ACCOUNT.accountHolderName);
}

async function choose(page, seq, choice, value) {
  await page.selectOption(`#line-${seq}-choice`, choice);
  if (value !== undefined) await page.fill(`#line-${seq}-value`, value);
}

const payload = async (page) => JSON.parse(await page.textContent("#payload"));

const SEED_TOTALS = (kind, product, tax, count) => ({
  kind,
  totalProductAmount: product,
  totalProductTaxAmount: tax,
  totalDeliveryAmount: 0,
  totalDeliveryTaxAmount: 0,
  totalCancelAmount: product,
  processedCount: count,
});

test("full cancel of the seed order: seed totals, seed payload, copy button", async () => {
  const p = await open(env);
  const { page } = p;
  await page.check("#whole-order");
  await fillAccount(page);
  assert.deepEqual(await totals(page), SEED_TOTALS("FULL", 106000, 10000, 3));
  assert.equal(await page.textContent('#compose-result dd[data-field="totalCancelAmount"]'), "₩106,000");
  assert.equal(await page.getAttribute("#compose-result .verdict", "data-state"), "ok");
  assert.deepEqual(await payload(page), fixture("seed_full_request"));

  await page.click("#copy");
  await page.waitForSelector("#copy-status:not(:empty)");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent("#payload"));

  // Every line "all remaining" is the same full cancel.
  await page.uncheck("#whole-order");
  for (const seq of [1, 2, 3]) await choose(page, seq, "all");
  assert.deepEqual(await totals(page), SEED_TOTALS("FULL", 106000, 10000, 3));
  assert.deepEqual(await payload(page), fixture("seed_full_request"));
  await finish(assert, env, p, "full-1280");
});

test("item cancel of lines 2 and 3: seed totals and payload", async () => {
  const p = await open(env);
  const { page } = p;
  await choose(page, 2, "all");
  await choose(page, 3, "quantity", "1");
  await fillAccount(page);
  assert.deepEqual(await totals(page), SEED_TOTALS("ITEM", 6000, 0, 2));
  assert.deepEqual(await payload(page), fixture("seed_item_request"));
  await finish(assert, env, p, "item-1280");
});

test("partial amount on seq 3 at 360 px: seed totals, payload, no sideways scroll", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await choose(page, 3, "amount", "2000");
  await fillAccount(page);
  assert.deepEqual(await totals(page), SEED_TOTALS("PARTIAL_AMOUNT", 2000, 0, 1));
  assert.deepEqual(await payload(page), fixture("seed_partial_request"));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
  await finish(assert, env, p, "partial-360");
});

test("before capture a partial cancel is an error at its line; a full cancel is fine", async () => {
  const p = await open(env);
  const { page } = p;
  await page.selectOption("#sample", "authorized");
  assert.equal(await page.textContent("#fact-status"), "AUTHORIZED");
  await choose(page, 3, "amount", "2000");
  await fillAccount(page);

  const atLine = await issues(page, "#line-3-issues");
  assert.ok(atLine.some((i) => i.severity === "error" && i.code === "PARTIAL_BEFORE_CAPTURE"), JSON.stringify(atLine));
  assert.equal(await page.getAttribute("#line-3-value", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#line-3-value", "aria-describedby"), /\bline-3-issues\b/);
  assert.equal(await page.getAttribute("#compose-result .verdict", "data-state"), "errors");
  assert.equal(await page.getAttribute("#payload", "data-empty"), "true");
  assert.ok(await page.isDisabled("#copy"));
  await page.screenshot({ path: `${SHOTS}/authorized-error-1280.png`, fullPage: true });

  await choose(page, 3, "none");
  await page.check("#whole-order");
  assert.deepEqual(await totals(page), SEED_TOTALS("FULL", 106000, 10000, 3));
  await finish(assert, env, p, "authorized-full-1280");
});

test("Korean: the chrome and the library's messages switch to Korean", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await page.selectOption("#lang", "ko");
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  assert.equal(await page.textContent("h1"), "취소 및 환불");
  assert.equal(await page.textContent('label[for="line-1-choice"]'), "1번 항목 취소 방식");

  await page.selectOption("#sample", "authorized");
  await choose(page, 3, "amount", "2000");
  const [error] = await issues(page, "#line-3-issues");
  assert.equal(error.code, "PARTIAL_BEFORE_CAPTURE");
  assert.match(error.text, /[\uac00-\ud7a3]/, `not Korean: ${error.text}`);
  assert.match(error.text, /^오류/);
  // A code outside the bank table is typed as "another code".
  await page.selectOption("#bankCode", "other");
  await page.fill("#bankCodeOther", "12");
  const [bank] = await issues(page, "#issues-bankCode");
  assert.equal(bank.code, "BANK_CODE_INVALID");
  assert.match(bank.text, /[\uac00-\ud7a3]/, `not Korean: ${bank.text}`);
  await finish(assert, env, p, "korean-360");
});

test("paste a payload: a broken request lists every error with its path", async () => {
  const p = await open(env);
  const { page } = p;
  await page.check('input[name=mode][value="payload"]');
  await page.fill("#paste-payload", "{ not json");
  assert.equal((await issues(page, "#paste-payload-issues"))[0].code, "JSON");

  const broken = {
    orderNo: "ORD20251224001",
    totalCancelAmount: 5000,
    items: [{ seq: 3, itemType: "BOOK", itemId: "P003", quantity: 1.5, amount: "1e3" }],
  };
  await page.fill("#paste-payload", JSON.stringify(broken, null, 2));
  const found = await issues(page, "#paste-payload-issues");
  const paths = found.filter((i) => i.severity === "error").map((i) => i.path);
  for (const path of ["items[0].itemType", "items[0].quantity", "items[0].amount"]) {
    assert.ok(paths.includes(path), `no error at ${path}: ${JSON.stringify(found)}`);
  }
  assert.ok((await page.textContent("#paste-payload-issues")).includes("items[0].itemType"));
  assert.equal(await page.getAttribute("#paste-payload-result .verdict", "data-state"), "errors");
  await page.screenshot({ path: `${SHOTS}/paste-payload-broken-1280.png`, fullPage: true });

  await page.fill("#paste-payload", JSON.stringify(fixture("seed_partial_request")));
  assert.deepEqual(await totals(page, "#paste-payload-result"), SEED_TOTALS("PARTIAL_AMOUNT", 2000, 0, 1));
  await finish(assert, env, p, "paste-payload-1280");
});

test("paste a response: reconcile with the preview, apply it, judge the next cancel on what remains", async () => {
  const p = await open(env);
  const { page } = p;
  await choose(page, 2, "all");
  await choose(page, 3, "all");
  await fillAccount(page);
  assert.deepEqual(await totals(page), SEED_TOTALS("ITEM", 6000, 0, 2));

  await page.check('input[name=mode][value="response"]');
  await page.click('[data-sample-response="full"]');
  assert.equal(await page.getAttribute("#reconcile-summary", "data-state"), "errors", "a full response does not match an item preview");
  assert.ok((await issues(page, "#reconcile-issues")).some((i) => i.code === "RECONCILE_MISMATCH" && i.path === "data.totalProductAmount"));
  await page.screenshot({ path: `${SHOTS}/response-mismatch-1280.png`, fullPage: true });

  await page.click('[data-sample-response="item"]');
  assert.equal(await page.getAttribute("#response-summary", "data-state"), "ok");
  assert.equal(await page.getAttribute("#reconcile-summary", "data-state"), "ok");
  await page.click("#apply");
  await page.waitForSelector("#apply-status:not(:empty)");
  const left = await page.$$eval(".line .remaining", (spans) => spans.map((s) => Number(s.dataset.quantity)));
  assert.deepEqual(left, [2, 0, 0]);
  assert.notEqual(await page.textContent("#fact-status"), "CAPTURED");

  // The next cancel is judged on what remains: line 2 has nothing left.
  await page.check('input[name=mode][value="compose"]');
  await choose(page, 2, "all");
  assert.ok((await issues(page, "#line-2-issues")).some((i) => i.severity === "error"));
  await choose(page, 2, "none");
  await choose(page, 1, "quantity", "1");
  assert.deepEqual(await totals(page), SEED_TOTALS("ITEM", 50000, 5000, 1));
  await finish(assert, env, p, "apply-response-1280");
});

test("the console's own words: English and Korean have the same keys, every Korean one in Hangul or a name", async () => {
  const { TABLES } = await import("../../www/i18n.js");
  assert.deepEqual(Object.keys(TABLES.ko).sort(), Object.keys(TABLES.en).sort());
  // Brand names, wire names and placeholders may stay Latin; every sentence is Korean.
  const latinOnly = Object.entries(TABLES.ko).filter(([, text]) => text.split(" ").length > 2 && !/[\uac00-\ud7a3]/.test(text));
  assert.deepEqual(latinOnly, []);
});

test("keyboard only, with every control labelled and every description present", async () => {
  const p = await open(env);
  const { page } = p;
  const unlabelled = await page.$$eval("input, select, textarea, button", (els) =>
    els.filter((e) => !(e.labels?.length || e.getAttribute("aria-label") || e.textContent.trim())).map((e) => e.id || e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  const dangling = await page.$$eval("[aria-describedby]", (els) =>
    els.flatMap((e) => e.getAttribute("aria-describedby").split(/\s+/).filter((id) => !document.getElementById(id))),
  );
  assert.deepEqual(dangling, []);
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content"), csp);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src]), style, [style]").length), 0, "nothing inline");

  await tabTo(page, "line-3-choice");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // Keep → All → A quantity → A partial amount
  assert.equal(await page.inputValue("#line-3-choice"), "amount");
  await tabTo(page, "line-3-value");
  await page.keyboard.type("2000");
  await tabTo(page, "accountNumber");
  await page.keyboard.type(ACCOUNT.accountNumber);
  await tabTo(page, "bankCode");
  await page.keyboard.type("Bank of Korea"); // a closed select's type-ahead: "Bank of Korea · 한국은행 (001)"
  assert.equal(await page.inputValue("#bankCode"), "001");
  await tabTo(page, "accountHolderName");
  await page.keyboard.type(ACCOUNT.accountHolderName);
  assert.deepEqual(await totals(page), SEED_TOTALS("PARTIAL_AMOUNT", 2000, 0, 1));
  await tabTo(page, "copy");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#copy-status:not(:empty)");
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), fixture("seed_partial_request"));
  await finish(assert, env, p, "keyboard-1280");
});
