"""Round 43 (helper dereports): German report boundaries and sources. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_quotes import IND, assert_exact_deculture2


# 1. a trailing "erfuhr" with a news medium as its subject reports its clause, with or without an "aus …kreisen" source;
# also a longer trailing wie-clause after a medium
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Wirtschaftsinstitute senken ihre Prognose für das kommende Jahr deutlich, erfuhr die Nachrichtenagentur "
     "Reuters.",
     [("Die Wirtschaftsinstitute senken ihre Prognose für das kommende Jahr deutlich", IND,
       "Nachrichtenagentur Reuters", "erfuhr", "die Nachrichtenagentur Reuters")]),
    ("Der Autozulieferer will in Sachsen 800 Stellen abbauen, erfuhr das Handelsblatt.",
     [("Der Autozulieferer will in Sachsen 800 Stellen abbauen", IND, "Handelsblatt", "erfuhr", "das Handelsblatt")]),
    ("Die Fusion der beiden Kassen ist vom Tisch, erfuhr der „Spiegel“.",
     [("Die Fusion der beiden Kassen ist vom Tisch", IND, "Spiegel", "erfuhr", "der „Spiegel“")]),
    ("Der Vorstand berät am Freitag über den Verkauf, erfuhr die dpa am Donnerstag.",
     [("Der Vorstand berät am Freitag über den Verkauf", IND, "dpa", "erfuhr", "die dpa")]),
    ("Das Treffen soll in Genf stattfinden, wie die Nachrichtenagentur Reuters am Dienstag von einer mit den "
     "Plänen vertrauten Person erfuhr.",
     [("Das Treffen soll in Genf stattfinden", IND, "Nachrichtenagentur Reuters", "erfuhr",
       "die Nachrichtenagentur Reuters")]),
])
def test_r43_dereports_trailing_learned_medium(text, expected):
    assert_exact_deculture2(text, expected)


# 2. "bitten" with "zum"/"zur" or "zu" before a noun invites: no report
@pytest.mark.parametrize(("text", "expected"), [
    ("Am Dienstag bat der Apostolische Nuntius zum Jahresempfang in seine Residenz.", []),
    ("Der Oberbürgermeister bat zum Neujahrsempfang ins Rathaus.", []),
    ("Nach der Andacht bat die Gemeinde die Gäste zu Tisch.", []),
    ("Der Landrat bat die Vereine am Freitag zur Ehrenamtsgala.", []),
])
def test_r43_dereports_invitation(text, expected):
    assert_exact_deculture2(text, expected)


# guards: a learned fact of a person stays no report; a request stays one; "Er erfuhr, dass …" stays no report
@pytest.mark.parametrize(("text", "expected"), [
    ("Ihr Sohn sei verunglückt, erfuhr die Mutter am Abend.", []),
    ("Er erfuhr erst später, dass die Firma pleite war.", []),
    ("Der Bürgermeister bat die Anwohner um Geduld.",
     [("Der Bürgermeister bat die Anwohner um Geduld", IND, "Bürgermeister", "bat", "Der Bürgermeister")]),
    ("Die Polizei bat die Anwohner, zu Hause zu bleiben.",
     [("zu Hause zu bleiben", IND, "Polizei", "bat", "Die Polizei")]),
    ("Es handle sich um zwei Männer, erfuhr die Deutsche Presse-Agentur aus Sicherheitskreisen.",
     [("Es handle sich um zwei Männer", IND, "Deutsche Presse-Agentur", "erfuhr", "die Deutsche Presse-Agentur")]),
])
def test_r43_dereports_guards(text, expected):
    assert_exact_deculture2(text, expected)
