# ebp-cancel: `make` builds pkg/, `make test` runs everything, `make demo`
# shows the module at work. Each target installs what it needs first.

.PHONY: all build tools types browser test test-forms test-docs generate test-rust test-wasm test-browser test-node test-e2e test-consumers test-size test-startup lint demo clean fuzz test-fuzz test-hostile audit bench test-bench

all: build

tools:
	@scripts/tools.sh

build: tools
	@scripts/build.sh

# Debian's chromium + chromium-driver (apt-get, when missing).
browser:
	@scripts/browser.sh

lint: tools
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features serde -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features bench-boundaries -- -D warnings

test-rust:
	cargo test --quiet
	cargo test --quiet --features serde --test serde_feature

# Rewrites pkg/codes.d.ts (the IssueCode union and each code's params) from
# the catalogue; `make test-rust` fails while it is stale.
types:
	BLESS=1 cargo test --quiet --test generated_types

# The wasm boundary (tests/wasm.rs) in Node, then in headless Chromium.
WASM_TEST = WASM_BINDGEN_TEST_TIMEOUT=180 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test wasm
test-wasm: tools
	$(WASM_TEST)

test-browser: tools browser
	CHROMEDRIVER=$$(command -v chromedriver) WASM_BINDGEN_USE_BROWSER=1 $(WASM_TEST)

test-node: build
	node --test test/node/

# The admin console in headless Chromium (screenshots in build/e2e/).
test-e2e: build browser
	node --test test/e2e/

# The npm tarball installed into fresh Node ESM / CommonJS / TypeScript /
# Vite / plain-HTML projects (the README examples), pages in Chromium.
test-consumers: build browser
	node --test test/consumers/

# Form libraries on the packed tarball (test/forms/, pinned in its
# package-lock.json): React Hook Form in Chromium (the README component),
# TanStack Form, and tsc --strict on the inferred types. Screenshots in build/forms/.
test-forms: build browser
	cd test/forms && npm ci --no-audit --no-fund --loglevel=error
	node --test test/forms/

# The generated files are what the model renders: docs/errors.md (every code,
# with a run example), pkg/schema/*.json and pkg/src/json-schema.js.
test-docs:
	cargo test --quiet --test error_reference --test generated

# Rewrites them after a change to the catalogue, the messages or the model.
generate:
	UPDATE_DOCS=1 UPDATE_GENERATED=1 cargo test --quiet --test error_reference --test generated

# wasm + JS a page loads for each entry (scripts/entries.mjs), gzipped,
# against the budgets in scripts/size.mjs.
test-size: build
	node scripts/size.mjs --check

# Compile + instantiate of the main and checkout wasm in headless Chromium
# (median of fresh page loads), against the budgets in bench/startup.mjs.
test-startup: build browser
	node bench/startup.mjs --check

# Fuzzing (fuzz/, cargo-fuzz with AddressSanitizer on stable Rust): each
# target for FUZZ_SECONDS from the seeds in fuzz/seeds/; a crash or broken
# invariant fails and leaves the input in fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 300
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The same, 25 s per target, so the targets cannot rot.
test-fuzz:
	scripts/fuzz.sh 25

# Hostile inputs through the built package, in Node and headless Chromium
# (under a strict CSP); no leaks, no console, no eval (test/hostile/).
test-hostile: build browser
	node --test test/hostile/

# Supply chain: cargo deny (deny.toml), npm audit, LICENSES.md up to date.
audit:
	scripts/audit.sh

# Benchmarks (bench/, issue #8): this package against Zod 4, Ajv 8 and
# hand-written JS in one Node process, the boundary alternatives, the core
# natively, size (twiggy) and start-up in headless Chromium; the tables go
# into bench/RESULTS.md. Not part of `make test`: run on a quiet machine.
bench: build browser
	@command -v twiggy >/dev/null || cargo install --locked twiggy@0.8.0
	bench/build.sh
	rm -f bench/gen/targets.json
	node bench/machine.mjs --write
	node bench/native.mjs --write
	node bench/run.mjs --write
	node bench/size.mjs --write
	node bench/startup.mjs --write
	node bench/vite.mjs --write
	node bench/targets.mjs --write

# The benchmarks with tiny iteration counts (answers checked, nothing
# written), so they cannot rot.
test-bench: build browser
	bench/build.sh
	node bench/pack-diff.mjs
	node bench/native.mjs --smoke
	node bench/run.mjs --smoke
	node bench/vite.mjs --smoke

test: lint test-rust test-docs test-wasm test-browser test-node test-e2e test-consumers test-forms test-size test-startup test-fuzz test-hostile audit test-bench

# The admin console (www/) on the embedded seed order, at http://127.0.0.1:8080/
# (PORT=n make demo for another port).
demo: build
	node scripts/build-www.mjs
	node scripts/serve.mjs

clean:
	rm -rf target pkg/gen node_modules test/forms/node_modules build fuzz/target fuzz/artifacts
