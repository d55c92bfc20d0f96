#!/usr/bin/env bash
# Supply chain (`make audit`): cargo-deny on the crate and on the fuzz
# workspace (licences, bans, sources; advisories when the RustSec database
# can be fetched), npm audit of what the package ships, and the licence
# list in LICENSES.md checked against the dependency graph.
# Installs cargo-deny when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo deny --version >/dev/null 2>&1; then
  cargo install cargo-deny --locked
fi

# The policy (deny.toml): licences, duplicate versions (warnings), bans, sources.
cargo deny check -A license-exception-not-encountered licenses bans sources
cargo deny --manifest-path fuzz/Cargo.toml check licenses bans sources

# Advisories need the RustSec database from GitHub. When it cannot be
# fetched (an offline or registry-only network) that is said, not hidden;
# any advisory found fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if cargo deny check advisories >"$log" 2>&1; then
  echo "audit: advisories ok"
elif grep -q "failed to fetch advisory database" "$log"; then
  echo "audit: advisories NOT CHECKED: the RustSec database (github.com/RustSec/advisory-db) cannot be fetched from here" >&2
else
  cat "$log" >&2
  exit 1
fi

# The npm package ships no dependencies of its own: nothing of npm's runs
# in the browser but our files.
node -e '
  const p = require("./pkg/package.json");
  const deps = ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies", "bundledDependencies"].filter((k) => p[k] && Object.keys(p[k]).length);
  if (deps.length) { console.error("audit: pkg/package.json declares " + deps.join(", ")); process.exit(1); }
'
npm audit --omit=dev --audit-level=low
# The dev tooling (binaryen, playwright-core): audited when the registry
# answers the bulk advisory endpoint; high or critical findings fail.
if out=$(npm audit --json 2>/dev/null) || [ -n "$out" ]; then
  node -e '
    const r = JSON.parse(process.argv[1] || "{}");
    if (r.error || !r.metadata) { console.error("audit: npm dev tooling NOT CHECKED: the advisory endpoint answered " + (r.message || r.error?.summary || "nothing")); process.exit(0); }
    const v = r.metadata.vulnerabilities;
    console.log(`audit: npm dev tooling: ${v.total} vulnerabilities (${v.high} high, ${v.critical} critical)`);
    process.exit(v.high + v.critical > 0 ? 1 : 0);
  ' "$out"
fi

# LICENSES.md lists every crate and npm package in the graph.
node scripts/licenses.mjs --check
