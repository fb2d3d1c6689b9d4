"""Round 53, family seedleft (the English leftovers of the round-53 seed-domain audit). A title's remit in lower-case
words after "for"/"of" is part of the speaker ("The envoy for peace told reporters that …", "the commissioner for human
rights said", "the minister of state for health", "Lawyers for victims said"; reported nothing); a plural "they" takes
no singular everyday person or kin ("My cousin … says …. They told him …" was the cousin), and a commenter's kin in
the plural speaks ("My cousins in Goris say …" was "Goris"); "talking about"/"spoke of" with a quotation right after
it is its subject's ('Cavusoglu talking about "brotherly Azerbaijan" while Turkey still denies …' was Turkey's), and a
short quotation is no word of a cue in a clause that a subordinator opens right after it; a coordinated "agreed"
without "that" is no second cue ("said the envoys had met in Vienna and agreed to open the border" ended before "and
agreed"); "her" before a subject pronoun is the addressee ("told her it would take a week" began at "her"). A lone
surname before a colon already resolves to the full name named earlier in the same document (a comment is annotated
without its article); labels such as "Update:" name no one."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
SPK = "SPEAKER"


def run(text: str, kind: str = "article") -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", kind=kind, with_label=True) if q[0] in (IND, DIR)]


def speakers(text: str, kind: str = "article") -> list[str]:
    return [q[1] for q in quotes_of(text, "en", kind=kind, labels=(SPK,), with_label=True)]


FIXES = [
    # a title's remit in lower-case words after "for"/"of" (reported nothing)
    ("article", "The envoy for peace told reporters that the talks would resume in May.",
     [(IND, "the talks would resume in May", "envoy for peace")]),
    ("article", "The commissioner for human rights said the new law was unfair.",
     [(IND, "the new law was unfair", "commissioner for human rights")]),
    ("article", "The minister of state for health told the BBC that hospitals were full.",
     [(IND, "hospitals were full", "minister of state for health")]),
    ("article", "A spokesman for security forces said two soldiers had died.",
     [(IND, "two soldiers had died", "spokesman for security forces")]),
    ("article", "Lawyers for victims said the ruling was a relief.",
     [(IND, "the ruling was a relief", "Lawyers for victims")]),
    # a plural "they" takes no singular kin or everyday person (was the cousin, the neighbour)
    ("comment", "My cousin says the villagers are packing. They told him the posts are close.",
     [(IND, "the villagers are packing", "cousin"), (IND, "the posts are close", None)]),
    ("comment", "My neighbour says the water is off. They said it would take a week.",
     [(IND, "the water is off", "neighbour"), (IND, "it would take a week", None)]),
    # a commenter's kin in the plural before a place (was the place)
    ("comment", "My cousins in Goris say the villagers are packing.", [(IND, "the villagers are packing", "cousins")]),
    ("comment", "My friends told me that the shop was closed.", [(IND, "the shop was closed", "friends")]),
    # "talking about" / "spoke of" with a quotation right after it (was the "while" clause's subject, or nothing)
    ("comment", "Cavusoglu talking about “brotherly Azerbaijan” while Turkey still denies the Genocide.",
     [(DIR, "brotherly Azerbaijan", "Cavusoglu")]),
    ("article", "The minister spoke of “a new chapter” in relations with Ankara.",
     [(DIR, "a new chapter", "minister")]),
    ("comment", "Erdogan keeps talking about “historic brotherhood” as if nothing happened.",
     [(DIR, "historic brotherhood", "Erdogan")]),
    # a short quotation before a subordinator opening another clause is no word of that clause's cue
    ("comment", "I only listen to “Somewhere in Europe” because when Mike says dance, you dance.", []),
    ("article", "Smith called the deal “a disgrace” while Jones said nothing.", [(DIR, "a disgrace", "Smith")]),
    # a coordinated "agreed" without "that" is no second cue (the report ended before "and agreed")
    ("article", "Rubinyan said the two envoys had last met in Vienna in March and agreed, among other things, to open "
                "the border.",
     [(IND, "the two envoys had last met in Vienna in March and agreed, among other things, to open the border",
       "Rubinyan")]),
    ("article", "The mayor said the unions met on Friday and agreed to end the strike.",
     [(IND, "the unions met on Friday and agreed to end the strike", "mayor")]),
    # "her" before a subject pronoun is the addressee (the content began at "her")
    ("article", "The nurse told her it would take a week.", [(IND, "it would take a week", "nurse")]),
    ("article", "The clerk told her there was no record of the payment.",
     [(IND, "there was no record of the payment", "clerk")]),
    # "he" is no description of a woman or a girl (was the girl)
    ("comment", "Once this girl told my brother that he needed a haircut. So he told her she needed glasses.",
     [(IND, "he needed a haircut", "girl"), (IND, "she needed glasses", None)]),
]

GUARDS = [
    # a remit with an article or a capital was read already; a time phrase after "for" is no remit
    ("article", "The envoy for the talks said the deal was close.", [(IND, "the deal was close", "envoy for the talks")]),
    ("article", "The minister of state for Europe told the BBC that the deal was close.",
     [(IND, "the deal was close", "minister of state for Europe")]),
    ("article", "The minister of health said the hospitals were full.",
     [(IND, "the hospitals were full", "minister of health")]),
    ("article", "The lawyer for years said he was innocent.", []),
    # a plural "they" after a plural subject, and a titled singular, stay as they were
    ("article", "Jurors deliberated for three days. They said the evidence was clear.",
     [(IND, "the evidence was clear", "Jurors")]),
    ("article", "A police spokesman said the road was closed. They said it would reopen.",
     [(IND, "the road was closed", "police spokesman"), (IND, "it would reopen", None)]),
    ("comment", "My cousin in Goris says the villagers are already packing.",
     [(IND, "the villagers are already packing", "cousin")]),
    # "talking about" without a quotation, or with a subject in the air, reports nothing
    ("article", "He talked about the deal for an hour.", []),
    ("comment", "Everyone is talking about “quiet quitting” these days.", []),
    ("comment", "Like these kids on their IG talking about “my future child”", []),
    ("comment", "Democrats keep talking about “common sense” while nothing changes.", []),
    # a cue before the quotation keeps it; a subordinator after a comma was already read
    ("article", "Smith called the deal “a disgrace” while Jones stayed silent.", [(DIR, "a disgrace", "Smith")]),
    # "agreed that" after "and" is still a second cue; a retort tag still ends the content
    ("article", "Smith said the plan was flawed and agreed that it should be scrapped.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it should be scrapped", "Smith")]),
    ("article", "Smith said the plan was flawed and protested the vote.", [(IND, "the plan was flawed", "Smith")]),
    # "she" after a woman's description stays hers
    ("article", "A local woman said the road was closed. She said it had been closed for weeks.",
     [(IND, "the road was closed", "local woman"), (IND, "it had been closed for weeks", "local woman")]),
    # "her" before a noun may be a possessive, as before
    ("article", "Voters told her the economy mattered most.", [(IND, "the economy mattered most", "Voters")]),
    # a lone surname before a colon, named in full before in the same document; a label names no one
    ("comment", "Ruben Rubinyan met his Turkish counterpart in Vienna.\n\nRubinyan: “This does not help build trust.” "
                "Really? What trust?",
     [(DIR, "This does not help build trust.", "Ruben Rubinyan")]),
    ("comment", "Rubinyan: “This does not help build trust.” Really? What trust?",
     [(DIR, "This does not help build trust.", None)]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), FIXES)
def test_quotes_r53_seedleft_fixes(kind, text, expected):
    assert run(text, kind) == expected


@pytest.mark.parametrize(("kind", "text", "expected"), GUARDS)
def test_quotes_r53_seedleft_guards(kind, text, expected):
    assert run(text, kind) == expected


def test_quotes_r53_seedleft_update_label_names_no_one():
    text = "Update: “The talks will resume in May.”"
    assert "Update" not in speakers(text, "comment")
