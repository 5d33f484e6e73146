#!/bin/sh
# Time per input shape at two sizes (4x apart), for issue 14's linear-time guarantee:
# one paragraph of `"We will win," Smith said.` quotations, one of unbalanced opening
# marks, HTML of many short paragraphs, pronouns of one sex after a person of the other, a
# new name in every paragraph, and one sentence of thousands of "said that" reports. Prints user CPU seconds and the ratio, which
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
    # pronouns of one sex after a person of the other, paragraph after paragraph
    open(f"{d}/pronouns-{n}.txt", "w").write("Story\n\nMary Jones, a senator, spoke.\n\n" + "\n\n".join(["She said the plan would work, and he said it would not."] * (n // 4)))
    # a new woman's name in every paragraph, each followed by "he said"
    open(f"{d}/names-{n}.txt", "w").write("Story\n\n" + "\n\n".join(f"Mary Smith{i} met Anna Jones{i}. \"It went well,\" he said." for i in range(n // 4)))
    # one sentence of reports, each content running to the sentence's end
    open(f"{d}/saidthat-{n}.txt", "w").write("Story\n\n" + " ".join(["and the mayor said that the council would meet"] * (n // 4)) + ".")
PY
cpu() { /usr/bin/time -f "%U" "$bin" analyze "$1" 2>&1 >/dev/null | tail -1; }
for shape in quotes open html pronouns names saidthat; do
    ext=txt; [ "$shape" = html ] && ext=html
    a=$(cpu "$dir/$shape-20000.$ext"); b=$(cpu "$dir/$shape-80000.$ext")
    python3 -c "print(f'$shape: {float($a):.2f} s -> {float($b):.2f} s user, ratio {float($b)/max(float($a),0.01):.1f}')"
done
