"""Faster scanning for the annotators' word-list regexes, with identical matches.

Python's `re` tries a pattern at every position of the text; a pattern like
``\\b(?:kill|shoot|hang|...)\\s+...`` walks its whole alternation at each one. ``compile_fast``
puts a lookahead for the characters a match can begin with in front
(``(?=[hks])(?:\\b(?:kill|shoot|...)...)``), so positions that cannot start a match fail on one
character-class test. The set is computed from the parsed pattern (`re._parser`, the parser
`re.compile` itself uses) and is a superset of every possible first character, so the matches are
the same (tested on every shipped pattern). When the set cannot be bounded (the pattern can match
the empty string, or begins with a category such as ``\\w`` or a negated class, or an
unusual construct) the pattern is compiled as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_MAX_RANGE = 512  # a wider class (e.g. every letter) gives nothing to gain


_DIGIT = -1  # `_first` with ``digits``: the category \d (a match may begin with any decimal digit)


def _first(items, digits: bool = False) -> tuple[set[int] | None, bool]:
    """(code points a match of ``items`` can begin with, or None when unbounded; whether the
    items can match the empty string). With ``digits``, the category ``\\d`` is bounded too, as
    `_DIGIT` among the code points."""
    chars: set[int] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b, ^, lookarounds consume nothing: the next item starts the match
        if op is _c.LITERAL:
            chars.add(av)
            return chars, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    chars.add(a)
                elif o is _c.RANGE and a[1] - a[0] <= _MAX_RANGE:
                    chars.update(range(a[0], a[1] + 1))
                elif digits and o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                    chars.add(_DIGIT)
                else:  # NEGATE, CATEGORY (\w, \d, \s), wide ranges
                    return None, False
            return chars, False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # local flags, (?i:...): the lookahead would not share them
            sub, nullable = _first(av[-1], digits)
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                s, n = _first(alt, digits)
                if s is None:
                    return None, False
                sub |= s
                nullable = nullable or n
        elif op in _REPEATS:
            lo, _hi, body = av
            sub, nullable = _first(body, digits)
            nullable = nullable or lo == 0
        else:  # ANY, GROUPREF, GROUPREF_EXISTS, ATOMIC_GROUP, ...
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (as written: under IGNORECASE the
    lookahead class is folded by `re` like the pattern), or None when they cannot be bounded."""
    chars, nullable = _first(_p.parse(pattern, flags))
    if chars is None or nullable or not chars:
        return None
    return frozenset(map(chr, chars))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with a first-character lookahead when one can be derived
    (same matches, spans and groups)."""
    # a leading \d is bounded here (the lookahead class holds \d itself): the spam cues that begin
    # with an amount ("$500 a day", "900 dollars") scan like the others (round 52)
    chars, nullable = _first(_p.parse(pattern, flags), digits=True)
    if chars is None or nullable or not chars:
        return re.compile(pattern, flags)
    cls = "".join(re.escape(chr(c)) for c in sorted(chars - {_DIGIT})) + ("\\d" if _DIGIT in chars else "")
    try:
        return re.compile(f"(?=[{cls}])(?:{pattern})", flags)
    except re.error:  # e.g. global inline flags, which must stay at the very start
        return re.compile(pattern, flags)


# -- required literals: a prefilter for long texts -------------------------------------------------
# A pattern's "required literals" are strings one of which every match contains (lower-cased when
# the pattern is case-insensitive). Checking them with `in` on the lower-cased text costs a few
# substring scans; a text holding none of them cannot match, and the regex need not run. Exact as
# long as the text holds none of the four non-ASCII characters that IGNORECASE matches to ASCII
# letters (İ ı ſ K: `FOLDS_TO_ASCII`): every other character that matches an ASCII letter is that
# letter in either case, which `str.lower()` maps to the literal's letter, one character for one;
# literals never hold a cased non-ASCII character (its case variants would need the same care).
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")

_EXACT_MAX = 48  # a node matching more strings than this is not expanded


def _cased_non_ascii(ch: str) -> bool:
    return not ch.isascii() and (ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch)


def _chars(op, av, icase: bool) -> set[str] | None:
    """The strings (single characters) a LITERAL or IN node matches, or None when not bounded."""
    if op is _c.LITERAL:
        items = [(op, av)]
    else:
        items = av
    out: set[str] = set()
    for o, a in items:
        if o is _c.LITERAL:
            out.add(chr(a))
        elif o is _c.RANGE and a[1] - a[0] <= _EXACT_MAX:
            out.update(map(chr, range(a[0], a[1] + 1)))
        else:
            return None
    if any(_cased_non_ascii(c) for c in out):
        return None
    return {c.lower() for c in out} if icase else out


def literal_weight(s: str) -> int:
    """How selective a literal is, roughly: its length, plus 2 when it holds a symbol ("$", "+"),
    which few texts hold ("$" weighs as much as "the")."""
    return len(s) + (2 if any(not (c.isalnum() or c.isspace()) for c in s) else 0)


def _best(cands: list[set[str]]) -> set[str] | None:
    """The most selective candidate: its least selective literal the best, then the fewest literals."""
    good = [c for c in cands if c and "" not in c]
    if not good:
        return None
    return max(good, key=lambda c: (min(map(literal_weight, c)), -len(c)))


def _lits(items, icase: bool) -> tuple[set[str] | None, set[str] | None]:
    """(every string the sequence ``items`` can match, when few; required literals or None)."""
    cands: list[set[str]] = []
    run: set[str] | None = {""}
    total: set[str] | None = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing (\b, ^, lookarounds)
        if op is _c.LITERAL or op is _c.IN:
            ex = _chars(op, av, icase)
            req = ex
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                ex, req = None, None  # local flags
            else:
                ex, req = _lits(av[-1], icase)
        elif op is _c.BRANCH:
            exs, reqs = zip(*(_lits(alt, icase) for alt in av[1]), strict=True)
            ex = None if any(e is None for e in exs) else set().union(*exs)
            if ex is not None and len(ex) > _EXACT_MAX:
                ex = None
            req = None if any(r is None for r in reqs) else set().union(*reqs)
        elif op in _REPEATS:
            lo, hi, body = av
            bex, breq = _lits(body, icase)
            req = breq if lo >= 1 else None
            if lo == 0 and hi == 1 and bex is not None:
                ex = bex | {""}
            elif lo == 1 and hi == 1:
                ex = bex
            else:
                ex = None
        else:  # ANY, CATEGORY, NOT_LITERAL, GROUPREF, ...
            ex, req = None, None
        if req is not None:
            cands.append(req)
        if ex is not None and run is not None and len(run) * len(ex) <= _EXACT_MAX:
            run = {a + b for a in run for b in ex}
        else:
            if run is not None:
                cands.append(run)
            run = ex if ex is not None else None
            if run is None:
                run = {""}
        if total is not None:
            total = {a + b for a in total for b in ex} if ex is not None and len(total) * len(ex) <= _EXACT_MAX else None
    if run is not None:
        cands.append(run)
    if total is not None:
        cands.append(total)
    return total, _best(cands)


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, lower-cased if the pattern is
    case-insensitive (so that `may_match` can look for them in ``text.lower()``); None when no
    such set is known. Never empty: a pattern that may match the empty string has none."""
    icase = bool(pattern.flags & re.IGNORECASE)
    try:
        _, req = _lits(_p.parse(pattern.pattern, pattern.flags), icase)
    except (re.error, TypeError, ValueError):  # pragma: no cover - a construct the walk does not know
        return None
    if not req:
        return None
    # a literal inside a longer one is enough: "kill" covers "killed"
    keep = sorted(req, key=len)
    out: list[str] = []
    for s in keep:
        if not any(o in s for o in out):
            out.append(s)
    return frozenset(out)


