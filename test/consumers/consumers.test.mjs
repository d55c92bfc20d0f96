// The package as users get it: `npm pack` of pkg/ installed (offline, from
// the tarball) into fresh projects, one per way of using it — Node ESM,
// Node CommonJS, TypeScript strict (nodenext and bundler), a Vite build
// loaded in headless Chromium, and plain HTML pages with an import map. The
// projects' code is the "Install and use" examples of pkg/README.md, copied
// as they are, and their printed output must be what the README says.
//
// Tools come from the workspace's node_modules (vite, typescript,
// playwright-core: the root package.json), not installed per project.
// KEEP=1 keeps the temporary projects (their folder is printed).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { ENTRIES, entryFiles } from "../../scripts/entries.mjs";
import { MODULES } from "../../scripts/cjs.mjs";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "node_modules/.bin");
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

const TYPES = ["index", "codes", "web", "server", ...ENTRIES.filter((e) => e.types !== "index").map((e) => e.types)];
/** The files `npm pack` must ship: per entry its files, glue and wasm; the API sources, types, README; no tests. */
const SHIPPED = [
  "README.md",
  "package.json",
  "schema/cancel-request.input.2020-12.json",
  "schema/cancel-request.input.draft-07.json",
  "schema/cancel-request.input.openapi-3.0.json",
  "schema/cancel-request.output.2020-12.json",
  "schema/cancel-request.output.draft-07.json",
  "schema/cancel-request.output.openapi-3.0.json",
  "src/sign.js",
  "src/web.js",
  ...MODULES.flatMap((m) => [`src/${m}.js`, `gen/${m}.cjs`]),
  ...ENTRIES.flatMap((e) => [...entryFiles(e), `gen/${e.name}_wasm.js`, `gen/${e.name}_wasm.cjs`, `gen/${e.name}_wasm_bg.wasm`]),
  ...TYPES.flatMap((t) => [`${t}.d.ts`, `gen/${t}.d.cts`]),
];

/** `<!-- consumer: dir/file -->` + a fenced block, from a README. */
function consumerBlocks(markdown) {
  const blocks = new Map();
  for (const m of markdown.matchAll(/<!-- consumer: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) blocks.set(m[1], m[2] + "\n");
  return blocks;
}

/** The lines a README example says it prints (`// → ...`). */
const promised = (code) => [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);

/** The "## Install and use" section of a README. */
function installSection(markdown) {
  const start = markdown.indexOf("## Install and use");
  assert.ok(start >= 0, "README has an Install and use section");
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end).trim();
}

const readme = readFileSync(join(ROOT, "pkg/README.md"), "utf8");
const BLOCKS = consumerBlocks(readme);

let work;
let pack;
let browser;
const servers = [];

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A fresh project with `files`, and the tarball installed from disk. */
async function project(name, type, files) {
  const dir = join(work, name);
  write(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type, dependencies: { "ebp-cancel": `file:${pack.tarball}` } }, null, 2));
  for (const [file, text] of Object.entries(files)) write(join(dir, file), text);
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], { cwd: dir });
  return dir;
}

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** A static file server on a free loopback port (stopped in `after`). */
function serve(dir) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/favicon.ico") return res.writeHead(204).end(); // browsers ask; the examples have none
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return res.writeHead(404).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Content-Length": body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  servers.push(server);
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(`http://127.0.0.1:${server.address().port}/`)));
}

/** Opens `url`, waits for `#result` to leave its placeholder, returns its text; fails on any page error. */
async function resultOf(url, placeholder) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  try {
    await page.goto(url);
    await page.waitForFunction((p) => document.querySelector("#result")?.textContent !== p, placeholder, { timeout: 10_000 });
    const text = await page.textContent("#result");
    assert.deepEqual(problems, [], url);
    return text;
  } finally {
    await page.close();
  }
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "ebp-consumers-"));
  const { stdout } = await run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", work, "--json", "--loglevel=error"], { cwd: work });
  const [info] = JSON.parse(stdout);
  pack = { tarball: join(work, info.filename), files: info.files.map((f) => f.path).sort(), size: info.size };
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  if (process.env.KEEP) console.log(`consumer projects kept in ${work}`);
  else if (work) rmSync(work, { recursive: true, force: true });
});

