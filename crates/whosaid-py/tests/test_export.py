"""`whosaid export` files read by pyarrow and DuckDB: row counts equal the store's, the
documented types, and exported quotes equal the Python package's quotes table."""

import sqlite3
import subprocess

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import whosaid
from conftest import DEV, SEED, need, texts
from test_arrow import QUOTE_TYPES


@pytest.fixture(scope="module")
def store(whosaid_bin, tmp_path_factory):
    d = tmp_path_factory.mktemp("export")
    db = d / "c.db"
    subprocess.run([whosaid_bin, "index", "--db", str(db), str(need(DEV)), str(need(SEED))], check=True, capture_output=True)
    return db


def sql_count(db, table):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


@pytest.mark.parametrize("what", ["quotes", "speakers", "articles"])
def test_parquet_counts_and_types(whosaid_bin, store, what, tmp_path):
    out = tmp_path / f"{what}.parquet"
    subprocess.run([whosaid_bin, "export", "--db", str(store), "--what", what, str(out)], check=True, capture_output=True)
    t = pq.read_table(out)
    assert t.num_rows == sql_count(store, what) > 0
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall()[0][0] == t.num_rows
    cols = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()}
    assert cols["article_id"] == "VARCHAR"
    if what == "quotes":
        for name, typ in QUOTE_TYPES.items():
            assert t.schema.field(name).type == typ, name
        assert cols["start"] == "BIGINT" and cols["confidence"] == "DOUBLE"
        assert cols["roles"] == "STRUCT(title VARCHAR, organization VARCHAR)[]"
        # Women's share of quoted people by outlet, straight from the file.
        rows = duckdb.sql(
            f"SELECT outlet, avg((gender = 'female')::INT) FROM read_parquet('{out}') WHERE kind = 'person' GROUP BY outlet"
        ).fetchall()
        assert rows and all(0 <= s <= 1 for _, s in rows)
    if what == "articles":
        assert t.column("quotes").to_pylist() and sum(t.column("quotes").to_pylist()) == sql_count(store, "quotes")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_text_formats_count(whosaid_bin, store, fmt, tmp_path):
    out = tmp_path / f"q.{fmt}"
    subprocess.run([whosaid_bin, "export", "--db", str(store), "--what", "quotes", str(out)], check=True, capture_output=True)
    reader = "read_csv" if fmt == "csv" else "read_json"
    n = duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall()[0][0]
    assert n == sql_count(store, "quotes")


def test_slice_counts(whosaid_bin, store, tmp_path):
    out = tmp_path / "slice.parquet"
    subprocess.run([whosaid_bin, "export", "--db", str(store), "--outlet", "breitbart", "--from", "2016-09", "--to", "2016-10", str(out)],
                   check=True, capture_output=True)
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as c:
        want = c.execute("SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article WHERE a.outlet = 'breitbart' "
                         "AND a.date >= '2016-09' AND a.date <= '2016-10~'").fetchall()[0][0]
    assert pq.read_table(out).num_rows == want > 0


def test_exported_quotes_equal_the_python_table(whosaid_bin, store, tmp_path):
    out = tmp_path / "q.parquet"
    subprocess.run([whosaid_bin, "export", "--db", str(store), str(out)], check=True, capture_output=True)
    exported = pq.read_table(out)
    items = [{"id": i, "text": t} for i, t in texts(SEED) + texts(DEV)]
    made = whosaid.Analyzer().analyze_arrow(items)
    assert exported.schema == made.schema
    key = [("article_id", "ascending"), ("quote_id", "ascending")]
    a, b = exported.sort_by(key).to_pylist(), made.sort_by(key).to_pylist()
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x == y, (x["article_id"], x["quote_id"])
