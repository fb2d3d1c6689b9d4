"""Round 38, helper enaddr: English reports with an addressee and its apposition or adjuncts before "that", a time
clause ending in its object before "that", a cue word that is a noun in a request's addressee ("state officials"),
coordinated party names inside a subject's postmodifier, and members named with "like" / "such as" after a plural
subject. Sentences written for these tests, in the style of wire and newspaper reports on diplomacy and US politics
(names invented)."""

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"


def _quotes(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE"):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enaddr) the addressee's apposition between commas, then the medium and the day, then "that"
    ("Karimi told his Turkish counterpart, Mehmet Aydin Kaya, in a telephone call on Thursday that Tehran would "
     "keep the border open.",
     [("Tehran would keep the border open", IND, "Karimi", "told")]),
    ("The foreign minister assured her Indian counterpart, Ravi Menon, during talks in Delhi that the shipments "
     "would resume.",
     [("the shipments would resume", IND, "foreign minister", "assured")]),
    ("Sokolov warned Hartley, his British counterpart, on Monday that new sanctions would be counterproductive.",
     [("new sanctions would be counterproductive", IND, "Sokolov", "warned")]),
    # (round 38, enaddr) a time clause that ends in its object before "that" (was the content from "he was leaving")
    ("Sen. Dale Morrow told reporters as he was leaving the hearing that the committee would meet again in May.",
     [("the committee would meet again in May", IND, "Dale Morrow", "told")]),
    ("The senator told reporters as they were boarding the plane that the deal was close.",
     [("the deal was close", IND, "senator", "told")]),
    # (round 38, enaddr) "state" is the addressee's noun, no cue verb: the request is reported
    ("The governor asked state officials to audit the pension fund.",
     [("to audit the pension fund", IND, "governor", "asked")]),
    ("The attorney general asked state and county prosecutors to review the old cases.",
     [("to review the old cases", IND, "attorney general", "asked")]),
    # (round 38, enaddr) party adjectives coordinated inside the subject's postmodifier: the whole subject speaks
    ("Lawmakers from both Republican and Democratic parties said the measure would raise premiums.",
     [("the measure would raise premiums", IND, "Lawmakers from both Republican and Democratic parties", "said")]),
    ("Diplomats from both Germany and Poland said the pipeline would be delayed.",
     [("the pipeline would be delayed", IND, "Diplomats from both Germany and Poland", "said")]),
    # (round 38, enaddr) members named after "like" / "such as" are not the subject (reported nothing)
    ("Some Democrats, like Rep. Nora Ellison, said the deal did not go far enough.",
     [("the deal did not go far enough", IND, "Some Democrats", "said")]),
    ("Others, such as Sen. Paul Whitaker, said the vote should wait until after the recess.",
     [("the vote should wait until after the recess", IND, "Others", "said")]),
    # guards: what stays as it was
    ("Karimi told his Turkish counterpart, Mehmet Aydin Kaya, that Tehran would keep the border open.",
     [("Tehran would keep the border open", IND, "Karimi", "told")]),
    ("The minister sent her counterpart, Ana Ruiz, a letter that was later published by the ministry.", []),
    ("Senators from both parties said the measure would raise premiums.",
     [("the measure would raise premiums", IND, "Senators from both parties", "said")]),
    ("Critics, including two former governors, said the plan was too expensive.",
     [("the plan was too expensive", IND, "Critics", "said")]),
    ("The governor told reporters as she toured the flooded district that the state would ask for federal aid.",
     [("the state would ask for federal aid", IND, "governor", "told")]),
    ("Officials from Canada and Mexico said the tariffs would hurt farmers on both sides of the border.",
     [("the tariffs would hurt farmers on both sides of the border", IND, "Officials from Canada and Mexico", "said")]),
    ("The senator told reporters after the vote that the bill would pass.",
     [("the bill would pass", IND, "senator", "told")]),
])
def test_r38_enaddr(text, expected):
    assert_exact(text, expected)
