"""Round 42, helper depresseschau2: German press reviews, the shapes the first press-review helper left (sentences
written for these tests in the style of regional papers' "Pressestimmen" and Deutschlandfunk's "Presseschau")."""
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


# 1. a paper's name signing the quotation below it, on its own line or right after the closing mark, as regional
# "Pressestimmen" print them: the paper is that quotation's speaker, not the next one's (every speaker was one off;
# the first took a person named in the quotation or the page's heading)
@pytest.mark.parametrize(("text", "expected"), [
    ("zur Rentenreform:\n\n„Die Koalition hat sich verrannt. Wer jetzt noch auf einen großen Wurf hofft, wird "
     "enttäuscht.“\n\nNordkurier\n\n„Die Jungen zahlen die Zeche. Friedrich Merz weiß das, handelt aber nicht.“\n\n"
     "Volksstimme (Magdeburg)",
     [("Die Koalition hat sich verrannt. Wer jetzt noch auf einen großen Wurf hofft, wird enttäuscht.", DIR,
       "Nordkurier", None),
      ("Die Jungen zahlen die Zeche. Friedrich Merz weiß das, handelt aber nicht.", DIR, "Volksstimme", None)]),
    ("PRESSESTIMMEN\n\n„Der Streik trifft die Falschen. Die Bahn muss endlich ein Angebot vorlegen.“\n\n"
     "Weser-Kurier (Bremen)\n\n„Die Gewerkschaft überreizt ihr Blatt. Das wird sich rächen.“\n\nCorriere della Sera "
     "(Italien)",
     [("Der Streik trifft die Falschen. Die Bahn muss endlich ein Angebot vorlegen.", DIR, "Weser-Kurier", None),
      ("Die Gewerkschaft überreizt ihr Blatt. Das wird sich rächen.", DIR, "Corriere della Sera", None)]),
    ("zur Koalitionskrise:\n\n„Ist das schon das Ende? Die Regierung hat sich selbst gelähmt. Einig ist man sich nur "
     "im Streit.“MÄRKISCHE ODERZEITUNG",
     [("Ist das schon das Ende? Die Regierung hat sich selbst gelähmt. Einig ist man sich nur im Streit.", DIR,
       "MÄRKISCHE ODERZEITUNG", None)]),
    # guards: names above each quotation, the first too, head them; a paper's name with a colon heads the quotation
    # after it; a name line after a quotation with a cue
    ("Internationale Presse\n\nNew York Times (USA)\n\n„Die Verhandlungen können scheitern, wenn die SPD nicht "
     "mitzieht.“\n\nGuardian (Großbritannien)\n\n„Die Macht der Kanzlerin wird nicht schrumpfen, sie bleibt "
     "stark.“\n\nCorriere della Sera (Italien)\n\n„Berlin krönte die Kanzlerin zum vierten Mal, ein Rekord.“",
     [("Die Verhandlungen können scheitern, wenn die SPD nicht mitzieht.", DIR, "New York Times", None),
      ("Die Macht der Kanzlerin wird nicht schrumpfen, sie bleibt stark.", DIR, "Guardian", None),
      ("Berlin krönte die Kanzlerin zum vierten Mal, ein Rekord.", DIR, "Corriere della Sera", None)]),
    ("Weser-Kurier (Bremen):\n\n„Der Streik trifft die Falschen. Die Bahn muss endlich ein Angebot vorlegen.“",
     [("Der Streik trifft die Falschen. Die Bahn muss endlich ein Angebot vorlegen.", DIR, "Weser-Kurier", None)]),
    ("„Der Streik trifft die Falschen“, schreibt die „Volksstimme“.\n\nNordkurier\n\nDie Bahn muss endlich ein "
     "Angebot vorlegen.",
     [("Der Streik trifft die Falschen", DIR, "Volksstimme", "schreibt")]),
])
def test_r42_depresseschau2_signed_below(text, expected):
    assert_exact(text, expected)


# 2. a paper opening the clause before the colon, its verb no cue, over a person in its object ("Die WELT beleuchtet
# die Rolle von Kanzler Merz: „…“" was "Rolle")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die WELT beleuchtet die Rolle von Kanzler Friedrich Merz: „Der Kanzler hat sich verzettelt.“",
     [("Der Kanzler hat sich verzettelt.", DIR, "WELT", None)]),
    ("Die „Welt“ beleuchtet die Rolle des Kanzlers Friedrich Merz: „Der Kanzler hat sich verzettelt.“",
     [("Der Kanzler hat sich verzettelt.", DIR, "Welt", None)]),
    ("Der TAGESSPIEGEL nimmt die Politik von CDU-Chef Merz in den Blick: „Das ist zu wenig.“",
     [("Das ist zu wenig.", DIR, "TAGESSPIEGEL", None)]),
    # guards: an object without a person; a person as the subject
    ("Die FRANKFURTER RUNDSCHAU beleuchtet die Rolle der Grünen: „Die Partei hat sich verzettelt.“",
     [("Die Partei hat sich verzettelt.", DIR, "FRANKFURTER RUNDSCHAU", None)]),
    ("Kanzler Friedrich Merz beleuchtet die Rolle der Zeitung: „Das war ein unfairer Bericht über mich.“",
     [("Das war ein unfairer Bericht über mich.", DIR, "Friedrich Merz", None)]),
])
def test_r42_depresseschau2_press_subject(text, expected):
    assert_exact(text, expected)


# 3. a verbless intro with the paper's name (and its place) before the colon after a sentence with a cue: the paper,
# not the speaker of the sentence before ("Die Zeitungen kommentieren … . Die "Lausitzer Rundschau" (Cottbus): „…“"
# was "Zeitungen")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Zeitungen kommentieren das Verhältnis zur Türkei. Die „Lausitzer Rundschau“ (Cottbus): „Die Kanzlerin "
     "liegt falsch.“",
     [("Die Kanzlerin liegt falsch.", DIR, "Lausitzer Rundschau", None)]),
    ("Der Minister sagte, er halte an dem Plan fest. Die „Volksstimme“ (Magdeburg) zum Streit: „Der Plan ist tot.“",
     [("er halte an dem Plan fest", IND, "Minister", "sagte"),
      ("Der Plan ist tot.", DIR, "Volksstimme", None)]),
    # guard: a subject that cannot speak still leaves the speaker before going on
    ("„Wir bauen weiter“, sagte Bürgermeister Jan Lohse. Die Lage der Werft ist ihm bewusst: „Es wird ein "
     "schwerer Winter für alle.“",
     [("Wir bauen weiter", DIR, "Jan Lohse", "sagte"), ("Es wird ein schwerer Winter für alle.", DIR, "Jan Lohse", None)]),
])
def test_r42_depresseschau2_verbless_intro(text, expected):
    assert_exact(text, expected)
