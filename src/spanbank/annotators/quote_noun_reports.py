"""English reports by a speech noun with an owner and a "that" clause (round 39, ennouncue).

"an accusation from Rep. Jim Jordan (R-Ohio) that the FBI targeted parents", "the claim by the company that its product
was safe", "Jordan's accusation that …", "the Pentagon's assertion that the vehicle contained explosives", "his
insistence that he did nothing wrong": the that-clause is the content, the noun (yaml `owned_report_nouns`) the cue, its
owner ("from X", "by X", "X's", a possessive pronoun) the speaker. Nouns of thought or chance ("the fact/idea/hope/fear
that") are not in the list; a noun without an owner ("reports that", "claims that") keeps the handling of the cue verb
before it. Where the noun phrase is the subject of its sentence, the clause ends before the main verb ("His insistence
that he did nothing wrong angered the committee"); when that verb cannot be found, nothing is reported."""
from __future__ import annotations

from spanbank.annotators.quote_clauses import clause_end
from spanbank.annotators.quote_context import Attribution, QuoteContext
from spanbank.annotators.quote_indirect import _en_finite, _en_that_clause
from spanbank.annotators.quote_speakers import (
    EN_ADJECTIVE_ENDINGS,
    EN_POSSESSIVE_PRONOUNS,
    Mention,
    canonical,
    mention_after,
    person_name,
)

#: an owner: its first token (the noun phrase's, for "from"/"by"), the SPEAKER char range and the canonical name
Owner = tuple[int, tuple[int, int], "str | None"]
#: words that open a clause inside the content: after one, a finite verb is that clause's, not the main verb
_EN_INNER_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "what", "how", "why", "when", "where", "whether",
                               "if", "because", "and", "or", "but", "while", "after", "before", "as", "since", "until"})
#: subject pronouns of the clause: the word after one (or after "never") is its verb ("that she never saw the memo")
_EN_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
#: endings of adjectives before the noun ("repeated", "public", "unfounded"), no verbs ("contradicts"): the shared
#: `EN_ADJECTIVE_ENDINGS` without "-ish" (a nationality owner: "the British claim that …"), with participles in "-ed",
#: "-ory" and every "-ble"
_EN_ADJECTIVE_ENDINGS = tuple(e for e in EN_ADJECTIVE_ENDINGS if e != "ish") + ("ed", "ory", "ble")
#: prepositions before a noun phrase that is the medium of a cue verb before it, whose "that" clause is the verb's
_EN_MEDIUM_PREPOSITIONS = frozenset({"in", "at", "during", "on", "through", "via", "with"})
#: words after which a noun phrase opens a clause (no object of theirs)
_EN_CLAUSE_VERBS = frozenset({"that", "said", "says", "say", "saying", "think", "thinks", "thought", "believe", "believes",
                              "believed", "reckon", "reckons"})
#: adjectives without an adjective's ending before an owned noun ("his own claim", "the ministry's latest statement")
_EN_OWNED_ADJECTIVES = frozenset({"own", "new", "latest", "first", "last", "many", "frequent", "baseless", "false",
                                  "unfounded", "unsubstantiated", "bogus", "debunked", "dubious", "stark", "blunt", "dire",
                                  "strong", "earlier", "recent", "repeated", "previous", "initial", "later"})
#: verbs of seeking before a noun phrase: the promise or assurance sought need not have been given ("tried to exact a
#: promise from Paul Ryan that …", "demanded assurances from Moscow that …")
_EN_SEEKING_VERBS = frozenset({"seek", "seeks", "sought", "seeking", "exact", "exacted", "demand", "demands", "demanded",
                               "demanding", "want", "wants", "wanted", "need", "needs", "needed", "request", "requested",
                               "extract", "extracted", "wring", "wrung", "without", "awaiting", "await", "awaited"})
#: endings of nouns of persons ("activists", "the county engineer", "investigators", "residents", "the spokesman")
_EN_PERSON_ENDINGS = ("ist", "eer", "ier", "yer", "ter", "ker", "ner", "ger", "ser", "der", "tor", "sor", "dent", "ant",
                      "man", "woman", "person", "official", "expert", "source")
