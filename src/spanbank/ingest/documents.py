"""Compose Documents from parsed parts: the article (title + body) and one Document per comment.

Every input format ends here, so all of them obey the same text contract: the article text is
``"<title>\\n\\n<body>"`` (or the body alone when it already starts with the title), canonical (NFC,
``\\n``), and ``meta.sections`` records where the title and the body sit, as code-point offsets that
are checked against the text before the Document leaves this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from spanbank.ingest.errors import IngestError
from spanbank.ingest.ids import comment_id
from spanbank.model import Document, canonical_text


@dataclass(slots=True)
class ParsedComment:
    text: str
    author: str | None = None
    position: int | None = None
    id: str | None = None  # the comment's own id, when the source has one
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ParsedArticle:
    title: str
    body: str
    url: str | None = None
    published: str | None = None
    author: str | None = None
    comments: list[ParsedComment] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, list[int]] = field(default_factory=dict)  # extra sections, offsets into body


def article_text(title: str, body: str) -> tuple[str, dict[str, list[int]], int]:
    """The canonical article text, its title/body sections and the offset where the body starts."""
    title = canonical_text(title).strip()
    body = canonical_text(body).strip()
    if not body:
        return title, {"title": [0, len(title)], "body": [len(title), len(title)]}, len(title)
    if not title:
        return body, {"title": [0, 0], "body": [0, len(body)]}, 0
    if body.startswith(title):
        return body, {"title": [0, len(title)], "body": [0, len(body)]}, 0
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    return text, {"title": [0, len(title)], "body": [start, len(text)]}, start


def build_documents(
    parsed: ParsedArticle,
    *,
    doc_id: str,
    source: str,
    provenance: dict[str, Any],
) -> Iterator[Document]:
    """Yield the article Document, then its comments (``<doc_id>#c<position>`` unless the comment
    has its own id). ``provenance`` (source_path, source_line, encoding, ...) goes into every meta."""
    text, sections, body_start = article_text(parsed.title, parsed.body)
    if not text.strip():
        raise IngestError("no text: the article has neither a title nor a body")
    body = canonical_text(parsed.body).strip()
    for name, (a, b) in parsed.sections.items():
        # offsets given into the stripped body; shift them into the article text and verify
        sections[name] = [body_start + a, body_start + b]
        if text[body_start + a : body_start + b] != body[a:b]:
            raise IngestError(f"internal: section {name} does not line up with the article text")
    title = canonical_text(parsed.title).strip() or None
    meta = {**provenance, **parsed.meta, "sections": sections}
    yield Document(
        id=doc_id,
        kind="article",
        text=text,
        article_id=doc_id,
        source=source,
        title=title,
        url=parsed.url,
        published=parsed.published,
        author=parsed.author,
        meta=meta,
    )
    for i, c in enumerate(parsed.comments, 1):
        ctext = canonical_text(c.text).strip()
        if not ctext:
            continue
        position = c.position or i
        cid = f"{doc_id}#{c.id}" if c.id else comment_id(doc_id, position)
        yield Document(
            id=cid,
            kind="comment",
            text=ctext,
            article_id=doc_id,
            source=source,
            title=title,
            url=parsed.url,
            published=c.published,
            author=(canonical_text(c.author).strip() or None) if c.author else None,
            position=position,
            meta={**provenance, **c.meta},
        )
