"""Round 48, family endebates4: debate-speech shapes left by round 48's endebates3 (a determined object noun whose own
relative holds a report opens the content, "He said those things that he said were wrong"; "tell me about how …" a
topic like "about what"; the speaker's own assurance after "I can"/"we can", "I can tell you that …"; the object of an
accusation or a praise speaks its "of"/"for" speech gerund, "He accused Smith of saying …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a determined object noun with a relative that holds its own report opens the content
    ("He said those things that he said were wrong.",
     [(IND, "those things that he said were wrong", None), (IND, "were wrong", None)]),
    # "tell … about how …" names a topic, as "about what"
    ("They tell me about how discouraged their son may be.", []),
    ("They told me about how hard it was to find work.", []),
    # the speaker's own assurance after "I can"/"we can"
    ("I can tell you that the plan will work.", [(IND, "the plan will work", None)]),
    ("I can tell you the plan will work.", [(IND, "the plan will work", None)]),
    ("I can confirm that two people were arrested.", [(IND, "two people were arrested", None)]),
    # the object of an accusation or a praise speaks its gerund
    ("He accused Smith of saying the program had failed.",
     [(IND, "He accused Smith of saying the program had failed", None), (IND, "the program had failed", "Smith")]),
    ("She criticized the governor for saying that taxes would fall.", [(IND, "taxes would fall", "governor")]),
    ("Democrats accused the president of claiming the virus would disappear.",
     [(IND, "Democrats accused the president of claiming the virus would disappear", "Democrats"),
      (IND, "the virus would disappear", "president")]),
]

GUARDS = [
    ("He said the things that he said were wrong.",
     [(IND, "the things that he said were wrong", None), (IND, "were wrong", None)]),
    ("He said things that he later regretted.", []),
    ("He said those things that he later regretted.", []),
    ("He said things that he said were false.", [(IND, "were false", None)]),
    ("Officials seized a ship that they said was carrying weapons.", [(IND, "was carrying weapons", None)]),
    ("He told reporters how the company had failed.", [(IND, "how the company had failed", None)]),
    ("He told me about what happened.", []),
    ("I will tell you that the plan will work.", [(IND, "the plan will work", None)]),
    ("I can say that the plan will work.", []),
    ("What I can tell you is that the plan will work.", []),
    ("Nobody can tell you that the plan will work.", []),
    ("I can tell when certain people are posting on a page.", []),
    ("Smith was criticized for saying the program had failed.", [(IND, "the program had failed", "Smith")]),
    ("He accused Smith of lying about the program.", [(IND, "He accused Smith of lying about the program", None)]),
    ("Republicans accused him of saying the program had failed.",
     [(IND, "Republicans accused him of saying the program had failed", "Republicans"),
      (IND, "the program had failed", "Republicans")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
