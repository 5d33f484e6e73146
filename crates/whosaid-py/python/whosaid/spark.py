"""whosaid on Spark: DataFrames of articles in, DataFrames of quotes, speakers or articles out.

Each function runs whosaid on the executors with ``DataFrame.mapInArrow``: Spark's Arrow
batches go to Rust as Arrow IPC bytes, the tables come back through the Arrow C stream
interface, and no Python code runs per row. The executors need this package installed
(``pip install whosaid-*.whl`` on each node, or ``spark-submit --py-files`` is not enough:
it holds a compiled extension, so ship the wheel with ``--archives`` of a venv or install it
in the image).

>>> from whosaid import spark as ws
>>> df = spark.read.json("corpus.jsonl")                 # id, text or html, url, published
>>> q = ws.quotes(df, text_col="text", id_col="id", url_col="url")
>>> files = spark.read.format("binaryFile").load("warc/")  # CC-NEWS .warc.gz, .html, .txt, .jsonl
>>> q = ws.quotes(files, bytes_col="content", id_col="path")
>>> ws.shares(files, by="outlet", bytes_col="content", id_col="path").show()  # == whosaid stats --by outlet

Women's shares of quoted people are counted as ``whosaid stats`` counts them (:func:`shares`):
each person once per story, with one gender decided from all of their rows in the corpus.
That takes two phases: :func:`people_rows` on the executors (one row per article), then
:func:`people` on the driver, which builds the corpus-wide identities and the reprint stories
in Rust (the store's own code) from small aggregates and broadcasts them back.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["quotes", "speakers", "articles", "people_rows", "people", "shares", "schema"]


def schema(table: str = "quotes"):
    """The Spark schema (``StructType``) of a whosaid table: quotes, speakers, articles or people."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import from_arrow_schema

    from . import _native

    arrow = pa.table(_native.Analyzer().analyze_stream([], None, table)).schema
    return from_arrow_schema(arrow)


def _apply(df, table, text_col, html_col, id_col, url_col, published_col, site_col, bytes_col, threads):
    cols = [c for c in (text_col, html_col, id_col, url_col, published_col, site_col, bytes_col) if c]
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if not (text_col or html_col or bytes_col):
        raise ValueError("give text_col, html_col or bytes_col")
    kw = dict(table=table, text_col=text_col, html_col=html_col, id_col=id_col, url_col=url_col,
              published_col=published_col, site_col=site_col, bytes_col=bytes_col, threads=threads)

    def run(batches):
        import pyarrow as pa

        from whosaid import _native

        an = _native.Analyzer()
        for b in batches:
            if b.num_rows == 0:
                continue
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, b.schema) as w:
                w.write_batch(b)
            out = pa.table(an.analyze_ipc(sink.getvalue().to_pybytes(), **kw))
            yield from out.to_batches()

    return df.select(*cols).mapInArrow(run, schema(table))


def quotes(df, text_col: Optional[str] = "text", html_col: Optional[str] = None, id_col: Optional[str] = "id",
           url_col: Optional[str] = None, published_col: Optional[str] = None, site_col: Optional[str] = None,
           bytes_col: Optional[str] = None, threads: int = 1):
    """One row per quote (the quotes table of ``whosaid.quotes_table``) of the articles in ``df``.

    Articles come from ``text_col`` (plain text) or ``html_col`` (pages), with ids from
    ``id_col`` (else their position in the batch) and optional URL, date and site-name
    columns; or, with ``bytes_col``, from whole files (Spark's ``binaryFile`` source, paths
    in ``id_col``), read as ``whosaid analyze`` reads them (WARC, HTML, text, JSON Lines).
    ``threads``: analyzer threads per Spark task (Spark already runs a task per core).
    """
    if bytes_col:
        text_col = None
    return _apply(df, "quotes", text_col, html_col, id_col, url_col, published_col, site_col, bytes_col, threads)


def speakers(df, text_col: Optional[str] = "text", html_col: Optional[str] = None, id_col: Optional[str] = "id",
             url_col: Optional[str] = None, published_col: Optional[str] = None, site_col: Optional[str] = None,
             bytes_col: Optional[str] = None, threads: int = 1):
    """One row per speaker of each article; arguments as for :func:`quotes`."""
    if bytes_col:
        text_col = None
    return _apply(df, "speakers", text_col, html_col, id_col, url_col, published_col, site_col, bytes_col, threads)


