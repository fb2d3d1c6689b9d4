"""Quote pre-annotator (rules:quotes@51): direct and indirect quotes, their speakers and cues.

This module is the driver and the output; each step has its own module (docs/quotes.md has the
details and the measured numbers):

1. `quote_context.QuoteContext`: tokens, quotation-mark pairs and sentences (`quote_text`), the
   document's names (`quote_speakers`), and the quote records found so far.
2. Per sentence: cues outside quotations (`quote_cues`), the speaker of each cue
   (`quote_attribution`), the direct quotes (`quote_direct`) and the reported content of each cue
   (`quote_indirect`, with clause boundaries from `quote_clauses`).
3. Here: a sentence with nothing reported but an attributed cue, or in reported mood (Konjunktiv,
   "soll") after an attributed sentence, continues that speaker (free indirect speech); quotations
   still without a speaker take their multi-paragraph group's, the next sentence's, or the subject
   of the sentence before.
4. `_materialize`: spans with ids q1…, s1…, c1… and the said_by / cue relations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spanbank.annotators.base import Annotator
from spanbank.annotators.quote_attribution import (  # German relative pronouns, also after a preposition
    _DE_PREPOSITIONAL_RELATIVES,
    _DE_SPEAKING_THINGS,
    _DE_THING_ENDINGS,
    _DE_THING_PLURALS,
    _en_object_relative_head,
    assign_speaker,
    de_darin_passive,
    de_let_character_speaker,
    subject_attribution,
)
from spanbank.annotators.quote_clauses import clause_end
from spanbank.annotators.quote_context import Attribution, Cue, QuoteContext, QuoteRec
from spanbank.annotators.quote_cues import (
    _de_circle_end,
    _genitive_end,
    _source_name,
    de_state_threat,
    find_cues,
)
from spanbank.annotators.quote_direct import (
    _de_press_source,
    _headline_quote_line,
    colon_person_before,
    direct_quotes,
)
from spanbank.annotators.quote_indirect import (
    _OPENING_MARKS,
    de_negated_question,
    de_ownerless_statement,
    de_report_clause_opener,
    de_speaker_apposition,
    de_thing_speaker,
    indirect_quotes,
)
from spanbank.annotators.quote_lexicon import Lexicon, load_lexicon, supported_lang
from spanbank.annotators.quote_noun_reports import en_noun_reports
from spanbank.annotators.quote_speakers import (
    _DE_NOT_HOLDER_PREFIXES,
    _DE_NOT_HOLDER_WORDS,
    DE_ADJECTIVE_ENDINGS,
    DE_DEFINITE_ARTICLES,
    DE_SENTENCE_ADVERBS,
    Mention,
    _titles_fit,
    canonical,
    de_person_noun,
    genitive_owner,
    mention_before,
    np_forward,
    person_name,
)
from spanbank.annotators.quote_text import EN_TITLE_MINOR
from spanbank.annotators.quote_transcripts import (
    de_interview_turns,
    en_editor_brackets,
    en_question_line_answers,
    en_transcript_turns,
)
from spanbank.model import Annotation, Document, Relation, Span


class QuoteAnnotator(Annotator):
    name = "quotes"
    version = "51"
    method = "rules"
    applies_to = ("article", "comment")
    layers = ("attribution",)

    def annotate(self, doc: Document) -> Annotation:
        lang, why = supported_lang(doc.text, doc.meta.get("lang"))
        ann = self.new_annotation(doc)
        if lang is None:
            ann.meta["skipped"] = why  # no English rules on Korean or French text: nothing rather than junk
            return ann
        lex = load_lexicon(lang)
        text = doc.text
        if doc.kind == "comment" and lex.comment_byline_verbs and ":" in text[:80]:
            text = _en_blank_byline(text, lex)  # (round 54, review1) a comment's own byline only: an article or a
            # transcript opening "Obama said:\nWe will cut taxes." reports Obama (was nothing)
        recs = find_quotes(text, lex)
        _materialize(doc.text, recs, ann, lang)
        return ann


#: (round 53, auditcomments) words after an English negative pronoun that keep it one ("said no one ever", "nobody else")
_EN_NEGATIVE_TAILS = frozenset({"ever", "else"})


def _negative_speaker(ctx: QuoteContext, a: int, b: int) -> bool:
    """Tokens a..b are a negative pronoun (lex.negative_subjects; German "Niemand", round 51), in English also "no one"
    and with "ever"/"else" after it (round 53, auditcomments: '"I love paying taxes," said no one ever')."""
    toks = ctx.tokens
    words = [t.low for t in toks[a : b + 1]]
    if ctx.lex.lang == "en":
        while len(words) > 1 and words[-1] in _EN_NEGATIVE_TAILS:
            words.pop()
        if words == ["no", "one"]:
            return True
    return len(words) == 1 and words[0] in ctx.lex.negative_subjects


#: (round 53, auditcomments) a negative pronoun speaking right after a quotation or content ('"…," said no one ever')
_EN_SAID_NO_ONE = re.compile(r"[\s,.!?\"”’'–—-]*(?:said|says|say)\s+(?:no\s+one|no-one|noone|nobody)\b", re.I)


def _en_mock_quotes(ctx: QuoteContext) -> None:
    """English (round 53, auditcomments): a commenter's mock quotation is nobody's speech and no quote: a quotation after
    a label such as "Translation:" opening its sentence ('Translation: "we already took the developer's check."'; yaml
    `mock_quote_labels`), and words closed by "said no one (ever)" ('"I love paying taxes," said no one ever.')."""
    text, labels = ctx.text, ctx.lex.mock_quote_labels
    keep = []
    for r in ctx.recs:
        if _EN_SAID_NO_ONE.match(text, r.end):
            continue
        if labels and r.label == "DIRECT_QUOTE" and r.start > 0:
            lo = ctx.sents[r.sentence][0]
            head = text[lo : r.start].strip().rstrip("\"“‘'").rstrip()
            before = text[max(text.rfind("\n", 0, lo), 0) : lo].rstrip()
            if head.endswith(":") and head[:-1].strip().lower() in labels and not before.endswith(('"', "”", "’", "'")):
                continue  # (not a translated quotation in its paragraph: 'Merkel said: "Wir schaffen das." Translation: "…"')
        keep.append(r)
    ctx.recs[:] = keep


#: (round 54, seedcomments) a comment's byline line opening the document: an optional list number, a name of up to four
#: capitalised words or initials (or a handle), a verb, a colon and the line's end ("Vartan said:", "Hagop K. said:")
_EN_BYLINE = re.compile(r"\s*(?:\d+[.)][ \t]+)?(?P<name>@?\w[\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})[ \t]+"
                        r"(?P<verb>[a-z]+):[ \t]*\n")


#: (round 54, seedcomments) opening quotation marks after a byline-shaped line
_EN_OPENING_MARKS = frozenset('"\u201c\u201e\u00ab\u2018\'')


def _en_blank_byline(text: str, lex: Lexicon) -> str:
    """English (round 54, seedcomments): a comment opening with its byline on a line of its own ("Vartan said:",
    "Ani M. said:", "John Boyajian wrote:") names the commenter; the text below is the commenter's own, no report of
    the byline's name ("Read the article again." was Vartan's content, a scare quote below took Vartan as its speaker,
    and "Reply to Garo: you said …" below it lost its reply reading). The byline is blanked (same length, so offsets
    hold). Not a description or a pronoun ("My uncle said:", "He said:" above a paragraph introduce what was said) and
    not a lower-case word that is no handle ("mom said:")."""
    m = _EN_BYLINE.match(text)
    if m is None or m.group("verb") not in lex.comment_byline_verbs \
            or text[m.end():].lstrip(" \t\n-\u2013\u2022*")[:1] in _EN_OPENING_MARKS:
        # a quotation below, also as a list item, is what the name wrote: 'Carey9 wrote:\n"…"' quotes another
        # commenter, 'Johnson said:\n\n- "We will cut taxes."' lists his quotations
        return text
    name = m.group("name")
    first = name.split()[0].lower()
    if len(name.split()) > 1 and lex.is_title(name.split()[0]):
        return text  # (round 54, review1) a title before a name is a public person's, no commenter's byline: "Senator
        # Warren said:\nThe banks must be broken up." in a comment reports Warren
    if first in lex.determiners or first in lex.pronouns or first in ("my", "your") \
            or not (name[:1].isupper() or name[:1] == "@" or any(c.isdigit() or c == "_" for c in name)):
        return text
    return " " * (m.end() - 1) + text[m.end() - 1:]


def find_quotes(text: str, lex: Lexicon, depth: int = 0) -> list[QuoteRec]:
    """The quote records of a text, sentence by sentence, then the speakers that only later
    sentences or the quotation's multi-paragraph group supply."""
    ctx = QuoteContext(text, lex)
    para_of = _paragraph_index(ctx)
    for si in range(len(ctx.sents)):
        _sentence(ctx, si)
    if lex.lang == "de":
        _de_reports_before_attribution(ctx, para_of)
        _de_colon_headers(ctx, para_of)
        if "\n" in text:
            _de_signed_below(ctx)
    elif ":\n" in text:
        _en_colon_headers(ctx, para_of)
    if lex.lang == "en" and (lex.mock_quote_labels or lex.negative_subjects):
        _en_mock_quotes(ctx)
    # quotations still without a speaker: their multi-paragraph group, else the next sentence
    groups = {r.group: r.attr for r in ctx.recs if r.group is not None and r.attr and r.attr.name}
    for r in ctx.recs:
        if r.attr is not None or r.label != "DIRECT_QUOTE":
            continue
        writer = False  # (round 46, speakers) the writer's own quoted thought ('… I thought, "…"'), nobody's
        if r.group in groups:
            r.attr = groups[r.group]
        elif lex.lang == "de" and (outer := next((o for o in ctx.recs if o.label == "INDIRECT_QUOTE" and o.sentence == r.sentence
                                                  and o.start <= r.start and r.end <= o.end and o.attr is not None
                                                  and o.attr.name and any(ch.isalnum() for ch in ctx.text[o.start : r.start])),
                                                 None)) is not None:
            # (round 36, g2) a partial quotation inside a report that goes on without a cue takes its speaker ("Dieser
            # Wert sei „weit davon entfernt, …“" after the judge's report; it was the subject of the sentence before)
            r.attr = Attribution(outer.attr.name, outer.attr.speaker, None)
        elif lex.lang == "de" and r.sentence + 1 < len(ctx.sents) and para_of[r.sentence + 1] != para_of[r.sentence] \
                and r.sentence > 0 and para_of[r.sentence - 1] == para_of[r.sentence] and not _partial(ctx, r) \
                and (prev := subject_attribution(ctx, *ctx.sent_toks[r.sentence - 1])) is not None and prev.name \
                and person_name(prev.name, ctx.lex, ctx.ents):
            # (round 34) a quotation closing its paragraph after a sentence whose subject is a person: that person, not
            # the next paragraph's speaker ("Auch Kanzler Olaf Scholz meldete sich zu Wort. „…“" was the next one's)
            r.attr = prev
        elif lex.lang == "en" and (own := _en_clause_subject_before(ctx, r)) is not None:
            # (round 43, enopinion) a quotation closing a clause of its own subject: that subject, not the next
            # sentence's speaker ('… and thought, "Nobody here has read the bill." His aide said …')
            r.attr = own or None
            writer = own is False
        elif lex.lang == "en" and (recap := _en_recap_after(ctx, r)) is not None:
            # (round 47, enheadlines2) the quotation's own sentence goes on naming who said it: '"…," was how Mayor Anne
            # Hidalgo put it on Sunday.', '"…," was how one critic described it.' (only at the sentence's end before)
            r.attr = recap
        elif lex.lang == "en" and r.sentence + 1 < len(ctx.sents) and para_of[r.sentence + 1] == para_of[r.sentence] \
                and not _partial(ctx, r) and (recap := _en_recap_speaker(ctx, r.sentence + 1)) is not None:
            # (round 47, forward) the next sentence names who said it: '"This deal is dead." Those were the words of
            # Senator John Smith.' (no speaker, or the subject of the sentence before)
            r.attr = recap
        elif r.sentence + 1 < len(ctx.sents) and para_of[r.sentence + 1] - para_of[r.sentence] <= (
                0 if _partial(ctx, r) else 1) and not _de_after_colon_header(ctx, r, para_of):
            # (a partial quotation inside a sentence takes no speaker from the next paragraph: 'to decry Trump,
            # accuse him of “taking hate groups mainstream” …' and a new paragraph "…, according to interviews")
            nxt = ctx.sent_attr[r.sentence + 1]
            if nxt is not None and nxt.name and not (para_of[r.sentence + 1] != para_of[r.sentence]
                                                     and _label_other_than(ctx.text, r, nxt.name)):
                # (round 46, datelines) not after a name label opening its line, a headline 'Biden: "We will not back
                # down"' above a lead whose speaker is someone else ("WASHINGTON (AP) — The White House announced …"
                # gave the quotation to the White House)
                r.attr = Attribution(nxt.name, nxt.speaker, None)
        # (round 46, speakers) nor the writer's thought, whatever the next sentence's subject: '… I thought, "…"
        # Mr. Cole said …' stays nobody's (a dotted honorific now makes "Mr. Cole" a person's name)
        if r.attr is None and not writer and not _partial(ctx, r) and (r.sentence == 0 or para_of[r.sentence - 1] != para_of[r.sentence]) \
                and r.sentence + 1 < len(ctx.sents) and para_of[r.sentence + 1] == para_of[r.sentence]:
            # a quotation opening its paragraph, then the person who said it opening the next sentence
            # ("„Wir hatten große Lust, ein Zeichen zu setzen.“ Thomas Müller war gutgelaunt …")
            nxt = subject_attribution(ctx, *ctx.sent_toks[r.sentence + 1])
            if nxt is not None and nxt.name and nxt.speaker is not None \
                    and nxt.speaker[0] == ctx.sents[r.sentence + 1][0] and person_name(nxt.name, ctx.lex, ctx.ents):
                r.attr = nxt
        if r.attr is None and r.sentence > 0 and not _partial(ctx, r) and not (
                para_of[r.sentence - 1] != para_of[r.sentence] and (hq := next(
                    (q for q in ctx.quotes if q.start == r.start and q.end == r.end), None)) is not None
                and _headline_quote_line(ctx, hq, r.sentence)):
            # (round 40, deheadlines: not for a headline quotation of a teaser list on its own line, '"Deshalb bin ich
            # für Trump"\nOrban sieht …' took the subject of the teaser before it, "… Schwesig spricht von …")
            # no attribution anywhere near: the subject of the sentence before ("Die SPD will am
            # Kurs festhalten. „Wir wollen …“"; a partial quotation is no such speech)
            r.attr = subject_attribution(ctx, *ctx.sent_toks[r.sentence - 1])
            if lex.lang == "de" and r.attr is not None and r.attr.name and lex.is_quote_label(r.attr.name.split()[0]):
                r.attr = None  # (round 47, deheadlines) a label line of the quotation is no speaker: "Zitat des
                # Tages\n\n„…“" (was spoken by "Zitat des Tages")
            if lex.lang == "de" and r.attr is not None and _de_thing_subject(ctx, r.attr) \
                    and (own := _de_paragraph_speaker(ctx, r, para_of)) is not None:
                # (round 36, v4) the sentence before is the writer's about a thing ("Grund sind die steigenden
                # Preise.", "Was abnimmt, ist die Menge an Lebensmitteln, die Bäckereien spenden."): the quotation
                # goes on with the person quoted before it in the paragraph (the speaker was "Grund", "Bäckereien")
                r.attr = own
        if r.attr is not None and r.attr.name and r.group is not None:
            groups.setdefault(r.group, r.attr)
    # (round 47, endirect) a multi-paragraph quote whose first paragraph took its speaker only above (the subject of the
    # sentence before it, the next sentence): its later paragraphs share it ('Senator John Smith spoke on Tuesday.\n\n"We
    # have the votes. …\n\n"We will not back down."' left the second paragraph without a speaker)
    for r in ctx.recs:
        if r.attr is None and r.label == "DIRECT_QUOTE" and r.group in groups:
            r.attr = groups[r.group]
    _multi_paragraph_own_speaker(ctx, para_of)
    if lex.lang == "en" and "\n" in text and len(ctx.sents) > 1:
        _en_headline_quotation_repeated(ctx, para_of)
        _en_heading_quotation_echoed(ctx, para_of)
    if "\n" in text and len(ctx.sents) > 1:
        _headline_forward(ctx, para_of)  # (round 47, deheadlines: German too, "Kanzlerin warnt vor …")
    if lex.lang == "de" and "\n" in text and len(ctx.sents) > 1:
        _de_heading_quotation_echoed(ctx, para_of)
    if lex.lang == "de" and lex.poll_nouns:
        _de_poll_quotations(ctx)
    if lex.lang == "en" and "@" in text:
        _en_posts(ctx)
    if lex.lang == "en" and ("@" in text or "#" in text):
        _en_trailing_tags(ctx)
    if lex.lang == "en" and depth == 0 and ("‘" in text or "'" in text):
        _inner_quotations(ctx, _INNER_QUOTATION)  # (round 47, nested: also a quotation in double marks inside single ones)
    if lex.lang == "de" and depth == 0 and ("‚" in text or "»" in text or "›" in text or '"' in text or text.count("„") > 1):
        _inner_quotations(ctx, _DE_INNER_QUOTATION)
    if lex.lang == "en" and "[" in text:
        en_editor_brackets(ctx)
    if lex.lang == "en" and "Q" in text:
        en_question_line_answers(ctx, para_of)
    if lex.lang == "en" and ":" in text:
        en_transcript_turns(ctx)
    if lex.lang == "de" and ":" in text and any(r.attr is not None and r.attr.speaker is not None and not r.attr.name
                                                for r in ctx.recs):
        de_interview_turns(ctx)
    if "++" in text:
        _ticker_marks(ctx)
    return ctx.recs


#: (round 48, audittweets2) a post's handles or hashtags closing a report: two or more, or any after the report's
#: closing punctuation ("… deserved it. @citydesk", "… will vote @citydesk @metrodesk")
_EN_TRAILING_TAGS = re.compile(r"(?:(?<=[.!?…])|(?=(?:\s+[@#]\w+){2}))(?:\s+[@#]\w+)+\s*$")


def _multi_paragraph_own_speaker(ctx: QuoteContext, para_of: list[int]) -> None:
    """(round 49, enmultipar) A quotation over several paragraphs (an opening mark at each paragraph's start, the
    closing one only at the last) whose one named speaker is given by a cue of its own in a later paragraph: its earlier
    paragraphs, which took the speaker of the sentence before them with no cue of their own, are that speaker's too
    ('"We have the votes," Grant said.\n\n"This plan raises taxes …\n\n"And it does nothing for workers," said Sen. Amy
    Chen.' gave the first paragraph to Grant)."""
    by_group: dict[int, list[QuoteRec]] = {}
    for r in ctx.recs:
        if r.label == "DIRECT_QUOTE" and r.group is not None:
            by_group.setdefault(r.group, []).append(r)
    for rs in by_group.values():
        if len({para_of[r.sentence] for r in rs}) < 2:
            continue
        own = [r for r in rs if r.attr is not None and r.attr.name and r.attr.cue is not None]
        if not own or len({r.attr.name for r in own if r.attr is not None}) != 1:
            continue
        first = min(own, key=lambda r: r.start)
        for r in rs:
            if r.start < first.start and r.attr is not None and r.attr.cue is None and r.attr.name != first.attr.name:
                r.attr = first.attr  # type: ignore[assignment]


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _quote_words(text: str) -> list[str]:
    """The lower-case letter and digit runs of `text` (to compare a quotation with another one's words)."""
    return _ALNUM_RUN.findall(text.lower())


def _en_headline_quotation_repeated(ctx: QuoteContext, para_of: list[int]) -> None:
    """English (round 49, enmultipar): a quotation of three words or more in the headline line with a named speaker
    ("Mayor Smith: 'We Will Not Back Down'") that the body repeats with no cue of its own ('The city will not drop its
    lawsuit, officials said.\n\n"We will not back down. The state …"'): the body's quotation, and the rest of its
    multi-paragraph quote, are the headline's speaker's (the body's took the speaker of the sentence before)."""
    if para_of[0] != 0 or para_of[1] != 1:
        return
    for h in [r for r in ctx.recs if r.sentence == 0 and r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.name]:
        words = _quote_words(ctx.text[h.start : h.end])
        if len(words) < 3:
            continue
        for r in ctx.recs:
            if r.sentence == 0 or r.label != "DIRECT_QUOTE" or (r.attr is not None and (
                    r.attr.cue is not None or r.attr.name == h.attr.name)) \
                    or _quote_words(ctx.text[r.start : r.end])[: len(words)] != words:
                continue
            for x in ctx.recs:
                if x is r or (r.group is not None and x.group == r.group and x.label == "DIRECT_QUOTE"
                              and (x.attr is None or x.attr.cue is None)):
                    x.attr = Attribution(h.attr.name, h.attr.speaker, None)


def _en_heading_quotation_echoed(ctx: QuoteContext, para_of: list[int]) -> None:
    """English (round 53, auditnonwire): a quotation of three words or more with no speaker closing a heading line of its
    own (a paragraph of one sentence ending with the quotation, no sentence mark after it: a live blog's entry '8:50
    p.m. — "The water came in through the floor"', 'Mayor: "We did everything we could"') whose words open a later
    quotation (or run inside it) with a cue and a named speaker ('"The water came in through the floor first, not the door," Abernathy
    said.'): that speaker's (was nobody's, or before round 53 the speaker of the entry above)."""
    text = ctx.text
    # (round 53, review1) the later attributed quotations' words, joined once (each heading rescanned every later
    # quotation's words: quadratic on a long live blog)
    said: list[tuple[int, str, QuoteRec]] | None = None
    for h in ctx.recs:
        if h.attr is not None or h.label != "DIRECT_QUOTE" or text[h.start : h.end].rstrip()[-1:] in ".!?…,;:":
            continue
        si = h.sentence
        a, b = ctx.sents[si]
        if (si > 0 and para_of[si - 1] == para_of[si]) or (si + 1 < len(ctx.sents) and para_of[si + 1] == para_of[si]):
            continue
        if text[h.end : b].strip(" \t\"”’'") or "\n" in text[a:b]:
            continue
        words = _quote_words(text[h.start : h.end])
        if len(words) < 3:
            continue
        if said is None:
            said = [(r.sentence, " " + " ".join(_quote_words(text[r.start : r.end])) + " ", r) for r in ctx.recs
                    if r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.name and r.attr.cue is not None]
        run = " " + " ".join(words) + " "  # the words in a row inside a later quotation's (letter and digit runs)
        later = next((r for sent, joined, r in said if sent > si and run in joined), None)
        if later is not None:
            h.attr = Attribution(later.attr.name, later.attr.speaker, None)


def _de_heading_quotation_echoed(ctx: QuoteContext, para_of: list[int]) -> None:
    """German (round 54, depolitics): a quotation of three words or more with no speaker in a heading line of its own (a
    paragraph of one sentence without a sentence mark after the quotation: the headline "„Das ist ein schwarzer Tag“ –
    Reaktionen auf das Wahlergebnis", a subhead) whose words run inside a later quotation with a cue and a named speaker
    ("„Das ist ein schwarzer Tag für unsere Demokratie“, sagte Ministerpräsident Bodo Ramelow"): that speaker's (was
    nobody's). The English headline rules (round 49, round 53) take the same reading."""
    text = ctx.text
    said: list[tuple[int, str, QuoteRec]] | None = None
    for h in ctx.recs:
        if h.attr is not None or h.label != "DIRECT_QUOTE":
            continue
        si = h.sentence
        a, b = ctx.sents[si]
        if (si > 0 and para_of[si - 1] == para_of[si]) or (si + 1 < len(ctx.sents) and para_of[si + 1] == para_of[si]):
            continue
        if "\n" in text[a:b] or any(c in ".!?" for c in text[h.end : b].strip(" \t\"“”»«.!?")):
            continue  # (a heading has no sentence after its quotation)
        words = _quote_words(text[h.start : h.end])
        if len(words) < 3:
            continue
        if said is None:
            said = [(r.sentence, " " + " ".join(_quote_words(text[r.start : r.end])) + " ", r) for r in ctx.recs
                    if r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.name and r.attr.cue is not None]
        run = " " + " ".join(words) + " "
        later = next((r for sent, joined, r in said if sent > si and run in joined), None)
        if later is not None:
            h.attr = Attribution(later.attr.name, later.attr.speaker, None)


def _en_trailing_tags(ctx: QuoteContext) -> None:
    """English (round 48, audittweets2): a reported clause ends before the handles or hashtags a post closes with, not
    only before "lol": "The mayor said the bridge deserved it. @citydesk @metrodesk" reports "the bridge deserved it"
    (was "… it. @citydesk @metrodesk"); a single handle or hashtag right after a word may be the clause's object ("…
    voted for @JohnDoe") and stays."""
    for r in ctx.recs:
        if r.label != "INDIRECT_QUOTE" or (m := _EN_TRAILING_TAGS.search(ctx.text, r.start, r.end)) is None \
                or m.end() != r.end:
            continue
        end = m.start()
        before = ctx.text[r.start : end].split()
        if before and (before[-1].lower() in ctx.lex.prepositions or before[-1].lower() in ("and", "or")):
            continue  # the tags are an object: "… voted for @JohnDoe @JaneDoe"
        if ctx.text[end - 1 : end] == "." and ctx.text[end - 2 : end - 1] != ".":
            end -= 1
        if any(ch.isalnum() for ch in ctx.text[r.start : end]):
            r.end = end


#: (round 45, deunwetter) a live ticker's markers around a line ("+++ 14.30 Uhr: … +++"), with the full stop before a
#: closing marker, at the edges of a report
_TICKER_HEAD = re.compile(r"\+{2,}\s+")
_TICKER_TAIL = re.compile(r"[.\s]*\+{2,}$")


def _ticker_marks(ctx: QuoteContext) -> None:
    """(round 45, deunwetter) A live ticker's "+++" markers are no part of a report: "+++ Der DWD warnt vor Sturm +++"
    and "…, die Schulen blieben geschlossen +++" (the reports ran over the markers)."""
    text = ctx.text
    for r in ctx.recs:
        if r.label != "INDIRECT_QUOTE":
            continue
        a, b = r.start, r.end
        if (m := _TICKER_TAIL.search(text, a, b)) is not None:
            b = m.start()
        if (m := _TICKER_HEAD.match(text, a, b)) is not None:
            a = m.end()
        if a < b and (a, b) != (r.start, r.end) and any(ch.isalnum() for ch in text[a:b]):
            r.start, r.end = a, b


#: (round 39, ennested) a quotation in single marks inside a quotation: the opener after a space, a bracket, a colon or
#: the outer quotation's start and before a word; the closer after a word or punctuation and before a space, punctuation
#: or the end; two words at least (no "rock 'n' roll", "the '90s", "the players' union")
_INNER_QUOTATION = re.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))(?:(['‘])(?=[^\W_])((?:[^'‘’\n]|(?<=\w)['’](?=\w))*?[\w.,!?…])['’]"
                               r'|(")(?=[^\W_])([^"“”\n]*?[\w.,!?…])")(?=[\s.,;:!?)—–-]|$)')


#: (round 47, nested) German: a quotation in ‚…‘, ›…‹, »…« or "…" inside a quotation („… ‚Wir schaffen das‘ …“, „… »…« …“):
#: the opener after a space, a bracket, a colon or the outer quotation's start and before a word, its own closer after a
#: word or punctuation and before a space, punctuation or the end
_DE_INNER_QUOTATION = re.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))(?:(‚)(?=[^\W_])([^‚‘’\n]*?[\w.,!?…])‘|(›)(?=[^\W_])([^›‹\n]*?[\w.,!?…])‹"
                                 r"|(»)(?=[^\W_])([^»«\n]*?[\w.,!?…])«"
                                 r'|(")(?=[^\W_])([^"„“”\n]*?[\w.,!?…])"'
                                 r"|(„)(?=[^\W_])([^„“\n]*?[\w.,!?…])“)(?=[\s.,;:!?)—–-]|$)")  # (round 47, nested2: „…“ too)
#: (round 47, nested) the first person of the outer speaker, the inner quotation's speaker ('"I told them, 'We will not
#: back down,'" Smith said.' is Smith's)
_INNER_FIRST_PERSON = {"en": frozenset({"i"}), "de": frozenset({"ich"})}


def _inner_name_in_document(ctx: QuoteContext, r: QuoteRec, name: str | None, said: str, cue: str) -> str | None:
    """(round 47, nested2) The inner speaker of a quotation inside the direct quote r, read again with the document
    around it (the inner text was read alone): a surname is the full name seen before the outer quotation ('Tom Jones
    arrived late. "Jones told me, 'We are done,' and left," Smith said.' gave "Jones"), a description the one person
    seen before with that title ("the governor" after "Gov. Tom Wolf"), and a he/she (German er, and sie before a
    verb in the singular) the one person named before the outer quotation, other than its speaker, whose first name
    or title gives that gender, when no other person of that or of unknown gender was named ('Tom Jones arrived late.
    "He told me, 'You are fired,'" Smith said.' is Tom Jones; after "Tom Jones and Bill Carter", or without a known
    outer speaker, it stays None). Else name unchanged."""
    lex, ents = ctx.lex, ctx.ents
    before = next((i for i, t in enumerate(ctx.tokens) if t.start >= r.start), len(ctx.tokens))
    outer = r.attr.name if r.attr is not None else None
    people = {n for pos, n in ents.names if pos < before and person_name(n, lex, ents)}
    words = said.split()
    if name and " " not in name and words and name == words[-1] and name[:1].isupper() and words[0].lower() not in lex.determiners:
        full = ents.by_surname.get(name.lower())
        return full if full is not None and full != name and full in people \
            and sum(n.split()[-1] == name for n in people) == 1 else name  # (not "Tom Jones and Sarah Jones")
    if name and words and len(words) <= 3 and words[0].lower() in lex.determiners and all(lex.is_title(w) for w in name.split()) \
            and (name == name.lower() if lex.lang == "en" else " " not in name):
        # "the governor", "the police chief", "der Kanzler": the one person seen before with those titles
        fits = [n for n in people if n != outer and _titles_fit(set(name.lower().split()), ents.titles.get(n, set()), lex)]
        return fits[0] if len(fits) == 1 else name
    low = said.lower()
    g = "f" if low == "sie" else lex.pronoun_gender(low)
    if name is not None or g is None or not outer or len(words) != 1 or lex.lang == "de" and not (
            low == "er" or (low == "sie" and cue.endswith(("te", "t")) and not cue.startswith("ge"))):
        return name
    rivals = [n for n in people if n != outer and lex.name_gender(n, ents.titles.get(n, set())) in (None, g)]
    return rivals[0] if len(rivals) == 1 and lex.name_gender(rivals[0], ents.titles.get(rivals[0], set())) == g else name


