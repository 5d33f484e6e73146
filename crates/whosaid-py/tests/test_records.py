"""Records from Python equal the CLI's, as JSON, on the seed, PolNeAR dev and HTML pages."""

import gzip
import json

import whosaid
from conftest import DEV, SEED, ZYTE, cli_records, need, texts


def canon(r):
    return json.dumps(r, sort_keys=True, ensure_ascii=False)


def test_version():
    assert isinstance(whosaid.__version__, str) and whosaid.__version__.count(".") == 2


def test_seed_and_dev_equal_the_cli(whosaid_bin):
    items = texts(SEED) + texts(DEV)
    assert len(items) == 85
    cli = cli_records(whosaid_bin, SEED, DEV)
    an = whosaid.Analyzer()
    for id_, text in items:
        assert canon(an.analyze(text, id=id_)) == canon(cli[id_]), id_
    # The module-level function and a batch of dicts give the same records.
    id_, text = items[0]
    assert canon(whosaid.analyze(text, id=id_)) == canon(cli[id_])
    many = an.analyze_many([{"id": i, "text": t} for i, t in items], threads=2)
    assert [r["id"] for r in many] == [i for i, _ in items]
    for r in many:
        assert canon(r) == canon(cli[r["id"]])
    assert sum(len(r["quotes"]) for r in many) > 1000


def test_html_pages_equal_the_cli(whosaid_bin, tmp_path):
    pages = sorted(need(ZYTE).glob("*.html.gz"))[:12]
    done = 0
    for p in pages:
        raw = gzip.decompress(p.read_bytes())
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # the CLI guesses the charset of bytes; Python passes str
        id_ = p.name[: -len(".html.gz")]
        cli = cli_records(whosaid_bin, p)[id_]
        assert canon(whosaid.analyze(html=html, id=id_)) == canon(cli), id_
        done += 1
    assert done >= 5
