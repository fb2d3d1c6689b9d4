"""Round 36 (e2): English sports and entertainment news.

A nationality names the person just named or quoted ('"…," said the Chilean', "the Australian added") and is no
part of a name before a surname ("Australian Jones told reporters"); whom a speaker spoke of is no part of the speaker
('"…," said Pellegrini of the Belgian'); a colon and a quotation after a sentence of the writer's make no report of that
sentence ('X was left to reflect on a dire performance: "…," he said.'), and the "he" after such a quotation, or in
", and he admits …", is the sentence's subject; a club before a name says nothing of its gender ("Chelsea manager
Andre …"); a conviction or "points out" with a clause without "that" reports it ("Dunlow is convinced his side can
still reach the final", "Harker points out there is no easy answer"); "close to …" stays with a source after
"according to" ("sources close to the club"); a noun-like cue after an adjective is a noun ("Denying recent reports
that …" had the speaker "Denying recent").
"""

import pytest

from tests.test_quotes import quotes, run


def assert_en_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


DQ, IQ = "DIRECT_QUOTE", "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a nationality after the quotation names the person named before it
    ("Porto coach Rui Amorelo saw his side lose again. \"We were too slow,\" said the Portuguese.",
     [("We were too slow,", DQ, "Rui Amorelo")]),
    ("Sevilla boss Tomas Barrandeo watched his side win. \"They were superb,\" the Spaniard added.",
     [("They were superb,", DQ, "Tomas Barrandeo")]),
    # the person quoted before, when the sentence before names no one
    ("Wexham manager Paul Dorrity spoke after the draw. \"We deserved more,\" he said. \"The referee had a poor "
     "afternoon,\" said the Scot.",
     [("We deserved more,", DQ, "Paul Dorrity"), ("The referee had a poor afternoon,", DQ, "Paul Dorrity")]),
    # a nationality before the surname is no part of the name
    ("Coach Barry Quellan named his side on Friday. \"We are ready,\" Australian Quellan told reporters.",
     [("We are ready,", DQ, "Barry Quellan")]),
])
def test_en_nationality_epithet(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # whom the speaker spoke of after "of"
    ("Leeds coach Tom Harker watched his side win. \"He was our best player,\" said Harker of the Belgian.",
     [("He was our best player,", DQ, "Tom Harker")]),
    ("Lucy Brannagh scored twice. \"She never stops running,\" said Brannagh of her captain.",
     [("She never stops running,", DQ, "Lucy Brannagh")]),
])
def test_en_speaker_of_whom(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's sentence before a colon and a quotation is no report
    ("Rovers boss Gary Tenwick was left to reflect on a miserable evening: \"We were not good enough,\" he said.",
     [("We were not good enough,", DQ, "Gary Tenwick")]),
    ("Striker Dean Morrow was in no mood to celebrate: \"We threw it away,\" he said.",
     [("We threw it away,", DQ, "Dean Morrow")]),
    # the subject of the pronoun's sentence, not the person quoted before
    ("United manager Colin Reddish watched his side win. \"They gave everything,\" he said. Albion boss Mark Felden "
     "was furious: \"It was never a penalty,\" he said.",
     [("They gave everything,", DQ, "Colin Reddish"), ("It was never a penalty,", DQ, "Mark Felden")]),
    # ", and he …": the sentence's subject, not a club in a preposition's object
    ("Vallon faced questions after losses to Derby and Bristol Rovers, and he admits the pressure is on.",
     [("the pressure is on", IQ, None)]),  # (not the club; the lone surname is unknown)
])
def test_en_colon_lead_quotation(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a club before the name that is also a first name gives no gender: "he" is the manager
    ("Chelsea manager Andre Vallon spoke after the game with Leeds and Juan Merida. \"We were unlucky,\" he said.",
     [("We were unlucky,", DQ, "Andre Vallon")]),
])
def test_en_club_no_gender(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a conviction with a clause without "that"
    ("Mark Dunlow is convinced his side can still reach the final.",
     [("his side can still reach the final", IQ, "Mark Dunlow")]),
    ("Head coach Eric Tallon is confident a heavy defeat by Wales will teach his young squad a lesson.",
     [("a heavy defeat by Wales will teach his young squad a lesson", IQ, "Eric Tallon")]),
    # "points out" with a clause without "that"
    ("Tom Harker points out there is no easy answer to the problem.",
     [("there is no easy answer to the problem", IQ, "Tom Harker")]),
    ("The coach pointed out his side had lost only once all season.",
     [("his side had lost only once all season", IQ, "coach")]),
])
def test_en_bare_conviction(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "close to …" stays with the source after "according to"
    ("According to sources close to the club, Harker will sign a new deal.",
     [("Harker will sign a new deal", IQ, "sources close to the club")]),
    ("According to a source close to the singer, the couple split in May.",
     [("the couple split in May", IQ, "source close to the singer")]),
    # a noun-like cue after its adjective is a noun, with no speaker before it
    ("Denying recent reports that he would leave, Harker said: \"I am staying.\"", [("I am staying.", DQ, "Harker")]),
])
def test_en_source_noun_phrases(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("I am convinced we can win the league.", []),  # the writer's own view
    ("You are sure he will score again.", []),
    ("Smith is sure to start on Saturday.", []),  # an infinitive, no clause
    ("Smith is confident of victory.", []),
    ("Smith is not convinced the plan will work.", []),  # negated
    ("Smith said he was confident the plan would work.", [("he was confident the plan would work", IQ, "Smith")]),
    ("Dunlow pointed out the flaws in the plan.", []),  # an object, no clause
    ("She pointed out the window at the crowd.", []),
    # a paper's name, no nationality of a person
    ("Coach Barry Quellan named his side. The Australian reported that he would stay.",
     [("he would stay", IQ, "Australian")]),
    # a place after "of" stays with the speaker's phrase
    ("\"We will vote no,\" said Senator Bob Corwin of Tennessee.", [("We will vote no,", DQ, "Bob Corwin")]),
    ("The media reports what he says.", []),  # "media" is the subject, no adjective
    ("He denied reports that he would leave.", [("he would leave", IQ, None)]),
])
def test_en_round36_e2_guards(text, expected):
    assert_en_exact(text, expected)
