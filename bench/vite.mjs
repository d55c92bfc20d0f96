// What a page pays in a Vite production build (the size target):
// the packed tarball installed into fresh projects, one page importing
// `validateCancelRequest` + `CancelRequestBuilder` from `ebp-cancel` (and
// the same from `ebp-cancel/checkout`), and
// the same page importing everything from each provider subpath (its wasm
// is the main one plus the adapter), and, for comparison, a page importing
// from both entries; every emitted JS and wasm file, gzip -9.
//
//   node bench/vite.mjs [--smoke] [--write]
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { emit, table, record } from "./lib.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "ebp-vite-"));
const PAGE = `<!doctype html><html lang="en"><body><p id="result"></p><script type="module" src="/main.js"></script></body></html>`;
const ORDER = `{ orderNo: "O", paymentStatus: "CAPTURED", items: [{ seq: 1, itemType: "DIGITAL", itemId: "D", quantity: 1, unitAmount: 1000 }] }`;
const USE = `const order = ${ORDER};
const b = CancelRequestBuilder.forOrder(order).cancelAll().build();
document.querySelector("#result").textContent = String(validateCancelRequest(b.payload, { order }).ok);`;
const MAIN = `import { validateCancelRequest, CancelRequestBuilder } from "ebp-cancel";\n${USE}`;
// `key` names the figure recorded for the target table (null: shown only).
const PAGES = [
  ["ebp-cancel (validateCancelRequest + CancelRequestBuilder)", "main", MAIN],
  ["the same from ebp-cancel/checkout (its wasm has no admin functions)", "checkout", MAIN.replace(`from "ebp-cancel"`, `from "ebp-cancel/checkout"`)],
  ["the same from ebp-cancel/portone, + toPortOneCancel (one wasm)", "portone",
    `import { validateCancelRequest, CancelRequestBuilder, toPortOneCancel } from "ebp-cancel/portone";\n${USE}\nconsole.log(toPortOneCancel(b.payload, { order }).ok);`],
  ["the same from ebp-cancel/nicepay, + toNicePayCancel (one wasm)", "nicepay",
    `import { validateCancelRequest, CancelRequestBuilder, toNicePayCancel } from "ebp-cancel/nicepay";\n${USE}\nconsole.log(toNicePayCancel(b.payload, { order, reason: "r", orderId: "C", ediDate: "2025-01-01T00:00:00+09:00" }).ok);`],
  ["the same from ebp-cancel/toss, + toTossCancel (one wasm)", "toss",
    `import { validateCancelRequest, CancelRequestBuilder, toTossCancel } from "ebp-cancel/toss";\n${USE}\nconsole.log(toTossCancel(b.payload, { order, cancelReason: "r" }).ok);`],
  ["the same from ebp-cancel/portone-v2, + toPortOneV2Cancel (one wasm)", "portone_v2",
    `import { validateCancelRequest, CancelRequestBuilder, toPortOneV2Cancel } from "ebp-cancel/portone-v2";\n${USE}\nconsole.log(toPortOneV2Cancel(b.payload, { order, reason: "r" }).ok);`],
  ["ebp-cancel and ebp-cancel/portone both imported (two wasm files)", null,
    `${MAIN}\nimport { toPortOneCancel } from "ebp-cancel/portone";\nconsole.log(toPortOneCancel(b.payload, { order }).ok);`],
];
try {
  const [info] = JSON.parse(execFileSync("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", work, "--json", "--loglevel=error"], { cwd: work, encoding: "utf8" }));
  const rows = [];
  let main = 0;
  let checkout = 0;
  const extra = {};
  for (const [i, [label, key, code]] of PAGES.entries()) {
    const dir = join(work, `p${i}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `p${i}`, private: true, type: "module", dependencies: { "ebp-cancel": `file:${join(work, info.filename)}` } }));
    writeFileSync(join(dir, "index.html"), PAGE);
    writeFileSync(join(dir, "main.js"), code);
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], { cwd: dir });
    execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: dir });
    const files = readdirSync(join(dir, "dist/assets")).filter((f) => /\.(js|wasm)$/.test(f));
    const sizes = files.map((f) => [f, gzipSync(readFileSync(join(dir, "dist/assets", f)), { level: 9 }).length]);
    const total = sizes.reduce((n, [, s]) => n + s, 0);
    if (key === "main") main = total;
    else if (key === "checkout") checkout = total;
    else if (key) extra[key] = total - main;
    rows.push([label, sizes.map(([f, s]) => `${f.replace(/-[\w-]{8}\./, ".")} ${s}`).join(", "), total, i === 0 ? "–" : `${total >= main ? "+" : ""}${total - main}`]);
  }
  record({ viteMainGz: main, viteCheckoutGz: checkout, viteExtraGz: extra });
  emit(
    "vite",
    [
      "### A Vite production build of a page (every emitted JS and wasm file, gzip -9, bytes)",
      "",
      table(["page imports", "files (gz)", "total gz", "on top of the main entry"], rows),
    ].join("\n"),
  );
  console.log(`vite: ${PAGES.length} passed, 0 failed`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