test("npm pack ships only what a user needs", () => {
  assert.deepEqual(pack.files, [...SHIPPED].sort());
  // One wasm per entry (each ~80-105 KB gzipped): the bound catches a package that got far bigger.
  assert.ok(pack.size < ENTRIES.length * 120_000, `tarball ${pack.size} B`);
});

test("the top-level README's Install and use section is the package README's", () => {
  assert.equal(installSection(readFileSync(join(ROOT, "README.md"), "utf8")), installSection(readme));
  for (const name of ["node-esm/index.mjs", "node-esm/providers.mjs", "node-cjs/index.cjs", "vite/index.html", "vite/main.js", "html/index.html", "html/web.html", "ts/example.ts"]) {
    assert.ok(BLOCKS.has(name), `README example ${name}`);
  }
});

test("Node ESM: the README example prints what it says", async () => {
  const code = BLOCKS.get("node-esm/index.mjs");
  const dir = await project("node-esm", "module", {
    "index.mjs": code,
    "providers.mjs": BLOCKS.get("node-esm/providers.mjs"),
    // Beyond the README: the other subpaths, and that internals stay private.
    "subpaths.mjs": `
      import { readFileSync } from "node:fs";
      import init, { initSync, validateCancelRequest } from "ebp-cancel/web";
      import { nicePaySignData } from "ebp-cancel/server";
      let code = "";
      try { validateCancelRequest({}); } catch (e) { code = e.code; }
      initSync({ module: readFileSync(new URL(import.meta.resolve("ebp-cancel/ebp_cancel_bg.wasm"))) });
      const r = validateCancelRequest({ orderNo: "A", totalCancelAmount: 1, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1 }] });
      let internal = "";
      try { await import("ebp-cancel/src/api.js"); } catch (e) { internal = e.code; }
      console.log(code, r.ok, typeof init, nicePaySignData("t", "d", "s").length, internal);
    `,
  });
  const { stdout } = await run("node", ["index.mjs"], { cwd: dir });
  assert.deepEqual(stdout.trim().split("\n"), promised(code));
  const providers = await run("node", ["providers.mjs"], { cwd: dir });
  assert.deepEqual(providers.stdout.trim().split("\n"), promised(BLOCKS.get("node-esm/providers.mjs")));
  const sub = await run("node", ["subpaths.mjs"], { cwd: dir });
  assert.equal(sub.stdout.trim(), "NOT_INITIALIZED true function 64 ERR_PACKAGE_PATH_NOT_EXPORTED");
});

test("Node CommonJS: require() gets the CommonJS build, and the README example prints what it says", async () => {
  const code = BLOCKS.get("node-cjs/index.cjs");
  const dir = await project("node-cjs", "commonjs", {
    "index.cjs": code,
    "which.cjs": `const path = require.resolve("ebp-cancel"); const api = require("ebp-cancel");
      const portone = require("ebp-cancel/portone"); const nicepay = require("ebp-cancel/nicepay");
      const order = { orderNo: "O", paymentStatus: "CAPTURED", impUid: "imp", items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, unitAmount: 1000 }] };
      const request = { orderNo: "O", totalCancelAmount: 1000, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1000 }] };
      console.log(path.endsWith("node.cjs"), typeof api.CancelRequestBuilder.forOrder, Object.keys(api).length,
        Object.keys(portone).length, Object.keys(nicepay).length, portone.toPortOneCancel(request, { order }).payload.checksum);`,
  });
  const { stdout } = await run("node", ["index.cjs"], { cwd: dir });
  assert.deepEqual(stdout.trim().split("\n"), promised(code));
  assert.equal(
    (await run("node", ["which.cjs"], { cwd: dir })).stdout.trim(),
    "true function 10 12 12 1000",
  );
});

