"""Rule-based comment-policy spans: lexicon profanity and slurs, identity attacks, threats, spam,
personal insults addressed to someone, and shouting (ALL-CAPS runs).

Each rule returns `Hit`s (start, end, label, score); `violations.PolicyAnnotator` merges them with
the learned token model. Offsets are code points into the comment text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile

from spanbank.annotators.fastregex import cannot_match, compile_fast
from spanbank.annotators.policy_lexicon import (
    GROUP,
    HOSTILE,
    INS,
    PROF,
    SLUR,
    SPACED_RE,
    WordList,
    _sections,
    _wordlist,
    load_lexicons,
    load_sections,
    phrase_alternatives,
    word_flags,
)

# round 53 (policyleft): new top-level domains of spam sites ("Sign up free at datingnow.club"); (policyaudit2) a
# Telegram link ("t.me/cryptomoonz") and the .app domain ("quickbite.app")
URL_RE = re.compile(r"(?:https?://|www\.|\bt\.me/)\S+|\b[\w-]+\.(?:com|net|org|info|biz|ru|xyz|ly|io|club|online|shop|store|vip|bet|"
                    r"cash|loans?|click|icu|tk|website|app)(?:/\S*)?\b", re.IGNORECASE)
# what every URL_RE match contains; a text without it has no link (checked first: 4x faster)
_URL_HINT = re.compile(r"://|www\.|\bt\.me/|\.(?:com|net|org|info|biz|ru|xyz|ly|io|club|online|shop|store|vip|bet|cash|loan|click|icu|tk|"
                       r"website|app)", re.IGNORECASE)
# round 54 (polobf): a word with emoji for some of its letters ("f🤬cking", "sh💩t"): up to four letters, one to three
# emoji (pictographs, dingbats, stars; variation selectors and joiners dropped), one to eight letters, nothing else glued
_EMOJI_CLASS = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2605\u2606"
_EMOJI_CHAR = re.compile(f"[{_EMOJI_CLASS}]")
_EMOJI_JOINER = re.compile("[\ufe0f\u200d\U0001F3FB-\U0001F3FF]")
_EMOJI_MASKED = re.compile(
    f"(?<![\\w{_EMOJI_CLASS}])[^\\W\\d_]{{1,4}}(?:[{_EMOJI_CLASS}][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*){{1,3}}"
    f"[^\\W\\d_]{{1,8}}(?![\\w{_EMOJI_CLASS}])"
)
# ten or more of one character; not dots, dashes, underscores, equals, asterisks, hashes or box and
# block characters (▀▀▀, ───), which people use as ellipses and separators, nor digits (0.00000000001)
_REPEAT_CHAR = re.compile(r"([^\s\d.\-_=*~#\u2500-\u259f])\1{9,}")
_SENT_END = re.compile(r"[.!?\n]+")
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013()\"“”]")
# "you are X" and "are you X" take the copula with the pronoun, so the pronoun is not the verb slot
# and the copula the captured word; "all", "just", "nothing but" before the insult ("they are all
# morons", "you're just a moron"); the captured word is never a copula ("you all are idiots")
_YOU_ARE = compile_fast(
    r"\b(?:(?:you|u)\s+(?:are|r|were)|(?:are|r|were)\s+(?:you|u)|"
    r"you|u|ur|you're|you’re|is|are|was|were|'s|’s|'re|’re|r|what|such|bunch of|like)\s+"
    r"(?:(?:an?|such|the|total|complete|absolute|utter|real|bunch of|fucking|bloody|damn|stupid|"
    r"pathetic|little|big|old|lying|ignorant|dumb|all|just|nothing but)\s+){0,4}"
    r"(?!(?:are|is|was|were|r)\b)(\w[\w*$@#]*)",
    re.IGNORECASE,
)


# an embedded tweet's attribution line: "— The Senate (@handle) October 9, 2018"
_TWEET_SIGNATURE = re.compile(
    r"^[ \t]*[\u2014\u2013-]{1,2}[ \t]*[^\n]{1,100}?\(@\w{1,30}\)[ \t]+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$",
    re.MULTILINE,
)
_TITLE = re.compile(r"[A-Z][a-z]+(?:['\u2019]s)?")
_INITIAL = re.compile(r"[B-HJ-Z]")  # not "A" or "I", which are words
# a name is not written after these ("a Dick", "you Dick"): the word is then a noun or an address
_NOT_BEFORE_NAME = frozenset("a an you your ur u such what this that ya".split())


# texts at least this long skip a word-list regex when they hold none of its required literals
# (`fastregex.cannot_match`: a few substring scans instead of the regex's scan; the matches are the
# same). On short texts the regexes are fast and the checks would cost more than they save.
GATE_LEN = 500


def _skip(rx: re.Pattern | None, text: str) -> bool:
    """No pattern, or a long text that ``rx`` cannot match (`GATE_LEN`, `cannot_match`)."""
    return rx is None or (len(text) >= GATE_LEN and cannot_match(rx, text))


@dataclass(frozen=True)
class _Names:
    name: WordList
    capitalised: WordList
    proper: re.Pattern | None
    sense: re.Pattern | None
    work: frozenset[str] = frozenset()


@cache
def _names() -> _Names:
    secs = _sections("names.txt")
    proper = [e for _, e in secs.get("proper", [])]
    return _Names(
        _wordlist(secs.get("name", [])),
        _wordlist(secs.get("capitalised", [])),
        # case-sensitive: only the Title-case phrase is a name
        re.compile(r"(?<!\w)(?:" + phrase_alternatives(proper) + r")(?!\w)") if proper else None,
        # a listed word in its harmless sense ("Maine coon", "chinks in their armor", "20 fags")
        re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{e})" for _, e in secs["sense"]) + r")(?!\w)", re.IGNORECASE)
        if secs.get("sense") else None,
        frozenset(e.lower() for _, e in secs.get("work", [])),
    )


# round 52 (policy audit 2): a quoted stretch in Title Case, the form of a title of a work
_TITLE_QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,80})[\"”]")
_TITLE_SMALL = frozenset("a an the of with and in on to for at by from or as is it".split())
_WORDS = re.compile(r"[A-Za-z][\w'’]*")
#: (round 52, review2) words before a work word that make it a verb ("they show", "we'll play", "to record")
_WORK_VERB_BEFORE = frozenset(
    "i we you they he she it people to will would can could should must might may shall did do does don't "
    "i'll we'll you'll they'll he'll she'll i'd we'd they'd".split()
)


def work_titles(text: str, work: frozenset[str]) -> list[tuple[int, int]]:
    """Quoted titles of works (names.txt [work]): a quotation of two or more words, each capitalised but short
    function words, with a work word among the three words before it or right after it ('Her song "I Will Kill
    You With Kindness"', '"Kill Bill" vibes'). The stretch inside the quotation marks; round 52, policy audit 2."""
    out = []
    for m in _TITLE_QUOTE.finditer(text):
        words = _WORDS.findall(m.group(1))
        if len(words) < 2 or not words[0][0].isupper():
            continue
        if any(not w[0].isupper() and w.lower() not in _TITLE_SMALL for w in words):
            continue
        if all(w.isupper() and len(w) > 1 for w in words):
            continue  # shouted, not a title
        if any(PROF in (fl := word_flags(w)) or SLUR in fl for w in words):
            continue  # a swear word or a slur in a title is still marked (the album "Kill.Fuck.Die")
        ws = [w.lower() for w in _WORDS.findall(text, max(0, m.start() - 40), m.start())]
        # a work word right after a subject pronoun, a modal or "to" is a verb, no title's noun ('They show "Death
        # To All …" on banners', 'we play "…"'; round 52, review2)
        before = [w for k, w in enumerate(ws) if k >= len(ws) - 3 and not (k and ws[k - 1] in _WORK_VERB_BEFORE)]
        after = _WORDS.match(text, m.end() + 1) or _WORDS.match(text, m.end())
        if any(w in work for w in before) or (after is not None and after.group().lower() in work):
            out.append(m.span(1))
    return out


def neutral_spans(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` that hold a listed word but are names or attributions, not speech
    (data/policy/names.txt): a profane word written as a name ("Dick Cheney", "Moby Dick"), a
    capitalised name form ("Fukushima"), a proper name with a group word ("the Black Death",
    "Black Friday"), a listed word in a phrase of its harmless sense ("Maine coon", "chinks in their
    armor", "20 fags") and an embedded tweet's attribution line ("— The Nigerian
    Senate (@NGRSenate) October 9, 2018"). `neutral_text` blanks them."""
    out = [m.span() for m in _TWEET_SIGNATURE.finditer(text)] if "(@" in text else []
    nm = _names()
    if not _skip(nm.proper, text):
        out += [m.span() for m in nm.proper.finditer(text)]
    if not _skip(nm.sense, text):
        out += [m.span() for m in nm.sense.finditer(text)]
    if nm.work and ('"' in text or "“" in text):
        out += work_titles(text, nm.work)
    if '"' in text or "“" in text:
        out += condemned_calling(text)
    title = [bool(_TITLE.fullmatch(t)) for _, _, t in toks]
    if not any(title):
        return out
    for i, (s, e, t) in enumerate(toks):
        if not title[i]:
            continue
        form = t.lower().replace("\u2019", "'")
        form = form[:-2] if form.endswith("'s") else form
        if nm.capitalised.matches(form):
            out.append((s, e))
            continue
        if not nm.name.matches(form):
            continue
        ss, se = sentence_around(text, s) or (s, e)
        words = [(k, tk) for k, tk in enumerate(toks) if ss <= tk[0] < se and any(c.isalpha() for c in tk[2])]
        if len(words) >= 3 and all(title[k] or tk[2].isupper() for k, tk in words):
            continue  # a headline or a comment in Title Case: capitals say nothing
        if i > 0 and toks[i - 1][2].lower() in _NOT_BEFORE_NAME and ss <= toks[i - 1][0]:
            continue

        def namelike(k: int, gap: str, i: int = i, ss: int = ss, se: int = se) -> bool:
            if not (0 <= k < len(toks)) or word_flags(toks[k][2]):
                return False
            if k == i - 1 and _INITIAL.fullmatch(toks[k][2]) and gap.strip() in ("", "."):
                return True  # "Philip K. Dick" (the initial's dot ends a sentence for `sentences`)
            return title[k] and gap.strip() == "" and ss <= toks[k][0] < se

        if namelike(i - 1, text[toks[i - 1][1] : s] if i > 0 else "") or namelike(
            i + 1, text[e : toks[i + 1][0]] if i + 1 < len(toks) else ""
        ):
            out.append((s, e))
    return out


_FIRST_PERSON = frozenset("i we i'm we're im i'll we'll i've we've i'd we'd ive weve".split())
_SECOND_PERSON = frozenset("you u ya y'all your yourself".split())
# the reader as the subject of a passive ("you are killed", "you'll be shot"): addressed, not reported
_SECOND_SUBJECT = frozenset("you u ya ye y'all yall you're youre you've you'll you'd".split())


@dataclass(frozen=True)
class _Reported:
    past: WordList
    violence: WordList
    auxiliary: WordList
    count: re.Pattern
    threaten: WordList
    wish: WordList
    before_verb: WordList
    denied_report: WordList


@cache
def _reported() -> _Reported:
    secs = _sections("reported.txt")
    counts = [e for _, e in secs.get("count", [])]
    return _Reported(
        _wordlist(secs.get("violence_past", [])),
        _wordlist(secs.get("violence", [])),
        _wordlist(secs.get("auxiliary", [])),
        re.compile(r"\s*(?:\d|(?:" + phrase_alternatives(counts) + r")(?!\w))", re.IGNORECASE),
        _wordlist(secs.get("threaten", [])),
        _wordlist(secs.get("wish", [])),
        _wordlist(secs.get("before_verb", [])),
        _wordlist(secs.get("denied_report", [])),
    )


def _subject(text: str, toks: list[tuple[int, int, str]], j: int, ss: int, rp: _Reported) -> str:
    """The word before token ``j`` in its clause once the [before_verb] words (auxiliaries, negations and
    adverbs: "I have", "we had already", "I've never") are skipped: the verb's subject, lower case, straight
    apostrophes; "" at the start of the sentence or after a clause break."""
    k = j - 1
    while k >= 0 and toks[k][0] >= ss and not _CLAUSE_BREAK.search(text, toks[k][1], toks[k + 1][0]):
        w = toks[k][2].lower().replace("\u2019", "'")
        if not (rp.before_verb.matches(w) or (len(w) > 4 and w.endswith("ly"))):
            return w
        k -= 1
    return ""


@cache
def _person_nouns() -> WordList:
    return _wordlist(_sections("reported.txt").get("person_noun", []))


def person_noun(word: str) -> bool:
    """reported.txt [person_noun]: a word that names a person ("girl", "women"), no threat by itself (round 52)."""
    return _person_nouns().matches(word.lower().replace("\u2019", "'"))


@cache
def _condemned() -> tuple[re.Pattern | None, re.Pattern | None]:
    """The [report] and [condemn] patterns of data/policy/condemned.txt, each section one regex."""
    secs = {k: [e for _, e in v] for k, v in load_sections("condemned.txt").items()}
    return tuple(re.compile("|".join(f"(?:{e})" for e in secs[k]), re.IGNORECASE) if secs.get(k) else None
                 for k in ("report", "condemn"))  # type: ignore[return-value]


# round 54 (polaudit): a name quoted after a verb of calling ('calling her a "slut"', 'Calling migrants "vermin"',
# 'called the librarian a "groomer"'): up to four words between the verb and the quotation, which holds one to three
# words
_CALLING_QUOTE = re.compile(
    r"\b(?:call|calls|called|calling|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding)"
    r"\s+(?:[\w'’@-]+\s+){1,4}?[\"“]([^\"“”\n.!?]{1,30}?)[\"”]",
    re.IGNORECASE,
)


def condemned_calling(text: str) -> list[tuple[int, int]]:
    """Names quoted after a verb of calling in a sentence that condemns the name-calling, or followed by a sentence
    that does (condemned.txt [condemn] and [condemn_calling]: 'People calling her a "slut" should be ashamed of
    themselves', 'Calling migrants "vermin" is dehumanising', 'He called the librarian a "groomer". That language is
    disgusting'): the commenter quotes the word to reject it. The stretch inside the quotation marks (round 54,
    polaudit); a quoted name the commenter agrees with ('I'd call him a "moron" and I stand by it') is kept, and so
    (round 54, review2) is the commenter's own calling ('I call them "parasites" and that is not wrong', 'Call them
    "vermin".'), a negated condemnation ('not wrong') and a rejected one ('Disgusting? No, accurate.'). The
    condemnation is looked for within `_CALLING_NEAR` characters of the quotation (a scan per name of the whole
    sentence was quadratic in a long one)."""
    _, condemn = _condemned()
    if condemn is None:
        return []
    extra = _calling_condemn_words()
    out = []
    for m in _CALLING_QUOTE.finditer(text):
        sent = sentence_around(text, m.start())
        if sent is None:
            continue
        a, b = sent
        after = _SENT_END.match(text, b)
        nxt = sentence_around(text, after.end()) if after else None
        b2 = nxt[1] if nxt else b
        if _own_calling(text, a, m):
            continue
        q0, q1 = m.start(1) - 1, m.end(1) + 1
        if _condemns(text, max(a, q0 - _CALLING_NEAR), q0, condemn, extra) \
                or _condemns(text, q1, min(b2, q1 + _CALLING_NEAR), condemn, extra):
            out.append(m.span(1))
    return out


# round 54 (review2): how far from the quotation `condemned_calling` looks for the condemnation
_CALLING_NEAR = 200
# the commenter calls the name: "I call them", "we'd call her", "I've always called him", "Let's call"; a sentence
# opened by the verb's base form is an imperative ("Call them …", "Label it …"; "Calling migrants …" is no call)
_CALLING_OWN_BEFORE = re.compile(
    r"(?:\b(?:i|we)(?:['’](?:d|ll|m|re|ve))?(?:\s+(?:would|will|do|did|just|always|still|can|could|should|must|am|are|"
    r"have|had|gladly|happily|proudly|now|also|even|personally|rightly))*|\blet['’]?s|\blet\s+us|\bjust)\s+$",
    re.IGNORECASE,
)
_CALLING_IMPERATIVE = re.compile(r"(?:call|label|brand)\b", re.IGNORECASE)
# a condemnation negated ("not wrong", "isn't disgusting") or asked and denied ("Disgusting? No, …")
_CONDEMN_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bhardly|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CONDEMN_DENIED = re.compile(r"\s*\?\s*(?:no|nope|nah|not\s+at\s+all)\b", re.IGNORECASE)


def _own_calling(text: str, a: int, m: re.Match) -> bool:
    """Whether the verb of calling at `m` is the commenter's own (`_CALLING_OWN_BEFORE`) or an imperative that
    opens its sentence (which starts at `a`)."""
    before = text[max(a, m.start() - 60):m.start()]
    if _CALLING_OWN_BEFORE.search(before):
        return True
    return not text[a:m.start()].strip(" \t\"“'‘-*") and bool(_CALLING_IMPERATIVE.match(text, m.start()))


def _condemns(text: str, a: int, b: int, condemn: re.Pattern, extra: re.Pattern | None) -> bool:
    """Whether `text[a:b]` holds a [condemn] (or [condemn_calling]) match that is neither negated nor denied."""
    for pat in (condemn, extra):
        if pat is None:
            continue
        for c in pat.finditer(text, a, b):
            if c.group().lower().startswith(("not", "never")):
                return True
            if _CONDEMN_NEGATED.search(text, max(a, c.start() - 20), c.start()) or _CONDEMN_DENIED.match(text, c.end()):
                continue
            return True
    return False


@cache
def _calling_condemn_words() -> re.Pattern | None:
    """condemned.txt [condemn_calling]: words that condemn a quoted name-calling but not a report of abuse ("calling
    them "terrorists" is absurd"; "The slur charge is absurd" denies the report; round 54, review2)."""
    es = [e for _, e in load_sections("condemned.txt").get("condemn_calling", [])]
    return re.compile("|".join(f"(?:{e})" for e in es), re.IGNORECASE) if es else None


def condemned_report(text: str) -> bool:
    """Whether a sentence of ``text`` reports a threat or a slur and condemns it ("The mayor received death
    threats, which is disgusting", 'Someone called them "invaders", and that language is hateful'; round 52,
    policyleft). Read only for a comment with no span: its verdict then comes from words about the abuse."""
    report, condemn = _condemned()
    if ('"' in text or "“" in text) and condemned_calling(text):
        return True  # round 54 (polaudit): a quoted name condemned in its sentence or the next
    if report is None or condemn is None or not report.search(text):
        return False
    return any(report.search(text, a, b) and condemn.search(text, a, b) for a, b in _sentences(text))


def reported_violence(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` is a violence word that reports violence rather than threatens it
    (data/policy/reported.txt): "was killed in a crash", "killed an estimated 25 million people",
    "he threatened to kill her"."""
    rp = _reported()
    w = toks[i][2].lower()
    if not (rp.past.matches(w) or rp.violence.matches(w)):
        return False
    ss = (sentence_around(text, toks[i][0]) or (0, 0))[0]
    if any(rp.wish.matches(toks[j][2].lower()) for j in takewhile(lambda j: toks[j][0] >= ss, range(i - 1, -1, -1))):
        return False  # wished or demanded, not reported: "I hope they get killed"
    prev = toks[i - 1][2].lower() if i > 0 else ""
    if rp.past.matches(w):
        if rp.auxiliary.matches(prev) and not text[toks[i - 1][1] : toks[i][0]].strip():
            return _subject(text, toks, i - 1, ss, rp) not in _SECOND_SUBJECT  # not "you are killed"
        return rp.count.match(text, toks[i][1]) is not None
    if rp.violence.matches(w) and i > 1 and prev == "to" and rp.threaten.matches(toks[i - 2][2].lower()):
        # of someone else, to someone else: not "I threaten to ...", "I've threatened to ...", "we have
        # repeatedly threatened to ...", not "... to kill you"
        speaker = _subject(text, toks, i - 2, ss, rp)
        target = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
        if target == "u" and text.startswith(".", toks[i + 1][1]):
            target = ""  # "U.S."
        return speaker not in _FIRST_PERSON and target not in _SECOND_PERSON
    return False


# negative words that may stand between a subject and its verb ("I would never hurt", "we won't kill"),
# and what a negated future or wish puts there ("not going to kill", "never wanted to hurt")
_NEGATIVE = frozenset("not never n't no won't wouldn't don't doesn't didn't can't cannot couldn't shouldn't "
                      "mustn't isn't aren't wasn't weren't ain't".split())
_NEGATED_GAP = frozenset("going to gonna want wanted wanna ever even".split())
# a subject that denies the act: "no one should be hurt", "nobody deserves to die"
_NEGATIVE_SUBJECT = frozenset("nobody noone no-one none".split())
# (round 51, enleft24) modals of urging between a subject and its violent verb ("we should shoot them", "you must
# kill him"): read through like an auxiliary, so that a denial before the subject reaches the verb ("Nobody is
# saying we should shoot them", "I never said we must hang them"); the undenied urging stays a threat
_URGING_GAP = frozenset("should must shall ought oughta gotta need needs".split())
def negated_word(text: str, toks: list[tuple[int, int, str]], i: int, label: str) -> bool:
    """Whether token ``i``, marked ``label`` by the token model, is a THREAT denied or reported: a negation
    between the violent verb's subject and the verb, or a denying subject ("we will never kill them",
    "I wouldn't hurt anyone", "No one should be hurt"), or inside a quotation attributed with a speech
    verb ('"I will kill you," he told her'): the shapes the threat rules leave out. Not an INSULT
    ("he's not stupid", 'Springsteen said "Trump is a moron"'): TRAIN's raters mark those words."""
    if label != "THREAT":
        return False
    s, e, _ = toks[i]
    if reported_quote(text, s, e):
        return True
    rp = _reported()
    ss = (sentence_around(text, s) or (0, 0))[0]
    # the object of a violent verb ("kill them", "shoot the bastards") is denied with the verb
    verb = next((j for j in (i - 1, i - 2) if j >= 0 and toks[j][0] >= ss
                 and (rp.violence.matches(toks[j][2].lower()) or rp.past.matches(toks[j][2].lower()))), i)
    k = verb - 1
    negated = False
    while k >= 0 and toks[k][0] >= ss and not _CLAUSE_BREAK.search(text, toks[k][1], toks[k + 1][0]):
        w = toks[k][2].lower().replace("\u2019", "'")
        if w in _NEGATIVE or w.endswith("n't"):
            negated = True
        elif w in _NEGATIVE_SUBJECT or (w == "one" and k > 0 and toks[k - 1][2].lower() == "no"):
            return True
        elif not (rp.before_verb.matches(w) or w in _NEGATED_GAP or w in _URGING_GAP or w in ("be", "get", "got")
                  or (len(w) > 4 and w.endswith("ly"))):
            if not negated and w in _PRONOUN_SUBJECT:
                # the subject of a threat said or meant in the negative: "I never said I would kill him"
                return _denied_report(text, _clause_start(text, ss, toks[k][0]), toks[k][0])
            return negated
        k -= 1
    return negated


def neutral_text(text: str, toks: list[tuple[int, int, str]]) -> str:
    """``text`` with its `neutral_spans` replaced by spaces (same length, so offsets stay)."""
    spans = neutral_spans(text, toks)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    label: str
    score: float
    rule: str


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches between runs of [.!?\n] (a new list: callers may change it)."""
    return list(_sentences(text))


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # the rules ask for the sentences of one comment many times (per hit, per rule): split once
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


@lru_cache(maxsize=8)
def _sentence_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of `sentences` (cached: the rules ask for one position's sentence per hit)."""
    sents = _sentences(text)
    return tuple(a for a, _ in sents), tuple(b for _, b in sents)


def sentence_index(text: str, pos: int, missing: int = -1) -> int:
    """The index in `sentences(text)` of the sentence that holds `pos`, or `missing` (as
    `next((k for k, (a, b) in enumerate(sentences(text)) if a <= pos < b), missing)`, without a scan per call)."""
    starts, ends = _sentence_bounds(text)
    k = bisect_right(starts, pos) - 1
    return k if k >= 0 and pos < ends[k] else missing


def sentence_around(text: str, pos: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence of `sentences(text)` that holds `pos`, or None (as
    `next(((a, b) for a, b in sentences(text) if a <= pos < b), None)`, without a scan per call)."""
    k = sentence_index(text, pos)
    if k < 0:
        return None
    starts, ends = _sentence_bounds(text)
    return starts[k], ends[k]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in "*$#"):
        e -= 1
    return s, e


# a clause longer than this is not a plausible single threat or attack: the trigger stays a word
CLAUSE_MAX = 120


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the previous clause break (sentence end, comma,
    semicolon, colon, dash, bracket or quotation mark) to the next one, trimmed. Threats and
    identity attacks are predications ("someone should put a bullet in him", "islam is a problem"),
    so the gold marks the clause, not the trigger word. A clause over CLAUSE_MAX characters leaves
    the span as it was."""
    ss, se = sentence_around(text, start) or (start, end)
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, ss, start)]
    cs = before[-1] if before else ss
    nxt = _CLAUSE_BREAK.search(text, end, se)
    ce = nxt.start() if nxt else se
    cs, ce = _strip(text, cs, max(ce, end))
    if ce - cs > CLAUSE_MAX or not (cs <= start and end <= ce):
        return start, end
    return cs, ce


