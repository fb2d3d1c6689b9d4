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

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_MAX_RANGE = 512  # a wider class (e.g. every letter) gives nothing to gain


def _first(items) -> tuple[set[int] | None, bool]:
    """(code points a match of ``items`` can begin with, or None when unbounded; whether the
    items can match the empty string)."""
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
                else:  # NEGATE, CATEGORY (\w, \d, \s), wide ranges
                    return None, False
            return chars, False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # local flags, (?i:...): the lookahead would not share them
            sub, nullable = _first(av[-1])
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                s, n = _first(alt)
                if s is None:
                    return None, False
                sub |= s
                nullable = nullable or n
        elif op in _REPEATS:
            lo, _hi, body = av
            sub, nullable = _first(body)
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
    first = first_chars(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    cls = "".join(re.escape(c) for c in sorted(first))
    try:
        return re.compile(f"(?=[{cls}])(?:{pattern})", flags)
    except re.error:  # e.g. global inline flags, which must stay at the very start
        return re.compile(pattern, flags)
