// The hostile cases (cases.mjs) in headless Chromium, through the package's
// browser entry, on a page served with a strict CSP header
// (`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`): every case
// gives a structured result in bounded time, the seed still validates after
// each, and the page sees no console message, no page error, no failed or
// foreign request, and no CSP violation. A control page shows the CSP is in
// force and a violation would be seen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { start, CSP } from "./server.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server;
let browser;
before(async () => {
  server = await start();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, recording everything the page says or fetches. */
async function open(path) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const heard = [];
  const requests = [];
  page.on("console", (m) => heard.push(`console.${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => heard.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => heard.push(`requestfailed: ${r.url()}`));
  page.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(server.url + path);
  return { context, page, heard, requests, response };
}

const foreign = (requests) => requests.filter((u) => new URL(u).origin !== server.url);

test("hostile inputs in Chromium: structured results, bounded time, nothing heard", { timeout: 180_000 }, async (t) => {
  const { context, page, heard, requests } = await open("/hostile/page.html?cases");
  await page.waitForFunction(() => window.hostile?.done === true, null, { timeout: 170_000 });
  const { rows, sweep, violations } = await page.evaluate(() => window.hostile);
  await context.close();
  mkdirSync(new URL("../../build/hostile/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../../build/hostile/chromium.json", import.meta.url), JSON.stringify([...rows, ...sweep], null, 1));
  for (const r of rows) t.diagnostic(`${String(r.ms).padStart(7)} ms  ${r.name}: ok=${r.ok} ${r.codes}`);
  t.diagnostic(`export sweep: ${sweep.length} calls, slowest ${Math.max(...sweep.map((r) => r.ms))} ms`);
  assert.ok(rows.length >= 60, `${rows.length} cases ran`);
  assert.deepEqual(rows.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`), []);
  assert.deepEqual(sweep.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`), []);
  assert.deepEqual(violations, [], "no CSP violation");
  assert.deepEqual(heard, [], "no console message, page error or failed request");
  assert.deepEqual(foreign(requests), [], "no request leaves the origin");
});

test("under the strict CSP header a validation result appears, with no violation", async () => {
  const { context, page, heard, requests, response } = await open("/hostile/page.html");
  assert.equal(response.headers()["content-security-policy"], CSP);
  await page.waitForSelector("#result[data-ok=true]", { timeout: 30_000 });
  const shown = JSON.parse(await page.textContent("#result"));
  assert.equal(shown.ok, true);
  assert.equal(shown.preview.totalCancelAmount, 106000);
  const violations = await page.evaluate(() => window.hostile.violations);
  await context.close();
  assert.deepEqual(violations, []);
  assert.deepEqual(heard, []);
  assert.deepEqual(foreign(requests), []);
});

test("control: the same CSP blocks eval and new Function, and the page sees it", async () => {
  const { context, page } = await open("/hostile/csp-control.html");
  await page.waitForFunction(() => window.control !== undefined, null, { timeout: 30_000 });
  const control = await page.evaluate(() => window.control);
  await context.close();
  assert.deepEqual(control.blocked, ["eval", "new Function"]);
  assert.ok(control.violations.includes("script-src"), JSON.stringify(control.violations));
});
