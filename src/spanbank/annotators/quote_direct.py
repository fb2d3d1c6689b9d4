"""Direct quotes: the quotations of a sentence and the cue each one takes.

A quotation takes the nearest cue of its sentence that has a speaker (a cue right after the
quotation wins ties); without one, the subject before a colon that introduces it, else the speaker
of the sentence before (the driver in `quotes` fills in later fallbacks). A quotation of three words
or fewer needs a cue of its own (or starts lower case after an attributed sentence) and is never a
name, title or mentioned term: this drops scare quotes and titles.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spanbank.annotators.quote_attribution import (
    _de_agent_noun,
    _en_sentence_case_title,
    _en_work_noun_before,
    en_quoted_name_apposition,
    en_subject_over_quotation,
    subject_attribution,
)
from spanbank.annotators.quote_context import Attribution, Cue, QuoteContext
from spanbank.annotators.quote_cues import _de_call_before_quotation, _en_idle_say
from spanbank.annotators.quote_indirect import en_time_closes_sentence
from spanbank.annotators.quote_speakers import (
    _DE_OTHER_ONE,
    DE_ADJECTIVE_ENDINGS,
    DE_DEFINITE_ARTICLES,
    EN_ASKED_PARTICIPLES,
    Mention,
    canonical,
    clause_subject,
    de_person_noun,
    en_handle_at,
    person_name,
)
from spanbank.annotators.quote_text import (
    EN_MONTH_NAME,
    EN_TITLE_MINOR,
    EN_TITLE_OWNERS,
    Quotation,
    en_title_case,
)

SHORT_QUOTE_WORDS = 3

#: German programmes and media written in lower case (round 22)
_DE_PROGRAMMES = frozenset({"heute journal", "heute-journal", "heute", "heute-show", "tagesschau", "tagesthemen",
                            "maischberger", "hart aber fair", "logo!", "zdf heute", "tagesschau24",
                            # (round 26) Austrian news programmes
                            "zeit im bild", "zeit im bild 1", "zeit im bild 2", "zib", "zib 1", "zib 2", "zib2", "im zentrum"})

#: last words of German newspaper and magazine names ("Kleine Zeitung", "Der Standard", "Kölner Stadt-Anzeiger")
_DE_PAPER_WORDS = ("zeitung", "blatt", "kurier", "post", "presse", "rundschau", "nachrichten", "anzeiger", "tagblatt",
                   "standard", "spiegel", "stern", "magazin", "journal", "zeit", "welt", "bild", "tagesspiegel")

#: German nouns of a legal charge whose genitive in quotation marks is a term, not speech (round 22)
_DE_CHARGE_NOUNS = frozenset({"vorwurf", "vorwurfs", "vorwürfe", "verdacht", "verdachts", "tatbestand", "tatbestands",
                              "anklage", "delikt", "delikts", "straftatbestand"})


#: German genitive and dative articles: a quotation of capitalised words right after one is a name
#: ("ein Bericht der „Süddeutschen Zeitung“", "sagte der „Bild am Sonntag“"), not speech; after
#: other articles it is often a partial quotation ("nannte … eine „Verhöhnung Polens“")
_DE_ARTICLES = frozenset({"der", "dem", "des"})
_DE_NAME_LINKS = frozenset({"am", "im", "der", "die", "das", "des", "für", "und", "von", "vom", "zur", "zum", "an", "in", "auf"})
#: (round 54, depolitics) the lower-case words inside a programme's title ("Bericht aus Berlin", "Hart aber fair" is
#: lower case after its first word and stays out)
_DE_PROGRAMME_TITLE_LINKS = _DE_NAME_LINKS | frozenset({"aus", "nach", "mit", "über", "unter", "um", "bei", "vor"})

#: (round 39, descare) the definite slots of a name: articles, contracted articles and possessives (with the lexicon's;
#: not "vom", the slot of "sprach vom „…“")
_DE_DEFINITE_SLOTS = DE_DEFINITE_ARTICLES | frozenset({"im", "am", "zum", "zur", "beim", "ins", "unser", "unsere",
                                                   "unseren", "unserem", "unserer", "unseres"})
#: (round 39, descare) a title's last word that numbers it: a year, an edition, a roman numeral ("Agenda 2030",
#: "Bemerkungen 2022", "Industrie 4.0", "Hartz IV")
_DE_TITLE_NUMBER = re.compile(r"\d{2,4}|\d+\.\d+|[IVX]{2,4}")
#: (round 39, descare) forms of "heißen" naming what a thing is called ("Das Stück heißt „…“")
_DE_HEISSEN = frozenset({"heißt", "hieß", "heißen", "hießen", "heiße", "hieße", "heisst"})
#: (round 39, descare) forms of "stehen" before "unter dem Motto": the motto's verb, no cue
_DE_STEHEN = frozenset({"steht", "stand", "stehen", "standen", "stehe", "stünde", "steht's"})

#: a cue after a quotation but beyond ", although …" belongs to another clause: it is taken only
#: when no cue stands nearer on the quotation's own side
OTHER_CLAUSE_PENALTY = 100
_OTHER_CLAUSE = frozenset({"although", "though", "while", "whereas", "but", "because", "since"})
#: (round 48, auditcomments) with "yet": words after a comma opening a clause whose cue a short quotation before it
#: does not take
_OTHER_CLAUSE_SHORT = _OTHER_CLAUSE | {"yet"}
#: (round 51, enarticles4) subordinators opening an adverbial clause after a quotation without a comma: a cue inside
#: that clause reports the clause's own event, not the quotation a cue before it reports
_EN_LATER_ADVERBIAL = frozenset({"when", "after", "before", "because", "until", "whenever", "once", "if", "unless"})

#: (round 46, paragraphs) a sentence of the writer's saying that someone gave no comment ("A spokesman for Jones declined
#: to comment.", "Jones could not be reached for comment.", "Ein Sprecher wollte sich nicht äußern."): whoever it names
#: said nothing, so a quotation with no cue right after it goes on with the speaker before it
_EN_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|declining|refusing) to (?:comment|be interviewed|respond|answer questions)\b"
    r"|\b(?:requests?|inquiry|inquiries|messages?|calls?|e-?mails?) (?:for|seeking) comment\b"
    r"|\breached for (?:a )?comment\b|\bhad no (?:immediate |further )?comment\b"
    r"|\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:yet |immediately )?(?:respond(?:ed)? to|return(?:ed)?) "
    r"(?:a |an |the |several |multiple |repeated )?(?:requests?|calls?|messages?|e-?mails?|inquiry|inquiries|phone)\b")
_DE_NO_COMMENT = re.compile(
    r"\bnicht (?:äußern|kommentieren)\b|\bäußerten? sich (?:\w+ )?nicht\b"
    r"|\b(?:Stellungnahme|Statement|Kommentar) (?:\w+ )?nicht (?:zu erreichen|erreichbar)\b"
    r"|\bAnfragen? (?:\w+ ){0,3}unbeantwortet\b|\b(?:lehnten?|gaben?) (?:\w+ ){0,3}(?:Stellungnahme|Kommentar) ab\b")


def direct_quotes(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list[Cue], s_start: int, s_end: int) -> bool:
    """Record the direct quotes of sentence si (tokens[lo:hi], chars s_start:s_end); True when any."""
    made = False
    starts = ctx.starts
    for q in ctx.quotes_in(s_start, s_end):
        q_first = bisect_right(starts, q.outer_start - 1)
        q_last = bisect_right(starts, q.outer_end - 1) - 1
        best, best_d, best_i = None, None, -1
        later_relative = False
        # (round 50, longsent) the cues in order of a lower bound of their distance d below, so that the scan stops at
        # the first cue that can no longer beat the best one: each cue's checks look at the tokens between it and the
        # quotation, which made a long sentence with many quotations and cues quadratic or worse.  The choice is
        # unchanged: the least d, on a tie the earliest cue in the list (as the plain scan with "<" chose).
        ranked = []
        for i, c in enumerate(cues):
            if c.speaker is None or c.kind == "source_after":
                continue
            lb = c.first - q_last if c.first > q_last else q_first - c.last
            if c.first > q_last and q_last < c.speaker.first and c.speaker.last < c.first:
                lb = min(lb, c.speaker.first - q_last)
            ranked.append((lb - 1, i, c))
        ranked.sort(key=lambda r: (r[0], r[1]))
        for lb, i, c in ranked:
            if best_d is not None and lb > best_d:
                break
            if c.first > q_last and ctx.lex.lang == "en" and _en_free_relative_cue(ctx, c, q_last):
                continue
            if c.last < q_first and ctx.lex.lang == "en" and _en_not_cue_before_word(ctx, c, hi) and not any(
                    t.text in (",", ":") and not t.quoted for t in ctx.tokens[c.last + 1 : q_first]):
                continue  # (round 53, auditen) a cue form before its non-reporting word (en.yaml not_cue_before) reports
                # no quotation after it: 'the society said that the study added to "a growing body of evidence"' was the
                # study's
            if c.first > q_last and ctx.lex.lang == "en" and q.n_words <= SHORT_QUOTE_WORDS \
                    and _en_subordinate_before_cue(ctx, q_last, c):
                continue  # (round 53, seedleft) a short quotation is no word of a cue in the clause a subordinator opens
                # right after it, no comma between: 'Cavusoglu talking about "brotherly Azerbaijan" while Turkey still
                # denies the Genocide' (was Turkey's), 'called the deal "a disgrace" while Jones said nothing' (Jones's)
            if c.first > q_last and ctx.lex.lang == "en" and (sq := en_subject_over_quotation(ctx, c, lo)) is not None \
                    and sq.end < q_first:
                continue  # (round 41, enprogressive) a quotation inside the subject's modifier is not the main verb's:
                # 'One of the MPs suspended for 'persistent breaches of discipline' has told LBC …'  # (round 40, enchains) 'echoing what Spicer said': a cue inside what the speaker echoed
            if c.first > q_last and ctx.lex.lang == "en" and _en_cue_in_later_relative(ctx, c, q_last):
                later_relative = True
                continue  # (round 49, auditnews5) a quotation naming the subject of another predicate is no word of a
                # cue in a relative clause after it: '"Save water. Save life" is rolling out on billboards in which
                # children say, "…"' (was the children's)
            d = c.first - q_last if c.first > q_last else q_first - c.last
            if c.first > q_last and ctx.lex.lang == "en" and q_last < c.speaker.first and c.speaker.last < c.first \
                    and all(not t.is_word and not t.quoted and t.text == "," for t in ctx.tokens[q_last + 1 : c.speaker.first]) \
                    and not (c.last + 2 < hi and ctx.tokens[c.last + 1].text in (",", ":") and ctx.tokens[c.last + 2].quoted) \
                    and not any(o is not c and o.speaker is not None and o.last < q_first
                                and not any(t.is_word for t in ctx.tokens[o.last + 1 : q_first]) for o in cues):
                # ((round 50, enleft17) a trailing attribution right after the quotation counts from its speaker: a long
                # title ('…was "not a random act," Police Chief Raymond Kessler said.') lost it to a cue before it; not
                # over a cue right before the quotation, 'he said, "…," the office said.', nor before a quotation of its
                # own, '…, "…," the atheists will insist, "…"')
                d = c.speaker.first - q_last
            if c.first > q_last and d <= 3 and not any(
                    t.low in ctx.lex.coordinators for t in ctx.tokens[q_last + 1 : c.first]):
                d -= 1  # the inverted attribution right after a quote is the usual pattern (not "… and said")
            if c.first > q_last and ctx.lex.lang == "en" and any(
                    t.text == "," and not t.quoted and ctx.tokens[k + 1].low in _OTHER_CLAUSE
                    for k, t in enumerate(ctx.tokens[q_last + 1 : c.first - 1], q_last + 1)):
                d += OTHER_CLAUSE_PENALTY  # '… a "spy" in his campaign, although officials told CNN …'
            if c.first > q_last and ctx.lex.lang == "en" and c.last + 1 < hi and _en_own_content(ctx, c) and any(
                    o is not c and o.speaker is not None and o.kind == "verb" and o.last < q_first for o in cues):
                # the cue after the quotation reports its own clause, and one before the quotation reports the
                # clause the quotation is in: 'although he acknowledged the situation is a "historic challenge,"
                # the secretary claimed the border is secure'
                d += OTHER_CLAUSE_PENALTY
            if c.first > q_last and any((t.low in ctx.lex.coordinators and t.text == t.low) or (t.text == ";" and not t.quoted)
                                        for t in ctx.tokens[q_last + 1 : c.first]) and any(
                    o is not c and o.speaker is not None and o.kind == "verb" and o.last < q_first
                    and not any(t.text in {".", ";"} and not t.quoted for t in ctx.tokens[o.last + 1 : q_first]) for o in cues):
                # a cue of the next coordinated clause, with one before the quotation: 'called the move "completely
                # unreasonable" and urged the union …', 'One commenter said it had been "vetted"; another said …'
                # (round 22: they took the later cue and its speaker)
                d += OTHER_CLAUSE_PENALTY
            if c.first > q_last and ctx.lex.lang == "en" and c.kind == "verb" and any(
                    t.text == t.low and not t.quoted and t.low in _EN_LATER_ADVERBIAL
                    for t in ctx.tokens[q_last + 1 : c.speaker.first if c.speaker.first > q_last else c.first]) and any(
                    o is not c and o.speaker is not None and o.kind == "verb" and o.last < q_first
                    and not any(t.text in {".", ";", "!", "?"} and not t.quoted for t in ctx.tokens[o.last + 1 : q_first])
                    for o in cues):
                # (round 51, enarticles4) a cue inside an adverbial clause after the quotation, with a cue before the
                # quotation reporting the clause it stands in: 'Baines said members had been "made to feel like
                # troublemakers" when they raised concerns' (was "they"'s, then the person named before)
                d += OTHER_CLAUSE_PENALTY
            if c.first > q_last and ctx.lex.lang == "de" and _de_in_dass_clause(ctx, cues, c, q_first, q_last):
                d += OTHER_CLAUSE_PENALTY  # (round 34 w2f) the quotation inside an earlier cue's dass-clause: "Obwohl die
                # Aktivisten behaupteten, dass Passanten „Spuren“ hinterlassen hätten, konnten Zeugen dies nicht bestätigen"
            if best_d is None or d < best_d or (d == best_d and i < best_i):
                best, best_d, best_i = c, d, i
        if best is None and later_relative:
            continue  # (round 49, auditnews5) the quotation is a name in the clause, no one's words: '"Save water" is
            # rolling out on billboards in which children say, …' (it went on with the speaker before)
        called = _de_called_quotation(ctx, cues, q_first, lo, hi) if ctx.lex.lang == "de" else None
        if called is not None:
            best = called  # (round 41, destudies2) a slogan a call or a chant calls out, alone or in a list after it
        if best is not None and q_first - 1 >= lo and ctx.tokens[q_first - 1].text == ":" and best.last < q_first and any(
                t.text == "," and not t.quoted for t in ctx.tokens[best.last + 1 : q_first - 1]) \
                and ctx.lex.lang == "de" and best.last + 1 < q_first and ctx.tokens[best.last + 1].text != ":":
            best = None  # the cue of a clause before: "Da alle vom Triple sprechen, bemüht der Trainer ein Sprichwort: „…“"
        if best is not None and ctx.lex.lang == "en" and q.n_words <= SHORT_QUOTE_WORDS and best.first > q_last and (any(
                t.text == "," and not t.quoted and ctx.tokens[k + 1].low in _OTHER_CLAUSE_SHORT
                and ctx.tokens[k + 1].text == ctx.tokens[k + 1].low
                for k, t in enumerate(ctx.tokens[q_last + 1 : best.first - 1], q_last + 1)) or (
                q_first > lo and ctx.text[q.start : q.end].rstrip().endswith(",") and q_last + 1 < best.first
                and ctx.tokens[q_last + 1].low in _OTHER_CLAUSE_SHORT and ctx.tokens[q_last + 1].text == ctx.tokens[q_last + 1].low)):
            best = None  # (round 48, auditcomments) a short quotation is no word of a cue in a later clause after a
            # comma and a subordinator: 'My "snappy" comment was fair, yet the paper writes nothing about it', 'the writer
            # misuses "white savior complex", since people have told him so' (the term was the paper's, the people's);
            # (round 52, en3left) also with the comma inside the marks: 'Regulars call the corner table "the parliament,"
            # because four farmers have argued there …' (was the farmers' words)
        if best is not None and ctx.lex.lang == "en" and best.last < q_first and _en_fronted_clause_cue(ctx, lo, best, q_first):
            best = None  # (round 38, ennested) the cue of a fronted clause, a main clause of its own before the quotation:
            # 'When people say the market will fix it, I'm always thinking, "Great, but …"' (was "people"'s)
        if best is not None and ctx.lex.lang == "en" and best.last < q_first \
                and (outer := _en_outer_report_of_stance(ctx, cues, best)) is not None:
            best = outer  # (round 54, enworld) a belief or hope inside another cue's report is no quotation's cue: 'Its
            # spokesman said Doha hoped the visit would "contribute to stability"' (was Doha's), 'Kirby said Washington
            # believed a deal was "achievable"' (was Washington's)
        if best is not None and ctx.lex.lang == "de" and q.n_words <= SHORT_QUOTE_WORDS and best.first > q_last and any(
                t.text in {":", ";"} and not t.quoted for t in ctx.tokens[q_last + 1 : best.first]) and not any(
                t.text == t.low and not t.quoted and (t.low in ctx.lex.konjunktiv_i or t.low in ctx.lex.reportative)
                for t in ctx.tokens[lo:q_first]):
            best = None  # (round 35) a short quotation before a colon is not the cue's after it: "Der SPD-Chef erlebte
            # einen „Shitstorm“: Er hatte die Vorratsdatenspeicherung verteidigt" ("Shitstorm" was a direct quote); not
            # inside a report ("Dabei soll es eine „Spreizung“ geben: …" stays as it was)
        if q.outer_end < len(ctx.text) - 1 and ctx.text[q.outer_end] == "-" and ctx.text[q.outer_end + 1].isalpha():
            continue  # a quoted name in a compound: "auf „Krone“-Anfrage"
        if ctx.lex.lang == "en" and _en_nickname(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 41, encomments2) a nickname inside a name: 'Kamala "prosecute climate change deniers" Harris'
        if ctx.lex.lang == "en" and best is not None and q_last < best.first <= q_last + 3 \
                and en_quoted_name_apposition(ctx, best.first, lo) is not None:
            continue  # (round 47, naming) a name inside the subject's apposition before the cue: 'John Smith, who heads a
            # group called "Patriots for Freedom," said …' (was a direct quote of "the rally" after the cue)
        if _self_named(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 47, naming) a name a subject gives itself: 'The group, which calls itself "Patriots for
            # Freedom," held a rally.', "Die Gruppe, die sich „Patrioten für Freiheit“ nennt, …" (were direct quotes)
        if _rating_label(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 41, enforecasts) an analyst's rating: 'maintained its "hold" rating', 'to "buy" from "neutral"'
            # (round 44, deboerse) German too: 'die Einstufung auf „Kaufen“ bestätigt', 'von "Halten" auf "Kaufen"'
        if ctx.lex.lang == "en" and best is not None and best.last + 1 == q_first and best.first == best.last \
                and ctx.tokens[best.first].low in _EN_ADD_FORMS and q_last + 1 < hi and ctx.tokens[q_last + 1].low == "to":
            continue  # (round 41, encomments2) a word added to a list or a text: 'add "coward" to the list' (was "we"'s)
        if any(c.speaker is not None and c.speaker.first <= q_first and q_last <= c.speaker.end for c in cues):
            continue  # the quotation is (in) a cue's source: "laut „Spiegel“", "Die Organisation „Public Citizen“ sprach"

        if ctx.lex.lang == "de" and " ".join(ctx.text[q.start : q.end].split()).lower().rstrip(".") in _DE_PROGRAMMES:
            continue  # (round 26) a programme of four words: "sagte Kogler in der „Zeit im Bild 2“"
        if ctx.lex.lang == "de" and (best is None or _de_genitive_name_before_cue(ctx, q, q_first, q_last, best, lo)) \
                and _de_quoted_name_after_article(ctx, q, q_first, lo):
            continue  # (round 35) a name in title case after its article: "Mitglieder der „National Academy of
            # Sciences“ haben sich … gewandt" (a direct quote of a later "Sie fordern")
        if ctx.lex.lang == "de" and q_first - 3 >= lo and ctx.tokens[q_first - 1].text == ":" \
                and ctx.tokens[q_first - 2].low in ctx.lex.colon_title_labels and ctx.tokens[q_first - 3].low in DE_DEFINITE_ARTICLES \
                and best is None and not any(t.quoted for t in ctx.tokens[q_first - 3 : q_first]) \
                and not _cue_among(ctx, lo, q_first - 3, _de_motto_verb(ctx, q_first - 3)):
            continue  # (round 39, deprecision) a title, heading or motto after its label and a colon, no cue before: "einen
            # Absatz unter der Überschrift: „Was wir noch vorhaben“", "Die Demo stand unter dem Motto: „…“" (were direct
            # quotes by the subject; "Der Trainer sagte mit Blick auf den Titel: „…“" stays)
        if ctx.lex.lang == "de" and _de_named_by_heissen(ctx, q, q_first, lo, hi):
            continue  # (round 39, descare) a name after or before "heißen": "Das Stück heißt „Die Nacht der langen
            # Messer“", 'das offiziell "Gesetz zur …" heißt' (were direct quotes; "heißt es „…“" stays)
        if best is None and _in_heading(ctx.text, q):
            continue  # a wire-style subheading: "– ‘Besieged in my head’ –"
        if _reference_line(ctx.text, q) and not _reference_line_person(ctx, q):
            continue  # (round 53, auditde4) a cited piece in a source list, its outlet, a colon, its title and its date
            # on a line of their own: "dpa: „Stichwahl in Portugal“ (14.03.2025)" (was a direct quote of the outlet)
        if ctx.lex.lang == "de" and _de_bracketed_title(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 35, de3) a work credited after a name: "Jungstar Lena Urzendowsky („Wir Kinder vom Bahnhof Zoo“)"
        if ctx.lex.lang == "de" and _de_bracketed_translation(ctx, q_first, q_last, lo, hi):
            continue  # (round 42, deculture2) a quotation's German translation in brackets after it: "„Love wins“
            # (übersetzt: „Die Liebe gewinnt“)", "(zu Deutsch: „…“)" (was a second quote of the same speaker)
        if ctx.lex.lang == "en" and q_first > lo and ((_en_possessive(ctx.tokens, q_first - 1) and _en_title_case(ctx, q)) or (
                ctx.tokens[q_first - 1].text in EN_TITLE_OWNERS and not ctx.tokens[q_first - 1].quoted
                and _en_title_case(ctx, q, numbered=True))):
            continue  # a show or paper after its owner: 'told CNN's "State of the Union"', 'ABC's "This Week"'; (round 45,
            # enenergy) a report after "its"/"their": 'the IEA said in its "World Energy Outlook" that …' (was a quote)
        if ctx.lex.lang == "en" and _en_quoted_name_before_head(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 49, auditnews3) a quotation naming the noun after it, whatever it ends in: 'the state's
            # "Drive Sober. Arrive Alive." campaign' (was a direct quote; yaml `quoted_name_heads`)
        if ctx.lex.lang == "en" and _en_attributive_scare(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 48, enscare2) a quoted word or name between a definite determiner or a possessive and its
            # noun: 'called on the "interim" government to …', 'said his "America First" policy …', 'the state's
            # "reopening" plan' (were the speaker's words); not a predicate ('was the "worst" deal', 'called it a "sham"')
        if ctx.lex.lang == "en" and q_first > lo and ctx.tokens[q_first - 1].text == "on" and q.n_words <= 6 \
                and _en_title_case(ctx, q):
            continue  # (round 25) a show after "on": 'said on "Meet the Press" that …', 'appeared on "Fox News Sunday"'
        if q.n_words > SHORT_QUOTE_WORDS and q_first > 0 and called is None \
                and ctx.tokens[q_first - 1].is_word and _term_marked(ctx, q_first) and (
                    best is None or ctx.lex.is_term_marker(ctx.tokens[q_first - 1].text)
                    and ctx.tokens[q_first - 1].low not in ctx.lex.cue_verbs):
            # 'once known as the “capital of the revolution”', 'uses the phrase “One recent study
            # suggested”', "ihr neuer Film „An einem schönen Morgen“" (also in a sentence with a cue): a
            # name or a mentioned phrase, not anyone's words
            continue
        if ctx.lex.lang == "en" and _en_work_after_comma(ctx, q, q_first, q_last, best):
            continue  # (round 46, enquotes) a work's title in title case after its noun and a comma: 'His latest film,
            # "The Last Duel," opens …', 'Her documentary, "The Price of Silence: A Story of Courage," premieres …'
            # (were direct quotes; a cue introducing it keeps it: 'He wrote in his book, "My mother was …"'); (round 52,
            # auditen1) also a short one with a cue after it: 'In her memoir, "The Long Docket," she wrote that …'
            # (two or three words had their own cue, "she wrote")
        if ctx.lex.lang == "en" and _en_title_before_that(ctx, q, q_first, q_last, best):
            continue  # (round 52, en3left) a report's title in apposition between a cue and its that-clause: 'said in a
            # report last year, "Deferred Maintenance: The Hidden Cost of Delay," that every dollar …' (was a direct quote)
        if ctx.lex.lang == "en" and _en_performed_title(ctx, q, q_first, q_last, best):
            continue  # (round 49, auditnews5) a piece performed: 'came out to perform "Takin' Care of Business."', 'The
            # choir sang "Silent Night"' (was a direct quote, or the words of a cue's subject elsewhere in the sentence)
        if ctx.lex.lang == "en" and _en_piece_title(ctx, q, q_first, q_last, best):
            continue  # (round 38, comments) a published piece's title after it: 'the July 14 article, "Jobless become
            # ideological football," I'd like …', "Brummett's column (“Candidates lie all the time”)"
        if ctx.lex.lang == "en" and q.n_words > SHORT_QUOTE_WORDS and _en_work_title(ctx, q, q_first, q_last, best):
            continue  # (round 38, enprec2) a title in title case with its minor words: 'I read "The Road to Nowhere"', 'While
            # "Gone with the Wind" is a legend …', 'Clark "Don't Call Me Gomez Addams" Gable' (were direct quotes)
        if best is None and ctx.lex.lang == "en" and _en_quoted_modifier(ctx, q, q_first, q_last, lo, hi):
            continue  # (round 39, enforum) a phrase quoted as a noun's modifier, no cue: 'a "random people are saying X"
            # article', 'from the "Take a Break from the Forum" discussion' (comments' mentions, were direct quotes)
        if ctx.lex.lang == "en" and q.n_words <= SHORT_QUOTE_WORDS and _en_defined_term(ctx, q_last, hi):
            continue  # (round 49, auditnews4) a word the writer defines: 'with "space" perhaps defined as the Russians
            # keeping quiet' (was a direct quote by the speaker of the report around it)
        if ctx.lex.lang == "en" and _en_programme_name(ctx, q, q_first, q_last, lo):
            continue  # (round 49, auditnews4) a policy's or programme's name as an object: 'to pay for "Medicare for
            # all."', 'she backs "Medicare for all"' (were direct quotes, one by a participle's subject far before)
        if ctx.lex.lang == "en" and _en_named_thing_after_article(ctx, q, q_first, q_last, lo):
            continue  # (round 54, seedleft) a name in title case after an article, a verb's object: 'The Foreign Ministry
            # says we presented a "Crossroads of Peace."' (was a direct quote of the ministry)
        if ctx.lex.lang == "en" and _en_imagined_utterance(ctx, q_first, lo):
            continue  # (round 49, auditnews4) a group's imagined outcry after a modal or in a "the more …" clause: 'the
            # public will cover its ears and scream, "Make it go away."', 'the more the people shrug and think, "Enough
            # already."' (were direct quotes, one by the person whose belief held the clause)
        if (best is None or best.first > q_last) and ctx.lex.lang == "en" and _en_predicted_quote(ctx, q_first, lo, hi):
            continue  # (round 39, encomments3) a third person's predicted or imagined words: 'they'll all say "I knew
            # this …"', 'As Gomer Pyle would say: "…"', 'You would think a leader would say: "Kids, …"' (were direct quotes)
        # the quotation is its whole sentence ('"It's a disgrace," said X. "We need answers."', "…
        # sagte der 50-Jährige. „Das tut weh.“"): speech continued, not a term
        whole = all(t.quoted or not t.is_word for t in ctx.tokens[lo:hi])
        worded = ctx.lex.lang == "de" and best is not None and _de_words_phrase_before(ctx, lo, q_first)
        # (round 41, encomments3) a partial quotation with no cue of its own after a paragraph break is the writer's
        # mention, not the speaker of the paragraph before going on: 'As that graffiti so succinctly put it, …\n\nWe now
        # have … Gordon Gekko "greed is good" style' (was the graffiti's)
        # (not a longer quotation after a colon or a reference: 'And the most ironic of her comments: "Look, …"')
        # (merge: not a quotation that opens with a capital, speech of its own: '“Come on, get down!” he yells at the
        # suspect.' after 'the officer demands …' lost its speaker)
        new_para = best is None and not whole and ctx.lex.lang == "en" and q.n_words <= 6 \
            and not ctx.text[q.start : q.end].lstrip()[:1].isupper() \
            and not (q_first - 1 >= lo and ctx.tokens[q_first - 1].text == ":") and _en_new_paragraph(ctx, si)
        pending = False
        if q.n_words <= SHORT_QUOTE_WORDS:
            # a short quotation needs a cue of its own, or (lower-case, so no name or title) a
            # speaker in the sentence before: otherwise it is a scare quote or a title
            colon_person = best is None and q_first - 1 >= lo and ctx.tokens[q_first - 1].text == ":" and q_first - 1 > lo \
                and (_colon_person(ctx, lo, q_first - 1) or _en_colon_clause(ctx, lo, q_first - 1) is not None
                     or _de_colon_reaction(ctx, lo, q_first - 1, q)
                     # (round 52, comments audit) a commenter's handle as the label: '@Jen: "Good for Lana" — really?'
                     or (ctx.lex.lang == "en" and _en_handle_label(ctx, lo, q_first) is not None))
            if not colon_person and best is None and _de_kicker_person(ctx, lo, hi, q_first, q_last) is not None:
                colon_person = True
            if not colon_person and best is None and _de_headline_quote_person(ctx, q, lo, hi) is not None:
                colon_person = True  # (round 47, deheadlines) '„Wir sind bereit“ – Pistorius sieht …'
            # (round 46, dequotes) German: a quoted sentence after a label's colon that ends the sentence, after a report
            # ("…, erklärt Müller. Und weiter: „Wir müssen handeln.“", "Sein Appell: „Handeln!“"): speech going on, as a
            # longer one already was (was dropped as a term: German nouns and sentences open in capitals alike)
            colon_sentence = ctx.lex.lang == "de" and best is None and q_first - 1 > lo \
                and ctx.tokens[q_first - 1].text == ":" and not ctx.tokens[q_first - 1].quoted \
                and ctx.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?"} \
                and all(not t.is_word for t in ctx.tokens[q_last + 1 : hi]) \
                and _de_going_on_label(ctx, lo, q_first - 1)
            # (round 48, enpassive3) an agentless impersonal passive as the tag: '"We will appeal," it was announced.' (as a
            # longer quotation already was, without a speaker; was nothing)
            passive_tag = best is None and ctx.lex.lang == "en" and _en_passive_tag(ctx, cues, q, q_last, hi)
            context = passive_tag or best is not None or colon_person or (
                si > 0 and ctx.sent_attr[si - 1] is not None and (colon_sentence or ctx.text[q.start].islower() or whole)
                and not new_para and not _en_echo_question(ctx, q, lo, hi, q_first, q_last)) \
                or (whole and _unnamed_before(ctx, si) is not None)
            # English: a cue, then only a comma or colon, then the quotation ('replied, "No."') is speech
            # (not a term marker: 'is called "Star Wars."' stays a title)
            introduced = ctx.lex.lang == "en" and best is not None and best.last + 1 < q_first \
                and ctx.tokens[best.last].low not in ctx.lex.term_markers and all(
                    t.text in {",", ":"} and not t.quoted for t in ctx.tokens[best.last + 1 : q_first])
            # English: a short sentence of speech before its attribution ('"Why?" she asked.', '"No," Smith
            # said.'): it ends in a sentence mark or a comma, and a cue follows within its speaker's words
            answered = ctx.lex.lang == "en" and best is not None and best.first > q_last \
                and ctx.text[q.start : q.end].rstrip()[-1:] in {"?", "!", ",", "."} \
                and best.first - q_last <= 5 and all(t.is_word and not t.quoted for t in ctx.tokens[q_last + 1 : best.first])
            # (not context: no cue, so none called either, and with a speaker before not the whole sentence)
            if not context and ctx.lex.lang == "de" and si > 0 \
                    and ctx.sent_attr[si - 1] is not None and ctx.sent_attr[si - 1].name \
                    and ctx.text[q.start : q.end].lstrip()[:1].isupper() and not _term_marked(ctx, q_first) \
                    and any(t.text == t.low and not t.quoted and (t.low in ctx.lex.konjunktiv_i or t.low in ctx.lex.reportative)
                            for t in ctx.tokens[lo:q_first]) \
                    and not _is_term(ctx, q, q_first):
                # (round 46, dequotes) German nouns are capitalised: a short quotation in capitals (no name or title
                # before it) after the Konjunktiv verb of a report going on waits for the sentence to go on with that
                # report, and is then its speaker's words ("Kurz sagte, die Stadt werde helfen. Die Lage sei eine
                # „Katastrophe“." had only the report; "Die Lage sei „dramatisch“" already gave the quotation); not in
                # the subject before that verb, another's term ("Das von der Regierung propagierte „Sofortprogramm“ sei …")
                pending = True
            # (round 35 w4) German: words quoted after "mit den Worten" are speech, however short ("forderte sie mit den
            # Worten „Alles Geld her“ auf", "begrüßte die Gäste mit den Worten „Willkommen zurück“")
            elif not context or (not introduced and not answered and not worded and called is None and not passive_tag
                                 and _is_term(ctx, q, q_first)):
                continue
            if best is None and ctx.lex.lang == "en" and q_first - 1 >= lo and ctx.tokens[q_first - 1].is_word \
                    and ctx.tokens[q_first - 1].text == ctx.tokens[q_first - 1].low \
                    and (ctx.tokens[q_first - 1].low in ctx.lex.determiners or ctx.tokens[q_first - 1].low == "whose"):
                # ((round 53, auditseed) also after the relative "whose": 'The same Moscow whose "peacekeepers" watched …')
                continue  # a scare quote after an article, no cue: 'along with the "systemic racism" that …'
            if best is not None and not introduced and not answered and ctx.lex.lang == "en" and best.first > q_last \
                    and q_first - 1 >= lo and (ctx.tokens[q_first - 1].text == ctx.tokens[q_first - 1].low or q_first - 1 == lo) \
                    and ctx.tokens[q_first - 1].low in ctx.lex.determiners and not any(
                        not t.is_word and not t.quoted for t in ctx.tokens[q_last + 1 : best.first]):
                continue  # (round 38) a scare quote after an article in the cue's subject, no comma between: 'the "woke"
                # crowd claim that …', 'her "friends" said I was …', 'The "independent" panel concluded …' (were the
                # speaker's words)

        attr = ctx.attribution(best) if best else None
        if attr is not None and ctx.lex.lang == "de" and q_first - 1 >= lo and ctx.tokens[q_first - 1].text == ":" \
                and best.speaker is not None and best.speaker.kind != "pronoun" \
                and not (attr.name and person_name(attr.name, ctx.lex, ctx.ents)):
            # the person named in the colon's clause over a fronted phrase taken for the subject: "Die
            # Meisterschaft im Blick mahnt Trainer Jürgen Klopp zur Geduld: „…“"
            person = subject_attribution(ctx, lo, q_first - 1)
            if person is not None and person.name and person_name(person.name, ctx.lex, ctx.ents) \
                    and not _de_prepositional_person(ctx, person, best, lo) \
                    and not (person.speaker and ctx.text[person.speaker[0] : person.speaker[1]].lower() == "es"):
                # ((round 51, dearticles8) not an impersonal "es": "Für Aufregung sorgte eine E-Mail des Schulamts. Darin
                # heißt es: „…“" is the e-mail's, was the person quoted before)
                attr = Attribution(person.name, person.speaker, attr.cue)
        if attr is None and best is None and ctx.lex.lang == "en" and q_first - 1 > lo and ctx.tokens[q_first - 1].text == ":":
            attr = _en_poll_question(ctx, lo, q_first - 1)  # (round 54, enscience) 'In a survey released last month by
            # the charity Bliss, parents were asked: "Would you …?"' is the survey's question (was the speaker before)
        if attr is None and q_first - 1 >= lo and ctx.tokens[q_first - 1].text == ":":
            # "Ein Beamter der Nationalpolizei: „…“", "Obama warb … mit den Worten: „…“"
            attr = _en_quoted_object(ctx, lo, q_first - 1) if ctx.lex.lang == "en" else None
            if attr is None:
                attr = subject_attribution(ctx, lo, q_first - 1)
            voiced = False
            if attr is not None and ctx.lex.lang == "de" and best is None \
                    and (voice := _de_call_noun_colon(ctx, lo, q_first - 1, attr)) is not None:
                attr, voiced = voice, True  # (round 51, deleft20) "Aus der SPD-Fraktion kam der Ruf: „…“" (was the
                # speaker before, as the subject "der Ruf" cannot speak)
            if attr is not None and ctx.lex.lang == "de" and best is None and attr.speaker is not None \
                    and (press := _de_press_subject(ctx, lo, q_first - 1, attr)) is not None:
                attr = press  # (round 42, depresseschau2) the paper opening the clause over a person in its object:
                # "Die WELT beleuchtet die Rolle von Kanzler Merz: „…“" (was "Rolle")
            if attr is not None and ctx.lex.lang == "en" and attr.speaker is not None \
                    and _en_heading_nouns(ctx, attr.speaker[1], q_first - 1):
                attr = None  # (round 38, comments) a name modifying a heading's nouns: 'Las Vegas mass shooting: "…"'
            if attr is not None and ctx.lex.lang == "en" and best is None and attr.name and " " in attr.name:
                attr = _en_title_case_headline(ctx, lo, q_first - 1) or attr
            if attr is not None and ctx.lex.lang == "de" and best is None and attr.name \
                    and ctx.lex.is_colon_title_label(attr.name.split()[0]):
                continue  # (round 39, descare) a motto or a title is what the subject is: "Das Motto des Abends lautete:
                # „…“", "Der Titel der Ausstellung: „…“" (were direct quotes by "Motto des Abends")
            if attr is not None and ctx.lex.lang == "de" and best is None and attr.name \
                    and ctx.lex.is_quote_label(attr.name.split()[0]):
                attr = None  # (round 47, deheadlines) a label of the quotation itself is no speaker: "Zitat des Tages:
                # „…“" (was spoken by "Zitat des Tages"); a bracket after it or the sentence before may name one
            if attr is not None and ctx.lex.lang == "de" and best is None and attr.name and si > 0 and not voiced \
                    and ctx.sent_attr[si - 1] is not None and ctx.sent_attr[si - 1].name \
                    and "\n" not in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] \
                    and not person_name(attr.name, ctx.lex, ctx.ents) and not _de_agent_noun(attr.name.split()[-1], ctx.lex) \
                    and not _de_press_source(ctx, attr) \
                    and not (attr.speaker and ctx.text[attr.speaker[0] : attr.speaker[1]].split()[0].lower() in ("er", "sie", "ihm", "ihr")) \
                    and not (attr.speaker and _de_other_one_subject(ctx.text[attr.speaker[0] : attr.speaker[1]].split())):
                # ((round 52, de3left) another unnamed person can speak: "Ein anderer rief: „…“", "Ein anderer Zuhörer
                # rief: „…“" after "…, rief ein Mann")
                # the subject before the colon cannot speak ("Zentrale Gespräche würden abgelehnt: «…»", "Die Lage
                # der Branche ist ihm bewusst: „…“"): the speaker of the sentence before goes on
                prev = ctx.sent_attr[si - 1]
                attr = Attribution(prev.name, prev.speaker, None)
            elif attr is not None and ctx.lex.lang == "de" and best is None and si > 0 and not voiced \
                    and ctx.sent_attr[si - 1] is not None and ctx.sent_attr[si - 1].name \
                    and attr.name != ctx.sent_attr[si - 1].name \
                    and "\n" not in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] and any(
                        t.text == t.low and not t.quoted and t.low in ctx.lex.konjunktiv_i
                        for t in ctx.tokens[lo : q_first - 1]):
                # (round 34) the clause before the colon is reported in the Konjunktiv I: the speaker of the sentence
                # before goes on ("„Das ist keine Haft“, äußerte der Angeklagte. Denn Richter Krebber sei gar nicht
                # für ihn zuständig: „Wir haben keinen Handelsvertrag.“" was the judge's)
                prev = ctx.sent_attr[si - 1]
                attr = Attribution(prev.name, prev.speaker, None)
        if attr is None and best is None and ctx.lex.lang == "en" and (hl := _en_handle_label(ctx, lo, q_first)) is not None:
            # (round 47, enheadlines) a post's handle as a label before its quotation: '@SenSanders: "Healthcare is a
            # human right."' (the handle without "@", as round 39 gave a quoted post's '"@handle: …"'); (round 52,
            # auditcomments) also a commenter's name with its initial: '@Maria G.: "It's OUR money"'
            attr = Attribution(ctx.text[hl[0] : hl[1]], hl, None)
        kicker = False
        if attr is None and best is None:
            attr = _de_kicker_person(ctx, lo, hi, q_first, q_last)  # (round 40, deheadlines) 'Söder über Coronakrise "…"'
            kicker = attr is not None
        if attr is None and best is None:
            attr = _de_headline_quote_person(ctx, q, lo, hi)  # (round 47, deheadlines) '„…“ – Boris Pistorius sieht …'
        if attr is None and best is None:
            col = colon_person_before(ctx, lo, q_first)
            if col is not None:  # "Bohle: Man setze „alles daran, …“": the person before the colon
                attr = subject_attribution(ctx, lo, col)
        if attr is None and best is None and (br := _bracketed_person(ctx, q_last)) is not None:
            attr = br  # (round 22) '„Wir sollten nur auswärts spielen.“ (Ingolstadts Verteidiger Tobias Levels nach …)'
        if attr is None and best is None and ctx.lex.lang == "en" and (sg := _en_dash_signed_person(ctx, q_last)) is not None:
            attr = sg  # (round 41, encomments) a quotation signed under or after it: '"…" \n― Robert A. Heinlein'
        if attr is None and ctx.lex.lang == "en" and _en_subject_then_quoted_verb(ctx, lo, q_first, q):
            # the sentence's subject right before a quotation that opens with its verb: 'Management
            # "attributed the overall sales declines to …"'
            attr = subject_attribution(ctx, lo, q_first, any_subject=True)
        if attr is None and whole and best is None and ctx.lex.lang == "de" and si > 0:
            attr = _de_addressee_answers(ctx, si)  # (round 35) "„Wie alt sind Sie, Frau Grewe?“, fragt sie. „93 Jahre.“"
        if attr is None and whole and best is None and (nc := _no_comment_before(ctx, si)) is not None:
            # (round 46, paragraphs) a quotation with no cue after the writer's "no comment" sentence goes on with the
            # speaker before it: '"She has failed," Tom Smith said. A spokesman for Governor Mary Jones declined to
            # comment. "Her policies have driven jobs away."' (was the spokesman's; German "wollte sich nicht äußern")
            attr = nc
        if attr is None and whole and best is None and ctx.lex.lang == "en" \
                and (dt := _en_dialogue_turn(ctx, si, q)) is not None:
            attr = dt  # (round 49, enmultipar) a turn of a question-and-answer exchange, one quotation a paragraph: '"How
            # many drinks did you have?" Blake asked. / "Two," she replied. / "And it was dark?"' is Blake's again (was
            # the witness's), and a bare answer after it the witness's
        if attr is None and whole and ctx.lex.lang == "de" and si > 0 and ctx.sent_attr[si - 1] is not None \
                and _de_backref_attribution_next(ctx, si):
            pass  # (round 37, w4) "„…“ Das teilten die Ermittler mit.": the next sentence names the speaker (the
            # quotation took the source of the sentence before, "Nach ersten Ermittlungen …"); see quotes.find_quotes
        elif attr is None and si > 0 and ctx.sent_attr[si - 1] is not None and not (
                (whole or ctx.lex.lang == "en") and _headline_quote_line(ctx, q, si)) and not new_para:
            prev = ctx.sent_attr[si - 1]
            attr = Attribution(prev.name, prev.speaker, None)
            if ctx.lex.lang == "de" and not whole and best is None and prev.name \
                    and (own := _de_named_subject_before(ctx, lo, hi, q_first)) is not None \
                    and own.name.split()[-1] != prev.name.split()[-1]:
                # (round 39, departial) a partial quotation in a writer's sentence whose subject is another person named
                # in full: that person's words ("…, sagte de Maizière. Auch Kanzlerin Angela Merkel nahm die Nachricht
                # »mit Trauer und Betroffenheit« auf." had de Maizière's)
                attr = own
            elif ctx.lex.lang == "en" and not whole and best is None and prev.name \
                    and (own := _en_named_subject_before(ctx, lo, q, q_first)) is not None \
                    and own.name.split()[-1] != prev.name.split()[-1]:
                # (round 40, enpartial2) the same in English: 'Christie pointed to his policies, including "standing up
                # for …"' after another speaker's sentence is Christie's
                attr = own
        if attr is None and not whole and best is None and ctx.lex.lang == "en":
            # (round 40, enpartial2) a partial quotation with no cue in a sentence whose subject is a person the article
            # names: that person's words ('Spicer refused to comment on something that is "not a confirmed action"')
            attr = _en_named_subject_before(ctx, lo, q, q_first)
        if attr is None and whole and si >= 2 and ctx.lex.lang == "de" and ctx.sent_attr[si - 2] is not None \
                and ctx.sent_attr[si - 2].name and "\n" not in ctx.text[ctx.sents[si - 2][1] : ctx.sents[si][0]] \
                and _de_possessive_thing_subject(ctx, *ctx.sent_toks[si - 1]):
            # (round 35) one sentence of the writer's between whose subject is the speaker's thing, no person ("„…“,
            # erzählt Martina Wagner. Ihre Sorge war, dass … „Wir haben …“" was "Sorge"): the speaker before goes on
            prev = ctx.sent_attr[si - 2]
            attr = Attribution(prev.name, prev.speaker, None)
        if attr is None and whole:
            attr = _unnamed_before(ctx, si)
        if ctx.lex.lang == "de" and not whole and not worded and not kicker and called is None \
                and _de_work_title(ctx, q, q_first, q_last, lo, hi, attr is not None, best is not None):
            continue  # (round 35, de3) the title of a work: "Mit „Marmor, Stein und Eisen bricht“ schaffte er …"
        if pending:
            ctx.pending_short.append((si, q.start, q.end, q.group))
            continue
        ctx.add(si, q.start, q.end, "DIRECT_QUOTE", attr, q.group)
        made = True
    return made


#: German prepositions naming where a call or an answer before a colon comes from ("Aus der Fraktion kam der Ruf")
_DE_CALL_FROM = frozenset({"aus", "von", "vom"})


def _de_call_noun_colon(ctx: QuoteContext, lo: int, colon: int, attr: Attribution) -> Attribution | None:
    """German (round 51, deleft20): the subject before the colon of a quotation is a speech noun with an article and no
    owner in it (`speech_nouns`: "die Antwort", "die Devise"; `call_nouns`: "der Ruf", "ein Zwischenruf"). Its owner
    speaks: the body after "aus"/"von" in the clause ("Aus der SPD-Fraktion kam der Ruf: „…“", "Von den Grünen kam die
    Antwort: „…“"; the genitive after a place, "Aus den Reihen der Union") or a genitive right after a call noun ("Der
    Zwischenruf der Linken: „…“"). A call with no such owner, or from a room only ("Aus dem Saal kam der Ruf"), is
    nobody's named (an empty attribution), never the speaker before. None: no such noun, or a speech noun without an
    owner (the speaker before goes on, as for "Nachsatz: „…“")."""
    toks, lex = ctx.tokens, ctx.lex
    if attr.speaker is None or not attr.name:
        return None
    a = bisect_right(ctx.starts, attr.speaker[0] - 1)
    b = bisect_right(ctx.starts, attr.speaker[1] - 1) - 1
    if not (lo <= a < b < colon) or toks[a].quoted or toks[a].low not in lex.determiners or toks[a].low in lex.possessives \
            or toks[a].text[1:] != toks[a].low[1:]:
        return None
    h = a + 1
    while h < b and toks[h].is_word and not toks[h].quoted and toks[h].text == toks[h].low \
            and toks[h].low.endswith(DE_ADJECTIVE_ENDINGS):
        h += 1  # adjectives: "der laute Zwischenruf"
    head = toks[h]
    call = head.low in lex.call_nouns
    if head.quoted or not head.is_cap or not attr.name.startswith(head.text) or not (call or head.low in lex.speech_nouns):
        return None
    if h < b and not (call and toks[h + 1].low in ("der", "des") and toks[h + 1].text == toks[h + 1].low):
        return None  # (an owner the subject's own rules read: "Die Warnung der Opposition")

    def owner(k: int, end: int) -> Attribution | None:
        """The body of the noun phrase after token k, through a place's genitive."""
        m = mention_after_np(k, end)
        if m is None:
            return None
        if toks[m.end].low in lex.call_places:
            g = m.end + 1
            if g + 1 < end and toks[g].low in ("der", "des") and toks[g].text == toks[g].low and toks[g + 1].is_cap:
                return owner(g - 1, end)
            return Attribution(None, None, None)
        name = canonical(m, toks, ctx.ents, lex, continuing=None)
        return Attribution(name, (toks[m.first].start, toks[m.end].end), None) if name else None

    def mention_after_np(k: int, end: int) -> Mention | None:
        """An article (or none), adjectives and capitalised words after token k, up to `end`."""
        j = k + 1
        if j < end and toks[j].low in lex.determiners and toks[j].text == toks[j].low:
            j += 1
        first = j
        while j < end and toks[j].is_word and not toks[j].quoted and toks[j].text == toks[j].low \
                and toks[j].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[j].low not in lex.stopwords:
            j += 1
        if j >= end or not toks[j].is_cap or toks[j].quoted:
            return None
        e = j
        while e + 1 < end and toks[e + 1].is_cap and not toks[e + 1].quoted:
            e += 1
        return Mention(first if toks[k + 1].low in lex.determiners else j, e, "description")

    # a genitive right after the call noun: "Der Zwischenruf der Linken"
    if call and h + 2 < colon and toks[h + 1].low in ("der", "des") and toks[h + 1].text == toks[h + 1].low:
        got = owner(h, colon)
        if got is not None:
            return got
    # "aus"/"von" with its body anywhere in the clause
    for k in range(lo, colon - 1):
        if toks[k].low in _DE_CALL_FROM and not toks[k].quoted and toks[k].text[1:] == toks[k].low[1:] and not a <= k <= b:
            got = owner(k, colon)
            if got is not None:
                return got
    return Attribution(None, None, None) if call else None


def _de_press_source(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 37, w3): the attribution's speaker phrase names a newspaper, a magazine or a broadcaster
    (yaml `press_names`, `press_endings`): "Die Frankfurter Rundschau", "der SÜDKURIER", "Das Blatt"."""
    if attr.speaker is None:
        return False
    return any(ctx.lex.is_press_word(w.strip("\"„“”»«‚‘’',.()").lower())
               for w in ctx.text[attr.speaker[0] : attr.speaker[1]].split())


def _de_press_subject(ctx: QuoteContext, lo: int, colon: int, attr: Attribution) -> Attribution | None:
    """German (round 42, depresseschau2): a paper (`_de_press_source`) is the subject opening the clause before the colon,
    its verb (no cue) right after it, and the attribution found names something later in the clause that is no paper
    ("Die WELT beleuchtet die Rolle von Kanzler Merz: „…“", "Der „Tagesspiegel“ nimmt die Rolle von CDU-Chef Merz in
    den Blick: „…“"): the paper, as it is when the object names no person. None otherwise."""
    toks = ctx.tokens
    if _de_press_source(ctx, attr):
        return None
    m = clause_subject(toks, lo, colon, ctx.lex)
    if m is None or m.kind == "pronoun" or m.first > lo + 1 or m.end + 1 >= colon or toks[m.end].end > attr.speaker[0]:
        return None
    verb = toks[m.end + 1]
    if verb.quoted or not verb.is_word or verb.text != verb.low:
        return None
    press = subject_attribution(ctx, lo, m.end + 1)
    if press is None or press.speaker is None or not _de_press_source(ctx, press):
        return None
    return press


def _en_passive_tag(ctx: QuoteContext, cues: list[Cue], q: Quotation, q_last: int, hi: int) -> bool:
    """English (round 48, enpassive3): the quotation, ending in a comma or a sentence mark, is followed by "it", a form
    of "be" (or "has been"), adverbs and a passive reporting cue, then a time or nothing before the full stop ('"We will
    appeal," it was announced.', '"…," it was later claimed on Monday.'): speech without a speaker."""
    toks, lex = ctx.tokens, ctx.lex
    if ctx.text[q.start : q.end].rstrip()[-1:] not in {",", "?", "!"} or q_last + 3 >= hi:
        return False
    j = q_last + 1
    if toks[j].text != "it" or toks[j].quoted:
        return False
    j += 1
    if toks[j].low in ("has", "had") and toks[j + 1].low == "been":
        j += 2
    elif toks[j].low in lex.passive_auxiliaries and toks[j].low not in ("been", "being", "be"):
        j += 1
    else:
        return False
    while j < hi and toks[j].text == toks[j].low and (toks[j].low.endswith("ly") or toks[j].low in ("also", "later")):
        j += 1
    if j >= hi or toks[j].quoted or toks[j].text != toks[j].low or toks[j].low in lex.term_markers \
            or not any(c.first == j for c in cues):  # (not a name: '"Crimes against humanity," it was called.')
        return False
    return en_time_closes_sentence(toks, lex, j + 1, hi)  # (a time, then the full stop)


def _en_outer_report_of_stance(ctx: QuoteContext, cues: list[Cue], best: Cue) -> Cue | None:
    """English (round 54, enworld): best is a belief or hope cue (en.yaml `inner_stance_cues`) whose subject stands right
    in the report of a verb cue before it with a speaker of its own, no comma, colon, semicolon or quotation between
    ("said Doha hoped", "told reporters that Washington believed"): that outer cue."""
    toks = ctx.tokens
    if best.kind != "verb" or best.first != best.last or toks[best.first].low not in ctx.lex.inner_stance_cues \
            or best.speaker is None or best.speaker.kind == "pronoun" or best.speaker.first > best.first:
        return None
    for o in cues:
        if o is best or o.kind != "verb" or o.speaker is None or o.last >= best.speaker.first \
                or toks[o.first].low in ctx.lex.inner_stance_cues or o.speaker.first > o.first:
            continue
        if best.speaker.first - o.last > 12 or any(
                (t.text in (",", ":", ";", ".", "!", "?", "(", ")") or t.quoted) for t in toks[o.last + 1 : best.first]):
            continue
        return o
    return None


def _en_subordinate_before_cue(ctx: QuoteContext, q_last: int, best: Cue) -> bool:
    """(round 53, seedleft) English: a subordinator of another clause (`_OTHER_CLAUSE_SHORT`: "while", "although",
    "because", …) stands right after the quotation ending at q_last, no comma between, and the cue after it and its
    speaker are that clause's: 'talking about "brotherly Azerbaijan" while Turkey still denies …'."""
    toks = ctx.tokens
    k = q_last + 1
    if best.first <= k or best.speaker is None or best.speaker.first <= k or best.speaker.first > best.first:
        return False
    t = toks[k]
    return t.is_word and not t.quoted and t.text == t.low and t.low in _OTHER_CLAUSE_SHORT and not any(
        x.quoted or x.text in {",", ";", ":", ".", "!", "?"} for x in toks[k + 1 : best.first])


def _en_echo_question(ctx: QuoteContext, q, lo: int, hi: int, q_first: int, q_last: int) -> bool:
    """English (round 53, auditseed): a short quotation inside a question of the writer's own, with no cue, echoes the
    word of the sentence before instead of going on with its speech: 'Hajizada calls it "baseless." … Is that
    "baseless" too?' (was a second quotation of the speaker before); the question mark outside the quotation, after it."""
    if ctx.lex.lang != "en" or q_first <= lo:
        return False
    rest = [t for t in ctx.tokens[q_last + 1 : hi] if not t.quoted]
    return bool(rest) and rest[-1].text == "?" and not ctx.text[q.start : q.end].rstrip().endswith("?")


def _en_new_paragraph(ctx: QuoteContext, si: int) -> bool:
    """English (round 41, encomments3): sentence si opens a new paragraph (a line break since sentence si - 1), and
    sentence si - 1 does not end in a colon that introduces what follows ("X writes:\n\n…")."""
    if si == 0:
        return False
    gap = ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]]
    return "\n" in gap and not ctx.text[ctx.sents[si - 1][0] : ctx.sents[si - 1][1]].rstrip().endswith(":")


