// Writes CommonJS copies of the package's ESM modules (pkg/src/*.js that
// the entries use → NAME.cjs in the folder given, default pkg/gen/), so the
// sources are maintained once.
// It handles only the forms those files use — `import { a, b } from
// "./x.js"`, `import * as g from "../gen/x.js"` (the glue, whose CommonJS
// twin sits beside the output), `export { a, b } from "./x.js"`, `export *
// from "./x.js"` and `export function` / `export const` / `export class` —
// and fails the build on anything else rather than emit a broken module.
import { readFileSync, writeFileSync } from "node:fs";
import { ENTRIES } from "./entries.mjs";

const pkg = new URL("../pkg/", import.meta.url);

export function toCjs(source, file) {
  const names = [];
  let out = source
    .replace(/^import \{([^}]*)\} from "\.\/([\w-]+)\.js";$/gm, (_, list, mod) => `const {${list}} = require("./${mod}.cjs");`)
    .replace(/^import \* as (\w+) from "\.\.\/gen\/([\w-]+)\.js";$/gm, (_, name, mod) => `const ${name} = require("./${mod}.cjs");`)
    .replace(/^export \{([^}]*)\} from "\.\/([\w-]+)\.js";$/gm, (_, list, mod) => {
      names.push(...list.split(",").map((n) => n.trim()).filter(Boolean));
      return `const {${list}} = require("./${mod}.cjs");`;
    })
    .replace(/^export \* from "\.\/([\w-]+)\.js";$/gm, (_, mod) => `Object.assign(exports, require("./${mod}.cjs"));`)
    .replace(/^export (function|const|class) (\w+)/gm, (_, kind, name) => {
      names.push(name);
      return `${kind} ${name}`;
    });
  const left = out.match(/^\s*(import|export)\b.*$/m);
  if (left) throw new Error(`cjs: ${file}: cannot convert \`${left[0].trim()}\``);
  if (/\bimport\.meta\b/.test(out)) throw new Error(`cjs: ${file}: uses import.meta`);
  out = `"use strict";\n// Generated from src/${file} by scripts/cjs.mjs; edit the source.\n${out}`;
  out += `\n${names.map((n) => `exports.${n} = ${n};`).join("\n")}\n`;
  return out;
}

/** The modules converted: the shared ones and each entry's API. */
export const MODULES = ["core", "tape", "result", "keys", "schema", "issues", "json-schema", ...ENTRIES.map((e) => e.name)];

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const out = process.argv[2] ?? new URL("gen/", pkg).pathname;
  for (const f of MODULES) {
    const src = readFileSync(new URL(`src/${f}.js`, pkg), "utf8");
    writeFileSync(`${out}/${f}.cjs`, toCjs(src, `${f}.js`));
  }
}
