"""Round 54 (polobf): an audit of seven comment sections written for it (gaming news, a sports forum, tech reviews,
celebrity gossip, crypto news, a recipe site, a local news site; 84 comments) on obfuscated profanity and spam.

* Profanity spelling variants: "mofo", "shiet", "fook"/"fooking", "feck"/"fecking" (not "feckless"), "f4ck"/"f4cking"
  (leet "4" reads "a": "fack").
* Emoji typed for letters ("f🤬cking", "sh💩t"): each emoji exactly one masked letter (`policy_rules._EMOJI_MASKED`;
  "ba⚽️⚾️s" is "balls", not "badass").
* Clean words holding a listed one: the mushroom spelt "shitake", the surname "Van Dyke".
* SPAM: game-currency generators, fake giveaways, free-coin airdrops with "Cl!ck h3re", betting tips "guaranteed",
  recovery-scam testimonials with a Telegram handle, loans "approved in 5 minutes" with a shortcode, "the best …
  deals in your area" with a freephone number, a sale with its link right after, one link pasted three times.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r54_polobf(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text or None for any span of the label): marked now, not on the base
FIXES_R54_POLOBF = [
    ("This patch is f4cking broken, my save got wiped twice.", "PROFANITY", "f4cking"),
    ("Absolute mofo of a strike from outside the box!", "PROFANITY", "mofo"),
    ("Shiet, what a comeback in the second half", "PROFANITY", "Shiet"),
    ("Battery life on this phone is fooking terrible.", "PROFANITY", "fooking"),
    ("Who the fook parks like that outside a school", "PROFANITY", "fook"),
    ("Ah feck it, the bus is late again.", "PROFANITY", "feck"),
    ("That dress is f🤬cking hideous", "PROFANITY", "f🤬cking"),
    ("The new update is sh💩t, rolled it back.", "PROFANITY", "sh💩t"),
    ("FREE V-BUCKS GENERATOR 100% working no survey >>> http://vbux-free.xyz claim now!!!", "SPAM", None),
    ("Join my VIP betting tips group on Telegram @surewins_daily 98% win rate guaranteed!!", "SPAM", None),
    ("Click my profile to see the leaked pics before they get deleted", "SPAM", None),
    ("I'm giving away 10 iPhones to my followers!!! Just like and DM me your address", "SPAM", None),
    ("I lost $40,000 to a fake exchange but Mr. Alex Recovery got it all back!! Contact him on Telegram @AlexRecoverPro",
     "SPAM", None),
    ("Cl!ck h3re for fr33 BTC airdrop bit.ly/3xFreeBTC", "SPAM", None),
    ("Call 1-800-555-0199 for the best kitchen remodeling deals in your area!!!", "SPAM", None),
    ("Need cash fast? Loans approved in 5 minutes, no credit check!!! Text LOAN to 55512", "SPAM", None),
    ("Cheap Ray-Ban sunglasses 90% off www.raybanz-outlet.co www.raybanz-outlet.co www.raybanz-outlet.co", "SPAM", None),
]

# (text, labels that must be absent): the base marked one of them
FIXES_R54_POLOBF_CLEAN = [
    ("I used shitake mushrooms instead of button, great swap.", {"PROFANITY"}),
    ("Dick Van Dyke is 100 and still dancing, what a legend.", {"IDENTITY_ATTACK", "PROFANITY"}),
    ("He grew a Van Dyke beard for the role.", {"IDENTITY_ATTACK"}),
]

# (text, label, span text or None): marked on both the base and now
GUARDS_R54_POLOBF = [
    ("Devs don't give a sh!t about PC players anymore.", "PROFANITY", "sh!t"),
    ("What the f*** were they thinking with these loot boxes", "PROFANITY", "f***"),
    ("The ref was a complete f u c k i n g disgrace tonight.", "PROFANITY", "f u c k i n g"),
    ("That keeper is a f.u.c.k.i.n.g liability", "PROFANITY", "f.u.c.k.i.n.g"),
    ("Fuuuuuck this game, 60 hours gone.", "PROFANITY", "Fuuuuuck"),
    ("Phuck Apple and their dongles.", "PROFANITY", "Phuck"),
    ("stfu kid nobody asked", "PROFANITY", "stfu"),
    ("Make $500/day working from home with just your laptop!! Message me on WhatsApp +1 (555) 013-2299", "SPAM",
     None),
    ("Earn 5% daily with my forex signals, DM me for details, limited spots!!!", "SPAM", None),
]

# (text, labels that must be absent): absent on both the base and now (emoji glued to a word are no mask by
# themselves; ball emoji for "balls" do not read as a listed word)
GUARDS_R54_POLOBF_CLEAN = [
    ("That penalty took real ba⚽️⚾️s from a 19-year-old.", {"PROFANITY"}),
    ("lmao this whole thread😂😂😂 is gold", {"PROFANITY"}),
    ("Kicking my ass😩 at the gym this week", {"SPAM"}),
]

# texts that stay clean of every label
CLEAN_R54_POLOBF = [
    "The assassin class is finally viable in ranked, good change.",
    "That was a hell of a launch trailer.",
    "Anyone know if the cocktail minigame from the first one is back?",
    "Sussex won the toss and chose to bat.",
    "Scunthorpe away on a Tuesday night is character building.",
    "Good review. Full spec sheet here for anyone who wants it: https://www.gsmarena.com/specs",
    "Made this last night, used 2 1/2 cups flour and 350F for 25 minutes, perfect.",
    "DM me if you want my grandma's version, Sarah, it's even better!",
    "Add 1 tsp salt, 1/4 tsp pepper, 3 cloves garlic. Bake at 200C for 40 min.",
    "Full story on the road closure here: https://www.citycouncil.gov/news/road-closure",
    "Call the non-emergency line at 555-0143 if you saw anything.",
    "My cousin's cocktail bar on Elm St is opening next week!",
    "The minister looked feckless and out of his depth at the hearing.",
    "I love you❤️so much, happy birthday sis",
    "Nadal has a 90% win rate on clay, see https://www.atptour.com/stats for the numbers.",
    "If you are struggling, text HOME to 741741 to reach a crisis counselor.",
    "I lost $400 on the stock last year but got it all back when it recovered.",
    "We're giving away our old sofa, message me if you want it.",
    "Payday lenders that advertise no credit check loans trap borrowers, the report says.",
    "Everyone wants to see the leaked documents, but the court sealed them.",
    "See https://www.bbc.co.uk/news https://www.bbc.co.uk/news for the full report, the second link has the video.",
]


@pytest.mark.parametrize(("text", "label", "span"), FIXES_R54_POLOBF + GUARDS_R54_POLOBF)
def test_r54_polobf_marked(annotator, text, label, span):
    labels, spans = annotate_r54_polobf(annotator, text)
    assert label in labels["violations"], spans
    if span is None:
        assert any(lab == label for lab, _ in spans), spans
    else:
        assert (label, span) in spans, spans


@pytest.mark.parametrize(("text", "absent"), FIXES_R54_POLOBF_CLEAN + GUARDS_R54_POLOBF_CLEAN)
def test_r54_polobf_not_marked(annotator, text, absent):
    labels, spans = annotate_r54_polobf(annotator, text)
    assert not (set(labels["violations"]) & absent), spans
    assert not any(lab in absent for lab, _ in spans), spans


@pytest.mark.parametrize("text", CLEAN_R54_POLOBF)
def test_r54_polobf_clean(annotator, text):
    labels, spans = annotate_r54_polobf(annotator, text)
    assert labels["violations"] == [], spans
    assert spans == [], spans