#: (round 49, enmultipar) English cue verbs of a question and of its answer in a quoted exchange
_EN_ASKING_CUES = frozenset({"asked", "asks", "ask", "inquired", "inquires", "wondered", "pressed", "demanded"})
_EN_ANSWERING_CUES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds", "retorted",
                                "retorts", "shot"})


def _en_turn(ctx: QuoteContext, s: int) -> tuple[Attribution, bool, str] | None:
    """English (round 49, enmultipar): sentence s is a paragraph of its own whose direct quotes all have one
    named speaker: (the attribution of its last quotation, whether that quotation is a question, its cue word or "")."""
    if s < 1 or not _en_new_paragraph(ctx, s) or not _en_new_paragraph(ctx, s + 1):
        return None
    recs = [r for r in ctx.recs if r.sentence == s]
    if not recs or any(r.label != "DIRECT_QUOTE" or r.attr is None or not r.attr.name for r in recs) \
            or len({r.attr.name for r in recs}) != 1:
        return None
    a, b = ctx.sent_toks[s]
    if sum(1 for t in ctx.tokens[a:b] if t.is_word and not t.quoted) > 6:
        return None  # a writer's sentence around the quotation, no turn of an exchange
    r = recs[-1]
    cue = ctx.text[r.attr.cue[0] : r.attr.cue[1]].lower().split()[0] if r.attr.cue else ""
    return r.attr, ctx.text[r.start : r.end].rstrip()[-1:] == "?", cue


