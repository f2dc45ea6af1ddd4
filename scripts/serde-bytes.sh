#!/usr/bin/env bash
# Bytes of serde's wire crates, measured (benches/history.md): the bare Yew
# app of bench/floor alone, with the app's JSON reads and writes through
# serde_json, and through serde-wasm-bindgen over the browser's JSON. Same
# release profile, wasm-bindgen and wasm-opt -Oz as the app; gzip -9.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
out=target/serde-bytes
mkdir -p "$out"
for variant in none json swb; do
  features=()
  [ "$variant" = none ] || features=(--features "$variant")
  (cd bench/serde && CARGO_TARGET_DIR=../../target/serde-bytes/cargo cargo build --quiet --release --target wasm32-unknown-unknown "${features[@]}")
  wasm-bindgen --target web --out-dir "$out/$variant" target/serde-bytes/cargo/wasm32-unknown-unknown/release/serde-bytes.wasm
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
    "$out/$variant/serde-bytes_bg.wasm" -o "$out/$variant/opt.wasm"
  wasm=$(stat -c %s "$out/$variant/opt.wasm")
  wgz=$(gzip -9 -c "$out/$variant/opt.wasm" | wc -c)
  jgz=$(gzip -9 -c "$out/$variant/serde-bytes.js" | wc -c)
  printf '%-5s wasm %7d B raw, %6d B gzip; glue %5d B gzip; total gzip %6d B\n' "$variant" "$wasm" "$wgz" "$jgz" $((wgz + jgz))
done
