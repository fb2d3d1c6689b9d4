"""Text structure for the quote pre-annotator: tokens, paragraphs, quotation-mark pairs, sentences.

Everything works on code-point offsets into the document text. Quotation marks are paired per
paragraph; a quotation opened at the start of a paragraph and not closed there continues into the
next paragraph when that one opens with a mark again (the news convention for long quotes). Sentences
are never split inside a quotation, so "“…,” said Aliyev adding, “…”" is one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spanbank.annotators.quote_lexicon import Lexicon

#: opening mark -> the marks that close it
PAIRS: dict[str, str] = {
    "“": "”“",  # English curly; some writers close with another “
    "„": "“”\"",  # German low-high; web text often closes with a straight mark („Klimaschutzkurs")
    "«": "»",
    "»": "«",  # German guillemets point inward
    "‹": "›",
    "›": "‹",
    '"': '"”',  # web text mixes marks: '"The 1980s are now calling …” The audience …'"
    "‚": "‘’",  # German single
    "‘": "’",  # English single: only where it cannot be an apostrophe (checked below)
    "”": "”",  # (round 24) Swedish-style ”…” (also in German web text): only after a space, before a letter
    "'": "'’",  # straight single (British style, comments): only where it cannot be an apostrophe
    "″": "″",  # (round 28) a double prime for a straight mark (AP archive copy): '″We have our own country,″ he said.'
}
SINGLE = frozenset("‘’‚")
CLOSING_CHARS = frozenset("”“»«›‹\"’‘″)]")
#: the closing quotation marks among them (also a straight apostrophe closing a single-quoted name)
CLOSING_QUOTES = (CLOSING_CHARS - frozenset(")]")) | {"'"}
TERMINALS = frozenset(".!?…")

#: (a score or a time is one token, its colon no clause mark: "3:6", "14:30", "2:0-Satzführung")
#: (round 29: so are "Ver.di" and "CDU/CSU", the speaker was "Ver" and "CSU-Fraktion"; round 53, de4left: also "Ver.di"
#: with a hyphenated compound, "Ver.di-Vize Christine Behle sagte" had the SPEAKER span "Vize Christine Behle")
#: (round 22: an acronym with a plus is one word, "OPEC+ said" had no speaker; so is a web address, "told al.com",
#: "Capital.com analyst", "web.de News")
#: (round 35) a gender-inclusive plural is one word: "Die Schauspieler*innen schrieben …", "40 Ärzt:innen warnten …"
#: (the speaker was "Ärzt" or none)
#: (round 35 w4) a number with a full stop in a compound is one word: "ein Anwohner der 12.000-Einwohner-Gemeinde, sagte"
#: (the apposition ended at "12.000", and the speaker was "Einwohner-Gemeinde")
#: (round 40) capitals joined by an ampersand are one name: "AT&T said" (the speaker was "T"), "P&G", "S&P"
#: (round 41, enbusiness) so are capitals joined by a plus or by slashes, and a name ending in a plus: "D+H said" (the
#: speaker was "H"), "according to Thomson Reuters I/B/E/S" (was "Thomson Reuters I"; "I/B/E/S. The company said"
#: gave the speaker "S. The"), "Disney+ said" and "Canal+ said" (no report)
_TOKEN = re.compile(r"\w+[*:_/]-?innen(?!\w)|[A-Z](?:[A-Z]+|[a-z]{2,}[A-Za-z]*)\+(?![\w+])|[A-Z]{1,3}\+[A-Z]{1,3}(?![\w+])|[A-Z](?:/[A-Z])+(?![\w/])|[Vv]er\.di(?:-\w+)*(?!\w)|[A-ZÄÖÜ][A-ZÄÖÜ]+/[A-ZÄÖÜ][A-ZÄÖÜ]+(?:-\w+)*(?![\w/])|[A-Z]{1,4}&[A-Z]{1,4}(?:[-'’]\w+)*(?![\w&])|\w+(?:[-.]\w+)*\.(?:com|org|net|gov|edu|de|at|ch|io)(?!\w)(?!\.\w)|\d+:\d+(?:[-'’]\w+)*|\d+(?:[.,]\d+)+(?:-\w+)*|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at each "|" outside groups, classes and escapes)."""
    out, cur, depth, in_class, escaped = [], [], 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


#: (speed) what a text must contain for one of _TOKEN's rarer alternatives to match in it. Most texts contain none
#: of these, and `_token_pattern` leaves out an alternative that can match nowhere in the text (the same matches:
#: it only fails, at every position), so a word no longer runs through the gendered plural's and the web address's
#: scans of the whole word before the plain word alternative (tokenize took half its time in the regex)
_TOKEN_NEEDS = {
    r"\w+[*:_/]-?innen(?!\w)": re.compile(r"[*:_/]-?innen"),
    r"[A-Z](?:[A-Z]+|[a-z]{2,}[A-Za-z]*)\+(?![\w+])": re.compile(r"[A-Za-z]\+"),
    r"[A-Z]{1,3}\+[A-Z]{1,3}(?![\w+])": re.compile(r"[A-Z]\+[A-Z]"),
    r"[A-Z](?:/[A-Z])+(?![\w/])": re.compile(r"[A-Z]/[A-Z]"),
    r"[Vv]er\.di(?:-\w+)*(?!\w)": re.compile(r"er\.di"),
    r"[A-ZÄÖÜ][A-ZÄÖÜ]+/[A-ZÄÖÜ][A-ZÄÖÜ]+(?:-\w+)*(?![\w/])": re.compile(r"[A-ZÄÖÜ]/[A-ZÄÖÜ]"),
    r"\w+(?:[-.]\w+)*\.(?:com|org|net|gov|edu|de|at|ch|io)(?!\w)(?!\.\w)":
        re.compile(r"\w\.(?:com|org|net|gov|edu|de|at|ch|io)(?!\w)"),
    r"[A-Z]{1,4}&[A-Z]{1,4}(?:[-'’]\w+)*(?![\w&])": re.compile(r"[A-Z]&[A-Z]"),
    r"\d+:\d+(?:[-'’]\w+)*": re.compile(r"\d:\d"),
    r"\d+(?:[.,]\d+)+(?:-\w+)*": re.compile(r"\d[.,]\d"),
}
_TOKEN_ALTERNATIVES = _alternatives(_TOKEN.pattern)
#: _TOKEN without the alternatives a text cannot match, by which of `_TOKEN_NEEDS` it has (bounded: at most
#: 2 ** len(_TOKEN_NEEDS) patterns)
_TOKEN_VARIANTS: dict[tuple[bool, ...], re.Pattern[str]] = {}


def _token_pattern(text: str) -> re.Pattern[str]:
    """_TOKEN, or the same pattern without the alternatives of `_TOKEN_NEEDS` that cannot match in `text`."""
    key = tuple(a not in _TOKEN_NEEDS or _TOKEN_NEEDS[a].search(text) is not None for a in _TOKEN_ALTERNATIVES)
    pattern = _TOKEN_VARIANTS.get(key)
    if pattern is None:
        pattern = _TOKEN_VARIANTS[key] = re.compile(
            "|".join(a for a, keep in zip(_TOKEN_ALTERNATIVES, key, strict=True) if keep), _TOKEN.flags)
    return pattern


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str
    #: inside a quotation (marks included)
    quoted: bool = False
    #: capitalised only because it opens a sentence (German: the word also occurs in lower case)
    lowered: bool = False
    #: a word (letters, digits), not punctuation; set by `tokenize` from the first character
    is_word: bool = False
    #: (speed) `capitalised(text)`, set by `tokenize` (`is_cap` is read for most tokens several times)
    cap: bool = False

    @property
    def is_cap(self) -> bool:
        """Capitalised (see `capitalised`), unless only because it opens a German sentence (`lowered`)."""
        return self.cap and not self.lowered


def capitalised(t: str) -> bool:
    """A capitalised word; also a nominalised number compound ("der 39-Jährige", "die 68er-Bewegung")."""
    return t[0].isupper() or t in LOWER_CASE_NAMES or (t[0].isdigit() and "-" in t and t.rsplit("-", 1)[1][:1].isupper()) or (
        # (round 25) an Arabic name with its lower-case article: "sagte al-Ansari", "Ahmed al-Scharaa"
        t[:1] in "aen" and NAME_ARTICLE.match(t) is not None)


#: (round 28) names written in lower case, capitalised words for every rule: German news agencies ("Die dpa meldete, …",
#: "Wie die dpa erfuhr, …" had no speaker) and TV channels; (round 53, de4left) the union's spelling "ver.di" ("Die
#: Gewerkschaft ver.di sagte, …" reported nothing)
LOWER_CASE_NAMES = frozenset({"dpa", "dapd", "ddp", "epd", "ntv", "n-tv", "foodwatch", "abgeordnetenwatch", "ver.di"})

#: (round 44, deagrar) a name of LOWER_CASE_NAMES opening a sentence (`_boundary`), and the names' first letters (speed)
_LOWER_NAME_START = re.compile(r"(?:" + "|".join(map(re.escape, sorted(LOWER_CASE_NAMES, key=len, reverse=True))) + r")\b(?![.’'])")
_LOWER_NAME_INITIALS = frozenset(n[0] for n in LOWER_CASE_NAMES)

#: a lower-case Arabic article joined to a capitalised name ("al-Ansari", "el-Sisi", "an-Nahar")
NAME_ARTICLE = re.compile(r"(?:al|el|an|as|ash|asch|ad|ar|at|az)-[A-ZÄÖÜ]")


