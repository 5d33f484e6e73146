"""Arrow tables: one row per quote, equal to the records' quotes; the documented schema."""

import pyarrow as pa

import whosaid
from conftest import DEV, SEED, texts

QUOTE_TYPES = {
    "article_id": pa.string(), "url": pa.string(), "outlet": pa.string(), "published": pa.string(),
    "date": pa.string(), "quote_id": pa.string(), "type": pa.string(), "text": pa.string(),
    "start": pa.int64(), "end": pa.int64(), "cue": pa.string(), "confidence": pa.float64(),
    "speaker_id": pa.string(), "name": pa.string(), "kind": pa.string(), "gender": pa.string(),
    "gender_evidence": pa.string(),
}


def expected_rows(records):
    rows = []
    for r in records:
        speakers = {s["id"]: s for s in r["speakers"]}
        for q in r["quotes"]:
            s = speakers.get(q["speaker"]) if q["speaker"] else None
            rows.append({
                "article_id": r["id"], "url": r.get("url"), "published": r.get("published"),
                "quote_id": q["id"], "type": q["type"], "text": q["text"], "start": q["start"], "end": q["end"],
                "cue": q["cue"]["text"] if q["cue"] else None,
                "speaker_id": s["id"] if s else None, "name": s["name"] if s else None,
                "kind": s["kind"] if s else None, "gender": s["gender"] if s else None,
                "gender_evidence": s["gender_evidence"] if s else None,
                "roles": [{"title": x["title"], "organization": x.get("organization")} for x in s["roles"]] if s else [],
            })
    return rows


def test_quotes_table_equals_the_records():
    items = texts(SEED) + texts(DEV)
    an = whosaid.Analyzer()
    recs = an.analyze_many([{"id": i, "text": t} for i, t in items])
    t = whosaid.quotes_table(recs)
    assert isinstance(t, pa.Table)
    for name, typ in QUOTE_TYPES.items():
        assert t.schema.field(name).type == typ, name
    assert pa.types.is_list(t.schema.field("roles").type)
    want = expected_rows(recs)
    got = t.to_pylist()
    assert len(got) == len(want) == sum(len(r["quotes"]) for r in recs)
    for g, w in zip(got, want):
        for k, v in w.items():
            assert g[k] == v, (w["article_id"], w["quote_id"], k)
    conf = {(r["id"], q["id"]): q["confidence"] for r in recs for q in r["quotes"]}
    assert all(abs(g["confidence"] - conf[(g["article_id"], g["quote_id"])]) < 1e-6 for g in got)
    # Built straight from the inputs: the same table.
    assert an.analyze_arrow([{"id": i, "text": t} for i, t in items], threads=2).equals(t)
    # Speakers and articles tables count what the records hold.
    assert whosaid.speakers_table(recs).num_rows == sum(len(r["speakers"]) for r in recs)
    arts = whosaid.articles_table(recs)
    assert arts.num_rows == len(recs)
    assert arts.column("quotes").to_pylist() == [len(r["quotes"]) for r in recs]


def test_empty_and_pandas():
    t = whosaid.quotes_table([])
    assert t.num_rows == 0 and "roles" in t.schema.names
    t = whosaid.Analyzer().analyze_arrow(['"We will win," said Mary Smith.'])
    assert t.num_rows == 1 and t.column("name").to_pylist() == ["Mary Smith"]
