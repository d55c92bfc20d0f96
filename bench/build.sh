#!/usr/bin/env bash
# Builds what bench/ measures beside the shipped package, in its own cargo
# target dir (target/bench) so it never races `make build` for the wasm file
# the package is made from:
#  - bench/gen/ebp_cancel_bench*: the core with the alternative boundaries
#    of src/wasm_bench.rs (feature `bench-boundaries`), same profile and
#    `wasm-opt` flags as pkg/ (scripts/build.sh), so its `validate` is the shipped path;
#  - bench/gen/size/: the shipped configuration (no feature) after
#    wasm-bindgen and before wasm-opt, names kept, for `twiggy`.
set -euo pipefail
cd "$(dirname "$0")/.."

TD=target/bench
OUT=bench/gen
WASM=$TD/wasm32-unknown-unknown/release/ebp_cancel.wasm
mkdir -p "$OUT/size"

cargo build --quiet --release --target wasm32-unknown-unknown --target-dir "$TD" --no-default-features --features ebp
wasm-bindgen --target web --no-typescript --out-dir "$OUT/size" --out-name ebp_cancel "$WASM"

cargo build --quiet --release --target wasm32-unknown-unknown --target-dir "$TD" --features bench-boundaries
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name ebp_cancel_bench "$WASM"
node_modules/.bin/wasm-opt -Os --low-memory-unused --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/ebp_cancel_bench_bg.wasm" -o "$OUT/ebp_cancel_bench_bg.wasm"
