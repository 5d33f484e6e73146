#!/usr/bin/env bash
# The dashboard in a real headless Chromium (issue 12): indexes PolNeAR train+dev and the seed
# from ../shared into a fresh store, serves it, and runs tests/browser/dashboard.test.mjs
# (node's test runner + playwright-core driving Debian's /usr/bin/chromium).
# Screenshots go to target/screenshots/. Needs: chromium (apt), node + npm, a release build.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
bin="$root/target/release/whosaid"
shared="$root/../shared"
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
[ -x "$bin" ] || cargo build --release -p whosaid-cli
"$bin" index "$shared/gold/polnear/train" "$shared/gold/polnear/dev" "$shared/gold/seed" --db "$work/gold.db" 2>&1 | tail -1
"$bin" serve --db "$work/gold.db" --addr 127.0.0.1:0 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do grep -q " at http://" "$work/serve.log" && break; sleep 0.1; done
url="$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)"
[ -n "$url" ] || { cat "$work/serve.log"; exit 1; }
cd crates/whosaid-server/tests/browser
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --silent
mkdir -p "$root/target/screenshots"
WHOSAID_URL="$url" WHOSAID_DB="$work/gold.db" WHOSAID_BIN="$bin" SCREENSHOTS="$root/target/screenshots" node --test dashboard.test.mjs
