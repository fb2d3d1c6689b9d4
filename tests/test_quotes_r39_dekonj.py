"""Quote pre-annotator, round 39 (helper dekonj): German free indirect speech and hearsay without a new cue.

Sentences written for these tests (names invented), in the style of German police reports, court reports and agency
copy: a report whose source names no one ("Nach ersten Erkenntnissen soll …", "Weiter wird berichtet, dass …") goes on
in hearsay "soll … haben/sein" and in the Konjunktiv I, still without a speaker (the chain stopped after the first
sentence, or took the subject of a writer's sentence between as its source); an ob-clause inside a fronted
"Als/Nachdem …" clause of the writer's does not continue a report.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes_dekonj(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact_dekonj(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _quotes_dekonj(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# a source phrase that names no one, then hearsay "soll … haben/sein" or a Konjunktiv I: the report goes on without a
# speaker (the sentences after the first were lost)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach ersten Erkenntnissen soll der 31-Jährige zunächst mit einem Messer auf den Wirt losgegangen sein. Außerdem "
     "soll er zwei Gäste mit einer Flasche bedroht haben.",
     [("soll der 31-Jährige zunächst mit einem Messer auf den Wirt losgegangen sein", IND, None),
      ("Außerdem soll er zwei Gäste mit einer Flasche bedroht haben", IND, None)]),
    ("Nach bisherigen Informationen soll der Lkw-Fahrer am Stauende nicht gebremst haben. Dabei sollen drei Autos "
     "ineinander geschoben worden sein.",
     [("soll der Lkw-Fahrer am Stauende nicht gebremst haben", IND, None),
      ("Dabei sollen drei Autos ineinander geschoben worden sein", IND, None)]),
    ("Ersten Erkenntnissen zufolge soll das Feuer im Keller ausgebrochen sein. Anschließend soll es sich über das "
     "Treppenhaus ausgebreitet haben.",
     [("soll das Feuer im Keller ausgebrochen sein", IND, None),
      ("Anschließend soll es sich über das Treppenhaus ausgebreitet haben", IND, None)]),
    ("Nach ersten Erkenntnissen soll die Frau bei Rot über die Straße gegangen sein. Der Fahrer habe nicht mehr "
     "ausweichen können.",
     [("soll die Frau bei Rot über die Straße gegangen sein", IND, None),
      ("Der Fahrer habe nicht mehr ausweichen können", IND, None)]),
])
def test_dekonj_ownerless_source_goes_on(text, expected):
    assert_exact_dekonj(text, expected)


# a report without a speaker two sentences back, a sentence of the writer's between: the Konjunktiv I goes on without a
# speaker (its speaker was the subject of the writer's sentence: "Passantin", "Beamter")
@pytest.mark.parametrize(("text", "expected"), [
    ("Weiter wird berichtet, dass der Täter über den Hinterhof geflüchtet sein soll. Eine Passantin rief die Polizei. "
     "Er sei dann in einen Bus gestiegen.",
     [("der Täter über den Hinterhof geflüchtet sein soll", IND, None),
      ("Er sei dann in einen Bus gestiegen", IND, None)]),
    ("Bei der Kontrolle wurde festgestellt, dass der Fahrer keinen Führerschein besaß. Ein Beamter nahm die "
     "Personalien auf. Das Auto sei zudem nicht zugelassen gewesen.",
     [("der Fahrer keinen Führerschein besaß", IND, None),
      ("Das Auto sei zudem nicht zugelassen gewesen", IND, None)]),
])
def test_dekonj_speakerless_report_over_gap(text, expected):
    assert_exact_dekonj(text, expected)


# an ob-clause inside a fronted "Als …" clause of the writer's: no Konjunktiv of the main clause, no report going on
# (the whole sentence was the defendant's statement)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Verteidigerin verlas eine Erklärung ihres Mandanten. Er habe an dem Abend viel getrunken. Als seine "
     "Freundin, also die Geschädigte, ihn gefragt hatte, ob er noch fahren wolle, beginnt seine Erinnerungslücke.",
     [("Er habe an dem Abend viel getrunken", IND, "Verteidigerin")]),
])
def test_dekonj_fronted_clause_question(text, expected):
    assert_exact_dekonj(text, expected)


# guards: the writer's sentence after an ownerless report, a plan with a date, an indicative report, a named person
# between, an attitude subject, hearsay after a named report, a plan and a "soll" after a gap (the reportative does not
# reach over the writer's sentence: tests/test_quotes.py, Bagger), an ob-clause after a cue of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach ersten Erkenntnissen soll der Mann betrunken gewesen sein. Die Polizei sperrte die Straße für zwei Stunden.",
     [("soll der Mann betrunken gewesen sein", IND, None)]),
    ("Nach ersten Erkenntnissen soll der Mann betrunken gewesen sein. Am Freitag soll er dem Haftrichter vorgeführt "
     "werden.",
     [("soll der Mann betrunken gewesen sein", IND, None)]),
    ("Nach ersten Erkenntnissen war der Mann betrunken. Er soll dem Haftrichter vorgeführt werden.",
     [("war der Mann betrunken", IND, None)]),
    ("Weiter wird berichtet, dass der Täter geflüchtet sein soll. Polizeisprecher Jan Hofer bat um Hinweise. Der Mann "
     "sei etwa 1,80 Meter groß.",
     [("der Täter geflüchtet sein soll", IND, None),
      ("Polizeisprecher Jan Hofer bat um Hinweise", IND, "Jan Hofer"),
      ("Der Mann sei etwa 1,80 Meter groß", IND, "Jan Hofer")]),
    ("Die Anwohner sind verärgert. Der Lärm sei seit Wochen unerträglich.",
     [("Der Lärm sei seit Wochen unerträglich", IND, "Anwohner")]),
    ("Laut Anklage soll der Mann 30 Autos gestohlen haben. Er soll sie in Polen verkauft haben.",
     [("soll der Mann 30 Autos gestohlen haben", IND, "Anklage"),
      ("Er soll sie in Polen verkauft haben", IND, "Anklage")]),
    ("Der Sprecher sagte, das Werk sei sicher. Die Firma hat 300 Mitarbeiter. Im Mai soll die neue Halle eröffnet "
     "werden.",
     [("das Werk sei sicher", IND, "Sprecher")]),
    ("Der Sprecher sagte, das Werk sei sicher. Die Firma hat 300 Mitarbeiter. Die neue Halle soll rund zehn Millionen "
     "Euro kosten.",
     [("das Werk sei sicher", IND, "Sprecher")]),
    ("Laut Anklage soll der 52-Jährige die Kasse eines Kiosks aufgebrochen haben. Die Beute betrug rund 800 Euro. "
     "Danach soll er mit einem gestohlenen Roller geflüchtet sein.",
     [("soll der 52-Jährige die Kasse eines Kiosks aufgebrochen haben", IND, "Anklage")]),
    ("Die Pressestelle teilte mit, der Mann sei festgenommen worden. Als die Beamten wissen wollten, ob er Papiere "
     "habe, flüchtete er.",
     [("der Mann sei festgenommen worden", IND, "Pressestelle"), ("er Papiere habe", IND, "Beamten")]),
])
def test_dekonj_guards(text, expected):
    assert_exact_dekonj(text, expected)
