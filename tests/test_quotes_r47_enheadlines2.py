"""Round 47, family enheadlines2: English headlines and labels above a lead (a two-word "says" clause closing its
line, a title label before a headline quotation, a title-case "X Says …" headline) and a quotation's own sentence
naming its speaker after "was how"."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

LAVROV = "\n\nForeign Minister Sergei Lavrov said on Monday that the talks in Geneva had failed."
HIDALGO = "\n\nParis Mayor Anne Hidalgo said on Sunday the city would keep its bike lanes."
TRUMP = "\n\nPresident Donald Trump said on Friday the economy was stronger than ever."

FIXES = [
    # a two-word clause after "says" closing its headline line (no report when any line followed)
    ("Minister says talks failed" + LAVROV,
     [(IND, "talks failed", "Sergei Lavrov"), (IND, "the talks in Geneva had failed", "Sergei Lavrov")]),
    ("Lavrov says Russia failed" + LAVROV,
     [(IND, "Russia failed", "Sergei Lavrov"), (IND, "the talks in Geneva had failed", "Sergei Lavrov")]),
    ("Minister says talks failed\n\nIt rained in Moscow on Monday.", [(IND, "talks failed", "Minister")]),
    ("Minister says talks failed\nIt rained in Moscow on Monday.", [(IND, "talks failed", "Minister")]),
    # a title label before the headline's quotation: the one person of the lead with that title
    ("Mayor: 'We are not afraid'" + HIDALGO,
     [(DIR, "We are not afraid", "Anne Hidalgo"), (IND, "the city would keep its bike lanes", "Anne Hidalgo")]),
    ('Mayor: "We are not afraid"' + HIDALGO,
     [(DIR, "We are not afraid", "Anne Hidalgo"), (IND, "the city would keep its bike lanes", "Anne Hidalgo")]),
    ('Mayor: "We are not afraid"' + HIDALGO + '\n\nShe added: "Never."',
     [(DIR, "We are not afraid", "Anne Hidalgo"), (IND, "the city would keep its bike lanes", "Anne Hidalgo"),
      (DIR, "Never.", "Anne Hidalgo")]),
    # "was how" + speaker + a recap verb, with more after it or another verb (only "… put it." at the end before)
    ('"We will not back down," was how Mayor Anne Hidalgo put it on Sunday.',
     [(DIR, "We will not back down,", "Anne Hidalgo")]),
    ('"We will not back down," was how Mayor Anne Hidalgo described it.',
     [(DIR, "We will not back down,", "Anne Hidalgo")]),
    ('"We will not back down," was how Hidalgo put it in an interview.',
     [(DIR, "We will not back down,", "Hidalgo")]),
    ('"We will not back down," was how Hidalgo summed it up.', [(DIR, "We will not back down,", "Hidalgo")]),
    ('"It is a disaster," was how one critic described it.', [(DIR, "It is a disaster,", "one critic")]),
    ('"It is a disaster," was how the mayor described it.', [(DIR, "It is a disaster,", "mayor")]),
    # a title-case headline "X Says …": the person the text names in full, or the lead's one fitting title holder
    ("Trump Says Economy Is Strong" + TRUMP,
     [(IND, "Economy Is Strong", "Donald Trump"), (IND, "the economy was stronger than ever", "Donald Trump")]),
    ("Merkel Says Germany Will Take More Refugees\n\nChancellor Angela Merkel said on Monday that Germany would take "
     "more refugees.",
     [(IND, "Germany Will Take More Refugees", "Angela Merkel"), (IND, "Germany would take more refugees", "Angela Merkel")]),
    ("Obama Says He Will Veto Bill\n\nPresident Barack Obama said he would veto the bill.",
     [(IND, "He Will Veto Bill", "Barack Obama"), (IND, "he would veto the bill", "Barack Obama")]),
    ("Mayor Says City Will Not Back Down" + HIDALGO,
     [(IND, "City Will Not Back Down", "Anne Hidalgo"), (IND, "the city would keep its bike lanes", "Anne Hidalgo")]),
    ("WATCH: Trump Says Economy Is Strong" + TRUMP,
     [(IND, "Economy Is Strong", "Donald Trump"), (IND, "the economy was stronger than ever", "Donald Trump")]),
]

GUARDS = [
    # headlines that are no quotes
    ("Stocks Rise As Fed Holds Rates\n\nStocks rose on Wednesday after the Federal Reserve held rates steady.", []),
    ("WATCH: Pelosi slams GOP over health bill", []),
    ("Smith Says Goodbye To Fans\n\nJohn Smith played his last game on Sunday.", []),
    ("Simon Says Game Returns To Schools\n\nThe classic game Simon Says is back, teacher Paul Simon said.",
     [(IND, "The classic game Simon Says is back", "Paul Simon")]),
    ("Trump Says\n\nPresident Donald Trump said on Friday the economy was stronger than ever.",
     [(IND, "the economy was stronger than ever", "Donald Trump")]),
    ("Trump Says Economy Is Strong\n\nThe economy grew 3 percent, figures showed.",
     [(IND, "The economy grew 3 percent", "figures")]),
    # a label whose title fits two people of the lead, or none
    ('Mayor: "We are not afraid"\n\nParis Mayor Anne Hidalgo met London Mayor Sadiq Khan on Sunday.',
     [(DIR, "We are not afraid", None)]),
    ('Mayor: "We are not afraid"\n\nPresident Emmanuel Macron said on Sunday the city would keep its bike lanes.',
     [(DIR, "We are not afraid", None), (IND, "the city would keep its bike lanes", "Emmanuel Macron")]),
    ("Obama: 'We will get this done'\n\nPresident Barack Obama said on Monday that the bill would pass.",
     [(DIR, "We will get this done", "Barack Obama"), (IND, "the bill would pass", "Barack Obama")]),
    # "was how" without a name and a recap verb right after it
    ('"It is a disaster," was how the plan was described.', [(DIR, "It is a disaster,", None)]),
    ('"It is a disaster," was how the city reacted.', [(DIR, "It is a disaster,", None)]),
    ('"We will not back down," was how Mayor Anne Hidalgo put it.', [(DIR, "We will not back down,", "Anne Hidalgo")]),
    ('Paris Mayor Anne Hidalgo spoke on Sunday. "We will not back down," was how she put it.',
     [(DIR, "We will not back down,", "Anne Hidalgo")]),
    # a two-word clause inside a line still needs its stop
    ("Minister says talks failed", [(IND, "talks failed", "Minister")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
