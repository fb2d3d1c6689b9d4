"""Round 42 (encampaign2): English political coverage, leftovers of encampaign (sentences written for these tests in the style
of US, UK and Canadian political reporting; see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (187a121)
@pytest.mark.parametrize(("text", "expected"), [
    # a one-word name as the subject and a quotation as the whole content: the report was dropped, only the quote kept
    ('Leavitt said Harris "has failed the American people."',
     [('Harris "has failed the American people."', IND, "Leavitt", "Leavitt", "said"),
      ("has failed the American people.", DIR, "Leavitt", "Leavitt", "said")]),
    ('The senator said Biden "lost control of the border."',
     [('Biden "lost control of the border."', IND, "senator", "The senator", "said"),
      ("lost control of the border.", DIR, "senator", "The senator", "said")]),
    ('Harris argued Trump "cannot be trusted with the nuclear codes."',
     [('Trump "cannot be trusted with the nuclear codes."', IND, "Harris", "Harris", "argued"),
      ("cannot be trusted with the nuclear codes.", DIR, "Harris", "Harris", "argued")]),
    # a relative clause after a party-and-state tag after "According to" (the clause opened the content)
    ("According to Rep. Dana Whitfield, D-Calif., who chairs the caucus, the vote failed by four.",
     [("the vote failed by four", IND, "Dana Whitfield", "Rep. Dana Whitfield", "According to")]),
    ("According to Sen. Marcus Hale, R-Ohio, who sits on the Armed Services Committee, the base will stay open.",
     [("the base will stay open", IND, "Marcus Hale", "Sen. Marcus Hale", "According to")]),
    # a fronted place phrase that ends in the city's state: the state was taken for the subject of a participle's cue
    ("In Wellington, Ohio, Trump went after the governor, claiming that the election had been stolen.",
     [("the election had been stolen", IND, "Trump", "Trump", "claiming")]),
    ("At a rally in Erie, Pa., Harris hit back, arguing that the tariffs would raise grocery prices.",
     [("the tariffs would raise grocery prices", IND, "Harris", "Harris", "arguing")]),
])
def test_encampaign2_fixes(text, expected):
    assert_exact(text, expected)


# guards: these pass on the frozen tree and must stay
@pytest.mark.parametrize(("text", "expected"), [
    ('Leavitt said the president "has never been stronger."',
     [('the president "has never been stronger."', IND, "Leavitt", "Leavitt", "said"),
      ("has never been stronger.", DIR, "Leavitt", "Leavitt", "said")]),
    ('The governor told Reuters "the deal is done."',
     [("the deal is done.", DIR, "governor", "The governor", "told")]),
    ('Trump said Monday "we will win this state."',
     [("we will win this state.", DIR, "Trump", "Trump", "said")]),
    ('The mayor said "Nobody is above the law."',
     [("Nobody is above the law.", DIR, "mayor", "The mayor", "said")]),
    ("According to the mayor, who spoke at a news conference, the city will cut the budget.",
     [("the city will cut the budget", IND, "mayor", "the mayor", "According to")]),
    ("According to Rep. Dana Whitfield, R-Texas, the leadership never whipped the vote.",
     [("the leadership never whipped the vote", IND, "Dana Whitfield", "Rep. Dana Whitfield", "According to")]),
    ("In Wellington, Trump went after the governor, claiming that the election had been stolen.",
     [("the election had been stolen", IND, "Trump", "Trump", "claiming")]),
    ("In Austin, Texas, Gov. Greg Abbott said the state would keep the buoys in the river.",
     [("the state would keep the buoys in the river", IND, "Greg Abbott", "Gov. Greg Abbott", "said")]),
])
def test_encampaign2_guards(text, expected):
    assert_exact(text, expected)
