"""Round 46, family enspeech: English reported speech of groups and institutions (an inverted speaker with a relative
clause, "it" after a described body with no name, a role with its body before the name in apposition).

Each "fix" row fails against the base commit 2776d42; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix: an inverted speaker's relative clause closes the trailing attribution
    ("fix", "en", "The bill will be vetoed, said a senior official who asked not to be named.",
     "The bill will be vetoed", "senior official"),
    ("fix", "en", "The bill will be vetoed, said an official who declined to be identified.",
     "The bill will be vetoed", "official"),
    ("fix", "en", "The bill will be vetoed, said a source who spoke on condition of anonymity.",
     "The bill will be vetoed", "source"),
    ("fix", "en", "The bill will be vetoed, said officials who asked not to be named.", "The bill will be vetoed", "officials"),
    ("fix", "en", "The bill will be vetoed, said one official who was briefed on the talks.",
     "The bill will be vetoed", "one official"),
    ("fix", "en", "Prices will rise, said analysts who follow the company.", "Prices will rise", "analysts"),
    ("fix", "en", "Prices will rise, according to officials who asked not to be named.", "Prices will rise", "officials"),
    # fix: "it" after a described body with no name is that body
    ("fix", "en", "The ministry summoned the ambassador. It said the strikes were a provocation.",
     "the strikes were a provocation", "ministry"),
    ("fix", "en", "The company said revenue fell. It added that it expected a recovery next year.",
     "it expected a recovery next year", "company"),
    ("fix", "en", "The group said it carried out the attack. It said more attacks would follow.",
     "more attacks would follow", "group"),
    ("fix", "en", "The airline said flights would resume. It said passengers would be rebooked.",
     "passengers would be rebooked", "airline"),
    # fix: a role with its body before a name in apposition is a title word of the name
    ("fix", "en", "A spokesman for the ministry, Ivan Petrov, said the figures were wrong. The spokesman added that a "
     "review was under way.", "a review was under way", "Ivan Petrov"),
    ("fix", "en", "A spokesperson for the company, Jane Smith, said the plant would close. The spokesperson said 200 "
     "jobs would go.", "200 jobs would go", "Jane Smith"),
    # guards
    ("guard", "en", "The bill will be vetoed, said a senior official.", "The bill will be vetoed", "senior official"),
    ("guard", "en", "The bill will be vetoed, said John Smith, who asked not to be named.",
     "The bill will be vetoed", "John Smith"),
    ("guard", "en", "A senior official who asked not to be named said the bill would be vetoed.",
     "the bill would be vetoed", "senior official"),
    ("guard", "en", "The bill will be vetoed, a senior official who asked not to be named said.",
     "The bill will be vetoed", "senior official"),
    ("guard", "en", "Apple said revenue fell. It added that it expected a recovery next year.",
     "it expected a recovery next year", "Apple"),
    ("guard", "en", "The army said the strikes hit military targets. It said no civilians were hurt.",
     "no civilians were hurt", "army"),
    ("guard", "en", "The White House said the bill was flawed. It added that the president would veto it.",
     "the president would veto it", "White House"),
    ("guard", "en", "Russia's foreign ministry said the strikes were a provocation. It added that the ambassador had "
     "been summoned.", "the ambassador had been summoned", "Russia's foreign ministry"),
    ("guard", "en", "A ministry spokesman, Ivan Petrov, said the figures were wrong. The spokesman added that a review "
     "was under way.", "a review was under way", "Ivan Petrov"),
    ("guard", "en", "MOSCOW (Reuters) - The Kremlin said on Tuesday that it had no plans to meet.",
     "it had no plans to meet", "Kremlin"),
    ("guard", "en", "LONDON - Downing Street said the prime minister would travel to Brussels.",
     "the prime minister would travel to Brussels", "Downing Street"),
    ("guard", "en", "Washington has said it will not recognise the vote.", "it will not recognise the vote", "Washington"),
    ("guard", "en", "The deal could be announced next week, people familiar with the matter said.",
     "The deal could be announced next week", "people familiar with the matter"),
    ("guard", "en", "The plan had been shelved, two officials told Reuters, speaking on condition of anonymity.",
     "The plan had been shelved", "two officials"),
]


@pytest.mark.parametrize("kind,lang,text,quote,speaker", ROWS)
def test_r46_enspeech(kind: str, lang: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, lang, quote, speaker)
