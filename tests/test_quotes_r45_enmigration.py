"""Round 45 (helper enmigration): English immigration, asylum and border news. Sentences written for these tests in the
style of wire, local-paper and refugee-agency coverage of borders and asylum (not copied from them)."""

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


# fixes: each row fails against the frozen tree (bd31c81)
@pytest.mark.parametrize(("text", "expected"), [
    # a time adjunct after the cue of a direct quote is no reported clause ("this week in a statement" was one)
    ('"The shelters are full and the children are sick," the bishop said this week in a statement.',
     [('The shelters are full and the children are sick,', DIR, 'bishop', 'the bishop', 'said')]),
    ('"We are turning no one away," the agency\'s director said this morning in an email.',
     [('We are turning no one away,', DIR, "agency's director", "the agency's director", 'said')]),
    # "that night" is no complementizer with a clause "night …"
    ('"Go back to Mexico," an agent told the group in Spanish that night near the fence.',
     [('Go back to Mexico,', DIR, 'agent', 'an agent', 'told')]),
    ('"We have nowhere to sleep," a mother told volunteers that afternoon at the bridge.',
     [('We have nowhere to sleep,', DIR, 'mother', 'a mother', 'told')]),
    # "who" after a person's place of origin or after an apposition belongs to the person
    ('"Nobody told us anything," said Rosa Hernandez of Guatemala, who said she had waited four months in Tijuana.',
     [('Nobody told us anything,', DIR, 'Rosa Hernandez', 'Rosa Hernandez of Guatemala', 'said'),
      ('she had waited four months in Tijuana', IND, 'Rosa Hernandez', 'who', 'said')]),
    ('"I left because they threatened my son," said Maria, a 34-year-old from Honduras, who said she crossed the river '
     'at night.',
     [('I left because they threatened my son,', DIR, 'Maria', 'Maria', 'said'),
      ('she crossed the river at night', IND, 'Maria', 'who', 'said')]),
    ('Jose Ramirez, a 41-year-old Salvadoran man who says he was beaten by gang members, has been waiting at the port '
     'for a week.',
     [('he was beaten by gang members', IND, 'Jose Ramirez', 'who', 'says')]),
    ('Carlos Mendoza, 29, a bricklayer who said he fled Caracas in March, sleeps in a tent by the river.',
     [('he fled Caracas in March', IND, 'Carlos Mendoza', 'who', 'said')]),
    # a migrant's nationality names the person just quoted
    ('"We were forty on one boat," said Ahmed Khalil. "Two of us did not make it," the Syrian added.',
     [('Two of us did not make it,', DIR, 'Ahmed Khalil', 'the Syrian', 'added'),
      ('We were forty on one boat,', DIR, 'Ahmed Khalil', 'Ahmed Khalil', 'said')]),
])
def test_r45_enmigration_fixes(text, expected):
    assert _got(text) == expected


# guards: pass on both trees
@pytest.mark.parametrize(("text", "expected"), [
    ('"We had no food for three days," she said that night.',
     [('We had no food for three days,', DIR, None, 'she', 'said')]),
    ('The Home Office said this week that it would house asylum seekers on former military sites.',
     [('it would house asylum seekers on former military sites', IND, 'Home Office', 'The Home Office', 'said')]),
    ('"The policy is unlawful," the judge wrote in a 30-page ruling.',
     [('The policy is unlawful,', DIR, 'judge', 'the judge', 'wrote')]),
    ('Arrivals rose by a third last month, the UN refugee agency said on Friday.',
     [('Arrivals rose by a third last month', IND, 'UN refugee agency', 'the UN refugee agency', 'said')]),
    ('"We welcome the ruling," said Omar Jadwat, director of the ACLU\'s Immigrants\' Rights Project, who argued the case.',
     [('We welcome the ruling,', DIR, 'Omar Jadwat', 'Omar Jadwat', 'said')]),
    ('"It is not safe to go back," said a friend of Sarah Miller, who asked not to be named.',
     [('It is not safe to go back,', DIR, 'friend of Sarah Miller', 'a friend of Sarah Miller', 'said')]),
    ('Honduran Carlos Mejia said the smugglers took all his money.',
     [('the smugglers took all his money', IND, 'Carlos Mejia', 'Honduran Carlos Mejia', 'said')]),
])
def test_r45_enmigration_guards(text, expected):
    assert _got(text) == expected
