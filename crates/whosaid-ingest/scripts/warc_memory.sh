#!/usr/bin/env bash
# Generates a WARC of WARC_BIG_MB MB (default 1100) and streams it through the
# reader; prints the records read and peak RSS (VmHWM and /usr/bin/time -v).
# usage: crates/whosaid-ingest/scripts/warc_memory.sh   (from the repo root)
set -euo pipefail
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target-ingest}"
cargo test --release -p whosaid-ingest --test ingest --no-run 2>/dev/null
bin=$(ls -t "$CARGO_TARGET_DIR"/release/deps/ingest-* | grep -v '\.d$' | head -1)
/usr/bin/time -v "$bin" --ignored --exact warc::big_warc_streams_in_flat_memory --nocapture 2>&1 \
  | grep -E "read [0-9]+ records|Maximum resident|Elapsed|test result"
