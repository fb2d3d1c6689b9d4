"""Round 43 (helper deeu): German EU, NATO and foreign-policy news. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_quotes import DIR, IND, assert_exact_deculture2


# 1. a nationality without a role ending ("der Ungar", "der Franzose", "der Finne") names the person seen with that
# nationality ("der ungarische Ministerpräsident …", "Finnlands Regierungschef …"), also across a paragraph break; a
# person seen with another nationality is not the one meant ("Zyperns Präsident …")
@pytest.mark.parametrize(("text", "expected"), [
    ("Der ungarische Ministerpräsident Viktor Orbán reiste als Letzter an.\n\n„Wir werden keinem Paket zustimmen“, "
     "sagte der Ungar in Brüssel.",
     [("Wir werden keinem Paket zustimmen", DIR, "Viktor Orbán", "sagte", "der Ungar")]),
    ("Der französische Präsident Emmanuel Macron traf am Abend in Brüssel ein. Der Franzose sagte, Europa "
     "müsse unabhängiger werden.",
     [("Europa müsse unabhängiger werden", IND, "Emmanuel Macron", "sagte", "Der Franzose")]),
    ("Beim Gipfel in Brüssel war auch Finnlands Regierungschef Petteri Orpo dabei.\n\n„Die Ostgrenze ist die Grenze "
     "der ganzen Union“, sagte der Finne.",
     [("Die Ostgrenze ist die Grenze der ganzen Union", DIR, "Petteri Orpo", "sagte", "der Finne")]),
    ("Der italienische Außenminister Antonio Tajani traf den ungarischen Außenminister Péter Szijjártó. „Wir brauchen "
     "eine Einigung“, sagte der Italiener.",
     [("Wir brauchen eine Einigung", DIR, "Antonio Tajani", "sagte", "der Italiener")]),
    ("Der polnische Regierungschef Donald Tusk kam als Erster. Der Pole sagte, die Ostgrenze werde weiter befestigt.",
     [("die Ostgrenze werde weiter befestigt", IND, "Donald Tusk", "sagte", "Der Pole")]),
    ("Der ungarische Außenminister Péter Szijjártó verließ den Saal früh. „Wir unterschreiben das nicht“, sagte der Ungar.",
     [("Wir unterschreiben das nicht", DIR, "Péter Szijjártó", "sagte", "der Ungar")]),
    ("Zyperns Präsident Nikos Christodoulides und Belgiens Premier Bart De Wever trafen sich am Rande. „Wir sind uns "
     "einig“, sagte der Belgier.",
     [("Wir sind uns einig", DIR, "Bart De Wever", "sagte", "der Belgier")]),
])
def test_r43_deeu_nationality_description(text, expected):
    assert_exact_deculture2(text, expected)


# guards: a nationality with two people of that nationality stays unresolved; a description after no named person
# stays itself; a role title stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Der französische Präsident Emmanuel Macron und der französische Außenminister Jean-Noël Barrot kamen gemeinsam. "
     "„Wir sind bereit“, sagte der Franzose.",
     [("Wir sind bereit", DIR, "Franzose", "sagte", "der Franzose")]),
    ("„Das ist ein schwarzer Tag für Europa“, sagte ein Ungar am Rande der Demonstration.",
     [("Das ist ein schwarzer Tag für Europa", DIR, "Ungar", "sagte", "ein Ungar")]),
    ("Nato-Generalsekretär Mark Rutte traf am Morgen in Den Haag ein. „Wir müssen schneller werden“, sagte der "
     "Niederländer.",
     [("Wir müssen schneller werden", DIR, "Mark Rutte", "sagte", "der Niederländer")]),
    ("Zyperns Präsident Nikos Christodoulides empfing den britischen Premier Keir Starmer. „Das war ein gutes Gespräch“, "
     "sagte der Belgier.",
     [("Das war ein gutes Gespräch", DIR, "Belgier", "sagte", "der Belgier")]),
])
def test_r43_deeu_guards(text, expected):
    assert_exact_deculture2(text, expected)