def extend_to_clauses(text: str, hits: list[Hit], labels: set[str]) -> list[Hit]:
    """Word-level hits (token model, lexicon words) of the given labels widened to their clause."""
    out = []
    for x in hits:
        if x.label in labels and x.rule in ("model", "lexicon"):
            s, e = clause_of(text, x.start, x.end)
            x = Hit(s, e, x.label, x.score, x.rule)
        out.append(x)
    return out


@cache
def _emoji_vocabulary() -> tuple[str, ...]:
    return tuple(load_lexicons().words[PROF].vocabulary())


@lru_cache(maxsize=10_000)
def _emoji_profanity(word: str) -> bool:
    """A word with emoji for letters (`_EMOJI_MASKED`) that reads as a listed profanity, one letter per emoji."""
    rx = re.compile(_EMOJI_CHAR.sub("[a-z]", re.escape(word)))
    return any(rx.fullmatch(v) for v in _emoji_vocabulary())


def lexicon_hits(
    text: str, toks: list[tuple[int, int, str]], flags: list[tuple[str, ...]] | None = None
) -> list[Hit]:
    """Profanity (also obfuscated) and slurs from the word lists; identity attacks from a group word
    and a hostile predicate in the same sentence; `you are a <insult>`. ``flags``: the tokens'
    `word_flags`, when the caller has them."""
    lex = load_lexicons()
    hits: list[Hit] = []
    flags = [word_flags(t) for _, _, t in toks] if flags is None else flags
    for (s, e, _), f in zip(toks, flags, strict=True):
        if PROF in f:
            hits.append(Hit(s, e, "PROFANITY", 0.95, "lexicon"))
        if SLUR in f:
            hits.append(Hit(s, e, "IDENTITY_ATTACK", 0.95, "lexicon"))
    for m in SPACED_RE.finditer(text):
        if PROF in word_flags(m.group().replace(m.group("sep"), "")):
            hits.append(Hit(m.start(), m.end(), "PROFANITY", 0.9, "spaced"))
    if _EMOJI_CHAR.search(text):
        for m in _EMOJI_MASKED.finditer(text):
            # round 54 (polobf): emoji typed for letters ("f🤬cking", "sh💩t", "f🤡😴k"): each emoji exactly one letter
            # ("ba⚽️⚾️s" is "balls", not "badass")
            if _emoji_profanity(_EMOJI_JOINER.sub("", m.group()).lower()):
                hits.append(Hit(m.start(), m.end(), "PROFANITY", 0.9, "emoji_masked"))
    for flag, label in ((PROF, "PROFANITY"), (SLUR, "IDENTITY_ATTACK"), (INS, "INSULT")):
        rx = lex.phrase_re.get(flag)
        if not _skip(rx, text):
            for m in rx.finditer(text):
                hits.append(Hit(m.start(), m.end(), label, 0.8, "phrase"))
    # identity attack: a group word and a hostile word (or phrase) within one sentence, close together
    hostile_rx = lex.phrase_re.get(HOSTILE)
    if _skip(hostile_rx, text):
        hostile_rx = None
    group_toks = [(s, e) for (s, e, _), f in zip(toks, flags, strict=True) if GROUP in f]
    hostile_toks = [(s, e) for (s, e, _), f in zip(toks, flags, strict=True) if HOSTILE in f]
    neg = _generalising().negation
    protective = _generalising().protective
    for ss, se in _sentences(text) if group_toks else ():
        groups = [(s, e) for s, e in group_toks if ss <= s < se]
        if not groups:
            continue
        hostile = [(s, e) for s, e in hostile_toks if ss <= s < se]
        if hostile_rx is not None:
            hostile += [m.span() for m in hostile_rx.finditer(text, ss, se)]
        for gs, ge in groups:
            # a negation between the group and a hostile word after it denies the generalisation
            # ("Muslims are not terrorists", "Immigrants aren't criminals")
            # ... and a clause break (comma, semicolon, colon, dash, bracket) between them says the
            # hostile word is about something else ("mock Christianity, embrace perversion", "close
            # to the Russian frontier, instituted a quarantine to prevent the disease")
            near = [(hs, he) for hs, he in hostile if abs(hs - gs) <= 60
                    and not (hs >= ge and neg is not None and neg.search(text, ge, hs))
                    # ... and so does a normative "never be" right before it: a protection ("Immigrants
                    # should never be deported without a hearing"; round 51)
                    and not (hs >= ge and protective is not None and protective.search(text, ge, hs))
                    and not (hs >= ge and _reported_generalisation(text, gs, he))
                    and not _NEGATION_BREAK.search(text, min(ge, he), max(gs, hs))
                    and not _too_far(text, gs, ge, hs, he)]
            if near:
                hs, he = min(near, key=lambda x: abs(x[0] - gs))
                hits.append(Hit(min(gs, hs), max(ge, he), "IDENTITY_ATTACK", 0.7, "group+hostile"))
    noun = _called_words()[5]
    for m in _YOU_ARE.finditer(text):
        # a person called an insult: "you are a clown", "he is an idiot" -> the insulting word
        if (INS in word_flags(m.group(1)) or noun.matches(m.group(1).lower())) and _called_person(text, m):
            # ... and the insult noun it runs on to: "a brainless muppet" (round 52, policy leftovers)
            nxt = _NEXT_WORD.match(text, m.end(1))
            end = nxt.end(1) if nxt and noun.matches(nxt.group(1).lower()) else m.end(1)
            hits.append(Hit(m.start(1), end, "INSULT", 0.85, "called"))
    hits += epithet_hits(text)
    return hits