# a literal this short (`literal_weight`) is in almost every long text: a set holding one gates nothing
GATE_MIN_LITERAL = 3


@lru_cache(maxsize=1024)
def gate_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """`required_literals` of ``pattern`` when all weigh at least `GATE_MIN_LITERAL`, else None."""
    req = required_literals(pattern)
    if req is None or min(map(literal_weight, req)) < GATE_MIN_LITERAL:
        return None
    return tuple(sorted(req))


@lru_cache(maxsize=1024)
def _gate(pattern: re.Pattern) -> tuple[tuple[str, ...] | None, bool]:
    return gate_literals(pattern), bool(pattern.flags & re.IGNORECASE)  # (flags & is slow: an enum)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    return None if not text.isascii() and FOLDS_TO_ASCII.search(text) else text.lower()


def cannot_match(pattern: re.Pattern, text: str) -> bool:
    """True when ``text`` holds none of ``pattern``'s required literals (`gate_literals`), so that
    ``pattern`` has no match in it, nor in any slice of it; False when it may match (or when that is
    not known). Worth it on long texts only: the callers gate it by length."""
    lits, icase = _gate(pattern)
    if lits is None:
        return False
    hay = _lowered(text) if icase else text
    if hay is None:
        return False
    for s in lits:
        if s in hay:
            return False
    return True
