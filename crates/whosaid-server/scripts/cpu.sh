#!/usr/bin/env bash
# Server CPU per request over new slices, a benchmark, never a timed unit test: the server's CPU
# time (/proc/PID/stat, user + system, which other jobs on the machine distort less than wall
# time) over N requests of each kind, one at a time, each over a date range never asked before
# (the ranges of paths.py's overview.txt): statistics by outlet and by month (alternating), and
# people lists (the overview's ten most quoted women, one request per range, so each counts
# its slice). Waits for the caches and the quote codes (whose reading would count) first.
#
#   crates/whosaid-server/scripts/cpu.sh /tmp/1m.db [N=300]
#   BIN=/path/to/whosaid crates/whosaid-server/scripts/cpu.sh DB     # another build's server
set -euo pipefail
db="${1:?usage: cpu.sh DB [N]}"
n="${2:-300}"
. "$(dirname "$0")/common.sh"

start_server 300 0.01 --db "$db"
for _ in $(seq 3600); do grep -q "caches warm" "$work/serve.log" && break; sleep 1; done
if grep -qa "speaker codes read\|quote codes read" "$bin"; then
    curl -s -o /dev/null "$url/v1/search?q=said&gender=female"
    for _ in $(seq 600); do grep -q "speaker codes\|quote codes" "$work/serve.log" && break; sleep 1; done
fi
python3 "$(dirname "$0")/paths.py" "$db" "$work"
grep -m "$n" '^/v1/stats?by=\(outlet\|month\)' "$work/overview.txt" > "$work/cpu-stats.txt" || true
grep -m "$n" '^/v1/speakers?gender=female' "$work/overview.txt" > "$work/cpu-people.txt" || true
ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
hz=$(getconf CLK_TCK)
for kind in stats people; do
    before=$(ticks)
    start=$(date +%s.%N)
    while read -r p; do curl -sf -o /dev/null "$url$p" || { echo "FAILED $p"; exit 1; }; done < "$work/cpu-$kind.txt"
    after=$(ticks)
    end=$(date +%s.%N)
    python3 -c "import sys; k, t, n, hz, w, l = sys.argv[1:]; print(f'{k}: {n} requests, server CPU {int(t) * 1000 / int(hz) / int(n):.2f} ms per request, wall {float(w) / int(n) * 1000:.1f} ms per request, load {l}')" \
        "$kind" "$((after - before))" "$(wc -l < "$work/cpu-$kind.txt")" "$hz" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
done
