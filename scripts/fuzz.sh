#!/bin/sh
# Coverage-guided fuzzing of every target, one after another on one core.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s; all targets)
#
# Needs `cargo install cargo-fuzz`; RUSTC_BOOTSTRAP=1 lets the stable toolchain build
# with the sanitizer flags cargo-fuzz passes. Each run starts from the kept corpus
# (fuzz/corpus/TARGET, plus fuzz/seeds/TARGET when there is one; `ingest` also reads the
# reader corpora), and the corpus is minimized afterwards (cargo fuzz cmin). Crashes land in fuzz/artifacts/TARGET/; the
# stable tests replay them (crates/whosaid/tests/fuzz_seeds.rs,
# crates/whosaid-ingest/tests/fuzz_corpus.rs). The libFuzzer summary of each run
# (executions, cov, ft) is kept in fuzz/logs/TARGET.log, and one line per run is added to
# fuzz/logs/runs.tsv (date, target, seconds it ran, executions, cov, ft, corpus files after cmin),
# so a target's total time is the sum of its lines; runs.tsv and the last lines of each
# run's log (fuzz/logs/TARGET.summary.log) are kept in git, the full logs are not.
#
# Fuzzers run under `nice -n 19`: on a shared machine they take only idle CPU. Two lanes in
# parallel: `scripts/fuzz.sh 1800 analyze html & scripts/fuzz.sh 1800 warc jsonl &`.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"analyze html warc jsonl gzip query ingest"}
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/logs
for t in $targets; do
    mkdir -p "fuzz/corpus/$t"
    seeds=""
    [ -d "fuzz/seeds/$t" ] && seeds="fuzz/seeds/$t"
    [ "$t" = ingest ] && seeds="fuzz/corpus/html fuzz/corpus/warc fuzz/corpus/jsonl fuzz/corpus/gzip"
    echo "== $t: $secs s"
    # build first: the seconds logged are fuzzing time, not the sanitizer build's
    nice -n 19 cargo fuzz build -O "$t" > "fuzz/logs/$t.build.log" 2>&1 || echo "$t: build failed, see fuzz/logs/$t.build.log"
    t0=$(date +%s)
    nice -n 19 cargo fuzz run -O "$t" "fuzz/corpus/$t" $seeds -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=20 -print_final_stats=1 \
        > "fuzz/logs/$t.log" 2>&1 || echo "$t: crashed or failed, see fuzz/logs/$t.log and fuzz/artifacts/$t/"
    ran=$(( $(date +%s) - t0 ))
    grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|cov:" "fuzz/logs/$t.log" | tail -3
    tail -n 40 "fuzz/logs/$t.log" > "fuzz/logs/$t.summary.log"
    nice -n 19 cargo fuzz cmin -O "$t" "fuzz/corpus/$t" > "fuzz/logs/$t.cmin.log" 2>&1 || true
    n=$(ls "fuzz/corpus/$t" | wc -l)
    echo "   corpus: $n files"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/logs/$t.log" | tail -1)
    last=$(grep -E "^#[0-9]+" "fuzz/logs/$t.log" | grep "cov:" | tail -1)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$t" "$ran" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$n" >> fuzz/logs/runs.tsv
done
