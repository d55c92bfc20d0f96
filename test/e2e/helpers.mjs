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

/** Serves a fresh build/www/ and launches the browser. */
export async function start() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: \`apt-get install chromium\` (or set CHROMIUM=/path/to/chromium)`);
  }
  // Its own copy of the site, so a running `make demo` is left alone.
  const { server, url } = await serve({ root: buildWww(`${root}build/e2e/www`), port: 0 });
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  return {
    url,
    browser,
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
