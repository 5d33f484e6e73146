"""whosaid.spark in Spark local mode: the quotes of PolNeAR dev equal what `whosaid index`
stores for the same files, and the article rows give women's shares by outlet."""

import json
import sqlite3
import subprocess

import pytest

from conftest import DEV, need

pyspark = pytest.importorskip("pyspark")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("whosaid-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def store(whosaid_bin, tmp_path_factory):
    db = tmp_path_factory.mktemp("spark") / "dev.db"
    subprocess.run([whosaid_bin, "index", "--db", str(db), str(need(DEV))], check=True, capture_output=True)
    return db


def files(spark):
    return (spark.read.format("binaryFile").option("pathGlobFilter", "*.txt").load(str(need(DEV)))
            .select("path", "content"))


def test_quote_count_equals_index(spark, store):
    from whosaid import spark as ws

    q = ws.quotes(files(spark), bytes_col="content", id_col="path")
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as c:
        want = c.execute("SELECT count(*) FROM quotes").fetchall()[0][0]
        want_articles = c.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        want_ids = {r[0] for r in c.execute("SELECT a.doc_id || '/' || q.qid FROM quotes q JOIN articles a ON a.id = q.article")}
    rows = q.select("article_id", "quote_id").collect()
    assert len(rows) == want > 1000
    assert {f"{r[0]}/{r[1]}" for r in rows} == want_ids
    a = ws.articles(files(spark), bytes_col="content", id_col="path")
    assert a.count() == want_articles
    assert a.agg({"quotes": "sum"}).collect()[0][0] == want


def test_text_column_gives_the_same_quotes(spark):
    from whosaid import spark as ws

    df = spark.createDataFrame([(p.stem, p.read_text(encoding="utf-8")) for p in sorted(need(DEV).glob("*.txt"))[:10]], ["id", "text"])
    got = ws.quotes(df).toArrow()
    import whosaid

    want = whosaid.Analyzer().analyze_arrow([{"id": i, "text": t} for i, t in df.toLocalIterator()])
    key = [("article_id", "ascending"), ("quote_id", "ascending")]
    assert got.sort_by(key).to_pylist() == want.sort_by(key).to_pylist()


def test_shares_by_outlet_against_stats(spark, store, whosaid_bin):
    from whosaid import spark as ws

    arts = ws.articles(files(spark), bytes_col="content", id_col="path")
    arts.createOrReplaceTempView("articles")
    got = {r[0]: (r[1], r[2]) for r in spark.sql(
        "SELECT outlet, sum(quotes), round(sum(women) / sum(people), 4) FROM articles GROUP BY outlet").collect()}
    stats = json.loads(subprocess.run([whosaid_bin, "stats", "--db", str(store), "--by", "outlet", "--json"],
                                      check=True, capture_output=True, text=True).stdout)
    want = {r["key"]: (r["quotes"], r["share_women"]) for r in stats["rows"]}
    assert set(got) == set(want)
    diffs = {k: round(got[k][1] - want[k][1], 4) for k in want}
    print("women's share by outlet, Spark (per-article speakers) - stats (corpus-wide people):", diffs)
    for k in want:
        assert got[k][0] == want[k][0], k  # quotes by outlet: equal
        # stats counts corpus-wide people once per story with one gender; the article rows
        # count each article's quoted people with that article's gender: close, not equal.
        assert abs(diffs[k]) <= 0.05, (k, diffs)
