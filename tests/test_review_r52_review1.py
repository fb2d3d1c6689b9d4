"""Round 52 review (review1) of the round's quote rules. All sentences written for this test.

* quotes (`quote_indirect._EN_THERE_FINITE`): the round's check that "there" after a cue is a place adverb when no
  finite verb follows it lacked the plural present of the raising verbs, so "said there seem to be …", "said there
  continue to be …" reported nothing (they were indirect quotes before the round).
* quotes (`quote_attribution._en_floor_purpose_subject`): "took" as a verb of using an occasion made the expletive
  "it" of "It took the council three months to admit that …" the speaker (no quote before the round).
* quotes (`quote_attribution._previous_subject`): a listed first name alone opening the sentence before a "he"/"she"
  quotation gave the bare first name as the speaker even when the text named that person in full before ("Hal Berger
  … Hal is retired now. He says …" was "Hal", "Hal Berger" before the round).
* quotes (`quote_cues._en_wish_quotation`): the noun "thanks" before "to" was a cue of thanking whose
  subject spoke the quotation after it ('Many thanks to the "heroes of the day"' had the speaker "Many").
"""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

FIXES = [
    # (text, lang, expected (quote, speaker) pair)
    ("Officials said there seem to be fewer cases this year.", "en",
     ("there seem to be fewer cases this year", "Officials")),
    ("Investigators said there tend to be more fires in dry summers.", "en",
     ("there tend to be more fires in dry summers", "Investigators")),
    ("Rail officials said there continue to be delays on the coastal line.", "en",
     ("there continue to be delays on the coastal line", "Rail officials")),
    ("Hal Berger ran the hardware store for decades. Hal is retired now. He says the town has changed.", "en",
     ("the town has changed", "Hal Berger")),
]

# (text, lang, a (quote, speaker) pair that must NOT be found)
FIX_ABSENT = [
    ("It took the council three months to admit that the plan had failed.", "en", ("the plan had failed", None)),
    ('Many thanks to the "heroes of the night" who came out.', "en", ("heroes of the night", "Many")),
]

GUARDS = [
    ("Officials said there will be delays on the line.", "en", ("there will be delays on the line", "Officials")),
    ("Colin Ferris interrupted the exchange to ask whether ministers had met developers.", "en",
     ("ministers had met developers", "Colin Ferris")),
    ("Her son, Daniel, runs the farm. Daniel is more certain. He says the river will rise.", "en",
     ("the river will rise", "Daniel")),
    ('Benfica thanked Duarte, wishing him "all the best in England."', "en", ("all the best in England.", "Benfica")),
    ('Many thanks to the "heroes of the night" who came out.', "en", ("heroes of the night", None)),
    ("Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnte vor Angriffen. Ein Sprecher des BSI "
     "sagte, man prüfe den Fall. Das Amt riet zu Vorsicht.", "de", ("Das Amt riet zu Vorsicht", "BSI")),
]

GUARD_ABSENT = [
    ("The same four farmers have argued there every morning.", "en", ("there every morning", None)),
]


@pytest.mark.parametrize(("text", "lang", "pair"), FIXES)
def test_quote_review_r52_fixes(text: str, lang: str, pair: tuple) -> None:
    got = quotes_of(text, lang)
    assert pair in got, got


@pytest.mark.parametrize(("text", "lang", "pair"), FIX_ABSENT)
def test_quote_review_r52_fixes_absent(text: str, lang: str, pair: tuple) -> None:
    got = quotes_of(text, lang)
    assert pair not in got, got


@pytest.mark.parametrize(("text", "lang", "pair"), GUARDS)
def test_quote_review_r52_guards(text: str, lang: str, pair: tuple) -> None:
    got = quotes_of(text, lang)
    assert pair in got, got


@pytest.mark.parametrize(("text", "lang", "pair"), GUARD_ABSENT)
def test_quote_review_r52_guards_absent(text: str, lang: str, pair: tuple) -> None:
    assert pair not in quotes_of(text, lang)