def _en_dialogue_turn(ctx: QuoteContext, si: int, q: Quotation) -> Attribution | None:
    """English (round 49, enmultipar): a quotation that is its whole paragraph, with no cue, inside a quoted exchange of
    questions and answers, one quotation a paragraph. The exchange is under way when a question with an asking cue by
    one person ('"How many drinks did you have?" Blake asked.') is answered in the next paragraph by another with an
    answering cue ('"Two, maybe three," she replied.'). The turns then alternate: a bare question after an answer is the
    speaker's of the question before it, a bare answer after a question the speaker's of the answer before it. None
    otherwise (the speaker of the sentence before goes on, as for '"Who pays?" Smith asked. / "Not the rich."')."""
    if si < 3 or not _en_new_paragraph(ctx, si):
        return None
    question = ctx.text[q.start : q.end].rstrip()[-1:] == "?"
    t1, t2 = _en_turn(ctx, si - 1), _en_turn(ctx, si - 2)
    if t1 is None or t2 is None or t1[0].name == t2[0].name or not (t2[1] == question != t1[1]):
        return None
    s, later = si - 1, t1
    while s - 1 >= 1 and (earlier := _en_turn(ctx, s - 1)) is not None:
        if earlier[1] and earlier[2] in _EN_ASKING_CUES and not later[1] and later[2] in _EN_ANSWERING_CUES \
                and earlier[0].name != later[0].name:
            return Attribution(t2[0].name, t2[0].speaker, None)
        s, later = s - 1, earlier
    return None


def _de_prepositional_person(ctx: QuoteContext, person: Attribution, best: Cue, lo: int) -> bool:
    """German (round 42, depresseschau): the person named before a colon stands in a prepositional phrase (the topic),
    not in the subject: "Die Londoner TIMES meint zur Bewerbung des Unternehmers Michael Bloomberg: „…“", "Zur Rede
    von Kanzler Merz schreibt die WELT: „…“" (the speaker was "Bewerbung des Unternehmers Michael Bloomberg"); the
    walk back from the person's first word stops at the cue ("mahnt Trainer Jürgen Klopp zur Geduld" stays)."""
    if person.speaker is None:
        return False
    toks, lex = ctx.tokens, ctx.lex
    k = bisect_right(ctx.starts, person.speaker[0]) - 2
    while k >= lo:
        t = toks[k]
        if best.first <= k <= best.last or t.quoted or not t.is_word:
            return False
        if t.low in lex.prepositions and (t.text == t.low or k == lo):
            return True  # (also opening the sentence: "Zum neuen Premier Binali Yildirim schreibt die „NZZ“: „…“")
        k -= 1
    return False


def _de_named_subject_before(ctx: QuoteContext, lo: int, hi: int, q_first: int) -> Attribution | None:
    """German (round 39, departial): the subject before a quotation is a person named with a first name or a title
    ("Auch Kanzlerin Angela Merkel nahm die Nachricht „…“ auf"), in an indicative sentence (no Konjunktiv, which goes on
    with the report before); None otherwise."""
    lex = ctx.lex
    if any(t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv)
           for t in ctx.tokens[lo:hi]):
        return None
    own = subject_attribution(ctx, lo, q_first)
    if own is None or not own.name or own.speaker is None or len(own.name.split()) < 2:
        return None
    words = ctx.text[own.speaker[0] : own.speaker[1]].split()
    if not person_name(own.name, lex, ctx.ents) or words[0].lower() in ("er", "sie"):
        return None
    return Attribution(own.name, own.speaker, None)


def _en_named_subject_before(ctx: QuoteContext, lo: int, q: Quotation, q_first: int) -> Attribution | None:
    """English (round 40, enpartial2): the subject before a partial quotation in lower case is a person the article
    names, not a pronoun ('Christie pointed to his policies, including "standing up for …"'); None otherwise (a scare
    quote's sentence rarely names its writer's subject: 'the so-called "experts"' is dropped before)."""
    if not ctx.text[q.start : q.start + 1].islower() or q_first <= lo:
        return None
    own = subject_attribution(ctx, lo, q_first)
    if own is None or not own.name or own.speaker is None:
        return None
    toks, lex = ctx.tokens, ctx.lex
    words = ctx.text[own.speaker[0] : own.speaker[1]].split()
    if words[0].lower() in lex.pronouns or not words[0][:1].isupper() or not person_name(own.name, lex, ctx.ents):
        return None
    a = bisect_right(ctx.starts, own.speaker[0] - 1)  # the subject's first and last tokens
    b = bisect_right(ctx.starts, own.speaker[1] - 1) - 1
    # it opens the sentence, or the main clause after a fronted adverbial clause ('When asked …, Christie pointed …'),
    # and a verb follows it right away, not a copula ('Amber Rose is one of those who "…"' describes her), nor a comma
    # (a vocative or an apposition: 'Mr Yakopatz, Trump's supporters love it when he "…"')
    if not (a == lo or (a - 1 > lo and toks[a - 1].text == "," and toks[lo].text != toks[lo].low
                        and (toks[lo].low in lex.adverbial_subordinators or toks[lo].low in _EN_FRONTED_CLAUSE_OPENERS))):
        return None
    v = toks[b + 1] if b + 1 < q_first else None
    if v is None or not v.is_word or v.quoted or v.text != v.low or v.low in _EN_COPULAS or (v.low.endswith("ly") and not (
            b + 2 < q_first and toks[b + 2].is_word and toks[b + 2].text == toks[b + 2].low
            and toks[b + 2].low not in _EN_COPULAS)):
        return None
    return Attribution(own.name, own.speaker, None)


#: (round 40, enpartial2) the first word of a fronted clause before the subject: "When asked …,", "After …,"
_EN_FRONTED_CLAUSE_OPENERS = EN_ASKED_PARTICIPLES | {"after", "before"}
_EN_COPULAS = frozenset({"is", "was", "are", "were", "'s", "be", "been", "remains", "seems", "looks", "sounds"})


def _de_backref_attribution_next(ctx: QuoteContext, si: int) -> bool:
    """German (round 37, w4): the sentence after sentence si, in the same paragraph, opens with "Das" or "Dies" and a
    finite cue verb right after it ("Das teilten die Ermittler mit.", "Dies sagte der Bürgermeister am Abend."): it
    attributes what came before."""
    if si + 1 >= len(ctx.sents) or "\n" in ctx.text[ctx.sents[si][1] : ctx.sents[si + 1][0]]:
        return False
    lo, hi = ctx.sent_toks[si + 1]
    toks, lex = ctx.tokens, ctx.lex
    if hi - lo < 3 or toks[lo].text not in ("Das", "Dies") or toks[lo].quoted:
        return False
    v = toks[lo + 1]
    return v.is_word and not v.quoted and v.text == v.low and (v.low in lex.cue_verbs or v.low in lex.separable)


#: (round 35) a quoted question that ends in a form of address and a surname: ", Frau Grewe?"
_DE_ADDRESSED_QUESTION = re.compile(r",\s*([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s*\?$")


def _de_addressee_answers(ctx: QuoteContext, si: int) -> Attribution | None:
    """German (round 35): the sentence before is a quoted question with a speaker that ends in a form of address and a
    surname ("„Wie alt sind Sie, Frau Grewe?“, fragt sie laut."): a quotation that is its whole sentence right after it
    is the answer of the person addressed ("„93 Jahre, aber das wissen Sie doch.“"), not the asker's. None otherwise."""
    r = next((r for r in reversed(ctx.recs) if r.sentence == si - 1 and r.label == "DIRECT_QUOTE"), None)
    if r is None or r.attr is None or not r.attr.name or "\n" in ctx.text[r.end : ctx.sents[si][0]]:
        return None
    m = _DE_ADDRESSED_QUESTION.search(ctx.text[r.start : r.end].rstrip())
    if m is None or m.group(1).lower() not in ctx.lex.address_forms or m.group(2) in r.attr.name.split():
        return None
    name = ctx.ents.by_surname.get(m.group(2).lower(), m.group(2))
    return Attribution(name, (r.start + m.start(2), r.start + m.end(2)), None)


