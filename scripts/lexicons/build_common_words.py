#!/usr/bin/env python3
"""Builds crates/whosaid/data/names/common_words.txt: English words that news prints in
lower case, so that a capitalised one ("Blue Origin", "United Nations", "Palm Beach") is
more likely a word of a company's or a place's name than a person's first name.

Source: the texts of PolNeAR's train split (../shared/gold/polnear/train/*.txt), counted,
never copied: a word is kept when it occurs in lower case at least MIN times, mid-sentence
(after a lower-case word), in at least DOCS different articles. Train only: dev and the
test sets are never read.
usage: python3 scripts/lexicons/build_common_words.py ../shared/gold/polnear/train"""
import collections
import glob
import os
import re
import sys

MIN, DOCS = 5, 3
src = sys.argv[1]
count, docs = collections.Counter(), collections.defaultdict(set)
files = sorted(glob.glob(os.path.join(src, "*.txt")))
for path in files:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", open(path, encoding="utf-8").read())
    for prev, w in zip(words, words[1:]):
        if w.islower() and prev.islower() and len(w) >= 3:
            count[w] += 1
            docs[w].add(path)
kept = sorted(w for w, n in count.items() if n >= MIN and len(docs[w]) >= DOCS)
out = "crates/whosaid/data/names/common_words.txt"
with open(out, "w", encoding="utf-8") as f:
    f.write("# English words news prints in lower case: a capitalised one that opens a name is more\n")
    f.write("# likely part of an organization's or a place's name than a rare first name.\n")
    f.write(f"# Source: word counts over PolNeAR's train split ({len(files)} US news articles; counted, never\n")
    f.write(f"# copied), built by scripts/lexicons/build_common_words.py: words of 3+ letters seen in\n")
    f.write(f"# lower case after a lower-case word at least {MIN} times in at least {DOCS} articles.\n")
    for w in kept:
        f.write(w + "\n")
print(f"{len(kept)} words -> {out}")
