"""Quote pre-annotator, round 39 (helper ennested): English nesting and coordination.

Sentences written for these tests (names, handles and places invented), in the style of wire copy, quoted articles
and letters, and reader posts that quote other posts: two modifiers of one head coordinated ("U.S. and Iranian
officials", "current and former officials"); a writer credited before a colon ("As written by @desk: "…""); quoted
posts nested inside quoted posts; a quotation in single marks with its own attribution inside a direct quote.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # an initialism as the first of two modifiers of one head (was the second part only, or nothing)
    ("Other senior U.S. and Iranian officials said the prisoner swap could happen within weeks.",
     [("the prisoner swap could happen within weeks", IND, "Other senior U.S. and Iranian officials", "said")]),
    ("The ceasefire is holding, U.S. and Egyptian officials said Tuesday.",
     [("The ceasefire is holding", IND, "U.S. and Egyptian officials", "said")]),
    ("The U.K. and French governments said the frigates would stay in the Gulf.",
     [("the frigates would stay in the Gulf", IND, "U.K. and French governments", "said")]),
    ("Senior U.N. and U.S. officials said the aid convoy reached Kharkiv on Friday.",
     [("the aid convoy reached Kharkiv on Friday", IND, "Senior U.N. and U.S. officials", "said")]),
    # an initialism as the first of two subjects (was "Japan")
    ("The U.S. and Japan said the talks on chip exports would resume in May.",
     [("the talks on chip exports would resume in May", IND, "U.S. and Japan", "said")]),
    # two lower-case modifiers of one head (was nothing after the clause, "former officials" before it)
    ("The refinery will close by the end of the year, current and former employees said.",
     [("The refinery will close by the end of the year", IND, "current and former employees", "said")]),
    ("Current and former officials said the surveillance program was never approved by a judge.",
     [("the surveillance program was never approved by a judge", IND, "Current and former officials", "said")]),
    ("The agency ignored the warnings, current and former U.S. intelligence officials told the newspaper.",
     [("The agency ignored the warnings", IND, "current and former U.S. intelligence officials", "told")]),
    ("The militia has pulled back from the border, current and former members of the group said Sunday.",
     [("The militia has pulled back from the border", IND, "current and former members of the group", "said")]),
    # an initialism counts as one word of a bare subject (was nothing)
    ("The talks stalled, former U.S. intelligence officials said.",
     [("The talks stalled", IND, "former U.S. intelligence officials", "said")]),
])
def test_r39_ennested_coordination(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a writer credited before a colon or a comma (was the agency named before, or no one)
    ('The fire spread overnight. As written by @metro_desk: "Crews worked through the night to save the station."',
     [("Crews worked through the night to save the station.", DIR, "metro_desk", "As written by")]),
    ('The council met on Tuesday. As posted by @CityOfSpringfield on Facebook: "All lanes of Route 9 are open again."',
     [("All lanes of Route 9 are open again.", DIR, "CityOfSpringfield", "As posted by")]),
    ('AP reported the vote was close. As noted by analyst Maya Brandt, "turnout in the suburbs decided the race."',
     [("the vote was close", IND, "AP", "reported"),
      ("turnout in the suburbs decided the race.", DIR, "Maya Brandt", "As noted by")]),
])
def test_r39_ennested_credited_writer(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted post nested in a quoted post is its own author's (was all the outer author's)
    ("“@dana_k: this is so true “@weatherguy: snow day tomorrow for everyone north of the river”” lucky you",
     [("snow day tomorrow for everyone north of the river", DIR, "weatherguy", None),
      ("this is so true", DIR, "dana_k", None)]),
    ("“@jmarsh: “@citybus: route 12 is cancelled until further notice””",
     [("route 12 is cancelled until further notice", DIR, "citybus", None)]),
    ("RT @tomw: “@ana_r: “@kidsnews: school starts an hour late tomorrow” yesss” finally",
     [("finally", DIR, "tomw", None),
      ("school starts an hour late tomorrow", DIR, "kidsnews", None),
      ("yesss", DIR, "ana_r", None)]),
])
def test_r39_ennested_nested_posts(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation in single marks with its own attribution inside a direct quote is its speaker's too (was nothing)
    ('From the Lakeside Courier: "Deputies searched the cabin on Friday. \'We found no sign of a second shooter,\' '
     'Sheriff Dan Moreau said."',
     [("Deputies searched the cabin on Friday. 'We found no sign of a second shooter,' Sheriff Dan Moreau said.", DIR,
       "Lakeside Courier", None),
      ("We found no sign of a second shooter,", DIR, "Dan Moreau", "said")]),
    ('"She looked right at me and said, \'I\'m not leaving this house,\'" Ortiz said.',
     [("She looked right at me and said, 'I'm not leaving this house,'", DIR, "Ortiz", "said"),
      ("I'm not leaving this house,", DIR, None, "said")]),
    ('The statement read: "The chairman told the board, \'We will not sell the company,\' and the board agreed."',
     [("The chairman told the board, 'We will not sell the company,' and the board agreed.", DIR, "statement", "read"),
      ("We will not sell the company,", DIR, "chairman", "told")]),
    ('In the letter, Harper wrote: "The mayor assured us that \'the park will stay open,\' but nothing has changed."',
     [("The mayor assured us that 'the park will stay open,' but nothing has changed.", DIR, "Harper", "wrote"),
      ("the park will stay open,", DIR, "mayor", "assured")]),
])
def test_r39_ennested_inner_quotations(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: coordinations that worked, and clauses that do not open with the coordination
    ("Three US and Israeli officials told reporters that the strike was delayed.",
     [("the strike was delayed", IND, "Three US and Israeli officials", "told")]),
    ("Democrats and some Republicans said the bill was rushed.",
     [("the bill was rushed", IND, "Democrats and some Republicans", "said")]),
    ("The storm was weaker than feared and local officials said the roads would reopen Monday.",
     [("the roads would reopen Monday", IND, "local officials", "said")]),
    ("Police and local officials said the road would reopen on Monday.",
     [("the road would reopen on Monday", IND, "Police and local officials", "said")]),
    ("U.S. officials said the talks were constructive.",
     [("the talks were constructive", IND, "U.S. officials", "said")]),
    # "as … by" inside a clause without a comma credits no one; "as reported by" stays as it was
    ('Progress is just a slogan as stated by my neighbor: "Nothing ever changes here."',
     [("Nothing ever changes here.", DIR, None, None)]),
    ("Inflation rose again in March, as reported by the Labor Department.",
     [("Inflation rose again in March", IND, "Labor Department", "as reported by")]),
    ('The mayor spoke on Monday. As reported by the Gazette: "The council will meet again on Friday."',
     [("The council will meet again on Friday.", DIR, "Gazette", "As reported by")]),
    # a post quoted once, and a retweet: as before
    ("“@weatherguy: snow day tomorrow for everyone north of the river” lucky you",
     [("snow day tomorrow for everyone north of the river", DIR, "weatherguy", None)]),
    ("ugh “@lenny_p: who else is still stuck on the 405 right now” me, two hours and counting",
     [("who else is still stuck on the 405 right now", DIR, "lenny_p", None)]),
    # single marks that are no quotation, or a quotation without a cue of its own: nothing more
    ('"It was the \'90s and everyone was into rock \'n\' roll," she said.',
     [("It was the '90s and everyone was into rock 'n' roll,", DIR, None, "said")]),
    ('"We call it the \'Dream Team\' around here," Smith said.',
     [("We call it the 'Dream Team' around here,", DIR, "Smith", "said")]),
    ('"The players\' union will fight this," Jones said.',
     [("The players' union will fight this,", DIR, "Jones", "said")]),
])
def test_r39_ennested_guards(text, expected):
    assert_exact(text, expected)
