"""Round 38, helper enacts: English speech acts on an addressee ("appealed to X to …", "advised X against …", "briefed X
on …", "apprised X of …", "pressed X to …"), progressive forms ("is urging X to …", "have been pressing X to …"), "called
on X (party-state) to …" and a quantifier in a coordinated subject ("Democrats and some Republicans"). As for "urged X to
…" and "called on X to …", the act is the whole sentence. Sentences written for these tests, in the style of political,
diplomatic, court and local news (names invented)."""

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
    # "appealed to X to …": an appeal to an addressee, the whole sentence
    ("The interior minister appealed to protesters to leave the square before nightfall.",
     [("The interior minister appealed to protesters to leave the square before nightfall", IND, "interior minister",
       "appealed")]),
    ("Mayor Ellen Brandt on Friday appealed to residents to conserve water during the heat wave.",
     [("Mayor Ellen Brandt on Friday appealed to residents to conserve water during the heat wave", IND, "Ellen Brandt",
       "appealed")]),
    ("President Daniel Okafor has appealed to the international community to send food aid to the north.",
     [("President Daniel Okafor has appealed to the international community to send food aid to the north", IND,
       "Daniel Okafor", "appealed")]),
    # "advised X against …" / "advised X to …"
    ("Health officials advised travellers against visiting the affected districts.",
     [("Health officials advised travellers against visiting the affected districts", IND, "Health officials",
       "advised")]),
    ("The state department advised American citizens in the region to leave immediately.",
     [("The state department advised American citizens in the region to leave immediately", IND, "state department",
       "advised")]),
    ("His doctors advised him not to fly to the summit.",
     [("His doctors advised him not to fly to the summit", IND, "doctors", "advised")]),
    # "briefed X on …", "apprised X of …"
    ("Defense Secretary Mark Ellison briefed senators on the troop withdrawal plan on Tuesday.",
     [("Defense Secretary Mark Ellison briefed senators on the troop withdrawal plan on Tuesday", IND, "Mark Ellison",
       "briefed")]),
    ("The FBI director briefed the committee about the investigation behind closed doors.",
     [("The FBI director briefed the committee about the investigation behind closed doors", IND, "FBI director",
       "briefed")]),
    ("The special envoy apprised the Security Council of the latest round of talks.",
     [("The special envoy apprised the Security Council of the latest round of talks", IND, "special envoy",
       "apprised")]),
    # "pressed X to …", simple and progressive
    ("Defense lawyers pressed the judge to postpone the sentencing hearing.",
     [("Defense lawyers pressed the judge to postpone the sentencing hearing", IND, "Defense lawyers", "pressed")]),
    ("Activists have been pressing the government to publish the inquiry's findings.",
     [("Activists have been pressing the government to publish the inquiry's findings", IND, "Activists",
       "pressing")]),
    ("Senator Laura Finch is pressing Pentagon leaders to explain the delays.",
     [("Senator Laura Finch is pressing Pentagon leaders to explain the delays", IND, "Laura Finch", "pressing")]),
    # an insertion between the subject and its "be"
    ("Councillor Maria Vega and two colleagues, backed by local traders, are pressing the city council to reopen the "
     "market.",
     [("Councillor Maria Vega and two colleagues, backed by local traders, are pressing the city council to reopen the "
       "market", IND, "Maria Vega", "pressing")]),
    # progressive "urging X to …" (the simple past "urged X to …" already reported)
    ("The county sheriff's office is urging residents of low-lying areas to evacuate by noon.",
     [("The county sheriff's office is urging residents of low-lying areas to evacuate by noon", IND,
       "county sheriff's office", "urging")]),
    ("Britain and France are urging both sides to return to the negotiating table.",
     [("Britain and France are urging both sides to return to the negotiating table", IND, "Britain and France",
       "urging")]),
    ("The White House has been urging Congress to pass the aid package before the recess.",
     [("The White House has been urging Congress to pass the aid package before the recess", IND, "White House",
       "urging")]),
    ("Teachers' unions are also warning parents against keeping children at home.",
     [("Teachers' unions are also warning parents against keeping children at home", IND, "Teachers' unions",
       "warning")]),
    # "called on X to …" with the addressee's party and state in brackets, or an initial
    ("Senate Minority Leader Tom Avery (D-Ore.) called on Speaker Dale R. Whitman (R-Ohio) to schedule a vote.",
     [("Senate Minority Leader Tom Avery (D-Ore.) called on Speaker Dale R. Whitman (R-Ohio) to schedule a vote", IND,
       "Tom Avery", "called")]),
])
def test_r38_enacts_addressee_acts(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a quantifier opens the second conjunct of the subject: both conjuncts speak
    ("Democrats and some Republicans have called for an independent inquiry into the contract.",
     [("Democrats and some Republicans have called for an independent inquiry into the contract", IND,
       "Democrats and some Republicans", "called")]),
])
def test_r38_enacts_quantified_coordination(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a legal appeal, a court appealed to, a passive, a participle without an object, a thing pressed,
    # advice on a deal, a progressive "urging" without an addressee and an infinitive, "cautioned X against"
    ("The company appealed the ruling to the state Supreme Court.", []),
    ("The company appealed to the Supreme Court to overturn the verdict.", []),
    ("Residents were advised to stay indoors until the smoke cleared.", []),
    ("The president was briefed on the shooting aboard Air Force One.", []),
    ("People briefed on the talks said a deal was close.",
     [("a deal was close", IND, "People briefed on the talks", "said")]),
    ("She pressed the button to open the gate.", []),
    ("Morgan Stanley advised the airline on the merger.", []),
    ("The agency is urging caution.", []),
    ("The report cautioned investors against panic.", []),
    ("The senator urged colleagues to reject the bill.",
     [("The senator urged colleagues to reject the bill", IND, "senator", "urged")]),
    ("Some Republicans said the bill would fail.", [("the bill would fail", IND, "Some Republicans", "said")]),
    ("Unions and many employers said the new rules would cost jobs.",
     [("the new rules would cost jobs", IND, "Unions and many employers", "said")]),
])
def test_r38_enacts_guards(text, expected):
    assert_exact(text, expected)