#: words after a relative clause's verb that stand for its missing object ("the statement that he posted online")
_EN_AFTER_GAP = frozenset({"last", "earlier", "this", "publicly", "repeatedly", "online", "there", "here", "again", "out",
                           "up", "back", "today", "yesterday", "later", "then", "twice", "once"})
#: nouns of time after a demonstrative "that" ("that night", "that week")
_EN_THAT_TIME_NOUNS = frozenset({"night", "day", "week", "month", "year", "morning", "afternoon", "evening", "weekend",
                                 "time", "summer", "winter", "spring", "fall", "autumn", "season", "moment"})
#: (round 46, ennominal) nouns of a stated view before "is/was that", besides `owned_report_nouns` ("Merkel's view is
#: that …", "the company's position was that …"); no nouns of thought or feeling ("his hope is that …", "her fear was that")
_EN_COPULA_NOUNS = frozenset({"view", "position", "stance", "message", "point", "line", "answer", "response", "reply",
                              "advice", "verdict", "conclusion", "recommendation", "case", "opinion"})
#: (round 46, ennounsrc) adjectives in -ly: a verb after one is the main clause's ("that the plan was too costly was
#: echoed by others"), not one after an adverb ("that he repeatedly lied")
_EN_LY_ADJECTIVES = frozenset({"costly", "likely", "unlikely", "deadly", "friendly", "unfriendly", "early", "silly", "ugly",
                               "lonely", "holy", "timely", "orderly", "elderly", "unruly", "unsightly", "cowardly"})
#: adjectives between the owner and the noun ("his repeated denials", "the ministry's earlier statement")
_EN_MAX_ADJECTIVES = 2


def en_noun_reports(ctx: QuoteContext, si: int, lo: int, hi: int, s_end: int) -> None:
    """Add the reports of sentence si made by an owned speech noun and its "that" clause (see the module)."""
    toks, lex = ctx.tokens, ctx.lex
    nouns = lex.owned_report_nouns
    if not nouns:
        return
    for k in range(lo + 2, hi - 3):
        t = toks[k]
        if t.text != "that" or t.quoted:
            continue
        copula = False
        if toks[k - 1].low in nouns and toks[k - 1].text == toks[k - 1].low and not toks[k - 1].quoted:
            n, owner = k - 1, _possessive_owner(ctx, k - 1, lo, si)
        elif k - 2 > lo and toks[k - 1].text in ("is", "was") and (w := toks[k - 2]).text == w.low and not w.quoted \
                and (w.low in _EN_COPULA_NOUNS or w.low in nouns) and not w.low.endswith("s"):
            # (round 46, ennominal) the owned noun as subject of "is/was that": "Merkel's view is that the euro must be
            # defended", "The company's position was that it owed nothing", "His argument is that …" (reported nothing)
            n, owner, copula = k - 2, _possessive_owner(ctx, k - 2, lo, si), True
            if owner is not None and not (owner[0] == lo or toks[owner[0] - 1].text in {",", ";", ":", "—", "–"}
                                          or (owner[0] - 1 == lo and toks[lo].low in ("but", "and", "yet"))):
                continue  # (the noun phrase opens its clause: not "… that his view is that …")
        elif (n := _adjunct_before_that(ctx, k, lo)) is not None:
            owner = _possessive_owner(ctx, n, lo, si)  # (round 51, auditnews7) a place, medium or time adjunct between
            # the owned noun and "that": "his claim in the same interview that …", "Her claim last week that …"
        else:
            n, owner = _prepositional_owner(ctx, k, lo)
        if owner is None:
            continue
        if toks[k + 1].quoted:
            _quotation_owner(ctx, si, k, n, owner)
            continue
        if toks[k + 1].low in _EN_THAT_TIME_NOUNS or toks[k + 1].low in lex.past_verbs:
            continue  # (a demonstrative: "His statement that night …", "Trump's claims that week …"; a relative clause's
            # verb: "charges from the utility that rose …")
        if not _en_that_clause(toks[k + 1], lex) or not (_en_finite(toks, lex, k + 1, hi) or _finite_soon(ctx, k + 1, hi)) \
                or _object_gap(ctx, k, hi):
            continue
        if any(toks[x].low in _EN_SEEKING_VERBS or toks[x].low in ("any", "some", "no") for x in range(max(lo, owner[0] - 3), n)) \
                and not toks[owner[0] - 1].quoted:
            continue  # (a promise sought or none given: "tried to exact a promise from Paul Ryan that …", "unless we have
            # some assurance from Mr. Khrushchev that …")
        if owner[0] - 1 >= lo and toks[owner[0] - 1].low in _EN_MEDIUM_PREPOSITIONS and toks[owner[0] - 1].text == toks[owner[0] - 1].low:
            continue  # (a medium of the verb before: "found in its annual report that …", "said in his statement that …")
        subject = None if copula else _noun_phrase_is_subject(ctx, lo, owner[0])
        end = clause_end(toks, lex, k + 1, hi, s_end)
        if _fronted_adjunct(ctx, lo, owner[0]):
            # a fronted adjunct closes at its comma: "Despite claims by activists that the strikes killed civilians,
            # a Pentagon official said …"
            comma = next((x for x in range(k + 2, hi) if toks[x].text == "," and not toks[x].quoted), None)
            if comma is None:
                continue
            end, subject = min(end, toks[comma].start), False
        if subject:
            cut = _main_verb(ctx, k + 1, hi, end)
            if cut is None and subject == "strict":
                continue  # (the main verb after the clause was not found: no report rather than a wrong span)
            end = cut if cut is not None else end  # (after a cue verb the phrase may be its object: "denied Kiev's
            # claims that …")
        a, b = ctx.trim(toks[k + 1].start, end)
        cue = (toks[n].start, toks[n].end)
        attr = Attribution(owner[2], owner[1], cue)
        if sum(1 for x in ctx.span_tokens(a, b) if x.is_word) < 3 or ctx.mostly_quoted(a, b):
            continue
        _add(ctx, si, a, b, attr, owner[0])


