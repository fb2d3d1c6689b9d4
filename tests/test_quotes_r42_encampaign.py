"""Round 42 (encampaign): English campaign and social-media coverage (sentences written for these tests in the style
of US, UK and Canadian political reporting; see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (ee0a124)
@pytest.mark.parametrize(("text", "expected"), [
    # a post's platform of more than one word, or with a day after it, before "that" (nothing was reported)
    ("Trump posted on Truth Social that the special counsel should be disbarred.",
     [("the special counsel should be disbarred", IND, "Trump", "Trump", "posted")]),
    ("The former president posted on his Truth Social platform on Sunday that the debate had been rigged.",
     [("the debate had been rigged", IND, "former president", "The former president", "posted")]),
    ("Musk posted on X on Tuesday that the agency would be shut down within weeks.",
     [("the agency would be shut down within weeks", IND, "Musk", "Musk", "posted")]),
    ("Vance posted to Truth Social late Monday that the ticket would carry Ohio easily.",
     [("the ticket would carry Ohio easily", IND, "Vance", "Vance", "posted")]),
    ("The governor posted Friday on X that the state would sue over the tariffs.",
     [("the state would sue over the tariffs", IND, "governor", "The governor", "posted")]),
    ("Trump posted on Truth Social early Wednesday that the judge was \"totally conflicted.\"",
     [("the judge was \"totally conflicted.\"", IND, "Trump", "Trump", "posted"),
      ("totally conflicted.", DIR, "Trump", "Trump", "posted")]),
    # an -ly adverb and a participle before the source's noun after "according to" (the speaker was "newly")
    ("According to the newly elected mayor, the city will not raise property taxes this year.",
     [("the city will not raise property taxes this year", IND, "newly elected mayor", "the newly elected mayor",
       "According to")]),
    ("According to a recently retired senator, the caucus had no plan for the debt ceiling.",
     [("the caucus had no plan for the debt ceiling", IND, "recently retired senator", "a recently retired senator",
       "According to")]),
    # a party-and-state tag after the source's name (the tag opened the content)
    ("According to Rep. Dana Whitfield, R-Texas, the leadership never whipped the vote.",
     [("the leadership never whipped the vote", IND, "Dana Whitfield", "Rep. Dana Whitfield", "According to")]),
    ("According to Sen. Marcus Hale, D-N.Y., the bill will not reach the floor before the recess.",
     [("the bill will not reach the floor before the recess", IND, "Marcus Hale", "Sen. Marcus Hale", "According to")]),
])
def test_encampaign_fixes(text, expected):
    assert_exact(text, expected)


# guards: these pass on the frozen tree and must stay
@pytest.mark.parametrize(("text", "expected"), [
    ("Harris wrote on X that the ruling was a threat to every American.",
     [("the ruling was a threat to every American", IND, "Harris", "Harris", "wrote")]),
    ("Trump posted on social media that the trial was a sham.",
     [("the trial was a sham", IND, "Trump", "Trump", "posted")]),
    ("The campaign posted a video on Instagram that drew two million views.", []),
    ("The newly elected mayor said the city would not raise property taxes.",
     [("the city would not raise property taxes", IND, "newly elected mayor", "The newly elected mayor", "said")]),
    ("\"We are not going to back down,\" Rep. Lena Ortiz, D-Calif., told reporters on Tuesday.",
     [("We are not going to back down,", DIR, "Lena Ortiz", "Rep. Lena Ortiz", "told")]),
    ("The crowd chanted \"Four more years!\" as the president took the stage.",
     [("Four more years!", DIR, "crowd", "The crowd", "chanted")]),
    ("A senior administration official, who spoke on condition of anonymity, said the White House expected a deal "
     "by Friday.",
     [("the White House expected a deal by Friday", IND, "senior administration official",
       "A senior administration official", "said")]),
])
def test_encampaign_guards(text, expected):
    assert_exact(text, expected)
