"""Bytes to text: BOM, then the declared charset, then UTF-8, then cp1252; binary files refused.

The order follows the WHATWG encoding sniffing rules in spirit: a byte-order mark wins; then what the
document says about itself (``<meta charset>`` / ``http-equiv`` in HTML, the XML declaration); then
strict UTF-8 (the web's default and what most scrapers write); then windows-1252, the historical
default for undeclared Western pages. A declaration of ``iso-8859-1`` or ``ascii`` means windows-1252
on the web, so it is read as such. The choice is returned so the caller can record it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from spanbank.ingest.errors import IngestError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_WEB_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
_SNIFF_BYTES = 4096  # where a declaration may sit (the HTML spec looks at the first 1024 bytes)
_BINARY_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, e.g. "utf-8", "cp1252"
    by: str  # "bom", "declared", "utf-8" or "fallback"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` tag or an XML declaration names in the first bytes, if any."""
    head = data[:_SNIFF_BYTES]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    return m.group(1).decode("ascii", "replace").lower()


def _codec(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _WEB_ALIASES.get(canonical, canonical)


def check_not_binary(data: bytes, path: str | None = None) -> None:
    """Refuse data that is not text: a NUL byte, or many C0 control bytes, in the first 8 KB."""
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"binary file (NUL byte at byte offset {nul}); not a text, HTML or JSON file", path, offset=nul)
    if head:
        controls = sum(1 for b in head if b in _BINARY_CONTROL)
        if controls > max(8, len(head) // 100):
            raise IngestError(f"binary file ({controls} control bytes in the first {len(head)} bytes)", path)


def decode_bytes(data: bytes, path: str | None = None, *, sniff_declaration: bool = True) -> Decoded:
    """Decode a whole file. Raises `IngestError` for binary data or bytes no candidate decodes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name, "bom")
            except UnicodeDecodeError as exc:
                off = exc.start + len(bom)
                raise IngestError(f"bytes at offset {off} are not {name} although the file starts with its byte-order mark", path, offset=off) from None
    check_not_binary(data, path)
    tried: list[str] = []
    if sniff_declaration:
        declared = declared_charset(data)
        codec = _codec(declared) if declared else None
        if codec is not None and codec not in ("utf-16", "utf-32"):  # a UTF-16 page with no BOM declares nonsense
            try:
                return Decoded(data.decode(codec), codec, "declared")
            except UnicodeDecodeError:
                tried.append(f"declared {declared}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
        tried.append("utf-8")
    try:
        return Decoded(data.decode("cp1252"), "cp1252", "fallback")
    except UnicodeDecodeError as exc:
        tried.append("cp1252")
        raise IngestError(
            f"undecodable bytes: not valid as {', '.join(tried)} (first bad UTF-8 byte at offset {first_bad}, "
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is undefined in cp1252)",
            path,
            offset=exc.start,
        ) from None
