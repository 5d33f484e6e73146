"""Shared fixtures: the repository, ../shared beside it, the whosaid binary, CLI records.

The gold texts are read from ../shared at run time (never copied into the repository);
tests that need them are skipped when it is absent. The binary is target/release/whosaid
(built by `cargo test --workspace --release` or `cargo build --release -p whosaid-cli`),
or $WHOSAID_BIN.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
SEED = SHARED / "gold" / "seed"
DEV = SHARED / "gold" / "polnear" / "dev"
TRAIN = SHARED / "gold" / "polnear" / "train"
ZYTE = SHARED / "gold" / "extraction" / "zyte" / "html"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"skipping: {path} is absent")
    return path


@pytest.fixture(scope="session")
def whosaid_bin() -> str:
    b = os.environ.get("WHOSAID_BIN") or str(REPO / "target" / "release" / "whosaid")
    if not Path(b).exists():
        subprocess.run(["cargo", "build", "--release", "-p", "whosaid-cli"], cwd=REPO, check=True)
    return b


def cli_records(whosaid_bin: str, *paths: Path) -> dict:
    """`whosaid analyze PATHS` as {id: record}."""
    out = subprocess.run([whosaid_bin, "analyze", *map(str, paths)], check=True, capture_output=True, text=True).stdout
    recs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {r["id"]: r for r in recs}


def texts(folder: Path) -> list:
    """(id, text) of every .txt in a folder, sorted by name."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(need(folder).glob("*.txt"))]
