"""Per-document state shared by the quote finders, and the records they produce.

`QuoteContext` holds what every step of the quote pre-annotator reads (text, lexicon, tokens,
quotations, sentences, names) and what they build up sentence by sentence (the quote records, the
attribution of each sentence, the latest speaker). `Cue`, `Attribution` and `QuoteRec` are the
records passed between the steps; `quotes._materialize` turns the records into spans.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

from spanbank.annotators.quote_lexicon import Lexicon
from spanbank.annotators.quote_speakers import Entities, Mention, collect_entities, en_opinion_for_start
from spanbank.annotators.quote_text import (
    DE_LOWER_PREFIX_GUARD,
    Quotation,
    Token,
    de_apostrophe_genitives,
    find_quotations,
    mark_lower_ages,
    mark_lower_prefix_nouns,
    mark_quoted,
    mark_sentence_initial,
    sentences,
    tokenize,
)

#: characters stripped from both ends of a quote span
TRIM = " \t\n,;:.–—-"


@dataclass
class Cue:
    first: int  # token indices, inclusive
    last: int
    kind: str  # "verb" | "source_before" | "source_after" | "so" | "source_noun"
    speaker: Mention | None = None
    name: str | None = None
    #: a passive report ("wird gefordert"): the grammatical subject is not the speaker
    passive: bool = False
    #: a light-verb construction that is a speech act in itself ("übte Kritik an …")
    act: bool = False
    #: an impersonal report whose subject is the empty "es" ("…, hieß es."): no SPEAKER mention
    expletive: bool = False
    #: (round 51, deleft16) German: the "und" before a second cue of the same subject that reports the content ("Die
    #: Initiative forderte ein Gutachten und kündigte an, …"): this cue is only its speech act, ending before that "und"
    act_until: int | None = None


@dataclass
class Attribution:
    name: str | None
    speaker: tuple[int, int] | None  # char range of the SPEAKER mention
    cue: tuple[int, int] | None


@dataclass
class QuoteRec:
    start: int
    end: int
    label: str
    sentence: int
    group: int | None
    attr: Attribution | None
    #: a sentence of reported speech continuing an earlier attribution (no cue of its own)
    continued: bool = False


class QuoteContext:
    """One document's tokens, sentences and names, and the quote records found so far."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self.tokens: list[Token] = tokenize(text)
        if lex.lang == "de":
            de_apostrophe_genitives(self.tokens, text)  # (round 49, despeakers) "Laut Merz' Sprecher"
        if lex.lang == "de" and lex.weekdays:
            self.tokens = de_drop_date_commas(self.tokens, lex)
        self.quotes: list[Quotation] = find_quotations(text)
        #: (round 52, enleft) the quotations' outer starts, for the quotations of one sentence by bisection (`quotes_in`)
        self._quote_outer_starts = [q.outer_start for q in self.quotes]
        self._quotes_sorted = all(a <= b for a, b in zip(self._quote_outer_starts, self._quote_outer_starts[1:], strict=False))
        mark_quoted(self.tokens, self.quotes)
        self.sents = sentences(text, self.quotes, lex)
        starts = self.starts = [t.start for t in self.tokens]
        self.sent_toks = [(bisect_right(starts, s - 1), bisect_right(starts, e - 1)) for s, e in self.sents]
        #: sentence index by its first token
        self.sent_of_lo = {lo: i for i, (lo, _hi) in enumerate(self.sent_toks)}
        #: (round 51) the first token of each sentence, for the sentence of a token
        self.sent_los = [lo for lo, _hi in self.sent_toks]
        if lex.lang == "de":
            mark_sentence_initial(self.tokens, self.sent_toks, lex)
            if "-jährig" in text:  # (speed) a cheap guard
                mark_lower_ages(self.tokens, lex)
            if DE_LOWER_PREFIX_GUARD.search(text) is not None:  # (speed) a cheap guard
                mark_lower_prefix_nouns(self.tokens, text)
        self.ents: Entities = collect_entities(self.tokens, lex, text)
        #: source phrases ("according to", "nach Angaben") by their first word
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for p in lex.source_before:
            self.phrases.setdefault(p[0], []).append(p)
        self.recs: list[QuoteRec] = []
        #: (round 50, longsent) per-document memo of pure token tests that per-cue scans repeat over a long sentence,
        #: by (test name, token index, sentence end)
        self.memo: dict[tuple[str, int, int], object] = {}
        #: (round 51, speed) prefix counts of token tests, see `count`
        self._prefix: dict[str, list[int]] = {}
        # (round 46, dequotes) German short capitalised quotations of a sentence that only a report going on in it makes
        # the speaker's words ("Die Lage sei eine „Katastrophe“."): (sentence, start, end, group), see quotes.py
        self.pending_short: list[tuple[int, int, int, int | None]] = []
        self.sent_attr: list[Attribution | None] = [None] * len(self.sents)
        self.last: Attribution | None = None
        self.last_sentence = -10

    def attribution(self, c: Cue) -> Attribution:
        """The attribution a cue gives: its canonical speaker, speaker mention and cue ranges."""
        toks = self.tokens
        sp = (toks[c.speaker.first].start, toks[c.speaker.end].end) if c.speaker and not c.expletive else None
        if sp is not None and c.speaker.first > c.last and (p := en_opinion_for_start(toks, c.speaker, self.lex)) is not None:
            sp = (sp[0], toks[p - 1].end)  # (round 51, enarticles7) '"…," wrote Judge Helena Marsh for the majority.': the
            # SPEAKER span is "Judge Helena Marsh"
        return Attribution(c.name, sp, (toks[c.first].start, toks[c.last].end))

    def count(self, key: str, marks, a: int, b: int) -> int:
        """(round 51, speed) How many of self.tokens[a:b] pass a pure token test, in constant time from a prefix count
        built on first use from `marks(tokens)`, the test's result for each token (one `marks` per `key`): per-cue
        scans from the sentence start were quadratic in its length."""
        pre = self._prefix.get(key)
        if pre is None:
            pre = self._prefix[key] = list(accumulate(marks(self.tokens), initial=0))
        a, b, _step = slice(a, b).indices(len(self.tokens))
        return pre[b] - pre[a] if b > a else 0

    def any_quoted(self, a: int, b: int) -> bool:
        """`any(t.quoted for t in self.tokens[a:b])` in constant time."""
        return self.count("quoted", _quoted, a, b) > 0

    def n_words(self, a: int, b: int) -> int:
        """`sum(1 for t in self.tokens[a:b] if t.is_word)` in constant time."""
        return self.count("is_word", _is_word, a, b)

    def trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and self.text[a] in TRIM:
            a += 1
        while b > a and self.text[b - 1] in TRIM:
            b -= 1
        return a, b

    def words(self, a: int, b: int) -> int:
        return sum(1 for w in self.text[a:b].split() if any(ch.isalnum() for ch in w))

    def span_tokens(self, a: int, b: int) -> list[Token]:
        """The tokens that start inside chars a:b."""
        return self.tokens[bisect_right(self.starts, a - 1) : bisect_right(self.starts, b - 1)]

    def quotes_in(self, a: int, b: int) -> list[Quotation]:
        """(round 52, enleft) The quotations whose outer start lies in chars a:b, in their order in `quotes` (speed: each
        sentence scanned every quotation of the document, quadratic in a long article with many quotations)."""
        if not self._quotes_sorted:
            return [q for q in self.quotes if a <= q.outer_start < b]
        starts = self._quote_outer_starts
        return self.quotes[bisect_left(starts, a) : bisect_left(starts, b)]

    def mostly_quoted(self, a: int, b: int) -> bool:
        """Fewer than two words outside quotation marks: the direct quote already covers it."""
        return sum(1 for t in self.span_tokens(a, b) if t.is_word and not t.quoted) < 2

    def all_quoted(self, a: int, b: int) -> bool:
        """Every word of chars a:b is inside quotation marks."""
        words = [t for t in self.span_tokens(a, b) if t.is_word]
        return bool(words) and all(t.quoted for t in words)

    def add(self, si: int, a: int, b: int, label: str, attr: Attribution | None, group: int | None,
            latest: bool = True) -> None:
        """Record a quote of sentence si; a named attribution becomes the sentence's and the latest
        (unless `latest` is False: an outer source such as "…, according to the paper")."""
        self.recs.append(QuoteRec(a, b, label, si, group, attr))
        if attr is not None and attr.name and latest and attr.name.lower() in self.lex.quantifier_speakers:
            return  # (round 51, enleft19) "Everyone said …": no one in particular, whom no later quotation continues
        if attr is not None and attr.name and latest:
            self.sent_attr[si] = attr
            self.last, self.last_sentence = attr, si
        elif attr is not None and latest and self.lex.lang == "de" and attr.speaker is not None and attr.cue is not None \
                and self.sent_attr[si] is None \
                and self.text[attr.speaker[0] : attr.speaker[1]].lower() in ("er", "sie"):
            # (round 22) an unresolved "er"/"sie" still anchors the report going on: "Im Interview erklärte er, er
            # werde das nicht mitmachen. Die Ampel müsse …" (the continuation was lost)
            self.sent_attr[si] = attr
        elif attr is not None and latest and self.lex.lang == "de" and attr.speaker is None and attr.cue is not None \
                and self.sent_attr[si] is None and label == "INDIRECT_QUOTE" \
                and self.text[attr.cue[0] : attr.cue[1]].lower() in self.lex.impersonal_cues:
            # (round 26) a report without a speaker anchors the report going on too: "Die Kosten seien gestiegen, hieß
            # es. Ursache sei auch die Lehman-Pleite." (the continuation was lost)
            self.sent_attr[si] = attr


