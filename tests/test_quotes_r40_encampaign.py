"""Round 40 (encampaign): English campaign news of 2015-2017. A description of the candidate just named by trade,
wealth or a title whose last word is not the office ("the real estate mogul", "the billionaire businessman", "the
former secretary of state", "the former first lady", "the president-elect") names that person, as "the Republican
nominee" and "the Vermont senator" did; a sentence adverb such as "Next," before a titled name with an apposition is no
speaker. Sentences written for these tests in the style of campaign, debate and transition reports."""

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
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # trade and wealth descriptions of the candidate named in the sentence before (were "real estate mogul" etc.)
    ("Donald Trump flew to Grand Rapids on Monday night. The real estate mogul told the crowd that the trade deal had "
     "gutted the state's factories.",
     [("the trade deal had gutted the state's factories", IND, "Donald Trump", "told")]),
    ("Donald Trump returned to Iowa on Saturday. \"We are going to win this state,\" the billionaire said.",
     [("We are going to win this state,", DIR, "Donald Trump", "said")]),
    ("Donald Trump spoke for an hour in Tampa. The billionaire businessman said he would release his tax returns once "
     "the audit was finished.",
     [("he would release his tax returns once the audit was finished", IND, "Donald Trump", "said")]),
    ("Donald Trump skipped the Fox News debate. \"I don't need them,\" the New York businessman said at a rally in "
     "Des Moines.",
     [("I don't need them,", DIR, "Donald Trump", "said")]),
    ("Ben Carson campaigned in South Carolina on Friday. The GOP hopeful said he would stay in the race through "
     "Super Tuesday.",
     [("he would stay in the race through Super Tuesday", IND, "Ben Carson", "said")]),
    # an office before "of" and a lower-case complement (was "former secretary of state")
    ("Hillary Clinton spoke at a union hall in Las Vegas. The former secretary of state said the minimum wage should "
     "rise to $15 an hour.",
     [("the minimum wage should rise to $15 an hour", IND, "Hillary Clinton", "said")]),
    ("Hillary Clinton answered questions about her email server in Iowa. \"I made a mistake,\" the former secretary of "
     "state told reporters.",
     [("I made a mistake,", DIR, "Hillary Clinton", "told")]),
    # "the former first lady" (was "former first lady")
    ("Hillary Clinton visited a community college in Nashua. \"This election is about your families,\" the former first "
     "lady said.",
     [("This election is about your families,", DIR, "Hillary Clinton", "said")]),
    # an office with "-elect" (was "president-elect")
    ("Donald Trump met with tech executives at Trump Tower on Wednesday. The president-elect said he wanted to help "
     "them bring jobs back.",
     [("he wanted to help them bring jobs back", IND, "Donald Trump", "said")]),
    ("Mike Pence toured the storm damage in Indiana. \"We will be there for you,\" the vice president-elect said.",
     [("We will be there for you,", DIR, "Mike Pence", "said")]),
    # a sentence adverb before a titled name with an apposition is no speaker (was "Next")
    ("Next, Ohio Gov. John Kasich, a former rival, said he had a good talk with the nominee.",
     [("he had a good talk with the nominee", IND, "John Kasich", "said")]),
    ("Afterward, Rep. Elijah Cummings, the top Democrat on the committee, told reporters that the hearing had been a waste "
     "of time.",
     [("the hearing had been a waste of time", IND, "Elijah Cummings", "told")]),
    ("Similarly, Sen. Tim Kaine, the running mate, said the debate had gone well.",
     [("the debate had gone well", IND, "Tim Kaine", "said")]),
    # a campaign or transition role before a name is a title, not part of the name a later surname resolves to (was
    # "Strategist Steve Bannon")
    ("White House Chief Strategist Steve Bannon spoke to the paper on Wednesday. \"The media should keep its mouth "
     "shut,\" Bannon said.",
     [("The media should keep its mouth shut,", DIR, "Steve Bannon", "said")]),
    ("Communications Director and Chief Strategist Sean Spicer met the candidates. \"We hope he will come,\" Spicer "
     "told the program.",
     [("We hope he will come,", DIR, "Sean Spicer", "told")]),
    ("Counselor Kellyanne Conway defended the order on Sunday. \"It is perfectly legal,\" Conway said.",
     [("It is perfectly legal,", DIR, "Kellyanne Conway", "said")]),
])
def test_r40_encampaign_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # descriptions that kept working before (round 33)
    ("Bernie Sanders campaigned in Oregon. \"The system is rigged,\" the Vermont senator told supporters.",
     [("The system is rigged,", DIR, "Bernie Sanders", "told")]),
    ("Donald Trump attacked the press in Ohio. The GOP nominee said the media was dishonest.",
     [("the media was dishonest", IND, "Donald Trump", "said")]),
    # an office before "of" with a place is another office: no one ("the president of Mexico" is not Trump)
    ("Donald Trump flew to Mexico City on Wednesday. The president of Mexico said his country would not pay for the "
     "wall.",
     [("his country would not pay for the wall", IND, "president of Mexico", "said")]),
    # two people named in the sentence before: the description stays as written
    ("Donald Trump met Mitt Romney at a golf club. \"We had a great talk,\" the billionaire said.",
     [("We had a great talk,", DIR, "billionaire", "said")]),
    # an indefinite description is someone new
    ("Donald Trump toured the plant in Ohio. A local businessman said the visit had been good for the town.",
     [("the visit had been good for the town", IND, "local businessman", "said")]),
    # a campaign and aides stay their own source
    ("The Clinton campaign said in a statement that the emails had never been classified.",
     [("the emails had never been classified", IND, "Clinton campaign", "said")]),
    ("Trump's campaign said the report was false.",
     [("the report was false", IND, "Trump's campaign", "said")]),
    # "Next" in the middle of a sentence is no opener
    ("Kasich said the next debate would decide the race.",
     [("the next debate would decide the race", IND, "Kasich", "said")]),
    # lower-case campaign roles kept working
    ("Clinton campaign manager Robby Mook met donors. \"This is disturbing,\" Mook said.",
     [("This is disturbing,", DIR, "Robby Mook", "said")]),
])
def test_r40_encampaign_guards(text, expected):
    assert_exact(text, expected)