@dataclass(slots=True)
class Quotation:
    """The words between a pair of marks; `start`/`end` exclude the marks, `outer_*` include them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    #: quotations of one multi-paragraph quote share a group number
    group: int
    n_words: int = 0


#: an English pronoun with a contracted auxiliary ("she’s said", "they've told"): two tokens, so the
#: pronoun can be a speaker and the auxiliary is skipped like "has"; also "there's" (round 25: "says there's
#: still more work to do" reported nothing)
_CONTRACTED = re.compile(r"(?i)(he|she|it|we|they|i|you|who|there)(['’](?:s|ve|d|ll|re|m))")


#: (speed) a token's text, low, is_word and cap by its match's text, as `tokenize` makes them from the match's text
#: alone (bounded: cleared when it grows past 200,000 words; contractions, two tokens, are not kept)
_TOKEN_FIELDS: dict[str, tuple[str, str, bool, bool]] = {}


def tokenize(text: str) -> list[Token]:
    out = []
    append = out.append
    known = _TOKEN_FIELDS.get
    for m in _token_pattern(text).finditer(text):
        g = m.group()
        f = known(g)
        if f is not None:  # a word seen before
            a, e = m.span()
            append(Token(a, e, f[0], f[1], False, False, f[2], f[3]))
            continue
        c = _CONTRACTED.fullmatch(g) if ("'" in g or "’" in g) else None
        if c is not None:
            a, s = m.start(), m.start() + c.end(1)
            append(Token(a, s, c.group(1), c.group(1).lower(), False, False, True, capitalised(c.group(1))))
            append(Token(s, m.end(), c.group(2), c.group(2).lower().replace("’", "'"), False, False, True,
                         capitalised(c.group(2))))
            continue
        word = g[0].isalnum() or g[0] == "_"
        key = g
        if word and "’" in g:
            # (round 31) a word's typographic apostrophe reads as the straight one (same length, so the offsets hold):
            # "said China’s foreign ministry" as "China's" (reported nothing)
            g = g.replace("’", "'")
        low = g.lower()
        if g == "US":
            low = "u.s"  # (round 31) the country, not the pronoun: "said US Attorney General Merrick Garland" (as "U.S.")
        a, e = m.span()
        cap = capitalised(g)
        if len(_TOKEN_FIELDS) > 200_000:
            _TOKEN_FIELDS.clear()
        _TOKEN_FIELDS[key] = (g, low, word, cap)
        append(Token(a, e, g, low, False, False, word, cap))
    if "No" in text:
        _number_signs(out)
    if "- " in text:
        _broken_compounds(out, text)
    if ("’" in text or "'" in text) and _CLASS_YEAR.search(text) is not None:
        _class_years(out)
    if "Dr." in text and (d := _DE_DEGREE.search(text)) is not None:
        _degrees(out, text, d)
    if ".-" in text and (d := _DE_HYPHEN_TITLE.search(text)) is not None:
        _hyphen_titles(out, text, d)
    if "V." in text and (d := _REGISTERED.search(text)) is not None:
        _degrees(out, text, d, _REGISTERED)
    return out


def de_apostrophe_genitives(out: list[Token], text: str) -> None:
    """(round 49, despeakers) A German genitive's apostrophe after a name ending in an s sound belongs to the name, as
    the "s" of "Söders" does: "Laut Merz' Sprecher ist …", "sagte Scholz’ Sprecherin" (the speaker was "Merz", the
    reported clause "' Sprecher ist …"). Only a capitalised word ending in s, ß, x or z, the mark right after it and a
    capitalised word after one space; German texts only (English keeps "Kansas’ Election Office")."""
    if "' " not in text and "’ " not in text:
        return
    x = 1
    while x + 1 < len(out):
        t, p, nx = out[x], out[x - 1], out[x + 1]
        if t.text in ("'", "’") and p.end == t.start and p.is_word and p.cap and p.text[-1:] in ("s", "ß", "x", "z") \
                and nx.start == t.end + 1 and text[t.end] == " " and nx.is_word and nx.cap \
                and (x < 2 or not (out[x - 2].end == p.start and out[x - 2].text in ("'", "’", "‘"))):
            g = p.text + t.text.replace("’", "'")
            out[x - 1] = Token(p.start, t.end, g, g.lower(), is_word=True, cap=True)
            del out[x]
        x += 1


#: (round 42, descience3) "e.V." or "e. V." of a registered association after its name ("Die Deutsche Gesellschaft für
#: Innere Medizin e.V. (DGIM) befürchtet …" had no subject)
_REGISTERED = re.compile(r"(?<=\w )(e\. ?V\.)(?=[ ,])")


#: (round 45, deat) Austrian title abbreviations that end no sentence only as written in `cased_titles` ("Mag. Hilmar
#: Kabas"; "…, was er mag. Die …" ends one)
_DE_CASED_ONLY = frozenset({"mag", "mmag", "ing", "labg", "nabg", "abg"})
#: (round 42, descience3) a German doctor's degree after "Dr.": "Professor Dr. med. Joachim Spranger", "Dr. rer. nat.
#: Anna Berg", "Prof. Dr. med. dent. Jan Kurz" (the qualifiers, lower case and each with its full stop, up to the name)
_DE_DEGREE_WORDS = ("med", "rer", "nat", "phil", "jur", "iur", "dent", "vet", "habil", "oec", "pol", "soc", "theol",
                    "pharm", "biol", "agr", "troph", "paed", "publ", "hum", "sc", "techn", "ing")
_DE_DEGREE = re.compile(r"\bDr\.((?: ?(?:" + "|".join(_DE_DEGREE_WORDS) + r")\.)+)(?= [A-ZÄÖÜ])")


#: (round 45, degesundheit) a German hyphenated academic title before a doctor's title or a name in health news:
#: "sagt Priv.-Doz. Dr. Lars Bönicke", "sagt Univ.-Prof. Dr. Markus Huber", "erklärt Dipl.-Psych. Lena Vogt" (the
#: speaker was "Priv", "Univ", "Dipl"; group 1 without the last full stop)
_DE_HYPHEN_TITLE = re.compile(r"(?<![\w.-])((?:Priv|Univ|Ass|Assoz|Dipl)\.-(?:Doz|Prof|[A-ZÄÖÜ][a-zäöü]{1,7}))\."
                              r"(?= (?:Dr\.|Prof\.|[A-ZÄÖÜ][a-zäöüß]+))")


def _hyphen_titles(out: list[Token], text: str, d: re.Match[str] | None) -> None:
    """(round 45, degesundheit) The pieces of a hyphenated academic title ("Priv.-Doz.", "Univ.-Prof.", "Dipl.-Med.")
    become one token that reads as the title "Prof" (the text "Dr" is looked up in the text itself elsewhere), its
    offsets those of the whole title: the full stop after it is then a title's stop and the name runs on to the surname, as after "Prof."
    ("sagt Priv.-Doz. Dr. Lars Bönicke" had the speaker "Priv")."""
    while d is not None:
        a, e = d.span(1)
        i = next((n for n, t in enumerate(out) if t.start >= a), None)
        if i is not None and out[i].start == a:
            n = i
            while n < len(out) and out[n].end <= e:
                n += 1
            if n > i + 1 and out[n - 1].end == e:
                out[i:n] = [Token(a, e, "Prof", "prof", False, False, True, True)]
        d = _DE_HYPHEN_TITLE.search(text, d.end())


def _degrees(out: list[Token], text: str, d: re.Match[str], pattern: re.Pattern[str] = _DE_DEGREE) -> None:
    """(round 42, descience3) The qualifiers of a doctor's degree ("med.", "rer. nat.") between "Dr." and the name are
    dropped from the tokens, as a class year is: "betont Professor Dr. med. Joachim Spranger" ran on no further than
    "Dr" (the speaker was "Professor Dr"); `Lexicon.abbreviations` has "dr", so the name then follows the title. Also
    an association's "e.V." (`_REGISTERED`)."""
    spans = []
    while d is not None:
        spans.append(d.span(1))
        d = pattern.search(text, d.end())
    keep = []
    x = 0
    for t in out:
        while x < len(spans) and spans[x][1] <= t.start:
            x += 1
        if x < len(spans) and spans[x][0] <= t.start and t.end <= spans[x][1]:
            continue
        keep.append(t)
    out[:] = keep


#: (round 42, enedu) a class year after a name in college news: "Maria Chen ’27 said", "said Sam Lee '25," (a capital
#: letter, one space, an apostrophe and two digits, then no word or digit; searched from the apostrophe for speed)
_CLASS_YEAR = re.compile(r"(?<=[A-Za-z] )['’]\d\d(?![\w'’])")


def _class_years(out: list[Token]) -> None:
    """(round 42, enedu) A student's or alumnus's class year after a name ("Maria Chen ’27 said …", "“…,” said Sam Lee
    ’25.", "Senator Gabby Crooks ’23, who co-authored the resolution, said …") is dropped from the tokens, as a
    broken compound's hyphen is: the name then stands next to its verb (the report was lost) and is the speaker
    without the year ("Sam Lee '25" was the name). Only after two capitalised words (a first name and a surname) or a middle initial
    ("University President Alan M. Garber ’76 announced")."""
    for x in range(len(out) - 2, 1, -1):
        t = out[x]
        if t.text not in ("'", "’"):
            continue
        p, n = out[x - 1], out[x + 1]
        if n.start == t.end and len(n.text) == 2 and n.text.isdigit() and p.end + 1 == t.start and p.cap and p.is_word \
                and p.text[-1].isalpha() and (out[x - 2].is_word and out[x - 2].cap or out[x - 2].text == "." and (
                    x >= 3 and len(out[x - 3].text) == 1 and out[x - 3].cap)) \
                and (x + 2 >= len(out) or out[x + 2].start > n.end or not out[x + 2].is_word):
            del out[x : x + 2]


#: words after a hyphen and a space that make it the elision of a compound's part ("Bund- und Länderkassen", "Ein- oder
#: Ausreise", "mittel- bis langfristig")
_ELISION_NEXT = frozenset({"und", "oder", "sowie", "bis", "bzw", "wie", "als", "noch", "beziehungsweise", "respektive",
                           "or", "and", "to"})


def _broken_compounds(out: list[Token], text: str) -> None:
    """(round 39, deagency) A compound broken at its hyphen by a line break in older agency copy ("die radikal-
    islamischen Taliban", "Alt- Bundeskanzler Helmut Schmidt", "der Vorsitzende im Spenden- Untersuchungsausschuss,
    Volker Neumann (SPD)") reads as one phrase: the hyphen, glued to the word before it and followed by one space and a
    word, is dropped from the tokens (the speaker phrase stopped at it, and the report was lost). Not the elision of a
    compound's part before a conjunction ("Bund- und Länderkassen")."""
    for x in range(len(out) - 2, 0, -1):
        t = out[x]
        if t.text != "-":
            continue
        p, n = out[x - 1], out[x + 1]
        if p.end == t.start and n.start == t.end + 1 and text[t.end] == " " and p.is_word and n.is_word \
                and p.text[-1].isalpha() and n.text[0].isalpha() and n.low not in _ELISION_NEXT \
                and (len(p.text) >= 4 or (p.cap and len(p.text) >= 2)) and not n.low.startswith(p.low):
            del out[x]  # (not a speaker's broken-off word in a transcript: "The s- I believe …", "we- we said")


