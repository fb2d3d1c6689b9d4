"""Round 52, family auditcomments: reader comments (English) under three written articles, rows written as our own
sentences and read as comment documents (kind "comment", as `spanbank annotate` reads each comment of an ingested
thread). A commenter's handle with the initial of a surname labels a quotation ('@Maria G.: "…"') and makes a short one
speech ('@Jen: "Good for Lana" — really?'); "my"/"your" and a kin noun before a habit ("As my late father used to say,
"…"", "My dad liked to say that …") is the speaker, also after a sentence-initial "Like"; "Like X said, …" reports
the main clause as "As X said, …" does; "My grandmother lived …. She always said …" is the grandmother; a reported
clause ends before an emoticon (":)", ":(", "<3")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", kind="comment", with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # a handle with a surname's initial labels the quotation after its colon (was no speaker)
    ('@Maria G.: "It\'s OUR money" — yes, and it\'s our city too.', [(DIR, "It's OUR money", "Maria G.")]),
    # a short quotation after a handle's colon is the handle's words (was dropped as a scare quote)
    ('@Jen: "Good for Lana" — really? She left him.', [(DIR, "Good for Lana", "Jen")]),
    ('@Maria: "you people" — really?', [(DIR, "you people", "Maria")]),
    # a kin noun before a habit or a plan (was no speaker, or nothing)
    ('As my late father used to say, "never trust a politician with a shovel."',
     [(DIR, "never trust a politician with a shovel.", "father")]),
    ("My dad liked to say that the city was broke.", [(IND, "the city was broke", "dad")]),
    ("My uncle always used to say that the river belongs to nobody.", [(IND, "the river belongs to nobody", "uncle")]),
    ("Like my professor used to say: borders are just wars that ended.",
     [(IND, "borders are just wars that ended", "professor")]),
    # "Like X said, …" as "As X said, …" (was nothing)
    ("Like Reagan said, government is the problem.", [(IND, "government is the problem", "Reagan")]),
    ("Like I said many times before, the bond is a blank check.", [(IND, "the bond is a blank check", "I")]),
    ('Like my professor said, "borders are just wars that ended."',
     [(DIR, "borders are just wars that ended.", "professor")]),
    # a commenter's kin opening the sentence before is the he/she (was no one)
    ("My grandmother lived on the Sava. She always said the river belongs to the fish.",
     [(IND, "the river belongs to the fish", "grandmother")]),
    ("My dad worked at the plant for years. He said the owners never paid overtime.",
     [(IND, "the owners never paid overtime", "dad")]),
    # an emoticon ends the reported clause (was inside it)
    ("She said the plan is good. :)", [(IND, "the plan is good", None)]),
    ("He said the council would fold :( Sad.", [(IND, "the council would fold", None)]),
    ("Lejla says the talks will resume <3", [(IND, "the talks will resume", "Lejla")]),
]

GUARDS = [
    # a handle alone keeps its quotation, a capitalised initial without its full stop already was a name; no colon, no label
    ('@Raj P: "the bond pays for itself" — sure it does.', [(DIR, "the bond pays for itself", "Raj P")]),
    ('@Ana: "who built the dam" — the dam was approved in 2011.', [(DIR, "who built the dam", "Ana")]),
    ('@Jen "Good for Lana" — really?', []),
    # a title after a handle's colon stays a title
    ('@Jen: "Star Wars" is the better film.', []),
    # a name without "@" before a short quotation stays no label
    ('Jen: "Good for Lana" — really?', []),
    # scare quotes in comments stay no quotes
    ('So the "plan" is to borrow money and hope. Truly "visionary."', []),
    ('"Affordable" for whom? Every "affordable" project here costs $2,400 a month.', []),
    # a belief or a plain habit after a kin noun is no speech
    ("My father used to think that the city was broke.", []),
    ("My father used to work for the city.", []),
    # an object after "my" is no person: no antecedent
    ("My car broke down. He said the owners never paid.", [(IND, "the owners never paid", None)]),
    # a pronoun of the other sex than the kin noun's stays unresolved
    ("My dad worked at the plant. She said the owners never paid overtime.",
     [(IND, "the owners never paid overtime", None)]),
    # "As X said" with a kin noun was already read
    ("As my father said, the city was broke.", [(IND, "the city was broke", "father")]),
    # colons and brackets that are no emoticons
    ("He said the ratio was 3:1 and the score 2 :0.", [(IND, "the ratio was 3:1 and the score 2 :0", None)]),
    ("He said the rule is: (a) no dogs.", [(IND, "the rule is: (a) no dogs", None)]),
    # an imperative after "As X said" stays no report (round 41)
    ("As Maya Angelou said, when someone shows you who they are, believe them the first time.", []),
    # a negated report stays nothing; the quotation after "he said" is his
    ('Reagan never said government is the problem, he said "government is not the solution to our problem."',
     [(DIR, "government is not the solution to our problem.", "Reagan")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_quotes_r52_auditcomments_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_quotes_r52_auditcomments_guards(text, expected):
    assert run(text) == expected
