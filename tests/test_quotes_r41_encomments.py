"""Quote pre-annotator, round 41 (helper encomments): reader comments on news sites.

Sentences written for these tests in the style of Civil Comments posts and public comment threads (no copied
text): the noun "comment(s)"/"remark(s)" after a modifier is no cue, a cue's pronoun object followed by a manner,
reason or time word reports no content, and a saying signed with a dash and its author's name takes that author.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str, kind: str = "comment") -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind=kind, text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected, kind="comment"):
    got = _quotes(text, kind)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # the noun of a post after a modifier is no cue (its modifier was the speaker, the rest of the sentence the content)
    ("Good comment, but the jab at the \"lazy teachers\" was uncalled for.", []),
    ("What a silly comment, about an inch from calling the teacher \"lazy\".", []),
    ("Any comment that questions the governor is deleted within the hour.", []),
    ("Another fine comment: the bridge is a waste of money.", []),
    ("This board is full of petty and mean comments that are somehow still civil.", []),
    ("Same talking points, same comments, looks like the editor never learns anything.", []),
    # a cue's pronoun object, then a manner, reason or time word: no content
    ("You said it nicer than I could have. The levy is a scam.", []),
    ("His face says it all, really.", []),
    ("He says this because he wants the clicks from angry readers.", []),
    ("I have said this many times, the port authority is broke.", []),
    ("The chief said nothing when his officers lied under oath.", []),
    ("You say it like the teachers owe you something.", []),
    # a saying signed with a dash and its author's name (was a quotation without a speaker)
    ("\"Never interrupt your enemy when he is making a mistake.\"\n- Winston Churchill\nThe council should take note.",
     [("Never interrupt your enemy when he is making a mistake.", DIR, "Winston Churchill", None)]),
    ("\"Government is not the solution to our problem.\" -- Ronald Reagan\nFunny how that aged.",
     [("Government is not the solution to our problem.", DIR, "Ronald Reagan", None)]),
    ("\"Democracy is the worst form of government.\" ― Winston Churchill, 1947",
     [("Democracy is the worst form of government.", DIR, "Winston Churchill", None)]),
    ("\"Nobody ever went broke underestimating the taste of the public.\" - H.L. Mencken",
     [("Nobody ever went broke underestimating the taste of the public.", DIR, "H.L. Mencken", None)]),
    ("Worth remembering (\"A house divided against itself cannot stand.\" -Abraham Lincoln).",
     [("A house divided against itself cannot stand.", DIR, "Abraham Lincoln", None)]),
])
def test_r41_encomments_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the verbs "comments"/"remarks" with their subject still report
    ("The writer comments that the city never paid the contractor.",
     [("the city never paid the contractor", IND, "writer", "comments")]),
    ("Smith remarks, \"The city never paid the contractor.\"",
     [("The city never paid the contractor.", DIR, "Smith", "remarks")]),
    # (merge) a school after a first name signs no saying: '- Sam Houston State' was the speaker
    ("\"All you need is a plan and a little luck.\" - Sam Houston State", [("All you need is a plan and a little luck.", DIR, None, None)]),
    ("\"Knowledge is power.\"\n- Ada Lovelace Institute", []),  # a short saying with no speaker is no quotation
    # a pronoun object with a clause after it is still the clause's subject
    ("Trump said it was rigged from the start.", [("it was rigged from the start", IND, "Trump", "said")]),
    ("The mayor said this would cost the city millions.",
     [("this would cost the city millions", IND, "mayor", "said")]),
    ("Eastman claimed that at West Point he was lectured by radicals.",
     [("at West Point he was lectured by radicals", IND, "Eastman", "claimed")]),
    # a dash after a quotation with no name of a person after it signs nothing
    ("\"We all lose?\" - not me, I voted against it.", []),
    ("\"You idiot.\" - Angry Youtube Comment", []),
    ("\"Keep them scared.\" -- GOP Playbook.", []),
    # quoting a politician keeps the politician
    ("Trump said he \"alone can fix it\".", [("alone can fix it", DIR, "Trump", "said")]),
    # scare quotes in a comment stay nothing
    ("Your \"experts\" have been wrong about everything.", []),
    ("The \"news\" on that channel is a joke.", []),
    # already nothing before this round: the noun of a post, an object idiom
    ("Great comment, and the mayor should read it twice.", []),
    ("They should stop printing such worthless comments.", []),
    ("That photo of the senator says it all.", []),
])
def test_r41_encomments_guards(text, expected):
    assert_exact(text, expected)
