"""Lines of web pages that are never check-worthy claims (helper of `claims.not_a_claim`).

The claim model was trained on debate sentences; on news pages it also scores the page furniture:
tweet attribution lines ("— Jane Doe (@janedoe) November 18, 2019"), bare links, photo credits,
copyright and disclaimer lines, bylines and datelines, shop listings ("Amazon Echo Buds for $130",
"Apple iPhone 7, GSM Unlocked, 32GB – Black (Renewed)", "Available from Amazon"), numbered list
headings ("7. Clean out the kitchen") and sentences in another language inside an English page.
`junk_line(sentence)` names the shape (None when the model decides). Every rule is conservative:
a shape with a full stop, a verb or English function words is left to the model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# "— Jane Doe (@janedoe) November 18, 2019": the last line of an embedded tweet
_TWEET_ATTRIBUTION = re.compile(r"^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,20}\)\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}$")
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|[\w-]+(?:\.[\w-]+)+/\S*", re.I)
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")  # a letter beyond the Latin blocks
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# "Photo: Jane Doe/Getty Images", "Image Source: …/Shutterstock", "(Photo by Jane Doe/AP)"
_CREDIT = re.compile(
    r"^[(\[]?(?:(?:file |main |top |header |featured )?(?:photo|image|picture|video|graphic|illustration|footage)s?"
    r"(?:\s+(?:source|credit)s?)?|credits?|source)\s*(?::|\||/|\bby\b|\bcourtesy(?: of)?\b|\bvia\b)\s*(?P<rest>.*)$",
    re.I,
)
# "Copyright 2019 Hawaii News Now.", "© 2020 Jane Doe. All rights reserved.": the rest is names only
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*(?:©\s*)?(?=\d|[A-Z]|©|$)|©\s*|\(c\)\s*(?=\d))(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<rest>.*?)\s*(?:\ball rights reserved\W*)?$|^all rights reserved\W*$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^disclaimer\s*:|\b(?:views|opinions)\b.{0,80}\bexpressed\b.{0,120}\b(?:are|is)\s+(?:solely\s+)?"
    r"(?:their|his|her|the author'?s|the authors'|my|our)\s+own\b",
    re.I,
)
# "Read more", "Subscribe to our newsletter", "Sign up for …", "Follow us on Twitter", "Click here …"
_BOILERPLATE = re.compile(
    r"^(?:read (?:more|next)(?=\s*$|\s*[:»›>…|–—-]|\s+(?:about|at|on|here|from|in|stories|news)\b)"
    r"|read the (?:full|original) (?:story|article|report|interview)\b|subscribe\b|sign up\b|follow us\b|click here\b|advertisement\b"
    r"|get (?:our|the) (?:free )?newsletter\b|(?:share|like) (?:this|us)\b)",
    re.I,
)
# "By Jane Doe", "By Jane Doe and John Roe | Reuters": a byline (the rest are names only)
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<rest>[A-Z].*)$")
# "Published: Nov. 19, 2019 3:04 p.m. ET", "Updated 11:03 AM EST"
_DATELINE = re.compile(r"^(?:published|updated|posted|last updated|first published)\b\s*(?::|on\b|at\b)?\s*(?P<rest>.*)$", re.I)
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thurs fri sat sun am pm a m p et est edt ct cst cdt pt pst pdt gmt bst utc cet at on ago hours hour minutes "
    "minute h min".split()
)
# "7. Clean out the kitchen", "2) Avoid skipping meals": a numbered list heading (no full stop, no digit)
_LIST_HEADING = re.compile(r"^\d{1,2}[.)]\s+(?P<rest>[^\d]+)$")
# shop listings
_PRICE_END = re.compile(r"\b(?:for|at|from|only|just)\s+(?:US)?[$€£]\s?\d[\d,.]*$")
# a spec in brackets; not a party and state after a politician's name ("(D, Mass.)", "(R-Texas)")
_SPEC = re.compile(
    r"\((?!\s*(?:D|R|I|Dem|Rep|Ind)\.?\s*[,/–-])(?:[^()]*,[^()]*|[^()]*\d\s*(?:GB|TB|MB|mm|cm|MP|mAh|Wh|W|Hz|GHz|in|inch|-inch|\")\b[^()]*"
    r"|renewed|refurbished|latest model|certified refurbished|unlocked)\)"
    r"|\b\d+\s?(?:GB|TB)\b",
    re.I,
)
# round 51: a number with a unit inside a product name is a spec, not a lower-case word ("Apple iPad Pro (11-inch,
# Wi-Fi, 64GB)", "Apple Watch Series 3 (GPS, 38mm)")
_UNIT = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?-?(?:inch|inches|in|mm|cm|gb|tb|mb|mp|mah|wh|w|hz|ghz|k|oz|ml|lb|lbs|kg|g)\b", re.I
)
# a colour variant after a dash closes a product name ("Powerbeats3 Wireless Earphones - Black", "… - Space Gray
# (Latest Model)"); the words are [variant_colour] of data/claim_lines.txt
_VARIANT_END = re.compile(r"\s[-–—]\s+(?P<variant>[A-Z][\w ]{1,30}?)\s*(?:\([^()]*\))?$")
# review furniture: "Score 4.5 out of 5", "Rating: 8/10", "Our verdict: 4 out of 5 stars"
_RATING = re.compile(
    r"^(?:(?:our |the )?(?:score|rating|verdict|overall|grade|rated))\s*:?\s*\d+(?:[.,]\d+)?\s*(?:out of|/)\s*\d+"
    r"(?:\s*stars?)?$",
    re.I,
)
_SHOP = re.compile(
    r"^(?:available (?:from|at|on)|buy (?:it |now |one )?(?:at|from|on)|see (?:it|price|deal|details) (?:at|on)"
    r"|check (?:the )?price (?:at|on)|view (?:deal|price|product) (?:at|on)|(?:buy|shop) now)\b(?P<rest>.*)$",
    re.I,
)
# words of a name or title line that are not capitalised: connectives
_TITLE_LINKS = frozenset(
    "a an and of the for with in on at by from to or plus vs via de da di del der van von la le x".split()
)
# words that make a title-like line a sentence (title case writes verbs with a capital too)
_VERBISH = frozenset(
    "is are was were be been has have had will would can could should may might must do does did isn't aren't "
    "wasn't won't can't don't doesn't didn't says said gets got makes made takes took".split()
)
_STRIP = "([{\"'“‘«„)]}”’»:.,;!?"
_BYLINE_WORDS = frozenset({"staff", "writer", "reporter", "editor"})
# first words (lower case, punctuation stripped) a line must open with before the regex of its shape is tried
_CREDIT_FIRST = frozenset(
    "file main top header featured photo photos image images picture pictures video videos graphic graphics "
    "illustration illustrations footage credit credits source".split()
)
_BOILER_FIRST = frozenset("read subscribe sign follow click advertisement get share like".split())
_DATE_FIRST = frozenset("published updated posted last first".split())
_SHOP_FIRST = frozenset("available buy shop see check view".split())
_COMPANY = frozenset("inc ltd llc co corp plc gmbh media group all rights reserved".split())
_END_PUNCT = tuple(".!?;:…\"'”’»")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The word lists of data/claim_lines.txt by section (read once); [foreign] without the [particle] words."""
    raw = (resources.files("spanbank") / "data" / "claim_lines.txt").read_text(encoding="utf-8")
    secs: dict[str, set[str]] = {}
    cur = ""
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            continue
        secs.setdefault(cur, set()).update(line.lower().split())
    particle = frozenset(secs.get("particle", ()))
    lists = {
        "english": frozenset(secs.get("english", ())),
        "foreign": frozenset(secs.get("foreign", ())) - particle,
        "particle": particle,
        "list_verb": frozenset(secs.get("list_verb", ())),
        "insult": frozenset(secs.get("insult", ())),
        "insult_frame": frozenset(secs.get("insult_frame", ())),
        "insult_clinical": frozenset(secs.get("insult_clinical", ())),
        "clinical_context": frozenset(secs.get("clinical_context", ())),
        "call_start": frozenset(w.replace("_", " ") for w in secs.get("call_start", ())),
        "greeting": frozenset(w.replace("_", " ") for w in secs.get("greeting", ())),
        "finite": frozenset(secs.get("finite", ())) | frozenset(secs.get("statement", ())),
        "finite_verb": frozenset(secs.get("finite", ())),
        "headline_verb": frozenset(secs.get("headline_verb", ())),
        "np_start": frozenset(secs.get("np_start", ())),
        "opinion_superlative": frozenset(secs.get("opinion_superlative", ())),
        "opinion_most": frozenset(secs.get("opinion_most", ())),
        "opinion_tail": frozenset(secs.get("opinion_tail", ())),
        "measure": frozenset(secs.get("measure", ())),
        "superlative_event": frozenset(secs.get("superlative_event", ())),
        "evaluative": frozenset(secs.get("evaluative", ())) | frozenset(secs.get("insult", ())),
        "number_word": frozenset(secs.get("number_word", ())),
        "rule_word": frozenset(secs.get("rule_word", ())),
        "report_verb": frozenset(secs.get("report_verb", ())),
        "variant_colour": frozenset(secs.get("variant_colour", ())),
        "complaint": frozenset(secs.get("complaint", ())),
        "media_format": frozenset(secs.get("media_format", ())),
        "table_header": frozenset(secs.get("table_header", ())),
        "speculation_start": frozenset(w.replace("_", " ") for w in secs.get("speculation_start", ())),
        "speculation_block": frozenset(secs.get("speculation_block", ())),
        "perfect_link": frozenset(secs.get("perfect_link", ())),
        "evaluative_tail": frozenset(secs.get("evaluative_tail", ())),
        "contact_subject": frozenset(secs.get("contact_subject", ())),
        "contact_verb": frozenset(secs.get("contact_verb", ())),
        "contact_place": frozenset(secs.get("contact_place", ())),
        "feeling": frozenset(secs.get("feeling", ())),
        "feeling_verb": frozenset(secs.get("feeling_verb", ())),
        "feeling_object": frozenset(secs.get("feeling_object", ())),
        "feeling_verb_any": frozenset(secs.get("feeling_verb_any", ())),
        "intention_verb": frozenset(secs.get("intention_verb", ())),
        "intention_adj": frozenset(secs.get("intention_adj", ())),
        "factcheck_field": frozenset(w.replace("_", " ") for w in secs.get("factcheck_field", ())),
        "credit_role": frozenset(secs.get("credit_role", ())),
        "newsroom_verb": frozenset(secs.get("newsroom_verb", ())),
        "newsroom_object": frozenset(secs.get("newsroom_object", ())),
        "photo_lead": frozenset(w.replace("_", " ") for w in secs.get("photo_lead", ())),
        "schedule_verb": frozenset(secs.get("schedule_verb", ())),
        "schedule_word": frozenset(secs.get("schedule_word", ())) | _DATE_WORDS,
        "schedule_event": frozenset(secs.get("schedule_event", ())),
        "promo_start": frozenset(w.replace("_", " ") for w in secs.get("promo_start", ())),
        "promo_self": frozenset(secs.get("promo_self", ())),
        "reader_call_verb": frozenset(secs.get("reader_call_verb", ())),
        "deadline_word": frozenset(secs.get("deadline_word", ())),
        "bio_role": frozenset(secs.get("bio_role", ())),
        "bio_verb": frozenset(secs.get("bio_verb", ())),
        "watch_event": frozenset(secs.get("watch_event", ())),
        "feeling_tail_block": frozenset(secs.get("feeling_tail_block", ())),
        "quote_verb": frozenset(secs.get("quote_verb", ())),
        "quote_attribution_block": frozenset(secs.get("quote_attribution_block", ())),
        "stance_sarcasm_word": frozenset(secs.get("stance_sarcasm_word", ())),
        "stance_please_verb": frozenset(secs.get("stance_please_verb", ())),
        "address_word": frozenset(secs.get("address_word", ())),
        "request_verb": frozenset(secs.get("request_verb", ())),
        "rally_verb": frozenset(secs.get("rally_verb", ())),
        "kin_word": frozenset(secs.get("kin_word", ())),
        "kin_block": frozenset(secs.get("kin_block", ())),
        "echo_unit": frozenset(secs.get("echo_unit", ())),
        "calendar_verb": frozenset(secs.get("calendar_verb", ())),
        "release_verb": frozenset(secs.get("release_verb", ())),
        "release_object": frozenset(secs.get("release_object", ())),
        "reaction_word": frozenset(secs.get("reaction_word", ())) | frozenset(secs.get("feeling", ())),
        "format_word": frozenset(secs.get("format_word", ())),
        "household_noun": frozenset(secs.get("household_noun", ())),
        "household_shared": frozenset(secs.get("household_shared", ())),
        "household_bill": frozenset(secs.get("household_bill", ())),
        "farm_verb": frozenset(secs.get("farm_verb", ())),
        "private_state": frozenset(secs.get("private_state", ())),
        "private_block": frozenset(secs.get("private_block", ())),
        "vague_word": frozenset(secs.get("vague_word", ())),
        "anecdote_person": frozenset(secs.get("anecdote_person", ())),
        "tenure_verb": frozenset(secs.get("tenure_verb", ())),
        "tenure_block": frozenset(secs.get("tenure_block", ())),
    }
    # derived once (round 53): the first words of the promotion openers, the imperatives of rally and reader calls
    lists["promo_first"] = frozenset(p.split()[0] for p in lists["promo_start"] if p.split())
    lists["rally_call"] = lists["call_start"] | lists["rally_verb"]
    lists["reader_call"] = lists["rally_call"] | lists["reader_call_verb"]
    return lists


def _names_only(text: str, extra: frozenset[str] = frozenset()) -> bool:
    """Every letter word is capitalised (Jane, AP, iPhone-like words with a capital), a connective
    or in `extra`; and there is at least one capitalised word. A title-case verb ("Is", "Says") or,
    after the first word, a [headline_verb] ("Trump Approves Aid Package") makes it a sentence."""
    caps = 0
    headline = _lists()["headline_verb"]
    for k, w in enumerate(_LETTER_WORD.findall(text)):
        if w[0].isupper() or (len(w) > 1 and any(c.isupper() for c in w[1:])):
            if w.lower() in _VERBISH or (k and w.lower() in headline):
                return False
            caps += 1
        elif w.lower() not in _TITLE_LINKS and w.lower() not in extra:
            return False
    return caps > 0


# byline: the names end at a separator, after which an outlet or a job title may follow
_BYLINE_SEP = re.compile(r"\s*(?:[,|/–—]|\s-\s)\s*")
_NAME_PARTICLES = frozenset("de da di del della der van von la le du dos bin ibn al el st".split())
_NAME_AND = frozenset({"and", "&"})
# after one of these a past participle is no finite verb: "Getting started with yoga", "Stay hydrated"
_LINKING = frozenset(
    "get getting got stay staying keep keeping feel feeling be being become becoming look looking seem seeming "
    "remain remaining".split()
)
# an -ed word before one of these (or at the end) is a finite verb: "Spending increased by a third",
# "Housing costs doubled"; before another word it is an adjective ("Avoid processed foods")
_AFTER_FINITE = frozenset(
    "by in on at to for from with over under since during after before into the a an its their his her our my "
    "your this that these those than as up down out off again sharply".split()
)
_CONTRACTED_VERB = ("n't", "'ve", "'re", "'ll", "'d", "’ve", "’re", "’ll", "’d", "n’t")


def _is_past(w: str) -> bool:
    """A regular past form: -ed, at least four letters, not -eed ("need", "speed")."""
    return len(w) >= 4 and w.endswith("ed") and not w.endswith("eed")


def _has_finite_verb(head: list[str]) -> bool:
    """Whether the words of a numbered line after its first word hold a finite verb, which makes the line a
    sentence ("3. Spending on schools fell by a third", "2) Housing costs have doubled in a decade"): a [finite]
    verb or irregular past form, a verb contraction, or a regular past form that is not a participle after a
    linking verb ("Getting started") and not an adjective before a noun ("Avoid processed foods")."""
    verbs = _lists()["finite_verb"]
    low = [w.lower() for w in head]
    for k in range(1, len(low)):
        w = low[k]
        if w in verbs or w.endswith(_CONTRACTED_VERB):
            return True
        if _is_past(w) and low[k - 1] not in _LINKING and (k + 1 == len(low) or low[k + 1] in _AFTER_FINITE):
            return True
    return False


