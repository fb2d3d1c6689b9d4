"""Round 53, family auditnonwire: gaps found auditing six English texts of genres that are not wire copy (a press
release, a radio interview transcript, a live blog, an obituary, a film review, an investigative piece): a press
release's lead with the company's legal form after a comma or a full stop, its ticker and an apposition ("Harbor Peak
Robotics, Inc. (NASDAQ: HPRB), a leading provider of …, today announced that …" reported nothing); a live blog's entry
heading with a quotation ('8:50 p.m. — "The water came in through the floor"', 'Mayor: "We did everything we could"')
took the speaker of the entry above, and now takes the speaker of the later quotation that repeats its words; a cue
coordinated inside a relative clause ("Walsh, who is 79 and said this would be his last role, …"); a reply's
"he"/"she" is the person just spoken to ("an official tells Michael that …, and he replies, "…""); a scholarly work's
title in apposition ('Her 1991 paper in the journal Biotropica, "Drying Ridges," was dismissed by some reviewers');
"my/your" before plural kin and role nouns and "board" ("My lawyers tell me we would win"); a time adjunct before
"that" and a named subject before a quoted predicate ('said on Friday that Arizona "will not accept …"'); "the center"
for a name ending in Center ("The National Hurricane Center said … the center said")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Harbor Peak Robotics, Inc. (NASDAQ: HPRB), a leading provider of robots, today announced that it has agreed '
     'to buy Lindqvist.',
     [(IND, 'it has agreed to buy Lindqvist', 'Harbor Peak Robotics Inc')]),
    ('Acme Inc. (NYSE: ACM), a maker of robots, said that it has entered into an agreement.',
     [(IND, 'it has entered into an agreement', 'Acme Inc')]),
    ('Harbor Peak Robotics, Inc., a leading provider of robots, announced that it will open a plant.',
     [(IND, 'it will open a plant', 'Harbor Peak Robotics Inc')]),
    ('"We are ready," Daniels said.\n\n8:50 p.m. — "The water came in through the floor"\n\n"The water came in '
     'through the floor first, not the door," Ruth Abernathy said.',
     [(DIR, 'We are ready,', 'Daniels'), (DIR, 'The water came in through the floor', 'Ruth Abernathy'),
      (DIR, 'The water came in through the floor first, not the door,', 'Ruth Abernathy')]),
    ('Tanaka said the generators were running.\n\n7:30 p.m. — Mayor: "We did everything we could"\n\nMayor Dennis '
     'Hollis defended the decision. Hollis said: "We did everything we could with what we had."',
     [(IND, 'the generators were running', 'Tanaka'), (DIR, 'We did everything we could', 'Dennis Hollis'),
      (DIR, 'We did everything we could with what we had.', 'Dennis Hollis')]),
    ('"We are ready," Daniels said.\n\n8:50 p.m. — "The water came in through the floor"\n\nOur reporter is in '
     'Port Lavon.',
     [(DIR, 'We are ready,', 'Daniels'), (DIR, 'The water came in through the floor', None)]),
    ('Walsh, who is 79 and said this would be his last role, gives a fine performance.',
     [(IND, 'this would be his last role', 'Walsh')]),
    ('Anna Berg, who chairs the panel and told reporters the bill was dead, left early.',
     [(IND, 'the bill was dead', 'Anna Berg')]),
    ('When Aidan Keane asks whether it rained, Michael Keane answers, "No." Later, an official tells Michael that the '
     'future is bright, and he replies, "Then the future can climb the stairs."',
     [(IND, 'it rained', 'Aidan Keane'), (DIR, 'No.', 'Michael Keane'), (IND, 'the future is bright', 'official'),
      (DIR, 'Then the future can climb the stairs.', 'Michael Keane')]),
    ('Her 1991 paper in the journal Biotropica, "Drying Ridges," was dismissed by some reviewers as speculative.',
     []),
    ('Her paper, "Drying Ridges," was dismissed by reviewers.',
     []),
    ('My lawyers tell me we would win in court.',
     [(IND, 'we would win in court', 'lawyers')]),
    ('Your board said the plan was unlawful.',
     [(IND, 'the plan was unlawful', 'board')]),
    ('Governor Hobbs said on Friday that Arizona "will not accept a deal that hurts our cities."',
     [(IND, 'Arizona "will not accept a deal that hurts our cities."', 'Hobbs'),
      (DIR, 'will not accept a deal that hurts our cities.', 'Hobbs')]),
    ('The National Hurricane Center said the storm made landfall. "This is bad," the center said.',
     [(IND, 'the storm made landfall', 'National Hurricane Center'), (DIR, 'This is bad,', 'National Hurricane Center')]),
]

GUARDS = [
    ('Acme Inc. (NYSE: ACM) said that it has entered into an agreement.',
     [(IND, 'it has entered into an agreement', 'Acme Inc')]),
    ('Acme Corp (NYSE: ACM), a maker of robots, said that it has entered into an agreement.',
     [(IND, 'it has entered into an agreement', 'Acme Corp')]),
    ('"We are ready," Daniels said.\n\n"The water came in through the floor"\n\nOur reporter is in Port Lavon.',
     [(DIR, 'We are ready,', 'Daniels'), (DIR, 'The water came in through the floor', None)]),
    ('"We are ready," Daniels said. "The water came in through the floor."',
     [(DIR, 'We are ready,', 'Daniels'), (DIR, 'The water came in through the floor.', 'Daniels')]),
    ('Walsh, who said this would be his last role, gives a fine performance.',
     [(IND, 'this would be his last role', 'Walsh')]),
    ('The firm fired Tom Hale, who was 60 and said nothing.',
     []),
    ('Tom Reed met Anna Cole. She asked Tom whether he was ready. She replied that he was.',
     [(IND, 'he was ready', 'Anna Cole'), (IND, 'he was', 'Anna Cole')]),
    ('In his essay he wrote, "We never gave up."',
     [(DIR, 'We never gave up.', None)]),
    ('The paper said "the effect was small."',
     [(DIR, 'the effect was small.', 'paper')]),
    ('I told my friends the show was great.',
     [(IND, 'the show was great', None)]),
    ('Hobbs said on Friday that she "will not accept a deal."',
     [(DIR, 'will not accept a deal.', 'Hobbs')]),
    ('Police searched the Lakeside Shopping Center on Monday. "This is bad," the center said.',
     [(DIR, 'This is bad,', 'center')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r53_auditnonwire(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r53_nonwire_article.txt"


def test_quotes_r53_nonwire_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert (DIR, 'as fast as trucks can roll', 'Miriam Castellano') in got
    assert (DIR, 'The water came in through the floor', 'Ruth Abernathy') in got
    assert (DIR, 'We did everything we could', 'Dennis Hollis') in got
    assert (DIR, 'Our linemen are staged and ready,', 'Keisha Daniels') in got
    assert (IND, 'a storm surge of up to 12 feet was possible along the bay', 'Forecasters') in got
