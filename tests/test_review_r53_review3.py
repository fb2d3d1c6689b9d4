"""Round 53 (review3): a review of the round-53 merges found these defects:

* the home-address threat (threats_phrases.txt) took any visit or "in person" after an address, also the
  commenter's own ("My nan lives at 4 Station Road, I pay her a visit every Sunday."): the visit must be urged on
  someone ("someone go pay him a visit", "go and have a word", "if anyone fancies telling her in person");
* "you'll be leaving in a wheelchair" is a patient's way home after an operation, no threat (ambulance, body bag,
  box and coffin stay);
* "like for like" spelt out is a shop's and an insurer's comparison, no follow-for-follow SPAM cue ("Like for like
  sales rose 3 percent, see the report at retailnews.com" was SPAM); "like4like" stays;
* `policy_rules._GROUP_PEOPLE_AFTER` let "and"/"or" inside a word open a new list item, exponential in their number
  ("Gay andorandor…"): a listed word now runs to its end;
* quotes: `quote_attribution._de_press_speaker` scanned every token of the document for each press description
  after a speaker ("…, schreibt die Zeitung." after "Hans Müller sagte"): quadratic in a long press review; the
  quoted words are now collected once per document;
* quotes: `quote_direct._reference_line` (a source list's "outlet: „title“ (date)" line) also dropped a dated list
  of sayings whose head is a person's name ("Angela Merkel: „Wir schaffen das.“ (31.08.2015)" had no quote).

All sentences written for this test."""

from __future__ import annotations

import re

import pytest

from spanbank.annotators import policy_rules, quote_attribution
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document
from tests.quote_cases import quotes_of


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r53_review3(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label): no span of that label now (the base marked one)
FIXES_R53_REVIEW3 = [
    ("My nan lives at 4 Station Road, I pay her a visit every Sunday.", "THREAT"),
    ("He lives at 7 Park Close, I saw him in person yesterday.", "THREAT"),
    ("After your hip operation you'll be leaving in a wheelchair, so bring someone to drive you home.", "THREAT"),
    ("Like for like sales rose 3 percent, see the report at retailnews.com", "SPAM"),
    ("The council must replace the trees like for like, and check the site at www.council.gov.uk for details.", "SPAM"),
]

# (text, label, span): marked before and now
GUARDS_R53_REVIEW3 = [
    ("The linesman lives at 22 Oak Avenue, someone go pay him a visit.", "THREAT",
     "lives at 22 Oak Avenue, someone go pay him a visit"),
    ("Her address is 5 Station Road if anyone fancies telling her in person.", "THREAT",
     "address is 5 Station Road if anyone fancies telling her in person"),
    ("The ref lives on Elm Road number 14, go pay him a visit", "THREAT",
     "lives on Elm Road number 14, go pay him a visit"),
    ("he lives at 7 Park Close, go and have a word", "THREAT", "lives at 7 Park Close, go and have a word"),
    ("You'll be leaving in an ambulance.", "THREAT", "You'll be leaving in an ambulance"),
    ("follow me and I follow back, like4like", "SPAM", "follow me and I follow back, like4like"),
]


@pytest.mark.parametrize("text,label", FIXES_R53_REVIEW3)
def test_r53_review3_fix(annotator: PolicyAnnotator, text: str, label: str) -> None:
    labels, spans = annotate_r53_review3(annotator, text)
    assert not [s for s in spans if s[0] == label], spans


@pytest.mark.parametrize("text,label,span", GUARDS_R53_REVIEW3)
def test_r53_review3_guard(annotator: PolicyAnnotator, text: str, label: str, span: str) -> None:
    labels, spans = annotate_r53_review3(annotator, text)
    assert (label, span) in spans
    assert labels["verdict"] == "violates_policy"


def test_r53_review3_group_list_item_runs_to_word_end() -> None:
    """FIX: a listed word after a group adjective cannot stop inside a word where "or"/"and" would open another item
    (the split points made `_GROUP_PEOPLE_AFTER` exponential on "andorandor…")."""
    pat = policy_rules._GROUP_PEOPLE_AFTER.pattern
    item = pat[: pat.index(")*") + 1]  # the repeated list item
    assert re.match(item + "or", " andcorridor", re.IGNORECASE) is None
    assert re.match(item + r"\Z", " andcorridor", re.IGNORECASE) is not None


@pytest.mark.parametrize("text", [" and lesbian teens", ", bisexual and trans-gender youth", " students"])
def test_r53_review3_group_people_after_guard(text: str) -> None:
    assert policy_rules._GROUP_PEOPLE_AFTER.match(text) is not None


_PRESS_PARAGRAPH_R53 = "Der Minister Hans Müller sagte, das sei falsch. „Das stimmt so nicht“, schreibt die Zeitung. "


def test_r53_review3_press_quoted_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """FIX: the words in quotation marks are collected once per document, not once per press description."""
    calls = []
    build = quote_attribution._de_press_quoted_words

    def counted(toks):
        calls.append(1)
        return build(toks)

    monkeypatch.setattr(quote_attribution, "_de_press_quoted_words", counted)
    got = quotes_of(_PRESS_PARAGRAPH_R53 * 20, "de")
    assert got.count(("Das stimmt so nicht", "Zeitung")) == 20
    assert len(calls) == 1


# GUARDS: a press description after a medium (a press word, or a name written in quotation marks) is that medium
GUARDS_R53_REVIEW3_PRESS = [
    ("Die „Stuttgarter Nachrichten“ schreiben, die Lage sei ernst. „Das ist bitter“, so das Blatt.", "Das ist bitter",
     "Stuttgarter Nachrichten"),
    (_PRESS_PARAGRAPH_R53, "das sei falsch", "Hans Müller"),
    (_PRESS_PARAGRAPH_R53, "Das stimmt so nicht", "Zeitung"),
]


@pytest.mark.parametrize("text,quote,speaker", GUARDS_R53_REVIEW3_PRESS)
def test_r53_review3_press_guard(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in quotes_of(text, "de")


# (text, lang, quote, speaker): a dated saying after a person's name and a colon is that person's direct quote
FIXES_R53_REVIEW3_SAYINGS = [
    ("Die Sätze des Jahres im Überblick.\nAngela Merkel: „Wir schaffen das.“ (31.08.2015)\nOlaf Scholz: „Es ist eine "
     "Zeitenwende.“ (27.02.2022)", "de", "Es ist eine Zeitenwende.", "Olaf Scholz"),
    ("Lines we remember.\nBarack Obama: \"Yes we can.\" (2008)", "en", "Yes we can.", "Barack Obama"),
]

# a source list's lines (an outlet, a colon, a title, a date) stay no quotes
GUARDS_R53_REVIEW3_SOURCES = [
    ("Quellen:\ndpa: „Stichwahl in Portugal“ (14.03.2025)\nLe Monde: „La France vote“ (14.04.2025)\nsportschau.de: "
     "„Bayern verliert“ (3. Mai 2025)", "de"),
    ("Sources:\nReuters: \"Portugal votes in runoff\" (March 3, 2025)\nThe Guardian: \"A vote like no other\" (March 4, "
     "2025)", "en"),
]


@pytest.mark.parametrize("text,lang,quote,speaker", FIXES_R53_REVIEW3_SAYINGS)
def test_r53_review3_sayings_fix(text: str, lang: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in quotes_of(text, lang)


@pytest.mark.parametrize("text,lang", GUARDS_R53_REVIEW3_SOURCES)
def test_r53_review3_sources_guard(text: str, lang: str) -> None:
    assert quotes_of(text, lang) == []
