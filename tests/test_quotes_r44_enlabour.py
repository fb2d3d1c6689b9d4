"""Round 44 (helper enlabour): English labour, union, strike and workplace news. Sentences written for these tests in
the style of US, UK, Canadian and Australian outlets and union press releases (not copied from them)."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        speaker = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), speaker, cue))
    return sorted(out)


# fixes: each row fails against the frozen tree (e08f7e0)
@pytest.mark.parametrize(("text", "expected"), [
    # "the union" is the body, not the union officer named before it
    ("Union leader Tom Baxter said the walkout would go ahead. The union said talks had broken down overnight.",
     [("talks had broken down overnight", IND, "union", "The union", "said"),
      ("the walkout would go ahead", IND, "Tom Baxter", "Union leader Tom Baxter", "said")]),
    ("Nurses' union secretary Kate Morris said staff were at breaking point. The union said it would meet the "
     "minister on Friday.",
     [("it would meet the minister on Friday", IND, "union", "The union", "said"),
      ("staff were at breaking point", IND, "Kate Morris", "Kate Morris", "said")]),
    ("Union president Dana Hill told members the offer fell short. More than 2,000 drivers walked out on Monday, "
     "according to the union.",
     [("More than 2,000 drivers walked out on Monday", IND, "union", "the union", "according to"),
      ("the offer fell short", IND, "Dana Hill", "Union president Dana Hill", "told")]),
    # nor is "the company" a company spokesman named before it
    ("Company spokesman Rob Tate said the plant would stay open. The company said in a statement it was "
     "disappointed by the vote.",
     [("it was disappointed by the vote", IND, "company", "The company", "said"),
      ("the plant would stay open", IND, "Rob Tate", "Company spokesman Rob Tate", "said")]),
    # an unnamed worker is no company
    ("One worker, who did not want to be named, said the mood on the picket line was upbeat. The company said it "
     "had made a fair offer.",
     [("it had made a fair offer", IND, "company", "The company", "said"),
      ("the mood on the picket line was upbeat", IND, "One worker", "One worker", "said")]),
    # a radio station's call sign with its digit before the presenter's name
    ("The premier told 2GB's Ben Fordham the strike was unlawful.",
     [("the strike was unlawful", IND, "premier", "The premier", "told")]),
    ("Union secretary Joe Riley told 3AW's Neil Mitchell the members were united.",
     [("the members were united", IND, "Joe Riley", "Union secretary Joe Riley", "told")]),
])
def test_fixes_enlabour(text, expected):
    assert _got(text) == expected


# guards: pass on both trees
@pytest.mark.parametrize(("text", "expected"), [
    ("Unite general secretary Sharon Graham said the offer was \"an insult\".",
     [("an insult", DIR, "Sharon Graham", "Unite general secretary Sharon Graham", "said"),
      ('the offer was "an insult"', IND, "Sharon Graham", "Unite general secretary Sharon Graham", "said")]),
    ("Both sides said talks would resume on Monday.",
     [("talks would resume on Monday", IND, "Both sides", "Both sides", "said")]),
    ("The union leader said the strike would go on. \"We are not backing down,\" the leader added.",
     [("We are not backing down,", DIR, "leader", "the leader", "added"),
      ("the strike would go on", IND, "union leader", "The union leader", "said")]),
    ("Acme Motors said it had reached a tentative deal. The company said the deal still needed a vote.",
     [("it had reached a tentative deal", IND, "Acme Motors", "Acme Motors", "said"),
      ("the deal still needed a vote", IND, "Acme Motors", "The company", "said")]),
    ("He told 11 News the picket would stay.",
     [("the picket would stay", IND, None, "He", "told")]),
])
def test_guards_enlabour(text, expected):
    assert _got(text) == expected
