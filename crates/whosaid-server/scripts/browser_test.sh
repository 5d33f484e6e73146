#!/usr/bin/env bash
# The dashboard in a real headless Chromium (issue 12): indexes PolNeAR train+dev and the seed
# from ../shared into a fresh store, serves it, and runs tests/browser/dashboard.test.mjs
# (node's test runner + playwright-core driving Debian's /usr/bin/chromium).
# Screenshots go to target/screenshots/. Needs: chromium (apt), node + npm, a release build.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$root"
"$bin" index "$shared/gold/polnear/train" "$shared/gold/polnear/dev" "$shared/gold/seed" --db "$work/gold.db" 2>&1 | tail -1
start_server 100 0.1 --db "$work/gold.db"
cd crates/whosaid-server/tests/browser
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --silent
mkdir -p "$root/target/screenshots"
WHOSAID_URL="$url" WHOSAID_DB="$work/gold.db" WHOSAID_BIN="$bin" SCREENSHOTS="$root/target/screenshots" node --test dashboard.test.mjs
