"""Round 52, family auditen2 (English wire articles written here: ceasefire talks, a hospital ransomware attack, a
football transfer, a Commons debate): a name after a role and a nationality in apposition ("The mediator, former Swiss
diplomat Henrik Baumann, said"), the he/she after a definite description that stands for a person named before ("The
Morrovian president struck a more hopeful tone. She told …") or after a person's (dis)agreement ("Fellow pundit Jamie
Carver disagreed. "…," he told …"), a bare report whose subject has a long postmodifier before its auxiliary ("said
detectives from the regional cybercrime unit were working"), a cue's gerund after "by" or a comma with its addressee
("by warning members that …"), an infinitive of purpose after taking the floor ("interrupted the exchange to ask
whether …") and a quoted title with a bracketed word ('the "Affordable Homes (Planning) Bill"')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a name after a lower-case role and a nationality, or after a role no first-name list knows (was "the talks"/nothing)
    ('The mediator, former Swiss diplomat Henrik Baumann, said the talks had been "difficult but honest."',
     [(IND, 'the talks had been "difficult but honest."', "Henrik Baumann"),
      (DIR, "difficult but honest.", "Henrik Baumann")]),
    ("The mediator, former diplomat Henrik Baumann, said the talks had failed.",
     [(IND, "the talks had failed", "Henrik Baumann")]),
    # "she" after a definite description standing for a woman named before, a man of unknown sex named between (was
    # the man quoted before)
    ('Veldanian President Arkady Voss said his country was ready.\n\nMorrovian President Lidia Karsk rejected the '
     'accusation. "There is no annexation," she said.\n\nThe mediator, former Swiss diplomat Henrik Baumann, said the '
     'talks had been hard.\n\nAsked whether he trusted his counterpart, Voss smiled. "Trust is earned," he said.\n\n'
     'The Morrovian president struck a more hopeful tone. She told the state broadcaster that a deal could be reached.',
     [(IND, "his country was ready", "Arkady Voss"), (DIR, "There is no annexation,", "Lidia Karsk"),
      (IND, "the talks had been hard", "Henrik Baumann"), (DIR, "Trust is earned,", "Arkady Voss"),
      (IND, "a deal could be reached", "Lidia Karsk")]),
    # "he" after a person's disagreement in the sentence before (was the pundit quoted before)
    ('Pundit Gary Milburn said the race was over. Fellow pundit Jamie Carver disagreed. "People are writing them off too '
     'early," he told the programme.',
     [(IND, "the race was over", "Gary Milburn"), (DIR, "People are writing them off too early,", "Jamie Carver")]),
    # an auxiliary after a subject's long postmodifier (reported nothing)
    ("Northbridge Police said detectives from the regional cybercrime unit were working with the National Cyber "
     "Security Centre.",
     [(IND, "detectives from the regional cybercrime unit were working with the National Cyber Security Centre",
       "Northbridge Police")]),
    ("Kent Police said officers from the regional crime unit had arrived on Monday.",
     [(IND, "officers from the regional crime unit had arrived on Monday", "Kent Police")]),
    # a cue's gerund after "by", or after a comma with its addressee (reported nothing)
    ("Lamb ended the debate by warning that he would suspend anyone.", [(IND, "he would suspend anyone", "Lamb")]),
    ("Lamb closed the session by warning members that he would suspend anyone.",
     [(IND, "he would suspend anyone", "Lamb")]),
    ("Lamb closed the session, warning members that he would suspend anyone.",
     [(IND, "he would suspend anyone", "Lamb")]),
    # an infinitive of purpose after taking the floor (reported nothing)
    ("Conservative backbencher Colin Ferris interrupted the exchange to ask whether ministers had met developers.",
     [(IND, "ministers had met developers", "Colin Ferris")]),
    ("Ferris rose to ask whether ministers had met developers.", [(IND, "ministers had met developers", "Ferris")]),
    ("Smith took to Twitter to say that ministers had met developers.",
     [(IND, "ministers had met developers", "Smith")]),
    # a quoted title with a bracketed word is no quote (was a DIRECT_QUOTE of no one)
    ('MPs clashed over the government\'s "Affordable Homes (Planning) Bill", in one of the most heated sessions.', []),
]

GUARDS = [
    # a listed first name after an agreement, as before
    ('Coach Tom Reed said the season was lost. Analyst Mark Bell agreed. "They have nothing left," he said.',
     [(IND, "the season was lost", "Tom Reed"), (DIR, "They have nothing left,", "Mark Bell")]),
    # a name in apposition with a listed first name, as before
    ("Her neighbor, retired firefighter Gene Pollard, said the fire had spread fast.",
     [(IND, "the fire had spread fast", "Gene Pollard")]),
    ("Its director, Ian Brody, said ministers should act.", [(IND, "ministers should act", "Ian Brody")]),
    # a description with its own apposition and report keeps the person it names
    ('Prime Minister Catherine Doyle spoke first. The Liberal Democrat leader, Judith Amos, said her party would table '
     'amendments. "We support more homes, but not at any price," she said.',
     [(IND, "her party would table amendments", "Judith Amos"),
      (DIR, "We support more homes, but not at any price,", "Judith Amos")]),
    # a description no name stands for keeps its reading
    ('A man was arrested on Monday. He said he had acted alone.', [(IND, "he had acted alone", "man")]),
    # a surname never named in full is no antecedent
    ('Pundit Gary Milburn said the race was over. Carver disagreed. "People are writing them off too early," he told '
     'the programme.',
     [(IND, "the race was over", "Gary Milburn"), (DIR, "People are writing them off too early,", "Gary Milburn")]),
    # a noun after a preposition stays a noun
    ("The storm hit after warnings that it would be severe.", []),
    ("Despite warning signs, the bank collapsed.", []),
    # an infinitive after a verb of refusing or a thing's rise reports nothing
    ("Ferris declined to say whether ministers had met developers.", []),
    # the habitual "used to" is no occasion used, and "without" a gerund reports no act
    ("I used to think that the plan was bad.", []),
    ("You cannot understand politics without acknowledging that voters are angry.", []),
    ("The minister said prayers for the victims of the attack were held.", []),
    # a sentence with a bracketed word in a quotation keeps its quote
    ('He said: "We will win (eventually) the War."', [(DIR, "We will win (eventually) the War.", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    got = [q for q in run(text) if q[0] in (IND, DIR)]
    assert got == expected, got


ARTICLE = Path(__file__).resolve().parent / "data" / "quotes_r52_ceasefire_article.txt"

#: key attributions of the ceasefire article (our own text): two presidents, the mediator, a ministry, a split quote
#: and a quotation over two paragraphs
ARTICLE_KEYS = [
    ("We did not come here to talk for the sake of talking,", "Arkady Voss"),
    ("delaying tactics", "Arkady Voss"),
    ("There is no annexation and there will be no annexation,", "Lidia Karsk"),
    ('the talks had been "difficult but honest."', "Henrik Baumann"),
    ("but both sides agreed to keep talking, and that is not nothing.", "Henrik Baumann"),
    ("a deliberate provocation.", "Veldania's Foreign Ministry"),
    ('a deal could be reached "within weeks, not months."', "Lidia Karsk"),
    ("I believe he wants peace as much as I do,", "Lidia Karsk"),
]


@pytest.mark.parametrize(("quote", "speaker"), ARTICLE_KEYS)
def test_article(quote: str, speaker: str) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = {q: s for _, q, s in run(text)}
    assert quote in got, sorted(got)
    assert got[quote] == speaker, got[quote]


def test_article_no_scare_quote() -> None:
    """The so-called "security zone" is a term, no quote."""
    text = ARTICLE.read_text(encoding="utf-8")
    assert not any(q == "security zone" for _, q, _ in run(text))
