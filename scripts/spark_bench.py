"""Spark local[N] against `whosaid index`: articles/s of whosaid.spark.quotes over a JSON Lines
file ({"id", "text"} per line), each pass writing Parquet, the first pass (Python workers
starting) apart from the warm ones.

    python3 scripts/spark_bench.py CORPUS.jsonl [--master local[2]] [--passes 3]
    whosaid index --db /tmp/b.db CORPUS.jsonl        # the CLI on the same input (2 workers)
"""

import argparse
import tempfile
import time

from pyspark.sql import SparkSession

from whosaid import spark as ws

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("--master", default="local[2]")
ap.add_argument("--passes", type=int, default=3)
args = ap.parse_args()
s = SparkSession.builder.master(args.master).config("spark.ui.enabled", "false").getOrCreate()
s.sparkContext.setLogLevel("ERROR")
t0 = time.time()
df = s.read.schema("id STRING, text STRING").json(args.corpus).cache()
n = df.count()
print(f"read and cached {n} articles in {time.time() - t0:.1f} s ({df.rdd.getNumPartitions()} partitions)")
with tempfile.TemporaryDirectory() as out:
    for k in range(args.passes):
        t1 = time.time()
        ws.quotes(df).write.mode("overwrite").parquet(out)
        secs = time.time() - t1
        q = s.read.parquet(out).count()
        print(f"pass {k + 1}{' (cold)' if k == 0 else ''}: {n} articles, {q} quotes in {secs:.1f} s: {n / secs:.0f} articles/s")
s.stop()