def _number_signs(out: list[Token]) -> None:
    """(round 38) "No" before a number is the number sign, no negation: "No 10 said …", "No. 10 said …" (reported
    nothing) read as "Number 10"; "No." with its full stop is one token then."""
    for i in range(len(out) - 1, -1, -1):
        t = out[i]
        if t.text != "No" or i + 1 >= len(out):
            continue
        n = out[i + 1]
        if n.text == "." and n.start == t.end and i + 2 < len(out) and out[i + 2].text.isdigit():
            out[i : i + 2] = [Token(t.start, n.end, "No.", "number", False, False, True, True)]
        elif n.text.isdigit():
            out[i] = Token(t.start, t.end, "No", "number", False, False, True, True)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, stripped of surrounding spaces, as (start, end)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


#: a straight apostrophe that opens a word rather than a quotation: "'90s", "'em", "rock 'n' roll", "'tis"
_ELISION = re.compile(r"'(?:\d0s|\d\d\b|em|til|cause|cos|tis|twas|n|s|t|re|ll|d|ve|m|bout|round)(?![^\W_])", re.I)


def _opens(text: str, i: int, lo: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        # (round 25) French spacing inside guillemets: "« Das waren keine freien Wahlen », twitterte Maas"
        # (round 44, deleftovers2) and a German low opening mark typed with a space after it: "„ Oft musste ich lange
        # warten“, sagt er" (was read as indirect speech, the marks inside it)
        # (round 49, auditnews5) also a double mark opening a paragraph or a sentence with a stray space after it: '…,"
        # Jane Ross told the mayor. " You have done a great job."' (its words were no quotation)
        # (not a whole text or comment wrapped in spaced marks: '" bitch get up off me "')
        return (ch in "«„" or ((i == lo and i > 0 or (i - 2 >= lo and before == " " and text[i - 2] in ".!?"))
                                and ch in '"“' and _tight_close_ahead(text, i + 2))) \
            and after in " \u00a0\u202f" and text[i + 2 : i + 3].isalnum() and not before.isalnum()
    if ch == "'":  # after a space, a bracket or a dash only: not "irrelevant.'Lol"
        return (i == lo or before.isspace() or before in "([{—–-/:") and after.isalnum() \
            and _ELISION.match(text, i) is None
    if ch in SINGLE or ch in '"″':
        return not before.isalnum()  # (not the inches of '5″')
    if ch == "”":
        return (i == lo or before.isspace() or before in "([") and after.isalnum()
    return True


def _tight_close_ahead(text: str, i: int) -> bool:
    """(round 49, auditnews5) the paragraph from i has a closing double mark right after a sentence mark or a comma
    ('… a good job."'), no spaced one ('… everyone "')."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    for k in range(i, end):
        if text[k] in '"”':
            return text[k - 1] in ".,!?"
    return False


def _closes(text: str, j: int, open_ch: str) -> bool:
    ch = text[j]
    after = text[j + 1] if j + 1 < len(text) else " "
    if ch == '"' and j > 0 and text[j - 1] in ".!?…" and after.isupper():
        return True  # a missing space after the closing mark: '…gewinnen."Insgesamt war …'
    if open_ch == "'":
        # a straight single mark closes after a word or a sentence mark; a plural possessive
        # ("'The workers' union is strong,' he said") cannot be told from a closing mark before a
        # lower-case word ("the 'race card' because …", far more common), so it closes there
        before = text[j - 1] if j > 0 else " "
        return not after.isalnum() and (before.isalnum() or before in ".,!?…-")
    if ch in SINGLE or open_ch in '"″' or ch == '"':
        return not after.isalnum()
    return True


#: openers whose quotations may hold a quotation opened by the same mark ("… “Straw vote” …" inside
#: “…”; „… „X“ …“ in German) when the inner mark is clearly an opener (space before, no space after)
NESTABLE = frozenset("“„«»‹›")


def _nested_open(text: str, j: int, ch: str) -> bool:
    before = text[j - 1] if j > 0 else " "
    after = text[j + 1] if j + 1 < len(text) else " "
    return text[j] == ch and (before.isspace() or before in "([{—–-/") and not after.isspace()


#: (speed) patterns of `_any_of` by their characters (an opening mark and its closers: bounded by PAIRS)
_ANY_OF: dict[str, re.Pattern[str]] = {}


def _any_of(chars: str) -> re.Pattern[str]:
    """A pattern for one character of `chars`."""
    pattern = _ANY_OF.get(chars)
    if pattern is None:
        pattern = _ANY_OF[chars] = re.compile("[" + re.escape(chars) + "]")
    return pattern


def _closer(text: str, i: int, hi: int, lo: int = 0) -> int:
    """Index of the mark closing the quotation opened at ``i`` (``hi`` when none is in the
    paragraph; -1 when a straight single mark opens nothing). An inner quotation opened by the same mark is skipped over with its own closer;
    when that leaves the outer one unclosed, the first closing mark closes it (as before)."""
    ch = text[i]
    closers = PAIRS[ch]

    def first(j: int) -> int:
        while j < hi and not (text[j] in closers and _closes(text, j, ch)
                              and not (ch == "‘" and _plural_possessive(text, i, j, hi))):
            m = _any_of(closers).search(text, j + 1, hi)  # (speed) skip to the next closing mark
            j = hi if m is None else m.start()
        return j

    if ch == '"':
        # a straight opener may close with ” (mixed marks), but not with the ” of a “…” inside it:
        # '"He says it's a group that — aside from “a few guys …” — has accepted him"'
        inner = 0
        straight = 0  # (round 23) straight marks nested in it: '"… das Aushängeschild "made in Europe" wird", teilte …'
        j = i + 1
        while j < hi:
            if text[j] == '"' and straight == 0 and text[j - 1].isspace() and (text[j + 1 : j + 2] or " ").isalnum() \
                    and _straight_inner_closes(text, j, hi):
                straight += 1
                j += 1
                continue
            if text[j] == '"' and straight > 0 and not text[j - 1].isspace():
                straight -= 1
                j += 1
                continue
            if text[j] == "“" and inner == 0 and j > i + 1 and not text[j - 1].isspace() \
                    and not (text[j + 1 : j + 2] or " ").isalnum():
                return j  # closed by a German closing mark: '"Wir sind zufrieden“, sagte Kurz'
            if text[j] == "“":
                inner += 1
            elif text[j] == "”" and inner > 0:
                inner -= 1
            elif text[j] in closers and _closes(text, j, ch):
                return j
            elif text.startswith("''", j) and j > i + 1 and not text[j - 1].isspace() and not text[j + 2 : j + 3].isalnum():
                return j  # closed by two apostrophes (wire copy): '"The jury found that he was guilty,'' Quinn said'
            j += 1
        return hi
    if ch == "'":
        # a straight single quotation holds no other straight opener: "'He's … political'and … the
        # 'experts' can" is a lost closer, not one quotation (-1: this mark opens nothing)
        j = first(i + 1)
        return -1 if any(text[k] == "'" and _opens(text, k, lo) for k in range(i + 1, j)) else j
    if ch not in NESTABLE:
        return first(i + 1)
    depth = 0
    j = i + 1
    while j < hi:
        m = _any_of(ch + closers).search(text, j, hi)  # (speed) skip to the next mark of either kind
        if m is None:
            break
        j = m.start()
        if ch == "„" and text[j] == '"' and (k := _straight_inside_low(text, j, hi)) > 0:
            j = k + 1  # (round 47, nested) a straight quotation inside: „Er sagte: "Sie sind entlassen", und ging“
            continue
        if text[j] == ch and _nested_open(text, j, ch):
            depth += 1
        elif text[j] in closers and _closes(text, j, ch):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    j = first(i + 1)
    if ch == "“" and (j >= hi or text[j] == "“"):
        # (round 46, enquotes) mixed marks the other way round: a curly opener with no ” closer in its paragraph closes
        # at the first straight mark before the next “, when that one follows a word or a sentence mark and comes before
        # no letter: '“We will not give up our land," said Aliyev.' (ran to the paragraph's end, speaker lost),
        # '“…," said Aliyev, adding, “…."' (was closed by the second opener)
        k = text.find('"', i + 1, j)
        if k > i + 1 and (text[k - 1].isalnum() or text[k - 1] in ".,!?…") and not (text[k + 1 : k + 2] or " ").isalnum():
            return k
    return j


#: (round 51, enleft19) a curly closing mark after a plural noun and before a lower-case noun: "two days’ pay"
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)’ (?=[a-z]{2,})")
#: (round 51, enleft19) a curly single mark that closes a quotation after its own comma or sentence mark: "…,’ said"
_PUNCT_CLOSE = re.compile(r"[,.!?…]’(?!\w)")


def _plural_possessive(text: str, i: int, j: int, hi: int) -> bool:
    """(round 51, enleft19) English: the ’ at j inside a ‘…’ quotation opened at i is a plural possessive's apostrophe,
    no closing mark: it follows a plural noun and comes before a lower-case word ("two days’ pay", "the workers’
    union"), two words or more after the opener, and the paragraph closes the quotation later with a ’ right after
    its comma or sentence mark and no ‘ opening another one between ('‘I support the drivers, but I’ve lost two days’ pay
    this month,’ said Mina Royce.' ended at "days"). Not a short term in marks before its noun ("the ‘yes’ campaign",
    "the ‘new rules’ plan, …": no closer after a comma follows)."""
    if _PLURAL_POSSESSIVE.match(text, j) is None or _TWO_WORDS.match(text, i + 1, j) is None:
        return False
    # (round 51, speed2) the next closer after a sentence mark and the next ‘ from the text's per-document positions
    # (each candidate searched on to the paragraph's end: quadratic in a long paragraph)
    closes, opens = _marks_of(text)
    for x in range(bisect_left(closes, j + 2), len(closes)):
        s = closes[x]
        if s + 2 > hi:
            return False
        if s + 2 == hi or _WORD_CHAR.match(text, s + 2) is None:  # `_PUNCT_CLOSE` searched up to hi
            y = bisect_left(opens, j + 1)
            return y == len(opens) or opens[y] >= s
    return False


#: (round 51, speed2) two words or more (`len(text[a:b].split()) >= 2` without the copy)
_TWO_WORDS = re.compile(r"\s*\S+\s+\S")
_WORD_CHAR = re.compile(r"\w")
_MARK_PAIR = re.compile(r"[,.!?…]’")
#: (round 51, speed2) the last text `_marks_of` was asked about and its marks
_MARKS: list[tuple[str, list[int], list[int]]] = []


def _marks_of(text: str) -> tuple[list[int], list[int]]:
    """(round 51, speed2) The starts of `_PUNCT_CLOSE`'s mark pairs in `text` (before its lookahead) and the positions
    of ‘, built once per text."""
    last = _MARKS[-1] if _MARKS else None  # (read once: another thread may replace it)
    if last is not None and last[0] is text:
        return last[1], last[2]
    closes = [m.start() for m in _MARK_PAIR.finditer(text)]
    opens = [m.start() for m in re.finditer("‘", text)]
    _MARKS[:] = [(text, closes, opens)]
    return closes, opens


def _straight_inside_low(text: str, j: int, hi: int) -> int:
    """(round 47, nested) The closing mark of a straight quotation opened at j inside a „…“ quotation (after a space, a
    colon or a dash, before a letter): a straight mark after a word or a sentence mark, before no letter, with a curly
    closing mark of the outer one after it; -1 when there is none ('„Er sagte zu mir: "Sie sind entlassen", und ging
    hinaus“, sagte Schmidt.' was closed after "entlassen")."""
    if j == 0 or not (text[j - 1].isspace() or text[j - 1] in ":(—–-") or not (text[j + 1 : j + 2] or " ").isalpha():
        return -1
    k = text.find('"', j + 1, hi)
    if k < 0 or not (text[k - 1].isalnum() or text[k - 1] in ".,!?…") or (text[k + 1 : k + 2] or " ").isalnum():
        return -1
    if _any_of("“”").search(text, k + 1, hi) is not None:
        return k
    # (round 47, nested2) or the outer one closed by a straight mark too, the next straight mark after a word or a
    # sentence mark and before no letter: '„Das Projekt "Neue Wege" ist gescheitert", sagte Kurz.' (was cut after
    # "Neue Wege")
    m = text.find('"', k + 1, hi)
    return k if m > k + 1 and (text[m - 1].isalnum() or text[m - 1] in ".,!?…") and not (text[m + 1 : m + 2] or " ").isalnum() \
        and any(ch.isalpha() for ch in text[k + 1 : m]) else -1


def _straight_inner_closes(text: str, j: int, hi: int) -> bool:
    """A straight mark at j (after a space, before a word) opens a quotation inside another: its own closing mark
    follows within a few words (after a word, before no letter) and one more straight mark after that closes the
    outer one ('"Ich freue mich, dass Ariane 6 das Aushängeschild "made in Europe" wird", teilte Maurer mit.')."""
    k = text.find('"', j + 1, min(hi, j + 60))
    if k < 0 or text[k - 1].isspace() or (text[k + 1 : k + 2] or " ").isalnum() or len(text[j + 1 : k].split()) > 5:
        return False
    return text.find('"', k + 1, hi) >= 0


#: the closing mark of a quotation opened by two apostrophes: two apostrophes (or right single marks) or a
#: double mark, after a word or a sentence mark, before no letter
_DOUBLE_APOSTROPHE_CLOSE = re.compile(r"(?<=[\w.,!?…])(?:''|’’|\"|”)(?!\w)")


#: (speed) the characters `find_quotations` looks at: the opening marks and the apostrophes of a doubled mark
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(PAIRS) | set("'‘")))) + "]")


