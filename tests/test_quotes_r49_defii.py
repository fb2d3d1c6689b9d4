"""Round 49, family defii: German free indirect continuation in the Konjunktiv II after a report. A Konjunktiv II
modal whose infinitive is a cue verb ("Man würde eine Einigung begrüßen") made the sentence a bare attribution that
reported nothing; Konjunktiv II forms no indicative shares ("bräuchte", "läge", "dächten", "täte", "nähmen", "hielte")
did not mark reported speech. Konjunktiv II still continues only inside a chain of indirect speech (docs/quotes.md);
the singular modals "könnte", "müsste", "dürfte" alone still mark none (the writer's hedge)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a Konjunktiv II modal and a cue verb's infinitive closing the sentence (gave nothing for the second sentence)
    ('Der Minister sagte, die Verhandlungen seien schwierig. Man würde eine Einigung begrüßen.',
     [(IND, 'die Verhandlungen seien schwierig', 'Minister'), (IND, 'Man würde eine Einigung begrüßen', 'Minister')]),
    ('Die Ministerin erklärte, der Tarifstreit belaste die Wirtschaft. Die Regierung würde einen Schlichter begrüßen.',
     [(IND, 'der Tarifstreit belaste die Wirtschaft', 'Ministerin'),
      (IND, 'Die Regierung würde einen Schlichter begrüßen', 'Ministerin')]),
    ('Der Betriebsrat teilte mit, die Stimmung sei schlecht. Die Beschäftigten würden einen Sozialplan begrüßen.',
     [(IND, 'die Stimmung sei schlecht', 'Betriebsrat'),
      (IND, 'Die Beschäftigten würden einen Sozialplan begrüßen', 'Betriebsrat')]),
    # Konjunktiv II forms no indicative shares
    ('Der Sprecher sagte, die Lage sei ernst. Das Unternehmen bräuchte dringend frisches Kapital.',
     [(IND, 'die Lage sei ernst', 'Sprecher'), (IND, 'Das Unternehmen bräuchte dringend frisches Kapital', 'Sprecher')]),
    ('Die Ärztin sagte, die Lage in den Kliniken sei angespannt. Viele Pflegekräfte dächten ans Aufhören.',
     [(IND, 'die Lage in den Kliniken sei angespannt', 'Ärztin'),
      (IND, 'Viele Pflegekräfte dächten ans Aufhören', 'Ärztin')]),
    ('Der Sprecher sagte, die Lage sei ernst. Ohne Hilfe läge die Firma bald am Boden.',
     [(IND, 'die Lage sei ernst', 'Sprecher'), (IND, 'Ohne Hilfe läge die Firma bald am Boden', 'Sprecher')]),
    ('Der Analyst sagte, der Markt sei nervös. Die Anleger nähmen Gewinne mit.',
     [(IND, 'der Markt sei nervös', 'Analyst'), (IND, 'Die Anleger nähmen Gewinne mit', 'Analyst')]),
    # the continuation joins a Konjunktiv I sentence before it into one span
    ('Der Landrat sagte, die Lage sei unter Kontrolle. Es gebe genug Helfer. Man bräuchte aber mehr Sandsäcke.',
     [(IND, 'die Lage sei unter Kontrolle', 'Landrat'),
      (IND, 'Es gebe genug Helfer. Man bräuchte aber mehr Sandsäcke', 'Landrat')]),
]

GUARDS = [
    # Konjunktiv I continuation as before, across a paragraph break too
    ('Der Bürgermeister äußerte sich am Montag zu den Plänen. Die Stadt habe keine Alternative. Man werde die Bürger '
     'frühzeitig einbinden.',
     [(IND, 'Der Bürgermeister äußerte sich am Montag zu den Plänen', 'Bürgermeister'),
      (IND, 'Die Stadt habe keine Alternative. Man werde die Bürger frühzeitig einbinden', 'Bürgermeister')]),
    ('Der Sprecher der Feuerwehr sagte, das Feuer sei gelöscht.\nVerletzt worden sei niemand.',
     [(IND, 'das Feuer sei gelöscht', 'Sprecher der Feuerwehr'), (IND, 'Verletzt worden sei niemand', 'Sprecher der Feuerwehr')]),
    ('„Wir sind bereit“, sagte Meier. Man habe alles vorbereitet.',
     [(DIR, 'Wir sind bereit', 'Meier'), (IND, 'Man habe alles vorbereitet', 'Meier')]),
    # a plural Konjunktiv II in a chain of indirect speech, as before
    ('Der Sprecher sagte, die Gespräche seien festgefahren. Die Länder könnten einen Kompromiss vorschlagen.',
     [(IND, 'die Gespräche seien festgefahren', 'Sprecher'),
      (IND, 'Die Länder könnten einen Kompromiss vorschlagen', 'Sprecher')]),
    # Konjunktiv II right after a direct quote stays the writer's (the convention)
    ('„Wir sind bereit“, sagte Meier. Man würde eine Einigung begrüßen.',
     [(DIR, 'Wir sind bereit', 'Meier')]),
    ('„Wir sind bereit“, sagte Meier. Man könnte mehr tun.',
     [(DIR, 'Wir sind bereit', 'Meier')]),
    # no report before: nothing
    ('Die Regierung würde eine Einigung begrüßen.',
     []),
    ('Die Firma bräuchte frisches Kapital.',
     []),
    # a singular modal Konjunktiv II without a cue is as often the writer's hedge: no continuation
    ('Der Verband erklärte, die Branche stecke in der Krise. Bei einer Pleite müsste der Staat einspringen.',
     [(IND, 'die Branche stecke in der Krise', 'Verband')]),
    ('Der Sprecher sagte, die Lage sei ernst. Man könnte eine Einigung begrüßen.',
     [(IND, 'die Lage sei ernst', 'Sprecher')]),
    # a singular modal inside a subordinate clause of the writer's indicative sentence
    ('Der Sprecher sagte, die Wahl sei entschieden. Damit tritt Meier die Nachfolge an, auch wenn sich sein Vorsprung '
     'noch verkleinern könnte.',
     [(IND, 'die Wahl sei entschieden', 'Sprecher')]),
    # an indicative sentence ends the continuation; a past form the Konjunktiv II shares stays indicative
    ('Die Polizei sagte, der Fahrer sei zu schnell gefahren. Das Auto kam von der Straße ab.',
     [(IND, 'der Fahrer sei zu schnell gefahren', 'Polizei')]),
    ('Der Sprecher sagte, die Lage sei ernst. Die Kosten stiegen weiter.',
     [(IND, 'die Lage sei ernst', 'Sprecher')]),
    # a new speaker's cue takes over
    ('Der Sprecher sagte, man sei zufrieden. Müller dagegen sagte, das Ergebnis sei enttäuschend. Man habe mehr erwartet.',
     [(IND, 'man sei zufrieden', 'Sprecher'), (IND, 'das Ergebnis sei enttäuschend', 'Müller'),
      (IND, 'Man habe mehr erwartet', 'Müller')]),
    # a trailing cue of its own in the Konjunktiv II sentence
    ('Der Minister sagte, die Verhandlungen seien schwierig. Er würde eine Einigung begrüßen, sagte Müller.',
     [(IND, 'die Verhandlungen seien schwierig', 'Minister'), (IND, 'Er würde eine Einigung begrüßen', 'Müller')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_defii_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_defii_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
