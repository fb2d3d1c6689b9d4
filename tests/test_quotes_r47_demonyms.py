"""Round 47, family demonyms: descriptions made of a place, nationality or party adjective and a role ("the
Massachusetts Democrat", "the French president", "der russische Präsident", "der US-Präsident") name the person seen
with that place or party, not one seen with another."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a party member by the state
    ("Sen. Elizabeth Warren, D-Mass., spoke on Tuesday. The Massachusetts Democrat said the plan would hurt families.", "en",
     [(IND, "the plan would hurt families", "Elizabeth Warren")]),
    ("Rep. Jim Jordan, R-Ohio, spoke on Monday. The Ohio Republican said the inquiry was a sham.", "en",
     [(IND, "the inquiry was a sham", "Jim Jordan")]),
    ("Rep. Alexandria Ocasio-Cortez, D-N.Y., spoke on Monday. The New York Democrat said the deal was a giveaway.", "en",
     [(IND, "the deal was a giveaway", "Alexandria Ocasio-Cortez")]),
    ('Sen. Elizabeth Warren spoke on Tuesday. "This is a disgrace," the Massachusetts Democrat said.', "en",
     [(DIR, "This is a disgrace,", "Elizabeth Warren")]),
    # English: no one seen with another place
    ("German Chancellor Angela Merkel met the press on Monday. The French president said the talks had been difficult.",
     "en", [(IND, "the talks had been difficult", "French president")]),
    ("Texas Gov. Greg Abbott spoke on Monday. The California governor said the border was open.", "en",
     [(IND, "the border was open", "California governor")]),
    ("Sen. Ted Cruz (R-Texas) spoke at the hearing. The Ohio senator said the rule was unconstitutional.", "en",
     [(IND, "the rule was unconstitutional", "Ohio senator")]),
    # German: of two named, the one seen with the nationality
    ("Bundeskanzlerin Angela Merkel traf Frankreichs Präsident Emmanuel Macron. Der französische Präsident sagte, die "
     "Gespräche seien schwierig gewesen.", "de", [(IND, "die Gespräche seien schwierig gewesen", "Emmanuel Macron")]),
    ("Der französische Präsident Emmanuel Macron traf Wladimir Putin. Der russische Präsident sagte, der Westen sei "
     "schuld.", "de", [(IND, "der Westen sei schuld", "Wladimir Putin")]),
    ("Frankreichs Präsident Emmanuel Macron traf Russlands Präsident Wladimir Putin. Der französische Präsident sagte, "
     "der Westen sei schuld.", "de", [(IND, "der Westen sei schuld", "Emmanuel Macron")]),
    ("Der ukrainische Präsident Wolodymyr Selenskyj traf US-Präsident Joe Biden. Der ukrainische Staatschef sagte, die "
     "Hilfe sei wichtig.", "de", [(IND, "die Hilfe sei wichtig", "Wolodymyr Selenskyj")]),
    # German: no one seen with another country
    ("Bundeskanzler Olaf Scholz sprach am Montag. Der französische Regierungschef sagte, die Wirtschaft sei stark.", "de",
     [(IND, "die Wirtschaft sei stark", "Regierungschef")]),
    ("Bundeskanzlerin Angela Merkel sprach am Montag. Die französische Präsidentin sagte, die Gespräche seien schwierig "
     "gewesen.", "de", [(IND, "die Gespräche seien schwierig gewesen", "Präsidentin")]),
]

GUARDS = [
    ("Sen. Ted Cruz (R-Texas) spoke at the hearing. The Texas senator said the rule was unconstitutional.", "en",
     [(IND, "the rule was unconstitutional", "Ted Cruz")]),
    ("French President Emmanuel Macron met the press on Monday. The French president said the talks had been difficult.",
     "en", [(IND, "the talks had been difficult", "Emmanuel Macron")]),
    ("Chancellor Angela Merkel of Germany met the press on Monday. The German chancellor said the talks had been "
     "difficult.", "en", [(IND, "the talks had been difficult", "Angela Merkel")]),
    ("Russia's Vladimir Putin met the press on Monday. The Russian leader said the talks had been difficult.", "en",
     [(IND, "the talks had been difficult", "Vladimir Putin")]),
    ("Prime Minister Boris Johnson of Britain spoke on Monday. The British leader said the deal was good.", "en",
     [(IND, "the deal was good", "Boris Johnson")]),
    ("Texas Gov. Greg Abbott spoke on Monday. The Texas governor said the border was open.", "en",
     [(IND, "the border was open", "Greg Abbott")]),
    ("Chancellor Angela Merkel and President Emmanuel Macron met on Monday. The French president said the talks had "
     "been difficult.", "en", [(IND, "the talks had been difficult", "Emmanuel Macron")]),
    ("US-Präsident Joe Biden sprach am Montag in Washington. Der US-Präsident sagte, die Wirtschaft sei stark.", "de",
     [(IND, "die Wirtschaft sei stark", "Joe Biden")]),
    ("Kremlchef Wladimir Putin sprach am Montag in Moskau. Der russische Staatschef sagte, der Westen sei schuld.", "de",
     [(IND, "der Westen sei schuld", "Wladimir Putin")]),
    ("Premierministerin Theresa May sprach am Montag. Die britische Premierministerin sagte, der Deal sei gut.", "de",
     [(IND, "der Deal sei gut", "Theresa May")]),
    ("Bundeskanzler Olaf Scholz traf den türkischen Präsidenten Recep Tayyip Erdogan. Der Kanzler sagte, die Gespräche "
     "seien gut gewesen.", "de", [(IND, "die Gespräche seien gut gewesen", "Olaf Scholz")]),
    ("Bundeskanzler Olaf Scholz sprach am Montag. Der deutsche Regierungschef sagte, die Wirtschaft sei stark.", "de",
     [(IND, "die Wirtschaft sei stark", "Olaf Scholz")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIXES)
def test_fixes(text: str, lang: str, expected: list) -> None:
    assert quotes_of(text, lang, with_label=True) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), GUARDS)
def test_guards(text: str, lang: str, expected: list) -> None:
    assert quotes_of(text, lang, with_label=True) == expected
