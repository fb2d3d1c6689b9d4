"""Stable ids that are safe as file names: ``<source>/<slug>``.

The source is the folder under ``corpus/raw/`` (or the ``--source`` option, or a record's own
``source``); the slug comes from the URL path when there is one, else from the file stem. Ids never
come from the text, so they survive text corrections (``text_sha256`` tracks those).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

_MAX_SLUG = 100


def slugify(value: str, *, max_len: int = _MAX_SLUG) -> str:
    """Lower-case ``[a-z0-9-]``: accents folded, everything else a single hyphen. A slug longer than
    ``max_len`` is cut and ends in 8 hex digits of the full value's hash, so it stays unique."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not slug and any(ch.isalnum() for ch in value):
        # nothing ASCII survived (e.g. a Chinese title): a stable hash instead of an empty id
        slug = "x" + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]
    if len(slug) > max_len:
        digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:8]
        slug = slug[: max_len - 9].rstrip("-") + "-" + digest
    return slug


def sanitize_id(value: str) -> str:
    """A record's own id, kept readable but made safe as a file name: path separators ``/`` are kept
    as the source boundary, each part is slugified, and ``..`` or empty parts disappear."""
    parts = [slugify(p) for p in str(value).split("/")]
    return "/".join(p for p in parts if p)


def slug_from_url(url: str) -> str | None:
    """The URL path as a slug (``/2018/10/09/some-title/`` -> ``2018-10-09-some-title``); the host when
    the path is empty. Index-page names and extensions are dropped: ``/a/b.html`` -> ``a-b``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = unquote(parts.path)
    path = re.sub(r"/(index|default)\.\w+$", "/", path, flags=re.IGNORECASE)
    path = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", path, flags=re.IGNORECASE)
    candidate = path
    if parts.query and re.search(r"(^|&)(p|id|article|story|page_id)=", parts.query):
        candidate += "-" + parts.query  # ?p=123 style permalinks: the query is the identity
    slug = slugify(candidate)
    if not slug:
        slug = slugify(parts.netloc)
    return slug or None


def source_from_path(path: Path) -> str | None:
    """The folder right under ``corpus/raw/`` (or under any ``raw/``) that holds ``path``."""
    parts = path.resolve().parts
    for i in range(len(parts) - 2, 0, -1):
        if parts[i] == "raw" and i + 1 < len(parts) - 1:
            return slugify(parts[i + 1]) or None
    return None


def default_source(path: Path) -> str:
    """The source for a file outside ``corpus/raw/``: its folder's name."""
    return source_from_path(path) or slugify(path.resolve().parent.name) or "local"


def make_id(source: str, slug: str) -> str:
    return f"{slugify(source) or 'local'}/{slug}"


def comment_id(article_id: str, position: int) -> str:
    return f"{article_id}#c{position}"
