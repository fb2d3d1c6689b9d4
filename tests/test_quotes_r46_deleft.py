"""Round 46, deleft: German shapes earlier helpers left: ruling out in the perfect or after a modal ("hat nicht
ausgeschlossen, dass …", "wollte nicht ausschließen, dass …") and offering with a content clause ("bot an, zu
vermitteln", "hat angeboten, dass …")."""

import pytest

from tests.quote_cases import quotes_of


def got(text: str) -> list[tuple[str, str | None]]:
    return sorted(quotes_of(text, "de"))


FIX = [
    # ruling out in the perfect: the participle with a finite "haben" before it, with a dass-clause or a zu-infinitive
    ("Der Minister hat ausgeschlossen, dass die Steuern erhöht werden.", [("die Steuern erhöht werden", "Minister")]),
    ("Der Minister hatte ausgeschlossen, dass die Steuern erhöht werden.", [("die Steuern erhöht werden", "Minister")]),
    ("Der Minister hat nicht ausgeschlossen, dass die Steuern erhöht werden.",
     [("die Steuern erhöht werden", "Minister")]),
    ("Am Montag hat die Kanzlerin ausgeschlossen, dass Deutschland Truppen entsendet.",
     [("Deutschland Truppen entsendet", "Kanzlerin")]),
    ("Die Kanzlerin hat jedoch nicht ausgeschlossen, Truppen zu entsenden.", [("Truppen zu entsenden", "Kanzlerin")]),
    # not ruling something out with an object only (a negated act, as "schloss Brandstiftung nicht aus")
    ("Ein Sprecher der Polizei hat Brandstiftung nicht ausgeschlossen.",
     [("Ein Sprecher der Polizei hat Brandstiftung nicht ausgeschlossen", "Sprecher der Polizei")]),
    # the infinitive after a modal
    ("Der Minister wollte nicht ausschließen, dass die Steuern erhöht werden.",
     [("die Steuern erhöht werden", "Minister")]),
    ("Die Polizei konnte nicht ausschließen, dass es weitere Opfer gibt.", [("es weitere Opfer gibt", "Polizei")]),
    ("Der Verein will nicht ausschließen, den Trainer zu entlassen.", [("den Trainer zu entlassen", "Verein")]),
    ("Die Ermittler können einen technischen Defekt nicht ausschließen.",
     [("Die Ermittler können einen technischen Defekt nicht ausschließen", "Ermittler")]),
    # a cue participle and its auxiliary closing a dass-clause after an apposition are the clause's own verb
    ("Die Kläger bemängeln, dass die Regierung den Bundesrat, die Länderkammer, kritisiert hat.",
     [("die Regierung den Bundesrat, die Länderkammer, kritisiert hat", "Kläger")]),
    # offering with a zu-infinitive or a dass-clause after the comma
    ("Der Außenminister bot an, in dem Konflikt zu vermitteln.", [("in dem Konflikt zu vermitteln", "Außenminister")]),
    ("Der Konzern bot den Beschäftigten an, die Löhne um drei Prozent zu erhöhen.",
     [("die Löhne um drei Prozent zu erhöhen", "Konzern")]),
    ("Die Regierung bot an, dass die Gespräche in Genf stattfinden.",
     [("die Gespräche in Genf stattfinden", "Regierung")]),
    ("Die Gewerkschaften boten an, die Gespräche fortzusetzen.", [("die Gespräche fortzusetzen", "Gewerkschaften")]),
    ("Der Konzern hat angeboten, die Löhne zu erhöhen.", [("die Löhne zu erhöhen", "Konzern")]),
    ("Nach dem Treffen bot der Minister an, zwischen den Parteien zu vermitteln.",
     [("zwischen den Parteien zu vermitteln", "Minister")]),
]

GUARD = [
    # already reported before the round
    ("Ein Sprecher schloss aus, dass die Steuern erhöht werden.", [("die Steuern erhöht werden", "Sprecher")]),
    ("Die Polizei schließt nicht aus, dass es weitere Opfer gibt.", [("es weitere Opfer gibt", "Polizei")]),
    ("Der Minister hält es für möglich, dass die Steuern steigen.", [("die Steuern steigen", "Minister")]),
    ("Der Minister wies darauf hin, dass die Steuern steigen.", [("die Steuern steigen", "Minister")]),
    ("Die Steuern könnten steigen, gab der Minister zu bedenken.", [("Die Steuern könnten steigen", "Minister")]),
    ("Der Minister stellte in Aussicht, die Steuern zu senken.", [("die Steuern zu senken", "Minister")]),
    # the same with the new cue "ausgeschlossen" (it cut the content there) and with no cue participle
    ("Die Kläger bemängeln, dass die Regierung den Bundesrat, die Länderkammer, ausgeschlossen hat.",
     [("die Regierung den Bundesrat, die Länderkammer, ausgeschlossen hat", "Kläger")]),
    ("Außerdem bemängeln die Kläger, dass die Regierung den Bundesrat, die Länderkammer, übergangen hat.",
     [("die Regierung den Bundesrat, die Länderkammer, übergangen hat", "Kläger")]),
    ("Die Lage sei ernst, betonte der Minister.", [("Die Lage sei ernst", "Minister")]),
    # no one rules anything out: a state passive, a passive, an impersonal subject, "sich"
    ("Ein Zusammenhang ist nicht ausgeschlossen.", []),
    ("Es ist nicht ausgeschlossen, dass die Steuern steigen.", []),
    ("Eine Steuererhöhung wurde ausgeschlossen.", []),
    ("Ein Anschlag kann nicht ausgeschlossen werden.", []),
    ("Man kann nicht ausschließen, dass die Steuern steigen.", []),
    ("Es lässt sich nicht ausschließen, dass die Steuern steigen.", []),
    # excluding someone (round 50, deleft17: ruling out a possibility is a speech act, "Der Minister hat eine
    # Steuererhöhung ausgeschlossen" — tests/test_quotes_r50_deleft17.py)
    ("Der Verein hat den Spieler ausgeschlossen.", []),
    ("Der Spieler wurde vom Turnier ausgeschlossen.", []),
    ("Der Verein will den Spieler ausschließen.", []),
    # offering goods, a relative clause or a question word after the offer, the present tense, a passive
    ("Der Bäcker bot Brötchen an.", []),
    ("Die Stadt bot an Sonntagen Führungen an, die kostenlos waren.", []),
    ("Das Programm bietet an, Daten zu exportieren.", []),
    ("Die Türkei bietet an, zwischen Russland und der Ukraine zu vermitteln.", []),
    ("Ihm wurde angeboten, in die Regierung einzutreten.", []),
    ("Die Stadt bot den Gästen an, was sie hatte.", []),
]


@pytest.mark.parametrize("text,expected", FIX + GUARD)
def test_deleft(text: str, expected: list) -> None:
    assert got(text) == sorted(expected)
