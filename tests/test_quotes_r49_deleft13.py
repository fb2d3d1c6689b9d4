"""Round 49, family deleft13: German shapes found by an audit of written articles. An author's genitive before a quoted
title ends the name before it ("Regisseurin Sophie Lindner Goethes „Faust“" named "Sophie Lindner Goethes"); a person
known only as "Mann"/"Frau" is of that sex ("sie" after "Ihr Mann widersprach" was his); a participle closing a headline
is an elliptical passive ("Bahn: Streik im Güterverkehr angekündigt" had the speaker "Streik im Güterverkehr"); an age or
a role after an everyday role and a first name ("Anwohnerin Marlene (68) … sagt die 68-Jährige", "Rentner Heinz, 74, …
sagt der Rentner"); an age description after a man quoted last names the woman whose surname opens the sentence before
("Albrecht und ihr Team wollen …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"

_PAD = ("Die Forscher hatten die Daten von mehr als 120.000 Erwachsenen über zehn Jahre ausgewertet. Teilnehmer, die sich "
        "regelmäßig bewegten, erlitten demnach seltener einen Herzinfarkt als Menschen, die sich kaum bewegten. In "
        "Deutschland bewegt sich rund ein Viertel der Erwachsenen zu wenig.")


def _study(subject: str) -> str:
    return (f"„Das hat uns überrascht“, sagte Studienleiterin Katrin Albrecht. {_PAD} Rauchen bleibe der wichtigste "
            f"Risikofaktor, sagte der Kardiologe Thomas Vogel.\n\n{subject} nun untersuchen, ob sich die Ergebnisse "
            "übertragen lassen. Erste Daten deuteten darauf hin, sagte die 47-Jährige.")


_STUDY_BEFORE = [(DIR, "Das hat uns überrascht", "Katrin Albrecht"),
                 (IND, "Rauchen bleibe der wichtigste Risikofaktor", "Thomas Vogel")]

FIXES = [
    # (1) an author's genitive before a quoted title is no part of the name before it
    ("Am Staatstheater hat Regisseurin Sophie Lindner Goethes „Faust“ inszeniert. „Wir wollten etwas Neues wagen“, sagte "
     "die 41-Jährige.", [(DIR, "Wir wollten etwas Neues wagen", "Sophie Lindner")]),
    ("In Hamburg bringt Regisseur Paul Weber Schillers „Räuber“ auf die Bühne. „Das Stück ist aktueller denn je“, sagte er.",
     [(DIR, "Das Stück ist aktueller denn je", "Paul Weber")]),
    ("Am Abend dirigiert Kapellmeister Jan Fuchs Brechts „Dreigroschenoper“ in Berlin. „Die Musik ist zeitlos“, sagte der "
     "52-Jährige.", [(DIR, "Die Musik ist zeitlos", "Jan Fuchs")]),
    # (2) "sie" is not the man known only as "Mann"
    ("Eine Besucherin sagte, sie sei enttäuscht. Ihr Mann widersprach: Er fand den Abend gut.\n\nLindner nimmt die Kritik "
     "gelassen. „Das gehört dazu“, sagt sie und lacht.",
     [(IND, "sie sei enttäuscht", "Besucherin"), (IND, "Er fand den Abend gut", "Mann"), (DIR, "Das gehört dazu", None)]),
    # (3) a participle closing a headline is an elliptical passive: its noun phrase is the object, no speaker
    ("Bahn: Streik im Güterverkehr angekündigt\n\nFrankfurt (dpa) - Die Lokführergewerkschaft hat einen Streik angekündigt.",
     [(IND, "Die Lokführergewerkschaft hat einen Streik angekündigt", "Lokführergewerkschaft")]),
    ("Gewerkschaft: Warnstreiks in den Kliniken gefordert", []),
    # (4) an age or a role after an everyday role and a first name
    ("Anwohnerin Marlene (68) wohnt seit 40 Jahren in der Straße. „Früher war es hier ruhiger“, sagt die 68-Jährige.",
     [(DIR, "Früher war es hier ruhiger", "Marlene")]),
    ("Es regnete die ganze Nacht. Rentner Heinz, 74, sieht es gelassen. „Das war nur ein Gewitter“, sagt der Rentner.",
     [(DIR, "Das war nur ein Gewitter", "Heinz")]),
    ("Es regnete die ganze Nacht. Ihr Nachbar Heinz, 74, sieht es gelassen. „Das war nur ein Gewitter“, sagt der Rentner.",
     [(DIR, "Das war nur ein Gewitter", "Heinz")]),
    # (6) the woman whose surname opens the sentence before, the man quoted last
    (_study("Albrecht und ihr Team wollen"), _STUDY_BEFORE + [(IND, "Erste Daten deuteten darauf hin", "Katrin Albrecht")]),
    (_study("Albrecht will"), _STUDY_BEFORE + [(IND, "Erste Daten deuteten darauf hin", "Katrin Albrecht")]),
]

GUARDS = [
    # a surname in -s after a first name before a quotation stays the name
    ("Am Abend liest Schauspieler Thomas Haas „Die Zauberflöte“ vor. „Ein Märchen für alle“, sagte er.",
     [(DIR, "Ein Märchen für alle", "Thomas Haas")]),
    ("Merkels „Wir schaffen das“ bleibt umstritten, sagte der Historiker Jan Fuchs.",
     [(IND, "Merkels „Wir schaffen das“ bleibt umstritten", "Jan Fuchs")]),
    # "er" after "der Mann" is his
    ("Ein Mann stand vor dem Theater. „Ich warte seit Stunden“, sagte der Mann. „Es ist kalt“, sagte er.",
     [(DIR, "Ich warte seit Stunden", "Mann"), (DIR, "Es ist kalt", "Mann")]),
    # a woman named in full before keeps the "sie"
    ("Die Regisseurin Sophie Lindner ist zufrieden. Eine Besucherin sagte, sie sei enttäuscht. Ihr Mann widersprach: Er "
     "fand den Abend gut.\n\nLindner nimmt die Kritik gelassen. „Das gehört dazu“, sagt sie und lacht.",
     [(IND, "sie sei enttäuscht", "Besucherin"), (IND, "Er fand den Abend gut", "Mann"),
      (DIR, "Das gehört dazu", "Sophie Lindner")]),
    # a present form in a headline keeps its subject; a finite verb with its object too
    ("Polizei: Täter gesteht", [(IND, "Täter gesteht", "Täter")]),
    ("Bahn: GDL kritisiert Angebot", [(IND, "GDL kritisiert Angebot", "GDL")]),
    ("Verdi kündigt Warnstreiks an", [(IND, "Verdi kündigt Warnstreiks an", "Verdi")]),
    # a role before a surname, or two people of the same age: as before
    ("Es regnete die ganze Nacht. Rentner Gruber sieht es gelassen. „Das war nur ein Gewitter“, sagt der Rentner.",
     [(DIR, "Das war nur ein Gewitter", "Rentner")]),
    ("Es regnete. Anwohnerin Marlene (68) und ihr Nachbar Heinz (68) sehen es gelassen. „Das war nur ein Gewitter“, sagt "
     "die 68-Jährige.", [(DIR, "Das war nur ein Gewitter", "68-Jährige")]),
    # a man's surname opening the sentence before is no "die 47-Jährige"
    (_study("Vogel und sein Team wollen"), _STUDY_BEFORE + [(IND, "Erste Daten deuteten darauf hin", "47-Jährige")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_deleft13_fixes(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_deleft13_guards(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)
