"""Round 50, family deleft17: German speech acts left over. "schloss … aus" reports unnegated too when it rules out a
possibility (de.yaml `ruled_out_objects`, `ruled_out_adverbs`: "Eine Steuererhöhung schloss er erneut aus"; "Der Verein
schloss den Spieler aus" stays none); a list object whose first item has an adjective is no content clause after its first
comma ("forderte höhere Löhne, kürzere Arbeitszeiten und mehr Urlaub"); a relative clause on the addressee ends before the
infinitive clause ("empfiehlt Senioren, die krank sind, sich impfen zu lassen"); a second act with an adverbial infinitive
("und forderte mehr Geld, um …") and a contrasted object ("…, aber nicht den Trainer") stay in the act; the hour of a
laut-source's report is the source's ("Laut Hochrechnung des Senders MDR von 21 Uhr …"); a study cited inside a report in
the Konjunktiv does not take the report over."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # ruling out a possibility, unnegated
    ("Eine Steuererhöhung schloss er erneut aus.", [(IND, "Eine Steuererhöhung schloss er erneut aus", None)]),
    ("Er schloss eine Steuererhöhung erneut aus.", [(IND, "Er schloss eine Steuererhöhung erneut aus", None)]),
    ("Merz schloss eine Koalition mit der AfD aus.", [(IND, "Merz schloss eine Koalition mit der AfD aus", "Merz")]),
    ("Die Polizei schloss Fremdverschulden aus.", [(IND, "Die Polizei schloss Fremdverschulden aus", "Polizei")]),
    ("Der Minister hat eine Steuererhöhung ausgeschlossen.",
     [(IND, "Der Minister hat eine Steuererhöhung ausgeschlossen", "Minister")]),
    ("Die Ministerin schloss einen Rücktritt kategorisch aus.",
     [(IND, "Die Ministerin schloss einen Rücktritt kategorisch aus", "Ministerin")]),
    # a list object with an adjective before its next item
    ("Die Gewerkschaft forderte mehr Lohn, kürzere Arbeitszeiten und mehr Urlaub.",
     [(IND, "Die Gewerkschaft forderte mehr Lohn, kürzere Arbeitszeiten und mehr Urlaub", "Gewerkschaft")]),
    ("Die Gewerkschaft forderte höhere Löhne, kürzere Arbeitszeiten und mehr Urlaub.",
     [(IND, "Die Gewerkschaft forderte höhere Löhne, kürzere Arbeitszeiten und mehr Urlaub", "Gewerkschaft")]),
    # a relative clause on the addressee
    ("Das Ministerium empfiehlt Senioren, die krank sind, sich impfen zu lassen.",
     [(IND, "sich impfen zu lassen", "Ministerium")]),
    ("Der Arzt erklärte den Patienten, die krank sind, es gebe Hoffnung.", [(IND, "es gebe Hoffnung", "Arzt")]),
    # a second act with an adverbial infinitive, a contrasted object
    ("Der Verband kritisierte die Pläne und forderte mehr Geld, um die Schulen zu sanieren.",
     [(IND, "Der Verband kritisierte die Pläne und forderte mehr Geld, um die Schulen zu sanieren", "Verband")]),
    ("Haas kritisierte die Entscheidung, aber nicht den Trainer.",
     [(IND, "Haas kritisierte die Entscheidung, aber nicht den Trainer", "Haas")]),
    ("Haas kritisierte die Entscheidung, nicht aber den Trainer.",
     [(IND, "Haas kritisierte die Entscheidung, nicht aber den Trainer", "Haas")]),
    ("Haas lobte die Mannschaft, aber auch den Trainer.", [(IND, "Haas lobte die Mannschaft, aber auch den Trainer", "Haas")]),
    # the hour of a laut-source's report
    ("Laut Hochrechnung des Senders MDR von 21 Uhr kommt die CDU auf 31 Prozent.",
     [(IND, "kommt die CDU auf 31 Prozent", "Senders MDR")]),
    ("Laut einer Umfrage des Instituts Forsa um 18.30 Uhr liegt die SPD vorn.", [(IND, "liegt die SPD vorn", "Forsa")]),
    # a study cited inside a report in the Konjunktiv
    ("Die Lehrerin Anna Berg sagte, die Lage sei ernst. Studien zeigten, dass viele Kinder schlecht lesen könnten. "
     "Die Schulen bräuchten deshalb mehr Personal.",
     [(IND, "die Lage sei ernst", "Anna Berg"), (IND, "viele Kinder schlecht lesen könnten", "Studien"),
      (IND, "Die Schulen bräuchten deshalb mehr Personal", "Anna Berg")]),
]

GUARDS = [
    ("Eine Pflicht lehnte er jedoch ab.", [(IND, "Eine Pflicht lehnte er jedoch ab", None)]),
    ("Er lehnte eine Pflicht ab.", [(IND, "Er lehnte eine Pflicht ab", None)]),
    ("Eine Steuererhöhung schloss er nicht aus.", [(IND, "Eine Steuererhöhung schloss er nicht aus", None)]),
    ("Der Verein schloss den Spieler aus.", []),
    ("Das Gericht schloss die Öffentlichkeit aus.", []),
    ("Die Tür schloss er ab.", []),
    ("Die Gewerkschaft forderte mehr Lohn und mehr Urlaub.",
     [(IND, "Die Gewerkschaft forderte mehr Lohn und mehr Urlaub", "Gewerkschaft")]),
    ("Die Gewerkschaft forderte höhere Löhne, kürzere Arbeitszeiten seien nötig.",
     [(IND, "kürzere Arbeitszeiten seien nötig", "Gewerkschaft")]),
    ("Er kritisierte die Pläne, neue Regeln und Gesetze würden nichts bringen.",
     [(IND, "neue Regeln und Gesetze würden nichts bringen", None)]),
    ("Das Ministerium empfiehlt allen über 60 Jahren, Schwangeren und chronisch Kranken, sich impfen zu lassen.",
     [(IND, "sich impfen zu lassen", "Ministerium")]),
    ("Der Verband kritisierte die Pläne und forderte mehr Geld für die Schulen.",
     [(IND, "Der Verband kritisierte die Pläne und forderte mehr Geld für die Schulen", "Verband")]),
    ("Der Verband kritisierte die Pläne und sagte, die Schulen seien marode.", [(IND, "die Schulen seien marode", "Verband")]),
    ("Haas kritisierte die Entscheidung, aber die Lage sei ernst.", [(IND, "Haas kritisierte die Entscheidung", "Haas")]),
    ("Haas kritisierte die Entscheidung, aber der Trainer blieb.", [(IND, "Haas kritisierte die Entscheidung", "Haas")]),
    ("Laut der Bahn fahren die Züge von 21 Uhr an wieder.", [(IND, "fahren die Züge von 21 Uhr an wieder", "Bahn")]),
    ("Laut Hochrechnung des Senders MDR kommt die CDU auf 31 Prozent.",
     [(IND, "kommt die CDU auf 31 Prozent", "Senders MDR")]),
    ("Laut einer Umfrage vom Montag kommt die CDU auf 31 Prozent.", [(IND, "kommt die CDU auf 31 Prozent", "Umfrage")]),
    ("Eine Studie zeigt, dass viele Kinder schlecht lesen. Die Schulen bräuchten deshalb mehr Personal.",
     [(IND, "viele Kinder schlecht lesen", "Studie"), (IND, "Die Schulen bräuchten deshalb mehr Personal", "Studie")]),
    ("Der Arzt Paul Kern sagte, die Welle sei vorbei. Eine Auswertung zeige, dass die Zahlen sinken würden. "
     "Die Maskenpflicht müsse deshalb fallen.",
     [(IND, "die Welle sei vorbei", "Paul Kern"),
      (IND, "Eine Auswertung zeige, dass die Zahlen sinken würden. Die Maskenpflicht müsse deshalb fallen", "Paul Kern")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_deleft17_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_deleft17_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
