"""Round 46, declauses: German content clauses after a reporting verb (one-word zu-infinitives, two-word Konjunktiv
clauses with a noun, a name, "man", "das" or a quantifier as subject)."""

import pytest

from tests.quote_cases import quotes_of


def got(text: str) -> list[tuple[str, str | None]]:
    return sorted(quotes_of(text, "de"))


FIX = [
    # a one-word zu-infinitive after the cue (was no report: the single unquoted word counted as "mostly quoted")
    ("Der Minister kündigte an, zurückzutreten.", [("zurückzutreten", "Minister")]),
    ("Der Trainer drohte, aufzuhören.", [("aufzuhören", "Trainer")]),
    ("Die Ministerin versprach, nachzubessern.", [("nachzubessern", "Ministerin")]),
    ("Der Minister hat angekündigt, zurückzutreten.", [("zurückzutreten", "Minister")]),
    # a two-word Konjunktiv clause with a name, a noun, "man" or "das" as subject, after or before the cue
    ("Der Minister sagte, Müller lüge.", [("Müller lüge", "Minister")]),
    ("Der Minister betonte, Scholz irre.", [("Scholz irre", "Minister")]),
    ("Der Minister sagte, das reiche.", [("das reiche", "Minister")]),
    ("Der Minister sagte, man verhandle.", [("man verhandle", "Minister")]),
    ("Müller lüge, sagte der Minister.", [("Müller lüge", "Minister")]),
    ("Man verhandle, sagte der Minister.", [("Man verhandle", "Minister")]),
]

GUARD = [
    # already reported before the round (near misses of the fixes)
    ("Der Minister kündigte an, im Herbst zurückzutreten.", [("im Herbst zurückzutreten", "Minister")]),
    ("Der Präsident versprach, zu helfen.", [("zu helfen", "Präsident")]),
    ("Der Minister sagte, er gehe.", [("er gehe", "Minister")]),
    ("Der Minister sagte, dass Preise stiegen.", [("Preise stiegen", "Minister")]),
    ("Der Polizeisprecher sagte, zwei seien verletzt.", [("zwei seien verletzt", "Polizeisprecher")]),
    ("Die Lage sei ernst, sagte der Minister am Montag.", [("Die Lage sei ernst", "Minister")]),
    # no report: no Konjunktiv (a past indicative), an apposition or a time word, an infinitive of a non-report verb
    ("Der Minister sagte, Müller lachte.", []),
    ("Der Minister sagte, Preise stiegen.", []),
    ("Die Polizei teilte mit, Stand heute.", []),
    ("Er sagte, alle gerne.", []),
    ("Er versuchte, aufzustehen.", []),
    ("Er weigerte sich, auszusagen.", []),
]


@pytest.mark.parametrize("text,expected", FIX + GUARD)
def test_declauses(text: str, expected: list) -> None:
    assert got(text) == sorted(expected)
