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
"""

from __future__ import annotations

from typing import Optional

__all__ = ["quotes", "speakers", "articles", "schema"]


def schema(table: str = "quotes"):
    """The Spark schema (``StructType``) of a whosaid table: quotes, speakers or articles."""
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
