"""The comment-policy lexicons (src/spanbank/data/policy/*.txt), loaded once and matched on tokens.

Word lists: one entry a line, `*` at the end = prefix match, `[section]` lines split a file,
entries with a space are phrases (matched on the text). Pattern files hold regular expressions.
Matching is obfuscation-tolerant (see `policy_text.normal_forms` and `mask_forms`): leetspeak,
masked letters (f*ck, f**k, f@#$, a****le, sh$t), repeated letters, and spaced or dotted letters for
the longer profanities. An entry `*stem*` matches every word holding the stem (clusterfuck,
muthafucka), `*stem` every word ending in it, with an inflection (chickenshit, dogshits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from spanbank.annotators.fastregex import _c, _p, compile_fast
from spanbank.annotators.policy_text import mask_forms, normal_forms

# flag names used as model features and for typing spans
PROF, INS, SLUR, GROUP, HOSTILE = "PROF", "INS", "SLUR", "GROUP", "HOSTILE"
_SUFFIXES = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ies", "ish")
# what may follow a `*stem` entry's stem (its last letter may double: shitty, shitter)
_STEM_END = "(?:{last}?(?:s|es|ed|er|ers|ing|in|y|ies|ier|iest|ish))?"


class LexiconError(ValueError):
    pass


@dataclass
class WordList:
    exact: set[str] = field(default_factory=set)
    prefixes: tuple[str, ...] = ()
    phrases: list[str] = field(default_factory=list)
    # `*stem*` and `*stem` entries: words holding the stem, words ending in it (with an inflection);
    # letters only (not a hyphenated phrase or a link's path: this-is-fucking-great)
    inside: re.Pattern | None = None

    def matches(self, form: str, inside: bool = True) -> bool:
        return (form in self.exact or (bool(self.prefixes) and form.startswith(self.prefixes))
                or (inside and self.inside is not None and form.isalpha() and self.inside.search(form) is not None))

    def vocabulary(self) -> list[str]:
        """Concrete words for masked matching (prefix entries expanded with common suffixes)."""
        words = set(self.exact)
        for p in self.prefixes:
            words.update(p + s for s in _SUFFIXES)
        return sorted(words)


def _read(name: str) -> list[tuple[int, str]]:
    path = resources.files("spanbank") / "data" / "policy" / name
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"policy lexicon {name} is missing from the package (src/spanbank/data/policy/)") from None
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((n, line))
    return out


def _sections(name: str, default: str = "") -> dict[str, list[tuple[int, str]]]:
    secs: dict[str, list[tuple[int, str]]] = {}
    cur = default
    for n, line in _read(name):
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            secs.setdefault(cur, [])
        else:
            secs.setdefault(cur, []).append((n, line))
    return secs


def load_sections(name: str) -> dict[str, list[tuple[int, str]]]:
    """The ``[section]`` entries of a data/policy file (line number, entry), for rules that keep
    their own lists (not lexicon flags, so the learned models' features do not change)."""
    return _sections(name)


def _wordlist(entries: list[tuple[int, str]]) -> WordList:
    wl = WordList()
    prefixes = []
    inside = []
    for _, e in entries:
        e = e.lower()
        if " " in e:
            wl.phrases.append(e.rstrip("*"))
        elif e.startswith("*") and len(e) > 2 and e[1:].rstrip("*").isalpha():
            stem = e[1:].rstrip("*")
            inside.append(re.escape(stem) if e.endswith("*") else
                          re.escape(stem) + _STEM_END.format(last=re.escape(stem[-1])) + "$")
        elif e.endswith("*"):
            prefixes.append(e[:-1])
        else:
            wl.exact.add(e)
    wl.prefixes = tuple(prefixes)
    if inside:
        wl.inside = re.compile("|".join(inside))
    return wl


def _patterns(name: str, entries: list[tuple[int, str]]) -> list[re.Pattern]:
    out = []
    for n, e in entries:
        try:
            out.append(compile_fast(e, re.IGNORECASE))
        except re.error as exc:
            raise LexiconError(f"{name}:{n}: not a valid regular expression: {exc}") from None
    return out


def _begins_with_boundary(entry: str) -> bool:
    r"""Whether a pattern is `\b` followed by the rest of its text: it starts with `\b` and parses
    to a \b first (`\ba|b` does not: its \b is one alternative's; in `\ba|\bb` the parser takes the
    common \b out of the alternatives, and \b(?:a|\bb) matches the same)."""
    if not entry.startswith(r"\b"):
        return False
    try:
        first = _p.parse(entry, re.IGNORECASE)[0]
    except (re.error, IndexError):
        return False
    return first == (_c.AT, _c.AT_BOUNDARY)


def _any_of(entries: list[tuple[int, str]]) -> re.Pattern | None:
    """One pattern matching where any of the entries matches (None for no entry); for yes/no
    tests and scans where which entry matched does not matter. Entries are joined as they are:
    a numbered back-reference would change its meaning, so `_patterns` entries must not use one."""
    if not entries:
        return None
    # consecutive entries that begin with \b share it: `\b(?:(?:a)|(?:b))|(?:c)` tries the same
    # alternatives in the same order as `(?:\ba)|(?:\bb)|(?:c)`, so it finds the same matches, and
    # inside words it fails on one test of \b instead of one per entry (spam cues: 2x faster)
    parts: list[str] = []
    shared: list[str] = []
    for _, e in [*entries, (0, "")]:
        if e and _begins_with_boundary(e):
            shared.append(f"(?:{e[2:]})")
            continue
        if shared:
            parts.append(r"\b(?:" + "|".join(shared) + ")")
            shared = []
        if e:
            parts.append(f"(?:{e})")
    joined = "|".join(parts)
    if re.compile(joined, re.IGNORECASE).groups:
        raise LexiconError(f"a word-list pattern uses a capturing group: {joined[:80]} ...; use (?:...)")
    return compile_fast(joined, re.IGNORECASE)


@dataclass
class Lexicons:
    words: dict[str, WordList]
    threat_patterns: list[re.Pattern]
    condition: list[re.Pattern]
    violence: list[re.Pattern]
    consequence: list[re.Pattern]
    # spam.txt's entries one by one (each checked for a valid regex with its line number; the rules
    # use `spam_sections`)
    spam_cues: list[re.Pattern]
    phrase_re: dict[str, re.Pattern]
    # where any of the list matches (None: empty list), for the yes/no tests of conditional threats
    condition_any: re.Pattern | None = None
    violence_any: re.Pattern | None = None
    consequence_any: re.Pattern | None = None
    # where any threat pattern matches (None: no pattern, or they cannot be joined); a text it does
    # not match has no threat pattern match, and the patterns are not run one by one
    threat_any: re.Pattern | None = None
    # threat phrases that a negation earlier in their clause cancels (threats_phrases.txt): wishes of
    # death or harm, incitement, first-person threats, deserve-statements
    threat_phrase_patterns: list[re.Pattern] = field(default_factory=list)
    # spam.txt's sections (alone, pitch, scam, action, contact, weak), each joined into one pattern
    spam_sections: dict[str, re.Pattern] = field(default_factory=dict)


def phrase_alternatives(phrases: list[str]) -> str:
    """The phrases as regex alternatives (literal words, any whitespace between them), longest first so that a
    longer phrase wins over its prefix: "a|b c" without a group around it."""
    alts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return "|".join(alts)


def _phrase_regex(phrases: list[str]) -> re.Pattern | None:
    if not phrases:
        return None
    return compile_fast(r"(?<!\w)(?:" + phrase_alternatives(phrases) + r")(?!\w)", re.IGNORECASE)


# f u c k / f.u.c.k / s-h-i-t: four or more single letters, one same separator between them
SPACED_RE = re.compile(r"(?<![\w.*_-])[^\W\d_](?P<sep>[ ._*-])(?:[^\W\d_](?P=sep)){2,}[^\W\d_](?![\w*-])")


@cache
def load_lexicons() -> Lexicons:
    ident = _sections("identity.txt")
    cond = _sections("threats_conditional.txt")
    words = {
        PROF: _wordlist(_read("profanity.txt")),
        INS: _wordlist(_read("insults.txt")),
        SLUR: _wordlist(ident.get("slur", [])),
        GROUP: _wordlist(ident.get("group", [])),
        HOSTILE: _wordlist(ident.get("hostile", [])),
    }
    spam_secs = _with_fragments("spam.txt", _sections("spam.txt"))
    spam_entries = [e for entries in spam_secs.values() for e in entries]
    spam = _patterns("spam.txt", spam_entries)
    threat_entries = _read("threats.txt")
    phrase_entries = _read("threats_phrases.txt")
    return Lexicons(
        words=words,
        threat_patterns=_patterns("threats.txt", threat_entries),
        condition=_patterns("threats_conditional.txt", cond.get("condition", [])),
        violence=_patterns("threats_conditional.txt", cond.get("violence", [])),
        consequence=_patterns("threats_conditional.txt", cond.get("consequence", [])),
        spam_cues=spam,
        phrase_re={k: r for k, wl in words.items() if (r := _phrase_regex(wl.phrases)) is not None},
        condition_any=_any_of(cond.get("condition", [])),
        violence_any=_any_of(cond.get("violence", [])),
        consequence_any=_any_of(cond.get("consequence", [])),
        threat_any=_joined_or_none(threat_entries),
        threat_phrase_patterns=_patterns("threats_phrases.txt", phrase_entries),
        spam_sections={k: r for k, v in spam_secs.items() if (r := _any_of(v)) is not None},
    )


_FRAGMENT_DEF = re.compile(r"@([A-Za-z_]\w*)\s*=\s*(.+)$")
_FRAGMENT_USE = re.compile(r"@([A-Za-z_]\w*)")


def _with_fragments(name: str, secs: dict[str, list[tuple[int, str]]]) -> dict[str, list[tuple[int, str]]]:
    """The sections with fragment definitions (`@name = regex`, a line of its own) taken out and
    each later `@name` in an entry replaced by its regex in a group; an undefined name is an error
    (an e-mail pattern's `@[\\w-]+` is no name: a name begins with a letter or `_`)."""
    defs: dict[str, str] = {}
    out: dict[str, list[tuple[int, str]]] = {}

    def expand(n: int, e: str) -> str:
        def sub(m: re.Match) -> str:
            if m.group(1) not in defs:
                raise LexiconError(f"{name}:{n}: fragment @{m.group(1)} is not defined above")
            return f"(?:{defs[m.group(1)]})"
        return _FRAGMENT_USE.sub(sub, e)

    for sec, entries in secs.items():
        for n, e in entries:
            d = _FRAGMENT_DEF.match(e)
            if d:
                defs[d.group(1)] = expand(n, d.group(2).strip())
            else:
                out.setdefault(sec, []).append((n, expand(n, e)))
    return out


def _joined_or_none(entries: list[tuple[int, str]]) -> re.Pattern | None:
    """`_any_of`, or None when the entries cannot be joined (a capturing group, a global flag)."""
    try:
        return _any_of(entries)
    except (LexiconError, re.error):
        return None


@cache
def _vocab(flag: str) -> tuple[str, ...]:
    return tuple(load_lexicons().words[flag].vocabulary())


@lru_cache(maxsize=50_000)
def _mask_regex(form: str, loose: bool) -> re.Pattern:
    """A masked spelling as a pattern: a mask character stands for one or two letters, a run of n
    for n. ``loose`` (profanity, insults): people do not count, so a run of n stands for n-1 to
    n+1 letters (sh**t, as****), and one mask between letters also for none, a mask character
    typed into the word (f*uck, b*itch, stu*pid)."""
    parts = [p for p in re.split(r"(\*+)", form) if p]
    out = []
    for k, p in enumerate(parts):
        if p[0] != "*":
            out.append(re.escape(p))
        elif not loose:
            out.append("[a-z]{1,2}" if len(p) == 1 else f"[a-z]{{{len(p)}}}")
        elif len(p) == 1:
            out.append("[a-z]{0,2}" if 0 < k < len(parts) - 1 else "[a-z]{1,2}")
        else:
            out.append(f"[a-z]{{{len(p) - 1},{len(p) + 1}}}")
    return re.compile("".join(out))


# letters a masked form must show to be matched against a list (f*** is profanity; m*ron, not m**n,
# is an insult)
_MASK_LETTERS = {PROF: 1, SLUR: 2, INS: 3}


def _masked_hit(flag: str, forms: tuple[str, ...]) -> bool:
    for form in forms:
        letters = sum(c.isalpha() for c in form)
        if letters < _MASK_LETTERS[flag] or len(form) < 3:
            continue
        if form[0] == "*" and (form[-1] == "*" or letters < 3 or flag == INS):
            # *emphasis*, a bullet or footnote mark (*******In, *rolls eyes*), not a masked word;
            # a word masked from its first letter shows three (****hole, *itches)
            continue
        rx = _mask_regex(form, flag != SLUR)
        if any(rx.fullmatch(v) for v in _vocab(flag)):
            return True
    return False


@lru_cache(maxsize=200_000)
def word_flags(token: str) -> tuple[str, ...]:
    """Lexicon categories of one token (PROF, INS, SLUR, GROUP, HOSTILE), obfuscation-tolerant."""
    lex = load_lexicons()
    forms = normal_forms(token)
    flags = []
    masked = mask_forms(token)
    for flag, wl in lex.words.items():
        # an @handle holding a stem (@fuckthemallcops) is a name: whole words only
        inside = token[:1] != "@"
        hit = any(wl.matches(f.strip("'"), inside) or (f.endswith("'s") and wl.matches(f[:-2], inside)) for f in forms)
        if not hit and masked and flag in _MASK_LETTERS and (flag == PROF or PROF not in flags):
            # a masked word that may be profanity is read as profanity (c***s, b*****s), not also
            # as a slur or insult of the same shape
            hit = _masked_hit(flag, tuple(f[:-2] if f.endswith("'s") else f for f in masked))
        if hit:
            flags.append(flag)
    return tuple(flags)