def _de_possessive_thing_subject(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 35): the sentence lo..hi opens with a possessive and a noun that names no person, then its finite
    verb ("Ihre Sorge war, dass …", "Sein Ziel ist klar"; not "Ihr Mann sagt", "Seine Sprecherin erklärte")."""
    toks, lex = ctx.tokens, ctx.lex
    if hi - lo < 4 or toks[lo].low not in lex.possessives or toks[lo].quoted or not toks[lo + 1].is_cap \
            or not toks[lo + 1].is_word or toks[lo + 1].quoted:
        return False
    noun, verb = toks[lo + 1], toks[lo + 2]
    w = noun.low
    if lex.is_title(noun.text) or de_person_noun(w, "der") or de_person_noun(w, "die") or w.endswith(_DE_PERSONISH_ENDINGS) \
            or lex.is_first_name(w):
        return False
    return verb.is_word and not verb.quoted and verb.text == verb.low and (verb.low in lex.auxiliaries or verb.low in (
        "bleibt", "blieb", "scheint", "schien", "liegt", "lag", "galt", "gilt"))


#: (round 35) endings of German nouns that may name a person (kin and role words: "Mann", "Tochter", "Vater", "Chefin")
_DE_PERSONISH_ENDINGS = ("er", "in", "innen", "mann", "frau", "kind", "sohn", "ling", "ent", "ant", "ist", "eur", "ör")


def _de_bracketed_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """(round 35, de3) German: the quotation alone fills brackets right after a word ("Jesse Plemons („Kinds of
    Kindness“)", "Andrea Evans („Reich und schön“)", "„So-seol-ga-ui Yeong-hwa“ („The Novelist's Film“)"): a work
    credited to a name or a title's translation, not anyone's words."""
    toks = ctx.tokens
    b, a = q_first - 1, q_last + 1
    words = ctx.text[q.start : q.end].split()
    # (capitalised and short: a programme's words in brackets are quoted text, "Individualeinkommen („ab einem
    # Jahreseinkommen von 250.000 Euro …“)")
    if not words or not words[0][:1].isupper() or len(words) > 10:
        return False
    return lo < b and a < hi and toks[b].text == "(" and toks[a].text == ")" and not toks[b].quoted \
        and not toks[a].quoted and (toks[b - 1].is_word or toks[b - 1].quoted)


#: (round 42, deculture2) German labels of a translation in brackets ("(übersetzt: „…“)", "(dt. „…“)", "(zu Deutsch: …)"):
#: one of these words, maybe with "frei", "zu" or "auf"
_DE_TRANSLATION_WORDS = frozenset({"übersetzt", "deutsch", "dt", "sinngemäß", "übersetzung"})
_DE_TRANSLATION_LABELS = _DE_TRANSLATION_WORDS | {"frei", "zu", "auf"}


def _de_bracketed_translation(ctx: QuoteContext, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """(round 42, deculture2) German: the quotation follows a bracket, one to three label words ("übersetzt",
    "dt.", "zu Deutsch", "frei übersetzt") and an optional colon, right after another quotation or a quoted word:
    the translation of the words before, not a second quote."""
    toks = ctx.tokens
    lo = max(0, lo - 8)  # "dt." may end the sentence the splitter sees
    b = q_first - 1
    while b > lo and not toks[b].is_word and toks[b].quoted:
        b -= 1  # the opening quotation mark
    if b <= lo or toks[b].quoted:
        return False
    if toks[b].text == ":":
        b -= 1
    if b > lo and toks[b].text == ".":
        b -= 1  # "dt."
    n = 0
    while b > lo and n < 3 and toks[b].is_word and not toks[b].quoted and toks[b].low in _DE_TRANSLATION_LABELS:
        b -= 1
        n += 1
    if n == 0 or b <= lo or toks[b].text != "(" or toks[b].quoted or not any(
            toks[x].low in _DE_TRANSLATION_WORDS for x in range(b + 1, b + 1 + n)):
        return False
    p = b - 1
    while p > lo and not toks[p].is_word and toks[p].quoted and toks[p].text not in "()":
        p -= 1  # the closing quotation mark of the original
    return toks[p].quoted


def _de_work_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int, carried: bool,
                   cued: bool) -> bool:
    """(round 35, de3) German: a quotation in a sentence without a cue stands where a noun does and reads as the
    title of a work (two to ten words, capitalised, no sentence mark at its end): right after a preposition, an
    article, "wie", "und"/"oder", a number or a capitalised noun ("Filme wie „Ein Haus in der Toscana“", "1977 „Ich
    bin der Größte“", "Wagners „Die Meistersinger von Nürnberg“"), or opening the sentence with a lower-case word right
    after it ("„Die drei mit dem Stift“ eint ein gemeinsames Schicksal"). When the speaker of the sentence before
    goes on (carried), only a title that opens with an article, a preposition or a pronoun ("mit „Die Erfindung der
    Einsamkeit“") or an English title ("in „Everything Everywhere All at Once“"): "Sie sei „Teil des Problems“" is
    that speaker's partial quotation. The same when the sentence has a cue (cued), but not opening the sentence
    ("Terézia Mora erzählt in „Muna oder Die Hälfte des Lebens“ von …", "der für „The Square“ gewonnen hatte")."""
    toks, lex = ctx.tokens, ctx.lex
    text = ctx.text[q.start : q.end].strip()
    words = text.split()
    if not 2 <= len(words) <= 10 or not text[:1].isupper() or text[-1:] in {".", "!", "?", "…", ",", ":"}:
        return False
    p, n = q_first - 1, q_last + 1
    if p >= lo:
        t = toks[p]
        # (after an article only a name in capitals: "den „Großen Preis der Jury“", not "die Gefahr einer „Invasion
        # unseres Landes“", a partial quotation)
        named = all(w[:1].isupper() or w.lower() in _DE_NAME_LINKS for w in words)
        placed = t.is_word and not t.quoted and (
            t.low in lex.prepositions or t.low in ("wie", "und", "oder", "sowie") or t.text.isdigit()
            or (t.low in DE_DEFINITE_ARTICLES and t.text == t.low and named)
            or (t.is_cap and p > lo and not lex.is_title(t.text) and t.low not in lex.determiners))
    else:
        placed = not cued and n < hi and toks[n].is_word and not toks[n].quoted and toks[n].text == toks[n].low
    if not placed:
        return False
    # (an English title has a minor word or three words or more: not "zum „Heiligen Krieg“", a German term)
    english = en_title_case(bare := [w.strip(",.;:!?") for w in words]) and (
        len(bare) >= 3 or any(w.lower() in EN_TITLE_MINOR for w in bare))
    return not (carried or cued) or words[0].lower() in lex.title_openers or english


#: German (round 41, destudies2) words that join the slogans of a list after a call ("„…“, „…“ und „…“", "„…“ oder „…“")
_DE_SLOGAN_JOINS = frozenset({",", "und", "oder", "sowie"})


def _de_called_quotation(ctx: QuoteContext, cues: list[Cue], q_first: int, lo: int, hi: int) -> Cue | None:
    """German (round 41, destudies2): the quotation at q_first is a slogan a call or a chant (`quotation_calls`) calls
    out right before it (`quote_cues._de_call_before_quotation`), or one joined to such a slogan by a comma, "und",
    "oder" or "sowie": "Die Protestierenden riefen „Volksverräter“, „Haut ab“ und „Merkel muss weg“", "skandierten
    die Teilnehmer unter anderem «No Justice, No Peace» und «Keine Polizeigewalt»" (only the first was a quote; a
    one-word or pronoun-led slogan after "und" was read as a term or a title). The call's cue, or None."""
    toks, lex = ctx.tokens, ctx.lex
    calls = [c for c in cues if c.kind == "verb" and c.speaker is not None and c.last < q_first
             and toks[c.first].low in lex.quotation_calls and toks[c.first].text == toks[c.first].low]
    if not calls:
        return _de_calling_after_quotation(ctx, cues, q_first, hi)
    k = q_first  # the first token of the quotation at hand, then of each slogan before it in the list
    for _ in range(8):
        for c in calls:
            if c.last < k and not any(t.quoted for t in toks[c.last + 1 : k]) and _de_call_before_quotation(ctx, c.first, hi):
                return c
        j = k - 1
        while j >= lo and j >= k - 2 and not toks[j].quoted and toks[j].text in _DE_SLOGAN_JOINS:
            j -= 1
        if j == k - 1 or j < lo or not toks[j].quoted:
            return None
        while j >= lo and toks[j].quoted:
            j -= 1
        k = j + 1
    return None


def _de_calling_after_quotation(ctx: QuoteContext, cues: list[Cue], q_first: int, hi: int) -> Cue | None:
    """German (round 41, dedemands): the quotation at q_first, alone or joined to the slogans after it by a comma, "und",
    "oder" or "sowie", is called out by a call or a chant (`quotation_calls`) right after the last slogan that closes its
    clause: "…, die „Volksverräter“ und „Merkel muss weg“ riefen." (a relative clause on the callers; only the last
    slogan was a quote, a list in «» gave none). The call's cue, or None."""
    toks, lex = ctx.tokens, ctx.lex
    k = q_first
    for _ in range(8):
        while k < hi and toks[k].quoted:
            k += 1  # past the quotation
        j = k
        while j < hi and j <= k + 1 and not toks[j].quoted and toks[j].text in _DE_SLOGAN_JOINS:
            j += 1
        if j > k and j < hi and toks[j].quoted:
            k = j
            continue
        if j != k or k >= hi:
            return None
        c = next((c for c in cues if c.first == k and c.kind == "verb" and c.speaker is not None and c.speaker.last < q_first
                  and toks[k].low in lex.quotation_calls and toks[k].text == toks[k].low), None)
        if c is not None and (k + 1 >= hi or (not toks[k + 1].is_word and not toks[k + 1].quoted)):
            return c
        return None
    return None


def _de_in_dass_clause(ctx: QuoteContext, cues: list[Cue], c: Cue, q_first: int, q_last: int) -> bool:
    """(round 34 w2f) German: the quotation stands inside the dass-clause of a cue before it (a "dass" after that
    cue, no comma or other mark between it and the quotation, a word of the clause right after the quotation),
    and a comma parts it from the later cue c: the quotation is the earlier cue's."""
    toks = ctx.tokens
    if q_last + 1 >= c.first or toks[q_last + 1].quoted or not toks[q_last + 1].is_word \
            or not any(t.text == "," and not t.quoted for t in toks[q_last + 1 : c.first]):
        return False
    for o in cues:
        if o is c or o.speaker is None or o.kind != "verb" or o.last >= q_first:
            continue
        k = next((x for x in range(q_first - 1, o.last, -1) if toks[x].low == "dass" and not toks[x].quoted), None)
        if k is not None and not any(t.text in {",", ";", ":", "."} or t.quoted for t in toks[k + 1 : q_first]) \
                and all(t.text not in {";", ".", ":"} for t in toks[o.last + 1 : k]):
            return True
    return False


def _en_own_content(ctx: QuoteContext, c: Cue) -> bool:
    """English: cue c (no addressee verb) is followed right away by a content clause of its own: "that" or a
    subject (an article or a subject pronoun) and a verb ("claimed the border is secure")."""
    toks, lex = ctx.tokens, ctx.lex
    n = c.last + 1
    t = toks[n]
    if t.quoted or not t.is_word or toks[c.first].low in lex.addressee_verbs:
        return False
    return t.text == "that" or (t.text == t.low and (t.low in lex.determiners or t.low in ("he", "she", "they", "we", "it", "i")))


#: (round 40, enchains) words before a free relative "what X said" that make it an object or a comparison after the
#: quotation, not its attribution: 'echoing what Spicer said', 'contrary to what the mayor told reporters'
_EN_FREE_RELATIVE_HEADS = frozenset({"to", "with", "from", "of", "than", "like", "unlike"})


#: (round 49, auditnews5) relative words opening a clause after a quotation's predicate
_EN_LATER_RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})


def _en_cue_in_later_relative(ctx: QuoteContext, c: Cue, q_last: int) -> bool:
    """English (round 49, auditnews5): a lower-case word (no comma) right after the quotation, so that it stands in
    its clause as a noun phrase ('"Save water" is rolling out …'), and the cue after it inside a relative clause opened
    by `_EN_LATER_RELATIVES` (also "in which") after a word of the quotation's own clause: the cue reports its own
    words only, not the quotation's."""
    toks = ctx.tokens
    n = q_last + 1
    if n >= c.first or toks[n].quoted or not toks[n].is_word or toks[n].text != toks[n].low:
        return False
    for k in range(n + 1, c.first):
        t = toks[k]
        if t.quoted or t.text in {".", ";", ":", "!", "?"}:
            return False
        if t.text in _EN_LATER_RELATIVES and toks[k - 1].is_word and not toks[k - 1].quoted:
            return True
    return False


def _en_not_cue_before_word(ctx: QuoteContext, c: Cue, hi: int) -> bool:
    """English (round 53, auditen): the cue is followed by a word it reports nothing before ("added to", "adds to",
    "believes in"; en.yaml not_cue_before) with no "that" soon after ("added to his remarks that …" reports)."""
    toks, lex = ctx.tokens, ctx.lex
    return c.first == c.last and c.last + 1 < hi and toks[c.last + 1].text == toks[c.last + 1].low \
        and not toks[c.last + 1].quoted and toks[c.last + 1].low in lex.not_cue_before.get(toks[c.last].low, ()) \
        and not any(t.low == "that" and not t.quoted for t in toks[c.last + 2 : min(hi, c.last + 7)])


def _en_free_relative_cue(ctx: QuoteContext, c: Cue, q_last: int) -> bool:
    """English: cue c after the quotation is a free relative's ("what Spicer said") after a participle or a
    preposition that follows the quotation's comma: the quotation is not what that speaker said ('"…," echoing what
    Spicer said' took Spicer; '"…" is what Spicer said' keeps him)."""
    k = c.speaker.first - 1
    toks = ctx.tokens
    if k - 1 <= q_last or toks[k].low != "what" or toks[k].quoted:
        return False
    head = toks[k - 1]
    if head.quoted or head.text != head.low or not (head.low in _EN_FREE_RELATIVE_HEADS
                                                    or (head.low.endswith("ing") and len(head.low) > 5)):
        return False
    return any(t.text == "," for t in toks[q_last - 1 : k - 1])


def _no_comment_before(ctx: QuoteContext, si: int) -> Attribution | None:
    """(round 46, paragraphs) The sentence before si says someone gave no comment (`_EN_NO_COMMENT`, `_DE_NO_COMMENT`)
    and the sentence before that has a named speaker: that speaker, whose words go on after the writer's aside."""
    if si < 2 or (prev := ctx.sent_attr[si - 2]) is None or not prev.name:
        return None
    pattern = _DE_NO_COMMENT if ctx.lex.lang == "de" else _EN_NO_COMMENT
    a, b = ctx.sents[si - 1]
    if any(t.quoted for t in ctx.tokens[slice(*ctx.sent_toks[si - 1])]) or pattern.search(ctx.text, a, b) is None:
        return None
    return Attribution(prev.name, prev.speaker, None)


def _unnamed_before(ctx: QuoteContext, si: int) -> Attribution | None:
    """The speaker mention of a direct quote in the sentence before that has no name (a pronoun
    with no antecedent in the text: '"I don't know," he said. "Maybe next year."'): a quotation that
    is its whole sentence continues it. Named speakers go through `sent_attr`."""
    if si == 0 or ctx.sent_attr[si - 1] is not None:
        return None
    for r in reversed(ctx.recs):
        if r.sentence < si - 1:
            break
        if r.sentence == si - 1 and r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.speaker is not None \
                and r.attr.cue is not None:
            return Attribution(r.attr.name, r.attr.speaker, None)
    return None


#: a paragraph that is a wire-style subheading between dashes: "– ‘Besieged in my head’ –."
HEADING_MAX_CHARS = 80
_DASHES = "–—-"


def _en_quoted_object(ctx: QuoteContext, lo: int, colon: int) -> Attribution | None:
    """English (round 38, ennested): "quoted" with its object right before the colon ('The article quoted the mayor:
    "…"', 'The Herald quoted Smith:'): the one quoted speaks, not the piece or writer that quotes; None otherwise."""
    toks = ctx.tokens
    k = next((k for k in range(colon - 2, lo, -1) if toks[k].text == "quoted" and not toks[k].quoted), None)
    if k is None or any(t.quoted or t.text in {",", ";"} or t.low in ctx.lex.cue_verbs or t.low in ctx.lex.prepositions
                        for t in toks[k + 1 : colon]) or toks[k - 1].low in ctx.lex.auxiliaries:
        return None  # (not "was quoted:", "quoted in the paper:", "quoted as saying")
    attr = subject_attribution(ctx, k + 1, colon, any_subject=True)
    if attr is None or attr.speaker is None or attr.speaker[0] != toks[k + 1].start:
        return None
    return Attribution(attr.name, attr.speaker, (toks[k].start, toks[k].end))


def _en_fronted_clause_cue(ctx: QuoteContext, lo: int, best: Cue, q_first: int) -> bool:
    """English (round 38, ennested): the sentence opens with an adverbial clause ("When …", "If …"; yaml
    `adverbial_subordinators`) that holds the cue before the quotation, and after that clause's comma a main clause of
    two words or more stands before the quotation: the main clause's subject thinks or writes it, not the cue's."""
    toks = ctx.tokens
    first = next((k for k in range(lo, best.first) if toks[k].is_word), None)
    if first is None or toks[first].quoted or not toks[first].text[:1].isupper() \
            or toks[first].low not in ctx.lex.adverbial_subordinators:
        return False
    comma = next((k for k in range(best.last + 1, q_first) if toks[k].text == "," and not toks[k].quoted), None)
    if comma is None:
        return False
    words = [t for t in toks[comma + 1 : q_first] if t.is_word and not t.quoted]
    # (a subject of its own, not an aside: 'If I write, for example, "…"', 'When he says, and I quote, "…"')
    return len(words) >= 2 and words[0].low not in ctx.lex.coordinators and words[0].low not in ctx.lex.prepositions \
        and any(t.low in ctx.lex.subject_pronouns or t.text[:1].isupper() for t in words)


def _en_colon_clause(ctx: QuoteContext, lo: int, colon: int) -> Attribution | None:
    """English: a clause of three words or more before the colon that introduces a quotation, with no
    quotation of its own, whose subject is a person the article names or he/she ('Tim Cook … Cook put
    it bluntly: "We are constrained."'): that attribution, which makes a short quotation after the
    colon speech; None for a heading ("Breaking news: …")."""
    toks = ctx.tokens
    if ctx.lex.lang != "en" or sum(1 for t in toks[lo:colon] if t.is_word) < 3 or any(t.quoted for t in toks[lo:colon]):
        return None
    if not any(t.is_word and t.text == t.low and t.low not in ctx.lex.stopwords for t in toks[lo + 1 : colon]):
        return None  # no lower-case word (a verb) after the subject: a heading
    attr = subject_attribution(ctx, lo, colon)  # (a person the article names, or he/she)
    if attr is not None and attr.speaker is not None and _en_heading_nouns(ctx, attr.speaker[1], colon):
        return None  # (round 38, comments) a name modifying the heading's nouns: 'Las Vegas mass shooting: "…"'
    return attr


def _en_heading_nouns(ctx: QuoteContext, end: int, colon: int) -> bool:
    """English (round 38, comments): the words between the subject (ending at character `end`) and the colon are one
    to three lower-case nouns that a name modifies, no verb, adverb or preposition: a heading ("Las Vegas mass
    shooting:", "Trump rally recap:"), not a clause ("Cook put it bluntly:", "Obama on the deal:")."""
    toks, lex = ctx.tokens, ctx.lex
    words = [t for t in toks[:colon] if t.start >= end]
    return 1 <= len(words) <= 3 and all(
        t.is_word and not t.quoted and t.text == t.low and t.text.isalpha() and t.low not in lex.stopwords
        and t.low not in lex.prepositions and t.low not in lex.auxiliaries and t.low not in lex.cue_verbs
        and t.low not in lex.past_verbs and t.low not in lex.pronouns and not (
            t.low.endswith(("ed", "ly", "s")) and not t.low.endswith("ss"))
        for t in words)


def _en_subject_then_quoted_verb(ctx: QuoteContext, lo: int, q_first: int, q: Quotation) -> bool:
    """English: the quotation opens with a lower-case verb in the past or third person (or an
    auxiliary) right after a short noun phrase that opens the sentence ('Management "attributed …"',
    'The company "expects to …"')."""
    toks, lex = ctx.tokens, ctx.lex
    first = next((t for t in toks[q_first:] if t.is_word), None)
    if first is None or not first.quoted or first.text != first.low or not (
            first.low in lex.auxiliaries or (len(first.low) > 4 and first.low.endswith(("ed", "es", "ts", "ds", "ns")))):
        return False
    words = [t for t in toks[lo:q_first] if t.is_word]
    return 1 <= len(words) <= 4 and not any(t.quoted or t.text in {",", ":", ";"} for t in toks[lo:q_first]) and not any(
        t.low in lex.cue_verbs or t.low in lex.auxiliaries or t.low in lex.pronouns or t.low in lex.prepositions
        for t in words[1:]) and words[0].low not in lex.prepositions and words[0].low not in lex.adverbial_subordinators


def _bracketed_person(ctx: QuoteContext, q_last: int) -> Attribution | None:
    """A person named in brackets right after the quotation, the way sports pages attribute quotes without a
    verb: '„…“ (Ingolstadts Verteidiger Tobias Levels nach dem zehnten Punkt)', '"…" (coach John Smith)'."""
    toks = ctx.tokens
    b = q_last + 1
    if b + 2 >= len(toks) or toks[b].text != "(" or toks[b].quoted:
        return None
    close = next((k for k in range(b + 1, min(len(toks), b + 16)) if toks[k].text == ")"), None)
    if close is None or close - b < 3:
        return None
    attr = subject_attribution(ctx, b + 1, close)
    if attr is None or not attr.name or not person_name(attr.name, ctx.lex, ctx.ents) or " " not in attr.name \
            or attr.speaker is None or attr.speaker[0] != toks[b + 1].start:
        return None
    return attr


