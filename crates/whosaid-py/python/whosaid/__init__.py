"""whosaid: who said what in news articles.

The records are those of ``whosaid analyze`` (the output contract: quotes with their
cue and speaker, speakers with kind, gender, gender evidence and roles, people, entities,
furniture), made by the same Rust engine. Tables are pyarrow Tables built in Rust and
handed over through the Arrow C stream interface: ``.to_pandas()`` or ``polars.from_arrow``
take them from there.

>>> import whosaid
>>> rec = whosaid.analyze('"We will win," said Mary Smith, the mayor.', id="a1")
>>> rec["quotes"][0]["text"]
'We will win,'
>>> an = whosaid.Analyzer()                       # loads the tables once
>>> recs = an.analyze_many(["...", {"id": "x", "html": "<html>..."}], threads=2)
>>> t = whosaid.quotes_table(recs)                # one row per quote
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Union

from . import _native

__version__: str = _native.__version__
__all__ = ["Analyzer", "analyze", "quotes_table", "speakers_table", "articles_table", "identities", "QUOTES_SCHEMA_DOC", "__version__"]

Item = Union[str, Dict[str, Any]]

#: The columns of the quotes table (also ``whosaid export --what quotes``).
QUOTES_SCHEMA_DOC = {
    "article_id": "string: the record id",
    "url": "string?: the article's URL",
    "outlet": "string: site name, else URL host, else id prefix before '_'",
    "published": "string?: the record's published date as stated",
    "date": "string?: YYYY-MM-DD (or YYYY-MM): published, else a date in the id or URL",
    "quote_id": "string: q1, q2... within the article",
    "type": "string: direct, indirect or mixed",
    "class": "string: speech, belief, stance or evidence",
    "text": "string: what was said",
    "start": "int64: code-point offset into the record's text",
    "end": "int64: end, exclusive",
    "cue": "string?: the cue's text ('said')",
    "confidence": "float64",
    "speaker_id": "string?: s1, s2... within the article; null when unknown",
    "name": "string?: the speaker's fullest name",
    "kind": "string?: person, organization, group, anonymous or document",
    "gender": "string?: female, male or unknown",
    "gender_evidence": "string?: pronoun, honorific, name_lexicon, noun or none",
    "roles": "list<struct<title: string, organization: string?>>",
}


def _pa():
    try:
        import pyarrow as pa
    except ImportError as e:  # pragma: no cover - pyarrow is a dependency
        raise ImportError("whosaid's tables need pyarrow: pip install pyarrow") from e
    return pa


class Analyzer:
    """The whosaid engine with its tables loaded once; safe to share between threads."""

    def __init__(self) -> None:
        self._inner = _native.Analyzer()

    def analyze(
        self,
        text: Optional[str] = None,
        *,
        html: Optional[str] = None,
        url: Optional[str] = None,
        id: Optional[str] = None,
        published: Optional[str] = None,
        title: Optional[str] = None,
        site_name: Optional[str] = None,
    ) -> Dict[str, Any]:
        """The record of one article (plain ``text`` or an ``html`` page) as a dict.

        Equal, as JSON, to what ``whosaid analyze`` writes for the same input (a text file
        named ``ID.txt``, a page ``ID.html``). ``published``, ``title`` and ``site_name``
        fill what the text does not state, as in a JSON Lines record. Raises ValueError
        without text or html, TypeError for arguments that are not str.
        """
        return self._inner.analyze(text, html=html, url=url, id=id, published=published, title=title, site_name=site_name)

    def analyze_many(self, items: Iterable[Item], threads: Optional[int] = None) -> List[Dict[str, Any]]:
        """Records of many inputs, in input order, analyzed on ``threads`` threads (default:
        all cores) with the GIL released.

        An item is a str (plain text; its id is its position) or a dict with the JSON Lines
        fields: ``text`` or ``html``, and optionally ``id``, ``url``, ``published``,
        ``title``, ``site_name``. Raises TypeError/ValueError naming the bad item.
        """
        return self._inner.analyze_many(items, threads)

    def analyze_arrow(self, items: Iterable[Item], threads: Optional[int] = None, table: str = "quotes"):
        """One table of many inputs as a ``pyarrow.Table``: ``"quotes"`` (one row per quote,
        see ``QUOTES_SCHEMA_DOC``), ``"speakers"`` (one per speaker of an article) or
        ``"articles"`` (one per article, with counts of quoted women, men and unknown)."""
        return _pa().table(self._inner.analyze_stream(items, threads, table))


_default: Optional[Analyzer] = None


def _analyzer() -> Analyzer:
    global _default
    if _default is None:
        _default = Analyzer()
    return _default


def analyze(
    text: Optional[str] = None,
    *,
    html: Optional[str] = None,
    url: Optional[str] = None,
    id: Optional[str] = None,
    published: Optional[str] = None,
    title: Optional[str] = None,
    site_name: Optional[str] = None,
) -> Dict[str, Any]:
    """The record of one article as a dict; see ``Analyzer.analyze``."""
    return _analyzer().analyze(text, html=html, url=url, id=id, published=published, title=title, site_name=site_name)


def quotes_table(records: Iterable[Dict[str, Any]]):
    """A ``pyarrow.Table`` with one row per quote of ``records`` (dicts as ``analyze`` returns)."""
    return _pa().table(_native.records_stream(records, "quotes"))


def speakers_table(records: Iterable[Dict[str, Any]]):
    """A ``pyarrow.Table`` with one row per speaker of each record."""
    return _pa().table(_native.records_stream(records, "speakers"))


def articles_table(records: Iterable[Dict[str, Any]]):
    """A ``pyarrow.Table`` with one row per record and its counts of quotes, speakers and
    quoted people (women, men, unknown)."""
    return _pa().table(_native.records_stream(records, "articles"))


def identities(rows):
    """The corpus-wide people of person speaker rows, decided as ``whosaid stats`` decides them
    (the store's ``IdentityBuilder``, in Rust): spellings of one person ("Dana Q. Whitfield",
    "Sen. Dana Whitfield", a surname under a clear majority) become one identity key, with one
    gender from the strongest evidence over all their rows.

    ``rows``: a ``pyarrow.Table`` or a dict of equal-length columns ``norm`` (the normalized
    name, as ``whosaid.spark.people_rows`` gives it), ``name`` (the spelling), ``gender``,
    ``gender_evidence``, and optionally ``rows`` (how many speaker rows share these four
    values; 1 each when absent) and ``quotes`` (their quotes; 0 when absent). Only person
    speakers belong in it. Returns a ``pyarrow.Table`` with one row per distinct ``norm``:
    ``norm``, ``key``, ``name`` (the person's shown name), ``gender``, ``gender_evidence``.
    Raises ``ValueError`` on missing columns, unequal lengths or negative counts.
    """
    pa = _pa()
    cols = rows.to_pydict() if isinstance(rows, pa.Table) else dict(rows)
    missing = [c for c in ("norm", "name", "gender", "gender_evidence") if c not in cols]
    if missing:
        raise ValueError(f"identities: no column {missing[0]!r} (need norm, name, gender, gender_evidence)")
    cols = {k: v.to_pylist() if hasattr(v, "to_pylist") else list(v) for k, v in cols.items()}
    n = len(cols["norm"])
    counts = [[int(x or 0) for x in cols.get(c, [d] * n)] for c, d in (("rows", 1), ("quotes", 0))]
    out = _native.identities(cols["norm"], cols["name"], cols["gender"], cols["gender_evidence"], *counts)
    return pa.table(out, schema=pa.schema([(c, pa.string()) for c in ("norm", "key", "name", "gender", "gender_evidence")]))