def find_quotations(text: str) -> list[Quotation]:
    """All quotation-mark pairs, outermost only, in text order."""
    out: list[Quotation] = []
    group = 0
    pending_open = False  # the previous paragraph ended inside an unclosed quotation
    pending_ch = ""  # (round 51) its opening mark
    paras = paragraphs(text)
    for pi, (lo, hi) in enumerate(paras):
        next_opens = pi + 1 < len(paras) and text[paras[pi + 1][0]] in PAIRS
        i = lo
        continued = False
        if pending_open and pending_ch in _CLOSED_ONLY_OPENERS and text[lo] not in PAIRS \
                and (j := _closing_only(text, lo, hi, pending_ch)) >= 0:
            # (round 51, deleft20) the last paragraph of a multi-paragraph quotation with only its closing mark, no
            # opening one: "»Wer hier wohnt, hält zusammen. … \n\nAber jetzt wollen sie uns vertreiben.«" (was lost)
            out.append(_quotation(text, lo, lo, lo, j, group))
            pending_open = False
            i = j + 1
        while i < hi:
            m = _QUOTE_MARK.search(text, i, hi)  # (speed) no other character starts a quotation: skip to the next mark
            if m is None:
                break
            i = m.start()
            ch = text[i]
            if ch in "'‘" and text.startswith(ch * 2, i) and (i == lo or not text[i - 1].isalnum()) and i + 2 < hi \
                    and text[i + 2].isalnum():
                # two apostrophes for a double mark (wire copy): "she said, ''Just like God has left …''"
                m = _DOUBLE_APOSTROPHE_CLOSE.search(text, i + 3, hi)
                # (three words at least: "''Pau'': …" is wiki markup for italics, not a quotation)
                if m is not None and len(text[i + 2 : m.start()].split()) >= 3:
                    if not (pending_open and i == lo):
                        group += 1
                    out.append(_quotation(text, i, m.end(), i + 2, m.start(), group))
                    pending_open = False
                    i = m.end()
                    continue
            if ch in PAIRS and _opens(text, i, lo):
                j = _closer(text, i, hi, lo)
                if j < 0:
                    i += 1
                    continue
                if j < hi:
                    if not (pending_open and i == lo):
                        group += 1
                    e = j + 2 if text.startswith("''", j) else j + 1
                    out.append(_quotation(text, i, e, i + 1, j, group))
                    pending_open = False
                    i = e
                    continue
                if next_opens or (i == lo and ch != "'") or (
                        # (round 34) or opened after a colon, a speaker's words to the paragraph's end with the closing
                        # mark left out: 'Sir Keir said: “Tonight, people … are ready for change.' (was an indirect
                        # "“Tonight, … they are")
                        ch not in "'‘’‚" and _open_after_colon(text, lo, i, hi)):
                    # still open at the paragraph end: continues below (a straight single mark only
                    # when the next paragraph opens with a mark)
                    if not pending_open:
                        group += 1
                    out.append(_quotation(text, i, hi, i + 1, hi, group))
                    continued = True
                    pending_ch = ch
                    break
            i += 1
        pending_open = continued
    return [q for q in out if q.end > q.start]


#: (round 51) opening marks whose closing mark alone may end the last paragraph of a multi-paragraph quotation
_CLOSED_ONLY_OPENERS = frozenset("»«„“")


def _closing_only(text: str, lo: int, hi: int, open_ch: str) -> int:
    """(round 51, deleft20) The index of the mark that closes, in the paragraph lo..hi, a quotation opened in the
    paragraph before and continued without a new opening mark: a closing mark of `open_ch` after a word or a sentence
    mark, with no quotation mark of any kind before it in the paragraph and three words at least; -1 otherwise."""
    closers = PAIRS[open_ch]
    j = next((x for x in range(lo, hi) if text[x] in closers or text[x] in PAIRS or text[x] in "\"“”"), -1)
    if j < 0 or text[j] not in closers or not (text[j - 1].isalnum() or text[j - 1] in ".,!?…") \
            or (text[j + 1 : j + 2] or " ").isalnum() or len(text[lo:j].split()) < 3:
        return -1
    return j


#: (round 34) a word and a colon before an opening mark: the speaker's introduction ("Sir Keir said: “…")
_WORD_COLON = re.compile(r"(?<![@\w])[^\W\d_]{2,}\s*:\s*$")


def _open_after_colon(text: str, lo: int, i: int, hi: int) -> bool:
    """(round 34) The double mark at i opens a speaker's words after a word and its colon, and the paragraph ends
    with no mark of any kind after it ('Sir Keir said: “Tonight, people … are ready for change.'): not a
    tweet's handle ("RT @user: “@other: …"), a truncated text ("…") or a paragraph with other marks."""
    rest = text[i + 1 : hi].rstrip()
    return _WORD_COLON.search(text, lo, i) is not None and len(rest.split()) >= 3 and not rest.startswith("@") \
        and not rest.endswith("…") and not any(c in rest for c in "\"“”„«»‹›")


def _quotation(text: str, o_s: int, o_e: int, s: int, e: int, group: int) -> Quotation:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    n = len(re.findall(r"\w+", text[s:e]))
    return Quotation(s, e, o_s, o_e, group, n)


def mark_sentence_initial(tokens: list[Token], sent_toks: list[tuple[int, int]], lex: Lexicon | None = None) -> None:
    """German: a sentence's first word that also occurs in lower case in the document ("Dennoch",
    "Aktuell", "So") is capitalised by position only, so it is no noun (`Token.is_cap` is False).
    (round 53, auditde2) Not a surname the document writes after a known first name ("Hauptdarsteller Jonas Weiß … ¶ Weiß
    selbst sprach von …" with "weiß gekachelt" elsewhere; "Koch", "Lang", "Schwarz"): that word is the person's name."""
    lower = {t.low for t in tokens if t.text == t.low and t.is_word}
    surnames: set[str] = set()
    if lex is not None and lower:
        surnames = {t.text for i, t in enumerate(tokens) if i > 0 and t.is_word and t.text != t.low and t.low in lower
                    and not t.quoted and tokens[i - 1].is_word and tokens[i - 1].text[:1].isupper()
                    and lex.is_first_name(tokens[i - 1].low)}
    for lo, hi in sent_toks:
        k = lo
        while k < hi and not tokens[k].is_word:
            k += 1
        if k < hi and not tokens[k].quoted and tokens[k].text != tokens[k].low and tokens[k].low in lower \
                and tokens[k].text not in surnames:
            tokens[k].lowered = True


