# Sourced by the server's scripts: the checkout's paths (root; here, this folder), a scratch
# folder removed on exit (with the server started in it), a release build when there is none,
# and start_server.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
bin="${BIN:-$root/target/release/whosaid}"
shared="$root/../shared"
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
[ -x "$bin" ] || (cd "$root" && cargo build --release -p whosaid-cli)

# start_server TRIES PAUSE SERVE_ARGS...: `whosaid serve SERVE_ARGS` on a free loopback port in
# the background; waits up to TRIES x PAUSE seconds for its address, sets url and server_pid,
# or prints its log and exits.
start_server() {
    local tries=$1 pause=$2
    shift 2
    "$bin" serve --addr 127.0.0.1:0 "$@" 2>"$work/serve.log" &
    server_pid=$!
    for _ in $(seq "$tries"); do grep -q " at http://" "$work/serve.log" && break; sleep "$pause"; done
    url="$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)"
    [ -n "$url" ] || { cat "$work/serve.log"; exit 1; }
}

# warm_up DB: waits for the started server's caches and, when the build has them, its speaker
# codes (class, gender, kind, outlet and month filters of searches, read after the caches); writes the request paths
# of DB (paths.py: searches for words of stored quotes, some with an outlet, month range or
# gender; statistics; people lists; the mix; date ranges) into $work; then asks every stats and
# speakers path and 200 searches once, each answering 200, before any clock starts (which also
# warms the page cache).
warm_up() {
    for _ in $(seq 3600); do grep -q "caches warm" "$work/serve.log" && break; sleep 1; done
    grep "caches warm" "$work/serve.log"
    if grep -qa "speaker codes read\|quote codes read" "$bin"; then
        for _ in $(seq 600); do grep -q "speaker codes\|quote codes" "$work/serve.log" && break; sleep 1; done
        grep "speaker codes\|quote codes" "$work/serve.log" || true
    fi
    python3 "$(dirname "${BASH_SOURCE[0]}")/paths.py" "$1" "$work"
    local f p
    for f in stats speakers; do while read -r p; do curl -sf -o /dev/null "$url$p" || { echo "FAILED $p"; exit 1; }; done < "$work/$f.txt"; done
    head -200 "$work/search.txt" | while read -r p; do curl -sf -o /dev/null "$url$p" || { echo "FAILED $p"; exit 1; }; done
}
