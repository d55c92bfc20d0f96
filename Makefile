# ebp-cancel: `make` builds pkg/, `make test` runs everything, `make demo`
# shows the module at work. Each target installs what it needs first.

.PHONY: all build tools browser test test-rust test-wasm test-browser test-node test-e2e test-consumers test-size lint demo clean fuzz test-fuzz test-hostile audit

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
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

test-rust:
	cargo test --quiet

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

# wasm + JS a page loads, gzipped, against BUDGET_GZ in scripts/size.mjs.
test-size: build
	node scripts/size.mjs --check

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

test: lint test-rust test-wasm test-browser test-node test-e2e test-consumers test-size test-fuzz test-hostile audit

# The admin console (www/) on the embedded seed order, at http://127.0.0.1:8080/
# (PORT=n make demo for another port).
demo: build
	node scripts/build-www.mjs
	node scripts/serve.mjs

clean:
	rm -rf target pkg/gen node_modules build fuzz/target fuzz/artifacts
