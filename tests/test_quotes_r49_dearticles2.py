"""Round 49, family dearticles2 (an audit of six more German long articles written for it: a summit report, a study,
a storm report, a theatre premiere, an interview, a wire digest). A listed first name alone after an everyday role
and before an age ("Anwohnerin Marlene (68)", "Ihr Nachbar Heinz, 74,") made no name, so the "sie"/"er" after it
took no one (`lay_roles` in de.yaml)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('In Dernau stand das Wasser hoch. Anwohnerin Marlene (68) hat die Nacht auf dem Dachboden verbracht. »Ich hatte '
     'solche Angst«, erzählt sie. Erst im vergangenen Jahr sei sie wieder eingezogen.',
     [(DIR, 'Ich hatte solche Angst', 'Marlene'), (IND, 'Erst im vergangenen Jahr sei sie wieder eingezogen', 'Marlene')]),
    ('Ihr Nachbar Heinz, 74, sieht es gelassener. „Das war ein Gewitter, keine Flut“, sagt er.',
     [(DIR, 'Das war ein Gewitter, keine Flut', 'Heinz')]),
    ('Der Bus kam zu spät. Schülerin Lisa (15) wartete eine Stunde. „Das passiert ständig“, sagte sie.',
     [(DIR, 'Das passiert ständig', 'Lisa')]),
]

GUARDS = [
    # a full name after the role: as before
    ('Anwohnerin Marlene Weber (68) hat die Nacht auf dem Dachboden verbracht. »Ich hatte solche Angst«, erzählt sie.',
     [(DIR, 'Ich hatte solche Angst', 'Marlene Weber')]),
    # no age after the first name: no name (a role before a first name may be a place or a thing's name)
    ('Im Café Heinz war es voll. »Ich hatte solche Angst«, erzählt sie.',
     [(DIR, 'Ich hatte solche Angst', None)]),
    # a role not listed: as before
    ('Ministerin Petra Roth (54) war vor Ort. „Das ist schlimm“, sagte sie.',
     [(DIR, 'Das ist schlimm', 'Petra Roth')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_dearticles2(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
