"""Round 52, family auditseed (four articles written here in the seed's domain and house style: a diaspora group's
statement on a House resolution, a translated speech by Azerbaijan's president, a prime minister's press conference
and the opposition's reply, a parish anniversary): a person's name in apposition followed by "of the" and a party's
group ("Another opposition lawmaker, Narine Ghazaryan of the Pativ Unem faction, accused …", "A senator, John Hale of
the Democratic Party, said"), a nationality word for the country owning an office ("Azerbaijan's president, Ilham
Aliyev, … the Azeri leader declared"), school years before a name ("Eighth-grader Nareh Avetisyan said" kept the year in the
name), and a work's title after "including"/"such as" ('recited poems by Tumanyan, including "The Dog and the Cat."'
was a DIRECT_QUOTE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a name in apposition, then "of the" and a party's group (reported nothing, or the description spoke)
    ("The talks ended. Another opposition lawmaker, Narine Ghazaryan of the Pativ Unem faction, said the government "
     "had lied.",
     [(IND, "the government had lied", "Narine Ghazaryan")]),
    ("The vote was close. A senator, John Hale of the Democratic Party, said the bill was dead.",
     [(IND, "the bill was dead", "John Hale")]),
    ("The vote was close. Its leader, Tom Hale of the Green Party, said the bill was dead.",
     [(IND, "the bill was dead", "Tom Hale")]),
    # ... and "she" in the next sentence is that woman (was the man quoted before)
    ('The opposition reacted sharply. Armen Vardanyan said the deal was "capitulation." Another opposition lawmaker, '
     'Narine Ghazaryan of the Pativ Unem faction, accused the government of negotiating "behind the backs of the '
     'people." She said the residents had learned about the deal from the media.',
     [(IND, 'the deal was "capitulation."', "Armen Vardanyan"), (DIR, "capitulation.", "Armen Vardanyan"),
      (DIR, "behind the backs of the people.", "Narine Ghazaryan"),
      (IND, "the residents had learned about the deal from the media", "Narine Ghazaryan")]),
    # a nationality word fits the country seen as the office's owner (was "Azeri leader")
    ("Azerbaijan’s president, Ilham Aliyev, spoke on Tuesday. Political analyst Tigran Hovsepian spoke next. “We will "
     "win,” the Azeri leader declared.",
     [(DIR, "We will win,", "Ilham Aliyev")]),
    ("Armenian Prime Minister Nikol Pashinyan spoke first. Azerbaijan’s president, Ilham Aliyev, replied. Political "
     "analyst Tigran Hovsepian spoke next. “We will win,” the Azeri president declared.",
     [(DIR, "We will win,", "Ilham Aliyev")]),
    # school years before a name are no part of it
    ("Eighth-grader Nareh Avetisyan said she was proud.", [(IND, "she was proud", "Nareh Avetisyan")]),
    ("Sophomore Ani Petrosyan said the club would grow.", [(IND, "the club would grow", "Ani Petrosyan")]),
    # a work's title in title case after "including"/"such as" is no quote
    ("Students recited poems by Hovhannes Tumanyan, including “The Dog and the Cat.”", []),
    ("The exhibition shows works by local artists, such as “The Long Road Home.”", []),
]

GUARDS = [
    # a nationality word in the title before the name, as before, next to an owner of another country
    ("Armenian Prime Minister Nikol Pashinyan spoke first. Azerbaijan’s president, Ilham Aliyev, replied. Political "
     "analyst Tigran Hovsepian spoke next. “We will win,” the Armenian leader declared.",
     [(DIR, "We will win,", "Nikol Pashinyan")]),
    # a title with no full stop was no quote before either
    ("The choir sang hymns such as “Holy Is the Lord” at the service.", []),
    # a person of a place, as before
    ("Rep. Trey Gowdy of South Carolina said the bill was dead.", [(IND, "the bill was dead", "Trey Gowdy")]),
    ("The vote was close. A lawmaker, Narine Ghazaryan of Pativ, said the bill was dead.",
     [(IND, "the bill was dead", "Narine Ghazaryan")]),
    # a role already known stays out of the name; "Senior" before a title stays as before
    ("Student Nareh Avetisyan said she was proud.", [(IND, "she was proud", "Nareh Avetisyan")]),
    ("Senior Judge Ani Petrosyan said she was proud.", [(IND, "she was proud", "Ani Petrosyan")]),
    # words after "including" that are no title stay a quote
    ("Officials cited several reasons, including “we do not have the money to do it.”",
     [(DIR, "we do not have the money to do it.", None)]),
    ('"Stop the war now," Vardanyan said, including the demand in his speech.',
     [(DIR, "Stop the war now,", "Vardanyan")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    got = [q for q in run(text) if q[0] in (IND, DIR)]
    assert got == expected, got


ARTICLE = Path(__file__).resolve().parent / "data" / "quotes_r52_presser_article.txt"

#: key attributions of the press-conference article (our own text): the prime minister, his foreign minister, the
#: Parliament Speaker, two opposition lawmakers, the ruling party's faction leader, an archbishop and a resident
ARTICLE_KEYS = [
    ("saves lives", "Nikol Pashinyan"),
    ("We have received guarantees that the roads and the gas pipeline will remain under Armenian control,",
     "Nikol Pashinyan"),
    ("the commissions of the two countries would continue their work in the coming months", "Ararat Mirzoyan"),
    ("without delay.", "Alen Simonyan"),
    ("Pashinyan has no mandate to redraw the borders of Armenia. This is capitulation, not peace,", "Armen Vardanyan"),
    ("behind the backs of the people.", "Narine Ghazaryan"),
    ("from Azerbaijani media.", "Narine Ghazaryan"),
    ("organized by the same forces that lost the war in 2020.", "Hayk Martirosyan"),
    ("We are not fighting against anyone. We are fighting for our homeland,", "Bagrat Galstanyan"),
    ("My house is two hundred meters from the new border. Who will protect us?", "Gohar Sargsyan"),
    ("We have done our part. Now it is up to Azerbaijan,", "Nikol Pashinyan"),
]


@pytest.mark.parametrize(("quote", "speaker"), ARTICLE_KEYS)
def test_article(quote: str, speaker: str) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = {q: s for _, q, s in run(text)}
    assert quote in got, sorted(got)
    assert got[quote] == speaker, got[quote]
