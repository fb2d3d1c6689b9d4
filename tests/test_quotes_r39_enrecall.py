"""Quote pre-annotator, round 39 (helper enrecall): English recall in wire news.

Reports the frozen annotator missed or cut short on US and UK wire pages: a time phrase with "that" before the
complementizer ("said later that day that …" began the content at "day"); a name with its state or district in an
apposition before the cue ("Another Republican, Rep. Trey Gowdy of South Carolina, said …" reported nothing); an
addressee with an abbreviated title and an apposition ("told Sen. Al Franken, D-Minn., that …" reported nothing); a
dateline with the place's state or country and the date ("PAHOA, Hawaii, May 8 (Reuters) - Emergency crews said …"
reported nothing); and the participle of a request after a comma ("…, asking him to call Sessions before the
committee"). Sentences written for these tests (names invented), in the style of AP, Reuters and UPI copy.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a time phrase with "that" before the complementizer (the content began at "day", "morning", "week")
    ("The Interior Department said later that day that the lease sale would be postponed.",
     [("the lease sale would be postponed", IND, "Interior Department", "said")]),
    ("A spokesman for the airline said that morning that all flights would resume by noon.",
     [("all flights would resume by noon", IND, "spokesman for the airline", "said")]),
    ("The governor told reporters earlier that week that schools would stay closed.",
     [("schools would stay closed", IND, "governor", "told")]),
    # a name with its state in an apposition before the cue (reported nothing)
    ("Another Republican, Rep. Dale Whitcomb of North Carolina, said Monday that he would not seek the post.",
     [("he would not seek the post", IND, "Dale Whitcomb", "said")]),
    ("A second senator whose name had been floated for the job, Sen. Mark Ellison of Nebraska, said he was happy "
     "where he was.",
     [("he was happy where he was", IND, "Mark Ellison", "said")]),
    # an addressee with an abbreviated title and an apposition (reported nothing)
    ("The nominee told Sen. Paul Hadley, D-Ore., that he had never met the ambassador.",
     [("he had never met the ambassador", IND, "nominee", "told")]),
    ("The attorney general told Mr. Ruiz, the committee's ranking member, that the memo would be released.",
     [("the memo would be released", IND, "attorney general", "told")]),
    # a dateline with the place's state or country and the date (reported nothing)
    ("HILO, Hawaii, June 3 (Reuters) - Civil defense officials said the lava flow had slowed overnight.",
     [("the lava flow had slowed overnight", IND, "Civil defense officials", "said")]),
    ("SAN JUAN, Puerto Rico, Oct. 2 (UPI) -- Utility officials said power had been restored to half of the island.",
     [("power had been restored to half of the island", IND, "Utility officials", "said")]),
    # the participle of a request after a comma (reported nothing)
    ("Lawmakers sent a letter to the chairman on Thursday, asking him to schedule a public hearing.",
     [("to schedule a public hearing", IND, "Lawmakers", "asking")]),
    ("The company filed a motion in federal court, asking the judge to dismiss the lawsuit.",
     [("to dismiss the lawsuit", IND, "company", "asking")]),
    ("The union wrote to its members on Friday, asking them not to cross the picket line.",
     [("not to cross the picket line", IND, "union", "asking")]),
])
def test_enrecall_fixed(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a time phrase without "that" as before
    ("Police said on Friday night that two men had been arrested.",
     [("two men had been arrested", IND, "Police", "said")]),
    # names in apposition as before
    ("Another senior Republican, Sen. Lindsey Graham, said the strike was justified.",
     [("the strike was justified", IND, "Lindsey Graham", "said")]),
    ("Sen. Chuck Grassley, R-Iowa, said there are no plans to call the nominee back.",
     [("there are no plans to call the nominee back", IND, "Chuck Grassley", "said")]),
    ("WASHINGTON, Jan 16 (Reuters) - The Pentagon said it was reviewing the request.",
     [("it was reviewing the request", IND, "Pentagon", "said")]),
    ("BUFFALO, N.Y., Feb. 9 (Reuters) - The county executive said the travel ban would be lifted at noon.",
     [("the travel ban would be lifted at noon", IND, "county executive", "said")]),
    # "asking" elsewhere is no request
    ("I'm asking you to read the article before commenting.", []),
    ("She spent the evening asking questions about the deal.", []),
    ("The workers are asking for more money.", []),
    ("He kept asking why the plant had closed.", []),
])
def test_enrecall_guards(text, expected):
    assert_exact(text, expected)
