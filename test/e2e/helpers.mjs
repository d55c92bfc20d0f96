// Shared set-up for the browser tests: serves build/www/ (assembled afresh)
// on a free loopback port and drives Debian's Chromium headless through
// playwright-core. Each page records console errors, page errors and every
// request, so a test can assert that nothing failed and nothing left the origin.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { buildWww } from "../../scripts/build-www.mjs";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const SHOTS = `${root}build/e2e`;
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const fixture = (name) => JSON.parse(readFileSync(`${root}tests/fixtures/${name}.json`, "utf8"));

/** The e2e fixtures (test/e2e/fixtures/NAME.json). */
export const e2eFixture = (name) => JSON.parse(readFileSync(`${root}test/e2e/fixtures/${name}.json`, "utf8"));

/** Serves a fresh copy of the site (build/e2e/NAME/, one per test file) and launches the browser. */
export async function start(name = "www") {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: \`apt-get install chromium\` (or set CHROMIUM=/path/to/chromium)`);
  }
  // Its own copy of the site, so a running `make demo` (or another test file) is left alone.
  // CONSOLE_PKG=/path/to/pkg runs the console on another build of the package (another branch's).
  const site = buildWww(`${root}build/e2e/${name}`, { pkg: process.env.CONSOLE_PKG || undefined });
  const { server, url } = await serve({ root: site, port: 0 });
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  return {
    url,
    browser,
    /** The core's bank table as this site serves it (examples/console_banks.rs). */
    banks: JSON.parse(readFileSync(`${site}/banks.json`, "utf8")),
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Opens the console at `width` px and waits until the module is loaded. */
export async function open(env, { width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.url).origin });
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  const problems = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, context, problems, requests };
}

/** Screenshot to build/e2e/NAME.png, then the common checks, then close. */
export async function finish(assert, env, { page, context, problems, requests }, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const origin = new URL(env.url).origin;
  const foreign = requests.filter((u) => new URL(u).origin !== origin);
  await context.close();
  assert.deepEqual(problems, [], "no console errors or warnings");
  assert.deepEqual(foreign, [], "no requests to other origins");
}

/** The preview totals shown in `container`, as numbers (data-value). */
export async function totals(page, container = "#compose-result") {
  return page.$$eval(`${container} dd[data-field]`, (dds) =>
    Object.fromEntries(dds.map((d) => [d.dataset.field, d.dataset.field === "kind" ? d.dataset.value : d.dataset.value === "" ? null : Number(d.dataset.value)])),
  );
}

/** Presses Tab (or Shift+Tab) until `#id` has the focus; fails after `max` presses. */
export async function tabTo(page, id, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`${back ? "Shift+" : ""}Tab never reached #${id}`);
}

/** Pastes `text` into `#id` as a user would: clipboard, focus, select all, Ctrl+V. */
export async function paste(page, id, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(`#${id}`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
}

/** How far the page scrolls sideways (0 when it fits). */
export const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The issues listed in `list` (a selector): severity, code, path and text. */
export const issues = (page, list) =>
  page.$$eval(`${list} .issue`, (lis) =>
    lis.map((li) => ({ severity: li.dataset.severity, code: li.dataset.code, path: li.dataset.path, text: li.textContent })),
  );

/** True when `text` has Hangul in it. */
export const hangul = (text) => /[\uac00-\ud7a3]/.test(text);

/** On the focused `<select id>`, presses ArrowDown (from the top: Home) until its value is `value`. */
export async function arrowTo(page, id, value) {
  await page.keyboard.press("Home");
  const count = await page.$eval(`#${id}`, (s) => s.options.length);
  for (let i = 0; i < count; i++) {
    if ((await page.inputValue(`#${id}`)) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`#${id} has no option ${value}`);
}
