"""Round 39 (deshares2): German shares as speakers: a share after its verb keeps its number, a degree word before a
share is no speaker, "eine Mehrheit von 55 Prozent", a share after the verb is the subject of a fronted object, and a
second share's own clause ends the first share's report.

Sentences written for these tests in the style of German poll reports (see docs/quotes.md)."""

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted((s.text, s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def _check(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share after its verb keeps its number (was "Prozent")
        ("Unter den Rentnern befürchten 21 Prozent, die Inflation werde weiter steigen.",
         [("die Inflation werde weiter steigen", IND, "21 Prozent")]),
        ("Demnach gaben 47 Prozent an, dem Bundestag zu misstrauen.",
         [("dem Bundestag zu misstrauen", IND, "47 Prozent")]),
        ("In Bayern sagen rund 58,3 Prozent, sie hätten die Grünen nie gewählt.",
         [("sie hätten die Grünen nie gewählt", IND, "58,3 Prozent")]),
        ("Dagegen erklärten zwölf Prozent, sie wüssten es nicht.",
         [("sie wüssten es nicht", IND, "zwölf Prozent")]),
        # a degree word before a share opening its clause is no speaker (was "Nur", "Knapp")
        ("Nur 28,4 Prozent der Händler sind zuversichtlich, dass das Weihnachtsgeschäft besser wird.",
         [("das Weihnachtsgeschäft besser wird", IND, "28,4 Prozent der Händler")]),
        ("Knapp 40 Prozent der Landwirte sind überzeugt, dass die Preise wieder sinken.",
         [("die Preise wieder sinken", IND, "40 Prozent der Landwirte")]),
        # a majority of a share (was "Prozent", "Prozent der Befragten")
        ("Eine Mehrheit von 61 Prozent geht davon aus, dass die Mieten weiter steigen.",
         [("die Mieten weiter steigen", IND, "Mehrheit von 61 Prozent")]),
        ("Eine deutliche Mehrheit von 72 Prozent der Befragten glaubt, dass der Euro stabil bleibt.",
         [("der Euro stabil bleibt", IND, "Mehrheit von 72 Prozent der Befragten")]),
        # a fronted object or state, the share after the verb is the subject (was "Gegenteil", "Unentschlossen")
        ("Das Gegenteil äußerten 33 Prozent.", [("Das Gegenteil äußerten 33 Prozent", IND, "33 Prozent")]),
        ("Unentschlossen äußerten sich dabei elf Prozent.",
         [("Unentschlossen äußerten sich dabei elf Prozent", IND, "elf Prozent")]),
        # a second share's own clause ends the report (it ran on into it)
        ("52 Prozent der Befragten meinen, die Reform komme zu spät, 31 Prozent halten sie für überflüssig.",
         [("die Reform komme zu spät", IND, "52 Prozent der Befragten")]),
        ("38 Prozent sind der Meinung, es werde ihnen im neuen Jahr besser gehen – lediglich neun Prozent fürchten "
         "Einbußen.",
         [("es werde ihnen im neuen Jahr besser gehen", IND, "38 Prozent")]),
        ("Fast die Hälfte der Befragten gab an, der Polizei zu vertrauen, 35 Prozent misstrauen ihr.",
         [("der Polizei zu vertrauen", IND, "Hälfte der Befragten")]),
        # a share's wish with its object, then a second share's own clause: no content of the wish
        ("Laut der Umfrage wünschen sich 64 Prozent mehr Polizei, 20 Prozent sind dagegen.",
         [("wünschen sich 64 Prozent mehr Polizei, 20 Prozent sind dagegen", IND, "Umfrage")]),
        ("Im Jahr 2019 sagten 30 Prozent, sie seien zufrieden.", [("sie seien zufrieden", IND, "30 Prozent")]),
    ],
)
def test_r39_deshares2_fixes(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Konjunktiv after the second share goes on reporting
        ("Die Forscher sagten, 60 Prozent seien dafür, 30 Prozent seien dagegen.",
         [("60 Prozent seien dafür, 30 Prozent seien dagegen", IND, "Forscher")]),
        # a source's report runs to the sentence end, the shares are its content
        ("Nach Angaben der Forscher sind 40 Prozent der Bäume krank, 25 Prozent sind bereits abgestorben.",
         [("sind 40 Prozent der Bäume krank, 25 Prozent sind bereits abgestorben", IND, "Forscher")]),
        # a number without a share after the comma goes on
        ("Die Polizei teilte mit, 40 Menschen seien verletzt worden, drei Autos brannten aus.",
         [("40 Menschen seien verletzt worden, drei Autos brannten aus", IND, "Polizei")]),
        # a name before the verb stays the speaker
        ("Merkel sagte, die Lage sei ernst.", [("die Lage sei ernst", IND, "Merkel")]),
        ("Die Forscher erklärten, 40 Prozent der Wälder seien geschädigt.",
         [("40 Prozent der Wälder seien geschädigt", IND, "Forscher")]),
        # a share opening its clause (round 39, depolls4) stays as it was
        ("68 Prozent der Befragten gaben an, dass sie der Regierung misstrauen.",
         [("sie der Regierung misstrauen", IND, "68 Prozent der Befragten")]),
        # a speaker who is no share: a second share's clause after a comma stays in the report
        ("Der Verband erklärte, die Umsätze seien gestiegen, 20 Prozent der Betriebe stellen neue Leute ein.",
         [("die Umsätze seien gestiegen, 20 Prozent der Betriebe stellen neue Leute ein", IND, "Verband")]),
    ],
)
def test_r39_deshares2_guards(text, expected):
    _check(text, expected)
