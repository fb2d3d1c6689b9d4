"""Round 53 (policyaudit): an audit of six news comment sections written for it (immigration, a police
shooting, a street-prayer ban, a mayoral election, a sex-education vote, a burglary story; 120 comments).

* Threats: a beating urged on someone ("Somebody should give him a good beating"), "deserve a good kicking",
  wishes of harm in the passive with stabbing and fire-bombing verbs ("Hope they get shanked in prison"), arson
  by torch urged on someone or ordered ("Someone should torch that hotel"), the commenter's "we'll burn it to the
  ground", stalking urged on someone ("Somebody needs to find out where that cop lives"), a building destroyed
  with its people inside ("should be bulldozed with the worshippers inside").
* Identity attacks: "[group] don't integrate", "[group] commit most of the crime", "[group] shouldn't be in
  politics", "[group] come here to rob us", "are all paedophile enablers", the sarcasm "religion of peace strikes
  again"; "Travellers", "trans women", "Black people" as group nouns of the generalising rule.
* SPAM: a sale with a deadline ("70% off this week only") and a freephone number to call, with a link.
* Precision: an affirmation of a group ("Trans women are women") and "dumpster fire" said of a thing ("this
  comment section is a dumpster fire") are acceptable.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r53_audit(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): this span is marked now (the base marked none, or a shorter one)
FIXES_R53_AUDIT = [
    ("Somebody should give him a good beating for what he did to this town.", "THREAT",
     "Somebody should give him a good beating"),
    ("Someone needs to give those thugs a proper kicking.", "THREAT", "Someone needs to give those thugs a proper kicking"),
    ("The lads who did this deserve a good kicking.", "THREAT", "deserve a good kicking"),
    ("Hope they get shanked in prison.", "THREAT", "Hope they get shanked in prison"),
    ("I hope the councillors' houses get firebombed.", "THREAT", "I hope the councillors' houses get firebombed"),
    ("Someone should torch that hotel before more of them move in.", "THREAT", "Someone should torch that hotel"),
    ("Torch the place before they open it.", "THREAT", "Torch the place"),
    ("If they build it here, we'll burn it to the ground.", "THREAT", "we'll burn it to the ground"),
    ("Somebody needs to find out where that judge lives and pay him a visit.", "THREAT",
     "Somebody needs to find out where that judge lives and pay him a visit"),
    ("Someone should pay her a little visit at home.", "THREAT", "Someone should pay her a little visit at home"),
    ("Those churches should be burned down with the congregation inside.", "THREAT",
     "should be burned down with the congregation inside"),
    ("Muslims don't integrate, they never have and never will.", "IDENTITY_ATTACK", "Muslims don't integrate"),
    ("Somalis refuse to integrate.", "IDENTITY_ATTACK", "Somalis refuse to integrate"),
    ("Black people commit most of the crime in this city, look it up.", "IDENTITY_ATTACK",
     "Black people commit most of the crime in this city"),
    ("Albanians are responsible for all the burglaries.", "IDENTITY_ATTACK", "Albanians are responsible for all the burglaries"),
    ("Women shouldn't be in politics, this proves it.", "IDENTITY_ATTACK", "Women shouldn't be in politics"),
    ("Romanians come here for one reason: to rob us.", "IDENTITY_ATTACK", "Romanians come here for one reason: to rob us"),
    ("Nigerians only come here to scrounge.", "IDENTITY_ATTACK", "Nigerians only come here to scrounge"),
    ("Catholics are all paedophile enablers.", "IDENTITY_ATTACK", "Catholics are all paedophile enablers"),
    ("Religion of peace strikes again.", "IDENTITY_ATTACK", "Religion of peace strikes again"),
    ("Travellers are all thieves, every single one.", "IDENTITY_ATTACK", "Travellers are all thieves"),
    ("Trans women are all predators.", "IDENTITY_ATTACK", "Trans women are all predators"),
    ("Home security systems 70% off this week only! Call 0800 555 0199 or visit www.safehome-deals.com", "SPAM",
     "Home security systems 70% off this week only! Call 0800 555 0199 or visit www.safehome-deals.com"),
    ("Sofas 50% off today only, see www.sofa-depot.co.uk", "SPAM", "Sofas 50% off today only, see www.sofa-depot.co.uk"),
]

# texts the base flagged that are acceptable now
FIXES_R53_AUDIT_CLEAN = [
    "Trans women are women.",
    "Honestly this comment section is a dumpster fire.",
    "The rollout was a total dumpster fire.",
]

# (text, label, span text): marked on both
GUARDS_R53_AUDIT = [
    ("Cops like him should be shot on sight.", "THREAT", "should be shot"),
    ("If I catch anyone in my garden I'll break their legs.", "THREAT", "I'll break their legs"),
    ("Migrants are a plague on our towns.", "IDENTITY_ATTACK", "Migrants are a plague on our towns"),
    ("Women are too emotional to sit on a school board.", "IDENTITY_ATTACK", "Women are too emotional to sit on a school board"),
    ("Go back to where you came from if you don't like it here.", "IDENTITY_ATTACK", "Go back to where you came from"),
    ("The home secretary is a clown and this policy is a circus.", "INSULT", "clown"),
    # a concession before an attack is no affirmation
    ("Sure, Muslims are people too but they carry a medieval mindset with them.", "IDENTITY_ATTACK", "Muslims"),
]

# acceptable on both: civil criticism, reports, near misses of the new shapes
GUARDS_R53_AUDIT_CLEAN = [
    "Somebody should give him a good talking-to.",
    "Someone should give them a chance before judging.",
    "Someone should torch the opposition's arguments in the debate.",
    "That old warehouse should be bulldozed.",
    "I hope the old mill gets torched by the developers.",
    "I hope the photo gets blown up for the exhibition.",
    "I hope they get stoned at the festival and chill out.",
    "Refugees cannot integrate without language classes.",
    "Immigrants come here to work hard.",
    "Men commit most violent crimes, according to the data.",
    "Women shouldn't be in fear on their way home.",
    "Nobody thinks women shouldn't be in politics.",
    "Children shouldn't be in charge of the remote.",
    "Travellers are advised to check their flights before leaving.",
    "Islam is a religion of peace, the imam said.",
    "Women are welcome here.",
    "Wait for the bodycam footage before deciding anything.",
    "Congratulations to both candidates on a clean campaign.",
    "Postal voting needs an audit, not a conspiracy theory.",
    "Lock them up and throw away the key.",
    "Anyone with information should call 0800 555 1111 quoting crime reference 123.",
    "The store offered 70% off this week only, and queues formed.",
    "My neighbour was burgled twice. Nobody deserves to feel unsafe in their own home.",
]


@pytest.mark.parametrize(("text", "label", "span"), FIXES_R53_AUDIT + GUARDS_R53_AUDIT)
def test_r53_audit_marked(annotator, text, label, span):
    labels, spans = annotate_r53_audit(annotator, text)
    assert (label, span) in spans, spans
    assert labels["verdict"] == "violates_policy"
    assert label in labels["violations"]


@pytest.mark.parametrize("text", FIXES_R53_AUDIT_CLEAN + GUARDS_R53_AUDIT_CLEAN)
def test_r53_audit_acceptable(annotator, text):
    labels, spans = annotate_r53_audit(annotator, text)
    assert labels["verdict"] == "acceptable", (labels, spans)
    assert spans == []