def articles(df, text_col: Optional[str] = "text", html_col: Optional[str] = None, id_col: Optional[str] = "id",
             url_col: Optional[str] = None, published_col: Optional[str] = None, site_col: Optional[str] = None,
             bytes_col: Optional[str] = None, threads: int = 1):
    """One row per article: outlet, date, headline, counts of quotes, speakers and quoted
    people (women, men, unknown); arguments as for :func:`quotes`."""
    if bytes_col:
        text_col = None
    return _apply(df, "articles", text_col, html_col, id_col, url_col, published_col, site_col, bytes_col, threads)


def people_rows(df, text_col: Optional[str] = "text", html_col: Optional[str] = None, id_col: Optional[str] = "id",
                url_col: Optional[str] = None, published_col: Optional[str] = None, site_col: Optional[str] = None,
                bytes_col: Optional[str] = None, threads: int = 1):
    """Phase one of :func:`people`: one row per article, made on the executors; arguments as
    for :func:`quotes`.

    Columns: ``article_id``, ``outlet``, ``date``, ``month`` ("unknown" when undated),
    ``quotes``, ``shingles``, ``signature`` (the body's MinHash signature, binary, null when
    the body is too short), ``bands`` (its LSH band keys, array of bigint) and ``people``
    (array of struct ``norm``, ``name``, ``gender``, ``gender_evidence``, ``quotes``: the
    article's person speakers, as the store's statistics read them). Cache it or write it
    to Parquet: :func:`people` and :func:`shares` read it several times.
    """
    if bytes_col:
        text_col = None
    return _apply(df, "people", text_col, html_col, id_col, url_col, published_col, site_col, bytes_col, threads)


def _to_arrow(df):
    """A (small) DataFrame collected to the driver as a pyarrow Table."""
    import pyarrow as pa

    if hasattr(df, "toArrow"):  # Spark >= 4
        return df.toArrow()
    return pa.Table.from_pandas(df.toPandas(), preserve_index=False)


def _from_arrow(spark, table, schema):
    """A pyarrow Table on the driver as a DataFrame of ``schema`` (a DDL string)."""
    try:
        return spark.createDataFrame(table, schema)  # Spark >= 4 takes Arrow tables
    except TypeError:
        return spark.createDataFrame(table.to_pandas(), schema)


def _is_people_rows(df) -> bool:
    return {"article_id", "outlet", "month", "quotes", "shingles", "signature", "bands", "people"} <= set(df.columns)


def people(rows):
    """One row per person speaker of each article, with the corpus-wide person and story
    that ``whosaid stats`` counts: ``article_id``, ``outlet``, ``date``, ``month``,
    ``story`` (the id of the first article of its reprint cluster, else the article's own
    id), ``norm``, ``spelling`` and ``article_gender`` (the article's), ``quotes`` (the
    article's, for this speaker), ``key`` (the identity key, one per person), ``name`` (the person's shown
    name), ``gender`` and ``gender_evidence`` (decided once from all their rows).

    ``rows`` is :func:`people_rows`'s DataFrame (cache it: it is read three times). On the
    driver, with two small collects: the person rows aggregated per (normalized name,
    spelling, gender, evidence) become identities (:func:`whosaid.identities`, the
    store's ``IdentityBuilder``), and the signatures of the articles that share an LSH band
    key with another become stories (``whosaid._native.stories``, the store's
    ``Clusterer``, over those articles in ``article_id`` order; the store clusters in its
    row order, which gives the same stories unless more than four articles share one band
    key). Both mappings are broadcast and joined. Article ids must be unique.
    """
    import pyarrow as pa
    from pyspark.sql import functions as F

    from . import _native, identities

    if not _is_people_rows(rows):
        raise ValueError("people() takes the DataFrame of people_rows(); for articles, call shares() or people_rows() first")
    spark = rows.sparkSession
    persons = rows.select("article_id", "outlet", "date", "month", F.explode("people").alias("p")).select(
        "article_id", "outlet", "date", "month", F.col("p.norm").alias("norm"), F.col("p.name").alias("spelling"),
        F.col("p.gender").alias("article_gender"), F.col("p.gender_evidence").alias("article_evidence"),
        F.col("p.quotes").alias("quotes"))
    # Identities: aggregated per (name, spelling, gender, evidence) on the executors, decided in Rust.
    agg = _to_arrow(persons.groupBy("norm", "spelling", "article_gender", "article_evidence")
                    .agg(F.count(F.lit(1)).alias("rows"), F.sum("quotes").alias("quotes")))
    ids = identities({"norm": agg.column("norm"), "name": agg.column("spelling"), "gender": agg.column("article_gender"),
                      "gender_evidence": agg.column("article_evidence"), "rows": agg.column("rows"), "quotes": agg.column("quotes")})
    idf = _from_arrow(spark, ids, "norm STRING, key STRING, name STRING, gender STRING, gender_evidence STRING")
    # Stories: only articles sharing a band key with another can be reprints.
    signed = rows.where(F.col("signature").isNotNull())
    bands = signed.select("article_id", F.posexplode("bands").alias("band", "band_key"))
    candidates = (bands.groupBy("band", "band_key").agg(F.collect_list("article_id").alias("ids"))
                  .where(F.size("ids") > 1).select(F.explode("ids").alias("article_id")).distinct())
    sig = _to_arrow(signed.join(candidates, "article_id", "left_semi").select("article_id", "signature", "shingles"))
    sig = sig.sort_by("article_id")  # on the driver: a sort in Spark costs a sampling job and a shuffle
    ids_ = sig.column("article_id").to_pylist()
    roots = _native.stories(ids_, sig.column("signature").to_pylist(), sig.column("shingles").to_pylist())
    sdf = _from_arrow(spark, pa.table({"article_id": pa.array(ids_, pa.string()), "story": pa.array(roots, pa.string())}),
                      "article_id STRING, story STRING")
    return (persons.join(F.broadcast(idf), "norm")
            .join(F.broadcast(sdf), "article_id", "left")
            .select("article_id", "outlet", "date", "month", F.coalesce("story", "article_id").alias("story"),
                    "norm", "spelling", "article_gender", "quotes", "key", "name", "gender", "gender_evidence"))


