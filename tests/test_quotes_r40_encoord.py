"""Round 40 (encoord): English coordinated and listed speakers, and owned noun reports with "its"/"their".

Conventions (round 39's coordinated sources, carried on to lists): a list of names or bodies that opens its clause
speaks as one group; the SPEAKER span is the whole list (party-and-state tags inside it), attrs.speaker names each
person without titles or tags ("Jim Jordan, Mark Meadows and Matt Gaetz") or, for bodies, is the phrase without its
leading article. "its"/"their" before an owned speech noun name the body the pronoun resolves to, from the speaker of
an earlier sentence on, as "it"/"they" opening a clause do ("their" is never one person)."""

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
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            spk = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None, text[spk.start : spk.end] if spk else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by_text[(t, lab)][: len(rest)]) == tuple(rest), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # a list of three or more names before a finite cue speaks as one group (was the last two)
    ("Clinton, Sanders and O'Malley all said the trade deal had cost factory jobs.",
     [("the trade deal had cost factory jobs", IND, "Clinton, Sanders and O'Malley", "said",
       "Clinton, Sanders and O'Malley")]),
    ("Apple, Amazon and Microsoft said they would comply with the new reporting rules.",
     [("they would comply with the new reporting rules", IND, "Apple, Amazon and Microsoft", "said",
       "Apple, Amazon and Microsoft")]),
    ('"We stand with the people of Kharkiv," Olaf Brenner, Jean-Luc Marchand and Piotr Zalewski said in a joint '
     'statement.',
     [("We stand with the people of Kharkiv,", DIR, "Olaf Brenner, Jean-Luc Marchand and Piotr Zalewski", "said")]),
    # titles and party-and-state tags go with the span, not with the names
    ("Reps. Dana Whitfield (R-Texas), Tom Breyer (R-Ohio) and Lisa Moran (R-Fla.) said the audit had been rushed.",
     [("the audit had been rushed", IND, "Dana Whitfield, Tom Breyer and Lisa Moran", "said",
       "Reps. Dana Whitfield (R-Texas), Tom Breyer (R-Ohio) and Lisa Moran (R-Fla.)")]),
    # a list after a fronted adjunct, and bodies with their articles
    ("In Brussels, France, Germany and Italy said the tariffs would hurt their farmers.",
     [("the tariffs would hurt their farmers", IND, "France, Germany and Italy", "said")]),
    ("The FBI, the CIA and the NSA said the threat to the election was real.",
     [("the threat to the election was real", IND, "FBI, the CIA and the NSA", "said")]),
    # a plural description before the list goes with it
    ("Tech giants Apple, Google and Meta said they would appeal the ruling.",
     [("they would appeal the ruling", IND, "Tech giants Apple, Google and Meta", "said")]),
    # a list before a participle cue (was the first name)
    ("Sens. Mark Halvorsen (R-Iowa), Joan Pryce (R-Wis.) and Dean Mertz (R-Utah) sent a letter to the agency on "
     "Monday, saying the delays were unacceptable.",
     [("the delays were unacceptable", IND, "Mark Halvorsen, Joan Pryce and Dean Mertz", "saying")]),
    ("Congressmen Ed Varga, Tim Holloway, Ray Dunn, and Carl Pike sent a letter to the governor, urging him to veto "
     "the bill.",
     [("to veto the bill", IND, "Ed Varga, Tim Holloway, Ray Dunn and Carl Pike", "urging")]),
    ("YouTube, Facebook and Twitter took down the video on Wednesday, saying it broke their rules on violence.",
     [("it broke their rules on violence", IND, "YouTube, Facebook and Twitter", "saying")]),
    # "its"/"their" name the body an earlier sentence's report was spoken by (was no name)
    ("Exxon said on Tuesday that it would appeal. Environmental groups rejected its claim that the spill was small.",
     [("it would appeal", IND, "Exxon", "said"),
      ("the spill was small", IND, "Exxon", "claim", "its")]),
    ("The union said the strike would go on. Management disputed its assertion that wages had fallen.",
     [("the strike would go on", IND, "union", "said"),
      ("wages had fallen", IND, "union", "assertion", "its")]),
])
def test_r40_encoord_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # pairs keep round 39's readings
    ("Sens. John Thune and Chuck Schumer said the deal was close.",
     [("the deal was close", IND, "John Thune and Chuck Schumer", "said")]),
    ("Trump and Pence, his running mate, said the election was rigged.",
     [("the election was rigged", IND, "Trump and Pence", "said")]),
    ("Both the White House and the Pentagon denied that troops were moving.",
     [("troops were moving", IND, "Both the White House and the Pentagon", "denied")]),
    # a time word or a preposition before the pair is no listed name
    ("On Monday, Smith and Jones said the report was flawed.",
     [("the report was flawed", IND, "Smith and Jones", "said")]),
    # (round 40, enorgnames: a list inside the postmodifier of a plural head of people is part of that head's phrase;
    # was the last two names, "Twitter and Google")
    ("Officials from Facebook, Twitter and Google said the data was safe.",
     [("the data was safe", IND, "Officials from Facebook, Twitter and Google", "said")]),
    # a list inside an "of" phrase keeps its earlier reading (the pair; the whole phrase would be the source)
    ("Why did the charters of Ohio, Indiana, Illinois and Michigan all declare that the land belonged to settlers?",
     [("the land belonged to settlers?", IND, "Illinois and Michigan", "declare")]),
    # an apposition with a role and a description is no list
    ("Owen Fairley, Plant Manager and a lifelong resident of Dunmore, said the plant would hire 200 workers.",
     [("the plant would hire 200 workers", IND, "Owen Fairley", "said")]),
    # a list of objects before a trailing attribution is no subject
    ("The ban hit Facebook, Twitter and Google, the company said.",
     [("The ban hit Facebook, Twitter and Google", IND, "company", "said")]),
    # "their" is no single person; "his" is unchanged
    ("Senator Jane Holt said the bill was fair. Democrats rejected their claim that the bill would cut costs.",
     [("the bill was fair", IND, "Jane Holt", "said"),
      ("the bill would cut costs", IND, "Democrats", "rejected")]),
    ("The senator repeated his claim that the election was stolen.",
     [("the election was stolen", IND, "senator", "repeated")]),
])
def test_r40_encoord_guards(text, expected):
    assert_exact(text, expected)
