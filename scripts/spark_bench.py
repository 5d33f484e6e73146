"""Spark local[N] against `whosaid index`: articles/s of the whosaid.spark path over a JSON Lines
file ({"id", "text"} per line), each pass writing Parquet, the first pass (Python workers
starting) apart from the warm ones.

    python3 scripts/spark_bench.py CORPUS.jsonl [--master local[2]] [--passes 3] [--what quotes|shares]
    whosaid index --db /tmp/b.db CORPUS.jsonl        # the CLI on the same input (2 workers)
    whosaid stats --db /tmp/b.db --by outlet --json  # the CLI's shares (--what shares)

--what quotes (the default): `ws.quotes(df)` written to Parquet.
--what shares: phase 1, `ws.people_rows(df)` written to Parquet (the analysis, on the
executors), then phase 2, `ws.shares(rows, by="outlet")` collected (identities and stories on
the driver, broadcast joins), timed apart; with --db STORE (indexed from the same file) the
shares are checked equal to `whosaid stats --by outlet --json` on that store.
"""

import argparse
import json
import subprocess
import tempfile
import time

from pyspark.sql import SparkSession

from whosaid import spark as ws

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("--master", default="local[2]")
ap.add_argument("--passes", type=int, default=3)
ap.add_argument("--what", choices=["quotes", "shares"], default="quotes")
ap.add_argument("--db", help="with --what shares: a store of the same input, to check the shares against `whosaid stats`")
ap.add_argument("--whosaid", default="target/release/whosaid", help="the whosaid binary (for --db)")
args = ap.parse_args()
s = (SparkSession.builder.master(args.master).config("spark.ui.enabled", "false")
     .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
s.sparkContext.setLogLevel("ERROR")
t0 = time.time()
df = s.read.schema("id STRING, text STRING").json(args.corpus).cache()
n = df.count()
print(f"read and cached {n} articles in {time.time() - t0:.1f} s ({df.rdd.getNumPartitions()} partitions)")
with tempfile.TemporaryDirectory() as out:
    for k in range(args.passes):
        cold = " (cold)" if k == 0 else ""
        t1 = time.time()
        if args.what == "quotes":
            ws.quotes(df).write.mode("overwrite").parquet(out)
            secs = time.time() - t1
            q = s.read.parquet(out).count()
            print(f"pass {k + 1}{cold}: {n} articles, {q} quotes in {secs:.1f} s: {n / secs:.0f} articles/s")
            continue
        ws.people_rows(df).write.mode("overwrite").parquet(out)
        t2 = time.time()
        got = [tuple(r) for r in ws.shares(s.read.parquet(out), by="outlet").collect()]
        t3 = time.time()
        print(f"pass {k + 1}{cold}: {n} articles: phase 1 (people_rows to Parquet) {t2 - t1:.1f} s, phase 2 (shares) "
              f"{t3 - t2:.1f} s, together {t3 - t1:.1f} s: {n / (t3 - t1):.0f} articles/s")
        if args.db and k == 0:
            stats = json.loads(subprocess.run([args.whosaid, "stats", "--db", args.db, "--by", "outlet", "--json"],
                                              check=True, capture_output=True, text=True).stdout)
            fields = ("articles", "quotes", "people", "women", "men", "unknown", "share_women", "share_men", "share_unknown")
            want = [(r["key"], *(r[f] for f in fields)) for r in stats["rows"]]
            print(f"shares by outlet equal `whosaid stats --by outlet`: {got == want}")
            if got != want:
                print("spark:", got, "\nstats:", want)
s.stop()