test("TypeScript --strict: nodenext (.mts and .cts) and bundler resolution", async () => {
  const strict = (kind) => `
    import { validateCancelRequest, CancelRequestBuilder, applyCancellation, parseCancelResponse, reconcile,
      previewRefund } from "ebp-cancel";
    import { toPortOneCancel, parsePortOneResponse, type PortOneCancelPayload } from "ebp-cancel/portone";
    import { toNicePayCancel, parseNicePayResponse } from "ebp-cancel/nicepay";
    import type { OrderSnapshot, ValidationResult, Issue, CancelRequest, Preview } from "ebp-cancel";

    const order: OrderSnapshot = { orderNo: "O", paymentStatus: "CAPTURED", items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, unitAmount: "9.99" }] };
    const r: ValidationResult = validateCancelRequest({}, { order, currency: "USD", locale: "en" });
    const kind: "FULL" | "ITEM" | "PARTIAL_AMOUNT" | null = r.kind;
    const first: Issue | undefined = r.errors[0];
    const total: number | undefined = r.payload?.totalCancelAmount;
    const p: Preview | ValidationResult = previewRefund({});
    const built = CancelRequestBuilder.forOrder(order).cancelItem(1).cancelAmount(1, "1.00").locale("ko").build({ currency: "USD" });
    const applied = applyCancellation({ ...order, tid: "T" }, r.payload ?? "{}");
    const lineAmount: number | undefined = applied.order?.items[0]?.canceledAmount;
    const tid: string | undefined = applied.order?.tid;
    const parsed = parseCancelResponse("{}");
    const code: string | null = parsed.resultCode;
    const rec: boolean = reconcile(built, parsed).ok;
    const request: CancelRequest = { orderNo: "O", totalCancelAmount: 1, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1 }] };
    const po = toPortOneCancel(request, { order: { ...order, impUid: "imp" }, reason: "r" });
    const checksum: number | undefined = po.payload?.checksum;
    const poPayload: PortOneCancelPayload | null = po.payload;
    const poStatus: string | null | undefined = parsePortOneResponse("{}").data?.status;
    const npBalance: number | null | undefined = parseNicePayResponse("{}").data?.balanceAmt;
    const segs: (string | number)[] | undefined = r.errors[0]?.segments;
    const np = toNicePayCancel(request, { order, reason: "r", orderId: "C", ediDate: "2025-01-01T00:00:00+09:00", returnCharSet: "euc-kr" });
    const signing: string | null = np.signingInput;
    export const used = [kind, first, total, p, lineAmount, tid, code, rec, checksum, signing, poPayload, poStatus, npBalance, segs, "${kind}"];

    // The types are real, not \`any\`: each of these must be a type error.
    // @ts-expect-error kind is a union, not a number
    const n: number = r.kind;
    // @ts-expect-error a locale is a BCP 47 tag, a string (reading 15: any tag is accepted)
    validateCancelRequest({}, { locale: 5 });
    // @ts-expect-error itemType must be one of the five
    const bad: CancelRequest = { orderNo: "O", totalCancelAmount: 1, items: [{ seq: 1, itemType: "BOOK", itemId: "D", quantity: 1, amount: 1 }] };
    // @ts-expect-error NicePay needs reason, orderId and ediDate
    toNicePayCancel(request, { order });
    // @ts-expect-error cancelItem takes a seq number
    CancelRequestBuilder.forOrder(order).cancelItem("1");
    // @ts-expect-error no such export
    import("ebp-cancel").then((m) => m.validate);
    // @ts-expect-error the providers are not in the main entry
    import("ebp-cancel").then((m) => m.toPortOneCancel);
    // Params are typed per code: narrowing on the code gives them.
    const issue = r.errors[0];
    if (issue?.code === "TOTAL_MISMATCH") {
      const expected: number | string = issue.params.expected;
      export_(expected);
    }
    if (issue?.code === "REQUIRED") {
      const field: string = issue.params.field;
      // @ts-expect-error REQUIRED has no expected param
      export_(issue.params.expected, field);
    }
    function export_(...x: unknown[]) { return x; }
    export const unused = [n, bad];
  `;
  const web = `
    import init, { initSync, validateCancelRequest, type ValidationResult } from "ebp-cancel/web";
    await init();
    await init({ module_or_path: new URL("https://example.com/x.wasm") });
    initSync({ module: new Uint8Array(0) });
    const r: ValidationResult = validateCancelRequest({});
    // @ts-expect-error init takes an options object
    init(42);
    export const ok: boolean = r.ok;
  `;
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", lib: ["es2022", "dom"], types: [] };
  const dir = await project("ts", "module", {
    "example.ts": BLOCKS.get("ts/example.ts"),
    "strict.mts": strict("mts"),
    "strict.cts": strict("cts"),
    "web.ts": web,
    "tsconfig.nodenext.json": JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["example.ts", "strict.mts", "strict.cts"] }),
    "tsconfig.bundler.json": JSON.stringify({ compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" }, files: ["example.ts", "strict.mts", "web.ts"] }),
  });
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    await run(join(BIN, "tsc"), ["-p", config], { cwd: dir }).catch((e) => assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`));
  }
  // And it can fail: a misuse outside @ts-expect-error is reported.
  write(join(dir, "wrong.ts"), `import { validateCancelRequest } from "ebp-cancel";\nconst n: number = validateCancelRequest({}).kind;\nexport { n };\n`);
  write(join(dir, "tsconfig.wrong.json"), JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["wrong.ts"] }));
  const wrong = await run(join(BIN, "tsc"), ["-p", "tsconfig.wrong.json"], { cwd: dir }).then(() => null, (e) => e.stdout);
  assert.match(wrong ?? "", /wrong\.ts.*TS2322/s);
});

test("Vite: a build with no config runs in Chromium", async () => {
  const dir = await project("vite", "module", {
    "index.html": BLOCKS.get("vite/index.html"),
    "main.js": BLOCKS.get("vite/main.js"),
  });
  await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: dir }).catch((e) =>
    assert.fail(`vite build:\n${e.stdout}${e.stderr}`),
  );
  const assets = readdirSync(join(dir, "dist/assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `the wasm is emitted: ${assets}`);
  const url = await serve(join(dir, "dist"));
  assert.equal(await resultOf(url, "Checking…"), "Refund: 2000");
});

/** Every JS and wasm file a Vite build emitted, gzip -9, in bytes. */
function emittedGz(dist) {
  const files = readdirSync(join(dist, "assets")).filter((f) => /\.(js|wasm)$/.test(f));
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, "assets", f)), { level: 9 }).length, 0);
}

const PAGE = `<!doctype html><html lang="en"><body><p id="result">Checking…</p><script type="module" src="/main.js"></script></body></html>`;
const ORDER = `{ orderNo: "ORD20251224001", currency: "KRW", paymentStatus: "CAPTURED", payMethod: "CARD", impUid: "imp_1",
  tid: "nictest00m01012512241200000001", paidAt: "2025-12-24T12:00:00+09:00",
  items: [{ seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, unitAmount: 50000, unitTaxAmount: 5000 }] }`;

test("Vite: the main entry alone, and with the provider subpaths; what each page loads", async () => {
  const pages = {
    // The page of issue 13's size target: validateCancelRequest + CancelRequestBuilder.
    main: `import { validateCancelRequest, CancelRequestBuilder } from "ebp-cancel";
      const order = ${ORDER};
      const built = CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build();
      const checked = validateCancelRequest(built.payload, { order });
      document.querySelector("#result").textContent = [built.ok, checked.ok, checked.preview.totalCancelAmount].join(" ");`,
    portone: `import { CancelRequestBuilder } from "ebp-cancel";
      import { toPortOneCancel } from "ebp-cancel/portone";
      const order = ${ORDER};
      const r = toPortOneCancel(CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build().payload, { order });
      document.querySelector("#result").textContent = [r.ok, r.payload.amount, r.payload.checksum].join(" ");`,
    nicepay: `import { CancelRequestBuilder, toNicePayCancel } from "ebp-cancel/nicepay";
      const order = ${ORDER};
      const r = toNicePayCancel(CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build().payload, { order, reason: "r", orderId: "C-1", ediDate: "2025-12-24T12:30:00+09:00" });
      document.querySelector("#result").textContent = [r.ok, r.payload.cancelAmt, typeof r.signingInput].join(" ");`,
  };
  // The same page from the smaller entry: its wasm has no admin functions.
  pages.checkout = pages.main.replace(`from "ebp-cancel"`, `from "ebp-cancel/checkout"`);
  // portone: the main entry and the subpath (two wasm files); nicepay: all from the subpath (one).
  const want = { main: "true true 50000", checkout: "true true 50000", portone: "true 50000 100000", nicepay: "true 50000 string" };
  const wasmFiles = { main: 1, checkout: 1, portone: 2, nicepay: 1 };
  const gz = {};
  for (const [name, main] of Object.entries(pages)) {
    const dir = await project(`vite-${name}`, "module", { "index.html": PAGE, "main.js": main });
    await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: dir }).catch((e) =>
      assert.fail(`vite build:\n${e.stdout}${e.stderr}`),
    );
    const wasm = readdirSync(join(dir, "dist/assets")).filter((f) => f.endsWith(".wasm"));
    assert.equal(wasm.length, wasmFiles[name], `${name}: one wasm per entry imported (${wasm})`);
    gz[name] = emittedGz(join(dir, "dist"));
    assert.equal(await resultOf(await serve(join(dir, "dist")), "Checking…"), want[name]);
  }
  console.log(`vite: every emitted JS and wasm file, gzip -9: main ${gz.main} B, checkout ${gz.checkout} B, main + portone ${gz.portone} B, all from nicepay ${gz.nicepay} B`);
  assert.ok(gz.checkout < gz.main - 10_000, `ebp-cancel/checkout's page (${gz.checkout} B gz) is smaller than the main entry's (${gz.main})`);
});

test("ebp-cancel/checkout: the README example, CommonJS, TypeScript strict and a plain import-map page", async () => {
  const strict = `
    import { CancelRequestBuilder, validateCancelRequest, cancelRequestSchema, type ValidationResult, type OrderSnapshot } from "ebp-cancel/checkout";
    const order: OrderSnapshot = { orderNo: "O", paymentStatus: "CAPTURED", items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, unitAmount: 1000 }] };
    const r: ValidationResult = CancelRequestBuilder.forOrder(order).cancelAll().build();
    const kind: "FULL" | "ITEM" | "PARTIAL_AMOUNT" | null = validateCancelRequest(r.payload, { order }).kind;
    const vendor: string = cancelRequestSchema()["~standard"].vendor;
    export const used = [kind, vendor];
    // @ts-expect-error the admin functions are not in the checkout entry
    import("ebp-cancel/checkout").then((m) => m.applyCancellation);
  `;
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", lib: ["es2022", "dom"], types: [] };
  const dir = await project("checkout", "module", {
    "checkout.mjs": BLOCKS.get("node-esm/checkout.mjs"),
    "which.cjs": `const c = require("ebp-cancel/checkout");
      const order = ${ORDER};
      console.log(require.resolve("ebp-cancel/checkout").endsWith("checkout.node.cjs"), Object.keys(c).sort().join(","), c.CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build().payload.totalCancelAmount);`,
    "strict.mts": strict,
    "strict.cts": strict,
    "tsconfig.nodenext.json": JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["strict.mts", "strict.cts"] }),
    "tsconfig.bundler.json": JSON.stringify({ compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" }, files: ["strict.mts"] }),
    "index.html": `<!doctype html><p id="result">Checking…</p>
      <script type="importmap">{ "imports": { "ebp-cancel/checkout": "./node_modules/ebp-cancel/gen/checkout.browser.js" } }</script>
      <script type="module">
        import { CancelRequestBuilder, validateCancelRequest } from "ebp-cancel/checkout";
        const order = ${ORDER};
        const built = CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build();
        document.querySelector("#result").textContent = [built.ok, validateCancelRequest(built.payload, { order }).preview.totalCancelAmount].join(" ");
      </script>`,
  });
  const { stdout } = await run("node", ["checkout.mjs"], { cwd: dir });
  assert.deepEqual(stdout.trim().split("\n"), promised(BLOCKS.get("node-esm/checkout.mjs")));
  assert.equal(
    (await run("node", ["which.cjs"], { cwd: dir })).stdout.trim(),
    "true CancelRequestBuilder,cancelRequestSchema,flattenIssues,issuesAt,previewRefund,validateCancelRequest 50000",
  );
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    await run(join(BIN, "tsc"), ["-p", config], { cwd: dir }).catch((e) => assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`));
  }
  assert.equal(await resultOf(await serve(dir), "Checking…"), "true 50000");
});

