#!/bin/sh
# Coverage-guided fuzzing of every target, one after another on one core.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s; all targets)
#
# Needs `cargo install cargo-fuzz`; RUSTC_BOOTSTRAP=1 lets the stable toolchain build
# with the sanitizer flags cargo-fuzz passes. Each run starts from the kept corpus
# (fuzz/corpus/TARGET, plus fuzz/seeds/TARGET when there is one), and the corpus is
# minimized afterwards (cargo fuzz cmin). Crashes land in fuzz/artifacts/TARGET/; the
# stable tests replay them (crates/whosaid/tests/fuzz_seeds.rs,
# crates/whosaid-ingest/tests/fuzz_corpus.rs). The libFuzzer summary of each run
# (executions, cov, ft) is kept in fuzz/logs/TARGET.log.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"analyze html warc jsonl gzip query"}
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/logs
for t in $targets; do
    mkdir -p "fuzz/corpus/$t"
    seeds=""
    [ -d "fuzz/seeds/$t" ] && seeds="fuzz/seeds/$t"
    echo "== $t: $secs s"
    nice -n 19 cargo fuzz run -O "$t" "fuzz/corpus/$t" $seeds -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=20 -print_final_stats=1 \
        > "fuzz/logs/$t.log" 2>&1 || echo "$t: crashed or failed, see fuzz/logs/$t.log and fuzz/artifacts/$t/"
    grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|cov:" "fuzz/logs/$t.log" | tail -3
    nice -n 19 cargo fuzz cmin -O "$t" "fuzz/corpus/$t" > "fuzz/logs/$t.cmin.log" 2>&1 || true
    echo "   corpus: $(ls "fuzz/corpus/$t" | wc -l) files"
done
