"""Round 52, family dereported (German reported speech acts, probe sentences written here): advice as a speech act
("Der Arzt riet zu Bewegung", "Experten rieten von Reisen ab"; not guessing, "Er riet richtig"), criticism and charges
as the end of a compound with their light verb ("übte Selbstkritik", "erhob Korruptionsvorwürfe"), testimony in the
past ("Die Zeugin sagte vor Gericht aus"; not a thing's "sagte wenig aus"), and the zu-infinitive after an agentless
accusation ("Dem Minister wird vorgeworfen, Steuergelder verschwendet zu haben": a quote without a speaker)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # advice without a content clause is an act (was nothing)
    ("Die Experten rieten von Reisen in die Region ab.",
     [(IND, "Die Experten rieten von Reisen in die Region ab", "Experten")]),
    ("Der Arzt riet zu Bewegung an der frischen Luft.",
     [(IND, "Der Arzt riet zu Bewegung an der frischen Luft", "Arzt")]),
    ("Verbraucherschützer raten vom Kauf der Geräte ab.",
     [(IND, "Verbraucherschützer raten vom Kauf der Geräte ab", "Verbraucherschützer")]),
    # a light noun as the end of a compound (was nothing)
    ("Der Vorstand übte Selbstkritik.", [(IND, "Der Vorstand übte Selbstkritik", "Vorstand")]),
    ("Die Verbände übten scharfe Regierungskritik.",
     [(IND, "Die Verbände übten scharfe Regierungskritik", "Verbände")]),
    ("Die Staatsanwaltschaft erneuerte die Mordvorwürfe.",
     [(IND, "Die Staatsanwaltschaft erneuerte die Mordvorwürfe", "Staatsanwaltschaft")]),
    ("Die Opposition erhob Korruptionsvorwürfe gegen den Minister.",
     [(IND, "Die Opposition erhob Korruptionsvorwürfe gegen den Minister", "Opposition")]),
    # testimony in the past (was nothing)
    ("Die frühere Sekretärin sagte am Dienstag als Zeugin aus.",
     [(IND, "Die frühere Sekretärin sagte am Dienstag als Zeugin aus", "Sekretärin")]),
    ("Der Zeuge sagte vor Gericht aus.", [(IND, "Der Zeuge sagte vor Gericht aus", "Zeuge")]),
    # the zu-infinitive of an agentless accusation (was nothing)
    ("Dem Minister wird vorgeworfen, Steuergelder verschwendet zu haben.",
     [(IND, "Steuergelder verschwendet zu haben", None)]),
    ("Dem Trainer wurde vorgeworfen, die Spieler beleidigt zu haben.",
     [(IND, "die Spieler beleidigt zu haben", None)]),
]

GUARDS = [
    # advice with its content clause keeps the clause; guessing is no advice
    ("Die Behörden rieten den Anwohnern, Fenster und Türen geschlossen zu halten.",
     [(IND, "Fenster und Türen geschlossen zu halten", "Behörden")]),
    ("Er riet richtig und gewann das Spiel.", []),
    ("Wir können nur raten.", []),
    # a light noun that only ends like one, and a thing that "says" something
    ("Das Museum übt eine große Anziehungskraft aus.", []),
    # (already an act with "äußerte" alone)
    ("Die Opposition äußerte scharfe Regierungskritik.",
     [(IND, "Die Opposition äußerte scharfe Regierungskritik", "Opposition")]),
    ("Das Ergebnis sagte wenig über die Stimmung aus.", []),
    ("Das Angebot sagte ihm nicht zu.", []),
    ("Die Sängerin sagte das Konzert ab.", []),
    ("Der Minister sagte seine Unterstützung zu.",
     [(IND, "Der Minister sagte seine Unterstützung zu", "Minister")]),
    # an accusation with its object only stays no quote; with an agent it is the agent's
    ("Dem Unternehmen wird Betrug vorgeworfen.", []),
    ("Der Staatsanwalt hat dem Minister vorgeworfen, Steuergelder verschwendet zu haben.",
     [(IND, "Steuergelder verschwendet zu haben", "Staatsanwalt")]),
    ("Der Ehrgeiz, der ihm vorgeworfen wird, ist groß.", []),
    # near misses of reported speech stay nothing
    ("Es lebe die Freiheit!", []),
    ("Man nehme zwei Eier und 200 Gramm Mehl.", []),
    ("Wenn das Wetter besser wäre, könnten die Arbeiten schneller vorankommen.", []),
    ("Der Schüler soll seine Hausaufgaben machen.", []),
    ("Der Verdacht bestätigte sich.", []),
    ("Der Unfall forderte drei Todesopfer.", []),
    # speech acts and Konjunktiv-I continuations that already worked
    ("Die Gewerkschaft rief zu einem landesweiten Streik auf.",
     [(IND, "Die Gewerkschaft rief zu einem landesweiten Streik auf", "Gewerkschaft")]),
    ("Der Verband zeigte sich enttäuscht. Das Urteil sei ein schwerer Rückschlag. Man werde in Berufung gehen.",
     [(IND, "Der Verband zeigte sich enttäuscht", "Verband"),
      (IND, "Das Urteil sei ein schwerer Rückschlag. Man werde in Berufung gehen", "Verband")]),
    ("Der Sprecher sagte, die Lage sei unter Kontrolle. Die Feuerwehr ist mit 80 Kräften vor Ort. "
     "Eine Gefahr für die Bevölkerung bestehe nicht.",
     [(IND, "die Lage sei unter Kontrolle", "Sprecher"), (IND, "Eine Gefahr für die Bevölkerung bestehe nicht", "Sprecher")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_dereported_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_dereported_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
