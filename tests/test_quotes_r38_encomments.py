"""Quote pre-annotator, round 38 (helper encomments): English reader comments and letters to the editor.

Sentences written for these tests (names invented), in the style of news-site comment threads and letters pages: a
gerund cue after "keep" (its subject speaks: 'Our "leaders" keep telling us that …' reported nothing, "The pundits keep
saying" had the speaker "pundits keep"); adverbs of degree or focus and shouted adverbs between a subject and its
verb ("The columnist quite rightly points out", "Trudeau CLEARLY stated"; were part of the speaker); the name after
"with"/"like" before a gerund ("Sounds like Harper saying …"); scare quotes around coordinated subjects no part of
the canonical name; a place modifying a heading's nouns before a colon ('Las Vegas concert massacre: "…"') gives no
speaker; "feels that way because …" is no report; a published piece's title after it ('the March 3 article,
"Council votes to raise water rates," …') is no direct quote."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="comment", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, encomments) a gerund cue after "keep": the subject before "keep" speaks
    ('Our "leaders" keep telling us that the economy has never been stronger.',
     [("the economy has never been stronger", IND, "leaders")]),
    ("The pundits keep saying that the deficit does not matter.",
     [("the deficit does not matter", IND, "pundits")]),
    ("The city council kept insisting that the new stadium would pay for itself.",
     [("the new stadium would pay for itself", IND, "city council")]),
    ("Funny how the same commentators kept claiming that inflation was transitory.",
     [("inflation was transitory", IND, "same commentators")]),
    # guards: a name before "keeps on"; "keep" with an object reports nothing; a progressive keeps its subject
    ("Ottawa keeps on telling us that the carbon tax will be revenue neutral.",
     [("the carbon tax will be revenue neutral", IND, "Ottawa")]),
    ("They keep the money in offshore accounts and say nothing.", []),
    ("The mayor is telling residents that the water is safe.",
     [("the water is safe", IND, "mayor")]),
])
def test_round38_encomments_keep_gerund(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, encomments) adverbs between the subject and its verb are no part of the speaker's name
    ("The columnist quite rightly points out that the budget was never balanced.",
     [("the budget was never balanced", IND, "columnist")]),
    ("The premier somehow believes that voters will forget the scandal.",
     [("voters will forget the scandal", IND, "premier")]),
    ("Trudeau CLEARLY stated that the deficit would be gone by 2019.",
     [("the deficit would be gone by 2019", IND, "Trudeau")]),
    ("The new chief only said that the review would take time.",
     [("the review would take time", IND, "new chief")]),
    ("This only further reveals that the council never read the report.", []),
    ("They are not against the deal but rather thought that it should have gone to court.",
     [("it should have gone to court", IND, None)]),
    # the name after "like" before a gerund speaks, not the words before it
    ("Sounds like Harper saying that the recession was over.",
     [("the recession was over", IND, "Harper")]),
    # guards: the name after "with" before a gerund; "Only" before the subject; an adverb in -ly as before
    ("Reminds me EXACTLY of that clip with Notley saying that the pipeline was dead.",
     [("the pipeline was dead", IND, "Notley")]),
    ("Only the auditor said that the numbers did not add up.",
     [("the numbers did not add up", IND, "auditor")]),
    ("The governor really thinks that nobody will notice.",
     [("nobody will notice", IND, "governor")]),
])
def test_round38_encomments_subject_adverbs(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, encomments) scare quotes around coordinated subjects are no part of the canonical name
    ('The "experts" and the "elites" told us that the mandates were temporary.',
     [("the mandates were temporary", IND, "experts and the elites")]),
    ('The bankers and the "economists" said the housing market would cool off.',
     [("the housing market would cool off", IND, "bankers and the economists")]),
    # a place modifying the heading's nouns before a colon names no speaker
    ('Las Vegas concert massacre: "Nobody could have stopped him."',
     [("Nobody could have stopped him.", DIR, None)]),
    ('Las Vegas shooting aftermath: "We are still counting the victims."',
     [("We are still counting the victims.", DIR, None)]),
    # guards: a person "on" a topic before the colon still speaks
    ('Justin Trudeau on the pipeline: "It will get built."',
     [("It will get built.", DIR, "Justin Trudeau")]),
])
def test_round38_encomments_names(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, encomments) "that way" after a cue is its object, no content clause
    ("He feels that way because his pension was cut.", []),
    ("Most people feel that way about the new tolls.", []),
    # a published piece's title after it is no direct quote
    ('Regarding the March 3 article, "Council votes to raise water rates," I have one question.', []),
    ("Margaret Lee's Sunday column (“Why we should all ride the bus”) missed the point.", []),
    ('Your editorial, "A budget nobody asked for," was spot on.', []),
    # guards: "that way too many …" is a clause; a quotation after a piece with its cue right after stays speech
    ("She said that way too many patients were waiting.",
     [("way too many patients were waiting", IND, None)]),
    ('He wrote in the column, "We should all ride the bus," and he meant it.',
     [("We should all ride the bus,", DIR, None)]),
])
def test_round38_encomments_titles(text, expected):
    assert_exact(text, expected)
