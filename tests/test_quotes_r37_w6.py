"""Quote pre-annotator, round 37 (helper w6): English US local and state news.

Sentences written for these tests (names invented), in the style of the kind: city council and school board meetings,
residents quoted at public comment, county sheriffs and police spokespeople with initials ("T.J."), state legislators,
a trailing "said X" after a partial quotation, a surname that is also an adverb ("Long said").
"""

import pytest

from tests.test_quotes import assert_en_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w6) a partial quotation closing the writer's clause, then a trailing attribution with a role before
        # the name or with the verb first: the clause is reported too (only the partial quotation was found)
        (
            'The council\'s decision was "a slap in the face," resident Joan Pruitt said.',
            [
                ('The council\'s decision was "a slap in the face,"', IND, "Joan Pruitt"),
                ("a slap in the face,", DIR, "Joan Pruitt"),
            ],
        ),
        (
            'The new bus routes are "a mess for working families," council member Dana Whitfield said Tuesday.',
            [
                ('The new bus routes are "a mess for working families,"', IND, "Dana Whitfield"),
                ("a mess for working families,", DIR, "Dana Whitfield"),
            ],
        ),
        (
            'The property tax bill is "dead on arrival," said state Sen. Marcus Hale, R-Eagle.',
            [
                ('The property tax bill is "dead on arrival,"', IND, "Marcus Hale"),
                ("dead on arrival,", DIR, "Marcus Hale"),
            ],
        ),
        (
            'The suspect remains at large as "money is a motivator for some people," said police spokesman Ray Dunn.',
            [
                ('The suspect remains at large as "money is a motivator for some people,"', IND, "Ray Dunn"),
                ("money is a motivator for some people,", DIR, "Ray Dunn"),
            ],
        ),
        # (round 37, w6) an agency's initials, a role, then a person's initials and surname after the verb (the speaker
        # was the agency)
        (
            '"We are asking anyone with video to call us," said CMPD spokesman T.J. Harlan.',
            [("We are asking anyone with video to call us,", DIR, "T.J. Harlan")],
        ),
        (
            "The ramp will stay closed through the weekend, said VDOT spokeswoman A.J. Whitcomb.",
            [("The ramp will stay closed through the weekend", IND, "A.J. Whitcomb")],
        ),
        # (round 37, w6) the same with an adjunct after the name (the speaker was the agency)
        (
            '"Please stay away from the area," said BCSO spokesperson Tom Hale at the scene.',
            [("Please stay away from the area,", DIR, "Tom Hale")],
        ),
        # (round 37, w6) a bare "Police" is no body named only later in the text (it was "Michigan State Police")
        (
            "Police said tips led officers to the suspect's home. The search also involved Michigan State Police troopers.",
            [("tips led officers to the suspect's home", IND, "Police")],
        ),
        # (round 37, w6) a surname that is also an adverb opening the sentence: the person named in full before
        (
            "Sheriff Brandon Long said the deputy was placed on leave. Long said he would not release other details.",
            [
                ("the deputy was placed on leave", IND, "Brandon Long"),
                ("he would not release other details", IND, "Brandon Long"),
            ],
        ),
        (
            'Commissioners met with Sheriff Dale Long on Monday. "We take every complaint seriously," Long said.',
            [("We take every complaint seriously,", DIR, "Dale Long")],
        ),
    ],
)
def test_round37_w6_us_local_news(text, expected):
    assert_en_exact(text, expected)


def test_round37_w6_us_local_news_guards():
    # (round 37, w6) guards: these were right before and stay so
    # a whole quotation before the trailing verb is no partial one: the quote alone
    assert_en_exact(
        '"We will fix the road this summer," said Mayor Ann Fox.',
        [("We will fix the road this summer,", DIR, "Ann Fox")],
    )
    # a quotation after a fronted phrase and its comma is the speaker's whole sentence: no report of the writer's words
    assert_en_exact('Asked about the vote, "It was fair," said Smith.', [("It was fair,", DIR, "Smith")])
    # the comma after the closing mark, as before
    assert_en_exact(
        'Deputies are "very close" to an arrest, said Sheriff Carla Nunez at a Friday news conference.',
        [('Deputies are "very close" to an arrest', IND, "Carla Nunez"), ("very close", DIR, "Carla Nunez")],
    )
    # the speaker before the verb, as before
    assert_en_exact(
        'Talks with the union are "at a standstill," officials said.',
        [
            ('Talks with the union are "at a standstill,"', IND, "officials"),
            ("at a standstill,", DIR, "officials"),
        ],
    )
    # an agency's initials before a role and a full name, as before
    assert_en_exact(
        '"We are looking," said NYPD spokesman John Miller.', [("We are looking,", DIR, "John Miller")]
    )
    # "Police" after the body was named still resolves as before
    assert_en_exact(
        "Detroit police said the man was in custody. Police said tips led officers to him.",
        [("the man was in custody", IND, "Detroit police"), ("tips led officers to him", IND, "Police")],
    )
    # "Long" is no name without a person of that surname, nor before "said to"
    assert quotes(run("Long said to be the front-runner, Harris declined to comment.", lang="en")) == []
    assert_en_exact(
        "Sheriff Brandon Long spoke first. Long said to be retiring, he thanked the deputies.",
        [],
    )