# a numbered line of a product or title list: "12) Roger Waters – The Wall (DVD)", "3) Dark Side of the Moon (Vinile)"
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<rest>\S.*)$")
_NUMBERED_GUARD = frozenset("up down percent per cent million billion trillion".split())


def _product_name(s: str) -> bool:
    """Round 51: a product name without end punctuation (checked by the caller) that the older shop-listing test
    missed: a spec in brackets or a colour variant after a dash, whose other words are capitalised names once the
    numbers with units are taken out ("Apple iPad Pro (11-inch, Wi-Fi, 64GB) - Space Gray (Latest Model)",
    "Powerbeats3 Wireless Earphones - Black"); or a name of at most eight words priced at the end whose lower-case
    words are no verb ("Amazon Echo Dot with clock for $45"; not "Amazon sells the Echo Dot for $45", "Tax cut for
    $5")."""
    m = _VARIANT_END.search(s)
    colour = _lists()["variant_colour"]
    variant = bool(m) and all(w.lower() in colour for w in m.group("variant").split())
    if variant or _SPEC.search(s):
        rest = _VARIANT_END.sub(" ", s) if variant else s
        if _names_only(_UNIT.sub(" ", rest)):
            return True
    if _PRICE_END.search(s):
        words = _LETTER_WORD.findall(_PRICE_END.sub(" ", s))
        lists = _lists()
        if not words or len(words) > 8 or not words[0][0].isupper():
            return False
        for k, w in enumerate(words):
            low = w.lower()
            if low in lists["finite"] or low in _VERBISH or (k and low in lists["headline_verb"]) or _is_past(low):
                return False
            if w[0].islower() and low not in _TITLE_LINKS and (low.endswith("s") or low in lists["english"]):
                return False  # "sells", "costs": maybe a verb
        return True
    return False


def _numbered_title(s: str) -> bool:
    """A numbered line without end punctuation (checked by the caller) that is a title or product name, not a
    sentence: at most 20 words, no [finite] verb, verb contraction or -ed form, no "%" or currency sign, no
    up/down/percent, and no lower-case [english] word but title connectives (of, the, and, with …); capitalised
    words and words of another language are free ("1) Lego Star Wars 75188 Bombardiere della Resistenza").
    So "3. Unemployment fell to 3.5 percent", "2) Housing costs have doubled", "3) Alberta gets its pipeline" and
    "5. Unemployment up 3%", "7. Senate Passes Tax Bill" (a [headline_verb]) stay with the model."""
    m = _NUMBERED.match(s)
    if not m or any(c in m.group("rest") for c in "%$€£"):
        return False
    words = _LETTER_WORD.findall(m.group("rest"))
    if not words or len(words) > 20:
        return False
    lists = _lists()
    english, finite, headline = lists["english"], lists["finite"], lists["headline_verb"]
    # round 51: a bracket with a media format closes a product title, whose capitalised words are title case
    # ("4) Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)", "14) MTV Unplugged in New York (Vinyl)")
    fmt = _FORMAT_END.search(m.group("rest"))
    titled = bool(fmt) and not lists["media_format"].isdisjoint(w.lower() for w in _FORMAT_WORD.findall(fmt.group(1)))
    for w in words:
        low = w.lower()
        if titled and w[0].isupper() and low not in _NUMBERED_GUARD:
            continue
        if low in finite or low in _VERBISH or low in headline or low in _NUMBERED_GUARD or low.endswith(_CONTRACTED_VERB):
            return False
        if _is_past(low) or (w[0].islower() and low in english and low not in _TITLE_LINKS):
            return False
    lower = sum(1 for w in words if w[0].islower() and w.lower() not in _TITLE_LINKS)
    return lower <= len(words) - lower  # title-like: "3) Alberta corporations get rich" is a sentence


# round 51: the bracket that closes a numbered product title ("(4K Ultra HD + Blu-Ray)", "rimasterizzata(Vinile)")
_FORMAT_END = re.compile(r"\(([^()]{1,40})\)\s*$")
_FORMAT_WORD = re.compile(r"[\w]+(?:-[\w]+)*")
# round 51: a row of a price table: a name or ticker in capitals, then two or more number columns, one of them signed
# or a percentage ("AAPL 182.31 +1.2%", "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%")
_TABLE_ROW = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9&'’.,-]*(?:\s+[A-Z0-9][A-Z0-9&'’.,-]*){0,7})"
    r"(?P<cols>(?:\s+[+\-−]?[$€£]?\d[\d,]*(?:\.\d+)?%?){2,6})$"
)
_SIGNED = re.compile(r"(?:^|\s)[+\-−]\d|%")
# round 51: an answer marker of an interview or quiz ("A: Bob Marley, Bruno Mars, …") and a question line without
# its question mark ("Q: Favorite technology purchase in the last 5 years")
_ANSWER = re.compile(r"^(?:A|Answer)\s*:\s*")
_QUESTION_MARK_LINE = re.compile(r"^(?:Q|Question)\s*:\s*\S")
# round 51: box contents ("What's in the box: Powerbeats3 Wireless earphones, eartips, carrying case, …")
_BOX = re.compile(
    r"^(?:what(?:['’]s| is) (?:in|inside) the (?:box|package)|in the box|box contents|package contents"
    r"|(?:the )?package includes|contents of the box)\s*:\s*(?P<rest>.+)$",
    re.I,
)
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_ITEM_BLOCK = _NUMBERED_GUARD | frozenset("more less fewer than".split())


def _item_list(text: str, lists: dict[str, frozenset[str]]) -> list[list[str]] | None:
    """Round 51: the items of a comma list of names or things without a verb ("Bob Marley, Bruno Mars, Drake, The
    Eagles", "5mm remote Talk cable, USB charging cable, quick Start guide and card"): its items' words, or None when
    a word may make it a sentence: a [finite] or [headline_verb] word, a verb contraction, an -ed form in lower case,
    an English function word in lower case but title connectives, up/down/more/than, a "%" or currency sign or a
    bare number (a number with a unit, "5mm", or inside a name, "Powerbeats3", is no number)."""
    if any(c in text for c in "%$€£"):
        return None
    bare = _UNIT.sub(" ", re.sub(r"\([^()]*\)?", " ", text))
    if re.search(r"(?<![\w-])\d", bare):
        return None
    english, finite, headline = lists["english"], lists["finite"], lists["headline_verb"]
    items = []
    for part in _ITEM_SPLIT.split(bare):
        words = _LETTER_WORD.findall(part)
        if not words:
            continue
        for w in words:
            low = w.lower().replace("’", "'")
            if low in finite or low in _VERBISH or low in headline or low in _ITEM_BLOCK or low.endswith(_CONTRACTED_VERB):
                return None
            if w[0].islower() and (_is_past(low) or (low in english and low not in _TITLE_LINKS)):
                return None
        items.append(words)
    return items


def _list_line(s: str) -> str | None:
    """Round 51: lines without end punctuation (checked by the caller) that list things: a price-table row or its
    header ("AAPL 182.31 +1.2%", "Ticker Security Last Change Change %"), a question line of an interview without
    its question mark ("Q: Favorite technology purchase in the last 5 years"), and a comma list of three or more
    names, every word capitalised ("A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra"), or of
    four or more things whose last item has at most two words ("5mm remote Talk cable, USB charging cable, quick
    Start guide and card"); not "Ford, GM and Chrysler recall cars", "Wages, prices and rents all rose"."""
    lists = _lists()
    m = _TABLE_ROW.match(s)
    if m and _SIGNED.search(m.group("cols")) and not any(c.islower() for c in m.group("name")):
        return "table row"
    words = s.split()
    if 3 <= len(words) <= 12 and all(w.lower() in lists["table_header"] or w == "%" for w in words):
        return "table row"
    if _QUESTION_MARK_LINE.match(s):
        return "question"
    rest = _ANSWER.sub("", s)
    if rest.count(",") < 2 and not (rest.count(",") == 1 and re.search(r"\s(?:and|&)\s", rest)):
        return None
    items = _item_list(rest, lists)
    if not items or len(items) < 3 or len(items[-1]) > 2:
        return None
    if all(w[0].isupper() or w.lower() in _TITLE_LINKS for it in items for w in it) and all(len(it) <= 4 for it in items):
        return "list of names"
    last = items[-1]
    if len(last) == 2 and last[0][0].isupper() and last[1][0].islower() and last[1].endswith("s"):
        return None  # a subject and its verb: "Ford, GM, Toyota and Honda sues"
    if len(items) >= 4 and len(last) <= 2 and all(len(it) <= 6 for it in items):
        return "list of things"
    return None


def _byline_names(rest: str) -> bool:
    """The text after "By" is a byline: one or more persons' names of two to four capitalised words (with name
    particles and initials; a further name after "and" may be one word), up to the end or a separator after which
    only names, an outlet or a job title follow ("Jane Doe and John Roe | Reuters", "Jane Doe, Staff Writer").
    A longer capitalised run or a verb ("By Election Day Most Voters Decided") is a headline."""
    parts = _BYLINE_SEP.split(rest, maxsplit=1)
    words = _LETTER_WORD.findall(parts[0])
    while words and words[-1].lower() in _BYLINE_WORDS:
        words.pop()  # "Jane Doe Staff Writer"
    verbs, headline = _lists()["finite_verb"], _lists()["headline_verb"]
    groups: list[int] = [0]
    for w in words:
        low = w.lower()
        if low in _NAME_AND:
            groups.append(0)
        elif low in _NAME_PARTICLES and w[0].islower():
            continue
        elif not w[0].isupper() or low in _VERBISH or low in verbs or low in headline:
            return False
        elif _is_past(low) and not low.endswith("med"):
            return False  # "Decided"; not "Ahmed", "Mohammed"
        else:
            groups[-1] += 1
    if not 2 <= groups[0] <= 4 or any(not 1 <= g <= 4 for g in groups[1:]):
        return False
    return len(parts) == 1 or not parts[1].strip() or _names_only(parts[1], _BYLINE_WORDS)


def _not_english(sentence: str, tokens: list[str]) -> bool:
    """Mostly letters beyond the Latin blocks (Cyrillic, Hangul, CJK …), or Latin-script words of
    another language: two or more distinct [foreign] words in lower case (with name particles; at
    least one not a particle) and no [english] word, or four and at least four times the English ones.
    (The lists are lower case, so a capitalised "Della", "Van", "Los" — a name — never counts.)
    `tokens` are the whitespace tokens: a sentence none of whose bare tokens is a foreign word is
    English enough (a real foreign sentence has some) and costs no word split."""
    if not sentence.isascii():
        other = len(_NON_LATIN_LETTER.findall(sentence))
        if other >= 8 and other * 2 > len(_LETTER.findall(sentence)):
            return True
    lists = _lists()
    if lists["foreign"].isdisjoint(tokens):
        return False
    words = _WORD.findall(sentence)
    present = set(words)
    foreign = present & lists["foreign"]
    english = sum(1 for w in words if w.lower() in lists["english"])
    nf = len(foreign)
    return (nf + len(present & lists["particle"]) >= 2 and english == 0) or (nf >= 4 and nf >= 4 * english)


# reader comments: social-media decoration, a leading list marker, words with apostrophes
_SOCIAL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*|@\w+|#(?=\w)|\bRT\b|\bvia\b|\w+(?:\.\w+)+/\S*")
_HASHTAG = re.compile(r"#\w+")
_NUMBER = re.compile(r"(?<!\w)\d")  # a digit not inside a word ("10%", "$5"; not "Iheinz201")
_MARKER = re.compile(r"^(?:[(\[]?\d{1,2}[.)\]]|[-–—•*])\s+")
_CWORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]{1,2}\s|--")
_CONTRACTION = ("'s", "'re", "'ve", "'ll", "'d")


def _no_statement(words: list[str], finite: frozenset[str]) -> bool:
    """No word of `words` (lower case) makes a statement: no [finite] word, contraction of a verb
    ("that's", "they've") or -ed past form."""
    for w in words:
        if w in finite or w.endswith(_CONTRACTION) or _is_past(w):
            return False
    return True


_COPULA = frozenset({"is", "are", "was", "were"})
# words between the copula and an evaluative superlative: "one of the", "by far the", "easily the"
_SUP_LEAD = frozenset("the a one of by far easily simply truly just absolutely quite clearly obviously possibly".split())