#: (round 47, nested2) German verbs that link a thing to what follows a colon, no speech: „Die Frage ist: ‚…‘“
_DE_COLON_COPULAS = frozenset({"ist", "war", "sind", "waren", "lautet", "lautete", "heißt", "hieß", "bleibt", "blieb"})


def _de_inner_colon_person(ctx: QuoteContext, name: str | None, said: str, between: str) -> bool:
    """(round 47, nested2) German: the speaker of an inner quotation with no cue, before at most two words and the
    colon that opens it, names a person: a person's name (also a surname seen in the document), a person noun
    ("der Polizist"), or er/sie; the words between are no copula."""
    words, lex = between.split(), ctx.lex
    if not name or len(words) > 2 or any(w.lower() in _DE_COLON_COPULAS for w in words):
        return False
    spoken = said.split()
    if len(spoken) == 1 and spoken[0].lower() in ("er", "sie"):
        return True
    if person_name(name, lex, ctx.ents) or (" " not in name and name.lower() in ctx.ents.by_surname):
        return True
    return len(spoken) == 2 and spoken[0].lower() in DE_DEFINITE_ARTICLES and de_person_noun(spoken[1].lower(), spoken[0].lower())


def _inner_quotations(ctx: QuoteContext, pattern: re.Pattern[str]) -> None:
    """English (round 39, ennested): a quotation in single marks inside a direct quote, with its own attribution inside
    that quote ('From the Toronto Globe: "… 'There is no sign of a wider plot,' FBI spokesman Ed Cogswell said."', '"He
    looked at me and said, 'I'm not staying,'" Smith said.') is a direct quote of its own speaker: the outer quote's text
    is read again with the inner marks as double ones, and the quotations found there with a cue and a speaker are
    added (the outer quote stays the outer speaker's). Was nothing: the inner words were only the outer speaker's.
    (round 47, nested) pattern is `_INNER_QUOTATION` (English, also double marks inside single ones) or
    `_DE_INNER_QUOTATION` (German ‚…‘, ›…‹, »…«, "…" inside „…“); an inner quotation's "I"/"ich" is the outer speaker."""
    text, lex = ctx.text, ctx.lex
    for r in list(ctx.recs):
        if r.label != "DIRECT_QUOTE" or r.end - r.start < 20:
            continue
        inner = text[r.start : r.end]
        marks = [(m, g) for m in pattern.finditer(inner) for g in range(2, m.re.groups + 1, 2)
                 if m.group(g) is not None and len(m.group(g).split()) >= 2]
        if not marks:
            continue
        chars = list(inner)
        spans = []
        for m, g in marks:
            chars[m.start(g - 1)] = "„" if lex.lang == "de" else "“"
            chars[m.end() - 1] = "“" if lex.lang == "de" else "”"
            spans.append((m.start(g), m.end(g)))
        off = r.start
        for q in find_quotes("".join(chars), lex, depth=1):
            a = q.attr
            if q.label != "DIRECT_QUOTE" or a is None or a.speaker is None \
                    or not any(lo <= q.start and q.end <= hi for lo, hi in spans):
                continue
            if a.cue is None and not (lex.lang == "de" and a.speaker[1] < q.start and inner[: q.start - 1].rstrip().endswith(":")
                                      and _de_inner_colon_person(ctx, a.name, inner[a.speaker[0] : a.speaker[1]],
                                                                 inner[a.speaker[1] : q.start - 1])):
                # (round 47, nested2) German: no cue, only a person's colon right before it: „Der Polizist rief:
                # ‚Steigen Sie sofort aus dem Auto!‘“, „Müller dagegen: ‚…‘“ (was no inner quote); not „Die Frage ist:
                # ‚…‘“
                continue
            if any(o.label == "DIRECT_QUOTE" and o.start == q.start + off and o.end == q.end + off for o in ctx.recs):
                continue
            name = a.name
            said = text[a.speaker[0] + off : a.speaker[1] + off]
            cue = (a.cue[0] + off, a.cue[1] + off) if a.cue is not None else None
            if (name is None or name == said) and r.attr is not None and r.attr.name \
                    and said.lower() in _INNER_FIRST_PERSON[lex.lang]:
                name = r.attr.name  # (round 47, nested) "I" inside the outer quotation is its speaker (round 50,
                # enarticles: also an "I" inside its sentence, which the inner text names "I": '"At halftime I told
                # them, 'Nobody thinks you can come back,'" Delgado said.' was "I")
            else:
                name = _inner_name_in_document(ctx, r, name, said, text[cue[0] : cue[1]] if cue else "")
            ctx.recs.append(QuoteRec(q.start + off, q.end + off, "DIRECT_QUOTE", _sentence_of(ctx, q.start + off), None,
                                     Attribution(name, (a.speaker[0] + off, a.speaker[1] + off), cue)))


#: (round 38, entweets) a quoted post's author opening its quotation: '“@HeyKeifer: Oreos are the best” True.'
_POST_HANDLE = re.compile(r"@(\w{1,30})\s?:\s*")
#: (round 38, entweets) a retweet's or modified tweet's author: "Funny RT @HeyKeifer: Oreos are the best"; the next
#: marker (also one without a colon) or a credit ("via @other") ends the words of this one ("Why? RT @other …")
#: ("RT @handle text" without the colon, the older form, only before a word or a quotation mark; not "Please RT @handle")
_RT_HANDLE = re.compile(r"(?<![\w@/])(?<![Pp]lease )(?<![Pp]l[sz] )[RM]T ?@(\w{1,30})(?: ?:\s*|\s+(?=[^\W\d_]|[\"“]))")
_RT_NEXT = re.compile(r"(?<![\w@/])[RM]T:? ?@\w|\b[Vv]ia @\w")
#: a post's own words: a word of two letters outside a link, a handle or a hashtag
_POST_WORD = re.compile(r"(?<![\w@#])(?![RM]T\b)[^\W\d_]{2,}")
_LINK = re.compile(r"\S*(?:https?://|www\.|\.com\b)\S*")


def _post_words(text: str, a: int, b: int) -> bool:
    return _POST_WORD.search(_LINK.sub(" ", text[a:b])) is not None


def _sentence_of(ctx: QuoteContext, pos: int) -> int:
    return next((i for i, (s, e) in enumerate(ctx.sents) if s <= pos < e), max(0, len(ctx.sents) - 1))


#: (round 39, ennested) a quoted post opening inside another quoted post: '“@a: so true “@b: the game is rigged”” lol'
_NESTED_POST = re.compile(r"“@(\w{1,30})\s?:\s*")


_RT_TAIL = re.compile(r"(?<!\w)[RM]T:?$")
#: (round 48, entweets3) one or more bare retweet markers at the end of a retweet's words
_RT_END = re.compile(r"(?<![\w@/#])(?<![Pp]lease )(?<![Pp]l[sz] )(?:[RM]T:?\s*)+$")


def _en_nested_posts(ctx: QuoteContext, m: re.Match[str], a: int, b: int, group: int, depth: int = 0) -> None:
    """(round 39, ennested) The words text[a:b] of the post by m's handle, with quoted posts nested in it in curly marks
    ('“@AndyyDotCom: Every female owns one “@Ben_Dough: If she wears …”” both facts'): each nested post is its own
    author's direct quote (the marks matched by depth; one left open runs to b), and the outer author's words are the
    pieces outside them that hold words (none: no quote of the outer author). Was one quote of the outer author over
    the nested post."""
    text, pieces, lo, k = ctx.text, [], a, a
    while (n := _NESTED_POST.search(text, k, b)) is not None and depth < 4:
        d, e = 1, n.end()
        while e < b and d:
            d += (text[e] == "“") - (text[e] == "”")
            e += 1
        close = e - 1 if d == 0 else b
        pieces.append((lo, n.start()))
        _en_nested_posts(ctx, n, n.end(), close, group, depth + 1)
        lo = k = min(b, close + 1)
    pieces.append((lo, b))
    attr = Attribution(m.group(1), (m.start(1), m.end(1)), None)
    for lo, hi in pieces:
        while lo < hi and (text[lo].isspace() or text[lo] in ".,;:"):
            lo += 1  # (the full stop after a nested post's closing mark: '“@b: …”. no')
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] == "…"):
            hi -= 1
        if (t := _RT_TAIL.search(text, lo, hi)) is not None:
            hi = t.start()  # the marker before the nested post: 'GTFO RT “@b: …”'
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
        if _post_words(text, lo, hi):
            ctx.recs.append(QuoteRec(lo, hi, "DIRECT_QUOTE", _sentence_of(ctx, lo), group, attr))


def _en_posts(ctx: QuoteContext) -> None:
    """(round 38, entweets) Quoted posts and retweets of comment sections: the words after "@handle:" are the handle's,
    a direct quote spoken by the handle (the SPEAKER span without its "@", as "@MikeHolden42 tweeted" gives; no cue);
    the commenter's words before "RT" and after the closing mark stay out ('“@HeyKeifer: Oreos are the best” True.'
    was a quote of "@HeyKeifer: …" with no speaker; "So true RT @HeyKeifer: Oreos are the best" was nothing). A retweet runs to the next retweet marker, the end of
    the quotation it stands in, or its paragraph's end, without a trailing "…" of a cut-off post. Reports inside a
    retweet's words are the retweeted author's, as inside a quotation: none of their own."""
    text = ctx.text
    posts = []
    for q in ctx.quotes:
        m = _POST_HANDLE.match(text, q.start)
        if m is None:
            continue
        if not _post_words(text, m.end(), q.end):
            # (round 48, audittweets) a quoted post of a link alone is no one's words: '“@desk: http://t.co/x” wow' was
            # a quote '@desk: http://t.co/x' with no speaker
            ctx.recs = [r for r in ctx.recs if not (r.label == "DIRECT_QUOTE" and r.start == q.start and r.end == q.end)]
            continue
        posts.append(q)
        attr = Attribution(m.group(1), (m.start(1), m.end(1)), None)
        r = next((r for r in ctx.recs if r.label == "DIRECT_QUOTE" and r.start == q.start and r.end == q.end), None)
        if r is None:
            r = QuoteRec(m.end(), q.end, "DIRECT_QUOTE", _sentence_of(ctx, q.start), q.group, attr)
            ctx.recs.append(r)
        else:
            r.start, r.attr = m.end(), attr
        if "“@" in text[m.end() : q.end]:
            ctx.recs.remove(r)
            _en_nested_posts(ctx, m, m.end(), q.end, q.group)
    for m in _RT_HANDLE.finditer(text):
        a = m.end()
        b = text.find("\n\n", a)
        b = len(text) if b < 0 else b
        if (nxt := _RT_NEXT.search(text, a, b)) is not None:
            b = nxt.start()
        inside = [q for q in ctx.quotes if q.start <= m.start() < q.end]
        if inside:
            b = min(b, min(q.end for q in inside))
        ctx.recs = [r for r in ctx.recs if r.label != "INDIRECT_QUOTE" or r.end <= m.start() or r.start >= b]
        # a quoted post inside the retweet is its own author's: the retweeter's words are the rest ("RT @a: “@b: …” lol")
        pieces, lo = [], a
        for q in posts:
            if a <= q.outer_start and q.outer_end <= b:
                pieces.append((lo, q.outer_start))
                lo = q.outer_end
        pieces.append((lo, b))
        handle = Attribution(m.group(1), (m.start(1), m.end(1)), None)
        for r in ctx.recs:
            if r.label == "DIRECT_QUOTE" and a <= r.start and r.end <= b and r.attr is not None \
                    and r.attr.speaker is not None and r.attr.speaker[0] < m.start() and text[r.attr.speaker[0] - 1] != "@":
                # (round 48, audittweets) a quotation inside the retweet has no speaker before its marker: 'Agreed RT
                # @desk: "We will reopen the bridge"' (was spoken by "Agreed RT"; 'RT @desk: How do they “…”' by "RT")
                r.attr = None
        for lo, hi in pieces:
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and (text[hi - 1].isspace() or text[hi - 1] == "…"):
                hi -= 1
            while (t := _RT_END.search(text, lo, hi)) is not None and t.start() > lo:
                hi = t.start()  # (round 48, entweets3) bare markers closing the retweet: "RT @desk: The bridge reopens
                # Monday RT RT" (the quote ran on over "RT RT")
                while hi > lo and text[hi - 1].isspace():
                    hi -= 1
            piece = text[lo:hi]
            if _post_words(text, lo, hi) and piece.count("“") == piece.count("”") and piece.count('"') % 2 == 0:
                # (a mark left open in a cut-off post, 'RT @desk: “polls close at eight …': no quote, as round 34)
                whole = next((q for q in ctx.quotes if q.outer_start == lo and q.outer_end == hi), None)
                if whole is not None:
                    # (round 48, audittweets) a retweet that is one quotation is one quote of the handle, without the
                    # marks: 'RT @desk: "We will reopen the bridge"' was the words with their marks and again without
                    # them, spoken by nobody
                    r = next((r for r in ctx.recs if r.label == "DIRECT_QUOTE" and r.start == whole.start
                              and r.end == whole.end), None)
                    if r is None:
                        ctx.recs.append(QuoteRec(whole.start, whole.end, "DIRECT_QUOTE", _sentence_of(ctx, lo), None,
                                                 handle))
                    elif r.attr is None or (r.attr.speaker is not None and r.attr.speaker[0] >= b
                                            and text[r.attr.speaker[0] - 1] != "@") or (
                            r.attr.speaker is not None and _RT_TAIL.search(text, *r.attr.speaker) is not None):
                        # ((round 48, entweets3) nor a marker after it: 'RT @desk: "…" RT RT' was spoken by "RT RT")
                        r.attr = handle  # (not the next paragraph's subject: '…"\n\nNot so fast, says the union.')
                    continue
                ctx.recs.append(QuoteRec(lo, hi, "DIRECT_QUOTE", _sentence_of(ctx, lo), None, handle))
    for r in ctx.recs:
        if r.attr is not None and r.attr.speaker is not None and _RT_TAIL.search(text, *r.attr.speaker) is not None:
            # (round 48, audittweets) a retweet marker is no speaker's word: 'Wow RT @desk: "…"\n\n"…"' gave the second
            # quotation to "Wow RT" (the sentence before it)
            r.attr = None



#: (round 38, depolls2) a share of those asked as the speaker of a quoted answer ("antworteten 13 Prozent mit „Ja“")
_DE_SHARE_RE = re.compile(r"(?:\bProzent\b|%|\bMehrheit\b|\bHälfte\b|\bDrittel\b|\bViertel\b|\bjeder\b|\bjede\b)")


def _de_poll_quotations(ctx: QuoteContext) -> None:
    """German (round 38, depolls2): a poll never speaks a quotation. A short quotation (at most three words) in the
    sentence that reports a poll is one of its answer options ("Nur fünf Prozent vertrauten den Prognosen „voll“,
    ergab eine YouGov-Umfrage"), and so is one given "mit" by a share of those asked ("antworteten 13 Prozent der
    Bürger mit „Ja“", "Drei Prozent antworteten mit „weiß nicht“"): no direct quote. A quotation after the poll's
    sentence keeps no poll as its speaker ("Nach jüngsten Wahlumfragen … . Eine Koalition will Kuhn „auf keinen
    Fall“" had the speaker "Wahlumfragen")."""
    text, keep = ctx.text, []
    for r in ctx.recs:
        if r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.speaker is not None:
            short = len(re.findall(r"\w+", text[r.start : r.end])) <= 3
            words = text[r.attr.speaker[0] : r.attr.speaker[1]].split()
            if _de_poll_source(ctx, r.attr) or (words and words[-1][:1].isupper()
                                                and words[-1].strip(".,;:()").lower().endswith(ctx.lex.poll_nouns)):
                lo, hi = ctx.sents[r.sentence]
                if short and lo <= r.attr.speaker[0] < hi:
                    continue  # an answer option in the poll's own sentence
                r.attr = None
            elif short and _DE_SHARE_RE.search(text[r.attr.speaker[0] : r.attr.speaker[1]]) \
                    and re.search(r"\bmit\s*\W?$", text[max(0, r.start - 8) : r.start]):
                continue  # "antworteten 74 Prozent mit „Nein“"
        keep.append(r)
    ctx.recs[:] = keep


def _de_colon_header(ctx: QuoteContext, si: int, para_of: list[int]) -> bool:
    """German (round 37, w3): sentence si ends its paragraph with a colon (a press review's header: "Die „Frankfurter
    Allgemeine“ kommentiert das Treffen:", "Die SÜDDEUTSCHE ZEITUNG ist skeptisch:"), and a paragraph follows."""
    lo, hi = ctx.sent_toks[si]
    return hi - lo >= 3 and si + 1 < len(ctx.sents) and para_of[si + 1] != para_of[si] \
        and ctx.tokens[hi - 1].text == ":" and not ctx.tokens[hi - 1].quoted


def _de_after_colon_header(ctx: QuoteContext, r: QuoteRec, para_of: list[int]) -> bool:
    """German (round 37, w3): the quotation r opens its paragraph right after a paragraph that ends in a colon: it is
    what that paragraph's source said, not the next sentence's speaker's ("Die SÜDDEUTSCHE ZEITUNG ist skeptisch:" and
    a quoted paragraph, then "Die FRANKFURTER ALLGEMEINE ZEITUNG bemängelt:" gave the quotation to the second paper)."""
    return ctx.lex.lang == "de" and r.sentence > 0 and r.start - 1 <= ctx.sents[r.sentence][0] \
        and _de_colon_header(ctx, r.sentence - 1, para_of)


def _de_colon_headers(ctx: QuoteContext, para_of: list[int]) -> None:
    """German (round 37, w3): press reviews. A paragraph that ends in a colon after a cue with its speaker (the
    review's header: "Die „Frankfurter Allgemeine“ kommentiert das Treffen in Ventotene:", "Der Bonner
    „General-Anzeiger“ schreibt zu den Vorwürfen:") introduces the next paragraph: a quotation opening it takes the
    header's speaker and cue, and a paragraph without quotation marks is the reported content up to a sentence that
    reports something of its own (it was nothing). The header's act clause is then no report of its own ("Die
    FRANKFURTER ALLGEMEINE ZEITUNG bemängelt" was one). Within one paragraph, a paper's content after its colon ("Die
    Frankfurter Rundschau schreibt zum Besuch der Kanzlerin: Europa hat … . Man kann …") runs on over the sentences
    that report nothing of their own (it ended with the first)."""
    toks, sents = ctx.tokens, ctx.sents
    by_sent: dict[int, list[QuoteRec]] = {}
    for r in ctx.recs:
        by_sent.setdefault(r.sentence, []).append(r)
    drop: list[QuoteRec] = []
    for si in range(len(sents) - 1):
        lo, hi = ctx.sent_toks[si]
        if toks[hi - 1].text != ":" or toks[hi - 1].quoted:
            _de_press_runs_on(ctx, si, para_of, by_sent)
            continue
        if not _de_colon_header(ctx, si, para_of):
            continue
        head = _de_header_attribution(ctx, si, lo, hi)
        if head is None:
            continue
        nlo, _nhi = ctx.sent_toks[si + 1]
        if toks[nlo].quoted:
            taken = False
            for r in by_sent.get(si + 1, []):
                if r.label == "DIRECT_QUOTE" and r.start - 1 <= sents[si + 1][0] and (r.attr is None or r.attr.cue is None):
                    r.attr, taken = head, True
        else:
            taken = _de_header_content(ctx, si + 1, para_of, by_sent, head)
        if taken:
            drop += [r for r in by_sent.get(si, []) if r.label == "INDIRECT_QUOTE" and r.attr is not None
                     and r.attr.cue == head.cue and r.start <= head.cue[0] < r.end]
    if drop:
        ctx.recs[:] = [r for r in ctx.recs if not any(r is d for d in drop)]


#: (round 42, depresseschau2) a paper's name signing a quotation below it: title-case words (a foreign paper's minor
#: words between), an optional place in brackets ("Volksstimme (Magdeburg)", "Corriere della Sera (Italien)")
_DE_SIGNATURE = re.compile(r"[A-ZÄÖÜ][\w.&-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w.&-]*|della|di|de|del|la|le|el|am|im|van|der|des))"
                           r"{0,5}(?:[ \t]*\([A-ZÄÖÜ][\w./ -]{1,30}\))?")
_DE_SIGNATURE_QUOTES = "\"„“”»«"


def _de_signature(ctx: QuoteContext, a: int, b: int) -> tuple[int, int, str] | None:
    """German (round 42, depresseschau2): text[a:b] is only a paper's name (one of its words in `press_names` or ending
    in one of `press_endings`), maybe with its place in brackets; its span (without the place) and name, else None."""
    text, lex = ctx.text, ctx.lex
    while a < b and (text[a].isspace() or text[a] in _DE_SIGNATURE_QUOTES):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    if b - a < 3 or b - a > 60 or not text[a].isupper():
        return None
    m = _DE_SIGNATURE.fullmatch(text, a, b)
    if m is None:
        return None
    name = text[a:b].split("(")[0].strip()
    words = [w.lower() for w in name.split()]
    if not any(lex.is_press_word(w) for w in words):
        return None
    return a, a + len(name), name


def _de_signed_below(ctx: QuoteContext) -> None:
    """German (round 42, depresseschau2): regional papers' "Pressestimmen" print each commentary as a quoted paragraph
    signed by the paper's name below it, alone on its line or right after the closing mark („…“ / Bild / „…“ /
    Stuttgarter Zeitung, „…“MÄRKISCHE ODERZEITUNG): the paper is that quotation's speaker, not the next one's (the
    name line was taken as the heading of the quotation after it, every speaker one off). A name on its own line counts
    when the text signs two quotations so, or when it is the text's last line."""
    text = ctx.text
    found: list[tuple[QuoteRec, tuple[int, int, str], bool]] = []
    for r in ctx.recs:
        if r.label != "DIRECT_QUOTE" or (r.attr is not None and r.attr.cue is not None):
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        if any(not (ch.isspace() or ch in _DE_SIGNATURE_QUOTES) for ch in text[line_start : r.start]):
            continue  # (the quotation opens its line)
        e = r.end
        while e < len(text) and text[e] in _DE_SIGNATURE_QUOTES:
            e += 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        if any(not ch.isspace() for ch in text[e:line_end]):
            sig = _de_signature(ctx, e, line_end) if e > r.end else None
            if sig is not None:
                found.append((r, sig, True))
            continue
        nxt = line_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text):
            continue
        nxt_end = text.find("\n", nxt)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        sig = _de_signature(ctx, nxt, nxt_end)
        if sig is not None:
            found.append((r, sig, not text[nxt_end:].strip()))
    if not found or (len(found) < 2 and not found[0][2]):
        return
    first = min(r.start for r, _sig, _last in found)
    prev_end = text.rfind("\n", 0, first)
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end > 0 and _de_signature(ctx, text.rfind("\n", 0, prev_end) + 1, prev_end) is not None:
        return  # (a name line above the first quotation too: the names head their quotations, "Guardian\n\n„…“")
    starts = {a for _r, (a, _b, _n), _s in found}
    for r in ctx.recs:  # the quotation after a signature no longer takes it for its heading
        if r.attr is not None and r.attr.cue is None and r.attr.speaker is not None and r.attr.speaker[0] in starts \
                and r.attr.speaker[0] < r.start:
            r.attr = None
    for r, (a, b, name), _ in found:
        r.attr = Attribution(name, (a, b), None)


def _de_header_attribution(ctx: QuoteContext, si: int, lo: int, hi: int) -> Attribution | None:
    """German (round 37, w3): the attribution of a press review's header (sentence si, ending in its colon): its cue
    with a named speaker in the sentence, the speaker not after the colon's paragraph."""
    for attr in _header_cues(ctx, si, lo, hi):
        if attr.name:
            # the source right before or after its verb ("Die „Welt“ schreibt", "heißt es in der „Zeit“", "meint die
            # Basler Zeitung"), not a noun far from it
            gap = ctx.span_tokens(min(attr.speaker[1], attr.cue[1]), max(attr.speaker[0], attr.cue[0]))
            if len(gap) <= 4:
                return attr
    return None


def _header_cues(ctx: QuoteContext, si: int, lo: int, hi: int) -> Iterator[Attribution]:
    """The attributions of the verb cues of a header ending in its colon (sentence si, at most 40 tokens) whose speaker
    is inside the sentence (`_de_header_attribution`, `_en_header_attribution`)."""
    s_start, s_end = ctx.sents[si]
    if hi - lo > 40:
        return  # (no header: a run of sentences without spaces after their full stops)
    cues = find_cues(ctx, lo, hi)
    for c in cues:
        assign_speaker(ctx, c, lo, hi, cues)
    for c in cues:
        if c.kind == "verb" and c.speaker is not None:
            attr = ctx.attribution(c)
            if attr.speaker is not None and attr.cue is not None and s_start <= attr.speaker[0] and attr.speaker[1] <= s_end:
                yield attr


def _en_colon_headers(ctx: QuoteContext, para_of: list[int]) -> None:
    """English (round 43, enliveblog): live blogs set a quotation as its own paragraph without quotation marks below a
    short reporting clause ending in a colon ("He says:", "Starmer replied:", "The prime minister's official
    spokesman said:", "Asked whether …, she replied:"): that paragraph is the clause's content up to its first
    sentence that reports something of its own (it was nothing). The cue ends the clause (at most a short object or
    "of"/"to" phrase before the colon: "said of the cull:", "told MPs:"), and the speaker is in the clause."""
    toks = ctx.tokens
    by_sent: dict[int, list[QuoteRec]] = {}
    for r in ctx.recs:
        by_sent.setdefault(r.sentence, []).append(r)
    for si in range(len(ctx.sents) - 1):
        lo, hi = ctx.sent_toks[si]
        if toks[hi - 1].text != ":" or not _de_colon_header(ctx, si, para_of) or by_sent.get(si) \
                or toks[ctx.sent_toks[si + 1][0]].quoted:
            continue
        head = _en_header_attribution(ctx, si, lo, hi)
        if head is not None:
            _de_header_content(ctx, si + 1, para_of, by_sent, head)


_EN_LIST_MARK = re.compile(r"\s*(?:\d+[.)]|[-*\u2022])\s")


def _en_header_attribution(ctx: QuoteContext, si: int, lo: int, hi: int) -> Attribution | None:
    """English (round 43, enliveblog): the attribution of a reporting clause ending in a colon (sentence si): its
    verb cue, at most four words before the colon, with a named or pronoun speaker in the sentence."""
    s_start = ctx.sents[si][0]
    colon = ctx.tokens[hi - 1].start
    for attr in _header_cues(ctx, si, lo, hi):
        # the speaker opens the clause or follows a fronted phrase's comma ("Asked about …, she replied:"), not
        # "Per your US comments:"; a numbered line is a comment thread's byline ("1. John said:"), not a report
        before = ctx.text[s_start:attr.speaker[0]].rstrip()
        line = ctx.text[ctx.text.rfind("\n", 0, s_start) + 1:attr.speaker[0]]
        if (before and not before.endswith(",")) or _EN_LIST_MARK.match(line):
            continue
        if len(ctx.span_tokens(attr.cue[1], colon)) <= 4:
            return attr
    return None


def _de_end_of(ctx: QuoteContext, si: int) -> int:
    """The end of sentence si without its closing full stop."""
    end = ctx.sents[si][1]
    return end - 1 if ctx.text[end - 1] == "." else end


def _de_header_content(ctx: QuoteContext, sj: int, para_of: list[int], by_sent: dict[int, list[QuoteRec]],
                       head: Attribution) -> bool:
    """German (round 37, w3): the paragraph opening with sentence sj, after a press review's header, is the header's
    content up to its first sentence with a report of its own; False when there is none."""
    toks, last = ctx.tokens, None
    k = sj
    going_on: list[QuoteRec] = []
    while k < len(ctx.sents) and para_of[k] == para_of[sj]:
        lo, hi = ctx.sent_toks[k]
        if not any(t.is_word for t in toks[lo:hi]):
            k += 1  # a cut marked "(…)" in the commentary
            continue
        own = [r for r in by_sent.get(k, []) if r.label == "INDIRECT_QUOTE"]
        # (the header's report going on in the Konjunktiv is part of the commentary: "Selbst Erdogan musste einsehen,
        # dass die Türkei der Verlierer wäre, …" after the header's "meint … :")
        if any(r.attr is None or r.attr.cue is not None or r.attr.name != head.name for r in own) \
                or toks[hi - 1].text not in (".", "!", "?", "…"):
            break
        going_on += own
        last, k = k, k + 1
    if last is None or not (toks[ctx.sent_toks[sj][0]].is_word and toks[ctx.sent_toks[sj][0]].text[:1].isupper()):
        return False
    if going_on:
        ctx.recs[:] = [r for r in ctx.recs if not any(r is g for g in going_on)]
        for g in going_on:
            by_sent[g.sentence].remove(g)
    rec = QuoteRec(ctx.sents[sj][0], _de_end_of(ctx, last), "INDIRECT_QUOTE", sj, None, head)
    ctx.recs.append(rec)
    by_sent.setdefault(sj, []).append(rec)
    return True


def _de_press_runs_on(ctx: QuoteContext, si: int, para_of: list[int], by_sent: dict[int, list[QuoteRec]]) -> None:
    """German (round 37, w3): a paper's content after its colon in sentence si runs on over the paragraph's next
    sentences that report nothing of their own ("Die Frankfurter Rundschau schreibt zum Besuch: Europa hat … . Man
    kann …")."""
    recs = by_sent.get(si)
    if not recs or si + 1 >= len(ctx.sents) or para_of[si + 1] != para_of[si]:
        return
    lo, hi = ctx.sent_toks[si]
    toks = ctx.tokens
    end = _de_end_of(ctx, si)
    r = next((r for r in recs if r.label == "INDIRECT_QUOTE" and r.end == end and r.attr is not None
              and r.attr.cue is not None and r.attr.name and r.start > ctx.sents[si][0]), None)
    if r is None or not _de_press_source(ctx, r.attr):
        return
    col = next((k for k in range(lo + 1, hi) if toks[k].start >= r.start), None)
    if col is None or toks[col - 1].text != ":" or toks[col - 1].quoted or not r.attr.cue[1] <= toks[col - 1].start:
        return
    last, k = si, si + 1
    while k < len(ctx.sents) and para_of[k] == para_of[si] and not by_sent.get(k):
        klo, khi = ctx.sent_toks[k]
        if not any(t.is_word for t in toks[klo:khi]):
            k += 1  # a cut marked "(…)"
            continue
        if toks[khi - 1].text not in (".", "!", "?", "…"):
            break
        last, k = k, k + 1
    if last != si:
        r.end = _de_end_of(ctx, last)


