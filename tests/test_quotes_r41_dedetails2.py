"""Round 41 (dedetails2): German subjects after the verb and appositions in agency, NGO and foreign copy (a body's
"für" phrase with "und" after a speaker's genitive, a body's name with "und" that its abbreviation spells after the
verb, fronted "Entsprechendes", the name in apposition to the subject of a first verb, a coordinated subject before a
plural verb whose object is a person).

Sentences written for these tests in the style of dpa/epd agency copy and NGO press releases (see docs/quotes.md).
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# 1. a body's bare "für" phrase with "und" (and its abbreviation) after the speaker's genitive belongs to the speaker
# (was cut after the genitive: "Sprecherin des Bundes")
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir sind enttäuscht“, sagte ein Sprecher des Bundesamts für Naturschutz und Reaktorsicherheit am Dienstag.",
     [("Wir sind enttäuscht", DIR, "Sprecher des Bundesamts für Naturschutz und Reaktorsicherheit", "sagte")]),
    ("Die Vorgaben seien zu lasch, kritisierte eine Sprecherin des Zentrums für Umwelt und Gesundheit.",
     [("Die Vorgaben seien zu lasch", IND, "Sprecherin des Zentrums für Umwelt und Gesundheit", "kritisierte")]),
    ("„Das Gesetz kommt zu spät“, sagte ein Sprecher des Bundes für Umwelt und Naturschutz (BUND) in Berlin.",
     [("Das Gesetz kommt zu spät", DIR, "Sprecher des Bundes für Umwelt und Naturschutz BUND", "sagte")]),
])
def test_r41_dedetails2_fuer_phrase(text, expected):
    assert_exact(text, expected)


# 2. a body's name with "und" that its abbreviation spells, after the verb of a fronted light-verb phrase (was
# "Gewerkschaft Erziehung")
@pytest.mark.parametrize(("text", "expected"), [
    ("Deutliche Kritik übte am Mittwoch die Gewerkschaft Erziehung und Wissenschaft (GEW): Die Pläne seien unausgegoren.",
     [("Die Pläne seien unausgegoren", IND, "Gewerkschaft Erziehung und Wissenschaft", "übte")]),
])
def test_r41_dedetails2_acronym_after_verb(text, expected):
    assert_exact(text, expected)


# 3. a fronted "Entsprechendes" is what was said, never the speaker (as "Gleiches", round 41 dedetails)
@pytest.mark.parametrize(("text", "expected"), [
    ("Entsprechendes äußerte Kishida am Rande des Gipfels in Tokio.",
     [("Entsprechendes äußerte Kishida am Rande des Gipfels in Tokio", IND, "Kishida", "äußerte")]),
])
def test_r41_dedetails2_fronted_entsprechendes(text, expected):
    assert_exact(text, expected)


# 4. the name in apposition to the subject of a first verb speaks for the coordinated cue verb (was the description,
# or only the country's genitive: "Kenias")
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Präsident Kenias, William Ruto, reiste nach Addis Abeba und erklärte dort, die Region brauche Frieden.",
     [("die Region brauche Frieden", IND, "William Ruto", "erklärte")]),
    ("Die Außenministerin Kolumbiens, Laura Sarabia, traf ihren Amtskollegen und sagte, beide Länder wollten enger "
     "zusammenarbeiten.",
     [("beide Länder wollten enger zusammenarbeiten", IND, "Laura Sarabia", "sagte")]),
])
def test_r41_dedetails2_apposition_coordinated_verb(text, expected):
    assert_exact(text, expected)


# 5. a coordinated subject before a plural verb speaks; the person after the verb is its object (was the object)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nabu und WWF forderten Umweltministerin Steffi Lemke auf, die Moore besser zu schützen.",
     [("die Moore besser zu schützen", IND, "Nabu und WWF", "forderten")]),
    ("Die AbL, der vzbv und der BUND fordern Ministerin Julia Klöckner auf, die Tierhaltung umzubauen.",
     [("die Tierhaltung umzubauen", IND, "AbL der vzbv und der BUND", "fordern")]),
])
def test_r41_dedetails2_coordinated_subject(text, expected):
    assert_exact(text, expected)


# guards: a singular subject before "auffordern", a plural subject without an object, two people after a fronted
# adverb, a "für" phrase with an article, and a name in apposition before the cue itself stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Greenpeace forderte Umweltministerin Steffi Lemke auf, die Moore besser zu schützen.",
     [("die Moore besser zu schützen", IND, "Greenpeace", "forderte")]),
    ("Die Bürger und die Verbände forderten, die Moore besser zu schützen.",
     [("die Moore besser zu schützen", IND, "Bürger und die Verbände", "forderten")]),
    ("Am Montag forderten Nabu-Chef Jörg-Andreas Krüger und WWF-Vorstand Heike Vesper, die Moore besser zu schützen.",
     [("die Moore besser zu schützen", IND, "Jörg-Andreas Krüger und Heike Vesper", "forderten")]),
    ("„Wir sind enttäuscht“, sagte ein Sprecher des Ministeriums für eine Stellungnahme nicht.",
     [("Wir sind enttäuscht", DIR, "Sprecher des Ministeriums", "sagte")]),
    ("Der Präsident der Ukraine, Wolodymyr Selenskyj, sagte, das Land brauche mehr Waffen.",
     [("das Land brauche mehr Waffen", IND, "Wolodymyr Selenskyj", "sagte")]),
])
def test_r41_dedetails2_guards(text, expected):
    assert_exact(text, expected)
