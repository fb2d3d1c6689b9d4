"""Rule-based comment-policy spans: lexicon profanity and slurs, identity attacks, threats, spam,
personal insults addressed to someone, and shouting (ALL-CAPS runs).

Each rule returns `Hit`s (start, end, label, score); `violations.PolicyAnnotator` merges them with
the learned token model. Offsets are code points into the comment text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spanbank.annotators.fastregex import compile_fast
from spanbank.annotators.policy_lexicon import (
    GROUP,
    HOSTILE,
    INS,
    PROF,
    SLUR,
    SPACED_RE,
    load_lexicons,
    word_flags,
)

URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|biz|ru|xyz|ly|io)(?:/\S*)?\b", re.IGNORECASE)
# what every URL_RE match contains; a text without it has no link (checked first: 4x faster)
_URL_HINT = re.compile(r"://|www\.|\.(?:com|net|org|info|biz|ru|xyz|ly|io)", re.IGNORECASE)
# ten or more of one character; not dots, dashes, underscores, equals or asterisks, which people
# use as ellipses and separators
_REPEAT_CHAR = re.compile(r"([^\s.\-_=*~])\1{9,}")
_SENT_END = re.compile(r"[.!?\n]+")
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013()\"“”]")
_YOU_ARE = compile_fast(
    r"\b(?:you|u|ur|you're|you’re|is|are|was|were|'s|’s|'re|’re|r|what|such|bunch of|like)\s+"
    r"(?:(?:an?|such|the|total|complete|absolute|utter|real|bunch of|fucking|bloody|damn|stupid|"
    r"pathetic|little|big|old|lying|ignorant|dumb)\s+){0,3}(\w[\w*$@#]*)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    label: str
    score: float
    rule: str


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in "*$#"):
        e -= 1
    return s, e


# a clause longer than this is not a plausible single threat or attack: the trigger stays a word
CLAUSE_MAX = 120


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the previous clause break (sentence end, comma,
    semicolon, colon, dash, bracket or quotation mark) to the next one, trimmed. Threats and
    identity attacks are predications ("someone should put a bullet in him", "islam is a problem"),
    so the gold marks the clause, not the trigger word. A clause over CLAUSE_MAX characters leaves
    the span as it was."""
    ss, se = next(((a, b) for a, b in sentences(text) if a <= start < b), (start, end))
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, ss, start)]
    cs = before[-1] if before else ss
    nxt = _CLAUSE_BREAK.search(text, end, se)
    ce = nxt.start() if nxt else se
    cs, ce = _strip(text, cs, max(ce, end))
    if ce - cs > CLAUSE_MAX or not (cs <= start and end <= ce):
        return start, end
    return cs, ce


def extend_to_clauses(text: str, hits: list[Hit], labels: set[str]) -> list[Hit]:
    """Word-level hits (token model, lexicon words) of the given labels widened to their clause."""
    out = []
    for x in hits:
        if x.label in labels and x.rule in ("model", "lexicon"):
            s, e = clause_of(text, x.start, x.end)
            x = Hit(s, e, x.label, x.score, x.rule)
        out.append(x)
    return out


def lexicon_hits(text: str, toks: list[tuple[int, int, str]]) -> list[Hit]:
    """Profanity (also obfuscated) and slurs from the word lists; identity attacks from a group word
    and a hostile predicate in the same sentence; `you are a <insult>`."""
    lex = load_lexicons()
    hits: list[Hit] = []
    flags = [word_flags(t) for _, _, t in toks]
    for (s, e, _), f in zip(toks, flags, strict=True):
        if PROF in f:
            hits.append(Hit(s, e, "PROFANITY", 0.95, "lexicon"))
        if SLUR in f:
            hits.append(Hit(s, e, "IDENTITY_ATTACK", 0.95, "lexicon"))
    for m in SPACED_RE.finditer(text):
        if PROF in word_flags(m.group().replace(m.group("sep"), "")):
            hits.append(Hit(m.start(), m.end(), "PROFANITY", 0.9, "spaced"))
    for flag, label in ((PROF, "PROFANITY"), (SLUR, "IDENTITY_ATTACK"), (INS, "INSULT")):
        rx = lex.phrase_re.get(flag)
        if rx is not None:
            for m in rx.finditer(text):
                hits.append(Hit(m.start(), m.end(), label, 0.8, "phrase"))
    # identity attack: a group word and a hostile word (or phrase) within one sentence, close together
    hostile_rx = lex.phrase_re.get(HOSTILE)
    group_toks = [(s, e) for (s, e, _), f in zip(toks, flags, strict=True) if GROUP in f]
    hostile_toks = [(s, e) for (s, e, _), f in zip(toks, flags, strict=True) if HOSTILE in f]
    for ss, se in sentences(text) if group_toks else ():
        groups = [(s, e) for s, e in group_toks if ss <= s < se]
        if not groups:
            continue
        hostile = [(s, e) for s, e in hostile_toks if ss <= s < se]
        if hostile_rx is not None:
            hostile += [m.span() for m in hostile_rx.finditer(text, ss, se)]
        for gs, ge in groups:
            near = [(hs, he) for hs, he in hostile if abs(hs - gs) <= 60]
            if near:
                hs, he = min(near, key=lambda x: abs(x[0] - gs))
                hits.append(Hit(min(gs, hs), max(ge, he), "IDENTITY_ATTACK", 0.7, "group+hostile"))
    for m in _YOU_ARE.finditer(text):
        # a person called an insult: "you are a clown", "he is an idiot" -> the insulting word
        if INS in word_flags(m.group(1)):
            hits.append(Hit(m.start(1), m.end(1), "INSULT", 0.85, "called"))
    return hits