def _plain_subject(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """`words` (lower case) can be a plain noun-phrase subject: no [finite] or clause word (after a leading
    determiner, which may be "that"), no verb contraction and no -ed form."""
    finite = lists["finite"]
    return all(
        not (k and w in finite) and not w.endswith(_CONTRACTION[1:]) and not _is_past(w) for k, w in enumerate(words)
    )


_PAST_COPULA = frozenset({"was", "were", "wasn't", "weren't", "been"})
# subjects of a past copula that make "X was insane" an exclamation about a thing, not a person's state
_THING_SUBJECT = frozenset("this that it what how which these those so".split())


def _clinical_sense(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """Round 51: every insult or evaluative word of the sentence is an [insult_clinical] word ("insane") and the
    sentence uses it in its legal or medical sense: a [clinical_context] word ("The defendant is insane.", "the
    insane asylum") or a past copula after a person ("He was insane.", "Jones was insane."; not "That was insane!",
    "It was insane.")."""
    ev = lists["evaluative"]  # [evaluative] and [insult]
    used = [w for w in words if w in ev]
    if not used or not all(w in lists["insult_clinical"] for w in used):
        return False
    if not lists["clinical_context"].isdisjoint(words):
        return True
    return any(w in _PAST_COPULA and k and words[k - 1] not in _THING_SUBJECT for k, w in enumerate(words))


_MORE_BLOCK = frozenset("more less fewer most least than and or so".split())
# an -ing word before one of these is a noun ("More sniveling from the opposition", "More whining about taxes")
_ING_NOUN_AFTER = frozenset("from by about over of".split())
_PRONOUN_S = frozenset("it that there here what who he she this".split())


def _more_exclamation(s: str, words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """Round 51: a verbless line led by "More" that only complains about its noun, with an [evaluative], [insult] or
    [complaint] word ("More garbage from the county clerk.", "More pathetic sniveling from the opposition."): no
    digit (checked by the caller), [number_word], [measure] word, comparison (than, a second more/less: "More
    people, more crime."), [finite] or clause word, verb contraction, -ed form, or -ing word with more words after
    it but from/by/about/over/of ("More jobs coming back to Ohio"). "More than half of voters …", "More Americans at
    work today than ever." and "More crime." stay with the model."""
    if len(words) < 2 or not _MORE_BLOCK.isdisjoint(words[1:]):
        return False
    if not lists["number_word"].isdisjoint(words) or not lists["measure"].isdisjoint(words):
        return False
    if lists["evaluative"].isdisjoint(words) and lists["complaint"].isdisjoint(words):
        return False  # "More Aussie tourists die in Thailand.", "More layoffs at Ford." (a report)
    finite = lists["finite"]
    for w in words[1:]:
        if w in finite or _is_past(w) or w.endswith(_CONTRACTED_VERB):  # (its words have straight apostrophes)
            return False
        if w.endswith("'s") and w[:-2] in _PRONOUN_S:
            return False  # "More of it's the same" (a verb)
    tokens = [t.strip(".,;:!?\"'()“”‘’") for t in s.split()]
    tokens = [t for t in tokens if t]
    for k, t in enumerate(tokens[:-1]):
        if k and t.lower().endswith("ing") and "-" not in t and tokens[k + 1].lower() not in _ING_NOUN_AFTER:
            return False  # a participle with its clause: "More verbal excrement spilling out of his mouth."
    return True


def _np_subject(raw: list[str], words: list[str], lists: dict[str, frozenset[str]]) -> int:
    """The index of the copula after a noun-phrase subject of two to six words led by a determiner or a capital
    ("The Ontario College of Teachers is …", "Our city council is …"); 0 when there is none."""
    if not (words[0] in lists["np_start"] or raw[0][0].isupper()):
        return 0
    for k in range(2, min(7, len(words))):
        if words[k] in _COPULA:
            return k if _plain_subject(words[:k], lists) else 0
    return 0


def _superlative_opinion(s: str, words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A short sentence that only rates its subject with an evaluative superlative: "This is the worst government
    ever.", "He's one of the greatest presidents of all time.", "Trudeau is the most corrupt prime minister in
    history." (an [opinion_superlative] word, or most/least before an [opinion_most] or [insult] word), with at most
    three other words after it and nothing that states more (no [finite] or clause word outside [opinion_tail], no
    -ed form). Measurable superlatives ("the largest deficit since 1945") are not listed, a [measure] word anywhere
    ("the worst unemployment rate", "the best economy") or [superlative_event] word ("the worst nuclear accident
    ever") makes the rating checkable, and a hyphenated superlative
    ("the best-known economist") is a compound, not a rating."""
    if len(words) > 14 or not lists["measure"].isdisjoint(words) or not lists["superlative_event"].isdisjoint(words):
        return False  # "Our unemployment rate is the worst in Europe", "… the worst nuclear accident ever" can be checked
    k = next((k for k, w in enumerate(words[:6]) if w in _COPULA or w.endswith("'s")), None)
    if k is None:
        return False
    subject = words[: k + 1] if words[k].endswith("'s") else words[:k]
    if not subject or not _plain_subject(subject, lists):
        return False
    j = k + 1
    while j < len(words) and words[j] in _SUP_LEAD:
        j += 1
    if j >= len(words):
        return False
    if words[j - 1] != "the":
        return False  # "Let parents decide what is best for their kids"
    if words[j] in ("most", "least") and j + 1 < len(words) and (
        words[j + 1] in lists["opinion_most"] or words[j + 1] in lists["insult"]
    ):
        j += 1
    elif words[j] not in lists["opinion_superlative"]:
        return False
    if re.search(r"\b" + re.escape(words[j]) + r"\s*-", s.lower()):
        return False  # "the best-known", "the worst-hit"
    tail, extra = lists["opinion_tail"], 0
    frame, finite = lists["insult_frame"], lists["finite"]
    for w in words[j + 1 :]:
        if w in tail:
            continue
        if w in finite or w.endswith(_CONTRACTION) or _is_past(w):
            return False
        if w not in frame:
            extra += 1
    return extra <= 3


# -- round 50 (claimsnormative): opinion shapes of any length -----------------------------------------------------
_DISCOURSE = frozenset("and but so well frankly honestly yes no now also clearly obviously oh".split())
_DEONTIC_PRONOUN = frozenset(
    "he she they we you i it everyone everybody anyone anybody someone somebody nobody people this that these "
    "those".split()
)
_DEONTIC_ADVERB = frozenset("really definitely certainly seriously also just simply all both clearly obviously truly".split())
_DEONTIC_AUX = frozenset({"be", "been", "being", "have", "not", "at", "least", "never", "really", "also", "all", "just"})
_PARTICIPLE_AFTER = frozenset({"be", "been", "being", "have", "get", "got", "getting", "feel"})
_SUBJECT_PRONOUN = frozenset("he she they we i you it who which that there".split())
_PAST_MARK = frozenset("were was had did weren't wasn't hadn't didn't knew cared could".split())
_WOULD = frozenset("would wouldn't would've could've might've".split())
_PRED_COPULA = frozenset({"is", "are"})
_CLAUSE_WORDS = frozenset("because since that which who whom whose when while after before than where".split())
_PAST_AUX = frozenset("was were had did wasn't weren't hadn't didn't".split())
_COPULA_AT = re.compile(r"(?<![\w'])(?:is|are)(?![\w'])")
_BREAK_BEFORE = re.compile(r"[,;:()\[\]\"“”]|\s[-–—]|[-–—]\s|--|[.!?]\s")
_REPORT_AFTER = frozenset("says said told tells writes wrote adds added according".split())
_DETERMINER = frozenset("the a an this that these those each every his her their our my your its some any no".split())
_PREPOSITION = frozenset(
    "of in on at for with to by from about into over under like as than between among against without within "
    "and or".split()
)
_SUBJECT_BREAK = frozenset("because since when while if after before although though unless as so".split())


def _quantified(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A number in words or a [measure] word ("two more hospitals", "the unemployment rate")."""
    return not (lists["number_word"].isdisjoint(words) and lists["measure"].isdisjoint(words))


def _skip_discourse(words: list[str]) -> int:
    i = 0
    while i < len(words) - 1 and words[i] in _DISCOURSE:
        i += 1
    return i


def _deontic(s: str, raw: list[str], words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A deontic or normative main clause: a subject (a pronoun or a plain noun phrase of up to eight words, no
    report verb) + should / must / ought to / need(s) to + an evaluation or an action ("He should be one of the
    first fired by Trump.", "The Ontario College of Teachers should be ashamed of themselves!!", "We need to vote
    them all out."). Not when the sentence states what a rule says (a [rule_word]: "Iran must by law report its
    stockpile", "Under the treaty, Iran must …"), reports someone ("Mr. Nixon suggests we should go to war"),
    is an inference ("He must have known"), or goes on with a clause word (that, because, which …), a finite verb
    or a past form after a pronoun ("He should know that the President did not order it.")."""
    if len(words) > 25 or not lists["rule_word"].isdisjoint(words):
        return False
    i = _skip_discourse(words)
    m = next((k for k in range(i + 1, min(i + 10, len(words))) if words[k] in ("should", "shouldn't", "must", "mustn't",
              "ought", "need", "needs")), None)
    if m is None:
        return False
    nxt = words[m + 1] if m + 1 < len(words) else ""
    if words[m] in ("ought", "need", "needs"):
        if nxt != "to":
            return False
        m += 1
    elif words[m] in ("must", "mustn't") and nxt in ("have", "be"):
        return False  # an inference: "He must have known", "There must be hundreds of cases"
    subject = words[i:m if words[m] != "to" else m - 1]
    while len(subject) > 1 and subject[-1] in _DEONTIC_ADVERB:
        subject = subject[:-1]
    if not subject or not lists["report_verb"].isdisjoint(subject):
        return False
    head = s.lower().replace("’", "'")
    # the modal as a word ("shoulder" before "should" is no cut: "My shoulder surgeon, frankly, should …")
    at = re.search(" " + re.escape(words[m - 1 if words[m] == "to" else m]) + r"(?![\w'])", head)
    cut = at.start() if at else -1
    if cut > 0 and re.search(r"[,;:()]|\s[-–—]\s", head[:cut]):
        return False  # "Under the treaty, Iran must …": a subject is never behind a comma
    if words[m] in ("must", "mustn't") and not (len(subject) == 1 and subject[0] in _DEONTIC_PRONOUN):
        return False  # a noun phrase + must is often a rule: "Visitors must register at the desk"
    for a, b in zip(subject, subject[1:], strict=False):
        if b in _DETERMINER and a not in _PREPOSITION:
            return False  # a clause inside the subject: "The amount of water each person should drink …"
    capital = raw[i][:1].isupper() and subject[0] not in _DISCOURSE
    if len(subject) == 1:
        if subject[0] not in _DEONTIC_PRONOUN and not capital:
            return False  # "He should …", "Trudeau should …"; not "Drivers must stop at red lights"
    elif len(subject) > 8 or not _plain_subject(subject, lists) or not (
        subject[0] in lists["np_start"] or subject[0] in _DEONTIC_PRONOUN or capital
    ):
        return False
    finite = lists["finite"]
    rest = words[m + 1 :]
    k = 0
    while k < len(rest) and rest[k] in _DEONTIC_AUX:
        k += 1
    prev = ""
    for j, w in enumerate(rest):
        if w in _CLAUSE_WORDS or w in _REPORT_AFTER:
            return False
        if j > k and w in finite and w not in ("be", "been", "have", "do"):
            if not (prev in _PARTICIPLE_AFTER and w not in _PAST_AUX):
                return False  # "… and was told", "they are"; not "be put in jail"
        if _is_past(w) and prev in _SUBJECT_PRONOUN:
            return False  # "…, they lied about it"
        if w.endswith(_CONTRACTION[1:]) or (w.endswith("'s") and w[:-2] in _SUBJECT_PRONOUN):
            return False  # "…, they've lied", "it's"
        prev = w
    return True


def _counterfactual(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A counterfactual conditional: an if-clause in the past (were, had, did, knew, an -ed form) and a main clause
    with would / 'd / could have ("If the victims were Jewish she'd be in favour of the motion.", "If Twitter
    suspended him, we wouldn't be able to see what an idiot he is.", "She'd be in favour if the victims were
    Jewish."). A number makes it a checkable estimate ("Unemployment would have hit 12% without the stimulus", "If
    the president were reelected, we'd go to almost $20 trillion of debt"); an if-clause in the present is a
    prediction of a policy's effect ("If you reduce the out-go of Social Security, that money would not go …")."""
    if len(words) > 30 or "if" not in words or not lists["rule_word"].isdisjoint(words):
        return False
    f = words.index("if")
    i = _skip_discourse(words)
    if f == i:
        # the if-clause runs to the first would / 'd form; the main clause comes after
        w = next((k for k in range(f + 2, len(words)) if words[k] in _WOULD or (words[k].endswith("'d") and k > f + 2)), None)
        if w is None:
            return False
        cond = words[f + 1 : w]
        # "would" can stand in the if-clause too ("If he would listen"); its past mark must come first
        if not any(x in _PAST_MARK or _is_past(x) or x.endswith("'d") for x in cond):
            return False
        return not any(x in ("because", "since") for x in words)
    # the main clause first: "She'd be in favour if the victims were Jewish."
    main, cond = words[i:f], words[f + 1 :]
    if not any(x in _WOULD or x.endswith("'d") for x in main) or len(main) > 12:
        return False
    if not any(x in _PAST_MARK or _is_past(x) for x in cond) or "could" in main:
        return False
    return not any(x in ("because", "since", "that", "which", "who") for x in main)


def _evaluative_predicate(s: str, words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A subject of any length + is/are + a predicate made only of evaluative words ([evaluative], [insult] and
    their frame: "Anyone that votes for Don Young is naive and stupid.", "The garbage that is being created by the
    networks is outrageous."). The subject must report no past event (no was/were/had/did, irregular past or -ed
    form but after "being"): "The man who cut school funding is an idiot." and "The bill passed by the Senate is a
    joke." stay with the model."""
    if len(words) > 30:
        return False
    c = max((k for k, w in enumerate(words) if w in _PRED_COPULA), default=0)
    if c < 1:
        return False
    cop = list(_COPULA_AT.finditer(s.lower().replace("’", "'")))
    if not cop or _BREAK_BEFORE.search(s, 0, cop[-1].start()):
        return False  # a second clause before it: "At least she is clever, he is dumb."
    pred, subject = words[c + 1 :], words[:c]
    ev, frame = lists["evaluative"], lists["insult_frame"]
    if not pred or not any(w in ev for w in pred) or not all(w in ev or w in frame for w in pred):
        return False
    if _clinical_sense(words, lists):
        return False  # "The defendant in the murder trial is insane." (round 51)
    if not lists["report_verb"].isdisjoint(subject) or not _SUBJECT_BREAK.isdisjoint(subject):
        return False  # "He says that anyone who …", "… Iran Deal Because He Really IS A Moron"
    # a copula inside the subject must be in a relative clause ("The garbage that is being created by …");
    # otherwise it is a clause of its own ("Bill Clinton is not running … and Trump is a pig.")
    rel = False
    for w in subject:
        if w in ("that", "who", "which", "whom"):
            rel = True
        elif (w in _PRED_COPULA or w.endswith(("'s", "'re")) and w[:-2].rstrip("'") in _SUBJECT_PRONOUN) and not rel:
            return False
    irregular = lists["finite_verb"] - _PRED_COPULA - frozenset({"be", "been", "has", "have", "do", "does", "will",
                                                                 "can", "should", "may", "might", "must", "would",
                                                                 "could", "being"})
    prev = ""
    for w in subject:
        if w in irregular or w.endswith(_CONTRACTION[1:]):
            return False
        if _is_past(w) and prev != "being":
            return False
        prev = w
    return True


# -- round 51 (claimspredict): guesses and perfect-tense evaluations -------------------------------------------------
_HAVE = frozenset({"has", "have", "hasn't", "haven't"})
_HAVE_CONTRACTION = ("'ve", "'s")
_PERFECT_ADVERB = frozenset("always really just clearly obviously truly simply completely totally now never".split())


def _speculation(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A guess or a bet as the main clause: a [speculation_start] phrase first (after discourse words) and a
    clause after it ("I bet this idiot cried when Hillary lost.", "You can bet they will fold.", "Mark my words,
    he will resign."). Not when the clause is framed as a fact the reader may not know ([speculation_block]: "I
    bet you didn't know the deficit tripled", a [speculation_block] word with "you") and never with a number
    (`opinion_shape` checks)."""
    if len(words) > 30:
        return False
    i = _skip_discourse(words)
    starts = lists["speculation_start"]
    n = next((n for n in (3, 2) if " ".join(words[i : i + n]) in starts), 0)
    rest = words[i + n :]
    if not n or len(rest) < 2:
        return False
    return not (("you" in rest or "you've" in rest) and not lists["speculation_block"].isdisjoint(rest))


def _perfect_evaluative(s: str, raw: list[str], words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """A pronoun or a short plain subject + has/have (or 's/'ve) + been/gone/become … + a predicate made only of
    [evaluative] and [insult] words and their frame, with at most a time tail ([evaluative_tail]: "They have gone
    completely insane.", "The leftist media has been unhinged for months now.", "He's become a total joke.").
    The subject is a [np_start] noun phrase or a capitalised name of at most six words with no verb, past form or
    clause word, or a pronoun; nothing may stand before it but discourse words, and no comma before the verb."""
    if len(words) > 16:
        return False
    i = _skip_discourse(words)
    link = lists["perfect_link"]
    k = next((k for k in range(i, min(i + 7, len(words) - 2)) if words[k] in _HAVE or (
        words[k].endswith(_HAVE_CONTRACTION) and words[k][: -3 if words[k].endswith("'ve") else -2] in _DEONTIC_PRONOUN
    )), None)
    if k is None:
        return False
    v = k + 1
    while v < len(words) - 1 and words[v] in _PERFECT_ADVERB:
        v += 1  # "has always been", "have really gone"
    if words[v] not in link:
        return False
    if words[k] in _HAVE:
        subject = words[i:k]
        if not subject:
            return False
        if len(subject) == 1:
            if subject[0] not in _DEONTIC_PRONOUN and not raw[i][:1].isupper():
                return False
        elif not (subject[0] in lists["np_start"] or raw[i][:1].isupper()) or not _plain_subject(subject, lists):
            return False
        if not lists["report_verb"].isdisjoint(subject) or not _SUBJECT_BREAK.isdisjoint(subject):
            return False
        if not _CLAUSE_WORDS.isdisjoint(subject[1:]):
            return False
    elif k != i:
        return False
    head = s.lower().replace("’", "'")
    first = re.search(r"(?<![\w'])" + re.escape(words[i]) + r"(?![\w'])", head)
    at = re.search(r"(?<![\w'])" + re.escape(words[v]) + r"(?![\w'])", head)
    if first is None or at is None or _BREAK_BEFORE.search(head, first.start(), at.start()):
        return False  # "The man, who voted …, has been a disgrace": a clause before the verb
    pred = words[v + 1 :]
    tail = lists["evaluative_tail"]
    while pred and pred[-1] in tail:
        pred = pred[:-1]
    ev, frame = lists["evaluative"], lists["insult_frame"]
    if not pred or not any(w in ev for w in pred) or not all(w in ev or w in frame for w in pred):
        return False
    return not _clinical_sense(words, lists)


_CF_YEAR = re.compile(r"\b(?:in|since|back\s+in|before|after|by)\s+(?:19|20)\d\d\b", re.I)
_CF_AMOUNT = frozenset("lower higher more less fewer cheaper dearer bigger smaller larger".split())
_CF_MAIN = re.compile(r"\b(?:would|wouldn['’]t|would['’]ve|could['’]ve|might['’]ve)\b|\w['’]d\b", re.I)


def _year_counterfactual(sentence: str) -> str | None:
    """Round 54 (claimscomments): a counterfactual conditional whose only number is a year in its if-clause ("If they
    had frozen salaries in 2020 we wouldn't be in this mess."): the year dates the condition, the main clause is the
    opinion. A number, [number_word], [measure] word or comparison (lower, more …) after the would ("… unemployment would have hit 12% in 2009", "If the
    Fed had raised rates in 2021, inflation would be lower.") keeps it with the model."""
    m = _CF_MAIN.search(sentence)
    years = list(_CF_YEAR.finditer(sentence))
    if m is None or not years or years[-1].end() > m.start():
        return None
    rest = _CF_YEAR.sub(" ", sentence)
    if any(map(str.isdigit, rest)):
        return None
    words = [w.lower() for w in _CWORD.findall(rest.replace("’", "'"))]
    main = [w.lower() for w in _CWORD.findall(sentence[m.start():].replace("’", "'"))]
    lists = _lists()
    # the estimate is the main clause's: a [measure] or [number_word] or a comparison there keeps it ("… inflation
    # would be lower")
    if len(words) < 3 or _quantified(main, lists) or not _CF_AMOUNT.isdisjoint(main) or words[_skip_discourse(words)] != "if":
        return None
    return "counterfactual conditional" if _counterfactual(words, lists) else None


def opinion_shape(sentence: str) -> str | None:
    """Round 50: the opinion shapes of any length that hold no number (no digit, [number_word] or [measure]
    word): a deontic main clause ("normative should"), a counterfactual conditional and an evaluative predicate
    (see `_deontic`, `_counterfactual`, `_evaluative_predicate`). None when the model decides."""
    if any(map(str.isdigit, sentence)):
        return _year_counterfactual(sentence)
    raw = _CWORD.findall(sentence.replace("’", "'"))
    words = [w.lower() for w in raw]
    if len(words) < 3:
        return None
    lists = _lists()
    if _quantified(words, lists):
        return None
    if _deontic(sentence.strip(), raw, words, lists):
        return "normative statement"
    if _counterfactual(words, lists):
        return "counterfactual conditional"
    if _evaluative_predicate(sentence, words, lists):
        return "evaluative predicate"
    if _perfect_evaluative(sentence, raw, words, lists):
        return "evaluative predicate"
    if _speculation(words, lists):
        return "speculation"
    return None


def comment_junk(sentence: str) -> str | None:
    """Shapes of reader comments that are never a check-worthy claim (None when the model decides):
    a line that is only @mentions and links around at most two words (a hashtag counts as a word: "#GoHawks
    https://t.co/x"); an insult or exclamation whose every word is an [insult] or its frame ("What an
    idiot!", "He is scum.", "Trump is a moron."); a call to action or an addressed imperative ("Vote them
    all out!", "Wake up people!", "Go back to school") and a greeting or thanks ("Thank you for this
    article.", "Well said!"). Nothing with a digit, and for calls and greetings nothing with more than ten
    words, a word that makes a statement ([finite], verb contractions, -ed forms) or a second clause
    after a comma, colon or dash longer than a short address is touched."""
    s = sentence.strip()
    if "@" in s or "#" in s or "http" in s or "RT" in s:
        bare = _SOCIAL.sub(" ", s).strip(" :")
        # what is left may still state something: a word and a number (not in a hashtag or a name:
        # "Unemployment hit 10% (via @AP)") or a finite verb after its subject ("Crime fell @CNN")
        if len(_LETTER_RUN.findall(bare)) < 3 and not (
            (_LETTER_RUN.search(bare) and _NUMBER.search(_SOCIAL.sub(" ", _HASHTAG.sub(" ", s))))
            or _has_finite_verb(_CWORD.findall(bare))
        ):
            return "hashtag or mention line"
        s = bare
    return _short_comment_junk(s) or opinion_shape(s)


def _short_comment_junk(s: str) -> str | None:
    """The insult, superlative-opinion, call and greeting shapes of `comment_junk` (rounds 49 and 50)."""
    if s.count(" ") > 20:
        return None
    unmarked = _MARKER.sub("", s, count=1)  # without a leading list marker ("(1) Build the wall")
    if any(map(str.isdigit, unmarked)):
        return None
    raw = _CWORD.findall(unmarked.replace("’", "'"))
    if not raw or len(raw) > 12:
        return None
    words = [w.lower() for w in raw]
    lists = _lists()
    insult, frame = lists["insult"], lists["insult_frame"]
    i = 0  # a name of up to three capitalised words before the copula: "Trump is a moron."
    while i < min(3, len(raw) - 1) and raw[i][0].isupper() and words[i] not in frame and words[i] not in insult:
        i += 1
    if i and not (words[i] in _COPULA or words[i - 1].endswith("'s")):
        i = 0
    rest = words[i:]
    if i and words[i - 1].endswith("'s"):
        rest = ["is"] + rest
    if not (any(w in insult for w in rest) and all(w in insult or w in frame for w in rest)) and not i:
        rest = words[_np_subject(raw, words, lists) or len(words) :]  # "The Ontario College of Teachers is a joke."
    if any(w in insult for w in rest) and all(w in insult or w in frame for w in rest):
        if not _clinical_sense(words, lists):
            return "insult or exclamation"
        return None  # "He was insane.", "The defendant is insane.": a legal or medical state
    if _superlative_opinion(unmarked, words, lists):
        return "superlative opinion"
    if words[0] == "more" and _more_exclamation(unmarked, words, lists):
        return "verbless exclamation"
    if len(words) > 10:
        return None
    two = " ".join(words[:2])
    if two in lists["call_start"] or two in lists["greeting"]:
        why, after = ("call to action" if two in lists["call_start"] else "greeting or thanks"), words[2:]
    elif words[0] in lists["call_start"] or words[0] in lists["greeting"]:
        why, after = ("call to action" if words[0] in lists["call_start"] else "greeting or thanks"), words[1:]
    else:
        return None
    if (after and after[0] == "and" and len(after) == len(words) - 1) or not _no_statement(after, lists["finite"]):
        return None  # "Stop and frisk works." (a compound subject); "Go figure, the governor raised taxes."
    # a second clause after a comma, colon or dash may state something: only a short address
    # (", Margaret.", " -- you blithering moron.") or more insult words may follow
    tail = _CWORD.findall(_CLAUSE_BREAK.split(s, maxsplit=1)[1]) if _CLAUSE_BREAK.search(s) else []
    if len(tail) > 3 and not all(w.lower() in insult or w.lower() in frame for w in tail):
        return None
    if words[0] == "thanks" and after and after[0] not in ("for", "again", "so", "you", "much"):
        if not s.lower().split("thanks", 1)[1].lstrip().startswith((",", "!", ".")):
            return None  # "Thanks to the tax cut, …" (a cause)
    return why


# -- round 52 (claims audit): contact lines, reported feelings, the "said no one ever" tag -------------------------
_CF_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])|(?<![\w-])\d{3}[-. ]\d{4}(?![\w-])"
    r"|(?<![\w-])(?:311|911|211|999|112|111|101)(?![\w-])"  # service numbers ("Call 311 …")
)
_CF_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CF_LEAD = re.compile(r"^(?:for\s+(?:more|further)\s+(?:information|details|info|help)\s*,?\s*|please\s+)+", re.I)
_CF_MODAL = frozenset("can may should could".split())
_CF_ASKED = frozenset("asked urged encouraged invited welcome advised".split())
_CF_BLOCK = frozenset(
    "because but although though since than while unless after before which whose that shows show showed proves "
    "prove proved".split()
)
_CF_NO_ONE_EVER = re.compile(r"\bsaid\s+(?:no\s*one|nobody|no\s+body)\s*,?\s*ever\W*$", re.I)
_CF_SAID_PRONOUN = re.compile(r"\bsaid\s+(?:that\s+)?(?:he|she|they|we|i|it)\b", re.I)  # "it": round 53
_CF_FEELING_COPULA = frozenset("was were is are felt feels feel had been 's 're 'm am".split())
_CF_FEELING_FRAME = frozenset(
    "very deeply extremely so really truly also too quite particularly especially most greatly and not "
    "with by about at for of in to the a an this that these those his her their its our my your all "
    "result results outcome decision vote news ruling response team players staff work community".split()
)


def _contact_line(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """A line that tells the reader how to get in touch or find more ("People with questions can call the health
    hotline at 1-800-555-0142.", "Anyone with information is asked to call police at 555-0199.", "For more
    information, visit www.example.org."): a [contact_subject] + can / may / should / is asked to … or an
    imperative, then a [contact_verb], a phone number, link, e-mail or [contact_place], and no other digit, clause
    word or second statement. "Over 2,000 people called the hotline at 1-800-555-0142." stays with the model."""
    rest = _CF_EMAIL.sub(" ", _CF_PHONE.sub(" ", _URL.sub(" ", s)))
    if any(map(str.isdigit, rest)):
        return False
    linked = rest != s  # a phone number, link or e-mail was taken out
    rest = _CF_LEAD.sub("", rest.strip(" \"“‘'("))
    clauses = _CLAUSE_BREAK.split(rest)
    raw = _CWORD.findall(clauses[0].replace("’", "'"))
    words = [w.lower() for w in raw]
    if not words or len(words) > 25:
        return False
    if not linked and lists["contact_place"].isdisjoint(words):
        return False  # no phone number, link, e-mail or contact point
    if words[0] in lists["contact_verb"]:
        v = 0  # an imperative: "Call 311 …", "Visit the city's website …"
    else:
        if words[0] not in lists["contact_subject"]:
            return False
        m = next((k for k in range(1, min(len(words), 12)) if words[k] in _CF_MODAL or words[k] in ("is", "are")), None)
        if m is None or any(w in lists["finite"] or _is_past(w) for w in words[1:m] if w not in ("who", "has", "have")):
            return False  # "People who were hurt …": a subject that states something
        v = m + 1
        if words[m] in ("is", "are"):
            if v + 1 >= len(words) or words[v] not in _CF_ASKED or words[v + 1] != "to":
                return False
            v += 2
        elif v < len(words) and words[v] in ("also", "still", "now", "always"):
            v += 1
    if v >= len(words) or words[v] not in lists["contact_verb"]:
        return False
    # a second clause may only name who asks ("…, police said", "…, officials urged")
    for part in clauses[1:]:
        pw = [w.lower() for w in _CWORD.findall(part)]
        if pw and not (len(pw) <= 4 and pw[-1] in lists["report_verb"]) and not _CF_LEAD.match(part.strip()):
            if not (len(pw) <= 6 and any(w in lists["contact_place"] for w in pw)):
                return False
    tail = words[v + 1 :]
    return not any(w in _CF_BLOCK or (w in lists["finite_verb"] and w not in ("be", "is", "are")) for w in tail)


def _reported_feeling(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """A report of someone's feeling and nothing else ("The mayor said he was pleased with the result.", "Dr.
    Samuel Briggs, a paediatrician in Hartwell, said he understood the concern."): a subject without a verb, past
    form, clause word or digit + said (that) + a pronoun + a copula and only [feeling] words with intensifiers and a
    short object, or a [feeling_verb] + a [feeling_object]. "She said she was disappointed that the plant closed."
    (a clause), "The mayor, who was indicted last week, said he was sorry." (a fact in the subject) and "He said
    he was unaware of the payments." stay with the model."""
    if any(map(str.isdigit, s)):
        return False
    m = _CF_SAID_PRONOUN.search(s)
    if not m:
        return False
    head_raw = _CWORD.findall(s[: m.start()].replace("’", "'"))
    head = [w.lower() for w in head_raw]
    if not head or len(head) > 12:
        return False
    if any(w in _CLAUSE_WORDS or w in lists["finite"] or w in lists["report_verb"] for w in head):
        return False
    # a past form in the subject states a fact ("The mayor, who was indicted …"); round 53: not inside a name
    # after the first word ("The United Auto Workers union said it …")
    if any(_is_past(w) and (not k or not raw[:1].isupper()) for k, (w, raw) in enumerate(zip(head, head_raw, strict=True))):
        return False
    words = [w.lower() for w in _CWORD.findall(s[m.end() :].replace("’", "'"))]
    if not words:
        return False
    feel, frame = lists["feeling"], _CF_FEELING_FRAME
    if words[0] in lists["feeling_verb_any"] and _cn_plain_tail(words[1:], 6, lists):
        return True  # round 53 (claimsnews): "Voss said she welcomed the tariffs."
    if words[0] in lists["feeling_verb"]:
        rest = words[1:]
        # "… understood the concern", "… shared residents' frustration"; a clause or a verb leaves it to the model
        return 0 < len(rest) <= 5 and any(w in lists["feeling_object"] for w in rest) and not any(
            w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) for w in rest
        )
    if _cn_intention(words, lists):
        return True  # round 53 (claimsnews): "Pashinyan said he hoped to sign a deal by the end of the year."
    i = 0
    while i < len(words) and words[i] in _CF_FEELING_COPULA:
        i += 1
    if not i or i >= len(words):
        return False
    rest = words[i:]
    if rest[0] not in feel and not (rest[0] in frame and any(w in feel for w in rest[:3])):
        return False
    if len(rest) <= 8 and all(w in feel or w in frame for w in rest):
        return True
    # round 53 (claimsnews): a feeling about a short noun phrase ("He said he was pleased with the progress on
    # inflation."): feeling and frame words up to a preposition, then a plain noun phrase of at most five words
    j = next((k for k, w in enumerate(rest) if w in _CN_FEELING_PREP), 0)
    return (
        0 < j <= 3
        and any(w in feel for w in rest[:j])
        and all(w in feel or w in frame for w in rest[:j])
        and _cn_plain_tail(rest[j + 1 :], 6, lists)
        and not any(w in lists["feeling_tail_block"] for w in rest[j + 1 :])
    )


# -- round 53 (claimsnews): reported hopes and readiness, fact-check fields, wire credit lines, newsroom asks ------
_CN_FEELING_PREP = frozenset({"with"})  # "pleased with …"; "angry about the cuts to Medicaid" stays (round 52)
_CN_TAIL_BLOCK = frozenset("not no never but and or than".split())


def _cn_plain_tail(words: list[str], most: int, lists: dict[str, frozenset[str]]) -> bool:
    """A short plain phrase: 1..`most` words, no clause word, finite verb, past form, negation or second clause."""
    return 0 < len(words) <= most and not any(
        w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) or w in _CN_TAIL_BLOCK for w in words
    )


def _cn_intention(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """After "said + pronoun": a hope or readiness and what it is for ("hoped to sign a deal by the end of the
    year", "looked forward to organising the new plants", "was ready to help"): an [intention_verb] + to, look(ed)
    forward to, or a copula + (intensifier) + an [intention_adj] + to; then at most twelve words with no clause
    word, negation, second clause or finite / past verb ("… hoped to sign it, but Baku refused" stays)."""
    i = 0
    if words[0] in lists["intention_verb"] and len(words) > 1 and words[1] == "to":
        i = 2
    elif words[0] in ("look", "looks", "looked", "is", "was", "are", "were") and "forward" in words[:3]:
        k = words.index("forward")
        i = k + 2 if k + 1 < len(words) and words[k + 1] == "to" and k <= 2 else 0
    else:
        k = 0
        while k < len(words) and words[k] in _CF_FEELING_COPULA:
            k += 1
        if k and k < len(words) and words[k] in ("very", "really", "also", "always", "still", "more", "quite"):
            k += 1
        if k and k + 1 < len(words) and words[k] in lists["intention_adj"] and words[k + 1] == "to":
            i = k + 2
    if not i or i >= len(words) or len(words) - i > 12:
        return False
    return not any(
        w in _CLAUSE_WORDS or w in _CN_TAIL_BLOCK or (w in lists["finite"] and w not in ("be",)) or _is_past(w)
        for w in words[i:]
    )


def service_or_feeling_line(sentence: str) -> str | None:
    """Round 52 (claims audit): a contact line, a reported feeling or the sarcasm tag "… said no one ever" (see
    `_contact_line`, `_reported_feeling`); None when the model decides."""
    s = sentence.strip()
    low = s.lower()
    if "said" in low:
        if _CF_NO_ONE_EVER.search(s):
            return "sarcasm tag"  # "Another tax hike. Said no one ever." / "'I love paying tolls,' said nobody ever."
        if _reported_feeling(s, _lists()):
            return "reported feeling"
    first = _CWORD.match(_CF_LEAD.sub("", s.lstrip(" \"“‘'(")))
    lists = _lists()
    if first and (first.group().lower() in lists["contact_subject"] or first.group().lower() in lists["contact_verb"]):
        if _contact_line(s, lists):
            return "contact line"
    return None


def junk_line(sentence: str) -> str | None:
    """The page-furniture shape of `sentence`, or None (see the module docstring)."""
    s = sentence.strip()
    first = s[:1]
    words = s.split()
    if first in "—–-" and _TWEET_ATTRIBUTION.match(s):
        return "tweet attribution line"
    if "/" in s or "www." in s or "WWW." in s:
        rest = _URL.sub(" ", s)
        if not any(c.isalnum() for c in rest):
            return "link"
    if _not_english(s, words):
        return "not English"
    ended = s.endswith(_END_PUNCT)
    w0 = words[0].strip(_STRIP).lower() if words else ""
    if w0 in _CREDIT_FIRST and len(words) <= 16:
        m = _CREDIT.match(s)
        if m and _names_only(m.group("rest")):
            return "credit line"
    if (first in "©(" or w0 in ("copyright", "all")) and len(words) <= 16:
        m = _COPYRIGHT.match(s)
        if m and (m.group("rest") is None or not m.group("rest").strip(" .") or _names_only(m.group("rest"), _COMPANY)):
            return "copyright line"
    if (w0 == "disclaimer" or "expressed" in s) and _DISCLAIMER.search(s):
        return "disclaimer"
    if w0 in _BOILER_FIRST and len(words) <= 12 and _BOILERPLATE.match(s):
        return "boilerplate"
    if first == "B":
        m = _BYLINE.match(s)
        if m and len(words) <= 12 and _byline_names(m.group("rest")):
            return "byline"
    if w0 in _DATE_FIRST:
        m = _DATELINE.match(s)
        if m and all(w.lower() in _DATE_WORDS for w in _LETTER_WORD.findall(m.group("rest"))):
            return "dateline"
    if w0 in ("what's", "what’s", "what", "in", "box", "package", "the", "contents"):
        m = _BOX.match(s)
        if m and _item_list(m.group("rest").rstrip(" ."), _lists()) is not None:
            return "box contents"
    if ended:
        return (
            comment_junk(s)
            or service_or_feeling_line(s)
            or comment_stance_line(s)
            or speech_formula_line(s)
            or news_furniture_line(s)
            or promo_bio_watch_line(s)  # round 53 (claimsleft)
            or family_anecdote_line(s)  # round 54 (claimsdebate)
            or transcript_line(s)  # round 54 (claimsleft)
        )
    if first.isdigit():
        m = _LIST_HEADING.match(s)
        head = _LETTER_WORD.findall(m.group("rest")) if m else ()
        if head and len(head) <= 8 and (head[0].lower() in _lists()["list_verb"] or head[0].endswith("ing")):
            if not _has_finite_verb(head):
                return "list heading"
    if first.isdigit() and _numbered_title(s):
        return "list item"
    m = _SHOP.match(s) if w0 in _SHOP_FIRST else None
    if m and len(words) <= 8 and (not m.group("rest").strip() or _names_only(m.group("rest"))):
        return "shop listing"
    if first not in "([" and (_PRICE_END.search(s) or _SPEC.search(s)) and _names_only(_PRICE_END.sub(" ", s)):
        return "shop listing"
    if first not in "([" and _product_name(s):
        return "shop listing"
    if len(words) <= 8 and _RATING.match(s):
        return "rating line"
    if "," in s or first.isupper():
        why = _list_line(s)
        if why:
            return why
    return (  # round 52: after every older shape, whose reasons stay; round 53: speech formulas last
        comment_junk(s)
        or service_or_feeling_line(s)
        or comment_stance_line(s)
        or speech_formula_line(s)
        or news_furniture_line(s)  # round 53 (claimsnews)
        or promo_bio_watch_line(s)  # round 53 (claimsleft)
        or family_anecdote_line(s)  # round 54 (claimsdebate)
        or transcript_line(s)  # round 54 (claimsleft)
    )


_CN_FIELD = re.compile(r"^(?P<f>[A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?P<rest>\S.*)$")
_CN_RATING_FIELDS = frozenset({"verdict", "rating", "ruling", "our ruling"})
_CN_CREDIT_PART = re.compile(
    r"^(?:(?:additional|further)\s+)?(?P<r1>[a-z-]+)(?:\s+and\s+(?P<r2>[a-z-]+))?\s+by\s+(?P<names>\S.*?)\.?$", re.I
)
_CN_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?=\s+and\s|,|$)")
_CN_ASK = re.compile(r"^We\s+(?P<v>[\w-]+)(?:\s+out)?(?:\s+to)?\s+(?P<obj>[^\d,;:]{2,60}?)\s+for\s+(?P<what>[^\d]*)$")
_CN_ASK_LEAD = frozenset("a an the its their his her any more further".split())


def news_furniture_line(sentence: str) -> str | None:
    """Round 53 (claimsnews): lines of news and fact-check pages that state no claim: a **fact-check field** whose
    label is a [factcheck_field] ("Verdict: Mostly true.", "Who said it: State Senator Rick Hale, in a campaign
    ad released on September 24."; a verdict of at most six words without a digit or verb; "Claim: …" is the claim
    and stays), a **wire credit line** ("Reporting by Lucia Mutikani; Editing by Andrea Ricci", "Additional
    reporting by Jane Roe in Paris": every part a [credit_role] + by + names) and the **newsroom's own request**
    ("We asked the Hale campaign for the source of the claim.": We + a [newsroom_verb] + whom + for + a
    [newsroom_object] and a short plain tail). None when the model decides."""
    s = sentence.strip()
    if s.startswith("(") and s.endswith(")") and "(" not in s[1:-1] and ")" not in s[1:-1]:
        s = s[1:-1].strip()  # round 54 (claimsnews): "(Reporting by …; Editing by …)"
    lists = _lists()
    m = _CN_FIELD.match(s)
    if m and m.group("f").lower().strip() in lists["factcheck_field"]:
        field = m.group("f").lower().strip()
        rest = [w.lower() for w in _CWORD.findall(m.group("rest").replace("’", "'"))]
        if field not in _CN_RATING_FIELDS:
            return "fact-check field" if len(rest) <= 30 else None
        if rest and len(rest) <= 6 and not any(map(str.isdigit, m.group("rest"))):
            if not any(w in lists["finite"] or _is_past(w) for w in rest):
                return "fact-check field"
        return None
    w0 = s.split(None, 1)[0].lower() if s else ""
    if w0 in lists["credit_role"] or w0 in ("additional", "further"):
        parts = [p.strip() for p in s.split(";") if p.strip()]
        ok = bool(parts)
        for part in parts:
            pm = _CN_CREDIT_PART.match(part)
            if not pm or pm.group("r1").lower() not in lists["credit_role"]:
                ok = False
                break
            if pm.group("r2") and pm.group("r2").lower() not in lists["credit_role"]:
                ok = False
                break
            names = _CN_IN_PLACE.sub(" ", pm.group("names"))
            if not _names_only(names) or len(_LETTER_WORD.findall(names)) > 12:
                ok = False
                break
        if ok:
            return "credit line"
    if w0 == "we":
        m = _CN_ASK.match(s.rstrip(" ."))
        if m and m.group("v").lower() in lists["newsroom_verb"]:
            what = [w.lower() for w in _CWORD.findall(m.group("what").replace("’", "'"))]
            while what and what[0] in _CN_ASK_LEAD:
                what = what[1:]
            obj = [w.lower() for w in _CWORD.findall(m.group("obj"))]
            if what and what[0] in lists["newsroom_object"] and len(what) <= 6 and len(obj) <= 8:
                if not any(w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) for w in what[1:] + obj):
                    return "newsroom request"
    m = _CN_PHOTO.match(s)
    if m and m.group("lead").lower() in lists["photo_lead"]:
        rest = _CN_CREDIT_END.sub("", m.group("rest")).strip()
        ow = _CWORD.findall(_CN_DATE.sub(" ", rest).replace("’", "'"))
        rw = [w.lower() for w in ow]
        if rw and len(rw) <= 30 and not re.search(r"\d", _CN_DATE.sub(" ", rest)):
            if not any(
                (w in _CLAUSE_WORDS or w in lists["finite"] or (_is_past(w) and (k == 0 or rw[k - 1] not in _CN_ARTICLE)))
                and not (0 < k < len(ow) - 1 and ow[k - 1][0].isupper() and ow[k + 1][0].isupper() and w == ow[k])
                for k, w in enumerate(rw)
            ):  # round 54 (claimsnews): "a flooded street" is no verb, "do" in "Rio Grande do Sul" a name's
                return "photo caption"
    m = _CN_SCHEDULE.match(s.rstrip(" ."))
    if m and m.group("v").lower() in lists["schedule_verb"] and (
        not m.group("inf") or m.group("inf") in lists["schedule_event"]
    ):
        subj = [w.lower() for w in _CWORD.findall(m.group("subj"))]
        when = [w.lower() for w in _CWORD.findall(m.group("when"))]  # round 54: "for Sunday and Monday"
        if (
            len(subj) <= 8
            and not any(w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) for w in subj)
            and when
            and all(w in lists["schedule_word"] or w == "and" or _CN_DAY.fullmatch(w) for w in when)
            and not re.search(r"\d", m.group("subj"))
            # round 54 (review3): a forecast is the weather's only for a day ("More rain is forecast for Sunday."); "A
            # recession is forecast for 2025.", "GDP growth is forecast for next year." stay with the model
            and (m.group("v").lower() != "forecast" or not _CN_FORECAST_DAYS.isdisjoint(when))
        ):
            return "schedule line"
    if _cn_reaction(s, lists):
        return "reported feeling"
    m = _CN_WILL_RELEASE.match(s.rstrip(" ."))  # round 54 (claimsnews): "X will release official results on April 2."
    if m and m.group("v").lower() in lists["release_verb"]:
        subj = [w.lower() for w in _CWORD.findall(m.group("subj"))]
        obj = [w.lower() for w in _CWORD.findall(m.group("obj"))]
        when = [w.lower() for w in _WORD.findall(m.group("when"))]
        if (
            len(subj) <= 6
            and 1 <= len(obj) <= 6
            and obj[-1] in lists["release_object"]
            and not any(w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) for w in subj + obj)
            and when
            and all(w in lists["schedule_word"] or _CN_DAY.fullmatch(w) for w in when)
            and not re.search(r"\d", m.group("subj") + m.group("obj"))
            and not re.fullmatch(r"\s*(?:in\s+)?(?:19|20)\d\d\s*", m.group("when"))
        ):
            return "schedule line"
    m = _CN_CALENDAR.match(s.rstrip(" .!"))  # round 54 (claimsdebate): "Early voting starts on October 22nd."
    if m and m.group("v").lower() in lists["calendar_verb"]:
        subj = [w.lower() for w in _CWORD.findall(m.group("subj"))]
        when = [w.lower() for w in _WORD.findall(m.group("when"))]  # "22nd" is one word
        if (
            len(subj) <= 6
            and not any(w in _CLAUSE_WORDS or w in lists["finite"] or _is_past(w) for w in subj)
            and when
            and all(w in lists["schedule_word"] or _CN_DAY.fullmatch(w) for w in when)
            and not re.search(r"\d", m.group("subj"))
            and not re.fullmatch(r"\s*(?:19|20)\d\d\s*", m.group("when"))
        ):
            return "schedule line"
    return None


# round 54 (claimsdebate): a calendar line in the present, subject + [calendar_verb] + "on" + only a date ("Early
# voting starts on October 22nd.", "The trial begins on Monday."); "The war began on June 22, 1941." is past, and "The
# plant opens in 2027." (a forecast) has no [calendar_verb] and no "on"
_CN_CALENDAR = re.compile(r"^(?P<subj>[A-Z][^,;:()\"“”]{2,60}?)\s+(?P<v>[a-z]+)\s+on\s+(?P<when>\S.*)$")
# round 54 (claimsnews): a group's mood told by the reporter, "Critics in Yerevan were less enthusiastic.", "Investors
# were relieved by the news." (subject of up to six plain words + a copula + intensifiers + a [reaction_word] + at
# most "about/with/by" and three plain words)
_CN_REACTION = re.compile(
    r"^(?P<subj>[A-Z][\w' -]{1,60}?)\s+(?:is|are|was|were)\s+(?P<adv>(?:(?:less|more|not|very|so|far|much|also|equally|"
    r"deeply|quite|largely|mostly|visibly)\s+){0,2})(?P<adj>[a-z]+)(?:\s+(?:about|with|by|at)\s+(?P<obj>[a-z ]{2,30}))?[.!]?$"
)
# round 54 (review3): words of a share of a group: its mood is a poll's finding, a claim ("Most voters were furious.")
_CN_REACTION_POLL_WORDS = frozenset("most many few fewer more majority minority half nearly almost percent share "
                                    "two-thirds third quarter".split())
# round 54 (review3): the words of a day a weather forecast names (`news_furniture_line`'s schedule line)
_CN_FORECAST_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow weekend "
                              "morning afternoon evening night overnight".split())
_CN_REACTION_OBJ_LEAD = frozenset("it this that the news announcement deal result results decision move outcome".split())


def _cn_reaction(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """Round 54 (claimsnews): the reporter's line on a group's mood (`_CN_REACTION`); no digit, no verb, past form,
    clause word or report verb in the subject ("The workers who were laid off were angry." stays)."""
    m = _CN_REACTION.match(s)
    if not m or any(map(str.isdigit, s)) or m.group("adj") not in lists["reaction_word"]:
        return False
    subj = [w.lower() for w in _CWORD.findall(m.group("subj"))]
    if not subj or len(subj) > 6 or subj[0] in ("i", "we") or not _CN_REACTION_POLL_WORDS.isdisjoint(subj):
        return False  # round 54 (review3): a share of a public is a poll's finding ("Most Americans are skeptical.")
    if any(w in _CLAUSE_WORDS or w in lists["finite"] or w in lists["report_verb"] or _is_past(w) for w in subj):
        return False
    obj = (m.group("obj") or "").split()
    return not obj or (len(obj) <= 3 and obj[0] in _CN_REACTION_OBJ_LEAD and not any(_is_past(w) for w in obj))


# round 54 (claimsnews): subject + will + a [release_verb] + a short object + "on"/"next"/… + only a date
_CN_WILL_RELEASE = re.compile(
    r"^(?P<subj>[A-Z][^,;:()\"“”]{2,60}?)\s+will\s+(?P<v>[a-z]+)\s+(?P<obj>[^,;:()\"“”]{2,60}?)\s+"
    r"(?P<when>(?:on|next|later|this|early|late)\b.*)$"
)
_CN_ARTICLE = frozenset(("a", "an", "the"))
_CN_PHOTO = re.compile(r"^(?P<lead>[A-Za-z]+(?:\s[A-Za-z]+)?)\s*:\s*(?P<rest>\S.*)$")
_CN_CREDIT_END = re.compile(r"\s*\([^()]*\)\s*$")
_CN_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b(?:in|on|of)\s+(?:19|20)\d\d\b",
    re.I,
)
_CN_SCHEDULE = re.compile(
    r"^(?P<subj>[A-Z][^,;:()\"“”]{2,80}?)\s+(?:is|are)\s+(?:now\s+|also\s+)?(?P<v>[a-z]+)\s+"
    r"(?:to\s+(?:be\s+)?(?P<inf>[a-z]+)\s+)?(?P<when>(?:on|in|for|at|by|next|later|this|early|late|until)\b.*)$"
)
_CN_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|\d{1,2}-\d{1,2}")


# -- round 52 (claimsquote): the content of a direct quotation with a plain attribution ----------------------
_QUOTE_OPEN = "\"“"
_QUOTE_CLOSE = "\"”"
# '"This is a responsible budget," Mayor Okafor said after the vote.' / '…for this," said Dr. Kovacs.' (the
# quote may have opened in an earlier sentence: no opening mark then)
_QUOTE_FIRST = re.compile(
    r'^[\"“]?(?P<q>[^\"“”]{3,}?)(?P<p>[,.!?…]?)[\"”]\s*,?\s+(?P<a>[^\"“”]{2,200})$'
)
# 'Okafor said: "…"' / 'She added, "…"'
_QUOTE_LAST = re.compile(r'^(?P<a>[^\"“”]{2,80}?)\s*[:,]\s*[\"“](?P<q>[^\"“”]{3,}?)(?P<p>[.!?…]?)[\"”]\s*[.!]?$')
_ATTR_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")


def _plain_attribution(attr: str, lists: dict[str, frozenset[str]], last: bool) -> bool:
    """An attribution that states nothing but who spoke (and where, when, to whom): no digit, number word or
    clause of its own; with the quote after it, a capitalised speaker of at most four words + the verb + at
    most three words."""
    if _NUMBER.search(attr) or re.search(r"\d", attr):
        return False
    if ";" in attr or ":" in attr:
        return False  # (round 52, review2) a clause of its own after the attribution: '"…," Okafor said; unemployment
        # in the county doubled last year.' (the quoted words alone decided the whole sentence)
    words = [w.rstrip(".").lower() for w in _ATTR_WORD.findall(attr)]
    if not words or len(words) > 30:
        return False
    if any(w in lists["quote_attribution_block"] or w in lists["number_word"] for w in words):
        return False
    verbs = [i for i, w in enumerate(words) if w in lists["quote_verb"]]
    if not verbs:
        return False
    if last:
        # the speaker and verb only: "Okafor said", "The minister told reporters", "She added"
        i = verbs[0]
        return attr[:1].isupper() and 1 <= i <= 4 and len(words) - i - 1 <= 3 and "," not in attr
    # the verb first ("said Dr. Kovacs, …") or after a speaker of at most eight words ("the chief said")
    return verbs[0] <= 8


def quoted_content(sentence: str) -> str | None:
    """The quoted words of a sentence that is one direct quotation and its attribution, as a sentence of its
    own ('"This is a responsible budget for difficult times," Mayor Daniel Okafor said after the vote.' ->
    'This is a responsible budget for difficult times.'); None for any other sentence, and for an attribution
    that states more than who spoke ("…," he said, adding that …; a number in it)."""
    s = sentence.strip()
    if not s or s[-1] not in ".!…" and s[-1] not in _QUOTE_CLOSE:
        return None
    lists = _lists()
    m = _QUOTE_FIRST.match(s)
    last = False
    if m is None or s[0] not in _QUOTE_OPEN and m.group("q")[:1].islower():
        m = _QUOTE_LAST.match(s)
        last = True
        if m is None:
            return None
    if not last and not m.group("p") and s[0] in _QUOTE_OPEN:
        return None  # a title or scare quote followed by more words ('"Frozen" opened in 1,200 theatres.')
    if not _plain_attribution(m.group("a").strip().rstrip(".!"), lists, last):
        return None
    q = m.group("q").strip()
    p = m.group("p")
    return q + (p if p in ("!", "?", ".", "…") else ".")


__all__ = [
    "service_or_feeling_line",
    "comment_junk",
    "junk_line",
    "opinion_shape",
    "quoted_content",
    "news_furniture_line",
    "speech_formula_line",
]


# -- round 52 (claimscomments): sarcastic openers, polite calls to action, challenges in reader comments -------------
# the interjection must be set off by punctuation ("Sure, because …", "Oh yes - because …"; not "Right now, the CBO
# says …"), or follow "Oh" ("Oh sure because …")
_CS_OPENER = re.compile(
    r"^(?:(?P<oh>oh)\s*[,!]?\s+)?(?:of\s+)?(?P<w>[a-z]+)(?:\s*[,!.…—–-]+\s*|(?(oh)\s+|(?!)))(?P<rest>.*)$", re.I | re.S
)
_CS_FUTURE = re.compile(r"\b(?:will|won't|wont|'ll|’ll|gonna|going\s+to|have\s+to|has\s+to|get\s+to)\b", re.I)
_CS_CHALLENGE = re.compile(
    r"^(?:anyone|anybody|everyone|everybody|whoever|those|people|someone|somebody|all\s+those)\s+who\s+"
    r"(?:thinks?|believes?|says?|claims?|complains?|wants?|supports?|votes?|voted|defends?|argues?|insists?)\b"
    r".*?\b(?:should|needs?\s+to|ought\s+to|must)\s+(?P<tail>\S.*)$",
    re.I | re.S,
)


# rhetorical idioms whose number, if any, is no assertion: "Imagine spending $1.2 billion on a stadium.", "Nothing says
# thrift like a $1.2 billion stadium.", "So much for the 3,000 jobs they promised.", "Only in this city would people
# cheer for a $450 million handout.", "Just wait until the bills come due in 2030."
_CS_IDIOM = re.compile(
    r"^(?:imagine\s+(?=\w+ing\b|if\b|(?:what|how)\s[^.;:]*\b(?:could|would|might)\b)|nothing\s+says\s+(?=.+\blike\b)|so\s+much\s+for\s+|only\s+in\s+[^,.;]{1,40}?\s+"
    r"(?:would|could|can|do|does|will)\s+(?=\w)|(?:just\s+)?wait\s+(?:until|till|til|'til|’til)\s+)",
    re.I,
)
# after the idiom no second statement: "Imagine if we had spent it on schools, which lost 12 percent" stays
_CS_IDIOM_BLOCK = re.compile(r"\b(?:that|which|because|since|than|percent|while|whereas|according)\b|%|[;:]|\s[-–—]\s", re.I)
_CS_RIGHT_MIND = re.compile(r"^(?:no\s*one|nobody|no\s+sane\s+person|no\s+one)\s+in\s+(?:their|his|her|your)\s+right\s+mind\b", re.I)
# "He is dumb as a rock.", "The mayor is as useless as a chocolate teapot." (an [insult], [evaluative] or
# [opinion_most] word in a simile, ending the sentence)
_CS_SIMILE = re.compile(
    r"^(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|[Ii]t|[Tt]his\s+\w+|[Tt]hat\s+\w+|[Tt]he\s+\w+|[A-Z]\w+)\s+(?:is|are|was|were|'s|’s|'re|’re)\s+(?:as\s+)?"
    r"(?P<adj>[a-z]+)\s+as\s+(?:a|an|the)?\s*[a-z]+(?:\s+[a-z]+){0,2}\s*[.!]*$"
)


def comment_stance_line(sentence: str) -> str | None:
    """Round 52 (claimscomments): three stances of reader comments that no number makes a claim, tried after every
    older shape (None when the model decides):

    * a **sarcastic opener**: an interjection of [stance_sarcasm_word] ("Oh yes,", "Sure,", "Great,") + "because …"
      (a reason with no main clause and no digit: "Oh yes, because raising costs has always been great for small
      shops."), or + "(so) now" + a future ("Great, now my burger will cost $20."; not "Great, now we pay 40% more than Ohio.");
    * a **polite call to action**: "Please" + a [stance_please_verb] and no word that makes a statement ([finite],
      [statement], contractions, -ed forms) nor a digit ("Please call your state senator and tell them to vote yes on
      the bill next week!"; not "Please stop, the vaccine is safe.");
    * a **challenge**: "Anyone/people/whoever who thinks/says … should / needs to / must …", the number inside the
      who-clause being the opinion challenged ("Anyone who thinks $15 is too much should try living on it for a
      month."); the part after the modal has no [finite] word that is no [finite_verb] ("… should look at 2022, when
      crime rose 30 percent" stays with the model); a digit there is allowed ("… should try raising a family on $30,000
      a year"; round 52, review3: the docstring had said no digit)."""
    s = sentence.strip().lstrip(" \"“‘'(")
    lists = _lists()
    m = _CS_OPENER.match(s)
    if m and m.group("w").lower() in lists["stance_sarcasm_word"]:
        rest = m.group("rest")
        head = _CWORD.findall(rest[:12].lower())
        if head and head[0] == "because" and m.group("w").lower() != "good" and not _NUMBER.search(rest):
            return "sarcasm"
        if head[:2] == ["so", "now"] or head[:1] == ["now"]:
            if _CS_FUTURE.search(rest) and not re.search(r"\b(?:than|because|since|percent)\b|%", rest, re.I):
                return "sarcasm"
    # the words only when a call or an idiom may need them: a first word "please" is "please" in the text
    words = [w.lower() for w in _CWORD.findall(s.replace("’", "'"))] if "please" in s.lower() else None
    if words and len(words) >= 3 and words[0] == "please" and words[1] in lists["stance_please_verb"] and len(words) <= 25:
        if not any(map(str.isdigit, s)) and _no_statement(words[1:], lists["finite"]):
            return "call to action"
    m = _CS_CHALLENGE.match(s)
    if m:
        tail_words = [w.lower() for w in _CWORD.findall(m.group("tail").replace("’", "'"))]
        if not any(w in lists["finite"] and w not in lists["finite_verb"] for w in tail_words):
            return "normative statement"
    m = _CS_IDIOM.match(s)
    if m and not _CS_IDIOM_BLOCK.search(s[m.end() :]):
        return "rhetorical idiom"
    if _CS_RIGHT_MIND.search(s):
        n_words = len(words) if words is not None else len(_CWORD.findall(s.replace("’", "'")))
        if n_words <= 25 and not _CS_IDIOM_BLOCK.search(s):
            return "rhetorical idiom"
    m = _CS_SIMILE.match(s)
    if m and m.group("adj").lower() in lists["insult"] | lists["evaluative"] | lists["opinion_most"]:
        return "insult or exclamation"
    return None


# -- round 53 (claimsaudit): the set formulas of political speech -----------------------------------------------------
# a transcript's speaker label ("MARSH: …", "The Chancellor: …", "Hon. Members: …"): at most four capitalised words
_SF_LABEL = re.compile(r"^(?:(?:The|Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s+(?=\S)")
_SF_LEAD = frozenset("so and now tonight today well then finally also again".split())
_SF_DATE_LEAD = frozenset("on by before until come this next".split())  # round 54 (claimsleft)
#: month names and their abbreviations: the date regex of calls and the words a rally call may open with
_SF_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")
_SF_MONTH_ABBREVS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_SF_MONTH = "(?:" + "|".join(_SF_MONTH_NAMES + tuple(a + r"\.?" for a in _SF_MONTH_ABBREVS)) + ")"
_SF_MONTH_WORDS = frozenset(w.lower() for w in _SF_MONTH_NAMES + _SF_MONTH_ABBREVS)
# the date of a vote in a call ("vote on November 5th", "on the 3rd of November", "November 5, 2024")
_SF_DATE = re.compile(
    r"\b" + _SF_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+" + _SF_MONTH + r"\b"
)
# (round 53, review1: a separator starts at its whitespace run's first character only, `(?<!\s)`: a run of tabs or
# no-break spaces, which the 30-space cap does not count, was rescanned from each of its characters, quadratic)
_SF_SPLIT = re.compile(r"(?<!\s)\s*(?:,|;|\s[-–—]\s)\s*(?:and\s+|then\s+)?|(?<!\s)\s+and\s+(?=\w)")
_SF_REQUEST_BLOCK = frozenset("that which because since than while whereas although though when after before who".split())


def _sf_address(words: list[str], raw: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """Only a form of address: every word an [address_word] or capitalised (no [headline_verb]: "Senators Reject
    Tax Plan."), the first one an [address_word], no verb."""
    if not words or words[0] not in lists["address_word"] or words[0] in ("of", "the", "and"):
        return False
    address, headline = lists["address_word"], lists["headline_verb"]
    if not all(w in address or (r[:1].isupper() and w not in headline) for w, r in zip(words, raw, strict=True)):
        return False
    return _no_statement([w for w in words if w not in address], lists["finite"])


def _sf_address_items(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """Two or more forms of address joined by commas or "and", each led by an [address_word] ("Madam Speaker, members
    of Congress, and my fellow Americans."; "Ladies and gentlemen, …"); one item alone may be a headline ("Senators
    Reject Tax Plan.")."""
    items = [c for c in _SF_SPLIT.split(s.strip(" .!")) if c.strip()]
    if len(items) < 2:
        return False
    for item in items:
        raw = _CWORD.findall(item.replace("’", "'"))
        if not _sf_address([w.lower() for w in raw], raw, lists):
            return False
    return True


def _sf_strip_address(s: str, lists: dict[str, frozenset[str]]) -> str:
    """`s` without a leading form of address set off by a comma ("Mr Speaker, I rise …")."""
    head, sep, rest = s.partition(",")
    if sep and rest.strip():
        raw = _CWORD.findall(head.replace("’", "'"))
        if len(raw) <= 5 and _sf_address([w.lower() for w in raw], raw, lists):
            return rest.strip()
    return s


def speech_formula_line(sentence: str) -> str | None:
    """Round 53 (claimsaudit): the set formulas of speeches, debates and parliamentary sittings that a number does
    not make a claim (None when the model decides), after an optional speaker label ("The Chancellor: …"):

    * a **form of address** and nothing else ("Madam Speaker, Madam Vice President, members of Congress, and my
      fellow Americans."; not "Members of Congress voted 220 to 211.");
    * the speaker's own **request or formula**: (so / tonight …) I (am) + a [request_verb] + what is asked, with no
      [finite] word, clause word or -ed form after the verb ("So tonight, I am asking Congress to pass a $15 minimum
      wage.", "Mr Speaker, I rise to present a budget for working families."; not "I ask you to remember that we
      cut the deficit by $1 trillion.", "I asked for $5 billion and Congress gave me 2.");
    * a **rally call**: clauses that each start with a [call_start] or [rally_verb] imperative, whose only number is
      the date of the vote ("So get out there, knock on doors, and vote on November 5th!"; not "Vote no, because the
      bill cuts 40,000 jobs.")."""
    s = _SF_LABEL.sub("", sentence.strip(), count=1)
    if s.count(" ") > 30:
        return None
    lists = _lists()
    # (speed, output-identical) each shape opens with an [address_word], or after the leads with "I" / "I'm", a call
    # verb, or a date the rally rule removes (a month, "the", a digit): other sentences are read no further
    lead = None
    for t in _CWORD.finditer(s.replace("’", "'")):
        w = t.group().lower()
        if lead is None and w in lists["address_word"]:
            break
        lead = w
        if w not in _SF_LEAD:
            if w not in ("i", "i'm", "the") and w not in lists["rally_call"] and w not in _SF_MONTH_WORDS \
                    and not w[:1].isdigit() and w not in _SF_DATE_LEAD:
                return None
            break
    raw = _CWORD.findall(s.replace("’", "'"))
    words = [w.lower() for w in raw]
    if len(words) < 2:
        return None
    # (speed, output-identical) a form of address, and an address before a comma, open with an [address_word]: else
    # the body is the sentence itself
    addressed = words[0] in lists["address_word"]
    if addressed and s.endswith((".", "!")) and not any(map(str.isdigit, s)) and _sf_address_items(s, lists):
        return "form of address"
    body = _sf_strip_address(s, lists) if addressed else s
    bw = words if body is s else [w.lower() for w in _CWORD.findall(body.replace("’", "'"))]
    i = 0
    while i < len(bw) and bw[i] in _SF_LEAD:
        i += 1
    if i < len(bw) and bw[i] in ("i", "i'm"):
        v = i + 1
        if bw[i] == "i" and v < len(bw) and bw[v] == "am":
            v += 1
        if v < len(bw) - 1 and bw[v] in lists["request_verb"]:
            after = bw[v + 1 :]
            if _no_statement(after, lists["finite"]) and not any(w in _SF_REQUEST_BLOCK for w in after):
                return "request or formula"
        return None
    if lists["rally_call"].isdisjoint(bw):
        return None  # (speed, output-identical) every clause of a rally call opens with one of them
    undated = _SF_DATE.sub(" ", body)
    if any(map(str.isdigit, undated)):
        return None
    calls = lists["rally_call"]
    clauses = [c for c in _SF_SPLIT.split(undated.strip(" .!")) if c.strip()]
    if len(clauses) < 2:
        return None  # one imperative alone is `comment_junk`'s (at most ten words)
    for c in clauses:
        cw = [w.lower() for w in _CWORD.findall(c.replace("’", "'"))]
        while cw and cw[0] in _SF_LEAD:
            cw = cw[1:]
        if cw and c is clauses[0] and len(clauses) > 2 and all(w in _SF_DATE_LEAD for w in cw):
            continue  # round 54 (claimsleft): what is left of a leading date ("So on November 5th, get out …")
        if not cw or cw[0] not in calls or not _no_statement(cw[1:], lists["finite"]):
            return None
        if any(w in _SF_REQUEST_BLOCK or w in lists["finite"] for w in cw[1:]):
            return None
    return "call to action"


# -- round 53 (claimsleft): promotions, dated reader calls, author bios, market-watch lines --------------------------
# (round 53, review2: the separator starts at its whitespace run's first character only, `(?<![\s,])(?:\s*,)?\s+`:
# "\s*,?\s+" split a whitespace run two ways from each of its characters, cubic in the run's length)
_PB_DEADLINE = re.compile(
    r"(?<![\s,])(?:\s*,)?\s+(?:before|by|until|ahead\s+of|no\s+later\s+than)\s+(?P<tail>[^,;:()\"“”]+?)\s*[.!]*$", re.I
)
#: (round 53, review2) the longest line a dated reader call may be (at most twelve words and a date): longer lines are
#: not searched (a lazy tail over a long line is quadratic)
_PB_CALL_MOST_CHARS = 300
_PB_BIO = re.compile(
    r"^(?P<subj>The\s+(?:author|writer|columnist)|[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})"
    r"\s+is\s+(?P<pred>\S.*?)\s*\.?$"  # (round 53, merge) "is" only: a bio line is in the present; "Janet Yellen was a
    # professor at Berkeley." states a checkable past role (review2)
)
_PB_BIO_SPLIT = re.compile(r",?\s+and\s+|\s*,\s+")
_PB_BIO_ORG = re.compile(r"^(?P<role>.*?)(?:\s+(?:at|of|with|for|in|on)\s+(?P<org>(?:the\s+)?[A-Z\"“].*))?$")
_PB_WATCH = re.compile(
    r"^(?P<subj>[A-Z][^,;:()\"“”]{2,80}?)\s+will\s+be\s+(?:closely\s+)?(?:watched|watching|monitored|monitoring|"
    r"eyed|scrutinized|scrutinised|in\s+focus|in\s+the\s+spotlight)\b(?P<rest>[^;:()\"“”]*?)\s*\.?$"
)


def _pb_plain(words: list[str], lists: dict[str, frozenset[str]]) -> bool:
    """No word states something: no [finite]/[statement] word, verb contraction, -ed form or clause word."""
    return _no_statement(words, lists["finite"]) and _CLAUSE_WORDS.isdisjoint(words)


def _pb_date_only(text: str, lists: dict[str, frozenset[str]]) -> bool:
    """`text` names only a date or a calendar event ("the vote on March 12", "the 15th", "Friday's deadline")."""
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[^\W_]+(?:'[^\W_]+)?", text.replace("’", "'"))]
    ok = lists["schedule_word"] | lists["deadline_word"]
    return bool(words) and all(w in ok or _CN_DAY.fullmatch(w) for w in words)


def _pb_promotion(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """A promotion of the page's own content or service: a [promo_start] imperative + a [promo_self] word (our,
    below, here …) and nothing that states a fact; a number may stand in it ("Check out our picks for the 10 best
    early Black Friday deals below.", "Sign up for our free newsletter and get 20% off your first order."; not
    "Check out rates rose to 7 percent.", "See our report, which found that 40 percent …")."""
    first = _CWORD.search(s.replace("’", "'"))
    if first is None or first.group().lower() not in lists["promo_first"]:
        return False  # (speed, output-identical) a promotion opens with a [promo_start] phrase's first word
    raw = _CWORD.findall(s.replace("’", "'"))
    words = [w.lower() for w in raw]
    if not 3 <= len(words) <= 22:
        return False
    n = next((n for n in (4, 3, 2, 1) if " ".join(words[:n]) in lists["promo_start"]), 0)
    if not n:
        return False
    rest = words[n:]
    own = {w.lower() for w in raw[n:] if w != "US"}  # "US politics" is no "us"
    if not (words[0] == "scroll" or not lists["promo_self"].isdisjoint(own)):
        return False
    rest = [w for w in rest if w not in ("don't", "miss")]  # "… and don't miss …"
    return _pb_plain(rest, lists) and not re.search(r"\b(?:percent|per\s+cent)\b", s, re.I)


def _pb_dated_call(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """A reader call addressed with "your" whose only number is its deadline: a [call_start], [rally_verb] or
    [reader_call_verb] imperative + your … + before / by / until + a date or calendar event ("Call your council member
    before the vote on March 12.", "Tell your representative to vote no before the 15th."; not "Call your senator:
    the bill cuts 40,000 jobs.", "Call volumes rose 40 percent before the vote on March 12.")."""
    if len(s) > _PB_CALL_MOST_CHARS:
        return False
    verbs = lists["reader_call"]
    for w in _CWORD.finditer(s.replace("’", "'")):  # (speed, output-identical) the first word after the leads must
        if w.group().lower() not in _SF_LEAD:  # be the call's verb (the words of the head before the deadline)
            if w.group().lower() not in verbs:
                return False
            break
    m = _PB_DEADLINE.search(s)
    if not m or not _pb_date_only(m.group("tail"), lists):
        return False
    head = s[: m.start()]
    if any(map(str.isdigit, head)) or re.search(r"[,;:]|\s[-–—]\s", head):
        return False
    words = [w.lower() for w in _CWORD.findall(head.replace("’", "'"))]
    while words and words[0] in _SF_LEAD:
        words = words[1:]
    if not 2 <= len(words) <= 12 or "your" not in words[1:4]:
        return False
    if words[0] not in verbs:
        return False
    return _pb_plain(words[1:], lists)


def _pb_bio(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """An author's bio line at the foot of an op-ed: "The author" or a name of two or three capitalised words + is
    + parts joined by "and" / commas, each a role ((a / an / the) + lower-case words with a [bio_role]) or a
    [bio_verb] + lower-case words, optionally + at / of / with … + a capitalised organisation or a title ("The author
    is a professor of economics at Georgetown University.", "Daniel Okafor is a former city councilman and teaches
    public finance at Riverside Community College."); no digit, no clause word ("Jane Doe is a senior fellow at the
    institute, which received $2 million …" and "John Roe was a member of the board that approved the loan." stay)."""
    if "is" not in s.split(None, 5)[2:5] or any(map(str.isdigit, s)) or s.count(" ") > 30:
        return False  # (speed) "is" stands after a name of two to four words or "The author"
    m = _PB_BIO.match(s.strip())
    if not m:
        return False
    pred = re.sub(r"[“\"][^“”\"]{1,80}[”\"]", " Title ", m.group("pred"))  # a book's title: "the author of “…, …”"
    parts = [p for p in _PB_BIO_SPLIT.split(pred) if p.strip()]
    if not parts or len(parts) > 4:
        return False
    roles = 0
    for part in parts:
        pm = _PB_BIO_ORG.match(part.strip())
        if not pm:
            return False
        role = [w.lower() for w in _CWORD.findall(pm.group("role").replace("’", "'"))]
        org = pm.group("org")
        if org and not _names_only(org.replace("“", " ").replace("”", " ").replace('"', " ")):
            return False
        if not role or len(role) > 7 or not _pb_plain(role, lists):
            return False
        if role[0] in ("a", "an", "the"):
            k = max((k for k, w in enumerate(role) if w in lists["bio_role"]), default=-1)
            if k < 0 or not (k == len(role) - 1 or (role[k + 1] in ("of", "in") and 1 <= len(role) - k - 2 <= 2
                                                      and _DETERMINER.isdisjoint(role[k + 2 :]))):
                return False  # "a professor of economics", "a lecturer in law"; not "the author of the plan"
            roles += 1
        elif role[0] in lists["bio_verb"]:
            if not org:
                return False
        elif org and all(w in lists["bio_role"] or w == "of" for w in role):
            roles += 1  # "… and professor of law at …" without an article
        else:
            return False
    return roles > 0


def _pb_watch(s: str, lists: dict[str, frozenset[str]]) -> bool:
    """A market-watch line about a calendar event: subject + will be (closely) watched / watching / in focus + at most
    "closely" and a when / as / ahead of clause naming a [watch_event] with only a date ("Shares of Voltra will be
    watched closely when the company reports earnings on April 25."; not "Shares of Voltra will be watched after they
    fell 20 percent on Monday.")."""
    if "will" not in s:
        return False  # (speed, output-identical) the pattern needs "will be"
    m = _PB_WATCH.match(s.strip())
    if not m:
        return False
    subj = [w.lower() for w in _CWORD.findall(m.group("subj").replace("’", "'"))]
    if len(subj) > 8 or any(map(str.isdigit, m.group("subj"))) or not _pb_plain(subj, lists):
        return False
    rest = m.group("rest")
    undated = _CN_DATE.sub(" ", _SF_DATE.sub(" ", rest))
    if any(map(str.isdigit, undated)):
        return False
    words = [w.lower() for w in _CWORD.findall(undated.replace("’", "'"))]
    if len(words) > 18 or lists["watch_event"].isdisjoint(words):
        return False
    if not _no_statement([w for w in words if w not in ("when", "as", "after")], lists["finite"]):
        return False
    return not any(w in ("than", "because", "since", "which", "who", "percent", "cent") for w in words)


def promo_bio_watch_line(sentence: str) -> str | None:
    """Round 53 (claimsleft): lines of news pages and op-eds that a number or a role does not make a claim: a
    **promotion** of the page's own content, a **dated reader call**, an **author bio** and a **market-watch line**
    (see `_pb_promotion`, `_pb_dated_call`, `_pb_bio`, `_pb_watch`). None when the model decides."""
    s = sentence.strip()
    lists = _lists()
    if _pb_promotion(s, lists):
        return "promotion"
    if _pb_dated_call(s, lists):
        return "call to action"
    if _pb_bio(s, lists):
        return "author bio"
    if _pb_watch(s, lists):
        return "schedule line"
    return None


# -- round 54 (claimsdebate): family anecdotes and echoed amounts of speeches and debates --------------------------
_KA_OPEN = re.compile(
    r"^(?:(?:and|but|so|now|well|look|you\s+know)(?:\s*,)?\s+)*(?:my\s+(?P<kin>[^\W\d_]+)|(?P<me>I\s+(?:grew\s+up|was\s+raised)))"
    r"(?P<rest>(?:['’]s\b)?.*)$",
    re.I | re.S,
)


@lru_cache(maxsize=8)  # the same sentence is asked by several shapes in a row (no cache across documents)
def family_anecdote_line(sentence: str) -> str | None:
    """Round 54 (claimsdebate): a speaker's **family anecdote**, "My <[kin_word]> …" after an optional transcript
    label and discourse words ("My father worked the night shift there for 27 years, until the day it closed.", "My
    mother came here at 19 with two suitcases.", "My family has farmed the same land in Indiana for five
    generations."), and "I grew up / I was raised …" ("I grew up in Lorain, in a house three blocks from the steel
    mill."); ClaimBuster TRAIN labels every sentence that opens so non-check-worthy (9; "I was born …" stays: a
    birthplace can be disputed). Not when the kin word
    is a possessor ("My daughter's school lost 40 teachers."), nor with a [kin_block] word (percent, million,
    because, than, tax, Medicaid …), a % or currency sign, or more than 30 words: those state a public fact."""
    s = _SF_LABEL.sub("", sentence.strip(), count=1)
    low = s.lower()
    if "my" not in low and "i " not in low:
        return None
    m = _KA_OPEN.match(s)
    if m is None:
        return None
    lists = _lists()
    if m.group("kin") is not None and m.group("kin").lower() not in lists["kin_word"]:
        return None
    rest = m.group("rest")
    if rest[:2] in ("'s", "’s") or any(c in rest for c in "%$€£"):
        return None
    words = [w.lower() for w in _CWORD.findall(rest.replace("’", "'"))]
    if len(words) > 30 or not lists["kin_block"].isdisjoint(words):
        return None
    return "family anecdote"


_EA_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_EA_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EA_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
             "trillion": 1_000_000_000_000}
_EA_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


def _ea_values(text: str) -> tuple[set[float], int]:
    """The amounts written in `text` (digits, optionally with a scale word: "$2 million", "1.4 million"; number words:
    "forty-seven", "four hundred", "two million") and how many tokens are not part of one."""
    toks = _EA_TOKEN.findall(text.lower().replace("-", " "))
    out: set[float] = set()
    other = 0
    total = cur = 0.0
    words = False

    def flush() -> None:
        nonlocal total, cur, words
        if words:
            out.add(total + cur)
        total = cur = 0.0
        words = False

    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0].isdecimal():  # round 54 (review2): "²" and "①" are digits to isdigit() but no number to float()
            flush()
            v = float(t.replace(",", ""))
            if i + 1 < len(toks) and toks[i + 1] in _EA_SCALE:
                v *= _EA_SCALE[toks[i + 1]]
                i += 1
            out.add(v)
        elif t in _EA_ONES or t in _EA_TENS:
            cur += _EA_ONES.get(t, 0) + _EA_TENS.get(t, 0)
            words = True
        elif t in _EA_SCALE and words:
            if t == "hundred":
                cur *= 100
            else:
                total += cur * _EA_SCALE[t]
                cur = 0.0
        elif t == "and" and words:
            pass
        else:
            flush()
            other += 1
        i += 1
    flush()
    return out, other


def echoed_amount(sentence: str, previous: str) -> bool:
    """Round 54 (claimsdebate): a verbless amount that only repeats, for emphasis, a number said just before it
    (`previous`: the annotator passes the two sentences before; "My opponent took more than $2 million from the drug
    companies last year. Think about that. Two million dollars.", "He's been in Washington for 47 years.
    Forty-seven years!", "Carol's insulin costs $400 a month. Four hundred dollars!"): one amount and at most an
    [echo_unit] word, the same value in `previous`. The claim is the earlier sentence's; an answer with a new number
    ("How many jobs? Twenty-three million jobs.") stays with the model."""
    s = _SF_LABEL.sub("", sentence.strip(), count=1).rstrip(" .!")
    if not s or len(s) > 60 or any(c in s for c in ",;:?"):
        return False
    vals, other = _ea_values(s.lstrip("$€£"))
    if len(vals) != 1 or other > 1:
        return False
    if other:
        last = _CWORD.findall(s.lower())[-1:]
        if not last or last[0] not in _lists()["echo_unit"]:
            return False
    prev_vals, _ = _ea_values(previous)
    return bool(vals & prev_vals) and 0.0 not in vals


# -- round 54 (claimsleft): transcript lines of town halls, interviews and rallies ----------------------------------
_TL_HEAD_ADDRESS = re.compile(r"^(?P<head>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,\s+(?=\S)")
_TL_TAIL_ADDRESS = re.compile(r"\s*,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*([.!]*)$")
_TL_LEAD = re.compile(r"^(?:(?:and|but|so|now|well|look|you\s+know|yes|oh)(?:\s*,)?\s+)+", re.I)
_TL_LIVE = re.compile(
    r"\b(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:coming\s+to\s+you\s+)?(?:live|broadcasting)\s+(?:tonight\s+)?"
    r"(?:from|at|in)\b|^(?:live|broadcasting)\s+from\b|\bcoming\s+to\s+you\s+(?:live\s+)?from\b",
    re.I,
)
_TL_TURN = re.compile(r"\b(?:question|follow-?up|caller)\s+(?:tonight\s+|now\s+)?(?:comes\s+|is\s+)?from\b", re.I)
_TL_DURATION = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty|"
    r"ninety|few|couple\s+of)\s+(?:more\s+|extra\s+)?(?:minutes?|seconds?)\b",
    re.I,
)
# a duration right before left / remaining, after "spoken in", or "your / her … time", "town hall"
_TL_TIMEKEEPING = re.compile(
    r"\b(?:minutes?|seconds?)\s+(?:left|remaining)\b|\bspoken\s+(?:for|in)\s+(?:over\s+|about\s+)?\S+\s+"
    r"(?:minutes?|seconds?)\b|\b(?:your|her|his|their|my|our)\s+time\b|\btown\s+hall\b",
    re.I,
)
_TL_PRIVATE = re.compile(
    r"^(?:(?P<my>my)|(?P<our>our))\s+(?P<mods>(?:[^\W\d_]+\s+){0,2}?)(?P<noun>[^\W\d_]+)\s+"
    r"(?:is|are|was|were|went|has|have|had|cost|costs|doubled|tripled|jumped|rose)\b",
    re.I,
)
_TL_FARM = re.compile(r"^i\s+(?P<verb>[^\W\d_]+)\b", re.I)
_TL_STATE = re.compile(r"^(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:always\s+|still\s+|so\s+|very\s+)?(?P<state>[\w-]+)", re.I)
# round 54 (claimsnews): a reader's own purchase ("I paid $4.29 for a dozen eggs at Kroger yesterday.") and weight
# ("I've been walking every day and I've lost 40 pounds."); taxes, a cause or a policy stay ([private_block])
_TL_PURCHASE = re.compile(
    r"^I\s+(?:just\s+|recently\s+|once\s+|also\s+)?(?:paid|spent)\s+(?:over\s+|about\s+|almost\s+|nearly\s+)?"
    r"[$€£]\s?\d[\d,.]*\s+(?:for|on)\s+(?:a|an|my|our|two|three|\d+)\b"
)
_TL_WEIGHT = re.compile(
    r"\bI(?:['’]ve|\s+have)?\s+(?:already\s+|now\s+)?(?:lost|gained|dropped)\s+(?:over\s+|about\s+|almost\s+)?"
    r"\d[\d,.]*\s+(?:pounds|lbs|kilos|kilograms|kg|stone)\b",
    re.I,
)
_TENURE_GOES_ON = frozenset("i i've i'm i'd i'll me my never have had still always also just".split())


def _tenure_one_subject(words: list[str]) -> bool:
    """Round 54 (claimscomments): a clause after and / but / so / while in a tenure sentence goes on about the writer
    ("… for eight years and never missed a payment", "… since 1986 and I've never been this angry"); another subject
    is a second statement ("I have lived here for 20 years and crime has doubled.")."""
    for k, w in enumerate(words[:-1]):
        if w in ("and", "but", "so", "while", "where", "yet"):
            nxt = words[k + 1]
            if nxt not in _TENURE_GOES_ON and not nxt.endswith("ed"):
                return False
    return True


# round 54 (claimscomments): "I've lived in this apartment for eight years …", "I've had season tickets since 1986 …"
# ([tenure_verb]; "I've worked with them for 20 years" is ClaimBuster-positive, so no work verbs) and a memory ("I
# remember when gas was 30 cents a gallon.")
_TL_TENURE = re.compile(
    r"^I(?:['’]ve|\s+have)\s+(?:now\s+|personally\s+|also\s+)?(?P<verb>[^\W\d_]+)\b.*?\b(?:for|since)\b", re.I
)
_TL_MEMORY = re.compile(r"^I\s+(?:can\s+|still\s+|well\s+)?remember\s+(?:when|the\s+days\s+when)\b", re.I)
_TL_NEG = frozenset("not never n't didn't don't doesn't isn't wasn't aren't weren't haven't hasn't can't couldn't "
                    "won't wouldn't cannot".split())
_TL_SAY = frozenset("said say says told tell thought believed knows know".split())
_TL_INTRO = re.compile(
    r"\bI\s+(?:met|talked\s+(?:to|with)|spoke\s+(?:to|with)|heard\s+from|sat\s+down\s+with|visited\s+with)\s+"
    r"(?:a|an|this)\s+(?:(?:young|retired|single|local|elderly|old)\s+)?(?P<who>[^\W\d_]+)"
    r"|\b(?:a|an)\s+(?P<who2>[^\W\d_]+)\s+(?:named|I\s+met|I\s+talked\s+to)\b"
    r"|^(?:her|his)\s+name\s+(?:is|was)\s+[A-Z]",
    re.I,
)
#: a word each alternative of `_TL_INTRO` needs (checked before the search)
_TL_INTRO_WORDS = re.compile("met|talked|spoke|heard|sat|visited|name", re.I)
_TL_PRONOUN = re.compile(r"^(?:she|he)\s+(?:had\s+|has\s+|was\s+|'d\s+)?(?P<verb>[^\W\d_]+)\b", re.I)


@lru_cache(maxsize=8)  # the same sentence is asked by several shapes in a row (no cache across documents)
def _tl_body(sentence: str) -> str:
    """`sentence` without a transcript label, a leading form of address ("Congressman, …"), discourse words and a
    trailing form of address (", Senator.")."""
    s = _SF_LABEL.sub("", sentence.strip(), count=1)
    m = _TL_HEAD_ADDRESS.match(s)
    if m:
        head = [w.lower() for w in _CWORD.findall(m.group("head"))]
        if head and _no_statement(head, _lists()["finite"]) and head[0] not in ("i", "we", "it", "they", "he", "she"):
            s = s[m.end():]
    s = _TL_LEAD.sub("", s, count=1)
    # round 54 (review2): the address follows the last comma; matched there only (a search tried every run of
    # spaces, quadratic in a long one)
    comma = s.rfind(",")
    if comma < 0:
        return s
    j = len(s[:comma].rstrip())
    m = _TL_TAIL_ADDRESS.match(s, j)
    return s[:j] + m.group(1) if m else s


def _tl_broadcast(s: str, lists: dict[str, frozenset[str]]) -> str | None:
    """A line of the broadcast: "We're live from the Gaillard Center in Charleston.", "Our first question comes from
    Dana Whitfield, a nurse from Ankeny." (no digit), and time-keeping or format lines whose only numbers are minutes
    or seconds, with a [format_word] or a time-keeping phrase (`_TL_TIMEKEEPING`: "Tonight's debate is divided into
    six segments of 15 minutes each.", "Mr. Dunn, you haven't spoken in 20 minutes."); not "Cops showed up 10 minutes
    later." nor "He left 20 minutes before the blast." """
    low = s.lower()  # the words each pattern needs, looked for first (a search per sentence was a cost on every text)
    if ((("live" in low or "broadcasting" in low or "coming" in low) and _TL_LIVE.search(s))
            or ("from" in low and _TL_TURN.search(s))) and not any(map(str.isdigit, s)):
        return "broadcast line"
    if ("minute" in s or "second" in s) and _TL_DURATION.search(s):
        rest = _TL_DURATION.sub(" ", s)
        if any(map(str.isdigit, rest)) or any(c in rest for c in "%$€£"):
            return None
        words = [w.lower() for w in _CWORD.findall(rest.replace("’", "'"))]
        if len(words) <= 20 and (not lists["format_word"].isdisjoint(words) or _TL_TIMEKEEPING.search(s)):
            return "broadcast line"
    return None


def _tl_private(s: str, lists: dict[str, frozenset[str]]) -> str | None:
    """A private fact of the speaker's household, trade or workplace: "My student loans are $62,000.", "Our diesel bill
    went up by a third this year.", "I grow corn and soybeans on 800 acres.", "We are short-staffed every single
    night." Not with a [private_block] word (a cause, a comparison, a policy)."""
    low = s.lower()
    if not (low.startswith(("my ", "our ", "i ", "we ", "i'm", "i’m", "we're", "we’re", "i've", "i’ve"))):
        return None
    words = [w.lower() for w in _CWORD.findall(s.replace("’", "'"))]
    if len(words) <= 20 and not any(c in s for c in "%$€£"):
        # round 54 (claimscomments): how long the writer has lived, owned or held something, and a memory
        m = _TL_TENURE.match(s)
        if (
            m
            and m.group("verb").lower() in lists["tenure_verb"]
            and (lists["private_block"] - {"since"}).isdisjoint(words)
            and lists["tenure_block"].isdisjoint(words)
            and _tenure_one_subject(words)
        ):
            return "private fact"
        if _TL_MEMORY.match(s) and lists["private_block"].isdisjoint(words):
            return "private fact"
    if not lists["private_block"].isdisjoint(words) or len(words) > 20 or "%" in s:
        return None
    m = _TL_PRIVATE.match(s)
    if m:
        noun = m.group("noun").lower()
        mods = m.group("mods").lower().split()
        if noun in ("bill", "bills") and (not mods or mods[-1] not in lists["household_bill"]):
            return None  # "My bill has 40 cosponsors." is a legislator's; "My heating bill was $600." a household's
        if noun in (lists["household_noun"] if m.group("my") else lists["household_shared"]):
            return "private fact"
        return None
    m = _TL_FARM.match(s)
    if m and m.group("verb").lower() in lists["farm_verb"]:
        return "private fact"
    if _TL_PURCHASE.match(s) or _TL_WEIGHT.search(s):  # round 54 (claimsnews)
        return "private fact"
    m = _TL_STATE.match(s)
    if m and m.group("state").lower() in lists["private_state"]:
        return "private fact"
    return None


def _tl_vague(s: str, lists: dict[str, frozenset[str]]) -> str | None:
    """A boast or rally line of only [vague_word] words: "We got it done.", "They said it couldn't be done.", "It's on
    the record.", "Nobody thought we could do it." A rival's failure ("And they have not got it done.": he / she /
    they / you + a negation before any verb of saying) stays with the model."""
    words: list[str] = []
    vague = lists["vague_word"]
    for m in _CWORD.finditer(s):  # stops at the first word that is not vague
        w = m.group().replace("’", "'").lower()
        head, apo, tail = w.partition("'")
        parts = [head, "'" + tail] if apo and tail in ("s", "re", "ve", "ll", "d", "m") else [w]
        if not all(p in vague or p in _TL_NEG for p in parts):
            return None
        words += parts
    if len(words) < 3 or any(map(str.isdigit, s)):
        return None
    if words[0] in ("he", "she", "they", "you"):
        for w in words:
            if w in _TL_SAY:
                break
            if w in _TL_NEG:
                return None
    return "boast or rally line"


def transcript_line(sentence: str) -> str | None:
    """Round 54 (claimsleft): lines of transcripts that state nothing checkable (None when the model decides), after
    an optional speaker label and form of address: broadcast and format lines (`_tl_broadcast`), private facts of
    audience members (`_tl_private`), boasts and rally lines without content (`_tl_vague`)."""
    s = _tl_body(sentence).strip()
    if not s:
        return None
    lists = _lists()
    return _tl_broadcast(s, lists) or _tl_private(s, lists) or _tl_vague(s, lists)


def anecdote_intro(sentence: str) -> bool:
    """Round 54 (claimsleft): the sentence starts a story about a private person: "Last spring, I met a woman named
    Carol in Green Bay.", "Her name is Linda.", a family anecdote or a private fact of an audience member ("RETIREE:
    My pension was cut twice.")."""
    s = _tl_body(sentence)
    m = _TL_INTRO.search(s) if _TL_INTRO_WORDS.search(s) else None
    if m:
        who = (m.group("who") or m.group("who2") or "").lower()
        if not who or who in _lists()["anecdote_person"]:
            return True
    return bool(family_anecdote_line(sentence) or _tl_private(s.strip(), _lists()))


def pronoun_anecdote(sentence: str) -> bool:
    """Round 54 (claimsleft): a sentence of a private person's story, read by the annotator only right after
    `anecdote_intro` (or another such sentence): she / he + a verb, without a [kin_block] word, a % or a currency
    sign ("She drove a school bus for 22 years.", "She had worked at the paper mill for 30 years."). "She told me
    her heating bill was $600 last winter." stays with the model (an amount), as in the family anecdotes."""
    s = _tl_body(sentence).strip()
    m = _TL_PRONOUN.match(s)
    if m is None or any(c in s for c in "%$€£"):
        return False
    words = [w.lower() for w in _CWORD.findall(s.replace("’", "'"))]
    return len(words) <= 30 and _lists()["kin_block"].isdisjoint(words)


# -- round 54 (claimscomments): reader-comment threads ------------------------------------------------------------------
_CC_QUOTE = re.compile(
    r"^(?:>+\s*)?(?:@?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+(?:said|says|wrote|writes|posted)\s*[:,]\s*)?"
    r"[\"“‘'](?P<q>[^\"“”]{3,}?)[\"”’']\s*[.!]*$"
)
_CC_BLOCKQUOTE = re.compile(r"^>+\s*(?P<q>\S.*)$")


def echoed_quote(sentence: str, text: str, start: int) -> bool:
    """Round 54 (claimscomments): in a comment thread, a reply that only quotes words written earlier in the same
    document ('Karen W. said: "It's in the budget on the county website."', '> He averaged 27 points.', '"more
    crime."') repeats another commenter's sentence: the claim, if any, is the earlier one. `text[:start]` must hold
    the quoted words (two or more, case and punctuation aside); a quotation of anything not in the thread ('Obama
    said: "…"') goes to the model."""
    s = sentence.strip()
    m = _CC_QUOTE.match(s) or _CC_BLOCKQUOTE.match(s)
    if m is None:
        return False
    words = re.findall(r"\w+", m.group("q"))
    if len(words) < 2 or len(words) > 60:
        return False
    pat = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    return pat.search(text, 0, start) is not None


# a later or earlier value of a private fact the sentence before stated: "Two years ago it was $190.", "It was
# $1,900 in 2019." (after "My electric bill was $380 last month.")
_CC_WHEN = (
    r"(?:(?:\w+\s+){1,2}(?:years?|months?|weeks?)\s+ago|a\s+(?:year|month)\s+ago|last\s+(?:year|month|winter|summer|"
    r"spring|fall|autumn)|back\s+then|in\s+(?:19|20)\d\d|before\s+the\s+[^\W\d_]+)"
)
_CC_FOLLOWUP = re.compile(
    r"^(?:" + _CC_WHEN + r"\s*,?\s+)?(?:it|they)(?:\s+(?:was|were|used\s+to\s+be|had\s+been)|['’]s)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|under\s+|less\s+than\s+)?[$€£]?\s?\d[\d,.]*"
    r"(?:\s*%|\s+(?:dollars|bucks|cents))?(?:\s+(?:a|per)\s+(?:month|year|week|gallon))?"
    r"(?:\s*,?\s+" + _CC_WHEN + r")?\s*[.!]*$",
    re.I,
)


def private_followup(sentence: str) -> bool:
    """Round 54 (claimscomments): read by the annotator right after a private fact ("My electric bill was $380 last
    month. Two years ago it was $190."): it / they + a copula + one amount and a time; the amount is the same
    household's bill, not a new claim. Any other word keeps it with the model ("Two years ago it was $190 in
    Ohio.")."""
    return _CC_FOLLOWUP.match(sentence.strip()) is not None