# round 54 (polleft): "is a lying, heartless cow", "What a spoiled, entitled brat", "an attention whore"
_EPITHET_FILLER = frozenset("little old complete total absolute utter real right big fat ugly stupid dumb".split())
_EPITHET_FRAME = re.compile(
    r"\b(?:is|are|was|were|'s|’s|'re|’re|you|u|ur|what|such|like|call|called|calling)\s+(?:an?\s+|such\s+an?\s+)?",
    re.IGNORECASE,
)
# up to five words after the frame, each with what follows it (a comma, "and", a space)
_EPITHET_WORDS = re.compile(r"([a-z][a-z'’-]*)(\s*,\s*|\s+and\s+|\s+|)", re.IGNORECASE)


@cache
def _epithet_words() -> tuple[WordList, WordList]:
    secs = _sections("insults_called.txt")
    return _wordlist(secs.get("epithet", [])), _wordlist(secs.get("contempt", []))


# round 54 (review2): the words that may follow an [epithet] noun that ends its phrase ("a lying rat and a coward",
# "a vile cow who …", "a nasty little worm, really"); any other lower-case word makes the noun a modifier of a
# compound ("a lying snake oil salesman", "a vile rat poison", "a nasty little worm farm", "a greedy witch hunt")
_EPITHET_NEXT = frozenset(
    "and or but nor who whom whose that which what of for in on at to from with without like than as is was are were "
    "be been if when while because so who's that's you u ur your yourself herself himself themselves itself ever "
    "too again now then there here indeed all lol lmao haha imo period full lately anyway anymore".split()
)
_EPITHET_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’]*)\b")


