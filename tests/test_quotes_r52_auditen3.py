"""Round 52, family auditen3: gaps found auditing four English texts that are no wire copy (a magazine profile of a
baker, an opinion column, a Q&A interview, a local-news roundup): older and short first names the lists lacked (Walt,
Marguerite, Edie, Hal, …) left "she" on the man quoted before ('"…," Walt Brenner says. Marguerite Olsen shrugs. "…,"
she says.'); a person known by a listed first name alone opening the sentence before is what a he/she continues
("Daniel is more certain. He says …" was the man quoted before); a habit or plan before "to" and a cue after an
apposition ("Her mother, Ruth, used to tell her that …", "The director, Marcus Bell, likes to say that …" reported
nothing); a transcript's turn label before an apposition ("Q: The orchestra's director, Marcus Bell, called the score
"…"" had no speaker); a place adverb "there" with no finite verb after it is no expletive subject of a reported clause
("the farmers have argued there every morning" reported "there every morning …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('"We solve problems here," Walt Brenner says. Marguerite Olsen looks at the bread. "That was nice," she says.',
     [(DIR, 'We solve problems here,', 'Walt Brenner'), (DIR, 'That was nice,', 'Marguerite Olsen')]),
    ('"We solve problems here," Walt Brenner said. Edie Sorensen, a retired teacher, has come here for years. '
     'She says she loves it.',
     [(DIR, 'We solve problems here,', 'Walt Brenner'), (IND, 'she loves it', 'Edie Sorensen')]),
    ('"We solve problems here," Walt Brenner said. Daniel is more certain. He said it was nice.',
     [(DIR, 'We solve problems here,', 'Walt Brenner'), (IND, 'it was nice', 'Daniel')]),
    ('"It is late," Anna Cole said. Daniel is more certain. "It is early," he says.',
     [(DIR, 'It is late,', 'Anna Cole'), (DIR, 'It is early,', 'Daniel')]),
    ('Her mother, Ruth, used to tell her that bread never lies.',
     [(IND, 'bread never lies', 'Ruth')]),
    ('My teacher, Ingrid Halvorsen, used to tell me that nerves mean you care.',
     [(IND, 'nerves mean you care', 'Ingrid Halvorsen')]),
    ('The director, Marcus Bell, likes to say that the hall is too small.',
     [(IND, 'the hall is too small', 'Marcus Bell')]),
    ('Q: Is it hard?\n\nA: Yes.\n\nQ: The director, Marcus Bell, called the score "the most ambitious thing we have '
     'done." Does that add pressure?\n\nA: No.',
     [(DIR, 'the most ambitious thing we have done.', 'Marcus Bell')]),
    ('The two men argued there for an hour.',
     []),
    ('The same four farmers have argued there every morning for a decade.',
     []),
]

GUARDS = [
    ('"We solve problems here," Walt Brenner said. Mary is more certain. He said it was nice.',
     [(DIR, 'We solve problems here,', 'Walt Brenner'), (IND, 'it was nice', 'Walt Brenner')]),
    ('Her mother used to tell her that bread never lies.',
     [(IND, 'bread never lies', 'mother')]),
    ('Her mother, Ruth, would tell her that bread never lies.',
     [(IND, 'bread never lies', 'Ruth')]),
    ('The director, Marcus Bell, said the score was ambitious.',
     [(IND, 'the score was ambitious', 'Marcus Bell')]),
    ('He argued there was no case.',
     [(IND, 'there was no case', None)]),
    ('He said there probably would be no deal.',
     [(IND, 'there probably would be no deal', None)]),
    ('He said there are no plans.',
     [(IND, 'there are no plans', None)]),
    ('She said there, in the capital, that peace was near.',
     [(IND, 'peace was near', None)]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r52_auditen3(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r52_feature_article.txt"


def test_quotes_r52_feature_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert (DIR, 'too stubborn to let it close.', 'Marguerite Olsen') in got
    assert (DIR, 'That was nice,', 'Marguerite Olsen') in got
    assert (IND, 'bread never lies', 'Ruth') in got
    assert (DIR, "She'll never retire,", 'Daniel') in got
    assert (IND, "she can't imagine the town without it", 'Edie Sorensen') in got
    assert (DIR, "We solve the world's problems here,", 'Walt Brenner') in got
    assert not any(s[1].startswith("there every morning") for s in got)
