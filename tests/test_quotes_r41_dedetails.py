"""Round 41 (dedetails): German sources and objects in agency and regional copy (a body's name with "und" that its
abbreviation spells, a bare source noun's genitive or web site after "laut", fronted neuter adjectives of sameness
before the verb).

Sentences written for these tests in the style of dpa/APA regional and agency news (see docs/quotes.md).
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


# 1. a body's name with "und" after the verb or in a genitive runs on to the abbreviation that spells its capitalised
# words (was cut at "und": "Gewerkschaft Erziehung")
@pytest.mark.parametrize(("text", "expected"), [
    ("Zu einem ganztägigen Warnstreik hat die Gewerkschaft Erziehung und Wissenschaft (GEW) die angestellten "
     "Lehrkräfte aufgerufen.",
     [("Zu einem ganztägigen Warnstreik hat die Gewerkschaft Erziehung und Wissenschaft (GEW) die angestellten "
       "Lehrkräfte aufgerufen", IND, "Gewerkschaft Erziehung und Wissenschaft", "aufgerufen")]),
    ("„Die Klassen sind schlicht zu groß“, sagte eine Sprecherin der Gewerkschaft Erziehung und Wissenschaft (GEW).",
     [("Die Klassen sind schlicht zu groß", DIR, "Sprecherin der Gewerkschaft Erziehung und Wissenschaft GEW", "sagte")]),
    ("Die Gewerkschaft Erziehung und Wissenschaft (GEW) forderte, die Stellen sofort zu besetzen. Zuvor hatte "
     "auch die Gewerkschaft Erziehung und Wissenschaft (GEW) Nachbesserungen verlangt.",
     [("die Stellen sofort zu besetzen", IND, "Gewerkschaft Erziehung und Wissenschaft", "forderte"),
      ("Zuvor hatte auch die Gewerkschaft Erziehung und Wissenschaft (GEW) Nachbesserungen verlangt", IND,
       "Gewerkschaft Erziehung und Wissenschaft", "verlangt")]),
])
def test_r41_dedetails_acronym_names(text, expected):
    assert_exact(text, expected)


# guards: a name before the verb, one with "für", and an abbreviation that spells something else stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gewerkschaft Erziehung und Wissenschaft (GEW) kritisierte, dass die Stellen fehlten.",
     [("die Stellen fehlten", IND, "Gewerkschaft Erziehung und Wissenschaft", "kritisierte")]),
    ("Der Bund für Umwelt und Naturschutz (BUND) warnte, dass die Moore austrocknen.",
     [("die Moore austrocknen", IND, "Bund für Umwelt und Naturschutz BUND", "warnte")]),
    ("Die Lage ist ernst, sagte der Sprecher von Polizei und Feuerwehr (dpa).",
     [("Die Lage ist ernst", IND, "Sprecher von Polizei", "sagte")]),
])
def test_r41_dedetails_acronym_names_guards(text, expected):
    assert_exact(text, expected)


# 2. after "laut", a bare unit's genitive of its body's abbreviation and a source noun's web site belong to the source
# (the content began at "der ZAMG" or "von t-online.de")
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut Erdbebendienst der ZAMG hatte das Beben eine Magnitude von 3,8.",
     [("hatte das Beben eine Magnitude von 3,8", IND, "ZAMG", "Laut")]),
    ("Laut Lagezentrum des BKA wurden in der Nacht drei Verdächtige festgenommen.",
     [("wurden in der Nacht drei Verdächtige festgenommen", IND, "BKA", "Laut")]),
    ("Laut Informationen von t-online.de soll die Ministerin ihren Rücktritt erwogen haben.",
     [("soll die Ministerin ihren Rücktritt erwogen haben", IND, "t-online.de", "Laut")]),
])
def test_r41_dedetails_laut_owner(text, expected):
    assert_exact(text, expected)


# guards: a source noun's genitive as before; a name after "laut" with a dative object after it
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut Informationen der Nachrichtenagentur Reuters soll der Konzern verkauft werden.",
     [("soll der Konzern verkauft werden", IND, "Nachrichtenagentur Reuters", "Laut")]),
    ("Laut Polizei hatte der Fahrer keinen Führerschein.",
     [("hatte der Fahrer keinen Führerschein", IND, "Polizei", "Laut")]),
])
def test_r41_dedetails_laut_owner_guards(text, expected):
    assert_exact(text, expected)


# 3. a fronted neuter adjective of sameness or detail is what was reported, never its speaker: the subject after the
# verb speaks (was "Gleiches")
@pytest.mark.parametrize(("text", "expected"), [
    ("Gleiches berichtete CNN unter Berufung auf Diplomaten.",
     [("Gleiches berichtete CNN unter Berufung auf Diplomaten", IND, "CNN", "berichtete")]),
    ("Ähnliches berichtete die „Kronen Zeitung“ unter Berufung auf Ermittler.",
     [("Ähnliches berichtete die „Kronen Zeitung“ unter Berufung auf Ermittler", IND, "Kronen Zeitung", "berichtete")]),
])
def test_r41_dedetails_fronted_sameness(text, expected):
    assert_exact(text, expected)


# guards: "Gleiches" as the content's subject before a trailing attribution; "Dies" as before
@pytest.mark.parametrize(("text", "expected"), [
    ("Gleiches gelte für die Kindergärten, sagte die Ministerin.",
     [("Gleiches gelte für die Kindergärten", IND, "Ministerin", "sagte")]),
    ("Dies sagte ein Diplomat am Montag.",
     [("Dies", IND, "Diplomat", "sagte")]),
])
def test_r41_dedetails_fronted_sameness_guards(text, expected):
    assert_exact(text, expected)
