# (round 37, e5; sentences written for these tests, names invented)
# Round 37 (e5): English court, crime and legal news (police reports, criminal complaints, indictments, rulings and
# lawyers' statements).
#
# Each table row fails against the round-36 annotator (rules:quotes@33); the guards say what the new rules must leave
# alone.
from __future__ import annotations

import pytest

from tests.test_quotes import DIR, IND, assert_en_exact, quotes, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a cue participle after a possessive is an adjective: no cue, and its owner no speaker
        ("The defendant's alleged victims testified on Tuesday.", []),
        ("The gang's alleged leader pleaded not guilty on Monday.", []),
        ("The ring's reported profits were laundered through two shell companies.", []),
        (
            'Judge Nora Haldane wrote that the agency\'s alleged conduct "raises serious questions."',
            [
                ('the agency\'s alleged conduct "raises serious questions."', IND, "Nora Haldane"),
                ("raises serious questions.", DIR, "Nora Haldane"),
            ],
        ),
    ],
)
def test_round38_e5_possessive_participles(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) the acts of a crime after a comma go on with the reported clause
        (
            "Police said the man attacked his neighbor, punching him and threatening to burn down the house.",
            [
                (
                    "the man attacked his neighbor, punching him and threatening to burn down the house",
                    IND,
                    "Police",
                )
            ],
        ),
        (
            "The complaint said the suspect entered the store, brandishing a knife at the clerk.",
            [("the suspect entered the store, brandishing a knife at the clerk", IND, "complaint")],
        ),
        (
            "Detectives said the footage was clear, showing the driver running a red light.",
            [("the footage was clear, showing the driver running a red light", IND, "Detectives")],
        ),
    ],
)
def test_round38_e5_crime_participles(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a place's police after "according to" or an inverted "said" are the source, not the place alone
        (
            "The victim was found in a parked car, according to Dayton police.",
            [("The victim was found in a parked car", IND, "Dayton police")],
        ),
        ("The driver was not hurt, said Akron police.", [("The driver was not hurt", IND, "Akron police")]),
    ],
)
def test_round38_e5_place_bodies(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a lawyer for a titled person speaks, not the person named after "for"
        (
            "A lawyer for former Governor Alan Pryce said the indictment was politically motivated.",
            [("the indictment was politically motivated", IND, "lawyer for former Governor Alan Pryce")],
        ),
        (
            "An attorney for former deputy Kyle Ambrose said he would appeal the verdict.",
            [("he would appeal the verdict", IND, "attorney for former deputy Kyle Ambrose")],
        ),
    ],
)
def test_round38_e5_role_for_a_person(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a coordinated "said" after a negation in two words, and after a role in a court case
        (
            "Okafor did not name the officer, but said he had been placed on leave.",
            [("he had been placed on leave", IND, "Okafor")],
        ),
        (
            "The defendant declined to testify and said the charges were false.",
            [("the charges were false", IND, "defendant")],
        ),
        (
            "The plaintiff dropped two of her claims and said she would pursue the rest in state court.",
            [("she would pursue the rest in state court", IND, "plaintiff")],
        ),
    ],
)
def test_round38_e5_coordinated_said(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a court's holding with "that"
        (
            "The appeals court held that the search of the car was unlawful.",
            [("the search of the car was unlawful", IND, "appeals court")],
        ),
        (
            "The state supreme court holds that a warrant is needed in such cases, the lawyers wrote.",
            [
                ("The state supreme court holds that a warrant is needed in such cases", IND, "lawyers"),
                ("a warrant is needed in such cases", IND, "state supreme court"),
            ],
        ),
    ],
)
def test_round38_e5_holdings(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a statement released or sent before a colon is the speaker's
        (
            'The sheriff\'s office released a statement: "The deputy has been placed on leave." The county said more '
            "officers would be hired.",
            [
                ("The deputy has been placed on leave.", DIR, "sheriff's office"),
                ("more officers would be hired", IND, "county"),
            ],
        ),
    ],
)
def test_round38_e5_statement_colon(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, e5) guards: "held" without a clause after "that"; "decided" is no cue
        "The hearing was held that morning in the federal courthouse.",
        "The trust held that property until 2011.",
        "The jurors decided that afternoon to go home.",
        "The panel decided that the hearing would be closed.",
        "The suspect was held that night in the county jail.",
        "It's alleged in court papers.",
    ],
)
def test_round38_e5_guards_nothing(text):
    assert quotes(run(text, lang="en")) == []


def test_round38_e5_guards_kept():
    # (round 37, e5) the speaker's own participle still ends the clause; a name after "for" without a role keeps its
    # speaker; "Chicago police said" is unchanged
    assert_en_exact(
        "The mayor said the budget was balanced, striking a defiant tone.",
        [("the budget was balanced", IND, "mayor")],
    )
    assert_en_exact(
        "Chicago police said the man fled on foot.", [("the man fled on foot", IND, "Chicago police")]
    )
    assert_en_exact(
        "Voting for Senator Ann Brooks, Mayor Tom Reyes said the race was close.",
        [("the race was close", IND, "Tom Reyes")],
    )
