"""Round 54, family enworld: an audit of international news (foreign ministries and their spokespeople, the Kremlin,
state media, the U.N., capitals as speakers, transliterated names with particles). A belief or hope inside another cue's
report is no quotation's cue ('Its spokesman said Doha hoped the visit would "contribute to stability"' was Doha's
words; `inner_stance_cues`); a country's body with its "of" name ("India's Ministry of External Affairs said" was "India's
Ministry", and "The ministry said" after it); one person's name with "bin" and a capitalised "Al" ("Sheikh Mohammed bin
Abdulrahman Al Thani" was "Al Thani"); the writer's time adjunct after a comma (", a day after officials in Kyiv said …"
was in the report; `time_span_nouns`) and "officials in Kyiv" after "after" (was "Kyiv"); "with host South Africa
saying" (was the sentence's subject); a restrictive relative clause after "according to" a source ('…," according to a
Brazilian official who attended …' reported the relative clause); "He" after "U.S. Secretary of State Antony Blinken,
who …" (the title's "of" hid the name; was a TV station named before). The whole article:
tests/data/quotes_r54_world_article.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENWORLD = [
    # a belief or hope inside a spokesperson's report: the quotation is the spokesperson's
    ('Its spokesman, Majed al-Ansari, said Doha hoped the visit would "contribute to stability in the region."',
     [(IND, 'Doha hoped the visit would "contribute to stability in the region."', 'Majed al-Ansari'),
      (IND, 'the visit would "contribute to stability in the region."', 'Doha'),
      (DIR, 'contribute to stability in the region.', 'Majed al-Ansari')]),
    ('Kirby said Washington believed a deal was "achievable."',
     [(IND, 'Washington believed a deal was "achievable."', 'Kirby'), (IND, 'a deal was "achievable."', 'Washington'),
      (DIR, 'achievable.', 'Kirby')]),
    ('Spokesman Guo Jiakun told reporters that Beijing feared the talks would bring "no results."',
     [(IND, 'Beijing feared the talks would bring "no results."', 'Guo Jiakun'),
      (IND, 'the talks would bring "no results."', 'Beijing'), (DIR, 'no results.', 'Guo Jiakun')]),
    # a country's body with its "of" name, and "the ministry" after it
    ("India's Ministry of External Affairs said troops had opened fire.",
     [(IND, 'troops had opened fire', "India's Ministry of External Affairs")]),
    ("Russia's Ministry of Defence said its forces had withdrawn.",
     [(IND, 'its forces had withdrawn', "Russia's Ministry of Defence")]),
    ("China's Ministry of Foreign Affairs said the call was useful. The ministry said it was calm.",
     [(IND, 'the call was useful', "China's Ministry of Foreign Affairs"),
      (IND, 'it was calm', "China's Ministry of Foreign Affairs")]),
    # one person's name with "bin" and "Al"
    ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told a news conference that the mediators were busy.",
     [(IND, 'the mediators were busy', 'Mohammed bin Abdulrahman Al Thani')]),
    ('Foreign Minister Faisal bin Farhan Al Saud said the talks would go on.',
     [(IND, 'the talks would go on', 'Faisal bin Farhan Al Saud')]),
    # the writer's time adjunct after the report's comma; officials in a capital after "after"
    ('The Kremlin said no date had been set for talks with Ukraine, a day after officials in Kyiv said they were ready.',
     [(IND, 'no date had been set for talks with Ukraine', 'Kremlin'), (IND, 'they were ready', 'officials in Kyiv')]),
    ('The ministry said the talks would resume, two weeks after they collapsed.',
     [(IND, 'the talks would resume', 'ministry')]),
    ('He said the bill passed, 10 days after it was introduced.',
     [(IND, 'the bill passed', None)]),
    ('Prices rose after officials in Beijing said exports fell.',
     [(IND, 'exports fell', 'officials in Beijing')]),
    # an absolute "with" phrase with a lower-case role before the name
    ('Leaders gathered on Tuesday, with host South Africa saying the bloc should grow.',
     [(IND, 'the bloc should grow', 'South Africa')]),
    ('Shares fell, with rival Boeing saying demand was weak.',
     [(IND, 'demand was weak', 'Boeing')]),
    # a restrictive relative clause after "according to" a source
    ('The two leaders agreed that the issue was "not on the agenda," according to a Brazilian official who attended the meeting.',
     [(IND, 'The two leaders agreed that the issue was "not on the agenda,"', 'Brazilian official'),
      (IND, 'the issue was "not on the agenda,"', 'two leaders'), (DIR, 'not on the agenda,', 'two leaders')]),
    # "He" after a name whose title has an "of"
    ('"Our position has not changed," he told Al Jazeera.\n\nU.S. Secretary of State Antony Blinken, who was in Riyadh, '
     'said Washington believed a deal was near. He urged Hamas to accept the proposal.',
     [(DIR, 'Our position has not changed,', None), (IND, 'Washington believed a deal was near', 'Antony Blinken'),
      (IND, 'a deal was near', 'Washington'), (IND, 'to accept the proposal', 'Antony Blinken')]),
]

GUARDS_R54_ENWORLD = [
    # the belief's own subject keeps a quotation without a report around it
    ('Smith hoped the visit would "contribute to stability."',
     [(IND, 'the visit would "contribute to stability."', 'Smith'), (DIR, 'contribute to stability.', 'Smith')]),
    ('Kirby said the talks went well. Washington believed a deal was "achievable."',
     [(IND, 'the talks went well', 'Kirby'), (IND, 'a deal was "achievable."', 'Washington'),
      (DIR, 'achievable.', 'Washington')]),
    ('He said he hoped the visit would "help."',
     [(IND, 'he hoped the visit would "help."', None), (IND, 'the visit would "help."', None), (DIR, 'help.', None)]),
    # a person with "of" and a place, a body's "of" name after an article
    ('Sen. Rand Paul of Kentucky said the bill was bad.', [(IND, 'the bill was bad', 'Rand Paul')]),
    ('The Ministry of Foreign Affairs said troops had opened fire. The ministry said it was calm.',
     [(IND, 'troops had opened fire', 'Ministry of Foreign Affairs'), (IND, 'it was calm', 'Ministry of Foreign Affairs')]),
    ('The U.S. Federal Reserve Jerome Powell said rates would rise.', [(IND, 'rates would rise', 'Jerome Powell')]),
    # a time span that is no adjunct, "after" without a span
    ('The Kremlin said no date had been set, after the talks collapsed.', [(IND, 'no date had been set', 'Kremlin')]),
    ('He said the talks lasted two days.', [(IND, 'the talks lasted two days', None)]),
    ('Markets fell, with many analysts saying the rally was over.', [(IND, 'the rally was over', 'many analysts')]),
    ('Prices rose 5%, according to a trader who asked not to be named.', [(IND, 'Prices rose 5%', 'trader')]),
    ('The police chief said the officer was a veteran, according to WBRZ-TV.',
     [(IND, 'the officer was a veteran', 'police chief')]),
    ('Residents of the flooded towns said the water was rising.',
     [(IND, 'the water was rising', 'Residents of the flooded towns')]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENWORLD + GUARDS_R54_ENWORLD)
def test_r54_enworld_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_ENWORLD = Path(__file__).parent / "data" / "quotes_r54_world_article.txt"


def test_r54_enworld_article() -> None:
    """The mediation article: every quote and its speaker, capitals and bodies as speakers, the time adjunct left out."""
    got = run(ARTICLE_R54_ENWORLD.read_text(encoding="utf-8"))
    assert got == [
        (IND, 'mediators were "working around the clock" to bring the two sides back to the table',
         'Mohammed bin Abdulrahman Al Thani'),
        (DIR, 'working around the clock', 'Mohammed bin Abdulrahman Al Thani'),
        (IND, 'they were ready to meet', 'officials in Kyiv'),
        (DIR, 'We are closer than we have been in months,', 'Mohammed bin Abdulrahman Al Thani'),
        (DIR, 'But we are not there yet.', 'Mohammed bin Abdulrahman Al Thani'),
        (IND, 'no date had been set', 'Kremlin'),
        (IND, 'Moscow was "open to dialogue" but that any meeting had to be "properly prepared."', 'Dmitry Peskov'),
        (DIR, 'open to dialogue', 'Dmitry Peskov'),
        (DIR, 'properly prepared.', 'Dmitry Peskov'),
        (IND, 'New Delhi supported "all efforts conducive to peace."', "India's Ministry of External Affairs"),
        (DIR, 'all efforts conducive to peace.', "India's Ministry of External Affairs"),
        (IND, 'it was in touch with both capitals', "India's Ministry of External Affairs"),
        (IND, 'Beijing hoped the two sides would "resolve differences through dialogue."', 'Guo Jiakun'),
        (IND, 'the two sides would "resolve differences through dialogue."', 'Beijing'),
        (DIR, 'resolve differences through dialogue.', 'Guo Jiakun'),
        (IND, 'China was not a party to the conflict', 'Guo Jiakun'),
        (IND, 'Washington believed a deal was "achievable."', 'Antony Blinken'),
        (IND, 'a deal was "achievable."', 'Washington'),
        (DIR, 'achievable.', 'Antony Blinken'),
        (IND, 'to accept the proposal on the table', 'Antony Blinken'),
        (IND, 'the region wanted "an end to this war."', 'Saudi Arabia'),
        (DIR, 'an end to this war.', 'Saudi Arabia'),
        (IND, 'a sanctions package was "ready to go."', 'senior Western official'),
        (DIR, 'ready to go.', 'senior Western official'),
        (DIR, 'Nobody wants to be blamed for the failure,', 'Hans van der Berg'),
        (IND, "The U.N. Secretary-General's spokesperson, Stephane Dujarric, said the United Nations stood ready to help",
         'U.N. official'),
        (IND, 'the United Nations stood ready to help', 'Stephane Dujarric'),
    ]
