"""Quote pre-annotator, round 38 (helper entweets): English quoted posts and retweets in comment sections.

Sentences written for these tests (handles invented), in the style of tweets and reader comments: a quoted post
opening with "@handle:" inside its marks ('“@handle: …” True.' was a direct quote of "@handle: …" with no speaker) and
an old-style retweet, "comment RT @handle: words" or "RT @handle words" (nothing was found, or reports inside the
retweeted words). The words after the handle are the handle's, a direct quote with the handle (without "@") as
SPEAKER and no cue; the commenter's own words before "RT" and after the closing mark stay out.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="comment", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    byid = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((byid[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((byid[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    sp and text[sp.start : sp.end], cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected, post=False):
    """expected: (quote text, label, speaker name); in a post, a named speaker's SPEAKER span is the name, no cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, sp in expected:
        name, span, cue = by_text[(t, lab)]
        assert name == sp, (t, name)
        if post and lab == DIR and sp is not None:
            assert (span, cue) == (sp, None), (t, span, cue)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, entweets) a quoted post: the handle inside the marks speaks the words after its colon
    ("“@DanaReeves_: pineapple on pizza is a crime” Facts.",
     [("pineapple on pizza is a crime", DIR, "DanaReeves_")]),
    ('"@tomwrites: the bus was 40 minutes late again this morning" every single day smh',
     [("the bus was 40 minutes late again this morning", DIR, "tomwrites")]),
    ("“@Kayla_J22: @bigmike I told you this game was gonna be close!!” you did lol",
     [("@bigmike I told you this game was gonna be close!!", DIR, "Kayla_J22")]),
    ('"@CityNewsDesk: Road closed on Elm Street after a water main break http://t.co/x1Yz" ugh',
     [("Road closed on Elm Street after a water main break http://t.co/x1Yz", DIR, "CityNewsDesk")]),
    # (round 38, entweets) a retweet with a comment before it: the words after the colon are the handle's
    ("So true RT @marcus_b: nobody appreciates the backup quarterback until he wins a game",
     [("nobody appreciates the backup quarterback until he wins a game", DIR, "marcus_b")]),
    ("RT @WeatherWatchNY: Snow totals could reach a foot in the city by Saturday morning",
     [("Snow totals could reach a foot in the city by Saturday morning", DIR, "WeatherWatchNY")]),
    # a retweet runs to the next marker; a cut-off post loses its "…"
    ("lmao RT @jaylen_k: why you still up? RT @ninaaa: I can't sleep at all tonight",
     [("why you still up?", DIR, "jaylen_k"), ("I can't sleep at all tonight", DIR, "ninaaa")]),
    ("RT @PolicyWonk: The new budget cuts school funding by 12 percent and nobody in the council is talking abo…",
     [("The new budget cuts school funding by 12 percent and nobody in the council is talking abo", DIR,
       "PolicyWonk")]),
    # the older form without the colon, before a word; a credit ("via @x") ends it
    ("Great read! RT @sarahcooks Five easy dinners you can make in twenty minutes via @foodblog",
     [("Five easy dinners you can make in twenty minutes", DIR, "sarahcooks")]),
    # a report inside the retweeted words is the author's, as inside a quotation (was a report by "coach")
    ("RT @SportsDesk_: The coach says the team will be ready for the playoffs",
     [("The coach says the team will be ready for the playoffs", DIR, "SportsDesk_")]),
])
def test_round38_entweets_posts(text, expected):
    assert_exact(text, expected, post=True)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, entweets) guards: what the new rules leave alone
    # a reply inside marks (no colon after the handle): the handle is spoken to, not the author
    ("She replied '@JessP_ see you there' and logged off.", []),
    # a request to retweet, a marker before another handle, and "RT" with no handle
    ("Please RT @MissingPetsUK: our dog Bailey went missing near the park", []),
    ("RT @joe_p @amyk", []),
    ("I will never top this RT.", []),
    # a tweet quoted in a news report keeps its speaker and cue
    ("A user identified as @MikeR_44 tweeted: “The vote was rigged from the start.”",
     [("The vote was rigged from the start.", DIR, "MikeR_44")]),
    ("The senator said the bill would pass next week.",
     [("the bill would pass next week", IND, "senator")]),
])
def test_round38_entweets_guards(text, expected):
    assert_exact(text, expected)
