#!/usr/bin/env bash
# Build and serve the app at http://127.0.0.1:8080 (set-up runs first; it is quick once done).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec trunk serve --release --offline
