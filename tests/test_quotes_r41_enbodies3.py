"""Quote pre-annotator, round 41 (helper enbodies3): English statements, bodies and lists as speakers.

A past participle and its preposition after the subject head a postmodifier like a present participle ("The statement
issued after the meeting on Thursday said" was "meeting", "Troops stationed near the border said" was "border"); an
irregular participle between commas is an apposition ("The three countries, known as the E3, said" reported nothing);
names listed before an apposition are one list ('"…," Britain, France and Germany, the so-called E3, said' was
"Britain"); states and governments speak before an apposition between dashes ('"…," the three countries — known as the
E3 — said' had no speaker); a plural title's "of" phrase of two coordinated nouns is one head ("The Heads of State or
Government stressed" was "Government"); a noun-like cue after a determiner and a year or an adjective is a noun ('The 2022
report "…," X said' had the speaker "2022" and the cue "report"); an abbreviation before "-based" leaves room for three
lower-case words ("The U.S.-based international human rights group said" reported nothing). Sentences written for these
tests (names invented), in the style of wire copy on summits, joint statements and rights groups' reports.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out)


@pytest.mark.parametrize(("text", "expected"), [
    # a past participle and its preposition after the subject (the speaker was the preposition's object)
    ("The communique issued after the talks on Monday said the ministers would meet again in June.",
     [("the ministers would meet again in June", IND, "communique issued after the talks", "said")]),
    ("Demonstrators gathered outside the consulate in Geneva said they would stay until nightfall.",
     [("they would stay until nightfall", IND, "Demonstrators gathered outside the consulate in Geneva", "said")]),
    ("Soldiers stationed near the frontier said they had not been paid for months.",
     [("they had not been paid for months", IND, "Soldiers stationed near the frontier", "said")]),
    ("Students detained during the rallies in Dhaka said they had been beaten.",
     [("they had been beaten", IND, "Students detained during the rallies in Dhaka", "said")]),
    # an irregular participle between commas
    ("The four nations, known as the Quad, said the sea lanes must remain open.",
     [("the sea lanes must remain open", IND, "four nations", "said")]),
    # names listed before an apposition
    ('"We urge restraint on all sides," Norway, Denmark and Iceland, the so-called Nordic three, said in a joint statement.',
     [("We urge restraint on all sides,", DIR, "Norway, Denmark and Iceland", "said")]),
    ("Spain, Italy and Portugal, the bloc's southern members, said the fund was too small.",
     [("the fund was too small", IND, "Spain, Italy and Portugal", "said")]),
    ("Sweden, Finland and the Netherlands, also known as the frugal trio, said on Monday that the budget was too large.",
     [("the budget was too large", IND, "Sweden, Finland and the Netherlands", "said")]),
    # states and governments before an apposition between dashes
    ('"The deadline cannot be moved," the three governments — known together as the Contact Group — said.',
     [("The deadline cannot be moved,", DIR, "three governments", "said")]),
    # a plural title's "of" phrase of two coordinated nouns
    ("The Heads of State and Government reaffirmed that the treaty remained the basis of cooperation.",
     [("the treaty remained the basis of cooperation", IND, "Heads of State and Government", "reaffirmed")]),
    # a noun-like cue after a determiner and a year or an adjective
    ('The 2023 report "paints a grim picture of the region," Press Watch president Ana Ruiz said.',
     [("paints a grim picture of the region,", DIR, "Ana Ruiz", "said")]),
    # an abbreviation before "-based" and three lower-case words
    ("The U.K.-based international press freedom group said at least 12 reporters had been jailed.",
     [("at least 12 reporters had been jailed", IND, "U.K.-based international press freedom group", "said")]),
])
def test_round41_enbodies3_fixes(text, expected):
    assert _quotes(text) == sorted(expected), _quotes(text)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a participle before "at" (already a postmodifier), a present participle's phrase, a named head with an apposition, a single person with two roles
    ("The final declaration adopted at the summit in Lima said the region needed more investment.",
     [("the region needed more investment", IND, "final declaration adopted at the summit in Lima", "said")]),
    ("Diplomats attending the conference in Vienna said a deal was within reach.",
     [("a deal was within reach", IND, "Diplomats attending the conference in Vienna", "said")]),
    ('"We are ready to talk," Jan Novak, the group\'s chairman, said.',
     [("We are ready to talk,", DIR, "Jan Novak", "said")]),
    ('"The results speak for themselves," Maria Lopez, Chairman and CEO, said.',
     [("The results speak for themselves,", DIR, "Maria Lopez", "said")]),
    # a plural subject before the base form still reports
    ("The new members report that the budget is balanced.",
     [("the budget is balanced", IND, "new members", "report")]),
    ("The 2022 report found that press freedom had declined.",
     [("press freedom had declined", IND, "2022 report", "found")]),
])
def test_round41_enbodies3_guards(text, expected):
    assert _quotes(text) == sorted(expected), _quotes(text)
