"""Scraped plain text, like the seed article: a title line, a dateline, body paragraphs, then tail
sections ("Related posts", "Discussion Policy") and numbered reader comments::

    Aliyev Says Karabakh Independence Not Discussed in Talks

    BAKU (APA)—Azeri President Ilham Aliyev on Saturday ...

    Related posts

    Discussion Policy

    Comments are welcomed and encouraged. ...

      1. John said:

        After reading Aliyev's comments, ...

What is parsing and what is text: line structure is parsing. Paragraphs are runs of non-blank lines;
blank-line runs of any length separate them, trailing whitespace on a line and a paragraph's common
indentation are layout, not text. The characters inside a paragraph are kept exactly (a hard-wrapped
paragraph keeps its ``\\n``). The article text is then rebuilt as ``title\\n\\nparagraph\\n\\nparagraph``
(one blank line between paragraphs), and offsets are computed on that rebuilt canonical string only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spanbank.ingest.documents import ParsedArticle, ParsedComment
from spanbank.ingest.errors import IngestError

_RELATED = re.compile(r"^(related|recent|more|popular)\s+(posts|articles|stories|news|reading)\s*:?$", re.I)
_POLICY = re.compile(r"^(discussion|comments?|commenting|community)\s+(policy|guidelines|rules)\s*:?$", re.I)
_COMMENTS_HEADING = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies|reader comments)(\s+to\s+.*)?\s*:?$|^\d+\s+thoughts\s+on\b.*$",
    re.I,
)
_END = re.compile(r"^(leave a (reply|comment)|post a comment|add (a|your) comment|you must be logged in\b.*)\s*:?$", re.I)
_HEADER = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<num>\d{1,5})[.)]\s+)?(?P<author>\S.{0,100}?)\s+(?:said|says|wrote|writes)\s*:$"
)
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z'’. -]{2,40}?(?:,\s*[A-Z][A-Za-z.]{1,20}){0,2}(?:\s*\([^()\n]{1,40}\))?)\s*(?:—|–|--|-)\s*(?=\S)"
)


@dataclass(slots=True)
class _Para:
    lines: list[str]  # trailing whitespace removed, indentation kept
    lineno: int  # 1-based line of its first line

    @property
    def indent(self) -> int:
        return min(len(x) - len(x.lstrip()) for x in self.lines)

    def text(self, strip_indent: int | None = None) -> str:
        n = self.indent if strip_indent is None else strip_indent
        return "\n".join(x[n:] if x[:n].strip() == "" else x.lstrip() for x in self.lines)

    @property
    def single(self) -> str | None:
        return self.lines[0].strip() if len(self.lines) == 1 else None


def _paragraphs(text: str) -> list[_Para]:
    paras: list[_Para] = []
    current: list[str] = []
    start = 0
    for i, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if line:
            if not current:
                start = i
            current.append(line)
        elif current:
            paras.append(_Para(current, start))
            current = []
    if current:
        paras.append(_Para(current, start))
    return paras


def _header(para: _Para) -> re.Match[str] | None:
    """A comment header is a paragraph of its own, or the first line of one ("1. John said:")."""
    return _HEADER.match(para.lines[0])


def parse_plaintext(text: str, path: str | None = None) -> ParsedArticle:
    """Parse canonical scraped text (see the module docstring). Raises `IngestError` when there is no
    title or no body."""
    paras = _paragraphs(text)
    if not paras:
        raise IngestError("empty file (no text)", path)
    first = paras[0]
    title = first.lines[0].strip()
    rest = paras[1:]
    if len(first.lines) > 1:  # title hard against the first paragraph, no blank line between
        rest.insert(0, _Para(first.lines[1:], first.lineno + 1))

    body: list[str] = []
    policy: list[str] = []
    comments: list[ParsedComment] = []
    dropped: list[str] = []
    state = "body"
    header_indent: int | None = None
    numbered: bool | None = None
    comment_paras: list[_Para] = []

    def close_comment() -> None:
        if comments and comment_paras:
            indent = min(p.indent for p in comment_paras)
            comments[-1].text = "\n\n".join(p.text(indent) for p in comment_paras)
        comment_paras.clear()

    def accepts(m: re.Match[str]) -> bool:
        indent = len(m.group("indent"))
        num = int(m.group("num")) if m.group("num") else None
        if state == "body":
            return num == 1  # only a numbered first comment can end the body
        if not comments:  # after a policy / comments heading: the first header sets the style
            return num in (None, 1)
        if indent != header_indent or (num is not None) != numbered:
            return False
        if num is not None:
            return num == (comments[-1].position or 0) + 1
        # unnumbered style: a header line deeper than the comment text would be text
        return not comment_paras or indent <= min(p.indent for p in comment_paras)

    for para in rest:
        single = para.single
        if single is not None and state != "comments":
            if _RELATED.match(single):
                state = "related"
                continue
            if _POLICY.match(single):
                state = "policy"
                continue
            if _COMMENTS_HEADING.match(single):
                state = "comment-heading"
                continue
        if single is not None and _END.match(single):
            close_comment()
            state = "end"
            continue
        m = _header(para)
        if m is not None and accepts(m):
            close_comment()
            if not comments:
                header_indent = len(m.group("indent"))
                numbered = m.group("num") is not None
            position = int(m.group("num")) if m.group("num") else len(comments) + 1
            comments.append(ParsedComment(text="", author=m.group("author").strip(), position=position, meta={"source_line": para.lineno}))
            state = "comments"
            if len(para.lines) > 1:  # comment text straight under the header line
                comment_paras.append(_Para(para.lines[1:], para.lineno + 1))
            continue
        if state == "body":
            body.append(para.text())
        elif state == "policy":
            policy.append(para.text())
        elif state == "comments":
            comment_paras.append(para)
        else:
            dropped.append(para.text())
    close_comment()

    if not body:
        raise IngestError("no body text after the title line", path)
    parsed = ParsedArticle(title=title, body="\n\n".join(body))
    comments = [c for c in comments if c.text.strip()]
    parsed.comments = comments
    if policy:
        parsed.meta["policy"] = "\n\n".join(policy)
    m = _DATELINE.match(body[0])
    if m and sum(ch.isupper() for ch in m.group("dl")) >= 3:
        dl = m.group("dl").strip()
        parsed.meta["dateline"] = dl
        parsed.sections["dateline"] = [0, len(dl)]
    return parsed
