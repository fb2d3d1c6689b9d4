"""Round 47, family pronobj: English and German pronoun speakers whose antecedent is not the previous subject but an
object, a preposition's object or a kin apposition (one person of the pronoun's gender only), and the guards where the
pronoun stays unresolved (two coordinated people of its gender, a name of unknown gender, plural "they"/"sie")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # English: the one man or woman named as a preposition's object in the sentence before
    ('Hillary Clinton spoke in Ohio with Donald Trump in the audience. "This is a disgrace," he said.',
     "en", [(DIR, "This is a disgrace,", "Donald Trump")]),
    ("Angela Merkel spoke with French President Emmanuel Macron on the phone. He said the call was friendly.",
     "en", [(IND, "the call was friendly", "Emmanuel Macron")]),
    ('Angela Merkel spoke with French President Emmanuel Macron on the phone. "The call was friendly," he said.',
     "en", [(DIR, "The call was friendly,", "Emmanuel Macron")]),
    ("Voters cheered for Donald Trump in Ohio. He said the crowd was huge.",
     "en", [(IND, "the crowd was huge", "Donald Trump")]),
    ("Clinton, who spoke with Donald Trump on Monday, was cheerful. He said the talks went well.",
     "en", [(IND, "the talks went well", "Donald Trump")]),
    ("The letter from Donald Trump was read aloud. He said the campaign was going well.",
     "en", [(IND, "the campaign was going well", "Donald Trump")]),
    ('Hillary Clinton spoke in Ohio with Mr. Trump in the audience. "This is a disgrace," he said.',
     "en", [(DIR, "This is a disgrace,", "Trump")]),
    ('The crowd in Ohio cheered for Mrs. May. "This is a disgrace," she said.',
     "en", [(DIR, "This is a disgrace,", "May")]),
    # English: a lone first name after a kin noun (named as written, as '"…," said Melania' is)
    ("Donald Trump spoke in Ohio with his wife, Melania. She said the campaign was going well.",
     "en", [(IND, "the campaign was going well", "Melania")]),
    ("Donald Trump spoke in Ohio with his wife Melania. She said the campaign was going well.",
     "en", [(IND, "the campaign was going well", "Melania")]),
    ("Barack Obama visited the school with his wife, Michelle. She said the children were wonderful.",
     "en", [(IND, "the children were wonderful", "Michelle")]),
    ("Donald Trump was joined by his daughter, Ivanka. She said her father would win.",
     "en", [(IND, "her father would win", "Ivanka")]),
    # two coordinated people of the pronoun's gender: no one (was the second)
    ("The board fired John Smith and Peter Brown. He said the decision was unfair.",
     "en", [(IND, "the decision was unfair", None)]),
    ("Mary Jones thanked John Smith and Peter Brown. He said the decision was unfair.",
     "en", [(IND, "the decision was unfair", None)]),
    ("Der Vorstand entließ Peter Müller und Hans Weber. Er sagte, die Entscheidung sei unfair.",
     "de", [(IND, "die Entscheidung sei unfair", None)]),
    ("Anna Schmidt lobte Peter Müller und Hans Weber. Er sagte, die Entscheidung sei unfair.",
     "de", [(IND, "Anna Schmidt lobte Peter Müller und Hans Weber", "Anna Schmidt"),
            (IND, "die Entscheidung sei unfair", None)]),
    # German: "Tino" is a man's first name
    ("Die AfD hat Tino Chrupalla gewählt. Er sagte, die Partei sei geeint.",
     "de", [(IND, "die Partei sei geeint", "Tino Chrupalla")]),
    ("Die AfD hat Tino Chrupalla gewählt. „Die Partei ist geeint“, sagte er.",
     "de", [(DIR, "Die Partei ist geeint", "Tino Chrupalla")]),
]

GUARDS = [
    # two men as a preposition's objects, another gender, "they", a name of unknown gender: no one or unchanged
    ('Hillary Clinton spoke in Ohio with Donald Trump and Joe Biden in the audience. "This is a disgrace," he said.',
     "en", [(DIR, "This is a disgrace,", None)]),
    ('Hillary Clinton spoke in Ohio with Donald Trump in the audience. "This is a disgrace," she said.',
     "en", [(DIR, "This is a disgrace,", "Hillary Clinton")]),
    ('Hillary Clinton spoke in Ohio with Donald Trump in the audience. "This is a disgrace," they said.',
     "en", [(DIR, "This is a disgrace,", None)]),
    ('Hillary Clinton spoke with Kelly Smith in Ohio. "This is a disgrace," he said.',
     "en", [(DIR, "This is a disgrace,", None)]),
    ("Donald Trump spoke with his wife, Melania, and his daughter, Ivanka. She said the campaign was going well.",
     "en", [(IND, "the campaign was going well", None)]),
    ("Donald Trump spoke in Ohio about his wife, Melania. He said the campaign was going well.",
     "en", [(IND, "the campaign was going well", "Donald Trump")]),
    ("Donald Trump was joined by his son, Eric. He said the campaign was going well.",
     "en", [(IND, "the campaign was going well", "Donald Trump")]),
    ("Gov Walker on Mike Porcaro show yesterday when asked why our state government is so big he acknowledged "
     "it's much larger than other states.", "en", [(IND, "it's much larger than other states", None)]),
    # the subject or the object of the pronoun's gender, as before
    ("Hillary Clinton met Donald Trump on Monday. He said the talks were productive.",
     "en", [(IND, "the talks were productive", "Donald Trump")]),
    ("Donald Trump met Joe Biden on Monday. He said the talks were productive.",
     "en", [(IND, "the talks were productive", "Donald Trump")]),
    ("Angela Merkel travelled to Paris with her husband, Joachim Sauer. He said the trip was private.",
     "en", [(IND, "the trip was private", "Joachim Sauer")]),
    ("The board fired John Smith and Mary Jones. She said the decision was unfair.",
     "en", [(IND, "the decision was unfair", "Mary Jones")]),
    ("The board fired John Smith and Mary Jones. He said the decision was unfair.",
     "en", [(IND, "the decision was unfair", "John Smith")]),
    ("The board fired John Smith and Peter Brown. They said the decision was unfair.",
     "en", [(IND, "the decision was unfair", None)]),
    ("Reporters asked John Smith whether he would run again, and he said he had not decided.",
     "en", [(IND, "he would run again", "Reporters"), (IND, "he had not decided", "John Smith")]),
    ("Die Partei nominierte Anna Schmidt. Sie erklärte, sie freue sich auf den Wahlkampf.",
     "de", [(IND, "sie freue sich auf den Wahlkampf", "Anna Schmidt")]),
    ("Angela Merkel traf sich mit Emmanuel Macron in Paris. Er sagte, das Treffen sei gut gewesen.",
     "de", [(IND, "das Treffen sei gut gewesen", "Emmanuel Macron")]),
    ("Peter Müller sprach mit Hans Weber. Er sagte, die Lage sei ernst.",
     "de", [(IND, "die Lage sei ernst", "Peter Müller")]),
    ("Der Vorstand entließ Peter Müller und Hans Weber. Sie sagten, die Entscheidung sei unfair.",
     "de", [(IND, "die Entscheidung sei unfair", None)]),
    ("Frau Schmidt sprach mit Herrn Müller. Er sagte, die Lage sei ernst.",
     "de", [(IND, "die Lage sei ernst", "Müller")]),
]


@pytest.mark.parametrize("text,lang,expected", FIXES)
def test_r47_pronobj_fixes(text, lang, expected):
    assert sorted(quotes_of(text, lang, with_label=True)) == sorted(expected)


@pytest.mark.parametrize("text,lang,expected", GUARDS)
def test_r47_pronobj_guards(text, lang, expected):
    assert sorted(quotes_of(text, lang, with_label=True)) == sorted(expected)