_DE_LOWER_AGE = re.compile(r"\d{1,3}-jährige[rn]?")


def mark_lower_ages(tokens: list[Token], lex: Lexicon) -> None:
    """German (round 42, dedemonyms): an age written in lower case after its article with no noun after it is the
    nominalised age ("erklärt die 44-jährige in dem Beitrag", "sagte der 30-jährige am Montag"), written as such ("44-
    Jährige"), not an adjective that runs the phrase on to the next word (the speaker was "44-jährige in"); "die
    44-jährige Sängerin" and "die 44-jährige frühere Ministerin" stay adjectives."""
    n = len(tokens)
    for k in range(1, n):
        t = tokens[k]
        if t.cap or "-j" not in t.text or not t.text[:1].isdigit() or _DE_LOWER_AGE.fullmatch(t.text) is None \
                or tokens[k - 1].low not in ("der", "die", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem"):
            continue
        nxt = tokens[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.is_word and (nxt.cap or (nxt.text == nxt.low and nxt.low.endswith(
                ("e", "en", "er", "es")) and nxt.low not in lex.prepositions and nxt.low not in lex.stopwords
                and k + 2 < n and tokens[k + 2].cap and tokens[k + 2].is_word)):
            continue  # a noun follows, or an adjective and a noun: "die 44-jährige Sängerin"
        t.text = t.text.replace("-j", "-J", 1)
        t.cap = True


#: (round 44, deleftovers2) a German compound with a lower-case first part (a news outlet's or body's short name) and a
#: capitalised noun after the hyphen: "der dpa-Bericht", "die taz-Reporterin", "der rbb-Intendant", "im ai-Bericht"
#: (speed) what a text must contain for `DE_LOWER_PREFIX_NOUN` to match in it (the guard of `mark_lower_prefix_nouns`)
DE_LOWER_PREFIX_GUARD = re.compile(r"[a-zäöü]-[A-ZÄÖÜ]")
DE_LOWER_PREFIX_NOUN = re.compile(r"(?<![\w-])[a-zäöü]{2,6}-(?:[A-ZÄÖÜ0-9][\wäöüß]*-)*[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])")


def mark_lower_prefix_nouns(tokens: list[Token], text: str) -> None:
    """German (round 44, deleftovers2): a compound whose first part is written in lower case is a noun by its last
    part ("Als Gründe nennt der dpa-Bericht schwere Mängel" ran the speaker on to "Mängel"; "sagte der rbb-Intendant
    am Montag" to "Montag"), as "der NDR-Bericht" is."""
    starts = {m.start() for m in DE_LOWER_PREFIX_NOUN.finditer(text)}
    if not starts:
        return  # (speed) the guard also passes "Baden-Württemberg", "Sachsen-Anhalt": most texts have no match
    for t in tokens:
        if t.start in starts and not t.cap and t.is_word and DE_LOWER_PREFIX_NOUN.fullmatch(t.text) is not None:
            t.cap = True


def mark_quoted(tokens: list[Token], quotes: list[Quotation]) -> None:
    qi, nq = 0, len(quotes)
    for t in tokens:
        if qi == nq:
            break  # (speed) past the last quotation
        while qi < nq and quotes[qi].outer_end <= t.start:
            qi += 1
        if qi < nq and quotes[qi].outer_start <= t.start < quotes[qi].outer_end:
            t.quoted = True


#: the news agencies whose short name in brackets marks a dateline even without a dash ("Istanbul (AFP) Nach …")
#: (round 44, endatelines) and the national agencies of English wire pages from Asia and the Middle East: "Kabul (BNA)
#: Four officials have been detained …, a spokesman said", "Srinagar (IANS) Three …" (the dateline began the content)
NEWS_AGENCIES = (r"(?:dpa|AFP|AP|Reuters|APA|SDA|KNA|epd|taz|sid|SID|dapd|ddp|AFX|rtr|Xinhua|TASS|Tass"
                 r"|IANS|PTI|ANI|UNI|BNA|APP|IRNA|KUNA|WAM|SPA|MENA|NNA|Bernama|Yonhap|Kyodo|Anadolu|UPI|CNS)")


#: the place of a dateline in capitals, maybe two with a slash, and an optional state or country: "BUFFALO, N.Y."
_CAPS_PLACE = r"[A-ZÄÖÜ]{3,}(?:[ .'’-][A-ZÄÖÜ]{2,})*(?:/[A-ZÄÖÜ]{3,}(?:[ .'’-][A-ZÄÖÜ]{2,})*)*(?:,(?: [A-Z][A-Za-z.]*){1,3})?"


#: a wire dateline opening a paragraph: "VIENNA — ", "BUFFALO, N.Y. — ", "WASHINGTON (Reuters) - ",
#: "NEW YORK (AP) — ", "BAKU (APA)—": the place in capitals (a word of three letters or more), an optional state
#: or country, an optional agency in brackets, a dash. It belongs to no sentence, so it is never
#: a speaker or part of a content.
DATELINE = re.compile(
    _CAPS_PLACE +
    # (round 41, enbusiness) an agency's dash glued to the lead, as Reuters writes updated stories: "WARSAW (Reuters) -The
    # National Bank of Poland …" (the dateline was the content's first words)
    r"(?:,? ?\([A-Za-z][\w ./-]{0,29}\) [—–-](?=[A-ZÄÖÜ][a-zäöüß])|"
    # (round 33) also a double hyphen without spaces, as Dow Jones writes it: "FRANKFURT (Dow Jones)--Mit …"
    # (round 37, w5) a comma before the agency: "TORONTO, (Reuters) - "
    r"(?:,? ?\([A-Za-z][\w ./-]{0,29}\))?(?: ?[—–-]{1,2} +|(?:[—–]|--)(?=[A-ZÄÖÜ])"
    # (round 38, sox) a bar, as regional papers write it, maybe with the paper's short name: "MÜNCHEN | ", "BERLIN taz | "
    # (round 40, dedateline) the taz's black square for a bar: "BRÜSSEL rtr ■ Die EU-Kommission …"
    r"|(?: [a-z]{2,4})? [|■] +(?=[A-ZÄÖÜ„“\"«»‚‘'’])"
    r"))")


#: (round 40, dedateline) a dateline in capitals with a known agency in brackets and no dash: "BERLIN (dpa) Außenminister
#: Steinmeier hat …", "WASHINGTON (AP) The economy is …" (the place was the speaker, or the dateline the content's first
#: words); only known agencies, so that "NATO (North Atlantic …) Members …" stays a sentence
DATELINE_NODASH = re.compile(_CAPS_PLACE + r",? ?\(" + NEWS_AGENCIES + r"(?:[/, ][\w /.-]{0,20})?\) +(?=[A-ZÄÖÜ„“\"«»])")

#: (round 40, dedateline) a portal's section label with a colon and a dash before the lead, named by two words with a
#: slash, "&" or "und": "Deutschland/Welt: - Der US-Whistleblower Edward Snowden, der …, fordert …" (the lead's
#: subject became the content and its object the speaker)
SECTION_DASH = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+ ?(?:/|&|und) ?[A-ZÄÖÜ][a-zäöüß]+: [—–-] +(?=[A-ZÄÖÜ„“\"«»])")

#: (round 37, w5) an English wire's dateline that is its agency alone: "(Bloomberg) -- ", "(Reuters) - " (the agency was
#: the content's first words: "(Bloomberg) -- X is pursuing a deal …, according to people familiar with the matter")
AGENCY_DATELINE = re.compile(r"\([A-Z][\w ./&-]{1,29}\) ?(?:[—–-]{1,2} +(?=[A-Z\"“])|[—–-](?=[A-Z][a-z]))")


#: (round 35) a wire dateline with its date and the agency in brackets: "Feb. 9 (UPI) -- ", "WASHINGTON, Feb. 9
#: (Reuters) - " (the date and the agency were the content's first words)
#: an English month, written out or abbreviated ("Feb.", "Sept", "October"), as datelines and cited dates write it
EN_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: an English dateline's place in capitals (ASCII), maybe two with a slash: "WASHINGTON", "KUALA LUMPUR", "WASHINGTON/MANILA"
_EN_CAPS_PLACE = r"[A-Z]{3,}(?:[ .'’-][A-Z]{2,})*(?:/[A-Z]{3,}(?:[ .'’-][A-Z]{2,})*)*"
#: an English dateline's place in title case, one to three words: "Beirut", "New York", "Port-Au-Prince"
_EN_TITLE_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
#: a state or country after a dateline's place and a comma: "Hawaii", "N.Y.", "Ukraine", "D.C."
_EN_STATE = r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}"
#: a dateline's day and month, either way round: "March 3", "Nov 9", "5 March"
_EN_DAY_MONTH = r"(?:" + EN_MONTH_NAME + r" \d{1,2}|\d{1,2} " + EN_MONTH_NAME + r")"
DATELINE_DATE = re.compile(
    # (round 39, enrecall) also with a state or country after the place: "PAHOA, Hawaii, May 8 (Reuters) - ", "BUFFALO,
    # N.Y., Feb. 9 (UPI) -- " (the dateline was the report's first words: the report was lost)
    # (round 41, enwire2) also two places with a slash: "WASHINGTON/MANILA, Feb 1 (Reuters) – " (quoted whole)
    r"(?:" + _EN_CAPS_PLACE + r", (?:" + _EN_STATE + r", )?)?"
    + EN_MONTH_NAME + r" \d{1,2}"
    r" \([A-Za-z][\w ./-]{0,29}\) ?(?:[—–-]{1,2} +(?=[A-Z\"“])|[—–-](?=[A-Z][a-z]))")


#: (round 42, enasia) an English dateline with its date, no agency and a spaced dash, as Malaysian, Singaporean and
#: African papers write it: "KUALA LUMPUR, Dec 4 — A minister is …, said Tan Sri …" (the place was the speaker and the
#: name the content), "PETALING JAYA, Jan 12 — Police have …" (the dateline was the content's first words); (round 46,
#: datelines) also a place in title case ("Washington, March 3 — ", "New York, March 3, 2024 — ", "Tokyo, 3 March - ") and
#: a state or country between the place and the date ("KYIV, Ukraine, March 3 — ", "Kyiv, Ukraine, March 3 — "): the
#: place and the date were the first words of the lead's content ("Kyiv, March 3 — Russia launched …, officials said");
#: (review, round 46: this regex took the place of round 42's DATELINE_DATE_DASH, the capitals-only case it holds)
DATELINE_PLACE_DATE = re.compile(
    r"(?:" + _EN_CAPS_PLACE + r"|" + _EN_TITLE_PLACE + r")(?:, " + _EN_STATE + r")?, " + _EN_DAY_MONTH + r"(?:, \d{4})?"
    r" (?:[—–]|--?) +(?=[A-Z\"“])")


#: (round 42, enasia) a dateline in capitals with a colon, as South Asian papers write it on a story's first line:
#: "LAHORE: The ministry will …, the minister said" (the dateline was the content's first words); a place of one to three
#: words, each of three letters or more, before a capitalised word in lower case after it
DATELINE_COLON = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,}){0,2}: (?=[A-Z][a-z])")


