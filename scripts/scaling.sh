#!/bin/sh
# Time per input shape at two sizes (4x apart), for issue 14's linear-time guarantee:
# one paragraph of `"We will win," Smith said.` quotations, one of unbalanced opening
# marks, and HTML of many short paragraphs. Prints user CPU seconds and the ratio, which
# should stay near 4 (at most 5). Build first: cargo build --release -p whosaid-cli.
#
#   scripts/scaling.sh [WHOSAID_BINARY]
set -eu
bin=${1:-target/release/whosaid}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
for n in (20000, 80000):
    open(f"{d}/quotes-{n}.txt", "w").write("Story\n\n" + " ".join(['"We will win," Smith said.'] * n) + "\n")
    open(f"{d}/open-{n}.txt", "w").write("Story\n\n" + " ".join(["\u201cHe will come soon"] * n) + "\n")
    open(f"{d}/html-{n}.html", "w").write("<html><body>" + "".join(f"<p>Short paragraph {i} here.</p>" for i in range(n * 5 // 2)) + "</body></html>")
PY
cpu() { /usr/bin/time -f "%U" "$bin" analyze "$1" 2>&1 >/dev/null | tail -1; }
for shape in quotes open html; do
    ext=txt; [ "$shape" = html ] && ext=html
    a=$(cpu "$dir/$shape-20000.$ext"); b=$(cpu "$dir/$shape-80000.$ext")
    python3 -c "print(f'$shape: {float($a):.2f} s -> {float($b):.2f} s user, ratio {float($b)/max(float($a),0.01):.1f}')"
done