def _quotation_owner(ctx: QuoteContext, si: int, k: int, n: int, owner: Owner) -> None:
    """A quotation right after the owned noun's "that", given to the noun read as a verb, is the owner's ("The statement
    followed Ukrainian President Petro Poroshenko's claims that "Russian troops have entered Ukraine."" was spoken by "The
    statement followed Ukrainian President Petro Poroshenko's")."""
    cue = (ctx.tokens[n].start, ctx.tokens[n].end)
    at = ctx.tokens[k + 1].start
    for r in ctx.recs:
        if r.sentence == si and r.label == "DIRECT_QUOTE" and r.attr is not None and r.attr.cue == cue \
                and at <= r.start <= at + 2 and owner[2]:
            r.attr = Attribution(owner[2], owner[1], cue)


def _add(ctx: QuoteContext, si: int, a: int, b: int, attr: Attribution, own: int) -> None:
    """Record the report, or correct a report of the same content made by a cue outside it: a cue verb governing the
    noun phrase ("Judges rejected Trump's claims that …" was the judges') or the noun read as a verb ("The mayor's
    warning that the dam could fail went unheeded" ran on over "went unheeded", the speaker "mayor's"). Partial
    quotations inside the content that the same cue gave go with it ("denied Kremlin's allegations that its "saboteurs"
    crossed …")."""
    own_start = ctx.tokens[own].start
    same, partial = None, []
    for r in ctx.recs:
        if r.sentence != si or r.end <= a or r.start >= b:
            continue
        cue = r.attr.cue if r.attr is not None else None
        if cue is not None and a <= cue[0] < b:
            continue  # (a report nested inside the content stays)
        if r.label == "DIRECT_QUOTE" and a <= r.start and r.end <= b + 2:
            partial.append(r)
            continue
        if same is not None or r.label != "INDIRECT_QUOTE" or cue is None or not (cue == attr.cue or cue[1] <= own_start):
            return  # (another reading of the same words: left as it is)
        same = r
    old = same.attr.cue if same is not None and same.attr is not None else None
    if same is None:
        ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None, latest=False)
    elif old == attr.cue:
        same.start, same.end, same.attr = a, b, attr  # (the noun read as a verb: its span ran on, its speaker kept "'s")
    elif same.attr is not None and same.attr.name != attr.name and attr.name:
        same.attr = attr  # (a verb governing the noun phrase: the owner speaks, the verb's span stays)
    else:
        return
    for r in partial:
        if r.attr is None or r.attr.cue is None or r.attr.cue == old:
            r.attr = attr