#: (round 41, enwire2) an English wire's dateline with its date and no agency, as wire copy stripped of "(Reuters) -"
#: writes it: "TORONTO Aug 27 Canadian lender …", "SEATTLE, Feb 10 Boeing Co said …", "May 18 Chipmakers Intel Corp
#: and …" (the place and the date were the report's first words, or the place the speaker: "TORONTO Aug"); the month
#: without a dot and a capitalised word after the day
DATELINE_DATE_BARE = re.compile(
    # (round 44, endatelines) also with a country or state after the place, as Reuters writes African and US places:
    # "GOMA, Democratic Republic of Congo Nov 20 Congo rebels …", "NAIROBI, Kenya Nov 20 Three …" (the place, the
    # country and the date were the report's first words)
    r"(?:" + _EN_CAPS_PLACE + r"(?:, [A-Z][a-z]+(?: (?:of |the )?[A-Z][a-z]+){0,3})?,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{1,2}"
    r" +(?=(?!Committee\b|Commission\b)[A-Z][\w.'’&-]* )")


#: (round 44, endatelines) an English wire's dateline with its date and the agency in brackets where DATELINE_DATE
#: misses it: a place in title case ("Beirut, Nov 9 (AFP) - ", "Kabul, Nov 9 (IANS) The …"), the day before the month
#: ("Moscow, 5 March (Interfax) - ", "LONDON, 5 March (Reuters) - "), a year ("Jan 5, 2024"), or no dash after the
#: agency ("LONDON, Nov 9 (IANS) The road …"): the place, the date and the agency were the report's first words; a
#: place and a date before the bracket always, so that "Acme (NYSE) Shares …" stays a sentence
DATELINE_DATE_AGENCY = re.compile(
    r"(?:" + _EN_CAPS_PLACE + r"|" + _EN_TITLE_PLACE + r"), (?:" + _EN_STATE + r", )?" + _EN_DAY_MONTH + r"(?:,? \d{4})?"
    r" \([A-Z][\w ./-]{1,29}\)(?: ?(?:[—–-]{1,2}|:) +(?=[A-Z\"“])|[—–-](?=[A-Z][a-z])| +(?=[A-Z][a-z]* ))")


#: (round 36) a press release's dateline with its wire service: "HARTFORD, Conn., March 3, 2025 /PRNewswire/ -- ",
#: "DALLAS, May 20, 2020 (GLOBE NEWSWIRE) -- ", "LONDON--(BUSINESS WIRE)--" (the place, the date and the wire were
#: the report's first words, or the subject was lost): up to 80 characters before the wire's mark, none a quotation mark
PRESS_DATELINE = re.compile(
    # (round 44, endatelines) a wire's name of up to four words: "/PRNewswire-HISPANIC PR WIRE/ — "
    r"[A-Z][^\n\"“”«»]{0,80}?(?:/[A-Z][\w.-]{1,30}(?:[ -][A-Z][\w.-]{1,15}){0,3}/"
    r"|\((?:[A-Z][A-Za-z]* )?(?:NEWSWIRE|WIRE|Newswire|Wire|PRWEB|PRWeb)\)"
    # (round 44, endatelines) or two wire tags in brackets stacked: "NEWPORT BEACH, Calif. /January 31, 2018 (AP)(STL.News)
    # —A helicopter …" (the place, the date and both tags were the report's first words)
    r"|\([A-Z][\w.&-]{1,20}\) ?\([A-Z][\w.&-]{1,20}\))"
    r" ?(?:--|[—–-]) *(?=[A-Z\"“])")


#: (round 34) a live ticker's time stamp opening a paragraph ("13:17 Uhr – ", "21.05 Uhr: "), no part of what it reports
TICKER_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d Uhr(?: ?[—–-] +|: +)(?=[A-ZÄÖÜ„“\"«»])")


#: a dateline in mixed case, only on a text's first line ("Berlin – ", "Frankfurt am Main (dpa) - "):
#: a place of one or two words (or "X am Y"), an optional agency in brackets, a spaced dash; (round 27) also two
#: places with a slash ("Hannover/Berlin (Reuters) - ")
#: (round 53, auditde1) the lower-case letters of a mixed-case dateline's place, also with the accents of foreign places:
#: "Bogotá (AFP) - Nach der Stichwahl hat Präsident X … eingeräumt" (the place was the speaker and began the content)
_DATELINE_LOWER = "[a-zäöüßáàâãçéèêëíìîïñóòôõúùûýÿ]"
DATELINE_MIXED = re.compile(
    r"[A-ZÄÖÜ]" + _DATELINE_LOWER + r"+(?: (?:am|an der|a\.) ?[A-ZÄÖÜ]" + _DATELINE_LOWER + r"+|[ -][A-ZÄÖÜ]"
    + _DATELINE_LOWER + r"+|/[A-ZÄÖÜ]" + _DATELINE_LOWER + r"+)?"
    # (round 31) a regional service after a slash, "Hannover (dpa/lni) - ", and a bar, "Kiel | "
    # (round 46, datelines) also a state or country after a comma before the dash: "Kyiv, Ukraine — ", "Washington, D.C.
    # — " (the place and the state were the first words of the lead's content: "Kyiv, Ukraine — Russia launched …,
    # officials said")
    r"(?:(?:(?:, " + _EN_STATE + r"(?= [—–-] ))?(?: ?\([A-Za-z][\w ./-]{0,29}\))?"
    # (round 53, auditde4) a country in brackets and the date after a comma, as community news sites write it: "Innsbruck
    # (Österreich), 22.07.2025 – ", "Tokio (Japan), 6. Juni 2025 – " (the place was the speaker of "nach eigenen Angaben")
    r"|(?: ?\([A-ZÄÖÜ][\w ./-]{0,29}\))?, (?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}\. ?[A-ZÄÖÜ][a-zäöü]+ \d{4})"
    r"(?= [—–-] )"
    r") [—–|-] +|"
    # (round 28) a news agency in brackets and no dash: "Istanbul (AFP) Nach dem Referendum …"
    r" ?\(" + NEWS_AGENCIES + r"[\w /.-]{0,20}\) +)"
    # (round 38, sox) also before guillemets and single quotation marks: "Berlin (dpa) – «Wir sind bereit», sagte …"
    r"(?=[A-ZÄÖÜ„“\"«»‚‘'’])")


#: (round 39, depapers2) a German section label or ticker heading of one to three capitalised words that opens a
#: paragraph right before the first sentence's capitalised article: "Wirtschaft & Firmen Der Konzern …", "Börse Die
#: Aktie …" (an article is never capitalised inside a sentence; the words must be no function words: "Im Film Die Hard")
SECTION_LABEL = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?(?: (?:&|und|/) [A-ZÄÖÜ][a-zäöüß]+| [A-ZÄÖÜ][a-zäöüß]+){0,2} "
    r"(?=(?:Der|Die|Das|Ein|Eine) (?:[A-ZÄÖÜ]|[a-zäöü]+e[nrs]? [A-ZÄÖÜ]))")


#: (speed) a character of TERMINALS
_TERMINAL = re.compile("[" + re.escape("".join(sorted(TERMINALS))) + "]")


