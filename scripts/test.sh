#!/usr/bin/env bash
# Every test: lint, host unit + property tests, browser component tests,
# release build, end-to-end tests (phone and desktop, axe), the same smoke
# scenarios on Chromium, WebKit and Firefox. CI runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n== test: %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --workspace --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "model: host unit and property tests"
cargo test --quiet

step "components: wasm-bindgen-test in headless Chromium"
# The runner takes the first driver it finds (geckodriver is installed too): name Chromium.
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test web

step "release build (dist/, once per run)"
trunk build --release --offline

step "byte budget: each language's first load against budget.json"
node scripts/size-budget.mjs dist

step "end to end: Playwright on Debian's Chromium"
playwright test

step "cross-engine smoke: Chromium, WebKit, Firefox through WebDriver"
node tests/engines/run.mjs
echo "all tests passed"
