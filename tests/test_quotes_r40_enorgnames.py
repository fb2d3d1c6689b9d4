"""Round 40 (enorgnames): names of organisations and lists with "and", "&", "of" and commas inside, in speaker spans
and canonical names. Capitals joined by an ampersand are one word ("AT&T said" was "T"); a list of names inside the
postmodifier of a plural head of people opening its clause is one speaker ("Officials from Facebook, Twitter and Google
said" kept "Twitter and Google"); an organisation named by a list after its head's "of"/"for" ("The Bureau of Alcohol,
Tobacco, Firearms and Explosives"); an organisation's "and" inside a name seen before a pronoun ("It said" after the
Food and Drug Administration was "Drug Administration"); German: a body's genitive plural adjective inside its name
before the cue ("Der Verband kommunaler Unternehmen (VKU) erklärte" was "Unternehmen")."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": lang})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end]))
    return sorted(out)


def assert_exact(text, lang, expected):
    got = _quotes(text, lang)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, span) for t, lab, sp, span in got}
    for t, lab, sp, span in expected:
        assert by_text[(t, lab)] == (sp, span), (t, by_text[(t, lab)])


# fixes (English)
@pytest.mark.parametrize(("text", "expected"), [
    ("AT&T said the disruption had been caused by a faulty software update.",
     [("the disruption had been caused by a faulty software update", IND, "AT&T", "AT&T")]),
    ("\"Service has been restored to all affected customers,\" AT&T said in a statement on Friday.",
     [("Service has been restored to all affected customers,", DIR, "AT&T", "AT&T")]),
    ("P&G confirmed it would raise prices on detergents and diapers in the spring.",
     [("it would raise prices on detergents and diapers in the spring", IND, "P&G", "P&G")]),
    ("Executives from Comcast, Verizon and Charter told lawmakers the new rules would slow investment.",
     [("the new rules would slow investment", IND, "Executives from Comcast, Verizon and Charter",
       "Executives from Comcast, Verizon and Charter")]),
    ("Leaders of Spain, Portugal and Greece said the budget rules had to be loosened.",
     [("the budget rules had to be loosened", IND, "Leaders of Spain, Portugal and Greece",
       "Leaders of Spain, Portugal and Greece")]),
    ("In a joint letter, heads of state and government of Poland, Lithuania and Latvia said the border had to be "
     "secured.",
     [("the border had to be secured", IND, "heads of state and government of Poland, Lithuania and Latvia",
       "heads of state and government of Poland, Lithuania and Latvia")]),
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives said the rifle had been bought legally in Arizona.",
     [("the rifle had been bought legally in Arizona", IND, "Bureau of Alcohol, Tobacco, Firearms and Explosives",
       "The Bureau of Alcohol, Tobacco, Firearms and Explosives")]),
    ("The Food and Drug Administration cleared the device on Tuesday. It said the benefits outweighed the risks for "
     "most patients.",
     [("the benefits outweighed the risks for most patients", IND, "Food and Drug Administration", "It")]),
    ("The Securities and Exchange Commission fined the broker $2 million. It said the firm had misled clients.",
     [("the firm had misled clients", IND, "Securities and Exchange Commission", "It")]),
])
def test_r40_enorgnames_en_fixes(text, expected):
    assert_exact(text, "en", expected)


# fixes (German)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Verband kommunaler Unternehmen (VKU) erklärte, die Wasserversorgung sei auch im Sommer gesichert.",
     [("die Wasserversorgung sei auch im Sommer gesichert", IND, "Verband kommunaler Unternehmen",
       "Der Verband kommunaler Unternehmen (VKU)")]),
    ("Der Bundesverband deutscher Banken warnte, die Kreditvergabe könne sich weiter abschwächen.",
     [("die Kreditvergabe könne sich weiter abschwächen", IND, "Bundesverband deutscher Banken",
       "Der Bundesverband deutscher Banken")]),
    ("Die Arbeitsgemeinschaft bäuerlicher Landwirtschaft kritisierte, die Reform gehe an den Höfen vorbei.",
     [("die Reform gehe an den Höfen vorbei", IND, "Arbeitsgemeinschaft bäuerlicher Landwirtschaft",
       "Die Arbeitsgemeinschaft bäuerlicher Landwirtschaft")]),
])
def test_r40_enorgnames_de_fixes(text, expected):
    assert_exact(text, "de", expected)


# guards: pairs, names without a list, lists of things after "of", persons joined by "and", a list after a verb
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Johnson & Johnson said it would appeal the verdict.", "en",
     [("it would appeal the verdict", IND, "Johnson & Johnson", "Johnson & Johnson")]),
    ("The Department of Health and Human Services said the rule would take effect in June.", "en",
     [("the rule would take effect in June", IND, "Department of Health and Human Services",
       "The Department of Health and Human Services")]),
    ("Officials from Britain and France said the talks had stalled.", "en",
     [("the talks had stalled", IND, "Officials from Britain and France", "Officials from Britain and France")]),
    ("Facebook, Twitter and Google said they would cooperate with the inquiry.", "en",
     [("they would cooperate with the inquiry", IND, "Facebook, Twitter and Google", "Facebook, Twitter and Google")]),
    ("The charters of Ohio, Indiana, Illinois and Michigan all declare that slavery is banned.", "en",
     [("slavery is banned", IND, "charters of Ohio, Indiana, Illinois and Michigan",
       "The charters of Ohio, Indiana, Illinois and Michigan")]),
    ("John and Mary Smith said the house had been sold.", "en",
     [("the house had been sold", IND, "John and Mary Smith", "John and Mary Smith")]),
    ("Das Bundesministerium für Bildung und Forschung teilte mit, die Mittel würden aufgestockt.", "de",
     [("die Mittel würden aufgestockt", IND, "Bundesministerium für Bildung und Forschung",
       "Das Bundesministerium für Bildung und Forschung")]),
    ("„Wir sind erleichtert“, sagte der Verband kommunaler Unternehmen.", "de",
     [("Wir sind erleichtert", DIR, "Verband kommunaler Unternehmen", "der Verband kommunaler Unternehmen")]),
])
def test_r40_enorgnames_guards(text, lang, expected):
    assert_exact(text, lang, expected)