def _de_speaker_described(ctx: QuoteContext, si: int) -> bool:
    """German (round 36, v4): sentence si opens a paragraph; the sentence before, the last of its paragraph and of the
    writer's (nothing reported), describes the speaker of the report before it by "Er"/"Sie" and a verb in the singular
    or by the speaker's surname ("„…“, schildert Elke Rumpf. Sie arbeitet jeden Freitag im Tafelladen." and a new
    paragraph "Die Regel sei, dass …"): a Konjunktiv I there goes on with that report."""
    if ctx.lex.lang != "de" or si < 2:
        return False
    attr = ctx.sent_attr[si - 2]
    if attr is None or not attr.name or any(r.sentence == si - 1 for r in ctx.recs[-6:]):
        return False
    if "\n" in ctx.text[ctx.sents[si - 2][1] : ctx.sents[si - 1][0]] \
            or "\n" not in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]]:
        return False
    toks = ctx.tokens
    plo, phi = ctx.sent_toks[si - 1]
    if phi - plo < 3 or toks[plo].quoted:
        return False
    first, verb = toks[plo], toks[plo + 1]
    if first.text in ("Er", "Sie"):
        return verb.is_word and verb.text == verb.low and not verb.quoted and verb.low.endswith(("t", "te")) \
            and verb.low not in ctx.lex.cue_verbs
    return first.text == attr.name.split()[-1] and verb.text == verb.low and verb.low not in ctx.lex.cue_verbs


#: (round 36, v4) endings of German nouns of things and qualities no surname and no speaking body has ("Bäckereien",
#: "Schwierigkeiten", "Ergebnisse")
_DE_THING_SUFFIXES = ("heit", "heiten", "keit", "keiten", "eien", "nisse", "nissen")


def _de_thing_subject(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 36, v4): the attribution's span names a thing, no person or body: its last word is a noun of a
    reason or a result (`reason_nouns`: "Grund sind die Preise"), a mute noun (`mute_nouns`) or ends as a noun of a
    thing (`_DE_THING_SUFFIXES`), no entity's word; a lone word may also be a fronted particle ("Nur")."""
    if attr.speaker is None or not attr.name:
        return False
    lex = ctx.lex
    words = ctx.text[attr.speaker[0] : attr.speaker[1]].split()
    if not words or words[0].lower() in lex.person_pronouns or words[0].lower() in lex.possessives:
        return False
    head = words[-1].strip(".,;:()")
    low = head.lower()
    if not head[:1].isupper() or head.isupper() or len(head) < 3 or any(ch.isdigit() for ch in head):
        return False
    if any(head in name.split() for _, name in ctx.ents.names) or low in ctx.ents.by_surname or lex.is_title(head):
        return False
    if len(words) == 1 and (low in lex.stopwords or low in lex.skippable):
        return True  # a fronted particle: "Nur ein paar Kisten sind es heute."
    return low in lex.reason_nouns or lex.is_mute_noun(low) or low.endswith(_DE_THING_SUFFIXES)


def _de_paragraph_speaker(ctx: QuoteContext, r: QuoteRec, para_of: list[int]) -> Attribution | None:
    """German (round 36, v4): the speaker of the latest quote before r in r's paragraph, at most two sentences back,
    when that speaker is a person or was named with a cue."""
    prior = [o for o in ctx.recs if o is not r and o.end <= r.start and o.attr is not None and o.attr.name
             and r.sentence - 2 <= o.sentence < r.sentence and para_of[o.sentence] == para_of[r.sentence]]
    if not prior:
        return None
    o = max(prior, key=lambda x: x.end)
    if not (person_name(o.attr.name, ctx.lex, ctx.ents) or o.attr.cue is not None) or _de_thing_subject(ctx, o.attr):
        return None
    return Attribution(o.attr.name, o.attr.speaker, None)


#: how many unattributed Konjunktiv I sentences before a trailing attribution it takes over
_DE_BEFORE_REACH = 2


def _de_reports_before_attribution(ctx: QuoteContext, para_of: list[int]) -> None:
    """German (round 24): a main clause in the Konjunktiv I without any source, right before a sentence of its
    paragraph that opens with a quote attributed after it, is that speaker's report too ("Der Fund sei
    einzigartig. „Das ist eine Sensation“, sagte Meller."; "Hamburg habe Marktanteile verloren. MSC sei stark
    gewachsen, so Power.")."""
    reported = {r.sentence for r in ctx.recs}
    added: list[QuoteRec] = []
    by_sentence: dict[int, list[QuoteRec]] = {}  # (round 52, quotespeed) the records of each sentence, in their order
    for r in ctx.recs:  # (was a scan of every record per sentence; the loop changes attributions, not the records)
        by_sentence.setdefault(r.sentence, []).append(r)
    for si in range(1, len(ctx.sents)):
        mine = sorted(by_sentence.get(si, ()), key=lambda r: r.start)
        if not mine:
            continue
        first = mine[0]
        attr = first.attr
        if attr is None or attr.cue is None or attr.cue[0] < first.end or not (
                # (round 35b) also an agency's "…, hieß es." without a source ("Der Gewinn sei gestiegen. Die
                # Dividende solle steigen, hieß es.")
                attr.name or ctx.text[attr.cue[0] : attr.cue[1]].lower() in ctx.lex.impersonal_cues) \
                or ctx.text[ctx.sents[si][0] : first.start].strip(" „“\"»«‚‘") != "":
            continue  # (only a trailing attribution of a quote that opens its sentence)
        if para_of[si - 1] == para_of[si] and ctx.text[first.start : first.end] in ("Das", "Dies") \
                and (prev := next((r for r in by_sentence.get(si - 1, ()) if r.label == "INDIRECT_QUOTE"
                                   and r.continued and r.attr is not None and r.attr.cue is None
                                   and r.start >= ctx.sents[si - 1][0]), None)) is not None \
                and prev.attr.name != attr.name and len(by_sentence.get(si - 1, ())) == 1:
            # (round 35) the sentence before, reported on its own, is the one "Das" refers to: its speaker is this
            # sentence's ("Der Vorschlag ist eingeflossen. Regelungen seien nicht vorgesehen. Das schreibt die
            # Bundesregierung in ihrer Antwort." had the speaker "Vorschlag")
            prev.attr = Attribution(attr.name, attr.speaker, None)
            continue
        run: list[int] = []
        for back in range(si - 1, max(-1, si - 1 - _DE_BEFORE_REACH), -1):
            if para_of[back] != para_of[si] or back in reported or ctx.sent_attr[back] is not None:
                break
            lo, hi = ctx.sent_toks[back]
            if any(t.quoted for t in ctx.tokens[lo:hi]) or ctx.tokens[hi - 1].text == "?" \
                    or not _de_reported_main_verb(ctx, lo, hi) or _new_person(ctx, lo, hi, attr):
                break
            run.append(back)
        if run:  # one span over the sentences, as a continuation is marked
            a, b = ctx.trim(ctx.sents[run[-1]][0], ctx.sents[run[0]][1])
            added.append(QuoteRec(a, b, "INDIRECT_QUOTE", run[0], None, Attribution(attr.name, attr.speaker, None),
                                  continued=True))
            reported.update(run)
    ctx.recs.extend(added)


def _en_clause_subject_before(ctx: QuoteContext, r: QuoteRec) -> Attribution | bool | None:
    """English (round 43, enopinion): a whole-sentence quotation without a cue closing its sentence after "<subject> …
    <word>," ("The senator stood up and thought, "…"", "X, chair of …, wrote in an e-mail, "…"", "After I read the
    columns, I thought, "…""): the clause's subject, a person the article names, he/she or a title; False (nobody, and
    not the next sentence's speaker) for the writer's "I"/"we" or a "you"; None when no such clause comes before. Not
    after a colon: "Here's a slogan for the party:", "Las Vegas mass shooting:" name no speaker."""
    if not ctx.text[r.start : r.start + 1].isupper() or any(ch.isalnum() for ch in ctx.text[r.end : ctx.sents[r.sentence][1]]):
        return None  # a quoted sentence closing the sentence
    toks = ctx.tokens
    lo, hi = ctx.sent_toks[r.sentence]
    q = next((k for k in range(lo, hi) if toks[k].start >= r.start), None)
    while q is not None and q - 1 >= lo and toks[q - 1].text in _OPENING_MARKS:
        q -= 1  # the opening mark
    if q is None or q - 3 < lo or toks[q - 1].text != "," or not toks[q - 2].is_word \
            or any(toks[k].quoted for k in range(lo, q)):
        return None
    if any(toks[k].text in ("I", "we", "We", "you", "You") for k in range(lo, q - 2)):
        return False  # the writer or the reader addressed ("She did well, so you are saying, in essence, "…"")
    own = subject_attribution(ctx, lo, q - 1)
    if own is None:  # also a title ("The senator … thought, "…"")
        own = subject_attribution(ctx, lo, q - 1, any_subject=True)
        if own is not None and own.name and not ctx.lex.is_title(own.name.split()[-1].lower()):
            return None
    return own if own is not None and own.name and own.speaker is not None and own.speaker[0] >= toks[lo].start else None


#: (round 46, datelines) a label of one to three capitalised words opening its line, a colon and an opening quotation
#: mark right before a quotation: 'Biden: "', "Kanzlerin Merkel: „"
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,2}): *[„“\"»«‘'”‚]\Z")


#: (round 47, forward) a headline's quotation, a colon and a label of one to three words before its present verb: "'I did
#: nothing wrong': Mayor defends spending", "'We will win': Smith vows to fight on"
_EN_HEADLINE_QUOTE_LABEL = re.compile(r"[\s'‘’\"“”]*:[ \t]+((?:[A-Z][\w.'’-]*|[a-z][\w-]*)(?: [A-Z][\w.'’-]*){0,2})"
                                      r"(?= [a-z]+s\b)")

#: (round 50, enarticles) an interview headline's label after its quotation's colon: up to two lower-case role words, a
#: full name of two or three words, then "on" and the topic or the line's end ("'…': novelist Rosa Kendrick on fame")
#: (round 50, enleft16) also with the person's age after a comma: "'I stopped trying to please anyone': Tom Reed, 71",
#: "…: Tom Reed, 71, on running"
_EN_HEADLINE_QUOTE_NAME_ON = re.compile(r"[\s'‘’\"“”]*:[ \t]+(?:[a-z][\w-]* ){0,2}([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
                                        r"(?:,[ \t]+\d{1,3}(?=,[ \t]+on\b|[ \t]*$)|(?= on\b|[ \t]*$))", re.M)

#: (round 47, deheadlines) German: a headline's quotation, a colon or a dash and a label of one to three words before a
#: lower-case verb: "„Wir sind bereit“ – Minister sieht Bundeswehr gut aufgestellt", "„…“: Pistorius verteidigt …"
_DE_HEADLINE_QUOTE_LABEL = re.compile(r"[\s“”\"«»]*(?::|[ \t][–—-])[ \t]+([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,2})"
                                      r"(?= [a-zäöüß]+t\b)")


#: (round 54, desocial) German words of a former holder before the office ("der frühere Kanzleramtschef")
_DE_FORMER_WORDS = frozenset({"ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren"})


def _headline_forward(ctx: QuoteContext, para_of: list[int]) -> None:
    """English (round 47, forward): a headline's speaker named by a description or a label only ("'We are not afraid,'
    says mayor", "Governor says schools will reopen", "UN chief says …") is the one person the first paragraph after
    it names with fitting titles ("Paris Mayor Anne Hidalgo said …", "Gov. Andrew Cuomo", "UN Secretary-General Antonio
    Guterres"); a headline quotation before a colon and a label ("'I did nothing wrong': Mayor defends spending") is
    that label's person. Nothing when no one or two people fit, or when the headline is more than one short line.
    German (round 47, deheadlines) the same: "Kanzlerin warnt vor Alleingängen\n\nBundeskanzlerin Angela Merkel hat …"
    (the head of a compound title fits, "Kanzlerin" for "Bundeskanzlerin"; another word for the office too,
    `office_synonyms`: "Regierungschef" for a "Ministerpräsident"), "Kanzler: „…“", "„…“, verspricht der Kanzler";
    a headline quotation before a colon or a dash and a label before its verb ("„Die Rente ist sicher“ – Minister
    bleibt bei seiner Linie", "„…“: Blüm verteidigt …")."""
    if para_of[0] != 0 or (len(para_of) > 1 and para_of[1] != 1) or "\n" not in ctx.text[ctx.sents[0][1] : ctx.sents[1][0]]:
        return  # the headline: one sentence, a line of its own
    head_lo, head_hi = ctx.sent_toks[0]
    if head_hi - head_lo > 25:
        return
    body = [si for si in range(1, len(ctx.sents)) if para_of[si] == 1]
    if not body:
        return
    lo, hi = ctx.sent_toks[body[0]][0], ctx.sent_toks[body[-1]][1]
    lex, ents = ctx.lex, ctx.ents
    body_names = {n for pos, n in ents.names if lo <= pos < hi and " " in n
                  and (person_name(n, lex, ents) or any(lex.is_title(t) for t in ents.titles.get(n, ())))}

    def holder(words: list[str]) -> str | None:
        former = lex.lang == "de" and words[-1][:3].lower() == "ex-" and len(words[-1]) > 4 and words[-1][3:4].isupper()
        if former:
            # (round 54, desocial) a former holder: "Ex-Kanzleramtschef: „…“" above "Der frühere Kanzleramtschef Werner
            # Tiedemann hat …" (was "Ex-Kanzleramtschef"); only someone seen as former ("frühere", "ehemalige", "Ex-")
            words = words[:-1] + [words[-1][3:]]
        want = {w.lower() for w in words} - lex.stopwords
        if not want or not (lex.is_title(words[-1]) or " ".join(words).lower() in lex.office_synonyms or any(
                all(k in want for k in key.split()) for key in lex.office_synonyms)):
            return None
        fits = {n for n in body_names if _titles_fit(want, ents.titles.get(n, set()), lex)}
        if lex.lang == "de" and len(want) == 1 and (offices := lex.office_synonyms.get(next(iter(want)))):
            # (German: the holder of an office the word stands for, "Regierungschef" for "Ministerpräsident Markus
            # Söder"; a "Bundeskanzler" beside him fits too, and then no one does)
            fits |= {n for n in body_names if any(t.endswith(o) for t in ents.titles.get(n, ()) for o in offices)}
        if former:
            fits = {n for n in fits if ents.titles.get(n, set()) & _DE_FORMER_WORDS or any(
                t.startswith("ex-") for t in ents.titles.get(n, ()))}
        elif lex.lang == "de":
            # (German: no deputy, former or honorary holder, "Kanzler" is no "Vizekanzler Robert Habeck")
            fits = {n for n in fits if not ents.titles.get(n, set()) & _DE_NOT_HOLDER_WORDS and not any(
                t.startswith(_DE_NOT_HOLDER_PREFIXES) and t not in want for t in ents.titles.get(n, ()))}
        return fits.pop() if len(fits) == 1 else None

    def body_speaker(word: str) -> str | None:
        # (round 47, enheadlines3) the one speaker a cue of the first paragraph names with that head word ("Police
        # said …", "Officials said …", "A new study says …")
        names = {r.attr.name for r in ctx.recs if r.sentence in body and r.attr is not None and r.attr.name
                 and r.attr.speaker is not None and r.attr.cue is not None
                 and ctx.text[r.attr.speaker[0] : r.attr.speaker[1]].split()[-1].lower() == word.lower()}
        return names.pop() if len(names) == 1 else None

    if not any(r.sentence == 0 for r in ctx.recs) \
            and (says := _en_title_case_says(ctx, head_lo, head_hi, holder, body_speaker)) is not None:
        ctx.recs.insert(0, says)
    for r in ctx.recs:
        if r.sentence != 0:
            continue
        if r.attr is not None and r.attr.name and r.attr.speaker is not None and not person_name(r.attr.name, lex, ents) \
                and r.attr.name not in body_names:
            words = r.attr.name.split()
            if len(words) <= 3 and all(w.replace("-", "").isalpha() for w in words) \
                    and ctx.text[r.attr.speaker[0] : r.attr.speaker[1]].split()[-1] == words[-1] \
                    and (full := holder(words)) is not None:
                r.attr = Attribution(full, r.attr.speaker, r.attr.cue)
        elif r.attr is None and r.label == "DIRECT_QUOTE" and (m := (
                _EN_HEADLINE_QUOTE_LABEL if lex.lang == "en" else _DE_HEADLINE_QUOTE_LABEL).match(
                ctx.text, r.end, ctx.sents[0][1])) is not None:
            words = m.group(1).split()
            full = holder(words)
            if full is None and len(words) == 1 and words[0][:1].isupper() and not lex.is_title(words[0]):
                fits = {n for n in body_names if n.split()[-1] == words[0]}
                full = fits.pop() if len(fits) == 1 else None
            if full is not None:
                r.attr = Attribution(full, (m.start(1), m.end(1)), None)
        elif r.attr is None and r.label == "DIRECT_QUOTE" and lex.lang == "en" and (m := _EN_HEADLINE_QUOTE_NAME_ON.match(
                ctx.text, r.end, ctx.sents[0][1])) is not None and (name := m.group(1)) in {n for _, n in ents.names} \
                and person_name(name, lex, ents):
            # (round 50, enarticles) an interview's headline: its quotation, a colon and the full name of a person the
            # text names, after a lower-case role and before "on" and the topic ("'I stopped trying to please everyone':
            # novelist Rosa Kendrick on fame and failure" was no one's)
            r.attr = Attribution(name, (m.start(1), m.end(1)), None)
        elif r.attr is None and r.label == "DIRECT_QUOTE" and (m := _LINE_LABEL.search(
                ctx.text, max(ctx.sents[0][0], r.start - 60), r.start)) is not None \
                and (full := holder(m.group(1).split())) is not None:
            # (round 47, enheadlines2) a title label before the headline's quotation: "Mayor: 'We are not afraid'" above
            # "Paris Mayor Anne Hidalgo said …" (a surname label, "Obama: …", was right already)
            r.attr = Attribution(full, (m.start(1), m.end(1)), None)


#: (round 47, enheadlines2) the capitalised cue of a title-case headline "Trump Says Economy Is Strong"
_EN_TITLE_CASE_SAYS = frozenset({"Says", "Say"})


def _en_title_case_says(ctx: QuoteContext, lo: int, hi: int, holder, body_speaker) -> QuoteRec | None:
    """English (round 47, enheadlines2): a headline in title case of one word, "Says" and a clause of two words or more
    ("Trump Says Economy Is Strong", "Mayor Says City Will Not Back Down") above its lead: the clause is the report of
    the person the text names in full with that surname (`by_surname`), or of the one person of the first paragraph whose
    titles fit the word (`holder`); no quotation marks, colon or dash in the line (the lower-case "says" was a cue
    already; "Says" is none, as cues are lower case). (round 47, enheadlines3) Also "Say", and for either the one speaker
    a cue of the first paragraph names with that word as its head (`body_speaker`: "Police Say Suspect Fled On Foot")."""
    toks, ents = ctx.tokens, ctx.ents
    while hi > lo and toks[hi - 1].text in ".!?":
        hi -= 1
    if hi - lo < 4 or toks[lo + 1].text not in _EN_TITLE_CASE_SAYS or not (toks[lo].is_word and toks[lo].is_cap) \
            or toks[lo + 2].low in ctx.lex.title_says_objects:
        return None
    if not all(t.is_word and not t.quoted and (t.is_cap or t.low in EN_TITLE_MINOR or t.text[:1].isdigit())
               for t in toks[lo:hi]) or sum(t.is_word and t.text[:1].isupper() for t in toks[lo + 2 : hi]) < 2:
        return None  # the whole line in title case, words only
    first = toks[lo]
    full = None
    if toks[lo + 1].text == "Says":  # (a person after "Says" only)
        full = ents.by_surname.get(first.low)
        if full is None or " " not in full or full.split()[-1].lower() != first.low or first.low in ents.family_shared:
            full = holder([first.text])
    if full is None:
        # (round 47, enheadlines3) or the speaker the lead's cue names with that word: "Police Say Suspect Fled On Foot"
        # above "Police said the suspect fled on foot." ("Say" only so: a plural source)
        full = body_speaker(first.text)
    if full is None:
        return None
    return QuoteRec(toks[lo + 2].start, toks[hi - 1].end, "INDIRECT_QUOTE", 0, None,
                    Attribution(full, (first.start, first.end), (toks[lo + 1].start, toks[lo + 1].end)))


_EN_RECAP_HOW = re.compile(r"(?:That|This|Those|These|Such|So)(?: is| was| were| are|'s|’s) (?:how|what) (?=[A-Z])")
_EN_RECAP_NOUN = re.compile(r"(?:That|This|Those|These|Such)(?: is| was| were| are|'s|’s) (?:the|his|her|their) "
                            r"(?:[a-z-]+ ){0,2}?([a-z]+) (?:of|from) (?=[A-Z]|the [A-Za-z])")
_EN_RECAP_THUS = re.compile(r"(?:Thus|So) ([a-z]+) (?=[A-Z])")
_EN_RECAP_WITH = re.compile(r"With (?:those|these|that|this) (?:words|remarks|comments|lines), (?=[A-Z])")


def _en_recap_speaker(ctx: QuoteContext, si: int) -> Attribution | None:
    """English (round 47, forward): the speaker a sentence right after a quotation names when it only sums the quotation
    up: "Those were the words of Senator John Smith." (a noun of `recap_nouns`), "That was how X put it." (a verb of
    `recap_verbs` after the name), "Thus spoke X." (`recap_inversions`), "With those words, X ended the talks." A name
    or a description, never a pronoun."""
    a, b = ctx.sents[si]
    text, lex = ctx.text, ctx.lex
    kind = None
    if (m := _EN_RECAP_NOUN.match(text, a, b)) is not None and m.group(1) in lex.recap_nouns:
        kind = "noun"
    elif (m := _EN_RECAP_HOW.match(text, a, b)) is not None:
        kind = "how"
    elif (m := _EN_RECAP_THUS.match(text, a, b)) is not None and m.group(1) in lex.recap_inversions:
        kind = "thus"
    elif (m := _EN_RECAP_WITH.match(text, a, b)) is not None:
        kind = "with"
    if m is None or kind is None:
        return None
    toks = ctx.tokens
    lo, hi = ctx.sent_toks[si]
    i = next((k for k in range(lo, hi) if toks[k].start == m.end()), None)
    if i is None or (np := np_forward(toks, i, hi, lex)) is None or np.kind == "pronoun" or np.first != i or toks[i].quoted:
        return None
    e = np.end + 1
    after = toks[e] if e < hi else None
    if kind == "how" and not (after is not None and after.low in lex.recap_verbs and after.text == after.low):
        return None  # "That was how X put it": the verb right after the name
    if kind == "with" and not (after is not None and after.is_word and after.text == after.low):
        return None  # "With those words, X ended …": a verb after the name
    if kind in ("noun", "thus") and not (after is None or after.text in (".", ",", "!", ";") or after.low in ("on", "at", "in")):
        return None  # the name ends the sentence or an adjunct follows it
    name = canonical(np, toks, ctx.ents, lex, continuing=None, near=ctx.sent_toks[si - 1][0] if si else None)
    if not name:
        return None
    return Attribution(name, (toks[np.first].start, toks[np.end].end), None)


#: (round 47, enheadlines2) a quotation's own sentence going on with "was how"/"is how" and its speaker
_EN_RECAP_AFTER = re.compile(r"[\"”’']?,?[\"”’']? (?:is|was) how (?=[A-Za-z])")


def _en_recap_after(ctx: QuoteContext, r: QuoteRec) -> Attribution | None:
    """English (round 47, enheadlines2): a quotation opening its sentence and ending in a comma, then "was how"/"is how",
    a name or a description (never a pronoun) and a verb of `recap_verbs` right after it: '"We will not back down," was
    how Mayor Anne Hidalgo put it on Sunday.', '"…," was how one critic described it.' → that speaker."""
    a, b = ctx.sents[r.sentence]
    text = ctx.text
    if text[a : r.start].strip(" \"“”‘’'") or not text[r.start : r.end].rstrip().endswith(",") \
            or (m := _EN_RECAP_AFTER.match(text, r.end, b)) is None:
        return None
    toks, lex = ctx.tokens, ctx.lex
    lo, hi = ctx.sent_toks[r.sentence]
    i = next((k for k in range(lo, hi) if toks[k].start == m.end()), None)
    if i is None or toks[i].quoted:
        return None
    e = next((k for k in range(i + 1, min(hi, i + 7)) if toks[k].low in lex.recap_verbs and toks[k].text == toks[k].low), None)
    if e is None or (np := mention_before(toks, e, i, lex)) is None or np.kind == "pronoun" or np.first != i or np.end != e - 1:
        return None  # the name or description right after "how", the verb right after it
    name = canonical(np, toks, ctx.ents, lex, continuing=None, near=lo)
    if not name:
        return None
    return Attribution(name, (toks[np.first].start, toks[np.end].end), None)


def _label_other_than(text: str, r: QuoteRec, name: str) -> bool:
    """(round 46, datelines) The quotation r follows a name label opening its line ('Biden: "We will not back down"',
    "Merkel: „Wir schaffen das“") whose last word is no word of `name`: the label names the speaker, not `name`."""
    m = _LINE_LABEL.search(text, max(0, r.start - 60), r.start)  # (\Z: the mark right before r.start)
    if m is None:
        return False
    last = m.group(1).split()[-1].lower()
    return last not in name.lower().split()


def _partial(ctx: QuoteContext, r: QuoteRec) -> bool:
    """The quotation is a part of its sentence (under half of its characters), not the sentence itself."""
    a, b = ctx.sents[r.sentence]
    return 2 * (r.end - r.start) < b - a


def _paragraph_index(ctx: QuoteContext) -> list[int]:
    out, p, prev_end = [], 0, None
    for s, _e in ctx.sents:
        if prev_end is not None and "\n" in ctx.text[prev_end:s]:
            p += 1
        out.append(p)
        prev_end = _e
    return out


def _sentence(ctx: QuoteContext, si: int) -> None:
    s_start, s_end = ctx.sents[si]
    lo, hi = ctx.sent_toks[si]
    cues = find_cues(ctx, lo, hi)
    if cues and _de_nested_report(ctx, si, lo, hi, cues):
        # a report inside the report going on, in the Konjunktiv I ("Hermann sagte, das Vertrauen sei verspielt.
        # Noch vor einem Monat habe die Bahn den Termin bestätigt."): the speaker before reports it all
        cues = []
    if cues and ctx.lex.lang == "de":
        cues = [c for c in cues if not _de_relative_clause_cue(ctx, si, lo, hi, c)
                and not _de_cue_in_reported_relative(ctx, si, lo, hi, c, cues)
                and not _de_question_clause_cue(ctx, lo, hi, c) and not _de_topic_relative_cue(ctx, lo, hi, c)
                and not _de_was_denial_cue(ctx, lo, c)]
    if cues and ctx.lex.lang == "de" and ctx.tokens[lo].text == "Wer" and not ctx.tokens[lo].quoted:
        # (round 36, g2) a generic "Wer" clause opening the sentence reports no one: "Wer behauptet, die Stadt habe
        # geschlafen, der irrt." (was a report of "Wer"); its cues before the first comma are dropped
        comma = next((k for k in range(lo + 1, hi) if ctx.tokens[k].text == "," and not ctx.tokens[k].quoted), hi)
        # (a cue in the Konjunktiv I is itself reported: "Wer behaupte, …, der irre" goes on with the speaker before)
        generic = any(c.first < comma and ctx.tokens[c.first].low.endswith("t") for c in cues)
        if generic:
            cues = [c for c in cues if c.first > comma]
    else:
        generic = False
    for c in cues:
        assign_speaker(ctx, c, lo, hi, cues)
        de_let_character_speaker(ctx, c, lo, hi)
    if len(cues) > 1 and ctx.lex.lang == "en":
        cues = _en_object_relative_cues(ctx, lo, cues)
        cues = [c for c in cues if not _en_noun_object_in_subject_relative(ctx, c, cues)]
    if len(cues) > 1 and ctx.lex.lang == "de":
        # (round 51, deleft16) the first of the two predicates is still its own speech act, up to the "und" ("Die
        # Initiative forderte ein Gutachten und kündigte an, vor Gericht zu ziehen" reports both) when the second is a
        # speech act itself (`_de_coordinated_and`); it takes no content
        later = [c for c in cues if _de_coordinated_later_cue(ctx, c, hi, cues)]
        if later:
            rest = [c for c in cues if all(c is not x for x in later)]
            for c in later:
                c.act_until = _de_coordinated_and(ctx, c, hi, rest)
            act_only = [c for c in later if c.act_until is not None]
            cues = rest
        else:
            act_only = []
    else:
        act_only = []
    if cues and ctx.lex.lang == "en" and ctx.lex.idea_nouns:
        cues = _en_junk_speakers(ctx, lo, hi, cues)
    if len(cues) > 1 and ctx.lex.lang == "en" and ctx.lex.speech_record_nouns:
        cues = [c for c in cues if not _en_record_of_speech(ctx, c, cues)]
    if cues and ctx.lex.lang == "de" and _de_poll_in_report(ctx, si, lo, hi, cues):
        cues = []  # (round 38, depolls) the poll is the reporting speaker's: "Merz sagte, … . Nach einer neuen Umfrage habe
        # die Union nur noch einen Punkt Vorsprung." (the speaker was "einer neuen Umfrage")
    if cues and ctx.lex.lang == "de" and _de_ownerless_in_report(ctx, si, lo, hi, cues):
        cues = []  # (round 54, deleft) a source without an owner inside the Konjunktiv I report going on: "„…“, sagte
        # Feuerwehrsprecher Markus Lehmann. Verletzt worden sei nach bisherigen Erkenntnissen niemand." is one span of
        # his (was the parts "Verletzt worden sei" and "niemand")
    if cues and ctx.lex.market_subjects:
        cues = [c for c in cues if not _de_market_state(ctx, c)]
    if cues and ctx.lex.office_passives:
        cues = [c for c in cues if not _de_office_passive(ctx, c, lo, hi)]
    if cues and ctx.lex.changed_particles:
        # (round 49, deleft12) "Die Zahl der Anträge forderte die Behörden heraus": challenged, no demand
        cues = [c for c in cues if not _de_changed_particle(ctx, c, hi)]
    if cues and ctx.lex.negative_subjects:
        # (round 51, dearticles9) a negative pronoun as the subject reports no speech ("Niemand habe der Familie gesagt,
        # wo er festgehalten werde" named "Niemand" the speaker): the cue is dropped, and a Konjunktiv I sentence goes on
        # with the speaker before
        cues = [c for c in cues if not (c.kind == "verb" and not c.passive and c.speaker is not None
                                        and _negative_speaker(ctx, c.speaker.first, c.speaker.end))]
    if cues and ctx.lex.thing_subject_verbs:
        # (round 38, objfirst) a thing promises, no one speaks: "Seine Nominierung verspricht Kontinuität" (its
        # Konjunktiv after it went on with "Nominierung")
        cues = [c for c in cues if not (c.kind == "verb" and not c.passive and ctx.tokens[c.first].low in ctx.lex.thing_subject_verbs
                                        and (de_thing_speaker(ctx, c.speaker) or _de_bare_thing(ctx, c.speaker))
                                        and not de_state_threat(ctx, c, hi))]
    before = ctx.sent_attr[si]
    quoted = direct_quotes(ctx, si, lo, hi, cues, s_start, s_end)
    if generic:
        return  # (nor does the report before go on in it)
    made = indirect_quotes(ctx, si, lo, hi, sorted(cues + act_only, key=lambda c: c.first) if act_only else cues,
                           s_start, s_end) or _colon_report(ctx, si, lo, hi, s_end) \
        or _de_reason_report(ctx, si, lo, hi, s_end) or _de_wonach_report(ctx, si, lo, hi, s_start, s_end, cues)
    if made and ctx.lex.lang == "de":
        _de_drop_nested_same_speaker(ctx, si)
    if made and quoted and ctx.lex.lang == "en":
        _en_quote_frame_fragments(ctx, si)
    if made and ctx.lex.lang == "en" and ctx.lex.fact_predicates:
        _en_fact_clause_end(ctx, si, lo, hi, before)
    if ctx.lex.owned_report_nouns and "that" in ctx.text[s_start:s_end]:
        n_recs = len(ctx.recs)
        en_noun_reports(ctx, si, lo, hi, s_end)  # (round 39, ennouncue) "an accusation from X that …", "X's claim that …"
        made = made or len(ctx.recs) > n_recs
    if made:
        _impersonal_source_before(ctx, si, lo, hi, cues)
        if ctx.lex.lang == "de":
            _de_colon_quote_in_report(ctx, si, lo, hi)
    elif quoted:
        _impersonal_source_before(ctx, si, lo, hi, cues)  # (round 37, w4) a quotation too: "Weiter hieß es: „…“"
    k1_col = None if made or cues else _de_reported_colon_lead(ctx, si, lo, hi)
    if k1_col is not None:
        # (round 36, g4) a Konjunktiv I clause before a colon and a quotation is reported speech going on, and the
        # quotation is its speaker's ("Er habe nie geraucht, das habe gereicht: „Da war ich so vier.“" gave only the
        # quotation; "Die CDU glaube nicht an ihren Kandidaten: „…“" gave it to "Die CDU"): continue as without it
        n_recs, said = len(ctx.recs), ctx.sent_attr[si]
        ctx.sent_attr[si] = before
        _sentence_goes_on(ctx, si, lo, hi, cues, s_start, s_end, made)
        new = next((r for r in ctx.recs[n_recs:] if r.sentence == si and r.label == "INDIRECT_QUOTE"), None)
        if new is None and ctx.recs and len(ctx.recs) == n_recs and ctx.recs[-1].sentence == si \
                and ctx.recs[-1].label == "INDIRECT_QUOTE" and ctx.recs[-1].continued:
            new = ctx.recs[-1]  # (the span of the sentence before runs on into this one)
        if new is None or new.attr is None:
            ctx.sent_attr[si] = said
            return
        col_at = ctx.tokens[k1_col].start
        for r in ctx.recs:
            if r.sentence == si and r.label == "DIRECT_QUOTE" and r.start > col_at and (r.attr is None or r.attr.cue is None):
                r.attr = Attribution(new.attr.name, new.attr.speaker, None)
        return
    _sentence_goes_on(ctx, si, lo, hi, cues, s_start, s_end, made)
    if ctx.pending_short:
        _de_pending_short_quotes(ctx, si)


