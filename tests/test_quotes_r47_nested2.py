"""Round 47, family nested2: inner quotations read again with the document around them (English and German).

Convention (round 39, kept): a quotation inside a direct quote, with a cue and a speaker of its own inside that quote,
is a direct quote of its own. This round: its speaker is resolved against the document before the outer quote (a
surname to the full name, a description to the one person with that title, he/she/er/sie to the one person of that
gender other than the outer speaker; else as before); German „…“ inside „…“ and a person's colon without a cue open
an inner quote; a „…" quotation closed by a straight mark keeps a straight quotation inside it."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

DIR = "DIRECT_QUOTE"

FIXES = [
    # an inner surname is the full name seen before (was "Jones")
    ('Tom Jones arrived late. "Jones told me, \'We are done,\' and left," Smith said.', "en",
     [(DIR, "Jones told me, 'We are done,' and left,", "Smith"), (DIR, "We are done,", "Tom Jones")]),
    ("Peter Müller kam zu spät. „Müller sagte zu mir: ‚Wir sind fertig‘, und ging“, sagte Schmidt.", "de",
     [(DIR, "Müller sagte zu mir: ‚Wir sind fertig‘, und ging", "Schmidt"), (DIR, "Wir sind fertig", "Peter Müller")]),
    # an inner he/she/er/sie: the one person of that gender named before, not the outer speaker (was None)
    ('Tom Jones arrived late on Monday. "He told me, \'You are fired,\'" Smith said.', "en",
     [(DIR, "He told me, 'You are fired,'", "Smith"), (DIR, "You are fired,", "Tom Jones")]),
    ('Mary Brown arrived late. "She told me, \'We are done,\' and left," Smith said.', "en",
     [(DIR, "She told me, 'We are done,' and left,", "Smith"), (DIR, "We are done,", "Mary Brown")]),
    ('Tom Jones met John Smith on Monday. "He told me, \'You are fired,\'" Smith said.', "en",
     [(DIR, "He told me, 'You are fired,'", "John Smith"), (DIR, "You are fired,", "Tom Jones")]),
    ("Peter Müller kam zu spät. „Er sagte zu mir: ‚Wir sind fertig‘, und ging“, sagte Schmidt.", "de",
     [(DIR, "Er sagte zu mir: ‚Wir sind fertig‘, und ging", "Schmidt"), (DIR, "Wir sind fertig", "Peter Müller")]),
    ("Anna Weber kam zu spät. „Sie sagte zu mir: ‚Wir sind fertig‘, und ging“, sagte Schmidt.", "de",
     [(DIR, "Sie sagte zu mir: ‚Wir sind fertig‘, und ging", "Schmidt"), (DIR, "Wir sind fertig", "Anna Weber")]),
    # an inner description: the one person seen with that title (was "governor", "Kanzler")
    ('Gov. Tom Wolf spoke on Monday. "The governor told us, \'We will not raise taxes,\' and then he did," Smith said.',
     "en", [(DIR, "The governor told us, 'We will not raise taxes,' and then he did,", "Smith"),
            (DIR, "We will not raise taxes,", "Tom Wolf")]),
    ("Bundeskanzler Olaf Scholz sprach am Montag. „Der Kanzler sagte zu mir: ‚Wir sind fertig‘, und ging“, sagte Schmidt.",
     "de", [(DIR, "Der Kanzler sagte zu mir: ‚Wir sind fertig‘, und ging", "Schmidt"), (DIR, "Wir sind fertig", "Olaf Scholz")]),
    # German: a person's colon without a cue, and „…“ inside „…“ (was only the outer quote)
    ("„Der Polizist rief: ‚Steigen Sie sofort aus dem Auto!‘“, sagte Schmidt.", "de",
     [(DIR, "Der Polizist rief: ‚Steigen Sie sofort aus dem Auto!‘", "Schmidt"),
      (DIR, "Steigen Sie sofort aus dem Auto!", "Polizist")]),
    ("„Der Polizist rief: „Steigen Sie sofort aus dem Auto!“ und zog die Waffe“, sagte Schmidt.", "de",
     [(DIR, "Der Polizist rief: „Steigen Sie sofort aus dem Auto!“ und zog die Waffe", "Schmidt"),
      (DIR, "Steigen Sie sofort aus dem Auto!", "Polizist")]),
    ("Schmidt erzählte: „Der Polizist rief: „Steigen Sie sofort aus dem Auto!““", "de",
     [(DIR, "Der Polizist rief: „Steigen Sie sofort aus dem Auto!“", "Schmidt"),
      (DIR, "Steigen Sie sofort aus dem Auto!", "Polizist")]),
    # a „…" quotation closed by a straight mark with a straight quotation inside (was cut after the inner words)
    ('„Das Projekt "Neue Wege" ist gescheitert", sagte Kurz.', "de",
     [(DIR, 'Das Projekt "Neue Wege" ist gescheitert', "Kurz")]),
    ('„Er sagte zu mir: "Sie sind entlassen", und ging hinaus", sagte Schmidt.', "de",
     [(DIR, 'Er sagte zu mir: "Sie sind entlassen", und ging hinaus', "Schmidt"), (DIR, "Sie sind entlassen", None)]),
]

GUARDS = [
    # no person, two people, or the outer speaker the only one: the inner he stays unresolved (round 39)
    ('"He told me, \'You are fired,\' and walked out," Smith said.', "en",
     [(DIR, "He told me, 'You are fired,' and walked out,", "Smith"), (DIR, "You are fired,", None)]),
    ('Tom Jones and Bill Carter arrived late. "He told me, \'We are done,\' and left," Smith said.', "en",
     [(DIR, "He told me, 'We are done,' and left,", "Smith"), (DIR, "We are done,", None)]),
    ('John Smith spoke on Monday. "He told me, \'You are fired,\'" Smith said.', "en",
     [(DIR, "He told me, 'You are fired,'", "John Smith"), (DIR, "You are fired,", None)]),
    ('Tom Jones spoke on Monday. "He told me, \'You are fired,\'" he said.', "en",
     [(DIR, "He told me, 'You are fired,'", "Tom Jones"), (DIR, "You are fired,", None)]),
    ('Tom Jones arrived late. "She told me, \'You are fired,\'" said Mary Brown.', "en",
     [(DIR, "She told me, 'You are fired,'", "Mary Brown"), (DIR, "You are fired,", None)]),
    ('Tom Jones and Sarah Jones arrived late. "Jones told me, \'We are done,\' and left," Smith said.', "en",
     [(DIR, "Jones told me, 'We are done,' and left,", "Smith"), (DIR, "We are done,", "Jones")]),
    ('"Jones told me, \'We are done,\' and left," Smith said. Tom Jones declined to comment.', "en",
     [(DIR, "Jones told me, 'We are done,' and left,", "Smith"), (DIR, "We are done,", "Jones")]),
    ("Anna Weber und Peter Müller kamen zu spät. „Sie sagten zu mir: ‚Wir sind fertig‘, und gingen“, sagte Schmidt.", "de",
     [(DIR, "Sie sagten zu mir: ‚Wir sind fertig‘, und gingen", "Schmidt"), (DIR, "Wir sind fertig", None)]),
    # a thing before the colon is no speaker
    ("„Die Frage ist: ‚Wer bezahlt das alles?‘“, sagte Schmidt.", "de",
     [(DIR, "Die Frage ist: ‚Wer bezahlt das alles?‘", "Schmidt")]),
    ("„Meine Botschaft ist klar: ‚Wir schaffen das gemeinsam‘“, sagte Schmidt.", "de",
     [(DIR, "Meine Botschaft ist klar: ‚Wir schaffen das gemeinsam‘", "Schmidt")]),
    # a partial quotation inside: the inner subject's, as at the top level (round 46)
    ('"Critics called it \'a total disaster\' and moved on," Smith said.', "en",
     [(DIR, "Critics called it 'a total disaster' and moved on,", "Smith"), (DIR, "a total disaster", "Critics")]),
    # a „…" quotation closed by a straight mark, then another
    ("„Wir sind zufrieden\", sagte Kurz. „Das war ein guter Tag“, fügte er hinzu.", "de",
     [(DIR, "Wir sind zufrieden", "Kurz"), (DIR, "Das war ein guter Tag", "Kurz")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIXES)
def test_r47_nested2_fixes(text, lang, expected):
    assert quotes_of(text, lang, with_label=True) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), GUARDS)
def test_r47_nested2_guards(text, lang, expected):
    assert quotes_of(text, lang, with_label=True) == expected
