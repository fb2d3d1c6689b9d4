"""Round 48, family endebates3: debate-speech shapes left by round 48's two debate audits ("that" as a pronoun object
before "to be" or "to" and an addressee, "I believe that to be accurate"; a plain object noun before a relative "that",
"He said things that he later regretted"; "tell me about what …"; "a matter of saying"/"instead of saying"; the frame
"I'll tell you what …"; a plural role noun with a pronoun after "of" as the speaker, "the proponents of it"; a pseudo-cleft's
"What" as a participle's speaker)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # "that" is a pronoun object before "to be" or before "to" and an addressee
    ("I believe that to be accurate, I had 49 percent.", []),
    ("He believed that to be the case, but he was wrong.", []),
    ("Try telling that to the farmers who lost everything.", []),
    # a plain object noun before a relative "that"/"which" after the cue
    ("I've said things that, frankly, nobody should repeat.", []),
    ("He said things that he later regretted.", []),
    ("She said many things that were untrue.", []),
    ("The senator said several things that angered voters.", []),
    ("He told reporters things that were not true.", []),
    # "tell … about what …" names a topic
    ("I don't need Mr. Nixon to tell me about what my responsibilities are.", []),
    # "a matter of saying", "instead of saying": nothing was said
    ("It is not a matter of saying the program has failed.", []),
    ("Smith, instead of saying the program failed, blamed Congress.", []),
    ("It is a question of saying that we were wrong.", []),
    # "I'll tell you what …" frames the speaker's own words
    ("I will tell you what isn't fictionalized are her e-mails.", []),
    ("I'll tell you what the problem is.", []),
    ("I'll tell you what I think: the plan is a disaster.", []),
    # a plural role noun with a pronoun after "of" speaks
    ("Even the proponents of it admitted that the plan would cost jobs.",
     [(IND, "the plan would cost jobs", "proponents of it")]),
    ("Opponents of it argued that the tax would hurt families.",
     [(IND, "the tax would hurt families", "Opponents of it")]),
    # a pseudo-cleft's "What" is no speaker of a participle
    ("What we've done is organize the international community, saying Assad has to go.",
     [(IND, "Assad has to go", None)]),
]

GUARDS = [
    ("I believe that the plan is accurate.", [(IND, "the plan is accurate", None)]),
    ("Many in Hong Kong fear that to pause or seek compromise is to surrender entirely.",
     [(IND, "to pause or seek compromise is to surrender entirely", "Many in Hong Kong")]),
    ("He said that to be fair, the plan has some merit.", [(IND, "to be fair, the plan has some merit", None)]),
    ("Officials said that to reach the site, crews had to cut trees.",
     [(IND, "to reach the site, crews had to cut trees", "Officials")]),
    ("He said that things were getting better.", [(IND, "things were getting better", None)]),
    ("He said the things that matter most are jobs.", [(IND, "the things that matter most are jobs", None)]),
    ("He said something was wrong.", [(IND, "something was wrong", None)]),
    ("The senator told voters things were fine.", [(IND, "things were fine", "senator")]),
    ("He told reporters that things were fine.", [(IND, "things were fine", None)]),
    ("I'll tell you what: the plan is in very serious trouble.", [(IND, "the plan is in very serious trouble", None)]),
    ("He will tell you what the problem is.", [(IND, "what the problem is", None)]),
    ("Critics of the plan said that it was flawed.", [(IND, "it was flawed", "Critics of the plan")]),
    ("Many of them said that the plan was flawed.", [(IND, "the plan was flawed", "Many of them")]),
    ("What I said was that the economy is growing.", [(IND, "the economy is growing", "I")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
