"""Round 34, helper en1 (English election and war reports, 2023-2024): a subject before an apposition
between dashes or before a participle of a cue verb and its channel ("writing on Telegram"), a bare plural
inside a speaker's prepositional chain ("sources at ceasefire talks in Doha"), a possessive in "s'" before
an organisation ("Hamas’ Government Media Office in Gaza"), "he"/"she" never a field of study or an office's
street, and a speaker's words after a colon whose closing mark the paragraph leaves out."""

import pytest

from tests.test_quotes import assert_de_structures, quotes, run, test_en_news_attribution_table


@pytest.mark.parametrize(("text", "expected"), [
    # a participle of a cue verb before its channel is an apposition, not the cue (was: no quote)
    ("The mayor of Odesa, Hennadiy Trukhanov, writing on Telegram, said two ports had been damaged overnight.",
     [("two ports had been damaged overnight", "INDIRECT_QUOTE", "Hennadiy Trukhanov")]),
    ("Lisa Brandt, writing on Facebook, said the shelter would stay open until Friday.",
     [("the shelter would stay open until Friday", "INDIRECT_QUOTE", "Lisa Brandt")]),
    # an apposition between dashes before the cue: the subject before it speaks (was: no quote)
    ("But Tomas Novak - chairman of the farmers' union - told reporters that the subsidy cuts were a betrayal.",
     [("the subsidy cuts were a betrayal", "INDIRECT_QUOTE", "Tomas Novak")]),
    ("Three police officers—two in uniform and one in plain clothes—said the crowd had thrown bottles.",
     [("the crowd had thrown bottles", "INDIRECT_QUOTE", "Three police officers")]),
    ("However, two senior diplomats—one from Qatar and another from Egypt—said a deal was within reach.",
     [("a deal was within reach", "INDIRECT_QUOTE", "two senior diplomats")]),
    # a bare plural inside the speaker's prepositional chain (was the place at its end)
    ("Doctors at field hospitals in Khan Younis said they had run out of anaesthetics.",
     [("they had run out of anaesthetics", "INDIRECT_QUOTE", "Doctors at field hospitals in Khan Younis")]),
    ("Two mediators at truce talks in Cairo said a deal was close.",
     [("a deal was close", "INDIRECT_QUOTE", "Two mediators at truce talks in Cairo")]),
    # a possessive in "s’" before the organisation (was "Topeka")
    ("Kansas’ Election Office in Topeka said the count was complete.",
     [("the count was complete", "INDIRECT_QUOTE", "Election Office")]),
    # a colon, an opening mark, no closing one before the paragraph ends: the speaker's words (was an
    # indirect quote "“We knocked …" with its mark)
    ("The senator told supporters: “We knocked on every door in this county and we will do it again next year.",
     [("We knocked on every door in this county and we will do it again next year.", "DIRECT_QUOTE", "senator")]),
    ("Ms Okafor said: “The results speak for themselves.\n\nTurnout fell in most districts.",
     [("The results speak for themselves.", "DIRECT_QUOTE", "Okafor")]),
])
def test_en_round34_en1(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # German too: the colon's quotation runs to the paragraph's end (was "„Wir werden …" as indirect)
    ("Der Minister sagte: „Wir werden das Gesetz im Herbst noch einmal ändern.\n\nDie Opposition kritisierte den Plan.",
     [("Wir werden das Gesetz im Herbst noch einmal ändern.", "DIRECT_QUOTE", "Minister"),
      ("Die Opposition kritisierte den Plan", "INDIRECT_QUOTE", "Opposition")]),
])
def test_de_round34_en1(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # "he"/"she" is no office's street nor a field of study (was "Downing Street", "African Studies")
    ("In his Downing Street statement, the prime minister thanked the police. He said the riots would be punished.",
     "Downing Street"),
    ("A researcher at the School of Oriental and African Studies spoke to the BBC. “The region is tense,” she said.",
     "African Studies"),
])
def test_en_round34_en1_pronoun_not_a_place(text, wrong):
    qs = quotes(run(text, lang="en"))
    assert len(qs) == 1
    assert qs[0].attrs["speaker"] != wrong


def test_en_round34_en1_guards():
    # a thing before the dashes does not speak: no quote, as before
    assert [q.text for q in quotes(run(
        "The timing of the vote - just days after the floods - suggests that the party is nervous.", lang="en"))] == []
    # a person named "Street" is still a person
    qs = quotes(run("Anna Street, a nurse, spoke to the crowd. “We are exhausted,” she said.", lang="en"))
    assert [(q.text, q.attrs["speaker"]) for q in qs] == [("We are exhausted,", "Anna Street")]
    # a tweet's handle and colon, a truncated text: no quotation to the paragraph's end
    assert [q.text for q in quotes(run("RT @newsdesk: “polls close at eight in the evening and counting starts…",
                                       lang="en"))] == []
    # a closing mark inside the paragraph: the ordinary quotation
    qs = quotes(run("She said: “We will win.” Nobody believed her.", lang="en"))
    assert [(q.text, q.label) for q in qs] == [("We will win.", "DIRECT_QUOTE")]
