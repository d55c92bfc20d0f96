// Assembles the admin console into build/www/: the page (www/), the package
// files its browser entries need (pkg/src/ and pkg/gen/), and two files
// made here:
// - entries.js: for each package subpath the console uses (www/lib.js), the
//   file a browser loads for it, read from pkg/package.json "exports", so
//   the page imports the package exactly as published and picks up a new
//   subpath (ebp-cancel/portone, ebp-cancel/toss, ...) without an edit;
// - banks.json: the core's bank table and each provider's codes, printed by
//   `cargo run --example console_banks` (never a hand-copied list).
// `make build` must have built pkg/gen/ first.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The subpaths the console imports (see www/lib.js). */
export const SUBPATHS = [".", "./portone", "./nicepay", "./toss", "./portone-v2"];

/**
 * The file a browser loads for an "exports" target: a conditions object is
 * read for "browser", then "import", then "default" (never "node", "require"
 * or "types"); null when the subpath has no browser file.
 */
export function browserTarget(target) {
  if (typeof target === "string") return target.endsWith(".js") ? target : null;
  if (!target || typeof target !== "object") return null;
  for (const condition of ["browser", "import", "default"]) {
    if (condition in target) {
      const found = browserTarget(target[condition]);
      if (found) return found;
    }
  }
  return null;
}

/** `{ subpath: "./src/x.js" | null }` for SUBPATHS, from `pkg`/package.json. */
export function entries(pkg = `${root}pkg`) {
  const pkgJson = JSON.parse(readFileSync(`${pkg}/package.json`, "utf8"));
  const exports = pkgJson.exports ?? {};
  return Object.fromEntries(SUBPATHS.map((sub) => [sub, sub in exports ? browserTarget(exports[sub]) : null]));
}

/** The bank table as the core prints it (examples/console_banks.rs). */
export function bankTable() {
  const text = execFileSync("cargo", ["run", "--quiet", "--example", "console_banks"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const table = JSON.parse(text);
  if (!Array.isArray(table.banks) || table.banks.length === 0 || !table.providers?.ebp) {
    throw new Error("console_banks printed no bank table");
  }
  return table;
}

let banksCache = null; // one `cargo run` per process (the e2e tests build several times)

/**
 * Builds build/www/ (or `out`) from `pkg` (the built package, pkg/ by
 * default) and returns its path.
 */
export function buildWww(out = `${root}build/www`, { pkg = `${root}pkg` } = {}) {
  const found = entries(pkg);
  if (!found["."]) throw new Error(`${pkg}/package.json has no browser file for the main entry`);
  for (const [sub, file] of Object.entries(found)) {
    if (file && !existsSync(`${pkg}/${file}`)) {
      throw new Error(`exports["${sub}"] is ${file}, missing from ${pkg}/: run \`make build\` first`);
    }
  }
  banksCache ??= JSON.stringify(bankTable());
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(`${root}www`, out, { recursive: true });
  // The package's JS and wasm (pkg/src/ and the built pkg/gen/), every folder.
  const shipped = (src) => statSync(src).isDirectory() || /\.(m?js|wasm)$/.test(src);
  for (const dir of ["src", "gen"]) {
    if (existsSync(`${pkg}/${dir}`)) cpSync(`${pkg}/${dir}`, `${out}/pkg/${dir}`, { recursive: true, filter: shipped });
  }
  writeFileSync(
    `${out}/entries.js`,
    "// Written by scripts/build-www.mjs from pkg/package.json \"exports\": the file a browser\n" +
      "// loads for each package subpath the console uses (null: not in this build).\n" +
      `export const ENTRIES = ${JSON.stringify(found, null, 2)};\n`,
  );
  writeFileSync(`${out}/banks.json`, banksCache);
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