#: dashes that sign a quotation with its author ('"…" - Winston Churchill', '"…" ― Robert A. Heinlein')
_SIGNING_DASHES = frozenset({"-", "–", "—", "―", "~"})


def _en_dash_signed_person(ctx: QuoteContext, q_last: int) -> Attribution | None:
    """English (round 41, encomments): a person's name after a dash right after the quotation, the way reader comments
    sign a saying or a copied line with its author: '"To jaw-jaw is always better than to war-war." \n- Winston
    Churchill', '"…" -- Joseph Sobecki', '"…" -Dean Wormer).' (the quotation had no speaker). Only a name the text
    knows as a person's (`person_name`) of two to four words that ends the line, or comes before a comma, a bracket, a
    full stop or a year: not "- Then answers why: …", "-- Who let the dogs out?", "- Angry Youtube Comment"."""
    toks, text = ctx.tokens, ctx.text
    b = q_last + 1
    under = False
    while b < len(toks) and (not toks[b].is_word or toks[b].text == "_") and toks[b].text in ('"', "”", "“", "'", "’", "_"):
        under = under or toks[b].text == "_"
        b += 1
    if b >= len(toks) or text[toks[q_last].end : toks[b].start].strip(' \t\n"”’_'):
        return None
    if toks[b].text in _SIGNING_DASHES:
        a = b
        while a < len(toks) and toks[a].text in _SIGNING_DASHES and a - b < 3:
            a += 1
    elif under and toks[b].is_word and toks[b].is_cap:
        a = b  # (round 41, encomments2) an underscore signs as a dash does: '"…"_  Joe Eastburn, letter writer'
    else:
        return None
    if a + 1 < len(toks) and toks[a].text == "@" and en_handle_at(toks, a + 1, a) is not None \
            and (a + 2 == len(toks) or "\n" in text[toks[a + 1].end : toks[a + 2].start] or toks[a + 2].text in {",", ")", ".", "#"}
                 or text.startswith(("http://", "https://"), toks[a + 2].start)):
        # (round 48, audittweets) a post's handle signs as a name does: '"We will reopen the bridge." - @citydesk' (the
        # handle without "@", as a retweet's); it ends the line or comes before a comma, bracket, full stop, hashtag or
        # link
        return Attribution(toks[a + 1].text, (toks[a + 1].start, toks[a + 1].end), None)
    e = a
    while e < len(toks) and e - a < 8 and (toks[e].is_cap and toks[e].is_word or (
            toks[e].text == "." and e > a and len(toks[e - 1].text) == 1 and toks[e - 1].text.isupper())) \
            and not toks[e].quoted and (e == a or "\n" not in text[toks[e - 1].end : toks[e].start]):
        e += 1
    if e == a or not 2 <= sum(t.is_word for t in toks[a:e]) <= 4:
        return None
    if e < len(toks) and "\n" not in text[toks[e - 1].end : toks[e].start] and not (
            toks[e].text in {",", ")", "."} or (toks[e].text.isdigit() and len(toks[e].text) == 4)):
        return None  # the name ends the line, or a comma, bracket, full stop or year follows
    attr = subject_attribution(ctx, a, e, any_subject=True)
    if attr is None or not attr.name or attr.speaker is None or attr.speaker[0] != toks[a].start \
            or not (person_name(attr.name, ctx.lex, ctx.ents) or _initialled_name(attr.name)) \
            or attr.name.split()[-1].lower() in ctx.lex.org_heads or attr.name.split()[-1] == "State":
        return None  # (merge) not a school signed after a first name: "- Sam Houston State", "- Ada Lovelace Institute"
    return Attribution(attr.name, attr.speaker, None)


#: (round 41, encomments2) forms of "add" whose quoted object goes "to" something: 'add "coward" to the list'
_EN_ADD_FORMS = frozenset({"add", "adds", "added", "adding"})


def _en_nickname(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """English (round 41, encomments2): a quotation of at most eight words between a known first name and a capitalised
    word, with single spaces and no closing punctuation: a nickname inside the name ('Neville "peace in our time"
    Chamberlain', 'Bernie "free stuff" Sanders'), no one's words."""
    if q.n_words > 8 or q_first - 1 < lo or q_last + 1 >= hi:
        return False
    before, after = ctx.tokens[q_first - 1], ctx.tokens[q_last + 1]
    if not (before.is_word and after.is_word and before.is_cap and after.is_cap) or before.quoted or after.quoted:
        return False
    if ctx.text[before.end : q.outer_start] != " " or ctx.text[q.outer_end : after.start] != " ":
        return False
    if ctx.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", ",", ";", ":"}:
        return False
    return ctx.lex.is_first_name(before.text) and after.text not in ("I", "The", "A", "An") \
        and after.low not in ctx.lex.cue_verbs


#: (round 47, naming) words between "sich" and the name: "die sich selbst „…“ nennt", "nennt sich auch „…“"
_DE_SELF_NAMING_ADVERBS = frozenset({"selbst", "auch", "gern", "gerne", "stolz", "offiziell", "inzwischen", "heute", "nun"})


def _self_named(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """(round 47, naming) The quotation is the name a subject gives itself: after a reflexive object of a naming verb
    (yaml `self_naming_verbs`, `self_naming_reflexives`): English 'which calls itself "Patriots for Freedom,"', 'who call
    themselves the "Army of God"' (the name in title case, an article may stand before it); German "die sich „Patrioten
    für Freiheit“ nennt", "Die Bewegung nennt sich „Letzte Generation“" (the name opening in a capital). A lower-case
    self-description stays the subject's words ('who calls himself "a very stable genius"')."""
    lex, toks = ctx.lex, ctx.tokens
    if not lex.self_naming_verbs:
        return False
    words = _en_quote_words(ctx, q)
    if not words or len(words) > EN_WORK_TITLE_WORDS:
        return False
    j = q_first - 1
    if lex.lang == "en":
        name = words[1:] if len(words) > 1 and words[0] in ("the", "The") else words
        if not en_title_case(name, most=EN_WORK_TITLE_WORDS) or _en_all_capitals(name):
            return False
        if j > lo and toks[j].text in ("the", "a", "an") and not toks[j].quoted:
            j -= 1  # 'call themselves the "Army of God"'
    else:
        if not words[0][:1].isupper():
            return False
        while j > lo and toks[j].text in _DE_SELF_NAMING_ADVERBS and not toks[j].quoted:
            j -= 1
    if j <= lo or toks[j].quoted or toks[j].text not in lex.self_naming_reflexives:
        return False
    before = toks[j - 1]
    if not before.quoted and before.text in lex.self_naming_verbs:
        return True  # "which calls itself „…“", "nennt sich „…“"
    return lex.lang == "de" and q_last + 1 < hi and not toks[q_last + 1].quoted \
        and toks[q_last + 1].text in lex.self_naming_verbs  # "die sich „…“ nennt"


def _rating_label(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """(round 41, enforecasts; German since round 44, deboerse) a quotation of an analyst's stock rating (yaml `rating_labels`, at most three
    words) with a rating word (yaml `rating_words`) or another quoted rating within five words outside it: the rating's
    name ('maintained its "neutral" rating on the stock', 'downgraded Acme to "sell" from "hold"'), no one's words."""
    if q.n_words > 3 or " ".join(ctx.text[q.start : q.end].split()).lower().rstrip(".,;!") not in ctx.lex.rating_labels:
        return False
    near = [t for t in ctx.tokens[max(lo, q_first - 5) : q_first] + ctx.tokens[q_last + 1 : min(hi, q_last + 6)]]
    # (round 44, deboerse) German rating words are nouns too ("Einstufung", "Votum", "Kaufempfehlung"): any case there
    return any(not t.quoted and (t.text == t.low or ctx.lex.lang == "de") and t.low in ctx.lex.rating_words
               for t in near) or any(
        t.quoted and t.is_word and t.low in ctx.lex.rating_labels for t in near)


def _initialled_name(name: str) -> bool:
    """A name with initials before its last word: "H.L. Mencken", "HL Mencken", "C. S. Lewis"."""
    words = name.replace(".", ". ").split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1][1:].islower() and all(
        w.rstrip(".").isupper() and len(w.rstrip(".")) <= 2 for w in words[:-1])


#: (round 40, deheadlines) prepositions between a headline's person and its topic: "Söder über Coronakrise „…“"
_DE_KICKER_PREPOSITIONS = frozenset({"über", "zu", "zur", "zum"})


def _de_kicker_person(ctx: QuoteContext, lo: int, hi: int, q_first: int, q_last: int) -> Attribution | None:
    """German (round 40, deheadlines): a headline line of a person's name, "über"/"zu"/"zur"/"zum" and a topic of one
    to three words, then a quotation that ends the line, no colon ('Söder über Coronakrise "Wir sind dem zweiten
    Lockdown näher …"', "Merkel zur Coronakrise „Wir riskieren …“": a kicker and its headline copied without the
    colon): the person's words. Only when the line is its own paragraph's first sentence, the person a name the
    text knows (`person_name`) and the topic is capitalised nouns and articles (no verb, so no clause)."""
    toks = ctx.tokens
    if ctx.lex.lang != "de" or not 3 <= q_first - lo <= 6 or lo not in ctx.sent_of_lo:
        return None
    if any(t.is_word for t in toks[q_last + 1 : hi]):
        return None  # the quotation ends the line
    s0 = toks[lo].start
    if s0 > 0 and ctx.text[s0 - 1] != "\n" and ctx.text[:s0].strip():
        return None  # the line's first sentence
    k = next((x for x in range(lo + 1, q_first - 1) if toks[x].low in _DE_KICKER_PREPOSITIONS and toks[x].text == toks[x].low), None)
    if k is None or k - lo > 3 or q_first - k - 1 > 3:
        return None
    if not all(t.is_word and t.is_cap and not t.quoted for t in toks[lo:k]):
        return None
    if not all(t.is_word and not t.quoted and (t.is_cap or t.low in DE_DEFINITE_ARTICLES) for t in toks[k + 1 : q_first]) \
            or not toks[q_first - 1].is_cap:
        return None
    attr = subject_attribution(ctx, lo, k)
    if attr is None or not attr.name or attr.speaker is None or not person_name(attr.name, ctx.lex, ctx.ents):
        return None
    return Attribution(attr.name, attr.speaker, None)


#: (round 47, deheadlines) German: after a headline's quotation, a colon or a dash and a label of one to three
#: capitalised words before a verb in the present (third person in -t, or a modal): '„Wir sind bereit“ – Pistorius
#: sieht …', '„…“: Kanzler will …'
_DE_HEADLINE_LABEL_AFTER = re.compile(r"[ \t]*(?::|[–—-])[ \t]+([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,2})"
                                      r" (?:[a-zäöüß]+t|will|soll|muss|kann|darf)\b")


def _de_headline_quote_person(ctx: QuoteContext, q: Quotation, lo: int, hi: int) -> Attribution | None:
    """German (round 47, deheadlines): a headline line opening with a quotation, then a colon or a dash and a person
    (a name the text knows as a person's, `person_name`: a lone surname only when the text names the person in full)
    or a title before a verb in the present ('„Wir sind bereit“ – Pistorius sieht Bundeswehr gut aufgestellt' with
    "Boris Pistorius" in the text, '„Wir schaffen das“: Kanzlerin verteidigt …'): that person's words, however short
    (a title is resolved by the headline's body later, `quotes._headline_forward`). Not a work's title: the quotation
    opens with a capital and has a lower-case word that is no name's connector nor a conjunction ("„Sturm der Liebe“ –
    Schauspielerin …")."""
    toks, text = ctx.tokens, ctx.text
    if ctx.lex.lang != "de" or lo not in ctx.sent_of_lo:
        return None
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    if text[line_start : q.outer_start].strip() or not text[q.start : q.start + 1].isupper():
        return None  # the quotation opens its line
    if not any(w.islower() and w not in _NAME_CONNECTORS and w not in ctx.lex.complementizers and w not in ctx.lex.coordinators
               for w in re.findall(r"[^\W\d_]+", text[q.start : q.end])):
        return None  # (nor a show's "„Wetten, dass..?“ – Gottschalk kehrt zurück")
    m = _DE_HEADLINE_LABEL_AFTER.match(text, q.outer_end)
    if m is None or "\n" in text[q.outer_end : m.end()]:
        return None
    k = next((x for x in range(lo, hi) if toks[x].start == m.start(1)), None)
    if k is None or toks[k].quoted:
        return None
    attr = subject_attribution(ctx, k, hi)
    if attr is None or not attr.name or attr.speaker is None or attr.speaker[0] != m.start(1) or attr.speaker[1] > m.end(1):
        return None
    if not (person_name(attr.name, ctx.lex, ctx.ents) or (" " not in attr.name and ctx.lex.is_title(attr.name))):
        return None
    return Attribution(attr.name, attr.speaker, None)


def _en_title_case_headline(ctx: QuoteContext, lo: int, colon: int) -> Attribution | None:
    """English (round 40, deheadlines): a headline in title case before a colon and a quotation, opening with a surname
    the text names in full and a capitalised verb of reacting (yaml `colon_reaction_verbs`) or a cue verb in -s ("Trump
    Fires Back at Pelosi: 'She's a Mess'", "Schumer Hammers Trump's NYC Tweets: '…'", "Warren Slams …"): that person
    speaks (the whole capitalised run was the speaker, "Trump Fires Back"; not "Trump Tariffs Hit Farmers: …")."""
    toks = ctx.tokens
    if colon - lo < 3 or lo not in ctx.sent_of_lo:
        return None
    first, verb = toks[lo], toks[lo + 1]
    if not (first.is_word and first.is_cap and verb.is_word and verb.text[:1].isupper() and verb.text[1:].islower()
            and (verb.low in ctx.lex.colon_reaction_verbs or (verb.low in ctx.lex.cue_verbs and verb.low.endswith("s")))):
        return None
    full = ctx.ents.by_surname.get(first.low)
    if full is None or " " not in full or full.split()[-1].lower() != first.low or first.low in ctx.ents.family_shared:
        return None
    if not all(t.is_cap or not t.is_word or t.low in EN_TITLE_MINOR for t in toks[lo:colon]):
        return None  # the whole headline is in title case
    return Attribution(full, (first.start, first.end), None)


#: (round 53, auditnonwire) the words before a heading's quotation end in no sentence mark (a sentence of its own)
_EN_HEADING_LEAD_END = re.compile(r"[.!?…]$")
#: (round 53, auditnonwire) a sentence mark inside a quotation, before more words
_EN_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")


def _headline_quote_line(ctx: QuoteContext, q: Quotation, si: int) -> bool:
    """(round 40, deheadlines) The quotation is a headline line of its own in a teaser list, not speech going on: it
    fills its line, ends in no sentence mark inside or after it, the line before ends in a sentence mark (not a
    colon) and its next line opens with a capitalised word, as headline, kicker and teaser lines do ('"Deshalb bin ich
    für Trump"\nOrban sieht …' after another teaser's "… Schwesig spricht von …" took Schwesig as speaker)."""
    text = ctx.text
    a, b = ctx.sents[si]
    if text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", "…", ",", ":", ";", "-", "–"}:
        return False
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    if text[q.outer_end : line_end].strip() or line_start == 0:
        return False
    if (lead := text[line_start : q.outer_start].strip()) and not (
            # (round 53, auditnonwire) English: also a heading with words before its quotation, in one sentence that ends
            # with the quotation: a live blog's entry '8:50 p.m. — "The water came in through the floor"', 'Mayor: "We
            # did everything we could"' (took the speaker of the entry before)
            ctx.lex.lang == "en" and line_start >= a and line_end <= b + 1 and not _EN_HEADING_LEAD_END.search(lead)
            # (a heading's quotation is a short fragment, no sentences of its own: 'Oh, yeah: "It's a set of promises
            # … 100 days. It includes …"' goes on with the speaker before)
            and q.n_words <= 12 and not _EN_INNER_SENTENCE_END.search(text[q.start : q.end])):
        return False
    before = text[:line_start].rstrip()
    if before[-1:] not in {".", "!", "?", "“", "\"", "”", "«", "»"} or before.endswith(":"):
        return False
    after = text[line_end:].lstrip()
    # (round 53, auditnonwire) English: or a quotation opening the next line ('8:50 p.m. — "The water came in …"\n\n"The
    # water came in through the floor first," she said.')
    return bool(after) and (after[0].isupper() or (ctx.lex.lang == "en" and after[0] in "\"“" and after[1:2].isupper()))


def _en_handle_label(ctx: QuoteContext, lo: int, q_first: int) -> tuple[int, int] | None:
    """English (round 47, enheadlines; round 52, auditcomments): the character offsets of the name when the sentence
    opens with a handle and a colon right before the quotation at q_first: '@SenSanders: "…"', or a commenter's name
    and the initial of a surname after it: '@Maria G.: "…"', '@Raj P: "…"' (comment threads put spaces in names), or
    (round 53, auditseed) the surname in full: '@Sona Petrosyan: "…"'."""
    toks = ctx.tokens
    if q_first - 3 < lo or toks[q_first - 1].text != ":" or toks[q_first - 1].quoted \
            or en_handle_at(toks, lo + 1, lo) is None:
        return None
    e = lo + 2  # the token after the handle's name
    if e < q_first - 1 and toks[e].is_cap and toks[e].is_word and len(toks[e].text) == 1 and toks[e].text.isalpha() \
            and not toks[e].quoted and toks[e].start == toks[e - 1].end + 1:
        e += 1  # the surname's initial
        if e < q_first - 1 and toks[e].text == "." and toks[e].start == toks[e - 1].end:
            e += 1
    elif e == q_first - 2 and toks[e].is_cap and toks[e].is_word and toks[e].text.isalpha() and len(toks[e].text) > 1 \
            and toks[e].text[1:].islower() and not toks[e].quoted and toks[e].start == toks[e - 1].end + 1 \
            and toks[e].low not in ctx.lex.stopwords:
        e += 1  # (round 53, auditseed) a commenter's surname in full: '@Sona Petrosyan: "words are cheap"'
    if e != q_first - 1:
        return None
    return toks[lo + 1].start, toks[e - 1].end


def colon_person_before(ctx: QuoteContext, lo: int, k: int) -> int | None:
    """The index of a colon in tokens[lo:k] that follows only a person's name opening the sentence
    ("Bohle: Man setze …"), else None."""
    col = next((x for x in range(lo + 1, min(k, lo + 6)) if ctx.tokens[x].text == ":" and not ctx.tokens[x].quoted), None)
    return col if col is not None and _colon_person(ctx, lo, col) else None


def _colon_person(ctx: QuoteContext, lo: int, colon: int) -> bool:
    """Before the colon stands only a person's name, maybe with a title ("Kanzlerin Angela Merkel:
    „Wir schaffen das“", "Trainer Jürgen Klopp: „…“"; a lone surname only when the document named
    the person in full before): a short quotation after it is that person's speech."""
    words = [t for t in ctx.tokens[lo:colon] if t.is_word]
    if not words or len(words) > 4 or not all(t.is_cap and not t.quoted for t in words):
        return False
    attr = subject_attribution(ctx, lo, colon)
    return attr is not None and bool(attr.name) and person_name(attr.name, ctx.lex, ctx.ents)


def _de_colon_reaction(ctx: QuoteContext, lo: int, colon: int, q: Quotation) -> bool:
    """German (round 35): a short quoted sentence after a clause with a verb of reacting or turning to someone and its
    subject ("Der Kanzler reagierte auf X: „Das ist inakzeptabel.“", "Scholz meldete sich zu Wort: „…“"): speech,
    though the verb reports only after a quotation; not a motto or title (the quotation ends in its own mark)."""
    if ctx.lex.lang != "de" or q.n_words < 2 or ctx.text[q.start : q.end].rstrip()[-1:] not in {".", "!", "?"} \
            or not ctx.text[q.start : q.start + 1].isupper():
        return False
    if not any(t.text == t.low and not t.quoted and t.low in ctx.lex.colon_reaction_verbs for t in ctx.tokens[lo:colon]):
        return False
    attr = subject_attribution(ctx, lo, colon)
    return attr is not None and bool(attr.name) and attr.speaker is not None


#: lower-case words inside a name in title case ("National Academy of Sciences", "Zeit im Bild", "Ärzte ohne Grenzen")
_NAME_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "le", "du", "des", "der", "die", "das",
                              "im", "am", "und", "für", "von", "vom", "ohne", "zu", "zur", "zum", "an", "auf", "&"})


def _de_genitive_name_before_cue(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best: Cue, lo: int) -> bool:
    """German (round 36, g2): the quotation stands before its cue after a genitive "des"/"der" that follows a capitalised
    noun, and a bracket or a comma follows it: a body's name inside the speaker's phrase ("Der Präsident des
    „Bundesamtes für Bevölkerungsschutz und Katastrophenhilfe“ (BBK), Armin Schuster, informiert darüber, dass …" was
    a direct quote)."""
    if q_last >= best.first:
        return False
    toks = ctx.tokens
    j = q_first - 1
    while j >= lo and not toks[j].is_word:
        j -= 1
    if not (j - 1 >= lo and toks[j].text in ("des", "der") and toks[j - 1].is_cap and toks[j - 1].is_word
            and not toks[j - 1].quoted):
        return False
    after = bisect_right(ctx.starts, q.outer_end - 1)  # the token after the closing mark
    return after < len(toks) and toks[after].text in {"(", ","}


def _de_quoted_name_after_article(ctx: QuoteContext, q: Quotation, q_first: int, lo: int) -> bool:
    """German (round 35): the quotation right after an article is a name in title case (two to six words, the first
    and last capitalised, the others capitalised or connectors, no sentence mark at its end)."""
    j = q_first - 1
    while j - 1 >= lo and j >= q_first - 2 and ctx.tokens[j].is_word and not ctx.tokens[j].quoted \
            and ctx.tokens[j].text.rsplit("-", 1)[-1].islower() and ctx.tokens[j].low not in ctx.lex.determiners \
            and ctx.tokens[j].low.endswith(DE_ADJECTIVE_ENDINGS):
        j -= 1  # an adjective between them: "der US-amerikanischen „National Academy of Sciences“"
    if j < lo or ctx.tokens[j].quoted or ctx.tokens[j].low not in ctx.lex.determiners:
        return False
    words = ctx.text[q.start : q.end].split()
    if not 2 <= len(words) <= 6 or words[-1][-1:] in {".", "!", "?", ",", ":", ";"}:
        return False
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_CONNECTORS for w in words)


