"""Quote pre-annotator, round 37 (helper e6): English political news in British, Irish, Australian and Indian style.

Sentences written for these tests (names invented), in the style of the kind: "told the BBC", "said Mr X" without a
full stop, "a spokesperson for … said", Downing Street / Canberra / Whitehall as sources, "it is understood", "last
night" between a source and its verb, the Prime Minister beside "the minister", a participle clause opening the
sentence ("Asserting that …, he said …"), trailing attributions after a dash.
"""

import pytest

from tests.test_quotes import assert_en_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e6) "last night" / "this morning" between the source and its verb (the report was lost)
        (
            "A Downing Street source last night said the Prime Minister would not resign.",
            [("the Prime Minister would not resign", IND, "Downing Street source")],
        ),
        (
            "Cabinet sources this morning told the Herald they expected a reshuffle within days.",
            [("they expected a reshuffle within days", IND, "Cabinet sources")],
        ),
        # (round 37, e6) a time phrase after the cue, then a subject of two words (the content began at "this morning")
        (
            "Party president Aoife Brennan confirmed this morning Fianna Fáil is backing the motion.",
            [("Fianna Fáil is backing the motion", IND, "Aoife Brennan")],
        ),
        # (round 37, e6) "the minister" is no prime minister, and a prime minister no former one
        (
            "Union Minister Rajiv Menon hit back at the Opposition after Prime Minister Narendra Modi spoke in Parliament. "
            '"The facts speak for themselves," the minister said.',
            [("The facts speak for themselves,", DIR, "Rajiv Menon")],
        ),
        (
            "Prime Minister Ruth Cole met former prime minister Tom Ashby on Monday. Later the Prime Minister said the talks "
            "had gone well.",
            [("the talks had gone well", IND, "Ruth Cole")],
        ),
        # (round 37, e6) "he" is no group of Conservatives, and a titled surname's possessive names the surname
        (
            'Mr Hollis spoke to reporters. Senior Conservatives are worried that the row could spread. He said: "I have been '
            'very clear."',
            [
                ("the row could spread", IND, "Senior Conservatives"),
                ("I have been very clear.", DIR, "Hollis"),
            ],
        ),
        (
            'The row has exposed Mr Hammond’s fragile position. He said: "I will not resign."',
            [("I will not resign.", DIR, "Hammond")],
        ),
        # (round 37, e6) a speech noun after a possessive, closing its phrase, is no cue: the subject says "saying …"
        (
            "Downing Street has clarified the Prime Minister's remarks, saying they applied only to the negotiations.",
            [("they applied only to the negotiations", IND, "Downing Street")],
        ),
        (
            "Canberra has clarified the Treasurer’s comments, saying no decision had been made.",
            [("no decision had been made", IND, "Canberra")],
        ),
        # (round 37, e6) "denied reports that …": a noun, so the coordinated cue keeps the subject
        (
            "The Home Office flatly denied reports that the scheme had been paused and insisted it would go ahead.",
            [("the scheme had been paused", IND, "Home Office"), ("it would go ahead", IND, "Home Office")],
        ),
        # (round 37, e6) an impersonal "it" with adverbs before the participle: no one's report
        ("Ms Byrne chaired the meeting. It’s now understood that the vote will be delayed.", []),
        (
            "The Independent Alliance raised concerns. It is still hoped that the vote will go ahead.",
            [
                ("The Independent Alliance raised concerns", IND, "Independent Alliance"),
                ("the vote will go ahead", IND, None),
            ],
        ),
        # (round 37, e6) "is understood to have told …", "is said to have warned …": the subject reports
        (
            "Mr Okafor is understood to have told colleagues that he would not stand again.",
            [("he would not stand again", IND, "Okafor")],
        ),
        (
            "The Chief Minister is said to have warned that the alliance would collapse.",
            [("the alliance would collapse", IND, "Chief Minister")],
        ),
        # (round 37, e6) a participle opening the sentence with its that-clause: the main clause's subject reports it
        (
            "Asserting that the remarks were unparliamentary, Mr Rao demanded an apology.",
            [("the remarks were unparliamentary", IND, "Rao")],
        ),
        (
            "Claiming that the party had misled voters, the Opposition leader called for a debate.",
            [("the party had misled voters", IND, "Opposition leader")],
        ),
        # (round 37, e6) "he" after a quotation is not the person named after a preposition and a title before it
        (
            'The Taoiseach said he had spoken to finance minister Tom Quill about the budget. "I have full confidence in him," '
            "he said.",
            [
                ("he had spoken to finance minister Tom Quill about the budget", IND, "Taoiseach"),
                ("I have full confidence in him,", DIR, "Taoiseach"),
            ],
        ),
        # (round 37, e6) Irish and Indian men's names in -a ("Enda", "Rajendra") are no women's
        (
            'Taoiseach Enda Walsh met Opposition leader Mark Doyle. Mr Walsh replied: "Nothing has changed." He said the '
            "Government was stable.",
            [("Nothing has changed.", DIR, "Enda Walsh"), ("the Government was stable", IND, "Enda Walsh")],
        ),
        # (round 37, e6) a connective adverb before a parenthetical attribution and an expletive "there" is no part
        (
            "Therefore, the Union Minister said, there is no question of a rollback.",
            [("there is no question of a rollback", IND, "Union Minister")],
        ),
        # (round 37, e6) "– with one saying …" ends the content; the participle keeps the subject
        (
            "Allies of the Chancellor dismissed claims that he had been disloyal – with one saying he had backed the Prime "
            "Minister throughout.",
            [
                ("he had been disloyal", IND, "Allies of the Chancellor"),
                ("he had backed the Prime Minister throughout", IND, "Allies of the Chancellor"),
            ],
        ),
        # (round 37, e6) a trailing attribution after a dash
        (
            "The Prime Minister knew of the complaints for weeks – a senior minister has told Sky News.",
            [("The Prime Minister knew of the complaints for weeks", IND, "senior minister")],
        ),
        (
            "The deal is dead – a senior Labor source said last night.",
            [("The deal is dead", IND, "senior Labor source")],
        ),
    ],
)
def test_round38_e6_british_political_news(text, expected):
    assert_en_exact(text, expected)


