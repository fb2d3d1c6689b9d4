"""Round 48, family ennested2: English nested reports left by ennested. A bare plural of persons inside a report
("Analysts said investors were worried that …", "The mayor said residents complained that …") and a named or plural
addressee of the inner verb ("Smith said Jones told reporters that …", "told CNN that …") give the outer speaker the whole
inner clause (the outer content had been only the inner "that" clause), as does a stance verb ("The lawsuit says Google
knew that …"); a bare plural of persons right after the outer verb is the inner verb's speaker ("Police said witnesses
reported that …" had no inner report); a body's worry inside a report is the outer speaker's report only, as its
conviction is; the inner speaker's span no longer runs back over the outer verb ("The senator said Trump has argued …"
had the span "The senator said Trump")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


def spans(text: str) -> list[str]:
    return sorted(t for t, _ in quotes_of(text, "en", labels=("SPEAKER",)))


IND = "INDIRECT_QUOTE"

FIXES = [
    # a bare plural of persons inside the report: the outer content is the whole clause (was only "rates would rise"),
    # the plural reports its own
    ("Analysts said investors were worried that rates would rise.",
     [(IND, "investors were worried that rates would rise", "Analysts"), (IND, "rates would rise", "investors")]),
    ("Analysts said investors were concerned that rates would rise.",
     [(IND, "investors were concerned that rates would rise", "Analysts"), (IND, "rates would rise", "investors")]),
    ("Analysts said investors feared that rates would rise.",
     [(IND, "investors feared that rates would rise", "Analysts"), (IND, "rates would rise", "investors")]),
    ("The mayor said residents complained that the water was brown.",
     [(IND, "residents complained that the water was brown", "mayor"), (IND, "the water was brown", "residents")]),
    ("The spokesman said doctors warned that the virus could spread.",
     [(IND, "doctors warned that the virus could spread", "spokesman"), (IND, "the virus could spread", "doctors")]),
    ("Officials said protesters claimed that police had fired first.",
     [(IND, "protesters claimed that police had fired first", "Officials"), (IND, "police had fired first", "protesters")]),
    ("The company said customers reported that the app crashed.",
     [(IND, "customers reported that the app crashed", "company"), (IND, "the app crashed", "customers")]),
    ("The governor said lawmakers told her that the bill would pass.",
     [(IND, "lawmakers told her that the bill would pass", "governor"), (IND, "the bill would pass", "lawmakers")]),
    # the bare plural right after the outer verb speaks (the inner report had no speaker)
    ("Police said witnesses reported that the car was red.",
     [(IND, "witnesses reported that the car was red", "Police"), (IND, "the car was red", "witnesses")]),
    ("Smith said officials confirmed that the bridge would close.",
     [(IND, "officials confirmed that the bridge would close", "Smith"), (IND, "the bridge would close", "officials")]),
    ("The report says investigators believe the fire was arson.",
     [(IND, "investigators believe the fire was arson", "report"), (IND, "the fire was arson", "investigators")]),
    ("Analysts said investors fear rates will rise.",
     [(IND, "investors fear rates will rise", "Analysts"), (IND, "rates will rise", "investors")]),
    ("The union said workers believe the deal is unfair.",
     [(IND, "workers believe the deal is unfair", "union"), (IND, "the deal is unfair", "workers")]),
    # a named or plural addressee of the inner verb (was only "the deal was dead" by Smith)
    ("Smith said Jones told reporters that the deal was dead.",
     [(IND, "Jones told reporters that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Jones told CNN that the deal was dead.",
     [(IND, "Jones told CNN that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("The governor said lawmakers told reporters that the bill would pass.",
     [(IND, "lawmakers told reporters that the bill would pass", "governor"), (IND, "the bill would pass", "lawmakers")]),
    # a stance verb inside the report: the outer content is the whole clause (was only "the data was shared"); the
    # stance reports as it does on its own ("Google knew that …" is Google's)
    ("The lawsuit says Google knew that the data was shared.",
     [(IND, "Google knew that the data was shared", "lawsuit"), (IND, "the data was shared", "Google")]),
    # a body's worry inside a report: one report (was a second one by "administration")
    ("Johnson said the administration was worried that the talks would fail.",
     [(IND, "the administration was worried that the talks would fail", "Johnson")]),
    ("The minister said the company was worried that sales would fall.",
     [(IND, "the company was worried that sales would fall", "minister")]),
]

GUARDS = [
    ("Witnesses reported that the car was red.", [(IND, "the car was red", "Witnesses")]),
    ("The administration was worried that the talks would fail.", [(IND, "the talks would fail", "administration")]),
    ("The company said it was worried that sales would fall.",
     [(IND, "it was worried that sales would fall", "company"), (IND, "sales would fall", "company")]),
    ("Smith said Jones told him that the deal was dead.",
     [(IND, "Jones told him that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Jones told the Times that the deal was dead.",
     [(IND, "Jones told the Times that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Tuesday that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("The company said orders showed that demand was strong.", [(IND, "demand was strong", "company")]),
    ("The firm said customers reported record sales.", [(IND, "customers reported record sales", "firm")]),
    ("The group said the talks ended.", [(IND, "the talks ended", "group")]),
    ('"The fire at the depot is under control," the state TV said.',
     [("DIRECT_QUOTE", "The fire at the depot is under control,", "state TV")]),
]

SPEAKER_SPANS = [
    ("The senator said Trump has argued the law is unconstitutional.", ["The senator", "Trump"]),
    ("The spokesman said Johnson has argued the law is unconstitutional.", ["Johnson", "The spokesman"]),
    ("The senator said Trump believes the law is unconstitutional.", ["The senator", "Trump"]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_ennested2(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", SPEAKER_SPANS)
def test_r48_ennested2_speaker_spans(text, expected):
    assert spans(text) == expected
