"""Round 36 (de6): German agency items and news tickers with indicative attributions ("laut", "zufolge", "nach
Angaben von", "Das teilte X mit. Demnach …"): the span boundaries of the contents and their sources' names.
All sentences are invented in the style of short agency items."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact

IND = "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with "Demnach" after a report that names only its source ("Das teilte X mit.") goes on with it
    ("Ein Lagerhaus in Kassel ist in der Nacht ausgebrannt. Das teilte die Feuerwehr am Montag mit. Demnach brach das "
     "Feuer gegen drei Uhr in einer Halle aus.",
     [("Das", IND, "Feuerwehr"), ("Demnach brach das Feuer gegen drei Uhr in einer Halle aus", IND, "Feuerwehr")]),
    ("Die Nachfrage nach Fahrrädern ist gesunken. Das berichten mehrere Händler. Demnach verkauften die Geschäfte im "
     "Frühjahr deutlich weniger Räder.",
     [("Das", IND, "Händler"), ("Demnach verkauften die Geschäfte im Frühjahr deutlich weniger Räder", IND, "Händler")]),
])
def test_de_demnach_after_short_report(text, expected):
    assert_de_exact(text, expected)


def test_de_demnach_guards():
    # no report before: "Demnach" is the writer's "therefore"
    assert_de_exact("Die Mieten sind im Frühjahr gestiegen. Demnach müssen viele Familien mehr zahlen.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # "laut" with a source noun and its genitive: the genitive is the source's, not the content's first words
    ("Laut Informationen der Nachrichtenagentur Reuters verhandelt der Konzern Velmar über den Verkauf seiner "
     "Chemiesparte.",
     [("verhandelt der Konzern Velmar über den Verkauf seiner Chemiesparte", IND, "Nachrichtenagentur Reuters")]),
    ("Laut Angaben der Nachrichtenagentur AFP wurden bei dem Beben mindestens zwölf Häuser zerstört.",
     [("wurden bei dem Beben mindestens zwölf Häuser zerstört", IND, "Nachrichtenagentur AFP")]),
    # two owners of one source noun, and a title coordinated before a name
    ("Zwei Männer wurden nach Angaben der Polizei und der Staatsanwaltschaft am Dienstag in Lübeck festgenommen.",
     [("Zwei Männer wurden", IND, "Polizei und Staatsanwaltschaft"),
      ("am Dienstag in Lübeck festgenommen", IND, "Polizei und Staatsanwaltschaft")]),
    ("Nach Ansicht des früheren Bürgermeisters und heutigen Landrats Kurt Wendeler muss die Brücke bis zum Herbst "
     "saniert werden.",
     [("muss die Brücke bis zum Herbst saniert werden", IND, "Kurt Wendeler")]),
    # a compound "X-Angaben" names its owner: a genitive after it is the content's
    ("Soldaten trafen auf drei Kämpfer, die nach Armee-Angaben der Miliz angehörten.",
     [("die", IND, "Armee"), ("der Miliz angehörten", IND, "Armee")]),
    ("Die Hilfsgüter erreichten nach US-Angaben am Sonntag den Hafen.",
     [("Die Hilfsgüter erreichten", IND, "US"), ("am Sonntag den Hafen", IND, "US")]),
    # an institution's genitive after "des" is named in the nominative
    ("Nach Angaben des Umweltministeriums wurden im Sommer 40 Wölfe gezählt.",
     [("wurden im Sommer 40 Wölfe gezählt", IND, "Umweltministerium")]),
    # a verb in the past before a bare source noun is no part of the source
    ("Die Marine zerstörte Armeeangaben zufolge zwei Schnellboote im Schwarzen Meer.",
     [("Die Marine zerstörte", IND, "Armeeangaben"), ("zwei Schnellboote im Schwarzen Meer", IND, "Armeeangaben")]),
    # "dass" and a fronted wie-clause are no part of the content split by a source
    ("Der Sender hatte berichtet, dass laut der Feuerwehr drei Häuser einsturzgefährdet seien.",
     [("laut der Feuerwehr drei Häuser einsturzgefährdet seien", IND, "Sender"),
      ("drei Häuser einsturzgefährdet seien", IND, "Feuerwehr")]),
    ("Wie das Blatt weiter berichtet, könnte die Sanierung dem Gutachten zufolge bis 2026 dauern.",
     [("könnte die Sanierung dem Gutachten zufolge bis 2026 dauern", IND, "Blatt"),
      ("könnte die Sanierung", IND, "Gutachten"), ("bis 2026 dauern", IND, "Gutachten")]),
])
def test_de_source_phrase_bounds(text, expected):
    assert_de_exact(text, expected)


def test_de_source_phrase_guards():
    # a subject coordinated after the content's verb stays in the content
    assert_de_exact("Nach Angaben der Polizei wurden drei Menschen und der Fahrer verletzt.",
                    [("wurden drei Menschen und der Fahrer verletzt", IND, "Polizei")])
    # an adjective before a bare source noun in a subordinate clause stays in the source
    assert_de_exact("Die Feuerwehr teilte mit, dass das Feuer ersten Erkenntnissen zufolge in der Küche ausbrach.",
                    [("das Feuer ersten Erkenntnissen zufolge in der Küche ausbrach", IND, "Feuerwehr"),
                     ("das Feuer", IND, "Erkenntnissen"), ("in der Küche ausbrach", IND, "Erkenntnissen")])
    # a relative pronoun after "laut" stays in the content
    assert_de_exact("Die Polizei fasste einen Mann, der laut Zeugen eine Waffe trug.",
                    [("der", IND, "Zeugen"), ("eine Waffe trug", IND, "Zeugen")])


@pytest.mark.parametrize(("text", "expected"), [
    # two subjects of a cue in the plural both speak
    ("Der Verdächtige sitzt in Untersuchungshaft, wie Polizei und Staatsanwaltschaft am Freitag mitteilten.",
     [("Der Verdächtige sitzt in Untersuchungshaft", IND, "Polizei und Staatsanwaltschaft")]),
    ("Die Fähre lief in Kiel auf Grund. Das berichten die „Kieler Nachrichten“ sowie der Sender NDR.",
     [("Das", IND, "Kieler Nachrichten und Sender NDR")]),
    # a programme's name in quotation marks and a relative clause after a trailing attribution report nothing
    ("Die Ministerin hat eine Reform angekündigt. Die Pflegekassen sollten mehr Geld erhalten, sagte Renate Kolbe in "
     "der ZDF-Sendung „Berlin direkt“, die am Sonntag ausgestrahlt wurde.",
     [("Die Ministerin hat eine Reform angekündigt", IND, "Ministerin"),
      ("Die Pflegekassen sollten mehr Geld erhalten", IND, "Renate Kolbe")]),
    # a ticker's time stamp and the place after it are no part of the content
    ("14.05 Uhr: Kassel - Die Diebe entkamen mit einem Transporter, teilte die Polizei am Dienstag mit.",
     [("Die Diebe entkamen mit einem Transporter", IND, "Polizei")]),
])
def test_de_agency_item_attributions(text, expected):
    assert_de_exact(text, expected)


def test_de_agency_item_guards():
    # a second verb after "und" keeps the speaker single
    assert_de_exact("Die Straße bleibe gesperrt, sagte der Bürgermeister und verwies auf die Schäden.",
                    [("Die Straße bleibe gesperrt", IND, "Bürgermeister")])
    # a singular verb: the name after "und" is no second subject
    assert_de_exact("Die Straße bleibe gesperrt, sagte die Bürgermeisterin Anna Roth am Montag.",
                    [("Die Straße bleibe gesperrt", IND, "Anna Roth")])


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of a source noun after "laut" or before "zufolge" speaks, as after "nach"
    ("Laut einem Bericht des „Tagesspiegels“ will der Senat zwei Bäder schließen.",
     [("will der Senat zwei Bäder schließen", IND, "Tagesspiegel")]),
    ("Einem Bericht der „Rheinpfalz“ zufolge soll die Brücke im Sommer gesperrt werden.",
     [("soll die Brücke im Sommer gesperrt werden", IND, "Rheinpfalz")]),
    ("Die Armee bereitet sich laut Einschätzung des britischen Geheimdienstes auf einen langen Winter vor.",
     [("Die Armee bereitet sich", IND, "Geheimdienst"), ("auf einen langen Winter vor", IND, "Geheimdienst")]),
    ("Laut eines Berichts der Lokalzeitung sollen 40 Stellen wegfallen.",
     [("sollen 40 Stellen wegfallen", IND, "Lokalzeitung")]),
])
def test_de_source_noun_owner_speaks(text, expected):
    assert_de_exact(text, expected)


def test_de_source_noun_owner_guards():
    # a name ending in -us keeps its ending
    assert_de_exact("Laut einem Bericht des „Focus“ will der Senat zwei Bäder schließen.",
                    [("will der Senat zwei Bäder schließen", IND, "Focus")])
    # a source noun without a genitive keeps its own name
    assert_de_exact("Laut Zeugen floh der Täter mit einem Fahrrad.", [("floh der Täter mit einem Fahrrad", IND, "Zeugen")])


@pytest.mark.parametrize(("text", "expected"), [
    # "erfuhr" trailing a report, with its source in Kreisen/Quellen/Umfeld, as the fronted "Wie X aus Kreisen erfuhr"
    ("Der Minister werde noch im Mai zurücktreten, erfuhr die Deutsche Presse-Agentur am Montag aus Parteikreisen.",
     [("Der Minister werde noch im Mai zurücktreten", IND, "Deutsche Presse-Agentur")]),
    ("Die Werft soll an einen Investor aus Norwegen gehen, erfuhr das Blatt aus dem Umfeld des Aufsichtsrats.",
     [("Die Werft soll an einen Investor aus Norwegen gehen", IND, "Blatt")]),
])
def test_de_trailing_learned_from_circles(text, expected):
    assert_de_exact(text, expected)


def test_de_trailing_learned_guards():
    # a place after "aus", or no source after it: "erfuhr" is learning, no report
    assert_de_exact("Der Zug hatte Verspätung, erfuhr der Reporter aus Berlin.", [])
    assert_de_exact("Er kam nach Hause, erfuhr aber erst später aus der Zeitung davon.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a cue's participle in the passive: its subject does not speak ("würden" too, and closing a subordinate clause)
    ("Die Feuerwehr suchte bis zum Abend weiter, da noch zwei Wanderer unter den Schneemassen vermutet wurden.", []),
    ("Ein Sprecher der Stadt sagte, man erhalte täglich viele Beschwerden. Alle Beschwerden würden sorgfältig bewertet.",
     [("man erhalte täglich viele Beschwerden", IND, "Sprecher der Stadt"),
      ("Alle Beschwerden würden sorgfältig bewertet", IND, "Sprecher der Stadt")]),
])
def test_de_passive_cue_subject(text, expected):
    assert_de_exact(text, expected)


def test_de_passive_cue_subject_guards():
    # a passive inside a reported dass-clause stays the content
    assert_de_exact("Der Verband kritisierte, dass die Zahlen zu spät veröffentlicht wurden.",
                    [("die Zahlen zu spät veröffentlicht wurden", IND, "Verband")])
    # an active cue closing a subordinate clause keeps its subject
    assert_de_exact("Die Stadt reagierte, nachdem Anwohner den Lärm kritisiert hatten.",
                    [("nachdem Anwohner den Lärm kritisiert hatten", IND, "Anwohner")])
