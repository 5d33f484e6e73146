#!/usr/bin/env bash
# Two builds' servers answer byte for byte the same: serves DB with OLD and NEW `whosaid`
# binaries side by side and GETs the same requests from both: 500 searches of paths.py with
# their cursor pages (up to 3 pages each), people lists, 40 person profiles, people over 16
# slices (dates, outlets) filtered, sorted and paged 7 ways, statistics over 40 slices and 200
# overview requests over new ranges; prints each path whose answers differ
# and the count. A tool for changes meant to keep every answer, not a test.
#
#   crates/whosaid-server/scripts/compare.sh /tmp/ws100k.db /tmp/whosaid-old target/release/whosaid
set -euo pipefail
db="${1:?usage: compare.sh DB OLD_BIN NEW_BIN}"
old="${2:?usage: compare.sh DB OLD_BIN NEW_BIN}"
new="${3:?usage: compare.sh DB OLD_BIN NEW_BIN}"
. "$(dirname "$0")/common.sh"
bin="$old" start_server 300 0.01 --db "$db"
old_url="$url" old_pid="$server_pid"
mv "$work/serve.log" "$work/old.log"
bin="$new" start_server 300 0.01 --db "$db"
new_url="$url"
trap 'kill "$old_pid" 2>/dev/null; cleanup' EXIT
for log in "$work/old.log" "$work/serve.log"; do
  for _ in $(seq 3600); do grep -q "caches warm" "$log" && break; sleep 1; done
done
# The quote codes (filtered searches) are read after the first search that asks for them: ask
# both, and wait for them, so that every search compared runs as it does on a warm server.
for u in "$old_url" "$new_url"; do curl -s -o /dev/null "$u/v1/search?q=said&gender=female"; done
for log in "$work/old.log" "$work/serve.log"; do
  for _ in $(seq 600); do grep -q "speaker codes\|quote codes" "$log" && break; sleep 1; done
done
python3 "$here/paths.py" "$db" "$work"
python3 - "$old_url" "$new_url" "$work" <<'PY'
import json, sys, urllib.request, urllib.error
old, new, work = sys.argv[1:4]
def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
lines = lambda f: [l for l in open(f"{work}/{f}").read().splitlines() if l]
paths, differ, n = [], [], 0
def check(path):
    global n
    n += 1
    a, b = get(old, path), get(new, path)
    if a != b:
        differ.append(path)
    return a
for p in lines("search.txt")[:500]:
    for _ in range(3):
        status, body = check(p)
        cur = json.loads(body).get("next_cursor") if status == 200 else None
        if not cur:
            break
        p = p.split("&cursor=")[0] + "&cursor=" + cur
keys = []
for p in lines("speakers.txt") + ["/v1/speakers?kind=organization&limit=50", "/v1/speakers?sort=name&limit=200", "/v1/speakers?limit=1000&offset=5000"]:
    status, body = check(p)
    keys += [s["key"] for s in json.loads(body).get("speakers", []) if s.get("key")]
for k in sorted(set(keys))[:40]:
    check("/v1/speakers/" + urllib.request.quote(k))
# People over slices (dates, an outlet in any case, both), filtered, sorted and paged each way.
outlets = [r["key"] for r in json.loads(get(old, "/v1/stats?by=outlet")[1]).get("rows", [])][:3]
ranges = [p.split("&", 1)[1] for p in lines("overview.txt")[:40:4]]
slices = ranges + [f"outlet={urllib.request.quote(o)}" for o in outlets] + [f"outlet={urllib.request.quote(o.upper())}&{r}" for o, r in zip(outlets, ranges)]
for s in slices:
    for v in ["limit=50", "sort=articles&limit=20", "sort=outlets&limit=20", "sort=name&limit=20&offset=7",
              "min_quotes=5&gender=unknown&limit=30", "q=an&limit=10", "gender=female&limit=1000&offset=30"]:
        check(f"/v1/speakers?{v}&{s}")
for p in lines("stats.txt") + lines("ranges.txt") + lines("overview.txt")[:200]:
    check(p)
for p in differ:
    print("DIFFERS", p)
print(f"compared {n} requests: {n - len(differ)} equal, {len(differ)} differ")
sys.exit(1 if differ else 0)
PY
