"""whosaid on Spark: articles in, Parquet of quotes, articles and people out, women's share
of quoted people by outlet and month with Spark SQL, counted as `whosaid stats` counts them.

    python3 examples/spark_quotes.py INPUT OUT_DIR [--master local[2]] [--format files|jsonl]

INPUT is a folder of files read as `whosaid analyze` reads them (`--format files`, the
default: CC-NEWS `.warc.gz`, `.html`, `.txt`, `.jsonl`, through Spark's binaryFile source,
one file per row) or JSON Lines records (`--format jsonl`: id, text or html, url,
published, site_name). OUT_DIR gets `quotes/`, `articles/` and `people/` (Parquet: one row
per person speaker of each article, with the corpus-wide person and story of
`whosaid.spark.people`) and prints the shares: each person counted once per story with one
gender decided from all their articles, so the numbers by outlet equal `whosaid stats --by
outlet` over the same input. On a cluster: install the whosaid wheel on every executor, then
`spark-submit --master yarn examples/spark_quotes.py s3://bucket/cc-news/ s3://bucket/out/`.
"""

import argparse
import time

from pyspark.sql import SparkSession

from whosaid import spark as ws


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("out")
    ap.add_argument("--master", default=None)
    ap.add_argument("--format", choices=["files", "jsonl"], default="files")
    ap.add_argument("--glob", default="*", help="file-name filter for --format files (e.g. '*.txt')")
    ap.add_argument("--quotes-only", action="store_true", help="write quotes only (one analysis pass; no shares)")
    args = ap.parse_args()
    b = SparkSession.builder.appName("whosaid")
    if args.master:
        b = b.master(args.master)
    spark = b.getOrCreate()
    t0 = time.time()
    if args.format == "jsonl":
        df = spark.read.json(args.input)
        text = "text" if "text" in df.columns else None
        html = "html" if "html" in df.columns else None
        opt = {c + "_col": c for c in ("url", "published") if c in df.columns}
        if "site_name" in df.columns:
            opt["site_col"] = "site_name"
        kw = dict(text_col=text, html_col=html, id_col="id" if "id" in df.columns else None, **opt)
    else:
        df = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
              .option("pathGlobFilter", args.glob).load(args.input).select("path", "content"))
        kw = dict(bytes_col="content", id_col="path")
    df = df.cache()
    if not args.quotes_only:
        ws.articles(df, **kw).write.mode("overwrite").parquet(f"{args.out}/articles")
        # phase 1 of the people, on the executors: one row per article
        ws.people_rows(df, **kw).write.mode("overwrite").parquet(f"{args.out}/people_rows")
    ws.quotes(df, **kw).write.mode("overwrite").parquet(f"{args.out}/quotes")
    secs = time.time() - t0
    if args.quotes_only:
        n = df.count()
        q = spark.read.parquet(f"{args.out}/quotes").count()
        print(f"{n} inputs, {q} quotes in {secs:.1f} s ({n / secs:.1f} inputs/s)")
        spark.stop()
        return
    arts = spark.read.parquet(f"{args.out}/articles")
    arts.createOrReplaceTempView("articles")
    spark.read.parquet(f"{args.out}/quotes").createOrReplaceTempView("quotes")
    n_articles = arts.count()
    n_quotes = spark.sql("SELECT count(*) FROM quotes").first()[0]
    print(f"{n_articles} articles, {n_quotes} quotes in {secs:.1f} s ({n_articles / secs:.1f} articles/s)")
    # phase 2, on the driver: identities and stories from small aggregates, broadcast back
    rows = spark.read.parquet(f"{args.out}/people_rows")
    ws.people(rows).write.mode("overwrite").parquet(f"{args.out}/people")
    spark.read.parquet(f"{args.out}/people").createOrReplaceTempView("people")
    # Each person once per story in each group, with their one corpus-wide gender.
    shares = spark.sql("""
        WITH pairs AS (SELECT DISTINCT outlet, month, story, key, gender FROM people)
        SELECT outlet, month, count(*) AS people,
               round(avg(CAST(gender = 'female' AS DOUBLE)), 4) AS share_women,
               round(avg(CAST(gender = 'male' AS DOUBLE)), 4) AS share_men
        FROM pairs GROUP BY outlet, month ORDER BY outlet, month""")
    shares.show(50, truncate=False)
    # the same by outlet alone, as `whosaid stats --by outlet` prints it
    ws.shares(rows, by="outlet").show(50, truncate=False)
    spark.stop()


if __name__ == "__main__":
    main()
