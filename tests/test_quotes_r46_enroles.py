"""Round 46, family enroles: English speaker resolution of descriptions (a role given by a copula, an age before the
apposition, "the mother of two").

Each "fix" row fails against the base commit b600fcd; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix: a role given by a copula or in a "who" clause is a title word of the name
    ("fix", "en", 'Mary Jones is a senior analyst at Barclays. "Prices will rise," the analyst said.',
     "Prices will rise,", "Mary Jones"),
    ("fix", "en", "Mary Jones is a senior analyst at Barclays. The analyst said prices would rise.",
     "prices would rise", "Mary Jones"),
    ("fix", "en", 'Mary Jones is chief economist at Barclays. "Prices will rise," the economist said.',
     "Prices will rise,", "Mary Jones"),
    ("fix", "en", 'Mary Jones has been a nurse for 20 years. "It was chaos," the nurse said.', "It was chaos,", "Mary Jones"),
    ("fix", "en", 'Mary Jones works as a nurse in Leeds. "It was chaos," the nurse said.', "It was chaos,", "Mary Jones"),
    ("fix", "en", 'Mary Jones, who works as a nurse, was at the scene. "It was chaos," the nurse said.',
     "It was chaos,", "Mary Jones"),
    ("fix", "en", 'Tom Brown, who is a nurse, was at the scene. Mary Jones, a teacher, was there too. '
     '"It was chaos," the nurse said.', "It was chaos,", "Tom Brown"),
    ("fix", "en", 'Mary Jones is a senior analyst at Barclays. Tom Brown is a trader. "Prices will rise," the analyst said.',
     "Prices will rise,", "Mary Jones"),
    # fix: an age before the apposition
    ("fix", "en", 'Mary Jones, 45, a teacher, was at the scene. "It was chaos," the teacher said.',
     "It was chaos,", "Mary Jones"),
    ("fix", "en", 'Mary Jones, 45, a teacher from Leeds, said it was chaos. "We ran," the teacher added.',
     "We ran,", "Mary Jones"),
    # fix: a parent by the number of children is a speaker, and described like an age
    ("fix", "en", "The mother of two said it was chaos.", "it was chaos", "mother of two"),
    ("fix", "en", '"It was chaos," the father of three told reporters.', "It was chaos,", "father of three"),
    ("fix", "en", 'Mary Jones, a mother of two, was at the scene. "It was chaos," the mother of two said.',
     "It was chaos,", "Mary Jones"),
    ("fix", "en", 'Mary Jones was at the scene. "It was chaos," the mother of two said.', "It was chaos,", "Mary Jones"),
    # guards
    ("guard", "en", 'Mary Jones is not a nurse. "It was chaos," the nurse said.', "It was chaos,", "nurse"),
    ("guard", "en", 'Mary Jones was tired. "It was chaos," the nurse said.', "It was chaos,", "nurse"),
    ("guard", "en", 'Mary Jones is a teacher. "It was chaos," a nurse said.', "It was chaos,", "nurse"),
    ("guard", "en", 'Mary Jones is her sister. "It was chaos," the nurse said.', "It was chaos,", "nurse"),
    ("guard", "en", 'Mary Jones and Tom Brown were at the scene. "It was chaos," the mother of two said.',
     "It was chaos,", "mother of two"),
    ("guard", "en", 'Mary Jones was at the scene. "It was chaos," a mother of two said.', "It was chaos,", "mother of two"),
    ("guard", "en", 'Mary Jones, 45, was at the scene. "It was chaos," the 45-year-old said.', "It was chaos,", "Mary Jones"),
    ("guard", "en", 'Mary Jones, a senior analyst at Barclays, spoke on Monday. "Prices will rise," the analyst said.',
     "Prices will rise,", "Mary Jones"),
    ("guard", "en", "Shares of Acme fell 5 percent on Monday. The company said it regretted the decision.",
     "it regretted the decision", "company"),
    ("guard", "en", 'Mary Jones is a senior analyst at Barclays. "Prices will rise," she said.',
     "Prices will rise,", "Mary Jones"),
]


@pytest.mark.parametrize("kind,lang,text,quote,speaker", ROWS)
def test_r46_enroles(kind: str, lang: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, lang, quote, speaker)
