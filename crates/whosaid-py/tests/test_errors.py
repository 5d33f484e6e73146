"""Bad input raises TypeError or ValueError with a clear message; odd input never crashes."""

import pytest

import whosaid


@pytest.mark.parametrize(
    "call, exc, needle",
    [
        (lambda: whosaid.analyze(), ValueError, "text or html"),
        (lambda: whosaid.analyze("a", html="<p>b</p>"), ValueError, "not both"),
        (lambda: whosaid.analyze(42), TypeError, ""),
        (lambda: whosaid.analyze("x", url=3), TypeError, ""),
        (lambda: whosaid.Analyzer().analyze_many("just a string"), TypeError, "iterable"),
        (lambda: whosaid.Analyzer().analyze_many([1, 2]), TypeError, "item 0"),
        (lambda: whosaid.Analyzer().analyze_many(["ok", {"id": "x"}]), ValueError, "item 1"),
        (lambda: whosaid.Analyzer().analyze_many([{"text": 5}]), TypeError, "\"text\""),
        (lambda: whosaid.Analyzer().analyze_many([{"text": "a", "id": 1.5}]), TypeError, "\"id\""),
        (lambda: whosaid.Analyzer().analyze_many(["a"], threads=0), ValueError, "threads"),
        (lambda: whosaid.Analyzer().analyze_many(["a"], threads=-1), OverflowError, ""),
        (lambda: whosaid.Analyzer().analyze_arrow(["a"], table="persons"), ValueError, "people"),
        (lambda: whosaid.quotes_table({"id": "x"}), TypeError, "list"),
        (lambda: whosaid.quotes_table([{"id": "x"}]), ValueError, "record 0"),
        (lambda: whosaid.quotes_table(["text"]), TypeError, "record 0"),
        (lambda: whosaid.quotes_table(None), TypeError, ""),
    ],
)
def test_bad_input_raises(call, exc, needle):
    with pytest.raises(exc) as e:
        call()
    assert needle in str(e.value)


@pytest.mark.parametrize("text", ["", " ", "\0", "\x00\x01\x02", "\ud7ff" * 10, '"' * 5000, "said " * 20000, "é\u2028\u2029\r\n" * 100])
def test_odd_texts_give_records(text):
    r = whosaid.analyze(text, id="odd")
    assert r["id"] == "odd" and r["text"] == text


def test_odd_html_gives_records():
    for html in ["", "<", "<html><body><p>\"Yes,\" she said.</p>", "<script>" * 1000, "<p>\ud7ff</p>" * 50]:
        assert whosaid.analyze(html=html, id="h")["id"] == "h"
    # NUL bytes are binary content, as for the CLI: a clear error naming the item.
    with pytest.raises(ValueError, match='item "h": binary content'):
        whosaid.analyze(html="\0<p>x</p>", id="h")
