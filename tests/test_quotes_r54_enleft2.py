"""Round 54, family enleft2: leftovers of this round's English world, transcript and feature audits. A trailing
attribution whose medium has an "of" phrase ("…, the Kremlin said in a transcript of his remarks", the inner report ran on
over it); an event's noun before a verb of showing is no speaker ("Analysts said the
visit showed that …" nested a report spoken by "visit"; a study or a survey showing still reports); a past form equal to
its present after a subject ("The mayor read the report and said …", was the subject "The mayor read", no speaker); a
relative by the possessive found whole ("Her husband lost his job and said …", had no speaker)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENLEFT2 = [
    ('He accused the West of lying and said sanctions had failed, the Kremlin said in a transcript of his remarks.',
     [(IND, 'He accused the West of lying and said sanctions had failed', 'Kremlin'),
      (IND, 'sanctions had failed', None)]),
    ('He said the talks had stalled, the agency said in a statement of its findings.',
     [(IND, 'He said the talks had stalled', 'agency'), (IND, 'the talks had stalled', None)]),
    ('Analysts said the visit showed that both capitals wanted closer ties.',
     [(IND, 'the visit showed that both capitals wanted closer ties', 'Analysts')]),
    ('The vote showed that voters wanted change.', []),
    ('The mayor read the report and said the city would act.',
     [(IND, 'the city would act', 'mayor')]),
    ('The officers set up a roadblock and said the road would stay closed.',
     [(IND, 'the road would stay closed', 'officers')]),
    ('Her husband lost his job and said the family would move.',
     [(IND, 'the family would move', 'husband')]),
]

GUARDS_R54_ENLEFT2 = [
    ('Prices will fall, the White House said in a readout of the call.',
     [(IND, 'Prices will fall', 'White House')]),
    ('The survey showed that voters wanted change.',
     [(IND, 'voters wanted change', 'survey')]),
    ('Analysts said the study showed that prices were rising.',
     [(IND, 'the study showed that prices were rising', 'Analysts'), (IND, 'prices were rising', 'study')]),
    ('The minister showed that the plan worked.',
     [(IND, 'the plan worked', 'minister')]),
    ('Prices will fall, the company said in a statement on its website.',
     [(IND, 'Prices will fall', 'company')]),
    ('The company said its profits rose sharply in a part of the country.',
     [(IND, 'its profits rose sharply in a part of the country', 'company')]),
    ('The read was quick, the editor said.',
     [(IND, 'The read was quick', 'editor')]),
    ('My sister read the letter and said it was fake.',
     [(IND, 'it was fake', 'sister')]),
    ("Her husband's lawyer said the family would move.",
     [(IND, 'the family would move', "husband's lawyer")]),
    ('The mayor visited the school and said the city would act.',
     [(IND, 'the city would act', 'mayor')]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENLEFT2 + GUARDS_R54_ENLEFT2)
def test_r54_enleft2_rows(text: str, want: list) -> None:
    assert run(text) == want
