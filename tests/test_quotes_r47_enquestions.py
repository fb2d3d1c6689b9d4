"""Round 47, family enquestions: English reported questions, negated and hedged reports and refusals (asked who/where/
which, "whether or not", inquired/queried whether, a progressive or participle "asking", a report after a refusal and
", but said")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a question word that was no complementizer after a cue of asking (reported nothing)
    ("Smith asked who authorized the payment.", [(IND, "who authorized the payment", "Smith")]),
    ("Smith asked him who had authorized the payment.", [(IND, "who had authorized the payment", "Smith")]),
    ("Smith asked which countries had signed the treaty.", [(IND, "which countries had signed the treaty", "Smith")]),
    ("The senator asked where the money had gone.", [(IND, "where the money had gone", "senator")]),
    # "whether or not" (the content began with "or not")
    ("Smith asked whether or not the plan would work.", [(IND, "the plan would work", "Smith")]),
    ("The senator wondered whether or not the plan would work.", [(IND, "the plan would work", "senator")]),
    # tags of asking before their question (reported only as a quotation's tag)
    ("Smith inquired whether the plan would work.", [(IND, "the plan would work", "Smith")]),
    ("The senator queried whether the plan would work.", [(IND, "the plan would work", "senator")]),
    # a progressive "asking" before its question, and the participle after a comma
    ("Residents are asking why the water was shut off.", [(IND, "why the water was shut off", "Residents")]),
    ("The senator was asking whether the bill was dead.", [(IND, "the bill was dead", "senator")]),
    ("Critics have been asking why the documents were withheld.", [(IND, "why the documents were withheld", "Critics")]),
    ("Smith wrote to the agency, asking why the documents had been withheld.",
     [(IND, "why the documents had been withheld", "Smith")]),
    # a refusal or a negated predicate, its comma, then ", but said" (no speaker; without the comma it had one)
    ("The spokesman declined to say whether the company would appeal, but said it was reviewing the ruling.",
     [(IND, "it was reviewing the ruling", "spokesman")]),
    ("The spokesman declined to comment, but said the company was reviewing the ruling.",
     [(IND, "the company was reviewing the ruling", "spokesman")]),
    ("The spokesman would not say whether the company would appeal, but said it was reviewing the ruling.",
     [(IND, "it was reviewing the ruling", "spokesman")]),
    ("The spokesman gave no details, but said the company was reviewing the ruling.",
     [(IND, "the company was reviewing the ruling", "spokesman")]),
    ("The company declined to comment on the report, but said it had always followed the law.",
     [(IND, "it had always followed the law", "company")]),
]

GUARDS = [
    # refusals and negated cues report nothing (a negated cue reports nothing, round 5)
    ("The spokesman declined to say whether the company would appeal.", []),
    ("The minister would not say how many troops would be sent.", []),
    ("The company refused to confirm that it had laid off 200 workers.", []),
    ("The minister did not deny that the government had held secret talks.", []),
    ("A spokesman could not immediately say whether anyone had been hurt.", []),
    ("The White House has yet to say whether it will veto the bill.", []),
    # the writer's own questions and statements
    ("It was not clear whether the talks would resume.", []),
    ("The question is whether the government can afford the plan.", []),
    ("I am asking why the documents were withheld.", []),
    ("I inquired whether the plan would work.", []),
    ("And if a crisis comes up, I ask who has the judgment to make the right decision?", []),
    ("Why are people asking whether the plan will work?", []),
    ("Smith was asked whether he would run again.", []),
    ("Everyone is asking for more money.", []),
    ("Smith asked the minister who had authorized the payment.", []),
    # what already worked
    ("Reporters asked the minister whether the talks had failed.", [(IND, "the talks had failed", "Reporters")]),
    ("The judge asked why the documents had been withheld.", [(IND, "why the documents had been withheld", "judge")]),
    ("The group filed a lawsuit, asking the court to block the law.", [(IND, "to block the law", "group")]),
    ("The president denied reports that he had fired his chief of staff.",
     [(IND, "he had fired his chief of staff", "president")]),
    ("Police declined to identify the victim, but said she was 34.", [(IND, "she was 34", "Police")]),
    ("The spokesman declined to comment but said the company was reviewing the ruling.",
     [(IND, "the company was reviewing the ruling", "spokesman")]),
    ("The minister declined to comment, but officials said the talks had stalled.",
     [(IND, "the talks had stalled", "officials")]),
    ("The spokesman met the minister, but said the talks had stalled.", []),
    ("Asked whether he would run again, Smith said he had not decided.", [(IND, "he had not decided", "Smith")]),
    ("Johnson was quoted as saying that the economy would recover by spring.",
     [(IND, "the economy would recover by spring", "Johnson")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enquestions(text, expected):
    assert sorted(run(text)) == sorted(expected)
