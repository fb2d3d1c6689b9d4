"""JSON records: one article per record, comments inside it.

    {"id"?, "title", "text", "url"?, "published"?, "source"?, "author"?,
     "comments"?: [{"author"?, "text", "id"?, "published"?}]}

A record that already is a spanbank Document (it has ``kind`` and ``text_sha256``, as written by
``spanbank ingest``) passes through unchanged, so ingesting an ingest output gives the same Documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spanbank.ingest.documents import ParsedArticle, ParsedComment, build_documents
from spanbank.ingest.errors import IngestError
from spanbank.ingest.ids import make_id, sanitize_id, slug_from_url, slugify
from spanbank.model import Document, canonical_text, sha256_text

_KNOWN = {"id", "title", "text", "url", "published", "source", "author", "comments"}


def _opt_str(rec: dict, key: str, where: str) -> str | None:
    value = rec.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and key == "author" and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None
    if not isinstance(value, str):
        raise IngestError(f"{where}field {key!r} must be a string, got {type(value).__name__}")
    return value.strip() or None


def _passthrough(rec: dict) -> Document:
    try:
        doc = Document.from_dict(rec)
    except (KeyError, TypeError, ValueError) as exc:
        raise IngestError(f"malformed Document record: {exc}") from None
    if not isinstance(doc.text, str) or not doc.text:
        raise IngestError("Document record: text must be a non-empty string")
    if canonical_text(doc.text) != doc.text:
        raise IngestError(f"Document record {doc.id!r}: text is not canonical (NFC, \\n line ends)")
    if doc.text_sha256 != sha256_text(doc.text):
        raise IngestError(f"Document record {doc.id!r}: text_sha256 does not match the text")
    return doc


def record_documents(
    rec: Any,
    *,
    default_source: str,
    forced_source: str | None,
    provenance: dict[str, Any],
    fallback_slug: str,
) -> list[Document]:
    """The Documents of one record (the article first, then its comments). Raises `IngestError`
    naming the field that is wrong; the caller adds file and line."""
    if not isinstance(rec, dict):
        raise IngestError(f"a record must be a JSON object, got {type(rec).__name__}")
    if "kind" in rec and "text_sha256" in rec:
        doc = _passthrough(rec)
        if "source_path" not in doc.meta:  # keep where it first came from
            doc.meta.update(provenance)
        return [doc]
    for key in ("title", "text"):
        if key not in rec:
            raise IngestError(f"missing required field {key!r} (a record needs title and text)")
        if not isinstance(rec[key], str):
            raise IngestError(f"field {key!r} must be a string, got {type(rec[key]).__name__}")
    if not rec["text"].strip():
        raise IngestError("field 'text' is empty")
    source = forced_source or slugify(_opt_str(rec, "source", "") or "") or default_source
    url = _opt_str(rec, "url", "")
    if rec.get("id") not in (None, ""):
        raw_id = sanitize_id(str(rec["id"]))
        if not raw_id:
            raise IngestError(f"field 'id' {rec['id']!r} has no usable characters")
        doc_id = raw_id if "/" in raw_id else make_id(source, raw_id)
    elif url and slug_from_url(url):
        doc_id = make_id(source, slug_from_url(url) or "")
    else:
        doc_id = make_id(source, slugify(rec["title"]) or fallback_slug)
    comments_raw = rec.get("comments") or []
    if not isinstance(comments_raw, list):
        raise IngestError(f"field 'comments' must be a list, got {type(comments_raw).__name__}")
    comments: list[ParsedComment] = []
    for i, c in enumerate(comments_raw):
        where = f"comments[{i}]: "
        if isinstance(c, str):
            c = {"text": c}
        if not isinstance(c, dict):
            raise IngestError(f"{where}a comment must be an object, got {type(c).__name__}")
        if not isinstance(c.get("text"), str):
            raise IngestError(f"{where}missing or non-string field 'text'")
        cid = c.get("id")
        comments.append(
            ParsedComment(
                text=c["text"],
                author=_opt_str(c, "author", where),
                position=i + 1,
                id=(sanitize_id(str(cid)).replace("/", "-") or None) if cid not in (None, "") else None,
                published=_opt_str(c, "published", where),
            )
        )
    extra = {k: v for k, v in rec.items() if k not in _KNOWN}
    parsed = ParsedArticle(
        title=rec["title"],
        body=rec["text"],
        url=url,
        published=_opt_str(rec, "published", ""),
        author=_opt_str(rec, "author", ""),
        comments=comments,
        meta={"extra": extra} if extra else {},
    )
    return list(build_documents(parsed, doc_id=doc_id, source=source, provenance=provenance))


def iter_json_value(value: Any) -> Iterator[tuple[int, Any]]:
    """A .json file holds one record or a list of them: ``(index, record)`` pairs."""
    if isinstance(value, list):
        yield from enumerate(value)
    else:
        yield 0, value