def _quoted(tokens: list[Token]) -> list[bool]:
    return list(map(attrgetter("quoted"), tokens))


def _is_word(tokens: list[Token]) -> list[bool]:
    return list(map(attrgetter("is_word"), tokens))


def de_drop_date_commas(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """German (round 35): the tokens without the commas of a date in apposition to its weekday, which are no clause
    boundary: "erklärte Prof. Harald Schaumburg am Mittwoch, 18. März 2009, Universaldienstleistungen seien …" (the
    content opened at "18. März"); also the closing comma when only the rest of the attribution follows it to the
    sentence end: "Das hat Ministerin Bas am Mittwoch, 12. November 2025, in der Befragung hervorgehoben." (the speaker
    was "Befragung")."""
    drop: set[int] = set()
    n = len(tokens)
    for i in range(1, n - 4):
        t = tokens[i]
        if t.low not in lex.weekdays or not t.text[:1].isupper() or tokens[i - 1].low not in ("am", "vom") \
                or tokens[i + 1].text != ",":
            continue
        j = i + 2
        if tokens[j].low in ("dem", "den") and tokens[j].text == tokens[j].low:
            j += 1
        if not (j + 2 < n and tokens[j].text.isdigit() and len(tokens[j].text) <= 2 and tokens[j + 1].text == "."
                and tokens[j + 2].low in lex.month_names):
            continue
        j += 3
        if j < n and tokens[j].text.isdigit() and len(tokens[j].text) == 4:
            j += 1
        if j >= n or tokens[j].text != ",":
            continue
        drop.add(i + 1)
        # (runs before the quotations are marked: a quotation's words count as any others, "hat am Mittwoch, 12.
        # November, „klar“ widersprochen." drops the closing comma too)
        k = next((x for x in range(j + 1, min(n, j + 12)) if tokens[x].text in {".", "!", "?", ",", ";", ":"}), None)
        if k is not None and k - 1 > j and tokens[k].text in {".", "!", "?"} \
                and tokens[k - 1].low in lex.cue_verbs and tokens[k - 1].text == tokens[k - 1].low:
            drop.add(j)  # only the attribution's participle follows: "…, in der Befragung hervorgehoben."
        elif k is not None and tokens[k].text == "," and k - 1 > j and tokens[j + 1].low in lex.prepositions \
                and tokens[j + 1].text == tokens[j + 1].low and all(
                    x.is_word and (x.is_cap or x.low in lex.prepositions or x.low in lex.determiners or x.text[:1].isdigit())
                    for x in tokens[j + 1 : k]):
            drop.add(j)  # an adjunct follows before the content's comma: "sagte am Montag, 3. Mai, vor Journalisten, …"
    return [t for x, t in enumerate(tokens) if x not in drop] if drop else tokens