#: (round 51, auditnews7) prepositions of an adjunct between an owned noun and its "that" ("his claim in the same
#: interview that …")
_EN_NOUN_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "during", "at"})
#: (round 51, auditnews7) words opening a time adjunct between an owned noun and its "that" ("her claim last week that")
_EN_NOUN_TIME_OPENERS = frozenset({"last", "this", "earlier"})
_EN_NOUN_PERIODS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter"})


def _adjunct_before_that(ctx: QuoteContext, k: int, lo: int) -> int | None:
    """English (round 51, auditnews7): the owned report noun before a short adjunct that ends right before "that" at
    token k: a preposition of place, medium or time and up to five words with no verb or punctuation ("his claim in the
    same interview that", "his accusation on Fox News that"), or a time phrase ("her claim last week that"); its token,
    else None."""
    toks, lex = ctx.tokens, ctx.lex
    if k - 2 > lo and toks[k - 2].low in _EN_NOUN_TIME_OPENERS and toks[k - 2].text == toks[k - 2].low \
            and toks[k - 1].low in _EN_NOUN_PERIODS and toks[k - 1].text == toks[k - 1].low:
        n = k - 3
    else:
        n = None
        for p in range(k - 2, max(lo, k - 7), -1):
            w = toks[p]
            if w.quoted or not w.is_word or w.low in lex.auxiliaries or w.low in lex.cue_verbs \
                    or w.low in ("that", "which", "who", "and", "or", "but"):
                return None
            if w.text in _EN_NOUN_ADJUNCT_PREPOSITIONS:
                n = p - 1
                break
        if n is None or toks[n + 2].low not in lex.determiners and toks[n + 2].low not in EN_POSSESSIVE_PRONOUNS \
                and not toks[n + 2].is_cap:
            return None
    if n is None or n <= lo or toks[n].quoted or toks[n].text != toks[n].low or toks[n].low not in lex.owned_report_nouns:
        return None
    return n