_GROUPS = ("outlet", "month")


def shares(df, by="outlet", **kw):
    """Women's, men's and unknown shares of quoted people per group, counted as ``whosaid
    stats --by outlet`` (or ``--by month``) counts them: one row per group with the group
    column(s), ``articles``, ``quotes``, ``people`` (each person counted once per story in the
    group), ``women``, ``men``, ``unknown`` and ``share_women``, ``share_men``,
    ``share_unknown`` (rounded to four decimals as ``stats`` rounds; 0 without people).

    ``df`` is :func:`people_rows`'s DataFrame, or articles with the keyword arguments of
    :func:`quotes` (then analyzed here, once, and cached). ``by``: "outlet", "month" or a list
    of them (``["outlet", "month"]``: per outlet and month, as ``stats --by month --outlet X``).
    Rows are ordered as ``stats`` orders them: outlets by articles (most first) then name,
    months by name. People are the corpus-wide identities of the whole ``df``: filter the
    result, not the input, to keep them (as ``stats`` keeps them under ``--from``/``--outlet``).
    """
    from pyspark.sql import functions as F

    groups = [by] if isinstance(by, str) else list(by)
    if not groups or any(g not in _GROUPS for g in groups) or len(set(groups)) != len(groups):
        raise ValueError(f"by must be 'outlet', 'month' or a list of them, not {by!r}")
    if _is_people_rows(df):
        if kw:
            raise ValueError("people_rows() are already analyzed: give no column arguments")
        rows = df
    else:
        rows = people_rows(df, **kw).cache()
    pairs = people(rows).select(*groups, "story", "key", "gender").distinct()
    counted = pairs.groupBy(*groups).agg(
        F.count(F.lit(1)).alias("people"),
        F.sum((F.col("gender") == "female").cast("long")).alias("women"),
        F.sum((F.col("gender") == "male").cast("long")).alias("men"))
    arts = rows.groupBy(*groups).agg(F.count(F.lit(1)).alias("articles"), F.sum("quotes").alias("quotes"))
    out = arts.join(counted, groups, "left").fillna(0, ["people", "women", "men"])
    out = out.withColumn("unknown", F.col("people") - F.col("women") - F.col("men"))

    def share(n):
        # stats: (n / d * 10000).round() / 10000, 0 when d is 0; Spark's round(double) is
        # HALF_UP on the double's shortest decimal, the same as Rust's f64::round.
        return F.when(F.col("people") == 0, F.lit(0.0)).otherwise(
            F.round(F.col(n).cast("double") / F.col("people").cast("double") * 10000.0) / 10000.0)

    out = out.select(*groups, "articles", "quotes", "people", "women", "men", "unknown",
                     share("women").alias("share_women"), share("men").alias("share_men"),
                     share("unknown").alias("share_unknown"))
    # One row per group: sorted in one partition, without the sampling job of a global sort.
    out = out.coalesce(1)
    if groups == ["outlet"]:
        return out.sortWithinPartitions(F.col("articles").desc(), F.col("outlet"))
    return out.sortWithinPartitions(*groups)
