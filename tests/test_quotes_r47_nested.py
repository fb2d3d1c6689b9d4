"""Round 47, family nested: quotations and speech inside quotations (English and German).

Convention (round 39, kept): a quotation inside a direct quote, with a cue and a speaker of its own inside that quote,
is a direct quote of its own; the outer quote stays the outer speaker's, and no indirect content is made from the outer
quote's words. This round: the inner speaker "I"/"ich" is the outer speaker; double marks inside single ones in English;
German inner quotations in ‚…‘, ›…‹, »…« and straight "…" inside „…“ or »…«; a straight quotation inside „…“ no longer
closes the outer one."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the inner speaker "I" is the outer speaker (was None)
    ('"I told them, \'We will not back down,\' and they left," Smith said.', "en",
     [(DIR, "I told them, 'We will not back down,' and they left,", "Smith"), (DIR, "We will not back down,", "Smith")]),
    ("“I told them, ‘We will not back down,’ and they left,” Smith said.", "en",
     [(DIR, "I told them, ‘We will not back down,’ and they left,", "Smith"), (DIR, "We will not back down,", "Smith")]),
    # double marks inside single ones (was only the outer quote)
    ("'He told me, \"You are fired,\" and walked out,' Smith said.", "en",
     [(DIR, 'He told me, "You are fired," and walked out,', "Smith"), (DIR, "You are fired,", None)]),
    ("'I said \"We will win this election\" and I meant it,' Smith said.", "en",
     [(DIR, 'I said "We will win this election" and I meant it,', "Smith"), (DIR, "We will win this election", "Smith")]),
    # German inner quotations with their own cue and speaker (were only the outer quote)
    ("„Müller sagte zu mir: ‚Sie sind entlassen‘, und ging hinaus“, sagte Schmidt.", "de",
     [(DIR, "Müller sagte zu mir: ‚Sie sind entlassen‘, und ging hinaus", "Schmidt"), (DIR, "Sie sind entlassen", "Müller")]),
    ("„Der Chef sagte zu mir: »Sie sind entlassen«, und ging hinaus“, sagte Schmidt.", "de",
     [(DIR, "Der Chef sagte zu mir: »Sie sind entlassen«, und ging hinaus", "Schmidt"), (DIR, "Sie sind entlassen", "Chef")]),
    ("»Müller sagte zu mir: ›Sie sind entlassen‹, und ging hinaus«, sagte Schmidt.", "de",
     [(DIR, "Müller sagte zu mir: ›Sie sind entlassen‹, und ging hinaus", "Schmidt"), (DIR, "Sie sind entlassen", "Müller")]),
    ("„Ich habe dem Vorstand gesagt: ‚Wir verkaufen das Unternehmen nicht‘, und er stimmte zu“, sagte Schmidt.", "de",
     [(DIR, "Ich habe dem Vorstand gesagt: ‚Wir verkaufen das Unternehmen nicht‘, und er stimmte zu", "Schmidt"),
      (DIR, "Wir verkaufen das Unternehmen nicht", "Schmidt")]),
    ("Die Zeitung schrieb: „Der Minister sagte: ‚Wir werden die Steuern nicht erhöhen.‘ Das war vor der Wahl.“", "de",
     [(DIR, "Der Minister sagte: ‚Wir werden die Steuern nicht erhöhen.‘ Das war vor der Wahl.", "Zeitung"),
      (DIR, "Wir werden die Steuern nicht erhöhen.", "Minister")]),
    ("„Wie Helmut Schmidt sagte: ‚Wer Visionen hat, sollte zum Arzt gehen‘“, sagte Müller.", "de",
     [(DIR, "Wie Helmut Schmidt sagte: ‚Wer Visionen hat, sollte zum Arzt gehen‘", "Müller"),
      (DIR, "Wer Visionen hat, sollte zum Arzt gehen", "Helmut Schmidt")]),
    # a straight quotation inside „…“ no longer closes the outer one (was cut at the inner closing mark)
    ("„Er sagte zu mir: \"Sie sind entlassen\", und ging hinaus“, sagte Schmidt.", "de",
     [(DIR, 'Er sagte zu mir: "Sie sind entlassen", und ging hinaus', "Schmidt"), (DIR, "Sie sind entlassen", None)]),
    ("„Der Begriff \"Lügenpresse\" ist gefährlich“, sagte Schmidt.", "de",
     [(DIR, 'Der Begriff "Lügenpresse" ist gefährlich', "Schmidt")]),
]

GUARDS = [
    # a term or title inside a quotation is no quote of its own
    ('"We call it \'the plan,\'" he said.', "en", [(DIR, "We call it 'the plan,'", None)]),
    ("'The term \"fake news\" is overused,' Smith said.", "en", [(DIR, 'The term "fake news" is overused,', "Smith")]),
    ("„Wir nennen es ‚den großen Plan‘“, sagte Schmidt.", "de", [(DIR, "Wir nennen es ‚den großen Plan‘", "Schmidt")]),
    ("„Die sogenannte »schwarze Null« ist ein Fehler“, sagte Schmidt.", "de",
     [(DIR, "Die sogenannte »schwarze Null« ist ein Fehler", "Schmidt")]),
    # a report inside a direct quote gives no indirect content
    ('"I said that we would win," Smith recalled.', "en", [(DIR, "I said that we would win,", "Smith")]),
    ("„Ich habe immer gesagt, dass wir die Wahl gewinnen werden“, sagte Schmidt.", "de",
     [(DIR, "Ich habe immer gesagt, dass wir die Wahl gewinnen werden", "Schmidt")]),
    # a partial quotation inside a reported content is the inner speaker's
    ('Smith said Jones had called the plan "a disaster."', "en",
     [(IND, 'Jones had called the plan "a disaster."', "Smith"), (DIR, "a disaster.", "Jones")]),
    ("Schmidt sagte, Müller habe den Plan als „ein Desaster“ bezeichnet.", "de",
     [(IND, "Müller habe den Plan als „ein Desaster“ bezeichnet", "Schmidt"), (DIR, "ein Desaster", "Müller")]),
    # an inner "he" stays unresolved (round 39)
    ('"He told me, \'You are fired,\' and walked out," Smith said.', "en",
     [(DIR, "He told me, 'You are fired,' and walked out,", "Smith"), (DIR, "You are fired,", None)]),
    # a „…" quotation closed by a straight mark, as before
    ("„Wir sind zufrieden\", sagte Kurz. „Das war ein guter Tag“, fügte er hinzu.", "de",
     [(DIR, "Wir sind zufrieden", "Kurz"), (DIR, "Das war ein guter Tag", "Kurz")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIXES)
def test_r47_nested_fixes(text, lang, expected):
    assert quotes_of(text, lang, with_label=True) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), GUARDS)
def test_r47_nested_guards(text, lang, expected):
    assert quotes_of(text, lang, with_label=True) == expected
