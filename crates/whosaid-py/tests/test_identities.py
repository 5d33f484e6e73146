"""whosaid.identities: the corpus-wide people of `whosaid speakers` / `whosaid stats`, decided
by the store's own IdentityBuilder from rows aggregated outside the store (as Spark does)."""

import json
import subprocess

import pyarrow as pa
import pyarrow.compute as pc
import pytest

import whosaid
from conftest import DEV, need, texts


def test_identities_equal_the_stores_people(whosaid_bin, tmp_path):
    db = tmp_path / "dev.db"
    subprocess.run([whosaid_bin, "index", "--db", str(db), str(need(DEV))], check=True, capture_output=True)
    out = subprocess.run([whosaid_bin, "speakers", "--db", str(db), "--json"], check=True, capture_output=True, text=True).stdout
    want = {p["key"]: (p["name"], p["gender"], p["gender_evidence"]) for p in map(json.loads, out.splitlines())}
    t = whosaid.Analyzer().analyze_arrow([{"id": i, "text": x} for i, x in texts(DEV)], table="people")
    assert t.num_rows == 84
    rows = pa.Table.from_batches([pa.RecordBatch.from_struct_array(pc.list_flatten(t.column("people")).combine_chunks())])
    agg = rows.group_by(["norm", "name", "gender", "gender_evidence"]).aggregate([("quotes", "sum"), ("quotes", "count")])
    agg = agg.rename_columns(["norm", "name", "gender", "gender_evidence", "quotes", "rows"])
    assert sum(agg.column("rows").to_pylist()) == rows.num_rows > 300
    ids = whosaid.identities(agg)
    assert ids.num_rows == len(set(rows.column("norm").to_pylist()))
    got = {k: (n, g, e) for k, n, g, e in zip(*(ids.column(c).to_pylist() for c in ("key", "name", "gender", "gender_evidence")))}
    assert got == want
    # the identities merged spellings: fewer people than normalized names
    assert len(got) < ids.num_rows


def test_identities_decide_from_all_rows_and_refuse_bad_input():
    ids = whosaid.identities({
        "norm": ["dana whitfield", "dana whitfield", "whitfield", "ivo brandt"],
        "name": ["Dana Whitfield", "Dana Whitfield", "Mr. Whitfield", "Ivo Brandt"],
        "gender": ["female", "male", "male", "unknown"],
        "gender_evidence": ["honorific", "pronoun", "honorific", "none"],
        "rows": [1, 3, 2, 1],
        "quotes": [4, 4, 1, 2],
    }).to_pylist()
    by_norm = {r["norm"]: r for r in ids}
    assert by_norm["dana whitfield"]["gender"] == "female"  # one honorific beats three pronouns
    assert by_norm["whitfield"]["key"] == "dana whitfield"  # the surname joins its only full name
    assert by_norm["ivo brandt"]["gender"] == "unknown"
    with pytest.raises(ValueError):
        whosaid.identities({"norm": ["a"], "name": ["A"], "gender": ["male"]})
    with pytest.raises(ValueError):
        whosaid.identities({"norm": ["a", "b"], "name": ["A"], "gender": ["male"], "gender_evidence": ["none"]})
    with pytest.raises(ValueError):
        whosaid.identities({"norm": ["a"], "name": ["A"], "gender": ["male"], "gender_evidence": ["none"], "rows": [-1]})
    assert whosaid.identities({"norm": [], "name": [], "gender": [], "gender_evidence": []}).num_rows == 0
