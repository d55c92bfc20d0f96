#!/usr/bin/env bash
# Builds the npm package in pkg/: the wasm (release, size-tuned), its
# wasm-bindgen glue for the web (ESM) and for Node's `require` (CJS, beside
# the same wasm file), `wasm-opt -Oz`, the CommonJS copies of the JS API
# (scripts/cjs.mjs) and the CommonJS types, then prints the size that ships.
#
# Skips everything after `cargo build` when pkg/gen/ is newer than its
# inputs, and builds into a temporary folder that replaces pkg/gen/ in one
# step, so concurrent builds never see a half-written package.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --release --target wasm32-unknown-unknown
WASM=target/wasm32-unknown-unknown/release/ebp_cancel.wasm
INPUTS=("$WASM" pkg/src/api.js pkg/src/pack.js pkg/src/schema.js pkg/src/issues.js pkg/src/json-schema.js pkg/index.d.ts scripts/build.sh scripts/cjs.mjs package-lock.json)

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
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name ebp_cancel "$WASM"
wasm-bindgen --target nodejs --no-typescript --out-dir "$OUT.node" --out-name ebp_cancel "$WASM"
# One wasm file serves both glues: wasm-bindgen writes the same bytes for each target.
cmp -s "$OUT/ebp_cancel_bg.wasm" "$OUT.node/ebp_cancel_bg.wasm" ||
  { echo "build: web and nodejs wasm differ" >&2; exit 1; }
mv "$OUT.node/ebp_cancel.js" "$OUT/ebp_cancel.cjs"
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/ebp_cancel_bg.wasm" -o "$OUT/ebp_cancel_bg.wasm"
node scripts/cjs.mjs "$OUT"
cp pkg/index.d.ts "$OUT/index.d.cts"
touch "$OUT/.stamp"
chmod 755 "$OUT"
rm -rf pkg/gen.old
if [ -d pkg/gen ]; then mv pkg/gen pkg/gen.old; fi
mv "$OUT" pkg/gen
rm -rf pkg/gen.old
node scripts/size.mjs
