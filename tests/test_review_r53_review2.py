"""Round 53, review2: defects found reviewing the code merged in round 53 (all sentences written for this test).

* quotes `_en_chat_close` (auditcomments): the chat tags ended a reported clause on a common verb and on acronyms —
  "sigh" ('The doctor said patients often sigh before surgery.' lost its whole content) and an upper-case tag used as
  a name after an article or preposition ('He said the shipping rules of the IMO would apply.' ended at "of the").
  "sigh" left en.yaml `chat_tags`; a tag after an article or a preposition is a name.
* claims splitter (claimsnews): the "t of a contraction" check took every letter after an apostrophe, so an
  abbreviation's or a name's last letter split the sentence, even before a lower-case word ("The gov't. said no." ->
  "The gov't." + "said no."; "John O'B. Smith"). Now only the t of "n't" and an s, d or m end a word there.
* claims_lines `_PB_DEADLINE` (claimsleft's dated reader calls) split every whitespace run two ways from each of its
  characters ("\\s*,?\\s+"): cubic, 400 spaces inside any sentence took about a second, 3,000 spaces minutes. The
  separator now starts at the run's first character only, and lines longer than a call can be are not searched.
"""

from __future__ import annotations

import pytest

import spanbank.annotators.claims_lines as claims_lines
from spanbank.annotators.claims import split_sentences
from tests.quote_cases import quotes_of

DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [x for x in quotes_of(text, "en", with_label=True) if x[0] in (DIR, IND)]


QUOTE_FIXES = [
    ("The doctor said patients often sigh before surgery.", [(IND, "patients often sigh before surgery", "doctor")]),
    ("Officials said the shipping rules of the IMO would apply.",
     [(IND, "the shipping rules of the IMO would apply", "Officials")]),
    ("The minister said the ruling of the SMH panel was wrong.",
     [(IND, "the ruling of the SMH panel was wrong", "minister")]),
]

QUOTE_GUARDS = [
    ("Nurses say relatives sigh with relief when the call comes.",
     [(IND, "relatives sigh with relief when the call comes", "Nurses")]),
    # chat tags still end a commenter's reported clause
    ("My grandpa always said the weather was hotter when he was a kid lol",
     [(IND, "the weather was hotter when he was a kid", "grandpa")]),
    ("My boss said the plan was fine LOL.", [(IND, "the plan was fine", "boss")]),
    ("My aunt said the rules of the game were fair smh", [(IND, "the rules of the game were fair", "aunt")]),
    ("My coach said the plan is dumb IMO.", [(IND, "the plan is dumb", "coach")]),
]


@pytest.mark.parametrize(("text", "want"), QUOTE_FIXES + QUOTE_GUARDS)
def test_review_r53_review2_chat_tags(text: str, want: list) -> None:
    assert run(text) == want


SPLITS = [
    ("The gov't. said no.", ["The gov't. said no."]),
    ("He flew into Dulles Int'l. Airport officials met him.", ["He flew into Dulles Int'l. Airport officials met him."]),
    ("His name is John O'B. Smith.", ["His name is John O'B. Smith."]),
]

SPLIT_GUARDS = [
    # claimsnews: the end of a contraction or a possessive ends the sentence
    ("Supporters say this time is different. It isn't. The team's own consultant disagrees.",
     ["Supporters say this time is different.", "It isn't.", "The team's own consultant disagrees."]),
    ("The car is Tom's. He drove it.", ["The car is Tom's.", "He drove it."]),
    ("J. R. Smith said so. He left.", ["J. R. Smith said so.", "He left."]),
    ("The stock closed at $38.10. Voss is undeterred.", ["The stock closed at $38.10.", "Voss is undeterred."]),
]


@pytest.mark.parametrize(("text", "want"), SPLITS + SPLIT_GUARDS)
def test_review_r53_review2_splitter(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == want


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_review_r53_review2_deadline_whitespace_run(space: str) -> None:
    # FIX: the separator of a dated call may only start at a whitespace run's first character (it restarted at each
    # character and split the run two ways there: cubic); checked by where the regex may match, not by a clock
    rx = claims_lines._PB_DEADLINE
    line = "Call your mayor" + space * 50 + "before the vote on March 12."
    assert rx.match(line, 15) is not None
    assert [i for i in range(16, 65) if rx.match(line, i) is not None] == []


def test_review_r53_review2_deadline_long_line_not_searched(monkeypatch) -> None:
    # FIX: a line longer than a reader call can be is not searched for its deadline
    calls = []

    class Counting:
        def search(self, s: str):
            calls.append(len(s))
            return None

    monkeypatch.setattr(claims_lines, "_PB_DEADLINE", Counting())
    claims_lines.promo_bio_watch_line("Taxes went up" + " " * 2000 + "while the deficit doubled.")
    assert calls == []


DEADLINE_GUARDS = [
    ("Call your council member before the vote on March 12.", "call to action"),
    ("Call your council member, before the vote on March 12.", "call to action"),
    ("Tell your senator to vote no before the 15th.", "call to action"),
    ("Call volumes rose 40 percent before the vote on March 12.", None),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINE_GUARDS)
def test_review_r53_review2_deadline_guards(sentence: str, want: str | None) -> None:
    assert claims_lines.promo_bio_watch_line(sentence) == want
