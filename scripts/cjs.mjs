// Writes CommonJS copies of the package's ESM modules (pkg/src/api.js,
// pack.js, schema.js, issues.js, json-schema.js → *.cjs in the folder given,
// default pkg/gen/), so the sources are maintained once.
// It handles only the forms those files use — `import { a, b } from
// "./x.js"` and `export function` / `export const` — and fails the build
// on anything else rather than emit a broken module.
import { readFileSync, writeFileSync } from "node:fs";

const pkg = new URL("../pkg/", import.meta.url);

export function toCjs(source, file) {
  const names = [];
  let out = source
    .replace(/^import \{([^}]*)\} from "\.\/([\w-]+)\.js";$/gm, (_, list, mod) => `const {${list}} = require("./${mod}.cjs");`)
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

const out = process.argv[2] ?? new URL("gen/", pkg).pathname;
for (const f of ["api", "pack", "schema", "issues", "json-schema"]) {
  const src = readFileSync(new URL(`src/${f}.js`, pkg), "utf8");
  writeFileSync(`${out}/${f}.cjs`, toCjs(src, `${f}.js`));
}
