"""Round 52, family en3left: English leftovers of the audit of non-wire texts (a Q&A interview, an opinion column, a
local-news roundup, a feature), rows written as our own sentences. In Q&A copy with an intro ("Q:"/"A:" turns, or labels
of the speakers' initials) the answer's "I" is the interviewee the intro names, the asker's "you" is the one asked, and a
pronoun in an answer is neither the interviewer nor someone named only turns before; a report's title in apposition
between a cue and "that" is no quote and the that-clause is the content; a nickname after "call X" is no quote of a cue in
a because-clause after it; a heading line of a roundup stops a description ("The owner") reaching a person of an earlier
item; a publication's name glued to a person's ("the Los Angeles Times Clyde Prestowitz") ends before the first name;
"says you" and a verb the lists lack ("you hum") is a reported clause."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


INTRO = ("Sketches of a Life: A Talk With Painter Nora Quill\n\nNora Quill, 61, has painted the harbor for four decades. "
         "She spoke with features writer Sam Ortiz at her studio. Quill's new show opens Friday.\n\n")

FIXES = [
    # (a) Q&A: the answer's "I" is the interviewee (was no one)
    (INTRO + 'Q: Why the harbor?\n\nA: My uncle ran a ferry. I told him once, "I will paint this boat someday." He '
     "laughed.\n\nQ: Did you?\n\nA: Twice.", [(DIR, "I will paint this boat someday.", "Nora Quill")]),
    # the asker's "you" is the one asked (was "You")
    (INTRO + 'Q: You have said that painting is "a slow argument with light." Why?\n\nA: Because it is.\n\nQ: Anything '
     "else?\n\nA: No.", [(IND, 'painting is "a slow argument with light."', "Nora Quill"),
                         (DIR, "a slow argument with light.", "Nora Quill")]),
    # a pronoun in an answer is not the interviewer of the intro (was Sam Ortiz)
    (INTRO + 'Q: Why the harbor?\n\nA: My uncle ran a ferry. When it sank, he said to me, "Paint it before you forget '
     'it." So I did.\n\nQ: Did you?\n\nA: Twice.', [(DIR, "Paint it before you forget it.", None)]),
    # labels of initials: the asker's "you" and the answerer's "I" (were "You" and no one)
    (INTRO + 'SO: You once said that galleries are "waiting rooms for paintings." Still true?\n\nNQ: Yes. I told my '
     'dealer, "Sell them all."\n\nSO: Did he?\n\nNQ: Most of them.',
     [(IND, 'galleries are "waiting rooms for paintings."', "Nora Quill"), (DIR, "waiting rooms for paintings.", "Nora Quill"),
      (DIR, "Sell them all.", "Nora Quill")]),
    # (b) a report's title between the cue and "that" (was a direct quote of the title, the content missed)
    ('The Department of Transportation said in a report last year, "Deferred Maintenance: The Hidden Cost of Delay," '
     "that every dollar not spent on repairs today costs six dollars later.",
     [(IND, "every dollar not spent on repairs today costs six dollars later", "Department of Transportation")]),
    ('The agency said in its 2023 study, "Roads at Risk," that most bridges need repair.',
     [(IND, "most bridges need repair", "agency")]),
    ('The institute argued in a paper, "The Price of Waiting," that delays raise costs.',
     [(IND, "delays raise costs", "institute")]),
    ('Researchers wrote in their review, "Sleep and Memory in Older Adults," that naps help recall.',
     [(IND, "naps help recall", "Researchers")]),
    # (c) a nickname after "call X" is no quote of a cue in a later clause (was the later subject's words)
    ('Regulars call the corner table "the parliament," because the same four retired farmers have argued there every '
     "morning for a decade.", []),
    ('Staff call the back office "the bunker," though the manager insists it is a library.',
     [(IND, "it is a library", "manager")]),
    # (d) a heading line stops a description reaching a person of an earlier item (was Frank Delgado)
    ("LOST DOG\n\nA beagle has been missing since Saturday, according to his owner, Frank Delgado. Delgado said the dog "
     "ran toward the woods.\n\nPOLICE BLOTTER\n\nA bicycle was reported stolen on Wednesday, police said. The owner told "
     "officers the bike had been locked.",
     [(IND, "A beagle has been missing since Saturday", "Frank Delgado"), (IND, "the dog ran toward the woods", "Frank Delgado"),
      (IND, "A bicycle was reported stolen on Wednesday", "police"), (IND, "the bike had been locked", "owner")]),
    # (e) a publication's name glued to a person's (was the whole run)
    ("Writing in the Los Angeles Times Clyde Prestowitz, a former trade official, endorsed the plan. He said that "
     "tariffs hurt workers.", [(IND, "tariffs hurt workers", "Clyde Prestowitz")]),
    ("Writing in the New York Times Paul Krugman argued that tariffs hurt consumers.",
     [(IND, "tariffs hurt consumers", "Paul Krugman")]),
    # (f) "says you" and a verb the lists lack (was nothing)
    ("Your husband, the painter Omar Reyes, says you hum while you sleep.", [(IND, "you hum while you sleep", "husband")]),
    ("His wife says you snore at night.", [(IND, "you snore at night", "wife")]),
    ("The coach says you train harder than anyone.", [(IND, "you train harder than anyone", "coach")]),
]

GUARDS = [
    # Q&A without an intro naming anyone: the answer's "I" stays no one
    ('Q: Why the harbor?\n\nA: My uncle ran a ferry. I told him once, "I will paint this boat someday."\n\nQ: Did '
     "you?\n\nA: Twice.", [(DIR, "I will paint this boat someday.", None)]),
    # a named source in a question keeps the quotation
    (INTRO + 'Q: The critic Lars Berg said your colors are "too loud." Fair?\n\nA: Lars says that about everyone.\n\nQ: '
     "And you?\n\nA: I disagree.", [(IND, 'your colors are "too loud."', "Lars Berg"), (DIR, "too loud.", "Lars Berg")]),
    # a broadcast transcript with name labels is as it was
    ('TAPPER: Senator, you said the bill was dead.\n\nGRAHAM: I told the leader, "We need more time." That is all.\n\n'
     "TAPPER: Thank you.", [(DIR, "We need more time.", "I")]),
    # a quoted sentence between a cue and "that" is no title; a title with "and" after it keeps its reading
    ('He said in a statement, "we will appeal," that the ruling was wrong.', [(DIR, "we will appeal,", None)]),
    ('The ministry said in a report, "Roads are failing everywhere," and urged repairs.',
     [(DIR, "Roads are failing everywhere,", "ministry")]),
    ("The agency said in a report last year that most bridges need repair.", [(IND, "most bridges need repair", "agency")]),
    # a quotation opening the sentence keeps its comma and a later clause; a naming with "and" keeps its speaker
    ('"We are leaving," because the rent went up, she said.', [(DIR, "We are leaving,", None)]),
    ('The council called the vote "a turning point," and the mayor said more work was needed.',
     [(DIR, "a turning point,", "council"), (IND, "more work was needed", "mayor")]),
    # without a heading line between, the description is the person named with it before; nor is a headline a heading
    ("A beagle has been missing since Saturday, according to his owner, Frank Delgado. A bicycle was reported stolen on "
     "Wednesday, police said. The owner told officers the bike had been locked.",
     [(IND, "A beagle has been missing since Saturday", "Frank Delgado"), (IND, "A bicycle was reported stolen on Wednesday", "police"),
      (IND, "the bike had been locked", "Frank Delgado")]),
    ("LOST DOG\n\nA beagle has been missing since Saturday, according to his owner, Frank Delgado. The owner said the dog "
     "ran toward the woods.",
     [(IND, "A beagle has been missing since Saturday", "Frank Delgado"), (IND, "the dog ran toward the woods", "Frank Delgado")]),
    # a publication alone, or a title before the person, is as it was
    ("The New York Times said the deal was dead.", [(IND, "the deal was dead", "New York Times")]),
    ("Daily News reporter John Smith said the report was wrong.", [(IND, "the report was wrong", "John Smith")]),
    ("In the Washington Post Mary Collins wrote that the plan would fail.", [(IND, "the plan would fail", "Mary Collins")]),
    # "you" before a noun or a discourse word is as it was
    ("She said you guys were great.", [(IND, "you guys were great", None)]),
    ("He said you know the answer.", []),
    ("Omar Reyes said you were late.", [(IND, "you were late", "Omar Reyes")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_quotes_r52_en3left_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_quotes_r52_en3left_guards(text, expected):
    assert run(text) == expected
