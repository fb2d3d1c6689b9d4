"""Round 41 (enprogressive): English acts and subjects in local, health and UK political copy.

Sentences written for these tests in the style of Ontario and Jamaica health-unit pages, Ontario police releases and
British political radio copy. A quotation inside the subject's modifier ("One of the MPs suspended for 'persistent
breaches of discipline' has told LBC he …", "A councillor who called the plan "a disaster" told reporters …") stopped
the subject (nothing was reported, or the addressee after "told" was the speaker); "stresses" without "that" reported
nothing; "reinforced that …" was no cue; a gerund subject after "but" ("…, but maintaining the distance is still
essential") was a participle cue; "According to Sgt. Kerry Schmidt of the OPP" (a first name the lists do not know after
an abbreviated title) kept the whole phrase as the canonical speaker.
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
        if s.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                    text[cue.start:cue.end] if cue is not None else None))
    return sorted(out)


def _has(text, expected):
    got = _quotes(text)
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert (t, lab) in by_text, got
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


def _lacks(text, texts):
    got = _quotes(text)
    for t in texts:
        assert all(g[0] != t for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation inside a participle phrase on the subject (nothing was reported)
    ("One of the three councillors censured by the mayor for ‘repeated breaches of the code of conduct’ has told "
     "CityNews she will appeal the decision.",
     [("she will appeal the decision", IND, "One of the three councillors", "told")]),
    ("Two of the MPs expelled by the party over 'a pattern of disloyalty' have told the BBC they will stand as "
     "independents.",
     [("they will stand as independents", IND, "Two of the MPs", "told")]),
    # a quotation inside a relative clause on the subject (the addressee was the speaker)
    ("A trustee who called the closure plan \"short-sighted\" told reporters the board had ignored parents.",
     [("the board had ignored parents", IND, "trustee", "told"),
      ("short-sighted", DIR, "trustee", "called")]),
    ("The MP, who was suspended last week for \"bringing the party into disrepute\", told Sky News he had done nothing "
     "wrong.",
     [("he had done nothing wrong", IND, "MP", "told")]),
    # "stresses" without "that"
    ("Dr. Helen Marsh stresses vaccines remain the best protection against severe illness.",
     [("vaccines remain the best protection against severe illness", IND, "Helen Marsh", "stresses")]),
    ("The region's medical officer of health emphasizes masks are not a substitute for staying home when sick.",
     [("masks are not a substitute for staying home when sick", IND, "region's medical officer of health",
       "emphasizes")]),
    # "reinforced that"
    ("Dr. Helen Marsh reinforced that the mask order remains in effect for all indoor public spaces.",
     [("the mask order remains in effect for all indoor public spaces", IND, "Helen Marsh", "reinforced")]),
    # an abbreviated title before a first name the lists do not know
    ("According to Sgt. Kerry Walsh of the OPP, the driver was travelling at more than twice the speed limit.",
     [("the driver was travelling at more than twice the speed limit", IND, "Kerry Walsh", "According to")]),
    ("According to Det. Sgt. Kerry Walsh of the Peel police, the suspect fled on foot.",
     [("the suspect fled on foot", IND, "Kerry Walsh", "According to")]),
])
def test_fixed(text, expected):
    _has(text, expected)


@pytest.mark.parametrize(("text", "absent"), [
    # a gerund subject after "but" is no participle cue
    ("\"We can start to reopen,\" Dr. Marsh said, but maintaining a two metre distance is still essential.",
     ["a two metre distance is still essential"]),
    ("The premier said restrictions had worked, but maintaining them through the summer is not realistic.",
     ["them through the summer is not realistic"]),
])
def test_fixed_absent(text, absent):
    _lacks(text, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a participle of a report after a comma, a progressive coordinated after "but", "stresses" with an object
    ("The senator voted against the bill, maintaining the costs had been underestimated.",
     [("the costs had been underestimated", IND, "senator", "maintaining")]),
    ("The mayor defended the budget, saying it was fair and adding the tax increase would be small.",
     [("the tax increase would be small", IND, "mayor", "adding")]),
    ("A councillor who voted against the budget told reporters the city cannot afford the new arena.",
     [("the city cannot afford the new arena", IND, "councillor", "told")]),
    ("According to Const. Jane Doe of the Halton police, the road will reopen on Friday.",
     [("the road will reopen on Friday", IND, "Jane Doe", "According to")]),
])
def test_guard(text, expected):
    _has(text, expected)


@pytest.mark.parametrize("text", [
    "The coach stresses the importance of defence in every training session.",
    "The minister reinforced that message in a speech on Monday.",
    "The stresses of the job are well known to every nurse.",
])
def test_guard_nothing(text):
    assert _quotes(text) == []