def _epithet_compound(text: str, end: int) -> bool:
    """Whether the [epithet] noun ending at `end` modifies the lower-case word after it (`_EPITHET_NEXT`)."""
    m = _EPITHET_NEXT_WORD.match(text, end)
    return m is not None and m.group(1).replace("’", "'") not in _EPITHET_NEXT


def epithet_hits(text: str) -> list[Hit]:
    """An [epithet] noun (insults_called.txt) called of someone after words of contempt: the contempt words and
    the noun ("is a lying, heartless cow" -> «lying, heartless cow»). Every word before the noun is a word of
    contempt (a [contempt] word or an insults.txt word) or a filler ("little", "complete"), at least one of
    contempt."""
    epithet, contempt = _epithet_words()
    out: list[Hit] = []
    for m in _EPITHET_FRAME.finditer(text):
        first = None
        pos = m.end()
        for _ in range(5):
            w = _EPITHET_WORDS.match(text, pos)
            if w is None:
                break
            low = w.group(1).lower()
            if first is not None and epithet.matches(low) and not text[w.end(1):w.end(1) + 1].isalnum() \
                    and not _epithet_compound(text, w.end(1)):
                out.append(Hit(first, w.end(1), "INSULT", 0.85, "epithet"))
                break
            if contempt.matches(low) or INS in word_flags(low):
                first = w.start(1) if first is None else first
            elif low not in _EPITHET_FILLER:
                break
            if not w.group(2):
                break
            pos = w.end()
    return out


@cache
def _called_words() -> tuple[WordList, WordList, WordList, WordList, WordList, WordList]:
    secs = _sections("insults_called.txt")
    return (_wordlist(secs.get("thing", [])), _wordlist(secs.get("person", [])), _wordlist(secs.get("pronoun", [])),
            _wordlist(secs.get("compound", [])), _wordlist(secs.get("mild", [])), _wordlist(secs.get("noun", [])))


_WORD_BEFORE = re.compile(r"([\w'’]+)[^\w\n.!?,;:]*$")
# verbs between a subject and "like": "you look like trash", "they act like clowns"
_LIKE_VERBS = frozenset("look looks looked looking act acts acted acting sound sounds sounded dress dresses dressed "
                        "feel feels felt smell smells smelled seem seems seemed".split())


def _called_person(text: str, m: re.Match) -> bool:
    """Whether a `_YOU_ARE` match calls a person the insult word: not a possessive 's after a noun with
    a word after the insult ("one man's trash is ...", "Trump's stupid policies"); and for a word of
    [thing] (insults_called.txt: "trash", "disgusting"), a person as the subject ("he's trash",
    "you look like trash"), not a thing ("this weather is trash", "their music is trash")."""
    thing, person, pronoun, compound, mild, _ = _called_words()
    if mild.matches(m.group(1).lower()):
        return False  # left to the token model: "you are clueless", "he is a traitor"
    verb = m.group(0).split()[0].lower().replace("\u2019", "'")
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    subj = before.group(1).lower().replace("\u2019", "'") if before else ""
    if verb in ("'s", "'re") or verb.startswith("'"):
        if verb == "'s" and not pronoun.matches(subj) and re.match(r"\s*[^\W\d_]", text[m.end(1):]):
            return False  # a possessive: "one man's trash is another man's treasure"
    if verb in ("you", "u") and _YOU_JUST.match(m.group(0)):
        return False  # "you just" takes a verb ("you just fool him"), not an address
    if not thing.matches(m.group(1).lower()):
        return True
    nxt = _NEXT_WORD.match(text, m.end(1))
    if nxt and compound.matches(nxt.group(1).lower()):
        return False  # a compound noun or verb: "are you trash talking", "is a trash can"
    if verb in ("you", "u", "ur", "you're", "youre") or _ARE_YOU.match(m.group(0)):
        return True
    if verb in ("what", "such", "bunch"):
        return False
    if verb == "like" and subj in _LIKE_VERBS and before is not None:
        # the verb's subject, over auxiliaries ("you can act like trash")
        aux = _reported().before_verb
        for _ in range(3):
            again = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
            subj = again.group(1).lower().replace("\u2019", "'") if again else ""
            if again is None or not aux.matches(subj):
                break
            before = again
    if not person.matches(subj) and verb not in ("like", "'s"):
        # a person behind a short relative clause: "chicks that smoke are trash", "guys who lie are
        # garbage"; not a clause with its own subject ("people who think the movie is trash")
        rel = _RELATIVE_SUBJECT.search(text, max(0, m.start() - 60), m.start())
        subj = rel.group(1).lower() if rel else subj
    return person.matches(subj)


_YOU_JUST = re.compile(r"(?:you|u)\s+just\s", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t-]+(\w+)")
_ARE_YOU = re.compile(r"(?:are|r|were)\s+(?:you|u)\s", re.IGNORECASE)
# a noun, "who"/"that", and a relative clause of up to five words without a subject word of its own
_RELATIVE_SUBJECT = re.compile(
    r"\b(\w+)\s+(?:who|that)\s+(?!(?:[\w'’]+\s+){0,4}?(?:the|this|that|these|those|their|his|her|my|your|our|its|it|"
    r"a|an|i|you|we|they|he|she)\b)(?:[\w'’]+\s+){1,5}$",
    re.IGNORECASE,
)


# a negation before a threat phrase in its clause: "no one should be shot", "I'd never punch him"
_NEGATED = re.compile(r"\b(?:not|no|never|nobody|noone|no-one|none|nothing|neither|nor|without)\b|n't|n’t",
                      re.IGNORECASE)
# the clause breaks that end a negation's reach: those of _CLAUSE_BREAK but quotation marks, so a
# negation reaches a quoted phrase ('does not "deserve to die"')
_NEGATION_BREAK_CHARS = ",;:\u2014\u2013()"  # (also read one by one by `_clause_start`)
_NEGATION_BREAK = re.compile("[" + re.escape(_NEGATION_BREAK_CHARS) + "]")


def _clause_start(text: str, ss: int, s: int) -> int:
    """Where the clause of ``s`` begins: after the last `_NEGATION_BREAK` in ``text[ss:s]``, else ``ss``.
    (Round 51, review: a search from the end, not a list of every break of the sentence per threat word,
    which was quadratic on a long comment without full stops.)"""
    return max(ss, max(text.rfind(c, ss, s) for c in _NEGATION_BREAK_CHARS) + 1)


# round 51 (policy audit): a hostile WORD more than two words from the group word is seldom said of
# the group ("Muslim civilians from other Muslim facists and terrorists", "scum who conned his way
# into the White House", "terrorists because of anything else but Islam"): TRAIN's raters marked 10 %
# of such stretches' characters (185 of 1,855; 17 of 53 stretches touch a gold span), against 24 %
# within two words (458 of 1,878: "Muslim terrorists", "Mexicans are rapists", "Muslims are all
# terrorists"). A hostile PHRASE ("welcome to go", "go back") keeps the 60-character window: a
# predicate reaches its subject over more words ("Azeris ... are welcome to go").
# The words of a verb chain (modals, auxiliaries, "all", "never", "to") do not count: a predicate after them
# is still said of the group ("Immigrants should all be deported", "Muslims should never be allowed to
# invade us", "Refugees should never have been let in to breed here").
_GROUP_HOSTILE_MAX_WORDS = 2
_VERB_CHAIN_WORDS = frozenset("""
    should shall must will would can could may might ought to be been being is are was were am have has had
    get got gets all just simply only also really never ever even still always each every both not
""".split())


def _too_far(text: str, gs: int, ge: int, hs: int, he: int) -> bool:
    """A single hostile word with more than `_GROUP_HOSTILE_MAX_WORDS` words between it and the group word,
    not counting the words of a verb chain."""
    if any(c.isspace() for c in text[hs:he]):
        return False
    words = [w for w in text[min(ge, he):max(gs, hs)].lower().split() if w.strip(".,;:!?\"'") not in _VERB_CHAIN_WORDS]
    return len(words) > _GROUP_HOSTILE_MAX_WORDS


# a personal pronoun that may be the subject of a threat's verb ("I will kill you", "he deserves to die")
_PRONOUN_SUBJECT = frozenset("i we he she they you u i'll we'll he'll she'll they'll you'll i'd we'd he'd she'd "
                             "they'd you'd i'm we're he's she's they're you're".split())
_WORD_RE = re.compile(r"[\w'’]+")


def _threat_subject(text: str, cs: int, s: int) -> int | None:
    """Where the pronoun subject of the threat at ``s`` begins: ``s`` itself when the threat opens with
    one ("I will kill you"), else a pronoun before it with only [before_verb] words (auxiliaries,
    negations, adverbs) between ("I would never punch him"); None for any other subject ("Nobody deserves
    to die", "Nobody I know deserves to die")."""
    first = _WORD_RE.match(text, s)
    if first and first.group().lower().replace("\u2019", "'") in _PRONOUN_SUBJECT:
        return s
    rp = _reported()
    for m in _words_back(text, cs, s):
        w = m.group().lower().replace("\u2019", "'")
        if w in _PRONOUN_SUBJECT:
            return m.start()
        if not (rp.before_verb.matches(w) or w in _NEGATIVE or w.endswith("n't") or (len(w) > 4 and w.endswith("ly"))):
            return None
    return None


def _words_back(text: str, lo: int, hi: int):
    """The `_WORD_RE` words of ``text[lo:hi]``, last first, as `reversed(list(finditer(text, lo, hi)))`
    gives them, read in windows growing from ``hi`` (round 51, review: the walk back from a threat stops
    after a few words; listing every word of its clause per threat was quadratic on a long comment)."""
    end, step = hi, 256
    while end > lo:
        start = max(lo, end - step)
        ms = list(_WORD_RE.finditer(text, start, end))
        if start > lo and ms and ms[0].start() == start:
            end = ms[0].end()  # the window may have cut this word: read it whole with the next window
            ms = ms[1:]
        else:
            end = start
        yield from reversed(ms)
        step *= 2


# a negation right before the threat's clause denies it: "It's not that I'd punch him"
_NOT_THAT = re.compile(r"(?:\bnot|n['’]t)\s+(?:that|like|as\s+if|as\s+though)\s+$", re.IGNORECASE)
# how far before the subject `_NOT_THAT` is looked for (its words and their spaces; round 51, review: a
# search of the whole clause for a match at its end was quadratic on a long comment)
_NOT_THAT_REACH = 200
# how far before a threat's subject a denying verb and its negation are looked for ("I never said",
# "Nobody is saying"): a clause of 300 characters without a comma is seldom one sentence of speech
_DENIED_REACH = 300
# a coordinator right before the threat's subject opens a clause of its own, which a negated verb before it
# does not reach (round 51, review: "I don't want trouble but I will kill you", "Nobody told me anything so
# I will kill him" were denied); not one between two subjects ("I never said he and I would hurt her") nor
# between two verbs ("I didn't say or mean that I would punch him")
_COORDINATOR = re.compile(r"\b(?:and|but|so|yet|or)(?:\s+(?:then|now|still))?\s+$", re.IGNORECASE)


