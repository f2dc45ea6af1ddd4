#!/usr/bin/env bash
# Bytes of serde's wire crates, measured (benches/history.md): the app's wasm
# as built (the browser's JSON, serde-wasm-bindgen's serializer, the small
# deserializer of src/ui/json.rs); and the bare Yew app of bench/floor alone
# and with the app's JSON reads and writes through serde_json or through
# serde-wasm-bindgen. Same release profile, wasm-bindgen and wasm-opt -Oz as
# the build; gzip -9. (The in-app serde_json and serde-wasm-bindgen builds
# of the history were made with a feature switch since removed.)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
out=target/serde-bytes
mkdir -p "$out"
wbg=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
measure() { # name, wasm file from cargo
  local name=$1 wasm=$2
  wasm-bindgen --target web --out-dir "$out/$name" --out-name "$name" "$wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
    "$out/$name/${name}_bg.wasm" -o "$out/$name/opt.wasm"
  local raw wgz jgz
  raw=$(stat -c %s "$out/$name/opt.wasm")
  wgz=$(gzip -9 -c "$out/$name/opt.wasm" | wc -c)
  jgz=$(gzip -9 -c "$out/$name/$name.js" | wc -c)
  printf '%-12s wasm %7d B raw, %6d B gzip; glue %5d B gzip; total gzip %6d B\n' "$name" "$raw" "$wgz" "$jgz" $((wgz + jgz))
}
echo "wasm-bindgen $wbg, $(wasm-opt --version)"
CARGO_TARGET_DIR=target/serde-bytes/app cargo build --quiet --release --target wasm32-unknown-unknown --bin outsource-check
measure app target/serde-bytes/app/wasm32-unknown-unknown/release/outsource-check.wasm
for variant in none json swb; do
  features=()
  [ "$variant" = none ] || features=(--features "$variant")
  (cd bench/serde && CARGO_TARGET_DIR=../../target/serde-bytes/cargo cargo build --quiet --release --target wasm32-unknown-unknown "${features[@]}")
  measure "floor-$variant" target/serde-bytes/cargo/wasm32-unknown-unknown/release/serde-bytes.wasm
done
