"""Shared helper of the round-46 quote tests (tests/test_quotes_r46_*.py): the quotes the quote annotator finds in one
text, as (text, speaker) pairs or, with ``with_label``, (label, text, speaker) triples."""

from __future__ import annotations

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Annotation, Document

QUOTE_LABELS = ("DIRECT_QUOTE", "INDIRECT_QUOTE")


def annotate(text: str, lang: str | None = None, kind: str = "article") -> Annotation:
    return QuoteAnnotator().annotate(Document(id="t", kind=kind, text=text, meta={"lang": lang} if lang else {}))


def quotes_of(text: str, lang: str | None = None, kind: str = "article", labels: tuple[str, ...] = QUOTE_LABELS,
              with_label: bool = False) -> list[tuple]:
    spans = [s for s in annotate(text, lang, kind).spans if s.label in labels]
    return [((s.label,) if with_label else ()) + (text[s.start : s.end], (s.attrs or {}).get("speaker")) for s in spans]


def assert_quote_speaker(text: str, lang: str | None, quote: str, speaker: str | None) -> None:
    """The quote ``quote`` is among the text's quotes, with ``speaker`` as its attrs.speaker."""
    got = quotes_of(text, lang)
    assert (quote, speaker) in got, got
