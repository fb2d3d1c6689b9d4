"""Round 44 (helper enreligion): English religion and church news. Sentences written for these tests in the style of
Catholic, Jewish and Muslim community outlets and wire religion coverage (see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        speaker = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), speaker, cue))
    return sorted(out)


@pytest.mark.parametrize("text,expected", [
    # fixes: a rite said is no report ("said Mass", "said a prayer"); the rest of the sentence was its content
    ('Archbishop Daniel Moran said Mass at the flooded parish on Sunday, where he blessed the volunteers.',
     []),
    ('The bishop, who has said Mass in the prison chapel every Christmas, told inmates that they were not forgotten.',
     [('they were not forgotten', IND, 'bishop', 'The bishop', 'told')]),
    ('Cardinal Luis Ortega said a prayer for the miners at the shrine before meeting their families.',
     []),
    ('The pontiff said Mass for the victims and later told reporters that the Church would help rebuild the town.',
     [('the Church would help rebuild the town', IND, 'pontiff', 'The pontiff', 'told')]),
    # fixes: clergy titles written short stay before the name, not the speaker ("Msgr", "Most Rev"); "Cardinal" leaves the name
    ('"Our doors remain open to everyone," said Msgr. Thomas Greer, the rector of the basilica.',
     [('Our doors remain open to everyone,', DIR, 'Thomas Greer', 'Msgr. Thomas Greer', 'said')]),
    ('"The sisters will stay as long as they are needed," said the Most Rev. Anne Keller, bishop of the diocese.',
     [('The sisters will stay as long as they are needed,', DIR, 'Anne Keller', 'the Most Rev. Anne Keller', 'said')]),
    # fixes: the pope's other names are the pope named before ("the pontiff", "the Holy Father", "His Holiness")
    ('Pope Leo XIV met the refugees in the courtyard. "You are not alone," the pontiff told them.',
     [('You are not alone,', DIR, 'Leo XIV', 'the pontiff', 'told')]),
    ("Pope Leo XIV visited the children's hospital on Thursday. The Holy Father said every child deserved care.",
     [('every child deserved care', IND, 'Leo XIV', 'The Holy Father', 'said')]),
    ('Pope Leo XIV greeted the delegation. "Peace is always possible," His Holiness told them.',
     [('Peace is always possible,', DIR, 'Leo XIV', 'His Holiness', 'told')]),
    ('The Rev. Martin Hale said the congregation had raised $40,000 for the shelter.',
     [('the congregation had raised $40,000 for the shelter', IND, 'Martin Hale', 'Rev. Martin Hale', 'said')]),
])
def test_r44_enreligion_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: a rite the diocese announces is still its report; lower-case "mass" is an adjective; "Mass." is
    # Massachusetts; "His Holiness" is no pope when none was named; other clergy reports stay
    ('Cardinal Matteo Ricci told pilgrims that the jubilee was "a time of mercy."',
     [('a time of mercy.', DIR, 'Matteo Ricci', 'Cardinal Matteo Ricci', 'told'),
      ('the jubilee was "a time of mercy."', IND, 'Matteo Ricci', 'Cardinal Matteo Ricci', 'told')]),
    ('Rabbi Miriam Adler told the congregation that the synagogue would reopen next week. The rabbi said security would be increased.',
     [('security would be increased', IND, 'Miriam Adler', 'The rabbi', 'said'),
      ('the synagogue would reopen next week', IND, 'Miriam Adler', 'Rabbi Miriam Adler', 'told')]),
    ('The diocese said the archbishop will say Mass at the cathedral on Friday.',
     [('the archbishop will say Mass at the cathedral on Friday', IND, 'diocese', 'The diocese', 'said')]),
    ('Officials said mass layoffs were planned at the plant.',
     [('mass layoffs were planned at the plant', IND, 'Officials', 'Officials', 'said')]),
    ('The Dalai Lama arrived in Dharamsala. His Holiness told reporters that he felt well.',
     [('he felt well', IND, 'Holiness', 'His Holiness', 'told')]),
    ('"We are ready," said Mass. Gov. Maura Healey on Tuesday.',
     [('We are ready,', DIR, 'Mass', 'Mass', 'said')]),
    ('The imam told worshippers that the mosque would stay open during Ramadan.',
     [('the mosque would stay open during Ramadan', IND, 'imam', 'The imam', 'told')]),
])
def test_r44_enreligion_guards(text, expected):
    assert _got(text) == expected