test("plain HTML with an import map, and ebp-cancel/web with init(); wasm compile + instantiate time", async () => {
  const dir = await project("html", "module", {
    "index.html": BLOCKS.get("html/index.html"),
    "web.html": BLOCKS.get("html/web.html"),
    // Not in the README: the provider entries from a plain page.
    "providers.html": `<!doctype html><p id="result">Checking…</p>
      <script type="importmap">{ "imports": {
        "ebp-cancel": "./node_modules/ebp-cancel/gen/ebp.browser.js",
        "ebp-cancel/portone": "./node_modules/ebp-cancel/gen/portone.browser.js",
        "ebp-cancel/nicepay": "./node_modules/ebp-cancel/gen/nicepay.browser.js" } }</script>
      <script type="module">
        import { CancelRequestBuilder } from "ebp-cancel";
        import { toPortOneCancel } from "ebp-cancel/portone";
        import { toNicePayCancel } from "ebp-cancel/nicepay";
        const order = ${ORDER};
        const request = CancelRequestBuilder.forOrder(order).cancelItem(1, 1).build().payload;
        const po = toPortOneCancel(request, { order });
        const np = toNicePayCancel(request, { order, reason: "r", orderId: "C-1", ediDate: "2025-12-24T12:30:00+09:00" });
        document.querySelector("#result").textContent = [po.payload.checksum, np.payload.cancelAmt].join(" ");
      </script>`,
    // Not in the README: how long compiling and instantiating the wasm takes.
    "measure.html": `<!doctype html><p id="result">…</p>
      <script type="importmap">{ "imports": { "ebp-cancel/web": "./node_modules/ebp-cancel/src/web.js" } }</script>
      <script type="module">
        import { initSync, validateCancelRequest } from "ebp-cancel/web";
        const bytes = await (await fetch("./node_modules/ebp-cancel/gen/ebp_wasm_bg.wasm")).arrayBuffer();
        const t0 = performance.now();
        initSync({ module: bytes }); // new WebAssembly.Module + Instance
        const t1 = performance.now();
        const ok = validateCancelRequest({ orderNo: "A", totalCancelAmount: 1, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1 }] }).ok;
        const t2 = performance.now();
        document.querySelector("#result").textContent = JSON.stringify({ ok, instantiate: t1 - t0, firstCall: t2 - t1, bytes: bytes.byteLength });
      </script>`,
  });
  const url = await serve(dir);
  assert.equal(await resultOf(url, "Checking…"), "Refund: 2000");
  assert.equal(await resultOf(`${url}web.html`, "Not loaded"), "REQUIRED REQUIRED");
  assert.equal(await resultOf(`${url}providers.html`, "Checking…"), "100000 50000");

  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(await resultOf(`${url}measure.html`, "…")));
  assert.ok(runs.every((r) => r.ok));
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const instantiate = median(runs.map((r) => r.instantiate));
  const firstCall = median(runs.map((r) => r.firstCall));
  console.log(`chromium: compile + instantiate ${instantiate.toFixed(2)} ms (median of 7), first call ${firstCall.toFixed(2)} ms, wasm ${runs[0].bytes} B`);
  // The target is < 5 ms; the bound only catches a wasm that got far bigger or slower to compile.
  assert.ok(instantiate < 50, `compile + instantiate took ${instantiate} ms`);
});

