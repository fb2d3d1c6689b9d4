"""Round 54, family entranscript: an audit of English texts that embed or paraphrase transcripts (a press briefing with
"Q:" and "MS. WHITFIELD:", a court hearing with "THE COURT:"/"MR. SMITH:", a Senate hearing, a podcast write-up, a
live blog, a press release, a TV debate recap, a Sunday-show transcript, a radio interview with "HOST:"/"GUEST:", an
edited Q&A). The shapes fixed: a lower-case role before the subject of a gerund in an absolute phrase ("…, with press
secretary Dana Whitfield telling reporters that …", "… and businessman Kevin Chen saying …"; the speaker was the
sentence's subject); a reply tag before a colon and its quotation ('but Chen interjected: "…"', was the speaker of the
paragraph before); the writer's pointer to an excerpt after its colon ("According to a transcript of the hearing, the
exchange went as follows:" was a report of the transcript); a sign's summing-up apposition ("…, the clearest signal
yet that …", "…, a sign that …"); a retort's "pushing back" after a comma ends the content; a show's noun before its
quoted title as the addressee ('told the radio program "Michigan Today" last month that …', reported nothing); a
clock's "a.m."/"p.m." inside an adjunct ("said in its 9 a.m. advisory that …" began at "a.m."); an intro that names the
host by the role ("Host Dan Feld spoke with Mayor Elena Ortiz …") names the guest of "GUEST:" turns (was "Guest"), and a
plural or third-person pronoun in a turn is not the turn's "I"; a relative by the possessive before a first predicate
and "said" ("My daughter read an early draft and said …", the subject was the name "My"). The whole radio transcript is
tests/data/quotes_r54_transcript_article.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENTRANSCRIPT = [
    ("The White House defended the pause on Tuesday, with press secretary Dana Whitfield telling reporters that the "
     "administration wanted more time.",
     [(IND, "the administration wanted more time", "Dana Whitfield")]),
    ('The candidates clashed, with City Council member Ana Ramos accusing her opponent of "fearmongering" and '
     "businessman Kevin Chen saying the city had lost control.",
     [(DIR, "fearmongering", "Ana Ramos"), (IND, "the city had lost control", "Kevin Chen")]),
    ("Talks resumed, with union negotiator Maria Lopez saying a deal was close.",
     [(IND, "a deal was close", "Maria Lopez")]),
    ('The moderator tried to move on, but Chen interjected: "Let me finish. My opponent voted against it."',
     [(DIR, "Let me finish. My opponent voted against it.", "Chen")]),
    ('The senator interrupted: "That is not what I asked you."',
     [(DIR, "That is not what I asked you.", "senator")]),
    ("According to a transcript of the hearing, the exchange went as follows:\n\nTHE COURT: When did you get them?",
     []),
    ("Here is part of the exchange, according to a transcript released by the White House:\n\nQ: Is that right?",
     []),
    ('Whitmore said she would "think hard" about running in 2028, the clearest signal yet that she is weighing a '
     "campaign.",
     [(IND, 'she would "think hard" about running in 2028', "Whitmore"), (DIR, "think hard", "Whitmore")]),
    ("Whitmore said she would run again, a sign that the party has no other candidate.",
     [(IND, "she would run again", "Whitmore")]),
    ('Lane said the fight was "not over," pushing back against investors who have bet on cuts.',
     [(IND, 'the fight was "not over,"', "Lane"), (DIR, "not over,", "Lane")]),
    ("Lane said the fight was not over, pushing back against investors.",
     [(IND, "the fight was not over", "Lane")]),
    ('Whitmore told the radio program "Michigan Today" last month that she had no plans to leave office early.',
     [(IND, "she had no plans to leave office early", "Whitmore")]),
    ('Whitmore told the podcast "Pod Save America" she had no plans to run.',
     [(IND, "she had no plans to run", "Whitmore")]),
    ("The National Hurricane Center said in its 9 a.m. advisory that Helena had winds of 120 mph.",
     [(IND, "Helena had winds of 120 mph", "National Hurricane Center")]),
    ("The center said at 11:30 p.m. that the storm had weakened.",
     [(IND, "the storm had weakened", "center")]),
    ("Host Dan Feld spoke with Mayor Elena Ortiz about the strike.\n\nHOST: When will the buses run?\n\nGUEST: I told "
     "the union on Monday that the city is ready.\n\nHOST: Thanks, mayor.",
     [(IND, "the city is ready", "Elena Ortiz")]),
    ("Transcript: Mayor Ortiz on the strike\n\nHost Dan Feld spoke with Mayor Elena Ortiz about the strike.\n\nHOST: "
     "When will the buses run?\n\nGUEST: I told the union on Monday that the city is ready. They said they needed more "
     "time.\n\nHOST: Thanks, mayor.",
     [(IND, "the city is ready", "Elena Ortiz"), (IND, "they needed more time", None)]),
    ("My daughter read an early draft and said it was the first time she understood what I went through.",
     [(IND, "it was the first time she understood what I went through", "daughter")]),
    ("My mother called and said the house was on fire.",
     [(IND, "the house was on fire", "mother")]),
]

GUARDS_R54_ENTRANSCRIPT = [
    ("My wife bit into one and got a piece of plastic and the manager had a bad reaction and blamed her for it.",
     []),
    ("Stocks fell, with analysts saying the rally had run out of steam.",
     [(IND, "the rally had run out of steam", "analysts")]),
    ("The White House defended the pause, with Press Secretary Dana Whitfield telling reporters that the administration "
     "wanted more time.",
     [(IND, "the administration wanted more time", "Dana Whitfield")]),
    ("Chen interjected that the vote was about the budget.",
     [(IND, "the vote was about the budget", "Chen")]),
    ('"Let me finish," Chen interjected.',
     [(DIR, "Let me finish,", "Chen")]),
    ("According to a transcript, the exchange went smoothly.",
     [(IND, "the exchange went smoothly", "transcript")]),
    ("Whitmore said the vote was the clearest signal yet that voters were angry.",
     [(IND, "the vote was the clearest signal yet that voters were angry", "Whitmore")]),
    ("Whitmore said it was, in her view, a sign that voters were angry.",
     [(IND, "it was, in her view, a sign that voters were angry", "Whitmore")]),
    ("Officials said the storm flooded roads, pushing prices higher.",
     [(IND, "the storm flooded roads, pushing prices higher", "Officials")]),
    ("The center said at 9 am that the storm had weakened.",
     [(IND, "the storm had weakened", "center")]),
    ('Whitmore told "Michigan Today" last month that she had no plans to leave office early.',
     [(IND, "she had no plans to leave office early", "Whitmore")]),
    ("The storm had weakened, the center said at 11 p.m. Tuesday.",
     [(IND, "The storm had weakened", "center")]),
    ("I told the union on Monday that the city is ready. They said they needed more time.",
     [(IND, "the city is ready", None), (IND, "they needed more time", None)]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENTRANSCRIPT + GUARDS_R54_ENTRANSCRIPT)
def test_r54_entranscript_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_ENTRANSCRIPT = Path(__file__).parent / "data" / "quotes_r54_transcript_article.txt"


def test_r54_entranscript_article() -> None:
    got = run(ARTICLE_R54_ENTRANSCRIPT.read_text(encoding="utf-8"))
    assert (IND, "the city is ready to meet any day, any hour", "Elena Ortiz") in got
    assert (IND, "safety is non-negotiable", "Elena Ortiz") in got
    assert (IND, "they needed time to consult their members", None) in got
    assert (IND, "the city's offer is a pay cut once you count inflation", "union") in got
    assert (DIR, "The mayor's office didn't return our calls for six weeks,", "Marcus Bell") in got
    assert not any(text.startswith("Here is part") for _, text, _s in got)
    assert not any(speaker == "Guest" for _, _t, speaker in got)
