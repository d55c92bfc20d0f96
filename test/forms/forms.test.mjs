// Form libraries consuming `cancelRequestSchema` (Standard Schema v1) as
// users wire them, with ebp-cancel installed from its packed tarball:
//
// - React Hook Form + @hookform/resolvers/standard-schema: the README's
//   component, as written, built by Vite into a page in headless Chromium;
//   errors appear under the fields they are about, in Korean.
// - TanStack Form (form-core): the schema as a form validator; issues land
//   on the fields their path names.
// - TypeScript --strict: InferOutput / InferInput are CancelRequest, the
//   README component type-checks, and misuse is a type error.
//
// The libraries are pinned in test/forms/package-lock.json and installed by
// `make test-forms` (npm ci); the tarball is added with `npm install
// --no-save`, so the lockfile never changes. KEEP=1 keeps the work folder.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HERE = fileURLToPath(new URL("./", import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SHOTS = join(ROOT, "build/forms");

/** `<!-- consumer: dir/file -->` + a fenced block, from a README. */
function consumerBlocks(markdown) {
  const blocks = new Map();
  for (const m of markdown.matchAll(/<!-- consumer: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) blocks.set(m[1], m[2] + "\n");
  return blocks;
}
const BLOCKS = consumerBlocks(readFileSync(join(ROOT, "pkg/README.md"), "utf8"));

let work;
let browser;
const servers = [];

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** A static file server on a free loopback port (stopped in `after`). */
function serve(dir) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/favicon.ico") return res.writeHead(204).end();
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

before(async () => {
  // Inside test/forms/, so the projects resolve the pinned libraries from its node_modules.
  work = mkdtempSync(join(HERE, ".work-"));
  const { stdout } = await run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", work, "--json", "--loglevel=error"], { cwd: work });
  const [info] = JSON.parse(stdout);
  const lock = readFileSync(join(HERE, "package-lock.json"), "utf8");
  await run("npm", ["install", "--no-save", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(work, info.filename)], { cwd: HERE });
  assert.equal(readFileSync(join(HERE, "package-lock.json"), "utf8"), lock, "the lockfile is left as committed");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  if (process.env.KEEP) console.log(`form projects kept in ${work}`);
  else if (work) rmSync(work, { recursive: true, force: true });
});

/** The lines a README example says it prints (`// → ...`). */
const promised = (code) => [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);

test("the README has the form examples", () => {
  for (const name of ["forms/CancelForm.tsx", "forms/tanstack.mjs"]) assert.ok(BLOCKS.has(name), `README block ${name}`);
});

test("React Hook Form: errors under their fields, in Korean, and the normalised payload on submit", async () => {
  const dir = join(work, "rhf");
  write(join(dir, "CancelForm.tsx"), BLOCKS.get("forms/CancelForm.tsx"));
  write(join(dir, "index.html"), `<!doctype html><html lang="ko"><body><div id="root"></div><pre id="sent"></pre><script type="module" src="./main.tsx"></script></body></html>\n`);
  // Not in the README: mount the component, show what it sends.
  write(
    join(dir, "main.tsx"),
    `import { createRoot } from "react-dom/client";
     import { CancelForm } from "./CancelForm.tsx";
     createRoot(document.getElementById("root")!).render(
       <CancelForm onSend={(payload) => { document.getElementById("sent")!.textContent = JSON.stringify(payload); }} />,
     );\n`,
  );
  await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: dir }).catch((e) =>
    assert.fail(`vite build:\n${e.stdout}${e.stderr}`),
  );
  const url = await serve(join(dir, "dist"));
  const page = await browser.newPage({ viewport: { width: 480, height: 640 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(url);
    const errorAt = (field) => page.locator(`[data-field="${field}"]`).textContent();
    const shown = () => page.$$eval("[data-field]", (ps) => Object.fromEntries(ps.map((p) => [p.dataset.field, p.textContent])));

    // Nothing typed: both amounts are required, each under its own field.
    await page.getByRole("button", { name: "취소 요청" }).click();
    await page.waitForFunction(() => document.querySelector('[data-field="totalCancelAmount"]').textContent !== "");
    let errors = await shown();
    assert.match(errors["items.0.amount"], /금액/);
    assert.match(errors.totalCancelAmount, /[가-힣]/);
    assert.equal(errors.orderNo, "");

    // A typo in the amount and a total that does not add up.
    await page.getByLabel("환불 금액").fill("2,000");
    await page.getByLabel("총 취소 금액").fill("3000");
    await page.getByRole("button", { name: "취소 요청" }).click();
    await page.waitForFunction(() => /2,000/.test(document.querySelector('[data-field="items.0.amount"]').textContent));
    errors = await shown();
    assert.match(errors["items.0.amount"], /2,000/, "MONEY_FORMAT names the value");
    assert.equal(errors.totalCancelAmount, "", "no total check while an amount is unreadable");

    await page.getByLabel("환불 금액").fill("2000");
    await page.getByRole("button", { name: "취소 요청" }).click();
    await page.waitForFunction(() => /3000/.test(document.querySelector('[data-field="totalCancelAmount"]').textContent));
    errors = await shown();
    assert.equal(errors["items.0.amount"], "");
    assert.match(errors.totalCancelAmount, /2000.*3000/, "TOTAL_MISMATCH: expected 2000, given 3000");
    assert.match(errors.totalCancelAmount, /[가-힣]/, "in Korean");
    await page.screenshot({ path: join(SHOTS, "rhf-errors.png"), fullPage: true });

    // Fixed: the submit handler gets the normalised payload (amounts as numbers, taxAmount filled in).
    await page.getByLabel("총 취소 금액").fill("2000");
    await page.getByRole("button", { name: "취소 요청" }).click();
    await page.waitForFunction(() => document.querySelector("#sent").textContent !== "");
    assert.deepEqual(JSON.parse(await page.textContent("#sent")), {
      orderNo: "ORD20251224001",
      totalCancelAmount: 2000,
      items: [{ seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, amount: 2000, taxAmount: 0 }],
    });
    assert.deepEqual(Object.values(await shown()).filter(Boolean), []);
    await page.screenshot({ path: join(SHOTS, "rhf-sent.png"), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("TanStack Form: the README example prints what it says", async () => {
  const code = BLOCKS.get("forms/tanstack.mjs");
  const script = join(work, "tanstack-readme.mjs");
  write(script, code);
  const { stdout } = await run(process.execPath, [script], { cwd: HERE });
  assert.deepEqual(stdout.trim().split("\n"), promised(code));
});

test("TanStack Form: the schema as the form's validator puts each issue on its field", async () => {
  const script = join(work, "tanstack.mjs");
  write(
    script,
    `import { FormApi, FieldApi } from "@tanstack/form-core";
     import { cancelRequestSchema } from "ebp-cancel";
     const schema = cancelRequestSchema({ currency: "KRW", locale: "ko-KR" });
     const sent = [];
     const form = new FormApi({
       defaultValues: { orderNo: "ORD20251224001", totalCancelAmount: 3000, items: [{ seq: 3, itemType: "PHYSICAL", itemId: "P003", quantity: 1, amount: 2000 }] },
       validators: { onChange: schema, onSubmit: schema },
       onSubmit: ({ value }) => { sent.push(value); },
     });
     form.mount();
     const fields = Object.fromEntries(["orderNo", "totalCancelAmount", "items[0].amount"].map((name) => {
       const f = new FieldApi({ form, name }); f.mount(); return [name, f];
     }));
     const messages = () => Object.fromEntries(Object.entries(fields).map(([n, f]) => [n, f.state.meta.errors.map((e) => e.message)]));
     const out = {};
     fields["items[0].amount"].handleChange("2000.5");
     out.scale = messages();
     fields["items[0].amount"].handleChange("2500");
     out.total = messages();
     fields.totalCancelAmount.handleChange(2500);
     out.fixed = messages();
     out.valid = form.state.isValid;
     await form.handleSubmit();
     out.sent = sent;
     console.log(JSON.stringify(out));`,
  );
  const { stdout } = await run(process.execPath, [script], { cwd: HERE });
  const out = JSON.parse(stdout);
  assert.equal(out.scale["items[0].amount"].length, 1);
  assert.match(out.scale["items[0].amount"][0], /2000\.5/, "MONEY_SCALE under the amount");
  assert.deepEqual(out.scale.totalCancelAmount, []);
  assert.deepEqual(out.total["items[0].amount"], []);
  assert.match(out.total.totalCancelAmount[0], /2500.*3000/, "TOTAL_MISMATCH under the total");
  assert.match(out.total.totalCancelAmount[0], /[가-힣]/, "in Korean");
  assert.deepEqual(out.fixed, { orderNo: [], totalCancelAmount: [], "items[0].amount": [] });
  assert.equal(out.valid, true);
  assert.equal(out.sent.length, 1);
});

test("the JSON Schema files resolve from the tarball and are what jsonSchema returns", async () => {
  const script = join(work, "json-schema.mjs");
  write(
    script,
    `import { createRequire } from "node:module";
     import { cancelRequestSchema } from "ebp-cancel";
     const require = createRequire(import.meta.url);
     const { jsonSchema } = cancelRequestSchema()["~standard"];
     const out = {};
     for (const [target, suffix] of [["draft-2020-12", "2020-12"], ["draft-07", "draft-07"], ["openapi-3.0", "openapi-3.0"]]) {
       for (const d of ["input", "output"]) {
         const file = require("ebp-cancel/schema/cancel-request." + d + "." + suffix + ".json");
         out[target + " " + d] = JSON.stringify(file) === JSON.stringify(jsonSchema[d]({ target }));
       }
     }
     console.log(JSON.stringify(out));`,
  );
  const { stdout } = await run(process.execPath, [script], { cwd: HERE });
  const out = JSON.parse(stdout);
  assert.equal(Object.keys(out).length, 6);
  for (const [k, same] of Object.entries(out)) assert.ok(same, k);
});

test("TypeScript --strict: InferOutput is CancelRequest, the README component type-checks, misuse does not", async () => {
  const dir = join(work, "ts");
  write(join(dir, "CancelForm.tsx"), BLOCKS.get("forms/CancelForm.tsx"));
  write(
    join(dir, "types.ts"),
    `import type { StandardSchemaV1, StandardJSONSchemaV1 } from "@standard-schema/spec";
     import { cancelRequestSchema, flattenIssues, issuesAt, validateCancelRequest, type CancelRequest, type Issue } from "ebp-cancel";

     type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
     const schema = cancelRequestSchema({ currency: "KRW", locale: "ko-KR", onWarnings: (w: Issue[]) => void w });
     export const output: Equal<StandardSchemaV1.InferOutput<typeof schema>, CancelRequest> = true;
     export const input: Equal<StandardSchemaV1.InferInput<typeof schema>, CancelRequest> = true;
     export const asStandard: StandardSchemaV1<CancelRequest> = schema;
     export const asJson: StandardJSONSchemaV1<CancelRequest> = schema;
     // Synchronous, with the package's issue shape.
     const r = schema["~standard"].validate({});
     if (r.issues) for (const i of r.issues) console.log(i.message, i.path.join("."), i.code);
     else { const total: CancelRequest["totalCancelAmount"] = r.value.totalCancelAmount; console.log(total); }
     const warnings: Issue[] = r.warnings;
     const doc: Record<string, unknown> = schema["~standard"].jsonSchema.input({ target: "draft-2020-12" });
     const flat: { formErrors: string[]; fieldErrors: Record<string, string[]> } = flattenIssues(validateCancelRequest({}));
     const at: Issue[] = issuesAt(validateCancelRequest({}), ["items", 0, "amount"]);
     export const used = [doc, flat, at, warnings];

     // @ts-expect-error the output is not anything
     export const notAny: Equal<StandardSchemaV1.InferOutput<typeof schema>, string> = true;
     // @ts-expect-error onWarnings is a function
     cancelRequestSchema({ onWarnings: 1 });
     // @ts-expect-error segments are strings and numbers
     issuesAt(validateCancelRequest({}), [true]);\n`,
  );
  write(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", lib: ["es2022", "dom"], module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", types: [], allowImportingTsExtensions: true },
      files: ["types.ts", "CancelForm.tsx"],
    }),
  );
  await run(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: dir }).catch((e) => assert.fail(`tsc:\n${e.stdout}${e.stderr}`));
  // And it can fail: a misuse outside @ts-expect-error is reported.
  write(join(dir, "wrong.ts"), `import { cancelRequestSchema } from "ebp-cancel";\nexport const n: number = cancelRequestSchema()["~standard"].vendor;\n`);
  write(join(dir, "tsconfig.wrong.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["wrong.ts"] }));
  const wrong = await run(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.wrong.json"], { cwd: dir }).then(() => null, (e) => e.stdout);
  assert.match(wrong ?? "", /wrong\.ts.*TS2322/s);
});
