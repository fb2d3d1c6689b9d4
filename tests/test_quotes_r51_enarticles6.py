"""Round 51, family enarticles6: gaps found reading six English news articles of new genres (a train derailment with a
safety board, the railway's statement and passengers; a Senate hearing with a chief executive's testimony and written
submissions; a UN climate report with its lead author and critics; a school-board fight over library books with parents,
the board president and a librarian's email; a royal wedding with a palace spokesperson and unnamed guests; a football
derby with both managers and a player's Instagram post; all written for the audit): a retort tag after a question is
the question's attribution ('"Then why is it good enough for mine?" Reyburn shot back.' went to the speaker before); a
person who posts a photograph or a video before a quotation is its "she"/"he" ("Ardent, who wore pale green, posted a
photograph of the chapel on Instagram. "…," she wrote." was the spokesperson quoted before); a common word opening a
headline is no first name ("Late Okafor strike sends …" made "Late Okafor" of substitute Emeka Okafor); men's names in
-a (Emeka, Luka) take "he"; "one of the report's lead authors" after a role and "and" is an apposition; a description
with a reduced relative ("a think tank funded in part by oil companies") may run to twelve words; an age before a name
in an apposition ("A student, 17-year-old Priya Banerjee, …") names the speaker, also for a "she" in the next sentence;
after an unnamed speaker's quotation ("…," the guest said), a person opening the next narrative sentence (also after an
age, "Krall, 36, met …") is the "he" of the sentence after it, past a fronted medium phrase ("In an interview with the
magazine Nordic Living last year, he said …"); a few common first names the lists lacked (Sebastian, Priya, Harriet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a retort tag after a question mark (was the speaker before)
    ('Tom Hale spoke. "Then why is it good enough for mine?" Reyburn shot back.',
     [(DIR, 'Then why is it good enough for mine?', 'Reyburn')]),
    ('Tom Hale spoke. "And what about the children?" Mary Cole chimed in.',
     [(DIR, 'And what about the children?', 'Mary Cole')]),
    # a person posting a medium before the quotation (was the spokesperson quoted before)
    ('The actress Camille Ardent attended. "It was a simple day," spokesperson Harriet Lindqvist said. Ardent, who wore '
     'pale green, posted a photograph of the chapel on Instagram. "Love wins, always," she wrote.',
     [(DIR, 'It was a simple day,', 'Harriet Lindqvist'), (DIR, 'Love wins, always,', 'Camille Ardent')]),
    # a headline's opening common word is no first name (was "Late Okafor")
    ('Late Okafor strike sends Redbridge past Castleton\n\nRedbridge won 3-2, with substitute Emeka Okafor scoring late '
     'in the match. Okafor said he had dreamed of it.',
     [(IND, 'he had dreamed of it', 'Emeka Okafor')]),
    # men's names in -a take "he" (was the man quoted before)
    ('"We showed character," Ian Sutcliffe said.\n\nEmeka Okafor said he had dreamed of scoring. "It was fun," he said.',
     [(DIR, 'We showed character,', 'Ian Sutcliffe'), (IND, 'he had dreamed of scoring', 'Emeka Okafor'),
      (DIR, 'It was fun,', 'Emeka Okafor')]),
    ('"We showed character," Ian Sutcliffe said.\n\nLuka Petrov said he had dreamed of scoring. "It was fun," he said.',
     [(DIR, 'We showed character,', 'Ian Sutcliffe'), (IND, 'he had dreamed of scoring', 'Luka Petrov'),
      (DIR, 'It was fun,', 'Luka Petrov')]),
    # "and one of the report's lead authors" in an apposition (was nothing)
    ("Dr. Ingrid Solvang, a coastal engineer at the University of Bergen and one of the report's lead authors, said the "
     "findings were grim.",
     [(IND, 'the findings were grim', 'Ingrid Solvang')]),
    # a description with a reduced relative clause (was nothing)
    ('The Energy Freedom Institute, a think tank funded in part by oil companies, said its cost estimates were too high.',
     [(IND, 'its cost estimates were too high', 'Energy Freedom Institute')]),
    ('The Harbor Trust, a charity based in the old port district of Leeds, said the plan would fail.',
     [(IND, 'the plan would fail', 'Harbor Trust')]),
    # an age before the name in an apposition (was nothing, or the description)
    ('A student, 17-year-old Priya Banerjee, said she had read nine of the books.',
     [(IND, 'she had read nine of the books', 'Priya Banerjee')]),
    ('Karen Whitlow spoke first. A student, 17-year-old Priya Banerjee, spoke last. She told the board she had read nine '
     'of the books.',
     [(IND, 'she had read nine of the books', 'Priya Banerjee')]),
    ('Karen Whitlow spoke first. A student, Priya Banerjee, spoke last. She told the board she had read the books.',
     [(IND, 'she had read the books', 'Priya Banerjee')]),
    # a person named in the narrative sentence after an unnamed speaker's quotation, past a fronted medium phrase and an
    # age apposition (was the unnamed guest); "Sebastian" is a first name now
    ('Princess Elise married the architect Sebastian Krall. Another guest said the groom had stumbled. "She just '
     'laughed," the guest said. "That was the moment."\n\nKrall, 36, met the princess in 2021. In an interview with the '
     'magazine Nordic Living last year, he said he had not known who she was.',
     [(IND, 'the groom had stumbled', 'Another guest'), (DIR, 'She just laughed,', 'Another guest'),
      (DIR, 'That was the moment.', 'Another guest'), (IND, 'he had not known who she was', 'Sebastian Krall')]),
]

GUARDS = [
    ('The wedding guests included the banker Tom Reyes. Spokesman Paul Lane said the vows were moving. "There was not a '
     'dry eye," Lane said. Reyes met the couple in 2019. In an interview on Monday, he said he had cried.',
     [(IND, 'the vows were moving', 'Paul Lane'), (DIR, 'There was not a dry eye,', 'Paul Lane'),
      (IND, 'he had cried', 'Tom Reyes')]),
    ("King Anders, the bride's father, gave a toast, according to two people who attended. He joked that his daughter "
     "was stubborn.",
     [(IND, "King Anders, the bride's father, gave a toast", 'two people'), (IND, 'his daughter was stubborn', 'Anders')]),
    ('"Why should we wait any longer?" Senator Ann Cole fired back.',
     [(DIR, 'Why should we wait any longer?', 'Ann Cole')]),
    ('Tom Hale spoke. "Why would anyone do that to us?" Reyburn shot the ball into the net.',
     [(DIR, 'Why would anyone do that to us?', 'Tom Hale')]),
    ('Tom Hale spoke. "We will win this match," Reyburn said. Cole shot back a reply.',
     [(DIR, 'We will win this match,', 'Reyburn')]),
    ('Spokesman Tom Lane spoke first. "It was a simple day," Lane said. Singer Mia Cole, who sat in the front row, '
     'shared a video on TikTok. "What a day," she wrote.',
     [(DIR, 'It was a simple day,', 'Tom Lane'), (DIR, 'What a day,', 'Mia Cole')]),
    ('The actress Camille Ardent attended. "It was a simple day," spokesperson Harriet Lindqvist said. Ardent, who wore '
     'pale green, posted that she was happy.',
     [(DIR, 'It was a simple day,', 'Harriet Lindqvist'), (IND, 'she was happy', 'Camille Ardent')]),
    ('White House aides met on Monday. White House spokesman Tom Lane said the talks had failed.',
     [(IND, 'the talks had failed', 'Tom Lane')]),
    ('New York officials met. New York Gov. Kathy Hochul said the plan would work.',
     [(IND, 'the plan would work', 'Kathy Hochul')]),
    ('"We showed character," Ian Sutcliffe said.\n\nMagdalena Chu said the plan failed. "It was fun," he said.',
     [(DIR, 'We showed character,', 'Ian Sutcliffe'), (IND, 'the plan failed', 'Magdalena Chu'),
      (DIR, 'It was fun,', 'Ian Sutcliffe')]),
    ('Ingrid Solvang, an engineer at Statoil and one of the co-founders, said the plan had failed.',
     [(IND, 'the plan had failed', 'Ingrid Solvang')]),
    ('Ingrid Solvang, a coastal engineer and an author, said the findings were grim.',
     [(IND, 'the findings were grim', 'Ingrid Solvang')]),
    ('The Energy Freedom Institute, a think tank funded in part by oil companies, is based in Texas.',
     []),
    ('A student spoke last. She told the board she had read nine of the books.',
     [(IND, 'she had read nine of the books', 'student')]),
]


@pytest.mark.parametrize(("text", "want"), FIXES + GUARDS)
def test_quotes_r51_enarticles6(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r51_climate_article.txt"


def test_quotes_r51_climate_article_key_spans() -> None:
    """The UN climate report article (written for round 51): the lead author's apposition with "and one of the
    report's lead authors", the think tank's description with a reduced relative, the report quoted as a document."""
    got = run(ARTICLE.read_text(encoding="utf-8"))
    for want in [
        (IND, 'the findings were "sobering but not hopeless."', 'Ingrid Solvang'),
        (DIR, 'sobering but not hopeless.', 'Ingrid Solvang'),
        (DIR, 'alarmist', 'Energy Freedom Institute'),
        (IND, 'its cost estimates relied on the most extreme warming scenario', 'Energy Freedom Institute'),
        (IND, 'sea levels are rising faster than predicted in its last assessment', 'United Nations report'),
        (DIR, 'The window for orderly adaptation is closing,', 'United Nations report'),
        (DIR, 'We still have choices,', 'Ingrid Solvang'),
        (DIR, 'Once again, the UN has chosen the worst case and presented it as the likely case,', 'Grant Calloway'),
        (IND, 'her country would push for a dedicated adaptation fund', 'Maria Oduya'),
        (DIR, 'Physics does not negotiate.', 'Ingrid Solvang'),
    ]:
        assert want in got, want