def test_round38_e6_british_political_news_guards():
    # (round 37, e6) guards: these were right before and stay so
    assert_en_exact(
        "Downing Street said the Prime Minister had full confidence in her.",
        [("the Prime Minister had full confidence in her", IND, "Downing Street")],
    )
    # "he's said" after a quotation: the clitic is no possessive
    assert_en_exact('"We will win," he\'s said.', [("We will win,", DIR, None)])
    # "It is understood that …" stays no one's report (round 33)
    assert quotes(run("It is understood that the Cabinet will meet on Thursday.", lang="en")) == []
    # a passive with a time phrase: the subject is told, not telling
    assert quotes(run("Mr Dunne was last night warned he risks losing the whip.", lang="en")) == []
    # a participle without "that" opening the sentence changes nothing
    assert_en_exact(
        "Asking for calm, the minister said the talks would continue.",
        [("the talks would continue", IND, "minister")],
    )
    # "the minister" still finds a Union Minister beside a Chief Minister
    assert_en_exact(
        "Chief Minister Anil Varma met Union Minister Sunita Rao in Delhi. The minister said the funds would "
        "be released soon.",
        [("the funds would be released soon", IND, "Sunita Rao")],
    )
    # "However, the minister said, …" as before
    assert_en_exact(
        "However, the minister said, the talks would continue.",
        [("the talks would continue", IND, "minister")],
    )
    # a dash pair around an aside inside the content does not end it
    assert_en_exact(
        "Mr Dowd said the minister - who was appointed last month - had the support of colleagues.",
        [("the minister - who was appointed last month - had the support of colleagues", IND, "Dowd")],
    )
