"""Round 40 (deheadlines): headlines, kickers and teaser lists with quotations in German and English news pages. A
name never runs over a line break (a headline's or label's last words were glued to the name opening the next line:
"… Great Recession\\n\\nGovernor Newsom" named "Great Recession Governor Newsom"); a German kicker line "Person
über/zu/zur/zum Topic „…“" without a colon is the person's quotation; a headline quotation alone on its line in a
teaser list takes no speaker from the teaser before it; an English headline in title case ("Warren Slams Bank Merger:
"…"") names the person whose surname opens it, not the whole capitalised run."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": lang})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text, lang, expected):
    got = _quotes(text, lang)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# fixes: a name never runs over a line break (the headline's or label's last words were part of it)
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The economy grows faster than after the Great Recession\n\nGovernor Newsom spoke in Sacramento on Monday. He "
     "said the state would add jobs this year.", "en",
     [("the state would add jobs this year", IND, "Newsom")]),
    ("Streit in der Koalition\n\nLindner: Schuldenbremse bleibt\n\nDie Schuldenbremse werde nicht angetastet, sagte "
     "Finanzminister Lindner.", "de",
     [("Die Schuldenbremse werde nicht angetastet", IND, "Lindner")]),
    ("Gipfel in Brüssel\nSelenskyj bittet um Hilfe\nDie Ukraine brauche mehr Flugabwehr, sagte Präsident Selenskyj.",
     "de",
     [("Selenskyj bittet um Hilfe", IND, "Selenskyj"),
      ("Die Ukraine brauche mehr Flugabwehr", IND, "Selenskyj")]),
    ("Treffen der Ost-Länderchefs mit Scholz\nWoidke: \"Die Menschen im Osten sind enttäuscht\"\nBrandenburgs "
     "Regierungschef Woidke spricht von großer Unzufriedenheit.", "de",
     [("Die Menschen im Osten sind enttäuscht", DIR, "Woidke"),
      ("Brandenburgs Regierungschef Woidke spricht von großer Unzufriedenheit", IND, "Woidke")]),
])
def test_r40_deheadlines_name_stops_at_line_break(text, lang, expected):
    assert_exact(text, lang, expected)


# fixes: a German kicker "Person über/zu Topic „…“" (no colon) is the person's quotation
@pytest.mark.parametrize(("text", "expected"), [
    ('Habeck über Wärmepumpen "Wir haben zu spät über die Förderung gesprochen"\n\nWirtschaftsminister Robert Habeck '
     'räumt Fehler beim Heizungsgesetz ein.',
     [("Wir haben zu spät über die Förderung gesprochen", DIR, "Robert Habeck"),
      ("Wirtschaftsminister Robert Habeck räumt Fehler beim Heizungsgesetz ein", IND, "Robert Habeck")]),
    ("Lauterbach zur Pandemie „Die Welle ist noch lange nicht vorbei“\n\nGesundheitsminister Karl Lauterbach mahnt "
     "zur Vorsicht.",
     [("Die Welle ist noch lange nicht vorbei", DIR, "Karl Lauterbach"),
      ("Gesundheitsminister Karl Lauterbach mahnt zur Vorsicht", IND, "Karl Lauterbach")]),
    ("Baerbock zum Nahost-Konflikt „Wir brauchen eine humanitäre Feuerpause“\n\nAußenministerin Annalena Baerbock "
     "ist nach Israel gereist.",
     [("Wir brauchen eine humanitäre Feuerpause", DIR, "Annalena Baerbock")]),
])
def test_r40_deheadlines_de_kicker_fixes(text, expected):
    assert_exact(text, "de", expected)


# fixes: a teaser list's headline quotation on its own line takes no speaker from the teaser before it
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ministerin sagte, die Reform komme im Herbst.\n\n„Wir brauchen einen Neustart“\nKoalition ringt um den "
     "Haushalt\nDie Verhandlungen gehen am Montag weiter.",
     [("die Reform komme im Herbst", IND, "Ministerin"),
      ("Wir brauchen einen Neustart", DIR, None)]),
    ("Der Landrat erklärte, die Straße bleibe gesperrt.\n\n„Das ist ein schwarzer Tag für die Region“\nBosch streicht "
     "900 Stellen in Bamberg\nDie Beschäftigten reagieren schockiert.",
     [("die Straße bleibe gesperrt", IND, "Landrat"),
      ("Das ist ein schwarzer Tag für die Region", DIR, None)]),
])
def test_r40_deheadlines_teaser_quote_fixes(text, expected):
    assert_exact(text, "de", expected)


# fixes: an English title-case headline names the person whose surname opens it
@pytest.mark.parametrize(("text", "expected"), [
    ('Warren Slams Bank Merger: "This Deal Hurts Working Families"\n\nSenator Elizabeth Warren criticized the merger '
     'on Tuesday.',
     [("This Deal Hurts Working Families", DIR, "Elizabeth Warren"),
      ("Senator Elizabeth Warren criticized the merger on Tuesday", IND, "Elizabeth Warren")]),
    ('Sanders Blasts Drug Makers: "Their Greed Is Killing People"\n\nSen. Bernie Sanders spoke at a rally in Iowa on '
     'Sunday.',
     [("Their Greed Is Killing People", DIR, "Bernie Sanders")]),
    ('Newsom Fires Back at Critics: "We Will Not Cut School Funding"\n\nGov. Gavin Newsom defended his budget on '
     'Friday.',
     [("We Will Not Cut School Funding", DIR, "Gavin Newsom")]),
])
def test_r40_deheadlines_en_title_case_fixes(text, expected):
    assert_exact(text, "en", expected)


# guards: colon headlines, bare "Name: text" lines, quotations after a colon line and speech going on stay as they were
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Seehofer zur Flüchtlingskrise: „Wir brauchen eine Obergrenze“\n\nInnenminister Horst Seehofer hat seine "
     "Forderung bekräftigt.", "de",
     [("Wir brauchen eine Obergrenze", DIR, "Horst Seehofer"),
      ("Innenminister Horst Seehofer hat seine Forderung bekräftigt", IND, "Horst Seehofer")]),
    ("Merkel: Ja, wir haben das geschafft\n\nBundeskanzlerin Angela Merkel zog am Sonntag eine Bilanz.", "de",
     [("Bundeskanzlerin Angela Merkel zog am Sonntag eine Bilanz", IND, "Angela Merkel")]),
    ("Der Trainer sagte, das Team sei bereit.\n\n„Wir wollen den Titel.“\n\nDas Spiel beginnt um 18 Uhr.", "de",
     [("das Team sei bereit", IND, "Trainer"),
      ("Wir wollen den Titel.", DIR, "Trainer")]),
    ("Der Bürgermeister sagte am Abend:\n„Wir werden die Halle wieder aufbauen“\nDie Feuerwehr war bis in die Nacht "
     "im Einsatz.", "de",
     [("Wir werden die Halle wieder aufbauen", DIR, "Bürgermeister")]),
    ("Streit über Heizungen „Die Lage ist ernst“\n\nDie Verbände schlagen Alarm.", "de",
     [("Die Verbände schlagen Alarm", IND, "Verbände")]),
    ("Spahn: „Wir müssen jetzt handeln“\n\nGesundheitsminister Jens Spahn hat vor einer dritten Welle gewarnt.", "de",
     [("Wir müssen jetzt handeln", DIR, "Jens Spahn"),
      ("Gesundheitsminister Jens Spahn hat vor einer dritten Welle gewarnt", IND, "Jens Spahn")]),
    ('Trump: "I will not concede this election"\n\nPresident Donald Trump said on Monday he would fight on in the '
     'courts.', "en",
     [("I will not concede this election", DIR, "Donald Trump"),
      ("he would fight on in the courts", IND, "Donald Trump")]),
    ('Biden on inflation: "We are making real progress"\n\nPresident Joe Biden spoke in Ohio on Tuesday.', "en",
     [("We are making real progress", DIR, "Joe Biden")]),
    ("Chancellor Angela Merkel met with President Emmanuel Macron in Paris. Merkel said the two countries would "
     "work together.", "en",
     [("the two countries would work together", IND, "Angela Merkel")]),
])
def test_r40_deheadlines_guards(text, lang, expected):
    assert_exact(text, lang, expected)


# guard: a title-case headline whose second word is a noun, not a verb of reacting, names no person from its surname
def test_r40_deheadlines_en_title_case_noun_guard():
    text = ('Trump Tariffs Hit Farmers Hard: "We Are Losing Everything Now"\n\nPresident Donald Trump imposed the '
            'tariffs in May.')
    got = _quotes(text, "en")
    assert [sp for t, lab, sp in got if t == "We Are Losing Everything Now"] != ["Donald Trump"], got
