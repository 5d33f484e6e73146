"""The GIL is released: 2 threads are faster than 1 and give the same records; the
Analyzer is safe to share between Python threads."""

import json
import os
import threading
import time

import whosaid
from conftest import DEV, TRAIN, texts


def test_two_threads_faster_and_equal():
    if (os.cpu_count() or 1) < 2:
        import pytest
        pytest.skip("skipping: one core")
    items = [{"id": i, "text": t} for i, t in texts(TRAIN)]
    an = whosaid.Analyzer()
    an.analyze_many(items[:20], threads=1)  # warm up
    best = {}
    results = {}
    for _ in range(3):
        for n in (1, 2):
            t0 = time.perf_counter()
            results[n] = an.analyze_many(items, threads=n)
            best[n] = min(best.get(n, 1e9), time.perf_counter() - t0)
    print(f"analyze_many over {len(items)} articles: 1 thread {best[1]:.2f} s, 2 threads {best[2]:.2f} s")
    assert best[2] < best[1] * 0.9, best
    assert json.dumps(results[1]) == json.dumps(results[2])


def test_python_threads_share_one_analyzer():
    items = texts(DEV)[:30]
    an = whosaid.Analyzer()
    want = [json.dumps(an.analyze(t, id=i)) for i, t in items]
    errors = []

    def work(k):
        try:
            for _ in range(2):
                if k % 2:
                    got = [json.dumps(r) for r in an.analyze_many([{"id": i, "text": t} for i, t in items], threads=2)]
                else:
                    got = [json.dumps(an.analyze(t, id=i)) for i, t in items]
                assert got == want
                assert an.analyze_arrow([t for _, t in items[:5]]).num_rows > 0
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    ts = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert errors == []
