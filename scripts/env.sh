# Sourced by the other scripts: tool paths.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || true)}"
