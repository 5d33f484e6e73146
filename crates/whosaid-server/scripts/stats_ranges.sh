#!/usr/bin/env bash
# Statistics over date ranges never asked before (issue 12: p99 <= 100 ms over any range), a
# benchmark, never a timed unit test. Serves DB read-only, waits for the caches to warm, then
# asks GET /v1/stats once for each of N random slices (whole months or days, a third with an
# outlet, by outlet, month and speaker in turn), one at a time; prints curl's p50/p99/max per
# grouping and the load average. With OUT set, keeps each answer as OUT/NNN.json so two builds'
# answers can be compared (`cmp`) slice by slice.
#
#   crates/whosaid-server/scripts/stats_ranges.sh /tmp/1m.db [N=120] [SEED=7]
#   BIN=/path/to/whosaid OUT=/tmp/answers crates/whosaid-server/scripts/stats_ranges.sh /tmp/1m.db
set -euo pipefail
db="${1:?usage: stats_ranges.sh DB [N] [SEED]}"
n="${2:-120}"
seed="${3:-7}"
. "$(dirname "$0")/common.sh"

start_server 300 0.01 --db "$db"
for _ in $(seq 3600); do grep -q "caches warm" "$work/serve.log" && break; sleep 1; done
grep "caches warm" "$work/serve.log"

python3 - "$db" "$n" "$seed" > "$work/ranges.txt" <<'PY'
import sqlite3, sys, random
db, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
months = [r[0] for r in c.execute("SELECT DISTINCT month FROM articles WHERE month IS NOT NULL ORDER BY month")]
outlets = [r[0] for r in c.execute("SELECT DISTINCT outlet FROM articles LIMIT 50")]
random.seed(seed)
for i in range(n):
    a, b = sorted(random.choices(range(len(months)), k=2))
    by = ["outlet", "month", "speaker"][i % 3]
    if random.random() < 0.5:
        p = f"from={months[a]}&to={months[b]}"
    else:
        p = f"from={months[a]}-{random.randint(1, 28):02d}&to={months[b]}-{random.randint(1, 28):02d}"
    if random.random() < 1 / 3:
        p += f"&outlet={random.choice(outlets)}"
    print(f"/v1/stats?by={by}&{p}")
PY
[ -n "${OUT:-}" ] && mkdir -p "$OUT"
i=0
while read -r p; do
  i=$((i + 1))
  o=/dev/null
  [ -n "${OUT:-}" ] && { o="$OUT/$(printf %03d $i).json"; echo "$p" >> "$OUT/paths.txt"; }
  curl -s -o "$o" -w "%{http_code} %{time_total} $p\n" "$url$p"
done < "$work/ranges.txt" > "$work/times.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/times.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def show(name, rs):
    t = sorted(float(r[1]) * 1000 for r in rs)
    if not t:
        return
    at = lambda p: t[min(len(t) - 1, max(0, int(len(t) * p + 0.999) - 1))]
    bad = sum(r[0] != "200" for r in rs)
    print(f"{name:8} requests={len(t)} p50_ms={at(0.5):.1f} p99_ms={at(0.99):.1f} max_ms={t[-1]:.1f} non200={bad}")
show("all", rows)
for by in ["outlet", "month", "speaker"]:
    show(by, [r for r in rows if f"by={by}&" in r[2]])
PY