def _possessive_owner(ctx: QuoteContext, n: int, lo: int, si: int) -> Owner | None:
    """The owner before the noun at token n: "Jordan's", "the ministry's", "congressional Republicans'", "his" (up to two
    lower-case adjectives between: "his repeated denials"), as (first token, speaker char range, name), else None."""
    toks, lex = ctx.tokens, ctx.lex
    p = n - 1
    while p > lo and n - p <= _EN_MAX_ADJECTIVES and toks[p].is_word and toks[p].text == toks[p].low \
            and not toks[p].quoted and (toks[p].low in lex.cue_noun_adjectives or toks[p].low in _EN_OWNED_ADJECTIVES
                                        or toks[p].low.endswith(_EN_ADJECTIVE_ENDINGS)) \
            and toks[p].low not in lex.cue_verbs and toks[p].low not in lex.auxiliaries:
        p -= 1  # (adjectives only: "their faith claims that …" is a subject and its verb)
    if p < lo or toks[p].quoted:
        return None
    w = toks[p]
    if w.low in EN_POSSESSIVE_PRONOUNS:
        if p > lo and toks[p - 1].low in lex.addressee_verbs | {"to", "for", "with"}:
            return None  # ("told her colleagues that …": an object "her")
        span = (w.start, w.end)
        if w.low in ("his", "her"):
            name = canonical(Mention(p, p, "pronoun"), toks, ctx.ents, lex, continuing=ctx.last.name if ctx.last else None)
            return p, span, name
        # (round 40, encoord) "its"/"their" name the body or group the pronoun resolves to, as "it"/"they" opening a
        # clause do, from the speaker of an earlier sentence on (not the subject of the verb before it in its own
        # sentence: "Exxon said it would appeal. Environmental groups rejected its claim that …" is Exxon's claim)
        earlier = [r for r in ctx.recs if r.sentence < si and r.attr is not None and r.attr.name]
        continuing = max(earlier, key=lambda r: r.start).attr.name if earlier else None
        name = canonical(Mention(p, p, "pronoun"), toks, ctx.ents, lex, continuing=continuing)
        if name and w.low == "their" and " and " not in name and person_name(name, lex, ctx.ents):
            name = None  # ("their" is a group, not the one person named before)
        return p, span, name
    if w.text.endswith("'s") and len(w.text) > 2 and w.is_word:
        last, cut = p, 2
    elif w.text in ("'", "’") and p - 1 >= lo and toks[p - 1].is_cap and toks[p - 1].low.endswith("s") \
            and toks[p - 1].end == w.start:
        last, cut = p - 1, 0  # a plural's: "congressional Republicans' complaints"
    else:
        return None
    first = last
    if toks[last].is_cap:
        # a name, with its titles and abbreviations: "Rep. Jim Jordan's", "the White House's" (not a verb or a
        # lower-case word before it: "A reporter challenged Earnest's")
        while first - 1 >= lo and not toks[first - 1].quoted and (
                (toks[first - 1].is_cap and toks[first - 1].is_word and not toks[first - 1].low.endswith("'s"))
                or (toks[first - 1].text == "." and first - 2 >= lo and toks[first - 2].low in lex.abbreviations)):
            first -= 1
        if toks[first].text == "." or (first == lo and toks[first].low in lex.determiners and first == last):
            return None
        kind = "name"
    elif _speaking_noun(lex, toks[last].low.removesuffix("'s")):
        kind = "description"  # "the ministry's", "the mayor's"
    else:
        return None  # (a thing's: "the plan's")
    if first - 1 >= lo and toks[first - 1].low in ("the", "a", "an") and not toks[first - 1].quoted:
        first -= 1
    name = canonical(Mention(first, last, kind), toks, ctx.ents, lex, continuing=None)
    if not name:
        return None
    name = name.removesuffix("'s").removesuffix("’s")
    return first, (toks[first].start, toks[last].end - cut), name


def _prepositional_owner(ctx: QuoteContext, k: int, lo: int) -> tuple[int, Owner | None]:
    """A noun, "from"/"by" and its owner right before "that" at token k ("a warning from the mayor that", "claims by
    activists that", "an accusation from Rep. Jim Jordan (R-Ohio) that"): (noun token, owner), else (-1, None)."""
    toks, lex = ctx.tokens, ctx.lex
    for j in range(k - 2, max(lo, k - 12) - 1, -1):
        w = toks[j]
        if w.quoted or w.text in (",", ";", ":") or (w.text == w.low and (w.low in lex.cue_verbs or w.low in lex.auxiliaries)):
            break
        if w.low not in ("from", "by") or w.text != w.low or j - 1 < lo:
            continue
        n = j - 1
        if toks[n].low not in lex.owned_report_nouns or (toks[n].text != toks[n].low and n != lo) or toks[n].quoted:
            break  # (round 46, ennounsrc) also opening the sentence: "Criticism from unions that the reform hurt workers
            # grew louder", "Comments by the minister that …" (reported nothing)
        m = mention_after(toks, j, k, lex, source=True)
        if m is None or m.kind == "pronoun" or m.first != j + 1:
            break
        end = m.end
        if end + 1 < k and toks[end + 1].text == "(" and toks[k - 1].text == ")":
            end = k - 1  # a party and state after a name: "Rep. Jim Jordan (R-Ohio)"
        if end != k - 1:
            break
        if not any(toks[x].is_cap for x in range(m.first, m.last + 1)) and not _speaking_noun(lex, toks[m.last].low):
            break  # (a named owner or a speaking noun: "by activists", "from the mayor"; not "a claim by default")
        name = canonical(m, toks, ctx.ents, lex, continuing=None)
        if not name:
            break
        first = n
        while first - 1 >= lo and toks[first - 1].is_word and not toks[first - 1].quoted and n - first < 3 and (
                toks[first - 1].low in lex.determiners or (toks[first - 1].text == toks[first - 1].low and (
                    toks[first - 1].low in lex.cue_noun_adjectives or toks[first - 1].low.endswith(_EN_ADJECTIVE_ENDINGS)))):
            first -= 1  # (the noun phrase's own start, for its place in the sentence: "The claim by the company")
            if toks[first].low in lex.determiners:
                break
        return n, (first, (toks[m.first].start, toks[m.end].end), name)
    return -1, None


