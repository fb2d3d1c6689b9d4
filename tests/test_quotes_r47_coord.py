"""Round 47, family coord: coordinated reports and contents in English and German (a second whether-question after
", and whether"; a demand coordinated after a that-clause; another speaker's report after "and"/"aber"/"doch" inside
the first report)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"

FIXES_EN = [
    # a second whether-question after a comma belongs to the same report (ended at "cost")
    ("Smith asked whether the council had considered the cost, and whether residents had been consulted.",
     [(IND, "the council had considered the cost, and whether residents had been consulted", "Smith")]),
    # a demand coordinated after the content ends it
    ("The mayor warned that the bridge was unsafe and called for an inspection.",
     [(IND, "the bridge was unsafe", "mayor")]),
    ("The mayor said the bridge was unsafe and called for an inspection.",
     [(IND, "the bridge was unsafe", "mayor")]),
    # another speaker's report after "and" without a comma
    ("Smith said the plan was flawed and Jones said it was sound.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it was sound", "Jones")]),
    ("Smith said the plan was flawed and the mayor insisted it was sound.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it was sound", "mayor")]),
]

FIXES_DE = [
    ("Müller sagte, der Plan sei gescheitert, aber Schmidt betonte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, und Schmidt erklärte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, und Anna Schmidt sagte, dass er solide sei.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er solide sei", "Anna Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert und Schmidt sagte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, doch Schmidt widersprach.",
     [(IND, "der Plan sei gescheitert", "Müller")]),
]

GUARDS_EN = [
    ("The senator asked whether the plan was legal, or whether it was merely popular.",
     [(IND, "the plan was legal, or whether it was merely popular", "senator")]),
    ("Smith said that the plan was flawed and that it would cost too much.",
     [(IND, "the plan was flawed and that it would cost too much", "Smith")]),
    ("Smith asked whether the plan was legal and whether it was fair.",
     [(IND, "the plan was legal and whether it was fair", "Smith")]),
    ("Smith said the plan was flawed and added that it would cost too much.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it would cost too much", "Smith")]),
    ("Smith said the plan was flawed, while Jones argued that it was sound.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it was sound", "Jones")]),
    ("Smith and Jones said the plan was flawed.", [(IND, "the plan was flawed", "Smith and Jones")]),
    ("Smith said that prices rose and the data showed a decline.",
     [(IND, "prices rose and the data showed a decline", "Smith")]),
    ("The company said profits had fallen and that it would cut 500 jobs.",
     [(IND, "profits had fallen and that it would cut 500 jobs", "company")]),
    ("Smith said the plan was flawed; he also said it would cost too much.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it would cost too much", "Smith")]),
]

GUARDS_DE = [
    ("Müller sagte, dass der Plan gescheitert sei und dass die Kosten zu hoch seien.",
     [(IND, "der Plan gescheitert sei und dass die Kosten zu hoch seien", "Müller")]),
    ("Müller fragte, ob der Rat die Kosten bedacht habe und ob die Anwohner befragt worden seien.",
     [(IND, "der Rat die Kosten bedacht habe und ob die Anwohner befragt worden seien", "Müller")]),
    ("Müller erklärte, der Plan sei gescheitert, und fügte hinzu, die Kosten seien zu hoch.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "die Kosten seien zu hoch", "Müller")]),
    ("Müller und Schmidt erklärten, der Plan sei gescheitert.",
     [(IND, "der Plan sei gescheitert", "Müller und Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, während Schmidt betonte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Der Minister sagte, die Steuern würden steigen und die Ausgaben würden gekürzt.",
     [(IND, "die Steuern würden steigen und die Ausgaben würden gekürzt", "Minister")]),
    ("Müller sagte, die Kosten seien gestiegen, und Preise stiegen auch.",
     [(IND, "die Kosten seien gestiegen, und Preise stiegen auch", "Müller")]),
]


@pytest.mark.parametrize("text,expected", FIXES_EN + GUARDS_EN)
def test_r47_coord_en(text, expected):
    assert sorted(quotes_of(text, "en", with_label=True)) == sorted(expected)


@pytest.mark.parametrize("text,expected", FIXES_DE + GUARDS_DE)
def test_r47_coord_de(text, expected):
    assert sorted(quotes_of(text, "de", with_label=True)) == sorted(expected)
