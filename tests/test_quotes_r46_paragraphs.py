"""Round 46, family paragraphs: quotations over several paragraphs and the speaker going on across them.

Each "fix" row fails against the base commit 2776d42; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix: the writer's "no comment" sentence between two quotations names nobody who spoke: the bare quotation
    # paragraph after it goes on with the speaker before it
    ("fix", "en", '"She has failed this state," Tom Smith said.\nA spokesman for Governor Mary Jones declined to comment.\n'
     '"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Tom Smith"),
    ("fix", "en", '"She has failed this state," Tom Smith said. A spokesman for Governor Mary Jones declined to comment.\n'
     '"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Tom Smith"),
    ("fix", "en", '"She has failed this state," Tom Smith said.\nGovernor Mary Jones did not respond to a request for '
     'comment.\n"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Tom Smith"),
    ("fix", "en", '"She has failed this state," Tom Smith said.\nGovernor Mary Jones could not be reached for comment.\n'
     '"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Tom Smith"),
    ("fix", "en", '"She has failed this state," Tom Smith said.\nGovernor Mary Jones refused to comment.\n'
     '"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Tom Smith"),
    ("fix", "de", "„Sie hat versagt“, sagte Tom Schmidt.\nEin Sprecher von Ministerin Anna Berg wollte sich dazu nicht "
     "äußern.\n„Ihre Politik hat Arbeitsplätze vernichtet.“", "Ihre Politik hat Arbeitsplätze vernichtet.", "Tom Schmidt"),
    ("fix", "de", "„Sie hat versagt“, sagte Tom Schmidt.\nMinisterin Anna Berg ließ eine Anfrage unbeantwortet.\n"
     "„Ihre Politik hat Arbeitsplätze vernichtet.“", "Ihre Politik hat Arbeitsplätze vernichtet.", "Tom Schmidt"),
    ("fix", "de", "„Sie hat versagt“, sagte Tom Schmidt.\nMinisterin Anna Berg war für eine Stellungnahme nicht zu "
     "erreichen.\n„Ihre Politik hat Arbeitsplätze vernichtet.“", "Ihre Politik hat Arbeitsplätze vernichtet.", "Tom Schmidt"),
    # guards: a person who speaks (or just acts) in the sentence before opens the next quotation paragraph
    ("guard", "en", '"She has failed this state," Tom Smith said.\nGovernor Mary Jones spoke at a rally in Ohio on '
     'Tuesday.\n"Her policies have driven jobs away."', "Her policies have driven jobs away.", "Mary Jones"),
    ("guard", "en", '"This is a bad law," said Senator John Smith.\nAsked about the criticism, Senator Mary Jones said:\n'
     '"It is a good law. It will lower costs."', "It is a good law. It will lower costs.", "Mary Jones"),
    ("guard", "de", "„Sie hat versagt“, sagte Tom Schmidt.\nMinisterin Anna Berg wies die Kritik zurück.\n"
     "„Das ist absurd.“", "Das ist absurd.", "Anna Berg"),
    ("guard", "de", "Kanzler Olaf Scholz verteidigte das Gesetz.\n„Es ist ein gutes Gesetz. Es senkt die Kosten.“\n"
     "CDU-Chef Friedrich Merz sah das anders.\n„Das ist ein schlechtes Gesetz. Es schadet den Familien.“",
     "Das ist ein schlechtes Gesetz. Es schadet den Familien.", "Friedrich Merz"),
    # guards: a quotation over paragraphs (a mark opens each, the last one closes) keeps its speaker in each paragraph
    ("guard", "en", "“This is a bad law,” Senator John Smith said. “It will hurt families and small businesses.\n"
     "“It will raise prices for everyone.\n“And it will do nothing to fix the deficit.”",
     "And it will do nothing to fix the deficit.", "John Smith"),
    ("guard", "en", "“We will fight for every job in this town.\n“And we will win,” said Mayor John Smith.",
     "We will fight for every job in this town.", "John Smith"),
    ("guard", "de", "»Wir werden nicht aufgeben«, sagte Hans Müller. »Wir kämpfen seit zwanzig Jahren.\n"
     "»Das kann uns niemand nehmen.«", "Das kann uns niemand nehmen.", "Hans Müller"),
    ("guard", "de", "Die Grünen kritisierten den Entwurf scharf. Dazu Fraktionschefin Katharina Dröge:\n"
     "„Das ist ein schlechtes Gesetz. Es schadet den Familien.“", "Das ist ein schlechtes Gesetz. Es schadet den Familien.",
     "Katharina Dröge"),
]


@pytest.mark.parametrize("kind,lang,text,quote,speaker", ROWS)
def test_r46_paragraphs(kind: str, lang: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, lang, quote, speaker)