def _finite_soon(ctx: QuoteContext, j: int, hi: int) -> bool:
    """A finite verb (an auxiliary, a past form) within the first words of the clause from token j, before any
    punctuation: "that 90 civilians died", "that U.S. strikes killed civilians"."""
    toks, lex = ctx.tokens, ctx.lex
    for x in range(j + 1, min(hi, j + 8)):
        t = toks[x]
        if t.quoted:
            continue  # ('that its "saboteurs" crossed into Russia')
        if not t.is_word and t.text != ".":
            return False
        if t.text == t.low and (t.low in lex.auxiliaries or t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 3)) \
                and toks[x - 1].low not in ("to", "the", "a", "an"):
            return True
    return False


def _speaking_noun(lex, low: str) -> bool:
    """A lower-case head noun that names someone who speaks: a title or role, a body, officials or a kin noun ("the
    mayor", "the ministry", "activists", "prosecutors"), not a thing ("the plan", "default")."""
    sing = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return lex.is_title(low) or lex.is_title(sing) or low in lex.org_heads or sing in lex.org_heads \
        or low in lex.place_bodies or low in lex.case_roles or sing in lex.case_roles or low in lex.kin_nouns \
        or sing in lex.kin_nouns or (sing.endswith(_EN_PERSON_ENDINGS) and sing not in lex.document_nouns
                                     and low not in lex.document_nouns)


def _object_gap(ctx: QuoteContext, k: int, hi: int) -> bool:
    """The "that" at token k opens a relative clause whose object is the noun: a subject, a verb that takes an object,
    and no object after it ("the statement that he issued on Monday", "the claim that he made")."""
    toks, lex = ctx.tokens, ctx.lex
    x = k + 1
    if toks[x].low in _EN_CLAUSE_PRONOUNS:
        x += 1
    else:
        while x < hi and x < k + 5 and toks[x].is_word and not toks[x].quoted and (
                toks[x].low in lex.determiners or toks[x].is_cap):
            x += 1
    if x >= hi:
        return False
    while x < hi and toks[x].low in lex.auxiliaries:
        x += 1
    if x >= hi or not toks[x].is_word or toks[x].text != toks[x].low:
        return False
    v = toks[x].low
    if v not in lex.relative_object_verbs:
        return False
    return x + 1 >= hi or not toks[x + 1].is_word or toks[x + 1].low in lex.prepositions \
        or toks[x + 1].low in lex.time_words or toks[x + 1].low in _EN_AFTER_GAP


def _fronted_adjunct(ctx: QuoteContext, lo: int, first: int) -> bool:
    """The noun phrase at token `first` stands in a prepositional phrase opening the sentence ("Despite claims by …",
    "Amid warnings from …")."""
    toks, lex = ctx.tokens, ctx.lex
    return lo < first <= lo + 3 and toks[lo].is_cap and not toks[lo].quoted and (
        toks[lo].low in lex.prepositions or toks[lo].low in lex.adverbial_subordinators
        or toks[lo].low in ("despite", "amid", "following", "given", "against")) \
        and not any(t.text == "," for t in toks[lo:first])


