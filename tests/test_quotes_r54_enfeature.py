"""Round 54, family enfeature: English magazine features, profiles, Q&A interviews and an obituary, written for the
audit. A he/she after a sentence that introduces a family member or colleague as its subject, by a kin or role
description and the name in apposition ("Marguerite's husband, Chidi Okafor, a retired bus driver, handles deliveries.
He says …", was the daughter quoted before); a bare surname stays the person it named before the family was introduced
and called by first names ("Marsh says" after "Peter says", "Rachel says", was the latest Marsh); a person named
opening a sentence with a gesture or a pause ("Rachel hesitates. "Maybe," she says.", "Luis, asked about that line,
shrugs. He says …"); Q&A labels in Markdown bold ("**Marsh:** …", "**Q:** …", were no turns); a surname label is the
family member named first ("**Marsh:**" was the daughter); the last answer of a Q&A ends where the writer's narrative
names the answerer again ("Marsh says …" after the last "A:", a later "she" named no one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENFEATURE = [
    ('Marguerite Okafor owns a bakery. "We had blankets," Adaeze Okafor recalls. Marguerite\'s husband, Chidi Okafor, '
     'a retired bus driver, handles deliveries. He says the bakery saved the family.',
     [(DIR, 'We had blankets,', 'Adaeze Okafor'), (IND, 'the bakery saved the family', 'Chidi Okafor')]),
    ("Karl Brandt said the plan was fine. Walter's daughter, Ingrid Brandt-Moore, who runs a café on the east bank, is "
     "less diplomatic. She says the bridge will kill her business.",
     [(IND, 'the plan was fine', 'Karl Brandt'), (IND, 'the bridge will kill her business', 'Ingrid Brandt-Moore')]),
    ('Helen Marsh is a biologist. Marsh says the kelp is gone. Her husband, Peter Marsh, is a teacher. Peter says he is '
     'a reluctant diver. Their daughter, Rachel Marsh, is a student. Rachel says she wants to study fish. Later, Marsh '
     'says the book is done.',
     [(IND, 'the kelp is gone', 'Helen Marsh'), (IND, 'he is a reluctant diver', 'Peter Marsh'),
      (IND, 'she wants to study fish', 'Rachel Marsh'), (IND, 'the book is done', 'Helen Marsh')]),
    ('Helen Marsh, 54, is a marine biologist.\n\n**Interviewer:** Is there anything people can do?\n\n**Marsh:** Some '
     'things. But I tell my students that there is no single fix.\n\n**Interviewer:** Why?\n\n**Marsh:** Because I '
     'believe that the sea is patient.',
     [(IND, 'there is no single fix', 'Helen Marsh'), (IND, 'the sea is patient', 'Helen Marsh')]),
    ('Helen Marsh, 54, is a marine biologist.\n\n**Q:** Will the forests come back?\n\n**A:** Some will. I believe that '
     'the water is too warm.\n\n**Q:** What next?\n\n**A:** A second book.',
     [(IND, 'the water is too warm', 'Helen Marsh')]),
    ('Helen Marsh, 54, is a marine biologist.\n\nQ: Do you think the forests will come back?\n\nA: I think some of them '
     'will.\n\nQ: What would your father say?\n\nA: He would say I count too much.\n\nMarsh says she is planning a '
     'second book. She says the divers are stubborn.',
     [(IND, 'she is planning a second book', 'Helen Marsh'), (IND, 'the divers are stubborn', 'Helen Marsh')]),
    ('Helen Marsh is a biologist. "We lost the forest," Marsh said. Her daughter, Rachel Marsh, 22, studies '
     'oceanography. Asked whether she plans to follow her mother, Rachel hesitates. "Maybe," she says.',
     [(DIR, 'We lost the forest,', 'Helen Marsh'), (DIR, 'Maybe,', 'Rachel Marsh')]),
    ('"It was an epic," Tomas Reyes says. His brother, Luis Reyes, remembers it differently. Luis, asked about that '
     'line, shrugs. He says his brother likes the last word.',
     [(DIR, 'It was an epic,', 'Tomas Reyes'), (IND, 'his brother likes the last word', 'Luis Reyes')]),
]

GUARDS_R54_ENFEATURE = [
    # an apposed name of the other sex than the pronoun: the speaker quoted before
    ('"It is fine," Karl Brandt said. His son, Tom Moore, runs a café. "It is bad," she says.',
     [(DIR, 'It is fine,', 'Karl Brandt'), (DIR, 'It is bad,', 'Karl Brandt')]),
    # a company in apposition is no person introduced
    ('"We will stay," Maria Lopez said. The firm\'s lawyer, Acme Corp, filed a motion. She says the family should '
     'sell the farm.',
     [(DIR, 'We will stay,', 'Maria Lopez'), (IND, 'the family should sell the farm', 'Maria Lopez')]),
    # already right on the base: an apposition with an age and a role, a verb of disagreeing, a gesture with its name
    ('"We will stay," Maria Lopez said. Her brother, Daniel Lopez, 40, an engineer in Fresno, disagrees with the plan. '
     'He says the family should sell the farm.',
     [(DIR, 'We will stay,', 'Maria Lopez'), (IND, 'the family should sell the farm', 'Daniel Lopez')]),
    ('"We will stay," said Tom Hale. The mayor\'s aide, Rosa Diaz, runs the office. "It is a mess," she says.',
     [(DIR, 'We will stay,', 'Tom Hale'), (DIR, 'It is a mess,', 'Rosa Diaz')]),
    ('"It was cold," said Anna Berg. Peter Lund, her neighbour, laughs when he hears that. "She exaggerates," he says.',
     [(DIR, 'It was cold,', 'Anna Berg'), (DIR, 'She exaggerates,', 'Peter Lund')]),
    # two people of one surname, the later one never called by the first name: the latest (and the pronoun's sex)
    ('Bill Clinton spoke on Monday. Clinton said the deal was good. Hillary Clinton spoke on Tuesday. Clinton said '
     'she would run.',
     [(IND, 'the deal was good', 'Bill Clinton'), (IND, 'she would run', 'Hillary Clinton')]),
    # a gesture of no one named keeps the speaker quoted before
    ('Helen Marsh spoke first. "We lost it," Marsh said. Someone laughs. "It is gone," she says.',
     [(DIR, 'We lost it,', 'Helen Marsh'), (DIR, 'It is gone,', 'Helen Marsh')]),
    # round 51's kin subject named before in apposition
    ('Her mother, Eleanor, nods. "We lost it," Anna Berg said. Her mother smiles. "It is gone," she says.',
     [(DIR, 'We lost it,', 'Anna Berg'), (DIR, 'It is gone,', 'Eleanor')]),
    # plain capitals labels still read
    ('Helen Marsh, 54, is a biologist.\n\nINTERVIEWER: Why?\n\nMARSH: Because I believe that the sea is patient.\n\n'
     'INTERVIEWER: And?\n\nMARSH: Nothing.',
     [(IND, 'the sea is patient', 'Helen Marsh')]),
    ('Rachel Adams is a lawyer. "We won," Adams said. Rachel Stone, a judge, smiled. "It was close," she said.',
     [(DIR, 'We won,', 'Rachel Adams'), (DIR, 'It was close,', 'Rachel Stone')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES_R54_ENFEATURE)
def test_fixes_r54_enfeature(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS_R54_ENFEATURE)
def test_guards_r54_enfeature(text: str, expected: list) -> None:
    assert run(text) == expected


FEATURE_ARTICLE_R54 = Path(__file__).parent / "data" / "quotes_r54_feature_article.txt"


def test_feature_article_r54_enfeature() -> None:
    """The whole Q&A feature: bold labels, the answerer's "I", the narrative after the last answer, the family."""
    got = run(FEATURE_ARTICLE_R54.read_text(encoding="utf-8"))
    for row in [
        (IND, 'there is no single fix', 'Helen Marsh'),
        (IND, 'they are "the most stubborn people I have ever met."', 'Helen Marsh'),
        (IND, 'he is a reluctant diver at best', 'Peter Marsh'),
        (DIR, 'Helen swims toward things I swim away from,', 'Peter Marsh'),
        (DIR, "He's not wrong,", 'Helen Marsh'),
        (DIR, 'Maybe,', 'Rachel Marsh'),
        (DIR, 'I want to find my own forest first.', 'Rachel Marsh'),
        (IND, 'is addressed to her students', 'Helen Marsh'),
        (DIR, 'an eviction,', 'Dan Ortiz'),
    ]:
        assert row in got, (row, got)
