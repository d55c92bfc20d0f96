// Start-up in headless Chromium (playwright-core, the system chromium):
// fetch + compile + instantiate + first validation, median of N page loads,
// each in a fresh browser context (empty cache), from a tiny static server
// on 127.0.0.1 that serves pkg/ (.wasm as application/wasm).
//
//   node bench/startup.mjs [--smoke] [--write] [--runs=N]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, normalize } from "node:path";
import { chromium } from "playwright-core";
import { SMOKE, emit, table, record } from "./lib.mjs";

const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? (SMOKE ? 2 : 21));
const ROOT = new URL("../", import.meta.url);
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html", ".json": "application/json" };
// Cross-origin isolated, so performance.now() has 5 µs resolution, not 100 µs.
const ISOLATED = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
const seed = readFileSync(new URL("tests/fixtures/seed_full_request.json", ROOT), "utf8");
const page = (script) =>
  `<!doctype html><meta charset="utf-8"><title>start-up</title>` +
  `<script type="application/json" id="seed">${seed}</script>` +
  `<script type="module" src="/bench/startup/${script}.mjs"></script>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/steps" || url.pathname === "/entry") {
    res.writeHead(200, { "content-type": "text/html", "cache-control": "no-store", ...ISOLATED });
    res.end(page(url.pathname.slice(1)));
    return;
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, "");
  if (!/^(pkg\/(src|gen)|bench\/startup)\/[\w.-]+$/.test(path)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(new URL(path, ROOT));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store", ...ISOLATED });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const version = browser.version();

// One page load: in a fresh context (empty cache, new renderer), or in
// `page` of a context already running (every response is no-store, so
// nothing is cached either way).
async function load(kind, page) {
  const context = page ? null : await browser.newContext();
  const p = page ?? (await context.newPage());
  const errors = [];
  const onError = (e) => errors.push(String(e));
  p.on("pageerror", onError);
  await p.goto(`${base}/${kind}`);
  await p.waitForFunction(() => window.__result, null, { timeout: 30_000 });
  const r = await p.evaluate(() => window.__result);
  p.off("pageerror", onError);
  await context?.close();
  if (errors.length || !r.ok) throw new Error(`${kind}: ${errors.join("; ") || "validation not ok"}`);
  return r;
}

const steps = [];
const checkout = [];
const entry = [];
const warm = [];
try {
  await load("steps"); // the first page of a browser pays its own start-up; not counted
  const context = await browser.newContext();
  const page = await context.newPage();
  await load("entry", page);
  for (let i = 0; i < RUNS; i++) {
    steps.push(await load("steps"));
    checkout.push(await load("steps?wasm=checkout"));
    entry.push(await load("entry"));
    warm.push(await load("entry", page));
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const range = (xs) => `${median(xs).toFixed(2)} [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
const d = (a, b) => steps.map((r) => r[b] - r[a]);
const rows = [
  ["fetch the wasm (bytes in hand)", range(d("moduleStart", "fetched"))],
  ["compile (`WebAssembly.compile`)", range(d("fetched", "compiled"))],
  ["instantiate (glue `initSync`)", range(d("compiled", "instantiated"))],
  ["**compile + instantiate**", range(d("fetched", "instantiated"))],
  ["compile + instantiate, `ebp-cancel/checkout`'s wasm (no admin functions; " + `${checkout[0].wasmBytes} B)`, range(checkout.map((r) => r.instantiated - r.fetched))],
  ["first validation (seed, 3 items)", range(d("instantiated", "firstValidation"))],
  ["second validation", range(d("firstValidation", "secondValidation"))],
  ["fetch + compile + instantiate + first validation", range(d("moduleStart", "firstValidation"))],
  ["page navigation start → first validation done (step page)", range(steps.map((r) => r.firstValidation))],
  ["**page navigation start → first validation done, package entry** (`import` of the browser entry: `await init()` streams the wasm)", range(entry.map((r) => r.firstValidation))],
  ["  of which: entry module start → API ready", range(entry.map((r) => r.ready - r.moduleStart))],
  ["the same, page reloaded in a running tab (no cache): navigation start → first validation done", range(warm.map((r) => r.firstValidation))],
  ["  of which: entry module start → API ready", range(warm.map((r) => r.ready - r.moduleStart))],
  ["  of which: API ready → first validation done", range(warm.map((r) => r.firstValidation - r.ready))],
];
record({ compileInstantiateMs: median(d("fetched", "instantiated")), compileInstantiateCheckoutMs: median(checkout.map((r) => r.instantiated - r.fetched)) });
emit(
  "startup",
  [
    `### Start-up in headless Chromium ${version} (ms, median [min–max] of ${RUNS} page loads, fresh context each, 127.0.0.1; wasm ${steps[0].wasmBytes} B uncompressed)`,
    "",
    table(["step", "ms"], rows),
  ].join("\n"),
);
console.log(`startup: ${steps.length + checkout.length + entry.length + warm.length} passed, 0 failed`);