def _in_heading(text: str, q: Quotation) -> bool:
    """The quotation stands in a short paragraph framed by dashes (AFP-style subheadings)."""
    a = text.rfind("\n", 0, q.outer_start) + 1
    b = text.find("\n", q.outer_end)
    line = text[a : b if b >= 0 else len(text)].strip().rstrip(".")
    return len(line) <= HEADING_MAX_CHARS and len(line) > 2 and line[0] in _DASHES and line[-1] in _DASHES


#: (round 53, auditde4) a source list's line: an outlet of at most six words before a colon, the quotation, a date in
#: brackets ending the line ("Le Monde: „…“ (14.04.2025)", "Reuters: "…" (March 3, 2025)")
_REFERENCE_LINE_HEAD = re.compile(r"[^\W\d][^:\n„“”\"«»]{0,60}:\s*$")
_REFERENCE_LINE_TAIL = re.compile(r"\s*[,.]?\s*\(\s*[^()\n]{0,30}\b\d{4}\s*\)\s*\.?\s*$")


def _reference_line(text: str, q: Quotation) -> bool:
    """(round 53, auditde4) The quotation is the title in a source list's line: it follows the line's first words and a
    colon ("dpa:", "sportschau.de:", at most six words) and only a bracketed date ending in a year comes after it."""
    a = text.rfind("\n", 0, q.outer_start) + 1
    b = text.find("\n", q.outer_end)
    head = text[a : q.outer_start]
    if not _REFERENCE_LINE_HEAD.match(head.lstrip()) or len(head.split()) > 6:
        return False
    return _REFERENCE_LINE_TAIL.match(text[q.outer_end : b if b >= 0 else len(text)]) is not None


def _reference_line_person(ctx: QuoteContext, q: Quotation) -> bool:
    """(round 53, review3) The words before the colon of a `_reference_line` are a person's name the text knows
    (`person_name`): a dated list of sayings, no list of sources ("Angela Merkel: „Wir schaffen das.“ (31.08.2015)" is
    her direct quote)."""
    head = ctx.text[ctx.text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip().rstrip(":").strip()
    return bool(head) and person_name(head, ctx.lex, ctx.ents)


def _term_marked(ctx: QuoteContext, q_first: int) -> bool:
    """A term marker right before the quotation, also across "as" and an article ("known as the
    “…”", "dubbed a “…”"). For a longer quotation the caller also wants no punctuation before it:
    'the words of the song: "When will we ever learn …"' is quoted text, not a name."""
    j = q_first - 1
    while j >= 0 and not ctx.tokens[j].is_word:
        if ctx.tokens[j].text in {".", "!", "?"} and not ctx.tokens[j].quoted:
            return False  # the marker ends the sentence before: '…, who asked not to be named. "Nobody warned us."'
        j -= 1
    as_seen = False
    for _ in range(2):
        if j >= 0 and (ctx.tokens[j].low in ctx.lex.determiners or ctx.tokens[j].low == "as") \
                and ctx.tokens[j].low not in ctx.lex.term_markers:
            as_seen = as_seen or ctx.tokens[j].low == "as"
            j -= 1
    if as_seen and j >= 0 and ctx.tokens[j].low in ctx.lex.definition_as_verbs and not ctx.tokens[j].quoted \
            and ctx.tokens[j].text == ctx.tokens[j].low and ctx.lex.lang == "en" and (
                (j >= 1 and ctx.tokens[j - 1].low in ("what", "whatever", "which")) or _en_bare_term(ctx, q_first)):
        return True  # (round 54, enscience) a term after a verb of definition: 'what counts as "ultra-processed"', 'is
        # classified as "high risk"' (not a judgement with its article: 'the drug counts as "a breakthrough"')
    if j >= 2 and ctx.tokens[j].text == "of" and ctx.tokens[j - 1].text in ctx.lex.theme_of_nouns \
            and ctx.tokens[j - 2].low in ctx.lex.determiners:
        return True  # (round 52, seedleft) a theme after "the theme of": 'a sermon on the theme of "faith passed from
        # generation to generation."' (yaml `theme_of_nouns`; was a direct quote)
    return j >= 0 and ctx.lex.is_term_marker(ctx.tokens[j].text) and not _finite_cue(ctx, j)


#: (round 54, enscience) a poll's nouns in a fronted "In a survey …," before a passive "were asked:"
_EN_POLL_QUESTION_NOUNS = frozenset({"poll", "survey", "questionnaire", "census", "study"})


def _en_poll_question(ctx: QuoteContext, lo: int, colon: int) -> Attribution | None:
    """English (round 54, enscience): the sentence opens with "In"/"For" and a phrase of a poll or survey up to a comma,
    then its respondents and a passive "was/were asked" right before the colon ('In the poll, voters were asked: "Do you
    approve …?"'): the quotation is the poll's question, the poll its speaker."""
    toks = ctx.tokens
    if toks[lo].low not in ("in", "for") or colon - lo < 6 or toks[colon - 1].low != "asked" \
            or toks[colon - 1].text != "asked" or toks[colon - 2].low not in ("was", "were", "been", "are", "is"):
        return None
    comma = next((x for x in range(lo + 2, min(colon, lo + 14)) if toks[x].text == "," and not toks[x].quoted), None)
    if comma is None or any(t.quoted or not t.is_word for t in toks[comma + 1 : colon]):
        return None
    noun = next((x for x in range(lo + 1, min(comma, lo + 5)) if toks[x].low in _EN_POLL_QUESTION_NOUNS
                 and toks[x].text == toks[x].low and not toks[x].quoted), None)
    if noun is None:
        return None
    return Attribution(toks[noun].text, (toks[noun].start, toks[noun].end), None)


def _en_bare_term(ctx: QuoteContext, q_first: int) -> bool:
    """(round 54, enscience) the quotation opening at token q_first is one or two words without an article."""
    q = next((q for q in ctx.quotes if q.outer_start <= ctx.tokens[q_first].start < q.outer_end), None)
    if q is None:
        return False
    words = ctx.text[q.start : q.end].split()
    return 1 <= len(words) <= 2 and words[0].lower() not in ("a", "an", "the")


def _finite_cue(ctx: QuoteContext, j: int) -> bool:
    """Token j is a cue verb right after a subject pronoun: a finite verb, not a term marker
    ('the allegations, which he called "pure fiction"', not 'a program called "…"')."""
    return j >= 1 and ctx.tokens[j].low in ctx.lex.cue_verbs and ctx.tokens[j - 1].low in ctx.lex.subject_pronouns


_EN_MODIFIER_OPENERS = frozenset({"another", "same", "usual", "whole", "typical"})  # 'the same "…" excuse'


def _en_quoted_modifier(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """A longer quotation between a determiner and a lower-case noun, inside its sentence: 'a "…" article'."""
    if not (SHORT_QUOTE_WORDS < q.n_words <= 15) or q_first - 1 < lo or q_last + 1 >= hi:
        return False
    before, after = ctx.tokens[q_first - 1], ctx.tokens[q_last + 1]
    if before.text != before.low or before.quoted or (before.low not in ctx.lex.determiners
                                                      and before.low not in _EN_MODIFIER_OPENERS):
        return False
    if ctx.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", ",", ";", ":"}:
        return False  # speech closing its own clause: 'the "we will not back down." line' is rare, 'a "No," …' is speech
    return after.is_word and not after.quoted and after.text == after.low and after.low not in ctx.lex.cue_verbs \
        and after.low not in ctx.lex.coordinators and after.low not in {"that", "which", "who", "whom", "whose"}


#: (round 48, enscare2) definite determiners before a quoted modifier of a noun ('the "interim" government')
_EN_DEFINITE_MODIFIER_SLOTS = frozenset({"the", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                                         "your", "so-called"})
#: (round 48, enscare2) words before the determiner that make its phrase a predicate, the speaker's judgement ('it was
#: the "worst" deal', 'called it the "biggest" scam', 'described it as the "only" option')
_EN_PREDICATE_OPENERS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "remains", "remain",
                                   "became", "become", "becomes", "seems", "as", "called", "calling", "calls", "call",
                                   "dubbed", "branded", "labeled", "labelled", "termed", "deemed", "considered"})
_EN_PREDICATE_OBJECTS = frozenset({"it", "him", "her", "them", "this", "that", "these", "those"})
#: nouns in -ly that head a noun phrase ('the "Unite the Right" rally'; other words in -ly are adverbs)
_EN_LY_NOUNS = frozenset({"rally", "family", "assembly", "supply", "reply", "ally", "monopoly", "anomaly", "bully"})
#: (round 48, enscare2) superlatives that make a quoted modifier the speaker's judgement (not quote_speakers'
#: `_EN_SUPERLATIVES`, the superlatives of a body's description)
_EN_SCARE_SUPERLATIVES = frozenset({"best", "worst", "most", "least", "biggest", "greatest", "only", "first", "last"})


def _en_quoted_name_before_head(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """English (round 49, auditnews3): a quotation of at most twelve words between a determiner, a possessive or a
    lower-case adjective after one, and a noun of `quoted_name_heads` (at most one lower-case word between): 'the "Drive
    Sober. Arrive Alive." campaign', 'the group's "Buy local, eat fresh" slogan', 'its viral "Be kind." awareness ad'.
    Not after a comma, a colon or a cue ('said, "The campaign …"'), and the noun no verb's subject after a cue."""
    toks, lex = ctx.tokens, ctx.lex
    if q.n_words > 12 or q_first - 1 < lo or q_last + 1 >= hi:
        return False
    after = q_last + 1
    if toks[after].is_word and not toks[after].quoted and toks[after].text == toks[after].low \
            and toks[after].low not in lex.quoted_name_heads and after + 1 < hi and toks[after + 1].low in lex.quoted_name_heads \
            and toks[after].low not in lex.cue_verbs and toks[after].low not in lex.auxiliaries \
            and toks[after].low not in lex.prepositions and toks[after].low not in lex.coordinators:
        after += 1  # a noun modifier between: 'the "…" awareness campaign'
    head = toks[after]
    if head.quoted or not head.is_word or head.text != head.low or head.low not in lex.quoted_name_heads:
        return False
    b = toks[q_first - 1]
    if b.quoted or not b.is_word:
        return False
    if b.low.endswith(("'s", "’s")) or (b.text == b.low and b.low in _EN_DEFINITE_MODIFIER_SLOTS):
        return True  # (not after "a": 'a "zero tolerance" policy' stays the speaker's words)
    p = toks[q_first - 2] if q_first - 2 >= lo else None
    return b.text == b.low and b.low not in lex.cue_verbs and b.low not in lex.prepositions \
        and b.low not in lex.auxiliaries and b.low not in lex.coordinators and b.low not in lex.complementizers \
        and b.low not in lex.pronouns and not b.low.endswith("ing") and p is not None and p.is_word and not p.quoted \
        and (p.low.endswith(("'s", "’s")) or (p.text == p.low and p.low in _EN_DEFINITE_MODIFIER_SLOTS))


def _en_attributive_scare(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int, hi: int) -> bool:
    """English (round 48, enscare2): a quotation of one to six words between a definite determiner, a possessive or
    "so-called" and a lower-case noun it modifies ('the "interim" government', 'his "America First" policy', 'the
    state's "reopening" plan', 'Trump's "basket of deplorables" remark'): the writer's scare quote or a name, not the
    speaker's words, whatever cue the sentence has. Not a predicate after a copula, "as" or a naming verb ('it was the
    "worst" deal'), not a superlative ('the "greatest" economy'), not a quotation ending in a sentence mark, and not
    before a verb, a preposition or a conjunction ('the "caravan" of migrants', 'the "special military operation" was
    …' stay quotes)."""
    if q.n_words > 6 or q_first - 1 < lo or q_last + 1 >= hi:
        return False
    toks = ctx.tokens
    before, after = toks[q_first - 1], toks[q_last + 1]
    if before.quoted or not (
            (before.is_word and before.text == before.low and before.low in _EN_DEFINITE_MODIFIER_SLOTS)
            or _en_possessive(toks, q_first - 1)):
        return False
    raw = ctx.text[q.start : q.end].strip()
    if not raw or raw[-1] in ".!?,;:":
        return False
    words = _en_quote_words(ctx, q)
    if not words or any(w.lower() in _EN_SCARE_SUPERLATIVES or w.lower().endswith("est") for w in words):
        return False
    if ctx.text[q.outer_end : after.start].strip():
        return False  # a comma or a bracket between: no modifier
    if not (after.is_word and not after.quoted and after.text == after.low and after.text.isalpha()) \
            or (after.low.endswith("ly") and after.low not in _EN_LY_NOUNS) or after.low.endswith("ed") \
            or after.low in ctx.lex.auxiliaries or after.low in ctx.lex.prepositions \
            or after.low in ctx.lex.coordinators or after.low in ctx.lex.clause_breakers \
            or (after.low in ctx.lex.cue_verbs and (after.low.endswith("s") or words[-1].lower().endswith("s"))) \
            or after.low in ctx.lex.determiners or after.low in ctx.lex.pronouns or after.low in ctx.lex.past_verbs \
            or after.low in {"that", "than", "not", "so", "too", "if"}:  # ("to": a preposition; "when", "because": clause breakers)
        return False
    d = q_first - 2 if before.text in ("'", "’") else q_first - 1  # the determiner or the possessive's word
    if d - 1 >= lo and toks[d - 1].low in _EN_PREDICATE_OPENERS:
        return False
    return not (d - 2 >= lo and toks[d - 1].low in _EN_PREDICATE_OBJECTS and toks[d - 2].low in _EN_PREDICATE_OPENERS)


def _en_possessive(tokens, j: int) -> bool:
    """Token j (right before a quotation) is an English possessive: "CNN's", "Fox News'" (the
    apostrophe alone after a word in -s)."""
    t = tokens[j]
    if t.quoted:
        return False
    if t.is_word and t.low.endswith(("'s", "’s")):
        return True
    return t.text in ("'", "’") and j >= 1 and tokens[j - 1].is_word and tokens[j - 1].low.endswith("s") \
        and tokens[j - 1].end == t.start


def _en_work_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best) -> bool:
    """English (round 38, enprec2): a quotation of four to six words in title case, not all in capitals, with no
    sentence mark at its end, that no cue introduces right before it (only a comma or colon between) or right after
    it: the title of a work or a nickname, not anyone's words."""
    raw = ctx.text[q.start : q.end].rstrip()
    if not raw or raw[-1] in ".!?,;:" or not _en_title_case(ctx, q):
        return False
    words = _en_quote_words(ctx, q)
    if len(words) > 6 or _en_all_capitals(words):
        return False
    if q_first - 1 >= 0 and ctx.tokens[q_first - 1].text == ":" and not ctx.tokens[q_first - 1].quoted:
        return False  # introduced by a colon: 'Tierra Marie: "I'm the Princess of the ROC"'
    if best is not None and best.last + 1 < q_first and all(
            not t.is_word and not t.quoted for t in ctx.tokens[best.last + 1 : q_first]):
        return False  # 'she said: "Make America Great Again"'
    return not (best is not None and best.first > q_last and best.first - q_last <= 2)


#: (round 49, auditnews5) verbs of performing a piece whose quoted object is its title ('to perform "…"', 'sang "…"')
_EN_PERFORM_VERBS = frozenset({"perform", "performs", "performed", "performing", "sing", "sings", "sang", "sung", "singing",
                               "play", "plays", "played", "playing", "cover", "covers", "covered", "covering", "record",
                               "recorded", "recording", "recite", "recited", "reciting", "dedicate", "dedicated"})


def _en_performed_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best) -> bool:
    """English (round 49, auditnews5): a quotation of one to twelve words in title case (its minor words lower case; a
    full stop at its end allowed, the sentence's) right after a verb of performing (`_EN_PERFORM_VERBS`; "hit", "song",
    "anthem" … may stand between, after "the", "a" or a possessive), with no cue within three tokens after it: the
    title of the piece performed, not anyone's words ('to perform "Takin' Care of Business."'; 'He sang, "We shall
    overcome," she said' stays speech)."""
    toks = ctx.tokens
    j = q_first - 1
    if j >= 1 and toks[j].text == toks[j].low and toks[j].low in ("hit", "song", "anthem", "ballad", "classic", "single") \
            and not toks[j].quoted:
        j -= 1
        if j >= 1 and toks[j].low in ("the", "a", "their", "his", "her", "its") and toks[j].text == toks[j].low:
            j -= 1
    if j < 0 or toks[j].quoted or toks[j].text != toks[j].low or (toks[j].low not in _EN_PERFORM_VERBS and not (
            # (round 52, auditseed) a listed work after "including"/"such as": 'recited poems by Tumanyan, including "The
            # Dog and the Cat."' was a DIRECT_QUOTE of the next speaker
            toks[j].low == "including" or (toks[j].low == "as" and j >= 1 and toks[j - 1].low == "such"))):
        return False
    words = [w.strip(".!?,") for w in _en_quote_words(ctx, q)]
    words = [w for w in words if w]
    if not words or len(words) > EN_WORK_TITLE_WORDS or not words[0][:1].isupper() or _en_all_capitals(words) \
            or (len(words) > 1 and not en_title_case(words, most=EN_WORK_TITLE_WORDS)):
        return False
    return not (best is not None and best.first > q_last and best.first - q_last <= 3)


#: (round 38) the most words of a published piece's title after its noun
EN_PIECE_TITLE_WORDS = 12

_EN_MONTH = EN_MONTH_NAME + r"\s+\d{1,2}\b(?:,\s*\d{4})?"
#: (round 38, ennested) the date a letter cites a piece by, right after its title: '[Feb. 28]', '(July 27):', ', August 7:',
#: ', in the Oct. 4 paper', 'in Sunday's edition'
_EN_CITED_DATE = re.compile(
    r"\s*,?\s*(?:[\[(]\s*" + _EN_MONTH + r"\s*[\])]|" + _EN_MONTH + r"\s*[:;\]]|in\s+(?:the|your|last|this)\s+(?:"
    + _EN_MONTH + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend)\s+(?:paper|newspaper|issue|edition|magazine)\b"
    r"|in\s+(?:your\s+|last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[’']s\s+(?:paper|newspaper|issue|edition)\b)")


def _en_piece_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best) -> bool:
    """English (round 38, comments): a quotation of at most twelve words opening with a capital, with no full stop or
    exclamation mark at its end, right after a published piece (yaml `work_title_nouns`; a comma or an opening bracket
    may stand between) and with no cue before it or right after it: the piece's title ('Regarding the July 14 article, "Jobless
    become ideological football," I'd like …'), not its words ('the editorial, "…," the paper wrote' stays speech)."""
    toks = ctx.tokens
    raw = ctx.text[q.start : q.end].rstrip().rstrip(",")
    if not raw or not raw[0].isupper() or raw[-1] in ".!" or q.n_words > EN_PIECE_TITLE_WORDS:
        return False
    if _EN_CITED_DATE.match(ctx.text, q.outer_end) and (
            best is None or (best.first > q_last and best.first - q_last > 3) or best.last < q_first - 2):
        return True  # (round 38, ennested) a piece cited with its date, as letters to the editor do: '["Telling It like
        # It Is," Feb. 28]', '"Your Shrinking Paycheck" [Feb. 28] gives …', '"It's all the economy," in the Oct. 4 paper'
    j = q_first - 1
    if j >= 0 and toks[j].text in {",", "("} and not toks[j].quoted:
        j -= 1
    # (round 38, ennested) a letter to the editor is a published piece: 'the letter to the editor, "Why the economy …,"'
    letter = j >= 3 and [t.low for t in toks[j - 2 : j + 1]] == ["to", "the", "editor"] and toks[j - 3].low in ("letter", "letters")
    if letter:
        j -= 3
    if j < 0 or toks[j].quoted or toks[j].text != toks[j].low or not (letter or toks[j].low in ctx.lex.work_title_nouns):
        return False
    # (a cue before it introduces the piece's words: 'He wrote in the column, "We should all ride the bus," and …')
    return best is None or (best.first > q_last and best.first - q_last > 3) or (
        best.last < q_first and _en_apposed_title(ctx, q, q_first, q_last))


#: (round 46, enquotes) the most words of a work's title after its noun and a comma (a subtitle after a colon counts)
EN_WORK_TITLE_WORDS = 12
#: (round 53, review1) nouns of a scholarly work that are no term marker (mostly the newspaper: 'told the paper "…"'), a
#: work's noun only with its title in an apposition: 'Her 1991 paper, "Drying Ridges," was dismissed by some reviewers'
_EN_WORK_APPOSITION_NOUNS = frozenset({"paper", "papers"})


def _en_work_after_comma(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best) -> bool:
    """English (round 46, enquotes): the quotation stands right after a term marker that is no cue verb and a comma, its
    words in title case (at most twelve, the minor words lower case), and no cue comes before it: the work's title in
    apposition ('The band's new album, "Songs of the Lost and the Found," is out now.'), not anyone's words."""
    toks = ctx.tokens
    j = q_first - 1
    if j < 1 or toks[j].text != "," or toks[j].quoted or not toks[j - 1].is_word or toks[j - 1].quoted:
        return False
    n = j - 1
    if toks[n].is_cap and (p := next((x for x in range(j - 2, max(0, j - 7), -1) if toks[x].low in ("in", "for")
                                      and toks[x].text == toks[x].low), None)) is not None and p >= 1 \
            and all(t.is_word and not t.quoted and t.low not in ctx.lex.cue_verbs for t in toks[p - 1 : j]):
        n = p - 1  # (round 53, auditnonwire) the work's noun before the venue it appeared in: 'Her 1991 paper in the
        # journal Biotropica, "Drying Ridges," was dismissed by some reviewers' (was a direct quote of the reviewers)
    scholarly = _en_work_noun_before(ctx, n)  # (round 54, enscience) a study, review or report too, its title in
    # sentence case: 'A 2024 review in the BMJ, "Ultra-processed food exposure and adverse health outcomes," tied …'
    if toks[n].text != toks[n].low or (toks[n].low in ctx.lex.cue_verbs and not scholarly) or not (
            ctx.lex.is_term_marker(toks[n].text) or toks[n].low in _EN_WORK_APPOSITION_NOUNS or scholarly):
        return False
    words = _en_quote_words(ctx, q)
    if len(words) < 2 or not (en_title_case(words, most=EN_WORK_TITLE_WORDS) or (
            scholarly and _en_sentence_case_title(ctx, q, words))) or _en_all_capitals(words):
        return False
    return best is None or best.first > q_last or (best.last < q_first and _en_apposed_title(ctx, q, q_first, q_last))


