"""Round 47, family endirect: English direct quotations in their harder forms (an ellipsis closing a quotation before its
inverted attribution, multi-paragraph quotes whose first paragraph takes its speaker late, "So said X" after a
quotation, a wh-word before a titled name; guards for brackets, ellipses, nested quotes, "he added", colon quotes,
long appositions, British single marks, questions and scare quotes)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


def spans(text: str) -> list[tuple[str, str]]:
    from tests.quote_cases import annotate
    return [(s.label, text[s.start : s.end]) for s in annotate(text, "en").spans if s.label in ("SPEAKER", "CUE")]


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"
SMITH = "John Smith"

FIXES = [
    # an ellipsis closing a quotation that opens its sentence, then the inverted attribution (the cue was cut off into
    # a sentence of its own: the speaker came from the next sentence, with no cue)
    ('"We will fight on …" Senator John Smith said.', [(DIR, "We will fight on …", SMITH)],
     [("SPEAKER", "Senator John Smith"), ("CUE", "said")]),
    ('"We will fight on..." Senator John Smith said.', [(DIR, "We will fight on...", SMITH)],
     [("SPEAKER", "Senator John Smith"), ("CUE", "said")]),
    ('"We will fight on ..." Senator John Smith told reporters.', [(DIR, "We will fight on ...", SMITH)],
     [("SPEAKER", "Senator John Smith"), ("CUE", "told")]),
    ("“I just don’t know anymore …” Maria Lopez said quietly.", [(DIR, "I just don’t know anymore …", "Maria Lopez")],
     [("SPEAKER", "Maria Lopez"), ("CUE", "said")]),
    # a multi-paragraph quote whose first paragraph took the speaker of the sentence before it: the later paragraphs
    # share it (the last paragraph had no speaker)
    ('Senator John Smith spoke to reporters on Tuesday.\n\n"We have the votes and we have the money. Nobody should doubt '
     'that.\n\n"We will not back down."',
     [(DIR, "We have the votes and we have the money. Nobody should doubt that.", SMITH),
      (DIR, "We will not back down.", SMITH)], None),
    ("Mayor Jane Doe stood in front of the ruins.\n\n“We lost the library, the school and the clinic.\n\n“But we will "
     "rebuild every one of them.”",
     [(DIR, "We lost the library, the school and the clinic.", "Jane Doe"),
      (DIR, "But we will rebuild every one of them.", "Jane Doe")], None),
    # "So said X" / "So says X" after a quotation: the speaker follows the cue (the speaker was "So", and the name a
    # reported content)
    ('"We have lost everything." So said Maria Lopez, a farmer in the valley.',
     [(DIR, "We have lost everything.", "Maria Lopez")], [("SPEAKER", "Maria Lopez")]),
    ('"This deal is dead." So says Senator John Smith.', [(DIR, "This deal is dead.", SMITH)],
     [("SPEAKER", "Senator John Smith")]),
    # a wh-word before a titled name is no role word of the speaker's phrase
    ('"This deal is dead." That\'s what Senator John Smith told reporters on Tuesday.',
     [(DIR, "This deal is dead.", SMITH)], [("SPEAKER", "Senator John Smith")]),
]

GUARDS = [
    # bracketed insertions stay inside the span
    ('"[The president] is wrong about this," Smith said.', [(DIR, "[The president] is wrong about this,", "Smith")]),
    ('"They [Republicans] have no plan," said Johnson.', [(DIR, "They [Republicans] have no plan,", "Johnson")]),
    # ellipses inside, at the start, and before a comma
    ('"The deal … will not survive," Smith said.', [(DIR, "The deal … will not survive,", "Smith")]),
    ('"... and that is why we are here," Smith said.', [(DIR, "... and that is why we are here,", "Smith")]),
    ('"We will fight on ...," Senator John Smith said.', [(DIR, "We will fight on ...,", SMITH)]),
    ('"We will fight on…" she said.', [(DIR, "We will fight on…", None)]),
    # the writer's "I" after a quotation trailing off stays a sentence of its own
    ('"That is simply stupid..." I believe that should be the end of it.',
     [(DIR, "That is simply stupid...", None), (IND, "that should be the end of it", None)]),
    # nested quotations: one span for the outer quote
    ('"He said \'never,\' and I believed him," she recalled.', [(DIR, "He said 'never,' and I believed him,", None)]),
    # "he added", "she continued", a split quote
    ('"We are going to win," Smith said. "And we will do it without help," he added.',
     [(DIR, "We are going to win,", "Smith"), (DIR, "And we will do it without help,", "Smith")]),
    ('"The economy is strong," Smith said. "Unemployment is down," she continued.',
     [(DIR, "The economy is strong,", "Smith"), (DIR, "Unemployment is down,", "Smith")]),
    ('"The plan," Senator John Smith said, "is dead on arrival."',
     [(DIR, "The plan,", SMITH), (DIR, "is dead on arrival.", SMITH)]),
    # a colon quote after a named person's clause
    ('Senator John Smith was blunt: "This is a disgrace and we will not tolerate it."',
     [(DIR, "This is a disgrace and we will not tolerate it.", SMITH)]),
    # inversions and appositions
    ('"This deal is dead," said Senator John Smith, who has led the committee since 2015 and is a critic of the president.',
     [(DIR, "This deal is dead,", SMITH)]),
    ('"This deal is dead," Smith, a Democrat from Ohio who chairs the committee, said on Tuesday.',
     [(DIR, "This deal is dead,", "Smith")]),
    ('"This deal is dead," Sen. John Smith, D-Ohio, said.', [(DIR, "This deal is dead,", SMITH)]),
    # the speaker in the sentence before
    ('Mayor Jane Doe did not hold back. "This is a disgrace and the council should resign."',
     [(DIR, "This is a disgrace and the council should resign.", "Jane Doe")]),
    # British single marks
    ("'We won't back down,' Mr Johnson said. 'The country deserves better.'",
     [(DIR, "We won't back down,", "Johnson"), (DIR, "The country deserves better.", "Johnson")]),
    # questions
    ('"Why now?" asked Maria Lopez, a farmer in the valley.', [(DIR, "Why now?", "Maria Lopez")]),
    # scare quotes and names
    ("The so-called \"peace plan\" was rejected.", []),
    ("Labour's 'levelling up' agenda has stalled.", []),
    # "So" opening a sentence with no inversion
    ("So said the report, which was published on Monday.", []),
    # a multi-paragraph quote with its own cue keeps it
    ('"We will win this election," Senator John Smith said.\n\n"We have the votes.\n\n"We will not back down," he added.',
     [(DIR, "We will win this election,", SMITH), (DIR, "We have the votes.", SMITH),
      (DIR, "We will not back down,", SMITH)]),
]


@pytest.mark.parametrize(("text", "expected", "marks"), FIXES)
def test_fixes(text: str, expected: list, marks: list | None) -> None:
    assert run(text) == expected
    if marks is not None:
        got = spans(text)
        assert all(m in got for m in marks), got


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