// -- Toss Payments and PortOne V2 (toss): each subpath from the packed tarball --

const VA_ORDER = `{ orderNo: "ORD20251224001", currency: "KRW", paymentStatus: "CAPTURED", payMethod: "VIRTUAL_ACCOUNT",
  paymentKey: "tgen_1", paymentId: "payment-1",
  items: [{ seq: 1, itemType: "PHYSICAL", itemId: "P001", quantity: 2, unitAmount: 50000, unitTaxAmount: 5000 }] }`;
const VA_REQUEST = `CancelRequestBuilder.forOrder(order).cancelItem(1, 1)
  .refundAccount({ accountNumber: "1234567890", bankCode: "004", accountHolderName: "홍길동" }).build().payload`;

test("Toss and PortOne V2: the README examples print what they say; CommonJS and TypeScript strict get both", async () => {
  for (const name of ["node-esm/toss.mjs", "node-esm/portone-v2.mjs"]) assert.ok(BLOCKS.has(name), `README example ${name}`);
  const strict = `
    import { toTossCancel, parseTossResponse, type TossCancelPayload, type TossCancelResult } from "ebp-cancel/toss";
    import { toPortOneV2Cancel, parsePortOneV2Response, type PortOneV2CancelPayload } from "ebp-cancel/portone-v2";
    import type { OrderSnapshot, CancelRequest } from "ebp-cancel";

    const order: OrderSnapshot = { orderNo: "O", paymentStatus: "CAPTURED", items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, unitAmount: 1000 }] };
    const request: CancelRequest = { orderNo: "O", totalCancelAmount: 1000, items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, amount: 1000 }] };
    const t: TossCancelResult = toTossCancel(request, { order: { ...order, paymentKey: "p", isPartialCancelable: false }, cancelReason: "r", idempotencyKey: "k", refundableAmount: 1000 });
    const header: "Idempotency-Key" | undefined = t.idempotencyKey?.header;
    const body: TossCancelPayload | null = t.payload;
    const bank: string | undefined = t.payload?.refundReceiveAccount?.bank;
    const taxFree: number | undefined = t.expected?.taxFree;
    const balance: number | null | undefined = parseTossResponse("{}", { expected: { taxFree: 0 } }).data?.balanceAmount;
    const partialOk: boolean | null | undefined = parseTossResponse("{}").data?.isPartialCancelable;
    const v = toPortOneV2Cancel(request, { order: { ...order, paymentId: "p", storeId: "s", cancellableTaxFreeAmount: "0" }, reason: "r", requester: "ADMIN", promotionDiscountRetainOption: "RETAIN", vatAmount: 91, holderPhoneNumber: "010" });
    const v2: PortOneV2CancelPayload | null = v.payload;
    const cca: number | undefined = v.payload?.currentCancellableAmount;
    const status: string | null | undefined = parsePortOneV2Response("{}").data?.status;
    export const used = [header, body, bank, taxFree, balance, partialOk, v2, cca, status];

    // @ts-expect-error cancelReason is required
    toTossCancel(request, { order });
    // @ts-expect-error reason is required
    toPortOneV2Cancel(request, { order });
    // @ts-expect-error isPartialCancelable is a boolean
    toTossCancel(request, { order: { ...order, isPartialCancelable: "no" }, cancelReason: "r" });
    // @ts-expect-error the adapters are not in the main entry
    import("ebp-cancel").then((m) => m.toTossCancel);
  `;
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", lib: ["es2022", "dom"], types: [] };
  const dir = await project("node-toss", "module", {
    "toss.mjs": BLOCKS.get("node-esm/toss.mjs"),
    "portone-v2.mjs": BLOCKS.get("node-esm/portone-v2.mjs"),
    "which.cjs": `const toss = require("ebp-cancel/toss"); const v2 = require("ebp-cancel/portone-v2");
      const { CancelRequestBuilder } = require("ebp-cancel");
      const order = ${VA_ORDER};
      const request = ${VA_REQUEST};
      const t = toss.toTossCancel(request, { order, cancelReason: "r" });
      const p = v2.toPortOneV2Cancel(request, { order, reason: "r" });
      console.log(require.resolve("ebp-cancel/toss").endsWith("toss.node.cjs"), Object.keys(toss).filter((k) => /Toss/.test(k)).join(","), Object.keys(v2).filter((k) => /PortOneV2/.test(k)).join(","),
        t.payload.refundReceiveAccount.bank, p.payload.refundAccount.bank, p.payload.currentCancellableAmount);`,
    "strict.mts": strict,
    "strict.cts": strict,
    "tsconfig.nodenext.json": JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["strict.mts", "strict.cts"] }),
    "tsconfig.bundler.json": JSON.stringify({ compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" }, files: ["strict.mts"] }),
  });
  for (const file of ["toss.mjs", "portone-v2.mjs"]) {
    const { stdout } = await run("node", [file], { cwd: dir });
    assert.deepEqual(stdout.trim().split("\n"), promised(BLOCKS.get(`node-esm/${file}`)), file);
  }
  assert.equal(
    (await run("node", ["which.cjs"], { cwd: dir })).stdout.trim(),
    "true toTossCancel,parseTossResponse toPortOneV2Cancel,parsePortOneV2Response 06 KOOKMIN 100000",
  );
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    await run(join(BIN, "tsc"), ["-p", config], { cwd: dir }).catch((e) => assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`));
  }
});

test("Toss and PortOne V2 in Chromium: a Vite build and a plain import-map page", async () => {
  const main = `import { CancelRequestBuilder } from "ebp-cancel";
    import { toTossCancel } from "ebp-cancel/toss";
    import { toPortOneV2Cancel } from "ebp-cancel/portone-v2";
    const order = ${VA_ORDER};
    const request = ${VA_REQUEST};
    const t = toTossCancel(request, { order, cancelReason: "r", idempotencyKey: "k-1" });
    const p = toPortOneV2Cancel(request, { order, reason: "r" });
    document.querySelector("#result").textContent = [t.ok, t.payload.refundReceiveAccount.bank, t.idempotencyKey.value, p.ok, p.payload.refundAccount.bank].join(" ");`;
  const want = "true 06 k-1 true KOOKMIN";
  const vite = await project("vite-toss", "module", { "index.html": PAGE, "main.js": main });
  await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: vite }).catch((e) =>
    assert.fail(`vite build:\n${e.stdout}${e.stderr}`),
  );
  const wasm = readdirSync(join(vite, "dist/assets")).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 3, `one wasm per entry imported (${wasm})`);
  assert.equal(await resultOf(await serve(join(vite, "dist")), "Checking…"), want);
  console.log(`vite: main + toss + portone-v2, every emitted JS and wasm file, gzip -9: ${emittedGz(join(vite, "dist"))} B`);

  const html = await project("html-toss", "module", {
    "index.html": `<!doctype html><p id="result">Checking…</p>
      <script type="importmap">{ "imports": {
        "ebp-cancel": "./node_modules/ebp-cancel/gen/ebp.browser.js",
        "ebp-cancel/toss": "./node_modules/ebp-cancel/gen/toss.browser.js",
        "ebp-cancel/portone-v2": "./node_modules/ebp-cancel/gen/portone_v2.browser.js" } }</script>
      <script type="module">${main}</script>`,
  });
  assert.equal(await resultOf(await serve(html), "Checking…"), want);
});

// -- end Toss Payments and PortOne V2 --
