"""Round 53, family auditseed (four articles with reader comments written here in the seed's domain and house style: a
foreign minister rejecting a "corridor" demand, a prime minister's translated TV interview on a peace treaty, a Turkish
president's precondition for opening the border, a diaspora rally against a blockade). A commenter's kin noun before a
place is the speaker ("My cousin in Goris says …" was "Goris"); a short quotation echoed in a question of the writer's or
after "whose" is no speech ('Is that "baseless" too?', 'whose "peacekeepers" watched'); a handle with a surname in full
labels its quotation ('@Sona Petrosyan: "words are cheap"'); an office with "of" before a name in apposition ("…, Deputy
Speaker of Parliament Ruben Rubinyan, told …" was "Deputy Speaker"); "that" after a request verb's addressee opens the
content ("told Armenpress that linking the process to … was" reported "to third countries was"); a parenthetical
attribution before an auxiliary ("That decision, he said, had not been implemented by the Turkish side." reported
nothing); "said the words "X" out loud" is no report; a content ends before ", then <adverbial> he says"; after
"told reporters that" a name and a quoted predicate are the report ('told reporters that Armenia "will never agree."')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
ARTICLE = Path(__file__).parent / "data" / "quotes_r53_seed_domain_article.txt"


def run(text: str, kind: str = "article") -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", kind=kind, with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # a commenter's kin noun before a place (was the place)
    ("comment", "My cousin in Goris says the villagers are already packing.",
     [(IND, "the villagers are already packing", "cousin")]),
    ("comment", "My aunt from Martakert told me that they get bread twice a week.",
     [(IND, "they get bread twice a week", "aunt")]),
    # an echo in the writer's question, a scare quote after "whose" (were the speaker's words)
    ("comment", 'Hajizada calls it "baseless." Is that "baseless" too?', [(DIR, "baseless.", "Hajizada")]),
    ("comment", 'Peskov says Moscow is ready. The same Moscow whose "peacekeepers" watched while Artsakh was emptied.',
     [(IND, "Moscow is ready", "Peskov")]),
    # a handle with a surname in full labels a short quotation (was nothing)
    ("comment", '@Sona Petrosyan: "words are cheap" — agreed, but what do you want?',
     [(DIR, "words are cheap", "Sona Petrosyan")]),
    # an office with "of" in apposition before the name (was "Deputy Speaker", the content cut at "to")
    ("article", "Armenia's special envoy for normalization with Turkey, Deputy Speaker of Parliament Ruben Rubinyan, "
                "told Armenpress that the talks were useful.", [(IND, "the talks were useful", "Ruben Rubinyan")]),
    ("article", "The envoy, Secretary of State Antony Blinken, said the talks were useful.",
     [(IND, "the talks were useful", "Antony Blinken")]),
    ("article", "The envoy, Antony Blinken, told Armenpress that linking the process to third countries was wrong.",
     [(IND, "linking the process to third countries was wrong", "Antony Blinken")]),
    # a parenthetical attribution before an auxiliary, a capitalised word later (was nothing)
    ("article", "That decision, he said, had still not been implemented by the Turkish side.",
     [(IND, "That decision", None), (IND, "had still not been implemented by the Turkish side", None)]),
    ("article", "The plan, she said, would be blocked by the Russian side.",
     [(IND, "The plan", None), (IND, "would be blocked by the Russian side", None)]),
    # the word said is no report
    ("comment", 'Name one other congressman who said the words "ethnic cleansing" out loud this year.', []),
    # a later report of the speaker's after ", then" and an adverbial (the first content ran on over it)
    ("comment", "Pashinyan says no foreign state can dictate our constitution, then in the next sentence he says we "
                "need a new constitution anyway.",
     [(IND, "no foreign state can dictate our constitution", "Pashinyan"),
      (IND, "we need a new constitution anyway", "Pashinyan")]),
    # after an addressee and "that", a name and its quoted predicate (only the quotation was kept)
    ("article", 'Mirzoyan told reporters that Armenia "will never agree to any arrangement."',
     [(IND, 'Armenia "will never agree to any arrangement."', "Mirzoyan"),
      (DIR, "will never agree to any arrangement.", "Mirzoyan")]),
]

GUARDS = [
    # people in a place stay the speaker with their place; a kin noun without "my" stays as it was
    ("article", "The villagers in Goris say the posts are close.", [(IND, "the posts are close", "villagers in Goris")]),
    # a short quotation going on after an attributed sentence is still the speaker's; a quoted question too
    ("article", 'Aliyev said the talks failed. The position was "unconstructive."',
     [(IND, "the talks failed", "Aliyev"), (DIR, "unconstructive.", "Aliyev")]),
    ("article", 'Aliyev said the talks failed. "why not now?"',
     [(IND, "the talks failed", "Aliyev"), (DIR, "why not now?", "Aliyev")]),
    # a handle's title after its colon stays a title; an initial still labels
    ("comment", '@Sona Petrosyan: "Star Wars" is better.', []),
    ("comment", '@Hagop M.: "words are cheap" — agreed.', [(DIR, "words are cheap", "Hagop M.")]),
    # a relative "that" after a request's addressee stays in the addressee
    ("article", "On Monday, Smith urged the families that live near the plant to leave.", [(IND, "to leave", "Smith")]),
    # an inverted parenthetical attribution was already read
    ("article", "The plan, said Smith, was blocked.", [(IND, "The plan", "Smith"), (IND, "was blocked", "Smith")]),
    # "the word" with a verb of its own is a report
    ("article", 'He said the word "genocide" was banned.', [(IND, 'the word "genocide" was banned', None)]),
    # a past clause after ", then" without a report goes on with the content
    ("article", "He said the prices rose, then in the spring they fell.",
     [(IND, "the prices rose, then in the spring they fell", None)]),
    # an addressee right before the quotation stays no subject
    ("article", 'Mirzoyan told Reuters "we will never agree to any arrangement."',
     [(DIR, "we will never agree to any arrangement.", "Mirzoyan")]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), FIXES)
def test_quotes_r53_auditseed_fixes(kind, text, expected):
    assert run(text, kind) == expected


@pytest.mark.parametrize(("kind", "text", "expected"), GUARDS)
def test_quotes_r53_auditseed_guards(kind, text, expected):
    assert run(text, kind) == expected


ARTICLE_KEYS = [
    ("Turkey would open its border with Armenia only after Yerevan signs a peace agreement with Azerbaijan",
     "Recep Tayyip Erdogan"),
    ("linking the process to third countries was “unacceptable.”", "Ruben Rubinyan"),
    ("We agreed with our Turkish counterparts to proceed without preconditions,", "Ruben Rubinyan"),
    ("That decision", "Ruben Rubinyan"),
    ("had still not been implemented by the Turkish side", "Ruben Rubinyan"),
    ("We continue to encourage Türkiye and Armenia to fully normalize relations,", "Matthew Miller"),
    ("confirm once again that Turkey is not an honest partner.", "Bryan Ardouny"),
    ("Those who expected something different were fooling themselves,", "Tigran Grigoryan"),
]


@pytest.mark.parametrize(("quote", "speaker"), ARTICLE_KEYS)
def test_quotes_r53_auditseed_article(quote: str, speaker: str) -> None:
    got = {q: s for _, q, s in run(ARTICLE.read_text(encoding="utf-8"))}
    assert quote in got, sorted(got)
    assert got[quote] == speaker, got[quote]
