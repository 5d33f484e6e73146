#!/usr/bin/env bash
# Latency at a bounded request rate (issue 12), a benchmark, never a timed unit test. load.sh's
# wrk runs are closed loop: each of the 64 connections sends its next request only when its
# last answer arrived, so at saturation p50 is about 64 / throughput and p99 measures the queue
# wrk itself builds. Here requests are due at a fixed total rate whatever the server does
# (examples/openloop.rs, 64 keep-alive connections), and each latency runs from the time the
# request was due, so waiting for a free connection counts (no coordinated omission, as wrk2).
#
# Per kind (search, speakers, the mix of load.sh): the closed-loop saturation throughput (wrk,
# as load.sh), then open-loop runs at 50% and 75% of it, then a bisection for the highest rate
# whose p99 is <= 50 ms (two more runs); then the dashboard's overview over new date ranges at
# OVERVIEW_RATE requests/s beside the mix at half its saturation. Paths from paths.py, as load.sh.
#
#   crates/whosaid-server/scripts/openloop.sh /tmp/1m.db [SECONDS=30] [CONNS=64] [OVERVIEW_RATE=20]
#   BIN=/path/to/whosaid crates/whosaid-server/scripts/openloop.sh DB    # another build's server
#   KINDS= MIX_RATE=800 crates/whosaid-server/scripts/openloop.sh DB    # only the overview beside the mix at 800/s
set -euo pipefail
db="${1:?usage: openloop.sh DB [SECONDS] [CONNS] [OVERVIEW_RATE]}"
dur="${2:-30}"
conns="${3:-64}"
orate="${4:-20}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
. "$(dirname "$0")/common.sh"
gen="$root/target/release/examples/openloop"
[ -x "$gen" ] || (cd "$root" && cargo build --release -p whosaid-server --example openloop)

start_server 300 0.01 --db "$db"
warm_up "$db"
awk '{ print "overview-" ($0 ~ /^\/v1\/stats/ ? "stats" : "speakers") "\t" $0 }' "$work/overview.txt" > "$work/overview-kinds.txt"

load() { cut -d' ' -f1 /proc/loadavg; }
closed() { # paths-file seconds -> requests/s
  PATHS="$1" wrk -t2 -c"$conns" -d"$2"s --latency --timeout 10s -s "$here/load.lua" "$url" | grep '^RESULT' | sed 's/^RESULT //'
}
open_run() { # paths-file rate seconds -> RESULT lines
  "$gen" --url "$url" --paths "$1" --rate "$2" --conns "$conns" --seconds "$3" | grep '^RESULT' | sed 's/^RESULT //'
}
p99_of() { grep '^kind=all ' | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2; }

echo "open loop, $conns connections, loopback, $dur s per run"
for k in ${KINDS-search speakers mix}; do
  sat_line=$(closed "$work/$k.txt" 20)
  sat=$(echo "$sat_line" | grep -o 'rps=[0-9]*' | cut -d= -f2)
  echo "$k closed-loop saturation (wrk, 20 s, load $(load)): $sat_line"
  lo=0; hi=$sat
  for frac in 0.5 0.75; do
    r=$(echo "$sat * $frac / 1" | bc)
    out=$(open_run "$work/$k.txt" "$r" "$dur")
    echo "$k rate=$r ($frac of saturation, load $(load)):"; echo "$out" | sed 's/^/  /'
    if (( $(echo "$(echo "$out" | p99_of) <= 50" | bc) )); then lo=$r; else hi=$r; break; fi
  done
  for _ in 1 2; do
    r=$(( (lo + hi) / 2 ))
    out=$(open_run "$work/$k.txt" "$r" "$dur")
    echo "$k rate=$r (bisection, load $(load)):"; echo "$out" | sed 's/^/  /'
    if (( $(echo "$(echo "$out" | p99_of) <= 50" | bc) )); then lo=$r; else hi=$r; fi
  done
  echo "$k: highest rate measured with p99 <= 50 ms: $lo requests/s (closed-loop saturation $sat)"
  eval "sat_$k=$sat"
done

# The overview over new date ranges at a modest rate while the mix runs at half its saturation.
r=${MIX_RATE:-$(( ${sat_mix:-0} / 2 ))}
echo "overview over new ranges at $orate/s beside the mix at $r/s (load $(load)):"
open_run "$work/mix.txt" "$r" "$dur" | sed 's/^/  mix: /' &
mixjob=$!
open_run "$work/overview-kinds.txt" "$orate" "$dur" | sed 's/^/  overview: /'
wait "$mixjob"
n5=$(grep -c ' -> 5' "$work/serve.log" || true)
echo "server log: $n5 answers with a 5xx status; load average $(cut -d' ' -f1-3 /proc/loadavg)"