def sentences(text: str, quotes: list[Quotation], lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence spans (start, end) per paragraph; never split inside a quotation."""
    inside = []
    for q in quotes:
        inside.append((q.outer_start, q.outer_end))
    in_quote = _Inside(inside)
    out = []
    for n, (lo, hi) in enumerate(paragraphs(text)):
        d = DATELINE.match(text, lo, hi)
        if d is None and text[lo].isupper() and "(" in text[lo:lo + 60]:
            d = DATELINE_NODASH.match(text, lo, hi)  # (round 40, dedateline) "BERLIN (dpa) Außenminister …"
        if d is None and ": " in text[lo:lo + 40]:
            d = SECTION_DASH.match(text, lo, hi)  # (round 40, dedateline) "Deutschland/Welt: - Der …"
        if d is None:  # the text's first line: "Berlin (dpa) – ", "Berlin – "
            d = DATELINE_MIXED.match(text, lo, hi)
            if d is not None and n > 0 and "(" not in d.group() and not (
                    # (round 38, sox) or with a bar or two places, "Kiel | …", "Stuttgart/Berlin – …", or right after
                    # a title line that ends in no sentence mark: "Regierung plant Reform\n\nBerlin – Die …"
                    "|" in d.group() or "/" in d.group() or _after_title(text, lo)):
                d = None  # (round 31) a later paragraph only with an agency in brackets: "Kiel (dpa/lno) - …"
        if d is None:  # (round 35) a dateline with a date: "Feb. 9 (UPI) -- …"
            d = DATELINE_DATE.match(text, lo, hi)
        if d is None and lex.lang == "en":  # (round 36) a press release's: "DALLAS, May 20 /PRNewswire/ -- …"
            d = PRESS_DATELINE.match(text, lo, hi)
        if d is None and lex.lang == "en" and text[lo].isupper():  # (round 41, enwire2) "TORONTO Aug 27 Canadian …"
            d = DATELINE_DATE_BARE.match(text, lo, hi) \
                or DATELINE_COLON.match(text, lo, hi)  # (round 44, endatelines) "LAHORE: " in any paragraph
            if d is None and "(" in text[lo:lo + 70]:  # (round 44, endatelines) "Beirut, Nov 9 (AFP) - …"
                d = DATELINE_DATE_AGENCY.match(text, lo, hi)
            if d is None:  # (round 42, enasia) "KUALA LUMPUR, Dec 4 — …"; (round 46, datelines) "Washington, March 3
                d = DATELINE_PLACE_DATE.match(text, lo, hi)  # — …", "KYIV, Ukraine, March 3 — …"
        if d is None and lex.lang == "en" and text.startswith("(", lo):  # (round 37, w5) "(Bloomberg) -- …"
            d = AGENCY_DATELINE.match(text, lo, hi)
        if d is None:  # (round 34) a live ticker's time stamp: "13:17 Uhr – In Zukunft solle …", "21.05 Uhr: …"
            d = TICKER_STAMP.match(text, lo, hi)
            if d is not None and (p := DATELINE_MIXED.match(text, d.end(), hi)) is not None \
                    and re.search(r" [—–-] +$", p.group()):
                d = p  # (round 35, de6) the place after the stamp: "19.52 Uhr: Kassel - Die Polizei hat …"
        if d is None and lex.lang == "de" and (h := SECTION_LABEL.match(text, lo, hi)) is not None and not any(
                w.lower() in lex.stopwords or w.lower() in lex.prepositions or w.lower() in lex.determiners
                or w.lower() in lex.clause_openers for w in re.findall(r"[\w-]+", h.group())):
            d = h  # (round 39, depapers2) a section label or ticker heading glued to the first sentence: "Wirtschaft &
            # Firmen Der Computer-Hersteller Apple will nach eigenen Angaben …" (the speaker was "Wirtschaft & Firmen")
        start = d.end() if d is not None and not in_quote(d.end() - 1) else lo
        i = start
        while i < hi:
            m = _TERMINAL.search(text, i, hi)  # (speed) only a terminal can end a sentence: skip to the next one
            if m is None:
                break
            i = m.start()
            j = i + 1
            while j < hi and (text[j] in TERMINALS or text[j] in CLOSING_CHARS):
                j += 1
            if j < hi and text[j].isspace() and _boundary(
                    text, i, j, hi, lex, (text[i] in "?!…" or text.startswith("...", i)) and _opens_sentence(quotes, start, i)) \
                    and not in_quote(j):
                out.append((start, j))
                k = j
                while k < hi and text[k].isspace():
                    k += 1
                start = k
                i = k
                continue
            i = j
        if start < hi:
            out.append((start, hi))
    if any(e - s > MAX_SENTENCE_CHARS for s, e in out):
        out = [piece for s, e in out for piece in _cap_long(text, s, e, inside)]
    return out


#: (round 50, longsent) a "sentence" longer than this (scraped text without sentence marks, a comment wall) is cut
#: into pieces of at most this many characters at a clause break: the rules look from each cue and each quotation
#: over the whole sentence, which made one 20,000-character sentence take minutes. Real sentences stay far below it;
#: a piece is at least half as long, so a text has at most one piece per 1,000 characters.
MAX_SENTENCE_CHARS = 2000


def _cap_long(text: str, s: int, e: int, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round 50, longsent) Sentence s..e in pieces of at most MAX_SENTENCE_CHARS: cut after the last semicolon, else
    the last comma, else at the last space before the limit (never inside a quotation); a stretch with no such place
    (one long quotation) stays whole."""
    out = []
    while e - s > MAX_SENTENCE_CHARS:
        floor, lim = s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS
        cut = None
        for sep in ("; ", ", ", " "):
            k = text.rfind(sep, floor, lim)
            while k != -1 and _in(inside, k):
                k = text.rfind(sep, floor, k)
            if k != -1:
                cut = k + len(sep) - 1
                break
        if cut is None:
            break
        end = cut
        while end > s and text[end - 1].isspace():
            end -= 1
        out.append((s, end))
        while cut < e and text[cut].isspace():
            cut += 1
        s = cut
    if s < e:
        out.append((s, e))
    return out


def _after_title(text: str, lo: int) -> bool:
    """(round 38, sox) The paragraph at lo follows the text's first paragraph, a title: one line of at most twelve
    words with no sentence mark at its end. (round 53, auditde2) A title may end in a quotation without a sentence mark
    inside its closing mark: "Helene Fischer: „Ich bin angekommen“ ¶ Hamburg – Schlagerstar Helene Fischer hat …" (the
    place and the dash opened the lead's speech act); "„Wir sind bereit.“" stays a sentence."""
    head = text[:lo].strip()
    if len(head) > 1 and head[-1] in "“”»«›‹\"":
        head = head[:-1].rstrip()
    return bool(head) and "\n" not in head and len(head.split()) <= 12 and head[-1] not in TERMINALS \
        and head[-1] not in CLOSING_CHARS and head[-1] not in ":,;"


def _in(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(s < pos < e for s, e in ranges)


class _Inside:
    """(round 51, speed) `_in(ranges, pos)` in log time, for the many positions one text tests against all its
    quotations: the ranges by start, with the furthest end among those starting at or before each."""

    def __init__(self, ranges: list[tuple[int, int]]):
        rs = sorted(ranges)
        self.starts = [s for s, _e in rs]
        self.reach: list[int] = []
        far = None
        for _s, e in rs:
            far = e if far is None or e > far else far
            self.reach.append(far)

    def __call__(self, pos: int) -> bool:
        n = bisect_left(self.starts, pos)  # the ranges with s < pos
        return n > 0 and self.reach[n - 1] > pos


def _opens_sentence(quotes: list[Quotation], start: int, i: int) -> bool:
    """The quotation holding position i opens the sentence that starts at `start` ('"Why now?" …'),
    not one after an attribution ('Guy says "Why me?" Cop says …')."""
    return any(q.outer_start == start and q.outer_start < i < q.outer_end for q in quotes)



#: English: a name (capitalised words, titles with their full stop, a party in brackets) and a lower-case
#: verb right after a quotation that ends in "?" or "!": '"Leave!" Gov. Scott warned.', '"Why?" Smith asked.'
_EN_INVERTED_ATTRIBUTION = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|of|de|van|von|der|al)\s+){1,5}(?:\([A-Z][\w.-]{0,12}\)\s+)?([a-z]+)\b(?![-'’])")


#: (round 51, enarticles6) the particle right after a retort verb ("shot back", "fired back", "chimed in")
_EN_PARTICLE_AFTER = re.compile(r"\s+([a-z]+)\b")


def _en_retort_tag(text: str, m: re.Match, hi: int, lex: Lexicon) -> bool:
    """(round 51, enarticles6) The inverted attribution's verb is a retort with its particle right after it
    (`quotation_particle_verbs`): '"Then why is it good enough for mine?" Reyburn shot back.' (the tag was a sentence of
    its own, and the question went to the speaker before); not '"Why?" Smith shot the ball.'."""
    parts = lex.quotation_particle_verbs.get(m.group(1))
    return bool(parts) and (p := _EN_PARTICLE_AFTER.match(text, m.end(), hi)) is not None and p.group(1) in parts


#: time zones after "a.m."/"p.m." ("7 p.m. ET"): no sentence ends there
_TIME_ZONES = frozenset({"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
                         "bst", "cet", "cest"})


#: (round 43) a short bracket with a time in another zone after "a.m."/"p.m.": "(17:33 GMT)", "(local time)"
_EN_BRACKET_TIME = re.compile(r"\([\w:. ]{2,16}\)")

#: (round 45, enleftovers2) a title (written short or not) and a capitalised name after a state's abbreviation
_EN_CITY_BEFORE_STATE = re.compile(r"([A-Z][a-z]+), $")
_EN_TITLE_AFTER_STATE = re.compile(r"([A-Z][a-z]{1,12})(\.)? (?:[A-Z][a-z]{1,12}\.? )?[A-Z]")
#: (round 43, dedescr) a title and one to three capitalised names before a ruler's numeral ("Patriarch Ignace Youssif ")
_DE_TITLED_NAMES_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w-]+ ){2,4}$")


