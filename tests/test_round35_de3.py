"""Round 35 (de3): titles of works, names and bracketed credits on German culture pages are no quotes; two speakers.

Film, book, song and show titles in quotation marks were direct quotes: after a preposition, "wie", a number or a
capitalised noun ("Mit „Der Regen fällt auf Rostock“ gelang ihr …"), opening a sentence with its verb after them
("„Die Nacht der wilden Vögel“ erzählt …"), after a culture noun such as "Oper", "Ohrwurm", "Kategorie", "Bühnenstück" or a
compound of "Film"/"Roman"/"Serie"/"Drama" ("Spielfilm", "TV-Serie"), and alone in brackets after a name ("Mara
Keller („Das stille Haus am See“)"). A paper named after "und" with an article and an adjective before it is no quote
either, and its "wie" clause reports the sentence before it.

Speakers: an adverb before the extended attribute ("der inzwischen in Wien lebende Komponist" was "Wien") and a
fronted adverb in -ös ("Minutiös beschreibt die Kritikerin, …" was "Minutiös").
"""

import pytest

from tests.test_quotes import assert_de_exact


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition or "wie", no cue in the sentence
    ("Mit „Der Regen fällt auf Rostock“ gelang der Sängerin 1981 der Durchbruch.", []),
    ("Bekannt wurde der Autor mit „Die Stunde der Fischer“ und einem Band mit Erzählungen.", []),
    ("In Serien wie „Ein Hof im Allgäu“ war die Schauspielerin jahrelang zu sehen.", []),
    # after a number or a capitalised noun (the author's genitive)
    ("Es folgten 1984 „Ich bin kein Held“ und zwei Dokumentationen über den Boxer.", []),
    ("Im Stadttheater läuft derzeit Brechts „Der gute Mensch von Sezuan“ in einer neuen Fassung.", []),
    # opening the sentence with its verb right after it
    ("„Die Nacht der wilden Vögel“ erzählt von drei Geschwistern auf einer Nordseeinsel.", []),
    # after a culture noun, also a compound
    ("Ihr größter Ohrwurm „Komm doch mit nach Santa Cruz“ hielt sich elf Wochen in den Charts.", []),
    ("Die Staatsoper zeigt Verdis Oper „Die Macht des Schicksals“ in der Regie von Lena Brandt.", []),
    ("Den Preis in der Kategorie „Bester nicht englischsprachiger Film“ erhielt ein Drama aus Chile.", []),
    ("Das Kriegsdrama „Als die Felder brannten“ lief im Wettbewerb der Filmfestspiele.", []),
    ("Die Schauspielerin wurde durch die TV-Serie „Ärzte am Limit der Kraft“ einem breiten Publikum bekannt.", []),
    ("Schon ihr Debütroman „Die Farbe des Schnees“ stand auf der Bestsellerliste.", []),
    # alone in brackets after a name: a credit, not the person's words
    ("Die Hauptrolle spielt Mara Keller („Das stille Haus am See“), die für ihre Darstellung gefeiert wurde.", []),
    # with a cue in the sentence: a title opening with an article or an English title after a preposition
    ("Die Autorin erzählt in „Der Sommer am Fluss“ von ihrer Kindheit in Masuren.", []),
    ("Der Regisseur hatte 2019 mit „The Long Way Home“ den Hauptpreis gewonnen, teilte das Festival mit.",
     [("Der Regisseur hatte 2019 mit „The Long Way Home“ den Hauptpreis gewonnen", "INDIRECT_QUOTE", "Festival")]),
    # a paper after "und" with an article and an adjective: a name, and the clause before is the report
    ("Der Sänger starb in seinem Haus in Malibu, wie die „Los Angeles Times“ und der britische „Observer“ "
     "berichteten.",
     [("Der Sänger starb in seinem Haus in Malibu", "INDIRECT_QUOTE", "Los Angeles Times")]),
    # a title opening with "Kein" after "oder", with a cue in the sentence
    ("Der Autor von Romanen wie „Die Brücke“ oder „Kein Weg führt zurück“ starb nach Angaben seines Verlags.",
     [("Der Autor von Romanen wie „Die Brücke“ oder „Kein Weg führt zurück“ starb", "INDIRECT_QUOTE", "Verlag")]),
    # a paper after an adjective: a name and the speaker of "Das"
    ("Die Sängerin ist tot. Das berichtet die österreichische „Kleine Zeitung“.",
     [("Das", "INDIRECT_QUOTE", "Kleine Zeitung")]),
])
def test_round35_de3_work_titles(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # real speech stays: a whole sentence, a quotation before its comma and attribution, after a colon
    ("„Das ist mein persönlichster Film“, sagte die Regisseurin Jana Roth bei der Premiere.",
     [("Das ist mein persönlichster Film", "DIRECT_QUOTE", "Jana Roth")]),
    ("Über ihren neuen Roman sagt die Autorin Eva Lind: „Ich wollte über meine Großmutter schreiben.“",
     [("Ich wollte über meine Großmutter schreiben.", "DIRECT_QUOTE", "Eva Lind")]),
    ("In dem Roman heißt es: „Der Winter kam früh, und niemand war darauf vorbereitet.“",
     [("Der Winter kam früh, und niemand war darauf vorbereitet.", "DIRECT_QUOTE", "Roman")]),
    # a partial quotation after an indefinite article is no title
    ("Die Veteranen beschwören die Gefahr einer „Invasion unseres Landes durch Fremde“.",
     [("Invasion unseres Landes durch Fremde", "DIRECT_QUOTE", None)]),
    # a programme's words in brackets, lower case, are quoted text
    ("Die Partei will hohe Einkommen („ab einem Jahreseinkommen von 250.000 Euro“) stärker belasten.",
     [("ab einem Jahreseinkommen von 250.000 Euro", "DIRECT_QUOTE", None)]),
])
def test_round35_de3_work_titles_guards(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb before the extended attribute of the speaker: the noun after the participle speaks, not the place
    ("Zugleich ließ der inzwischen in Wien lebende Komponist durchblicken, dass die Oper im Mai fertig werde.",
     [("die Oper im Mai fertig werde", "INDIRECT_QUOTE", "Komponist")]),
    ("Das Buch sei fast fertig, sagte die mittlerweile in Zürich lebende Autorin.",
     [("Das Buch sei fast fertig", "INDIRECT_QUOTE", "Autorin")]),
    # a fronted adverb in -ös is no subject: the name after the verb speaks
    ("Minutiös beschreibt die Kritikerin, was der Held des Romans erlebt.",
     [("was der Held des Romans erlebt", "INDIRECT_QUOTE", "Kritikerin")]),
])
def test_round35_de3_speakers(text, expected):
    assert_de_exact(text, expected)
