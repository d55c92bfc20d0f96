#!/usr/bin/env bash
# Builds the npm package in pkg/: one wasm per entry of scripts/entries.mjs
# (release, size-tuned; the core built with only that entry's cargo feature,
# so `ebp-cancel` carries no provider code), each with its wasm-bindgen glue
# for the web (ESM) and for Node's `require` (CJS, beside the same wasm
# file), `wasm-opt`; then the entry files, the CommonJS copies of the JS API
# (scripts/cjs.mjs) and the CommonJS types, and prints the size that ships.
#
# Each entry builds in its own cargo target dir (target/wasm-NAME): cargo
# keeps one final .wasm per dir, so feature sets must not share one.
# Skips everything after `cargo build` when pkg/gen/ is newer than its
# inputs, and builds into a temporary folder that replaces pkg/gen/ in one
# step, so concurrent builds never see a half-written package.
set -euo pipefail
cd "$(dirname "$0")/.."

# The size/speed setting of the shipped wasm, chosen by measurement (bench/RESULTS.md, "opt-level").
# -Os gzips ~0.6 KB smaller than -Oz here (bigger raw, fewer distinct
# sequences) at the same speed; --low-memory-unused (Rust's stack sits below
# the data, so the first 1 KB of memory is never addressed) lets wasm-opt fold
# constant offsets into loads and stores: -2.1 KB raw, -0.75 KB gz. Together
# -1.1 KB gz of the main wasm, speed unchanged (bench/run.mjs, interleaved).
WASM_OPT_LEVEL=${WASM_OPT_LEVEL:--Os}

mapfile -t ENTRIES < <(node scripts/entries.mjs features)
node scripts/entries.mjs check

INPUTS=(pkg/src/*.js pkg/*.d.ts scripts/build.sh scripts/cjs.mjs scripts/entries.mjs package-lock.json)
for e in "${ENTRIES[@]}"; do
  cargo build --quiet --release --target wasm32-unknown-unknown --target-dir "target/wasm-$e" \
    --no-default-features --features "$e"
  INPUTS+=("target/wasm-$e/wasm32-unknown-unknown/release/ebp_cancel.wasm")
done

stale=0
[ -f pkg/gen/.stamp ] || stale=1
for f in "${INPUTS[@]}"; do
  [ "$f" -nt pkg/gen/.stamp ] && stale=1
done
if [ "$stale" = 0 ]; then
  echo "build: pkg/gen is up to date"
  node scripts/size.mjs
  exit 0
fi

OUT=$(mktemp -d pkg/.gen.XXXXXX)
trap 'rm -rf "$OUT" "$OUT.node"' EXIT
for e in "${ENTRIES[@]}"; do
  WASM="target/wasm-$e/wasm32-unknown-unknown/release/ebp_cancel.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name "${e}_wasm" "$WASM"
  rm -rf "$OUT.node"
  wasm-bindgen --target nodejs --no-typescript --out-dir "$OUT.node" --out-name "${e}_wasm" "$WASM"
  # One wasm file serves both glues: wasm-bindgen writes the same bytes for each target.
  cmp -s "$OUT/${e}_wasm_bg.wasm" "$OUT.node/${e}_wasm_bg.wasm" ||
    { echo "build: web and nodejs wasm of $e differ" >&2; exit 1; }
  mv "$OUT.node/${e}_wasm.js" "$OUT/${e}_wasm.cjs"
  node_modules/.bin/wasm-opt "$WASM_OPT_LEVEL" --low-memory-unused --strip-debug --strip-producers \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$OUT/${e}_wasm_bg.wasm" -o "$OUT/${e}_wasm_bg.wasm"
done
node scripts/entries.mjs write "$OUT"
node scripts/cjs.mjs "$OUT"
# CommonJS types: the same declarations, importing each other as .cjs.
for f in pkg/*.d.ts; do
  sed -E 's#from "\./([a-z-]+)\.js"#from "./\1.cjs"#' "$f" > "$OUT/$(basename "$f" .d.ts).d.cts"
done
touch "$OUT/.stamp"
chmod 755 "$OUT"
rm -rf pkg/gen.old
if [ -d pkg/gen ]; then mv pkg/gen pkg/gen.old; fi
mv "$OUT" pkg/gen
rm -rf pkg/gen.old
node scripts/size.mjs