@cache
def _denied_report_re() -> re.Pattern | None:
    """[denied_report] as one case-insensitive pattern of whole words (exact entries) and word starts
    (``say*`` entries): what `WordList.matches` accepts of a `_WORD_RE` word, found by one search
    (round 51, review); None when the list has other kinds of entries."""
    wl = _reported().denied_report
    if wl.inside is not None or wl.phrases or not (wl.exact or wl.prefixes):
        return None
    alts = [re.escape(w) + r"(?![\w'’])" for w in sorted(wl.exact, key=len, reverse=True)]
    alts += [re.escape(p) for p in sorted(wl.prefixes, key=len, reverse=True)]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts) + ")", re.IGNORECASE)


def _denied_report(text: str, cs: int, subj: int) -> bool:
    """Whether the words before a threat's subject (from its clause start ``cs``) deny saying or meaning it:
    a negation and a verb of [denied_report] ("I never said", "I don't think", "Nobody is saying"), or a
    negation right before it ("It's not that I'd punch him"). Only the last `_DENIED_REACH` characters
    before the subject are read (round 51, review: the whole clause, read again for each threat word,
    was quadratic on a long comment without a comma or a full stop)."""
    if subj - cs > _DENIED_REACH:
        cs = subj - _DENIED_REACH
        while cs < subj and not text[cs].isspace():
            cs += 1  # (not from inside a word)
    m = _COORDINATOR.search(text, max(cs, subj - 20), subj)
    if m is not None:
        before = [w.group().lower() for w in _WORD_RE.finditer(text, max(cs, m.start() - 12), m.start())]
        if not (before and before[-1] in _PRONOUN_SUBJECT):
            return False  # a clause of its own after "and", "but", "so": "I don't want trouble but I will kill you"
    if _NEGATED.search(text, cs, subj) is None:
        return False
    if _NOT_THAT.search(text, max(cs, subj - _NOT_THAT_REACH), subj):
        return True  # "It's not that I'd punch him", "not like I would hurt her"
    if (rx := _denied_report_re()) is not None:
        return rx.search(text, cs, subj) is not None
    rp = _reported()
    return any(rp.denied_report.matches(m.group().lower().replace("\u2019", "'"))
               for m in _WORD_RE.finditer(text, cs, subj))


def _negated_before(text: str, s: int) -> bool:
    """A negation before ``s`` in its clause: from the last clause break (not a quotation mark) or the
    sentence start on ("Nobody deserves to die", 'does not "deserve to die"'); never in the clause or
    sentence before ("He is not here. Kill him.", "Not me, I hope he dies"). When the threat has a
    pronoun subject, only from that subject on ("I would never punch him"): a negation before it
    belongs to another verb ("Never forget that I will kill you") unless that verb says or means the
    threat (`_denied_report`: "I never said I would kill him"; round 51)."""
    ss = (sentence_around(text, s) or (s, s))[0]
    cs = _clause_start(text, ss, s)
    subj = _threat_subject(text, cs, s)
    if subj is not None and subj > cs and text[cs:subj].strip():
        return _NEGATED.search(text, subj, s) is not None or _denied_report(text, cs, subj)
    return _NEGATED.search(text, cs, s) is not None


# a speech verb that attributes a quotation: before it ('he said, "...', 'told her: "...') or after it
# ('"...," the office said', '"...," he told police')
_SPEECH_VERB = (r"(?:said|says|told|tells|wrote|writes|recalled|added|yelled|shouted|screamed|texted|tweeted|posted"
                r"|stated|testified|allegedly said|according to"
                # round 52 (policy audit): a crowd's chant or a scrawled slogan is someone else's words too
                # ('the fans chanted "kill the ref"', 'someone scrawled "..." on the wall')
                r"|chanted|chanting|chant|chants|sang|sung|singing|scrawled|sprayed|painted)")
_QUOTE_LEAD = re.compile(r"\b" + _SPEECH_VERB + r"\b[^.!?\"“”]{0,40}?[,:]?\s*$", re.IGNORECASE)
_QUOTE_TAIL = re.compile(r"^[,.!?]?\s*[^.!?\"“”\n]{0,60}?\b(?P<verb>" + _SPEECH_VERB + r")\b", re.IGNORECASE)
# the commenter (or their group) as the speech verb's subject: "I told him: ...", '"...," I said', "we wrote"
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?<![\w'’])(?:i|we)(?:['’]ve|['’]d)?(?:\s+(?:have|had|just|already|once|also|then|even|never|always|literally))*\s*$",
    re.IGNORECASE)


