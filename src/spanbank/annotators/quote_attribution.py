"""Who said it: the speaker mention of each cue, from the cue's clause, and its canonical name.

The noun phrase before the cue (skipping adverbs and auxiliaries), after it for inversions ("said
Aliyev", German V2 after a fronted phrase or object: "Im Interview sagte Glos"), the subject before
appositions and relative clauses, and in German the subject of a coordinated verb, of a verb-final
subordinate clause, of auxiliary + participle, or the fronted source of an impersonal or passive
report ("In einer Erklärung heißt es"). Mentions resolve to names through `quote_speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spanbank.annotators.quote_clauses import _EN_REFUSALS
from spanbank.annotators.quote_context import Attribution, Cue, QuoteContext
from spanbank.annotators.quote_cues import (
    _DE_STAND,
    DE_COPULA,
    DE_DASHES,
    DE_QUESTION_OPENERS,
    _de_finding_noun,
    _de_light_compound_head,
    _genitive_end,
    _source_name,
    de_copula_predicate_end,
    de_finding_copula_owner,
    de_poll_tail,
    de_report_day,
    en_news_outlet,
)
from spanbank.annotators.quote_cues import de_poll_institute as _de_poll_institute
from spanbank.annotators.quote_indirect import (
    de_noun_list,
    de_ownerless_statement,
    de_state_word,
    de_wie_apposition,
    en_fronted_participle_end,
    en_relative_gap_after,
    en_zero_relative_head,
)
from spanbank.annotators.quote_lexicon import DE_TITLE_FEMALE, DE_TITLE_MALE, Lexicon
from spanbank.annotators.quote_noun_reports import _possessive_owner
from spanbank.annotators.quote_speakers import (
    _DE_LEGAL_FORMS,
    _EN_CALENDAR_WORDS,
    _EN_PEOPLE_NOUNS,
    _EN_TIME_UNITS,
    DE_ADJECTIVE_ENDINGS,
    DE_AGENCIES,
    DE_CAPITALISED_ADVERBS,
    DE_MONTHS,
    DE_OBJECT_PRONOUNS,
    DE_OWNED_GENITIVES,
    DE_PARTIES,
    DE_PRONOMINAL_ADVERB,
    DE_SENTENCE_ADVERBS,
    DE_SHARE_QUALIFIERS,
    DE_SHARE_UNITS,
    DE_TIME_MEASURES,
    EN_IRREGULAR_PARTICIPLES,
    EN_POSSESSIVE_PRONOUNS,
    GENITIVE_ARTICLES,
    RELATIVES,
    Mention,
    _after_fronted_adverbial,
    _appositive,
    _de_body_fuer_end,
    _de_media_addressee,
    _de_plural_person,
    _de_role_word,
    _en_company_predicate,
    _en_lead_company,
    _en_person_noun,
    apposition_head,
    canonical,
    clause_subject,
    de_als_auch_at,
    de_appositive_name,
    de_described_speaking_body,
    de_extended_attribute,
    de_media_word,
    de_participle_source_head,
    de_person_noun,
    de_place_end,
    de_quoted_name_before,
    de_share_at,
    de_share_mention,
    de_title_gender,
    de_title_stop,
    en_coordinated_subject,
    en_other_gender,
    en_plain_full_name,
    en_scare_quoted_np,
    is_head,
    mention_after,
    mention_before,
    names_between,
    np_forward,
    person_name,
    sentence_subject,
)
from spanbank.annotators.quote_text import EN_TITLE_MINOR as EN_TITLE_MINOR_WORDS
from spanbank.annotators.quote_text import Token, en_title_case

#: German words that head a fronted time phrase before a preposition ("Kurz nach dem Treffen", "Wenige Wochen vor …")
_DE_TIME_HEADS = DE_CAPITALISED_ADVERBS | DE_TIME_MEASURES | {"einige"}

#: German pronouns that are only nominative (round 34): "er", "ich", "wir"
_DE_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})


#: (round 53, auditde3) adverbs before the subordinator of a fronted adverbial clause ("Kurz bevor …", "Erst als …")
_DE_FRONTED_SUBORDINATOR_ADVERBS = frozenset({"kurz", "erst", "noch", "gleich", "unmittelbar", "schon", "bereits", "direkt",
                                              "gerade"})
#: (round 53, auditde3) object pronouns of "er" / a singular "sie" inside the fronted clause: then the pronoun may be its
#: object, not its subject ("Nachdem Schulz ihn kritisiert hatte, sagte er …")
_DE_FRONTED_OBJECT_PRONOUNS = {"er": frozenset({"ihn", "ihm"}), "sie": frozenset({"sie", "ihr"})}


def _de_no_fitting_speaker(ctx: QuoteContext, recent: str | None, pron: str) -> bool:
    """(round 53, auditde3) no continuing speaker the pronoun can mean: none, or one of the other gender by first name or
    title ("Als ein Reporter nachfragte, sagte er" after Karl Moor's report is Moor's answer)."""
    if not recent:
        return True
    other = "f" if pron == "er" else "m"
    lex = ctx.lex
    g = lex.name_gender(recent, ctx.ents.titles.get(recent, set()))
    if g is None and " " not in recent:
        g = {DE_TITLE_MALE: "m", DE_TITLE_FEMALE: "f"}.get(de_title_gender(recent, lex))
    return g == other


def _de_fronted_clause_subject(ctx: QuoteContext, lo: int, comma: int, pron: str) -> str | None:
    """German (round 53, auditde3): the person (or, for "sie", the body) who is the subject of an adverbial clause
    fronted before a cue and its pronoun, as the pronoun's antecedent: "Als Anna Berg ins Auto stieg, sagte sie, …",
    "Bevor der Richter das Urteil verkündete, sagte er, …", "Nachdem die Polizei den Mann gefasst hatte, teilte sie
    mit, …" (were the person quoted before, or no one). None when the clause holds an object pronoun of the same form,
    when its subject is of the other gender, or names no person."""
    toks, lex = ctx.tokens, ctx.lex
    s = lo + 1 if toks[lo].low in _DE_FRONTED_SUBORDINATOR_ADVERBS and lo + 1 < comma else lo
    if toks[s].quoted or toks[s].low not in lex.adverbial_subordinators or not toks[s].is_cap and s == lo:
        return None
    if any(t.quoted or t.text in {",", ":", ";", "(", "–", "—"} for t in toks[s + 1 : comma]) \
            or any(t.low in _DE_FRONTED_OBJECT_PRONOUNS[pron] or t.low.startswith(("frag", "nachfrag", "wissen"))
                   for t in toks[s + 1 : comma]):
        return None
    m = mention_after(toks, s, comma, lex)
    if m is None or m.kind not in ("name", "description") or m.first != s + 1 \
            or toks[s + 1].low in ("den", "dem", "einen", "einem", "des", "eines", "einer"):
        return None
    name = canonical(m, toks, ctx.ents, lex, continuing=None)
    if not name:
        return None
    art = toks[m.first].low if toks[m.first].low in lex.determiners else ""
    other = "f" if pron == "er" else "m"
    if (pron == "er" and art in ("die", "eine")) or (pron == "sie" and art in ("der", "ein")):
        return None
    if person_name(name, lex, ctx.ents):
        return None if lex.name_gender(name, ctx.ents.titles.get(name, set())) == other else name
    head = toks[m.last].low
    if art and de_person_noun(head, art if art in ("der", "die") else ("der" if art == "ein" else "die")):
        return name
    if pron == "sie" and art in ("die", "eine") and head.endswith(lex.speaking_bodies):
        return name
    return None


#: German verbs (by their first four letters) whose object is followed by the preposition they govern
_DE_OBJECT_PREPOSITIONS = {"warn": ("vor",), "bat": ("um",), "bitt": ("um",), "ford": ("zu", "auf"), "rief": ("zu", "auf"),
                           "ruft": ("zu", "auf"), "mahn": ("zu",), "drän": ("zu",), "appe": ("an",)}


#: German verbs of naming with two objects ("nannte das Ergebnis einen Erfolg", "bezeichnete es als …")
_DE_NAMING_VERBS = frozenset({"nannte", "nannten", "nennt", "nennen", "bezeichnete", "bezeichneten", "bezeichnet",
                              "wertete", "werteten", "wertet"})


#: (round 47, naming) the most words of a name in quotation marks inside a subject's apposition
EN_APPOSED_NAME_WORDS = 12


def _en_according_owner(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> tuple[Mention, str] | None:
    """English (round 48, enleft7): "according to" before a possessive and a document's or a finding's noun that ends the
    phrase at a comma ("According to CNN's reports, …", "According to the ministry's latest figures, …", "according to
    Reuters' reporting, …"): the owner speaks (his/her/its/their resolved), the mention runs on to the noun; else None."""
    toks, lex = ctx.tokens, ctx.lex
    n = next((x for x in range(c.last + 2, min(hi - 1, c.last + 11)) if toks[x].text == "," or toks[x].quoted), None)
    if n is None or toks[n].quoted:
        return None
    n -= 1
    w = toks[n]
    nouns = lex.document_nouns | lex.hearsay_nouns | lex.owned_source_nouns
    d = c.last + 1 + (toks[c.last + 1].low in ("a", "an", "the", "recent", "news", "media", "press")
                      and toks[c.last + 1].text == toks[c.last + 1].low)
    if d + 2 < n and toks[d].low in nouns and toks[d].text == toks[d].low and toks[d + 1].text == "in" \
            and not toks[d].quoted and en_news_outlet(ctx, d + 2, n + 1):
        # (round 48, enleft7) a news outlet's report: "According to reports in the Times, …" (nothing), "according to a
        # report in the New York Times, …" (the speaker was "a report")
        f = d + 2 + (toks[d + 2].low == "the")
        name = " ".join(x.text for x in toks[f : n + 1])
        return Mention(d + 2, n, "name"), name
    if w.quoted or w.text != w.low or w.low not in nouns:
        return None
    own = _possessive_owner(ctx, n, c.last + 1, ctx.sent_of_lo.get(lo, len(ctx.sents)))
    if own is None or not own[2] or own[0] != c.last + 1 and not (
            own[0] == c.last + 2 and toks[c.last + 1].low == "the"):
        return None
    last = max(x for x in range(own[0], n) if toks[x].start < own[1][1])
    kind = "pronoun" if toks[own[0]].low in EN_POSSESSIVE_PRONOUNS else ("name" if toks[last].is_cap else "description")
    return Mention(own[0], last, kind, n), own[2]


#: (round 54, enscience) scholarly works whose title stands alone in an apposition before their cue, besides the term
#: markers and `work_title_nouns`: 'The paper, "…," found that …', 'A 2024 review, "…," concluded that …'
_EN_SCHOLARLY_WORK_NOUNS = frozenset({"paper", "papers", "review", "reviews", "analysis", "meta-analysis", "survey",
                                      "poll", "guidance", "guideline", "guidelines"})


def _en_work_noun_before(ctx: QuoteContext, n: int) -> bool:
    """(round 54, enscience) token n is a lower-case noun of a work (a term marker that is no cue verb, a published
    piece of yaml `work_title_nouns`, or a scholarly work) that can take its title in an apposition."""
    t = ctx.tokens[n]
    lex = ctx.lex
    if not t.is_word or t.quoted or t.text != t.low:
        return False
    if t.low in lex.cue_verbs:  # a cue form is the noun after a determiner or an adjective: 'The report, "…," warns'
        p = ctx.tokens[n - 1] if n > 0 else None
        return (t.low in _EN_SCHOLARLY_WORK_NOUNS or t.low in lex.work_title_nouns) and p is not None and p.is_word \
            and not p.quoted and p.low not in lex.pronouns and p.low not in lex.auxiliaries
    return t.low in _EN_SCHOLARLY_WORK_NOUNS or t.low in lex.work_title_nouns or lex.is_term_marker(t.text)


#: (round 54, enscience) words of speech, not of a title, in a sentence-case quotation after a work's noun
_EN_SPEECH_PRONOUNS = frozenset({"i", "we", "you", "our", "us", "my", "me", "your", "i'm", "we're", "you're", "it's"})


def _en_sentence_case_title(ctx: QuoteContext, q, name: list[str]) -> bool:
    """(round 54, enscience) a scholarly title in sentence case ('A 2024 review, "Ultra-processed food exposure and
    adverse health outcomes," tied …'): two to sixteen words opening with a capital, no sentence mark at its end and no
    word of speech (I, we, you)."""
    raw = ctx.text[q.start : q.end].rstrip().rstrip(",").rstrip()
    return 2 <= len(name) <= 16 and raw[:1].isupper() and raw[-1:] not in (".", "!", "?") and not any(
        w.lower().strip("\"'“”‘’") in _EN_SPEECH_PRONOUNS for w in name)


def en_quoted_name_apposition(ctx: QuoteContext, k: int, lo: int) -> Mention | None:
    """English (round 47, naming): cue k follows a quotation whose comma stands inside its marks, and that quotation is a
    name in title case inside an apposition to the sentence's subject ('John Smith, who heads a group called "Patriots
    for Freedom," said …', 'Smith, the author of "The Road Ahead," said …'): the subject before the apposition's comma,
    which opens the sentence (the name was a direct quote, the speaker "the rally" after the cue, the report lost). None
    when a cue other than a term marker stands in the apposition ('Smith, who said "Not Now," told …')."""
    toks, lex = ctx.tokens, ctx.lex
    while k - 4 > lo and toks[k - 1].is_word and not toks[k - 1].quoted and toks[k - 1].text == toks[k - 1].low \
            and toks[k - 1].low in lex.skippable and toks[k - 1].low not in lex.auxiliaries and toks[k - 1].low != "not":
        k -= 1  # (round 54, enscience) an adverb between the apposition and the cue: 'The paper, titled "Habitual
        # Walking and Heart Failure," also found that …' (reported nothing)
    if k - 3 <= lo or not toks[k - 1].quoted or toks[k - 1].is_word or toks[k - 2].text != "," or not toks[k - 2].quoted:
        return None
    q = next((q for q in ctx.quotes if q.outer_end == toks[k - 1].end), None)
    if q is None:
        return None
    s = bisect_right(ctx.starts, q.outer_start - 1)
    alone = s - 2 > lo and toks[s - 1].text == "," and not toks[s - 1].quoted and _en_work_noun_before(ctx, s - 2)
    if alone:
        s -= 1  # (round 54, enscience) the title alone is the apposition, after a work's noun: 'Her new book, "The Late
        # Clock," argues that …', 'The study, "Sleep and the Teenage Brain," found that …' (reported nothing)
    elif s - 2 <= lo or toks[s - 1].quoted or not toks[s - 1].is_word or toks[s - 1].text != toks[s - 1].low:
        return None  # the name inside the apposition's words, after a lower-case word ("called", "of", "heads")
    words = [w for w in (w.strip(".,;:!?") for w in ctx.text[q.start : q.end].split()) if w]
    name = words[1:] if len(words) > 1 and words[0] in ("the", "The") else words
    if not (en_title_case(name, most=EN_APPOSED_NAME_WORDS) or (alone and _en_sentence_case_title(ctx, q, name))) \
            or all(w.isupper() for w in name if w[:1].isupper()):
        return None
    first = s if alone else next((x for x in range(lo + 1, s - 1) if toks[x].text == "," and not toks[x].quoted), None)
    if first is None or any(t.quoted or t.text in {".", "!", "?", ";", ":"} for t in toks[lo:first]) or any(
            not t.quoted and t.text == t.low and t.low in lex.cue_verbs and t.low not in lex.term_markers
            for t in toks[first + 1 : s]):
        return None
    head = mention_before(toks, first, lo, lex)
    if head is None or head.end != first - 1 or head.first != lo or head.kind in ("relative", "pronoun"):
        return None
    return head


def _de_poll_mention(ctx: QuoteContext, m: Mention, hi: int) -> tuple[Mention, Mention | None]:
    """German (round 38, depolls): a poll after "laut" runs on over its institute, client and medium ("Laut einer Umfrage
    des Instituts YouGov im Auftrag der dpa sind …", "Laut einer Civey-Umfrage für den Fernsehsender Welt sparen …"; the
    content began inside them); the second mention, for the canonical name, is the poll with its institute, not its
    client (None when nothing was added)."""
    toks = ctx.tokens
    e, last = m.end, m.last
    x = next((x for x in range(m.first + 1, m.end) if (toks[x].low, toks[x + 1].low) in (("im", "auftrag"), ("in", "zusammenarbeit"))
              and toks[x].text == toks[x].low), None)
    if x is not None:  # "im Auftrag", "in Zusammenarbeit" inside the mention: the client is no part of the name
        e, last = x - 1, min(last, x - 1)
    elif e > m.first and toks[e].text == toks[e].low and toks[e].low in ("von", "vom", "für", "im", "der", "des"):
        e = e - 1  # a preposition left over at the end: "einer YouGov-Umfrage von" (Anfang August)
        last = min(last, e)
    lex = ctx.lex
    own, pe = de_poll_tail(ctx, e, hi, owned=not toks[e].low.endswith(lex.poll_nouns))
    if pe <= m.end:
        return m, None
    return Mention(m.first, min(last, own), m.kind, pe), Mention(m.first, min(last, own), m.kind, own)


def _de_web_address(t) -> bool:
    """(round 41, dedetails) token t is a news site's web address: "t-online.de", "Spiegel.de", "www.orf.at"."""
    w = t.low
    return t.is_word and not t.quoted and w.endswith((".de", ".at", ".ch", ".com")) and len(w) > 4 \
        and w.rsplit(".", 1)[0].replace("-", "").replace(".", "").isalnum()



#: (round 43, deumwelt) heads of a body named with a "für" phrase after a laut-source's genitive: quote_cues'
#: `_DE_INSTITUTION_HEADS` (which `_genitive_end` reads) without "betrieb", "beauftragte(n)", "gericht" and "rats"
_DE_FUER_BODY_HEADS = ("agentur", "amt", "institut", "zentrum", "ministerium", "verband", "kommission", "rat", "stelle",
                       "behörde", "gesellschaft", "stiftung", "büro", "kammer", "anstalt", "bund", "zentrale", "akademie")


def _de_laut_source_tail(ctx: QuoteContext, m: Mention, hi: int) -> tuple[Mention, Mention]:
    """German (round 43, deumwelt): a laut-source runs on over its body's "für" phrase and the day of its report:
    "laut einer Studie des Helmholtz-Zentrums für Umweltforschung (UFZ)" (the content began at "für"), "Laut dem
    Lagebericht der Bundesnetzagentur vom Sonntag liegen …" (the content began at "vom Sonntag")). Returns the source and
    its owner's part without the day."""
    toks, lex = ctx.tokens, ctx.lex
    e = m.end
    w = toks[e].low
    if toks[e + 1].text == "für" and toks[e].is_cap and toks[e + 2].is_cap and toks[e + 2].low not in lex.time_words \
            and any(x.endswith(_DE_FUER_BODY_HEADS) for x in (w, w[:-1], w[:-2])):
        e = _de_body_fuer_end(toks, e, hi, lex)
    core = m if e == m.end else Mention(m.first, m.last, m.kind, e)
    if de_report_day(toks, e, hi, lex):
        e += 2  # as after "nach Angaben der Pressestelle vom Montag" (round 35)
    elif e + 4 < hi and toks[e + 1].text in ("von", "vom", "um") and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", toks[e + 2].text) \
            and toks[e + 3].text == "Uhr" and not any(t.quoted for t in toks[e + 1 : e + 4]) and toks[e + 4].is_word:
        e += 3  # (round 50, deleft17) the hour of the report: "Laut Hochrechnung des Senders MDR von 21 Uhr kommt die CDU auf
        # 31 Prozent" (the content began at "von 21 Uhr")
    return (m if e == m.end else Mention(m.first, m.last, m.kind, e)), core



#: (round 52, de3left) German infinitives of speaking that an author "lässt" a character say ("lässt Ibsen den Arzt
#: Relling sagen")
_DE_LET_SPEECH_INFINITIVES = frozenset({"sagen", "fragen", "antworten", "rufen", "ausrufen", "sprechen", "erwidern",
                                        "entgegnen", "seufzen", "flüstern", "schreien", "klagen", "stöhnen"})
#: (round 52, de3left) accusative articles and possessives opening the object of "lassen" before its infinitive
_DE_LET_OBJECT_OPENERS = frozenset({"den", "die", "einen", "eine", "seinen", "seine", "ihren", "ihre", "unseren",
                                    "unsere", "diesen", "diese"})


def de_let_character_speaker(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> None:
    """German (round 52, de3left): a cue of "lassen" with an infinitive of speaking and an accusative object between
    them: the object speaks, not the subject who lets it ("„…“, lässt Ostrowski den Arzt Relling sagen", "Ibsen lässt
    seinen Helden sagen: „…“" were Ostrowski and Ibsen). Not "ließ der Minister mitteilen" (no object), "lässt sich
    sagen" (impersonal) or "ließ über seinen Sprecher erklären" (the object of a preposition)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or c.kind != "verb" or c.speaker is None or c.speaker.kind == "pronoun":
        return
    stops = {",", ";", ":", ".", "!", "?", "–", "—", "(", ")"}
    let = inf = None
    if toks[c.first].low in lex.let_verbs and toks[c.first].text == toks[c.first].low:
        let = c.first
        inf = next((x for x in range(c.first + 1, min(hi, c.first + 10))
                    if toks[x].quoted or toks[x].text in stops or toks[x].low in _DE_LET_SPEECH_INFINITIVES), None)
    elif toks[c.first].low in _DE_LET_SPEECH_INFINITIVES and toks[c.first].text == toks[c.first].low:
        inf = c.first
        let = next((x for x in range(c.first - 1, max(lo - 1, c.first - 10), -1)
                    if toks[x].quoted or toks[x].text in stops or (toks[x].low in lex.let_verbs
                                                                  and (toks[x].text == toks[x].low or x == lo))), None)
    if let is None or inf is None or toks[inf].quoted or toks[inf].low not in _DE_LET_SPEECH_INFINITIVES \
            or toks[let].quoted or toks[let].low not in lex.let_verbs or not let < inf:
        return
    if inf + 1 < hi and toks[inf + 1].is_word and not toks[inf + 1].quoted:
        return  # (the infinitive closes its clause: "lässt … sagen, …", "lässt … sagen: „…“")
    if any(t.low in ("sich", "mich", "uns", "über", "durch", "von", "vom") and t.text == t.low for t in toks[let + 1 : inf]):
        return
    x = let + 1
    while x < inf:
        if c.speaker.first <= x <= c.speaker.end:
            x = c.speaker.end + 1
            continue
        t = toks[x]
        if t.text == t.low and t.low in _DE_LET_OBJECT_OPENERS and not t.quoted:
            obj = np_forward(toks, x, inf, lex)
            if obj is not None and obj.first == x and obj.end == inf - 1 and not (
                    obj.first <= c.speaker.first <= obj.end) and any(tt.is_cap for tt in toks[x + 1 : inf]):
                c.speaker = obj
                c.name = canonical(obj, toks, ctx.ents, lex, continuing=None)
            return
        x += 1


def _en_subject_over_parenthetical_report(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """English (round 53, enleft): the subject opening the sentence before a parenthetical report between commas right
    before cue c: a subject (a pronoun, a name, "aides", "officials"), maybe adverbs, and a past reporting verb, five
    words at most ("A professor there, she later recalled, told her that …" is the professor's; "The minister,
    aides said, told colleagues that …" the minister's). None for anything else."""
    toks, lex = ctx.tokens, ctx.lex
    v = c.first - 2
    if v - 3 < lo or not toks[v].is_word or toks[v].quoted or toks[v].text != toks[v].low \
            or toks[v].low not in lex.cue_verbs or not toks[v].low.endswith("ed") and toks[v].low != "said":
        return None
    o = next((x for x in range(v - 1, max(lo, v - 6) - 1, -1) if not toks[x].is_word or toks[x].quoted), None)
    if o is None or o <= lo or toks[o].text != "," or toks[o].quoted or o + 1 >= v:
        return None
    w = v
    while w - 1 > o + 1 and toks[w - 1].text == toks[w - 1].low and (
            toks[w - 1].low in lex.skippable or toks[w - 1].low in lex.subject_adverbs
            or toks[w - 1].low in ("later", "once", "then", "since") or toks[w - 1].low.endswith("ly")):
        w -= 1  # an adverb before the verb: "she later recalled"
    inner = mention_before(toks, w, o + 1, lex)
    if inner is None or inner.first != o + 1 or inner.kind not in ("pronoun", "name", "description", "group"):
        return None
    subj = mention_before(toks, o, lo, lex)
    if subj is None or not (subj.end == o - 1 or (subj.end == o - 2 and toks[o - 1].low in ("there", "here"))) \
            or subj.kind in ("pronoun", "relative") \
            or _after_fronted_adverbial(toks, lo, o, lex) != subj.first:
        return None
    return subj


def assign_speaker(ctx: QuoteContext, c: Cue, lo: int, hi: int, cues: list[Cue]) -> None:
    """Set `c.speaker` (the mention) and `c.name` (its canonical name) for a cue of the sentence
    tokens[lo:hi]; both stay None when no speaker is found."""
    bare_source = False
    toks, lex = ctx.tokens, ctx.lex
    m: Mention | None = None
    poll_core: Mention | None = None
    fuer_name: str | None = None  # (round 43, deumwelt) a body with its "für" phrase before "zufolge"
    if c.kind == "source_noun":
        if lex.lang == "de" and c.speaker is not None and de_ownerless_statement(ctx, c.speaker):
            _de_ownerless_source_name(ctx, c, lo, cues)
        return
    if c.kind == "verb" and c.act and c.speaker is not None and lex.lang == "de" and (toks[c.first].low in lex.nominal_act_verbs
                                                                            or toks[c.first].low in lex.received_act_verbs
                                                                            or toks[c.first].low in lex.met_act_verbs):
        c.name = canonical(c.speaker, toks, ctx.ents, lex, continuing=None)  # (round 36, g1) "Kritik kam von X": X
        return
    if c.kind == "verb" and lex.lang == "de" and c.first == lo and c.first == c.last and lo + 2 < hi \
            and (agent := _de_fronted_participle_agent(ctx, lo, hi)) is not None:
        # (round 49, deberichtet) a fronted participle in the passive: "Kritisiert wurde die Entscheidung auch von der
        # FDP" (the speaker was "die Entscheidung"); without an agent no one speaks ("Gefordert wird eine Reform")
        c.passive = True
        if agent.first < hi:
            c.speaker = agent
            c.name = canonical(agent, toks, ctx.ents, lex, continuing=None)
        return
    if c.kind == "verb" and lex.lang == "de" and c.first == c.last and _de_headline_participle(ctx, c, lo, hi):
        # (round 49, deleft13) a headline's participle without its auxiliary is a passive: "Bahn: Streik im Güterverkehr
        # angekündigt" (the speaker was "Streik im Güterverkehr"); no one speaks, as in "Neue Regeln angekündigt"
        c.passive = True
        return
    if c.kind == "source_before" and lex.lang == "en" and toks[c.last].low == "words" and toks[c.first].low == "in":
        # (round 46, enleft) "In Smith's words, “…”", "In the minister's own words, …": the possessive owner, as the
        # noun reports read it (a person, a body or a role; his/her resolved; no thing's words)
        own = _possessive_owner(ctx, c.last, c.first + 1, ctx.sent_of_lo.get(lo, len(ctx.sents)))
        if own is not None and own[2]:
            last = c.last - 2 if toks[c.last - 1].low == "own" else c.last - 1
            kind = "pronoun" if toks[own[0]].low in EN_POSSESSIVE_PRONOUNS else (
                "name" if toks[last].is_cap or toks[last - 1].is_cap else "description")
            c.speaker, c.name = Mention(own[0], last, kind), own[2]
        return
    if c.kind == "source_before" and lex.lang == "en" and toks[c.first].low == "according" \
            and (owned := _en_according_owner(ctx, c, lo, hi)) is not None:
        c.speaker, c.name = owned  # (round 48, enleft7) "According to CNN's reports, …" (the speaker was "CNN's"; with
        # a singular noun the content began at it: "According to Smith's report, …" reported 'report, …')
        return
    if c.kind in ("source_before", "so"):
        m = mention_after(toks, c.last, hi, lex, source=c.kind == "source_before")
        if m is not None and lex.lang == "en" and toks[m.first].low.endswith("ing") and toks[m.first].text == toks[m.first].low \
                and not (toks[m.first].low in lex.noun_like_cues and m.first + 1 < hi and toks[m.first + 1].text == "by"
                         and toks[c.first].low != "citing"):
            m = None  # "citing bringing Bannon on the team": a gerund is no source (round 43, enattrib: "according to
            # reporting by Politico" is a noun with its author)
        if m is not None and lex.lang == "en" and toks[c.first].low == "citing" and _en_cited_reason(
                ctx, m, headline=toks[c.first].text == "Citing" and c.first > lo and toks[c.first - 1].text == ","):
            m = None  # (round 23) a reason, no source: "The airline canceled flights, citing a shortage of pilots"
        if m is not None and lex.lang == "de" and c.kind == "source_before" and toks[c.first].low == "laut" \
                and m.end + 3 < hi and toks[m.end + 1].text in ("von", "vom") and m.kind in ("name", "description") \
                and (sub := np_forward(toks, m.end + 2, hi, lex)) is not None and sub.first == m.end + 2:
            # (round 29) the source's von-phrase: "Laut Bart Kemp von der Aktionsgruppe Agractie wollten …" (the phrase
            # was the content's)
            m = Mention(m.first, m.last, m.kind, sub.end)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and toks[c.first].low == "laut" \
                and m.first == m.end == c.last + 1 and lex.is_source_noun(toks[m.first].text) and m.end + 3 < hi \
                and toks[m.end + 1].text == "von" and _de_web_address(toks[m.end + 2]):
            # (round 41, dedetails) a source noun's web site: "Laut Informationen von t-online.de soll …" (the content
            # began at "von t-online.de")
            c.speaker = Mention(m.first, m.last, m.kind, m.end + 2)
            c.name = toks[m.end + 2].text
            return
        if m is not None and lex.lang == "de" and c.kind == "source_before" and m.first == m.end \
                and m.first == c.last + 1 and lex.is_source_noun(toks[m.first].text) and m.end + 3 < hi \
                and toks[m.end + 1].text == "aus" and toks[m.end + 2].low in lex.determiners \
                and toks[m.end + 2].text == toks[m.end + 2].low and not toks[m.end + 1].quoted \
                and (sub := np_forward(toks, m.end + 2, hi, lex)) is not None and sub.first == m.end + 2:
            # (round 38, devarious) the source noun's circle with its article: "Laut Aussagen aus dem Management stehen
            # …" (the speaker was "Aussagen", the content began at "aus dem"), as "Informationen aus Regierungskreisen"
            m = Mention(m.first, m.last, m.kind, sub.end)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and toks[c.first].low == "laut" \
                and m.first == m.end and m.first == c.last + 1 and (lex.is_source_noun(toks[m.first].text) or (
                    # (round 41, dedetails) or a bare body's unit before its body's abbreviation: "laut Erdbebendienst
                    # der ZAMG" (the content began at "der ZAMG")
                    toks[m.first].is_cap and m.end + 2 < hi and toks[m.end + 1].low in ("der", "des")
                    and (a := toks[m.end + 2].text).isupper() and a.isalpha() and len(a) >= 2)) \
                and m.end + 2 < hi and toks[m.end + 1].low in GENITIVE_ARTICLES \
                and not toks[m.end + 1].quoted and (g := _genitive_end(ctx, m.first, hi)) > m.end:
            # (round 35, de6) a source noun's genitive after "laut": "Laut Informationen der Nachrichtenagentur Reuters
            # bahnt sich …" (the genitive was the content's first words)
            g = de_copula_predicate_end(ctx, c.first, c.last + 1, g, lo, hi)
            m = Mention(m.first, m.last, m.kind, g)
            c.speaker = m
            c.name = _source_name(ctx, m.first, m.end, m, lo, hi)
            return
        if m is not None and lex.lang == "de" and c.kind == "so" and m.first == c.last + 1 and m.first + 3 < hi \
                and toks[m.first].low in ("das", "die") and toks[m.first + 1].low in lex.result_nouns \
                and toks[m.first + 1].is_cap and not toks[m.first + 1].quoted \
                and toks[m.first + 2].low in ("einer", "eines", "der", "des") and toks[m.first + 2].text == toks[m.first + 2].low \
                and (h := next((x for x in range(m.first + 3, min(hi, m.first + 7)) if _de_finding_noun(ctx, x)), None)) is not None:
            # (round 41, dedemands) "…, so das Ergebnis einer Studie der Universität Leipzig": the study speaks, as after
            # "Das ist das Ergebnis einer Studie" (the speaker was "Ergebnis einer Studie")
            m = Mention(next(x for x in range(m.first + 3, h + 1) if toks[x].is_cap), max(h, _genitive_end(ctx, h, hi)),
                        "description")
        if m is None and lex.lang == "de" and c.kind == "source_before" and c.last + 2 < hi \
                and toks[c.last + 1].text in ("ihm", "ihr", "ihnen") and toks[c.first].low == "laut":
            m = Mention(c.last + 1, c.last + 1, "pronoun")  # (round 26) "Laut ihm war die Nachricht kein Versprechen."
        if m is not None and lex.lang == "de" and c.kind == "source_before" and c.first == lo and m.end + 3 < hi \
                and (e := de_place_end(toks, m.end + 1, hi, ("in", "im", "aus", "bei"))) is not None:
            v = toks[e + 1] if e + 1 < hi else None
            if v is not None and v.text == v.low and v.is_word and not v.quoted and (
                    v.low in lex.auxiliaries or v.low in lex.konjunktiv or v.low in lex.konjunktiv_i or v.low in lex.reportative
                    # (round 37, h2) a study's place of origin before any finite verb: "Laut einer Studie aus Australien
                    # befinden sich …" (the content was "aus Australien befinden sich …")
                    or lex.is_source_noun(toks[m.last].text)) or (
                    v is not None and v.text == "," and not v.quoted and lex.is_source_noun(toks[m.last].text)):
                # (round 26) the source's place before the finite verb: "Laut der Polizei in Wendlingen hat der Schütze …"
                m = Mention(m.first, m.last, m.kind, e)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and lex.poll_nouns and m.end + 2 < hi \
                and any(t.is_cap and t.low.endswith(lex.poll_nouns) for t in toks[m.first : m.end + 4]):
            m, poll_core = _de_poll_mention(ctx, m, hi)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and c.first > lo and m.end == m.last \
                and m.last + 3 < hi and toks[m.last].is_word and (
                    lex.is_title(toks[m.last].text) or _de_role_word(toks[m.last].text, lex)
                    or toks[m.last].low in ("mitglied", "mitglieds", "mitglieder")) \
                and (e := de_place_end(toks, m.last + 1, hi, ("im", "beim"))) is not None and e + 1 < hi \
                and toks[e + 1].is_word and not toks[e + 1].quoted \
                and toks[e].low.endswith(lex.speaking_bodies + ("beirat", "vorstand", "aufsichtsrat", "ethikrat")):
            # (round 35) a role's body after "im" inside the sentence: "Die Lage ist laut einem Sprecher im Ministerium
            # ernst" (the content was "im Ministerium ernst")
            m = Mention(m.first, m.last, m.kind, e)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and m.end + 2 < hi \
                and toks[m.end + 1].text in ("für", "vom", "von", "um") and toks[c.first].low == "laut" and not toks[m.end + 1].quoted:
            m, core = _de_laut_source_tail(ctx, m, hi)
            if core.end < m.end and poll_core is None:
                poll_core = core  # the day of the report names no owner ("… des Umweltbundesamtes vom Dienstag")
        if m is not None and lex.lang == "de" and c.kind == "source_before" and toks[c.first].low == "laut" \
                and m.end == m.last and m.end + 2 < hi and toks[m.last].is_cap and not toks[m.last].quoted \
                and toks[m.last].low.endswith(lex.speaking_bodies) and not toks[m.end + 1].quoted \
                and 2 <= len(a := toks[m.end + 1].text) <= 6 and a.isalpha() and a.isupper() \
                and (a not in DE_PARTIES or toks[m.last].low.endswith("partei")) \
                and toks[m.end + 2].is_word and toks[m.end + 2].text == toks[m.end + 2].low:
            # (round 53, auditde4) a body's short name in capitals after its head: "Laut dem Handelsverband HDE mussten …",
            # "laut der Gewerkschaft GEW fehlen …" (the content began at the short name)
            m = Mention(m.first, m.last + 1, m.kind, m.end + 1)
        if m is not None and lex.lang == "de" and c.kind == "source_before" and m.end > m.first \
                and (g := de_copula_predicate_end(ctx, c.first, c.last + 1, m.end, lo, hi)) < m.end:
            m = Mention(m.first, min(m.last, g), m.kind, g)
    elif c.kind == "source_after":
        m = mention_before(toks, c.first, lo, lex)
        if lex.lang == "de" and c.first - 1 >= lo and toks[c.first - 1].low in ("ihm", "ihr", "ihnen") \
                and not toks[c.first - 1].quoted:
            m = Mention(c.first - 1, c.first - 1, "pronoun")  # "Ihm zufolge …", "Die Truppe ist ihr zufolge …"
        if m is not None and lex.lang == "de" and m.first == m.last == c.first - 1 and m.first - 2 >= lo \
                and toks[m.first].text == "Ort" and toks[m.first - 1].text == "vor" and not toks[m.first - 1].quoted \
                and (h := mention_before(toks, m.first - 1, lo, lex)) is not None and h.end == m.first - 2 \
                and h.kind in ("description", "name", "group"):
            # (round 38, devarious) "vor Ort" is the source's adverb, no source: "Einem Reporter vor Ort zufolge wurden
            # …" (the speaker was "Ort", and "Einem Reporter vor" a content of its own)
            m = Mention(h.first, h.last, h.kind, h.end)
        if m is not None and lex.lang == "de" and m.first - 2 >= lo and toks[m.first - 1].text == "und" \
                and not toks[m.first - 1].quoted and m.kind in ("name", "description") and m.last == c.first - 1 \
                and (h := mention_before(toks, m.first - 1, lo, lex)) is not None and h.end == m.first - 2 \
                and (h.kind == m.kind == "name" or h.kind == m.kind and h.first == lo) \
                and toks[h.first].low not in lex.prepositions:
            # (round 48, plural2) two sources joined by "und" before "zufolge" are one, as after "laut": "Schmidt und
            # Müller zufolge kommt die Reform zu spät" (the speaker was "Müller", and "Schmidt und" a content of its own)
            m = Mention(h.first, m.last, m.kind, m.end)
        if m is not None and lex.lang == "de" and m.first - 2 >= lo and toks[m.first - 1].text == "für" \
                and toks[m.first].is_cap and not toks[m.first - 1].quoted and toks[m.first - 2].is_cap \
                and any(x.endswith(_DE_FUER_BODY_HEADS) for x in (toks[m.first - 2].low, toks[m.first - 2].low[:-1])) \
                and (h := mention_before(toks, m.first - 1, lo, lex)) is not None and h.end == m.first - 2 \
                and h.kind in ("description", "name", "group"):
            # (round 43, deumwelt) a body's "für" phrase before "zufolge": "Die Belastung ist dem Bundesamt für
            # Strahlenschutz zufolge gering" (the speaker was "Strahlenschutz", the content ran on to "dem Bundesamt für")
            m = Mention(h.first, m.last, "name", m.end)
            fuer_name = " ".join(t.text for t in toks[h.first : m.last + 1] if t.is_word and (t.is_cap or t.text == "für"))
        if m is not None and lex.lang == "de" and toks[m.first].low not in lex.determiners:
            f = m.first
            while f - 1 > lo and f > m.first - 2 and toks[f - 1].is_word and toks[f - 1].text == toks[f - 1].low \
                    and toks[f].low not in lex.own_words \
                    and not toks[f - 1].quoted and toks[f - 1].low.endswith(DE_ADJECTIVE_ENDINGS) \
                    and toks[f - 1].low not in lex.auxiliaries and toks[f - 1].low not in lex.stopwords \
                    and toks[f - 1].low not in lex.konjunktiv_i and toks[f - 1].low not in lex.determiners \
                    and toks[f - 1].low not in lex.cue_verbs \
                    and toks[f - 1].low not in lex.past_verbs and toks[f - 1].low not in lex.konjunktiv_ii \
                    and not (toks[f - 1].low.endswith(("te", "eten")) and f - 2 >= lo and toks[f - 2].is_cap
                             and toks[f - 2].is_word and not toks[f - 2].quoted):
                # (round 35, de6: not a verb in the past after its subject: "Die Luftwaffe tötete Armeeangaben zufolge …")
                # (round 35, w1: an owned source starts at "eigenen": "Die Stadtwerke planen eigenen Angaben zufolge …"
                # had the speaker "planen eigenen Angaben", not the subject)
                f -= 1  # a bare adjective before the source noun: "Das Feuer wurde ersten Ermittlungen zufolge …"
            if f < m.first:
                m = Mention(f, m.last, m.kind, m.span_last)
        if m is not None and lex.lang == "de" and m.last > m.first and not toks[m.first].quoted and (
                toks[m.first].text == "denen" or (
                    toks[m.first].text in ("dem", "der") and m.first - 2 >= lo and toks[m.first - 1].text == toks[m.first - 1].low
                    and toks[m.first - 1].low in lex.prepositions and toks[m.first - 2].text == ",")):
            # (round 38, dewonach2) a relative pronoun before the source is the clause's, no part of it: "Dörfer, in denen
            # Berichten zufolge …" (the speaker was "denen Berichten")
            m = Mention(m.first + 1, m.last, m.kind, m.span_last)
        if m is not None and lex.lang == "de" and m.last == c.first - 1 and m.last > m.first:
            m = _de_dative_source_part(ctx, m)
            bare_source = m.first == m.last and m.kind == "description"
        elif m is not None and lex.lang == "de" and m.end == c.first - 1 and m.first < m.last < m.end \
                and toks[m.first].low in lex.determiners and toks[m.first].low not in lex.dative_articles \
                and not toks[m.first].quoted and (d := next((x for x in range(m.last + 1, m.end) if toks[x].text in (
                    "einer", "einem", "der", "dem") and toks[x + 1].is_cap and not toks[x + 1].quoted
                    and (toks[x + 1].low.endswith(lex.poll_nouns or ("\0",)) or lex.is_source_noun(toks[x + 1].text))), None)) is not None:
            m = Mention(d, m.end, "description")  # (round 39, depolls4) "auf das die Deutschen einer Umfrage zufolge …"
            # (the source was "Deutschen einer Umfrage": "die Deutschen" is the clause's subject, the dative its own)
        if m is not None and lex.lang == "de" and m.first == m.last and toks[m.first].text in DE_PARTIES and m.first - 2 >= lo \
                and toks[m.first - 1].text == "," and not toks[m.first - 1].quoted \
                and (h := mention_before(toks, m.first - 1, lo, lex)) is not None and h.end == m.first - 2 \
                and h.kind in ("name", "description"):
            m = Mention(h.first, h.last, h.kind, c.first - 1)  # (round 26) "Dem Innenminister Heribert Rech, CDU, zufolge"
        if m is not None and lex.lang == "de" and m.first - 2 >= lo and toks[m.first - 1].low in ("in", "im", "aus", "bei") \
                and toks[m.first - 1].text == toks[m.first - 1].low and m.kind in ("name", "description") \
                and (h := mention_before(toks, m.first - 1, lo, lex)) is not None and h.end == m.first - 2 \
                and h.kind in ("description", "name", "group") and (
                    (toks[h.first].low in lex.determiners and toks[h.first].text == toks[h.first].low.capitalize()
                     and h.first == lo)
                    or (lex.is_source_noun(toks[h.last].text) and (h.first == lo or toks[h.first - 1].text == ","))):
            # (round 26) a source with a place after it, opening the sentence: "Der Führung in Tripolis zufolge kamen …"
            # (the content was "Der Führung in")
            m = Mention(h.first, h.last, h.kind, c.first - 1)
    elif lex.lang == "en" and c.kind == "verb" and _en_passive(ctx, c, lo):
        # "A case was reported in China", "He is accused of …": the subject is not the speaker;
        # the agent is ("The meeting was denied by Andrew"), else there is none
        c.passive = True
        by = next((k for k in range(c.last + 1, min(hi, c.last + 3)) if toks[k].low == "by" and not toks[k].quoted), None)
        m = mention_after(toks, by, hi, lex) if by is not None else None
        if m is not None and toks[m.last].low in lex.passive_means_nouns and all(
                x.text == x.low and x.low not in lex.determiners for x in toks[m.first : m.last + 1]):
            m = None  # (round 48, enpassive) a bare means, no agent: "Staff were told by phone that …", "informed by
            # letter that …", "It was announced by email that …" (had the speakers "phone", "letter", "email")
        if m is None:
            return
    elif lex.lang == "en" and c.first <= lo + 1 and (fronted := en_fronted_participle_end(ctx, c, lo, hi)) is not None:
        m = fronted[1]  # (round 37, e6) "Asserting that …, he said …": the main clause's subject
    elif lex.lang == "en" and toks[c.first].low.endswith("ing") and (quoted := _en_quoted_before(ctx, c, lo, hi)) is not None:
        m = quoted  # "Reuters quoted a senior official as saying …": the official speaks
    elif lex.lang == "en" and toks[c.first].low.endswith("ing"):
        m = _en_gerund_subject(ctx, c, lo)
        if m is None and lex.document_release_verbs:
            m = _en_document_participle_owner(ctx, c, lo)
        if m is None:
            prior = [p for p in cues if p.first < c.first and p.kind == "verb" and p.speaker]
            if prior:
                c.speaker, c.name = prior[-1].speaker, prior[-1].name
                return
            m = _en_participle_subject(ctx, c, lo)
            if m is None and c.act and toks[c.first].low in lex.addressee_acts:
                # (round 38, enacts) a progressive act on an addressee after an insertion finds its subject as a finite
                # verb does: "Sen. Sean Ryan and his colleagues, along with resettlement agencies, are pressing President
                # Biden to …" (no speaker)
                m = _clause_speaker(ctx, c, lo, hi, cues)
    else:
        if lex.lang == "de" and c.kind == "verb" and c.first - 1 > lo and toks[c.first - 1].text == "," \
                and not toks[c.first - 1].quoted and c.last + 1 < hi and toks[c.last + 1].text == toks[c.last + 1].low \
                and toks[c.last + 1].low in lex.skippable and not (_de_subject_after_adverbs(ctx, c.last + 1, hi) and any(
                    # (round 27) a trailing attribution after a report: "…, erklärte dazu Yildirim" (not "Verdi lobte das
                    # Angebot, beklagte aber die Unsicherheit")
                    t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
                    for t in toks[lo : c.first - 1])):
            earlier = [x for x in cues if x.last < c.first and x.kind == "verb" and x.speaker is not None]
            if earlier:  # a second predicate after a comma: "Easycash bestreitet das nicht, gibt aber an, …"
                c.speaker, c.name = earlier[-1].speaker, earlier[-1].name
                return
        named = _de_naming_predicate_subject(ctx, c, lo, hi, cues) if lex.lang == "de" and c.kind == "verb" else None
        if named is not None and named[1] is not None:
            c.speaker, c.name = named  # (round 34) "…, bezeichnete sie als „Totalausfall“": the earlier cue's speaker
            return
        m = named[0] if named is not None else _clause_speaker(ctx, c, lo, hi, cues)
        if lex.lang == "en" and c.kind == "verb" and (head := _en_object_relative_head(ctx, c, lo)) is not None:
            m = head  # (round 48, enrel3) "The report that the ministry released on Monday said …", "The group he founded
            # said …": the relative's head speaks (was "the ministry released", no speaker)
        elif m is None and lex.lang == "en" and c.kind == "verb" and c.first - lo >= 2 \
                and (te := en_opening_time_end(toks, lo, c.first, lex)) is not None \
                and not any(t.quoted for t in toks[lo : c.first]) \
                and ((tm := mention_before(toks, c.first, te, lex)) is not None and tm.first == te
                     and tm.end == c.first - 1 and tm.kind != "pronoun"
                     or tm is None and te == c.first - 1 and toks[te - 1].low.endswith(("'s", "’s"))
                     and toks[te].text in lex.document_nouns and (tm := Mention(te, te, "description")) is not None):
            m = tm  # (round 48, enrel3) after a time phrase opening the sentence: "Last month officials said …" (no
            # speaker); (round 48, enleft6) also "Yesterday officials said", "On Monday officials said"; (round 48,
            # enleft7) a document noun alone after a time's possessive: "Last week's report said …" (nothing)
        if m is None and lex.lang == "en" and c.kind == "verb" and c.first - 2 >= lo \
                and toks[c.first - 1].text == "can" and toks[c.first - 2].low in ("i", "we") \
                and toks[c.first].text in lex.assurance_verbs and not any(t.quoted for t in toks[c.first - 2 : c.first + 1]) \
                and c.last + 1 < hi and toks[c.last + 1].low in ("you", "that") \
                and (c.first - 2 == lo or not toks[c.first - 3].is_word or toks[c.first - 3].low in lex.coordinators):
            m = Mention(c.first - 2, c.first - 2, "pronoun")  # (round 48, endebates4) the speaker's own assurance: "I can
            # tell you that the plan will work", "We can assure you that …" (nothing; "I will tell you that …" reported);
            # not "we can say" (idle words, round 39), "what I can tell you is …" nor "I can tell when …" (a judgement)
        if lex.lang == "de" and c.kind == "verb" and named is None and _de_particle_before_content(ctx, c, hi):
            # (round 41, deinterviews) a second predicate whose particle or da-word closes it before the content: the
            # main clause's subject ("Meuer freute sich über den Sieg und sein Tor, mahnte aber an, dass …" had the
            # speaker "sein Tor"; "…, warnte aber davor, dass …" had none)
            m = _de_coordinated_predicate_subject(ctx, c, lo, hi) or m
        if m is None and lex.lang == "en" and c.kind == "verb" and c.first - 2 > lo \
                and toks[c.first - 1].text in ("that", "which") and not toks[c.first - 1].quoted \
                and toks[c.first - 2].text in lex.document_nouns and not toks[c.first - 2].quoted \
                and toks[c.first - 2].text not in lex.not_sources \
                and (doc := mention_before(toks, c.first - 1, lo, lex)) is not None and doc.end == c.first - 2 \
                and doc.kind != "pronoun" and doc.first > lo:
            m = doc  # (round 35) a relative clause on a document: "signed a letter that said the revelations were
            # inexcusable" (reported nothing), "issued a statement that said …"
        if m is None and lex.lang == "de" and c.kind == "verb":
            m = _de_coordinated_predicate_subject(ctx, c, lo, hi)
        if lex.lang == "de" and c.kind == "verb" and c.first - 1 > lo and toks[c.first - 1].text == "," \
                and (m is None or m.first > c.last) and _de_bare_thing_object(ctx, c, mention_after(toks, c.last, hi, lex), lo):
            # (round 51, deleft19) a bare plural thing after a second predicate is its object, no speaker: "Ayşe Demir
            # unterstützte das Paket grundsätzlich, mahnte aber Nachbesserungen an" (was "Nachbesserungen"): the main
            # clause's subject speaks
            m = _de_main_clause_subject(ctx, lo, c.first - 1) or m
        if lex.lang == "en" and c.first - 3 >= lo and toks[c.first - 1].text == "to" \
                and toks[c.first - 2].low in _EN_GOING_ON and toks[c.first - 2].text == toks[c.first - 2].low:
            # an infinitive after a verb of going on: its subject speaks ("Mnuchin went on to say that …",
            # "She continued to insist that …" gave no speaker)
            v = c.first - 2
            if toks[v].low == "on" and toks[v - 1].low in ("went", "goes", "go", "going", "gone"):
                v -= 1
            if m is None or (m.first < v <= m.end < c.first and m.kind == "description"):
                # (round 40, enaccording) also over an adverb before the verb: "The tennis superstar then went on to
                # ask …" (the speaker was "The tennis superstar then went")
                b = v
                while b - 1 > lo and toks[b - 1].text == toks[b - 1].low and toks[b - 1].low in _EN_GOING_ON_ADVERBS:
                    b -= 1
                subj = mention_before(toks, b, lo, lex)
                if subj is not None and subj.end == b - 1:
                    m = subj
        if m is None and lex.lang == "en" and c.first - 2 > lo and toks[c.first - 1].text == "to" and not toks[c.first - 1].quoted \
                and (subj := _en_floor_purpose_subject(toks, lex, c.first - 1, lo)) is not None:
            m = subj  # (round 52, auditen2) an infinitive of purpose after taking the floor: "Colin Ferris interrupted the
            # exchange to ask whether ministers had met developers" (reported nothing)
        if lex.lang == "en" and c.first - 4 > lo and toks[c.first - 1].text == "to" and not toks[c.first - 1].quoted \
                and (subj := _en_revised_account_subject(toks, lex, c.first - 1, lo)) is not None:
            m = subj  # (round 51, auditnews7) a revised account's infinitive: its reviser speaks ("Sondland shifted his
            # own account of the meeting to say he did discuss the aid", "He changed his story to say he was never there")
        if m is None and lex.lang == "en" and c.first - 3 > lo and toks[c.first - 1].text == "to" \
                and toks[c.first - 2].text in _EN_READY_ADJECTIVES:
            # (round 40, enlight) a fixed phrase of manner before the infinitive: its subject speaks ("Johnson was quick
            # to point out that …", "The minister was careful to note that …", "was at pains to stress that …")
            b = c.first - 3
            if toks[c.first - 2].text == "pains" and toks[b].text == "at":
                b -= 1
            if b > lo and toks[b].text == toks[b].low and toks[b].low in lex.skippable and toks[b].low not in lex.passive_auxiliaries:
                b -= 1  # "was also quick to …"
            if b > lo and toks[b].text in _EN_READY_BE and (subj := mention_before(toks, b, lo, lex)) is not None \
                    and subj.end == b - 1:
                m = subj
        if m is None and lex.lang == "en" and c.first - 4 >= lo and toks[c.first - 1].low in ("have", "'ve") \
                and toks[c.first - 2].text == "to" and toks[c.first - 3].low in lex.raising_participles \
                and not any(x.quoted for x in toks[c.first - 3 : c.first]):
            # (round 37, e6) a report of a report: "Mr Johnson is understood to have told colleagues that …", "He is said
            # to have warned that …" (no speaker): the subject before the "be"
            b = c.first - 4
            while b > lo and toks[b].text == toks[b].low and (toks[b].low.endswith("ly") or toks[b].low in lex.skippable) \
                    and toks[b].low not in lex.passive_auxiliaries:
                b -= 1
            if toks[b].low in lex.passive_auxiliaries and toks[b].text == toks[b].low and b - 1 >= lo \
                    and (subj := mention_before(toks, b, lo, lex)) is not None and subj.end == b - 1:
                m = subj
        if m is None and lex.lang == "en" and c.first - 2 >= lo and toks[c.first - 1].text == "to":
            # an infinitive's subject is the object before "to": "prompted correspondent Major Garrett to note that …"
            obj = mention_before(toks, c.first - 1, lo, lex)
            if obj is not None and obj.end == c.first - 2 and obj.kind == "name" and toks[obj.first].is_cap \
                    and obj.first > lo:
                m = obj
    if m is None and lex.lang == "en" and c.kind == "verb":
        p = c.first - 1
        while p > lo and (toks[p].low in lex.skippable or toks[p].low in lex.subject_adverbs) and not toks[p].quoted:
            p -= 1  # (round 38, comments: also "only", "somehow": "… but only recently realized that …")
        earlier = [x for x in cues if x.first < c.first and x.speaker is not None]
        if p > lo and toks[p].low in lex.coordinators and earlier:
            # a coordinated verb shares the subject: "Paul called the process "a disgrace" and said …"
            c.speaker, c.name = earlier[-1].speaker, earlier[-1].name
            return
        if p > lo and toks[p].text in ("although", "though") and not any(t.quoted for t in toks[lo:p]):
            # (round 29) a predicate after "although" shares the subject: "The company paused the trial, although noted
            # that …" (the speaker was "although")
            subj = sentence_subject(toks, lo, p, lex)
            if subj is None or subj.first != lo or subj.kind == "pronoun" and toks[subj.first].low == "it":
                return
            m = subj
        # (round 49, auditnews6) a coordinated predicate inside a bracket takes the bracket's subject: "Acme cut jobs
        # (the company would not give the number but called it “small”) …" (was the subject outside the bracket)
        clo = _en_open_bracket_start(toks, lo, p)
        if p > clo + 2 and toks[p].text in ("and", "but") and (
                toks[c.first].low in lex.bare_complement_verbs or toks[c.first].low in lex.addressee_verbs or (
                    c.last + 1 < len(toks) and toks[c.last + 1].low == "that")) \
                and (r := _en_relative_who_before(toks, clo, p)) is not None:
            # (round 53, auditnonwire) a cue coordinated inside a relative clause takes its relative pronoun: "Walsh, who
            # is 79 and said this would be his last role, gives …" (reported nothing); a reporting verb with its
            # content only, no light verb ("who is divisive and takes a hardline stance on …")
            m = Mention(r, r, "relative")
        elif p > clo and toks[p].low in ("and", "but") and (not any(t.quoted for t in toks[clo:p]) or (
                # (round 42, enpolitics3) quotations only inside a participle phrase between commas before "and"
                p - 2 > clo and toks[p - 1].quoted and toks[p - 2].text == "," and not toks[p - 1].is_word
                and _en_participle_aside(toks, lex, clo, p - 1) is not None)):
            # (round 32) after a fronted adverbial: "On Saturday, the prime minister ended the debate and said …"
            start = _after_fronted_adverbial(toks, clo, p, lex)
            m = _en_coordinated_subject(ctx, start if start < p - 2 else clo, p)
            if m is None and toks[p].text == toks[p].low and p - 1 > clo and toks[p - 1].is_word:
                obj = mention_before(toks, c.first, clo, lex)
                if obj is not None and obj.end >= p - 4 and obj.kind != "relative":
                    return  # the noun before "and said" is the first verb's object ("visited the site … and said")
    if m is None and c.kind == "verb" and not c.passive and not (lex.lang == "en" and toks[c.first].low.endswith("ing")):
        prev = toks[c.first - 1] if c.first > lo else None
        after_quote = prev is not None and (prev.quoted or prev.text == ",")
        before = None if after_quote and prev.quoted and not (
            lex.lang == "de" and de_quoted_name_before(toks, c.first, lo, lex)) and not (
            # (round 38, enprec2) a subject in scare quotes: 'The "experts" told us …' (reported nothing)
            lex.lang == "en" and en_scare_quoted_np(toks, c.first - 1, lo, lex)) else mention_before(toks, c.first, lo, lex)
        after = mention_after(toks, c.last, hi, lex)
        if prev is not None and c.first - 1 == lo and prev.text in _DE_LONE_DEMONSTRATIVES and not prev.quoted \
                and lex.lang == "de":
            # (round 45, dedescr2) a demonstrative opening the sentence right before the verb is its subject: "Die
            # Ständige Impfkommission … Diese empfiehlt …", "Dieses warnt vor …" (the content was "Diese", the speaker
            # the verb's object)
            before = Mention(lo, lo, "pronoun")
        if lex.lang == "en" and (prev is None or prev.quoted or prev.text == "," or prev.low in lex.auxiliaries) \
                and (sq := en_subject_over_quotation(ctx, c, lo)) is not None:
            # (round 41, enprogressive) a quotation inside the subject's modifier: 'One of the four MPs suspended by
            # Sir Keir Starmer for 'persistent breaches of discipline' has told LBC he …' (gave nothing), 'A
            # councillor who called the plan "a disaster" told reporters …' (the speaker was "reporters")
            before, after = sq, None
        if lex.lang == "en" and prev is not None and prev.text == "," and not prev.quoted \
                and (over := _en_subject_over_parenthetical_report(ctx, c, lo)) is not None:
            before, after = over, None  # (round 53, enleft) a parenthetical report between the subject and its verb: "A
            # professor there, she later recalled, told her that …", "The minister, aides said, told colleagues that …"
            # (reported nothing, or the addressee spoke)
        if lex.lang == "de" and before is not None and toks[before.last].low in DE_MONTHS and not toks[before.last].quoted:
            before = _de_subject_before_date(ctx, before, lo)  # (round 40, despk2) "könnte die Kommission am 26.
            # September empfehlen, …" (the speaker was "September")
        if lex.lang == "de" and (dated := _de_dated_document(ctx, c, lo)) is not None:
            before = dated  # (round 48, deleft8) "Der Bericht des Jahres 2020 zeigt, dass …" (reported nothing)
        if lex.lang == "de" and before is not None and (share := _de_share_after_verb(ctx, c, before, lo, hi)) is not None:
            before, after = None, share  # (round 39, deshares2) "Das Gegenteil äußerten 27 Prozent" (was "Gegenteil")
        if before is not None and lex.lang == "en" and before.first - 3 >= lo and toks[before.first - 1].text == "by" \
                and toks[before.first - 2].text in lex.document_participles and not toks[before.first - 2].quoted \
                and (doc := mention_before(toks, before.first - 2, lo, lex)) is not None and doc.end == before.first - 3 \
                and doc.kind != "pronoun":
            before = doc  # (round 35) the document speaks, not who obtained it: "Internal emails seen by The Independent
            # reveal that …" (the speaker was "The Independent")
        if lex.lang == "de" and prev is not None and prev.text == "," and not prev.quoted \
                and (rel := _de_subject_of_relative(ctx, lo, c.first - 1, subject=c.last + 1 < hi and toks[c.last + 1].text == ","
                                                    and not toks[c.last + 1].quoted)) is not None:
            # the sentence's subject, then a relative clause with a preposition that ends at the cue's comma:
            # "Der Tierpfleger, mit dem wir gesprochen haben, sagte, dass …" (gave nothing)
            before, after = rel, None
        if lex.lang == "de" and after is not None and after.kind == "pronoun" and toks[after.first].text == "es" \
                and toks[c.first].low in lex.light_verbs and "für" in lex.light_verbs[toks[c.first].low]:
            # "es" is the object of "halten … für": the subject follows it or stands before the verb
            # ("hält es der Präsident für möglich", "Beobachter halten es für unwahrscheinlich")
            after = mention_after(toks, after.first, hi, lex)
            after = after if after is not None and toks[after.first].low not in lex.prepositions else None
        if before is not None and lex.lang == "de" and prev is not None and prev.text == "," and before.first - 1 >= lo \
                and toks[before.first - 1].text == "," and toks[before.first].text in RELATIVES:
            # a relative clause before the comma is no subject: "Auch zur Amtsführung von X, der seit 2014 im
            # Amt ist, äußerte sich die Studie" (V2: the subject follows the verb)
            before = None
        if before is not None and lex.lang == "de" and after is not None and prev is not None and prev.text == "," \
                and not prev.quoted and not any(
                    t.text in {",", ";", ":"} and not t.quoted for t in toks[lo : c.first - 1]):
            # an attribution after the first comma follows its verb: a parenthetical after the subject
            # of the report ("Die Wirtschaft, sagte Schmidt, sei …"; German puts no comma between a
            # subject and its finite verb) or after the clause's first part ("Der Vorschlag sei,
            # erklärte die Ministerin, nicht umsetzbar")
            before = None
        elif before is not None and lex.lang == "de" and after is not None and prev is not None and prev.text == "," \
                and not prev.quoted and before.end == c.first - 2 and after.first == c.last + 1 and after.kind != "pronoun" \
                and (toks[after.first].text[:1].isupper() or (
                    # (round 27) or a noun phrase with a subject's article: "Es gebe Hoffnung, aber auch Sorgen, sagte der
                    # britische Diplomat" (nothing was reported)
                    toks[after.first].text in ("der", "die", "ein", "eine") and after.last > after.first
                    and toks[after.last].is_cap)) and any(
                    not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i)
                    for t in toks[lo : before.first]):
            # a trailing attribution after a report in the Konjunktiv with commas of its own: the phrase before
            # the comma ends the report ("Allerdings hätten die Airlines, die davon abhängig seien, Grund zur
            # Sorge, meinte Lundgren"; German puts no comma between a subject and its verb)
            before = None
        if before is not None and lex.lang == "de" and after is not None and before.first == before.end == c.first - 1 \
                and toks[before.first].text in ("das", "dies") and c.first - 2 > lo and toks[c.first - 2].text == "," \
                and not toks[c.first - 2].quoted and after.first > c.last and after.kind != "pronoun":
            # (round 29) a resumptive "das" after a report is its object: "Ein Geständnis sei nie abgegeben worden, das
            # sagte der Verteidiger" (the speaker was "das")
            before = None
        if before is not None and lex.lang == "de" and before.first == before.last and before.first - 3 >= lo \
                and toks[before.first - 1].text in ("und", "&") and not toks[c.first].low.endswith("n") \
                and toks[before.first - 3].low not in lex.prepositions \
                and (left := mention_before(toks, before.first - 1, lo, lex)) is not None and left.end == before.first - 2 \
                and toks[left.first].low in lex.determiners and toks[left.first].low not in lex.object_articles \
                and (left.first == lo or toks[left.first - 1].text in {",", ":", ";"}) and left.last > left.first:
            # (round 29) one organisation's name with "und" before a singular verb: "Die Gewerkschaft Erziehung und
            # Wissenschaft fordert …" (the speaker was "Wissenschaft" or the object)
            before = Mention(left.first, before.last, left.kind)
        fallback = before
        if before is not None and lex.lang == "de":
            before = _de_bare_adjectives(ctx, before, lo)  # "über psychische Folgen": the adjectives belong to it
        if before is not None and lex.lang == "de" and before.first - 3 >= lo and toks[before.first - 1].low in ("und", "sowie") \
                and is_head(toks[before.first - 2], lex) and toks[before.first - 3].low in lex.prepositions \
                and toks[before.first - 3].text == toks[before.first - 3].low:
            # a coordinated noun after the preposition of a postmodifier: "Der Bund für Umwelt und Naturschutz"
            before = Mention(before.first - 2, before.last, before.kind, before.span_last)
        if before is not None and lex.lang == "de" and toks[c.first].low.endswith("n") and before.first - 4 >= lo \
                and toks[before.first - 2].low == "als" and toks[before.first - 1].low == "auch" \
                and not toks[before.first - 1].quoted and not toks[before.first - 2].quoted \
                and (left := mention_before(toks, before.first - 2, lo, lex)) is not None and left.end == before.first - 3 \
                and left.kind != "pronoun" and (so := left.first if toks[left.first].low == "sowohl" and left.first < left.last
                                                else left.first - 1) >= lo and toks[so].low == "sowohl" \
                and not toks[so].quoted and _prefield(ctx, Mention(so, left.last, left.kind), lo):
            # (round 48, deleft6) "sowohl … als auch …" before a plural verb speak together: "Sowohl Müller als auch
            # Schmidt sagten, …" (the speaker was Schmidt); its name is "Müller und Schmidt"
            before = Mention(so, before.last, "group", before.span_last)
        if before is not None and lex.lang == "de" and toks[c.first].low.endswith("n") and before.first - 2 >= lo \
                and toks[before.first - 1].low in ("und", "sowie") and not toks[before.first - 1].quoted:
            # a coordinated subject before a plural verb: "Betriebsrat und IG Metall kündigten Proteste an"
            left = _de_list_before(ctx, before.first - 1, lo)
            if left is not None and left.end == before.first - 2 and left.kind != "pronoun" and _prefield(ctx, left, lo) \
                    and toks[left.first].low not in lex.object_articles:
                before = Mention(left.first, before.last, before.kind, before.span_last)
        if before is not None and lex.lang == "de" and toks[c.first].low.endswith("n") and before.first - 4 >= lo \
                and toks[before.first - 1].text == "auch" and toks[before.first - 2].text == "als" \
                and not toks[before.first - 1].quoted and not toks[before.first - 2].quoted \
                and (left := mention_before(toks, before.first - 2, lo, lex)) is not None and left.end == before.first - 3 \
                and left.kind != "pronoun" and (sw := _de_sowohl_at(ctx, left, lo)) is not None:
            # (round 48, descare) "Sowohl Schmidt als auch Müller sagten, …" speak together (was "Müller"), as "Both
            # Smith and Jones said"; the canonical name drops "sowohl … als auch" ("Schmidt und Müller")
            before = Mention(sw, before.last, before.kind, before.span_last)
        if before is not None and lex.lang == "de":
            w = before.first - 1
            while w > lo and w >= before.first - 6 and not toks[w].quoted and (
                    toks[w].text in ("und", "sowie", ",") or (toks[w].is_cap and toks[w].is_word)):
                w -= 1  # (the examples before the last one: "wie Nabu und BUND")
            if w - 1 >= lo and toks[w].text == "wie" and toks[w - 1].is_cap and toks[w - 1].is_word \
                    and not toks[w - 1].quoted and toks[c.first].low.endswith("n") \
                    and (w - 1 == lo or toks[w - 2].low in lex.determiners or not toks[w - 2].is_word):
                # (round 22) examples after a plural head: "Verbände wie Nabu und BUND kritisierten" was the BUND's
                head = w - 1 - (w - 2 >= lo and toks[w - 2].low in lex.determiners)
                before = Mention(head, w - 1, "description", before.end)
        if before is not None and lex.lang == "de" and before.kind == "name" and before.first - 5 >= lo \
                and toks[before.first - 1].low in ("und", "sowie") and not toks[before.first - 1].quoted \
                and (left := mention_before(toks, before.first - 1, lo, lex)) is not None and left.end == before.first - 2 \
                and left.kind == "name" and left.first - 2 >= lo and toks[left.first - 1].text == "um" \
                and not toks[left.first - 1].quoted and toks[left.first - 2].is_cap and toks[left.first - 2].is_word:
            # (round 54, deleft) a group around two leaders: "Die SPD-Spitze um Lars Klingbeil und Bärbel Bas erklärte, …"
            # is the group (was Bärbel Bas), as "Die SPD-Spitze um Lars Klingbeil erklärte" is
            before = Mention(left.first, before.last, before.kind, before.span_last)
        if before is not None and before.first > lo and toks[before.first - 1].low in lex.prepositions:
            head = mention_before(toks, before.first - 1, lo, lex) if lex.lang == "de" else None
            if head is not None and (toks[head.end].low in _DE_TIME_HEADS or toks[head.first].low in _DE_TIME_HEADS):
                head = None  # a time phrase, no subject: "Kurz nach dem Treffen sagte Macron", "Wenige Wochen nach …"
            if head is not None and head.first == head.end and (
                    toks[head.first].low in lex.coordinators or toks[head.first].low in lex.skippable):
                head = None  # (round 26) a conjunction or adverb before the phrase: "Doch in der ARD sagte die Politikerin"
            if head is not None and lex.lang == "de" and head.end == before.first - 2 and head.first - 2 > lo \
                    and toks[head.first - 1].low in ("und", "sowie") and not toks[head.first - 1].quoted \
                    and toks[c.first].low.endswith("n") and not _prefield(ctx, head, lo):
                head = _de_coordinated_body_head(ctx, head, lo) or head
            two = False
            if head is not None and head.end == before.first - 2 and not _prefield(ctx, head, lo) and head.first - 1 > lo \
                    and toks[head.first - 1].low in lex.prepositions and toks[head.first - 1].text == toks[head.first - 1].low \
                    and (h2 := mention_before(toks, head.first - 1, lo, lex)) is not None and h2.end == head.first - 2 \
                    and h2.kind != "pronoun" and _prefield(ctx, h2, lo) and not (
                        toks[h2.end].low in _DE_TIME_HEADS or toks[h2.first].low in _DE_TIME_HEADS):
                head, two = h2, True  # (round 26) two postmodifiers: "Aktivisten in der Provinz Idlib im Norden Syriens berichteten"
            if head is not None and lex.lang == "de" and head.first - 1 >= lo and not toks[head.first - 1].quoted \
                    and toks[head.first - 1].low in lex.prepositions and (
                        toks[head.first - 1].low not in lex.clause_openers
                        or toks[head.first].low in ("des", "eines", "einer", "dem", "einem")):
                head = None  # (round 34, w2e) the phrase is a fronted preposition's own object: "Am Rande einer Konferenz
                # in Berlin sagte Müller", "Während eines Besuchs in Paris sagte X" (the speaker was "Rande einer …")
            if head is not None and (head.end == before.first - 2 or two) and head.kind != "pronoun" and _prefield(ctx, head, lo) \
                    and toks[head.first].low not in lex.object_articles and toks[head.end].is_cap \
                    and not (lex.lang == "de" and prev is not None and prev.text == "," and (
                        (toks[head.first].text in RELATIVES and head.first - 1 >= lo and toks[head.first - 1].text == ",")
                        or (head.first - 2 >= lo and toks[head.first - 1].text in RELATIVES
                            and toks[head.first - 2].text == ","))):
                # a subject with a prepositional postmodifier: "Offizielle Stellen in Kiew erklärten"
                # (round 29: not a relative clause before a trailing attribution's comma, "Es gebe eine Krise, die
                # Deutschland im Griff habe, sagte Scholz" had the speaker "die Deutschland im Griff")
                before = Mention(head.first, head.last, head.kind, before.end)
            else:
                before = None  # the object of a fronted phrase: "Im Interview sagte Glos"
                if fallback is not None and fallback.first > lo and toks[fallback.first - 1].low in lex.prepositions \
                        and toks[fallback.first - 1].low not in ("von", "vom", "durch", "seitens") \
                        and toks[fallback.first - 1].text == toks[fallback.first - 1].low and lex.lang == "de":
                    # (round 22) nor the fallback: "… nach dem Gespräch mit Bundespräsident X äußern" was X's
                    fallback = None
        if before is not None and lex.lang == "de" and after is not None and toks[c.first].low.endswith("ten") \
                and toks[lo].text == "Die" and after.first == c.last + 1 and toks[after.first].low in ("das", "ein", "eine", "einen") \
                and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[lo : c.first]):
            # a plural verb and a singular noun phrase after it: "Die Büros beider Politiker nannten das Treffen offen"
            # (the subject is the whole phrase before the verb)
            before = Mention(lo, c.first - 1, "description")
        elif before is not None and lex.lang == "de" and after is not None and toks[c.first].low.endswith("en") \
                and after.first == c.last + 1 and toks[after.first].low in ("das", "ein", "eine", "einen") \
                and toks[before.first].text[:1].isdigit() and before.first + 1 <= before.last \
                and toks[before.first + 1].low in ("prozent", "%") and not toks[before.first].quoted \
                and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[lo : c.first]):
            pass  # (round 39, depolls4) a share before a plural verb, a singular phrase after it: "Nur 27 Prozent der
            # Bevölkerung äußerten das Gegenteil" (the speaker was "Gegenteil")
        elif before is not None and lex.lang == "de" and after is not None and (
                pre := _de_coordinated_prefield_subject(ctx, c, before, after, lo, hi)) is not None:
            before = pre  # (round 41, dedetails2) a coordinated subject before a plural verb, its object after it: "Die
            # AbL, der vzbv und der BUND fordern … Bundesministerin Julia Klöckner auf, …" (the speaker was Klöckner)
        elif before is not None and lex.lang == "de" and after is not None and (
                not _prefield(ctx, before, lo) or toks[before.first].low in lex.object_articles
                or toks[before.first].low in _DE_FRONTED_PARTICIPLES
                or _de_predicative_object(ctx, c, before, after, hi) or _de_fronted_thing(ctx, c, before, after)
                or _de_fronted_demonstrative(ctx, c, before, after, lo) or _de_fronted_participle(ctx, before, lo)
                or _de_fronted_object_before_name(ctx, c, before, after) or _de_fronted_count(ctx, c, before, after)
                or (after.first > c.last and _de_fronted_ab_or_times(toks, lo, before))
                or _de_fronted_thing_before_pronoun(ctx, c, before, after) or _de_fronted_object_before_sie(ctx, c, before, after, lo)
                or _de_fronted_quantity(ctx, c, before, after, lo) or _de_fronted_plural(ctx, c, before, after, lo)
                or _de_fronted_oblique(ctx, before) or _de_fronted_feminine_dative(ctx, c, before, after, lo)
                or (after.first > c.last and _de_object_first(ctx, lo, c.first, lo, hi) is not None)):
            # V2 after a fronted phrase ("Innerhalb weniger Tage berichtete die Presse") or a
            # fronted object ("Den Plan nannte der Minister einen Fehler"): the subject follows
            before = None
        if before is not None and after is not None and lex.lang == "de" and before.first == lo and toks[lo].low == "der" \
                and (toks[c.first].low in lex.addressee_verbs or toks[c.first].low in lex.media_telling_verbs) and any(
                    t.is_word and (t.low.endswith(_DE_FEMININE_MEDIA) or t.low in _DE_FEMININE_PAPERS)
                    for t in toks[before.first : before.end + 1]) \
                and not any(t.text == t.low and t.low in lex.determiners for t in toks[lo + 1 : before.end + 1]) \
                and after.first > c.last:
            # (round 27) a fronted dative: "Der Neuen Osnabrücker Zeitung sagte Rukwied, …" ("Der" before a feminine
            # noun is no nominative; the paper was the speaker); (round 53, auditde2) also with a cue that tells a medium
            # something: "Der Zeitschrift „Bunte“ verriet die Sängerin, dass …"
            before = None
        if before is None and after is not None and lex.lang == "de" and _de_singular_dative_after_plural(ctx, c, after, hi):
            after = None  # (round 40, deobjects) "Beck und van Essen warfen der Linkspartei … vor" (the speaker was the
            # dative "der Linkspartei")
        if before is not None and after is not None and lex.lang == "de" and _de_fronted_object_before_title(ctx, c, before, after):
            before = None  # "Seine Niederlage … erklärte der Trainer mit …": the title speaks
        if before is not None and after is not None and lex.lang == "de" and (
                toks[before.last].low in lex.light_acts or toks[before.last].low in lex.speech_nouns) and not (
                # (round 45, dejustiz) the prosecution with its article before an accusation's dative: "Die Anklage wirft
                # Anna Roth Untreue vor" (the speaker was Roth)
                toks[before.first].text == "Die" and before.first == lo and before.last == lo + 1
                and toks[c.first].low in _DE_DATIVE_CUES and _de_agent_noun(toks[before.last].text, lex)):
            before = None  # what is said, fronted: "Deutliche Kritik an Hendricks äußerte die Fraktionsvorsitzende"
        if before is not None and after is not None and after.kind == "pronoun" and after.first == c.last + 1 \
                and toks[after.first].low in lex.subject_pronouns and lex.lang == "de":
            before = None  # "Nähere Angaben machte er nicht": a subject-only pronoun right after the verb
        opener = lex.lang == "en" and prev is not None and c.first - 1 == lo and prev.text[:1].isupper() and not prev.quoted \
            and prev.low in lex.inversion_openers and toks[c.first].low in lex.inversion_cues and after is not None \
            and after.first == c.last + 1 and after.kind in ("name", "description")
        if opener:
            before = None  # (round 47, endirect) "So said Maria Lopez, a farmer in the valley.": the adverb is no subject
        if lex.lang == "en" and after is not None and not opener and (toks[c.first].low not in lex.inversion_cues and not (
                # (round 48, auditnews) a plural present after a comma with a plural source ending the sentence: "…, say
                # officials.", "…, say health experts." (reported nothing; no base form may invert elsewhere: "…, say, ten")
                _en_plural_trailing_inversion(ctx, c, after, prev, hi)) and not (
                # (round 41, enbriefings2) a document's "read" is a cue only there: '"…," read a statement by …'
                toks[c.first].low in ("read", "reads") and prev is not None and (prev.quoted or prev.text == ",")) or not (
                prev is None or prev.quoted or prev.text in {",", ":", "(", "—"})):
            after = None  # English puts the subject after the verb only in "…," said X / "Said X:"
        if lex.lang == "en" and after is not None and toks[after.first].low in ("me", "him", "us", "them"):
            after = None  # an object pronoun is no inverted subject: "My best friend, Sharon, asked me to …"
        if lex.lang == "en" and after is not None and toks[c.first].low in ("told", "tells", "tell") \
                and toks[after.first].low in lex.determiners:
            after = None  # the addressee of "told": "…, Representative Frank Pallone Jr., told the witnesses that …"
        if before is not None and after is not None and lex.lang == "de" and before.first == before.end == c.first - 1 \
                and toks[before.first].low in lex.anaphoric_subjectless and after.first > c.last:
            before = None  # (round 36, v1) a fronted "Dies" is what was said, as "Das": "Dies sagte ein Diplomat am Montag"
        if before is None and lex.lang == "de" and c.first - 1 >= lo and (
                (toks[c.first - 1].low in ("der", "die") and (c.first - 1 == lo or toks[c.first - 2].text in {",", ":"}))
                or (toks[c.first - 1].low in ("diese", "dieser") and (c.first - 1 == lo or toks[c.first - 2].text in {":", ";"}))):
            # a demonstrative: "Der kommentiert das nüchtern", "…; diese befürchtet den Missbrauch"
            before = Mention(c.first - 1, c.first - 1, "pronoun")
        elif before is None and c.first - 1 >= lo and toks[c.first - 1].low in lex.quantifier_pronouns \
                and (c.first - 1 == lo or toks[c.first - 2].text in {",", ":"}):
            before = Mention(c.first - 1, c.first - 1, "description")  # "Einige kritisierten die Bebauung"
        if before is not None and after is not None and lex.lang == "de" and before.first == lo == before.end \
                and c.first == lo + 1 and after.first > c.last and toks[lo].is_cap and not toks[lo].quoted \
                and toks[lo].low in lex.fronted_adverbs and toks[lo].low not in ctx.ents.by_surname:
            before = None  # (round 37, w4) an adverb before the finite cue is no subject, the phrase after it is:
            # "Vorsorglich warnte die Polizei vor Glätte", "Sicherheitshalber rät die Feuerwehr, …" (the speaker was
            # the adverb: the object tests below keep a lone word before the verb)
        if before is not None and after is not None and lex.lang == "de" and before.first == lo and before.end + 1 == c.first \
                and after.first > c.last and toks[before.last].is_cap and not toks[before.last].quoted \
                and (nouns := lex.light_verbs.get(toks[c.first].low)) and (toks[before.last].low in nouns or (
                    (h := _de_light_compound_head(toks[before.last].low, lex.light_compound_heads)) is not None and h in nouns)):
            before = None  # (round 37, w4) the light noun fronted is the object: "Eine Umleitungsempfehlung gab der
            # Mitteldeutsche Rundfunk", "Eine Warnung sprach die Stadt nicht aus" (the speaker was the noun)
        if after is not None and lex.lang == "de" and after.first > c.last and not toks[after.last].quoted \
                and toks[after.last].low in lex.light_verbs.get(toks[c.first].low, ()):
            after = None  # (round 37, merge review) the light verb's own noun after it is its object, no speaker: "…
            # erwähnte Helmut Kohl auch Missstände und fand mahnende Worte" (the speaker was "Worte")
        if before is not None and lex.lang == "de" and before.end + 1 == c.first and before.first < before.end \
                and c.first == c.last and toks[before.last].is_cap and not toks[before.last].quoted \
                and toks[before.first].low in ("eine", "einen", "ein", "keine", "keinen", "kein") \
                and (nouns := lex.light_verbs.get(toks[c.first].low)) and toks[before.last].low in nouns:
            # (round 38, objfirst) the light verb's own noun right before it closes the clause is its object: "Merz hatte
            # … mit der Begründung, die Partei sei extrem, eine klare Absage erteilt" (was "Absage"); the sentence's
            # subject before its auxiliary speaks
            subj = clause_subject(toks, lo, before.first, lex)
            before = fallback = subj if subj is not None and subj.kind != "pronoun" and subj.first == lo \
                and subj.end + 1 < before.first and toks[subj.end + 1].low in lex.auxiliaries else None
        if after is not None and lex.lang == "de" and after.first == c.last + 1 and after.first < after.end \
                and toks[after.first].low in ("die", "das") and _de_thing_head(ctx, toks[after.last]) \
                and (k := next((x for x in range(after.end + 1, min(hi, after.end + 4))
                                if not (toks[x].text == toks[x].low and toks[x].low in lex.skippable)), None)) is not None \
                and toks[k].low in ("einen", "eine", "ein", "als") and not toks[k].quoted:
            after = None  # (round 38, objfirst) a thing and its predicate after the verb are objects: "Er sei nicht
            # gekränkt, nannte die Trennung aber einen Schock" (the speaker was "die Trennung"); a verb without a subject
            # of its own after a comma shares the first clause's person ("Er")
            if before is None and c.first - 1 > lo and toks[c.first - 1].text == "," and not toks[c.first - 1].quoted \
                    and (subj := clause_subject(toks, lo, c.first - 1, lex)) is not None and subj.first == lo \
                    and (subj.kind == "name" or toks[subj.first].low in ("er", "sie")):
                before = fallback = subj
        if after is not None and lex.lang == "de" and after.first == c.last + 1 and after.first < after.end \
                and toks[after.first].low in ("eine", "einen", "ein") and after.end - after.first <= 2 and after.end + 2 < hi \
                and toks[after.end + 1].low == "mit" and toks[after.end + 2].is_word and not toks[after.end + 2].quoted \
                and toks[after.end].is_cap and toks[after.end].low.endswith(lex.speaking_bodies) \
                and toks[after.end].low not in ctx.ents.by_surname:
            after = None  # (round 38, objfirst) an alliance with a partner after the verb is its object: "Kretschmer
            # fordert eine Koalition mit ihr" (the speaker was "eine Koalition")
        m = before
        if before is None or (lex.lang == "de" and before.first == lo == before.end and before.kind == "name"
                              and after is not None and toks[lo].low not in ctx.ents.by_surname
                              and toks[lo].low not in lex.quantifier_pronouns  # "Einige kritisierten die Bebauung"
                              # (round 47, deleft4) the one asked after "fragen" before the question: "Müller fragte die
                              # Ministerin, ob …" (the speaker was "die Ministerin")
                              # (not after an adverb: "Rhetorisch fragte die Ministerin, wer …", "Provokant fragte …")
                              and not (after.first == c.last + 1 and not toks[lo].low.endswith(_DE_ASK_MANNER_ENDINGS)
                                       and toks[lo].low not in lex.skippable and _de_asked_addressee(toks, c.first, hi))
                              # (round 29) a number after a singular verb is its object: "Ver.di fordert zwölf Prozent mehr
                              # Lohn" (the speaker was "zwölf Prozent")
                              and not ((toks[after.first].text.isdigit() or toks[after.first].low in _DE_NUMBER_WORDS)
                                       and not toks[c.first].low.endswith("n"))
                              # (round 29) "der" before a feminine noun is a dative: "Brandt teilte der Menge mit, …",
                              # "Strauß sagte der Abendpost, …" (the addressee was the speaker)
                              and not (toks[after.first].text == "der" and after.first == c.last + 1
                                       and toks[after.last].is_cap and (toks[after.last].low.endswith(_DE_FEMININE_SUFFIXES) or (
                                           # (round 47, deleft3) or a woman's role: "Müller sagte der Ministerin, …"
                                           # (the addressee was the speaker)
                                           after.last == after.first + 1 and toks[after.last].low.endswith("in")
                                           and de_person_noun(toks[after.last].low, "die"))))
                              # (round 29) a phrase after a preposition is no subject: "Brentano erklärte am gleichen
                              # Tage, …" (the speaker was "gleichen Tage")
                              and not (after.first - 1 > c.last and toks[after.first - 1].low in lex.prepositions
                                       and toks[after.first - 1].text == toks[after.first - 1].low)
                              # (round 49, deberichtet) a genitive attribute of the object's noun is no subject:
                              # "Merz warnte vor einer Spaltung der Gesellschaft", "Pistorius warnte vor einer
                              # Unterschätzung der Bedrohung" (the speaker was the genitive)
                              and not _de_genitive_attribute(ctx, c, after)
                              and toks[after.first].low not in lex.object_articles  # "Experten kritisierten den Plan"
                              # (round 34 w2a) a demonstrative right after a singular verb opens its object: "Giesler
                              # bekräftigte diese Position und erklärte, …" (the speaker was "diese Position")
                              and not (toks[after.first].text in ("diese", "dieses") and after.first == c.last + 1
                                       and not toks[c.first].low.endswith("n") and after.last > after.first)
                              # (round 34 w2a) an article alone, its noun in quotation marks, is no subject: "Wetzel
                              # sieht eine „Zeitenwende für den Konzern“" (the speaker was "eine")
                              and not (after.first == after.last and toks[after.first].low in lex.determiners
                                       and toks[after.first].text == toks[after.first].low)
                              # (round 25) a dative indefinite article: "Nehammer sagte einer Zeitung, …", "Nehammer
                              # erteilte einer Koalition eine Absage" (not "einer der Abgeordneten")
                              and not (toks[after.first].text == "einem" or (
                                  toks[after.first].text == "einer" and after.first + 1 < hi
                                  and toks[after.first + 1].low not in ("der", "von", "vom", "aus")))
                              # a possessive after the verb refers back to the subject before it: "Fillon räumte
                              # seine Niederlage ein"
                              and (toks[after.first].low not in lex.possessives or toks[lo].low in lex.anaphoric_objects)
                              and toks[after.last].low not in lex.light_acts  # "Deutschmann erneuerte die Forderung"
                              # the noun of a light verb: "Wowereit äußerte die Erwartung, dass …"
                              and toks[after.last].low not in lex.light_verbs.get(toks[c.first].low, ())
                              and not (toks[c.first].low.endswith("n") and toks[after.first].low in ("ein", "eine", "das"))
                              # (round 26) a feminine noun phrase that names no person after a singular verb is its
                              # object: "Merkel fordert eine Feuerpause" (was "eine Feuerpause")
                              # (round 28: also "die", "Michel gab die Einigung … bekannt" had "die Einigung"; and
                              # after "auch", "Scholz kündigte auch Diskussionen … an")
                              and not (toks[after.first].text in ("eine", "die") and not toks[c.first].low.endswith("en")
                                       # (not after a fronted "Dies": "Dies teilte die UN-Mission mit")
                                       and (toks[after.first].text == "eine" or toks[lo].low not in lex.anaphoric_objects)
                                       and (after.first == c.last + 1 or (after.first == c.last + 2
                                                                          and toks[c.last + 1].text == "auch")
                                            # (round 40, derelacts) or after adverbs, the lone word before the verb
                                            # no adverb: "Merkel kritisierte außerdem die Pläne", "Trittin lehnte
                                            # gestern die Pläne ab" (the speaker was the object)
                                            or _de_adverbs_then_object(ctx, c, lo, after.first)
                                            # (round 48, deleft6) or after a day: "Söder lobte am Montag die Reform"
                                            or _de_day_then_object(ctx, c, after.first))
                                       and toks[after.last].is_cap and not lex.is_title(toks[after.last].text)
                                       and not de_person_noun(toks[after.last].low, "die")
                                       and not toks[after.last].low.endswith(lex.speaking_bodies)
                                       and not lex.is_source_noun(toks[after.last].text))
                              # (round 23) a neuter or accusative noun phrase after a singular verb is its object:
                              # "Amtmann sieht das Problem beim Nachwuchs: „…“" (was "das Problem")
                              and not (toks[after.first].text in ("das", "ein") and (after.first == c.last + 1 or all(
                                           # (round 27) also after adverbs: "Kretschmer kritisierte vor allem das Gesetz"
                                           t.text == t.low and not t.quoted and (t.low in lex.skippable or t.low in ("vor", "allem"))
                                           for t in toks[c.last + 1 : after.first])
                                           # (round 48, deleft6) or after a day: "Söder kritisierte am Montag das Gesetz,
                                           # das seit Jahren gilt" (the speaker was "das Gesetz")
                                           or _de_day_then_object(ctx, c, after.first))
                                       and not toks[after.last].low.endswith(("ministerium", "amt", "gericht", "institut",
                                                                              "unternehmen", "bundesamt", "landesamt")))
                              and not _de_plural_subject_first(ctx, c, before, after)
                              and not _de_plural_object_after(ctx, c, after)
                              and not _de_object_name_after(ctx, c, before, after)
                              and not _de_name_before_object(ctx, c, before, after, hi)
                              # the object of a verb with its preposition after it: "China warnte die USA vor einem
                              # „Spiel mit dem Feuer“", "Der Verband bat die Bürger um Geduld"
                              and not (after.end + 1 < hi and toks[after.end + 1].text == toks[after.end + 1].low
                                       and toks[after.end + 1].low in _DE_OBJECT_PREPOSITIONS.get(toks[c.first].low[:4], ()))
                              # a plural verb and a singular noun phrase after it: "Die Büros beider Politiker nannten das
                              # Treffen offen" (not the subject)
                              and not (toks[c.first].low.endswith("ten") and toks[before.first].low == "die"
                                       and toks[after.first].low in ("das", "ein", "eine", "einen"))
                              # a second object after it: "Kretschmer nannte das Ergebnis einen „Vertrauensbeweis“"
                              and not (toks[c.first].low in _DE_NAMING_VERBS and after.end + 1 < hi
                                       and (toks[after.end + 1].low in ("einen", "eine", "ein", "als")
                                            or toks[after.end + 1].quoted))
                              # a bare noun after an object pronoun is the object: "Scholz warf ihm Egoismus vor"
                              and not (after.first - 1 > c.last and toks[after.first - 1].text in DE_OBJECT_PRONOUNS
                                       and toks[after.first].low not in lex.determiners
                                       and not lex.is_first_name(toks[after.first].low)
                                       and toks[after.first].low not in ctx.ents.by_surname)
                              # a medium after "sagte" is the addressee: "Dürr sagte der Zeitung, …"
                              and not (toks[c.first].low in lex.addressee_verbs and (after.first == c.last + 1 or all(
                                  # (round 22) also after an adverb: "sagte dazu der Zeitung"
                                  t.low in lex.skippable for t in toks[c.last + 1 : after.first]))
                                       and _de_media_addressee(toks, after.first, hi))
                              # (round 22) the dative of an accusation: "Kritiker werfen der Regierung vor, …"
                              and not (toks[c.first].low in _DE_DATIVE_CUES and after.first == c.last + 1
                                       and toks[after.first].text in ("der", "dem"))
                              and not _de_possessed_thing_after(ctx, after)):
            # (a plural verb before a singular noun phrase: "Kritiker fordern ein Verbot" -> Kritiker)
            # German V2: a lone capitalised word opening the sentence may be a fronted phrase; in
            # English it is the subject ("Officials said …", "Police say …")
            m = after or fallback
            if m is after and after is not None and lex.lang == "de" and toks[after.first].low in lex.object_articles:
                # an object after the verb is no subject: "Bundesländer wie Bayern, in denen …, begrüßten den Entwurf"
                m = fallback
    if lex.lang == "en" and m is not None and m.first == m.end and toks[m.first].low in ("something", "nothing", "everything"):
        return  # a hunch, no speaker: "Something tells me you are one of them"
    if lex.lang == "en" and m is not None and c.kind == "verb" and c.first == m.end + 1 and (
            (m.first > lo and toks[m.first - 1].low in lex.object_relative_heads and not toks[m.first - 1].quoted
             and m.kind != "relative" and toks[m.first].low not in lex.relative_pronouns)
            or (m.first < m.end and toks[m.first].low in lex.object_relative_heads)):
        # (round 48, auditcomments) the cue of an object relative on an indefinite pronoun says no content: "believe
        # anything Smith says is a fool" (reported "is a fool"), "Nothing the mayor says warrants …", "Everything
        # Johnson says is a lie" (the speaker was "Everything Johnson")
        return
    if lex.lang == "en" and m is not None and m.end < c.first and m.first + 1 <= m.end \
            and toks[m.first].low in ("a", "an") and toks[m.first + 1].low in _EN_COMMENT_NOUNS:
        return  # the writer's comment, no speaker: "…, an accusation election officials rejected"
    if lex.lang == "de" and c.kind == "verb" and (toks[c.first].low in lex.impersonal_cues or (
            # an "es" right after any other cue verb is an expletive too: "„…“, tönte es aus dem Saal"
            m is not None and m.kind == "pronoun" and m.first == c.last + 1 and toks[m.first].low == "es")):
        m = _de_impersonal_speaker(ctx, c, m, lo, hi)
    elif lex.lang == "de" and c.kind == "verb" and m is None and (doc := _de_darin_document(ctx, c, lo)) is not None:
        m = doc  # (round 48, deacts3) an impersonal passive after "Darin": "Die Kommission legte einen Bericht vor. Darin
        # wird gewarnt, die Lage sei ernst." (reported nothing, or the whole sentence as the commission's)
    elif lex.lang == "de" and c.kind == "verb" and m is None and de_darin_passive(ctx, c, lo) and lo > 0:
        # (round 48, deleft7) no document before it: the passive goes on as "Darin heißt es" does, the speaker of an
        # attributed sentence before ("Die Ministerin schrieb einen Brief. Darin wird gefordert, …" reported nothing)
        # or none ("Die Polizei sperrte die Straße. Darin wird gewarnt, …" was the whole sentence as the police's)
        m = Mention(lo, lo, "pronoun")
        c.expletive = True
    if lex.lang == "de" and (toks[c.first].low in lex.emerge_verbs or (
            toks[c.first].low in lex.separable and "hervor" in lex.separable[toks[c.first].low]
            and any(t.low == "hervor" and not t.quoted for t in toks[c.last + 1 : hi]))):
        m = _de_aus_source(ctx, c, lo, hi) or m  # "Das geht aus einer Antwort der Bundesregierung hervor"
    if lex.lang == "de" and toks[c.first].low in lex.zu_infinitive_cues:
        m = _de_dative_source(ctx, c, lo, hi) or m  # (round 36, v2) "…, war der Mitteilung zu entnehmen"
    if m is not None and toks[c.first].low in lex.quoting_verbs and not c.passive and (m.end < c.first or (
            # (round 54, deleft2) or a pronoun subject right after it: "In Ihrem Bericht zitieren Sie den Landrat mit
            # den Worten, …"
            lex.lang == "de" and m.kind == "pronoun" and m.first == c.last + 1)):
        m = _quoted_object(ctx, c, hi) or m  # "Die Zeitung zitierte den Minister mit den Worten, …"
    if lex.lang == "de" and toks[c.first].low in lex.quoting_verbs and not c.passive and c.first - 1 > lo \
            and (toks[c.first - 1].text == "," or toks[c.first - 1].quoted) and c.last + 1 < hi:
        # a trailing "zitierte": the one quoted speaks, not the medium that quotes ("…, zitierte ihn Reuters",
        # "…, zitierte die Zeitung den Minister"; round 21: nothing, or the medium)
        if toks[c.last + 1].low == "ihn" and not toks[c.last + 1].quoted:
            m = Mention(c.last + 1, c.last + 1, "pronoun")
        elif m is not None and m.first > c.last and m.end + 1 < hi and toks[m.end + 1].low in ("den", "einen") \
                and (obj := mention_after(toks, m.end, hi, lex)) is not None and obj.first == m.end + 1:
            m = obj
    if m is not None and lex.lang == "de" and m.first > c.last and lex.preposition_acts.get(toks[c.first].low):
        acts = lex.preposition_acts[toks[c.first].low]
        cut = next((x for x in range(m.end, m.first, -1) if toks[x].low in acts), None)
        if cut is not None and not (m.end + 1 < hi and toks[m.end + 1].low in acts):
            # "sprach der Kanzler vom Durchbruch": the von-phrase is what was said (when the act's phrase
            # follows the mention, the mention's own von-phrase stays: "der Präsident von Frankreich von …")
            m = Mention(m.first, min(m.last, cut - 1), m.kind)
    if lex.lang == "de" and c.kind == "verb" and c.first - 2 > lo and toks[c.first].low in DE_COPULA \
            and toks[c.first - 2].text in DE_DASHES and not toks[c.first - 2].quoted \
            and (g := de_finding_copula_owner(ctx, c.first, lo, hi)) is not None:
        # (round 41, dedemands) after a dash the study in the genitive speaks, as after a fronted "Das": "… – dies ist
        # das Ergebnis einer Studie der Arbeitsgruppe Mikrobiologie" (the subject before the dash was no speaker)
        m = Mention(g, g, "description")
    if m is None:
        return
    if lex.lang == "de" and c.kind == "verb" and m.first > c.last and m.kind == "description" \
            and (r2 := m.end + 2 + (m.end + 3 < hi and _de_role_adjective(toks[m.end + 2], lex))) + 2 < hi \
            and toks[m.end + 1].low == "und" and not toks[m.end + 1].quoted and toks[m.first].low in ("der", "die") \
            and toks[r2].is_cap and not toks[r2].quoted \
            and (lex.is_title(toks[r2].text) or _de_role_word(toks[r2].text, lex)) \
            and lex.is_first_name(toks[r2 + 1].low) and toks[r2 + 1].is_cap and not toks[c.first].low.endswith("en") \
            and (m2 := mention_after(toks, m.end + 1, hi, lex)) is not None and m2.first == m.end + 2 \
            and m2.kind == "name" and m2.last >= r2 + 2:
        # (round 35, w1) two roles of one person before the name: "…, sagt der Ortsbürgermeister und
        # Landtagsabgeordnete Heiner Illing" (the speaker was "der Ortsbürgermeister"; a plural verb names two); (round
        # 37, v3) also with an adjective before the second role: "bekräftigte der stellvertretende CSU-Vorsitzende und
        # bayerische Innenminister Edmund Stoiber", "sagte der Fraktionsvize und frühere Bauminister Karl Heinzen"
        m, second_role = Mention(m.first, m2.last, "name", m2.end), m2
    else:
        second_role = None
    if lex.lang == "de" and c.kind == "verb" and m.first > c.last and m.kind == "name" and m.last >= m.first + 3 \
            and toks[m.first].is_cap and toks[m.first].is_word and not toks[m.first].quoted \
            and not lex.is_first_name(toks[m.first].low) and not _de_role_word(toks[m.first].text, lex) \
            and _de_role_word(toks[m.first + 1].text, lex) and toks[m.first + 2].is_cap \
            and lex.is_first_name(toks[m.first + 2].low) \
            and (known := ctx.ents.by_surname.get(toks[m.first].low)) is not None and " " in known \
            and known.split()[-1] == toks[m.first].text and any(
                n == known and pos < m.first for pos, n in ctx.ents.names):
        # (round 36, v3) the surname of a person named before, then the object's role and name: "Statt dessen schlug
        # Brandt Finanzminister Theo Wagner als Gesprächspartner vor" (the speaker was Wagner)
        m = Mention(m.first, m.first, "name")
    if lex.lang == "de" and c.kind == "verb" and m.end < c.first and m.first > lo and toks[m.end].low in DE_TIME_MEASURES \
            and not toks[m.end].quoted and (sub := clause_subject(toks, lo, c.first, lex)) is not None \
            and sub.end < m.first and toks[sub.end].low not in DE_TIME_MEASURES:
        # (round 35, w1) a duration is no speaker; the clause's subject before it speaks: "Die Feuerwehr war acht
        # Stunden im Einsatz und sagte: …" (the speaker was "acht Stunden")
        m = sub
    if lex.lang == "de" and m.kind == "description" and m.end + 3 < c.first and toks[m.first].low in lex.determiners \
            and (appos := de_appositive_name(toks, m.end, c.first, lex)) is not None and appos.last + 2 == c.first:
        m = Mention(m.first, appos.last, "name")  # "…, wie der Sprecher des Kreises, Andreas Bonin, sagte"
    if lex.lang == "en" and m.first == lo and toks[m.first].low in ("who", "whoever") and _question(ctx, lo):
        return  # a question, not a report: "Who ever said pot cured anything?"
    if lex.lang == "en" and m.first == m.end and toks[m.first].low == "who" and m.end + 1 < c.first \
            and toks[m.end + 1].text == "ever" and not toks[m.end + 1].quoted and c.kind == "verb":
        return  # (round 48, entweets3) "who ever" is "whoever" or a question, no relative on a speaker: "@citydesk who
        # ever said this is so dumb" (was a report by citydesk), "Who ever said the bridge was safe is wrong."
    if lex.lang == "de" and c.kind == "verb" and m.first > c.first and toks[c.first].low in DE_COPULA \
            and (g := de_finding_copula_owner(ctx, c.first, lo, hi)) is not None and m.first <= g <= m.end \
            and (h := next((x for x in range(g + 1, min(hi, g + 6)) if _de_finding_noun(ctx, x)), None)) is not None:
        # (round 40, depolls6) "Das ist das Ergebnis einer Studie der Universität Leipzig": the study or the poll in the
        # genitive speaks, with its own genitive (not "Ergebnis einer Studie")
        m = Mention(g + 1, max(h, _genitive_end(ctx, h, hi)), "description")
    if lex.lang == "de" and c.kind == "verb" and poll_core is None and lex.poll_nouns and m.kind != "pronoun" \
            and any(t.is_cap and t.low.endswith(lex.poll_nouns) and not t.quoted for t in toks[m.first : m.end + 1]):
        # (round 39, depolls3) a poll as the subject runs on over its institute and client as after "laut" ("Das ergab
        # eine Umfrage des Meinungsforschungsinstituts infratest dimap im Auftrag des ARD-Morgenmagazins")
        # (the span ends with the institute: the client is no speaker)
        m2, poll_core = _de_poll_mention(ctx, m, c.first if m.end < c.first else hi)
        m = poll_core = poll_core or m
    # ((round 48, rev5) a time phrase opening the sentence before a found speaker, "This week officials said …", is cut
    # by mention_before's `_en_opening_time_cut` (round 48, enroles4); enrel3's second branch here never fired)
    if lex.lang == "en" and c.kind == "verb" and (rel := _en_relative_clause_speaker(ctx, c, m, lo)) is not None:
        m = rel  # (round 48, enrel2) "The bill that Trump threatened to veto …", "The man police say fired …": the
        # relative clause's own subject speaks (was "The bill that Trump", "The man police")
    if lex.lang == "en" and c.kind == "verb" and (rel := _en_appositive_relative_speaker(ctx, c, m)) is not None:
        m = rel  # (round 50, enleft16) "…$1.2 million, money prosecutors said she spent on horses": the zero relative's
        # subject speaks (was "money prosecutors"), its head a noun in apposition
    c.speaker = m
    if c.expletive:
        return
    recent = ctx.last.name if ctx.last and ctx.last_sentence >= 0 else None
    si = ctx.sent_of_lo.get(lo, 0)
    far = False
    titled_opener = None
    reporter = None
    if lex.lang == "en":  # the speaker of the sentence before, also when it reported nothing quotable
        prev_attr = ctx.sent_attr[si - 1] if si > 0 else None
        if prev_attr is not None and prev_attr.name:
            recent = prev_attr.name
        elif recent and m.kind == "pronoun" and _en_carried_too_far(ctx, si):
            recent = None  # (round 49, auditnews4) a speaker several paragraphs back, with other sentences between,
            # continues no pronoun: "… an anonymous leaker told him that … [three paragraphs on another subject] … the
            # majority did not, as it promised, …" ("it" was the leaker)
            far = True
        if m.kind == "description" and m.end + 1 < c.first and toks[m.end + 1].low in ("himself", "herself") \
                and not toks[m.end + 1].quoted:
            recent = None  # (round 53, en2left) an emphatic description is someone new, not the speaker going on: "The
            # president himself weighed in" after Senator Garrity's report (was Garrity)
        if m.kind == "pronoun" and toks[m.first].low in ("he", "she") and prev_attr is None \
                and (emph := _en_emphatic_description_before(ctx, si, toks[m.first].low)) is not None:
            recent = emph  # (round 53, en2left) "The president himself weighed in on Thursday. He wrote …" (was the person
            # quoted before)
        elif m.kind == "pronoun" and toks[m.first].low in ("he", "she") \
                and (reporter := _en_reporter_of_content(ctx, m, cues)) is not None:
            recent = reporter
        elif m.kind == "pronoun" and toks[m.first].low in lex.person_pronouns and toks[m.first].low != "i":
            recent = _en_same_sentence_person(ctx, c, m, lo, hi, cues) or (
                _en_gendered_previous_subject(ctx, si, toks[m.first].low, recent)
                or _en_pronoun_chain_subject(ctx, si, toks[m.first].low)
                if prev_attr is None else None) or recent
        if m.kind == "description" and prev_attr is None and si > 0 and m.last == m.first + 1 and toks[m.first].low == "the" \
                and not toks[m.last].quoted and lex.is_title(toks[m.last].text) \
                and toks[ctx.sent_toks[si - 1][0]].low in lex.fronted_participle_adjuncts \
                and (opener := _previous_subject(ctx, si)) is not None and opener != recent \
                and toks[m.last].low in {w.lower() for w in ctx.ents.titles.get(opener, set())}:
            titled_opener = opener  # (round 53, auditen2) a title description after a sentence that reported nothing and
            # opens with a fronted adjunct of being asked and a person holding that title: "Asked whether troops would
            # leave, Torres declined to answer. “…,” the secretary said." is Torres (was Secretary General Lund)
    near = ctx.sent_toks[si - 1][0] if si > 0 else lo  # the sentence before starts here
    if lex.lang == "en" and m.kind == "description" and m.end + 1 < c.first and toks[m.end + 1].low in ("himself", "herself") \
            and not toks[m.end + 1].quoted:
        near = lo  # (round 53, en2left) nor the person named in the sentence before (see above)
    hint = None
    if lex.lang == "en" and m.kind == "name" and m.first == m.end and c.kind == "verb":
        hint = _en_content_pronoun_gender(ctx, c, hi)  # "Clinton said she would …"
    if lex.lang == "de" and m.kind == "pronoun" and toks[m.first].low == "sie":
        verb = toks[c.first].low  # "sagte sie" is she, "sagten sie" they
        hint = "f" if (verb.endswith(("te", "t")) and not verb.endswith(("ten", "en"))) or (
            # (round 50, dearticles3) a strong past in the singular: "Sie sprach von einem „…“", "rief sie" (was the
            # person quoted before, not the woman named in the sentence before; "sprachen sie" stays plural)
            toks[c.first].text == verb and verb in lex.cue_verbs and verb[-1:] not in "aeinu"
            and not verb.endswith(("ern", "eln"))) else (
            "p" if verb.endswith("ten") or (
                # (round 35, de5 and de7) a present plural with no auxiliary by the pronoun: "…, wie sie warnen",
                # "betonen sie", "Sie fordern die Rückkehr zu …", "Darin fordern sie …" (was a person named before;
                # not "wird sie sagen")
                verb.endswith(("en", "ern", "eln")) and toks[c.first].text == verb and not any(
                    t.low in lex.auxiliaries or t.low in lex.konjunktiv_ii
                    for t in toks[max(lo, m.first - 1) : m.first] + toks[m.last + 1 : c.first])) else None)
        aux = next((t.low for t in toks[max(lo, m.first - 1) : m.first] + toks[m.last + 1 : c.first]
                    if t.low in lex.auxiliaries and t.text == t.low and not t.quoted), None)
        if aux is not None and c.first > m.last and verb.endswith("en") and toks[c.first].text == verb:
            # (round 52, de3left) a participle in -ten after the pronoun's own auxiliary: the auxiliary tells the
            # number, not the participle ("Sie habe die Bahn gebeten, …" is she, was a plural "sie" like "sagten sie")
            hint = "p" if aux.endswith("en") or aux == "sind" else "f"
    # a German "er", or a "sie" of a verb in the singular
    he_she = lex.lang == "de" and m.kind == "pronoun" and (toks[m.first].low == "er" or hint == "f")
    if he_she and (si == 0 or ctx.sent_attr[si - 1] is None or (
                # (round 36, v3) or one that names no person: "Eine realistischere Sicht hat Ministerpräsident Jochen
                # Pfeil festgestellt. … bezeichnete er …" (the report's speaker was "Sicht"; "er" the person quoted before)
                ctx.sent_attr[si - 1].name and not person_name(ctx.sent_attr[si - 1].name, lex, ctx.ents)
                and _de_titled_subject(ctx, *ctx.sent_toks[si - 1]) is not None)):
        recent = _previous_subject(ctx, si) or recent  # the person opening the sentence before
    elif he_she and (pa := ctx.sent_attr[si - 1]) is not None and pa.name and pa.name != recent and pa.cue is not None \
            and pa.speaker is not None and pa.speaker[0] >= ctx.sents[si - 1][0] and " " in pa.name \
            and person_name(pa.name, lex, ctx.ents) \
            and lex.name_gender(pa.name, ctx.ents.titles.get(pa.name, set())) != ("f" if toks[m.first].low == "er" else "m") \
            and not any(r.sentence == si - 1 for r in ctx.recs[-8:]):
        # (round 51, deleft20) the sentence before has a cue with a person named as its subject but reported nothing
        # (its question clause was the writer's: "Auf die Frage, ob er um seinen Job fürchte, reagierte Kessler
        # gelassen. „…“, sagte er." was the person quoted before Kessler): that person
        recent = pa.name
    elif he_she and (pa := ctx.sent_attr[si - 1]) is not None and pa.name and pa.name != recent and pa.speaker is not None \
            and person_name(pa.name, lex, ctx.ents) and " " in pa.name \
            and lex.name_gender(pa.name, ctx.ents.titles.get(pa.name, set())) != ("f" if toks[m.first].low == "er" else "m"):
        # (round 51, dearticles7) the person the sentence before names as its speaker though it gave no quotation:
        # "Farrer will von Mut nichts wissen. Im Gespräch sagt sie, …" (the "sie" was a paper cited before)
        recent = pa.name
    earlier: list[Cue] = []
    if he_she and (
            m.first > c.last or (m.first - 1 > lo and toks[m.first - 1].text == ":" and not toks[m.first - 1].quoted)
            # (round 37, h4) or opening an adverbial clause after a comma: "Dann lobte Staatsministerin Monika Grütters
            # den Festivalchef, der in Tränen ausbrach, nachdem sie sagte: „…“" (was the person quoted before)
            or (m.first - 2 > lo and toks[m.first - 1].low in lex.adverbial_subordinators and toks[m.first - 2].text == ","
                and not toks[m.first - 1].quoted and toks[m.first - 1].text == toks[m.first - 1].low)):
        # (round 36, v3: also a pronoun opening the clause after a colon: "Heinz Wessel kritisiert die Neuregelung
        # scharf: Er befürchtet, dass …" was the person quoted in the sentence before)
        earlier = [x for x in cues if x.last < c.first and x.name and x.speaker is not None and x.speaker.kind == "name"
                   and not any(t.low in lex.speaking_bodies for t in toks[x.speaker.first : x.speaker.end + 1])
                   # (not a cue inside the report itself, after its Konjunktiv: "Ein Viertel könne wohl Interesse
                   # bekunden, hofft er" had the speaker "Interesse")
                   and not any(t.text == t.low and not t.quoted and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i)
                               for t in toks[lo : x.first])]
        if earlier:  # a person named earlier in the sentence: "X betonte, …: „…“, sagte er"
            recent = earlier[-1].name
    skip = None
    if lex.lang == "de" and m.kind == "pronoun" and m.first > c.last and c.first - 1 > lo and toks[c.first - 1].text == "," \
            and not toks[c.first - 1].quoted:
        # the report before a trailing attribution holds no antecedent of its pronoun: "Zudem könne ein weiterer
        # Aderlass drohen, sagte er" (round 21: "Aderlass")
        skip = (lo, c.first)
        if he_she and m.first == c.last + 1 and not earlier and _de_no_fitting_speaker(ctx, recent, toks[m.first].low) \
                and next((k for k in range(lo, c.first) if toks[k].text == "," and not toks[k].quoted), None) == c.first - 1 \
                and (fronted := _de_fronted_clause_subject(ctx, lo, c.first - 1, toks[m.first].low)) is not None:
            recent = fronted  # (round 53, auditde3) the subject of an adverbial clause fronted before the cue: "Als Anna
            # Berg ins Auto stieg, sagte sie, …" (was no one, or the person quoted before)
        colon = next((k for k in range(c.first - 2, lo, -1) if toks[k].text == ":" and not toks[k].quoted), None)
        if colon is not None and all(t.quoted or not t.is_word for t in toks[colon + 1 : c.first]) \
                and any(t.quoted for t in toks[colon + 1 : c.first]):
            # (round 36, v4) a clause before a colon opens the quotation the trailing "sagt er/sie" closes: not the
            # report, its subject, a person, is the antecedent ("Und Dorothea Hoffrogge tritt ans Mikrofon: „…“,
            # stellt sie klar" had no speaker; not an object: "Der Trainer lobte Thomas Müller: „…“, sagte er")
            if not earlier and he_she and (intro := subject_attribution(ctx, lo, colon)) is not None \
                    and intro.name and person_name(intro.name, lex, ctx.ents) and intro.speaker is not None \
                    and intro.speaker[0] <= toks[min(lo + 1, colon)].start:  # (opening the clause, no object)
                skip = (colon + 1, c.first)
                recent = intro.name
    elif lex.lang == "de" and m.kind == "pronoun" and m.first == c.last + 1 and c.first - 2 > lo and c.kind == "verb" \
            and toks[m.first].low in ("er", "sie") and not any(t.quoted or t.text in {",", ":", ";", "(", "–", "-"}
                                                               for t in toks[lo : c.first]):
        # (round 36, v3) nor does a phrase fronted before the finite cue and its pronoun: "Im Beisein des
        # Verteidigungsministers Perro plädierte er für …" (was Perro; the pronoun is the clause's subject, so no one
        # named inside its own clause)
        skip = (lo, c.first)
    # (round 38, derole) a paragraph break before this sentence: a role's holder is not named in the one before
    para = lo if lex.lang == "de" and si > 0 and "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] else None
    if lex.lang == "en" and m.kind == "description" and tokens_after_heading(ctx, m.first) is not None:
        para = tokens_after_heading(ctx, m.first)  # (round 52, en3left) a heading line before the sentence: a description
        # names no one of the items under an earlier heading ("LOST DOG … his owner, Frank Delgado … POLICE BLOTTER …
        # The owner told officers …" was Frank Delgado)
    c.name = canonical(second_role or m, toks, ctx.ents, lex, continuing=recent, near=near, gender_hint=hint, skip=skip,
                       para=para) if reporter is None else reporter  # (round 54, encourt: see `_en_reporter_of_content`)
    if titled_opener is not None and second_role is None and c.name != titled_opener:
        c.name = titled_opener
    if lex.lang == "en" and m.kind == "pronoun" and toks[m.first].low in ("he", "she") and m.first < c.first \
            and toks[c.first].low in _EN_REPLY_VERBS and (asked := _en_addressee_before(ctx, near, m.first)) is not None \
            and lex.name_gender(asked) != ("f" if toks[m.first].low == "he" else "m"):
        c.name = asked  # (round 53, auditnonwire) a reply's "he"/"she" is the person just spoken to: "an official tells
        # Michael that …, and he replies, "…"" (was the male speaker quoted before)
    if lex.lang == "de" and recent and c.name == toks[m.last].text and m.last == m.first + 1 and m.span_last <= m.last \
            and toks[m.first].low in ("der", "die", "das") and not toks[m.first].quoted and toks[m.last].is_cap and si > 0 \
            and (pa := ctx.sent_attr[si - 1]) is not None and pa.name == recent \
            and (body := de_described_speaking_body(recent, toks, m, near, lex, ctx.ents)) is not None:
        c.name = body  # (round 53, de2left) a company's or an authority's description after that body reported the
        # sentence before, also as a source: "Laut Bahn soll ein Notfahrplan gelten. …, riet der Konzern.", "Nach Angaben
        # der Bundesnetzagentur ist … . Die Speicher seien gefüllt, so die Behörde." (were "Konzern", "Behörde")
    if lex.lang == "de" and si > 0 and c.name and _de_press_description(toks, m, c.name, lex) \
            and not (m.first == lo and any(t.is_cap for t in toks[m.first + 1 : m.last])) \
            and (paper := _de_press_before(ctx, si, lex)) is not None and paper != c.name:
        c.name = paper  # (round 53, auditde5) a paper's, a magazine's or a broadcaster's description after that medium
        # reported the sentence before or opened it as its subject (press reviews): "In der FAZ heißt es, … . „…“, so das
        # Blatt.", "Nach Ansicht der „Rheinischen Post“ ist … . Er müsse …, schreibt die rheinische Zeitung.", "Der
        # „Münchner Merkur“ glaubt nicht an … . …, heißt es in dem Kommentar." (were "Blatt", "Zeitung",
        # "Kommentar"); a place adjective's paper ("die Stuttgarter Zeitung") is a paper of its own (round 53, merge; also "Die Berliner Zeitung
        # schreibt, …")
    if lex.lang == "en" and m.kind == "pronoun" and toks[m.first].low == "it" and m.first < c.first and not toks[m.first].quoted \
            and (body := _en_same_sentence_body(ctx, c, lo, cues)) is not None:
        c.name = body  # (round 51, enarticles7) "it" after a body that spoke earlier in its sentence: "Harrowgate said it
        # did not expect hurdles, though it acknowledged that …" (was the document or speaker of the sentence before)
    if far and c.name and toks[m.first].low in ("it", "they") and not any(
            pos >= near and n == c.name for pos, n in ctx.ents.names):
        c.name = None  # (round 49, auditnews4) nor the latest name further back than the sentence before: "it" or
        # "they" that far from any report names no one ("Day-by-day Schiff's …" three sentences back)
    if c.name and lex.lang == "de" and m.kind == "pronoun" and toks[m.first].text in _DE_LONE_DEMONSTRATIVES \
            and m.first == lo and si > 0 and c.name not in ctx.text[ctx.sents[si - 1][0] : ctx.sents[si - 1][1]]:
        # (round 45, merger) a demonstrative points to the sentence just before, not to the speaker of earlier
        # ones: "Statt der zuständigen Staatsanwältin war nur eine Büroangestellte am Telefon. Diese bestätigte, dass
        # …" (was the lawyer quoted two sentences before)
        c.name = None
    if lex.lang == "en" and c.name and m.kind == "name" and c.kind == "verb" and m.end < c.first:
        _en_learn_said_gender(ctx, c, m, hi)
    if lex.lang == "en" and c.name and m.kind == "pronoun" and c.kind == "verb" and m.first == m.last \
            and toks[m.first].low in ("he", "she") and not toks[m.first].quoted:
        _en_learn_pronoun_gender(ctx, c.name, "m" if toks[m.first].low == "he" else "f")
    if poll_core is not None:
        c.name = _de_poll_institute(ctx, poll_core) or canonical(poll_core, toks, ctx.ents, lex, continuing=recent)
        # (round 38, depolls) not the poll's client; (round 39, depolls3) its institute when it names one
    if fuer_name:
        c.name = fuer_name
    if lex.lang == "de" and m.kind == "pronoun" and m.first == m.last and not toks[m.first].quoted and si > 0 \
            and c.kind == "verb" and (toks[m.first].low == "er" or hint in ("f", "p")) \
            and (_de_testimony_cue(ctx, c, hi) or _de_konjunktiv_perfect_cue(ctx, c, m, lo)) \
            and (reported := _de_reported_person(ctx, si, c.name, "m" if toks[m.first].low == "er" else hint)) is not None:
        # (round 39, depronoun2) a testimony ("sagte aus", "gab an", "gestand"), or a speech act reported in the
        # Konjunktiv ("Außerdem habe er den Ermittlern gesagt, …"), by a pronoun after a report whose subject is a private
        # person of the case: that person, not the official or body who reported ("Der Deutsche habe die Tat gestanden,
        # so Oberstaatsanwalt Fuhrmann. Er sagte aus, dass …" was Fuhrmann; "Wie die Polizei mitteilte, stammen die
        # Männer aus dem Umfeld des Opfers. Beim Verhör gaben sie zu, …" was the police)
        c.name = reported or None
    if lex.lang == "de" and m.kind == "pronoun" and m.first == m.last and toks[m.first].low == "er" \
            and not toks[m.first].quoted and si > 0 and c.kind == "verb" and _de_konjunktiv_perfect_cue(ctx, c, m, lo) \
            and (addressed := _de_addressed_man(ctx, si, c.name)) is not None:
        c.name = addressed  # (round 53, de2left) "er" in a woman's reported speech about the man she addressed in the
        # sentence before ("Die Richterin hielt ihm eine Aussage vor. Damals habe er noch behauptet, …"): that man, the
        # speaker before her (was the pronoun itself)
    if lex.lang == "de" and m.kind == "pronoun" and m.first == m.last and toks[m.first].low == "sie" and (hint == "f" or (
            # (a strong past in the singular: "Sie rief", "Sie bat")
            toks[c.first].text == toks[c.first].low and not toks[c.first].low.endswith(("n", "t", "te")))) \
            and si > 0 and (c.name is None or not person_name(c.name, lex, ctx.ents)) \
            and (ctx.sent_attr[si - 1] is None or not ctx.sent_attr[si - 1].name) \
            and (body := _de_body_subject_before(ctx, si)) is not None:
        c.name = body  # (round 37, w4) a singular "sie" after a sentence opened by a body as its subject: "Die Feuerwehr
        # war mit 80 Kräften im Einsatz. Sie rief die Anwohner auf, …" (was nobody, or a place named before)
    if lex.lang == "de" and c.name is None and m.kind == "pronoun" and m.first == m.last \
            and toks[m.first].low == "sie" and not toks[m.first].quoted and c.kind == "verb" and si > 0 \
            and ctx.sent_attr[si - 1] is None and (party := _de_party_subject_before(ctx, si)) is not None \
            and toks[c.first].text == toks[c.first].low and toks[c.first].low.endswith("n") == party[1]:
        c.name = party[0]  # (round 47, deresolve) "sie" after a sentence a party opens as its subject, with a verb of
        # the party's number: "Die SPD legte ihr Programm vor. Sie fordert, …", "Die Grünen stellten ihr Programm vor.
        # Sie forderten, …" (were nobody)
    if lex.lang == "de" and c.name and m.kind == "pronoun" and m.first == m.last and toks[m.first].low == "er" \
            and not toks[m.first].quoted and si > 0 and ctx.sent_attr[si - 1] is None \
            and (someone := _de_indefinite_person_before(ctx, si)) is not None \
            and c.name not in ctx.text[ctx.sents[si - 1][0] : ctx.sents[si - 1][1]]:
        c.name = someone  # (round 45, depronouns) "er" after a sentence an indefinite man opens as its subject, reporting
        # nothing: that man, not a person quoted before ("Ein Bürger nimmt Bezug auf TOP 7 und ärgert sich darüber, …. Er
        # spricht sich gegen … aus" was the mayor quoted before)
    if lex.lang == "de" and c.name is None and m.kind == "pronoun" and m.first == m.last and toks[m.first].low == "er" \
            and not toks[m.first].quoted and si >= 2 and (prev := ctx.sent_attr[si - 1]) is not None and prev.name \
            and not person_name(prev.name, lex, ctx.ents) \
            and any(t.low == "er" and not t.quoted for t in toks[ctx.sent_toks[si - 1][0] : ctx.sent_toks[si - 1][1]]) \
            and (subj := _previous_subject(ctx, si - 1)) is not None \
            and lex.name_gender(subj, ctx.ents.titles.get(subj, set())) in (None, "m"):
        c.name = subj  # (round 45, depronouns) "er" after a sentence a body or a source reports about "er" ("Laut
        # Anklage brachte er …", "Laut Polizei war er …"): the man that "er" continues, the subject opening the sentence
        # before it ("Der 45-jährige Thomas Brandl muss sich verantworten. Laut Anklage brachte er …. Er habe …, sagte
        # er" was no one)
    if lex.lang == "de" and m.first == m.last and toks[m.first].text == "Diese" and not toks[m.first].quoted \
            and c.name is None and c.kind == "verb" and si > 0 and m.first == lo \
            and toks[c.first].text == toks[c.first].low and toks[c.first].low.endswith(("te", "t")) \
            and (body := _de_body_subject_before(ctx, si)) is not None:
        c.name = body  # (round 45, depronouns) a sentence-opening "Diese" of a verb in the singular, with no woman named
        # before, after a sentence opened by a body as its subject, as a singular "sie": "Die Polizei nahm den Mann
        # fest. Diese teilte mit, …" (was nobody); only the sentence just before
    if bare_source and m.first == m.last and second_role is None:
        c.name = toks[m.first].text  # (round 36, v1) a bare plural source names itself, not a name it ended ("Kreisen")
    if lex.lang == "de" and c.kind == "verb" and c.name and m.kind in ("name", "description") \
            and (m2 := _de_second_subject(ctx, c, m, hi)) is not None:
        # (round 35, de6) two subjects of a verb in the plural: "…, wie Polizei und Staatsanwaltschaft mitteilten", "Das
        # berichten der „Spiegel“ sowie die Nachrichtenagentur Reuters" (was only the first)
        second = canonical(m2, toks, ctx.ents, lex, continuing=recent)
        if second and second != c.name:
            c.speaker = m = Mention(m.first, m.last, m.kind, m2.end)
            c.name = f"{c.name} und {second}"
    if skip is not None and (toks[m.first].low == "er" or hint == "f") \
            and (lead := _de_colon_lead_subject(ctx, lo, c.first, "m" if toks[m.first].low == "er" else "f")) is not None:
        c.name = lead  # (round 34) the subject of the lead clause before the colon, over the pronoun's resolution:
        # "Trump verzichtete auf Optimismus: „…“, sagte er" (was nobody)
    if lex.lang == "de" and c.kind in ("source_before", "source_after") and toks[m.first].low in lex.own_words \
            and not toks[m.first].quoted:
        # (round 34) "laut eigenen Angaben" and "eigenen Angaben zufolge" are the clause's subject's, as "nach eigenen
        # Angaben" always was ("Die Miliz feuerte laut eigenen Angaben 40 Raketen ab" had the speaker "Angaben")
        a, b = (c.first, m.end + 1) if c.kind == "source_before" else (m.first, c.last + 1)
        subj = clause_subject(toks, lo, a, lex) or clause_subject(toks, b, hi, lex)
        if subj is not None and subj.kind != "pronoun" and toks[subj.first].low not in lex.prepositions:
            # (not a fronted adverbial: "Bis in die späten Abendstunden hat die Polizei eigenen Angaben zufolge …")
            c.name = canonical(subj, toks, ctx.ents, lex, continuing=recent)
    elif lex.lang == "de" and c.kind in ("source_before", "source_after") and m.end > m.first:
        h = m.first + (toks[m.first].low in lex.determiners)
        if h > m.first and h < m.end and not lex.is_source_noun(toks[h].text):
            # (round 52, de4left) adjectives or an extended attribute between the article and the source noun: "Einer
            # neuen Studie des Instituts …", "Einer am Donnerstag veröffentlichten Studie des Instituts für … zufolge"
            # (were "Einer Studie Instituts …", "Einer Donnerstag Studie Instituts …")
            x = de_extended_attribute(toks, h, m.end, lex)
            x = h if x is None else x + 1
            while x < m.end and toks[x].is_word and not toks[x].quoted and toks[x].text == toks[x].low \
                    and len(toks[x].low) > 3 and toks[x].low.endswith(DE_ADJECTIVE_ENDINGS) \
                    and toks[x].low not in lex.determiners and toks[x].low not in lex.stopwords:
                x += 1
            if x < m.end and lex.is_source_noun(toks[x].text) and toks[x].is_cap:
                h = x
        if h < m.end and lex.is_source_noun(toks[h].text) and toks[h].is_cap and not toks[h].quoted \
                and not toks[h + 1].quoted and (toks[h + 1].low in GENITIVE_ARTICLES or (
                    # (round 47, dequellen) or a possessive or demonstrative: "laut Angaben ihres Anwalts", "Angaben
                    # dieses Sprechers zufolge" (were "Angaben ihres Anwalts")
                    toks[h + 1].low in DE_OWNED_GENITIVES and h + 2 <= m.end and toks[h + 2].is_cap) or (
                    # (round 38) or a plural genitive's adjective: "Angaben westlicher Geheimdienste zufolge", "laut
                    # Angaben örtlicher Behörden" (were "Angaben westlicher Geheimdienste")
                    h + 2 <= m.end and toks[h + 1].text == toks[h + 1].low and toks[h + 1].low.endswith("er")
                    and toks[h + 1].low not in lex.stopwords and toks[h + 2].is_cap and toks[h + 2].is_word
                    and not toks[h + 2].quoted)):
            # (round 35, de6) a source noun's owner speaks, as after "nach": "laut einem Bericht des „Handelsblatts“",
            # "Einem Bericht der „Washington Post“ zufolge" (were "Berichts des Handelsblatts", "Bericht der …")
            core = poll_core or m  # (round 38, depolls) a poll's client or medium is no owner
            owner = _de_poll_institute(ctx, core) or _source_name(ctx, h, core.end, core, lo, hi)
            if owner:
                c.name = owner
    if lex.lang == "de" and c.kind == "source_before" and m.last - m.first >= 3 \
            and (h := de_participle_source_head(toks, m, hi, lex)) is not None:
        # (round 42, defronted) the noun after a participle with its own object names the source, or its genitive's
        # owner: "laut den AFP vorliegenden Zahlen" (was "AFP Zahlen"), "laut einem der dpa vorliegenden Schreiben des
        # Ministeriums"
        sub = Mention(h, m.last, "description", m.span_last)
        owner = None
        if h < sub.end and lex.is_source_noun(toks[h].text) and toks[h + 1].low in GENITIVE_ARTICLES:
            owner = _source_name(ctx, h, sub.end, sub, lo, hi)
        c.name = owner or toks[h].text
    if lex.lang == "de" and c.kind in ("source_before", "source_after") and de_ownerless_statement(ctx, m):
        _de_ownerless_source_name(ctx, c, lo, cues)


#: (round 52, en3left) the most words of a heading line (a section heading of a roundup: "POLICE BLOTTER", "Lost dog")
_EN_HEADING_LINE_WORDS = 6


def _en_heading_line_ends(ctx: QuoteContext) -> list[int]:
    """English (round 52, en3left): the first token after each heading line of the text: a line of one to
    `_EN_HEADING_LINE_WORDS` words with no sentence mark or quotation mark at its end, after the text's first line (its
    headline) and with a line of text before it; in text order."""
    text, toks = ctx.text, ctx.tokens
    out: list[int] = []
    pos, seen_line = 0, False
    starts = [t.start for t in toks]
    for line in text.split("\n"):
        body = line.strip()
        if body:
            if seen_line and len(body.split()) <= _EN_HEADING_LINE_WORDS and body[-1] not in ".!?:;,\"'”’)…" \
                    and any(ch.isalpha() for ch in body):
                k = bisect_right(starts, pos + len(line))
                if k < len(toks):
                    out.append(k)
            seen_line = True
        pos += len(line) + 1
    return out


def tokens_after_heading(ctx: QuoteContext, k: int) -> int | None:
    """English (round 52, en3left): the first token after the last heading line before token k (`_en_heading_line_ends`),
    else None."""
    ends = ctx.ents.token_index(ctx.tokens, "en_heading_line_ends", lambda _t: _en_heading_line_ends(ctx))
    i = bisect_right(ends, k)
    return ends[i - 1] if i else None


def _de_ownerless_source_name(ctx: QuoteContext, c: Cue, lo: int, cues: list[Cue]) -> None:
    """German (round 38): a statement named by its time or status only, and hearsay, as "den Angaben zufolge": the
    source named before (a speech verb's earlier in the sentence, or one within three sentences), or no one: "Die
    Feuerwehr teilte mit, dass das Feuer ersten Erkenntnissen zufolge …", "Nach ersten Erkenntnissen …", "nach früheren
    Informationen", "Dem Vernehmen nach …" (the speakers were "Erkenntnissen", "früheren Informationen", …)."""
    before = [o for o in cues if o is not c and o.kind == "verb" and o.last < c.first and o.name]
    if before:
        c.name = before[-1].name
        return
    si = ctx.sent_of_lo.get(lo, 0)
    c.name = ctx.last.name if ctx.last is not None and 0 <= si - ctx.last_sentence <= 3 else None


def _de_role_adjective(t, lex: Lexicon) -> bool:
    """German (round 36, v3): an inflected adjective before a role word ("bayerische", "frühere", "stellvertretende")."""
    return t.is_word and not t.quoted and t.text == t.low and t.low.endswith(("e", "en")) and len(t.low) > 3 \
        and t.low not in lex.stopwords and t.low not in lex.determiners


def _de_dative_source_part(ctx: QuoteContext, m: Mention) -> Mention:
    """(round 36, v1) The dative source of "zufolge" inside mention m, which ran back over the clause's inverted subject:
    "berät das Auswärtige Amt Kreisen zufolge …" (the source was "das Auswärtige Amt Kreisen"), "will die Regierung der
    Zeitung zufolge …" ("die" opens no dative); m itself when it is one dative phrase ("einem Bericht der Zeitung")."""
    toks, lex = ctx.tokens, ctx.lex
    first = toks[m.first]
    if first.low in lex.dative_articles or first.quoted:
        return m
    if first.low in lex.determiners:
        d = next((x for x in range(m.last - 1, m.first, -1) if toks[x].text in lex.dative_articles), None)
        if d is not None:
            return Mention(d, m.last, "description")
    if first.is_word and first.text == first.low and first.low not in lex.determiners and m.first + 1 < m.last \
            and lex.is_title(toks[m.first + 1].text) and toks[m.last].is_cap:
        return Mention(m.first + 1, m.last, "name")  # (round 40, deobjects) a finite verb is no part of the source:
        # "Die Ermittler werten Polizeisprecher Schulz zufolge …" (was "werten Polizeisprecher Schulz")
    if first.low in lex.determiners and m.first + 2 <= m.last and (k := _de_name_before_zufolge(ctx, m)) is not None:
        return Mention(k, m.last, "name")  # (round 40, deobjects) "Nun werten die Ermittler Schulz zufolge …" is Schulz's
    h, w = toks[m.last], toks[m.last].low
    before = toks[m.last - 1]
    if m.last - 1 == m.first and before.low.endswith(DE_ADJECTIVE_ENDINGS):
        return m  # a capitalised adjective opening the sentence: "Ersten Erkenntnissen zufolge …"
    if h.is_cap and not h.quoted and w.endswith("n") and before.is_cap and before.is_word and not before.quoted \
            and before.low not in lex.determiners and not lex.is_first_name(w) and (
                lex.is_source_noun(h.text) or w.endswith(lex.circle_heads)
                or any(v.endswith(lex.speaking_persons) or de_person_noun(v, "der") for v in (w, w[:-1], w[:-2]))):
        return Mention(m.last, m.last, "description")  # a bare plural: "Kreisen", "Insidern", "Diplomaten"
    return m


def _de_name_before_zufolge(ctx: QuoteContext, m: Mention) -> int | None:
    """German (round 40, deobjects): a phrase opened by a non-dative article ("die", "das", "eine") that ends in a person's
    name (a surname of the text, a first name and a surname, or a title and a capitalised word) right before "zufolge":
    the article opens the clause's inverted subject, the name with its titles is the dative source. Where that name
    starts, or None."""
    toks, lex = ctx.tokens, ctx.lex
    k = m.last
    while k - 1 > m.first and toks[k - 1].is_cap and not toks[k - 1].quoted and (
            lex.is_first_name(toks[k - 1].text) or lex.is_title(toks[k - 1].text)):
        k -= 1
    last = toks[m.last]
    if k <= m.first + 1 or not last.is_cap or last.quoted or not last.is_word or lex.is_title(last.text):
        return None
    full = ctx.ents.by_surname.get(last.low)  # a full name seen before ("Peter Maier" … "Maier"), not any capitalised run
    named = (full is not None and len(full.split()) > 1 and lex.is_first_name(full.split()[0])) or (
        k < m.last and (lex.is_first_name(toks[k].text) or lex.is_title(toks[k].text)))
    noun = toks[k - 1]
    return k if named and noun.is_cap and noun.is_word and not noun.quoted and not lex.is_first_name(noun.text) else None


def _de_second_subject(ctx: QuoteContext, c: Cue, m: Mention, hi: int) -> Mention | None:
    """German (round 35, de6): a second subject coordinated after the cue's speaker `m` by "und" / "sowie" when the
    cue's verb is in the plural ("wie Polizei und Staatsanwaltschaft mitteilten"); None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    u = m.end + 1
    v = toks[c.first]
    if u + 1 >= hi or toks[u].low not in ("und", "sowie") or toks[u].quoted or not v.low.endswith("en") \
            or v.low in lex.konjunktiv_i or not (m.end < c.first or m.first > c.last):
        return None
    m2 = mention_after(toks, u, hi, lex)
    if m2 is None or m2.first != u + 1 or m2.kind not in ("name", "description") or not toks[m2.last].is_cap:
        return None
    if m.end < c.first and not (m2.end < c.first and all(
            t.is_word and not t.quoted and (t.text == t.low or t.text.isdigit() or t.low in lex.weekdays)
            for t in toks[m2.end + 1 : c.first])):
        return None  # only adjuncts between the second subject and the verb
    if m.first > c.last and m2.last - 2 >= m2.first and toks[m2.last].is_cap and not toks[m2.last].quoted \
            and lex.is_first_name(toks[m2.last - 2].low) and not lex.is_first_name(toks[m2.last - 1].low) \
            and not lex.is_first_name(toks[m2.last].low) and not lex.is_title(toks[m2.last].text):
        # (merge review) after an inverted cue, a capitalised word after a first name and a surname is the verb's object:
        # "zogen Parkleiter Wolfgang Rades und die Vorsitzende Maren Dorn Bilanz" (the speaker ended in "Bilanz")
        return Mention(m2.first, m2.last - 1, m2.kind)
    return m2


def _de_object_list_comma(ctx: QuoteContext, x: int, k: int, lo: int) -> bool:
    """(round 36, g1) The comma at x inside a list of objects before a closing participle k, after an auxiliary: "Der Verband
    hat höhere Zuschüsse, weniger Bürokratie und schnellere Verfahren verlangt" (the speaker was "Verfahren")."""
    toks, lex = ctx.tokens, ctx.lex
    return x - 1 > lo and toks[x].text == "," and not toks[x].quoted and toks[x - 1].is_cap and toks[k].text == toks[k].low \
        and (k + 1 >= len(toks) or toks[k + 1].text in {".", "!", ";"}) and de_noun_list(ctx, x + 1, k, toks[k].start) \
        and any(t.low in lex.auxiliaries and t.text == t.low and not t.quoted for t in toks[lo:x])


def _de_adjective_list_comma(ctx: QuoteContext, x: int, k: int) -> bool:
    """German (round 34): the comma at x joins two adjectives before their noun, inside one clause: "hat Scholz zu
    geschlossener, gemeinsamer Arbeit aufgerufen" (the speaker was "Arbeit")."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[x].text != "," or toks[x].quoted or x - 2 < 0 or x + 2 >= k:
        return False
    a, b, noun, opener = toks[x - 1], toks[x + 1], toks[x + 2], toks[x - 2]
    return all(t.is_word and not t.quoted and t.text == t.low and t.low.endswith(DE_ADJECTIVE_ENDINGS)
               and t.low not in lex.determiners and t.low not in lex.pronouns and t.low not in RELATIVES
               and t.low not in lex.auxiliaries and t.low not in lex.cue_verbs for t in (a, b)) \
        and noun.is_word and noun.is_cap and not noun.quoted \
        and opener.text == opener.low and (opener.low in lex.prepositions or opener.low in lex.determiners)


def _de_possessed_thing_after(ctx: QuoteContext, after: Mention) -> bool:
    """German (round 34): the noun phrase after the verb is a person's genitive before a thing, the object: "Harris
    kritisierte dabei indirekt Trumps Wahlkampf-Rhetorik" (was "Trumps Wahlkampf-Rhetorik"), not a role ("Merkels
    Sprecher")."""
    toks, lex = ctx.tokens, ctx.lex
    g = next((x for x in range(after.first, after.last) if toks[x].is_cap), None)
    if g is None or g + 1 != after.last or not toks[g].is_word or toks[g].quoted or not toks[g].text.endswith("s") \
            or len(toks[g].text) < 4 or toks[g].low in lex.determiners or toks[g].low in lex.stopwords:
        return False
    head = toks[after.last]
    tail = head.text.rsplit("-", 1)[-1]
    return head.is_cap and head.is_word and not head.quoted and not lex.is_title(head.text) and not lex.is_title(tail) \
        and not _de_role_word(tail, lex) and not de_person_noun(tail.lower(), "der") and not de_person_noun(tail.lower(), "die") \
        and not head.low.endswith(lex.speaking_bodies) and not lex.is_source_noun(head.text) \
        and tail.lower().endswith(("ung", "ik", "heit", "keit", "rhetorik", "politik", "plan", "pläne", "kurs", "rede",
                                   "äußerung", "äußerungen", "aussage", "aussagen", "vorschlag", "vorschläge", "ergebnis",
                                   "entscheidung", "haltung", "strategie", "agenda", "programm", "erbe"))


def _de_colon_lead_subject(ctx: QuoteContext, lo: int, k: int, gender: str) -> str | None:
    """German (round 34): the named subject of a lead clause that opens the sentence at lo and ends in a colon before
    the quotation whose trailing attribution (at k) has a he/she: "Marine Le Pen selbst rechnet mit Protesten: „…“,
    sagt sie" is Le Pen. None when there is no such colon, the subject is no name, or of the other gender."""
    toks, lex = ctx.tokens, ctx.lex
    colon = next((p for p in range(lo + 2, k - 1) if toks[p].text == ":" and not toks[p].quoted), None)
    if colon is None or not toks[colon + 1].quoted or any(t.quoted for t in toks[lo:colon]):
        return None
    subj = clause_subject(toks, lo, colon, lex)
    if subj is not None and subj.kind == "description" and subj.first == lo and subj.last == lo + 1 \
            and toks[lo].text == ("Der" if gender == "m" else "Die") and lex.is_title(toks[lo + 1].text):
        # (round 36, g2) a role with its article: "Der Innenminister, der …, wurde diesmal deutlich: «…», sagte er" (was
        # the speaker of the sentence before); the role's holder named before
        name = canonical(subj, toks, ctx.ents, lex, continuing=None)
        return name if name and name != toks[lo + 1].text and lex.name_gender(
            name, ctx.ents.titles.get(name, set())) in (None, gender) else None
    if subj is None or subj.kind != "name" or subj.first != lo or not toks[subj.last].is_cap:
        return None
    if any(lex.is_source_noun(t.text) or t.low in lex.org_heads or t.low in lex.speaking_bodies
           for t in toks[subj.first : subj.last + 1]):
        return None
    if toks[lo].low in lex.adverbial_subordinators or toks[lo].low in lex.stopwords or toks[lo].low in lex.skippable \
            or any(subj.last < p < colon for p, _ in ctx.ents.names):
        return None  # (a subordinate clause opens it, or a person named after it is the subject: "Obwohl diese
        # Kredite … seien, sei …: «…», erklärt sie", "Höchst zufrieden … ist Generalsekretär Michael Schnedlitz: „…“")
    name = canonical(subj, toks, ctx.ents, lex, continuing=None)
    if not name or lex.name_gender(name, ctx.ents.titles.get(name, set())) not in (None, gender):
        return None
    return name


def _de_main_clause_subject(ctx: QuoteContext, lo: int, comma: int) -> Mention | None:
    """German (round 34): the subject opening the main clause at lo, before its first lower-case word (the verb)
    ahead of the comma of a second predicate; None when a preposition or an adverb opens it."""
    toks, lex = ctx.tokens, ctx.lex
    for k in range(lo + 1, min(comma, lo + 8)):
        if toks[k].is_word and toks[k].text == toks[k].low and not toks[k].quoted:
            subj = mention_before(toks, k, lo, lex)
            if subj is not None and subj.first == lo and subj.end == k - 1 and toks[lo].text[:1].isupper() \
                    and toks[lo].low not in lex.prepositions and toks[lo].low not in lex.skippable:
                return subj
            return None
    return None


#: German subject pronouns right after the finite verb of a V2 clause ("Drinnen las sie …")
_DE_SUBJECT_AFTER_VERB = frozenset({"er", "sie", "wir", "ich", "man"})


#: heads of what "citing" names as a source besides people, bodies and documents
_EN_CITED_SOURCES = frozenset({"sources", "source", "data", "figures", "statistics", "records", "estimates", "research",
                               "studies", "surveys", "polls", "media", "authorities", "experts", "analysts", "insiders",
                               "aides", "diplomats", "executives", "investigators", "police", "people", "person",
                               "persons", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "newspaper",
                               "paper", "agency", "agencies", "testimony", "transcript", "transcripts", "footage"})


def _en_cited_reason(ctx: QuoteContext, m: Mention, headline: bool = False) -> bool:
    """What "citing" names is a reason, no source: a lower-case noun phrase (no capitalised word) whose head is
    no person, body or document ("citing inflation", "citing a shortage of pilots", "citing health reasons";
    not "citing sources", "citing a report", "citing two people familiar with the matter"). (round 50, enarticles3) In a
    title-case headline ("…, Citing" mid-line) capitals say nothing: "Singer Postpones Tour, Citing Vocal Strain" (the
    speaker was "Vocal Strain"); a name there still has an unknown head and stays a source only as a person or body."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[m.first : m.end + 1] if t.is_word]
    if headline and words and m.kind != "pronoun" and not any(t.quoted for t in words) \
            and not any(t.low in lex.male_names or t.low in lex.female_names for t in words):
        words = [t for t in words if not (t.low in lex.determiners or t.low in EN_TITLE_MINOR_WORDS)]
        return bool(words) and all(t.low not in _EN_CITED_SOURCES and t.low not in lex.document_nouns
                                   and t.low not in lex.org_heads and not lex.is_title(t.low) for t in words) \
            and not any(t.text.isupper() and len(t.text) > 1 for t in words) \
            and not words[-1].low.endswith(("ers", "ists", "ians", "ants", "ents", "ors", "als"))
    if not words or any(t.is_cap or t.quoted for t in words) or m.kind == "pronoun":
        return False
    heads = []  # the words before a postmodifier ("sources familiar with the matter", "a shortage of pilots")
    for t in words:
        if t.low in lex.prepositions or t.low in ("familiar", "close", "who", "that"):
            break
        heads.append(t.low)
    return not any(h in _EN_CITED_SOURCES or h in lex.document_nouns or h in lex.org_heads or lex.is_title(h)
                   or h.endswith(("ers", "ists", "ians", "ants", "ents", "ors")) for h in heads or [toks[m.last].low])


def _de_naming_predicate_subject(ctx: QuoteContext, c: Cue, lo: int, hi: int, cues: list[Cue]):
    """German (round 34): a naming verb opening a second predicate after a comma, with a pronoun object and "als"
    ("Merz kritisierte dessen Europapolitik scharf, bezeichnete sie als „Totalausfall“", "Der Kanzler las den Bericht,
    bezeichnete ihn als „ungenügend“"): the pronoun is the object, not the speaker; the earlier cue's speaker, else the
    subject of the clause before the comma. Returns (speaker, name) or None."""
    toks, lex = ctx.tokens, ctx.lex
    comma = c.first - 1
    if toks[c.first].low not in _DE_NAMING_VERBS or comma <= lo or toks[comma].text != "," or toks[comma].quoted \
            or c.last + 2 >= hi or toks[c.last + 1].text not in ("sie", "es", "ihn", "diese", "dies") \
            or toks[c.last + 2].text != "als" or toks[c.last + 1].quoted:
        return None
    if any(t.text in {",", ":", ";"} and not t.quoted for t in toks[lo:comma]) or toks[lo].low in lex.adverbial_subordinators \
            or toks[lo].low in lex.complementizers or toks[lo].low in lex.fronting:
        return None  # one main clause before the comma ("Als er kam, bezeichnete sie …" has its own subject)
    earlier = [x for x in cues if x.last < c.first and x.kind == "verb" and x.speaker is not None]
    if earlier:
        return earlier[-1].speaker, earlier[-1].name
    m = _de_inverted_subject(ctx, clause_subject(toks, lo, comma, lex), lo, comma)
    if m is None or m.first != lo or toks[m.first].low in _DE_OBJECT_OPENERS:
        return None
    return m, None


#: (round 47, dequestions) a German infinitive with "zu" inside ("offenzulegen", "zurückzutreten")
_DE_ZU_INFIX_WORD = re.compile(r"[a-zäöüß]{2,}zu[a-zäöüß]{2,}(?:en|ern|eln)")


def _de_before_zu_clause(toks: list, lo: int, comma: int) -> int:
    """German (round 47, dequestions): the comma opening an infinitive clause with "zu" that ends right before the comma
    at `comma` ("Müller lehnte es ab, sich zu den Vorwürfen zu äußern, sagte aber, …", "…, weigerte sich, den Vertrag zu
    unterschreiben, sagte aber, …"): the main clause ends there; else `comma`."""
    p = next((x for x in range(comma - 1, lo, -1) if not toks[x].is_word or toks[x].quoted), None)
    if p is None or p < comma - 9 or toks[p].text != "," or toks[p].quoted or comma - p < 2:
        return comma
    last = toks[comma - 1]
    if last.text != last.low or not ((comma - 2 > p and toks[comma - 2].text == "zu" and last.low.endswith(("en", "ern", "eln")))
                                     or _DE_ZU_INFIX_WORD.fullmatch(last.low)):
        return comma
    return p


def _de_coordinated_predicate_subject(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> Mention | None:
    """German: the cue opens a second predicate after a comma ("Drinnen las sie dem Vorstand die
    Leviten, sprach von einem „Armutszeugnis“"): no subject follows it (a preposition or an object
    does), so it shares the subject of the main clause before the comma, not that clause's object."""
    toks, lex = ctx.tokens, ctx.lex
    comma = c.first - 1
    if comma - 2 <= lo or toks[comma].text != "," or toks[comma].quoted or toks[c.first].text != toks[c.first].low:
        return None
    main = _de_before_zu_clause(toks, lo, comma)
    if any(t.text in {",", ":", ";"} or t.quoted for t in toks[lo:main]) or toks[lo].low in lex.adverbial_subordinators \
            or toks[lo].low in lex.complementizers:
        return None  # one main clause before the comma, not a subordinate one ("Als er kam, sprach …")
    nxt = toks[c.last + 1] if c.last + 1 < hi else None
    n = c.last + 1
    while n < hi and (toks[n].low in lex.skippable or toks[n].low in DE_SENTENCE_ADVERBS) \
            and toks[n].text == toks[n].low and not toks[n].quoted:
        n += 1
    if (n > c.last + 1 or n < hi and toks[n].text == "sich") and _de_particle_before_content(ctx, c, hi):
        n += 1  # (round 41, deimpersonal) also after "sich": "…, sprach sich aber dafür aus, dass …"
        while n < hi and toks[n].text not in {",", ":"}:
            n += 1  # (round 41, deinterviews) past the particle: "…, mahnte aber an, dass …", "…, warnte aber davor, …"
    if n > c.last + 1 and n < hi and toks[n].text in {",", ":"} and not toks[n].quoted \
            and toks[lo].low not in _DE_OBJECT_OPENERS:
        # (round 25) only adverbs before the content: "Die Kanzlerin geht nicht auf Polemik ein, sagt nur, dass …",
        # "Der Minister kam nach Berlin, sagte aber, …" (no speaker, nothing reported): the main clause's subject
        for k in range(lo + 1, min(main, lo + 8)):
            if toks[k].is_word and toks[k].text == toks[k].low and not toks[k].quoted:
                subj = mention_before(toks, k, lo, lex)
                if subj is not None and subj.first == lo and subj.end == k - 1:
                    return subj
        if lo + 2 < comma and (toks[lo].low in lex.skippable or toks[lo].low in DE_SENTENCE_ADVERBS or toks[lo].low == "zwar") \
                and toks[lo + 1].is_word and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted \
                and toks[lo + 1].low not in lex.prepositions and toks[lo + 1].low not in lex.determiners \
                and (subj := mention_after(toks, lo + 1, comma, lex)) is not None and subj.first == lo + 2 \
                and subj.kind in ("name", "pronoun") and toks[subj.first].is_cap and subj.first == subj.last:
            return subj  # (round 27) after a fronted adverb and the verb: "Zwar nahm Kogler das Wort nicht in den Mund,
            # erklärte aber, er wolle …" (nothing was reported)
    if nxt is not None and nxt.text in ("die", "den", "das", "diese", "diesen", "eine", "einen", "ein", "seine", "ihre") \
            and not nxt.quoted and toks[c.first].low in lex.predicative_verbs and not toks[c.first].low.endswith("en") \
            and toks[lo].low not in _DE_OBJECT_OPENERS and any(
                t.text == "als" for t in toks[c.last + 2 : next((x for x in range(c.last + 1, hi) if toks[x].text in {",", ";", ":"}
                                                              or toks[x].quoted), hi)]):
        # (round 34 w2a) the phrase after a second predicate of calling ("…, bezeichnete die Pläne jedoch als
        # unvernünftig") is its object (it was the speaker): the main clause's subject speaks
        subj = _de_main_clause_subject(ctx, lo, comma)
        if subj is not None:
            return subj
    if nxt is not None and nxt.text in ("eine", "die") and not nxt.quoted and c.last + 2 < hi \
            and not toks[c.first].low.endswith("en") and toks[lo].low not in _DE_OBJECT_OPENERS \
            and (head := next((x for x in range(c.last + 2, min(hi, c.last + 4)) if toks[x].is_cap), None)) is not None \
            and toks[head].is_word and not toks[head].quoted and not lex.is_title(toks[head].text) \
            and not de_person_noun(toks[head].low, nxt.text) and not toks[head].low.endswith(lex.speaking_bodies) \
            and not lex.is_source_noun(toks[head].text) and not _de_agent_noun(toks[head].text, lex) \
            and toks[head].low.endswith(_DE_FEMININE_SUFFIXES + ("arbeit", "frage", "forderung", "kritik", "pause")) \
            and not any(t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
                        for t in toks[lo:comma]):
        # (round 34) a feminine thing after a second predicate is its object: "Kretschmer positionierte sich nicht, schloss
        # eine Zusammenarbeit aber nicht aus" (the speaker was "eine Zusammenarbeit"): the main clause's subject speaks
        subj = _de_main_clause_subject(ctx, lo, comma)
        if subj is not None:
            return subj
    if nxt is None or nxt.quoted or not (nxt.low in lex.prepositions or nxt.low in lex.object_articles) \
            or nxt.text != nxt.low:
        return None  # (a subject after the verb is a trailing attribution: "…, sagte die Ministerin")
    if toks[lo].low in _DE_SUBJECT_AFTER_VERB and toks[lo].is_cap and toks[lo + 1].text == toks[lo + 1].low:
        return Mention(lo, lo, "pronoun")  # "Sie las dem Vorstand die Leviten, sprach von …"
    for k in range(lo + 1, min(comma - 1, lo + 6)):
        verb = toks[k]
        if verb.is_word and verb.text == verb.low and verb.low not in lex.stopwords and verb.low not in lex.prepositions \
                and verb.low not in lex.determiners and toks[k + 1].text in _DE_SUBJECT_AFTER_VERB:
            return Mention(k + 1, k + 1, "pronoun")  # the pronoun after the V2 verb: "Drinnen las sie …", "Im Saal las sie …"
    return None


def _de_bare_thing_object(ctx: QuoteContext, c: Cue, m: Mention | None, lo: int) -> bool:
    """German (round 51, deleft19): the cue opens a second predicate after a comma, and the mention after it (past
    lower-case adverbs: "aber", "jedoch", "zudem") is one capitalised plural of a thing without an article
    (`_DE_THING_PLURALS`: "Nachbesserungen", "Änderungen", "Neuwahlen"), no person noun: "…, mahnte aber
    Nachbesserungen an", "…, forderte zudem Neuwahlen" (the thing is the object)."""
    toks, lex = ctx.tokens, ctx.lex
    if m is None or m.first != m.last or m.first <= c.last or c.first < 1 or toks[c.first - 1].text != "," \
            or toks[c.first - 1].quoted or toks[c.first].text != toks[c.first].low:
        return False
    if any(not t.is_word or t.quoted or t.text != t.low or t.low in lex.determiners or t.low in lex.prepositions
           for t in toks[c.last + 1 : m.first]):
        return False
    if toks[lo].low in lex.auxiliaries or toks[lo].low in lex.adverbial_subordinators or toks[lo].low in lex.complementizers:
        return False  # (a fronted condition is no main clause: "Sollte die Regierung scheitern, drohten Neuwahlen.")
    h = toks[m.first]
    return h.is_word and h.is_cap and not h.quoted and not h.text.isupper() and h.low.endswith(_DE_THING_PLURALS) \
        and not lex.is_first_name(h.text) and not lex.is_title(h.text) and not de_person_noun(h.low, "die") \
        and not de_person_noun(h.low, "der") and not _de_agent_noun(h.text, lex) and not lex.is_source_noun(h.text) \
        and not h.low.endswith(lex.speaking_bodies) and not any(
            # (not after a report in the Konjunktiv: "Die Lage sei ernst, warnten Hilfsorganisationen")
            t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
            for t in toks[lo : c.first])


#: (round 41, deinterviews) German da-words and separable particles that close a second predicate before its content
#: ("…, warnte aber davor, dass …", "…, mahnte aber an, dass …", "…, wies jedoch darauf hin, dass …")
_DE_CONTENT_PARTICLES = frozenset({"davor", "darauf", "daran", "dafür", "darüber", "dazu", "an", "ein", "hin", "zu",
                                   "fest", "klar"})


def _de_particle_before_content(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 41, deinterviews): the cue opens a second predicate after a comma, and only adverbs, then one or
    two particles or da-words (`_DE_CONTENT_PARTICLES`, or the cue's own separable particles), follow it before a comma
    or a colon: "Meuer freute sich über den Sieg, warnte aber davor, dass …"."""
    toks, lex = ctx.tokens, ctx.lex
    if c.first - 1 <= 0 or toks[c.first - 1].text != "," or toks[c.first - 1].quoted \
            or toks[c.first].text != toks[c.first].low:
        return False
    n = c.last + 1
    while n < hi and (toks[n].low in lex.skippable or toks[n].low in DE_SENTENCE_ADVERBS or toks[n].low == "sich"
                      and n == c.last + 1) \
            and toks[n].text == toks[n].low and not toks[n].quoted and toks[n].low not in _DE_CONTENT_PARTICLES:
        n += 1  # (round 41, deimpersonal) a reflexive verb too: "…, sprach sich aber dafür aus, dass …"
    if n == c.last + 1:
        return False
    own = lex.separable.get(toks[c.first].low, frozenset())
    if toks[c.last + 1].text == "sich":
        own = own | {"aus"}  # "sich … dafür/dagegen aussprechen"
    p = n
    while p < hi and p < n + 2 and toks[p].text == toks[p].low and not toks[p].quoted \
            and (toks[p].low in _DE_CONTENT_PARTICLES or toks[p].low in own):
        p += 1
    return n < p < hi and toks[p].text in {",", ":"} and not toks[p].quoted


#: German feminine media nouns: "Der" before them is a dative or genitive ("Der Zeitung sagte Müller")
_DE_FEMININE_MEDIA = ("zeitung", "agentur", "zeitschrift", "presse", "illustrierten", "wochenzeitung")

#: (round 29) German papers whose short name is feminine: "Der BILD sagte Harig, …", "Der Welt sagte Merz, …" (a dative)
_DE_FEMININE_PAPERS = frozenset({"bild", "welt", "zeit", "taz", "faz", "presse", "abendzeitung"})

#: (round 29) endings of German feminine nouns: after "der" such a noun is a dative or a genitive, no subject ("teilte der
#: Menge mit", "sagte der Abendpost")
_DE_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "post", "menge", "presse", "zeitung",
                         "agentur", "zeitschrift", "öffentlichkeit", "versammlung", "runde", "kommission")


def _de_subject_after_adverbs(ctx: QuoteContext, n: int, hi: int) -> bool:
    """German: a subject follows the lower-case adverbs opening at n ("erklärte dazu Yildirim", "sagte dazu der
    Minister"), so the cue is no second predicate of an earlier subject."""
    toks, lex = ctx.tokens, ctx.lex
    while n < hi and toks[n].text == toks[n].low and toks[n].low in lex.skippable and not toks[n].quoted:
        n += 1
    return n + 1 < hi and toks[n].is_word and not toks[n].quoted and (
        (toks[n].is_cap and toks[n].low not in lex.prepositions and toks[n].low not in lex.stopwords)
        or (toks[n].text in ("der", "die", "ein", "eine") and toks[n + 1].is_cap))


#: German articles that open an object, not a subject, at a sentence start ("Den Plan lobte der Minister, …")
_DE_OBJECT_OPENERS = frozenset({"den", "dem", "einen", "einem"})


def _de_bare_adjectives(ctx: QuoteContext, m: Mention, lo: int) -> Mention:
    """German: a noun phrase without an article takes up to two inflected adjectives before it
    when a preposition precedes them ("Eine Studie über psychische Folgen ergab": the phrase after
    "über" is "psychische Folgen", so the subject is the study); otherwise m unchanged."""
    toks = ctx.tokens
    p = m.first - 1
    while p > lo and p >= m.first - 2 and toks[p].is_word and not toks[p].quoted and toks[p].text == toks[p].low \
            and len(toks[p].low) > 3 and toks[p].low.endswith(DE_ADJECTIVE_ENDINGS) \
            and toks[p].low not in ctx.lex.prepositions and toks[p].low not in ctx.lex.determiners:
        p -= 1
    if p < m.first - 1 and p >= lo and toks[p].low in ctx.lex.prepositions and toks[p].text == toks[p].low:
        return Mention(p + 1, m.last, m.kind, m.span_last)
    return m


#: endings of German nouns of bodies that speak ("Bundesregierung", "Landespolizei", "Kreisverband")
_DE_AGENT_ENDINGS = ("regierung", "partei", "ministerium", "polizei", "kommission", "gericht", "behörde", "verband",
                     "gewerkschaft", "unternehmen", "konzern", "opposition", "koalition", "fraktion", "zeitung",
                     "agentur", "verwaltung", "senat", "rat", "amt", "bank", "union", "staatsanwaltschaft",
                     # (round 34 w2f) plural bodies: "die Summe, die die Umweltverbände gefordert hatten"
                     "verbände", "regierungen", "parteien", "gewerkschaften", "organisationen", "behörden",
                     "staaten", "länder", "kommunen", "gemeinden", "delegationen", "ministerien", "konzerne",
                     # (round 45, dejustiz) the parties of a trial: "Die Anklage wirft Anna Roth Untreue vor" (was Roth)
                     "anklage", "nebenklage", "verteidigung")


def _de_inverted_subject(ctx: QuoteContext, m: Mention | None, lo: int, p: int) -> Mention | None:
    """German (round 34): the subject of the clause before a coordinated cue ("… und warnte vor …"). When the clause
    opens with a fronted object, a noun phrase that cannot speak, then its finite verb and a name or a noun of persons
    or bodies, that second phrase is the subject ("Die Pläne der Union wies Scholz als rechtswidrig zurück und warnte
    …" gave the plans as the speaker); otherwise m."""
    toks, lex = ctx.tokens, ctx.lex
    if m is not None and m.kind == "description" and m.last == m.first + 2 and toks[m.first].low in lex.determiners \
            and toks[m.first].low not in lex.object_articles and toks[m.first + 1].is_cap and toks[m.last].is_cap \
            and not toks[m.last].quoted and _de_agent_noun(toks[m.first + 1].text, lex) \
            and not _de_agent_noun(toks[m.last].text, lex) and not lex.is_title(toks[m.first + 1].text) \
            and not de_person_noun(toks[m.last].low, toks[m.first].low) \
            and m.end + 1 < p and toks[m.end + 1].text == toks[m.end + 1].low:
        # (round 35) a body and then the object of its verb: "Gegen den Beschluss legte die Staatsanwaltschaft
        # Beschwerde ein und bestritt …" (the speaker was "die Staatsanwaltschaft Beschwerde")
        m = Mention(m.first, m.first + 1, m.kind)
    if m is None or m.first != lo or m.kind in ("name", "pronoun") or m.end + 2 >= p \
            or toks[lo].low not in lex.determiners or _de_agent_noun(toks[m.last].text, lex) \
            or de_person_noun(toks[m.last].low, toks[lo].low):
        return m  # (round 35: also a person noun first, "Die Vermieterin erhob Widerklage und verlangte …")
    v = toks[m.end + 1]
    if not v.is_word or v.quoted or v.text != v.low or v.low in lex.determiners or v.low in lex.prepositions \
            or v.low in lex.stopwords and v.low not in lex.auxiliaries or v.low in lex.coordinators:
        return m
    m2 = mention_after(toks, m.end + 1, p, lex)
    if m2 is None or m2.first > m.end + 3 or toks[m2.first].low in lex.object_articles or toks[m2.first].quoted:
        return m
    if m2.kind == "name" or (m2.kind != "pronoun" and _de_agent_noun(toks[m2.last].text, lex)):
        return m2
    return m


def _de_agent_noun(word: str, lex: Lexicon) -> bool:
    """German: a noun of a person or a body that can speak (a title, a plural of persons in -er/-innen, a
    body: "Regierung", "Polizei", "Verband")."""
    w = word.lower()
    return lex.is_title(word) or w.endswith(_DE_AGENT_ENDINGS) or w.endswith(("innen", "sprecher", "experten")) \
        or w in lex.feminine_company_names or w.endswith(lex.feminine_bodies)
    # (round 50, dearticles4) a company or body written with "die" speaks first: "Die Bahn forderte die Gewerkschaft
    # auf, …", "Die Universität kritisierte die Regierung" (the object after the verb was the speaker)


def _de_plural_subject_first(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German: a lone plural noun of persons or bodies opens the sentence before a plural verb, and the
    noun phrase after the verb has no article or the article "die": the first noun is the subject
    ("Kritiker bemängeln fehlende Transparenz", "Umweltverbände kritisierten die Einigung"); not before a
    singular verb ("Pläne kritisiert der Minister")."""
    toks = ctx.tokens
    verb, word, first = toks[c.first].low, toks[before.first].low, toks[after.first]
    return verb.endswith("n") and word.endswith(_DE_PERSON_PLURALS) and len(word) > 5 and (
        first.low == "die" or (first.text == first.low and first.low not in ctx.lex.determiners
                               and first.low not in ctx.lex.pronouns))


#: (round 51, auditnews7) English verbs of revising an account before "to" + a cue ("changed his story to say …")
_EN_REVISE_VERBS = frozenset({"changed", "changes", "change", "changing", "shifted", "shifts", "shift", "shifting",
                              "amended", "amends", "amend", "amending", "revised", "revises", "revise", "revising",
                              "updated", "updates", "update", "updating", "altered", "alters", "alter", "altering",
                              "modified", "modifies", "modify", "modifying", "edited", "edits", "edit", "editing",
                              "corrected", "corrects", "correct", "correcting", "adjusted", "adjusts", "adjust",
                              "rewrote", "rewrites", "rewrite", "rewriting", "rewritten", "reversed", "reverses",
                              "reverse", "reversing", "expanded", "expands", "expand", "clarified", "clarifies",
                              "clarify"})
#: (round 51, auditnews7) the accounts revised ("shifted his account of the meeting to say …")
_EN_REVISED_ACCOUNTS = frozenset({"account", "accounts", "story", "stories", "testimony", "statement", "statements",
                                  "version", "position", "stance", "remarks", "comments", "tune", "post", "tweet",
                                  "claim", "claims", "explanation", "narrative", "recollection", "answer", "answers"})
#: (round 51, auditnews7) adverbs before the verb of revising ("later changed his story")
_EN_REVISE_ADVERBS = frozenset({"later", "then", "since", "also", "again", "subsequently", "quickly", "soon", "has",
                                "had", "have", "repeatedly", "abruptly", "suddenly"})


def _en_revised_account_subject(toks, lex, to: int, lo: int):
    """English (round 51, auditnews7): "to" at token `to` follows a revised account ("changed his story", "shifted his
    own account of the meeting", "amended the post"): the subject of the verb of revising, which speaks, or None."""
    a = to - 1
    if toks[a].text == toks[a].low and toks[a].low not in _EN_REVISED_ACCOUNTS:
        # an of-phrase after the account: "of the meeting", "of events" (up to five lower-case words)
        o = next((x for x in range(a, max(lo, to - 6) - 1, -1) if toks[x].text == "of"), None)
        if o is None or any(not x.is_word or x.quoted or x.text != x.low or x.low in lex.auxiliaries
                            for x in toks[o:to]):
            return None
        a = o - 1
    if a <= lo or toks[a].quoted or toks[a].text != toks[a].low or toks[a].low not in _EN_REVISED_ACCOUNTS:
        return None
    b = a - 1
    if toks[b].text == "own":
        b -= 1
    if b <= lo or toks[b].quoted or toks[b].low not in ("his", "her", "their", "its", "the", "my", "our", "that", "this"):
        return None
    v = b - 1
    if v <= lo or toks[v].quoted or toks[v].text != toks[v].low or toks[v].low not in _EN_REVISE_VERBS:
        return None
    e = v
    while e - 1 > lo and toks[e - 1].text == toks[e - 1].low and not toks[e - 1].quoted \
            and toks[e - 1].low in _EN_REVISE_ADVERBS:
        e -= 1
    subj = mention_before(toks, e, lo, lex)
    return subj if subj is not None and subj.end == e - 1 else None



def _en_floor_purpose_subject(toks, lex, to: int, lo: int):
    """English (round 52, auditen2): "to" at token `to` opens an infinitive of purpose after a past verb of taking the
    floor (`purpose_floor_verbs`), right before it or before its object, or of using an occasion (`purpose_occasion_verbs`)
    before its object (an article or a possessive
    and at most three lower-case words, or "to" and one capitalised name: "took to Twitter"): the verb's subject, opening
    its clause right before the verb ("Colin Ferris interrupted the exchange to ask whether …", "Ferris rose to ask
    …"), else None."""
    v = to - 1
    if toks[v].text != toks[v].low or toks[v].low not in lex.purpose_floor_verbs:
        d = next((x for x in range(to - 1, max(lo, to - 5), -1) if toks[x].low in lex.determiners
                  or toks[x].low in lex.possessives or toks[x].text == "to"), None)
        if d is None or d - 1 <= lo or any(t.quoted or not t.is_word for t in toks[d:to]):
            return None
        if toks[d].text == "to":
            if d != to - 2 or not toks[to - 1].is_cap:
                return None
        elif not all(t.text == t.low for t in toks[d + 1 : to]):
            return None
        v = d - 1
        if toks[v].text != toks[v].low or (toks[v].low not in lex.purpose_floor_verbs
                                           and toks[v].low not in lex.purpose_occasion_verbs):
            return None
    if toks[v].quoted or v - 1 < lo:
        return None
    subj = mention_before(toks, v, lo, lex)
    if subj is None or subj.end != v - 1 or subj.kind == "relative" or not (
            subj.first == lo or not toks[subj.first - 1].is_word):
        return None
    if subj.first == subj.end and toks[subj.first].low in ("it", "this", "that") and toks[v].low == "took":
        return None  # (round 52, review1) "it took" a time span is no one taking the floor: "It took the council three
        # months to admit that …" (the speaker was "It")
    return subj

#: English verbs of going on before an infinitive cue whose subject speaks ("went on to say", "continued to insist")
_EN_GOING_ON = frozenset({"on", "continued", "continues", "continue", "proceeded", "proceeds", "hastened", "hastens"})
#: (round 40, enaccording) adverbs between a subject and its verb of going on ("then went on to say")
_EN_GOING_ON_ADVERBS = frozenset({"then", "later", "also", "again", "subsequently", "quickly", "soon", "repeatedly"})
#: (round 40, enlight) adjectives of manner after a form of "be" before an infinitive cue, whose subject speaks ("was quick
#: to point out that …", "were careful to note that …", "is at pains to stress that …"); not wishes ("is keen/eager to
#: show that …")
_EN_READY_ADJECTIVES = frozenset({"quick", "careful", "swift", "pains",
                                  # (round 47, enleft3) a passive of hearing before the infinitive: its subject speaks
                                  # ("The minister was heard to say that …", "was overheard to remark that …"; none before)
                                  "heard", "overheard"})
_EN_READY_BE = frozenset({"was", "were", "is", "are", "been"})


def _de_plural_object_after(ctx: QuoteContext, c: Cue, after: Mention) -> bool:
    """German: a singular past verb ("warnte") and "die" + a noun in -en after it ("die Abgeordneten", "die
    Kollegen"): a plural, so no subject of the verb; the lone word before it is ("May warnte die Abgeordneten
    davor, …" had the speaker "die Abgeordneten")."""
    toks = ctx.tokens
    verb, first, head = toks[c.first].low, toks[after.first], toks[after.last]
    if verb.endswith(("te", "t")) and first.text == first.low and first.low in ctx.lex.quantifier_pronouns \
            and after.last > after.first:
        return True  # (round 28) a plural quantifier: "Müller nannte mehrere Gründe für …" (had "mehrere Gründe")
    if verb.endswith(("te", "t")) and after.first == after.last and first.is_cap \
            and first.low.endswith(("ionen", "ungen", "heiten", "keiten", "schaften", "nisse")):
        return True  # (round 28) a bare plural: "Scholz kündigte auch Diskussionen über … an" (had "Diskussionen")
    if verb.endswith(("te", "t")) and not verb.endswith(("ten", "en")) and after.first == after.last and first.is_cap \
            and first.is_word and not first.quoted and len(first.low) > 6 and first.low.endswith(("e", "en")) \
            and after.first > c.last + 1 and not ctx.lex.is_first_name(first.low) and first.low not in ctx.ents.by_surname \
            and not ctx.lex.is_title(first.text) and not first.low.endswith(ctx.lex.speaking_bodies) and all(
                t.text == t.low and not t.quoted and t.low in ctx.lex.skippable for t in ctx.tokens[c.last + 1 : after.first]):
        return True  # (round 34) a bare plural after adverbs: "Woidke kündigte zudem Gespräche mit der CDU an", "Müller
        # forderte erneut Neuwahlen" (had "Gespräche", "Neuwahlen"; right after the verb it already was no subject)
    if verb.endswith(("te", "t")) and not verb.endswith("ten") and after.last > after.first and first.is_word \
            and first.text == first.low and not first.quoted and first.low.endswith("e") and len(first.low) > 3 \
            and first.low not in ctx.lex.determiners and first.low not in ctx.lex.konjunktiv_i \
            and toks[after.first + 1].is_cap and toks[after.first + 1].is_word:
        return True  # (round 30) an adjective and its noun without an article: "Obama kündigte weitere Schritte an: …"
        # (had "weitere Schritte")
    return verb.endswith("te") and first.low == "die" and first.text == "die" and after.last > after.first \
        and head.low.endswith("en") and not head.low.endswith(("ung", "heit", "keit", "schaft", "ion"))


#: endings of German plural nouns of persons ("Kritiker", "Experten", "Anwohner", "Ärztinnen", "Forschende")
_DE_PERSON_PLURALS = ("er", "en", "innen", "ende", "e")  # (also "Umweltverbände", "Ärzte")


def _de_object_name_after(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German: "Scholz warf Merz vor, …": a lone capitalised word opening the sentence that is no
    adverb, before a verb that takes a dative or accusative person (vorwerfen, kritisieren, …) and a
    bare name after it: the word before is the subject, the name after the object."""
    toks, lex = ctx.tokens, ctx.lex
    w = toks[before.first]
    if w.low in lex.skippable or w.low in lex.time_words or w.low in lex.determiners or w.low in lex.prepositions \
            or w.low in lex.anaphoric_objects or DE_PRONOMINAL_ADVERB.match(w.low) or w.low in _DE_SENTENCE_ADVERBS \
            or (w.low.endswith(_DE_ADVERB_ENDINGS) and not ctx.ents.by_surname.get(w.low)):
        return False  # a fronted adverb: "Davon geht Slobodan Samardzic aus", "Allgemein verweist Drewes darauf"
    a = toks[after.first]
    return (after.kind == "name" and a.is_cap and a.low not in lex.determiners and after.first == c.last + 1
            and toks[c.first].low not in lex.impersonal_cues)


#: German adverbs that open a sentence and end like no adverb ("Allgemein verweist Drewes darauf, …")
_DE_SENTENCE_ADVERBS = frozenset({"allgemein", "generell", "insgesamt", "zunächst", "zuletzt", "bislang", "bisher",
                                  "derzeit", "inzwischen", "mittlerweile", "bereits", "stets", "erneut", "nochmals",
                                  "ebenfalls", "zudem", "später", "vorher", "zuvor", "anschließend", "abschließend",
                                  "ferner", "weiterhin", "jedenfalls", "ohnehin", "offiziell", "intern", "öffentlich"})

#: (round 34) German participles that open a fronted phrase of the question asked, no subject ("Angesprochen auf das
#: Handspiel sagt Nagelsmann: …", "Gefragt nach seiner Zukunft sagte Schmidt, …")
_DE_FRONTED_PARTICIPLES = frozenset({"angesprochen", "gefragt", "befragt", "konfrontiert"})

#: endings of German adverbs and adjectives that open a sentence ("Scharf", "Erwartungsgemäß", "Ähnlich")
_DE_ADVERB_ENDINGS = ("lich", "ig", "isch", "weise", "bar", "los", "sam", "gemäß", "mals", "falls", "wärts", "dings",
                      # (round 34) "Personell kündigte Nagelsmann … an", "Defensiv lobte Weber …"; (round 35, de3)
                      # "Minutiös beschreibt die Autorin, was …" (the speaker was "Minutiös")
                      "ell", "iv", "ös")


def _de_day_then_object(ctx: QuoteContext, c: Cue, a: int) -> bool:
    """German (round 48, deleft6): a day with its preposition, and nothing else, between a singular cue verb and the
    noun phrase at a ("Söder kritisierte am Montag das Gesetz", "lobte am Wochenende die Reform"): after a lone name
    opening the sentence that phrase is the verb's object, not its subject."""
    toks, lex = ctx.tokens, ctx.lex
    if a != c.last + 3 or toks[c.first].low.endswith("n"):
        return False
    p, d = toks[c.last + 1], toks[c.last + 2]
    return p.text in ("am", "an") and not p.quoted and d.is_word and d.is_cap and not d.quoted and d.low in lex.time_words


def _de_adverbs_then_object(ctx: QuoteContext, c: Cue, lo: int, a: int) -> bool:
    """German (round 40, derelacts): one or two adverbs between a singular speech-act verb and the noun phrase at a
    ("Merkel kritisierte außerdem die Pläne", "Seehofer begrüßte ausdrücklich die Entscheidung"), after a lone word
    opening the sentence that is no adverb itself ("Zugleich kritisierte zudem die Union …" keeps its subject after)."""
    toks, lex = ctx.tokens, ctx.lex
    w = toks[lo]
    if not c.last + 1 < a <= c.last + 3 or toks[c.first].low not in lex.speech_act_verbs or w.low in lex.skippable \
            or w.low in lex.time_words or w.low in lex.fronted_adverbs or w.low in _DE_SENTENCE_ADVERBS \
            or w.low.endswith(_DE_ADVERB_ENDINGS) or DE_PRONOMINAL_ADVERB.match(w.low) or w.low in lex.anaphoric_objects:
        return False
    return all(t.is_word and not t.quoted and t.text == t.low and t.low not in lex.prepositions
               and t.low not in lex.determiners and t.low not in lex.pronouns and t.low not in lex.auxiliaries
               and t.low not in DE_OBJECT_PRONOUNS and t.low not in ("sich", "es", "und", "oder", "als", "wie")
               and (t.low in lex.skippable or t.low in _DE_SENTENCE_ADVERBS or t.low.endswith(_DE_ADVERB_ENDINGS)
                    or t.low in ("scharf", "erneut", "vor", "allem", "klar", "deutlich", "heftig", "massiv", "erst"))
               for t in toks[c.last + 1 : a])


#: (round 40, derelacts) plural endings of things demanded, announced or rejected ("Neuwahlen", "Steuersenkungen",
#: "Sanktionen", "Kontrollen"), beside `_DE_THING_ENDINGS`
_DE_THING_PLURALS = ("ungen", "heiten", "keiten", "ionen", "wahlen", "reformen", "gesetze", "maßnahmen", "kontrollen",
                     "gespräche", "zölle", "hilfen", "mittel", "kritik", "tests", "löhne", "steuern", "garantien", "streiks")


#: (round 41, desports) German verbs of a state shown with "sich" ("zeigte sich zufrieden", "gab sich gelassen"): the
#: yaml `market_state_verbs` (zeigte, zeigt, zeigten, gezeigt, gab, gibt, gaben) and these two forms
_DE_REFLEXIVE_STATE_EXTRA = frozenset({"zeigen", "gegeben"})


def _de_male_antecedent(ctx: QuoteContext, x: int) -> bool:
    """German (round 49, despeakers): token x, right before a relative clause's comma, is a man's surname seen in the
    text ("Merz, der …"): a relative "der" after it is nominative, the clause's subject."""
    t = ctx.tokens[x]
    if not (t.is_word and t.is_cap) or t.quoted or (name := ctx.ents.by_surname.get(t.low)) is None \
            or not name.endswith(t.text):
        return False
    return ctx.lex.name_gender(name, ctx.ents.titles.get(name, set())) == "m"


def _de_relative_is_subject(ctx: QuoteContext, c: Cue, cs: int, d: int, k: int, m: Mention) -> bool:
    """German (round 40, derelacts): the relative pronoun at cs is the subject of its verb-final speech act at k when
    the noun phrase m taken for the subject cannot be one: a bare noun with no article before a singular verb (a bare
    plural cannot agree, a bare singular is a mass object: "die Partei, die Steuersenkungen fordert", "der Kritik
    übte"), or a phrase after "wie" ("der ähnlich wie die Freien Wähler angekündigt hatte"); not a name ("die Pläne,
    die Merkel kritisierte": Merkel speaks)."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[c.first].low not in lex.speech_act_verbs and toks[c.first].low not in lex.cue_verbs \
            and toks[m.last].low not in lex.light_verbs.get(toks[c.first].low, ()):
        return False  # (round 40, despk2: or a light verb with its own noun, "der Kritik übte", was "Kritik")
    if ctx.lex.lang == "de" and m.first - 1 >= d and toks[m.first - 1].low == "wie" and not toks[m.first - 1].quoted \
            and toks[cs].low in ("der", "die", "das"):
        return True
    w = toks[m.first]
    if m.first > d and all(t.text == t.low and t.is_word and not t.quoted and t.low.endswith(DE_ADJECTIVE_ENDINGS)
                           and t.low not in lex.determiners and t.low not in lex.pronouns for t in toks[d : m.first]):
        w = toks[d]  # adjectives before the bare noun: "der höhere Löhne forderte"
    elif m.first != d or not w.is_cap:
        return False
    if m.end >= k or w.quoted or w.low in lex.determiners or w.low in lex.pronouns \
            or lex.is_first_name(w.low) or w.low in ctx.ents.by_surname or lex.is_title(w.text) \
            or (w.is_cap and (de_person_noun(w.low, toks[cs].low) or _de_agent_noun(w.text, lex)
                              or not w.text[1:].islower())):
        return False
    h = toks[m.last]  # a thing's head, singular or plural ("Kritik", "Neuwahlen", "Steuersenkungen"), no surname
    if not h.quoted and (h.low in lex.nominal_acts or h.low in lex.light_verbs and toks[c.first].low in lex.light_verbs[h.low]):
        return True  # (round 51, deleft23) a bare speech act's noun is the act's object, also before a plural verb: "die
        # Anwohner, die Kritik geäußert haben", "die Bedenken geäußert hatten" (the speaker was "Kritik", "Bedenken")
    if not (_de_thing_head(ctx, h) or (h.is_cap and not h.quoted and h.low not in ctx.ents.by_surname
                                       and h.low.endswith(_DE_THING_PLURALS))):
        return False
    fin = next((toks[a] for a in range(k + 1, min(k + 3, len(toks))) if toks[a].low in lex.auxiliaries
                and not toks[a].quoted), toks[k])
    return fin.low.endswith(("te", "t")) and not fin.low.endswith("en")


#: (round 48, deacts3) endings of German abstract nouns, fronted objects rather than subjects ("Zustimmung", "Klarheit")
_DE_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "nis")


def _de_headline_participle(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> bool:
    """German (round 49, deleft13): the cue is a participle closing a headline without final punctuation ("Streik im
    Güterverkehr angekündigt", after a label and a colon too), with no auxiliary or other verb in its clause: an
    elliptical passive, its noun phrase the object. Not a present form ("Täter gesteht", `ge_stem_presents`; a form whose
    infinitive is listed)."""
    toks, lex = ctx.tokens, ctx.lex
    v = toks[c.first]
    if v.quoted or v.text != v.low:
        return False
    if v.low.endswith("en"):
        if not _de_en_participle(v.low, lex):
            return False
    elif not v.low.endswith("t") or len(v.low) < 6 \
            or not ("ge" in v.low[:6] or v.low.endswith("iert")) or v.low[:-1] + "en" in lex.cue_verbs \
            or v.low[:-1] + "n" in lex.cue_verbs or v.low in lex.ge_stem_presents:
        return False
    end = c.last + 1
    if end < len(toks) and ctx.text.find("\n", v.end, toks[end].start) < 0:
        return False  # (a headline's line ends right after the participle)
    start = lo
    colon = next((x for x in range(c.first - 1, lo - 1, -1) if toks[x].text == ":" and not toks[x].quoted), None)
    if colon is not None:
        start = colon + 1
    if start >= c.first or not toks[start].is_cap:
        return False
    return not any(t.quoted or (t.text == t.low and t.is_word and (t.low in lex.auxiliaries or t.low in lex.cue_verbs))
                   for t in toks[start : c.first])


#: (round 49, deleft14) German verb particles before the "ge" of a participle ("zurückgewiesen", "vorgeworfen")
_DE_PARTICIPLE_PARTICLES = ("", "ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "her", "heraus", "hin",
                            "hinzu", "los", "mit", "nach", "um", "vor", "voran", "weg", "weiter", "zu", "zurück",
                            "zusammen")


def _de_en_participle(w: str, lex: Lexicon) -> bool:
    """German (round 49, deleft14): a strong cue verb's participle in -en: a listed one without "ge" ("versprochen",
    `plain_participles`) or "ge" after nothing or a verb particle with a stem of five letters or more ("gesprochen",
    "zurückgewiesen", "vorgeworfen"); not an infinitive or plural of a verb whose stem opens with "ge" ("gestehen",
    "eingestehen": "gesteht" is a cue form) nor a short one ("zugeben", "angeben")."""
    if w in lex.plain_participles:
        return True
    for p in _DE_PARTICIPLE_PARTICLES:
        rest = w[len(p):]
        if w.startswith(p) and rest.startswith("ge") and len(rest) >= 7 \
                and rest[:-2] + "t" not in lex.cue_verbs and rest[:-1] + "t" not in lex.cue_verbs \
                and rest[:-2] + "t" not in lex.ge_stem_presents:
            return True
    return False


def _de_fronted_participle_agent(ctx: QuoteContext, lo: int, hi: int) -> Mention | None:
    """German (round 49, deberichtet): a speech act's participle opening the sentence ("Kritisiert", "Gefordert") before
    a lower-case passive auxiliary: the noun phrase of the last von/vom-phrase of its clause (the agent), a Mention at hi
    when there is none (a passive without its agent), else None (no such participle)."""
    toks, lex = ctx.tokens, ctx.lex
    v, aux = toks[lo], toks[lo + 1]
    if v.quoted or not v.is_cap or aux.quoted or aux.text != aux.low or aux.low not in lex.passive_auxiliaries \
            or v.low not in lex.speech_act_verbs or not (v.low.endswith("t") or v.low.startswith("ge")
                                                          or "ge" in v.low[2:9]):
        return None
    ce = next((x for x in range(lo + 2, hi) if toks[x].text in {",", ":", ";", "(", "–", "—"} or toks[x].quoted), hi)
    # (not a noun's postmodifier, a bare phrase after a noun: "Bewertet wurde auf Basis der Erfahrungen von Ärzten")
    j = next((x for x in range(ce - 2, lo + 1, -1) if toks[x].low in ("von", "vom") and toks[x].text == toks[x].low
              and not (toks[x].low == "von" and toks[x + 1].low not in lex.determiners
                       and toks[x - 1].is_cap and toks[x - 1].is_word and not toks[x - 1].quoted and x - 1 > lo + 1
                       and toks[x - 1].low not in lex.determiners and toks[x - 1].low not in lex.time_words
                       and toks[x - 1].low not in _DE_MONTHS)), None)
    if j is None:
        return Mention(hi, hi, "description")
    np = np_forward(toks, j + 1, ce, lex, bare=True) if toks[j].low == "vom" else mention_after(toks, j, ce, lex)
    return np if np is not None else Mention(hi, hi, "description")


def _de_genitive_attribute(ctx: QuoteContext, c: Cue, after: Mention) -> bool:
    """German (round 49, deberichtet): the noun phrase after the verb opens with "der" right after a noun that has its
    own article (past lower-case adjectives) after the verb: a genitive attribute of that noun, no subject ("warnte vor
    einer Spaltung der Gesellschaft", "kritisierte die Politik der Regierung"; not "warnte in Berlin der Minister",
    "kritisierte am Montag der Verband")."""
    toks, lex = ctx.tokens, ctx.lex
    p = after.first - 1
    if toks[after.first].text != "der" or p <= c.last + 1 or not toks[p].is_cap or not toks[p].is_word \
            or toks[p].quoted or toks[p].low in lex.time_words or toks[p].low in _DE_MONTHS:
        return False
    d = p - 1
    while d > c.last and toks[d].is_word and not toks[d].quoted and toks[d].text == toks[d].low \
            and toks[d].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[d].low not in lex.determiners:
        d -= 1
    if not (d > c.last and toks[d].low in lex.determiners and toks[d].text == toks[d].low and not toks[d].quoted):
        return False
    # the noun after "der" feminine, so no nominative ("in einer Rede der Kanzler" may have its subject there)
    h = toks[after.last]
    return h.is_cap and not h.quoted and after.last <= after.first + 2 and not de_person_noun(h.low, "die") \
        and h.low.endswith(_DE_FEMININE_SUFFIXES + ("ei", "ion"))


def _de_name_before_object(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, hi: int) -> bool:
    """German: "Habeck kritisierte die Pläne der Union": a lone capitalised word opening the sentence,
    a singular speech-act verb, and after it a noun phrase with "die"/"das" (nominative or
    accusative) and no other noun phrase in the accusative or dative: the word before is the subject,
    the phrase after the object. A fronted adverb ("Scharf kritisierte die Opposition den Plan") has
    the object after the subject, or an adverb's ending."""
    toks, lex = ctx.tokens, ctx.lex
    w, v = toks[before.first], toks[c.first]
    # (round 48, deacts3) also a pair after "sowohl": "Merz kritisierte sowohl die SPD als auch die Grünen", "Merz lobte
    # sowohl Scholz als auch Habeck" (the speaker was the first object; not "begrüßte sowohl der Kanzler als auch …")
    so = c.last + 2 < hi and toks[c.last + 1].text == "sowohl" and after.first in (c.last + 1, c.last + 2)
    f = toks[c.last + 2] if so else toks[after.first]
    if v.low not in lex.speech_act_verbs or v.low.endswith("en") or not (
            f.low in ("die", "das") or (so and f.is_cap and f.is_word and not f.quoted)) \
            or (after.first != c.last + 1 and not so):
        return False
    if so and (w.low.endswith(_DE_ABSTRACT_ENDINGS) or before.first != before.last):
        return False  # (an abstract noun is a fronted object: "Zustimmung signalisierte sowohl die SPD als auch die FDP")
    if w.low in lex.skippable or w.low in lex.time_words or w.low in lex.determiners or w.low in lex.prepositions \
            or w.low in lex.anaphoric_objects or DE_PRONOMINAL_ADVERB.match(w.low) or len(w.low) < 3 \
            or w.low.endswith(_DE_ADVERB_ENDINGS) or w.low in lex.speech_nouns or w.low in lex.light_acts:
        return False
    return not any(t.low in lex.object_articles and not t.quoted for t in toks[after.end + 1 : hi])


def _de_wie_apposition_subject(ctx: QuoteContext, cs: int, k: int, lo: int) -> Mention | None:
    """German: the subject of a clause opened by "wie" (or a subordinator) whose subject has an
    apposition between commas before the cue's own segment (tokens cs..k): "Wie Francine Zambano,
    Sprecherin der Kantonspolizei, auf Anfrage erklärte, …" is Zambano's, not "Anfrage"'s."""
    toks, lex = ctx.tokens, ctx.lex
    c2 = cs - 1
    if c2 <= lo or toks[c2].text != "," or toks[cs].low in lex.clause_openers:
        return None
    c1 = c2 - 1
    while c1 > lo and toks[c1].text != "," and not toks[c1].quoted and c1 > c2 - 14:
        c1 -= 1
    if c1 <= lo or toks[c1].text != "," or c1 + 1 >= c2 or not _appositive(toks, c1 + 1, c2, lex):
        return None
    w = c1 - 1
    while w > lo and toks[w].text not in {",", ":", ";"} and not toks[w].quoted and w > c1 - 8:
        w -= 1
    opener = w if toks[w].low in lex.fronting | lex.adverbial_subordinators else w + 1
    if toks[opener].low not in lex.fronting | lex.adverbial_subordinators or opener + 1 >= c1:
        return None
    m = clause_subject(toks, opener + 1, c1, lex)
    return m if m is not None and m.end == c1 - 1 else None


def _de_clause_left(toks: list, k: int, lo: int) -> int:
    """German: the first token of the clause around token k: after the last ",", ";", ":" or quoted token before it (or lo)."""
    while k > lo and toks[k - 1].text not in {",", ";", ":"} and not toks[k - 1].quoted:
        k -= 1
    return k


def _de_dative_source(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> Mention | None:
    """German (round 36, v2): the source of "entnehmen", the dative noun phrase in the cue's clause before it ("…, war
    der Mitteilung zu entnehmen", "Dem Bericht ist zu entnehmen, dass …", "…, konnte man der Meldung entnehmen")."""
    toks, lex = ctx.tokens, ctx.lex
    a = _de_clause_left(toks, c.first, lo)
    art = next((k for k in range(a, c.first) if toks[k].low in ("dem", "der", "einem", "einer") and not toks[k].quoted
                and k + 1 < c.first and toks[k + 1].is_cap), None)
    if art is None:
        return None
    m = np_forward(toks, art, c.first, lex)
    return m if m is not None and m.end < c.first else None


def _de_aus_source(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> Mention | None:
    """German: the source of "hervorgehen", its "aus" phrase in the cue's clause ("Das geht aus einer
    Antwort der Bundesregierung hervor", "Wie aus einem Bericht der Behörde hervorgeht, …")."""
    toks, lex = ctx.tokens, ctx.lex
    a = _de_clause_left(toks, c.first, lo)
    b = c.first
    while b + 1 < hi and toks[b + 1].text not in {",", ";", ":"} and not toks[b + 1].quoted:
        b += 1
    aus = next((k for k in range(a, b + 1) if toks[k].low == "aus" and not toks[k].quoted), None)
    if aus is None or aus + 1 > b:
        return None
    return np_forward(toks, aus + 1, b + 1, lex)


#: (round 41, enprogressive) words that open a modifier of the subject before a quotation inside it
_EN_SUBJECT_MODIFIER_OPENERS = frozenset({"who", "which", "that"})


#: (round 48, enrel3) time nouns after "this"/"last" opening a sentence before its subject ("This week officials said")
#: (round 48, enleft6) with "night": "Last night officials said …" reported nothing
_EN_REL_TIME_NOUNS = _EN_TIME_UNITS - {"time"}  # (round 48, rev4) the speaker's time units, not "time"


def en_opening_time_end(toks, lo: int, hi: int, lex) -> int | None:
    """(round 48, enleft6) English: the token after a time phrase opening the sentence at lo without its comma ("Last
    night", "This week", "Yesterday", "On Monday", "In March"), or None."""
    if lo + 1 >= hi or toks[lo].quoted or toks[lo + 1].quoted:
        return None
    w, n = toks[lo].low, toks[lo + 1]
    if w in ("this", "last", "next", "earlier") and n.text == n.low and (
            n.low in _EN_REL_TIME_NOUNS or n.low.endswith(("'s", "’s")) and n.low[:-2] in _EN_REL_TIME_NOUNS):
        return lo + 2  # (also a time's possessive: "Last year's report said …")
    if w in ("yesterday", "today", "tonight") and toks[lo].is_cap:
        return lo + 1
    if w in ("on", "in") and n.is_cap and n.low in _EN_CALENDAR_WORDS:
        return lo + 2
    return None


def _en_object_relative_head(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """(round 48, enrel3) English: the sentence opens with its subject, a determiner and one to three lower-case words,
    and a restrictive relative on it whose gap is its verb's object, with or without "that"/"which", then the cue ("The
    report that the ministry released on Monday said …", "The group he founded said …", "The firm she runs said …"):
    the head (tokens lo..) speaks. The relative's subject a pronoun, a name, "the" and a noun, or a plural; its verb a
    past or a present in -s; only a short time adjunct between it and the cue. Else None."""
    toks, lex = ctx.tokens, ctx.lex
    if c.first - lo < 4 or toks[lo].low not in lex.determiners or toks[lo].low in lex.pronouns \
            or toks[c.first].text != toks[c.first].low or ctx.any_quoted(lo, c.first + 1):
        return None

    def noun(x, head: bool = False) -> bool:  # (a head's noun may be a cue's form too: "The report …")
        return x.is_word and x.text == x.low and x.low not in lex.stopwords and (head or x.low not in lex.cue_verbs) \
            and x.low not in lex.prepositions and x.low not in lex.auxiliaries and x.low not in lex.pronouns \
            and x.low not in lex.time_words and x.low not in _EN_REL_TIME_NOUNS

    for e in range(lo + 1, min(lo + 4, c.first - 2)):  # e: the head's last word
        if not all(noun(x, True) for x in toks[lo + 1 : e + 1]) or toks[e].low.endswith(("ly", "ing", "ed")) or len(toks[e].low) < 3:
            break
        s = e + 1
        rel = toks[s].low in ("that", "which") and toks[s].text == toks[s].low
        if rel:
            s += 1
        # the relative's subject
        if toks[s].low in ("he", "she", "they", "we", "i", "it") and toks[s].text in (toks[s].low, "I"):
            v = s + 1
        elif toks[s].is_cap and toks[s].is_word:
            v = s + 1
            while v < c.first and toks[v].is_cap and toks[v].is_word and v < s + 3:
                v += 1
        elif toks[s].low == "the" and toks[s].text == "the" and s + 1 < c.first and noun(toks[s + 1]):
            v = s + 2
            if v < c.first and noun(toks[v]) and not _en_rel_verb(toks[v], lex):
                v += 1
        elif rel and noun(toks[s]) and (toks[s].low.endswith("s") or toks[s].low == "police"):
            v = s + 1
        else:
            continue
        if v >= c.first or not _en_rel_verb(toks[v], lex):
            continue
        k = v + 1
        while k < c.first and k < v + 5 and not toks[k].quoted and toks[k].is_word and (
                toks[k].low in ("on", "in", "at", "last", "this", "earlier") or toks[k].low in lex.time_words
                or toks[k].low in _EN_REL_TIME_NOUNS or toks[k].text.isdigit() or (toks[k].is_cap and toks[k - 1].low in ("on", "in"))):
            k += 1
        if k == c.first:
            return Mention(lo, e, "description")
    return None


def _en_rel_verb(t: Token, lex: Lexicon) -> bool:
    """(round 48, enrel3) A lower-case finite verb of a relative clause: a past form or a present in -s ("released",
    "founded", "runs", "chairs")."""
    w = t.low
    return t.is_word and t.text == w and not t.quoted and w not in lex.stopwords and w not in lex.auxiliaries and (
        w in lex.past_verbs or (w.endswith("ed") and len(w) > 4)
        # (round 48, enrel4) an irregular past that takes an object: "The letter she wrote said …"
        or w in lex.relative_object_verbs
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3))


def _en_relative_clause_speaker(ctx: QuoteContext, c: Cue, m: Mention, lo: int) -> Mention | None:
    """(round 48, enrel2) English: the mention m before cue c opens the sentence and holds a restrictive relative's
    head and the relative's own subject, with "that"/"who"/"whom" between ("The bill that Trump threatened to veto
    passed", "The man who Smith says fired the shots was arrested") or none (a determiner and one or two lower-case
    words, then a name, "the" + noun or a plural, and the cue's content lacks a part: "The man police say fired the
    shots …", "The bill Trump threatened to veto …"). Returns the relative's subject, else None."""
    toks, lex = ctx.tokens, ctx.lex
    if m.first != lo or m.end + 1 != c.first or m.kind == "relative" or m.last - m.first < 2 \
            or toks[lo].low not in lex.determiners or any(t.quoted or not t.is_word for t in toks[m.first : m.end + 1]):
        return None
    r = next((x for x in range(m.first + 2, min(m.last, m.first + 5)) if toks[x].low in ("that", "who", "whom")
              and toks[x].text == toks[x].low), None)
    if r is not None:
        if any(t.low in lex.prepositions or t.low in lex.cue_verbs or t.low in lex.pronouns or t.low in lex.auxiliaries
               for t in toks[m.first + 1 : r]):
            return None
        s = r + 1
    else:
        s = next((x for x in (lo + 2, lo + 3) if x <= m.last and en_zero_relative_head(toks, lo, x, lex) and (
            toks[x].is_cap or toks[x].low == "the" or (toks[m.last].text == toks[m.last].low and (
                toks[m.last].low.endswith("s") or toks[m.last].low == "police")))), None)
        if s is None or not en_relative_gap_after(ctx, c):
            return None
    if toks[s].low in lex.stopwords and toks[s].low != "the":  # (s <= m.last: r < m.last, or x <= m.last)
        return None
    return Mention(s, m.last, "name" if toks[m.last].is_cap else "description", m.span_last)


def _en_object_gap_after(ctx: QuoteContext, c: Cue) -> bool:
    """(round 50, enleft16) English: the content after cue c is a subject pronoun and a past verb that takes an object
    (`relative_object_verbs`, `gap_object_verbs`), then a preposition, a comma or the sentence end: the verb's object is
    missing, a relative clause's gap ("she spent on horses", "he stole", "they hid in the barn")."""
    toks, lex = ctx.tokens, ctx.lex
    j = c.last + 1
    if j + 2 >= len(toks) or any(t.quoted for t in toks[j : j + 3]):
        return False
    s, v, n = toks[j], toks[j + 1], toks[j + 2]
    return s.low in ("he", "she", "they", "we", "i") and s.text in (s.low, "I") and v.text == v.low \
        and (v.low in lex.relative_object_verbs or v.low in lex.gap_object_verbs) \
        and (n.text in {".", ",", ";", "!"} or (n.text == n.low and n.low in lex.prepositions))


def _en_appositive_relative_speaker(ctx: QuoteContext, c: Cue, m: Mention) -> Mention | None:
    """(round 50, enleft16) English: the mention m before cue c follows a comma after a noun phrase and is a bare noun
    (no determiner) and the relative's own subject, a plural or "police" ("…stealing $1.2 million, money prosecutors
    said she spent on horses": an apposition whose zero relative has its object gap after the cue,
    `_en_object_gap_after`, or its subject gap, `en_relative_gap_after`: "…, money investigators say was stolen").
    Returns the relative's subject, else None (not "…, state prosecutors said she lived in Ohio": no gap)."""
    toks, lex = ctx.tokens, ctx.lex
    f = m.first
    if m.kind in ("relative", "pronoun") or m.end + 1 != c.first or m.end != m.last or f < 2 or not 1 <= m.last - f <= 2 \
            or toks[f - 1].text != "," or toks[f - 1].quoted or not (toks[f - 2].is_word or toks[f - 2].text[:1].isdigit()):
        return None
    h, last = toks[f], toks[m.last]
    if any(not t.is_word or t.quoted or t.text != t.low for t in toks[f : m.last + 1]):
        return None
    if h.low in lex.stopwords or h.low in lex.determiners or h.low in lex.prepositions or h.low in lex.cue_verbs \
            or h.low in lex.auxiliaries or h.low in lex.pronouns or h.low in lex.quantifiers or len(h.low) < 3 \
            or h.low.endswith(("ly", "ing", "ed")):
        return None
    if not ((last.low.endswith("s") and not last.low.endswith("ss")) or last.low == "police"):
        return None
    if not (_en_object_gap_after(ctx, c) or en_relative_gap_after(ctx, c)):
        return None
    return Mention(f + 1, m.last, "description")


def _en_title_dot(toks: list, k: int, lo: int, lex) -> bool:
    """(round 48, enleft4) Token k is the full stop of a title abbreviation before a name ("Mr. Smith", "Sen. Warren")."""
    return toks[k].text == "." and k - 1 >= lo and toks[k - 1].is_cap and toks[k - 1].low in lex.abbreviations \
        and toks[k - 1].end == toks[k].start and k + 1 < len(toks) and toks[k + 1].is_cap and toks[k + 1].is_word


def en_subject_over_quotation(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """English (round 41, enprogressive): the finite cue c follows (past auxiliaries and adverbs) a quotation that closes
    the modifier of the sentence's subject, a relative clause or a participle phrase after a noun phrase that opens the
    sentence: 'One of the four MPs suspended by Sir Keir Starmer for 'persistent breaches of discipline' has told LBC
    he …', 'A councillor who called the plan "a disaster" told reporters …'; that noun phrase, else None (no comma,
    colon or other finite cue between the subject and the quotation)."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[c.first]
    if c.kind != "verb" or c.passive or t.quoted or t.text != t.low or t.low.endswith("ing"):
        return None
    p = c.first - 1
    while p > lo and not toks[p].quoted and toks[p].text == toks[p].low and (
            toks[p].low in lex.auxiliaries or toks[p].low in lex.skippable or toks[p].low.endswith("ly")):
        p -= 1
    closing = p > lo and toks[p].text == "," and not toks[p].quoted  # a non-restrictive relative: 'The MP, who …, told'
    if closing:
        p -= 1
    # (round 47, enpartial) the American comma inside the marks closes a non-restrictive relative: 'Trump, who calls
    # himself "a very stable genius," said the economy was booming.' (the cue read as the quotation's inversion)
    inside = not closing and p - 2 > lo and toks[p].quoted and not toks[p].is_word and toks[p].text in ('"', "”", "’", "'") \
        and toks[p - 1].text == "," and toks[p - 1].quoted
    if p <= lo or not toks[p].quoted or toks[p].is_word:
        return None
    o = p - 1
    while o > lo and toks[o].quoted and (toks[o].is_word or toks[o].text not in ('"', "“", "‘", "'")):
        o -= 1
    if o <= lo + 2 or not toks[o].quoted or toks[o].is_word or o < p - 12:
        return None
    r = next((k for k in range(lo + 1, o) if not toks[k].quoted and toks[k].text == toks[k].low and (
        toks[k].low in _EN_SUBJECT_MODIFIER_OPENERS or (toks[k].low.endswith("ed") and toks[k].low not in lex.cue_verbs
                                                        and toks[k].low not in lex.auxiliaries))), None)
    if r is None or o - r < 2 or "-" in toks[r].text:
        return None  # (a modifier with words before the quotation: not 'This so-called "president" said …')
    if inside:
        closing = toks[r - 1].text == "," and toks[r].low in ("who", "which")
    elif closing != (toks[r - 1].text == "," and toks[r].low in ("who", "which")):
        return None
    e = r - 1 if closing else r  # the end of the subject's noun phrase (its comma)
    if any((not x.is_word and not _en_title_dot(toks, x_i, lo, lex)) or x.quoted for x_i, x in enumerate(toks[lo:e], lo)) or any(
            x.text in {",", ";", ":", "(", ")"} and not x.quoted for x in toks[r:o]):
        return None
    if any(x.low in lex.auxiliaries and x.text == x.low for x in toks[lo:e]):
        return None  # a clause before the modifier: "The plan was hailed as …"
    m = mention_before(toks, e, lo, lex)
    if m is None or m.first != lo or m.end != e - 1 or m.kind == "pronoun":
        return None
    if not (toks[lo].low in lex.determiners or toks[lo].low in lex.quantifiers or toks[lo].low == "one"
            or toks[lo].text[:1].isdigit() or toks[lo].is_cap):
        return None
    return m


def _en_quoted_before(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> Mention | None:
    """English: the object of a quoting verb before the participle cue c ("quoted the minister as
    saying", "quotes Brian Yarbrough, analyst at X, saying"), else None."""
    toks = ctx.tokens
    if toks[c.first].low != "saying":
        return None
    q = next((k for k in range(c.first - 1, max(lo, c.first - 16) - 1, -1)
              if toks[k].low in ctx.lex.quoting_verbs and not toks[k].quoted), None)
    if q is None:
        return None
    if q - 1 > lo and toks[q - 1].low in ctx.lex.passive_auxiliaries and q + 1 == c.first - 1 and toks[q + 1].low == "as":
        # a passive: "one insider was quoted as saying …" (the subject of "was")
        subj = mention_before(toks, q - 1, lo, ctx.lex)
        return subj if subj is not None and subj.end == q - 2 and subj.kind != "relative" else None
    obj = _quoted_object(ctx, Cue(q, q, "verb"), hi)
    return obj if obj is not None and obj.end < c.first else None


def _quoted_object(ctx: QuoteContext, c: Cue, hi: int) -> Mention | None:
    """The object of an active quoting verb, the one quoted: German "zitierte … mit den Worten" ("Die
    Zeitung zitierte den Minister mit den Worten, man werde nicht nachgeben"), English "quoted … as
    saying" / "quotes … saying" ("Reuters quoted a senior official as saying that …"); None without
    "Worten" / "saying"."""
    toks = ctx.tokens
    obj = mention_after(toks, c.last, hi, ctx.lex)
    if obj is not None and obj.kind == "pronoun" and ctx.lex.lang == "de" and toks[obj.first].low in ("sie", "wir", "er") \
            and not toks[obj.first].quoted and obj.end + 1 < hi:
        obj = mention_after(toks, obj.end, hi, ctx.lex)  # (round 54, deleft2) the inverted subject first: "In Ihrem
        # Bericht zitieren Sie den Landrat mit den Worten, …" is the Landrat (was no one)
    if obj is None or obj.kind == "pronoun":
        return None
    if ctx.lex.lang == "en":
        k = obj.end + 1
        if k + 1 < hi and toks[k].low == "as":
            k += 1  # "quoted the minister as saying"
        elif k < hi and toks[k].text == "," and not toks[k].quoted:
            # an apposition between ("quotes Brian Yarbrough, analyst at Edward Jones, saying"); a bare comma
            # is the subject's own participle ("The senator quoted the Bible, saying it was clear")
            close = next((x for x in range(k + 1, min(hi, k + 14)) if toks[x].text == "," and not toks[x].quoted), None)
            if close is None or not _appositive(toks, k + 1, close, ctx.lex):
                return None
            k = close + 1
            if k + 1 < hi and toks[k].low == "as":
                k += 1  # "quoted Bill Burton, national spokesman for Obama's campaign, as saying"
        return obj if k < hi and toks[k].low == "saying" else None
    if not any(t.low in ("worten", "aussage") for t in toks[obj.end + 1 : hi]):
        # (round 54, deleft2: or "mit der Aussage": "Die Zeitung zitiert einen Sprecher mit der Aussage, man prüfe …")
        return None
    return obj


def _question(ctx: QuoteContext, lo: int) -> bool:
    """The sentence that starts at token lo ends with a question mark."""
    s, e = ctx.sents[ctx.sent_of_lo.get(lo, 0)]
    return ctx.text[s:e].rstrip().endswith("?")


def _en_content_pronoun_gender(ctx: QuoteContext, c: Cue, hi: int) -> str | None:
    """English: the gender of a he/she that opens the content right after cue c ("Clinton said
    (that) she would …"), a hint for a bare surname that two people of different gender share."""
    toks = ctx.tokens
    j = c.last + 1
    if j < hi and toks[j].low == "that":
        j += 1
    if j < hi and toks[j].low in ("he", "she") and not toks[j].quoted:
        return ctx.lex.pronoun_gender(toks[j].low)
    return None


def _en_learn_said_gender(ctx: QuoteContext, c: Cue, m: Mention, hi: int) -> None:
    """(round 40, enpronouns) English: a named subject of unknown gender whose report opens with he/she ("Kelly said
    she thought …") is given that gender for later pronouns (`Entities.said_gender`), when no other person of that
    gender was named before the cue (then the pronoun may be that person's: "Biden praised Ketanji Brown Jackson.
    Biden said she …")."""
    toks, lex, ents, name = ctx.tokens, ctx.lex, ctx.ents, c.name
    if not name or not name[:1].isupper() or lex.name_gender(name, ents.titles.get(name, set())) is not None \
            or any(t.quoted for t in toks[m.first : m.end + 1]):
        return
    g = _en_content_pronoun_gender(ctx, c, hi)
    if g is None or any(n != name and pos < c.first and n.split()[-1] != name.split()[-1]
                        and lex.name_gender(n, ents.titles.get(n, set())) == g for pos, n in ents.names):
        return
    ents.said_gender.setdefault(name, set()).add(g)


def _en_learn_pronoun_gender(ctx: QuoteContext, name: str, g: str) -> None:
    """(round 54, seedleft) English: a person's name of unknown gender that a he/she speaker stood for ("Archbishop
    Hovnan Derderian led a prayer. He said …") has that gender for later pronouns (`Entities.said_gender`), so that a
    she after another woman's introduction is not his ('Among the marchers was Anahit Sargsyan, 67, … "…," she said'
    was Derderian); not a name that already has a gender or a report of its own."""
    lex, ents = ctx.lex, ctx.ents
    if not name[:1].isupper() or " " not in name or name in ents.said_gender \
            or lex.name_gender(name, ents.titles.get(name, set())) is not None or not person_name(name, lex, ents):
        return
    ents.said_gender[name] = {g}


#: (round 51, dearticles7) German articles and possessives of a masculine nominative ("Der Sänger", "Sein Anwalt")
_DE_MASCULINE_OPENERS = frozenset({"der", "ein", "dieser", "sein", "ihr", "unser", "kein"})


def _de_person_role_phrase(ctx: QuoteContext, before: Mention) -> bool:
    """German (round 51, dearticles7): an article or possessive and a noun of a person's role ("Die Kandidatin", "Der
    Sänger", "Ihre Anwältin"; `de_person_noun` for the article's gender; never after "das"), the noun last."""
    toks, lex = ctx.tokens, ctx.lex
    art, head = toks[before.first], toks[before.last]
    if before.last != before.first + 1 or art.low not in lex.determiners or art.low in ("das", "dem", "den", "des") \
            or not (head.is_cap and head.is_word) or head.quoted or art.quoted:
        return False
    return de_person_noun(head.low, "der" if art.low in _DE_MASCULINE_OPENERS else "die")


def _de_predicative_object(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, hi: int) -> bool:
    """German: a verb with an object and a predicate ("bezeichnete X als Y", "nannte X Y") puts a
    name right after it when the fronted phrase is its object: "Eine Verschiebung des Wahltermins
    bezeichnete Conze als fatal" (Conze speaks; not "Der Minister bezeichnete Merkel als …")."""
    toks, lex = ctx.tokens, ctx.lex
    pronoun = after.kind == "pronoun" and after.first == after.last and toks[after.first].text in ("er", "sie") \
        and not toks[c.first].low.endswith("n")
    # (round 34) also a subject pronoun after a singular verb: "Die Verschiebung des Beschlusses wertete sie als
    # „Teilerfolg“" (the postponement was the speaker)
    if toks[c.first].low not in lex.predicative_verbs or after.first != c.last + 1 or (after.kind != "name" and not pronoun) \
            or not (toks[after.first].is_cap or pronoun) or toks[after.first].low in lex.determiners:
        return False
    if toks[before.first].low not in lex.determiners or any(
            _de_speaking_word(ctx, t) for t in toks[before.first : before.last + 1]) or _de_person_role_phrase(ctx, before):
        return False  # the fronted phrase names a person or a body that speaks: the subject (round 51, dearticles7: also
        # a noun of a role, "Die Sängerin lobte Anna Roth als mutig", "Der Sänger bezeichnete Anna Roth als …")
    return any(t.low == "als" and not t.quoted for t in toks[after.end + 1 : hi])


#: German relative pronouns after a preposition ("mit dem", "für die", "bei denen", "in deren")
_DE_PREPOSITIONAL_RELATIVES = frozenset({"dem", "der", "den", "die", "das", "denen", "dessen", "deren",
                                         "welchem", "welcher", "welchen", "welche", "welches"})


def _de_dated_document(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """German (round 48, deleft8): the clause opens with a document or a study and its date right before the verb
    ("Der Bericht des Jahres 2020 zeigt, dass …", "Der Bericht vom Montag betont, …", "Die Studie aus dem Jahr 2019
    zeigt, …", "Der Jahresbericht 2020 zeigt, …"; all reported nothing): the article, adjectives and the noun, else None."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.first - 1
    if k - 1 <= lo or toks[k].quoted or c.kind != "verb":
        return None
    t = toks[k]
    if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20"):
        k -= 1
        if toks[k].text in ("Jahres", "Jahr") and k - 1 > lo:
            if toks[k - 1].text == "des":
                k -= 2
            elif toks[k - 1].text == "dem" and k - 2 > lo and toks[k - 2].text == "aus":
                k -= 3
            else:
                return None
        elif toks[k].text in ("vom", "von", "aus"):
            k -= 1
    elif t.low in lex.weekdays and t.is_cap and toks[k - 1].text == "vom":
        k -= 2  # (a weekday dating it: "Der Bericht vom Montag zeigt, …"; de.yaml weekdays)
    else:
        return None
    head = toks[k]
    if k <= lo or head.quoted or not head.is_cap or not head.is_word or not (
            lex.is_document_head(head.low) or (bool(lex.finding_nouns) and head.low.endswith(lex.finding_nouns))):
        return None
    if toks[lo].low not in lex.determiners or toks[lo].text != toks[lo].text.capitalize() or toks[lo].quoted:
        return None  # (the clause opens with its article: "Der", "Die", "Ein")
    if not all(x.is_word and not x.quoted and x.text == x.low and x.low.endswith(DE_ADJECTIVE_ENDINGS)
               for x in toks[lo + 1 : k]):
        return None
    return Mention(lo, k, "description")


def _de_subject_before_date(ctx: QuoteContext, m: Mention, lo: int) -> Mention | None:
    """German (round 40, despk2): m ends in a month's name, a date is no speaker ("am 26. September", "Anfang Mai", "im
    Juli 2020"): the noun phrase right before the date phrase, else None."""
    toks, lex = ctx.tokens, ctx.lex
    k = m.first
    if k - 2 >= lo and toks[k - 1].text == "." and toks[k - 2].text.isdigit():
        k -= 2
    if k - 1 >= lo and toks[k - 1].low in ("am", "im", "vom", "zum", "bis", "seit", "ab", "anfang", "ende", "mitte", "vor",
                                           "nach"):
        k -= 1
    elif k == m.first:
        return m  # a month's name with no date around it ("Mai" may be a surname)
    while k - 1 >= lo and toks[k - 1].low in ("am", "im", "bis", "spätestens", "frühestens", "schon", "bereits", "erst", "noch"):
        k -= 1
    prev = mention_before(toks, k, lo, lex) if k > lo else None
    return prev if prev is not None and prev.end == k - 1 and toks[prev.last].low not in DE_MONTHS else None


#: (round 51, dearticles8) focus particles that may open a sentence before its subject ("Auch Helga Brandstätter, die …")
_DE_SUBJECT_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ebenso"})


def _de_named_person_np(ctx: QuoteContext, np: Mention, rel: str) -> bool:
    """German (round 51, dearticles8): noun phrase np ends in a person's full name (a known first name before its last
    word, no article but a nominative one before it) whose gender the relative pronoun `rel` ("der"/"die") fits."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[np.first].low in lex.determiners and toks[np.first].low not in ("der", "die"):
        return False
    words = [t for t in toks[np.first : np.end + 1] if t.is_word]
    if len(words) < 2 or not all(t.is_cap and not t.quoted for t in words[-2:]):
        return False
    first = words[-2].text.split("-", 1)[0].lower()
    if not lex.is_first_name(first):
        return False
    g = lex.name_gender(words[-2].text + " " + words[-1].text, set()) or lex.name_gender(first.capitalize() + " X", set())
    return g is None or g == ("m" if rel == "der" else "f")


def _de_subject_of_relative(ctx: QuoteContext, lo: int, comma: int, *, subject: bool = False) -> Mention | None:
    """German: the sentence opens with a noun phrase, a comma and a relative clause with a preposition
    ("Der Tierpfleger, mit dem wir gesprochen haben, …") that the comma at `comma` closes: the noun phrase."""
    toks, lex = ctx.tokens, ctx.lex
    s0 = lo
    while s0 + 1 < comma and toks[s0].low in _DE_SUBJECT_FOCUS and not toks[s0].quoted and (
            toks[s0 + 1].is_cap or toks[s0 + 1].text in ("der", "die")):
        s0 += 1  # (round 51, dearticles8) a focus particle before the subject: "Auch Helga Brandstätter, die …, schilderte"
    np = np_forward(toks, s0, comma, lex)
    if np is None or np.end + 3 >= comma or toks[np.end + 1].text != "," or toks[np.end + 1].quoted:
        return None
    p, r = toks[np.end + 2], toks[np.end + 3]
    if (subject or (p.text in ("der", "den") and toks[np.first].text in ("Der", "Ein"))
            # (round 51, dearticles8) or a person's full name, a nominative relative pronoun of its gender after it: "Auch
            # Helga Brandstätter, die mit ihrer Enkelin unterwegs war, schilderte die Minuten …" (the speaker was "die
            # Minuten", the subject and its relative clause the content), "Auch der Meteorologe Hans-Peter Kloss, der …,
            # äußerte sich zurückhaltend" (nothing)
            or (p.text in ("der", "die") and _de_named_person_np(ctx, np, p.text))
            or _de_plural_object_relative(ctx, np, comma)) and p.text in ("der", "die", "den") and not p.quoted and np.kind != "pronoun" and toks[np.first].low not in lex.object_articles \
            and (p.text == "die" or toks[np.first].low in ("der", "ein") or _de_named_person_np(ctx, np, p.text)) \
            and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[np.end + 2 : comma]):
        r = p  # (round 40, despk2) a subject relative clause with a speech act of its own, the main cue alone after it:
        # "Der Bürgermeister, der Kritik übte, sagte, …", "Die Gewerkschaft, die Warnstreiks ankündigte, erklärte, …"
        # (the main report was lost); (round 47, dewritten) an object relative after a masculine subject: "Der Brief,
        # den 50 Abgeordnete unterzeichnet haben, fordert …", "Der Minister, den die Abgeordneten kritisiert haben, sagte,
        # …" (nothing, or the relative clause as the act of its subject)
    elif p.text != p.low or p.low not in lex.prepositions or r.text != r.low or r.low not in _DE_PREPOSITIONAL_RELATIVES:
        return None
    if r is not p and r.low in ("dem", "der", "den", "die", "das") and np.end + 4 < comma and (
            toks[np.end + 4].is_cap or _adjective_like(toks[np.end + 4])):
        return None  # an article and its noun: "Der Minister, in der Sitzung, …" is no relative clause
    if not any(t.text == t.low and (t.low in lex.auxiliaries or t.low.endswith(("t", "te", "ten", "en")))
               for t in toks[comma - 2 : comma] if t.is_word and not t.quoted):
        return None  # the relative clause ends with its verb
    return np


def _de_plural_object_relative(ctx: QuoteContext, np: Mention, comma: int) -> bool:
    """German (round 40, deobjects): "Die" and a singular noun, then "die", a bare plural thing and a singular verb
    closing the relative clause at `comma` ("Die Partei, die Steuersenkungen fordert, kritisierte die Regierung"): the
    plural cannot agree with the verb, so the pronoun and its antecedent are subjects (the speaker was the object after
    the main verb, and the content the subject)."""
    toks = ctx.tokens
    if toks[np.first].text != "Die" or np.last != np.first + 1 or np.end + 5 != comma or toks[np.end + 2].text != "die":
        return False
    head, noun, verb = toks[np.last], toks[np.end + 3], toks[comma - 1]
    if not (noun.is_cap and noun.is_word and not noun.quoted and noun.low.endswith(_DE_THING_PLURALS)
            and verb.is_word and verb.text == verb.low and not verb.quoted and verb.low.endswith(("t", "te"))):
        return False
    # a singular head (a plural "Die Grünen, die …" may agree with a plural verb only)
    return head.is_cap and head.is_word and not head.quoted and (
        not head.low.endswith(("en", "er", "e")) or head.low.endswith(("ung", "ion", "ei", "schaft", "linke")))


def _adjective_like(t) -> bool:
    return t.is_word and t.text == t.low and t.low.endswith(("e", "en", "er", "es", "em"))


#: (round 45, dedescr2) German demonstratives that stand alone as a sentence's subject right before its verb
_DE_LONE_DEMONSTRATIVES = frozenset({"Diese", "Dieser", "Dieses", "Jene", "Jener", "Jenes"})

#: German determiners that may open a fronted object (not "der", "ein", "sein": nominative masculine)
_DE_FRONTED_OBJECT_OPENERS = frozenset({"die", "das", "seine", "ihre", "eine", "diese", "unsere"})


def _de_fronted_object_before_title(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German: a title in the nominative right after the verb ("der Minister") and a phrase opening the
    sentence with an article or possessive that may be an object and names nobody who speaks: the title
    is the subject ("Die Aussetzung der Wehrpflicht bezeichnete der Minister als Fehler", "Seine Niederlage
    trotz einer Führung erklärte der Trainer mit der Verletzung")."""
    toks, lex = ctx.tokens, ctx.lex
    # (round 48, deleft8) also the first of a pair after "sowohl": "Die Reform begrüßte sowohl der Kanzler als auch die
    # Opposition" (the speaker was "Reform"; "der" and a masculine title are a nominative)
    d, e = after.first, after.last + 1
    if after.kind == "group" and toks[d].text == "sowohl" and d + 1 < e:
        d += 1
        e = next((x for x in range(d, e) if toks[x].text == "als"), e)
    # (round 34, w2b: not a feminine title, which "der" makes a dative: "Die SPD warf der Ministerin vor, …" had the
    # minister as the speaker)
    return after.first == c.last + 1 and toks[d].text == "der" \
        and toks[before.first].low in _DE_FRONTED_OBJECT_OPENERS and toks[before.first].text[:1].isupper() \
        and any(lex.is_title(t.text) and not t.low.endswith("in") for t in toks[d:e]) \
        and not any(_de_speaking_word(ctx, t) or lex.is_first_name(t.text) for t in toks[before.first : before.end + 1])


def _de_fronted_thing(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German: the phrase before cue c opens its sentence with neither article nor any word of a person,
    a title or a speaking body, and a person named before in the text follows the verb: the fronted
    phrase is the object ("Vorgezogene Wahlen schloss Tsipras aber nicht aus": Tsipras speaks)."""
    toks, lex = ctx.tokens, ctx.lex
    if after.first != c.last + 1 or after.kind != "name" or not toks[after.first].is_cap:
        return False
    words = toks[after.first : after.last + 1]
    full = ctx.ents.by_surname.get(words[-1].low)  # a full name seen before ("Alexis Tsipras" … "Tsipras")
    if not (lex.is_first_name(words[0].text) or (full is not None and all(w[:1].isupper() for w in full.split()))):
        return False
    fronted = toks[before.first : before.last + 1]
    return toks[before.first].low not in lex.determiners and toks[before.first].low not in lex.pronouns \
        and len(fronted) >= 2 and not any(
            _de_speaking_word(ctx, t) or lex.is_first_name(t.text) or t.low in lex.pronouns for t in fronted)


#: (round 34) a fronted demonstrative's noun that names no object of a report but a time ("Diese Woche sagte …")
_DE_DEMONSTRATIVE_TIMES = frozenset({"woche", "wochen", "jahr", "jahre", "monat", "monate", "tag", "tage", "zeit",
                                     "saison", "nacht", "runde", "stelle", "weise", "art", "stunde", "stunden"})


def _de_fronted_demonstrative(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int) -> bool:
    """German (round 34): a demonstrative and a noun naming no one open the sentence and a name, a title or a
    speaking body follows the verb: the fronted phrase is what was reported, the phrase after the verb speaks
    ("Diese Zahlen gab das Landesamt am Freitag bekannt", "Diese Zahl nannte am Montag Ingo Morell")."""
    toks, lex = ctx.tokens, ctx.lex
    if before.first != lo or before.last != lo + 1 or toks[lo].text not in ("Diese", "Dieses", "Diesen") \
            or after.first <= c.last:
        return False
    noun = toks[lo + 1]
    if not noun.is_cap or not noun.is_word or noun.quoted or noun.low in _DE_DEMONSTRATIVE_TIMES \
            or noun.low in lex.time_words or _de_speaking_word(ctx, noun) or lex.is_first_name(noun.text) \
            or de_person_noun(noun.low, "die") or de_person_noun(noun.low, "der"):
        return False
    words = toks[after.first : after.last + 1]
    return after.kind == "name" or any(
        _de_speaking_word(ctx, t) or (t.is_cap and (de_person_noun(t.low, "der") or de_person_noun(t.low, "die")))
        for t in words)


#: (round 34 w2a) endings of German plural nouns ("Vorschläge", "Pläne", "Forderungen")
_DE_PLURAL_NOUN_ENDINGS = ("ungen", "ionen", "nisse", "heiten", "keiten", "schaften", "äge", "äne", "üsse", "ände", "ärke")


#: (round 53, auditde4) German units of an amount demanded: "acht Prozent mehr", "300 Euro mehr"
_DE_AMOUNT_UNITS = frozenset({"prozent", "%", "euro", "dollar", "franken", "cent", "prozentpunkte", "stunden", "tage"})
#: (round 53, auditde4) German number words before such a unit
_DE_AMOUNT_NUMBER_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                                     "zwölf", "zwanzig", "dreißig", "fünfzig", "hundert", "tausend"})


def _de_amount_more(toks: list, f: int, hi: int) -> bool:
    """German (round 53, auditde4): token f opens a number and a unit with "mehr" or "weniger" right after it."""
    return f + 2 < hi and (toks[f].text[:1].isdigit() or toks[f].low in _DE_AMOUNT_NUMBER_WORDS) and not toks[f].quoted \
        and toks[f + 1].low in _DE_AMOUNT_UNITS and toks[f + 2].low in ("mehr", "weniger") and not toks[f + 2].quoted


def _de_fronted_plural(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int) -> bool:
    """German (round 34 w2a): "Die" and a plural noun open the sentence before a singular verb, an article and a noun
    follow the verb: the plural cannot be the subject, it is the fronted object ("Die Vorschläge des Ministers lehnte
    die Opposition als unseriös ab": the opposition speaks)."""
    toks = ctx.tokens
    a = after.first + 1 if toks[after.first].text == "sowohl" and after.kind == "group" else after.first
    noun = toks[lo + 1] if lo + 1 < len(toks) else None
    # (round 48, deleft10) a plural verb before a pair whose first part has a singular article: "Die Pläne lehnten der
    # Bauernverband und der Naturschutzbund ab" (had the speaker "Pläne"; not when the plural speaks: "Die
    # Gewerkschaften warfen der Regierung und der Bahn vor, …", where the pair is a dative)
    e = after.end
    pair = (after.kind == "group" or (e + 2 < len(toks) and toks[e + 1].text in ("und", "sowie")
                                       and toks[e + 2].text in ("der", "die", "das"))) \
        and a < len(toks) and toks[a].text in ("der", "das") and noun is not None \
        and not _de_speaking_word(ctx, noun) and not noun.low.endswith(ctx.lex.speaking_bodies) \
        and not noun.low.endswith("schaften") and toks[c.first].low not in ctx.lex.addressee_verbs \
        and not de_person_noun(noun.low, "die")
    if before.first != lo or toks[lo].text != "Die" or lo + 1 > before.last or after.first != c.last + 1 \
            or (toks[c.first].low.endswith("n") and not pair) or a >= len(toks) or toks[a].text not in ("der", "die", "das"):
        return False  # ((round 48, deleft9) also a pair after "sowohl": "Die Pläne lehnte sowohl der Bauernverband als
        # auch der Naturschutzbund ab" had the speaker "Pläne")
    # ((round 48, deleft9) also of five letters: "Die Pläne lehnte …")
    return noun.is_cap and noun.is_word and not noun.quoted and len(noun.low) > 4 and noun.low.endswith(_DE_PLURAL_NOUN_ENDINGS)


def _de_fronted_quantity(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int) -> bool:
    """German (round 34 w2a): "Mehr"/"Weniger" and a noun open the sentence before a singular verb and a phrase
    after it: the fronted amount is what was demanded or announced, the phrase after the verb speaks ("Mehr
    Unterstützung forderte Cavallo von der Politik", "Mehr Geld verlangt die Gewerkschaft"; not "Mehr als 500
    Beschäftigte forderten …"; the run "Mehr Geld" is also collected as a name, so no surname test on the noun)."""
    toks = ctx.tokens
    if before.first != lo or toks[lo].text not in ("Mehr", "Weniger") or lo + 1 > before.last or after.first != c.last + 1:
        return False
    noun = toks[lo + 1]
    return noun.is_cap and noun.is_word and not noun.quoted and not toks[c.first].low.endswith("n") \
        and not ctx.lex.is_title(noun.text) and not noun.low.endswith(ctx.lex.speaking_bodies) \
        and not ctx.lex.is_first_name(noun.text) and toks[after.first].is_word and not toks[after.first].quoted \
        and (toks[after.first].is_cap or toks[after.first].text in ("der", "die", "das"))


def _de_fronted_oblique(ctx: QuoteContext, before: Mention) -> bool:
    """German (round 37, w1): a phrase opening with a feminine dative or genitive article ("Einer großen Koalition erteilte
    sie eine scharfe Absage") is no subject; not the pronoun "Einer der …", "Einer von …"."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[before.first]
    if t.low not in lex.oblique_articles or t.quoted or before.first + 1 > before.last:
        return False
    nxt = toks[before.first + 1]
    return nxt.is_word and not nxt.quoted and nxt.low not in lex.determiners and nxt.low not in lex.prepositions


#: (round 40, deobjects) endings of German feminine nouns of bodies and acts ("Der Regierung", "Der Opposition", "Der
#: Partei", "Der Gewerkschaft")
_DE_FEMININE_ENDINGS = ("ung", "ion", "ei", "schaft", "tät", "heit", "keit", "union", "koalition", "fraktion", "ampel",
                        "linke", "kommission", "behörde")
_DE_MASCULINE_ION = ("spion", "skorpion", "champion")


def _de_singular_dative_after_plural(ctx: QuoteContext, c: Cue, after: Mention, hi: int) -> bool:
    """German (round 40, deobjects): "der"/"dem" and a noun right after a finite verb in the plural ("warfen der
    Linkspartei … vor", "drohten dem Konzern mit …") is no subject: a singular "der" phrase cannot agree with a plural
    verb (not a coordinated subject: "erklärten der Innenminister und der Justizminister")."""
    toks = ctx.tokens
    v, a = toks[c.first], toks[after.first]
    if after.first != c.last + 1 or a.text not in ("der", "dem") or a.quoted or v.quoted or v.text != v.low \
            or not v.low.endswith(("ten", "ien", "fen", "gen")) or after.first + 1 > after.last:
        return False
    span = toks[after.first : min(hi, after.end + 2)]
    return not any(t.low in ("und", "sowie", "oder") and not t.quoted for t in span)


def _de_fronted_feminine_dative(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int) -> bool:
    """German (round 40, deobjects): "Der" and a feminine noun open the sentence (a party's initials, a body, a woman's
    title), a finite singular cue follows and a name, a title or "er"/"sie" right after it: "Der" makes the phrase a
    dative, the phrase after the verb speaks ("Der AfD warf Söder große Nähe zu Russland vor", "Der Regierung warf der
    CDU-Chef Versagen vor", "Der Kanzlerin warf er Wortbruch vor": the speaker was the dative)."""
    toks, lex = ctx.tokens, ctx.lex
    if before.first != lo or toks[lo].text != "Der" or toks[lo].quoted or before.last != lo + 1 \
            or after.first != c.last + 1 or c.first != before.last + 1:
        return False
    v, noun, a = toks[c.first], toks[lo + 1], toks[after.first]
    if v.text != v.low or not v.is_word or v.quoted or v.low in lex.prepositions or v.low.endswith("n") \
            or not noun.is_word or noun.quoted or not noun.is_cap:
        return False
    head = noun.text.rsplit("-", 1)[-1]
    w = head.lower()
    feminine = head in DE_PARTIES and head not in ("Grüne", "Grünen", "Piraten") or (
        len(w) >= 4 and (w.endswith(_DE_FEMININE_ENDINGS) or w.endswith(lex.feminine_bodies))) or (
        w.endswith("in") and de_person_noun(w, "die"))
    if not feminine or w.endswith(_DE_MASCULINE_ION) or lex.is_first_name(noun.text) or w in ctx.ents.by_surname:
        return False
    return (after.kind == "pronoun" and a.text in ("er", "sie")) or (
        after.kind in ("name", "description") and (a.is_cap or a.text in ("der", "die")))


def _de_fronted_participle(ctx: QuoteContext, before: Mention, lo: int) -> bool:
    """German (round 34): a lone present participle used as an adverb opens the sentence ("Ergänzend teilt die
    Stadtverwaltung mit, …", "Zusammenfassend stellte die Ministerin fest, …"): no subject, the phrase after the verb
    speaks (the speaker was "Ergänzend")."""
    t = ctx.tokens[lo]
    return before.first == lo and before.last == lo and t.is_cap and not t.quoted and t.low.endswith("end") \
        and len(t.low) >= 8 and t.low not in ctx.ents.by_surname and not ctx.lex.is_first_name(t.text)


#: (round 34) German numerals and quantifiers that make a fronted phrase plural ("Vier Ansatzpunkte nennt Lauterbach")
_DE_PLURAL_COUNTS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
                               "mehrere", "einige", "etliche", "zahlreiche", "viele", "wenige"})


def _de_fronted_count(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German (round 34): a phrase opening with a numeral or a plural quantifier before a singular verb is no subject,
    the phrase right after the verb is ("Vier Ansatzpunkte nennt Lauterbach", "Drei Gründe führte die Ministerin an")."""
    toks = ctx.tokens
    t, v = toks[before.first], toks[c.first]
    if not (t.low in _DE_PLURAL_COUNTS or (t.text.isdigit() and t.text not in ("1",))) or t.quoted:
        return False
    if v.low.endswith("n") or not v.low.endswith(("t", "te")) or after.first != c.last + 1 or before.last <= before.first:
        return False
    a = toks[after.first]
    return (after.kind == "pronoun" and a.text in ("er", "sie")) or (
        after.kind in ("name", "description") and (a.is_cap or a.low in ("der", "die", "das", "ein", "eine")))


def _de_fronted_object_before_name(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German (round 34): a person named before in the text right after a singular verb, and a phrase opening the sentence
    with an article or possessive whose head noun names nobody who speaks: the fronted phrase is the object ("Die Pläne
    der Union wies Scholz als rechtswidrig zurück"; its genitive "der Union" does not make it speak)."""
    toks, lex = ctx.tokens, ctx.lex
    if after.first != c.last + 1 or after.kind != "name" or not toks[after.first].is_cap \
            or toks[c.first].low.endswith("n") or toks[before.first].low not in _DE_FRONTED_OBJECT_OPENERS \
            or not toks[before.first].text[:1].isupper() or before.first + 1 > before.last:
        return False
    words = toks[after.first : after.last + 1]
    full = ctx.ents.by_surname.get(words[-1].low)
    if not (lex.is_first_name(words[0].text) or (full is not None and all(w[:1].isupper() for w in full.split()))):
        return False
    head = toks[before.first + 1]
    return head.is_cap and head.is_word and not head.quoted and not _de_speaking_word(ctx, head) \
        and not lex.is_first_name(head.text) and not _de_agent_noun(head.text, lex) and not (
            # (round 51, dearticles7) a noun of a person's role speaks: "Die Kandidatin wirft Ministerpräsident Rolf
            # Hagemann vor, …" (the speaker was the name after the verb)
            _de_person_role_phrase(ctx, before))


#: (round 34 w2f) endings of German nouns of things, events and ideas that cannot speak
_DE_THING_ENDINGS = ("ung", "heit", "keit", "krise", "wende", "tät", "ismus", "politik", "lage", "tion", "gesetz",
                     "reform", "debatte", "plan", "pläne", "vorschlag", "vorschläge", "flut", "katastrophe", "aktion",
                     "aktionen", "entscheidung", "einigung",
                     # (round 38, dekon2) drafts and projects: "Der Entwurf liegt dem Kabinett vor. Die Kosten werde …"
                     "entwurf", "projekt")
#: (round 34 w2f) bodies and groups with such an ending that speak
_DE_SPEAKING_THINGS = ("stiftung", "vereinigung", "bewegung", "delegation", "generation", "initiative", "redaktion",
                       "direktion", "leitung", "führung", "vertretung", "verwaltung", "regierung", "zeitung", "forschung")


def _de_fronted_thing_before_pronoun(ctx: QuoteContext, c: Cue, before: Mention, after: Mention) -> bool:
    """German (round 34 w2f): an article and a noun of a thing, an event or an idea open the sentence, and "sie" follows
    the verb: the fronted phrase is the object, the pronoun speaks ("Die Klimakrise nannte sie die größte Bedrohung",
    "Die Flut nannte sie eine Katastrophe"; not "Die Regierung nannte sie …")."""
    toks, lex = ctx.tokens, ctx.lex
    if after.first != c.last + 1 or after.first != after.last or toks[after.first].text != "sie" \
            or toks[before.first].low not in ("die", "das", "den", "diese", "diesen") or before.first == before.last:
        return False
    head = toks[before.last]
    w = head.low
    return head.is_cap and head.is_word and not head.quoted and w.endswith(_DE_THING_ENDINGS) \
        and not w.endswith(_DE_SPEAKING_THINGS) and not _de_speaking_word(ctx, head) \
        and not lex.is_first_name(head.text) and not _de_agent_noun(head.text, lex) \
        and not any(t.is_cap and (_de_speaking_word(ctx, t) or lex.is_first_name(t.text))
                    for t in toks[before.first + 1 : before.last])


#: (round 51, deleft18) openers of a fronted phrase that may be an accusative (not "der", "ein", "kein": masculine nominatives
#: whose neuter reading only a noun of `fronted_thing_nouns` or `ruled_out_objects` decides)
_DE_SIE_OBJECT_OPENERS = frozenset({"die", "das", "diese", "dieses", "eine", "jede", "jedes", "keine", "seine", "ihre",
                                    "unsere", "solche", "weitere", "neue", "mehr"})


def _de_fronted_object_before_sie(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int) -> bool:
    """German (round 51, deleft18): a phrase naming a thing opens the sentence before a singular finite verb and "sie"
    right after it: the phrase is the object, the pronoun speaks ("Eine Koalition mit der AfD schloss sie aus", "Eine
    Erhöhung der Steuern kündigte sie an", "Neue Steuern kündigte sie an" had the speaker "Koalition mit der AfD", …).
    The thing shows by its head noun (a compound end of yaml `ruled_out_objects` or `fronted_thing_nouns`, an abstract
    or plural ending, a nominal act) or by a body with "mit" after it, the partner of an alliance; never when the phrase
    may speak (a body, a person, a name: "Die Partei lehnte sie ab", "Eine Koalition lehnte sie ab" stay open)."""
    toks, lex = ctx.tokens, ctx.lex
    v = toks[c.first]
    if lex.lang != "de" or before.first != lo or before.end != c.first - 1 or after.first != c.last + 1 \
            or after.first != after.end or toks[after.first].text != "sie" or toks[after.first].quoted \
            or v.quoted or v.text != v.low or not v.is_word or v.low.endswith("n") or before.kind == "pronoun":
        return False
    span = toks[lo : c.first]
    if any(t.quoted or t.text in {",", ";", ":", "(", "–", "—", "-"} for t in span):
        return False
    o = toks[lo]
    head_at = next((k for k in range(lo, c.first) if toks[k].is_cap and toks[k].is_word and toks[k].low not in lex.determiners
                    and not (k + 1 < c.first and toks[k + 1].is_cap and toks[k + 1].is_word)), None)
    if head_at is None:
        return False
    head = toks[head_at]
    w = head.low.rsplit("-", 1)[-1]
    listed = w.endswith(lex.ruled_out_objects) or w.endswith(lex.fronted_thing_nouns)
    if o.low not in _DE_SIE_OBJECT_OPENERS and not (head_at == lo or (
            head_at == lo + 1 and o.is_cap and o.low.endswith(DE_ADJECTIVE_ENDINGS) and o.low not in lex.determiners
            and o.low not in _DE_NOMINATIVE_OPENERS)) and not (o.low in ("ein", "kein") and listed):
        return False  # (an article that may open an accusative, or a bare noun with or without an adjective)
    full = ctx.ents.by_surname.get(head.low)
    if full is not None and (full.split()[0] == o.text or full.split()[0].lower() in _DE_SIE_OBJECT_OPENERS):
        full = None  # the run of the phrase itself, no surname ("Neue Steuern", "Jede Zusammenarbeit")
    if head.quoted or full is not None or lex.is_first_name(head.text) or lex.is_title(head.text) \
            or head.low in lex.time_words:
        return False
    if head_at + 1 < c.first and toks[head_at + 1].text == "mit" and w.endswith(lex.speaking_bodies):
        return True  # the partner of an alliance: "Eine Koalition mit der AfD schloss sie aus"
    if _de_agent_noun(head.text, lex) or de_person_noun(head.low, "der") or de_person_noun(head.low, "die") \
            or _de_fronted_speaks(ctx, lo, c.first - 1, own_run=True) or w.endswith(lex.finding_nouns) \
            or w.endswith(lex.poll_nouns) or w in lex.document_nouns or w in lex.result_nouns:
        return False  # (nor a study, a poll or a paper, which may be the source: "Eine Untersuchung bestätigte sie")
    return listed or (w.endswith(_DE_THING_ENDINGS) and not w.endswith(_DE_SPEAKING_THINGS)
                                 and not w.endswith(lex.speaking_bodies)) \
        or w.endswith(_DE_PLURAL_NOUN_ENDINGS) or w.endswith(_DE_ABSTRACT_ENDINGS) and not w.endswith(_DE_SPEAKING_THINGS) \
        and not w.endswith(lex.speaking_bodies) or w in lex.nominal_acts or w in lex.light_acts or w in lex.speech_nouns


#: (round 39, deshares2) lower-case words between a verb and a share that is its subject ("äußerten sich hier neun
#: Prozent", "gaben dagegen 40 Prozent an")
_DE_BEFORE_SHARE = frozenset({"sich", "hier", "dort", "dabei", "dagegen", "hingegen", "demnach", "zudem", "jedoch",
                              "aber", "auch", "nur", "immerhin", "insgesamt", "bundesweit"})


def _de_share_after_verb(ctx: QuoteContext, c: Cue, before: Mention, lo: int, hi: int) -> Mention | None:
    """German (round 39, deshares2): a fronted phrase `before` right before the plural verb c names no one who speaks and
    no share, and a share follows the verb (after "sich" and adverbs): the share is the subject ("Das Gegenteil äußerten
    27 Prozent", "Unentschieden äußerten sich hier neun Prozent", were "Gegenteil", "Unentschieden"). Else None."""
    toks, lex = ctx.tokens, ctx.lex
    v = toks[c.first]
    if c.first != c.last or v.quoted or v.text != v.low or not v.low.endswith("n") or before.kind == "pronoun" \
            or before.end != c.first - 1 or before.first > lo + 1:
        return None
    if any(t.quoted or not t.is_word or t.text[:1].isdigit() or t.low in DE_SHARE_UNITS for t in toks[before.first : c.first]):
        return None
    k = c.last + 1
    while k < hi and k <= c.last + 3 and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low \
            and (toks[k].low in _DE_BEFORE_SHARE or toks[k].low in lex.skippable) and toks[k].low not in DE_SHARE_QUALIFIERS:
        k += 1
    n = de_share_at(toks, k, hi)
    if n is None or _de_fronted_speaks(ctx, before.first, before.end) or _de_amount_more(toks, k, hi):
        return None  # ((round 53, auditde4) not an amount more or less, what is demanded: "Die Angestellten verlangten
        # acht Prozent mehr Lohn" had the speaker "acht Prozent")
    return de_share_mention(toks, n, hi, lex)


#: (round 38, objfirst) words opening a German phrase that marks it as a nominative (masculine) or a person: such a
#: fronted phrase may be the subject and is left alone
_DE_NOMINATIVE_OPENERS = frozenset({"der", "ein", "kein", "mein", "sein", "unser", "dieser", "jener", "jeder", "er", "ich",
                                    "wir", "man", "es", "sie", "ihr"})


def _de_fronted_speaks(ctx: QuoteContext, first: int, last: int, own_run: bool = False) -> bool:
    """(round 38, objfirst) tokens[first:last+1], a fronted phrase, name someone who may speak: a title, a surname of the
    text, a speaking body, a first name or a person noun; not a body with "mit" after it, the partner of an alliance
    ("Eine Koalition mit ihr schloss Merz aus", "Ein Bündnis mit der Linken lehnt die CDU ab")."""
    toks, lex = ctx.tokens, ctx.lex
    noun = False
    for k in range(first, last + 1):
        t = toks[k]
        if noun and t.is_word and t.text == t.low and not t.quoted:
            break  # a genitive or a prepositional phrase after the head noun: "Die Pläne der Regierung kritisierte …"
        if not t.text[:1].isupper() or not t.is_word or t.quoted:
            continue
        noun = noun or (t.is_cap and t.low not in lex.determiners)
        if k + 1 <= last and toks[k + 1].low == "mit" and t.low.endswith(lex.speaking_bodies) and t.low not in ctx.ents.by_surname:
            continue
        if lex.is_first_name(t.text) or de_person_noun(t.low, "der") or de_person_noun(t.low, "die") \
                or _de_agent_noun(t.text, lex) or lex.is_title(t.text) or t.low.endswith(lex.speaking_bodies):
            return True
        if k == last and k > first and de_state_word(ctx, t):
            return True  # (round 48, deacts2) a state, an alliance or an acronym after its article speaks: "Die EU drohte
            # Russland mit Sanktionen", "Die Nato warnte Russland vor …" (the speaker was "Russland")
        full = ctx.ents.by_surname.get(t.low)
        if full is not None and full.split()[0].lower() not in lex.determiners \
                and full.split()[0].lower() not in lex.fronted_object_openers \
                and not (own_run and full.split()[0] == toks[first].text):  # ((round 51, deleft18) `own_run`: nor
            # the run opening the phrase, "Neue Steuern", "Jede Zusammenarbeit")
            return True  # a surname of the text, not the run of the phrase itself ("Die Entscheidung" is no name)
    return False


def _de_subject_after_verb(ctx: QuoteContext, v: int, hi: int, thing_first: bool) -> Mention | None:
    """(round 38, objfirst) the German subject right after the finite verb at v (after focus adverbs: "Kritik übte auch die
    Opposition"), when its form shows it: "der" and a masculine person ("der SPD-Chef", "der 48-Jährige"; "der" before a
    feminine noun is a dative), a person's name (a first name, or the surname of one named in full before), or, when the
    fronted phrase is a thing (`thing_first`), "die"/"das" and a speaking body ("Zustimmung signalisierte die Union",
    "Das Ablehnungsgesuch wies die Strafkammer zurück")."""
    toks, lex = ctx.tokens, ctx.lex
    k = v + 1
    while k < hi and toks[k].is_word and toks[k].text == toks[k].low and not toks[k].quoted and toks[k].low in lex.skippable \
            and toks[k].low not in lex.auxiliaries and k < v + 3:
        k += 1
    if k >= hi or toks[k].quoted:
        return None
    m = mention_after(toks, k - 1, hi, lex)
    if m is None or m.first != k or m.kind == "pronoun":
        return None
    words = toks[m.first : m.end + 1]
    a = toks[m.first]
    if a.text == "der":
        # the first noun after "der" (and its adjectives) names a man by his role: "der SPD-Chef", "der Linken-Politiker
        # Gregor Gysi", "der 48-Jährige"
        n = next((t for t in words[1:] if t.is_cap and t.is_word), None)
        if n is not None and not n.quoted and not n.low.endswith("in") and (
                lex.is_title(n.text) or de_person_noun(n.low, "der") or n.low.endswith(("jährige", "-chef", "politiker"))):
            return m
        return None
    if m.kind == "name" and a.is_cap:
        full = ctx.ents.by_surname.get(words[-1].low)
        if lex.is_first_name(words[0].text) or (full is not None and " " in full and person_name(full, lex, ctx.ents)):
            return m
        if thing_first and m.first == m.end and _de_lone_surname(ctx, a, m.end + 1, hi):
            return m  # (round 38, deobj2) "Eine Koalition mit der AfD schloss Merz aus" (Merz never named in full)
        return None
    if thing_first and a.text in ("die", "das") and len(words) == 2 and words[1].is_cap and not words[1].quoted \
            and (words[1].low.endswith(lex.speaking_bodies) or words[1].text in DE_PARTIES) \
            and (words[1].low not in ctx.ents.by_surname or words[1].text in DE_PARTIES):
        return m  # (a party too: "Zustimmung signalisierte die SPD")
    return None


#: (round 38, deobj2) endings of German nouns (abstract or plural) that a lone capitalised word after the verb must not
#: have to be read as a surname
_DE_NOUN_SHAPES = ("e", "en", "ung", "heit", "keit", "ion", "tät", "nis", "schaft", "ismus", "mus", "tum", "chen", "lein")


def _de_lone_surname(ctx: QuoteContext, t, k: int, hi: int) -> bool:
    """(round 38, deobj2) German: token t, a lone capitalised word right after the finite verb, reads as a surname: not
    shaped like an abstract or plural noun (`_DE_NOUN_SHAPES`), no noun of speech, a speech act, a time or a body, and
    the clause ends after it or goes on in lower case ("… schloss Merz aus", "… lehnte Habeck ab", "… kritisierte
    Söder scharf"); not "… zeigt Defizite auf", "… begleitete Kritik"."""
    lex = ctx.lex
    w = t.low
    if not t.is_word or t.quoted or len(w) < 3 or not t.text[1:].islower() or w.endswith(_DE_NOUN_SHAPES) \
            or w.endswith(_DE_THING_ENDINGS) or w.endswith(lex.speaking_bodies) or w.endswith(lex.nominal_acts) \
            or w in lex.light_acts or w in lex.speech_nouns or w in lex.time_words or w in lex.stopwords \
            or lex.is_title(t.text):
        return False
    return k >= hi or not ctx.tokens[k].is_word or (ctx.tokens[k].text == ctx.tokens[k].low and not ctx.tokens[k].quoted
                                                     and ctx.tokens[k].low not in lex.determiners)


def _de_thing_head(ctx: QuoteContext, t) -> bool:
    """(round 38, objfirst) German: token t, a capitalised head noun, names an event, an act or an idea that cannot speak
    (`_DE_THING_ENDINGS`: "Trennung", "Entscheidung", "Reform"), not a body ("Regierung", "Fraktion") or a surname."""
    lex = ctx.lex
    w = t.low
    return t.is_cap and t.is_word and not t.quoted and w.endswith(_DE_THING_ENDINGS) and not w.endswith(_DE_SPEAKING_THINGS) \
        and not w.endswith(lex.speaking_bodies) and w not in ctx.ents.by_surname and not lex.is_title(t.text)


def _de_verb_after(ctx: QuoteContext, k: int, hi: int) -> int | None:
    """(round 38, objfirst) the first word in lower case from k on that may be the finite verb after a fronted phrase and
    its prepositional phrase ("Eine Koalition mit ihr schloss …", "Wahlabsprachen mit der AfD erteilte …"); None at a
    comma or a quotation, or after six tokens."""
    toks, lex = ctx.tokens, ctx.lex
    for j in range(k, min(hi, k + 6)):
        t = toks[j]
        if t.quoted or not t.is_word:
            return None
        if t.text == t.low and t.low not in lex.prepositions and t.low not in lex.determiners and t.low not in lex.pronouns \
                and t.low not in DE_OBJECT_PRONOUNS and t.low not in ("ihr", "ihn", "sich") and t.low not in lex.coordinators \
                and not (t.low.endswith(DE_ADJECTIVE_ENDINGS) and j + 1 < hi and toks[j + 1].is_cap and toks[j + 1].is_word):
            return j  # (not an adjective before its noun: "Eine klare Absage erteilte …")
    return None


#: (round 47, deleft4) finite forms of "fragen" whose object is the one asked, and the openers that mark a fronted
#: accusative ("Den Minister fragte die Abgeordnete, ob …")
_DE_ASK_FORMS = frozenset({"fragte", "fragten", "fragt", "fragen"})
#: (round 47, deleft4) endings of a fronted manner word before "fragte" that no surname has: the adverb endings and
#: participles and adjectives of manner ("Rhetorisch", "Zweifelnd", "Provokant")
_DE_ASK_MANNER_ENDINGS = _DE_ADVERB_ENDINGS + ("nd", "ant", "ent", "iert", "voll", "haft")
_DE_ACCUSATIVE_OPENERS = frozenset({"den", "einen", "ihn", "wen", "diesen", "jenen", "keinen"})


def _de_asked_addressee(toks: list, v: int, hi: int) -> bool:
    """(round 47, deleft4) German: token v is a form of "fragen" and a question follows the short phrase after it, a
    clause opening with "ob" or a question word after a comma, or a colon before a quotation ("fragte die Ministerin, ob
    …", "fragte die Regierung: „…?“"), so that phrase is the one asked."""
    if toks[v].low not in _DE_ASK_FORMS:
        return False
    for x in range(v + 2, min(hi - 1, v + 6)):
        t, n = toks[x], toks[x + 1]
        if t.quoted or not (t.is_word or t.text in {",", ":"}):
            return False
        if t.text == "," and n.text == n.low and n.low in DE_QUESTION_OPENERS and not n.quoted:
            return True
        if t.text == ":" and n.quoted:
            return True
        if t.text in {",", ":"}:
            return False
    return False


def _de_object_first(ctx: QuoteContext, first: int, v: int, lo: int, hi: int) -> Mention | None:
    """(round 38, objfirst) German word order: the phrase tokens[first:v] opens the clause (after a focus word: "Auch das
    Datum verriet …") before the singular finite verb at v, names no one who speaks and is not marked as a nominative
    ("der", "ein", a pronoun): when the phrase after the verb is a subject by its form (`_de_subject_after_verb`), the
    fronted phrase is the object and that phrase is returned ("Wahlabsprachen mit der AfD erteilte der SPD-Chef eine
    klare Absage", "Auch das Datum verriet der 48-Jährige", "Zustimmung signalisierte die Union")."""
    toks, lex = ctx.tokens, ctx.lex
    f = first
    while f < v and toks[f].low in lex.skippable and toks[f].low not in lex.auxiliaries and toks[f].is_word and f < first + 2:
        f += 1  # "Auch das Datum …"
    if f >= v or f > lo + 2 or (f > lo and any(not (t.is_word and t.low in lex.skippable) for t in toks[lo:f])):
        return None
    verb = toks[v]
    if not verb.is_word or verb.quoted or verb.text != verb.low or verb.low in lex.auxiliaries:
        return None
    if toks[f].low not in _DE_ACCUSATIVE_OPENERS and (f + 1 < v or not toks[f].low.endswith(_DE_ASK_MANNER_ENDINGS)) \
            and _de_asked_addressee(toks, v, hi):
        return None  # (round 47, deleft4) "Müller fragte die Ministerin, ob …", "Die CDU fragte die Regierung, warum …":
        # the phrase after "fragen" before its question is the one asked (the speaker was "die Ministerin")
    plural = verb.low.endswith("n")
    k = v + 1  # (speed) the phrase after the verb opens with "der", "die", "das" or a capital, or nothing follows here
    while k < hi and k < v + 3 and toks[k].text == toks[k].low and toks[k].low in lex.skippable:
        k += 1
    if k >= hi or not (toks[k].text in ("der", "die", "das") or (toks[k].is_cap and toks[k].is_word)):
        return None
    if any(t.quoted or t.text in {",", ";", ":", "(", "–", "—"} for t in toks[f:v]):
        return None
    o = toks[f]
    der_only = o.low in ("ein", "kein", "mein", "sein", "unser")  # (neuter: "Ein Bündnis mit der Linken lehnte der
    # CDU-Landeschef ab"; only a subject marked as such after the verb decides)
    if (o.low in _DE_NOMINATIVE_OPENERS and not der_only) or o.low in lex.prepositions or o.low in lex.anaphoric_objects and f + 1 == v \
            or o.low in lex.time_words or o.low in lex.fronted_adverbs \
            or (o.low in lex.clause_openers and o.low not in lex.determiners):
        return None
    if not (o.text[:1].isupper() or f > first):
        return None
    if _de_fronted_speaks(ctx, f, v - 1):
        return None
    head = next((t for t in toks[f:v] if t.is_cap and t.is_word and t.text != t.low), None)
    if head is None or head.low in lex.time_words:
        return None
    if o.low not in lex.determiners and o.low not in lex.fronted_object_openers and not (f > first and o.text == o.low):
        # no article: a lone word may be a surname ("Weidel beglückwünschte die Partei"); a bare noun is fronted when it
        # names a thing or an act ("Zustimmung signalisierte …", "Kritik übte …"), has a postmodifier ("Wahlabsprachen mit
        # der AfD erteilte …") or an adjective before it ("Volle Unterstützung …")
        w = head.low
        if not (w.endswith(_DE_THING_ENDINGS) or w.endswith(_DE_PLURAL_NOUN_ENDINGS) or w in lex.light_acts
                or w in lex.speech_nouns or (f + 1 < v and toks[f + 1].low in lex.prepositions and toks[f + 1].text == toks[f + 1].low)
                or (f + 1 < v and o.low.endswith(DE_ADJECTIVE_ENDINGS) and toks[f + 1].is_cap)):
            return None
    if plural:
        # a plural verb: both phrases may be plural; a thing first and persons, a party or bodies after the verb
        # ("Die Vorschläge des Ministers lehnten die Grünen ab")
        if not (head.low.endswith(_DE_THING_ENDINGS) or head.low.endswith(_DE_PLURAL_NOUN_ENDINGS)) or der_only:
            return None
        m = mention_after(toks, k - 1, hi, lex)
        if m is None or m.first != k or toks[k].text != "die" or m.first == m.end:
            return None
        n = toks[m.first + 1]
        return m if n.is_cap and not n.quoted and (n.text in DE_PARTIES or (
            n.low.endswith(("innen", "verbände", "parteien", "gewerkschaften", "fraktionen")) or de_person_noun(n.low, "die")
            and not n.low.endswith("in") or _de_plural_persons(ctx, n)
            # (round 48, deleft11) also a plural of persons the endings miss: "Die Pläne lehnten die Bauern (und die
            # Förster) ab", "Die Pläne lehnten die Ärzte ab" (the speaker was the fronted "Pläne")
            or (n.low not in ctx.ents.by_surname and _de_plural_person(n.low.rsplit("-", 1)[-1], lex)
                and not lex.is_mute_noun(n.low))
            or n.low.rsplit("-", 1)[-1].endswith(lex.person_group_nouns))) else None
    thing = o.low not in lex.determiners or o.low in ("das", "den", "einen", "eine", "die", "diese", "dieses", "seine", "ihre") \
        or o.low in _DE_PLURAL_COUNTS  # (a plural before the singular verb: "Mehrere Anträge … wies die Kammer zurück")
    m = _de_subject_after_verb(ctx, v, hi, thing and not der_only)
    return None if m is None or (der_only and toks[m.first].text != "der") else m


def _de_plural_persons(ctx: QuoteContext, t) -> bool:
    """(round 38, deobj2) German: token t after "die" and a plural verb is a plural of persons by their role: a noun in
    -er whose plural is its singular ("die Verbraucherschützer", "die Kritiker", "die Anwohner") or a weak noun in -en
    ("die Juristen", "die Experten"); not a surname of the text."""
    w = t.low.rsplit("-", 1)[-1]
    if t.low in ctx.ents.by_surname or len(w) < 6:
        return False
    return (w.endswith("er") and de_person_noun(w, "der")) or (w.endswith("en") and (
        de_person_noun(w[:-2], "der") or de_person_noun(w[:-1], "der") or w.endswith(("experten", "abgeordneten"))))


def _de_speaking_word(ctx: QuoteContext, t) -> bool:
    """German: word t names someone who may speak: a title, a surname of the text or a speaking body."""
    lex = ctx.lex
    return lex.is_title(t.text) or t.low in ctx.ents.by_surname or t.low.endswith(lex.speaking_bodies) or de_state_word(ctx, t)


#: English past participles of cue verbs that end in neither -ed nor -en/-wn


#: English prepositions before the subject of a gerund ("despite Trump telling donors that …")
_EN_GERUND_PREPOSITIONS = frozenset({"despite", "after", "before", "amid", "without", "following",
                                     "with"})  # (round 20) "…, with Home Secretary James Cleverly telling ITV …"


def _en_gerund_subject(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """English: the name right before a gerund cue (an adverb in -ly may stand between) after a
    preposition such as "despite": "…, despite President Trump reportedly telling donors that …" (the
    gerund has its own subject, not the sentence's)."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.first - 1
    if p - 2 >= lo and toks[p].text in ("of", "for") and not toks[p].quoted \
            and (o := mention_before(toks, p, lo, lex)) is not None and o.end == p - 1 and o.first - 1 >= lo \
            and toks[o.first - 1].text in lex.object_gerund_acts and not toks[o.first - 1].quoted \
            and toks[o.first].low not in lex.subject_pronouns:
        return o  # (round 48, endebates4) the object of an accusation or a praise speaks its gerund: "He accused Smith
        # of saying the program had failed", "She criticized the governor for claiming that …" (the accuser spoke)
    while p > lo and toks[p].text == toks[p].low and toks[p].low.endswith("ly") and not toks[p].quoted:
        p -= 1
    if p - 3 > lo and toks[p].text == "and" and not toks[p].quoted and (m2 := _en_with_absolute_shared(ctx, p, lo)):
        return m2  # (round 53, en2left) "…, with Senator Delgado praising the governor and insisting that …"
    if p < lo or not toks[p].is_word or not toks[p].is_cap or toks[p].quoted:
        if p - 3 > lo and toks[p].is_word and not toks[p].quoted and (m0 := mention_before(toks, p + 1, lo, lex)) is not None \
                and m0.end == p and m0.first - 1 > lo and toks[m0.first - 1].text == "and" and m0.kind == "description" \
                and (m3 := _en_with_absolute_subject(ctx, m0, p, lo)) is not None:
            return m3  # (round 53, en2left) "…, with X accusing …, and the union chief saying that …"
        if p - 2 > lo and toks[p].is_word and not toks[p].quoted and (
                toks[p - 1].text == "with" or toks[p - 2].text == "with" or toks[p - 3].text == "with"):
            return _en_with_absolute_subject(ctx, mention_before(toks, p + 1, lo, lex), p, lo)
        return None
    m = mention_before(toks, p + 1, lo, lex)
    if m is not None and m.end == p and m.kind == "name" and m.first - 1 >= lo \
            and toks[m.first - 1].low in _EN_GERUND_PREPOSITIONS and not toks[m.first - 1].quoted:
        return m
    if m is not None and m.end == p and m.kind == "name" and toks[m.first].is_cap \
            and _en_lower_role_after_with(ctx, m.first, lo):
        return m  # (round 54, entranscript) a lower-case role before the name: "…, with press secretary Dana Whitfield
        # telling reporters that …", "… and businessman Kevin Chen saying …" (the speaker was the sentence's subject)
    q = p
    while q > lo and q > p - 4 and toks[q].is_word and toks[q].is_cap and not toks[q].quoted:
        q -= 1
    if q < p and q >= lo and not toks[q].quoted and (
            (toks[q].text in _EN_GERUND_PREPOSITIONS and m is not None and m.first < q <= m.end) or toks[q].text == "like"):
        # (round 38, comments) the name after the preposition, not the words before it taken for a name with its
        # postmodifier: "Reverberates EXACTLY with Justin saying that …" (was the speaker "Reverberates EXACTLY"), also
        # after "like" ("Sounds like Harper saying …")
        return Mention(q + 1, p, "name")
    if p - 1 > lo:
        return _en_with_absolute_subject(ctx, m, p, lo)
    return None


def _en_lower_role_after_with(ctx: QuoteContext, first: int, lo: int) -> bool:
    """(round 54, entranscript) English: one to four role words, one at least in lower case, stand before the name at token first (a
    gerund cue's subject), after a preposition that gives a gerund its own subject ("with press secretary Dana
    Whitfield telling …", "with City Council member Ana Ramos accusing …") or after the "and" of a second subject in an
    absolute phrase opened by ", with" ("…, with X accusing …, and businessman Kevin Chen saying …")."""
    toks, lex = ctx.tokens, ctx.lex
    w = first - 1
    while w > lo and first - w <= 4 and toks[w].is_word and not toks[w].quoted \
            and toks[w].low not in lex.stopwords and toks[w].low not in lex.prepositions \
            and toks[w].low not in _EN_GERUND_PREPOSITIONS and not toks[w].low.endswith(("ing", "ed", "ly")):
        w -= 1
    if w == first - 1 or w < lo or toks[w].quoted or toks[w].text != toks[w].low \
            or all(x.is_cap for x in toks[w + 1 : first]):
        return False
    if toks[w].low in _EN_GERUND_PREPOSITIONS:
        return True
    if toks[w].low != "and":
        return False
    for x in range(w - 2, lo, -1):
        t = toks[x]
        if not t.quoted and t.text in (".", ";", ":", "!", "?"):
            return False
        if t.text == "with" and not t.quoted and toks[x - 1].text in (",", "-", "–", "—") and not toks[x - 1].quoted:
            return any(k.low.endswith("ing") and k.text == k.low and not k.quoted for k in toks[x + 2 : w])
    return False


def _en_with_absolute_shared(ctx: QuoteContext, p: int, lo: int) -> Mention | None:
    """(round 53, en2left) English: the subject of the first participle of an absolute phrase opened by "with" after a
    comma or a dash, for a second participle after "and" at token p that has none of its own: "Talks stalled, with
    Senator Frank Delgado praising the governor and insisting that a deal was close" (the speaker was "Talks")."""
    toks, lex = ctx.tokens, ctx.lex
    for x in range(p - 2, lo, -1):
        t = toks[x]
        if t.quoted or t.text in (".", ";", ":", "!", "?"):
            return None
        if t.text == "with" and toks[x - 1].text in (",", "-", "–", "—") and not toks[x - 1].quoted:
            g = next((k for k in range(x + 2, p) if toks[k].text == toks[k].low and toks[k].low.endswith("ing")
                      and not toks[k].quoted), None)
            if g is None:
                return None
            m = mention_before(toks, g, lo, lex)
            if m is not None and m.first == x + 1 and m.end == g - 1 and m.kind not in ("relative", "pronoun") \
                    and (m.kind != "name" or toks[m.first].is_cap):
                return m
            return None
    return None


def _en_with_absolute_subject(ctx: QuoteContext, m: Mention | None, p: int, lo: int) -> Mention | None:
    """(round 45, enleftovers) English: the subject of a gerund cue in the writer's absolute phrase opened by "with"
    after a comma or a dash: "Oil rose, with analysts saying …", "…, with several brokers saying …", "…, with the
    Finance Ministry's Mr Kuroda saying …" (the speaker was the sentence's subject, "Oil", "Shares"). The phrase ends at
    token p: a description, a bare plural of one or two lower-case words, or a name after a possessive phrase."""
    toks, lex = ctx.tokens, ctx.lex

    def opens(w: int) -> bool:  # token w is a lower-case "with" after a comma or a dash
        return w - 1 >= lo and toks[w].text == "with" and not toks[w].quoted \
            and toks[w - 1].text in (",", "-", "–", "—") and not toks[w - 1].quoted

    if m is not None and m.end == p and m.kind not in ("relative", "pronoun") \
            and toks[m.first].low not in lex.relative_pronouns:
        if opens(m.first - 1):
            return m if m.kind != "name" or m.first < m.last or toks[m.first].is_cap else None
        if m.kind == "name" and toks[m.first].is_cap and m.first - 2 > lo and opens(m.first - 2) \
                and toks[m.first - 1].is_word and toks[m.first - 1].text == toks[m.first - 1].low \
                and toks[m.first - 1].text.isalpha() and not toks[m.first - 1].quoted \
                and toks[m.first - 1].low not in lex.stopwords:
            return Mention(m.first - 1, m.last, "name", m.span_last)  # (round 54, enworld) a lower-case role before the
            # name: "…, with host South Africa saying the bloc should …" (the speaker was the sentence's subject)
        w = m.first - 1
        if w - 1 > lo and toks[w].text == "and" and not toks[w].quoted and (m.kind != "name" or toks[m.first].is_cap) \
                and any(opens(x) and any(t.low.endswith("ing") and t.text == t.low and not t.quoted
                                         for t in toks[x + 2 : w])
                        for x in range(w - 2, lo, -1)):
            return m  # (round 53, en2left) the second subject of a coordinated absolute phrase: "…, with Leader Frank
            # Delgado accusing Republicans of stalling and Minority Leader Susan Whitaker insisting that her party had
            # made a good-faith offer" (the speaker was Delgado, the first participle's subject)
        if m.kind == "name" and w - 1 > lo and toks[w].text.endswith(("'s", "’s")) and toks[w].is_cap:
            while w - 1 > lo and m.first - w < 5 and toks[w - 1].is_word and not toks[w - 1].quoted and (
                    toks[w - 1].is_cap or toks[w - 1].low == "the") and toks[w - 1].text != "With":
                w -= 1
            if opens(w - 1):
                return m  # "with the Finance Ministry's Mr Kuroda saying"
        return None
    if m is None and toks[p].text == toks[p].low and toks[p].low.endswith("s") and not toks[p].low.endswith("ss"):
        f = p - 1 if (t := toks[p - 1]).is_word and t.text == t.low and not t.quoted and t.low not in lex.stopwords \
            and t.low not in lex.prepositions and t.low not in lex.auxiliaries and not t.low.endswith(("ed", "ing", "ly")) \
            else p
        if toks[p].low not in lex.stopwords and toks[p].low not in lex.not_sources and opens(f - 1):
            return Mention(f, p, "description")  # "…, with traders saying …", "…, with health officials saying …"
    return None


def _en_document_participle_owner(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """(round 40, enstatements) English: who speaks through participle cue c right after a document or a report that is
    a verb's object. The subject of a verb releasing the document: "The company released a statement saying …",
    "Forty senators signed a letter urging …" (the speaker was "a statement", "a letter"; not with a participle of
    evidence, "released documents showing …"); the report itself after a verb rejecting it: "The ministry denied news
    reports claiming that …" (the speaker was the ministry). None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.first - 1
    if c.kind != "verb" or p - 2 < lo:
        return None
    n = toks[p]
    w = n.low
    if n.quoted or not n.is_word or n.text != w or not (
            w in lex.document_nouns or w in lex.hearsay_nouns or (w.endswith("s") and w[:-1] in lex.document_nouns)):
        return None
    doc = _en_report_phrase(ctx, p + 1, lo)
    if doc is None or doc.end != p or doc.kind in ("relative", "pronoun") or doc.first - 1 <= lo:
        return None
    v = doc.first - 1
    if toks[v].low in ("and", "or") and toks[v].text == toks[v].low and not toks[v].quoted:
        # two reports coordinated: "rejected media reports and social media posts alleging …" (both spoke)
        first = _en_report_phrase(ctx, v, lo)
        if first is None or first.end != v - 1 or first.kind in ("relative", "pronoun") or first.first - 1 <= lo or not (
                (h := toks[v - 1].low) in lex.document_nouns or h in lex.hearsay_nouns
                or (h.endswith("s") and h[:-1] in lex.document_nouns)):
            return None
        doc = Mention(first.first, doc.last, doc.kind, doc.end)
        v = first.first - 1
    vt = toks[v]
    if vt.quoted or not vt.is_word or vt.text != vt.low:
        return None
    if vt.low in lex.rebuttal_verbs:
        return doc
    if vt.low not in lex.document_release_verbs or toks[c.first].low in lex.evidence_participles:
        return None
    if vt.low == "out":
        v -= 1  # "put out a statement saying …"
        if toks[v].low not in ("put", "puts", "putting", "sent", "send", "sends") or toks[v].quoted:
            return None
    j = v  # the subject right before the verb, at most auxiliaries and adverbs between
    while j - 1 > lo and (t := toks[j - 1]).is_word and not t.quoted and t.text == t.low and (
            t.low in lex.auxiliaries or t.low in lex.skippable or t.low in lex.negations or t.low in lex.time_words
            or (t.low.endswith("ly") and t.low not in lex.ly_nouns)):
        j -= 1
    subj = mention_before(toks, j, lo, lex)
    if subj is None or subj.end != j - 1 or subj.kind == "relative" or toks[subj.first].low in lex.relative_pronouns:
        return None
    return en_coordinated_subject(toks, subj, lo, j, lex) or subj


def _en_report_phrase(ctx: QuoteContext, k: int, lo: int) -> Mention | None:
    """(round 40, enstatements) The noun phrase ending before token k: a mention, else up to three lower-case words
    without an article ("social media posts", "news reports"), with a number or quantifier before them."""
    toks, lex = ctx.tokens, ctx.lex
    m = mention_before(toks, k, lo, lex)
    if m is not None:
        return m
    j = k - 1
    while j - 1 > lo and k - j < 3 and (t := toks[j - 1]).is_word and not t.quoted and t.text == t.low \
            and t.low not in lex.stopwords and t.low not in lex.document_release_verbs and t.low not in lex.rebuttal_verbs \
            and t.low not in lex.prepositions and t.low not in lex.auxiliaries and not t.low.endswith(("ed", "ing", "ly")):
        j -= 1
    if j - 1 > lo and (toks[j - 1].low in lex.quantifiers or toks[j - 1].text.isdigit()) and not toks[j - 1].quoted:
        j -= 1
    return Mention(j, k - 1, "description")


def _en_that_within(toks: list, a: int, b: int) -> int | None:
    """The first "that" among tokens a..b-1 of the same sentence (a sentence mark ends the search)."""
    for x in range(a, min(len(toks), b)):
        if toks[x].text in {".", "!", "?"}:
            return None
        if toks[x].low == "that":
            return x
    return None


def _en_participle_subject(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """The subject of an English participle cue without an earlier cue in its sentence: before
    the "be" of a progressive ("Some are now calling it …", "the media isn't calling …"), the
    noun right before it when that opens its clause or is a document ("Kent calling it …",
    "issued a report saying …"), else the sentence's subject ("He spoke at the rally, saying …")."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.first - 1
    while p > lo and toks[p].text == toks[p].low and toks[p].low not in _BE and (
            toks[p].low in lex.negations or toks[p].low.endswith("ly") or toks[p].low in lex.skippable):
        p -= 1
    aux = toks[p].low if p >= lo else ""
    if p > lo and (aux in _BE or aux.endswith("n't") and aux[:-3] in _BE):
        m = mention_before(toks, p, lo, lex)
        if m is not None and (m.kind == "relative" or toks[m.first].low in lex.relative_pronouns) and not (
                m.first == m.last and m.first - 1 > lo and toks[m.first - 1].text == "," and toks[m.first].low == "who"
                and (th := _en_that_within(toks, c.last + 1, c.last + 7)) is not None and not any(t.quoted for t in toks[c.last + 1 : th + 2])):
            return None  # "the same hippies who were saying …": no antecedent resolution here; (round 46, enforms) but
            # a non-restrictive "who" after its comma is resolved as after a finite cue: "The senator, who has been
            # arguing that the plan is dead, voted for it." (reported nothing; only before its "that" clause: not "bigots,
            # who're always noting Eastern Cape 'refugees'")
        if m is None and p - 1 >= lo and toks[p - 1].low in lex.coordinators:
            m = sentence_subject(toks, lo, p, lex)  # "He went on TV and is still calling it …"
        return m
    if p - 1 > lo and aux in _EN_PERCEIVED and toks[p].text == aux and toks[p - 1].low in _BE \
            and toks[p - 1].text == toks[p - 1].low:
        # (round 44, enaviation) a recording's passive of perception: its subject speaks ('"I assume I'm not at your
        # airport," the pilot can be heard saying on the tapes', "the controller was heard telling the crew …" had no
        # speaker)
        q = p - 1
        while q > lo and toks[q].text == toks[q].low and not toks[q].quoted and (
                toks[q].low in _BE or toks[q].low in lex.auxiliaries or toks[q].low in lex.negations):
            q -= 1
        m = mention_before(toks, q + 1, lo, lex)
        if m is not None and m.end == q and m.kind != "relative" and toks[m.first].low not in lex.relative_pronouns:
            return m
        return None
    k = p - 1 if aux == "on" and p - 1 > lo else p
    if k > lo and toks[k].low in _EN_KEEP and toks[k].text == toks[k].low and not toks[k].quoted:
        # (round 38, comments) a gerund after "keep": its subject speaks ("Our "leaders" keep telling us that …" gave
        # nothing, "These pundits keep saying …" the speaker "pundits keep")
        m = mention_before(toks, k, lo, lex)
        if m is not None and m.end == k - 1 and m.kind != "relative" and toks[m.first].low not in lex.relative_pronouns:
            return m
        return None
    if p == c.first - 1 and p >= lo and toks[p].is_word and not toks[p].quoted \
            and toks[p].low not in _EN_GERUND_ONLY_PREPOSITIONS:
        # (round 43, enmilitary) not a preposition before its gerund: "It gave no details, beyond saying …" (the speaker
        # had been "beyond"; the sentence's subject speaks)
        m = mention_before(toks, c.first, lo, lex)
        if m is not None and (o := next((x for x in range(m.first + 1, m.last) if toks[x].low == "of" and toks[x].text == "of"
                                        and toks[x - 1].low in lex.recording_nouns), None)) is not None:
            m = Mention(o + 1, m.last, m.kind, m.span_last)  # (round 48, auditcomments4) "the clip of Trudeau saying …"
        if m is None and p - 1 >= lo and toks[p].text == toks[p].low and (
                toks[p].low in _EN_BARE_PERCEIVED or toks[p].low in lex.bare_people_plurals) \
                and _en_perceived_object(ctx, Mention(p, p, "description"), lo):
            return Mention(p, p, "description")  # (round 48, auditcomments4) "I see people saying …" (was "Besides")
        # not an object: "pointed the finger at Armenia saying …", "met a woman in the airport saying …"
        if m is not None and m.end == c.first - 1 and m.kind != "relative" and toks[m.first].low not in lex.relative_pronouns \
                and (_clause_initial(ctx, m.first, lo) or toks[m.end].low in lex.document_nouns
                     or _en_perceived_object(ctx, m, lo)) \
                and not _en_intransitive_before_gerund(toks, m):
            return m
    m = sentence_subject(toks, lo, c.first, lex)
    if m is not None and (toks[m.first].low in _EN_MARKET_SUBJECTS or toks[m.last].low in _EN_MARKET_SUBJECTS):
        # (round 44, enmarkets) a market's figure says nothing: the subject of the clause after "after"/"as" that the
        # participle follows speaks ("Shares of Acme fell 4% after the retailer cut its outlook, saying …" was "Shares
        # of Acme")
        if (sub := _en_subordinate_subject(ctx, m.end + 1, c.first)) is not None:
            return sub
    # (round 39, enquestions) a coordinated subject speaks as a group: "Sens. Mark Warner (D-Va.) and Tim Kaine (D-Va.)
    # sent a letter …, urging …" (was "Mark Warner")
    return en_coordinated_subject(toks, m, lo, c.first, lex) or m if m is not None else None


#: (round 48, auditcomments4) bare plurals of people a verb of perceiving takes before a say-participle
_EN_BARE_PERCEIVED = frozenset({"people", "folks", "others", "men", "women", "kids"})


def _en_perceived_object(ctx: QuoteContext, m: Mention, lo: int) -> bool:
    """(round 48, auditcomments4) English: the mention before a say-participle is the object of a verb of perceiving
    ("I see people saying …", "I heard the mayor saying …") or of a recording ("a video of the senator saying …"):
    the perceived one speaks (the speakers had been "Besides", "I", "We")."""
    toks, lex = ctx.tokens, ctx.lex
    v = m.first - 1
    if v < lo or toks[v].quoted or toks[v].text != toks[v].low:
        return False
    if toks[v].low in lex.perception_verbs:
        return True
    return toks[v].low == "of" and v - 1 >= lo and toks[v - 1].low in lex.recording_nouns and not toks[v - 1].quoted


#: (round 44, enmarkets) subjects of a market report that speak for no one: a participle cue after them belongs to the
#: subject of the "after"/"as" clause between ("Shares fell after the company cut its forecast, saying …")
_EN_MARKET_SUBJECTS = frozenset({"shares", "stock", "stocks", "index", "indexes", "indices", "dollar", "yen", "euro",
                                 "pound", "prices", "yields", "bonds", "futures", "oil", "gold", "markets"})
#: (round 44, enmarkets) subordinators opening the clause whose subject such a participle belongs to
_EN_EVENT_SUBORDINATORS = frozenset({"after", "as", "when", "because", "since"})


def _en_subordinate_subject(ctx: QuoteContext, a: int, b: int) -> Mention | None:
    """(round 44, enmarkets) English: the subject of the last clause opened by an "after"/"as"/"when" between tokens a
    and b, right before its past verb ("after the retailer lowered its outlook"), else None."""
    toks, lex = ctx.tokens, ctx.lex
    for x in range(b - 1, a - 1, -1):
        t = toks[x]
        if t.quoted or t.text in (".", ";", ":", "!", "?"):
            return None
        if t.text != t.low or t.low not in _EN_EVENT_SUBORDINATORS:
            continue
        for v in range(x + 2, min(b, x + 7)):
            w = toks[v]
            if not w.is_word or w.quoted:
                return None
            if w.text == w.low and (w.low in lex.past_verbs or (w.low.endswith("ed") and len(w.low) > 4)):
                sub = mention_before(toks, v, x, lex)
                if sub is None or sub.first != x + 1 or sub.end != v - 1 or sub.kind == "relative":
                    return None
                return sub
        return None
    return None


def _en_intransitive_before_gerund(toks, m: Mention) -> bool:
    """(round 43, enuk) English: the "noun" right before a gerund cue is the finite verb of its subject: a lower-case
    past form in -ed ("The Speaker, Lindsay Hoyle, intervened saying …" had the speaker "intervened", "Lindsay Hoyle
    intervened saying …" the speaker "Lindsay Hoyle intervened") or a verb with its particle ("…, hit back saying …")."""
    h = toks[m.end]
    if h.quoted or h.text != h.low:
        return False
    if h.low.endswith("ed") and len(h.low) > 5 and not h.low.endswith("eed"):
        return True
    return h.low in _EN_VERB_PARTICLES and m.end > m.first and toks[m.end - 1].text == toks[m.end - 1].low \
        and toks[m.end - 1].is_word and not toks[m.end - 1].quoted


#: (round 43, enuk) particles after a verb before a gerund cue ("hit back saying", "lashed out saying", "weighed in saying")
_EN_VERB_PARTICLES = frozenset({"back", "out", "in"})


#: (round 43, enmilitary) prepositions that open a gerund cue's phrase after a comma ("…, beyond saying …")
_EN_GERUND_ONLY_PREPOSITIONS = frozenset({"beyond", "besides", "except", "apart", "other", "than"})


#: (round 44, enaviation) passive participles of perception before a gerund cue, whose subject speaks ("can be heard
#: saying", "was seen telling", "is caught saying" on a recording)
_EN_PERCEIVED = frozenset({"heard", "overheard", "seen", "caught", "recorded", "filmed", "captured", "shown"})


#: (round 38, comments) verbs of going on before a gerund cue, whose subject speaks ("keep telling us that …")
_EN_KEEP = frozenset({"keep", "keeps", "kept", "keeping"})


#: (round 36) English auxiliaries negated before a first predicate ("Deputies would not describe … and said")
_EN_NEGATED_AUXILIARIES = frozenset({"would", "did", "could", "will", "does", "do", "can"})
#: (round 22) the same negated in one word ("Freeland wouldn't speculate …, but said …"; round 47, enquestions: "The
#: company wouldn't say whether …, but said …")
_EN_NEGATED_CONTRACTIONS = frozenset({"wouldn't", "wouldn’t", "didn't", "didn’t", "couldn't", "couldn’t", "won't", "won’t"})


def _en_plural_title(t, lex) -> bool:
    """English (round 36): a lower-case title in the plural: "officers", "deputies", "investigators"."""
    w = t.low
    return t.text == w and not t.quoted and len(w) > 4 and (
        (w.endswith("ies") and lex.is_title(w[:-3] + "y")) or (w.endswith("s") and lex.is_title(w[:-1])))


def _en_participle_aside(toks, lex, lo: int, e: int) -> int | None:
    """(round 42, enpolitics3) English: the unquoted comma e closes a participle phrase opened by an unquoted comma c1
    ("…, praising them for being "…", and told"): a lower-case word in -ing after c1, no other unquoted comma between,
    and at least three words without a comma or quotation before c1; c1, else None."""
    c1 = next((k for k in range(e - 1, lo, -1) if toks[k].text == "," and not toks[k].quoted), None)
    if c1 is None or c1 - lo < 3 or c1 + 2 >= e:
        return None
    v = toks[c1 + 1]
    if not (v.is_word and not v.quoted and v.text == v.low and v.low.endswith("ing") and len(v.low) > 5
            and v.low not in lex.stopwords and v.low not in lex.prepositions):
        return None
    if any(t.text == "," or t.quoted for t in toks[lo:c1]):
        return None
    return c1


def _en_refusal_then_but(ctx: QuoteContext, m: Mention | None, lo: int, p: int) -> bool:
    """English (round 47, enquestions): the sentence opens with a described speaker (an article and a title or an
    organisation: "The spokesman", "The company"), its first predicate is a refusal or a negated one (declined/refused
    to …, did/would not …, gave no …), and the only comma of the sentence so far stands right before "but" (token p):
    "The spokesman declined to say whether the company would appeal, but said it was reviewing the ruling" (the
    report after "but said" had no speaker; without the comma it had)."""
    toks, lex = ctx.tokens, ctx.lex
    if m is None or m.first != lo or m.end + 2 >= p or toks[p].text != "but" or toks[p - 1].text != "," \
            or sum(t.text == "," for t in toks[lo:p]) != 1 or any(t.quoted for t in toks[lo:p]):
        return False
    if toks[m.first].low not in ("the", "a", "an") or toks[m.first].text != toks[m.first].text.capitalize() \
            or not (lex.is_title(toks[m.last].text) or _en_plural_title(toks[m.last], lex)
                    or toks[m.last].low in lex.org_heads or toks[m.last].low in lex.company_descriptions):
        return False
    v, w = toks[m.end + 1], toks[m.end + 2]
    if v.quoted or v.text != v.low:
        return False
    return (v.low in _EN_REFUSALS and w.text == "to") or (v.low == "gave" and w.text == "no") \
        or (v.low in _EN_NEGATED_AUXILIARIES and w.text in ("not", "n't")) \
        or v.low in _EN_NEGATED_CONTRACTIONS


def _en_open_bracket_start(toks: list, lo: int, p: int) -> int:
    """(round 49, auditnews6) The token after an unclosed "(" in tokens[lo:p] that opens a clause of at least three
    tokens before p (the innermost), else lo."""
    depth, start = 0, None
    for k in range(p - 1, lo - 1, -1):
        t = toks[k]
        if t.quoted:
            continue
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                start = k
                break
            depth -= 1
    return start + 1 if start is not None and start + 3 < p else lo


#: (round 53, auditnonwire) English verbs of replying, whose pronoun subject is the person just spoken to
_EN_REPLY_VERBS = frozenset({"replies", "replied", "answers", "answered", "responds", "responded", "retorts", "retorted"})


def _en_addressee_before(ctx: QuoteContext, lo: int, k: int) -> str | None:
    """(round 53, auditnonwire) English: the name of the person last spoken to in tokens[lo:k], a capitalised name right
    after a verb of telling or asking ("tells Michael that …", "asked Ms. Reed whether …"); None when there is none or
    when the name is a body's, not a person's."""
    toks, lex = ctx.tokens, ctx.lex
    for v in range(k - 2, lo - 1, -1):
        t = toks[v]
        if t.quoted or t.text != t.low or t.low not in lex.addressee_verbs:
            continue
        e = v + 1
        while e < k and toks[e].is_word and toks[e].is_cap and not toks[e].quoted and toks[e].low not in lex.stopwords:
            e += 1
        if e == v + 1 or e - v > 4:
            return None
        name = canonical(Mention(v + 1, e - 1, "name"), toks, ctx.ents, lex, continuing=None)
        return name if name and person_name(name, lex, ctx.ents) else None
    return None


def _en_relative_who_before(toks: list, lo: int, p: int) -> int | None:
    """(round 53, auditnonwire) English: the "who" right after a comma that opens the relative clause holding the
    coordinator at p, with a short first predicate and no comma, quotation or second "who" between ("Walsh, who is 79
    and said …"); None otherwise."""
    for r in range(p - 2, max(lo, p - 8), -1):
        t = toks[r]
        if t.quoted or t.text in (",", ";", ":", "(", ")") or t.low in ("and", "but"):
            return None
        if t.text == "who":
            return r if toks[r - 1].text == "," and not toks[r - 1].quoted and toks[r - 2].is_word else None
    return None


#: (round 54, entranscript) possessives opening a sentence before a kin noun ("My daughter …", "Her husband …")
_EN_POSSESSIVE_OPENERS = frozenset({"my", "our", "your", "his", "her", "their"})


def _en_coordinated_subject(ctx: QuoteContext, lo: int, p: int) -> Mention | None:
    """The subject of an English cue after "and"/"but" (token p) with no earlier cue: the
    sentence's subject when it is a pronoun, a title or a name ("Trump has disavowed support …
    and said he is …"), across commas only a full name opening the sentence ("Sen. Jeff Flake,
    who …, but tweeted"); not "If we pull back … and say", "Life was easier … and chant"."""
    toks, lex = ctx.tokens, ctx.lex
    if lo + 2 < p and toks[lo].is_cap and toks[lo].low in ("maybe", "perhaps") and toks[lo + 1].is_word \
            and not toks[lo].quoted:
        lo += 1  # (round 48, auditcomments) a sentence adverb before the subject: "Maybe Joe Ellis can call him and tell
        # him the deal is off" (nothing, once "Maybe" was no part of the name)
    m = sentence_subject(toks, lo, p, lex)
    kin = m is not None and m.first == lo and m.last in (lo, lo + 1) and lo + 2 < p and toks[lo].low in _EN_POSSESSIVE_OPENERS \
        and toks[lo].is_cap and toks[lo + 1].text == toks[lo + 1].low and toks[lo + 1].low in lex.kin_nouns \
        and not toks[lo + 1].quoted and not any(t.low in lex.coordinators or t.text in (",", ";", ":") for t in toks[lo + 2 : p])
    if kin:
        m = Mention(lo, lo + 1, "description")  # (round 54, enleft2: also when the phrase found was already "Her husband":
        # "Her husband lost his job and said …" had no speaker) (round 54, entranscript) a relative by the possessive: "My daughter read
        # an early draft and said it was …" (the subject was the name "My", and no one spoke); one predicate before the
        # cue only (not "My wife bit into one … and the manager had … and blamed her …")
    named = m is not None and m.first == lo and any(m.first <= pos <= m.end for pos, _ in ctx.ents.names)
    surname = m is not None and m.first == lo == m.last and toks[lo].is_cap and lo + 1 < p \
        and toks[lo + 1].text == toks[lo + 1].low \
        and (toks[lo + 1].low in lex.past_verbs or (toks[lo + 1].low.endswith("ed") and toks[lo + 1].low not in lex.auxiliaries)
             # (round 37, w5) a perfect: "Acme has topped estimates and said …"
             or (toks[lo + 1].low in ("has", "had") and lo + 2 < p and toks[lo + 2].text == toks[lo + 2].low
                 and (toks[lo + 2].low in lex.past_verbs or (toks[lo + 2].low.endswith("ed") and len(toks[lo + 2].low) > 4)))
             # (round 22) also before a negated modal: "Freeland wouldn't speculate …, but said …"
             or toks[lo + 1].low in _EN_NEGATED_CONTRACTIONS
             # (round 37, e5) also written in two words: "Thompson did not release the name, but said …"
             or (toks[lo + 1].low in _EN_NEGATED_AUXILIARIES and lo + 2 < p and toks[lo + 2].low == "not")) \
        and toks[lo].low not in lex.stopwords and toks[lo].low not in lex.pronouns \
        and not toks[lo].low.endswith(("ic", "al", "ive", "ous", "tion", "ment", "ing", "ed")) \
        and not (toks[lo].low.endswith("ly") and len(toks[lo].text) >= 7 and toks[lo].text[1:].islower())
    # (round 22: "ly" only for a long word without an inner capital: "McSally took the stage and told …", "Kelly")
    if any(t.text == "," for t in toks[lo:p]):
        if p - 2 > lo and (toks[p - 1].text == "," or (toks[p - 2].text == "," and not toks[p - 1].is_word
                                                      and toks[p - 1].quoted)) \
                and (c1 := _en_participle_aside(toks, lex, lo, p - 1)) is not None:
            # (round 42, enpolitics3) a participle phrase between commas after the first predicate: "Harris addressed
            # the crowd, thanking volunteers for their "tireless work," and said that …" (no speaker)
            return _en_coordinated_subject(ctx, lo, c1)
        if not named and m is not None and m.first == lo and toks[lo].is_cap and m.end + 3 < p \
                and toks[m.end + 1].text == "," and toks[m.end + 2].low in ("the", "a", "an") \
                and toks[m.end + 2].text == toks[m.end + 2].low and toks[lo].low not in lex.stopwords \
                and toks[lo].low not in lex.pronouns and not any(t.quoted for t in toks[lo:p]):
            # (round 37, w5) a name, its description between commas, then the first predicate in the past or perfect:
            # "AMD, the second-largest maker of PC processors, has topped estimates and said …"
            c2 = next((x for x in range(m.end + 3, p) if toks[x].text == ","), None)
            if c2 is not None and c2 + 1 < p and all(t.text != "," for t in toks[c2 + 1 : p]):
                v = toks[c2 + 1]
                if v.text == v.low and c2 + 2 < p and v.low in ("has", "had"):
                    v = toks[c2 + 2]
                if v.text == v.low and (v.low in lex.past_verbs or (v.low.endswith("ed") and len(v.low) > 4)):
                    return m
        if named or (surname and toks[p - 1].text == "," and sum(t.text == "," for t in toks[lo:p]) == 1):
            return m
        c2 = max(x for x in range(lo, p) if toks[x].text == ",")
        if toks[p].text == "and" and c2 + 2 < p and c2 > lo + 1 and not any(t.quoted for t in toks[lo:p]) \
                and (v := toks[c2 + 1]).text == v.low and (v.low in lex.past_verbs or (v.low.endswith("ed") and len(v.low) > 4)) \
                and (h := apposition_head(toks, c2, lo, lex)) is not None \
                and h.kind == "name" and h.first > lo and toks[h.first].is_cap:
            return h  # (round 50, enarticles3) a speaker with appositions between commas, a first predicate in the past,
            # then "and" and the cue: "One concertgoer, Bree Collins, 22, posted a video on TikTok and wrote that …" (was
            # no speaker)
        if m is not None and m.first == lo and toks[lo].low in ("the", "this") and toks[lo].is_cap and m.end + 2 < p \
                and toks[p].text == "and" \
                and toks[p - 1].text == "," and sum(t.text == "," for t in toks[lo:p]) == 1 \
                and not any(t.quoted for t in toks[lo:p]) and toks[m.end + 1].text == toks[m.end + 1].low \
                and (toks[m.end + 1].low in lex.past_verbs or (toks[m.end + 1].low.endswith("ed") and len(toks[m.end + 1].low) > 4)) \
                and (lex.is_title(toks[m.last].text) or _en_plural_title(toks[m.last], lex)
                     or toks[m.last].low in lex.org_heads or toks[m.last].low in lex.company_descriptions):
            return m  # (round 49, auditnews3) a title or a body described, its first predicate in the past, one comma
            # before "and": "The mayor visited the site, and confirmed that …" (was no speaker)
        if toks[p].text == "and" and toks[p - 1].text == "," and sum(t.text == "," for t in toks[lo:p]) == 1 \
                and not any(t.quoted for t in toks[lo:p]):
            # (round 49, auditnews4) a company's name or description, its predicate naming what company it is, one comma
            # before "and": "Boeing is one of the companies bidding on the program, and confirmed that …", "The firm is
            # a Seattle-based startup, and said …" (were no speaker: a lone capitalised word before "is" was no name)
            if _en_lead_company(toks, lo, p, ctx.ents, lex) is not None and _en_company_predicate(toks, lo + 1, p, lex):
                return Mention(lo, lo, "name")
            if m is not None and m.first == lo and toks[lo].text == "The" and m.end + 1 < p \
                    and toks[m.last].low in lex.company_descriptions and _en_company_predicate(toks, m.end + 1, p, lex):
                return m
        return m if _en_refusal_then_but(ctx, m, lo, p) else None
    if surname:
        return m  # a surname opening the sentence before a past verb: "Smith shook his head and said …"
    v = next((k for k in range(lo + 1, p) if toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low
              and (toks[k].low in lex.past_verbs or (toks[k].low.endswith("ed") and len(toks[k].low) > 4)
                   # (round 36) a negated auxiliary: "Deputies would not describe the injuries and said …"
                   or (toks[k].low in _EN_NEGATED_AUXILIARIES and k + 1 < p and toks[k + 1].low in ("not", "n't")))), None)
    if v is not None and (m is None or m.end != v - 1 or toks[v].low in _EN_NEGATED_AUXILIARIES):
        # (round 25) the subject before the first verb in the past, when the phrase found ran over it or stopped short:
        # "Canadian telecom services provider EXFO Inc posted … and said …" (no speaker; not yet "Research In Motion
        # posted …", whose "In" ends the name, nor "The company cut …", whose past looks like its present)
        m2 = mention_before(toks, v, lo, lex)
        if m2 is not None and m2.first == lo and m2.end == v - 1 and m2.kind in ("name", "description") and (
                toks[m2.last].low in lex.org_heads or lex.is_title(toks[m2.last].text)
                or any(m2.first <= pos <= m2.end for pos, _ in ctx.ents.names)
                or (toks[m2.last].is_cap and toks[m2.last].low not in lex.stopwords)):
            return m2
    if m is not None and not (named or kin or m.kind == "pronoun" or lex.is_title(toks[m.first].text)
                              # a title heads it, or a surname named in full before: "The mayor visited …
                              # and said", "Starmer reacted … and said"
                              or (lex.is_title(toks[m.last].text) and toks[m.first].low in lex.determiners)
                              # (round 36) a title in the plural: "The officers closed the road and said …"
                              or (toks[m.first].low == "the" and m.last > m.first and _en_plural_title(toks[m.last], lex))
                              # (round 37, e5) a role in a court case: "The defendant declined to testify and said …"
                              or (toks[m.first].low in ("the", "a") and m.last == m.first + 1 and m.first == lo
                                  and toks[m.last].low in lex.case_roles and toks[m.last].text == toks[m.last].low)
                              # an organisation: "The company closed the plant and said …" (round 22)
                              or ((toks[m.last].low in lex.org_heads or toks[m.last].low in lex.company_descriptions)
                                  and toks[m.first].low in ("the", "this") and m.first == lo)
                              # (round 37, w5) a company described: "The retailer posted a loss and said …"
                              or (m.first == m.last and toks[m.first].low in ctx.ents.by_surname)):
        return None
    return m


def _en_carried_too_far(ctx: QuoteContext, si: int) -> bool:
    """English (round 49, auditnews4): the latest attribution lies at least four sentences and three paragraph breaks
    before sentence si, and no sentence between reported anything: too far back for a pronoun to continue it."""
    last = ctx.last_sentence
    if last < 0 or si - last < 4:
        return False
    between = ctx.text[ctx.sents[last][1] : ctx.sents[si][0]]
    return between.count("\n\n") + (between.count("\n") if "\n\n" not in between else 0) >= 3 \
        and all(a is None for a in ctx.sent_attr[last + 1 : si])


#: (round 49, auditnews4) subordinators that open a fronted adverbial clause before a pronoun's main clause
_EN_FRONTED_SUBORDINATORS = frozenset({"while", "although", "though", "whereas", "because", "since", "after", "when",
                                       "once", "before"})


def _en_fronted_clause_person(ctx: QuoteContext, m: Mention, lo: int) -> str | None:
    """English (round 49, auditnews4): a he/she right after the comma closing a fronted adverbial clause ("While …,
    she said …") is the one person named in that clause, when it names exactly one and that person is not of the other
    gender: "While the campaign did not appeal to Julie Graham, a spokeswoman for the agency, she said …" (was the person
    quoted before); "After Obama met Putin, he said …" (two) stays as it was."""
    toks, lex = ctx.tokens, ctx.lex
    k = lo + (toks[lo].low in ("but", "and", "yet") and lo + 1 < m.first)
    if toks[k].low == "even" and k + 1 < m.first:
        k += 1
    if toks[k].low not in _EN_FRONTED_SUBORDINATORS or toks[k].quoted or m.first - 1 <= k \
            or toks[m.first - 1].text != "," or toks[m.first - 1].quoted:
        return None
    gender = lex.pronoun_gender(toks[m.first].low)
    if gender not in ("m", "f"):
        return None
    persons = {n for pos, n in ctx.ents.names if k < pos < m.first - 1 and not toks[pos].quoted
               and person_name(n, lex, ctx.ents)}
    if len(persons) != 1 or any(lex.is_first_name(t.low) and t.is_cap and not t.quoted and not any(
            pos <= x < pos + len(n.split()) for pos, n in ctx.ents.names) for x, t in enumerate(toks[k + 1 : m.first], k + 1)):
        return None
    (name,) = persons
    return None if en_other_gender(name, gender, lex, ctx.ents) else name


#: (round 49, auditnews6) coordinators that may open a sentence before its subject
_EN_OPENING_COORDINATORS = frozenset({"but", "yet", "and", "still"})


def _en_same_sentence_body(ctx: QuoteContext, c: Cue, lo: int, cues: list[Cue]) -> str | None:
    """English (round 51, enarticles7): the body an "it" before cue c stands for, from its own sentence: the named speaker
    of an earlier cue that is no person ("Harrowgate said it did not expect hurdles, though it acknowledged that …");
    None when there is none or the latest earlier cue's speaker is a person or a pronoun (a person before: "Tom Lee said
    prices rose, though it acknowledged …" keeps what "it" was)."""
    toks, lex = ctx.tokens, ctx.lex
    same = [x for x in cues if x.first < c.first and x.name and x.speaker is not None]
    if not same:
        return None
    x = same[-1]
    if x.speaker.kind not in ("name", "description") or toks[x.speaker.first].low in lex.pronouns \
            or person_name(x.name, lex, ctx.ents):
        return None
    head = toks[x.speaker.last].low
    if x.speaker.kind == "description" and (lex.is_title(head) or head in lex.person_roles or head in lex.case_roles
                                            or head in lex.kin_nouns or head in lex.male_person_nouns
                                            or head in lex.female_person_nouns or head in lex.lead_person_nouns):
        return None  # a person described: "My opponent says …, but what message does it say …" ("it" is no opponent)
    return x.name


def _en_reporter_of_content(ctx: QuoteContext, m: Mention, cues: list[Cue]) -> str | None:
    """(round 54, encourt) English: the he/she at m opens the content of an earlier cue of its sentence ("testified that
    she warned …", "said she told …") whose speaker is a described person (a role, a title, not of the pronoun's other
    sex): that person reports about themself ("The company's former chief scientist testified that she warned Tamm
    that the data did not support his claims" was the prosecutor quoted before). None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    x = next((x for x in reversed(cues) if x.last < m.first), None)
    if x is None or not x.name or x.speaker is None or x.speaker.kind != "description" or x.speaker.first > x.first \
            or not x.name[:1].islower() or toks[m.first].quoted:
        return None
    between = toks[x.last + 1 : m.first]
    if len(between) > 1 or any(t.quoted or t.low not in ("that",) for t in between):
        return None
    head = x.name.split()[-1].lower()
    if not (_en_person_noun(head, lex) or any(lex.is_title(w) for w in x.name.split())) or head in (
            lex.female_person_nouns if toks[m.first].low == "he" else lex.male_person_nouns):
        return None
    si = max(0, bisect_right(ctx.sent_los, m.first) - 1)
    start = ctx.sent_toks[max(0, si - 2)][0]
    if any(t.low == toks[m.first].low and not t.quoted for t in toks[start : x.speaker.first]):
        return None  # the pronoun already stands for someone one of the two sentences before spoke of: "During the call,
        # he asked …. Omar is …. ¶ The staff member who reported the call recalled that he said, "…"" is the caller
    sex = "m" if toks[m.first].low == "he" else "f"
    reporters = {a.name for a in ctx.sent_attr[max(0, si - 2) : si] if a is not None and a.name}
    if any(n not in reporters and lex.name_gender(n, ctx.ents.titles.get(n, set())) == sex
           for _pos, n in names_between(ctx.ents, toks, start, x.speaker.first)):
        return None  # (round 54, review1) a named person of the pronoun's sex who reported nothing is its antecedent: "Mark
        # Tamm, 52, was convicted of fraud. The prosecutor said he told investors the drug worked." is Tamm's report
    return x.name


def _en_same_sentence_person(ctx: QuoteContext, c: Cue, m: Mention, lo: int, hi: int, cues: list[Cue]) -> str | None:
    """The person an English he/she of cue c most likely is, from its own sentence: the named
    speaker of an earlier cue ('Mr. Trump has denied …, which he called …'), else a person opening
    the sentence who is no vocative ("Roy Blunt … is so tired of questions that he told reporters";
    not "Jim, you permitted …, he said"); None when neither."""
    toks, lex = ctx.tokens, ctx.lex
    same = [x for x in cues if x.first < c.first and x.name and x.speaker is not None and x.speaker.kind == "name"
            and toks[x.speaker.first].is_cap and toks[x.speaker.first].low not in lex.pronouns | lex.determiners]
    if same:
        return same[-1].name
    if c.first > m.first and c.last + 1 < hi and ctx.tokens[c.last + 1].text not in {".", ",", "!", "?", ";"} \
            and (fronted := _en_fronted_clause_person(ctx, m, lo)) is not None:
        return fronted
    subj = sentence_subject(toks, lo, m.first, lex)
    # (round 49, auditnews6) also after an opening coordinator: "Yet Lane has already changed his story once — “…,” he
    # said" (was a person named in the sentence before)
    opening = lo + (toks[lo].low in _EN_OPENING_COORDINATORS and toks[lo].is_cap and not toks[lo].quoted and lo + 1 < m.first)
    if subj is None or subj.kind != "name" or subj.first != opening or (
            subj.end + 2 < hi and toks[subj.end + 1].text == "," and toks[subj.end + 2].low in lex.pronouns | {"you"}):
        return None
    name = canonical(subj, toks, ctx.ents, lex, continuing=ctx.last.name if ctx.last else None)
    return name if name and person_name(name, lex, ctx.ents) else None


def _de_indefinite_person_before(ctx: QuoteContext, si: int) -> str | None:
    """German (round 45, depronouns): sentence si-1 opens with "Ein", a noun of a man's role or age ("Ein Bürger", "Ein
    Anwohner", "Ein 27-Jähriger"; adjectives between) and a finite verb, and names no person: that noun, the
    antecedent of an "er" after it. None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    plo, phi = ctx.sent_toks[si - 1]
    if phi - plo < 4 or toks[plo].text != "Ein" or toks[plo].quoted:
        return None
    j = plo + 1
    while j < min(phi, plo + 4) and toks[j].is_word and toks[j].text == toks[j].low and not toks[j].quoted \
            and toks[j].low.endswith(("er", "e")) and toks[j].low not in lex.stopwords:
        j += 1  # adjectives: "Ein älterer Anwohner"
    if j + 1 >= phi or not toks[j].is_cap or not toks[j].is_word or toks[j].quoted \
            or not de_person_noun(toks[j].low, "der") or toks[j].low.endswith("in"):
        return None
    v = toks[j + 1]
    if not v.is_word or v.quoted or v.text != v.low or v.low.endswith("en") or v.low in lex.stopwords \
            or v.low in lex.prepositions:
        return None  # (a finite verb in the singular: "nimmt", "ärgerte", "hat")
    if v.low in ("soll", "wird") and any(t.low in lex.plan_time_words and not t.quoted for t in toks[j + 2 : phi]):
        return None  # (round 51, deleft23) a man whose coming is only planned is not there to speak: "Jens Kohlhaas
        # ist verärgert. Ein Gutachter soll nächste Woche kommen. Erst dann wisse man mehr, sagt er." (was "Gutachter")
    if any(person_name(n, lex, ctx.ents) for pos, n in ctx.ents.names if plo <= pos < phi):
        return None
    return toks[j].text


def _de_body_subject_before(ctx: QuoteContext, si: int) -> str | None:
    """German (round 37, w4): sentence si-1 opens with "Die", a body's noun (a compound end of `speaking_bodies` or
    `feminine_bodies`: "Die Polizei", "Die Feuerwehr Hamburg", "Die Stadtverwaltung") and a finite verb in the singular,
    and names no person: the body's canonical name, the antecedent of a singular "sie" after it. None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    plo, phi = ctx.sent_toks[si - 1]
    if phi - plo < 3 or toks[plo].text != "Die" or toks[plo].quoted or not toks[plo + 1].is_cap or toks[plo + 1].quoted:
        return None
    e = _de_company_subject_end(ctx, plo, phi)
    if e is None:
        h = plo + 1
        if h + 2 < phi and toks[h].is_word and toks[h].low.endswith("e") \
                and not toks[h].low.endswith(lex.feminine_bodies + lex.speaking_bodies) \
                and toks[h + 1].is_cap and toks[h + 1].is_word and not toks[h + 1].quoted:
            h += 1  # (round 47, decompanies) a capitalised adjective of the name: "Die Deutsche Bahn", "Die Europäische
            # Kommission" (were nobody)
        w = toks[h].low.rsplit("-", 1)[-1]
        if not (w.endswith(lex.feminine_bodies) or w.endswith(lex.speaking_bodies)) or w.endswith(("en", "er", "innen")):
            return None
        e = h
        while e + 1 < phi and toks[e + 1].is_cap and toks[e + 1].is_word and not toks[e + 1].quoted and e < h + 2:
            e += 1  # the body's place: "Die Feuerwehr Hamburg"
    v = toks[e + 1] if e + 1 < phi else None
    if v is None or not v.is_word or v.quoted or v.text != v.low or v.low.endswith("en") or not (
            v.low in lex.auxiliaries or (v.low not in lex.stopwords and v.low not in lex.prepositions)):
        return None  # (a singular finite verb: "sperrte", "war", "rief")
    if any(person_name(n, lex, ctx.ents) for pos, n in ctx.ents.names if plo <= pos < phi):
        return None
    return " ".join(t.text for t in toks[plo + 1 : e + 1])


def _de_company_subject_end(ctx: QuoteContext, plo: int, phi: int) -> int | None:
    """German (round 47, decompanies): the last token of a company's name after the "Die" opening a sentence: a name of
    `feminine_company_names` ("Die Lufthansa", "Die Deutsche Bahn") or a name of one or two capitalised words before a
    legal form ("Die Siemens AG", "Die Deutsche Bank AG"). None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    for n in (2, 1):
        if plo + n < phi and all(t.is_cap and t.is_word and not t.quoted for t in toks[plo + 1 : plo + 1 + n]) \
                and " ".join(t.low for t in toks[plo + 1 : plo + 1 + n]) in lex.feminine_company_names:
            return plo + n
    for n in (1, 2):
        if plo + n + 1 < phi and all(t.is_cap and t.is_word and not t.quoted and t.low not in lex.stopwords
                                     for t in toks[plo + 1 : plo + 1 + n]) \
                and toks[plo + n + 1].text in _DE_LEGAL_FORMS and not toks[plo + n + 1].quoted:
            return plo + n + 1
    return None


def _de_party_subject_before(ctx: QuoteContext, si: int) -> tuple[str, bool] | None:
    """German (round 47, deresolve): sentence si-1 opens with "Die", a party's name (`DE_PARTIES`) and a finite verb
    that agrees with it (plural only for "Die Grünen", "Die Piraten"), and names no person: the party and whether it is
    plural, the antecedent of a "sie" after it ("Die SPD legte ihr Programm vor. Sie fordert, …"). None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    plo, phi = ctx.sent_toks[si - 1]
    if phi - plo < 3 or toks[plo].text != "Die" or toks[plo].quoted or toks[plo + 1].quoted \
            or toks[plo + 1].text not in DE_PARTIES:
        return None
    party = toks[plo + 1].text
    plural = party in ("Grünen", "Piraten")
    v = toks[plo + 2]
    if not v.is_word or v.quoted or v.text != v.low or v.low.endswith("n") != plural or not (
            v.low in lex.auxiliaries or (v.low not in lex.stopwords and v.low not in lex.prepositions)):
        return None
    if any(person_name(n, lex, ctx.ents) for pos, n in ctx.ents.names if plo <= pos < phi):
        return None
    return party, plural


def _en_gendered_previous_subject(ctx: QuoteContext, si: int, pron: str, recent: str | None) -> str | None:
    """English (round 53, auditen): `_previous_subject`, except that a subject whose gender the lists cannot tell yields
    to the person opening the sentence before it when that person's gender fits the pronoun and that person is not the
    speaker going on: "Hajiya Aisha Bello met the traders. Governor Abba Yusuf was also present. She said …" stays Aisha
    Bello, while "Paul Girard said …. Turkish Foreign Minister Ahmet Demirel struck a note. He said …" is Demirel."""
    name = _previous_subject(ctx, si)
    lex = ctx.lex
    if name is None or pron not in ("he", "she") or si < 2 \
            or lex.name_gender(name, ctx.ents.titles.get(name, set())) is not None:
        return name
    before = _previous_subject(ctx, si - 1)
    if before is not None and before != recent and before != name \
            and lex.name_gender(before, ctx.ents.titles.get(before, set())) == ("f" if pron == "she" else "m"):
        return before
    return name


def _en_emphatic_description_before(ctx: QuoteContext, si: int, pron: str) -> str | None:
    """English (round 53, en2left): the sentence before opens with a description of up to three lower-case words and the
    emphatic reflexive of the pronoun ("The president himself weighed in late on Thursday. He wrote …"): its referent,
    a person named before with that title, else the description; None otherwise."""
    if si < 1:
        return None
    toks, lex = ctx.tokens, ctx.lex
    plo, phi = ctx.sent_toks[si - 1]
    refl = "himself" if pron == "he" else "herself"
    if toks[plo].low != "the" or toks[plo].quoted:
        return None
    k = next((x for x in range(plo + 2, min(phi, plo + 5)) if toks[x].low == refl and not toks[x].quoted), None)
    if k is None or not all(t.is_word and t.text == t.low and not t.quoted and t.low not in lex.stopwords
                            for t in toks[plo + 1 : k]):
        return None
    g = "m" if pron == "he" else "f"
    name = canonical(Mention(plo, k - 1, "description"), toks, ctx.ents, lex, continuing=None, near=plo, gender_hint=g)
    if name and lex.name_gender(name, ctx.ents.titles.get(name, set())) not in (None, g):
        return " ".join(t.low for t in toks[plo + 1 : k])  # (not a woman holding the title for "himself")
    return name


def _en_pronoun_chain_subject(ctx: QuoteContext, si: int, pron: str) -> str | None:
    """English (round 50, enarticles2): the person opening sentence si-2 when sentence si-1 goes on about that person
    with the same pronoun and neither reported anything: 'Hartley, a former attorney general, will be the first woman to
    serve. Asked about that milestone, she paused before answering. "…," she said.' is Hartley (was the person quoted
    before both sentences). None otherwise."""
    if si < 2 or ctx.sent_attr[si - 2] is not None:
        return None
    plo, phi = ctx.sent_toks[si - 1]
    if not any(t.low == pron and not t.quoted for t in ctx.tokens[plo:phi]) or any(t.quoted for t in ctx.tokens[plo:phi]):
        return None
    return _previous_subject(ctx, si - 1)


def _de_singular_finite_or_selbst(w: str, lex: Lexicon) -> bool:
    """(round 51, dearticles7) a German singular finite auxiliary or modal ("will", "hat", "ist", "kann"; yaml
    `auxiliaries` not ending in -n) or "selbst" after a sentence's first word: that word is the subject."""
    return w == "selbst" or (w in lex.auxiliaries and not w.endswith("n") and w not in ("sei", "habe", "hätte", "würde"))


def _full_names_by_first_word(ents) -> dict[str, list[tuple[int, str]]]:
    """(round 52, quotespeed) The document's names of two words or more by their first word, in the collection's
    order (`_previous_subject` looked for a first name's full name among every name per sentence)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for pos, n in ents.names:
        if " " in n:
            out.setdefault(n.split(" ", 1)[0], []).append((pos, n))
    return out


#: English adverbs set off by commas after a sentence's subject (round 53, auditen): "Moreno, however, refused …"
_EN_PARENTHETICAL_ADVERBS = frozenset({"however", "meanwhile", "though", "too", "instead", "nonetheless", "nevertheless",
                                       "likewise", "meantime", "moreover", "similarly", "still"})


def _previous_subject(ctx: QuoteContext, si: int) -> str | None:
    """The person named in full who opens sentence si-1, a sentence that reported nothing: the
    subject of the sentence before is what a he/she most likely continues ('"…," said Maureen
    Grinnell. … Pamela Taylor, 66, watched the fire. "…," she said.' is Taylor; "CSU-Fraktionschef
    Wolfgang Pausch sah das Gremium unter Druck. „…“, erklärte er." is Pausch); in English also a
    first name in apposition to an opening description ("His wife, Anna, disagreed." is Anna). None
    when that sentence opens otherwise."""
    if si == 0:
        return None
    toks, lex = ctx.tokens, ctx.lex
    plo, phi = ctx.sent_toks[si - 1]
    if lex.lang == "de":
        name = next((n for _pos, n in names_between(ctx.ents, toks, plo, plo + 1)), None)
        if name is None and plo + 2 < phi and toks[plo].text[:1].isupper() and not toks[plo].quoted and (
                toks[plo].low in lex.skippable or toks[plo].low in lex.coordinators):
            # (round 37, h4) after an adverb or a conjunction opening the sentence: "„…“, sagte Gästetrainer Schmidt.
            # Auch Michael Frontzeck hatte kein gutes Spiel gesehen. Zwar lobte er …" (was Schmidt)
            name = next((n for pos, n in ctx.ents.names if pos == plo + 1), None)
        if name is None and plo + 1 < phi and toks[plo].is_cap and toks[plo].is_word and not toks[plo].quoted \
                and toks[plo + 1].is_word and toks[plo + 1].text == toks[plo + 1].low and not toks[plo + 1].quoted \
                and (toks[plo + 1].low not in lex.stopwords or _de_singular_finite_or_selbst(toks[plo + 1].low, lex)) \
                and toks[plo].low not in lex.stopwords:
            # (round 36, g4) a surname alone of a person named in full before, opening the sentence before its verb:
            # "„Na klar!“, sagt Wagenknecht. Lanz drängt weiter. Er will wissen, ob …" (was Wagenknecht)
            name = ctx.ents.by_surname.get(toks[plo].low)
            # (round 51, dearticles7: also before a singular auxiliary or modal or "selbst": "Farrer selbst will davon
            # nichts wissen. Im Gespräch sagt sie, …", "Lanz will es genau wissen." (the "sie" was a paper cited before)
        if name is None:
            name = _de_titled_subject(ctx, plo, phi)
        if name is None and not toks[plo].quoted:
            name = _de_inverted_name_subject(ctx, plo, phi)
        return name if name and " " in name and person_name(name, lex, ctx.ents) and not toks[plo].quoted else None
    # a description and a first name between commas: "His wife, Anna, disagreed."
    if plo + 4 < phi and toks[plo].low in lex.possessives | lex.determiners and toks[plo + 1].is_word \
            and toks[plo + 2].text == "," and toks[plo + 4].text == "," and lex.is_first_name(toks[plo + 3].text) \
            and toks[plo + 3].is_cap:
        return toks[plo + 3].text
    if lex.lang == "en" and (lead := next((pos for pos, _n in names_between(ctx.ents, toks, plo + 1, plo + 7)), None)) is not None \
            and toks[plo].is_cap and not toks[plo].quoted and all(
                t.is_word and not t.quoted and (lex.is_title(t.text) or t.low.endswith("al")) for t in toks[plo:lead]) \
            and lead + 1 < phi and not any(t.text == "," for t in toks[plo:lead]):
        # titles before the name opening the sentence: "Republican presidential candidate Donald Trump also backed …"
        name = next(n for pos, n in ctx.ents.names if pos == lead)
        if " " in name and person_name(name, lex, ctx.ents):
            return name
    subj = sentence_subject(toks, plo, phi, lex)
    if subj is not None and subj.first == plo + 1 and toks[plo].low in _EN_OPENING_COORDINATORS and toks[plo].is_cap \
            and not toks[plo].quoted and toks[plo + 1].is_cap:
        plo += 1  # (round 49, auditnews6) after an opening coordinator: "Yet Lane has changed his story. “…,” he said."
    elif subj is not None and subj.kind == "name" and subj.first == subj.end and plo + 2 < subj.first \
            and toks[subj.first - 1].text == "," and toks[plo].is_cap and (
                toks[plo].low in lex.prepositions or toks[plo].low in lex.fronted_participle_adjuncts) \
            and not any(t.quoted or t.text == "," for t in toks[plo : subj.first - 1]) \
            and subj.first + 1 < phi and toks[subj.first + 1].is_word and toks[subj.first + 1].text == toks[subj.first + 1].low \
            and (full := ctx.ents.by_surname.get(toks[subj.first].low)) is not None and full.split()[-1] == toks[subj.first].text:
        plo = subj.first  # (round 51, enleft19) a surname alone after a fronted prepositional phrase: "On transfers,
        # Halloway was more guarded. “…,” he said." (was the person named before); (round 53, auditen2) also after a
        # fronted adjunct of being asked: "Asked whether a deal was likely, Delgado paused. “…,” he said." (was the
        # spokesman quoted before)
    if subj is None or subj.kind != "name" or subj.first != plo or toks[plo].quoted or not toks[plo].is_cap or (
            subj.end + 2 < phi and toks[subj.end + 1].text == "," and toks[subj.end + 2].low in lex.pronouns | {"you"}):
        return None
    # (the name may follow its description: "Republican presidential candidate Donald Trump also backed …")
    name = next((n for _pos, n in names_between(ctx.ents, toks, subj.first, subj.end + 1)), None)
    # (round 52, quotespeed: the names in a range by a bisect, was a scan of every name per sentence)
    if name is None and subj.first == subj.end and subj.end + 1 < phi and ((
            toks[subj.end + 1].is_word and toks[subj.end + 1].text == toks[subj.end + 1].low) or (
            # (round 50, enarticles2) or before its apposition: "Hartley, a former attorney general, will be the first
            # woman to …. Asked about it, she paused. "…," she said" (was the person quoted before)
            subj.end + 2 < phi and toks[subj.end + 1].text == "," and toks[subj.end + 2].low in ("a", "an", "the")
            and toks[subj.end + 2].text == toks[subj.end + 2].low) or (
            # (round 53, auditen) or before a parenthetical adverb between commas: "Moreno, however, refused to get
            # carried away. "…," he said." (was the person quoted before)
            subj.end + 4 < phi and toks[subj.end + 1].text == "," and toks[subj.end + 3].text == ","
            and toks[subj.end + 2].text == toks[subj.end + 2].low
            and (toks[subj.end + 2].low in _EN_PARENTHETICAL_ADVERBS or toks[subj.end + 2].low in lex.opening_connectives)
            and toks[subj.end + 4].is_word and toks[subj.end + 4].text == toks[subj.end + 4].low) or (
            # (round 53, auditen) or before its age between commas: "Pollard, 58, has won two of his last nine games.
            # Asked about his future, he said: "…"" (was the person quoted before)
            subj.end + 4 < phi and toks[subj.end + 1].text == "," and toks[subj.end + 3].text == ","
            and toks[subj.end + 2].text.isdigit() and len(toks[subj.end + 2].text) <= 3
            and toks[subj.end + 4].is_word and toks[subj.end + 4].text == toks[subj.end + 4].low)) \
            and not toks[subj.end + 1].quoted:
        # (round 40, enpronouns) a surname alone of a person named in full before, opening the sentence before its verb:
        # 'Megyn Kelly … asked Donald Trump …. Trump cut her off. "…," he said' (was Kelly; as German round 36, g4)
        name = ctx.ents.by_surname.get(toks[subj.first].low)
        if name and lex.lang == "en" and name.split()[-1] == toks[subj.first].text and en_plain_full_name(name, lex) \
                and toks[subj.end + 1].text != ",":
            return name  # (round 51, enleft19) a surname alone opening the sentence before its verb stands for a person
            # though the first-name lists lack the first name: "Luka Brennock joined in 2019. … Brennock smiled. “No,”
            # he said." (was the person named before; "Brennock Park" or "Asante Holdings" are no such full name)
    if name is None and lex.lang == "en" and subj.first == subj.end:
        name = toks[subj.first].text
    if name and " " not in name and lex.lang == "en" and subj.first == subj.end and name == toks[subj.first].text \
            and lex.is_first_name(name) and lex.name_gender(name) is not None and not lex.is_title(name) \
            and subj.end + 1 < phi and toks[subj.end + 1].is_word and toks[subj.end + 1].text == toks[subj.end + 1].low \
            and not toks[subj.end + 1].quoted:
        by_first = ctx.ents.token_index(toks, f"full_names_by_first_word:{len(ctx.ents.names)}",
                                        lambda _t: _full_names_by_first_word(ctx.ents))
        fulls = {n for pos, n in by_first.get(name, ()) if pos < plo and person_name(n, lex, ctx.ents)}
        # (round 52, quotespeed) only the full names with that first word (was every name of the document per sentence)
        if len(fulls) == 1:
            return fulls.pop()  # (round 52, review1) the one person named in full before with that first name: "Hal
            # Berger ran the store. Hal is retired now. He says …" is Hal Berger (was "Hal")
        return name  # (round 52, auditen3) a person known by a listed first name alone (features: "Her son, Daniel, …")
        # opening the sentence before its verb: "Daniel is more certain. He says …" (was the man quoted before)
    return name if name and " " in name and person_name(name, lex, ctx.ents) else None


def _de_inverted_name_subject(ctx: QuoteContext, plo: int, phi: int) -> str | None:
    """German (round 51, dearticles6): the person named by a surname (or in full) right after the finite verb of a
    sentence that a prepositional phrase, an adverb or a subordinate clause opens: "Auf die Frage, ob er um seinen Job
    fürchte, reagierte Kessler gelassen.", "Danach reagierte Kessler gelassen." (a later "„…“, sagte er" was the man
    quoted before). None when the word before the name is no lower-case verb (an article, a preposition, a pronoun, a
    conjunction: "Danach lobte er Kessler"), or a capitalised word follows it ("lobte Ferretti Kessler")."""
    toks, lex = ctx.tokens, ctx.lex
    first = toks[plo]
    if not (first.is_cap and first.is_word and (first.low in lex.prepositions or first.low in lex.skippable)):
        return None
    for x in range(plo + 2, min(phi - 1, plo + 30)):
        t, v = toks[x], toks[x - 1]
        if t.quoted or v.quoted:
            return None
        if not (t.is_cap and t.is_word and v.is_word and v.text == v.low):
            continue
        if v.low in lex.stopwords or v.low in lex.prepositions or v.low in lex.determiners or v.low in lex.pronouns \
                or v.low in lex.coordinators or v.low in lex.adverbial_subordinators or v.low in lex.possessives \
                or v.low.startswith(("mein", "dein", "sein", "ihr", "unser", "euer", "eur", "kein", "ein")) \
                or v.low.endswith(("e", "en", "em", "er", "es")) and toks[x - 2].low in lex.determiners:
            continue
        if toks[x - 2].low in lex.pronouns or toks[x - 2].low in lex.adverbial_subordinators:
            return None  # a pronoun's own verb, or a clause's ("…, dass er Kessler …")
        after = toks[x + 1]
        name = next((n for pos, n in ctx.ents.names if pos == x), None)
        if name is None or " " not in name:
            name = ctx.ents.by_surname.get(t.low)
            if name is None or name.split()[-1] != t.text:
                return None
            if not (after.text in {".", ","} or (after.is_word and after.text == after.low and not after.quoted)):
                return None
        return name
    return None


def _de_titled_subject(ctx: QuoteContext, plo: int, phi: int) -> str | None:
    """German (round 36, v3): the one person named in full in sentence plo..phi as its subject after a role word,
    either opening it ("Auch die saarländische Sozialministerin Renate Kessler meldete sich zu Wort.") or right after
    its finite auxiliary ("Eine realistischere Sicht hat Brandenburgs Ministerpräsident Jochen Pfeil festgestellt.");
    a following "er"/"sie" continues that person rather than one quoted earlier. None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    inside = [(pos, n) for pos, n in ctx.ents.names if plo <= pos < phi and " " in n and person_name(n, lex, ctx.ents)]
    if len({n for _, n in inside}) != 1:
        return None
    name = inside[0][1]
    words = name.split()
    f = next((x for x in range(plo, phi - len(words)) if [t.text for t in toks[x : x + len(words)]] == words), None)
    if f is None or f - 1 <= plo or toks[f].quoted:
        return None
    after = f + len(words)
    j = f - 1
    if j == plo + 1 and toks[plo].text in ("Der", "Die") and toks[j].is_word and not toks[j].quoted \
            and toks[j].low.endswith("jährige") and toks[j].low[:1].isdigit() \
            and after < phi and toks[after].is_word and toks[after].text == toks[after].low:
        return name  # (round 45, depronouns) or an age, opening the sentence: "Der 45-jährige Thomas Brandl muss sich
        # … verantworten." (a following "er" continues him)
    if not (toks[j].is_cap and toks[j].is_word and _de_role_word(toks[j].text, lex)):
        return None  # exactly one role word right before the name
    j -= 1
    if j > plo and toks[j].is_cap and toks[j].is_word and toks[j].text.endswith("s") and not _de_role_word(toks[j].text, lex) \
            and toks[j].low not in lex.stopwords:
        j -= 1  # a place's genitive: "Brandenburgs Ministerpräsident"
    while j > plo and toks[j].is_word and toks[j].text == toks[j].low and toks[j].low.endswith(DE_ADJECTIVE_ENDINGS) \
            and toks[j].low not in lex.stopwords and toks[j].low not in lex.auxiliaries:
        j -= 1  # adjectives: "die saarländische Sozialministerin"
    if toks[j].low in ("der", "die") and j >= plo:
        j -= 1
    if j < plo:  # opening the sentence, before its verb
        return name if after < phi and toks[after].is_word and toks[after].text == toks[after].low else None
    if j == plo and toks[j].is_cap and toks[j].low in ("auch", "nun", "dann", "später", "inzwischen", "zudem") \
            and after < phi and toks[after].is_word and toks[after].text == toks[after].low:
        return name  # after an opening adverb ("Auch die … meldete sich")
    if j > plo and toks[j].low in lex.auxiliaries and toks[j].text == toks[j].low and not toks[j].quoted \
            and toks[phi - 1].text in (".", "!") and phi - 2 >= after and toks[phi - 2].text == toks[phi - 2].low \
            and toks[phi - 2].is_word and not any(t.text in (",", ":", ";") for t in toks[after : phi - 1]):
        return name  # after the fronted object's auxiliary, with the participle closing the sentence
    return None


def _de_impersonal_speaker(ctx: QuoteContext, c: Cue, m: Mention | None, lo: int, hi: int) -> Mention | None:
    """The speaker of an impersonal German report ("heißt es"): the source phrase next to its
    "es" ("…, hieß es aus Sicherheitskreisen", "wie es in der Erklärung hieß"), a fronted source
    ("In dem Bericht heißt es"), else the "es" itself as an expletive (no SPEAKER: "…, hieß es.").
    With "es" after the verb nothing before it is the subject ("Das sei ein Fall, heißt es vom
    Landgericht")."""
    toks, lex = ctx.tokens, ctx.lex
    if (toks[c.first].low in _DE_ES_LESS or toks[c.first].low in lex.heard_cues) and c.last + 1 < hi \
            and toks[_de_skip_time(ctx, c.last + 1, hi)].text == "aus" \
            and (src := _impersonal_source(ctx, c, lo, hi)) is not None:
        return src  # (round 26) the source after it: "Es gebe elf Gegenstimmen, verlautete aus Regierungskreisen."
    if m is not None and m.first > c.last and toks[c.first].low in _DE_STAND and c.first - 1 >= lo \
            and toks[c.first - 1].text == "," and c.last + 1 < hi and toks[c.last + 1].low in ("in", "im") \
            and (src := _impersonal_source(ctx, c, lo, hi)) is not None:
        return src  # (round 48, deleft9) a trailing "steht im …" names the document with its owner, as "Im Bericht der
        # Kommission steht, …" does: "Die Lage sei ernst, steht im Bericht der Kommission." (was "Kommission")
    if m is not None and toks[m.first].low != "es" and not (
            c.last + 1 < hi and toks[c.last + 1].low == "es" and m.end < c.first
            and not (m.first > lo and toks[m.first - 1].low in lex.source_prepositions | lex.trailing_source_prepositions
                     # (a fronted source in the clause of "heißt es", not in the report before its comma:
                     # "Vom Beben seien viele betroffen, hieß es"; a relative clause may follow the source:
                     # "In der Vorabversion des Berichts, der … gestellt wurde, heißt es")
                     and not (m.end + 1 < c.first and toks[m.end + 1].text != ","
                              and any(t.text == "," and not t.quoted for t in toks[m.end + 1 : c.first]))
                     and not _de_report_after_relative(ctx, m.end + 1, c.first))):
        return m
    src = _impersonal_source(ctx, c, lo, hi)
    if src is not None:
        return src
    if (doc := _de_darin_document(ctx, c, lo)) is not None:
        return doc
    es = next((k for k in (c.last + 1, c.first - 1, c.first - 2, c.first - 3) if lo <= k < hi and toks[k].low == "es"), None)
    if es is None:
        return None
    c.expletive = True
    return Mention(es, es, "pronoun")


#: (round 48, deleft7) lowercase words between "Darin wird" and its participle that are a subject or a negation, no
#: adverb, besides the pronouns and determiners (`Lexicon.pronouns`: man, er, sie, es, wir, ich; "ihr" a determiner)
_DE_DARIN_SUBJECTS = frozenset({"du", "nicht", "kein", "keine"})


def de_darin_passive(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """German (round 48, deacts3): cue c is the participle of an impersonal passive opening the sentence with "Darin"
    ("Darin wird gewarnt, …", "Darin wird gefordert, …"); (round 48, deleft7) also with up to three lowercase adverbs
    or a "da"-word before it and a strong participle ("Darin wird davor gewarnt, …", "Darin wird unter anderem
    gefordert, …", "Darin wird empfohlen, …"; not "Darin wird man fordern", "Darin wird vor einer Krise gewarnt")."""
    toks = ctx.tokens
    if not (toks[lo].text == "Darin" and lo + 2 <= c.first <= lo + 5 and toks[lo + 1].text in ("wird", "wurde")):
        return False
    t = toks[c.first]
    if t.quoted or t.text != t.low or not t.low.endswith(("t", "en")):
        return False
    return all(x.is_word and not x.quoted and x.text == x.low and x.low not in _DE_DARIN_SUBJECTS
               and x.low not in ctx.lex.pronouns and x.low not in ctx.lex.determiners for x in toks[lo + 2 : c.first])


def _de_darin_document(ctx: QuoteContext, c: Cue, lo: int) -> Mention | None:
    """German (round 48, deleft5): "Darin heißt es, …" / "Darin steht, …" opening a sentence right after one that names
    a document ("Die Kommission legte ihren Bericht vor. Darin heißt es, …" had no speaker): the document's noun phrase
    there (its last one), as "In dem Bericht heißt es" gives the report; a sentence without one, or with a speaker of
    its own ("Der Minister schrieb einen Brief. Darin heißt es, …" stays the minister's), keeps the old reading."""
    toks, lex = ctx.tokens, ctx.lex
    n = len(toks)
    # (round 48, deleft6) or a trailing "heißt es darin" closing the sentence: "„…“, heißt es darin." (no speaker);
    # (round 48, deleft7) also after a reported clause ("Die Lage sei ernst, heißt es darin.") and with "dort"
    trailing = c.first - 2 > lo and toks[c.first - 1].text == "," and c.last + 2 < n and toks[c.last + 1].text == "es" \
        and toks[c.last + 2].text in ("darin", "dort") and (c.last + 3 == n or toks[c.last + 3].text in {".", "!", "\n"})
    # (round 48, deacts3) or an impersonal passive: "Darin wird gewarnt, …", "Darin wird gefordert, …"
    passive = de_darin_passive(ctx, c, lo)
    if not (passive or ((trailing or (toks[lo].text == "Darin" and c.first == lo + 1)) and toks[c.first].low in lex.impersonal_cues)) \
            or (si := ctx.sent_of_lo.get(lo)) is None or si == 0 or ctx.sent_attr[si - 1] is not None:
        return None  # (an attributed sentence before goes on: "Der Minister schrieb einen Brief. Darin heißt es" is his)
    plo, phi = ctx.sent_toks[si - 1]
    x = next((x for x in range(phi - 1, plo, -1) if toks[x].is_cap and toks[x].is_word and not toks[x].quoted
              and lex.is_document_head(toks[x].low)), None)  # (not the sentence's first word; (round 48, deleft8) also
    # a compound: "Der Verband veröffentlichte ein Positionspapier. Darin heißt es, …" had no speaker)
    if x is not None and toks[x].low == "zeitung" and toks[x - 1].text == "der" and (y := next((
            y for y in range(x - 1, plo - 1, -1) if toks[y].is_cap and toks[y].is_word and not toks[y].quoted
            and toks[y].low in lex.document_nouns and toks[y].low != "zeitung"), None)) is not None:
        # (round 48, deacts3) the paper that holds the document is not it: "Der Bericht liegt der Zeitung vor. Darin …"
        if y == plo:
            return Mention(y, y, "description")
        x = y
    if x is None:
        return None
    f = x - 1
    while f > plo and x - f < 3 and toks[f].text == toks[f].low and toks[f].is_word and not toks[f].quoted \
            and toks[f].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[f].low not in lex.determiners:
        f -= 1  # adjectives after an article: "einen neuen Bericht"
    if toks[f].low in lex.determiners and toks[f].low not in lex.possessives and toks[f].text == toks[f].low:
        return Mention(f, x, "description")
    return Mention(x, x, "description")  # the noun alone after a possessive: "ihren Bericht" (no canonical name)


def _de_report_after_relative(ctx: QuoteContext, a: int, b: int) -> bool:
    """German: tokens[a:b] (after a fronted phrase, up to the cue) are a relative clause and then the rest of a
    report in the Konjunktiv ("Von den 740 Schülerinnen, die wegliefen, seien 94 nicht auffindbar gewesen, hieß es"):
    the phrase belongs to the report, no source of "hieß es" (round 29; not "In der Vorabversion des Berichts, der
    … gestellt wurde, heißt es", where the relative clause ends at the cue)."""
    toks, lex = ctx.tokens, ctx.lex
    commas = [k for k in range(a, b) if toks[k].text == "," and not toks[k].quoted]
    return len(commas) >= 3 and commas[0] == a and any(
        not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i)
        for t in toks[commas[1] + 1 : commas[-1]])


def _clause_initial(ctx: QuoteContext, k: int, lo: int) -> bool:
    """Token k opens its clause: the sentence start, or after a comma, colon, dash or conjunction."""
    toks, lex = ctx.tokens, ctx.lex
    return k <= lo or toks[k - 1].text in {",", ":", ";", "—", "–", "-", "("} or toks[k - 1].low in lex.coordinators


#: English forms of "be" before a progressive participle ("are now calling", "isn't calling")
_BE = frozenset({"is", "are", "was", "were", "been", "be", "am", "'s", "'re", "'m"})


def _en_passive(ctx: QuoteContext, c: Cue, lo: int) -> bool:
    """An English cue in the passive: a form of "be" before the participle, adverbs between
    ("was reported", "is widely believed", "were not told")."""
    toks, lex = ctx.tokens, ctx.lex
    w = toks[c.first]
    if w.text != w.low or not (w.low.endswith(("ed", "en", "wn")) or w.low in EN_IRREGULAR_PARTICIPLES):
        return False  # "There is no doubt that …" is no passive
    if w.low in lex.state_cues:
        return False  # an adjective of conviction: "The senator is convinced that …"
    p = c.first - 1
    while p >= lo and toks[p].text == toks[p].low and (toks[p].low.endswith("ly") or toks[p].low in lex.negations
                                                       or toks[p].low in ("also", "often", "later", "first", "now", "still",
                                                                          "already")):
        p -= 1  # (round 37, e6: also "now", "still": "it is still hoped that …" had the continuing speaker)
    if p - 2 >= lo and toks[p].low in ("night", "week", "month", "year", "morning", "afternoon", "evening") \
            and toks[p - 1].low in ("last", "this") and toks[p].text == toks[p].low and toks[p - 1].text == toks[p - 1].low:
        p -= 2  # (round 37, e6) a time phrase: "Rishi Sunak was last night warned he risks …" (no speaker)
    # (round 37, e6) "it's" is "it is": "It's now reported that …"
    return p >= lo and not toks[p].quoted and (toks[p].low in lex.passive_auxiliaries or (
        toks[p].low == "'s" and p - 1 >= lo and toks[p - 1].low == "it"))


#: German cue verbs whose object after them is a dative, no subject ("werfen der Regierung vor", round 22)
_DE_DATIVE_CUES = frozenset({"werfen", "wirft", "warf", "warfen", "hält", "hielt", "hielten", "halten", "unterstellt",
                             "unterstellte", "unterstellen", "empfahl", "empfiehlt", "empfehlen", "riet", "rät", "raten",
                             "dankte", "dankt", "danken", "bescheinigte", "bescheinigt", "bescheinigen"})

#: German relative pronouns after a preposition besides the nominative ones ("…, in dem er … warnte", round 22)
_DE_OBLIQUE_RELATIVES = frozenset({"dem", "den", "denen", "deren", "dessen"})
#: (round 42, deleftovers) endings of German uninflected adjectives of manner that open a sentence before the perfect of
#: a reflexive verb ("Kritisch haben sich die NEOS geäußert", "Zurückhaltend hat sich der Verband gezeigt")
_DE_FRONTED_MANNER_ENDINGS = ("isch", "iv", "lich", "end", "sam", "bar", "haft")
#: German number words opening an object after a relative pronoun ("…, der drei Jahre Haft gefordert hatte")
_DE_NUMBER_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                              "zwanzig", "hundert", "tausend", "mehrere", "einige", "viele"})


def _de_surname_after_first_name(ctx: QuoteContext, p: int) -> bool:
    """German (round 36, g4): token p is a capitalised word right after a capitalised first name, so a surname even when
    its lower case is an auxiliary ("Anne Will fragte …" had the speaker "Anne")."""
    toks = ctx.tokens
    return p >= 1 and toks[p].is_cap and not toks[p].quoted and toks[p - 1].is_cap and not toks[p - 1].quoted \
        and ctx.lex.is_first_name(toks[p - 1].low)


def _de_prefield_subject_before_object(ctx: QuoteContext, obj: Mention, aux: int, lo: int) -> Mention | None:
    """German (round 39, despkbound): a noun phrase opens the clause right before its auxiliary at token `aux`, and
    the phrase `obj` after the auxiliary is followed by a relative clause and the closing participle: the first phrase is
    the subject, `obj` the object ("Die Staatskanzlei hat die Echtheit eines Interviews, das … erschienen ist,
    dementiert" had the speaker "die Echtheit eines Interviews"). None otherwise, also after a fronted adverbial ("Am
    Freitag hatte Meloni …") or a pronoun ("Dies hat der Minister …")."""
    toks, lex = ctx.tokens, ctx.lex
    if aux - 1 <= lo or obj.first != aux + 1 or toks[obj.first].low not in lex.determiners \
            or toks[lo].low not in lex.determiners or toks[lo].low in lex.object_articles:
        return None
    subj = clause_subject(toks, lo, aux, lex)
    if subj is None or subj.first != lo or subj.end != aux - 1 or subj.kind == "pronoun":
        return None
    return subj


def _de_coordinated_prefield_subject(ctx: QuoteContext, c: Cue, before: Mention, after: Mention, lo: int,
                                     hi: int) -> Mention | None:
    """German (round 41, dedetails2): the whole prefield as the subject when it coordinates noun phrases ("und",
    "sowie") right before a plural cue verb and the phrase after the verb is its object: one person ("Nabu und WWF
    forderten Umweltministerin Steffi Lemke auf, …") or any phrase before the verb's particle "auf" ("Die AbL, der vzbv
    und der BUND fordern die Agrarminister der Länder und Bundesministerin Julia Klöckner auf, …"); None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.first
    if after.first != c.last + 1 or k <= lo + 2 or before.end != k - 1 or not toks[k].low.endswith("n") \
            or after.kind == "pronoun" or toks[k].quoted:
        return None
    if not (toks[lo].is_cap or toks[lo].low in lex.determiners) or toks[lo].low in lex.object_articles:
        return None
    und = False
    for t in toks[lo:k]:
        if t.quoted or not (t.is_word or t.text in (",", "*", "-")) or (t.text == t.low and (
                t.low in lex.prepositions or t.low in lex.complementizers or t.low in lex.auxiliaries
                or t.low in lex.cue_verbs or t.low in lex.skippable or t.low in lex.negations)):
            return None
        und = und or (t.text in ("und", "sowie"))
    if not und:
        return None
    e = after.end
    nxt = toks[e + 1] if e + 1 < hi else None
    single = after.kind == "name" and not any(t.text in ("und", "sowie", ",") for t in toks[after.first : e + 1]) \
        and (nxt is None or nxt.text not in ("und", "sowie"))
    x = next((x for x in range(e + 1, min(hi, e + 10)) if toks[x].quoted or not toks[x].is_word), None)
    particle = x is not None and toks[x].text == "," and not toks[x].quoted and toks[x - 1].text == "auf"
    if not (single or particle):
        return None
    return Mention(lo, before.last, before.kind, before.span_last) if before.first > lo else before


def _en_bare_inclusion_head(ctx: QuoteContext, last: int, lo: int) -> Mention | None:
    """(round 44, enleftovers) The plural subject before an inclusion without commas whose named members end at `last`,
    right before the verb: "Rights groups including Amnesty International said" -> "Rights groups", "Nineteen groups
    including Human Rights Watch and Amnesty International called for" -> "Nineteen groups". None otherwise."""
    toks, lex = ctx.tokens, ctx.lex
    x = last
    while x > lo and last - x < 14 and not toks[x].quoted and (
            (toks[x].is_word and toks[x].is_cap) or toks[x].text in ("and", "the", "of", "&", ",", "'s", "’s")):
        x -= 1
    if x <= lo + 1 or toks[x].quoted or toks[x + 1].text in (",", "and", "of", "&", "'s", "’s"):
        return None
    if toks[x].text == "including":
        inc = x
    elif toks[x].text == "as" and toks[x - 1].text == "such" and not toks[x - 1].quoted:
        inc = x - 1
    else:
        return None
    h = mention_before(toks, inc, lo, lex)
    if h is None or h.end != inc - 1 or h.kind in ("pronoun", "relative"):
        return None
    t = toks[h.last]
    if h.kind == "name" and not (h.first == h.last == lo and t.low in _EN_PEOPLE_NOUNS):
        return None  # a name is no group; "Officials including Mayor Tom Reed said" opens its sentence
    if not (t.is_word and (t.text == t.low or h.first == lo) and t.low.endswith("s") and not t.low.endswith("ss")):
        return None  # a plural common noun: "groups", "charities", "organisations"
    if h.first != lo and not all(
            y.is_word and (y.low in lex.quantifiers or y.low in lex.determiners or y.text[0].isdigit())
            for y in toks[lo : h.first]):
        return None  # the group opens the clause
    return h


#: (round 52, auditen3) verbs of a habit, a plan or a continuation before "to" and a cue, after an apposition
_EN_HABIT_TO_VERBS = frozenset({"used", "likes", "liked", "loves", "loved", "continues", "continued", "plans", "planned",
                                "intends", "intended"})


def _clause_speaker(ctx: QuoteContext, c: Cue, lo: int, hi: int, cues: list[Cue]) -> Mention | None:
    """The subject of a cue verb found from its clause: before appositions ("X, der Präsident
    von Y, sagte"); in German also the subject of a coordinated verb ("… war optimistisch und
    sagte"), of a verb-final subordinate clause ("Nachdem die Anwältin dem Richter mitgeteilt
    hatte") and of a participle with its auxiliary ("Merkel hat … angekündigt", "…, hat Frau X
    angekündigt"). None: the caller looks right next to the verb."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.first
    comma = k - 1
    if lex.lang == "de" and k - 2 > lo and toks[k - 1].text == "so" and toks[k - 2].text == "," \
            and not toks[k - 1].quoted and not toks[k - 2].quoted \
            and (m := mention_after(toks, k, hi, lex)) is not None and m.first == k + 1:
        return m  # (round 42, deleftovers) "so" before the verb opens an inserted attribution, its subject follows: "Auch
        # die Grünen, so wetterte Krauss, seien mitverantwortlich" (the speaker was "die Grünen")
    if lex.lang == "de" and (wa := de_wie_apposition(ctx, k, lo)) is not None:
        return wa[1]  # (round 38, dewie) "…, wie Ute Semkat, Sprecherin der Versicherung, der dpa mitteilte" (not "dpa")
    if lex.lang == "en" and comma - 2 > lo and toks[comma].text == "to" and toks[comma - 1].low in _EN_HABIT_TO_VERBS \
            and toks[comma - 1].text == toks[comma - 1].low and not toks[comma].quoted and not toks[comma - 1].quoted:
        comma -= 2  # (round 52, auditen3) a habit or plan after an apposition: "Her mother, Ruth, used to tell her that
        # …", "The director, Marcus Bell, likes to say that …" (reported nothing)
    if lex.lang == "en":  # "Critics, including several Republicans, have warned": past the auxiliary
        while comma > lo and toks[comma].text == toks[comma].low and not toks[comma].quoted and (
                toks[comma].low in lex.auxiliaries or toks[comma].low in lex.skippable):
            comma -= 1
    if lex.lang == "en" and comma > lo + 2 and toks[comma].is_cap and not toks[comma].quoted \
            and (m := _en_bare_inclusion_head(ctx, comma, lo)) is not None:
        return m  # (round 44, enleftovers) an inclusion without commas: "Nineteen groups including Human Rights Watch
        # and Amnesty International called for …" (the speaker was "Amnesty International")
    if comma > lo and toks[comma].text == "," and not toks[comma].quoted:
        m = apposition_head(toks, comma, lo, lex)
        if m is not None and not (lex.lang == "de" and toks[m.first].low in _DE_OBJECT_OPENERS and toks[m.first].text == toks[m.first].low):
            return m  # (round 34: not an accusative or dative object before a second predicate, "Der Kanzler las den
            # Bericht, bezeichnete ihn als „ungenügend“" had the speaker "den Bericht")
    if lex.lang == "en" and (m := en_quoted_name_apposition(ctx, k, lo)) is not None:
        return m  # (round 47, naming) 'John Smith, who heads a group called "Patriots for Freedom," said …'
    if lex.lang == "en" and comma > lo + 2 and toks[comma].text in _EN_DASHES and not toks[comma].quoted:
        m = _en_dash_apposition_head(ctx, comma, lo)
        if m is not None:
            return m
    if lex.lang != "de":
        return None
    p = k - 1
    while p > lo and toks[p].low in lex.skippable | lex.auxiliaries and not toks[p].quoted:
        p -= 1
    if p > lo and toks[p].text in ("und", "sondern", "aber", "oder"):
        earlier = [x for x in cues if x.first < k and x.speaker is not None]
        a = lo
        if not earlier and toks[lo].low in lex.adverbial_subordinators and toks[lo].is_cap and (cm := next(
                (x for x in range(lo + 2, p - 1) if toks[x].text == "," and not toks[x].quoted), None)) is not None \
                and toks[cm + 1].is_word and toks[cm + 1].text == toks[cm + 1].low and not toks[cm + 1].quoted \
                and toks[cm + 1].low not in lex.prepositions and toks[cm + 1].low not in lex.determiners \
                and toks[cm + 1].low not in RELATIVES and toks[cm + 1].low not in lex.complementizers:
            a = cm + 1  # (round 34) the main clause after a fronted subordinate one: "Als sich die Wolken verzogen,
            # trat Sunak ans Podium und kündigte an, …" (the speaker was "die Wolken")
        if earlier:
            return earlier[-1].speaker
        m = _de_inverted_subject(ctx, clause_subject(toks, a, p, lex), a, p)
        if m is not None and m.kind != "pronoun" and toks[m.first].low in lex.determiners \
                and (ap := de_appositive_name(toks, m.end, p, lex, title=any(
                    lex.is_title(t.text) for t in toks[m.first : m.end + 1]))) is not None \
                and ap.last + 1 < p and toks[ap.last + 1].text == "," and not toks[ap.last + 1].quoted:
            # (round 41, dedetails2) the name in apposition to the subject of the first verb: "Der Präsident der Ukraine,
            # Wolodymyr Selenskyj, wandte sich an … und sagte, …" (the speaker was "Präsident der Ukraine")
            return Mention(m.first, ap.last, "name")
        return m
    cs = k
    while cs > lo and (toks[cs - 1].text not in {",", ":", ";", "–", "—"} or _de_adjective_list_comma(ctx, cs - 1, k)
                       or _de_object_list_comma(ctx, cs - 1, k, lo)) \
            and not _coordinated_clause(ctx, cs, k):
        if toks[cs - 1].quoted:
            qn = de_quoted_name_before(toks, cs, lo, lex)
            if qn is None:
                # a partial quotation inside the clause belongs to it: "…, dass sich die Räte gegenseitig
                # „Feigheit“ in der Sitzung vorgeworfen haben"
                q = next((q for q in ctx.quotes if q.outer_end == toks[cs - 1].end), None)
                start = bisect_right(ctx.starts, q.outer_start - 1) if q is not None else None
                if start is None or start <= lo or start >= cs - 1:
                    break
                cs = start
                continue
            cs = qn.first  # a name in quotation marks belongs to the clause: "Wie die „Main-Post“ berichtete"
            continue
        cs -= 1
    appos = _de_wie_apposition_subject(ctx, cs, k, lo)
    if appos is not None:
        return appos  # "Wie Francine Zambano, Sprecherin der Kantonspolizei, auf Anfrage erklärte, …"
    nxt = toks[c.last + 1] if c.last + 1 < hi else None
    # (round 29) one or two adverbs between the apposition's comma and the participle: "Im Dezember hatte der Präsident,
    # Muhammadu Buhari, vorzeitig erklärt, die Gruppe sei zerschlagen" (reported nothing)
    adverbs = cs < k <= cs + 2 and cs - 1 > lo and toks[k].text == toks[k].low and all(
        t.is_word and t.text == t.low and not t.quoted and t.low not in lex.auxiliaries and t.low not in lex.prepositions
        and t.low not in lex.determiners and t.low not in lex.pronouns and t.low not in lex.cue_verbs
        and t.low not in lex.complementizers and t.low not in RELATIVES and t.low not in lex.negations
        and t.low not in lex.coordinators for t in toks[cs:k])
    if cs >= k or adverbs:
        kc = cs if adverbs else k
        if cs >= k and (toks[k].low in lex.impersonal_cues or (nxt is not None and nxt.low in ("man", "es"))):
            return _fronted_source(ctx, lo, k) or (_de_man_source(ctx, c, hi) if nxt is not None and nxt.low == "man" else None)
        if (nxt is None or nxt.text in {".", "!"} or (
                # (round 27) or before its content: "Am Montag hatte Wowereit, der Regierende Bürgermeister, gesagt, dass …"
                nxt.text in {",", ":"} and not nxt.quoted and toks[k].text == toks[k].low)) \
                and kc - 1 > lo and toks[kc - 1].text == "," and not toks[kc - 1].quoted:
            # a participle closing the sentence after an apposition: the V2 subject after the auxiliary of the
            # first segment ("Am Freitag hatte Meloni die Trennung von ihrem Partner, dem Journalisten X,
            # bekanntgegeben")
            first_comma = next((x for x in range(lo, k) if toks[x].text == "," and not toks[x].quoted), k)
            aux = next((a for a in range(lo + 1, first_comma) if toks[a].low in lex.auxiliaries
                        and toks[a].text == toks[a].low and not toks[a].quoted), None)
            subj = clause_subject(toks, aux + 1, first_comma, lex) if aux is not None else None
            if subj is not None and (pre := _de_prefield_subject_before_object(ctx, subj, aux, lo)) is not None \
                    and first_comma + 1 < k and toks[first_comma + 1].low in RELATIVES:
                return pre
            if subj is not None and toks[subj.first].low not in lex.object_articles and (
                    nxt is None or nxt.text not in {",", ":"} or (
                        # (before a content: only an apposition with an article, "der Regierende Bürgermeister"; a name in
                        # apposition is found later: "hatte der Investor für den Neubau, Larry A. Silverstein, zugesagt, …")
                        first_comma + 1 < k and toks[first_comma + 1].text in ("der", "die", "das")
                        and subj.end == first_comma - 1)):
                # (round 35, w2) the name in apposition is the speaker's: "Dies hat der Minister für Staatssicherheit,
                # Jama Hirsi Farah, erklärt" (it was the description)
                return _de_apposed_name(ctx, subj, first_comma, k, kc - 2) or subj
            if adverbs and subj is not None and (ap := mention_before(toks, kc - 1, lo, lex)) is not None \
                    and ap.end == kc - 2 and ap.kind == "name" and ap.first == first_comma + 1:
                return ap  # the name in apposition, as without the adverbs
        if cs >= k:
            return None
    final = nxt is None or not nxt.is_word or nxt.low in lex.auxiliaries
    if (nxt is None or nxt.text in {".", "!"}) and cs - 1 > lo and toks[cs - 1].text == "," and toks[k].text == toks[k].low \
            and (v2 := _de_v2_titled_name(ctx, lo, cs, k)) is not None:
        return v2  # (round 45, detarif) the sentence's participle after its subject's name in apposition: "Am Montag hat
        # der Vorsitzende der IG Metall, Jürgen Kerner, die Arbeitgeber kritisiert" (the speaker was "Arbeitgeber")
    if cs + 1 < k and toks[cs].low in lex.coordinators and toks[cs + 1].low in lex.clause_openers and not toks[cs].quoted:
        cs += 1  # a conjunction before the subordinate clause: "Oder wie es ein Beobachter … formulierte: „…“"
    opener = toks[cs].low
    if final and opener in lex.prepositions and cs + 2 < k and toks[cs + 1].low in RELATIVES | _DE_OBLIQUE_RELATIVES and cs > lo:
        # a relative clause after a preposition: "…, in der sie einen Ausgleich forderten"
        m = clause_subject(toks, cs + 2, k, lex)
        if m is not None:
            return m
    after_coordinator = cs > lo and toks[cs - 1].low in lex.coordinators  # "und die Staaten werden …": no relative
    v2_als = (opener == "als" or (  # "Als erster Redner hatte X kritisiert": a main clause, "als" a phrase
        # (round 28) also a preposition before a genitive or dative: "Während eines Besuchs hat Trump gesagt, …"
        opener in lex.prepositions and cs + 1 < k and toks[cs + 1].low in ("des", "eines", "einer", "dem", "einem"))) and any(
        toks[a].low in lex.auxiliaries and toks[a].text == toks[a].low and not toks[a].quoted for a in range(cs + 2, k - 1))
    if not v2_als and opener in _DE_PREPOSITION_CONJUNCTIONS and final and cs + 2 < k and toks[cs].is_cap:
        # (round 43, despans) "seit", "während" or "bis" opening the sentence as a preposition, a noun phrase, then the
        # finite auxiliary: "Seit seiner Verhaftung hat der 24-Jährige die Tat bestritten" (the speaker was
        # "Verhaftung"); not the conjunction's verb-final clause ("Seit er das bestritten hat")
        a = next((a for a in range(cs + 2, min(k - 1, cs + 6)) if toks[a].low in lex.auxiliaries
                  and toks[a].text == toks[a].low and not toks[a].quoted), None)
        v2_als = a is not None and all(t.is_word and not t.quoted and (t.is_cap or t.text[:1].isdigit() or t.low in lex.determiners
                                                                       or t.low in lex.possessives) for t in toks[cs + 1 : a])
    if final and opener in RELATIVES and toks[cs].text == opener and cs > lo and toks[cs - 1].text == "," \
            and not after_coordinator and nxt is not None and nxt.low in lex.passive_auxiliaries and nxt.text == nxt.low \
            and toks[k].low not in lex.state_cues and (toks[k].low.endswith("t") or "ge" in toks[k].low[:6]) \
            and not any(t.low == "als" and not t.quoted for t in toks[cs:k]):  # (a naming keeps its report: "…, welche
        # oft als vorgezogenes Finale bezeichnet wurde")
        # (round 35, de5) a relative clause in the passive: its pronoun is no speaker ("an die Studienanfänger, die
        # heute offiziell begrüßt wurden" had the speaker "die", and a later "er" took "Studienanfänger"; with an agent
        # the main clause went on as its report: "Die Schüler, die von der Rektorin begrüßt worden waren, gingen …")
        c.passive = True
        return None
    if final and opener in lex.clause_openers and not v2_als and not (
            (cs == lo or after_coordinator) and opener in lex.determiners | RELATIVES):
        if lex.lang == "de" and nxt is not None and nxt.low in lex.passive_auxiliaries and nxt.text == nxt.low \
                and not nxt.quoted and toks[k].low.endswith("t") and toks[k].low not in lex.state_cues \
                and (k + 2 >= hi or not toks[k + 2].is_word):
            # (round 35, de6) a passive closing a subordinate clause: "…, da viele Vermisste unter den Trümmern vermutet
            # wurden" (the subject was the speaker); the agent speaks, if there is one
            c.passive = True
            return _de_passive_agent(ctx, cs, k)
        m = clause_subject(toks, cs + 1, k, lex)
        if m is not None and opener == "wie" and m.end > m.first + 2 and (x := next(
                (x for x in range(m.first + 2, m.end + 1) if toks[x].text in ("der", "dem") and not toks[x].quoted
                 and _de_media_addressee(toks, x, k)), None)) is not None:
            m = Mention(m.first, min(m.last, x - 1), m.kind, x - 1)  # (round 38, dewie) a paper as the addressee after the
            # subject's genitive: "…, wie ein Sprecher des Ministeriums der „Welt“ sagte" (was "… der Welt")
        d = cs + 1  # (round 34) adverbs before the object: "die zuvor ihre Ablehnung angekündigt hatten"
        while d + 1 < k and toks[d].is_word and not toks[d].quoted and toks[d].text == toks[d].low \
                and toks[d].low in lex.skippable and toks[d].low not in lex.auxiliaries and toks[d].low not in lex.determiners \
                and toks[d].low not in lex.prepositions and toks[d].low not in lex.negations:
            d += 1
        if opener in RELATIVES and cs > lo and toks[cs - 1].text == "," and toks[cs + 1].low == "sich" \
                and not toks[cs + 1].quoted and (toks[k].low in lex.market_state_verbs or toks[k].low in _DE_REFLEXIVE_STATE_EXTRA):
            return Mention(cs, cs, "relative")  # (round 41, desports) "sich" right after the pronoun of a state shown:
            # "Nagelsmann, der sich mit der Leistung seines Teams zufrieden zeigte" (the speaker was "Teams")
        if opener in RELATIVES and cs > lo and (toks[d].low in lex.determiners or toks[d].text[:1].isdigit()
                                                or toks[d].low in _DE_NUMBER_WORDS) and toks[d].text == toks[d].low \
                and m is not None and d <= m.first <= d + 1 and not _de_agent_noun(toks[m.last].text, lex):
            # the relative pronoun, then a noun phrase with an article that cannot speak: the pronoun is the
            # subject ("die Parteien, die die Wahlen als „Scheinwahlen“ bezeichneten", "des Ministers, der ein
            # Update gefordert hatte"; but "die Reform, die die Regierung als „alternativlos“ bezeichnet hatte":
            # the government speaks)
            return Mention(cs, cs, "relative")
        if lex.lang == "de" and toks[cs].low == "der" and toks[cs].text == "der" and cs - 2 >= lo \
                and toks[cs - 1].text == "," and not toks[cs - 1].quoted and m is not None and m.first >= d \
                and _de_male_antecedent(ctx, cs - 2):
            return Mention(cs, cs, "relative")  # (round 49, despeakers) "der" after a man is his subject (no woman's
            # dative): "Merz, der Scholz zuvor kritisiert hatte, …" (the speaker was the object, "Scholz")
        if opener in RELATIVES and cs > lo and toks[cs - 1].text == "," and m is not None and m.kind != "pronoun" \
                and _de_relative_is_subject(ctx, c, cs, d, k, m):
            return Mention(cs, cs, "relative")  # (round 40, derelacts) "der Neuwahlen ankündigte", "der ähnlich wie die
            # Freien Wähler angekündigt hatte, …" (the speaker was the object or the compared group)
        if m is None and opener in RELATIVES:
            return Mention(cs, cs, "relative")
        return m
    aux = next((a for a in range(cs, k) if toks[a].low in lex.auxiliaries and not toks[a].quoted
                and not _de_surname_after_first_name(ctx, a)), None)
    word = toks[k].low
    if word in lex.impersonal_cues or (nxt is not None and nxt.low in ("man", "es")):
        # "In der Erklärung (, die …,) heißt es", "Bei der Fahrzeuginnung geht man davon aus"
        src = _fronted_source(ctx, lo, k) or _fronted_source(ctx, cs, k)
        if src is not None:
            return src
    # (a separable prefix may come before the "ge": "zurückgewiesen", "hervorgehoben")
    # (round 47, future) the "ge" of an infinitive's ending "-agen/-egen/-igen/-ägen/-ügen" makes no participle: a
    # future "wird sagen", "wird morgen ankündigen", "wird bestätigen" is active, its subject the speaker (was a passive
    # without an agent: "Scholz wird am Dienstag sagen, die Lage habe sich geändert." reported nothing); the participles
    # keep their prefix ("gesagt", "angekündigt", "vorgeschlagen") or end in "-ogen" ("erwogen")
    stem = word[:-3] if len(word) >= 5 and word.endswith(("agen", "egen", "igen", "ägen", "ügen")) else word
    participle = word.endswith("t") or "ge" in stem[:6] or "ge" in stem[4:9] and word.endswith("en") \
        or word in lex.plain_participles  # (round 37, w4) "Den Bürgern wurde empfohlen, …"
    if word in lex.quoted_passives and aux is not None and aux > cs:
        return clause_subject(toks, cs, aux, lex)  # "Der Minister wird mit den Worten zitiert, …"
    if word in lex.quoted_passives and aux == cs and toks[aux].low in lex.passive_auxiliaries and cs - 1 > lo \
            and toks[cs - 1].text == "," and not toks[cs - 1].quoted:
        # inverted after the report: "«…», wird Justizministerin Sommaruga zitiert."
        m = clause_subject(toks, aux + 1, k, lex)
        if m is not None and (cut := next((x for x in range(m.first + 1, m.end + 1) if toks[x].text in ("von", "vom")
                                           and not toks[x].quoted), None)) is not None and any(
                t.low.endswith(("medien", "zeitung", "zeitungen", "agentur", "agenturen", "sender", "blatt", "magazin"))
                or t.low in DE_AGENCIES for t in toks[cut + 1 : m.end + 1]):
            m = Mention(m.first, min(m.last, cut - 1), m.kind)  # (round 29) the agent quotes, the subject speaks: "«…»,
            # wird Macron von mehreren Medien zitiert" (was "Macron von mehreren Medien")
        if m is not None and (m.kind != "pronoun" or toks[m.first].low in lex.subject_pronouns):
            return m
    if word not in lex.state_cues and (aux is not None and participle and (toks[aux].low in lex.passive_auxiliaries or (
            toks[aux].low in lex.state_passive_auxiliaries and (word.endswith("t") or word in _DE_STATE_PASSIVE_STRONG)))) or (
            nxt is not None and nxt.low in lex.passive_auxiliaries and participle):
        # "wird gefordert", "kritisiert worden", "seien … aufgefordert" (a weak speech verb forms its
        # perfect with haben, so sein + its participle is a passive; not "ist zu dem Ergebnis gekommen"):
        # the subject is not the speaker; the agent is ("wurde von einer Armeesprecherin bestätigt")
        c.passive = True
        return _de_passive_agent(ctx, cs, k) or _fronted_source(ctx, cs, k)
    if aux is None:
        return None
    if aux == cs and cs - 1 > lo and toks[cs - 1].text == "," and not toks[cs - 1].quoted and toks[aux].text == toks[aux].low:
        # the auxiliary right after a relative clause or an apposition on the subject: "Der Minister, der das
        # Gesetz verteidigt, hat der Zeitung gesagt, …" (not "der Zeitung")
        m = apposition_head(toks, cs - 1, lo, lex)
        if m is not None and (m.first == lo or (toks[m.first - 1].text == "," and not (k + 2 < hi and toks[k + 1].text == "," and any(
                lex.is_source_noun(t.text) or lex.is_source_noun(t.text[:-1])  # (a plural: "Berichte")
                for t in toks[aux + 1 : k] if t.is_cap and not t.quoted)))):
            # (also the name in apposition to an opening description: "Der Vorsitzende, Reinhard Marx, hat …"; not
            # before a source as the object, whose words the content may be: "…, hat Berichte … zurückgewiesen, er sei …")
            return m
    if aux == cs + 1 and toks[cs].is_cap and not toks[cs].quoted and toks[cs].low in _DE_DEMONSTRATIVE_SUBJECTS:
        return Mention(cs, cs, "pronoun")  # a demonstrative before the auxiliary: "Der habe dann Entwarnung gegeben"
    if aux > cs:
        m = clause_subject(toks, cs, aux, lex)
        fronted = toks[cs].low in lex.prepositions or (
            # (round 45, detarif) also a degree adverb before it: "Kurz nach dem Ende der Gespräche hat der Verband …
            # angekündigt" (the speaker was "der Gespräche")
            (toks[cs].low in lex.skippable or toks[cs].low in DE_CAPITALISED_ADVERBS)
            and cs + 1 < aux and toks[cs + 1].low in lex.prepositions) or (
            # (round 29) a span of time before a preposition: "Vier Monate nach der Entführung haben die Seeräuber …
            # angekündigt" (the speaker was "der Entführung")
            cs + 2 < aux and (toks[cs].low in _DE_NUMBER_WORDS or toks[cs].text.isdigit() or toks[cs].low in ("wenige", "einige"))
            and toks[cs + 1].low in DE_TIME_MEASURES and toks[cs + 2].low in lex.prepositions)
        if m is not None and m.first == m.end == cs and aux == cs + 1 and toks[cs].is_cap and not toks[cs].quoted \
                and (toks[cs].low in lex.fronted_adverbs or (
                    # (round 42, deleftovers) or a manner adjective before the perfect of a reflexive verb: "Kritisch
                    # haben sich die NEOS geäußert" (the speaker was "Kritisch")
                    toks[cs].low.endswith(_DE_FRONTED_MANNER_ENDINGS) and aux + 1 < k and toks[aux + 1].text == "sich"
                    and not lex.is_first_name(toks[cs].low))) and toks[aux].text == toks[aux].low \
                and (after := clause_subject(toks, aux + 1, k, lex)) is not None:
            return _de_coordinated_after(toks, aux, k, after, lex)  # (round 36, g4) a fronted adverb alone before the auxiliary: "Eigentlich will Caren Miosga …
            # darüber sprechen, …" (the speaker was "Eigentlich")
        if m is not None and (fronted and m.first > cs or (m.first == m.end and toks[m.first].low in lex.time_words)
                              or _de_time_phrase(ctx, m) or _de_fronted_ab_or_times(toks, cs, m)) \
                and (after := clause_subject(toks, aux + 1, k, lex)) is not None:
            # (round 25: also a time word before it, "Erst Montagmittag hatte Viktor Orban sich … geäußert")
            # a fronted adverbial before the auxiliary, the subject after it: "Vor den Protesten in Hamburg und
            # Berlin hatten einzelne Landwirte gedroht" (not "Berlin")
            return _de_coordinated_after(toks, aux, k, after, lex)
        if m is not None and aux + 1 < k and toks[aux + 1].low in _DE_NOMINATIVE_PRONOUNS and not toks[aux + 1].quoted \
                and toks[aux].text == toks[aux].low and m.kind != "pronoun":
            # (round 34) a subject-only pronoun after the auxiliary, the phrase before it fronted: "Auch die Feststellung
            # der besonderen Schwere der Schuld habe er gefordert" (the speaker was "die Feststellung …")
            return Mention(aux + 1, aux + 1, "pronoun")
        if m is not None and m.kind != "pronoun" and m.first == cs and m.end + 2 < aux and toks[m.end + 1].text == "und" \
                and not toks[m.end + 1].quoted and toks[aux].text == toks[aux].low and toks[aux].low.endswith("n") \
                and (right := clause_subject(toks, m.end + 2, aux, lex)) is not None and right.end == aux - 1 \
                and right.first == m.end + 2 and right.kind != "pronoun" and toks[right.first].low not in lex.object_articles \
                and not any(toks[x].low in lex.prepositions for x in range(m.first, m.end + 1)):
            # (round 48, descare) a coordinated subject before a plural auxiliary speaks together, as before a plural
            # cue verb: "Schmidt und Müller haben die Pläne kritisiert" (was "Schmidt"); not inside a postmodifier ("Die
            # Regierungen von Deutschland und Frankreich haben signalisiert")
            m = Mention(m.first, right.last, m.kind if m.kind == right.kind else "name", right.end)
        if m is not None and m.kind != "pronoun" and m.first == cs and toks[m.first].low == "sowohl" \
                and toks[aux].text == toks[aux].low and toks[aux].low.endswith("n") \
                and (ak := de_als_auch_at(toks, max(cs + 2, m.end + 1), aux - 2)) is not None \
                and (right := clause_subject(toks, ak + 2, aux, lex)) is not None and right.end == aux - 1 \
                and right.first == ak + 2 and right.kind != "pronoun":
            m = Mention(cs, right.last, right.kind, right.end)  # (round 48, descare) "Sowohl der Bund als auch die Länder
            # haben erklärt" (was "Sowohl")
        if m is not None and not (m.first == m.end and toks[m.first].low in lex.anaphoric_objects):
            return m
        # a fronted object pronoun: "Dies hatte der Vorsitzende bestritten" (the subject follows the auxiliary)
        after = clause_subject(toks, aux + 1, k, lex)
        return _de_coordinated_after(toks, aux, k, after, lex) if after is not None else m
    after = clause_subject(toks, aux + 1, k, lex)
    return _de_coordinated_after(toks, aux, k, after, lex) if after is not None else None


def _de_coordinated_after(toks: list[Token], aux: int, k: int, after: Mention, lex: Lexicon) -> Mention:
    """German (round 48, plural2): the subject `after` right after a plural auxiliary at aux (before the cue k) with
    "und" and a second subject of its kind after it speaks together, as before the auxiliary: "Gestern haben Schmidt
    und Müller die Pläne kritisiert" (was "Schmidt"); `after` otherwise."""
    if after.kind != "pronoun" and after.first == aux + 1 and after.end + 2 < k and toks[after.end + 1].text == "und" \
            and not toks[after.end + 1].quoted and toks[aux].text == toks[aux].low and toks[aux].low.endswith("n") \
            and (right := clause_subject(toks, after.end + 2, k, lex)) is not None \
            and right.first == after.end + 2 and right.kind == after.kind \
            and toks[right.first].low not in lex.object_articles \
            and not any(toks[x].low in lex.prepositions for x in range(after.first, right.end + 1)):
        return Mention(after.first, right.last, after.kind, right.end)
    return after


def _de_v2_titled_name(ctx: QuoteContext, lo: int, cs: int, k: int) -> Mention | None:
    """German (round 45, detarif): the cue k is the participle closing a main clause whose finite auxiliary follows a
    fronted adverbial and whose subject, a description, has a name in apposition between the first two commas, cs - 1
    the second: "Vor der dritten Runde hat die Verhandlungsführerin der Arbeitgeber, Karin Welge, die Forderungen
    zurückgewiesen" is Karin Welge's (the words after the name are no relative clause: no finite verb closes them)."""
    toks, lex = ctx.tokens, ctx.lex
    first_comma = next((x for x in range(lo, cs - 1) if toks[x].text == "," and not toks[x].quoted), None)
    if first_comma is None or first_comma < lo + 3 or toks[cs - 1].quoted:
        return None
    aux = next((a for a in range(lo + 1, first_comma) if toks[a].low in lex.auxiliaries and toks[a].text == toks[a].low
                and not toks[a].quoted), None)
    if aux is None or any(t.quoted or t.text in {",", ":", ";"} or (t.low in lex.auxiliaries and t.text == t.low)
                          for t in toks[cs:k]):
        return None
    f = toks[lo]
    if not (f.low in lex.prepositions or f.low in lex.skippable or f.low in DE_CAPITALISED_ADVERBS
            or f.low in lex.fronted_adverbs or f.low in lex.time_words):
        return None  # (the prefield an adverbial, not the subject: "Die VKA hat eine Präsidentin, Karin Welge, die …")
    subj = clause_subject(toks, aux + 1, first_comma, lex)
    if subj is None or subj.kind == "pronoun" or toks[subj.first].low in lex.object_articles:
        return None
    return _de_apposed_name(ctx, subj, first_comma, k, cs - 2)


def _de_apposed_name(ctx: QuoteContext, subj: Mention, first_comma: int, k: int, last: int) -> Mention | None:
    """German: the subject subj (a description with an article, closing before first_comma) with the name in apposition
    after it, when that name ends at last (round 35's w2 and round 45's detarif)."""
    toks, lex = ctx.tokens, ctx.lex
    if subj.end != first_comma - 1 or toks[subj.first].low not in lex.determiners:
        return None
    ap = de_appositive_name(toks, first_comma - 1, k, lex, title=any(
        lex.is_title(t.text) for t in toks[subj.first:first_comma]))
    return Mention(subj.first, ap.last, "name") if ap is not None and ap.last == last else None


#: (round 43, despans) German prepositions that are also conjunctions ("Seit Monaten hat …" / "Seit er im Amt ist")
_DE_PREPOSITION_CONJUNCTIONS = frozenset({"seit", "während", "bis"})


#: (round 43, deverkehr) nouns counting occasions: "Zwei Mal hat die Gewerkschaft …", "Mehrere Male hatte Verdi …"
_DE_OCCASION_NOUNS = frozenset({"mal", "male"})


def _de_fronted_ab_or_times(toks: list, cs: int, m: Mention) -> bool:
    """German (round 43, deverkehr): mention m before the auxiliary is a fronted adverbial, no subject: a preposition
    "Ab" that the list of prepositions lacks (it is also a verb's particle) opening the clause ("Ab Mittwoch hat die GDL
    zum Streik aufgerufen", the speaker was "Ab"), or a count of occasions ("Schon zwei Mal hat Verdi …", "Drei Mal hat
    die Gewerkschaft …", the speaker was "Mal")."""
    f = toks[m.first]
    if f.quoted or toks[m.last].quoted:
        return False
    return (m.first == cs and f.text == "Ab" and m.last == m.first) or (
        m.end == m.last and toks[m.last].low in _DE_OCCASION_NOUNS and toks[m.last].is_cap)


def _de_time_phrase(ctx: QuoteContext, m: Mention) -> bool:
    """German (round 41, deimpersonal): mention m is a fronted time phrase, an adjective or a determiner and a time noun
    ("Letzte Woche", "Vergangenes Jahr", "Diese Woche"), no subject: "Letzte Woche kann man sagen, dass …" (the speaker
    was "Letzte Woche")."""
    toks = ctx.tokens
    if m.last != m.first + 1 or m.end != m.last or toks[m.first].quoted or toks[m.last].quoted:
        return False
    head, mod = toks[m.last].low, toks[m.first].low
    return (head in DE_TIME_MEASURES or head in ctx.lex.time_words) and (
        mod in ctx.lex.determiners or mod.endswith(DE_ADJECTIVE_ENDINGS)) and toks[m.first].is_cap


#: German demonstratives that are the subject when they alone stand before the auxiliary ("Der habe dann
#: Entwarnung gegeben", "Dieser hat … bestätigt")
_DE_DEMONSTRATIVE_SUBJECTS = frozenset({"der", "dieser", "jener", "die", "diese", "jene"})


#: (round 41, enbodies3) plural nouns of states and governments that speak as a body before an apposition between dashes
#: ('"…," the three countries — known as the E3 — said' had no speaker)
_EN_BODY_PLURALS = frozenset({"countries", "nations", "powers", "governments", "allies"})


#: English dashes that enclose an apposition ("Rahul Gandhi - leader of the Congress party - told")
_EN_DASHES = frozenset({"-", "–", "—", "--"})


def _en_dash_apposition_head(ctx: QuoteContext, dash: int, lo: int) -> Mention | None:
    """(round 34) The subject before an apposition between two dashes that ends right before the cue:
    "But Rahul Gandhi - leader of the opposition Congress party - told reporters that …", "two security
    sources—one in Doha and another in Cairo—said …" (both reported nothing). The segment holds no verb
    of its own (no auxiliary, no cue in use) and the subject opens its clause (after a conjunction or a
    fronted adverb and its comma at most)."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[dash].text == "-" and dash - 1 > lo and toks[dash - 1].text == "-" and toks[dash - 1].end == toks[dash].start:
        dash -= 1  # (round 41, enbriefings2) a dash typed as two hyphens: "the E3 -- Britain, France and Germany -- said"
    op = next((x for x in range(dash - 1, max(lo, dash - 25), -1) if toks[x].text in _EN_DASHES), None)
    if op is not None and toks[op].text == "-" and op - 1 > lo and toks[op - 1].text == "-" and toks[op - 1].end == toks[op].start:
        op -= 1
    if op is None or op <= lo or dash - op < 3 or toks[op].quoted:
        return None
    if any(t.quoted or t.text in (";", ":", ".") or (t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.cue_verbs))
           for t in toks[op + 1 : dash]):
        return None
    m = mention_before(toks, op, lo, lex)
    if m is None or m.end != op - 1 or m.kind in ("relative", "pronoun"):
        return None
    head = next((x - 1 for x in range(m.first + 1, m.last + 1) if toks[x].low in lex.postmodifiers
                 and toks[x].text == toks[x].low), m.last)
    w = toks[head].low
    if not (toks[head].is_cap or lex.is_title(w) or w in lex.org_heads or w in _EN_PEOPLE_NOUNS
            or w.endswith(("man", "men", "woman", "women", "person")) or (w.endswith("s") and lex.is_title(w[:-1]))
            or w.endswith(("ers", "ors", "ists", "ysts", "ats"))  # (plural agents: "officers", "analysts", "diplomats")
            or w in _EN_BODY_PLURALS):
        return None  # a person, a body or a group speaks: not "The timing of this action - right after the vote - suggests"
    if m.first - 2 >= lo and (toks[m.first - 1].quoted and not toks[m.first - 1].is_word
                              or toks[m.first - 1].text == "," and toks[m.first - 2].quoted):
        return m  # (round 41, enbriefings2) right after a quotation: '"…," France, Britain and Germany — the so-called
        # E3 — said in a joint statement', '"…," Smith - a veteran diplomat - said' (no speaker, no cue)
    if not all(t.text == "," or (t.text == t.low or x == lo) and (
            t.low in lex.coordinators or t.low in lex.skippable or t.low.endswith("ly") or t.low in ("however", "meanwhile"))
            for x, t in enumerate(toks[lo : m.first], lo)):
        return None
    return m


def _impersonal_source(ctx: QuoteContext, c: Cue, lo: int, hi: int) -> Mention | None:
    """The source phrase next to the "es" of an impersonal report: after it ("hieß es aus
    Sicherheitskreisen", "heißt es in einer Mitteilung des Ministeriums") or between it and a
    final verb ("wie es in der Erklärung hieß")."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.last + 1
    es_first = c.first - 1 >= lo and toks[c.first - 1].text == "Es" and (c.first - 1 == lo or toks[c.first - 2].text in {
        ",", ":", ";"}) and toks[c.first].low in lex.impersonal_cues and k < hi and toks[k].low != "es"
    # (round 48, deleft5) a trailing "steht"/"stand" needs no "es": "„…“, steht in dem Bericht." (no speaker; the cue
    # only before a document that ends the sentence, quote_cues._de_document_after)
    stand = lex.lang == "de" and toks[c.first].low in _DE_STAND and c.first - 1 >= lo \
        and toks[c.first - 1].text == "," and k < hi and toks[k].low in ("in", "im")
    if k < hi and (toks[k].low == "es" or es_first or stand):
        # (round 47, dewritten) also "Es" before the verb: "Es heißt in dem Bericht, …" (no speaker)
        if not es_first and not stand:
            k += 1  # "heißt es in dem Bericht"
        while k < hi and (toks[k].low in lex.time_words or toks[k].low in lex.skippable or (
                # (round 35) "heißt es unter anderem in der Erklärung des Verbands" (no speaker)
                toks[k].low == "unter" and k + 1 < hi and toks[k + 1].low == "anderem")):
            k += 2 if toks[k].low == "unter" else 1
        if k < hi and toks[k].low in lex.source_prepositions | lex.trailing_source_prepositions and toks[k].text == toks[k].low:
            if k + 1 < hi and toks[k + 1].low in lex.impersonal_not_sources:
                return None  # (round 35) a reference, no source: "heißt es dazu in Anspielung auf die Wahl" ("Anspielung")
            if toks[k].low == "von" and k + 2 < hi and toks[k + 1].text == "Seiten" and toks[k + 2].low in ("der", "des"):
                k += 1  # (round 42, depolice) "hieß es von Seiten der Verteidigung" is "seitens" (the source was "Seiten")
            np = np_forward(toks, k + 1, hi, lex, bare=True)
            if np is None and lex.lang == "de":
                np = _de_quoted_paper_after(toks, k, hi, lex)
            return np
        if k + 1 < hi and toks[k].low == "auf" and toks[k].text == "auf" and lex.lang == "de" and not toks[k].quoted \
                and toks[k + 1].low not in ("anfrage", "nachfrage", "frage", "fragen", "nachfragen"):  # (on request)
            # a web page or a channel: "…, hieß es auf der Homepage des Vereins", "…, hiess es auf SRF News" (round 21)
            np = np_forward(toks, k + 1, hi, lex, bare=True)
            if np is not None and np.end == np.last and lex.impersonal_sign_endings \
                    and toks[np.last].low.endswith(lex.impersonal_sign_endings):
                return None  # (round 54, deleft) a slogan on signs without an owner: "„Keine Experimente“, hieß es auf
                # den Plakaten" (was "Plakaten"); "auf den Transparenten der Demonstranten" keeps its phrase
            return np
        return None
    e = next((x for x in range(c.first - 1, max(lo, c.first - 9) - 1, -1) if toks[x].low == "es"), None)
    if e is not None and e + 1 < c.first and toks[e + 1].low in lex.source_prepositions:
        return np_forward(toks, e + 2, c.first, lex, bare=True)
    heard = toks[c.first].low in lex.heard_cues and c.first - 1 > lo and toks[c.first - 1].text == "zu"
    if (toks[c.first].low in _DE_ES_LESS or heard) and toks[c.first].text == toks[c.first].low:
        # (round 26) "verlautete" needs no "es": "…, verlautete aus Regierungskreisen", "Wie aus Regierungskreisen
        # verlautete, …" (nothing was reported); (round 36, v1) nor "zu hören": "…, war aus Regierungskreisen zu hören"
        k = _de_skip_time(ctx, k, hi)  # (round 34, w2b) "Dies verlautete am Freitag aus Sicherheitskreisen"
        if k < hi and toks[k].text == "aus":
            return np_forward(toks, k + 1, hi, lex, bare=True)
        end = c.first - 1 - heard  # the last token before the verb ("zu" before "hören")
        preps = lex.heard_source_prepositions if heard else ("aus",)
        a = None if e is not None else next((x for x in range(end, max(lo, c.first - 8) - 1, -1)
                                             if toks[x].low in preps and toks[x].text == toks[x].low), None)
        if heard and a is None and e is None and toks[lo].low in preps and toks[lo].text[:1].isupper():
            a = lo  # a fronted source: "Aus Diplomatenkreisen war zu hören, …"
            end = next((x - 1 for x in range(lo + 1, end + 1) if toks[x].low in lex.state_passive_auxiliaries), end)
        if a is not None and a + 1 <= end and not any(t.quoted or not t.is_word for t in toks[a + 1 : end + 1]):
            np = np_forward(toks, a + 1, end + 1, lex, bare=True)
            if np is not None and np.end == end:
                return np
    return None


#: (round 41, deimpersonal) prepositions of a body after "man" ("versicherte man im Ministerium", "betonte man bei der
#: Polizei", "hieß es seitens der Stadt"); "in" only before an article ("sagte man in der Staatskanzlei", not "in Berlin")
_DE_MAN_SOURCE_PREPOSITIONS = frozenset({"im", "bei", "beim", "seitens", "in"})


def _de_man_source(ctx: QuoteContext, c: Cue, hi: int) -> Mention | None:
    """German (round 41, deimpersonal): the body after the generic "man" of a trailing attribution, as for a fronted one
    ("Im Rathaus betonte man, …"): "…, versicherte man im Büro des Ministers", "…, betonte man bei der Polizei" (no
    speaker). Only a speaking body (`speaking_bodies`, `feminine_bodies`), a circle (`circle_heads`: "im Umfeld des
    Ministers") or, after "im", a noun with a genitive ("im Büro des Ministers"); not a place or an event ("in Berlin",
    "bei der Pressekonferenz")."""
    toks, lex = ctx.tokens, ctx.lex
    k = c.last + 1
    if k >= hi or toks[k].low != "man" or toks[k].quoted:
        return None
    k += 1
    while k < hi and toks[k].text == toks[k].low and not toks[k].quoted and (
            toks[k].low in lex.time_words or toks[k].low in lex.skippable or toks[k].low in ("uns", "mir")):
        k += 1
    if k + 1 >= hi or toks[k].text != toks[k].low or toks[k].quoted or toks[k].low not in _DE_MAN_SOURCE_PREPOSITIONS \
            or (toks[k].low == "in" and toks[k + 1].low not in ("der", "dem")):
        return None
    np = np_forward(toks, k + 1, hi, lex, bare=True)
    if np is None:
        return None
    head = toks[np.last]
    if head.quoted or not head.is_cap or head.low in lex.event_heads:
        return None
    if head.low.endswith(lex.speaking_bodies) or head.low.endswith(lex.feminine_bodies) or head.low in lex.circle_heads \
            or (toks[k].low == "im" and np.end > np.last and toks[np.last + 1].low in ("des", "der")):
        return np
    return None


def _de_quoted_paper_after(toks, k: int, hi: int, lex) -> Mention | None:
    """German (round 37, w3): a paper's name in quotation marks after the preposition at k of an impersonal report,
    with its article or after "im"/"beim": "heißt es in der „Neuen Zürcher Zeitung“", "hieß es im „Spiegel“" (no
    speaker)."""
    a = k + 1
    if a < hi and toks[a].low in ("der", "dem", "des", "die", "den", "das") and toks[a].text == toks[a].low \
            and not toks[a].quoted:
        a += 1
    elif toks[k].low not in ("im", "beim"):
        return None
    if a + 2 >= hi or not toks[a].quoted or toks[a].is_word:
        return None
    x = a + 1
    while x < hi and x <= a + 6 and toks[x].quoted and toks[x].is_word:
        x += 1
    if x >= hi or x == a + 1 or not toks[x].quoted or toks[x].is_word or not toks[a + 1].is_cap:
        return None
    return Mention(k + 1, x, "name")


def _de_skip_time(ctx: QuoteContext, k: int, hi: int) -> int:
    """The first token from k on that is no time word or skippable adverb ("am Freitag", "zuvor"), at most the last
    token before hi; k itself when k is not before hi."""
    toks, lex = ctx.tokens, ctx.lex
    j = k
    while j < hi - 1 and not toks[j].quoted and (toks[j].low in lex.time_words or toks[j].low in lex.skippable):
        j += 1
    return j if j < hi else k


#: German impersonal cues that report without "es" ("Wie aus Regierungskreisen verlautete, …")
_DE_ES_LESS = frozenset({"verlautete", "verlautet", "verlauteten"})


def _coordinated_clause(ctx: QuoteContext, cs: int, k: int) -> bool:
    """Tokens cs..k-1 after a coordinator are the subject of cue k, a clause of its own: "…
    bestritten und die Regierung erklärte …" (an article, the noun phrase, then the verb); not a
    coordinated noun phrase ("Die Regierungen von Deutschland und Frankreich haben …") or a
    hyphenated compound ("Fraktions- und Parteivorsitzenden betont")."""
    toks, lex = ctx.tokens, ctx.lex
    if not 0 < cs < k or toks[cs - 1].low not in lex.coordinators or toks[cs - 1].text != toks[cs - 1].low:
        return False
    if toks[cs].low not in lex.determiners:
        # (round 36, v4) also a quantifier or a name when the clause before the coordinator has a finite verb of its
        # own: "Es war ein schönes Fest und viele sprachen den Wunsch aus, …", "Der Saal war voll und Bürgermeister Karl
        # Brandt sagte, …" (the speaker was the first clause's subject)
        if not ((toks[cs].low in lex.quantifier_pronouns or (toks[cs].is_cap and toks[cs].is_word and not toks[cs].quoted))
                and (toks[k].low.endswith(("te", "ten")) or toks[k].low in lex.past_verbs)):
            return False  # (review: the past verb had made any word at cs a subject)
        start = next((x for x in range(cs - 2, -1, -1) if toks[x].text in {",", ";", ":", ".", "!", "?"} or toks[x].quoted), -1) + 1
        if not any(t.is_word and t.text == t.low and not t.quoted and (t.low in lex.auxiliaries or t.low in lex.past_verbs)
                   for t in toks[start : cs - 1]):  # (review: from the clause's first word, as in round 29's twin)
            return False
    if toks[k].text == toks[k].low and (k + 1 >= len(toks) or toks[k + 1].text in {".", ",", "!", ";"}) \
            and not (toks[k].low.endswith(("te", "ten")) or toks[k].low in lex.past_verbs) and any(
            t.low in lex.auxiliaries and t.text == t.low and not t.quoted
            for t in toks[next((x for x in range(cs - 1, -1, -1) if toks[x].text in {",", ";", ":", ".", "!", "?"}), -1) + 1 : cs - 1]):
        # (round 29) a participle whose auxiliary stands before the "und": the noun phrase is the second object ("Michel
        # hat die Anschläge auf den Flughafen und die Metrostation verurteilt" had "die Metrostation" as speaker; round 36,
        # v4: not a finite past, "Das Wetter war gut und der Vorsitzende sagte, …" had "Das Wetter")
        return False
    np = np_forward(toks, cs, k, lex)
    return np is not None and np.end == k - 1


#: German strong participles of cues that form their perfect with "haben", so "sein" + participle is a state
#: passive ("Die Bürger sind aufgerufen, Wasser zu sparen": the citizens are not the speaker)
_DE_STATE_PASSIVE_STRONG = frozenset({"aufgerufen", "gebeten", "zurückgewiesen", "hingewiesen", "vorgeworfen"})


#: English nouns of a proposition that cannot speak, which open the writer's comment after a report ("…, a
#: charge the Kremlin denies", "…, an accusation officials rejected")
_EN_COMMENT_NOUNS = frozenset({"accusation", "charge", "claim", "allegation", "assertion", "contention", "belief",
                               "view", "opinion", "notion", "suggestion"})


#: German time nouns before an agent ("wurde Anfang Mai von einem Sprecher bestätigt"): no postmodified noun
_DE_MONTHS = DE_MONTHS | {"jänner", "jahr", "jahres", "monat", "monats", "woche", "tag"}


def _de_passive_agent(ctx: QuoteContext, cs: int, k: int) -> Mention | None:
    """German: the agent of a passive cue at token k, a von-phrase in its clause before the participle
    ("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt", "vom Sprecher kritisiert")."""
    toks, lex = ctx.tokens, ctx.lex
    # (round 45, deleftovers2) a cue of "berichten von" closing its sentence has no content after it: a von-phrase
    # before it is its topic, no agent ("An allen Frontabschnitten wurde von schwerem Artilleriefeuer berichtet.");
    # a fronted "Von X" before the auxiliary may still be the agent ("Von Anwohnern wurde von Schüssen berichtet.")
    topic_end = toks[k].low in lex.topic_von_cues and (k + 1 >= len(toks) or (
        toks[k + 1].text in (".", "!", ";") and not toks[k + 1].quoted))
    if toks[cs].text in ("Von", "Vom") and k + 2 < len(toks) and ((toks[k + 1].text == "," and not toks[k + 1].quoted
                                                                   and toks[k].low not in lex.topic_von_cues) or (
            topic_end and any(toks[j].low in ("von", "vom") and toks[j].text == toks[j].low for j in range(cs + 1, k)))):
        # (round 36, v1) a fronted agent before the content: "Von unterrichteter Seite wurde erklärt, …", "Vom
        # Ministerium wurde betont, …" (not the topic of "berichtet": "Von einer Brandgefahr wird berichtet")
        np = np_forward(toks, cs + 1, k, lex, bare=True) if toks[cs].text == "Vom" else mention_after(
            # (round 53, auditde3) "Von Seiten der Stadt wurde betont, …" is "seitens" (was no speaker)
            toks, cs + 1 if toks[cs + 1].text == "Seiten" and toks[cs + 2].low in ("der", "des") else cs, k, lex)
        if np is not None and np.end + 1 < k and toks[np.end + 1].low in lex.passive_auxiliaries \
                and toks[np.end + 1].text == toks[np.end + 1].low:
            return np
    for j in range(k - 1, cs, -1):
        t = toks[j]
        if t.quoted or t.text in {",", ";", ":"}:
            return None
        if t.low in ("von", "vom") and t.text == t.low:
            if topic_end:
                continue
            if j - 1 > cs and toks[j - 1].is_cap and toks[j - 1].is_word and not toks[j - 1].quoted \
                    and toks[j - 1].low not in lex.determiners and not lex.is_first_name(toks[j - 1].text) \
                    and toks[j - 1].low not in ctx.ents.by_surname and toks[j - 1].low not in lex.time_words \
                    and toks[j - 1].low not in _DE_MONTHS and not (
                        # (round 36, v1) a place after its preposition: "wurde in Bonn von unterrichteter Seite erklärt"
                        toks[j - 2].low in ("in", "aus") and toks[j - 2].text == toks[j - 2].low):
                continue  # a noun's postmodifier, no agent: "wird Geheimnisverrat und Unterstützung von Terrorgruppen vorgeworfen"
            np = np_forward(toks, j + 1, k, lex, bare=True) if t.low == "vom" else mention_after(toks, j, k, lex)
            return np
    if toks[k].low in ("berichtet", "gemeldet", "mitgeteilt"):
        a = next((j for j in range(cs + 1, k - 1) if toks[j].text == "aus" and toks[j + 1].is_cap and not toks[j + 1].quoted), None)
        if a is not None and all(t.is_word and not t.quoted and (t.is_cap or t.low in ("und", "sowie") or t.low in lex.determiners)
                                 for t in toks[a + 1 : k]):
            # (round 29) a place or a circle the report comes from: "Von einer hohen Brandgefahr wird auch aus Bonn und dem
            # Rhein-Sieg-Kreis berichtet"
            return Mention(a + 1, k - 1, "description")
    return None


def _fronted_source(ctx: QuoteContext, cs: int, k: int) -> Mention | None:
    """A prepositional phrase opening the clause names the source of an impersonal or passive
    report: "In einer Erklärung des Präsidenten heißt es", "Bei der Fahrzeuginnung geht man davon
    aus", "In einer Pressemitteilung wird gefordert"."""
    toks, lex = ctx.tokens, ctx.lex
    if cs + 1 < k and (toks[cs].low in lex.skippable or toks[cs].low == "so") and not toks[cs].quoted:
        # an adverb first, and the auxiliary: "Auch in dem Bericht heißt es", "So wird in einer
        # Pressemitteilung … gefordert, dass …"
        cs += 2 if cs + 2 < k and toks[cs + 1].low in lex.auxiliaries else 1
    if cs < k and (toks[cs].low in lex.source_prepositions or (
            # "Vom Büro des Landesrates heißt es": vom/von only before "heißt es" (not "Von den Hunden
            # verspricht man sich …")
            toks[cs].low in lex.trailing_source_prepositions and toks[k].low in lex.impersonal_cues)):
        np = np_forward(toks, cs + 1, k, lex, bare=True)
        if np is not None and np.last == np.end and toks[np.last].low != "zeit" and (  # (not the paper: "In der Zeit")
                toks[np.last].low in DE_TIME_MEASURES or toks[np.last].low in _DE_NOT_SOURCE_HEADS
                # (round 37, w4) nor a part of the day or a compass direction: "In den frühen Morgenstunden wurden erste
                # Gewitter gemeldet", "Aus dem Süden wurden Überschwemmungen gemeldet" (the speakers were the nouns)
                or toks[np.last].low in lex.not_source_heads or toks[np.last].low in lex.time_words):
            return None  # (round 34) a time or manner phrase names no source: "In der Vergangenheit betonte man, …",
            # "In den vergangenen Wochen hieß es, …", "In der Regel geht man davon aus, …" (the speaker was the noun)
        if np is not None and toks[cs].low in ("bei", "beim") and toks[np.last].low in lex.event_heads:
            return None  # (round 36, g2) an event names no source: "Bei der Festnahme wurde … festgestellt"
        if np is not None:
            return np
    return None


#: (round 34) heads of a fronted time or manner phrase, no source of an impersonal report
_DE_NOT_SOURCE_HEADS = frozenset({"vergangenheit", "zukunft", "zwischenzeit", "regel", "folge", "praxis", "tat",
                                  "wirklichkeit", "realität", "vorfeld", "nachhinein", "grunde", "prinzip", "moment",
                                  "augenblick", "gegenzug", "endeffekt"})


def _de_sowohl_at(ctx: QuoteContext, left: Mention, lo: int) -> int | None:
    """German (round 48, descare): the index of the "sowohl" opening the clause at lo right before (or as the first word
    of) the mention left, the first conjunct of "sowohl … als auch …"; else None."""
    toks = ctx.tokens
    if toks[left.first].low == "sowohl" and left.first < left.last and not toks[left.first].quoted:
        sw = left.first
    elif left.first - 1 >= lo and toks[left.first - 1].low == "sowohl" and not toks[left.first - 1].quoted:
        sw = left.first - 1
    else:
        return None
    return sw if sw == lo or (not toks[sw - 1].is_word and toks[sw - 1].text in {",", ":", ";"}) else None


def _de_list_before(ctx: QuoteContext, k: int, lo: int) -> Mention | None:
    """German: the noun phrase before the "und"/"sowie" at token k, with the phrases of a list before it joined by commas
    ("Die Außenminister Frankreichs, Italiens und Österreichs erklärten"); None when none ends there."""
    toks, lex = ctx.tokens, ctx.lex
    left = mention_before(toks, k, lo, lex)
    while left is not None and left.first - 2 >= lo and toks[left.first - 1].text == "," and not toks[left.first - 1].quoted:
        more = mention_before(toks, left.first - 1, lo, lex)
        if more is None or more.end != left.first - 2 or more.kind == "pronoun":
            break
        left = Mention(more.first, left.last, left.kind, left.span_last)
    return left


def _de_coordinated_body_head(ctx: QuoteContext, head: Mention, lo: int) -> Mention | None:
    """German (round 43, deleftovers): the head of a subject with a postmodifier ("die Deutsche Gesellschaft" of "… für
    Kardiologie") after "und"/"sowie" and one or more noun phrases opening the clause before a plural verb ("Die DGIM und
    die Deutsche Gesellschaft für Kardiologie warnen, dass …", "Der Hausärzteverband, die DKG und die Gesellschaft für
    Pflege fordern": nothing was reported): the whole list up to the head, else None."""
    toks, lex = ctx.tokens, ctx.lex
    left = _de_list_before(ctx, head.first - 1, lo)  # (a list: "Der Verband, die DKG und die Gesellschaft für …")
    if left is not None and left.first - 2 > lo and toks[left.first - 1].text == "für" and not toks[left.first - 1].quoted \
            and (body := mention_before(toks, left.first - 1, lo, lex)) is not None and body.end == left.first - 2:
        left = Mention(body.first, left.last, body.kind, left.span_last)  # its own "für" phrase: "Die Deutsche
        # Gesellschaft für Innere Medizin und die Deutsche Gesellschaft für Kardiologie warnen"
    if left is None or left.end != head.first - 2 or left.kind == "pronoun" or not _prefield(ctx, left, lo) \
            or toks[left.first].low in lex.object_articles or not toks[left.end].is_cap:
        return None
    return Mention(left.first, head.end, head.kind)


def _prefield(ctx: QuoteContext, m: Mention, lo: int) -> bool:
    """The mention starts its clause (sentence start, or after a comma/colon and an optional
    subordinator: "…, wie die Polizei mitteilte"), so it can be the subject before the verb."""
    toks, lex = ctx.tokens, ctx.lex
    j = m.first - 1
    while j >= lo and j >= m.first - 2 and toks[j].low in lex.skippable and toks[j].low not in lex.auxiliaries:
        j -= 1  # a focus particle belongs to the phrase: "Auch die Ministerin äußerte" (an auxiliary is a verb:
        # "Dass …, sei ein Beweis …, sagte X" has no subject "ein Beweis")
    if lex.lang == "de":
        g = j
        while g > lo and g > j - 2 and toks[g].is_word and toks[g].text == toks[g].low and not toks[g].quoted \
                and toks[g].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[g].low not in lex.determiners \
                and toks[g].low not in lex.stopwords and toks[g].low not in lex.cue_verbs:
            g -= 1
        if g >= lo and toks[g].is_cap and toks[g].is_word and not toks[g].quoted and len(toks[g].text) > 3 \
                and toks[g].text.endswith("s") and not toks[g].text.endswith("ss") and (
                    g == lo or toks[g - 1].text in {",", ":", ";"}) and toks[g].low not in lex.determiners \
                and toks[g].low not in lex.prepositions and toks[g].low not in lex.skippable \
                and toks[g].low not in lex.time_words and toks[g].low not in _DE_S_ADVERBS:
            j = g - 1  # (round 29) a genitive name and adjectives before the subject: "Deutschlands oberster
            # Verbraucherschützer Klaus Müller begrüßte die Erhöhung", "Sachsens Wirtschaftsminister Martin Dulig
            # kritisierte das Ergebnis" (the object was the speaker)
    while j - 1 >= lo and toks[j].text == "." and toks[j - 1].end == toks[j].start and toks[j - 1].is_cap \
            and (lex.is_title(toks[j - 1].text + ".") or (
                toks[j - 1].text in lex.cased_titles and toks[j - 1].low in lex.abbreviations)):
        j -= 2  # (round 29) an abbreviated title before the name: "Dr. Kurt Schumacher kritisierte die Politik des
        # Kanzlers" (the object was the speaker)
        if lex.lang == "de" and j >= lo and j >= m.first - 5 and toks[j].is_cap and toks[j].is_word and not toks[j].quoted \
                and lex.is_title(toks[j].text):
            j -= 1  # (round 35, de5) a role before the academic title: "Rektorin Dr. Ingeborg Mühldorfer begrüßte die
            # Studierenden" (the object was the speaker)
            if j >= lo and toks[j].text in ("Der", "Die", "der", "die") and (j == lo or toks[j - 1].text in {",", ":", ";"}):
                j -= 1
    if lex.lang == "de" and j - 2 >= lo and toks[j].text == "und" and toks[j - 1].is_cap and toks[j - 1].is_word \
            and not toks[j - 1].quoted and (lex.is_title(toks[j - 1].text) or toks[j - 1].low.endswith(_DE_ROLE_ENDINGS)) \
            and toks[j - 2].text in ("Der", "Die", "der", "die") and (
                j - 2 == lo or toks[j - 3].text in {",", ":", ";", "–", "—"}):
        j -= 3  # (round 34) two roles of one person: "Der Kindermediziner und DIVI-Vizepräsident Florian Hoffmann fordert
        # eine Ausweitung" (the object was the speaker)
    if j >= lo and toks[j].low in lex.clause_openers | lex.complementizers | lex.fronting | lex.coordinators:
        j -= 1
    return j < lo or toks[j].text in {",", ":", ";", "–", "—", "(", "„", "“", "»", "«", '"'} or toks[j].quoted


#: (round 34) German role nouns the title list may lack, before "und" and a second role ("Der Kinderarzt und Autor …")
_DE_ROLE_ENDINGS = ("arzt", "ärztin", "mediziner", "medizinerin", "forscher", "forscherin", "experte", "expertin",
                    "autor", "autorin", "wissenschaftler", "wissenschaftlerin", "professor", "professorin", "loge", "login")


#: (round 29) German words in -s that open a sentence and are no genitive name ("Seitens der Regierung", "Stets", "Nachts")
_DE_S_ADVERBS = frozenset({"seitens", "mittels", "namens", "zwecks", "abseits", "jenseits", "diesseits", "stets", "rechts",
                           "links", "nachts", "morgens", "abends", "mittags", "vormittags", "nachmittags", "montags",
                           "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags", "anfangs",
                           "eingangs", "bereits", "vorerst", "erstmals", "letztmals", "abermals", "mehrmals", "nochmals",
                           "allerdings", "jedenfalls", "keinesfalls", "andernfalls", "ebenfalls", "gegebenenfalls",
                           "bestenfalls", "schlimmstenfalls", "teils", "übrigens", "unterwegs", "rückwärts", "vorwärts",
                           "aufwärts", "abwärts", "neuerdings", "längs", "flugs", "eines", "des", "ihres", "seines"})


#: German demonstrative determiners of a fronted object ("Diese Ausführungen wollte Reusch …")
_DE_DEMONSTRATIVES = frozenset({"diese", "dieser", "dieses", "diesen", "solche", "solchen", "jene", "jenen"})


#: (round 34) German separable particles that may close a clause after its inverted subject ("wies Müller zurück")
_DE_CLOSING_PARTICLES = frozenset({"an", "ab", "aus", "zu", "zurück", "fest", "hinzu", "mit", "ein", "vor"})


def _de_final_name_subject(ctx: QuoteContext, m: Mention, lo: int, hi: int) -> Mention | None:
    """German: a clause whose fronted phrase names no one who speaks and that ends in a verb and a lone surname (maybe
    a particle after it): the surname is the subject, the fronted phrase the object ("Bundespolitische Ambitionen …
    verneinte Kretschmer.", "Sein Nein zu einer Koalition bekräftigt Voigt."; round 34: a quotation after such a
    sentence had "Bundespolitische" or "Sein Nein zu einer Koalition" as its speaker)."""
    toks, lex = ctx.tokens, ctx.lex
    e = hi - 1
    while e > lo and not toks[e].is_word:
        e -= 1
    if e - 2 > lo and toks[e].text in _DE_CLOSING_PARTICLES and not toks[e].quoted:
        e -= 1
    name, verb = toks[e], toks[e - 1]
    if e - 2 <= max(m.first, lo) or not name.is_cap or name.quoted or not name.is_word or name.low in lex.determiners \
            or name.low in lex.pronouns or name.low in lex.stopwords or lex.is_title(name.text) \
            or name.low.endswith(_DE_FEMININE_SUFFIXES) or not name.text[1:].replace("-", "").isalpha() \
            or not name.text[1:].islower() or len(name.text) < 3 \
            or not verb.is_word or verb.quoted or verb.text != verb.low or verb.low in lex.prepositions \
            or verb.low in lex.determiners or verb.low in lex.coordinators or verb.low in lex.stopwords \
            or verb.low in lex.skippable or verb.low in lex.auxiliaries or not verb.low.endswith(("t", "te", "e")):
        return None
    if name.low not in ctx.ents.by_surname and (toks[lo].low in lex.determiners or not toks[lo].text[:1].isupper()):
        return None  # an unknown word after the verb of a clause opened by an article: "Die Kanzlerin lobte Müller."
    pp = next((x for x in range(lo + 1, e - 1) if toks[x].text == toks[x].low and toks[x].low in lex.prepositions), e - 1)
    words = toks[lo:pp]  # (names in a prepositional phrase of the fronted object do not speak: "von Friedrich Merz")
    if any(_de_speaking_word(ctx, t) or lex.is_first_name(t.text) or t.low in lex.subject_pronouns
           or t.text in {",", ";", ":"} or t.quoted for t in words if not t.text == t.low or t.text in {",", ";", ":"}):
        return None
    if toks[lo].low in lex.anaphoric_objects or toks[lo].low in lex.quantifier_pronouns or toks[lo].low in lex.prepositions \
            or toks[lo].low in lex.skippable or toks[lo].low in lex.time_words:
        return None
    return Mention(e, e, "name")


def _de_own_run_surname(ctx: QuoteContext, t) -> bool:
    """(round 37, w1) word t is a "surname" only of the capitalised run it closes, a fronted object opened by one of
    `fronted_object_openers` ("Viel Redezeit" gave the surname "redezeit"), and no title or speaking body."""
    full = ctx.ents.by_surname.get(t.low)
    return full is not None and full.split()[0].lower() in ctx.lex.fronted_object_openers and not ctx.lex.is_title(t.text) \
        and not t.low.endswith(ctx.lex.speaking_bodies)


def _de_subject_after_fronted_object(ctx: QuoteContext, m: Mention, hi: int) -> Mention | None:
    """German (round 37, w1): the subject after a fronted object m that names no one who speaks: the finite verb (singular),
    then "er" or the surname of a person named in full before ("Viel Redezeit verwendete Weidel darauf, …", "Seine Rede
    nutzte er für …"); None when m may speak (a title, a name, a body, a person noun) or no such subject follows."""
    toks, lex = ctx.tokens, ctx.lex
    v = m.end + 1
    verb, s_ = toks[v], toks[v + 1]
    if verb.quoted or not verb.is_word or verb.text != verb.low or verb.low.endswith("n") or s_.quoted:
        return None
    if any(t.is_cap and ((_de_speaking_word(ctx, t) and not _de_own_run_surname(ctx, t)) or lex.is_first_name(t.text)
                         or de_person_noun(t.low, "der") or de_person_noun(t.low, "die")) for t in toks[m.first + 1 : m.end + 1]):
        return None
    if s_.text == "er":
        return Mention(v + 1, v + 1, "pronoun")
    full = ctx.ents.by_surname.get(s_.low)
    if s_.is_cap and full and " " in full and full.split()[-1] == s_.text and person_name(full, lex, ctx.ents) \
            and (v + 2 >= hi or not toks[v + 2].is_cap):
        return Mention(v + 1, v + 1, "name")
    return None


def subject_attribution(ctx: QuoteContext, lo: int, hi: int, any_subject: bool = False) -> Attribution | None:
    """The subject of tokens[lo:hi] as an attribution without a cue (English: only a person the
    article names, or he/she, unless `any_subject`)."""
    toks, lex = ctx.tokens, ctx.lex
    colons = [k for k in range(lo, hi - 1) if toks[k].text == ":" and not toks[k].quoted]
    if colons:  # "Europapolitik: Die SPD will …": the clause after a heading
        lo = colons[-1] + 1
    m = None
    if lex.lang == "de":
        if lo + 2 < hi and toks[lo].low in lex.coordinators and not toks[lo].quoted and toks[lo].text == toks[lo].low.capitalize():
            lo += 1  # (round 34) a conjunction opening the sentence is no subject: "Doch er will nichts gewusst haben: „…“"
        if (toks[lo].low in lex.clause_openers and toks[lo].low not in lex.determiners) or (
                toks[lo].low in ("was", "wer", "ob", "warum", "weshalb", "wann") and toks[lo].text[:1].isupper()):
            # (also an indirect question first: "Was die Mischung enthält, konnte ein Polizeisprecher nicht sagen")
            # a subordinate clause first ("Da alle vom Triple sprechen, bemüht der Trainer …"): the main clause
            comma = next((k for k in range(hi - 1, lo, -1) if toks[k].text == "," and not toks[k].quoted), None)
            if comma is not None:
                lo = comma + 1
        if toks[lo].low == "für" and hi - 1 > lo and toks[hi - 1].low in ("fest", "klar") and toks[hi - 1].text == toks[hi - 1].low:
            # a view: "Für Caren Lay von der Linken stand fest: „…“", "Für die Gewerkschaft ist klar: „…“"
            held = mention_after(toks, lo, hi, lex)
            if held is not None and held.kind != "pronoun":
                recent = ctx.last.name if ctx.last else None
                name = canonical(held, toks, ctx.ents, lex, continuing=recent)
                if name:
                    return Attribution(name, (toks[held.first].start, toks[held.end].end), None)
        # a person named in the clause speaks: "Trotzdem mahnt RB-Trainer Ralph Hasenhüttl zur Gelassenheit:" (not
        # one inside a subordinate clause between commas: "Auf die Frage, ob morgen Roman Weidenfeller im Tor steht,
        # weicht der Coach aus:")
        inner = [(k, next((x for x in range(k + 1, hi) if toks[x].text == "," and not toks[x].quoted), hi))
                 for k in range(lo, hi - 1) if toks[k].text == "," and not toks[k].quoted and toks[k + 1].low in lex.clause_openers]
        # (round 34) not the object after a subject pronoun and its verb: "Er forderte Minister Karl Lauterbach auf,
        # zu handeln: „…“" (Lauterbach was the speaker)
        pron = (toks[lo].low in lex.subject_pronouns or toks[lo].text == "Sie") and lo + 1 < hi and toks[lo + 1].is_word \
            and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted
        person = next((p for p, name in ctx.ents.names if lo <= p < hi and person_name(name, lex, ctx.ents)
                       and not (pron and p > lo + 1)
                       and not any(a < p < b for a, b in inner)
                       and not _de_in_name_paren(toks, lo, p)
                       # (round 22) nor a preposition's object: "Er äußerte Skepsis gegenüber Christian Stocker. „…“"
                       and not (p > lo and toks[p - 1].low in lex.prepositions and toks[p - 1].text == toks[p - 1].low)), None)
        if person is not None:
            # (round 24: the name may close a text without a full stop; the look-ahead ran past the last token)
            # (merge review, round 35: over an academic title's full stop, "Ökonom Prof. Jens Südekum will …: „…“" was
            # "Ökonom Prof")
            m = mention_before(toks, next((k for k in range(person, hi) if k + 1 >= hi or (
                not toks[k + 1].is_cap and not de_title_stop(toks, k + 1, lex)) or toks[k + 1].quoted), person) + 1, lo, lex)
        if m is None:
            m = clause_subject(toks, lo, hi, lex)
        if m is not None and m.kind != "pronoun" and toks[m.first].low in _DE_DEMONSTRATIVES and m.end + 2 < hi:
            # (round 24) a fronted object with a demonstrative, then the verb and the lone surname of a person
            # named in full before: "Diese Ausführungen wollte Reusch nicht stehen lassen: „…“" (was "Diese
            # Ausführungen")
            v = m.end + 1
            s_ = toks[v + 1]
            full = ctx.ents.by_surname.get(s_.low)
            if toks[v].text == toks[v].low and s_.is_cap and not s_.quoted and full and full.split()[-1] == s_.text \
                    and " " in full and person_name(full, lex, ctx.ents) and (v + 2 >= hi or not toks[v + 2].is_cap):
                m = Mention(v + 1, v + 1, "name")
        if m is not None and m.kind != "pronoun" and m.first == lo and m.first < m.end and m.end + 2 < hi \
                and toks[m.first].low in lex.fronted_object_openers and toks[m.first].text[:1].isupper() \
                and (after := _de_subject_after_fronted_object(ctx, m, hi)) is not None:
            m = after  # (round 37, w1) "Seine Grundsatzrede hatte Söder für eine Abrechnung genutzt" (was "Grundsatzrede")
        if m is not None and m.kind != "pronoun" and m.first <= lo + 2 and m.end + 2 < hi \
                and (v := _de_verb_after(ctx, m.end + 1, hi)) is not None \
                and (after := _de_object_first(ctx, lo, v, lo, hi)) is not None:
            m = after  # (round 38, objfirst) "Auch das Datum verriet der 48-Jährige. Er wolle …" (was "Datum")
        if m is not None and m.kind != "pronoun" and toks[m.first].text in ("Das", "Dies") and m.first + 2 <= m.last \
                and toks[m.first + 1].text == toks[m.first + 1].low and toks[m.first + 1].low in lex.auxiliaries \
                and toks[m.first + 2].is_cap and not toks[m.first + 2].quoted:
            # (round 35, de5) the fronted object "Das", the auxiliary, then the subject: "Das hat Oberbürgermeisterin
            # Katharina Pötter jetzt nachgeholt. „…“" (the speaker's span opened at "Das")
            m = Mention(m.first + 2, m.last, m.kind, m.span_last)
        if m is None and inner and inner[-1][1] + 1 < hi:
            m = clause_subject(toks, inner[-1][1] + 1, hi, lex)  # the main clause after it: "…, weicht der Coach aus:"
        if m is not None and m.first == m.end == lo and m.kind != "pronoun" and lo + 2 < hi \
                and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted \
                and toks[lo + 2].text in ("er", "sie", "wir", "ich") and toks[lo].low not in ctx.ents.by_surname:
            # (round 22) a fronted word, then the verb and a subject pronoun: "Medial werde er sich erst … äußern"
            m = Mention(lo + 2, lo + 2, "pronoun")
        elif m is not None and m.kind != "pronoun" and m.first < m.end and m.end + 2 < hi and (m.first == lo or (
                m.first == lo + 1 and toks[lo].low in ("doch", "auch", "und", "aber"))) \
                and (k := _de_fronted_plural_object(ctx, m, hi)) is not None:
            # (round 42, defeatures) a fronted plural object, a verb in the singular, then "er"/"sie": the pronoun is
            # the subject ("Die Namen aller Pflanzen kennt sie genau. „…“", "Die Rosen schneidet er selbst." were
            # "Namen aller Pflanzen", "Rosen")
            m = Mention(k, k, "pronoun")
        if m is not None and m.first == m.end and toks[m.first].low in lex.speech_nouns:
            return None  # "Nachsatz: „…“", "Fazit: „…“": what is said, not who (the speaker before goes on)
        if m is not None and m.kind != "pronoun":
            m = _de_final_name_subject(ctx, m, lo, hi) or m
    else:
        m = sentence_subject(toks, lo, hi, lex)
    if m is None:
        return None
    recent = ctx.last.name if ctx.last else None
    if ctx.last is not None and ctx.last_sentence > 0 and lex.lang == "de" and m.first < ctx.sent_los[ctx.last_sentence]:
        si = bisect_right(ctx.sent_los, m.first) - 1
        if ctx.last_sentence > si:
            # (round 51, deleft20) a later sentence's speaker (the driver's passes after the last sentence) continues no
            # pronoun before it: "Anna Wiegand lebt im Dorf. Sie kennt jeden. »…« … Landrat Heiko Sommer sieht das
            # anders." gave the portrait's quotation, through "Sie", to Sommer; the speaker up to that sentence does
            recent = next((a.name for a in reversed(ctx.sent_attr[: si + 1]) if a is not None and a.name), None)
    name = canonical(m, toks, ctx.ents, lex, continuing=recent)
    if lex.lang == "en" and name and not any_subject and not (
            (m.kind == "pronoun" and toks[m.first].low in lex.person_pronouns)
            or name in ctx.ents.titles or name.split()[-1].lower() in ctx.ents.by_surname):
        # English: only a person the article names (or he/she) speaks without a cue; not "Oh, no.",
        # "That's really two questions." or "Friday, Dec. 6."
        return None
    return Attribution(name, (toks[m.first].start, toks[m.end].end), None) if name else None


def _de_in_name_paren(toks, lo: int, p: int) -> bool:
    """German (round 45, desports2): token p stands inside a parenthesis that follows the capitalised name opening the
    clause, the club or role of the name before it, no speaker ("Pál Dárdai (Trainer Hertha BSC): „…“" took "Hertha
    BSC" with the title "Trainer" as a person)."""
    if p <= lo + 2 or not toks[lo].is_cap or toks[lo].quoted:
        return False
    k = next((x for x in range(p - 1, lo, -1) if toks[x].text in ("(", ")")), None)
    return k is not None and k <= lo + 4 and toks[k].text == "(" and not toks[k].quoted \
        and all(t.is_cap and not t.quoted for t in toks[lo:k])


def _de_fronted_plural_object(ctx: QuoteContext, m: Mention, hi: int) -> int | None:
    """German (round 42, defeatures): mention m opens the clause with "die"/"diese" and a plural head in -en (not a
    feminine -in or a name), a finite verb in the third person singular (-t) follows it, then "er" or "sie": m is a
    fronted object and the pronoun the subject ("Die Rosen schneidet sie selbst"; a plural subject would take the
    plural verb, "Die Rosen schneiden sie"): the pronoun's index, else None."""
    toks = ctx.tokens
    head = toks[m.first + 1]
    if toks[m.first].low not in ("die", "diese") or toks[m.first].quoted or not head.is_cap or head.quoted \
            or not head.low.endswith("en") or head.low in ctx.ents.by_surname \
            or any(head.text in name.split() for _, name in ctx.ents.names):
        return None
    k = _de_verb_after(ctx, m.end + 1, hi)
    if k is None or k + 1 >= hi:
        return None
    v, p = toks[k], toks[k + 1]
    return k + 1 if v.low.endswith("t") and len(v.low) > 2 and p.text in ("er", "sie") and not p.quoted else None


def _de_testimony_cue(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 39, depronoun2): the verb cue c is a suspect's or witness's testimony (yaml `testimony_cues`: a form
    with the particles it needs later in its clause, "sagte … aus", "gab … an", or none, "gestand", "angegeben")."""
    toks, lex = ctx.tokens, ctx.lex
    w = toks[c.first]
    if w.quoted or w.text != w.low or w.low not in lex.testimony_cues:
        return False
    parts = lex.testimony_cues[w.low]
    if not parts:
        return True
    e = next((x for x in range(c.last + 1, hi) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), hi)
    return any(toks[x].low in parts and toks[x].text == toks[x].low and not toks[x].quoted for x in range(c.last + 1, e))


def _de_konjunktiv_perfect_cue(ctx: QuoteContext, c: Cue, m, lo: int) -> bool:
    """German (round 39, depronoun2): the participle cue c with its pronoun subject m after a Konjunktiv I auxiliary in
    its clause ("Zum Motiv habe er angegeben", "Außerdem habe er den Ermittlern gesagt"): a speech act reported by
    someone else, so not the reporter's own."""
    toks = ctx.tokens
    k = m.first - 1
    return c.first > m.first and k >= lo and toks[k].low in ("habe", "hätte") and toks[k].text == toks[k].low \
        and not toks[k].quoted


#: (round 53, de2left) a man's object pronouns in the sentence that reports about him ("hielt ihm … vor", "fragte ihn")
_DE_MAN_OBJECT_PRONOUNS = frozenset({"ihm", "ihn"})


def _de_addressed_man(ctx: QuoteContext, si: int, name: str | None) -> str | None:
    """German (round 53, de2left): the man an "er" in a Konjunktiv perfect report ("Damals habe er noch behauptet, …")
    stands for when the sentence before was reported by a woman (`name` unresolved or hers) and holds "ihm"/"ihn" (she
    addressed him, "Die Richterin hielt ihm eine Aussage vor"): the latest speaker before that sentence who is not she and
    not known to be a woman. None otherwise (a man reporting: "er" may be he)."""
    toks, lex = ctx.tokens, ctx.lex
    pa = ctx.sent_attr[si - 1]
    if pa is None or not pa.name or name not in (None, "er", pa.name) \
            or lex.name_gender(pa.name, ctx.ents.titles.get(pa.name, set())) != "f":
        return None
    a, b = ctx.sent_toks[si - 1]
    if not any(t.low in _DE_MAN_OBJECT_PRONOUNS and t.text == t.low and not t.quoted for t in toks[a:b]):
        return None
    for r in reversed(ctx.recs):
        if r.sentence >= si - 1 or r.attr is None or not r.attr.name:
            continue
        if r.attr.name == pa.name or r.sentence < si - 8:
            return None  # (she spoke before him, or he spoke too far back)
        if lex.name_gender(r.attr.name, ctx.ents.titles.get(r.attr.name, set())) == "f":
            return None
        return r.attr.name
    return None


def _de_reported_person(ctx: QuoteContext, si: int, name: str | None, gender: str) -> str | None:
    """German (round 39, depronoun2): the private person (or persons) of a case ("der Deutsche", "der 49-Jährige", "die
    Angeklagte", "die jungen Männer"; yaml `reported_person_heads`) who is the subject of the content of a report in
    sentence si - 1 by another source (the official or body the pronoun would otherwise take), opening it or right after
    its opening verb ("Wie die Polizei mitteilte, hat der Mann gestanden"): its canonical name, "" when it has none; None
    when there is no such report. `gender`: "m" ("der", a verb in the singular), "f" ("die", singular), "p" ("die",
    plural)."""
    toks, lex = ctx.tokens, ctx.lex
    art = "der" if gender == "m" else "die"
    for r in ctx.recs[-4:]:
        if r.sentence != si - 1 or r.label != "INDIRECT_QUOTE" or r.attr is None or not r.attr.name \
                or name not in (None, r.attr.name):
            continue
        a = bisect_right(ctx.starts, r.start - 1)
        if a + 2 >= len(toks) or toks[a].quoted:
            continue
        v = None
        if toks[a].text == toks[a].low and toks[a].is_word and toks[a + 1].low == art:
            v, a = toks[a], a + 1  # the verb first: "hat der Mann gestanden", "stammen die Männer aus …"
        if toks[a].low != art:
            continue
        h = a + 1
        while h < len(toks) and h < a + 3 and toks[h].is_word and toks[h].text == toks[h].low and not toks[h].quoted:
            h += 1  # adjectives: "der mutmaßliche Täter", "die jungen Männer"
        if h + 1 >= len(toks) or not toks[h].is_cap or toks[h].quoted or not toks[h].low.endswith(lex.reported_person_heads):
            continue
        if v is None:
            v = toks[h + 1]  # the finite verb right after the subject, of its number: "habe", "sei", "hat", "soll"
            if not (v.low in lex.auxiliaries or v.low in lex.konjunktiv_i or v.low in lex.reportative):
                continue
        if not v.is_word or v.quoted or v.text != v.low or v.low.endswith("n") != (gender == "p") \
                or (gender != "p" and toks[h].low.endswith("en")):
            continue
        own = canonical(Mention(a, h, "description"), toks, ctx.ents, lex, continuing=None)
        return "" if own == r.attr.name else (own or "")  # (an age holder named as the reporter is no one)
    return None


def _en_plural_trailing_inversion(ctx: QuoteContext, c: Cue, after: Mention, prev: Token | None, hi: int) -> bool:
    """English (round 48, auditnews): the plural present of a said-type cue (`plural_inversion_cues`: say, warn, …)
    right after a comma or a quotation, its subject right after it, a plural noun phrase with no capitalised word
    ("officials", "health experts", "the police"), and nothing but the sentence's end after it: "The man is the third
    case, say officials.", '"The risk is low," say officials.' (not "…, say, ten dollars", "…, say goodbye", "…, say
    supporters of the plan")."""
    toks, lex = ctx.tokens, ctx.lex
    if c.first != c.last or toks[c.first].low not in lex.plural_inversion_cues or toks[c.first].text != toks[c.first].low \
            or prev is None or (prev.text != "," and not prev.quoted) or after.first != c.last + 1:
        return False
    words = toks[after.first : after.end + 1]
    if not words or len(words) > 4 or any(not t.is_word or t.quoted or t.is_cap for t in words):
        return False
    if any(t.low in lex.pronouns or t.low in lex.prepositions for t in words):
        return False
    head = words[-1].low
    if not (head in lex.place_bodies or (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")))):
        return False
    rest = toks[after.end + 1 : hi]
    return all(not t.is_word and t.text in {".", "!"} for t in rest)


def _de_press_description(toks: list, m, name: str, lex: Lexicon) -> bool:
    """German (round 53, auditde5): m is a definite description of a medium whose name is only its own words: "das Blatt",
    "die Zeitung", "das Nachrichtenmagazin", "der Sender", "die große Boulevardzeitung", "dem Kommentar" (yaml
    `press_descriptions`; lower-case adjectives only before the noun; no name after it)."""
    if m.last <= m.first or m.last - m.first > 3 or toks[m.first].low not in ("der", "die", "das", "dem", "den") \
            or toks[m.first].quoted or not toks[m.last].is_cap or toks[m.last].quoted:
        return False
    head = toks[m.last].low.rsplit("-", 1)[-1]
    if not head.endswith(lex.press_descriptions):
        return False
    mid = toks[m.first + 1 : m.last]
    # (round 53, merge) lower-case adjectives only: a place adjective's paper ("die Stuttgarter Zeitung", "die Berliner
    # Zeitung") is as often a paper's own name as a description, and a press review names many papers in a row
    if any(not t.is_word or t.quoted or t.text != t.low for t in mid):
        return False
    return name == " ".join(t.text for t in toks[m.first + 1 : m.last + 1] if t.is_cap)


def _de_press_quoted_words(toks: list) -> frozenset[str]:
    """(round 53, review3) The words written in quotation marks in the text (`_de_press_speaker`'s last test; built once
    per document: a scan of every token for each press description was quadratic in a press review)."""
    return frozenset(t.text for t in toks if t.quoted and t.is_word)


def _de_press_speaker(name: str, ctx: QuoteContext, lex: Lexicon) -> bool:
    """German (round 53, auditde5): a speaker's name that is a medium's: a press word (`press_names`, `press_endings`),
    a medium noun ("Sender CNN", "Nachrichtenagentur Reuters"), an agency, or a name written in quotation marks in the
    text ("Die „Stuttgarter Nachrichten“")."""
    words = name.split()
    if not words or len(words) > 5:
        return False
    if any(lex.is_press_word(w.lower()) or de_media_word(w.lower()) or w.lower() in DE_AGENCIES for w in words):
        return True
    quoted = ctx.memo.get(("de_press_quoted_words", 0, 0))
    if quoted is None:
        quoted = ctx.memo[("de_press_quoted_words", 0, 0)] = _de_press_quoted_words(ctx.tokens)
    return words[0] in quoted


def _de_press_before(ctx: QuoteContext, si: int, lex: Lexicon) -> str | None:
    """German (round 53, auditde5): the medium of the sentence before sentence si: its speaker when that is a medium's
    name (`_de_press_speaker`), else a name in quotation marks opening it after its article as the subject ("Der
    „Münchner Merkur“ glaubt …")."""
    toks = ctx.tokens
    pa = ctx.sent_attr[si - 1]
    if pa is not None and pa.name:
        return pa.name if _de_press_speaker(pa.name, ctx, lex) else None
    a, b = ctx.sent_toks[si - 1]
    if b - a < 4 or toks[a].text not in ("Der", "Die", "Das") or not toks[a + 1].quoted or toks[a + 1].is_word:
        return None
    e = a + 2
    while e < b and toks[e].quoted and toks[e].is_word and toks[e].is_cap:
        e += 1
    if e == a + 2 or e - a > 5 or e >= b or not toks[e].quoted or toks[e].is_word:
        return None
    return " ".join(t.text for t in toks[a + 2 : e])

