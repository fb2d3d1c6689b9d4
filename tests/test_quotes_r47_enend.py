"""Round 47, family enend: where an English INDIRECT_QUOTE content ends (a trailing medium adjunct with its
publication participle, "posted online", "released on Friday"; a medium without an article, "in remarks at …"; a
medium's participle between the cue and "that"; a participle's speech-noun object after the content, ", declining
further comment"), with guards for the ends decided earlier (", adding that", "and that", ", but critics …", a
relative clause, a semicolon, a dash aside, ", citing …", a nested trailing attribution)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a medium's participle between the cue and "that" took the cue (no report, or the speaker "group said")
    ("The group said in a statement posted online that it carried out the attack.",
     [(IND, "it carried out the attack", "group")]),
    ("The group said in a video posted on YouTube that it would continue fighting.",
     [(IND, "it would continue fighting", "group")]),
    # the medium before "that" with a two-word content (was no report)
    ("The company said in a filing that profits fell.",
     [(IND, "profits fell", "company")]),
    # the medium and its participle after the content are the cue's adjunct
    ("The company said profits fell sharply in a statement released Friday.",
     [(IND, "profits fell sharply", "company")]),
    ("The group said it carried out the attack, in a statement posted online.",
     [(IND, "it carried out the attack", "group")]),
    ("The company said it would cut jobs in a letter sent to employees on Monday.",
     [(IND, "it would cut jobs", "company")]),
    ("The company said profits fell sharply in a statement posted on its website.",
     [(IND, "profits fell sharply", "company")]),
    # a medium without an article
    ("The minister said the talks had failed, in remarks at the White House.",
     [(IND, "the talks had failed", "minister")]),
    # a participle's speech-noun object is no trailing attribution (the whole sentence was a report by "declining")
    ("The spokeswoman said the company would respond in due course, declining further comment.",
     [(IND, "the company would respond in due course", "spokeswoman")]),
    ("The spokeswoman said the company would respond, refusing further comment.",
     [(IND, "the company would respond", "spokeswoman")]),
]

GUARDS = [
    ("He said the statement was released on Friday.",
     [(IND, "the statement was released on Friday", None)]),
    ("She said the documents were published in a report.",
     [(IND, "the documents were published in a report", None)]),
    ("The senator tweeted that the bill would pass.",
     [(IND, "the bill would pass", "senator")]),
    ("She posted on Facebook that the school would close.",
     [(IND, "the school would close", None)]),
    ("The ministry said in a statement issued late Sunday that the talks had failed.",
     [(IND, "the talks had failed", "ministry")]),
    ("The spokeswoman said the company would respond, declining comment.",
     [(IND, "the company would respond", "spokeswoman")]),
    ("The minister said on Tuesday in Berlin that exports would rise.",
     [(IND, "exports would rise", "minister")]),
    ("The minister said that exports would rise in March.",
     [(IND, "exports would rise in March", "minister")]),
    ("She said the decision was final, noting that the board had voted unanimously.",
     [(IND, "the decision was final", None), (IND, "the board had voted unanimously", None)]),
    ("Officials said that the fire started in the kitchen and that nobody was hurt.",
     [(IND, "the fire started in the kitchen and that nobody was hurt", "Officials")]),
    ("He said the reform would cost billions, which critics dispute.",
     [(IND, "the reform would cost billions", None)]),
    ("He said the police had used excessive force — a charge the police deny.",
     [(IND, "the police had used excessive force", None)]),
    ("The mayor said the bridge would reopen next week; the council has not confirmed the date.",
     [(IND, "the bridge would reopen next week", "mayor")]),
    ("The senator said the bill would pass, citing support from both parties.",
     [(IND, "the bill would pass", "senator")]),
    ("He said the talks failed because the other side walked out.",
     [(IND, "the talks failed because the other side walked out", None)]),
    ("The economy would recover next year, according to a statement released on Friday.",
     [(IND, "The economy would recover next year", "statement")]),
    ("The minister said the talks had failed, in an interview with the BBC.",
     [(IND, "the talks had failed", "minister")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enend(text, expected):
    assert sorted(run(text)) == sorted(expected)
