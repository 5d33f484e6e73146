#!/usr/bin/env bash
# Load benchmark of `whosaid serve` (issue 12), never a timed unit test. Serves DB read-only,
# waits for the caches the dashboard uses to warm, then drives it from a second process on
# loopback with wrk: DURATION seconds, CONNS connections, on a mix of search, stats and
# speakers requests, then each kind alone; then statistics over date ranges not asked before,
# one at a time, beside the mix, and (with the overview's people lists) under load; then
# POST /v1/analyze of PolNeAR dev articles.
# Prints the start-up time, cache warm-up time and, per run: requests/s, p50, p99, errors.
#
#   crates/whosaid-server/scripts/load.sh /tmp/1m.db [DURATION=60] [CONNS=64]
#
# The 1M store: whosaid bench-index --db /tmp/1m.db --generate 1000000 --seed 42 --optimize
# Search words are drawn from the store's own quotes (the first 4,000), so every query matches.
# The latencies at a bounded rate (open loop): openloop.sh beside it.
set -euo pipefail
db="${1:?usage: load.sh DB [DURATION] [CONNS]}"
dur="${2:-60}"
conns="${3:-64}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
. "$(dirname "$0")/common.sh"

start=$(date +%s.%N)
start_server 300 0.01 --db "$db"
curl -sf "$url/openapi.json" >/dev/null
echo "start-up: $(echo "$(date +%s.%N) - $start" | bc) s to the first answer"
warm_up "$db"

run() { # name paths-file seconds
  printf "%-9s " "$1"
  PATHS="$2" wrk -t2 -c"$conns" -d"$3"s --latency --timeout 10s -s "$here/load.lua" "$url" | grep '^RESULT' | sed 's/^RESULT //'
}
echo "wrk, $conns connections, loopback:"
run mix "$work/mix.txt" "$dur"
run search "$work/search.txt" "$((dur / 3))"
run stats "$work/stats.txt" "$((dur / 3))"
run speakers "$work/speakers.txt" "$((dur / 3))"

# Statistics over date ranges asked for the first time (none cached): 40 ranges of whole months
# and of days, by outlet and by month, each asked once, one at a time; curl's total time.
printf "%-9s " stats-new
while read -r p; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url$p"; done < "$work/ranges.txt" | python3 -c '
import sys
rows = [l.split() for l in sys.stdin if l.strip()]
t = sorted(float(r[1]) * 1000 for r in rows)
bad = sum(r[0] != "200" for r in rows)
at = lambda p: t[min(len(t) - 1, max(0, int(len(t) * p + 0.999) - 1))]
print(f"requests={len(t)} (each range once, one at a time) p50_ms={at(0.5):.1f} p99_ms={at(0.99):.1f} max_ms={t[-1]:.1f} non200={bad}")'

# Statistics over any date range while the mix runs: two wrk processes at once, the mix on
# CONNS - 4 connections and, on 4, statistics by outlet and by month over day ranges not asked
# before (the overview's, 6,000, each asked once; about a tenth of the requests, as the mix's
# share of statistics); each prints its own latencies.
grep '^/v1/stats' "$work/overview.txt" > "$work/stats-new.txt"
PATHS="$work/mix.txt" wrk -t1 -c"$((conns - 4))" -d"$((dur / 3))"s --latency --timeout 10s -s "$here/load.lua" "$url" | grep '^RESULT' | sed 's/^RESULT //' > "$work/mix-beside.txt" &
beside=$!
printf "%-9s " "ranges+"
PATHS="$work/stats-new.txt" wrk -t1 -c4 -d"$((dur / 3))"s --latency --timeout 10s -s "$here/load.lua" "$url" | grep '^RESULT' | sed 's/^RESULT //'
wait "$beside"
printf "%-9s " "+mix"
cat "$work/mix-beside.txt"

# The dashboard's overview over date ranges not asked before, under load: per random range of
# days, what the overview asks (stats by outlet and by month, top 10 women and men), 3,000
# ranges, so that nearly every request is counted anew (the memo keeps 512 answers).
run overview-new "$work/overview.txt" "$((dur / 3))"

# POST /v1/analyze: PolNeAR train + dev texts (924 articles, 2.2 KB to 40 KB), 8 connections.
ls "$shared"/gold/polnear/train/*.txt "$shared"/gold/polnear/dev/*.txt > "$work/texts.txt"
printf "%-9s " analyze
TEXTS="$work/texts.txt" wrk -t2 -c8 -d"$((dur / 3))"s --latency --timeout 10s -s "$here/analyze.lua" "$url" | grep '^RESULT' | sed 's/^RESULT //'
n5=$(grep -c ' -> 5' "$work/serve.log" || true)
echo "server log: $n5 answers with a 5xx status"
