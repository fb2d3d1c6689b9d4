"""Indirect quotes: the reported content each cue with a speaker introduces.

A complement after the cue ("announced that …", "sagte am Montag, die Regierung habe …"), a clause
right after an English cue with the subject before it ("he said the talks failed"), the clause
before a trailing attribution ("…, the company said.") or around a parenthetical one, the rest of
the sentence around a source phrase (laut X …, X zufolge …, according to X, …; German: the clause
around it, split in two), and for speech-act verbs without content the sentence itself ("Die
Polizei warnte vor Glätte.").

English (round 5): adjuncts and an addressee may stand between the cue and its content or after a
trailing attribution ("said in a statement it …", "told Reuters on Monday the …", "…, the IMF said in
a report on Tuesday."); verbs that often take a noun object need an auxiliary in a clause without
"that"; a negated cue reports nothing; a speech act is its own clause, so "…, saying …" is a second
content.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spanbank.annotators.quote_clauses import (
    clause_end,
    clause_start,
    clause_stop,
    de_main_clause_verb,
    de_names_share,
    de_share_clause,
    en_clause_breaker,
    en_verb_after_parenthesis,
)
from spanbank.annotators.quote_context import Attribution, Cue, QuoteContext
from spanbank.annotators.quote_cues import (
    _DE_ZU_INFIX,
    _EN_BODY_ADDRESSEES,
    _EN_OBJECT_PERSONS,
    DE_COPULA,
    DE_DASHES,
    DE_QUESTION_OPENERS,
    DE_WIE_DEGREE,
    LIGHT_REACH,
    _de_backref_light,
    _de_call_before_quotation,
    _de_joined_motion,
    _de_zu_clause_end,
    _en_first_second_person_subject,
    _en_person_subject,
    _genitive_end,
    _light_noun,
    _particle,
    dash_at,
    de_finding_copula_owner,
    de_mute_mention,
    en_paren_finding,
    particle_found,
)
from spanbank.annotators.quote_lexicon import Lexicon
from spanbank.annotators.quote_speakers import (
    _EN_BODY_ONLY_DESCRIPTIONS,
    _EN_NUMBER_WORD,
    _EN_PLACE_PREPOSITIONS,
    DE_ADJECTIVE_ENDINGS,
    DE_AGENCIES,
    DE_OBJECT_PRONOUNS,
    DE_PARTIES,
    DE_SENTENCE_ADVERBS,
    DE_TIME_MEASURES,
    EN_ADJECTIVE_ENDINGS,
    EN_IRREGULAR_PARTICIPLES,
    EN_PARTITIVES,
    EN_QUANTITY_APPROXIMATORS,
    RELATIVES,
    Mention,
    _after_fronted_adverbial,
    _appositive,
    _de_person_role,
    _de_plural_person,
    clause_subject,
    de_group_segment,
    de_media_word,
    de_person_noun,
    de_quoted_name_before,
    de_share_number,
    en_bare_people_plural,
    en_medium_participle,
    en_possessor_before,
    en_ticker_colon,
    en_ticker_punct,
    is_head,
    mention_after,
    np_forward,
    person_name,
    quoted_run_end,
)
from spanbank.annotators.quote_text import BANG_MAGAZINES, BANG_NAMES, EN_TITLE_OWNERS, Token, en_title_case

MIN_INDIRECT_WORDS = 3

#: a day or a day and month before a date's full stop ("am 3.", "am 16.02.")
_DE_DATE_NUMBER = re.compile(r"\d+(?:\.\d{1,2})?")

#: (round 47, enleftovers) dashes that pair around an interruption: "said — without evidence — that …"
#: (round 51, enarticles5) modals that open a relative clause's subject gap right after "say" ("a finding researchers
#: say could change how …")
_EN_GAP_MODALS = frozenset({"could", "would", "will", "may", "might", "can", "should", "must"})
_EN_PAIRED_DASHES = frozenset({"—", "–", "--"})

#: (round 47, enleftovers) currency signs that open an amount after a reported past verb ("the storm caused $2 billion")
_EN_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})

#: tokens an interruption between a cue and its "that" may span: "claimed, without evidence, that …",
#: "reported, citing three people familiar with the matter, that …"
INTERRUPTION_REACH = 12

#: tokens an addressee and adjuncts may span between an English cue and its "that": "told members
#: of his caucus on a conference call Monday that …" (beyond 8 only before a clause)
ADDRESSEE_REACH = 12
#: how far (tokens) after a German cue its separable particle, or its adjuncts, may run before a content
DE_PARTICLE_REACH = 10
#: German: tokens a cue's adjuncts may take before the comma of its content ("sagte am Donnerstag in einer Sitzung im
#: Untersuchungsausschuss des Bundestags zum Anschlag, …"; round 26, was DE_PARTICLE_REACH)
DE_ADJUNCT_REACH = 14


#: (round 34) German relative pronouns that open a clause after a speaker
_DE_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})



#: (round 43, enattrib) verbs of a medium relaying a report: "…, Ryabkov said, TASS reported."
_EN_RELAY_VERBS = frozenset({"reported", "reports", "said", "says", "wrote", "writes"})
#: head nouns of a medium named before a relay verb: "…, Russia's Interfax news agency reported."
_EN_RELAY_MEDIA = frozenset({"agency", "newspaper", "paper", "daily", "broadcaster", "channel", "outlet", "tv", "television"})
#: lower-case words describing a medium before its name: "the state news agency RIA Novosti", "the official Xinhua news agency"
_EN_RELAY_MODIFIERS = frozenset({"the", "state", "state-run", "state-owned", "state-controlled", "official", "semi-official",
                                 "news", "wire", "service", "government-run", "pro-government", "local", "independent",
                                 "business", "online", "public", "private", "daily", "weekly"})
#: words opening a time adjunct after a relay: "…, TASS reported on Tuesday.", "…, Interfax reported late Monday."
_EN_RELAY_TIMES = frozenset({"on", "late", "early", "last", "this", "earlier", "in", "today", "yesterday"})


def _en_source_list_rest(ctx: QuoteContext, j: int, hi: int) -> int:
    """English: token j (after a comma and a capitalised word) continues a list the source phrase ends in ("…, that
    includes NASA, | the National Oceanic and Atmospheric Administration, or NOAA, and other agencies, | seas will
    rise"): the token after the list's last comma, else j. Each part is a short name ("the" and a capital, or "and"/"or"
    first) without a verb; one part has "and"/"or"; what follows the last comma opens a clause with a finite verb."""
    toks, lex = ctx.tokens, ctx.lex
    if not toks[j - 2].is_cap or toks[j - 2].quoted:
        return j
    k, seen_and = j, False
    for _ in range(5):
        t0 = toks[k]
        if not (t0.is_cap or (t0.text in ("the", "and", "or") and k + 1 < hi and (
                toks[k + 1].is_cap or toks[k + 1].low in ("other", "the")))):
            return j
        e = next((x for x in range(k, min(hi, k + 12)) if toks[x].quoted or not (toks[x].is_word or (
            toks[x].text == "." and len(toks[x - 1].text) == 1 and toks[x - 1].is_cap))), None)  # "U.S. agencies"
        if e is None or toks[e].text != "," or toks[e].quoted or e + 1 >= hi:
            return j
        if _en_finite(toks, lex, k, e) or any(t.text == t.low and (t.low in lex.cue_verbs or t.low in lex.pronouns)
                                              for t in toks[k:e]):  # (not "the United States")
            return j
        seen_and = seen_and or any(t.low in ("and", "or") and t.text == t.low for t in toks[k:e])
        k = e + 1
        if seen_and and toks[k].is_word and not toks[k].quoted and not _en_finite_verb(toks[k], lex) \
                and toks[k].low not in lex.coordinators and _en_finite(toks, lex, k, hi):
            return k
    return j

def _en_relay_end_ok(ctx: QuoteContext, end: int, hi: int) -> bool:
    """Only punctuation or a short time adjunct from token end to the sentence end: "…, TASS reported on Tuesday." """
    toks = ctx.tokens
    while end < hi and not toks[end].is_word:
        end += 1
    if end >= hi or (toks[end].low in ("citing", "quoting") and toks[end - 1].text == "," and not toks[end].quoted):
        return True  # "…, Reuters reported, citing a statement."
    return toks[end].low in _EN_RELAY_TIMES and not toks[end].quoted and sum(t.is_word for t in toks[end:hi]) <= 4 \
        and all(not t.quoted and t.low not in ctx.lex.complementizers and t.low not in ctx.lex.cue_verbs
                for t in toks[end:hi] if t.is_word)


def _en_relay_tail(ctx: QuoteContext, k: int, hi: int) -> bool:
    """tokens[k:hi] are a medium relaying the attribution before them: "TASS reported.", "the state news agency RIA
    Novosti reported on Monday." (a capitalised name or a phrase ending in one, then a relay verb, then the end)"""
    toks = ctx.tokens
    if not toks[k].is_word or toks[k].quoted or not (toks[k].is_cap or toks[k].low in ("the", "russia's", "china's")):
        return False
    for x in range(k + 1, min(hi, k + 9)):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":", "(", ")"}:
            return False
        if t.low in _EN_RELAY_VERBS and t.text == t.low:
            return ((toks[x - 1].is_cap and toks[x - 1].low not in ctx.lex.pronouns) or (
                toks[x - 1].low in _EN_RELAY_MEDIA and any(y.is_cap for y in toks[k:x - 1]))) and _en_relay_end_ok(ctx, x + 1, hi)
        if t.is_word and t.text == t.low and t.low not in _EN_RELAY_MEDIA and t.low not in _EN_RELAY_MODIFIERS:
            return False  # only a medium's name and its description: not "…, officials said, and the ministry reported"
    return False


def _en_relayed_attribution(ctx: QuoteContext, c: Cue, lo: int, hi: int, cues: list[Cue]) -> bool:
    """c ("TASS reported") closes a sentence right after a trailing attribution with its own cue (", Ryabkov said,")."""
    toks = ctx.tokens
    k = c.speaker.first - 1  # the comma before the relaying source
    if not _en_relay_tail(ctx, k + 1, hi):
        return False
    for o in cues:
        if o is c or o.kind != "verb" or o.speaker is None or o.passive:
            continue
        a, b = min(o.first, o.speaker.first), max(o.last, o.speaker.end)
        if b >= k or a - 1 <= lo or b + 6 < k or not all(t.is_word and not t.quoted for t in toks[b + 1 : k]):
            continue
        if toks[a - 1].text == "," or toks[a - 1].quoted:
            return True
    return False


def _en_doubled_attribution(ctx: QuoteContext, si: int, c: Cue, lo: int, hi: int, cues: list[Cue]) -> bool:
    """English (round 47, bodies2): c is a trailing "…, the company said." (a bare body's or company's description, then
    the sentence end) after a sentence that opens with a named non-person subject and its own cue ("Tesla said …"):
    the writer named the same source twice, one report. Not after a person's name ("John Smith said he would resign, the
    company said." is the company's report of his words), nor a relay by a medium or a named second source; only when
    the opening cue has recorded its own report (c is later in `cues`)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if c.kind != "verb" or m is None or c.passive or m.end - m.first != 1 or c.first != m.end + 1 \
            or m.first - 1 <= lo or toks[m.first - 1].text != "," or toks[m.first - 1].quoted \
            or toks[m.first].low != "the" or toks[m.end].low not in _EN_BODY_ONLY_DESCRIPTIONS \
            or toks[m.end].text != toks[m.end].low or not _en_relay_end_ok(ctx, c.last + 1, hi):
        return False
    for o in cues:
        if o is c or o.kind != "verb" or o.speaker is None or o.passive or o.speaker.first != lo \
                or o.speaker.end >= o.first or o.last >= m.first or not o.name:
            continue
        t = toks[o.speaker.first]
        if t.is_word and t.is_cap and not t.quoted and t.low not in lex.pronouns and t.low not in lex.determiners \
                and not person_name(o.name, lex, ctx.ents) and o.name[:1].isupper():
            at = (toks[o.first].start, toks[o.last].end)
            return any(r.sentence == si and r.attr is not None and r.attr.cue == at for r in ctx.recs)
    return False


def _de_relayed_attribution(ctx: QuoteContext, c: Cue, lo: int, hi: int, cues: list[Cue]) -> bool:
    """German (round 46, deparen): c closes its sentence as a relay right after a trailing attribution with its own cue
    ("Die Lage sei ruhig, sagte Lindner, wie ein Sprecher bestätigte." / "…, berichtete die Zeitung." / "…, so die
    Zeitung."), as round 43 did for English ("…, Ryabkov said, TASS reported."): the report is the named speaker's; the
    relay had the content "Die Lage sei ruhig, sagte Lindner"."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or c.passive or c.kind not in ("verb", "so"):
        return False
    if m.first > c.first:
        k = c.first - 1  # "…, berichtete die Zeitung", "…, so die Zeitung"
    elif c.kind == "verb" and (w := next((x for x in range(m.first - 1, max(lo, m.first - 4), -1)
                                           if not toks[x].is_word or toks[x].quoted or toks[x].text == "wie"), None)) \
            is not None and toks[w].text == "wie" and not any(
                t.text in {",", ";", ":"} or t.quoted for t in toks[w : c.first]):
        k = w - 1  # "…, wie ein Sprecher bestätigte", "…, wie britische Medien berichteten"
    else:
        return False
    if k <= lo or toks[k].text != "," or toks[k].quoted:
        return False
    rest = toks[max(c.last, m.end) + 1 : hi]
    if any(t.text == "," or _de_clause_word(t, lex) for t in rest) or sum(t.is_word for t in rest) > 4:
        return False  # the relay closes the sentence (a few adjuncts at most)
    for o in cues:
        if o is c or o.kind != "verb" or o.speaker is None or o.passive or o.speaker.first < o.first:
            continue  # (not "…, soll Lindner gesagt haben, wie die Zeitung berichtet": that attribution reports nothing)
        a, b = o.first, o.speaker.end
        if b >= k or a - 1 <= lo or b + 6 < k or toks[a - 1].text != "," or toks[a - 1].quoted \
                or not all(t.is_word and not _de_clause_word(t, lex) for t in toks[b + 1 : k]):
            continue
        return True
    return False


class _RecordedSpans:
    """(round 51, speed2) `any(r.start == a and r.end == b for r in ctx.recs)` in constant time during one
    `indirect_quotes` call, which only appends records (`ctx.add`): the spans indexed on first use, the records
    added since then indexed as they come (each candidate scanned every record of the document)."""

    def __init__(self, ctx: QuoteContext):
        self.ctx = ctx
        self.recs: list | None = None
        self.n = 0
        self.spans: set[tuple[int, int]] = set()

    def has(self, a: int, b: int) -> bool:
        recs = self.ctx.recs
        if recs is not self.recs or len(recs) < self.n:
            self.recs, self.n, self.spans = recs, 0, set()
        if len(recs) > self.n:
            if self.n == 0:  # (round 52, quotespeed) a rebuild as one set display (was a generator fed to update)
                self.spans = {(r.start, r.end) for r in recs}
            else:
                self.spans.update((r.start, r.end) for r in recs[self.n :])
            self.n = len(recs)
        return (a, b) in self.spans


def indirect_quotes(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list[Cue], s_start: int, s_end: int) -> bool:
    """Record the indirect quotes of sentence si (tokens[lo:hi], chars s_start:s_end); True when any."""
    made = False
    toks = ctx.tokens
    acts: list[tuple[Cue, int, int]] = []  # speech acts: only when the sentence reports nothing else
    recorded = _RecordedSpans(ctx)
    for c in cues:
        if c.speaker is None and not c.passive:
            continue  # (a passive without its agent still reports: "it was announced that …", "Es wird
            # vermutet, dass …"; then the quote has no speaker)
        spans: list[tuple[int, int]] = []
        min_words = MIN_INDIRECT_WORDS
        if ctx.lex.lang == "de" and c.kind in ("source_noun", "source_before", "source_after") and any(
                o is not c and o.kind in ("verb", "so") and o.speaker is not None and o.first - 1 > lo
                and (o.first > c.last or (
                    # (round 46, deparen) or an interrupting "so X" before an ownerless source: "Der Mann sei, so ein
                    # Sprecher, nach ersten Erkenntnissen schwer verletzt worden" (two more parts without a speaker)
                    o.kind == "so" and _de_ownerless_source(ctx, c) and o.speaker.end + 1 < c.first
                    and toks[o.speaker.end + 1].text == "," and not toks[o.speaker.end + 1].quoted))
                and toks[o.first - 1].text == "," and not toks[o.first - 1].quoted and o.speaker.first > o.first
                for o in cues):
            continue  # a source inside a report with its own trailing attribution: "Verletzt wurde nach ersten
            # Erkenntnissen niemand, teilte die Feuerwehr mit" (the report is the Feuerwehr's); (round 46, deparen) also
            # "…, so X": "Der Mann sei nach ersten Erkenntnissen schwer verletzt worden, so ein Sprecher." (gave the parts
            # "Der Mann sei" and "schwer verletzt worden" without a speaker, overlapping the spokesman's report)
        if ctx.lex.lang == "de" and c.kind in ("source_noun", "source_before", "source_after") and (
                _de_ownerless_source(ctx, c) or (c.kind != "source_noun" and de_ownerless_statement(ctx, c.speaker))) \
                and any(o is not c and o.kind == "verb" and o.speaker is not None and o.first > c.last
                        and _de_trailing_wie_cue(ctx, o, max(c.last, c.speaker.end) + 1) for o in cues):
            continue  # (round 38, dequellen) the same with a trailing wie-clause: "Ersten Erkenntnissen zufolge war der
            # Fahrer zu schnell, wie die Polizei mitteilte" (two reports of one, the second without a speaker); a source
            # with an owner still reports its part ("Nach Angaben der Universität …, wie eine Sprecherin sagte")
        if ctx.lex.lang == "de" and c.kind in ("source_noun", "source_before", "source_after") and any(
                o is not c and o.kind == "verb" and _de_source_inside_wie_cue(ctx, c, o, lo) for o in cues):
            continue  # (round 41, debusiness) a source phrase inside a wie-clause, between its subject and its verb:
            # "Wie der Konzern am Dienstag nach vorläufigen Berechnungen mitteilte, sank …", "…, wie das Bundesamt nach
            # einer ersten Schätzung mitteilte" (an adjunct of the clause's own report, no second report cutting it)
        if ctx.lex.lang == "de" and c.kind in ("source_noun", "source_before", "source_after") and any(
                o is not c and o.kind == "verb" and o.speaker is not None and toks[o.speaker.first].low != "es"
                and o.first > lo and (toks[o.first - 1].text == "," or toks[o.first - 1].quoted)
                and o.last < min(c.first, c.speaker.first if c.speaker is not None else c.first)
                and not any(t.text in {",", ";", ":"} and not t.quoted
                            for t in toks[o.last + 1 : min(c.first, c.speaker.first if c.speaker is not None else c.first)])
                for o in cues):
            continue  # a second source inside a trailing attribution: "…, sagte er laut der Nachrichtenagentur Isna"
            # (the report is his; the agency only relays it)
        if ctx.lex.lang == "de" and c.kind == "source_noun" and _de_ownerless_source(ctx, c) and any(
                o is not c and o.kind == "verb" and o.speaker is not None and o.last < c.first
                and o.speaker.end < c.first and lo <= min(o.first, o.speaker.first)
                and any(t.text == "," and not t.quoted for t in toks[o.last + 1 : c.first]) for o in cues):
            continue  # (round 50, dearticles5) an ownerless source inside the content of a leading report: "Das Amt
            # teilte mit, unter den Opfern befänden sich nach bisherigen Erkenntnissen keine Deutschen" (gave the parts
            # "unter den Opfern befänden sich" and "keine Deutschen" beside the Amt's whole report)
        if ctx.lex.lang == "de" and c.kind == "source_noun" and _de_ownerless_source(ctx, c) and any(
                o is not c and o.kind in ("source_noun", "source_before", "source_after") and o.speaker is not None
                and lo <= o.first < hi and not _de_ownerless_source(ctx, o) for o in cues):
            continue  # a source phrase without an owner beside one with: "Daten sind nach bisherigen Erkenntnissen
            # laut der Sprecherin nicht abgeflossen" (the spokeswoman's report, split once)
        if ctx.lex.lang == "de" and c.kind in ("source_before", "source_after", "source_noun") and c.speaker is not None \
                and (e := max(c.last, c.speaker.end)) + 1 < hi and (
                    (toks[e + 1].text == "," and not toks[e + 1].quoted and c.kind != "source_noun")
                    # (round 50, dearticles5) also a noun source before a colon, perhaps after a short adjunct: "Ribeiro
                    # sagte nach Angaben des Vereins auf Portugiesisch: „…“" (gave "Ribeiro sagte" and "auf
                    # Portugiesisch" as the club's reports)
                    or _de_colon_after_adjunct(toks, e + 1, hi)) \
                and any(o is not c and o.kind == "verb" and o.speaker is not None and min(o.first, o.speaker.first) == lo
                        and o.speaker.end < o.first and o.last < min(c.first, c.speaker.first) and not any(
                            t.text in {",", ";", ":"} or t.quoted for t in toks[o.last + 1 : min(c.first, c.speaker.first)])
                        for o in cues):
            continue  # a second source between an opening attribution and its content: "Der Minister sagte
            # der Nachrichtenagentur zufolge, …", "X sagte laut einem Bericht der Zeitung, …"
        if ctx.lex.lang == "de" and _de_relayed_attribution(ctx, c, lo, hi, cues):
            continue  # (round 46, deparen) a relay after a trailing attribution: "…, sagte Lindner, wie ein Sprecher
            # bestätigte." is Lindner's report (the relay's held "…, sagte Lindner")
        if ctx.lex.lang == "en" and c.kind == "verb" and c.speaker is not None and c.speaker.end < c.first \
                and c.speaker.first - 1 > lo and toks[c.speaker.first - 1].text == "," \
                and not toks[c.speaker.first - 1].quoted and toks[c.first].low in _EN_RELAY_VERBS \
                and _en_relayed_attribution(ctx, c, lo, hi, cues):
            continue  # (round 43, enattrib) a relay after a trailing attribution: "…, Ryabkov said, TASS reported." is
            # Ryabkov's report, as "…, Ryabkov said, according to TASS." is (the agency's report held "…, Ryabkov said")
        if ctx.lex.lang == "en" and c.kind == "verb" and c.first == lo and c.first == c.last \
                and toks[c.first].text in ("Says", "Said") and c.speaker is not None and c.speaker.first == c.last + 1 \
                and c.speaker.end + 1 < hi and toks[c.speaker.end + 1].text in ("that", "who"):
            continue  # (round 48, auditcomments) a retort naming its speaker by a relative clause: "Says the man that lost
            # the election." (reported "lost the election"; "who" already gave nothing)
        if ctx.lex.lang == "en" and _en_doubled_attribution(ctx, si, c, lo, hi, cues):
            continue  # (round 47, bodies2) "Tesla said deliveries fell, the company said." is one report of Tesla's (the
            # trailing "the company said" had the content "Tesla said deliveries fell" beside it)
        if c.kind == "source_noun" or (ctx.lex.clause_openers and c.kind in ("source_before", "source_after")):
            spans.extend(_around_source(ctx, c, lo, hi, s_end))
            min_words = 1  # the parts of a clause split by its source ("Heute wurden [laut X] …")
        elif c.kind == "source_before" and ctx.lex.lang == "en" \
                and (paren := _en_parenthesised_source(ctx, c, lo, hi)) is not None:
            spans.append(paren)  # (round 48, auditcomments) see `_en_parenthesised_source`
        elif c.kind == "source_before":
            m = c.speaker
            if ctx.lex.lang == "en" and c.first > lo and toks[c.first].low in ("citing", "quoting") and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.last < c.first for o in cues):
                continue  # "The office said …, citing the cost": the subject cites; "citing" is no new source
            if ctx.lex.lang == "en" and c.first > lo and toks[c.first].low in ("citing", "quoting") \
                    and _en_agent_cites(ctx, c, lo):
                continue  # (round 49, auditnews3) "The senator then turned to funding, citing an audit": the subject
                # of a narrated act cites (the clause was the audit's content)
            if ctx.lex.lang == "en" and c.first == lo and toks[c.first].low in ("citing", "quoting") and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.first > c.last for o in cues):
                continue  # "Citing an unnamed source, the newspaper Haaretz reported that …": the paper's report
            if ctx.lex.lang == "en" and c.first > lo and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.last < c.first
                    and (all(t.text == "," and not t.quoted for t in toks[o.last + 1 : c.first]) or (
                        # (round 22) also after an addressee: '"…," Hood told analysts, according to a transcript'
                        toks[c.first - 1].text == "," and o.last + 5 >= c.first - 1
                        and all(t.is_word and not t.quoted and t.low not in ctx.lex.prepositions
                                for t in toks[o.last + 1 : c.first - 1])) or (
                        # (round 41, enforecasts) or after the occasion, with a record of it as the source: '"…," Smith
                        # said on a call with analysts, according to a FactSet transcript', "…, Chief Executive John
                        # Smith told analysts on a conference call, according to a transcript" (the transcript reported
                        # the report again; a paper's "according to the paper" after "wrote in court documents" stays)
                        toks[c.first - 1].text == "," and o.last + 1 < c.first - 1 and o.last + 9 >= c.first - 1
                        and any(t.low in _EN_RECORDS and not t.quoted for t in toks[m.first : m.end + 1])
                        and toks[c.first - 2].is_word and toks[c.first - 2].text == toks[c.first - 2].low
                        and any(t.low in ("on", "in", "at", "during") and t.text == t.low
                                for t in toks[o.last + 1 : min(o.last + 4, c.first - 1)])
                        and all(t.is_word and not t.quoted and t.low not in ctx.lex.complementizers
                                and t.low not in ctx.lex.cue_verbs for t in toks[o.last + 1 : c.first - 1])
                        and not _en_finite(toks, ctx.lex, o.last + 1, c.first - 1)))
                    and o.last + 1 < c.first and min(o.first, o.speaker.first) > lo
                    and (toks[min(o.first, o.speaker.first) - 1].text == "," or toks[min(o.first, o.speaker.first) - 1].quoted)
                    for o in cues):
                continue  # the source of a trailing attribution: "…, al-Maliki added, according to Al Arabiya."
            if ctx.lex.lang == "en" and c.first > lo and toks[c.first - 1].text == "," and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.speaker.end < o.first < c.first
                    and o.last + 1 < c.first - 1 and not any(t.quoted for t in toks[o.last + 1 : c.first])
                    and (_en_finite(toks, ctx.lex, o.last + 1, c.first - 1) or _en_that_after_cue(toks, o.last + 1, c.first - 1))
                    for o in cues) \
                    and all(not toks[x].is_word for x in range(max(c.last, m.end) + 1, hi)):
                continue  # (round 22) an outer source after a report with its own content: "…, the police chief
                # said the killed officer was a 21-year veteran, according to WBRZ-TV" (wrapped the report in a second);
                # (round 53, auditen) also with its "that": "The company said in a statement that revenue rose …, according
                # to LSEG data" (the whole sentence was LSEG's)
            if ctx.lex.lang == "en" and c.first > lo and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.first > c.last
                    and not (o.speaker.kind == "relative" and toks[o.speaker.first - 1].text == ",") for o in cues):
                # a second source of a report that has its own cue ("The agency, citing officials,
                # reported that …", '"…," he said, according to the paper'): that cue's content is the
                # quote; not a cue in a relative clause on the source ("…, according to Bloomberg,
                # which first reported the call")
                continue
            if c.first == lo or toks[c.first - 1].text == ",":
                j = max(m.end, c.last) + 1  # (round 46, enleft) the owner inside the cue: "In Smith's words, …"
                if ctx.lex.lang == "en" and (b := _en_short_bracket_end(toks, j, hi)) is not None:
                    j = b + 1  # (round 40, enaccording) the source's short form in brackets: "According to the Food and
                    # Drug Administration (FDA), the company …" (the content began at "(FDA)")
                if j < hi and toks[j].text == ",":
                    j += 1
                if c.first == lo and j < hi and ctx.lex.lang == "en":
                    j = _en_after_source_modifier(ctx, j, hi, after_comma=toks[j - 1].text == ",")
                    if j == m.end + 2 and toks[j - 1].text == "," and m.kind == "name":
                        if (t := _en_after_party_tag(toks, j, hi)) != j and toks[t].low in ("who", "whose"):
                            # (round 42, encampaign2) a relative clause after the tag: "According to Rep. Ann Lee,
                            # D-Calif., who chairs the caucus, the vote failed" (the clause opened the content)
                            t = _en_after_source_modifier(ctx, t, hi, after_comma=True)
                        j = t
                        j = _en_after_name_apposition(ctx, j, hi)
                if c.first == lo and ctx.lex.lang == "en" and j + 1 < hi and toks[j - 1].text == "," \
                        and (toks[j].is_cap or (toks[j].text == "the" and toks[j + 1].is_cap)):
                    j = _en_source_list_rest(ctx, j, hi)  # (round 43, enattrib) "According to a report by a panel that
                    # includes NASA, NOAA and other agencies, seas …" (the content began at "NOAA")
                colon = next((k for k in range(j, hi) if toks[k].text == ":" and not toks[k].quoted), None) \
                    if c.first == lo else None
                if colon is not None and colon + 1 < hi and toks[colon + 1].quoted:
                    pass  # 'Quoting Mike Gundy after the win: "…"': the quotation is the report
                elif c.first == lo and j < hi:
                    spans.append((toks[j].start, clause_end(toks, ctx.lex, j, hi, s_end)))
                elif c.first > lo and ctx.lex.lang == "en" and j < hi and toks[j - 1].text == "," \
                        and _en_trailing_apposition(ctx, j, hi) and not _en_clause_after_source(ctx, j, hi):
                    # "…, according to Ayelet Fishbach, a professor at the University of Chicago.": the source's
                    # apposition, no clause around the phrase
                    spans.append((s_start, toks[c.first - 1].start))
                elif c.first > lo and ctx.lex.lang == "en" and j < hi and toks[j - 1].text == "," and toks[j].is_word \
                        and (not (toks[j].is_cap and toks[j].low not in ctx.lex.pronouns) or _en_clause_after_source(ctx, j, hi)) \
                        and toks[j].low not in ("which", "who", "whose"):  # "…, according to X, which …": X's clause
                    # "The plan, according to officials, would cost …": the clause around the phrase
                    spans.append((s_start, clause_end(toks, ctx.lex, j, hi, s_end)))
                elif c.first > lo:
                    spans.append((s_start, toks[c.first - 1].start))
            else:
                if not (ctx.lex.lang == "en" and toks[c.first - 1].low in ("and", "but") and not toks[c.first - 1].quoted):
                    # (not a coordinated clause before it: "The ship carried the flag of Malta and according to
                    # the Houthis was sailing to Israel" reports only what follows)
                    spans.append((s_start, toks[c.first].start))
                if m.end + 1 < hi and not (ctx.lex.lang == "en" and toks[c.first - 1].quoted and m.end + 2 < hi
                                           and toks[m.end + 1].text == "," and (_en_apposition_only(ctx, m.end + 2, hi)
                                           or toks[m.end + 2].text in ("which", "who", "whose"))) \
                        and not (ctx.lex.lang == "en" and toks[c.first - 1].quoted and m.end + 2 < hi
                                 and toks[m.end + 1].text in ("who", "whose") and not toks[m.end + 1].quoted):
                    # (round 54, enworld) nor its restrictive relative clause: '… was "not on the agenda," according to
                    # a Brazilian official who attended the meeting' (the relative clause was the official's report)
                    # (round 44, enconsumer) not the source's apposition or relative clause after a quotation: '"…,"
                    # according to Maria Lopez, a certified financial planner and founder of X in Denver.', '"…,"
                    # according to the report, which was released Tuesday.'
                    spans.append((toks[m.end + 1].start, s_end))
        elif c.kind == "source_after":
            spans.append((s_start, toks[c.speaker.first].start))
            if c.last + 1 < hi:
                spans.append((toks[c.last + 1].start, s_end))
        elif ctx.lex.lang == "de" and de_negated_question(ctx, c, lo, hi):
            continue  # what was not said: "Der Minister sagte nicht, wann die Reform kommt" (round 21)
        elif ctx.lex.lang == "de" and c.kind == "verb" and c.first - 2 > lo and toks[c.first].low in DE_COPULA \
                and toks[c.first - 2].text in DE_DASHES and de_finding_copula_owner(ctx, c.first, lo, hi) is not None:
            # (round 41, dedemands) the finding before the dash: "Biodiesel ist zweifelhaft – dies ist das Ergebnis einer
            # Studie der Universität Oldenburg" (reported nothing)
            spans.append((s_start, toks[c.first - 2].start))
        else:
            act_end = s_end
            if c.act_until is None:
                spans.extend(_de_embedded_cue_rest(ctx, c, lo, hi, _de_relative_cue_end(ctx, c, hi, _de_after_question(
                    ctx, c, hi, _en_in_adverbial_clause(ctx, c, lo, hi, _verb_content(ctx, c, lo, hi, s_start, s_end))))))
            if ctx.lex.lang == "en" and spans and c.kind == "verb":
                spans = [(a, b) for a, b in spans if not _en_object_then_adverbial(ctx, c, a, hi)
                         and not _en_coordinated_addressee_i(ctx, c, a, hi)]
                spans = [(_en_dashed_aside_start(ctx, c, a, b, lo, hi), b) for a, b in spans]
            if ctx.lex.lang == "de" and spans:
                spans = [(a, b) for a, b in spans if not _de_gapped_conjunct(ctx, c, a, b, hi)
                         and not _de_share_conjunct(ctx, c, a, hi)]
                if len(spans) == 1 and c.kind == "verb" and (
                        gap := _de_gapped_object_conjunct(ctx, c, spans[0][0], spans[0][1], hi)) is not None:
                    spans, act_end = [], toks[gap].start  # (the act ends before the second conjunct)
                if spans and c.kind == "verb" and toks[c.first].low in ctx.lex.narration_comma_cues \
                        and (nar := _de_indicative_narration(ctx, c, lo, hi, spans)) is not None:
                    spans, act_end = [], toks[nar].start  # (round 45, denachruf) see `_de_indicative_narration`
            if ctx.lex.lang == "de" and c.kind == "verb" and spans and any(toks[c.last].end <= a for a, _ in spans):
                spans = _de_without_wie_medium(ctx, c, lo, cues, spans)
            sp_end = c.speaker.end if c.speaker is not None else hi
            rel = _DE_RELATIVE_PRONOUNS
            if ctx.lex.lang == "de" and sp_end + 3 < hi and toks[sp_end + 1].text == toks[sp_end + 1].low \
                    and not toks[sp_end + 1].quoted and toks[sp_end + 1].low == "hervor" \
                    and toks[sp_end + 2].text == "," and toks[c.first].low in ctx.lex.separable:
                sp_end, rel = sp_end + 1, _DE_RELATIVE_PRONOUNS | {"den", "dem", "denen", "dessen", "deren"}
                # (round 38, depolls) also after the particle: "Das geht aus dem ARD-Deutschlandtrend hervor,
                # den Infratest dimap am Donnerstag veröffentlichte" (was the relative clause)
            if ctx.lex.lang == "de" and spans and (spans := _de_fronted_report_clause(ctx, c, lo, hi, spans)) is None:
                continue  # (round 39, deberichte) a fronted adverbial clause, or a fronted report noun's clause with a
                # passive cue without its agent: no content of this cue (see `_de_fronted_report_clause`)
            if ctx.lex.lang == "de" and spans and c.first == lo + 1 and toks[lo].text in ("Das", "Dies", "Dieses") \
                    and c.speaker is not None and c.speaker.first > c.last \
                    and sp_end + 2 < hi and toks[sp_end + 1].text == "," \
                    and toks[sp_end + 2].low in rel \
                    and not (sp_end + 4 < hi and toks[sp_end + 3].is_cap
                             and toks[sp_end + 4].low in ctx.lex.konjunktiv) \
                    and all(a >= toks[sp_end + 2].start for a, _ in spans):
                # (round 34) a relative clause after the speaker of a fronted "Das" is no content: "Das berichtet
                # die Polizei, die zu einem Einsatz ausrückte" (was "die zu einem Einsatz ausrückte"); "Das" is what
                # was said (not an article and a noun in V2 with Konjunktiv: "Dies erklärte X, die Brücke sei marode";
                # nor after a pronominal adverb: "Dazu meinte X, die Begründung … belegt …")
                spans = []
            if ctx.lex.lang == "de" and spans and all(b <= toks[c.first].start for _, b in spans) \
                    and _de_negated_after(ctx, c, hi):
                continue  # (round 30) a trailing cue negated: "Dass er lange gezögert hatte, sagte Lindner nicht."
            if ctx.lex.lang == "en" and toks[c.first].low in ("asked", "asking", "asks") and any(
                    _ANONYMITY.match(ctx.text, a, b) for a, b in spans):
                continue  # "who asked that her name not be used": a request for anonymity, not a report
            if len(spans) == 2 and spans[0][1] <= toks[min(c.first, c.speaker.first if c.speaker else c.first)].start \
                    and spans[1][0] >= toks[max(c.last, c.speaker.end if c.speaker else c.last)].end:
                # the parts around a parenthetical attribution: "The economy, he said, is …", "Die Lage
                # sei, so der Minister, sehr ernst"
                min_words = 1
            if not spans and c.kind == "verb" and (c.act or toks[c.first].low in ctx.lex.speech_act_verbs
                                                  or _de_state_act(ctx, c) or _de_finite_only_act(ctx, c, lo) or (
                    # "Das sagte der Minister", "Dies erklärte die Polizei": a fronted pronoun is what was said
                    ctx.lex.lang == "de" and c.first == lo + 1 and ((toks[lo].low in ctx.lex.anaphoric_objects
                                                                     and not _de_light_noun_complement(ctx, c, lo, hi)) or (
                        toks[lo].text == "So" and toks[c.first].low in ctx.lex.so_back_cues)))
                    # (round 25) the perfect: "Das hat der Minister am Montag gesagt."
                    or (ctx.lex.lang == "de" and lo + 1 < c.first and toks[lo].low in ctx.lex.anaphoric_objects
                        and toks[lo + 1].low in ctx.lex.auxiliaries and toks[lo + 1].text == toks[lo + 1].low
                        and ((c.last + 2 == hi and toks[c.last + 1].text in {".", "!"}) or (
                            # (round 40, depolls6) or a relative clause on the source after it: "Das hat eine Umfrage
                            # ergeben, die am Donnerstag veröffentlicht wurde."
                            c.last + 3 < hi and toks[c.last + 1].text == "," and not toks[c.last + 1].quoted
                            and _de_relative_opens(ctx, c.last + 2))))) \
                    and not (c.passive and (ctx.lex.lang == "en" or c.speaker is None)) \
                    and not _de_content_only_particle(ctx, c, hi) \
                    and not _de_advice_without_object(ctx, c, hi) \
                    and not _de_thing_particle_act(ctx, c, hi) \
                    and not (ctx.lex.lang == "en" and _en_object_relative_act(ctx, c, lo, hi)) \
                    and not (ctx.lex.lang == "en" and _en_thing_confirms_belief(ctx, c, hi)) \
                    and not (toks[c.first].low in ctx.lex.quotation_calls and c.first - 1 >= lo and (
                        # (round 34 w2f) "„…“, rief ein Schäfer": the quotation's attribution, no act of its own
                        toks[c.first - 1].quoted or (toks[c.first - 1].text == "," and c.first - 2 >= lo and toks[c.first - 2].quoted))) \
                    and not (toks[c.first].low in ctx.lex.quotation_calls and _de_call_before_quotation(ctx, c.first, hi)):
                # (a passive act without its agent is no quote: "Der Täter wird im Haus vermutet", "Ihm wird
                # Betrug vorgeworfen"; with it, it is: "wurde von einer Sprecherin bestätigt")
                act = _speech_act_content(ctx, si, c, lo, hi, s_start, act_end)
                if act is not None:
                    acts.append((c, *act))
                continue
        attr = ctx.attribution(c)
        if c.kind == "verb" and toks[c.first].low in ctx.lex.after_only_cues:
            # (round 35) a question's clause follows its cue: "Nach den Projekten, bei denen …, erkundigt sich die
            # Fraktion" asks about the projects (the fronted phrase was the content)
            spans = [(a, b) for a, b in spans if a >= toks[c.last].end]
        if ctx.lex.lang == "en" and c.kind == "verb" and spans:
            spans = [(a, b) for a, b in spans if not _en_time_adjunct_only(ctx, a, b, lo, hi)]
        # an outer source after a direct quote's own attribution ('"…," prosecutors wrote, according to the
        # paper.') does not take over the speaker that the next quotation continues
        outer = c.kind == "source_before" and c.first > lo and any(
            r.sentence == si and r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.name for r in ctx.recs[-6:])
        if ctx.lex.lang == "en" and c.kind == "verb" and c.speaker is not None and c.speaker.first - 1 > lo \
                and toks[c.speaker.first - 1].low == "as" and not toks[c.speaker.first - 1].quoted \
                and c.speaker.end < c.first and any(
                    o is not c and o.kind == "verb" and o.speaker is not None and o.speaker.end < o.first < c.first
                    and any(a <= toks[o.first].start and toks[o.speaker.first].start >= a and b <= toks[c.speaker.first].start
                            for a, b in spans) for o in cues):
            continue  # (round 40, enacts3) a trailing "as"-clause around a report with its own attribution: "He also
            # said he remembered the meeting, as she claimed" (her claim wrapped his report and its cue)
        for a, b in spans:
            for o in cues:  # (round 22) another cue's trailing attribution ends the span before it: "… told mediators
                # that it was ready to resume talks, one official, who asked not to be named, told Reuters"
                if o is not c and o.speaker is not None and o.first > c.last and o.speaker.first < o.first \
                        and o.speaker.first - 1 > lo and toks[o.speaker.first - 1].text == "," and not toks[o.speaker.first - 1].quoted \
                        and a < toks[o.speaker.first].start < b and _trailing_cue_end(toks, o.last, hi) \
                        and o.speaker.kind != "relative" and (toks[o.speaker.first].is_cap or toks[o.speaker.first].low
                                                              in ctx.lex.determiners | ctx.lex.quantifiers | {"one"}):
                    b = toks[o.speaker.first - 1].start
            if ctx.lex.lang == "de":
                for o in cues:  # (round 25) another cue's trailing "so X" ends the span before it: "Die Bilder
                    # erinnerten an einen Krimi, so der Richter." ("erinnerten" reported [so der Richter])
                    if o is not c and o.kind == "so" and o.first > c.last and a <= toks[o.first].start < b \
                            and o.first - 1 > lo and toks[o.first - 1].text in {",", "–", "—"}:
                        b = toks[o.first - 1].start
                if ctx.lex.lang == "de" and c.kind == "verb" and any(
                        o is not c and o.kind == "so" and o.last < c.first and a < toks[o.first].start < b for o in cues):
                    continue  # (round 28) another source's "so X" inside the span before a trailing cue: "Bis spät in
                    # die Nacht, so berichtete die Zeitung, legten Schriftsteller ihre Träume dar"
            if ctx.lex.lang == "de" and c.kind == "verb":
                for o in cues:  # (round 47, decompanies) a second speaker's own report after a comma, its cue in the
                    # indicative right after the speaker (or an adverb of contrast), ends a reported clause before it:
                    # "Müller sagte, der Plan sei gescheitert, Schmidt dagegen betonte, er sei solide" (ran on)
                    if o is not c and o.kind == "verb" and o.speaker is not None and o.speaker.first - 1 > c.last + 1 \
                            and o.speaker.kind in ("name", "description") and toks[o.speaker.first].is_cap \
                            and toks[o.speaker.first - 1].text == "," and not toks[o.speaker.first - 1].quoted \
                            and o.speaker.end < o.first <= o.speaker.end + 2 \
                            and all(t.is_word and t.text == t.low and not t.quoted
                                    for t in toks[o.speaker.end + 1 : o.first]) \
                            and toks[o.first].text == toks[o.first].low and not _de_reported_in(ctx, o.first, toks[o.first].end) \
                            and a < toks[o.speaker.first - 1].start < b \
                            and _de_reported_in(ctx, c.last + 1, toks[o.speaker.first - 1].start):
                        b = toks[o.speaker.first - 1].start
            if ctx.lex.lang == "de" and c.kind in ("source_noun", "source_before", "source_after", "verb"):
                # (round 26: also a verb's content, "machte deutlich, dass sie das missbillige, wie Seibert erklärte")
                for o in cues:  # (round 24) a trailing wie-clause of another source ends the span before it: "Nach
                    # Angaben der Universität haben sich 2800 Studierende eingeschrieben, wie eine Sprecherin sagte" (ran
                    # over the wie-clause)
                    if o is not c and o.kind == "verb" and o.speaker is not None and o.speaker.first < o.first \
                            and o.speaker.first - 2 > c.last and toks[o.speaker.first - 1].low == "wie" \
                            and toks[o.speaker.first - 2].text == "," and not toks[o.speaker.first - 2].quoted \
                            and a < toks[o.speaker.first - 2].start < b and (c.kind != "verb" or all(
                                # (a verb's content only before a wie-clause that closes the sentence: not "er verstehe
                                # nicht, wie der Sprecher behaupten konnte, der Bericht sei falsch")
                                not t.is_word or t.low in ctx.lex.separable.get(toks[o.first].low, ())
                                for t in toks[o.last + 1 : hi])):
                        b = toks[o.speaker.first - 2].start
            a, b = ctx.trim(a, b)
            if ctx.lex.lang == "en" and a == s_start and b - a > 4 and ctx.text[a] in "QA" and ctx.text[a + 1] == ":" \
                    and ctx.text[a + 2] == " ":
                a, b = ctx.trim(a + 3, b)  # (round 49, enleft10) an interview's turn label is no content: "Q: Will you
                # sign it? A: Not if they keep their word, Holt said." reported 'A: Not if …'
            if ctx.lex.lang == "de" and a == s_start and ctx.text[a : a + 5] in ("Dass ", "Daß ") and c.first > lo \
                    and "," not in ctx.text[a:b]:  # (not a subject clause: "Dass X komme, sei ein gutes Zeichen")
                a += 5  # (round 28) a fronted content clause without its complementizer, as after the cue: "Dass der
                # Minister zurücktreten müsse, sagte der Sprecher"
            if ctx.lex.lang == "en" and c.kind == "verb" and a == s_start and b <= toks[c.first].start \
                    and not (c.last + 1 < hi and toks[c.last + 1].text == ",") and _en_fronted_adjunct_only(ctx, a, b):
                continue  # (round 48, enleft8) a fronted phrase of place or medium is no report: "In a letter, Smith
                # urged the president to resign." (reported 'In a letter'), "In his speech, Smith warned."; not before
                # a parenthetical source, whose clause goes on ("At one point, the source said, the man began …")
            if ctx.lex.lang == "en" and c.kind == "verb" and a == s_start and b <= toks[c.first].start \
                    and _en_fronted_participle_adjunct(ctx, a, b):
                continue  # (round 49, enleft10) a fronted participle of being asked or reached is no report: "Asked
                # whether she would filibuster, Lopez smiled.", "Speaking to reporters, Lopez smiled." (reported the
                # participle phrase); the report after the cue stays ("Asked about the vote, Lopez said she was …")
            if ctx.lex.lang == "en" and _after_purpose_that(ctx, a):
                continue  # a purpose or a result, no content: "insist on excellence … so that our children …"
            if ctx.lex.lang == "en" and ctx.text[a:b].split(" ", 1)[0].lower() in ctx.lex.adverbial_subordinators \
                    and ctx.text[b : b + 3].lstrip(", ")[:1] in ('"', "“", "‘"):
                continue  # the fronted clause of a quotation: 'stated that since this strike is different, "I am …"'
                # (round 22: the quotation is the report)
            need = min_words - 1 if min_words == MIN_INDIRECT_WORDS and (
                _after_complementizer(ctx, a) or _pronoun_clause(ctx, a, b)) else min_words
            if min_words == MIN_INDIRECT_WORDS and ctx.lex.lang == "de" and c.kind == "verb" and _de_zu_infinitive(ctx, a, b):
                need = 1  # (round 24) a short infinitive clause: "Merz drohte, Gelder einzufrieren", "…, zurückzutreten"
            if min_words == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" \
                    and toks[c.first].low in ctx.lex.request_verbs and ctx.text.startswith("to ", a):
                need = 2  # (round 39, enconv) a short infinitive clause: "urging colleagues to wait", "to rethink"
            if min_words == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" \
                    and toks[c.first].low in ctx.lex.infinitive_acts and a > toks[c.last].start \
                    and ctx.text.startswith("to ", a) and (k := next((x for x in range(c.last + 1, hi) if toks[x].start == a),
                                                                   None)) is not None \
                    and _en_commitment_infinitive(toks, ctx.lex, c, k, hi):
                need = 2  # (round 48, enacts2) a commitment's two-word infinitive: "Trump vowed to sue.", "He offered to
                # resign." (were no report; not a noun's "key campaign pledges to natives")
            if need == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" and a == s_start \
                    and b <= toks[c.first].start and _en_fronted_two_word_clause(ctx, c, a, b):
                need = 2  # (round 44, enleftovers3) a fronted subject and its past verb: "Stocks fell, traders said."
            if need == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" and a > toks[c.last].start \
                    and _en_two_word_clause_after(ctx, c, a, b):
                need = 2  # (round 46) the same after the cue, closing the sentence: "He said that prices rose.",
                # "The minister said inflation fell.", "Police said two died." (were no report)
            if need == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" and a > toks[c.last].start \
                    and _en_parenthetical_two_word_rest(ctx, c, a, b):
                need = 2  # (round 50, enleft16) the rest of a sentence split by a parenthetical attribution: "When the
                # book became a bestseller, she said, everything changed." (the part after ", she said," was lost)
            if need == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind in ("source_before", "source_after") \
                    and _en_according_two_word_clause(ctx, c, a, b, s_start):
                need = 2  # (round 48, enleft8) the same around "according to": "According to the ministry's figures,
                # unemployment rose.", "Prices rose, according to the ministry's data." (were no report)
            if ctx.lex.lang == "en" and c.kind == "verb" and _en_pronoun_relative_infinitive(ctx, c, a, lo):
                continue  # (round 48, enrel3) "The program for farmers he threatened to veto was popular." (was 'to veto
                # was popular'): a zero relative's object gap in the infinitive, as "The bill he threatened to veto …"
            if ctx.lex.lang == "en" and c.kind == "verb" and (cut := _en_subject_relative_cut(ctx, c, a, b, lo)) is not None:
                # (round 48, enleft4) a restrictive relative in the sentence's subject ends before the main verb: "The
                # plan that critics say is flawed passed." reports "is flawed" (was "is flawed passed"); no end found,
                # no report
                if cut <= a:
                    continue
                a, b = ctx.trim(a, cut)
                need = min(need, 2)
            if need == MIN_INDIRECT_WORDS and ctx.lex.lang == "en" and c.kind == "verb" \
                    and (n_rel := _en_object_relative_predicate(ctx, c, a, b)):
                need = n_rel  # (round 47, enobjrel) the predicate of an object relative: "The plan, which critics say
                # is flawed, passed.", "…, which critics say failed, …" (were no report)
            if ctx.lex.lang == "en" and _EN_POINTER_CONTENT.match(ctx.text, a, b) \
                    and ctx.text[b:s_end].rstrip().endswith(":"):
                continue  # (round 54, entranscript) the writer's pointer to an excerpt after its colon: "According to a
                # transcript of the hearing, the exchange went as follows:", "Here is part of the exchange, according to a
                # transcript released by the White House:" (were reports of the transcript)
            if ctx.lex.lang == "en" and ctx.text[a:b].split(" ", 1)[0].lower() in _EN_UNCOUNTED_WH:
                need += 1  # (round 25) the wh-word is not counted: "He wrote what he found" reports nothing; (round 47,
                # enquestions) nor "who"/"where"/"which"/"whom"/"whose"
            # (round 46, declauses) "mostly quoted" not for a one-word zu-infinitive (need 1, `_de_zu_infinitive`: no
            # word quoted): "Der Minister kündigte an, zurückzutreten." (was no report: one unquoted word)
            if ctx.words(a, b) < need or (min_words > 1 and need > 1 and ctx.mostly_quoted(a, b) and not (
                    ctx.lex.lang == "en" and c.kind == "verb" and _en_subject_quotation(ctx, c, a, b))) \
                    or ctx.all_quoted(a, b):
                continue  # (all quoted: the direct quote is the report: "erreichte laut DWD „katastrophale Ausmaße“")
            if ctx.lex.lang == "en" and c.kind == "verb" and a > toks[c.last].start \
                    and (cut := _en_summary_apposition(ctx, a, b, hi)) is not None:
                a, b = ctx.trim(a, cut)  # (round 53, en2left) see `_en_summary_apposition`
            if ctx.lex.lang == "en" and c.kind == "verb" and a > toks[c.last].start \
                    and (cut := _en_even_as_end(ctx, a, b, hi)) is not None:
                a, b = ctx.trim(a, cut)  # (round 53, en2left) see `_en_even_as_end`
            if ctx.lex.lang == "en" and c.kind == "verb" and _en_demonstrative_that(ctx, c, a, hi):
                a = toks[c.last + 1].start  # (round 53, en2left) "that" before a bare count noun and its verb is the
                # content's demonstrative: 'The press secretary said that question was "above my pay grade"' (was
                # 'question was …')
            if recorded.has(a, b):
                continue
            if ctx.lex.lang == "en" and c.kind == "verb" and attr is not None and attr.speaker is not None \
                    and a <= attr.speaker[0] and attr.speaker[1] <= b:
                continue  # (round 48, enacts2) no content holds its own speaker: "Kurt Volker, the former special envoy
                # to Ukraine, testified Tuesday." (the subject and its apposition were the report)
            if ctx.lex.lang == "en" and c.kind == "verb" and b <= toks[c.first].start and _en_vocative_content(ctx, a, b):
                continue  # (round 54, seedleft) an interjection and a vocative before the clause are no report: "Well,
                # Mr. Aliyev, Artsakh did not ask your permission." (was 'Well, Mr. Aliyev' -> Artsakh)
            if ctx.lex.lang == "en" and c.kind == "verb" and b <= toks[c.first].start and _en_listed_quotation_end(ctx, a, b, lo):
                continue  # (round 52, seedleft) a quoted sentence listed by the clause before its trailing cue is what the
                # cue reports: 'He listed demands, including "Stop the war now," he said.' (the clause was an indirect quote)
            ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None, latest=not outer)
            made = True
    # a speech act without a content clause is the sentence itself ("Die Polizei warnte vor Glätte");
    # when that sentence already holds the content an earlier cue reported ("He told media that …,
    # expressing criticism"), the content is the quote and the act adds no second span around it.
    # A report nested in the act stays inside it ("He accused Armenia of … that he claimed …").
    for c, a, b in acts:
        a, b = ctx.trim(a, b)
        cue_at = toks[c.first].start
        if ctx.words(a, b) < 1 or recorded.has(a, b) or any(
                r.sentence == si and a <= r.start and r.end <= b and r.attr is not None and r.attr.cue is not None
                and r.attr.cue[1] <= cue_at and not _de_relative_act_before(ctx, r, a, cue_at) for r in ctx.recs) or any(
                # the act's participle reports its content: "Flake issued a statement saying he would …"
                r.sentence == si and r.attr is not None and r.attr.cue is not None and b <= r.attr.cue[0]
                and ctx.text[b : r.attr.cue[0]].strip() in ("", "und") and c.act_until is None for r in ctx.recs) or (
                # (round 40, enlight) also without a comma, when the act ran over the participle right after its
                # document: "The ministry issued a statement saying the talks had been constructive" (two spans)
                (at := _light_document_participle(ctx, c, hi)) is not None and any(
                    r.sentence == si and r.attr is not None and r.attr.cue is not None and r.attr.cue[0] == at
                    for r in ctx.recs)) or (
                # (round 40, enstatements) a rejected report speaks through its participle: "The office denied two news
                # reports claiming that …" (the act wrapped the whole sentence)
                ctx.lex.lang == "en" and toks[c.first].low in ctx.lex.rebuttal_verbs and any(
                    r.sentence == si and r.attr is not None and r.attr.cue is not None and r.attr.speaker is not None
                    and toks[c.last].end <= r.attr.speaker[0] and r.attr.speaker[1] <= r.attr.cue[0]
                    and ctx.text[r.attr.speaker[1] : r.attr.cue[0]].strip() == ""
                    # the report's participle, not a relative clause's verb: "Moore denied knowing Leigh Corfman, who
                    # alleged she …" keeps its act (the merger, from the cross-check of enadded's pages)
                    and ctx.text[r.attr.cue[0] : r.attr.cue[1]].endswith("ing") for r in ctx.recs)) or any(
                # the act lies inside another cue's report before its trailing attribution: "Er habe nichts
                # angekündigt, sagte Pistorius" (round 21: the act wrapped the attribution too)
                r.sentence == si and r.attr is not None and r.attr.cue is not None and r.start <= cue_at < r.end
                and r.end <= r.attr.cue[0] for r in ctx.recs):
            # (German: a second cue of the same subject reports the content: "Lawrow sprach sich gegen das
            # Verbot aus und sagte, das Gesetz könne …")
            continue
        ctx.add(si, a, b, "INDIRECT_QUOTE", ctx.attribution(c), None)
        made = True
        semi = next((k for k in range(c.last + 1, hi) if toks[k].start >= b), None)
        if ctx.lex.lang == "de" and semi is not None and toks[semi].text == ";" and not toks[semi].quoted and semi + 2 < hi \
                and _de_konjunktiv_i_in(ctx, semi + 1, hi):
            # (round 28) a report in the Konjunktiv I after the act's semicolon goes on with its source: "Die Armee
            # bestätigte den Angriff; außer dem Attentäter sei niemand zu Schaden gekommen" (was lost)
            ra, rb = ctx.trim(toks[semi + 1].start, s_end)
            if ctx.words(ra, rb) >= MIN_INDIRECT_WORDS and not ctx.all_quoted(ra, rb):
                src = ctx.attribution(c)
                ctx.add(si, ra, rb, "INDIRECT_QUOTE", Attribution(src.name, src.speaker, None), None)
    if made and ctx.lex.lang == "de":
        _de_semicolon_report(ctx, si, lo, hi, s_end)
    return made


#: (round 53, en2left) English count nouns that take no bare singular subject: after "said that" they follow the
#: demonstrative "that" ("said that question was …", "said that plan would …"), not the complementizer
_EN_DEMONSTRATIVE_THAT_NOUNS = frozenset({
    "question", "plan", "idea", "decision", "claim", "proposal", "deal", "bill", "argument", "report", "statement",
    "story", "figure", "estimate", "move", "strategy", "comment", "request", "option", "scenario", "suggestion", "offer",
    "assessment", "characterization", "characterisation", "description", "notion", "theory", "comparison", "analogy",
    "promise", "threat", "number", "poll", "rumor", "rumour", "accusation", "allegation", "lawsuit", "ruling", "letter",
    "timeline", "deadline", "approach", "proposition", "narrative", "premise", "assumption",
    "amendment", "provision", "measure", "remark", "tweet", "video", "photo", "picture", "ad", "advert", "advertisement",
    "survey", "study", "memo", "vote", "candidate", "nominee", "quote", "line"})
#: (round 53, en2left) singular finite auxiliaries after such a noun ("that question was", "that plan would")
_EN_SINGULAR_AUXILIARIES = frozenset({
    "has", "had", "is", "was", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does",
    "isn't", "wasn't", "hasn't", "hadn't", "won't", "wouldn't", "couldn't", "shouldn't", "can't", "didn't", "doesn't",
    "isn’t", "wasn’t", "hasn’t", "hadn’t", "won’t", "wouldn’t", "couldn’t", "shouldn’t", "can’t", "didn’t", "doesn’t"})


#: (round 53, en2left) English nouns of a writer's apposition that sums up a report after its comma ("…, a post the
#: governor's aides quickly shared", "…, a claim the campaign denied")
_EN_SUMMARY_NOUNS = frozenset({"post", "remark", "claim", "comment", "message", "statement", "sentiment",
                               "charge", "assertion", "allegation", "characterization", "characterisation",
                               "tweet", "warning", "jab", "swipe", "dig", "boast"})

#: (round 54, entranscript) nouns of a sign in the writer's summing-up apposition ("…, a sign that …", "…, the clearest
#: signal yet that …")
_EN_SIGNAL_NOUNS = frozenset({"sign", "signal", "indication", "hint"})


#: (round 54, entranscript) a content that only points at an excerpt after its colon: "Here is part of the exchange",
#: "Below are excerpts", "the exchange went as follows", "the conversation went like this"
_EN_POINTER_CONTENT = re.compile(
    r"(?i:(?:here|below|following|these|this)\s+(?:is|are|was|were)\b[^.;:]*"
    r"|[^.;:]*\b(?:as\s+follows|like\s+this|(?:went|goes|unfolded|ran|read|reads)\s+(?:as\s+)?(?:follows|thus)))"
    r"[\s,]*$")


def _en_summary_apposition(ctx: QuoteContext, a: int, b: int, hi: int) -> int | None:
    """English (round 53, en2left): where a content ends before the writer's apposition that sums up the report after a
    comma (also one inside a closing quotation, American style): 'posted that Pritchett was "the only real conservative
    in the race," a post the governor's aides quickly shared' (the content ran over the apposition); else None."""
    toks = ctx.tokens
    k0 = bisect_right(ctx.starts, a)
    for k in range(k0 + 1, hi - 1):
        if toks[k].start >= b:
            return None
        if toks[k].text == "the" and k + 2 < hi and not toks[k + 1].quoted and not toks[k + 2].quoted \
                and (toks[k + 1].low.endswith("est") or toks[k + 1].low in ("latest", "first")) \
                and toks[k + 1].text == toks[k + 1].low and toks[k + 2].low in _EN_SIGNAL_NOUNS:
            pass  # (round 54, entranscript) "…, the clearest signal yet that she is weighing a campaign"
        elif toks[k].low not in ("a", "an") or toks[k].text != toks[k].low or toks[k].quoted \
                or (toks[k + 1].low not in _EN_SUMMARY_NOUNS and toks[k + 1].low not in _EN_SIGNAL_NOUNS) \
                or toks[k + 1].quoted:
            continue
        p = toks[k - 1]
        if any(t.text == "," and not t.quoted for t in toks[max(k0, k - 6) : k - 1]) and (
                toks[k + 1].low in _EN_SIGNAL_NOUNS or toks[k].text == "the"):
            continue  # (round 54, entranscript) a parenthetical's closing comma: "it was, in her view, a sign that …"
        if p.text == "," and not p.quoted:
            return p.start
        if p.quoted and not p.is_word and k - 2 > k0 and toks[k - 2].text == "," and toks[k - 2].quoted:
            return p.end  # (with the quotation's closing mark)
    return None


def _en_even_as_end(ctx: QuoteContext, a: int, b: int, hi: int) -> int | None:
    """English (round 53, en2left): where a content after its cue ends before the writer's contrast clause ", even as …"
    with a subject of its own: 'told supporters that she would not yield an inch, even as new polling suggested her lead
    had shrunk to low single digits' (ran over the clause when the clause was long; a short one was already cut)."""
    toks = ctx.tokens
    for k in range(bisect_right(ctx.starts, a), hi - 3):
        if toks[k].start >= b:
            return None
        if toks[k].text == "," and not toks[k].quoted and toks[k + 1].text == "even" and toks[k + 2].text == "as" \
                and not toks[k + 1].quoted and not toks[k + 2].quoted and toks[k + 3].is_word and not toks[k + 3].quoted:
            return toks[k].start
    return None


def _en_demonstrative_that(ctx: QuoteContext, c: Cue, a: int, hi: int) -> bool:
    """English (round 53, en2left): the content at char a follows the cue's "that" right away and opens with a bare
    singular count noun and a singular auxiliary, which lacks a subject unless "that" is its demonstrative: "said that
    question was above my pay grade", "argued that plan would fail" (the content starts at "that"). Not with a mass
    noun or a plural ("said that inflation was high", "said that plans were …": the complementizer)."""
    toks = ctx.tokens
    k = c.last + 1
    if k + 2 >= hi or toks[k].text != "that" or toks[k].quoted or toks[k + 1].start != a:
        return False
    n, v = toks[k + 1], toks[k + 2]
    return not n.quoted and n.text == n.low and n.low in _EN_DEMONSTRATIVE_THAT_NOUNS \
        and not v.quoted and v.text == v.low and v.low in _EN_SINGULAR_AUXILIARIES


def _de_semicolon_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> None:
    """German (round 50, dearticles3): a Konjunktiv-I clause after the semicolon that ends a report of sentence si goes
    on with that report's source, as a next sentence would: "Nach Angaben der Polizei blieb es friedlich; lediglich zwei
    Anhänger seien festgenommen worden", "Die Polizei sagte, es sei friedlich geblieben; zwei Anhänger seien …" (the
    second clause was lost; as after a speech act's semicolon since round 28)."""
    toks = ctx.tokens
    for r in [r for r in ctx.recs if r.sentence == si and r.label == "INDIRECT_QUOTE" and r.attr is not None
              and r.attr.name]:
        semi = next((k for k in range(lo, hi) if toks[k].start >= r.end), None)
        if semi is None or toks[semi].text != ";" or toks[semi].quoted or semi + 2 >= hi \
                or not _de_konjunktiv_i_in(ctx, semi + 1, hi):
            continue
        ra, rb = ctx.trim(toks[semi + 1].start, s_end)
        if ctx.words(ra, rb) < MIN_INDIRECT_WORDS or ctx.all_quoted(ra, rb) \
                or any(o.start < rb and ra < o.end for o in ctx.recs):
            continue
        ctx.add(si, ra, rb, "INDIRECT_QUOTE", Attribution(r.attr.name, r.attr.speaker, None), None)


#: German nouns of a question put to the speaker ("Auf die Frage, ob …", "Auf Fragen dazu, was …")
_DE_QUESTION_NOUNS = frozenset({"frage", "fragen", "nachfrage", "nachfragen"})


def _de_content_only_particle(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 36, g3): the cue's verb takes a particle of lex.content_only_separable here ("warf … ein"), not
    its other one ("warf … vor"): a cue only with a reported content, no speech act by itself ("Der Torwart warf den
    Ball ein" reported nothing; "warf dem Rat Untätigkeit vor" still does)."""
    toks, lex = ctx.tokens, ctx.lex
    only = lex.content_only_separable.get(toks[c.first].low)
    if lex.lang != "de" or not only:
        return False
    others = lex.separable.get(toks[c.first].low, frozenset()) - only
    return not any(toks[k].low in others and not toks[k].quoted and (k + 1 >= hi or not toks[k + 1].is_word)
                   for k in range(c.first + 1, hi))


def _de_attributive_negation(toks: list, x: int, hi: int) -> bool:
    """German (merge review, round 35): the negation at x belongs to an attribute before a noun, not to the verb: "Das
    berichtet das Handelsblatt unter Berufung auf nicht näher genannte Kreise" (w4's negated-act rule had dropped the
    report "Das")."""
    return any(toks[y].is_word and toks[y].text == toks[y].low and toks[y].low.endswith(DE_ADJECTIVE_ENDINGS)
               and toks[y + 1].is_cap and toks[y + 1].is_word for y in range(x + 1, min(x + 4, hi - 1)))


def de_negated_question(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """German: a negated cue whose content is an indirect question reports nothing ("Der Minister sagte
    nicht, wann die Reform kommt", "Er wollte nicht sagen, ob …", "Welches Versprechen er meint, sagte er
    nicht"); nor does a cue negated right before its content's comma ("bestätigte nicht, dass …")."""
    toks = ctx.tokens
    if c.kind != "verb" or c.speaker is None:
        return False

    def negation(a: int, b: int) -> bool:
        # (round 25: also a negated object, "Sarea gab keine Daten an, wann die Schiffe angegriffen wurden")
        return any(t.low in ("nicht", "nie", "niemals", "kein", "keine", "keinen", "keinerlei") and t.text == t.low
                   and not t.quoted for t in toks[a:b])

    if c.first - 1 > lo and toks[c.first - 1].text == "," and not toks[c.first - 1].quoted:
        # a trailing attribution after a fronted question (round 28: also after a preposition, "Auf welcher Basis er …")
        return not toks[lo].quoted and negation(c.first, hi) and (toks[lo].low in DE_QUESTION_OPENERS or (
            lo + 1 < c.first and toks[lo].low in ctx.lex.prepositions and toks[lo + 1].low.startswith("welch")))
    comma = next((k for k in range(c.last + 1, hi) if toks[k].text in {",", ":", ";"} and not toks[k].quoted), None)
    if comma is not None and comma + 1 < hi and toks[comma].text == "," and toks[c.first].low not in ctx.lex.negated_acts \
            and ((comma - 1 > c.last and toks[comma - 1].text == "nicht")
                 or (comma == c.last + 1 and c.first - 1 > lo and toks[c.first - 1].text == "nicht")):
        # (round 28) a cue negated right before its content: "Der Sprecher bestätigte nicht, dass …", "Er habe nicht
        # bemerkt, dass …"
        return True
    if comma is None or comma + 1 >= hi or toks[comma + 1].low not in DE_QUESTION_OPENERS or toks[comma + 1].quoted:
        return False
    start = min(c.first, c.speaker.first)
    return negation(start, comma)


def _de_colon_after_adjunct(toks: list, k: int, hi: int) -> bool:
    """German (round 50, dearticles5): a colon opening a quotation at token k, or after up to three words of an adjunct
    from k ("auf Portugiesisch:", "am Abend:")."""
    for x in range(k, min(hi, k + 4)):
        t = toks[x]
        if t.quoted:
            return False
        if t.text == ":":
            return x + 1 < hi and toks[x + 1].quoted
        if not t.is_word:
            return False
    return False


def _de_ownerless_source(ctx: QuoteContext, c: Cue) -> bool:
    """German: the noun source of cue c names no owner: "nach bisherigen Erkenntnissen", "nach ersten
    Angaben" (not "nach Angaben der Polizei", "nach Polizeiangaben", "nach seinen Angaben")."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if c.kind != "source_noun" or m is None or toks[m.end].low not in lex.source_nouns:
        return False
    return all(t.is_word and not t.quoted and (t.text == t.low or x == m.end) and t.low not in lex.determiners
               and t.low not in lex.own_words for x, t in enumerate(toks[m.first : m.end + 1], m.first))


def _de_condition_dass(ctx: QuoteContext, c: Cue, k: int, j: int) -> bool:
    """German (round 41, depronouns5): the complementizer at token k (after a comma) belongs to a noun of a condition
    before the comma, perhaps with the cue's separable particle after it ("kündigte Warnstreiks für den Fall an, dass
    …", "droht für den Fall, dass …, mit Streiks"; yaml `condition_nouns`): its clause is no content of the cue."""
    toks = ctx.tokens
    if toks[k].low not in ("dass", "daß"):
        return False
    n = k - 2
    if n > j and toks[n].text == toks[n].low and toks[n].low in ctx.lex.separable.get(toks[c.first].low, ()):
        n -= 1
    return n >= j and toks[n].is_cap and toks[n].low in ctx.lex.condition_nouns and not toks[n].quoted


#: German complementizers that open nothing but a content clause (English "that" and the question
#: words also open relative clauses and objects: "what he meant", "that this year")
_DE_CONTENT_COMPLEMENTIZERS = frozenset({"dass", "daß", "ob"})


def _en_parenthesised_source(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> tuple[int, int] | None:
    """English (round 48, auditcomments): the content of a source phrase inside brackets is what the brackets hold:
    "The mayor praised the budget (a plan that will fail according to critics) and left." reported "The mayor praised the
    budget (a plan that will fail" and ") and left"; "(according to critics, the plan will fail)" reported the words
    before the bracket too. None when the phrase is not alone in its brackets with a clause."""
    toks = ctx.tokens
    m = c.speaker
    if m is None:
        return None
    p = next((k for k in range(c.first - 1, lo - 1, -1) if toks[k].text in ("(", ")") and not toks[k].quoted), None)
    if p is None or toks[p].text != "(":
        return None
    e = max(c.last, m.end)
    q = next((k for k in range(e + 1, hi) if toks[k].text in ("(", ")") and not toks[k].quoted), None)
    if q is None or toks[q].text != ")":
        return None
    if q == e + 1 and p + 3 <= c.first:
        end = c.first - 1 if toks[c.first - 1].text == "," else c.first
        return (toks[p + 1].start, toks[end - 1].end) if p + 3 <= end else None
    if p + 1 == c.first:
        j = e + 2 if toks[e + 1].text == "," else e + 1
        return (toks[j].start, toks[q - 1].end) if j + 2 <= q else None
    return None


#: (round 40, enaccording) tokens of a source's bracketed short form: "(FDA)", "(NasdaqGS: WBD)", "(R-Texas)"
_EN_SHORT_BRACKET = 6


def _en_short_bracket_end(toks, j: int, hi: int) -> int | None:
    """English (round 40, enaccording): tokens from j are a short bracket right after a source ("According to the Food
    and Drug Administration (FDA), …"), closed before a comma or the sentence end: the index of its ")", else None."""
    if not (j + 2 < hi and toks[j].text == "(" and not toks[j].quoted):
        return None
    for k in range(j + 1, min(hi, j + _EN_SHORT_BRACKET + 2)):
        x = toks[k]
        if x.quoted or x.text in {"(", ",", ";", "."}:
            return None
        if x.text == ")":
            return k if k > j + 1 and (k + 1 >= hi or toks[k + 1].text in {",", "."}) else None
    return None


def _en_clause_after_source(ctx: QuoteContext, j: int, hi: int) -> bool:
    """English (round 40, enaccording): tokens from j, after a mid-sentence "according to <source>,", open a clause:
    an article and up to four nouns, or one to three capitalised words, then a finite verb (an auxiliary, or a past
    form before an object: "Last year, according to the complaint, the clinic implanted the wrong embryo", "During
    the raid, according to police, Smith fired …"); not a source's apposition with a participle ("a group founded
    in 2003", "the third released this year")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[j]
    if t.quoted or not t.is_word:
        return False
    if t.low in ("a", "an", "the") and t.text in ("a", "an", "the", "The", "A", "An"):
        k, reach, cap = j + 1, j + 5, False
    elif t.is_cap and t.low not in lex.pronouns and t.low not in lex.stopwords:
        k, reach, cap = j, j + 3, True
    else:
        return False
    n = k
    while k < hi and k < reach and toks[k].is_word and not toks[k].quoted and (toks[k].is_cap if cap else (
            toks[k].low not in lex.prepositions and toks[k].low not in lex.stopwords and toks[k].low not in lex.auxiliaries
            and toks[k].low not in ("who", "which", "that", "whose") and not _en_finite_verb(toks[k], lex))):
        k += 1
    if k == n or k + 1 >= hi or not _en_finite_verb(toks[k], lex) or toks[k].low in ("who", "which", "that"):
        return False
    if toks[k].low in lex.auxiliaries:
        return toks[k + 1].is_word and not toks[k + 1].quoted
    o = toks[k + 1]
    if o.quoted:
        return False
    if o.text in ("$", "£", "€") or o.text[:1].isdigit():
        return True  # an amount or a number: "wired $40,000", "fired 12 shots"
    return o.is_word and o.text == o.low and (o.low in ("a", "an", "the", "his", "her", "its", "their")
            or o.low in _EN_OBJECT_QUANTIFIERS
            or (o.low in lex.determiners and not (k + 2 < hi and toks[k + 2].low in _EN_ADJUNCT_TIME_NOUNS)))


#: quantifiers opening an object after a past verb ("fired two shots", "rebuked both lawyers")
_EN_OBJECT_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                                    "hundreds", "thousands", "millions", "both", "several", "many", "more", "some"})


#: nouns of time after "this"/"these": a participle's adjunct, no object ("released this year"); (merge review, round 41:
#: this set was named _EN_TIME_NOUNS and shadowed by the later set of that name, so round 40's rule never saw it)
_EN_ADJUNCT_TIME_NOUNS = frozenset({"year", "week", "month", "morning", "afternoon", "evening", "spring", "summer", "fall",
                                    "autumn", "winter", "weekend", "season", "quarter", "decade", "time"})


def _en_trailing_apposition(ctx: QuoteContext, j: int, hi: int) -> bool:
    """English: tokens[j:hi] are an apposition of a source to the sentence end ("a professor at the
    University of Chicago's Booth School of Business."): an article or a possessive, then no verb,
    pronoun, comma or quotation."""
    toks, lex = ctx.tokens, ctx.lex
    end = hi
    while end > j and not toks[end - 1].is_word and not toks[end - 1].quoted:
        end -= 1
    words = toks[j:end]
    if not words or len(words) > 16:
        return False
    # a bare role with its organisation: "…, according to Patrick Sheehan, director of the agency."; (round 36) also
    # after lower-case words: "…, assistant professor of biology."
    head = next((x for x in range(min(3, len(words) - 1)) if words[x].text == words[x].low and lex.is_title(words[x].text)
                 and words[x + 1].low in ("of", "at", "for") and all(t.is_word and t.text == t.low for t in words[:x])), None)
    if not (words[0].low in ("a", "an", "the") or words[0].low.endswith(("'s", "’s")) or head is not None):
        return False
    rel = next((x for x, t in enumerate(words) if t.low in ("who", "which", "that") and t.text == t.low), None)
    if rel is not None and rel >= 2 and len(words) <= 24 and not any(
            t.quoted or t.text in {",", ";", ":"} or t.low in lex.cue_verbs for t in words[rel:]):
        words = words[:rel]  # (round 26) a relative clause on it: "…, according to icasualties.org, a Web site that tracks …"
        if words[-1].text == "," and not words[-1].quoted:
            words = words[:-1]  # (round 36) after a comma: "…, according to Mara Dunn, professor of psychology, who led …"
    commas = [x for x, t in enumerate(words) if t.text == "," and not t.quoted]
    if commas and head is not None and commas[0] > head \
            and any(t.low in ("and", "or") and t.text == t.low for t in words[commas[-1] + 1 :]) and not any(
                t.quoted or t.text in {";", ":"} or t.low in lex.cue_verbs or t.low in lex.auxiliaries
                or t.low in lex.pronouns or t.low in ("who", "which", "that") for t in words):
        return True  # (round 36) a role with a listed field: "…, according to research by Mara Dunn, assistant professor
        # of molecular, cellular and developmental biology." (the apposition was the content's)
    return not any(t.quoted or t.text in {",", ";", ":"} or t.low in lex.cue_verbs or t.low in lex.auxiliaries
                   or t.low in lex.pronouns or t.low in ("who", "which", "that") for t in words)


def _after_purpose_that(ctx: QuoteContext, a: int) -> bool:
    """English: char a follows "so that", "such that" or "in order that"."""
    k = bisect_right(ctx.starts, a) - 1
    toks = ctx.tokens
    return 2 <= k < len(toks) and toks[k].start == a and toks[k - 1].low == "that" \
        and toks[k - 2].low in ("so", "such", "order") and not toks[k - 1].quoted


def _after_complementizer(ctx: QuoteContext, a: int) -> bool:
    """German: the content at char a opens right after "dass" or "ob" ("befürchtet, dass Stellen
    wegfallen"): two words are a whole clause there."""
    k = bisect_right(ctx.starts, a - 1) - 1
    return ctx.lex.lang == "de" and k >= 0 and ctx.tokens[k].low in _DE_CONTENT_COMPLEMENTIZERS \
        and not ctx.tokens[k].quoted


def _de_zu_infinitive(ctx: QuoteContext, a: int, b: int) -> bool:
    """German: the content a:b is a short infinitive clause after a comma, closed by "zu" and an infinitive or
    by an infinitive with "zu" inside ("Gelder einzufrieren", "zu helfen", "zurückzutreten")."""
    toks = ctx.span_tokens(a, b)
    words = [t for t in toks if t.is_word]
    if not words or len(words) > 2 or any(t.quoted for t in words):
        return False
    first = bisect_right(ctx.starts, a - 1)
    if first == 0 or ctx.tokens[first - 1].text != ",":
        return False
    last = words[-1]
    if last.text != last.low:
        return False
    if len(words) == 2 and words[0].text == "zu":
        return last.low.endswith(("en", "ern", "eln"))
    return bool(_DE_ZU_INFIX.fullmatch(last.low))


def _en_two_words(ctx: QuoteContext, a: int, b: int) -> tuple | None:
    """The content a:b as exactly two unquoted word tokens, else None (`_en_fronted_two_word_clause`,
    `_en_two_word_clause_after`)."""
    ts = ctx.span_tokens(a, b)
    if len(ts) != 2 or not ts[0].is_word or not ts[1].is_word or ts[0].quoted or ts[1].quoted:
        return None
    return ts[0], ts[1]


def _en_not_bare_subject(w, lex) -> bool:
    """The word w cannot be the bare subject of a two-word English clause: a function word, a subordinator, a time
    word, a listed non-noun or non-subject, a sentence adverb, an adverb in -ly or a participle in -ing/-ed
    (`_en_fronted_two_word_clause`, `_en_two_word_clause_after`)."""
    return w.low in lex.stopwords or w.low in lex.determiners or w.low in lex.prepositions \
        or w.low in lex.adverbial_subordinators or w.low in lex.not_subjects or w.low in lex.time_words \
        or w.low in lex.complementizers or w.low in lex.not_nouns or w.low in lex.subject_adverbs \
        or (w.low.endswith("ly") and w.low not in lex.ly_nouns) or w.low.endswith(("ing", "ed"))


def _en_past_form(low: str, lex) -> bool:
    """An English finite past: a listed past verb, or a word in -ed of more than four letters that is no listed
    adjective ("rose", "collapsed"; not "need", "retired")."""
    return low in lex.past_verbs or (low.endswith("ed") and len(low) > 4 and low not in lex.ed_adjectives)


def _en_two_word_past(low: str, lex) -> bool:
    """The verb of a two-word English clause (`_en_fronted_two_word_clause`, `_en_two_word_clause_after`): a past form
    (`_en_past_form`) or (round 46, enclauses) a short past in -ied: "Police said two died.", "She said Trump lied."
    (the four letters had failed the length test meant for "bed", "red", "need"); (round 46, enwhich) also before a
    trailing source: "Trump lied, Clinton said." (was no report)."""
    return _en_past_form(low, lex) or (len(low) == 4 and low.endswith("ied"))


#: (round 46, enwhich) counts that are the whole subject of a fronted two-word clause (`_en_fronted_two_word_clause`):
#: "Two died, police said.", "Dozens fled, officials said." (were no report: all quantifiers were left out;
#: the other quantifiers still are: "Most fled, …", "Both died, …")
_EN_COUNT_SUBJECTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                                "hundreds", "thousands", "many", "several"})


def _en_fronted_two_word_clause(ctx: QuoteContext, c: Cue, a: int, b: int) -> bool:
    """(round 44, enleftovers3) English: the fronted content a:b at the sentence start is a capitalised subject and its
    finite past verb, then a comma and the trailing source and cue: "Stocks fell, traders said.", "Talks collapsed,
    officials said." (two words are a whole clause there); not an adverb, a preposition, a subordinator, a time word
    or a participle phrase ("Once elected, he said …", "Last week, officials said …"), nor a quantifier other than a
    count (`_EN_COUNT_SUBJECTS`: "Two died, police said."); (round 46, enwhich) the source also inverted after its cue:
    "Two died, said police."."""
    lex = ctx.lex
    if (ws := _en_two_words(ctx, a, b)) is None:
        return False
    w0, w1 = ws
    if not w0.text[:1].isupper() or w0.text == w0.text.upper() or w1.text != w1.low:
        return False
    if _en_not_bare_subject(w0, lex) or (w0.low in lex.quantifiers and w0.low not in _EN_COUNT_SUBJECTS) \
            or not _en_two_word_past(w1.low, lex):
        return False
    k = bisect_left(ctx.starts, b)
    if k >= len(ctx.tokens) or ctx.tokens[k].text != "," or c.speaker is None:
        return False
    # (round 46, enwhich) also inverted: "Two died, said police." (was no report)
    return c.speaker.first == k + 1 or (c.first == k + 1 and c.speaker.first == c.last + 1)


def _en_two_word_clause_after(ctx: QuoteContext, c: Cue, a: int, b: int) -> bool:
    """(round 46) English: the content a:b follows the cue right away or after its "that", and is a subject word and
    its finite past verb that close the sentence: "He said that prices rose.", "She said Trump lied.", "Police said
    two died." (two words are a whole clause there, as before a trailing source in `_en_fronted_two_word_clause`);
    the subject no pronoun (`_pronoun_clause`), article, preposition, time word ("said Monday ended"), adverb, listed
    non-noun ("said nothing changed") or word in -ing/-ed (`_en_not_bare_subject`), nor all capitals of two or more
    characters; the verb in lower case."""
    lex = ctx.lex
    if (ws := _en_two_words(ctx, a, b)) is None:
        return False
    between = ctx.text[ctx.tokens[c.last].end : a].strip()
    if between not in ("", "that") and not _en_two_word_gap(ctx, c, between):
        return False
    w0, w1 = ws
    if w1.text != w1.low or (w0.text == w0.text.upper() and len(w0.text) > 1):
        return False
    if _en_not_bare_subject(w0, lex) or w0.low in lex.pronouns:
        return False
    if not _en_two_word_past(w1.low, lex) and not _en_plural_present(w0, w1, lex):
        return False
    k = bisect_left(ctx.starts, b)
    # (round 47, enheadlines2) also closing its line with no stop, as a headline does above its lead: "Minister says
    # talks failed\n\nForeign Minister …" (was no report when any line followed)
    return k >= len(ctx.tokens) or ctx.tokens[k].text in {".", "!", ";"} or "\n" in ctx.text[b : ctx.tokens[k].start]


#: (round 50, enleft16) pronouns in -thing, subjects though they end like a participle ("…, she said, everything changed.")
_EN_THING_PRONOUNS = frozenset({"everything", "nothing", "something", "anything"})


def _en_two_word_rest(ctx: QuoteContext, k: int, hi: int) -> bool:
    """(round 50, enleft16) English: tokens k, k+1 are a lower-case subject word and its past verb, and the sentence ends
    after them ("everything changed.", "nobody came.", "it worked.")."""
    toks, lex = ctx.tokens, ctx.lex
    if k + 2 >= hi + 1 or k + 1 >= len(toks):
        return False
    w0, w1 = toks[k], toks[k + 1]
    if not (w0.is_word and w1.is_word) or w0.quoted or w1.quoted or w0.text != w0.low or w1.text != w1.low:
        return False
    if w0.low in lex.determiners or w0.low in lex.prepositions or w0.low in lex.complementizers \
            or w0.low in lex.adverbial_subordinators or w0.low in lex.coordinators or w0.low in lex.auxiliaries \
            or w0.low in lex.negations or w0.low in ("then", "which", "who", "so") \
            or (w0.low.endswith(("ly", "ing", "ed")) and w0.low not in _EN_THING_PRONOUNS):
        return False
    if not _en_two_word_past(w1.low, lex):
        return False
    return k + 2 >= hi or (toks[k + 2].text in {".", "!"} and not toks[k + 2].quoted and k + 3 >= hi)


def _en_parenthetical_two_word_rest(ctx: QuoteContext, c: Cue, a: int, b: int) -> bool:
    """(round 50, enleft16) English: the cue and its subject stand between commas inside the sentence (", she said,")
    after some words, and the content a:b after the second comma is a subject word (a pronoun or "everything" too) and
    its lower-case past verb closing the sentence: the rest of the reported sentence ("When the book became a
    bestseller, she said, everything changed.", "…, he said, it worked.")."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if (ws := _en_two_words(ctx, a, b)) is None or m is None or m.end >= c.first or m.first < 2:
        return False
    if toks[m.first - 1].text != "," or toks[m.first - 1].quoted or not toks[m.first - 2].is_word:
        return False
    if ctx.text[toks[c.last].end : a].strip() != ",":
        return False
    w0, w1 = ws
    if w1.text != w1.low or not _en_two_word_past(w1.low, lex) or w0.low in lex.determiners \
            or w0.low in lex.prepositions or w0.low in lex.complementizers or w0.low in lex.adverbial_subordinators \
            or w0.low.endswith(("ly", "ing", "ed")) or w0.low in ("and", "but", "or", "so", "then", "which", "who"):
        return False
    k = bisect_left(ctx.starts, b)
    return k >= len(toks) or toks[k].text in {".", "!", ";"}


def _en_fronted_participle_adjunct(ctx: QuoteContext, a: int, b: int) -> bool:
    """(round 49, enleft10) English: the fronted content a:b at the sentence start opens with a capitalised participle of
    being asked or reached (`fronted_participle_adjuncts`: "Asked whether …", "Pressed on …", "Reached by phone") or,
    with no auxiliary after it, of speaking (`fronted_ing_adjuncts`: "Speaking to reporters"), and a word follows it:
    an adjunct of the main clause, whose subject does the asking's answer, no content of its verb."""
    lex = ctx.lex
    every = ctx.span_tokens(a, b)
    ts = [t for t in every if t.is_word]
    if len(ts) < 2 or every[0] is not ts[0] or ts[0].quoted or not ts[0].is_cap or ts[0].text == ts[0].text.upper() \
            or any(t.text in (":", "]", ")", ";", "?", "!") or t.quoted for t in every):
        return False  # (a bracketed question before the answer: "[Asked whether he would resign:] I will not …")
    if ts[0].low in lex.fronted_participle_adjuncts:
        return ts[1].text == ts[1].low
    return ts[0].low in lex.fronted_ing_adjuncts and ts[1].text == ts[1].low \
        and not any(t.low in lex.auxiliaries for t in ts[1:])


def _en_fronted_adjunct_only(ctx: QuoteContext, a: int, b: int) -> bool:
    """(round 48, enleft8) English: the fronted content a:b is a prepositional phrase alone, no clause: a preposition, an
    optional article or possessive pronoun and one or two lower-case words, optionally a second such phrase after "to",
    "of" or "with" whose words may be capitalised ("In a letter", "In his speech", "In a letter to Congress"; not "In
    Syria the war continued", "Across the region prices rise")."""
    lex = ctx.lex
    ts = ctx.span_tokens(a, b)
    if not ts or any(t.quoted or not t.is_word for t in ts) or ts[0].low not in lex.prepositions:
        return False
    i, n = 1, len(ts)

    def phrase(i: int, caps: bool) -> int | None:
        if i < n and (ts[i].low in ("a", "an", "the", "his", "her", "their", "its", "our", "my", "your")):
            i += 1
        k = i
        while k < n and k - i < 2 and (ts[k].text == ts[k].low or caps and ts[k].is_cap) \
                and ts[k].low not in lex.prepositions and ts[k].low not in lex.auxiliaries \
                and ts[k].low not in lex.past_verbs and ts[k].low not in lex.stopwords:
            k += 1
        return k if k > i else None

    if (i := phrase(i, False)) is None:
        return False
    if i < n and ts[i].low in ("to", "of", "with") and (i := phrase(i + 1, True)) is None:
        return False
    return i == n


def _en_according_two_word_clause(ctx: QuoteContext, c: Cue, a: int, b: int, s_start: int) -> bool:
    """(round 48, enleft8) English: the content a:b of an "according to" source is a subject word and its finite past
    verb (as in `_en_two_word_clause_after`), either after the source and its comma, closing the sentence ("According
    to the ministry's figures, unemployment rose."), or opening the sentence right before the comma and the source
    ("Prices rose, according to the ministry's data.")."""
    lex, toks = ctx.lex, ctx.tokens
    if toks[c.first].low != "according" or (ws := _en_two_words(ctx, a, b)) is None:
        return False
    w0, w1 = ws
    if w1.text != w1.low or (w0.text == w0.text.upper() and len(w0.text) > 1):
        return False
    if _en_not_bare_subject(w0, lex) or w0.low in lex.pronouns:
        return False
    if not _en_two_word_past(w1.low, lex) and not _en_plural_present(w0, w1, lex):
        return False
    if a == s_start and b <= toks[c.first].start:
        return ctx.text[b : toks[c.first].start].strip() == ","
    if a <= toks[c.last].start or not ctx.text[toks[c.last].end : a].rstrip().endswith(","):
        return False
    k = bisect_left(ctx.starts, b)
    return k >= len(toks) or toks[k].text in {".", "!", ";"}


def _en_plural_present(w0, w1, lex) -> bool:
    """(round 48, encomments2) English: a plural subject in -s and a bare verb of `plural_clause_verbs` are a two-word
    clause (`_en_two_word_clause_after`): "You said that Armenians lie.", "He claimed that prices rise." (only a past
    form counted: "prices rose"); not a word in -ss/-us/-is/-'s nor one of three letters or fewer."""
    return w1.low in lex.plural_clause_verbs and len(w0.low) > 3 and w0.low.endswith("s") \
        and not w0.low.endswith(("ss", "us", "is", "'s", "’s"))


def _en_comma_relative_speaker(toks, m, whose: bool = True) -> bool:
    """English: the speaker m is the subject of a non-restrictive relative clause, after its pronoun (", which Democrats
    say …", ", whose lawyer said …"; (round 47, enobjrel) also ", who police said …": "Smith, who police said was armed,
    was arrested." ran over the main clause); `whose` False: an object relative only."""
    return m.first - 2 >= 0 and toks[m.first - 1].low in ("which", "whom", "who") + (("whose",) if whose else ()) \
        and toks[m.first - 1].text == toks[m.first - 1].low and toks[m.first - 2].text == "," and not toks[m.first - 2].quoted


def _en_object_relative_predicate(ctx: QuoteContext, c: Cue, a: int, b: int) -> int:
    """(round 47, enobjrel) English: the content a:b right after the cue of a non-restrictive object relative (", which
    critics say", ", who police said") is its predicate up to the clause's closing comma, the relative's head its
    understood subject: an auxiliary or a past verb and one word ("The plan, which critics say is flawed, passed.",
    "…, which engineers warned was unsafe, …", "…, which analysts said would fail, …", "…, which officials said
    contained errors, …") or a lone past verb ("…, which critics say failed, …"). Returns the words needed (2 or 1),
    else 0."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or m.kind == "relative" or not m.first < c.first:
        return 0
    final = _en_final_restrictive_relative(ctx, c, m)
    if not final and not _en_comma_relative_speaker(toks, m, False):
        return 0
    if c.last + 1 >= len(toks) or (toks[c.last + 1].start != a and not (  # (round 50, enleft16) or after the cue's time
            (e := _en_relative_gap_time_end(ctx, c, c.last + 1, len(toks))) is not None and toks[e].start == a)):
        return 0
    ts = ctx.span_tokens(a, b)
    k = bisect_left(ctx.starts, b)
    if not ts or len(ts) > 2 or k >= len(toks) or toks[k].text != ("." if final else ",") or toks[k].quoted \
            or any(not t.is_word or t.quoted or t.text != t.low for t in ts):
        return 0
    if len(ts) == 2:
        return 2 if (ts[0].low in lex.auxiliaries or _en_two_word_past(ts[0].low, lex)) \
            and ts[1].low not in lex.stopwords else 0
    return 1 if _en_two_word_past(ts[0].low, lex) else 0


#: (round 48, entweets3) words that open a clause after an addressee with a demonstrative "that" ("told that reporter
#: the bridge was safe")
_EN_ADDRESSEE_CLAUSE_DETS = frozenset({"the", "his", "her", "their", "our", "my", "its"})


def _en_bare_addressee(t, lex) -> bool:
    """(round 48, entweets3) t may be a one-word addressee noun after a demonstrative "that": lower case, no function
    word, pronoun, auxiliary, cue verb or finite verb form ("reporter", "guy", "officer")."""
    w = t.low
    return not t.quoted and t.text == w and w.isalpha() and len(w) > 2 and w not in lex.stopwords \
        and w not in lex.pronouns and w not in lex.auxiliaries and w not in lex.cue_verbs and w not in lex.determiners \
        and w not in lex.prepositions and w not in lex.negations and not _en_finite_verb(t, lex) \
        and not w.endswith(("ly", "ed", "ing"))


#: (round 48, enleft4) relative pronouns of a restrictive object relative before its subject and cue ("The plan that
#: critics say is flawed …", "The man who police say fired …")
_EN_RESTRICTIVE_RELATIVES = frozenset({"that", "who", "whom", "which"})


def _en_final_restrictive_relative(ctx: QuoteContext, c: Cue, m) -> bool:
    """(round 48, enrel2) English: the cue's subject m opens a restrictive relative ("that"/"who" right before it) on a
    lower-case noun that is the object of the main clause, and the relative closes the sentence ("Lawmakers passed a
    plan that critics say is flawed.", "Police arrested a man who witnesses say was armed."): its short predicate is
    a report, as for ", which critics say is flawed,"."""
    toks, lex = ctx.tokens, ctx.lex
    r = m.first - 1
    if r - 2 < 0 or m.end + 1 != c.first or m.last - m.first > 2 or toks[m.first].low in _EN_RESTRICTIVE_RELATIVES:
        return False
    # (round 48, enrel4) a subject pronoun as the relative's subject: "Police arrested a man (who) they say fired the
    # shots." (reported nothing)
    pro = m.first == m.end and toks[m.first].low in ("he", "she", "they", "we") and toks[m.first].text == toks[m.first].low
    if toks[r].low in ("that", "who") and toks[r].text == toks[r].low and not toks[r].quoted:
        h = toks[r - 1]
    elif toks[r - 1].low in ("a", "an", "the") and toks[r - 1].text == toks[r - 1].low and toks[r].is_word \
            and not toks[r].low.endswith("s") and toks[r].low not in _EN_CLAUSE_TIME_NOUNS \
            and toks[r].low not in lex.time_words and toks[r - 2].is_word and toks[r - 2].text == toks[r - 2].low \
            and (toks[m.first].is_cap or toks[m.last].low.endswith("s") or toks[m.last].low == "police" or pro) \
            and en_relative_gap_after(ctx, c):
        h = toks[r]  # (round 48, enrel3) a zero relative on the main clause's object: "Lawmakers passed a plan critics
        # say is flawed.", "Police arrested a man witnesses say was armed." (reported nothing)
    else:
        return False
    return h.is_word and not h.quoted and h.text == h.low and h.low not in lex.stopwords and h.low not in lex.cue_verbs \
        and h.low not in lex.prepositions and not h.low.endswith(("ly", "ed", "ing")) \
        and (pro or all(t.is_word and not t.quoted and t.low not in lex.pronouns for t in toks[m.first : m.end + 1]))


def _en_pronoun_relative_infinitive(ctx: QuoteContext, c: Cue, a: int, lo: int) -> bool:
    """(round 48, enrel3) English: the cue's subject is a pronoun right after a lower-case noun inside the sentence (a
    zero relative on that noun: "The program for farmers he threatened to veto was popular."), and the content right
    after the cue is an infinitive whose object is the relative's gap, a finite verb after it (`en_relative_gap_after`)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or m.kind != "pronoun" or m.first != m.end or m.end + 1 != c.first or m.first - 2 < lo \
            or toks[m.first].low not in _EN_GAP_SUBJECTS or toks[m.first].text != toks[m.first].low \
            or c.last + 1 >= len(toks) or toks[c.last + 1].start != a or toks[c.last + 1].text != "to":
        return False
    h = toks[m.first - 1]
    return h.is_word and not h.quoted and h.text == h.low and h.low not in lex.stopwords and h.low not in lex.cue_verbs \
        and h.low not in lex.prepositions and h.low not in lex.time_words and h.low not in _EN_CLAUSE_TIME_NOUNS \
        and not h.low.endswith(("ly", "ed", "ing")) and en_relative_gap_after(ctx, c)


def _en_object_relative_act(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """(round 48, enrel3) English: the act cue c is the verb of a restrictive relative on a lower-case noun whose gap is
    the act's object ("The deal that officials announced on Monday collapsed.", "Lawmakers rejected the deal officials
    announced on Monday.", "The measures the minister announced will cost billions."): no speech act with the sentence
    as its content (was the whole sentence). After the cue only a time or place adjunct, the main clause's verb or the
    sentence's end, no object of its own."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if c.kind != "verb" or m is None or m.kind == "relative" or m.end + 1 != c.first \
            or toks[c.first].text != toks[c.first].low or any(t.quoted for t in toks[max(lo, m.first - 2) : c.last + 1]):
        return False
    s = m.first
    r = toks[s - 1] if s - 2 >= lo else None
    if r is not None and r.low in ("that", "which") and r.text == r.low:
        h = toks[s - 2]
    elif r is not None and r.is_word and r.text == r.low and toks[s - 2].low in lex.determiners and toks[s - 2].low not in lex.pronouns \
            and r.low not in lex.time_words and r.low not in _EN_CLAUSE_TIME_NOUNS:
        h = r  # a zero relative: "The measures the minister announced …"
    else:
        x = next((x for x in (s + 2, s + 3) if x <= m.last and en_zero_relative_head(toks, s, x, lex) and (
            toks[x].is_cap or toks[x].low == "the" or toks[m.last].low.endswith("s") or toks[m.last].low == "police")), None)
        if x is None or not ((s == lo and _en_main_verb_after(ctx, c.last + 1, hi)) or (
                s - 1 >= lo and toks[s - 1].text == toks[s - 1].low and _en_past_form(toks[s - 1].low, lex) and toks[s - 1].low not in lex.bare_complement_verbs)):
            return False
        h = toks[x - 1]  # the mention ran over the head: "The deal officials announced …", "rejected the deal officials
        # announced …"
    if not h.is_word or h.text != h.low or h.low in lex.stopwords or h.low in lex.cue_verbs or h.low in lex.prepositions \
            or h.low.endswith(("ly", "ing")):
        return False
    k = c.last + 1
    if k >= hi:
        return True
    t = toks[k]
    if t.text in {".", "!", ";", ","}:
        return True
    if t.text == t.low and (t.low in lex.prepositions or t.low in lex.time_words) or t.low in ("last", "this", "next", "earlier"):
        return True  # a time or place adjunct: "… announced on Monday", "… announced last week"
    return t.is_word and t.text == t.low and (t.low in _EN_FINITE_STARTS or _en_past_form(t.low, lex))


def _en_main_verb_after(ctx: QuoteContext, k: int, hi: int) -> bool:
    """(round 48, enrel3) English: after a short time adjunct (or none) from token k, a lower-case finite verb, an
    auxiliary or a past form, follows ("… announced on Monday collapsed", "… announced last week will …")."""
    toks, lex = ctx.tokens, ctx.lex
    end = min(hi, k + 5)
    while k < end:
        t = toks[k]
        if t.quoted or not t.is_word:
            return False
        if t.text == t.low and (t.low in _EN_FINITE_STARTS or _en_past_form(t.low, lex)) \
                and not (k > 0 and toks[k - 1].text == toks[k - 1].low and toks[k - 1].low in lex.prepositions):
            return True
        if not (t.low in lex.time_words or t.low in _EN_CLAUSE_TIME_NOUNS or t.low in lex.prepositions
                or t.low in ("last", "this", "next", "earlier") or t.is_cap or t.text.isdigit()):
            return False
        k += 1
    return False


def _en_final_relative_closes(ctx: QuoteContext, j: int, hi: int) -> bool:
    """(round 48, enrel3) English: the past verb at j opens a relative's predicate that closes the sentence, no other
    finite verb, comma or quotation after it ("… who witnesses said fired the shots.")."""
    toks, lex = ctx.tokens, ctx.lex
    for k in range(j + 1, hi):
        t = toks[k]
        if t.quoted or t.text in {",", ";", ":", "(", "-", "–", "—"}:
            return False
        if t.text in {".", "!"}:
            return k + 1 == hi
        if t.text == t.low and (t.low in _EN_FINITE_STARTS or t.low in lex.cue_verbs or t.low in ("that", "who", "which")):
            return False
    return True


#: (round 50, enleft15) the finite forms of "do" (`_EN_FINITE_STARTS`; no clause starters after a cue elsewhere)
_EN_DO_FORMS = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
_EN_FINITE_STARTS = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might",
                               "has", "have", "had", "must",
                               # (round 50, enleft15) "do" too: "The plan that critics say does not work passed." reports
                               # 'does not work' as "… say is flawed …" reports 'is flawed' (was nothing)
                               *_EN_DO_FORMS})


#: (round 48, enrel2) subject pronouns of a clause with an object gap inside a relative ("the bill he said he would sign")
_EN_GAP_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})
#: (round 48, enrel2) time nouns that open a clause before its subject without being a relative's head ("This week he
#: said …", "Last year officials said …")
_EN_CLAUSE_TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "day", "night", "morning", "afternoon", "evening",
                                   "time", "spring", "summer", "fall", "autumn", "winter", "season", "decade", "century"})


def en_zero_relative_head(toks: list, lo: int, s: int, lex) -> bool:
    """(round 48, enrel2) English: tokens lo:s are a relative's head without a relative pronoun opening the sentence,
    a determiner and one or two lower-case words ending in a noun ("The money officials believe was stolen …", "The man
    police say fired …", "The bill Trump threatened to veto …"); not a time phrase ("This week officials said")."""
    head = toks[lo:s]
    if not 2 <= len(head) <= 3 or head[0].low not in lex.determiners or head[0].low in ("his", "her", "its", "their", "our"):
        return False
    last = head[-1]
    return all(x.is_word and not x.quoted and x.text == x.low and x.low not in lex.stopwords and x.low not in lex.cue_verbs
               and x.low not in lex.prepositions and x.low not in lex.time_words and x.low not in _EN_CLAUSE_TIME_NOUNS
               and x.low not in lex.auxiliaries and x.low not in lex.pronouns for x in head[1:]) \
        and not last.low.endswith(("ly", "ing", "ed")) and len(last.low) > 2


def en_relative_gap_after(ctx: QuoteContext, c: Cue) -> bool:
    """(round 48, enrel2) English: what follows cue c lacks a part, as a relative clause's report does: its subject (an
    auxiliary, or a past verb before its object: "police say fired the shots", "officials believe was stolen"), the
    infinitive's object ("Trump threatened to veto passed …", "to veto and …"), or the object of a clause with its own
    subject ("Obama said he would sign passed …")."""
    toks, lex = ctx.tokens, ctx.lex
    j = c.last + 1
    if j + 1 >= len(toks) or any(t.quoted for t in toks[j : j + 2]):
        return False
    t, n = toks[j], toks[j + 1]
    if t.text != t.low and t.text != "I":
        return False
    if t.low in _EN_FINITE_STARTS:
        return True
    if t.low == "to":
        return j + 2 < len(toks) and n.is_word and n.text == n.low and not toks[j + 2].quoted and (
            toks[j + 2].text in (",", ".", ";") or toks[j + 2].low in ("and", "or", "but")
            or (toks[j + 2].text == toks[j + 2].low and (toks[j + 2].low in _EN_FINITE_STARTS or _en_past_form(toks[j + 2].low, lex))))
    if _en_past_form(t.low, lex):
        return n.low in lex.determiners or n.low in lex.prepositions or n.low in ("him", "her", "them", "it", "his", "their")
    if t.low in _EN_GAP_SUBJECTS and n.low in _EN_FINITE_STARTS:
        k = j + 2
        while k < len(toks) and k < j + 5 and toks[k].is_word and toks[k].text == toks[k].low and (
                toks[k].low in lex.auxiliaries or toks[k].low in lex.negations or toks[k].low in ("be", "been", "have")):
            k += 1
        return k + 1 < len(toks) and toks[k].is_word and toks[k].text == toks[k].low and not toks[k + 1].quoted \
            and toks[k + 1].text == toks[k + 1].low and (toks[k + 1].low in _EN_FINITE_STARTS or _en_past_form(toks[k + 1].low, lex))
    return False


def _en_subject_relative_cut(ctx: QuoteContext, c: Cue, a: int, b: int, lo: int) -> int | None:
    """(round 48, enleft4) English: the cue closes a restrictive relative without commas ("that critics say") inside the
    sentence's subject, a short noun phrase opening the sentence ("The plan that critics say is flawed passed."), so
    its content a:b runs on into the main predicate. Returns where the relative's predicate ends (before the first
    auxiliary or past verb after a word that is no auxiliary: "is flawed" | "passed", "saved his life" | "is expensive",
    "could harm children" | "was approved"), a (no report) when no such verb is found, else None (not this shape)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or m.kind == "relative" or m.end + 1 != c.first or m.first - 2 < lo:
        return None
    inner = False
    k = next((k for k in range(m.first - 2, max(lo, m.first - 8) - 1, -1) if toks[k].quoted or not toks[k].is_word
              or (toks[k].text == toks[k].low and toks[k].low in lex.bare_complement_verbs)), None)
    if k is not None and k > lo and not toks[k].quoted and toks[k].is_word and toks[k].low not in lex.addressee_verbs:
        # (round 48, enleft9) the relative in the subject of an outer say-verb's clause, "that" or none after it: "Smith
        # said the officer who he said saved his life was a hero." (the inner report ran on to 'was a hero')
        lo, inner = k + 1 + (toks[k + 1].low == "that" and toks[k + 1].text == "that"), True
        if m.first - 2 < lo:
            return None
    r = m.first - 1
    if toks[r].low not in _EN_RESTRICTIVE_RELATIVES or toks[r].text != toks[r].low or toks[r].quoted:
        if not en_zero_relative_head(toks, lo, m.first, lex):
            return None
        if not en_relative_gap_after(ctx, c):
            return None
        r = m.first  # (round 48, enrel2) a zero relative: "The money officials believe was stolen has not been …"
    head = toks[lo:r]  # (at least one word: r > lo)
    if len(head) > 4 or not (toks[lo].low in lex.determiners or toks[lo].is_cap) or any(
            not x.is_word or x.quoted or x.low in lex.auxiliaries or x.low in lex.cue_verbs or x.low in lex.pronouns
            or x.low in lex.prepositions or (x.low.endswith("ed") and not (i > 0 and head[i - 1].low in lex.determiners))
            for i, x in enumerate(head)):
        return None
    if c.last + 1 >= len(toks) or (toks[c.last + 1].start != a and not (  # (round 50, enleft16) or after the cue's time
            (e := _en_relative_gap_time_end(ctx, c, c.last + 1, len(toks))) is not None and toks[e].start == a)):
        return None
    ts = ctx.span_tokens(a, b)
    if ts and ts[0].low == "to" and ts[0].text == "to" and not ts[0].quoted:
        return a  # (round 48, enrel2) the relative's object gap is in the infinitive: "The bill that Trump threatened to
        # veto passed the Senate." reports nothing (was 'to veto passed the Senate')
    st = 0
    if len(ts) > 2 and ts[0].low in _EN_GAP_SUBJECTS and ts[0].text in (ts[0].low, "I") and ts[1].low in _EN_FINITE_STARTS:
        st = 1  # (round 48, enrel2) the object gap in a clause with its own subject: "The bill Obama said he would sign
        # passed the House." reports 'he would sign'
    if not ts or not ts[st].is_word or ts[st].text != ts[st].low or not (
            ts[st].low in _EN_FINITE_STARTS or _en_past_form(ts[st].low, lex) or ts[st].low.endswith("s")):
        return None  # the relative's predicate must open the content ("is flawed", "saved", "violates")
    for x in range(st + 1, len(ts)):
        t, p = ts[x], ts[x - 1]
        if not t.is_word or t.quoted or t.text != t.low:
            if t.text in {",", ";", ":"} and not t.quoted:
                return a
            continue
        if p.low in lex.auxiliaries or p.low in lex.determiners or p.low == "to" or p.low.endswith("ly") \
                or not p.is_word or p.low in lex.negations:
            continue
        if t.low in _EN_FINITE_STARTS or _en_past_form(t.low, lex):
            return t.start
    return None if inner else a  # (an inner relative closing its clause is left: "… said he met the officer who he
    # said saved his life.")


#: (round 46, enclauses) words of a time adjunct between a cue and its two-word content: "said late Tuesday that …"
_EN_GAP_TIME_WORDS = frozenset({"on", "late", "early", "earlier", "last", "this", "week", "night", "morning", "evening"})


def _en_two_word_gap(ctx: QuoteContext, c: Cue, between: str) -> bool:
    """(round 46, enclauses) The words between a cue and its two-word content (`_en_two_word_clause_after`) are a day
    or a time adjunct, with or without "that" ("He said Monday prices rose.", "Police said late Friday that two
    died."), or an addressee before "that" ("He told reporters that prices rose.", "She told CNN that Trump lied.")."""
    words = between.split()
    addressee = ctx.tokens[c.first].low in ctx.lex.addressee_verbs
    if len(words) >= 3 and words[0] == "," and words[-1] == "that" and words[-2].endswith(",") \
            and len(words) <= 8 and all(w.rstrip(",").isalpha() for w in words[1:-1]) \
            and sum(w.endswith(",") for w in words[1:-1]) == 1:
        return True  # (round 51, enleft18) a parenthetical between commas before "that": "Smith said, when asked, that
        # prices fell.", "She said, in a statement, that profits rose." (reported nothing)
    if words and words[-1] == "that":
        words = words[:-1]
        if words and len(words) <= 4 and addressee \
                and all(w.replace("'", "").replace("’", "").isalnum() for w in words):
            return True
        if 3 <= len(words) <= 6 and words[0] in ("in", "on") and any(w in ctx.lex.medium_nouns for w in words) \
                and all(w.isalpha() for w in words):
            return True  # (round 47, enend) the cue's medium before "that": "The company said in a filing that profits fell."
    elif words and len(words) <= 3 and addressee \
            and (words[-1] in _EN_ADDRESSEE_NOUNS or (words[-1][:1].isupper() and words[-1].isalpha())) \
            and all(w.isalpha() and (w in _EN_ADDRESSEE_NOUNS or w[:1].isupper() or w == "the") for w in words):
        return True  # (round 46, enparen2) also with no "that": "He told reporters prices rose.", "told Reuters inflation rose"
    return bool(words) and len(words) <= 3 and any(w.lower() in ctx.lex.time_words for w in words) \
        and all(w.lower() in ctx.lex.time_words or w in _EN_GAP_TIME_WORDS for w in words)


#: (round 48, auditcomments) clitic auxiliaries after a subject pronoun (`_pronoun_clause`)
_EN_CLITIC_AUXILIARIES = frozenset({"'s", "'re", "'m", "'ll", "'d", "'ve"})


def _pronoun_clause(ctx: QuoteContext, a: int, b: int) -> bool:
    """The content a:b is a subject pronoun (the lexicon's `pronouns`) and a finite verb: two words are a
    whole clause there. English: a past form or an auxiliary ("Pence said he disagreed", "said she
    would"); German (round 16): a Konjunktiv ("sagte, er bleibe", "sie komme"); (round 46, declauses) German also a
    noun, name, number, "man" or an indefinite pronoun and a Konjunktiv closing the clause (`_de_two_word_konjunktiv`)."""
    lex = ctx.lex
    words = [t for t in ctx.span_tokens(a, b) if t.is_word]
    if lex.lang == "de" and _de_two_word_konjunktiv(ctx, a, b, words):
        return True
    if lex.lang == "en" and len(words) == 3 and (words[0].low in lex.pronouns or words[0].low == "you") \
            and words[1].start == words[0].end \
            and words[1].low.replace("’", "'") in _EN_CLITIC_AUXILIARIES and words[2].text == words[2].low \
            and not any(w.quoted for w in words) \
            and ((k := bisect_left(ctx.starts, words[2].end)) >= len(ctx.tokens) or not ctx.tokens[k].is_word
                 # (round 53, auditcomments) or a chat tag or the commenter's "but" after it: "the critics say I'm
                 # amazing but I don't listen", "… I'm amazing lol" (the clause had been cut there and then dropped)
                 or (not ctx.tokens[k].quoted and (ctx.tokens[k].low in lex.chat_tags or ctx.tokens[k].text == "but"))):
        return True  # (round 48, auditcomments) a pronoun, its clitic auxiliary and one word: "Smith said he's sorry.",
        # (round 48, auditcomments2) also "you", no speaker pronoun: "Yeah, I said you're disgusting."; the word closes
        # the clause ("thinks I'm just saying it" is no "I'm just")
    if len(words) != 2 or words[0].low not in lex.pronouns or words[0].quoted or words[1].quoted \
            or words[1].text != words[1].low:
        return False
    if lex.lang == "de":
        return words[0].low != "es" and (words[1].low in lex.konjunktiv or words[1].low in lex.konjunktiv_i)
    return lex.lang == "en" and (words[1].low.endswith("ed") or words[1].low in lex.auxiliaries)


#: (round 46, declauses) German subject words of a two-word Konjunktiv clause besides the pronouns and the
#: quantifier pronouns: "sagte, das reiche", "…, niemand hafte"
_DE_TWO_WORD_SUBJECTS = frozenset({"das", "dies", "niemand", "keiner", "nichts", "alles", "jeder"})
_DE_KONJ_I_SINGULAR = re.compile(r"[a-zäöüß]{2,}[a-zäöüß](?<!t)e")


def _de_two_word_konjunktiv(ctx: QuoteContext, a: int, b: int, words: list) -> bool:
    """(round 46, declauses) German: the content a:b is a subject word and a Konjunktiv that close its clause, which
    makes two words a whole clause as for a pronoun ("sagte, Müller lüge.", "sagte, das reiche.", "sagte, man
    verhandle.", "Scholz irre, sagte Merz."; were no report): the subject a capitalised word (a name or a noun, no
    function word), a number, "man", "das"/"dies" or a quantifier pronoun; the verb a listed Konjunktiv or a singular
    Konjunktiv I in -e (not -te, the past: "Müller lachte" is left out; not a time word: "mit, Stand heute")."""
    lex = ctx.lex
    if len(words) != 2 or words[0].quoted or words[1].quoted or words[1].text != words[1].low:
        return False
    w0, w1 = words
    if w0.low == "man" or w0.low in lex.quantifier_pronouns or w0.low in _DE_TWO_WORD_SUBJECTS or w0.text.isdigit():
        pass
    elif not w0.is_cap or w0.low in lex.stopwords or w0.low in lex.pronouns or w0.low in lex.determiners \
            or w0.low in lex.prepositions or w0.low in lex.complementizers or w0.low in lex.time_words \
            or w0.low in lex.plan_time_words or w0.low in lex.adverbial_subordinators or w0.low in lex.skippable:
        return False
    if w1.low in lex.konjunktiv or w1.low in lex.konjunktiv_i or w1.low in lex.konjunktiv_ii:
        pass
    elif not (_DE_KONJ_I_SINGULAR.fullmatch(w1.low) and w0.low not in lex.quantifier_pronouns) \
            or w1.low in lex.stopwords or w1.low in lex.time_words or w1.low in lex.plan_time_words \
            or w1.low in lex.skippable or w1.low in lex.prepositions or w1.low in lex.direction_adverbs:
        return False
    k = bisect_left(ctx.starts, b)
    return k >= len(ctx.tokens) or (ctx.tokens[k].text in {".", "!", ";", ","} and not ctx.tokens[k].quoted)


#: words of a modifier after the source of a sentence-initial "According to": "According to a poll
#: [released Monday by the university], …"
SOURCE_MODIFIER_WORDS = 12


def _en_subject_quotation(ctx: QuoteContext, c: Cue, a: int, b: int) -> bool:
    """(round 42, encampaign2) English: a one-word name as the subject and a quotation that opens in lower case are the
    whole content: 'Leavitt said Harris "has failed."', 'Sasse "was as nice as a RINO …", Trump tweeted' (the predicate
    is quoted; the report is kept, as after 'said the president "…"'); not after an addressee ('told Reuters "…"') nor a
    time word ('said Monday "…"'); a pronoun stays out ('Trump said he "alone can fix it"': round 41 keeps the quote)."""
    toks, lex = ctx.tokens, ctx.lex
    ts = ctx.span_tokens(a, b)
    # (round 52, enleft) also after "that": 'said that workers "deserved better."' (only the quotation was kept)
    that = bool(ts) and ctx.text[toks[c.last].end : ts[0].start].strip().lower() == "that"
    if ts and not that and (gap := ctx.text[toks[c.last].end : ts[0].start]).endswith(" that ") and len(gap) <= 40 \
            and all(ch.isalnum() or ch in " -'’" for ch in gap):
        that = True  # (round 53, auditnonwire) a time or place adjunct before "that": 'Governor Hobbs said on Friday that
        # Arizona "will not accept a deal …"' (only the quotation was kept)
    if toks[c.first].low in lex.addressee_verbs:
        # (round 53, auditseed) after the addressee and "that" the name is the subject: 'telling reporters in Yerevan that
        # Armenia "will never agree …"' (only the quotation was kept)
        told_that = bool(ts) and ts[0].is_cap and (x := bisect_left(ctx.starts, ts[0].start)) - 1 > c.last \
            and toks[x - 1].text == "that" and not toks[x - 1].quoted
        if not told_that:
            return False
        that = True
    if len(ts) < 3 or ts[0].quoted or not ts[0].is_word or not ts[1].quoted or ts[1].is_word \
            or (ts[0].start > toks[c.last].end + 1 and not that) or any(not t.quoted for t in ts[1:] if t.is_word):
        return False
    w, q = ts[0], ts[2]
    if not (q.is_word and q.text == q.low and q.low not in lex.prepositions):
        return False
    if w.text == w.low and w.text.isalpha() and len(w.low) > 2 and _en_subject_word(w, lex) \
            and w.low not in lex.stopwords and w.low not in lex.time_words and not w.low.endswith("ly") \
            and (q.low in lex.past_verbs or (q.low.endswith("ed") and len(q.low) > 4) or q.low in lex.auxiliaries
                 or ((that or toks[c.first].low in lex.bare_complement_verbs) and _en_present_verb_opening(w, q, lex))):
        return True  # (round 51, enleft23) a bare plural or mass noun as the subject and a quotation opening with its
        # past or auxiliary verb: 'Tom Hale said workers "felt betrayed."' (only the quotation was kept; 'said staff
        # felt "betrayed".' and 'said the workers "felt betrayed."' keep both); (round 52, enleft) or, after a cue that
        # takes a bare clause or after "that", with its present verb: 'Union leaders said workers "deserve better."',
        # 'The union says members "want a fair deal."' (only the quotation was kept)
    return w.text != w.low and w.is_cap and w.low not in lex.time_words and w.low not in lex.pronouns and w.low not in lex.determiners


#: (round 52, enleft) adverbs that can stand between a cue and its quotation, where no subject stands ('said again "…"')
_EN_CUE_ADVERBS = frozenset({"again", "later", "earlier", "once", "twice", "too", "also", "then", "there", "here",
                             "instead", "still", "only", "even", "ago", "afterward", "afterwards", "tonight", "recently",
                             "goodbye", "hello", "thanks", "amen", "grace", "aloud", "outright", "first", "next", "last"})


def _en_present_verb_opening(w, q, lex) -> bool:
    """(round 52, enleft) English: the quotation's first word `q` can be the present verb of the bare subject `w` before
    it ('said workers "deserve better."'): no function word, adverb or participle, and `w` no adverb of the cue."""
    return w.low not in _EN_CUE_ADVERBS and w.low not in lex.say_idiom_words and q.text.isalpha() and len(q.low) > 2 \
        and q.low not in lex.stopwords and q.low not in lex.pronouns and q.low not in lex.determiners \
        and q.low not in lex.coordinators and q.low not in lex.time_words and q.low not in _EN_CUE_ADVERBS \
        and not q.low.endswith(("ly", "ing"))


def _en_after_source_modifier(ctx: QuoteContext, j: int, hi: int, after_comma: bool) -> int:
    """Where the content of a sentence-initial "According to <source> …" starts when the source
    has a modifier its mention stops before (a participle, a preposition or a relative clause:
    "According to a new poll released Monday, Clinton leads …", "According to Smith, who led the
    study, the drug works"): after the comma that closes the modifier; else at ``j``, as before."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[j]
    if not after_comma and t.is_word and t.low in lex.time_words:
        # (round 25) a time phrase closing the source: "According to a statement Sunday evening, …"
        k = j
        while k < hi and k < j + 4 and toks[k].is_word and not toks[k].quoted and (
                toks[k].low in lex.time_words or toks[k].low in ("morning", "afternoon", "evening", "night")):
            k += 1
        if k + 1 < hi and toks[k].text == "," and not toks[k].quoted:
            return k + 1
    # (round 52, English audit) also "where" after the source's comma: "According to the Legal Fund, where she worked as a
    # lawyer, Hale argued 40 cases" (the content opened at "where"; not "when", which can open the content's own clause)
    relative = t.low in ("who", "which", "whose") or (after_comma and t.low == "where")
    if not (t.is_word and t.text == t.low and (relative or (not after_comma and (
            t.low in lex.prepositions or t.low.endswith("ed") or t.low in EN_IRREGULAR_PARTICIPLES
            # (round 47, enaccording) the source's own source: "According to a Bloomberg report citing people
            # familiar with the matter, the company …" (the content opened at "citing")
            or t.low == "that" or t.low in ("citing", "quoting"))) or (after_comma and _en_comma_participle(ctx, j, hi)))):
        return j
    words = 0
    for k in range(j, hi):
        x = toks[k]
        if x.quoted:
            return j
        if x.text == ",":
            return k + 1 if words and k + 1 < hi else j
        if x.is_word:
            words += 1
            if words > SOURCE_MODIFIER_WORDS or (x.low in lex.auxiliaries and not relative and t.low != "that"):
                return j  # a finite verb: the content began after the mention ("… officials the plan is …")
    return j


def _en_comma_participle(ctx: QuoteContext, j: int, hi: int) -> bool:
    """(round 42, enscience) A past participle right after the comma that closes the source of a sentence-initial
    "According to", followed by a time word or a preposition, is the source's modifier: "According to the study,
    published Tuesday in JAMA, the drug …" (the content opened at "published"); not "…, increased spending …"."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[j]
    if not (t.low.endswith("ed") or t.low in EN_IRREGULAR_PARTICIPLES) or j + 1 >= hi:
        return False
    n = toks[j + 1]
    return n.is_word and not n.quoted and (n.low in lex.time_words or n.text == n.low and (
        n.low in lex.prepositions or n.low in ("online", "last", "earlier", "this")))


_EN_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,4}(?:-\d{1,2})?")


def _en_after_party_tag(toks, j: int, hi: int) -> int:
    """English (round 42, encampaign): after the comma closing a party-and-state tag at j ("According to Rep. Pat
    Fallon, R-Texas, the police …", "…, D-N.Y., …", "…, R-TX-21, …"; the tag opened the content); else j."""
    if j + 1 >= hi or toks[j].quoted or _EN_PARTY_TAG.fullmatch(toks[j].text) is None:
        return j
    k = j + 1
    while k + 1 < hi and k - j < 5 and toks[k].text == "." and not toks[k].quoted and (
            toks[k + 1].text == "," or (len(toks[k + 1].text) <= 3 and toks[k + 1].text[:1].isupper())):
        k += 1 if toks[k + 1].text == "," else 2
    return k + 1 if k + 1 < hi and toks[k].text == "," and not toks[k].quoted else j


def _en_apposition_only(ctx: QuoteContext, j: int, hi: int) -> bool:
    """English (round 44, enconsumer): tokens[j:hi] are only an apposition on a source name: an article, an office
    (`is_title`) or a lower-case word before one ("certified financial planner"), then no auxiliary, listed past form,
    cue verb, subject pronoun or quotation up to the end (participles stay: "a certified planner based in Denver"; a
    relative clause on it may follow: "a planner who runs X")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[j]
    if t.quoted or not t.is_word or t.text != t.low or not (t.low in ("a", "an", "the") or any(
            lex.is_title(x.text) for x in toks[j : min(hi, j + 4)] if x.is_word and x.text == x.low)):
        return False
    for x in toks[j + 1 : hi]:
        if x.quoted:
            return False
        if x.is_word and x.text == x.low and x.low in ("who", "which", "that", "whose"):
            return True
        if x.is_word and x.text == x.low and (x.low in lex.auxiliaries or x.low in lex.past_verbs or x.low in lex.cue_verbs
                                              or x.low in lex.pronouns or x.low == "you"):
            return False
    return True


def _en_after_name_apposition(ctx: QuoteContext, j: int, hi: int) -> int:
    """(round 35) Where the content of "According to <name>, <apposition>, …" starts: after the comma closing an
    apposition on the name that opens with an article ("According to Mary Jones, a spokeswoman for the agency, the
    plant will close"; the apposition opened the content) when a clause with its finite verb follows it; else j."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[j].quoted or not (toks[j].low in ("a", "an", "the") or (
            # (round 41, enoffices) also a bare office or a place's office: "According to Anthony Farnell, chief
            # meteorologist for Global News, it's …", "According to Dr. Vera Etches, Ottawa's medical officer of health,
            # cases are …" (the apposition opened the content)
            toks[j].is_word and j + 1 < hi and toks[j + 1].is_word and (
                lex.is_title(toks[j].text) or (toks[j].low.endswith(("'s", "’s")) and toks[j + 1].text == toks[j + 1].low)))):
        return j
    for k in range(j + 1, min(hi, j + 12)):
        x = toks[k]
        if x.quoted or x.text in {";", ":", "–", "—"}:
            return j
        if x.text == ",":
            return k + 1 if k + 2 < hi and _en_finite(toks, lex, k + 1, hi) else j
        if x.is_word and x.text == x.low and (x.low in lex.auxiliaries or x.low in lex.cue_verbs or x.low in lex.pronouns
                                               or x.low in ("who", "which", "that")):
            return j
        if x.is_word and x.text == x.low and k > j + 1 and x.low in lex.past_verbs and x.low not in EN_IRREGULAR_PARTICIPLES:
            return j  # (round 54, encourt) a finite past after its subject is the content's own clause, no apposition:
            # "According to court documents, the scheme began in 2017, shortly after …" (the content began at "shortly")
    return j


def _contest_object(ctx: QuoteContext, k: int, lo: int) -> bool:
    """German (round 34): token k is a noun of a match, a race or a season (`contest_objects`, also as the end of a
    compound) that no preposition governs: the object of "bestreiten" in its sense "to play" ("ihr erstes
    Gruppenspiel", "30 Partien"; not "die Vorwürfe nach dem Spiel")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    if not (t.is_word and t.is_cap and not t.quoted and t.low.endswith(lex.contest_objects)):
        return False
    j = k - 1
    while j >= lo and not toks[j].quoted and (toks[j].text == toks[j].low or toks[j].text.rstrip(".").isdigit()) \
            and toks[j].low not in lex.prepositions and (toks[j].is_word or toks[j].text.rstrip(".").isdigit()):
        j -= 1  # its article, numeral and adjectives: "sein 100. Länderspiel"
    if j >= lo and j + 1 < k and toks[j].is_cap and toks[j].is_word and not toks[j].quoted \
            and toks[j + 1].low in ("der", "des"):
        return False  # (round 49, deleft12) a genitive of another noun: "bestreitet die Höhe der Kosten"
    return not (j >= lo and toks[j].text == toks[j].low and toks[j].low in lex.prepositions)


_TURN_BACK_DETERMINERS = frozenset({"die", "den", "diese", "diesen", "alle", "allen", "mehrere", "zahlreiche", "einige",
                                    "viele", "hunderte", "tausende", "dutzende"})


def _turn_back_end(ctx: QuoteContext, c: Cue, hi: int) -> int | None:
    """German (round 34, w2b): the cue is a form of "zurückweisen"/"abweisen" (`turn_back_verbs`); the index of its
    particle closing the clause ("wies … zurück") or of the joined form ("zurückgewiesen"), else None."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.turn_back_verbs or toks[c.first].low not in lex.turn_back_verbs:
        return None
    if not toks[c.first].low.startswith(("wies", "weist", "weisen")):  # (round 49, deleft12: the plural present)
        return c.first
    return next((k for k in range(c.first + 1, hi) if toks[k].low in lex.turn_back_particles
                 and toks[k].text == toks[k].low and (k + 1 >= hi or toks[k + 1].text in {".", ",", ";", "!"})), None)


def _turn_back_object(ctx: QuoteContext, k: int, lo: int, end: int) -> bool:  # (lo: after the verb, or the clause start)
    """German (round 34, w2b): token k is a noun of people (`turn_back_objects`, also as the end of a compound) before
    the cue's particle, with only its article, numerals and adjectives before it and no preposition nor a noun it
    would be the genitive of: the object of "zurückweisen" in its sense "to turn back" ("40 Migranten", "die
    Asylsuchenden"; not "die Vorwürfe der Migranten", "Kritik von Flüchtlingen")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    if not (t.is_word and t.is_cap and not t.quoted and t.low.endswith(lex.turn_back_objects)) or k >= end:
        return False
    j = k - 1
    while j >= lo and not toks[j].quoted and (toks[j].text == toks[j].low or toks[j].text.rstrip(".").isdigit()) \
            and (toks[j].low not in lex.prepositions or toks[j].low == "als" and j - 1 >= lo and toks[j - 1].low in ("mehr", "weniger")) \
            and toks[j].low not in ("der", "des") \
            and (toks[j].is_word or toks[j].text.rstrip(".").isdigit()):
        j -= 1
    if j >= lo and toks[j].text == toks[j].low and (toks[j].low in ("der", "des") or toks[j].low in lex.prepositions):
        return False  # a genitive or a preposition: "die Vorwürfe der Migranten", "Kritik von Flüchtlingen"
    run = toks[j + 1 : k]  # a counted or determined object: "40 Migranten", "die Asylsuchenden"
    return any(x.text.replace(".", "").isdigit() for x in run) or (bool(run) and run[0].low in _TURN_BACK_DETERMINERS)


def _de_state_act(ctx: QuoteContext, c: Cue) -> bool:
    """(round 37, h3) German: a cue of `state_act_verbs` is a speech act when a state or its government speaks ("Die
    Regierung in Peking protestierte gegen den Besuch", "Südkorea hat bei Tokio scharf protestiert"); people who protest
    in the street ("Tausende protestierten gegen das Gesetz") report nothing."""
    lex, toks = ctx.lex, ctx.tokens
    if lex.lang != "de" or toks[c.first].low not in lex.state_act_verbs or c.speaker is None or c.passive:
        return False
    m = c.speaker
    if m.kind not in ("name", "description"):
        return False
    h = toks[m.last]
    return h.is_cap and not h.quoted and (h.low in lex.country_names or h.low.endswith(lex.country_object_heads)
                                          or h.low.endswith(lex.state_act_speakers))


#: German (round 49, deleft12) words before a subject opening the sentence that leave the verb after it in second place
#: ("Auch die Grünen verlangen …", "Doch die Ärzte beklagen …")
_DE_V2_LEADS = frozenset({"auch", "selbst", "sogar", "und", "aber", "doch", "denn", "nur"})


#: (round 52, dereported) openers of a purpose infinitive and the forms of "werden" of a German act passive
_DE_PURPOSE_INFINITIVE_OPENERS = frozenset({"um", "ohne", "statt", "anstatt"})
_DE_WERDEN_FORMS = frozenset({"wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde"})


def _de_passive_infinitive(ctx: QuoteContext, c: Cue, hi: int, s_end: int) -> tuple[int, int] | None:
    """German (round 52, dereported): the zu-infinitive clause right after an agentless passive of `passive_infinitive_cues`
    and its comma, closing the sentence ("Dem Minister wird vorgeworfen, Steuergelder verschwendet zu haben.", "Der Firma
    wurde nachgesagt, Daten weiterzugeben" is not read: the "zu" must stand alone); its char span, else None."""
    toks, lex = ctx.tokens, ctx.lex
    j = c.last + 1
    werden_after = False
    while j < hi and j <= c.last + 2 and toks[j].low in lex.auxiliaries and not toks[j].quoted:
        werden_after = werden_after or toks[j].low in _DE_WERDEN_FORMS  # "war … vorgeworfen worden, …"
        j += 1
    if toks[c.last].low not in lex.passive_infinitive_cues or j + 3 >= hi or toks[j].text != "," or toks[j].quoted \
            or toks[j + 1].quoted or toks[j + 1].low in _DE_PURPOSE_INFINITIVE_OPENERS:
        return None  # (not a purpose: "Die Behörde ist dem Ministerium unterstellt, um Kosten zu sparen")
    k = c.first - 1
    while k >= 0 and c.first - k <= 12 and toks[k].text not in {",", ".", ";", ":", "!", "?"} \
            and toks[k].low not in _DE_WERDEN_FORMS:
        k -= 1
    if not werden_after and (k < 0 or toks[k].low not in _DE_WERDEN_FORMS):
        return None  # the passive of an act ("wird/wurde … vorgeworfen"), not a state ("ist … unterstellt")
    end = clause_end(toks, lex, j + 1, hi, s_end)
    inner = [t for t in toks[j + 1 : hi] if t.end <= end]
    while inner and inner[-1].text in {".", "!"} and not inner[-1].quoted:
        inner.pop()
    if len(inner) < 3 or not inner[-1].is_word:
        return None
    if not any(t.low == "zu" and t.text == "zu" and not t.quoted and x >= len(inner) - 3 for x, t in enumerate(inner)):
        return None
    if any(t.text in {",", ":", ";"} or t.quoted for t in inner) or any(
            t.start >= inner[-1].end and t.text not in {".", "!"} for t in toks[j + 1 : hi]):
        return None  # closing the sentence (not before a trailing attribution: "…, sagte die Staatsanwältin.")
    return inner[0].start, inner[-1].end


def _de_thing_particle_act(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 52, dereported): testimony, a `particle_acts` verb with its particle "aus" closing its clause, whose
    subject names no one who may speak (`de_thing_speaker`, an everyday role of `lay_roles` excepted): no act ("Das
    Ergebnis sagte wenig über die Stimmung aus"; "Der Zeuge sagte vor Gericht aus" is one)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or "aus" not in lex.particle_acts.get(toks[c.first].low, ()) \
            or not any(_particle(ctx, x, _DE_TESTIMONY_PARTICLE, hi) for x in range(c.first + 1, hi)) \
            or not de_thing_speaker(ctx, c.speaker):
        return False
    return not any(t.low in lex.lay_roles for t in toks[c.speaker.first : c.speaker.end + 1] if t.is_cap)


#: (round 52, dereported) the particle of testimony ("sagte … aus")
_DE_TESTIMONY_PARTICLE = frozenset({"aus"})


def _de_advice_without_object(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 52, dereported): advice verb c (`advice_acts`) with no word of `advice_objects` after it before a
    comma or the sentence end: guessing, no advice ("Er riet richtig"; not "Der Arzt riet zu Bewegung", "Experten rieten
    von Reisen ab")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or toks[c.first].low not in lex.advice_acts:
        return False
    for t in toks[c.last + 1 : hi]:
        if t.text in {",", ":", ";"} and not t.quoted:
            break
        if t.low in lex.advice_objects and t.text == t.low and not t.quoted:
            return False
    return True


def _de_finite_only_act(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """German (round 49, deleft12): cue c is a plural present of `finite_only_acts` (also an infinitive after a modal:
    "Die Grünen wollen einen Ausschuss verlangen") as the finite verb in second place of a main clause: right after its
    subject opening the sentence ("Die Grünen verlangen einen Untersuchungsausschuss", "Auch die Ärzte beklagen …") or
    right before its subject after one fronted phrase with no comma and no finite verb ("Am Montag begrüßen die Verbände
    die Einigung"); its subject someone who may speak (not "Die Zahlen bestätigen den Trend"), no relative pronoun
    ("…, die den Entwurf kritisieren")."""
    toks, lex = ctx.tokens, ctx.lex
    v, sp = toks[c.first], c.speaker
    if lex.lang != "de" or c.kind != "verb" or c.passive or c.first != c.last or v.quoted or v.text != v.low \
            or v.low not in lex.finite_only_acts or sp is None or sp.kind == "relative" or de_thing_speaker(ctx, sp) \
            or toks[c.first - 1].low == "zu":
        return False
    if sp.end == c.first - 1:
        a = lo
        while a < sp.first and toks[a].low in _DE_V2_LEADS and not toks[a].quoted:
            a += 1
        return a == sp.first and toks[sp.first].low not in lex.complementizers
    if sp.first != c.first + 1 or c.first - lo > 8 or c.first == lo:
        return False
    w = toks[lo]
    if w.low in lex.complementizers or w.low in lex.adverbial_subordinators or w.low in lex.consequence_openers \
            or w.low in ("zu", "um", "ohne", "statt", "anstatt") or not w.is_cap:
        return False
    return all(t.is_word and not t.quoted and t.low not in lex.auxiliaries and t.low not in lex.reportative
               and t.low not in lex.claim_modals and not (k > lo and _de_finite_verb(t, lex))
               and t.low not in lex.finite_only_acts and t.low not in lex.cue_verbs
               for k, t in enumerate(toks[lo : c.first], lo))


def _light_document_participle(ctx: QuoteContext, c: Cue, hi: int) -> int | None:
    """(round 40, enlight) English: the char offset of a participle right after the document noun of light verb c ("issued
    a statement saying …", "released a statement confirming …"), else None."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "en" or c.kind != "verb" or not (nouns := lex.light_verbs.get(toks[c.first].low)):
        return None
    for k in range(c.last + 1, min(hi - 1, c.last + 1 + LIGHT_REACH)):
        t = toks[k]
        if t.quoted or not t.is_word:
            return None
        if t.low in nouns and t.low in lex.document_nouns:
            n = toks[k + 1]
            return n.start if n.text == n.low and n.low.endswith("ing") and not n.quoted else None
    return None


def _de_relative_act_before(ctx: QuoteContext, r, a: int, cue_at: int) -> bool:
    """German (round 40, deobjects): report r is the act of a subject relative clause between commas right before the
    main act's verb ("Der Oppositionsführer, der Neuwahlen forderte, kritisierte die Regierung scharf"): it does not
    stand for the main act's content (the main act was lost)."""
    if ctx.lex.lang != "de" or r.label != "INDIRECT_QUOTE" or r.start <= a:
        return False
    head = ctx.text[r.start : r.end].split(" ", 1)[0]
    return head in ("der", "die") and ctx.text[a : r.start].rstrip().endswith(",") \
        and ctx.text[r.end : cue_at].strip() == "," and "," not in ctx.text[a : r.start].rstrip()[:-1]


def _de_bracketed_back_reference(toks: list, c: Cue, lo: int, hi: int) -> bool:
    """German (round 42, detech): the verb cue c stands in a bracket of at most eight tokens that closes after it and at
    most two lower-case words: "(wir berichteten)", "(SiBa berichtete)", "(„The Information“ berichtete bereits)"."""
    o = next((k for k in range(c.first - 1, max(lo, c.first - 8) - 1, -1) if toks[k].text in "()" and not toks[k].quoted),
             None)
    if o is None or toks[o].text != "(" or o == c.first - 1:
        return False
    e = next((k for k in range(c.last + 1, min(hi, c.last + 4)) if toks[k].text == ")" and not toks[k].quoted), None)
    return e is not None and all(toks[k].is_word and toks[k].text == toks[k].low for k in range(c.last + 1, e))


def _en_threat_speaker(ctx: QuoteContext, c: Cue) -> bool:
    """English (round 48, enacts): the speaker of the commitment c names a person or a body (a capitalised name, a
    title, an organisation, a person pronoun; no hazard such as "Hurricane Ian" or "the flood waters")."""
    sp = c.speaker
    if sp is None or sp.last >= c.first:
        return False
    toks = ctx.tokens
    if any(toks[k].low in ctx.lex.alert_hazards for k in range(sp.first, sp.last + 1)):
        return False
    return _en_person_subject(ctx, sp.last, sp.first)


#: (round 48, auditnews) the forms of "raise" of a light act ("raised concerns", "raises questions")
_EN_RAISE_FORMS = frozenset({"raise", "raises", "raised", "raising"})


def _en_negated_as_commitment(ctx: QuoteContext, c: Cue, m: Mention, lo: int) -> bool:
    """English (round 49, auditnews4): cue c is a commitment (`infinitive_acts`) in an as-clause whose subject m follows
    ", as" right after a negation: "The majority did not, as it promised, address the issue" (the clause says the
    promise was not kept)."""
    toks = ctx.tokens
    comma = m.first - 2
    return comma - 1 > lo and toks[m.first - 1].low == "as" and toks[comma].text == "," and not toks[comma].quoted \
        and m.end < c.first and toks[c.first].low in ctx.lex.infinitive_acts and not toks[comma - 1].quoted \
        and (toks[comma - 1].low in ("not", "never") or toks[comma - 1].low.endswith(("n't", "n’t")))


#: German pronoun objects of a separable act: "Das räumte er ein", "Er räumte alles ein" (the act reports)
_DE_PRONOUN_OBJECTS = frozenset({"das", "dies", "es", "alles", "etwas", "nichts", "vieles", "manches", "einiges"})


def _de_thing_object_act(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """German (round 50, deleft15): cue c is a separable act with a second sense (`content_object_acts`: einräumen = put
    in, grant; anführen = lead) whose clause has a noun object and none of its objects is speech content
    (`content_object_nouns`): "Die Arbeiter räumen die Trümmer ein", "räumte ihm mehr Zeit ein", "Der Kapitän führte
    die Mannschaft an". Nouns in prepositional phrases, the speaker, time words and names are no objects; a pronoun
    object keeps the act ("Das räumte er ein")."""
    toks, lex = ctx.tokens, ctx.lex
    parts = lex.content_object_acts[toks[c.first].low]
    sp = c.speaker
    a = next((k for k in range(c.first - 1, lo - 1, -1) if toks[k].text in {",", ";", ":"} and not toks[k].quoted), lo - 1) + 1
    b = next((k for k in range(c.first + 1, hi) if toks[k].text in {",", ";", ":"} and not toks[k].quoted), hi)
    nouns: list[str] = []
    in_pp = False
    for k in range(a, b):
        t = toks[k]
        if k == c.first or (sp is not None and sp.first <= k <= sp.end) or not t.is_word:
            continue
        if t.quoted:
            return False  # (a quotation in the clause: speech)
        if t.text == t.low and t.low in parts and k > c.first:
            continue  # the particle
        if t.low in lex.prepositions and (t.text == t.low or k == a):
            in_pp = True
            continue
        if t.low in _DE_PRONOUN_OBJECTS and (t.text == t.low or k == a) and not (k + 1 < b and toks[k + 1].is_cap):
            return False
        if t.is_cap and t.low not in lex.determiners and t.low not in lex.stopwords and t.low not in lex.time_words \
                and t.low not in lex.pronouns:
            if in_pp:
                in_pp = False
            elif not person_name(t.text, lex, ctx.ents):
                nouns.append(t.low)
    return bool(nouns) and not any(w.endswith(lex.content_object_nouns) for w in nouns)


def _de_fronted_phrase_relative(ctx: QuoteContext, lo: int, comma: int) -> bool:
    """German (round 51, dearticles8): the words before the comma at `comma` are a fronted prepositional phrase (no
    verb: a preposition, then articles, adjectives, nouns and numbers) and a relative clause on it, the main verb after
    the comma: "Zur Rechtfertigung der Beobachtung dieser Partei, die in den Bundestag gewählt wurde, verweist der
    Bericht auf …" is no report before a trailing "verweist der Bericht" (the content was the fronted phrase)."""
    toks, lex = ctx.tokens, ctx.lex
    if comma - lo < 5 or not toks[lo].text[:1].isupper() or toks[lo].low not in lex.prepositions or toks[lo].quoted:
        return False
    rel = next((k for k in range(lo + 2, comma) if toks[k].text == "," and not toks[k].quoted), None)
    if rel is None or rel + 2 >= comma or toks[rel + 1].text != toks[rel + 1].low or not (
            toks[rel + 1].low in RELATIVES or (toks[rel + 1].low in lex.prepositions and toks[rel + 2].low in RELATIVES)):
        return False
    if any(t.text in {",", ";", ":"} and not t.quoted for t in toks[rel + 1 : comma]) \
            or any(t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i) for t in toks[rel + 2 : comma]):
        return False  # (the relative clause runs to the cue's comma, in the indicative: not "…, die kein Geld habe, fehle …")
    return all(t.is_word and not t.quoted and (
        t.is_cap or t.low in lex.determiners or t.low in lex.prepositions or t.text.replace(".", "").isdigit()
        or (t.low.endswith(DE_ADJECTIVE_ENDINGS) and t.low not in lex.auxiliaries and t.low not in lex.konjunktiv
            and t.low not in lex.cue_verbs and not t.low.endswith(("ten", "te"))))
        for t in toks[lo + 1 : rel])


def _de_light_noun_complement(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """German (round 52, de3left): the pronominal adverb opening the sentence (daran, dazu, darüber, …) is the
    complement of the noun of the light verb c, no report of its own ("Daran hat die Bürgerinitiative Zweifel",
    "Dazu nahm der Minister Stellung", "Darüber hat die Gewerkschaft große Sorge"): the light-verb convention decides
    (the sentence is the act with a noun of `light_acts`, else nothing is reported). Not a verb that reports by
    itself ("Daran äußerte die Opposition Zweifel" keeps "Daran", as "Davon geht X aus")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or c.kind != "verb" or toks[lo].low not in _DE_PRONOMINAL_ADVERBS or toks[lo].quoted:
        return False
    w = toks[c.first].low
    if w not in lex.light_verbs or (not c.act and w in lex.cue_verbs):
        return False
    return _light_noun(ctx, c.first, lo, hi) is not None


def _de_act_in_fronted_clause(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """German (round 53, auditde3): the act's cue closes an adverbial clause that opens the sentence (after an optional
    adverb: "Kurz bevor …"), and the main clause after its comma opens with another cue verb, its pronoun subject and
    the content it introduces ("…, sagte er, …", "…, sagte sie: „…“")."""
    toks, lex = ctx.tokens, ctx.lex
    s = lo + 1 if lo + 1 < hi and toks[lo].low in _DE_ADVERBS_BEFORE_SUBORDINATOR else lo
    if toks[s].quoted or toks[s].low not in lex.adverbial_subordinators or not toks[s].is_cap:
        return False
    k = next((x for x in range(s + 1, hi) if toks[x].text in {",", ":", ";"} or toks[x].quoted), None)
    if k is None or toks[k].text != "," or not s < c.first < k or k + 1 >= hi:
        return False
    v = toks[k + 1]
    if v.quoted or v.text != v.low or v.low not in lex.cue_verbs or k + 3 >= hi or toks[k + 2].low not in ("er", "sie"):
        return False  # (a main clause with an act of its own keeps both: "Während die Regierung die Pläne lobte, sprach
        # die Opposition von einem Skandal")
    p = next((x for x in range(k + 3, min(hi, k + 7)) if not toks[x].is_word or toks[x].quoted), None)
    return p is not None and toks[p].text in (",", ":") and not toks[p].quoted


def _speech_act_content(ctx: QuoteContext, si: int, c: Cue, lo: int, hi: int, s_start: int,
                        s_end: int) -> tuple[int, int] | None:
    """What a speech-act sentence reports: nothing when it is negated ("äußerte sich nicht") or
    when its words are quoted in it (the direct quote is the content); the pronoun when it
    refers back ("Das meldete die Zeitung" -> "Das"); else the sentence."""
    lex, toks = ctx.lex, ctx.tokens
    quoted = [r for r in ctx.recs[-4:] if r.sentence == si and r.label == "DIRECT_QUOTE"]
    if quoted and lex.lang != "de":
        return None
    sp = c.speaker
    if lex.lang == "en" and sp is not None and sp.kind == "relative" and toks[sp.first].text == "which":
        return None  # (round 46, enwhich) a "which" subject reports a content clause only, no act: "…, according to the
        # Daily Ledger, which first reported the call." (the relative clause had become the Ledger's act)
    if lex.lang == "en" and sp is not None and sp.kind != "relative" and sp.end < c.first \
            and _en_comma_relative_speaker(toks, sp, False):
        return None  # (round 47, enobjrel) nor an object relative, whose act is the head's: "The deal, which officials
        # announced, collapsed." (the whole sentence was the officials' act)
    if lex.lang == "en" and sp is not None and _en_negated_as_commitment(ctx, c, sp, lo):
        return None  # (round 49, auditnews4) "The mayor didn't, as he had promised, cut taxes." (no act either)
    if lex.lang == "en" and c.act and toks[c.first].low in _EN_RAISE_FORMS and sp is not None and sp.end < c.first \
            and not _en_person_subject(ctx, sp.last, sp.first) and toks[sp.last].low not in lex.document_nouns:
        return None  # (round 48, auditnews) a thing raises questions, no one voices them (a document does: "The report
        # raised concerns about safety"): "It will also raise questions
        # about the futures of some players.", "The ruling raises questions about …" (the sentence was a report)
    if lex.lang == "de" and c.first - 1 > lo and _de_bracketed_back_reference(toks, c, lo, hi):
        return None  # (round 42, detech) "(wir berichteten)", "(heise online berichtete)": a pointer to an earlier
        # report, no act of the sentence around it (the sentence was the content, the sentence's subject the speaker)
    if lex.lang == "de" and _de_act_in_fronted_clause(ctx, c, lo, hi):
        return None  # (round 53, auditde3) an act in an adverbial clause before the main clause's own cue is the
        # occasion, not a report: "Bevor der Richter das Urteil verkündete, sagte er, …" (the adverbial clause was a
        # report of its own)
    if toks[c.first].low in lex.non_speech_verbs and any(
            t.low in lex.non_speech_objects and not t.quoted and not (sp is not None and sp.first <= k <= sp.end)
            for k, t in enumerate(toks[lo:hi], lo)):
        return None  # "Das Unglück forderte 35 Todesopfer": no speech ("Die Angehörigen der Opfer forderten …" is)
    if toks[c.first].low in lex.held_seat_verbs and any(
            t.low.rsplit("-", 1)[-1] in lex.held_seat_objects and t.is_cap and not t.quoted
            and not (sp is not None and sp.first <= k <= sp.end) and k - 1 >= lo and toks[k - 1].low in (
                "das", "den", "die", "ihr", "ihre", "ihren", "sein", "seine", "seinen", "seinem", "einen", "eine", "ein",
                "knappen", "knappe", "absolute", "absoluten")
            for k, t in enumerate(toks[lo:hi], lo)):
        return None  # (round 52, de4left) holding a seat, title or lead: "haben die Grünen das Rathaus verteidigt", "Der
        # Titelverteidiger verteidigte seinen Vorsprung" (no speech; "verteidigte die Reform" reports)
    if lex.content_object_acts and toks[c.first].low in lex.content_object_acts and _de_thing_object_act(ctx, c, lo, hi):
        return None  # (round 50, deleft15) "Die Arbeiter räumen die Trümmer ein": putting away, no admission ("Der
        # Minister räumte Fehler ein" reports)
    if toks[c.first].low in lex.contest_verbs and any(
            _contest_object(ctx, k, lo) for k in range(lo, hi) if not (sp is not None and sp.first <= k <= sp.end)):
        return None  # (round 34) "Die Mannschaft bestreitet ihr erstes Gruppenspiel": playing, no denial
    end = _turn_back_end(ctx, c, hi)
    if end is not None and any(_turn_back_object(ctx, k, c.first + 1 if k > c.first else lo, end) for k in range(lo, end)
                               if not (sp is not None and sp.first <= k <= sp.end)):
        return None  # (round 34, w2b) "Die Bundespolizei wies 40 Migranten zurück": turned back at the border
    if end is not None and lex.procedural_objects and any(
            t.is_cap and t.is_word and not t.quoted and t.low.endswith(lex.procedural_objects)
            and not (sp is not None and sp.first <= k <= sp.end) for k, t in enumerate(toks[lo:end], lo)) and any(
            not t.quoted and t.is_word and (t.low.endswith(lex.court_words) or t.text in lex.court_abbreviations)
            for t in toks[lo : end + 1]):
        return None  # (round 35) a court's ruling: "Die Revision wurde vom BGH zurückgewiesen" (no speech act)
    if lex.ruling_confirm_verbs and toks[c.first].low in lex.ruling_confirm_verbs and sp is not None and sp.kind != "pronoun" \
            and not toks[sp.last].quoted and (toks[sp.last].low.endswith(lex.court_words)
                                              or toks[sp.last].text in lex.court_abbreviations) \
            and not any(t.low in lex.complementizers and not t.quoted for t in toks[c.first + 1 : hi]) and any(
            t.is_cap and t.is_word and not t.quoted and t.low.endswith(lex.ruling_objects)
            and not sp.first <= k <= sp.end for k, t in enumerate(toks[lo:hi], lo)):
        return None  # (round 51, deleft23) a court confirming a ruling on appeal: "Oberlandesgericht bestätigt Urteil",
        # "Das Oberlandesgericht hat das Urteil bestätigt" (the headline or sentence was the court's report)
    if lex.lang == "de" and toks[c.first].low in lex.non_speech_verbs and de_mute_mention(ctx, c.speaker):
        return None  # "Heftige Gewitter haben die Feuerwehr gefordert": challenged, no demand
    if lex.lang == "en" and c.last + 1 < hi:  # the act's own clause: "…, saying …" is another content
        s_end = clause_end(toks, lex, c.last + 1, hi, s_end)
        hi = next((k for k in range(c.last + 1, hi) if toks[k].start >= s_end), hi)
        if (co := _en_coordinated_aux(toks, lex, c.last + 2, hi)) is not None:
            # (round 40, enacts3) the subject's second predicate after the object is no part of the act: "Moore denied
            # the reports but was inconsistent in his defense" (the act ran to the sentence end)
            hi, s_end = co, toks[co - 1].end
    if lex.lang == "en" and toks[c.first].low == "urging" and c.first - 1 >= lo and toks[c.first - 1].low in _EN_BE_FORMS \
            and not c.act:
        return None  # (round 35) only the participle clause is the act ("…, urging her to …"), not the progressive
        # ("Several Republicans are urging colleagues to rethink" reported nothing)
    if lex.lang == "en" and toks[c.first].low.endswith("ing") and c.first - 1 > lo and toks[c.first - 1].text == "," \
            and not toks[c.first - 1].quoted:
        s_start = toks[c.first].start  # a participle clause is the act: "Protesters gathered outside, calling for …"
    elif lex.lang == "en" and toks[c.first].low.endswith("ing") and c.first - 1 > lo and not toks[c.first - 1].quoted \
            and toks[c.first - 1].text in lex.document_nouns and toks[c.first].low in lex.speech_act_verbs:
        s_start = toks[c.first].start  # (round 35) the participle after a document: "signed a letter urging Congress to …"
    elif lex.lang == "en" and toks[c.first].low.endswith("ing") and (c.act or toks[c.first].low in lex.speech_act_verbs) \
            and c.first - 2 > lo and toks[c.first - 1].is_word and not toks[c.first - 1].quoted \
            and toks[c.first - 1].low not in _EN_BE_FORMS and toks[c.first - 1].low not in lex.auxiliaries \
            and toks[c.first - 1].low not in lex.coordinators and _en_main_past_before(toks, lex, lo, c.first):
        s_start = toks[c.first].start  # (round 39, enquestions) a participle clause without a comma after a main clause
        # in the past: "sent a letter to Director Avril Haines calling for a public review" (the act ran from the sentence's
        # start)
    elif lex.lang == "en" and toks[c.first].low.endswith("ing") and c.first - 3 > lo and (cm := next(
            (x for x in range(c.first - 2, max(lo, c.first - 10), -1) if toks[x].text == "," and not toks[x].quoted), None)) \
            is not None and toks[cm + 1].text == toks[cm + 1].low and toks[cm + 1].low.endswith("ing") \
            and toks[cm + 1].low in lex.cue_verbs and toks[c.first - 1].low == "and" \
            and not any(t.quoted or t.text in {";", ":"} for t in toks[cm + 1 : c.first]):
        s_start = toks[cm + 1].start  # (round 35) coordinated participles: "Schiff fired back, denying the allegation and
        # urging Trump to …" (the act ran from the sentence's start)
    elif lex.lang == "en" and sp is not None and sp.end < c.first and sp.first - 2 >= lo \
            and toks[sp.first - 1].low in ("and", "but") and toks[sp.first - 1].text == toks[sp.first - 1].low \
            and toks[sp.first - 2].text == "," and not toks[sp.first - 2].quoted:
        s_start = toks[sp.first].start  # a coordinated clause of its own: "…, and he urged voters to reject Mr. Trump"
    elif lex.lang == "en" and sp is not None and sp.end < c.first - 2 and toks[c.first - 1].low in ("and", "but") \
            and toks[c.first - 1].text == toks[c.first - 1].low and not toks[c.first - 1].quoted \
            and toks[c.first].text == toks[c.first].low and any(
                t.text == t.low and not t.quoted and t.low in lex.speech_act_verbs for t in toks[sp.end + 1 : c.first - 1]) \
            and c.first - sp.end <= 10 and not any(
                t.quoted or t.text in {",", ";", ":"} or t.low in lex.complementizers or t.low in lex.subject_pronouns
                for t in toks[sp.end + 1 : c.first - 1]):
        s_start = toks[c.first].start  # (round 50, enleft16) a second act of the same subject after an act of its own
        # with an object, no content clause: "The minister praised the report but warned against drawing conclusions."
        # ('warned against …' was lost inside the first act's sentence; not after "warned that the bridge was unsafe")
    span = _speech_act(ctx, c, lo, hi, s_start, s_end)
    if lex.lang == "de":
        # (round 36, g1) not a quotation after the act's clause that another cue after it takes: "Die Opposition hatte den
        # Plan kritisiert, der Abgeordnete X sagte, er finde dafür nur Worte „jenseits …“"
        quoted = [r for r in quoted if not (r.start >= span[1] and r.attr is not None and r.attr.cue is not None
                                            and r.attr.cue[0] >= span[1] and ctx.text[span[1] - 1] != ":")]
    if any(r.end > span[0] and (c.act_until is None or r.start < span[1]) for r in quoted):
        return None  # German: a quotation in or after the act is its content ("nannte die Pläne „sozial
        # ungerecht“", "verkündete er: „…“"); "… und kündigte Proteste an" after it is an act of its own
    if lex.lang == "de" and c.first == lo + 1 and toks[lo].text == "So" and toks[c.first].low in lex.so_back_cues \
            and c.speaker is not None and c.speaker.first > c.last:
        return toks[lo].start, toks[lo].end  # "So äußerte sich der Minister", "So sagte es X": "So" refers back, like "Das"
    k_lo, k_hi = lo, hi
    if lex.lang == "de":
        # only the act's own span counts: "gab Pläne zu, wollte die Zahl aber nicht bestätigen", "Das
        # Kind trank nicht, nachdem die Eltern es gewarnt hatten"
        k_lo = next((k for k in range(lo, hi) if toks[k].start >= span[0]), lo)
        k_hi = next((k for k in range(k_lo, hi) if toks[k].start >= span[1]), hi)
    if toks[c.first].low in lex.negated_acts and not any(t.low in lex.negations and not t.quoted for t in toks[k_lo:k_hi]) \
            and not (lex.lang == "de" and toks[c.first].low in lex.joining_verbs and _de_joined_motion(ctx, c.first, lo, hi)) \
            and not (lex.lang == "de" and _de_ruled_out(ctx, c, k_lo, k_hi)):
        return None  # "Der Verein schloss den Spieler aus": only "schloss … nicht aus" reports
    if lex.lang == "de" and (sub := next((k for k in range(c.last + 1, k_hi - 2) if toks[k].text == "," and not toks[k].quoted and (
            toks[k + 1].low in lex.adverbial_subordinators or (toks[k + 1].text in _DE_FOCUS_BEFORE_SUBORDINATOR
                                                               and toks[k + 2].low in lex.adverbial_subordinators)
            # (round 41, depronouns5) or a condition's own dass-clause: "kündigte Warnstreiks für den Fall an, dass
            # die Arbeitgeber kein Angebot vorlegen" (reported nothing)
            or _de_condition_dass(ctx, c, k + 1, c.last + 1))
            and toks[k + 1].text == toks[k + 1].low), None)) is not None:
        k_hi = sub  # (round 30) a negation in an adverbial clause after the act is not the act's: "Woidke zeigte sich
        # zufrieden, auch wenn nicht alle für ihn gestimmt hatten" (reported nothing)
    rel_lo = sp.end + 1 if lex.lang == "de" and sp is not None and sp.end + 3 < c.first \
        and toks[sp.end + 1].text == "," and not toks[sp.end + 1].quoted and toks[sp.end + 2].low in _DE_RELATIVE_PRONOUNS \
        and toks[sp.end + 2].text == toks[sp.end + 2].low and toks[c.first - 1].text == "," else None
    for k in range(k_lo, k_hi):
        w = toks[k].low
        if rel_lo is not None and rel_lo < k < c.first:
            continue  # (round 51, dearticles8) a negation in the relative clause on the subject is not the act's: "Der
            # Meteorologe Hans-Peter Kloss, der nicht an dem Bericht beteiligt war, äußerte sich zurückhaltend" (nothing)
        if lex.lang == "de" and w in lex.negations and k > c.last + 1 and (
                (toks[k - 1].text == "," and _de_contrast_tail(ctx, k, hi))
                or (k - 2 > c.last and toks[k - 2].text == "," and _de_contrast_tail(ctx, k - 1, hi))):
            continue  # (round 50, deleft17) the negation of a contrasted object: "kritisierte die Entscheidung, nicht
            # aber den Trainer" (the act was dropped)
        if lex.lang == "de" and w in lex.negations and k > c.last + 2 and toks[c.first].low not in lex.negated_acts \
                and _de_object_relative_before(toks, c.last + 1, k):
            continue  # (round 53, auditde2) a negation in a relative clause on the act's object is the object's: "Hecking
            # kritisierte den Schiedsrichter, der ein Foul nicht gepfiffen habe" (the act was dropped)
        if w in lex.negations and not toks[k].quoted and toks[c.first].low not in lex.negated_acts \
                and toks[c.first].low not in lex.claim_modals and not (  # (round 37, h1) "will ihn nicht gesehen haben"
                # a negated infinitive is what was urged, not a negated act: "urged residents not to delay …"
                lex.lang == "en" and k > c.last and k + 1 < k_hi and toks[k + 1].low == "to") and not (
                # (round 28) a negated predicate: "bezeichnete den Vorschlag als nicht annehmbar"
                lex.lang == "de" and k > c.last and toks[k - 1].text == "als"):
            return None
        if lex.lang == "en" and not c.last < k <= c.last + 2:
            continue  # an English object pronoun follows its verb ("denied this"), not "this is the time he denied"
        if lex.lang == "en" and w == "that" and k != c.last + 1:
            continue  # a relative pronoun after the object: "reported sales that were below forecasts"
        if w == "davon" and any(t.text[:1].isdigit() for t in toks[c.last + 1 : k_hi]):
            continue  # a part of an amount, no report referred to: "…, davon fordert Airbus 5,3 Milliarden"
        if w in lex.anaphoric_objects and not toks[k].quoted and not (
                # (round 45, dedescr2) nor the speaker itself: "Diese empfiehlt …", a demonstrative subject
                sp is not None and sp.first == k == sp.last and sp.kind == "pronoun") and not (
                # (round 30) the complement of a noun before it: "hatte zuvor Bereitschaft dazu signalisiert" (was "dazu")
                k - 1 > k_lo and toks[k - 1].is_cap and toks[k - 1].is_word and not toks[k - 1].quoted
                and not (sp is not None and sp.first <= k - 1 <= sp.end)) and not (
                # (round 38, devarious) nor of an adverb opening the sentence: "Unabhängig davon bittet die Polizei um
                # Hinweise", "Abgesehen davon kritisierte der Verband …" (the act was "davon"; not "Auch dazu äußerte …")
                lex.lang == "de" and k - 1 == k_lo and k < c.first and w in _DE_PRONOMINAL_ADVERBS
                and _de_governing_adverb(ctx, k - 1)) and not (
                # (round 52, de3left) nor of a light verb's noun, the act the whole sentence: "Dazu nahm der Minister
                # Stellung" (was "Dazu", as "Daran übte die Opposition Kritik" is the sentence)
                c.act and k == lo and k < c.first and _de_light_noun_complement(ctx, c, lo, hi)) and not (
                # (round 36, g3) a pronoun in a clause of its own before a trailing cue, the report that cue
                # attributes: "Das habe die Verwaltung geprüft, warf X ein und verwies auf …" (the act of "verwies"
                # was "Das"; not an apposition's commas: "Dies hat der Minister für …, Jama Warfaa, erklärt")
                lex.lang == "de" and k < c.first and any(
                    toks[x].text == "," and not toks[x].quoted and toks[x + 1].text == toks[x + 1].low
                    and toks[x + 1].low in lex.cue_verbs for x in range(k + 1, c.first - 1))):  # a pronoun, not an article
            n = toks[k + 1] if k + 1 < k_hi else None
            if (n is None or not n.is_word or n.low in lex.cue_verbs or n.low in lex.auxiliaries) and not (
                    n is not None and n.quoted and not n.is_word):  # (round 23) not the article of 'das "Handelsblatt"'
                if lex.lang == "de" and any((toks[x].low in lex.negations or toks[x].low in lex.negation_pronouns)
                                            and toks[x].text == toks[x].low and not toks[x].quoted
                                            and not _de_attributive_negation(toks, x, k_hi) for x in range(k + 1, k_hi)):
                    return None  # (round 35 w4) the act negated after its pronoun: "Dazu wollte sich der Sprecher
                    # nicht äußern", "Das bestätigte die Polizei nicht", "Dazu sagte er nichts" (reported nothing)
                return toks[k].start, toks[k].end
    if lex.lang == "en" and c.speaker is not None and (w := _en_whose_act_opener(ctx, c, lo)) is not None:
        # (round 52, seedleft) so is a "whose" clause whose noun (and its name in apposition) acts: "Other donors included
        # the Arslanian Foundation, whose president, Lena Arslanian, pledged an additional $50,000." (the act was the
        # whole sentence, the main clause with it)
        close = next((k for k in range(c.last + 1, hi) if toks[k].text == "," and not toks[k].quoted), None)
        return toks[w].start, toks[close].start if close is not None else s_end
    if lex.lang == "en" and c.speaker is not None and c.speaker.kind == "relative":
        # "Assange, who denies the accusation, has avoided …": the act is the relative clause
        close = next((k for k in range(c.last + 1, hi) if toks[k].text == "," and not toks[k].quoted), None)
        return toks[c.speaker.first].start, toks[close].start if close is not None else s_end
    if lex.lang == "de" and (colon := next((k for k in range(c.last + 1, hi) if toks[k].end == span[1]), None)) is not None \
            and toks[colon].text == ":" and not toks[colon].quoted and colon + 2 < hi and not toks[colon + 1].quoted \
            and not any(t.quoted for t in toks[colon + 1 : hi]) and any(
                t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
                for t in toks[colon + 1 : min(hi, colon + 9)]):
        # (round 30) a clause in Konjunktiv I after the act's colon is what was said: "Der Minister erhob schwere
        # Vorwürfe gegen die Niederlande: Die Behörden hätten davon gewusst" (the act was the report)
        return toks[colon + 1].start, s_end
    return span


def _en_vocative_content(ctx: QuoteContext, a: int, b: int) -> bool:
    """English (round 54, seedleft): the content a:b (characters) before its cue is an interjection (`vocative_openers`:
    "Well", "Oh", "Listen") and a vocative of capitalised words or titles only ("Well, Mr. Aliyev", "Oh, Mr. President",
    "Look, Senator Smith"): an address to someone, no report."""
    # (round 54, review3) the content's tokens by bisection (a scan of every token of the document ran per content)
    ws = [t for t in ctx.tokens[bisect_left(ctx.starts, a) : bisect_left(ctx.starts, b)] if t.end <= b and t.is_word]
    if len(ws) < 2 or ws[0].low not in ctx.lex.vocative_openers or any(t.quoted for t in ws):
        return False
    rest = ws[1:]
    if rest[0].low in ctx.lex.vocative_openers:
        rest = rest[1:]
    return bool(rest) and len(rest) <= 4 and all(t.is_cap or ctx.lex.is_title(t.text) for t in rest)


def _en_listed_quotation_end(ctx: QuoteContext, a: int, b: int, lo: int) -> bool:
    """English (round 52, seedleft): the content a:b (characters) ends with a quotation that opens with a capital letter
    right after a list's opener ("including", "such as", "among them", "like"), inside the content: the quotation is
    the report, the clause before it the writer's ('He listed demands, including "Stop the war now," he said.')."""
    q = next((q for q in ctx.quotes if a < q.outer_start and b - 2 <= q.outer_end <= b + 2), None)
    if q is None or not ctx.text[q.start : q.end].lstrip()[:1].isupper():
        return False
    k = bisect_right(ctx.starts, q.outer_start - 1) - 1  # the token before the quotation's mark
    while k >= lo and ctx.tokens[k].quoted:
        k -= 1
    if k - 1 < lo or ctx.tokens[k].text != ctx.tokens[k].low or ctx.tokens[k].end > q.outer_start:
        return False
    w, v = ctx.tokens[k].low, ctx.tokens[k - 1].low
    return w == "including" or (w == "as" and v == "such") or (w == "them" and v == "among") or (w == "like" and v == ",")


def _en_whose_act_opener(ctx: QuoteContext, c: Cue, lo: int) -> int | None:
    """English (round 52, seedleft): the index of a lower-case "whose" after a comma that opens the clause of the act's
    cue c, its subject a noun phrase with at most a name in apposition between commas ("…, whose president, Lena
    Arslanian, pledged …", "…, whose chairman pledged …"): no verb, quotation or other clause between; else None."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.first - 1
    while k > lo and k > c.first - 14:
        t = toks[k]
        if t.quoted or t.text in {";", ":", "(", ")"}:
            return None
        if t.text == "whose" and toks[k - 1].text == "," and not toks[k - 1].quoted:
            return k if c.first - k >= 2 and k < c.speaker.first < c.first else None
        if t.is_word and t.text == t.low and (t.low in lex.cue_verbs or t.low in lex.auxiliaries or t.low in RELATIVES_EN):
            return None
        k -= 1
    return None


#: (round 52, seedleft) words that open another clause between "whose" and the act's cue
RELATIVES_EN = frozenset({"who", "which", "that", "whom", "and", "but", "or"})


def _en_coordinated_aux(toks, lex, j: int, hi: int) -> int | None:
    """English (round 40, enacts3): the index of a lower-case "but"/"and" (after an optional comma: the comma's index)
    from j on, right before an auxiliary (with an adverb between at most: "but was later charged"), a second predicate
    of the act's subject with no subject of its own; None when there is none or a quotation comes first."""
    for k in range(j, hi - 1):
        t = toks[k]
        if t.quoted or t.text in {":", ";"} or t.text in ("that", "which", "who", "whom", "whose"):
            return None  # (not inside a relative clause on the object: "the vetoes that have saved … and could have …")
        if t.text not in ("but", "and"):
            continue
        v = k + 1
        if v + 1 < hi and toks[v].text == toks[v].low and toks[v].low.endswith("ly") and toks[v].low in lex.skippable:
            v += 1
        if toks[v].text == toks[v].low and toks[v].low in lex.auxiliaries and not toks[v].quoted:
            return k - 1 if toks[k - 1].text == "," and not toks[k - 1].quoted else k
    return None


def _de_object_relative_before(toks: list, a: int, k: int) -> bool:
    """German (round 53, auditde2): token k stands in a relative clause opened after the act's object, between token a
    (after the cue) and k: an unquoted comma, a relative pronoun in lower case ("der", "die", "welche"), and no other
    comma up to k ("kritisierte den Schiedsrichter, der ein Foul nicht gepfiffen habe")."""
    commas = [x for x in range(a, k) if toks[x].text in {",", ";", ":"} and not toks[x].quoted]
    if len(commas) != 1 or commas[0] == a:
        return False
    r = commas[0] + 1
    return r < k and toks[r].low in _DE_RELATIVE_PRONOUNS and toks[r].text == toks[r].low and not toks[r].quoted


def _speech_act(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> tuple[int, int]:
    """A reported speech act without a content clause ("Die Polizei warnte vor Glätte."): the
    sentence is the quote, up to a colon that introduces what was said."""
    toks = ctx.tokens
    sub = _de_subordinate_act(ctx, c, lo, hi, s_end)
    if sub is not None:
        return toks[sub[0]].start, sub[1]
    if ctx.lex.lang == "de" and c.first - 2 >= lo and toks[c.first - 1].low == "und" and toks[c.first - 2].text == "," \
            and not toks[c.first - 2].quoted:
        s_start = toks[c.first].start  # a coordinated predicate: "Merkel sagte, …, und kündigte eine Prüfung an"
    elif ctx.lex.lang == "de" and c.first - 2 >= lo and toks[c.first - 1].text == "und" and toks[c.first - 2].quoted \
            and any(t.low in ctx.lex.cue_verbs and t.text == t.low and not t.quoted for t in toks[lo : c.first - 1]):
        # a second predicate after a quotation the first one reported: "Sommer nannte die Pläne „sozial
        # ungerecht“ und kündigte Proteste an"
        s_start = toks[c.first].start
    if ctx.lex.lang == "de" and c.first - 2 >= lo and toks[c.first - 2].text == "," and not toks[c.first - 2].quoted \
            and toks[c.first - 1].text == toks[c.first - 1].low and (
                toks[c.first - 1].low in ctx.lex.anaphoric_objects or toks[c.first - 1].low in ctx.lex.pronouns):
        s_start = toks[c.first - 1].start  # a main clause after a comma: "Die Kosten …, davon fordert Airbus …"
    if ctx.lex.lang == "de":
        comma = next((k for k in range(c.first - 1, lo, -1) if toks[k].text == "," and not toks[k].quoted), None)
        if comma is not None and de_main_clause_verb(toks, ctx.lex, comma + 1, hi) == c.first:
            s_start = toks[comma + 1].start  # a main clause after a comma: "…, die US-Behörde gab die Stärke mit 7 an"
        elif comma is not None and comma + 2 < hi and toks[comma + 1].text in _DE_CLAUSE_CONJUNCTIONS \
                and de_main_clause_verb(toks, ctx.lex, comma + 2, hi) == c.first:
            s_start = toks[comma + 2].start  # a coordinated main clause: "…, und die Opposition kritisierte den Plan"
        dash = next((k for k in range(c.first - 1, lo, -1) if toks[k].text in ("–", "—") and not toks[k].quoted), None)
        if dash is not None and toks[dash].start >= s_start and dash + 1 < c.first and dash > lo \
                and not any(t.quoted for t in toks[lo:dash]) \
                and (de_main_clause_verb(toks, ctx.lex, dash + 1, hi) == c.first or (
                    c.first - dash <= 5 and all(t.is_word and t.is_cap and not t.quoted or (
                        x == dash + 1 and t.low in ("der", "die")) for x, t in enumerate(toks[dash + 1 : c.first], dash + 1)))):
            s_start = toks[dash + 1].start  # (round 49, dearticles) a main clause after a dash, as after a comma: "Streit
            # im Rat – Bürgermeisterin kritisiert Blockade", "Der Rat tagte lange – die Bürgermeisterin kritisierte …"
            # (not after a quotation, the act's own content: "„Wir schaffen das“ – Merkel verteidigt …")
    if ctx.lex.lang == "de" and toks[lo].low in ctx.lex.adverbial_subordinators and c.first - 1 > lo \
            and toks[c.first - 1].text == "," and not toks[c.first - 1].quoted:
        s_start = toks[c.first].start  # the main clause after a fronted adverbial one: "Während …, sprach X von …"
    if ctx.lex.lang == "en":
        sub = next((k for k in range(c.first - 1, lo, -1) if toks[k].text in {",", ";", ":", "-", "–", "—"} or toks[k].quoted
                    or (toks[k].text in _EN_ACT_SUBORDINATORS)
                    # (round 37, w5) "as" before the act's subject: "The forecast came as the company reported a drop in
                    # earnings", "Shares fell, even as the company announced a buyback" (the sentence was the act)
                    or (toks[k].text == "as" and c.first - k <= 5 and k + 1 < c.first
                        and (toks[k + 1].low in ctx.lex.determiners or toks[k + 1].is_cap)
                        and toks[k - 1].low not in ("such", "same", "just", "so", "as")
                        and not any(x.low == "as" for x in toks[lo:k]))), None)  # (not a comparison: "as bad as X is")
        if sub is not None and toks[sub].text == "as":
            end = next((k for k in range(c.last + 1, hi) if toks[k].text in {",", ";", ":", "-", "–", "—"}
                        and not toks[k].quoted), None)
            return toks[sub + 1].start, toks[end].start if end is not None else s_end
        if sub is not None and toks[sub].text in _EN_ACT_SUBORDINATORS:
            # (round 24) an act inside the writer's adverbial clause: "Shares fell after the company reported a
            # write-down" is the clause, not the sentence
            end = next((k for k in range(c.last + 1, hi) if toks[k].text in {",", ";", ":", "-", "–", "—"}
                        and not toks[k].quoted), None)
            return toks[sub + 1].start, toks[end].start if end is not None else s_end
        if sub is None and c.first - 2 > lo and (toks[lo].low in _EN_ACT_SUBORDINATORS or (
                toks[lo].low == "even" and toks[lo + 1].low in ("as", "though", "if", "after", "when", "while"))):
            # (round 25) an act inside the writer's fronted adverbial clause: "Even as some Republicans are calling for a
            # vote, McConnell is holding firm" is that clause
            end = next((k for k in range(c.last + 1, hi) if toks[k].text in {",", ";", ":", "-", "–", "—"}
                        and not toks[k].quoted), None)
            if end is not None:
                return toks[lo + 1 + (toks[lo].low == "even")].start, toks[end].start
    colon = next((k for k in range(c.first - 1, lo - 1, -1) if toks[k].text in {":", ";"} and not toks[k].quoted
                  and not (ctx.lex.lang == "en" and en_ticker_punct(toks, k))), None)
    if colon is not None and ctx.lex.lang == "en" and colon + 2 < c.first and toks[colon + 2].text == ")" \
            and colon - 2 >= lo and toks[colon - 2].text == "(":
        colon = None  # (round 36) a stock ticker's colon: "Acme Inc. (NYSE: ACM) reported results …"
    if colon is not None and colon + 1 < c.first:
        # the act's own clause after a colon: "… teilt die GDL mit: Die Gewerkschaft ruft … auf", or after a
        # semicolon: "…; Verbraucherschützer warfen den Versorgern Untätigkeit vor"
        s_start = max(s_start, toks[colon + 1].start)
    for k in range(c.last + 1, hi):
        if k == c.act_until:
            return s_start, toks[k - 1].end  # (round 51, deleft16) before the second cue that reports the content
        if toks[k].text == ":" and not toks[k].quoted and not (ctx.lex.lang == "en" and en_ticker_colon(toks, k)):
            return s_start, toks[k].end  # (not a ticker's: "… to acquire NYSE Euronext (NYSE: NYX) for $42.50")
        if ctx.lex.lang == "en" and toks[k].text in ("and", "but", "while") and k > c.last + 1 and not toks[k].quoted \
                and _en_next_subject_cue(ctx, k + 1, hi) is not None:
            # (round 40, enpolicy) another subject's attribution after "and": "Mayor Rahm Emanuel criticized the
            # decision and Sen. Kamala Harris, D-Calif., said that …" (the act ran on over the second speaker)
            return s_start, toks[k - 1].end
        if toks[k].text == ";" and not toks[k].quoted:
            return s_start, toks[k].start  # "Die Branche nannte die Kopplung als Grund; Verbraucherschützer …"
        if ctx.lex.lang == "en" and toks[k].text == "," and k > c.last + 1 and not toks[k].quoted \
                and _en_spliced_clause(ctx, k + 1, hi) and not any(
                    x.low in ("and", "or", "but", "like", "as") for x in toks[c.last + 1 : k]):
            # (not after a coordinated adjunct of the clause: "described Unions as a tumor and like any cancer, they had
            # to be removed")
            return s_start, toks[k].start  # (round 48, enleft7) a clause of its own after a comma ends the act:
            # "Officials announced the deal, markets rose.", "Pelosi calls Trump a coward, she is a fool"
        if ctx.lex.lang == "de" and toks[k].text == "," and k + 1 < hi and _de_act_ends_before(ctx, k + 1, hi):
            return s_start, toks[k].start
        if ctx.lex.lang == "de" and toks[k].text in ("–", "—") and k > c.last + 1 and k + 2 < hi and not toks[k].quoted \
                and (_de_own_cue_verb(ctx, k + 1, hi) is not None or de_main_clause_verb(toks, ctx.lex, k + 1, hi) is not None
                     or _de_headline_clause_at(ctx, k + 1, hi)):
            # (round 54, deleft) another main clause after a dash, as after a comma: "IG Metall droht mit Warnstreiks –
            # Arbeitgeber weisen Forderung zurück" (the union's act ran on over the employers' reply); a Konjunktiv
            # after it is still the act's own ("Die Ministerin kritisierte den Plan – er sei zu teuer")
            return s_start, toks[k - 1].end
        if ctx.lex.lang == "de" and toks[k].text == "und" and k + 1 < hi and toks[k + 1].text == toks[k + 1].low \
                and toks[k + 1].low in ctx.lex.cue_verbs and not toks[k + 1].quoted and any(
                    t.text in {",", ":"} and not t.quoted for t in toks[k + 2 : min(hi, k + 5)]) and not any(
                    # (round 50, deleft17) not a comma before an adverbial infinitive: "kritisierte die Pläne und
                    # forderte mehr Geld, um die Schulen zu sanieren" (one act; the second was lost)
                    t.text == "," and not t.quoted and x + 1 < hi and _de_adverbial_opens(ctx, x + 1, hi)
                    for x, t in enumerate(toks[k + 2 : min(hi, k + 5)], k + 2)):
            # a second cue of the same subject with its own content: "sprach sich … aus und sagte, …" (not
            # a second act: "bittet … um Entschuldigung und verteidigt die Zugausfälle" is one)
            return s_start, toks[k - 1].end
    return s_start, s_end


#: (round 48, enleft7) irregular past forms of a clause's verb after a plural subject ("…, markets rose")
_EN_SPLICE_PASTS = frozenset({"rose", "fell", "grew", "sank", "soared", "went", "came", "left", "ran", "fled", "won", "lost",
                              "stayed", "remained", "slipped", "dropped", "jumped", "climbed", "cheered", "protested"})


def _en_spliced_clause(ctx: QuoteContext, n: int, hi: int) -> bool:
    """English (round 48, enleft7): a main clause of its own opens at token n after a comma: a subject pronoun and a
    finite verb ("…, she is a fool", "…, they were angry") or a bare lower-case plural and a past form ("…, markets
    rose", "…, investors cheered"). No cue verb (a trailing "…, they said" is another rule's)."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 1 >= hi or toks[n].quoted or toks[n + 1].quoted or toks[n].text != toks[n].low and toks[n].text != "I":
        return False
    w, v = toks[n].low, toks[n + 1]
    if v.text != v.low or v.low in lex.cue_verbs or not v.is_word:
        return False
    if w in lex.subject_pronouns or w == "it":  # (a subject pronoun opening a clause of its own)
        return v.low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "'s", "'re") \
            or (w != "it" and v.low.endswith("ed") and len(v.low) > 4)
    return w.endswith("s") and not w.endswith("ss") and len(w) > 3 and w not in lex.stopwords and w not in lex.pronouns \
        and w not in lex.prepositions and not w.endswith("ly") and v.low in _EN_SPLICE_PASTS


def _en_next_subject_cue(ctx: QuoteContext, n: int, hi: int) -> int | None:
    """English (round 40, enpolicy): the cue of a new clause from token n, when a subject of its own stands before it:
    a name or a determiner's noun phrase (with an appositive between commas), then a finite cue form of
    `inversion_cues` ("… and the governor said …", "… and Sen. Kamala Harris, D-Calif., said …"). None when the words
    between hold a verb, a relative word, a coordinator ("… about Fannie Mae and Freddie Mac and warned about …") or a
    quotation, or no subject opens it ("… and said …")."""
    toks, lex = ctx.tokens, ctx.lex
    if n >= hi or toks[n].quoted or not toks[n].is_word or not (toks[n].is_cap or toks[n].low in lex.determiners) \
            or toks[n].low in lex.pronouns:
        return None
    for x in range(n + 1, min(len(toks), n + 12)):  # (past hi: "D-Calif.," ends the clause there)
        t = toks[x]
        if t.quoted or t.text in (";", ":", "(", ")", "!", "?", "and", "or", "but", "nor") or (
                t.text == "." and x >= hi - 1 and not (x + 1 < len(toks) and toks[x + 1].text == ",")):
            return None
        if t.text == t.low and t.low in lex.inversion_cues:
            return x if toks[x - 1].text != "," or any(y.text == "," for y in toks[n : x - 1]) else None
        if t.is_word and t.text == t.low and (t.low in lex.cue_verbs or t.low in lex.auxiliaries
                                              or t.low in lex.complementizers or t.low in lex.clause_starters
                                              or t.low in lex.pronouns):
            return None
    return None


#: (round 35) English forms of "be" before a progressive
_EN_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"})

#: English modals: never before the cue of a trailing attribution
_EN_MODALS = frozenset({"will", "would", "can", "could", "should", "must", "might", "may", "shall"})

#: English subordinators whose clause, inside a sentence, holds a speech act of its own ("… after the NTSB criticized
#: Boeing"; lower case: not at the sentence start)
_EN_ACT_SUBORDINATORS = frozenset({"after", "before", "when", "while", "since", "because", "until"})

#: German object pronouns that take up a noun after "wie" ("Wahlbetrug, wie ihn Trump behauptet"; not the addressee of
#: "wie ihm der Minister sagte")
_DE_NOUN_PRONOUNS = frozenset({"ihn"})

#: German conjunctions that join main clauses after a comma ("…, aber die Ministerin warnte vor Panik")
_DE_CLAUSE_CONJUNCTIONS = frozenset({"und", "aber", "doch", "sondern", "denn", "oder"})


def _de_cue_clause_verb(ctx: QuoteContext, n: int, hi: int) -> int | None:
    """German (round 36, g1): the finite verb of the main clause from token n when it is a cue of its own (no auxiliary)
    followed by "," or ":" ("…, der Abgeordnete X sagte, dass …"), else None."""
    v = _de_own_cue_verb(ctx, n, hi)
    return v if v is not None and v + 1 < hi and ctx.tokens[v + 1].text in {",", ":"} else None


def _de_own_cue_verb(ctx: QuoteContext, n: int, hi: int) -> int | None:
    """German: the finite verb of the main clause from token n when it is a cue of its own (no auxiliary), else None."""
    toks, lex = ctx.tokens, ctx.lex
    v = de_main_clause_verb(toks, lex, n, hi)
    return v if v is not None and toks[v].low in lex.cue_verbs and toks[v].low not in lex.auxiliaries else None


def _de_indicative_narration(ctx: QuoteContext, c: Cue, lo: int, hi: int, spans: list[tuple[int, int]]) -> int | None:
    """(round 45, denachruf) German: after a cue of `narration_comma_cues` that shows a feeling or honours someone ("zeigte
    sich tief betroffen", "würdigten die Verdienste des Verstorbenen"), a comma clause in the indicative is the writer's
    narration, not what was said: "Auch Matthäus zeigte sich betroffen, er war sein Kapitän bei der WM 1990" (reported "er
    war sein Kapitän …"). With Konjunktiv ("…, er sei fassungslos") or a complementizer ("…, dass …") it stays a report.
    Returns the comma's token index (the act ends there), or None."""
    toks, lex = ctx.tokens, ctx.lex
    if len(spans) != 1 or toks[lo].low == "wie":
        return None  # ("Wie mehrere Studien zeigen, sind …")
    a, b = spans[0]
    n = next((i for i in range(c.last + 1, hi) if toks[i].start >= a), None)
    if n is None or n - 1 <= c.last or toks[n - 1].text != "," or toks[n - 1].quoted or toks[n].quoted \
            or toks[n].low in lex.complementizers or toks[n].text == toks[n].low and toks[n].low not in lex.pronouns:
        return None
    if toks[c.first].low in lex.separable and toks[n - 2].low not in lex.separable[toks[c.first].low]:
        return None  # "zeigte sich …" only with its state adjective right before the comma
    for t in toks[n:hi]:
        if t.start >= b:
            break
        if t.quoted or (t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i
                                             or t.low in lex.konjunktiv_ii or t.low in lex.reportative)):
            return None
    return n - 1


#: (round 51, deleft16) conjunctions before a second adjective of a stance ("enttäuscht, aber kämpferisch")
_DE_ADJECTIVE_BUT = frozenset({"aber", "doch", "jedoch", "wenngleich", "wenn auch"})
#: adverbs before that adjective ("aber auch kämpferisch", "aber zugleich zuversichtlich")
_DE_ADJECTIVE_BUT_ADVERBS = frozenset({"auch", "zugleich", "dennoch", "trotzdem", "weiterhin", "sehr", "durchaus", "noch"})


def _de_coordinated_adjective(ctx: QuoteContext, n: int, hi: int) -> bool:
    """(round 51, deleft16) German: tokens n… up to the sentence end are a lone lower-case adjective, perhaps after an
    adverb ("kämpferisch.", "auch zuversichtlich."): no clause of its own, no verb."""
    toks, lex = ctx.tokens, ctx.lex
    e = hi
    while e > n and not toks[e - 1].is_word and toks[e - 1].text in {".", "!"}:
        e -= 1
    if e != hi - 1 and e != hi or not 1 <= e - n <= 3:
        return False
    ws = toks[n:e]
    if any(not t.is_word or t.quoted or t.text != t.low for t in ws):
        return False
    if any(t.low in _DE_ADJECTIVE_BUT_ADVERBS for t in ws[-1:]) or any(t.low not in _DE_ADJECTIVE_BUT_ADVERBS for t in ws[:-1]):
        return False
    w = ws[-1].low
    return not (w in lex.auxiliaries or w in lex.cue_verbs or w in lex.past_verbs or w in lex.stopwords
                or w in lex.konjunktiv or w in lex.konjunktiv_i or w.endswith(("te", "ten")) and not w.endswith("ente"))


def _de_headline_clause_at(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German (round 54, deleft): a headline's main clause without an article opens at token n after a dash: one to
    three capitalised words and a finite verb in the present ("– Arbeitgeber weisen Forderung zurück", "– Werder siegt
    spät"); not a pronoun's Konjunktiv ("– er sei zu teuer"), a participle ("– Tendenz steigend") or "und zwar"."""
    toks, lex = ctx.tokens, ctx.lex
    v = n
    while v < hi and v - n < 3 and toks[v].is_word and toks[v].is_cap and not toks[v].quoted \
            and toks[v].low not in lex.stopwords and toks[v].low not in lex.determiners:
        v += 1
    if v == n or v >= hi:
        return False
    w = toks[v]
    return w.is_word and not w.quoted and w.text == w.low and w.low.endswith(("t", "en")) and not w.low.endswith("end") \
        and len(w.low) > 3 and w.low not in lex.stopwords and w.low not in lex.prepositions and w.low not in lex.konjunktiv \
        and w.low not in lex.konjunktiv_i and w.low not in lex.auxiliaries and w.low not in lex.time_words


def _de_act_ends_before(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: token n (after a comma) starts what is no longer a speech act's own clause: another
    predicate ("…, und daraufhin die Polizei gerufen", "gab Pläne zu, wollte die Zahl aber nicht
    bestätigen") or an adverbial clause without Konjunktiv I ("warnte vor Partys, nachdem Clubs
    geschlossen hatten").  Memoised per document (round 50, longsent): it reads only tokens, and every
    cue of a long sentence asks it again for each comma after the cue."""
    key = ("act_ends", n, hi)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _de_act_ends_before_uncached(ctx, n, hi)
    return bool(got)


def _de_act_ends_before_uncached(ctx: QuoteContext, n: int, hi: int) -> bool:
    t, lex = ctx.tokens[n], ctx.lex
    if _de_contrast_tail(ctx, n, hi):
        return False  # (round 50, deleft17) "kritisierte die Entscheidung, aber nicht den Trainer" (was cut at ", aber")
    if t.text in _DE_ADJECTIVE_BUT and n >= 3 and ctx.tokens[n - 2].text == ctx.tokens[n - 2].low \
            and any(x.low == "sich" and not x.quoted for x in ctx.tokens[max(0, n - 5) : n - 2]) \
            and _de_coordinated_adjective(ctx, n + 1, hi):
        return False  # (round 51, deleft16) a coordinated state adjective: "zeigte sich enttäuscht, aber kämpferisch"
        # (after "sich" and its adjective only: "warnte vor Glätte, doch vergeblich" is the writer's)
    if t.text in lex.coordinators or _de_main_clause_opens(ctx, n, hi) or _de_coordinated_predicate(ctx, n, hi):
        return True
    if _de_own_cue_verb(ctx, n, hi) is not None:
        return True  # another speaker's main clause with its cue: (round 36, g1) "…, der Abgeordnete X sagte, dass …";
        # (round 42, depolice) "Die Staatsanwaltschaft hatte drei Jahre Haft gefordert, der Verteidiger hielt eine
        # Bewährungsstrafe für angemessen"
    if t.text in ("der", "die", "das") and (e := next((x for x in range(n + 1, min(hi, n + 16)) if not ctx.tokens[x].is_word
                                                    and ctx.tokens[x].text not in ("-", "%")), hi)) < hi \
            and ctx.tokens[e].text in {".", "!"} and _de_gapped_subject_object(ctx, n, e):
        return True  # (round 43, deleftovers) a gapped conjunct: "Die Staatsanwaltschaft forderte sechs Jahre Haft, die
        # Verteidigung einen Freispruch"
    if t.text == "wobei":
        return True  # (round 28) a remark on the act: "Zwei Drittel hätten X kritisiert, wobei nicht jedes Land …"
    return t.text == t.low and (t.low in lex.auxiliaries and t.low not in lex.konjunktiv or (
        t.low in lex.adverbial_subordinators and not _de_konjunktiv_i_in(ctx, n, hi)))


#: (round 50, deleft17) focus words in a contrasted object after "aber" ("aber nicht den Trainer", "aber auch die Fans")
_DE_CONTRAST_FOCUS = frozenset({"nicht", "auch", "nur", "ebenso", "zugleich", "vor", "allem", "ausdrücklich", "insbesondere"})


def _de_contrast_tail(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German (round 50, deleft17): token n (after a comma) opens a contrasted object without a verb to the sentence end,
    "aber"/"doch"/"jedoch" or "nicht aber" and a noun phrase ("…, aber nicht den Trainer", "…, nicht aber die Spieler",
    "…, aber auch die Fans"): still the act's own clause. Not a clause ("…, aber die Lage sei ernst")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or n + 1 >= hi:
        return False
    a = n + 1 if toks[n].text in ("aber", "doch", "jedoch") else n + 2 if (
        toks[n].text == "nicht" and toks[n + 1].text in ("aber", "jedoch")) else None
    if a is None or a >= hi:
        return False
    e = a
    while e < hi and toks[e].is_word and not toks[e].quoted:
        e += 1
    if e - a < 2 or e - a > 8 or (e < hi and (toks[e].text not in {".", "!"} or toks[e].quoted)) \
            or any(t.is_word for t in toks[e:hi]) or not toks[e - 1].is_cap:
        return False
    words = toks[a:e]
    return any(t.is_cap for t in words) and all(
        t.is_cap or (t.text == t.low and (t.low in lex.determiners or t.low in lex.possessives or t.low in lex.prepositions
                                          or t.low in _DE_CONTRAST_FOCUS or t.low in ("und", "oder")
                                          or (i + 1 < len(words) and words[i + 1].is_cap and _de_list_adjective(t, lex))))
        for i, t in enumerate(words))


def _de_subordinate_act(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_end: int) -> tuple[int, int] | None:
    """German: the subordinate clause a speech-act cue closes (verb-final, only auxiliaries after
    it), as (first token, end char): "…, nachdem die Eltern es gewarnt hatten, …"; None elsewhere."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or c.first - 1 < lo or toks[c.first - 1].text == ",":
        return None
    a, sub = clause_start(toks, lex, c.first, lo)
    if a == lo and not sub and _de_adverbial_clause(ctx, c, lo):
        sub = True  # a fronted adverbial clause: "Während die Regierung die Pläne lobte, sprach …"
    e = c.last + 1
    while e < hi and toks[e].low in lex.auxiliaries and toks[e].text == toks[e].low:
        e += 1
    final = e >= hi or (toks[e].text in {",", ".", ";"} and not toks[e].quoted)
    if not (sub and final):  # (clause_start opens a subordinate clause only after a comma: a > lo)
        return None
    if a - 1 > lo and toks[a - 1].text == "," and toks[a - 2].is_cap and de_noun_list(ctx, a, c.first, toks[c.first].start) \
            and any(t.low in lex.auxiliaries and t.text == t.low and not t.quoted for t in toks[lo : a - 1]):
        return None  # (round 36, g1) the rest of a list of objects before the participle, no relative clause: "Die
        # Gewerkschaft hatte mehr Lohn, die Übernahme der Azubis und mehr Mitbestimmung gefordert"
    return a, clause_stop(toks, lex, a + 1, hi, s_end, True)


#: a request for anonymity after "asked": "(that) her name not be used", "that he not be identified"
#: (round 44, enleftovers2) also with a kind of name: "who asked that her last name not be used", "his full name"
_ANONYMITY = re.compile(r"(?:that\s+)?(?:(?:his|her|their|its)\s+(?:(?:last|full|first|real|family|sur)\s*)?"
                        r"(?:name|identity|names)|s?he|they)\s+(?:not|never)\s+be\s+"
                        r"(?:used|published|named|identified|disclosed|revealed|printed)\b", re.I)


#: (round 50, enarticles3) what a cue says before a time or reason clause of the writer's: "said so", "suggested
#: something similar", "said much the same"
_EN_SAID_THING = frozenset({"so", "something", "similar", "same", "much", "nothing", "the", "thing", "things", "little",
                            "else", "different", "likewise", "as"})


def _en_object_then_adverbial(ctx: QuoteContext, c: Cue, a: int, hi: int) -> bool:
    """English (round 50, enarticles3): content starting at a lower-case "when"/"after"/"before"/"while"/"because"
    after a short thing object of the cue ("so", "something similar", "much the same") is the writer's adverbial clause,
    nothing said: "Boyd suggested something similar when I asked him what he would do." (reported the when-clause)."""
    toks = ctx.tokens
    k = bisect_right(ctx.starts, a) - 1
    if not (c.last + 2 <= k <= c.last + 4) or k >= hi or toks[k].quoted or toks[k].text not in (
            "when", "after", "before", "while", "because", "as", "once"):
        return False
    return all(t.is_word and not t.quoted and t.text == t.low and t.low in _EN_SAID_THING for t in toks[c.last + 1 : k]) \
        and toks[c.last + 1].low not in ("that", "this", "it", "as", "more")


def _en_in_adverbial_clause(ctx: QuoteContext, c: Cue, lo: int, hi: int,
                            spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """English: a cue inside a fronted adverbial clause ("While officials believe …, Allen said …")
    reports up to the comma that closes the clause, not into the main clause."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "en" or not spans:
        return spans
    k = lo + 1 if toks[lo].low in lex.coordinators and lo + 1 < hi else lo
    if k + 2 < hi and toks[k + 1].text == "," and not toks[k].quoted and not toks[k + 1].quoted and toks[k].is_word \
            and (toks[k].low.endswith("ly") and len(toks[k].low) > 4 or toks[k].low in lex.skippable) \
            and toks[k].low not in lex.stopwords and toks[k].low not in lex.cue_verbs:
        k += 2  # (round 49, auditnews4) after a sentence adverb and its comma: "Certainly, if they really believed that
        # the plan was bad, the better strategy would have been …" (the content ran into the main clause)
    if toks[k].low == "even" and k + 1 < hi:
        k += 1  # "even though", "even if", "even as"
    if k + 3 < hi and toks[k].low == "as" and toks[k + 1].low in ("soon", "long") and toks[k + 2].low == "as" \
            and not any(t.quoted for t in toks[k : k + 3]):
        k += 2  # (round 49, auditnews6) "As soon as he said that the deal was off, shares fell" (the content ran into the
        # main clause), "as long as"
    if not (toks[k].low in lex.adverbial_subordinators or toks[k].low in _EN_TEMPORAL_OPENERS
            or toks[k].low == "as" and k - 2 >= lo and toks[k - 2].low == "as") or toks[k].quoted:
        return spans
    # (the comma may close a quotation, American style: 'acknowledged the situation is a "historic challenge," the
    # secretary claimed …')
    comma = next((x for x in range(c.last + 1, hi) if toks[x].text == "," and (not toks[x].quoted or (
        x + 1 < hi and toks[x + 1].quoted and not toks[x + 1].is_word and (x + 2 >= hi or not toks[x + 2].quoted)))), None)
    if comma is None or any(toks[x].text == "," and not toks[x].quoted for x in range(k, c.first)):
        return spans  # the cue is in the main clause ("Because the vote was close, the senator said …")
    main = comma + 1
    if _en_then_main_clause(toks, lex, c, main, hi):
        return [(a, min(b, toks[comma].start)) for a, b in spans if a < toks[comma].start]
    if not (main < hi and (any(t.low in lex.cue_verbs for t in toks[main : min(hi, main + 8)]) or (
            # (round 34, w2g) or the main clause is a plain clause of its own, a subject and its finite verb: "After
            # Schumer announced that he would back the bill, he bore the brunt of the anger" (the content ran on)
            toks[main].is_word and not toks[main].quoted and (_en_clause_start(toks[main], lex) or (
                toks[main].low.endswith("s") and toks[main].low not in lex.stopwords))  # a bare plural: "critics …"
            and toks[main].low not in _EN_NOT_MAIN_OPENERS and _en_finite(toks, lex, main, hi)))):
        return spans  # only when the main clause reports on its own: "…, Allen said the investigation …"
    a = bisect_right(ctx.starts, spans[0][0]) - 1
    if not any(t.low in lex.cue_verbs for t in toks[main : min(hi, main + 8)]) and not (0 <= a < comma and _en_finite(toks, lex, a, comma)):
        return spans  # (round 34, w2g) the content has no verb of its own before the comma: "says that from here on out, …"
    end = toks[comma + 1].end if toks[comma].quoted else toks[comma].start  # (with the quotation's closing mark)
    return [(a, min(b, end)) for a, b in spans if a < end]


#: (round 48, auditdebates2) question words after "then" that open the main clause ("If he says …, then why is he …?")
_EN_THEN_QUESTION_WORDS = frozenset({"why", "how", "what", "where", "who"})


def _en_then_main_clause(toks, lex, c: Cue, main: int, hi: int) -> bool:
    """(round 48, auditdebates2) English: "then" after the comma that closes a fronted adverbial clause holding the cue
    c opens the main clause, with a subject and its finite verb or a question word and an auxiliary: "But when people
    suggest that I pal around with terrorists, then we're not talking about issues", "If he says that the program
    works, then why is he cutting it?" (the content ran on into the main clause). Not when the content opens a
    conditional of its own before the comma ("said that if the plan fails, then we will …": its "then")."""
    if main + 2 >= hi or toks[main].text != "then" or toks[main].quoted or any(
            t.low in ("if", "when", "once", "unless", "whenever") for t in toks[c.last + 1 : main]):
        return False
    n = toks[main + 1]
    if not n.is_word or n.quoted or n.low in _EN_NOT_MAIN_OPENERS:
        return False
    if n.low in _EN_THEN_QUESTION_WORDS:
        return toks[main + 2].low in lex.auxiliaries and not toks[main + 2].quoted
    return _en_clause_start(n, lex) and _en_finite(toks, lex, main + 1, hi)


#: (round 34, w2g) prepositions of time that open a fronted adverbial clause as well ("After Trump said …, Harris …")
#: (round 41, enforecasts) records of what was said on an occasion: "according to a FactSet transcript" after "X said on
#: a call with analysts" is no second source
_EN_RECORDS = frozenset({"transcript", "transcripts", "recording", "recordings", "webcast", "replay", "audio", "video",
                         "footage", "tape", "tapes"})
_EN_TEMPORAL_OPENERS = frozenset({"after", "before"})
#: words after the comma that continue the content rather than open the main clause ("…, which …", "…, and …")
_EN_NOT_MAIN_OPENERS = frozenset({"which", "who", "whom", "whose", "and", "but", "or", "that", "as", "if", "then"})


def _en_moved_by(toks, lex, a: int, b: int) -> bool:
    """English (round 42, enbiz3): tokens[a:b] hold a past verb before an amount or a manner adverb, a clause of its own
    and no description: "During the second quarter, China's currency devalued five percent, Cook said", "Last year, the
    yuan weakened sharply, Cook said" (the content was cut at the fronted adverbial's comma, or lost)."""
    for k in range(a, b - 1):
        t, n = toks[k], toks[k + 1]
        if _en_finite_verb(t, lex) and t.low not in lex.auxiliaries and not n.quoted and (
                n.text[:1].isdigit() or n.text in ("$", "£", "€") or (n.is_word and n.text == n.low and (
                    _EN_NUMBER_WORD.fullmatch(n.low) or (n.low.endswith("ly") and len(n.low) > 4)))):
            return True
    return False


#: (round 43, encrime) cue verbs of a cry or a sound: with "when" right after them a time clause, no reported question
_EN_SOUND_CUES = frozenset({"screamed", "screams", "shouted", "shouts", "yelled", "yells", "cried", "shrieked", "gasped",
                            "laughed", "sighed", "cheered", "whispered"})


def _en_object_report_noun_that(ctx: QuoteContext, j: int, k: int, hi: int) -> bool:
    """(round 49, enleft11) English: the "that" at token k, after the cue's object from token j, opens the content of a
    report noun in that object, right before "that" or before a short adjunct of place, medium or time (owned report
    nouns, hearsay nouns: "confirmed the report that the boy had drowned", "denied his claim on Fox News that the vote
    was rigged", were the whole sentence), not a relative clause ("denied the report that he wrote", "the report that
    appeared on Monday")."""
    from spanbank.annotators.quote_noun_reports import _adjunct_before_that, _object_gap

    toks, lex = ctx.tokens, ctx.lex
    if toks[k].text != "that" or toks[k].quoted or k + 2 >= hi or toks[k + 1].quoted:
        return False
    n = k - 1
    w = toks[n]
    if not (w.text == w.low and not w.quoted and (w.low in lex.owned_report_nouns or w.low in lex.hearsay_nouns)):
        n = _adjunct_before_that(ctx, k, j)
        if n is None or n < j:
            return False
    if n - j > 3 or any(x.quoted or not x.is_word for x in toks[j:n]):
        return False
    if toks[k + 1].low in lex.past_verbs or not _en_that_clause(toks[k + 1], lex) or not _en_finite(toks, lex, k + 1, hi):
        return False
    return not _object_gap(ctx, k, hi)


def _en_object_gap_after(ctx: QuoteContext, k: int, hi: int) -> bool:
    """(round 50, enleft15) `quote_noun_reports._object_gap` (imported late: that module imports this one)."""
    from spanbank.annotators.quote_noun_reports import _object_gap

    return _object_gap(ctx, k, hi)


def _en_nested_report_verb(ctx: QuoteContext, c: Cue, j: int, k: int, hi: int) -> bool:
    """(round 48, ennested) English: the "that" at token k, within the reach after the cue c whose words begin at j, is
    the complementizer of a report inside the report of c (a verb with a bare clause, its speaker before it), so the
    content is the clause from j (`_verb_content`): tokens j..k-1 are a bare subject (a capitalised word, a determiner,
    a subject pronoun, or a listed body or case role: "police", "witnesses"), then a reporting or stance verb not in
    -ing (or an auxiliary and a state adjective: "was convinced"), then at most an object pronoun: "said Jones told him
    that …", "said witnesses reported that …", "says investigators believe that …", "said Trump was convinced that …"."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    q = k - 1 - (k - 2 > j and toks[k - 1].low in _EN_OBJECT_PRONOUNS and toks[k - 1].text == toks[k - 1].low
                 and not toks[k - 1].quoted)  # ("asked him whether …")
    if t.text == "whether" and not t.quoted and q > j and toks[q].low in lex.question_cues \
            and toks[q].text == toks[q].low and not toks[q].low.endswith("ing"):
        # (round 48, enleft7) a question inside the report: "He said reporters asked whether he would run." (the outer
        # content was only 'he would run'); the question cue before "whether" (and an object pronoun)
        k = q + 1
        if toks[c.first].low not in lex.bare_complement_verbs or toks[c.first].low in lex.addressee_verbs \
                or toks[c.first].low in lex.question_cues or c.speaker is None or c.speaker.end >= c.first:
            return False
        f = toks[j]
        return k - 1 == j + 1 and not f.quoted and f.is_word and (
            en_bare_people_plural(f, lex) or f.is_cap and f.low not in lex.stopwords and f.low not in lex.time_words
            or f.text == f.low and f.low in lex.subject_pronouns) or k - 1 == j + 2 and not toks[j + 1].quoted \
            and f.text == f.low and f.low in lex.determiners and toks[j + 1].text == toks[j + 1].low \
            and toks[j + 1].is_word and toks[j + 1].low not in lex.stopwords
    if t.text != "that" or t.quoted or k + 1 >= hi or toks[c.first].low not in lex.bare_complement_verbs \
            or toks[c.first].low in lex.addressee_verbs or c.speaker is None or c.speaker.end >= c.first:
        return False
    f = toks[j]
    plural = en_bare_people_plural(f, lex)  # (round 48, ennested2) "said investors were worried that …"
    if not plural and j + 2 < k and f.text == f.low and f.is_word and not f.quoted and not toks[j + 1].quoted \
            and en_bare_people_plural(toks[j + 1], lex) and f.low not in lex.prepositions and f.low not in lex.auxiliaries \
            and f.low not in lex.cue_verbs and f.low not in lex.complementizers and f.low not in lex.determiners \
            and f.low not in lex.subject_pronouns and not f.low.endswith("ly"):
        # (round 48, enleft6) an adjective or a number before the plural: "Police said local witnesses reported that
        # …", "said two witnesses reported that …" (the outer content was only the inner one)
        plural, j = True, j + 1
    if f.quoted or not f.is_word or f.low in lex.time_words or not (
            f.is_cap or plural or (f.text == f.low and (f.low in lex.determiners or f.low in lex.subject_pronouns
                                                        or f.low in lex.case_roles))):  # (place_bodies: `plural`)
        return False
    if f.is_cap and (f.low in lex.prepositions or f.low in lex.adverbial_subordinators or f.low in lex.complementizers):
        return False
    v = next((x for x in range(j + 1, k) if toks[x].text == toks[x].low and not toks[x].quoted
              and (toks[x].low in lex.cue_verbs or toks[x].low in lex.addressee_verbs or toks[x].low in lex.auxiliaries
                   or toks[x].low in lex.stance_cues)), None)  # (round 48, ennested2) "says Google knew that …"
    if v is None or any(x.quoted or not x.is_word or x.low in lex.prepositions for x in toks[j:v]) or (plural and v != j + 1):
        return False
    if v == j + 1 and f.text == f.low and f.low in lex.determiners:
        return False  # (round 49, enleft11) an article right before the word makes it a noun, no verb: "confirmed the fear
        # that the boy had drowned" (the content was 'the fear that …'; not "said the police fear that …")
    w = v
    if toks[v].low in lex.auxiliaries:
        w = v + 1 + (toks[v + 1].low == "not")
        if w >= k or not (toks[w].low in lex.state_cues or toks[w].low in lex.cue_verbs) or toks[w].text != toks[w].low:
            return False
    elif toks[v].low.endswith("ing"):
        return False  # (a participle: "said Jones, warning that …" has its comma; "said Jones warning that" is no clause)
    if toks[w].low in lex.addressee_verbs and w + 1 < k and k - w <= 3 and not any(x.quoted for x in toks[w + 1 : k]) and (
            (k - w == 2 and en_bare_people_plural(toks[w + 1], lex))
            or all(x.is_cap and x.is_word and x.low not in lex.stopwords for x in toks[w + 1 : k])):
        return True  # (round 48, ennested2) a named or plural addressee: "said Jones told reporters that …", "told CNN that"
    return all(x.low in _EN_OBJECT_PRONOUNS and x.text == x.low and not x.quoted for x in toks[w + 1 : k]) and k - w <= 2


def _en_subject_verb_before(toks, lex, j: int, k: int) -> bool:
    """(round 43, encrime) English: tokens j..k-1 after a bare cue are a short clause of their own, a subject (a
    determiner, a possessive or a capitalised word first) and then a finite verb ("the man collapsed", "the suspect
    ran away", "Smith fled"), all unquoted words."""
    f = toks[j]
    if k - j > 8 or f.quoted or not (f.low in lex.determiners or (
            f.is_cap and f.is_word and f.low not in lex.time_words) or _en_bare_subject(f, lex)):
        return False
    if any(x.quoted or not x.is_word for x in toks[j:k]):
        return False
    # (round 51, enleft18) a copula or auxiliary counts when a word of its own clause follows it ("prices were high
    # when …"), not when it stands right before the time clause ("said it was when the war ended that …", a cleft)
    return any(_en_finite_verb(toks[x], lex) and (toks[x].low not in lex.auxiliaries or (
        x < k - 1 and _en_bare_subject(f, lex))) for x in range(j + 1, k))


def _en_bare_subject(f, lex) -> bool:
    """(round 51, enleft18) English: a lower-case word that opens a clause's subject without a determiner: a subject
    pronoun, a quantifier or a bare noun ("Smith said prices fell when the war ended", "said he left when …", "said
    many people died when …"; the content was only the when-clause). Not a preposition, a time word, an adverb, a
    verb form or a word `not_nouns` lists ("said yesterday when …", "explained exactly when …")."""
    w = f.low
    if not f.is_word or f.quoted or f.text != w:
        return False
    if w in lex.subject_pronouns or w in lex.quantifiers:
        return True
    return w.isalpha() and w not in lex.prepositions and w not in lex.time_words and w not in lex.not_nouns \
        and w not in lex.not_subjects and w not in lex.skippable and w not in lex.subject_adverbs \
        and w not in lex.complementizers and w not in lex.pronouns and not _en_finite_verb(f, lex) \
        and not (w.endswith("ly") and w not in lex.ly_nouns) and not w.endswith("ing")


#: (round 45, enmigration) English words before a time noun (`_EN_TIME_NOUNS`) that open a verbless adjunct after a
#: cue ("said this week in a statement", "told reporters that night")
_EN_TIME_OPENERS = frozenset({"this", "that", "last", "next", "late", "early", "later", "earlier"})
#: (not in the lexicon's prepositions; quote_speakers' set of that name and "along": one name, one set)
_EN_ADJUNCT_PLACE_PREPOSITIONS = _EN_PLACE_PREPOSITIONS | {"along"}


def _en_ago_phrase(toks: list, j: int, hi: int) -> int | None:
    """(round 48, auditdebates) English: a time phrase ending in "ago" opens the words after a cue at j ("said a few
    minutes ago that …", "said a couple of weeks ago, Jim, that …"); returns the position of "ago"."""
    for x in range(j + 1, min(hi, j + 6)):
        t = toks[x]
        if t.quoted or not t.is_word or t.text != t.low:  # (a number's text is its low: "said 20 years ago")
            return None
        if t.low == "ago":
            return x
    return None


def _en_time_adjunct_only(ctx: QuoteContext, a: int, b: int, lo: int, hi: int) -> bool:
    """English (round 45, enmigration): a reported "clause" that is only the writer's time adjunct after the cue, with
    at most prepositional phrases behind it and no finite verb: '"…," the mayor said this week in a statement', '"…,"
    she told reporters in Spanish that night at the shelter' ("that" read as the complementizer left "night at the
    shelter"). "said that night was the worst" keeps its clause (a finite verb follows)."""
    toks = ctx.tokens
    k = bisect_left(ctx.starts, a, lo, hi)
    if k >= hi or toks[k].quoted:
        return False
    t = toks[k]
    if t.low in _EN_TIME_OPENERS and t.text == t.low:
        if k + 1 >= hi or toks[k + 1].low not in _EN_TIME_NOUNS or toks[k + 1].text != toks[k + 1].low:
            return False
        n = k + 2
    elif t.low in _EN_TIME_NOUNS and t.text == t.low and k - 1 >= lo and toks[k - 1].low == "that" \
            and not toks[k - 1].quoted:
        n = k + 1
    else:
        return False
    lex = ctx.lex
    if n < hi and toks[n].start < b and toks[n].low not in lex.prepositions and toks[n].low not in _EN_ADJUNCT_PLACE_PREPOSITIONS:
        return False
    return not any(_en_finite_verb(x, lex) or x.quoted or x.low in ("who", "which", "that")
                   for x in toks[n:hi] if x.start < b)


def _en_finite_verb(t, lex) -> bool:
    """An English lower-case finite verb form: an auxiliary or a past form ("were", "missed", "took")."""
    return t.is_word and not t.quoted and t.text == t.low and (
        t.low in lex.auxiliaries or t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 4)
        or (t.low.endswith("ied") and len(t.low) > 3))  # (round 27) "died", "lied"


def _around_source(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_end: int) -> list[tuple[int, int]]:
    """The reported clause around a German source phrase, without the phrase: "Die Maschine
    ist [laut Polizei] abgestürzt", "…, die [nach Angaben der UN] überfordert ist, …"."""
    toks = ctx.tokens
    m = c.speaker
    first, last = min(c.first, m.first), max(c.last, m.end)
    if last + 1 < hi and toks[last + 1].text == "," and not toks[last + 1].quoted \
            and any(t.text == "," and not t.quoted for t in toks[m.first : m.end + 1]):
        last += 1  # the comma closing the source's apposition: "Laut dem Sprecher …, Saeed Khatibzadeh, gibt es …"
    elif first == lo and last + 2 < hi and toks[last + 1].text == "," and not toks[last + 1].quoted \
            and _de_relative_opens(ctx, last + 2):
        # (round 28) a relative clause on the source: "Nach Angaben der Behörden, die am Montag veröffentlicht wurden, gab
        # es drei Tote" (the relative clause was the content)
        close = next((k for k in range(last + 3, hi) if toks[k].text == "," and not toks[k].quoted), None)
        if close is not None and close + 1 < hi:
            last = close
    elif last + 3 < hi and toks[last + 1].text == "," and not toks[last + 1].quoted and toks[last].is_cap \
            and not toks[last].quoted and de_speaker_apposition(ctx, last + 2, hi):
        # (round 34, w2e) the source's apposition between commas: "Die Kosten steigen nach Angaben von Michael Meyer, dem
        # Leiter des Programms, um zwei Millionen" (the apposition opened the content)
        close = next((k for k in range(last + 3, min(hi, last + 14)) if toks[k].text == "," and not toks[k].quoted), None)
        if close is not None and close + 1 < hi:
            last = close
    left, sub = clause_start(toks, ctx.lex, first, lo)
    right = clause_stop(toks, ctx.lex, last + 1, hi, s_end, sub)
    if ctx.lex.lang == "de" and left < first:
        # (merge review: only a wie-clause, another source's attribution; a weil/nachdem/obwohl clause is part of what the
        # source reports, "Weil er sich bedroht fühlte, trug er nach eigenen Angaben eine Pistole" (de7's test))
        if toks[left].low == "wie" and not toks[left].quoted \
                and (k := next((x for x in range(left + 2, first) if toks[x].text == "," and not toks[x].quoted), None)) is not None \
                and k + 1 < first:
            left = k + 1  # (round 35, de6) an adverbial clause before the main clause is none of its report: "Wie die
            # Zeitschrift berichtet, könnte sich der Anschlag dem Fernschreiben zufolge …" (was "Wie … Anschlag")
        if left > lo and toks[left - 1].text == "," and first - left <= 2 and not toks[left].quoted and (
                toks[first - 1].text == "denen" or (
                    first - left == 2 and toks[first - 1].low in ctx.lex.relative_pronouns
                    and toks[left].text == toks[left].low and toks[left].low in ctx.lex.prepositions)):
            left = first  # (round 38, dewonach2) a relative pronoun (after its preposition) alone before the source is no
            # content: "Dörfer, in denen Berichten zufolge …", "Soldaten, von denen nach Bündnisangaben …" (was "von denen")
        if (toks[left].text in ("dass", "daß") or (
                # (round 44, deansicht) nor is an adverbial clause's conjunction: "Sie ist empört, weil ihrer Ansicht nach
                # einiges schiefläuft" (had the content "weil"), "…, obwohl sie nach eigenen Angaben …" (a capitalised one
                # only right before the source: "Weil seiner Meinung nach …")
                toks[left].low in ctx.lex.adverbial_subordinators and (toks[left].text == toks[left].low
                                                                        or left + 1 == first))) \
                and not toks[left].quoted and not any(t.text == "," and not t.quoted for t in toks[left + 1 : first]):
            left += 1  # (round 35, de6) the conjunction is no content: "…, dass laut dem Geheimdienst ein Anschlag
            # bevorstehe" (had the content "dass")
    if left > lo and toks[left - 1].text in {"–", "—"} and not toks[left - 1].quoted:
        # a parenthesis between dashes ends at its closing dash: "Der Angeklagte – er hat nach eigenen
        # Angaben ein Jurastudium abgebrochen – stellte …"
        close = next((k for k in range(last + 1, hi) if toks[k].text in {"–", "—"} and not toks[k].quoted), None)
        if close is not None and close > last + 1:
            right = min(right, toks[close].start)
    out = []
    if left < first:
        out.append((toks[left].start, toks[first].start))
    if last + 1 < hi:
        out.append((toks[last + 1].start, right))
    return out


def _en_interrupted_that(toks, lex, c: Cue, hi: int) -> bool:
    """English (round 40, enadded): the cue goes on with an interruption between commas and its "that" clause ("Speaking
    at a rally, the president insisted, without citing evidence, that …"): no trailing attribution of the fronted part
    (the fronted participle phrase was the report)."""
    k = c.last + 1
    if k + 3 >= hi or toks[k].text != "," or toks[k].quoted or toks[k + 1].low in lex.coordinators \
            or toks[k + 1].low in lex.determiners or toks[k + 1].low.endswith("ed"):
        return False  # an object or a verb of the clause around a parenthetical: "he is using, he says, the figures …, that
        # Senate Budget Committee Report does not …", "which Mr. Ford later, I believe, espoused, that called for …"
    n = next((x for x in range(k + 1, min(hi, k + INTERRUPTION_REACH)) if toks[x].text == "," or toks[x].quoted), None)
    return n is not None and n > k + 1 and toks[n].text == "," and not toks[n].quoted and n + 2 < hi \
        and toks[n + 1].low == "that" and toks[n + 1].text == "that" and not toks[n + 1].quoted


#: (round 46, enforms) words before a fronted participle cue whose clause the main clause's subject speaks ("While
#: acknowledging that …, X said …"; not "without": "Without saying that …" is no report)
_EN_PARTICIPLE_OPENERS = frozenset({"while", "after", "before", "despite", "although", "though", "when", "since"})


def en_fronted_participle_end(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> tuple[int, Mention] | None:
    """English (round 37, e6): a participle cue opening the sentence with its that-clause (round 46, enforms: or after
    an opener of `_EN_PARTICIPLE_OPENERS`, "While acknowledging that …"), then the main clause ("Asserting
    that the remarks were condemnable, he said …", "Claiming that …, the Prime Minister sought an explanation"): the comma
    that closes the clause and the main clause's subject (the subject speaks, the clause is the content); else None.
    The comma is the last one followed by a noun phrase and a lower-case word that may be its verb (not "and", a
    preposition or a relative pronoun: a list inside the clause goes on)."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[c.first]
    if lex.lang != "en" or c.kind != "verb" or c.last != c.first or t.quoted \
            or not t.low.endswith("ing") or c.first + 3 >= hi or toks[c.first + 1].low != "that" or toks[c.first + 1].quoted:
        return None
    # (round 46, enforms) also after a subordinator or preposition: "While acknowledging that the reform was late, the
    # minister said it would pass.", "After claiming that the vote was rigged, the senator demanded a recount." (nothing
    # reported, or the whole sentence as an act of "claiming")
    opened = c.first == lo + 1 and (o := toks[lo]).is_cap and o.low in _EN_PARTICIPLE_OPENERS and not o.quoted \
        and t.text == t.low
    if not opened and (c.first != lo or not t.is_cap):
        return None
    best = None
    for q in range(c.first + 3, hi - 2):
        if toks[q].text != "," or toks[q].quoted:
            continue
        m = mention_after(toks, q, hi, lex)
        if m is None or m.first != q + 1 or m.kind == "relative" or m.end + 1 >= hi:
            continue
        v = toks[m.end + 1]
        if v.is_word and not v.quoted and v.text == v.low and v.low not in lex.prepositions and v.low not in lex.determiners \
                and v.low not in lex.coordinators and v.low not in lex.relative_pronouns and v.low not in lex.complementizers \
                and not v.low.endswith("ing"):
            best = (q, m)
    return best


#: (round 39, enconv) request verbs that are plain cues, no acts: their addressee must be someone ("told reporters to …",
#: not "told the story to children"); "asked" keeps its round-38 rule
_EN_PLAIN_REQUESTS = frozenset({"told", "tells", "telling", "reminded", "reminds", "reminding", "warned", "warns", "warning",
                                "advised", "advises", "advising"})
_EN_CALL_VERBS = frozenset({"called", "calls", "calling"})
#: (round 44, enleftovers) verbs of answering that a say-participle may follow without a comma ("responded saying …")
_EN_RESPONSE_VERBS = frozenset({"responded", "responds", "respond", "replied", "replies", "reply", "answered",
                                "answers", "countered", "counters", "retorted", "reacted", "reacts"})
#: (round 39, enquestions) question verbs whose passive reports the agent's question: "was asked by Wallace whether …"
_EN_ASKED = frozenset({"asked", "asks"})
#: (round 39, enquestions) bare infinitives in "-ing" after a request's "to": "asked the chairman to bring the nominee
#: back" (was no request: the "-ing" ending had excluded them as participles)
_EN_BARE_ING = frozenset({"bring", "sing", "swing", "cling", "fling", "sting", "string", "spring", "wring"})


def _en_main_past_before(toks, lex, lo: int, k: int) -> bool:
    """(round 39, enquestions) tokens[lo:k] hold a finite verb in the past ("sent", "wrote", "signed"), with no comma,
    colon, quotation, reporting verb or complementizer before token k."""
    past = False
    for x in range(k - 1, lo - 1, -1):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":", "–", "—"}:
            return False
        if t.text == t.low and ((t.low in lex.cue_verbs and t.low != "wrote") or t.low in lex.complementizers):
            return False  # inside a report: "told media that he had received several emails expressing criticism"
        if t.is_word and t.text == t.low and (t.low in lex.past_verbs or t.low in ("wrote", "sued") or (
                t.low.endswith("ed") and len(t.low) > 4 and "-" not in t.low)):
            past = True
    return past


def _en_request_to(ctx: QuoteContext, c: Cue, hi: int) -> int | None:
    """English (round 38, enreq): the index of the infinitive's "to" (or of "not" before it) after a request verb and
    its noun addressee ("asked the court to dismiss the case", "asked lawmakers not to delay"); None without a noun
    addressee ("asked me to", "was asked to comment"), for a thing asked for ("asked Congress for the authority to
    transfer funds") or without a bare verb after "to" ("asked the board to the meeting").
    (round 38, enaddr) A cue word that is also a noun is the addressee's: "asked state officials to …".
    (round 39, enconv) Every verb of `request_verbs`: "urged residents to …", "called on both sides to …", "appealed to
    the public to …", "told reporters to …"; after "ask" a noun addressee only, after the others also "him", "her",
    "them"; a plain cue's addressee is someone, and a word after "to" in -s is a noun ("told the story to children")."""
    toks, lex = ctx.tokens, ctx.lex
    if c.speaker is not None and c.speaker.first == c.speaker.last and toks[c.speaker.first].low in ("i", "we", "you"):
        return None  # the writer's own request ("I asked the Congress to …", "When I asked them to come …")
    verb = toks[c.first].low
    ask = verb in ("asked", "asks")
    if not ask and hi > 0 and toks[hi - 1].text == "?" and not toks[hi - 1].quoted:
        return None  # (round 39, enconv) a question asserts no request: "or is he telling his people to lie?"
    first = c.last + 1
    if verb in lex.appeal_verbs or verb in _EN_CALL_VERBS:
        if first >= hi or toks[first].low != ("to" if verb in lex.appeal_verbs else "on") or toks[first].quoted:
            return None
        first += 1  # "appealed to the public to …", "called on both sides to …"
    k = first
    if not ask and k + 1 < hi and toks[k].low in _EN_OBJECT_PERSONS and toks[k].text == toks[k].low and not toks[k].quoted \
            and toks[k + 1].low in ("to", "not", "never"):
        k += 1  # "urged them to …", "told him to …"
    else:
        if not ask and k < hi and toks[k].low in ("her", "his", "their", "its", "our") and toks[k].text == toks[k].low:
            k += 1  # a possessive opens the addressee: "told her friends to wait"
        while k < hi and k < first + (8 if ask else 12):
            if not ask and k > first and not toks[k].quoted and (
                    (toks[k].text == "." and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())
                    or toks[k].text in ("'s", "’s")):
                k += 1  # (round 39, enconv) an initial or a possessive in the addressee: "called on Speaker Dale R.
                continue  # Whitman to …", "urged the city's residents to …"
            if not ask and k > first and toks[k].text == "(" and not toks[k].quoted and (close := next(
                    (x for x in range(k + 1, min(hi, k + 7)) if toks[x].text in {")", ",", ";", ":"} or toks[x].quoted),
                    None)) is not None and toks[close].text == ")":
                k = close + 1  # (round 39, enconv) a bracket: "called on Speaker Dale R. Whitman (R-Ohio) to …"
                continue
            if not ask and k + 2 < hi and toks[k].low in ("more", "fewer", "less") and toks[k + 1].low == "than" \
                    and toks[k + 2].text[:1].isdigit() and not toks[k].quoted:
                k += 2  # (round 43, enclauses) a number in the addressee: "warned the more than 1 million people in its
                continue  # path to get out of the way" (the whole sentence was the report)
            if not (toks[k].is_word and not toks[k].quoted
                    and toks[k].low not in ("to", "for") and toks[k].low not in lex.auxiliaries and toks[k].low not in lex.negations
                    # (round 53, auditseed) "that" after the addressee opens the content: "told Armenpress that linking
                    # the process to third countries was …" (reported only "to third countries was …")
                    # (not a relative "that" and its verb: "urged the families that live near the plant to leave")
                    and not (k > first and toks[k].text == "that" and k + 1 < hi and (n := toks[k + 1]).is_word
                             and not n.quoted and (n.is_cap or n.low in lex.determiners or n.low in lex.subject_pronouns
                                                   or (n.text == n.low and n.low.endswith("ing") and len(n.low) > 5)))
                    and (toks[k].low not in lex.cue_verbs or toks[k].low in lex.noun_like_cues)
                    and (toks[k].low not in lex.not_nouns or toks[k].low in ("its", "their", "his", "her", "our")
                         # (round 53, auditen) an indefinite addressee: "Police urged anyone with information to come
                         # forward" (the whole sentence was the report)
                         or (k == first and toks[k].low in lex.open_request_subjects))
                    and (toks[k].low not in lex.pronouns or k > first)):
                break
            k += 1
        if k == first or k + 2 >= hi or toks[k - 1].low in lex.determiners or toks[k - 1].low in lex.prepositions:
            return None
        if toks[first].low in lex.prepositions or (toks[first].low in ("her", "his", "its", "their", "our") and k == first + 1):
            return None
    if k + 2 >= hi:
        return None
    head = toks[k - 1]
    if verb in _EN_PLAIN_REQUESTS:  # the head noun before a postmodifier: "American citizens in the region"
        head = next((toks[x - 1] for x in range(first + 1, k) if toks[x].low in lex.prepositions and toks[x].text == toks[x].low), head)
    if verb in _EN_PLAIN_REQUESTS and not (head.is_cap or head.low in _EN_OBJECT_PERSONS or head.low.endswith(("s", "men"))
                                           or head.low == "children"
                                           or lex.is_title(head.low) or head.low in lex.org_heads
                                           or head.low in _EN_BODY_ADDRESSEES):
        return None  # no one told: "told the story to …"
    if verb in _EN_PLAIN_REQUESTS and k - 1 > first + 1 and head.text == head.low and head.low.endswith("s") \
            and not head.low.endswith("ss") and not head.quoted and any(
                (en_bare_people_plural(toks[x], lex) or (toks[x].low in _EN_OBJECT_PERSONS and toks[x].text == toks[x].low))
                and not toks[x + 1].quoted and toks[x + 1].is_word and (
                    (toks[x + 1].is_cap and toks[x + 1].low not in _EN_DAYS and toks[x + 1].low not in _EN_MONTHS)
                    or (toks[x + 1].text == toks[x + 1].low and toks[x + 1].low in lex.determiners))
                for x in range(first, k - 2)):
        return None  # (round 49, enleft11) the addressee, then a clause's subject and its verb before "to": "told reporters
        # Britain wants to leave", "told reporters the government plans to …" (reported only 'to leave')
    neg = toks[k].low in lex.negations and toks[k].text == toks[k].low
    to = k + neg
    if to + 1 >= hi or toks[to].low != "to" or toks[to].quoted:
        return None
    v = toks[to + 1]
    if not v.is_word or v.quoted or v.text != v.low or v.low in lex.determiners or v.low in lex.quantifiers \
            or v.low in lex.not_nouns or v.low in lex.pronouns or (v.low in lex.stopwords and v.low != "be") \
            or v.low.endswith("ed") \
            or (v.low.endswith("ing") and v.low not in _EN_BARE_ING):
        return None
    if not ask and v.low.endswith("s") and not v.low.endswith("ss"):
        return None  # a noun after "to": "told the story to reporters", "warned the lawmakers to their face"
    return k


def _en_request_content(ctx: QuoteContext, c: Cue, hi: int, s_end: int) -> list[tuple[int, int]] | None:
    """English: the content of an active request cue (`request_verbs`) with its addressee and infinitive
    (`_en_request_to`), else None."""
    if c.passive or ctx.tokens[c.first].low not in ctx.lex.request_verbs:
        return None
    to = _en_request_to(ctx, c, hi)
    return [_en_request_span(ctx, to, hi, s_end)] if to is not None else None


def _en_request_span(ctx: QuoteContext, to: int, hi: int, s_end: int) -> tuple[int, int]:
    """(round 38, enreq) The infinitive clause of a request from its "to" (or "not"), up to its first comma: "Trump asked
    the Russians to hack her email, he did it on TV"."""
    toks, lex = ctx.tokens, ctx.lex
    end = clause_end(toks, lex, to + 1 + (toks[to].low in lex.negations), hi, s_end)
    last = next((x for x in range(to + 2, hi) if toks[x].start >= end), hi)
    for x in range(to + 2, last):
        t = toks[x]
        if t.quoted or t.text not in {",", ";", ":", "–", "—", "("}:
            continue
        if t.text == "," and x + 1 < last and _en_bare_verb_list(toks, lex, x + 1, last):
            continue  # (round 39, enconv) a list of infinitives: "urged residents to stay inside, stay safe and ride out
            # the storm" (was "to stay inside")
        return toks[to].start, t.start
    return toks[to].start, end


def _en_bare_verb_list(toks, lex, n: int, last: int) -> bool:
    """(round 39, enconv) The words from n on go on a list of bare infinitives: a lower-case word that is no noun in -s,
    no participle, no pronoun or function word, then "and"/"or" before `last`, and no reporting verb."""
    w = toks[n]
    if not w.is_word or w.quoted or w.text != w.low or w.low.endswith(("s", "ed", "ing")) or w.low in lex.stopwords \
            or w.low in lex.determiners or w.low in lex.pronouns or w.low in lex.prepositions or w.low in lex.quantifiers \
            or w.low in lex.complementizers or w.low in lex.cue_verbs or w.low in lex.org_heads or w.low in lex.auxiliaries:
        return False
    rest = toks[n + 1 : last]
    return any(x.low in ("and", "or") and x.text == x.low and not x.quoted for x in rest) \
        and not any(x.low in lex.cue_verbs and not x.quoted for x in rest)


#: (round 41, enasclauses) the words that may open an English imperative before its verb ("never argue", "do not tell")
_EN_IMPERATIVE_OPENERS = frozenset({"never", "do", "don't", "dont", "not", "n't", "always", "just", "please", "so", "then"})


#: (round 43, enmilitary) forms of "claim" and the deeds it claims as a noun object ("claimed responsibility for", "claim
#: credit for"): no report follows
_EN_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})
_EN_CLAIMED_DEEDS = frozenset({"responsibility", "credit", "authorship"})


#: (round 49, enleft11) present forms of "confirm" and the nouns of a held belief a thing confirms ("It confirms the
#: belief that …": no speech act, `_en_thing_confirms_belief`)
_EN_CONFIRMS = frozenset({"confirms", "confirm"})
_EN_BELIEF_NOUNS = frozenset({"belief", "beliefs", "suspicion", "suspicions", "fear", "fears", "view", "views", "notion",
                              "idea", "theory", "impression", "assumption", "perception", "hunch", "concern",
                              "concerns", "hope", "hopes", "sense", "feeling", "prejudice", "prejudices", "stereotype"})


def _en_thing_confirms_belief(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """(round 49, enleft11) English: a thing pronoun right before a present "confirms" (round 50, enleft15: or a past
    "confirmed", and an event's noun with its determiner: `event_subjects`) and a belief noun, then "that":
    "It confirms the belief that the company seldom has new ideas", ", which confirms my suspicion that …" (the clause
    was reported for "It"; a person or body confirming, "Police confirmed the fear that …", still reports)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or m.end + 1 != c.first or toks[c.first].text != toks[c.first].low or toks[m.last].quoted:
        return False
    v, head = toks[c.first].low, toks[m.last]
    if m.first == m.last and head.low in ("it", "which", "this", "that"):
        # (round 50, enleft15) also the past, for "it" only when no organisation named before stands for it: "It
        # confirmed fears that the plant would close." ("The company said little. It confirmed fears that …" reports)
        if v not in _EN_CONFIRMS and not (v == "confirmed" and (head.low != "it" or c.name in (None, "It", "it"))):
            return False
    elif v not in _EN_CONFIRMS and v != "confirmed" or head.text != head.low or head.low not in lex.event_subjects \
            or not (m.first < m.last and toks[m.first].low in lex.determiners and toks[m.first].low not in ("a", "an")):
        return False  # (round 50, enleft15) an event, an outcome or a figure as the subject: "The decision confirmed
        # fears that the plant would close." ("Police confirmed fears that …", "The ministry confirmed …" report)
    n = c.last + 1
    while n < min(hi, c.last + 4) and not toks[n].quoted and toks[n].is_word and toks[n].text == toks[n].low \
            and toks[n].low not in _EN_BELIEF_NOUNS and toks[n].low != "that":
        n += 1
    return n + 1 < hi and toks[n].low in _EN_BELIEF_NOUNS and toks[n].text == toks[n].low and toks[n + 1].text == "that" \
        and not toks[n + 1].quoted


#: (round 54, enleft2) verbs of showing (`_en_event_shows`)
_EN_SHOW_VERBS = frozenset({"show", "shows", "showed", "demonstrate", "demonstrates", "demonstrated", "underscore",
                            "underscores", "underscored", "prove", "proves", "proved"})


def _en_event_shows(ctx: QuoteContext, c: Cue) -> bool:
    """(round 54, enleft2) English: an event's noun with its determiner right before a verb of showing
    (`event_show_subjects`): "Analysts said the visit showed that both capitals wanted …" (a nested report with "visit"
    as its speaker), "The vote showed voters wanted change"; a study, a poll or data showing still report ("The study
    showed that …")."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or m.end + 1 != c.first or c.first != c.last or toks[c.first].low not in _EN_SHOW_VERBS \
            or toks[c.first].text != toks[c.first].low or m.first >= m.last:
        return False
    head = toks[m.last]
    return not head.quoted and head.text == head.low and head.low in lex.event_show_subjects \
        and toks[m.first].text.lower() in lex.determiners


def _unquoted_dies(toks) -> list[bool]:
    """(round 51, speed) Per token: an unquoted "dies", "das" or "dieses" (a prefix count of `_verb_content`)."""
    return [x.text in ("dies", "das", "dieses") and not x.quoted for x in toks]


def _verb_content(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The content a reporting verb introduces (see the module docstring); [] when none."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if lex.lang == "en" and _en_thing_confirms_belief(ctx, c, hi):
        return []
    if lex.lang == "en" and _en_event_shows(ctx, c):
        return []
    if lex.lang == "en" and c.last + 1 < hi and toks[c.last + 1].text == toks[c.last + 1].low \
            and toks[c.last + 1].low in lex.not_cue_before.get(toks[c.last].low, ()) and not toks[c.last + 1].quoted \
            and not any(t.low == "that" for t in toks[c.last + 2 : min(hi, c.last + 7)]):
        return []  # (round 48, auditcomments2) "It just adds to how foolish you will look", "the fear mongering" (en.yaml
        # not_cue_before; not "added to his remarks that …")
    if lex.lang == "en" and c.last + 3 <= hi and _en_noun_object(toks, lex, c.last + 1, hi):
        return []  # (round 48, auditcomments4) a noun object, no clause: "It will say no such thing", "when he said the
        # word moron" (reported "no such thing", "the word moron"); not "said no such thing existed", "the word was out"
    if lex.lang == "en" and m is not None and m.first == m.last and toks[m.first].low in ("i", "we") \
            and toks[c.first].low == "tell" and c.last + 3 < hi and toks[c.last + 1].low == "you" \
            and toks[c.last + 2].low == "what" and toks[c.last + 3].is_word \
            and not any(t.quoted for t in toks[c.first : c.last + 4]):
        return []  # (round 48, endebates3) "I'll tell you what …" frames the writer's own words: "I will tell you what
        # isn't fictionalized are her e-mails", "I'll tell you what the problem is" (reported the frame's clause; not
        # "I'll tell you what: …", whose clause after the colon is the content)
    if lex.lang == "en" and toks[c.first].low in lex.addressee_verbs and (ab := next((
            x for x in range(c.last + 1, min(hi - 1, c.last + 4)) if toks[x].low == "about" or not toks[x].is_word
            or toks[x].quoted), None)) is not None and toks[ab].text == "about" and toks[ab + 1].low in ("what", "how") \
            and toks[ab + 1].text == toks[ab + 1].low and not toks[ab + 1].quoted:
        return []  # (round 48, endebates3) a topic, no report: "I don't need Mr. Nixon to tell me about what my
        # responsibilities are" (reported 'what my responsibilities are'); (round 48, endebates4) also "about how": "they
        # tell me about how discouraged their son may be"
    if lex.lang == "en" and not c.passive and _en_thing_object_relative(ctx, c, hi):
        return []  # (round 48, endebates3) "He said things that he later regretted" (reported 'he later regretted')
    if lex.lang == "en" and c.last + 3 < hi and toks[c.last + 1].text == "that" and toks[c.last + 2].text == "to" \
            and toks[c.last + 3].is_word and toks[c.last + 3].text == toks[c.last + 3].low and not any(
                t.quoted for t in toks[c.last + 1 : c.last + 4]) and (
                (toks[c.last + 3].low == "be" and not (c.last + 5 < hi and toks[c.last + 4].low in _EN_TO_BE_ASIDES
                                                      and toks[c.last + 5].text == ","))
                or toks[c.last + 3].low in lex.determiners or toks[c.last + 3].low in _EN_OBJECT_PRONOUNS):
        return []  # (round 48, endebates3) "that" is the object: of an infinitive, "I believe that to be accurate, I had 49
        # percent" (reported 'to be accurate, …'), or before "to" and an addressee, "Try telling that to the moron …"; not
        # "fear that to pause or seek compromise is to surrender" (an infinitive subject) nor "said that to be fair, …"
    if lex.lang == "en" and c.last + 1 < hi and toks[c.last + 1].low in _EN_CLAIMED_DEEDS and not toks[c.last + 1].quoted \
            and toks[c.first].low in _EN_CLAIM_FORMS:
        return []  # (round 43, enmilitary) a claim of a deed is no report, with a reduced relative after it or not: "claimed
        # responsibility for the bombing in a statement posted on Telegram" (the content had been "responsibility for …")
    if lex.lang == "en" and c.last + 1 < hi and toks[c.first].low in _EN_RESPONSE_VERBS \
            and toks[c.last + 1].low in _EN_PARTICIPLE_SAY and toks[c.last + 1].text == toks[c.last + 1].low \
            and not toks[c.last + 1].quoted:
        return []  # (round 44, enleftovers) "responded saying …": the participle reports, once (it gave two reports)
    if lex.lang == "en" and (fr := en_fronted_participle_end(ctx, c, lo, hi)) is not None:
        return [(toks[c.first + 2].start, toks[fr[0]].start)]  # (round 37, e6) "Asserting that …, he said …"
    if lex.lang == "en" and (f := _en_content_frame(ctx, c, m, hi)) is not None:
        return [(toks[c.last + 1].start, clause_end(toks, lex, f, hi, s_end))]  # (round 41, enoffices) "said in that
        # case, the suspect …" (the content began at "case")
    if lex.lang == "en" and c.act and toks[c.first].low in _EN_CALL_VERBS:
        if (req := _en_request_content(ctx, c, hi, s_end)) is not None:
            return req  # (round 39, enconv) "called on both sides to exercise restraint"
        return []  # "called for …" is a demand, a speech act: no "that" clause after it ("called for that summit")
    if lex.lang == "de" and c.act and c.first > lo and toks[c.first - 1].low in lex.light_verbs.get(toks[c.first].low, ()) \
            and _de_backref_light(ctx, c.first, lo, toks[c.first - 1].low):
        return []  # (round 37, h2) "Zu diesem Ergebnis kommt eine Studie, die …": the content was the sentence before
    if lex.lang == "en" and m is not None and m.end < c.first and m.first - 1 > lo and toks[m.first - 1].text == "," \
            and not any(t.quoted for t in toks[lo : m.first]) \
            and not _en_finite(toks, lex, lo, m.first - 1) and (req := _en_request_content(ctx, c, hi, s_end)) is not None:
        return req  # (round 48, ennews3) a fronted adjunct, then a request with its addressee: "On Monday, lawmakers
        # urged the president to resign.", "In his speech, Smith urged …" (reported nothing: the adjunct was the report)
    if lex.lang == "en" and m is not None and m.first < c.first:
        a = lo + 1 if toks[lo].low in lex.coordinators and lo + 1 < hi else lo
        if toks[a].low == "just" and a + 1 < hi and toks[a + 1].low == "as" and not toks[a].quoted:
            a += 1  # (round 41, ensports2) "Just as I said earlier, you're …" (reported nothing)
        if (toks[a].low == "as" or (toks[a].low == "like" and a == lo)) and not toks[a].quoted and m.first > a and a + 1 < hi \
                and toks[a + 1].low not in ("far", "for", "long", "soon", "much", "well", "if", "though", "to") and not any(
                t.text in {",", ";", ":"} and not t.quoted for t in toks[a : c.first]):
            # "As Smith told reporters, the plan is a mess": the main clause after the comma is the report
            close = next((x for x in range(c.last + 1, min(hi, c.last + 8)) if toks[x].text in {",", ";", ":", "."}
                          or toks[x].quoted), None)
            if close is not None and toks[close].text in {",", ":"} and not toks[close].quoted and close + 1 < hi:
                if any(t.low in lex.cue_verbs and not t.quoted and not all(
                        y.low in _EN_IMPERATIVE_OPENERS and not y.quoted for y in toks[close + 1 : x])
                       # (round 41, ensports2) not a noun after its article or possessive: "As I said, your claim … is a
                       # sham", "As I said, the claim is …" (reported nothing)
                       and not (x > close + 1 and (toks[x - 1].low in lex.determiners or toks[x - 1].low in ("my", "your"))
                                and not toks[x - 1].quoted)
                       for x, t in enumerate(toks[close + 1 : min(hi, close + 4)], close + 1)):
                    return []  # the main clause reports on its own: "And as Kennedy said …, he said, “…”"
                # (round 41, enasclauses) not an imperative with a speech verb: "As Mark Twain said, never argue with a
                # fool", "As Mike said, do not argue with them" (reported nothing)
                return [(toks[close + 1].start, clause_end(toks, lex, close + 1, hi, s_end))]
    if lex.lang == "de" and toks[c.first].low in ("machte", "machten", "macht", "gab", "gaben", "gibt") and any(
            t.low in ("keine", "keinerlei") and t.text == t.low and not t.quoted and any(
                x.low in _DE_WITHHELD for x in toks[k + 1 : min(hi, k + 4)])
            for k, t in enumerate(toks[c.last + 1 : hi], c.last + 1)):
        return []  # (round 26) information withheld: "Über den Kreis der Personen …, machte die Staatsanwaltschaft keine Angaben."
    if c.passive and lex.lang == "de" and (b := _de_trailing_passive_comma(ctx, c, lo, hi)) is not None and (
            m is not None or any(t.text == t.low and not t.quoted and (
                t.low in lex.konjunktiv_i or t.low in lex.konjunktiv or t.low in lex.konjunktiv_ii) for t in toks[lo:b])):
        # (round 36, v1) a trailing passive after a Konjunktiv I report, with its agent or without: "Die Lage sei
        # ernst, wurde in Bonn von unterrichteter Seite erklärt." (reported nothing)
        return [(s_start, toks[b].start)]
    if c.passive and lex.lang == "de" and m is None:
        # a German passive without its agent reports only a dass-clause right after it ("Es wird vermutet,
        # dass …", "Befürchtet wird, dass …"); the quote has no speaker
        k = c.last + 1
        while k < hi and k <= c.last + 3 and (toks[k].low in lex.auxiliaries or toks[k].text == ",") and not toks[k].quoted:
            k += 1
        if k + 1 < hi and toks[k].low in ("dass", "daß") and not toks[k].quoted:
            return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))]
        if k + 1 < hi and toks[k - 1].text == "," and not toks[k - 1].quoted and not toks[k].quoted and toks[k].is_word \
                and not any(t.low in ("von", "vom") and not t.quoted for t in toks[lo : c.first]) \
                and (toks[k].low not in lex.clause_openers or toks[k].low in lex.determiners) \
                and (e := clause_end(toks, lex, k, hi, s_end)) > toks[k].start \
                and any(t.text == t.low and not t.quoted and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii
                        for t in toks[k + 1 : hi] if t.end <= e):
            return [(toks[k].start, e)]  # (round 53, auditde3) or a clause in the Konjunktiv I without "dass": "Es wurde
            # betont, man habe alle Vorschriften eingehalten." (was nothing); not after a von-phrase, the topic of
            # "berichtet" or an agent not found ("Von dem Unfall wurde am Abend berichtet, der Fahrer sei verletzt.")
        if (inf := _de_passive_infinitive(ctx, c, hi, s_end)) is not None:
            return [inf]  # (round 52, dereported) "Dem Minister wird vorgeworfen, Steuergelder verschwendet zu haben."
        return []
    if c.passive and lex.lang == "en" and m is None and (b := _en_trailing_it_passive(ctx, c, lo, hi)) is not None:
        return [(s_start, toks[b].start)]
    if c.passive and lex.lang == "en" and m is not None and m.first > c.last + 1 and toks[c.last + 1].low == "by" \
            and not toks[c.last + 1].quoted and all(t.low in lex.determiners for t in toks[c.last + 2 : m.first]) \
            and (b := _en_trailing_it_passive(ctx, c, lo, hi, after=m.end + 1)) is not None:
        return [(s_start, toks[b].start)]  # (round 48, enpassive3) the trailing passive with its agent: "The minister had
        # lied, it was claimed by critics." (was nothing; the agent speaks)
    if c.passive and lex.lang == "en" and m is None and (par := _en_parenthetical_it_passive(ctx, c, lo, hi)) is not None:
        # (round 48, enpassive2) "The minister, it was reported, had lied about the payments." (was nothing)
        after = (toks[par[1]].start, clause_end(toks, lex, par[1], hi, s_end))
        return [(s_start, toks[par[0]].start), after] if par[0] is not None else [after]
    if c.passive and lex.lang == "en":
        # a passive reports only a "that" clause, after its agent if it has one: "The point was made
        # by Mr. Nixon that …", "it was announced that …" (then the quote has no speaker)
        k = m.end + 1 if m is not None else c.last + 1
        while k < hi and toks[k].text == "," and k <= c.last + 6:
            k += 1
        if m is None and k == c.last + 1 and k < hi and toks[k].low != "that" and (
                j := _en_skip(ctx, c, k, hi)) < hi and k < j <= k + 6 and toks[j].text == "that" \
                and not any(t.quoted or t.text in {",", ";", ":", "(", "—", "–"} for t in toks[k:j + 1]) \
                and toks[j - 2].low != "the" and _en_it_before_passive(toks, c, lo):
            k = j  # (round 46, enforms) a time or place adjunct before an agentless passive's "that": "It was announced
            # on Monday that the minister had resigned.", "It was reported late Tuesday that …" (reported nothing; only
            # after "it": "The plan was announced on Monday that would cut taxes" has a relative "that")
        if m is None and k == c.last + 1 and k + 2 < hi and toks[k].low == "by" and not toks[k].quoted and (
                j := next((x for x in range(k + 1, min(hi, k + 4)) if not (
                    toks[x].text == toks[x].low and toks[x].is_word and not toks[x].quoted
                    and toks[x].low not in lex.determiners and toks[x].low != "that")), hi)) < hi \
                and j > k + 1 and toks[j].text == "that" and toks[j - 1].low in lex.passive_means_nouns:
            k = j  # (round 48, enpassive) a bare means before the "that": "Staff were told by phone that …"
        if m is None and k == c.last + 1 and k + 2 < hi and toks[c.first].low in _EN_PASSIVE_TOLD \
                and toks[k].text == toks[k].low and not toks[k].quoted \
                and (toks[k].low in lex.determiners or toks[k].low in lex.subject_pronouns) and _en_finite(toks, lex, k, hi):
            return [(toks[k].start, clause_end(toks, lex, k, hi, s_end))]  # (round 48, auditcomments2) an addressee's
            # passive and a clause with no "that": "They were told their plan was idiotic." (reported nothing)
        q = k
        if m is not None and q < hi and toks[q].low in lex.adjunct_preps and toks[q].text == toks[q].low:
            # an adjunct after the agent: "was asked by a reporter at the briefing whether …"
            q = next((x for x in range(q + 1, min(hi, q + 8)) if not toks[x].is_word or toks[x].quoted
                      or toks[x].low in ("whether", "if", "that") or toks[x].low in lex.cue_verbs), hi)
        if m is not None and m.first - 1 == c.last + 1 and toks[c.last + 1].low == "by" and toks[c.first].low in _EN_ASKED \
                and q + 1 < hi and toks[q].low in ("whether", "if") and toks[q].text == toks[q].low and not toks[q].quoted:
            k = q
            # (round 39, enquestions) a question put by the passive's agent: "Trump was asked by Wallace whether he would
            # accept the results" (the asker speaks it, as in "Wallace asked whether …"; was nothing)
            return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))]
        if m is not None and k < q < hi - 1 and toks[q].text == "that" and not toks[q].quoted and toks[q - 1].low != "the" \
                and (toks[q + 1].is_cap or toks[q + 1].text[:1].isdigit() or toks[q + 1].low in lex.determiners
                     or toks[q + 1].low in lex.pronouns or toks[q + 1].low in lex.quantifiers) \
                and _en_it_before_passive(toks, c, lo):
            k = q  # (round 48, enpassive) an adjunct between the agent and the "that" of an impersonal passive: "It was
            # announced by the ministry on Monday that …" (reported nothing; not "The plan was approved by the board at
            # a meeting that lasted …", whose "that" is relative)
        return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))] \
            if k + 1 < hi and toks[k].low == "that" and not toks[k].quoted else []
    # (round 41, encomments3) an as-clause after ", but" or ", and" opens its own conjunct: "…, but as this author notes,
    # Kenney smells political opportunity" (the report is the clause after it, as after a sentence-opening "But as …")
    conj = lex.lang == "en" and m is not None and m.end < c.first and m.first - 3 > lo and toks[m.first - 1].low == "as" \
        and toks[m.first - 2].low in ("but", "and", "yet") and toks[m.first - 2].text == toks[m.first - 2].low \
        and toks[m.first - 3].text == "," and not toks[m.first - 3].quoted \
        and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[m.first : c.first])
    if conj:
        j = c.last + 1
        if j < hi and toks[j].text == toks[j].low and not toks[j].quoted and toks[j].low in lex.separable.get(toks[c.first].low, ()):
            j += 1  # "…, but as Robin pointed out, …"
        k = _en_skip(ctx, c, j, hi)
        if k + 1 < hi and toks[k].text == "," and not toks[k].quoted and toks[k + 1].is_word and not toks[k + 1].quoted \
                and toks[k + 1].low not in lex.coordinators:
            return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))]
        return []
    if lex.lang == "en" and m is not None and m.end < c.first and m.first - 2 > lo and toks[m.first - 1].low == "as" \
            and toks[m.first - 2].text == "," and not toks[m.first - 2].quoted \
            and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[m.first : c.first]):
        # a trailing or parenthetical as-clause: "The economy is recovering, as the president noted on
        # Monday." / "The plan, as Smith said, is a mess."
        comma = m.first - 2
        if _en_negated_as_commitment(ctx, c, m, lo):
            return []  # (round 49, auditnews4) a commitment's as-clause right after a negation: the clause says the
            # promise was not kept, the writer's word, no report ("The majority did not, as it promised, address the
            # issue"; "The economy is not, as the minister noted, in recession" keeps the minister's report)
        if (req := _en_request_content(ctx, c, hi, s_end)) is not None:
            # (round 43, enclauses) a directive with its addressee and infinitive reports that, not the clause before the
            # comma: "Crews fled the town, as Sheriff Kory Honea warned residents not to defy evacuation orders" (the
            # clause before was Honea's)
            return req
        j = c.last + 1
        if j < hi and toks[j].text == toks[j].low and not toks[j].quoted and toks[j].low in lex.separable.get(toks[c.first].low, ()):
            j += 1  # (round 41, enasclauses) the verb's particle: "…, as Robin pointed out.", "…, as the mayor put it, …"
        k = _en_skip(ctx, c, j, hi)
        if k >= hi or toks[k].text in {".", "!", "?", ";"}:
            return [(s_start, toks[comma].start)]
        if toks[k].text == "," and not toks[k].quoted and k + 1 < hi and toks[k + 1].low in lex.coordinators:
            return [(s_start, toks[comma].start)]  # "The system is where it was, as I've said, and that …"
        if toks[k].text == "," and not toks[k].quoted and k + 1 < hi:
            after = (toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))
            # the part before belongs to the report only when the as-clause splits a subject from its verb
            before = _splits_subject(ctx, lo, k + 1) and _subject_part(ctx, lo, comma)
            return [(s_start, toks[comma].start), after] if before else [after]
    if lex.lang == "de" and m.end < c.first:
        # a trailing wie-clause: "Die Brücke wird im Mai eröffnet, wie die Stadt mitteilte."
        w = c.first - 1
        # (round 25: 20 tokens, was 12: "…, wie der russische Chefunterhändler Wladimir Medinskij nach den Gesprächen vor
        # Journalisten in Istanbul sagte.")
        while w > lo and w >= c.first - 20 and toks[w].text not in {",", ";", ":"}:
            if toks[w].quoted:
                r = w  # (round 23) a paper's name in quotation marks: "…, wie der „Spiegel“ berichtet."
                while r - 1 > lo and toks[r - 1].quoted:
                    r -= 1
                if w - r > 5 or not any(t.is_cap or t.is_word for t in toks[r : w + 1]) \
                        or de_quoted_name_before(toks, w + 1, lo, lex) is None:  # (round 42, detech2: "„heise online“")
                    break
                w = r
            w -= 1
        if w > lo and w == c.first - 1 and toks[w].text == "," and not toks[w].quoted:
            # a name in apposition before the cue: "…, wie der Sprecher des Landkreises, Andreas Bonin, sagte."
            p = next((x for x in range(w - 1, max(lo, w - 6), -1) if not toks[x].is_word or toks[x].quoted), None)
            if p is not None and toks[p].text == "," and not toks[p].quoted and p + 2 < w and all(
                    t.is_cap for t in toks[p + 1 : w]) and any(lex.is_first_name(t.low) for t in toks[p + 1 : w]):
                v = p - 1
                while v > lo and v >= p - 12 and toks[v].text not in {",", ";", ":"} and not toks[v].quoted:
                    v -= 1
                if v > lo and toks[v].text == "," and toks[v + 1].low == "wie":
                    w = v
        if w > lo and not (toks[w].text == "," and toks[w + 1].low == "wie") \
                and (wa := de_wie_apposition(ctx, c.first, lo)) is not None and wa[0] - 1 > lo:
            w = wa[0] - 1  # (round 38, dewie) an apposition and an addressee or adjuncts before the cue: "…, wie Ute Semkat,
            # Sprecherin der Versicherung, der dpa mitteilte."
        # (round 28) not a comparison whose pronoun takes up a noun: "…keine Hinweise auf Wahlbetrug, wie ihn Trump
        # geltend macht" (the clause before was Trump's report)
        if w > lo and toks[w].text == "," and toks[w + 1].low == "wie" and toks[w + 2].low in _DE_NOUN_PRONOUNS:
            w = lo
        if w > lo and toks[w].text == "," and toks[w + 1].low == "wie" and m.first > w + 1 \
                and not any(t.is_word and t.low not in lex.auxiliaries for t in toks[c.last + 1 : hi]):
            return [(s_start, toks[w].start)]  # (also "…, wie es der Minister angekündigt hat.")
        if w > lo and toks[w].text == "," and toks[w + 1].low == "wie" and m.first > w + 1 and c.last + 2 < hi \
                and toks[c.last + 1].text == "," and not toks[c.last + 1].quoted:
            # a parenthetical wie-clause: "Die Zahlen liegen, wie der Landrat sagte, höher als 2015."
            if toks[w - 1].text == toks[w - 1].low and not toks[w - 1].quoted and (
                    toks[w - 1].low in lex.determiners or toks[w - 1].low in lex.prepositions):
                return []  # (round 41, deimpersonal) inside a noun phrase, after its article: "lag in einer, wie die
                # Partei es formulierte, „stark irritierenden Informationspolitik“" (the wording quoted; "lag in einer"
                # was a report)
            if _de_relative_opens(ctx, c.last + 2) and not _de_konjunktiv_i_in(ctx, c.last + 2, hi):
                return [(s_start, toks[w].start)]  # (round 42, depolice) a relative clause on the wie-clause's speaker:
                # "Die Frau war aufgelöst, wie ein Zeuge schilderte, der den Notruf abgesetzt hatte" (was a report)
            return [(s_start, toks[w].start), (toks[c.last + 2].start, clause_end(toks, lex, c.last + 2, hi, s_end))]
    # trailing attribution: "…, he said." / "…, sagte er." / "…, so der Sprecher."
    comma = None
    perfect_relative = so_verb = False
    # ((round 48, deleft7) not a document named in the sentence before: "Die Lage sei ernst, heißt es darin." after "Die
    # Kommission legte einen Bericht vor." reported nothing)
    if lex.lang == "de" and lo <= m.end < c.first:
        # German puts a trailing attribution's verb before its subject ("…, sagte der Minister");
        # a subject before the verb after a comma is the sentence's own, the comma closing a
        # relative clause or an apposition ("Die Ärztin, die dort arbeitet, sagte, …", "Der Chef
        # der Grünen, Cem Özdemir, kritisierte den Beschluss"): no trailing attribution. In the perfect
        # the auxiliary comes first: "…, hat uns ein Sprecher gesagt."
        a = m.first - 1
        while a > lo and toks[a].text in DE_OBJECT_PRONOUNS:
            a -= 1
        # (round 28) hearsay in the perfect: "…, soll er gesagt haben."
        hearsay = toks[a].low in lex.reportative and c.last + 1 < hi and toks[c.last + 1].low == "haben"
        rest = c.last + 1 + hearsay
        # (round 28) a relative clause after the participle: "…, wird Corti in einer Stellungnahme zitiert, die in
        # der «SonntagsZeitung» erschien" (the relative clause was the report)
        relative_after = rest + 1 < hi and toks[rest].text == "," and not toks[rest].quoted \
            and _de_relative_opens(ctx, rest + 1)
        if a - 1 > lo and (toks[a].low in _DE_PERFECT_AUXILIARIES or hearsay or (
                # (round 28) a state: "…, ist Flick überzeugt."
                toks[c.first].low in lex.state_cues and toks[a].low in ("ist", "sind", "war", "waren")) or (
                toks[c.first].low in lex.quoted_passives and toks[a].low in lex.passive_auxiliaries) or (
                # (round 36, v2) "…, war der Mitteilung zu entnehmen."
                toks[c.first].low in lex.zu_infinitive_cues and toks[a].low in ("ist", "war", "sei", "wäre")
                and toks[c.first - 1].low == "zu") or (
                # (round 27) a message sent through someone: "Die Erklärung sei falsch, ließ der Papst mitteilen."
                toks[a].low in lex.let_verbs and toks[c.first].low in _DE_LASSEN_INFINITIVES)) \
                and toks[a].text == toks[a].low \
                and toks[a - 1].text == "," and not toks[a - 1].quoted and c.last + 1 < len(toks) \
                and (not any(t.is_word for t in toks[rest:hi]) or relative_after):
            comma, perfect_relative = a - 1, relative_after
    elif m.end < c.first and lex.lang == "en" and m.kind == "name" and m.first > (owner := en_possessor_before(toks, m, lo)) \
            and owner > lo + 1 and toks[owner - 1].text == ",":
        comma = owner - 1  # "…, CBS News’ Chris Martinez reported."
    elif lex.lang == "en" and m.end < c.first and m.first - 2 > lo and toks[m.first - 1].quoted and not toks[m.first - 1].is_word \
            and toks[m.first - 2].text == "," and toks[m.first - 2].quoted and not toks[lo].quoted:
        # the comma inside the closing mark of a partial quotation: 'Talks are "at a standstill," officials said.'
        comma = m.first - 1
    elif lex.lang == "en" and (k := _en_partial_quote_close(toks, lex, c, m, lo)) is not None:
        # (round 37, w6) the same after a role before the name, or with the verb first: 'The plan is "a disaster for
        # taxpayers," resident Joan Smith said.', 'The proposal is "dead on arrival," said Sen. Mark Hall.' (only the
        # partial quotation was found)
        comma = k
    elif lex.lang == "en" and m.end < c.first and m.first - 2 > lo and m.kind != "relative" and dash_at(ctx, m.first - 1) \
            and not toks[lo].quoted and not any(t.text in {"-", "–", "—"} and not t.quoted for t in toks[lo : m.first - 1]) \
            and _trailing_cue_end(toks, c.last, hi) and toks[c.first - 1].low not in _EN_MODALS:
        # (round 37, e6) a trailing attribution after a dash: "Sunak knew of a difficult relationship – a cabinet minister
        # has told Sky News." (reported nothing)
        comma = m.first - 1
    elif m.end < c.first and m.first - 1 >= lo and toks[m.first - 1].text == "," and not (
            # (round 25) English: a relative clause's subject ("…, who has not conceded") or a modal before the cue
            # ("…, George Kent, will testify on Wednesday") makes no trailing attribution
            lex.lang == "en" and (m.kind == "relative" or toks[c.first - 1].low in _EN_MODALS
                                  or _en_interrupted_that(toks, lex, c, hi))):
        comma = m.first - 1
        if lex.lang == "en" and m.kind == "name":
            # a description before the speaker's name: "Prices rose, the agency's director, Tom Smith, said"
            pc = next((k for k in range(comma - 1, max(lo, comma - 9), -1) if toks[k].text in {",", ";", ":"}
                       and not toks[k].quoted), None)
            if pc is not None and toks[pc].text == "," and pc > lo and (
                    toks[pc + 1].low in lex.determiners or toks[pc + 1].low.endswith(("'s", "’s"))) \
                    and _appositive(toks, pc + 1, comma, lex) and not _en_moved_by(toks, lex, pc + 2, comma):
                comma = pc
    elif lex.lang == "en" and m.end < c.first and m.kind == "name" and (pc := _en_outlet_description(ctx, m, c, lo, hi)) \
            is not None:
        comma = pc  # (round 38, enwire) "…, state news agency Xinhua reported." (the report ran over the attribution)
    elif c.first - 1 >= lo and toks[c.first - 1].text == "," and not (
            # German: the comma closes a relative clause on the subject before it: "Der Minister, der das Gesetz
            # verteidigt, sagte, …" (the subject's own verb, no trailing attribution)
            lex.lang == "de" and m.end + 2 < c.first and toks[m.end + 1].text == "," and toks[m.end + 2].low in RELATIVES
            and toks[m.end + 2].text == toks[m.end + 2].low) and not (
            lex.lang == "de" and _de_fronted_phrase_relative(ctx, lo, c.first - 1)) and not (
            # (round 26) English: the comma closes a relative clause or an apposition on the subject: "Geithner, who
            # has come under fire, said in a letter …" (the relative clause was the report)
            lex.lang == "en" and m.end < c.first and m.kind != "relative" and m.end + 2 < c.first - 1
            and toks[m.end + 1].text == "," and not toks[m.end + 1].quoted
            and toks[m.end + 2].low in ("who", "whose") and _appositive(toks, m.end + 2, c.first - 1, lex)):
        comma = c.first - 1
    elif lex.lang == "de" and c.first - 2 > lo and toks[c.first - 1].text in ("so", "das", "dies") \
            and toks[c.first - 2].text == "," and not toks[c.first - 2].quoted and m.first > c.last:
        # (round 29: also a resumptive "das": "Ein Geständnis sei nie abgegeben worden, das sagte der Verteidiger")
        comma = c.first - 2  # (round 28) "so" before a trailing attribution's verb: "…, so sagte er."
        so_verb = True
    elif c.kind == "so" and c.first - 1 > lo and dash_at(ctx, c.first - 1):
        comma = c.first - 1  # (round 24) a dash before "so": "Das sei eine Zumutung – so Oberbürgermeister Dieter Reiter."
    if comma is None and lex.lang == "de" and toks[c.first].low in lex.heard_cues and c.first - 2 > lo \
            and toks[c.first - 1].text == "zu" and (b := next((x for x in range(c.first - 2, lo - 1, -1) if toks[x].text in {
                ",", ";", ":"} and not toks[x].quoted), None)) is not None and b > lo and toks[b].text == "," \
            and toks[b + 1].low in lex.state_passive_auxiliaries:
        comma = b  # (round 36, v1) "Die Gespräche sind gescheitert, war am Montag aus Regierungskreisen zu hören."
    tail_end = max(m.end, c.last) + 1
    if lex.lang == "de" and m.first > c.last and tail_end + 1 < hi and tail_end == m.end + 1 and toks[tail_end].text == "." \
            and len(toks[m.end].text) == 1 and toks[m.end].text.isupper() and not toks[tail_end].quoted:
        tail_end += 1  # (round 26) an abbreviated surname's full stop: "…, sagte Taleb A. am zweiten Prozesstag vor …"
    if lex.lang == "de" and m.first > c.last and tail_end == m.end + 1 and tail_end + 2 < hi and toks[tail_end].text == "(" \
            and not toks[tail_end].quoted and (z := next((x for x in range(tail_end + 2, min(hi, tail_end + 5))
                                                          if not toks[x].is_word or toks[x].quoted), None)) is not None \
            and toks[z].text == ")" and not toks[z].quoted and z + 1 < hi and toks[z + 1].text == ",":
        tail_end = z + 1  # (round 39, deagency) a party or an age in brackets closes the speaker's apposition: "…, sagte der
        # Vorsitzende des Ausschusses, Otto Fricke (FDP), am Freitag in Berlin." (five words after it: nothing was reported)
    if comma is not None and m.first > c.last and (e := _de_second_speaker_end(ctx, c, tail_end, hi)) is not None:
        # (round 26) a second speaker: "…, sagten Innenministerin X (CDU) und der Leiter der Staatsanwaltschaft,
        # Christian Ohlrogge, am Donnerstag." (the second speaker's apposition was the report)
        tail_end = e + 1
    if lex.lang == "de" and comma is not None and tail_end < hi and toks[tail_end].text == toks[tail_end].low \
            and toks[tail_end].low in lex.separable.get(toks[c.first].low, ()) and not toks[tail_end].quoted \
            and not (tail_end + 1 < hi and toks[tail_end + 1].is_word and toks[tail_end + 1].is_cap
                     and any(_particle(ctx, x, lex.separable[toks[c.first].low], hi) for x in range(tail_end + 2, hi))):
        # (round 22: not a preposition with the same word before the particle: "teilte das Unternehmen mit Sitz in
        # Friedrichshafen am Bodensee mit" reported nothing)
        tail_end += 1  # the particle closes the attribution: "…, kündigte die Ministerin an, ohne …"
    if lex.lang == "en" and comma is not None and m.end < c.first and tail_end + 1 < hi and toks[tail_end].low == "out" \
            and toks[tail_end].text == "out" and "out" in lex.separable.get(toks[c.first].low, ()) \
            and toks[tail_end + 1].text in {".", "!", "?"} and not toks[tail_end].quoted:
        tail_end += 1  # (round 44, enmideast) the particle closes a trailing tag: "…, the spokesperson pointed out."
    if lex.lang == "de" and comma is not None and tail_end < hi and toks[tail_end].low in ("der", "einer", "des", "eines") \
            and not toks[tail_end].quoted and lex.source_after and (z := next((
                x for x in range(tail_end + 1, min(hi, tail_end + 6)) if toks[x].low in lex.source_after
                or not toks[x].is_word or toks[x].quoted), None)) is not None and toks[z].low in lex.source_after \
            and not toks[z].quoted and z > tail_end + 1:
        tail_end = z + 1  # (round 37, w2) a "zufolge" phrase after the speaker closes the attribution: "…, sagte Brandauer
        # einer Mitteilung des Konzerns zufolge." (the report before it was lost)
    if lex.lang == "en" and comma is not None and comma > lo and tail_end + 1 < hi and not toks[tail_end].quoted:
        x = tail_end
        while x < min(hi, tail_end + 3) and toks[x].is_word and not toks[x].quoted and (
                toks[x].low in lex.time_words or (toks[x].low in lex.skippable and toks[x].text == toks[x].low)):
            x += 1
        if x > tail_end and x + 1 < hi and toks[x].text == "," and not toks[x].quoted \
                and not _en_finite(toks, lex, lo, comma):
            tail_end = x  # (round 41, ensports) a time word closes the interrupting attribution: "The injury, Kuzma said
            # afterward, is a hip strain", "The plan, Reid said Monday, is to rest him" (nothing was reported); not
            # after a whole clause (merge: "Inflation was expected to …, the central bank said on Friday, ahead of the
            # release of the data" reported the adjunct)
    if lex.lang == "en" and comma is not None and comma > lo and tail_end + 1 < hi and not toks[tail_end].quoted \
            and toks[c.first].low in lex.inversion_cues and (x := _en_skip(ctx, c, tail_end, hi)) > tail_end \
            and x + 1 < hi and toks[x].text == "," and not toks[x].quoted and comma + 1 == min(m.first, c.first) \
            and not _en_finite(toks, lex, lo, comma) and _subject_part(ctx, lo, comma) \
            and _splits_subject(ctx, lo, x + 1) and (toks[x + 1].low in lex.auxiliaries or toks[x + 1].low in lex.past_verbs
                                                 or toks[x + 1].low.endswith(("ed", "s"))) \
            and not any(t.quoted for t in toks[tail_end:x]):
        tail_end = x  # (round 46, enparen) an addressee or adjuncts close the interrupting attribution the same way:
        # "The reform, the minister told reporters, would not be delayed.", "The plan, Smith said in a statement, will
        # cost jobs." (nothing or only the subject was reported)
    tail_words = ctx.n_words(tail_end, hi)
    en = lex.lang == "en"
    if not en and comma is not None and comma > lo and toks[lo].quoted and m.first > c.last \
            and all(t.quoted or not t.is_word for t in toks[lo:comma]) and not any(
                not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_ii
                                                      or t.low in lex.reportative) for t in toks[tail_end:hi]):
        # (round 23) a direct quotation, its trailing attribution, then no Konjunktiv: the quotation is the report,
        # what follows the speaker describes the speaker ("„Es trinkt“, sagt Florian Sicks, Kurator im Tierpark, und
        # lacht", "„…“, sagt Colle, der großen Wert auf Qualität legt")
        return []
    participle = en and toks[c.first].low.endswith("ing")  # "…, saying it would …": never trailing
    if not en and comma is not None and comma > lo and not toks[lo].quoted:
        resume = _de_parenthetical(ctx, lo, comma, tail_end, hi, c.first)
        if resume is not None and toks[resume].text in ("der", "dem") and _de_addressee_adjuncts(ctx, resume, hi):
            resume = None  # (round 44, demigration) the addressee after the speaker's closing comma, no clause resumed:
            # "…, sagte Reinhard Sager (CDU), dem „Handelsblatt“." (was a second report)
        if resume is not None:  # "Die Lage sei, so der Minister, sehr ernst.": the clause around it
            return [(s_start, toks[comma].start), (toks[resume].start, clause_end(toks, lex, resume, hi, s_end))]
    if not en and comma is not None and comma > lo + 2 and toks[lo].is_cap and toks[lo].low in lex.infinitive_adverbials \
            and not toks[lo].quoted and any(t.text == "zu" and not t.quoted for t in toks[lo + 1 : comma]) \
            and not any((t.text in {",", ":", ";"} or t.quoted) for t in toks[lo:comma]) and tail_words > 0 \
            and not any(t.text in {",", ":", ";"} and not t.quoted for t in toks[tail_end:hi]) and not any(
                t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i) for t in toks[lo:comma]):
        return []  # (round 36, g1) a fronted purpose or manner clause, then the cue with its own object: "Um die Kosten zu
        # senken, forderte der Verband eine Reform" (the infinitive clause was the report)
    if not en and comma is not None and _de_fronted_condition(ctx, lo, comma) and m.first > c.last \
            and not any(t.text in {",", ":", ";"} and not t.quoted for t in toks[tail_end:hi]):
        return []  # (round 47, deconj) a fronted condition with its verb first is no statement of its own, the cue's clause
        # after it is its main clause: "Sollte die Koalition zerbrechen, drohen Neuwahlen.", "Sollten die Gespräche
        # scheitern, kündigte die Gewerkschaft einen Streik an." (the condition was reported, by "Neuwahlen")
    if comma is not None and comma > lo and not participle:
        relative = tail_end + 1 < hi and (toks[tail_end + 1].low in lex.clause_openers
                                          or toks[tail_end + 1].low in ("who", "which")
                                          or (not en and _de_prepositional_relative(ctx, tail_end + 1))) \
            and not (not en and toks[tail_end].text == "," and _de_article_v2_report(ctx, tail_end + 1, hi))
        # ((round 46, deparen) not an article opening a second reported main clause: "Die Steuern würden nicht erhöht,
        # sagte der Minister, die Regierung wolle aber sparen" reported only one of the two parts)
        if en and tail_end + 1 < hi and (en_clause_breaker(toks, lex, tail_end + 1, hi) or (not (
                # (round 53, auditseed) no apposition opens with an auxiliary: "That decision, he said, had still not
                # been implemented by the Turkish side." (a capitalised word in it made it one; nothing was reported)
                m.end < c.first and (x := toks[tail_end + 1]).text == x.low and x.low in lex.auxiliaries
                and not x.quoted) and _appositive(
                toks, tail_end + 1, next((k for k in range(tail_end + 1, hi) if not toks[k].is_word and (
                    toks[k].text in ",.;" or (
                        # (round 36) a colon before a quotation closes the speaker's title: "…, says Jane Doe, professor
                        # of economics: “…”" (the title was the report; the clause before it was lost)
                        toks[k].text == ":" and not toks[k].quoted and k + 1 < hi and toks[k + 1].quoted))), hi), lex)
                # (not a clause with its own verb: "At one point, the source said, the man began running …")
                and not (m.end < c.first and _en_finite(toks, lex, tail_end + 1, hi))
                # ((round 46, enparen2) nor the predicate of the subject the attribution interrupts, a verb and its
                # object: "The company, analysts said, needs a new chief executive." reported only "The company")
                # (with a said-type or finding cue only: not "Florida and Pennsylvania, the strongest pro-gun states,
                # turned the election", where "states" is a noun)
                and not (m.end < c.first and not _en_finite(toks, lex, lo, comma) and _subject_part(ctx, lo, comma)
                         and _en_interrupting_cue(ctx, c) and _splits_subject(ctx, lo, tail_end + 1)
                         and _en_verb_then_object(toks, lex, tail_end + 1, hi)))) \
                and not (m.end < c.first and toks[tail_end].text == "," and _en_two_word_rest(ctx, tail_end + 1, hi)):
            # ((round 50, enleft16) not a subject word and its past verb closing the sentence: "When the book became a
            # bestseller, she said, everything changed." lost "everything changed")
            relative = True  # "…, officials said, citing …" / "…, said X, the agency's director."
        if en and not relative and tail_end + 1 < hi and toks[tail_end].text == "," and not toks[tail_end].quoted \
                and _en_relay_tail(ctx, tail_end + 1, hi):
            relative = True  # (round 43, enattrib) a medium relaying the attribution: "…, Ryabkov said, TASS reported."
        # (round 28) after "…, so berichtete X," a lower-case word resumes the clause, no apposition: "Bis spät in die
        # Nacht, so berichtete die Zeitung, legten Schriftsteller ihre Träume dar"
        resumes = so_verb and tail_end + 1 < hi and toks[tail_end].text == "," and toks[tail_end + 1].is_word \
            and toks[tail_end + 1].text == toks[tail_end + 1].low and toks[tail_end + 1].low not in lex.determiners
        if not en and not resumes and (_de_trailing_apposition(ctx, tail_end, hi) or (
                tail_words <= 4 and not any(t.low in lex.konjunktiv or t.low in lex.auxiliaries for t in toks[tail_end:hi]))
                or (tail_end + 1 < hi and toks[tail_end].text == "," and _de_adverbial_opens(ctx, tail_end + 1, hi)
                    and not any(t.text in {",", ";", ":"} and not t.quoted for t in toks[tail_end + 1 : hi]))):
            # (also the writer's adverbial to the sentence end: "…, kündigte die Ministerin an, ohne einen Betrag
            # zu nennen")
            # "…, warnte Lothar Wieler, Präsident des RKI, am Donnerstag", "…, sagte der Sprecher, Peter
            # Müller, am Montag": adjuncts after the attribution, no parenthetical
            relative = True
        if tail_end < hi and toks[tail_end].text == "," and not relative:  # parenthetical: "…, he alleged, both sides …"
            if tail_end + 1 >= hi:
                return []
            if en and toks[tail_end + 1].quoted and not toks[lo].quoted and m.first > lo and _en_finite(toks, lex, lo, comma) \
                    and toks[lo].low not in lex.adverbial_subordinators and toks[lo].low not in lex.coordinators \
                    and not toks[lo].low.endswith(("ed", "ing")) \
                    and not any(t.quoted or t.text in {",", ";", ":"} for t in toks[lo:comma]):
                # a clause of its own, the attribution, then a quotation: 'BP does not speak for the Coast Guard, he
                # said, "and we are a long way …"' (the clause is reported; the quotation is its own quote)
                return [(s_start, toks[comma].start)]
            if not en and _de_adjuncts_only(ctx, tail_end + 1, hi):
                # "…, sagte der Sprecher, Peter Müller, am Montag in Berlin vor Journalisten.": adjuncts
                return [(s_start, toks[comma].start)] if not toks[lo].quoted else []
            if not en and toks[tail_end + 1].text == "darunter" and m.first > c.last \
                    and _de_verbless_appendix(ctx, tail_end + 1, hi, s_end):
                # (round 42, descience2) an inclusion among the speakers, no second part of the report: "Die Zahlen seien
                # zu niedrig, warnten mehrere Fachleute, darunter die Epidemiologin Eva Grill." (the inclusion was reported)
                return [(s_start, toks[comma].start)] if not toks[lo].quoted else []
            if en and m.end < c.first and not toks[lo].quoted and (p := toks[tail_end + 1]).text == p.low \
                    and not p.quoted and (p.low in lex.prepositions or _en_comparison_adjunct(toks, lex, tail_end + 1, hi)) \
                    and (_en_finite(toks, lex, lo, comma) or any(_en_finite_verb(t, lex) for t in toks[lo:comma])) \
                    and toks[lo].low not in lex.adverbial_subordinators and toks[lo].low not in lex.prepositions \
                    and not (_en_finite(toks, lex, tail_end + 2, hi) and not (
                        # (round 54, enscience) a comparison's object may be a what-clause: "well below what analysts
                        # had expected"
                        toks[tail_end + 3].low in ("what", "that") and _en_comparison_adjunct(toks, lex, tail_end + 1, hi))) \
                    and not any(t.quoted or t.text in {",", ";", ":"} for t in toks[tail_end + 1 : hi]):
                # (round 50, enarticles3) a prepositional adjunct of the writer's after the attribution, no clause of its
                # own: "U.S. forces struck a depot early Friday, the Pentagon said, in retaliation for a series of rocket
                # attacks on American troops." (the adjunct was reported, the clause before it lost)
                return [(s_start, toks[comma].start)]
            after = (toks[tail_end + 1].start, clause_end(toks, lex, tail_end + 1, hi, s_end))
            # the clause the attribution interrupts has a part before it too ("The economy, he said,
            # is recovering"); the quote's minimum length drops a lone adverb ("But, he said, …")
            # (round 46, enparen) also an inverted one right after the subject's comma: "The plan, said the minister, would
            # fail." (nothing was reported), "The reform, said Interior Minister X, would not be delayed." (only the part after)
            # (not after a whole clause: "The government is broke because it has failed to cut old spending, added new
            # spending, overpays …" reported the verb phrase's object as a speaker)
            before = en and (m.end < c.first or (m.first > c.last and c.first == comma + 1
                                                 and not _en_finite(toks, lex, lo, comma))) \
                and (toks[c.first].low in lex.inversion_cues or (m.end < c.first and _en_interrupting_cue(ctx, c))) \
                and m.kind != "relative" \
                and ((_splits_subject(ctx, lo, tail_end + 1) and _subject_part(ctx, lo, comma)
                      # (round 40, enstatements) a lone sentence adverb is no subject: "However, the complaint says,
                      # defendants sold …" (a part "However" was reported)
                      and not (comma == lo + 1 and toks[lo].text != toks[lo].low and (
                          toks[lo].low in lex.skippable or toks[lo].low in lex.subject_adverbs
                          or (toks[lo].low.endswith("ly") and toks[lo].low not in lex.ly_nouns))))
                     # a fronted adverbial of the reported clause: "At one point, the source said, the man began …"
                     or (_after_fronted_adverbial(toks, lo, hi, lex) == comma + 1 and toks[lo].low in lex.prepositions
                         and _en_finite(toks, lex, tail_end + 1, hi))
                     # ((round 50, enleft17) a fronted adverbial clause of the reported clause, its subject and verb
                     # after the attribution: "When the flood came, officials said, two died." reported only "two died")
                     or (toks[lo].low in lex.adverbial_subordinators and toks[lo].low not in ("as", "so")
                         and comma - lo >= 3 and _subject_part(ctx, lo, comma)
                         and any(_en_finite_verb(t, lex) for t in toks[lo + 2 : comma])
                         and (_en_two_word_rest(ctx, tail_end + 1, hi) or _en_finite(toks, lex, tail_end + 1, hi)))) \
                and not (toks[lo].low in lex.prepositions and toks[lo].text != toks[lo].low
                         and any(t.text == t.low and t.low in lex.medium_nouns for t in toks[lo:comma]))
            # ((round 41, enbarecomp) not a fronted medium of the attribution: "In a statement, OPP Commissioner Thomas
            # Carrique says, protesters have …" reported "In a statement")
            if not en and not toks[lo].quoted and _subject_part(ctx, lo, comma) and (
                    sum(1 for t in toks[lo:comma] if t.is_word) >= 2 and not _de_opens_adverbial(toks, lo, comma, lex)
                    and toks[lo].low not in lex.complementizers and toks[comma - 1].low not in _DE_ASKED):
                # German: the clause's first part before "…, so der Gutachter, …" ("Die Regierung greife mit
                # dem Gesetz, so der Gutachter, erheblich in die Rechte der Länder ein"); not a lone adverb
                # ("Zudem, so X, sei …") or a subordinate clause ("Wenn …, so X, …")
                before = True
            return [(s_start, toks[comma].start), after] if before else [after]
        # what follows the cue is no clause of its own: at most a few words (German), only
        # adjuncts and an addressee in English ("…, the IMF said in a report on Tuesday.")
        if en:
            k = _en_skip(ctx, c, tail_end, hi)
            trailing = k >= hi or toks[k].text in {",", ";", ".", "!", "?", ")", "—", "–"} or (
                # after an adjunct, a purpose or reason clause is still the attribution's: "…, an
                # official said on condition of anonymity to discuss the talks / because …"
                k > tail_end and toks[k].low in ("to", "because") and toks[k].text == toks[k].low
                and toks[c.first].low in lex.inversion_cues
                and any(t.low in lex.adjunct_preps for t in toks[tail_end:k]))  # not "asked me to buy …"
            if not trailing and k < hi and toks[k].low in ("and", "but") and toks[k].text == toks[k].low \
                    and m.end < c.first and toks[c.first].low in lex.inversion_cues and k == c.last + 1 \
                    and not toks[lo].quoted and _en_finite(toks, lex, lo, comma):
                # (round 22) a coordinated clause of the writer's after the attribution: "The plane was flying on
                # course until it hit 900 feet, Landsberg said and then it started to turn" (nothing was reported)
                trailing = True
            if not trailing and k > tail_end and k + 2 < hi and toks[k].text in ("that", "which") \
                    and toks[k - 1].low in lex.medium_nouns and toks[k - 1].text == toks[k - 1].low \
                    and _en_relative_verb(toks[k + 1], lex) and not any(t.quoted for t in toks[tail_end : k + 2]):
                # (round 44, enmideast) a relative clause on the attribution's medium: "…, the military said in a
                # statement that followed weeks of calm." (the relative clause was the report)
                trailing = True
            if not trailing and k == tail_end and k + 1 < hi and toks[k].text == "who" and not toks[k].quoted \
                    and m.first > c.last and toks[c.first].low in lex.inversion_cues and not toks[lo].quoted \
                    and toks[k + 1].is_word and toks[k + 1].text == toks[k + 1].low and not toks[k + 1].quoted \
                    and toks[k + 1].low not in lex.determiners and toks[k + 1].low not in lex.pronouns:
                # (round 46, enspeech) an inverted speaker's relative clause: "The bill will be vetoed, said a senior
                # official who asked not to be named." (reported nothing; a speaker before the cue already gave it)
                trailing = True
            if trailing and k + 1 < hi and toks[k].text in {",", ":"} and toks[k + 1].quoted:
                trailing = False  # 'At a press conference, a reporter asked Montoya-Lewis, “What …?”'
        else:
            # a few words, or adjuncts only: "…, sagte der SPD-Politiker am Sonntag in der ARD."
            # a time phrase first: "…, sagte er vergangene Woche bei …", also after adverbs: "…, sagte er gestern
            # bei einem Besuch in Köln" (round 21: nothing was reported)
            te = _de_time_np_end(toks, lex, _de_skip_adverbs(toks, lex, tail_end, hi), hi)
            # (round 29) a dash after the speaker, also a spaced hyphen: "Die Eltern seien enttäuscht, erklärte Ebel - daher
            # habe Verdi die Aktion gestartet" (reported nothing; the clause after it may go on with the report, below)
            dash_tail = tail_end + 2 < hi and m.first > c.last and dash_at(ctx, tail_end)
            trailing = tail_words <= 4 or (
                # a dash after the attribution: "Der Deal sei ungesetzlich, kritisierte das Gericht – nur, um …" (round 22:
                # the whole sentence was the report)
                tail_end < hi and toks[tail_end].text in ("–", "—") and not toks[tail_end].quoted) or dash_tail or (
                # a quotation after a colon: "Eine Einigung sei die Folge, sagte Sprecher Uwe Reitz: «Wir …»" (round 22:
                # the report before it was lost)
                # (round 24: also after adjuncts, "…, sagte Amiel am Sonntag in Bamberg: „…“")
                (col := _de_colon_after_adjuncts(toks, tail_end, hi)) is not None and col + 1 < hi and toks[col + 1].quoted
                and all(t.quoted or not t.is_word for t in toks[col + 1 : hi])) or (te > tail_end and (te >= hi or toks[te].text in {".", "!"} or (
                toks[te].low in lex.prepositions and toks[te].text == toks[te].low
                and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[te:hi])))) or (
                tail_end < hi and toks[tail_end].text == toks[tail_end].low and toks[tail_end].low in lex.prepositions
                # (a name in quotation marks is an adjunct's: "… in der ntv-Sendung „Beisenherz“.")
                and not any(t.text in {",", ";", ":"} or (t.quoted and _in_direct(ctx, t)) for t in toks[tail_end:hi])) or (
                # a wie-clause of a second source to the sentence end: "…, sagte sie vor Abgeordneten ihrer Partei,
                # wie britische Medien berichteten." (the wie-clause was the content)
                _de_trailing_wie_source(ctx, tail_end, hi)) or (
                # (round 46, deparen) examples of the speakers, a noun phrase after "wie" to the sentence end: "…, sagen
                # Experten wie der Politologe Hans Meier." (the examples were the content; the report was lost)
                tail_end + 2 < hi and m.first > c.last and tail_end == m.end + 1 and toks[tail_end].text == "wie"
                and not toks[tail_end].quoted and (toks[tail_end + 1].is_cap or toks[tail_end + 1].low in lex.determiners)
                and not any(_de_clause_word(t, lex) or t.text == "," for t in toks[tail_end + 1 : hi])) or (
                # company: "…, erklärte der Mieterbund gemeinsam mit Verbänden der Baubranche."
                tail_end + 1 < hi and toks[tail_end].text in ("gemeinsam", "zusammen") and toks[tail_end + 1].text == "mit"
                and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[tail_end:hi])) or (
                # an apposition of the speaker: "…, warnte Lothar Wieler, Präsident des RKI, am Donnerstag"
                _de_trailing_apposition(ctx, tail_end, hi)) or (
                # (round 26) the cue's object after a report in the Konjunktiv I: "Bisher sei die Datenlage nicht
                # ausreichend, bekräftigte Terhardt die bisherige Haltung der Kommission."
                _de_object_to_end(ctx, tail_end, hi) and any(
                    t.text == t.low and not t.quoted and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii
                    for t in toks[lo:comma])) or (
                # adjuncts, then a relative clause on them to the sentence end: "…, sagte der Premier in einer
                # Ansprache, die kurz danach veröffentlicht wurde." / "…, erklärten die Behörden in Texas, wo …"
                _de_adjuncts_then_relative(ctx, tail_end, hi)) or (
                # (round 34) a wo-clause on the speaker to the sentence end (or to a colon before a quotation): "…,
                # schreibt das Institut, wo die Studie entstand: „…“" (the wo-clause was the content)
                _de_wo_clause_to_end(ctx, tail_end, hi)) or (
                # an addressee, then adjuncts: "…, sagte ein Sprecher der Nachrichtenagentur dpa am Mittwoch in Berlin."
                _de_addressee_adjuncts(ctx, tail_end, hi)) or (
                # an adverbial clause after the attribution: "…, bestätigte ein Sprecher, nachdem zuvor …"; (round 27)
                # also after adjuncts: "…, sagte Seehofer gestern in Berlin, nachdem der Krisenstab getagt hatte"
                (ae := _de_after_adjuncts(ctx, tail_end, hi)) + 1 < hi and toks[ae].text == ","
                and _de_adverbial_opens(ctx, ae + 1, hi)) or (
                # a second cue of the same subject: "…, sagte der Minister und fügte hinzu, man werde helfen"
                tail_end + 1 < hi and toks[tail_end].text == "und" and toks[tail_end + 1].text == toks[tail_end + 1].low
                and toks[tail_end + 1].low in lex.cue_verbs and not toks[tail_end + 1].quoted) or (
                # (round 27) a second verb of the same subject after adjuncts: "…, sagte Merkel in ihrer Pressekonferenz
                # und machte klar, an wem es lag" (the report before the attribution was lost)
                ae > tail_end and ae + 1 < hi and toks[ae].text == "und" and _de_finite_first(toks[ae + 1], lex)
                and toks[ae + 1].text == toks[ae + 1].low and not toks[ae + 1].quoted) or (
                # (round 28) a relative clause after a trailing perfect or passive: "…, wird Corti zitiert, die …"
                perfect_relative and tail_end == rest) or (
                # (round 29) the question put to the speaker after the attribution: "Kickl habe sich selbst aus dem
                # Spiel genommen, meinte Van der Bellen auf die Frage, ob Kickl noch ministrabel sei" (reported nothing)
                tail_end + 3 < hi and toks[tail_end].text == "auf" and m.first > c.last
                and (qc := next((x for x in range(tail_end + 1, min(hi, tail_end + 5)) if toks[x].text == ","
                                 and not toks[x].quoted), None)) is not None
                and any(t.low in _DE_QUESTION_NOUNS for t in toks[tail_end + 1 : qc]) and qc + 1 < hi
                and toks[qc + 1].low in DE_QUESTION_OPENERS and not any(
                    t.text in {":", ";"} and not t.quoted for t in toks[qc:hi])) or (
                # (round 29) a relative clause on the speaker that reports on its own: "…, erklärte Magashule, der
                # betonte, dass Zuma nicht verurteilt sei" (the report before the attribution was lost)
                tail_end + 2 < hi and toks[tail_end].text == "," and not toks[tail_end].quoted and m.first > c.last
                and toks[tail_end + 1].text in RELATIVES and toks[tail_end + 2].text == toks[tail_end + 2].low
                and toks[tail_end + 2].low in lex.cue_verbs and not toks[tail_end + 2].quoted) or (
                # a relative clause on the speaker to the sentence end: "…, sagen die Parteien, die die Wahlen
                # als „Scheinwahlen“ bezeichneten."
                tail_end + 1 < hi and toks[tail_end].text == "," and m.first > c.last and (
                    _de_relative_opens(ctx, tail_end + 1) or _de_prepositional_relative(ctx, tail_end + 1))
                and not any(t.text in {",", ";", ":"} and not t.quoted for t in toks[tail_end + 1 : hi]))
            if trailing and any(t.text == ":" and not t.quoted for t in toks[tail_end:hi]) and not (
                    # (round 22: unless the part before is reported in the Konjunktiv: "Eine Einigung sei die Folge,
                    # sagte Sprecher Uwe Reitz: «Wir …»")
                    _de_colon_after_adjuncts(toks, tail_end, hi) is not None and toks[lo].low not in lex.adverbial_subordinators
                    and not (toks[lo].low == "auf" and any(t.low in _DE_QUESTION_NOUNS for t in toks[lo + 1 : lo + 3]))
                    and any(not t.quoted and t.text == t.low and (t.low in lex.konjunktiv_i or t.low in lex.reportative)
                            # (in a main clause: not "Auf Fragen dazu, was rechtsextrem sei, sagte Weidel: „…“")
                            and not any(toks[x].text == "," and toks[x + 1].low in DE_QUESTION_OPENERS | {"dass"}
                                        for x in range(lo, i))
                            for i, t in enumerate(toks[lo:comma], lo))):
                trailing = False  # the cue introduces what follows: "Auf die Frage, ob …, antwortete er: „Nein.“"
            if trailing and toks[lo].low in lex.fronting and toks[lo].text[:1].isupper() and not toks[lo].quoted \
                    and toks[comma - 1].text == toks[comma - 1].low and (
                        toks[comma - 1].low in lex.cue_verbs or toks[comma - 1].low in lex.impersonal_cues
                        or any(toks[comma - 1].low in ps for ps in lex.separable.values())):
                # (round 26) a fronted wie-clause is another source's, no content of the main clause's verb: "Wie eine
                # Delegation mitteilte, kritisierte Nordkorea die USA" (the wie-clause was Nordkorea's report)
                trailing = False
            if trailing and _de_opens_adverbial(toks, lo, comma, lex) and not toks[lo].quoted and not any(
                    not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i
                                                         or t.low in lex.reportative) for t in toks[lo:comma]) \
                    and not _de_preposition_opens_main_clause(ctx, lo, comma):
                # a fronted adverbial clause of the writer's is no content: "Nachdem die Polizei eingetroffen
                # war, sagte der Zeuge, er habe nichts gesehen" (but "Als sie eintraf, sei er geflohen, sagte X")
                trailing = False
            if trailing and toks[comma - 1].low in _DE_ASKED and toks[comma - 1].text == toks[comma - 1].low \
                    and not toks[comma - 1].quoted and not any(
                        # (a clause with its own finite verb is reported: "Man habe das Thema angesprochen, sagte X")
                        t.text == t.low and not t.quoted and (t.low in lex.auxiliaries or t.low in lex.konjunktiv
                                                              or t.low in lex.konjunktiv_i) for t in toks[lo : comma - 1]):
                # the question put to the speaker, fronted: "Nach einer Koalition gefragt, sagte Nehammer, …",
                # "Darauf angesprochen, sagte der Minister, …" (the writer's; the report follows the cue)
                trailing = False
        if trailing:
            if toks[lo].quoted and not (
                    # (round 29) a short quotation opening a clause that goes on in the Konjunktiv: "„Überfallartig“ sei die
                    # Stadt vor vollendete Tatsachen gestellt worden, kritisierte X" (only the DIR was found)
                    lex.lang == "de" and (e := quoted_run_end(toks, lo, comma)) < comma and e - lo <= 5
                    and sum(1 for t in toks[e:comma] if t.is_word and not t.quoted) >= 2
                    and toks[e].is_word and not toks[e].quoted and toks[e].text == toks[e].low
                    and (toks[e].low in lex.konjunktiv_i or toks[e].low in lex.konjunktiv)):
                return []
            if lex.lang == "de" and toks[lo].low == "auf" and lo + 2 < comma and (
                    toks[lo + 2].low in _DE_QUESTION_NOUNS or toks[lo + 1].low in _DE_QUESTION_NOUNS):
                return []  # the question put to the speaker: "Auf die Frage, ob er kandidiere, antwortete er ausweichend"
            colon = next((x for x in range(comma - 1, lo, -1) if toks[x].text == ":" and not toks[x].quoted), None)
            if lex.lang == "de" and colon is not None and colon + 1 < comma and all(t.quoted for t in toks[colon + 1 : comma]):
                # only a quotation after the colon: it is the direct quote's; the report is the part before the
                # colon, unless a cue of its own reports it ("X betonte, die Reform könne …: „…“, sagte er")
                if any(t.low in lex.cue_verbs and t.text == t.low and not t.quoted for t in toks[lo:colon]) or not any(
                        not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i)
                        for t in toks[lo:colon]):
                    return []  # (in the indicative the part before the colon is the writer's: "Die Lage ist ernst: „…“")
                return [(s_start, toks[colon].start)]
            if en and colon is not None and colon + 1 < comma and toks[colon + 1].quoted and all(
                    t.quoted for t in toks[colon + 1 : comma]):
                # (round 36) only a quotation after a colon: it is the direct quote's, the part before the colon the
                # writer's ('McCarthy was left to reflect on a dire performance: "It was not good enough," he said.'
                # was reported whole)
                return []
            if en and (dash := next((x for x in range(comma - 1, lo, -1) if toks[x].text in ("—", "–") and not toks[x].quoted),
                                    None)) is not None and dash + 2 < comma \
                    and not toks[dash + 1].is_word and all(t.quoted for t in toks[dash + 1 : comma]) \
                    and toks[dash + 2].is_cap:
                return []  # (round 48, auditnews) the same after a dash, a quoted sentence: 'Sondland has amended his
                # testimony once — "I now do recall," he said.' (the sentence with the quotation was reported; not a
                # partial quotation going on with the clause: 'The plan is dead — "for now," she said.')
            if lex.lang == "de" and colon is not None and colon + 1 < comma and not any(
                    not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_ii)
                    for t in toks[lo:colon]):
                # the report starts after a colon: "Zum Jahresschluss schlug die Wissenschaft zu: Frauen
                # seien intelligenter, vermeldete die Universität" (unless the part before the colon
                # is reported too: "Zwar würde sie … zubilligen, doch …: Eine Strafe sei …, so X")
                return [(toks[colon + 1].start, toks[comma].start)]
            # (a partial quotation's closing mark stays in: 'Talks are "at a standstill,"')
            out = [(s_start, toks[comma].end if toks[comma].quoted and not toks[comma].is_word else toks[comma].start)]
            if not en and dash_tail and _de_konjunktiv_i_in(ctx, tail_end + 1, hi):
                out.append((toks[tail_end + 1].start, s_end))  # (round 29) the clause after the dash goes on with the report
            return out
    if c.kind == "so" or en and _en_negated(toks, lex, c, lo):
        return []  # English: "The agency has not said when …", "did not say whether": nothing reported
    if en and m.first < c.first and toks[m.first].low in ("whoever", "whatever") and toks[c.first].low in lex.object_verbs:
        return []  # "Whoever wrote this article is a jerk": the object, then the main clause
    if en and m.first < c.first and _en_relative_object_then_main(ctx, c, lo, hi):
        return []  # (round 46, comments) the same after a restrictive relative clause: "The person who wrote this
        # should be fired", "Anyone who says that is a liar" (was "that is a liar")
    if en and m.first < c.first and m.first - 1 >= lo and toks[m.first - 1].low in ("what", "whatever") and not (
            toks[c.first].low.endswith("ing") and toks[c.first - 1].text == "," and not toks[c.first - 1].quoted):
        # (round 48, endebates3: not a participle after a comma, whose subject the cleft's is: "What we've done is
        # organize the international community, saying Assad has to go")
        return _en_pseudo_cleft(ctx, c, hi, s_end)
    if en and m.kind != "relative" and m.first == m.end and toks[m.first].low == "whoever" and m.end < c.first:
        main = _en_main_predicate(ctx, c.last + 1, hi)  # "Whoever said the economy is strong | is wrong"
        if main is not None:
            hi, s_end = main, toks[main - 1].end
    if m.kind == "relative" and not en and m.first < c.first and c.last + 2 < hi and toks[c.last + 1].text == "," \
            and toks[c.last + 2].text == toks[c.last + 2].low and (toks[c.last + 2].low in lex.auxiliaries
                                                                or toks[c.last + 2].low in lex.cue_verbs):
        return []  # the relative clause ends at its verb; the main clause's verb follows: "Der Minister, der das
        # Gesetz verteidigt, hat der Zeitung gesagt, …"
    if en and m.kind != "relative" and m.first < c.first and m.first - 2 >= lo and _en_comma_relative_speaker(toks, m):
        # a relative clause whose subject reports: "The bill, which Democrats say would cut taxes, passed …":
        # the report ends with the clause, at the next comma
        close = next((k for k in range(c.last + 1, hi) if toks[k].text == "," and not toks[k].quoted), None)
        if close is not None:
            hi, s_end = close, toks[close].start
    if m.kind == "relative" and en:  # "The man, who said he was a veteran, was arrested": up to the comma
        hi = next((k for k in range(c.last + 1, hi) if toks[k].text == "," and not toks[k].quoted), hi)
        s_end = toks[hi].start if hi < len(toks) and toks[hi].text == "," else s_end
        before = [k for k in range(lo, m.first) if toks[k].low in lex.cue_verbs and toks[k].text == toks[k].low
                  and not toks[k].quoted]
        main = None if before and not _en_reported_head(ctx, before[-1], m.first) \
            else _en_main_predicate(ctx, c.last + 1, hi, past=not before and _en_opening_subject(ctx, lo, m.first))
        # (no main verb after: '"…," said X, 58, who said …'; but "Officials said the man who claimed the prize was a
        # fraud | had fled": the head opens the earlier cue's content)
        if main is not None:  # "Anyone who says the economy is strong is lying": the main clause's verb ends it
            hi, s_end = main, toks[main - 1].end
    # complement: "announced that …", "told reporters that …", "sagte am Montag, die Regierung habe …"
    j = max(c.last, m.end if m.first > c.last else c.last) + 1
    if m.first > c.last and (e := _de_second_speaker_end(ctx, c, j, hi)) is not None and e + 1 < hi \
            and toks[e + 1].text in {",", ":"}:
        j = e + 1  # (round 26) a second speaker: "betonten Polizeipräsident X und Innenminister Y (CDU), dass …"
    if lex.lang == "de" and m.first > c.last and (parts := lex.separable.get(toks[c.first].low)) \
            and any(toks[x].text == "," and not toks[x].quoted for x in range(m.first, m.end)):
        # (round 35) the speaker's name in apposition, then the particle: "teilte der Sprecher der Polizei, Hans Meier,
        # mit, dass …", "stellt der Obmann der Fraktion, Klaus Wiener (CDU), heraus, dass …" (nothing was reported; or
        # the whole sentence): the apposition's comma (and a party in brackets) is no content's
        y = j
        if y + 2 < hi and toks[y].text == "(" and (close := next((z for z in range(y + 1, min(hi, y + 5))
                                                                  if toks[z].text == ")"), None)) is not None:
            y = close + 1
        if y + 3 < hi and toks[y].text == "," and not toks[y].quoted and (x := next(
                (z for z in range(y + 1, min(hi, y + 4)) if toks[z].text in {",", ":", ";"} or toks[z].quoted), None)) is not None \
                and toks[x].text == "," and not toks[x].quoted and x > y + 1 and _particle(ctx, x - 1, parts, hi):
            j = y + 1
    if en and _en_after_quotation(ctx, c, lo) and j < hi and toks[j].low in _EN_ADJUNCT_CLAUSE \
            and toks[j].text == toks[j].low:
        return []  # the quotation before is the content: '"…," Trump said when asked whether he would …'
    if en and j < hi and _en_after_quotation(ctx, c, lo) and _en_adjuncts_then_clause(ctx, c, j, hi):
        return []  # (round 40, enasked) the same after the place or time: '"…," Trump said in the Oval Office when
        # reporters asked him about …' (the when-clause was the content)

    if en and (th := _en_titled_adjunct_that(ctx, j, hi)) is not None:
        return [(toks[th + 1].start, clause_end(toks, lex, th + 1, hi, s_end))]  # (round 52, en3left) a work's title in
        # apposition to the adjunct before "that": 'said in a report last year, "Deferred Maintenance: The Hidden Cost
        # of Delay," that every dollar …' (nothing was reported)
    limit = min(hi, j + (6 if lex.lang == "de" else 4))
    if en and (g := _en_ago_phrase(toks, j, hi)) is not None:
        limit = min(hi, max(limit, g + 2))  # (round 48, auditdebates) "said a few minutes ago(, Peter,) that …"
    if en and limit < hi and (x := next((x for x in range(limit, min(hi - 2, j + 10)) if toks[x].text == "that"
                                         or toks[x].quoted or not toks[x].is_word), None)) is not None \
            and _en_object_report_noun_that(ctx, j, x, hi):
        limit = x + 1  # (round 49, enleft11) a report noun's adjunct before its "that": "denied his claim on Fox News
        # that the vote was rigged" (the sentence was the act)
    if lex.lang == "de" and (parts := lex.separable.get(toks[c.first].low)):
        # the particle closes the cue's clause further on: "gab am Donnerstag in einem Brief bekannt, dass …"
        x = next((x for x in range(j, min(hi - 1, j + DE_PARTICLE_REACH)) if toks[x].text == ","
                  or toks[x].quoted or _particle(ctx, x, parts, hi)), None)
        if x is not None and _particle(ctx, x, parts, hi) and toks[x + 1].text == ",":
            limit = max(limit, x + 2)
    if lex.lang == "de" and limit < hi and (nouns := lex.light_verbs.get(toks[c.first].low)):
        # (round 25) adjuncts before a light verb's noun closing its clause: "gab er in einer Medienrunde auch zu
        # bedenken: Er wolle …" (the sentence was the act)
        x = next((x for x in range(j, min(hi - 1, j + DE_PARTICLE_REACH)) if toks[x].text in {",", ":", ";"}
                  or toks[x].quoted), None)
        e = x - 1 - (toks[x - 1].low in ("an", "fest") and toks[x - 2].low in nouns) if x is not None else j  # "erwiesen an"
        if x is not None and x >= limit and toks[x].text in {",", ":"} and not toks[x].quoted and not toks[x + 1].quoted \
                and toks[e].low in nouns and _de_adjuncts_only(
                    ctx, j + (toks[j].low == "es"), e - (toks[e - 1].low in _DE_LIGHT_PREPOSITIONS), adverbs=True):
            limit = x + 1
    if lex.lang == "de" and limit < hi and toks[c.first].low not in lex.separable:
        # adjuncts only up to the comma: "erklärten während einer Pressekonferenz in der Hauptstadt Abuja, dass …"
        # (not for a verb with a particle: its content follows the particle, "geht nach einem Treffen mit dem
        # Leiter im Kosovo, Joachim Rücker, davon aus, dass …")
        x, named = None, False
        y = j
        bound = min(hi - 1, j + DE_ADJUNCT_REACH)
        while y < bound:
            if toks[y].quoted and _de_quoted_name(ctx, y, j, hi):
                # a paper's name: "sagte im „Handelsblatt“, …" (round 48, deinterview: with a glued tail, "der „Bild“-Zeitung")
                y, named = _de_glued_suffix(toks, quoted_run_end(toks, y, hi), hi), True
                continue
            if toks[y].text == "(" and y > j and (close := next((z for z in range(y + 1, min(hi, y + 6))
                                                                if toks[z].text in {")", ",", ";", ":"} or toks[z].quoted), None)) \
                    is not None and toks[close].text == ")" and all(
                        z.text[:1].isdigit() or z.text == "/" for z in toks[y + 1 : close]):
                # (round 35) a printed paper's number takes no reach: "schreibt die Bundesregierung in ihrer Antwort
                # (21/4043) auf eine Kleine Anfrage (21/3789), dieser sei …" (nothing was reported)
                bound, y = min(hi - 1, bound + close + 1 - y), close + 1
                continue
            if toks[y].text in {",", ":", ";"} or toks[y].quoted:
                x = y
                break
            y += 1
        if x is not None and x >= limit and (toks[x].text == "," or (
                # (round 25) or a colon: "erklärte am Montag bei einer Pressekonferenz in Berlin: Die Lage sei …"
                toks[x].text == ":" and x + 1 < hi and not toks[x + 1].quoted)) and (
                # (round 27) after lower-case adverbs too: "sagte zuvor bei einem Treffen mit Stoltenberg, …" (not the
                # verb's own prepositional object: "sprach später im ZDF von einem Fass, das …")
                (_de_adjuncts_only(ctx, _de_skip_adverbs(toks, lex, j, x), x, names=named, adverbs=True) and (
                    _de_skip_adverbs(toks, lex, j, x) == j or not any(
                        t.low in lex.preposition_acts.get(toks[c.first].low, ()) for t in toks[j:x])))
                # (round 27) an addressee and adjuncts: "sagte der F.A.Z. am Telefon, …"
                or (toks[x].text == "," and _de_addressee_adjuncts(ctx, j, x)) or (
                # a pronominal adverb after the adjuncts announces the clause: "sprach am Montag bei einer
                # Veranstaltung in Wolfsburg davon, dass …"
                x - 1 > j and toks[x - 1].low in _DE_PRONOMINAL_ADVERBS and x + 1 < hi
                and toks[x + 1].low in ("dass", "daß", "ob") and (
                    _de_adjuncts_only(ctx, j, x - 1) or _de_object_then_adjuncts(ctx, _de_skip_adverbs(toks, lex, j, x - 1), x - 1)))):
            limit = x + 1
    k = j
    while k < limit and (not toks[k].quoted or _de_quoted_name(ctx, k, j, hi) or _de_quoted_object(ctx, k, j, hi)):
        if toks[k].quoted:  # a name in quotation marks, no quote of its own: "sagte der „Bild am Sonntag“, …"
            e = _de_glued_suffix(toks, quoted_run_end(toks, k, hi), hi)  # (round 48, deinterview) "der „Bild“-Zeitung"
            limit, k = min(hi, limit + e - k), e
            continue
        t = toks[k]
        if not en and t.text == "-" and _de_glued_prefix(toks, k + 1) and _de_quoted_name(ctx, k + 1, j, hi):
            k += 1  # (round 48, deinterview) a broadcaster's prefix glued to the name: "sagte im ZDF-„Morgenmagazin“, …"
            continue
        if en and k > j and t.text == t.low and t.low in lex.auxiliaries and not toks[j].quoted \
                and (toks[j].low in lex.pronouns or toks[j].low in lex.determiners) and toks[j].text == toks[j].low:
            break  # the clause began right after the cue: "said he is aware that …" ("that" is its own)
        if en and k > j and t.text == t.low and t.low in lex.complementizers and j == c.last + 1 and m.first < c.first \
                and toks[j].text == toks[j].low and toks[j].low in _EN_GAP_MODALS and not toks[j].quoted:
            break  # (round 51, enarticles5) a modal right after the cue is the verb of a relative clause's subject gap, and
            # a later wh-word its object's: "a finding researchers say could change how doctors treat …" (reported
            # "how doctors treat …"; now "could change how …", as "which officials say will cost $5 million")
        if en and not (k == j and k + 1 < hi and (toks[k + 1].text == "," or _en_clause_start(toks[k + 1], lex))) \
                and t.low == "that" and toks[j].low in lex.determiners and toks[k - 1].low != "ago" and toks[c.first].low not in lex.addressee_verbs \
                and toks[k - 1].low not in lex.content_nouns and toks[k - 1].low not in lex.light_verbs.get(toks[c.first].low, ()) \
                and not _en_object_report_noun_that(ctx, j, k, hi):
            break  # a relative clause on the object: "revealed those papers that were given to …" (not the light verb's own
            # noun: "expressed his confidence that …", round 40)
        if en and k > j and t.text == "that" and not t.quoted and k + 2 < hi and toks[k - 1].is_word \
                and toks[k - 1].text == toks[k - 1].low and not toks[k - 1].quoted and toks[j].low in lex.determiners \
                and _en_object_gap_after(ctx, k, hi):
            break  # (round 50, enleft15) a relative clause whose object is the noun before "that": "She confirmed the
            # statement that she issued on Monday." (reported 'she issued on Monday'; "confirmed the report that she
            # issued a recall" reports)
        if en and k > j and t.low == "that" and t.text == "that" and k + 1 < hi and toks[c.first].low not in lex.addressee_verbs \
                and toks[j].low not in lex.prepositions and toks[j].low not in lex.time_words and toks[j].text == toks[j].low \
                and (_en_finite_verb(toks[k + 1], lex) or _en_relative_verb(toks[k + 1], lex)):
            break  # "reported first-quarter sales that missed forecasts": "that" + a verb is a relative pronoun (round 49,
            # auditnews3: also on a light verb's or content noun, "issued a statement that appeared to settle the dispute")
        if en and t.text == "that" and k + 2 < hi and toks[k + 1].low in ("time", "point", "moment") and k - 1 >= j \
                and toks[k - 1].low == "at" and toks[k + 1].text == toks[k + 1].low and toks[k + 2].text == "that" \
                and not any(x.quoted for x in toks[k - 1 : k + 3]):
            k, limit = k + 2, min(hi, limit + 2)  # (round 48, auditdebates) "said at that time that …", "at that point
            continue  # that …" (the content began at "time that")
        if en and t.text == "that" and k + 2 < hi and toks[k + 1].low in _EN_TIME_NOUNS and toks[k + 1].text == toks[k + 1].low \
                and not toks[k + 1].quoted and not toks[k + 2].quoted:  # "that" + a time word
            if toks[k + 2].text == "that":
                k, limit = k + 2, min(hi, limit + 2)  # (round 39, enrecall) a time phrase before the complementizer: "said later that day that …", "said that
                continue  # morning that …" (the content began at "day")
            if k - 2 >= lo and (toks[k + 2].text in {",", ".", ";"} or toks[k + 2].low in lex.prepositions) \
                    and (toks[k - 1].low in lex.content_nouns or toks[k - 1].low in lex.light_acts
                         or toks[k - 2].low in lex.light_verbs):
                return []  # (round 44, enaviation) a demonstrative after the act's noun: "had expressed concerns that
                # morning about possible turbulence", "voiced fears that night about …" (no clause follows)
        if en and k > j and _en_nested_report_verb(ctx, c, j, k, hi):
            return [(toks[j].start, clause_end(toks, lex, j, hi, s_end))]  # (round 48, ennested) a report inside the report: "Smith said Jones told him that the deal was dead",
            # "Police said witnesses reported that …" (the "that" is the inner verb's: the outer content was only "the
            # deal was dead"; now it is the clause from "Jones", and "told" has its own)
        if en and t.low == "if" and t.text == "if" and toks[c.first].low not in lex.question_cues and k > j:
            break  # (round 33) a condition after the act's object: "warned of dire consequences if the deal collapsed"
        if en and t.text == "when" and k > j + 1 and _en_subject_verb_before(toks, lex, j, k):
            break  # (round 43, encrime) a bare reported clause with its own subject and verb before a time clause: "COPA
            # said the man collapsed when police followed him" (the content was "when police followed him"; "Witnesses
            # said the suspect ran when police arrived" reported nothing)
        if (t.low in lex.complementizers or (en and _en_asked_wh(ctx, c, j, k, hi))) \
                and (lex.lang == "en" or k == j or toks[k - 1].text == ","):
            if k + 1 >= hi or (not en and _de_condition_dass(ctx, c, k, j)):
                return []
            if en and t.low == "that" and _en_object_then_relative(ctx, c, hi):
                return []  # (round 47) "He told me things that I knew were not quite accurate" (reported 'I knew were …')
            if en and t.low == "when" and k == j + 1 and toks[j].low in _EN_PRONOUN_OBJECTS and toks[j].text == toks[j].low:
                return []  # (round 41, encomments) the object and a time clause: "he said nothing when his boss bowed"
            if en and t.text == "when" and k + 1 < hi and toks[k + 1].text == toks[k + 1].low \
                    and toks[k + 1].low in lex.fronted_participle_adjuncts and not toks[k + 1].quoted:
                # (round 52, English audit) "when asked/pressed …" is the occasion, no reported question: "Kessler shrugged
                # off the jab when asked about it", "She smiled when asked about the rumours" (the content was "when
                # asked about …"); a later "that" in the clause opens it: "She said when asked about it that …"
                th = next((x for x in range(k + 2, hi) if toks[x].quoted or not toks[x].is_word or toks[x].text == "that"),
                          None)
                if th is not None and toks[th].text == "that" and not toks[th].quoted and th + 1 < hi:
                    return [(toks[th + 1].start, clause_end(toks, lex, th + 1, hi, s_end))]
                return []
            if en and t.text == "when" and k == j and toks[c.first].low in _EN_SOUND_CUES:
                return []  # (round 43, encrime) a cry with a time clause reports nothing: "the woman screamed when the man
                # grabbed her" (the content was "when the man grabbed her")
            if en and t.low == "that" and toks[k + 1].text == toks[k + 1].low and toks[k + 1].low in _EN_THAT_OBJECT_NOUNS \
                    and (k + 2 >= hi or not toks[k + 2].is_word or toks[k + 2].low in lex.adverbial_subordinators
                         or toks[k + 2].low in ("because", "about")):
                return []  # (round 38, comments) a demonstrative: "It only feels that way because …" (was the content "way …")
            if en and t.low == "that" and toks[k + 1].text == toks[k + 1].low and toks[k + 1].low in lex.prepositions \
                    and not any(_en_finite_verb(x, lex) or x.text == "," for x in toks[k + 1 : hi]):
                return []  # "that" is the object: "I say that to both political parties."
            if en and t.low == "that" and t.text == "that" and k + 3 < hi and toks[k + 1].text == "," \
                    and not toks[k + 1].quoted and toks[k + 2].low in ("not", "never") and toks[k + 2].text == toks[k + 2].low \
                    and not toks[k + 3].low.endswith("ly") and not any(
                        _en_finite_verb(x, lex) or x.quoted for x in toks[k + 3 : next(
                            (y for y in range(k + 3, hi) if toks[y].text in {".", "!", "?", ";", "who", "which"}), hi)]):
                return []  # (round 52, commentsleft) "that" is the object before a contrast with the true source:
                # "Brenda, the tabloids said that, not a court." (the content was "not a court"); not "said that, not
                # surprisingly, prices rose"
            if en and t.low == "that" and t.text == "that" and _en_demonstrative_rest(toks, k + 1, hi):
                return []  # (round 40, enacts3) "that" is the object before a time phrase: "she said that last week
                # too", "He has said that before" (the content was "last week too")
            # (round 25) "asked what happens if …": the wh-word is the content's (not "I'll tell you what: …")
            a = k + 1 - (en and (t.low in _EN_WH_CONTENT or t.low in _EN_ASKED_WH) and k + 1 < hi and toks[k + 1].is_word)
            if en and t.text == "whether" and a + 2 < hi and toks[a].text == "or" and toks[a + 1].text == "not" \
                    and toks[a + 2].is_word and not toks[a + 2].quoted:
                a += 2  # (round 47, enquestions) "asked whether or not the plan would work" (was 'or not the plan …')
            if en and t.low == "if" and toks[c.first].low not in lex.question_cues:
                a = k  # (round 33) a condition opens the content: "said if the council rejected it, he would resign"
            if en and t.low == "that" and k == j and toks[a].text == toks[a].low and (
                    (toks[a].low in lex.auxiliaries and toks[a].low not in ("'s", "'re", "'ve", "'d", "'ll", "'m"))
                    or (toks[a].low.endswith(("n't", "n’t")) and toks[a].low[:-3] in lex.auxiliaries | {"do", "does", "did", "ca", "wo"})):
                a = k  # "that" is the subject: "has said that will cost 700,000 jobs", "would say that doesn't make sense"
            if en and t.text == "that" and k == j and a + 2 < hi and toks[c.first].low in lex.addressee_verbs \
                    and _en_bare_addressee(toks[a], lex) and toks[a + 1].text == toks[a + 1].low and not toks[a + 1].quoted \
                    and (toks[a + 1].low in lex.subject_pronouns or toks[a + 1].low in _EN_ADDRESSEE_CLAUSE_DETS):
                a += 1  # (round 48, entweets3) "that" is the addressee's determiner: "I told that reporter he was wrong"
                # (the content was "reporter he was wrong")
            if toks[a].text == "," and not toks[a].quoted:
                # an interruption right after "that": "insisted that, as president, he would …"
                n = next((x for x in range(a + 1, min(hi, a + INTERRUPTION_REACH)) if toks[x].text == ","), None)
                if n is not None and n + 1 < hi:
                    return [(toks[a + 1].start, clause_end(toks, lex, n + 1, hi, s_end))]
            return [(toks[a].start, _de_before_main(ctx, c, lo, a, hi, clause_end(toks, lex, a, hi, s_end)))]
        if en and t.text in _EN_PAIRED_DASHES and not t.quoted and k == c.last + 1:
            # (round 47, enleftovers) an interruption between dashes, as between commas: "Trump said — without
            # evidence — that the election was rigged" (reported nothing)
            n = next((x for x in range(k + 1, min(hi, k + INTERRUPTION_REACH))
                      if toks[x].text in _EN_PAIRED_DASHES or toks[x].quoted or toks[x].text in {",", ";", ":", "."}), None)
            if n is not None and toks[n].text == t.text and n > k + 1 and n + 2 < hi and toks[n + 1].text == "that" \
                    and not toks[n + 1].quoted:
                return [(toks[n + 2].start, clause_end(toks, lex, n + 2, hi, s_end))]
        if t.text in {",", ":"}:
            if k + 1 < hi and toks[k + 1].quoted and not (
                    # (round 22) a partial quotation as the subject of a reported clause: "Er sagte, „die schweigende
                    # Mehrheit“ müsse sich „die Demokratie zurückholen“" (the report was lost)
                    lex.lang == "de" and t.text == "," and (e := quoted_run_end(toks, k + 1, hi)) < hi
                    and toks[e].is_word and toks[e].text == toks[e].low
                    and (toks[e].low in lex.konjunktiv_i or toks[e].low in lex.konjunktiv or toks[e].low in lex.reportative
                         # (round 27) or an infinitive clause around it: 'kündigte an, "dieses faszinierende Land" eines
                         # Tages wieder besuchen zu wollen' (only the quotation was marked)
                         or _de_zu_clause_end(toks, e, hi))):
                return []
            if en and t.text == ",":  # "claimed, without evidence, that …"
                n = next((x for x in range(k + 1, min(hi, k + INTERRUPTION_REACH)) if toks[x].text == "," or toks[x].quoted), None)
                if n is not None and toks[n].text == "," and n + 2 < hi and toks[n + 1].low == "that":
                    return [(toks[n + 2].start, clause_end(toks, lex, n + 2, hi, s_end))]
                if n is not None and toks[n].text == "," and (th := _en_apposition_adjunct_that(ctx, c, k, n, hi)) is not None:
                    # (round 38, enaddr) the addressee's apposition, then the medium and the day: "told his Pakistani
                    # counterpart, Makhdoom Shah Mahmood Qureshi, in a phone conversation on Wednesday that …"
                    return [(toks[th + 1].start, clause_end(toks, lex, th + 1, hi, s_end))]
                break  # "said the bill, which passed …, would": the English clause logic below
            if lex.lang == "de" and t.text == "," and k + 1 < hi and _de_adverbial_clause(ctx, c, lo) \
                    and _de_finite_first(toks[k + 1], lex):
                return []  # "Da alle vom Triple sprechen, bemüht der Trainer …": the main clause is no content
            if lex.lang == "de" and t.text == "," and k - 1 > c.last and _de_adjective_list(ctx, k, hi):
                k, limit = k + 1, min(hi, limit + 1)
                continue  # "sagte nach schwierigen, stundenlangen Verhandlungen: …": a list of adjectives
            if lex.lang == "de" or t.text == ":":
                n = k + 1
                if lex.lang == "de" and t.text == "," and m.first > c.last and k > m.end - 1 \
                        and (_de_adjuncts_only(ctx, n, hi) or _de_addressee_adjuncts(ctx, n, hi)) \
                        and not any(x.text in {",", ";", ":"} for x in toks[n:hi]):
                    return []  # adjuncts after the speaker's apposition: "Das sagte der Sprecher, Hans Meier, am Mittwoch in Berlin."
                    # (round 34, w2b: also the addressee, "…, sagte die Präsidentin, Eva Lohse, der Deutschen Presse-Agentur
                    # in Berlin": the agency was the content)
                if lex.lang == "de" and t.text == "," and m.first > c.last and k > m.end - 1 and n + 1 < hi \
                        and toks[n].text == "des" and not any(_de_clause_word(x, lex) for x in toks[n + 1 : hi]):
                    return []  # (round 34) the speaker's genitive owner in apposition: "Das sagte der Chef des Verbands,
                    # des größten im Land, der Zeitung."
                if lex.lang == "de" and t.text == "," and n < hi and toks[n].text == toks[n].low \
                        and toks[n].low in lex.auxiliaries and m.first == lo and m.end < c.first and k > c.last + 1:
                    # V2 main clause with an object, then a coordinated predicate: "Ein Sprecher bestätigte
                    # den Vorfall, wollte aber keine Details nennen" (not "Wie X mitteilte, soll …")
                    return []
                if lex.lang == "de" and t.text == "," and toks[lo].text in ("Das", "Dies") and not toks[lo].quoted \
                        and (lo + 1 == c.first or (
                            # (round 40, depolls6) also the perfect, its participle before the comma: "Das hat eine
                            # Umfrage ergeben, die am Donnerstag veröffentlicht wurde" (the relative clause was the content)
                            k == c.last + 1 and toks[lo + 1].low in ("hat", "haben", "hatte", "hatten")
                            and toks[lo + 1].text == toks[lo + 1].low and not any(
                                x.text in {",", ";", ":"} and not x.quoted for x in toks[lo + 1 : c.first]))) \
                        and n + 1 < hi and not toks[n].quoted \
                        and (_de_relative_opens(ctx, n) or (
                            toks[n].text == toks[n].low and toks[n].low in lex.prepositions
                            and toks[n + 1].text == toks[n + 1].low
                            and (toks[n + 1].low in _DE_ARTICLE_RELATIVES or toks[n + 1].low in _DE_PURE_RELATIVES))):
                    # (round 37, h2) "Das" is the object, what was said before, and a relative clause after the comma
                    # belongs to the source: "Das legt eine Studie nahe, für die Proben im Atlantik entnommen wurden" (the
                    # relative clause was the content)
                    return []
                if lex.lang == "de" and t.text == "," and k == c.last + 1 and ctx.count(
                        "dies", _unquoted_dies, lo + 1, c.first) > 0 \
                        and n + 1 < hi and toks[n].is_cap and not toks[n].quoted and toks[n + 1].text == toks[n + 1].low \
                        and toks[n + 1].low in lex.auxiliaries and toks[n + 1].low not in lex.konjunktiv:
                    # the cue's object is what was said before ("Trump hatte dies angekündigt, Genaueres war nicht
                    # bekannt"): the writer's main clause after it, in the indicative, is no content
                    return []
                if lex.lang == "de" and t.text == "," and n < hi and _de_in_relative_clause(ctx, c, lo) \
                        and all(x.is_word and not x.quoted and x.text == x.low and x.low in lex.auxiliaries
                                for x in toks[c.last + 1 : k]) \
                        and _de_finite_first(toks[n], lex) and (_de_finite_verb(toks[n], lex) or _de_present_main_verb(ctx, lo, n, hi)):
                    # (round 34) the cue closes a relative clause and the main clause goes on with its finite verb:
                    # "Die Grünen, die zuvor ihre Ablehnung angekündigt hatten, enthielten sich" (no content)
                    return []
                if lex.lang == "de" and t.text == "," and k == c.last + 1 and m.first == lo and m.end < c.first \
                        and _de_coordinated_predicate(ctx, n, hi):
                    # a second predicate of the subject after the cue's clause: "Ramsauer hat die Verschiebung
                    # bedauert, hält die Entscheidung aber für alternativlos" (its own clause, no content)
                    return []
                if lex.lang == "de" and t.text == "," and n < hi and toks[n].text == toks[n].low \
                        and ((toks[n].low in lex.cue_verbs and particle_found(ctx, n, n, hi))
                             or toks[n].low in lex.impersonal_cues or toks[n].low in lex.coordinators) and not (
                            # (round 24) after a fronted wie-clause "steht" is the main clause's verb: "Wie der Verband
                            # mitteilte, steht Abraham vor einem Comeback" lost its content
                            # (round 26: any verb there, "Wie eine Delegation mitteilte, kritisierte Nordkorea die USA")
                            toks[lo].low in lex.fronting and toks[lo].text[:1].isupper() and c.first < n and n + 1 < hi
                            and toks[n + 1].text not in {",", ":"} and toks[n].low not in lex.coordinators):
                    # another cue's trailing attribution ("Der Mann habe die Tat gestanden, teilte X mit") or a
                    # coordinated predicate ("Nachbarn hätten von Schreien berichtet, und daraufhin …")
                    return []
                if lex.lang == "de" and t.text == "," and n + 1 < hi and (k > j or (
                        m.first > c.last and not _de_konjunktiv_i_in(ctx, n, hi)) or (
                        # (round 34) the cue closes its clause after its object noun: "Die Länder hatten ihre Ablehnung
                        # angekündigt, der erst im April entscheidet" (the relative clause was the content)
                        _de_object_before_final_cue(ctx, c, m, k) and not _de_konjunktiv_i_in(ctx, n, hi))) and (
                        # (round 28) also after a preposition: "führt Mängel an, für die der Staat verantwortlich sei"
                        _de_relative_opens(ctx, n) or (_de_prepositional_relative(ctx, n)
                                                       and not toks[n + 1].low.startswith("welch"))) \
                        and not _de_relative_source(ctx, c, lo, k, n, hi):  # (round 38) but "Berichte, nach denen …"
                    # a relative clause on the object ("kritisierte die Kultusminister, die die Vorwürfe …")
                    # or on the speaker after the cue ("sagte der Minister, der seit 2019 im Amt ist"; a
                    # Konjunktiv I in it may be the report); a content may follow it: "erklärte den
                    # Journalisten, die ihn befragten, die Lage sei ernst"
                    close = next((x for x in range(n + 1, hi) if toks[x].text == "," and not toks[x].quoted), None)
                    if close is None or close + 1 >= hi or not (_de_konjunktiv_i_in(ctx, close + 1, hi) or (
                            # (round 50, deleft17) or an infinitive clause with "zu" to the sentence end after a relative
                            # clause on the addressee: "empfiehlt Senioren, die krank sind, sich impfen zu lassen" (the
                            # relative clause opened the content)
                            k > j and _de_zu_clause_end(toks, close + 1, hi) and not any(
                                x.text in {",", ";", ":"} and not x.quoted for x in toks[close + 1 : hi]))) or (
                            # (round 29) the relative clause reports on its own: "…, erklärte Magashule, der betonte,
                            # dass Zuma nicht verurteilt sei" (its content was taken for Magashule's)
                            n + 1 < hi and toks[n + 1].low in lex.cue_verbs and toks[n + 1].text == toks[n + 1].low
                            and close == n + 2):
                        return []
                    k, limit = close, min(hi, close + 2)
                    continue
                if lex.lang == "de" and t.text == "," and k == j and m.first > c.last and de_speaker_apposition(ctx, n, hi):
                    # an apposition of the speaker after the cue: "Davon geht Slobodan Samardzic, der zuständige
                    # Minister, aus" (the particle after it is no content either)
                    close = next((x for x in range(n, hi) if toks[x].text == "," and not toks[x].quoted), None)
                    if close is None or close + 1 >= hi:
                        return []
                    after = next((x for x in range(close + 1, hi) if toks[x].text == "," and not toks[x].quoted), None)
                    if _de_particle_in(ctx, c, close + 1, hi, toks[after].start if after is not None else s_end):
                        if after is None:
                            return []  # "…, aus."
                        close = after  # the rest of the main clause: "…, noch davon aus, dass …"
                    elif after is not None and after + 1 < hi and toks[c.first].low in lex.addressee_verbs \
                            and _de_addressee_adjuncts(ctx, close + 1, after):
                        close = after  # (round 34) then the addressee between commas: "sagte Sven Rebehn, Geschäftsführer
                        # des Richterbundes, der Rheinischen Post, es sei …" (the paper opened the content)
                    rest = [x for x in toks[close + 1 : hi] if x.is_word]
                    if len(rest) <= 4 and not any(x.low in lex.konjunktiv or x.low in lex.auxiliaries
                                                  or x.low in lex.complementizers or x.quoted for x in rest):
                        return []  # adjuncts only: "Das sagte Hans Müller, der Präsident des Verbandes, am Montag."
                    k, limit = close, min(hi, close + 2)
                    continue
                if lex.lang == "de" and t.text == "," and _de_trailing_wie_source(ctx, k, hi):
                    return []  # a second source's wie-clause, no content: "Der Freistaat forderte Hilfe an, wie eine
                    # Sprecherin sagte" (round 21: "eine Sprecherin sagte" was reported)
                if lex.lang == "de" and t.text == "," and n < hi and k > j and (c.act or toks[c.first].low in lex.speech_act_verbs) \
                        and any(x.is_word and x.low not in lex.auxiliaries for x in toks[j:k]) \
                        and toks[n].text in _DE_ACT_CONDITIONS and not any(
                            x.text in {",", ";", ":"} and not x.quoted for x in toks[n + 1 : hi]):
                    # (round 29) an act with its object, then a condition to the sentence end: the act's
                    # sentence is the report ("Die Minister kündigten ihren Rücktritt an, falls Strauß im Amt bleibe"
                    # reported only the falls-clause)
                    return []
                if lex.lang == "de" and t.text == "," and k == j and n < hi and (c.act or toks[c.first].low in lex.speech_act_verbs) \
                        and toks[c.first].text == toks[c.first].low and (v := _de_cue_clause_verb(ctx, n, hi)) is not None \
                        and not toks[v + 1].quoted:
                    return []  # (round 36, g1) an act closing its clause, then a main clause with a cue of its own: "Schon im
                    # Ausschuss hatte die Opposition den Plan kritisiert, der Abgeordnete X sagte, dass …" (the second
                    # clause was the first act's content)
                if lex.lang == "de" and t.text == "," and n < hi and _de_adverbial_opens(ctx, n, hi) and not (
                        # (round 29) an infinitive clause opening with an adjunct: "hatten dazu aufgerufen, während seiner
                        # Rede auf Töpfe zu schlagen" (was "dazu")
                        toks[n].text in ("während", "damit") and toks[c.first].low in lex.infinitive_acts
                        and _de_zu_clause_end(toks, n + 1, hi)):
                    # an adverbial, no content: "Das kündigte die GDL an, ohne einen Zeitpunkt zu nennen",
                    # "…, bestätigte ein Sprecher, nachdem zuvor die Bahn darüber berichtet hatte"
                    return []
                if lex.lang == "de" and t.text == "," and n == k + 1 < hi and _de_condition_dass(ctx, c, n, j):
                    return []  # (round 41, depronouns5) a condition's own dass-clause: "kündigte Warnstreiks für den Fall
                    # an, dass die Arbeitgeber kein Angebot vorlegen" (the act's sentence is the report, as with "falls")
                if n < hi and (toks[n].low in lex.complementizers or (
                        # (round 28) a content noun's clause: "dementierte Berichte, wonach der General getötet worden sei"
                        lex.lang == "de" and toks[n].text == "wonach")):
                    # (round 44, deleftovers) not a German "wie" with its degree word: "fragte Basler, wie viel er
                    # rauche" (the content lost "wie")
                    n += not (toks[n].text == "wie" and n + 1 < hi and toks[n + 1].text in DE_WIE_DEGREE)
                elif lex.lang == "de" and (r := _de_relative_source(ctx, c, lo, k, n, hi)):
                    n += r  # (round 38) the same with a relative source phrase: "dementierte einen Bericht, laut dem / nach dem
                    # …", "Angaben des Betriebsrats, denen zufolge …" (the whole sentence was the report)
                if n >= hi:
                    return []
                end = clause_end(toks, lex, n, hi, s_end)
                if lex.lang == "de" and t.text == "," and _de_particle_in(ctx, c, n, hi, end):
                    return []  # the comma is inside the main clause: "Die GDL ruft Lokführer, Zugbegleiter … zum Streik auf"
                if lex.lang == "de" and t.text == "," and (de_noun_list(ctx, n, hi, end) or _de_apposition_np(ctx, n, hi, end)):
                    return []  # a list of nouns, no clause: "drohten Gewitter mit Sturmböen, Hagel und Starkregen"; (round
                    # 28) an apposition of the object: "kritisierte sein Feindbild, den Milliardär George Soros"
                if lex.lang == "de" and t.text == "," and (k > j or m.first > c.last) and _de_verbless_appendix(
                        ctx, n, hi, end, next((x for x in range(j, k) if toks[x].text == toks[n].text == toks[n].low
                                               and not toks[x].quoted), None)):
                    return []  # (round 41, deregional) an appendix to the object without a verb: "Der DWD erwartet Regen,
                    # teils auch Gewitter und Starkregen", "warnt vor Unwettern mit Starkregen, Hagel und Sturmböen von bis
                    # zu 85 Kilometern in der Stunde" (the appendix was the content)
                if lex.lang == "de" and t.text == "," and k > j and toks[j].low in _DE_OBJECT_ARTICLES \
                        and toks[j].text == toks[j].low and n == k + 1 and not _de_reported_in(ctx, n, end):
                    # an object before the comma and an indicative clause after it: a clause of its own, no
                    # content ("Gürpinar kritisierte die Profitorientierung, die AfD befürchtet mehr Bürokratie")
                    return []
                if lex.lang == "de" and t.text == "," and n == k + 1 and m.end < c.first and _de_own_cue_clause(ctx, c, m, j, k, n, hi, end):
                    return []  # (round 42, depolice) another subject's clause with its own cue after the object
                if lex.lang == "de" and t.text == "," and n == k + 1 and (x := _de_list_before_zu_clause(ctx, n, hi, end)) is not None:
                    n = x  # (round 50, dearticles4) the addressees' list goes on after the comma, the infinitive clause
                    # after the next one: "empfiehlt allen über 60 Jahren, Schwangeren und chronisch Kranken, sich impfen
                    # zu lassen" (the content was "Schwangeren und chronisch Kranken, sich …")
                if lex.lang == "de" and m.first > c.last and k == m.end + 1 \
                        and (b := _de_konjunktiv_before_inverted_cue(ctx, c, lo)) is not None:
                    # (round 50, dearticles4) a reported clause before the inverted cue, the report going on after its
                    # speaker: "Es sei nicht zu spät, betonte Hartlieb: Der Impfschutz baue sich auf.", "Die Lokführer
                    # hätten einen harten Job, sagte er, da sei ein Streik das letzte Mittel." (the part before was lost);
                    # only with the comma or colon right after the speaker (after adjuncts, round 16's rows keep the
                    # second clause alone: "…, sagte der Minister am Montag, Peter Müller sei zurückgetreten.")
                    return [b, (toks[n].start, _de_before_main(ctx, c, lo, n, hi, end))]
                return [(toks[n].start, _de_before_main(ctx, c, lo, n, hi, end))]
            return []
        if not t.is_word and not en and t.text == "." and k > j and _DE_DATE_NUMBER.fullmatch(toks[k - 1].text) \
                and toks[k - 1].end == t.start and not t.quoted:
            k += 1  # (round 26) an ordinal's full stop in a date: "sagte am 3. März, die Lage sei ernst" (nothing was reported);
            # (round 27) also a numeric date's: "sagte am 16.02., die Lage sei ernst"
            continue
        if not en and k > j and _initial_dot(toks, k) and ((k - 1 > j and toks[k - 2].text == "." and toks[k - 2].end == toks[k - 1].start) or (
                k + 2 < hi and len(toks[k + 1].text) == 1 and toks[k + 1].text.isupper() and toks[k + 1].start == t.end
                and toks[k + 2].text == ".")):
            k, limit = k + 1, min(hi, limit + 1)  # (round 27) a dotted abbreviation: "sagte der F.A.Z. am Telefon, …"
            continue  # (nothing was reported)
        if not en and not t.quoted and t.text == "(" and k > j and (
                close := next((x for x in range(k + 1, min(hi, k + 6)) if toks[x].text in {")", ",", ";", ":"}
                               or toks[x].quoted), None)) is not None and toks[close].text == ")" and close > k + 1:
            limit, k = min(hi, limit + close + 1 - k), close + 1  # (round 27) a bracket after an addressee: "sagte dem
            continue  # Pressedienst (epd), dass …", "sagte der Welt (Freitagsausgabe), …" (nothing was reported)
        if en and t.text == "." and k > j and toks[k - 1].is_word and toks[k - 1].low in lex.abbreviations \
                and toks[k - 1].end == t.start and k + 1 < hi and toks[k + 1].is_cap and toks[k + 1].is_word \
                and not toks[k + 1].quoted and toks[c.first].low in lex.addressee_verbs:
            k, limit = k + 1, min(hi, limit + 1)  # (round 39, enrecall) an addressee's title: "told Sen. Al Franken, D-Minn.,
            continue  # that …", "told Mr. Smith, the ranking member, that …" (reported nothing)
        if not t.is_word:
            if en:
                break
            return []
        k += 1
    if not en:
        return []
    # English: after adjuncts and an addressee ("said in a statement", "told Reuters on Monday") a
    # complementizer, or a clause right after the cue when the subject stands before it ("he said
    # the talks failed", "Police say the suspect fled", "…, saying it would hurt")
    j = _en_skip(ctx, c, j, hi)
    if j < hi and toks[j].quoted and not toks[j].is_word and toks[c.first].low in lex.bare_complement_verbs \
            and m.end < c.first and (e := quoted_run_end(toks, j, hi)) < hi and e - j <= 8 and toks[e].is_word \
            and not toks[e].quoted and toks[e].text == toks[e].low and (toks[e].low in lex.auxiliaries or _en_finite_verb(toks[e], lex)):
        # (round 22) a partial quotation as the reported clause's subject: 'Bharel said "too many people" are still
        # dying of opioids' (only the quotation was marked)
        return [(toks[j].start, clause_end(toks, lex, j, hi, s_end))]
    if j + 2 < hi and toks[j].text == "," and not toks[j].quoted and j > c.last + 1 and m.end < c.first \
            and toks[c.first].low in lex.bare_complement_verbs and _en_comma_adjunct(toks, lex, c.last + 1, j) \
            and ((_en_clause_start(toks[j + 1], lex) and toks[j + 1].low not in ("which", "who", "where", "when")
                  and _en_finite(toks, lex, j + 1, hi)) or _en_plural_then_verb(toks, lex, j + 1, hi) or (
                # a bare plural, then a past or an auxiliary: "…, scientists tested …"
                j + 3 < hi and toks[j + 1].is_word and toks[j + 1].text == toks[j + 1].low and toks[j + 1].low.endswith("s")
                and len(toks[j + 1].low) > 4 and toks[j + 1].low not in lex.stopwords and toks[j + 1].low not in lex.pronouns
                and toks[j + 2].text == toks[j + 2].low and (toks[j + 2].low in lex.past_verbs or toks[j + 2].low in lex.auxiliaries
                                                             or (toks[j + 2].low.endswith("ed") and len(toks[j + 2].low) > 4)))) \
            and not any(x.text in {",", ";", ":"} and not x.quoted for x in toks[j + 1 : hi]):
        # (round 29) a time or place adjunct and a comma before a clause without "that": "The mayor said on Monday, the
        # city would close schools", "Tedros said in Guangdong, scientists tested 320,000 samples" (reported nothing)
        return [(toks[j + 1].start, clause_end(toks, lex, j + 1, hi, s_end))]
    if (par := _en_comma_subordinate_content(ctx, c, j, hi, s_end)) is not None:
        return par
    if j >= hi or toks[j].quoted:
        return []
    if toks[c.first].low in _EN_SAY_RITE_FORMS and _en_said_rite(toks, lex, j, hi):
        return []  # (round 44, enreligion) a rite said, no report: "Bishop Reilly said Mass at the cathedral, where …",
        # "said a prayer for peace at the shrine" (the rite and all after it were the content)
    # "vowed not to work with him", (round 33) "vowed never to settle"
    neg = j + 1 < hi and toks[j].text in ("not", "never") and toks[j + 1].text == "to"
    if toks[c.first].low in lex.infinitive_acts and j + neg < hi and toks[j + neg].text == "to" \
            and j + neg + 1 < hi and toks[j + neg + 1].is_word and toks[j + neg + 1].text == toks[j + neg + 1].low \
            and toks[j + neg + 1].low not in lex.determiners | lex.quantifiers | lex.not_nouns | lex.pronouns \
            and toks[j + neg + 1].low not in lex.coordinators:  # (round 48, enacts) not "threatens to and does murder …"
        # a commitment: "vowed to repeal the law" (the infinitive clause; not "vowed to the people that")
        if toks[c.first].low in lex.person_subject_infinitives and not _en_threat_speaker(ctx, c):
            return []  # (round 48, enacts) a threat from no one: "The storm threatened to flood the towns"
        return [(toks[j].start, clause_end(toks, lex, j + neg + 1, hi, s_end))]
    if (req := _en_request_content(ctx, c, hi, s_end)) is not None:
        # (round 38, enreq) a request: "The Pentagon asked Congress to take up the request" (the infinitive clause, up to
        # its first comma: "Trump asked the Russians to hack her email, he did it on TV"); (round 39, enconv) every request
        # and appeal to an addressee: "urged residents to stay indoors", "appealed to the public to come forward"
        return req
    t = toks[j]
    if j - 1 > c.last + 1 and toks[j - 1].text in ("which", "who") and toks[j - 2].is_word and not toks[j - 2].quoted \
            and not (toks[j - 1].text == "who" and toks[c.first].low in lex.addressee_verbs
                     and toks[j - 2].text == toks[j - 2].low and toks[j - 2].low not in lex.pronouns
                     and any(x.text == "that" and not x.quoted for x in toks[j : min(hi, j + ADDRESSEE_REACH)])):
        # (round 48, auditnews2) not a relative clause on the addressee, "that" after it: "Gambill told a few thousand
        # teachers who covered the lawn that the Legislature should act" (reported nothing)
        return []  # (round 29) a relative clause on the adjunct's noun: "said at the hearing which was held virtually"
    if c.act and t.low in ("that", "which") and j + 1 < hi and toks[j + 1].text == toks[j + 1].low \
            and toks[j + 1].low in lex.cue_verbs and not toks[j + 1].quoted:
        return []  # (round 35) a relative clause on the act's noun reports on its own: "issued a statement that said …"
    if t.low in lex.complementizers and t.text == t.low:
        a = j + (t.low not in _EN_WH_CONTENT or not toks[j + 1].is_word) if j + 1 < hi else j
        if t.low == "if" and toks[c.first].low not in lex.question_cues:
            a = j  # (round 33) a condition opens the content: "told reporters if the talks fail, sanctions will follow"
        return [(toks[a].start, clause_end(toks, lex, j + 1, hi, s_end))] if j + 1 < hi else []
    verb = toks[c.first].low
    if verb in lex.addressee_verbs or t.low not in lex.determiners or c.act:  # also "made the case that …"
        # "told reporters aboard Air Force One that …": "that" a few words on (not after a noun object,
        # where it opens a relative clause: "revealed the papers that …")
        for k in range(j, min(hi, j + ADDRESSEE_REACH)):
            w = toks[k]
            if k > j and _initial_dot(toks, k):
                continue  # (round 25) an initialism's full stop: "tell a U.S. Senate panel that …" (reported nothing)
            if k > j and _en_clock_dot(toks, k):
                continue  # (round 54, entranscript) a clock time's "a.m."/"p.m.": "said in its 9 a.m. advisory that …"
                # (the content began at "a.m.")
            if k > j and w.text == "." and not w.quoted and toks[k - 1].low in _EN_MONTH_ABBREVIATIONS \
                    and toks[k - 1].end == w.start and toks[k - 1].is_cap and k + 1 < hi and toks[k + 1].text.isdigit():
                continue  # (round 48, auditnews2) a month's abbreviation and its day: "told investors on Oct. 31 that …"
            if k > j and w.is_word and not w.quoted and w.text == w.low and w.low in lex.auxiliaries \
                    and toks[k - 1].text == "who" and verb in lex.addressee_verbs:
                continue  # (round 48, auditnews2) a relative clause on the addressee with its auxiliary: "told reporters
                # who had gathered outside that the talks had failed" (reported nothing)
            if not w.is_word or w.quoted or (w.low in lex.cue_verbs and w.low not in lex.light_verbs.get(verb, ()) and not (
                    # (round 47, enend) a medium's participle: "said in a statement posted online that …"
                    k > lo and w.text == w.low and w.low in lex.publication_participles
                    and toks[k - 1].text == toks[k - 1].low
                    and (toks[k - 1].low in lex.medium_nouns or toks[k - 1].low in lex.document_nouns))) \
                    or w.low in lex.auxiliaries:
                break
            if k > j and w.low.endswith("ing") and w.text == w.low and toks[k - 1].low in lex.prepositions:
                break  # "accused Armenia of bringing up issues that …": the 'that' is inside the gerund's phrase
            if w.text == "to" and k + 2 < hi and toks[k + 1].is_word and toks[k + 1].text == toks[k + 1].low \
                    and not toks[k + 1].quoted and toks[k + 1].low not in lex.stopwords and not toks[k + 1].low.endswith("s") \
                    and toks[k + 2].text == toks[k + 2].low and toks[k + 2].low in lex.determiners | {"a", "an"}:
                break  # (round 35) an infinitive after the addressee: "asked Noem to end a loophole that allows …",
                # "told officials to close the park that opened in May" (the relative clause was the content)
            if w.low == "that":
                nxt = toks[k + 1] if k + 1 < hi else None
                if nxt is not None and nxt.is_word and nxt.text == nxt.low and (
                        nxt.low in lex.auxiliaries or nxt.low.endswith("ed") or nxt.low in lex.cue_verbs
                        or _en_relative_verb(nxt, lex)  # (round 49, auditnews3) "a statement that came hours after …"
                        # (round 49, auditnews5) an irregular past as its base ("earnings that beat estimates") or a
                        # present ("details of the tour that opens in May")
                        or (nxt.low in lex.past_verbs and k > j) or (k > j and _en_relative_present(toks, lex, k + 1, hi))):
                    continue  # a relative clause on the addressee: "told members of the panel that voted …" (round 35:
                    # or on the act's document, "issued a statement that said …")
                if k >= j + 8 and not (nxt is not None and _en_clause_start(nxt, lex) and _en_finite(toks, lex, k + 1, hi)):
                    break  # far from the cue only a clause: "told members … on a call Monday that he would"
                return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))] if k + 1 < hi else []
    if j > 0 and toks[j - 1].text == toks[j - 1].low and toks[j - 1].low in lex.prepositions:
        return []  # the adjunct runs on ("said before the team's win over the Sabres in …"): no clause here
    if t.low == "because" and t.text == "because" and not (j + 1 < hi and toks[j + 1].low == "of") and j > c.last + 1:
        return []  # the writer's reason after adjuncts: "he said on condition of anonymity because he was not authorised …"
    if verb in ("declared", "declares") and not (t.low in lex.subject_pronouns or t.low == "there" or any(
            x.low in lex.auxiliaries and x.text == x.low and x.low not in ("do", "does", "did")
            for x in toks[j + 1 : min(hi, j + 6)]) or any(
            toks[x].quoted and not toks[x].is_word and _en_quoted_finite_verb(toks, lex, j, x)
            for x in range(j + 1, min(hi - 2, j + 4)))):
        # (round 42, enpolitics3) or a quoted verb after a short subject: 'declared the president "debases our nation"'
        return []  # (round 33) "declared" reports a clause with its auxiliary near ("declared there would be no meeting",
        # "declared he would not sign up"), not an object ("declared his financial interests to Parliament")
    if lex.lang == "en" and t.text == "there" and not t.quoted and j + 1 < hi and not any(
            x.quoted or x.low in lex.auxiliaries or x.low in _EN_THERE_FINITE or x.low == "that"
            for x in toks[j + 1 : min(hi, j + 4)]):
        return []  # (round 52, auditen3) a place adverb, no expletive subject, when no finite verb follows it: "the
        # same four farmers have argued there every morning" (reported "there every morning …"; "argued there was no
        # case" keeps its clause)
    if verb in lex.bare_complement_verbs and j == c.last + 1 and j + 1 < hi and not toks[j].quoted \
            and toks[j].text == toks[j].low and toks[j].low in lex.separable.get(verb, ()):
        j, t = j + 1, toks[j + 1]  # (round 36) the particle first: "points out there is no magic answer"
    if verb in lex.state_cues and m.end < c.first and j == c.last + 1 and t.low != "that" and t.is_word and not t.quoted \
            and (_en_clause_start(t, lex) or t.low in lex.subject_pronouns):
        # (round 36) a conviction with a bare clause (the cue checked its finite verb): "Pellegrini is convinced his
        # side are still in the title race" (reported nothing)
        return [(t.start, clause_end(toks, lex, j, hi, s_end))]
    if verb in lex.bare_complement_verbs and _en_titled_name_only(toks, lex, j, hi):
        return []  # (round 41, encanada) an attribution after its clause without a comma: "The team is in the area to help
        # with the arrests says Cpl. Jesse Tran." (the content was "Cpl. Jesse Tran", spoken by "the arrests")
    if t.low in ("this", "that") and t.text == t.low and not t.quoted and _en_demonstrative_rest(toks, j + 1, hi):
        return []  # (round 40, enacts3) a demonstrative object and a time phrase: "He said this last week" (the content
        # was "this last week")
    # (round 50, enleft16) right after the cue, or after the cue's time in a relative with a subject gap ("which
    # Bloomberg reported last week was …", `_en_relative_gap_time_end`)
    at_cue = j == c.last + 1 or (j > c.last + 1 and _en_relative_gap_time_end(ctx, c, c.last + 1, hi) == j)
    if verb in lex.bare_complement_verbs and m.end < c.first and not _en_object_word(toks, lex, j, hi) and (
            (_en_clause_start(t, lex) and (verb not in lex.object_verbs or _en_finite(toks, lex, j, hi)
                                           # (round 39, enacts2) a relative clause's gap: "issues that he claimed have
                                           # been agreed"
                                           or (t.low in lex.auxiliaries and t.text == t.low and at_cue
                                               and m.first >= 1 and toks[m.first - 1].low in ("that", "which", "what"))))
            # (round 50, enleft15) a form of "do" opening the predicate of a relative whose subject is the gap, as an
            # auxiliary in `clause_starters` does: "The plan that critics say does not work passed.", ", which critics
            # say does not work,", "The plan critics say doesn't work …" (reported nothing; "… say is flawed …" did)
            or (at_cue and t.text == t.low and not t.quoted and t.low in _EN_DO_FORMS and m.first > lo and (
                toks[m.first - 1].low in _EN_RESTRICTIVE_RELATIVES and toks[m.first - 1].text == toks[m.first - 1].low
                or en_zero_relative_head(toks, lo, m.first, lex) or _en_final_restrictive_relative(ctx, c, m)))
            # (round 47, enobjrel) a past verb in the gap of a non-restrictive one: "The bomb, which police said killed
            # three people, …", "…, which critics say failed, …" (reported nothing)
            or (at_cue and t.text == t.low and not t.quoted and _en_two_word_past(t.low, lex)
                and (_en_comma_relative_speaker(toks, m, False)
                     # (round 48, enrel3) also a restrictive one closing the sentence: "Police arrested a man who
                     # witnesses said fired the shots." (reported nothing)
                     or (c.kind == "verb" and m.kind != "relative" and _en_final_restrictive_relative(ctx, c, m)
                         and _en_final_relative_closes(ctx, j, hi))))
            or (t.is_word and t.low not in lex.stopwords and _en_finite(toks, lex, j, hi))
            or (t.low == "at" and j + 2 < hi and toks[j + 1].low in ("least", "most") and (
                _en_finite(toks, lex, j, hi) or _en_finite(toks, lex, j + 2, hi)))
            # (round 25) a quantity as the subject: "said about 90 per cent of the employees agreed to strike"
            or _en_quantity_clause(toks, lex, j, hi)):
        # "said lawmakers had …", "said at least 12 civilians were killed"
        return [(t.start, clause_end(toks, lex, j, hi, s_end))]
    if verb in lex.bare_complement_verbs and m.end < c.first and t.text == t.low and t.low in _EN_CONTENT_SUBORDINATORS:
        # (round 25) a fronted adverbial clause, then the reported main clause: "says although the budget includes tax
        # hikes, there's nothing else the state could do", "Police said as they approached the building, X opened fire"
        comma = next((x for x in range(j + 2, min(hi, j + 16)) if toks[x].text in {",", ";", ":", "."} or toks[x].quoted), None)
        if comma is not None and toks[comma].text == "," and not toks[comma].quoted and comma + 1 < hi \
                and _en_clause_start(toks[comma + 1], lex) and _en_finite(toks, lex, comma + 1, hi):
            return [(t.start, clause_end(toks, lex, comma + 1, hi, s_end))]
    return []


#: English subordinators of an adverbial clause that can open a content before its main clause
_EN_CONTENT_SUBORDINATORS = frozenset({"although", "though", "while", "as", "if", "once", "after", "before", "since",
                                       "unless", "until"})
#: (round 51, enleft18) subordinators of a time clause that, with a participle of being asked, frame the saying itself
_EN_ASKED_SUBORDINATORS = frozenset({"when", "after", "while", "before", "once", "if"})


def _en_comma_subordinate_content(ctx: QuoteContext, c: Cue, j: int, hi: int, s_end: int) -> list[tuple[int, int]] | None:
    """English (round 51, enleft18): a cue, a comma and an adverbial clause between commas, then the reported main
    clause with no "that": "Smith said, if elected, he would cut taxes.", "Smith said, when the war ended, prices fell
    sharply." (reported nothing). The adverbial clause opens the content (as without the comma, `_EN_CONTENT_SUBORDINATORS`)
    except a participle of being asked (`fronted_participle_adjuncts`), which frames the saying: "Smith said, when
    asked, he would serve" reports 'he would serve'. None when not this shape."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if not (j == c.last + 1 and j + 4 < hi and toks[j].text == "," and not toks[j].quoted and m is not None
            and m.end < c.first and toks[c.first].low in lex.bare_complement_verbs):
        return None
    sub = toks[j + 1]
    if sub.quoted or sub.text != sub.low or sub.low not in (_EN_CONTENT_SUBORDINATORS | {"when"}):
        return None
    close = next((x for x in range(j + 2, min(hi, j + 12)) if not toks[x].is_word or toks[x].quoted), None)
    if close is None or close == j + 2 or toks[close].text != "," or toks[close].quoted or close + 2 >= hi:
        return None
    main = toks[close + 1]
    if not (main.is_word and not main.quoted and main.low not in ("that", "which", "who", "where", "when") and (
            ((_en_clause_start(main, lex) or main.low in lex.subject_pronouns) and _en_finite(toks, lex, close + 1, hi))
            or _en_plural_then_verb(toks, lex, close + 1, hi)
            or (_en_bare_subject(main, lex) and close + 2 < hi and _en_finite_verb(toks[close + 2], lex)))):
        return None
    if sub.low in _EN_ASKED_SUBORDINATORS and toks[j + 2].low in lex.fronted_participle_adjuncts and sub.low != "if":
        return [(main.start, clause_end(toks, lex, close + 1, hi, s_end))]
    return [(sub.start, clause_end(toks, lex, close + 1, hi, s_end))]


def _de_fronted_condition(ctx: QuoteContext, lo: int, comma: int) -> bool:
    """(round 47, deconj) German: tokens[lo:comma] is a conditional clause with its finite Konjunktiv II or "sollte" first
    ("Sollte die Koalition zerbrechen", "Hätte die Regierung früher gehandelt"): one clause, no Konjunktiv I in it, its
    subject right after the verb. It needs the main clause after the comma and reports nothing alone."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[lo]
    if comma < lo + 3 or t.quoted or not t.is_cap or t.low not in lex.konjunktiv_ii \
            or not (toks[lo + 1].low in lex.determiners or toks[lo + 1].low in lex.pronouns or toks[lo + 1].is_cap):
        return False
    return not any(x.quoted or x.text in {",", ";", ":"} or (
        x.text == x.low and x.low in lex.konjunktiv_i and x.low not in lex.konjunktiv_ii) for x in toks[lo + 1 : comma])


def _de_trailing_passive_comma(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> int | None:
    """(round 36, v1) The comma before a German passive cue's clause that closes the sentence, opened by the passive
    auxiliary: "…, wurde in Bonn von unterrichteter Seite erklärt." (its index), else None. Only adverbs, times and
    prepositional phrases stand between the auxiliary and the participle (no subject of its own)."""
    toks, lex = ctx.tokens, ctx.lex
    if c.last + 1 < hi and toks[c.last + 1].is_word and not toks[c.last + 1].quoted:
        return None
    b = next((x for x in range(c.first - 1, lo - 1, -1) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), None)
    if b is None or b <= lo or toks[b].text != "," or b + 1 >= c.first or toks[b + 1].low not in lex.passive_auxiliaries \
            or toks[b + 1].text != toks[b + 1].low:
        return None
    k = b + 2
    while k < c.first:
        t = toks[k]
        if t.quoted or not t.is_word:
            return None
        if t.text == t.low and (t.low in lex.time_words or t.low in lex.skippable):
            k += 1
            continue
        if t.text == t.low and t.low in lex.prepositions:
            np = np_forward(toks, k + 1, c.first, lex, bare=True)
            if np is None:
                return None
            k = np.end + 1
            continue
        if t.is_cap and t.low in lex.time_words:
            k += 1
            continue
        return None
    return b


def _en_quantity_clause(toks, lex, j: int, hi: int) -> bool:
    """English: tokens from j are a quantity subject, maybe after an approximator ("about 90 per cent of the
    employees it represents", "nearly 300 journalists", "32%"), then a finite verb (an auxiliary or a past tense)
    before any punctuation or relative word."""
    lows = tuple(t.low for t in toks[j : j + 3])
    if lows in (("as", "many", "as"), ("as", "much", "as"), ("as", "few", "as")):
        k = j + 3  # (round 26) "said as many as 30 people were missing"
    elif lows[:2] in (("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to")):
        k = j + 2
    else:
        k = j + (toks[j].low in EN_QUANTITY_APPROXIMATORS and toks[j].text == toks[j].low)
    if k + 2 >= hi or not toks[k].is_word or toks[k].quoted or not toks[k].text[0].isdigit():
        return False
    for x in range(k + 1, min(hi, k + 12)):
        w = toks[x]
        if w.quoted or (not w.is_word and w.text not in {"%", "-"}) or w.low in ("that", "which", "who") \
                or w.low in lex.coordinators:
            return False  # (not "Obama added 13.4 million and it declined": an object, then a clause of its own)
        if x > k + 1 and w.text == w.low and (w.low in lex.auxiliaries or w.low in lex.past_verbs or (
                w.low.endswith("ed") and len(w.low) > 4 and x + 1 < hi and toks[x + 1].low != "by")) \
                and toks[x - 1].low not in lex.determiners:
            return True
    return False


#: German adjuncts after a parenthetical attribution's speaker, before its closing comma ("…, sagte
#: die Ministerin am Montag im Interview, …"): at most this many tokens
_DE_PARENTHETICAL_ADJUNCTS = 6


def _de_preposition_opens_main_clause(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German: the sentence opens with "seit", "während" or "bis" as a preposition, not a conjunction: a noun phrase,
    then the main clause's finite auxiliary ("Seit Januar hat das Büro 757 Angriffe dokumentiert, sagte ein
    Sprecher"; round 25: was taken for a fronted adverbial clause), not "Seit er im Amt ist, …"; or "da" as an adverb
    right before the auxiliary ("Da muss mehr kommen, sagte er.")."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[lo].low == "da" and lo + 2 < hi and toks[lo + 1].low in lex.auxiliaries and toks[lo + 1].text == toks[lo + 1].low:
        return True  # "Da muss mehr kommen, sagte er." ("da" as an adverb, the verb right after it)
    if toks[lo].low not in ("seit", "während", "bis", "als") or lo + 2 >= hi:
        return False  # (round 41, deimpersonal) "als" too: "Als Replik ist der Auftritt nicht gedacht, versicherte man
        # im Büro des Ministers" (the report was the attribution), not "Als er kam, …"
    als = toks[lo].low == "als"
    for x in range(lo + 1, min(hi, lo + 7 + 2 * als)):
        t = toks[x]
        if t.quoted or not t.is_word:
            return False
        if t.text == t.low and t.low in lex.auxiliaries:
            # ("als": a word after the auxiliary in its clause, not "Als Merkel Kanzlerin war, …")
            return x > lo + 1 and (toks[x - 1].is_cap or toks[x - 1].text[:1].isdigit()) and (not als or (x + 1 < hi and toks[x + 1].is_word))
        if t.text == t.low and t.low not in lex.determiners and not t.low.endswith(DE_ADJECTIVE_ENDINGS) \
                and not t.text[:1].isdigit() and not (als and t.low in lex.prepositions):
            return False  # a pronoun or a verb: the conjunction's clause ("Seit er im Amt ist"; not "Seit 2023 sind …")
    return False


def _de_adjuncts_only(ctx: QuoteContext, n: int, hi: int, *, names: bool = False, adverbs: bool = False) -> bool:
    """German: tokens[n:hi] are prepositional or time adjuncts only ("am Montag in Berlin vor
    Journalisten"): prepositions, articles, capitalised nouns, numbers and time words (`names`: also
    the capitalised words of a paper's name in quotation marks, "im „Handelsblatt“"; `adverbs`: also
    focus and sentence adverbs after the first adjunct, "in einer Medienrunde auch")."""
    lex = ctx.lex
    words = [t for t in ctx.tokens[n:hi] if t.is_word]
    return bool(words) and words[0].low in lex.prepositions and all(
        (not t.quoted or (names and t.is_cap)) and (t.is_cap or t.text[:1].isdigit() or t.low in lex.prepositions
                                                    or t.low in lex.determiners or t.low in lex.time_words
                                                    or (adverbs and t.low in DE_SENTENCE_ADVERBS)
                                                    # (round 25) an adjective in a genitive attribute: "nach einer
                                                    # Meldung der iranischen Nachrichtenagentur Irna"
                                                    # or in an adjunct's place or occasion: "erklärte in seiner ersten
                                                    # Regierungserklärung im Deutschen Bundestag, …" (not "berichten von
                                                    # einem guten Geschäftsverlauf": the verb's object)
                                                    or (i > 1 and i + 1 < len(words) and words[i + 1].is_cap
                                                        and t.low.endswith(DE_ADJECTIVE_ENDINGS)
                                                        and (words[i - 1].low in lex.determiners
                                                             or words[i - 1].low in lex.possessives)
                                                        and (words[i - 2].is_cap or words[i - 2].low in _DE_ADJUNCT_PREPS))
                                                    # (round 29) two adjectives there: "sagte in einer kurzen schriftlichen
                                                    # Mitteilung an die Presse, …" (reported nothing)
                                                    or _de_second_adjunct_adjective(ctx, words, i)
                                                    # (round 30) an adjective after a contracted preposition: "erklärte
                                                    # am gleichen Tage auf einer Pressekonferenz in Bonn, …" (reported nothing)
                                                    or (i >= 1 and i + 1 < len(words) and words[i - 1].low in _DE_CONTRACTED_PREPS
                                                        and words[i + 1].is_cap and t.text == t.low
                                                        and t.low.endswith(DE_ADJECTIVE_ENDINGS)
                                                        and t.low not in lex.cue_verbs and t.low not in lex.auxiliaries)
                                                    # (round 29) "und" between two capitalised words: "sagte auf
                                                    # Estnisch und Russisch, …", "nach dem Gespräch von Abe und Bach"
                                                    or (t.text in ("und", "sowie") and 1 < i < len(words) - 1
                                                        and words[i - 1].is_cap and words[i + 1].is_cap
                                                        and not words[i - 1].quoted and not words[i + 1].quoted)
                                                    # (round 27) or in a participle phrase inside an adjunct of place or
                                                    # occasion: "sagte in einer vor wenigen Tagen gezeigten Dokumentation"
                                                    or (i > 1 and i + 1 < len(words) and words[i + 1].is_cap
                                                        and t.low.endswith(DE_ADJECTIVE_ENDINGS) and t.text == t.low
                                                        and (words[0].low in _DE_ADJUNCT_PREPS
                                                             and words[1].low in lex.determiners
                                                             # (round 34) or in a later adjunct whose article opens the
                                                             # participle's own phrase: "sagte der Sprecher, Jahja Saree, am
                                                             # Mittwoch in einer im Fernsehen übertragenen Ansprache" (that
                                                             # was a second content)
                                                             or any(words[x].low in _DE_ADJUNCT_PREPS
                                                                    and words[x + 1].low in lex.determiners
                                                                    and words[x + 2].low in lex.prepositions
                                                                    for x in range(1, i - 2)))
                                                        and t.low not in lex.cue_verbs and t.low not in lex.auxiliaries))
        for i, t in enumerate(words))


def _de_second_adjunct_adjective(ctx: QuoteContext, words: list, i: int) -> bool:
    """German (round 29): words[i] is one of two inflected adjectives between an adjunct's article and its noun ("in
    einer kurzen schriftlichen Mitteilung")."""
    lex = ctx.lex

    def adj(w) -> bool:
        return w.text == w.low and w.low.endswith(DE_ADJECTIVE_ENDINGS) and w.low not in lex.determiners \
            and w.low not in lex.cue_verbs and w.low not in lex.auxiliaries and w.low not in lex.prepositions

    for a in (i, i - 1):  # words[i] is the first or the second adjective
        if a > 1 and a + 2 < len(words) and adj(words[a]) and adj(words[a + 1]) and words[a + 2].is_cap \
                and (words[a - 1].low in lex.determiners or words[a - 1].low in lex.possessives) \
                and (words[a - 2].is_cap or words[a - 2].low in _DE_ADJUNCT_PREPS):
            return True
    return False


#: German prepositions contracted with their article ("am gleichen Tag", "im vergangenen Jahr")
_DE_CONTRACTED_PREPS = frozenset({"am", "im", "beim", "zum", "zur", "vom", "ins", "ans"})


#: German nouns of information given or withheld ("machte keine Angaben", "gab keine Auskunft")
_DE_WITHHELD = frozenset({"angaben", "auskunft", "auskünfte", "details", "einzelheiten", "stellungnahme"})


#: German prepositions of a place or an occasion among a cue's adjuncts (not "von", "über", "für", "gegen", "mit": often
#: the verb's prepositional object)
_DE_ADJUNCT_PREPS = frozenset({"in", "im", "bei", "beim", "nach", "während", "auf", "vor", "gegenüber"})


#: German prepositions before a light verb's noun ("zu bedenken", "zu Protokoll", "zum Ausdruck", "in Aussicht", "als
#: erwiesen")
_DE_LIGHT_PREPOSITIONS = frozenset({"zu", "zum", "zur", "in", "als"})




#: German pronominal adverbs that announce a dass-clause after a cue ("sprach davon, dass …", "wies darauf hin")
_DE_PRONOMINAL_ADVERBS = frozenset({"davon", "darauf", "darüber", "dafür", "dazu", "daran", "damit", "dagegen"})


#: (round 38, devarious) endings of German adverbial adjectives and participles that govern a pronominal adverb opening
#: the sentence ("Unabhängig davon", "Abgesehen davon", "Zusätzlich dazu", "Ergänzend dazu", "Parallel dazu")
_DE_GOVERNING_ADVERB_ENDINGS = ("ig", "lich", "en", "end", "el", "isch")


def _de_governing_adverb(ctx: QuoteContext, k: int) -> bool:
    """German (round 38, devarious): token k, opening the sentence, is an adverbial adjective or participle whose
    complement the pronominal adverb after it is, not a focus particle before a fronted object ("Auch dazu")."""
    t, lex = ctx.tokens[k], ctx.lex
    return t.is_cap and t.is_word and not t.quoted and len(t.low) >= 6 and t.low.endswith(_DE_GOVERNING_ADVERB_ENDINGS) \
        and t.low not in lex.skippable and t.low not in DE_SENTENCE_ADVERBS and t.low not in lex.determiners \
        and t.low not in lex.prepositions and t.low not in lex.time_words


def _de_gapped_conjunct(ctx: QuoteContext, c: Cue, a: int, b: int, hi: int) -> bool:
    """German (round 38, devarious): the content after the comma is a second conjunct without its verb that repeats the
    act's predicate, no clause said: "äußerten sich 46 Prozent zufrieden oder sehr zufrieden, 37 Prozent weniger oder
    gar nicht zufrieden" (was a report by "Prozent"); not with a verb of its own ("…, die Partner seien zufrieden")."""
    toks, lex = ctx.tokens, ctx.lex
    ka = next((k for k in range(c.last + 1, hi) if toks[k].start >= a), None)
    if ka is None or ka - 1 <= c.last or toks[ka - 1].text != "," or toks[ka - 1].quoted:
        return False
    kb = next((k for k in range(hi - 1, ka - 1, -1) if toks[k].end <= b and toks[k].is_word), None)
    if kb is None or kb - ka > 12:
        return False
    w, states = toks[kb], lex.separable.get("zeigte", frozenset())
    if w.quoted or w.text != w.low or w.low in lex.stopwords or w.low in lex.negations or not any(
            (t.low == w.low or (t.low in states and w.low in states)) and not t.quoted for t in toks[c.last + 1 : ka - 1]):
        return False  # (the same predicate, or a state of "zeigte sich" in both: "58 Prozent optimistisch, 30 Prozent
        # eher skeptisch")
    return not any(t.text == t.low and not t.quoted and (
        t.low in lex.auxiliaries or t.low in lex.konjunktiv or t.low in lex.konjunktiv_i or t.low in lex.konjunktiv_ii
        or t.low in lex.cue_verbs or t.low in lex.past_verbs) for t in toks[ka : kb + 1])


#: (round 43, deleftovers) German openers of an object right after a gapped conjunct's subject (not "der"/"des": a
#: genitive, "die Regierung der Stadt")
_DE_GAPPED_OBJECT_OPENERS = frozenset({"die", "das", "den", "ein", "eine", "einen", "keine", "keinen", "mehr", "weniger"})


def _de_gapped_object_conjunct(ctx: QuoteContext, c: Cue, a: int, b: int, hi: int) -> int | None:
    """German (round 43, deleftovers): the content (chars a:b) after the comma is a second conjunct without its verb, its
    subject and its object, after the cue verb's own object ("Die Anklage fordert neun Jahre Haft, der Verteidiger die
    Verhängung eines Jugendarrestes", "Die Staatsanwältin beantragte vier Jahre, der Anwalt eine Bewährungsstrafe": was a
    report by the first subject); not with a verb of its own ("…, die Regierung ignoriere die Kosten"). The comma's
    index, else None."""
    toks = ctx.tokens
    ka = next((k for k in range(c.last + 1, hi) if toks[k].start >= a), None)
    if ka is None or ka - 2 <= c.last or toks[ka - 1].text != "," or toks[ka - 1].quoted \
            or any(t.quoted or not t.is_word for t in toks[c.last + 1 : ka - 1]):
        return None  # (one object, no clause of its own before the comma)
    kb = next((k for k in range(hi - 1, ka - 1, -1) if toks[k].end <= b and toks[k].is_word), None)
    return ka - 1 if kb is not None and _de_gapped_subject_object(ctx, ka, kb + 1) else None


def _de_gapped_subject_object(ctx: QuoteContext, ka: int, kb: int) -> bool:
    """German (round 43, deleftovers): tokens[ka:kb] are a gapped conjunct, a subject with its article and an object and
    no verb ("der Verteidiger die Verhängung eines Jugendarrestes", "die Verteidigung einen Freispruch")."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[ka].low not in ("der", "die", "das") or toks[ka].quoted or ka + 3 > kb or kb - ka > 14:
        return False
    n = ka + 1
    while n < kb and n < ka + 4 and not toks[n].quoted and toks[n].is_word and toks[n].text == toks[n].low \
            and toks[n].low.endswith(DE_ADJECTIVE_ENDINGS):
        n += 1
    if n + 1 >= kb or not is_head(toks[n], lex):
        return False
    o = toks[n + 1]
    if o.quoted or not (o.low in _DE_GAPPED_OBJECT_OPENERS and o.text == o.low or o.text[:1].isdigit()):
        return False
    return not any(not t.quoted and (not t.is_word and t.text not in (".", "-", "%") or t.text == t.low and (
        t.low in lex.auxiliaries or t.low in lex.konjunktiv or t.low in lex.konjunktiv_i or t.low in lex.konjunktiv_ii
        or t.low in lex.cue_verbs or t.low in lex.past_verbs or t.low in lex.complementizers or t.low == "zu"))
        for t in toks[ka:kb])


def _de_share_conjunct(ctx: QuoteContext, c: Cue, a: int, hi: int) -> bool:
    """German (round 39, deshares2): the content after the comma is a second share's own clause, and the cue's speaker
    is a share too: "Eine Mehrheit der Befragten (64 %) befürwortet dies, 16 Prozent sind gegenteiliger Ansicht",
    "wünschen sich 64 Prozent mehr Polizei, 20 Prozent sind dagegen" (were reports by the first share)."""
    toks, m = ctx.tokens, c.speaker
    if m is None:
        return False
    ka = next((k for k in range(c.last + 1, hi) if toks[k].start >= a), None)
    if ka is None or ka - 1 <= c.last or toks[ka - 1].text != "," or toks[ka - 1].quoted or ka + 3 >= hi:
        return False
    return de_share_clause(toks, ctx.lex, ka, hi) and de_names_share(toks, m.first, m.end + 1)


#: German participles of being asked that close a fronted phrase before a cue ("Darauf angesprochen, sagte …")
_DE_ASKED = frozenset({"gefragt", "befragt", "angesprochen", "konfrontiert", "nachgefragt"})


#: infinitives of reporting after "lassen" ("ließ mitteilen", "ließ verlauten", "ließ ausrichten")
_DE_LASSEN_INFINITIVES = frozenset({"mitteilen", "verlauten", "ausrichten", "erklären", "verkünden", "wissen",
                                    "bestätigen", "dementieren"})

#: German auxiliaries of a trailing attribution in the perfect ("…, hat der Sprecher gesagt.")
_DE_PERFECT_AUXILIARIES = frozenset({"hat", "hatte", "haben", "hatten"})


def _de_addressee_adjuncts(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are a dative addressee ("der Nachrichtenagentur dpa", "dem Sender
    „Phoenix“", "den Reportern") and then adjuncts only ("am Mittwoch in Darmstadt"), no clause."""
    toks = ctx.tokens
    if n + 3 < hi and toks[n].text == "im" and toks[n + 1].text == "Gespräch" and toks[n + 2].text == "mit" \
            and toks[n + 3].text in ("der", "dem"):
        n += 3  # (round 26) "…, Projektdirektor der Stiftung, im Gespräch mit der „Presse“"
    elif n + 2 < hi and toks[n].text == "gegenüber" and toks[n + 1].text in ("der", "dem", "den"):
        n += 1  # (round 26) "…, gegenüber der „Welt“"
    if n + 3 < hi and toks[n].text in ("am", "an") and toks[n + 1].low in ctx.lex.time_words and toks[n + 1].is_cap \
            and not toks[n + 1].quoted and toks[n + 2].text in ("der", "dem", "den"):
        n += 2  # (round 37, w2) a day before the addressee: "…, Finanzchefin des Konzerns, am Freitag der
        # Nachrichtenagentur dpa." (the addressee was a second content)
    if n + 1 >= hi or toks[n].text not in ("der", "dem", "den", "zur", "zum") or toks[n].quoted:
        return False
    k = n + 1
    a = k
    while a < hi and a <= n + 4 and not toks[a].quoted and (toks[a].text == "-" or (
            toks[a].is_word and toks[a].text == toks[a].low and (toks[a].low.endswith("en") or (
                a + 1 < hi and toks[a + 1].text == "-")))):
        a += 1
    if a > k and a < hi and toks[a].is_word and toks[a].is_cap and not toks[a].quoted \
            and de_media_word(toks[a].low):
        k = a  # (round 43, dekirche) lower-case adjectives before the medium: "sagte der Bischof dem
        # öffentlich-rechtlichen Sender „Radio 3“", "der katholischen Zeitung „Die Tagespost“" (reported nothing)
    while k < hi and k <= n + 6 and (toks[k].is_cap or toks[k].quoted or toks[k].text == "-" or (
            # (round 27) a dotted abbreviation: "der F.A.Z."
            _initial_dot(toks, k)) or (
            # an agency's lower-case name after its noun: "der Nachrichtenagentur dpa"
            toks[k].is_word and toks[k].low in DE_AGENCIES and (k == n + 1 or toks[k - 1].is_cap))):
        k += 1
    if k == n + 1 or not any(t.is_word for t in toks[n + 1 : k]):
        return False
    if k + 1 < hi and toks[k].text in ("der", "des") and toks[k + 1].is_cap and toks[k + 1].is_word and not toks[k + 1].quoted:
        k += 1  # (round 34) the addressee's genitive: "den Zeitungen der Funke-Mediengruppe (Samstagausgaben)"
        while k < hi and k <= n + 10 and toks[k].is_cap and toks[k].is_word and not toks[k].quoted:
            k += 1
    if k + 2 < hi and toks[k].text == "(" and not toks[k].quoted:
        close = next((x for x in range(k + 2, min(hi, k + 5)) if toks[x].text == ")"), None)
        if close is not None and all(t.is_word and (t.is_cap or t.text[:1].isdigit()) for t in toks[k + 1 : close]):
            k = close + 1  # (round 34) the paper's issue in brackets: "der Rheinischen Post (Samstagausgabe)"
    if k >= hi or all(not t.is_word for t in toks[k:hi]) and not any(t.text in {",", ";", ":"} for t in toks[k:hi]):
        return True
    return not any(t.text in {",", ";", ":"} or t.quoted for t in toks[k:hi]) and _de_adjuncts_only(ctx, k, hi)


def _de_parenthetical(ctx: QuoteContext, lo: int, comma: int, tail_end: int, hi: int,
                      c_first: int | None = None) -> int | None:
    """German: an attribution between commas inside the clause it reports ("Die Wirtschaft, sagte
    Schmidt, sei in guter Verfassung", "Die Lage sei, so der Minister, sehr ernst"): the index of
    the first token after the closing comma, else None. The clause is interrupted when the part
    before the attribution ends with a finite verb or auxiliary (it lacks its complement) or the
    part after starts with one (the part before was its subject)."""
    toks, lex = ctx.tokens, ctx.lex
    if c_first is not None and toks[c_first].low == "so" and toks[comma].text == "," and not toks[comma].quoted \
            and tail_end + 1 < hi and (v := toks[tail_end]).is_word and not v.quoted and v.text == v.low \
            and v.low in lex.konjunktiv and tail_end > c_first + 1 and toks[tail_end - 1].is_cap:
        # (round 35, de5) "so X" without its closing comma, the report's Konjunktiv verb right after the speaker: "Für
        # 2018, so Bernhardt wäre dies ein weitaus höherer Betrag" (reported nothing)
        words = [t for t in toks[lo:comma] if t.is_word and not t.quoted]
        if words and not any(t.text in {",", ";", ":"} and not t.quoted for t in toks[lo:comma]) \
                and words[0].low not in lex.adverbial_subordinators \
                and not (len(words) == 1 and (words[0].low in lex.skippable or words[0].low in lex.stopwords)):
            return tail_end
    close = next((k for k in range(tail_end, min(hi, tail_end + _DE_PARENTHETICAL_ADJUNCTS + 1))
                  if (toks[k].text in {",", ";", ":"} and not toks[k].quoted) or dash_at(ctx, k)), None)
    # (round 26) between dashes too: "Das Verbot missachte die Rechte der Stadt - so die Kammer - und sei …"
    closing = {"–", "—", "-"} if dash_at(ctx, comma) else {","}
    if close is None or toks[close].text not in closing or close + 1 >= hi or any(
            t.quoted or t.low in lex.konjunktiv or t.low in lex.auxiliaries or t.low in lex.cue_verbs
            or t.low in lex.complementizers for t in toks[tail_end:close]):
        return None
    skipped = False
    if (toks[close + 1].is_cap or (toks[close + 1].low in lex.determiners and not toks[close + 1].quoted)) \
            and _de_title_head(ctx, close + 1, hi) is not None:
        skipped = True
        # an apposition of the speaker first: "…, so Gutachter X, Professor an der Universität Augsburg, …"
        close = next((k for k in range(close + 1, min(hi, close + 12)) if toks[k].text == "," and not toks[k].quoted), None)
        if close is None or close + 1 >= hi:
            return None
    nxt = toks[close + 1]
    if not nxt.is_word or nxt.quoted or _de_prepositional_relative(ctx, close + 1):
        return None  # (a relative clause on the source: "…, hieß es in einem Bericht, in den Reuters Einblick erhielt")
    if _de_relative_opens(ctx, close + 1) and not _de_konjunktiv_i_in(ctx, close + 1, hi) and toks[close].text == ",":
        return None  # (round 34) nor one without a preposition, in the indicative: "…, schrieb er in einer E-Mail an
        # Parteifreunde, die der Deutschen Presse-Agentur vorliegt" (was a second part of the report)
    if nxt.low in lex.infinitive_adverbials and nxt.text == nxt.low and not _de_konjunktiv_i_in(ctx, close + 1, hi) \
            and any(t.text == "zu" for t in toks[close + 2 : next((k for k in range(close + 2, hi) if toks[k].text == ","
                                                                    and not toks[k].quoted), hi)]):
        return None  # the writer's adverbial infinitive: "…, sagte die Ministerin, ohne Details zu nennen" (round 24:
        # with its "zu"; "um 1100" is no infinitive: "Die Münzen wurden, so das Landesamt, um 1100 vergraben")
    words = [t for t in toks[lo:comma] if t.is_word and not t.quoted]
    if not words or any(t.text == "," and not t.quoted for t in toks[lo:comma]) or (
            len(words) == 1 and (words[0].low in lex.skippable or words[0].low in lex.stopwords)):
        return None  # (a lone adverb is no part of the report: "Zudem, so der Minister, sei …")
    if words[0].low in lex.adverbial_subordinators and not any(
            t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i) for t in words):
        return None  # the writer's adverbial clause: "Nachdem die Polizei eingetroffen war, sagte der Zeuge, er habe …"

    def finite(t) -> bool:
        return t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.auxiliaries or t.low in lex.reportative)

    particle = lex.separable.get(toks[c_first].low, ()) if c_first is not None else ()
    if _de_closed_clause(ctx, lo, comma, words) and _de_adjuncts_only(ctx, close + 1, hi):
        return None  # (round 34, w2e) a closed clause, then only the speaker's adjuncts after the apposition: "Ein Teil
        # müsse repariert werden, sagte der Sprecher, James Gillies, am Samstag in Genf." (was a second content)
    if all(not t.is_word or (t.low in particle and t.text == t.low) for t in toks[close + 1 : hi]):
        return None  # (round 24) only the cue's particle after the speaker's apposition: "…, teilte Hermann Parzinger,
        # Präsident der Stiftung, mit." (gave the report "mit")
    if (finite(words[-1]) and not (len(words) >= 3 and any(finite(t) for t in words[:-1])
                                   and _de_object_np_only(ctx, close + 1, hi))) or finite(nxt) or (
            # (round 26) a second predicate of the report: "Das Verbot missachte die Rechte, so die Kammer, und sei …"
            nxt.low in ("und", "aber") and nxt.text == nxt.low and close + 2 < hi and toks[close + 2].text == toks[close + 2].low
            and toks[close + 2].low in lex.konjunktiv_i and toks[close + 2].low not in lex.konjunktiv_ii and len(words) >= 2):
        # (round 24: not a clause closed by its infinitive after a finite verb when only the cue's object follows,
        # "Im Herbst wolle man konkret werden, erläutert X, Präsident der Stiftung, die Pläne": a second report)
        return close + 1
    if nxt.low in ("und", "aber") and nxt.text == nxt.low and toks[close].text == "," and close + 3 < hi \
            and (toks[close + 2].low in lex.determiners or toks[close + 2].is_cap) and not toks[close + 2].quoted \
            and toks[close + 2].low not in lex.konjunktiv_i and _de_konjunktiv_i_in(ctx, close + 2, hi) and any(
            t.text == t.low and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii for t in words):
        return close + 1  # (round 47, deend) a second reported main clause after the speaker's adjuncts: "Die Reform sei
        # beschlossen, erklärte Lindner im Bundestag, und die Finanzierung stehe." (reported nothing; without the
        # adjuncts the clause was already the second part)
    if any(t.text == t.low and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii for t in words) \
            and nxt.text == nxt.low and (nxt.low in _DE_PURE_RELATIVES or nxt.low in _DE_ARTICLE_RELATIVES) \
            and _de_konjunktiv_i_in(ctx, close + 1, hi):
        return close + 1  # (round 24) a relative clause of the report in the Konjunktiv I: "China sei das Land, sagt
        # Baerbock, dessen Einfluss am stärksten wachse" (not the speaker's: "…, sagte Müller, der seit 2010 … ist")
    # a reported clause before and no predicate of its own after: "Lauterbach greife mit dem Gesetz, so X,
    # erheblich in die Planungshoheit der Länder ein"
    if skipped and _de_addressee_adjuncts(ctx, close + 1, hi):
        return None  # (round 37, w2) the speaker's apposition, then a day and the addressee: "…, sagte Anna Roth,
        # Finanzchefin des Konzerns, am Freitag der Nachrichtenagentur dpa." (the lower-case agency closed a "clause")
    after = toks[close + 1 : hi]
    tail = [t for t in after if t.is_word]
    if (skipped or any(t.text == t.low and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
                       and t.low not in lex.konjunktiv_ii for t in words)) and nxt.text == nxt.low and nxt.low not in lex.coordinators and len(tail) >= 3 \
            and nxt.low not in lex.adverbial_subordinators and not _de_relative_opens(ctx, close + 1) \
            and tail[-1].text == tail[-1].low and tail[-1].low not in particle and not any(
            finite(t) or t.low in lex.cue_verbs or t.low in lex.complementizers or (t.text == "," and not t.quoted)
            for t in after):
        return close + 1
    if nxt.low in ("dass", "daß") and nxt.text == nxt.low and toks[close].text == "," and any(
            t.text == t.low and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii for t in words):
        return close + 2  # (round 26) the report's dass-clause after it: "Es komme immer wieder vor, so Veider, dass …"
    return None


#: (round 34, w2e) German auxiliaries and modals that close a verb cluster after a participle or infinitive
_DE_CLUSTER_FINITES = frozenset({"werden", "worden", "wird", "werde", "würde", "würden", "wurde", "wurden", "sein", "sei",
                                 "seien", "ist", "sind", "haben", "habe", "hat", "hätte", "hätten", "müssen", "können",
                                 "könne", "könnten", "könnte", "sollen", "solle", "sollten", "dürfen", "dürfe", "lassen"})


def _de_closed_clause(ctx: QuoteContext, lo: int, comma: int, words: list) -> bool:
    """German (round 34, w2e): the clause tokens[lo:comma] before a trailing attribution is complete: it ends with a
    quotation ('Die Mission sei „nicht in Gefahr“') or with a verb cluster, a participle or infinitive before its
    auxiliary ("Ein Teil müsse repariert werden"), so nothing after the attribution resumes it."""
    toks, lex = ctx.tokens, ctx.lex
    last = next((t for t in reversed(toks[lo:comma]) if t.is_word), None)
    if last is None:
        return False
    if last.quoted:
        return True
    if len(words) < 3 or words[-1].low not in _DE_CLUSTER_FINITES or words[-1].text != words[-1].low:
        return False
    v = words[-2]
    return v.text == v.low and len(v.text) > 4 and v.low.endswith(("t", "en")) and v.low not in lex.stopwords \
        and v.low not in lex.skippable and v.low not in lex.determiners and v.low not in lex.prepositions \
        and v.low not in DE_SENTENCE_ADVERBS and v.low not in lex.time_words


def _de_colon_after_adjuncts(toks, n: int, hi: int) -> int | None:
    """German: the index of a colon at token n, or after up to six words without punctuation ("…, sagte Amiel am
    Sonntag in Bamberg: „…“", round 24); else None."""
    for k in range(n, min(hi, n + 7)):
        if toks[k].text == ":" and not toks[k].quoted:
            return k
        if not toks[k].is_word or toks[k].quoted:
            return None
    return None


def _de_object_np_only(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are one noun phrase opened by an article and closing the sentence ("die Pläne.")."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[n:hi] if t.is_word]
    return bool(words) and words[0].text == words[0].low and words[0].low in lex.determiners and len(words) <= 4 \
        and not any(t.quoted or (t.text == t.low and (t.low in lex.prepositions or t.low in lex.auxiliaries
                                                      or t.low in lex.konjunktiv)) for t in words[1:])


def _en_clock_dot(toks, k: int) -> bool:
    """(round 54, entranscript) Token k is a full stop inside or closing a clock's "a.m."/"p.m." after a number: "9 a.m.",
    "11:30 p.m." (tokens "a", ".", "m", ".")."""
    if k < 2 or toks[k].text != "." or toks[k].quoted or toks[k - 1].end != toks[k].start:
        return False
    w = toks[k - 1].text
    if w in ("a", "p"):
        return toks[k - 2].text[:1].isdigit()
    return w == "m" and k >= 4 and toks[k - 2].text == "." and toks[k - 3].text in ("a", "p") \
        and toks[k - 3].end == toks[k - 2].start and toks[k - 4].text[:1].isdigit()


#: (round 54, entranscript) nouns of a show or a publication before its title in quotation marks, as an addressee
_EN_SHOW_NOUNS = frozenset({"program", "programme", "show", "podcast", "series", "broadcast", "newspaper", "magazine",
                            "paper", "newsletter", "channel", "station", "network", "website", "blog"})


def _en_clock_part(toks, k: int) -> bool:
    """(round 54, entranscript) Token k is a letter or a full stop of a clock's "a.m."/"p.m." after a number."""
    if k + 1 < len(toks) and toks[k].text in ("a", "p") and toks[k + 1].text == "." and toks[k].end == toks[k + 1].start:
        return k >= 1 and toks[k - 1].text[:1].isdigit()
    if toks[k].text == "m" and k >= 3 and toks[k - 1].text == "." and toks[k - 1].start == toks[k].start - 1:
        return _en_clock_dot(toks, k - 1)
    return _en_clock_dot(toks, k)


def _initial_dot(toks, k: int) -> bool:
    """Token k is the full stop right after a single capital letter, as in an initialism ("U.S.", "F.A.Z.")."""
    return k > 0 and toks[k].text == "." and not toks[k].quoted and len(toks[k - 1].text) == 1 \
        and toks[k - 1].text.isupper() and toks[k - 1].end == toks[k].start


def _de_object_then_adjuncts(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are an object noun phrase with an article (its adjectives and nouns) and then adjuncts
    only: "die Obleute im Verteidigungsausschuss", "den Ausschuss am Montag" (round 27)."""
    toks = ctx.tokens
    if n + 1 >= hi or toks[n].text != toks[n].low or toks[n].quoted or toks[n].low not in ("die", "den", "dem", "der"):
        return False
    b = n + 1
    while b < hi and toks[b].is_word and not toks[b].quoted and (toks[b].is_cap or (
            toks[b].text == toks[b].low and toks[b].low.endswith(DE_ADJECTIVE_ENDINGS) and b + 1 < hi and toks[b + 1].is_cap)):
        b += 1
    return b > n + 1 and toks[b - 1].is_cap and (b == hi or _de_adjuncts_only(ctx, b, hi))


def _de_second_speaker_end(ctx: QuoteContext, c: Cue, k: int, hi: int) -> int | None:
    """German: the last token of a second speaker after "und" at token k, right after the first speaker of a plural
    cue ("sagten X und der Leiter der Staatsanwaltschaft, Y"); None when there is none."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or k + 1 >= hi or toks[k].text not in ("und", ",") or not toks[c.first].low.endswith("en"):
        return None
    while toks[k].text == ",":  # (round 30) a list of names first: "betonten CDU, CSU und SPD, dass …" (the content
        # was "CSU und SPD, dass …")
        if not (k + 2 < hi and toks[k + 1].is_cap and toks[k + 1].is_word and not toks[k + 1].quoted
                and toks[k + 2].text in (",", "und") and not toks[k + 2].quoted):
            return None
        k += 2
    sub = mention_after(toks, k, hi, lex)
    return sub.end if sub is not None and sub.kind != "pronoun" and sub.first == k + 1 else None


def _de_object_to_end(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are one noun phrase with its genitive, closing the sentence: an article or possessive,
    adjectives, capitalised nouns and genitive articles ("die bisherige Haltung der Kommission.")."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[n:hi] if t.is_word]
    if not words or len(words) > 8 or any(t.quoted or (not t.is_word and t.text not in (".", "!")) for t in toks[n:hi]):
        return False
    if words[0].text != words[0].low or not (words[0].low in lex.determiners or words[0].low in lex.possessives) \
            or not words[-1].is_cap:
        return False
    return all(t.is_cap or (t.text == t.low and (t.low in ("des", "der", "eines", "einer", "seiner", "ihrer")
                                                 or (t.low.endswith(DE_ADJECTIVE_ENDINGS) and t.low not in lex.konjunktiv
                                                     and t.low not in lex.auxiliaries and t.low not in lex.prepositions)))
               for t in words[1:])


def _en_interrupting_cue(ctx: QuoteContext, c: Cue) -> bool:
    """English: cue c can interrupt the clause it reports between commas after its subject: a said-type cue
    (`inversion_cues`), (round 46, enparen) the plural present of one ("The economy, analysts say, remains weak.", "The
    study, the authors write, shows …") or (round 46, enparen2) a finding after its source (`en_paren_finding`: "Many
    voters, the survey found, remain undecided.", "Wages, the data show, grew 2.5 percent.")."""
    low = ctx.tokens[c.first].low
    return low in ctx.lex.inversion_cues or low + "s" in ctx.lex.inversion_cues or en_paren_finding(ctx, c)


def _en_verb_then_object(toks, lex, j: int, hi: int) -> bool:
    """English (round 46, enparen2): token j is a finite verb with its object after it, no noun ("needs a new chief
    executive", "needed a new boss", "hired the former chief of staff", "grew 2.5 percent"): a present in -s or a past,
    then an article, a possessive or a number; so a predicate, not a bare role ("senior scientist at …") or a description."""
    if j + 1 >= hi or toks[j].quoted or toks[j + 1].quoted or toks[j].text != toks[j].low:
        return False
    v, nxt = toks[j].low, toks[j + 1]
    return (v in lex.past_verbs or (v.endswith("ed") and len(v) > 4) or (
        v.endswith("s") and not v.endswith(("ss", "us", "is")) and len(v) > 3)) \
        and v not in lex.stopwords and v not in lex.prepositions \
        and ((nxt.text == nxt.low and nxt.low in ("a", "an", "the", "its", "their", "his", "her", "our", "no"))
             or nxt.text[:1].isdigit())  # a quantity: "grew 2.5 percent" (read as a role in -ent)


def _subject_part(ctx: QuoteContext, lo: int, comma: int) -> bool:
    """tokens[lo:comma] can be the subject a parenthetical attribution interrupts: no comma in it
    and no relative word at its end ("…his Ring camera, which, he said, scared the man off")."""
    toks = ctx.tokens
    if any(t.text == "," and not t.quoted for t in toks[lo:comma]):
        return False
    return comma > lo and toks[comma - 1].low not in ("which", "who", "whom", "whose", "that", "where", "when")


def _splits_subject(ctx: QuoteContext, lo: int, n: int) -> bool:
    """A parenthetical attribution stands between a subject and its verb (token n opens the
    predicate: "The economy, he said, is recovering", "The results, the researchers wrote,
    suggest …"), so the part before it belongs to the content; not when a clause follows ("…
    key points to which, he alleged, both sides have agreed") or the sentence opens with a
    participle ("Asked if …, Cruz replied, “No.”")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[n]
    if toks[lo].quoted or t.quoted or not t.is_word or t.text != t.low or toks[lo].low.endswith(("ed", "ing")):
        return False
    if t.low in lex.auxiliaries:
        return True
    return not (t.low in lex.stopwords or t.low in lex.determiners or t.low in lex.quantifiers or t.low in lex.pronouns
                or t.low in lex.prepositions or t.low in lex.complementizers or t.low in lex.coordinators
                or t.low in lex.clause_breakers or t.low in lex.negations or t.low.endswith("ly")
                # (round 37, e6) an expletive opens a clause of its own: "Therefore, the Union Minister said, there is no
                # question of …" (a part "Therefore" was reported)
                or (lex.lang == "en" and t.low == "there"))


#: (round 52, auditen3) finite verbs an expletive "there" opens a reported clause with, besides the auxiliaries
_EN_THERE_FINITE = frozenset({"is", "are", "was", "were", "'s", "’s", "will", "would", "could", "may", "might", "must",
                              "should", "can", "has", "have", "had", "seems", "seemed", "appears", "appeared", "remains",
                              "remained", "remain", "exists", "existed", "exist", "needs", "need", "ought", "used",
                              "wo", "ca", "is't",
                              # (round 52, review1) the plural present and other raising verbs before "to be": "said there
                              # seem to be fewer cases", "said there continue to be delays" (the clause was lost)
                              "seem", "appear", "continue", "continues", "continued", "tend", "tends",
                              "tended"})


#: (round 48, auditcomments2) passive addressee cues that report a clause with no "that" ("were told their plan was …")
_EN_PASSIVE_TOLD = frozenset({"told", "assured", "informed", "reminded"})


def _en_pseudo_cleft(ctx: QuoteContext, c: Cue, hi: int, s_end: int) -> list[tuple[int, int]]:
    """The cue sits in a free relative ("what I said", "whatever they say"): a report only as a
    pseudo-cleft whose copula introduces a clause ("What I said was that …", "What I've said is we're
    going to …"); "what he said is not right", "anyone who believes what he says is a fool": none."""
    toks, lex = ctx.tokens, ctx.lex
    for k in range(c.last + 1, min(hi, c.last + 10)):
        t = toks[k]
        if t.quoted or t.text in {";", ":", "."}:
            return []
        if t.low in ("is", "was") and t.text == t.low:
            j = k + 1
            while j < hi and (toks[j].text == "," or toks[j].low in ("is", "was")):
                j += 1  # "What I'm saying is, is that …"
            if j + 1 < hi and toks[j + 1].low == "that" and toks[j].text == toks[j].low and not toks[j].quoted \
                    and (toks[j].low.endswith("ly") or toks[j].low in ("just", "also")) and toks[j].is_word:
                j += 1  # (round 48, auditcomments2) an adverb before "that": "What Trump said is basically that …"
            if j < hi and toks[j].low == "that":
                return [(toks[j + 1].start, clause_end(toks, lex, j + 1, hi, s_end))] if j + 1 < hi else []
            if j < hi and _en_clause_start(toks[j], lex) and toks[j].low not in lex.determiners \
                    and _en_finite(toks, lex, j, hi):
                return [(toks[j].start, clause_end(toks, lex, j, hi, s_end))]
            return []
    return []


#: German relative pronouns that are never articles
_DE_PURE_RELATIVES = frozenset({"denen", "dessen", "deren", "welche", "welcher", "welches", "welchen", "welchem"})
#: German forms that are a relative pronoun or an article
_DE_ARTICLE_RELATIVES = frozenset({"der", "die", "das", "dem", "den"})



def _de_adjective_list(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German: the comma at token k separates two lower-case inflected adjectives of one noun phrase
    ("nach schwierigen, stundenlangen Verhandlungen"), no clause; not a verb before it ("hatte …
    ausgesprochen, dieses Instrument …") nor an article after it."""
    toks, lex = ctx.tokens, ctx.lex
    if k < 1 or k + 2 >= hi:
        return False
    a, b, noun = toks[k - 1], toks[k + 1], toks[k + 2]
    return (a.is_word and b.is_word and a.text == a.low and b.text == b.low and not a.quoted and not b.quoted
            and len(a.low) > 3 and len(b.low) > 3 and a.low.endswith(DE_ADJECTIVE_ENDINGS)
            and b.low.endswith(DE_ADJECTIVE_ENDINGS) and noun.is_word and noun.is_cap
            and a.low not in lex.cue_verbs and a.low not in lex.light_verbs and a.low not in lex.auxiliaries
            and b.low not in lex.determiners and b.low not in lex.cue_verbs)


#: endings of German adverbs that follow a relative pronoun but never an article ("der namentlich …",
#: "die offenbar …", "das angeblich …")
#: German adverbs that open a relative clause right after its pronoun ("…, der einst als Minister …")
_DE_REL_ADVERBS = frozenset({"einst", "damals", "früher", "zuvor", "bereits", "schon", "noch", "seit", "selbst",
                             "bisher", "jahrelang", "lange", "zuletzt", "inzwischen", "mittlerweile", "kürzlich",
                             "gestern", "heute", "derzeit", "momentan", "ebenfalls", "auch", "nun", "jetzt"})
_DE_ADVERB_ENDINGS_REL = ("lich", "bar", "weise", "mals", "falls", "wärts")


def _de_adverb_before_noun(toks, k: int) -> bool:
    """German: tokens from k (after an article and an adverb) are an adjective and its noun, or a noun
    ("die offenbar unklare Lage"): the article's phrase goes on, no relative clause."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.is_word and t.is_cap and not t.quoted:
        return True
    return t.is_word and t.text == t.low and t.low.endswith(DE_ADJECTIVE_ENDINGS) and k + 1 < len(toks) \
        and toks[k + 1].is_word and toks[k + 1].is_cap


def _de_prepositional_relative(ctx: QuoteContext, n: int) -> bool:
    """German: token n opens a relative clause with a preposition ("…, in den die Nachrichtenagentur
    Einblick erhielt", "…, mit denen …"); not "in den Gesprächen" (an article before its noun)."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[n]
    return t.text == t.low and t.low in lex.prepositions and n + 1 < len(toks) and toks[n + 1].text == toks[n + 1].low \
        and (toks[n + 1].low in _DE_PURE_RELATIVES or (toks[n + 1].low in _DE_ARTICLE_RELATIVES and _de_relative_opens(ctx, n + 1)))


def _de_list_before_zu_clause(ctx: QuoteContext, n: int, hi: int, end: int) -> int | None:
    """German (round 50, dearticles4): from token n a list of nouns runs to the next comma (`de_noun_list`: "Schwangeren
    und chronisch Kranken"), and after it an infinitive clause with "zu" runs to char `end` ("sich impfen zu lassen"):
    the token after that comma. None otherwise."""
    toks = ctx.tokens
    x = next((y for y in range(n, hi) if toks[y].start >= end or (toks[y].text in {",", ";", ":"} and not toks[y].quoted)
              or toks[y].quoted), None)
    if x is None or x + 1 >= hi or toks[x].text != "," or toks[x].start >= end or toks[x].quoted:
        return None
    words = [t for t in toks[n:x] if t.is_word]
    if not de_noun_list(ctx, n, hi, toks[x].start) and not (
            len(words) >= 3 and words[0].is_cap and words[-1].is_cap
            and any(t.low in ("und", "oder", "sowie") for t in words)
            and all(t.is_cap or t.low in ("und", "oder", "sowie") or t.low in ctx.lex.determiners
                    # an adverb or adjective before the next item's noun: "Schwangeren und chronisch Kranken"
                    or (i + 1 < len(words) and words[i + 1].is_cap and t.text == t.low
                        and t.low not in ctx.lex.prepositions and t.low not in ctx.lex.stopwords)
                    for i, t in enumerate(words))):
        return None
    rest = [t for t in toks[x + 1 : hi] if t.start < end]
    if not rest or any(t.quoted or t.text in {",", ";", ":"} for t in rest) or not any(
            (t.text == "zu" or _DE_ZU_INFIX.fullmatch(t.low)) for t in rest[-3:]):
        return None
    return x + 1


def _de_konjunktiv_before_inverted_cue(ctx: QuoteContext, c: Cue, lo: int) -> tuple[int, int] | None:
    """German (round 50, dearticles4): the sentence opens with a clause of its own in Konjunktiv (a finite verb of
    `konjunktiv`/`konjunktiv_i` in it, no quotation, not opened by a subordinator or complementizer) that ends at a comma
    right before cue c (after a colon, the clause after it): its character span. None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    comma = c.first - 1
    colon = next((x for x in range(comma - 1, lo, -1) if toks[x].text == ":" and not toks[x].quoted), None)
    if colon is not None and not any(t.quoted for t in toks[lo:colon]):
        lo = colon + 1  # the clause after a colon: "Ein Student zeigte Verständnis: Die Lokführer hätten …, sagte er, …"
    if comma - 2 < lo or toks[comma].text != "," or toks[comma].quoted or toks[lo].quoted \
            or toks[lo].low in lex.complementizers or toks[lo].low in lex.adverbial_subordinators \
            or any(t.quoted or t.text in {":", ";", "(", ")"} for t in toks[lo:comma]):
        return None
    if not any(t.is_word and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i)
               for t in toks[lo + 1 : comma]):
        return None
    return toks[lo].start, toks[comma].start


def _de_article_v2_report(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German (round 46, deparen): token n (after the comma closing an attribution) is an article that opens a reported
    main clause, not a relative pronoun: the article, its noun (maybe after an adjective), then a finite Konjunktiv or
    reportative verb in second position with more words after it ("…, sagte der Minister, die Regierung wolle aber
    sparen", "…, so X, die neue Regelung sei ein Fehler"); a relative clause puts its verb last ("…, sagte Müller, der
    Chef der Firma ist")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[n]
    if t.quoted or t.text != t.low or t.low not in ("der", "die", "das"):
        return False
    x = n + 1
    while x < min(hi, n + 3) and toks[x].is_word and not toks[x].quoted and toks[x].text == toks[x].low \
            and toks[x].low.isalpha() and toks[x].low.endswith(("e", "en")) and toks[x].low not in lex.konjunktiv \
            and toks[x].low not in lex.konjunktiv_i and toks[x].low not in lex.stopwords:
        x += 1  # an inflected adjective: "die neue Regelung"
    if x + 2 >= hi or not toks[x].is_cap or not toks[x].is_word or toks[x].quoted:
        return False
    v = toks[x + 1]
    if v.quoted or v.text != v.low or not (v.low in lex.konjunktiv_i or v.low in lex.konjunktiv or v.low in lex.reportative
                                           or v.low in lex.konjunktiv_ii):
        return False
    return toks[x + 2].is_word and not toks[x + 2].quoted


#: (round 52, auditde5) pronominal quantifiers after "die" that make a plural subject ("die beiden", "die meisten")
_DE_PRONOMINAL_QUANTIFIERS = frozenset({"beiden", "meisten", "anderen", "wenigsten", "übrigen", "einen"})


def _de_relative_opens(ctx: QuoteContext, n: int) -> bool:
    """German: token n (after a comma) opens a relative clause, not a content: a pure relative
    pronoun, or der/die/das/dem/den followed by what cannot follow an article (an article, pronoun,
    preposition, adverb, negation or "sich": "…, die die Vorwürfe …", "…, die ihn befragten");
    "…, das drittgrößte Betriebssystem zu werden" is an article with its adjective."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[n]
    if t.text != t.low:
        return False
    if t.low in _DE_PURE_RELATIVES:
        return True
    if t.low not in _DE_ARTICLE_RELATIVES or n + 1 >= len(toks):
        return False
    if _de_extended_attribute(ctx, n):
        return False  # (round 28) an article before an extended attribute: "…, die vor zwei Jahren beschlossene Reform wirke"
    w = toks[n + 1]
    if w.text == w.low and w.low in lex.konjunktiv_i and not w.quoted and n + 2 < len(toks) and toks[n + 2].is_word \
            and not toks[n + 2].quoted:
        return False  # (round 48, deinterview) a Konjunktiv I right after the pronoun is a main clause's verb second, a
        # relative clause ends with its verb: "sagte der Nachrichtenagentur Reuters, das sei falsch" (nothing was reported)
    if w.text == w.low and w.low in _DE_PRONOMINAL_QUANTIFIERS and not w.quoted and n + 3 < len(toks) \
            and (v := toks[n + 2]).is_word and not v.quoted and v.text == v.low \
            and (v.low in lex.konjunktiv_i or v.low in lex.konjunktiv_ii or v.low in lex.konjunktiv):
        return False  # (round 52, auditde5) "die beiden"/"die meisten" as the subject before a Konjunktiv verb second: "sagte
        # der „Bild“, die beiden hätten sich kaum gesehen" (a relative clause puts its verb last; nothing was reported)
    if w.text == w.low and w.low in lex.cue_verbs and not w.quoted and n + 2 < len(toks) and (
            (toks[n + 2].text in {",", ":"} and not toks[n + 2].quoted) or toks[n + 2].low in ("dass", "daß")):
        return True  # (round 29) a cue verb right after the pronoun: "…, erklärte Magashule, der betonte, dass …"
    if w.low in ("ab", "bis") and w.text == w.low and not w.quoted and n + 2 < len(toks) and toks[n + 2].text[:1].isdigit():
        return True  # (round 40, despk2) "ab"/"bis" and a time or date: "Laut Söder, der ab 21.04 Uhr sprach, sei …" (the
        # relative clause was the content)
    if w.text[:1].isdigit() and n + 4 < len(toks) and toks[n + 2].is_cap and toks[n + 2].is_word:
        # (round 27) a number and its noun as the object, then the verb at the clause end: "…, sagte ein Sprecher der
        # Lufthansa, die 81 Flieger übernehmen will" (was the content)
        e = next((x for x in range(n + 3, min(len(toks), n + 12)) if not toks[x].is_word or toks[x].quoted), None)
        return e is not None and e >= n + 4 and toks[e].text in {".", ",", ";", "!"} and not toks[e].quoted \
            and toks[e - 1].text == toks[e - 1].low and toks[e - 1].low in lex.auxiliaries \
            and toks[e - 1].low not in lex.konjunktiv_i and toks[e - 1].low not in lex.konjunktiv \
            and toks[e - 2].text == toks[e - 2].low
    if w.is_cap and w.is_word and not w.quoted and n + 4 < len(toks) and t.low == "die":
        # (round 52, auditde1) a plural object noun, then the verb group at the clause end with no finite verb after the
        # noun: "Die Stadt verwies auf Nachbargemeinden, die Termine übernehmen sollen." (the relative clause was the
        # content; a content puts its finite verb second: "…, die Gemeinden sollen Termine übernehmen")
        e = next((y for y in range(n + 2, min(len(toks), n + 14)) if not toks[y].is_word or toks[y].quoted), None)
        if e is not None and e >= n + 4 and toks[e].text in {".", ",", ";", "!"} and not toks[e].quoted \
                and (v := toks[e - 1]).text == v.low and v.low in lex.auxiliaries \
                and all(y.text == y.low and y.low not in lex.auxiliaries and y.low not in lex.konjunktiv
                        and y.low not in lex.konjunktiv_i and y.low not in lex.konjunktiv_ii
                        and y.low not in lex.reportative and y.low != "zu" for y in toks[n + 2 : e - 1]):
            return True  # (not an infinitive with "zu": "gaben sie zu, die Scheiben eingeworfen zu haben")
    if w.is_word and not w.quoted and w.text == w.low and w.low.isalpha() and w.low not in lex.auxiliaries \
            and w.low not in lex.prepositions and w.low != "zu" and n + 4 < len(toks) and t.low == "die":
        # (round 54, dejleft) a plural subject relative with an uninflected or strongly inflected word after "die", then a
        # participle and an indicative auxiliary closing the clause: "Die Polizei bittet Zeugen, die verdächtige
        # Beobachtungen gemacht haben, sich … zu melden", "…, die etwas gesehen haben, …" (the relative clause opened
        # the content; a content puts its finite verb second: "…, die verdächtige Person hat …")
        e = next((y for y in range(n + 2, min(len(toks), n + 14)) if not toks[y].is_word or toks[y].quoted), None)
        if e is not None and e >= n + 4 and toks[e].text in {".", ",", ";", "!"} and not toks[e].quoted \
                and (v := toks[e - 1]).text == v.low and v.low in ("haben", "hatten", "sind", "waren", "wurden") \
                and (p := toks[e - 2]).text == p.low and p.low.isalpha() and p.low.endswith(("t", "en")) \
                and all(y.low not in lex.auxiliaries and y.low not in lex.konjunktiv and y.low not in lex.konjunktiv_i
                        and y.low not in lex.konjunktiv_ii and y.low not in lex.reportative and y.low != "zu"
                        for y in toks[n + 1 : e - 1]):
            return True
    if w.is_word and not w.quoted and w.text == w.low and w.low.isalpha() and n + 3 < len(toks) \
            and (v := toks[n + 2]).is_word and not v.quoted and v.text == v.low and v.low in lex.auxiliaries \
            and v.low not in lex.konjunktiv_i and v.low not in lex.konjunktiv and v.low not in lex.konjunktiv_ii \
            and toks[n + 3].text == "," and not toks[n + 3].quoted:
        return True  # (round 50, deleft17) an uninflected word, then an indicative auxiliary closing the clause at a comma:
        # "…, die krank sind, …", "…, der zuständig ist, …" (an article's adjective would be inflected, its noun capitalised)
    if w.is_cap and w.is_word and not w.quoted and n + 3 < len(toks) and (x := toks[n + 2]).is_word and not x.quoted \
            and x.text == x.low and (x.low in lex.skippable or x.low in _DE_REL_ADVERBS) and x.low not in lex.auxiliaries \
            and x.low not in lex.prepositions:
        # (round 30) a name or noun, then an adverb, then the verb at the clause end: "verwies auf Gespräche, die Ramelow
        # nun führen werde" (a content would have its finite verb second: "die Regierung werde nun …")
        e = next((y for y in range(n + 3, min(len(toks), n + 14)) if not toks[y].is_word or toks[y].quoted), None)
        if e is not None and toks[e].text in {",", ".", ";", "!"} and not toks[e].quoted and e - 1 > n + 2 \
                and (v := toks[e - 1]).text == v.low and (v.low in lex.auxiliaries or v.low in lex.konjunktiv
                                                         or v.low in lex.konjunktiv_i or v.low in lex.konjunktiv_ii) \
                and toks[e - 2].low != "zu":  # (not an infinitive: "warf ihr vor, die Vereinbarung am Parlament vorbei
            return True  # geplant zu haben")
    return w.text == w.low and (w.low in lex.determiners or w.low in lex.prepositions or w.low in lex.pronouns
                                or w.low in lex.object_articles or w.low in lex.skippable or w.low in lex.negations
                                or w.low == "sich" or (
                                    # an adverb, uninflected (an article's adjective is inflected: "die neue"):
                                    # "…, der namentlich nicht genannt werden wollte"
                                    w.is_word and not w.quoted and w.low.isalpha() and len(w.low) > 3
                                    and w.low.endswith(_DE_ADVERB_ENDINGS_REL) and not _de_adverb_before_noun(toks, n + 2))
                                or (
                                    # (round 18) a short uninflected adverb: "…, der einst als Minister zuständig war"
                                    w.is_word and not w.quoted and w.low in _DE_REL_ADVERBS))


def _de_extended_attribute(ctx: QuoteContext, n: int) -> bool:
    """German (round 28): the article at token n opens a noun phrase with an extended attribute, then its clause's
    finite verb: a preposition and its phrase, an inflected participle or adjective, a capitalised noun, and a
    lower-case word that is no verb-final auxiliary ("die vor zwei Jahren beschlossene Reform wirke"; a relative
    clause ends with its verb: "die vor zwei Jahren gegründet wurde")."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 3 >= len(toks) or toks[n + 1].low not in lex.prepositions or toks[n + 1].text != toks[n + 1].low:
        return False
    for k in range(n + 2, min(len(toks) - 2, n + 10)):
        t = toks[k]
        if not t.is_word or t.quoted:
            return False
        if t.text == t.low and t.low.endswith(DE_ADJECTIVE_ENDINGS) and t.low not in lex.determiners \
                and toks[k + 1].is_word and toks[k + 1].is_cap and not toks[k + 1].quoted:
            v = toks[k + 2]
            return v.is_word and not v.quoted and v.text == v.low and (
                v.low in lex.konjunktiv or v.low in lex.konjunktiv_i or v.low in lex.auxiliaries
                or (len(v.low) >= 5 and v.low.endswith("e")))
    return False


def de_noun_list(ctx: QuoteContext, n: int, hi: int, end: int) -> bool:
    """German: the stretch from token n to char `end` is the rest of a list of nouns (capitalised
    words joined by und/oder/sowie, maybe with articles), no clause with a verb of its own."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[n:hi] if t.start < end and t.is_word]
    # (round 34) the list's first item: a noun, maybe after its article or possessive ("ihrer Wut")
    head = bool(words) and not words[0].quoted and (words[0].is_cap or (
        (words[0].low in lex.determiners or words[0].low in lex.possessives or words[0].low in _DE_LIST_QUANTITIES)
        and len(words) > 1 and words[1].is_cap))
    # (round 50, deleft17) or an inflected adjective before the first item's noun: "forderte mehr Lohn, kürzere
    # Arbeitszeiten und mehr Urlaub" (the content was the list's rest)
    adj_head = not head and len(words) > 2 and not words[0].quoted and words[1].is_cap and not words[1].quoted \
        and _de_list_adjective(words[0], lex)
    head = head or adj_head
    return len(words) >= 2 and any(t.low in ("und", "oder", "sowie") for t in words) and all(
        (not t.quoted or (lex.lang == "de" and i > 0 and head)) and (
            t.is_cap or t.low in ("und", "oder", "sowie") or t.low in lex.determiners
            # (round 36, g1) a quantity before a later item's noun: "forderte mehr Lohn, die Übernahme der Azubis und mehr
            # Mitbestimmung" (the content was the list's rest)
            or (head and t.low in _DE_LIST_QUANTITIES and t.text == t.low and i + 1 < len(words) and words[i + 1].is_cap)
            or (t.low in lex.possessives and head)  # (round 34) "ihrer Wut"
            # (round 26) a prepositional object after it: "erinnerten Schüler und Lehrer, Angehörige und
            # Politiker an die Opfer"
            or ((t.low in lex.prepositions or t.low in _DE_GENITIVE_PREPOSITIONS) and t.text == t.low and t is not words[0])
            # (round 34) an inflected adjective before its noun, after the list's first noun: "berichteten von Lärm,
            # Rauch und einem lauten Knall" (the content was "Rauch und einem lauten Knall")
            or (i > 0 and head and _de_attributive(t, words[i - 1], words[i + 1] if i + 1 < len(words) else None, lex))
            or (i == 0 and adj_head))
        for i, t in enumerate(words))


def _de_ruled_out(ctx: QuoteContext, c: Cue, k_lo: int, k_hi: int) -> bool:
    """German (round 50, deleft17): "schloss … aus" (a `negated_acts` verb with its particle "aus" closing the clause)
    rules out a possibility, a speech act even unnegated: a capitalised noun of yaml `ruled_out_objects` (or a compound's
    end) before the particle, or an adverb of `ruled_out_adverbs` ("Eine Steuererhöhung schloss er erneut aus", "Merz
    schloss eine Koalition mit der AfD kategorisch aus"; not "Der Verein schloss den Spieler aus")."""
    toks, lex = ctx.tokens, ctx.lex
    if "aus" not in toks[c.first].low and not any(t.text == "aus" and not t.quoted for t in toks[c.last + 1 : k_hi]):
        return False
    if c.first + 1 < len(toks) and toks[c.first + 1].text == "sich":
        return False  # "schloss sich … an" is joining
    return any(not t.quoted and t.is_word and (
        (t.is_cap and t.low.endswith(lex.ruled_out_objects) and (k == 0 or toks[k - 1].text != "-"))
        or (t.text == t.low and t.low in lex.ruled_out_adverbs))
        for k, t in ((k, toks[k]) for k in range(k_lo, k_hi)) if k != c.first)


def _de_list_adjective(t, lex) -> bool:
    """German (round 50, deleft17): t is a lower-case inflected adjective, no verb form ("kürzere", "höhere", "bessere")."""
    return t.is_word and t.text == t.low and t.low.isalpha() and len(t.low) > 3 and t.low.endswith(DE_ADJECTIVE_ENDINGS) \
        and t.low not in lex.auxiliaries and t.low not in lex.konjunktiv and t.low not in lex.konjunktiv_i \
        and t.low not in lex.konjunktiv_ii and t.low not in lex.cue_verbs and t.low not in lex.reportative \
        and t.low not in lex.past_verbs and t.low not in lex.determiners and t.low not in lex.possessives \
        and t.low not in lex.prepositions and t.low not in lex.stopwords


def _de_verbless_appendix(ctx: QuoteContext, n: int, hi: int, end: int, repeated: int | None = None) -> bool:
    """German (round 41, deregional): the stretch from token n to char `end` after a cue's object and a comma has no verb:
    an appendix adverb (yaml `appendix_adverbs`) or a list's next noun opens it ("teils auch Gewitter und Starkregen",
    "vor allem in Wohngebieten", "Hagel und Sturmböen von bis zu 85 Kilometern"), and every later word is a noun, a
    number, an article, a preposition, a conjunction, an adverb of those lists or an adjective before its noun."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[n:hi] if t.start < end]
    if not words or any(t.quoted or (not t.is_word and t.text not in {",", ".", "!"}) for t in words):
        return False
    words = [t for t in words if t.is_word]
    if not words:
        return False
    opener = 1 if words[0].low in lex.appendix_adverbs else 2 if len(words) > 1 and (
        f"{words[0].low} {words[1].low}" in lex.appendix_adverbs) else 0
    if not opener and repeated is not None and words[0].text == toks[repeated].low and words[0].low in lex.prepositions:
        # (round 51, dearticles7) the preposition of the object before the comma, again: the list of topics goes on
        # ("Dann spricht sie über Kitas, über Busse auf dem Land, über Lehrermangel" reported its last two)
        opener = 1
    if opener and words[0].text != words[0].low and words[0].low not in ("vor", "zum", "unter"):
        return False  # a capitalised first word opens a sentence of its own
    if not opener and not (words[0].is_cap and any(t.low in ("und", "oder", "sowie") for t in words)):
        return False
    for i, t in enumerate(words[opener:], opener):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if t.is_cap or t.text[:1].isdigit() or de_share_number(t) or (t.text == t.low and (
                t.low in ("und", "oder", "sowie", "bis", "zu", "als", "rund", "knapp", "mehr", "weniger", "über", "pro", "je")
                or t.low in lex.determiners or t.low in lex.possessives or t.low in lex.prepositions
                or t.low in DE_SENTENCE_ADVERBS or t.low in lex.appendix_adverbs)):
            continue
        prev = words[i - 1] if i > 0 else None
        if nxt is not None and nxt.is_cap and t.text == t.low and len(t.low) > 3 and t.low.endswith(DE_ADJECTIVE_ENDINGS) \
                and (prev is None or (prev.text == prev.low and not prev.text[:1].isdigit())) \
                and t.low not in lex.auxiliaries and t.low not in lex.konjunktiv and t.low not in lex.konjunktiv_i \
                and t.low not in lex.konjunktiv_ii and t.low not in lex.cue_verbs and t.low not in lex.reportative \
                and t.low not in lex.past_verbs:
            continue  # an adjective before its noun, after a lower-case word: "auch kräftige Gewitter" (not the verb
            # after a noun: "Bund und Länder zahlen Milliarden")
        return False
    return True


#: (round 36, g1) quantity words before a listed noun ("und mehr Mitbestimmung", "weniger Bürokratie")
_DE_LIST_QUANTITIES = frozenset({"mehr", "weniger"})


#: German prepositions with a genitive, which the lexicon's list leaves out ("hinsichtlich der Klimapolitik")
_DE_GENITIVE_PREPOSITIONS = frozenset({"hinsichtlich", "bezüglich", "angesichts", "wegen", "trotz", "infolge", "seitens"})


def _de_attributive(t, prev, nxt, lex) -> bool:
    """German (round 34): t is a lower-case inflected adjective right before a capitalised noun, no verb form, after an
    article, a possessive, a preposition, a conjunction or another adjective ("und einem lauten Knall", "und fehlende
    Reparaturen"; not the verb after a noun, "Bund und Länder zahlen Milliarden")."""
    return (not prev.is_cap and prev.text == prev.low and (
                prev.low in lex.determiners or prev.low in lex.possessives or prev.low in lex.prepositions
                or prev.low in ("und", "oder", "sowie") or prev.low.endswith(DE_ADJECTIVE_ENDINGS))
            and t.text == t.low and len(t.low) > 3 and t.low.endswith(DE_ADJECTIVE_ENDINGS) and nxt is not None and nxt.is_cap
            and t.low not in lex.auxiliaries and t.low not in lex.konjunktiv and t.low not in lex.konjunktiv_i
            and t.low not in lex.konjunktiv_ii and t.low not in lex.cue_verbs and t.low not in lex.reportative
            and t.low not in lex.past_verbs)


def _de_apposition_np(ctx: QuoteContext, n: int, hi: int, end: int) -> bool:
    """German (round 28): the stretch from token n to char `end` is a noun phrase opened by an article and no clause:
    capitalised words, inflected adjectives before them, a genitive or "von" ("den Milliardär George Soros")."""
    toks, lex = ctx.tokens, ctx.lex
    words = [k for k in range(n, hi) if toks[k].start < end and toks[k].is_word]
    if len(words) < 2 or words[0] != n or toks[n].text not in ("den", "dem", "die", "das", "der", "einen", "einem", "eine"):
        return False
    noun = False  # (adjectives only before a noun: "das Verhalten gefährde Tausende Arbeitsplätze" is a clause)
    for k in words[1:]:
        t = toks[k]
        if t.quoted:
            return False
        if t.is_cap:
            noun = True
            continue
        if t.low in ("der", "des", "von", "und"):
            noun = False
            continue
        verbish = t.low in lex.auxiliaries or t.low in lex.konjunktiv or t.low in lex.konjunktiv_i or t.low in lex.konjunktiv_ii
        if not noun and not verbish and t.low.endswith(DE_ADJECTIVE_ENDINGS) and k + 1 < hi and toks[k + 1].is_cap:
            continue  # an adjective before its noun
        return False
    return noun


def de_speaker_apposition(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens from n to the next comma (or the end) are a noun phrase headed by a title
    ("der zuständige serbische Minister", "Präsident des Verbandes"), no clause."""
    toks = ctx.tokens
    e = next((k for k in range(n, hi) if toks[k].text in {",", ":"} and not toks[k].quoted), None)
    if e is not None and de_group_segment(toks, n, e, ctx.lex):
        return True  # (round 36, g3) the speaker's council group: "sagt Herr Pech, SPD-Fraktion, dass …"
    head = _de_title_head(ctx, n, hi)
    if head is None:
        return False
    x = head + 1
    while x < hi:
        t = toks[x]
        if t.text in {",", ":"} and not t.quoted:
            return True  # (also before a colon that opens the quotation: "Hierzu unterstreicht X, Vize-Präsidentin des …: „…“")
        if (e := _de_quoted_owner_end(toks, x, hi)) is not None:
            x = e + 1  # (round 52, auditde3) a paper's name in quotation marks after its article: "äußerte sich Konrad
            # Seelig, Kritiker der „Hessischen Allgemeinen“." (the apposition was the content)
            continue
        if _de_clause_word(t, ctx.lex):
            return False
        x += 1
    return True


def _de_quoted_owner_end(toks, x: int, hi: int) -> int | None:
    """German (round 52, auditde3): token x opens a name of one to four capitalised words in quotation marks after a
    genitive or dative article ("der „Hessischen Allgemeinen“", "des „Tagesspiegels“"): the index of its closing mark,
    else None."""
    if x < 1 or x + 2 >= hi or not toks[x].quoted or toks[x].is_word or toks[x - 1].quoted \
            or toks[x - 1].text not in ("der", "des", "dem", "beim", "vom"):
        return None
    e = x + 1
    while e < hi and e - x <= 4 and toks[e].quoted and toks[e].is_word and (toks[e].is_cap or e > x + 1):
        e += 1
    return e if e > x + 1 and e < hi and toks[e].quoted and not toks[e].is_word and toks[x + 1].is_cap else None


def _de_trailing_apposition(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German: tokens from k (a comma after a trailing attribution's speaker) are an apposition of
    the speaker with adjuncts only: a title, maybe after an article, and no verb of a clause
    ("…, warnte Lothar Wieler, Präsident des Robert Koch-Instituts (RKI) am Donnerstag eindringlich.")."""
    toks = ctx.tokens
    if k + 1 >= hi or toks[k].text != "," or toks[k].quoted:
        return False
    if toks[k + 1].text == "des" and k + 2 < hi and not any(_de_clause_word(t, ctx.lex) for t in toks[k + 2 : hi]):
        # (round 34) a genitive opens no reported clause: the speaker's genitive owner goes on, in apposition or in a
        # list ("…, erklärten die Chefs des WFP, des Kinderhilfswerks Unicef und der WHO am Montag." reported the list)
        return True
    head = _de_title_head(ctx, k + 1, hi)
    if head is None:
        # (round 34, w2b) or the addressee after the apposition: "…, sagte die Präsidentin des Verbands, Eva Lohse, der
        # Deutschen Presse-Agentur in Berlin." (the report before it was lost)
        return _de_noun_with_adjuncts(ctx, k + 1, hi) or _de_addressee_adjuncts(ctx, k + 1, hi)
    e = hi
    c2 = next((x for x in range(head + 1, hi) if toks[x].text == "," and not toks[x].quoted), None)
    if c2 is not None and _de_addressee_adjuncts(ctx, c2 + 1, hi):
        e = c2  # (round 22) then the addressee: "…, sagte Katja Mast, Geschäftsführerin der SPD-Fraktion, dem „Spiegel“"
    elif c2 is None:
        e = _de_quoted_addressee_at_end(toks, head + 1, hi)
    return not any(_de_clause_word(t, ctx.lex) for t in toks[head + 1 : e])


def _de_quoted_addressee_at_end(toks, n: int, hi: int) -> int:
    """German (round 37, w2): where a paper's quoted name after a dative article closes a trailing apposition without
    its comma ("…, sagte X, Finanzchef und Vize des Konzerns am Freitag dem „Handelsblatt“." reported the apposition as
    a second content); hi when there is none."""
    k = next((x for x in range(n, hi) if toks[x].quoted), None)
    if k is None or k - 1 < n or toks[k - 1].text not in ("der", "dem") or toks[k - 1].quoted or toks[k].is_word:
        return hi
    e = k + 1
    while e < hi and toks[e].quoted and e <= k + 6:
        e += 1
    # the closing mark is the last quoted token; only punctuation may follow it
    if e - 1 > k + 1 and not toks[e - 1].is_word and all(not t.is_word and not t.quoted for t in toks[e:hi]):
        return k - 1
    return hi


#: German articles and conjunctions a noun phrase with its prepositional adjuncts may hold
_DE_NP_LINKS = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer", "einem", "einen",
                          "und", "sowie"})


def _de_noun_with_adjuncts(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are a noun (a role the lexicon may not list) with prepositional adjuncts
    and nothing else: "Psychiater am Zentralinstitut in Mannheim", "Kreisbrandrat im Landkreis
    Pfaffenhofen an der Ilm" (an apposition of the speaker before them; not "Gespräche laufen noch")."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 3 < hi and toks[n].is_cap and toks[n].is_word and not toks[n].quoted and toks[n + 1].text in ("und", "sowie") \
            and toks[n + 2].is_cap and toks[n + 2].is_word and not toks[n + 2].quoted:
        n += 2  # two roles: "…, sagt Frank Göller, Partner und Experte bei Horváth" (round 22)
    indefinite = n + 2 < hi and toks[n].text in ("ein", "eine") and not toks[n].quoted
    n += indefinite  # (round 36, v3) a body in apposition: "…, kritisiert die Schutzgemeinschaft, ein Zusammenschluss der
    # Verbände des Kreditgewerbes." / "…, ein Verein mit Sitz in Wiesbaden." (the apposition was a second report)
    t = toks[n] if n < hi else None
    if t is None or not t.is_word or not t.is_cap or t.quoted or n + 1 >= hi \
            or not (toks[n + 1].text == toks[n + 1].low and (toks[n + 1].low in lex.prepositions or (
                indefinite and toks[n + 1].low in ("der", "des")))):
        return False
    for k in range(n + 1, hi):
        x = toks[k]
        if x.quoted or x.text in {",", ";", ":"}:
            return False
        if not x.is_word or x.is_cap or x.text[0].isdigit():
            continue
        if x.low in lex.prepositions or x.low in _DE_NP_LINKS:
            continue
        if x.low.endswith(DE_ADJECTIVE_ENDINGS) and k + 1 < hi and toks[k + 1].is_cap and toks[k + 1].is_word:
            continue  # an adjective before its noun: "am städtischen Klinikum"
        return False
    return True


#: inflected adjectives a German title may have before it in an apposition ("der zuständige serbische Minister")
DE_TITLE_ADJECTIVES = 3


def _de_title_head(ctx: QuoteContext, n: int, hi: int) -> int | None:
    """German: the title that heads the noun phrase from token n (maybe after an article and up to
    `DE_TITLE_ADJECTIVES` inflected adjectives, no Konjunktiv form): its index, else None."""
    toks, lex = ctx.tokens, ctx.lex
    if n >= hi:
        return None
    if toks[n].low in lex.determiners and n + 1 < hi:
        n += 1
    first = n
    while n + 1 < hi and n - first < DE_TITLE_ADJECTIVES and toks[n].is_word and toks[n].text == toks[n].low \
            and len(toks[n].low) > 3 and toks[n].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[n].low not in lex.konjunktiv:
        n += 1
    return n if toks[n].is_word and toks[n].is_cap and (lex.is_title(toks[n].text) or (
        # (round 23) a role or profession the lists do not know: "…, schätzt Norbert Kunz, der Geschäftsführer des …"
        not toks[n].quoted and _de_person_role(toks[n].low, "die" if toks[n].low.endswith("in") else "der")) or (
        # (round 33) a role in -mann/-frau or a nominalised adjective: "sagte Andreas Gapp, Obmann der Seilbahnen, …",
        # "…, sagte Pascal Stoebener, der Verantwortliche für Naturgefahren im Kanton." (was the content)
        not toks[n].quoted and ((toks[n].low.endswith(("mann", "frau")) and len(toks[n].low) > 5)
                                or toks[n].low in _DE_ADJECTIVE_ROLES))) else None


#: German nominalised adjectives that name a person by a role ("der Verantwortliche", "die Zuständige")
_DE_ADJECTIVE_ROLES = frozenset({"verantwortliche", "verantwortlicher", "zuständige", "zuständiger", "bevollmächtigte",
                                 "bevollmächtigter", "delegierte", "delegierter", "angestellte", "angestellter"})


def _de_clause_word(t, lex) -> bool:
    """A token that makes a German stretch a clause, not a noun phrase with adjuncts: a quotation, a
    colon or semicolon, a Konjunktiv form, an auxiliary, a cue verb or a complementizer."""
    return t.quoted or t.text in {":", ";"} or (t.text == t.low and (
        t.low in lex.konjunktiv or t.low in lex.auxiliaries or t.low in lex.cue_verbs or t.low in lex.complementizers))


def _de_negated_after(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 30): a trailing cue's clause ends with its negation ("…, sagte Lindner nicht.", "…, teilte er
    nicht mit."; not "sagt Schirdewan mit nicht minder ernstem Blick", "sagte er aus - nicht umgekehrt")."""
    toks = ctx.tokens
    parts = ctx.lex.separable.get(toks[c.first].low, ())
    for k in range(c.last + 1, hi):
        t = toks[k]
        if t.quoted or not t.is_word:
            return False
        if t.text in ("nicht", "nie", "niemals"):
            rest = [x for x in toks[k + 1 : hi] if x.is_word or x.quoted or x.text not in {".", "!"}]
            return not rest or (len(rest) == 1 and rest[0].text in parts)
    return False


def _de_adverbial_opens(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: token n (after a comma) opens an adverbial clause or infinitive ("nachdem …", "ohne …
    zu …") that is no reported speech: without a Konjunktiv I ("…, weil Berlin einen Sonderstatus
    habe" is reported)."""
    t, lex = ctx.tokens[n], ctx.lex
    if t.text in _DE_FOCUS_BEFORE_SUBORDINATOR and n + 2 < hi and ctx.tokens[n + 1].text == ctx.tokens[n + 1].low \
            and ctx.tokens[n + 1].low in lex.adverbial_subordinators and not ctx.tokens[n + 1].quoted:
        n, t = n + 1, ctx.tokens[n + 1]  # (round 30) a focus word before it: "gab sich zufrieden, auch wenn nicht alle
        # für ihn gestimmt hatten" (the wenn-clause was the content)
    if t.text in ("wobei", "sodass") or (t.text == t.low and t.low in lex.infinitive_adverbials and n + 1 < hi
                             and ctx.tokens[n + 1].low in ("dass", "daß")):
        return True  # (round 28) also in the Konjunktiv: "…, ohne dass der Angriff erwähnt worden sei", "…, wobei nicht
        # jedes Land das Gleiche darunter verstehe" (each was the content; not "sagte, ohne Einheit könne es …")
    if not (t.text == t.low and (t.low in lex.adverbial_subordinators or t.low in lex.infinitive_adverbials)) \
            or _de_konjunktiv_i_in(ctx, n, hi):
        return False
    # (nor when a main clause in the Konjunktiv follows it: "Dröge sagte, wenn die Union nicht einlenke, werde es
    # keine Zustimmung geben" reported nothing)
    close = next((x for x in range(n + 1, hi) if ctx.tokens[x].text == "," and not ctx.tokens[x].quoted), None)
    nxt = ctx.tokens[close + 1] if close is not None and close + 1 < hi else None
    return not (t.low in lex.adverbial_subordinators and nxt is not None and nxt.text == nxt.low and not nxt.quoted
                and (nxt.low in lex.konjunktiv or nxt.low in lex.konjunktiv_i))


#: German focus words before a subordinator ("auch wenn", "selbst wenn", "gerade weil", "erst nachdem")
_DE_FOCUS_BEFORE_SUBORDINATOR = frozenset({"auch", "selbst", "sogar", "gerade", "erst", "nur", "noch"})
#: (round 53, auditde3) adverbs before the subordinator of a fronted adverbial clause ("Kurz bevor …", "Erst als …")
_DE_ADVERBS_BEFORE_SUBORDINATOR = _DE_FOCUS_BEFORE_SUBORDINATOR | {"kurz", "gleich", "unmittelbar", "schon", "bereits",
                                                                  "direkt"}


def _de_opens_adverbial(toks: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """(round 53, auditde3) German: tokens[lo] opens an adverbial clause, its subordinator first or after one adverb
    ("Nachdem …", "Kurz bevor …", "Erst als …")."""
    if toks[lo].low in lex.adverbial_subordinators:
        return True
    return lo + 1 < hi and toks[lo].low in _DE_ADVERBS_BEFORE_SUBORDINATOR and toks[lo].text[:1].isupper() \
        and not toks[lo].quoted and toks[lo + 1].low in lex.adverbial_subordinators and toks[lo + 1].text == toks[lo + 1].low

#: a German infinitive with "zu" inside a separable verb ("abzuschaffen", "aufzuheben")
_DE_ZU_INFINITIVE = re.compile(r"\w{2,}zu\w{2,}en")

#: (round 29) German subordinators of a condition after a speech act's object ("kündigte seinen Rücktritt an, falls …",
#: "warnte vor Unruhen, wenn …"); not of a reason, which is the reported content ("erhoben Einspruch, weil Berlin einen
#: Sonderstatus habe", round 11)
_DE_ACT_CONDITIONS = frozenset({"falls", "wenn", "sofern"})

#: (round 38) German dative relative pronouns after a source noun ("ein Bericht, laut dem …", "Angaben, denen zufolge …")
_DE_RELATIVE_DATIVES = frozenset({"dem", "der", "denen"})


#: (round 39, deberichte) German relative source phrases that open a report noun's clause as "wonach" does: "der
#: Bericht der IAEA, nach dem …", "laut denen …", "gemäß dem …", "dem zufolge …"
_DE_REPORT_REL_PREPS = frozenset({"nach", "laut", "gemäß"})
_DE_REPORT_REL_PRONOUNS = frozenset({"dem", "der", "denen"})
#: German subordinators of a fronted adverbial clause that is never the content of the main clause's cue (round 39,
#: deberichte): "Nachdem Gerüchte aufkamen, wonach …, hat das Unternehmen diese Gerüchte dementiert"
_DE_FRONTED_ADVERBIAL = frozenset({"nachdem", "bevor", "sobald", "seitdem", "obwohl", "obgleich", "weil", "während"})


def de_report_clause_opener(toks: list, k: int, hi: int) -> int:
    """German (round 39, deberichte): the number of tokens of "wonach" or of a relative source phrase ("nach dem", "laut
    denen", "dem zufolge") at k, right after a comma; 0 if there is none."""
    t = toks[k]
    if t.quoted or k < 1 or toks[k - 1].text != "," or toks[k - 1].quoted:
        return 0
    if t.text == "wonach":
        return 1
    if k + 2 < hi and not toks[k + 1].quoted and toks[k + 2].is_word and not toks[k + 2].quoted and (
            (t.text in _DE_REPORT_REL_PREPS and toks[k + 1].text in _DE_REPORT_REL_PRONOUNS)
            or (t.text in _DE_REPORT_REL_PRONOUNS and toks[k + 1].text == "zufolge")):
        return 2
    return 0


def _de_fronted_report_clause(ctx: QuoteContext, c: Cue, lo: int, hi: int,
                              spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """German (round 39, deberichte): a verb cue's content fronted before it. A fronted adverbial clause (no main clause
    inside it) is no content: "Nachdem Gerüchte aufkamen, wonach IBM …, hat das Unternehmen diese Gerüchte dementiert"
    (was the whole clause); None (the cue reports nothing). A report noun and its "wonach" or relative source clause
    fronted: the clause is the content ("Berichte, wonach …, wies der Sprecher zurück"), and with a passive cue without
    its agent the noun's own report (`_de_wonach_report`), None: 'Berichte des „Spiegel“, wonach …, wurden nicht
    bestätigt' (was the whole noun phrase, cue "bestätigt")."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb" or toks[lo].quoted:
        return spans
    s0 = toks[lo].start
    out = []
    for a, b in spans:
        if a != s0 or b > toks[c.first].start:
            out.append((a, b))
            continue
        end = next((x for x in range(lo, c.first) if toks[x].start >= b), c.first)
        commas = [x for x in range(lo + 1, end) if toks[x].text == "," and not toks[x].quoted]
        if toks[lo].is_cap and toks[lo].low in _DE_FRONTED_ADVERBIAL and commas and all(
                x + 1 < end and (de_report_clause_opener(toks, x + 1, hi) or toks[x + 1].low in lex.complementizers
                                 or toks[x + 1].low in lex.relative_pronouns or toks[x + 1].low in lex.adverbial_subordinators)
                for x in commas) and toks[end - 1].text == toks[end - 1].low and toks[end - 1].is_word:
            return None
        k = commas[0] if commas else None
        if k is None or k > lo + 8 or not (n := de_report_clause_opener(toks, k + 1, hi)):
            out.append((a, b))
            continue
        j = next((x for x in range(lo, min(lo + 3, k)) if toks[x].is_cap and toks[x].is_word and not toks[x].quoted
                  and (lex.is_source_noun(toks[x].text) or toks[x].low.endswith(lex.wonach_nouns))), None)
        if j is None or not (j == k - 1 or _genitive_end(ctx, j, k) == k - 1) \
                or any(t.is_word and not t.is_cap and t.low not in lex.determiners for t in toks[lo:j]):
            out.append((a, b))
            continue
        if c.speaker is None:
            return None
        out.append((toks[k + 1 + n].start, b))
    return out


def _de_relative_source(ctx: QuoteContext, c: Cue, lo: int, k: int, n: int, hi: int) -> int:
    """(round 38) The length of a relative source phrase opening a content noun's clause after the comma at k:
    "einen Bericht, laut dem / nach dem …", "Berichte zurück, nach denen …", "Angaben des Betriebsrats, denen zufolge
    …"; 0 if there is none. A source noun must close the clause before the comma (after it only its genitive and the
    cue's participle or particle), itself no source phrase ("Laut Angaben sagte er, nach dem Treffen …" is no clause)."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 2 >= hi or toks[n].quoted or toks[n + 1].low not in _DE_RELATIVE_DATIVES | {"zufolge"}:
        return 0
    if not ((toks[n].low in ("laut", "nach", "gemäß") and toks[n + 1].text in _DE_RELATIVE_DATIVES)
            or (toks[n].text in _DE_RELATIVE_DATIVES and toks[n + 1].text == "zufolge")):
        return 0
    if not toks[n + 2].is_word:
        return 0
    for x in range(k - 1, max(lo, k - 6) - 1, -1):
        t = toks[x]
        if t.quoted or not t.is_word:
            return 0
        if t.is_cap and (lex.is_source_noun(t.text) or t.low.endswith("berichte")):
            return 0 if x > lo and toks[x - 1].low in ("nach", "laut", "gemäß", "zufolge") else 2
        if not (t.is_cap or t.low in ("des", "der", "eines", "einer", "von", "vom") or (c.first <= x <= c.last and x == k - 1)
                or (x == k - 1 and t.text == t.low and c.first < x and toks[c.first].low in lex.separable)):
            return 0
    return 0


#: German accusative articles opening an object ("kritisierte die Reform", "lobte den Plan")
_DE_OBJECT_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "diesen", "diese"})


def _de_reported_in(ctx: QuoteContext, n: int, end: int) -> bool:
    """German: chars of tokens from n up to char offset `end` hold a form of reported speech: a
    Konjunktiv (I or II), the reportative "soll(en)" or a quotation."""
    lex = ctx.lex
    for t in ctx.tokens[n:]:
        if t.start >= end:
            break
        if t.quoted or (t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i
                                             or t.low in lex.konjunktiv_ii or t.low in lex.reportative
                                             or t.low == "zu" or _DE_ZU_INFINITIVE.fullmatch(t.low))):
            return True  # (a zu-infinitive is a content too: "…, die Abgabe sofort abzuschaffen")
    return False


def _de_main_clause_opens(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: token n (after a comma) opens a main clause of its own in the indicative: an article,
    a capitalised noun, a lower-case finite verb and more words after it ("…, die AfD befürchtet mehr
    Bürokratie"; a relative clause ends in its verb: "…, die Experten kritisieren.")."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 3 >= hi or toks[n].low not in _DE_OBJECT_ARTICLES or toks[n].quoted:
        return False
    noun, verb, nxt = toks[n + 1], toks[n + 2], toks[n + 3]
    return noun.is_word and noun.is_cap and not noun.quoted and verb.is_word and verb.text == verb.low \
        and not verb.quoted and verb.low not in lex.stopwords and verb.low not in lex.prepositions \
        and verb.low not in lex.determiners and verb.low not in lex.skippable and verb.low not in lex.time_words \
        and (verb.low.endswith(("t", "en")) or verb.low in lex.cue_verbs or verb.low in lex.past_verbs) and nxt.is_word \
        and not _de_reported_in(ctx, n, toks[hi - 1].end)  # (round 42, depolice: also a cue's past in -te, "forderte")


def _de_own_cue_clause(ctx: QuoteContext, c: Cue, m: Mention, j: int, k: int, n: int, hi: int, end: int) -> bool:
    """German (round 42, depolice): after the cue's object and the comma at k, a main clause of another subject with a cue
    of its own in the indicative: "Die Staatsanwaltschaft forderte vier Jahre Haft, die Verteidigung plädierte auf
    Freispruch", "hatte drei Jahre Haft gefordert, der Verteidiger hielt eine Bewährung für angemessen" (the second
    clause was the first cue's content). The object is a capitalised word after the cue, or a noun right before a
    clause-final cue (not a time word: "hatte am Montag gesagt, …"); a Konjunktiv or "soll" in the clause still reports."""
    toks, lex = ctx.tokens, ctx.lex
    if _de_own_cue_verb(ctx, n, hi) is None or _de_reported_in(ctx, n, end):
        return False
    if k > j:
        return any(x.is_word and x.is_cap and not x.quoted and x.low not in lex.time_words for x in toks[j:k])
    p = toks[c.first - 1]
    return k == c.last + 1 and c.first - 1 > m.end and p.is_word and p.is_cap and not p.quoted \
        and p.low not in lex.time_words


def _de_konjunktiv_i_in(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: the clause from token n (to the next comma) holds an unambiguous Konjunktiv I (sei,
    habe, werde): reported speech even in an adverbial clause ("…, weil Berlin einen Sonderstatus habe")."""
    for t in ctx.tokens[n:hi]:
        if t.text == "," and not t.quoted:
            break
        if t.low in ctx.lex.konjunktiv_i and t.text == t.low and not t.quoted:
            return True
    return False


def _de_particle_in(ctx: QuoteContext, c: Cue, n: int, hi: int, end: int) -> bool:
    """German: the separable particle of cue c closes the stretch from token n to char `end`
    ("ruft Lokführer, Zugbegleiter … zum Streik auf"), so that stretch is still the cue's own clause."""
    toks = ctx.tokens
    parts = ctx.lex.separable.get(toks[c.first].low)
    if not parts:
        return False
    for x in range(n, hi):
        if toks[x].start >= end:
            break
        if not toks[x].quoted and toks[x].text == toks[x].low and _particle(ctx, x, parts, hi) and not any(
                y.text == "," or y.low in ctx.lex.complementizers for y in toks[n:x]):
            # (round 44, deleftovers2) unless the particle closed the cue's clause before: "Die Befragten gaben an, sie
            # seien unzufrieden" ("unzufrieden" of "gaben sich unzufrieden" closed no clause; the sentence was the report)
            return not any(toks[y].text == toks[y].low and not toks[y].quoted and _particle(ctx, y, parts, hi)
                           for y in range(c.first + 1, n))
    return False


def _de_adverbial_clause(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """Cue c closes a German adverbial clause ("Da alle vom Triple sprechen,")."""
    toks = ctx.tokens
    k = c.first - 1
    while k >= lo and toks[k].text not in {",", ";", ":"} and not toks[k].quoted:
        k -= 1
    if k + 2 < c.first and toks[k + 1].low in ctx.lex.coordinators and toks[k + 2].text == toks[k + 2].low:
        k += 1  # (round 24) a coordinator first: "Und als Gerlsbeck moniert hatte, …, war das nicht übertrieben"
    return toks[k + 1].low in ctx.lex.adverbial_subordinators and k + 1 < c.first


def _de_before_main(ctx: QuoteContext, c: Cue, lo: int, a: int, hi: int, end: int) -> int:
    """The end of a German content that starts at token a: when the cue stands in a fronted adverbial
    clause, the content stops before the main clause ("Nachdem sie mitgeteilt hatte, dass ihr
    Mandant schweige, [wurde die Sitzung vertagt]")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or not _de_adverbial_clause(ctx, c, lo):
        return end
    for k in range(a, hi):
        if toks[k].start >= end:
            break
        if toks[k].text == "," and not toks[k].quoted and k + 1 < hi and _de_finite_first(toks[k + 1], lex):
            return toks[k].start
    return end


#: German adverbs in -t that open a reported clause ("sagte, insgesamt seien …", "derzeit", "zuletzt")
_DE_T_ADVERBS = ("zeit", "samt", "jetzt", "letzt", "erst", "meist", "längst", "selbst", "fast", "mindest", "nicht",
                 "recht", "halt", "bisweilen", "vielleicht", "weit", "seit", "mit")


def _de_after_question(ctx: QuoteContext, c: Cue, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German: a content that is the question put to the speaker ("auf die Frage, ob dies noch gelte") is none;
    the speaker's answer after it is ("sagte auf die Frage, ob er zurücktrete, er denke nicht daran"). (round 47,
    dequestions) Not the question the speaker puts, the object of the cue's own light verb: "Müller stellte die Frage,
    ob die Regierung die Pläne kenne" (the whole sentence was the report; "…, wer …" already gave the question)."""
    if ctx.lex.lang != "de" or not spans:
        return spans
    toks, lex, out = ctx.tokens, ctx.lex, []
    for a, b in spans:
        k = bisect_right(ctx.starts, a) - 1
        if k - 3 >= 0 and toks[k].start == a and toks[k - 1].low in lex.complementizers and toks[k - 2].text == "," \
                and toks[k - 3].low in ("frage", "nachfrage") and toks[k - 3].is_cap \
                and not _de_own_question(ctx, c, k - 3):
            comma = next((x for x in range(k, hi) if toks[x].text == "," and not toks[x].quoted and toks[x].start < b), None)
            if comma is not None and comma + 1 < hi and toks[comma + 1].start < b:
                out.append((toks[comma + 1].start, b))
            continue
        out.append((a, b))
    return out


def _de_own_question(ctx: QuoteContext, c: Cue, q: int) -> bool:
    """German (round 47, dequestions): the question noun at q is the object of cue c's own light verb ("stellte die
    (berechtigte) Frage", "stellte im Ausschuss die Frage"): after the verb in its clause, with its article and at most
    a few adjuncts or adjectives between, no comma or preposition right before the article."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb" or c.last >= q or "frage" not in lex.light_verbs.get(toks[c.first].low, ()) \
            or toks[c.first].text != toks[c.first].low or q - c.last > 6:
        return False
    art = q - 1
    while art > c.last and toks[art].is_word and toks[art].text == toks[art].low \
            and toks[art].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[art].low not in ("die", "eine"):
        art -= 1  # "die berechtigte Frage"
    return art > c.last and toks[art].text in ("die", "eine") and not toks[art - 1].quoted \
        and not (toks[art - 1].text == toks[art - 1].low and toks[art - 1].low in lex.prepositions) \
        and all(x.is_word and not x.quoted for x in toks[c.last + 1 : q + 1])


def de_wie_apposition(ctx: QuoteContext, k: int, lo: int) -> tuple[int, Mention] | None:
    """German (round 38, dewie): the cue at token k closes a wie-clause whose subject has an apposition between commas,
    with maybe an addressee or adjuncts between the apposition and the cue: "…, wie die Sprecherin der Versicherung, Ute
    Semkat, der Deutschen Presse-Agentur mitteilte", "Wie Ute Semkat, Sprecherin der Versicherung, am Montag sagte, …",
    "…, wie Tobias Lang, Sprecher der Stadt, gegenüber dem „Kurier“ bestätigte". Returns the index of "wie" and the
    speaker (the subject; a description with the name after it as one mention); None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    if not any(t.low == "wie" for t in toks[max(lo, k - 34) : k]):
        return None
    c2 = k - 1
    while c2 > lo and c2 >= k - 10 and toks[c2].text != "," and (toks[c2].is_word or toks[c2].quoted or toks[c2].text in "-."):
        c2 -= 1
    if c2 <= lo or toks[c2].text != "," or toks[c2].quoted:
        return None
    seg = toks[c2 + 1 : k]
    if seg:
        f = seg[0]
        if f.quoted or (f.low in RELATIVES and f.text == f.low and not (
                f.low in ("der", "dem", "den") and len(seg) > 1 and (seg[1].is_cap or seg[1].quoted
                                                                     or seg[1].low.endswith(DE_ADJECTIVE_ENDINGS)))):
            return None  # (a relative clause or a quotation, not an addressee: "…, die das bestätigte")
        for t in seg:
            if t.quoted:
                if not t.is_word or t.is_cap or t.text in "„“”\"«»‚‘’'":
                    continue  # a paper's quoted name: "gegenüber dem „Kurier“"
                return None
            if not t.is_word or t.is_cap or t.text[:1].isdigit():
                continue
            if t.low in lex.cue_verbs or t.low in lex.auxiliaries or t.low in lex.pronouns or t.low in lex.complementizers \
                    or t.low in lex.negations or t.low in lex.konjunktiv or t.low in lex.konjunktiv_i or t.low == "zu":
                return None
            if not (t.low in lex.prepositions or t.low in lex.determiners or t.low in lex.time_words or t.low in lex.skippable
                    or t.low == "gegenüber" or t.low.endswith(DE_ADJECTIVE_ENDINGS)):
                return None
    c1 = c2 - 1
    while c1 > lo and c1 > c2 - 14 and toks[c1].text != "," and not toks[c1].quoted:
        c1 -= 1
    if c1 <= lo or toks[c1].text != "," or toks[c1].quoted or c1 + 1 >= c2:
        return None
    app = toks[c1 + 1 : c2]
    name_run = 2 <= len(app) <= 4 and all(t.is_word and t.is_cap and not t.quoted for t in app) \
        and any(lex.is_first_name(t.low) for t in app[:-1])
    if not name_run and not _appositive(toks, c1 + 1, c2, lex):
        return None
    w = c1 - 1
    while w > lo and w > c1 - 10 and toks[w].low != "wie" and toks[w].text not in {",", ";", ":"} and not toks[w].quoted:
        w -= 1
    if toks[w].low != "wie" or toks[w].quoted or w + 1 >= c1 or not (
            (w == lo and toks[w].text == "Wie") or (w > lo and toks[w - 1].text == "," and toks[w].text == "wie")):
        return None
    m = clause_subject(toks, w + 1, c1, lex)
    if m is None or m.first != w + 1 or m.end != c1 - 1 or m.kind in ("pronoun", "relative"):
        return None
    if name_run and m.kind != "name":
        return w, Mention(m.first, c2 - 1, "name")  # the description with its name: "die Sprecherin …, Ute Semkat"
    return w, m


def _de_trailing_wie_source(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens[n:hi] are at most a few adjuncts, then ", wie …" closed by a cue verb (and maybe its
    particle) at the sentence end: "zuvor vor Abgeordneten, wie britische Medien berichteten"."""
    toks, lex = ctx.tokens, ctx.lex
    w = next((k for k in range(n, min(hi, n + 10)) if toks[k].text in {",", ";", ":"} and not toks[k].quoted), None)
    if w is None or toks[w].text != "," or w + 2 >= hi or toks[w + 1].text != "wie" or any(t.quoted for t in toks[n:hi]):
        return False
    words = [t for t in toks[w + 2 : hi] if t.is_word]
    if not words or any(t.text in {",", ";", ":"} for t in toks[w + 2 : hi]):
        return False
    verb = words[-1]  # (verb-final: "wie die Agentur meldete", "wie es hieß", "wie der Sender bekannt gab")
    return verb.text == verb.low and (verb.low in lex.cue_verbs or verb.low in lex.impersonal_cues)


def _de_coordinated_predicate(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: token n (after a comma) is a finite verb in the indicative that opens a second predicate
    of the same subject ("…, hält die Entscheidung aber für alternativlos"): a lower-case word in -t that is
    no adverb, particle or function word, an article, pronoun or sentence adverb after it, and no Konjunktiv
    after it in the sentence (not a conditional: "sagte, bleibt es dabei, werde gestreikt")."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 1 >= hi:
        return False  # (the sentence ends at the comma: "Sie erwähnte, ")
    t = toks[n]
    if not t.is_word or t.quoted or t.text != t.low or not t.low.endswith("t") or len(t.low) < 4:
        return False
    if any(t.low in s for s in (lex.complementizers, lex.pronouns, lex.determiners, lex.prepositions, lex.skippable,
                                lex.time_words, lex.clause_openers, lex.negations, lex.adverbial_subordinators,
                                lex.coordinators, lex.auxiliaries, lex.konjunktiv, lex.konjunktiv_i, lex.konjunktiv_ii,
                                lex.reportative)) or t.low.endswith(_DE_T_ADVERBS):
        return False
    nxt = toks[n + 1]
    if nxt.quoted or nxt.text != nxt.low or not (nxt.low in lex.determiners or nxt.low in lex.pronouns
                                                 or nxt.low in ("sich", "aber", "jedoch")):
        return False
    return not any(x.text == x.low and not x.quoted and (x.low in lex.konjunktiv or x.low in lex.konjunktiv_i
                                                         or x.low in lex.reportative) for x in toks[n + 1 : hi])


def _de_object_before_final_cue(ctx: QuoteContext, c: Cue, m, k: int) -> bool:
    """German (round 34): the cue (and its auxiliaries) closes its clause at the comma k after an object noun phrase
    between the speaker and the cue ("Die Länder hatten ihre Ablehnung angekündigt, …", "die zuvor ihre Zustimmung
    signalisiert hatte, …"): what opens after the comma can be a relative clause on that object, no content. Not after a
    prepositional phrase only ("hatte in einem Interview gesagt, …")."""
    toks, lex = ctx.tokens, ctx.lex
    if m is None or m.end > c.first or c.first != c.last or k <= c.last or not toks[c.first].is_word \
            or toks[c.first].text != toks[c.first].low:
        return False
    if any(not t.is_word or t.quoted or t.text != t.low or t.low not in lex.auxiliaries for t in toks[c.last + 1 : k]):
        return False
    for x in range(m.end, c.first):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":"}:
            return False
        if t.text == t.low and t.low in lex.determiners and t.low not in lex.prepositions \
                and (x == m.end or toks[x - 1].low not in lex.prepositions) \
                and any(y.is_cap and y.is_word and not y.quoted and y.low not in lex.time_words for y in toks[x + 1 : c.first]):
            return True
        if x > m.end and t.is_cap and t.is_word and t.low not in lex.time_words:
            # a noun without an article ("hat neue Streiks angekündigt"): not inside a prepositional phrase
            y = x - 1
            while y > m.end and toks[y].is_word and toks[y].text == toks[y].low and toks[y].low.endswith(("e", "en", "er", "es", "em")) \
                    and toks[y].low not in lex.auxiliaries and toks[y].low not in lex.prepositions and toks[y].low not in lex.determiners:
                y -= 1
            if toks[y].low not in lex.prepositions and toks[y].low not in lex.determiners:
                return True
    return False


def _de_present_main_verb(ctx: QuoteContext, lo: int, n: int, hi: int) -> bool:
    """German (round 34): token n, after the comma closing a relative clause on the sentence's first noun phrase, is the
    main clause's finite verb in the present ("Der Verband, der … angekündigt hatte, sammelt nun …"); not an adverb of
    an infinitive content ("…, sofort zu klagen")."""
    toks, lex = ctx.tokens, ctx.lex
    first_comma = next((x for x in range(lo, n) if toks[x].text == "," and not toks[x].quoted), None)
    if first_comma is None or first_comma == lo or not _de_relative_opens(ctx, first_comma + 1) \
            or any(t.text in {",", ";", ":"} and not t.quoted for t in toks[first_comma + 1 : n - 1]):
        return False
    t = toks[n]
    end = next((x for x in range(n + 1, hi) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), hi)
    return t.low.endswith("t") and len(t.low) > 3 and t.low not in lex.skippable and t.low not in lex.time_words \
        and not any(x.low == "zu" for x in toks[n + 1 : end])


def _de_in_relative_clause(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """German (round 34): the cue stands in a relative clause opened after the last comma before it ("Die Grünen, die
    zuvor ihre Ablehnung angekündigt hatten, …", "…, in der sie ihre Kritik bekräftigte, …")."""
    toks = ctx.tokens
    x = next((x for x in range(c.first - 1, lo, -1) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), None)
    return x is not None and toks[x].text == "," and x + 1 < c.first \
        and (_de_relative_opens(ctx, x + 1) or _de_prepositional_relative(ctx, x + 1))


def _de_relative_cue_end(ctx: QuoteContext, c: Cue, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German (round 28): a cue inside a relative clause on the sentence's subject ("Die Regierung, die erklärt hatte, es
    bestehe keine Gefahr, geriet unter Druck"): its content ends where the main clause goes on with its finite verb
    after a comma (the main clause's predicate was in the content)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if lex.lang != "de" or m is None or m.first != m.end or m.first < 1 or toks[m.first - 1].text != "," \
            or toks[m.first].text not in ("der", "die", "das", "welche", "welcher") or m.first > c.first:
        return spans
    out = []
    for a, b in spans:
        cut = next((k for k in range(c.last + 1, hi - 1) if a < toks[k].start < b and toks[k].text == "," and not toks[k].quoted
                    and _de_finite_first(toks[k + 1], lex) and _de_finite_verb(toks[k + 1], lex)), None)
        out.append((a, toks[cut].start) if cut is not None else (a, b))
    return out


def _de_embedded_cue_rest(ctx: QuoteContext, c: Cue, lo: int, hi: int,
                          spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German (round 36, v2): a cue closing an embedded relative or dass-clause (verb-final, only auxiliaries
    after it) reports nothing in the main clause that goes on after its comma with a finite verb or a
    negation: "Nach der Kritik der Aufsicht, die Mängel festgestellt hatte, brach der Kurs ein", "Daher seien
    die Ziele, die der Konzern bestätigt hatte, nicht mehr zu erreichen", "Die Tatsache, dass X die Ziele
    bestätigt hat, könne positiv gewertet werden" (not a wie-clause, whose main clause is the report)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or not spans or c.kind != "verb" or c.first - 1 <= lo:
        return spans
    a, sub = clause_start(toks, lex, c.first, lo)
    if not sub or a <= lo or toks[a].low not in lex.embedded_cue_openers:
        return spans
    if de_wie_apposition(ctx, c.first, lo) is not None:
        return spans  # (round 38, dewie) "der" opens an addressee: "Wie X, Sprecher der Stadt, der dpa sagte, muss …"
    e = c.last + 1
    while e < hi and toks[e].low in lex.auxiliaries and toks[e].text == toks[e].low and not toks[e].quoted:
        e += 1
    if not (e + 1 < hi and toks[e].text == "," and not toks[e].quoted):
        return spans
    n = toks[e + 1]
    if not (_de_finite_first(n, lex) and n.low not in lex.time_words
            and (_de_finite_verb(n, lex) or n.low in lex.embedded_cue_main_openers)):
        return spans
    return [(x, y) for x, y in spans if x < n.start]


def _de_finite_verb(t, lex) -> bool:
    """German (round 28): a lower-case word that is a finite verb: an auxiliary, a Konjunktiv, a listed past form or a
    weak past in -te/-ten ("geriet", "sei", "hatte", "forderte"); not an adverb ("jetzt")."""
    w = t.low
    return t.text == w and not t.quoted and (
        w in lex.auxiliaries or w in lex.konjunktiv or w in lex.konjunktiv_i or w in lex.konjunktiv_ii
        or w in lex.past_verbs or w in lex.reportative or (
            len(w) > 4 and w.endswith(("te", "ten")) and w not in lex.skippable and w not in lex.time_words))


def _de_finite_first(t, lex) -> bool:
    """A German main clause opening with its finite verb (after a fronted subordinate clause):
    a lower-case word that is no complementizer, pronoun, article or clause opener."""
    return t.is_word and not t.quoted and t.text == t.low and not (
        t.low in lex.complementizers or t.low in lex.pronouns or t.low in lex.determiners
        or t.low in lex.clause_openers or t.low in lex.prepositions)


def _in_direct_at(ctx: QuoteContext, pos: int) -> bool:
    """Char offset pos lies inside a direct quote already recorded (a quotation that is no name)."""
    return any(r.label == "DIRECT_QUOTE" and r.start <= pos < r.end for r in ctx.recs)


def _in_direct(ctx: QuoteContext, t) -> bool:
    """Token t lies inside a direct quote already recorded, or is one of its marks."""
    return _in_direct_at(ctx, t.start) or (
        not t.is_word and any(r.label == "DIRECT_QUOTE" and (r.start == t.end or r.end == t.start) for r in ctx.recs))


#: German words that open a time phrase without a preposition ("vergangene Woche", "letzten Montag")
_DE_TIME_NP_OPENERS = frozenset({"vergangene", "vergangenen", "letzte", "letzten", "kommende", "kommenden", "nächste",
                                 "nächsten", "diese", "dieser", "diesen", "jeden", "jede", "am"})
_DE_TIME_NP_NOUNS = DE_TIME_MEASURES | {"jahres", "nacht"}  # (and the lexicon's time words: weekdays, "Abend")


def _de_wo_clause_to_end(ctx: QuoteContext, n: int, hi: int) -> bool:
    """(round 34) German: a comma at n opens a wo-clause that runs to the sentence end, or to a colon after which only a
    quotation follows."""
    toks = ctx.tokens
    if n + 3 >= hi or toks[n].text != "," or toks[n].quoted or toks[n + 1].text != "wo":
        return False
    for k in range(n + 2, hi):
        t = toks[k]
        if t.quoted:
            return False
        if t.text in {",", ";"}:
            return False
        if t.text == ":":
            return k + 1 < hi and all(x.quoted or not x.is_word for x in toks[k + 1 : hi])
    return True


def _de_adjuncts_then_relative(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: tokens from n are prepositional adjuncts, then a comma and a relative clause (or a wo-clause) to
    the sentence end: no content of the cue before them."""
    toks, lex = ctx.tokens, ctx.lex
    if n >= hi or toks[n].text != toks[n].low or toks[n].low not in lex.prepositions or toks[n].quoted:
        return False
    x = next((k for k in range(n, hi) if toks[k].text in {",", ";", ":"} or toks[k].quoted), None)
    if x is not None and toks[x].quoted and x - 1 > n and toks[x - 1].is_cap and not _in_direct(ctx, toks[x]) \
            and 3 <= (e := quoted_run_end(toks, x, hi)) - x <= 8 and toks[x + 1].is_cap:
        # (round 35, de6) a programme's name in quotation marks after its noun: "…, sagte sie in der ARD-Sendung „Anne
        # Will“, die am Abend ausgestrahlt wird" (the report before the attribution was lost)
        x = next((k for k in range(e, hi) if toks[k].text in {",", ";", ":"} or toks[k].quoted), None)
    if x is None or toks[x].text != "," or x + 1 >= hi:
        return False
    r = toks[x + 1]
    if not (r.low in RELATIVES or r.low == "wo" or _de_prepositional_relative(ctx, x + 1)) or r.text != r.low:
        return False
    return not any(t.text in {",", ";", ":"} and not t.quoted for t in toks[x + 1 : hi])


def _de_skip_adverbs(toks, lex, n: int, hi: int) -> int:
    """German: the token after the lower-case adverbs opening at n ("gestern", "nun", "erneut"), else n."""
    while n < hi and toks[n].text == toks[n].low and not toks[n].quoted and ((
            toks[n].low in lex.skippable and toks[n].low not in lex.auxiliaries and toks[n].low not in lex.konjunktiv_i
            and toks[n].low not in ("so", "am", "nicht", "aber", "also", "dann")) or (
            # (round 27) an adverb of time before a preposition: "sagte Pelosi kurz nach der Landung auf der Insel"
            toks[n].low in _DE_TIME_DEGREE_ADVERBS and n + 1 < hi and toks[n + 1].low in lex.prepositions
            and toks[n + 1].text == toks[n + 1].low)):
        n += 1
    return n


#: German adverbs of degree before a time preposition ("kurz nach", "unmittelbar vor", "direkt nach")
_DE_TIME_DEGREE_ADVERBS = frozenset({"kurz", "unmittelbar", "direkt", "gleich", "bereits", "schon", "noch", "erst",
                                     "dann"})  # (round 33) "berichtete die dpa dann unter Berufung auf …, die Zahl …"


def _de_after_adjuncts(ctx: QuoteContext, n: int, hi: int) -> int:
    """German: the first comma or "und" at or after n when only adverbs, a time phrase or adjuncts stand before it
    ("gestern in Berlin, …", "in ihrer Pressekonferenz und …"), else n."""
    toks, lex = ctx.tokens, ctx.lex
    y = next((x for x in range(n, hi) if toks[x].text in {",", ";", ":", "und"} or toks[x].quoted), hi)
    if y >= hi or toks[y].quoted or toks[y].text not in (",", "und"):
        return n
    a = _de_time_np_end(toks, lex, _de_skip_adverbs(toks, lex, n, y), y)
    return y if a >= y or _de_adjuncts_only(ctx, a, y) else n


def _de_time_np_end(toks, lex, n: int, hi: int) -> int:
    """German: the token after a time phrase without a preposition opening at n ("vergangene Woche"), else n."""
    if n + 1 < hi and toks[n].low in _DE_TIME_NP_OPENERS and toks[n].text == toks[n].low and (
            toks[n + 1].low in _DE_TIME_NP_NOUNS or toks[n + 1].low in lex.time_words):
        return n + 2
    if n - 1 >= 0 and n < hi and toks[n].is_cap and toks[n].low in _DE_DAY_PARTS and not toks[n].quoted \
            and toks[n - 1].low in ("gestern", "heute", "vorgestern") and toks[n - 1].text == toks[n - 1].low:
        return n + 1  # (round 30) a day's part after its (skipped) day: "…, sagte Müller gestern Abend in einer Erklärung."
    return n


#: German parts of a day after "gestern"/"heute" ("gestern Abend", "heute Morgen")
_DE_DAY_PARTS = frozenset({"abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht", "früh"})


def de_ownerless_statement(ctx: QuoteContext, m: Mention) -> bool:
    """German (round 38): mention m is a statement without an owner: adjectives of time or status before "Angaben",
    "Informationen" or "Erkenntnissen" ("ersten Erkenntnissen", "nach bisherigen Angaben"), "den/diesen Angaben",
    "diesen Informationen", or "dem Vernehmen" (quote_attribution names their source, quote_indirect drops their second
    report before a trailing wie-clause)."""
    toks, lex = ctx.tokens, ctx.lex
    h = toks[m.end]
    if h.low not in lex.ownerless_source_nouns or not h.is_cap or h.quoted or m.end == m.first:
        return False
    pre = toks[m.first : m.end]
    if h.low == "vernehmen":
        return len(pre) == 1 and pre[0].low == "dem"
    if pre[0].low in ("den", "diesen") and h.low in lex.circle_source_nouns:
        pre = pre[1:]  # (round 38) "Den Angaben zufolge", "diesen Informationen zufolge" (not "den Berichten zufolge")
    elif pre[0].low == "einer" and not h.low.endswith("en"):
        pre = pre[1:]  # (round 45, deunwetter) a singular: "einer ersten Einschätzung zufolge", "Einer Schätzung zufolge"
    return all(t.low in lex.ownerless_source_adjectives and not t.quoted for t in pre)


def _de_trailing_wie_cue(ctx: QuoteContext, o: Cue, after: int, quoted_name: bool = False) -> bool:
    """German (round 38, dequellen): the verb cue o closes a wie-clause after a comma, beyond token `after`, with its
    subject between "wie" and the verb: "…, wie die Polizei mitteilte", "…, wie ein Sprecher am Montag sagte". (round
    42, detech2) With `quoted_name` the subject may be a quoted name: "…, wie „Heise Online“ berichtet", "…, wie die
    „FAZ“ berichtete" (no quotation outside the subject)."""
    toks = ctx.tokens
    m = o.speaker
    if m is None or not (m.first < o.first) or m.first - 2 < after:
        return False
    w = m.first - 1
    if toks[w].low != "wie" or toks[w].quoted or toks[w - 1].text != "," or toks[w - 1].quoted:
        return False
    if quoted_name:
        return not any(t.text in {",", ";", ":"} and not t.quoted for t in toks[m.first : o.first]) \
            and not any(t.quoted for t in toks[m.end + 1 : o.first])
    return not any(t.text in {",", ";", ":"} or t.quoted for t in toks[m.first : o.first])


def _de_without_wie_medium(ctx: QuoteContext, c: Cue, lo: int, cues: list[Cue],
                           spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German (round 42, detech2): the spans of verb cue c without those inside another cue's trailing wie-clause of a
    medium: "Das bestätigte Firmenchef Tim Cook, wie der „Spiegel“ berichtet" (Tim Cook's content was "der „Spiegel“
    berichtet"; the paper's report of the clause before stays)."""
    toks = ctx.tokens
    wie = [(toks[o.speaker.first - 1].start, toks[o.last].start) for o in cues
           if o is not c and o.kind == "verb" and o.speaker is not None and o.first > c.last
           and o.speaker.end < o.first and _de_trailing_wie_cue(ctx, o, lo + 1, quoted_name=True)]
    return [(a, b) for a, b in spans if not any(x <= a < y for x, y in wie)] if wie else spans


def _de_source_inside_wie_cue(ctx: QuoteContext, c: Cue, o: Cue, lo: int) -> bool:
    """German (round 41, debusiness): the source cue c (and its source) lies inside the wie-clause of the verb cue o,
    between o's subject and o's verb: "Wie der Konzern nach eigenen Angaben mitteilte, …", "…, wie das Statistische
    Bundesamt nach vorläufigen Berechnungen mitteilte"."""
    toks = ctx.tokens
    m = o.speaker
    if m is None or c.speaker is None or not (m.end < c.first and c.last < o.first and c.speaker.end < o.first
                                             and c.speaker.first > m.end):
        return False
    w = m.first - 1
    if w < lo or toks[w].low != "wie" or toks[w].quoted or (
            w > lo and (toks[w - 1].text != "," or toks[w - 1].quoted)):
        return False
    return not any(t.text in {",", ";", ":"} or t.quoted for t in toks[m.first : o.first])


def _de_quoted_name(ctx: QuoteContext, k: int, j: int, hi: int) -> bool:
    """German: token k opens a quotation right after a genitive or dative article that the direct
    quotes did not take (a name: "der „Bild am Sonntag“"), so a complement may follow it."""
    toks = ctx.tokens
    if ctx.lex.lang == "de" and k == j and k > 0 and not toks[k].is_word and _de_bare_paper_after_cue(ctx, k, hi):
        return True  # (round 44, demigration) "sagte „Bild“, die Asylzahlen müssten …" (the report was lost)
    if ctx.lex.lang != "de" or toks[k].is_word:
        return False
    mark = k
    if _de_glued_prefix(toks, k):
        k -= 2  # (round 48, deinterview) a broadcaster's prefix glued to the name: "sagte im ZDF-„Morgenmagazin“, …"
    if k <= j or (
            toks[k - 1].low not in ("der", "dem", "des", "im", "beim") and not ctx.lex.is_term_marker(toks[k - 1].text)
            # (round 48, deleft6) or a plural dative "den": "sagte in den ARD-„Tagesthemen“, …", "sagte den „Stuttgarter
            # Nachrichten“, …" (after "in", or a plural name ending in "-en"; reported nothing)
            and not (toks[k - 1].text == "den" and ((k - 2 >= j and toks[k - 2].low == "in")
                                                    or _de_plural_quoted_name(toks, mark, hi)))
            # (round 36, g4) or a preposition: "gegenüber „Bild am Sonntag“", "im Gespräch mit „Focus“"
            and not (toks[k - 1].low in ctx.lex.quoted_name_prepositions and toks[k - 1].text == toks[k - 1].low)
            # (round 29) a city's adjective between: "sagte der Frankfurter „Abendpost“, …" (reported nothing)
            and not (k - 2 >= j and toks[k - 1].is_cap and toks[k - 1].is_word and toks[k - 1].text.endswith("er")
                     and not toks[k - 1].quoted and toks[k - 2].low in ("der", "dem", "des", "im", "beim"))
            # (round 38, dequellen) or a country's or a kind's adjective: "bestätigte gegenüber dem deutschen
            # „Tagesspiegel“, dass …", "sagte er der britischen „Times“, …" (the cue's clause was in the content)
            and not (k - 2 >= j and toks[k - 1].is_word and not toks[k - 1].quoted and toks[k - 1].text == toks[k - 1].low
                     and toks[k - 1].low.endswith(("en", "e")) and toks[k - 2].low in ("der", "dem", "des", "im", "beim")
                     and toks[k - 2].text == toks[k - 2].low)
            # (round 37, w3) or its accusative after "für"/"an": "schrieb in einem Gastbeitrag für die „Welt“, …"
            and not (k - 2 >= j and toks[k - 1].low in ("die", "den", "das") and toks[k - 1].text == toks[k - 1].low
                     and toks[k - 2].text == toks[k - 2].low
                     and toks[k - 2].low in ctx.lex.quoted_name_accusative_prepositions)):
        return False  # (also after its marker noun: "berichtete im Fachmagazin „Nature“, …")
    inner = toks[mark + 1].start if mark + 1 < hi else toks[mark].end
    return not _in_direct_at(ctx, inner)


def _de_plural_quoted_name(toks: list, k: int, hi: int) -> bool:
    """German (round 48, deleft6): the quotation opening at token k is a name of one to four capitalised words whose
    last word ends in "-en" like a dative plural ("den „Stuttgarter Nachrichten“", "den „Tagesthemen“")."""
    e = quoted_run_end(toks, k, hi)
    words = [t for t in toks[k + 1 : e] if t.quoted and t.is_word]
    return 1 <= len(words) <= 4 and e - k - 2 == len(words) and all(w.is_cap for w in words) \
        and words[-1].low.endswith("en")


def _de_glued_prefix(toks: list, k: int) -> bool:
    """German (round 48, deinterview): the opening mark at token k follows a capitalised word and a hyphen with no space
    between them, a broadcaster's or paper's prefix of a quoted name: "im ZDF-„Morgenmagazin“", "in den ARD-„Tagesthemen“"."""
    return 2 <= k < len(toks) and toks[k].quoted and not toks[k].is_word and (h := toks[k - 1]).text == "-" \
        and not h.quoted and h.end == toks[k].start and (w := toks[k - 2]).is_word and w.is_cap and not w.quoted \
        and w.end == h.start


def _de_glued_suffix(toks: list, e: int, hi: int) -> int:
    """German (round 48, deinterview): the end of a compound's tail glued by a hyphen to the quoted name closing before
    token e ("der „Bild“-Zeitung", "dem „Spiegel“-Interview"), or e when none follows."""
    if e + 1 < hi and toks[e].text == "-" and not toks[e].quoted and toks[e].start == toks[e - 1].end \
            and (w := toks[e + 1]).is_word and not w.quoted and w.is_cap and w.start == toks[e].end:
        return e + 2
    return e


def _de_bare_paper_after_cue(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German (round 44, demigration): the quotation opening at token k, right after a lower-case cue verb, is a
    paper's name of one to three capitalised words (its last word a press word: `press_names`, `press_endings`) spoken
    to without an article and closed by a comma: "sagte „Bild“, …", "sagte „Welt am Sonntag“, …"."""
    toks, lex = ctx.tokens, ctx.lex
    cue = toks[k - 1]
    if cue.quoted or cue.text != cue.low or cue.low not in lex.cue_verbs:
        return False
    e = quoted_run_end(toks, k, hi)
    words = [t for t in toks[k + 1 : e] if t.quoted and t.is_word]
    if not 1 <= len(words) <= 3 or e - k - 2 != len(words) or not all(w.text[0].isupper() or w.low == "am" for w in words):
        return False
    return (lex.is_press_word(words[-1].low) or (len(words) > 1 and words[0].low in lex.press_names)) \
        and e < hi and toks[e].text == "," and not toks[e].quoted


def _de_quoted_object(ctx: QuoteContext, k: int, j: int, hi: int) -> bool:
    """German: a short quotation at token k (after the cue's first word j) is a partial quotation in the cue's
    prepositional object, closed by a comma before the content: "warnte vor „Vermutungen und Spekulationen“, es
    gebe …" (round 26: the content was lost)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or k <= j or k - j > 4 or toks[j].low not in lex.prepositions or toks[j].text != toks[j].low:
        return False
    e = quoted_run_end(toks, k, hi)
    if e - k > 8 or e + 1 >= hi or toks[e].text != "," or toks[e].quoted:
        return False
    return any(t.is_word and not t.quoted and t.text == t.low and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
               for t in toks[e + 1 : hi]) and not any(t.is_word and not t.quoted and t.text == t.low and (
        t.low in lex.konjunktiv or t.low in lex.auxiliaries) for t in toks[j:k])


def _digit_separator(toks, k: int, hi: int) -> bool:
    """Token k is the "," or "." inside a number ("25,000", "1.5"), written without spaces."""
    t = toks[k]
    return (t.text in {",", "."} and 0 < k and k + 1 < hi and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit()
            and toks[k - 1].end == t.start and t.end == toks[k + 1].start)


#: (round 38, comments) English nouns after a demonstrative "that" right after a cue: its object, no content clause
#: ("feels that way", "knows that much")
_EN_THAT_OBJECT_NOUNS = frozenset({"way", "much", "kind", "sort"})


#: how many tokens into a clause without "that" its finite auxiliary may stand ("the new deal would")
FINITE_REACH = 6


#: (round 52, en3left) words after "you" that make it no clause's subject ("said you guys …", "said you know")
_EN_YOU_NOT_VERBS = frozenset({"guys", "people", "all", "both", "two", "three", "too", "know", "see", "mean", "folks",
                               "lot", "alone", "only", "first", "again", "instead"})


def _en_you_then_verb(toks, lex, n: int) -> bool:
    """English (round 52, en3left): token n after "you" can be its finite verb: a lower-case word of letters that no
    list names a stopword, a preposition, a determiner, a pronoun or a noun after "you" (`_EN_YOU_NOT_VERBS`), no
    adverb in "-ly", and a word or a full stop after it ("you hum while …", "you snore.")."""
    t = toks[n]
    if t.quoted or not t.is_word or t.text != t.low or not t.low.isalpha() or t.low in lex.stopwords \
            or t.low in lex.prepositions or t.low in lex.determiners or t.low in lex.pronouns \
            or t.low in _EN_YOU_NOT_VERBS or t.low.endswith("ly") or t.low in lex.coordinators:
        return False
    return n + 1 < len(toks) and (toks[n + 1].is_word or toks[n + 1].text in {".", ",", ";"}) and not toks[n + 1].quoted


def _en_that_after_cue(toks, j: int, hi: int) -> bool:
    """English (round 53, auditen): tokens from j open a "that" clause, right away or after the occasion ("that revenue
    rose", "in a statement that revenue rose"): an unquoted "that" within four words, with words before it and after."""
    for x in range(j, min(hi - 1, j + 5)):
        t = toks[x]
        if t.quoted or not t.is_word:
            return False
        if t.text == "that":
            return toks[x + 1].is_word
    return False


#: (round 54, enscience) heads of the writer's comparison after an attribution, before a preposition: "…, the company
#: said, short of the 15% analysts had expected", "…, well below forecasts", "…, down from 12% a year earlier"
_EN_COMPARISON_HEADS = frozenset({"short", "well", "far", "slightly", "just", "roughly", "down", "up", "compared",
                                  "ahead", "shy", "nearly", "almost", "sharply", "largely", "broadly"})


def _en_comparison_adjunct(toks, lex, j: int, hi: int) -> bool:
    """(round 54, enscience) tokens from j open a comparison of the writer's: a head of `_EN_COMPARISON_HEADS`, then a
    preposition ("short of", "well below", "down from", "compared with", "in line with")."""
    if toks[j].low in ("up", "down") and j + 1 < hi and toks[j + 1].low != "from":
        return False  # (round 54, review1) "up"/"down" compare only with "from": "…, the CEO said, up to 20% next year"
        # is a quantity of the report (was dropped as the writer's)
    return j + 2 < hi and toks[j].low in _EN_COMPARISON_HEADS and not toks[j + 1].quoted \
        and toks[j + 1].text == toks[j + 1].low and (toks[j + 1].low in lex.prepositions or toks[j + 1].low in (
            "of", "below", "above", "from", "with", "to", "behind"))


def _en_finite(toks, lex, j: int, hi: int) -> bool:
    """Tokens from j open a clause with a finite auxiliary or modal ("he would run", "the deal
    had collapsed") or a past-tense verb ("revenue rose", "prices jumped"; not a participle before
    "by") before any punctuation or relative word: not just a noun object ("the deal").
    A subject pronoun opens a clause whatever follows ("told reporters he stood by his comments")."""
    if toks[j].low in lex.pronouns and toks[j].low in lex.subject_pronouns:
        return True
    if toks[j].low in ("it", "this") and j + 2 < hi and not toks[j + 1].quoted and toks[j + 1].text == toks[j + 1].low and (
            toks[j + 1].low in lex.past_verbs or (toks[j + 1].low.endswith("ed") and len(toks[j + 1].low) > 4)) \
            and (toks[j + 2].is_word or toks[j + 2].text in {".", ",", ";"}) and toks[j + 2].low != "by":
        return True  # (round 35) "it" and a past verb: "announced it launched an investigation", "confirmed it received
        # the letter" (the sentence was the content); (round 39, enacts2) also "this": "claim this went on for a year"
    if toks[j].low in ("it", "this") and j + 3 < hi and not toks[j].quoted and toks[j + 1].quoted \
            and not toks[j + 1].is_word and _en_quoted_verb_first(toks[j + 2], toks[j + 3], lex):
        return True  # (round 50, enleft16) "it" and a quotation opening with its verb: 'said it "remains confident" and
        # would provide more detail' (reported nothing: "it" read as the object before a quotation)
    if toks[j].low in lex.indefinite_subjects and j + 2 < hi and not toks[j].quoted and not toks[j + 1].quoted \
            and toks[j + 1].text == toks[j + 1].low and (
                toks[j + 1].low in lex.past_verbs or (toks[j + 1].low.endswith("ed") and len(toks[j + 1].low) > 4)
                or (toks[j + 1].low.endswith("s") and not toks[j + 1].low.endswith("ss") and len(toks[j + 1].low) > 3
                    and toks[j + 1].low not in lex.stopwords and toks[j + 1].low not in lex.prepositions)) \
            and (toks[j + 2].is_word or toks[j + 2].text in {",", "."} or toks[j + 2].text in _EN_CURRENCY_SIGNS) \
            and toks[j + 2].low != "by":
        return True  # (round 47, enleftovers) an indefinite pronoun and its verb: "admitted nobody expected the win",
        # "conceded everyone knows the risks" (reported nothing; "said nobody expected" did)
    if _en_plural_then_verb(toks, lex, j, hi):
        return True  # "says residents deserve better", "say patients often wait for hours"
    if j >= 1 and toks[j - 1].text == toks[j - 1].low and not toks[j - 1].quoted and (
            toks[j - 1].low in _EN_ADDRESSEE_NOUNS or toks[j - 1].low in _EN_OBJECT_PRONOUNS) \
            and _en_name_then_present(toks, lex, j, hi):
        return True  # (round 51, auditnews7) a name and its present verb after a lower-case addressee: "He told
        # reporters Britain wants a deal." (reported nothing), "told them Boris Johnson needs more time"
    finite_cue = j - 1 >= 0 and toks[j - 1].low in _EN_FINITE_SAY and not toks[j - 1].quoted
    if not finite_cue and j - 3 >= 0 and toks[j - 1].low in ("least", "most") and toks[j - 2].low == "at" \
            and toks[j - 3].low in _EN_FINITE_SAY and not toks[j - 3].quoted:
        finite_cue = True  # (round 26) an approximator first: "said at least one of the attackers detonated …"
    if finite_cue and toks[j].low == "you" and toks[j].text == "you" and j + 1 < hi and not toks[j].quoted \
            and _en_you_then_verb(toks, lex, j + 1):
        return True  # (round 52, en3left) "you" and a verb the lists lack: "says you hum while you sleep" (nothing was
        # reported; "said you were late" had its auxiliary)
    if finite_cue and _en_bare_singular_then_verb(toks, lex, j, hi):
        return True  # "said footage shows the struggle", "say relief remains necessary"
    if (finite_cue or (j - 1 >= 0 and (toks[j - 1].low in _EN_PARTICIPLE_SAY or toks[j - 1].low in _EN_ADDED_SAY)
                       and not toks[j - 1].quoted)) \
            and toks[j].text == toks[j].low and _en_postmodified_subject_then_past(toks, lex, j, hi):
        return True  # (round 37, w5) "said revenue for the quarter rose 5%", "said sales in China fell" (reported nothing)
        # (round 49, auditnews5: also "added": "but added the cause of the fire remained unclear" reported nothing)
    if finite_cue and toks[j].low in EN_PARTITIVES and toks[j].text == toks[j].low and j + 2 < hi and toks[j + 1].low in (
            "of", "side", "part"):
        # "say none of the people who got sick were vaccinated", "said many of his neighbors told him …", "said one
        # side of town got hit …"
        for k in range(j + 2, min(hi, j + 14)):
            x = toks[k]
            if x.quoted or x.text in {",", ";", ":", "."}:
                break
            if x.text == x.low and x.text[0].isalpha() and (x.low in lex.auxiliaries or (
                    k > j + 3 and (x.low in lex.past_verbs or x.low in lex.cue_verbs
                                   # (round 26) a regular past: "said at least one of the attackers detonated …"
                                   or (x.low.endswith("ed") and len(x.low) > 4 and toks[k - 1].is_word
                                       and toks[k - 1].low not in lex.stopwords and toks[k - 1].low not in lex.prepositions
                                       and not toks[k - 1].low.endswith(("ly", "ed"))))
                    and toks[k - 1].low not in lex.determiners)):
                return True
    if finite_cue and j + 2 < hi and toks[j].text == toks[j].low and toks[j].is_word and toks[j].low.endswith(EN_ADJECTIVE_ENDINGS) \
            and toks[j].low not in lex.stopwords and _en_plural_then_verb(toks, lex, j + 1, hi):
        return True  # an adjective before a bare plural subject: "said political considerations play no role"
    if finite_cue and j + 3 < hi and _en_compound_noun_word(toks[j], lex) and toks[j].low not in lex.past_verbs \
            and toks[j].low not in lex.auxiliaries and _en_plural_then_verb(toks, lex, j + 1, hi):
        return True  # (round 54, enleft) a noun-noun subject: "say start times just mean later bedtimes"
    if finite_cue and j + 3 < hi and _en_modifier_word(toks[j], lex) and (
            _en_plural_then_verb(toks, lex, j + 1, hi)
            or (_en_compound_noun_word(toks[j + 1], lex) and _en_plural_then_verb(toks, lex, j + 2, hi))):
        return True  # (round 54, enleft) a comparative or an adjective and a noun before a bare plural subject: "Critics
        # say later start times just mean later bedtimes", "say higher fuel prices hurt farmers" (reported nothing)
    k, n = j, 0
    while k < hi and n < FINITE_REACH:
        t = toks[k]
        if _digit_separator(toks, k, hi):
            k += 2  # "25,000 people were": one number
            continue
        if t.text == "," and not t.quoted and (
                (k > j + 1 and toks[j].low in lex.determiners)
                # (round 22) a bare plural subject: "said broader momentum trends, particularly the dollar's weakness,
                # may support prices"
                or (k > j + 1 and k - j <= 4 and toks[k - 1].low.endswith("s") and not toks[k - 1].low.endswith("ss")
                    and all(x.is_word and x.text == x.low and x.low not in lex.stopwords and x.low not in lex.pronouns
                            for x in toks[j:k]))
                # (round 22) also after a name: "said Cochran, as a top member of the committee, secured billions"
                or (k > j and toks[j].is_cap and all(x.is_cap and x.is_word for x in toks[j:k]) and k - j <= 3)):
            # a parenthesis inside the subject, then its verb: "says the conflict, and its root cause, remain with him"
            return en_verb_after_parenthesis(toks, lex, k, hi, 12 if toks[j].is_cap else 8) is not None
        if t.text == "." and not t.quoted and k > j and k + 1 < hi and len(toks[k - 1].text) == 1 \
                and toks[k - 1].text.isupper() and toks[k - 1].end == t.start:
            k += 1  # the full stop of an initialism: "told reporters the U.S. is not surprised"
            continue
        if t.quoted and not t.is_word and k > j and k + 1 < hi and toks[k + 1].quoted and toks[k + 1].low in lex.auxiliaries \
                and toks[k + 1].text == toks[k + 1].low:
            return True  # the verb opens a partial quotation: 'told CBS News the U.S. "is not surprised" by …'
        if t.quoted and not t.is_word and k > j and k + 2 < hi and _en_quoted_finite_verb(toks, lex, j, k):
            return True  # (round 42, enpolitics3) a present or past verb opens it: 'declared the president "debases our
            # nation" with …', 'claimed Trump "lied to the public"' (only the quotation was kept)
        if t.low == "who" and t.text == "who" and k > j and toks[k - 1].text == toks[k - 1].low and toks[k - 1].is_word \
                and toks[k - 1].low not in lex.stopwords and k + 1 < hi and toks[k + 1].low not in lex.auxiliaries:
            # (round 22) a relative clause inside the subject, then its verb: "said people who vote for the bill will lose"
            for x in range(k + 2, min(hi, k + 14)):
                if toks[x].quoted or toks[x].text in {",", ";", ":", "."}:
                    break
                if toks[x].low in lex.auxiliaries and toks[x].text == toks[x].low and toks[x - 1].text == toks[x - 1].low:
                    return True
            return False
        if not t.quoted and ((t.text in _EN_CURRENCY_SIGNS and k + 1 < hi and toks[k + 1].text[:1].isdigit()
                              and not toks[k + 1].quoted)
                             or (k > j and t.text == "%" and toks[k - 1].text[:1].isdigit())):
            k += 1  # (round 52, enleft2) an amount's currency sign or percent sign is part of its number, no word and no end:
            # "Police said fines of more than $500 would be issued", "said as many as 30% of voters were undecided"
            # (reported nothing)
            continue
        if not t.is_word or t.quoted or t.low in ("that", "which", "who"):
            return False
        if k > j and j >= 1 and (toks[j - 1].low in lex.object_verbs or (
                toks[j - 1].low in lex.bare_complement_verbs and t.low != "because")) and t.text == t.low \
                and (t.low == "as" or t.low in lex.adverbial_subordinators) and k + 1 < hi \
                and not toks[k + 1].quoted and (toks[k + 1].low in lex.determiners or toks[k + 1].is_cap
                                                or toks[k + 1].low in lex.subject_pronouns) \
                and not (t.low == "as" and toks[k + 1].low in ("a", "an")):  # "as a result", "as a whole"
            return False  # (round 48, auditnews2) an adverbial clause after a noun object, its verb no verb of the
            # object: "Clifton added a goal as the Bruins beat the Devils", "The company added 300 jobs as demand rose"
            # (reported 'a goal as the Bruins …'); (round 50, enarticles) after any verb of a bare clause: "… and showed
            # little remorse until she was caught" reported 'little remorse until …' (not "because", a reason inside a
            # subject whose verb the rules miss: "thinks im a stoner because she …")
        if t.low in lex.auxiliaries and (t.text == t.low or t.text.replace("’", "'") == t.low) and k > j:
            # ((round 41, enoffices) also a contraction with a curly apostrophe: "According to Anthony Farnell, chief
            # meteorologist for Global News, it’s the second …" opened the content at the office)
            # (round 40, enacts3) not right after "but"/"and": the cue's subject goes on with a second predicate after
            # its object ("denied the reports but was inconsistent in his defense", "confirmed the death but did not
            # release the name"; the object became the subject of a clause)
            return not (toks[k - 1].low in lex.coordinators and toks[k - 1].text == toks[k - 1].low)
        if t.low in lex.coordinators and t.text == t.low and k > j and k + 1 < hi and toks[k + 1].text == toks[k + 1].low \
                and toks[k + 1].low in lex.auxiliaries and not toks[k + 1].quoted:
            return False
        if 0 < k - j <= 2 and t.text == t.low \
                and (t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 4)) \
                and k + 1 == hi and j - 1 >= 0 and toks[j - 1].low in _EN_FINITE_SAY \
                and all(_en_subject_word(x, lex) for x in toks[j:k]) and toks[k - 1].low not in lex.determiners:
            return True  # (round 48, enleft4) a headline's clause closing its line with no stop: "Minister says prices
            # rose\n…" (was no report: a word had to follow the verb)
        if k > j and (k - j <= 3 or (k - j == 4 and toks[j + 1].low == "and")) and t.text == t.low \
                and (t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 4)) \
                and k + 1 < hi and (toks[k + 1].is_word or toks[k + 1].text in {",", "."}
                                    # (round 47, enleftovers) an amount: "estimated the storm caused $2 billion in damage"
                                    or toks[k + 1].text in _EN_CURRENCY_SIGNS
                                    # (round 51, enleft21) a partial quotation after the verb: 'said staff felt
                                    # "betrayed".' (only the quotation was kept)
                                    or _en_quotation_opens(toks, k + 1, hi)) and toks[k + 1].low != "by" \
                and all(_en_subject_word(x, lex) or (x.low == "and" and j < i < k - 1)  # (round 22: "teachers and students")
                        # (round 52, commentsleft) a quantifier before the article: "told me all the tests came back"
                        or (i == j and toks[j].low != "none" and _en_quantified_object(toks, lex, j, hi))
                        for i, x in enumerate(toks[j:k], j)) and toks[k - 1].low not in lex.determiners:
            return True  # a past-tense verb after a short subject: "said revenue rose sharply", "said prices jumped" (round 25:
            # also "said health and government officials underestimated …")
        if k > j + 2 and t.text == t.low and (t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 4)) \
                and k + 1 < hi and (toks[k + 1].is_word or toks[k + 1].text in {",", "."}) and toks[k + 1].low != "by" \
                and _en_subject_with_time(toks, lex, j, k):
            return True  # (round 41, enbarecomp) a time phrase after the subject: "said inflation last month likely
            # settled between …", "said revenue last quarter fell 3%" (reported nothing)
        if k - j in (2, 3) and toks[j].low in lex.determiners and t.text == t.low and t.low.endswith("s") \
                and not t.low.endswith(("ss", "us", "is", "'s", "’s")) and k + 1 < hi and toks[k + 1].is_word \
                and (toks[k + 1].low in lex.determiners or toks[k + 1].low in _EN_AFTER_PRESENT
                     or _en_quantified_object(toks, lex, k + 1, hi)) \
                and not toks[k - 1].low.endswith("s") and all(_en_subject_word(x, lex) for x in toks[j + 1 : k]):
            return True  # a present-tense verb after "the" and a singular noun: "told reporters the bill reflects the …"
        # (round 25) a name of several words counts as one: "said nurses at the University of Chicago Medical Center
        # will strike"
        n += not (k > j and t.is_cap and (toks[k - 1].is_cap or (toks[k - 1].low == "of" and k - 2 >= j and toks[k - 2].is_cap))) \
            and not (t.low == "of" and k > j and toks[k - 1].is_cap and k + 1 < hi and toks[k + 1].is_cap) \
            and not _en_quantity_word(toks, k, j, hi) \
            and not (t.low == "to" and k == j + 2 and toks[j].low in ("the", "a", "an") and toks[j].text == toks[j].low
                     and toks[k - 1].low in lex.infinitive_nouns)
        # (round 48, auditnews) a plan noun's infinitive counts as one word: "told reporters the decision to drop the
        # inquiry had been taken …" (the auxiliary was out of reach; reported nothing)
        k += 1
    return False


#: (round 52, English audit) words of an amount's approximator or range before its number ("up to 50", "more than 200",
#: "40 to 50")
_EN_QUANTITY_REACH_WORDS = frozenset({"up", "to", "more", "less", "fewer", "than", "as", "many", "much", "about", "around",
                                      "nearly", "almost", "roughly", "approximately"})


def _en_quantity_word(toks, k: int, j: int, hi: int) -> bool:
    """(round 52, English audit) Token k, inside a bare clause's subject from j, is a word of an amount's approximator or range
    right before its number: it takes no word of `_en_finite`'s reach, as a name's words do not ("said gusts of up to 50
    mph were expected" reported nothing: the auxiliary was out of reach)."""
    t = toks[k]
    return k > j and t.text == t.low and not t.quoted and t.low in _EN_QUANTITY_REACH_WORDS and any(
        x < hi and (toks[x].text[:1].isdigit() or toks[x].text in _EN_CURRENCY_SIGNS) and not toks[x].quoted
        for x in (k + 1, k + 2)) \
        and not (k + 1 < hi and toks[k + 1].text in {",", ".", ";"})


#: (round 41, enbarecomp) adverbs between a subject with a time phrase and its past verb ("inflation last month likely
#: settled")
_EN_HEDGE_ADVERBS = frozenset({"likely", "probably", "also", "still", "already", "further", "again", "only", "more"})


def _en_subject_with_time(toks, lex, j: int, k: int) -> bool:
    """English (round 41, enbarecomp): tokens j … k-1 are a short subject (one or two words of `_en_subject_word`, not
    ending in an article), a time phrase ("last month", "this year", "next quarter") and maybe one hedge adverb
    (`_EN_HEDGE_ADVERBS`) before the past verb at k: "inflation last month likely settled", "revenue last quarter rose"."""
    p = next((x for x in range(j + 1, min(k - 1, j + 3)) if toks[x].text == toks[x].low
              and toks[x].low in _EN_TIME_MODIFIERS and toks[x + 1].text == toks[x + 1].low
              and toks[x + 1].low in _EN_PERIOD_NOUNS), None)
    if p is None or toks[p - 1].low in lex.determiners or toks[j].low in lex.said_objects \
            or not all(_en_subject_word(x, lex) and x.text == x.low and x.low.isalpha() for x in toks[j:p]):
        return False
    rest = toks[p + 2 : k]
    return len(rest) == 0 or (len(rest) == 1 and rest[0].text == rest[0].low and rest[0].low in _EN_HEDGE_ADVERBS)


#: (round 42, enleftovers) endings of adjectives that take "to" after a subject noun ("attributable to", "available to")
_EN_TO_ADJECTIVE_ENDINGS = ("able", "ible")


def _en_postmodified_subject_then_past(toks, lex, j: int, hi: int) -> bool:
    """English (round 37, w5): tokens from j are a short subject (one to three words, no pronoun), a postmodifier
    opened by one of `subject_prepositions` (at most six tokens: articles, adjectives, nouns, names, numbers,
    initialisms), then a past verb with more words after it: "revenue for the quarter rose 5%", "net income in the
    third quarter fell", "sales at its cloud unit jumped"; not before "by" (a participle: "the money from the
    sale offered by …")."""
    if toks[j].low in lex.said_objects:
        return False  # "said prayers for the victims killed in …"
    k = j
    while k < hi and k < j + 3 and _en_subject_word(toks[k], lex) and toks[k].text == toks[k].low and toks[k].low.isalpha():
        k += 1
    if k == j or k + 2 >= hi or toks[k - 1].low in lex.determiners or toks[k].text != toks[k].low \
            or (toks[k].low not in lex.subject_prepositions and not (
                toks[k].low == "to" and k - 1 > j and toks[k - 1].low.endswith(_EN_TO_ADJECTIVE_ENDINGS))):
        return False  # (round 42, enleftovers) also an adjective in -able/-ible and "to" after the noun: "said net income
        # attributable to common shareholders fell …", "said profit available to shareholders rose" (reported nothing)
    for x in range(k + 1, min(hi - 1, k + 8)):
        w = toks[x]
        if w.quoted:
            return False
        if w.text == "." and len(toks[x - 1].text) == 1 and toks[x - 1].text.isupper() and toks[x - 1].end == w.start:
            continue  # an initialism: "sales in the U.S. rose"
        if x > k + 1 and w.is_word and w.text == w.low and w.low in lex.auxiliaries and w.low not in ("do", "does", "did") \
                and toks[x - 1].low not in lex.determiners and toks[x - 1].low not in lex.prepositions \
                and toks[x + 1].is_word and not toks[x + 1].quoted:
            return True  # (round 52, auditen2) an auxiliary after the postmodifier, as a past verb there: "said officers
            # from the regional cybercrime unit were working with …" (reported nothing: past `FINITE_REACH`)
        if not w.is_word or w.low in lex.auxiliaries or w.low in lex.coordinators or w.low in ("that", "which", "who"):
            return False
        if x > k + 1 and w.text == w.low and (w.low in lex.past_verbs or (w.low.endswith("ed") and len(w.low) > 4)):
            nxt = toks[x + 1]
            if w.low.endswith("ed") and toks[x - 1].low in lex.determiners and nxt.is_word and not nxt.quoted \
                    and nxt.text == nxt.low and nxt.low not in lex.auxiliaries and nxt.low not in lex.prepositions \
                    and nxt.low not in lex.cue_verbs and not nxt.low.endswith("ed"):
                continue  # (round 54, enleft) an attributive participle inside the postmodifier: "said sales of the
                # affected lots accounted for less than 5%", "residents of the flooded towns returned" (reported nothing)
            amount = x + 2 < hi and (toks[x + 2].text[0].isdigit() or toks[x + 2].text in {"$", "€", "£"}
                                     or toks[x + 2].low in EN_QUANTITY_APPROXIMATORS)
            return toks[x - 1].low not in lex.determiners and toks[x - 1].low not in lex.prepositions and not nxt.quoted \
                and (nxt.is_word or nxt.text in {",", "."}) and (nxt.low != "by" or amount)  # "fell by 5%"
        if w.text == w.low and (w.low in lex.cue_verbs or (w.low in lex.pronouns and w.low not in lex.possessives)):
            return False
    return False


#: finite English say-verbs right before a content without "that" (the subject rules for bare nouns need one)
_EN_FINITE_SAY = frozenset({"said", "says", "say", "claimed", "claims", "claim", "argued", "argues", "insisted",
                            "insists", "noted", "notes", "believes", "believe", "thinks", "think", "warned", "warns"})
#: (round 44, enmarkets) a report's participle after its act, before a postmodified subject and its past verb only:
#: "The company cut its forecast, saying growth in China slowed" (reported nothing; "saying growth slowed" did); not
#: the other bare-subject rules ("saying mean things to …" is an object)
_EN_PARTICIPLE_SAY = frozenset({"saying", "adding", "noting"})
#: (round 49, auditnews5) finite forms of "add" before a postmodified subject and its past verb ("added the cause of the
#: fire remained unclear")
_EN_ADDED_SAY = frozenset({"added", "adds"})
#: English linking verbs after a bare singular subject ("relief remains necessary")
_EN_LINKING_S = frozenset({"remains", "seems", "appears", "looks", "stays", "becomes", "sounds"})


def _en_name_then_present(toks, lex, j: int, hi: int) -> bool:
    """English (round 51, auditnews7): tokens from j are a name of one to three capitalised words and a present-tense
    verb in -s before an article, a possessive, a pronoun or `_EN_AFTER_PRESENT` ("Britain wants a deal", "Boris
    Johnson needs more time")."""
    k = j
    while k < hi and k < j + 3 and toks[k].is_cap and toks[k].is_word and not toks[k].quoted \
            and toks[k].low not in lex.stopwords and toks[k].low not in lex.pronouns:
        k += 1
    if k == j or k + 1 >= hi:
        return False
    v, n = toks[k], toks[k + 1]
    return v.is_word and not v.quoted and v.text == v.low and v.low.isalpha() and v.low.endswith("s") \
        and not v.low.endswith(("ss", "us", "is")) and len(v.low) >= 4 and v.low not in lex.stopwords \
        and v.low not in lex.prepositions and v.low not in lex.auxiliaries and n.is_word and not n.quoted \
        and n.text == n.low and (n.low in lex.determiners or n.low in _EN_AFTER_PRESENT or n.low in _EN_OBJECT_PRONOUNS
                                 or _en_quantified_object(toks, lex, k + 1, hi))


def _en_bare_singular_then_verb(toks, lex, j: int, hi: int) -> bool:
    """English: token j is a bare singular noun (lower case, no article) and the next word a present-tense
    verb in -s with an object or a complement after it ("footage shows the struggle", "relief remains
    necessary"), not a noun object ("said inflation rates")."""
    t = toks[j]
    if not t.is_word or t.quoted or t.text != t.low or not t.text.isalpha() or len(t.low) < 4 or t.low.endswith("s") \
            or t.low in lex.stopwords or t.low in lex.pronouns or t.low in lex.prepositions or t.low in lex.cue_verbs \
            or t.low in lex.determiners or t.low in lex.time_words or t.low in lex.auxiliaries or t.low.endswith(("ly", "ing")) \
            or j + 2 >= hi:
        return False
    v, n = toks[j + 1], toks[j + 2]
    if not v.is_word or v.quoted or v.text != v.low or not v.low.endswith("s") or v.low.endswith(("ss", "us", "is")) \
            or len(v.low) < 4 or v.low in lex.stopwords or v.low in lex.prepositions or not n.is_word or n.quoted:
        return False
    return v.low in _EN_LINKING_S or n.low in lex.determiners or n.low in _EN_AFTER_PRESENT \
        or _en_quantified_object(toks, lex, j + 2, hi)


#: adverbs between an English plural subject and its verb ("patients often wait")
_EN_FREQUENCY_ADVERBS = frozenset({"often", "still", "now", "also", "usually", "rarely", "never", "always",
                                   "already", "sometimes", "generally", "increasingly",
                                   # (round 54, enleft) focus adverbs: "say later start times just mean later bedtimes"
                                   "just", "simply", "merely"})


#: (round 52, commentsleft) prepositions of a short place or field postmodifier after a bare plural subject ("judges in
#: LA", "nurses at the clinic", "landlords around here")
_EN_POSTMODIFIER_PREPS = frozenset({"in", "at", "from", "across", "around", "on"})
#: (round 52, commentsleft) degree adverbs before a frequency adverb ("almost always", "nearly never")
_EN_DEGREE_ADVERBS = frozenset({"almost", "nearly", "virtually", "pretty"})


def _en_short_postmodifier_end(toks, lex, k: int, hi: int) -> int | None:
    """English (round 52, commentsleft): token k is a preposition of `_EN_POSTMODIFIER_PREPS` opening a short place
    phrase after a bare plural subject: one to three capitalised words ("in LA", "in New York"), "here"/"there", or an
    article and one or two lower-case nouns ("at the clinic", "in the city"); the token after it, else None."""
    n = k + 1
    if n < hi and toks[n].low in ("here", "there") and toks[n].text == toks[n].low:
        return n + 1
    if n < hi and toks[n].is_cap and toks[n].is_word and not toks[n].quoted and toks[n].low not in lex.stopwords:
        e = n
        while e < hi and e < n + 3 and toks[e].is_cap and toks[e].is_word and not toks[e].quoted:
            e += 1
        return e
    if n + 1 < hi and toks[n].low in ("the", "this", "our", "my", "their", "your") and toks[n].text == toks[n].low:
        e = n + 1
        while e < hi and e < n + 3 and toks[e].is_word and not toks[e].quoted and toks[e].text == toks[e].low \
                and toks[e].low.isalpha() and toks[e].low not in lex.stopwords and toks[e].low not in _EN_FREQUENCY_ADVERBS \
                and toks[e].low not in _EN_DEGREE_ADVERBS:
            e += 1
        return e if e > n + 1 else None
    return None


def _en_modifier_word(t, lex) -> bool:
    """(round 54, enleft) English: a lower-case adjective before a bare subject: one of `EN_ADJECTIVE_ENDINGS` or a
    comparative in -er ("later", "higher", "cheaper"), no stop word, cue or pronoun."""
    w = t.low
    return t.is_word and not t.quoted and t.text == w and w.isalpha() and len(w) >= 4 and w not in lex.stopwords \
        and w not in lex.cue_verbs and w not in lex.pronouns and w not in lex.prepositions \
        and w not in lex.determiners and w not in lex.possessives and w not in lex.quantifiers and w not in lex.not_nouns \
        and (w.endswith(EN_ADJECTIVE_ENDINGS) or (w.endswith("er") and len(w) >= 5))


def _en_compound_noun_word(t, lex) -> bool:
    """(round 54, enleft) English: a lower-case noun before the head of a compound ("start times", "fuel prices"): no
    stop word, preposition, cue, -ly, -ed or -ing word."""
    w = t.low
    return t.is_word and not t.quoted and t.text == w and w.isalpha() and len(w) >= 3 and w not in lex.stopwords \
        and w not in lex.prepositions and w not in lex.cue_verbs and w not in lex.pronouns \
        and w not in lex.determiners and w not in lex.possessives and w not in lex.quantifiers and w not in lex.not_nouns \
        and not w.endswith(("ly", "ed", "ing"))


def _en_plural_then_verb(toks, lex, j: int, hi: int) -> bool:
    """English: token j is a bare plural noun (lower case, in -s) and the next word, maybe after a
    frequency adverb, is a plain present-tense verb followed by more words ("residents deserve
    better", "patients often wait for hours")."""
    t = toks[j]
    if not t.is_word or t.quoted or t.text != t.low or len(t.low) < 4 or not t.low.endswith("s") \
            or t.low.endswith(("ss", "us", "is", "'s", "’s")) or t.low in lex.stopwords or t.low in lex.pronouns \
            or t.low in lex.cue_verbs or t.low in lex.time_words:
        return False
    k = j + 1
    quoted = False
    if k + 2 < hi and toks[k].text in _EN_POSTMODIFIER_PREPS and not toks[k].quoted:
        k = _en_short_postmodifier_end(toks, lex, k, hi)  # (round 52, commentsleft) "judges in LA almost always favor …"
        if k is None:
            return False
    if k + 1 < hi and toks[k].low in _EN_DEGREE_ADVERBS and toks[k + 1].low in _EN_FREQUENCY_ADVERBS:
        k += 1  # (round 52, commentsleft) "almost always", "nearly always"
    if k < hi and toks[k].low in _EN_FREQUENCY_ADVERBS:
        k += 1
    elif k + 2 < hi and _en_quotation_opens(toks, k, hi):
        k, quoted = k + 1, True  # (round 52, enleft) the verb opening a partial quotation, as the past one does
        # ('said workers "felt betrayed."'): 'Union leaders said workers "deserve better."' (only the quotation was kept)
    if k + 1 >= hi:
        return False
    v = toks[k]
    return (v.is_word and v.quoted == quoted and v.text == v.low and v.text.isalpha() and len(v.low) > 2
            and not v.low.endswith(("s", "ly", "ing", "ed")) and v.low not in lex.stopwords
            and v.low not in lex.prepositions and v.low not in lex.determiners and v.low not in lex.pronouns
            and v.low not in lex.coordinators and (toks[k + 1].is_word or _en_quotation_opens(toks, k + 1, hi) or (
                # (round 52, enleft) a one-word quotation of the verb, its object after it: 'said workers "deserve"
                # better pay' (only the quotation was kept)
                quoted and k + 2 < hi and not toks[k + 1].is_word and toks[k + 1].quoted and toks[k + 2].is_word
                and not toks[k + 2].quoted)))


def _en_quotation_opens(toks, k: int, hi: int) -> bool:
    """(round 51, enleft21) English: token k is the opening mark of a partial quotation, a quoted word right after it
    (after a reported clause's verb: 'said staff felt "betrayed"', 'says workers feel "let down"')."""
    return k + 1 < hi and toks[k].quoted and not toks[k].is_word and toks[k + 1].quoted and toks[k + 1].is_word


#: words after an English present-tense verb in -s that show it is one ("the bill reflects the …", "the
#: plan needs to …", "the law requires that …")
_EN_AFTER_PRESENT = frozenset({"to", "that", "no", "not", "only", "more", "less", "nothing", "it", "them", "us"})

#: (round 52, commentsleft) quantifiers that open a noun object before an article, a possessive or "of" ("owns half the
#: lots", "wants all the money", "lost most of its members")
_EN_QUANTIFIER_OBJECT = frozenset({"half", "all", "most", "some", "both", "many", "much", "none", "each", "several"})


def _en_pronoun_then_quantified_subject(toks, lex, k: int, hi: int) -> bool:
    """English (round 52, commentsleft): an object pronoun at k (the addressee of "told") and a quantified noun phrase
    after it, the reported clause's subject ("told me half the lots were sold", "told us most of the staff would go");
    the quantifier was read as part of the addressee. Not "all"/"both"/"each" after a plural pronoun ("told us all the
    plan was dead": "us all" is the addressee)."""
    return toks[k].low in _EN_OBJECT_PRONOUNS and toks[k].text == toks[k].low and _en_quantified_object(toks, lex, k + 1, hi) \
        and not (toks[k + 1].low in ("all", "both", "each") and toks[k].low in ("us", "them", "you"))


def _en_quantified_object(toks, lex, k: int, hi: int) -> bool:
    """English (round 52, commentsleft): token k is a lower-case quantifier of `_EN_QUANTIFIER_OBJECT` followed by an
    article, a possessive or "of": a noun object after a present verb ("the city already owns half the lots", "he wants
    all of it"), read as "the lots" was."""
    if k + 1 >= hi:
        return False
    q, n = toks[k], toks[k + 1]
    return q.is_word and not q.quoted and q.text == q.low and q.low in _EN_QUANTIFIER_OBJECT and n.is_word \
        and not n.quoted and n.text == n.low and (n.low in lex.determiners or n.low == "of")


#: subordinators of an adjunct clause after an attribution that follows its quotation
_EN_ADJUNCT_CLAUSE = frozenset({"when", "after", "before", "while", "as", "because", "since", "if"})


#: (round 52, en3left) the most words of an adjunct before a title in apposition ("in a report last year, "…," that")
_EN_TITLED_ADJUNCT_WORDS = 6
#: (round 52, en3left) the most words of a title in apposition before a cue's "that"
_EN_TITLED_ADJUNCT_TITLE = 12


def _en_titled_adjunct_that(ctx: QuoteContext, j: int, hi: int) -> int | None:
    """English (round 52, en3left): after the cue, a prepositional adjunct of a few unquoted words ("in a report last
    year", "in its annual review"), a comma, a title in title case in quotation marks between commas, and "that": the
    index of that "that" (the title names the adjunct's work; the that-clause is the content), else None."""
    toks, lex = ctx.tokens, ctx.lex
    if j >= hi or toks[j].low not in lex.prepositions or toks[j].text != toks[j].low or toks[j].quoted:
        return None
    x = next((x for x in range(j + 1, min(hi, j + _EN_TITLED_ADJUNCT_WORDS + 1))
              if toks[x].quoted or not toks[x].is_word or toks[x].low == "that"), None)
    if x is None or toks[x].text != "," or toks[x].quoted:
        return None
    k = next((k for k in range(x + 1, min(hi - 1, x + _EN_TITLED_ADJUNCT_TITLE + 8))
              if toks[k].text == "that" and not toks[k].quoted), None)
    if k is None or not (toks[k - 1].text == "," or (toks[k - 2].text == "," and not toks[k - 1].is_word)) or not any(t.quoted for t in toks[x + 1 : k]) \
            or any(not t.quoted and t.is_word for t in toks[x + 1 : k]):
        return None
    words = [w for w in (t.text.strip(".,;:!?()[]") for t in toks[x + 1 : k] if t.is_word) if w]
    if len(words) < 2 or not en_title_case(words, most=_EN_TITLED_ADJUNCT_TITLE) or all(
            w.isupper() for w in words if w[:1].isupper()):
        return None
    return k


def _en_adjuncts_then_clause(ctx: QuoteContext, c: Cue, j: int, hi: int) -> bool:
    """English (round 40, enasked): after the attribution of a quotation, tokens j … are the cue's adjuncts (a
    preposition or a weekday first, or the addressee of "told"; then up to eight lower-case or capitalised words with
    no comma, verb or complementizer) and then an adverbial clause (`_EN_ADJUNCT_CLAUSE`: "when", "as", "after" …):
    '"…," Trump said in the White House's Oval Office when reporters asked him …', '"…," she told reporters at the
    Capitol as she left'."""
    toks, lex = ctx.tokens, ctx.lex
    first = toks[j]
    if first.quoted or not first.is_word or first.text != first.low or not (
            first.low in lex.prepositions or first.low in lex.time_words or toks[c.first].low in lex.addressee_verbs):
        return False
    for x in range(j + 1, min(hi, j + 10)):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":", "(", "—", "–"}:
            return False
        if t.text in _EN_ADJUNCT_CLAUSE and t.text != "if":
            return x + 1 < hi and toks[x + 1].is_word and not toks[x + 1].quoted
        if t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.complementizers or t.low in lex.cue_verbs):
            return False
    return False


def _en_after_quotation(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """English: the attribution of cue c stands right after a quotation ('"…," Trump said', '"…,"
    said Trump'): the token before its first word is a closing quotation mark."""
    toks = ctx.tokens
    first = min(c.first, c.speaker.first) if c.speaker is not None else c.first
    return first - 1 >= lo and toks[first - 1].quoted and not toks[first - 1].is_word


#: (round 46, comments) writing verbs whose demonstrative object ends a relative clause ("the guy who wrote this article")
_EN_WRITING_CUES = frozenset({"wrote", "writes", "write"})
#: nouns after "this" that make it a time phrase, not an object ("who wrote this week that …")
_EN_THIS_TIME_NOUNS = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer",
                                 "fall", "autumn", "winter", "time", "past", "season", "term", "decade"})


def _en_relative_object_then_main(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """(round 46, comments) English: cue c stands in a restrictive relative clause opening the sentence's subject ("The
    person who wrote this …", "Anyone who says that …") and takes a demonstrative object, after which the main clause
    goes on: a bare "this"/"that" right before the only verb group after it ("Anyone who says that is a liar", "The
    person who wrote this should be fired"; not "Those who say this is a scandal are right"), or "this/these/those"
    (not a time phrase) after a writing verb ("The guy who wrote this article says …"). Such an object is no clause of
    reported content."""
    toks, lex = ctx.tokens, ctx.lex
    k, r = c.last + 1, c.first - 1
    if k + 1 >= hi or r - 1 < lo or toks[r].low not in ("who", "that") or toks[r].quoted or not toks[r - 1].is_word \
            or toks[k].quoted or toks[k].text != toks[k].low or any(
                t.is_word and not t.quoted and (t.low in lex.auxiliaries or t.low in lex.cue_verbs
                                                or t.low.endswith(("'re", "’re", "'s", "’s"))) for t in toks[lo : r - 1]):
        return False  # (the subject opens the sentence: not the object of "follow somebody who says this is …")
    nxt = toks[k + 1]
    if toks[k].low in ("this", "that") and nxt.is_word and not nxt.quoted and nxt.text == nxt.low \
            and nxt.low in lex.auxiliaries:
        verbs = [t.is_word and not t.quoted and t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.past_verbs
                 or t.low in lex.cue_verbs) for t in toks[k + 1 : hi]]
        return not any(v and not prev for prev, v in zip(verbs, verbs[1:], strict=False))  # one verb group: the main predicate
    return toks[c.first].low in _EN_WRITING_CUES and toks[k].low in ("this", "these", "those") \
        and nxt.low not in _EN_THIS_TIME_NOUNS and nxt.low not in lex.time_words


def _en_opening_subject(ctx: QuoteContext, lo: int, r: int) -> bool:
    """(round 47, relsubj) English: the words lo..r-1 before a relative "who"/"that" at r are a short noun phrase opening
    the sentence ("The woman", "A senior official", "Voters"): at most four words, no verb, pronoun, preposition or
    punctuation, so a main predicate must follow the relative clause."""
    toks, lex = ctx.tokens, ctx.lex
    if not (1 <= r - lo <= 4) or toks[r].low not in ("who", "that") or toks[r].quoted:
        return False
    return all(t.is_word and not t.quoted and (t.low in lex.determiners or _en_subject_word(t, lex))
               and t.low not in lex.cue_verbs and t.low not in lex.past_verbs and t.low not in ("those", "anyone", "whoever")
               for t in toks[lo:r])


def _en_reported_head(ctx: QuoteContext, e: int, r: int) -> bool:
    """(round 47, relsubj) English: the cue at e has its own subject before it and the relative clause's head right after
    it opens its content ("Police said a man who …"), not an inverted cue after a quotation ('"…," said X, who …')."""
    toks, lex = ctx.tokens, ctx.lex
    if e < 1 or not toks[e - 1].is_word or toks[e - 1].quoted or not (2 <= r - e <= 4):
        return False
    return toks[e + 1].low in lex.determiners and toks[e + 1].text == toks[e + 1].low and all(
        t.is_word and not t.quoted and _en_subject_word(t, lex) for t in toks[e + 2 : r])


def _en_main_predicate(ctx: QuoteContext, a: int, hi: int, *, past: bool = False) -> int | None:
    """English, after the cue of a restrictive relative clause ("the man who said …"): the token
    where the main clause's predicate starts, a second finite auxiliary right after a word that is
    no auxiliary, conjunction or relative once the reported clause has its own finite verb ("… who
    said the plan would work | was wrong"); None when there is none. With `past` (round 47, relsubj: the relative
    clause is on a short subject opening the sentence) also a past verb after the reported clause's verb group and at
    least one word of its own ("The woman who said the plan was flawed | resigned on Monday", "… who said the talks had
    failed | resigned"; not "the plan he proposed failed", not a passive "by" after it)."""
    toks, lex = ctx.tokens, ctx.lex
    finite = False
    group = -1  # where the reported clause's verb group starts (set whenever `finite` turns true; a conjunction or
    # relative word right before k has reset `finite`)
    for k in range(a, hi):
        t = toks[k]
        if t.quoted or not t.is_word:
            if t.text in {",", ";", ":"}:
                return None
            continue
        if t.low in ("that", "which", "who", "whom", "whose", "what", "where", "how", "why", "and", "or", "but",
                     "if", "when", "because", "as", "than", "so", "whatever", "there"):
            if finite and t.low != "that":
                return None  # a clause of its own follows: leave the rest as it is
            finite = False  # "… being sure that that blood supply is pure": a new clause, its own verb
            continue
        aux = t.low in lex.auxiliaries and t.text == t.low
        if aux and finite and k - 1 >= a and toks[k - 1].is_word and toks[k - 1].low not in lex.auxiliaries \
                and toks[k - 1].low not in lex.negations and toks[k - 1].low != "to":  # not "ought to have"
            return k
        if finite and t.text == t.low and t.low in ("say", "claim", "insist", "tell") and k - 2 >= a \
                and toks[k - 1].low in ("now", "still", "also") and toks[k - 2].is_word and not toks[k - 2].quoted \
                and toks[k - 2].low not in lex.auxiliaries and toks[k - 2].low != "to":
            return k - 1  # (round 46, comments) a plural cue after "now": "The same people who said Trump would lose
            # | now say he will win" (the report ran on to "now say he"); not "wanted to now say" (a conjunction or
            # relative word before "now" has already reset `finite` above)
        is_past = t.text == t.low and (t.low in lex.past_verbs or t.low.endswith("ed"))
        if not finite and not aux and not is_past and _en_present_after_subject(toks, lex, a, k):
            finite, group = True, k  # (round 48, auditcomments4) a present verb in -s after its short subject: "Anyone
            # who thinks Trump knows anything about budgeting | is an idiot", "… who says it works | is lying"
            continue
        if past and finite and is_past and not aux and k - 1 > group and toks[k - 1].is_word \
                and toks[k - 1].low not in lex.auxiliaries and toks[k - 1].low not in lex.prepositions \
                and toks[k - 1].low not in lex.determiners and toks[k - 1].low not in lex.negations \
                and toks[k - 1].low not in ("to", "been", "being", "get", "got") \
                and not (k + 1 < hi and toks[k + 1].low in ("by", "that")) \
                and not any(x.is_word and not x.quoted and x.text == x.low and x.low in lex.auxiliaries
                            for x in toks[k + 1 : hi]):
            return k
        if aux or is_past:
            if not finite:
                group = k
            finite = True
    return None


#: (round 48, auditcomments4) nouns naming a word after "the" that make a cue's object the word itself ("said the word
#: moron")
_EN_WORD_NOUNS = frozenset({"word", "words", "term", "phrase"})


def _en_noun_object(toks, lex, j: int, hi: int) -> bool:
    """(round 48, auditcomments4) English: the tokens from j are a noun object closing its clause, "no such" + noun ("said
    no such thing") or "the word(s)" + at most three words ("said the word moron"), without a verb of their own."""
    if j + 2 >= len(toks) or any(t.quoted for t in toks[j : j + 2]):
        return False
    reach = 4
    if toks[j].text in ("no", "No") and toks[j + 1].low == "such" and toks[j + 2].is_word and not toks[j + 2].quoted:
        e = j + 3
    elif toks[j].text == "the" and toks[j + 1].low in _EN_WORD_NOUNS and toks[j + 1].text == toks[j + 1].low:
        e = j + 2
        if toks[e].quoted:  # (round 53, auditseed) the word in quotation marks and a few adjuncts: "who said the words
            # "ethnic cleansing" out loud this year" (reported the object)
            while e < hi and toks[e].quoted:
                e += 1
            reach = 5
    else:
        return False
    k = e
    while k < hi and toks[k].is_word and not toks[k].quoted and k - e < reach:
        w = toks[k]
        if w.text == w.low and (w.low in lex.auxiliaries or w.low in lex.past_verbs or w.low in lex.cue_verbs
                                or w.low in lex.complementizers or w.low.endswith("ed")):
            return False
        k += 1
    return k >= hi or not toks[k].is_word and not toks[k].quoted


def _en_present_after_subject(toks, lex, a: int, k: int) -> bool:
    """(round 48, auditcomments4) English: toks[k] is a lower-case present verb in -s right after the short subject
    opening the reported clause at a: a subject pronoun "he"/"she"/"it", a run of capitalised words ("Trump knows"), or a
    determiner and one noun ("the plan works")."""
    t = toks[k]
    if k <= a or t.quoted or t.text != t.low or not t.text.isalpha() or len(t.low) < 4 or not t.low.endswith("s") \
            or t.low.endswith(("ss", "us", "is", "ics")) or t.low in lex.stopwords or t.low in lex.prepositions:
        return False
    if toks[a].low == "that" and toks[a].text == "that":
        a += 1  # the complementizer: "who believes that the plan works …"
    subj = toks[a:k]
    if not subj or any(x.quoted or not x.is_word for x in subj):
        return False
    if len(subj) == 1 and subj[0].text == subj[0].low and subj[0].low in ("he", "she", "it"):
        return True
    if len(subj) <= 3 and all(x.is_cap and x.low not in lex.stopwords for x in subj):
        return True
    return len(subj) == 2 and subj[0].low in ("the", "his", "her", "their", "our", "your", "my") \
        and subj[1].text == subj[1].low and not subj[1].low.endswith("s") and subj[1].low not in lex.stopwords \
        and subj[1].low not in lex.determiners


def _en_quoted_verb_first(v, nxt, lex) -> bool:
    """(round 50, enleft16) English: the quoted word v, the first of a quotation, is a lower-case finite verb (an
    auxiliary, a present in -s, a past form) with a quoted word after it ('"remains confident"', '"was misled"',
    '"will not back down"')."""
    if not (v.quoted and v.is_word and v.text == v.low and v.text.isalpha() and nxt.is_word and nxt.quoted):
        return False
    w = v.low
    if w in lex.auxiliaries:
        return w in _EN_FINITE_STARTS
    if w in lex.stopwords or w in lex.prepositions or w in lex.pronouns:
        return False
    if w.endswith("s"):
        return len(w) > 3 and not w.endswith(("ss", "us", "is", "ous", "ics", "ness"))
    return w in lex.past_verbs or (w.endswith("ed") and len(w) > 4)


def _en_quoted_finite_verb(toks, lex, j: int, k: int) -> bool:
    """(round 42, enpolitics3) English: toks[k] opens a quotation whose first word is a lower-case present verb in -s or
    a past verb with a word after it ('the president "debases our nation"', 'Trump "lied to voters"'), and the tokens
    j..k are a short subject: a determiner and at most two subject words, or one to three capitalised words."""
    v, nxt = toks[k + 1], toks[k + 2]
    if not (v.quoted and v.is_word and v.text == v.low and v.text.isalpha() and len(v.low) > 3
            and nxt.is_word and nxt.quoted and nxt.low not in ("and", "or")):
        return False
    if v.low.endswith("s"):
        if v.low.endswith(("ss", "us", "is", "ous", "ics")) or v.low in lex.stopwords or v.low in lex.prepositions:
            return False
    elif not (v.low in lex.past_verbs or v.low.endswith("ed")):
        return False
    subj = toks[j:k]
    if toks[j].low in lex.determiners and toks[j].text == toks[j].low:
        return 2 <= len(subj) <= 3 and toks[j].low not in ("that", "this", "no", "any", "all") \
            and all(_en_subject_word(x, lex) and x.text == x.low for x in subj[1:])
    if 1 <= len(subj) <= 2 and not v.low.endswith("s") and all(
            _en_subject_word(x, lex) and x.text == x.low and x.text.isalpha() and x.low not in lex.stopwords
            and x.low not in lex.time_words for x in subj):
        return True  # (round 51, enleft23) a bare plural or mass noun before a past verb: 'said workers "felt betrayed"
        # by …', 'said staff "felt betrayed"' (only the quotation was kept; 'said staff felt "betrayed"' kept both)
    return len(subj) <= 3 and all(x.is_word and x.is_cap and not x.quoted and x.low not in lex.pronouns
                                  and x.low not in lex.time_words for x in subj)


def _en_subject_word(t, lex) -> bool:
    """A word of a short English noun phrase that can be a clause's subject ("revenue", "the
    price", "oil prices"): no pronoun, preposition, conjunction or object-like word."""
    return (t.is_word and not t.quoted and t.low not in _OBJECT_LIKE and t.low not in lex.prepositions
            and t.low not in lex.pronouns and t.low not in lex.not_nouns and t.low not in lex.complementizers
            and t.low not in lex.coordinators and t.low not in lex.auxiliaries and t.low not in ("who", "which", "ever")
            and (t.low not in lex.stopwords or t.low in lex.determiners))


def _en_coordinated_addressee_i(ctx: QuoteContext, c: Cue, a: int, hi: int) -> bool:
    """English (round 53, auditcomments): the content at char a opens with "I" closing a coordinated addressee, before a
    preposition: "My dad's friend was telling my dad and I about how he …" (the content was "I about how he …")."""
    toks = ctx.tokens
    k = bisect_left(ctx.starts, a)
    return c.last < k - 1 and k + 1 < hi and toks[k].start == a and toks[k].text == "I" and not toks[k].quoted \
        and toks[k - 1].low == "and" and not toks[k - 1].quoted and toks[k + 1].low in ctx.lex.prepositions \
        and not toks[k + 1].quoted


def _en_negated(toks, lex, c: Cue, lo: int) -> bool:
    """An English cue with a negation among the words right before it ("has not said", "never told")
    or a negative subject ("Nobody ever said")."""
    k = c.first - 1
    while k >= lo and k >= c.first - 3 and toks[k].is_word and (toks[k].low in lex.skippable or toks[k].low in lex.auxiliaries
                                                                  or toks[k].low in lex.negations):
        if toks[k].low in lex.negations or toks[k].low.endswith("n't") or toks[k].low == "cannot":
            return True  # (round 41, enasclauses: also "cannot")
        k -= 1
    # a negative subject: "Nobody (ever) said …", "No one has said …"
    return k >= lo and (toks[k].low in ("nobody", "noone") or (
        toks[k].low == "one" and k - 1 >= lo and toks[k - 1].low == "no"))


#: words that open a clause as its subject ("said it would rain", "said nothing had changed") or
#: stand as the cue's object ("said it on Monday", "said nothing about …", "said all the right things")
_OBJECT_LIKE = frozenset({"it", "this", "that", "these", "those", "nothing", "something", "everything", "anything",
                          "all", "some", "many", "much", "none"})


def _en_object_word(toks, lex, j: int, hi: int) -> bool:
    """Token j is the object of the cue, not the subject of a clause: an object-like word followed
    by a preposition, an article or nothing ("said it on Monday", "said this in a speech", "said
    nothing about the case"), with no finite auxiliary in reach ("said some of them were …" is a
    clause)."""
    if j + 2 < hi and ((toks[j].low == "the" and toks[j + 1].low in ("same", "opposite") and toks[j + 2].low in (
            "thing", "things")) or (toks[j].low == "a" and toks[j + 1].low in ("lot", "few") and toks[j + 2].low in (
            "of", "things"))) and not _en_finite(toks, lex, j, hi):
        return True  # a thing said, no clause: "She said the same thing last year" (round 21)
    if toks[j].low not in _OBJECT_LIKE or toks[j].text not in (toks[j].low, toks[j].low.capitalize()):
        return False
    n = toks[j + 1] if j + 1 < hi else None
    if n is not None and n.is_word and not n.quoted and n.text == n.low and toks[j].low in _EN_PRONOUN_OBJECTS and (
            n.low in _EN_OBJECT_FOLLOWERS or (n.low == "all" and (j + 2 >= hi or not toks[j + 2].is_word))
            or (n.low == "many" and j + 2 < hi and toks[j + 2].low == "times")):
        # (round 41, encomments) the object and a manner, reason or time after it, no clause: "You said it nicer than I
        # did", "That says it all.", "He says this because …", "he said nothing when his boss bowed", "I've said this many
        # times, …" (the object became the subject of a content)
        return True
    return (n is None or not n.is_word or n.quoted or (n.text == n.low and (
        n.low in lex.prepositions or n.low in lex.determiners or n.low in ("of", "about")))) \
        and not _en_finite(toks, lex, j, hi)  # "saying some of the protesters were his supporters"


#: (round 44, enreligion) the forms of "say" that say a rite (quote_cues._EN_SAY_FORMS, a different set, lacks "said")
_EN_SAY_RITE_FORMS = frozenset({"say", "says", "said", "saying"})
#: (round 44, enreligion) rites one says (in lower case; "Mass" also capitalised): the object of "said", no clause
_EN_SAID_RITES = frozenset({"mass", "masses", "prayer", "prayers", "rosary", "novena", "grace", "kaddish", "vespers",
                            "blessing", "liturgy"})


def _en_said_rite(toks, lex, j: int, hi: int) -> bool:
    """English (round 44, enreligion): tokens from j are a rite as the object of "say" ("Mass", "a prayer", "the
    rosary", "grace", "a special Mass"; a determiner and at most one adjective before it), followed by a preposition,
    a time word, punctuation or nothing, no clause: "said Mass on Sunday at the cathedral", "said a prayer for peace";
    not "said Mass. Gov. …" (Massachusetts), "said Mass General …", "said mass layoffs …" (an adjective), "said prayer
    helps" (a clause)."""
    k = j
    if toks[k].text == toks[k].low and toks[k].low in lex.determiners and k + 1 < hi:
        k += 1
        if k + 1 < hi and toks[k].text == toks[k].low and toks[k].is_word and toks[k].low not in _EN_SAID_RITES \
                and toks[k + 1].low in _EN_SAID_RITES:
            k += 1  # "a special Mass", "a silent prayer"
    t = toks[k]
    if t.quoted or not t.is_word or t.low not in _EN_SAID_RITES or t.text not in (t.low, "Mass", "Masses"):
        return False
    if t.text == t.low and t.low in ("mass", "masses") and k == j:
        return False  # "said mass layoffs are coming": lower-case "mass" without an article is an adjective
    n = toks[k + 1] if k + 1 < hi else None
    if n is None or (not n.is_word and n.text != "."):
        return True
    if n.text == ".":  # not "said Mass. Gov. Maura Healey" (Massachusetts)
        return t.text != "Mass" or k + 2 >= hi or not toks[k + 2].is_cap
    return not n.quoted and n.text == n.low and (n.low in lex.prepositions or n.low in lex.time_words
                                                 or n.low in ("and", "with", "before", "after", "while", "as"))


def _en_titled_name_only(toks, lex, j: int, hi: int) -> bool:
    """English (round 41, encanada): tokens from j are only a person's name after one or two title abbreviations
    ("Cpl. Jesse Tran", "Det. Const. Sara Wong"; one to four capitalised words) up to the sentence's end or a comma."""
    k = j
    while k + 1 < hi and toks[k].is_word and toks[k].is_cap and not toks[k].quoted and toks[k].low in lex.abbreviations \
            and toks[k + 1].text == "." and lex.is_title(toks[k].text + "."):
        k += 2
    if k == j:
        return False
    n = k
    while n < hi and n - k < 4 and toks[n].is_word and toks[n].is_cap and not toks[n].quoted:
        n += 1
    return n > k and (n == hi or toks[n].text == "," or (toks[n].text in {".", "!"} and n + 1 == hi))


#: English pronoun objects of a cue that a manner, reason or time word can follow (`_en_object_word`)
_EN_PRONOUN_OBJECTS = frozenset({"it", "this", "nothing", "something", "everything", "anything"})
#: words after such an object that open no clause of its own: comparatives and manner adverbs, a subordinator or a
#: coordinator ("said it better", "said it well", "said nothing when …", "says this because …", "said it and …")
_EN_OBJECT_FOLLOWERS = frozenset({"better", "best", "nicer", "worse", "louder", "well", "again", "perfectly", "twice",
                                  "because", "when", "whenever", "while", "like", "and", "but", "or", "yourself",
                                  "myself", "himself", "herself", "themselves", "ourselves"})


def _en_clause_start(t, lex) -> bool:
    """A token that can open an English clause reported without "that" ("said the talks failed")."""
    return (t.is_word and (t.low in lex.clause_starters or t.low in lex.determiners or t.low in lex.pronouns
                           or t.low in lex.quantifiers or t.is_cap or t.text[0].isdigit()
                           # (round 42, entech2) a brand written with a lower-case initial and a capital inside:
                           # "said iPhone revenue in China fell", "said eBay sellers …", "said mRNA vaccines …"
                           or (t.text[1:2].isupper() or t.text[2:3].isupper()) and _EN_CAMEL_NAME.match(t.text) is not None))


#: (round 42, entech2) a lower-case initial of one or two letters before a capital: "iPhone", "iPad", "eBay", "mRNA"
_EN_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]+\Z")


#: English wh-words that open a reported question or a fronted adverbial clause and belong to the content ("asked
#: what happens if …", "said when they went up to the man, he was holding a wrench"); "that", "whether" and "if"
#: are left out of it
_EN_WH_CONTENT = frozenset({"what", "when", "how", "why"})
#: (round 47, enquestions) question words that open a reported question only after a cue of asking ("asked who had
#: authorized the payment", "asked where the money had gone", "asked which countries had signed"); part of the content
_EN_ASKED_WH = frozenset({"who", "where", "which", "whom", "whose"})
#: (round 47, enquestions) wh-words not counted as a word of the content (round 25): `_EN_WH_CONTENT` and `_EN_ASKED_WH`
_EN_UNCOUNTED_WH = _EN_WH_CONTENT | _EN_ASKED_WH


def _en_asked_wh(ctx: QuoteContext, c: Cue, j: int, k: int, hi: int) -> bool:
    """English (round 47, enquestions): token k is a question word of `_EN_ASKED_WH` opening the question of the cue of
    asking c, right after the cue's content start j or after an object pronoun ("asked (him) who had authorized …"; not
    "asked the man who …", a relative clause), with a word after it."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    if t.text not in _EN_ASKED_WH or t.quoted or k + 1 >= hi or not toks[k + 1].is_word or toks[k + 1].quoted:
        return False
    if toks[c.first].low not in lex.question_cues or toks[c.first].text != toks[c.first].low:
        return False
    if _en_first_second_person_subject(ctx, c.first, 0):
        return False  # the writer's own question: "I ask who has the judgment …", "we ask where have you hiked"
    return k == j or (k == j + 1 and toks[j].text in _EN_OBJECT_PERSONS)  # (object pronouns: "asked him who …")


#: subordinators that end an adjunct after a cue ("said on condition of anonymity because …")
_SUBORDINATORS = frozenset({"because", "although", "though", "while", "since", "unless"})


def _title_quote_end(toks, n: int, hi: int, numbered: bool = False) -> int:
    """Token n opens a quotation that names a show or paper ('told CNN's "State of the Union"', 'told
    "Fox News Sunday"'): the token after it when it is a title, at most six words in title case
    (`en_title_case`), else n. numbered (round 45, enenergy): a number after the first word counts as capitalised
    ('said in its "World Energy Outlook 2024" that …')."""
    e = quoted_run_end(toks, n, hi)
    words = [t.text for t in toks[n:e] if t.is_word]
    return e if en_title_case(words, numbered=numbered) else n


_EN_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
#: addressee verbs whose addressee may be left out before a clause ("warned the strike is unfair")
_EN_OPTIONAL_ADDRESSEE = frozenset({"warn", "warns", "warned"})


#: English nouns of the usual addressees: right after an addressee verb, the addressee, not the reported clause's subject
#: ("told reporters cooperation should continue", "assured investors the plan …"), and the people a statement is
#: addressed to ("said in a letter to lawmakers the government will …"). (Round 33: one set; round 32 had defined a
#: second set of this name above round 26's, and the later definition replaced it, so round 32's words were unused.)
_EN_ADDRESSEE_NOUNS = frozenset({"reporters", "journalists", "lawmakers", "legislators", "senators", "delegates",
                                 "investors", "analysts", "supporters", "students", "residents", "diplomats",
                                 "parliamentarians", "mps", "voters", "listeners", "viewers", "correspondents",
                                 "members", "colleagues", "employees", "staff", "troops", "soldiers", "parliament",
                                 "congress", "shareholders", "workers", "officials", "donors"})


def _en_org_and(toks, n: int, hi: int, lex) -> bool:
    """(round 41, enbusiness) Token n is the "and" inside an organisation's name: capitalised words before it, and
    capitalised words after it up to an organisation's head ("the Securities and Exchange Commission", "the House
    Energy and Commerce Committee")."""
    if not (0 < n < hi - 1 and toks[n].text == "and" and not toks[n].quoted and toks[n - 1].is_cap and toks[n - 1].is_word):
        return False
    e = n + 1
    while e < hi and e <= n + 4 and toks[e].is_cap and toks[e].is_word and not toks[e].quoted:
        e += 1
    return e > n + 1 and toks[e - 1].low in lex.org_heads


#: (round 41, enoffices) words before a frame noun after "said in" ("in that case", "in both cases", "in his view")
#: (round 41, enbarecomp) prepositions of a phrase that opens the reported clause after a bare "said" (beside "in" and
#: `content_frame_nouns`): "say during the arrest, the man …", "says outside of 2020, growth …"
_EN_FRAME_PREPOSITIONS = frozenset({"in", "during", "outside", "since", "despite", "following", "amid"})
_EN_FRAME_DETERMINERS = frozenset({"a", "an", "the", "that", "this", "these", "those", "both", "each", "some", "many",
                                   "most", "such", "his", "her", "their", "its", "our", "my", "any", "all"})


def _en_content_frame(ctx: QuoteContext, c: Cue, m: Mention | None, hi: int) -> int | None:
    """English (round 41, enoffices): an "in …" phrase right after a bare "said" whose noun frames the reported clause
    (`content_frame_nouns`: "said in an effort to determine why this is occurring, the province has connected …", "said
    in that case, an alleged impersonator followed …", "said in light of the surge, the department has …"): the first
    token of the clause after the phrase's comma, with its own subject and finite verb; the content opens at "in". None
    otherwise (also after a medium, a place or a quotation: "said in a statement, …")."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.last + 1
    if m is None or m.end >= c.first or k + 3 >= hi or toks[k].text not in _EN_FRAME_PREPOSITIONS or toks[k].quoted \
            or toks[c.first].low not in lex.bare_complement_verbs:
        return None
    n = k + 1
    if toks[k].text == "outside" and toks[n].text == "of":
        n += 1  # "outside of 2020"
    if toks[k].text != "in":
        # (round 41, enbarecomp) an event phrase of the reported clause: "Police say during the arrest, the man banged his
        # head", "The agency says outside of 2020, economic growth in 2023 rose …" (nothing was reported); not a medium
        # or a time of the saying ("said during a news conference, …", "said after the meeting on Monday, …")
        close = next((x for x in range(n, min(hi, n + 10)) if toks[x].quoted or not toks[x].is_word), None)
        if close is None or close == n or any(
                t.low in lex.medium_nouns or t.low.removesuffix("s") in lex.medium_nouns or t.low in lex.time_words
                or t.low in _EN_MONTHS or t.low in lex.cue_verbs or t.low in lex.complementizers or t.low in lex.pronouns
                or t.low in _EN_RECORDS for t in toks[n:close]):
            return None
        n = close - 1
    elif toks[n].low in lex.determiners or toks[n].low in lex.quantifiers or toks[n].low in _EN_FRAME_DETERMINERS:
        n += 1
    if n >= hi or toks[n].quoted or (toks[k].text == "in" and (
            toks[n].text != toks[n].low or toks[n].low not in lex.content_frame_nouns)):
        return None
    comma = next((x for x in range(n + 1, min(hi, n + 16)) if toks[x].quoted or not toks[x].is_word), None)
    if comma is None or toks[comma].text != "," or toks[comma].quoted or comma + 2 >= hi:
        return None
    f = comma + 1
    if not toks[f].is_word or toks[f].quoted or toks[f].low in lex.prepositions or toks[f].low in lex.coordinators \
            or toks[f].low in ("which", "who", "whom", "whose", "where", "when", "while", "if", "as", "because") \
            or (toks[k].text != "in" and (toks[f].low in _EN_MONTHS or toks[f].low in lex.time_words
                                           or toks[f].low in lex.complementizers)):
        return None
    for x in range(f + 1, min(hi, f + 10)):  # the clause's subject, then its finite verb ("the province has", "an
        t = toks[x]  # alleged impersonator followed", "schools will")
        if t.quoted or not t.is_word:
            return None
        if t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.past_verbs or (
                t.low.endswith("ed") and len(t.low) > 4 and toks[x - 1].low not in _EN_FRAME_DETERMINERS
                and toks[x - 1].low not in lex.determiners)):
            return f
    return None


def _en_bracket_after_adjunct(toks, k: int, hi: int, lex) -> int | None:
    """(round 42, entech) The token after a short bracket at k (one to eight words, no quotation, comma or clause mark)
    when "that" or another adjunct's lower-case preposition follows it: the bracket glosses the adjunct before it ("on X
    (formerly Twitter)", "in a filing (PDF)", "Monday (in a post on X)"). None otherwise ("said (and later denied) …")."""
    close = next((x for x in range(k + 1, min(hi, k + 10)) if toks[x].text == ")" or toks[x].quoted
                  or toks[x].text in {"(", ",", ";", ":", ".", "!", "?"}), None)
    if close is None or close == k + 1 or toks[close].text != ")" or toks[close].quoted or close + 1 >= hi:
        return None
    if any(not t.is_word or (t.text == t.low and t.low in lex.cue_verbs) for t in toks[k + 1 : close]):
        return None
    n = toks[close + 1]
    if n.quoted or n.text != n.low or not (n.low == "that" or n.low in ("on", "in", "at", "during", "to")):
        return None
    return close + 1


#: (round 45, enhealth) nouns of a publication whose name may follow them in an adjunct after a cue ("in the journal
#: Nature")
_EN_PUBLICATION_NOUNS = frozenset({"journal", "newspaper", "magazine", "newsletter", "tabloid"})


def _en_commitment_infinitive(toks: list, lex, c: Cue, k: int, hi: int) -> bool:
    """(round 46, enclauses) "to" at k opens the infinitive of a commitment (`infinitive_acts`), no addressee: "She
    promised to cut taxes.", "He vowed to fight back." (the infinitive was skipped as "said to reporters", so the whole
    sentence was the act); a bare verb after it, not a plural or a name ("promised to voters that …", "vowed to
    Congress")."""
    if toks[c.first].low not in lex.infinitive_acts or k + 1 >= hi:
        return False
    v = toks[k + 1]
    return v.is_word and not v.quoted and v.text == v.low and v.low not in lex.stopwords and not v.low.endswith("s") \
        and v.low not in lex.determiners and v.low not in lex.quantifiers and v.low not in lex.not_nouns \
        and v.low not in lex.pronouns and v.low not in lex.time_words


#: (round 47) object pronouns as an addressee before a direct object and its relative "that" (`_en_object_then_relative`):
#: `_EN_OBJECT_PRONOUNS` but "her", which may be a possessive ("voiced her optimism that …")
_EN_OBJECT_PRONOUN_ADDRESSEES = _EN_OBJECT_PRONOUNS - {"her"}
#: (round 47) words that float after a pronoun addressee ("told them all that …", "told us both that …")
_EN_ADDRESSEE_FLOATS = frozenset({"all", "both", "each", "alike", "too", "again", "instead", "directly", "twice"})
#: (round 47) time words after a pronoun addressee before "that" ("told me last week that …", "told us years ago that …")
_EN_TIME_NOUNS_AFTER_ADDRESSEE = frozenset({"last", "this", "next", "week", "month", "year", "night", "morning",
                                           "afternoon", "evening", "weekend", "days", "weeks", "months", "years", "ago"})


def _en_object_then_relative(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """English (round 47): a pronoun addressee and a direct object of one to three plain words right after the cue, then
    "that": the "that" opens the object's relative clause, no content ("He told me things that I knew were not quite
    accurate" reported 'I knew were not quite accurate', "told me stories that made me cry" 'made me cry'); not after
    time words or adverbs ("told me last week that …", "told him privately that …", "told them all that …")."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.last + 1
    if p + 2 >= hi or toks[p].low not in _EN_OBJECT_PRONOUN_ADDRESSEES or toks[p].text != toks[p].low or toks[p].quoted \
            or toks[c.first].low not in lex.addressee_verbs:
        return False  # (only after a verb with an addressee: "voiced her optimism that …" is a possessive)
    for k in range(p + 1, min(hi, p + 5)):
        x = toks[k]
        if x.text == "that" and not x.quoted:
            return k > p + 1
        if not x.is_word or x.text != x.low or x.quoted or x.low in lex.prepositions or x.low in lex.time_words \
                or x.low in lex.skippable or x.low in _EN_TIME_NOUNS_AFTER_ADDRESSEE or x.low.endswith("ly") \
                or x.low in lex.stopwords or x.low in lex.cue_verbs or x.low in lex.auxiliaries \
                or x.low in lex.quantifiers or x.low in _EN_ADDRESSEE_FLOATS:
            return False
    return False


#: (round 48, endebates3) quantifying words before a plain object noun ("said many things that …", "a lot of things")
_EN_THING_QUANTIFIERS = frozenset({"many", "some", "several", "few", "a", "lot", "lots", "of", "so", "too", "these",
                                   "those", "all", "other", "such", "number", "sorts", "kinds", "certain", "different"})


#: (round 48, endebates3) set phrases "to be fair," opening a content clause after "that"
_EN_TO_BE_ASIDES = frozenset({"fair", "honest", "frank", "sure", "clear", "precise", "exact", "blunt", "candid"})


def _en_thing_object_relative(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """English (round 48, endebates3): a plain object noun ("things", "something", "nothing"; en.yaml
    relative_object_nouns and object_relative_heads) right after the cue, after quantifying words or a pronoun or
    plain-noun addressee, then "that"/"which": the clause is the noun's relative, no content ("He said things that he
    later regretted", "She said many things that were untrue", "He told reporters things that were not true"; not
    "He said the things that matter most are jobs", whose object is a clause)."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.last + 1
    if p + 2 < hi and toks[c.first].low in lex.addressee_verbs and toks[p].text == toks[p].low and toks[p].is_word \
            and not toks[p].quoted and (toks[p].low in _EN_OBJECT_PRONOUN_ADDRESSEES or (
                toks[p].low.endswith("s") and toks[p].low not in lex.stopwords and toks[p].low not in _EN_THING_QUANTIFIERS
                and toks[p].low not in lex.relative_object_nouns)):
        p += 1  # an addressee: "told reporters things that …", "told us things that …"
    while p < hi and p < c.last + 6 and toks[p].low in _EN_THING_QUANTIFIERS and toks[p].text == toks[p].low \
            and not toks[p].quoted:
        p += 1
    if p + 1 >= hi or toks[p].quoted or toks[p].text != toks[p].low or not (
            toks[p].low in lex.relative_object_nouns or toks[p].low in lex.object_relative_heads):
        return False
    q = p + 1
    if q + 3 < hi and p > c.last + 1 and toks[p - 1].low in _EN_GAP_DETERMINERS and toks[q + 1].low in lex.subject_pronouns and toks[q + 2].low in lex.cue_verbs \
            and toks[q + 3].text in _EN_GAP_FINITE_BE and not any(t.quoted for t in toks[q : q + 4]):
        return False  # (round 48, endebates4) the relative's own report has the noun as its subject, so the noun phrase
        # opens the content: "He said those things that he said were wrong" (reported only the inner 'were wrong', which
        # stays as the relative's gapped report, as "a ship that they said was carrying weapons", round 48, enrel3)
    return toks[q].low in ("that", "which") and toks[q].text == toks[q].low and not toks[q].quoted


#: (round 48, endebates4) finite forms of "be" right after a relative's speech verb: its subject is the relative's gap
_EN_GAP_FINITE_BE = frozenset({"is", "are", "was", "were"})
#: (round 48, endebates4) determiners of a noun that opens a content with its own relative ("those things that he said
#: were wrong"; not a bare "things that …")
_EN_GAP_DETERMINERS = frozenset({"those", "these", "the", "all"})


def _en_it_before_passive(toks: list, c: Cue, lo: int) -> bool:
    """English: an "it" up to four tokens before the passive cue c, an impersonal passive ("It was announced on Monday
    that …"; round 46, enforms, and round 48, enpassive, with an agent: "It was announced by the ministry on Monday that …")."""
    return any(t.text in ("It", "it") for t in toks[max(lo, c.first - 4) : c.first])


def _en_comma_it_passive(ctx: QuoteContext, c: Cue, lo: int) -> int | None:
    """English: the index of the comma before "it" and the passive auxiliary of cue c ("…, it was reported", "…, it has
    been alleged", "…, it was later claimed"); None otherwise (rounds 48, enpassive and enpassive2)."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.first - 1
    while p > lo and toks[p].text == toks[p].low and (toks[p].low.endswith("ly") or toks[p].low in ("also", "later",
                                                                                                      "now", "been")):
        p -= 1
    perfect = toks[p + 1].low == "been" and toks[p].low in ("has", "had")  # "…, it has been alleged."
    if not (p - 2 > lo and (toks[p].low in lex.passive_auxiliaries or perfect) and toks[p].low != "been"
            and toks[p - 1].text == "it" and toks[p - 2].text == "," and not any(t.quoted for t in toks[p - 2 : c.first])):
        return None
    return p - 2


def _en_parenthetical_it_passive(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> tuple[int | None, int] | None:
    """English (round 48, enpassive2): an agentless impersonal passive between commas after the subject of the clause it
    reports ("The minister, it was reported, had lied about the payments.", "The talks, it is believed, will resume"):
    the first comma's index and the index of the verb after the second, whose clause around it is the content (two
    spans without a speaker, as "The economy, Smith said, is …"; the first index None after a lone sentence adverb, whose
    clause after it is the content); None otherwise (not after a whole clause: "He lied, it
    was said, and nobody believed him."; not a relative or a subordinate clause before it)."""
    toks, lex = ctx.tokens, ctx.lex
    if (comma := _en_comma_it_passive(ctx, c, lo)) is None:
        return None
    k = c.last + 1
    if k + 1 < hi and toks[k].low in ("on", "last", "this") and toks[k].text == toks[k].low:
        k += 1  # a time after it: "…, it was reported on Monday, …", "…, it was alleged last week, …"
    while k < hi and k <= c.last + 3 and toks[k].is_word and not toks[k].quoted and (toks[k].low in lex.time_words or (
            toks[k - 1].low in ("last", "this") and toks[k].low in ("week", "weekend", "month", "year", "night"))):
        k += 1
    if k + 1 >= hi or toks[k].text != "," or toks[k].quoted or toks[k - 1].low in ("on", "last", "this"):
        return None
    v = k + 1
    if comma == lo + 1 and toks[lo].text != toks[lo].low and not toks[lo].quoted and (
            toks[lo].low in lex.skippable or toks[lo].low in lex.subject_adverbs or toks[lo].low in lex.opening_connectives
            or (toks[lo].low.endswith("ly") and toks[lo].low not in lex.ly_nouns)) \
            and toks[v].is_word and not toks[v].quoted and _en_finite(toks, lex, v, hi):
        return None, v  # a lone sentence adverb before it: "However, it was reported, the minister had lied."; (round
        # 48, enpassive3) a connective: "Moreover, it was reported, the minister had lied." (was nothing)
    if lo + 1 < comma <= lo + 6 and toks[lo].text != toks[lo].low and not toks[lo].quoted and (
            toks[lo].low in lex.prepositions or toks[lo].low in ("last", "earlier", "later", "this", "next")) \
            and toks[lo].low not in lex.adverbial_subordinators \
            and all(t.is_word and not t.quoted and t.low not in lex.cue_verbs and t.low not in lex.auxiliaries
                    and t.low not in lex.subject_pronouns for t in toks[lo + 1 : comma]) \
            and not _en_finite(toks, lex, lo + 1, comma) \
            and toks[v].is_word and not toks[v].quoted and _en_finite(toks, lex, v, hi):
        return None, v  # (round 48, enpassive3) an opening prepositional or time phrase before it: "In 2019, it was
        # reported, the minister lied.", "Last year, it was alleged, …" (was nothing; not a clause: "After he lied, …")
    if toks[lo].low in lex.adverbial_subordinators or toks[lo].low in lex.coordinators or not toks[lo].is_word \
            or any(t.quoted or t.text in {",", ";", ":", "(", "—", "–"} for t in toks[lo:comma]) \
            or not _subject_part(ctx, lo, comma) or _en_finite(toks, lex, lo, comma) \
            or not _splits_subject(ctx, lo, v) or not _en_finite_verb(toks[v], lex):
        return None
    return comma, v


def en_time_closes_sentence(toks: list, lex, k: int, hi: int) -> bool:
    """English: from token k, an optional time ("on Monday", "last week", "late Tuesday") and then the sentence's
    closing "." or "!" (the end of a trailing impersonal passive, `_en_trailing_it_passive`; (round 48, enpassive3) also
    of a quotation's passive tag, quote_direct's `_en_passive_tag`)."""
    if k + 1 < hi and toks[k].low in ("on", "last", "this", "late", "early") and toks[k].text == toks[k].low:
        k += 1  # a time after it: "…, it was reported on Monday.", "…, it was alleged last week."
    while k < hi and (toks[k].low in lex.time_words or (toks[k - 1].low in ("last", "this") and toks[k].low in (
            "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening"))) and not toks[k].quoted:
        k += 1
    return k == hi - 1 and toks[k].text in (".", "!") and not toks[k].quoted


def _en_trailing_it_passive(ctx: QuoteContext, c: Cue, lo: int, hi: int, after: int | None = None) -> int | None:
    """English (round 48, enpassive): an agentless impersonal passive closing its sentence after a comma ("The minister
    had lied about the payments, it was reported.", "…, it was alleged on Monday."): the comma's index, whose clause before
    it is the content (without a speaker); None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    if (comma := _en_comma_it_passive(ctx, c, lo)) is None or comma <= lo + 2:
        return None
    p = comma + 2
    k = c.last + 1 if after is None else after  # (round 48, enpassive3) after the agent: "…, it was claimed by critics."
    if after is None and k + 2 < hi and toks[k].low == "by" and toks[k + 1].low in lex.passive_means_nouns \
            and not toks[k + 1].quoted:
        k += 2  # (round 48, enpassive3) a bare means, no agent: "…, it was announced by email." (was nothing)
    if not en_time_closes_sentence(toks, lex, k, hi) or toks[lo].low in lex.adverbial_subordinators:
        return None
    if any(t.text in {";", ":", "\"", "“", "”"} or t.quoted for t in toks[lo : p - 2]) or not toks[lo].is_word or any(
            toks[x].text == "," and toks[x + 1].low in lex.clause_breakers for x in range(lo, p - 3)):
        return None  # not a fragment: "The money, which was stolen, it was reported."
    return p - 2


#: (round 48, enleft6) words after "her" that make it the addressee, not a possessive ("told her the economy …")
_EN_HER_ADDRESSEE_NEXT = frozenset({"the", "a", "an", "this", "these", "those", "his", "their", "its", "our", "no",
                                    # (round 53, seedleft) and a subject pronoun: "They told her it would take a week"
                                    # (the content began at "her")
                                    "it", "he", "she", "they", "we", "I", "you", "there"})


#: (round 49, auditnews6) words that open the reported clause right after an addressee's plural noun
_EN_CLAUSE_AFTER_ADDRESSEE = frozenset({"the", "his", "her", "their", "its", "our", "this", "these", "those", "a", "an"})


def _en_capital_modifier_addressee(toks, lex, n: int, hi: int) -> bool:
    """(round 49, auditnews6) English: the capitalised word at token n, after a lower-case word of the addressee, is a
    modifier of the addressee's plural noun, and the reported clause opens after that noun with a pronoun or a
    determiner ("told visiting Ukrainian officials they would need to …", "told senior Democratic senators the bill
    would pass"; the content had begun at the capital). Not a clause's named subject ("told the farmers China would
    …", "told reporters Britain wants …")."""
    if n + 2 >= hi or not toks[n].is_word or toks[n].quoted or toks[n].text[1:] != toks[n].text[1:].lower():
        return False
    if toks[n - 1].low in _EN_ADDRESSEE_NOUNS or toks[n - 1].low in _EN_OBJECT_PRONOUNS:
        return False  # (round 51, auditnews7) the addressee is complete: "told reporters Britain wants a deal" (the
        # name and its verb were read as a modifier and a plural noun of the addressee; reported nothing)
    noun, nxt = toks[n + 1], toks[n + 2]
    return noun.is_word and not noun.quoted and noun.text == noun.low and noun.low.endswith("s") and len(noun.low) > 3 \
        and noun.low.isalpha() and not noun.low.endswith("ss") and noun.low not in lex.stopwords \
        and noun.low not in lex.cue_verbs and not _en_finite_verb(noun, lex) and not nxt.quoted \
        and nxt.text == nxt.low and (nxt.low in lex.subject_pronouns or nxt.low in _EN_CLAUSE_AFTER_ADDRESSEE)


def _en_skip(ctx: QuoteContext, c: Cue, j: int, hi: int) -> int:
    """The first token after the adjuncts and the addressee that follow an English cue at token j:
    "told [Reuters] [on Monday] …", "said [in a statement] [Tuesday] …", "said [on condition of
    anonymity]". j itself when there are none."""
    toks, lex = ctx.tokens, ctx.lex
    stop = lex.word_set("en_skip_stop", lambda: (  # (speed: the union of 500 words took a tenth of a millisecond)
        lex.pronouns | lex.complementizers | lex.clause_starters | lex.cue_verbs | lex.adjunct_preps | _SUBORDINATORS))
    k = j
    if toks[c.first].low in lex.addressee_verbs and k < hi and toks[k].quoted and not toks[k].is_word \
            and (e := _title_quote_end(toks, k, hi)) > k:
        k = e  # a show as the addressee: 'told "Fox News Sunday" that …'
    elif toks[c.first].low in lex.addressee_verbs and k + 2 < hi and toks[k].text == "her" and not toks[k + 1].quoted \
            and toks[k + 1].text in _EN_HER_ADDRESSEE_NEXT:
        k += 1  # (round 48, enleft6) "her" before an article is the addressee, no possessive: "Voters told her the
        # economy mattered most" (the content began at "her")
    elif toks[c.first].low in lex.addressee_verbs and k + 2 < hi and toks[k].low in lex.indefinite_subjects \
            and toks[k].text == toks[k].low and not toks[k].quoted and not toks[k + 1].quoted \
            and (toks[k + 1].low in lex.subject_pronouns or toks[k + 1].low == "it"
                 or toks[k + 1].text in ("the", "his", "her", "their", "our", "this", "these", "those")):
        k += 1  # (round 48, auditcomments3) an indefinite pronoun as the addressee, before the clause's own subject:
        # "Trump has told everyone he is a billionaire", "The mayor told everybody the budget was balanced" (the content
        # began at "everyone")
    elif toks[c.first].low in lex.addressee_verbs and k < hi and not toks[k].quoted:
        n = k + (toks[k].low in lex.determiners or toks[k].low in lex.quantifiers)
        w = 0
        if n == k and n + 2 < hi and len(toks[n].text) <= 2 and toks[n].text.isdigit() and toks[n + 1].is_cap \
                and toks[n + 1].is_word and not toks[n + 1].quoted:
            # (round 42, enlocal) a local station's number before its name: "told 11 News", "told 13 On Your Side",
            # "told 5 Investigates" (the report was lost)
            n, w = n + 2, 1
            while n < hi and w < 4 and toks[n].is_cap and toks[n].is_word and not toks[n].quoted:
                n, w = n + 1, w + 1
        limit, poss = 4, False
        while n < hi and w < limit and toks[n].is_word and not toks[n].quoted and ((toks[n].low not in stop or (
                # (round 38, enwire) "told state broadcaster CCTV …"
                toks[n].low == "state" and n + 1 < hi and toks[n + 1].low in lex.media_heads))
                and toks[n].low not in lex.determiners and toks[n].low not in lex.prepositions and toks[n].text != "as"
                or poss and toks[n].is_cap) \
                and not (w and n == k + 1 and _en_pronoun_then_quantified_subject(toks, lex, k, hi)) \
                and not (w and toks[n].is_cap and not toks[n - 1].is_cap and toks[n - 1].text not in (".", "!")
                         and not (toks[n - 1].text[0].isdigit() and (toks[n - 2].is_cap or poss))
                         and not _en_capital_modifier_addressee(toks, lex, n, hi)):
            n, w = n + 1, w + 1
            if _en_outlet_possessive(toks[n - 1]) and (toks[n - 1].is_cap or toks[n - 2].is_cap or (
                    toks[n - 1].text[0].isdigit() and toks[n - 1].text[1:2].isupper())):  # (round 44, enlabour) a
                # station's call sign opening with its digit: "told 2GB's Ben Fordham it was …", "told 3AW's Neil …"
                limit, poss = max(limit, w + 3), True  # (round 43, enuk) an outlet's programme or presenter after its possessive: "told BBC
                # Radio 4's Today programme she …", "told BBC Radio 5 Live's Matt Chorley she …", "told RTÉ's This Week
                # programme the talks …" (the content had begun at "programme", "Live's", "This")
            if n + 1 < hi and toks[n].text == "." and toks[n - 1].low in lex.abbreviations and toks[n + 1].is_cap:
                n += 1  # a title's full stop: "asked Mrs. Clinton whether …"
            elif n + 1 < hi and toks[n].text == "." and len(toks[n - 1].text) == 1 and toks[n - 1].text.isupper() \
                    and toks[n - 1].end == toks[n].start and toks[n + 1].is_word and not toks[n].quoted:
                n += 1  # (round 25) an initialism's full stop: "told the U.N. General Assembly that …"
            if n + 1 < hi and toks[n].text == "!" and toks[n - 1].end == toks[n].start and not toks[n].quoted and (
                    toks[n - 1].text in BANG_NAMES or (toks[n - 1].text in BANG_MAGAZINES and toks[n + 1].low == "magazine")):
                n += 1  # (round 24) a name with its "!": "told E! News the pair are …", "told HELLO! she was …"
            if n + 1 < hi and toks[n].text in ("of", "for") and toks[n - 1].is_cap and toks[n + 1].is_cap \
                    and toks[n + 1].is_word and not toks[n + 1].quoted:
                n += 2  # a name with "of": "told The Times of Israel"
            elif _en_org_and(toks, n, hi, lex):
                n += 2  # (round 41, enbusiness) "told the House Energy and Commerce Committee the company would …" (the
                # content began at "Commerce")
        if w and n + 1 < hi and toks[n].is_cap and toks[n].is_word and not toks[n].quoted \
                and toks[n - 1].text == toks[n - 1].low and toks[n - 1].low in lex.media_heads:
            e = n  # (round 38, enwire) an outlet's name after its description: "told state broadcaster China Central
            # Television (CCTV) that …"
            while e < hi and e < n + 5 and toks[e].is_cap and toks[e].is_word and not toks[e].quoted:
                e += 1
            if e < hi and not toks[e].quoted and (toks[e].text == "(" or toks[e].low == "that"):
                n = e
        if w and n < hi and not toks[n].quoted and toks[n - 1].is_cap:
            n = _en_addressee_tail(toks, lex, n, hi)  # (round 38, enwire) "told the Central Committee of the ruling
            # Workers' Party the weapons were …", "told Beijing News (Xinjingbao) that …" (the cue was lost)
        a0 = k + (toks[k].low in lex.determiners or toks[k].low in lex.quantifiers)
        if w >= 2 and n < hi and toks[n].text == toks[n].low and not toks[n].quoted \
                and (toks[n].low in lex.auxiliaries or toks[n].low in lex.past_verbs) \
                and toks[c.first].low not in _EN_OPTIONAL_ADDRESSEE and toks[k].low not in _EN_OBJECT_PRONOUNS \
                and all(x.is_cap and x.is_word for x in toks[a0:n]):
            # (round 24) a named addressee, then the reported clause's named subject and its finite verb: "told The
            # Sun Ferne had been …", "told CNN Trump would lose", "told People Jennifer Aniston was …" (reported
            # nothing): the subject is its first name's part, else the last word
            return next((x for x in range(a0 + 1, n) if lex.is_first_name(toks[x].low)), n - 1)
        if w >= 3 and toks[k].low not in _EN_OBJECT_PRONOUNS and toks[c.first].low not in _EN_OPTIONAL_ADDRESSEE and (
                (toks[a0].low in _EN_ADDRESSEE_NOUNS and toks[a0].text == toks[a0].low) or (a0 == k and toks[a0].is_cap)) \
                and toks[c.first].low != "tell" and (v := next(
                    (x for x in range(a0 + 2, n) if toks[x].text == toks[x].low and _en_past_form(toks[x].low, lex)),
                    None)) is not None and all(_en_subject_word(x, lex) and x.text == x.low for x in toks[a0 + 1 : v]):
            n = a0 + 1  # (round 46, enparen2) one of the usual addressees or a name, then a bare subject and its past
            # verb, as before an auxiliary (round 32): "He told reporters prices rose.", "told Reuters inflation rose" (the
            # addressee ran up to the verb: nothing was reported); not the base form ("I tell the baddest hoes beat it")
        if w and n < hi and toks[n].low in lex.auxiliaries and toks[n].text == toks[n].low and not toks[n].quoted:
            # a finite verb: the words were the reported clause's subject, not an addressee ("warned the strikes
            # are unfair to patients"), unless an object pronoun opens them ("told me new rules were …")
            if toks[k].low not in _EN_OBJECT_PRONOUNS and w >= 2 and toks[a0].low in _EN_ADDRESSEE_NOUNS \
                    and toks[a0].text == toks[a0].low:
                n = a0 + 1  # (round 32) one of the usual addressees, then the clause's bare subject: "Xi told
                # reporters cooperation should continue" (reported nothing)
            elif toks[k].low not in _EN_OBJECT_PRONOUNS:
                # (only where the addressee may be left out: "told the farmers markets would reopen" stays unread)
                w = 0 if toks[c.first].low in _EN_OPTIONAL_ADDRESSEE else w
            elif any(x.low not in lex.stopwords and not x.low.endswith("ly") for x in toks[k + 1 : n]):
                n = k + 1  # (not "telling you differently is …": no subject after the pronoun)
        possessive = w and n > 0 and toks[n - 1].low.endswith(("'s", "’s"))
        if w and n + 1 < hi and toks[n].text in ("'", "’") and not toks[n].quoted and toks[n - 1].low.endswith("s") \
                and toks[n - 1].end == toks[n].start:
            n, possessive = n + 1, True  # a possessive with the apostrophe alone: 'told Fox News' "Sunday Morning Futures"'
            if not toks[n].quoted and toks[n].is_word and toks[n].text == toks[n].low and toks[n].low not in stop:
                n += 1  # 'told Fox News' show'
        if possessive and n < hi and toks[n].quoted:
            n = _title_quote_end(toks, n, hi)  # a show or paper named in quotes: 'told ABC's "This Week" that'
        elif w and n < hi and toks[n].quoted and not toks[n].is_word and toks[n - 1].text == toks[n - 1].low \
                and (toks[n - 1].low in _EN_SHOW_NOUNS or toks[n - 1].low in lex.media_heads):
            n = _title_quote_end(toks, n, hi)  # (round 54, entranscript) a show's noun before its title: 'told the radio
            # program "Michigan Today" last month that …', 'told the podcast "Pod Save America" that …' (reported nothing)
        if w:
            k = n
    for _ in range(5):
        if k >= hi or toks[k].quoted:
            break
        t = toks[k]
        if t.low in ("citing", "quoting") and t.text == t.low and k + 1 < hi and toks[k + 1].is_word \
                and not toks[k + 1].quoted and toks[k + 1].low not in lex.complementizers:
            # (round 47, enaccording) the cue's own source without a comma: "…, Bloomberg reported citing unnamed
            # officials." (the content was "citing unnamed officials"), "reported citing two sources that …"
            e = k + 1
            while e < hi and e - k <= 10 and toks[e].is_word and not toks[e].quoted and toks[e].low != "that" \
                    and toks[e].low not in lex.auxiliaries and toks[e].low not in lex.clause_starters:
                e += 1
            if e < hi and toks[e].is_word and not toks[e].quoted and toks[e].low != "that" and (s := next((
                    x for x in range(e - 1, k + 1, -1) if (toks[x].low in ("the", "a", "an", "he", "she", "it", "they")
                                                           or (toks[x].is_cap and toks[x].text[:1].isalpha()))
                    and toks[x - 1].is_word and not toks[x - 1].quoted and toks[x - 1].text == toks[x - 1].low
                    and (toks[x - 1].low.endswith("s") or toks[x - 1].low == "matter")
                    and toks[x - 1].low not in lex.stopwords and toks[x - 1].low not in lex.prepositions), None)) is not None:
                k = s  # (round 47, enmedia) the clause's subject after the cited source: "Bloomberg reported citing
                continue  # unnamed officials the talks had collapsed" (the content had opened at "citing")
            if e < hi and (toks[e].quoted or (not toks[e].is_word and toks[e].text not in {".", "!", "?", ";"})
                           or (toks[e].is_word and toks[e].low != "that")):
                break  # (a gerund subject: "The ministry said citing the lack of funds was unacceptable.")
            if e - k > 10:
                break
            k = e
            continue
        if (e := _en_occasion_participle_end(ctx, k, hi)) is not None:
            k = e  # (round 49, auditnews5) the occasion of the saying: "…, Smith said while visiting the plant." (lost)
            continue
        if t.text == "(" and k > j and (e := _en_bracket_after_adjunct(toks, k, hi, lex)) is not None:
            k = e  # (round 42, entech) a bracket after the medium, the place or the day: "wrote in a post on X (formerly
            # Twitter) that …", "said in a filing (PDF) that …", "said Monday (in a post on X) that …" (reported nothing)
            continue
        if t.text == "," and (e := _en_comma_date_end(toks, k, hi)) is not None:
            k = e  # (round 41, endates) a weekday's date after a comma: "said during his briefing on Thursday, April 9
            # that …", "told reporters Sunday, May 3, 2020 that …" (reported nothing)
            continue
        if k + 3 < hi and t.text.isdigit() and len(t.text) <= 2 and toks[k + 1].text in ("–", "—") \
                and toks[k + 2].text.isdigit() and len(toks[k + 2].text) <= 2 and t.end == toks[k + 1].start \
                and toks[k + 1].end == toks[k + 2].start and toks[c.first].low in lex.that_only_cues \
                and toks[k + 3].low in ("that", "on", "in") and not toks[k + 3].quoted:
            k += 3  # (round 41, endates) a court's tally with an en dash: "ruled 2–1 that …" (as "ruled 2-1 that …")
            continue
        if t.low == "at" and k + 1 < hi and toks[k + 1].low in ("least", "most"):
            break  # an approximator opens the content: "said at least 12 civilians were killed"
        if t.is_cap and t.low in _EN_DAYS and k + 1 < hi and not toks[k + 1].quoted \
                and toks[k + 1].low[-2:] in ("'s", "’s") and toks[k + 1].low[:-2] in _EN_TIME_NOUNS:
            break  # (round 43, encrime) a day's part in the possessive opens the content's subject: "Neighbors say
            # Thursday night's shootout was …" (the content began at "night's")
        if t.low in ("early", "late", "earlier") and t.text == t.low and k + 1 < hi and toks[k + 1].is_word \
                and not toks[k + 1].quoted and toks[k + 1].low not in _EN_DAYS and toks[k + 1].low not in _EN_TIME_FOLLOWERS \
                and not toks[k + 1].text[:1].isdigit() and not (toks[k + 1].is_cap and toks[k + 1].low in _EN_MONTHS):
            break  # (round 27) an adjective of the content's subject: "said early evidence pointed toward …" (nothing)
        if t.text == "to" and k + 2 < hi and toks[k + 1].is_word and toks[k + 1].text == toks[k + 1].low \
                and not toks[k + 1].quoted and toks[k + 1].low not in lex.stopwords and not toks[k + 1].low.endswith("s") \
                and toks[k + 2].text == toks[k + 2].low and toks[k + 2].low in lex.determiners | {"a", "an"}:
            break  # (round 35) an infinitive, no adjunct: "told officials to close the park that opened in May" (the
            # relative clause was the content)
        if t.low in ("early", "late") and t.text == t.low and k + 2 < hi and toks[k + 1].low in ("on", "in") \
                and toks[k + 1].text == toks[k + 1].low and not toks[k + 2].quoted \
                and (toks[k + 2].low in _EN_DAYS or toks[k + 2].low in lex.determiners):
            k += 1  # (round 35) the adverb before a time phrase: "Politico reported late on Sunday, citing …" (the
            # content had run on to "Sunday")
            continue
        if (t.low in lex.adjunct_preps and t.text == t.low and (t.low != "to" or toks[c.first].low in lex.inversion_cues
                                                                and not _en_commitment_infinitive(toks, lex, c, k, hi))) or (
                # (round 43, enleftovers) "over" before a definite phrase: "…, the mayor said over the weekend.", "said
                # over the phone that …" (the report was lost); not a quantity ("said over 100 people", "over a third")
                t.text == "over" and k + 2 < hi and toks[k + 1].text in _EN_OVER_DETERMINERS and toks[k + 2].is_word
                and not toks[k + 2].quoted and toks[k + 2].text == toks[k + 2].low and toks[k + 2].low not in _EN_SHARE_WORDS
                and _en_over_phrase_closed(toks, k + 2, hi)):
            # ("to" only after said-type cues: "said to reporters", not "suggest to anyone reading …")
            n = k + 1
            if n < hi and (toks[n].low in lex.determiners or toks[n].low in lex.quantifiers):
                n += 1
            w = 0
            titled = n < hi and toks[n].quoted and not toks[n].is_word and (e := _title_quote_end(
                toks, n, hi, numbered=toks[n - 1].low in EN_TITLE_OWNERS)) > n
            if titled:
                n, w = e, 1  # (round 25) a show named in quotes: 'said on "Meet the Press" that …' (reported nothing)
            while not titled and n < hi and w < 6 and not toks[n].quoted and (toks[n].is_word or (
                    # (round 27) an abbreviated month's full stop: "said on Aug. 5 that …" (reported nothing)
                    toks[n].text == "." and toks[n - 1].low in _EN_MONTHS and toks[n - 1].is_cap
                    and toks[n - 1].end == toks[n].start) or _en_clock_dot(toks, n)) and (
                    _en_clock_part(toks, n)  # (round 54, entranscript) "said in its 9 a.m. advisory that …"
                    or toks[n].low not in stop or toks[n - 1].low in lex.determiners and toks[n].low in lex.cue_verbs
                    # (round 22) a capitalised word is a name's: "said at Ohio State University"; a noun after "own":
                    # "said in its own tweet that …"
                    or (toks[n].is_cap and toks[n].low in lex.cue_verbs and w)
                    or (toks[n].low in lex.cue_verbs and toks[n - 1].low == "own")
                    # (round 47, enaccording) a medium's participle after its noun, a reduced relative: "…, the company
                    # said in a statement posted online.", "…, Putin said in remarks reported by Interfax." (the report
                    # was lost: the participle was taken for a verb)
                    or (w and en_medium_participle(toks, n, lex))
                    # (round 47, enaccording) "state" before a media noun: "said in remarks carried by state media.",
                    # "said on state television.", "by the state news agency" (the report was lost at the cue "state")
                    or (toks[n].text == "state" and n + 1 < hi and (toks[n + 1].low in lex.media_heads or toks[n + 1].low == "news")
                        and toks[n + 1].text == toks[n + 1].low and toks[n - 1].text == toks[n - 1].low)
                    # (round 26) a plural noun right after the preposition: "said in remarks to reporters …"
                    or (w == 0 and toks[n].low in lex.noun_like_cues and toks[n].low.endswith("s") and toks[n].text == toks[n].low
                        and toks[n - 1].low in ("in", "during"))
                    or w and toks[n].low in lex.noun_like_cues and toks[n - 1].text == toks[n - 1].low
                    and toks[n - 1].low not in lex.stopwords
                    # (round 40, enpolicy) a medium noun that is also a cue verb after its modifier or "of": "said in an
                    # earlier tweet that …", "in a late-night tweet", "in a series of tweets that …" (nothing was found)
                    or (w and toks[n].text == toks[n].low and toks[n - 1].text == toks[n - 1].low
                        and toks[n].low.removesuffix("s") in lex.medium_nouns
                        and (toks[n - 1].low == "of" or toks[n - 1].low not in lex.stopwords
                             or toks[n - 1].low in lex.cue_noun_adjectives))
                    # (round 45, enenergy) a month or a day naming the medium after the article: "the IEA said in its
                    # July report.", "OPEC said in its June report that …" (the report was lost)
                    or (w == 1 and toks[n].text == toks[n].low and toks[n - 1].is_cap
                        and (toks[n].low.removesuffix("s") in lex.medium_nouns or toks[n].low in lex.noun_like_cues)
                        and (toks[n - 1].low in _EN_MONTHS or toks[n - 1].low in _EN_DAYS)
                        and toks[n - 2].low in lex.determiners)
                    or (toks[n].low in lex.cue_noun_adjectives and toks[n].text == toks[n].low and n + 1 < hi
                        and not toks[n + 1].quoted and toks[n + 1].text == toks[n + 1].low
                        and toks[n + 1].low.removesuffix("s") in lex.medium_nouns)
                    # (round 42, enwire3) a time adjective after the article: "said in an early estimate that …", "in
                    # its late edition" (reported nothing)
                    or (toks[n].low in _EN_TIME_ADJECTIVES and toks[n].text == toks[n].low and toks[n - 1].low in lex.determiners
                        and n + 1 < hi and toks[n + 1].is_word and not toks[n + 1].quoted and toks[n + 1].text == toks[n + 1].low
                        and toks[n + 1].low not in lex.complementizers and toks[n + 1].low not in lex.pronouns)) \
                    and not (toks[n].low in lex.determiners and toks[n - 1].low not in lex.postmodifiers
                             and not (toks[n].text == "The" and toks[n - 1].low in _EN_PUBLICATION_NOUNS)
                             and not _en_clock_part(toks, n)) \
                    and not (w and toks[n].is_cap and not toks[n - 1].is_cap
                             and toks[n - 1].low not in lex.postmodifiers | lex.determiners
                             # (round 45, enhealth) a publication's name after its noun: "the researchers wrote in the
                             # journal Nature", "said in the medical journal JAMA" (the attribution was lost)
                             and toks[n - 1].low not in _EN_PUBLICATION_NOUNS
                             # (round 41, enbusiness) "said in a filing with the Securities and Exchange Commission it
                             # would …" (the content began at "Exchange")
                             and not _en_org_and(toks, n - 1, hi, lex)):
                n, w = n + 1, w + (toks[n].text != "and" or not _en_org_and(toks, n, hi, lex))
                if toks[n - 1].low in lex.skippable and toks[n - 1].low not in _EN_ORDINALS and not (
                        # (round 40, enpolicy) an adjective of a medium noun: "said in an earlier tweet that …"
                        toks[n - 1].low in lex.cue_noun_adjectives and n < hi and not toks[n].quoted
                        and toks[n].text == toks[n].low and toks[n].low.removesuffix("s") in lex.medium_nouns) and not (
                        # (round 35) a day as the noun's modifier: "said in a Friday statement", "in a Tuesday court
                        # filing" (reported nothing)
                        w == 1 and toks[n - 1].is_cap and toks[n - 1].low in _EN_DAYS and toks[n - 2].low in lex.determiners
                        and n + 1 < hi and toks[n].is_word and not toks[n].quoted and toks[n].text == toks[n].low
                        and toks[n].low not in stop and toks[n].low not in lex.prepositions):  # "on Tuesday": a day ends it
                    if n + 1 < hi and toks[n].text in ("morning", "afternoon", "evening", "night") and toks[n - 1].low in _EN_DAYS \
                            and toks[n + 1].low not in lex.auxiliaries:
                        n += 1  # (round 33) with its part: "told me on Tuesday night he is …" (the content began at "night")
                    break  # (round 22: not an ordinal inside the phrase, "during the first meeting" reported nothing)
                if n < hi and toks[n].low in _EN_TIME_CLAUSE and _en_time_clause_that(ctx, n, hi) is not None:
                    break  # "said in a statement [as the vote began] that …"
            if not w:
                break
            if n < hi and toks[n].quoted and toks[n - 1].low.endswith(("'s", "’s")):
                n = _title_quote_end(toks, n, hi)  # a show after its network: 'said on CNN's "State of the Union" that'
            if t.low == "to" and not (n >= hi or toks[n].text in {",", ";", ".", "!", "?"} or toks[n].low == "that" or (
                    # (round 47, enobjrel) a question after its addressee: "asked in a letter to the minister whether
                    # the funds had been spent" (reported nothing)
                    toks[n].low in ("whether", "if") and toks[n].text == toks[n].low and toks[c.first].low in _EN_ASKED) or (
                    # (round 26) another adjunct after the addressee: "said in remarks to reporters at the Justice
                    # Department that …" (nothing was reported)
                    toks[n].low in ("at", "in", "on") and toks[n].text == toks[n].low and toks[c.first].low in _EN_FINITE_SAY
                    and any(x.low == "that" for x in toks[n + 1 : min(hi, n + 8)])) or (
                    # (round 26) a bare clause after the addressee: "said in a letter to lawmakers the government will …"
                    toks[c.first].low in _EN_FINITE_SAY and toks[n].low in ("the", "he", "she", "they", "it", "we")
                    and (toks[n - 1].low in _EN_ADDRESSEE_NOUNS or (toks[n - 1].is_cap and toks[n - 1].is_word))
                    and _en_clause_start(toks[n], lex) and _en_finite(toks, lex, n, hi))):
                break  # "said to reporters that …", "…, he said to reporters.": not "responded to a question a week ago"
            k = n
        elif (e := _en_time_np(toks, k, hi)) is not None:
            k = e  # a bare time phrase: "said the next day", "told reporters last week", "said that night"
        elif (e := _en_relative_gap_time_end(ctx, c, k, hi)) is not None:
            k = e  # (round 50, enleft16) the cue's time in a relative with a subject gap: "the deal, which Bloomberg
            # reported last week was attracting interest" reports 'was attracting interest' (was from "last week")
        elif t.low in ("now", "then", "today", "tonight", "tomorrow", "yesterday") and t.text == t.low and k + 1 < hi \
                and toks[k + 1].low in ("is", "was", "would", "will") and toks[k + 1].text == toks[k + 1].low:
            break  # (round 33) the adverb is the content's subject: "said now was the time to unite" (lost "now")
        elif t.low in _EN_TIME_CLAUSE and t.text == t.low and (th := _en_time_clause_that(ctx, k, hi)) is not None:
            return th  # a time clause before "that": "said in a statement as the vote began that …"
            # (round 38, enaddr: before the skippable words, "as" among them: "told reporters as he left the chamber that …")
        elif t.low in lex.skippable and t.low not in lex.auxiliaries and t.low not in lex.negations and not (
                # (round 24) "further" before a noun is its determiner: "said further charges may arise" (lost "further")
                t.low in ("further", "more") and k + 1 < hi and toks[k + 1].is_word and not toks[k + 1].quoted
                and toks[k + 1].low not in lex.complementizers) and not (
                # (round 54, enleft) "later"/"earlier" as the adjective of a compound plural subject: "Critics say later
                # start times just mean later bedtimes" (reported nothing)
                t.low in ("later", "earlier") and t.text == t.low and k + 3 < hi
                and _en_compound_noun_word(toks[k + 1], lex) and _en_plural_then_verb(toks, lex, k + 2, hi)):
            k += 1
        elif t.text == "here" and k + 1 < hi and not toks[k + 1].quoted and (
                not toks[k + 1].is_word or toks[k + 1].low in lex.time_words or toks[k + 1].low in lex.adjunct_preps
                or toks[k + 1].low == "that"):
            k += 1  # (round 30) the wire's place: "…, the minister said here Tuesday." (reported nothing; not "said here
            # is the problem")
        else:
            break
    return k


#: (round 49, auditnews5) subordinators of a participle phrase naming the occasion of a saying ("said while visiting …")
_EN_OCCASION_OPENERS = frozenset({"while", "after", "before", "when"})


def _en_occasion_participle_end(ctx: QuoteContext, k: int, hi: int) -> int | None:
    """English (round 49, auditnews5): tokens from k are a lower-case "while"/"after"/"before"/"when" and an -ing
    participle with its object up to a comma or the sentence end ("…, Smith said while visiting the plant.", "…, she
    told reporters after meeting the mayor, …"): the index of that punctuation; None otherwise (not before a quotation,
    a relative word or "that": "said while visiting the plant that …")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    if t.low not in _EN_OCCASION_OPENERS or t.text != t.low or t.quoted or k + 1 >= hi:
        return None
    p = toks[k + 1]
    if p.quoted or not p.is_word or p.text != p.low or not p.low.endswith("ing") or len(p.low) < 6 \
            or p.low in lex.stopwords:
        return None
    for x in range(k + 2, min(hi, k + 14)):
        w = toks[x]
        if w.quoted or w.low in ("that", "which", "who", "whom", "whose") or w.text in {":", "(", ")"}:
            return None
        if w.text in {",", ";", ".", "!", "?", "—", "–"}:
            return x
        if w.text == w.low and (w.low in lex.auxiliaries or w.low in lex.cue_verbs):
            return None
    return hi if k + 14 >= hi else None  # the sentence ended within the window, no punctuation before it


def _en_outlet_description(ctx: QuoteContext, m: Mention, c: Cue, lo: int, hi: int) -> int | None:
    """English (round 38, enwire): the comma before a news outlet's description before its name in a trailing
    attribution ("…, state news agency Xinhua reported.", "…, Chinese state media outlet CCTV reported on Sunday.",
    "…, the official South Korean news agency Yonhap reported.", "…, state broadcaster CCTV said."): a determiner, then
    lower-case words or demonyms ending in an outlet's head noun (`media_heads`, `org_heads`, `company_descriptions`),
    then the name, the cue and at most four words before the sentence's end or a comma; else None."""
    toks, lex = ctx.tokens, ctx.lex
    h = toks[m.first - 1] if m.first - 1 > lo else None
    if h is None or h.quoted or h.text != h.low or not (
            h.low in lex.media_heads or h.low in lex.org_heads or h.low in lex.company_descriptions):
        return None
    pc = m.first - 1
    while pc > lo and pc >= m.first - 8 and toks[pc].is_word and not toks[pc].quoted and (
            toks[pc].is_cap or (toks[pc].low not in lex.prepositions and toks[pc].low not in lex.auxiliaries
                                and (toks[pc].low not in lex.cue_verbs or toks[pc].low == "state")
                                and toks[pc].low not in lex.complementizers and toks[pc].low not in lex.coordinators
                                and (toks[pc].low not in lex.determiners or toks[pc - 1].text == ",")
                                and toks[pc].low not in lex.not_nouns)):
        pc -= 1
    if pc <= lo or toks[pc].text != "," or toks[pc].quoted or toks[pc + 1].low in lex.possessives:
        return None
    n = c.last + 1
    while n < hi and n <= c.last + 4 and toks[n].is_word and not toks[n].quoted:
        n += 1
    if n < hi and (toks[n].text not in {".", "!", "?", ","} or toks[n].quoted):
        return None
    return pc


def _en_outlet_possessive(t) -> bool:
    """(round 43, enuk) English: a possessive word of an addressee ("BBC's", "4's", "Live's"), not quoted."""
    return not t.quoted and t.is_word and t.low.endswith(("'s", "’s")) and len(t.low) > 2


def _en_addressee_tail(toks, lex, n: int, hi: int) -> int:
    """English (round 38, enwire): the end of a named addressee's tail at token n: an "of"-phrase with its article and
    at most two lower-case adjectives before a capitalised name ("the Central Committee [of the ruling Workers'
    Party]"), then an acronym or an alias in brackets ("China Central Television [(CCTV)]", "Beijing News
    [(Xinjingbao)]"); n itself when there is none."""
    if n + 2 < hi and toks[n].text == "of" and not toks[n].quoted:
        x = n + 1 + (toks[n + 1].text == "the")
        a = 0
        while x < hi and a < 2 and toks[x].is_word and not toks[x].quoted and toks[x].text == toks[x].low \
                and toks[x].low not in lex.prepositions and toks[x].low not in lex.determiners \
                and toks[x].low not in lex.stopwords and toks[x].low not in lex.cue_verbs:
            x, a = x + 1, a + 1
        e = x
        while e < hi and e < x + 5 and not toks[e].quoted and (toks[e].is_word and toks[e].is_cap or (
                toks[e].text in ("'", "’") and e > x and toks[e - 1].low.endswith("s") and toks[e - 1].end == toks[e].start)):
            e += 1
        if e > x and toks[e - 1].is_cap or (e > x + 1 and toks[e - 1].text in ("'", "’")):
            n = e
    if n + 2 < hi and toks[n].text == "(" and not toks[n].quoted:
        e = next((x for x in range(n + 1, min(hi, n + 6)) if not toks[x].is_word), None)
        if e is not None and e > n + 1 and toks[e].text == ")" and toks[n + 1].is_cap:
            n = e + 1
    return n


#: (round 44, enmideast) irregular past forms that open a relative clause right after its "that"
_EN_RELATIVE_PAST = frozenset({"came", "went", "gave", "took", "made", "left", "became", "began", "brought", "showed",
                               "drew", "met", "ran", "set", "put", "led", "held", "saw", "sent"})


#: (round 49, auditnews3) adverbs between a narrated act's subject and its verb
_EN_NARRATION_ADVERBS = frozenset({"then", "also", "later", "again", "once", "still", "first", "soon", "finally"})


def _en_agent_cites(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """English (round 49, auditnews3): "citing" at c follows a comma after a sentence-opening clause whose subject (a
    capitalised or determined noun phrase) acts in a simple past verb that reports nothing ("The senator then turned to
    the question of funding, citing an audit"): the subject cites, "citing" names no source of that clause."""
    toks, lex = ctx.tokens, ctx.lex
    comma = c.first - 1
    if comma <= lo + 1 or toks[comma].text != "," or toks[comma].quoted or not toks[lo].is_cap or toks[lo].quoted:
        return False
    if toks[lo].low in lex.prepositions or toks[lo].low in lex.adverbial_subordinators or toks[lo].low in ("it", "there"):
        return False
    for k in range(lo + 1, min(comma, lo + 9)):
        v = toks[k]
        if not v.is_word or v.quoted:
            return False
        if v.text == v.low and (_en_finite_verb(v, lex) or v.low in lex.cue_verbs):
            return v.low not in lex.auxiliaries and v.low not in lex.cue_verbs and toks[k - 1].low != "to" \
                and not any(t.quoted for t in toks[lo:comma]) and (any(  # an agent: a name, a title, a body, people
                    lex.is_title(t.low) or t.low in lex.org_heads or t.low.endswith(("ers", "ists", "ians", "ors"))
                    or (t.is_cap and x > lo) for x, t in enumerate(toks[lo:k], lo))
                    or any(lo <= pos < k for pos, _ in ctx.ents.names) or toks[lo].low in ctx.ents.by_surname
                    or lex.is_first_name(toks[lo].low))  # (a capital opening the sentence: a name)
    return False


def _en_relative_present(toks, lex, n: int, hi: int) -> bool:
    """English (round 49, auditnews5): token n, right after "that" after an object, is a verb in the present of a
    relative clause ("details of the tour that opens in Denver", "a plan that includes tax cuts"): a lower-case -s form
    (no "-ss", "-us", "-is") before a preposition, a determiner, an -ly adverb or a number, with no auxiliary or past
    verb after it in its clause (not a plural noun as the content's subject: "warned the board that costs would rise",
    "that prices in Europe rose")."""
    t = toks[n]
    w = t.low
    if t.quoted or not t.is_word or t.text != w or len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) \
            or w in lex.stopwords or w in lex.prepositions or w in lex.determiners or w in lex.pronouns \
            or n + 1 >= hi or not toks[n + 1].is_word or toks[n + 1].quoted:
        return False
    o = toks[n + 1]
    if not (o.text == o.low and (o.low in lex.prepositions or o.low in lex.determiners or o.low.endswith("ly"))
            or o.text[:1].isdigit()):
        return False  # its object or adjunct follows, no verb: "that prices remain high" is a clause
    for x in range(n + 1, hi):
        u = toks[x]
        if u.quoted or u.text in {",", ";", ":", ".", "!", "?"}:
            break
        if u.text == u.low and (u.low in lex.auxiliaries or u.low in lex.past_verbs or (u.low.endswith("ed") and len(u.low) > 4)):
            return False
    return True


def _en_relative_verb(t, lex) -> bool:
    """English (round 44, enmideast): token t, right after "that", is a finite verb in the past of a relative clause
    ("a statement that followed …", "that came hours after …"), not a content's subject."""
    if t.quoted or not t.is_word or t.text != t.low:
        return False
    w = t.low
    if w in lex.determiners or w in lex.pronouns or w in lex.prepositions or w in lex.stopwords and w not in (
            "was", "were", "had"):
        return False
    return w in _EN_RELATIVE_PAST or w in ("was", "were", "had") or (
        w.endswith("ed") and len(w) > 4 and w not in lex.cue_verbs)


def _en_dashed_aside_start(ctx: QuoteContext, c: Cue, a: int, b: int, lo: int, hi: int) -> int:
    """English (round 51, enarticles7): the start of the content a before a trailing attribution, moved after the dash
    or bracket that opens an aside when the attribution closes it with its pair: "Colin Whitby — no relation, he
    insists — runs the shop." reports "no relation" (was "Colin Whitby — no relation"), as "The shop (a landmark, she
    says) is closing." does "a landmark". Unchanged when the content is not before the cue or no such pair holds it."""
    toks = ctx.tokens
    if b > toks[c.first].start:
        return a
    opened: list[int] = []  # the dashes and brackets open at x, innermost last
    for x in range(lo, c.first):
        t = toks[x]
        if t.start < a or t.quoted:
            continue
        if t.start >= b:
            break
        shut = "(" if t.text == ")" else t.text if t.text in _EN_PAIRED_DASHES else None
        if shut is not None and any(toks[o].text == shut for o in opened):
            # a pair closed before the content ends, with what opened inside it: "Smith — a lawyer (retired) — said …"
            # (round 51, review2: the closing dash was tested after "a dash opens", so it opened an aside itself)
            while toks[opened.pop()].text != shut:
                pass
        elif t.text == ")":
            opened.clear()  # (a bracket closing nothing this content opened ends every aside, as before)
        elif t.text in _EN_PAIRED_DASHES or t.text == "(":
            opened.append(x)
    op = opened[-1] if opened else None
    if op is None or op + 2 >= c.first or toks[op + 1].start >= b:
        return a
    last = max(c.last, c.speaker.end if c.speaker is not None and c.speaker.first > c.last else c.last)
    n = last + 1
    while n < hi and n <= last + 5 and toks[n].is_word and not toks[n].quoted:
        n += 1  # (an adjunct after the cue: "he insists firmly —")
    close = ")" if toks[op].text == "(" else toks[op].text
    return toks[op + 1].start if n < hi and toks[n].text == close and not toks[n].quoted else a


def _trailing_cue_end(toks, k: int, hi: int) -> bool:
    """At most four words (an addressee, an adjunct) after the cue at token k, then the sentence's end."""
    n = k + 1
    while n < hi and n <= k + 4 and toks[n].is_word and not toks[n].quoted:
        n += 1
    return n >= hi or (toks[n].text in {".", "!", "?"} and not toks[n].quoted)


def _en_partial_quote_close(toks, lex, c, m, lo: int) -> int | None:
    """English (round 37, w6): a trailing attribution right after a partial quotation that closes with a comma inside
    its mark, the writer's words before the quotation: the closing mark's token, when between it and the cue there is
    only a role before the speaker's name ('…, "a slap in the face," resident Joan Smith said') or nothing, the speaker
    after the verb ('…, "dead on arrival," said Sen. Mark Hall'); else None."""
    if m is None or toks[lo].quoted:
        return None
    if m.first > c.last:
        k = c.first - 1  # the verb first
    elif m.end < c.first and m.kind == "name":
        k = m.first - 1  # a role before the name, in lower case ("resident", "council member", "board member")
        while k > lo and k >= m.first - 3 and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low \
                and toks[k].low not in lex.determiners and toks[k].low not in lex.stopwords:
            k -= 1
        if k == m.first - 1:
            return None  # nothing between: the branch before
    else:
        return None
    if not (k - 1 > lo and toks[k].quoted and not toks[k].is_word and toks[k - 1].text == "," and toks[k - 1].quoted):
        return None
    q = k - 1
    while q > lo and toks[q - 1].quoted:
        q -= 1  # the opening mark
    # the quotation follows words of the writer's own clause (not a comma, colon or a quotation of a whole sentence:
    # 'Asked about the vote, "It was fair," said Smith.')
    return k if q - 1 > lo and toks[q - 1].is_word and not toks[q - 1].quoted and toks[q].text in _OPENING_MARKS else None


_OPENING_MARKS = frozenset({'"', "“", "„", "«", "»", "‘", "'"})

def _en_comma_date_end(toks, k: int, hi: int) -> int | None:
    """English (round 41, endates): at the comma k after a capitalised weekday, the index of "that" after a month's
    date ("Thursday, April 9", "Sunday, Aug. 2", with a year: "Monday, March 2, 2020"); else None (only before "that":
    "said Thursday, April 9 was …" stays unread)."""
    if k < 1 or k + 3 >= hi or not (toks[k - 1].is_cap and toks[k - 1].low in _EN_DAYS) or toks[k - 1].quoted:
        return None
    m = toks[k + 1]
    if not (m.is_cap and m.low in _EN_MONTHS) or m.quoted:
        return None
    e = k + 2
    if toks[e].text == "." and toks[e].start == m.end:
        e += 1  # an abbreviated month: "Aug. 2"
    if e >= hi or not (toks[e].text.isdigit() and len(toks[e].text) <= 2):
        return None
    e += 1
    if e + 1 < hi and toks[e].text == "," and toks[e + 1].text.isdigit() and len(toks[e + 1].text) == 4:
        e += 2
    return e if e < hi and toks[e].text == "that" and not toks[e].quoted else None


#: English ordinals that are adjectives inside an adjunct ("during the first meeting")
_EN_ORDINALS = frozenset({"first", "second", "third", "last", "final", "next"})

#: English time nouns of a bare time phrase after a cue ("the next day", "last week", "that night")
_EN_TIME_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"})
_EN_TIME_MODIFIERS = frozenset({"next", "following", "previous", "same", "last", "this", "that", "other"})
#: (round 41, enbarecomp) time nouns of a time phrase inside a reported clause's subject ("revenue last quarter rose")
_EN_PERIOD_NOUNS = _EN_TIME_NOUNS | {"quarter"}


#: (round 40, enacts3) words that can stand alone after a demonstrative "that" object ("said that again", "said that
#: last week too", "has said that many times")
_EN_AFTER_THAT_OBJECT = frozenset({"too", "again", "before", "earlier", "already", "also", "either", "as", "well", "often",
                                   "repeatedly", "recently", "publicly", "privately", "yesterday", "today", "tonight",
                                   "once", "twice", "many", "times", "several"})


def _en_demonstrative_rest(toks, k: int, hi: int) -> bool:
    """English (round 40, enacts3): the words from k (after "that") to the sentence end are only a time phrase ("last
    week", "earlier this month") and adverbs of time or repetition ("too", "again", "before", "many times"): "that"
    was a demonstrative object, and no clause follows."""
    n, words = k, 0
    while n < hi:
        t = toks[n]
        if t.quoted:
            return False
        if not t.is_word:
            if t.text not in {".", "!", "?", ","}:
                return False
            n += 1
            continue
        if n + 1 < hi and t.text == t.low and t.low in _EN_TIME_MODIFIERS and toks[n + 1].text == toks[n + 1].low \
                and toks[n + 1].low in _EN_TIME_NOUNS and not toks[n + 1].quoted:
            n, words = n + 2, words + 1  # "last week", "this morning"
            continue
        if t.is_cap and t.low in _EN_DAYS and n > k:
            n, words = n + 1, words + 1  # "again Monday"
            continue
        if t.text != t.low or t.low not in _EN_AFTER_THAT_OBJECT:
            return False
        n, words = n + 1, words + 1
    return words > 0


def _en_relative_gap_time_end(ctx: QuoteContext, c: Cue, k: int, hi: int) -> int | None:
    """English (round 50, enleft16): the cue closes an object relative after its pronoun ("…, which Bloomberg reported
    …", "the plan that critics said …") and a bare time phrase at k ("last week", "this month", "yesterday", "Monday")
    runs up to a lower-case finite verb: the relative's predicate, its subject the gap ("which Bloomberg reported last
    week was attracting interest"), so the time is the cue's. Returns the verb's index, else None (not "He said last
    week was a disaster": no relative)."""
    toks = ctx.tokens
    m = c.speaker
    if c.kind != "verb" or m is None or m.kind == "relative" or m.end + 1 != c.first or m.first < 1:
        return None
    r = toks[m.first - 1]
    if r.low not in _EN_RESTRICTIVE_RELATIVES or r.text != r.low or r.quoted:
        return None
    e = k
    if e + 1 < hi and toks[e].text == toks[e].low and toks[e].low in _EN_TIME_MODIFIERS \
            and toks[e + 1].text == toks[e + 1].low and toks[e + 1].low in _EN_TIME_NOUNS:
        e += 2
    elif e < hi and toks[e].low in _EN_DAYS and (toks[e].is_cap or toks[e].text == toks[e].low):
        e += 1
    else:
        return None
    if e >= hi or any(t.quoted for t in toks[k : e + 1]):
        return None
    v = toks[e]
    return e if v.is_word and v.text == v.low and v.low in _EN_FINITE_STARTS else None


def _en_time_np(toks, k: int, hi: int) -> int | None:
    """English: the token after a bare time phrase opening at k ("the next day", "last week", "that night",
    "earlier this month"), followed by punctuation, "that" or the sentence end; else None."""
    n = k
    if n < hi and toks[n].low in _EN_TIME_ADJECTIVES and toks[n].text == toks[n].low:
        n += 1
    if n < hi and toks[n].low == "the" and toks[n].text == "the":
        n += 1
    if n + 1 < hi and toks[n].low in _EN_DAYS and toks[n].is_cap and toks[n + 1].low in _EN_TIME_NOUNS \
            and toks[n + 1].text == toks[n + 1].low:
        e = n + 2  # (round 22) a day's part: "said Tuesday morning" (the report was lost)
    elif not (n + 1 < hi and toks[n].low in _EN_TIME_MODIFIERS and toks[n].text == toks[n].low
              and toks[n + 1].low in _EN_TIME_NOUNS and toks[n + 1].text == toks[n + 1].low):
        return None
    else:
        e = n + 2
    if e < hi and not toks[e].quoted and toks[e].is_word and toks[e].low != "that" and not (
            # (round 26) a new subject after it: "said Tuesday night Geithner had …", "said last week the levees had …"
            # (the phrase was the content's first words)
            e + 1 < hi and toks[e + 1].is_word and not toks[e + 1].quoted
            and (toks[e].low in ("the", "a", "an", "he", "she", "they", "it", "we", "i") or (
                toks[e].is_cap and toks[e].low not in _EN_DAYS and toks[e + 1].text == toks[e + 1].low) or (
                # (round 37, e6) a name of two or three words: "confirmed this morning Sinn Féin is tabling the motion"
                # (the content began at "this")
                toks[e].is_cap and toks[e].low not in _EN_DAYS and toks[e + 1].is_cap
                and (v := next((x for x in range(e + 2, min(hi, e + 4)) if not toks[x].is_cap), None)) is not None
                and toks[v].is_word and not toks[v].quoted and toks[v].text in _EN_FINITE_AUX))):
        return None  # "said that night had been the worst …": the phrase opens the content
    return e
_EN_TIME_CLAUSE = frozenset({"as", "when", "while", "once", "before", "after"})
#: (round 37, e6) finite auxiliaries after a name of several words that opens a clause ("Sinn Féin is tabling")
_EN_FINITE_AUX = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can",
                            "may", "might", "must", "did", "does"})
#: English words after "early"/"late"/"earlier" that keep it a time adjunct ("said early on Monday", "late last week")
_EN_TIME_FOLLOWERS = frozenset({"on", "in", "this", "last", "next", "that", "the", "morning", "afternoon", "evening", "night",
                                "week", "month", "year", "tonight", "and", "to", "than"})  # (the days: _EN_DAYS)
#: (round 42, enwire3) English time adjectives inside an adjunct after its article ("said in an early estimate that …")
_EN_TIME_ADJECTIVES = frozenset({"early", "late", "earlier", "later"})
#: (round 48, auditnews2) abbreviated month names before a day ("on Oct. 31"); months in `_EN_MONTHS` too (round 50,
#: enleft15: "sep" as well, "said on Sep. 5 that …")
_EN_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"})
_EN_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december"}) | _EN_MONTH_ABBREVIATIONS
_EN_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                      "today", "tomorrow"})


#: (round 43, enleftovers) determiners after "over" that make it an adjunct's preposition ("said over the weekend"), and
#: the nouns after them that make it a quantity ("said over the past week" is an adjunct, "over the half" is rare)
_EN_OVER_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "its", "their", "our"})
_EN_SHARE_WORDS = frozenset({"half", "third", "quarter", "majority", "number", "amount", "course"})
def _en_over_phrase_closed(toks, n: int, hi: int) -> bool:
    """English (round 43, enleftovers): the phrase after "over" and its determiner (from token n) is at most three
    lower-case words, then punctuation or "that" ("said over the weekend.", "said over the past week, …", "said over the
    phone that …"); not a clause right after it ("said over the years the team had improved" keeps its phrase)."""
    e = n
    while e < hi and e < n + 3 and toks[e].is_word and not toks[e].quoted and toks[e].text == toks[e].low \
            and toks[e].text != "that":
        e += 1
    return e >= hi or (not toks[e].quoted and (toks[e].text in {",", ".", ";", "!", "?"} or toks[e].text == "that"))


#: (round 43, enleftovers) lower-case words that open a time adjunct closed by a comma before a clause ("said over the
#: weekend, the city had …", "said last week, the levees …")
_EN_COMMA_TIME_OPENERS = frozenset({"over", "during", "last", "this", "earlier", "late", "early"})
_EN_COMMA_TIME_WORDS = _EN_COMMA_TIME_OPENERS | _EN_TIME_NOUNS | {"on", "in", "at", "past", "the", "that"}


def _en_comma_adjunct(toks, lex, a: int, j: int) -> bool:
    """English: tokens a..j-1 after a cue are a place or time adjunct before a comma ("on Monday", "in Guangdong", (round
    43, enleftovers) a bare day or a time phrase: "Monday", "over the weekend", "last week", "earlier this month");
    capitalised words, time words and articles only, no other lower-case noun ("in a statement")."""
    f = toks[a]
    if f.text == f.low and f.low in ("on", "in", "at"):
        return j - a >= 2 and all(x.is_word and not x.quoted and (x.is_cap or x.low in lex.time_words or x.low in lex.determiners
                                                   or x.low in ("on", "in", "at")) for x in toks[a:j])
    if not ((f.is_cap and f.low in _EN_DAYS) or (f.text == f.low and f.low in _EN_COMMA_TIME_OPENERS)):
        return False
    return j - a <= 4 and all(x.is_word and not x.quoted and (
        (x.is_cap and x.low in _EN_DAYS) or x.low in _EN_MONTHS or (x.text == x.low and x.low in _EN_COMMA_TIME_WORDS))
        for x in toks[a:j]) and any(x.low in _EN_DAYS or x.low in _EN_TIME_NOUNS or x.low in _EN_MONTHS for x in toks[a:j]) \
        and not (j + 1 < len(toks) and (toks[j + 1].low in ("a", "an") or toks[j + 1].low in _EN_MONTHS
                                         or toks[j + 1].text[:1].isdigit())) and not any(
            # an apposition on the time, no clause: "said Monday, the same day the report was released", "…, a day after …"
            x.low in _EN_TIME_NOUNS or x.low in _EN_ORDINALS or x.low in ("same", "eve", "anniversary")
            or (x.low.endswith("est") and x.text == x.low)  # "…, the worst-ever slump", "the latest sign that …"
            for x in toks[j + 1 : j + 4]) and not any(
            # a contrast, the day being what was said: "the record said Monday, the timeline said Friday"
            x.low == toks[a - 1].low for x in toks[j + 1 : j + 12])


def _en_time_clause_that(ctx: QuoteContext, k: int, hi: int) -> int | None:
    """English: the "that" closing a short time clause opened at token k, right after the clause's
    past-tense verb ("as the vote began that …", "when the meeting ended that …"), else None."""
    toks, lex = ctx.tokens, ctx.lex
    for x in range(k + 2, min(hi - 1, k + 8)):
        t = toks[x]
        if t.quoted or not t.is_word or t.low in lex.cue_verbs:
            return None
        if t.low == "that":
            v = toks[x - 1]
            nxt = toks[x + 1]
            if x - 1 > k + 1 and v.text == v.low and (v.low in lex.past_verbs or v.low.endswith("ed")) \
                    and nxt.is_word and not nxt.low.endswith("ed") and nxt.low not in lex.auxiliaries:
                return x
            if x - 3 > k + 1 and toks[k + 1].low in lex.subject_pronouns and toks[x - 2].low in ("the", "a", "an") \
                    and v.text == v.low and v.low not in lex.content_nouns and any(
                        w.text == w.low and (w.low in lex.past_verbs or w.low.endswith("ed") or (
                            w.low.endswith("ing") and toks[y - 1].low in ("was", "were")))
                        for y, w in enumerate(toks[k + 2 : x - 2], k + 2)) \
                    and _en_that_clause(nxt, lex) and _en_finite(toks, lex, x + 1, hi):
                return x  # (round 38, enaddr) the clause ends in its object: "told reporters as he was leaving the
                # briefing that he was confident", "as they toured the site that …" (the time clause was the content)
            return None
    return None


def _en_that_clause(t, lex) -> bool:
    """(round 38, enaddr) Token t after "that" can open its clause ("that the talks", "that new sanctions"), no relative
    clause's verb ("that was leaked", "that passed", "that said")."""
    return _en_clause_start(t, lex) or (t.is_word and not t.quoted and t.text == t.low and t.low not in lex.auxiliaries
                                        and not t.low.endswith("ed") and t.low not in lex.cue_verbs)


def _en_apposition_adjunct_that(ctx: QuoteContext, c: Cue, a: int, b: int, hi: int) -> int | None:
    """English (round 38, enaddr): the "that" after an addressee's apposition between the commas at tokens a and b
    and the adjuncts after it ("told his Pakistani counterpart, Makhdoom Shah Mahmood Qureshi, in a phone conversation
    on Wednesday that …", "warned Blinken, his US counterpart, on Friday that …"), else None. Only after an addressee
    verb with its addressee before the first comma; the apposition a name or a noun phrase without a verb; the adjuncts
    open with a preposition or a day and "that" opens a clause with its finite verb (not a relative clause)."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[c.first].low not in lex.addressee_verbs or a <= c.last + 1 or b - a < 2 or b - a > 9 or b + 3 >= hi:
        return None
    if not (toks[a + 1].is_cap or toks[a + 1].low in lex.determiners):
        return None
    for t in toks[a + 1 : b]:
        if t.quoted or not (t.is_word or t.text in (".", "-")) or (t.text == t.low and (
                t.low in lex.cue_verbs or t.low in lex.auxiliaries or t.low in ("who", "which", "that", "and", "but"))):
            return None
    f = toks[b + 1]
    if f.quoted or not f.is_word or not (f.low in lex.adjunct_preps or f.low in lex.time_words) or f.low == "to":
        return None
    for x in range(b + 2, min(hi - 1, b + 10)):
        t = toks[x]
        if t.quoted or not t.is_word or (t.text == t.low and (t.low in lex.cue_verbs or t.low in lex.auxiliaries)):
            return None
        if t.low == "that" and t.text == "that":
            nxt = toks[x + 1]
            if toks[x - 1].low in lex.content_nouns or not _en_that_clause(nxt, lex) or not _en_finite(toks, lex, x + 1, hi):
                return None
            return x
    return None


#: (round 48, deleft8) plural articles and quantifiers before a plural of persons ("zahlreiche Ärzte", "viele Piloten")
_DE_PLURAL_OPENERS = frozenset({"die", "diese", "alle", "beide", "einige", "etliche", "manche", "mehrere", "viele",
                                "zahlreiche"})


def de_thing_speaker(ctx: QuoteContext, m: Mention | None) -> bool:
    """(round 38, objfirst) German: mention m, a cue's subject, is a noun phrase that names no one who may speak: no
    pronoun, name, title, person noun or speaking body among its capitalised words ("Seine Nominierung", "Die neue App")."""
    lex = ctx.lex
    if m is None or m.kind == "pronoun" or m.first == m.end or (
            ctx.tokens[m.first].low not in lex.determiners and ctx.tokens[m.first].low not in lex.fronted_object_openers
            # (round 48, deleft7) or a lowercase adjective after the verb: "Den Bauern drohten hohe Strafen" (a risk)
            and not _de_lower_adjective(ctx.tokens[m.first], lex)):
        return False
    words = [t for t in ctx.tokens[m.first : m.end + 1] if t.is_word and t.is_cap and not t.quoted and t.text != t.low]
    return bool(words) and not any(
        lex.is_title(t.text) or lex.is_first_name(t.text) or t.low in ctx.ents.by_surname or t.low.endswith(lex.speaking_bodies)
        or ((de_person_noun(t.low, "der") or de_person_noun(t.low, "die")) and not lex.is_mute_noun(t.low))
        or t.low.endswith(("innen", "leute", "sprecher")) or de_state_word(ctx, t)
        # (round 48, deacts2) a plural of persons: "Die Ärzte drohten mit Streiks", "Die Demonstranten drohten mit …"
        or ((ctx.tokens[m.first].low in _DE_PLURAL_OPENERS or _de_lower_adjective(ctx.tokens[m.first], lex))
            and _de_plural_person(t.low, lex) and not lex.is_mute_noun(t.low))  # ((round 48, deleft8) also after a
        # plural quantifier or an adjective: "Gestern drohten zahlreiche Ärzte mit Streiks" reported nothing)
        # (round 48, deacts3) nouns of persons the endings miss: "Die Piloten drohten …", "Der Arzt drohte …"
        or t.low.rsplit("-", 1)[-1].endswith(lex.person_group_nouns)
        for t in words)


def _de_lower_adjective(t, lex) -> bool:
    """German (round 48, deleft7): token t is a lowercase inflected adjective opening a noun phrase ("hohe",
    "empfindliche"), no article, pronoun or number word."""
    return t.is_word and not t.quoted and t.text == t.low and len(t.low) > 3 and t.low.endswith(("e", "en", "er", "es", "em")) \
        and t.low not in lex.determiners and t.low not in lex.person_pronouns and t.low not in lex.auxiliaries


def de_state_word(ctx: QuoteContext, t) -> bool:
    """German (round 48, deacts2): word t names a state, an alliance or a party, or is an acronym in capitals: a body
    that speaks ("Die EU bezeichnete Russland als Bedrohung", "Die Nato warnte Russland vor …", "Die Ukraine warf
    Russland vor, …": the speaker was "Russland")."""
    lex = ctx.lex
    return t.is_word and not t.quoted and (t.low in lex.country_names or t.low in lex.alliance_names or t.text in DE_PARTIES
                                           or (t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 5))
