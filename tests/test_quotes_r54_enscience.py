"""Round 54, family enscience: English science, health and business news written for the audit (a walking study, an
earnings call, an RSV trial, a banking-AI report, ocean heat, a sleep researcher's Q&A, drug-trial job cuts, a
food poll). A work's title alone in the apposition before its cue ('Her new book, "The Late Clock," argues that …',
'The paper, titled "…," also found that …') lets the work report; a scholarly title in sentence case after a review or
study ('A 2024 review in the BMJ, "Ultra-processed food exposure and adverse health outcomes," tied …') is no quote; an
abbreviated title between a role and a name in an apposition ("Her colleague, neuroscientist Dr. Jonas Berg, told") is
the name; a second that-clause with a bare plural subject (", but that schedules involved …") goes on with the report;
a term after a verb of definition ('what counts as "ultra-processed"') is no quote; a poll's question after a fronted
"In a survey …, parents were asked:" is the survey's; a comparison of the writer's after a mid-sentence attribution
("…, the company said, short of the 15% analysts had expected") is no report. One whole article is tests/data/
quotes_r54_science_article.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


FIXES_R54_ENSCIENCE = [
    # a work's title alone in the apposition before its cue (reported nothing)
    ('Her new book, "The Late Clock," argues that schools should start later.',
     [(IND, "schools should start later", "new book")]),
    ('The study, "Sleep and the Teenage Brain," found that students slept longer.',
     [(IND, "students slept longer", "study")]),
    ('The report, "Autonomy at Scale," warned that banks lack controls.', [(IND, "banks lack controls", "report")]),
    ('A 2024 review, "Ultra-processed food exposure and adverse health outcomes," found that consumption was high.',
     [(IND, "consumption was high", "2024 review")]),
    # an adverb between the titled apposition and the cue (reported nothing)
    ('The paper, titled "Habitual Walking and Heart Failure," also found that brisk walkers saw larger benefits.',
     [(IND, "brisk walkers saw larger benefits", "paper")]),
    # a scholarly title in sentence case after its work's noun (was a direct quote)
    ('A 2024 review in the BMJ, "Ultra-processed food exposure and adverse health outcomes," tied high consumption to '
     "32 health problems.", []),
    ('A 2023 paper, "Sleep timing and school performance in adolescents," drew on data from 9,000 students.', []),
    # an abbreviated title between a lower-case role and a name in the apposition (the speaker was the description)
    ("Her colleague, neuroscientist Dr. Jonas Berg, told reporters that the biology was settled.",
     [(IND, "the biology was settled", "Jonas Berg")]),
    ("His deputy, economist Dr. Sara Holt, said the plan would fail.", [(IND, "the plan would fail", "Sara Holt")]),
    ("The study's senior author, pediatric cardiologist Dr. Ann Lee, said the drug worked.",
     [(IND, "the drug worked", "Ann Lee")]),
    # a second that-clause with a bare plural subject and a past verb (it was lost)
    ("Berg said that the biology was settled, but that schedules involved many trade-offs.",
     [(IND, "the biology was settled, but that schedules involved many trade-offs", "Berg")]),
    ("The agency said that the vaccine was safe, and that doctors reported few side effects.",
     [(IND, "the vaccine was safe, and that doctors reported few side effects", "agency")]),
    # a term after a verb of definition (was a direct quote of the poll)
    ('The poll also showed that many respondents were unsure what counts as "ultra-processed."',
     [(IND, 'many respondents were unsure what counts as "ultra-processed."', "poll")]),
    ('The agency said the site is classified as "high risk."', [(IND, 'the site is classified as "high risk."', "agency")]),
    # a poll's question after a fronted survey and a passive "asked" (was the speaker before or after)
    ('The mayor spoke on Monday. In the poll, voters were asked: "Do you approve of the job the governor is doing?"',
     [(DIR, "Do you approve of the job the governor is doing?", "poll")]),
    ('In a survey released last month by the charity Bliss, parents were asked: "Would you give your baby the shot?" '
     "About 71% said yes.", [(DIR, "Would you give your baby the shot?", "survey")]),
    # the writer's comparison after a mid-sentence attribution (was reported)
    ("The pill helped patients lose 9% of their weight, the company said, short of the 15% that analysts had expected.",
     [(IND, "The pill helped patients lose 9% of their weight", "company")]),
    ("The pill helped patients lose 9%, the company said, well below what analysts had expected.",
     [(IND, "The pill helped patients lose 9%", "company")]),
]

GUARDS_R54_ENSCIENCE = [
    # a quotation of speech after a work's noun stays a quote; a titled work without a cue reports nothing
    ('Her new book, "I was wrong," argues that schools should start later.', []),
    ('The report, "Autonomy at Scale: AI in Global Banking," was published Tuesday.', []),
    ('He told the paper, "I have nothing to hide," and left.', [(DIR, "I have nothing to hide,", None)]),
    ("The book argues that schools should start later.", [(IND, "schools should start later", "book")]),
    # role and name without a title, and a title without a role, were already the name
    ("Her colleague, neuroscientist Jonas Berg, said the biology was settled.",
     [(IND, "the biology was settled", "Jonas Berg")]),
    ("Her colleague, Dr. Jonas Berg, told reporters that the biology was settled.",
     [(IND, "the biology was settled", "Jonas Berg")]),
    # a demonstrative "that" after "and" is the writer's
    ("He said the plan was sound, and that was the end of it.", [(IND, "the plan was sound", None)]),
    ("Berg said that the biology was settled and that schedules involved many trade-offs.",
     [(IND, "the biology was settled and that schedules involved many trade-offs", "Berg")]),
    # a judgement with its article after "counts as" and speech after "described as" stay quotes
    ('He said the drug counts as "a breakthrough."',
     [(IND, 'the drug counts as "a breakthrough."', None), (DIR, "a breakthrough.", None)]),
    ('She described the plan as "a disaster."', [(DIR, "a disaster.", None)]),
    # the survey itself asking, and a passive question without a poll
    ('The survey asked adults: "Should the government set limits on snacks in schools?"',
     [(DIR, "Should the government set limits on snacks in schools?", "survey")]),
    ('In the debate, the mayor was asked: "Will you raise taxes?"', [(DIR, "Will you raise taxes?", None)]),
    # a second clause after the attribution and a prepositional adjunct stay as they were
    ("The economy, he said, is recovering.", [(IND, "The economy", None), (IND, "is recovering", None)]),
    ("Revenue rose 4%, the company said, in line with forecasts.", [(IND, "Revenue rose 4%", "company")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENSCIENCE + GUARDS_R54_ENSCIENCE)
def test_r54_enscience_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_ENSCIENCE = Path(__file__).parent / "data" / "quotes_r54_science_article.txt"


def test_r54_enscience_article() -> None:
    """The walking-study article: every quote and its speaker, the study and the paper as sources, its title none."""
    got = run(ARTICLE_R54_ENSCIENCE.read_text(encoding="utf-8"))
    assert got == [
        (IND, "Daily walks cut heart failure risk in older adults", "study"),
        (IND, "Adults over 65 who walked at least 30 minutes a day were about a quarter less likely to develop heart "
              "failure over a decade", "large study"),
        (IND, "the benefit held even for those who began walking after retirement", "study"),
        (DIR, "We were surprised by how early the effect showed up,", "Priya Nair"),
        (DIR, "Within two years, the walkers already looked different on every measure we had.", "Priya Nair"),
        (IND, "the team had adjusted for smoking, income and body weight", "Priya Nair"),
        (IND, "the study was observational and could not prove cause and effect", "Priya Nair"),
        (DIR, "even modest, regular activity appears to protect the aging heart,", "researchers"),
        (IND, "the findings were consistent with earlier work", "Marcus Feld"),
        (DIR, "This is not a surprise, but the size of the sample is impressive,", "Marcus Feld"),
        (DIR, "What we still don't know is whether the walking itself matters or whether healthier people simply walk "
              "more.", "Marcus Feld"),
        (IND, "doctors should keep recommending exercise regardless", "Marcus Feld"),
        (IND, "participants who walked briskly saw larger benefits than those who strolled", "paper"),
        (IND, 'the results "reinforce what we have long told patients."', "American Heart Association"),
        (DIR, "reinforce what we have long told patients.", "American Heart Association"),
        (IND, "her team plans to study whether wearable trackers can motivate people who are currently inactive",
         "Priya Nair"),
    ]
