# ebp-cancel: `make` builds pkg/, `make test` runs everything, `make demo`
# shows the module at work. Each target installs what it needs first.

.PHONY: all build tools test test-rust test-node lint demo clean

all: build

tools:
	@scripts/tools.sh

build: tools
	@scripts/build.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-rust:
	cargo test --quiet

test-node: build
	node --test test/node/

test: lint test-rust test-node
	node scripts/size.mjs --check

demo: build
	node scripts/demo.mjs

clean:
	rm -rf target pkg/gen node_modules build
