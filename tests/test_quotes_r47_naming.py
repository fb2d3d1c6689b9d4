"""Round 47, family naming: quotation marks that name something (a group's name for itself, a name or a title inside a
subject's apposition, hashtags, mottos, code names), English and German, which are no one's words; and the near shapes
where the marks are someone's words (a lower-case self-description, a judgement after "called"/"nannte")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

EN_FIXES = [
    # a name a subject gives itself (was a direct quote with the speaker "which"/"who")
    ('The group, which calls itself "Patriots for Freedom," held a rally on Saturday.', []),
    ('The group, which calls itself "Patriots for Freedom", held a rally on Saturday.', []),
    ('Police arrested a man who calls himself "the Prophet" on Monday.', []),
    # (round 47, enpartial: the report after the comma inside the marks, as with the comma outside them; was [])
    ('The group, which calls itself "Patriots for Freedom," said in a statement that it would hold more rallies.',
     [(IND, "it would hold more rallies", "group")]),
    ('Smith said he was proud of the group, which calls itself "Patriots for Freedom."',
     [(IND, "he was proud of the group", "Smith")]),
    ('"We will not back down," said John Smith, leader of a group that calls itself "Patriots for Freedom."',
     [(DIR, "We will not back down,", "John Smith")]),
    # a name in title case inside the subject's apposition, its comma inside the marks (was a quote of "the rally")
    ('John Smith, who heads a group called "Patriots for Freedom," said the rally was peaceful.',
     [(IND, "the rally was peaceful", "John Smith")]),
    ('John Smith, head of a group known as "Patriots for Freedom," said the rally was peaceful.',
     [(IND, "the rally was peaceful", "John Smith")]),
    ('John Smith, who heads "Patriots for Freedom," said the rally was peaceful.',
     [(IND, "the rally was peaceful", "John Smith")]),
    ('John Smith, the author of "The Road Ahead," said the rally was peaceful.',
     [(IND, "the rally was peaceful", "John Smith")]),
]

EN_GUARDS = [
    # a lower-case self-description stays the subject's words
    ('Donald Trump calls himself "a very stable genius."', [(DIR, "a very stable genius.", "Donald Trump")]),
    # judgements after "called", "branded", "described as" stay partial quotes
    ('Smith called the proposal "reckless and irresponsible."', [(DIR, "reckless and irresponsible.", "Smith")]),
    ('Smith called the proposal "a disgrace."', [(DIR, "a disgrace.", "Smith")]),
    ('Critics branded the plan "a giveaway to the rich."', [(DIR, "a giveaway to the rich.", "Critics")]),
    ('The senator described the bill as "dead on arrival."', [(DIR, "dead on arrival.", "senator")]),
    ('Trump dubbed the investigation "a witch hunt."', [(DIR, "a witch hunt.", "Trump")]),
    # names that were already no quotes (a motto: the writer's own, no speaker)
    ('You know my motto "It Ain\'t Over Till It\'s Over" but we lost.', []),
    ('The plan, dubbed "Project Sunrise," would cut emissions by half.', []),
    ('The bill, known as the "Inflation Reduction Act," passed the Senate.', []),
    ('The army launched Operation "Iron Fist" on Tuesday.', []),
    # a real quotation before an inverted attribution, and after a cue in the subject's sentence
    ('"The Road Ahead," said Smith, "is my best book."',
     [(DIR, "The Road Ahead,", "Smith"), (DIR, "is my best book.", "Smith")]),
    ('Smith, asked about the plan, replied: "Not Now," and walked away.', [(DIR, "Not Now,", "Smith")]),
    ('John Smith, who heads a group called Patriots for Freedom, said the rally was peaceful.',
     [(IND, "the rally was peaceful", "John Smith")]),
]

DE_FIXES = [
    # "sich … nennen" over the name (a relative clause: the cue "nennt" had been kept, a direct quote of "die")
    ("Die Gruppe, die sich „Patrioten für Freiheit“ nennt, hielt am Samstag eine Kundgebung ab.", []),
    ("Müller leitet eine Bewegung, die sich „Letzte Chance“ nennt.", []),
    ("Müller sagte, die Gruppe nenne sich „Freie Bürger“.",
     [(IND, "die Gruppe nenne sich „Freie Bürger“", "Müller")]),
    # a hashtag
    ("Die Kampagne lief unter dem Hashtag „#WirSindMehr“, sagte die Sprecherin.",
     [(IND, "Die Kampagne lief unter dem Hashtag „#WirSindMehr“", "Sprecherin")]),
]

DE_GUARDS = [
    ("Die Bewegung nennt sich „Letzte Generation“ und blockiert Straßen.", []),
    ("Er nannte den Plan „eine Katastrophe“.", [(DIR, "eine Katastrophe", None)]),
    ("Müller nannte den Plan „eine Katastrophe“.", [(DIR, "eine Katastrophe", "Müller")]),
    ("Müller bezeichnete den Plan als „Katastrophe“.", [(DIR, "Katastrophe", "Müller")]),
    ("Der Minister sagte, der sogenannte „Wumms“ werde die Wirtschaft ankurbeln.",
     [(IND, "der sogenannte „Wumms“ werde die Wirtschaft ankurbeln", "Minister")]),
    ("Müller, der eine Gruppe namens „Patrioten für Freiheit“ leitet, sagte, die Kundgebung sei friedlich gewesen.",
     [(IND, "die Kundgebung sei friedlich gewesen", "Müller")]),
]


@pytest.mark.parametrize("text,expected", EN_FIXES + EN_GUARDS)
def test_r47_naming_en(text, expected):
    assert quotes_of(text, "en", with_label=True) == expected


@pytest.mark.parametrize("text,expected", DE_FIXES + DE_GUARDS)
def test_r47_naming_de(text, expected):
    assert quotes_of(text, "de", with_label=True) == expected
