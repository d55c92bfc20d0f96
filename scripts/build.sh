#!/usr/bin/env bash
# Builds the npm package in pkg/: the wasm (release, size-tuned), its
# wasm-bindgen glue, `wasm-opt -Oz`, and prints the size that ships.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --release --target wasm32-unknown-unknown
rm -rf pkg/gen
wasm-bindgen --target web --no-typescript --out-dir pkg/gen --out-name ebp_cancel \
  target/wasm32-unknown-unknown/release/ebp_cancel.wasm
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/gen/ebp_cancel_bg.wasm -o pkg/gen/ebp_cancel_bg.wasm
node scripts/size.mjs
