#!/usr/bin/env bash
# Debian's Chromium and its WebDriver, for the browser tests (wasm-bindgen-test
# in Chromium, the consumer and admin-console pages), and a Korean font
# (fonts-nanum) so the console's Korean screenshots show Hangul, not boxes.
# Each is installed only when missing; the package lists are refreshed only
# when apt does not know a wanted package yet.
set -euo pipefail

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# fc-list is in fontconfig, which chromium pulls in; without it, ask dpkg.
if command -v fc-list >/dev/null; then
  [ -n "$(fc-list :lang=ko family)" ] || missing+=(fonts-nanum)
else
  dpkg -s fonts-nanum >/dev/null 2>&1 || missing+=(fonts-nanum)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

export DEBIAN_FRONTEND=noninteractive
for pkg in "${missing[@]}"; do
  if ! apt-cache show "$pkg" >/dev/null 2>&1; then
    apt-get update
    break
  fi
done
apt-get install -y "${missing[@]}"
