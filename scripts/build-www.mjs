// Assembles the admin console into build/www/: the page (www/) plus the
// package files its browser entry needs (pkg/src/*.js and pkg/gen/*), so the
// page imports the package exactly as published, by the relative path
// ./pkg/gen/ebp.browser.js. `make build` must have built pkg/gen/ first.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Builds build/www/ (or `out`) and returns its path. */
export function buildWww(out = `${root}build/www`) {
  const gen = `${root}pkg/gen`;
  if (!existsSync(`${gen}/ebp_wasm_bg.wasm`)) {
    throw new Error("pkg/gen/ebp_wasm_bg.wasm is missing: run `make build` first");
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}/pkg/src`, { recursive: true });
  cpSync(`${root}www`, out, { recursive: true });
  for (const f of readdirSync(`${root}pkg/src`)) {
    if (f.endsWith(".js")) cpSync(`${root}pkg/src/${f}`, `${out}/pkg/src/${f}`);
  }
  cpSync(gen, `${out}/pkg/gen`, { recursive: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`build-www: ${buildWww()}`);
  } catch (e) {
    console.error(`build-www: ${e.message}`);
    process.exit(1);
  }
}
