"""Round 49 (policyobfusc): profanity and insults written obfuscated or varied, and their span.

FIXES: a masked, symbol-written or variant spelling of a listed word that the base annotator
missed or misread; the whole written word is now the span, of the right label (every row fails on
the base sources). The shapes: a run of mask characters that the base collapsed (a****le,
motherf***er, p***y), a mask typed into the word (f*uck, b*itch), a mask run one letter off
(sh**t), a grawlix (F@#$, f#@%), a leet symbol standing for another letter (Sh$t, wh@res),
compounds holding a stem (clusterfuck, chickenshit), spelling variants (fvck, phuck, azz, biatch)
and clipped forms (Damnit, F'n); masked insults (id*ot, m*ron). CLEARED: a hashtag or a masked
word the base misread as profanity or a slur (#it's, F***s News read as a slur).
GUARDS: clean words that hold a listed word or look masked (Scunthorpe, assess, Dickens,
shiitake, Phuket, *Terms apply, p**ple, $$$, an @handle) stay unmarked, and obfuscations the base
already marked stay marked. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document

FIXES = [
    # (text, the word that must be a span, its label)
    # a run of mask characters says how many letters are hidden: it must not be collapsed
    ("The mayor is a complete a****le and everyone knows it.", "a****le", "PROFANITY"),
    ("Somebody tell that motherf***er to sit down.", "motherf***er", "PROFANITY"),
    ("He bragged that he could grab anyone by the p***y.", "p***y", "PROFANITY"),
    ("Or are you just another greedy b*****d like the rest?", "b*****d", "PROFANITY"),
    # a mask typed into the word, a run one letter off
    ("Why the f*uck would anyone vote for this?", "f*uck", "PROFANITY"),
    ("That b*itch took my parking spot again.", "b*itch", "PROFANITY"),
    ("The whole plan is sh**t from start to finish.", "sh**t", "PROFANITY"),
    # a grawlix: every symbol of the run hides a letter
    ("F@#$ this council and its parking fees.", "F@#$", "PROFANITY"),
    ("What the f#@% were they thinking?", "f#@%", "PROFANITY"),
    # a leet symbol that stands for another letter
    ("The minister is full of Sh$t, as always.", "Sh$t", "PROFANITY"),
    # compounds holding a stem
    ("What a clusterfuck this budget turned out to be.", "clusterfuck", "PROFANITY"),
    ("Cutting the school lunches is chickenshit politics.", "chickenshit", "PROFANITY"),
    # spelling variants and clipped forms
    ("fvck this government and its taxes", "fvck", "PROFANITY"),
    ("phuck the tax man", "phuck", "PROFANITY"),
    ("The council can kiss my azz.", "azz", "PROFANITY"),
    ("Go home, biatch.", "biatch", "PROFANITY"),
    ("Damnit, the bus is late again.", "Damnit", "PROFANITY"),
    ("The F'n council did it again.", "F'n", "PROFANITY"),
    # masked insults (three letters shown at least)
    ("Your senator is an id*ot.", "id*ot", "INSULT"),
    ("He is a m*ron.", "m*ron", "INSULT"),
]

CLEARED = [
    # (text, word, label that must no longer cover it)
    ("Cue the #it'sdifferenthere crowd and their chants.", "#it", "PROFANITY"),
    ("I stopped watching F***s News years ago.", "F***s", "IDENTITY_ATTACK"),
]

GUARDS = [
    # (text, word that no PROFANITY or INSULT span may cover)
    ("We drove through Scunthorpe on the way north.", "Scunthorpe"),
    ("The class will assess the results next week.", "assess"),
    ("I am reading Dickens this winter.", "Dickens"),
    ("She ordered a cocktail and the shiitake risotto.", "shiitake"),
    ("We ate at Hell's Kitchen and said hello to the chef.", "hello"),
    ("The flight to Amsterdam was delayed.", "Amsterdam"),
    ("We spent a week in Phuket last spring.", "Phuket"),
    ("*Terms apply. See the store for details.", "Terms"),
    ("The p**ple have spoken, said the cartoon.", "p**ple"),
    ("That restaurant is $$$ but worth it.", "$$$"),
    ("She said *please* twice before leaving.", "please"),
    ("This president* is the worst, footnote below.", "president"),
    ("The bonds are worth US$19 billion.", "US$19"),
    ("Thanks @fuckthemallcops for the link.", "@fuckthemallcops"),
    ("The Kushite kings ruled Egypt.", "Kushite"),
    ("Mr. Yamashita met the press.", "Yamashita"),
    ("*******In political jargon, a useful idiot is someone else.", "*******In"),
]

KEPT = [
    # obfuscations the base already marked: (text, word, label)
    ("What the f*** is this.", "f***", "PROFANITY"),
    ("You are an a$$.", "a$$", "PROFANITY"),
    ("What a load of sh1t.", "sh1t", "PROFANITY"),
    ("Kiss my @ss.", "@ss", "PROFANITY"),
    ("This is s#!t.", "s#!t", "PROFANITY"),
    ("fuuuuck this.", "fuuuuck", "PROFANITY"),
    ("f u c k this government.", "f u c k", "PROFANITY"),
    ("That's bull$hit.", "bull$hit", "PROFANITY"),
    ("you're a r3tard", "r3tard", "INSULT"),
]


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def spans(annotator: PolicyAnnotator, text: str) -> list[tuple[str, int, int]]:
    ann = annotator.annotate(Document(id="t#c1", kind="comment", text=text, meta={"lang": "en"}))
    return [(s.label, s.start, s.end) for s in ann.spans]


def where(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize(("text", "word", "label"), FIXES + KEPT)
def test_obfuscated_word_is_its_span(annotator: PolicyAnnotator, text: str, word: str, label: str) -> None:
    s, e = where(text, word)
    got = spans(annotator, text)
    # the whole written word is covered by a span of the label, which starts at the word
    assert any(lab == label and a == s and b >= e for lab, a, b in got), (text, got)


@pytest.mark.parametrize(("text", "word", "label"), CLEARED)
def test_misread_mask_is_cleared(annotator: PolicyAnnotator, text: str, word: str, label: str) -> None:
    s, e = where(text, word)
    got = spans(annotator, text)
    assert not any(lab == label and a < e and s < b for lab, a, b in got), (text, got)


@pytest.mark.parametrize(("text", "word"), GUARDS)
def test_clean_word_stays_unmarked(annotator: PolicyAnnotator, text: str, word: str) -> None:
    s, e = where(text, word)
    got = spans(annotator, text)
    assert not any(lab in ("PROFANITY", "INSULT") and a < e and s < b for lab, a, b in got), (text, got)