def threat_hits(text: str) -> list[Hit]:
    """Threat patterns, and conditional threats: a consequence clause (he will lose / they will pay)
    in a sentence that also has a condition (if, in case, this time) and a word of attack or war."""
    lex = load_lexicons()
    hits = []
    for rx in lex.threat_patterns if lex.threat_any is None or lex.threat_any.search(text) else ():
        for m in rx.finditer(text):
            s, e = _strip(text, m.start(), m.end())
            if s < e:
                hits.append(Hit(s, e, "THREAT", 0.85, "pattern"))
    if lex.consequence_any is None or not lex.consequence_any.search(text):
        return hits
    for ss, se in sentences(text):
        sent = text[ss:se]
        if not lex.consequence_any.search(sent):
            continue
        if (lex.condition_any is None or not lex.condition_any.search(sent)
                or lex.violence_any is None or not lex.violence_any.search(sent)):
            continue
        for rx in lex.consequence:
            for m in rx.finditer(sent):
                # the consequence clause: from the clause break before it to the sentence end
                before = [b.end() for b in _CLAUSE_BREAK.finditer(sent, 0, m.start())]
                cs = before[-1] if before else 0
                nxt = _CLAUSE_BREAK.search(sent, m.end())
                ce = nxt.start() if nxt else len(sent)
                s, e = _strip(text, ss + cs, ss + ce)
                if s < e:
                    hits.append(Hit(s, e, "THREAT", 0.75, "conditional"))
    return hits


def spam_hits(text: str) -> list[Hit]:
    """SPAM: a link with a promotional cue, two or more links, two or more cues, or a character
    repeated ten times or more. The span covers each sentence holding a link or cue."""
    lex = load_lexicons()
    urls = [m.span() for m in URL_RE.finditer(text)] if _URL_HINT.search(text) else []
    cues = [m.span() for m in lex.spam_any.finditer(text)] if lex.spam_any is not None else []
    hits = []
    if (urls and cues) or len(urls) >= 2 or len(cues) >= 2:
        marked = sorted(urls + cues)
        for ss, se in sentences(text):
            if any(ss <= a < se or ss < b <= se for a, b in marked):
                s, e = _strip(text, ss, se)
                if s < e:
                    hits.append(Hit(s, e, "SPAM", 0.8, "links+cues"))
        for a, b in urls:  # a URL may itself contain sentence-ending dots
            hits.append(Hit(a, b, "SPAM", 0.8, "link"))
    for m in _REPEAT_CHAR.finditer(text):
        if not m.group(1).isspace():
            hits.append(Hit(m.start(), m.end(), "SPAM", 0.6, "repeated"))
    return hits


def shouting_runs(text: str, toks: list[tuple[int, int, str]], min_letters: int, min_upper_ratio: float) -> list[tuple[int, int]]:
    """Maximal runs of consecutive tokens written in capitals, with at least ``min_letters`` letters of
    which at least ``min_upper_ratio`` are upper case."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str]] = []
    lower_is_out = min_upper_ratio > 0

    def flush() -> None:
        letters = [c for _, _, t in cur for c in t if c.isalpha()]
        if len(letters) >= min_letters and sum(c.isupper() for c in letters) / len(letters) >= min_upper_ratio:
            runs.append((cur[0][0], cur[-1][1]))
        cur.clear()

    for tok in toks:
        t = tok[2]
        if lower_is_out and t.islower():  # no upper-case letter (most tokens): not in capitals
            if cur:
                flush()
            continue
        alpha = [c for c in t if c.isalpha()]
        caps = bool(alpha) and (sum(c.isupper() for c in alpha) / len(alpha) >= min_upper_ratio) and len(alpha) > 1 or (len(alpha) == 1 and alpha[0].isupper() and cur)
        gap_ok = not cur or "\n" not in text[cur[-1][1] : tok[0]]
        if caps and gap_ok:
            cur.append(tok)
        else:
            flush()
            if caps:
                cur.append(tok)
    flush()
    return runs
