#!/usr/bin/env bash
# Debian's Chromium and its WebDriver, for the browser tests (wasm-bindgen-test
# in Chromium, the consumer and admin-console pages); skipped when present.
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium chromium-driver
fi