def _en_title_before_that(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, best) -> bool:
    """English (round 52, en3left): a quotation in title case (two to twelve words, no sentence mark at its end) between
    commas after a word, "that" right after its closing comma: a work's title in apposition to the phrase the
    cue's words come in ('said in a report last year, "Deferred Maintenance: The Hidden Cost of Delay," that every
    dollar …'); the that-clause is the content, the title no one's words."""
    toks = ctx.tokens
    if q_first < 2 or toks[q_first - 1].text != "," or toks[q_first - 1].quoted or not toks[q_first - 2].is_word:
        return False
    inner = ctx.text[q.start : q.end].rstrip()
    k = q_last + 1
    if not inner.endswith(","):
        if inner[-1:] in {".", "!", "?", ";", ":"} or k >= len(toks) or toks[k].text != "," or toks[k].quoted:
            return False
        k += 1
    if k >= len(toks) or toks[k].text != "that" or toks[k].quoted:
        return False
    words = _en_quote_words(ctx, q)
    return len(words) >= 2 and en_title_case(words, most=EN_WORK_TITLE_WORDS) and not _en_all_capitals(words)


def _en_apposed_title(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int) -> bool:
    """English (round 48, enscare2): a title in title case between commas after its noun, inside the clause of a cue
    before it, the noun's verb right after ('Smith said the report, "A Nation at Risk," was outdated.', 'said the
    documentary, "The Price of Silence," premieres Friday'): the title, not the speaker's words (a quotation the cue
    introduces ends its clause or goes on with "and": 'He wrote in the column, "We should all ride the bus," and …')."""
    toks = ctx.tokens
    if q_first < 1 or toks[q_first - 1].text != "," or toks[q_first - 1].quoted:
        return False
    words = _en_quote_words(ctx, q)
    if len(words) < 2 or not en_title_case(words, most=EN_WORK_TITLE_WORDS) or _en_all_capitals(words):
        return False
    if ctx.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", ";", ":"}:
        return False
    k = q_last + 1
    if k < len(toks) and toks[k].text == "," and not toks[k].quoted:
        k += 1
    if k >= len(toks) or not toks[k].is_word or toks[k].quoted or toks[k].text != toks[k].low:
        return False
    v = toks[k].low
    return v in ctx.lex.auxiliaries or v in ctx.lex.past_verbs or v.endswith("ed") or (
        v.endswith("s") and not v.endswith("ss") and v not in ctx.lex.pronouns and v not in ctx.lex.prepositions
        and v not in {"his", "its", "this", "thus", "as"})  # ("was", "has", "is" are auxiliaries)


def _en_title_case(ctx: QuoteContext, q: Quotation, numbered: bool = False) -> bool:
    """The quotation is two to six words in title case ("State of the Union", "This Week"); numbered: a year or a number
    after its first word counts as capitalised ("World Energy Outlook 2024", "Net Zero by 2050")."""
    words = _en_quote_words(ctx, q)
    return len(words) > 1 and en_title_case(words, numbered=numbered)


def _en_quote_words(ctx: QuoteContext, q: Quotation) -> list[str]:
    """The quotation's words without the sentence marks around them (for the title-case checks); (round 52, auditen2)
    also without brackets, so a bracketed part of a title counts by its word ('the "Affordable Homes (Planning) Bill"'
    was a quote: "(Planning)" opened with no capital)."""
    return [w for w in (w.strip(".,;:!?()[]") for w in ctx.text[q.start : q.end].split()) if w]


def _en_all_capitals(words: list[str]) -> bool:
    """Every capitalised word is in capitals ("STOP THE STEAL"): a shout, no title."""
    return all(w.isupper() for w in words if w[:1].isupper())


#: (round 46, dequotes) words that only say the speech before goes on, before a colon: "Und weiter: „…“", "Dann: „…“"
_DE_GOING_ON_WORDS = frozenset({"und", "weiter", "weiters", "dann", "dazu", "außerdem", "zudem", "ferner", "abschließend",
                                "schließlich", "auch", "aber", "doch", "später", "zuletzt"})


def _de_going_on_label(ctx: QuoteContext, lo: int, colon: int) -> bool:
    """German (round 46, dequotes): tokens[lo:colon] are only words saying the speech goes on ("Und weiter", "Dann"),
    then at most a possessive and a speech noun ("Sein Appell", "Und ihr Fazit"): a label, no new speaker; not "Seine
    Gegner", "Auf den Plakaten stand", "Der Titel des Buches"."""
    words = [t for t in ctx.tokens[lo:colon] if t.is_word or t.quoted]
    if not words or len(words) > 3 or any(t.quoted for t in words):
        return False
    k = 0
    while k < len(words) and words[k].low in _DE_GOING_ON_WORDS:
        k += 1
    rest = words[k:]
    return not rest or (len(rest) == 2 and rest[0].low in ctx.lex.possessives and rest[1].low in ctx.lex.speech_nouns)


def _de_words_phrase_before(ctx: QuoteContext, lo: int, q_first: int) -> bool:
    """German (round 35 w4): a phrase naming words said (`quotation_introducers` in de.yaml: "mit den Worten") stands
    right before the quotation at q_first, with at most a colon between."""
    toks = ctx.tokens
    j = q_first - 1
    while j >= lo and not toks[j].is_word and (toks[j].quoted or toks[j].text == ":"):
        j -= 1
    for phrase in ctx.lex.quotation_introducers:
        n = len(phrase)
        if j - n + 1 >= lo and all(not t.quoted and t.low == w for t, w in zip(toks[j - n + 1 : j + 1], phrase, strict=True)):
            return True
    return False


def _cue_among(ctx: QuoteContext, a: int, b: int, skip: int = -1) -> bool:
    """A cue verb or a "so" outside quotation marks among tokens[a:b] (a paper after it is the one spoken to); the
    token at skip does not count."""
    return any((t.low in ctx.lex.cue_verbs or t.low in ctx.lex.so_cues) and not t.quoted and k != skip
               for k, t in enumerate(ctx.tokens[a:b], a))


#: (round 39, descare) term markers that name words, whatever their case: "das Wort „nachhaltig“"
_DE_WORD_MARKERS = frozenset({"wort", "wörter", "begriff", "begriffe", "titel", "motto", "slogan", "spruch", "sprüche"})


def _de_judged_thing(ctx: QuoteContext, j: int, words: list[str]) -> bool:
    """German (round 39, descare): the noun at j marks a named thing ("Plan", "Programm", "Film"), but the quotation
    after it is lower case and a cue verb stands just before the noun: what the speaker called it, no name ("nannte den
    Plan „unverantwortlich“", "bezeichnete das Projekt als „überflüssig“"; was dropped as a plan's name)."""
    toks = ctx.tokens
    if not words or not words[0][:1].islower() or not toks[j].is_cap or toks[j].low in _DE_WORD_MARKERS:
        return False
    k = j - 1
    while k >= max(0, j - 4) and toks[k].is_word and not toks[k].quoted and toks[k].text == toks[k].low \
            and toks[k].low not in ctx.lex.cue_verbs:
        k -= 1  # the noun's article ("den Plan"), or nothing
    return k >= 0 and k < j and toks[k].low in ctx.lex.cue_verbs and toks[k].text == toks[k].low and not toks[k].quoted


def _de_motto_verb(ctx: QuoteContext, art: int) -> int:
    """German (round 39, descare): the index of the form of "stehen" before "unter" and the label's article at art
    ("Der Parteitag stand unter dem Motto: „…“": "stand" is no cue there), else -1."""
    toks = ctx.tokens
    if art >= 2 and toks[art - 1].low == "unter" and toks[art - 2].low in _DE_STEHEN:
        return art - 2
    return -1


def _de_named_by_heissen(ctx: QuoteContext, q: Quotation, q_first: int, lo: int, hi: int) -> bool:
    """German (round 39, descare): the quotation is what something is called: right after a form of "heißen" ("Das
    Stück heißt „…“", not "heißt es „…“" nor "Das heißt „…“"), or right before one that closes the clause ('das
    offiziell "Gesetz zur …" (KiQEG) heißt', not "„…“ heißt es")."""
    toks = ctx.tokens
    b = q_first - 1
    if b - 1 >= lo and toks[b].low in _DE_HEISSEN and toks[b].text == toks[b].low and not toks[b].quoted \
            and toks[b - 1].is_word and toks[b - 1].low not in ("das", "dies", "es", "was", "er", "sie"):
        return True
    a = bisect_right(ctx.starts, q.outer_end - 1)
    if a < hi and toks[a].text == "(" and not toks[a].quoted:
        a = next((k + 1 for k in range(a + 1, min(hi, a + 5)) if toks[k].text == ")"), hi)
    return a < hi and toks[a].low in _DE_HEISSEN and toks[a].text == toks[a].low and not toks[a].quoted and (
        a + 1 >= hi or toks[a + 1].text in {",", ".", ";", "!", "?", ")"} or toks[a + 1].low in ("und", "oder"))


def _de_named_in_slot(ctx: QuoteContext, q: Quotation, prev, words: list[str]) -> bool:
    """German (round 39, descare): a short quotation after a definite article, a contracted article or a possessive
    (prev) that is a name, not a partial quotation: a title numbered by its last word ("in den „Bemerkungen 2022“",
    "die „Agenda 2030“"), a law's name (a compound ending in one of `rule_noun_endings`: "das „Gute-Kita-Gesetz“",
    "das „Heizungsgesetz“"), or a single word the text quotes again elsewhere, a nickname or running term ("dem
    „Kaiser“ eine Ehre erweisen" beside "Deutschlands „Kaiser“"). Not after an indefinite article ("einen
    „Doppel-Wumms“") nor a lower-case word ("die „Hetze“" quoted once)."""
    if prev.quoted or prev.text != prev.low or not (prev.low in _DE_DEFINITE_SLOTS or prev.low in ctx.lex.possessives):
        return False
    if not words or len(words) > 3 or not words[0][0].isupper():
        return False
    last = words[-1].strip("\"„“”»«‚‘’',.;:!?()")
    if len(words) >= 2 and _DE_TITLE_NUMBER.fullmatch(last):
        return True
    if len(words) != 1:
        return False
    w = last.lower()
    if any(w.endswith(e) and len(w) > len(e) + 2 for e in ctx.lex.de_rule_endings):
        return True
    text = ctx.text[q.start : q.end].strip()
    return any(o is not q and o.start != q.start and ctx.text[o.start : o.end].strip() == text for o in ctx.quotes)


def _de_paren_source(ctx: QuoteContext, q: Quotation, words: list[str]) -> bool:
    """German (round 42, detech): the quotation's words are capitalised (a name) and a cue verb, then at most two
    lower-case words, close the bracket the quotation opens: "(„Swiss IT Magazine“ berichtete)", "(„The Information“
    berichtete bereits)"."""
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    toks = ctx.tokens
    a = bisect_right(ctx.starts, q.outer_end - 1)
    if a >= len(toks) or toks[a].quoted or toks[a].text != toks[a].low or toks[a].low not in ctx.lex.cue_verbs:
        return False
    return any(toks[x].text == ")" for x in range(a + 1, min(len(toks), a + 4))) and all(
        toks[x].text == toks[x].low for x in range(a + 1, min(len(toks), a + 4)) if toks[x].text != ")")


def _de_named_again(ctx: QuoteContext, q: Quotation, words: list[str]) -> bool:
    """German (round 52, auditde2): a short quotation of capitalised words or numbers that repeats a name the text gave
    earlier in quotation marks right after its noun ("die neue Trägerrakete „Aurora 2“ … Sie hoffe, dass „Aurora 2“
    eines Tages …", "das Bündnis „Wald statt Asphalt“ … das Bündnis sei mit „Wald statt Asphalt“ …"): the name again,
    no one's words (was a direct quote of the speaker of the report it stands in)."""
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _DE_NAME_LINKS for w in words) or not words[0][0].isupper():
        return False
    named = ctx.memo.get(("de_named_again", 0, 0))
    if named is None:  # (speed: once per text) each quoted name's first mark right after its noun
        named = {}
        toks = ctx.tokens
        for q0 in ctx.quotes:
            if q0.n_words > 3:
                continue
            j = bisect_right(ctx.starts, q0.outer_start - 1) - 1  # the token before the opening mark
            if j >= 1 and toks[j].is_word and toks[j].is_cap and not toks[j].quoted and j not in ctx.sent_of_lo \
                    and toks[j].low not in ctx.lex.stopwords and not ctx.text[toks[j].end : q0.outer_start].strip():
                named.setdefault(ctx.text[q0.start : q0.end].strip().rstrip(".,;:!?"), q0.outer_end)
        ctx.memo[("de_named_again", 0, 0)] = named
    first = named.get(ctx.text[q.start : q.end].strip().rstrip(".,;:!?"))
    return first is not None and first <= q.outer_start


def _is_term(ctx: QuoteContext, q: Quotation, q_first: int) -> bool:
    """A name, title or mentioned term in quotation marks rather than someone's words."""
    words = [w for w in ctx.text[q.start : q.end].split() if w[0].isalnum()]
    if ctx.lex.lang == "en" and words and all(w[0].isupper() for w in words):
        return True
    if ctx.lex.lang == "en" and _term_marked(ctx, q_first):
        return True
    if ctx.lex.lang == "de" and 1 <= len(words) <= 4 and q_first >= 1 and ctx.tokens[q_first - 1].text == "(" \
            and not ctx.tokens[q_first - 1].quoted and _de_paren_source(ctx, q, words):
        return True  # (round 42, detech) a medium's name opening a bracket before its verb: "… zurückziehen, wie er
        # androhte („Swiss IT Magazine“ berichtete)" (was a direct quote of the speaker before)
    if ctx.lex.lang == "de" and len(words) == 1 and words[0].strip(".,;:!?").lower() in ctx.lex.distancing_words \
            and (a := bisect_right(ctx.starts, q.outer_end - 1)) < len(ctx.tokens) and ctx.tokens[a].is_word \
            and not ctx.tokens[a].quoted and ctx.tokens[a].start == q.outer_end + 1:
        return True  # (round 48, descare) a distancing word alone before its noun: "die „sogenannte“ Übergangsregierung"
        # (yaml `distancing_words`; was a direct quote of the subject)
    if ctx.lex.lang == "de" and 1 <= len(words) <= 3 and _de_named_again(ctx, q, words):
        return True
    if q_first in ctx.sent_of_lo:
        return False  # (round 38, sox) the quotation opens its sentence: a word before it is a dateline's ("Berlin (dpa) –
        # „Wir sind bereit“, sagte …", "HANNOVER – „…“") or a title line's, no name before the quotation
    j = q_first - 1
    while j >= 0 and not ctx.tokens[j].is_word:
        if ctx.tokens[j].text in ({".", "!", "?", ":"} if ctx.lex.lang == "de" else {".", "!", "?"}) and not ctx.tokens[j].quoted:
            # the word before belongs to the sentence before ("… den Plan. „Das ist gut“, sagte er.") or
            # introduces the quotation ("antwortete der Minister: „Nein.“")
            return False
        j -= 1
    if j < 0:
        return False
    prev = ctx.tokens[j]
    if (prev.low in ctx.lex.term_markers or (ctx.lex.lang == "de" and prev.is_cap and ctx.lex.is_term_marker(prev.text))) \
            and not _finite_cue(ctx, j) and not (ctx.lex.lang == "de" and _de_judged_thing(ctx, j, words)):
        return True  # (also a compound: "dem Branchendienst „insidethegames“")
    if ctx.lex.lang == "de" and _de_name_after_article(ctx, q, j, words):
        return True
    if ctx.lex.lang == "de" and j == q_first - 1 and _de_named_in_slot(ctx, q, prev, words):
        return True  # (round 39, descare) a title, a law's name or a nickname after a definite article
    if ctx.lex.lang == "de" and j == q_first - 1 and _de_paper_named(ctx, q, q_first, words):
        return True
    if ctx.lex.lang == "de" and j == q_first - 1 and prev.text == prev.low and prev.low in DE_DEFINITE_ARTICLES \
            and 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and words[-1].lower().endswith(_DE_PAPER_WORDS) \
            and not ctx.text[prev.end : q.outer_start].strip():
        return True  # (round 33) a paper's name after any article inside a report: "Der Sprecher erklärte, die «Bild» habe
        # …", "vor Kontakten des „Spiegel“ in deutsche Regierungsstellen" (were direct quotes)
    if ctx.lex.lang == "de" and 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and j == q_first - 1 and j >= 1 \
            and ((prev.text == prev.low and prev.low.endswith(("en", "er", "es")))
                 # (round 35, de3) or a paper after an adjective in -e: "Das berichtet der österreichische „Kurier“"
                 or (prev.text == prev.low and prev.low.endswith("e") and words[-1].lower().endswith(_DE_PAPER_WORDS))
                 # (round 29) or a city's adjective: "sagte der Frankfurter „Abendpost“" (was a direct quote)
                 or (prev.is_cap and prev.is_word and prev.text.endswith("er"))) and ctx.tokens[j - 1].low in ("dem", "der", "des") \
            and _cue_among(ctx, max(0, j - 8), j - 1):
        return True  # (round 26) a paper with its adjective after the cue: "sagte er dem britischen „Daily Telegraph“"
    if ctx.lex.lang == "de" and 1 <= len(words) <= 4 and j == q_first - 1 and j >= 1 and prev.text == prev.low \
            and prev.low in ("die", "den", "das") and ctx.tokens[j - 1].text == ctx.tokens[j - 1].low \
            and ctx.tokens[j - 1].low in ctx.lex.quoted_name_accusative_prepositions \
            and all(w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words) and words[0][0].isupper() \
            and (words[-1].lower().endswith(_DE_PAPER_WORDS) or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 6)) \
            and _cue_among(ctx, max(0, j - 12), j - 1):
        return True  # (round 37, w3) the paper written for after its cue: "schrieb Müller in einem Gastbeitrag für die
        # „FAZ“", "für den „Tagesspiegel“" (was a direct quote, and the report before it was lost)
    if ctx.lex.lang == "de" and " ".join(words).lower() in _DE_PROGRAMMES:
        return True  # (round 22) a programme written in lower case: "sagte sie im „heute journal“"
    if ctx.lex.lang == "de" and j == q_first - 1 and prev.low in ("der", "des", "wegen") and j >= 1 \
            and (prev.low == "wegen" or ctx.tokens[j - 1].low in _DE_CHARGE_NOUNS) and len(words) <= 4:
        return True  # (round 22) a charge: "zu einem Vorwurf der „schweren Vergewaltigung“", "wegen „Volksverhetzung“"
    if ctx.lex.lang == "de" and len(words) == 1 and words[0][0].isupper() and j == q_first - 1 and prev.text == prev.low \
            and (prev.low == "gegenüber" or (prev.low == "mit" and j >= 1 and ctx.tokens[j - 1].low in ("interview", "gespräch"))
                 # (round 26) "sagt Kleemann zur „Presse“" (not "zum „Kompromiss“")
                 or (prev.low in ("zur", "zum") and words[0].lower().endswith(_DE_PAPER_WORDS))
                 # (round 34, w2b) a paper after "bei" near its cue: "versprach Frei bei „Bild“ …" (was a direct quote)
                 or (prev.low == "bei" and words[0].lower().endswith(_DE_PAPER_WORDS) and _cue_among(ctx, max(0, j - 12), j))
                 # (round 34) a broadcaster's short name in capitals after its cue: "so Golla zum „ZDF“", "sagt
                 # Arnoldsen zu „TV2“" (were direct quotes)
                 or (prev.low in ("zu", "zur", "zum") and words[0].isupper() and len(words[0]) <= 6
                     and _cue_among(ctx, max(0, j - 12), j))):
        return True  # (round 23) a paper or a magazine spoken to: "so der Schauspieler gegenüber „Bunte“", "im Interview mit 'Hello!'"
    if ctx.lex.lang == "de" and 2 <= len(words) <= 3 and words[0][0].isupper() and words[-1][0].isupper() and all(
            w[0].isupper() or w in _NAME_CONNECTORS for w in words) and j == q_first - 1 \
            and prev.text == prev.low and (prev.low in ("mit", "in", "im", "bei", "beim", "gegenüber", "aus", "zu") or (
                # (round 23) the paper spoken to: "so Zadic zur „Kleinen Zeitung“" (not "zum „Heiligen Krieg“")
                prev.low in ("zur", "zum") and words[-1].lower().endswith(_DE_PAPER_WORDS)) or (
                prev.low in ("den", "dem", "der") and j >= 1 and ctx.tokens[j - 1].low in ("und", "sowie"))) \
            and _cue_among(ctx, max(0, j - 12), j):
        # a paper or a journal after its cue (round 22): "sagte sie im Interview mit «Le Nouvelliste»", "heißt es
        # in „PLoS Medicine“", "sagte X der „Stuttgarter Zeitung“ und den „Stuttgarter Nachrichten“" (round 36, g4:
        # also with a lower-case connector inside, "betonte sie gegenüber „Bild am Sonntag“", were direct quotes)
        return True
    if ctx.lex.lang == "de" and words and len(words) <= 3 and all(w[0].isupper() for w in words) and (
            (prev.low in ("im", "beim") and prev.text == prev.low and j == q_first - 1 and _de_next_to_cue(ctx, q, j))
            or _de_coordinated_names(ctx, q, q_first)):
        # a paper or a programme: "sagte Lindner im „Handelsblatt“", "berichteten „Spiegel“ und „Zeit“"
        return True
    if ctx.lex.lang == "de" and 3 <= len(words) <= 4 and words[0][0].isupper() and words[-1][0].isupper() \
            and all(w[0].isupper() or w in _DE_PROGRAMME_TITLE_LINKS for w in words) \
            and prev.low in ("im", "beim") and prev.text == prev.low and j == q_first - 1 and _de_next_to_cue(ctx, q, j):
        return True  # (round 54, depolitics) a programme's title with a lower-case link word inside after "im"/"beim"
        # next to its cue: "sagte Lindner im „Bericht aus Berlin“ der ARD", "Lindner sagte im „Bericht aus Berlin“, …"
        # (was a direct quote "Bericht aus Berlin")
    if prev.quoted and any(t.quoted and t.text in {".", "!", "?"} for t in ctx.tokens[j + 1 : q_first]):
        # the word before ends the sentence of another quotation: "„Wir sind das Volk.“ „Das ist gut“, sagte X"
        return False
    # (also a compound whose last part is a noun: "in der ntv-Sendung „Beisenherz“")
    return ctx.lex.lang == "de" and (prev.is_cap or (
        "-" in prev.text and prev.text.rsplit("-", 1)[1][:1].isupper())) and bool(words) and words[0][0].isupper()


