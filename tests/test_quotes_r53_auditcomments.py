"""Round 53, family auditcomments: English reader comments under five written news stories (a council vote, a celebrity
trial, a climate report, a tech layoff, a school-board fight), each comment read as its own document (kind "comment", as
`spanbank annotate` reads an ingested thread). A reply header names the "you" after it ("Reply to Anna K: you said …");
"you told me …" after a handle is the handle's; "my daughter's teacher" speaks as "my teacher" does; an adjective of
identity before a scare-quoted subject ('the same "scientists" said …'); mock quotations are nobody's ('"…," said no one
ever', 'Translation: "…"'); a reported clause ends before a chat tag ("lol") and before the commenter's "but my …";
"telling my dad and I about …" is no content "I about …". One whole comment section is tests/data/
quotes_r53_comments_section.txt (comments separated by a line "---")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", kind="comment", with_label=True) if q[0] in (IND, DIR)]


FIXES_R53_AUDITCOMMENTS = [
    # a reply header names the addressee of "you" (was nothing, or the speaker "You")
    ("Reply to Anna K: you said solar can't run a grid at night.", [(IND, "solar can't run a grid at night", "Anna K")]),
    ("Reply to Sandra_T:\nYou said the mayor promised a referendum.", [(IND, "the mayor promised a referendum", "Sandra_T")]),
    ("In reply to @dana_w: you wrote that the bond was cheap.", [(IND, "the bond was cheap", "dana_w")]),
    # "told" after a handle's or a vocative's "you" (was nothing)
    ("@mike_r you told me last week that the state would block it.", [(IND, "the state would block it", "mike_r")]),
    ("@techbro99 you told us AI wouldn't take jobs.", [(IND, "AI wouldn't take jobs", "techbro99")]),
    # a kin noun's possessive before the kin or role noun after "my" (was nothing)
    ("my daughter's teacher told me the new curriculum has been delayed again",
     [(IND, "the new curriculum has been delayed again", "teacher")]),
    ("My wife's doctor said the clinic was closing.", [(IND, "the clinic was closing", "doctor")]),
    ("My kid's coach said the league was cancelled.", [(IND, "the league was cancelled", "coach")]),
    # an adjective of identity before a scare-quoted subject (the quotation was a direct quote, nothing reported)
    ('Funny how the same "scientists" said we\'d have an ice age.', [(IND, "we'd have an ice age", "same scientists")]),
    ('The usual "experts" told us the bridge was safe.', [(IND, "the bridge was safe", "usual experts")]),
    # mock quotations are nobody's (were quotes of "no one ever", of nobody, or of the politician before)
    ('"I love paying taxes," said no one ever.', []),
    ("Neither do I remember signing my mortgage, said no one ever.", []),
    ('"Great plan," says nobody else.', []),
    ('Translation: "we already took the developer\'s check."', []),
    ('Prime Minister Clarke said Canada would meet its targets. Translation: "we won\'t."',
     [(IND, "Canada would meet its targets", "Clarke")]),
    # a chat tag or the commenter's "but my …" ends the reported clause (both were inside it)
    ("My grandpa always said the weather was hotter when he was a kid lol",
     [(IND, "the weather was hotter when he was a kid", "grandpa")]),
    ("Joe said the trade was a steal LMAO", [(IND, "the trade was a steal", "Joe")]),
    ("the article says the verdict is expected friday but my cousin says monday",
     [(IND, "the verdict is expected friday", "article")]),
    ("the article says severance is 16 weeks but my friend only got 8", [(IND, "severance is 16 weeks", "article")]),
    ("The critics say I'm amazing but I don't listen.", [(IND, "I'm amazing", "critics")]),
    # "I" closing a coordinated addressee is no clause's subject (the content was "I about how he got lucky")
    ("The friend was telling my dad and I about how he got lucky.", []),
]

GUARDS_R53_AUDITCOMMENTS = [
    # no reply header: a determiner in the "name", a header not opening its sentence
    ("Reply to the union: you said the plan was fine.", []),
    ("I reply to Anna: you said the plan was fine.", []),
    # "you said" after a handle was already the handle's
    ("@Rosie_22 you said yesterday she'd plead guilty.", [(IND, "she'd plead guilty", "Rosie_22")]),
    # a translated quotation right after the quotation stays the speaker's
    ('Merkel said: "Wir schaffen das." Translation: "We can do this."',
     [(DIR, "Wir schaffen das.", "Merkel"), (DIR, "We can do this.", "Merkel")]),
    # "no one" inside a content or a quotation is no mock quote
    ("He said no one would come.", [(IND, "no one would come", None)]),
    ("Nobody said the plan was great.", []),
    # a non-kin possessor or head after "my" stays no speaker; "her X's Y" already was one
    ("My daughter's school said the trip was cancelled.", []),
    ("Her daughter's teacher said the curriculum was delayed.", [(IND, "the curriculum was delayed", "daughter's teacher")]),
    # scare quotes without a report stay nothing; the unquoted phrase was already a speaker
    ('So the "plan" is to borrow money and hope.', []),
    ("The same scientists said we would have an ice age.", [(IND, "we would have an ice age", "same scientists")]),
    # clauses without a chat tag or an own "but"
    ("The critics say I'm amazing.", [(IND, "I'm amazing", "critics")]),
    ("He thinks I'm just saying it.", []),
    ("She said the house was hers but the bank disagreed.", [(IND, "the house was hers but the bank disagreed", None)]),
    ("The friend told my dad and I that he got lucky.", [(IND, "he got lucky", "friend")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R53_AUDITCOMMENTS + GUARDS_R53_AUDITCOMMENTS)
def test_r53_auditcomments_rows(text: str, want: list) -> None:
    assert run(text) == want


SECTION_R53_AUDITCOMMENTS = Path(__file__).parent / "data" / "quotes_r53_comments_section.txt"


def test_r53_auditcomments_section() -> None:
    """The school-board section, comment by comment: every quote and its speaker."""
    comments = SECTION_R53_AUDITCOMMENTS.read_text(encoding="utf-8").split("\n---\n")
    got = {i: run(c.strip()) for i, c in enumerate(comments, 1)}
    assert len(comments) == 18
    assert got[1] == [(IND, 'parents would have "a seat at the table."', "board president"),
                      (DIR, "a seat at the table.", "board president")]
    assert got[2] == [(IND, "the books were pornographic", "MomOf3")]
    assert got[5] == [(IND, "no books had been removed yet", "Lowe")]
    assert got[8] == [(IND, 'the policy was about "age-appropriate content" and nothing else', "Hansen"),
                      (DIR, "age-appropriate content", "Hansen")]
    assert got[13] == [(IND, "the new curriculum has been delayed again", "teacher")]
    assert got[15] == [(DIR, "shame on you", "One parent")]
    # slogans, titles, scare quotes and ALL-CAPS chants are no quotes
    for i in (3, 4, 6, 9, 10, 12, 14, 18):
        assert got[i] == [], (i, got[i])
