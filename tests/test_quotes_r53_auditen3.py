"""Round 53, family auditen3 (English sports and entertainment journalism written here: a post-match report, an NBA
game story, a celebrity interview, an album review, a TV recap, a transfer-rumour story): a bare role description
("the midfielder", "the former Arsenal coach", "the singer", "the coach" with two coaches seen) after the person who
spoke was the last person named is that person; a body noun ("the club") names no person seen with it before a title
("club president Aurelio De Laurentiis"); "<Name> was effusive/more pointed" before a quotation's "he"/"she"; first
names the lists lacked (Denis, Florence, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a bare role description after the person who spoke, no one else named between (were "midfielder", "former
    # Arsenal coach")
    ('Declan Rice scored twice. Rice, who was named man of the match, said the team had belief. "Nobody panicked," '
     'the midfielder told reporters.',
     [(IND, "the team had belief", "Declan Rice"), (DIR, "Nobody panicked,", "Declan Rice")]),
    ('Unai Emery was furious. Emery, meanwhile, said Villa would recover. "We are in a good moment," the former '
     'Arsenal coach said.',
     [(IND, "Villa would recover", "Unai Emery"), (DIR, "We are in a good moment,", "Unai Emery")]),
    # two holders of the title: the one who spoke and was named last (was Joe Mazzulla, the title seen last)
    ('Lakers coach JJ Redick praised his team. Celtics coach Joe Mazzulla was unhappy. Redick said the team would rest '
     'Davis. "We will not be silly," the coach said.',
     [(IND, "Lakers coach JJ Redick praised his team", "JJ Redick"), (IND, "the team would rest Davis", "JJ Redick"),
      (DIR, "We will not be silly,", "JJ Redick")]),
    # the reach counts unquoted words only (was "singer")
    ('Maya Quinn told the magazine that she wrote the album in winter. "I had no plan," she said. "I just had a lot of '
     'weather and a lot of time, and long walks on the beach every single day of the week." On "Harbour Wall", she '
     'describes the waves. The singer has said the song is about her father.',
     [(IND, "she wrote the album in winter", "Maya Quinn"), (DIR, "I had no plan,", "Maya Quinn"),
      (DIR, "I just had a lot of weather and a lot of time, and long walks on the beach every single day of the week.",
       "Maya Quinn"),
      (IND, "the song is about her father", "Maya Quinn")]),
    # a body noun is no person seen with it before a title (was Aurelio De Laurentiis)
    ("Club president Aurelio De Laurentiis said he would not sell. The club said in a statement that they would not "
     "comment.",
     [(IND, "he would not sell", "Aurelio De Laurentiis"), (IND, "they would not comment", "club")]),
    # a man's first name the lists lacked: "she" is not his (was Denis Villeneuve)
    ("Since her breakout, she has worked with Greta Gerwig, Christopher Nolan and Denis Villeneuve. She is more "
     "serious now. She says she does not regret it.",
     [(IND, "she does not regret it", None)]),
    # "<Name> was effusive" opens the sentence before the quotation's "he" (was Unai Emery, the speaker before)
    ('Mikel Arteta praised his side. Unai Emery said the referee erred. Asked about Saka, Arteta was effusive. '
     '"Bukayo is a special player," he said.',
     [(IND, "Mikel Arteta praised his side", "Mikel Arteta"), (IND, "the referee erred", "Unai Emery"),
      (DIR, "Bukayo is a special player,", "Mikel Arteta")]),
]

GUARDS = [
    # someone else named last: the description stays
    ("Ollie Watkins scored from a cross by Leon Bailey. Arteta said it was hard. The striker later said the defeat "
     "was hard to take.",
     [(IND, "it was hard", "Arteta"), (IND, "the defeat was hard to take", "striker")]),
    ('Declan Rice scored twice. Rice said the team had belief. Gabriel Martinelli came on late. "Nobody panicked," '
     'the midfielder told reporters.',
     [(IND, "the team had belief", "Declan Rice"), (DIR, "Nobody panicked,", "midfielder")]),
    # a person's own title still fits
    ("Napoli president Aurelio De Laurentiis said he would not sell. The president said that they would not comment.",
     [(IND, "he would not sell", "Aurelio De Laurentiis"), (IND, "they would not comment", "Aurelio De Laurentiis")]),
    # no manner of speaking: at the merge, auditen2's rule (the subject after a fronted "Asked …," is the next "he")
    # gives Arteta here too, the natural reading; a pronoun of the other sex: the speaker before goes on
    ('Mikel Arteta praised his side. Unai Emery said the referee erred. Asked about Saka, Arteta was late. '
     '"Bukayo is a special player," he said.',
     [(IND, "Mikel Arteta praised his side", "Mikel Arteta"), (IND, "the referee erred", "Unai Emery"),
      (DIR, "Bukayo is a special player,", "Mikel Arteta")]),
    ('Mikel Arteta praised his side. Unai Emery said the referee erred. Asked about it, Maria Lopez was effusive. '
     '"It is a special day," he said.',
     [(IND, "Mikel Arteta praised his side", "Mikel Arteta"), (IND, "the referee erred", "Unai Emery"),
      (DIR, "It is a special day,", "Unai Emery")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditen3(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


ARTICLE = Path(__file__).parent / "data" / "quotes_r53_sports_article.txt"


def test_auditen3_sports_article() -> None:
    got = run(ARTICLE.read_text(encoding="utf-8"))
    speakers = {q: s for _, q, s in got}
    assert speakers["Nobody panicked."] == "Declan Rice"  # "the midfielder told reporters"
    assert speakers["One result does not change that."] == "Unai Emery"  # "the former Arsenal coach said"
    assert speakers["He carries a lot of responsibility for a young man."] == "Mikel Arteta"  # "Arteta was effusive"
    assert speakers["I don't even know how it went in,"] == "Gabriel Martinelli"
    assert speakers["It is a clear protocol,"] == "Unai Emery"
