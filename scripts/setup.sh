#!/usr/bin/env bash
# Install everything the project needs on a fresh machine; skip what is there.
# ~20 min the first time (trunk builds from source), seconds on a warm machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32 target"; rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  # 0.22 needs a newer rustc than this machine's 1.95: pin ^0.21.
  step "trunk (about 10-15 minutes)"; cargo install --locked trunk --version '^0.21'
fi

# wasm-bindgen-cli must equal the lockfile's wasm-bindgen exactly.
wbg=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  # No --locked: its lockfile pins a webpki-roots the registry mirror lacks.
  step "wasm-bindgen-cli $wbg"; cargo install wasm-bindgen-cli --version "$wbg" --force
fi
if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
  echo "Trunk.toml's [tools] wasm_bindgen must be $wbg (Cargo.lock)" >&2; exit 1
fi

# Browsers from Debian, one apt run for whatever is missing: Chromium and its
# driver; WebKitGTK's WebKitWebDriver (+ MiniBrowser) and Xvfb for its window;
# Firefox ESR. About a minute the first time.
pkgs=()
command -v chromium >/dev/null || pkgs+=(chromium)
command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
command -v WebKitWebDriver >/dev/null || pkgs+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || pkgs+=(xvfb)
command -v firefox-esr >/dev/null || pkgs+=(firefox-esr)
if [ ${#pkgs[@]} -gt 0 ]; then
  step "Debian packages: ${pkgs[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}"
fi

if ! geckodriver --version 2>/dev/null | grep -q '^geckodriver 0\.37\.'; then
  step "geckodriver (Firefox's WebDriver, about 2 minutes)"
  cargo install --locked geckodriver --version '0.37.1'
fi

# npm: binaryen (the only wasm-opt that reads wasm-bindgen 0.2.130 output),
# Playwright and axe, selenium-webdriver (the cross-engine suite), Lighthouse
# (the bench). Never download Playwright's own browsers.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages"; npm ci --no-audit --no-fund
fi
echo "setup: ok"
