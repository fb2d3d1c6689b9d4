"""Round 47, family dequestions: German reported questions, refusals, negated and hedged reports (the question the
speaker puts with "stellte die Frage, ob/warum …"; a report after a refusal's infinitive clause and ", sagte aber")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the question the speaker puts, object of the cue's own light verb (the whole sentence was the report)
    ("Müller stellte die Frage, ob die Regierung die Pläne kenne.", [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Müller stellte die berechtigte Frage, ob die Regierung die Pläne kenne.",
     [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Müller stellte im Ausschuss die Frage, ob die Regierung die Pläne kenne.",
     [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Der Minister stellte dem Kanzler die Frage, ob die Regierung die Pläne kenne.",
     [(IND, "die Regierung die Pläne kenne", "Minister")]),
    ("Die Opposition stellt die Frage, warum die Regierung geschwiegen hat.",
     [(IND, "die Regierung geschwiegen hat", "Opposition")]),
    # a refusal's infinitive clause, then ", sagte aber" (no speaker, nothing reported)
    ("Müller lehnte es ab, sich zu den Vorwürfen zu äußern, sagte aber, er habe nichts zu verbergen.",
     [(IND, "er habe nichts zu verbergen", "Müller")]),
    ("Müller lehnte es ab, den Vertrag zu unterschreiben, sagte aber, er sei gesprächsbereit.",
     [(IND, "er sei gesprächsbereit", "Müller")]),
    ("Müller weigerte sich, den Vertrag zu unterschreiben, sagte aber, er sei gesprächsbereit.",
     [(IND, "er sei gesprächsbereit", "Müller")]),
]

GUARDS = [
    # the question put to the speaker is no content; the answer is
    ("Auf die Frage, ob er zurücktrete, sagte Müller, er denke nicht daran.",
     [(IND, "er denke nicht daran", "Müller")]),
    ("Es stellt sich die Frage, ob die Regierung die Pläne kennt.", []),
    ("Müller stellt sich die Frage, ob die Regierung die Pläne kennt.", []),
    ("Die Frage, ob die Regierung die Pläne kenne, stellte Müller nicht.", []),
    ("Die Frage ist, ob die Regierung die Pläne kennt.", []),
    ("Ob die Regierung die Pläne kennt, ist offen.", []),
    ("Es sei unklar, ob die Regierung die Pläne kenne.", []),
    ("Müller stellte die Frage, wer die Zahlung genehmigt habe.", [(IND, "wer die Zahlung genehmigt habe", "Müller")]),
    ("Müller stellte die Frage: „Wer hat das genehmigt?“", [(DIR, "Wer hat das genehmigt?", "Müller")]),
    ("Müller stellte die Pläne in Frage.", [(IND, "Müller stellte die Pläne in Frage", "Müller")]),
    # negated and hedged reports (a negated question reports nothing, round 25)
    ("Müller wollte sich nicht dazu äußern, ob er erneut kandidieren werde.", []),
    ("Müller sagte nicht, warum die Akten zurückgehalten worden seien.", []),
    ("Müller bestritt nicht, dass er von den Zahlungen gewusst habe.", []),
    ("Ob die Regierung die Pläne kenne, wollte Müller nicht sagen.", []),
    ("Müller wurde gefragt, ob er erneut kandidieren werde.", []),
    ("Müller lehnte es ab, zu den Vorwürfen Stellung zu nehmen.", []),
    # what already worked (German drops "ob", "warum", "wann", "wo", "wie" before the content; rounds 36–46)
    ("Der Abgeordnete fragte, warum die Regierung nichts unternommen habe.",
     [(IND, "die Regierung nichts unternommen habe", "Abgeordnete")]),
    ("Der Abgeordnete fragte, wer die Zahlung genehmigt habe.", [(IND, "wer die Zahlung genehmigt habe", "Abgeordnete")]),
    ("Müller wollte wissen, ob die Regierung die Pläne kenne.", [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Müller erkundigte sich, ob die Regierung die Pläne kenne.", [(IND, "die Regierung die Pläne kenne", "Müller")]),
    ("Müller ließ offen, ob er erneut kandidieren werde.", [(IND, "er erneut kandidieren werde", "Müller")]),
    ("Müller wies zurück, dass er von den Zahlungen gewusst habe.",
     [(IND, "er von den Zahlungen gewusst habe", "Müller")]),
    ("Müller räumte ein, Fehler gemacht zu haben.", [(IND, "Fehler gemacht zu haben", "Müller")]),
    ("Müller soll gesagt haben, er habe von den Zahlungen gewusst.",
     [(IND, "er habe von den Zahlungen gewusst", "Müller")]),
    ("Müller wird mit den Worten zitiert, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", "Müller")]),
    ("Müller wollte sich nicht äußern, sagte aber, er habe nichts zu verbergen.",
     [(IND, "er habe nichts zu verbergen", "Müller")]),
    ("Müller lehnte eine Stellungnahme ab, sagte aber, er habe nichts zu verbergen.",
     [(IND, "er habe nichts zu verbergen", "Müller")]),
    ("Es ist wichtig, die Pläne offenzulegen, sagte die Ministerin.",
     [(IND, "Es ist wichtig, die Pläne offenzulegen", "Ministerin")]),
    ("Die Regierung plant, die Steuern zu senken, erklärte Müller.",
     [(IND, "Die Regierung plant, die Steuern zu senken", "Müller")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_dequestions(text, expected):
    assert sorted(run(text)) == sorted(expected)
