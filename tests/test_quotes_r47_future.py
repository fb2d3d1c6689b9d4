"""Round 47, family future: planned, habitual and future speech (English "plans to tell", "likes to say", "is going
to tell", a named person's "will say" without a preview word; German "wird sagen", "wird morgen ankündigen", the
joined infinitives "bekanntgeben", "darlegen" after a modal)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

EN_FIXES = [
    # a plan or a habit before "to" and a cue: its subject speaks (reported nothing)
    ("Biden plans to tell lawmakers that the debt ceiling must be raised without conditions.",
     [(IND, "the debt ceiling must be raised without conditions", "Biden")]),
    ("Biden plans to announce on Monday that he will forgive student debt.",
     [(IND, "he will forgive student debt", "Biden")]),
    ("Biden intends to tell Xi that the United States will defend Taiwan.",
     [(IND, "the United States will defend Taiwan", "Biden")]),
    ("The company plans to announce that it will cut 500 jobs.", [(IND, "it will cut 500 jobs", "company")]),
    ("Trump likes to say that he is the most popular president ever.",
     [(IND, "he is the most popular president ever", "Trump")]),
    ("Trump loves to say that nobody has done more for Black Americans.",
     [(IND, "nobody has done more for Black Americans", "Trump")]),
    ("Trump used to say that he would never raise taxes.", [(IND, "he would never raise taxes", "Trump")]),
    ('Biden plans to say, "The state of our union is strong."', [(DIR, "The state of our union is strong.", "Biden")]),
    ('As grandma used to say, "Eat your vegetables."', [(DIR, "Eat your vegetables.", "grandma")]),
    # "is going to" + a cue, as "is expected to"
    ("Trump is going to tell the crowd that the economy is booming.", [(IND, "the economy is booming", "Trump")]),
    ("Trump is going to say that the trial is a witch hunt.", [(IND, "the trial is a witch hunt", "Trump")]),
    # a person named before previews his words with a bare "will say" (was a prediction: no report)
    ("Joe Biden will speak in Philadelphia. Biden will say the country cannot afford another shutdown.",
     [(IND, "the country cannot afford another shutdown", "Joe Biden")]),
    ('Joe Biden will speak in Philadelphia. Biden will say: "We will not back down."',
     [(DIR, "We will not back down.", "Joe Biden")]),
    ("Joe Biden will speak in Philadelphia. Biden will also say that the economy is strong.",
     [(IND, "the economy is strong", "Joe Biden")]),
]

EN_GUARDS = [
    ("The company plans to cut 500 jobs.", []),
    ("Biden plans to visit Ukraine next week.", []),
    ("The money was used to tell voters that the election was rigged.", []),
    ("I used to think that the plan was bad.", []),
    ("He likes to believe he's the greatest at everything.", []),
    ("People are going to believe the orange coward who lies.", []),
    ("Nobody is going to say anything about how bad the plan is?", []),
    ("Biden wants to tell Americans that help is on the way.", []),
    ("Democrats will say that this is fine.", []),
    ("Joe Biden is weak. Republicans will say that he is too old.", []),
    ("Joe Biden is weak. Biden will say anything to win.", []),
    ("Biden will say in a speech on Tuesday that the economy is growing faster than expected.",
     [(IND, "the economy is growing faster than expected", "Biden")]),
    ("Biden is expected to announce that the United States will send more troops to Europe.",
     [(IND, "the United States will send more troops to Europe", "Biden")]),
    ("Trump would later claim that he had never met the woman.", [(IND, "he had never met the woman", "Trump")]),
    ("Trump went on to say that the vaccine was his achievement.", [(IND, "the vaccine was his achievement", "Trump")]),
    ("Trump has long argued that tariffs protect American workers.", [(IND, "tariffs protect American workers", "Trump")]),
    ('"We will not back down," Biden is expected to say.', [(DIR, "We will not back down,", "Biden")]),
]

DE_FIXES = [
    # a future "wird" + an infinitive in -gen is active, no passive without agent (reported nothing or no speaker)
    ("Scholz wird am Dienstag sagen, die Lage habe sich geändert.", [(IND, "die Lage habe sich geändert", "Scholz")]),
    ("Scholz wird sagen, dass die Lage sich geändert habe.", [(IND, "die Lage sich geändert habe", "Scholz")]),
    ("Scholz wird den Abgeordneten sagen, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Scholz")]),
    ("Scholz wird voraussichtlich ankündigen, dass er erneut kandidiert.", [(IND, "er erneut kandidiert", "Scholz")]),
    ("Scholz wird morgen ankündigen, dass er erneut kandidiert.", [(IND, "er erneut kandidiert", "Scholz")]),
    ("Die Polizei wird bestätigen, dass es einen Toten gab.", [(IND, "es einen Toten gab", "Polizei")]),
    ("Die Kanzlerin wird beklagen, dass die Mittel fehlen.", [(IND, "die Mittel fehlen", "Kanzlerin")]),
    ("Merkel wird fragen, ob die Mittel reichen.", [(IND, "die Mittel reichen", "Merkel")]),
    # the joined infinitive of a separable cue after a modal
    ("Scholz will am Mittwoch bekanntgeben, dass er erneut kandidiert.", [(IND, "er erneut kandidiert", "Scholz")]),
    ("Die Firma will am Mittwoch bekanntgeben, dass sie 500 Stellen streicht.",
     [(IND, "sie 500 Stellen streicht", "Firma")]),
    ("Der Minister wird im Ausschuss darlegen, dass die Kosten gestiegen sind.",
     [(IND, "die Kosten gestiegen sind", "Minister")]),
]

DE_GUARDS = [
    ("Scholz wird am Dienstag erklären, dass die Regierung die Steuern senkt.",
     [(IND, "die Regierung die Steuern senkt", "Scholz")]),
    ("Scholz will sagen, die Lage habe sich geändert.", [(IND, "die Lage habe sich geändert", "Scholz")]),
    ("Scholz dürfte am Mittwoch verkünden, dass er erneut kandidiert.", [(IND, "er erneut kandidiert", "Scholz")]),
    ("Scholz hatte zuvor gesagt, er werde erneut kandidieren.", [(IND, "er werde erneut kandidieren", "Scholz")]),
    # passives keep their missing speaker or their agent
    ("Es wurde gesagt, dass die Mittel fehlen.", [(IND, "die Mittel fehlen", None)]),
    ("Es wird beklagt, dass die Mittel fehlen.", [(IND, "die Mittel fehlen", None)]),
    ("Von der Opposition wird bemängelt, dass die Mittel fehlen.", [(IND, "die Mittel fehlen", "Opposition")]),
    ("Es wird erwogen, die Steuern zu senken.", []),
    ("Scholz wollte nicht sagen, ob er erneut kandidiert.", []),
]


@pytest.mark.parametrize("text,expected", EN_FIXES + EN_GUARDS)
def test_r47_future_en(text, expected):
    assert sorted(quotes_of(text, "en", with_label=True)) == sorted(expected)


@pytest.mark.parametrize("text,expected", DE_FIXES + DE_GUARDS)
def test_r47_future_de(text, expected):
    assert sorted(quotes_of(text, "de", with_label=True)) == sorted(expected)
