"""Round 50, family enarticles3: English news articles of six more genres (city council, wildfire, school board,
celebrity, defence briefing, opinion column), rows written as our own sentences. A prepositional adjunct after a
parenthetical attribution ("…, the Pentagon said, in retaliation for …") leaves the report before it; a clock time's
"a.m."/"p.m." inside a relative clause on the speaker keeps the speaker; the platform "X." ends its sentence; a speaker
with appositions, a first predicate in the past and "and" before the cue ("One fan, Bree Collins, 22, posted a video
and wrote that …") is that speaker; "my editor"/"my manager" are speakers like "my colleague"; "Citing" in a title-case
headline takes a reason, no source; "briefed reporters on condition of anonymity" is no speech act; a "when"-clause
after a thing object ("said so when …", "suggested something similar when …") is nothing said."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # a prepositional adjunct of the writer's after a parenthetical attribution (was the adjunct reported)
    ("U.S. forces carried out an airstrike early Friday, the Pentagon said, in retaliation for a series of rocket "
     "attacks on American troops in the region.",
     [(IND, "U.S. forces carried out an airstrike early Friday", "Pentagon")]),
    # "a.m."/"p.m." inside a relative clause on the speaker (was no speaker)
    ("Tanya Brooks, whose son waited at the stop until 9 a.m. on Tuesday, said no one answered the phone.",
     [(IND, "no one answered the phone", "Tanya Brooks")]),
    ("Ed Thornton, who left his house at 2 a.m., said deputies knocked on his door.",
     [(IND, "deputies knocked on his door", "Ed Thornton")]),
    # the platform X ends its sentence (was one sentence, and the second cue took the first speaker)
    ('"Take the time, kid," Wade Harlan wrote on X. Singer Nia Kato shared a photo and told her followers that '
     "Monroe was kind.",
     [(DIR, "Take the time, kid,", "Wade Harlan"), (IND, "Monroe was kind", "Nia Kato")]),
    # appositions, a past first predicate, "and" and the cue (was no speaker)
    ("One concertgoer, Bree Collins, 22, posted a video on TikTok and wrote that the crowd chanted for minutes.",
     [(IND, "the crowd chanted for minutes", "Bree Collins")]),
    ("The fan, Bree Collins, posted a video and wrote that the crowd chanted.",
     [(IND, "the crowd chanted", "Bree Collins")]),
    # "my" + a role at work is a speaker (was nothing)
    ("My editor once told me that every columnist has one subject.",
     [(IND, "every columnist has one subject", "editor")]),
    ("My manager said the store would close early.", [(IND, "the store would close early", "manager")]),
    # "Citing" in a title-case headline names a reason (was the speaker "Vocal Strain")
    ("Singer Lila Monroe Postpones Tour, Citing Vocal Strain", []),
    ("Airline Cancels Flights, Citing Pilot Shortage", []),
    # "briefed reporters on condition of anonymity" (was a speech act of the relative clause)
    ("A senior official, who briefed reporters on condition of anonymity, said the talks had stalled.",
     [(IND, "the talks had stalled", "senior official")]),
    # a when-clause after a thing object (was the when-clause reported)
    ("Boyd suggested something similar when the council met in May.", []),
    ("Smith said so when the council met in May.", []),
]

GUARDS = [
    # a clause of its own after the parenthetical attribution: the part after it, as before
    ("The economy, he said, is recovering slowly.", [(IND, "The economy", None), (IND, "is recovering slowly", None)]),
    ("The plant will close in June, the company said, in a move affecting about 300 workers at the site.",
     [(IND, "The plant will close in June", "company")]),
    # a short adjunct after the attribution: the clause before, as before
    ("American forces carried out an airstrike early Friday, the Pentagon said, in retaliation.",
     [(IND, "American forces carried out an airstrike early Friday", "Pentagon")]),
    # a full stop of "a.m." at the sentence end still ends the sentence
    ("The fire started at 9 a.m. Officials said it spread fast.", [(IND, "it spread fast", "Officials")]),
    # an initial is no sentence end
    ("Malcolm X. Smith said it was fine.", [(IND, "it was fine", "Malcolm X. Smith")]),
    # a name opening the sentence before the predicates, as before
    ("Bree Collins posted a video and wrote that the crowd chanted.", [(IND, "the crowd chanted", "Bree Collins")]),
    # "my" + a kin noun, as before
    ("My father told me that the war had changed him.", [(IND, "the war had changed him", "father")]),
    # "citing" in running text: the source, as before
    ("The airline canceled flights, citing Reuters.", [(IND, "The airline canceled flights", "Reuters")]),
    # a briefing on a topic is still a speech act
    ("Officials briefed lawmakers on the talks.", [(IND, "Officials briefed lawmakers on the talks", "Officials")]),
    # a when-question after the cue, and a when-clause inside a that-clause, stay reported
    ("Smith said that when the war ended, prices rose.", [(IND, "when the war ended, prices rose", "Smith")]),
    ("The mayor said when the road would reopen.", [(IND, "when the road would reopen", "mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    got = run(text)
    assert got == expected, got