#: (round 52, auditde4) the text between an indirect quote's start and a second one inside it that ends with it: only
#: a pronominal adverb and the complementizer ("damit, dass …"; not a speech act's own sentence, "Er befürchtet, dass …")
_DE_DASS_BEFORE = re.compile(r"(?:da|dar|wo|wor)[a-zäöü]+,?\s+(?:dass|ob)\s*")


def _de_drop_nested_same_speaker(ctx: QuoteContext, si: int) -> None:
    """German (round 52, auditde4): an indirect quote of sentence si that ends another one of the same sentence and
    speaker, which opens with only a pronominal adverb and "dass"/"ob" before it, repeats it; the longer one stays
    ("Vossberg rechnet nach eigenen Worten damit, dass sich die Lage entspannt" gave "damit, dass sich die Lage
    entspannt" from the source phrase and "sich die Lage entspannt" from "rechnet damit, dass")."""
    mine = [r for r in ctx.recs if r.sentence == si and r.label == "INDIRECT_QUOTE" and r.attr is not None]
    if len(mine) < 2:
        return
    inner = [r for r in mine if any(o is not r and o.attr.name == r.attr.name and o.start < r.start and r.end == o.end
                                    and _DE_DASS_BEFORE.fullmatch(ctx.text[o.start : r.start]) is not None
                                    for o in mine)]
    if inner:
        ctx.recs[:] = [r for r in ctx.recs if all(r is not x for x in inner)]


def _de_pending_short_quotes(ctx: QuoteContext, si: int) -> None:
    """German (round 46, dequotes): the short capitalised quotations `direct_quotes` held back in sentence si are the
    speaker's words when the report of the sentence before goes on over them ("Kurz sagte, die Stadt werde helfen. Es
    handle sich um eine „Katastrophe“.", "Man wolle keine „Bürgerwehr“."; only the report was marked, as a lower-case
    "Die Lage sei „dramatisch“" already gave both). The quotation is recorded before the report, as a partial quotation
    of that sentence is, so the report still runs on into the next sentence."""
    mine = [p for p in ctx.pending_short if p[0] == si]
    ctx.pending_short = []  # (only sentence si adds to it; one that returned early left its own, dropped here)
    recs = ctx.recs
    for _si, a, b, group in mine:
        k = next((x for x in range(len(recs) - 1, max(-1, len(recs) - 7), -1)
                  if (o := recs[x]).label == "INDIRECT_QUOTE" and o.continued and o.sentence == si
                  and o.attr is not None and o.attr.name and o.start <= a and b <= o.end), None)
        if k is None:
            continue
        rep = ctx.recs[k]
        ctx.recs.insert(k, QuoteRec(a, b, "DIRECT_QUOTE", si, group, Attribution(rep.attr.name, rep.attr.speaker, None)))


#: (round 51, deleft16) particles that make a plain cue form a separable one: "forderte die Bürger auf, …"
_DE_LONE_PARTICLES = frozenset({"auf"})


def _de_coordinated_and(ctx: QuoteContext, c, hi: int, cues: list) -> int | None:
    """(round 51, deleft16) the token index of the "und"/"sowie" before the second cue that made c give way
    (`_de_coordinated_later_cue`) when that cue is a speech act of its own (`speech_act_verbs`: "kündigte an", "rief
    auf", "versprach"), else None: a second cue that only says (sagte, erklärte, fügte hinzu) gives the first its
    content ("Lawrow sprach sich gegen das Verbot aus und sagte, …" stays one report)."""
    for o in cues:
        if o is not c and o.kind == "verb" and o.first > c.last + 1 and _de_coordinated_later_cue(ctx, c, hi, [c, o]):
            v = ctx.tokens[o.first].low
            return o.first - 1 if v in ctx.lex.speech_act_verbs and v not in ctx.lex.saying_act_verbs else None
    return None


def _de_coordinated_later_cue(ctx: QuoteContext, c, hi: int, cues: list) -> bool:
    """German (round 45, deleftovers): the verb cue c is the first of two predicates joined by "und" on one subject
    before them, and the second verb (with its particle) is the one a comma or a colon opens the content after: "Die
    Ministerin zeigte sich bewegt und versprach, dass …", "Der Trainer lobte die Mannschaft und kündigte an, …" (the
    content was the first verb's: cue "zeigte", "lobte")."""
    toks = ctx.tokens
    m = c.speaker
    if c.kind != "verb" or c.passive or m is None or m.end >= c.first or toks[c.first].text != toks[c.first].low:
        return False
    for o in cues:
        if o is c or o.kind != "verb" or o.first <= c.last + 1 or o.speaker is None or o.speaker.first != m.first:
            continue
        if toks[o.first - 1].low not in ("und", "sowie") or toks[o.first - 1].quoted or any(
                t.quoted or (t.text in {",", ";", ":", "(", ")"}) or t.low in ctx.lex.cue_verbs
                for t in toks[c.last + 1 : o.first - 1]):
            continue
        k = o.last + 1
        parts = ctx.lex.separable.get(toks[o.first].low, ())
        if k + 1 < hi and toks[k].is_word and toks[k].low in parts:
            k += 1
        elif (p := next((x for x in range(k, min(hi, k + 6)) if toks[x].text in {",", ":"} or toks[x].quoted
                         or not toks[x].is_word), None)) is not None and p > k \
                and (toks[p - 1].low in parts or not parts and toks[p - 1].low in _DE_LONE_PARTICLES) \
                and toks[p - 1].text == toks[p - 1].low and not any(
                    t.low in ctx.lex.cue_verbs or t.low in ctx.lex.coordinators for t in toks[k : p - 1]):
            k = p  # (round 51, deleft16) the particle after an object or "dazu": "und rief dazu auf, …", "und forderte
            # die Bürger auf, …"
        if k < hi and toks[k].text in {",", ":"} and not toks[k].quoted:
            return True
    return False


def _en_object_relative_cues(ctx: QuoteContext, lo: int, cues: list) -> list:
    """(round 48, enrel4) English: a cue verb inside an object relative on the sentence's subject whose head speaks
    through a later cue ("The letter she wrote said the plan failed.", "The statement that the company issued said …")
    has the head as its gap: no report of its own (was 'said the plan failed' by "she")."""
    drop = set()
    for c2 in cues:
        if c2.kind == "verb" and (h := _en_object_relative_head(ctx, c2, lo)) is not None:
            drop.update(id(c) for c in cues if c is not c2 and h.last < c.first < c2.first)
    return [c for c in cues if id(c) not in drop] if drop else cues


