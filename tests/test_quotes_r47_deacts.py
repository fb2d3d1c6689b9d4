"""Round 47, family deacts: German speech acts and near-speech verbs (a refusal to act without "es", "lehnte ab, … zu …",
reports nothing, as "lehnte es ab, …"; a question raised by someone, "warf die Frage auf, ob …"; a charge, "legt ihm zur
Last, …"; a habit, a plan or tirelessness before "zu" and a speech infinitive, "pflegt zu sagen, …", "wird nicht müde zu
betonen, …", "plant, am Dienstag zu verkünden, dass …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a refusal to act without "es" is no report, as "lehnte es ab, …" (round 34; the infinitive was reported)
    ("Müller lehnte ab, den Vertrag zu unterschreiben.", []),
    ("Der Minister lehnte ab, sich zu den Vorwürfen zu äußern.", []),
    ("Müller lehnte kategorisch ab, den Vertrag zu unterschreiben.", []),
    ("Müller lehnte jedoch ab, den Vertrag zu unterschreiben.", []),
    ("Müller hat abgelehnt, den Vertrag zu unterschreiben.", []),
    ("Müller hatte bislang abgelehnt, zurückzutreten.", []),
    ("Müller hat es abgelehnt, den Vertrag zu unterschreiben.", []),  # (the perfect with "es" was reported too)
    ("Müller lehnte ab, zurückzutreten.", []),
    ("Müller lehnte ab, den Vertrag zu unterschreiben, sagte aber, er sei gesprächsbereit.",
     [(IND, "er sei gesprächsbereit", "Müller")]),
    # a question raised by someone who can speak (nothing was reported)
    ("Müller warf die Frage auf, ob die Regierung die Pläne kenne.", [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Müller warf die Frage auf, warum die Regierung geschwiegen habe.",
     [(IND, "die Regierung geschwiegen habe", "Müller")]),
    ("Die Opposition wirft die Frage auf, ob der Minister gelogen hat.", [(IND, "der Minister gelogen hat", "Opposition")]),
    ("Die Grünen-Politikerin Anna Schmidt warf im Ausschuss die Frage auf, ob die Zahlen stimmen.",
     [(IND, "die Zahlen stimmen", "Anna Schmidt")]),
    ("Der Abgeordnete hat die Frage aufgeworfen, ob die Regierung die Pläne kenne.",
     [(IND, "die Regierung die Pläne kenne", "Abgeordnete")]),
    # a charge with "zur Last legen", as "wirft ihm vor"
    ("Die Anklage legt ihm zur Last, seine Frau getötet zu haben.", [(IND, "seine Frau getötet zu haben", "Anklage")]),
    ("Die Staatsanwaltschaft legt dem 34-Jährigen zur Last, im Mai einen Mann erstochen zu haben.",
     [(IND, "im Mai einen Mann erstochen zu haben", "Staatsanwaltschaft")]),
    ("Die Staatsanwaltschaft legt ihm Betrug in 20 Fällen zur Last.",
     [(IND, "Die Staatsanwaltschaft legt ihm Betrug in 20 Fällen zur Last", "Staatsanwaltschaft")]),
    # a habit, a plan or tirelessness before "zu" and a speech infinitive
    ("Scholz pflegt zu sagen, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Scholz")]),
    ("Scholz pflegte stets zu betonen, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Scholz")]),
    ("Scholz wird nicht müde zu betonen, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Scholz")]),
    ("Scholz wurde nie müde zu betonen, dass die Lage ernst sei.", [(IND, "die Lage ernst sei", "Scholz")]),
    ("Die Kanzlerin wurde nie müde, zu erklären, dass Europa zusammenhalten müsse.",
     [(IND, "Europa zusammenhalten müsse", "Kanzlerin")]),
    ("Scholz plant, am Dienstag zu verkünden, dass die Steuern sinken.", [(IND, "die Steuern sinken", "Scholz")]),
    ("Scholz plant, am Dienstag zu verkünden, die Steuern würden sinken.", [(IND, "die Steuern würden sinken", "Scholz")]),
    ("Scholz beabsichtigt, am Dienstag zu erklären, dass er zurücktritt.", [(IND, "er zurücktritt", "Scholz")]),
]

GUARDS = [
    # rejections that stay acts, refusals that stay nothing
    ("Müller lehnte es ab, den Vertrag zu unterschreiben.", []),
    ("Die SPD lehnte den Vorschlag ab.", [(IND, "Die SPD lehnte den Vorschlag ab", "SPD")]),
    ("Die SPD hat den Vorschlag abgelehnt.", [(IND, "Die SPD hat den Vorschlag abgelehnt", "SPD")]),
    ("Die SPD lehnte ab.", [(IND, "Die SPD lehnte ab", "SPD")]),
    ("Die SPD lehnte ab, dass die Steuern steigen.", [(IND, "die Steuern steigen", "SPD")]),
    ("Müller weigerte sich, den Vertrag zu unterschreiben.", []),
    ("Er lehnte den Stuhl an die Wand.", []),
    ("Sie lehnte sich an das Geländer.", []),
    # a thing raises a question: no one asks it
    ("Der Fall wirft die Frage auf, ob die Regeln ausreichen.", []),
    ("Die Entscheidung wirft viele Fragen auf.", []),
    ("Müller warf einen Blick auf die Frage, ob das stimmt.", []),
    ("Müller wirft der Regierung vor, gelogen zu haben.", [(IND, "gelogen zu haben", "Müller")]),
    ("Müller stellte die Frage, ob die Regierung die Pläne kenne.", [(IND, "die Regierung die Pläne kenne", "Müller")]),
    # "zur Last" only as a charge; the passive has no speaker, as "wird vorgeworfen"
    ("Er legte die Last ab.", []),
    ("Die Gemeinde legt die Last auf viele Schultern.", []),
    ("Ihm wird zur Last gelegt, seine Frau getötet zu haben.", []),
    # (round 52, dereported) the agentless accusation reports its zu-infinitive without a speaker (was nothing)
    ("Ihm wird vorgeworfen, seine Frau getötet zu haben.", [(IND, "seine Frau getötet zu haben", None)]),
    ("Die Anklage wirft ihm Betrug vor.", [(IND, "Die Anklage wirft ihm Betrug vor", "Anklage")]),
    # a charge filed is an accusation act (rounds 35 and 36 pin it); levies and fees are no speech
    ("Die Staatsanwaltschaft hat Anklage erhoben.", [(IND, "Die Staatsanwaltschaft hat Anklage erhoben", "Staatsanwaltschaft")]),
    ("Die Polizei erhob Gebühren.", []),
    ("Die Stadt erhebt seit Januar höhere Gebühren.", []),
    ("Die Opposition erhob den Vorwurf, der Minister habe gelogen.", [(IND, "der Minister habe gelogen", "Opposition")]),
    # a document's provision stays no report (decided conservatively: a plan's content, not an assertion)
    ("Der Entwurf sieht vor, dass die Steuern sinken.", []),
    ("Das Papier, das der Zeitung vorliegt, sieht vor, die Steuern zu senken.", []),
    ("Die Regierung sieht vor, die Steuern zu senken.", []),
    # no speech infinitive, a purpose, or no governor
    ("Die Regierung plant, die Steuern zu senken.", []),
    ("Scholz plant, Kontakte zu pflegen.", []),
    ("Scholz plant, um zu sagen, dass er zurücktritt.", []),
    ("Scholz hat nichts zu sagen.", []),
    ("Scholz ist müde zu erklären, warum er das tut.", []),
    ("Die Firma plant, ihre Zahlen am Dienstag zu veröffentlichen.", []),
    ("Scholz pflegte zu sagen: „Die Lage ist ernst.“", [(DIR, "Die Lage ist ernst.", "Scholz")]),
    ("Scholz will am Dienstag verkünden, dass die Steuern sinken.", [(IND, "die Steuern sinken", "Scholz")]),
    ("Scholz hat angekündigt, die Steuern zu senken.", [(IND, "die Steuern zu senken", "Scholz")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text, expected):
    assert run(text) == expected
