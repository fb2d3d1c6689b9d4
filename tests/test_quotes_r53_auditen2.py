"""Round 53, family auditen2 (English political news written here: campaign trail, shutdown talks, a White House
briefing, a Westminster reshuffle, a Supreme Court argument, a NATO spat): a he/she or a title description after a
sentence that reported nothing and opens with a fronted "Asked whether …," before a person's surname ("Asked whether a
shutdown was likely, Delgado paused. "…," he said" / "…," the secretary said); an age before a role's modifier and
head opening the sentence before a pronoun ("The 74-year-old majority leader has been through …. He acknowledged …");
"As X put it" with a place or time adjunct after "put it"; a candidate's campaign is a body, not the person seen with
"campaign manager"; a fronted "According to a … source," gives the name after it no title "source"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a fronted adjunct of being asked before a surname opening the sentence before a pronoun (was the spokesman)
    ("Senate Majority Leader Frank Delgado spoke on Monday. A spokesman said only that the president wanted a clean "
     "bill. Asked whether a shutdown was now likely, Delgado paused. \"I hope not,\" he said.",
     [(IND, "the president wanted a clean bill", "spokesman"), (DIR, "I hope not,", "Frank Delgado")]),
    ("Governor Maria Lopez toured the plant. A spokeswoman said the deal was dead. Pressed on whether the plant would "
     "close, Lopez paused. \"We will see,\" she said.",
     [(IND, "the deal was dead", "spokeswoman"), (DIR, "We will see,", "Maria Lopez")]),
    # ... and before a title description the opener holds (was the secretary general quoted before)
    ("Secretary of State Michael Torres spoke. Secretary General Anders Lund said the alliance was strong. Asked "
     "whether troops would leave, Torres declined to answer directly. \"All options are on the table,\" the secretary "
     "said.",
     [(IND, "the alliance was strong", "Anders Lund"), (DIR, "All options are on the table,", "Michael Torres")]),
    # an age before a role's modifier and head (was the representative quoted before)
    ("Senate Majority Leader Frank Delgado said talks had stalled. Representative Greg Lutz said the speaker was weak. "
     "The 74-year-old majority leader has been through several such standoffs. He acknowledged that this one felt "
     "different.",
     [(IND, "talks had stalled", "Frank Delgado"), (IND, "the speaker was weak", "Greg Lutz"),
      (IND, "this one felt different", "Frank Delgado")]),
    # "As X put it" with an adjunct after "put it" (was no cue: the person quoted before, or no one)
    ("Mayor Linda Okafor said voters should turn out. As Harlan put it at a diner in Waterloo, \"Iowa does not give "
     "you anything.\"",
     [(IND, "voters should turn out", "Linda Okafor"), (DIR, "Iowa does not give you anything.", "Harlan")]),
    ("\"Iowa does not give you anything,\" as Harlan put it on Sunday.",
     [(DIR, "Iowa does not give you anything,", "Harlan")]),
    # a campaign is a body, not the person seen with "campaign manager" (was Tom Reyes)
    ("Senator Ruth Harlan spoke. Harlan's campaign manager, Tom Reyes, warned that turnout was low. The Harlan campaign "
     "said that it welcomed the contrast.",
     [(IND, "turnout was low", "Tom Reyes"), (IND, "it welcomed the contrast", "Harlan campaign")]),
    ("Senator Ruth Harlan spoke. Harlan's campaign manager, Tom Reyes, warned that turnout was low. The campaign said "
     "that it welcomed the contrast.",
     [(IND, "turnout was low", "Tom Reyes"), (IND, "it welcomed the contrast", "campaign")]),
    # a fronted "According to a … source," gives the name after it no title (a later "the source" was Ashcroft)
    ("According to a senior government source, Ms Helen Ashcroft had privately warned colleagues that leaks were bad. "
     "Ministers were told that anyone briefing would be sacked, the source said.",
     [(IND, "Ms Helen Ashcroft had privately warned colleagues that leaks were bad", "senior government source"),
      (IND, "leaks were bad", "Helen Ashcroft"),
      (IND, "Ministers were told that anyone briefing would be sacked", "source"),
      (IND, "anyone briefing would be sacked", None)]),
]

GUARDS = [
    # already right: a surname alone after a fronted prepositional phrase, or opening the sentence
    ("Senate Majority Leader Frank Delgado spoke on Monday. A spokesman said only that the president wanted a clean "
     "bill. Delgado paused for a moment. \"I hope not,\" he said.",
     [(IND, "the president wanted a clean bill", "spokesman"), (DIR, "I hope not,", "Frank Delgado")]),
    ("Governor Maria Lopez toured the plant. A spokeswoman said the deal was dead. Asked whether she would run again, "
     "Lopez laughed. \"We will see,\" she said.",
     [(IND, "the deal was dead", "spokeswoman"), (DIR, "We will see,", "Maria Lopez")]),
    # the opener holds no such title: the description keeps its reading
    ("Secretary General Anders Lund said the alliance was strong. Senator Ann Cole spoke later. Asked whether troops "
     "would leave, Cole smiled. \"All options are on the table,\" the secretary said.",
     [(IND, "the alliance was strong", "Anders Lund"), (DIR, "All options are on the table,", "Anders Lund")]),
    # an age alone, no name of that age: the person quoted before goes on
    ("Representative Greg Lutz said the speaker was weak. The 74-year-old has been through several such standoffs. He "
     "acknowledged that this one felt different.",
     [(IND, "the speaker was weak", "Greg Lutz"), (IND, "this one felt different", "Greg Lutz")]),
    # "put it" with an adjunct and no quotation or sentence end after it reports nothing
    ("As he put it on the shelf, the box fell.", []),
    ("She put it on the table and left.", []),
    # a union's leader and the union; a spokesman named in apposition after "for the ministry"
    ("Union leader Tom Baxter said pay was low. The union said talks had failed.",
     [(IND, "pay was low", "Tom Baxter"), (IND, "talks had failed", "union")]),
    ("A spokesman for the ministry, Ivan Petrov, said talks failed. The spokesman added that it was bad.",
     [(IND, "talks failed", "Ivan Petrov"), (IND, "it was bad", "Ivan Petrov")]),
    # a fronted participial phrase of speaking keeps the name's title
    ("Speaking to a local reporter, Mayor Jane Hill said it was fine. The mayor added that it was good.",
     [(IND, "it was fine", "Jane Hill"), (IND, "it was good", "Jane Hill")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditen2(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


ARTICLE = Path(__file__).parent / "data" / "quotes_r53_political_article.txt"


def test_auditen2_political_article() -> None:
    got = run(ARTICLE.read_text(encoding="utf-8"))
    # the majority leader after a fronted "Asked whether …," and after "The 74-year-old majority leader"
    assert (DIR, "I hope not,", "Frank Delgado") in got
    assert (DIR, "But hope is not a strategy.", "Frank Delgado") in got
    assert (IND, "this one felt different", "Frank Delgado") in got
    assert (DIR, "more bitter than I can remember.", "Frank Delgado") in got
    # nested sources: the people familiar with the talks report what the chief of staff told Delgado
    assert (IND, "the president would veto any bill that cut funding for the new veterans' clinics", "Naomi Park") in got
    assert (DIR, "I am not going to write a blank check,", "Mark Elliott") in got
    assert (IND, "her caucus was divided", "Susan Whitaker") in got
    assert len(got) == 34
