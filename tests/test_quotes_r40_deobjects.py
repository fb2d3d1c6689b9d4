"""Round 40 (deobjects): German fronted objects, relative clauses and appositions mistaken for speakers or losing the
main report (sentences written for these tests in the style of German agency and political news pages, 2010–2024)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


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


# a fronted dative: "Der" before a feminine noun (a party's initials, a body, a woman's title) is no nominative, the
# name, title or pronoun after the verb speaks (the dative was the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der AfD warf Parteichef Söder eine große Nähe zu Moskau vor.",
     [("Der AfD warf Parteichef Söder eine große Nähe zu Moskau vor", IND, "Söder", "warf")]),
    ("CSU-Chef Markus Söder sprach in Passau. Der SPD warf Söder vor, das Land im Stich zu lassen.",
     [("das Land im Stich zu lassen", IND, "Markus Söder", "warf")]),
    ("Der Bundesregierung warf der CDU-Vorsitzende vor, die Wirtschaft zu vernachlässigen.",
     [("die Wirtschaft zu vernachlässigen", IND, "CDU-Vorsitzende", "warf")]),
    ("Der Opposition warf die Ministerin vor, mit den Ängsten der Menschen zu spielen.",
     [("mit den Ängsten der Menschen zu spielen", IND, "Ministerin", "warf")]),
    ("Der Gewerkschaft warf der Arbeitgeberpräsident eine Blockadehaltung vor.",
     [("Der Gewerkschaft warf der Arbeitgeberpräsident eine Blockadehaltung vor", IND, "Arbeitgeberpräsident",
       "warf")]),
])
def test_r40_deobjects_fronted_dative(text, expected):
    assert_exact(text, expected)


# "der" and a noun right after a plural verb is a dative, no subject (the speaker was "der Koalition"; a coordinated
# name with a particle is still cut to its last part, left alone)
@pytest.mark.parametrize(("text", "expected"), [
    ("Trittin und van Aken warfen der Koalition vor, die Reform zu verschleppen.",
     [("die Reform zu verschleppen", IND, "Aken", "warfen")]),
])
def test_r40_deobjects_dative_after_plural_verb(text, expected):
    assert_exact(text, expected)


# a subject relative clause with an act of its own before the main act: both are reported (the main act was lost, or
# with "Die X, die <bare plural> <singular verb>, …" the object after the main verb spoke the subject)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Fraktionschef, der Neuwahlen verlangte, kritisierte die Landesregierung scharf.",
     [("Der Fraktionschef, der Neuwahlen verlangte, kritisierte die Landesregierung scharf", IND, "Fraktionschef",
       "kritisierte"),
      ("der Neuwahlen verlangte", IND, "Fraktionschef", "verlangte")]),
    ("Die Partei, die Steuersenkungen verlangt, kritisierte die Haushaltspläne des Senats.",
     [("Die Partei, die Steuersenkungen verlangt, kritisierte die Haushaltspläne des Senats", IND, "Partei",
       "kritisierte"),
      ("die Steuersenkungen verlangt", IND, "Partei", "verlangt")]),
    ("Die Gewerkschaft, die Warnstreiks ankündigte, kritisierte die Arbeitgeber.",
     [("Die Gewerkschaft, die Warnstreiks ankündigte, kritisierte die Arbeitgeber", IND, "Gewerkschaft", "kritisierte"),
      ("die Warnstreiks ankündigte", IND, "Gewerkschaft", "ankündigte")]),
])
def test_r40_deobjects_relative_then_main_act(text, expected):
    assert_exact(text, expected)


# roles and sources: a party deputy ("CSU-Vize", "Fraktionsvize") is a role, and the name before "zufolge" after an
# inverted subject is the source (the object after the verb, "die Ermittler Schulz" and a verb in the source)
@pytest.mark.parametrize(("text", "expected"), [
    ("Auch Innenminister und CSU-Vize Joachim Herrmann kritisierte die Pläne.",
     [("Auch Innenminister und CSU-Vize Joachim Herrmann kritisierte die Pläne", IND, "Joachim Herrmann",
       "kritisierte")]),
    ("Oberstaatsanwalt Peter Maier leitet die Ermittlungen. Nun werten die Ermittler Maier zufolge die Handydaten aus.",
     [("Nun werten die Ermittler", IND, "Peter Maier", "zufolge"), ("die Handydaten aus", IND, "Peter Maier", "zufolge")]),
])
def test_r40_deobjects_roles_and_sources(text, expected):
    assert_exact(text, expected)


# a plural party fronted before a singular attack verb: the name after the verb attacks, and a Konjunktiv clause after
# the comma is what was said (no cue, and the quotation took the subject of the sentence before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ministerpräsident Markus Söder sprach in Augsburg. Die Regierung sei überfordert. Vor allem die Grünen "
     "attackierte Söder, sie seien «eine Partei der Verbote».",
     [("Die Regierung sei überfordert", IND, "Markus Söder", None),
      ("sie seien «eine Partei der Verbote»", IND, "Markus Söder", "attackierte"),
      ("eine Partei der Verbote", DIR, "Markus Söder", "attackierte")]),
])
def test_r40_deobjects_fronted_attack_object(text, expected):
    assert_exact(text, expected)


# guards: a nominative "Der" with a masculine noun, datives of papers, "zufolge" with a dative article, plain object
# relatives, a fronted singular body that may be the subject, a known name after a deputy's role and a titled source
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Minister kritisierte Scholz scharf.",
     [("Der Minister kritisierte Scholz scharf", IND, "Minister", "kritisierte")]),
    ("Der Zeitung sagte Müller, das sei falsch.", [("das sei falsch", IND, "Müller", "sagte")]),
    ("Der Polizei zufolge wurde der Mann am Abend festgenommen.",
     [("wurde der Mann am Abend festgenommen", IND, "Polizei", "zufolge")]),
    ("Die Regierung will der Zeitung zufolge die Steuern senken.",
     [("Die Regierung will", IND, "Zeitung", "zufolge"), ("die Steuern senken", IND, "Zeitung", "zufolge")]),
    ("Die Pläne, die Merkel kritisierte, wurden gestoppt.",
     [("die Merkel kritisierte", IND, "Merkel", "kritisierte")]),
    ("Der Autobauer, der 500 Stellen abbaute, kritisierte die Zölle.",
     [("Der Autobauer, der 500 Stellen abbaute, kritisierte die Zölle", IND, "Autobauer", "kritisierte")]),
    ("Die Ampel attackierte Söder scharf.", []),
    ("Das bestätigten der Innenminister und die Justizministerin am Montag.",
     [("Das", IND, "Innenminister und Justizministerin", "bestätigten")]),
    ("Zugleich lobte Fraktionsvize Dagmar Ziegler die Einigung.",
     [("Zugleich lobte Fraktionsvize Dagmar Ziegler die Einigung", IND, "Dagmar Ziegler", "lobte")]),
    ("Die Fahnder sichern Polizeisprecher Schulz zufolge noch Spuren am Tatort.",
     [("Die Fahnder sichern", IND, "Schulz", "zufolge"), ("noch Spuren am Tatort", IND, "Schulz", "zufolge")]),
])
def test_r40_deobjects_guards(text, expected):
    assert_exact(text, expected)
