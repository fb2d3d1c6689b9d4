"""Round 52, family de3left: German leftovers of the third German article audit. An author who "lässt" a character
say something gives the character as the speaker ("„…“, lässt Ostrowski den Arzt Relling sagen": Relling); a "sie"
before its own singular auxiliary and a participle in -ten is a woman, not a plural group ("Sie habe die Bahn gebeten,
…": the nested content had no speaker); "Ein anderer"/"Eine weitere" before a colon is a new unnamed person, not the
heckler quoted before; a pronominal adverb opening a light verb's sentence is its noun's complement, so the
light-verb convention decides ("Daran hat die Bürgerinitiative Zweifel." reports nothing, "Dazu nahm der Minister
Stellung." is the act); a Konjunktiv I verb outside the word list closing its sentence goes on with the chain ("Nur
der Hauptdarsteller überzeuge."); a paper's name in the genitive in „…“ is no quotation ("Kolumnist des
„Tagesspiegels“")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"
SPK = "SPEAKER"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(quotes_of(text, "de", labels=(DIR, IND, SPK), with_label=True))


FIXES = [
    # (a) "lässt X Y sagen": the character Y speaks
    ("„Nimm ihm die Lebenslüge, und du nimmst ihm das Glück“, lässt Ostrowski den Arzt Relling sagen.",
     [(DIR, "Nimm ihm die Lebenslüge, und du nimmst ihm das Glück", "Arzt Relling"), (SPK, "den Arzt Relling", None)]),
    ("„Ich bin nur ein Gast in diesem Haus“, lässt Brecht seinen Helden sagen.",
     [(DIR, "Ich bin nur ein Gast in diesem Haus", "Helden"), (SPK, "seinen Helden", None)]),
    ("„Wer schweigt, stimmt zu“, ließ die Autorin ihre Heldin sagen.",
     [(DIR, "Wer schweigt, stimmt zu", "Heldin"), (SPK, "ihre Heldin", None)]),
    ("Der Dramatiker lässt den Hausdiener Firs sagen: „Man hat mich vergessen.“",
     [(DIR, "Man hat mich vergessen.", "Hausdiener Firs"), (SPK, "den Hausdiener Firs", None)]),
    ("„Was soll aus uns werden?“, lässt die Regisseurin die junge Mascha fragen.",
     [(DIR, "Was soll aus uns werden?", "Mascha"), (SPK, "die junge Mascha", None)]),
    ("„Das Leben ist kein Spiel“, lässt Kästner den Lehrer Bökh sagen.",
     [(DIR, "Das Leben ist kein Spiel", "Lehrer Bökh"), (SPK, "den Lehrer Bökh", None)]),
    # (b) "sie" with its singular auxiliary before a participle in -ten
    ("Ministerin Katrin Oberhoff verteidigte die Arbeiten. Sie habe die Bahn aber gebeten, die Ersatzverkehre "
     "nachzubessern, so Oberhoff weiter.",
     [(IND, "Ministerin Katrin Oberhoff verteidigte die Arbeiten", "Katrin Oberhoff"),
      (IND, "Sie habe die Bahn aber gebeten, die Ersatzverkehre nachzubessern", "Katrin Oberhoff"),
      (IND, "die Ersatzverkehre nachzubessern", "Katrin Oberhoff"), (SPK, "Ministerin Katrin Oberhoff", None),
      (SPK, "Oberhoff", None), (SPK, "Sie", None)]),
    ("Ministerin Katrin Oberhoff verteidigte die Arbeiten. Sie habe die Bahn gebeten, die Busse zu verstärken.",
     [(IND, "Ministerin Katrin Oberhoff verteidigte die Arbeiten", "Katrin Oberhoff"),
      (IND, "die Busse zu verstärken", "Katrin Oberhoff"), (SPK, "Ministerin Katrin Oberhoff", None), (SPK, "Sie", None)]),
    ("Bürgermeisterin Anna Keller äußerte sich am Abend. Sie habe den Landrat gebeten, die Schule offen zu halten, "
     "sagte Keller.",
     [(IND, "Bürgermeisterin Anna Keller äußerte sich am Abend", "Anna Keller"),
      (IND, "Sie habe den Landrat gebeten, die Schule offen zu halten", "Anna Keller"),
      (IND, "die Schule offen zu halten", "Anna Keller"), (SPK, "Bürgermeisterin Anna Keller", None),
      (SPK, "Keller", None), (SPK, "Sie", None)]),
    ("Die Richterin Eva Brandt schilderte den Ablauf. Sie habe die Zeugin gebeten, den Saal zu verlassen.",
     [(IND, "Die Richterin Eva Brandt schilderte den Ablauf", "Eva Brandt"), (IND, "den Saal zu verlassen", "Eva Brandt"),
      (SPK, "Die Richterin Eva Brandt", None), (SPK, "Sie", None)]),
    # (c) another unnamed person before a colon
    ("„Wer zahlt das?“, rief ein Mann. Ein anderer rief: „Verkauft uns doch nicht für dumm!“",
     [(DIR, "Verkauft uns doch nicht für dumm!", "anderer"), (DIR, "Wer zahlt das?", "Mann"),
      (SPK, "Ein anderer", None), (SPK, "ein Mann", None)]),
    ("„Wer zahlt das?“, rief eine Frau. Eine andere schimpfte: „Das ist eine Frechheit!“",
     [(DIR, "Das ist eine Frechheit!", "andere"), (DIR, "Wer zahlt das?", "Frau"),
      (SPK, "Eine andere", None), (SPK, "eine Frau", None)]),
    ("„Wer zahlt das?“, rief ein Mann. Ein weiterer rief: „Wir werden dagegen klagen!“",
     [(DIR, "Wir werden dagegen klagen!", "weiterer"), (DIR, "Wer zahlt das?", "Mann"),
      (SPK, "Ein weiterer", None), (SPK, "ein Mann", None)]),
    ("„Wer zahlt das?“, rief ein Mann. Ein anderer Zuhörer rief: „Verkauft uns doch nicht für dumm!“",
     [(DIR, "Verkauft uns doch nicht für dumm!", "Zuhörer"), (DIR, "Wer zahlt das?", "Mann"),
      (SPK, "Ein anderer Zuhörer", None), (SPK, "ein Mann", None)]),
    ("Eine Anwohnerin klagte über den Lärm. Eine weitere Anwohnerin schimpfte: „Wir schlafen seit Wochen nicht mehr.“",
     [(DIR, "Wir schlafen seit Wochen nicht mehr.", "Anwohnerin"),
      (IND, "Eine Anwohnerin klagte über den Lärm", "Anwohnerin"), (SPK, "Eine Anwohnerin", None),
      (SPK, "Eine weitere Anwohnerin", None)]),
    # (d) a pronominal adverb as the complement of a light verb's noun: the light-verb convention decides
    ("Daran hat die Bürgerinitiative Zweifel.", []),
    ("Darüber hat die Gewerkschaft große Sorge.", []),
    ("Dazu nahm der Minister Stellung.",
     [(IND, "Dazu nahm der Minister Stellung", "Minister"), (SPK, "der Minister", None)]),
    ("Dazu nahm die Bürgermeisterin am Dienstag ausführlich Stellung.",
     [(IND, "Dazu nahm die Bürgermeisterin am Dienstag ausführlich Stellung", "Bürgermeisterin"),
      (SPK, "die Bürgermeisterin", None)]),
    ("Lauterbach sagte, das Gutachten sei bezahlt. Daran hat die Bürgerinitiative Zweifel.",
     [(IND, "das Gutachten sei bezahlt", "Lauterbach"), (SPK, "Lauterbach", None)]),
    # (e) a Konjunktiv I verb outside the word list closing the sentence
    ("Der Kritiker Konrad Seelig schrieb, die Inszenierung ersticke an Einfällen. Nur der Hauptdarsteller überzeuge.",
     [(IND, "Nur der Hauptdarsteller überzeuge", "Konrad Seelig"),
      (IND, "die Inszenierung ersticke an Einfällen", "Konrad Seelig"), (SPK, "Der Kritiker Konrad Seelig", None)]),
    ("Der Kritiker Konrad Seelig schrieb, die Inszenierung ersticke an Einfällen. Der Hauptdarsteller überzeuge.",
     [(IND, "Der Hauptdarsteller überzeuge", "Konrad Seelig"),
      (IND, "die Inszenierung ersticke an Einfällen", "Konrad Seelig"), (SPK, "Der Kritiker Konrad Seelig", None)]),
    ("Der Trainer sagte, die Mannschaft habe gut gespielt. Allein die Chancenverwertung enttäusche.",
     [(IND, "Allein die Chancenverwertung enttäusche", "Trainer"), (IND, "die Mannschaft habe gut gespielt", "Trainer"),
      (SPK, "Der Trainer", None)]),
    # (f) a paper's name in the genitive
    ("Das sagte Jan Meier, Kolumnist des „Tagesspiegels“, am Montag.",
     [(IND, "Das", "Jan Meier"), (SPK, "Jan Meier", None)]),
    ("Das sagte Jan Meier, Herausgeber des „Handelsblatts“, am Montag.",
     [(IND, "Das", "Jan Meier"), (SPK, "Jan Meier", None)]),
    ("Das schrieb Eva Roth, Redakteurin des „Spiegels“, am Freitag.",
     [(IND, "Das", "Eva Roth"), (SPK, "Eva Roth", None)]),
]

GUARDS = [
    # (a) "lassen" without a character: the subject lets it be said on its behalf
    ("Der Minister ließ mitteilen, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Minister"), (SPK, "Der Minister", None)]),
    ("„Wir prüfen das“, ließ der Minister über seinen Sprecher sagen.",
     [(DIR, "Wir prüfen das", "Minister"), (SPK, "der Minister", None)]),
    ("„Wir prüfen das“, ließ der Minister sagen.", [(DIR, "Wir prüfen das", "Minister"), (SPK, "der Minister", None)]),
    ("Daraus lässt sich sagen, dass die Zahlen steigen.", []),
    # (b) "er", the participle in -t, and a plural auxiliary
    ("Minister Klaus Oberhoff verteidigte die Arbeiten. Er habe die Bahn gebeten, die Ersatzverkehre nachzubessern, "
     "so Oberhoff.",
     [(IND, "Er habe die Bahn gebeten, die Ersatzverkehre nachzubessern", "Klaus Oberhoff"),
      (IND, "Minister Klaus Oberhoff verteidigte die Arbeiten", "Klaus Oberhoff"),
      (IND, "die Ersatzverkehre nachzubessern", "Klaus Oberhoff"), (SPK, "Er", None),
      (SPK, "Minister Klaus Oberhoff", None), (SPK, "Oberhoff", None)]),
    ("Ministerin Katrin Oberhoff verteidigte die Arbeiten. Sie habe die Bahn aufgefordert, die Ersatzverkehre "
     "nachzubessern, so Oberhoff weiter.",
     [(IND, "Ministerin Katrin Oberhoff verteidigte die Arbeiten", "Katrin Oberhoff"),
      (IND, "Sie habe die Bahn aufgefordert, die Ersatzverkehre nachzubessern", "Katrin Oberhoff"),
      (IND, "die Ersatzverkehre nachzubessern", "Katrin Oberhoff"), (SPK, "Ministerin Katrin Oberhoff", None),
      (SPK, "Oberhoff", None), (SPK, "Sie", None)]),
    ("Die Pendlerverbände kritisierten die Planung. Sie hätten die Bahn gebeten, die Ersatzverkehre nachzubessern.",
     [(IND, "Die Pendlerverbände kritisierten die Planung", "Pendlerverbände"),
      (IND, "die Ersatzverkehre nachzubessern", "Pendlerverbände"), (SPK, "Die Pendlerverbände", None), (SPK, "Sie", None)]),
    ("Die Gewerkschaften kritisierten die Pläne. Sie haben die Firma gebeten, die Pläne zu überdenken.",
     [(IND, "Die Gewerkschaften kritisierten die Pläne", "Gewerkschaften"),
      (IND, "die Pläne zu überdenken", "Gewerkschaften"), (SPK, "Die Gewerkschaften", None), (SPK, "Sie", None)]),
    # (c) "ein anderer" after the cue, with a cue of its own, and a thing
    ("„Wer zahlt das?“, rief ein Mann. „Verkauft uns doch nicht für dumm!“, rief ein anderer.",
     [(DIR, "Verkauft uns doch nicht für dumm!", "anderer"), (DIR, "Wer zahlt das?", "Mann"),
      (SPK, "ein Mann", None), (SPK, "ein anderer", None)]),
    ("„Wer zahlt das?“, rief ein Mann. Ein anderer sagte, man werde klagen.",
     [(DIR, "Wer zahlt das?", "Mann"), (IND, "man werde klagen", "anderer"), (SPK, "Ein anderer", None),
      (SPK, "ein Mann", None)]),
    ("„Wer zahlt das?“, rief ein Mann. Ein anderer Punkt bleibt offen: „Wer zahlt?“",
     [(DIR, "Wer zahlt das?", "Mann"), (SPK, "ein Mann", None)]),
    ("Ein Mann rief: „Verkauft uns doch nicht für dumm!“",
     [(DIR, "Verkauft uns doch nicht für dumm!", "Mann"), (SPK, "Ein Mann", None)]),
    # (d) a light act's sentence, verbs that report by themselves, negation, the adverb after the subject
    ("Daran übte die Opposition scharfe Kritik.",
     [(IND, "Daran übte die Opposition scharfe Kritik", "Opposition"), (SPK, "die Opposition", None)]),
    ("Davon geht die Polizei aus.", [(IND, "Davon", "Polizei"), (SPK, "die Polizei", None)]),
    ("Daran äußerte die Opposition Zweifel.", [(IND, "Daran", "Opposition"), (SPK, "die Opposition", None)]),
    ("Dazu nahm der Minister nicht Stellung.", []),
    ("Darüber informierte das Präsidium.", [(IND, "Darüber", "Präsidium"), (SPK, "das Präsidium", None)]),
    ("Die Bürgerinitiative hat daran Zweifel.", []),
    # (e) indicative pasts closing the sentence, listed Konjunktiv forms
    ("Die Ministerin sagte, die Verhandlungen seien schwierig. Der Kompromiss hielt.",
     [(IND, "die Verhandlungen seien schwierig", "Ministerin"), (SPK, "Die Ministerin", None)]),
    ("Die Ministerin sagte, die Verhandlungen seien schwierig. Der Kompromiss wankte.",
     [(IND, "die Verhandlungen seien schwierig", "Ministerin"), (SPK, "Die Ministerin", None)]),
    ("Die Ministerin sagte, die Verhandlungen seien schwierig. Der Kompromiss halte.",
     [(IND, "Der Kompromiss halte", "Ministerin"), (IND, "die Verhandlungen seien schwierig", "Ministerin"),
      (SPK, "Die Ministerin", None)]),
    ("Die Ministerin sagte, die Verhandlungen seien schwierig. Sie bleibe.",
     [(IND, "Sie bleibe", "Ministerin"), (IND, "die Verhandlungen seien schwierig", "Ministerin"),
      (SPK, "Die Ministerin", None)]),
    ("Der Kritiker Konrad Seelig schrieb, die Inszenierung ersticke an Einfällen. Nur der Hauptdarsteller überzeuge "
     "dagegen.",
     [(IND, "Nur der Hauptdarsteller überzeuge dagegen", "Konrad Seelig"),
      (IND, "die Inszenierung ersticke an Einfällen", "Konrad Seelig"), (SPK, "Der Kritiker Konrad Seelig", None)]),
    # (f) the nominative, and genitive nouns in quotation marks that are no papers
    ("Das sagte Jan Meier, Kolumnist des „Tagesspiegel“, am Montag.",
     [(IND, "Das", "Jan Meier"), (SPK, "Jan Meier", None)]),
    ("Jan Meier sprach von der Rückkehr des „Spießers“.", [(DIR, "Spießers", "Jan Meier"), (SPK, "Jan Meier", None)]),
    # (g) "meldete sich zu Wort" is no act; the Konjunktiv after it is the new person's
    ("Das Gutachten sei bezahlt worden, sagte Lauterbach. Auch Landwirtin Petra Kühnle meldete sich zu Wort. Ohne die "
     "Pacht müsse sie den Hof aufgeben.",
     [(IND, "Das Gutachten sei bezahlt worden", "Lauterbach"),
      (IND, "Ohne die Pacht müsse sie den Hof aufgeben", "Petra Kühnle"), (SPK, "Landwirtin Petra Kühnle", None),
      (SPK, "Lauterbach", None)]),
    ("Das Gutachten sei bezahlt worden, sagte Lauterbach. Dann meldete sich Landwirt Peter Kühnle zu Wort. Er sei auf die "
     "Pacht angewiesen.",
     [(IND, "Das Gutachten sei bezahlt worden", "Lauterbach"), (IND, "Er sei auf die Pacht angewiesen", "Peter Kühnle"),
      (SPK, "Landwirt Peter Kühnle", None), (SPK, "Lauterbach", None)]),
    ("Auch Landwirtin Petra Kühnle meldete sich zu Wort.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r52_de3left_fixes(text, expected):
    assert run(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r52_de3left_guards(text, expected):
    assert run(text) == sorted(expected)
