"""whosaid.spark in Spark local mode: the quotes of PolNeAR dev equal what `whosaid index`
stores for the same files, and women's shares by outlet and month over PolNeAR train and dev
equal `whosaid stats`."""

import json
import sqlite3
import subprocess

import pytest

from conftest import DEV, TRAIN, need

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


@pytest.fixture(scope="module")
def polnear_store(whosaid_bin, tmp_path_factory):
    """PolNeAR train and dev in one store: identities and stories across 924 articles."""
    need(TRAIN)
    db = tmp_path_factory.mktemp("spark") / "polnear.db"
    subprocess.run([whosaid_bin, "index", "--db", str(db), str(need(DEV).parent)], check=True, capture_output=True)
    return db


def stats_rows(whosaid_bin, db, by, *more):
    out = subprocess.run([whosaid_bin, "stats", "--db", str(db), "--by", by, "--json", *more],
                         check=True, capture_output=True, text=True).stdout
    fields = ("articles", "quotes", "people", "women", "men", "unknown", "share_women", "share_men", "share_unknown")
    return [(r["key"], *(r[f] for f in fields)) for r in json.loads(out)["rows"]]


def test_shares_equal_stats(spark, polnear_store, whosaid_bin):
    """whosaid.spark.shares counts people as `whosaid stats` does: once per story, each
    with one corpus-wide gender; by outlet and by month, every number and the row order equal."""
    from whosaid import spark as ws

    df = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt")
          .load(str(need(DEV).parent)).select("path", "content"))
    rows = ws.people_rows(df, bytes_col="content", id_col="path").cache()
    n = rows.count()
    with sqlite3.connect(f"file:{polnear_store}?mode=ro", uri=True) as c:
        assert n == c.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 924
    for by in ("outlet", "month"):
        got = [tuple(r) for r in ws.shares(rows, by=by).collect()]
        want = stats_rows(whosaid_bin, polnear_store, by)
        assert got == want, by
    # per outlet and month, as `stats --by month --outlet X` gives each outlet's months
    both = {}
    for r in ws.shares(rows, by=["outlet", "month"]).collect():
        both.setdefault(r[0], []).append(tuple(r)[1:])
    assert len(both) == 7
    for outlet, got in both.items():
        assert got == stats_rows(whosaid_bin, polnear_store, "month", "--outlet", outlet), outlet
    # the people are corpus-wide: one gender per identity key, whatever each article said
    from pyspark.sql import functions as F

    p = ws.people(rows).cache()
    assert p.groupBy("key").agg(F.countDistinct("gender").alias("g")).where("g > 1").count() == 0
    assert p.where("gender <> article_gender").count() > 0
    # the article rows keep each article's own gender: their women's shares differ from stats's
    arts = ws.articles(df, bytes_col="content", id_col="path").groupBy("outlet").sum("women", "people").collect()
    per_article = {r[0]: round(r[1] / r[2], 4) for r in arts if r[2]}
    by_stats = {k: share for k, _, _, _, _, _, _, share, _, _ in stats_rows(whosaid_bin, polnear_store, "outlet")}
    assert per_article != {k: by_stats[k] for k in per_article}


def test_shares_from_articles_and_bad_arguments(spark):
    from whosaid import spark as ws

    df = spark.createDataFrame([(p.stem, p.read_text(encoding="utf-8")) for p in sorted(need(DEV).glob("*.txt"))[:6]], ["id", "text"])
    got = ws.shares(df, by=["outlet", "month"]).collect()
    assert sum(r["articles"] for r in got) == 6
    assert all(r["people"] == r["women"] + r["men"] + r["unknown"] for r in got)
    assert ws.shares(df.limit(0), by="month").collect() == []
    with pytest.raises(ValueError):
        ws.shares(df, by="speaker")
    with pytest.raises(ValueError):
        ws.shares(df, by=["outlet", "outlet"])
    with pytest.raises(ValueError):
        ws.people(df)


def test_shares_by_outlet_against_article_rows(spark, store, whosaid_bin, tmp_path):
    from whosaid import spark as ws

    arts = ws.articles(files(spark), bytes_col="content", id_col="path")
    arts.createOrReplaceTempView("articles")
    got = {r[0]: (r[1], r[2], r[3]) for r in spark.sql(
        "SELECT outlet, sum(quotes), sum(women), sum(people) FROM articles GROUP BY outlet").collect()}
    # the store's own article rows (per-article speakers, as Spark computes them)
    out = tmp_path / "articles.jsonl"
    subprocess.run([whosaid_bin, "export", "--db", str(store), "--what", "articles", "--format", "jsonl", str(out)],
                   check=True, capture_output=True)
    exported = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        q, w, p = exported.get(r["outlet"], (0, 0, 0))
        exported[r["outlet"]] = (q + r["quotes"], w + r["women"], p + r["people"])
    assert got == exported


def write_warc_gz(path, pages):
    """A CC-NEWS-style .warc.gz: one gzip member per response record (pages: (uuid, url, html bytes))."""
    import gzip

    with open(path, "wb") as f:
        for uuid, url, html in pages:
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
            head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid}>\r\n"
                    f"WARC-Target-URI: {url}\r\nWARC-Date: 2020-03-04T05:06:07Z\r\n"
                    f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
            f.write(gzip.compress(head + http + b"\r\n\r\n"))


def test_warc_files_equal_the_cli(spark, whosaid_bin, tmp_path):
    import gzip

    from conftest import ZYTE, cli_records
    from whosaid import spark as ws

    pages = []
    for i, p in enumerate(sorted(need(ZYTE).glob("*.html.gz"))[:8]):
        pages.append((f"00000000-0000-4000-8000-{i:012d}", f"https://news{i % 3}.example.org/2020/03/0{i + 1}/story-{i}", gzip.decompress(p.read_bytes())))
    d = tmp_path / "warc"
    d.mkdir()
    write_warc_gz(d / "a.warc.gz", pages[:5])
    write_warc_gz(d / "b.warc.gz", pages[5:])
    cli = cli_records(whosaid_bin, d)
    assert len(cli) == len(pages)
    df = spark.read.format("binaryFile").load(str(d)).select("path", "content")
    q = ws.quotes(df, bytes_col="content", id_col="path").select("article_id", "quote_id", "url", "outlet").collect()
    want = {(r["id"], x["id"]) for r in cli.values() for x in r["quotes"]}
    assert {(r[0], r[1]) for r in q} == want and len(q) == len(want) > 0
    arts = ws.articles(df, bytes_col="content", id_col="path").collect()
    assert sorted(r["article_id"] for r in arts) == sorted(cli)
    assert all(r["url"] and r["outlet"] for r in arts)