def _boundary(text: str, i: int, j: int, hi: int, lex: Lexicon, opens: bool = False) -> bool:
    k = j
    while k < hi and text[k].isspace():
        k += 1
    if k >= hi:
        return False
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in PAIRS or nxt in "([") and not (
            # (round 44, deagrar) a name written in lower case opens a sentence: "… fehlte ganz. foodwatch forderte …"
            nxt in _LOWER_NAME_INITIALS and _LOWER_NAME_START.match(text, k, hi) is not None):
        return False
    if opens and (text[i] in "?!" or ((text[i] == "…" or text.startswith("...", i)) and not text.startswith("I ", k))) \
            and lex.lang == "en" and any(text[x] in CLOSING_QUOTES for x in range(i + 1, j)) \
            and (m := _EN_INVERTED_ATTRIBUTION.match(text, k, hi)) is not None and (
                m.group(1) in lex.cue_verbs or _en_retort_tag(text, m, hi, lex)):
        return False  # the attribution after a question or an exclamation: '"Why now?" Smith asked.'; (round 47,
        # endirect) or after a quotation trailing off in an ellipsis: '"We will fight on …" Smith said.' (the cue was
        # a sentence of its own, and the quotation had its speaker but no cue); not the writer's "I" after it ('"…" I
        # believe that should be …' is a comment answering the quotation)
    if text[i] == "!" and j == i + 1 and _bang_name(text, i, k, hi):
        return False  # (round 24) a name with its "!": "told E! News the pair are …", "HELLO! magazine"
    if text[i] != ".":
        return True
    m = re.search(r"([\w.]+)$", text[max(0, i - 20) : i])
    if not m:
        return True
    word = m.group(1).lower()
    if len(word) == 1 and text[i - 2 : i - 1] == "/" and re.search(r"(?<![\w/])[A-Z](?:/[A-Z])+$", text[max(0, i - 20) : i]):
        return True  # (round 41, enbusiness) capitals joined by slashes are a name, no initial: "… according to
        # Thomson Reuters I/B/E/S. The company said …" (the sentences were one, and "S. The" the speaker)
    if lex.lang == "en" and m.group(1) == "X" and re.search(r"(?<!\w)(?:on|via) $", text[max(0, i - 6) : i - 1]):
        return True  # (round 50, enarticles3) the platform X, no initial: 'Harlan wrote on X. Singer Nia Kato told …' (the
        # sentences were one, and a "told" in the second took the first's speaker)
    if lex.lang == "de" and m.group(1) == "X" and re.search(r"(?<!\w)(?:auf|via) $", text[max(0, i - 6) : i - 1]):
        return True  # (round 54, desocial) the platform X, no initial: "…“, schrieb sie auf X. Sie sagte, …" (the sentences
        # were one, and the second's "Sie" its own speaker; a Konjunktiv I sentence after it did not go on)
    if (word in lex.abbreviations and not (word in _DE_CASED_ONLY and lex.lang == "de" and m.group(1) not in lex.cased_titles)) \
            or (len(word) == 1 and word.isalpha()):
        return False
    if lex.lang == "en" and word + "." in lex.us_states and (t := _EN_TITLE_AFTER_STATE.match(text, k, hi)) is not None \
            and lex.is_title(t.group(1) + ("." if t.group(2) else "")) and not (
                # (a city's state ends its sentence: "… on Worcester, Mass. Gov. Maura Healey said …")
                (c := _EN_CITY_BEFORE_STATE.search(text, max(0, i - len(word) - 30), i - len(word))) is not None
                and c.group(1).lower() not in lex.time_words):
        return False  # (round 45, enleftovers2) a state's abbreviation before an official's title: "said Mass. Gov.
        # Maura Healey", "Calif. Gov. Gavin Newsom said" (the sentence ended after "Mass.", and the speaker was "Mass")
    if word in _DE_DEGREE_WORDS and lex.lang == "de" and "Dr." in text[max(0, i - 24) : i] \
            and _DE_DEGREE.search(text, max(0, i - 24), i + 3) is not None:
        return False  # (round 42, descience3) a doctor's degree before the name: "Dr. med. Joachim Spranger"
    if lex.lang == "de" and text[i - len(m.group(1)) - 1 : i - len(m.group(1))] == "-" \
            and (h := _DE_HYPHEN_TITLE.search(text, max(0, i - 16), i + 40)) is not None and h.end() == i + 1:
        return False  # (round 45, degesundheit) a hyphenated academic title before the name: "Priv.-Doz. Dr. Lars
        # Bönicke", "Dipl.-Psych. Lena Vogt" (the sentence ended after the title)
    if word == "e.v" and nxt == "(":
        return False  # (round 42, descience3) an association's short name after its "e.V.": "Die Deutsche Gesellschaft
        # für Innere Medizin e.V. (DGIM) befürchtet …" (a sentence ended there; a capital after it still ends one)
    if nxt.isdigit() and word in lex.number_abbreviations:
        return False  # (round 35) a legal reference: "mit Art. 5 und Art. 21 des Grundgesetzes", "§ 355 Abs. 1 BGB"
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", m.group(1)) and m.group(1).isupper():
        return False  # initials: "said Darrell H.Y. Lum" (like a single initial, "James P. Kennedy")
    if re.fullmatch(r"[IVX]{2,5}", m.group(1)):  # a ruler's numeral
        if (prev := re.search(r"([A-ZÄÖÜ][a-zäöüß]+) $", text[max(0, i - 40) : i - len(word)])) is not None \
                and lex.is_first_name(prev.group(1).lower()) and not (
                    lex.lang == "de" and (w0 := re.match(r"\w+", text[k:hi])) is not None and w0.group(0) in _DE_NO_ORDINAL_AFTER):
            # (round 43, dedescr: not before an article or a pronoun, "Das sagte Papst Leo XIV. Der Vatikan bestätigte …")
            return False  # (round 27) after a first name: "Papst Benedikt XVI. Vorwürfe gemacht" (the sentence was split)
        if lex.lang == "de" and (prev := _DE_TITLED_NAMES_BEFORE.search(text, max(0, i - 70), i - len(word))) is not None \
                and any(lex.is_title(x) for x in prev.group(0).split()[:-1]) \
                and (w := re.match(r"[A-ZÄÖÜ][a-zäöüß]+\b", text[k:hi])) is not None \
                and (low := w.group(0).lower()) not in lex.stopwords and low not in lex.determiners and low not in lex.pronouns:
            return False  # (round 43, dedescr) inside the name after a title, before its last part: "Patriarch Ignace
            # Youssif III. Younan sagte" (the sentence ended after "III.", and the speaker was "Younan")
    if word in ("a.m", "p.m"):
        if (w := re.match(r"\w+", text[k:hi])) is not None and (
                w.group(0).lower() in lex.time_words or w.group(0).lower() in _TIME_ZONES):
            return False  # "at 11:00 a.m. Tuesday", "7 p.m. ET": the day or the zone goes on
        if nxt == "(" and (w := _EN_BRACKET_TIME.match(text, k, hi)) is not None \
                and any(x.lower() in _TIME_ZONES or x.lower() == "local" for x in re.findall(r"[A-Za-z]+", w.group(0))):
            return False  # (round 43, endisaster) the same time in another zone: "at 10:33 a.m. (1733 GMT) near …",
            # "at 4 p.m. (local time)" (the report's content had started at the bracket)
    if word == "no" and nxt.isdigit() and text[i - 2 : i] == "No" and lex.lang == "en":
        return False  # "McConnell's No. 2", "No. 10 Downing Street": a number sign
    if word.isdigit() and lex.lang == "de" and len(word) <= 2:
        # a German ordinal ("am 3. Mai"), but not a score or a time ("endete 0:0. Stranzl", "um 14:30. Der"), nor a
        # decimal ("sprang 1,98. Die …") or a number before a word no ordinal stands before (round 24: "belegte
        # Platz 10. Der Brite …")
        before = i - len(word) - 1
        # (round 41, desports) past an opening quotation mark: "auf den Plätzen 13 bis 28. "Es tut weh", sagte …",
        # "traf in der 89. „Ich habe …“" (the sentence ran on into the quotation)
        nxt_word = re.match(r"\w+", text[k + 1 if text[k] in PAIRS else k : hi])
        if re.search(r"(?<![\w-])[A-ZÄÖÜ]{2,5} $", text[max(0, before - 7) : before + 1]):
            return True  # (round 31) a channel's number after its name in capitals: "sagte er WDR 5. Andere Länder …"
        return (before >= 0 and text[before] in ":-–,") or (
            nxt_word is not None and nxt_word.group(0) in _DE_NO_ORDINAL_AFTER)
    if word.isdigit() and lex.lang == "de" and len(word) == 3 \
            and (prev := re.search(r"(\w+) $", text[max(0, i - len(word) - 12) : i - len(word)])) is not None \
            and prev.group(1) in _DE_ARTICLES_BEFORE_ORDINAL and (nxt_word := re.match(r"\w+", text[k:hi])) is not None \
            and nxt_word.group(0) not in _DE_NO_ORDINAL_AFTER:
        return False  # (round 30) a three-digit ordinal after an article: "auf einem Podium des 103. Katholikentags"
    return True


#: German articles and contracted prepositions before an ordinal ("des 103. Katholikentags", "zum 150. Geburtstag")
_DE_ARTICLES_BEFORE_ORDINAL = frozenset({"der", "die", "das", "des", "dem", "den", "am", "im", "zum", "zur", "beim",
                                         "vom", "seinem", "seines", "ihrem", "ihres"})


#: German words that open a sentence and never follow an ordinal ("Platz 10. Der Brite …", not "am 3. Mai")
_DE_NO_ORDINAL_AFTER = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Er", "Sie", "Es",
                                  "Ich", "Wir", "Ihr", "Man", "Im", "Am", "Auch", "Doch", "Aber", "Und", "Dabei",
                                  "Damit", "Danach", "Dann", "Nun", "So", "Zudem", "Dort", "Hier", "Trotzdem",
                                  "Diese", "Dieser", "Dieses", "Dies", "Mit", "Bei", "Nach", "Vor", "Für", "Wie"})


#: names of media written with an exclamation mark ("E! News", "HELLO!"): in a sentence their "!" ends it only
#: when no word of the name follows ("told E! News the pair …", "Hello! magazine"); an addressee may be the bare
#: name ("told HELLO! she was …")
BANG_NAMES = frozenset({"E", "Yahoo", "HELLO"})
#: names that are a greeting too: a name only before "magazine"
BANG_MAGAZINES = frozenset({"Hello", "OK"})
_BANG_NAME_WORDS = frozenset({"News", "Online", "Finance", "Sports", "Entertainment", "Magazine", "magazine"})


def _bang_name(text: str, i: int, k: int, hi: int) -> bool:
    """The "!" at i closes a media name whose next word at k belongs to it ("E! News", "Hello! magazine")."""
    m = re.search(r"(?<![\w!])(\w+)$", text[max(0, i - 10) : i])
    n = re.match(r"\w+", text[k:hi])
    if m is None or n is None:
        return False
    if m.group(1) in BANG_NAMES:
        return n.group(0) in _BANG_NAME_WORDS
    return m.group(1) in BANG_MAGAZINES and n.group(0) in ("magazine", "Magazine")


#: lower-case words inside an English title in title case ("State of the Union", "Meet the Press")
EN_TITLE_MINOR = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with"})
#: (round 45, enenergy) possessive determiners before a title in title case, which may then hold a number (`en_title_case`
#: numbered): 'its "World Energy Outlook"', 'their "Net Zero Roadmap"' (not "his"/"her": 'told her "Get Out Now"' may
#: be speech)
EN_TITLE_OWNERS = frozenset({"its", "their"})


def en_title_case(words: list[str], most: int = 6, numbered: bool = False) -> bool:
    """The words are an English title in title case: at most `most`, the first and the last capitalised,
    the others capitalised or minor words ("State of the Union", "This Week"); numbered (round 45, enenergy): a year or
    a number after the first word counts as capitalised ("World Energy Outlook 2024", "Net Zero by 2050")."""
    if numbered and len(words) > 1:
        words = words[:1] + [("N" + w) if w[:1].isdigit() else w for w in words[1:]]
    return 0 < len(words) <= most and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or w in EN_TITLE_MINOR for w in words)