def _en_noun_object_in_subject_relative(ctx: QuoteContext, c: Cue, cues: list[Cue]) -> bool:
    """English (round 50, enleft17): verb cue c stands in a restrictive relative clause on a later verb cue's speaker
    ("A neighbor who … feared reprisals said …": "who" right after the speaker, no comma up to the later cue) and only a
    noun phrase follows it up to that cue (no finite verb, no "that", no "or"/"and" of a coordinated verb): a verb with a
    noun object, no report (was
    'reprisals said the man was violent', the main report read as its clause)."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb":
        return False
    for c2 in cues:
        m2 = c2.speaker
        if c2 is c or c2.kind != "verb" or m2 is None or not (m2.last + 1 < c.first and c.last + 1 < c2.first) \
                or m2.end >= c2.first or toks[m2.last + 1].low not in ("who", "that") or toks[m2.last + 1].quoted:
            continue
        if any(not t.is_word or t.quoted for t in toks[m2.last + 1 : c2.first]):
            continue
        between = toks[c.last + 1 : c2.first]
        if between and not any(t.low in lex.complementizers or t.low in lex.coordinators or t.low in lex.pronouns or t.low in lex.auxiliaries
                               or _en_finite_verb_form(t, lex) for t in between):
            return True
    return False


def _en_finite_verb_form(t, lex) -> bool:
    """A lower-case English past form or auxiliary (`_en_noun_object_in_subject_relative`)."""
    return t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.past_verbs
                                or (t.low.endswith("ed") and len(t.low) > 4))


def _en_record_of_speech(ctx: QuoteContext, c: Cue, cues: list[Cue]) -> bool:
    """English (round 50, enarticles2): cue c is "according to" a record of a speech (yaml `speech_record_nouns`: "a
    transcript published by his office", "a translation provided by his office") after a verb cue of the same sentence
    that has its speaker: the record is that speech's channel, no second report ('"…," Foreign Minister Andrei Volkan
    told reporters, according to a translation provided by his office' was also a report of the translation over the
    quotation and its attribution)."""
    toks = ctx.tokens
    if c.kind != "source_before" or toks[c.first].low != "according" or c.speaker is None:
        return False
    # the record noun heads the source, in lower case within its first three words ("a transcript", "a video released")
    words = [t for t in toks[c.speaker.first : c.speaker.last + 1] if t.is_word][:3]
    if not any(t.text == t.low and t.low in ctx.lex.speech_record_nouns for t in words):
        return False
    return any(x is not c and x.kind == "verb" and x.last < c.first and x.speaker is not None and not x.passive
               for x in cues)


def _en_junk_speakers(ctx: QuoteContext, lo: int, hi: int, cues: list) -> list:
    """English (round 39, enjunk): an imperative opening the sentence is no part of the speaker ("Watch Republicans
    criticize …", "Look at Trump claiming …" gave "Watch Republicans", "Look at Trump"), and a made-up scene reports
    nothing ("Imagine Democrats saying …", "Picture the mayor telling …"); an abstract noun before "that" speaks
    nothing ('The idea that they're "just doing journalism" by repeating …' had the speaker "idea")."""
    toks, lex = ctx.tokens, ctx.lex
    k = lo
    while k < hi and not toks[k].is_word:
        k += 1
    out = []
    for c in cues:
        m = c.speaker
        if m is not None and k < hi and toks[k].is_cap and not toks[k].quoted and m.first <= k + 3 and c.first > k \
                and (toks[k].low in lex.attention_imperatives or toks[k].low in lex.hypothetical_imperatives) \
                and not any(toks[q].text in (",", ":", ";") for q in range(k + 1, c.first)):
            if toks[k].low in lex.hypothetical_imperatives:
                continue  # a made-up scene: no report
            if m.first == k:
                s = k + 1
                if s < m.end and toks[s].low in ("at", "to") and toks[s].text == toks[s].low:
                    s += 1  # "Look at Trump", "Listen to Pelosi"
                if s <= m.last:
                    c.speaker = Mention(s, m.last, m.kind, m.span_last)
                    c.name = canonical(c.speaker, toks, ctx.ents, lex, continuing=None)
                    if c.name and c.name.split()[0].lower() == toks[k].low:  # (the document's name ran over it)
                        c.name = ctx.text[toks[s].start : toks[m.last].end]
                else:
                    c.speaker, c.name = None, None
        elif m is not None and m.last + 1 < hi and toks[m.last + 1].low == "that" and not toks[m.last].quoted \
                and toks[m.last].text == toks[m.last].low and c.first > m.last + 1 \
                and (toks[m.last].low in lex.idea_nouns or toks[m.last].low in lex.content_nouns) \
                and not (c.kind == "verb" and m.first == lo and (h := _en_object_relative_head(ctx, c, lo)) is not None
                         and h.last == m.last):
            # ((round 48, enrel4) not an object relative on a document: "The statement that the company issued said …")
            continue  # an idea speaks nothing: "The notion that the senator "misspoke" by claiming …"
        out.append(c)
    return out


#: (round 39, enjunk) words a report's content may consist of that say nothing ("he said nothing")
_EN_EMPTY_CONTENT = frozenset({"nothing", "everything", "something", "anything", "little", "much", "all", "so", "this",
                               "that", "it", "a lot", "plenty"})


#: (round 47, enpartial) a comma or colon and an opening double mark right after a reported clause
_COMMA_THEN_OPENING_MARK = re.compile(r"\s*[,:]\s*[\"“]")


def _en_quote_frame_fragments(ctx: QuoteContext, si: int) -> None:
    """English (round 47, enpartial): a reported clause that only frames a direct quotation of someone else is no report:
    'Smith said that Jones had told him, "The plan is dead."' (the content was "Jones had told him"; the quotation is
    Jones's, a whole sentence, its cue and at most an addressee at the clause's end before a comma or colon and the
    opening mark). A clause that ran on over the quotation's attribution ends before it: 'when Obama said he would
    renegotiate NAFTA, the Canadians said, "Yes, …"' (the content ran on to "the Canadians said")."""
    text = ctx.text
    direct = [r for r in ctx.recs if r.sentence == si and r.label == "DIRECT_QUOTE" and r.attr is not None
              and r.attr.cue is not None]
    if not direct:
        return
    drop = []
    for r in ctx.recs:
        if r.sentence != si or r.label != "INDIRECT_QUOTE":
            continue
        m = _COMMA_THEN_OPENING_MARK.match(text, r.end, r.end + 6)
        if m is None:
            continue
        at = m.end()
        d = next((d for d in direct if d.start == at and r.start <= d.attr.cue[0] and d.attr.cue[1] <= r.end
                  and text[d.start : d.start + 1].isupper() and len(text[d.attr.cue[1] : r.end].split()) <= 3), None)
        # (a whole sentence quoted after the cue and its addressee only: 'police warned residents to stay indoors, "for
        # their own safety"' stays a report)
        if d is None:
            continue
        head = text[r.start : d.attr.speaker[0]].rstrip() if d.attr.speaker is not None and d.attr.speaker[0] > r.start else ""
        if head.endswith(",") and len(head.split()) >= 4:
            r.end = r.start + len(head) - 1
        else:
            drop.append(r)
    for r in drop:
        ctx.recs.remove(r)


def _en_fact_clause_end(ctx: QuoteContext, si: int, lo: int, hi: int, before: Attribution | None) -> None:
    """English (round 39, enjunk): a report inside a sentence-opening "The fact that …" clause ends before the
    clause's predicate ("The fact that the governor claimed the storm was a hoax tells you all you need to know"); a
    report of nothing is none ("The fact that he said nothing tells you everything" was "nothing tells you
    everything")."""
    toks, lex = ctx.tokens, ctx.lex
    k = lo
    while k < hi and not toks[k].is_word:
        k += 1
    if not (k + 3 < hi and toks[k].low == "the" and toks[k + 2].low == "that" and not toks[k + 1].quoted
            and (toks[k + 1].low in lex.idea_nouns or toks[k + 1].low in lex.content_nouns)):
        return
    mine = [r for r in ctx.recs if r.sentence == si and r.label == "INDIRECT_QUOTE" and r.start > toks[k + 2].start]
    drop = []
    for r in mine:
        inside = [j for j in range(k + 3, hi) if toks[j].start >= r.start and toks[j].end <= r.end]
        cut = next((j for j in inside[1:] if toks[j].low in lex.fact_predicates and not toks[j].quoted
                    and toks[j].text == toks[j].low and j + 1 < hi and toks[j + 1].low in lex.fact_predicate_objects
                    and toks[j - 1].is_word and toks[j - 1].low != "that"), None)
        if cut is None:
            continue
        words = " ".join(toks[j].low for j in inside if j < cut)
        if words in _EN_EMPTY_CONTENT:
            drop.append(r)
        else:
            r.end = toks[cut - 1].end
    if drop:
        ctx.recs[:] = [r for r in ctx.recs if all(r is not d for d in drop)]
        if not any(r.sentence == si for r in ctx.recs):
            ctx.sent_attr[si] = before


def _de_office_passive(ctx: QuoteContext, c, lo: int, hi: int) -> bool:
    """German (round 38, devarious): a person confirmed in an office, in the passive with the office or the body fronted
    (yaml `office_passives`): "In ihren Ämtern bestätigt wurden Anna Berg und Peter Klein", "Im Präsidium bestätigt wurde
    als Landesvorsitzender Michael Theurer", "Als Schatzmeister bestätigt wurde Michael Luig" (reports by "Ämtern",
    "Präsidium", "Schatzmeister"); not with an agent ("von der Polizei bestätigt"), a dass-clause, a colon or a
    quotation, nor without a person ("Im Ministerium bestätigt wurde die Entscheidung")."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb" or toks[c.first].low not in lex.office_passives:
        return False
    if _de_confirmed_in_office(ctx, c, lo, hi):
        return True
    m = c.speaker
    if m is None or not (c.passive or c.last + 1 < hi and toks[c.last + 1].low in lex.passive_auxiliaries):
        return False  # ("Als Schatzmeister bestätigt wurde …" reads like a clause after "als", not as a passive)
    p = m.first - 1
    if not (lo <= p <= lo + 1 and toks[p].low in lex.prepositions | {"als"} and not toks[p].quoted):
        return False  # (the source is a phrase opening the sentence after its preposition)
    span_end = max(m.end, m.last)
    person = False
    for j in range(lo, hi):
        t = toks[j]
        if t.quoted or t.text == ":" or t.low in ("von", "vom", "durch", "dass", "ob", "wonach"):
            return False
        if m.first <= j <= span_end or j + 1 >= hi:
            continue
        nxt = toks[j + 1]
        if t.is_cap and t.is_word and nxt.is_cap and nxt.is_word and not nxt.quoted \
                and (lex.is_first_name(t.text) or lex.is_title(t.text)):
            person = True
    return person


def _de_confirmed_in_office(ctx: QuoteContext, c, lo: int, hi: int) -> bool:
    """German (round 44, deagrar): "im Amt bestätigt", "in seinem Amt bestätigt", "in ihren Ämtern bestätigt" is an
    election, no report, whatever else the sentence has ("… wurde Rukwied auf dem Bauerntag in Hannover in seinem Amt
    bestätigt" reported by "Bauerntag"); not before a dass-clause or a colon."""
    toks, lex = ctx.tokens, ctx.lex
    p = c.first - 1
    if p - 1 < lo or toks[p].low not in ("amt", "ämtern") or toks[p].quoted:
        return False
    if not (toks[p - 1].low == "im" or toks[p - 1].low in lex.possessives and p - 2 >= lo and toks[p - 2].low == "in"):
        return False
    return not any(toks[j].low in ("dass", "daß") or toks[j].text == ":" for j in range(c.last + 1, hi))


def _de_market_state(ctx: QuoteContext, c) -> bool:
    """German (round 37, w2): a state shown with "sich" by a market, a price or the investors ("Der Euro zeigte sich
    unbeeindruckt", "Die Anleger zeigten sich zurückhaltend", yaml `market_subjects`) is no speech act."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    if c.kind != "verb" or m is None or c.passive or toks[c.first].low not in lex.market_state_verbs:
        return False
    h = toks[m.last]
    return h.is_cap and not h.quoted and h.low.rsplit("-", 1)[-1].endswith(lex.market_subjects)


def _de_reported_colon_lead(ctx: QuoteContext, si: int, lo: int, hi: int) -> int | None:
    """German (round 36, g4): the index of the colon that ends a sentence's own clause in the Konjunktiv I and opens a
    quotation that runs to the sentence end, with no cue word before it ("Der Aufstieg der AfD erinnere ihn an die
    Nazi-Zeit: „Das ist etwas, …“"); None otherwise."""
    if ctx.lex.lang != "de" or not any(r.sentence == si and r.label == "DIRECT_QUOTE" for r in ctx.recs[-4:]):
        return None  # (no quotation in the sentence, as most: no search for its colon)
    toks, lex = ctx.tokens, ctx.lex
    col = next((k for k in range(lo + 2, hi - 1) if toks[k].text == ":" and not toks[k].quoted and toks[k + 1].quoted
                and all(t.quoted or not t.is_word for t in toks[k + 1 : hi])), None)
    if col is None or any(t.quoted for t in toks[lo:col]):
        return None
    if not any(r.sentence == si and r.label == "DIRECT_QUOTE" and r.start > toks[col].start for r in ctx.recs[-4:]):
        return None
    lead = next((k + 1 for k in range(col - 1, lo, -1) if toks[k].text == ":" and not toks[k].quoted), lo)
    if col - lead < 3 or any(t.text == t.low and t.low in lex.cue_verbs for t in toks[lo:col]):
        return None
    if not any(t.text == t.low and t.low in lex.konjunktiv_i for t in toks[lead:col]) \
            and _reported_mood(ctx, lead, col) != "i":
        return None
    return col


def _de_colon_quote_in_report(ctx: QuoteContext, si: int, lo: int, hi: int) -> None:
    """German (round 36, g4): a quotation after a colon whose speaker was read off the subject before the colon, while
    that subject stands inside a report of the same sentence ("Die Aufgabe, so Merkel, stelle sich …: «Wir müssen …»"
    gave "Aufgabe"): the report's speaker says it."""
    for r in ctx.recs[-6:]:
        if r.sentence != si or r.label != "DIRECT_QUOTE" or r.attr is None or r.attr.cue is not None \
                or r.attr.speaker is None:
            continue
        a, b = r.attr.speaker
        rep = next((x for x in ctx.recs[-6:] if x is not r and x.sentence == si and x.label == "INDIRECT_QUOTE"
                    and x.attr is not None and x.attr.name and x.start <= a and b <= x.end and x.end <= r.start
                    and ":" in ctx.text[x.end : r.start]), None)
        if rep is not None:
            r.attr = Attribution(rep.attr.name, rep.attr.speaker, None)


def _sentence_goes_on(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list, s_start: int, s_end: int,
                      made: bool) -> None:
    """The rest of `_sentence`: a partial quotation's report, or a report going on from the sentences before."""
    if not made and ctx.lex.lang == "de" and si >= 1 and ctx.sent_attr[si] is not None \
            and ctx.sent_attr[si] is not ctx.sent_attr[si - 1] and _de_partial_quotes_continue(ctx, si, lo, hi):
        # partial quotations without a cue in a Konjunktiv I sentence after a report: the report goes on around
        # them ("Habeck weist die Kritik zurück. Die Wärmewende sei »zwingend«."; only the quotation was marked)
        _continue(ctx, si, s_start, s_end, ctx.sent_attr[si - 1])
        return
    if made or ctx.sent_attr[si] is not None and ctx.sent_attr[si] is not ctx.sent_attr[si - 1]:
        return
    attributed = [c for c in cues if c.kind == "verb" and c.name]
    prev = ctx.sent_attr[si - 1] if si >= 1 else None
    if attributed and prev is not None and prev.name and ctx.lex.lang == "de" \
            and attributed[0].speaker is not None and attributed[0].speaker.kind == "pronoun" \
            and ("\n" not in ctx.text[ctx.sents[si - 1][1] : s_start] or _de_pronoun_opens(ctx, lo, attributed[0])) \
            and _reported_mood(ctx, lo, hi, strict=True) == "i" \
            and not de_negated_question(ctx, attributed[0], lo, hi):  # (round 25: "Ob …, sagte er nicht.")
        # a pronoun's cue without a content of its own, in the Konjunktiv I, right after a report: the
        # report goes on ("„Wir sind enttäuscht“, sagte der Sprecher. Man habe mehr erwartet.")
        _continue(ctx, si, s_start, s_end, prev)
    elif attributed and prev is not None and ctx.lex.lang == "de" and len(attributed) == 1 \
            and _de_konjunktiv_ii_infinitive_cue(ctx, attributed[0], lo, hi) and _hedge_ok(ctx, si, lo, hi) \
            and not _new_person(ctx, lo, hi, prev):
        # (round 49, defii) the cue is only the infinitive closing a Konjunktiv II predicate, right after a report: the
        # report goes on ("Der Minister sagte, die Gespräche seien schwierig. Man würde eine Einigung begrüßen." gave
        # nothing; a Konjunktiv I modal's infinitive was already no cue, "Man werde eine Einigung begrüßen")
        _continue(ctx, si, s_start, s_end, _de_contrast_subject(ctx, lo, hi, prev))
    elif attributed and attributed[0].name.lower() not in ctx.lex.quantifier_speakers:
        # a cue with a speaker but nothing reported here: later sentences may continue it (round 51, enleft19: not a
        # quantifier pronoun's, "Nobody asked about the flow of people. “…,” she added." was Nobody's)
        ctx.sent_attr[si] = ctx.attribution(attributed[0])
    elif si - 1 >= 0 and ctx.sent_attr[si - 1] is not None:
        mood = _reported_mood(ctx, lo, hi)
        # (round 50, deleft17) a study or poll cited inside a report does not take the report over
        chain = _de_outer_chain(ctx, si) or ctx.sent_attr[si - 1]
        if _de_poll_source(ctx, chain) and not _de_demnach(ctx, lo, hi):
            pass  # (round 38, deobj2) a poll speaks no further in the Konjunktiv: "Nach jüngsten Wahlumfragen liegt die SPD
            # vorn. Die Partei müsse …" (the speaker was "Wahlumfragen"; "Die SPD verliert demnach …" goes on)
        elif _de_only_acts_before(ctx, si) and _de_hearsay_soll(ctx, lo, hi, present=True):
            pass  # (round 39, dechains) the writer's hearsay after a sentence that names only a speech act goes on with no
            # one: "Bürgermeister Peter Roth verurteilte die Tat. Der Mann soll zuvor aufgefallen sein." (was Roth;
            # round 39, depronoun2: also with a present infinitive, "Die Täter sollen aus der rechten Szene stammen")
        elif (mood == "i" or mood == "ii" and _hedge_ok(ctx, si, lo, hi) or _de_demnach(ctx, lo, hi)) \
                and (not _new_person(ctx, lo, hi, chain)
                     # (round 28) a person named in full whose verb is an unambiguous Konjunktiv I is reported too:
                     # "…, sagte Peskow. Verteidigungsminister Sergej Schoigu werde daran teilnehmen."
                     or (_reported_mood(ctx, lo, hi, strict=True) == "i" and not any(
                         t.text == t.low and not t.quoted and t.low in ctx.lex.cue_verbs for t in ctx.tokens[lo:hi]))):
            _continue(ctx, si, s_start, s_end, _de_contrast_subject(ctx, lo, hi, chain))
    elif si >= 2 and ctx.sent_attr[si - 2] is not None and ("\n" not in ctx.text[ctx.sents[si - 2][1] : s_start]
                                                             or _de_speaker_described(ctx, si)):
        # the source two sentences back, one sentence of the writer's between ("Der Sprecher sagte,
        # … habe … . Die Firma hat 200 Mitarbeiter. Man werde …"): only an unambiguous Konjunktiv I
        if _reported_mood(ctx, lo, hi, strict=True) == "i" and not _de_poll_source(ctx, ctx.sent_attr[si - 2]):
            attr = ctx.sent_attr[si - 2]
            if ctx.lex.lang == "de":
                # the writer's sentence between names another person as its subject: the report is that
                # person's ("Grünen-Chef Werner Kogler hielt sich bedeckt. Die Grünen seien gesprächsbereit, …"
                # had the speaker of the sentence before it)
                subj = subject_attribution(ctx, *ctx.sent_toks[si - 1])
                if subj is not None and subj.name and attr.name and (person_name(subj.name, ctx.lex, ctx.ents)
                                                                       or ctx.lex.is_title(subj.name.split()[-1])
                                                                       or _de_court(ctx, subj.name)
                                                                       or _de_view_sentence(ctx, *ctx.sent_toks[si - 1])) \
                        and subj.name.split()[-1] != attr.name.split()[-1] and _de_speaking_subject(ctx, subj):
                    attr = subj  # (round 35: also a court, "Doch das Oberlandesgericht Köln ließ die Anklage nicht zu.
                    # Ohne Geständnis bestehe kein Tatverdacht." had the speaker of the sentence before it)
            _continue(ctx, si, s_start, s_end, attr)
    elif ctx.lex.lang == "de" and si >= 1 and "\n" not in ctx.text[ctx.sents[si - 1][1] : s_start] \
            and any(r.sentence == si - 1 and r.label == "INDIRECT_QUOTE" and r.attr is not None and not r.attr.name
                    and r.attr.cue is not None and (r.attr.speaker is None or _de_ownerless_speaker(ctx, r.attr))
                    for r in ctx.recs[-3:]) \
            and (_reported_mood(ctx, lo, hi, strict=True) == "i" and _de_reported_main_verb(ctx, lo, hi)
                 or _de_hearsay_soll(ctx, lo, hi)):
        # (round 36, g2) a report of a passive without an agent goes on in the Konjunktiv I, still without a speaker
        # ("Bei der Kontrolle wurde festgestellt, dass der Fahrer betrunken war. Er habe zwei Promille gehabt.")
        # (round 39, dekonj) also after a source phrase that names no one ("Nach bisherigen Erkenntnissen soll …"), and
        # in hearsay "soll … haben/sein" ("Außerdem soll er dort Gegenstände umhergeworfen haben.")
        _continue(ctx, si, s_start, s_end, Attribution(None, None, None))
    elif ctx.lex.lang == "de" and si >= 1 and "\n" not in ctx.text[ctx.sents[si - 1][1] : s_start] \
            and _de_reported_main_verb(ctx, lo, hi) and not _de_any_konjunktiv(ctx, *ctx.sent_toks[si - 1]) \
            and not any(r.sentence == si - 1 for r in ctx.recs[-6:]):
        # a main clause in the Konjunktiv I after a sentence of the writer's (no quote in it): reported
        # speech whose source is that sentence's subject ("Die Anwohner sind verärgert. Der Lärm sei …")
        attr = subject_attribution(ctx, *ctx.sent_toks[si - 1])
        if attr is not None and _de_speaking_subject(ctx, attr):
            if _de_speakerless_report_before(ctx, si) and not (attr.name and (
                    person_name(attr.name, ctx.lex, ctx.ents) or ctx.lex.is_title(attr.name.split()[-1])
                    or _de_court(ctx, attr.name))):
                # (round 39, dekonj) a report without a speaker two sentences back ("Weiter wird berichtet, dass der
                # Mann geflohen sein soll. Ein Zeuge alarmierte die Polizei. Dort sei er …"): it goes on, still without
                # a speaker (the speaker was "Zeuge", the subject of the writer's sentence between)
                attr = Attribution(None, None, None)
            elif _de_passive_sentence(ctx, *ctx.sent_toks[si - 1]):
                # (round 36, g2) reported, but the passive's subject is no source; (round 38, kon) the report before the
                # passive's paragraph is, over the gap ("…, sagte der Staatsanwalt.\n\nDie Spuren wurden untersucht.
                # Ergebe sich kein Treffer, habe man andere Mittel.")
                attr = _de_source_over_gap(ctx, si, lo, hi, passive=True) or Attribution(None, None, None)
            elif _de_event_subject(ctx, attr):
                # (round 38, objfirst) reported, but an event or an act is no source: "Seine Nominierung verspricht
                # Kontinuität. Er sei …" (the speaker was "Nominierung")
                # (round 38, dekon2) or, when that sentence opens the paragraph after a report, the report's source:
                # "…, sagte der Minister.\n\nDer Entwurf liegt dem Kabinett vor. Die Kosten werde der Bund tragen."
                # (not when that sentence names a speech act of its own: "Die Veranstaltung schloss mit dem Appell, …")
                attr = (None if _de_speech_word(ctx, *ctx.sent_toks[si - 1])
                        else _de_source_over_gap(ctx, si, lo, hi, passive=True)) or Attribution(None, None, None)
            elif _de_thing_verb_subject(ctx, si - 1, attr):
                # (round 39, departial) a thing as the subject of a verb that reports only with a speaker ("Bei einer
                # Pleite droht der Totalverlust von Steuergeldern. Der Bund habe …" had the speaker "Totalverlust"):
                # reported, without a speaker, as after an event ("Ihre Ernennung verspricht …")
                attr = Attribution(None, None, None)
            _continue(ctx, si, s_start, s_end, attr)
    if ctx.lex.lang == "de" and not cues and (gap := _de_source_over_gap(ctx, si, lo, hi)) is not None:
        # (round 38, kon) a Konjunktiv I main clause after one sentence of the writer's that opens a new paragraph
        # goes on with the report before that paragraph ("„…“, ergänzt der Oberstaatsanwalt.\n\nDas heißt, die
        # Ergebnisse wurden eingespeist. Ergebe sich kein Treffer, habe man andere Möglichkeiten.")
        _continue(ctx, si, s_start, s_end, gap)
    if ctx.lex.lang == "de" and not cues and not any(r.sentence == si for r in ctx.recs[-6:]) \
            and (own := _de_attitude_subject(ctx, lo, hi)) is not None:
        # (round 36, g3) a person opens the sentence, then a Konjunktiv I of attitude, and no source before: the
        # person's own view reported ("Herr Hemprich verstehe die Aufregung nicht."); the sentences after go on
        _continue(ctx, si, s_start, s_end, own)


def _de_view_sentence(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 47, deconj): the writer's sentence tokens[lo:hi] gives its subject's view and nothing else: a view
    verb, "das/dies/es" and a view adverb ("Die Opposition sieht das anders.", "Die FDP beurteilt dies deutlich
    kritischer."), or a form of "sein", "anderer/gleicher" and an opinion noun ("Die Grünen sind anderer Meinung."),
    no comma or quotation (yaml `view_verbs`, `view_adverbs`, `opinion_nouns`)."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.view_verbs or any(t.quoted or t.text in {",", ";", ":"} for t in toks[lo:hi]) or toks[hi - 1].text != ".":
        return False
    for k in range(lo + 1, hi - 2):
        t, o = toks[k], toks[k + 1]
        if t.text != t.low:
            continue
        if t.low in lex.view_verbs and o.low in ("das", "dies", "es") and o.text == o.low:
            return any(x.text == x.low and x.low in lex.view_adverbs for x in toks[k + 2 : min(hi, k + 5)])
        if t.low in ("ist", "sind", "war", "waren") and o.low in ("anderer", "gleicher") and toks[k + 2].is_cap \
                and toks[k + 2].low in lex.opinion_nouns:
            return True
    return False


def _de_only_acts_before(ctx: QuoteContext, si: int) -> bool:
    """German (round 39, dechains): every quote of sentence si - 1 is a speech act that judges (yaml `stance_act_verbs`)
    and whose span holds its own speaker ("Der Landrat verurteilte den Angriff scharf"), none reports content."""
    recs = [r for r in ctx.recs[-4:] if r.sentence == si - 1]
    return bool(recs) and all(r.label == "INDIRECT_QUOTE" and r.attr is not None and r.attr.speaker is not None
                              and r.attr.cue is not None and r.start <= r.attr.speaker[0] < r.end
                              and ctx.text[r.attr.cue[0] : r.attr.cue[1]].lower() in ctx.lex.stance_act_verbs for r in recs)


def _de_speakerless_report_before(ctx: QuoteContext, si: int) -> bool:
    """German (round 39, dekonj): sentence si - 2, in si's paragraph, holds a report whose cue names no speaker (a passive
    without an agent, an impersonal "hieß es", a source phrase that names no one)."""
    if si < 2 or "\n" in ctx.text[ctx.sents[si - 2][1] : ctx.sents[si][0]]:
        return False
    return any(r.sentence == si - 2 and r.label == "INDIRECT_QUOTE" and r.attr is not None and not r.attr.name
               and r.attr.cue is not None and (r.attr.speaker is None or _de_ownerless_speaker(ctx, r.attr))
               for r in ctx.recs[-6:])


def _de_ownerless_speaker(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 39, dekonj): the speaker span of a report without a name is a source phrase that names no one
    ("Nach bisherigen Erkenntnissen soll …", "Ersten Erkenntnissen zufolge …"; yaml `ownerless_source_nouns`)."""
    a, b = attr.speaker
    words = ctx.text[a:b].split()
    return bool(words) and words[-1].lower() in ctx.lex.ownerless_source_nouns


def _de_hearsay_soll(ctx: QuoteContext, lo: int, hi: int, present: bool = False) -> bool:
    """German (round 39, dekonj): the main clause of tokens[lo:hi] is hearsay with "soll(en)" and a perfect infinitive
    closing its clause ("Außerdem soll er dort Gegenstände umhergeworfen haben.", "Ein Gast soll dabei getroffen worden
    sein."); not a plan ("Das Urteil soll am Freitag verkündet werden") and not "soll" in a subordinate clause."""
    toks, lex = ctx.tokens, ctx.lex
    stops = {",", ";", ":", "(", ")", "–", "—"}
    sub = toks[lo].low in lex.clause_openers and toks[lo].low not in lex.determiners and not _de_fronted_phrase(ctx, lo, hi)
    for k in range(lo, hi):
        t = toks[k]
        if t.text == "," and k + 1 < hi:
            sub = toks[k + 1].low in lex.clause_openers and toks[k + 1].low not in lex.determiners
        if sub or t.quoted or t.text != t.low or t.low not in lex.reportative:
            continue
        e = next((x for x in range(k + 1, hi) if toks[x].text in stops and not toks[x].quoted), hi)
        last = next((x for x in range(e - 1, k, -1) if toks[x].is_word), None)
        if last is not None and not toks[last].quoted and (toks[last].text in ("haben", "sein") or (
                # (round 39, depronoun2) with `present`, also a present infinitive, no passive or future "werden": "Die
                # Täter sollen aus der rechten Szene stammen"
                present and toks[last].text == toks[last].low and toks[last].low.endswith(("en", "ern", "eln"))
                and toks[last].low not in lex.auxiliaries and toks[last].low != "werden")) \
                and not _de_plan_modal(ctx, k, lo, hi):
            return True
    return False


def _de_source_over_gap(ctx: QuoteContext, si: int, lo: int, hi: int, passive: bool = False) -> Attribution | None:
    """German (round 38, kon): sentence si is a main clause in an unambiguous Konjunktiv I with nothing reported yet;
    the sentence before it is the writer's (no quote, no Konjunktiv, no source of its own) and opens si's paragraph;
    the sentence before that, the last of the paragraph before, is attributed: its source, else None. ("…, sagte die
    Oberstaatsanwältin.\n\nDen Tätern wird Vergewaltigung vorgeworfen. In drei Fällen sei es beim Versuch
    geblieben."; the reach of two sentences stopped at the paragraph break.)"""
    if si < 2 or ctx.sent_attr[si] is not None or ctx.sent_attr[si - 1] is not None:
        return None
    attr = ctx.sent_attr[si - 2]
    if attr is None or not attr.name or any(r.sentence >= si - 1 for r in ctx.recs[-6:]):
        return None
    (_, e2), (s1, e1) = ctx.sents[si - 2], ctx.sents[si - 1]
    if "\n" not in ctx.text[e2:s1] or "\n" in ctx.text[e1 : ctx.sents[si][0]]:
        return None
    toks = ctx.tokens
    plo, phi = ctx.sent_toks[si - 1]
    if any(t.quoted for t in toks[lo:hi]) or any(t.quoted for t in toks[plo:phi]) or toks[phi - 1].text in {"?", ":"} \
            or toks[hi - 1].text == "?" or _de_any_konjunktiv(ctx, plo, phi):
        return None
    if _reported_mood(ctx, lo, hi, strict=True) != "i" or not _de_reported_main_verb(ctx, lo, hi) \
            or _new_person(ctx, lo, hi, attr):
        return None
    subj = None if passive else subject_attribution(ctx, plo, phi)  # (a passive's subject is what was done)
    if subj is not None and subj.name and subj.name != attr.name and _de_speaking_subject(ctx, subj):
        return None  # (the writer's sentence names someone else who may be the source: no guess)
    return attr


#: (round 51, dearticles9) Konjunktiv II auxiliaries closing a relative clause after its participle
_DE_KII_AUXILIARIES = frozenset({"hätte", "hätten", "wäre", "wären", "würde", "würden"})


def _de_cue_in_reported_relative(ctx: QuoteContext, si: int, lo: int, hi: int, c, cues: list) -> bool:
    """German (round 38, kon): a verb cue closing a relative clause after the main clause ("…, die von der Bevölkerung
    verlangt worden seien"), when that main clause holds no cue and is in reported mood right after an attributed
    sentence ("Einige Feiern hätten nicht stattfinden dürfen, heißt es in dem Bericht. So hätten die Verantwortlichen
    versäumt, Regeln einzuhalten, die von allen verlangt worden seien."): part of the report going on, no source."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb" or si < 1 or ctx.sent_attr[si - 1] is None or not ctx.sent_attr[si - 1].name:
        return False
    k = c.first - 1  # the comma opening the relative clause, no other punctuation between it and the cue (but a
    while k > lo and not toks[k].quoted and (toks[k].is_word or (  # comma before "sondern": "nicht nur von X, sondern …")
            toks[k].text == "," and toks[k + 1].low in lex.coordinators and toks[k + 1].text == toks[k + 1].low)):
        k -= 1
    if k <= lo or toks[k].quoted or (e := _de_relative_clause_end(ctx, k, c, hi)) is None:
        return False
    if any(t.quoted or t.text in {";", ":"} for t in toks[lo:k]) or any(o is not c for o in cues):
        return False  # (another cue reports the main clause, or a clause of its own)
    while e < hi and toks[e].low in _DE_KII_AUXILIARIES and toks[e].text == toks[e].low:
        e += 1  # (round 51, dearticles9) "…, die … geäußert hätten, seien …"
    if e + 2 < hi and toks[e].text == "," and not toks[e].quoted and not any(
            t.text == "," for t in toks[lo:k]) and not any(t.quoted or t.text in {";", ":"} for t in toks[e:hi]) \
            and toks[e + 1].text == toks[e + 1].low and toks[e + 1].low in ctx.lex.konjunktiv_i \
            and toks[e + 1].low not in ctx.lex.konjunktiv_ii:
        # (round 51, dearticles9) the relative clause inside the subject, the main clause's verb in the Konjunktiv I
        # after it: "Alle Festgenommenen, die lediglich ihre Meinung geäußert hätten, seien freizulassen" goes on with the
        # speaker before (was a report of the detainees, "ihre Meinung")
        return True
    if k <= lo + 2 or e + 1 < hi or (e < hi and (toks[e].text not in {".", "!"} or toks[e].quoted)):
        return False  # (the relative clause closes the sentence)
    mood = _reported_mood(ctx, lo, k)
    return mood == "i" or mood == "ii" and _hedge_ok(ctx, si, lo, k)


def _de_passive_sentence(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 36, g2): a main clause in the passive, its finite "wurde"/"wird" and its participle last ("In der
    Sitzung wurde der Haushalt beschlossen.", "Bei der Festnahme wurde ein Wert von 1,1 Promille gemessen."): its subject
    is what was done, no source of a Konjunktiv I sentence after it (the speaker was "der Haushalt", "ein Wert")."""
    toks, lex = ctx.tokens, ctx.lex
    end = hi - 1
    while end > lo and not toks[end].is_word:
        end -= 1
    if end - lo < 3 or any(t.quoted or t.text in {",", ":", ";"} for t in toks[lo:end]):
        return False
    part = toks[end]
    if part.text != part.low or part.low in lex.stopwords or part.low.endswith(("ten", "st")):
        return False
    aux = {t.low for t in toks[lo + 1 : lo + 4] if t.text == t.low}
    # (after "wurde" a last word in -en is a participle too: "beschlossen"; after "wird" it may be an infinitive)
    return bool(aux & {"wurde", "wurden"}) and part.low.endswith(("t", "en")) or bool(aux & {"wird", "werden"}) and (
        part.low.startswith("ge") and part.low.endswith(("t", "en")) or part.low.endswith("iert"))


#: finite auxiliaries that may close a relative clause after its participle ("…, die gefordert werden, …")
_DE_CLAUSE_FINAL_AUXILIARIES = frozenset({"werden", "wird", "wurde", "wurden", "worden", "haben", "hat", "hatte",
                                          "hatten", "ist", "sind", "war", "waren", "sei", "seien", "habe"})


def _de_relative_clause_end(ctx: QuoteContext, k: int, c, hi: int) -> int | None:
    """German: tokens[k] is the comma opening a relative clause (a relative pronoun, maybe after a preposition) that
    cue c closes: the index after the cue and the finite auxiliaries after it ("…, die von allen verlangt worden
    seien"), else None."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[k].text != "," or k + 1 >= c.first:
        return None
    nxt = toks[k + 1].low
    if not (nxt in _DE_PREPOSITIONAL_RELATIVES or (nxt in lex.prepositions and k + 2 < c.first
                                                   and toks[k + 2].low in _DE_PREPOSITIONAL_RELATIVES)):
        return None
    e = c.last + 1
    while e < hi and toks[e].low in _DE_CLAUSE_FINAL_AUXILIARIES and toks[e].text == toks[e].low:
        e += 1
    return e


#: German (round 41, dedemands) prepositions of a report's topic opening a relative clause: "…, über die … berichtete,"
_DE_TOPIC_PREPOSITIONS = frozenset({"über", "von"})


def _de_topic_relative_cue(ctx: QuoteContext, lo: int, hi: int, c) -> bool:
    """German (round 41, dedemands): a cue that closes a relative clause on the report's topic inside the sentence,
    the main clause going on after its comma: "Die Pläne, über die zuerst das „Handelsblatt“ berichtete, sehen
    Einsparungen vor" (the main clause was the paper's content). The relative clause reports nothing of its own."""
    toks = ctx.tokens
    if c.kind != "verb":
        return False
    k = c.first - 1  # the comma opening the relative clause, no comma between it and the cue (a quoted name may stand
    # in it: "das „Handelsblatt“")
    while k > lo and not (toks[k].text in {",", ";", ":", "(", "–", "-"} and not toks[k].quoted) \
            and not (toks[k].quoted and not toks[k].is_cap and toks[k].is_word):
        k -= 1
    if k <= lo or k + 2 >= c.first or toks[k + 1].low not in _DE_TOPIC_PREPOSITIONS or toks[k + 1].text != toks[k + 1].low \
            or toks[k + 2].low not in _DE_PREPOSITIONAL_RELATIVES or (e := _de_relative_clause_end(ctx, k, c, hi)) is None:
        return False
    return e + 1 < hi and toks[e].text == "," and not toks[e].quoted and toks[e + 1].is_word and not toks[e + 1].quoted


def _de_relative_clause_cue(ctx: QuoteContext, si: int, lo: int, hi: int, c) -> bool:
    """German (round 34, w2b): a cue that closes a relative clause inside the prefield, right before the main
    clause's finite verb in the Konjunktiv, after an attributed sentence of the same paragraph ("Diejenigen, die
    Kontrollen forderten, wüssten, …"; "Von 51 Menschen, die ein Asylgesuch äußerten, seien 32 zurückgewiesen
    worden"; "Mit Polen, an deren Grenzen Kontrollen gefordert werden, gebe es …"): the relative clause reports
    nothing, the sentence goes on with the report before."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb" or si < 1 or ctx.sent_attr[si - 1] is None or not ctx.sent_attr[si - 1].name \
            or "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]]:
        return False
    k = c.first - 1  # the comma opening the relative clause, no comma between it and the cue
    while k > lo and toks[k].text not in {",", ";", ":", "(", "–", "-"} and not toks[k].quoted:
        k -= 1
    if k <= lo or (e := _de_relative_clause_end(ctx, k, c, hi)) is None:
        return False
    if e + 1 >= hi or toks[e].text != ",":
        return False
    v = toks[e + 1]  # the main clause's finite verb right after the relative clause
    return v.text == v.low and not v.quoted and (v.low in lex.konjunktiv_i or v.low in lex.konjunktiv_ii) \
        and v.low not in lex.clause_openers


def _de_was_denial_cue(ctx: QuoteContext, lo: int, c) -> bool:
    """German (round 42, deleftovers): a denial closing a comment clause on the clause before, ", was Israel jedoch
    bestritt", ", was der Konzern zurückwies": its subject denies what was said before and is not its speaker (the
    content was the whole sentence, the speaker "Israel")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[c.first]
    if c.kind != "verb" or t.quoted or t.text != t.low or t.low not in lex.denial_verbs:
        return False
    k = c.first - 1
    while k > lo and c.first - k <= 8 and toks[k].is_word and not toks[k].quoted:
        k -= 1
    return k > lo and toks[k].text == "," and toks[k + 1].text == "was"


#: German words opening an indirect question at the start of a sentence (its prefield), never a relative clause there
#: ("wie" opens a source clause, "Wie die Polizei mitteilte, …"; "wer" a generic one, handled on its own)
_DE_FRONTED_QUESTION_OPENERS = frozenset({"ob", "wann", "wo", "warum", "weshalb", "wieso", "weswegen", "was", "welche",
                                          "welcher", "welches", "welchen", "welchem", "inwieweit", "inwiefern", "wohin",
                                          "woher", "womit", "wovon", "worüber", "wozu", "woran", "worauf", "wofür",
                                          "wogegen", "wodurch", "woraus", "worum", "wen", "wem"})


def _de_question_clause_cue(ctx: QuoteContext, lo: int, hi: int, c) -> bool:
    """German (round 38, dewriter): a cue that closes an indirect question, the sentence's main clause after it (its
    finite verb right after the comma): "Womit der Mann gedroht hatte, wollte der Sprecher nicht sagen", "Auf die
    Frage, ob die Festnahme dementiert werden kann, wollte man sich nicht äußern". The question reports nothing of its
    own and the main clause is no content of its cue (was a report of "der Mann" / "die Festnahme"). A question opens
    the sentence (also after a preposition: "Um wie viele Stellen es geht, …", "Mit wem er gesprochen hatte, …") or is
    an ob-clause after a comma; not "Wie X mitteilte, …" (a source), nor a relative "…, woraufhin X erklärte, …"."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb":
        return False
    k = c.first - 1  # the clause's opener: no comma between it and the cue
    while k >= lo and toks[k].text not in {",", ";", ":", "(", "–", "—"} and not toks[k].quoted:
        k -= 1
    s = k + 1
    if s >= c.first or toks[s].quoted:
        return False
    if s == lo:
        w = toks[s].low
        if w in lex.prepositions and s + 1 < c.first:  # "Mit wem …", "Um wie viele …", "In welchem Umfang …"
            w = toks[s + 1].low
            if w == "wie" and s + 2 < c.first and toks[s + 2].low in ("viele", "viel", "hoch", "lange", "groß", "weit"):
                w = "welche"
        if w not in _DE_FRONTED_QUESTION_OPENERS:
            return False
    elif not (toks[k].text == "," and toks[s].text == "ob"):
        return False
    e = c.last + 1  # clause-final auxiliaries and modals after the cue ("dementiert werden kann")
    while e < hi and e <= c.last + 3 and not toks[e].quoted and toks[e].is_word and toks[e].text == toks[e].low \
            and toks[e].low not in lex.clause_openers:
        e += 1
    if e + 1 >= hi or toks[e].text != "," or toks[e].quoted:
        return False
    v = toks[e + 1]  # the main clause's finite verb comes first after a fronted clause
    return v.is_word and not v.quoted and v.text == v.low and v.low not in lex.clause_openers \
        and v.low not in lex.complementizers and v.low not in lex.pronouns and v.low not in lex.determiners \
        and v.low not in lex.prepositions and v.low not in lex.coordinators and v.low != "nicht"


def _de_pronoun_opens(ctx: QuoteContext, lo: int, c) -> bool:
    """German (round 28): the cue's pronoun subject opens the sentence ("Er habe keine Angst." in the next paragraph
    goes on with the report as any Konjunktiv I sentence there does)."""
    return c.speaker.first == lo and ctx.tokens[lo].low in ("er", "sie")


#: German finite Konjunktiv I auxiliaries of a perfect or future whose participle or infinitive is a cue
_DE_KONJUNKTIV_AUXILIARIES = frozenset({"habe", "sei", "seien", "werde"})  # (not "haben": also indicative)


def _de_nested_report(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list) -> bool:
    """German: sentence si follows a report of the same paragraph, holds no quotation, and each of its cues
    is a verb form closing the sentence whose finite auxiliary is a Konjunktiv I ("Noch vor einem Monat habe die
    Bahn der Landesregierung den Termin bestätigt"): a report inside the report that goes on."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or si < 1 or ctx.sent_attr[si - 1] is None or not ctx.sent_attr[si - 1].name \
            or "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] or any(t.quoted for t in toks[lo:hi]):
        return False
    for c in cues:
        if _de_cue_in_reported_clause(ctx, c, lo):
            continue  # (round 35) "So sei die Kammer überzeugt gewesen, dass er … gefordert habe"
        if c.kind != "verb" or not ((c.last + 2 == hi and toks[c.last + 1].text in {".", "!"}) or _de_consecutive_after(
                ctx, c.last + 1, hi) or (
                # (round 25) or a coordinated Konjunktiv I predicate follows: "Der Fahrer habe dies bemerkt und sei
                # ins Schleudern geraten." (the police's report went no further)
                c.last + 2 < hi and toks[c.last + 1].text in ("und", "oder")
                and _reported_mood(ctx, c.last + 2, hi, strict=True) == "i")):
            return False  # (the cue closes the sentence: "… bestätigt."; one with a content of its own reports it)
        aux = next((k for k in range(lo, c.first) if toks[k].low in _DE_KONJUNKTIV_AUXILIARIES and toks[k].text == toks[k].low
                    and not toks[k].quoted), None)
        if aux is None or any(t.text in {",", ";", ":"} for t in toks[aux:c.first]):
            return False
    return True


def _de_ownerless_in_report(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list) -> bool:
    """German (round 54, deleft): the only cue of sentence si is a noun source that names no one ("nach bisherigen
    Erkenntnissen", "ersten Angaben zufolge"), inside a main clause in the unambiguous Konjunktiv I, right after a
    sentence of the same paragraph attributed to a named speaker: the source is part of that speaker's report going on
    ("„…“, sagte der Sprecher. Verletzt worden sei nach bisherigen Erkenntnissen niemand.")."""
    toks, lex = ctx.tokens, ctx.lex
    prev = ctx.sent_attr[si - 1] if si >= 1 else None
    if prev is None or not prev.name or len(cues) != 1 or "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] \
            or any(t.quoted for t in toks[lo:hi]):
        return False
    c = cues[0]
    m = c.speaker
    if c.kind != "source_noun" or m is None or c.first <= lo + 1 or not de_ownerless_statement(ctx, m):
        return False  # (inside the clause, not opening it: "Nach ersten Erkenntnissen sei …" keeps its source)
    a, b = min(c.first, m.first), max(c.last, m.end)
    if any(t.text in {",", ";", ":"} for t in toks[lo:hi]):
        return False  # (one clause only)
    return any(t.text == t.low and t.low in lex.konjunktiv_i for x, t in enumerate(toks[lo:hi], lo) if not a <= x <= b)


def _de_poll_in_report(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list) -> bool:
    """German (round 38, depolls): sentence si opens with a poll as its only source ("Nach einer neuen Umfrage", "Laut
    einer Forsa-Umfrage") and goes on with an unambiguous Konjunktiv I right after it, in the paragraph of a report
    whose speaker is no poll: the poll is part of that report ("Merz sagte, die Lage sei ernst. Nach einer neuen Umfrage
    habe die Union nur noch einen Prozentpunkt Vorsprung"); the writer's own poll report takes the indicative."""
    toks, lex = ctx.tokens, ctx.lex
    prev = ctx.sent_attr[si - 1] if si >= 1 else None
    if prev is None or not prev.name or not lex.poll_nouns or len(cues) != 1 or _de_poll_source(ctx, prev) \
            or "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]] or any(t.quoted for t in toks[lo:hi]):
        return False
    c = cues[0]
    m = c.speaker
    if c.kind not in ("source_noun", "source_before") or c.first != lo or m is None or m.end + 2 >= hi:
        return False
    v = toks[m.end + 1]
    return v.text == v.low and v.low in lex.konjunktiv_i and not v.quoted \
        and any(t.is_cap and t.low.endswith(lex.poll_nouns) for t in toks[m.first : m.end + 1])


def _de_speech_word(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 38, dekon2): the sentence holds a word of speech outside quotation marks: a cue verb, a speech noun
    or a light act ("Die Veranstaltung schloss mit dem Appell, …")."""
    lex = ctx.lex
    return any(not t.quoted and ((t.text == t.low and t.low in lex.cue_verbs) or (
        t.is_cap and (t.low in lex.speech_nouns or t.low in lex.light_acts))) for t in ctx.tokens[lo:hi])


def _de_consecutive_after(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German (round 38, dekon2): a comma at k opens a clause of consequence or an adverbial clause (yaml
    `consequence_openers`: "weshalb", "woraufhin", …; `adverbial_subordinators`) in the Konjunktiv I that closes the sentence: no content of the cue before the comma ("Es habe auch
    niemand mit einem Bruch gedroht, weshalb er die Debatte nicht verstanden habe")."""
    toks, lex = ctx.tokens, ctx.lex
    return k + 2 < hi and toks[k].text == "," and (toks[k + 1].low in lex.consequence_openers
                                                          or toks[k + 1].low in lex.adverbial_subordinators) and not toks[k + 1].quoted \
        and toks[hi - 1].text in {".", "!"} and _reported_mood(ctx, k + 1, hi, strict=True) == "i"


def _de_cue_in_reported_clause(ctx: QuoteContext, c, lo: int) -> bool:
    """German (round 35): the verb cue c stands in a dass-clause (no other comma between) whose main clause before it
    is in an unambiguous Konjunktiv I and holds no cue ("So sei die Kammer überzeugt gewesen, dass er … die Herausgabe
    gefordert … habe"): the clause is part of the report going on, the cue reports nothing of its own."""
    toks, lex = ctx.tokens, ctx.lex
    if c.kind != "verb":
        return False
    comma = next((k for k in range(c.first - 1, lo, -1) if toks[k].text in {",", ";", ":"} and not toks[k].quoted), None)
    if comma is None or comma + 1 >= c.first or toks[comma].text != "," or toks[comma + 1].low not in ("dass", "daß"):
        return False
    if any(t.text in {",", ";", ":"} and not t.quoted for t in toks[lo:comma]):
        return False
    return _reported_mood(ctx, lo, comma, strict=True) == "i" and not any(
        t.text == t.low and not t.quoted and t.low in lex.cue_verbs for t in toks[lo:comma])


def _de_reported_main_verb(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German: the sentence has a Konjunktiv I form that cannot be indicative (sei, habe, werde, …)
    outside quotation marks and outside the fixed phrases that are no reported speech ("es sei denn",
    "sei es …", "wie dem auch sei", "Gott sei Dank") and not with "ich" ("Dann habe ich …": the
    indicative, as in an interview); nor one in a subordinate clause only ("…, ob der Vertrag gültig
    sei")."""
    toks, lex = ctx.tokens, ctx.lex
    sub = toks[lo].low in lex.clause_openers and toks[lo].low not in lex.determiners and not _de_fronted_phrase(ctx, lo, hi)
    for k in range(lo, hi):
        t = toks[k]
        if t.text == "," and k + 1 < hi:  # "…, ob der Vertrag gültig sei": a subordinate clause is no report
            sub = toks[k + 1].low in lex.clause_openers and toks[k + 1].low not in lex.determiners
        if sub or t.quoted or t.text != t.low or t.low not in lex.konjunktiv_i or t.low in lex.konjunktiv_ii:
            continue
        prev = toks[k - 1].low if k > lo else ""
        nxt = toks[k + 1].low if k + 1 < hi else ""
        # (round 28: "sei es" only, not "In dem Prozess gehe es nicht um ihn", "Derzeit gebe es keine Hinweise")
        # (round 38, kon: "sei es" only where "sei" opens its clause, not "In drei Fällen sei es beim Versuch geblieben")
        if (prev == "es" and nxt == "denn") or (nxt == "es" and t.low == "sei" and (k == lo or not toks[k - 1].is_word)) \
                or prev == "gott" or "ich" in (prev, nxt) \
                or (prev == "auch" and k - 2 >= lo and toks[k - 2].low == "dem"):
            continue
        return True
    return False


def _de_fronted_phrase(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 38, dekon2): the sentence opens with a word that is a preposition as well as a clause opener
    ("seit", "während", "als"), and a Konjunktiv I verb follows it before any comma with more of the sentence after it
    (the verb in second place): a fronted phrase of the main clause, no subordinate clause ("Seit Wochen sei die Lage
    angespannt", "Seit dem Frühjahr habe man verhandelt"; but "Seit er im Amt sei, habe …")."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[lo].low not in lex.prepositions:
        return False
    for k in range(lo + 1, hi - 1):
        t = toks[k]
        if t.quoted or not (t.is_word or t.text.isdigit()):
            return False
        if t.text == t.low and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii:
            return toks[k + 1].is_word and not toks[k + 1].quoted
    return False


def _de_any_konjunktiv(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German: any subjunctive or reportative form outside quotation marks (the sentence is no plain
    statement of the writer's whose subject could be the source of what follows)."""
    lex = ctx.lex
    return any(not t.quoted and t.text == t.low and (t.low in lex.konjunktiv or t.low in lex.konjunktiv_i
                                                   or t.low in lex.konjunktiv_ii or t.low in lex.reportative)
               for t in ctx.tokens[lo:hi])


def _de_court(ctx: QuoteContext, name: str) -> bool:
    """German (round 35): a court's name ("Oberlandesgericht Köln", "Sozialgericht", "Senat", "BGH")."""
    lex = ctx.lex
    return bool(lex.court_words) and any(w.lower().endswith(lex.court_words) or w in lex.court_abbreviations
                                         for w in name.split())


def _de_speaking_subject(ctx: QuoteContext, attr: Attribution) -> bool:
    """German: a subject that can be the source of the reported speech after it: a person named
    with a first name, "er"/"sie", or a noun phrase opened by an article ("Die Anwohner"); not a lone
    capitalised word ("Oberhalb von 800 Metern …") or "es"."""
    if attr.speaker is None or not attr.name:
        return False
    words = ctx.text[attr.speaker[0] : attr.speaker[1]].split()
    first = words[0].lower()
    names = attr.name.split()
    if _de_titled_surname(ctx, attr, words):
        return True
    if len(words) == 1:  # (round 24: also the surname of a person named in full before, "Sinkewitz gibt sich reumütig")
        return first in ("er", "sie") or (len(names) >= 2 and names[-1] == words[0] and all(w[:1].isupper() for w in names))
    return first in ctx.lex.determiners or person_name(attr.name, ctx.lex, ctx.ents) or (
        len(names) >= 2 and all(w[:1].isupper() for w in names))  # "Staatspräsident Georgi Parwanow"


def _de_outer_chain(ctx: QuoteContext, si: int) -> Attribution | None:
    """German (round 50, deleft17): the sentence before is itself inside a report in the Konjunktiv, its cue's subject a
    study or a poll (`finding_nouns`, `poll_nouns`) the reporting speaker cites, two sentences back a named speaker's
    report in the same paragraph: that speaker's attribution, which a Konjunktiv after it goes on with ("Berg sagte, die
    Lage sei ernst. Studien zeigten, dass viele Kinder schlecht lesen könnten. Die Schulen bräuchten mehr Personal." gave
    the last sentence to "Studien"). None otherwise."""
    lex = ctx.lex
    if lex.lang != "de" or si < 2 or not lex.finding_nouns:
        return None
    prev, outer = ctx.sent_attr[si - 1], ctx.sent_attr[si - 2]
    if prev is None or outer is None or not outer.name or prev.speaker is None or prev.name == outer.name \
            or "\n" in ctx.text[ctx.sents[si - 2][1] : ctx.sents[si][0]]:
        return None
    words = ctx.text[prev.speaker[0] : prev.speaker[1]].split()
    if not words or len(words) > 4 or not words[-1][:1].isupper() \
            or not words[-1].strip(".,;:()").lower().endswith(lex.finding_nouns + lex.poll_nouns):
        return None
    if not any(r.sentence == si - 2 and r.label == "INDIRECT_QUOTE" and r.attr is not None and r.attr.name == outer.name
               for r in ctx.recs[-8:]):
        return None
    lo1, hi1 = ctx.sent_toks[si - 1]
    return outer if _reported_mood(ctx, lo1, hi1) in ("i", "ii") or any(
        t.text == t.low and not t.quoted and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv_ii or t.low in lex.konjunktiv)
        for t in ctx.tokens[lo1:hi1]) else None


def _de_poll_source(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 38, deobj2): the attribution's source is a poll (`poll_nouns`, a compound's end too: "jüngsten
    Wahlumfragen", "einer Umfrage des Instituts Forsa"): its numbers are no speech a later Konjunktiv goes on with."""
    lex = ctx.lex
    if not lex.poll_nouns or attr.speaker is None:
        return False
    words = ctx.text[attr.speaker[0] : attr.speaker[1]].split()
    p = next((k for k, w in enumerate(words[:4]) if w[:1].isupper() and w.strip(".,;:()").lower().endswith(lex.poll_nouns)),
             None)
    if p is None:
        return False
    # (round 45, deimmobilien) the poll only in a person's title, the person named after it: "der Leiter der
    # Ifo-Umfragen, Klaus Wohlrabe" (a person speaks; the quotation lost its speaker)
    return not (2 <= p < len(words) - 1 and words[p - 1] in ("der", "des") and words[p - 2][:1].isupper()
                and words[p].endswith(",") and attr.name and person_name(attr.name, lex, ctx.ents))


def _de_thing_verb_subject(ctx: QuoteContext, sj: int, attr: Attribution) -> bool:
    """German (round 39, departial): sentence sj's verb is one of `thing_subject_verbs` ("droht", "verspricht") and the
    attribution's span, its subject, names no one who may speak ("der Totalverlust von Steuergeldern", "ein
    Punktabzug"): no source of the Konjunktiv after it."""
    lex = ctx.lex
    if not lex.thing_subject_verbs or attr.speaker is None:
        return False
    lo, hi = ctx.sent_toks[sj]
    if not any(t.text == t.low and not t.quoted and t.low in lex.thing_subject_verbs for t in ctx.tokens[lo:hi]):
        return False
    first = next((k for k in range(lo, hi) if ctx.tokens[k].start == attr.speaker[0]), None)
    last = next((k for k in range(hi - 1, lo - 1, -1) if ctx.tokens[k].end == attr.speaker[1]), None)
    return first is not None and last is not None and first < last \
        and de_thing_speaker(ctx, Mention(first, last, "description"))


#: (round 47, deconj) plural stems with a thing's ending that name people or bodies ("Die Vereinten Nationen",
#: "Minderheiten", "Gruppierungen")
_DE_SPEAKING_PLURAL_STEMS = ("nation", "minderheit", "gruppierung", "mehrheit")


def _de_changed_particle(ctx: QuoteContext, c, hi: int) -> bool:
    """German (round 49, deleft12): verb cue c takes a particle of `changed_particles` closing its clause (before a comma,
    a colon or the sentence's end), which makes another verb that reports nothing: "Die Zahl der Anträge forderte die
    Behörden heraus" (challenged), "Die Pandemie verlangte den Pflegekräften viel ab" (not "forderte … auf")."""
    toks, lex = ctx.tokens, ctx.lex
    parts = lex.changed_particles.get(toks[c.first].low)
    if not parts or c.kind != "verb" or c.first != c.last or toks[c.first].quoted:
        return False
    for k in range(c.last + 1, hi):
        t = toks[k]
        if t.quoted or not t.is_word:
            return False
        if t.low in parts and t.text == t.low and (k + 1 >= hi or (not toks[k + 1].is_word and not toks[k + 1].quoted)):
            return True
    return False


def _de_bare_thing(ctx: QuoteContext, m: Mention | None) -> bool:
    """German (round 47, deconj): mention m is one capitalised plural of things without an article ("Neuwahlen",
    "Sanktionen", "Steuererhöhungen"; `_DE_THING_PLURALS`), no name: "Damals drohten Neuwahlen." reports nothing (the
    speaker was "Neuwahlen"; "Sollte die Koalition zerbrechen, drohten Neuwahlen.")."""
    if m is None or m.kind == "pronoun" or m.first != m.end:
        return False
    t = ctx.tokens[m.first]
    return t.is_cap and t.is_word and not t.quoted and t.low.endswith(_DE_THING_PLURALS) \
        and not t.low.endswith(ctx.lex.speaking_bodies) and t.low not in ctx.ents.by_surname \
        and not t.low[:-2].endswith(_DE_SPEAKING_PLURAL_STEMS + _DE_SPEAKING_THINGS + ctx.lex.speaking_bodies)


def _de_event_subject(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 38, objfirst): the attribution's span is an article or a possessive and a noun of an event, an act
    or an idea (`_DE_THING_ENDINGS`; not a body such as "Regierung", "Stiftung"), and no word of a person or a body: a
    writer's sentence about it is no source of the Konjunktiv after it ("Seine Nominierung verspricht Kontinuität. Er sei
    …" had the speaker "Nominierung")."""
    if attr.speaker is None or not attr.name:
        return False
    lex = ctx.lex
    words = [w.strip(".,;:()") for w in ctx.text[attr.speaker[0] : attr.speaker[1]].split()]
    if len(words) < 2 or (words[0].lower() not in lex.determiners and words[0].lower() not in lex.fronted_object_openers):
        return False
    low = words[-1].lower()
    # (round 47, deconj) also the plural of such a thing ("Die Ermittlungen dauern an"; not "Regierungen",
    # "Organisationen", "Nationen") and figures ("Die Aktie verlor …")
    stem = low[:-2] if low.endswith("en") else low
    return words[-1][:1].isupper() and (low.endswith(_DE_THING_ENDINGS) or low.endswith(lex.figure_nouns) or (
        stem != low and stem.endswith(_DE_THING_ENDINGS) and not stem.endswith(_DE_SPEAKING_PLURAL_STEMS)
        and not stem.endswith(_DE_SPEAKING_THINGS) and not stem.endswith(lex.speaking_bodies))) \
        and not low.endswith(_DE_SPEAKING_THINGS) \
        and not low.endswith(lex.speaking_bodies) and low not in ctx.ents.by_surname and not any(
            w[:1].isupper() and (lex.is_title(w) or lex.is_first_name(w)) for w in words[1:])


def _de_titled_surname(ctx: QuoteContext, attr: Attribution, words: list[str]) -> bool:
    """German (round 36, g3): a surname after a role or an address form, as the minutes of a council name their
    members ("Gemeinderätin Schink bezog sich auf …", "Herr Dr. Pech …", "Ratsmitglied Fedder …"): a person, though
    the surname alone is no known name. The surname is the canonical name's one word and the span's last word."""
    lex = ctx.lex
    while len(words) > 1 and words[-1][:1] == "(":  # a party in brackets after the name: "Kreisrat Schink (CSU)"
        words = words[:-1]
    if len(attr.name.split()) != 1 or not words[-1][:1].isupper() or words[-1].rstrip(".,") != attr.name:
        return False
    role = words[:-1] if len(words) > 1 else ctx.text[max(0, attr.speaker[0] - 40) : attr.speaker[0]].split()[-2:]
    role = [w for w in role if w.rstrip(".") not in lex.cased_titles]  # "Dr.", "Prof." between
    return bool(role) and not role[-1].endswith((".", ",", ":", ";")) and (
        role[-1].lower() in lex.address_forms or (role[-1][:1].isupper() and lex.is_title(role[-1])))


def _de_attitude_subject(ctx: QuoteContext, lo: int, hi: int) -> Attribution | None:
    """German (round 36, g3): the sentence opens with a person (after roles or an address form only: "Herr Dr.
    Schink", "Gemeinderätin Anna Roth (Grüne)") whose finite verb right after it is a Konjunktiv I of attitude
    (lex.attitude_konjunktiv: "verstehe", "halte", "begrüße"): that person as the report's source, else None. Not a
    noun phrase with an article ("Der Täter halte sich …" is said about him), nor in a quotation."""
    lex, toks = ctx.lex, ctx.tokens
    if not lex.attitude_konjunktiv or toks[lo].quoted or toks[lo].low in lex.determiners or not any(
            t.low in lex.attitude_konjunktiv and t.text == t.low and not t.quoted for t in toks[lo + 1 : hi - 1]):
        return None  # (the verb first: the subject's search is what costs)
    attr = subject_attribution(ctx, lo, hi)
    if attr is None or attr.speaker is None or not attr.name:
        return None
    head = ctx.text[toks[lo].start : attr.speaker[0]].split()
    if any(not (w.rstrip(".") in lex.cased_titles or w.lower() in lex.address_forms or lex.is_title(w)) for w in head):
        return None
    k = next((j for j in range(lo, hi) if toks[j].start >= attr.speaker[1]), hi)
    if k < hi and toks[k].text == "(":  # a party in brackets: "Peter Hohl (CSU) halte …"
        k = next((j + 1 for j in range(k, min(hi, k + 8)) if toks[j].text == ")"), hi)
    if k + 1 >= hi or toks[k].quoted or toks[k].text != toks[k].low or toks[k].low not in lex.attitude_konjunktiv:
        return None
    words = ctx.text[attr.speaker[0] : attr.speaker[1]].split()
    if not (_de_titled_surname(ctx, attr, words) or person_name(attr.name, lex, ctx.ents)
            or (len(attr.name.split()) >= 2 and all(w[:1].isupper() for w in attr.name.split()))):
        return None
    return attr


def _impersonal_source_before(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list) -> None:
    """German: a report of this sentence whose cue is an impersonal "hieß es" without a source takes
    the source of the sentence before in its paragraph ("Das teilte das Unternehmen mit. Betroffen
    seien vor allem die Werke in Bayern, hieß es."); (round 37, w4) so does a quotation ("Der Veranstalter
    teilte mit, dass … Weiter hieß es: „…“")."""
    prev = ctx.sent_attr[si - 1] if si > 0 else None
    if ctx.lex.lang != "de" or prev is None or not prev.name or "\n" in ctx.text[ctx.sents[si - 1][1] : ctx.sents[si][0]]:
        return
    imp = [c for c in cues if c.expletive and (ctx.tokens[c.first].low in ctx.lex.impersonal_cues
                                               or de_darin_passive(ctx, c, lo))]  # (round 48, deleft7) "Darin wird …"
    if not imp:
        return
    spans = {(ctx.tokens[c.first].start, ctx.tokens[c.last].end) for c in imp}
    for r in ctx.recs:
        if r.sentence == si and r.attr is not None and not r.attr.name and r.attr.speaker is None and r.attr.cue in spans:
            r.attr = Attribution(prev.name, prev.speaker, r.attr.cue)
            ctx.sent_attr[si] = r.attr


def _colon_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> bool:
    """German: a person's name and a colon, then reported speech in the Konjunktiv I ("Bohle: Man
    setze alles daran, …"): the clause after the colon is that person's indirect quote."""
    if ctx.lex.lang != "de":
        return False
    col = colon_person_before(ctx, lo, hi)
    if col is None:
        return _de_noun_colon_report(ctx, si, lo, hi, s_end) or _de_clause_colon_report(ctx, si, lo, hi, s_end) \
            or _de_headline_label_report(ctx, si, lo, hi, s_end)
    if col + 2 >= hi or ctx.tokens[col + 1].quoted or _reported_mood(ctx, col + 1, hi) != "i":
        return _de_headline_label_report(ctx, si, lo, hi, s_end)
    attr = subject_attribution(ctx, lo, col)
    a, b = ctx.trim(ctx.tokens[col + 1].start, s_end)
    if attr is None or ctx.all_quoted(a, b) or any(r.start == a and r.end == b for r in ctx.recs):
        return False
    ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None)
    return True


#: (round 50, deleft15) a participle, no finite verb: "gefasst", "gemeldet", "angekündigt", "festgenommen"
_DE_HEADLINE_PARTICIPLE = re.compile(r"^(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}t|(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|zu|"
                                     r"zurück|weg|los|fort|her|hin)ge[a-zäöüß]{2,}en)$")


def _de_source_label(low: str, labels: tuple[str, ...]) -> bool:
    """(review of round 50) The lower-case label `low` is a source label of `labels`: the label itself or, for a label
    of five letters or more, a compound's last part ("Bundespolizei"); a short one (an acronym: "UN", "SPD") only
    after a hyphen or a space ("EU-SPD"), so "Taifun: Tausende fliehen …" is no UN's report."""
    return any(low == x or (low.endswith(x) and (len(x) >= 5 or low[-len(x) - 1] in "- ")) for x in labels)


def _de_headline_label_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> bool:
    """German (round 50, deleft15): a line opening with a label of one to three capitalised words, a colon and a main
    clause with its finite verb after its subject ("Polizei: Beide Täter gestehen", "Scholz: Wir werden die Renten
    sichern", "Bericht: Regierung plant Steuererhöhung"): the clause is the label's report, no cue (as a label before a
    quotation, "Scholz: „…“"). The label is a source noun (`headline_source_labels`, also a compound's end), a person's
    name the text knows (`person_name`) or a title and a name; not a topic, a note or a place ("Ukraine-Krieg: …",
    "Hinweis: …", "Berlin: …"), not a label that opens another line (an interview's turns), not a list or a time."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.headline_source_labels or lo >= hi or toks[lo].quoted or any(r.sentence == si for r in ctx.recs[-6:]):
        return False
    s0 = toks[lo].start
    if ctx.text[:s0].rstrip(" \t")[-1:] not in ("", "\n"):
        return False  # (the line's first words)
    col = next((k for k in range(lo + 1, min(hi, lo + 4)) if toks[k].text == ":" and not toks[k].quoted), None)
    if col is None or col + 2 >= hi or not all(t.is_word and t.is_cap and not t.quoted for t in toks[lo:col]):
        return False
    label = " ".join(t.text for t in toks[lo:col])
    low = label.lower()
    full = max((n for _p, n in ctx.ents.names if n.endswith(" " + label)), key=len, default=label)
    if not (_de_source_label(low, lex.headline_source_labels) or person_name(full, lex, ctx.ents)
            or (col - lo >= 2 and lex.is_title(toks[lo].text) and toks[col - 1].low not in lex.stopwords)):
        return False
    if len(re.findall(r"(?m)^[ \t]*" + re.escape(label) + r"[ \t]*:", ctx.text)) > 1:
        return False  # (a label of two lines: an interview's turns, a list)
    # the clause: a subject (a pronoun, or capitalised words after an article or a number word), then its finite verb
    k = col + 1
    if toks[k].quoted or not toks[k].is_word or not toks[k].is_cap:
        return False
    while k < hi and toks[k].is_word and not toks[k].quoted and (toks[k].is_cap or (
            toks[k].text == toks[k].low and toks[k].low.endswith(DE_ADJECTIVE_ENDINGS) and k > col + 1
            and toks[k - 1].low in lex.determiners)):
        if toks[k].low in lex.pronouns and k > col + 1:
            break
        k += 1
        if toks[k - 1].low in lex.pronouns:
            break
    if k >= hi or k == col + 1 or not toks[k].is_word or toks[k].quoted or toks[k].text != toks[k].low:
        return False
    v = toks[k].low
    if v in lex.prepositions or v in lex.determiners or v in lex.coordinators or v in lex.stopwords and not (
            v in lex.auxiliaries or v in lex.konjunktiv or v in lex.reportative or v in lex.claim_modals
            or v in lex.obligation_modals):
        return False
    if not (v in lex.auxiliaries or v in lex.konjunktiv or v in lex.konjunktiv_i or v in lex.reportative
            or v in lex.claim_modals or v in lex.obligation_modals or v in lex.past_verbs or v.endswith(("t", "en", "ern", "eln"))):
        return False
    last = next((x for x in range(hi - 1, k, -1) if toks[x].is_word and not toks[x].quoted), k) == k
    if (_DE_HEADLINE_PARTICIPLE.match(v) and (v not in lex.headline_ge_finite or v in lex.headline_ge_either and last)
            or re.match(r"^ge[a-zäöüß]{3,}en$", v) and v not in lex.headline_ge_finite) and not any(
            t.is_word and not t.quoted and t.text == t.low and t.low in lex.auxiliaries for t in toks[col + 1 : hi]):
        return False  # (round 49's headline participle, a passive with no one speaking: "Polizei: Täter gefasst")
    attr = subject_attribution(ctx, lo, col)
    if attr is None or not attr.name or attr.speaker is None:
        return False
    a, b = ctx.trim(toks[col + 1].start, s_end)
    if ctx.all_quoted(a, b) or any(r.start == a and r.end == b for r in ctx.recs):
        return False
    name = full if full != label and person_name(full, lex, ctx.ents) else attr.name
    ctx.add(si, a, b, "INDIRECT_QUOTE", Attribution(name, attr.speaker, None), None)
    return True


#: German words before a hearsay noun that deny it besides the lexicon's `negations`: "Es gibt kaum Berichte, wonach …"
_DE_WONACH_DENIALS = frozenset({"keinerlei", "kaum"})


def _de_hearsay_v2(ctx: QuoteContext, lo: int, k: int, hi: int) -> bool:
    """German (round 39, deberichte): after the comma at k - 1 a main clause in the Konjunktiv I (not a relative clause
    closing with its verb), and the clause before it is not itself reported: "Am Markt waren zuvor Gerüchte aufgekommen,
    Porsche plane eine Übernahme des Autobauers"."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[k]
    if t.quoted or not t.is_word or t.low in lex.complementizers \
            or t.text == t.low and t.low not in lex.determiners and (t.low in lex.relative_pronouns or t.low in lex.clause_openers):
        return False
    stop = next((x for x in range(k + 1, hi) if toks[x].text in {",", ";", ":"} and not toks[x].quoted), hi)
    last = next((x for x in range(stop - 1, k, -1) if toks[x].is_word), k)
    if stop - k < 3 or _reported_mood(ctx, k, stop) != "i" or toks[last].low in lex.konjunktiv \
            or toks[last].low in lex.konjunktiv_i:
        return False
    return _reported_mood(ctx, lo, k - 1) != "i"


#: German days of a report besides `weekdays`: "ein Bericht der Zeitung vom Vortag, wonach …" (round 39, deberichte)
_DE_REPORT_DAYS = frozenset({"vortag", "wochenende", "vorabend", "morgen", "abend"})


def _de_wonach_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_start: int, s_end: int, cues: list) -> bool:
    """German (round 39, desources): a hearsay noun (`source_nouns`, `wonach_nouns`), its owner, a comma and "wonach" in
    a sentence without a cue ("Es gibt Berichte, wonach der Konzern 500 Stellen streichen will"; "Der Sender berief sich
    auf Angaben aus Regierungskreisen, wonach die Entscheidung gefallen sei"): the clause after "wonach" is reported,
    "wonach" its cue; the speaker is the subject of a citing verb before the noun (`citing_verbs` + "sich auf"), else the
    noun's owner ("Berichte des Senders"), else no one (hearsay names no one). Not after a denial ("keine Berichte").
    (round 39, deberichte) Also a relative source phrase for "wonach" ("Die Welt reagiert besorgt auf den Bericht der
    IAEA, nach dem / dem zufolge Teheran … arbeiten könnte": the preposition its cue, its clause verb-final), and a
    sentence with cues when the noun's clause stands before them all, in a fronted clause or noun phrase whose cue
    reported nothing ("Nachdem Gerüchte aufkamen, wonach …, hat das Unternehmen diese Gerüchte dementiert")."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or not lex.wonach_nouns or any(r.sentence == si for r in ctx.recs[-6:]):
        return False
    seg = ctx.text[s_start:s_end]
    if "," not in seg:
        return False
    opener = "wonach" in seg or "zufolge" in seg or ", nach de" in seg or ", laut de" in seg or ", gemäß de" in seg
    if not opener:
        low = seg.lower()
        if not [w for w in lex.wonach_nouns if w in low]:
            return False  # (speed: most sentences name no hearsay noun)
    for k in range(lo + 2, hi - 3):
        if not (n_op := de_report_clause_opener(toks, k, hi) if opener else 0) and not (
                toks[k - 1].text == "," and not toks[k - 1].quoted
                and any(toks[x].low.endswith(lex.wonach_nouns) for x in range(max(lo, k - 6), k - 1))
                and _de_hearsay_v2(ctx, lo, k, hi)):
            continue
        last = k - 2  # the last token of the noun phrase before the comma
        while last > lo and last > k - 6 and toks[last].is_word and not toks[last].quoted and (
                (toks[last].text == toks[last].low and toks[last].low not in lex.determiners)
                or (toks[last].text == "Runde" and toks[last - 1].text == "die")):
            # the verb closing the clause after the noun: "Zuvor hatte es Spekulationen gegeben, wonach …",
            # "Gerüchte waren laut geworden, wonach …"; (round 39, deberichte) the idiom "die Runde machen": "Zuletzt
            # machten Gerüchte die Runde, wonach …"
            last -= 2 if toks[last].text == "Runde" else 1
        if last - 2 > lo and toks[last - 1].text == "vom" and toks[last].is_cap and not toks[last].quoted \
                and (toks[last].low in lex.weekdays or toks[last].low in _DE_REPORT_DAYS):
            last -= 2  # (round 39, deberichte) the report's day after its owner: 'ein Bericht der "Financial Times" vom
            # Vortag, wonach …'
        j = next((x for x in range(last, max(lo, last - 8) - 1, -1)
                  if toks[x].is_cap and toks[x].is_word and not toks[x].quoted
                  and (lex.is_source_noun(toks[x].text) or toks[x].low.endswith(lex.wonach_nouns))
                  and (x == last or _genitive_end(ctx, x, last + 1) == last
                       or (toks[x + 1].text == "aus" and _de_circle_end(ctx, x + 2, last + 1) == last))), None)
        if j is None or any((t.low in _DE_WONACH_DENIALS or t.low in lex.negations) and not t.quoted for t in toks[max(lo, j - 4) : j]):
            return False
        if any(t.text in {",", ";", ":"} and not t.quoted for t in toks[lo:j]):
            return False  # (only a noun of the main clause: not one in a clause before it)
        n = k + n_op
        end = clause_end(toks, lex, n, hi, s_end)
        stop = next((x for x in range(n + 2, hi - 1) if toks[x].text == "," and not toks[x].quoted and toks[x].end <= end
                     and toks[x + 1].is_word and toks[x + 1].text == toks[x + 1].low and not toks[x + 1].quoted
                     and toks[x + 1].low not in lex.determiners and toks[x + 1].low not in lex.complementizers
                     and toks[x + 1].low not in lex.coordinators and toks[x + 1].low not in lex.prepositions
                     and toks[x + 1].low not in lex.clause_openers), None)
        if stop is not None:
            end = toks[stop].start  # the main clause going on after the "wonach" clause: "Nach einer Meldung, wonach der
            # Konzern verkauft werden soll, stieg die Aktie"
        a, b = ctx.trim(toks[n].start, end)
        words = [t for t in ctx.span_tokens(a, b) if t.is_word]
        if len(words) < 3 or any(t.quoted for t in words):
            return False
        if not n_op and (j != last or j == lo or not toks[j].low.endswith(lex.wonach_nouns) or not any(
                t.is_word and t.text == t.low and t.low not in lex.determiners and not t.quoted
                for x, t in enumerate(toks[lo : k - 1], lo) if x != j)):
            return False  # (round 39, deberichte) a clause in the Konjunktiv I after the noun closing a main clause: "Am
            # Markt waren zuvor Gerüchte aufgekommen, Porsche plane eine Übernahme" (was the speaker's before)
        if n_op > 1 and not (words[-1].text == words[-1].low and words[-1].low not in lex.determiners):
            return False  # (a relative clause closes with its verb: not "…, nach dem Treffen in Genf")
        if n_op > 1 and toks[n].is_cap and not toks[n].quoted and toks[n + 1].is_word \
                and toks[n + 1].text == toks[n + 1].low and toks[n + 1].low not in lex.prepositions \
                and toks[n + 1].low not in lex.determiners and not _de_finite_word(lex, words[-1].low):
            return False  # (a preposition, a noun and a verb opening a main clause of its own: "Er legte den Bericht
            # beiseite, nach dem Essen ging er spazieren")
        if cues and any(c.first < n or (toks[c.first].start < b and not (
                c.passive or c.speaker is None or (c.last + 1 < hi and toks[c.last + 1].low in lex.passive_auxiliaries)))
                        for c in cues):
            return False  # (the cues of the sentence come after the noun's clause, in the main clause, or inside it
            # in the passive: "…, laut dem an mehreren Brücken Mängel festgestellt wurden")
        cue_tok = j if not n_op else k + 1 if toks[k + 1].text == "zufolge" else k
        cue = (toks[cue_tok].start, toks[cue_tok].end)
        v = next((x for x in range(lo + 1, j - 2) if toks[x].low in lex.citing_verbs and toks[x].text == toks[x].low
                  and toks[x + 1].low == "sich" and toks[x + 2].low == "auf"), None)
        attr = None
        if v is not None:
            subj = subject_attribution(ctx, lo, v)
            if subj is None or subj.speaker is None or not subj.name:
                return False
            attr = Attribution(subj.name, subj.speaker, (toks[v].start, toks[v].end))
        elif last > j:
            name = _source_name(ctx, j, last, Mention(j, last, "source"), lo, hi)
            if name:
                attr = Attribution(name, (toks[j].start, toks[last].end), cue)
        ctx.add(si, a, b, "INDIRECT_QUOTE", attr or Attribution(None, None, cue), None)
        return True
    return False


def _de_finite_word(lex: Lexicon, w: str) -> bool:
    """German: w is an auxiliary, a modal or a Konjunktiv form, finite (the last word of a relative clause)."""
    return w in lex.auxiliaries or w in lex.konjunktiv or w in lex.konjunktiv_i or w in lex.konjunktiv_ii


def _de_reason_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> bool:
    """German (round 35): "mit der Begründung" (`reason_phrases`), at most the verb and its particle, a comma, then a
    clause in the Konjunktiv I or a dass-clause ("Das Arbeitsgericht hat die Klage mit der Begründung abgewiesen, ein
    Anspruch bestehe nicht"; "Das Gericht lehnte den Antrag mit der Begründung ab, es fehle an …"): the clause is the
    report of the sentence's subject, when no cue of the sentence reported it."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or not lex.reason_phrases or any(r.sentence == si for r in ctx.recs[-6:]):
        return False
    for p in lex.reason_phrases:
        n = len(p)
        k = next((x for x in range(lo + 1, hi - n) if toks[x + n - 1].low == p[-1] and tuple(t.low for t in toks[x : x + n]) == p
                  and not any(t.quoted for t in toks[x : x + n])), None)
        if k is None:
            continue
        comma = k + n
        while comma < hi and comma <= k + n + 2 and toks[comma].is_word and toks[comma].text == toks[comma].low \
                and not toks[comma].quoted:
            comma += 1  # the participle or the particle closing the clause: "abgewiesen", "ab", "zurück"
        if comma + 2 >= hi or toks[comma].text != "," or toks[comma].quoted or toks[comma + 1].quoted:
            return False
        if toks[comma + 1].low not in ("dass", "daß") and _reported_mood(ctx, comma + 1, hi, strict=True) != "i":
            return False
        attr = subject_attribution(ctx, lo, k)
        if attr is None or attr.speaker is None or not attr.name or not _de_speaking_subject(ctx, attr):
            return False
        a, b = ctx.trim(toks[comma + 1 + (toks[comma + 1].low in ("dass", "daß"))].start, s_end)
        if ctx.all_quoted(a, b):
            return False
        ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None)
        return True
    return False


#: how many tokens a clause before a colon may have whose subject's report follows the colon
_DE_COLON_CLAUSE_REACH = 12


def _de_clause_colon_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> bool:
    """German (round 24): a short clause whose subject can speak, a colon, then a main clause in an unambiguous
    Konjunktiv I ("Der Abgeordnete Markus Büchler hakt nach: Das sei doch unlogisch."): that subject's report."""
    toks = ctx.tokens
    start = _de_apposition_end(ctx, lo, hi)  # (round 28) "Lothar Wieler, Präsident des RKI, verglich …: Deutschland sei …"
    col = next((k for k in range(lo + 2, min(hi, start + _DE_COLON_CLAUSE_REACH)) if toks[k].text == ":" and not toks[k].quoted),
               None)
    if col is None or col + 2 >= hi or toks[col + 1].quoted or any(t.quoted or t.text in {",", ";"} for t in toks[start:col]) \
            or any(r.sentence == si for r in ctx.recs[-6:]) or not _de_reported_main_verb(ctx, col + 1, hi) \
            or _reported_mood(ctx, lo, col) is not None:
        return False
    attr = subject_attribution(ctx, lo, col)
    if attr is None or attr.speaker is None or not attr.name:
        return False
    head = ctx.text[attr.speaker[0] : attr.speaker[1]].split()
    if not _de_speaking_subject(ctx, attr) and not _de_colon_lead_speaker(ctx, attr, head, lo, col):
        return False
    art = head[0].lower() if head else ""
    if not (person_name(attr.name, ctx.lex, ctx.ents) or ctx.lex.is_title(head[-1])
            or de_person_noun(head[-1].lower(), art if art in ("der", "die") else "der")
            or _de_colon_lead_speaker(ctx, attr, head, lo, col)):
        return False  # (a person speaks: not "Die Lage ist klar: …", "Der Grund: …")
    if not any(t.is_word and t.text == t.low and not t.quoted for t in toks[lo:col]):
        return False  # (a verb: not a heading "Der Sprecher: …")
    a, b = ctx.trim(toks[col + 1].start, s_end)
    if ctx.all_quoted(a, b):
        return False
    ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None)
    return True


#: (round 53, auditde3) "lautet" between an owned speech noun and its content, as a colon ("Ihr Vorwurf lautet, …")
_DE_LAUTET = frozenset({"lautet", "lautete", "lauten", "lauteten"})
#: German articles opening an owned speech noun before a colon ("Die Kritik der Grünen: …")
_DE_NOUN_COLON_ARTICLES = frozenset({"der", "die", "das"})


def _de_noun_colon_report(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> bool:
    """German (round 40, denouncolon): a speech noun with its owner opening the sentence, a colon, then a main clause in
    the Konjunktiv I: "Ihr Vorwurf: Der Minister schaue zuerst aufs Parteibuch.", "Die Kritik der Grünen: Die Regierung
    habe …", "Merkels Fazit: …". The clause is the owner's report and the noun (yaml `speech_nouns`, `nominal_acts`) its cue; the owner is a genitive after
    the noun or a genitive name before it, or a possessive that stands for the speaker of the sentence before or the
    subject of that sentence. Without an owner ("Der Vorwurf: …", "Das Ergebnis: …") or with a verb before the colon
    nothing is reported here."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or lo + 1 >= hi or toks[lo].quoted:
        return False
    col = next((k for k in range(lo + 1, min(hi, lo + 8)) if toks[k].text == ":" and not toks[k].quoted), None)
    np_end = col
    if col is None and (v := next((k for k in range(lo + 1, min(hi - 2, lo + 8)) if toks[k].low in _DE_LAUTET
                                   and toks[k].text == toks[k].low and not toks[k].quoted), None)) is not None \
            and toks[v + 1].text in (",", ":") and not toks[v + 1].quoted:
        np_end, col = v, v + 1  # (round 53, auditde3) "lautet" for the colon: "Der Vorwurf der Staatsanwaltschaft
        # lautet, der Mann habe Gelder veruntreut." (was nothing)
    if col is None or col + 2 >= hi or toks[col + 1].quoted or any(r.sentence == si for r in ctx.recs[-6:]):
        return False
    head = next((k for k in range(lo, np_end) if toks[k].is_cap and (toks[k].low in lex.speech_nouns
                                                                   or toks[k].low in lex.nominal_acts)), None)
    if head is None or any(t.quoted or not t.is_word for t in toks[lo:np_end]):
        return False
    first = toks[lo]
    if not all(t.text == t.low and t.low not in lex.stopwords for t in toks[lo + 1 : head]):
        return False  # (only adjectives between the opener and the noun: "Ihr schwerster Vorwurf")
    owner: Mention | None = None
    if head + 1 < np_end:
        g = toks[head + 1]
        if g.low not in ("der", "des") or head + 2 == np_end or not all(t.is_cap for t in toks[head + 2 : np_end]) \
                or head > lo + 2 or first.low not in _DE_NOUN_COLON_ARTICLES:
            return False
        owner = Mention(head + 2, np_end - 1, "description")  # "Die Forderung der Gewerkschaft"
    elif first.low in lex.possessives and head > lo:
        owner = Mention(lo, lo, "pronoun")  # "Ihr Vorwurf", "Seine Begründung"
    elif head == lo + 1 and first.is_cap and first.low.endswith("s") and len(first.low) > 3 \
            and first.low not in lex.stopwords and first.low not in lex.determiners:
        owner = Mention(lo, lo, "name")  # "Merkels Fazit"
    if owner is None or _reported_mood(ctx, col + 1, hi) not in ("i", "ii"):
        return False  # (the clause in the Konjunktiv: not "Seine Bilanz: Die Partei verlor zwölf Punkte.")
    if owner.kind == "pronoun":
        prev = ctx.sent_attr[si - 1] if si > 0 else None
        if prev is None or not prev.name or prev.speaker is None:
            # the subject of the sentence before, when it can speak and its article agrees with the possessive ("Die
            # Opposition griff den Minister an. Ihr Vorwurf: …"; not "Der Minister …" before "Ihr", nor a new paragraph)
            plo, phi = ctx.sent_toks[si - 1] if si > 0 else (lo, lo)
            prev = subject_attribution(ctx, plo, phi) if phi > plo and "\n\n" not in ctx.text[toks[phi - 1].end : toks[lo].start] \
                else None
            if prev is None or not prev.name or prev.speaker is None or not _de_speaking_subject(ctx, prev):
                return False
            art = ctx.text[prev.speaker[0] : prev.speaker[1]].split()[0].lower()
            if art not in ("der", "die") or (art == "der") != first.low.startswith("sein"):
                return False
        name = prev.name
    elif owner.kind == "name":
        name = genitive_owner(first.text, ctx.ents)
    else:
        name = canonical(owner, toks, ctx.ents, lex, continuing=None)
    if not name:
        return False
    a, b = ctx.trim(toks[col + 1].start, s_end)
    if ctx.all_quoted(a, b):
        return False
    ctx.add(si, a, b, "INDIRECT_QUOTE", Attribution(name, (toks[owner.first].start, toks[owner.end].end),
                                                    (toks[head].start, toks[head].end)), None)
    return True


def _de_apposition_end(ctx: QuoteContext, lo: int, hi: int) -> int:
    """German (round 28): after a sentence-initial name and its apposition between commas ("Lothar Wieler, Präsident des
    Robert-Koch-Instituts (RKI), verglich …"), the token after the second comma, when a lower-case word follows it;
    else lo."""
    toks = ctx.tokens
    c1 = next((k for k in range(lo + 1, min(hi, lo + 5)) if toks[k].text == "," and not toks[k].quoted), None)
    if c1 is None or not all(t.is_word and t.is_cap and not t.quoted for t in toks[lo:c1]) \
            or not de_speaker_apposition(ctx, c1 + 1, hi):
        return lo
    c2 = next((k for k in range(c1 + 1, min(hi, c1 + 14)) if toks[k].text in {",", ":", ";"} and not toks[k].quoted), None)
    if c2 is None or toks[c2].text != "," or c2 + 1 >= hi or not toks[c2 + 1].is_word or toks[c2 + 1].text != toks[c2 + 1].low:
        return lo
    return c2 + 1


#: German copulas: a clause before a colon with one of them is the writer's ("Die Lage ist klar: …")
_DE_COPULAS = frozenset({"ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "scheint", "wird", "wurde"})


def _de_colon_lead_speaker(ctx: QuoteContext, attr: Attribution, head: list[str], lo: int, col: int) -> bool:
    """German (round 27): the subject of a clause before a colon may speak although it names no person known as one:
    a lone surname ("Lambsdorff reagierte verärgert: …", "Später reagierte Laschet: …") or a body ("Die Regierung gab
    sich unbeeindruckt: …", "Die SPD jubelt: …"), when the clause has a verb that is no copula."""
    toks, lex = ctx.tokens, ctx.lex
    if any(t.text == t.low and t.low in _DE_COPULAS and not t.quoted for t in toks[lo:col]) and not (
            # (round 28) an agreement is no copula's statement: "Die Experten sind sich einig: Der Reaktor sei verloren."
            col - 2 >= lo and toks[col - 1].text == "einig" and toks[col - 2].text == "sich"):
        return False
    last = head[-1].lower() if head else ""
    if len(head) == 1 and head[0][:1].isupper() and last not in lex.stopwords and last not in lex.pronouns \
            and not lex.is_source_noun(head[0]) and last not in lex.time_words and last not in lex.skippable \
            and last not in lex.coordinators and attr.speaker is not None:
        # a name right before its finite verb ("Lambsdorff reagierte …", not "Offen kapituliert hat …" nor "Doch dann
        # die Kehrtwende: …") or right after it ("Später reagierte Laschet: …")
        s = next((k for k in range(lo, col) if toks[k].start == attr.speaker[0]), None)
        if s is None:
            return False
        first = lo + 1 if toks[lo].low in lex.coordinators and lo + 1 < col else lo  # ("Und Noll hat viel zu sagen: …")
        if s == first:
            v = toks[s + 1]
            return s + 1 < col and v.is_word and v.text == v.low and not v.quoted and v.low not in lex.determiners \
                and v.low not in lex.prepositions and (v.low in lex.auxiliaries or (
                    v.low not in lex.skippable and not (s + 2 < col and toks[s + 2].low in lex.auxiliaries)))
        return s - 1 > lo and toks[s - 1].is_word and toks[s - 1].text == toks[s - 1].low \
            and toks[s - 1].low not in lex.prepositions and toks[s - 1].low not in lex.determiners
    return len(head) == 2 and head[0].lower() in ("die", "der", "das") and (
        last.endswith(lex.speaking_bodies) or (head[1].isupper() and len(head[1]) >= 2))


def _de_demnach(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German: the sentence reports its source by "demnach" ("according to it": "Die SPD verliert
    demnach zwei Punkte." after "laut einer Umfrage"), not as its opening "therefore"."""
    if ctx.lex.lang != "de":
        return False
    if any(t.text == "demnach" and not t.quoted for t in ctx.tokens[lo + 1 : hi]):
        return True
    # (round 35, de6) the sentence's opening "Demnach" with its finite verb right after it, after a short report that
    # only names its source ("Das teilte die Polizei mit. Demnach wurden …", "Das berichten mehrere Firmen. Demnach
    # haben …"): "according to it", not "therefore"
    toks = ctx.tokens
    if not (hi - lo >= 4 and toks[lo].text == "Demnach" and not toks[lo].quoted and toks[lo + 1].is_word
            and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted):
        return False
    si = ctx.sent_of_lo.get(lo)
    if si is None or si < 1:
        return False
    plo, phi = ctx.sent_toks[si - 1]
    return any(r.sentence == si - 1 and r.label == "INDIRECT_QUOTE" and r.end - r.start <= 4
               and ctx.text[r.start : r.end].lower() in ("das", "dies", "darüber", "davon") for r in ctx.recs[-6:]) \
        or (phi - plo <= 12 and any(t.low in ("das", "dies") for t in toks[plo : plo + 1])) \
        or any(r.sentence == si - 1 and r.label == "INDIRECT_QUOTE" and r.attr is not None and r.attr.name
               and r.start <= toks[plo].start and r.end >= toks[phi - 1].start for r in ctx.recs[-6:])
    # (round 35, w2) or after a reported act that is its whole sentence: "Die Wahlkommission gab das Ergebnis am Montag
    # bekannt. Demnach kam der Amtsinhaber auf 54 Prozent." (nothing was reported)


#: (round 51, deleft22) German object pronouns that may stand between a contrasted subject's verb and its adverb of
#: contrast ("Die Opposition sehe das dagegen anders", "Die Gewerkschaft halte es hingegen für falsch")
_DE_CONTRAST_PRONOUNS = frozenset({"das", "dies", "es", "sich", "diese", "dieses"})


def _de_contrast_subject(ctx: QuoteContext, lo: int, hi: int, attr: Attribution) -> Attribution:
    """German (round 35, w1): a sentence going on with a report whose subject with its article stands right before
    the verb and an adverb of contrast is that subject's report, not the speaker's before it ("Die Staatsanwaltschaft
    forderte sechs Jahre Haft. Die Verteidigung plädiere dagegen auf Freispruch."); else `attr`."""
    toks, lex = ctx.tokens, ctx.lex
    if lex.lang != "de" or not lex.contrast_adverbs or toks[lo].low not in lex.determiners or toks[lo].quoted:
        return attr
    subj = subject_attribution(ctx, lo, hi)
    if subj is None or not subj.name or subj.speaker is None or subj.name == attr.name or subj.speaker[0] != toks[lo].start:
        return attr
    v = next((k for k in range(lo, hi) if toks[k].start >= subj.speaker[1]), None)
    # (round 51, deleft22) also with a pronoun object between the verb and the adverb: "Die Opposition sehe das dagegen
    # anders." (kept the speaker before)
    a = v + 1 if v is not None and v + 3 < hi and toks[v + 1].text in _DE_CONTRAST_PRONOUNS \
        and not toks[v + 1].quoted and toks[v + 2].low in lex.contrast_adverbs else v
    if v is None or a + 2 >= hi or toks[v].quoted or toks[a + 1].quoted or not toks[v].is_word \
            or toks[v].text != toks[v].low or toks[a + 1].low not in lex.contrast_adverbs \
            or toks[a + 1].text != toks[a + 1].low or not _de_speaking_subject(ctx, subj):
        return attr
    if _de_thing_plural_subject(ctx, subj):
        return attr  # (round 51, deleft18) a thing cannot speak, the report goes on: "Berg sagte, die Preise würden
        # steigen. Die Löhne würden dagegen sinken." (the speaker was "Löhne")
    return subj


#: (round 52, auditde4) nouns of a change or trend: no source ("Der Aufstieg der AfD sei dagegen ein Trend")
_DE_CHANGE_NOUNS = ("aufstieg", "anstieg", "rückgang", "zuwachs", "wandel")


def _de_thing_plural_subject(ctx: QuoteContext, attr: Attribution) -> bool:
    """German (round 51, deleft18): the attribution's span is an article and a plural of things or figures
    (`_DE_THING_PLURALS`, yaml `figure_nouns`: "Die Löhne", "Die Kosten") or a singular of an event or an idea
    (`_DE_THING_ENDINGS`: "Die Umsetzung"), no body (yaml `feminine_bodies`: "Die Verteidigung"), title or name."""
    if attr.speaker is None:
        return False
    lex = ctx.lex
    words = [w.strip(".,;:()") for w in ctx.text[attr.speaker[0] : attr.speaker[1]].split()]
    if len(words) == 4 and words[2] in ("der", "des") and words[3][:1].isupper():
        words = words[:2]  # (round 52, auditde4) with a genitive owner: "Das Erstarken der AfD sei dagegen ein Trend"
    if len(words) != 2 or words[0].lower() not in lex.determiners or not words[1][:1].isupper():
        return False
    low = words[1].lower()
    if words[0] == "Das" and len(low) > 6 and low.endswith("en") and not low.endswith(lex.speaking_bodies) \
            and low not in ctx.ents.by_surname:
        return True  # (round 52, auditde4) a nominalised infinitive is an event: "Das Erstarken", "Das Scheitern"
    return (low.endswith(_DE_THING_PLURALS) or low.endswith(lex.figure_nouns) or low.endswith(_DE_THING_ENDINGS)
            or low.endswith(_DE_CHANGE_NOUNS)) \
        and not low.endswith(lex.speaking_bodies) and not low.endswith(lex.feminine_bodies) \
        and not low.endswith(_DE_SPEAKING_THINGS) and low not in ctx.ents.by_surname and not lex.is_title(words[1])


def _new_person(ctx: QuoteContext, lo: int, hi: int, attr: Attribution) -> bool:
    """The sentence opens with a person named in full who is not the continuing speaker ("Walter
    Österle aus Diegelsberg wollte wissen, wie es … stehe"): it is no continuation of that speaker."""
    name = next((n for pos, n in ctx.ents.names if pos == lo), None)
    if name is None or not person_name(name, ctx.lex, ctx.ents):
        return False
    return not attr.name or name.split()[-1] != attr.name.split()[-1]


def _reported_mood(ctx: QuoteContext, lo: int, hi: int, strict: bool = False) -> str | None:
    """A German sentence in reported speech: "i" for a Konjunktiv I (sei, habe, werde, könne, …)
    or the reportative modal (soll, sollen) outside quotation marks, "ii" when its only mark is a
    Konjunktiv II (hätten, würden: also the writer's own hedge), else None. `strict`: only the
    Konjunktiv I forms that cannot be indicative (sei, habe, werde) count."""
    lex, toks = ctx.lex, ctx.tokens
    if not strict and _de_konjunktiv_after_subject(ctx, lo, hi):
        return "i"
    sub = False  # inside a subordinate clause ("…, mit dem … gefördert werden soll")
    question = False  # inside an ob- or wh-clause ("Die Frage, ob das Spiel Einfluss habe, beantwortete er …")
    # (round 38, dewriter) inside an indirect question that opens the sentence or a content clause after its noun: only
    # the main clause's mood counts ("Wie es den Verletzten gehe, konnte die Staatsanwaltschaft nicht sagen", "Der
    # Einlassung, er habe nichts gewusst, schenkte das Gericht keinen Glauben" are the writer's)
    de = lex.lang == "de"
    embedded = de and toks[lo].is_cap and _de_fronted_question(ctx, lo, hi)
    first_comma = de  # (only the first comma may open a fronted noun's content clause)
    found = None
    in_question = past_main = irrealis = False
    # (round 41, deinterviews) a Konjunktiv I form in a clause with "ich" is the indicative of the first person, as in an
    # interview's answer ("Scholz: Ich bin seit 1975 in der SPD und fühle mich dort zu Hause", "Lieber höre ich meinen
    # Namen"); "sei" stays a Konjunktiv ("…, ich sei zu weit gegangen")
    first_person: list[bool] | None | bool = False  # (computed at the first Konjunktiv form only)
    for k in range(lo, hi):
        t = toks[k]
        if de and (t.low in lex.konjunktiv_i or t.low in lex.konjunktiv) and t.low not in _DE_FIRST_PERSON_KONJUNKTIV:
            if first_person is False:
                first_person = _de_first_person_clauses(ctx, lo, hi)
            if first_person is not None and first_person[k - lo]:
                continue
        if t.text == "," and k + 1 < hi:  # "…, dass" / "…, mit dem": a subordinate clause opens
            sub = toks[k + 1].low in lex.clause_openers or (
                toks[k + 1].low in lex.prepositions and k + 2 < hi and toks[k + 2].low in lex.clause_openers)
            if sub and de and _de_article_subject_v2(ctx, k + 1, hi):
                sub = False
            question = toks[k + 1].low == "ob" and toks[k + 1].text == "ob"
            irrealis = de and toks[k + 1].low in ("als", "wie") and _de_irrealis_comparison(ctx, k + 1, hi)
            embedded = first_comma and not t.quoted and _de_noun_content_clause(ctx, lo, k, hi)
            first_comma = False
        elif first_comma and t.text in {";", ":"}:
            first_comma = False
        if t.text == "als" and de and not irrealis and _de_irrealis_comparison(ctx, k, hi):
            irrealis = True  # "Er tat so als ob …" (no comma)
        if irrealis:  # (round 40, deconts) "…, als sei ihm alles gleichgültig": a comparison, no report
            continue
        if t.quoted or t.text != t.low:
            continue
        if embedded:
            continue
        if question and t.low in lex.konjunktiv_i and t.low not in lex.konjunktiv_ii:
            in_question = True  # (round 22) a Konjunktiv I inside an ob-clause only: its main clause decides
            continue
        if de and sub and t.low in lex.konjunktiv_i and _de_past_main_before_dass(ctx, lo, k):
            continue  # (round 54, dejustice) a Konjunktiv I inside a dass-clause after the writer's main clause in the past
            # indicative: "Zugunsten des Mannes wertete das Gericht, dass er den Schaden zurückgezahlt habe." (went on with
            # the defendant's report before it)
        if not sub and not question and k > lo and (t.low in lex.past_verbs or (
                len(t.low) > 5 and t.low.endswith(("te", "ten")) and t.low not in lex.konjunktiv_ii
                and t.low not in lex.stopwords and t.low not in lex.not_past and k + 1 < hi
                and (toks[k + 1].low in lex.pronouns or toks[k + 1].low in lex.determiners or toks[k + 1].is_cap))):
            past_main = True
        if t.low in lex.konjunktiv_i or (not strict and not sub and (t.low in lex.konjunktiv or (
                t.low in lex.reportative and not _de_plan_modal(ctx, k, lo, hi)
                # (round 51, dearticles9) a question with the indicative "soll" is the writer's own, no hearsay: "Wie soll
                # es weitergehen?" after a report went on with its speaker ("Warum solle man …?" still does)
                and not (de and toks[hi - 1].text == "?" and not toks[hi - 1].quoted)))):
            if t.low not in lex.konjunktiv_ii:
                return "i"
            found = "ii"
        if not strict and not sub and k > lo and k + 1 < hi and _de_konjunktiv_before_pronoun(ctx, k):
            return "i"
    if in_question and not past_main and not (de and toks[lo].is_cap and toks[lo].low in _DE_FRONTED_TEMPORAL):
        # (round 39, dekonj) not when the ob-clause belongs to a fronted "Als/Nachdem …" clause of the writer's: "Als
        # seine Verlobte ihn gefragt hatte, ob er sie kontrollieren wolle, setzt seine Erinnerung aus."
        return "i"
    return found


def _de_past_main_before_dass(ctx: QuoteContext, lo: int, k: int) -> bool:
    """German (round 54, dejustice): token k stands in a clause opened by ", dass" whose main clause (from lo, no other
    comma, colon or quotation before that comma) holds a lower-case finite verb in the past indicative that is no cue
    verb ("wertete", "berücksichtigte", "stellte … fest" is a cue and stays a report)."""
    toks, lex = ctx.tokens, ctx.lex
    c = next((x for x in range(k - 1, lo, -1) if toks[x].text == "," and not toks[x].quoted), None)
    if c is None or c + 1 >= k or toks[c + 1].low not in ("dass", "daß") or toks[c + 1].quoted:
        return False
    if any(t.quoted or t.text in {",", ":", ";"} for t in toks[lo:c]):
        return False
    for x in range(lo + 1, c):
        t = toks[x]
        if t.is_word and t.text == t.low and t.low not in lex.cue_verbs and t.low not in lex.konjunktiv_ii \
                and t.low not in lex.stopwords and t.low not in lex.not_past \
                and (t.low in lex.past_verbs or (len(t.low) > 5 and t.low.endswith(("te", "ten")))):
            return True
    return False


def _de_article_subject_v2(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German (round 52, auditde2): after a comma, "der/die/das" + a noun + a Konjunktiv finite verb with more of the
    clause after it is a second main clause (verb second), no relative clause (verb last): "Terroristen nutzten längst
    verschlüsselte Messenger, die Beamten dürften nicht hinterherhinken." goes on with the report."""
    toks, lex = ctx.tokens, ctx.lex
    if k + 4 >= hi or toks[k].low not in ("der", "die", "das") or toks[k].text != toks[k].low or toks[k].quoted:
        return False
    n, v, a = toks[k + 1], toks[k + 2], toks[k + 3]
    return n.is_word and n.is_cap and not n.quoted and not v.quoted and v.text == v.low \
        and (v.low in lex.konjunktiv_i or v.low in lex.konjunktiv_ii or v.low in lex.konjunktiv) \
        and a.is_word and not a.quoted


_DE_ICH = re.compile(r"\b[Ii]ch\b")
#: (round 41, deinterviews) Konjunktiv I forms that differ from the first person's indicative ("ich sei", "ich wisse")
_DE_FIRST_PERSON_KONJUNKTIV = frozenset({"sei", "seist", "seien", "wisse", "dürfe", "könne", "müsse", "solle", "wolle",
                                         "möge"})


def _de_first_person_clauses(ctx: QuoteContext, lo: int, hi: int) -> list[bool] | None:
    """German (round 41, deinterviews): for each token of tokens[lo:hi], whether its clause (between commas, colons,
    semicolons and dashes outside quotation marks) holds an unquoted "ich"; None when none does."""
    toks, lex = ctx.tokens, ctx.lex
    if not _DE_ICH.search(ctx.text, toks[lo].start, toks[hi - 1].end) \
            or not any(t.low == "ich" and not t.quoted for t in toks[lo:hi]):
        return None
    out: list[bool] = []
    start, has = lo, False
    for k in range(lo, hi + 1):
        if k == hi or (toks[k].text in {",", ":", ";", "–", "—"} and not toks[k].quoted):
            # (a second predicate after a comma keeps the clause's "ich": "Am Anfang habe ich gespielt, habe mich
            # wohl gefühlt")
            has = any(t.low == "ich" and not t.quoted for t in toks[start:k]) or (
                has and start < k and toks[start].text == toks[start].low
                and (toks[start].low in lex.konjunktiv_i or toks[start].low in lex.konjunktiv))
            out.extend([has] * (k - start))
            if k < hi:
                out.append(False)
            start = k + 1
    return out


def _de_irrealis_comparison(ctx: QuoteContext, k: int, hi: int) -> bool:
    """German (round 40, deconts): tokens[k] opens an unreal comparison, "als ob", "als wenn", "wie wenn", or "als"
    with the finite verb right after it ("…, als sei ihm das alles gleichgültig", "…, als hätte es den Streit nie
    gegeben"): its Konjunktiv is the comparison's, no mark of reported speech (a temporal "als" takes its subject
    first: "…, als er sagte")."""
    toks, lex = ctx.tokens, ctx.lex
    if k + 1 >= hi or toks[k].quoted or toks[k].low not in ("als", "wie") or toks[k + 1].quoted:
        return False
    nxt = toks[k + 1]
    if nxt.text in ("ob", "wenn"):
        return nxt.text == "wenn" or toks[k].low == "als"
    return toks[k].low == "als" and nxt.text == nxt.low and (
        nxt.low in lex.konjunktiv_i or nxt.low in lex.konjunktiv_ii or nxt.low in lex.konjunktiv)


#: German subordinators of time and cause opening a fronted clause of the writer's narrative (round 39, dekonj)
_DE_FRONTED_TEMPORAL = frozenset({"als", "nachdem", "bevor", "während", "weil", "da", "sobald", "seit", "seitdem"})


def _de_fronted_question(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German (round 38, dewriter): the sentence tokens[lo:hi] opens with an indirect question, a comma closing it
    before the main clause ("Wie es den Verletzten gehe, …", "Um wie viele Stellen es gehe, …", "Ob er komme, …");
    not a question of its own ("Warum solle man das tun?")."""
    toks, lex = ctx.tokens, ctx.lex
    t = toks[lo]
    if t.quoted or not t.is_cap or toks[hi - 1].text == "?":
        return False
    w = t.low
    if w in lex.prepositions and lo + 1 < hi:
        w = toks[lo + 1].low
    if w not in _DE_FRONTED_QUESTION_OPENERS and w != "wie":
        return False
    return any(x.text == "," and not x.quoted for x in toks[lo + 1 : hi])


#: German nouns whose content clause after a comma is theirs, no report of the sentence (`content_nouns`,
#: `speech_nouns` of de.yaml and these): "Der Einlassung des Angeklagten, er habe nichts gewusst, glaubte niemand"
_DE_CLAIM_NOUNS = frozenset({"einlassung", "einlassungen", "version", "beteuerung", "beteuerungen", "behauptungen",
                             "angabe", "schilderung", "darstellung", "aussage", "aussagen"})


def _de_noun_content_clause(ctx: QuoteContext, lo: int, k: int, hi: int) -> bool:
    """German (round 38, dewriter): the comma at k (the sentence's first) opens the content clause of a noun of speech
    in the phrase before it, and that phrase opens the sentence (its prefield, a main clause after the content): "Der Einlassung des
    Angeklagten, er habe …, schenkte …", "Die Behauptung, dass …, ist falsch". Not a clause after a verb ("Er wies
    den Vorwurf zurück, er habe …")."""
    toks, lex = ctx.tokens, ctx.lex
    nxt = toks[k + 1]
    if nxt.quoted or (nxt.low in lex.clause_openers and nxt.low != "dass"):
        return False
    noun = False
    for x in range(lo, k):
        w = toks[x]
        if w.quoted:
            return False
        if w.text == w.low and w.is_word and w.low not in lex.determiners and w.low not in lex.prepositions \
                and w.low not in lex.skippable and w.low not in lex.possessives and not w.low.endswith(("en", "er", "es", "e")):
            return False  # a finite verb or an adverb: the phrase is no noun phrase alone
        if w.is_cap and (w.low in lex.content_nouns or w.low in lex.speech_nouns or w.low in _DE_CLAIM_NOUNS):
            noun = True
    return noun


def _de_plan_modal(ctx: QuoteContext, k: int, lo: int, hi: int) -> bool:
    """German (round 37, h1): the "soll(en)" at k announces a plan, no hearsay, when its clause names a date or a time to
    come and does not end in a perfect infinitive: "Am 20. Juni soll der Prozess fortgesetzt werden", "Das Urteil soll
    Mitte Februar verkündet werden", "Er soll am Mittwoch dem Haftrichter vorgeführt werden" (yaml `plan_time_words`, "am"
    with a weekday or a day's number, a month's name; hearsay is "… gefallen sein", "soll am Montag … geschlagen haben").
    Without a date a plan stays reported: "Die Kürzungen sollen vor allem die Verwaltung treffen" after an announcement."""
    toks, lex = ctx.tokens, ctx.lex
    stops = {",", ";", ":", "(", ")", "–", "—"}
    e = next((x for x in range(k + 1, hi) if toks[x].text in stops and not toks[x].quoted), hi)
    last = next((x for x in range(e - 1, k, -1) if toks[x].is_word), None)
    if last is None or toks[last].quoted or toks[last].text != toks[last].low or toks[last].low in ("haben", "sein"):
        return False
    s = next((x for x in range(k - 1, lo - 1, -1) if toks[x].text in stops and not toks[x].quoted), lo - 1) + 1
    words = [toks[x].low for x in range(k + 1, e) if toks[x].is_word and not toks[x].quoted]
    schedule = any(len(words) > len(p) and tuple(words[-len(p):]) == p for p in lex.plan_schedule_ends)
    if schedule and s == lo and lo > 0 and "\n" in ctx.text[toks[lo - 1].end : toks[lo].start]:
        return True  # (round 52, deleft) a clause that schedules an event opening a paragraph is the writer's plan, no
        # hearsay going on from the paragraph before: "…, sagte Hallmann.\n\nDie Beisetzung soll im engsten
        # Familienkreis stattfinden." (was Hallmann's)
    for x in range(s, e):
        w = toks[x]
        if w.quoted or not w.is_word:
            continue
        if (w.low in lex.plan_time_words and (w.text == w.low or x == s)) or (w.is_cap and w.low in lex.month_names) or (
                w.low == "am" and x + 1 < e and (toks[x + 1].low in lex.weekdays or toks[x + 1].text.isdigit())):
            return True
        if schedule and x > k and ((len(w.text) == 4 and w.text.isdigit() and w.text[:2] in ("19", "20"))
                                   or (w.is_cap and w.low in lex.plan_period_words)):
            return True  # (round 51, deleft18) a year or a period ahead before a clause end that schedules an event:
            # "Das Gesetz soll 2027 in Kraft treten", "Die Arbeiten sollen im Frühjahr beginnen" (continued the report)
    return False


#: German subject pronouns after an inverted finite verb ("Damit gefährde man …", "Zudem fehle es …")
_DE_INVERTED_SUBJECTS = frozenset({"man", "er", "es", "sie"})


def _de_konjunktiv_before_pronoun(ctx: QuoteContext, k: int) -> bool:
    """German: token k is a finite verb in -e right before an inverted third-person subject pronoun,
    after a fronted phrase: the Konjunktiv I of a verb the lexicon does not list ("Mit den
    Anpassungen gefährde man die Patientensicherheit"; the indicative is "gefährdet man")."""
    toks, lex = ctx.tokens, ctx.lex
    w, p = toks[k], toks[k + 1]
    return (ctx.lex.lang == "de" and p.low in _DE_INVERTED_SUBJECTS and p.text == p.low and not p.quoted
            and w.is_word and len(w.low) >= 5 and w.low.endswith("e") and not w.low.endswith(("ere", "ene", "ige"))
            and (not w.low.endswith("te") or w.low.endswith("ite"))  # (round 27) "überschreite", "arbeite" (no past in -ite)
            and w.low not in lex.stopwords and w.low not in lex.determiners and w.low not in lex.possessives
            and w.low not in lex.prepositions and w.low not in lex.skippable and w.low not in lex.konjunktiv_ii
            and w.low not in lex.not_past and toks[k - 1].is_word and not toks[k - 1].quoted)


#: German words in -e that are no verb form: adverbs and pronouns ("Die Menschen dort gerne …")
_DE_E_WORDS = frozenset({"gerne", "lange", "alleine", "ebenfalls", "keine", "meine", "deine", "unsere", "eure",
                         "jene", "solche", "welche", "jede", "manche", "andere", "wenige", "beide"})


#: German words that follow a finite verb but never an adjective after a demonstrative ("Das präge auch …", "Das
#: wundere ihn"; not "Das gleiche gilt")
_DE_AFTER_DEMONSTRATIVE_VERB = frozenset({"sich", "nicht", "ihn", "ihm", "ihr", "ihnen", "uns", "nur", "vor", "kaum"})

#: German adverbs that may stand before a fronted adverb's verb ("Schon heute bedrohe …")
_DE_SECOND_ADVERBS = frozenset({"heute", "jetzt", "nun", "bereits", "schon", "auch", "noch", "derzeit", "künftig",
                                "inzwischen", "mittlerweile", "weiterhin", "zudem", "aber", "jedoch", "allerdings"})


def _de_fronted_adverbs_end(ctx: QuoteContext, lo: int, hi: int) -> int | None:
    """German (round 31): one or two adverbs open the sentence, then a lower-case word and an article after it ("Schon
    heute bedrohe das Land Europa", "Zudem greife die Regierung ein"): the index of that word (the finite verb, in
    second place), else None."""
    toks = ctx.tokens
    if not (toks[lo].is_cap and not toks[lo].quoted and toks[lo].low in DE_SENTENCE_ADVERBS and toks[lo].low != "so"):
        return None
    k = lo + 1
    if k < hi and toks[k].text == toks[k].low and toks[k].low in _DE_SECOND_ADVERBS:
        k += 1
    if k + 2 >= hi or toks[k + 1].text != toks[k + 1].low or toks[k + 1].quoted \
            or toks[k + 1].low not in ("der", "die", "das", "ein", "eine", "einer", "ihre", "seine", "unsere"):
        return None
    return k


def _de_konjunktiv_after_subject(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """German: the finite verb right after the noun phrase that opens the sentence ends in -e but
    not in -te, the Konjunktiv I of a verb the lexicon does not list ("Lemkes Entwurf entschärfe
    aber nicht den Zielkonflikt", "Sie neige dazu, …"; the past tense "entschärfte" and adverbs like
    "heute" excluded)."""
    if ctx.lex.lang != "de":
        return False
    toks, lex = ctx.tokens, ctx.lex
    opened = lo + 2 < hi and toks[lo].low in ("und", "aber", "doch", "denn") and toks[lo].is_cap and not toks[lo].quoted
    if opened:
        lo += 1  # (round 25) a coordinator opening the sentence: "Und trotz der Warnungen passiere viel zu wenig" (round
        # 31: also "Denn das Geschäft sichere „eine große Zahl“ von Arbeitsplätzen")
    if lo + 2 < hi and (toks[lo].is_cap or opened) and toks[lo].low in lex.prepositions and not toks[lo].quoted \
            and (pp := np_forward(toks, lo + 1, hi, lex)) is not None and pp.end + 2 < hi \
            and toks[pp.end + 2].low not in ("ich", "wir"):
        v = pp.end + 1  # (round 25) a fronted prepositional phrase, then the verb: "Trotz der Warnungen passiere …"
    elif toks[lo].low in _DE_INVERTED_SUBJECTS and not toks[lo].quoted:
        v = lo + 1  # a pronoun subject: "Sie neige dazu, …", "Er lehne das ab"
    elif lo + 3 < hi and toks[lo].is_cap and not toks[lo].quoted and toks[lo].low in _DE_FOCUS_OPENERS \
            and (fnp := np_forward(toks, lo + 1, hi, lex)) is not None and fnp.first == lo + 1 and not toks[lo + 1].quoted:
        v = fnp.end + 1  # (round 52, auditde3) a focus particle before the subject: "Lediglich Reimer rette den Abend",
        # "Nur der Hauptdarsteller überzeuge" (the chain broke)
    elif toks[lo].is_cap and not toks[lo].quoted and (toks[lo].low in DE_SENTENCE_ADVERBS or toks[lo].low == "zwar") \
            and lo + 2 < hi and toks[lo + 2].low == "sich":
        v = lo + 1  # (round 25) a sentence adverb, then the verb and "sich": "Allerdings erhole sich die Nachfrage"
    elif (k := _de_fronted_adverbs_end(ctx, lo, hi)) is not None:
        v = k  # (round 31) fronted adverbs, then the verb and an article: "Schon heute bedrohe das Land Europa"
    elif toks[lo].text in ("Das", "Dies", "Dieses") and not toks[lo].quoted and lo + 2 < hi \
            and toks[lo + 2].text == toks[lo + 2].low and not toks[lo + 2].quoted \
            and (toks[lo + 2].low in lex.determiners or toks[lo + 2].low in lex.skippable
                 or toks[lo + 2].low in _DE_AFTER_DEMONSTRATIVE_VERB):
        v = lo + 1  # (round 31) a demonstrative subject: "Das präge die Meinung" (not "Das gleiche gilt")
    else:
        np = np_forward(toks, lo, hi, lex)
        if np is None or toks[lo].quoted:
            return False
        v = np.end + 1
        if v + 1 < hi and toks[v].text == toks[v].low and toks[v].low in lex.prepositions and not toks[v].quoted \
                and (pp := np_forward(toks, v + 1, hi, lex)) is not None:
            v = pp.end + 1  # a prepositional phrase after the subject: "Künstliches Licht in der Nacht verändere …"
    if v + 1 >= hi or toks[v - 1].text[:1].isdigit() or (v - 2 >= lo and toks[v - 2].text[:1].isdigit()):
        return False  # a measure before an adjective, no verb: "Das 4,3 Zoll große Display hat …"
    w = toks[v]
    if toks[v + 1].low == "ich" and not toks[v + 1].quoted:
        return False  # (round 41, deinterviews) the first person's indicative: "Ihren Eindruck finde ich schräg"
    return (w.is_word and not w.quoted and w.text == w.low and len(w.low) >= 5 and w.low.endswith("e")
            # (round 27) a stem in -t: "Mit dieser Festnahme überschreite Peking eine Grenze" (no weak past ends in -ite;
            # round 52, auditde3: nor in -tte but "hatte", "Lediglich Reimer rette den Abend")
            and (not w.low.endswith("te") or w.low.endswith(("ite", "tte"))) and w.low not in _DE_TTE_PASTS
            and w.low not in lex.not_past and w.low not in lex.stopwords
            and w.low not in _DE_E_WORDS
            and w.low not in lex.skippable and w.low not in lex.konjunktiv_ii and w.low not in lex.prepositions
            # (round 28) also before a quotation: "Katar erhalte „ständige Antworten“ von beiden Seiten"
            and (toks[v + 1].is_word or (toks[v + 1].quoted and v + 2 < hi and toks[v + 2].is_word)
                 # (round 52, de3left) or closing the sentence after its subject: "Nur der Hauptdarsteller überzeuge.",
                 # "Die Rechnung gehe nicht auf" has a word after it; "Der Kompromiss halte." (the chain broke)
                 or (v + 2 == hi and toks[v + 1].text in (".", "!") and not toks[v + 1].quoted and v - 1 > lo)
                 # (round 52, auditde3) or before the comma of its infinitive or content clause after a pronoun subject:
                 # "Sie überlege, sich ein Auto zu leihen" (the chain broke)
                 or (toks[lo].low in _DE_INVERTED_SUBJECTS and v == lo + 1 and toks[v + 1].text == ","
                     and not toks[v + 1].quoted and v + 2 < hi and toks[v + 2].is_word and not toks[v + 2].quoted
                     and toks[v + 2].text == toks[v + 2].low and toks[v + 2].low not in ("und", "oder", "aber"))))


#: (round 52, auditde3) German past forms in -tte, no Konjunktiv I ("Er hatte", "Sie hätte")
_DE_TTE_PASTS = frozenset({"hatte", "hätte", "bitte", "mitte"})

#: (round 52, auditde3) German focus particles that may open the prefield before the subject ("Lediglich Reimer …")
_DE_FOCUS_OPENERS = frozenset({"lediglich", "nur", "allein", "einzig", "sogar", "selbst", "ausgerechnet", "bloß"})


#: the share of a sentence's characters a quotation must reach to be the sentence (round 24: was 0.6, which left
#: "Diese sei „ein Jahrhundertbauwerk“." without its report)
_DE_QUOTED_SENTENCE = 0.75


def _de_partial_quotes_continue(ctx: QuoteContext, si: int, lo: int, hi: int) -> bool:
    """German: the sentence's records are only partial quotations without a cue of their own, spoken by the
    speaker of the sentence before, and the sentence outside them is in the Konjunktiv I."""
    prev = ctx.sent_attr[si - 1]
    if prev is None or not prev.name:
        return False  # (round 25: also in the next paragraph, as a Konjunktiv I sentence without quotations goes on)
    mine = [r for r in ctx.recs[-6:] if r.sentence == si]
    s_start, s_end = ctx.sents[si]
    if not mine or any(r.label != "DIRECT_QUOTE" or r.attr is None or r.attr.cue is not None or r.attr.name != prev.name
                       for r in mine):
        return False
    toks = ctx.tokens
    first_quoted = next((k for k in range(lo, hi) if toks[k].quoted), hi)
    framed = any(t.text == t.low and t.low in _DE_KONJUNKTIV_AUXILIARIES for t in toks[lo:first_quoted])
    if any(r.end - r.start >= _DE_QUOTED_SENTENCE * (s_end - s_start) for r in mine) and not framed:
        # the quotation is (nearly) the sentence: speech continued in quotes (round 28: not after an auxiliary in the
        # Konjunktiv I outside it, "Sie habe „absolute Anschlagsbereitschaft signalisiert“.")
        return False
    mood = _reported_mood(ctx, lo, hi, strict=True)
    if mood != "i" and (_de_konjunktiv_after_subject(ctx, lo, hi) or any(
            _de_konjunktiv_before_pronoun(ctx, k) for k in range(lo + 1, hi - 1) if not ctx.tokens[k].quoted)):
        mood = "i"  # (round 27) an unlisted Konjunktiv I: "Mit dieser „symbolischen Festnahme“ überschreite Peking …"
    if mood is None and _reported_mood(ctx, lo, hi) == "ii" and ctx.tokens[lo].low not in _DE_HEDGE_OPENERS \
            and not any(t.text == ":" and not t.quoted for t in ctx.tokens[lo:hi]) \
            and not any(t.low in ("wenn", "falls", "sofern", "sollte", "sollten") and not t.quoted for t in ctx.tokens[lo:hi]) \
            and any(
            r.sentence == si - 1 and (r.label == "INDIRECT_QUOTE" or (  # (round 38, dekon2) or the speaker's quotation
                # with a cue or after a colon, as in `_hedge_ok`: "X nannte keinen Zeitpunkt: „…“ Die Kontrollen würden
                # „eine Weile“ anhalten."
                r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.name == prev.name
                and (r.attr.cue is not None or _de_colon_quote_of_subject(ctx, r)) and _de_ersatz_plural(ctx, lo, hi)
                and "\n" not in ctx.text[r.end : s_start])) for r in ctx.recs[-8:]):
        mood = "i"  # (round 27) a Konjunktiv II in a chain of indirect speech: "Die Angeklagten hätten ein «Zeichen
        # des Terrors setzen wollen»" after "Der Richter sagte, die Tat sei einmalig."
    return mood == "i" and not _new_person(ctx, lo, hi, prev)


#: (round 49, defii) German Konjunktiv II modals whose infinitive closes the predicate ("würde … begrüßen"): those
#: `konjunktiv` in de.yaml lists (not the singular "könnte", "müsste", "dürfte": as often the writer's hedge)
_DE_KONJUNKTIV_II_MODALS = frozenset({"würde", "würden", "könnten", "müssten", "dürften"})


def _de_konjunktiv_ii_infinitive_cue(ctx: QuoteContext, c, lo: int, hi: int) -> bool:
    """German (round 49, defii): cue c is one infinitive that closes the sentence's main clause after a Konjunktiv II
    modal in second place after its subject, no comma between them ("Die Regierung würde eine Einigung begrüßen.",
    "Die Länder könnten einen Kompromiss akzeptieren."; not the singular "Man könnte …", see `_DE_KONJUNKTIV_II_MODALS`):
    the verb is part of a predicate, not a report the sentence makes."""
    toks = ctx.tokens
    i = c.first
    if c.last != i or i + 2 != hi or toks[i + 1].text not in {".", "!"}:
        return False
    t = toks[i]
    if t.quoted or t.text != t.low or not t.low.endswith("en"):
        return False
    m = next((k for k in range(i - 1, lo, -1) if toks[k].low in _DE_KONJUNKTIV_II_MODALS and toks[k].text == toks[k].low
              and not toks[k].quoted), None)
    if m is None or any(x.text in {",", ";", ":", "–", "-"} or x.low in ("und", "oder") for x in toks[lo:i]):
        return False
    if m == lo + 1 and toks[lo].low in ("man", "er", "sie"):
        return True  # "Man würde eine Einigung begrüßen."
    np = np_forward(toks, lo, hi, ctx.lex)
    return np is not None and np.end + 1 == m


def _hedge_ok(ctx: QuoteContext, si: int, lo: int, hi: int) -> bool:
    """A Konjunktiv II sentence continues reported speech only inside a chain of it (the sentence
    before is an indirect quote): after a direct quote or a bare attribution it is as often the
    writer's own hedge ("Das würde bedeuten …"). After a direct quote with its speaker, a plural
    subject before the Konjunktiv II that stands in for a Konjunktiv I the indicative shares
    ("hätten" for "haben") continues it too ("„…“, sagte Weber. Die Beschäftigten hätten viel
    geleistet."), unless the sentence is conditional or opens with a pronoun of the writer's."""
    prev = ctx.recs[-1] if ctx.recs else None
    if prev is None or prev.sentence != si - 1:
        return False
    toks = ctx.tokens
    if lo + 1 < hi and toks[lo].text == "Als" and toks[lo + 1].low in ctx.lex.as_if_words \
            and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted:
        return False  # (round 36, g4) the writer's unreal comparison: "Als ob es da etwas zu entschuldigen gäbe."
    if prev.label == "INDIRECT_QUOTE":
        return True
    return (ctx.lex.lang == "de" and prev.label == "DIRECT_QUOTE" and prev.attr is not None and bool(prev.attr.name)
            and (prev.attr.cue is not None or _de_cued_before(ctx, prev) or _de_colon_quote_of_subject(ctx, prev))
            and _de_ersatz_plural(ctx, lo, hi))


def _de_colon_quote_of_subject(ctx: QuoteContext, r: QuoteRec) -> bool:
    """German (round 38, dekon2): direct quote r has no cue but its speaker is named in its own sentence before a colon
    that opens it ("De Maizière nannte keinen Zeitpunkt: „Die Rechtslage lässt nur vorübergehende Kontrollen zu.“"): the
    speaker's words as surely as after a cue, so a plural Konjunktiv II after it goes on with them ("Die Kontrollen
    würden „eine Weile“ anhalten.")."""
    if r.label != "DIRECT_QUOTE" or r.attr is None or r.attr.cue is not None or r.attr.speaker is None \
            or not r.attr.name or r.sentence < 0:
        return False
    a, b = r.attr.speaker
    if a < ctx.sents[r.sentence][0] or b > r.start:
        return False
    return ctx.text[b : r.start].rstrip().rstrip("\"'„“”«»‚‘’").rstrip().endswith(":")


def _de_cued_before(ctx: QuoteContext, r: QuoteRec) -> bool:
    """German (round 35): direct quote r has no cue of its own but goes on from a quote of its speaker with a cue in
    the sentence right before, in one paragraph ("„…“, erzählt die ältere Dame. „Der Mann hat …“ Nähere Informationen
    hätten aber weder sie noch andere gehabt."): a chain of that speaker's words."""
    if r.sentence < 1 or "\n" in ctx.text[ctx.sents[r.sentence - 1][1] : ctx.sents[r.sentence][0]]:
        return False
    return any(o.sentence == r.sentence - 1 and o.label == "DIRECT_QUOTE" and o.attr is not None and o.attr.cue is not None
               and o.attr.name == r.attr.name for o in ctx.recs[-6:])


#: German plural Konjunktiv II forms that stand in for a Konjunktiv I identical to the indicative
#: ("sie hätten" for "sie haben"): the mood of reported speech, not only of a hedge
_DE_ERSATZ_PLURAL = frozenset({"hätten", "würden", "könnten", "müssten"})
#: (round 52, auditde4) and the plural Konjunktiv II forms no indicative shares whose Konjunktiv I is the indicative
#: ("Die Städte bräuchten vor allem Wohnraum", "Viele Betriebe stünden vor dem Aus")
_DE_ERSATZ_PLURAL_MORE = _DE_ERSATZ_PLURAL | frozenset({"bräuchten", "stünden", "lägen", "kämen"})

#: German sentence openers of the writer's own hedge or condition ("Das würden …", "Dann hätten …")
_DE_HEDGE_OPENERS = frozenset({"das", "dies", "es", "dann", "sonst", "ohne", "wenn", "falls", "damit", "so", "man",
                               "wir", "ihr", "auch", "dabei", "dadurch", "hier", "da"})


def _de_ersatz_plural(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """The sentence's main clause has a plural Konjunktiv II standing in for the Konjunktiv I after a
    noun-phrase subject ("Die Beschäftigten hätten …", "Viele Mitglieder würden …"), outside quotation
    marks, and no conditional clause."""
    toks, lex = ctx.tokens, ctx.lex
    if toks[lo].quoted or toks[hi - 1].text == "?":
        return False
    if toks[lo].low in _DE_HEDGE_OPENERS and not (
            # (round 52, auditde4) the expletive "Es" before a plural verb: its subject comes later ("Es würden schlicht
            # zu wenige Wohnungen gebaut."), not the writer's singular hedge ("Es würde bedeuten …")
            toks[lo].text == "Es" and lo + 1 < hi and toks[lo + 1].low in _DE_ERSATZ_PLURAL_MORE
            and toks[lo + 1].text == toks[lo + 1].low and not toks[lo + 1].quoted):
        return False
    if any(t.low in ("wenn", "falls", "sofern", "ob") and not t.quoted for t in toks[lo:hi]):
        return False
    if toks[lo].text == "Es":
        v = lo + 1
        return toks[v].low in _DE_ERSATZ_PLURAL_MORE and not toks[v].quoted
    np = np_forward(toks, lo, hi, lex)
    v = np.end + 1 if np is not None else None
    if v is not None and v + 1 < hi and toks[v].text == "und" and not toks[v].quoted \
            and (np2 := np_forward(toks, v + 1, hi, lex, bare=True)) is not None:
        v = np2.end + 1  # (round 52, auditde4) a coordinated subject: "Die Wählerinnen und Wähler hätten …"
    return v is not None and v < hi and toks[v].low in _DE_ERSATZ_PLURAL_MORE and toks[v].text == toks[v].low \
        and not toks[v].quoted


def _continue(ctx: QuoteContext, si: int, s_start: int, s_end: int, attr: Attribution) -> None:
    """Reported speech running on after an attributed sentence: one span over consecutive
    sentences of one paragraph (the way annotators mark free indirect speech)."""
    lo, hi = ctx.sent_toks[si]
    col = next((k for k in range(lo + 2, hi - 1) if ctx.tokens[k].text == ":" and not ctx.tokens[k].quoted), None)
    cut = col is not None and ctx.tokens[col + 1].quoted and all(t.quoted or not t.is_word for t in ctx.tokens[col + 1 : hi])
    if cut:
        s_end = ctx.tokens[col].start  # (round 28) a quotation after a colon is its own quote: "Das Schweigen sei keine
        # Strategie gewesen: „Sie konnte einfach nicht.“" (and the next sentence's continuation starts a span of its own)
    lead = ctx.lex.lang == "de" and col is not None and not cut and not ctx.tokens[col + 1].quoted \
        and _reported_mood(ctx, lo, col) is None and _reported_mood(ctx, col + 1, hi, strict=True) == "i"
    if lead:
        s_start = ctx.tokens[col + 1].start  # (round 35) the writer's clause before a colon is no report: "Und die Oma
        # ist sein Maßstab: Sie sei schon älter, …" (only the part after the colon)
    s_start, s_end = ctx.trim(s_start, s_end)
    prev = ctx.recs[-1] if ctx.recs else None
    if (not lead and prev is not None and prev.continued and prev.sentence == si - 1 and prev.attr is not None
            and (prev.attr.name, prev.attr.speaker) == (attr.name, attr.speaker)
            and "\n" not in ctx.text[prev.end : s_start]):
        prev.end, prev.sentence, prev.continued = s_end, si, not cut
        ctx.sent_attr[si] = attr
        return
    ctx.add(si, s_start, s_end, "INDIRECT_QUOTE", Attribution(attr.name, attr.speaker, None), None)
    ctx.recs[-1].continued = not cut
    ctx.sent_attr[si] = attr


def _materialize(text: str, recs: list[QuoteRec], ann: Annotation, lang: str) -> None:
    """Spans with ids q1…, s1…, c1… and the said_by / cue relations."""
    speakers: dict[tuple[int, int], str] = {}
    cues: dict[tuple[int, int], str] = {}
    quotes, extra = [], []
    for r in sorted(recs, key=lambda r: (r.start, r.end)):
        qid = f"q{len(quotes) + 1}"
        name = _initials(r.attr.name) if r.attr and r.attr.name else None
        if name is not None and "'" in name and name not in text and (curly := name.replace("'", "’")) in text:
            name = curly  # (round 31) the tokens read "’" as "'"; the canonical name keeps the text's apostrophe
        if name is not None and lang == "de":
            name = _de_nominative_body_name(name, text)
        form = "direct" if r.label == "DIRECT_QUOTE" else "indirect"
        quotes.append(Span.over(text, r.start, r.end, r.label, qid, speaker=name, form=form, lang=lang))
        if r.attr is None:
            continue
        if r.attr.speaker is not None:
            sid = speakers.get(r.attr.speaker)
            if sid is None:
                sid = speakers[r.attr.speaker] = f"s{len(speakers) + 1}"
                s, e = r.attr.speaker
                extra.append(Span.over(text, s, e, "SPEAKER", sid, name=name or text[s:e]))
            ann.relations.append(Relation(qid, sid, "said_by"))
        if r.attr.cue is not None:
            cid = cues.get(r.attr.cue)
            if cid is None:
                cid = cues[r.attr.cue] = f"c{len(cues) + 1}"
                extra.append(Span.over(text, *r.attr.cue, "CUE", cid))
            ann.relations.append(Relation(qid, cid, "cue"))
    ann.spans = sorted(quotes + extra, key=lambda s: (s.start, s.end, s.id))


#: a middle initial in a canonical name built from words ("Larry A Silverstein")
_INITIALS = re.compile(r"(?<=\w )((?:[A-Z] )+)(?=[A-ZÄÖÜ][a-zäöüß])")


#: (round 52, deleft) words before a German body's name that make its adjective's "-en" a dative or genitive ("des",
#: "dem", "vom": "laut dem Deutschen Wetterdienst"), and those that make a bare "-er" a feminine's ("laut Deutscher Bahn")
_DE_WEAK_CASE_OPENERS = frozenset({"des", "dem", "den", "der", "vom", "beim", "zum", "zur", "im", "am", "eines", "einem",
                                   "einer", "einen"})
_DE_STRONG_CASE_OPENERS = frozenset({"laut", "nach", "von", "mit", "bei", "gemäß", "seitens", "aus", "zu"})
#: (round 52, deleft) endings of a German adjective's stem ("deutsch", "statistisch", "national", "zentral") and short
#: adjectives of bodies' names ("Rotes Kreuz", "Freie Wähler")
_DE_BODY_ADJ_ENDS = ("isch", "lich", "al", "ig", "ell", "iv", "är")
_DE_BODY_ADJ_STEMS = frozenset({"deutsch", "rot", "neu", "frei", "vereint", "vereinigt", "hoh", "ober", "allgemein"})


def _de_nominative_body_name(name: str, text: str) -> str:
    """(round 52, deleft) A German body's canonical name in the nominative (as after "der"/"die"/"das"), where its
    capitalised adjectives carry a regular case ending: "Laut Deutschem Wetterdienst (DWD)" is "Deutsche Wetterdienst"
    (was "Deutschem Wetterdienst"), "Nach Angaben des Deutschen Zentrums für Luft und Raumfahrt" "Deutsche Zentrum …",
    "laut Europäischer Kommission" "Europäische Kommission"; the case is told by the word before the name's first
    occurrence in the text. A plural noun ("Vereinten Nationen", "Freien Wähler": "-en"/"-er") keeps its "-en"; the
    noun's genitive "-es" goes ("des Deutschen Wetterdienstes")."""
    words = name.split(" ")
    n = 0
    while n + 1 < len(words) and words[n][:1].isupper() and words[n + 1][:1].isupper():
        low = words[n].lower()
        stem = next((low[:-2] for e in ("em", "en", "er") if low.endswith(e)), None)
        if stem is None or not (stem in _DE_BODY_ADJ_STEMS or (len(stem) >= 6 and stem.endswith(_DE_BODY_ADJ_ENDS))):
            break
        n += 1
    if n == 0 or not words[n][1:].islower() and "-" not in words[n]:
        return name
    noun = words[n].lower()
    if noun.endswith(("en", "er", "e")):
        return name  # (a plural, or a weak noun: "Vereinten Nationen")
    m = re.search(r"(\w+)\W+" + r"\s+".join(re.escape(w) for w in words[: n + 1]) + r"\w{0,2}\b", text)
    if m is None:
        return name
    before = m.group(1).lower()
    out = []
    for w in words[:n]:
        end = w[-2:].lower()
        stem = w.lower()[:-2]
        if end == "em" or (end == "en" and before in _DE_WEAK_CASE_OPENERS) or (
                end == "er" and before in _DE_STRONG_CASE_OPENERS and (stem == "deutsch" or (
                    stem.endswith("isch") and len(stem) >= 7))):
            out.append(w[:-2] + "e")
        else:
            return name
    tail = words[n]
    if before in ("des", "eines") and len(tail) > 6 and tail.endswith("es") and tail[-3] in "bdfgkmnprtzß":
        tail = tail[:-2]  # "des Deutschen Wetterdienstes"
    elif before in ("des", "eines") and len(tail) > 6 and tail.endswith(("ums", "amts", "rats", "tags")):
        tail = tail[:-1]  # "des Statistischen Bundesamts", "des Deutschen Zentrums"
    return " ".join([*out, tail, *words[n + 1 :]])


def _initials(name: str) -> str:
    """The canonical name with its middle initials' full stops: "Larry A Silverstein" -> "Larry A. Silverstein",
    "Darrell H Y Lum" -> "Darrell H.Y. Lum"."""
    return _INITIALS.sub(lambda m: ".".join(m.group(1).split()) + ". ", name)
