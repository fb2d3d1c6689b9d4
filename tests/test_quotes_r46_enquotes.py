"""Round 46, family enquotes: English direct quotations (a work's title after its noun and a comma or after a new work
noun is no quote; a curly opener closed by a straight mark)."""

import pytest

from tests.quote_cases import quotes_of


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en", labels=("DIRECT_QUOTE",))


CASES = [
    # fixes: a work's title in title case after its noun and a comma
    ('The band\'s new album, "Songs of the Lost and the Found," is out now.', []),
    ('The band released its new album, "We Will Never Give Up Our Land," last week.', []),
    ('Her new book, "Why We Fight: The Story of the Union Movement," will be published in May.', []),
    ('In his book, "The Audacity of Hope," Obama wrote about his mother.', []),
    ('His latest song, “Nothing Left to Lose Tonight,” tops the charts.', []),
    # fixes: new work nouns ("novel", "documentary", "memoir", …)
    ('She is best known for her novel "The Handmaid\'s Tale."', []),
    ('The novel, "The Road to Nowhere," was published in 1998.', []),
    ('Her documentary, "The Price of Silence: A Story of Courage," premieres on Sunday.', []),
    ('He read from his memoir "The Long Road Back to the Valley."', []),
    # fixes: a curly opener closed by a straight mark
    ('“We will not give up our land," said Aliyev.', [("We will not give up our land,", "Aliyev")]),
    ('“We will not give up our land," Aliyev said.', [("We will not give up our land,", "Aliyev")]),
    ('“We will not give up our land," said Aliyev, adding, “The talks have failed."',
     [("We will not give up our land,", "Aliyev"), ("The talks have failed.", "Aliyev")]),
    ('“The first point is that we never agreed to this deal.\n“The second is that the government has misled the public '
     'for years," Smith said.',
     [("The first point is that we never agreed to this deal.", "Smith"),
      ("The second is that the government has misled the public for years,", "Smith")]),
    # guards: speech after a work noun and its cue, speech not in title case, the usual marks
    ('He wrote in his book, "My mother was the kindest person I knew."',
     [("My mother was the kindest person I knew.", None)]),
    ('In his book, Obama wrote, "My mother was the kindest person I knew."',
     [("My mother was the kindest person I knew.", "Obama")]),
    ('The film, "a disaster from start to finish," critics said, lost money.', [("a disaster from start to finish,", "critics")]),
    ('"We will not give up our land," said Aliyev, adding, "The talks have failed."',
     [("We will not give up our land,", "Aliyev"), ("The talks have failed.", "Aliyev")]),
    ('"We will not give up our land,” said Aliyev.', [("We will not give up our land,", "Aliyev")]),
    ('“He said "no" to us and walked away,” Jones said.', [('He said "no" to us and walked away,', "Jones")]),
    ('"We will never," the minister said, "accept this deal."', [("We will never,", "minister"), ("accept this deal.", "minister")]),
    ('Smith said:\n\n"The plan is dead and we must start again."', [("The plan is dead and we must start again.", "Smith")]),
    ('"The first point is that we never agreed to this deal.\n"The second is that we were misled," Smith said.',
     [("The first point is that we never agreed to this deal.", "Smith"), ("The second is that we were misled,", "Smith")]),
    ('The senator accused the administration of employing "delaying tactics."', [("delaying tactics.", "senator")]),
    ('Critics object to the word "occupation" in the resolution.', []),
    ('"They [the rebels] have broken every promise they made," the general said.',
     [("They [the rebels] have broken every promise they made,", "general")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_enquotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(text) == expected
