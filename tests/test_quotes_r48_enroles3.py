"""Round 48, family enroles3: English speaker names inside long role phrases (a singular role with its preposition and
complement before the name, "Former special envoy to Ukraine Kurt Volker", "U.S. Ambassador to the European Union
Gordon Sondland", "national security adviser to the president John Bolton": the name is the holder, and a later
surname, pronoun or role description resolves to it)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the role's complement is no part of the name (was the whole phrase)
    ("Former special envoy to Ukraine Kurt Volker said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
    ("U.S. Ambassador to the European Union Gordon Sondland told lawmakers that he followed orders.",
     [(IND, "he followed orders", "Gordon Sondland")]),
    ("Former national security adviser to the president John Bolton said the policy was flawed.",
     [(IND, "the policy was flawed", "John Bolton")]),
    ("Senior adviser to the president Jared Kushner said the plan was ready.",
     [(IND, "the plan was ready", "Jared Kushner")]),
    ("A spokesman for the European Union Peter Stano said the sanctions would stay.",
     [(IND, "the sanctions would stay", "Peter Stano")]),
    ("The ambassador to Russia John Sullivan said the embassy would stay open.",
     [(IND, "the embassy would stay open", "John Sullivan")]),
    ('"The meeting was routine," former special envoy to Ukraine Kurt Volker said.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    # a later surname, pronoun or description takes the holder (was "Ukraine Kurt Volker", no one, "ambassador")
    ("Former special envoy to Ukraine Kurt Volker spoke Monday. Volker said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
    ("Former special envoy to Ukraine Kurt Volker spoke Monday. He said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
    ("U.S. Ambassador to the European Union Gordon Sondland testified Wednesday. Sondland said he followed orders.",
     [(IND, "he followed orders", "Gordon Sondland")]),
    ("U.S. Ambassador to the European Union Gordon Sondland testified Wednesday. The ambassador said he followed "
     "orders.", [(IND, "he followed orders", "Gordon Sondland")]),
    ("Special envoy to Ukraine Kurt Volker spoke Monday. The envoy said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
]

GUARDS = [
    ("Secretary of State Mike Pompeo said the talks were productive.", [(IND, "the talks were productive", "Mike Pompeo")]),
    ("Speaker of the House Nancy Pelosi said the bill would pass.", [(IND, "the bill would pass", "Nancy Pelosi")]),
    ("Minister of Foreign Affairs Sergey Lavrov said the sanctions were illegal.",
     [(IND, "the sanctions were illegal", "Sergey Lavrov")]),
    ("Kurt Volker, the former special envoy to Ukraine, said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
    ("Trump's former lawyer Michael Cohen said the payments were illegal.",
     [(IND, "the payments were illegal", "Michael Cohen")]),
    ("Former envoy Kurt Volker said the meeting was routine.", [(IND, "the meeting was routine", "Kurt Volker")]),
    # a role for a titled person, a plural role, or a name right after the preposition is not the name's holder
    ("Advisers to President Joe Biden said the plan was ready.",
     [(IND, "the plan was ready", "Advisers to President Joe Biden")]),
    ("A spokesman for Secretary of State Antony Blinken said the talks went well.",
     [(IND, "the talks went well", "spokesman for Secretary of State Antony Blinken")]),
    ("A lawyer for Alex Murdaugh said the verdict was wrong.", [(IND, "the verdict was wrong", "lawyer for Alex Murdaugh")]),
    ("The envoy to the United Nations said the resolution failed.",
     [(IND, "the resolution failed", "envoy to the United Nations")]),
    # "former" before the role: a later role description without it stays no one's (round 47 convention)
    ("Former special envoy to Ukraine Kurt Volker spoke Monday. The envoy said the meeting was routine.",
     [(IND, "the meeting was routine", "envoy")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
