"""Round 52, family enleft: English leftovers (probe sentences written for this round). A bare plural subject before a
partial quotation that opens with its present verb is reported as the past one is ('Union leaders said workers "deserve
better."', also with "says", after "that", 'said that workers "deserved better."', and with a one-word quoted verb,
'said workers "deserve" better pay'; only the quotation was kept); the possessor opening the sentence before is no
antecedent of "he"/"she" after its speaker ("Anna Berg's mother, Ruth, said …. She said …" is Ruth, "Tom Reed's lawyer
said …. He said …" the lawyer; both were the possessor). Guards: a pronoun inside a quotation about someone else leaves
the speaker of the next attribution alone ("“He never let us down,” his daughter said of her father. She added …" is
the daughter)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Union leaders said workers "deserve better."',
     [(IND, 'workers "deserve better."', 'Union leaders'), (DIR, 'deserve better.', 'Union leaders')]),
    ('Union leaders say workers "deserve better."',
     [(IND, 'workers "deserve better."', 'Union leaders'), (DIR, 'deserve better.', 'Union leaders')]),
    ('The union says members "want a fair deal."',
     [(IND, 'members "want a fair deal."', 'union'), (DIR, 'want a fair deal.', 'union')]),
    ('Nurses said patients "wait far too long."',
     [(IND, 'patients "wait far too long."', 'Nurses'), (DIR, 'wait far too long.', 'Nurses')]),
    ('Union leaders said workers "deserve" better pay.',
     [(IND, 'workers "deserve" better pay', 'Union leaders'), (DIR, 'deserve', 'Union leaders')]),
    ('Critics said officials "forgot" the poor.',
     [(IND, 'officials "forgot" the poor', 'Critics'), (DIR, 'forgot', 'Critics')]),
    ('Union leaders said that workers "deserved better."',
     [(IND, 'workers "deserved better."', 'Union leaders'), (DIR, 'deserved better.', 'Union leaders')]),
    ('The mayor said that Harris "has failed."',
     [(IND, 'Harris "has failed."', 'mayor'), (DIR, 'has failed.', 'mayor')]),
    ('Anna Berg runs a bakery in Malmo. Anna Berg’s mother, Ruth, said the shop changed everything. She said the hours '
     'were long.',
     [(IND, 'the shop changed everything', 'Ruth'), (IND, 'the hours were long', 'Ruth')]),
    ('Anna Berg runs a bakery in Malmo. Anna Berg’s mother says the shop changed everything. She says the hours are long.',
     [(IND, 'the shop changed everything', 'Anna Berg’s mother'), (IND, 'the hours are long', 'Anna Berg’s mother')]),
    ('Tom Reed’s lawyer said the case was weak. He said the charges would be dropped.',
     [(IND, 'the case was weak', 'Tom Reed’s lawyer'), (IND, 'the charges would be dropped', 'Tom Reed’s lawyer')]),
]

GUARDS = [
    # (a) a he/she inside the quotation about someone else
    ('Tom Reed died last year. “He never let us down,” his daughter said of her father. She added that the family was '
     'grateful.',
     [(DIR, 'He never let us down,', 'daughter'), (IND, 'the family was grateful', 'daughter')]),
    ('Tom Reed died last year. “He never let us down,” his son said of his father. He added that the family was grateful.',
     [(DIR, 'He never let us down,', 'son'), (IND, 'the family was grateful', 'son')]),
    ('Tom Reed retired last year. “He never let us down,” the coach said. He added that the club would miss him.',
     [(DIR, 'He never let us down,', 'coach'), (IND, 'the club would miss him', 'coach')]),
    ('Mark Hill and Ann Cole spoke. “He never let us down,” he said. He added that the family was grateful.',
     [(DIR, 'He never let us down,', 'Mark Hill'), (IND, 'the family was grateful', 'Mark Hill')]),
    ('Tom Reed died last year. “He never let us down,” his daughter, Ann Reed, said of her father. She added that the '
     'family was grateful.',
     [(DIR, 'He never let us down,', 'Ann Reed'), (IND, 'the family was grateful', 'Ann Reed')]),
    ('Tom Reed died last year. “He never let us down,” his daughter said. “He was always there,” she added.',
     [(DIR, 'He never let us down,', 'daughter'), (DIR, 'He was always there,', 'daughter')]),
    # (b) partial quotations after a cue with no subject before them
    ('Union leaders said workers "deserved better."',
     [(IND, 'workers "deserved better."', 'Union leaders'), (DIR, 'deserved better.', 'Union leaders')]),
    ('Critics argue tenants "need real protection" from eviction.',
     [(IND, 'tenants "need real protection" from eviction', 'Critics'), (DIR, 'need real protection', 'Critics')]),
    ('Union leaders said the workers "felt betrayed."',
     [(IND, 'the workers "felt betrayed."', 'Union leaders'), (DIR, 'felt betrayed.', 'Union leaders')]),
    ('The coach praised students "who never quit" at the ceremony.',
     [(DIR, 'who never quit', 'coach')]),
    ('She said again "never again."',
     [(DIR, 'never again.', None)]),
    ('He said later "it was over."',
     [(DIR, 'it was over.', None)]),
    ('The union thanked members "for everything."',
     []),
    ('Trump said he "alone can fix it."',
     [(DIR, 'alone can fix it.', 'Trump')]),
    # (c) a possessive subject's pronoun chain
    ('Anna Berg runs a bakery in Malmo. Her mother, Ruth, says the shop changed everything. She says the hours are long.',
     [(IND, 'the shop changed everything', 'Ruth'), (IND, 'the hours are long', 'Ruth')]),
    ('Anna Berg runs a bakery in Malmo. Her mother says the shop changed everything. She says the hours are long.',
     [(IND, 'the shop changed everything', 'mother'), (IND, 'the hours are long', 'mother')]),
    ('Tom Reed said the trial was unfair. Tom Reed’s lawyer was absent. He said the charges were false.',
     [(IND, 'the trial was unfair', 'Tom Reed'), (IND, 'the charges were false', 'Tom Reed')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_enleft_r52(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