def _noun_phrase_is_subject(ctx: QuoteContext, lo: int, first: int) -> str | None:
    """The noun phrase opening at token `first` is the subject of a clause: it opens the sentence, follows a comma, or
    follows a cue verb reporting a clause without "that" ("Earnest said congressional Republicans' complaints that …
    were unfounded")."""
    toks, lex = ctx.tokens, ctx.lex
    while first - 1 > lo and first > lo and toks[first - 1].is_word and not toks[first - 1].quoted \
            and toks[first - 1].text == toks[first - 1].low and toks[first - 1].low.endswith(_EN_ADJECTIVE_ENDINGS) \
            and toks[first - 1].low not in lex.bare_complement_verbs:
        first -= 1  # "congressional Republicans'"
    if first - 1 >= lo and toks[first - 1].text == toks[first - 1].low and not toks[first - 1].quoted \
            and (toks[first - 1].low in lex.bare_complement_verbs or toks[first - 1].low == "that"):
        # after "said"/"that" it opens the reported clause; after "denied" it may be the object ("denied Kiev's claims
        # that …")
        return "strict" if toks[first - 1].low in _EN_CLAUSE_VERBS else "maybe"
    if first == lo or (first - 1 >= lo and toks[first - 1].text in ("the", "The", "a", "A", "an", "An") and first - 1 == lo):
        return "strict"
    if first - 1 >= lo and toks[first - 1].low in ("the", "a", "an") and first - 2 >= lo and toks[first - 2].text == ",":
        return "strict"
    return "strict" if first - 1 >= lo and toks[first - 1].text == "," and not toks[first - 1].quoted else None


def _main_verb(ctx: QuoteContext, j: int, hi: int, end: int) -> int | None:
    """The char offset where the main clause's verb follows the "that" clause opened at token j, when the noun phrase is
    the sentence's subject ("that the election was rigged has been debunked", "that the dam could fail went
    unheeded"), or its opening quotation ('that … the money "doesn't pass the smell test," Earnest said'); else None."""
    toks, lex = ctx.tokens, ctx.lex
    finite, last_verb = False, None
    for x in range(j + 1, hi):
        t = toks[x]
        if t.start >= end:
            return None
        if t.quoted:
            return t.start if finite and x > j + 2 else None
        if not t.is_word or t.text != t.low:
            continue
        if t.low in _EN_INNER_OPENERS:
            return None
        prev = toks[x - 1]
        verb = t.low in lex.auxiliaries or t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 3) or (
            not finite and (prev.low in _EN_CLAUSE_PRONOUNS or (
                prev.low in ("never", "also", "not", "only") and toks[x - 2].low in _EN_CLAUSE_PRONOUNS)))
        if not verb:
            continue
        if finite and t.low.endswith("ed") and t.low not in lex.auxiliaries and x + 1 < hi and (
                (last_verb == x - 1 and prev.low not in lex.auxiliaries)
                or (toks[x + 1].low in lex.auxiliaries and toks[x + 1].text == toks[x + 1].low)):
            # (round 47) a participle right after the clause's verb modifies its object ("that she never sent classified
            # emails has been disputed" reported 'she never sent'), and one right before an auxiliary closes a noun
            # phrase ("that it paid all taxes owed was rejected"): neither is the main clause's verb
            last_verb = x
            continue
        last_verb = x
        if finite and prev.is_word and not prev.quoted and prev.low not in lex.auxiliaries \
                and prev.low not in ("not", "to", "never", "been", "being") and not (
                    prev.low.endswith("ly") and prev.low not in _EN_LY_ADJECTIVES and t.low not in ("was", "were", "is", "are")) \
                and prev.low not in lex.pronouns:
            # (round 46, ennounsrc) a passive after "been"/"being" is the clause's own verb ("that he had been treated
            # unfairly was rejected" reported 'he had been'); an adjective in -ly ends the clause's predicate ("that the
            # plan was too costly was echoed" reported nothing), and so does is/are/was/were after any -ly word (the
            # "was" after "unfairly" in the same sentence)
            return t.start
        finite = True
    return None
