"""Cue finding for the quote pre-annotator: the words outside quotations that introduce speech.

From the per-language lexicon (``spanbank/data/cues/<lang>.yaml``): reporting verbs (said,
erklärte; lower case only, not after a determiner or "zu", separable verbs only with their particle
closing the clause: teilte … mit), source phrases before the source (according to, laut), after it
(zufolge), German ", so X", and German noun sources ("nach Angaben der Polizei", "seiner Meinung
nach"), whose speaker mention and canonical name are set here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace as _dc_replace

from spanbank.annotators.quote_context import Cue, QuoteContext
from spanbank.annotators.quote_lexicon import DE_TITLE_FEMALE, DE_TITLE_MALE, Lexicon
from spanbank.annotators.quote_speakers import (
    DE_ADJECTIVE_ENDINGS,
    DE_ADVERB_T_ENDINGS,
    DE_AGENCIES,
    DE_AGENCY_NOUNS,
    DE_PARTIES,
    DE_SOURCE_COMPOUND_HEADS,
    EN_ADJECTIVE_ENDINGS,
    EN_ASKED_PARTICIPLES,
    EN_PERFECT_HAVE,
    EN_POSSESSIVE_PRONOUNS,
    EN_STATE_BE,
    GENITIVE_ARTICLES,
    Mention,
    _de_acronym_name_end,
    _de_elided_compound,
    _positions_by_text,
    canonical,
    clause_subject,
    de_appositive_name,
    de_bare_genitive,
    de_bracket_short_name,
    de_country_genitive,
    de_person_noun,
    de_place_end,
    de_speech_governor,
    de_title_gender,
    de_title_stop,
    en_bare_people_plural,
    genitive_owner,
    mention_after,
    np_forward,
    person_name,
    quoted_compound_end,
    quoted_run_end,
)
from spanbank.annotators.quote_text import CLOSING_QUOTES, EN_TITLE_MINOR

#: (round 45, enenergy) months and days that name a report after its article: "in its July report", "in the Tuesday report"
_EN_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})

#: tokens between a quote-only cue and its quotation: 'calling reasonable border control “laws …”'
QUOTE_ONLY_REACH = 10


#: English prepositions before a noun-like cue besides `prepositions`: "Despite reports that …"
_EN_NOUN_PREPOSITIONS = frozenset({"despite", "amid", "amidst", "following", "among", "regarding", "concerning",
                                   # (round 41, enforecasts) a comparison's preposition: "earned 34 cents, above
                                   # estimates, according to LSEG" (the speaker of a cue "estimates" was "above")
                                   "above", "below", "beyond", "versus", "vs", "than"})


#: (round 37, e5) contractions of a pronoun with "is"/"has" that look like a possessive ("it's reported")
_EN_PRONOUN_CONTRACTIONS = frozenset({"it", "that", "he", "she", "what", "there", "who", "here", "where", "this",
                                      "everyone", "everybody", "nobody", "somebody", "someone", "one", "let"})

#: (round 48, ennounverb) prepositions that, opening a sentence before names, make a plural noun-like cue after the names a
#: noun: "After CNN reports, the senator resigned." (not "As CNN reports, …")
_EN_OPENING_NOUN_PREPOSITIONS = frozenset({"after", "before", "following", "despite", "amid", "unlike", "in"})


def _en_possessive(t, lex) -> bool:
    """English (round 37, e5): token t is a possessive noun ("suspect's", "DOGE's", the "'" of "victims'"), not a
    contraction ("it's", "that's")."""
    if t.quoted or not t.text:
        return False
    if t.text in ("'", "’"):
        return True  # the apostrophe of a plural possessive: "the victims' alleged abuser"
    w = t.text.replace("’", "'")
    return w.endswith("'s") and len(w) > 2 and w[:-2].lower() not in _EN_PRONOUN_CONTRACTIONS \
        and w[:-2].lower() not in lex.pronouns


#: (round 52, auditen2) prepositions before a cue's gerund that make it a verb, not a noun ("by warning that …")
_EN_CUE_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while"})  # (not "without …": no act)

#: English base forms of cue verbs that are nouns after "a news", "its own" (round 22)
_EN_NOUN_FORMS = frozenset({"report", "tweet", "post", "claim", "release", "statement", "note", "letter", "warning"})

#: words before a German "gestanden" that make it "stood", not "confessed" (round 22)
#: German forms of "werden" after the adjective "laut" ("laut geworden", "wurde laut"): no source phrase (round 39)
_DE_LOUD_BECOME = frozenset({"geworden", "werden", "wurde", "wurden", "wird", "werde", "würde", "würden"})
_DE_STOOD_BEFORE = frozenset({"stunden", "minuten", "tage", "wochen", "monate", "jahre", "lange", "still", "stau",
                              "schlange", "kopf", "pate", "modell", "spalier", "leer",
                              # (round 35 w4) "Ihm habe nur ein Kurzbericht zur Verfügung gestanden" (a report by
                              # "Kurzbericht"), "hatte zur Debatte gestanden", "hatte in Flammen gestanden"
                              "verfügung", "debatte", "diskussion", "disposition", "flammen"})


#: (round 34 w2f) nouns of set phrases with "stehen" ("im Zusammenhang mit … gestanden", "im Mittelpunkt gestanden",
#: "in Verbindung mit … gestanden"): stood, not confessed
_DE_STOOD_PHRASES = ("zusammenhang", "mittelpunkt", "vordergrund", "fokus", "zentrum", "verbindung", "kontakt",
                     "widerspruch", "verdacht")


#: (round 34 w2a) cue verbs that are another verb with this particle closing the clause ("dankte ab": resigned)
_DE_OTHER_VERB_PARTICLES = {"dankte": "ab", "dankten": "ab"}
#: German prefixes of a weak verb's participle (a finite past tense has none: "sagte" vs "gesagte", "bestätigte")
_DE_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "er", "ent", "zer", "miss", "über", "unter", "wider", "emp")


#: words of `find_cues`' branches for a document that reads, a re-election and a court's sentence (also in
#: `cue_branch_words`)
_EN_READ = ("read", "reads")
#: (round 53, enleft) "credits"/"credited" a document's words (`_EN_CREDIT_DOCUMENTS` beside `document_nouns`)
_EN_CREDIT_CUES = frozenset({"credits", "credited"})
_EN_CREDIT_DOCUMENTS = frozenset({"presentation", "slide", "slides", "deck", "paper", "analysis", "review", "assessment"})
#: (round 47, enmedia) an outlet's scoop: "CNN has learned that …" (only after a news outlet, `_en_outlet_learned`)
_EN_LEARNED = ("learned", "learnt")
#: (round 48, enpassive2) a time after "by", no agent: "It was thought by the end of May that …"
_EN_BY_TIME = frozenset({"end", "time", "then", "now", "mid", "early", "late", "midnight", "noon", "dawn", "tomorrow"})
_DE_CONFIRMED = ("bestätigt", "bestätigte", "bestätigten")
_DE_SENTENCED = ("verurteilte", "verurteilten", "verurteilt")

#: (speed) skip the words that no branch of `find_cues` after the source phrases takes (tests turn it off to compare)
CUE_FAST_PATH = True


def cue_branch_words(lex: Lexicon) -> frozenset[str]:
    """(speed) Every word that a branch of `find_cues` after the source phrases tests for (each branch starts with
    such a test, except German `_de_verb_after_quotation`, which needs a comma before the word): the other words
    skip the chain of some fifteen tests. A new branch adds its words here (test_quotes checks that the fast path
    changes no cue)."""
    return lex.word_set("find_cues", lambda: frozenset().union(
        lex.source_after, lex.so_cues, _DE_STAND, lex.heard_cues, _EN_READ, _EN_LEARNED, lex.impersonal_passive_cues,
        lex.plural_ruling_cues,
        _DE_CONFIRMED, _DE_SENTENCED, _DE_REJECT_VERBS,
        _DE_INFORMED, DE_COPULA, lex.cue_verbs, lex.that_only_cues, lex.state_cues, lex.quote_only_cues, lex.light_verbs,
        lex.reflexive_participles, lex.nominal_act_verbs, lex.received_act_verbs, lex.met_act_verbs, lex.let_infinitives,
        lex.question_infinitives, lex.joining_verbs, lex.claim_modals,
        lex.attack_verbs, lex.addressee_acts, lex.quotation_particle_verbs.keys(), lex.wish_quotation_verbs,
        lex.topic_quotation_verbs.keys()))


def _de_attributive_agent(toks, lex, i: int, lo: int) -> bool:
    """German (round 42, depolitics2): the word at i closes an extended attribute that opens with an article and an
    agent's "von"/"vom"/"durch" phrase: "das von der Bundesregierung propagierte …", "die vom Minister angekündigte
    Reform", "der von der Partei geforderte Mindestlohn" (a participle before its noun, no finite cue)."""
    for x in range(i - 1, max(lo, i - 8), -1):
        t = toks[x]
        if not t.is_word or t.quoted:
            return False
        if t.low in ("von", "vom", "durch") and t.text == t.low:
            d = toks[x - 1]
            return x + 1 < i and d.low in lex.determiners and not d.quoted \
                and (d.text == d.low or x - 1 == lo)
    return False


def _de_let_suggests(toks, lex, i: int, lo: int, hi: int) -> bool:
    """German (round 36, v2): the infinitive at i goes with a form of "lassen" in its clause: "was keine Herabstufung
    erwarten lässt", "Das lässt eine Zinserhöhung erwarten", "Die Zahlen lassen Schlimmes befürchten" (the thing
    suggests it; no one's thought or speech)."""
    for k in range(i + 1, min(hi, i + 3)):
        if toks[k].quoted or not toks[k].is_word:
            break
        if toks[k].low in lex.let_verbs and toks[k].text == toks[k].low:
            return True
    for k in range(i - 1, max(lo - 1, i - 12), -1):
        if toks[k].quoted or toks[k].text in {",", ";", ":", "–", "—"}:
            break
        if toks[k].low in lex.let_verbs and (toks[k].text == toks[k].low or k == lo):
            return True
    return False


#: German words opening an indirect question ("…, ob …", "…, wann …", "Welches Versprechen …")
DE_QUESTION_OPENERS = frozenset({"ob", "wann", "wie", "wo", "warum", "weshalb", "wieso", "weswegen", "wer", "wen", "wem",
                                 "was", "welche", "welcher", "welches", "welchen", "welchem", "inwieweit", "inwiefern",
                                 "wohin", "woher", "wieviel", "wieviele"})


def _de_obliged_question(toks, lex, i: int, lo: int, hi: int) -> bool:
    """German (round 44, dewahl): the infinitive at i (fragen, erklären, …) after an obligation modal, at most three
    lower-case words (a reflexive, adverbs) between them and maybe "lassen" after it, then a comma and an indirect
    question: "die SPD müsse sich nun fragen, warum sie so viele Stimmen verloren habe", "Die Regierung muss erklären,
    wie sie das bezahlen will" (an obligation, no one's speech: the one obliged was the speaker of the question and of
    the Konjunktiv after it)."""
    k = i - 1
    while k > lo and i - k <= 4 and toks[k].is_word and toks[k].text == toks[k].low and not toks[k].quoted \
            and toks[k].low not in lex.obligation_modals:
        k -= 1  # "sich", "uns", adverbs: "müsse sich nun fragen"
    j = i + 2 if i + 1 < hi and toks[i + 1].low == "lassen" else i + 1  # "muss sich fragen lassen, ob …"
    return k >= lo and toks[k].low in lex.obligation_modals and toks[k].text == toks[k].low and not toks[k].quoted \
        and j + 1 < hi and toks[j].text == "," and toks[j + 1].low in DE_QUESTION_OPENERS and not toks[j + 1].quoted


#: (round 38, sox) lower-case words inside a speaker's phrase between a sentence-opening "So" and its colon
_DE_SO_COLON_LOWER = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "von", "vom",
                                "zu"})


def _de_so_colon(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 38, sox): a sentence-opening "So" at i, then only a speaker's phrase (names, titles, nouns, their
    articles, a party in brackets) up to a colon, then unquoted words: "So Müller: Wir müssen handeln.", "So der Landrat
    (CSU): Die Kliniken sind vorbereitet." The speech after the colon is the speaker's, as after "Laut X:". Not "So
    geht es: …", "So zum Beispiel: …" (a lower-case word), nor a quotation after the colon (found as a quotation)."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[i].quoted:
        return False
    caps = 0
    depth = 0
    for k in range(i + 1, min(hi, i + 10)):
        t = toks[k]
        if t.quoted:
            return False
        if t.text == ":":
            return depth == 0 and caps > 0 and k > i + 1 and k + 3 < hi and not toks[k + 1].quoted \
                and toks[k + 1].is_word and sum(1 for x in toks[k + 1 : min(hi, k + 5)] if x.is_word) >= 3
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth < 0:
                return False
        elif t.text == "-":
            continue
        elif not t.is_word:
            return False
        elif depth > 0:
            continue
        elif t.is_cap and t.low not in lex.prepositions and t.low not in lex.determiners:
            caps += 1
        elif t.text not in _DE_SO_COLON_LOWER:
            return False
    return False


def find_cues(ctx: QuoteContext, lo: int, hi: int) -> list[Cue]:
    """The cues among tokens[lo:hi] (one sentence), in text order; speakers still unset except
    for noun sources."""
    toks, lex, out = ctx.tokens, ctx.lex, []
    fast, cue_words = CUE_FAST_PATH, cue_branch_words(lex)
    i = lo
    while i < hi:
        t = toks[i]
        if t.quoted or not t.is_word:
            i += 1
            continue
        src = _noun_source(ctx, i, lo, hi) if t.low in lex.source_noun_preps and not (
            i > lo and toks[i - 1].low == "je" and lex.lang == "de") else None  # "je nach Hochrechnung": depending on
        if src is not None:
            out.append(src)
            i += 1
            continue
        phrase = next(
            (p for p in ctx.phrases[t.low] if tuple(x.low for x in toks[i : i + len(p)]) == p and i + len(p) <= hi),
            None,
        ) if t.low in ctx.phrases else None  # (speed) no generator for the words that open no phrase
        if phrase is None and lex.lang == "en" and t.low == "in" and (w := _en_owned_words(ctx, i, lo, hi)) is not None:
            # (round 46, enleft) "In Smith's words, “…”", "In the minister's own words, …", as "In the words of Smith":
            # the owner speaks (quote_attribution reads it; the direct quote had no speaker)
            out.append(Cue(i, w, "source_before"))
            i = w + 1
            continue
        if phrase and lex.lang == "de" and phrase[-1] in lex.viewing_nouns and _de_viewed(ctx, i + len(phrase) - 1, hi):
            i += len(phrase)  # (round 37, h4) "nach Ansicht der TV-Bilder": viewing, no one's view
            continue
        if phrase and _conformity(ctx, i + len(phrase), hi):
            i += len(phrase)  # "according to the law": conformity with a rule, no source
            continue
        if phrase and phrase[0] == "as" and phrase[-1] == "by" and phrase[1] != "reported" and i > lo \
                and toks[i - 1].text not in {",", "(", "—", "–", ";"}:
            i += len(phrase)  # (round 39, ennested) "… is code for Communist as stated by Marx: …" (no source of the clause
            continue  # before it; "As written by @x:", "…, as noted by analysts, …" open their sentence or a comma's clause)
        if phrase and lex.lang == "de" and phrase == ("laut",) and i + 2 < hi and toks[i + 1].quoted \
                and not toks[i + 1].is_word and i + 2 < (e := quoted_run_end(toks, i + 1, hi) - 1) <= i + 30 and (
                    any(t.text in {",", "!", "?"} for t in toks[i + 2 : e])
                    or sum(1 for t in toks[i + 2 : e] if t.is_word) > 4):
            i += 1  # (round 26) the adverb "loudly" before a call: "Helfern ruft sie laut „Danke schön, vielen Dank“ zu"
            continue
        if phrase and lex.lang == "de" and phrase == ("laut",) and i + 1 < hi and toks[i + 1].low in _DE_LOUD_BECOME \
                and toks[i + 1].text == toks[i + 1].low and not toks[i + 1].quoted:
            i += 1  # (round 39, deberichte) the adjective: "Gerüchte waren laut geworden, wonach …", "Kritik wurde laut"
            continue  # (the cue blocked the report of the "wonach" clause)
        if phrase and lex.lang == "de" and phrase == ("laut",) and i - 2 >= lo and toks[i - 1].text == "," \
                and i + 1 < hi and toks[i + 1].text in ("dem", "der", "denen") and toks[i - 2].is_cap and any(
                    toks[x].is_cap and not toks[x].quoted and (
                        lex.is_source_noun(toks[x].text) or toks[x].low.endswith("berichte")
                        or toks[x].low.endswith(lex.wonach_nouns))
                    and (x == i - 2 or _genitive_end(ctx, x, i - 1) == i - 2)
                    for x in range(i - 2, max(lo, i - 7) - 1, -1)):
            # (round 39, deberichte: also after the noun's genitive, "ein Gutachten des TÜV, laut dem …")
            i += 2  # (round 38) a relative pronoun after a source noun: "einen Bericht, laut dem 500 Stellen wegfallen"
            continue  # (the speaker was "dem 500 Stellen")
        if phrase and phrase in (("citing",), ("quoting",)) and i - 1 >= lo and toks[i - 1].is_word \
                and not toks[i - 1].quoted and toks[i - 1].text == toks[i - 1].low \
                and (toks[i - 1].low in lex.document_nouns or toks[i - 1].low in lex.medium_nouns) \
                or phrase in (("citing",), ("quoting",)) and _en_report_by_outlet(ctx, i, lo):
            i += 1  # (round 47, enaccording) the participle of a report: "according to a Bloomberg report citing people
            continue  # familiar with the matter, …" (a second source; the fronted content was "According to a …")
        if phrase and phrase == ("per",) and not _en_per_source(ctx, i, lo, hi):
            i += 1  # (round 41, ensports) "per" is a source only after a comma, before a name or a source noun
            continue
        if phrase:
            out.append(Cue(i, i + len(phrase) - 1, "source_before"))
            i += len(phrase)
            continue
        if fast and t.low not in cue_words and not (lex.lang == "de" and i - 2 >= lo and toks[i - 1].text == ","):
            i += 1  # (speed) no branch below takes this word (see `cue_branch_words`)
            continue
        if lex.lang == "de" and i == lo and t.text == "So" and _de_so_colon(ctx, i, hi):
            out.append(Cue(i, i, "source_before"))  # (round 38, sox) "So Müller: Wir müssen handeln." (like "Laut X: …")
        elif lex.lang == "de" and t.low in lex.heard_cues and t.text == t.low and _de_heard(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # (round 36, v1) "Aus Diplomatenkreisen war zu hören, …", "…, war aus Bonn zu hören."
        elif t.low in lex.source_after and t.text == t.low and not (
                # (round 38) a relative pronoun right before it opens a source noun's clause: "eine Studie, der zufolge …"
                # (the speaker was "Studie" and the main clause its content)
                lex.lang == "de" and i - 2 >= lo and toks[i - 1].text in ("dem", "der", "denen")
                and toks[i - 2].text == "," and not toks[i - 1].quoted):
            out.append(Cue(i, i, "source_after"))
        elif t.low in lex.so_cues and i > lo and (toks[i - 1].text in {",", "“", "”", "«", "»", '"', "–", "—"} or (
                # (round 26) a hyphen written as a dash: "Das Verbot sei - so die Kammer - rechtswidrig"
                toks[i - 1].text == "-" and dash_at(ctx, i - 1))) and not (
                # (round 24: also after a dash, "Das sei eine Zumutung – so Oberbürgermeister Dieter Reiter.")
                # (round 23) a correlative "so" before a finite verb, after a conditional clause: "Würde ein Tier
                # entdeckt, so müssten Bauern …" (no attribution)
                lex.lang == "de" and i + 1 < hi and toks[i + 1].text == toks[i + 1].low and not toks[i + 1].quoted
                and (toks[i + 1].low in lex.auxiliaries or toks[i + 1].low in lex.konjunktiv
                     or toks[i + 1].low in lex.konjunktiv_ii
                     # (round 27) "so etwas", "so viel", "so weit": a degree word, no source ("Der Richter betonte, so
                     # etwas habe es noch nie gegeben" reported nothing)
                     or toks[i + 1].low in _DE_SO_DEGREE)) and not (
                # (round 34) "so ein" + a noun + a finite verb: "such a", the subject of a clause ("…, so ein Angriff sei
                # nun „technisch nicht mehr möglich“" had the speaker "ein Angriff"; "…, so ein Sprecher." still reports)
                lex.lang == "de" and i + 3 < hi and toks[i + 1].text in ("ein", "eine") and toks[i + 2].is_cap
                and toks[i + 2].is_word and not toks[i + 2].quoted and toks[i + 3].text == toks[i + 3].low
                and not toks[i + 3].quoted and (toks[i + 3].low in lex.auxiliaries or toks[i + 3].low in lex.konjunktiv
                                                or toks[i + 3].low in lex.konjunktiv_ii)):
            out.append(Cue(i, i, "so"))
        elif lex.lang == "de" and t.low in _DE_FILE_FORMS and t.text == t.low and _de_filed(ctx, i, hi):
            pass  # (round 53, auditde4) a filing: "Der Modehändler meldet Insolvenz an" (the speaker was "Insolvenz")
        elif lex.lang == "de" and t.low in _DE_STAND and not _de_document_before(ctx, i, lo, hi):
            pass  # "Im Garten steht ein Baum", "Es steht fest": only "Im Bericht steht, dass …" reports
        elif lex.lang == "de" and i - 2 >= lo and toks[i - 1].text == "," and (  # (speed: its first test, inlined)
                t.low not in lex.cue_verbs or t.low in lex.separable) and _de_verb_after_quotation(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # "„…“, schließt Hecking.", "„…“, nahm Frontzeck die Mannschaft in die Pflicht."
        elif lex.lang == "en" and t.low in _EN_READ and t.text == t.low and _en_document_reads(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # '"…," the statement read.' / 'The sign reads: "…"'
        elif lex.lang == "de" and t.low in lex.plural_ruling_cues and t.text == t.low and _de_plural_ruling(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # (round 35) "Die Richter entschieden, dass …", "…, entschieden die Richter."
        elif lex.lang == "de" and t.low in _DE_CONFIRMED and t.text == t.low and i - 2 >= lo \
                and toks[i - 2].low == "im" and toks[i - 1].low == "amt":
            pass  # (round 26) re-elected: "wurde Roland Koch mit 95 Prozent im Amt bestätigt" (no speech)
        elif lex.lang == "de" and t.low in _DE_SENTENCED and t.text == t.low \
                and _de_court_sentence(ctx, i, lo, hi):
            pass  # (round 26) a court's sentence is no speech: "Das Gericht verurteilte ihn zu drei Jahren Haft"
        elif lex.lang == "de" and t.low in _DE_REJECT_VERBS and t.text == t.low and _de_no_spoken_rejection(ctx, i, lo, hi):
            pass  # (round 34 w2a) a court's ruling, a declined comment, "lehnte es ab, …": no reported speech act
        elif lex.lang == "de" and t.low in lex.question_infinitives and t.text == t.low \
                and _de_obliged_question(toks, lex, i, lo, hi):
            pass  # (round 44, dewahl) "die SPD müsse sich fragen, warum …": an obligation, no report
        elif lex.lang == "de" and t.low in lex.let_infinitives and t.text == t.low and _de_let_suggests(toks, lex, i, lo, hi):
            pass  # (round 36, v2) "lässt erwarten" suggests, no one's thought: "was keine Herabstufung erwarten lässt"
        elif lex.lang == "de" and t.low in _DE_INFORMED and t.text == t.low and (
                (i > lo and toks[i - 1].low in lex.state_passive_auxiliaries | lex.passive_auxiliaries)
                or (i + 1 < hi and toks[i + 1].low in lex.state_passive_auxiliaries | lex.passive_auxiliaries)
                # informing oneself: "soll er sich im Internet über den Bau von Sprengsätzen informiert haben"
                or any(x.text == "sich" and not x.quoted for x in toks[max(lo, i - 10) : i])):
            pass  # (round 26) being informed is no report: "die Angehörigen seien informiert", "informiert wurde"
        elif lex.lang == "de" and t.low in lex.claim_modals and t.text == t.low and _de_claimed_past(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb", act=True))  # (round 37, h1) "Der Zeuge will den Mann gesehen haben"
        elif lex.lang == "de" and t.low in lex.joining_verbs and t.text == t.low and _de_joined_motion(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb", act=True))  # (round 37, h1) "Die Nebenklage schloss sich dem Antrag an"
        elif lex.lang == "de" and t.low in lex.attack_verbs and t.text == t.low and _de_verbal_attack(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb", act=True))  # (round 37, w1) "Söder griff die Bundesregierung scharf an"
        elif lex.lang == "en" and t.low in lex.addressee_acts and t.text == t.low and _en_addressee_act(ctx, i, lo, hi):
            # (round 38, enacts) a speech act on an addressee: "appealed to residents to stay indoors", "advised the
            # minister against travelling", "briefed lawmakers on the talks", "is urging Congress to act"
            out.append(Cue(i, i, "verb", act=True))
        elif lex.lang == "en" and t.low in lex.as_acts and t.text == t.low and _en_as_act(ctx, i, lo, hi):
            # (round 48, enacts) a judging act with "as": "Trump dismissed the report as a hoax" (the whole sentence)
            out.append(Cue(i, i, "verb", act=True))
        elif lex.lang == "en" and t.text == t.low and (
                (t.low in lex.naming_acts and _en_naming_act(ctx, i, lo, hi))
                or (t.low in _EN_CONCEDE_FORMS and _en_concession(ctx, i, lo, hi))
                or (t.low in lex.on_demand_verbs and _en_on_demand(ctx, i, lo, hi))):
            # (round 48, enacts2) "Trump labeled the media the enemy of the people", "Clinton conceded defeat", "Sanders
            # insisted on a recount": speech acts over the whole sentence
            out.append(Cue(i, i, "verb", act=True))
        elif lex.lang == "en" and t.low in _EN_WRITE_FORMS and t.text == t.low and _en_composed_work(ctx, i, hi):
            pass  # (round 51, enleft22) composing a work is no report: "she wrote most of her second album in a cabin"
        elif lex.lang == "en" and t.low in lex.impersonal_passive_cues and t.text == t.low \
                and _en_impersonal_passive(ctx, i, lo):
            out.append(Cue(i, i, "verb"))  # (round 48, enpassive2) "It was learned that …", "It is rumoured that …"
        elif lex.lang == "en" and t.low in lex.belief_participles and t.text == t.low \
                and _en_impersonal_passive(ctx, i, lo, after_comma=True):
            out.append(Cue(i, i, "verb"))  # (round 48, enpassive3) a belief passive between commas or closing the
            # sentence, without "that": "The fire, it is thought, started in the kitchen.", "…, it is suspected." (was none)
        elif lex.lang == "en" and t.low in _EN_LEARNED and t.text == t.low and _en_outlet_learned(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # (round 47, enmedia) "CNN has learned that the FBI opened …" (was none)
        elif lex.lang == "en" and t.low in lex.wish_quotation_verbs and t.text == t.low and not t.quoted \
                and _en_wish_quotation(ctx, i, hi):
            out.append(Cue(i, i, "verb"))  # (round 52, enleft2) 'wishing him "all the best in England."' (no speaker)
        elif lex.lang == "en" and t.low in lex.topic_quotation_verbs and t.text == t.low and not t.quoted \
                and i + 2 < hi and toks[i + 1].text in lex.topic_quotation_verbs[t.low] and not toks[i + 1].quoted \
                and toks[i + 2].quoted and _en_topic_subject(ctx, i, lo):
            out.append(Cue(i, i + 1, "verb"))  # (round 53, seedleft) 'Cavusoglu talking about "brotherly Azerbaijan"
            # while Turkey still denies …' (the quotation went to the cue of the "while" clause)
        elif lex.lang == "en" and t.low in lex.quotation_particle_verbs and t.text == t.low \
                and _en_retort(ctx, i, lo, hi):
            # (round 40, entags) 'Rubio shot back, "…"', '"…," Kasich chimed in.'; (round 52, enleft2) the cue is the verb
            # with its particle right after it: '"…," Doyle shot back.' (the CUE span was "shot" alone)
            particle = i + 1 < hi and toks[i + 1].low in lex.quotation_particle_verbs[t.low] \
                and toks[i + 1].text == toks[i + 1].low and not toks[i + 1].quoted
            out.append(Cue(i, i + 1 if particle else i, "verb"))
        elif (t.low in lex.cue_verbs or t.low in lex.that_only_cues) and (t.text == t.low or i == lo):
            prev = toks[i - 1] if i > lo else None
            # "the reports" / "die angekündigte Reform" / "zu informieren": not a reporting clause
            nxt = toks[i + 1] if i + 1 < hi else None
            calls_for = False
            if lex.lang == "en":
                noun_use = prev is not None and (prev.low in lex.determiners or (
                    # (round 47, enaccording) a noun after "per": "Per reports, the Lakers are …" (the cue "reports"
                    # had the speaker "Per" and the whole sentence)
                    prev.low == "per" and not prev.quoted and t.low in lex.noun_like_cues) or (
                    # (round 35) "the defendant's every claim", "each statement": a noun after "every"/"each"
                    prev.low in ("every", "each") and prev.text == prev.low and t.low in lex.noun_like_cues) or (
                    # "one of the few states that …", "many reports that …": a noun after a quantifier
                    prev.low in lex.quantifiers and t.low in lex.noun_like_cues) or (
                    # "Despite reports that …", "amid claims that …": a noun after a preposition
                    t.low in lex.noun_like_cues and not prev.quoted and prev.low != "to"  # "to note that"
                    and (prev.low in lex.prepositions or prev.low in _EN_NOUN_PREPOSITIONS)
                    # (round 52, auditen2) a gerund after a preposition of manner or time is the verb: "closed the session
                    # by warning members that he would …", "after warning that …" (reported nothing: "warning" a noun)
                    and not (t.low.endswith("ing") and t.text == t.low and prev.text == prev.low
                             and prev.low in _EN_CUE_GERUND_PREPOSITIONS))) or (
                    # (round 37, e5) a participle used as an adjective after a possessive: "the suspect's alleged
                    # victims testified", "the agency's alleged conduct" (the owner was the speaker of "alleged")
                    prev is not None and t.low in lex.attributive_participles and _en_possessive(prev, lex)
                    and nxt is not None and nxt.is_word and not nxt.quoted and nxt.text == nxt.low
                    and nxt.low not in lex.complementizers and nxt.low not in lex.determiners
                    and nxt.low not in lex.pronouns and nxt.low not in lex.prepositions and nxt.low not in lex.stopwords)
                if t.low in lex.noun_like_cues and not (nxt is None or nxt.quoted or nxt.text in {",", ":", "."}
                                                         or (nxt.low in lex.complementizers and nxt.low != "if")) and not (
                        # an inverted attribution after a comma: "…, reports Study Finds."
                        prev is not None and prev.text == "," and t.low in lex.inversion_cues and nxt.is_cap) \
                        and not _en_plural_subject_verb(ctx, i, lo) and not _en_singular_subject_verb(ctx, i, lo, hi) \
                        and not _en_progressive_address(ctx, i, hi) and not (
                            # (round 47, enheadlines3) a vow in a headline's label after its quotation: "'We will win':
                            # Biden vows to fight on" (was a noun, and the short quotation nobody's)
                            t.low in lex.infinitive_acts and t.text == t.low and _en_headline_label_verb(ctx, i, lo)):
                    # "state government", "the only state in": a noun unless "that"/":" follows ("if" follows a
                    # noun as often: "the required mental state if he is aware")
                    noun_use = True
                if prev is not None and t.text == t.low and t.low not in lex.noun_like_cues \
                        and t.low not in lex.owned_report_nouns and not t.low.endswith(("ed", "ing", "en", "s")) \
                        and t.low not in lex.past_verbs and t.low not in lex.raising_participles \
                        and _en_possessive(prev, lex) and (prev.text[:1].isupper() or (
                            # (round 54, seedleft) or a lower-case noun's after its determiner: "The government’s demand
                            # that the border be reopened was rejected." (was a report of "The government’s" running
                            # over "was rejected")
                            prev.is_word and i - 2 >= lo and toks[i - 2].low in lex.determiners
                            and not toks[i - 2].quoted)):
                    # (round 54, seedcomments) a cue's base form after a name's possessive is a noun: "had said Turkey
                    # “fully supports” Azerbaijan’s demand for a land link" (the quotation was "Azerbaijan’s"), "said
                    # Azerbaijan’s demand that Armenia amend its constitution was “an artificial obstacle.”" (a report of
                    # "Azerbaijan’s" ran over "was …", and the next "He stressed" took it); "has" after "'s" takes a
                    # participle, "is" an -ing form ("Russia's demanded", "Russia's demanding" stay verbs)
                    noun_use = True
                if t.low in lex.object_perception_cues and t.text == t.low and nxt is not None \
                        and nxt.text in ('"', "“", "‘") and i + 2 < hi and toks[i + 2].is_word \
                        and toks[i + 2].text == toks[i + 2].low and nxt.end == toks[i + 2].start \
                        and not _en_quoted_clause_after(toks, i + 2, hi, lex):
                    # (round 54, seedleft) "observed" right before a lower-case quotation has it as its object, a thing
                    # seen: 'The mission said its patrols had observed “signs of recent shelling”' (the quotation was
                    # "patrols"'; not 'As Smith observed, “the plan failed.”', 'Smith observed that …'; round 54,
                    # review3: nor a quoted clause, a remark: 'Smith observed "the plan is dead" and left' lost Smith)
                    noun_use = True
                if t.low in lex.noun_like_cues and prev is not None and prev.low.endswith(("'s", "’s", "s'", "s’")) \
                        and prev.is_word and not prev.quoted and nxt is not None and nxt.quoted:
                    # a possessive before it and a quotation after: 'called Trump's comments "dangerous"' (not
                    # "Donald Trump's claim that NATO is obsolete", a report of Trump's)
                    noun_use = True
                if t.low in lex.noun_like_cues and t.low in lex.owned_report_nouns and prev is not None \
                        and _en_possessive(prev, lex) and nxt is not None and nxt.low == "that" and not nxt.quoted \
                        and i + 2 < hi and not toks[i + 2].quoted:
                    # (round 46, ennounsrc) an owned speech noun before "that" is no verb: "The senator's comments that
                    # angered voters were deleted" reported 'angered voters were deleted' for "senator's"; its report
                    # is the noun's (quote_noun_reports; before a quotation the verb reading stays, its speaker corrected
                    # there: 'Brenner's claims that "the ceasefire is dead."')
                    noun_use = True
                if t.low in lex.noun_like_cues and t.low.endswith("s") and prev is not None and prev.is_word \
                        and not prev.quoted and prev.text == prev.low and prev.low in lex.cue_verbs \
                        and prev.low.endswith("ed") and nxt is not None and nxt.low == "that":
                    # (round 37, e6) the object of a cue in the past: "The Treasury denied reports that …", "dismissed
                    # claims that …" (a cue "reports" took "The Treasury denied" as its speaker, and a later "and
                    # insisted" took it over)
                    noun_use = True
                if t.low in lex.noun_like_cues and prev is not None and prev.low.endswith(("'s", "’s", "s'", "s’")) \
                        and prev.is_word and not prev.quoted and len(prev.low) > 3 and prev.low not in ("that's", "what's") \
                        and (nxt is None or (not nxt.quoted and (nxt.text in {",", ".", ";", ")"} or nxt.low in ("and", "or")))):
                    # (round 37, e6) a possessive before it and the phrase's end after: "has clarified the Prime Minister's
                    # remarks, saying …" (the remarks' owner had become the speaker of "saying")
                    noun_use = True
                if t.low in lex.noun_like_cues and prev is not None and prev.is_word and prev.text == prev.low \
                        and prev.low.endswith(_EN_ADJECTIVE_FORMS) and prev.low not in lex.auxiliaries \
                        and i - 2 >= lo and toks[i - 2].low in lex.determiners and toks[i - 2].text == toks[i - 2].low:
                    # an article or a possessive, an adjective, the noun: "in his opening remarks that …", "a
                    # snide remark" (not "the article states …", "the statute notes …": a noun, then the verb)
                    noun_use = True
                if t.low in lex.noun_like_cues and prev is not None and prev.is_cap and prev.is_word and (
                        nxt is None or (not nxt.is_word and not nxt.quoted and nxt.text in {".", ",", ";", ")"})):
                    # a noun closing a phrase after a preposition, an article and a name: "…, contrary to the
                    # Houthi claims." (not "Analysts at the Fed estimate that …")
                    # (round 48, ennounverb) also two names joined: "before the Horowitz and Durham reports."
                    b = _en_names_start(toks, i, lo)[0]
                    if b < i - 1 and t.low.endswith("s") and toks[b].low in _EN_OPENING_NOUN_PREPOSITIONS \
                            and not toks[b].quoted and (b == lo or not toks[b - 1].is_word):
                        # (round 48, ennounverb) a time preposition opening the sentence, names and the plural: "After
                        # CNN reports, the senator resigned." (not "As CNN reports, …")
                        noun_use = True
                    if b - 2 >= lo and toks[b - 1].low in lex.determiners and toks[b - 1].text == toks[b - 1].low \
                            and (toks[b - 2].low in lex.prepositions or toks[b - 2].low in _EN_NOUN_PREPOSITIONS
                                 or toks[b - 2].low == "unlike") and (toks[b - 2].text == toks[b - 2].low or (
                                # (round 48, ennounverb) also the preposition opening the sentence: "After the CNN
                                # reports, the senator resigned." (the speaker was "the CNN", the content the phrase)
                                b - 2 == lo or (not toks[b - 3].is_word and toks[b - 3].text in (".", "!", "?", "\n")))):
                        noun_use = True
                if t.low in lex.noun_like_cues and t.low.endswith("s") and t.text == t.low and prev is not None \
                        and prev.is_cap and prev.is_word and not prev.quoted and _en_names_noun(toks, i, lo, hi):
                    # (round 48, ennounverb) a plural noun after an article and names: two names joined ("The Horowitz
                    # and Durham reports, released last year, found errors": a verb after a joined subject would be
                    # "report"), or one name before a relative "which" ("The CNN reports, which cited …, were denied")
                    noun_use = True
                if t.low in lex.noun_like_cues and prev is not None and prev.is_cap and prev.is_word and not prev.quoted \
                        and i - 3 >= lo and prev.low in _EN_DATE_WORDS \
                        and toks[i - 2].low in lex.determiners and toks[i - 2].text == toks[i - 2].low \
                        and toks[i - 3].low in lex.prepositions and toks[i - 3].text == toks[i - 3].low:
                    # (round 45, enenergy) a month or a day naming the report after a preposition and an article: "OPEC
                    # said in its June report that …", "in the July report" (the speaker was "its June", the cue "report")
                    noun_use = True
                if t.low == "think" and nxt is not None and nxt.low in ("tank", "tanks") and not nxt.quoted:
                    noun_use = True  # (round 41, enorgs2) "The Washington-based think tank said …" (was the cue "think")
                if t.low in lex.noun_like_cues and prev is not None and prev.is_word and not prev.quoted \
                        and prev.text == prev.low and (nxt is None or (not nxt.quoted and nxt.text in {":", ",", ".", ";", ")"})):
                    # (round 37, w5) a noun closing a phrase after a preposition, an article and its modifiers: "in its
                    # third-quarter earnings report: …", "in the company's annual report." (the speaker was "its
                    # third-quarter earnings")
                    b = i - 1
                    while b > lo and i - b <= 4 and toks[b].is_word and not toks[b].quoted and toks[b].text == toks[b].low \
                            and toks[b].low not in lex.determiners and toks[b].low not in lex.stopwords \
                            and (toks[b].low not in lex.cue_verbs or (
                                # (round 41, enorgs2) a participle after an adverb: "In its newly released annual
                                # report, …" (the speaker was "its newly released annual")
                                toks[b].low.endswith("ed") and b - 1 > lo and toks[b - 1].text == toks[b - 1].low
                                and toks[b - 1].low.endswith("ly") and len(toks[b - 1].low) > 4)) \
                            and toks[b].low not in lex.auxiliaries:
                        b -= 1
                    if b < i - 1 and b - 1 >= lo and (toks[b].low in lex.determiners or _en_possessive(toks[b], lex)) \
                            and toks[b].low not in ("this", "these", "those") and toks[b - 1].low in lex.prepositions \
                            and (toks[b - 1].text == toks[b - 1].low or b - 1 == lo or (
                                # (round 41, enorgs2) also the preposition opening the sentence
                                not toks[b - 2].is_word and toks[b - 2].text in (".", "!", "?", "\n"))):
                        noun_use = True
                if t.low in lex.noun_like_cues and t.low.endswith("s") and prev is not None and prev.is_word \
                        and not prev.quoted and prev.text == prev.low and prev.low.endswith("ing") and len(prev.low) > 5 \
                        and prev.low not in lex.noun_like_cues and nxt is not None and (nxt.low == "that" or (
                            # (round 41, enforecasts) or closing the participle's phrase: "rose 10 percent, topping
                            # estimates, the company said" (a cue "estimates" with the speaker "topping")
                            nxt.text in {",", ".", ";"} and prev.low not in lex.cue_verbs)):
                    # (round 37, w5) the object of a participle: "…, countering fears that customers will hold off",
                    # "easing concerns that …" (the participle was the speaker of a cue "fears")
                    noun_use = True
                if t.low in lex.publication_participles and t.text == t.low and prev is not None and prev.is_word \
                        and not prev.quoted and prev.text == prev.low \
                        and (prev.low in lex.medium_nouns or prev.low in lex.document_nouns):
                    # (round 47, enend) a medium's participle after its noun, a reduced relative: "The group said in a
                    # statement posted online that …" (no report: "posted" took the cue), "a video tweeted by …"
                    noun_use = True
                if t.low in lex.noun_like_cues and t.text == t.low and prev is not None \
                        and (nxt is None or (not nxt.quoted and nxt.text in {",", ".", ";"})) and _en_ing_object(toks, i, lo):
                    # (round 47, enend) the object of a participle after a report: "said the company would respond,
                    # declining further comment." (a cue "comment" with the speaker "declining" made the whole
                    # sentence a report)
                    noun_use = True
                if t.low == "written":
                    # (round 46, enforms) the participle "written" is a cue only in a perfect, adverbs between: "Smith has
                    # (since) written that …", not "A written statement said …", "The rules, written in 1990, say …"
                    b = i - 1
                    while b > lo and toks[b].text == toks[b].low and not toks[b].quoted and (
                            toks[b].low.endswith("ly") or toks[b].low in ("since", "also", "already", "long", "often", "never",
                                                                          "not", "once", "previously", "earlier", "recently")):
                        b -= 1
                    if not (b >= lo and toks[b].low in EN_PERFECT_HAVE and not toks[b].quoted):
                        noun_use = True
                if t.low in ("continued", "continues", "continue") and nxt is not None and nxt.text == "to" \
                        and i + 2 < hi and toks[i + 2].is_word and toks[i + 2].text == toks[i + 2].low:
                    # (round 37, w5) an aspect verb before its infinitive: "as it continued to invest in a “…” supply
                    # chain" (the quotation took the cue "continued")
                    noun_use = True
                if t.low.endswith("ed") and nxt is not None and nxt.low == "by" and nxt.text == "by" and prev is not None \
                        and prev.is_word and not prev.quoted and prev.text == prev.low:
                    # (round 37, w5) a participle after its noun, with its agent: "a filing first reported by CNBC", "the
                    # memo obtained by the paper" (no cue; the speaker was "filing")
                    b = i - 1 - (prev.low in lex.report_order_adverbs and i - 2 >= lo)
                    w = toks[b]
                    if b >= lo and w.is_word and not w.quoted and w.text == w.low and w.low not in lex.auxiliaries \
                            and w.low not in lex.passive_auxiliaries and w.low not in lex.state_passive_auxiliaries \
                            and w.low not in lex.stopwords and w.low not in lex.pronouns and not w.low.endswith("ly") \
                            and w.low not in lex.report_order_adverbs and w.low not in lex.skippable \
                            and (w.low in lex.document_nouns or w.low.endswith(("ing", "s")) or w.low in lex.company_descriptions):
                        noun_use = True
                    elif b - 1 >= lo and w.text == "," and not w.quoted and toks[b - 1].text == toks[b - 1].low \
                            and (toks[b - 1].low in lex.document_nouns or toks[b - 1].low in lex.relative_document_nouns) \
                            and not toks[b - 1].quoted:
                        noun_use = True  # (round 47, enwritten) in an apposition: "The memo, first reported by Axios,
                        # says …" (the cue "reported" had no speaker and the memo's report was lost)
                if t.low.endswith("ing") and t.text == t.low and prev is not None and prev.text in ("but", "yet", "and") \
                        and not (nxt is not None and (nxt.quoted or nxt.text == ":" or nxt.low in lex.complementizers)) \
                        and not (prev.text == "and" and i - 2 >= lo and toks[i - 2].text != ",") \
                        and not any(x.low.endswith("ing") and len(x.low) > 4 and not x.quoted and x.text == x.low
                                    for x in toks[lo : i - 1]):
                    # (round 41, enprogressive) a gerund subject after a conjunction, no participle of a report: "She
                    # said …, but maintaining the distance is still essential" (the content was "the distance is …");
                    # not after another -ing form ("…, saying it was fair and adding …", "is closing the park but urging
                    # residents to …"), nor after "and" without a comma
                    noun_use = True
                if t.low.endswith("ing") and t.text == t.low and prev is not None and prev.text == "that" \
                        and not prev.quoted and not (nxt is not None and (
                            nxt.quoted or nxt.text == ":" or nxt.low in lex.complementizers)):
                    # (round 48, auditnews2) a gerund subject opens the clause after "that": "Studies indicate that adding
                    # exercise to your routine could prevent binge eating", "found that maintaining a regular eating
                    # pattern is …" (a second report 'exercise to your routine could …')
                    noun_use = True
                if t.low == "reporting" and not (prev is not None and prev.low in EN_STATE_BE | {"been", "be"}):
                    noun_use = True  # a noun: "biased reporting", "Stupid press reporting on …" ("CNN is reporting that")
                if t.low in ("state", "states") and prev is not None and ((prev.low == "of" and prev.text == "of") or (
                        nxt is not None and nxt.text == "." and not any(x.quoted for x in toks[lo:i]) and (
                            # an indefinite article before it, or a singular word before the plural verb form
                            any(x.low in ("a", "an") and x.text == x.low for x in toks[max(lo, i - 5) : i])
                            or (t.low == "state" and not prev.low.endswith("s")))
                        and (prev.text == prev.low or prev.is_cap) and prev.is_word and prev.low not in lex.pronouns)):
                    # (round 33) "a former secretary of state.", "head of state", "a key Republican primary state." (a
                    # noun; '"…," the report states.' after a quotation still reports)
                    noun_use = True
                if t.low == "state" and nxt is not None and nxt.low == "that" and prev is not None and prev.is_word \
                        and not prev.quoted and prev.text == prev.low and prev.low not in lex.pronouns \
                        and prev.low not in lex.auxiliaries and not prev.low.endswith("s") \
                        and any(x.low in ("a", "an") and x.text == x.low for x in toks[max(lo, i - 4) : i - 1]):
                    # (round 34, w2g) a noun with its relative clause: "a key swing state that both candidates want to
                    # win" (a report "that both candidates are eager to secure")
                    noun_use = True
                if t.low in ("concluded", "concludes", "conclude") and nxt is not None and nxt.text == nxt.low \
                        and nxt.low in _EN_ENDED_AFTER and not any(x.low == "that" and not x.quoted for x in toks[i + 1 : hi]):
                    # (round 34, w2g) an event ending, no finding: "The rally concluded minutes before Biden addressed
                    # the nation to explain he dropped his bid to “pass the torch”" (the rally had spoken the quotation)
                    noun_use = True
                if _en_post_noun(toks, lex, i, lo):
                    noun_use = True  # (round 41, encomments) "Good comment, but …", "a stupid comment, about …"
                if _en_modified_noun_cue(toks, lex, i, lo):
                    noun_use = True  # (round 41, enbodies3) 'The 2022 report "…," X said' (the speaker was "2022")
                if t.low in lex.noun_like_cues and _en_in_source_phrase(toks, i, lo):
                    noun_use = True  # (round 34, w2g) the source's own noun: "according to a new CNN report, …"
                if t.low == "tell" and prev is not None and prev.low == "pray":
                    noun_use = True  # "What, pray tell, is the exit strategy?"
                if t.low in ("asked", "pressed", "questioned") and ((
                        prev is not None and prev.low in lex.adverbial_subordinators and not prev.quoted) or (
                        i == lo and any(x.text == "," and not x.quoted for x in toks[i + 1 : hi]))):
                    # "When asked whether …, Cook told reporters", "Asked on CNN whether he would reconsider,
                    # Trump said no": a question put to the main subject, by nobody named
                    noun_use = True
                if i > lo and toks[lo].low in _EN_ASKED_OPENERS and _en_fronted_question(toks, i, lo, hi):
                    # (round 40, enasked) a cue inside a fronted question is asked about, not said: "Asked Friday whether
                    # he believed Trump's answer, McConnell told reporters, …" (the report ran over the comma into the
                    # main clause), "When asked if she agreed that the bill was dead, Collins said …"
                    noun_use = True
                if t.low == "asking" and not _en_asking_request(toks, i, lo, hi) and not _en_asking_question(ctx, i, lo, hi):
                    noun_use = True  # (round 39, enrecall) only the participle of a request after a comma
                if t.low in lex.reduced_relatives and nxt is not None and nxt.low in ("of", "with"):
                    noun_use = True  # a reduced relative: "the man accused of gunning down …", "a man charged with"
                if t.low in _EN_COUNTED_PARTICIPLES and t.text == t.low and prev is not None \
                        and _en_counted_relative(toks, lex, i, lo, hi):
                    noun_use = True  # (round 45, enhealth) a participle after its noun, with a time or place phrase and
                    # the main verb after it: "The number of deaths reported this year has already exceeded …", "The
                    # side effects reported in the trial were mild" (the noun was the speaker of the rest)
                if t.low.startswith("report") and nxt is not None and nxt.low in ("for", "to") and i + 2 < hi \
                        and toks[i + 2].low in _EN_DUTY_WORDS:
                    noun_use = True  # no speech: "doctors who still reported for duty", "reported to work"
                if t.low in lex.attributive_participles and prev is not None and _en_counted_participle(toks, lex, i, lo, hi):
                    noun_use = True  # (round 38, enbounds) "The new confirmed cases were …", "with eight cases confirmed"
                if t.low in ("reported", "reports", "report", "confirmed", "confirms") and _en_figure_object(toks, lex, i, hi):
                    noun_use = True  # (round 38, enwire) figures published: "it reported its latest quarterly earnings"
                    # (round 38, enbounds) also confirmed: "The Department of Health confirmed four new cases in KZN"
                calls_for = _en_calls_for(ctx, i, lo, hi)
                if calls_for and t.low == "called" and i + 2 < hi and toks[i + 1].low == "for" and toks[i + 2].low == "by" \
                        and not toks[i + 2].quoted:
                    noun_use = True  # (round 43, enuk) a passive participle of a demand, no speech: "In a debate called for
                    # by the Liberal Democrats, MPs voted …", "a vote called for by Reform UK was defeated"
                if t.low in lex.quote_only_cues and not calls_for and not any(
                        x.quoted for x in toks[i + 1 : min(hi, i + QUOTE_ONLY_REACH)]) \
                        and not (t.text == t.low and (_en_quotation_tag(ctx, i, lo) or _en_headline_label_verb(ctx, i, lo))):
                    # (round 40, entags) also as the tag of a quotation before it: '"He's a fool," Trump lambasted Biden'
                    # (round 47, enheadlines3) or the verb of a headline's label after its quotation and a colon: "'A
                    # disaster': Critics slam new policy" (was no quote: a short quotation needs a cue of its own)
                    noun_use = True  # "a program called Race to the Top": only 'called the plan "a disgrace"'
                elif t.low in lex.quote_only_cues and t.low in lex.term_markers and _en_naming_participle(toks, lex, i, lo, hi):
                    noun_use = True  # (round 40, enpartial2) 'trashbins labelled "racist", "sexist"' names, no speech
                elif t.low == "described" and nxt is not None and nxt.low == "as" and i - 2 >= lo \
                        and toks[i - 2].low in ("a", "an") and _en_naming_participle(toks, lex, i, lo, hi):
                    noun_use = True  # (round 44, enobits) a passive reduced relative after an indefinite noun: 'a dad
                    # described as "one of the best"', 'a man described as "kind"' (the dad is described, no speaker)
                if t.low in lex.quote_only_cues and t.low.endswith("ing") and prev is not None and prev.is_word \
                        and prev.text == prev.low and not (prev.low in lex.auxiliaries or prev.low in lex.skippable
                                                           or prev.low in lex.coordinators or prev.low in lex.pronouns
                                                           or prev.low in lex.negations or prev.low.endswith("ly")):
                    noun_use = True  # "stupid play calling": a noun; not "Kent calling it", "are calling it"
                if t.low not in lex.speech_act_verbs and nxt is not None and (
                        (nxt.low == "to" and i + 2 < hi and toks[i + 2].low == "be")
                        or (nxt.low in lex.negations and i + 2 < hi and toks[i + 2].low == "to"
                            # (round 48, enacts2) a commitment's negated infinitive: "The senator threatened not to
                            # vote for the bill" (as "vowed not to")
                            and not (t.low in lex.infinitive_acts and _en_bare_infinitive(toks, lex, i + 2, hi)))):
                    noun_use = True  # "who asked not to be named", "is said to be ill": no reported content
                if (t.low in lex.stance_cues or t.low in _EN_THOUGHT_QUESTIONS) and (
                        _en_first_second_person_subject(ctx, i, lo) or _en_in_condition(ctx, i, lo)):
                    # (round 33) the writer's own view: "I think that …", "you know that …"; or a hypothetical or
                    # backgrounded belief: "If he knew that there is a 10% possibility …", "while the WHO recognized that …"
                    noun_use = True
                if t.low not in _EN_SAY_FORMS and t.text == t.low and _en_hypothetical_cue(ctx, i, lo, hi):
                    noun_use = True  # (round 48, enleft4) a hypothesis: "Critics could argue that …"
                if t.text == t.low and t.low in _EN_DISCOURSE_CUES and _en_writer_discourse_cue(ctx, i, lo):
                    noun_use = True  # (round 49, auditnews4) the writer's ordering of the piece, no report: "We'll start
                    # by noting that …" (the past "We noted that …" and "I would note that …" stay)
                if t.low in _EN_SAY_FORMS and _en_idle_say(ctx, i, lo, hi):
                    # (round 39, ensay) "say" in the writer's own prose, no report: a set phrase ("Needless to say", "Let's
                    # say", "as they say", "goes without saying"), the writer's present words ("I'd say", "I'm not
                    # saying", "you could say"), a comparison ("It's like saying …"), an imperative or a bare infinitive
                    # ("Stop saying …", "Why not just say …", "To say that … is absurd")
                    noun_use = True
                if t.text == t.low and t.low in lex.open_request_verbs and prev is not None and not prev.quoted \
                        and prev.low in lex.open_request_subjects and (i - 1 == lo or not toks[i - 2].is_word):
                    noun_use = True  # (round 48, audittweets2) a request to anyone: "Somebody tell the mayor the bridge
                    # is falling apart", "Someone remind Smith that …" (was a report by "Somebody")
                if t.low in ("write", "type") and prev is not None and prev.low in ("i", "we") and i - 2 >= lo \
                        and toks[i - 2].low in ("as", "while") and not prev.quoted:
                    noun_use = True  # (round 43, enopinion) the columnist's moment of writing, no report: "As I write
                    # this, the Senate is still voting" (was the writer's report "the Senate is still voting")
                if t.low in _EN_AGREE_FORMS and nxt is not None and nxt.text == "to" and i + 2 < hi \
                        and not toks[i + 2].quoted and (toks[i + 2].low in lex.determiners
                                                        or toks[i + 2].low in lex.possessives):
                    noun_use = True  # (round 49, auditnews6) consent to a thing, no speech: "before the council would
                    # agree to a meeting" (took a quotation before it in the sentence as its own)
                if not noun_use and t.text == t.low and (_en_free_relative_ask(toks, i, lo)
                                                         or _en_comparison_standard(ctx, i, lo, hi)):
                    noun_use = True  # (round 49, auditnews6) no report: the idiom "depending on who you ask", "no
                    # matter whom you ask"; the standard of a comparison with its clause elided ("as good as the
                    # organisers hoped it would be", "not as strong as forecasters predicted")
                if not noun_use and prev is not None and prev.is_word and _en_asked_cue(ctx, i, lo, hi):
                    noun_use = True  # (round 42, encomments4) a question asserts no report: "Does she really believe
                    # that we are going to buy …?", "is anyone suggesting that we simply ignore the problem?"
                if t.low == "hope" and prev is not None and (prev.low in lex.auxiliaries or prev.low in lex.negations
                                                             or prev.low in ("there", "little", "some", "much")):
                    noun_use = True  # (round 33) a noun: "There is hope that …", "There is no hope that …"
                if t.low in ("hope", "thought") and i - 2 >= lo and toks[i - 2].low in lex.determiners \
                        and prev.text == prev.low and prev.is_word and prev.low not in lex.auxiliaries:
                    noun_use = True  # (round 33) a noun after an article and an adjective: "in the naive hope that …"
                bare_stance = t.low in _EN_BARE_STANCE and _en_bare_stance_clause(ctx, i, lo, hi)
                agent_th = i + 1
                if t.low in lex.belief_participles and prev is not None and prev.low in lex.passive_auxiliaries \
                        and nxt is not None and nxt.low == "by" and nxt.text == "by" and not nxt.quoted:
                    # (round 48, enpassive2) a belief passive's agent before "that": "It was thought by investigators
                    # that the fire was arson" (as "It was believed by police that …"; was nothing)
                    agent_th = next((x for x in range(i + 2, min(hi, i + 7)) if not toks[x].is_word or toks[x].quoted
                                          or toks[x].low == "that"), hi)
                    agent_th = agent_th if agent_th < hi and toks[agent_th].text == "that" \
                        and not toks[agent_th].quoted and agent_th > i + 2 and not any(
                            x.low in lex.time_words or x.low in _EN_BY_TIME for x in toks[i + 2 : agent_th]) else i + 1
                if t.low in lex.stance_cues and not bare_stance and (agent_th + 1 >= hi or toks[agent_th].low != "that" or (
                        toks[agent_th + 1].low.endswith("ing") or toks[agent_th + 1].low in _EN_NOT_CLAUSE_AFTER_THAT)):
                    # (round 33) only before "that" and a clause: not "where they thought they would be", nor "that" as
                    # the object ("Everybody knows that including …", "understands that better")
                    noun_use = True
                if t.low in lex.belief_participles:
                    pass  # (round 48, enpassive) a belief in the impersonal passive reports as "believed" does: "It is
                    # thought that the fire started in the kitchen", "It is suspected that …" (no speaker)
                elif t.low in lex.stance_cues and prev is not None and prev.low in lex.passive_auxiliaries:
                    noun_use = True  # (round 33) an impersonal passive: "It is understood that …", "it was expected that …"
                elif t.low in lex.stance_cues and prev is not None and not prev.quoted and (
                        (prev.low == "'s" and i - 2 >= lo and toks[i - 2].low == "it") or (
                        prev.text == prev.low and (prev.low in lex.skippable or prev.low.endswith("ly"))
                        # (round 48, enpassive) the walk stops at the auxiliary ("is", "was" are skippable too): "It is
                        # widely understood that …" had the speaker "It", "It is now understood that …" as well (an
                        # auxiliary right before the participle is the elif before)
                        and (b := next((x for x in range(i - 2, max(lo, i - 4) - 1, -1) if not (
                            toks[x].text == toks[x].low and toks[x].low not in lex.passive_auxiliaries
                            and (toks[x].low in lex.skippable or toks[x].low.endswith("ly")))),
                            None)) is not None and not toks[b].quoted and (toks[b].low in lex.passive_auxiliaries or (
                                toks[b].low == "'s" and b - 1 >= lo and toks[b - 1].low == "it")))):
                    noun_use = True  # (round 37, e6) also with adverbs between and after "it's": "It's now understood
                    # that …", "it is now understood that …" (the speaker had been the one continuing)
                if t.low == "indicate" and prev is not None and not prev.quoted and (
                        prev.low in lex.auxiliaries or prev.low in ("to", "i", "we", "you")):
                    noun_use = True  # (round 46) the base form after an auxiliary or modal, "to" or "I"/"we"/"you": "may
                    # I indicate that …", "to indicate that …" (a plural finding reports: "Studies indicate that …")
                if lex.lang == "en" and t.low in lex.state_cues and prev is not None and prev.low in EN_STATE_BE \
                        and not prev.quoted and _en_body_state_in_report(ctx, i - 1, lo):
                    noun_use = True  # (round 48, ennested2) a body's worry inside a report is the outer speaker's, as
                    # its conviction: "Johnson said the administration was worried that …" (gave a second report)
                if t.low in lex.that_only_cues and not bare_stance and not (
                        # (round 46, encomm) a tag verb that also reports "that" needs no "that" as a quotation's tag:
                        # '"…," she protested' ("She protested that …" reports too, "Thousands protested" does not)
                        t.low in lex.after_quotation_cues and (_en_quotation_tag(ctx, i, lo) or (
                            lex.lang == "en" and _en_colon_quotation_tag(ctx, i, hi)))) and not (
                        # (round 50, enarticles2) nor a post's verb before a comma or colon and its quotation
                        lex.lang == "en" and t.low in _EN_POST_CUES and _en_post_quotation_after(ctx, i, hi)):
                    # "found the body", "TV shows": only "found that …"; and not "shows that aired …",
                    # where "that" is a relative pronoun (a verb follows it, not a subject); a named place
                    # may come between: "posted on Facebook that …"
                    th = start = _en_tally_manner_end(toks, lex, i + 1, hi) if lex.lang == "en" else i + 1
                    if agent_th > i + 1:
                        th = start = agent_th  # (round 48, enpassive2) a belief passive's agent: "thought by X that …"
                    if th + 1 < hi and toks[th].low in lex.time_words:
                        # (round 33) a day between: "The judge ruled Friday that …", "ruled Monday evening that …"
                        th += 1 + (th + 2 < hi and toks[th + 1].text in ("morning", "afternoon", "evening", "night")
                                   and toks[th + 2].low == "that")
                        if toks[th].low != "that":
                            th = start
                    if lex.lang == "en" and th + 3 < hi and toks[th].low != "that" and t.low in _EN_POST_CUES:
                        th = _en_post_place_that(toks, lex, th, hi)
                    if th + 2 < hi and toks[th].low in ("on", "in") and toks[th].text == toks[th].low \
                            and toks[th + 1].is_cap and toks[th + 1].is_word and toks[th + 2].low == "that":
                        th += 2
                    elif th + 3 < hi and toks[th].low in ("on", "in") and toks[th].text == toks[th].low and (
                            e := next((x for x in range(th + 1, min(hi, th + 5)) if toks[x].low == "that"), None)) is not None \
                            and all(x.is_word and not x.quoted and (x.low not in lex.cue_verbs or (
                                x is toks[e - 1] and toks[th].low == "in" and x.low in lex.document_nouns))
                                    for x in toks[th + 1 : e]) \
                            and (toks[e - 1].low in _EN_MEDIA_PLACES or (
                                # (round 35) a document: "The judge found in his ruling that …", "implied in a court
                                # filing that …" (reported nothing)
                                toks[th].low == "in" and toks[e - 1].low in lex.document_nouns
                                and toks[e - 1].text == toks[e - 1].low)):
                        th = e  # (round 24) "posted on social media that …", "wrote in a blog post that …"
                    that = toks[th] if th < hi else None
                    after = toks[th + 1] if th + 1 < hi else None
                    if not (that is not None and that.low == "that" and not that.quoted and after is not None
                            and (after.is_word or (
                                # (round 47, enleftovers) a state participle that is also a verb keeps the state
                                # rule's interruption after "that": "they're worried that, if they get sick, they could
                                # go bankrupt" (not "I hope Mr. Aliyev knows that, in case …")
                                lex.lang == "en" and t.low in lex.state_cues and after.text == "," and not after.quoted
                                and th + 2 < hi
                                and toks[th + 2].is_word and not toks[th + 2].quoted) or (
                                # (round 35) a quotation as the content: 'Bates found that "the Court sees no reason …"'
                                after.quoted and th + 2 < hi and toks[th + 2].is_word and toks[th + 2].quoted
                                and lex.lang == "en" and all(x.quoted or x.text in {".", "!", "?"} for x in toks[th + 1 : hi])))
                            and not after.low.endswith("ed") and after.low not in lex.auxiliaries
                            # (round 33) "that" as the object: "I recommended that to the Congress", "found that to be"
                            and after.text != "to") \
                            and not _en_after_quotation_subject(ctx, i, lo) and not _en_trailing_cue(ctx, i, lo, hi) \
                            and not _en_finding_clause(ctx, i, lo, hi):
                        noun_use = True  # (but '"That's a lie," Trump posted on Truth Social' reports, and
                        # "…, polls show." closing a sentence)
                    if t.low in lex.holding_cues and not noun_use and (
                            (prev is not None and prev.low in lex.passive_auxiliaries) or th + 1 >= hi or not (
                                toks[th + 1].low in lex.pronouns or toks[th + 1].is_cap or toks[th + 1].text[:1].isdigit()
                                or (toks[th + 1].low in lex.determiners
                                    and toks[th + 1].low not in ("this", "that", "these", "those")))
                            or toks[th + 1].low in lex.time_words):
                        # (round 37, e5) a court's holding only before a clause's subject: "The court held that the
                        # search was unlawful"; not "was held that day", "held that stake", "decided that night"
                        noun_use = True
            else:  # an attributive participle sits between an article and its noun
                noun_use = prev is not None and ((prev.low == "zu" and t.low not in lex.zu_infinitive_cues
                                                  and de_speech_governor(toks, i, lo, lex) is None) or (
                    prev.low in lex.determiners and nxt is not None and nxt.is_cap and nxt.is_word))
                if not noun_use and t.low.endswith(("te", "ten")) and nxt is not None and nxt.is_cap and nxt.is_word \
                        and not nxt.quoted and (v := next((x for x in range(i + 2, min(hi, i + 4)) if not toks[x].is_word
                                                            or toks[x].quoted or toks[x].low in lex.cue_verbs), None)) \
                        is not None and toks[v].is_word and not toks[v].quoted and toks[v].text == toks[v].low \
                        and all(x.is_cap for x in toks[i + 2 : v]):
                    # (round 47, deend: only capitalised words of the noun between; "…, sagte Lindner und verwies auf die
                    # Zahlen" lost its cue "sagte" and gave the whole sentence to "Die Reform")
                    # (round 38, dequellen) a participle before its noun, the clause's cue after: "Wie informierte Kreise
                    # sagten, …", "wie gut unterrichtete Quellen berichteten" (the cue was "informierte")
                    noun_use = True
                if not noun_use and nxt is not None and nxt.low in lex.passive_auxiliaries and nxt.text == nxt.low \
                        and i + 2 < hi and toks[i + 2].text == "," and not toks[i + 2].quoted and (comma := next(
                            (x for x in range(i - 1, max(lo, i - 8), -1) if toks[x].text in {",", ";", ":"}
                             and not toks[x].quoted), None)) is not None and comma > lo \
                        and toks[comma].text == "," and toks[comma + 1].low in _DE_DATIVE_RELATIVES \
                        and (toks[comma + 1].low in ("dem", "denen") or toks[comma + 2].is_cap) \
                        and not any(x.low in ("von", "vom", "durch", "seitens") for x in toks[comma + 1 : i]):
                    # (round 35) a passive in a relative clause inside the sentence: "Der 40-Jährige, dem Totschlag
                    # vorgeworfen wird, schwieg zum Prozessauftakt" (the main clause's predicate was the content)
                    noun_use = True
                if not noun_use and prev is not None and prev.low in lex.determiners and prev.text == prev.low \
                        and not prev.quoted and t.low.endswith(("te", "ten", "ter", "tes", "tem")) and i + 2 < hi \
                        and nxt.is_word and not nxt.quoted and nxt.text == nxt.low and nxt.low.endswith(DE_ADJECTIVE_ENDINGS) \
                        and nxt.low not in lex.determiners and nxt.low not in lex.pronouns and nxt.low not in lex.stopwords \
                        and toks[i + 2].is_cap and toks[i + 2].is_word and not toks[i + 2].quoted \
                        and not (i - 2 >= lo and toks[i - 2].text == ","):
                    # (round 35) an attributive participle before an adjective and its noun: "müssen die verlangten höheren
                    # Gebühren zurückgezahlt werden" (the speaker was "höheren Gebühren"); not a relative "…, die verlangten"
                    noun_use = True
                if not noun_use and nxt is not None and t.text == t.low and t.low.endswith(("te", "ten", "ter", "tes", "tem")) \
                        and ((nxt.is_cap and nxt.is_word) or (nxt.quoted and not nxt.is_word)) \
                        and _de_attributive_agent(toks, lex, i, lo):
                    # (round 42, depolitics2) a participle with its agent inside a noun phrase: "Das von der
                    # Bundesregierung propagierte „neue Wirtschaftswunder“ sei …" (the Bundesregierung spoke)
                    noun_use = True
                if t.low in _DE_OTHER_VERB_PARTICLES and any(
                        x.low == _DE_OTHER_VERB_PARTICLES[t.low] and x.text == x.low and not x.quoted and (
                            k + 1 >= hi or toks[k + 1].text in {".", ",", ";", "!", "?"})
                        for k, x in enumerate(toks[i + 1 : hi], i + 1)):
                    noun_use = True  # (round 34 w2a) another verb with its particle: "Der König dankte ab" (resigned)
                wie = next((x for x in range(i - 1, lo + 1, -1) if toks[x].low == "wie" and toks[x - 1].text == ","
                            and not toks[x - 1].quoted), None)
                if t.low.endswith("en") and nxt is not None and (nxt.low in ("und", "oder") or nxt.text in {".", "!"}) and not any(
                        # (round 46, decomm) not the infinitive of a trailing "ließ X mitteilen" after a comma: "Die
                        # Kirche werde die Steuern senken, ließ der Papst mitteilen" (reported nothing)
                        toks[k].low in lex.let_verbs and toks[k].text == toks[k].low and toks[k - 1].text == ","
                        and not toks[k - 1].quoted for k in range(i - 1, max(lo, i - 7), -1)) and any(
                        x.low in _DE_KONJUNKTIV_MODALS and x.text == x.low and not x.quoted
                        # (round 35) not a plural cue closing a trailing wie-clause: "Nun müsse gehandelt werden, wie die
                        # Autoren in ihrem Brief betonen" (reported nothing)
                        for x in toks[(wie if wie is not None else lo):i]):
                    # an infinitive of the reported predicate after a modal in the Konjunktiv: "Chinas Militär werde sich
                    # „…“, die Souveränität verteidigen und den Separatismus niederschlagen"
                    noun_use = True
                if prev is not None and not prev.quoted and (
                        # "wie angekündigt", "wie erwartet": an adverbial without a subject of its own
                        (prev.low == "wie" and t.text == t.low and (t.low.startswith("ge") or t.low.endswith("t")))
                        # a number, then an attributive participle: "118.000 bestätigte Infektionen"
                        or (prev.text[:1].isdigit() and nxt is not None and nxt.is_cap and nxt.is_word
                            # (round 24) only a participle's form, not after a year: "Im Jahr 2022 sagte Baerbock, …"
                            # (a finite verb) reported nothing
                            and (t.low.startswith(_DE_PARTICIPLE_PREFIXES) or t.low.endswith(("ierte", "ierten")))
                            and not re.fullmatch(r"(?:19|20)\d\d", prev.text))):
                    noun_use = True
                if noun_use and i - 1 == lo and prev.low in lex.anaphoric_objects and lex.separable.get(t.low) \
                        and particle_found(ctx, i, lo, hi):
                    noun_use = False  # a fronted "Das" with a finite verb: "Das teilte Steinmeier mit."
                if noun_use and i - 1 == lo and prev.low in ("das", "dies") and not lex.separable.get(t.low) and (
                        lex.is_first_name(nxt.text) or nxt.low in ctx.ents.by_surname or i + 2 >= hi
                        or (nxt.is_cap and lex.is_title(nxt.text))  # "Das bekräftigte Wirtschaftsminister Habeck"
                        # (round 37, h3) a state's genitive before its organ: "Das meldete Nordkoreas staatliche
                        # Nachrichtenagentur KCNA", "Das sagte Russlands Außenminister Sergej Lawrow" (reported nothing)
                        or de_country_genitive(nxt, lex)
                        or toks[i + 2].text in {".", ",", ":", ";", "("} or toks[i + 2].low in lex.time_words
                        or (toks[i + 2].low in lex.prepositions and toks[i + 2].text == toks[i + 2].low)
                        # (round 37, h2) a plural form, never an attribute after "das" (that ends in -e): "Das berichten
                        # Forscher der Universität Kiel" reported nothing
                        or (t.low.endswith("en") and nxt.is_cap and nxt.is_word and not nxt.quoted)):
                    noun_use = False  # "Das sagte Müller.", "Das sagte Hans Müller, …": a finite verb, no "das erklärte Ziel"
            if lex.lang == "en" and t.low in lex.after_quotation_cues:
                # (round 40, entags) English: only as the tag of a quotation that ends with its comma, its question or
                # exclamation mark: '"…," Trump challenged', '"…," barked Clough' (not "The group challenged the law",
                # 'Trump's "America First" policy challenged allies')
                if t.low not in lex.that_only_cues and not _en_quotation_tag(ctx, i, lo) \
                        and not _en_colon_quotation_tag(ctx, i, hi) \
                        and not (t.low in _EN_REMEMBERED_AS and _en_remembered_as(toks, i, hi)) and not (
                        # (round 48, enacts2) an offer with a bare infinitive: "Merkel offered to mediate", "He offered
                        # not to run" (its subject is checked with the content: `person_subject_infinitives`)
                        t.low in lex.infinitive_acts and t.text == t.low and i + 1 < hi and _en_bare_infinitive(
                            toks, lex, i + 1 + (toks[i + 1].low in ("not", "never")), hi)) and not (
                        # (round 47, enquestions) a tag of asking before its question: "The senator inquired whether the
                        # plan would work" (inquired, enquired, queried reported only as a quotation's tag)
                        t.low in lex.question_cues and nxt is not None and nxt.text in _EN_ASKED_QUESTION_WORDS
                        and prev is not None and not _en_first_second_person_subject(ctx, i, lo)):
                    # (round 46, encomm) a tag verb also in that_only_cues is decided there: it reports as a tag or
                    # with "that"
                    noun_use = True
            elif t.low in lex.after_quotation_cues and not (i - 1 >= lo and (toks[i - 1].quoted or (
                    toks[i - 1].text == "," and i - 2 >= lo and toks[i - 2].quoted))) \
                    and not _perfect_after_quotation(ctx, i, lo, hi) and not (
                    # (round 21) or after a reported clause in the Konjunktiv I: "Das sei lächerlich, schimpfte Scholz"
                    i - 1 > lo and toks[i - 1].text == "," and not toks[i - 1].quoted and not toks[lo].quoted
                    and any(x.low in lex.konjunktiv_i and x.text == x.low and not x.quoted for x in toks[lo : i - 1])) \
                    and not _konjunktiv_clause_after(ctx, i, hi) \
                    and not (t.low in lex.quotation_calls and _de_call_before_quotation(ctx, i, hi)):
                noun_use = True  # "„…“, analysiert Trainer X" reports; "Die Forscher analysierten Daten" does not
                # (round 41, destudies2: nor a chant before the slogan it calls out, "Die Teilnehmer skandierten „…“")
            if lex.lang == "de" and t.low in _DE_QUOTATION_ONLY_TAGS and not (
                    i - 2 >= lo and toks[i - 1].text == "," and not toks[i - 1].quoted and toks[i - 2].quoted
                    and not toks[i - 2].is_word):
                noun_use = True  # (round 43, detv) only right after a quotation's closing mark and comma: "„…“, begann die
                # 46-Jährige" (not "…, ob er noch fahren wolle, beginnt seine Erinnerungslücke")
            if t.low in lex.wie_only_cues and not (toks[lo].text == "Wie" and not any(
                    x.text in {",", ";", ":"} and not x.quoted for x in toks[lo:i])) and not (
                    # (round 29) or a trailing wie-clause: "VW muss zehn Milliarden zurückstellen, wie das Handelsblatt
                    # erfuhr." (reported nothing)
                    (w := next((x for x in range(i - 1, max(lo, i - 8), -1) if toks[x].text == "wie"), None)
                     # (round 43, dereports) a longer clause after a medium: ", wie die Nachrichtenagentur Reuters am
                     # Montag von einer mit dem Vorgang vertrauten Person erfuhr."
                     or next((x for x in range(i - 8, max(lo, i - 18), -1) if toks[x].text == "wie"
                              and _de_medium_subject(ctx, x + 1, min(i, x + 5))), None)) is not None
                    and w - 1 > lo and toks[w - 1].text == "," and not toks[w - 1].quoted
                    and not any(x.text in {",", ";", ":"} and not x.quoted for x in toks[w:i])
                    and (i + 1 >= hi or not toks[i + 1].is_word)) and not _de_trailing_learned(ctx, i, lo, hi) \
                    and not _de_learned_main(ctx, i, lo, hi):
                noun_use = True  # (round 28) "Wie die Zeitung erfuhr, …" reports; "Er erfuhr, dass …" does not
            if i - 1 >= lo and toks[i - 1].text == "Es" and i - 1 == lo and t.low not in lex.impersonal_cues \
                    and not _impersonal(ctx, i, lo, hi):
                noun_use = True  # an expletive "es" subject: "Es drohten örtliche Blitzschäden" (loomed)
            if lex.lang == "de" and t.low == "wiederholt" and nxt is not None and nxt.text == nxt.low \
                    and nxt.low in lex.cue_verbs and nxt.low != "wiederholt":
                noun_use = True  # an adverb before the participle that reports: "hatte … wiederholt betont"
            if t.low in lex.reflexive_not_cues and (_in_clause(ctx, i, lo, hi, "sich") or (
                    t.low in lex.self_naming_verbs and _in_clause(ctx, i, lo, hi, "sich", over_quotes=True))) \
                    and not _de_sich_before_und(ctx, i, lo, hi):
                noun_use = True  # "hatte sich eine Zeugin bei Gericht gemeldet": got in touch, said nothing; (round 47,
                # naming) also over the name: "Die Gruppe, die sich „Patrioten für Freiheit“ nennt, …" (reported the clause)
            if t.low in lex.evidence_verbs and _de_evidence(ctx, i, lo, hi):
                noun_use = True  # (round 38, dewriter) "Vieles spricht dafür, dass …": evidence, no speech
            if t.low in lex.push_verbs and t.text == t.low and not _de_push_demand(ctx, i, hi):
                noun_use = True  # (round 41, dedemands) "Die Menge drängte auf die Straße": motion, no demand
            if lex.lang == "de" and t.low in _DE_INVITE_VERBS and t.text == t.low and _de_invitation(ctx, i, lo, hi):
                noun_use = True  # (round 43, dereports) "bat der Nuntius zum Jahresempfang": an invitation, no request
            if t.low in lex.poll_result_participles and not _de_poll_result(ctx, i, lo, hi):
                noun_use = True  # (round 39, depolls4) "Daraus haben sich Probleme ergeben": no poll's finding
            if lex.lang == "de" and t.low in _DE_FINDING_ONLY and not _de_study_shows(ctx, i, lo, hi):
                noun_use = True  # (round 40, depolls6) "Das ergibt Sinn", "Daraus ergibt sich …": no study's finding
            if lex.lang == "de" and t.low in _DE_OFFER_FORMS and not _de_offer(ctx, i, hi):
                noun_use = True  # (round 46, deleft) "Die Stadt bot Kurse an, die kostenlos waren": an offer of goods
                # ("Der Außenminister bot an, zu vermitteln" reports)
            if lex.lang == "de" and t.low in _DE_RULING_OUT_FORMS and not _de_ruling_out(ctx, i, lo):
                noun_use = True  # (round 46, deleft) "Ein Zusammenhang ist nicht ausgeschlossen", "Es lässt sich nicht
                # ausschließen, dass …": no one rules anything out ("hat nicht ausgeschlossen, dass …" does)
            if t.low in lex.risk_verbs and (_in_clause(ctx, i, lo, hi, "zu") or _de_thing_after(ctx, i, lo, hi)
                                            or _zu_infix_before(ctx, i, lo) or de_risk_infinitive_after(ctx, i, hi)):
                noun_use = True  # "Damit drohten hunderte Stellen unbesetzt zu bleiben", "An den Alpen drohten
                # Gewitter mit Hagel": a risk, no threat
            parts = lex.separable.get(t.low)
            if parts is not None and lex.lang == "en":
                # English: the particle next to the verb and a content right after it ("pointed out
                # that", "made it clear:"), not "made crystal clear a challenge that …"
                k = next((k for k in range(i + 1, min(hi, i + 3)) if _particle(ctx, k, parts, hi)), None)
                if k is None or not (k + 1 >= hi or toks[k + 1].quoted or toks[k + 1].text in {":", ","}
                                     or toks[k + 1].low in lex.complementizers
                                     # (round 23) closing the sentence after a quotation: '"…," he went on.'
                                     or (toks[k + 1].text == "." and _after_quotation_subject(ctx, i, lo))
                                     # (round 41, enasclauses) closing a trailing as-clause: "…, as Robin pointed out."
                                     or (toks[k + 1].text in {".", "!", "?", ";"} and _en_trailing_as(ctx, i, lo))
                                     # (round 44, enmideast) closing a trailing tag after a comma: "…, the
                                     # spokesperson pointed out."
                                     or (toks[k + 1].text in {".", "!", "?"} and "out" in parts
                                         and _en_trailing_tag(ctx, i, lo))
                                     # (round 36) a bare clause: "points out there is no magic answer"
                                     or (t.low in lex.bare_complement_verbs and k + 2 < hi and _en_bare_state_clause(ctx, k, hi))
                                     or _en_as_clause_adjunct(ctx, i, k, lo, hi)):
                    noun_use = True
            elif parts is not None and not particle_found(ctx, i, lo, hi) and not _impersonal(ctx, i, lo, hi) \
                    and not _de_opinion_clause(ctx, i, hi) and not _de_study_shows(ctx, i, lo, hi) \
                    and not _preposition_act(ctx, i, hi, lo) and not (  # (round 25: "wandte sich gegen die Pläne", no "ein")
                        # (round 34 w2f) "rief" right after a quotation: "„…“, rief ein Schäfer"
                        t.low in lex.quotation_calls and i - 1 >= lo and (toks[i - 1].quoted or (
                            toks[i - 1].text == "," and i - 2 >= lo and toks[i - 2].quoted))) \
                    and not (t.low in lex.quotation_calls and _de_call_before_quotation(ctx, i, hi)) and not (
                        # (round 35 w4) an opinion right after a quotation and its comma: "„Das ist ein Wunder“,
                        # findet die Nachbarin" (not "„Tag der offenen Tür“ findet am Samstag statt")
                        t.low in lex.opinion_verbs and i - 2 >= lo and toks[i - 1].text == "," and not toks[i - 1].quoted
                        and ((toks[i - 2].quoted and not toks[i - 2].is_word) or (
                            # or after a clause in the Konjunktiv I: "Die Reform komme zu spät, findet die Opposition"
                            not toks[lo].quoted and any(x.low in lex.konjunktiv_i and x.text == x.low and not x.quoted
                                                        for x in toks[lo : i - 1])))):
                noun_use = True
            idiom = lex.quotation_idioms.get(t.low)
            if idiom is not None and lex.lang == "de" and noun_use and i - 1 >= lo and (toks[i - 1].quoted or (
                    toks[i - 1].text == "," and i - 2 >= lo and toks[i - 2].quoted)) and _closing_word(ctx, i, idiom, hi):
                noun_use = False  # right after a quotation, its word closing the clause: "„…“, schloss sich Scheuer an"
            if lex.lang == "de" and t.low in ("droht", "drohen", "drohte", "drohten") and nxt is not None and (
                    (nxt.low in ("ein", "eine", "kein", "keine") and nxt.text == nxt.low) or (
                        # (round 24) also after an adjunct, without "mit", a comma or a quotation: "Der Läuferin droht
                        # nach einer positiven Probe eine Sperre"
                        any(x.text in ("ein", "eine", "kein", "keine") for x in toks[i + 2 : hi])
                        and not any(x.low in ("mit", "dass", "damit") or x.text in {",", ":"} or x.quoted
                                    for x in toks[i + 1 : hi]))):
                noun_use = True  # (round 22) a risk, no threat: "Deutschland droht ein massiver Lehrermangel"
            if lex.lang == "de" and t.low == "gestanden" and prev is not None and (prev.low in _DE_STOOD_BEFORE or any(
                    _in_clause(ctx, i, lo, hi, w) for w in _DE_STOOD_PHRASES)):
                # ((round 34 w2f) also a set phrase of standing in the clause: "hätten im Zusammenhang mit dem
                # Klimawandel gestanden", "habe im Mittelpunkt gestanden")
                noun_use = True  # (round 22) stood, not confessed: "Die Züge hätten drei Stunden gestanden, so der Sprecher"
            if lex.lang == "de" and t.text == t.low and t.low.endswith(("e", "en", "er", "es", "em")) and nxt is not None \
                    and nxt.is_word and nxt.is_cap and not nxt.quoted and prev is not None and not prev.quoted \
                    and prev.text == prev.low and (  # (not "Das teilte Steinmeier mit")
                        prev.low in lex.prepositions or prev.low in lex.determiners or (
                            prev.is_word and i - 2 >= lo
                            and (toks[i - 2].low in lex.prepositions or toks[i - 2].low in lex.determiners)
                            # (round 54, desocial) not after an agency's or a paper's lower-case name: "Gegenüber der dpa
                            # sagte Tiedemann, …", "Der taz sagte Müller, …" (no cue: "sagte" was an adjective)
                            and not (prev.low in DE_AGENCIES or lex.is_press_word(prev.low)))):
                noun_use = True  # (round 23) an adjective before its noun: "für versicherte Schäden", "der neu bestätigten Fälle"
            if lex.lang == "de" and t.low == "betont" and nxt is not None and i + 2 < hi and i - 2 >= lo \
                    and toks[i - 1].is_cap and toks[i - 1].is_word and not toks[i - 1].quoted \
                    and toks[i - 2].is_word and toks[i - 2].text == toks[i - 2].low and not toks[i - 2].quoted \
                    and toks[i - 2].low not in lex.determiners and toks[i - 2].low not in lex.prepositions \
                    and nxt.is_word and not nxt.quoted and nxt.text == nxt.low and nxt.low.endswith(("e", "en", "er", "es", "em")) \
                    and nxt.low not in lex.stopwords and nxt.low not in lex.determiners and nxt.low not in lex.konjunktiv_i \
                    and nxt.low not in lex.auxiliaries and toks[i + 2].is_word and toks[i + 2].is_cap \
                    and not toks[i + 2].quoted and toks[i + 2].low not in lex.determiners:
                noun_use = True  # (round 24) the adverb after a verb and its subject, before an adjective and its
                # noun: "stimmte Söder betont versöhnliche Töne an" (reported the sentence)
            if lex.lang == "de" and t.text == t.low and t.low.endswith("t") and nxt is not None and nxt.low in ("würde", "würden") \
                    and i + 2 < hi and toks[i + 2].text == "," and not nxt.quoted:
                noun_use = True  # (round 23) a passive at a clause end: "Die Preise, die an der Kasse verlangt würden, …"
            if lex.lang == "de" and t.text != t.low and not t.quoted and lex.is_source_noun(t.text) and (z := next(
                    (x for x in range(i + 1, min(hi, i + 6)) if not toks[x].is_word or toks[x].quoted
                     or toks[x].low == "zufolge"), None)) is not None and toks[z].low == "zufolge" and not toks[z].quoted:
                noun_use = True  # (round 38, dewonach2) the source noun of "zufolge" opening the sentence: "Berichten zufolge
                # starben 300 Menschen", "Berichten des Senders zufolge …" (a second report with the speaker "Personen")
            if lex.lang == "de" and t.low in ("hält", "hielt", "hielten", "halten") and any(
                    x.low in ("an", "am") and x.text == x.low and not x.quoted
                    # (round 46, decomm) not "am" before a day right before "fest": "Der Minister hielt am Montag fest, dass …"
                    # (reported nothing; "Die Polizei hielt am Montag einen Mann fest" stays no report)
                    and not (k + 2 < hi and x.low == "am" and toks[k + 1].low in lex.time_words and toks[k + 2].low == "fest")
                    for k, x in enumerate(toks[i + 1 : min(hi, i + 8)], i + 1)):
                noun_use = True  # (round 23) adhering, no report: "hält die Deutsche Bank am Plan von „…“ fest"
            if lex.lang == "en" and t.low in lex.raising_participles and t.low != "claimed" and t.text == t.low \
                    and nxt is not None and nxt.text == "to" and i + 2 < hi and toks[i + 2].low in ("be", "have") \
                    and toks[i + 2].text == toks[i + 2].low and prev is not None and prev.is_word and not prev.quoted \
                    and prev.low not in lex.auxiliaries and prev.low not in lex.passive_auxiliaries:
                noun_use = True  # (round 41, enoffices) a reduced passive relative: "Fake Mounties reported to be pulling over
                # drivers … turned out to be real officers" (the sentence was the Mounties' report)
            if lex.lang == "en" and t.low == "assured" and prev is not None and prev.low in ("mutual", "mutually", "rest", "be"):
                noun_use = True  # (round 23) an adjective: "mutual assured destruction", "rest assured"
            if lex.lang == "en" and t.low == "reminded" and ((prev is not None and prev.low in lex.passive_auxiliaries | {
                    "it", "this", "that"}) or (nxt is not None and nxt.low == "of")):
                noun_use = True  # (round 23) "they are reminded that …", "It reminded me that …": nobody speaks
            if lex.lang == "en" and t.low in ("continues", "reflected", "reflects") and not _after_quotation_subject(ctx, i, lo):
                noun_use = True  # (round 23) only right after a quotation: '"…," continues Ryan' (not "continues to …"; round
                # 24: '"…," Gatland reflected', not "Prices reflected demand")
            if lex.lang == "en" and t.low in ("reassured", "assured") and prev is not None \
                    and prev.low in ("feel", "feels", "felt", "feeling") and not prev.quoted:
                noun_use = True  # (round 41, enbriefings2) a state, no act: "The Taiwanese should feel reassured that
                # we will …" (the speaker was "Taiwanese should feel")
            if lex.lang == "en" and t.low in _EN_CREDIT_CUES and not (
                    prev is not None and not prev.quoted and (prev.low in lex.document_nouns or prev.low in _EN_CREDIT_DOCUMENTS)
                    and nxt is not None and nxt.quoted and not nxt.is_word):
                noun_use = True  # (round 53, enleft) "credits" reports only a document's words right before a quotation:
                # 'The presentation credits "improved discipline" for …' (not "tax credits", "He credited his coach")
            if lex.lang == "en" and t.low == "reads" and not (prev is not None and prev.low in lex.document_nouns) \
                    and not _en_reads_document_after(ctx, i, lo, hi):
                noun_use = True  # (round 22) "reads" reports only a document: '"…," James' statement reads.' (a document
                # with its source, "A statement from the office reads, “…”", took the branch of `_en_document_reads`)
            if lex.lang == "en" and t.low in _EN_NOUN_FORMS and t.text == t.low and prev is not None and prev.is_word \
                    and (prev.low in ("own", "its", "his", "her", "their", "our", "my") or (
                        i - 2 >= lo and toks[i - 2].low in ("a", "an", "this", "its", "his", "her", "their", "our", "my")
                        and prev.text == prev.low and (prev.low == "news" or not prev.low.endswith("s")))):
                noun_use = True  # (round 22) "in its own tweet", "According to a news report" (garbage speakers)
            if lex.lang == "en" and t.low in lex.noun_like_cues and t.text == t.low and prev is not None and prev.is_word \
                    and not prev.quoted and prev.text == prev.low and prev.low in lex.cue_noun_adjectives:
                noun_use = True  # (round 36) a noun after its adjective: "Denying recent reports that he would leave, …" (the
                # speaker was "Denying recent")
            if lex.lang == "en" and t.low in ("state", "states") and prev is not None and prev.is_cap and prev.is_word \
                    and not prev.quoted and i - 1 > lo and prev.low not in lex.pronouns and prev.low not in lex.not_nouns:
                noun_use = True  # (round 22) a place's noun: "a police officer in Uttar Pradesh state, said" (cue "state")
            if not noun_use:
                # (a cue verb that is also a light verb reports its act: "Die Opposition bekräftigte ihre Kritik an …")
                # (round 38, enreq) English "reiterated his call for …", "reiterated Washington's appeal to …"
                light = _light_noun(ctx, i, lo, hi) if t.low in lex.light_verbs and (
                    lex.lang == "de" or t.low.startswith("reiterat")) else None
                out.append(Cue(i, i, "verb", act=calls_for or _reflexive_act(ctx, i, hi) or _preposition_act(ctx, i, hi, lo)
                               or _particle_act(ctx, i, hi) or (light is not None and (
                                   light in lex.light_acts or _de_backref_light(ctx, i, lo, light)))))
            elif t.low in lex.light_verbs and (noun := _light_noun(ctx, i, lo, hi)) is not None:
                out.append(Cue(i, i, "verb", act=noun in lex.light_acts or _de_backref_light(ctx, i, lo, noun)))  # "stellte … in Frage"
        elif lex.lang == "de" and t.low in DE_COPULA and t.text == t.low and _de_finding_copula(ctx, i, lo, hi):
            out.append(Cue(i, i, "verb"))  # (round 40, depolls6) "Das ist das Ergebnis einer Umfrage des Instituts Forsa."
        elif t.low in lex.state_cues and t.text == t.low and (
                _de_state_cue(ctx, i, lo, hi) if lex.lang == "de" else _en_state_cue(ctx, i, lo, hi)):
            out.append(Cue(i, i, "verb"))  # a conviction: "Der Minister ist überzeugt, dass …", "is confident that"
        elif lex.lang == "de" and t.low in lex.quote_only_cues and t.text == t.low and any(
                x.quoted and x.is_word for x in toks[i + 1 : min(hi, i + QUOTE_ONLY_REACH)]):
            # a verb of judgement with a quotation after it: "Karliczek sieht den Bericht als „Warnsignal“"
            # ("sieht keinen Zusammenhang" reports nothing)
            out.append(Cue(i, i, "verb"))
        elif t.low in lex.light_verbs and (t.text == t.low or i == lo) and (noun := _light_noun(ctx, i, lo, hi)) is not None:
            out.append(Cue(i, i, "verb", act=noun in lex.light_acts or _de_backref_light(ctx, i, lo, noun)))
        elif lex.lang == "de" and t.low in lex.nominal_act_verbs and t.text == t.low and _de_come_to_speak(ctx, i, hi):
            # (round 37, h4) "kam … zu sprechen": the finite verb of a speech act that closes its clause with its
            # infinitive ("Auf die Rote Karte kam der Bundestrainer nach dem Spiel zu sprechen")
            out.append(Cue(i, i, "verb", act=True))
        elif lex.lang == "de" and t.low in lex.nominal_act_verbs and t.text == t.low \
                and (src := _de_nominal_act_source(ctx, i, lo, hi)) is not None:
            # (round 36, g1) a speech act named by its noun, the source in a von/aus-phrase: "Kritik kam auch von den
            # Grünen", "Aus der Opposition kam scharfe Kritik"
            out.append(Cue(i, i, "verb", speaker=src, act=True))
        elif lex.lang == "de" and t.low in lex.received_act_verbs and t.text == t.low \
                and (src := _de_received_act_source(ctx, i, lo, hi)) is not None:
            # (round 38, deobj2) a received act, its source in a von/aus-phrase: "Viel Lob erhielt die Ministerin von den
            # Verbänden", "Volle Unterstützung bekam Seehofer hingegen von Dobrindt: „…“" (the recipient was the speaker)
            out.append(Cue(i, i, "verb", speaker=src, act=True))
        elif lex.lang == "de" and t.low in lex.met_act_verbs and t.text == t.low and not t.quoted \
                and (src := _de_met_act_source(ctx, i, lo, hi)) is not None:
            # (round 50, deleft15) meeting a speech act, its source a genitive or a bei/von-phrase: "Der Vorschlag stieß
            # auf Kritik der Opposition", "… ist bei den Grünen auf Widerspruch gestoßen"
            out.append(Cue(i, i, "verb", speaker=src, act=True))
        elif lex.lang == "de" and t.low in lex.reflexive_participles and t.text == t.low and not t.quoted \
                and (i + 1 >= hi or not toks[i + 1].is_word) and _in_clause(ctx, i, lo, hi, "sich") \
                and any(x.low in lex.auxiliaries and x.text == x.low and not x.quoted
                        for x in toks[max(lo, i - (14 if t.low not in _DE_CLAIM_VERBS else 24)) : i]) \
                and (t.low not in _DE_CLAIM_VERBS or _de_claimed(ctx, i, lo, hi)):
            # (round 39: a claim's long object, "haben sich zur Entführung von zwei Deutschen und … Südkoreanern bekannt")
            # (round 28) the perfect of "sich … aussprechen": "Politiker haben sich gegen Auftrittsverbote ausgesprochen"
            out.append(Cue(i, i, "verb", act=True))
        i += 1
    if lex.lang == "en" and lex.back_particle_cues:
        for n, c in enumerate(out):
            k = c.last + 1
            if c.kind == "verb" and c.first == c.last and toks[c.first].low in lex.back_particle_cues and k < hi \
                    and toks[k].text == "back" and not toks[k].quoted and not (k + 1 < hi and toks[k + 1].text in {"-", "–"}):
                out[n] = _dc_replace(c, last=k)  # (round 52, enleft2) '"…," she snapped back.' (the CUE span was "snapped")
    return out


#: words of a subject between a quotation and its trailing cue ('"…," the former president posted')
EN_TRAILING_SUBJECT_WORDS = 5


#: German "stehen" forms that report only from a document ("Im Bericht steht, dass …")
_DE_STAND = frozenset({"steht", "stand"})

#: (round 53, auditde4) finite forms of "melden" whose "an" files something (yaml `filed_nouns`)
_DE_FILE_FORMS = frozenset({"meldet", "meldete", "meldeten", "melden", "melde"})


def _de_filed(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 53, auditde4): the "melden" at token i files a thing of `filed_nouns` (also a compound's end) with
    its particle "an" closing the clause within seven tokens: "meldet Insolvenz an", "meldete für 300 Beschäftigte
    Kurzarbeit an"."""
    toks = ctx.tokens
    for k in range(i + 1, min(hi, i + 8)):
        t = toks[k]
        if t.quoted or t.text in {",", ";", ":", "."}:
            return False
        if t.text == "an":
            return (k + 1 >= hi or not toks[k + 1].is_word) and any(
                x.is_cap and not x.quoted and x.low.endswith(tuple(ctx.lex.filed_nouns)) for x in toks[i + 1 : k])
    return False


#: what one reports for or to without saying anything ("reported for duty", "reported to work")
_EN_DUTY_WORDS = frozenset({"duty", "work", "service", "training", "jury"})


def _en_names_start(toks: list, i: int, lo: int) -> tuple[int, bool]:
    """(round 48, ennounverb) The first token of the run of capitalised words before token i, which may join two names
    by "and"/"&" ("the Horowitz and Durham reports"), and whether it joins them (i - 1 and False when there is none)."""
    b = i - 1
    joined = False
    while b > lo and not toks[b - 1].quoted:
        if toks[b - 1].is_cap and toks[b - 1].is_word:
            b -= 1
        elif toks[b - 1].low in ("and", "&") and b - 2 >= lo and toks[b - 2].is_cap and toks[b - 2].is_word \
                and not toks[b - 2].quoted:
            joined = True
            b -= 1
        else:
            break
    return b, joined


def _en_names_noun(toks: list, i: int, lo: int, hi: int) -> bool:
    """(round 48, ennounverb) Whether the -s cue at i closes a noun phrase "the NAME and NAME reports" (a verb after a
    subject joined by "and" has no -s) or "the NAME reports, which …" (a relative clause after a comma follows a noun)."""
    b, joined = _en_names_start(toks, i, lo)
    # the article: lower case, or "The" opening the sentence (a capitalised "The" is then inside the run)
    if not ((toks[b].text == "The" and (b == lo or not toks[b - 1].is_word))
            or (b - 1 >= lo and toks[b - 1].text == "the")):
        return False
    if joined:
        return True
    return i + 2 < hi and toks[i + 1].text == "," and toks[i + 2].low == "which" and not toks[i + 2].quoted


#: (round 41, enbodies3) determiners of a singular noun before a year or an adjective ("the 2022 report", "its annual
#: report", "a new claim")
_EN_SINGULAR_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
#: (round 41, enbodies3) adjectives of a document or an utterance without an adjective ending ("the new report")
_EN_DOCUMENT_ADJECTIVES = frozenset({"new", "latest", "last", "first", "annual", "final", "recent", "joint", "full",
                                     "initial", "interim", "preliminary", "earlier", "previous", "second", "third"})


def _en_modified_noun_cue(toks, lex, i: int, lo: int) -> bool:
    """English (round 41, enbodies3): a base-form cue that is also a noun (`noun_like_cues`: "report", "claim", "estimate")
    right after a determiner and a year or an adjective is that noun: 'The 2022 report "shows a worrying trend," Freedom
    House president Michael Abramowitz said', "The annual report …" (the speaker was "2022", "annual"; a verb in the
    base form needs a plural subject: "The new members report that …")."""
    t = toks[i]
    if i - 2 < lo or t.text != t.low or t.low.endswith("s") or t.low not in lex.noun_like_cues:
        return False
    prev, det = toks[i - 1], toks[i - 2]
    if prev.quoted or det.quoted or det.low not in _EN_SINGULAR_DETERMINERS or not (det.text == det.low or i - 2 == lo):
        return False
    return (len(prev.text) == 4 and prev.text.isdigit()) or (prev.text == prev.low and (
        prev.low in _EN_DOCUMENT_ADJECTIVES or prev.low.endswith(("al", "ic", "ive", "ary"))))


#: (round 41, encomments) nouns of a reader's post that are also cue verbs (`_en_post_noun`)
_EN_POST_NOUNS = frozenset({"comment", "comments", "remark", "remarks"})
#: endings of a person noun that can be the subject of "comments"/"remarks" ("the writer comments that …")
_EN_PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ee")


_EN_TALLY = re.compile(r"\d{1,2}-\d{1,2}")


def _en_tally_manner_end(toks, lex, k: int, hi: int) -> int:
    """(round 41, encourts) after a cue with "that" only, the index past a court's vote tally and a manner adverb in
    -ly, each optional: "The Supreme Court ruled 6-3 that …", "ruled 5-4 on Thursday that …", "The panel held
    unanimously that …", "The court found unanimously that …" (reported nothing). Not a noun in -ly ("shows family
    that …"); the caller still needs "that" and a clause's subject after it."""
    if k < hi and _EN_TALLY.fullmatch(toks[k].text):
        k += 1
    elif k + 2 < hi and toks[k].text.isdigit() and len(toks[k].text) <= 2 and toks[k + 1].text in ("–", "—") \
            and toks[k + 2].text.isdigit() and len(toks[k + 2].text) <= 2 and toks[k].end == toks[k + 1].start \
            and toks[k + 1].end == toks[k + 2].start:
        k += 3  # (round 41, endates) the tally with an en dash, three tokens: "ruled 2–1 that …" (reported nothing)
    if k + 1 < hi and toks[k].text == toks[k].low and toks[k].low.endswith("ly") and len(toks[k].low) > 4 \
            and toks[k].is_word and not toks[k].quoted and toks[k].low not in lex.ly_nouns \
            and (toks[k + 1].low in ("that", "on", "in") or toks[k + 1].low in lex.time_words):
        k += 1
    return k


#: (round 47, enend) modifiers of a speech noun that a participle takes as its object ("declining further comment")
_EN_ING_OBJECT_MODIFIERS = frozenset({"further", "any", "immediate", "additional", "public", "specific", "detailed",
                                      "official", "more", "direct"})


def _en_ing_object(toks, i: int, lo: int) -> bool:
    """English (round 47, enend): the speech noun at i is the object of a lower-case participle in -ing (at least six
    letters) after a comma, with at most two modifiers of `_EN_ING_OBJECT_MODIFIERS` between: "…, declining further
    comment.", "…, declining comment.", "…, offering no comment" is another rule's."""
    b = i - 1
    while b > lo and i - b <= 2 and toks[b].low in _EN_ING_OBJECT_MODIFIERS and toks[b].text == toks[b].low \
            and not toks[b].quoted:
        b -= 1
    w = toks[b]
    return b - 1 >= lo and w.is_word and not w.quoted and w.text == w.low and w.low.endswith("ing") and len(w.low) >= 6 \
        and toks[b - 1].text == "," and not toks[b - 1].quoted


def _en_post_noun(toks, lex, i: int, lo: int) -> bool:
    """English (round 41, encomments): "comment(s)"/"remark(s)" after a modifier is the noun of a post, not a verb:
    "Good comment, but the reference to …", "a pretty damn nasty and stupid comment, about …", "Any comment that falls
    short …", "mean-spirited, worthless comments." (the modifier was the speaker and the rest of the sentence its
    content). The verb has its subject right before it: a pronoun ("he comments that"), a name inside the sentence
    ("Smith remarks"), a person noun ("the writer comments that"), an adverb, an auxiliary or "to"; the base form
    "comment" also a plural person noun ("critics comment")."""
    t = toks[i]
    if t.low not in _EN_POST_NOUNS or t.text != t.low or i == lo:
        return False
    prev = toks[i - 1]
    w = prev.low
    if prev.quoted or not prev.is_word or w in lex.pronouns or w in ("you", "who", "which", "that") \
            or w in lex.auxiliaries or w in lex.negations or w == "to" or w in lex.skippable \
            or w in lex.coordinators or w.endswith(("'s", "’s", "s'", "s’")):
        return False
    if w.endswith("ly") and i - 2 >= lo and (toks[i - 2].low in lex.pronouns or (
            toks[i - 2].is_cap and toks[i - 2].low not in lex.determiners and toks[i - 2].low not in ("what", "such"))):
        return False  # an adverb after the subject: "he rightly remarks", "Smith wryly comments" (not "a silly comment")
    if prev.text != w:  # a capital: only the clause's first word before the base form ("Good comment, …"), no name
        return i - 1 == lo and not t.low.endswith("s")
    if t.low.endswith("s"):
        return not w.endswith(_EN_PERSON_NOUN_ENDINGS)
    return not (w.endswith("s") and w.endswith(tuple(e + "s" for e in _EN_PERSON_NOUN_ENDINGS) + ("ants", "ents", "als")))


#: English adjective forms before a noun-like cue: derived adjectives and participles ("a snide remark", "his
#: opening remarks")
_EN_ADJECTIVE_FORMS = EN_ADJECTIVE_ENDINGS + ("ing", "ed")
#: German modals and auxiliaries in the Konjunktiv whose infinitive closes the reported predicate
_DE_KONJUNKTIV_MODALS = frozenset({"werde", "wolle", "solle", "könne", "müsse", "dürfe"})  # (not "würden": also the writer's)


def _de_trailing_learned(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 35, de6): "erfuhr" trailing a report after a comma, with its "aus" source to the sentence end:
    "Es handle sich um zwei Ägypter, erfuhr die Deutsche Presse-Agentur aus Sicherheitskreisen." (the whole sentence
    was reported on, the attribution included)."""
    toks = ctx.tokens
    if i - 2 < lo or toks[i - 1].text != "," or toks[i - 1].quoted or toks[lo].quoted:
        return False
    a = next((x for x in range(i + 2, min(hi, i + 10)) if toks[x].text == "aus" and not toks[x].quoted), None)
    if a is None or not any(t.low.endswith(("kreisen", "quellen", "umfeld")) for t in toks[a + 1 : min(hi, a + 6)]):
        # (round 43, dereports) or a news medium as its subject, to the sentence end: "Die Institute senkten ihre
        # Prognose, erfuhr die Nachrichtenagentur Reuters." ("…, erfuhr die Mutter." stays no report)
        return _de_medium_subject(ctx, i + 1, min(hi, i + 5)) and not any(
            t.text in {",", ";", ":"} and not t.quoted for t in toks[i + 1 : hi])
    return (all(t.is_word and not t.quoted for t in toks[i + 1 : a]) or _de_medium_subject(ctx, i + 1, a)) \
        and not any(t.text in {",", ";", ":"} or t.quoted for t in toks[a + 1 : hi])  # (not a place: "aus Berlin")
    # (round 47, dequellen: or a quoted medium before the source, "…, erfuhr die „Welt“ aus Koalitionskreisen.")


#: (round 47, dequellen) finite past forms of "erfahren" that report in a main clause with a source or a medium
_DE_LEARNED_FINITE = frozenset({"erfuhr", "erfuhren"})
#: (round 47, dequellen) subjects of "erfuhr" that learned something rather than report it
_DE_LEARNER_PRONOUNS = frozenset({"er", "sie", "ich", "wir", "man", "du", "ihr", "es"})


def _de_learned_main(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 47, dequellen): "erfuhr" as the V2 verb of a sentence's main clause, before a comma that opens
    the content, with an "aus" source ending in -kreisen/-quellen/-umfeld in its clause ("Aus Sicherheitskreisen erfuhr
    die Deutsche Presse-Agentur, der Verdächtige sei …", "Die dpa erfuhr aus Sicherheitskreisen, dass …") or a news
    medium as its inverted subject ("Am Montag erfuhr die „Welt“, …"); not "Er erfuhr, dass sein Vater gestorben war"
    nor "Aus dem Radio erfuhr die Mutter, dass …"."""
    toks = ctx.tokens
    if toks[i].low not in _DE_LEARNED_FINITE or toks[i].text != toks[i].low or toks[lo].quoted \
            or any(t.text in {",", ";", ":"} or t.quoted for t in toks[lo:i]):
        return False
    c = next((x for x in range(i + 1, min(hi, i + 12)) if toks[x].text in {",", ";", ":", "."} and not toks[x].quoted),
             None)
    if c is None or toks[c].text != "," or c + 2 >= hi or toks[i + 1].low in _DE_LEARNER_PRONOUNS \
            or toks[lo].low in _DE_LEARNER_PRONOUNS:
        return False  # a person learning: "Aus Sicherheitskreisen erfuhr er, dass …"

    def source(a: int, b: int) -> bool:
        return any(toks[x].text in ("aus", "Aus") and not toks[x].quoted and any(
            t.low.endswith(("kreisen", "quellen", "umfeld")) and not t.quoted for t in toks[x + 1 : min(b, x + 5)])
            for x in range(a, b))

    return source(lo, i) or source(i + 1, c) or _de_medium_subject(ctx, i + 1, min(c, i + 6))


#: (round 43, dereports) German forms of "bitten" that invite with "zu"/"zum"/"zur" ("bat zum Empfang", "zu Tisch")
_DE_INVITE_VERBS = frozenset({"bat", "baten", "bittet", "bitten", "gebeten"})


def _de_invitation(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 43, dereports): the "bitten" at i invites ("Am Montag bat der Apostolische Nuntius zum
    Jahresempfang", "Der Bürgermeister hatte zum Neujahrsempfang gebeten", "bat die Gäste zu Tisch"): its clause has
    "zum"/"zur" or "zu" before a noun, and no "um", no "zu" before an infinitive, no "dass"/"ob" (not "bat die Bürger um
    Geduld", "bat sie, zu Hause zu bleiben", "bat zu prüfen")."""
    toks = ctx.tokens
    a = next((x + 1 for x in range(i - 1, lo - 1, -1) if toks[x].text in {",", ";", ":"} or toks[x].quoted), lo)
    b = next((x for x in range(i + 1, hi) if toks[x].text in {",", ";", ":"} or toks[x].quoted), hi)
    invite = False
    for x in range(a, b):
        w = toks[x].low
        if w in ("um", "dass", "ob", "darum"):
            return False
        if w in ("zum", "zur"):
            invite = True
        elif w == "zu" and x + 1 < b:
            n = toks[x + 1]
            if not n.is_cap and n.low not in ctx.lex.determiners:
                return False  # an infinitive: "bat sie zu kommen"
            invite = True
    return invite


def _de_medium_subject(ctx: QuoteContext, a: int, b: int) -> bool:
    """German (round 43, dereports): an article or a name at token a opens a news medium's phrase, its head among tokens
    a..b-1 (`press_names`, `press_endings`, an agency): "die Nachrichtenagentur Reuters", "das Handelsblatt", "der
    „Spiegel“", "die dpa"."""
    toks, lex = ctx.tokens, ctx.lex
    if a >= b or not toks[a].is_word or not (toks[a].low in lex.determiners or toks[a].is_cap):
        return False
    for t in toks[a:b]:
        if t.is_word and t.text == t.low and t.low not in lex.determiners and t.low not in DE_AGENCIES:
            return False  # a lower-case word ends the phrase before a medium: "die Mutter von …"
        if t.is_word and (t.low in lex.press_names or t.low in DE_AGENCIES or t.low.endswith(lex.press_endings)
                          or t.low.endswith(DE_AGENCY_NOUNS) or t.low in ("reuters", "bloomberg")):
            return True
    return False


def _de_verb_after_quotation(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: token i, a lower-case word right after a quotation and its comma, is followed by a person
    (a name the document or the lexicon knows, or an article and a title): the inverted verb of the
    quotation's attribution, whatever the verb ("„…“, schließt Hecking.", "„…“, nahm Frontzeck die
    Mannschaft in die Pflicht.")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if t.text != t.low or not t.is_word or t.quoted or i + 1 >= hi or i - 2 < lo or toks[i - 1].text != "," \
            or toks[i - 1].quoted:
        return False
    if not toks[i - 2].quoted or toks[i - 2].is_word:
        # (round 24) after a clause in an unambiguous Konjunktiv I, a past form and a person named with a listed first
        # name or a title: "Das System könne nur im Landkreis verwendet werden, mokierte Arthur Stein."
        n = toks[i + 1]
        return (t.low.endswith(("te", "ten")) and len(t.low) > 4 and t.low not in lex.stopwords
                and t.low not in lex.konjunktiv_ii and not any(x.text in {",", ";", ":"} and not x.quoted for x in toks[lo : i - 1])
                and any(x.text == x.low and x.low in lex.konjunktiv_i and x.low not in lex.konjunktiv_ii and not x.quoted
                        for x in toks[lo : i - 1])
                and n.is_word and n.is_cap and not n.quoted and (lex.is_first_name(n.low) or lex.is_title(n.text))
                and i + 2 < hi and toks[i + 2].is_word and toks[i + 2].is_cap)
    if t.low in lex.stopwords or t.low in lex.prepositions or t.low in lex.determiners or t.low in lex.coordinators \
            or t.low in lex.so_cues or t.low in lex.clause_openers or t.low in lex.skippable or t.low in lex.konjunktiv_i \
            or t.low.endswith(("ung", "heit", "keit", "lich", "isch")) \
            or t.low.endswith(DE_ADVERB_T_ENDINGS):  # (round 35) "„…“, massenhaft Daten zu sammeln" (was a cue)
        return False
    n = toks[i + 1]
    if n.is_word and not n.quoted and n.low in lex.determiners and i + 2 < hi and toks[i + 2].is_cap \
            and lex.is_title(toks[i + 2].text):
        return True  # "„…“, nahm der Trainer die Mannschaft in die Pflicht"
    if n.text in ("der", "die") and i + 3 < hi and toks[i + 2].is_cap and toks[i + 2].is_word and not toks[i + 2].quoted \
            and de_person_noun(toks[i + 2].low, n.text) and (
                toks[i + 3].text in {".", "!"} or toks[i + 3].is_cap or toks[i + 3].low in lex.skippable
                or toks[i + 3].low in lex.time_words):
        return True  # (round 24) an article and a person noun: "„Das wird knapp“, weiß die Demoskopin."
    if not n.is_word or not n.is_cap or n.quoted:
        return False
    return n.low in ctx.ents.by_surname or lex.is_first_name(n.low) or lex.is_title(n.text) or (
        # a capitalised word closing the sentence: "„…“, schließt Hecking."
        i + 2 < hi and toks[i + 2].text in {".", "!"} and i + 3 >= hi) or (
        # a finite verb by its form, then its subject: "„…“, nahm Frontzeck die Mannschaft in die Pflicht"
        (t.low.endswith(("te", "ten", "t")) or t.low in _DE_STRONG_PAST) and n.low not in lex.determiners
        # (round 34) not an adjective in -te/-ten before its noun: "„…“, weite Teile der Stadt seien „…“" (was a cue)
        and t.low not in lex.not_past
        and n.low not in lex.pronouns and i + 2 < hi and toks[i + 2].is_word and not toks[i + 2].quoted
        and toks[i + 2].low in lex.determiners | lex.prepositions | lex.skippable)


#: German strong past forms that open an inverted attribution after a quotation ("„…“, nahm X …")
_DE_STRONG_PAST = frozenset({"nahm", "gab", "rief", "schloss", "hielt", "ging", "kam", "sah", "wies", "bat", "fand",
                             "warf", "zog", "trat", "sprach", "riet", "schrieb", "blieb", "stand", "las", "ließ", "hob"})


#: words of the source after a document noun before "reads": "A statement from [the sheriff's office] reads, “…”"
EN_DOCUMENT_SOURCE_WORDS = 6


def _en_document_source_reads(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 36): "reads" at i after a document noun with its source ("A statement from the sheriff's office
    reads, “…”", "The release by the department reads: “…”"), then a comma or colon and a quotation."""
    toks, lex = ctx.tokens, ctx.lex
    if not (i + 2 < hi and toks[i + 1].text in {",", ":"} and not toks[i + 1].quoted and toks[i + 2].quoted):
        return False
    for x in range(i - 2, max(lo, i - 2 - EN_DOCUMENT_SOURCE_WORDS), -1):
        t = toks[x]
        if not t.is_word or t.quoted or t.low in lex.auxiliaries or (t.low in lex.cue_verbs and t.text == t.low):
            return False
        if t.low in ("from", "by", "of") and t.text == t.low:
            return x - 1 >= lo and toks[x - 1].low in lex.document_nouns and not toks[x - 1].quoted
    return False


def _en_document_reads(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English: "read"/"reads" at i after a document noun ("the statement", "a sign") that reports a
    quotation: right after it ('"…," the statement read.') or before a colon and a quotation ('The
    letter read: "…"'). Not "read the statement" or "The report, read by millions, …"."""
    toks, lex = ctx.tokens, ctx.lex
    if _en_document_source_reads(ctx, i, lo, hi):
        return True
    if _en_reads_document_after(ctx, i, lo, hi):
        return True
    if i - 1 >= lo and _en_read_quotation_after(toks, i, hi) and _en_document_subject_before_read(ctx, i, lo):
        return True  # (round 47, enwritten) 'The statement read, "…"', 'The sign read "…"', 'The letter read, in part:
        # "…"', 'A sign on the door read "Closed."', 'A note left at the scene read, "…"'
    if i - 1 < lo or toks[i - 1].low not in lex.document_nouns or toks[i - 1].quoted:
        return i - 3 >= lo and toks[i - 1].is_word and (i + 1 >= hi or not toks[i + 1].is_word) \
            and _en_trailing_document_with_phrase(ctx, i, lo)
    if i + 2 < hi and toks[i + 1].text == ":" and toks[i + 2].quoted:
        return True
    if i + 1 < hi and toks[i + 1].is_word:
        return False
    k = i - 2  # the subject's other words, then the quotation and its comma
    while k >= lo and i - k <= EN_TRAILING_SUBJECT_WORDS and toks[k].is_word and not toks[k].quoted:
        k -= 1
    return k >= lo and (toks[k].quoted or (toks[k].text == "," and k - 1 >= lo and toks[k - 1].quoted))


def _en_read_quotation_after(toks: list, i: int, hi: int) -> bool:
    """English (round 47, enwritten): "read"/"reads" at i is followed by a quotation: right after it, after a comma, or
    after "in part" with or without commas and a colon ('The sign read "…"', 'The statement read, "…"', 'The letter
    read, in part: "…"', 'His statement read in part: "…"')."""
    k = i + 1
    if k < hi and toks[k].text == "," and not toks[k].quoted:
        k += 1
    if k + 1 < hi and toks[k].text == "in" and toks[k + 1].text == "part" and not toks[k].quoted:
        k += 2
        if k < hi and toks[k].text in {",", ":"} and not toks[k].quoted:
            k += 1
    return k < hi and toks[k].quoted and (k == i + 1 or not toks[k - 1].quoted)


#: words between a document noun opening its sentence and "read" before a quotation ('A handwritten note [left at the
#: scene] read, "…"')
EN_DOCUMENT_READ_WORDS = 7


def _en_document_subject_before_read(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English (round 47, enwritten): the subject before "read" at i is a document noun opening the sentence after an
    article, a possessive, "one"/"another" and at most two modifiers, with a prepositional or participle phrase after it
    (no verb, no comma, no quotation): 'The statement read', 'One sign read', 'A sign on the door read', 'A handwritten
    note left at the scene read'. Not 'She read', 'The children read', 'He said the sign read'."""
    toks, lex = ctx.tokens, ctx.lex
    d = next((x for x in range(i - 1, max(lo, i - 1 - EN_DOCUMENT_READ_WORDS) - 1, -1)
              if toks[x].low in lex.document_nouns and toks[x].text == toks[x].low), None)
    if d is None or any(not t.is_word or t.quoted or t.low in lex.auxiliaries or (t.low in lex.cue_verbs and t.text == t.low
                                                                                   and t.low not in lex.publication_participles)
                        for t in toks[d + 1 : i]):
        return False
    if d + 1 < i and not (toks[d + 1].low in _EN_DOCUMENT_PHRASE_PREPS or toks[d + 1].low.endswith("ed")
                          or toks[d + 1].low in ("left", "sent", "written", "held", "hung", "put", "seen", "found")):
        return False  # (the words after the noun open a phrase on it)
    a = lo
    if not (toks[a].low in lex.determiners or toks[a].low in ("one", "another") or toks[a].low.endswith(("'s", "’s"))
            or toks[a].low in ("his", "her", "their", "its")):
        return False
    return 1 <= d - a <= 3 and all(t.is_word and not t.quoted and (t.text == t.low or x == a)
                                   for x, t in enumerate(toks[a:d], a))


#: words of a trailing document subject's prepositional phrase before "read" ('"…," a notice in [the latest edition
#: of the European Respiratory Journal] read')
EN_DOCUMENT_PHRASE_WORDS = 9
_EN_DOCUMENT_PHRASE_PREPS = ("in", "on", "from", "by", "of", "at")


def _en_trailing_document_with_phrase(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English (round 42, enscience2): "read"/"reads" at i at the end of a clause after a quotation, its comma and a
    document noun with a prepositional phrase ('"…," a notice in the latest edition of the journal read', '"…," a sign
    on the door read'; no speaker and no cue). The document noun opens the subject after an article and at most one
    modifier; its preposition follows it; the rest are words up to "read"."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k >= lo and i - k <= EN_DOCUMENT_PHRASE_WORDS + 3 and toks[k].is_word and not toks[k].quoted \
            and toks[k].low not in lex.cue_verbs and toks[k].low not in lex.auxiliaries:
        k -= 1
    if k < lo or not (toks[k].quoted or (toks[k].text == "," and k - 1 >= lo and toks[k - 1].quoted)):
        return False
    a = k + 1
    if toks[a].low not in lex.determiners:
        return False
    for d in (a + 1, a + 2):
        if d + 2 < i and toks[d].low in lex.document_nouns and toks[d + 1].low in _EN_DOCUMENT_PHRASE_PREPS \
                and toks[d + 1].text == toks[d + 1].low:
            return True
    return False


def _en_reads_document_after(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 41, enbriefings2): "read"/"reads" at i right after a quotation and its comma, before a document
    noun with its article and up to three modifiers ('"We, the leaders of …," read a statement by the three countries',
    '"…," reads the joint declaration'; both had no speaker and no cue)."""
    toks, lex = ctx.tokens, ctx.lex
    if i - 2 < lo or i + 2 >= hi or not (toks[i - 1].quoted and not toks[i - 1].is_word and toks[i - 2].text == ","
                                         or toks[i - 1].text == "," and toks[i - 2].quoted) \
            or toks[i + 1].low not in lex.determiners or toks[i + 1].quoted:
        return False
    k = i + 2
    while k < hi and k - i <= 5 and toks[k].is_word and not toks[k].quoted and toks[k].low not in lex.document_nouns \
            and toks[k].low not in lex.prepositions and toks[k].low not in lex.stopwords:
        k += 1
    return k < hi and toks[k].is_word and not toks[k].quoted and toks[k].low in lex.document_nouns


def _de_document_before(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: "steht"/"stand" at i follows a fronted "In/Im …" phrase headed by a document noun and
    precedes a comma or colon ("Im Bericht steht, dass …", "In dem Brief stand: …"); (round 48, deleft5) also with a
    genitive after the document ("Im Bericht der Kommission steht, …"), after a sentence-opening "Darin" ("Darin steht,
    …"), and after a comma before "in"/"im" and a document ending the sentence (`_de_document_after`)."""
    toks, lex = ctx.tokens, ctx.lex
    if i - 1 >= lo and toks[i - 1].text == "," and not toks[i - 1].quoted:
        return _de_document_after(ctx, i, hi)
    if i + 1 >= hi or toks[i + 1].text not in {",", ":"} or toks[i - 1].quoted:
        return False
    if i - 1 == lo and toks[lo].text == "Darin":
        return True  # (round 48, deleft5) "Darin steht, …" after a sentence naming a document, as "Darin heißt es"
    d = i - 1
    if not lex.is_document_head(toks[d].low):  # ((round 48, deleft8) also a compound: "Im Jahresbericht steht, …")
        # (round 48, deleft5) a genitive after the document: "Im Bericht der Kommission steht, …" (reported nothing);
        # (round 48, deleft8) or "vom"/"von": "Im Bericht vom Montag steht, …", "Im Bericht von Amnesty steht, …"
        # ((round 48, deleft10) up to seven words back: "Im Bericht des Ministers vom 3. März steht, …")
        d = next((x for x in range(i - 2, max(lo, i - 8) - 1, -1) if lex.is_document_head(toks[x].low)
                  and toks[x].is_cap and not toks[x].quoted
                  and (toks[x + 1].low in GENITIVE_ARTICLES or toks[x + 1].text in ("vom", "von"))
                  # ((round 48, deleft9) also a date's day with its full stop: "Im Brief vom 3. März steht, …")
                  and all((y.is_word or y.text.isdigit() or (y.text == "." and toks[z - 1].text.isdigit()))
                          and not y.quoted for z, y in enumerate(toks[x + 1 : i], x + 1))), None)
        if d is None:
            return False
    k = d - 1
    while k >= lo and i - k <= 5 and toks[k].is_word and not toks[k].quoted and toks[k].low not in ("in", "im"):
        k -= 1
    return k >= lo and toks[k].low in ("in", "im") and (k == lo or toks[k - 1].text in {",", ":", ";"}
                                                        or toks[k - 1].low in lex.skippable)


def _de_document_after(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 48, deleft5): "steht"/"stand" at i after a comma and before "in"/"im" and a document that ends
    the sentence, as "heißt es in" does: "„…“, steht in dem Bericht." (the quotation had no speaker), "…, stand im
    Brief des Ministers."; not "…, steht im Mittelpunkt." or "…, steht in dem Bericht auf Seite drei"."""
    toks, lex = ctx.tokens, ctx.lex
    if i + 2 >= hi or toks[i + 1].low not in ("in", "im") or toks[i + 1].text != toks[i + 1].low:
        return False
    k = i + 2
    while k < hi and k - i <= 4 and toks[k].text == toks[k].low and toks[k].is_word and not toks[k].quoted:
        k += 1  # an article, adjectives: "in dem neuen Bericht"
    if k >= hi or not lex.is_document_head(toks[k].low) or not toks[k].is_cap or toks[k].quoted:
        return False  # ((round 48, deleft8) also a compound: "„…“, steht im Jahresbericht.")
    e = k + 1
    if e < hi and toks[e].low in GENITIVE_ARTICLES and toks[e].text == toks[e].low:
        e += 1  # a genitive owner: "im Bericht der Kommission", "im Brief des Ministers"
        while e < hi and e - k <= 5 and toks[e].is_word and not toks[e].quoted:
            e += 1
    return e >= hi or (toks[e].text in {".", "!"} and not toks[e].quoted and (e + 1 >= hi or toks[e + 1].is_cap
                                                                               or not toks[e + 1].is_word))


#: forms of "sein" before the subject of a trailing state attribution ("…, ist Flick überzeugt.")
_DE_TRAILING_SEIN = frozenset({"ist", "sind", "war", "waren", "zeigte", "zeigt", "zeigten"})


def _de_state_cue(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: adjective i of `state_cues` follows a form of "sein" (with "sich" or an adverb between:
    "ist sich sicher", "ist fest überzeugt") and precedes ", dass" / ", ob" or a colon."""
    toks, lex = ctx.tokens, ctx.lex
    if i + 1 >= hi or (toks[i + 1].text in (".", "!") and not toks[i + 1].quoted):
        # (round 28) a trailing attribution with its subject between: "Sein Team könne viel lernen, ist Flick überzeugt."
        k = i - 1
        while k > lo and i - k <= 6 and toks[k].is_word and not toks[k].quoted and toks[k].low not in _DE_TRAILING_SEIN:
            k -= 1
        if k - 1 > lo and k + 1 < i and toks[k].text in _DE_TRAILING_SEIN and toks[k - 1].text == "," \
                and not toks[k - 1].quoted and (any(t.text in lex.konjunktiv_i and not t.quoted for t in toks[lo : k - 1])
                                                # (round 37, h2) or right after a quotation: "„Es gibt einen
                                                # Zusammenhang“, ist Wiestler überzeugt." (had no speaker)
                                                or (toks[k - 2].quoted and not toks[k - 2].is_word)):
            return True
    k = i - 1
    while k > lo and i - k <= 3 and not toks[k].quoted and toks[k].low not in lex.state_passive_auxiliaries and (
            toks[k].low == "sich" or toks[k].low in lex.skippable or toks[k].low in ("fest", "ganz", "sehr")):
        k -= 1
    if k < lo or toks[k].low not in lex.state_passive_auxiliaries or toks[k].quoted:
        return False
    if toks[k].low in lex.konjunktiv_i and toks[k].low.startswith("sei"):
        return False  # (round 51, deleft21) the Konjunktiv "sei überzeugt, dass …" continues the reported speech before
        # it as a whole sentence, as "Sie glaube, dass …" and "Sie gehe davon aus, dass …" do
    if k - 1 >= lo and toks[k - 1].low in ("es", "das", "dies", "eins", "eines", "soviel", "so viel") and not toks[k - 1].quoted:
        return False  # impersonal: "Es ist sicher, dass …", "Eins sei aber gewiss: …" (nobody is convinced)
    if i + 1 < hi and toks[i + 1].text == ":" and not toks[i + 1].quoted:
        return i + 2 < hi
    return i + 2 < hi and toks[i + 1].text == "," and toks[i + 2].low in ("dass", "daß", "ob") and not toks[i + 2].quoted


def _en_state_cue(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English: adjective i of `state_cues` after a form of "be" (an adverb in -ly or "very" may stand
    between; no negation) and right before "that": "The senator is convinced that …"."""
    toks = ctx.tokens
    k = i - 1
    while k > lo and i - k <= 2 and not toks[k].quoted and (toks[k].low.endswith("ly") or toks[k].low in ("very", "so")):
        k -= 1
    return k > lo and toks[k].low in EN_STATE_BE and not toks[k].quoted and i + 2 < hi and (
        (toks[i + 1].low == "that" and toks[i + 1].text == "that" and not toks[i + 1].quoted) or (
            # (round 36) a bare clause only after the few adjectives of a firm conviction and a third person ("I'm sure
            # it will …", "you are convinced …" are the writer's or the reader's)
            toks[i].low in ctx.lex.bare_state_cues and toks[k].low not in ("am", "'m", "’m")
            and toks[k - 1].low not in ("i", "you", "we") and _en_bare_state_clause(ctx, i, hi)
            # (not inside another cue's clause: "Starmer said he was confident the plan would work")
            and not any(x.low in ctx.lex.cue_verbs and x.text == x.low and not x.quoted for x in toks[max(lo, k - 4) : k]))) \
        and toks[k - 1].low not in ("it", "this", "that", "there", "what", "which") \
        and not (i + 3 < hi and toks[i + 2].low.endswith("s") and toks[i + 3].low in ("them", "him", "her", "us", "me")) \
        and not _en_body_state_in_report(ctx, k, lo)
    # (not "It is certain that …": nobody; not "I'm sure that angers them": "that" is the subject)


def _en_body_state_in_report(ctx: QuoteContext, k: int, lo: int) -> bool:
    """English (round 48, ennested): the subject before the "be" at k is a body, no person ("the campaign", "the
    company", "his campaign", "the Clinton campaign"), and a reporting verb with its speaker opens the clause just before it: "Fallon said the
    campaign was confident that voters would …" is Fallon's report (the state adjective gave a second, overlapping report
    by "campaign"); a person's conviction stays a nested report ("Aides said the president was convinced that …", "Smith
    said he was confident that …"; the round 36 rule keeps a bare clause inside a report the outer speaker's only)."""
    toks, lex = ctx.tokens, ctx.lex
    h = k - 1
    if h - 2 < lo or toks[h].quoted or not toks[h].is_word or toks[h].text != toks[h].low:
        return False
    d = h - 1 - (toks[h - 1].is_cap and toks[h - 1].is_word and not toks[h - 1].quoted)  # "the Clinton campaign"
    if d <= lo or toks[d].quoted or toks[d].text != toks[d].low or toks[d].low not in lex.determiners:
        return False  # (the, his, their: "said his campaign was confident that …")
    low = toks[h].low
    if low in lex.pronouns or (low not in lex.org_heads and (lex.is_title(low) or (low.endswith("s") and lex.is_title(low[:-1])))) \
            or low in lex.place_bodies or low in lex.case_roles or low in lex.person_roles or low in lex.kin_nouns:
        return False
    v = d - 1  # the reporting verb right before the subject ("said the campaign"), or before "that" ("said that the …")
    if v > lo and toks[v].low == "that" and toks[v].text == "that" and not toks[v].quoted:
        v -= 1
    return v > lo and toks[v].low in lex.bare_complement_verbs and toks[v].text == toks[v].low and not toks[v].quoted \
        and toks[v].low in lex.cue_verbs and toks[v - 1].is_word and not toks[v - 1].quoted


#: (round 36) tokens after a conviction adjective within which a bare clause has its finite verb ("is confident a
#: stunning defeat by Scotland will provide …")
EN_STATE_CLAUSE_REACH = 8


def _en_bare_state_clause(ctx: QuoteContext, i: int, hi: int) -> bool:
    """English (round 36): a clause without "that" after the conviction adjective i (en.yaml `state_cues`; also after
    the particle of "points out"): a subject
    pronoun, or a determiner or a capitalised word opening a subject and a finite auxiliary or modal before any
    punctuation ("Pellegrini is convinced his side are still in the race", "Jones is confident the defeat will …");
    not an infinitive or a prepositional object ("is sure to win", "is confident of victory", "is confident in her")."""
    toks, lex = ctx.tokens, ctx.lex
    f = toks[i + 1]
    if f.quoted or not f.is_word or f.low in lex.prepositions or f.low in ("to", "that", "this"):
        return False
    if f.low in ("it", "there"):  # "is sure there will be …", "points out it has been …"
        return i + 2 < hi and toks[i + 2].text == toks[i + 2].low and toks[i + 2].low in lex.auxiliaries \
            and not toks[i + 2].quoted
    if f.low in lex.subject_pronouns and f.text == f.low and f.low not in ("i", "we"):
        return i + 2 < hi and toks[i + 2].is_word and toks[i + 2].text == toks[i + 2].low and not toks[i + 2].quoted
    if not (f.low in lex.determiners or f.is_cap):
        return False
    for k in range(i + 2, min(hi, i + 1 + EN_STATE_CLAUSE_REACH)):
        x = toks[k]
        if x.quoted or (not x.is_word and x.text != "-") or x.low in lex.complementizers or x.low in ("who", "which"):
            return False
        if x.text == x.low and x.low in lex.auxiliaries and x.low not in ("do", "does", "did"):
            return True
    return False


def _en_plural_subject_verb(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English: a noun-like cue in its base form right after a plural subject noun or "they"/"we"
    opening the clause is a verb: "Fed policymakers estimate inflation will …", "Some economists note
    the data are noisy" (not "police reports", "the estimate")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if i - 1 < lo or t.low.endswith("s") or t.text != t.low:
        return False
    prev = toks[i - 1]
    if prev.quoted or not prev.is_word:
        return False
    if prev.low in ("they", "we") and (prev.text == prev.low or i - 1 == lo):
        return True  # (round 34, w2g: also opening the sentence, "They claim it makes no difference")
    if prev.text != prev.low and not (i - 1 == lo and prev.text == prev.low.capitalize()):
        return False  # (round 47, ennothat) also opening the sentence: "Economists estimate the war will cost …"
    # (round 48, enleft5) a plural document noun as the subject, maybe after plain modifiers: "Local reports claim at
    # least 20 people died.", "Unconfirmed media reports claim …" (the verb was read as a noun)
    documents = prev.low.endswith("s") and prev.low in lex.document_nouns
    if not documents and not (len(prev.low) > 4 and prev.low.endswith(("ers", "ists", "ians", "ants", "ents", "als", "ors", "ives",
                                                          # (round 47, enleftovers) "Analysts estimate sales fell …",
                                                          # "Democrats fear …", "Republicans note …", "diplomats"
                                                          "ysts", "crats", "icans", "omats", "erts"))
            and prev.low not in lex.stopwords and prev.low not in lex.cue_verbs):
        return False  # (a plural of a person noun: analysts, economists, officials, lawmakers, experts …)
    k = i - 2  # the noun phrase opens its clause: "Similarly, Fed policymakers …", "Some economists …"
    while k >= lo and toks[k].is_word and not toks[k].quoted and i - k <= 5 and (
            toks[k].is_cap or toks[k].low in lex.quantifiers or toks[k].low in lex.determiners or (
                documents and toks[k].text == toks[k].low and toks[k].low not in lex.stopwords
                and toks[k].low not in lex.prepositions and toks[k].low not in lex.cue_verbs
                and toks[k].low not in lex.auxiliaries)):
        k -= 1
    # (round 47, enobjrel) also after a relative pronoun: "The plan, which opponents claim is illegal, passed."
    return k < lo or toks[k].text in {",", ";", ":"} or (toks[k].low in ("which", "whom", "who")
                                                        and toks[k].text == toks[k].low and not toks[k].quoted)


#: English places of a post before "that" ("posted on social media that …")
_EN_MEDIA_PLACES = frozenset({"media", "facebook", "twitter", "x", "instagram", "linkedin", "threads", "bluesky",
                              "post", "blog", "statement", "website", "page", "account", "platform",
                              # (round 42, encampaign)
                              "social", "youtube", "tiktok", "telegram", "substack", "feed", "site"})

#: (round 42, encampaign) English verbs of a post whose platform and day may stand before "that" ("posted on Truth
#: Social on Sunday that …", "wrote Monday on X that …")
_EN_POST_CUES = frozenset({"posted", "posts", "wrote", "writes", "tweeted", "tweets", "announced", "announces"})
#: (round 42, encampaign) English words that open a day phrase before the day ("early Tuesday", "late on Monday")
_EN_DAY_OPENERS = frozenset({"on", "early", "late", "earlier", "later"})


def _en_day_phrase_end(toks, lex, j: int, hi: int) -> int:
    """English (round 42, encampaign): the end of a day phrase at j ("Sunday", "on Monday", "early Tuesday", "late
    Monday night"), else j."""
    k = j
    while k < hi and k - j < 2 and toks[k].low in _EN_DAY_OPENERS and toks[k].text == toks[k].low and not toks[k].quoted:
        k += 1
    if k < hi and toks[k].low in lex.time_words and not toks[k].quoted:
        k += 1
        if k < hi and toks[k].text in ("morning", "afternoon", "evening", "night"):
            k += 1
        return k
    return j


#: (round 53, en2left) time adverbs between a post's platform and its "that" ("posted on X shortly afterward that …")
_EN_POST_TIME_ADVERBS = frozenset({"shortly", "soon", "afterward", "afterwards", "later", "again", "moments", "minutes",
                                   "hours", "immediately", "thereafter", "subsequently", "separately", "also", "then"})


def _en_post_adverbs_end(toks, j: int, hi: int) -> int:
    """English (round 53, en2left): the end of up to three time adverbs at j after a post's platform ("shortly
    afterward", "moments later", "again"), else j."""
    k = j
    while k < hi and k - j < 3 and toks[k].low in _EN_POST_TIME_ADVERBS and toks[k].text == toks[k].low \
            and not toks[k].quoted:
        k += 1
    return k


def _en_post_place_that(toks, lex, th: int, hi: int) -> int:
    """English (round 42, encampaign): the "that" after a post's place and day ("posted on Truth Social that …",
    "posted to X on Monday that …", "posted on his Truth Social platform early Tuesday that …", "wrote Sunday on X
    that …"), else th unchanged. The place is a named platform (capitalised words) or ends in a media word."""
    j = _en_day_phrase_end(toks, lex, th, hi)
    if j < hi and toks[j].low in ("on", "to") and toks[j].text == toks[j].low:
        k = j + 1
        if k < hi and toks[k].low in ("his", "her", "their", "its", "the") and toks[k].text == toks[k].low:
            k += 1
        e = k
        while e < hi and e - k < 3 and toks[e].is_word and not toks[e].quoted and toks[e].is_cap:
            e += 1
        if e < hi and toks[e].low in _EN_MEDIA_PLACES and toks[e].text == toks[e].low and not toks[e].quoted:
            e += 1  # "his Truth Social platform", "social media"
        if e == k or (e - k == 1 and toks[k].text != toks[k].low and toks[k].low not in _EN_MEDIA_PLACES
                      and toks[j].low == "to"):
            return th  # no place; "to" only before a platform, not a person ("posted to Smith that")
        j2 = _en_post_adverbs_end(toks, _en_day_phrase_end(toks, lex, e, hi), hi)
        if j2 < hi and toks[j2].low == "that" and not toks[j2].quoted and (j2 > e or j > th or e - k > 1
                                                                           or toks[e - 1].low in _EN_MEDIA_PLACES):
            return j2
    elif j > th and j < hi and toks[j].low == "that" and not toks[j].quoted:
        return j
    return th


#: English -s forms of noun-like cues that report a bare clause after a singular subject ("The Times reports
#: the company will …", "A source claims the couple split …")
_EN_S_CUES = frozenset({"reports", "claims", "states", "notes", "estimates", "remarks", "counters",
                        "signals", "hints"})  # (round 47, ennothat) "The chairman signals the board will …"


def _en_singular_subject_verb(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 24): a noun-like cue in -s right after a short noun phrase opening its clause, then
    a clause without "that" whose subject of up to four words has a finite verb ("The Times reports the
    company will cut 500 jobs", "A source claims the couple split in May"; not "The company reports
    earnings on Tuesday", "the police reports")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if t.low not in _EN_S_CUES or t.text != t.low or i - 1 < lo:
        return False
    prev = toks[i - 1]
    if prev.quoted or not prev.is_word or prev.low in lex.determiners or prev.low in lex.prepositions \
            or prev.low in lex.auxiliaries or prev.low in lex.coordinators or prev.low in lex.quantifiers:
        return False
    k = i - 1  # the noun phrase opens its clause: "The Times", "A source", "An insider close to …" is too long
    while k > lo and i - k <= 4 and toks[k - 1].is_word and not toks[k - 1].quoted and (
            toks[k - 1].is_cap or toks[k - 1].low in lex.determiners) and toks[k - 1].low not in lex.prepositions:
        k -= 1
    if not (k == lo or toks[k - 1].text in {",", ";", ":"}) or (k == i - 1 and prev.text == prev.low):
        return False  # (a lone lower-case word is no subject: "police reports")
    n = i + 1
    if n >= hi or not toks[n].is_word or toks[n].quoted or not (
            toks[n].low in lex.determiners or toks[n].is_cap or toks[n].low in lex.pronouns or toks[n].text[:1].isdigit()):
        return False
    for k2 in range(n + 1, min(hi, n + 5)):
        w = toks[k2]
        if not w.is_word or w.quoted or w.low in ("that", "which", "who", "of", "for", "on", "in", "to", "and"):
            return False
        if w.text == w.low and (w.low in lex.auxiliaries or w.low in lex.past_verbs
                                or (w.low.endswith("ed") and len(w.low) > 4)):
            return True
    return False


def _en_after_quotation_subject(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English: token i follows a quotation and a short subject with nothing else between ('"That's a
    lie," Trump posted', '"…", the company posted'): a trailing attribution."""
    toks = ctx.tokens
    p = i - 1
    while p >= lo and i - p <= EN_TRAILING_SUBJECT_WORDS and toks[p].is_word and not toks[p].quoted:
        p -= 1
    if p == i - 1 or p < lo:
        return False
    return toks[p].quoted or (toks[p].text == "," and p - 1 >= lo and toks[p - 1].quoted)


#: (round 46, encomm) words that open a clause of their own, never inside a quotation tag's short subject
_EN_TAG_BREAKERS = frozenset({"what", "which", "who", "whom", "whose", "where", "when", "why", "how", "that", "if"})


def _en_post_quotation_after(ctx: QuoteContext, i: int, hi: int) -> bool:
    """(round 50, enarticles2) English post verb i ("posted", "tweeted") introduces the quotation after it: a comma or a
    colon, then the opening mark, with its platform between ('Another user posted, "Cool, but …"', 'She tweeted: "…"',
    'The mayor posted on Facebook: "…"'). "posted a loss", "posted on Facebook on Monday." stay no cue."""
    toks = ctx.tokens
    j = i + 1
    if j + 1 < hi and toks[j].low in ("on", "to") and toks[j].text == toks[j].low and not toks[j].quoted:
        j += 1
        if toks[j].low in ("his", "her", "its", "their", "the"):
            j += 1
        n = 0
        while j < hi and toks[j].is_word and toks[j].is_cap and not toks[j].quoted and n < 3:
            j, n = j + 1, n + 1
        if n == 0:
            return False
    return j + 1 < hi and toks[j].text in (",", ":") and not toks[j].quoted and toks[j + 1].quoted \
        and not toks[j + 1].is_word


def _en_quotation_tag(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 40, entags) English verb i is the tag of a quotation before it: right after the quotation, or after
    it and a short subject ('"…," Trump challenged', '"…?" barked Clough', '"…", the coach snapped'), and the
    quotation ends with a comma, a question or an exclamation mark or a dash (not 'the "America First" policy
    challenged allies')."""
    toks = ctx.tokens
    p = i - 1
    while p >= lo and i - p <= EN_TRAILING_SUBJECT_WORDS and toks[p].is_word and not toks[p].quoted:
        if toks[p].low in ctx.lex.coordinators:
            return False  # 'I am not "…", I and describing …': no tag's subject
        if toks[p].low in _EN_TAG_BREAKERS and toks[p].text == toks[p].low:
            return False  # (round 46, encomm) a clause of its own: '"…", you should read what he pleaded guilty to'
        p -= 1
    if p < lo:
        return False
    if toks[p].text == "," and not toks[p].quoted:
        return p - 1 >= lo and toks[p - 1].quoted and toks[p - 1].text in CLOSING_QUOTES
    return toks[p].quoted and toks[p].text in CLOSING_QUOTES and p - 1 >= lo \
        and toks[p - 1].text in {",", "?", "!", "—", "–", "-", "…"}


def _en_colon_quotation_tag(ctx: QuoteContext, i: int, hi: int) -> bool:
    """(round 54, entranscript) English tag verb i (after_quotation_cues) before a colon and the quotation it tags:
    'but Chen interjected: "Let me finish."', 'The senator interrupted: "…"' (the quotation took the speaker of the
    paragraph before); not a colon before unquoted words."""
    toks = ctx.tokens
    return i + 3 < hi and toks[i + 1].text == ":" and not toks[i + 1].quoted and toks[i + 2].text in _EN_OPENING_MARKS \
        and toks[i + 3].quoted and toks[i + 3].is_word


#: (round 54, entranscript) quotation marks that open a quotation after a tag's colon
_EN_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})


#: a run of letters (`_en_headline_label_verb`)
_EN_LABEL_LETTERS = re.compile(r"[^\W\d_]+")


def _en_headline_label_verb(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 47, enheadlines3) English verb i is the verb of a headline's label: the sentence opens its line with a
    quotation, then a colon and a subject of one to three capitalised words before the verb ("'A disaster': Critics
    slam new policy", "'Shameful': Pelosi blasts Trump's remarks")."""
    toks, text = ctx.tokens, ctx.text
    p = i - 1
    while p >= lo and i - p <= 3 and toks[p].is_word and not toks[p].quoted and toks[p].text[:1].isupper():
        p -= 1
    if p == i - 1 or p - 1 <= lo or toks[p].text != ":" or toks[p].quoted:
        return False
    close = p - 1
    if not (toks[close].quoted and toks[close].text in CLOSING_QUOTES) or not all(t.quoted for t in toks[lo:close]):
        return False
    if not any(w.islower() and w not in EN_TITLE_MINOR for w in _EN_LABEL_LETTERS.findall(text[toks[lo].start : toks[i].start].split(":")[0])):
        return False  # (no title in title case: "'Game of Thrones': Fans slam final season")
    line_start = text.rfind("\n", 0, toks[lo].start) + 1
    return not text[line_start : toks[lo].start].strip()


def _en_wish_quotation(ctx: QuoteContext, i: int, hi: int) -> bool:
    """(round 52, enleft2) Wish or thanks i (`wish_quotation_verbs`) has its object (an object pronoun, or one to three
    words of a name or noun phrase, "for" after thanks) and then a quotation of more than two words: 'wishing him "all
    the best in England."', 'thanked fans for "an unforgettable decade"'; not 'wished him luck', 'thanked the "heroes"'."""
    toks = ctx.tokens
    k = i + 1
    if k < hi and toks[k].low in ("him", "her", "them", "us", "me", "you") and toks[k].text == toks[k].low:
        k += 1
    else:
        if k < hi and toks[k].text == toks[k].low and toks[k].low in ctx.lex.prepositions:
            return False  # (round 52, review1) the noun "thanks": 'Many thanks to the "heroes of the day"' (no object)
        n = 0
        while k < hi and n < 3 and toks[k].is_word and not toks[k].quoted and toks[k].low not in ("for", "on"):
            if toks[k].text == toks[k].low and (toks[k].low in ctx.lex.auxiliaries or toks[k].low in ctx.lex.past_verbs):
                return False  # a clause, no object: "wished the team had a "…" button"
            k += 1
            n += 1
        if n == 0:
            return False
    if k < hi and toks[k].low in ("for", "on") and toks[k].text == toks[k].low and toks[i].low.startswith(("thank", "congrat")):
        k += 1
    if not (k < hi and toks[k].quoted and not toks[k].is_word):
        return False
    words = 0
    for x in range(k + 1, hi):
        if not toks[x].quoted:
            break
        words += toks[x].is_word
    return words > 2


def _en_retort(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 40, entags) Retort i ("shot", "fired", "hit", "chimed"; `quotation_particle_verbs`) has its particle next
    to it ("back", "in") and a quotation or "that" right after the particle ('Rubio shot back, "…"', 'Graham fired back
    that …'), or is the tag of a quotation before it ('"…," Cruz fired back at Trump.'), or (round 46, enleft) answers
    a claim noun and its "that" after on/against/at ("pushed back on reports that …", `_en_retort_on_claims`); not "The
    gunman fired back, wounding a deputy", "Mourinho hit back at the pundits", "back-to-back"."""
    toks = ctx.tokens
    parts = ctx.lex.quotation_particle_verbs[toks[i].low]
    k = i + 1
    if k < hi and toks[k].is_word and toks[k].low.endswith("ly") and not toks[k].quoted:
        k += 1  # "shot right back" is rare; "fired quickly back" neither: an -ly adverb at most
    if not (k < hi and toks[k].low in parts and toks[k].text == toks[k].low and not toks[k].quoted) or (
            k + 1 < hi and toks[k + 1].text in {"-", "–"}):
        return False
    return _en_quoted_content_after(toks, k + 1, hi) or (
        k + 1 < hi and toks[k + 1].low == "that" and not toks[k + 1].quoted) or _en_quotation_tag(ctx, i, lo) \
        or _en_retort_on_claims(ctx, k, hi)


#: (round 46, enleft) nouns of a claim that a retort answers before its "that" clause ("pushed back on claims that …")
_EN_RETORT_CLAIM_NOUNS = frozenset({"claims", "claim", "reports", "report", "accusations", "accusation", "allegations",
                                    "allegation", "suggestions", "suggestion", "criticism", "charges", "assertions",
                                    "rumors", "rumours", "insinuations"})


def _en_retort_on_claims(ctx: QuoteContext, k: int, hi: int) -> bool:
    """English (round 46, enleft): the particle at token k is followed by on/against/at, a claim noun (up to two words
    of article and modifier before it) and "that": "pushed back on claims that …", "hit back at accusations that …",
    "pushed back against media reports that …" (the content goes to the subject, as after "denied claims that …")."""
    toks = ctx.tokens
    if not (k + 3 < hi and toks[k + 1].low in ("on", "against", "at") and toks[k + 1].text == toks[k + 1].low):
        return False
    for n in range(k + 2, min(hi - 1, k + 5)):
        t = toks[n]
        if t.quoted or not t.is_word:
            return False
        if t.low in _EN_RETORT_CLAIM_NOUNS and t.text == t.low:
            return toks[n + 1].low == "that" and not toks[n + 1].quoted
    return False


#: (round 53, seedleft) capitalised subjects of "talking about" that name no speaker of the quotation, a phrase in the air
#: ("Everyone is talking about "quiet quitting"")
_EN_TOPIC_GENERIC_SUBJECTS = frozenset({"everyone", "everybody", "people", "nobody", "anyone", "anybody", "someone",
                                        "somebody", "girls", "boys", "guys", "kids", "folks", "women", "men"})
#: (round 53, seedleft) words between a subject and its "talking about" ("is", "keeps", "still", "always")
_EN_TOPIC_VERB_FILLERS = frozenset({"keep", "keeps", "kept", "keeping", "still", "always", "never", "not", "just", "even",
                                    "also", "now", "again", "constantly", "repeatedly", "often", "been", "is", "was", "has",
                                    "had", "went", "goes", "openly"})


def _en_topic_subject(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 53, seedleft) English: the topic verb at i (`topic_quotation_verbs`) has its subject right before it (over
    "is", "keeps", "still" …): a capitalised name not after a preposition or an article (no acronym, no sentence-opening
    "You"), "he"/"she", or a title after "the" ("The minister spoke of …"); not a group or a phrase in the air
    ("Everyone is talking about "quiet quitting"", "Girls be 6'0 talking about …", "kids on their IG talking about …")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low \
            and toks[k].low in _EN_TOPIC_VERB_FILLERS:
        k -= 1
    if k < lo or toks[k].quoted or not toks[k].is_word:
        return False
    t = toks[k]
    before = toks[k - 1] if k - 1 >= lo else None
    if t.low in ("he", "she"):
        return True
    if any(x.low in ("keep", "are", "were", "have") for x in toks[k + 1 : i]) or (
            t.low.endswith("s") and not (before is not None and before.is_cap and before.is_word and not before.quoted)):
        return False  # a group's phrase in the air: 'Republicans keep talking about "election integrity."' (a scare quote)
    if t.is_cap and not t.text.isupper() and t.low not in lex.pronouns and t.low not in lex.stopwords \
            and t.low not in lex.determiners and not lex.is_title(t.text) and t.low not in _EN_TOPIC_GENERIC_SUBJECTS:
        return before is None or not (before.low in lex.prepositions or before.low in lex.determiners
                                      or before.low in lex.pronouns or before.text.isdigit())
    return t.text == t.low and lex.is_title(t.text) and before is not None and before.low in ("the", "a") \
        and (k - 1 == lo or toks[k - 2].text in (",", ";", ":"))


def _en_quoted_content_after(toks: list, k: int, hi: int) -> bool:
    """(round 40, entags) A quotation opens at token k, or after a comma or a colon there."""
    if k < hi and toks[k].text in {",", ":"} and not toks[k].quoted:
        k += 1
    return k < hi and toks[k].quoted


#: how far (tokens) the noun of a light-verb construction may stand from its verb
LIGHT_REACH = 7


#: (round 46, encomm) questions of thought: reports, as stance cues, only after a third person ("The minister wondered
#: whether …"; not the writer's own "I've often wondered just how …", "I wondered what time period this occurred")
_EN_THOUGHT_QUESTIONS = frozenset({"wondered"})


#: nouns of studies and polls, the core of `_EN_FINDING_SUBJECTS` ("…, polls show.")
_EN_FINDING_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "research", "data",
                               "analysis", "figures", "statistics", "estimates", "findings", "results"})
#: English nouns of a court that "rules" after its report (round 22); round 46 also "found"/"concluded" (`_EN_COURT_FINDINGS`)
_EN_COURT_NOUNS = frozenset({"judge", "judges", "court", "courts", "justice", "justices", "panel", "jury", "tribunal"})


#: sources of findings that report a bare clause after "show"/"found" ("Court records show the company paid …")
_EN_FINDING_SUBJECTS = _EN_FINDING_NOUNS | frozenset({"records", "documents", "filings", "emails", "tests",
                                                     "report", "reports", "numbers", "polling",
                                                     # (round 46, enparen2) an inquiry's findings: "The company, an
                                                     # audit found, had misled investors."
                                                     "audit", "investigation", "inquiry", "review"})


def _en_finding_clause(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English: a finding verb ("show", "found") right after a finding noun ("polls", "records", "the
    study"), then a clause without "that": a subject of up to three words and a finite verb ("Court
    records show the company paid $2 million", "Recent polls show Clinton is leading")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "en" or i - 1 < lo or toks[i - 1].low not in _EN_FINDING_SUBJECTS or toks[i - 1].quoted \
            or toks[i].low not in ("show", "shows", "showed", "found"):
        return False
    for k in range(i + 2, min(hi, i + 5)):
        t = toks[k]
        if not t.is_word or t.quoted or t.low in ("that", "which", "who"):
            return False
        if t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.past_verbs or (
                t.low.endswith("ed") and len(t.low) > 4)):
            return all(x.is_word and not x.quoted and x.low not in lex.auxiliaries and x.low not in lex.prepositions
                       for x in toks[i + 1 : k])
    return False


def _en_trailing_cue(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English: cue i closes its sentence after a comma and a short subject headed by a finding noun
    ("Sanders supporters remain skeptical of Clinton, polls show."; round 46: any noun that reports a finding before a
    bare clause, "…, the report showed.", "…, records show.", and people or a court who find, `_en_finding_source`):
    a trailing attribution, also for a verb that otherwise reports only with "that"; or (round 46, enparen2) a finding
    verb between commas after a short verb-free subject ("Many voters, the survey found, remain undecided.")."""
    toks = ctx.tokens
    e = i + 1
    if e < hi and toks[i].low in ("ruled", "rules") and toks[e].low in ("on", "last", "this") and e + 1 < hi \
            and toks[e + 1].low in ctx.lex.time_words | {"week", "month", "year"}:
        e += 2  # "…, the Supreme Court ruled on Monday."
    # (round 46, enparen2) also between a subject and its predicate: "Many voters, the survey found, remain undecided.",
    # "Wages, the data show, grew 2.5 percent." (nothing was reported)
    paren = e + 1 < hi and toks[e].text == "," and not toks[e].quoted and toks[i].low in _EN_FINDING_VERBS
    if (e < hi and toks[e].text not in {".", "!", "?", ";"} and not paren) or not (
            _en_finding_source(toks[i - 1].low, toks[i].low)
            # (round 22) a court rules: "Mayorkas broke the law when he wrote the rules, a federal judge ruled."
            or (toks[i].low in ("ruled", "rules") and toks[i - 1].low in _EN_COURT_NOUNS)):
        return False  # (only findings: "…, the White House's website showed" is a record, no attribution)
    k = i - 1
    while k > lo and k >= i - 4 and toks[k].is_word and not toks[k].quoted and toks[k].text != ",":
        k -= 1
    if not (k > lo and k < i - 1 and toks[k].text == "," and not toks[k].quoted) or any(
            t.low in ("which", "that", "who", "what", "as") for t in toks[k + 1 : i]):
        return False  # (round 46, enparen2: no relative clause, "…, which the researchers found.")
    return not paren or _en_interrupted_subject(ctx, lo, k, e + 1)


#: (round 46, enparen2) verbs of a finding that stand between commas or close a sentence ("…, the survey found, …")
_EN_FINDING_VERBS = frozenset({"found", "finds", "show", "shows", "showed", "suggest", "suggests", "suggested",
                               "indicate", "indicates", "indicated", "concluded", "concludes", "conclude"})
#: (round 46, enparen2) people whose findings these verbs report ("…, researchers found.")
_EN_FINDING_PEOPLE = frozenset({"researchers", "scientists", "investigators", "auditors", "inspectors", "economists"})
#: (round 46, enparen2) the verbs of a court's finding ("…, the jury found.")
_EN_COURT_FINDINGS = frozenset({"found", "finds", "concluded", "concludes"})


def _en_finding_source(prev: str, verb: str) -> bool:
    """English (round 46, enparen2): the word `prev` before the finding verb `verb` is a source of findings: a finding
    noun ("polls show", "the audit found"), people who find ("researchers found", "The drug, the researchers found,
    cut …") or a court's finding ("Smith's lawyers, the court found, acted in bad faith.")."""
    return prev in _EN_FINDING_SUBJECTS or (prev in _EN_FINDING_PEOPLE and verb in _EN_FINDING_VERBS) \
        or (prev in _EN_COURT_NOUNS and verb in _EN_COURT_FINDINGS)


def en_paren_finding(ctx: QuoteContext, c: Cue) -> bool:
    """English (round 46, enparen2): cue c is a finding verb right after a source of findings ("the survey found",
    "the data show", "researchers found"), which interrupts its content as a said-type cue does."""
    toks = ctx.tokens
    return ctx.lex.lang == "en" and c.first == c.last and c.first >= 1 and toks[c.first].low in _EN_FINDING_VERBS \
        and _en_finding_source(toks[c.first - 1].low, toks[c.first].low) and not toks[c.first - 1].quoted


def _en_interrupted_subject(ctx: QuoteContext, lo: int, k: int, n: int) -> bool:
    """English (round 46, enparen2): tokens[lo:k] are a short subject with no verb and no comma, and token n opens its
    predicate with a lower-case verb ("Many voters, …, remain undecided", "Wages, …, grew"); not a whole clause
    ("Prices rose, the survey found, in most regions") nor a fronted adverbial ("In May, …")."""
    toks, lex = ctx.tokens, ctx.lex
    if k - lo > 8 or n >= len(toks) or toks[lo].quoted or toks[lo].low in lex.prepositions \
            or toks[lo].low in lex.adverbial_subordinators or toks[lo].low in lex.coordinators:
        return False
    if any(t.quoted or not t.is_word or (t.text == t.low and (
            t.low in lex.auxiliaries or t.low in lex.past_verbs or t.low in lex.cue_verbs
            or t.low in ("which", "who", "that", "when", "where") or (t.low.endswith("ed") and len(t.low) > 4)))
           for t in toks[lo:k]):
        return False
    t = toks[n]
    return t.is_word and not t.quoted and t.text == t.low and not t.low.endswith(("ly", "ing")) and (
        t.low in lex.auxiliaries or not (
            t.low in lex.stopwords or t.low in lex.determiners or t.low in lex.quantifiers or t.low in lex.pronouns
            or t.low in lex.prepositions or t.low in lex.complementizers or t.low in lex.coordinators
            or t.low in lex.clause_breakers or t.low in lex.negations))


#: German forms of "haben" that make a light verb with a noun of thought after them ("hat Zweifel, dass")
_DE_HABEN = frozenset({"hat", "hatte", "haben", "hatten", "habe"})


def _de_fronted_dass_stance(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 38): "halten … für" right after a fronted dass-clause, which stands for its "es", and with an
    adjective closing the clause after "für": "Dass die EZB die Zinsen senkt, halten die meisten Ökonomen für
    unwahrscheinlich" (no "es": the light verb was dropped and the sentence reported nothing; not "Dass …, hält er
    für einen Fehler", a noun, nor "… für die Kinder")."""
    toks = ctx.tokens
    if not (i - 3 > lo and toks[lo].low in ("dass", "daß") and not toks[lo].quoted and toks[i - 1].text == ","
            and not toks[i - 1].quoted and toks[i].text == toks[i].low):
        return False
    f = next((k for k in range(i + 1, min(hi, i + LIGHT_REACH + 1)) if toks[k].low == "für" and not toks[k].quoted), None)
    if f is None or f + 1 >= hi or any(t.text in {",", ";", ":"} or t.quoted for t in toks[i + 1 : f]):
        return False
    a = toks[f + 1]
    return a.is_word and not a.quoted and a.text == a.low and a.low not in ctx.lex.stopwords \
        and a.low not in ctx.lex.determiners and (f + 2 >= hi or toks[f + 2].text in {".", "!", ",", ";"}
                                                  or toks[f + 2].low in ("und", "oder"))


def _en_progressive_address(ctx: QuoteContext, i: int, hi: int) -> bool:
    """English (round 41, enoffices): the -ing cue i after "is/are/was/were" is a progressive verb with its addressee
    before "that": "The health unit is reminding residents that masks are still required" (reported nothing).
    (round 43, enclauses) Also before "of"/"about"/"against" and a quotation, with an addressee or without: "Officials
    are warning residents about "catastrophic flooding"", "are warning of "a long night"" (the quotation had no cue, or
    the cue of a later verb)."""
    toks = ctx.tokens
    t = toks[i]
    if i < 1 or not t.low.endswith("ing") or t.low not in ctx.lex.addressee_verbs:
        return False
    prev = toks[i - 1]
    # (round 52, auditen2) also a participle after its comma or a gerund after "by"/"after" …, with its addressee before
    # "that": "…, warning members that …", "closed the session by warning members that …" (reported nothing)
    gerund = not prev.quoted and (prev.text == "," or (prev.text == prev.low and prev.low in _EN_CUE_GERUND_PREPOSITIONS))
    if not gerund and (prev.quoted or prev.text != prev.low or prev.low not in ("is", "are", "was", "were", "been")):
        return False
    for x in range(i + 1, min(hi, i + 4)):
        y = toks[x]
        if y.quoted or not y.is_word:
            return False
        if y.text == "that":
            return x > i + 1
        if y.text in ("of", "about", "against"):
            return not gerund and x + 2 < hi and toks[x + 1].quoted and not toks[x + 1].is_word and toks[x + 2].quoted
    return False


def _light_noun(ctx: QuoteContext, i: int, lo: int, hi: int) -> str | None:
    """The noun that makes verb i a light-verb cue ("vertritt die Ansicht", "Kritik geübt",
    "brachte … zum Ausdruck", "took the view"), within reach in its clause; None when absent or
    when the verb is an attributive participle ("die geäußerte Kritik")."""
    toks, lex = ctx.tokens, ctx.lex
    nouns = lex.light_verbs[toks[i].low]
    prev = toks[i - 1] if i > lo else None
    nxt = toks[i + 1] if i + 1 < hi else None
    if prev is not None and (prev.low == "zu" and lex.lang == "de" or (
            prev.low in lex.determiners and nxt is not None and nxt.is_cap and nxt.is_word)):
        return None
    if lex.lang == "de" and nxt is not None and nxt.low == "sich" and not (
            # (round 28) a stance: "Die Stadt stellt sich auf den Standpunkt, dass …"
            i + 4 < hi and toks[i + 2].low == "auf" and toks[i + 4].low == "standpunkt"):
        return None  # reflexive, no act of speech: "Da stellt sich die Frage, ob …" (the question arises)
    # English: the noun follows ("made the case"), or precedes a passive ("The point was made by X that …"),
    # not "in the sensational case made headlines"
    passive = i - 1 >= lo and toks[i - 1].low in lex.passive_auxiliaries
    if passive and lex.lang == "en" and i - 2 >= lo and toks[i - 2].low in _EN_SAY_MODALS:
        return None  # (round 41, encourts2) a case anyone could make, no one made it: "A case can be made that the
        # release mischaracterized the verdict", "An argument could be made that …" (a report with no speaker)
    # German "haben" with a noun of thought only before the noun ("hat Angst, dass …", not "Da sie Angst
    # hatte, …"); "halten … für" only with "es" ("hält es für wahrscheinlich, dass …")
    forward = lex.lang == "en" and not passive or (lex.lang == "de" and toks[i].low in _DE_HABEN)
    if lex.lang == "de" and "für" in nouns and not any(t.low == "es" for t in toks[i + 1 : min(hi, i + 3)]) \
            and not _de_fronted_dass_stance(ctx, i, lo, hi):
        nouns = nouns - {"für"}
    compounds = lex.light_compound_heads & nouns if lex.lang == "de" else ()  # (only "warnung" for "herausgegeben")
    for step in ((1,) if forward else (1, -1)):
        k = i + step
        while lo <= k < hi:
            t = toks[k]
            if t.quoted or t.text in {",", ";", ":", "."}:
                break
            if lex.lang == "en" and step == 1 and t.text == "no" and k == i + 1:
                return None  # (round 40, enlight) nothing given or voiced: "gave no assurances that …", "expressed no
                # concern that …"
            if lex.lang == "en" and step == 1 and k > i + 1 and t.text == t.low and t.low != "of" \
                    and t.low in lex.prepositions:
                return None  # (round 41, ensports) the noun is no object behind a preposition: "The Bills took over at
                # their own 25-yard line", "took a knee at the 1-yard line" (whole sentences were reported)
            if lex.lang == "en" and step == 1 and k > i + 1 and t.low in nouns and t.low in lex.light_noun_games \
                    and toks[k - 1].low in lex.light_noun_games[t.low] and toks[k - 1].text == toks[k - 1].low:
                return None  # (round 41, ensports) a point or a line of the game: "Butker made the extra point", "saved
                # match point" (whole sentences were reported)
            if compounds and t.is_cap and t.is_word and t.low not in nouns and abs(k - i) <= LIGHT_REACH \
                    and (head := _de_light_compound_head(t.low, compounds)) is not None:
                # (round 37, w4) "hat eine Unwetterwarnung herausgegeben", "sprach eine Reisewarnung aus"
                return None if _de_light_cancelled(ctx, i, lo, hi) else head
            # further away only at the German clause end (the sentence bracket: "stellte … in Frage.")
            if t.low in nouns and (abs(k - i) <= LIGHT_REACH or step == 1 and lex.lang == "de" and _particle(
                    ctx, k, nouns, hi)) and (t.low not in _DE_LIGHT_NOUN_PREPOSITION or (
                        k > lo and toks[k - 1].low == _DE_LIGHT_NOUN_PREPOSITION[t.low])):
                if toks[i].low in lex.state_passive_auxiliaries and not (
                        step == 1 and toks[k - 1].low == "der" and k + 1 < hi and toks[k + 1].text in {",", ":"}):
                    return None  # "sein" only as "ist der Meinung, …" (not "Das ist die Meinung vieler Experten")
                if (t.low in lex.speaker_light_nouns or lex.lang == "de" and toks[i].low in _DE_RAISE_VERBS) \
                        and not _de_speaking_clause(ctx, i, k, lo, hi):
                    return None  # (round 36, v1) "Schwache Konjunkturdaten dämpften die Erwartungen" (no one spoke);
                    # (round 47, deacts) "Der Fall wirft die Frage auf, ob …" (a thing raises a question, no one asks it)
                if forward and lex.lang == "de" and k + 1 < hi and toks[k + 1].low in lex.thought_object_prepositions \
                        and toks[k + 1].text == toks[k + 1].low and not any(
                            x.text in {",", ":", ";"} or x.quoted for x in toks[k + 1 : hi]):
                    return None  # (round 35) a prepositional object, no content: "habe keine Angst vor einem Urteil"
                if lex.lang == "en" and toks[i].low in lex.colon_light_verbs and not (
                        k + 1 < hi and (toks[k + 1].text == ":" or toks[k + 1].quoted)):
                    return None  # (round 37, e5) "released a statement" only before its colon or quotation
                if lex.lang == "en" and step == 1 and k - 1 > i and toks[k - 1].low in lex.alert_hazards \
                        and toks[k - 1].text == toks[k - 1].low and not toks[k - 1].quoted:
                    return None  # (round 41, enoffices) an alert product, as "a boil-water advisory": "Environment Canada
                    # issued a tornado warning for Kanata" (the sentence was the agency's report)
                if lex.lang == "de" and _de_light_cancelled(ctx, i, lo, hi):
                    return None
                return t.low
            k += step
    return None


#: (round 47, deacts) German light nouns that make the act only after their preposition ("legt ihm zur Last, …", not
#: "legte die Last ab")
_DE_LIGHT_NOUN_PREPOSITION = {"last": "zur"}
#: (round 47, deacts) German forms of "aufwerfen", a light verb of "Frage" only with someone who can speak in its
#: clause ("Müller warf die Frage auf, ob …", not "Der Fall wirft die Frage auf, ob …")
_DE_RAISE_VERBS = frozenset({"warf", "wirft", "warfen", "werfen", "aufgeworfen", "aufwerfen"})


#: (round 37, w4) German forms of "geben" whose light noun an existential "es" cancels ("gibt es eine Warnung")
_DE_GEBEN = frozenset({"gab", "gibt", "gaben", "geben", "gegeben"})


def _de_light_cancelled(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 37, w4) German light verb i with its noun is no act: "es gibt" is existential ("Für den Kreis gab es eine
    Warnung vor Sturm", "Es gibt eine Unwetterwarnung" had the speakers "Kreis" and none), and "haben" is the auxiliary
    of a participle closing its clause ("Die Retter hatten die Hoffnung nicht aufgegeben, Überlebende zu finden")."""
    toks = ctx.tokens
    w = toks[i].low
    if w in _DE_GEBEN:
        return any(t.low == "es" and not t.quoted for t in toks[max(lo, i - 3) : min(hi, i + 2)])
    if w not in _DE_HABEN:
        return False
    e = next((x for x in range(i + 1, hi) if toks[x].text in {",", ";", ":"} or toks[x].quoted), hi)
    p = toks[e - 1] if e - 1 > i + 1 else None
    return p is not None and p.is_word and not p.quoted and p.text == p.low and p.low != "gehabt" and len(p.low) > 5 \
        and p.low.endswith(("t", "en")) and (p.low.startswith("ge") or "ge" in p.low[2:7])


def _de_light_compound_head(word: str, heads: frozenset[str]) -> str | None:
    """(round 37, w4) The light noun closing a German compound ("unwetterwarnung" -> "warnung", "impfempfehlungen" ->
    "empfehlungen"), with at least three letters before it; None otherwise."""
    for h in heads:
        if len(word) >= len(h) + 3 and word.endswith(h) and word[-len(h) - 1] != "-" or (
                word.endswith("-" + h) and len(word) > len(h) + 2):
            return h
    return None


def _de_speaking_clause(ctx: QuoteContext, i: int, k: int, lo: int, hi: int) -> bool:
    """(round 36, v1) The clause of light verb i and its noun k names someone who can speak: a person's role or title,
    a speaking body, a party, a known name or an abbreviation ("Die Bundesregierung", "der Außenminister", "Die EU",
    "Diplomaten"), so that the construction is a speech act ("dämpfte die Erwartungen"), not a thing's effect."""
    toks, lex = ctx.tokens, ctx.lex
    a = next((x + 1 for x in range(min(i, k) - 1, lo - 1, -1) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), lo)
    b = next((x for x in range(max(i, k) + 1, hi) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), hi)
    for x in range(a, b if k < i else k):  # (not the noun's genitive: "die Erwartungen der Veranstalter")
        t = toks[x]
        if x == k or not t.is_word or not t.is_cap or t.quoted or t.low in lex.determiners:
            continue
        w = t.low.rsplit("-", 1)[-1]
        if lex.is_title(t.text) or any(de_person_noun(v, "der") for v in (w, w[:-1], w[:-2])) \
                or w.endswith(lex.speaking_bodies) or w.endswith(lex.speaking_persons) \
                or t.low in ctx.ents.by_surname or lex.is_first_name(t.low) or t.low in DE_PARTIES \
                or (len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()):
            return True
    return False


def _en_trailing_as(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English (round 41, enasclauses): verb i closes an as-clause after a comma, at most five words of subject (and
    adverbs) between: "…, as Robin pointed out.", "…, as the mayor so aptly put it." """
    toks = ctx.tokens
    k = i - 1
    while k > lo and k >= i - 6 and toks[k].is_word and not toks[k].quoted and toks[k].low != "as":
        k -= 1
    return k - 1 > lo and k < i - 1 and toks[k].text == "as" and toks[k - 1].text == "," and not toks[k - 1].quoted


def _en_as_clause_adjunct(ctx: QuoteContext, i: int, k: int, lo: int, hi: int) -> bool:
    """English (round 53, auditen2): verb i with its particle at k closes an as-clause after a short adjunct of place or
    time (a preposition first, at most eight plain words): fronted before a comma and a quotation ("As Harlan put it at
    a diner in Waterloo, "…"") or trailing to the sentence's end ("…, as Harlan put it on Sunday."); was no cue."""
    toks, lex = ctx.tokens, ctx.lex
    a = i - 1
    while a > lo and a >= i - 6 and toks[a].is_word and not toks[a].quoted and toks[a].low != "as":
        a -= 1
    if toks[a].low != "as" or toks[a].quoted or a >= i - 1 or k + 2 >= hi or toks[k + 1].low not in lex.prepositions \
            or toks[k + 1].quoted:
        return False
    fronted = a == lo and toks[a].text == "As"
    if not fronted and not (a - 1 > lo and (toks[a - 1].text == "," or (toks[a - 1].quoted and not toks[a - 1].is_word))):
        return False
    e = k + 2
    while e < min(hi, k + 10) and toks[e].is_word and not toks[e].quoted and not (
            toks[e].text == toks[e].low and (toks[e].low in lex.cue_verbs or toks[e].low in lex.auxiliaries
                                             or toks[e].low in lex.complementizers or toks[e].low in lex.pronouns)):
        e += 1
    if e >= hi or toks[e].quoted:
        return False
    if fronted:
        return toks[e].text == "," and e + 1 < hi and toks[e + 1].quoted
    return toks[e].text in {".", "!", "?"}


def _en_trailing_tag(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English (round 44, enmideast): verb i closes its sentence as a trailing tag, a short subject (at most four
    words, a pronoun, name or determiner first) right after a comma that ends a clause of at least four words, the
    sentence opening with no subordinator: "…, the spokesperson pointed out." (not "When the talks failed, the envoy
    pointed out." nor "…, and the minister pointed out.")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k > lo and k >= i - 5 and toks[k].is_word and not toks[k].quoted:
        k -= 1
    if k <= lo + 4 or k >= i - 1 or toks[k].text != "," or toks[k].quoted:
        return False
    s = toks[k + 1]
    if s.low in lex.coordinators or s.low in lex.adverbial_subordinators or s.low in lex.prepositions \
            or not (s.is_cap or s.low in lex.determiners or s.low in lex.pronouns):
        return False
    b = k - 1
    while b > lo and toks[b - 1].text not in {".", "!", "?", "\n"}:
        b -= 1
    first = toks[b]
    return k - b >= 4 and sum(t.is_word for t in toks[b:k]) >= 4 and first.low not in lex.adverbial_subordinators \
        and first.low not in ("after", "before") and not any(t.quoted for t in toks[b:k])


def _after_quotation_subject(ctx: QuoteContext, i: int, lo: int) -> bool:
    """Verb i follows a quotation, with at most a short subject between ('"…," he went on', '"…," Mayor Jane
    Hill went on')."""
    toks = ctx.tokens
    k = i - 1
    while k >= lo and k >= i - 5 and toks[k].is_word and not toks[k].quoted:
        k -= 1
    return k >= lo and toks[k].quoted


def _particle(ctx: QuoteContext, k: int, parts: frozenset[str], hi: int) -> bool:
    """Token k is the separable particle of a verb: in German it closes its clause
    ("teilte … mit." / "geht davon aus, dass"), so "gab es … an Bord" has none."""
    t = ctx.tokens[k]
    if t.low == "daraufhin" and "hin" in parts and not t.quoted and k + 2 < hi and ctx.tokens[k + 1].text == "," \
            and ctx.tokens[k + 2].low in ("dass", "daß"):
        return True  # (round 41, deimpersonal) "darauf hin" written as one word before its clause: "weist daraufhin, dass"
    if t.low not in parts or (t.quoted and (ctx.lex.lang != "de" or len(t.low) < 6)):
        return False  # (a quoted adjective completes "zeigte sich „sehr überrascht“"; a particle is never quoted)
    if ctx.lex.lang != "de":
        return True  # (the caller looks only next to the verb: "pointed out", "made it clear")
    toks = ctx.tokens
    if k + 2 < hi and toks[k + 1].text in ("und", "oder", "sowie") and toks[k + 2].is_word and not toks[k + 2].quoted \
            and toks[k + 2].low not in ctx.lex.prepositions:
        return True  # a second predicate or clause follows: "teilte das Ministerium mit und kündigte Hilfen an"
    if k + 2 < hi and toks[k + 1].text in _DE_STATE_PREPOSITIONS and t.low in ctx.lex.separable.get("zeigte", ()):
        # (round 25) a state adjective with its prepositional object closing the clause: "zeigte sich zufrieden mit dem
        # Ergebnis", "zeigte sich besorgt über die Lage" (no report)
        e = next((x for x in range(k + 2, hi) if not toks[x].is_word or toks[x].quoted), hi)
        return e >= hi or (toks[e].text in {".", ",", ";", ":", "!", "?"} and not toks[e].quoted)
    if k + 2 < hi and t.low in ctx.lex.prepositions and toks[k + 1].quoted and not toks[k + 1].is_word \
            and toks[k + 2].quoted and toks[k + 2].is_word:
        return False  # (round 27) a preposition before its quoted object: "seine Mandantin vor «Verbrecherfotos» zu schützen"
    return k + 1 >= hi or not toks[k + 1].is_word or toks[k + 1].quoted


#: how many tokens before a clause-final "gezeigt" its state adjective may stand ("… zufrieden mit dem Ergebnis gezeigt")
_DE_STATE_OBJECT_REACH = 10

#: (round 34) intensifiers before a fronted state adjective ("Sehr zufrieden zeigte sich …", "Besonders erfreut zeigte sich …")
_DE_STATE_INTENSIFIERS = frozenset({"sehr", "besonders", "äußerst", "äusserst", "höchst", "tief", "hoch", "ausgesprochen",
                                    "ebenfalls", "auch", "sichtlich", "überaus", "wenig"})

#: German prepositions of a state adjective's object ("zufrieden mit", "besorgt über", "enttäuscht von")
_DE_STATE_PREPOSITIONS = frozenset({"über", "mit", "von", "angesichts", "wegen", "darüber", "damit", "davon", "auf", "bei"})


#: (round 43, detv) talk-show tags that report only right after a quotation's closing mark and comma, never after a
#: reported clause in the Konjunktiv I ("„…“, begann die 46-Jährige", "„…“, unterbrach ihn der Moderator")
_DE_QUOTATION_ONLY_TAGS = frozenset({"begann", "beginnt", "unterbrach", "unterbricht", "fiel", "fällt"})


def _closing_word(ctx: QuoteContext, i: int, word: str, hi: int) -> bool:
    """German: `word` closes the clause of verb i (before a punctuation mark or the sentence end), with
    nothing quoted between ("…, meldete sich Kickl am Sonntag zu Wort.")."""
    toks = ctx.tokens
    for k in range(i + 1, hi):
        t = toks[k]
        if t.quoted or (not t.is_word and t.text not in {"-", "‑"}):
            return False
        if t.low == word and (k + 1 >= hi or not toks[k + 1].is_word):
            return True
    return False


def particle_found(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """The separable particle that verb i needs stands in its sentence: closing a clause after it
    ("teilte … mit.", "geht davon aus, dass") or, German, written apart right before it at a clause
    end ("Wie das Unternehmen bekannt gab, …"). True for a verb that needs none."""
    parts = ctx.lex.separable.get(ctx.tokens[i].low)
    if not parts:
        return True
    return any(_particle(ctx, k, parts, hi) for k in range(i + 1, hi)) or (
        ctx.lex.lang == "de" and _particle_before(ctx, i, parts, lo, hi))


def _particle_before(ctx: QuoteContext, i: int, parts: frozenset[str], lo: int, hi: int) -> bool:
    """German: the particle written apart right before a clause-final verb ("Wie das Unternehmen
    am Montag bekannt gab, …"; standard spelling joins them: "bekanntgab")."""
    toks = ctx.tokens
    if i - 2 >= lo and toks[i - 1].quoted and not toks[i - 1].is_word and i + 1 < hi and toks[i + 1].low == "sich":
        # a quoted adjective opening the sentence before "zeigte sich": "„Verwundert“ zeigten sich auch …"
        w = [t for t in toks[lo : i - 1] if t.is_word]
        return len(w) == 1 and w[0].quoted and w[0].low in parts
    if i - 1 >= lo and i + 1 < hi and toks[i + 1].text == "sich" and toks[i - 1].is_word and not toks[i - 1].quoted \
            and toks[i - 1].low in parts and toks[i - 1].low in ctx.lex.separable.get("zeigte", ()) \
            and all(t.is_word and not t.quoted and t.low in _DE_STATE_INTENSIFIERS for t in toks[lo : i - 1]) \
            and toks[lo].is_cap and toks[i - 1].low != "offen" and any(
                (toks[x].text == ":" and not toks[x].quoted) or (toks[x].low in ("dass", "daß") and toks[x - 1].text == ",")
                for x in range(i + 2, hi)):
        # (round 34) the state adjective fronted, unquoted: "Erfreut zeigte sich die Ministerin, dass …", "Sehr
        # zufrieden zeigte sich auch der Trainer: …" (no cue: the content and the speaker were lost); only with a
        # content (a dass-clause, a colon): without one it is no report, as "zeigte sich zufrieden mit dem Ergebnis"
        return True
    if toks[i].low == "gezeigt" and (i + 1 >= hi or not toks[i + 1].is_word):
        # (round 28) the perfect with the adjective's prepositional object: "hat sich entsetzt über die Tat gezeigt"
        for a in range(i - 2, max(lo, i - _DE_STATE_OBJECT_REACH) - 1, -1):
            if not toks[a].is_word or toks[a].quoted:
                break
            if toks[a].low in parts and toks[a].text == toks[a].low and toks[a + 1].text in _DE_STATE_PREPOSITIONS \
                    and any(t.text == "sich" for t in toks[lo:a]):
                return True
    return (i - 1 >= lo and toks[i - 1].low in parts and toks[i - 1].text == toks[i - 1].low and not toks[i - 1].quoted
            and (i + 1 >= hi or not toks[i + 1].is_word))


#: words after "that" that show it is a pronoun object, not a complementizer ("knows that better than anyone")
_EN_NOT_CLAUSE_AFTER_THAT = frozenset({"better", "well", "much", "more", "less", "too", "very", "now", "already",
                                       "firsthand", "personally", "from", "about", "as", "because", "and", "but"})
#: English subjects of the writer's own view: the first and second person, generic "one", and an imperative's "please"
_EN_FIRST_SECOND = frozenset({"i", "we", "you", "one", "please"})
#: adverbs and particles between such a subject and its verb ("I rather thought", "we all know", "do you REALLY think")
_EN_STANCE_ADVERBS = frozenset({"do", "does", "did", "really", "just", "still", "all", "certainly", "rather", "only",
                                "always", "even", "sometimes", "already", "too", "can", "so"})


#: (round 34, w2g) verbs of belief that report a bare clause as well as one after "that" ("Many Republicans think the
#: bill is dead", "41% thought Walz had won"), with a third-person subject right before them
_EN_BARE_STANCE = frozenset({"think", "thinks", "thought",
                             "worry", "worries",  # (round 47, ennothat) "Many Democrats worry the party has …"
                             "worried"})  # (round 47, enleftovers) "Democrats worried the party had lost touch"
#: words before such a verb that make it no report of a named holder's belief: a wh-word of a question or a free
#: relative ("what they think the bill should be", "how many think …"), an infinitive's "to"
_EN_BARE_STANCE_BLOCKERS = frozenset({"what", "which", "who", "whom", "how", "where", "why", "whatever", "to", "than",
                                      # a caused belief: "Make the voters think there's a positive"
                                      "make", "makes", "made", "making", "let", "lets"})


#: (round 34, w2g) words after "concluded" when an event ended rather than someone found something
_EN_ENDED_AFTER = frozenset({"minutes", "hours", "days", "weeks", "moments", "shortly", "just", "abruptly", "early",
                             "late", "earlier", "later", "without", "after", "before", "around", "at", "in", "on", "with"})


def _en_in_source_phrase(toks, i: int, lo: int) -> bool:
    """English: token i closes the noun phrase of "according to" or "citing" (at most five words between, no
    punctuation, no quotation): "according to a new CNN report", "citing a Reuters report"."""
    for k in range(i - 1, max(lo, i - 7) - 1, -1):
        t = toks[k]
        if t.quoted or not t.is_word:
            return False
        if (t.low == "to" and k - 1 >= lo and toks[k - 1].low == "according") or t.low == "citing":
            return k < i - 1
    return False


def _en_bare_stance_clause(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English: the belief verb at token i ("think", "thinks", "thought") has a subject before it (a plural noun, a
    name, a number or a third-person pronoun, maybe after an auxiliary, a negation or an adverb) and a finite clause
    right after it ("Republicans think funding for the border should be …", "while 41% thought Walz emerged as the
    winner"); not "I think …" (first/second person is checked apart), nor "think about", "think so"."""
    from spanbank.annotators.quote_indirect import (  # (late: quote_indirect imports us)
        _en_clause_start,
        _en_finite,
    )

    toks, lex = ctx.tokens, ctx.lex
    if i == lo or i + 2 >= hi:
        return False
    nxt = toks[i + 1]
    if nxt.quoted or not nxt.is_word or nxt.low in ("so", "this", "that") or nxt.low in lex.prepositions \
            or not (_en_clause_start(nxt, lex) or nxt.low not in lex.stopwords) or not _en_finite(toks, lex, i + 1, hi):
        return False
    if toks[i].low in lex.ed_adjectives and nxt.text == nxt.low and nxt.low not in lex.determiners \
            and nxt.low not in lex.pronouns and nxt.low not in lex.clause_starters:
        return False  # (round 47, enleftovers) an adjective before a bare noun: "Many worried residents say the plant
        # will close" (not "Democrats worried the party had lost touch")
    k = i - 1
    while k > lo and toks[k].is_word and not toks[k].quoted and (
            toks[k].low in lex.auxiliaries or toks[k].low in lex.negations or toks[k].low in _EN_STANCE_ADVERBS
            or toks[k].low.endswith(("n't", "n’t", "ly"))):
        k -= 1
    s = toks[k]
    if s.quoted or any(x.low in _EN_BARE_STANCE_BLOCKERS for x in toks[max(lo, k - 3) : i]) \
            or any(x.text == "?" for x in toks[i:hi]) or (k > lo and toks[k - 1].low in ("do", "does", "did")) \
            or s.low in lex.not_nouns or s.low in lex.not_subjects or s.low.endswith("ly") \
            or (s.text.isupper() and len(s.text) <= 2) \
            or (k > lo and toks[k - 1].low in lex.cue_verbs) \
            or (k - 1 > lo and toks[k - 1].low == "that" and toks[k - 2].low in lex.cue_verbs):
        # the belief inside a report ("say they think inflation is getting worse", "said that he thought …") is that
        # report's content, no report of its own; a question ("Do they really think …?"), an interjection or an adverb
        # for the subject ("Lol think …")
        return False
    return s.text == "%" or s.is_word and (s.low in ("he", "she", "they") or s.text.endswith("%") or s.text[:1].isdigit() or (
        s.text == s.low and s.low.endswith("s") and not s.low.endswith("ss") and s.low not in lex.stopwords
        and s.low not in lex.determiners) or (s.is_cap and s.low not in lex.stopwords))


def _en_first_second_person_subject(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English: the subject of the verb at token i is "I", "we", "you" or generic "one", or the verb is an imperative
    after "please", with only auxiliaries, negations and adverbs between ("I really think", "we don't know", "One can
    only assume", "Please know that")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and (
            toks[k].low in lex.auxiliaries or toks[k].low in lex.negations or toks[k].low in lex.skippable
            or toks[k].low in _EN_STANCE_ADVERBS or toks[k].low.endswith(("n't", "n’t", "ly"))):
        k -= 1
    return k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].low in _EN_FIRST_SECOND


#: (round 39, ensay) the present forms of "say" (not "said": "As I said, …" reports the writer's earlier words)
_EN_SAY_FORMS = frozenset({"say", "says", "saying"})
#: modals of a hypothetical saying: "you could say …", "you might say", "one would say"
_EN_SAY_MODALS = frozenset({"would", "could", "might", "can", "may", "'d", "’d", "wouldn't", "couldn't", "can't",
                            "wouldn’t", "couldn’t", "can’t"})
#: subjects of a set phrase "as … say": "as they say", "as the saying goes" (a noun), "as you might say"
_EN_AS_SAY_SUBJECTS = frozenset({"they", "we", "you", "one", "people", "i"})
#: words right before "say"/"saying" that make it no report: a comparison ("like saying", "than saying"), "without
#: saying", a question for a hypothetical ("Why say …", "why not just say"), an imperative ("Stop saying …")
_EN_SAY_NOT_REPORT_BEFORE = frozenset({"like", "than", "without", "why"})
_EN_SAY_IMPERATIVES = frozenset({"stop", "quit"})
#: (round 48, endebates3) words before "of saying" that make the saying no report ("a matter of saying", "instead of
#: saying", "the idea of saying", "the point of saying")
_EN_SAY_OF_NOT_REPORT = frozenset({"matter", "instead", "question", "idea", "point", "notion", "habit", "risk", "danger",
                                   "business"})


#: (round 49, auditnews4) the writer's verbs of writing itself, in the base form or the gerund ("We'll start by noting")
_EN_DISCOURSE_CUES = frozenset({"note", "noting", "add", "adding", "point", "pointing", "stress", "stressing",
                                "emphasize", "emphasizing", "emphasise", "emphasising", "mention", "mentioning",
                                "observe", "observing", "repeat", "repeating", "say", "saying"})
#: (round 49, auditnews4) verbs of a piece's order before "by" and the gerund ("start by noting", "close by saying")
_EN_ORDER_VERBS = frozenset({"start", "begin", "close", "end", "conclude", "finish", "open"})
#: (round 49, auditnews4) modals and adverbs between the writer's "I"/"we" and the verb of order
_EN_DISCOURSE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "would", "'d", "’d", "should", "must", "can", "might",
                                       "may", "also", "just", "first", "only", "briefly", "again", "simply", "merely",
                                       "want", "to", "like"})


def _en_writer_discourse_cue(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 49, auditnews4) English: the gerund of writing at token i (`_EN_DISCOURSE_CUES`) after a piece's order and
    "by" ("We'll start by noting that …", "I want to begin by saying …") with the unquoted "I"/"we" as subject: the
    writer's or speaker's act of ordering the piece, no report. A modal alone stays ("I would note that …" is a
    transcript speaker's report, round 40), as does a past ("We noted that …")."""
    toks = ctx.tokens
    n = i + 1 + (i + 1 < len(toks) and toks[i + 1].text in {",", ":"} and not toks[i + 1].quoted)
    if n < len(toks) and toks[n].quoted:
        return False  # a saying before a quotation stays (round 39): 'I'll say "…" then …'
    k = i - 1
    if not (k - 1 >= lo and toks[k].low == "by" and toks[k - 1].low in _EN_ORDER_VERBS and toks[i].low.endswith("ing")):
        return False  # (a modal alone, "I would note that …", is a transcript speaker's report: round 40, entranscripts)
    k -= 2
    while k >= lo and not toks[k].quoted and not toks[k].text[:1].isupper() and toks[k].low in _EN_DISCOURSE_AUXILIARIES:
        k -= 1
    return k >= lo and not toks[k].quoted and toks[k].low in ("i", "we") \
        and (k == lo or not toks[k - 1].is_word or toks[k - 1].low in ("and", "but", "so", "now", "here"))


def _en_idle_say(ctx: QuoteContext, i: int, lo: int, hi: int, only_predicted: bool = False) -> bool:
    """(round 39, ensay) English: the form of "say" at token i is no report in the writer's own prose (reader comments,
    forum posts, columns): a set phrase ("Needless to say", "suffice it to say", "that is to say", "Let's say", "let us
    say", "as they say", "shall we say", "dare I say", "goes without saying"), the writer's present words ("I'd say",
    "I say", "I'm not saying", "we can say", "you could say"), a comparison or a question of a hypothetical ("It's like
    saying …", "Why not just say …"), an imperative ("Stop saying …", "Quit saying") or an infinitive opening the
    sentence ("To say that … is absurd"). "said" stays ("As I said, …", "I never said that …"), and so does the writer's
    saying before a quotation ('I would just say "go to it"': the quotation would go to someone else). With
    only_predicted (round 39, encomments3), only a third person's predicted or imagined saying ("they'll all say")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].low in ("just", "simply", "merely", "only",
                                                                                   "really", "even", "always", "also"):
        k -= 1  # "Let's just say", "I'm simply saying", "why not just say"
    if k < lo or toks[k].quoted:
        return False
    p = toks[k]
    if not p.is_word:
        return False
    if p.low == "to" and toks[i].low == "say":
        if k == lo or (k - 1 == lo and not toks[lo].is_word):
            return not only_predicted  # "To say that one law can defeat another shows …"
        w = toks[k - 1]
        return not only_predicted and not w.quoted and w.is_word and w.low in lex.say_idiom_words and (
            w.low != "is" or (k - 2 >= lo and toks[k - 2].low == "that"))  # "that is to say" (not "The plan is to say")
    if p.low in ("let's", "lets", "let’s") or (p.low in ("us", "me") and k - 1 >= lo and toks[k - 1].low == "let"):
        return not only_predicted  # "Let's say I have a friend named Bill", "Let me say this: …"
    if p.low in _EN_SAY_NOT_REPORT_BEFORE and p.text == p.low or (p.low == "why" and k == lo) or (
            p.low == "not" and k - 1 >= lo and toks[k - 1].low == "why"):
        return not only_predicted  # "It's like saying …", "better than saying", "goes without saying", "Why not just say …"
    if p.low == "of" and p.text == "of" and toks[i].low == "saying" and k - 1 >= lo \
            and toks[k - 1].low in _EN_SAY_OF_NOT_REPORT and not toks[k - 1].quoted:
        return not only_predicted  # (round 48, endebates3) "It is not a matter of saying the program has failed" (speaker
        # "It"), "Smith, instead of saying the program failed, blamed Congress" (what was not said)
    if p.low in _EN_SAY_IMPERATIVES and toks[i].low == "saying" and (
            k == lo or toks[k - 1].low in ("please", "so", "just", "and") or not toks[k - 1].is_word):
        return not only_predicted  # "Stop saying immigration when you mean …", "Please quit saying …"
    if k - 1 >= lo and p.low in _EN_AS_SAY_SUBJECTS and toks[k - 1].low == "as" and toks[i].low == "say" \
            and (i + 1 >= hi or toks[i + 1].text in {",", ":", ";", "."} or toks[i + 1].quoted):
        return not only_predicted  # "That, as they say, is …" (not "as they say in their statement")
    if p.low in ("we", "i") and k - 1 >= lo and toks[k - 1].low in ("shall", "dare", "need", "may", "must") \
            and toks[i].low == "say":
        return not only_predicted  # "indicating, shall we say, a failure of …", "dare I say", "need I say", "I must say" (below)
    # the subject: past auxiliaries, negations, adverbs; "I'd say", "I'm not saying", "we can say", "you could say"
    n = i + 1 + (i + 1 < hi and toks[i + 1].text in {",", ":"} and not toks[i + 1].quoted)
    quoted_next = n < hi and toks[n].quoted  # the writer's words in quotation marks stay the writer's: 'When I say
    # "phony spirit," I mean …' (a third person's predicted words do not: 'they'll all say "I knew it"', below)
    modal = False
    hypothetical = None  # (round 39, encomments3) the nearest modal of a prediction or a hypothesis ("they'll all say")
    while k >= lo and toks[k].is_word and not toks[k].quoted and (
            toks[k].low in lex.auxiliaries or toks[k].low in lex.negations or toks[k].low in _EN_STANCE_ADVERBS
            or toks[k].low in ("’m", "’d", "’re", "am", "just", "simply", "only", "merely", "have", "got", "gotta",
                               "must", "hate", "want", "wanted", "to", "going", "gonna")
            or toks[k].low.endswith(("n't", "n’t", "ly"))):
        modal = modal or toks[k].low in _EN_SAY_MODALS
        if toks[k].low in _EN_HYPOTHETICAL_MODALS and hypothetical is None:
            hypothetical = k
        if toks[k].low in ("has", "had", "was", "were", "did") or (toks[k].low in ("have", "'ve", "’ve")
                                                                     and toks[i].low != "say"):
            return False  # "I have said", "I was saying at the time", "I did say that" (the writer's past words)
        k -= 1
    if k < lo or not toks[k].is_word or toks[k].quoted:
        return False
    s = toks[k].low
    if k - 1 >= lo and toks[k - 1].low in ("did", "didn't", "didn’t", "had", "have", "has"):
        return False  # a question about the writer's past words: "Did I say the few … ruin it?", "Nowhere did I say …"
    return (not quoted_next and not only_predicted and (s in ("i", "we") or (s in ("you", "one") and modal))) or (
        hypothetical is not None and toks[i].low == "say" and _en_predicted_say(ctx, k, hypothetical, i, lo, hi))


#: (round 42, encomments4) auxiliaries that open a yes/no or wh-question before its subject ("Does she believe …?")
_EN_QUESTION_AUXILIARIES = frozenset({
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "will", "would", "could", "should",
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "can't", "won't",
    "wouldn't", "couldn't", "shouldn't", "don’t", "doesn’t", "didn’t", "isn’t", "aren’t", "wasn’t", "weren’t",
    "hasn’t", "haven’t", "can’t", "won’t", "wouldn’t", "couldn’t", "shouldn’t"})
#: (round 42, encomments4) words that may stand before a yes/no question's auxiliary ("So does he …"; not "Why did he say …?")
_EN_QUESTION_LEADS = frozenset({"so", "or", "and", "but", "then", "now", "well", "also",
                                "seriously", "honestly", "really"})


_EN_FREE_RELATIVES = frozenset({"who", "whom", "whoever", "whomever"})
_EN_ASK_FORMS = frozenset({"ask", "asks", "asked"})
_EN_AGREE_FORMS = frozenset({"agree", "agrees", "agreed", "agreeing"})
#: (round 49, auditnews6) the words of an elided comparison clause after its verb: "it would be", "they did", "it to be"
_EN_ELIDED_CLAUSE_WORDS = frozenset({"it", "they", "he", "she", "we", "this", "that", "so", "would", "will", "could",
                                     "might", "should", "can", "be", "been", "being", "do", "did", "does", "was", "were",
                                     "is", "are", "had", "have", "has", "to", "not", "n't"})
#: (round 49, auditnews6) "as … as" that open no comparison of degree: a time or a condition ("as soon as he said that
#: …", "as long as they say that …"), an addition ("as well as"), a limit ("as far as"), a count ("as many as")
_EN_AS_NOT_DEGREE = frozenset({"soon", "long", "well", "far", "many", "much", "few", "little", "often", "of"})


def _en_free_relative_ask(toks: list, i: int, lo: int) -> bool:
    """(round 49, auditnews6) English: "ask" at token i is the verb of a free relative ("depending on who you ask",
    "no matter whom one asks", "whoever you ask"): an idiom of varying opinion, no report of anyone's words."""
    return toks[i].low in _EN_ASK_FORMS and i - 2 >= lo and toks[i - 1].low in ("you", "one", "we") \
        and toks[i - 2].low in _EN_FREE_RELATIVES and not toks[i - 1].quoted and not toks[i - 2].quoted


def _en_comparison_standard(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 49, auditnews6) English: the cue at token i is the standard of a comparison of degree with its clause elided
    ("neither as bad as the sceptics thought it would be, nor as good as the organisers hoped it would be", "not as
    strong as forecasters predicted it would be", "as big as analysts had expected"): "as" + an adjective or adverb
    + "as" + a subject of one to five words before the cue, and after it nothing but an elided clause ("it would be")
    up to a punctuation mark or the end. Not "as soon as he said that …" (a time) nor a clause that goes on ("as good
    as Smith said the deal was")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "en" or toks[i].quoted:
        return False
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].low in ("had", "have", "has", "was",
                                                                                  "were", "originally", "first", "once"):
        k -= 1  # "as analysts had expected"
    n = 0
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].low != "as" and n < 5:
        k -= 1
        n += 1
    if n == 0 or k - 2 < lo or toks[k].low != "as" or toks[k].quoted:
        return False
    if toks[k - 2].low not in ("as", "so") or not toks[k - 1].is_word or toks[k - 1].low in _EN_AS_NOT_DEGREE \
            or toks[k - 1].text != toks[k - 1].low:
        return False
    m = 0
    for x in range(i + 1, hi):
        t = toks[x]
        if not t.is_word or t.quoted:
            break
        if t.low not in _EN_ELIDED_CLAUSE_WORDS and not (t.low.startswith(("'", "’")) and len(t.low) <= 3):
            return False
        m += 1
        if m > 5:
            return False
    return True


def _en_asked_cue(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 42, encomments4) English: the cue at token i is the verb of a question in the writer's prose, an
    auxiliary before a third-person subject of one to four words and a sentence ending in "?": "Does she really
    believe that we are going to buy …?", "is anyone suggesting that we simply ignore the problem?", "Has she
    admitted it was a bomb yet?". A question asserts no report (a wh-question presupposes one: "Why did he say …?"). "I", "we" and
    "you" stay as they are ("So, Amber, are you saying that …?", "Did I say …?": the open convention on the writer
    and the addressee as speakers)."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if lex.lang != "en" or t.quoted or t.text != t.low:
        return False
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low and (
            toks[k].low in lex.negations or toks[k].low.endswith("ly") or toks[k].low in (
                "ever", "even", "still", "actually", "seriously", "honestly", "just", "also", "now", "all", "not")):
        k -= 1
    s_end = k
    n = 0
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].low not in _EN_QUESTION_AUXILIARIES and n < 4:
        k -= 1
        n += 1
    if n == 0 or k < lo or toks[k].low not in _EN_QUESTION_AUXILIARIES or toks[k].quoted:
        return False
    if toks[s_end].low in ("i", "we", "you", "ya", "u") or toks[k + 1].low in ("i", "we", "you", "u", "it", "there"):
        # (round 48, encomments2) a question to the addressee about their words ("So, John, are you saying that the war is
        # over?", "Did you say that …?") asserts no report either (a vocative before it gave John the question as
        # content); "I" and "we" stay as they are
        return s_end == k + 1 and toks[s_end].low in ("you", "u", "ya") and toks[s_end].text != "U" \
            and _en_question_mark_ends(toks, i, hi)
    if any(toks[x].low in lex.auxiliaries or toks[x].low in lex.coordinators or toks[x].low in ("that", "who", "which")
           for x in range(k + 1, s_end + 1)):
        return False  # not one subject: "is it that he …", "do the people who say …"
    b = k - 1
    if b >= lo and not (not toks[b].is_word or toks[b].low in _EN_QUESTION_LEADS or toks[b].quoted):
        return False  # an auxiliary inside a declarative clause: "The senator did say …", "what he has said"
    return _en_question_mark_ends(toks, i, hi)


def _en_question_mark_ends(toks: list, i: int, hi: int) -> bool:
    """The first unquoted sentence stop after token i (before hi) is a "?" (`_en_asked_cue`)."""
    for x in range(i + 1, hi):
        if not toks[x].quoted and toks[x].text in (".", "!", "?"):
            return toks[x].text == "?"
    return False


#: (round 39, encomments3) modals of a prediction or a hypothesis before a bare "say" ("they'll all say", "Many will
#: say", "As Gomer Pyle would say", "only an idiot would say"); "can" and "must" are not among them
_EN_HYPOTHETICAL_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "'d", "’d", "'ll", "’ll"})
#: adverbs between a past "would" and "say" that make it a habit or a narrative past, a report ("would later say",
#: "would often say", "would say only that"); also right after "say"
_EN_NARRATIVE_WOULD_ADVERBS = frozenset({"later", "often", "usually", "sometimes", "frequently", "repeatedly", "once",
                                         "regularly", "only", "eventually", "subsequently", "afterwards", "always"})
#: words after a future "will say" (in its sentence) that make it a preview of prepared remarks, a report ("will say
#: in a speech on Tuesday", "Trump will say, per the prepared remarks", "will say, according to excerpts")
_EN_PREVIEW_WORDS = frozenset({"speech", "address", "remarks", "excerpts", "excerpt", "prepared", "according", "per",
                               "statement", "interview", "conference", "summit", "rally", "hearing", "testimony",
                               "expected", "aides", "advance", "tonight", "tomorrow", "later"})
#: prepositions right after "will say" that open a setting of prepared remarks ("will say in a speech", "at the summit")
_EN_PREVIEW_PREPOSITIONS = frozenset({"in", "at", "on", "during", "before", "to", "when", "while"})


def _en_predicted_say(ctx: QuoteContext, s: int, m: int, i: int, lo: int, hi: int) -> bool:
    """(round 39, encomments3) English: "say" at token i after the modal at m ("will", "'ll", "would", "could", "might")
    with the subject ending at s is a prediction or a hypothesis of a third person in the writer's own prose, no report:
    "they'll all say "I knew this …"", "his parents will always say he is …", "Many will say it is …", "As Gomer Pyle
    would say: …", "only an idiot would say the country is …". A narrative or habitual past stays a report ("He would
    later say …", "would often say", "would say only that …"); so does a preview of prepared remarks with its setting or
    source in the sentence ("The governor will say in a speech on Tuesday that …", '"…," Trump will say, per the prepared
    remarks'). The first and second person are handled above."""
    toks, lex = ctx.tokens, ctx.lex
    w = toks[s]
    if w.low in ("i", "we", "you", "one", "it", "this", "that", "which", "who") or w.low in lex.determiners:
        return False  # "it will say" (a document: "the report will say"), "who would later say", the writer's own
    if any(toks[x].low in _EN_NARRATIVE_WOULD_ADVERBS for x in range(m + 1, i)) and toks[m].low not in (
            "will", "'ll", "’ll"):
        return False  # "would later say", "would often say", "would always say" (a habit in the past)
    if i + 1 < hi and toks[i + 1].low in _EN_NARRATIVE_WOULD_ADVERBS:
        return False  # "would say only that …", "would say later"
    if toks[m].low in ("will", "'ll", "’ll"):
        if i + 1 < hi and (toks[i + 1].low in _EN_PREVIEW_PREPOSITIONS or toks[i + 1].low in lex.time_words):
            return False  # "will say in a speech", "will say at the summit", "will say Tuesday"
        if any(x.low in _EN_PREVIEW_WORDS and not x.quoted for x in toks[lo:hi]):
            return False  # "…, Trump will say, per the prepared remarks", "will say, according to excerpts"
        if w.is_cap and w.is_word and not w.quoted and w.low in ctx.ents.by_surname and (
                s > lo or w.low not in lex.stopwords):
            return False  # (round 47, future) a person named in the text previews his or her words: "Joe Biden …
            # Biden will say the country cannot afford another shutdown." (a group's "Democrats will say" stays a
            # prediction)
    return True


#: (round 48, enleft4) modals of a hypothesis before a speech verb other than "say" ("Critics could argue that …",
#: "Some economists would argue that …"); "may", "might", "should" and "can" already give the verb no subject
_EN_HYPOTHESIS_MODALS = frozenset({"would", "could", "'d", "’d"})
#: irregular past forms of speech verbs ("'d" is also "had": "He'd just said …", "she'd told police …")
_EN_PAST_SPEECH_FORMS = frozenset({"said", "told", "wrote", "written", "thought", "spoken", "spoke", "taught", "sought",
                                   "heard", "known", "knew", "felt", "held", "meant", "read"})


def _en_hypothetical_cue(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 48, enleft4) English: the speech verb at token i (a base form, not "say") after "would" or "could" with a
    third-person subject is a hypothesis, no report: "Trump could argue that the deal is bad", "Some economists would
    argue that rates are too high", "Smith could tell investigators that …" (the convention of round 39's "only an
    idiot would say …": "may", "might" and "should" reported nothing already). A narrative or habitual past stays a
    report ("Trump would later claim that …", "would often tell", "would argue only that …"), as does a negation ("would
    not confirm that …"), the writer's "I"/"we", and a backshifted "would" inside a report ("Smith said he would argue
    that …")."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[i].low.endswith("ed") or toks[i].low in _EN_PAST_SPEECH_FORMS:
        return False  # "He'd just said …" is "had said"
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low and (
            toks[k].low.endswith("ly") or toks[k].low in ("also", "just", "still", "even", "well", "then", "simply")):
        k -= 1
    if k > lo and toks[k].low in ("will", "'ll", "’ll") and not toks[k].quoted and toks[k].text == toks[k].low \
            and toks[i].low in lex.will_prediction_verbs:
        # (round 48, enleft5) a group's bare "will argue" is a prediction as its "will say" (round 47: "Opponents will
        # argue that the law is unconstitutional."): a lower-case or plural subject, not a named body ("We expect that
        # Uber will argue that …") nor a party of a proceeding ("Prosecutors will argue …", `proceeding_parties`); a
        # preview with its setting or a person named earlier stays a report
        s = toks[k - 1]
        if not s.is_word or s.quoted or not (s.text == s.low or s.low.endswith("s")) \
                or s.low in lex.proceeding_parties or any(toks[x].low in lex.cue_verbs and toks[x].text == toks[x].low
                                            and not toks[x].quoted for x in range(lo, k - 1)):
            return False
        return _en_predicted_say(ctx, k - 1, k, i, lo, hi)
    if k <= lo or toks[k].low not in _EN_HYPOTHESIS_MODALS or toks[k].quoted or toks[k].text != toks[k].low:
        return False
    if any(toks[x].low in _EN_NARRATIVE_WOULD_ADVERBS for x in range(k + 1, i)) or (
            i + 1 < hi and toks[i + 1].low in _EN_NARRATIVE_WOULD_ADVERBS):
        return False  # "would later claim", "would often tell", "would argue only that"
    s = toks[k - 1]
    if not s.is_word or s.quoted or s.low in ("i", "we") or s.low in lex.negations:
        return False
    return not any(toks[x].low in lex.cue_verbs and toks[x].text == toks[x].low and not toks[x].quoted
                   for x in range(lo, k - 1))  # "Smith said he would argue that …" (a backshifted future)


#: English subordinators of a condition or a concession: a belief inside their clause is hypothetical or
#: backgrounded ("If he knew that …", "while the WHO recognized that …, it was important …")
_EN_CONDITION_WORDS = frozenset({"if", "unless", "while", "whereas", "although", "though"})


def _en_in_condition(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English: token i stands in a clause opened by "if", "unless", "while", "whereas", "although" or "though" (back
    to the last comma, semicolon or colon)."""
    toks = ctx.tokens
    k = i - 1
    while k >= lo and not (toks[k].text in {",", ";", ":"} and not toks[k].quoted):
        if toks[k].low in _EN_CONDITION_WORDS and toks[k].is_word and not toks[k].quoted:
            return True
        k -= 1
    return False


_EN_BE_PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re", "’s", "’re"})
_EN_NOT_PASSIVE_BEFORE = frozenset({"being", "get", "gets", "got", "getting", "to"})
_EN_OBJECT_PERSONS = frozenset({"him", "her", "them"})
#: prepositions of an addressee's postmodifier ("residents in the Trees neighborhood", "members of Congress")
_EN_ADDRESSEE_PREPOSITIONS = frozenset({"of", "in", "from", "across", "near", "around", "throughout", "by"})
#: collective addressees that are no capitalised name ("pressed the government to …")
_EN_BODY_ADDRESSEES = frozenset({"government", "public", "administration", "leadership", "regime", "people", "community",
                                 "country", "nation", "world", "west", "staff", "team", "industry", "family", "board",
                                 "jury", "panel", "crowd", "audience"})  # (round 39, enconv) "instructed the jury to …"
_EN_COURTS = ("court", "courts", "tribunal")
#: (round 39, enconv) acts that are speech only with a person or a body as subject: "The president encouraged Americans
#: to get vaccinated" (not "Low interest rates encouraged buyers to borrow", "The tax break encouraged firms to invest")
_EN_PERSON_SUBJECT_ACTS = frozenset({"encouraged", "encourages"})
#: (round 39, enconv) acts whose addressee must be someone, as for "pressed": "instructed the jury to …" (not "instructed
#: the system to …")
_EN_PERSON_ADDRESSEE_ACTS = ("press", "encourag", "instruct", "implor", "exhort", "grill")


def _en_person_subject(ctx: QuoteContext, b: int, lo: int) -> bool:
    """(round 39, enconv) The subject ending at b (past a finite auxiliary) names a person or a body: a capitalised name,
    a title ("the president", plural "officials"), an organisation ("police", "the ministry"), a person pronoun."""
    toks, lex = ctx.tokens, ctx.lex
    if b > lo and toks[b].low in lex.auxiliaries and toks[b].text == toks[b].low:
        b -= 1
    w = toks[b]
    if not w.is_word or w.quoted:
        return False
    low = w.low
    return (w.is_cap and low not in lex.stopwords) or low in ("he", "she", "they", "we") or lex.is_title(low) \
        or (low.endswith("s") and lex.is_title(low[:-1])) or low in lex.org_heads or low in _EN_BODY_ADDRESSEES


#: (round 48, enacts) object pronouns of a judging act ("described himself as …", "dismissed it as …")
_EN_AS_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "himself", "herself", "themselves", "itself", "us", "me"})


def _en_bare_infinitive(toks, lex, k: int, hi: int) -> bool:
    """(round 48, enacts2) "to" at k and a bare verb after it: a plain lower-case word, no article, pronoun, plural or
    stop word ("to mediate", "to resign"; not "to investors", "to the public", "to them", "to be")."""
    if k + 1 >= hi or toks[k].text != "to" or toks[k].quoted:
        return False
    v = toks[k + 1]
    return v.is_word and not v.quoted and v.text == v.low and v.low not in lex.stopwords and not v.low.endswith("s") \
        and v.low not in lex.determiners and v.low not in lex.quantifiers and v.low not in lex.not_nouns \
        and v.low not in lex.pronouns and v.low not in lex.time_words and v.low not in lex.coordinators \
        and v.low not in lex.auxiliaries and v.low != "be"


def _en_act_subject(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 48, enacts2) the verb at i has a person or a body as its subject right before it (past adverbs), no passive
    or relative before it (`_en_as_act`'s test)."""
    toks, lex = ctx.tokens, ctx.lex
    if i == lo:
        return False
    b = i - 1
    while b > lo and toks[b].is_word and toks[b].text == toks[b].low and toks[b].low.endswith("ly") \
            and toks[b].low not in lex.auxiliaries:
        b -= 1
    before = toks[b]
    if not before.is_word or before.quoted or before.low in lex.passive_auxiliaries or before.low in _EN_NOT_PASSIVE_BEFORE \
            or before.low in lex.determiners or (before.low in lex.prepositions and before.text == before.low) \
            or before.low in ("who", "which", "that"):
        return False
    return _en_person_subject(ctx, b, lo) or _en_fronted_people_plural(ctx, b, lo)


def _en_fronted_people_plural(ctx: QuoteContext, b: int, lo: int) -> bool:
    """(round 48, enleft7) a bare lower-case plural of persons at b opening the clause after a fronted phrase: "On
    Monday, critics called the plan a disaster." (nothing); (round 48, enleft8) also after "the" ("On Monday, the critics
    called the plan a disaster.") and before a judging act's "as" ("In a statement, lawmakers described the bill as
    reckless."; both nothing)."""
    toks = ctx.tokens
    if not en_bare_people_plural(toks[b], ctx.lex):
        return False
    if b > lo and toks[b - 1].low == "the" and not toks[b - 1].quoted:
        b -= 1
    return b == lo or toks[b - 1].text == "," and not toks[b - 1].quoted


#: (round 48, enleft5) forms of "call" among the naming acts, and the reflexives they do not take
_EN_CALL_FORMS = frozenset({"called", "calls"})
_EN_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
#: (round 48, enacts2) the words that may end the predicate of a naming act
_EN_PREDICATE_ENDS = frozenset({".", ",", ";", "and", "for", "because", "over", "after", "in", "on", "!"})


def _en_subject_opens_clause(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 48, enleft5) the words before the verb at i, up to seven plain words (no stop word other than a
    determiner, a pronoun, "of" or "has/have/had", no participle), open the sentence or follow a comma, semicolon or
    colon ("Critics called …", "At the time, Lexus called …"; not "… the comment where he called …", "I think dat
    @X called …")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i - 1
    while k >= lo and i - k <= 7:
        t = toks[k]
        if not t.is_word or t.quoted:
            break
        if not (t.is_cap or t.low in lex.determiners or t.low in ("of", "has", "have", "had", "he", "she", "they")
                or (t.low not in lex.stopwords and not t.low.endswith("ed") and t.low not in lex.cue_verbs)):
            return False
        k -= 1
    return k < lo or (toks[k].text in {",", ";", ":"} and not toks[k].quoted)


def _en_naming_act(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 48, enacts2): the verb at i (`naming_acts`) names its object a second noun phrase or an adjective,
    no "as" (`_en_as_act` takes that): "Trump labeled the media the enemy of the people", "Critics branded the law
    unconstitutional", "Republicans branded him a traitor". A person or a body as subject, no quotation in the sentence;
    an object of an article and one to three plain words, a pronoun or a name; then "a/an/the" (a second noun phrase) or
    one adjective of `naming_act_adjectives` that closes the clause ((round 48, enleft5) was any word with an adjective
    ending)."""
    toks, lex = ctx.tokens, ctx.lex
    if any(x.quoted for x in toks[lo:hi]) or not _en_act_subject(ctx, i, lo):
        return False
    k = i + 1
    if k >= hi or not toks[k].is_word:
        return False
    calling = toks[i].low in _EN_CALL_FORMS
    if calling and (toks[k].low in _EN_REFLEXIVES or toks[i - 1].low in ("i", "we", "you")
                    or not _en_subject_opens_clause(ctx, i, lo)):
        return False  # (round 48, enleft5) a self-naming ("He called himself a Democrat"), the writer's own ("I called
        # him a liar"), a subject inside a clause of its own ("… the comment where he called me a …")
    if toks[k].low in _EN_AS_OBJECT_PRONOUNS and toks[k].text == toks[k].low:
        ends = [k + 1]
    elif toks[k].low in ("the", "a", "an", "its", "their", "his", "her", "this", "these", "those") and toks[k].text in (
            toks[k].low, toks[k].low.capitalize()):
        ends = [e for e in range(k + 2, min(hi, k + 5)) if all(
            toks[x].is_word and toks[x].text == toks[x].low and not toks[x].quoted and toks[x].low not in lex.stopwords
            for x in range(k + 1, e))]
    elif toks[k].is_cap and toks[k].low not in lex.stopwords:
        e = k + 1
        while e < hi and toks[e].is_cap and toks[e].is_word:
            e += 1
        ends = [e]
    else:
        return False
    for e in ends:
        if e >= hi:
            continue
        w = toks[e]
        if w.low in ("a", "an", "the") and w.text == w.low and e + 1 < hi and toks[e + 1].is_word:
            # (round 48, enleft5) no thing called for and no time: "called him a cab", "called the police a second time"
            x = e + 1
            while x < hi and toks[x].is_word and not toks[x].quoted and toks[x].low not in _EN_PREDICATE_ENDS:
                if toks[x].low in lex.naming_act_not_predicates:
                    return False
                x += 1
            return True
        # (round 48, enleft5) a listed adjective of judgement (`naming_act_adjectives`; was any word with an adjective
        # ending: "The company labeled the product organic." was an act)
        if w.is_word and w.text == w.low and w.low in lex.naming_act_adjectives \
                and (e + 1 >= hi or toks[e + 1].low in _EN_PREDICATE_ENDS):
            return True
    return False


#: (round 48, enacts2) forms of "concede" that make a concession speech with `concession_objects`
_EN_CONCEDE_FORMS = frozenset({"conceded", "concedes"})


def _en_concession(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 48, enacts2): "conceded" at i with a `concession_objects` noun as its object (after "the", "his",
    "her", "their" and at most one modifier): "Clinton conceded defeat", "Gore conceded the election to Bush", "She
    conceded the Democratic nomination"; a person or a body as subject (not "Arsenal conceded a goal": no such object)."""
    toks, lex = ctx.tokens, ctx.lex
    if any(x.quoted for x in toks[lo:hi]) or not _en_act_subject(ctx, i, lo):
        return False
    k = i + 1
    if k < hi and toks[k].low in ("the", "his", "her", "their", "its") and toks[k].text == toks[k].low:
        k += 1
    for x in range(k, min(hi, k + 2)):
        if toks[x].low in lex.concession_objects and not toks[x].quoted:
            return x + 1 >= hi or not (toks[x + 1].is_word and toks[x + 1].text == toks[x + 1].low
                                       and toks[x + 1].low not in lex.prepositions and toks[x + 1].low not in lex.coordinators
                                       and toks[x + 1].low not in lex.time_words)
        if not (toks[x].is_word and not toks[x].quoted):
            return False
    return False


_EN_WRITE_FORMS = frozenset({"wrote", "writes", "write", "written", "writing"})
#: (round 51, enleft22) words before a created work's noun phrase: "most of", "all of", "some of" …
_EN_WORK_PARTS = frozenset({"most", "all", "much", "some", "part", "half", "many", "several", "one", "two", "three",
                            "both", "each", "rest", "bulk", "dozens", "hundreds", "lots"})


def _en_composed_work(ctx: QuoteContext, i: int, hi: int) -> bool:
    """English (round 51, enleft22): "wrote" at i with a created work (`written_work_nouns`) as its object, composing
    and no report: "she wrote most of her second album in a cabin", "He wrote the song in 1971", "wrote songs for
    other artists"; up to four words (parts, articles, possessives, modifiers) before the noun, which is the phrase's
    head (no lower-case noun after it: "wrote a book review saying …" stays). A colon or a quotation right after the
    noun keeps the cue ('He wrote a poem: "…"'), as does every document that carries a message ("wrote a letter")."""
    toks, lex = ctx.tokens, ctx.lex
    k = i + 1
    for x in range(k, min(hi, k + 5)):
        t = toks[x]
        if t.quoted or not t.is_word or t.text != t.low and not t.is_cap:
            return False
        if t.low in lex.written_work_nouns and t.text == t.low:
            if x + 1 >= hi:
                return True
            n = toks[x + 1]
            if n.quoted or n.text in (":", "—", "–"):
                return False
            return not (n.is_word and n.text == n.low and n.low not in lex.prepositions and n.low not in lex.coordinators
                        and n.low not in lex.time_words and n.low not in lex.stopwords and not n.low.endswith("ly")
                        and n.low not in lex.complementizers)
        if t.low in lex.cue_verbs or t.low in lex.complementizers or t.low in lex.pronouns and t.low not in (
                "his", "her", "their", "its", "my", "our", "your") or t.low in lex.auxiliaries:
            return False  # a clause, not an object ("wrote that …", "wrote she had …")
        if t.low in lex.prepositions and not (t.low == "of" and x > k and toks[x - 1].low in _EN_WORK_PARTS):
            return False  # ("wrote in her memoir", "wrote on Twitter"; but "most of her album")
    return False


def _en_on_demand(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 48, enacts2): "insisted on" at i and a noun phrase, a demand over the sentence: "Sanders insisted on
    a recount", "The union insists on higher wages"; a person or a body as subject, no gerund ("insisted on going alone"),
    no pronoun ("insisted on it")."""
    toks, lex = ctx.tokens, ctx.lex
    if i + 2 >= hi or toks[i + 1].text != "on" or any(x.quoted for x in toks[lo:hi]) or not _en_act_subject(ctx, i, lo):
        return False
    n = toks[i + 2]
    if not n.is_word or n.low in lex.pronouns or n.low.endswith("ing") or n.low in ("that", "this"):
        return False
    if n.low in lex.determiners:  # ("a", "an", "the", …)
        return i + 3 < hi and toks[i + 3].is_word and not toks[i + 3].low.endswith("ing")
    return n.text == n.low and n.low not in lex.stopwords


def _en_as_act(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 48, enacts): the verb at i (`as_acts`) judges its object "as" something, a speech act over the whole
    sentence as "praised the deal as historic": "Trump dismissed the report as a hoax", "Obama hailed the deal as
    historic", "Trump described himself as a very stable genius". A person or a body as subject (not "The report
    described the agency as chaotic", "the area described by the map"), no passive ("was described as"), one to eight
    plain words of object, then "as" and no clause or "as well as" ("described the scene as police arrived"), no quotation
    in the sentence (its own rules: 'dismissed it as "a hoax"')."""
    toks, lex = ctx.tokens, ctx.lex
    if i == lo or any(x.quoted for x in toks[lo:hi]):
        return False
    b = i - 1  # the word before, past adverbs ("has repeatedly dismissed")
    while b > lo and toks[b].is_word and toks[b].text == toks[b].low and toks[b].low.endswith("ly") \
            and toks[b].low not in lex.auxiliaries:
        b -= 1
    before = toks[b]
    if not before.is_word or before.low in lex.passive_auxiliaries or before.low in _EN_NOT_PASSIVE_BEFORE \
            or before.low in lex.determiners or (before.low in lex.prepositions and before.text == before.low) \
            or before.low in ("who", "which", "that"):
        return False
    if not _en_person_subject(ctx, b, lo) and not _en_fronted_people_plural(ctx, b, lo):
        return False
    first = i + 1
    if first >= hi or not toks[first].is_word or toks[first].low == "as":
        return False
    w = toks[first]
    if not (w.low in lex.determiners or w.is_cap or w.low in _EN_AS_OBJECT_PRONOUNS or w.text == w.low) \
            or w.low in lex.prepositions or w.low in lex.complementizers:
        return False
    k = first + 1
    while k < hi and k <= first + 8 and toks[k].low != "as":
        if not toks[k].is_word and toks[k].text not in ("-", "'s", "’s"):
            return False
        k += 1
    if k >= hi - 1 or k > first + 8 or toks[k - 1].low == "such":  # (else the loop stopped at "as")
        return False
    n = toks[k + 1]
    if not n.is_word or n.low in ("well", "soon", "long", "much", "far", "if", "though") or n.low in lex.subject_pronouns:
        return False
    for q in range(k + 2, min(k + 5, hi)):
        m, p = toks[q], toks[q - 1]
        if not m.is_word or m.text != m.low:
            continue
        if m.low in lex.auxiliaries or m.low in lex.past_verbs or (
                m.low.endswith("ed") and len(m.low) > 4 and p.low not in lex.determiners and not p.low.endswith("ly")):
            return False  # a clause: "described the scene as officers arrived", "dismissed him as the team struggled"
    return True


def _en_addressee_act(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 38, enacts): the verb at i (`addressee_acts`) is a speech act on an addressee, a noun phrase right
    after it (after "to" for `appeal_verbs`) followed by one of the verb's words: "Police appealed to residents to stay
    indoors", "Doctors advised the minister against travelling", "Officials briefed lawmakers on the talks", "Lawyers
    pressed the judge to delay the trial". A participle in -ing only as a progressive ("is urging Congress to act",
    "have been pressing the government to …"); no passive ("was advised to", "were briefed on"), no participle without
    an object ("people briefed on the talks"), no court appealed to, nothing pressed that is no one ("pressed the
    button to open the door")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if i == lo or t.quoted:
        return False
    b = i - 1  # the word before, past adverbs ("is also urging", "are increasingly pressing")
    while b > lo and toks[b].is_word and not toks[b].quoted and toks[b].text == toks[b].low and (
            toks[b].low.endswith("ly") or toks[b].low in lex.skippable) and toks[b].low not in lex.auxiliaries:
        b -= 1
    before = toks[b]
    if before.quoted or not before.is_word:
        if t.low.endswith("ing") or before.text != ")":
            return False
    elif t.low.endswith("ing"):
        if before.low not in _EN_BE_PROGRESSIVE:
            return False  # only a progressive: not "a letter urging …" (its own rule), "the briefing on"
    elif before.low in lex.passive_auxiliaries or before.low in _EN_NOT_PASSIVE_BEFORE or before.low in lex.determiners \
            or (before.low in lex.prepositions and before.text == before.low):
        return False  # "was advised to stay", "were briefed on", "the appeals to the court"
    elif t.low in _EN_PERSON_SUBJECT_ACTS and not _en_person_subject(ctx, b, lo):
        return False  # (round 39, enconv) a cause, no speaker: "Low interest rates encouraged buyers to borrow"
    frames = lex.addressee_acts[t.low]
    first = i + 1
    if t.low in lex.appeal_verbs:
        if first >= hi or toks[first].low != "to" or toks[first].quoted:
            return False
        first += 1
    k = first
    while k < hi and k < first + 12:
        w = toks[k]
        if w.quoted:
            return False
        if w.text == "-" and k > first and toks[k - 1].end == w.start and k + 1 < hi and toks[k + 1].start == w.end:
            k += 1  # a hyphenated word: "residents in areas hard-hit by the storm"
            continue
        if not w.is_word:
            if w.text == "." and k > first and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper() \
                    and toks[k - 1].end == w.start:
                k += 1  # an initial: "called on Speaker Paul D. Ryan to …"
                continue
            if w.text in ("'s", "’s", "'", "’"):
                k += 1
                continue
            return False
        if w.text == w.low and w.low in frames and k > first:
            break
        if w.low in lex.auxiliaries or w.low in lex.negations or w.low in lex.complementizers \
                or (w.low in lex.cue_verbs and w.low not in lex.noun_like_cues and w.text == w.low) \
                or (w.low in lex.prepositions and w.text == w.low and (k == first or w.low not in _EN_ADDRESSEE_PREPOSITIONS)) \
                or (w.low in lex.pronouns and (k > first or w.low not in _EN_OBJECT_PERSONS)):
            if not (w.low in lex.negations and k > first and k + 1 < hi and toks[k + 1].low == "to" and "to" in frames):
                return False
            break  # "advised him not to travel"
        k += 1
    else:
        return False
    if k == first or k + 1 >= hi or toks[k - 1].low in lex.determiners:
        return False
    if toks[k].low == "on" and toks[k + 1].low in ("condition", "background") and not toks[k + 1].quoted:
        return False  # (round 50, enarticles3) the terms of a briefing, no topic: "an official, who briefed reporters on
        # condition of anonymity, said …" (the relative clause was a speech act)
    head = toks[k - 1]
    if t.low in lex.appeal_verbs and head.low in _EN_COURTS:
        return False  # a court appealed to: "appealed to the Supreme Court to overturn the ruling"
    if t.low.startswith(_EN_PERSON_ADDRESSEE_ACTS) and not (head.is_cap or head.low in _EN_OBJECT_PERSONS or head.low.endswith("s")
                                          or lex.is_title(head.low) or head.low in lex.org_heads
                                          or head.low in _EN_BODY_ADDRESSEES):
        return False  # "pressed the button to open the door"
    to = k + (toks[k].low in lex.negations)
    w = toks[to]
    if w.low == "to":
        v = toks[to + 1] if to + 1 < hi else None
        return v is not None and v.is_word and not v.quoted and v.text == v.low and v.low not in lex.determiners \
            and v.low not in lex.quantifiers and v.low not in lex.not_nouns and v.low not in lex.pronouns \
            and (v.low not in lex.stopwords or v.low == "be") and not v.low.endswith(("ed", "ing"))
        # ((round 41, endates) "be" too, as for "urged X to be …": "implored people to be extra careful")
    if t.low in lex.question_cues and w.low != "to" and toks[k + 1].low not in _EN_PRESSED_QUESTION_WORDS:
        return False  # (round 47, enobjrel) a question's frame only before its question: not "pressed the company on
        # its plans"
    return to == k and toks[k + 1].is_word and not toks[k + 1].quoted


def _en_calls_for(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English "called for" / "calling for" / "X calls for", and "called on X to …": a demand, a speech
    act with no quotation ("Sanders has called for a $15 minimum wage"); not "the calls for reform" or
    "growing calls for"."""
    toks = ctx.tokens
    t = toks[i]
    if t.low not in ("called", "calling", "calls") or i + 1 >= hi or toks[i + 1].quoted:
        return False
    if toks[i + 1].low == "on" and i + 2 < hi and not (toks[i + 2].low in ctx.lex.time_words
                                                      or toks[i + 2].low in ctx.lex.skippable):
        # (not a day: "He called on Monday to complain")
        # "called on Senate Republicans to reject the bill": a demand on someone, with its infinitive
        to, k = None, i + 3
        while k < min(hi - 1, i + 14):
            if toks[k].low == "to" and not toks[k].quoted:
                to = k
                break
            if toks[k].text == "." and not toks[k].quoted and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper() \
                    and toks[k - 1].end == toks[k].start and k < i + 10:
                k += 1  # (round 38, enacts) an initial: "called on Speaker Paul D. Ryan to …"
                continue
            if toks[k].text == "(" and not toks[k].quoted and k < i + 10 and (close := next(
                    (x for x in range(k + 1, min(hi - 1, k + 8)) if toks[x].text in {")", ",", ";", ":"} or toks[x].quoted),
                    None)) is not None and toks[close].text == ")":
                k = close + 1  # (round 38, enacts) a party and state in brackets: "called on Speaker Paul D. Ryan (R-Wis.)
                continue  # to hold a vote" (reported nothing)
            if not toks[k].is_word or k >= i + 10:
                to = k
                break
            k += 1
        if to is None or toks[to].low != "to" or not (toks[to + 1].is_word and toks[to + 1].text == toks[to + 1].low
                                                      and toks[to + 1].low not in ctx.lex.determiners):
            return False
    elif toks[i + 1].low != "for" or toks[i + 1].quoted:
        return False
    if i == lo:
        return False
    prev = toks[i - 1]
    if prev.low in ctx.lex.determiners or (prev.is_word and prev.low.endswith(("ing", "ed"))
                                           and prev.low not in ctx.lex.skippable):
        return False  # "the calls for", "growing calls for", "renewed calls for"
    if t.low == "calls":
        return prev.is_cap or prev.low in ctx.lex.pronouns or prev.low.endswith("ly") or prev.low in ctx.lex.skippable
    return True


def _de_thing_after(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: the verb at token i follows a fronted phrase (V2) and its subject after it is a thing
    that cannot speak ("Auch an den Alpen drohten teils schwere Gewitter", "Im Falle einer Verurteilung
    droht ihm die Todesstrafe"; not "Am Montag drohte der Minister mit Rücktritt")."""
    toks, lex = ctx.tokens, ctx.lex
    if i == lo or i + 1 >= hi or not toks[i - 1].is_word or toks[i - 1].text == "und":
        return False
    if de_mute_mention(ctx, mention_after(toks, i, hi, lex)):
        return True
    # a thing further on in the clause, not after "mit" ("droht dem 66-Jährigen die Todesstrafe"; but
    # "drohte der Minister mit einer Strafe" is a threat)
    after_mit = False
    for t in toks[i + 1 : hi]:
        if t.quoted or t.text in {",", ";", ":"}:
            break
        if t.low == "mit":
            after_mit = True
        elif t.is_word and t.is_cap and not after_mit and lex.is_mute_noun(t.low):
            return True
    return False


def de_mute_mention(ctx: QuoteContext, m: Mention | None) -> bool:
    """German: mention m is a thing or an event that cannot speak (`mute_nouns` in de.yaml: "teils
    schwere Gewitter", "die Todesstrafe"; compounds of the longer ones: "Sturmböen", "Haftstrafe")."""
    if m is None or m.kind == "pronoun":
        return False
    return any(t.is_word and t.is_cap and ctx.lex.is_mute_noun(t.low) for t in ctx.tokens[m.first : m.end + 1])


def _de_call_before_quotation(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 40, deagency2): "rief"/"riefen" without its particle before the quotation it calls out, in its
    own clause: "Die Terroristen riefen „Allah ist groß“", "riefen die Demonstranten „…“" (up to three words between,
    no comma or conjunction, no verb particle after it). Not a quoted noun after an article or a preposition
    ("rief den „Notstand“ aus", "rief zum „Tag der Arbeit“ auf": their particle reports, or nothing)."""
    toks, lex = ctx.tokens, ctx.lex
    q = next((x for x in range(i + 1, min(hi, i + 7)) if toks[x].quoted or toks[x].text in {",", ";", ":", ".", "!", "?"}
              or (toks[x].text == toks[x].low and toks[x].low in _DE_CALL_STOPS)), None)
    if q is None or not toks[q].quoted:
        return False
    if q - 2 > i and toks[q - 2].text == "unter" and toks[q - 1].text == "anderem":
        q -= 2  # (round 41, destudies2) "skandierten die Teilnehmer unter anderem „…“ und „…“": one of the slogans
    if q > i + 4:
        return False
    b = toks[q - 1]
    if q - 1 > i and (b.low in lex.determiners or b.low in lex.prepositions or b.low in _DE_CALL_PARTICLES
                      or (b.text == b.low and b.low.endswith(("e", "en", "er", "es", "em")) and b.is_word)):
        return False  # "riefen den „Notstand“", "riefen zum „Widerstand“", "riefen einen neuen „Bund“"
    e = next((x for x in range(q, hi) if not toks[x].quoted and toks[x].text in {",", ";", ":", ".", "!", "?"}), hi)
    return not any(toks[x].low in _DE_CALL_PARTICLES and toks[x].text == toks[x].low and not toks[x].quoted
                   for x in range(q, e))


#: German (round 40, deagency2) particles that make "rief" another verb ("rief … aus/auf/an/zu/herbei/zurück")
_DE_CALL_PARTICLES = frozenset({"aus", "auf", "an", "zu", "herbei", "zurück", "hervor", "ab", "ein", "nach"})
#: German (round 40, deagency2) words that end the clause of "rief" before a quotation
_DE_CALL_STOPS = frozenset({"und", "oder", "aber", "dass", "daß", "weil", "als", "während", "nachdem", "wenn", "ob"})


def _perfect_after_quotation(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 34 w2f) Participle i closes a perfect right after a quotation: "„…“, hat der Werksleiter in einer
    Rede geschimpft." (a quotation, a comma, a form of "haben", no further comma, the sentence's end)."""
    toks = ctx.tokens
    if not toks[i].low.startswith("ge") or not (i + 1 >= hi or toks[i + 1].text in {".", "!", "?"}):
        return False
    k = next((x for x in range(i - 1, lo - 1, -1) if toks[x].quoted or toks[x].text in {",", ";", ":"}), None)
    return k is not None and toks[k].text == "," and not toks[k].quoted and k - 1 >= lo and toks[k - 1].quoted \
        and k + 1 < i and toks[k + 1].low in ("hat", "hatte", "haben", "hatten")


def _zu_infix_before(ctx: QuoteContext, i: int, lo: int) -> bool:
    """(round 34 w2f) A separable verb's infinitive with its "zu" inside right before a form of "drohen": "weil die
    Schutzwände abzurutschen drohten", "da der Damm einzustürzen droht" (a risk, no threat)."""
    if i - 1 < lo:
        return False
    w = ctx.tokens[i - 1]
    if w.quoted or not w.is_word or w.text != w.low or not w.low.endswith(("en", "ern", "eln")):
        return False
    return (p := _de_zu_particle(w.low)) is not None and len(w.low) >= len(p) + 5


def de_risk_infinitive_after(ctx: QuoteContext, i: int, hi: int) -> int | None:
    """German (round 48, deleft9): a comma after the form of "drohen" at i opens a "zu" infinitive clause: the index of
    its infinitive when it is one of `risk_infinitives` ("Die Partei droht, an der Fünfprozenthürde zu scheitern", "…,
    einzustürzen": a risk, no threat), else None."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.risk_infinitives or (e := _de_comma_clause_end(ctx, i, hi)) is None or toks[i + 1].quoted:
        return None
    w = toks[e - 1]
    if w.text != w.low:
        return None
    zu = toks[e - 2].text == "zu"
    risks = lex.risk_infinitives
    if lex.risk_bare_infinitives and _de_no_object(ctx, i + 2, e - 2 if zu else e - 1):
        risks = risks | lex.risk_bare_infinitives  # (round 48, deleft10) "Der Damm droht, zu brechen"
    if zu and w.low in risks:
        return e - 1
    return e - 1 if (p := _de_zu_particle(w.low)) is not None and p + w.low[len(p) + 2 :] in risks else None


def _de_no_object(ctx: QuoteContext, a: int, b: int) -> bool:
    """German (round 48, deleft10): the words a..b-1 before the "zu" of an infinitive hold no object: none, lowercase
    adverbs ("endgültig zu brechen"), or a preposition's phrase ("in eine Krise zu stürzen", "im Verkehr zu ersticken";
    not "mit": "drohte, mit dem Westen zu brechen" is an act)."""
    toks, lex = ctx.tokens, ctx.lex
    if a >= b:
        return True
    first = toks[a]
    if first.text == first.low and first.low in lex.prepositions:
        return first.low != "mit"
    return all(t.text == t.low and t.low not in lex.determiners and t.low not in lex.pronouns for t in toks[a:b])


def _de_comma_clause_end(ctx: QuoteContext, i: int, hi: int) -> int | None:
    """German (round 48, deleft9): a comma after token i opens a clause of unquoted words (at most 12) closed by a comma,
    a full stop, "!" or ";": that mark's index, else None (`de_risk_infinitive_after`, `de_state_threat`)."""
    toks = ctx.tokens
    if i + 2 >= hi or toks[i + 1].text != ",":
        return None
    e = next((x for x in range(i + 2, min(hi, i + 14)) if toks[x].quoted or not toks[x].is_word), None)
    if e is None or e == i + 2 or toks[e].quoted or toks[e].text not in {",", ".", "!", ";"}:
        return None
    return e


def de_state_threat(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """German (round 48, deleft9): a state noun (`state_nouns`: "Das Land", "Der Staat") as the subject of "drohen"
    with a comma and a "zu" infinitive of an act after it threatens that act ("Das Land drohte, die Verträge zu kündigen"
    reported nothing; not a risk: "Das Land droht, im Chaos zu versinken", `risk_infinitives`)."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if m is None or not lex.state_nouns or toks[c.first].low not in lex.risk_verbs or m.end >= c.first \
            or toks[m.last].low not in lex.state_nouns:
        return False
    e = _de_comma_clause_end(ctx, c.first, hi)
    if e is None or e - 2 <= c.first + 1:
        return False
    zu = toks[e - 2].text == "zu" or _de_zu_particle(toks[e - 1].low) is not None
    return zu and toks[e - 1].text == toks[e - 1].low and de_risk_infinitive_after(ctx, c.first, hi) is None


#: separable particles before an infix "zu" ("ab-zu-rutschen", "ein-zu-stürzen", "über-zu-laufen")
_DE_ZU_PARTICLES = ("ab", "an", "auf", "aus", "auseinander", "pleite", "ein", "fest", "fort", "her", "heraus", "hin", "los", "mit", "nach",
                    "um", "vor", "weg", "weiter", "zurück", "zusammen", "über", "unter", "durch", "wieder")


def _de_zu_particle(low: str) -> str | None:
    """The particle of `_DE_ZU_PARTICLES` before an infix "zu" that the lower-case word opens with ("abzurutschen":
    "ab"), else None (no "particle + zu" is the start of another, so there is at most one); (round 48, rev8) for
    `_zu_infix_before`, `de_risk_infinitive_after` and `de_state_threat`."""
    return next((p for p in _DE_ZU_PARTICLES if low.startswith(p + "zu")), None)


#: German (round 39, depolls4) forms of "haben" after a fronted "Das"/"Dies" in the perfect of a poll's finding
_DE_HAVE_FORMS = frozenset({"hat", "haben", "hatte", "hatten"})


_DE_SHOW_FORMS = frozenset({"zeigt", "zeigte", "zeigen", "zeigten", "ergibt", "belegt", "belegte", "belegen", "belegten"})
#: German (round 40, depolls6) cue verbs only with a study or a poll as their subject (`_de_study_shows`): "Das ergibt
#: eine neue Studie des CHE" (the past "ergab" is a cue of its own); (round 47, dewritten) "belegt": "Die Studie belegt,
#: dass …" (not "Dies belegen zahlreiche Knochenbrüche", "belegte Platz 10")
_DE_FINDING_ONLY = frozenset({"ergibt", "belegt", "belegte", "belegen", "belegten"})
_DE_SHOW_ADVERBS = frozenset({"nun", "auch", "jetzt", "erstmals", "aber", "jedoch", "zudem", "außerdem", "deutlich",
                              "eindeutig", "klar", "vielmehr", "nämlich", "allerdings", "dabei", "ebenfalls"})


#: German (round 46, deleft) the participle and the infinitive of ruling out, cues only in an active clause of their own
#: subject (`_de_ruling_out`)
_DE_RULING_OUT_FORMS = frozenset({"ausgeschlossen", "ausschließen"})
#: the finite "haben" of the perfect ("hat … ausgeschlossen") and the modals before the infinitive ("wollte nicht ausschließen")
_DE_RULING_OUT_AUX = {"ausgeschlossen": _DE_HABEN | {"hätte", "hätten"},
                      "ausschließen": frozenset({"kann", "konnte", "könne", "könnte", "können", "konnten", "könnten",
                                                 "will", "wollte", "wolle", "wollen", "wollten", "möchte", "möchten",
                                                 "mochte", "mochten", "mag", "mögen"})}


#: German (round 46, deleft) forms of offering ("bot … an", "hat angeboten"), cues only before their content (`_de_offer`)
_DE_OFFER_FORMS = frozenset({"bot", "boten", "angeboten"})
#: separable prefixes of a zu-infinitive written as one word ("fortzusetzen", "einzulenken", "beizulegen")
#: (not _DE_ZU_INFIX, which takes any prefix; `_DE_ZU_PARTICLES` is `_de_zu_particle`'s list)
_DE_PARTICLE_ZU_INFINITIVE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|mit|nach|vor|weg|zu|zurück|zusammen)zu[a-zäöüß]+n$")


def _de_offer(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 46, deleft): "bot"/"boten" (with "an" closing its clause) or "angeboten" at i offers what a
    dass-clause or a zu-infinitive right after the comma says ("Der Außenminister bot an, in dem Konflikt zu
    vermitteln", "bot den Beschäftigten an, die Löhne zu erhöhen", "hat angeboten, dass die Gespräche in Genf
    stattfinden"); not goods ("Die Stadt bot Kurse an, die kostenlos waren", "hat angeboten, was der Markt verlangt")."""
    toks = ctx.tokens
    t = toks[i]
    if t.text != t.low or t.quoted:
        return False
    j = i
    if t.low != "angeboten":
        j = next((k for k in range(i + 1, hi) if toks[k].text in {",", ";", ":"} or toks[k].quoted), hi) - 1
        if j <= i or toks[j].text != "an":
            return False
    if j + 2 >= hi or toks[j + 1].text != "," or toks[j + 1].quoted or toks[j + 2].quoted:
        return False
    if toks[j + 2].low == "dass":
        return True
    if toks[j + 2].low in ctx.lex.infinitive_adverbials:
        return False  # "…, um …zu …" is a purpose
    k = j + 2
    while k < hi and toks[k].text not in {",", ";", ":", ".", "!", "?"} and not toks[k].quoted:
        w = toks[k]
        end = k + 1 if w.low == "zu" else k  # the infinitive closes its clause: "…, die Löhne zu erhöhen."
        if w.text == w.low and (_DE_PARTICLE_ZU_INFINITIVE.match(w.low) or (
                w.low == "zu" and end < hi and toks[end].text == toks[end].low and toks[end].low.endswith("n"))) \
                and (end + 1 >= hi or not toks[end + 1].is_word):
            return True
        k += 1
    return False


def _de_ruling_out(ctx: QuoteContext, i: int, lo: int) -> bool:
    """German (round 46, deleft): "ausgeschlossen" / "ausschließen" at i rules something out: the finite "haben" of the
    perfect or a modal stands before it in its clause, and no passive follows it and no impersonal "man"/"es"/"sich"
    stands before it ("Der Minister hat nicht ausgeschlossen, dass …", "Die Polizei wollte nicht ausschließen, dass …",
    "hat eine Koalition nicht ausgeschlossen"; not "Ein Zusammenhang ist nicht ausgeschlossen", "Ein Anschlag kann
    nicht ausgeschlossen werden", "Man kann nicht ausschließen, dass …", "Es lässt sich nicht ausschließen, …")."""
    toks = ctx.tokens
    t = toks[i]
    if t.text != t.low or t.quoted:
        return False
    if i + 1 < len(toks) and toks[i + 1].low in ("werden", "worden", "wird", "wurde", "sein", "ist", "sei") \
            and not toks[i + 1].quoted:
        return False
    aux = _DE_RULING_OUT_AUX[t.low]
    k = i - 1
    found = False
    while k >= lo and toks[k].text not in {",", ";", ":"} and not toks[k].quoted:
        w = toks[k]
        if w.low in ("man", "sich") or (w.text == "Es" and not found):
            return False
        if w.low in aux and w.text == w.low:
            found = True
        k -= 1
    return found


def _de_finding_noun(ctx: QuoteContext, k: int) -> bool:
    """German (round 40, depolls5): the token at k is a study's or a poll's head ("Studie", "Ipsos-Studie", "Umfrage")."""
    t, lex = ctx.tokens[k], ctx.lex
    return t.is_cap and t.is_word and not t.quoted and bool(lex.finding_nouns) and (
        t.low.endswith(lex.finding_nouns) or (bool(lex.poll_nouns) and t.low.endswith(lex.poll_nouns)))


def _de_finding_np(ctx: QuoteContext, k: int, end: int, *, source: bool = False) -> bool:
    """German (round 40, depolls5): a noun phrase from k (an article, adjectives) has a study or a poll as its head."""
    toks, lex = ctx.tokens, ctx.lex
    if k < end and toks[k].low in lex.determiners and toks[k].text == toks[k].low:
        k += 1
    while k < end and not toks[k].quoted and toks[k].text == toks[k].low and (
            toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) or toks[k].text == ","):
        k += 1  # "eine neue, repräsentative Studie"
    # with `source` only a head the attribution takes as a source after its verb ("Studie", "Umfrage"; not
    # "Untersuchung", which left the clause's own subject as the speaker)
    return k < end and _de_finding_noun(ctx, k) and (not source or lex.is_source_noun(toks[k].text)
                                                     or toks[k].low.endswith(lex.poll_nouns or ("\0",)))


def _de_study_shows(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 40, depolls5): "zeigt" at i reports a study's or a poll's finding (`finding_nouns`, `poll_nouns`):
    its subject opens the clause and a dass-clause or a colon follows ("Eine Studie zeigt, dass …", "Eine Studie der
    Stiftung zeigt: …"), or it closes a wie-clause ("Wie die Ergebnisse der Umfrage zeigen, …"), or its subject follows
    it after a comma or a fronted "Das"/"Dies" ("…, zeigt eine Studie.", "Das zeigt eine Studie der Universität Kiel")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[i]
    if lex.lang != "de" or t.low not in _DE_SHOW_FORMS or t.text != t.low or t.quoted or not lex.finding_nouns:
        return False
    if i - 1 >= lo and (toks[i - 1].text == "," or (i - 1 == lo and toks[lo].low in ("das", "dies"))) \
            and not toks[i - 1].quoted:
        # the subject after the verb: "…, zeigt eine Studie.", "Das zeigt eine Studie der Bertelsmann-Stiftung."
        k = i + 1
        while k < hi and toks[k].low in _DE_SHOW_ADVERBS and toks[k].text == toks[k].low:
            k += 1
        if k < hi and toks[k].low in lex.determiners and _de_finding_np(ctx, k, min(hi, k + 5), source=True):
            return True
        if toks[i - 1].text != "," or i + 1 >= hi or toks[i + 1].text not in {",", ":"}:
            return False  # (round 47, dewritten) else a relative clause after the study may close at the comma (below)
    if _de_fronted_then_study(ctx, i, lo, hi):
        return True  # (round 48, deleft10) "Am Montag zeigt der Bericht, dass …", "Zudem zeigt die Studie, dass …"
    # the subject before the verb, opening the clause
    s = lo
    if toks[s].low == "wie" and not toks[s].quoted:
        s += 1
        after_ok = i + 1 < hi and toks[i + 1].text == "," and not toks[i + 1].quoted
    else:
        k = i + 1
        while k < hi and toks[k].low in _DE_SHOW_ADVERBS and toks[k].text == toks[k].low:
            k += 1
        after_ok = k + 1 < hi and not toks[k].quoted and (toks[k].text == ":" or (
            toks[k].text == "," and toks[k + 1].low == "dass"))
    if not after_ok or s >= i or not (toks[s].low in lex.determiners or (s + 1 == i and _de_finding_noun(ctx, s))):
        return False  # an article, or a bare plural: "Studien zeigen aber: …"
    end = i
    a = next((x for x in range(s + 1, i) if toks[x].text == "," and not toks[x].quoted), None)
    if a is not None and a + 2 < i - 1 and toks[i - 1].text == "," and not toks[i - 1].quoted \
            and toks[a + 1].text in _DE_STUDY_RELATIVES and not toks[a + 1].quoted \
            and not any(x.quoted or x.text in {",", ";", ":", "(", "–", "—"} for x in toks[a + 1 : i - 1]):
        end = a  # (round 47, dewritten) a relative clause after the study: "Die Studie, die am Montag erschien, zeigt, …"
    if any(x.quoted or x.text in {",", ";", ":", "(", "–", "—"} or x.low in lex.pronouns for x in toks[s:end]):
        return False
    return any(_de_finding_noun(ctx, x) for x in range(s, min(end, s + 4)))


def _de_fronted_then_study(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 48, deleft10): "zeigt" at i after a short fronted adverbial (a preposition's phrase or an adverb,
    no comma: "Am Montag", "Zudem", "Nun") with its study or report subject right after it and a dass-clause or a
    colon after that subject (at most a genitive or a date between): "Am Montag zeigte die Studie des Jahres 2020,
    dass …" (not "Am Montag zeigt der Trainer, dass …": no study)."""
    toks, lex = ctx.tokens, ctx.lex
    if i - lo < 1 or i - lo > 4 or toks[lo].quoted \
            or not (toks[lo].low in lex.prepositions or toks[lo].low in _DE_SHOW_ADVERBS) \
            or any(x.quoted or not x.is_word for x in toks[lo:i]):
        return False
    k = i + 1
    while k < hi and toks[k].low in _DE_SHOW_ADVERBS and toks[k].text == toks[k].low:
        k += 1
    if not (k < hi and toks[k].low in lex.determiners and _de_finding_np(ctx, k, min(hi, k + 5), source=True)):
        return False
    h = next((x for x in range(k + 1, min(hi, k + 5)) if _de_finding_noun(ctx, x)), None)
    c = next((x for x in range(h + 1, min(hi, h + 6)) if toks[x].quoted or not toks[x].is_word), None) \
        if h is not None else None
    return c is not None and not toks[c].quoted and c + 1 < hi and (
        toks[c].text == ":" or (toks[c].text == "," and toks[c + 1].low in ("dass", "daß")))


#: (round 47, dewritten) the first word of a relative clause between a study and its "zeigt": a relative pronoun or
#: the preposition before one ("Die Studie, für die 2000 Menschen befragt wurden, zeigt, …")
_DE_STUDY_RELATIVES = frozenset({"die", "der", "das", "welche", "welcher", "welches", "für", "an", "in", "bei", "mit",
                                 "über", "von", "nach"})


#: German (round 40, depolls6) forms of "sein" in "Das ist das Ergebnis einer Studie" (also in `cue_branch_words`)
DE_COPULA = frozenset({"ist", "sind", "war", "waren"})
#: (round 41, dedemands) the dashes before "dies ist das Ergebnis …"
DE_DASHES = frozenset({"-", "–", "—"})


def _de_finding_copula(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    return de_finding_copula_owner(ctx, i, lo, hi) is not None


def de_finding_copula_owner(ctx: QuoteContext, i: int, lo: int, hi: int) -> int | None:
    """German (round 40, depolls6): the copula at i right after a fronted "Das"/"Dies" names a study's or a poll's
    result (`result_nouns`) owned by the study or the poll in the genitive ("Das ist das Ergebnis einer YouGov-Umfrage",
    "Das sind Ergebnisse einer repräsentativen Befragung des Bitkom", "Dies sind die zentralen Befunde der Studie"):
    the clause reports the finding, as "Das ergab eine Umfrage …" does; its content is the sentence before. The index of
    the genitive's article (the study or the poll after it speaks), None when the copula is no such frame."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or i - 1 < lo or toks[i - 1].low not in ("das", "dies") or toks[i - 1].quoted or not lex.result_nouns:
        return None
    if i - 1 != lo and not (i - 2 > lo and toks[i - 2].text in DE_DASHES and not toks[i - 2].quoted):
        return None  # (round 41, dedemands) or after a dash: "Biodiesel ist zweifelhaft – dies ist das Ergebnis einer Studie …"
    k = i + 1
    if k < hi and toks[k].low in ("das", "die") and toks[k].text == toks[k].low:
        k += 1
    while k < hi and not toks[k].quoted and toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS):
        k += 1  # "die wichtigsten", "das überraschende"
    if not (k + 1 < hi and toks[k].is_cap and not toks[k].quoted and toks[k].low in lex.result_nouns):
        return None
    k += 1
    if toks[k].low not in ("einer", "eines", "der", "des") or toks[k].text != toks[k].low:
        return None
    return k if _de_finding_np(ctx, k, min(hi, k + 6)) else None


def _de_relative_after(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German (round 40, depolls6): a comma at k opens a relative clause on the poll ("Das hat eine Umfrage des
    Instituts Infratest dimap ergeben, die am Donnerstag veröffentlicht wurde")."""
    toks = ctx.tokens
    return k + 2 < hi and toks[k].text == "," and not toks[k].quoted and toks[k + 1].low in ("die", "der", "das", "welche") \
        and toks[k + 1].text == toks[k + 1].low and not toks[k + 1].quoted


def _de_poll_result(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 39, depolls4): the participle at i (`poll_result_participles`) closes a clause "Das/Dies" + a form
    of "haben" + a poll as the subject ("Das hat eine Umfrage des Instituts Forsa ergeben."), so it reports the poll's
    finding, as "Das ergab eine Umfrage …" does."""
    toks, lex = ctx.tokens, ctx.lex
    if i - 3 < lo or toks[lo].low not in ("das", "dies") or toks[lo].quoted or toks[lo + 1].low not in _DE_HAVE_FORMS \
            or toks[lo + 1].text != toks[lo + 1].low or toks[i].text != toks[i].low \
            or not (i + 1 >= hi or toks[i + 1].text in {".", "!"} or _de_relative_after(ctx, i + 1, hi)):
        return False
    if any(t.text in {",", ";", ":", "(", "–", "—"} or (t.low in ("sich", "nicht") and not t.quoted) for t in toks[lo + 2 : i]):
        return False
    k = lo + 2 + (toks[lo + 2].low in lex.determiners)
    while k < i and toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS):
        k += 1  # "eine repräsentative Umfrage"
    return k < i and toks[k].is_cap and bool(lex.poll_nouns) and toks[k].low.endswith(lex.poll_nouns)


def _de_evidence(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 38, dewriter): the verb at i ("spricht", `evidence_verbs`) weighs evidence with an adverb of
    `evidence_adverbs` after it, before the end of its clause ("Vieles spricht jedoch dafür, dass …", "Einiges sprach
    dagegen."), or with "Dafür" opening the sentence right before it and a comma or no person after it ("Dafür spricht,
    dass …", "Dafür spricht auch der Zeitpunkt"); never with "sich" in its clause ("sprach sich dafür aus"), nor after
    "Dagegen" (a contrast: "Dagegen sprach der Minister von einem Erfolg")."""
    toks, lex = ctx.tokens, ctx.lex
    if _in_clause(ctx, i, lo, hi, "sich"):
        return False
    for k in range(i + 1, min(hi, i + 5)):
        w = toks[k]
        if w.quoted or w.text in {",", ";", ":", "."}:
            break
        if w.low in lex.evidence_adverbs and w.text == w.low:
            # (round 50, dearticles4) not a contrast before the act's preposition in its clause: "Die Regierung spricht
            # dagegen von vier Toten", "sprach dagegen am Telefon von Massenverhaftungen" (no report)
            return (k + 1 >= hi or not toks[k + 1].is_word or toks[k + 1].text == toks[k + 1].low) and not any(
                y.low in ("von", "vom") and y.text == y.low and not y.quoted
                for y in toks[k + 1 : next((z for z in range(k + 1, hi) if toks[z].text in {",", ";", ":"}
                                            or toks[z].quoted), hi)])
        if w.low in lex.prepositions:
            break
    if i - 1 == lo and toks[lo].text == "Dafür" and i + 1 < hi:
        return toks[i + 1].text == "," or (toks[i + 1].text == toks[i + 1].low and toks[i + 1].low not in lex.pronouns
                                           and toks[i + 1].low not in ("sich", "von", "vom", "über"))
    return False


def _in_clause(ctx: QuoteContext, i: int, lo: int, hi: int, word: str, over_quotes: bool = False) -> bool:
    """`word` stands in the clause of token i (between the nearest commas, colons or semicolons); over_quotes (round 47,
    naming): a quotation inside the clause is stepped over ("die sich „Patrioten für Freiheit“ nennt")."""
    toks = ctx.tokens
    for step in (-1, 1):
        k = i + step
        while lo <= k < hi:
            if toks[k].quoted:
                if not over_quotes:
                    break
                k += step
                continue
            if toks[k].text in {",", ";", ":"}:
                break
            if toks[k].low == word:
                return True
            k += step
    return False


def _de_sich_before_und(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 45, deleftovers) the verb at i follows "und", and the only "sich" of its clause stands before that "und":
    the first predicate's ("Die Ministerin zeigte sich bewegt und versprach, dass …": "versprach" was dropped as
    "versprach sich")."""
    toks = ctx.tokens
    if i - 1 <= lo or toks[i - 1].low != "und" or toks[i - 1].quoted:
        return False
    k = i + 1
    while k < hi and toks[k].text not in {",", ";", ":"} and not toks[k].quoted:
        if toks[k].low == "sich":
            return False
        k += 1
    return True


def _reflexive_act(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German "sprach sich für … aus": "sich" right after the verb (or its subject) and the
    particle closing the clause make the verb a speech act of its own."""
    toks, lex = ctx.tokens, ctx.lex
    part = lex.reflexive_acts.get(toks[i].low)
    if part is None:
        return False
    k = next((x for x in range(i + 1, min(hi, i + 4)) if toks[x].low == "sich"), None)
    return k is not None and any(_particle(ctx, x, frozenset((part,)), hi) for x in range(k + 1, hi))


def en_news_outlet(ctx: QuoteContext, a: int, b: int) -> bool:
    """English (round 47, enmedia): tokens a..b-1 name a news outlet (`news_outlets`, a leading "The" dropped): "CNN",
    "The Washington Post", "Agence France-Presse"."""
    toks = ctx.tokens
    if a < b and toks[a].low == "the":
        a += 1
    if a >= b or b - a > 5 or not all(x.is_word and not x.quoted and (x.is_cap or x.text == "-") for x in toks[a:b]):
        return False
    return " ".join(x.low for x in toks[a:b]).replace(" - ", "-") in ctx.lex.news_outlets


def _en_report_by_outlet(ctx: QuoteContext, i: int, lo: int) -> bool:
    """English (round 47, enmedia): "citing" at token i follows a report's outlet after "by"/"in"/"from" ("a report by
    Bloomberg citing people familiar with the matter", "a report in The Wall Street Journal citing …"): the report's
    own source, no second one."""
    toks = ctx.tokens
    k = i - 1
    while k > lo and toks[k].is_word and not toks[k].quoted and toks[k].is_cap:
        k -= 1
    if k == i - 1 and i - 3 > lo and toks[i - 2].low == "the" and toks[i - 1].text == toks[i - 1].low \
            and (toks[i - 1].low in ctx.lex.media_heads or toks[i - 1].low == "agency"):
        k = i - 3  # (or the outlet by its head noun: "a report by the agency citing officials")
    elif k == i - 1 or not en_news_outlet(ctx, k + 1, i):
        return False
    if k - 1 < lo or toks[k].low not in ("by", "in", "from") or toks[k].text != toks[k].low:
        return False
    n = toks[k - 1]
    return n.is_word and not n.quoted and n.text == n.low and (n.low in ctx.lex.document_nouns or n.low in ctx.lex.medium_nouns)


def _en_impersonal_passive(ctx: QuoteContext, i: int, lo: int, after_comma: bool = False) -> bool:
    """English (round 48, enpassive2): the participle at token i follows "it" and a form of "be", adverbs and a perfect's
    "been" between ("It was learned that …", "it has since been learned that …", "It is widely rumoured that …", "…, it was
    learned."): an impersonal passive."""
    toks, lex = ctx.tokens, ctx.lex
    b = i - 1
    while b > lo and toks[b].text == toks[b].low and not toks[b].quoted and b > i - 4 and (
            toks[b].low.endswith("ly") or toks[b].low in ("also", "later", "now", "since", "been", "being")):
        b -= 1
    if b <= lo - 1 or toks[b].quoted or toks[b].text != toks[b].low:
        return False
    if toks[b].low in ("has", "had") and toks[b + 1].low == "been":
        pass  # "it has been learned"
    elif toks[b].low not in lex.passive_auxiliaries or toks[b].low in ("been", "being", "be"):
        return False
    if after_comma and not (b - 2 >= lo and toks[b - 2].text == "," and not toks[b - 2].quoted and toks[b - 1].text == "it"):
        return False  # (round 48, enpassive3) "…, it is thought" only
    return b - 1 >= lo and toks[b - 1].text in ("It", "it") and not toks[b - 1].quoted


def _en_outlet_learned(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 47, enmedia): "learned" at token i reports when a news outlet has learned something and "that"
    opens the clause ("CNN has learned that …", "The Times has exclusively learned that …"); a person learns ("She
    learned that …", "The minister learned that …": no report)."""
    toks = ctx.tokens
    if i + 2 >= hi or toks[i + 1].low != "that" or toks[i + 1].quoted:
        return False
    b = i - 1
    while b > lo and toks[b].text == toks[b].low and (toks[b].low in ("has", "have", "had", "also", "first", "now")
                                                      or toks[b].low.endswith("ly")):
        b -= 1
    if b == i - 1 or toks[b].quoted:
        return False  # (a perfect only: "has learned"; the past "CNN learned" reads as finding out)
    a = b
    while a - 1 >= lo and toks[a - 1].is_word and not toks[a - 1].quoted and (toks[a - 1].is_cap or toks[a - 1].text == "-"):
        a -= 1
    return any(en_news_outlet(ctx, x, b + 1) for x in range(a, b + 1))


#: (round 41, ensports) anonymous sources and reports after "per" ("…, per league sources", "…, per a team source")
_EN_PER_SOURCES = frozenset({"source", "sources", "report", "reports"})


def _en_per_source(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """English (round 41, ensports): "per" at token i credits a source, as "according to" does, only after a comma and
    before a name or an anonymous source ("Maxey agreed to a five-year extension, per ESPN", "…, per ESPN's Adrian
    Wojnarowski", "…, per league sources"); not a rate or a rule ("$20 per share", "10 points per game", "per the
    agreement")."""
    toks = ctx.tokens
    if i == lo and toks[i].text == "Per" and i + 2 < hi and not toks[i].quoted:
        # (round 47, enaccording) opening the sentence, its phrase closed by a comma: "Per Reuters, the deal …", "Per
        # league sources, …" (reported nothing); not "Per capita income rose", "Per the agreement, …"
        # (only with a source noun or a possessive: "Per Carlsson, the chief executive, said …" is a name; the name in
        # "Per CNN, …" would be "Per CNN")
        e = next((x for x in range(i + 1, min(hi, i + 9)) if not toks[x].is_word or toks[x].quoted), None)
        if e is None or toks[e].text != "," or toks[e].quoted or any(x.text[:1].isdigit() for x in toks[i + 1 : e]):
            return False
        return any((x.low in _EN_PER_SOURCES and x.text == x.low) or x.low.endswith(("'s", "’s")) for x in toks[i + 1 : e]) \
            or en_news_outlet(ctx, i + 1, e)  # (round 47, enmedia) "Per Reuters, …", "Per The Washington Post, …"
    elif i - 1 <= lo or toks[i - 1].text != "," or toks[i - 1].quoted or i + 1 >= hi or toks[i].text != "per":
        return False
    n = toks[i + 1]
    if n.is_word and not n.quoted and n.is_cap and n.text[:1].isalpha():
        return True
    for x in range(i + 1, min(hi, i + 5)):
        t = toks[x]
        if not t.is_word or t.quoted:
            return False
        if t.low in _EN_PER_SOURCES and t.text == t.low:
            return True
    return False


def _en_owned_words(ctx: QuoteContext, i: int, lo: int, hi: int) -> int | None:
    """English (round 46, enleft): "in" at token i opens "in X's (own) words" ("In Smith's words, “…”", "In the
    ministry's words:", '"…," in his own words.'), opening the sentence or right after a quoted sentence, and
    closed by punctuation or a quotation: the token of "words", else None. Not "in other words", "in so many words", "in
    the plan's words" (a thing's)."""
    toks = ctx.tokens
    if i > lo and not (toks[i - 1].quoted or (toks[i - 1].text == "," and i - 2 >= lo and toks[i - 2].quoted)):
        return None  # (not inside a clause of its own: "The minister said, in Smith's words, that …")
    if i > lo and not all(x.quoted or not x.is_word for x in toks[lo:i]):
        return None  # (after a whole quoted sentence only: 'It was "a model for the region," in his words.' goes on
        # with the speaker before, the clause being the writer's)
    for k in range(i + 2, min(hi, i + 7)):
        w = toks[k]
        if w.quoted or not w.is_word:
            return None
        if w.low != "words" or w.text != w.low:
            continue
        if k + 1 < hi and not (toks[k + 1].quoted or toks[k + 1].text in {",", ":", ".", ")", "—", "–"}):
            return None
        p = k - 2 if toks[k - 1].low == "own" else k - 1
        if p == i + 1 and toks[p].low in EN_POSSESSIVE_PRONOUNS:
            return k
        if p <= i or not (toks[p].text.endswith(("'s", "’s")) or (
                toks[p].text in ("'", "’") and toks[p - 1].is_cap and toks[p - 1].low.endswith("s"))):
            return None
        return k  # (the owner's kind is checked where it is read: a person, a body, a role)
    return None


def _conformity(ctx: QuoteContext, j: int, hi: int) -> bool:
    """The noun phrase from token j after a source phrase names a rule, not a source (`not_sources`:
    "according to the law", "according to plan", "according to the Constitution")."""
    toks, lex = ctx.tokens, ctx.lex
    k = j
    while k < hi and k <= j + 2 and (toks[k].low in lex.determiners or (lex.lang == "en" and toks[k].text == "that")):
        k += 1  # (round 51, enleft18) "that" as a demonstrative too: "according to that plan" (a source since round 51)
    if lex.lang == "de" and k < hi and toks[k].text in ("§", "§§") and not toks[k].quoted:
        return True  # (round 35) a law's section: "gemäß § 242 BGB"
    for x in range(k, min(hi, k + 3)):  # also after adjectives: "according to a nonstandard metric"
        t = toks[x]
        if not t.is_word or t.quoted:
            return False
        if t.low in lex.not_sources or (lex.lang == "de" and t.is_cap and t.low.endswith(lex.de_rule_endings)):
            return True  # (round 35) German compounds too: "gemäß Sozialplan", "laut Tarifvertrag"
        if t.is_cap:
            continue  # (round 25) a name before the rule's noun: "according to UNSC resolutions"
        if t.text != t.low or t.low in lex.prepositions or t.low in lex.stopwords:
            return False
    return False


def _de_backref_light(ctx: QuoteContext, i: int, lo: int, noun: str) -> bool:
    """German (round 37, h2): light verb i after its noun, fronted with a demonstrative that refers back to what was said
    before: "Zu diesem Ergebnis kommt eine Studie der Universität Kiel", "Zu einem ähnlichen Schluss gelangten Forscher
    in Bonn", "Diese Ansicht vertritt auch der Virologe Paul Roth". The clause names the act without its content (the
    sentence before), so it is the reported act; without this nothing was marked."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or i - 2 < lo or toks[i - 1].low != noun or not toks[i - 1].is_cap or toks[i].text != toks[i].low:
        return False
    k = lo
    if toks[k].low in lex.skippable and toks[k].low not in lex.backref_determiners:
        k += 1  # "Auch zu diesem Schluss kommt …"
    if k < i and toks[k].low in ("zu", "zum"):
        k += 1
    if k >= i - 1 or any(t.quoted for t in toks[k:i]):
        return False
    if toks[k].low in lex.backref_determiners:
        return k + 1 == i - 1
    # "Zu dem gleichen / einem ähnlichen Ergebnis": an article and a comparing adjective
    return k + 2 == i - 1 and toks[k].low in lex.determiners and toks[k + 1].low in lex.backref_adjectives


def _de_nominal_act_noun(ctx: QuoteContext, k: int) -> bool:
    """Token k is a noun of a speech act (`nominal_acts`, also as the end of a compound: "Fundamentalkritik")."""
    t = ctx.tokens[k]
    return t.is_cap and t.is_word and not t.quoted and t.low.endswith(ctx.lex.nominal_acts)


def _de_nominal_act_source(ctx: QuoteContext, i: int, lo: int, hi: int) -> Mention | None:
    """(round 36, g1) German "kam/kommt" in a main clause whose subject is a speech-act noun and whose
    von/vom/aus/seitens-phrase names the source: "Kritik an dem Plan kam am Montag von den Grünen" (the
    noun in the prefield, the source after the verb) or "Aus der Opposition kam scharfe Kritik" (the
    source fronted, the noun after the verb). The source's noun phrase, else None ("Die Kritik kam zu
    spät", "Kritik kam von allen Seiten" with no source named, a question or a subordinate clause)."""
    toks, lex = ctx.tokens, ctx.lex
    cs = next((x for x in range(i - 1, lo - 1, -1) if toks[x].text in {",", ":", "–", "—"} and not toks[x].quoted), lo - 1) + 1
    if cs >= i or any(t.quoted for t in toks[cs:i]):
        return None
    if cs > lo and toks[cs - 1].text == ",":
        return None  # a clause after a comma (a relative or a second clause): only a sentence's main clause
    if any(t.text in {"?", ";"} for t in toks[lo:hi]):
        return None  # (after the clause's cheap tests: this reads the whole sentence)
    ce = next((x for x in range(i + 1, hi) if toks[x].text in {",", ":", "–", "—", "(", "."} or toks[x].quoted), hi)
    if ce < hi and toks[ce].text == ":" and any(t.text == t.low and not t.quoted and t.low in lex.cue_verbs
                                                for t in toks[ce + 1 : hi]):
        return None  # (round 36, merge review) a quotation after the colon has a cue of its own: 'Kritik kam von den
        # Grünen: „…“, sagte etwa Anton Hofreiter' is Hofreiter's (the Grünen had taken it)
    words = toks[cs:i]
    preps = _DE_NOMINAL_SOURCE_PREPOSITIONS
    if words[0].low in preps and words[0].text == words[0].low.capitalize():
        # the source fronted: "Aus der Opposition kam scharfe Kritik", "Von den Grünen kommt Widerspruch"
        np = np_forward(toks, cs + 1, i, lex, bare=True)
        if np is None or np.end != i - 1:
            return None
        k = i + 1
        while k < ce and toks[k].text == toks[k].low and (toks[k].low in lex.skippable or toks[k].low in lex.time_words):
            k += 1  # "Aus der Opposition kam am Montag auch Kritik"
        while k < ce and toks[k].is_word and toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) \
                and toks[k].low not in lex.stopwords:
            k += 1  # "scharfe", "heftige"
        if k < ce and _de_nominal_act_noun(ctx, k) and (k + 1 >= ce or toks[k + 1].low in _DE_NOMINAL_ACT_OBJECTS
                                                        or not toks[k + 1].is_word):
            return np if _de_named_source(ctx, np) else None
        return None
    # the noun in the prefield: [Adjective] Noun [an/gegen … ] kam … von X
    k = cs
    if k + 1 < i and toks[k].text in ("Eine", "Ein") and toks[k + 1].is_word and not toks[k + 1].quoted:
        k += 1  # (round 49, deberichtet) with an indefinite article: "Eine Forderung nach mehr Geld kam von den Ländern"
    while k < i and toks[k].is_word and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) and not _de_nominal_act_noun(ctx, k) \
            and toks[k].low not in lex.stopwords and toks[k].low not in lex.determiners:
        k += 1
    if k >= i or not _de_nominal_act_noun(ctx, k):
        return None
    if k + 1 < i and toks[k + 1].low not in _DE_NOMINAL_ACT_OBJECTS:
        return None  # only the noun's object may follow it ("Kritik an dem Plan kam …"), no source of its own ("Kritik von …")
    p = next((x for x in range(i + 1, ce) if toks[x].low in preps and toks[x].text == toks[x].low), None)
    if p is None or any(toks[x].low in lex.negations or toks[x].low in lex.auxiliaries for x in range(i + 1, p)):
        return None
    np = np_forward(toks, p + 1, _de_acronym_hi(toks, ce, hi), lex, bare=True)
    if np is None or np.end + 1 < ce and any(t.low in lex.negations for t in toks[np.end + 1 : ce]):
        return None
    return np if _de_named_source(ctx, np) else None


def _de_acronym_hi(toks: list, ce: int, hi: int) -> int:
    """(round 42, depolitics) the end for a source phrase cut at ce: past a bracketed one-word abbreviation there, so
    that a body's name with "und" it spells runs on ("Kritik kam auch von der Gewerkschaft Erziehung und Wissenschaft
    (GEW)" gave "Gewerkschaft Erziehung"); np_forward takes the name only when the letters agree."""
    if ce + 2 < hi and toks[ce].text == "(" and toks[ce + 2].text == ")" and toks[ce + 1].is_word \
            and not toks[ce + 1].quoted and any(t.text in ("und", "&") for t in toks[max(0, ce - 8) : ce]):
        if any(toks[x].is_cap and toks[x].is_word and _de_acronym_name_end(toks, x, ce + 3) == ce - 1
               for x in range(max(0, ce - 8), ce)):
            return ce + 3
    return ce


def _de_received_act_source(ctx: QuoteContext, i: int, lo: int, hi: int) -> Mention | None:
    """(round 38, deobj2) German: the finite verb at i receives a speech act (`received_act_verbs`) in a sentence's main
    clause, its noun (`nominal_acts`; `received_acts` only before a colon) fronted before the verb ("Volle Unterstützung
    bekam Seehofer hingegen von Dobrindt", "Eine Absage für ihre Pläne bekommt Fekter von der FCG") or after it and the
    recipient ("Die Ministerin erhielt viel Lob von den Verbänden"), the source in a von/vom/aus/seitens-phrase after the
    verb: that phrase's noun phrase, else None (no phrase, a negation, a question, a subordinate clause, "von allen
    Seiten", a quotation after the colon with a cue of its own)."""
    toks, lex = ctx.tokens, ctx.lex
    cs = next((x for x in range(i - 1, lo - 1, -1) if toks[x].text in {",", ":", "–", "—"} and not toks[x].quoted), lo - 1) + 1
    if cs >= i or cs > lo or any(t.quoted for t in toks[cs:i]):
        return None  # (a sentence's main clause only)
    ce = next((x for x in range(i + 1, hi) if toks[x].text in {",", ":", "–", "—", "(", ".", ";", "?"} or toks[x].quoted), hi)
    preps = _DE_NOMINAL_SOURCE_PREPOSITIONS
    p = next((x for x in range(i + 1, ce) if toks[x].low in preps and toks[x].text == toks[x].low), None)
    if p is None or any(t.low in lex.negations or t.low in ("kein", "keine", "keinen", "keinerlei") for t in toks[cs:ce]):
        return None
    # the clause may end in a colon after a paper's quoted name: "… von Dobrindt in der „Bild“: „…“"
    cc = next((x for x in range(ce, hi) if toks[x].text in {",", ":", ";", ".", "?", "!"} and not toks[x].quoted), hi)
    colon = cc < hi and toks[cc].text == ":"
    if colon and any(t.text == t.low and not t.quoted and t.low in lex.cue_verbs for t in toks[cc + 1 : hi]):
        return None  # the quotation after the colon has a cue of its own: "…: „…“, sagt FCG-Vorsitzender Norbert Schnedl"

    def act_noun(k: int) -> bool:
        t = toks[k]
        return t.is_cap and t.is_word and not t.quoted and (
            t.low.endswith(lex.nominal_acts) or (colon and t.low.endswith(lex.received_acts)))

    k = cs
    while k < i and toks[k].is_word and not act_noun(k) and (toks[k].low in ("eine", "ein", "viel", "auch") or (
            toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[k].low not in lex.stopwords
            and toks[k].low not in lex.determiners)):
        k += 1
    if k < i and act_noun(k):
        # the noun fronted: only its object may follow it before the verb ("Eine Absage für ihre Pläne bekommt …")
        if k + 1 < i and toks[k + 1].low not in _DE_NOMINAL_ACT_OBJECTS:
            return None
    else:
        # the recipient fronted, the noun after the verb right before the source's preposition or before its object
        # ("Merkel erhielt viel Lob von …", "… erhielt Zuspruch für den Vorschlag aus der SPD")
        if not (i - cs <= 4 and any(act_noun(x) and (x + 1 == p or toks[x + 1].low in _DE_NOMINAL_ACT_OBJECTS)
                                    for x in range(i + 1, p))):
            return None
    np = np_forward(toks, p + 1, _de_acronym_hi(toks, ce, hi), lex, bare=True)
    if np is None or np.first != p + 1 or not _de_named_source(ctx, np):
        return None
    return np


#: (round 50, deleft15) prepositions of the source of a met speech act ("stieß bei der Opposition auf Kritik")
_DE_MET_SOURCE_PREPOSITIONS = frozenset({"bei", "beim", "von", "vom", "seitens", "vonseiten"})

#: (round 50, deleft15) occasions, no sources, after "bei" (a compound's last part: "stieß bei der Sitzung auf Kritik")
_DE_MET_OCCASIONS = ("sitzung", "versammlung", "konferenz", "treffen", "veranstaltung", "debatte", "anhörung", "tagung",
                     "parteitag", "durchsuchung", "suche", "grabung", "prüfung", "vorstellung", "präsentation", "abstimmung")


def _de_met_act_source(ctx: QuoteContext, i: int, lo: int, hi: int) -> Mention | None:
    """(round 50, deleft15) German: the form of "stoßen" at i (`met_act_verbs`) and, in its clause, "auf" with a speech
    act's noun (`nominal_acts`, after adjectives: "auf scharfe Kritik"), its source a genitive right after the noun ("auf
    Kritik der Opposition") or a bei/von/seitens-phrase in the clause ("stieß bei den Grünen auf Widerspruch", "auf
    Ablehnung von Umweltverbänden"): that noun phrase, else None (no source, a negation, a quotation)."""
    toks, lex = ctx.tokens, ctx.lex
    cs = next((x for x in range(i - 1, lo - 1, -1) if toks[x].text in {",", ";", ":", "–", "—"} and not toks[x].quoted), lo - 1) + 1
    ce = next((x for x in range(i + 1, hi) if toks[x].text in {",", ";", ":", "–", "—", "(", ".", "?"} and not toks[x].quoted), hi)
    if any(t.quoted or t.low in lex.negations for t in toks[cs:ce]):
        return None
    auf = next((x for x in range(cs, ce) if toks[x].low == "auf" and toks[x].text == "auf"), None)
    if auf is None:
        return None
    k = auf + 1
    while k < ce and toks[k].is_word and toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) \
            and toks[k].low not in lex.stopwords and toks[k].low not in lex.determiners:
        k += 1
    if k >= ce or not (toks[k].is_cap and toks[k].is_word and toks[k].low.endswith(lex.nominal_acts)):
        return None
    end = _de_acronym_hi(toks, ce, hi)
    if k + 1 < ce and toks[k + 1].low in ("der", "des") and toks[k + 1].text == toks[k + 1].low:
        np = np_forward(toks, k + 1, end, lex, bare=True)  # "auf Kritik der Opposition"
        if np is not None and np.first == k + 1 and _de_named_source(ctx, np):
            return np
    p = next((x for x in range(cs, ce) if toks[x].low in _DE_MET_SOURCE_PREPOSITIONS and toks[x].text == toks[x].low
              and (x > k or x < auf)), None)
    if p is None:
        return None
    np = np_forward(toks, p + 1, end, lex, bare=True)
    if np is None or np.first != p + 1 or not _de_named_source(ctx, np) or (p < auf and np.end >= auf) \
            or toks[np.last].low.endswith(_DE_MET_OCCASIONS):
        return None
    return np


def _de_named_source(ctx: QuoteContext, np: Mention) -> bool:
    """A source phrase names someone: not a quantifier or a direction ("von allen Seiten", "aus allen Richtungen")."""
    toks, lex = ctx.tokens, ctx.lex
    return toks[np.first].low not in lex.quantifier_pronouns and toks[np.first].low not in ("allen", "vielen", "mehreren",
                                                                                                "verschiedenen", "unterschiedlichen")


#: (round 36, g1) prepositions of a nominal speech act's object ("Kritik an …", "Warnungen vor …")
#: (round 49, deberichtet: "nach", "Eine Forderung nach mehr Geld kam von …")
_DE_NOMINAL_ACT_OBJECTS = frozenset({"an", "am", "gegen", "für", "zu", "zum", "zur", "vor", "über", "nach"})

#: (round 36, g1) prepositions of the source of a nominal speech act ("Kritik kam von …", "Aus der Partei kam …")
_DE_NOMINAL_SOURCE_PREPOSITIONS = frozenset({"von", "vom", "aus", "seitens", "vonseiten"})


def _de_come_to_speak(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 37, h4): the form of "kommen" at i and, closing its clause, "zu" + a `come_to_speak` infinitive
    ("kam der Trainer auf die Szene zu sprechen"); not across a comma, colon or quotation."""
    toks, lex = ctx.tokens, ctx.lex
    for k in range(i + 2, min(hi, i + 16)):
        t = toks[k]
        if t.quoted or t.text in {",", ";", ":", "(", "–", "—"}:
            return False
        if t.low in lex.come_to_speak and t.text == t.low and toks[k - 1].low == "zu" and not toks[k - 1].quoted:
            return k + 1 >= hi or (not toks[k + 1].is_word and not toks[k + 1].quoted)
    return False


def _particle_act(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German "sagte … zu": the verb's `particle_acts` particle closes a clause after it; then the
    verb is a speech act of its own (a promise), with no content clause."""
    parts = ctx.lex.particle_acts.get(ctx.tokens[i].low)
    return parts is not None and any(_particle(ctx, x, parts, hi) for x in range(i + 1, hi))


def _de_push_demand(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 41, dedemands): the pushing verb at i ("drängt", "dringt", `push_verbs`) has "auf" after it (after
    its subject, within ten tokens, no comma) and then, after articles and adjectives, an abstract noun (an ending of
    `particle_idiom_endings`) or one of `push_objects`: "drängt die Gewerkschaft auf ein schnelles Ergebnis", "dringt
    auf Aufklärung". Not motion: "Die Fans drängten auf das Spielfeld", "aufs Feld"."""
    toks, lex = ctx.tokens, ctx.lex
    for x in range(i + 1, min(hi, i + 11)):
        t = toks[x]
        if t.quoted or t.text in {",", ":", ";", "–", "—"}:
            return False
        if t.text == "auf":
            for k in range(x + 1, min(hi, x + 5)):
                w = toks[k]
                if w.quoted or not w.is_word:
                    return False
                if w.is_cap:
                    low = w.low.rsplit("-", 1)[-1]
                    return low in lex.push_objects or (len(low) > 5 and low.endswith(lex.particle_idiom_endings))
                if w.text != w.low:
                    return False
            return False
    return False


def _preposition_act(ctx: QuoteContext, i: int, hi: int, lo: int | None = None) -> bool:
    """German "sprach von …": the first preposition after the verb (right after it or after its
    subject, within four tokens) is one of `preposition_acts`; then the verb is a speech act. Also
    fronted: "Von einem schwarzen Tag sprach der Fraktionschef" (the sentence opens with it)."""
    toks, lex = ctx.tokens, ctx.lex
    preps = lex.preposition_acts.get(toks[i].low)
    if not preps:
        return False
    if toks[i].low in lex.push_verbs:
        return _de_push_demand(ctx, i, hi)  # (round 41, dedemands) "drängt die Gewerkschaft (Verdi) auf eine Einigung"
    # (round 39) a reflexive verb's "sich" before its subject: "Zu dem Anschlag bekannte sich eine Splittergruppe"
    subj = i + 2 if i + 2 < hi and toks[i + 1].low == "sich" and toks[i].low in _DE_REFLEXIVE_PREPOSITION_ACTS else i + 1
    if lo is not None and lo + 1 < i and toks[lo].low in preps and toks[lo].is_cap and not toks[lo].quoted \
            and i - lo <= 10 and not any(t.text in {",", ":", ";"} and not t.quoted for t in toks[lo:i]) \
            and subj < hi and not toks[subj].quoted and (toks[subj].low in lex.determiners or toks[subj].is_cap) \
            and (toks[i].low not in _DE_CLAIM_VERBS or _de_claimed(ctx, i, lo, hi)):
        return True  # (a subject follows the verb: not "Vom Bahnhof sprach niemand")
    if lo is not None and ctx.lex.lang == "de" and (i + 1 >= hi or not toks[i + 1].is_word) and not toks[i].quoted:
        # (round 25) the participle closing its clause, the preposition before it after the auxiliary: "Kickl hat von
        # einem historischen Sieg gesprochen" (no report)
        aux = next((x for x in range(i - 1, max(lo - 1, i - 12), -1) if toks[x].text in {",", ":", ";"} or toks[x].quoted
                    or (toks[x].low in lex.auxiliaries and toks[x].text == toks[x].low)), None)
        if aux is not None and toks[aux].low in lex.auxiliaries and not toks[aux].quoted:
            # (round 28: not a time phrase before it, "Erdogan hatte am Sonntag von Nazi-Methoden gesprochen")
            # (round 29: nor an adjunct's preposition, "Macron hatte nach der Tat von einem Terrorakt gesprochen")
            first = next((x for x in range(aux + 1, i) if toks[x].text == toks[x].low and toks[x].low in lex.prepositions
                          and not (x + 1 < i and toks[x + 1].low in lex.time_words)
                          and not (toks[x].low in _DE_ACT_ADJUNCT_PREPOSITIONS and toks[x].low not in preps)), None)
            return first is not None and toks[first].low in preps
    # (round 28: an estimate's object may come first, "Die UN schätzten die Zahl der Toten auf 100")
    reach = i + (9 if set(preps) == {"auf"} else 5)
    x = i + 1
    while x < min(hi, reach):
        t = toks[x]
        if t.quoted or t.text in {",", ":", ";"}:
            return False
        if t.text == t.low and t.low in lex.prepositions:
            if t.low not in preps and t.low in _DE_ACT_ADJUNCT_PREPOSITIONS and x + 2 < hi:
                # (round 28) an adjunct before the act's preposition: "sprach in einem Interview von „Verrat“"
                e = x + 1
                while e < hi and e <= x + 3 and toks[e].is_word and not toks[e].quoted and toks[e].text == toks[e].low \
                        and toks[e].low not in lex.prepositions:
                    e += 1  # its article and adjectives
                if e < hi and toks[e].is_word and toks[e].is_cap and not toks[e].quoted:
                    x, reach = e + 1, e + 3
                    continue
            # (round 25) "wenden" reports only with "sich": "wandte sich gegen die Pläne" (not "wandte die Methode gegen
            # Krebs an")
            return t.low in preps and (toks[i].low not in _DE_REFLEXIVE_PREPOSITION_ACTS
                                       or any(y.low == "sich" for y in toks[i + 1 : x])) \
                and (toks[i].low not in _DE_CLAIM_VERBS or _de_claimed(ctx, i, lo if lo is not None else i, hi))
        x += 1
    return False


#: German prepositions of an adjunct that may stand between a verb and its act's preposition ("sprach in einem
#: Interview von …", "sprach am Montag von …")
_DE_ACT_ADJUNCT_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "am", "vor", "nach", "während", "gegenüber"})


#: German verbs whose preposition act needs "sich" ("Die Gewerkschaft wandte sich gegen die Pläne"; round 39: "Die
#: Taliban bekannten sich zu dem Anschlag")
_DE_REFLEXIVE_PREPOSITION_ACTS = frozenset({"wandte", "wandten", "wendet", "wenden", "bekannte", "bekannten", "bekennt",
                                            "bekennen"})

#: (round 39, deagency) German forms of "sich zu … bekennen" (claiming a deed), and the words that negate the claim in
#: its clause ("Zu dem Anschlag bekannte sich bislang niemand", "hat sich noch keine Gruppe zu der Tat bekannt")
_DE_CLAIM_VERBS = frozenset({"bekannte", "bekannten", "bekennt", "bekennen", "bekannt"})
_DE_CLAIM_NEGATORS = frozenset({"niemand"})  # besides the lexicon's `negations`


def _de_claimed(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 39, deagency) The claim verb at i has "sich" and "zu"/"zum"/"zur" in its clause, and nothing negates it
    ("Die Taliban bekannten sich zu dem Anschlag", "Die Gruppe hat sich zu der Tat bekannt"; not "Bislang bekannte sich
    niemand zu der Tat", "Die Partei bekennt sich nicht zu ihrem Kandidaten")."""
    toks = ctx.tokens
    a = i
    while a - 1 >= lo and toks[a - 1].text not in {",", ";", ":"} and not toks[a - 1].quoted:
        a -= 1
    b = i + 1
    while b < hi and toks[b].text not in {",", ";", ":"} and not toks[b].quoted:
        b += 1
    words = {t.low for t in toks[a:b]}
    return "sich" in words and not words.isdisjoint(("zu", "zum", "zur")) and words.isdisjoint(ctx.lex.negations) \
        and words.isdisjoint(_DE_CLAIM_NEGATORS)


def _impersonal(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """An impersonal report with its "es" next to the verb but not at the clause end: "…, hieß es
    aus Sicherheitskreisen", "Weiter heißt es in dem Bericht, …", "…, wie es in der Erklärung hieß"."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[i].low not in lex.impersonal_cues:
        return False
    if i + 1 < hi and toks[i + 1].low == "es" and toks[i + 1].text == "es" and not toks[i + 1].quoted:
        return True
    if i - 1 >= lo and toks[i - 1].low == "es" and (i - 1 == lo or toks[i - 2].text == ","):
        return True  # "Es hieß, der Minister werde …"
    if toks[i].low in ("geheißen", "geheissen") and any(
            k - 1 >= lo and toks[k].text == "es" and toks[k - 1].low in lex.auxiliaries and all(
                t.is_word and t.text == t.low and not t.quoted and t.low not in lex.negations for t in toks[k + 1 : i])
            for k in (i - 2, i - 3)):
        return True  # (round 29) adverbs between "es" and the participle: "…, hatte es vorab geheißen."
    # verb-final after "wie es …": the clause ends at the verb
    k = i - 1
    while k > lo and toks[k].is_word and not toks[k].quoted and k >= i - 8 and toks[k].low != "wie":
        k -= 1
    return (k >= lo and toks[k].low == "wie" and k + 1 < i and toks[k + 1].low == "es"
            and (i + 1 >= hi or not toks[i + 1].is_word))


def _de_heard(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """(round 36, v1) An impersonal "zu hören" with a form of "sein" that reports what was heard from a source: "Aus
    Diplomatenkreisen war zu hören, …", "…, war am Montag aus Regierungskreisen zu hören.", "Wie in Brüssel zu hören
    war, …". Between the verb "sein" and "zu" (and before a fronted verb) stand only adverbs, times and a source
    phrase after a source preposition ("aus", "von", "in"): a noun of its own is what was heard ("Im Saal war ein
    Knall zu hören", "Aus dem Saal waren Buhrufe zu hören": no report)."""
    toks, lex = ctx.tokens, ctx.lex
    if i - 2 < lo or toks[i - 1].text != "zu" or toks[i - 1].quoted:
        return False
    after = i + 1
    if after < hi and toks[after].low in lex.state_passive_auxiliaries and toks[after].text == toks[after].low:
        after += 1  # verb-final: "Wie aus Bonn zu hören war, …"
    if after < hi and toks[after].text not in {",", ".", ";", ":"}:
        return False  # more words in the clause: "… zu hören, wie …" is fine, "zu hören sein wird" is not
    # the clause: from the last comma (or the sentence start) to the next comma or the end
    start = next((x + 1 for x in range(i - 2, lo - 1, -1) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), lo)
    if start >= i - 1:
        return False  # no words before "zu"
    verb_final = after > i + 1  # (then "wie" opens the clause)
    if verb_final:
        if toks[start].low != "wie":
            return False
        be = None
    else:
        be = next((x for x in range(start, i - 1) if toks[x].low in lex.state_passive_auxiliaries and toks[x].text == toks[x].low), None)
        if be is None:
            return False
    if not ((after < hi and (toks[after].text == "," or (toks[after].text == ":" and not verb_final)))
            # "Aus Kreisen war zu hören, …", "Wie aus Kreisen zu hören war, …"; (round 47, dewritten) a colon before a
            # quotation: "Im Bericht ist zu lesen: „…“"
            # "…, war aus Kreisen zu hören."
            or (start > lo and toks[start - 1].text == "," and (after >= hi or toks[after].text in {".", ";"}))):
        return False
    # every other word: an adverb or time word, or inside a source phrase after a source preposition
    k, source = start + (1 if verb_final else 0), False
    while k < i - 1:
        x = toks[k]
        if x.quoted or not x.is_word:
            return False
        if k == be or (x.text == x.low and (x.low in lex.time_words or x.low in lex.skippable or x.low in lex.heard_adverbs)):
            k += 1
            continue
        if x.low in lex.heard_source_prepositions and (x.text == x.low or k == start):
            np = np_forward(toks, k + 1, i - 1, lex, bare=True)
            if np is None:
                return False
            source, k = True, np.end + 1
            continue
        if x.is_cap and x.low in lex.time_words:
            k += 1
            continue
        if x.low in lex.heard_adjunct_prepositions and (x.text == x.low or k == start):
            np = np_forward(toks, k + 1, i - 1, lex, bare=True)  # a time or an occasion: "Nach dem Treffen war …"
            if np is None:
                return False
            k = np.end + 1
            continue
        return False
    return source  # (the source speaks: no report without one, "Wie zu hören war, …")


def dash_at(ctx: QuoteContext, k: int) -> bool:
    """Token k is a dash between words: "–", "—", or a hyphen with a space on both sides (" - ", as German agencies
    write the dash)."""
    t = ctx.tokens[k]
    if t.quoted or t.text not in ("–", "—", "-"):
        return False
    return t.text != "-" or (ctx.text[t.start - 1 : t.start].isspace() and ctx.text[t.end : t.end + 1].isspace())


def _clause_words(ctx: QuoteContext, i: int, lo: int, hi: int) -> list[str]:
    """The lower-case words of token i's clause between commas, semicolons and colons (a full stop ends it too),
    quotations left out."""
    toks = ctx.tokens
    a = i
    while a > lo and toks[a - 1].text not in {",", ";", ":"}:
        a -= 1
    b = i
    while b + 1 < hi and toks[b + 1].text not in {",", ";", ":", "."}:
        b += 1
    return [t.low for t in toks[a : b + 1] if t.is_word and not t.quoted]


#: (round 35) German relative pronouns of the one a passive accusation or demand is about ("…, dem Betrug vorgeworfen
#: wird, …", "…, denen gekündigt wurde, …")
_DE_DATIVE_RELATIVES = frozenset({"dem", "der", "denen", "dessen", "deren"})


def _de_plural_ruling(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 35): the plural preterite of a ruling verb that is also its participle ("entschieden",
    `plural_ruling_cues`) is finite and reports: after a comma with its subject closing the sentence ("Das Prinzip ist
    unzulässig, entschieden die Richter."), or with no auxiliary in its clause and a dass-clause right after it ("Die
    Richter entschieden am Dienstag, dass …"); not the participle ("Der Streit ist entschieden, …")."""
    toks, lex = ctx.tokens, ctx.lex
    prev = toks[i - 1] if i > lo else None
    if prev is not None and prev.text == "," and not prev.quoted and i + 2 < hi \
            and (toks[i + 1].low in lex.determiners or toks[i + 1].is_cap) and not toks[i + 1].quoted:
        end = next((k for k in range(i + 1, hi) if not toks[k].is_word or toks[k].quoted), hi)
        return end - i <= 5 and (end >= hi or toks[end].text in {".", "!"}) and any(
            toks[k].is_cap for k in range(i + 1, end)) and not any(
            toks[k].low in lex.auxiliaries or toks[k].low in lex.passive_auxiliaries for k in range(i + 1, end))
    clause = lo
    for k in range(i - 1, lo - 1, -1):
        if toks[k].text in {",", ";", ":"} and not toks[k].quoted:
            clause = k + 1
            break
    if clause != lo or not toks[lo].text[:1].isupper() or any(
            x.low in lex.auxiliaries or x.low in lex.passive_auxiliaries or x.low in lex.state_passive_auxiliaries
            or x.quoted for x in toks[lo:i]) or prev is None or prev.low in lex.determiners:
        return False
    k = i + 1
    if k < hi and toks[k].low == "sich":
        return False  # "entschieden sich dafür, dass …": a choice
    while k < hi and k <= i + 5 and toks[k].is_word and not toks[k].quoted and toks[k].low not in lex.auxiliaries:
        k += 1
    return k + 1 < hi and toks[k].text == "," and not toks[k].quoted and toks[k + 1].low in ("dass", "daß")


def _de_court_sentence(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: "verurteilen" at token i is a court's sentence, not a condemnation: "zu" (a penalty) or "wegen" in its
    clause, a court or judge in it, a passive ("wurde … verurteilt", "ist verurteilt"), or a penalty word."""
    lex = ctx.lex
    words = _clause_words(ctx, i, lo, hi)
    if any(w in ("zu", "wegen", "zum", "zur") for w in words):
        return True
    if any(w.endswith(("gericht", "richter", "richterin", "strafe", "haft", "jahren", "monaten", "kammer", "senat"))
           for w in words):
        return True
    return any(w in lex.passive_auxiliaries or w in lex.state_passive_auxiliaries for w in words)


def _stop_bounds(toks, i: int, lo: int, hi: int, stops) -> tuple[int, int]:
    """(round 37) The clause around token i: from after the last stop mark or quoted token before it (else lo) to the
    first one after it (else hi)."""
    s = next((x for x in range(i - 1, lo - 1, -1) if toks[x].text in stops or toks[x].quoted), lo - 1) + 1
    return s, next((x for x in range(i + 1, hi) if toks[x].text in stops or toks[x].quoted), hi)


#: German words of a deadline in a clause of "wollen" with a perfect infinitive: a goal, no claim
_DE_GOAL_WORDS = frozenset({"bis", "spätestens", "bald", "schnellstmöglich", "möglichst"})


def _de_claimed_past(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 37, h1): "wollen" in second place with a perfect infinitive closing its main clause is the subject's
    claim, court and police news above all: "Der Zeuge will den Angeklagten im Treppenhaus gesehen haben", "Die Frau
    wollte von den Schulden nichts gewusst haben" (the clause is a reported act of its subject). Not "will … haben" with
    an object ("will mehr Geld haben"), not in a subordinate clause or a question."""
    toks, lex = ctx.tokens, ctx.lex
    stops = {",", ";", ":", "(", ")", "–", "—", "?"}
    s, e = _stop_bounds(toks, i, lo, hi, stops)
    if e < hi and toks[e].text in ("?", ":"):
        return False
    while e - 1 > i and not toks[e - 1].is_word:
        e -= 1
    if s >= i or e - i < 3 or toks[e - 1].low not in ("haben", "sein") or toks[e - 1].text != toks[e - 1].low:
        return False
    p = toks[e - 2]  # the participle: "gesehen", "gewusst", "bemerkt", "festgestellt", "abgeschlossen"
    if not p.is_word or p.quoted or p.text != p.low or not p.low.endswith(("t", "en")) or p.low in lex.stopwords:
        return False
    if any(x.text == x.low and (x.low in _DE_GOAL_WORDS or x.low in lex.plan_time_words) for x in toks[s:e]) \
            or any(toks[x].low in ("diesem", "dieses") and toks[x + 1].is_cap for x in range(s, e - 1)):
        return False  # a goal with its date: "will die Reform noch in diesem Jahr beschlossen haben", "bis Juni"
    first = toks[s]  # a subordinate or relative clause, a question word
    return not (first.low in lex.complementizers or first.low in lex.adverbial_subordinators
                or first.low in ("wer", "was", "welche", "welcher") or (s > lo and first.low in lex.clause_openers))


#: German demonstratives opening a clause as the dative object of "sich … anschließen" ("Dem schloss sich die Nebenklage an")
_DE_JOINED_DEMONSTRATIVES = frozenset({"dem", "diesem", "dieser", "deren", "dessen"})


def _de_joined_motion(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 37, h1): "sich … anschließen" with a party's motion or view as its dative object is a speech act
    of its own, in court news above all: "Die Nebenkläger schlossen sich dem Antrag der Staatsanwaltschaft an", "Dem
    schloss sich die Verteidigung an", "Der Vertreter der Nebenklage hat sich dieser Auffassung angeschlossen" (yaml
    `joining_verbs`, `joined_objects`, a compound's end too: "Strafantrag"). Joining a group or an event following
    ("Er schloss sich der Opposition an", "Daran schloss sich eine Debatte an") is none."""
    toks, lex = ctx.tokens, ctx.lex
    stops = {",", ";", ":", "(", ")", "–", "—"}
    s, e = _stop_bounds(toks, i, lo, hi, stops)
    if e < hi and toks[e].text == ":":
        return False  # a colon lead's quotation or clause is another speaker's: "Auch die FDP schloss sich dem an: X …"
    while e - 1 > i and not toks[e - 1].is_word:  # the sentence's full stop
        e -= 1
    if any(toks[x].low in lex.complementizers or toks[x].low in lex.negations for x in range(s, e)):
        return False
    if toks[i].low.startswith("an"):  # the participle closing the clause after "sich" and an auxiliary
        if i + 1 < e or not any(toks[x].text == "sich" for x in range(s, i)) \
                or not any(toks[x].low in lex.auxiliaries and toks[x].text == toks[x].low for x in range(s, i)):
            return False
    else:  # the finite verb: "sich" right after it or its subject, "an" closing the clause
        last = e - 1
        if last <= i + 1 or toks[last].text != "an" or not any(toks[x].text == "sich" for x in range(i + 1, min(last, i + 5))):
            return False
    if toks[s].low in _DE_JOINED_DEMONSTRATIVES and s < i and (s + 1 == i or not toks[s + 1].is_cap):
        return True  # "Dem schloss sich die Nebenklage an" ("Dieser Forderung …" is tested as a noun below)
    return any(toks[x].is_cap and toks[x].is_word and x != s and toks[x].low.endswith(lex.joined_objects)
               and x - 1 >= s and toks[x - 1].low in _DE_JOINED_DEMONSTRATIVES | {"der", "ihrem", "seinem", "ihrer",
                                                                                   "seiner", "deren", "dessen"}
               or (toks[x].is_cap and toks[x].is_word and toks[x].low.endswith(lex.joined_objects) and x - 2 >= s
                   and toks[x - 2].low in {"dem", "der", "diesem", "dieser"} and toks[x - 1].text == toks[x - 1].low)
               for x in range(s, e))


def _de_np_end(toks, k: int, e: int) -> int:
    """German (round 37, w1): the index after a noun phrase opening at k (an article or a possessive, adjectives, then
    the capitalised words of its head and name), at most to e."""
    x = k
    while x < e and toks[x].is_word and not toks[x].quoted and not toks[x].is_cap and x - k < 4:
        x += 1
    if x < e and toks[x].is_cap and toks[x].is_word and not toks[x].quoted:
        while x < e and toks[x].is_cap and toks[x].is_word and not toks[x].quoted:
            x += 1
        return x
    return k


def _de_verbal_attack(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 37, w1): "griff … an", "attackierte", "hat … angegriffen" with a government, a coalition, a party or
    a policy as the object after the subject is a verbal attack, a reported act (yaml `attack_verbs`, `attack_objects`);
    not in the passive, not negated, not in a subordinate clause, and no other object ("Die Armee griff Stellungen der
    Rebellen an", "Ein Mann hat einen Polizisten angegriffen")."""
    toks, lex = ctx.tokens, ctx.lex
    stops = {",", ";", ":", "(", ")", "–", "—"}
    s, e = _stop_bounds(toks, i, lo, hi, stops)
    while e - 1 > i and not toks[e - 1].is_word:  # the sentence's full stop
        e -= 1
    if s != lo or any(toks[x].low in lex.complementizers or toks[x].low in lex.negations
                      or toks[x].low in lex.passive_auxiliaries or toks[x].low in ("worden", "wurde", "wurden")
                      for x in range(s, e)):
        return False
    w = toks[i].low
    if w.startswith(("griff", "greif")):  # the finite verb, its particle closing the clause
        if e - 1 <= i or toks[e - 1].text != "an":
            return False
        verb, end = i, e - 1
    elif i + 1 < e:  # a finite "attackierte" in second place
        if w == "angegriffen":
            return False
        verb, end = i, e
    else:  # the participle closing the clause after its auxiliary
        verb = next((x for x in range(s, i) if toks[x].low in lex.auxiliaries and toks[x].text == toks[x].low), None)
        if verb is None:
            return False
        end = i
    if verb == s:
        return False
    if _de_np_end(toks, s, verb) == verb and (toks[s].low in lex.determiners or toks[s].low in lex.possessives or any(
            t.low in ctx.ents.by_surname or lex.is_title(t.text) or lex.is_first_name(t.low) or t.text in DE_PARTIES
            or t.low.endswith(lex.speaking_bodies) for t in toks[s:verb])):
        obj = verb + 1  # the subject first: "Söder attackierte die Ampel"
    elif (fronted := _de_fronted_attack_object(ctx, s, verb, end)) is not None:
        return fronted
    elif toks[s].low in lex.attack_adverbs or toks[s].low in lex.fronted_adverbs:
        # a fronted adverbial, the subject after the verb: "Erneut griff der Ministerpräsident die Bundesregierung an"
        obj = _de_np_end(toks, verb + 1, end)
        if obj == verb + 1:
            return False
    else:
        return False
    while obj < end and toks[obj].text == toks[obj].low and toks[obj].low in lex.prepositions:
        nxt = _de_np_end(toks, obj + 1, end)  # an adjunct before the object: "attackierte bei ihrer Rede die Regierung"
        if nxt == obj + 1:
            return False
        obj = nxt
    if obj >= end or toks[obj].text == toks[obj].low and toks[obj].low not in lex.determiners \
            and toks[obj].low not in lex.possessives:
        return False
    head = _de_np_end(toks, obj, end)
    return head > obj and any(t.low.endswith(lex.attack_objects) or t.text in DE_PARTIES for t in toks[obj:head])


#: (round 40, deobjects) plural parties and groups that a fronted "die" leaves plural ("die Grünen", "die Linken")
_DE_PLURAL_ATTACK_OBJECTS = frozenset({"grünen", "linken", "liberalen", "sozialdemokraten", "christdemokraten",
                                       "konservativen", "parteien", "piraten", "regierungsparteien", "ampelparteien"})


def _de_fronted_attack_object(ctx: QuoteContext, s: int, verb: int, end: int) -> bool | None:
    """German (round 40, deobjects): a plural party or group opens the clause with "die" (after an adverb or not) before
    a singular finite attack verb, and a name or a title follows the verb: the plural is the fronted object, the attack
    a verbal one ("Insbesondere die Grünen attackierte Söder, sie seien …": no cue, and the quotation after it took the
    subject of the sentence before). None where the shape does not fit."""
    toks, lex = ctx.tokens, ctx.lex
    k = s + 1 if toks[s].low in lex.attack_adverbs or toks[s].low in lex.fronted_adverbs else s
    if k == s + 1 and toks[s].low == "vor" and k < verb and toks[k].low == "allem":
        k += 1  # "Vor allem die Grünen attackierte Söder"
    v = toks[verb]
    if verb != k + 2 or toks[k].low != "die" or toks[k].quoted or v.low.endswith("n") or v.text != v.low \
            or toks[k + 1].low.rsplit("-", 1)[-1] not in _DE_PLURAL_ATTACK_OBJECTS or verb + 1 >= end:
        return None
    a = toks[verb + 1]
    if not a.is_word or a.quoted or not a.is_cap:
        return False
    return a.low in ctx.ents.by_surname or lex.is_first_name(a.text) or lex.is_title(a.text)


#: a German infinitive with "zu" inside ("einzufrieren", "zurückzutreten"; also quote_indirect's)
_DE_ZU_INFIX = re.compile(r"[a-zäöüß]{2,}zu[a-zäöüß]{2,}(?:en|ern|eln)")


def _de_zu_clause_end(toks, e: int, hi: int) -> bool:
    """German (round 27): the words from token e to the next comma or the sentence end close an infinitive clause
    ("… eines Tages wieder besuchen zu wollen", "… einzufrieren"), at most twelve words, none quoted (round 54, dejleft:
    was eight, "sich unter der Telefonnummer 0551 491 2115 zu melden" after a relative clause was no content)."""
    x = next((x for x in range(e, min(hi, e + 13)) if not toks[x].is_word or toks[x].quoted), None)
    if x is None or x - e < 1 or toks[x].quoted or toks[x].text not in {",", ".", ";", "!"}:
        return False
    last = toks[x - 1]
    if last.text != last.low:
        return False
    return (x - 2 >= e and toks[x - 2].text == "zu" and last.low.endswith(("en", "ern", "eln"))) \
        or bool(_DE_ZU_INFIX.fullmatch(last.low))


#: (round 34 w2a) German forms of rejecting ("lehnte … ab", a speech act with its particle only)
_DE_REJECT_VERBS = frozenset({"lehnte", "lehnt", "lehnten", "abgelehnt"})
#: objects of a declined comment ("lehnte eine Stellungnahme ab": nothing was said)
_DE_COMMENT_NOUNS = ("stellungnahme", "kommentar", "interview", "interviewanfrage", "anfrage", "auskunft", "auskünfte",
                     "angaben")


def _de_no_spoken_rejection(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German: "lehnte … ab" at token i reports no speech act: a court's or judge's ruling ("Das Gericht lehnte den
    Antrag ab"), a declined comment ("lehnte eine Stellungnahme ab"), a refusal to act ("lehnte es ab, …"), or a
    passive ("wurde abgelehnt")."""
    toks = ctx.tokens
    words = _clause_words(ctx, i, lo, hi)
    if any(w.endswith(("gericht", "gerichts", "richter", "richterin", "kammer", "senat")) or w.endswith(_DE_COMMENT_NOUNS)
           for w in words):
        return True
    if i + 2 < hi and toks[i + 1].low == "es" and toks[i + 2].low == "ab" or _de_refused_infinitive(ctx, i, lo, hi):
        return True
    return any(w in ctx.lex.passive_auxiliaries or w in ("würde", "würden") for w in words)


def _de_refused_infinitive(ctx: QuoteContext, i: int, lo: int, hi: int) -> bool:
    """German (round 47, deacts): "lehnte … ab" at token i with no object, only adverbs, before a comma and an infinitive
    clause with "zu" is a refusal to act, as "lehnte es ab, …" (round 34): "Müller lehnte ab, den Vertrag zu
    unterschreiben", "lehnte kategorisch ab, …", "hat abgelehnt, sich zu äußern" (the infinitive was reported); not
    "lehnte den Vorschlag ab, die Steuern zu senken" (a proposal rejected)."""
    toks, lex = ctx.tokens, ctx.lex

    def adverb(t) -> bool:
        return t.is_word and not t.quoted and t.text == t.low and t.low not in lex.determiners

    if toks[i].low == "abgelehnt":
        a = i - 1
        while a > lo and adverb(toks[a]) and toks[a].low not in lex.auxiliaries:
            a -= 1
        if toks[a].low not in lex.auxiliaries or toks[a].quoted:
            return False
        end = i
    else:
        end = next((x for x in range(i + 1, hi) if not adverb(toks[x]) or toks[x].low == "ab"), hi)
        if end >= hi or toks[end].low != "ab":
            return False
    return end + 2 < hi and toks[end + 1].text == "," and not toks[end + 1].quoted and _de_zu_clause_end(toks, end + 2, hi)


#: German participles of informing, a report only in the active ("hatte die Länder darüber informiert, es gebe …")
_DE_INFORMED = frozenset({"informiert", "geschlussfolgert"})


#: German verbs whose object "nach" opens (round 23): "rang nach Worten", "fragt nach der Meinung von …"
_DE_NACH_VERBS = frozenset({"fragt", "fragte", "fragten", "fragen", "gefragt", "rang", "rangen", "ringt", "ringen",
                            "sucht", "suchte", "suchten", "suchen", "gesucht", "sehnt", "sehnte", "strebt", "strebte",
                            "greift", "griff", "giert", "lechzt", "verlangt", "verlangte", "ruft", "rief", "riefen"})


def _de_source_tail(ctx: QuoteContext, last: int, hi: int) -> int:
    """German (round 27): the end of a source phrase opening the sentence ("Nach Angaben der Polizei …") over what
    still belongs to its owner before the finite verb: a place ("in Zagreb"), a von-phrase ("des Komitees vom Roten
    Kreuz"), a paper's name in quotation marks ("des Nachrichtenmagazins „Spiegel“") or a second genitive with an
    adjective ("der Meldestelle des internationalen Maritim-Büros"); `last` when nothing follows or no verb does."""
    toks, lex = ctx.tokens, ctx.lex
    e = last
    n = e + 1
    if n + 1 < hi and (p := de_place_end(toks, n, hi, ("in", "im", "aus", "bei", "vom", "von"))) is not None:
        e = p
    elif n + 2 < hi and toks[n].quoted and not toks[n].is_word and toks[n + 1].quoted and toks[n + 1].is_word \
            and toks[n + 1].is_cap:
        e = quoted_run_end(toks, n, hi) - 1
    elif n + 3 < hi and toks[n].text == "aus" and toks[n + 1].text in ("dem", "der", "den") and toks[last].is_cap \
            and toks[last].low in ("angaben", "informationen", "kreisen") \
            and (np := np_forward(toks, n + 1, hi, lex, depth=1)) is not None and np.end > n + 1:
        e = np.end  # (round 35, w2) the owner after "aus" with its article: "Nach Angaben aus dem Innenministerium wurden …"
        # (the owner was part of the content)
    elif n + 2 < hi and toks[n].text in ("des", "der") and toks[n + 1].text == toks[n + 1].low and toks[n + 1].is_word \
            and toks[n + 1].low.endswith(("en", "er")) and toks[n + 2].is_cap and toks[n + 2].is_word and not toks[n + 2].quoted:
        e = n + 2
    if e == last or e + 1 >= hi:
        return last
    v = toks[e + 1]
    if v.is_word and not v.quoted and v.text == v.low and v.low not in lex.prepositions and v.low not in lex.determiners \
            and v.low not in lex.pronouns and v.low not in lex.coordinators:
        return e  # the finite verb follows: "Nach Angaben der Polizei in Zagreb wurde …"
    return last


#: (round 38, depolls) German heads (a compound's end) of a poll's commissioning medium after "für" besides `press_names`
#: and `press_endings`: "für den Fernsehsender Welt", "für das Nachrichtenmagazin „Focus“", "für die Funke-Mediengruppe"
_DE_MEDIUM_ENDINGS = ("sender", "magazin", "agentur", "mediengruppe", "tagesthemen", "portal")
#: (round 38, depolls) heads that may take a name of several capitalised words after them ("des Instituts für Demoskopie
#: Allensbach", "der Forschungsgruppe Wahlen", "des Meinungsforschungsinstituts Infratest Dimap")
_DE_POLL_OWNER_HEADS = ("institut", "instituts", "institutes", "gruppe", "sender", "senders", "zeitung", "magazin",
                        "magazins", "verband", "verbands", "verbandes", "agentur", "unternehmen", "unternehmens")


def _de_poll_medium(ctx: QuoteContext, k: int) -> bool:
    """German (round 38, depolls): token k heads a medium or a broadcaster ("Bild", "ZDF", "RTL/ntv-Trendbarometer",
    "Fernsehsender", "BILD-Zeitung", "dpa"), not a party ("SPD") or a thing ("Tempolimit")."""
    t, lex = ctx.tokens[k], ctx.lex
    w = t.low
    if w in lex.press_names or w in DE_AGENCIES or w.endswith(lex.press_endings) or w.endswith(_DE_MEDIUM_ENDINGS) \
            or w.endswith(DE_AGENCY_NOUNS) or (lex.poll_nouns and w.endswith(lex.poll_nouns)):
        return True
    head = t.text.split("-")[0].split("/")[0]
    return 2 <= len(head) <= 5 and head.isalpha() and head.isupper() and head not in DE_PARTIES


def _de_institute_end(ctx: QuoteContext, e: int, hi: int) -> int:
    """German (round 39, depolls3): the end of an institute's name whose head or first name ends at token e: "des
    Instituts für Demoskopie Allensbach", "des Meinungsforschungsinstituts infratest dimap", "Infratest dimap" (the
    content of "laut" began at "für" or "dimap"); e when nothing follows."""
    toks, lex = ctx.tokens, ctx.lex
    if e + 2 < hi and toks[e].low.endswith(("institut", "instituts", "institutes")) and toks[e + 1].text == "für" \
            and toks[e + 2].is_cap and toks[e + 2].is_word and not toks[e + 2].quoted \
            and toks[e + 2].low not in lex.determiners and toks[e + 2].text not in DE_PARTIES:
        # (round 39, depolls3) an institute's name with "für": "des Instituts für Demoskopie Allensbach" (the content
        # began at "für")
        e += 2
        if e + 1 < hi and toks[e + 1].is_cap and toks[e + 1].is_word and not toks[e + 1].quoted \
                and toks[e + 1].low not in lex.determiners and not (lex.poll_nouns and toks[e + 1].low.endswith(lex.poll_nouns)):
            e += 1
    while e + 1 < hi and toks[e + 1].low in lex.poll_institutes and not toks[e + 1].quoted and toks[e + 1].is_word:
        e += 1  # (round 39, depolls3) an institute's name in lower case after its head or name: "Infratest dimap"
    return e


def _de_poll_np_end(ctx: QuoteContext, k: int, hi: int, *, medium: bool = False) -> int | None:
    """German (round 38, depolls): the last token of the noun phrase from token k naming a poll's institute, client or
    medium: "die „Bild am Sonntag“", "des Meinungsforschungsinstituts YouGov", "der Deutschen Presse-Agentur", "den
    Fernsehsender Welt", "TNS Emnid", "der „Bild“-Zeitung"; with `medium` only a medium (`_de_poll_medium`); else None."""
    toks, lex = ctx.tokens, ctx.lex
    n = k
    if n < hi and toks[n].text == toks[n].low and toks[n].low in lex.determiners and not toks[n].quoted:
        n += 1
    a = n
    while n < hi and n < a + 3 and toks[n].is_word and not toks[n].quoted and toks[n].text == toks[n].low \
            and toks[n].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[n].low not in lex.determiners \
            and toks[n].low not in lex.prepositions:
        n += 1  # adjectives: "des renommierten Instituts"
    if n >= hi:
        return None
    t = toks[n]
    if t.quoted and not t.is_word:  # a quoted name: "für die „Bild am Sonntag“", "für „Bild“"
        e = quoted_run_end(toks, n, hi) - 1
        words = [x for x in toks[n + 1 : e] if x.is_word]
        if e <= n + 1 or toks[e].is_word or not 1 <= len(words) <= 6 or not words[0].is_cap:
            return None
        return quoted_compound_end(toks, e, hi)
    if t.quoted or not t.is_word or t.low in lex.determiners:
        return None
    if not t.is_cap and t.low in lex.poll_institutes:
        while n + 1 < hi and toks[n + 1].low in lex.poll_institutes and not toks[n + 1].quoted:
            n += 1  # (round 39, depolls3) an institute in lower case: "von infratest dimap"
        return n
    if not t.is_cap:
        return n if t.low in DE_AGENCIES or t.low in lex.press_names else None  # "im Auftrag der dpa", "von RTL und ntv"
    if medium and not _de_poll_medium(ctx, n):
        return None
    e = n
    extra = 3 if t.low.endswith(_DE_POLL_OWNER_HEADS) or toks[e].text.isupper() or (
        n > a and toks[n - 1].text == toks[n - 1].low) else 1  # (adjectives of a proper name: "der Frankfurter Allgemeinen")
    while e + 1 < hi and (e < n + extra or (e == n + extra and toks[e].low.endswith(_DE_POLL_OWNER_HEADS))) \
            and toks[e + 1].is_word and not toks[e + 1].quoted and toks[e + 1].is_cap \
            and toks[e + 1].low not in lex.determiners and toks[e + 1].text not in DE_PARTIES \
            and not (lex.poll_nouns and toks[e + 1].low.endswith(lex.poll_nouns)):
        e += 1  # (round 38, depolls2) one name more after a head: "des Hamburger Magazins Stern"
    e = _de_institute_end(ctx, e, hi)
    if e + 1 < hi and toks[e].low.endswith(_DE_MEDIUM_ENDINGS + ("magazins", "senders")) and not toks[e + 1].quoted \
            and toks[e + 1].text == toks[e + 1].low and toks[e + 1].low in lex.press_names:
        e += 1  # (round 38, depolls2) a medium's lower-case name after its head: "für das Magazin stern"
    if e + 1 < hi and toks[e + 1].low in DE_AGENCIES and not toks[e + 1].quoted and toks[e].low.endswith(DE_AGENCY_NOUNS):
        e += 1  # "der Nachrichtenagentur dpa"
    if e + 2 < hi and toks[e + 1].quoted and not toks[e + 1].is_word and toks[e + 2].quoted and toks[e + 2].is_word:
        q = quoted_run_end(toks, e + 1, hi) - 1
        if q - e <= 9 and not toks[q].is_word:
            e = quoted_compound_end(toks, q, hi)  # a title after its medium: "des SWR-Bürgertalks „mal ehrlich …“"
    return e


def de_poll_tail(ctx: QuoteContext, e: int, hi: int, *, owned: bool = False) -> tuple[int, int]:
    """German (round 38, depolls): the end of a poll's source phrase ending at token e over the institute, the client,
    the medium and the date after it: "einer Emnid-Umfrage für die „Bild am Sonntag“", "einer Umfrage von YouGov im
    Auftrag der dpa", "des INSA-Meinungstrends in Zusammenarbeit mit YouGov für die BILD-Zeitung", "einer YouGov-Umfrage
    von Anfang August"; e when nothing follows. "für" takes only a medium ("laut einer Umfrage für ein Tempolimit").
    Returns the last token of the owner (the poll and its institute: "einer Umfrage von YouGov") and of the phrase."""
    toks, lex = ctx.tokens, ctx.lex
    if owned and (toks[e].is_cap or toks[e].low in lex.poll_institutes):
        e = _de_institute_end(ctx, e, hi)  # (round 39, depolls3) "laut einer Umfrage des Instituts für Demoskopie Allensbach"
    owner = e
    for _ in range(6):
        n = e + 1
        if n + 1 >= hi or toks[n].quoted:
            break
        w = toks[n].low
        r = None
        if w == "-" and toks[n].start == toks[e].end and toks[n + 1].quoted and not toks[n + 1].is_word:
            q = quoted_run_end(toks, n + 1, hi) - 1  # "dem ARD-„Deutschlandtrend“"
            r = q if q > n + 2 and q - n <= 6 and not toks[q].is_word and toks[n + 2].is_cap else None
        elif w == "(":
            r = next((x for x in range(n + 1, min(hi, n + 5)) if toks[x].text == ")"), None)  # "(Mittwochausgabe)"
            r = r if r is not None and toks[n + 1].is_cap and r > n + 1 else None
        elif toks[n].text != w:
            break
        elif w == "für":
            r = _de_poll_np_end(ctx, n + 1, hi, medium=True)
        elif w == "im" and toks[n + 1].low == "auftrag" and n + 2 < hi:
            k = n + 2 + (toks[n + 2].low in ("von", "vom") and toks[n + 2].text == toks[n + 2].low)
            r = _de_poll_np_end(ctx, k, hi) if toks[n + 2].low in ("von", "vom", "der", "des") else None
            owned = True
        elif w == "in" and toks[n + 1].low == "zusammenarbeit" and n + 3 < hi and toks[n + 2].low == "mit":
            r = _de_poll_np_end(ctx, n + 3, hi)
        elif w in ("von", "vom") and toks[n + 1].is_word and not toks[n + 1].quoted:
            nx = toks[n + 1]
            if w == "von" and nx.low in ("anfang", "mitte", "ende") and n + 2 < hi and toks[n + 2].low in lex.month_names:
                r = n + 2  # the time of the poll: "von Anfang August"
            elif w == "vom" and (nx.low in lex.time_words or nx.low in lex.month_names):
                r = n + 1  # "vom Mittwoch"
            elif not nx.text[:1].isdigit():
                r = _de_poll_np_end(ctx, n + 1, hi) if w == "von" or nx.is_cap else None
                owned = owned or r is not None
        elif w == "unter" and toks[n + 1].is_word:
            k = n + 1  # the people asked: "unter Landwirten", "unter 1.200 Wahlberechtigten"
            while k < hi and k < n + 4 and (toks[k].text[:1].isdigit() or toks[k].text == ".") and not toks[k].quoted:
                k += 1
            r = _de_poll_np_end(ctx, k, hi) if k < hi and toks[k].is_cap and not toks[k].quoted else None
        elif w in ("des", "der") and not owned and owner == e and lex.poll_nouns and toks[e].low.endswith(lex.poll_nouns):
            r = _de_poll_np_end(ctx, n, hi)
            owned = r is not None
        elif w in ("und", "sowie") and owned and toks[n + 1].low in ("der", "des", "dem", "von"):
            r = _de_poll_np_end(ctx, n + 1 + (toks[n + 1].low == "von"), hi)  # "von TNS Emnid und der PR-Agentur X"
        elif w in ("und", "sowie") and _de_poll_medium(ctx, e) and toks[n + 1].is_word:
            r = _de_poll_np_end(ctx, n + 1, hi, medium=True)  # "im Auftrag von RTL und ntv"
        if r is None or r <= e:
            break
        if w in ("von", "des", "der", "und", "sowie", "-") and owner == e:
            owner = r
        e = r
    return owner, e


def _de_circle_end(ctx: QuoteContext, k: int, hi: int) -> int | None:
    """(round 36, v1) The end of an owner from token k on (after "nach Angaben aus"), when its head is a circle or a
    speaking body ("Diplomatenkreisen", "diplomatischen Kreisen", "dem Umfeld des Präsidenten", "dem Ministerium");
    None for anything else ("aus dem Jahr 2005"); (round 41, deworld) a bare state or capital (`country_names`) too:
    "aus Kiew", "aus Berlin"."""
    toks, lex = ctx.tokens, ctx.lex
    if k < hi and toks[k].is_cap and toks[k].is_word and not toks[k].quoted and toks[k].low in lex.country_names \
            and not (k + 1 < hi and (toks[k + 1].quoted or (toks[k + 1].is_cap and toks[k + 1].is_word))):
        return k  # (round 41, deworld) a capital or a state speaks for its government: "Die Armee will nach Angaben
        # aus Kiew die Stadt halten" (the speaker was "Angaben", the content began at "aus Kiew")
    np = np_forward(toks, k, hi, lex, depth=1)
    if np is None:  # a bare adjective and its noun: "aus diplomatischen Kreisen"
        h = k
        while h < hi and h < k + 3 and toks[h].is_word and not toks[h].quoted and toks[h].text == toks[h].low \
                and toks[h].low.endswith(DE_ADJECTIVE_ENDINGS):
            h += 1
        np = Mention(k, h, "description") if h < hi and toks[h].is_cap and toks[h].is_word and not toks[h].quoted else None
    if np is None or not toks[np.last].is_cap or toks[np.last].quoted:
        return None
    w = toks[np.last].low
    return np.end if w.endswith(lex.circle_heads) or w.endswith(lex.speaking_bodies) else None


#: German words after "so" that make it a degree word, not a source ("so etwas", "so viele", "so weit")
_DE_SO_DEGREE = frozenset({"etwas", "viel", "viele", "vielen", "wenig", "wenige", "weit", "lange", "oft", "sehr", "schnell",
                           "genannte", "genannten", "gut", "groß", "hoch", "stark", "schlimm", "wichtig", "einfach",
                           # (round 37, h2) the conjunction "so dass": a clause of consequence, no source ("…, so dass
                           # manche Infektionen nicht mehr behandelbar sein könnten, warnt ein Forscherteam" reported nothing)
                           "dass", "daß"})

#: (round 44, deleftovers) the degree words of `_DE_SO_DEGREE` that make "wie" a question's phrase: "fragte, wie viel er
#: rauche", "wie lange sie bleibe" (the content lost "wie")
DE_WIE_DEGREE = _DE_SO_DEGREE - {"etwas", "genannte", "genannten", "dass", "daß"}


def _de_viewed(ctx: QuoteContext, j: int, hi: int) -> bool:
    """German (round 37, h4): the noun at j ("Ansicht") has a genitive of a thing one looks at (a word ending in one of
    `viewed_objects`, after an article and adjectives): "nach Ansicht der Videobilder", "nach Ansicht der TV-Bilder"."""
    toks, lex = ctx.tokens, ctx.lex
    for k in range(j + 1, min(hi, j + 5)):
        t = toks[k]
        if t.quoted or not t.is_word:
            return False
        if t.is_cap and k > j + 1:
            return t.low.endswith(lex.viewed_objects)
        if t.text != t.low:
            return False
    return False


#: German possessives of the addressed person ("Ihrer Meinung nach", "nach deiner Ansicht")
_DE_ADDRESSEE_POSSESSIVES = frozenset({"Ihrer", "Ihrem", "Ihres", "Ihren", "deiner", "deinem", "eurer", "eurem"})


def _de_asked_view(ctx: QuoteContext, owner: int, lo: int, hi: int) -> bool:
    """(round 39) The source at `owner` is the addressee's own view inside a question: "Welche Vorschläge sind Ihrer
    Meinung nach verfassungswidrig?", "Was ist nach Ihrer Ansicht der Grund?" ask for a view and report none (gave two
    fragments spoken by "Ihrer Meinung"). "Ihrer" opening the sentence may be "her/their" and does not count."""
    toks = ctx.tokens
    t = toks[owner]
    if t.quoted or t.text not in _DE_ADDRESSEE_POSSESSIVES or (t.text[0].isupper() and owner == lo):
        return False
    end = next((x for x in range(owner + 1, len(toks)) if toks[x].text in {".", "!", "?"} and not toks[x].quoted
                and not (x + 1 < len(toks) and toks[x + 1].is_word and toks[x + 1].text == toks[x + 1].low)),
               None)  # (a stop before a lower-case word closes an abbreviation: "bzw. lehnen Sie ab?")
    return end is not None and toks[end].text == "?"


def de_copula_predicate_end(ctx: QuoteContext, i: int, j: int, last: int, lo: int, hi: int) -> int:
    """German (round 45, dejustiz): the end of a mid-sentence source toks[j:last+1] whose cue at i follows a copula,
    without the copula's predicate noun closing the sentence: "Haftgrund ist nach Angaben eines Gerichtssprechers
    Fluchtgefahr.", "Tatmotiv war laut Anklage Habgier." (the speaker was "Fluchtgefahr", "Anklage Habgier"). Only a
    lone capitalised word right after the source's own capitalised head; a first name, a surname seen before, an acronym
    and a name after its title stay ("laut Richterin Weber", "laut Angaben des Richters Weber")."""
    toks, lex = ctx.tokens, ctx.lex
    if i - 2 < lo or last - 1 < j or toks[i - 1].low not in DE_COPULA or toks[i - 1].text != toks[i - 1].low \
            or not (last + 1 >= hi or toks[last + 1].text in (".", "!", "?")):
        return last
    t, h = toks[last], toks[last - 1]
    if not (t.is_cap and t.is_word and not t.quoted and h.is_cap and h.is_word and not h.quoted) or t.text.isupper() \
            or lex.is_first_name(t.low) or lex.is_first_name(h.low) \
            or (lex.is_title(h.text) and toks[last - 2].low not in ("eines", "einer")) \
            or any(p < j and n.rsplit(" ", 1)[-1] == t.text for p, n in ctx.ents.names):
        return last
    return last - 1


def _noun_source(ctx: QuoteContext, i: int, lo: int, hi: int) -> Cue | None:
    """German "nach Angaben der Polizei" / "nach Polizeiangaben" / "seiner Meinung nach": the
    cue is the preposition, the speaker mention the whole source phrase (as the gold marks it)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang == "de" and ((i + 1 < hi and _de_asked_view(ctx, i + 1, lo, hi))
                             or (i - 2 >= lo and _de_asked_view(ctx, i - 2, lo, hi))):
        return None
    # preposed: nach + up to four words (articles, adjectives, a genitive name) + the source noun
    j = i + 1
    b = i - 1
    while b >= lo and not toks[b].quoted and toks[b].text not in {",", ";", ":"} \
            and not (toks[b].text == toks[b].low and toks[b].low in _DE_NACH_VERBS):
        b -= 1
    if b >= lo and not toks[b].quoted and toks[b].text == toks[b].low and toks[b].low in _DE_NACH_VERBS:
        j = hi  # (round 23) the object of a verb with "nach" in its clause: "Er rang nach den richtigen Worten", "fragt
        # die Frau in einer Gruppe nach der Meinung von …" (no source)
    if lex.lang == "de" and j + 4 < hi and toks[j].quoted and not toks[j].is_word and toks[j + 1].is_cap:
        e = quoted_run_end(toks, j + 1, hi) - 1  # the closing mark of a paper's name in quotation marks
        c = quoted_compound_end(toks, e, hi) if e - j <= 5 else e
        if c > e and toks[c].low in DE_SOURCE_COMPOUND_HEADS and all(t.is_word for t in toks[j + 1 : e]):
            # (round 39, demedia) the name opens the source noun's compound: "Nach „Spiegel“-Informationen will …",
            # as after "laut" (reported nothing)
            return Cue(i, i, "source_noun", Mention(i + 1, c, "source"), " ".join(t.text for t in toks[j + 1 : e]))
    # (a genitive apostrophe after a name: "nach Geywitz' Worten")
    while j < hi and j <= i + 5 and (toks[j].is_word or (toks[j].text in ("'", "’") and toks[j - 1].is_cap)) and not toks[j].quoted:
        if lex.is_source_noun(toks[j].text):
            if lex.lang == "de" and toks[j].low in lex.viewing_nouns and _de_viewed(ctx, j, hi):
                return None  # (round 37, h4) "nach Ansicht der Videobilder": viewing, no one's view
            last = _genitive_end(ctx, j, hi)
            if lex.lang == "de" and last > j:
                last = de_copula_predicate_end(ctx, i, j, last, lo, hi)
            if lex.lang == "de" and last > j + 2 and _de_owner_ends_before_subject(ctx, i, last, hi):
                last -= 1  # (round 53, de1left) the subject of a verb-final clause after the owner: "weil nach
                # Auffassung der Ermittler Fluchtgefahr besteht" (the speaker was "Ermittler Fluchtgefahr", the content
                # "besteht")
            if lex.lang == "de" and last == j and toks[i].low == "nach" and j + 2 < hi and toks[j + 1].text == "über" \
                    and not toks[j + 1].quoted:
                return None  # (round 41, deworld) after reports about something, no one's account: "China hat nach
                # Berichten über einen Ballon zur Ruhe aufgerufen", "Nach Meldungen über Plünderungen verhängte …"
            if lex.lang == "de" and last > j and any(t.text == t.low and (t.low in lex.own_words or t.low in lex.possessives)
                                                     for t in toks[i + 1 : j]):
                last = j  # (round 35, de5) an owned source takes no genitive: "ist der Nabu nach eigenen Angaben der
                # größte Umweltverband" (the source ran on to "Umweltverband")
            if last > j and last + 2 < hi and toks[last + 1].text == "(" and not toks[last + 1].quoted:
                close = next((x for x in range(last + 2, min(hi, last + 8)) if toks[x].text == ")"), None)
                if close is not None:
                    last = close  # an abbreviation after the genitive: "des UN-Flüchtlingshochkommissariats (UNHCR)"
            party = lex.lang == "de" and last + 3 < hi and toks[last + 1].text == "," and toks[last + 2].text in DE_PARTIES \
                and toks[last + 3].text == "," and toks[last].is_cap
            if party:  # (round 26) a party between commas: "Nach Angaben von Kultusminister Helmut Rau, CDU, war …"
                m = Mention(i + 1, last + 2, "source")
                return Cue(i, i, "source_noun", m, _source_name(ctx, j, last, Mention(i + 1, last, "source"), lo, hi))
            if lex.lang == "de" and de_report_day(toks, last, hi, lex):
                # (round 35, w1) the day of the report belongs to the source: "waren nach Angaben der Pressestelle vom
                # Montag auf der Suche" (the content was "vom Montag auf der Suche")
                m = Mention(i + 1, last + 2, "source")
                return Cue(i, i, "source_noun", m, _source_name(ctx, j, last, Mention(i + 1, last, "source"), lo, hi))
            tail = last
            if lex.lang == "de" and i == lo:
                tail = _de_source_tail(ctx, last, hi)
            if lex.lang == "de" and tail == last == j and toks[j].low in lex.circle_source_nouns and last + 2 < hi \
                    and toks[last + 1].text == "aus" and not toks[last + 1].quoted \
                    and (e := _de_circle_end(ctx, last + 2, hi)) is not None:
                tail = e  # (round 36, v1) the circle after "aus" inside the clause: "will nach Angaben aus
                # Diplomatenkreisen neue Sanktionen beschließen" (the circle opened the content)
            if lex.lang == "de" and lex.poll_nouns and toks[j].low.endswith(lex.poll_nouns) and tail < hi - 2:
                own, pe = de_poll_tail(ctx, tail, hi, owned=tail > j)
                if pe > tail:  # (round 38, depolls) the poll's institute, client and medium: "Nach einer Emnid-Umfrage
                    # für die „Bild am Sonntag“ legte die Union zu" (the content began at "für die")
                    m = Mention(i + 1, pe, "source")
                    # (round 39, depolls4) its institute when it names one, as after "laut" ("Nach einer Umfrage des
                    # Instituts Forsa" was "Instituts Forsa")
                    return Cue(i, i, "source_noun", m, de_poll_institute(ctx, Mention(i + 1, own, "source"))
                               or _source_name(ctx, j, own, Mention(i + 1, own, "source"), lo, hi))
            if tail > last:
                m = Mention(i + 1, tail, "source")
                name = _source_name(ctx, j, last, Mention(i + 1, last, "source"), lo, hi)
                return Cue(i, i, "source_noun", m, " ".join(
                    [name] + [t.text for t in toks[last + 1 : tail + 1] if t.is_word]) if name else name)
            appos = _de_source_apposition(ctx, last, hi) if lex.lang == "de" else None
            if appos is not None:
                # (round 26) a name in apposition to the owner: "Nach Ansicht des Vorsitzenden der FDP-Fraktion im
                # Landtag, Wolfgang Kubicki, mindert …" (the name was the content's first words)
                m = Mention(i + 1, appos.last, "source")
                return Cue(i, i, "source_noun", m, " ".join(t.text for t in toks[appos.first : appos.last + 1]))
            m = Mention(i + 1, last, "source")
            return Cue(i, i, "source_noun", m, (lex.lang == "de" and toks[j].low.endswith(lex.poll_nouns or ("\0",))
                                                and de_poll_institute(ctx, m)) or _source_name(ctx, j, last, m, lo, hi))
        if toks[j].is_cap and toks[j].low not in lex.determiners and j > i + 2:
            break
        if lex.lang == "de" and toks[j].is_cap and j > i + 1 and toks[j - 1].text == toks[j - 1].low \
                and toks[j - 1].low in lex.determiners:
            break  # (round 34) the head noun after its article is no source: "Kurz nach der Veröffentlichung der ersten
            # Hochrechnung trat …" (the source was "der Veröffentlichung der ersten Hochrechnung")
        if lex.lang == "de" and toks[j].is_cap and j == i + 1 and j + 2 < hi and not toks[j].quoted \
                and toks[j].low not in lex.determiners and (toks[j + 1].text in ("der", "des") or (
                    # (round 37, h2) a plural genitive without its article: "kommt nach Auswertung weltweiter Studien zu
                    # dem Ergebnis, dass …" (the source was "Auswertung weltweiter Studien", the content two fragments)
                    toks[j + 1].text == toks[j + 1].low and toks[j + 1].low.endswith("er") and toks[j + 1].is_word
                    and not toks[j + 1].quoted and toks[j + 2].is_cap and toks[j + 2].is_word)) \
                and toks[j].low.endswith(("gabe", "ung", "nahme", "ende", "schluss", "beginn", "ablauf", "sitzung")):
            break  # (round 34) a bare head noun of a time before its genitive is no source: "unmittelbar nach Bekanntgabe
            # der Prognosen forderte Bardella …" (the source was "Bekanntgabe der Prognosen")
        if toks[j].low in ("und", "oder", "sowie") and any(t.is_cap for t in toks[i + 1 : j]):
            break  # a second conjunct: "nach einem Gewinneinbruch und gesenkten Prognosen" (no source)
        j += 1
    # postposed: "seiner Meinung nach", "dem Vernehmen nach", "eigenen Angaben nach"; the noun phrase is a dative,
    # not an accusative whose complement "nach" opens ("den Wunsch nach mehr Anerkennung")
    k = i - 1
    if i + 1 < hi and toks[i + 1].low in lex.direction_adverbs and toks[i + 1].text == toks[i + 1].low:
        return None  # (round 36, v2) a direction, no postposed source: "müssen Ökonomen ihre Prognosen nach unten
        # revidieren" (gave the speaker "ihre Prognosen" and two fragments)
    if k > lo and not toks[k].quoted and lex.is_source_noun(toks[k].text):
        d = k - 1
        while d >= lo and d >= k - 3 and toks[d].is_word and not toks[d].is_cap and toks[d].low not in lex.determiners:
            d -= 1
        accusative = d >= lo and (toks[d].low in ("die", "das", "ein", "eine", "einen") or (
            toks[d].low == "den" and not toks[k].low.endswith("n")))
        if lex.lang == "de" and d - 1 >= lo and (toks[d - 1].text == toks[d - 1].low or d - 1 == lo) \
                and toks[d - 1].low in lex.prepositions:
            return None  # (round 34) the phrase is another preposition's: "die in den Umfragen nach AfD und CDU
            # drittstärkste Kraft ist" (no "den Umfragen nach"); (round 36, g1) also the sentence's first word: "Nach seiner
            # ersten Aussage nach der Festnahme hat sich der Mann nicht geäußert" (gave three overlapping reports)
        if lex.lang == "de" and d == k - 1 and toks[d].text == toks[d].low and (
                toks[d].low in ("des", "eines") or (toks[d].low == "der" and toks[k].low.endswith("en"))):
            return None  # (round 41, deregional) a genitive is no postposed source (a dative: "den Angaben nach", "der
            # Meinung nach"): "Im Zuge der Ermittlungen nach dem Einbruch ist …" (gave the speaker "der Ermittlungen")
        if d >= lo and (toks[d].low in lex.determiners or toks[d].low in ("dessen", "deren")) and not accusative:
            m = Mention(d, k, "source")
            return Cue(i, i, "source_noun", m, _source_name(ctx, k, k, m, lo, hi))
        if lex.lang == "de" and d == k - 1 and d >= lo and toks[d].is_cap and toks[d].is_word and not toks[d].quoted \
                and len(toks[d].low) > 3 and toks[d].low.endswith("s") and (d == lo or not toks[d - 1].is_word) \
                and toks[d].low not in lex.determiners and toks[d].low not in lex.stopwords:
            # (round 27) a name's genitive: "Merkels Ansicht nach hat Thunberg …" (reported nothing)
            return Cue(i, i, "source_noun", Mention(d, k, "source"), toks[d].text[:-1])
    return None


#: words opening a source noun's genitive or von-phrase ("Angaben der Polizei", "Angaben seines
#: Atombeauftragten Hassan Rohani", "Angaben dieses Sprechers"; round 47, dequellen: "Informationen dieser Zeitung")
_DE_GENITIVE_OPENERS = frozenset({"der", "des", "eines", "einer", "von", "vom", "seines", "seiner", "ihres", "ihrer",
                                  "unseres", "unserer", "dieses", "jenes", "dieser", "jener"})


def _de_source_apposition(ctx: QuoteContext, last: int, hi: int) -> Mention | None:
    """German: a person's name in apposition after a source phrase's owner ending at token `last`, maybe after a
    place ("des Vorsitzenden der FDP-Fraktion im Landtag, Wolfgang Kubicki,"), closed by a comma; else None."""
    toks, lex = ctx.tokens, ctx.lex
    title = lex.is_title(toks[last].text) or any(lex.is_title(t.text) for t in toks[max(0, last - 4) : last])
    p = last
    if p + 2 < hi and (q := de_place_end(toks, p + 1, hi, ("im", "in", "am", "bei", "beim"))) is not None:
        p = q
    n = de_appositive_name(toks, p, hi, lex, title=title)  # (without a title only a name with a known first name)
    if n is None or n.last + 1 >= hi or toks[n.last + 1].text != "," or n.last - n.first > 3:
        return None
    return n


#: (round 29) heads of German institutions named with a "für" phrase ("Bundesagentur für Arbeit", "Bundesamt für Justiz",
#: "Landesbetrieb für Hochwasserschutz", "Institut für Wirtschaftsforschung")
_DE_INSTITUTION_HEADS = ("agentur", "amt", "institut", "zentrum", "ministerium", "verband", "kommission", "rat",
                         "stelle", "behörde", "gesellschaft", "stiftung", "büro", "kammer", "anstalt", "betrieb", "bund",
                         "zentrale", "beauftragte", "beauftragten", "akademie", "gericht", "rats")


#: (round 42, depolice) finite forms of "gehen" whose "von … aus" is an assumption ("geht von einem Unfall aus")
_DE_GEHEN_FORMS = frozenset({"geht", "gehen", "ging", "gingen", "gehe"})


def _de_ausgehen_von(toks, j: int, k: int, hi: int) -> bool:
    """German (round 42, depolice): the "von" at k after the source noun at j belongs to "ausgehen": a form of "gehen"
    at most six tokens before the noun and a lower-case "aus" closing the clause after the von-phrase."""
    if not any(t.low in _DE_GEHEN_FORMS and t.text == t.low and not t.quoted for t in toks[max(0, j - 6) : j]):
        return False
    for x in range(k + 1, min(hi, k + 12)):
        t = toks[x]
        if t.quoted or (not t.is_word and t.text != "-"):
            return False
        if t.text == "aus":
            return x + 1 >= hi or (not toks[x + 1].is_word and not toks[x + 1].quoted)
    return False


def de_report_day(toks: list, last: int, hi: int, lex: Lexicon) -> bool:
    """German (round 35, w1): "vom" and a capitalised time word after a source's owner ending at `last` name the day of
    the report ("nach Angaben der Pressestelle vom Montag"), not the start of a span ("vom Montag an", "… bis")."""
    return last + 2 < hi and toks[last + 1].text == "vom" and toks[last + 2].is_cap and toks[last + 2].low in lex.time_words \
        and not toks[last + 1].quoted and not toks[last + 2].quoted and not (last + 3 < hi and toks[last + 3].low in ("an", "bis"))


def _de_owner_ends_before_subject(ctx: QuoteContext, i: int, last: int, hi: int) -> bool:
    """German (round 53, de1left): the last capitalised word of a source phrase's owner ("nach Angaben der Polizei
    Fluchtgefahr") is the subject of the verb-final clause the phrase opens: the phrase follows a subordinator ("weil",
    "dass", "da"), the owner's last two words are capitalised, the word before it is no first name nor a title ("von
    Minister Müller"; but "der Richter" is a plural), and only one to three lower-case words (the verbs) follow it up to
    the clause's end, no passive."""
    toks, lex = ctx.tokens, ctx.lex
    if i == 0 or toks[i - 1].quoted or toks[i - 1].text != toks[i - 1].low or not (
            toks[i - 1].low in lex.adverbial_subordinators or toks[i - 1].low in lex.complementizers):
        return False
    a, b = toks[last - 1], toks[last]
    if not (a.is_word and a.is_cap and b.is_word and b.is_cap) or a.quoted or b.quoted \
            or lex.is_first_name(a.low) or lex.is_first_name(b.low) or b.low.endswith(("s", "'")):
        return False
    if lex.is_title(a.text) and not (toks[last - 2].low == "der" and not a.low.endswith("in")):
        return False  # (a title before a surname; a masculine title after "der" is a genitive plural: "der Richter")
    e = last + 1
    while e < hi and toks[e].is_word and not toks[e].quoted and toks[e].text == toks[e].low and e - last <= 3:
        e += 1
    # (not an impersonal passive, whose owner may end in a place: "weil nach Angaben der Staatsanwaltschaft Krefeld
    # ermittelt wird")
    return e > last + 1 and e - last <= 4 and (e >= hi or toks[e].text in {",", ".", ";", "!", "?"}) \
        and not any(t.low in lex.passive_auxiliaries for t in toks[last + 1 : e]) and b.low not in lex.country_names


def _genitive_end(ctx: QuoteContext, j: int, hi: int) -> int:
    """Last token of a source noun's genitive or von-phrase: "Angaben der Staatsanwaltschaft Krefeld"."""
    toks = ctx.tokens
    k = j + 1
    if ctx.lex.lang == "de" and len(toks[j].low) > len("angaben") and toks[j].low.endswith("angaben"):
        return j  # (round 35, de6) a compound names its owner: "die nach Armee-Angaben der Hamas angehörten" (no
        # "Armee-Angaben der Hamas")
    if k + 1 < hi and toks[k].is_cap and toks[k].is_word and not toks[k].quoted and toks[k].text.endswith("s") \
            and toks[k].low not in ctx.lex.determiners and not (toks[k + 1].is_cap and toks[k + 1].is_word):
        return k  # a name's genitive without an article: "nach Darstellung Selenskyjs", "nach Angaben Moskaus"
    if ctx.lex.lang == "de" and k < hi and toks[k].text == "von" and _de_ausgehen_von(toks, j, k, hi):
        return j  # (round 42, depolice) the von-phrase of "ausgehen": "Die Polizei geht nach ersten Erkenntnissen von
        # einem technischen Defekt aus" (the source was "Erkenntnissen von einem technischen Defekt", speaker "Defekt")
    if ctx.lex.lang == "de" and (g := de_bare_genitive(toks, k, hi, ctx.lex)) is not None:
        return g  # a plural genitive without an article: "nach Angaben syrischer Aktivisten"
    if k < hi and (toks[k].low in _DE_GENITIVE_OPENERS and not toks[k].quoted):
        n = k + 1
        last = None
        if n < hi and toks[n].quoted and not toks[n].is_word:  # a quoted name: "Informationen des „Spiegel“"
            e = n + 1
            while e < hi and toks[e].quoted and toks[e].is_word:
                e += 1
            words = [t for t in toks[n + 1 : e] if t.is_word]
            if e < hi and toks[e].quoted and 1 <= len(words) <= 4 and words[0].is_cap and all(
                    t.is_cap or t.low in ("am", "an", "der", "die", "das", "von", "und") for t in words):
                end = quoted_compound_end(toks, e, hi)  # (also "Angaben der „Bild“-Zeitung")
                # (round 39, demedia) and a second paper after it: "Nach Informationen des „Handelsblatts“ und der
                # „Süddeutschen Zeitung“ soll …" (the content began at "und")
                return _de_coordinated_owner(ctx, end, hi) if ctx.lex.lang == "de" and end == e else end
        reach = k + 6
        if ctx.lex.lang == "de" and n < hi and toks[n].low in ("von", "vom") and not toks[n].quoted \
                and (pa := _de_participial_attribute_end(toks, n, hi, ctx.lex)) is not None:
            n, reach = pa + 1, pa + 6  # (round 45, dekrieg) an extended attribute before the owner: "nach Angaben der von
            # der Hamas kontrollierten Gesundheitsbehörde" (the speaker was "Angaben", the content began at "der von")
        while n < hi and n <= reach and (toks[n].is_word or (last == n - 1 and de_title_stop(toks, n, ctx.lex))) \
                and not toks[n].quoted:
            if not toks[n].is_word:
                n, reach = n + 1, reach + 1  # (round 35, de5) "nach Auffassung von Ministerpräsident Prof. Dr. Wolfgang
                continue  # Böhmer" (the phrase ended at "Prof")
            if ctx.lex.lang == "de" and n + 3 < hi and toks[n + 1].text == "-" \
                    and _de_elided_compound(toks, n + 1) and toks[n + 3].is_cap and toks[n + 3].is_word \
                    and not toks[n + 3].quoted and toks[n].is_cap:
                # (round 52, auditde2) an elided compound inside the owner's name: "Nach Angaben des Deutschen Zentrums
                # für Luft- und Raumfahrt werden …", "des Bundesamts für Bau- und Raumordnung" (the phrase ended at the
                # hyphen, and the content began at "und Raumfahrt")
                last, n, reach = n + 3, n + 4, reach + 3
                continue
            if ctx.lex.lang == "de" and last is not None and toks[n].is_cap and toks[n].low in ctx.lex.object_nouns:
                break  # (round 35, w1) the clause's noun after the owner: "hat es nach Angaben eines Sprechers
                # Festnahmen gegeben" (the source ran on to "Festnahmen")
            if toks[n].is_cap:
                last = n
            elif last is None and (toks[n].low in DE_AGENCIES or (
                    # a short name in lower case: "nach Ansicht von ai" (amnesty international)
                    len(toks[n].text) <= 3 and toks[n].text.isalpha() and toks[n].low not in ctx.lex.stopwords
                    and toks[n].low not in ctx.lex.prepositions and toks[n].low not in ctx.lex.determiners)):
                last = n  # (round 26) an agency's name in lower case: "Nach Informationen der dpa will GM …" (the
                # phrase ran on to "GM")
                break
            elif last is None and not toks[n].low.endswith(DE_ADJECTIVE_ENDINGS):
                break
            elif last is not None and toks[n].low == "für" and n + 1 < hi and toks[n + 1].is_cap and toks[n + 1].is_word \
                    and not toks[n + 1].quoted and any(
                        w.endswith(_DE_INSTITUTION_HEADS) for w in (toks[last].low, toks[last].low[:-1], toks[last].low[:-2])):
                pass  # (round 29) an institution's "für" phrase: "nach Angaben der Bundesagentur für Arbeit", "des
                # Bundesamtes für Justiz" (the phrase was cut at "für")
            elif last is not None and toks[n].low not in ("und", "von", "der", "des"):
                break
            n += 1
        if last is not None and last + 2 < hi and toks[last].low in ctx.lex.sunday_papers and toks[last + 1].text == "am" \
                and toks[last + 2].text == "Sonntag" and not toks[last + 1].quoted:
            last += 2  # (round 39, demedia) a paper's Sunday edition: "nach Informationen der Welt am Sonntag" (the
            # content began at "am Sonntag")
        if last is not None and ctx.lex.lang == "de":
            last = _de_coordinated_owner(ctx, last, hi)
        if last is not None:
            if last + 1 < hi and toks[last].low.endswith(DE_AGENCY_NOUNS) and toks[last + 1].low in DE_AGENCIES \
                    and toks[last + 1].is_word and not toks[last + 1].quoted:
                last += 1  # an agency's name in lower case: "nach Angaben der Nachrichtenagentur dpa"
            if last + 2 < hi and ctx.lex.is_term_marker(toks[last].text) and toks[last + 1].quoted and not toks[last + 1].is_word:
                e = last + 2  # a quoted name after its marker: "nach Angaben der Initiative „Tesla den Hahn abdrehen“"
                while e < hi and e <= last + 8 and toks[e].quoted and toks[e].is_word:
                    e += 1
                if e < hi and e > last + 2 and toks[e].quoted and not toks[e].is_word:
                    return e
            return last
    return j


def _de_participial_attribute_end(toks: list, n: int, hi: int, lex) -> int | None:
    """German (round 45, dekrieg): the participle closing an extended attribute that opens at the "von"/"vom" at token n
    after an owner's article ("der von der Hamas kontrollierten Gesundheitsbehörde", "des vom Iran unterstützten
    Senders", "der von Russland eingesetzten Behörden"): the agent's article, adjectives and names, then a lower-case
    word in -ten/-nen right before a capitalised noun; None when there is none."""
    for x in range(n + 1, min(hi - 1, n + 7)):
        t = toks[x]
        if t.quoted or not t.is_word:
            return None
        if t.text == t.low and t.low.endswith(("ten", "nen")) and len(t.low) > 6 and t.low not in lex.stopwords:
            nx = toks[x + 1]
            return x if x > n + 1 and nx.is_cap and nx.is_word and not nx.quoted else None
        if not (t.is_cap or t.low in lex.determiners or t.low == "und"
                or (t.text == t.low and t.low.endswith(("en", "er", "em")))):
            return None
    return None


def _de_coordinated_owner(ctx: QuoteContext, last: int, hi: int) -> int:
    """German (round 35, de6): a second owner coordinated after a source noun's genitive ending at token `last`: "nach
    Angaben des Gesundheitsministeriums und der Nachrichtenagentur Wafa", "nach Ansicht des ehemaligen Ratspräsidenten
    und polnischen Oppositionsführers Donald Tusk" (the content began at "und"); `last` when none follows."""
    toks, lex = ctx.tokens, ctx.lex
    while last + 2 < hi and toks[last + 1].text == "&" and not toks[last + 1].quoted and toks[last].is_cap \
            and toks[last].is_word and toks[last + 2].is_cap and toks[last + 2].is_word and not toks[last + 2].quoted:
        last += 2  # (round 52, auditde3) a firm's name joined by "&": "Nach einem Gutachten des Ingenieurbüros Reuter &
        # Partner werden …" (the content began at "&")
    u = last + 1
    # (round 39, demedia) also after a paper's quoted name ("des „Handelsblatts“ und der „Süddeutschen Zeitung“")
    closing = toks[last].quoted and not toks[last].is_word and last > 0 and toks[last - 1].quoted and toks[last - 1].is_word
    if lex.lang == "de" and u + 3 < hi and toks[u].text == "," and not toks[u].quoted and (toks[last].is_cap or closing):
        # (round 39, demedia) a list of media or bodies before the last "und": "nach Recherchen von NDR, WDR und
        # „Süddeutscher Zeitung“" (reported nothing); each a name of one or two words or a name in quotation marks
        x = u
        while x + 1 < hi and toks[x].text == "," and not toks[x].quoted and x - u < 12:
            e = _de_list_name_end(ctx, x + 1, hi)
            if e is None:
                return last
            x = e + 1
        if x + 1 >= hi or x == u or toks[x].low not in ("und", "sowie") or toks[x].quoted:
            return last
        e = _de_list_name_end(ctx, x + 1, hi)
        return e if e is not None else last
    if u + 2 >= hi or toks[u].low not in ("und", "sowie") or toks[u].quoted or not (toks[last].is_cap or closing):
        return last
    n = u + 1
    if (e := _de_list_name_end(ctx, n, hi)) is not None and toks[e].quoted:
        return e  # (round 39, demedia) a paper's name in quotation marks after a name: "von NDR und „Zeit“"
    if (toks[n].low in GENITIVE_ARTICLES or toks[n].low in ("von", "vom")) and not toks[n].quoted:
        # (round 39, demedia) also a second "von": "nach Erkenntnissen von NDR und von „Zeit“" (the content began at "und")
        g = _genitive_end(ctx, u, hi)
        return g if g > n and ((toks[g].is_cap and toks[g].is_word) or (
            toks[g].quoted and not toks[g].is_word and toks[g - 1].quoted and toks[g - 1].is_word)) else last
    a = n
    while a < hi and a < n + 2 and toks[a].is_word and not toks[a].quoted and toks[a].text == toks[a].low \
            and toks[a].low.endswith(("en", "er")) and toks[a].low not in lex.determiners and toks[a].low not in lex.stopwords \
            and toks[a].low not in lex.prepositions:
        a += 1
    if a == n or a >= hi or not (toks[a].is_cap and toks[a].is_word and not toks[a].quoted and toks[a].text.endswith(("s", "n"))):
        return last  # an adjective and a noun in the genitive: "und polnischen Oppositionsführers"
    e = a
    while e + 1 < hi and e < a + 3 and toks[e + 1].is_cap and toks[e + 1].is_word and not toks[e + 1].quoted \
            and toks[e + 1].low not in lex.determiners:
        e += 1  # the name after the title: "Donald Tusk"
    return e


def _de_list_name_end(ctx: QuoteContext, n: int, hi: int) -> int | None:
    """German (round 39, demedia): the last token of a name in a list of owners from token n: one or two capitalised
    words ("WDR", "Bayerischer Rundfunk") or a name of one to four words in quotation marks ("„Süddeutscher Zeitung“",
    its closing mark); None when there is none."""
    toks, lex = ctx.tokens, ctx.lex
    if n + 1 < hi and toks[n].quoted and not toks[n].is_word and toks[n + 1].is_cap and toks[n + 1].is_word:
        e = n + 1
        while e < hi and e - n <= 4 and toks[e].quoted and toks[e].is_word:
            e += 1
        return e if e < hi and toks[e].quoted and not toks[e].is_word else None
    if n < hi and toks[n].is_cap and toks[n].is_word and not toks[n].quoted and toks[n].low not in lex.determiners \
            and toks[n].low not in lex.stopwords:
        if n + 1 < hi and toks[n + 1].is_cap and toks[n + 1].is_word and not toks[n + 1].quoted \
                and toks[n].low.endswith(("er", "e")):
            return n + 1  # an adjective and its noun: "Bayerischer Rundfunk", "Süddeutsche Zeitung"
        return n
    return None


#: (round 35, de6) articles of a masculine or neuter genitive: the owner's noun carries a genitive -s / -es
_DE_MASC_GENITIVE_ARTICLES = frozenset({"des", "eines", "seines", "ihres", "dieses", "unseres"})


def _de_acronym(word: str) -> bool:
    """(round 53, auditde4) A body's short name in capitals of two to six letters: "ADV", "HDE", "TRT"."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _de_genitive_stem(word: str) -> str:
    """German (round 35, de6): the nominative of an institution's genitive in -s / -es after "des": "Innenministeriums"
    -> "Innenministerium", "Robert Koch-Instituts" -> "…-Institut", "Militärgeheimdienstes" -> "Militärgeheimdienst",
    "Radios" -> "Radio"; the word itself when it ends otherwise or is too short ("Komitees" -> "Komitee")."""
    if not word[:1].isupper() or len(word) < 5 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")) \
            or not word[-2].isalpha() or word[-2].isupper():
        return word
    if word.endswith("es") and not word.endswith(("ees", "ies")) and word[-3] in "bdfgkmnprstzß":
        return word[:-2]  # "Bundesamtes", "Verbandes", "Geheimdienstes", "Kongresses"
    return word[:-1]  # "Ministeriums", "Instituts", "Senders", "Unternehmens"


#: (round 50, dearticles3) German plural finite verbs that make a "sie" beside "nach eigenen Angaben" plural
_DE_PLURAL_FINITE = frozenset({"sind", "seien", "waren", "wären", "haben", "hatten", "hätten", "wollen", "wollten",
                               "können", "konnten", "könnten", "müssen", "mussten", "müssten", "werden", "wurden",
                               "würden", "sollen", "sollten", "dürfen", "durften", "dürften"})
#: (round 50, dearticles3) German object and possessive pronouns of a man or of a woman ("Für ihn ist es nach eigenen
#: Worten die letzte Rolle", "Es ist nach eigenen Angaben ihr erster Sieg")
_DE_HIS = ("ihn", "ihm", "sein", "seine", "seinen", "seinem", "seiner", "seines")
_DE_HER = ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres")


def _de_own_source_holder(ctx: QuoteContext, m: Mention, lo: int, hi: int, subj: Mention | None) -> str | None:
    """German (round 50, dearticles3): whose "eigenen Angaben"/"eigenen Worten" a clause reports when its subject is
    no name and no "er"/"ich": a "sie" is the woman or the group it stands for; "es", "das" or no subject, the person
    an object or possessive pronoun of the clause stands for ("Für ihn ist es nach eigenen Worten die letzte große
    Rolle"), the person named last before it of that gender; else no one. Never the phrase itself (the speaker was
    "eigenen Worten")."""
    toks, lex = ctx.tokens, ctx.lex
    recent = ctx.last.name if ctx.last else None
    if subj is not None and toks[subj.first].low == "sie":
        plural = any(t.low in _DE_PLURAL_FINITE and not t.quoted for t in toks[lo:hi])
        name = canonical(subj, toks, ctx.ents, lex, continuing=recent, gender_hint="p" if plural else "f")
        if not name or name.lower() == "sie":
            name = None
            si = ctx.sent_of_lo.get(lo, 0)
            if plural and si > 0 and (prev := clause_subject(toks, *ctx.sent_toks[si - 1], lex)) is not None \
                    and prev.kind != "pronoun":
                name = canonical(prev, toks, ctx.ents, lex, continuing=None)  # the group opening the sentence before:
                # "Die Eltern klagen. Sie sind nach eigenen Angaben verzweifelt"
        return name
    if subj is not None and toks[subj.first].low not in ("es", "das", "dies"):
        return None
    want = None
    for t in toks[lo:hi]:
        if t.quoted or t.text != t.low:
            if t.low in _DE_HIS + _DE_HER and not t.quoted and t.is_word:
                pass  # (a capitalised one opening the sentence: "Für ihn" / "Ihr Sieg")
            else:
                continue
        if t.low in _DE_HIS:
            want = "m"
            break
        if t.low in _DE_HER:
            want = "f"
            break
    if want is None:
        return None
    si = ctx.sent_of_lo.get(lo, 0)
    start = ctx.sent_toks[si - 1][0] if si > 0 else lo
    for pos, n in reversed(ctx.ents.names):
        if start <= pos < m.first and " " in n and person_name(n, lex, ctx.ents) \
                and lex.name_gender(n, ctx.ents.titles.get(n, set())) in (None, want):
            return n
    return None


def _source_name(ctx: QuoteContext, noun: int, last: int, m: Mention, lo: int, hi: int) -> str | None:
    """The canonical source of a noun source phrase: its genitive owner ("der Polizei" ->
    Polizei), a possessive's referent (the continuing speaker), the clause's subject for "nach
    eigenen Angaben" ("Der Konzern will nach eigenen Angaben …"), else the phrase itself."""
    toks = ctx.tokens
    if toks[m.first].low in ctx.lex.own_words:
        subj = clause_subject(toks, lo, m.first, ctx.lex) or clause_subject(toks, m.end + 1, hi, ctx.lex)
        if subj is not None and subj.kind != "pronoun":
            return canonical(subj, toks, ctx.ents, ctx.lex, continuing=ctx.last.name if ctx.last else None)
        if subj is not None and toks[subj.first].low in ctx.lex.person_pronouns:
            # (round 35) a pronoun subject's referent, not the phrase: "Weil er sich verfolgt fühlte, trug er nach
            # eigenen Angaben ein Messer bei sich" (the speaker was "eigenen Angaben"); not a name inside a
            # prepositional phrase of the same sentence ("In einem Gespräch mit dem Außenminister X äußerte er …")
            name = canonical(subj, toks, ctx.ents, ctx.lex, continuing=ctx.last.name if ctx.last else None)
            if name is not None and not any(
                    n == name and lo <= pos < subj.first and any(
                        toks[x].low in ctx.lex.prepositions and toks[x].text == toks[x].low
                        for x in range(max(lo, pos - 4), pos))
                    for pos, n in ctx.ents.names):
                return name
            return None
        if ctx.lex.lang == "de":
            return _de_own_source_holder(ctx, m, lo, hi, subj)
    if last == noun and ctx.lex.poll_nouns and (toks[noun].is_cap or toks[noun].text.split("-")[-1][:1].isupper()) \
            and toks[noun].low.endswith(ctx.lex.poll_nouns) \
            and not toks[noun].quoted:
        return toks[noun].text  # (round 38, depolls) a poll without its institute: "Emnid-Umfrage", as after "laut"
        # (was "einer Emnid-Umfrage", "einer neuen Umfrage")
    recent = ctx.last.name if ctx.last else None
    si = ctx.sent_of_lo.get(lo, 0)
    if si > 0 and ctx.sent_attr[si - 1] is not None and ctx.sent_attr[si - 1].name:
        recent = ctx.sent_attr[si - 1].name  # the speaker of the sentence before, also without a quote of its own
    if last == noun + 1 and toks[last].is_cap and toks[last].text.endswith("s"):
        # "Selenskyjs" -> the document's "Wolodymyr Selenskyj"; "Reuters" stays "Reuters"
        return genitive_owner(toks[last].text, ctx.ents)
    if last > noun + 3 and toks[last].text == ")" and ctx.lex.lang == "de" and toks[noun + 1].low in ("des", "der") \
            and (acr := de_bracket_short_name(toks, last, noun + 2)) is not None:
        return acr  # (round 44, deansicht) the owner's short name in brackets, as for a poll: "Laut einer Studie des
        # Bundesverbands der Deutschen Industrie (BDI)" is the BDI (was "Bundesverbands der Deutschen Industrie")
    if last > noun + 2 and toks[last].text == ")":
        o = next((x for x in range(last - 1, noun, -1) if toks[x].text == "("), None)
        if o is not None and o - 1 > noun:
            last = o - 1  # the party or abbreviation in parentheses is no part of the name: "Klaus Wowereit (SPD)"
    if last > noun + 3 and ctx.lex.lang == "de" and toks[noun + 1].low in ("von", "vom") and any(
            toks[x].text == "," and not toks[x].quoted for x in range(noun + 2, last)) \
            and any(toks[x].low in ("und", "sowie") and not toks[x].quoted for x in range(noun + 2, last)):
        # (round 39, demedia) a list of owners: "nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“" is "NDR, WDR
        # und Süddeutscher Zeitung" (quotation marks and articles dropped)
        out = ""
        for t in toks[noun + 2 : last + 1]:
            if t.text == ",":
                out += ","
            elif t.is_word and not (t.text == t.low and t.low in _DE_GENITIVE_OPENERS):
                out += (" " if out else "") + t.text
        return out
    if last > noun + 3 and ctx.lex.lang == "de" and (u := next(
            (x for x in range(noun + 2, last - 1) if toks[x].low in ("und", "sowie") and not toks[x].quoted
             and (toks[x - 1].is_cap or (toks[x - 1].quoted and not toks[x - 1].is_word))
             and toks[x + 1].low in _DE_GENITIVE_OPENERS), None)) is not None \
            and _de_coordinated_owner(ctx, u - 1, hi) == last:
        # (round 35, de6) two owners: "nach Angaben der Polizei und der Feuerwehr" is "Polizei und Feuerwehr"; (round 39,
        # demedia) also two papers in quotation marks ("des „Handelsblatts“ und der „Süddeutschen Zeitung“" was
        # "Handelsblatts und der Süddeutschen Zeitung")
        left = _source_name(ctx, noun, u - 1, Mention(m.first, u - 1, m.kind), lo, hi)
        right = _source_name(ctx, u, last, Mention(u, last, m.kind), lo, hi)
        if left and right:
            return f"{left} und {right}"
    if last > noun + 2 and toks[last].quoted and not toks[last].is_word and ctx.lex.lang == "de":
        a = noun + 1
        while a < last and toks[a].text == toks[a].low and not toks[a].quoted:
            a += 1  # the articles and prepositions before the owner
        words = [t.text for t in toks[a:last] if t.is_word]
        if len(words) == 1 and a > noun + 1 and toks[a].quoted and toks[noun + 1].low in _DE_MASC_GENITIVE_ARTICLES:
            return _de_genitive_stem(words[0])  # (round 35, de6) "laut eines Berichts des „Handelsblatts“"
        if words:
            return " ".join(words)  # the owner with its quoted name: "Initiative Tesla stoppen"
    if last > noun + 2 and ctx.lex.lang == "de" \
            and (f := next((x for x in range(noun + 2, last) if toks[x].text == "für"), None)) is not None:
        a = noun + 1
        while a < last and toks[a].text == toks[a].low and not toks[a].quoted:
            a += 1  # (round 29) an institution with its "für" phrase keeps it: "Bundesagentur für Arbeit"
        return " ".join(_de_genitive_stem(t.text) if x == f - 1 and toks[noun + 1].low in _DE_MASC_GENITIVE_ARTICLES
                        and not toks[noun + 1].quoted else t.text
                        for x, t in enumerate(toks[a : last + 1], a) if t.is_word)  # (round 43, deumwelt) the
        # nominative before "für": "des Potsdam-Instituts für Klimafolgenforschung" is "Potsdam-Institut für …"
    if last > noun:
        owner = Mention(noun + 2, last, "name") if toks[noun + 1].low in ("von", "vom") else Mention(noun + 1, last, "name")
        inner = noun + 2
        if ctx.lex.lang == "de" and last > noun + 4 and toks[noun + 2].low in ("von", "vom") \
                and toks[noun + 1].low in _DE_GENITIVE_OPENERS \
                and (pa := _de_participial_attribute_end(toks, noun + 2, hi, ctx.lex)) is not None and pa < last:
            owner, inner = Mention(pa + 1, last, "name"), pa + 1  # (round 45, dekrieg) the owner after its extended
            # attribute: "der von der Hamas kontrollierten Gesundheitsbehörde" is "Gesundheitsbehörde"
        name = canonical(owner, toks, ctx.ents, ctx.lex, continuing=recent)
        if ctx.lex.lang == "de" and name and toks[noun + 1].low in _DE_MASC_GENITIVE_ARTICLES and not toks[noun + 1].quoted \
                and name.endswith(toks[last].text) and (
                    "-" in toks[last].text or not any(t.is_cap for t in toks[inner : last])):
            return name[: len(name) - len(toks[last].text)] + _de_genitive_stem(toks[last].text)
        if ctx.lex.lang == "de" and name and toks[noun + 1].low in _DE_MASC_GENITIVE_ARTICLES and not toks[noun + 1].quoted \
                and last - 1 >= inner and _de_acronym(toks[last].text) and toks[last - 1].is_cap and not toks[last - 1].quoted \
                and name.endswith(f"{toks[last - 1].text} {toks[last].text}") \
                and not any(t.is_cap for t in toks[inner : last - 1]):
            # (round 53, auditde4) the head's nominative before its short name: "nach Angaben des Flughafenverbands ADV"
            # is "Flughafenverband ADV", "einem Bericht des Senders TRT zufolge" "Sender TRT" (were the genitives)
            cut = len(toks[last - 1].text) + 1 + len(toks[last].text)
            return f"{name[: len(name) - cut]}{_de_genitive_stem(toks[last - 1].text)} {toks[last].text}"
        return name
    first = toks[m.first]
    if first.low in ("seiner", "seinen", "ihrer", "ihren", "dessen", "deren"):
        if recent is None and first.low[0] in "si" and ctx.lex.lang == "de" and not first.quoted:
            # (round 44, deansicht) with no speaker before, the possessive's referent as a pronoun's: "Der Analyst Peter
            # Schmidt ist skeptisch. Der Konzern hat seiner Einschätzung nach zu spät reagiert" (was no speaker)
            return canonical(Mention(m.first, m.first, "pronoun"), toks, ctx.ents, ctx.lex, continuing=None,
                             near=ctx.sent_toks[si - 1][0] if si > 0 else lo)
        if recent and ctx.lex.lang == "de" and not first.quoted and first.low in ("seiner", "seinen", "ihrer", "ihren") \
                and _de_owner_sex(ctx, recent, m.first) == ("f" if first.low.startswith("s") else "m"):
            # (round 54, dejustice) a possessive of the other sex than the speaker quoted last: the person of its sex
            # named before, as its pronoun's ("Der Angeklagte sagte, …. Staatsanwältin Lena Vogt sieht das anders. Nach
            # ihrer Darstellung hatte er …" was the defendant's account)
            return canonical(Mention(m.first, m.first, "pronoun"), toks, ctx.ents, ctx.lex, continuing=None,
                             near=ctx.sent_toks[si - 1][0] if si > 0 else lo,
                             gender_hint=None if first.low.startswith("s") else "f")
        return recent
    if ctx.lex.lang == "de" and last == noun and m.first == noun and "-" in toks[noun].text:
        return canonical(Mention(noun, noun, "name"), toks, ctx.ents, ctx.lex, continuing=recent)  # (round 35, de6)
        # "nach US-Angaben" is the US, as "ADAC-Angaben zufolge" is the ADAC (round 22)
    if m.first < noun and first.is_cap and first.low not in ctx.lex.determiners:
        if ctx.lex.lang == "de" and m.first == noun - 1 and first.text.endswith("s") and not first.text.endswith("ss") \
                and len(first.text) > 3:
            # (round 22) a name's genitive: "Nach Holters Worten" is Holter (or the document's full name)
            name = genitive_owner(first.text, ctx.ents)
            return name[:-1] if name == first.text else name
        return canonical(Mention(m.first, m.first, "name"), toks, ctx.ents, ctx.lex, continuing=recent)
    if ctx.lex.lang == "de" and last == noun and m.first < noun and toks[noun].is_cap and not toks[noun].quoted \
            and toks[m.first].low in ("ein", "eine", "einer", "einem", "eines") and all(
                t.is_word and t.text == t.low and not t.quoted for t in toks[m.first : noun]):
        return toks[noun].text  # (round 50, dearticles5) a source without an owner after its indefinite article and
        # adjectives names the noun alone, as "Dem Bericht zufolge" is "Bericht": "Der Meeresspiegel steigt nach einer
        # neuen Studie schneller" (was "einer neuen Studie")
    return ctx.text[toks[m.first].start : toks[m.last].end]


def _en_quoted_clause_after(toks, x: int, hi: int, lex: Lexicon) -> bool:
    """English (round 54, review3): the quotation whose first word is token x holds a clause, an auxiliary or copula
    or a subject pronoun among its first twelve words ("the plan is dead", "we will not leave"), not only a noun phrase
    ("signs of recent shelling")."""
    for t in toks[x : min(hi, x + 12)]:
        if not t.quoted and t.text not in ('"', "“", "‘", "”", "’"):
            break
        if t.is_word and t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.subject_pronouns):
            return True
    return False


def _de_owner_sex(ctx: QuoteContext, name: str, k: int) -> str | None:
    """German (round 54, dejustice): the sex of the speaker `name` as far as the text tells it before token k: by first
    name or title ("Staatsanwältin", also before a body: "Sprecherin der Polizei"), or, for a nominalised adjective in
    -e ("Angeklagte", "52-Jährige", "Vorsitzende"), by the article it stood after each time ("der Angeklagte" is a man's,
    "die Angeklagte" a woman's); None when it does not."""
    lex, toks = ctx.lex, ctx.tokens
    g = lex.name_gender(name, ctx.ents.titles.get(name, set()))
    if g is not None:
        return g
    parts = name.split()
    if len(parts) != 1 and not (len(parts) >= 3 and parts[1] in ("der", "des")):
        return None
    # (round 54, review3) the word's positions from the document's index (a scan of every token before k ran per source)
    at = ctx.ents.token_index(toks, "positions_by_text", _positions_by_text).get(parts[0], ())
    arts = {toks[x - 1].low for x in at[: bisect_left(at, k)] if x >= 1 and not toks[x].quoted}
    g = {DE_TITLE_MALE: "m", DE_TITLE_FEMALE: "f"}.get(de_title_gender(parts[0], lex))
    if g == "m" and arts & {"die", "den", "zwei", "drei", "mehrere", "viele", "einige"}:
        return None  # a plural: "Die Verteidiger erklärten, …. Nach ihrer Darstellung …" is theirs
    if g is not None:
        return g
    if len(parts) != 1 or not name.endswith("e"):
        return None
    return "m" if arts == {"der"} else "f" if arts == {"die"} else None


def _de_opinion_clause(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 35): a verb of opinion without its particle ("finden" is "find out" only with "heraus") before
    a comma and its content, a dass-clause or a clause in the Konjunktiv I: "Bartsch findet nicht, dass das ein Grund
    zum Feiern ist", "Er findet, die Reform komme zu spät" (reported nothing)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or toks[i].low not in lex.opinion_verbs:
        return False
    k = i + 1
    while k < hi and k <= i + 3 and toks[k].is_word and not toks[k].quoted and (
            toks[k].low in lex.negations or toks[k].low in lex.skippable):
        k += 1  # "findet nicht, dass", "findet allerdings, dass"
    if k + 1 >= hi or toks[k].text != "," or toks[k].quoted:
        return False
    return toks[k + 1].low in ("dass", "daß") or _konjunktiv_clause_after(ctx, k - 1, hi)


def _konjunktiv_clause_after(ctx: QuoteContext, i: int, hi: int) -> bool:
    """German (round 35): a comma right after the cue at i opens a clause with a Konjunktiv I verb, the reported
    content: "Autor David Mack witzelt, der Tweet spreche für sich", "Mancher argwöhnt, ein Mitarbeiter habe …"
    (these verbs reported only after a quotation)."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or i + 2 >= hi or toks[i + 1].text != "," or toks[i + 1].quoted:
        return False
    first = toks[i + 2]
    if not first.is_word or first.quoted or not (first.low in lex.determiners or first.low in lex.pronouns or (
            first.is_cap and first.low not in lex.adverbial_subordinators and first.low not in lex.coordinators
            and first.low not in lex.skippable)):
        return False  # (not an adverbial clause: "…, reagiert, auch wenn es Zeugen gegeben habe")
    for x in range(i + 2, min(hi, i + 14)):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":", "(", "–", "—"}:
            return False
        if t.text == t.low and t.low in lex.konjunktiv_i:
            return x > i + 2
    return False


#: (round 38, enbounds) adjectives of a count before an attributive participle ("the new confirmed cases")
_EN_COUNT_ADJECTIVES = frozenset({"new", "newly", "additional", "fresh", "more", "further", "total", "latest", "officially"})


def _en_counted_participle(toks, lex, i: int, lo: int, hi: int) -> bool:
    """English (round 38, enbounds): the participle at i (`attributive_participles`: confirmed, reported, alleged) is
    an adjective: before a lower-case noun after a figure or a count adjective ("24 confirmed cases", "The new
    confirmed cases were due to …", "newly reported infections"), or closing "with" + a noun phrase before a comma or
    the sentence end ("…, with eight local transmissions confirmed.")."""
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < hi else None
    if nxt is not None and nxt.is_word and not nxt.quoted and nxt.text == nxt.low and not prev.quoted and (
            prev.text[:1].isdigit() or (prev.text == prev.low and prev.low in _EN_COUNT_ADJECTIVES)):
        return not (nxt.low in lex.complementizers or nxt.low in lex.determiners or nxt.low in lex.pronouns
                    or nxt.low in lex.prepositions or nxt.low in lex.stopwords or nxt.low in lex.auxiliaries
                    or nxt.low.endswith(("ing", "ly")))
    if nxt is not None and nxt.text not in {".", ",", ";"}:
        return False
    for x in range(i - 1, max(lo - 1, i - 7), -1):
        w = toks[x]
        if w.quoted or not w.is_word:
            return False
        if w.text == "with":
            return x < i - 1
        if w.text == w.low and (w.low in lex.auxiliaries or w.low in lex.cue_verbs or w.low in lex.pronouns
                                or w.low in lex.complementizers):
            return False
    return False


#: (round 45, enhealth) cue participles that follow a counted noun as a reduced relative ("cases reported this year")
_EN_COUNTED_PARTICIPLES = frozenset({"reported", "confirmed", "announced"})
#: (round 45, enhealth) words of a time or place phrase between such a participle and the main verb ("so far this
#: year", "in just over three months", "in the trial", "to date")
_EN_COUNTED_PHRASE_WORDS = frozenset({"so", "far", "to", "date", "this", "last", "past", "just", "over", "about", "nearly",
                                      "almost", "more", "than", "first", "same", "previous"})
#: (round 45, enhealth) people who report, before such a participle ("Patients reported this week was …")
_EN_COUNTED_AGENTS = frozenset({"patients", "residents", "students", "parents", "participants", "respondents",
                                "officials", "authorities", "police", "doctors", "nurses", "scientists", "experts"})
#: (round 45, enhealth) finite verbs that end such a phrase as the sentence's main verb
_EN_COUNTED_MAIN_VERBS = frozenset({"has", "have", "had", "was", "were", "is", "are", "rose", "fell", "jumped", "topped",
                                    "exceeded", "surpassed", "doubled", "tripled", "remain", "remained", "include",
                                    "included", "involved", "occurred"})


def _en_counted_relative(toks, lex, i: int, lo: int, hi: int) -> bool:
    """English (round 45, enhealth): the participle at token i ("reported", "confirmed", "announced") is a reduced
    relative on the lower-case or sentence-initial noun before it, followed only by time and place phrases (a
    preposition or "this"/"last"/"so far" with determiners, numbers, quantity words and one noun each) and then the
    sentence's main verb (`_EN_COUNTED_MAIN_VERBS`): "The number of cases reported in just over three months this year
    has matched …", "Cases reported last week rose by 20%", "The side effects reported in the trial were mild". Not
    "Hospitals reported this week that …", nor "Officials reported in May the outbreak was over" (a subject of its
    own before the verb)."""
    prev = toks[i - 1]
    if prev.quoted or not prev.is_word or not prev.low.isalpha() or prev.low in lex.pronouns \
            or prev.low in lex.auxiliaries or prev.low in lex.skippable or prev.low.endswith("ly") \
            or not (prev.text == prev.low or (i - 1 == lo and prev.low.endswith("s"))):
        return False
    w = prev.low
    if lex.is_title(w) or w in lex.org_heads or w in lex.place_bodies or w in lex.company_descriptions \
            or w.endswith(("ers", "ors", "ists", "ians")) or w in _EN_COUNTED_AGENTS or (w.endswith("s") and lex.is_title(w[:-1])):
        return False  # an agent speaks: "Scientists reported this year was the warmest", "The agency announced …"
    k, nouns = i + 1, 0
    while k < min(hi, i + 14):
        t = toks[k]
        if t.quoted or not (t.is_word or t.text[:1].isdigit()):
            return False
        w = t.low
        if k > i + 1 and w in _EN_COUNTED_MAIN_VERBS and t.text == w:
            return nouns > 0
        if w in lex.prepositions and t.text == w:
            pass
        elif w in lex.time_words or w in _EN_COUNTED_PHRASE_WORDS or w in lex.determiners or t.text[:1].isdigit() \
                or w in lex.quantifiers:
            if w in lex.time_words or w in ("far", "date"):
                nouns += 1
        elif t.is_cap or (t.text == w and w.isalpha() and w not in lex.cue_verbs and w not in lex.complementizers):
            nouns += 1  # the phrase's noun ("year", "trial", "January")
            if k + 1 < hi and toks[k + 1].is_word and toks[k + 1].low not in _EN_COUNTED_MAIN_VERBS \
                    and toks[k + 1].low not in lex.prepositions and toks[k + 1].low not in _EN_COUNTED_PHRASE_WORDS \
                    and toks[k + 1].low not in lex.time_words and not toks[k + 1].is_cap:
                return False  # two nouns in a row: a subject of its own ("in May the outbreak was over" stops at "the")
        else:
            return False
        k += 1
    return False


def _en_figure_object(toks, lex, i: int, hi: int) -> bool:
    """English (round 38, enwire): the object of "reported" at token i is a figure (`figure_objects`: "its latest
    quarterly earnings", "a net loss of $2 billion", "24 new locally transmitted COVID-19 cases"), its head before a
    preposition, a coordinator, a comma or the sentence's end: not "reported that …", nor a clause ("reported sales
    fell 5%")."""
    for k in range(i + 1, min(hi, i + 9)):
        t = toks[k]
        if t.quoted or not t.is_word and not t.text[:1].isdigit() and t.text not in ("$", "%", "-"):
            return False
        if t.low in lex.figure_objects and t.text == t.low:
            n = toks[k + 1] if k + 1 < hi else None
            return n is None or not n.is_word or n.low in lex.prepositions or n.low in lex.coordinators \
                or n.low in lex.time_words
        if k > i + 1 and (t.low in lex.prepositions or t.low in lex.complementizers or t.low in lex.auxiliaries
                          or t.low in lex.cue_verbs):
            return False
        if k == i + 1 and (t.low in lex.complementizers or t.low in lex.prepositions):
            return False
    return False


def de_poll_institute(ctx: QuoteContext, m: Mention) -> str | None:
    """German (round 39, depolls3): the institute a poll phrase names, as "laut Forsa" names it: "einer Umfrage des
    Meinungsforschungsinstituts infratest dimap" -> "infratest dimap", "eine Umfrage von YouGov" -> "YouGov", "einer
    Umfrage des Instituts für Demoskopie Allensbach" -> "Institut für Demoskopie Allensbach", "einer Umfrage des
    Allensbach-Instituts" -> "Allensbach-Institut"; None when it names none ("einer Forsa-Umfrage")."""
    toks, lex = ctx.tokens, ctx.lex
    p = next((x for x in range(m.first, m.end) if toks[x].is_cap and toks[x].low.endswith(lex.poll_nouns)
              and not toks[x].quoted), None)
    if p is None or toks[p + 1].text not in ("des", "der", "von", "vom") or toks[p + 1].quoted:
        return None
    k = p + 2
    if toks[p + 1].text == "von" and k <= m.end and toks[k].text in ("der", "dem") and not toks[k].quoted:
        k += 1
    while k < m.end and toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) and not toks[k].quoted \
            and toks[k].low not in lex.poll_institutes:
        k += 1  # "des renommierten Instituts"
    if k > m.end or toks[k].quoted or not toks[k].is_word or toks[k].low in ("anfang", "mitte", "ende") \
            or toks[k].low in lex.time_words or toks[k].low in lex.month_names:
        return None  # a date, no institute: "einer YouGov-Umfrage von Mitte März"
    k0 = k
    if k + 3 <= m.end and toks[k + 1].text == "-" and toks[k + 2].text in ("und", "oder") and toks[k + 3].is_cap \
            and not toks[k + 3].quoted:
        k += 3  # an elided compound: "des Marktforschungs- und Beratungsinstituts YouGov" -> its last part's name
    e = k
    while e + 1 < len(toks) and not toks[e + 1].quoted and (e + 1 <= m.end and toks[e + 1].is_word and (
            toks[e + 1].is_cap or toks[e + 1].low in lex.poll_institutes or toks[e + 1].text == "für") \
            and toks[e + 1].low not in lex.determiners or (
                # (round 44, deleftovers) an elided compound inside the name: "des Deutschen Industrie- und
                # Handelskammertags" (was "Deutschen Industrie"; also where the mention stopped at the hyphen)
                toks[e + 1].text == "-" and toks[e + 1].start == toks[e].end and e + 3 < len(toks)
                and toks[e + 2].text in ("und", "oder") and toks[e + 3].is_cap and not toks[e + 3].quoted
                and toks[e].is_cap)):
        e += 3 if toks[e + 1].text == "-" else 1
    g = e
    if g + 2 <= m.end and toks[g + 1].text in ("der", "des") and toks[g].is_cap and not toks[g + 1].quoted:
        # (round 44, deleftovers2) a genitive name part before the short name in brackets: "einer Umfrage des
        # Bundesverbands der Deutschen Industrie (BDI)" is the BDI (was "Bundesverbands")
        g += 1
        while g + 1 <= m.end and g - e < 5 and toks[g + 1].is_word and toks[g + 1].is_cap and not toks[g + 1].quoted:
            g += 1
        if g > e + 1 and g + 3 < len(toks) and toks[g + 1].text == "(" and toks[g + 3].text == ")":
            e = g
        elif g > e + 1 and e == k and not toks[k].low.endswith(("institut", "instituts", "institutes")) \
                and toks[g].low not in ("anfang", "mitte", "ende") and toks[g].low not in lex.month_names:
            e = g  # (round 50, dearticles5) a body's genitive name part without a short name, as "nach Angaben des
            # Verbands der Automobilindustrie": "Nach einer Umfrage des Verbands der Automobilindustrie plant …" (was
            # "Verbands")
    if e + 3 < len(toks) and toks[e + 1].text == "(" and toks[e + 3].text == ")" and e > k0 \
            and (acr := toks[e + 2].text).isupper() and acr.isalpha() and 2 <= len(acr) <= 6 and not toks[e + 2].quoted:
        return acr  # (round 44, deleftovers) the short name in brackets after it: "einer Umfrage des Deutschen
        # Industrie- und Handelskammertags (DIHK)" is the DIHK, as "laut DIHK" is
    bare = k0 < k and e == k  # an elided compound with no name after it
    head = toks[k].low
    if head.endswith(("institut", "instituts", "institutes")) and e > k and toks[k + 1].text != "für":
        k += 1  # the name after its head: "des Meinungsforschungsinstituts Forsa" -> "Forsa"
    words = [t.text for t in toks[k : e + 1] if t.text != "-"]
    if not words or not (toks[k].is_cap or toks[k].low in lex.poll_institutes) or toks[k].low in lex.poll_nouns:
        return None
    w = words[0]
    if w.lower().endswith(("instituts", "institutes")) and toks[p + 1].text in ("des", "der"):
        words[0] = w[: -2] if w.lower().endswith("es") else w[: -1]  # the nominative: "Allensbach-Instituts"
    if bare and toks[k0].is_cap:
        words[:0] = [toks[k0].text, toks[k0 + 2].text]  # (round 44, deleftovers) no name after the elided compound:
        # "einer Umfrage der Industrie- und Handelskammer" is "Industrie und Handelskammer" (was "Handelskammer"), as
        # "Der Deutsche Städte- und Gemeindebund" is "Deutsche Städte und Gemeindebund"
    return " ".join(words)


_EN_NAMING_RELATIVES = frozenset({"which", "that", "what", "whom", "who"})


def _en_naming_participle(toks, lex: Lexicon, i: int, lo: int, hi: int) -> bool:
    """(round 40, enpartial2) a naming participle right after its lower-case noun and right before the quotation (an
    article or "as" between): 'trashbins labelled "racist", "sexist"', 'a plan dubbed "…"' (a reduced relative, no
    speech); not a finite verb with its object ('labeled the bill "…"'), nor after a pronoun or a relative ('which
    critics dubbed "…"')."""
    prev = toks[i - 1] if i > lo else None
    if prev is None or not prev.is_word or prev.quoted or prev.text != prev.low \
            or prev.low in lex.pronouns or prev.low in lex.auxiliaries or prev.low in lex.skippable \
            or prev.low in lex.coordinators or prev.low in lex.negations or prev.low in _EN_NAMING_RELATIVES \
            or prev.low.endswith("ly"):
        return False
    if i - 2 >= lo and toks[i - 2].low in _EN_NAMING_RELATIVES:
        return False
    j = i + 1
    while j < hi and j <= i + 2 and not toks[j].quoted and (toks[j].low == "as" or toks[j].low in lex.determiners):
        j += 1
    return j < hi and toks[j].quoted


#: (round 44, enobits) memory tags that report a quotation after "as" with their object between: 'His sister
#: remembered him as "the funniest person in any room"' (as 'described her as "…"'); not the passive 'was remembered as'
_EN_REMEMBERED_AS = frozenset({"remembered", "remembers"})


def _en_remembered_as(toks, i: int, hi: int) -> bool:
    """(round 44, enobits) "remembered" at token i has a person pronoun as its object, then "as" and a quotation right
    after it (an article may come between): 'Friends remembered her as "a ray of sunshine"'."""
    if i + 3 >= hi or toks[i + 1].low not in _EN_OBJECT_PERSONS or toks[i + 1].quoted or toks[i + 2].low != "as" \
            or toks[i + 2].quoted:
        return False
    j = i + 3
    return toks[j].quoted or (j + 1 < hi and toks[j].low in ("a", "an", "the") and toks[j + 1].quoted)


def _en_asking_request(toks, i: int, lo: int, hi: int) -> bool:
    """English (round 39, enrecall): "asking" at token i is the participle of a request after a clause and its comma,
    with an addressee of one to five words and an infinitive: "sent a letter to the chairman, asking him to call
    Sessions", "filed a motion, asking the court to dismiss the case"; not "asking why …", "asking for money", "I'm asking
    you to …", "asking questions"."""
    if i - 1 <= lo or toks[i - 1].text != "," or toks[i - 1].quoted or i + 3 >= hi:
        return False
    nxt = toks[i + 1]
    if nxt.quoted or not nxt.is_word or nxt.low in _EN_ASKING_NOT_ADDRESSEE:
        return False
    for x in range(i + 2, min(hi - 1, i + 7)):
        t = toks[x]
        if t.quoted or not (t.is_word or t.text == "."):
            return False
        if t.text == "to" or (t.text in ("not", "never") and toks[x + 1].text == "to"):
            return True
    return False


#: (round 40, enasked) the first word of a fronted question put to the main clause's subject ("Asked whether …,",
#: "When asked if …,", "Pressed on whether …,")
_EN_ASKED_OPENERS = EN_ASKED_PARTICIPLES | {"when"}
#: (round 40, enasked) the words opening the question itself
_EN_QUESTION_OPENERS = frozenset({"whether", "if", "what", "why", "how", "who", "which"})


def _en_fronted_question(toks, i: int, lo: int, hi: int) -> bool:
    """English (round 40, enasked): token i stands inside a sentence-opening question clause put to the main clause's
    subject and closed by a comma: "Asked (Friday) whether he believed …,", "When asked if she agreed that …,",
    "Pressed on whether …,". The clause needs a question word before token i and no comma, colon or quotation
    between its opener and i, and a comma after i (the main clause follows)."""
    a = lo + (toks[lo].text == "When")
    if a >= i or toks[a].quoted or toks[a].low not in ("asked", "pressed", "questioned") \
            or (a == lo and not toks[a].is_cap) or (a > lo and toks[a].text != toks[a].low):
        return False
    question = False
    for x in range(a + 1, i):
        t = toks[x]
        if t.quoted or t.text in {",", ";", ":"}:
            return False
        if t.text in _EN_QUESTION_OPENERS:
            question = True
    return question and any(toks[x].text == "," and not toks[x].quoted for x in range(i + 1, hi))


#: (round 47, enquestions) the words that open a reported question right after its cue ("inquired whether …", "are
#: asking why …")
_EN_ASKED_QUESTION_WORDS = _EN_QUESTION_OPENERS | {"where", "when"}
#: (round 47, enobjrel) question words after the "on"/"about"/"over" of a question act (`question_cues`: "pressed the
#: minister on whether …", "grilled the nominee about why …"); not "which" ("pressed the company on which …")
_EN_PRESSED_QUESTION_WORDS = _EN_ASKED_QUESTION_WORDS - {"which"}


def _en_asking_question(ctx, i: int, lo: int, hi: int) -> bool:
    """English (round 47, enquestions): "asking" at token i reports a question of a third person: right before its
    question word, after a progressive auxiliary ("Residents are asking why the water was shut off", "The senator was
    asking whether …"; not "I am asking whether …", "Why are we asking …") or as the participle after a clause and its
    comma ("Smith wrote to the agency, asking why the files were withheld")."""
    toks = ctx.tokens
    if i - 1 <= lo or i + 2 >= hi:
        return False
    nxt, prev = toks[i + 1], toks[i - 1]
    if nxt.quoted or nxt.text not in _EN_ASKED_QUESTION_WORDS or prev.quoted:
        return False
    if prev.text == ",":
        return i - 2 > lo and any(x.is_word and not x.quoted for x in toks[lo : i - 1])
    return prev.text in _EN_BE_PROGRESSIVE \
        and not _en_first_second_person_subject(ctx, i, lo) and toks[lo].low not in _EN_ASKED_QUESTION_WORDS \
        and not any(x.text == "?" for x in toks[i:hi])


#: (round 39, enrecall) words after "asking" that are no addressee of a request
_EN_ASKING_NOT_ADDRESSEE = frozenset({"why", "what", "how", "who", "whom", "where", "when", "which", "if", "whether",
                                      "for", "about", "questions", "question", "me", "us", "you", "to", "that", "price"})
