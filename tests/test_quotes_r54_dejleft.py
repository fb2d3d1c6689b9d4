"""Round 54, family dejleft (the leftovers of dejustice's German court and police audit, plus five new police, court,
fire and business reports written for this audit): "er" after a feminine body's report is the one man of the case who is
the subject of the sentence before ("Nach Angaben der Polizei betrat der Täter den Verkaufsraum. Er forderte …" had no
speaker; `reported_person_heads`); a subject relative clause after "die" with a strongly inflected or uninflected word,
then a participle and an indicative auxiliary ("Zeugen, die verdächtige Beobachtungen gemacht haben, sich … zu melden")
is no content (the span opened at "die"); an infinitive clause with "zu" may have up to twelve words ("sich unter der
Telefonnummer 0551 491 2115 zu melden"). All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES_R54_DEJLEFT = [
    # "er" after the police's report: the man of the case who is the subject of the sentence before
    ("Nach Angaben der Polizei betrat der Täter gegen 21 Uhr den Laden. Er forderte die Herausgabe des Geldes.",
     [(IND, "betrat der Täter gegen 21 Uhr den Laden", "Polizei"),
      (IND, "Er forderte die Herausgabe des Geldes", "Täter")]),
    ("Wie die Polizei mitteilte, stieg der Fahrer kurz aus. Er fragte die Frau, ob sie Hilfe brauche.",
     [(IND, "stieg der Fahrer kurz aus", "Polizei"), (IND, "sie Hilfe brauche", "Fahrer")]),
    # a subject relative clause on the addressee before the infinitive clause
    ("Die Polizei bittet Zeugen, die verdächtige Beobachtungen gemacht haben, sich bei der Wache zu melden.",
     [(IND, "sich bei der Wache zu melden", "Polizei")]),
    ("Die Polizei bittet Zeugen, die etwas gesehen haben, sich zu melden.",
     [(IND, "sich zu melden", "Polizei")]),
    # an infinitive clause of more than eight words
    ("Die Polizei bittet Zeugen, die den Wagen bemerkt haben, sich unter der Telefonnummer 0551 491 2115 zu melden.",
     [(IND, "sich unter der Telefonnummer 0551 491 2115 zu melden", "Polizei")]),
]

GUARDS_R54_DEJLEFT = [
    # a woman or a plural as the subject before, or a man named there (unchanged)
    ("Nach Angaben der Polizei betrat die Täterin den Laden. Er forderte Geld.",
     [(IND, "betrat die Täterin den Laden", "Polizei"), (IND, "Er forderte Geld", None)]),
    ("Die Lage sei ruhig, sagte eine Sprecherin der Stadt. Der Bürgermeister kam später. Er sagte, er sei müde.",
     [(IND, "Die Lage sei ruhig", "Sprecherin der Stadt"), (IND, "er sei müde", None)]),
    # a content after the comma puts its finite verb second (unchanged)
    ("Der Sprecher sagte, die meisten Gäste sind abgereist.",
     [(IND, "die meisten Gäste sind abgereist", "Sprecher")]),
    ("Der Sprecher sagte, die verletzten Fahrgäste wurden ins Krankenhaus gebracht.",
     [(IND, "die verletzten Fahrgäste wurden ins Krankenhaus gebracht", "Sprecher")]),
    ("Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich zu melden.",
     [(IND, "sich zu melden", "Polizei")]),
    # an owned source keeps its owner (unchanged)
    ("Wie die Polizei mitteilte, wurde niemand verletzt. Nach Ermittlungen der Staatsanwaltschaft flüchteten die Täter.",
     [(IND, "wurde niemand verletzt", "Polizei"), (IND, "flüchteten die Täter", "Staatsanwaltschaft")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_DEJLEFT + GUARDS_R54_DEJLEFT)
def test_r54_dejleft_rows(text: str, want: list) -> None:
    assert run(text) == want
