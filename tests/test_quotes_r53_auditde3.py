"""Round 53, family auditde3 (German reported speech, 150 passages written for this audit, grouped by shape: cue verbs,
speech nouns, source phrases, Konjunktiv chains, zu-infinitives, ob/wie/warum clauses, trailing cues, cues in
subordinate clauses, passive and impersonal reports, near misses): a pronoun after a cue behind a fronted adverbial
clause names the clause's subject when no speaker before fits it ("Als Anna Berg ins Auto stieg, sagte sie, …" had no
speaker); a speech act closing that fronted clause is no report of its own when the main clause opens with a cue
("Bevor der Richter das Urteil verkündete, sagte er, …" reported the bevor-clause), nor is an adverbial clause after an
adverb ("Kurz bevor …, erklärte er, …") the content of the cue after it; a passive without its agent reports a
Konjunktiv I clause without "dass" ("Es wurde betont, man habe …" was nothing); "Von Seiten der Stadt" is the agent of a
fronted passive, as "Seitens der Stadt" was; "lautet" after an owned speech noun reports like its colon ("Der Vorwurf
der Staatsanwaltschaft lautet, der Mann habe …"). All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a pronoun after the cue: the subject of the adverbial clause fronted before it
    ("Als Anna Berg ins Auto stieg, sagte sie, die Reform komme.",
     [(IND, "die Reform komme", "Anna Berg")]),
    ("Während Karl Moor die Halle verließ, sagte er, der Plan sei gescheitert.",
     [(IND, "der Plan sei gescheitert", "Karl Moor")]),
    ("Als die Ministerin ankam, sagte sie, die Reform komme.",
     [(IND, "die Reform komme", "Ministerin")]),
    ("Nachdem die Polizei den Mann gefasst hatte, teilte sie mit, er sei bewaffnet gewesen.",
     [(IND, "er sei bewaffnet gewesen", "Polizei")]),
    ("Anna Berg lobte das Team. Als der Präsident die Bühne betrat, sagte er: „Wir schaffen das.“",
     [(IND, "Anna Berg lobte das Team", "Anna Berg"), (DIR, "Wir schaffen das.", "Präsident")]),
    # a speech act closing the fronted clause is the occasion of the main clause's cue
    ("Bevor der Richter das Urteil verkündete, sagte er, der Fall sei außergewöhnlich.",
     [(IND, "der Fall sei außergewöhnlich", "Richter")]),
    # an adverb before the subordinator: the fronted clause is no content of the cue after it
    ("Kurz bevor Karl Moor die Halle verließ, erklärte er, der Plan sei gescheitert.",
     [(IND, "der Plan sei gescheitert", "Karl Moor")]),
    ("Erst als die Polizei kam, sagte der Zeuge, er habe nichts gesehen.",
     [(IND, "er habe nichts gesehen", "Zeuge")]),
    # a passive without its agent: a Konjunktiv I clause without "dass"
    ("Es wurde berichtet, man habe alle Vorschriften eingehalten.",
     [(IND, "man habe alle Vorschriften eingehalten", None)]),
    ("Es wurde betont, die Vorschriften seien eingehalten worden.",
     [(IND, "die Vorschriften seien eingehalten worden", None)]),
    # "Von Seiten der X" as the fronted agent
    ("Von Seiten der Stadt wurde betont, man habe alle Vorschriften eingehalten.",
     [(IND, "man habe alle Vorschriften eingehalten", "Stadt")]),
    # "lautet" after an owned speech noun
    ("Der Vorwurf der Staatsanwaltschaft lautet, der Mann habe Gelder veruntreut.",
     [(IND, "der Mann habe Gelder veruntreut", "Staatsanwaltschaft")]),
    ("Die Forderung der Gewerkschaft lautet, die Löhne müssten steigen.",
     [(IND, "die Löhne müssten steigen", "Gewerkschaft")]),
]

GUARDS = [
    # a speaker before of the other gender: the latest name (unchanged)
    ("Anna Berg sagte, das Team sei gut. Als Karl Moor ankam, sagte er, er sei müde.",
     [(IND, "das Team sei gut", "Anna Berg"), (IND, "er sei müde", "Karl Moor")]),
    # a speaker before who fits the pronoun keeps it; a question in the fronted clause hands the turn back
    ("Karl Moor sagte, das Team sei gut. Als Jan Ott ankam, sagte er, er sei müde.",
     [(IND, "das Team sei gut", "Karl Moor"), (IND, "er sei müde", "Karl Moor")]),
    ("Karl Moor sagte, das Team sei gut. Als ein Reporter nachfragte, sagte er, er wisse nichts.",
     [(IND, "das Team sei gut", "Karl Moor"), (IND, "er wisse nichts", "Karl Moor")]),
    # the clause's subject of the other gender is no antecedent
    ("Anna Berg sagte, das Team sei gut. Als der Minister ankam, sagte sie, er sei müde.",
     [(IND, "das Team sei gut", "Anna Berg"), (IND, "er sei müde", "Anna Berg")]),
    # a fronted act without a cue after it stays reported; the Konjunktiv inside a fronted clause stays content
    ("Nachdem der Minister den Plan kritisiert hatte, verließ er den Saal.",
     [(IND, "Nachdem der Minister den Plan kritisiert hatte", "Minister")]),
    ("Kurz bevor er ging, sei er bedroht worden, sagte der Zeuge.",
     [(IND, "Kurz bevor er ging, sei er bedroht worden", "Zeuge")]),
    # a passive with "dass", and one with an indicative clause (unchanged)
    ("Es wurde betont, dass man alles getan habe.",
     [(IND, "man alles getan habe", None)]),
    ("Es wurde berichtet, die Lage ist ernst.", []),
    # "lautet" without a speech noun, or with no clause after it
    ("Die Anklage lautet auf Mord.", []),
    ("Die Antwort lautet, das sei unmöglich.", []),
    # near misses among the audit's passages (unchanged)
    ("Er wusste, dass der Zug Verspätung hatte.", []),
    ("Das Wetter war so schlecht, dass das Fest abgesagt wurde.", []),
    ("Ein lauter Knall weckte die Anwohner.", []),
    ("Wäre das Wetter besser, würden wir wandern gehen.", []),
    ("Der Stadtrat beschloss, das Schwimmbad zu schließen.", []),
    ("Unklar ist, ob das Spiel stattfinden kann.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde3_r53(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected

