"""Round 45 (depronouns, German pronouns and continuations): sentences written for these tests in the style of Austrian
and German political, court and local news.

- A demonstrative "dieser" points at the man named last, also by his surname alone after his full name was given
  ("…, stattdessen sprach Hafenecker. Mehrmals betonte dieser …" went to the man named in full before).
- A sentence-opening "Diese" of a verb in the singular after a sentence a body opens is that body, as a singular "Sie"
  ("Die Polizei nahm den Mann fest. Diese teilte mit, …" had no speaker); only the sentence just before.
- A hyphenated first name of listed first names ("Franz-Bernhard", "Anna-Lena") makes a person: "Franz-Bernhard
  Bühler war erstaunt. „…“, sagt er" went to the judge quoted before.
- "Der 45-jährige Thomas Brandl" opening a sentence is its subject for a later "er"; and an "er" after a sentence a
  source reports about that man ("Laut Anklage brachte er …") continues him (was no one).
- "Ein Bürger …" opening a sentence that reports nothing: a following "er" is that man, not the person quoted before.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start:cue.end]))
    return out


@pytest.mark.parametrize(("text", "quote"), [
    # fixes
    ("Am Abend war SPÖ-Mandatar Markus Leitner im Ausschuss zu Gast. Klubobmann Anton Gruber blieb der Sitzung "
     "fern, stattdessen wurde die Fraktion durch Leitner vertreten. Mehrmals betonte dieser, "
     "dass die Zusammenarbeit im Gremium gut sei.",
     ("die Zusammenarbeit im Gremium gut sei", IND, "Markus Leitner", "betonte")),
    ("Die Polizei nahm den 34-Jährigen noch am Tatort fest. Diese teilte am Abend mit, dass er bereits "
     "einschlägig vorbestraft sei.",
     ("er bereits einschlägig vorbestraft sei", IND, "Polizei", "teilte")),
    ("Die Feuerwehr war mit 60 Kräften im Einsatz. Diese erklärte später, dass niemand verletzt worden sei.",
     ("niemand verletzt worden sei", IND, "Feuerwehr", "erklärte")),
    ("„Wir haben die Akten genau geprüft“, sagte Verteidiger Martin Huber. Franz-Bernhard Obermayr, Vorsitzender "
     "Richter am Landgericht, war über den Antrag erstaunt. „So etwas haben wir noch nie erlebt“, sagte er.",
     ("So etwas haben wir noch nie erlebt", DIR, "Franz-Bernhard Obermayr", "sagte")),
    ("„Wir haben die Akten genau geprüft“, sagte Verteidiger Martin Huber. Anna-Lena Riedl hörte still zu. "
     "Sie habe von alldem nichts gewusst, sagte sie später.",
     ("Sie habe von alldem nichts gewusst", IND, "Anna-Lena Riedl", "sagte")),
    ("Der Prozess begann am Montag. Der 45-jährige Thomas Brandl muss sich wegen Betrugs verantworten. Laut "
     "Anklage brachte er mehrere Anleger um ihr Erspartes. Er habe niemanden täuschen wollen, sagte er vor Gericht.",
     ("Er habe niemanden täuschen wollen", IND, "Thomas Brandl", "sagte")),
    ("Bürgermeister Karl Ullmann erklärt, dass der Punkt vertagt wird. Ein Bürger nimmt Bezug auf den Antrag und "
     "ärgert sich über die hohen Kosten. Er spricht sich gegen eine Finanzierung durch Kredite aus.",
     ("Er spricht sich gegen eine Finanzierung durch Kredite aus", IND, "Bürger", "spricht")),
    # guards
    ("Landwirte diskutierten mit Minister Robert Habeck. Dieser bemängelte, dass die Preise zu niedrig seien.",
     ("die Preise zu niedrig seien", IND, "Robert Habeck", "bemängelte")),
    ("Die Polizei nahm den Mann fest. Sie teilte mit, dass er bereits vorbestraft sei.",
     ("er bereits vorbestraft sei", IND, "Polizei", "teilte")),
    ("„Das Urteil ist hart“, sagte Anwältin Petra Lang. Die Polizei hatte den Mann im Mai gefasst. Der Zeuge "
     "erschien nicht. Diese betonte, dass sie weiter kämpfen werde.",
     ("sie weiter kämpfen werde", IND, None, "betonte")),
    ("Bürgermeister Karl Ullmann eröffnete die Sitzung. Er stellt fest, dass der Gemeinderat beschlussfähig ist.",
     ("der Gemeinderat beschlussfähig ist", IND, "Karl Ullmann", "stellt")),
    ("„Die Lage ist ernst“, sagte Innenminister Gerhard Karner. Ein Sprecher der Polizei bestätigte die Festnahme. "
     "Er sagte, die Ermittlungen dauerten an.",
     ("die Ermittlungen dauerten an", IND, "Sprecher der Polizei", "sagte")),
])
def test_r45_depronouns(text, quote):
    assert quote in _quotes(text)
