#!/usr/bin/env bash
# Performance report (not part of the tests): builds the release, then measures
# first-load transfer, wasm contributors, Lighthouse mobile/desktop served with
# gzip, input-to-result latency at 4x CPU throttle and the host engine.
# Writes BENCHMARKS.md. About 10 minutes on a warm machine (the floor's first
# build adds about 80 s).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
mkdir -p target/bench

step() { printf '\n== bench: %s\n' "$*"; }

if ! command -v twiggy >/dev/null; then
  step "twiggy (wasm size profiler, about 1 minute)"; cargo install --locked twiggy --version '^0.8'
fi

step "release build (dist/)"
trunk build --release --offline

step "the stack's floor: a minimal Yew app (bench/floor)"
(cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target/floor" trunk build --release --offline --config Trunk.toml --dist ../../target/bench/floor)

step "wasm contributors: the same build with names kept"
cargo build --release --target wasm32-unknown-unknown --bin outsource-check --quiet
rm -rf target/bench/wb
wasm-bindgen --target web --out-dir target/bench/wb target/wasm32-unknown-unknown/release/outsource-check.wasm
wasm-opt -Oz -g target/bench/wb/outsource-check_bg.wasm -o target/bench/named.wasm
twiggy top -n 100000 --format csv target/bench/named.wasm > target/bench/twiggy.csv

step "engine on the host (divan)"
cargo bench --quiet --bench engine -- --sample-count 500 | tee target/bench/engine.txt

step "Lighthouse, latency, report"
node scripts/bench.mjs
echo "bench: wrote BENCHMARKS.md"
