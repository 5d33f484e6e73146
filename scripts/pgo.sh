#!/usr/bin/env bash
# Opt-in profile-guided (PGO) release build of the `whosaid` binary.
#
#   scripts/pgo.sh [SHARED_DIR]          (default ../shared, the gold data beside the repository)
#
# Four steps, each timed: (1) an instrumented release build (-Cprofile-generate); (2) a
# training run over the gold data: `whosaid bench gold/polnear/train --repeat 1`,
# `whosaid analyze` over gold/web/*.txt and the first 60 Zyte HTML pages
# (gold/extraction/zyte/html, in name order); (3) llvm-profdata merge; (4) the optimized
# release build (-Cprofile-use). The workspace's [profile.release] is used unchanged.
# Everything goes under $PGO_DIR (default target/pgo, ignored by git; a relative path is
# taken from the repository's root): target-gen/,
# target-use/, raw/ (the .profraw files) and merged.profdata. The result is
# $PGO_DIR/target-use/release/whosaid; a plain `cargo build --release` is untouched.
#
# Needs llvm-profdata from the same LLVM as rustc: `rustup component add llvm-tools`.
# The optimized binary writes the same bytes as the plain one; it is only faster
# (`whosaid bench gold/polnear/train`, interleaved with a plain build on a loaded 2-core VM:
# +7-13% best-cpu MB/s; callgrind -7.8% instructions, Analyzer::analyze -8.9%, and -8.5% on
# gold/polnear/dev, which the training run does not read). Both builds take ~6-7 min here.
# Re-run the script after changing the code: a stale profile still builds, but helps less.
set -euo pipefail

shared=${1:-}
if [ -n "$shared" ]; then
    [ -d "$shared" ] || { printf 'pgo: error: no folder %s\n' "$shared" >&2; exit 1; }
    shared=$(cd "$shared" && pwd)
fi
cd "$(dirname "$0")/.."
shared=${shared:-../shared}
gold="$shared/gold"
pgo_dir=${PGO_DIR:-target/pgo}
mkdir -p "$pgo_dir"
pgo_dir=$(cd "$pgo_dir" && pwd)

say() { printf 'pgo: %s\n' "$*" >&2; }
die() { printf 'pgo: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s; }

[ -d "$gold/polnear/train" ] || die "no training corpus at $gold/polnear/train (give the shared data folder as argument: scripts/pgo.sh PATH/TO/shared)"

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    die "llvm-profdata not found at $profdata; install it with: rustup component add llvm-tools"
fi
say "rustc: $(rustc -V) ($(rustc -vV | sed -n 's/^LLVM version: /LLVM /p'))"
say "llvm-profdata: $profdata"
say "working folder: $pgo_dir"

raw="$pgo_dir/raw"
merged="$pgo_dir/merged.profdata"
gen_bin="$pgo_dir/target-gen/release/whosaid"
use_bin="$pgo_dir/target-use/release/whosaid"
base_flags=${RUSTFLAGS:-}

# (1) instrumented build
t=$(now)
say "1/4 instrumented build (CARGO_TARGET_DIR=$pgo_dir/target-gen)"
RUSTFLAGS="$base_flags -Cprofile-generate=$raw" CARGO_TARGET_DIR="$pgo_dir/target-gen" \
    cargo build --release -p whosaid-cli
say "1/4 done in $(( $(now) - t )) s"

# (2) training run; the build's own instrumented build scripts wrote profiles too: start clean
rm -rf "$raw"
t=$(now)
say "2/4 training: bench $gold/polnear/train --repeat 1"
"$gen_bin" bench "$gold/polnear/train" --repeat 1 >/dev/null
if compgen -G "$gold/web/*.txt" >/dev/null; then
    say "2/4 training: analyze $gold/web/*.txt"
    "$gen_bin" analyze "$gold"/web/*.txt >/dev/null
else
    say "2/4 training: no $gold/web/*.txt, skipped"
fi
if [ -d "$gold/extraction/zyte/html" ]; then
    mapfile -t pages < <(find "$gold/extraction/zyte/html" -maxdepth 1 -type f -name '*.html*' | LC_ALL=C sort | head -n 60)
    if [ "${#pages[@]}" -gt 0 ]; then
        say "2/4 training: analyze ${#pages[@]} Zyte HTML pages"
        "$gen_bin" analyze "${pages[@]}" >/dev/null
    fi
else
    say "2/4 training: no $gold/extraction/zyte/html, skipped"
fi
compgen -G "$raw/*.profraw" >/dev/null || die "the training run wrote no .profraw files in $raw"
say "2/4 done in $(( $(now) - t )) s"

# (3) merge
t=$(now)
say "3/4 merge -> $merged"
"$profdata" merge -o "$merged" "$raw"
say "3/4 done in $(( $(now) - t )) s"

# (4) optimized build
t=$(now)
say "4/4 optimized build (CARGO_TARGET_DIR=$pgo_dir/target-use)"
RUSTFLAGS="$base_flags -Cprofile-use=$merged -Cllvm-args=-no-pgo-warn-mismatch" \
    CARGO_TARGET_DIR="$pgo_dir/target-use" cargo build --release -p whosaid-cli
say "4/4 done in $(( $(now) - t )) s"

say "PGO binary: $use_bin"
say "compare:    $use_bin bench $gold/polnear/train --repeat 6   (and target/release/whosaid the same)"
echo "$use_bin"