def reported_quote(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` lies inside a quotation attributed to someone with a speech verb, before it
    or after it: 'he said, "I'll put a bullet in her,"', '"somebody ought to shoot him," police said'.
    Someone else's words reported, not the commenter's threat or attack. A quotation without a
    speech verb (a scare quote, a slogan) is not."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    before = text[ls:s]
    curly = before.rfind("“")
    if curly >= 0 and before.rfind("”") < curly:
        # closed by a curly or (mixed typography) a straight mark: '“… her skull," the office said'
        close = min((c for c in (text.find("”", e, le), text.find('"', e, le)) if c >= 0), default=-1)
    elif before.count('"') % 2 == 1:
        curly = before.rfind('"')
        close = text.find('"', e, le)
    else:
        return False
    if close < 0:
        return False
    # the speech verb nearest the quotation; the commenter's own words ("I told him: \"...\"", '"...," I said')
    # are not someone else's: their threat stays theirs
    lead = None
    pos = ls
    while (m := _QUOTE_LEAD.search(text, pos, ls + curly)) is not None:
        lead, pos = m, m.start() + 1
    if lead is not None and not _FIRST_PERSON_SUBJECT.search(text, ls, lead.start()):
        return True
    after = text[close + 1 : le]
    tail = _QUOTE_TAIL.search(after)
    return tail is not None and not _FIRST_PERSON_SUBJECT.search(after, 0, tail.start("verb"))


# filler words before an imperative, which are not the threat: "Just shoot him", "So kill it"
_LEAD = re.compile(
    r"(?:(?:just|so|now|then|and|please|pls|simply)\s+"
    # ... and a modal of urging before a violent verb: "we should hang them" -> "hang them"
    r"|(?:should|must|needs? to|ought to|oughta|gotta|got to|let's|let’s|lets|let us|better|go|and then|all|also|really"
    r"|finally)\s+(?=(?:\w+\s+){0,3}?(?:kill|shoot|hang|lynch|stab|execute|behead|castrate|strangle|murder|slaughter"
    r"|string up|nuke|gas)\b))+(?=\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Generalising:
    group: re.Pattern | None
    antecedent: re.Pattern | None
    predicate: re.Pattern | None
    object: re.Pattern | None
    attack: re.Pattern | None
    negation: re.Pattern | None
    protective: re.Pattern | None
    defended: re.Pattern | None
    dehumanised: re.Pattern | None = None


def _alternation(entries: list[str], before: str = "", after: str = "") -> re.Pattern | None:
    """The regular expressions `entries` as one case-insensitive alternation between `before` and `after`
    (None for no entries)."""
    if not entries:
        return None
    return re.compile(before + "(?:" + "|".join(f"(?:{e})" for e in entries) + ")" + after, re.IGNORECASE)


# a group word of identity.txt stands for the whole group when plural ("Muslims", "immigrants"), or
# it is one of these (a religion named as such, the genders)
_GROUP_SINGULAR_OK = frozenset({"islam", "women", "men", "females", "illegals"})
# words between a group noun and its predicate: no clause break, no sentence end
_GAP = r"[^.!?;:,\n\"“”()]{0,45}?"
# a hostile act reported as a policy, not wished: "the plan would ban immigrants from ..."
_REPORTED_ACT = re.compile(
    r"\b(?:would|will|(?:plans?|proposals?|bills?|laws?|policy|policies|orders?|decisions?|votes?|efforts?|attempts?)\s+to)\s+$",
    re.IGNORECASE,
)
# "the men", "two women": particular people, not the gender
_PARTICULAR = re.compile(
    r"\b(?:you|the|these|those|two|three|four|five|several|some|both|many|most|few|young|old|older|younger)\s+$", re.IGNORECASE
)
# a preposition right before the group: the predicate is said of something else
_OBJECT_OF = re.compile(r"\b(?:on|for|about|with|by|to|at|from|among|against|like|than)\s+$", re.IGNORECASE)
_SPECIFIED = re.compile(r"\s*(?:in|of|at|from|on|who|that|which|with)\b", re.IGNORECASE)
# a generalisation someone else holds, reported or named as a belief ("He said Muslims are a threat",
# "the myth that immigrants are parasites", "Not all Muslims are ..."), not the commenter's own
# round 53 (policyaudit): also denied by a negative subject ("Nobody thinks women shouldn't be in politics",
# "No one is saying Muslims are terrorists")
_REPORTED_CLAIM = re.compile(
    r"(?:\b(?:he|she|they|people|someone|somebody|some|many|racists?|bigots?|politicians?|trump|who|nobody|no\s+one|no-one|noone)\s+(?:\w+\s+)?"
    r"(?:said|says|say|saying|claim|claims|claimed|claiming|think|thinks|thought|believe|believes|believed|argue|argues|argued|insist|insists|insisted|"
    r"pretend|pretends|assume|assumes|tweeted|wrote)|\b(?:myth|lie|idea|notion|claim|stereotype|trope|assumption|belief|nonsense|"
    r"rhetoric|narrative)|\bnot\s+all|\bnot\s+every|\bnot\s+(?:saying|claiming|suggesting)|"
    r"\b(?:said|says|claimed|claims|suggested|suggests|implied|implies|insisted|insists|argued|argues)\b[^.!?\n]{0,30}\bthat|"
    r"\b(?:accus\w*|calls|called|calling|label\w*|brand\w*|smear\w*|stereotyp\w*|lump\w*)(?:\s+(?:all|every|the))?(?:\s+\w+)?)"
    r"\s+(?:that\s+)?(?:all\s+|the\s+)?$",
    re.IGNORECASE,
)
# ... or called false right after it ("Muslims are a threat, which is false")
_DENIED_AFTER = re.compile(
    r"\W{0,3}(?:which|that|this)\s+(?:is|was)\s+(?:simply\s+|just\s+|of\s+course\s+|obviously\s+)?"
    r"(?:false|untrue|not\s+true|wrong|a\s+lie|a\s+myth|nonsense|racist|bigoted|bigotry|absurd|ridiculous)\b",
    re.IGNORECASE,
)


@cache
def _generalising() -> _Generalising:
    """The patterns of data/policy/identity_generalising.txt by section (compiled once)."""
    sec = {k: [e for _, e in v] for k, v in load_sections("identity_generalising.txt").items()}
    return _Generalising(
        group=_alternation(sec.get("group", []), r"(?<!\w)", r"(?!\w)"),
        antecedent=_alternation(sec.get("antecedent", []), r"(?<!\w)", r"(?!\w)"),
        # the predicate begins within 45 characters after the group, in the same clause
        predicate=_alternation(sec.get("predicate", []), "(" + _GAP + r")\b"),
        # a hostile act right before the group, at most two words (the, all, these, illegal) between
        # (not a preposition: "the ban on Muslims" is a noun)
        object=_alternation(
            sec.get("object", []), r"\b",
            r"\s+(?:(?:all|the|these|those|of|every|any|more)\s+){0,2}"
            r"(?:(?!(?:on|in|for|against|by|from|to|with|at|illegal|undocumented|criminal)\s)[a-z-]+\s+)?$",
        ),
        attack=_alternation(sec.get("attack", [])),
        negation=_alternation(sec.get("negation", [])),
        protective=_alternation(sec.get("protective", [])),
        defended=_alternation(sec.get("defended", [])),
        dehumanised=_alternation(sec.get("dehumanised", []), r"(?<!\w)", r"(?!\w)"),
    )


def _is_group_token(tok: str, flags: tuple[str, ...]) -> bool:
    if GROUP not in flags:
        return False
    low = tok.lower().strip("'’")
    return (low in _GROUP_SINGULAR_OK or (low.endswith("s") and not low.endswith("'s")))


@lru_cache(maxsize=8)
def _group_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the [group] phrases of identity_generalising.txt in ``text``, once per text
    (`generalising_hits` and `defended_groups` both read them)."""
    rx = _generalising().group
    return () if _skip(rx, text) else tuple(m.span() for m in rx.finditer(text))


def generalising_hits(
    text: str, toks: list[tuple[int, int, str]], flags: list[tuple[str, ...]] | None = None
) -> list[Hit]:
    """IDENTITY_ATTACK without a slur or a listed hostile word: a group noun (a plural [group] word of
    identity.txt, a plural demonym or adherents' name of identity_generalising.txt, or "these people"
    after a group was named) with a generalising hostile predicate after it in the same clause
    ("Mexicans are all criminals", "women are too emotional to lead", "they breed like rabbits",
    "Muslims should be deported"), or a hostile act right before it ("You can expel the Muslims
    too"); and telling someone to go back to their country. A negation between group and predicate
    cancels it ("Muslims are not terrorists"). The span is the hostile clause from the group on
    (`_attack_extent`; the gold marks clauses)."""
    g = _generalising()
    hits: list[Hit] = []
    if not _skip(g.attack, text):
        for m in g.attack.finditer(text):
            s, e = _attack_extent(text, m.start(), m.end())
            hits.append(Hit(s, e, "IDENTITY_ATTACK", 0.7, "go-back"))
    if g.predicate is None and g.object is None:
        return hits
    flags = [word_flags(t) for _, _, t in toks] if flags is None else flags
    groups = [
        (s, e) for (s, e, t), f in zip(toks, flags, strict=True)
        if _is_group_token(t, f)
        and not (t.lower() in ("men", "women") and _PARTICULAR.search(text[max(0, s - 12) : s]))
    ]
    groups += _group_spans(text)
    antecedents = set()
    if groups and not _skip(g.antecedent, text):
        first = min(s for s, _ in groups)
        antecedents = {m.span() for m in g.antecedent.finditer(text) if m.start() > first and _refers_back(text, m, groups)}
    # round 54 (polleft): "they" right after a comma that closes a group word's noun phrase ("Of course she married a
    # Jew, they control all of Hollywood"): the group, also a singular one, is what "they" stands for
    group_any = [(s, e) for (s, e, _), f in zip(toks, flags, strict=True) if GROUP in f]
    for gs, ge in group_any:
        m = _GROUP_THEY.match(text, ge)
        if m:
            antecedents.add(m.span(1))
            # "Typical Arab owners, they buy everything and ruin the game": a sentence opened by "Typical" and a
            # group, generalised by the "they" clause after it
            if _TYPICAL_BEFORE.search(text, max(0, gs - 12), gs):
                ts = text.rfind("ypical", max(0, gs - 12), gs) - 1
                hits.append(Hit(*_attack_extent(text, ts, m.end()), "IDENTITY_ATTACK", 0.7, "typical-group"))
        # "It's always the blacks, every single time": the group blamed, alone in its clause
        if _is_group_token(text[gs:ge], (GROUP,)) and _ALWAYS_THE.search(text, max(0, gs - 30), gs) \
                and _BLAMED_END.match(text, ge):
            bs = _ALWAYS_THE.search(text, max(0, gs - 30), gs).start()
            hits.append(Hit(bs, ge, "IDENTITY_ATTACK", 0.7, "always-the-group"))
    # round 54 (polhate): "those savages", "the invaders" after a group named before them in the comment
    if groups and not _skip(g.dehumanised, text):
        first = min(s for s, _ in groups)
        for m in g.dehumanised.finditer(text, first):
            last = max((ge for gs, ge in groups if ge <= m.start()), default=m.start())
            if not any(gs < m.end() and m.start() < ge for gs, ge in groups) \
                    and not _DEHUMANISED_OTHER.search(text, last, m.start()) and not _SPECIFIED.match(text, m.end()) \
                    and not _reported_generalisation(text, m.start(), m.end()):
                hits.append(Hit(m.start(), m.end(), "IDENTITY_ATTACK", 0.7, "dehumanised-group"))
    for gs, ge in sorted(set(groups) | antecedents):
        found = None
        if g.predicate is not None:
            m = g.predicate.match(text, ge)
            if m and _OBJECT_OF.search(text, max(0, gs - 10), gs):
                m = None  # the group is not the subject: "tattoos on women are trash"
            # "these people" with a phrase after it names someone else ("these people in the party")
            if m and not (g.negation is not None and g.negation.search(m.group(1))) and not (
                (gs, ge) in antecedents and _SPECIFIED.match(m.group(1))
            ):
                found = (gs, m.end())
        if found is None and g.object is not None:
            window = max(0, gs - 60)
            m = g.object.search(text[window:gs])
            if m:
                vs = window + m.start()  # where the act begins
                # a negated act is none ("we are not going to round up the illegals")
                cs, _ = clause_of(text, vs, ge)
                if not (g.negation is not None and g.negation.search(text[cs:vs])) and not _REPORTED_ACT.search(
                    text[cs:vs]
                ):
                    found = (vs, ge)
        if found is not None and _reported_generalisation(text, found[0], found[1]):
            found = None
        if found is not None:
            s, e = _attack_extent(text, *found)
            hits.append(Hit(s, e, "IDENTITY_ATTACK", 0.7, "group+generalising"))
    return hits


# round 54 (polleft): see `generalising_hits`
# round 54 (polhate): a plural noun between the group and "those savages" may be what they stand for ("The refugees were
# attacked by thugs, and these animals walked free"); not a quantity ("by the millions")
_DEHUMANISED_OTHER = re.compile(
    r"\b(?:by|the|these|those|some|other|many|two|three|all|of|with)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:millions|thousands|hundreds|dozens|numbers|droves|years|decades)\b)[a-z-]{3,}s\b", re.IGNORECASE)
_GROUP_THEY = re.compile(r"(?:\s+(?:owners|men|women|guys|people|folks|families|bosses|players|fans|kids|boys|girls))?"
                             r"\s*,\s*(they)\b(?!\s+(?:said|say|says|told|were\s+told|asked|married|met|have\s+(?:two|three|a)\b))",
                             re.IGNORECASE)
_TYPICAL_BEFORE = re.compile(r"(?:^|[.!?]\s*|\n)\s*typical\s+$", re.IGNORECASE)
_ALWAYS_THE = re.compile(r"\bit(?:['’]s|\s+is|\s+was)\s+(?:always|again|once\s+again)\s+the\s+$", re.IGNORECASE)
_BLAMED_END = re.compile(r"\s*(?:[,.!?;]|again\b|every\s+(?:single\s+)?time\b|$)", re.IGNORECASE)


# round 53 (policyleft): a noun for people right after a group adjective ("Gay teens", "Black students"); (round 53,
# review3) a listed word runs to its end (`(?![a-z-])`): "and"/"or" inside a word ("andorandor…", "corridor") opened a
# new item, exponential in their number
_GROUP_PEOPLE_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|&)\s*[a-z-]+(?![a-z-]))*\s+(?:teens|kids|youth|students|pupils|children|people|folks|men|women|employees|workers|voters|families|couples|"
    # round 54 (polhate): civilians and residents ("Both the Israeli and Palestinian civilians deserve better leaders")
    r"candidates|patients|civilians|residents|citizens|communities)\b", re.IGNORECASE)


def defended_groups(
    text: str, toks: list[tuple[int, int, str]], flags: list[tuple[str, ...]] | None = None
) -> list[tuple[int, int]]:
    """Stretches where a group noun is the subject of a negated copula with a hostile noun or adjective
    ([defended] of identity_generalising.txt: "Muslims are not terrorists", "Mexicans aren't
    criminals"): a defence of the group, not an attack, so the token model's IDENTITY_ATTACK, INSULT
    and THREAT words inside are no spans (round 51). Narrow on purpose: a general negation filter for
    INSULT cost TRAIN character F1 (raters mark "he's not stupid")."""
    g = _generalising()
    if g.defended is None or _skip(g.defended, text):
        return []
    flags = [word_flags(t) for _, _, t in toks] if flags is None else flags
    groups = [(s, e) for (s, e, t), f in zip(toks, flags, strict=True) if _is_group_token(t, f)]
    # round 53 (policyleft): a group adjective before a noun for people ("Gay teens are more likely to be bullied")
    groups += [(s, e) for (s, e, t), f in zip(toks, flags, strict=True)
               if GROUP in f and not _is_group_token(t, f) and _GROUP_PEOPLE_AFTER.match(text, e)]
    groups += _group_spans(text)
    out = []
    for gs, ge in groups:
        m = g.defended.match(text, ge)
        if m and not _OBJECT_OF.search(text, max(0, gs - 10), gs):
            out.append((gs, m.end()))
    return out


# a plural noun named between a group and "they" (it may be what "they" stands for)
_OTHER_PLURAL = re.compile(r"\b(?:by|the|these|those|some|other|many|two|three|all|of|with)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\b", re.IGNORECASE)


def _refers_back(text: str, m: re.Match, groups: list[tuple[int, int]]) -> bool:
    """Whether an antecedent phrase stands for a group named before it: "these people" anywhere after the
    first group; "they" only in the group's sentence or the next one ("Muslims keep coming. They are a
    plague.")."""
    if m.group().lower() != "they":
        return True
    last = max((ge for gs, ge in groups if ge <= m.start()), default=m.start())
    if _OTHER_PLURAL.search(text, last, m.start()):
        return False  # "The refugees were attacked by thugs. They ..." may be the thugs
    here = sentence_index(text, m.start())
    return any(ge <= m.start() and sentence_index(text, gs, -9) in (here, here - 1) for gs, ge in groups)


def _reported_generalisation(text: str, s: int, e: int) -> bool:
    """Whether the generalisation text[s:e] is someone else's, reported or named as a belief, or called
    false right after it (`_REPORTED_CLAIM`, `_DENIED_AFTER`)."""
    ss, se = sentence_around(text, s) or (0, len(text))
    if _REPORTED_CLAIM.search(text[max(ss, s - 80) : s]):
        return True
    _, ce = clause_of(text, s, e)
    return bool(_DENIED_AFTER.match(text, ce, se))


_TAIL_WORDS = re.compile(r"(?:\s+[\w'’-]+){0,3}")
_ATTACK_TAIL_BREAK = re.compile(
    r"\s*,?\s+(?:(?:and|but|or|so)\s+(?:this|that|these|those|the|it|we|they|he|she|i|you|our|their|my|his|her"
    # round 54 (polleft): a new subject of quantity ("Muslims are invading Europe and nobody says a word")
    r"|nobody|no\s+one|noone|everyone|everybody|someone|somebody|nothing|no-one)\b"
    r"|(?:if|unless|because|since|when|whenever|while|although|though|whereas)\b)",
    re.IGNORECASE,
)


_DANGLING_COORD = re.compile(r"\s*,?\s+(?:and|but|or|so|nor)\s*$", re.IGNORECASE)


def _attack_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The hostile clause from the group (or the act done to it) on: to the clause's end when that is
    near (30 characters), else three more words ("breed like rabbits"); nothing before the match
    ("will you ever understand that islam is the problem" -> "islam is the problem")."""
    _, ce = clause_of(text, start, end)
    if ce - end > 30:
        m = _TAIL_WORDS.match(text, end, ce)
        ce = m.end() if m else end
    # round 52 (policy2left): nor over a subordinate clause or a new clause with its own subject after the
    # predicate ("Muslims are all terrorists and this extension should be stopped", "Go back to your own
    # country if you want to live like that")
    cut = _ATTACK_TAIL_BREAK.search(text, end, max(ce, end))
    if cut:
        ce = cut.start()
    # round 54 (polleft): the three words end before a coordinator they stop on ("they buy everything and")
    dangling = _DANGLING_COORD.search(text, end, max(ce, end))
    if dangling and dangling.end() == max(ce, end):
        ce = dangling.start()
    return _strip(text, start, max(ce, end))


# round 52 (policy leftovers): a threat phrase that ends on a determiner ("I will smash every", "I'll destroy your": the
# patterns name the object's first word only) runs on to the object's noun ("I will smash every one of their
# windows", "I'll destroy your career"): up to two words, not a preposition, conjunction, pronoun or time word
_THREAT_DETERMINER_END = re.compile(r"\b(?:your|ur|his|their|every|all|each)$", re.IGNORECASE)
# the words that may lead the object ("every one of their windows"); after one of them a listed word ends no address
_THREAT_OBJECT_LEADS = ("single", "last", "one", "of", "your", "ur", "his", "her", "their", "those", "these", "the", "damn",
                        "bloody", "fucking")
_THREAT_OBJECT_LEAD = frozenset(_THREAT_OBJECT_LEADS)
_THREAT_OBJECT = re.compile(
    r"(?:[ \t]+(?:" + "|".join(_THREAT_OBJECT_LEADS) + r"|f\*+king))*"
    r"(?:[ \t]+(?:you|them|us|'em)\b|(?:[ \t]+(?!(?:and|or|but|because|if|when|so|now|then|too|again|before|after|"
    r"until|unless|tonight|today|tomorrow|soon|for|with|in|on|at|to|by|from|up|down|out|off|over|i|we|you|he|she|"
    r"they|it|who|whom|which|that|this|these|those|is|are|was|were|will|would|next|here|there|as|like|than|http|https|"
    r"www)\b)[a-z][\w'’*-]*\b){1,2})",
    re.IGNORECASE,
)


# round 53 (policyleft): a threat hit ending on a determiner and one word that is no plural ("Hang the counting")
_THREAT_MODIFIER_END = re.compile(
    r"\b(?:the|this|that|these|those|all|every|each|some|any|their|his|her|your)\s+[a-z][a-z-]*[a-rt-z]$")
# ... followed by a plural noun: its head
_THREAT_PLURAL_HEAD = re.compile(r"[ \t]+([a-z][a-z-]*[a-z]s)\b(?!['’])")
# (not an adverb or a verb after the object: "Kill the bill means …")
_THREAT_HEAD_STOP = frozenset(("is", "was", "has", "does", "says", "always", "sometimes", "perhaps", "besides", "yes", "thanks",
                               "this", "thus", "as", "us", "plus", "unless", "towards", "afterwards", "nowadays", "regardless",
                               "means", "makes", "gets", "goes", "seems", "looks", "sounds", "needs", "wants", "knows",
                               "thinks", "comes", "takes", "keeps", "happens", "works", "stays", "tells", "lets", "helps"))


def threat_objects(text: str, hits: list[Hit]) -> list[Hit]:
    """THREAT rule hits that end on a determiner, run on to their object's noun (`_THREAT_OBJECT`). Applied to
    the spans after the models read the rules' hits, so the second pass's features stay as they were (a longer
    rule hit there pulled the object's noun into spans of other labels: "shoot your prime «minister»")."""
    out = []
    for h in hits:
        if h.label == "THREAT" and h.rule != "model" and _THREAT_MODIFIER_END.search(text, h.start, h.end) \
                and (n := _THREAT_PLURAL_HEAD.match(text, h.end)) and n.group(1).lower() not in _THREAT_HEAD_STOP:
            # round 53 (policyleft): the object's word was a modifier, its plural noun follows ("Hang the counting
            # officers", "Shoot the corrupt politicians"): the span runs on to the noun
            h = Hit(h.start, n.end(), h.label, h.score, h.rule)
        if h.label == "THREAT" and h.rule != "model" and _THREAT_DETERMINER_END.search(text, h.start, h.end):
            m = _THREAT_OBJECT.match(text, h.end)
            if m:
                end = m.end()
                words = m.group().split()
                if len(words) > 1 and word_flags(words[-1]) and words[-2].lower() not in _THREAT_OBJECT_LEAD:
                    # a listed word after the object's noun is an address ("I will beat your ass bitch")
                    end = len(text[:end - len(words[-1])].rstrip())
                h = Hit(h.start, end, h.label, h.score, h.rule)
        out.append(h)
    return out


@cache
def _contest_after_re() -> re.Pattern | None:
    """reported.txt [contest_after], one regex matched right after a threat hit (round 52, policy audit 2)."""
    entries = [e for _, e in load_sections("reported.txt").get("contest_after", [])]
    return re.compile("|".join(f"(?:{e})" for e in entries), re.IGNORECASE) if entries else None


def contest_after(text: str, e: int) -> bool:
    """Whether a threat hit ending at ``e`` is a contest, not violence: a game, a debate or an election follows
    ("I'll destroy you in ranked", "I will beat you at chess", "we'll crush them at the polls") or an argument
    or a score is the object ("I will destroy their arguments", "I'll break his record"; round 52, policy audit 2)."""
    rx = _contest_after_re()
    return rx is not None and rx.match(text, e) is not None


def threat_hits(text: str) -> list[Hit]:
    """Threat patterns, and conditional threats: a consequence clause (he will lose / they will pay)
    in a sentence that also has a condition (if, in case, this time) and a word of attack or war.
    Phrases of threats_phrases.txt (wishes of death or harm, incitement, first-person threats,
    deserve-statements: "I hope he dies", "someone should put a bullet in him", "She deserves to
    die", "I'd punch him") mark the threatening phrase, without filler words before an imperative
    ("Just shoot him" -> "shoot him"), unless a negation precedes it in its clause (or just before
    it: 'does not "deserve to die"'), as in "Nobody deserves to die", "I would never punch him".
    The phrase, not its whole clause: on TRAIN the clause cost character F1 (the raters mark the
    threatening words, "Kill it", "go die", "deserves to die", far more often than the clause)."""
    lex = load_lexicons()
    hits = []
    any_threat = lex.threat_any is None or not _skip(lex.threat_any, text) and lex.threat_any.search(text)
    for rx in lex.threat_patterns if any_threat else ():
        for m in () if _skip(rx, text) else rx.finditer(text):
            s, e = _strip(text, m.start(), m.end())
            # negated or reported like the phrases below: "No one should be shot", 'he said, "I'll put
            # a bullet in her"'
            if s < e and not _negated_before(text, s) and not reported_quote(text, s, e) and not contest_after(text, e):
                hits.append(Hit(s, e, "THREAT", 0.85, "pattern"))
    # the phrase patterns one by one: joined, the sentence-opening ones (which begin with a
    # look-behind) keep the others from skipping positions by their first character (slower)
    for rx in lex.threat_phrase_patterns:
        for m in () if _skip(rx, text) else rx.finditer(text):
            s, e = _strip(text, m.start(), m.end())
            if s >= e:
                continue
            if _negated_before(text, s):
                continue  # "nobody deserves to die", "I would never punch him", 'does not "deserve to die"'
            if reported_quote(text, s, e):
                continue  # 'he said, "somebody ought to put a bullet in her," police said'
            if contest_after(text, e):
                continue  # "I'll destroy you in ranked", "I will beat you at chess" (round 52, policy audit 2)
            lead = _LEAD.match(text, s, e)
            if lead:
                s = lead.end()  # "Just shoot him now" -> "shoot him"
            hits.append(Hit(s, e, "THREAT", 0.85, "phrase"))
    if _skip(lex.consequence_any, text) or not lex.consequence_any.search(text):
        return hits
    for ss, se in _sentences(text):
        sent = text[ss:se]
        if not lex.consequence_any.search(sent):
            continue
        if (lex.condition_any is None or not lex.condition_any.search(sent)
                or lex.violence_any is None or not lex.violence_any.search(sent)):
            continue
        for rx in lex.consequence:
            for m in () if _skip(rx, text) else rx.finditer(sent):
                # the consequence clause: from the clause break before it to the sentence end
                before = [b.end() for b in _CLAUSE_BREAK.finditer(sent, 0, m.start())]
                cs = before[-1] if before else 0
                nxt = _CLAUSE_BREAK.search(sent, m.end())
                ce = nxt.start() if nxt else len(sent)
                s, e = _strip(text, ss + cs, ss + ce)
                if s < e:
                    hits.append(Hit(s, e, "THREAT", 0.75, "conditional"))
    return hits


# spam.txt sections and what a cue of each weighs (`_is_spam`); a comment is SPAM at `_SPAM_SCORE`
_SPAM_WEIGHT = {"alone": 2.0, "pitch": 1.0, "scam": 1.0, "action": 1.0, "stuffing": 1.0, "weak": 0.5}
# links and contacts weigh this much, however many there are
_SPAM_LINK, _SPAM_CONTACT = 0.5, 0.5
_SPAM_SCORE = 1.5
# a link dump: two or more distinct links and at most this many other words per link
_LINK_DUMP_WORDS = 2
# ... or one link pasted this many times
_LINK_DUMP_REPEATS = 3
_SENT_GAP = re.compile(r"[.!?\s]*")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# a run of one letter inside a word ("sooooooooo", "lollllllll") is the word drawn out, not a flood,
# unless it is this long
_LONG_LETTER_RUN = 30
# a run of one mark ("!!!!!!!!!!", "??????????", ten crying faces) is emphasis, not a flood, when it
# is shorter than this and under half of the comment's other characters (round 54, poltrain: TRAIN's
# raters mark none of the 34 such runs, the longest 42, and Davidson "neither" tweets hold them)
_LONG_MARK_RUN = 50
# a line (or sentence) of at least this many words, repeated at least this many times and making
# at least half of the comment's words: pasted over ("LOCK HIM UP" x3 is a chant, not a flood)
_REPEAT_LINE_WORDS = 4
_REPEAT_LINE_TIMES = 3
# keyword stuffing: at least this many words, few function words, one content phrase many times
_STUFF_MIN_WORDS = 10
_STUFF_TIMES = 4
_FUNCTION_WORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been am do does did i "
    "you he she it we they me him her us them my your his its our their this that these those there here "
    "not no so what who which when where why how will would can could should just have has had than then "
    "too very all".split()
)


def _spam_cues(text: str) -> list[tuple[str, int, int]]:
    """(section, start, end) of every spam.txt cue in ``text``."""
    # section by section: each joined section begins with its literal first letters (`compile_fast`),
    # which the whole list joined cannot (2x faster than one pattern of every section joined first)
    return [(sec, m.start(), m.end()) for sec, rx in load_lexicons().spam_sections.items()
            if not _skip(rx, text) for m in rx.finditer(text)]


def _is_spam(text: str, cues: list[tuple[str, int, int]], links: list[tuple[int, int]]) -> bool:
    """The cues' weights (`_SPAM_WEIGHT`; heaviest first, each not overlapping one counted before it
    and not reading the same: "$15 an hour … $15 an hour" is one cue), plus `_SPAM_LINK` for any
    link and `_SPAM_CONTACT` for any contact, reach `_SPAM_SCORE`, and a cue of [alone], [pitch],
    [scam], [action] or two of [weak] is among them: "earns $9,000 a month online" alone; a pitch, a
    scam service or a call to action with a link, a contact or another cue; two weak cues with a
    link ("I make $85 an hour. Check this out www…"). Not: a link or a contact with one weak cue
    ("Bitcoin fell again, see https://…"), a signature's e-mail address and website."""
    score, said, taken, weak, strong = 0.0, set(), [], 0, False
    for sec, a, b in sorted((c for c in cues if c[0] in _SPAM_WEIGHT), key=lambda c: -_SPAM_WEIGHT[c[0]]):
        norm = " ".join(text[a:b].lower().split())
        if norm in said or any(a < d and c < b for c, d in taken):
            continue
        said.add(norm)
        taken.append((a, b))
        score += _SPAM_WEIGHT[sec]
        weak += sec == "weak"
        strong |= sec != "weak"
    if not (strong or weak >= 2):
        return False
    if links:
        score += _SPAM_LINK
    if any(sec == "contact" for sec, _, _ in cues):
        score += _SPAM_CONTACT
    return score >= _SPAM_SCORE


def _link_dump(text: str, links: list[tuple[int, int]]) -> bool:
    """Two or more distinct links (or one pasted `_LINK_DUMP_REPEATS` times or more) with at most
    `_LINK_DUMP_WORDS` other words per link: links posted
    for their own sake. A comment citing its sources has its own words around them ("See
    https://… and https://… for the numbers the minister left out")."""
    distinct = {text[a:b].lower().rstrip("/.,;:!?)") for a, b in links}
    n = len(distinct)
    if n < 2:
        # round 54 (polobf): one link pasted three times or more ("Cheap Ray-Ban sunglasses www.… www.… www.…")
        # counts once per paste
        if len(links) < _LINK_DUMP_REPEATS:
            return False
        n = len(links)
    rest, last = [], 0
    for a, b in links:
        rest.append(text[last:a])
        last = b
    rest.append(text[last:])
    words = sum(len(_WORD.findall(t)) for t in rest)
    return words <= _LINK_DUMP_WORDS * n


def _repeated_lines(text: str) -> list[tuple[int, int]]:
    """Lines, else sentences, of `_REPEAT_LINE_WORDS`+ words that occur `_REPEAT_LINE_TIMES`+ times
    (case and spacing aside) and make half the comment's words or more: the same text pasted over
    and over. A refrain quoted in a longer comment is not."""
    out: list[tuple[int, int]] = []
    total = 0
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    for units in (lines, _sentences(text)):
        if len(units) < _REPEAT_LINE_TIMES:
            continue
        total = total or len(_WORD.findall(text))
        seen: dict[str, list[tuple[int, int]]] = {}
        for a, b in units:
            a, b = _strip(text, a, b)
            words = _WORD.findall(text, a, b)
            if len(words) >= _REPEAT_LINE_WORDS:
                seen.setdefault(" ".join(w.lower() for w in words), []).append((a, b))
        for key, spans in seen.items():
            if len(spans) >= _REPEAT_LINE_TIMES and 2 * len(spans) * len(key.split()) >= total:
                out += spans
        if out:
            break
    return out


def _stuffed(text: str, links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keyword stuffing: `_STUFF_MIN_WORDS`+ words of which under a tenth are function words, and
    one content word of three or more letters making a fifth or more of them, four or more times
    ("cheap jerseys, cheap nfl jerseys, wholesale jerseys china, cheap jerseys free shipping"); not a
    listed profanity or insult ("bitch bitch bitch"). The stretch from the first to the last
    occurrence; a cue of `_is_spam` (a chant or a list of complaints needs a link or another cue)."""
    words = [w for w in _WORD.finditer(text) if not any(a <= w.start() < b for a, b in links)] if links else list(
        _WORD.finditer(text))
    if len(words) < _STUFF_MIN_WORDS:
        return []
    low = [w.group().lower() for w in words]
    if sum(w in _FUNCTION_WORDS for w in low) * 10 >= len(low):
        return []
    counts: dict[str, int] = {}
    for w in low:
        if len(w) >= 3 and w.isalpha() and w not in _FUNCTION_WORDS and not word_flags(w):
            counts[w] = counts.get(w, 0) + 1
    top = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    if top[1] < _STUFF_TIMES or top[1] * 5 < len(low):
        return []
    at = [i for i, w in enumerate(low) if w == top[0]]
    return [(words[at[0]].start(), words[at[-1]].end())]


def _flood_runs(text: str) -> list[tuple[int, int]]:
    """Runs of ten or more of one character (`_REPEAT_CHAR`), but not a letter drawn out inside a
    word ("sooooooooo stupid", "Ahhhhhhhhhh", "lolllllllllll") unless the run is
    `_LONG_LETTER_RUN` long; nor a run of one mark or symbol that emphasises a comment with more to
    say ("Stop this nonsense!!!!!!!!!!!!", "Why would they??????????"): shorter than `_LONG_MARK_RUN` and
    shorter than the comment's other non-space characters ("wow!!!!!!!!!!!!!!!" stays a flood)."""
    out = []
    filled = -1  # the comment's non-space characters, counted once when a mark run needs them
    for m in _REPEAT_CHAR.finditer(text):  # (`_REPEAT_CHAR` takes no whitespace)
        c = m.group(1)
        a, b = m.span()
        if c.isalpha() and b - a < _LONG_LETTER_RUN:
            before = a > 0 and text[a - 1].isalpha()
            after = b < len(text) and text[b].isalpha()
            if before or after:
                continue
        if not c.isalnum() and b - a < _LONG_MARK_RUN:
            if filled < 0:
                filled = len(text) - sum(map(str.isspace, text))
            if 2 * (b - a) < filled:
                continue
        out.append((a, b))
    return out


def spam_hits(text: str) -> list[Hit]:
    """SPAM (cues of spam.txt by section, `_is_spam`): a promotional pitch that needs nothing else
    ("my sister earns $9,000 a month online"); a pitch, scam service or call to action with another
    cue, a link or a contact ("I make $85 an hour … check it out", "contact Dr. Ogu for a love
    spell"); a link dump (`_link_dump`); the sentences holding them are marked, and the links.
    Also lines pasted three times or more, keyword stuffing, and a character run of ten or more
    (`_flood_runs`). A link alone, a link with a word of [weak] ("bitcoin", "casino"), an e-mail
    address or a phone number alone, or a bare site name mentioned twice is no SPAM."""
    urls = [m.span() for m in URL_RE.finditer(text)] if _URL_HINT.search(text) else []
    cues = _spam_cues(text)
    if urls or cues:  # stuffing is a cue that needs another (weighs 1): looked for only then
        cues += [("stuffing", a, b) for a, b in _stuffed(text, urls)]
    hits = []
    if _is_spam(text, cues, urls) or _link_dump(text, urls):
        marked = sorted([(a, b) for _, a, b in cues] + urls)
        prev: Hit | None = None
        for ss, se in _sentences(text):
            if any(ss <= a < se or ss < b <= se for a, b in marked):
                s, e = _strip(text, ss, se)
                if s >= e:
                    continue
                if prev is not None and _SENT_GAP.fullmatch(text, prev.end, s):
                    # consecutive marked sentences are one span ("Contact Dr. Ogu on WhatsApp")
                    hits[-1] = prev = Hit(prev.start, e, "SPAM", 0.8, "links+cues")
                else:
                    prev = Hit(s, e, "SPAM", 0.8, "links+cues")
                    hits.append(prev)
            else:
                prev = None
        for a, b in urls:  # a URL may itself contain sentence-ending dots
            hits.append(Hit(a, b, "SPAM", 0.8, "link"))
    for a, b in _repeated_lines(text):
        hits.append(Hit(a, b, "SPAM", 0.7, "repeated_line"))
    for a, b in _flood_runs(text):
        hits.append(Hit(a, b, "SPAM", 0.6, "repeated"))
    return hits


def shouting_runs(text: str, toks: list[tuple[int, int, str]], min_letters: int, min_upper_ratio: float) -> list[tuple[int, int]]:
    """Maximal runs of consecutive tokens written in capitals, with at least ``min_letters`` letters of
    which at least ``min_upper_ratio`` are upper case."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str]] = []
    lower_is_out = min_upper_ratio > 0

    def flush() -> None:
        letters = [c for _, _, t in cur for c in t if c.isalpha()]
        if len(letters) >= min_letters and sum(c.isupper() for c in letters) / len(letters) >= min_upper_ratio:
            runs.append((cur[0][0], cur[-1][1]))
        cur.clear()

    for tok in toks:
        t = tok[2]
        if lower_is_out and t.islower():  # no upper-case letter (most tokens): not in capitals
            if cur:
                flush()
            continue
        alpha = [c for c in t if c.isalpha()]
        caps = bool(alpha) and (sum(c.isupper() for c in alpha) / len(alpha) >= min_upper_ratio) and len(alpha) > 1 or (len(alpha) == 1 and alpha[0].isupper() and cur)
        gap_ok = not cur or "\n" not in text[cur[-1][1] : tok[0]]
        if caps and gap_ok:
            cur.append(tok)
        else:
            flush()
            if caps:
                cur.append(tok)
    flush()
    return runs
