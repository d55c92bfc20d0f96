#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ on stable Rust: libFuzzer needs
# nightly-only flags, which RUSTC_BOOTSTRAP=1 unlocks on stable, and the
# AddressSanitizer runtime ships with stable's rust-std. Falls back to
# `--sanitizer none` (and says so) only if the ASan build fails.
#
#   scripts/fuzz.sh [SECONDS] [target...]     (default: 300 s each, every target)
#
# Each target starts from its seeds (fuzz/seeds/<target>/, copied to a
# temporary corpus that is deleted afterwards: generated corpora are never
# kept). A crash or a broken invariant fails the run; the input is saved in
# fuzz/artifacts/<target>/ to turn into a test in tests/regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-${FUZZ_SECONDS:-300}}
shift || true

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
cd fuzz
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  mapfile -t TARGETS < <(cargo fuzz list)
fi

SANITIZER=address
if ! cargo fuzz build -O --sanitizer address >build.log 2>&1; then
  echo "fuzz: the AddressSanitizer build failed (see fuzz/build.log); running with --sanitizer none" >&2
  SANITIZER=none
  cargo fuzz build -O --sanitizer none
fi
rm -f build.log

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for t in "${TARGETS[@]}"; do
  corpus="$TMP/$t"
  mkdir -p "$corpus" "artifacts/$t"
  if [ -d "seeds/$t" ]; then cp seeds/"$t"/* "$corpus"/; fi
  log="$TMP/$t.log"
  start=$(date +%s)
  if cargo fuzz run -O --sanitizer "$SANITIZER" "$t" "$corpus" -- \
      -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="artifacts/$t/" >"$log" 2>&1; then
    result="no crash"
  else
    result="FAILED"
    status=1
    tail -n 60 "$log" >&2
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "fuzz: $t ($SANITIZER): ${runs:-?} runs in $(( $(date +%s) - start )) s, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) inputs: $result"
done
exit $status
