"""Round 53, family enleft: English leftovers of the auditen and auditnonwire audits. A broadcast transcript's "GUEST:"
and "HOST:" labels name the person the host introduces ("My guest tonight is …", "… joins us", "I'm joined by …") and
the host ("I'm Dana Li"), not "Guest"; "the pensioner", "the teenager", "the centenarian" name the one person named
before with an age of that stage ("Margaret Oakes, 74, …"); a "she" after "A neighbour who gave only her first name,
Sandra, said …" is Sandra; a short past in -ied after an addressee ("told jurors the man lied"); a document "credits"
a quotation ('The presentation credits "…" for …'); "the center" names the body opening the sentence before the last
("The National Hurricane Center said …. Forecasters warned …. "…," the center said"); a place adverb after the subject
("A doctor there said …"); a parenthetical report between the subject and its verb ("The minister, aides said, told
colleagues that …"), and a later "she" is not that subject when "she" was its reporter ("A professor there, she later
recalled, told her that …. ¶ "…," as she once put it"); a place's relative clause after a lower-case noun ("critics at the festival, where the film
premiered, called it …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("HOST: Good evening. I'm Dana Li, and this is The Evening Hour. My guest tonight is Senator Paul Okafor. Senator, "
     "welcome.\n\nGUEST: Thank you, Dana.\n\nHOST: Is the budget dead?\n\nGUEST: No. I told my colleagues that we would "
     "have a deal by Friday.",
     [(IND, 'we would have a deal by Friday', 'Paul Okafor')]),
    ("HOST: This is Morning Edition. I'm Ruth Alvarez. Water is scarce this year. Tomas Reyes runs the valley water "
     "authority. He joins us now from El Centro.\n\nGUEST: Good morning.\n\nHOST: How worried are you?\n\nGUEST: Very. I "
     "told the governor that we would consider paid fallowing.",
     [(IND, 'we would consider paid fallowing', 'Tomas Reyes')]),
    ("HOST: I'm Karen Bloom. I'm joined by Mark Ellison, a farmer in Iowa.\n\nGUEST: Glad to be here.\n\nHOST: I told my "
     "producer that this would be a short segment. Is the harvest late?\n\nGUEST: It is. We said last year the rains "
     "would come late.",
     [(IND, 'this would be a short segment', 'Karen Bloom'), (IND, 'the rains would come late', 'Mark Ellison')]),
    ('Margaret Oakes, 74, who has lived on the street for 40 years, said she felt unsafe. Police said the road was '
     'shut.\n\n"It used to be quiet here," the pensioner said.',
     [(IND, 'she felt unsafe', 'Margaret Oakes'), (IND, 'the road was shut', 'Police'),
      (DIR, 'It used to be quiet here,', 'Margaret Oakes')]),
    ('Chloe Dixon, 16, said she was scared.\n\n"Everyone just ran," the teenager told reporters.',
     [(IND, 'she was scared', 'Chloe Dixon'), (DIR, 'Everyone just ran,', 'Chloe Dixon')]),
    ('Arthur Pike, 101, cut the ribbon. Mayor Jane Holt said the town was proud. The centenarian said he had waited a '
     'long time.',
     [(IND, 'the town was proud', 'Jane Holt'), (IND, 'he had waited a long time', 'Arthur Pike')]),
    ('A neighbour who gave only her first name, Sandra, said she had heard shouting. She told PA she had called an '
     'ambulance.',
     [(IND, 'she had heard shouting', 'Sandra'), (IND, 'she had called an ambulance', 'Sandra')]),
    ('A driver who gave only his first name, Tariq, said the road was icy. "I could not stop," he said.',
     [(IND, 'the road was icy', 'Tariq'), (DIR, 'I could not stop,', 'Tariq')]),
    ('Prosecutor Jane Doe told jurors the man lied.',
     [(IND, 'the man lied', 'Jane Doe')]),
    ('The witness told police the boy lied.',
     [(IND, 'the boy lied', 'witness')]),
    ('The presentation credits "improved classification discipline" for much of the decline.',
     [(DIR, 'improved classification discipline', 'presentation')]),
    ('The report credited "better training" for the fall in injuries.',
     [(DIR, 'better training', 'report')]),
    ('The National Hurricane Center said the storm made landfall near Port Lavon at 8:05 p.m. Forecasters warned that a '
     'surge was possible.\n\n"This is a life-threatening situation," the center said.',
     [(IND, 'the storm made landfall near Port Lavon at 8:05 p.m', 'National Hurricane Center'),
      (IND, 'a surge was possible', 'Forecasters'),
      (DIR, 'This is a life-threatening situation,', 'National Hurricane Center')]),
    ('A doctor there said the ward was full.',
     [(IND, 'the ward was full', 'doctor')]),
    ('Officials there told Reuters the border was closed.',
     [(IND, 'the border was closed', 'Officials')]),
    ('A professor there, she later recalled, told her that fieldwork was "no place for a lady."',
     [(IND, 'A professor there', None), (IND, 'told her that fieldwork was "no place for a lady."', None),
      (IND, 'fieldwork was "no place for a lady."', 'professor'), (DIR, 'no place for a lady.', 'professor')]),
    ('Evelyn Marsh studied biology at Harvard. A professor there, she later recalled, told her that fieldwork was "no '
     'place for a lady." She went anyway.\n\n"I would rather be told no on a mountain," as she once put it.',
     [(IND, 'A professor there', 'Evelyn Marsh'),
      (IND, 'told her that fieldwork was "no place for a lady."', 'Evelyn Marsh'),
      (IND, 'fieldwork was "no place for a lady."', 'professor'), (DIR, 'no place for a lady.', 'professor'),
      (DIR, 'I would rather be told no on a mountain,', 'Evelyn Marsh')]),
    ('The minister, aides said, told colleagues that he would resign.',
     [(IND, 'The minister', 'aides'), (IND, 'told colleagues that he would resign', 'aides'),
      (IND, 'he would resign', 'minister')]),
    ('Some critics at the Galway festival, where the film premiered, called it "glacial."',
     [(DIR, 'glacial.', 'Some critics at the Galway festival')]),
    ('Residents of the town, where the plant closed, said jobs were gone.',
     [(IND, 'jobs were gone', 'Residents of the town')]),
]

GUARDS = [
    # no one introduced, or two people: the label's old reading stays
    ("HOST: Welcome back.\n\nGUEST: Thanks.\n\nHOST: What happened?\n\nGUEST: I told them that we would leave.",
     [(IND, 'we would leave', 'Guest')]),
    ("HOST: I'm Dana Li. Today we hear from Paul Okafor and Mary Cole.\n\nGUEST: Thank you.\n\nHOST: Is it over?\n\n"
     "GUEST: I said that it was over.",
     [(IND, 'it was over', 'Guest')]),
    # an age of another stage, two people of the stage, a role in apposition (round 53, auditen)
    ('Chloe Dixon, 16, said she was scared.\n\n"I ran," the pensioner said.',
     [(IND, 'she was scared', 'Chloe Dixon'), (DIR, 'I ran,', 'pensioner')]),
    ('Tom Hale, 71, and Mary Cole, 80, watched.\n\n"I ran," the pensioner said.',
     [(DIR, 'I ran,', 'pensioner')]),
    ('Margaret Oakes, a pensioner who lives nearby, heard it. "It was quiet here," the pensioner said.',
     [(DIR, 'It was quiet here,', 'Margaret Oakes')]),
    ('A neighbour, who gave her name, said she had heard shouting. She said she called police.',
     [(IND, 'she had heard shouting', 'neighbour'), (IND, 'she called police', 'neighbour')]),
    ('A neighbour, Sandra, said she had heard shouting.',
     [(IND, 'she had heard shouting', 'Sandra')]),
    ('Jane Doe told jurors the man died.',
     [(IND, 'the man died', 'Jane Doe')]),
    # "credits" of no document before a quotation
    ('He credited his coach for the win.', []),
    ('The film credits list her as producer.', []),
    ('We need more tax credits "for ownership" now.', []),
    ('The National Hurricane Center said the storm made landfall. "This is a life-threatening situation," the center said.',
     [(IND, 'the storm made landfall', 'National Hurricane Center'),
      (DIR, 'This is a life-threatening situation,', 'National Hurricane Center')]),
    ('Forecasters said the storm was strong. Residents fled.\n\n"This is a life-threatening situation," the center said.',
     [(IND, 'the storm was strong', 'Forecasters'), (DIR, 'This is a life-threatening situation,', 'center')]),
    ('A man at the scene said the car was speeding. He went home.\n\n"It was terrible," he said.',
     [(IND, 'the car was speeding', 'man at the scene'), (DIR, 'It was terrible,', 'man at the scene')]),
    ('We were there, she said.',
     [(IND, 'We were there', None)]),
    ('The bill, critics said, would gut the agency.',
     [(IND, 'The bill', 'critics'), (IND, 'would gut the agency', 'critics')]),
    ('Prices rose in the city, where the plant closed, officials said.',
     [(IND, 'Prices rose in the city, where the plant closed', 'officials')]),
    ('Critics at Cannes, where the film premiered, said it was slow.',
     [(IND, 'it was slow', 'Critics at Cannes')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r53_enleft(text: str, want: list) -> None:
    assert run(text) == want
