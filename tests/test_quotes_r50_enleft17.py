"""Round 50, family enleft17: English leftovers. A fronted adverbial clause before ", officials said," is the reported
clause's ("When the flood came, officials said, two died." lost its first part); a verb with a noun object in a
restrictive relative on a later speaker is no cue ("A neighbor who … feared reprisals said …"); "called X" between
commas before an auxiliary is a naming apposition ("the glasses, called Lumen Vista, would let …" reported nothing); a
trailing attribution right after a quotation counts from its speaker (a long title lost the quotation to a cue before
it); lower-case role words before a person's name with "of" keep the person ("Pediatric … specialist Dr. Grace Liu of
Children's Hospital of Birmingham said" was "Birmingham"); a person noun before "near"/"in" and a place is the speaker
with its place ("A farmer near the river said" was "river")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a fronted adverbial clause before a parenthetical attribution
    ("When the flood came, officials said, two died.",
     [(IND, "When the flood came", "officials"), (IND, "two died", "officials")]),
    ("When the flood arrived, officials said, the town was empty.",
     [(IND, "When the flood arrived", "officials"), (IND, "the town was empty", "officials")]),
    # a verb with a noun object in a restrictive relative on the later speaker
    ("A neighbor who asked not to be named because she feared reprisals said the man was violent.",
     [(IND, "the man was violent", "neighbor")]),
    ("A neighbor who feared reprisals said the man was violent.", [(IND, "the man was violent", "neighbor")]),
    ("Residents who fear floods say the dam is weak.", [(IND, "the dam is weak", "Residents")]),
    # a naming participle between commas, then an auxiliary
    ("Farrow said the glasses, called Lumen Vista, would let users read messages.",
     [(IND, "the glasses, called Lumen Vista, would let users read messages", "Farrow")]),
    ("Farrow said the drug, dubbed Zenex, has cut deaths by half.",
     [(IND, "the drug, dubbed Zenex, has cut deaths by half", "Farrow")]),
    # a trailing attribution with a long title takes the partial quotation
    ('Investigators believe the shooting was "not a random act," Police Chief Raymond Kessler said.',
     [(IND, 'Investigators believe the shooting was "not a random act,"', "Raymond Kessler"),
      (IND, 'the shooting was "not a random act,"', "Investigators"), (DIR, "not a random act,", "Raymond Kessler")]),
    ('Investigators believe the shooting was "not a random act," a police spokesman said.',
     [(IND, 'Investigators believe the shooting was "not a random act,"', "police spokesman"),
      (IND, 'the shooting was "not a random act,"', "Investigators"), (DIR, "not a random act,", "police spokesman")]),
    # role words before a titled name with "of"
    ("Pediatric infectious disease specialist Dr. Grace Liu of Children's Hospital of Birmingham said the virus is "
     "spreading.", [(IND, "the virus is spreading", "Grace Liu")]),
    ("Virus specialist John Smith of the University of Alabama said the virus is spreading.",
     [(IND, "the virus is spreading", "John Smith")]),
    ("Senior economist Jane Doe of Acme Bank said rates will rise.", [(IND, "rates will rise", "Jane Doe")]),
    # a person noun and a place
    ("A farmer near the river said the water was rising.", [(IND, "the water was rising", "farmer near the river")]),
    ("Residents of villages near the valley said the water was rising.",
     [(IND, "the water was rising", "Residents of villages near the valley")]),
]

GUARDS = [
    ("After the storm hit, police said, dozens fled.",
     [(IND, "After the storm hit", "police"), (IND, "dozens fled", "police")]),
    ("When the book became a surprise bestseller, she said, everything changed.",
     [(IND, "When the book became a surprise bestseller", None), (IND, "everything changed", None)]),
    ("Because the road was closed, she said, nobody could leave.",
     [(IND, "Because the road was closed", None), (IND, "nobody could leave", None)]),
    ("A neighbor who asked not to be named because she feared for her safety said the man was violent.",
     [(IND, "the man was violent", "neighbor")]),
    ("Farrow said the man called Smith, who was late.", [(IND, "the man called Smith", "Farrow")]),
    ('The shooting was "not a random act," Police Chief Raymond Kessler said.',
     [(IND, 'The shooting was "not a random act,"', "Raymond Kessler"), (DIR, "not a random act,", "Raymond Kessler")]),
    ('During the call, he said, "somebody should pay," the prosecutor\'s office said.',
     [(IND, 'During the call, he said, "somebody should pay,"', "prosecutor's office"),
      (DIR, "somebody should pay,", None)]),
    ("Dr. Grace Liu of Children's Hospital of Birmingham said the virus is spreading.",
     [(IND, "the virus is spreading", "Grace Liu")]),
    ("Spokesman John Smith of the ministry said the virus is spreading.",
     [(IND, "the virus is spreading", "John Smith")]),
    ("Residents near the valley said the water was rising.",
     [(IND, "the water was rising", "Residents near the valley")]),
    ('KTV described the move as "hysterical" and quoted an unnamed official as saying the talks had failed.',
     [(DIR, "hysterical", "KTV"), (IND, "the talks had failed", "unnamed official")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_enleft17_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_enleft17_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
