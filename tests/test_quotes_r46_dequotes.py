"""Round 46, dequotes: German direct quotations. A short quotation in capitals inside a Konjunktiv report going on from
the sentence before is the speaker's words ("Die Lage sei eine „Katastrophe“."), as a lower-case one already was; a short
quoted sentence after a label's colon ("Und weiter: „…“", "Sein Appell: „…“") goes on with the speaker before."""

import pytest

from tests.quote_cases import quotes_of


def got(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((label[:3], t, sp) for label, t, sp in quotes_of(text, "de", with_label=True))


FIX = [
    # a capitalised short quotation in a Konjunktiv sentence going on with the report before (was only the report)
    ('Kurz sagte, die Stadt werde helfen. Die Lage sei eine „Katastrophe“.',
     [('DIR', 'Katastrophe', 'Kurz'), ('IND', 'Die Lage sei eine „Katastrophe“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Es handle sich um eine „Katastrophe“.',
     [('DIR', 'Katastrophe', 'Kurz'), ('IND', 'Es handle sich um eine „Katastrophe“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Man wolle keine „Bürgerwehr“.',
     [('DIR', 'Bürgerwehr', 'Kurz'), ('IND', 'Man wolle keine „Bürgerwehr“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Der Minister kritisierte die Opposition scharf. Sie betreibe „Panikmache“.',
     [('DIR', 'Panikmache', 'Minister'), ('IND', 'Der Minister kritisierte die Opposition scharf', 'Minister'), ('IND', 'Sie betreibe „Panikmache“', 'Minister')]),
    # the report still runs on into the next sentence; two quotations in one sentence
    ('Kurz sagte, die Stadt werde helfen. Die Lage sei eine „Katastrophe“. Man werde alles tun.',
     [('DIR', 'Katastrophe', 'Kurz'), ('IND', 'Die Lage sei eine „Katastrophe“. Man werde alles tun', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Die Lage sei eine „Katastrophe“, die Stadt brauche „Unterstützung“.',
     [('DIR', 'Katastrophe', 'Kurz'), ('DIR', 'Unterstützung', 'Kurz'), ('IND', 'Die Lage sei eine „Katastrophe“, die Stadt brauche „Unterstützung“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    # a short quoted sentence after a label's colon, after an attributed sentence (was dropped as a term)
    ('„Die Lage ist ernst“, erklärt Müller. Und weiter: „Wir müssen handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen handeln.', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Weiter: „Wir müssen handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen handeln.', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Dann: „Wir müssen handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen handeln.', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Sein Appell: „Handeln!“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Handeln!', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Seine Forderung: „Sofort handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Sofort handeln.', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Sein Fazit: „Wir müssen handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen handeln.', 'Müller')]),
]

GUARD = [
    # already quotes before the round: a lower-case or longer partial quotation
    ('Kurz sagte, die Stadt werde helfen. Die Lage sei „dramatisch“.',
     [('DIR', 'dramatisch', 'Kurz'), ('IND', 'Die Lage sei „dramatisch“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Es handle sich um eine „echte Katastrophe“.',
     [('DIR', 'echte Katastrophe', 'Kurz'), ('IND', 'Es handle sich um eine „echte Katastrophe“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    # a title or a name after its noun or after so-called stays a term inside the report
    ('Kurz sagte, die Stadt werde helfen. Der Film „Titanic“ sei sein Lieblingsfilm.',
     [('IND', 'Der Film „Titanic“ sei sein Lieblingsfilm', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Die sogenannte „Bürgerwehr“ sei nicht erwünscht.',
     [('IND', 'Die sogenannte „Bürgerwehr“ sei nicht erwünscht', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Das Projekt „Stadtgarten“ werde fortgesetzt.',
     [('IND', 'Das Projekt „Stadtgarten“ werde fortgesetzt', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Kurz sagte, die Stadt werde helfen. Die Aktion heiße „Mannheim hilft“.',
     [('IND', 'Die Aktion heiße „Mannheim hilft“', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    # in the subject before the Konjunktiv verb: another's term, no quote (as before)
    ('Kurz sagte, die Stadt werde helfen. Das von der Regierung propagierte „Sofortprogramm“ sei gescheitert.',
     [('IND', 'Das von der Regierung propagierte „Sofortprogramm“ sei gescheitert', 'Kurz'), ('IND', 'die Stadt werde helfen', 'Kurz')]),
    ('Die sogenannte „Schuldenbremse“ soll gelockert werden.',
     []),
    # a longer quotation or one after a cue of its own, as before
    ('„Die Lage ist ernst“, erklärt Müller. Und weiter: „Wir müssen jetzt handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen jetzt handeln.', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Er ergänzt: „Wir müssen handeln.“',
     [('DIR', 'Die Lage ist ernst', 'Müller'), ('DIR', 'Wir müssen handeln.', 'Müller')]),
    # a label that names a title, a place, another subject or a clause: no quote, as before
    ('„Die Lage ist ernst“, erklärt Müller. Der Titel des Buches: „Die Krise.“',
     [('DIR', 'Die Lage ist ernst', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Am Abend lief im ZDF der Film: „Das Boot.“',
     [('DIR', 'Die Lage ist ernst', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Auf den Plakaten stand: „Nie wieder!“',
     [('DIR', 'Die Lage ist ernst', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Seine Gegner: „Unsinn!“',
     [('DIR', 'Die Lage ist ernst', 'Müller')]),
    ('„Die Lage ist ernst“, erklärt Müller. Dazu passt der Spruch an der Wand: „Carpe diem.“',
     [('DIR', 'Die Lage ist ernst', 'Müller')]),
    # no report before: a label's short quotation has no speaker to go on with
    ('Sein Appell: „Handeln!“',
     []),
    # no report before: a capitalised short quotation stays a term; after a paragraph break too
    ("Die Lage ist eine „Katastrophe“.", []),
    ("Kurz sagte, die Stadt werde helfen.\n\nDie Lage ist eine „Katastrophe“.",
     [("IND", "die Stadt werde helfen", "Kurz")]),
]


@pytest.mark.parametrize("text,expected", FIX + GUARD)
def test_dequotes(text: str, expected: list) -> None:
    assert got(text) == sorted(expected)
