"""Round 38, helper enreq: English requests with a noun addressee and an infinitive, a repeated or renewed call or
appeal, and frustration or disappointment voiced. Sentences written for these tests, in the style of wire and newspaper
reports on politics, diplomacy, courts and business (names invented)."""

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
    # (round 38, enreq) a request to a noun addressee: the infinitive clause is the quote, as for "vowed to …"
    ("The Treasury asked Congress to raise the debt limit before the end of October.",
     [("to raise the debt limit before the end of October", IND, "Treasury", "asked")]),
    ("Defense lawyers asked the judge to delay the trial by three months.",
     [("to delay the trial by three months", IND, "Defense lawyers", "asked")]),
    ("Prosecutors on Thursday formally asked a federal court to seize the yacht.",
     [("to seize the yacht", IND, "Prosecutors", "asked")]),
    ("The ministry asks foreign airlines not to enter the airspace over the gulf.",
     [("not to enter the airspace over the gulf", IND, "ministry", "asks")]),
    ("Kenya's foreign minister, Ruth Wanjiku, asked the African Union to send monitors to the border.",
     [("to send monitors to the border", IND, "Ruth Wanjiku", "asked")]),
    # ... up to its first comma: a comma splice or a participle after it is not the request
    ("The mayor asked county officials to reopen the bridge, saying the detour was costing shops.",
     [("to reopen the bridge", IND, "mayor", "asked"),
      ("the detour was costing shops", IND, "mayor", "saying")]),
    # (round 38, enreq) a call or an appeal that is reiterated or renewed is a speech act (the sentence)
    ("The secretary-general on Friday reiterated his call for a humanitarian pause in the fighting.",
     [("The secretary-general on Friday reiterated his call for a humanitarian pause in the fighting", IND,
       "secretary-general", "reiterated")]),
    ("Minister Lena Varga reiterated Hungary's appeal for talks between the two sides.",
     [("Minister Lena Varga reiterated Hungary's appeal for talks between the two sides", IND, "Lena Varga",
       "reiterated")]),
    ("Opposition leaders renewed calls for an independent inquiry on Sunday.",
     [("Opposition leaders renewed calls for an independent inquiry on Sunday", IND, "Opposition leaders",
       "renewed")]),
    # (round 38, enreq) frustration, disappointment and dismay voiced or expressed: a clause after "that" is the quote
    ("Several senators voiced frustration that the agency had missed the deadline.",
     [("the agency had missed the deadline", IND, "Several senators", "voiced")]),
    ("Union leaders expressed disappointment that the company had rejected the offer.",
     [("the company had rejected the offer", IND, "Union leaders", "expressed")]),
    ("Farm groups voiced dismay over the new tariffs.",
     [("Farm groups voiced dismay over the new tariffs", IND, "Farm groups", "voiced")]),
])
def test_round38_enreq_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize("text", [
    # guards: no request without a noun addressee and a bare verb after "to"
    "She was asked to resign in March.",
    "When asked by reporters to comment, the governor declined.",
    "My neighbour asked me to water the plants while she was away.",
    "The city asked residents for patience during the repairs.",
    "The agency asked lawmakers on Monday for the power to move funds between accounts.",
    "The official, who asked not to be named, declined to give details.",
    "The board asked the auditors to the meeting.",
    # the writer's own request
    "I asked my landlord to fix the heating last week.",
    # a call or an appeal that is not repeated speech
    "He repeated the call to prayer from the minaret.",
    "She renewed her passport in May.",
    "The renewed calls for reform went unheeded.",
])
def test_round38_enreq_guards_nothing(text):
    assert _quotes(text) == []


def test_round38_enreq_guards_kept():
    # "urged X to …" and "called on X to …" stay acts over the sentence (earlier rounds); "asked that …" and "asked whether …" keep their clause
    assert_exact("The governor urged residents to stay off the roads.",
                 [("The governor urged residents to stay off the roads", IND, "governor", "urged")])
    assert_exact("In the filing, prosecutors asked that the defendant be held without bail.",
                 [("the defendant be held without bail", IND, "prosecutors", "asked")])
    assert_exact("The envoy asked whether the talks could resume next week.",
                 [("the talks could resume next week", IND, "envoy", "asked")])