#: (round 38, dequellen) lower-case words right before a paper's name in quotation marks that make it a name in a
#: phrase, not a quotation: "über «Bild»", "vom „Manager Magazin“", "nach Informationen von „stern.de“"
_DE_PAPER_SLOT_WORDS = frozenset({"von", "vom", "über", "laut", "nach", "aus", "in", "im", "bei", "beim", "gegenüber",
                                  "mit", "zu", "zur", "zum", "für", "des", "dem", "der", "den", "die", "das", "und", "sowie",
                                  # (round 42, deswiss) a broadcaster's channel: "sagte sie auf «TeleZüri»"
                                  "auf"})


def _de_other_one_subject(words: list[str]) -> bool:
    """German (round 52, de3left): words of a subject that name another unnamed person: "Ein anderer", "Eine weitere",
    "Ein anderer Zuhörer", "Eine andere Anwohnerin" (not "Ein anderer Punkt")."""
    if len(words) < 2 or words[0].lower() not in ("ein", "eine") or words[1] not in _DE_OTHER_ONE:
        return False
    return len(words) == 2 or (len(words) == 3 and de_person_noun(words[2].lower(), "die" if words[0].lower() == "eine" else "der"))


def _de_paper_named(ctx: QuoteContext, q: Quotation, q_first: int, words: list[str]) -> bool:
    """German (round 38, dequellen): a short quotation that is a paper's, a magazine's or a news site's name (its last
    word one of `press_names`, ending in one of `press_endings`, or a web address: "stern.de") in the slot of a
    name: after a preposition, an article or an article's adjective ("Empörung über «Bild»", "vom „Manager
    Magazin“", "dem deutschen "Tagesspiegel""), before "zufolge" ("heißt es „stern.de“ zufolge"), or coordinated
    with another quoted name ("melden "Spiegel" und die "FAS"") (were direct quotes)."""
    if not 1 <= len(words) <= 4:
        return False
    lex, toks = ctx.lex, ctx.tokens
    last = words[-1].strip("\"„“”»«‚‘’',.;:!?()").lower()
    web = len(words) == 1 and last.endswith((".de", ".at", ".ch", ".com")) and last.split(".")[0].isalpha()
    first = words[0].strip("\"„“”»«‚‘’',.;:!?()").lower()
    # (round 52, de3left) a paper's name in the genitive after "des"/"eines" or their adjective: "Kolumnist des
    # „Tagesspiegels“", "Chefredakteur des „Spiegels“", "eines britischen „Guardians“" (was a direct quote)
    genitive = q_first >= 2 and toks[q_first - 1].text == toks[q_first - 1].low and (
        toks[q_first - 1].low in ("des", "eines") or (toks[q_first - 1].low.endswith("en")
                                                      and toks[q_first - 2].low in ("des", "eines")))
    if not (lex.is_press_word(last) or web
            or (genitive and last.endswith("s") and (lex.is_press_word(last[:-1])
                                                     or (last.endswith("es") and lex.is_press_word(last[:-2]))))
            or (len(words) > 2 and first in lex.press_names)  # ("Bild am Sonntag", "Welt am Sonntag")
            # (round 53, auditde5) a talk show named after its host: "sagte sie bei „Lanz“", "bei „Markus Lanz“"
            or (last in lex.talk_show_names and words[-1][:1].isupper() and len(words) <= 2)
            # (round 42, deswiss) a broadcaster's numbered channel: "auf «ORF III»", "auf «Puls 24»"
            or (len(words) == 2 and first in lex.press_names and words[0][0].isupper()
                and (words[1].isdigit() or words[1] in ("I", "II", "III", "eins", "zwei")))):
        return False
    if not (web or (words[0][0].isupper() and all(w[0].isupper() or w.isdigit() or w in _DE_NAME_LINKS for w in words))
            or (len(words) <= 2 and all(w.isalpha() and w.islower() for w in words))):
        return False  # (a magazine's name in lower case: "das „manager magazin“")
    prev = toks[q_first - 1]
    if prev.quoted or not prev.is_word or prev.text != prev.low:
        return False
    if prev.low in _DE_PAPER_SLOT_WORDS:
        return True
    after = bisect_right(ctx.starts, q.outer_end - 1)
    if prev.low in lex.cue_verbs and after < len(toks) and toks[after].text in {",", ".", "(", ":"} \
            and not toks[after].quoted:
        return True  # (round 44, demigration) the paper spoken to, bare after its cue and closing the clause: "sagte
        # „Bild“, die Asylzahlen müssten …" (was a direct quote "Bild", and the report after it was lost)
    if prev.low.endswith(("e", "en", "er", "es")) and q_first >= 2 and toks[q_first - 2].low in DE_DEFINITE_ARTICLES:
        return True  # an article's adjective: "dem deutschen "Tagesspiegel"", "die britische „Times“"
    if after < len(toks) and toks[after].low == "zufolge":
        return True
    return after + 1 < len(toks) and toks[after].low in ("und", "sowie") and any(
        t.quoted and not t.is_word for t in toks[after + 1 : after + 3])


def _de_next_to_cue(ctx: QuoteContext, q: Quotation, j: int) -> bool:
    """German: the preposition at token j before the quotation follows a cue verb, or a cue verb follows
    the quotation ("sagte im „Handelsblatt“", "wird im „Spiegel“ zitiert"; not "sei im „Krisenmodus“")."""
    toks, lex = ctx.tokens, ctx.lex
    after = bisect_right(ctx.starts, q.outer_end - 1)
    back = next((b for b in range(j - 1, max(-1, j - 4), -1) if not toks[b].is_word or toks[b].quoted
                 or (toks[b].low in lex.cue_verbs and toks[b].text == toks[b].low)), None)
    # (a cue verb, maybe its subject between: "bat Rukwied im „Stern“ um Verständnis")
    return (back is not None and toks[back].is_word and not toks[back].quoted) or (
        after < len(toks) and toks[after].low in lex.cue_verbs and toks[after].text == toks[after].low)


def _de_coordinated_names(ctx: QuoteContext, q: Quotation, q_first: int) -> bool:
    """German: the quotation and another of capitalised words are coordinated ("„Spiegel“ und „Zeit“",
    "der „Donaukurier“ und „Bild“"; round 39, descare: also the first of a list with commas, "Wortkreationen wie
    „Wumms“, „Bazooka“ oder „Zeitenwende“"): names or mentioned words, not speech."""
    toks = ctx.tokens
    after = bisect_right(ctx.starts, q.outer_end - 1)
    if after + 2 < len(toks) and (toks[after].low in ("und", "sowie", "oder") or toks[after].text == ",") \
            and toks[after + 1].quoted \
            and not toks[after + 1].is_word and toks[after + 2].is_word and toks[after + 2].text[0].isupper():
        return True
    b = q_first - 1
    while b - 1 >= 0 and toks[b].is_word and not toks[b].quoted and toks[b].text == toks[b].low and (
            toks[b].low in DE_DEFINITE_ARTICLES or toks[b].low.endswith(("e", "en", "er", "es"))) \
            and toks[b].low not in ("und", "sowie", "oder") and q_first - b <= 3:
        b -= 1  # (round 35, de3) an article and an adjective between: "die „New York Times“ und der britische „Guardian“"
    return b - 1 >= 0 and toks[b].low in ("und", "sowie", "oder") and toks[b - 1].quoted and not toks[b - 1].is_word \
        and any(o.outer_end == toks[b - 1].end and all(w[0].isupper() for w in ctx.text[o.start : o.end].split())
                and len(ctx.text[o.start : o.end].split()) <= 3 for o in ctx.quotes)


def _de_name_after_article(ctx: QuoteContext, q: Quotation, j: int, words: list[str]) -> bool:
    """German: the quotation right after the genitive or dative article at token j is a name: "ein
    Bericht der „Süddeutschen Zeitung“", "sagte der „Bild am Sonntag“" (two or more words, all
    capitalised but for links), one word only after a cue, a preposition, a source noun or as the
    addressee after a cue's speaker ("sagte der „Zeit“", "sagte Schlagbauer dem „Focus“",
    "mit dem „Spiegel“", "nach Informationen des „Spiegel“"). Not a partial quotation, whose adjective is lower case ("von einem
    „historischen Tag“"), nor one capitalised noun elsewhere ("nannte das einen „Skandal“")."""
    toks = ctx.tokens
    art = toks[j]
    if ctx.text[art.end : q.outer_start].strip():
        return False
    after = bisect_right(ctx.starts, q.outer_end - 1)  # the token after the closing mark
    if art.low in ctx.lex.determiners and after < len(toks) and toks[after].low in ctx.lex.cue_verbs \
            and art.low not in ctx.lex.object_articles and not (j > 0 and toks[j - 1].low in ctx.lex.prepositions) \
            and toks[after].text == toks[after].low and words and len(words) <= 4 and all(
                w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words):
        return True  # the subject of a cue: "Wie die „Main-Post“ berichtete", "Die „Bild“ berichtete" (not an
        # object or a preposition's: "Von einem „Gesetz im Schweinsgalopp“ sprach der Fraktionschef")
    if art.low in ("der", "die", "das") and (after >= len(toks) or toks[after].text in {".", ";", ",", ":"}) \
            and 2 <= len(words) <= 4 and all(w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words) \
            and any(t.low in ctx.lex.cue_verbs and not t.quoted for t in toks[max(0, j - 6) : j]):
        return True  # the subject after its cue, closing the clause: "Berichtet hat darüber zuerst die „Heilbronner Stimme“;"
    if art.low in ("die", "das") and art.text == art.low and j - 2 >= 0 and toks[j - 1].low in ctx.lex.cue_verbs \
            and toks[j - 1].text == toks[j - 1].low and toks[j - 2].text == "," and not toks[j - 2].quoted \
            and words and len(words) <= 4 and all(w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words):
        return True  # the subject of a trailing cue: "…, zitiert die „Zeit“ aus dem Papier"
    if art.low in ("die", "das", "der") and art.text == art.low and j - 2 >= 0 and toks[j - 1].low in ctx.lex.cue_verbs \
            and toks[j - 1].text == toks[j - 1].low and toks[j - 2].text in ("Das", "Dies") \
            and (j - 2 == 0 or toks[j - 3].text in {".", "!", "?"}) \
            and words and len(words) <= 4 and all(w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words):
        return True  # the subject after a fronted "Das": "Das berichtet die „Süddeutsche Zeitung“ in …"
    if art.text == "den" and j > 0 and toks[j - 1].low in ("in", "bei", "aus") and words and len(words) <= 4 and all(
            w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words) and any(
            t.low in ctx.lex.cue_verbs and not t.quoted for t in toks[max(0, j - 7) : j - 1]):
        return True  # a programme after its cue: "sagte Lauterbach in den „Tagesthemen“"
    if art.text != art.low or art.low not in _DE_ARTICLES:
        return False
    if not words or not words[0][0].isupper() or not all(w[0].isupper() or w.lower() in _DE_NAME_LINKS for w in words):
        return False
    return len(words) >= 2 or (j > 0 and (toks[j - 1].low in ctx.lex.cue_verbs or toks[j - 1].low in ctx.lex.prepositions
                                          or ctx.lex.is_source_noun(toks[j - 1].text))) or (
        # the addressee after the speaker of a cue: "sagte Schlagbauer dem „Focus“"
        art.low in ("dem", "der") and any(t.low in ctx.lex.cue_verbs and not t.quoted for t in toks[max(0, j - 5) : j])) or (
        # (round 22) also after the speaker's apposition: "sagte Katja Mast, Geschäftsführerin der SPD-Fraktion, dem
        # „Spiegel“"
        art.low == "dem" and j >= 1 and toks[j - 1].text == "," and any(
            t.low in ctx.lex.cue_verbs and not t.quoted for t in toks[max(0, j - 12) : j])) or (
        # (round 24) also further back, closing a trailing attribution: "…, sagte ein Sprecher des Verbandes kommunaler
        # Unternehmen (VKU) der „NOZ“."
        art.low in ("dem", "der") and after < len(toks) and toks[after].text in {".", "!"} and any(
            t.low in ctx.lex.cue_verbs and t.text == t.low and not t.quoted and x >= 1 and toks[x - 1].text == ","
            and not toks[x - 1].quoted for x, t in enumerate(toks[max(0, j - 12) : j], max(0, j - 12))))


#: (round 49, auditnews4) participles that define a quoted word right after it ("“space” defined as …")
_EN_DEFINING_PARTICIPLES = frozenset({"defined", "understood", "interpreted", "construed", "taken"})


def _en_defined_term(ctx: QuoteContext, q_last: int, hi: int) -> bool:
    """(round 49, auditnews4) English: the quotation ending at q_last is followed, without a comma, by a defining
    participle and "as" (an adverb may stand between): 'with "space" perhaps defined as the Russians keeping quiet', 'the
    word "fair" understood as …': a term the writer defines, no one's words."""
    toks = ctx.tokens
    k = q_last + 1
    while k < hi and not toks[k].is_word and toks[k].quoted:
        k += 1  # the closing mark
    if k < hi and toks[k].is_word and not toks[k].quoted and toks[k].low.endswith("ly") or k < hi and toks[k].low in (
            "perhaps", "roughly", "loosely", "here", "best"):
        k += 1
    return k + 1 < hi and not toks[k].quoted and toks[k].low in _EN_DEFINING_PARTICIPLES and toks[k + 1].low == "as"


#: (round 49, auditnews4) verbs of a stance on a policy before its quoted name ("backs "Medicare for all"")
_EN_POLICY_STANCES = frozenset({"support", "supports", "supported", "back", "backs", "backed", "oppose", "opposes",
                                "opposed", "endorse", "endorses", "endorsed", "champion", "champions", "championed",
                                "embrace", "embraces", "embraced", "fund", "funds", "funded"})
#: (round 49, auditnews4) prepositions before a policy's quoted name ("pay for "…"", "the fight against "…"")
_EN_POLICY_PREPOSITIONS = frozenset({"for", "against"})


def _en_programme_name(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int) -> bool:
    """(round 49, auditnews4) English: a quotation of two to four words in mid-sentence, its first word capitalised and
    a later one in lower case, no pronoun, auxiliary, negation or cue in it, right after "for"/"against" (not a cue's:
    "called for") or a verb of stance ("to pay for "Medicare for all."", "backs "Medicare for all""): a policy's or
    programme's name, no one's words
    (all words capitalised is a title already; one word, 'warned of "Armageddon"', stays as it was)."""
    toks, lex = ctx.tokens, ctx.lex
    if q_first - 1 <= lo or not 2 <= q.n_words <= 4:
        return False
    p = toks[q_first - 1]
    if p.quoted or not p.is_word or p.text != p.low or (p.low not in _EN_POLICY_PREPOSITIONS and p.low not in _EN_POLICY_STANCES):
        return False
    if p.low in _EN_POLICY_PREPOSITIONS and (toks[q_first - 2].low in lex.cue_verbs or toks[q_first - 2].quoted):
        return False  # a cue's own complement: 'called for "Justice for all"', 'argued against "Plan B now"'
    words = [t for t in toks[q_first : q_last + 1] if t.is_word]
    if len(words) < 2 or not words[0].text[:1].isupper() or words[0].low in lex.pronouns \
            or not any(t.text == t.low for t in words[1:]):
        return False
    return not any(t.low in lex.pronouns or t.low in lex.auxiliaries or t.low in lex.negations or t.low in lex.cue_verbs
                   or t.low in lex.person_pronouns for t in words)


#: (round 54, seedleft) articles and possessives before a quoted name that is a verb's object
_EN_NAMED_THING_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "our", "his", "her", "my", "your"})


def _en_named_thing_after_article(ctx: QuoteContext, q: Quotation, q_first: int, q_last: int, lo: int) -> bool:
    """(round 54, seedleft) English: a quotation of two to six words in title case with at least two capitalised words
    ("Crossroads of Peace", "Marshall Plan"), right after an article or a possessive (`_EN_NAMED_THING_DETERMINERS`)
    that follows a lower-case word that is no cue, auxiliary, "as" or quotation ('we presented a "Crossroads of Peace."',
    'pushed for a "Marshall Plan for Ukraine."'), and no word after it before the sentence's end: a project's or a
    plan's name, no one's words (not 'called it a "Total Disaster"': "it" before the article; not 'described as a
    "…"', nor a predicate after "was a")."""
    toks, lex = ctx.tokens, ctx.lex
    if q_first - 2 < lo or not 2 <= q.n_words <= 6 or not _en_title_case(ctx, q):
        return False
    words = _en_quote_words(ctx, q)
    if sum(1 for w in words if w[:1].isupper()) < 2 or _en_all_capitals(words):
        return False
    d, v = toks[q_first - 1], toks[q_first - 2]
    if d.quoted or d.text != d.low or d.low not in _EN_NAMED_THING_DETERMINERS:
        return False
    if v.quoted or not v.is_word or v.text != v.low or v.low in lex.cue_verbs or v.low == "as" \
            or v.low in lex.pronouns or v.low in lex.determiners or v.low in lex.auxiliaries:
        return False  # (a predicate stays: 'said the plan was a "Total Disaster."')
    if ctx.text[q.start : q.end].rstrip()[-1:] in (".", "!", "?"):
        return True  # the sentence ends inside the quotation
    nxt = q_last + 1
    while nxt < len(toks) and (toks[nxt].quoted or toks[nxt].text in ('"', "”", "’")):
        nxt += 1
    return nxt >= len(toks) or not toks[nxt].is_word


#: (round 49, auditnews4) modals of a prediction or a hypothesis before an imagined outcry
_EN_IMAGINING_MODALS = frozenset({"will", "'ll", "’ll", "would", "'d", "’d", "might", "could"})
#: (round 49, auditnews4) singular nouns and pronouns of a collective or anyone at all, a group whose outcry is imagined
_EN_GENERIC_GROUPS = frozenset({"public", "crowd", "electorate", "nation", "country", "world", "everyone", "everybody",
                                "someone", "somebody", "anyone", "anybody", "nobody", "people", "they", "audience"})
#: (round 49, auditnews4) comparatives of a correlative "the more …, the more …" clause
_EN_CORRELATIVES = frozenset({"more", "less", "longer", "louder", "fewer", "closer", "sooner", "harder", "worse",
                              "better"})


#: (round 49, auditnews4) base forms of an outcry or a thought that introduce imagined words ("and scream, "…"")
_EN_OUTCRY_VERBS = frozenset({"scream", "shout", "yell", "cry", "chant", "think", "say", "beg", "plead", "demand",
                              "wonder", "sigh", "exclaim", "ask", "tell", "declare", "insist"})


def _en_imagined_utterance(ctx: QuoteContext, q_first: int, lo: int) -> bool:
    """(round 49, auditnews4) English: the quotation at q_first follows a comma or colon after a base form of an outcry
    or a thought ("scream", "think", "say", `_EN_OUTCRY_VERBS`) in the second half of a correlative ("the more …, the
    more …"), its subject a group (`_EN_GENERIC_GROUPS` or a lower-case plural), maybe after a modal: 'the more the
    public will fall silent, cover its ears, and scream, "…"', 'the more the people shrug and think, "…"': the group's
    imagined words, no report. A past or third-person form stays ("the crowd screamed, "…""), as does a named speaker
    and a bare future outside a correlative ('The atheists will insist, "…"', the convention of the news table)."""
    toks, lex = ctx.tokens, ctx.lex
    j = q_first - 1
    if j - 1 <= lo or toks[j].text not in {",", ":"} or toks[j].quoted:
        return False
    j -= 1
    if toks[j].quoted or not toks[j].is_word or toks[j].text != toks[j].low or toks[j].low not in _EN_OUTCRY_VERBS:
        return False
    k = j - 1
    while k > lo and not toks[k].quoted and (toks[k].is_word or toks[k].text == ",") \
            and toks[k].low not in _EN_IMAGINING_MODALS and toks[k].low not in _EN_CORRELATIVES \
            and toks[k].low not in lex.complementizers and toks[k].low not in ("if", "when", "because", "while"):
        k -= 1
    if k <= lo or toks[k].quoted:
        return False
    if toks[k].low in _EN_CORRELATIVES:
        if toks[k - 1].low != "the" or not any(toks[x].low == "the" and toks[x + 1].low in _EN_CORRELATIVES
                                               for x in range(lo, k - 1)):
            return False  # only the second half: "The more he pushes, the more the public …"
        subj = [t for t in toks[k + 1 : j] if t.is_word]
        if not subj or subj[0].low not in ("the", "a", "many", "most") and subj[0].text != subj[0].low:
            return False
        head = next((t for t in subj[1:] if t.text == t.low and t.low not in lex.determiners), None)
    elif toks[k].low in _EN_IMAGINING_MODALS and any(toks[x].low == "the" and toks[x + 1].low in _EN_CORRELATIVES
                                                     for x in range(lo, k - 2)):
        head = toks[k - 1]  # (inside a correlative's second half only: a bare 'The atheists will insist, "…"' stays the
        # group's quote, the round-40 news table's convention)
    else:
        return False
    return head is not None and head.is_word and not head.quoted and head.text == head.low \
        and not lex.is_title(head.text) and (head.low in _EN_GENERIC_GROUPS or (
            head.low.endswith("s") and not head.low.endswith(("ss", "'s", "’s")) and head.low not in lex.stopwords))


def _en_predicted_quote(ctx: QuoteContext, q_first: int, lo: int, hi: int) -> bool:
    """(round 39, encomments3) English: the quotation at token q_first follows "say" (and maybe a comma or colon) that
    is a third person's prediction or hypothesis, no report ('they'll all say "I knew this …"', 'As Gomer Pyle would
    say: "…"'); see `_en_predicted_say`."""
    toks = ctx.tokens
    j = q_first - 1
    if j >= lo and toks[j].text in {",", ":"} and not toks[j].quoted:
        j -= 1
    return j > lo and toks[j].low == "say" and not toks[j].quoted and _en_idle_say(ctx, j, lo, hi, only_predicted=True)
