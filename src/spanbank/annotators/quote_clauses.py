"""Clause boundaries of reported content, on the token list of one sentence.

`clause_end`: where a reported clause that starts at a token ends (English: a comma before a clause
breaker; both languages: a comma before a trailing attribution or a source phrase; else the sentence
end). `clause_start` / `clause_stop`: the German clause around a source phrase in its middle, which
is a subordinate clause when a comma plus a subordinator or relative pronoun opens it.
"""

from __future__ import annotations

from bisect import bisect_left

from spanbank.annotators.quote_lexicon import Lexicon
from spanbank.annotators.quote_speakers import (
    DE_ADJECTIVE_ENDINGS,
    DE_SHARE_QUALIFIERS,
    DE_SHARE_UNITS,
    EN_ASKED_PARTICIPLES,
    de_share_at,
    de_share_mention,
    de_share_number,
)
from spanbank.annotators.quote_text import Token

#: (round 46, deleft) German finite auxiliaries after a verb-final participle ("…, ausgeschlossen hat.")
_DE_FINITE_AUX = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "sei", "sind",
                            "waren", "seien", "wurde", "wurden", "wird", "werden"})


def clause_end(toks: list[Token], lex: Lexicon, j: int, hi: int, s_end: int) -> int:
    """End of the reported clause starting at token j: the sentence end, or (English) a comma
    before a clause breaker, or (both) a comma before a trailing attribution. A comma inside a closing
    quotation mark ends it after the mark: 'the situation is a "historic challenge,"' (no unpaired mark)."""
    end = _clause_end(toks, lex, j, hi, s_end)
    if lex.lang == "en" and lex.medium_nouns:
        end = _en_medium_adjunct(toks, lex, j, hi, end)
    if lex.lang == "en":
        end = _en_asked_adjunct(toks, lex, j, hi, end)
        end = _en_bracket_close(toks, j, hi, end)
        end = _en_emoticon_close(toks, j, hi, end)
        end = _en_chat_close(toks, lex, j, hi, end)
        end = _en_own_predicate_close(toks, lex, j, hi, end)
        end = _en_quote_while_close(toks, lex, j, hi, end)
        end = _en_lower_question_close(toks, j, hi, end)
    if end < s_end:
        k = bisect_left(toks, end, j, hi, key=_start)
        if k + 1 < hi and toks[k].start == end and toks[k].text == "," and toks[k].quoted \
                and toks[k + 1].quoted and not toks[k + 1].is_word and toks[k + 1].start == toks[k].end \
                and (k + 2 >= hi or not toks[k + 2].quoted):
            return toks[k + 1].end
    return end


def _start(t: Token) -> int:
    return t.start


#: (round 52, comments audit) the mouths of a commenter's emoticon after its eyes ":" / ";" / "=" (and a "-" nose)
_EN_EMOTICON_MOUTHS = frozenset({")", "(", "D", "P", "p", "/", "|", "O", "o"})


def _en_emoticon_at(toks: list[Token], k: int, hi: int) -> int | None:
    """(round 52, comments audit) The last token of an emoticon opening at token k, written after a space and followed
    by a space or the end (":)", ";-)", ":(", ":D", "<3"), else None."""
    t = toks[k]
    if t.quoted or k == 0 or t.start == toks[k - 1].end or k + 1 >= hi:
        return None
    e = k + 1
    if t.text in (":", ";", "=") and toks[e].text == "-" and toks[e].start == t.end and e + 1 < hi:
        e += 1
    n = toks[e]
    if n.quoted or n.start != toks[e - 1].end:
        return None
    if not ((t.text in (":", ";", "=") and n.text in _EN_EMOTICON_MOUTHS) or (t.text == "<" and n.text == "3" and e == k + 1)):
        return None
    return e if e + 1 >= len(toks) or toks[e + 1].start > n.end else None


#: (round 52, commentsleft) finite forms that are not past: a reported clause's present or modal verb ("government is
#: the problem", "it will raise taxes", "he would close Gitmo")
_EN_NONPAST_FINITE = frozenset({"is", "are", "am", "will", "would", "can", "could", "should", "may", "might", "must",
                                "has", "have", "does", "do", "won't", "isn't", "aren't", "can't", "doesn't", "don't",
                                "wouldn't", "couldn't", "shouldn't"})
#: (round 52, commentsleft) adverbs between the coordinator and the own predicate ("and then tripled the deficit")
_EN_TURN_ADVERBS = frozenset({"then", "later", "instead", "promptly", "immediately"})
#: (round 52, commentsleft) modals: no past participle can be coordinated under them ("would close Gitmo and kept it")
_EN_TURN_MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "won't", "wouldn't",
                             "can't", "couldn't", "shouldn't"})


def _en_turn_then_report(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English (round 53, auditseed): from token n (after a comma and "then"/"later"), at most six words of an adverbial
    without punctuation, then a subject pronoun and a cue verb ("…, then in the next sentence he says …", "…, later that
    day she told …")."""
    for x in range(n, min(hi - 1, n + 7)):
        t = toks[x]
        if t.quoted or not t.is_word:
            return False
        if t.text == t.low and t.low in lex.subject_pronouns and x > n:
            y = x + 1
            while y < hi and toks[y].text == toks[y].low and toks[y].low in lex.skippable and not toks[y].quoted:
                y += 1
            v = toks[y] if y < hi else None
            return v is not None and not v.quoted and v.text == v.low and v.low in lex.cue_verbs
    return False


def _en_past_word(t: Token, lex: Lexicon) -> bool:
    return t.is_word and not t.quoted and t.text == t.low and (
        t.low in lex.past_verbs or (t.low.endswith("ed") and len(t.low) > 4 and t.low not in lex.stopwords))


def _en_own_predicate_close(toks: list[Token], lex: Lexicon, j: int, hi: int, end: int) -> int:
    """English (round 52, commentsleft): a reported clause whose first finite verb is present or modal
    (`_EN_NONPAST_FINITE`) ends before "and"/"but" (maybe after a comma and "then") that opens a past predicate of the
    cue's subject, or "he"/"she" and a past verb: the commenter's own turn against the report, "Reagan also said
    government is the problem and then tripled the deficit", "Fairweather says it will raise taxes but he voted for the
    subsidy" (the content took them in). Not a coordinated past clause of the content ("said prices rose and then fell",
    "said prices rose and wages fell")."""
    first = None
    k = j
    while k < hi and toks[k].start < end:
        t = toks[k]
        if t.quoted and (first is not None or not t.is_word):
            # (round 53, commentsleft) the scan goes on past a quotation inside the content: 'Zuckerberg said 2023 would
            # be the "year of efficiency" and he meant it' (the content took the commenter's "and he meant it")
            k += 1
            continue
        if first is None and t.is_word and t.text == t.low:
            if t.low.replace("’", "'") in _EN_NONPAST_FINITE:
                first = "modal" if t.low.replace("’", "'") in _EN_TURN_MODALS and not (
                    k + 1 < hi and toks[k + 1].low in ("have", "be", "not")) else "now"  # ("would have fought and died")
            elif _en_past_word(t, lex):
                return end
        if first and k > j + 2 and t.low in ("and", "but") and t.text == t.low and k + 2 < hi and not t.quoted \
                and not toks[k + 1].quoted:
            n = k + 1
            pronoun = toks[n].low in ("he", "she") and toks[n].text == toks[n].low
            n += pronoun
            if n < hi and toks[n].low in _EN_TURN_ADVERBS and toks[n].text == toks[n].low:
                n += 1
            # (without a subject, a past form right after the coordinator may be a participle under "is"/"have": "have
            # been indicted and incarcerated", "is rich and married to a model": only after a modal or with "then")
            if n < hi and _en_past_word(toks[n], lex) and (pronoun or n > k + 1 or first == "modal") \
                    and n + 1 < hi and (toks[n + 1].is_word or toks[n + 1].text in {".", ","}):
                b = k - 1 if toks[k - 1].text == "," and not toks[k - 1].quoted else k
                return toks[b - 1].end
        k += 1
    return end


def _en_quote_while_close(toks: list[Token], lex: Lexicon, j: int, hi: int, end: int) -> int:
    """English (round 53, commentsleft): a reported clause ends at a quotation inside it that closes right before an
    unquoted "while"/"whilst" and a participle in -ing: the speaker's quoted words, then the writer's own remark on what
    the speaker does ('So the company says it's "investing in the future" while firing 12,000 people', 'says the bill
    is "a disaster" while voting for it'; the content took the remark in). Not without the quotation ("says it is
    investing while cutting costs" may be what was said), nor before a clause ("while the budget shrinks")."""
    k = j + 2
    while k + 1 < hi and toks[k].start < end:
        t = toks[k]
        if not t.quoted and t.text in ("while", "whilst"):
            m, n = toks[k - 1], toks[k + 1]
            if m.quoted and not m.is_word and m.end < t.start and toks[k - 2].quoted and not n.quoted and n.is_word \
                    and n.text == n.low and n.low.endswith("ing") and len(n.low) > 5 and n.low not in lex.stopwords \
                    and n.low not in lex.prepositions:
                return m.end
        k += 1
    return end


#: (round 53, commentsleft) lower-case question words and the auxiliary after them that open a commenter's question
#: written without a capital after a full stop ("… already too late. which is it?")
_EN_LOWER_QUESTION_WORDS = frozenset({"which", "what", "who", "why", "how", "where", "when"})
_EN_LOWER_QUESTION_AUX = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would",
                                    "will", "has", "have", "'s", "’s"})


def _en_lower_question_close(toks: list[Token], j: int, hi: int, end: int) -> int:
    """English (round 53, commentsleft): the sentence splitter needs a capital after a full stop, so a comment's
    lower-case question ran into the content before it: "another saying it is already too late. which is it" (the
    content took ". which is it"). A full stop after a word of three letters or more, then a lower-case question word
    and an auxiliary, and at most eight more words to a "?" or the end with no other stop, end the content there."""
    k = j + 1
    while k + 2 < hi and toks[k].start < end:
        t = toks[k]
        if t.text == "." and not t.quoted and toks[k - 1].is_word and len(toks[k - 1].text) > 2 \
                and toks[k - 1].end == t.start:
            w, a = toks[k + 1], toks[k + 2]
            if not w.quoted and w.text in _EN_LOWER_QUESTION_WORDS and not a.quoted and a.text in _EN_LOWER_QUESTION_AUX:
                rest = toks[k + 3 : hi]
                stops = [x for x in rest if not x.quoted and x.text in {".", "!", "?", ";"}]
                if len(rest) <= 9 and not any(x.quoted for x in rest) and (
                        not stops or (len(stops) == 1 and stops[0].text == "?" and stops[0] is rest[-1])):
                    return toks[k - 1].end
        k += 1
    return end


def _en_emoticon_close(toks: list[Token], j: int, hi: int, end: int) -> int:
    """English (round 52, comments audit): a reported clause ends before an emoticon (and a full stop before it): "She
    always said the river belongs to the fish. :)" (the content took the ". :)"), "he said it was fine :( Sad."."""
    k = j + 1
    while k < hi and toks[k].start < end:
        if toks[k].text in (":", ";", "=", "<") and _en_emoticon_at(toks, k, hi) is not None:
            b = k - 1
            while b > j and toks[b].text in {".", "!", "?", ","} and not toks[b].quoted:
                b -= 1
            return toks[b].end
        k += 1
    return end


#: (round 53, auditcomments) the commenter's own subjects after "but" ("… is 16 weeks but my friend only got 8")
_EN_OWN_TURN_SUBJECTS = frozenset({"my", "i", "our", "we"})


def _en_chat_close(toks: list[Token], lex: Lexicon, j: int, hi: int, end: int) -> int:
    """English (round 53, auditcomments): a reported clause ends before a commenter's chat tag (yaml `chat_tags`: "My
    grandpa always said the weather was hotter when he was a kid lol", "… LMAO") and before an unquoted "but" that
    opens the commenter's own clause with "my"/"I"/"our"/"we" ("the article says severance is 16 weeks but my friend
    only got 8"; not a first word: "said but I …" is no clause)."""
    k = j + 2
    while k < hi and toks[k].start < end:
        t = toks[k]
        if t.quoted:
            return end
        own = t.low == "but" and t.text == "but" and k + 1 < hi and toks[k + 1].low in _EN_OWN_TURN_SUBJECTS \
            and not toks[k + 1].quoted and (toks[k + 1].text != "I" or k + 2 < hi and toks[k + 2].is_word)
        if own or (t.is_word and t.low in lex.chat_tags and (t.text == t.low or t.text.isupper())
                   and toks[k - 1].is_word and not toks[k - 1].quoted
                   # (round 53, review2) after an article or a preposition the word is a name: "the rules of the IMO"
                   and toks[k - 1].low not in lex.determiners and toks[k - 1].low not in lex.prepositions):
            b = k - 1
            while b > j and toks[b].text in {".", "!", "?", ","} and not toks[b].quoted:
                b -= 1
            return toks[b].end
        k += 1
    return end


def _en_bracket_close(toks: list[Token], j: int, hi: int, end: int) -> int:
    """English (round 49, auditnews6): a reported clause that opens inside a bracket ends where the bracket closes: "Acme
    cut jobs (the firm said it was small) and Beta cut more" (the content ran on over ")" to the sentence's end). The
    bracket opens before token j in the same sentence (no sentence stop between) and closes unmatched before `end`."""
    depth = 0
    k = j
    while k < hi and toks[k].start < end:
        t = toks[k]
        if not t.quoted:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                if depth:
                    depth -= 1
                else:
                    break
        k += 1
    else:
        return end
    if k == j:
        return end
    b = j - 1
    while b >= 0 and j - b <= 60:
        t = toks[b]
        if not t.quoted and t.text in {".", "!", "?", ")"}:
            return end
        if not t.quoted and t.text == "(":
            return toks[k - 1].end
        b -= 1
    return end


#: (round 37, w5) English prepositions of a cue's medium placed after its content ("said … in a statement")
_EN_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "during", "via", "through"})
#: (round 37, w5) the audience of that medium ("in a note to clients", "on a call with analysts")
_EN_MEDIUM_AUDIENCES = frozenset({"analysts", "investors", "reporters", "clients", "shareholders", "employees", "staff",
                                  "customers", "journalists", "lawmakers", "regulators"})


#: (round 54, enleft2) possessive pronouns in the adjunct after the cue's medium ("in a transcript of his remarks")
_EN_MEDIUM_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _en_medium_adjunct(toks: list[Token], lex: Lexicon, j: int, hi: int, end: int) -> int:
    """English (round 37, w5): a reported clause from token j to `end` that closes with the cue's medium ("said the
    case was meritless in a statement on Thursday", "said demand was strong in an interview with CNBC", "said it would
    cut jobs in a filing", "on a conference call with analysts") ends before the medium's preposition: at most three
    modifiers before a `medium_nouns` noun, after it only a short adjunct (a preposition, names, times, articles). Not
    after a participle or a "be" ("was contained in a statement", "is in a statement")."""
    k = bisect_left(toks, end, j, hi, key=_start)  # the first token at or after the end
    while k - 1 > j and not toks[k - 1].quoted and toks[k - 1].text in {".", "!", "?"}:
        k -= 1  # the sentence's own full stop
    x = k - 1
    while x > j + 2 and k - x <= 10:
        t = toks[x]
        if t.quoted or not t.is_word:
            if t.text == "." and x > j and len(toks[x - 1].text) <= 2:
                x -= 1
                continue
            return end
        if t.text == t.low and t.low in lex.medium_nouns:
            break
        if t.text == t.low and t.low in lex.publication_participles and toks[x - 1].low in lex.medium_nouns:
            x -= 1  # (round 47, enend) "in a statement posted online", "in a letter sent to shareholders"
            continue
        if t.text == t.low and (t.low in lex.auxiliaries or t.low in ("that", "which", "who") or t.low in lex.cue_verbs):
            return end
        x -= 1
    else:
        return end
    d = x - 1
    while d > j and x - d <= 4 and toks[d].is_word and not toks[d].quoted and toks[d].low not in lex.determiners \
            and toks[d].low not in _EN_MEDIUM_PREPOSITIONS:
        d -= 1
    if d - 2 > j and toks[d - 1].low == "of" and toks[d - 1].text == "of" and not toks[d - 2].quoted \
            and toks[d - 2].text == toks[d - 2].low and toks[d - 2].low in lex.medium_nouns:
        x = d - 2  # (round 54, enleft2) the medium's "of" phrase: "said in a transcript of his remarks" (the report ran
        # on over its attribution "the Kremlin said in …")
        d = x - 1
        while d > j and x - d <= 4 and toks[d].is_word and not toks[d].quoted and toks[d].low not in lex.determiners \
                and toks[d].low not in _EN_MEDIUM_PREPOSITIONS:
            d -= 1
    if d == x - 1 and toks[x].low in lex.articleless_medium_nouns and toks[d].low in _EN_MEDIUM_PREPOSITIONS:
        d = x  # (round 47, enend) a medium without an article: "said the talks had failed, in remarks at the White House"
    if d <= j + 3 or (d < x and (toks[d].low not in lex.determiners or toks[d].text != toks[d].low
                                 or toks[d].low in ("this", "these", "those"))):
        return end
    p = toks[d - 1]
    if p.low not in _EN_MEDIUM_PREPOSITIONS or p.text != p.low or p.quoted:
        return end
    before = toks[d - 2]
    if before.is_word and not before.quoted and before.text == before.low and (
            before.low in lex.auxiliaries or before.low in lex.passive_auxiliaries
            or before.low in ("appear", "appears", "appeared", "published", "included", "contained", "detailed", "outlined")
            or (before.low.endswith("ed") and d - 3 >= j and (toks[d - 3].low in lex.auxiliaries
                                                              or toks[d - 3].low in lex.passive_auxiliaries
                                                              # (round 37, merge review) "as required in the letter"
                                                              or toks[d - 3].low == "as"))):
        return end  # the clause's own complement: "were contained in a statement", "is in a statement"
    for y in range(x + 1, k):
        w = toks[y]
        if y == x + 1 and w.text == w.low and w.low in lex.publication_participles:
            continue  # (round 47, enend) the medium's participle: "in a statement released on Friday"
        if w.text == w.low and w.is_word and not (w.low in lex.prepositions or w.low in lex.determiners
                                                  # (round 54, enleft2) "in a transcript of his remarks"
                                                  or w.low in _EN_MEDIUM_POSSESSIVES
                                                  or w.low in lex.time_words or w.low in ("late", "early", "last", "this")
                                                  or w.low in lex.medium_nouns or w.low in _EN_MEDIUM_AUDIENCES
                                                  or (w.low in lex.medium_places and toks[x + 1].low in lex.publication_participles)):
            return end
    if before.text == "," and not before.quoted and d - 3 > j:
        return toks[d - 3].end  # "…, in a note to clients."
    return toks[d - 2].end


#: (round 40, enasked) words after that participle which show the writer's adjunct (the question, its asker, its time
#: or place), not a condition inside the report ("would comply when asked to" stays)
_EN_ASKED_NEXT = frozenset({"about", "whether", "if", "what", "why", "how", "who", "which", "where", "on", "during",
                            "at", "in", "later", "again", "directly", "repeatedly", "specifically", "earlier", "last",
                            "this", "for"})
_EN_REPORT_MODALS = frozenset({"would", "will", "could", "can", "should", "might", "may", "must"})


def _en_asked_adjunct(toks: list[Token], lex: Lexicon, j: int, hi: int, end: int) -> int:
    """English (round 40, enasked): a reported clause from token j to `end` that goes on with the writer's "when asked
    …" / "when pressed …" ends before it: "said she was 'not going there' when asked about Clinton's comments", "told
    reporters he had not decided when pressed on Tuesday". After the participle a question word, a preposition, an
    adverb or a weekday must follow, or the sentence end; "by" only when no modal stands in the clause ("said he would
    testify when asked by the committee" is his condition). Quoted words are never cut."""
    k = bisect_left(toks, end, j, hi, key=_start)
    for x in range(j + 2, k - 1):
        t = toks[x]
        if t.text != "when" or t.quoted:
            continue
        p = toks[x + 1]
        if p.quoted or p.text not in EN_ASKED_PARTICIPLES:
            continue
        n = toks[x + 2] if x + 2 < hi else None
        if not (n is None or (not n.quoted and (
                n.text in {",", ".", ";", "!", "?"} or n.low in _EN_ASKED_NEXT or n.low in lex.time_words
                or (n.text == "by" and not any(y.low in _EN_REPORT_MODALS for y in toks[j:x]))))):
            continue
        e = x - 1 if toks[x - 1].text == "," and not toks[x - 1].quoted else x
        return toks[e - 1].end if e - 1 >= j else end
    return end


#: (round 48, auditcomments4) groups opening another report after a comma ("…, others say …", "…, most others agree …")
_EN_OTHER_GROUPS = frozenset({"others", "many", "most", "some", "few"})


def _clause_end(toks: list[Token], lex: Lexicon, j: int, hi: int, s_end: int) -> int:
    skip = -1  # (round 38, enbounds) the comma closing an apposition of a coordinated subject
    for k in range(j, hi):
        t = toks[k]
        if t.quoted and t.text != ",":
            continue
        if t.text == ";" and not (lex.lang == "de" and not t.quoted and any(
                # (round 27) a clause in the Konjunktiv I after the semicolon goes on with the report: "Der Sprecher
                # sagte, der Minister äußere sich woanders; er könne daher nichts sagen"
                x.text == x.low and not x.quoted and x.low in lex.konjunktiv_i for x in toks[k + 1 : min(hi, k + 4)])):
            return t.start
        if t.text == ":" and k > j and k + 1 < hi and toks[k + 1].quoted and not toks[k + 1].is_word:
            return t.start  # a quotation after a colon is its own quote: "…, alles schlechtzureden: „Ich habe …“"
        if lex.lang == "en" and k > j and t.low in lex.coordinators and t.text == t.low and _coordinated_cue(toks, lex, k + 1, hi):
            return toks[k - 1].end  # "said that the polls were wrong and insisted that …": a second cue
        if lex.lang == "en" and k > j and t.low in lex.coordinators and t.text == t.low and k + 2 < hi \
                and toks[k + 1].text in ("he", "she", "they") and not toks[k + 1].quoted and (
                    _coordinated_cue(toks, lex, k + 2, hi) or (
                        toks[k + 2].text in _EN_REFUSALS and k + 3 < hi and toks[k + 3].text == "to")):
            return toks[k - 1].end  # (round 38, enbounds) the writer's next clause with its own cue: "told AP that "…"
            # and he declined to speculate on the timing"
        if lex.lang == "en" and k > j and t.text in ("but", "and") and not t.quoted and _en_speaker_withholds(toks, k + 1, hi) \
                and (t.text == "but" or toks[k + 1].text in _EN_REFUSALS):
            return toks[k - 1].end  # (round 40, enadded) the speaker's second predicate without a subject: "said sales rose
            # but did not give figures", "confirmed the arrest but declined to give details", "but gave no details"
        if lex.lang == "de" and k > j and t.low == "und" and not t.quoted and k + 1 < hi and toks[k + 1].text == toks[k + 1].low \
                and toks[k + 1].low in lex.cue_verbs and k + 2 < hi and not toks[k + 2].quoted:
            # a second cue of the same subject: "…, nicht überstimmen zu wollen und versicherte seinerseits, …"
            return toks[k - 1].end
        if lex.lang == "en" and k > j and t.low in _EN_CONTRASTS and t.text == t.low and not t.quoted \
                and _en_contrast_report(toks, lex, k + 1, hi):
            return toks[k - 1].end  # (round 33) another source's report: "said it would stop terrorists but critics say …"
        if lex.lang == "de" and k > j + 1 and t.text in ("und", "aber", "doch") and not t.quoted and toks[k - 1].is_word \
                and _de_name_cue_clause(toks, lex, k + 1, hi):
            return toks[k - 1].end  # (round 47, coord) another speaker's report without a comma: "…, der Plan sei
            # gescheitert und Schmidt sagte, er sei solide"
        if lex.lang == "en" and k > j + 1 and t.text in ("and", "but") and not t.quoted and k + 2 < hi \
                and toks[k + 1].text == "that" and toks[k + 2].low in _EN_WRITER_PRESENT_COPULAS \
                and toks[k + 2].text == toks[k + 2].low and not toks[k + 1].quoted and not toks[k + 2].quoted \
                and not (k + 3 < hi and toks[k + 3].low in ("why", "because", "how")):
            # (the speaker's own reasoning runs on: "said the plant had closed and that is why hundreds left")
            return toks[k - 1].end  # (round 54, seedleft) the writer's own judgement on the report, "that" its subject:
            # 'She said Armenia is "open to all formats" and that is the right answer.' (ran on over it; not "and that
            # it was …", a second that-clause)
        if lex.lang == "en" and k > j + 1 and t.text == "and" and not t.quoted and _en_speaker_goes_on(toks, lex, j, k, hi):
            return toks[k - 1].end  # (round 51, enleft20) the speaker's own next act after "and": "told the jury that they
            # had returned a verdict and thanked them for their service" (ran on over "and thanked them")
        if lex.lang == "en" and k > j + 1 and t.text == "and" and not t.quoted and _en_and_other_report(toks, lex, k + 1, hi) \
                and not _en_name_pair_subject(toks, lex, j, k):
            return toks[k - 1].end  # (round 47, coord) another speaker's report after "and": "said the plan was flawed
            # and Jones said it was sound" (ran on over Jones's report)
        if lex.lang == "en" and k > j and _participle_cue(toks, lex, k, hi):
            return toks[k - 1].end  # "…against the idea saying, “…”" / "confirmed this saying it was …"
        if lex.lang == "en" and k > j and t.text in {"-", "–", "—"} and not t.quoted and k + 2 < hi \
                and toks[k + 1].low in ("a", "an") and toks[k + 1].text == toks[k + 1].low and any(
                    x.low in lex.content_nouns and x.text == x.low for x in toks[k + 2 : min(hi, k + 5)]):
            return t.start  # (round 35) the writer's comment after a dash: "…did not meet its obligations - an admission
            # that was not included in the statement"
        if lex.lang == "en" and k > j and t.text in {"-", "–", "—"} and not t.quoted and k + 2 < hi \
                and toks[k + 1].low == "with" and toks[k + 1].text == "with" and toks[k + 2].is_word \
                and not toks[k + 2].quoted and (toks[k + 2].low in lex.determiners or toks[k + 2].low in lex.quantifiers
                                                 or toks[k + 2].low in ("one", "some", "many", "most", "others")):
            return t.start  # (round 37, e6) the writer's absolute phrase after a dash: "dismissed claims that his support
            # had been lukewarm – with one saying …" (the content ran on to "– with one")
        if lex.lang == "de" and k > j and t.text in {",", "-", "–", "—"} and not t.quoted and k + 3 < hi \
                and de_share_clause(toks, lex, k + 1, hi) and _de_share_before(toks, j):
            return t.start  # (round 39, deshares2) another share's own clause: "64 Prozent meinen, … , 19 Prozent
            # trauen ihr den Sprung zu", "… – lediglich 11 Prozent befürchten eine Verschlechterung"
        if t.text != "," or k == skip:
            continue
        if lex.lang == "en" and not t.quoted and k > j and k + 1 < hi and toks[k + 1].quoted:
            return t.start  # "…that they are not affiliated, “we see ourselves as …”": the quotation is its own quote
        n = k + 1
        while n < hi and not toks[n].is_word:
            n += 1
        if n >= hi:
            break
        w = toks[n]
        if t.quoted and w.quoted and n == k + 1:
            continue  # a comma inside a quotation: 'would be a "very dangerous, life-threatening storm"'
        subj_words = sum(1 for x in toks[j:k] if x.is_word) if lex.lang == "en" and w.low in ("which", "who", "whose") else 0
        if lex.lang == "en" and w.low in ("which", "who", "whose") and (subj_words <= 4 or (
                # (round 35) a subject with its prepositional phrase: "the conditions in the hostel, which is run by …,
                # did not meet …" (the content ended at "hostel"); only an auxiliary after the relative clause
                subj_words <= 14 and toks[j].low in lex.determiners and all(x.is_word and not x.quoted for x in toks[j:k])
                and any(x.low in lex.prepositions and x.text == x.low for x in toks[j + 1 : k])
                # (round 38, enbounds) longer ones without a verb: "the meeting between PTI leaders and Speaker of the
                # National Assembly Ayaz Sadiq, which was misreported …, was simply a condolence visit"
                and (subj_words <= 7 or not any(x.text == x.low and (x.low in lex.auxiliaries or x.low in lex.cue_verbs
                                                                     or x.low.endswith("ed")) for x in toks[j:k])))):
            # a relative clause on the subject of the reported clause: "the bill, which passed …, would"
            close = next((x for x in range(n + 1, hi) if toks[x].text == "," and not toks[x].quoted), None)
            if close is not None and close + 1 < hi and toks[close + 1].is_word and not toks[close + 1].is_cap \
                    and toks[close + 1].low not in lex.clause_breakers and (
                        subj_words <= 4 or (toks[close + 1].low in lex.auxiliaries and toks[close + 1].text == toks[close + 1].low)):
                return clause_end(toks, lex, close + 1, hi, s_end)
        if lex.lang == "en" and w.low in ("a", "an") and w.text == w.low and (any(
                x.low in lex.content_nouns and x.text == x.low for x in toks[n + 1 : min(hi, n + 4)])
                or _en_commented_by_others(toks, lex, n, hi)):
            # the writer's comment on the report: "…, an assertion that has been widely debunked", "…, a move
            # that voting rights groups warn could amount to intimidation"
            return t.start
        if lex.lang == "en" and k - j <= 3 and all(x.is_cap and x.is_word and not x.quoted for x in toks[j:k]) \
                and w.text == w.low and (close := en_verb_after_parenthesis(toks, lex, k, hi, 12)) is not None \
                and not any(x.low in lex.auxiliaries or x.low in lex.cue_verbs or x.quoted for x in toks[n:close]):
            # (round 22) a name, a parenthesis, then its verb: "said Cochran, as a top member of the committee, secured …"
            continue
        if lex.lang == "en" and 1 <= k - j <= 5 and (close := _en_apposition_and(toks, lex, j, k, n, hi)) is not None:
            skip = close  # (round 38, enbounds) "said that Finance Minister Yoshihiko Noda, a fiscal hawk, and Foreign
            continue  # Minister Seiji Maehara were possible candidates": the subject goes on after its apposition
        listed = lex.lang == "en" and _en_listed_ing(toks, n, hi)
        if lex.lang == "en" and w.low == "and" and k - j <= 3 and _en_subject_parenthesis(toks, lex, n, hi):
            continue  # "the conflict, and its root cause, remain with him": the subject goes on
        if lex.lang == "en" and w.low in ("and", "or") and w.text == w.low and _en_list_end(toks, lex, j, k, n + 1, hi):
            continue  # the last item of a list: "items including pork, wine, fruit, and steel"
        if lex.lang == "en" and w.low in ("and", "but") and w.text == w.low and n + 2 < hi and toks[n + 1].low == "that" \
                and toks[n + 1].text == "that" and not toks[n + 2].quoted and toks[n + 2].is_word \
                and toks[n + 2].low not in lex.auxiliaries and not toks[n + 2].low.endswith(("'s", "’s")) \
                and (toks[n + 2].low in lex.pronouns or toks[n + 2].low in lex.determiners or toks[n + 2].is_cap or any(
                    # a bare subject, then its auxiliary: "…, and that federal courts should be allowed to …"
                    x.low in lex.auxiliaries and x.text == x.low and not x.quoted for x in toks[n + 3 : min(hi, n + 6)])
                     or _en_plural_subject_past(toks, n + 2, hi)):
            continue  # a second that-clause of the same report: "said the UAW would not back down, and that it will …"
        if lex.lang == "en" and w.low == "but" and w.text == "but" and any(
                x.low in ("not", "n't", "never") and not x.quoted for x in toks[j:k]) and _en_but_phrase(toks, lex, n + 1, hi):
            continue  # "not …, but …" without a clause of its own: "the proposal is not for an end to the war, but an extended ceasefire"
        if lex.lang == "en" and w.low == "but" and w.text == "but" and _en_but_goes_on(toks, lex, j, n + 1, hi):
            continue  # (round 38, enbounds) a backshifted "but"-clause is more of the report: "said talks had been
            # difficult, but it was a necessary process" (not "…, but shares fell", "…, but he did not elaborate")
        if lex.lang == "en" and w.low == "and" and w.text == "and" and _en_backshifted(toks, lex, j, k) \
                and _en_but_goes_on(toks, lex, j, n + 1, hi, coordinated=True):
            continue  # (round 39, enand) a backshifted "and"-clause with a past modal is more of the report: "said
            # the plan was sound, and the cabinet would vote on it next week" (not "…, and he would later die")
        if lex.lang == "en" and w.low in ("and", "or") and w.text == w.low and n + 2 < hi and j > 0 \
                and toks[j - 1].low in ("whether", "if") and not toks[j - 1].quoted \
                and toks[n + 1].text in ("whether", "if") and not toks[n + 1].quoted and toks[n + 2].is_word:
            continue  # (round 47, coord) a second question of the same report: "asked whether the council had
            # considered the cost, and whether residents had been consulted" (ended at "cost")
        if lex.lang == "en" and (close := _en_parenthesis_before_that(toks, lex, k, n, hi)) is not None:
            skip = close  # (round 54, seedleft) an inserted clause between a verb and its that-clause: "said the State
            continue  # Department had failed to certify, as required under Section 907, that Baku was taking …" (ended at
            # "certify")
        if lex.lang == "en" and w.text == "while" and _en_while_goes_on(toks, lex, j, n + 1, hi):
            continue  # (round 54, enleft) a contrast inside the report: "said net sales rose 6%, while organic volume
            # grew 2%" (ended at "billion")
        if lex.lang == "en" and en_clause_breaker(toks, lex, n, hi):
            return t.start
        if lex.lang == "en" and w.low in lex.cue_verbs and w.low in lex.term_markers and w.text == w.low and k - j <= 8 \
                and ((close := en_verb_after_parenthesis(toks, lex, k, hi, 7)) is not None
                     or (close := _en_aux_after_parenthesis(toks, lex, k, hi, 7)) is not None) and close > n + 1 \
                and not any(x.low in lex.auxiliaries or x.low in lex.pronouns or x.low in lex.cue_verbs
                            for x in toks[n + 1 : close]):
            skip = close  # (round 45, enhealth) a naming participle on the subject, then its verb: "said its experimental
            continue  # pill, called orforglipron, helped patients lose 12%" (the content ended at "pill"; with "the drug,
            # dubbed CagriSema, …" the report was lost)
        if lex.lang == "de" and w.low in lex.cue_verbs and w.text == w.low and not w.quoted \
                and n + 1 < hi and toks[n + 1].low in _DE_FINITE_AUX and toks[n + 1].text == toks[n + 1].low \
                and not toks[n + 1].quoted and (n + 2 >= hi or not toks[n + 2].is_word):
            continue  # (round 46, deleft) a participle and its finite auxiliary closing the clause after an apposition
            # are the clause's own verb: "…, dass die Bundesregierung den Bundesrat, die Länderkammer, ausgeschlossen hat."
        if (w.low in lex.cue_verbs and not listed) or w.low in lex.so_cues:
            return t.start
        if w.low in lex.pronouns and n + 1 < hi and (toks[n + 1].low in lex.cue_verbs or (
                toks[n + 1].low in lex.skippable and n + 2 < hi and toks[n + 2].low in lex.cue_verbs)):
            return t.start  # "…, I believe", "…, I also believe"
        if lex.lang == "en" and w.text == w.low and w.low in _EN_TURN_ADVERBS and _en_turn_then_report(toks, lex, n + 1, hi):
            return t.start  # (round 53, auditseed) a later report of the speaker's after an adverbial: "Pashinyan says no
            # state can dictate our constitution, then in the next sentence he says we need a new one" (ran on over it)
        if lex.lang == "en" and w.text == w.low and w.low in _EN_OTHER_GROUPS and not w.quoted and (
                x := n + 1 + (n + 1 < hi and toks[n + 1].low in _EN_OTHER_GROUPS and toks[n + 1].text == toks[n + 1].low)) < hi \
                and toks[x].text == toks[x].low and toks[x].low in lex.cue_verbs and not toks[x].quoted:
            return t.start  # (round 48, auditcomments4) another group's report: "Some say the plan will work, most others
            # agree it will fail", "…, others say it will fail" (the first content ran on over the second)

        if lex.lang == "de" and w.low in lex.coordinators and n + 1 < hi and toks[n + 1].low in lex.cue_verbs:
            return t.start  # a second cue of the same subject: "…, dass …, und fügte hinzu, man sei …"
        if lex.lang == "de" and w.low in ("und", "aber", "doch", "sondern") and w.text == w.low and n + 2 < hi \
                and (v := de_main_clause_verb(toks, lex, n + 1, hi)) is not None and toks[v].low in lex.cue_verbs:
            return t.start  # a second attribution: "…, die Lage sei stabil, doch die Opposition warf ihm … vor"
        if lex.lang == "de" and w.low in ("und", "aber", "doch", "sondern") and w.text == w.low and n + 2 < hi \
                and _de_name_cue_clause(toks, lex, n + 1, hi):
            return t.start  # (round 47, coord) the same with a name as subject: "Müller sagte, der Plan sei gescheitert,
            # aber Schmidt betonte, er sei solide" (ran on over Schmidt's report)
        if lex.lang == "de" and w.low in ("aber", "doch", "denn") and w.text == w.low and n + 2 < hi \
                and _de_indicative_main_clause(toks, lex, n + 1, hi) \
                and not any(x.text == x.low and not x.quoted and (x.low in lex.konjunktiv or x.low in lex.konjunktiv_i
                                                                  or x.low in lex.konjunktiv_ii or x.low in lex.reportative)
                            for x in toks[n + 1 : hi]):
            return t.start  # (round 28) the writer's main clause in the indicative: "Favre sagt, dass der Spanier wieder
            # im Training ist, aber der Coach ist sich noch unsicher"
        if lex.lang == "de" and w.low == "und" and w.text == w.low and _past_predicate(toks, lex, n + 1, hi):
            return t.start  # a second predicate of the reporting subject: "…, dass …, und verließ den Saal"
        digits = k > j and toks[k - 1].end == t.start and t.end == toks[n].start and toks[k - 1].text[-1:].isdigit()
        if lex.lang == "en" and not digits and _trailing_attribution(toks, lex, n, hi):
            return t.start  # "…, two people familiar with the investigation said." (not "3,000 new …")
        if any(tuple(x.low for x in toks[n : n + len(p)]) == p for p in lex.source_before):
            return t.start
        if lex.lang == "de" and w.text == "was" and _de_clause_closes_with_cue(toks, lex, n + 1, hi) and not (
                # (round 44, dewahl) the object of a question verb before the comma: "die Grünen müssten sich fragen,
                # was sie falsch gemacht hätten" (the content ended at "fragen")
                n - 2 >= j and toks[n - 2].low in lex.question_infinitives and toks[n - 2].text == toks[n - 2].low) \
                and not _de_was_antecedent(toks, n - 2, j):
            return t.start  # a comment with its own cue: "…, er habe nichts gewusst, was die Opposition bezweifelt"
        if lex.lang == "de" and de_main_clause_verb(toks, lex, n, hi) is not None:
            return t.start  # "… eine Stärke von 6,6, die US-Behörde gab die Stärke mit 7 an": another report
        if lex.lang == "de" and w.low in _DE_CONTRAST_SUBORDINATORS and w.text == w.low \
                and _de_clause_closes_with_cue(toks, lex, n + 1, hi):  # (a cue after at least one word: n + 2 < hi)
            return t.start  # (round 46, deforms) the writer's contrast with another source's report: "Die Opposition
            # kritisierte, dass die Reform zu teuer sei, während Müller betonte, sie komme." (the content ran on over it)
    return s_end


#: (round 54, seedleft) present copulas after a demonstrative "that" opening the writer's clause ("and that is …")
_EN_WRITER_PRESENT_COPULAS = frozenset({"is", "'s", "’s"})


def _en_parenthesis_before_that(toks: list[Token], lex: Lexicon, k: int, n: int, hi: int) -> int | None:
    """English (round 54, seedleft): the comma at k follows a lower-case verb form and opens an inserted clause of two to
    twelve words (from token n, no quotation, "that", pronoun, cue verb or other comma inside) whose closing comma is
    followed by a lower-case "that" and a clause's subject ("failed to certify, as required under Section 907, that Baku was …",
    "promised, as part of the deal, that no jobs …"): the index of the closing comma, else None."""
    v = toks[k - 1]
    if not v.is_word or v.quoted or v.text != v.low or v.low in lex.determiners or v.low in lex.prepositions:
        return None
    close = None
    for x in range(n, min(hi, n + 13)):
        t = toks[x]
        if t.quoted or t.low == "that" or t.text in (";", ":", "(", ")") or t.low in lex.pronouns \
                or (t.text == t.low and t.low in lex.cue_verbs):
            return None  # (no parenthesis with a cue or a person of its own: "…, I believe in other words, that …")
        if t.text == ",":
            close = x
            break
    if close is None or close - n < 2 or close + 2 >= hi:
        return None
    that, subj = toks[close + 1], toks[close + 2]
    if that.text != "that" or that.quoted or not subj.is_word or subj.quoted or subj.low in lex.auxiliaries:
        return None
    return close


#: (round 53, auditde2) German pronouns a relative "was" refers to ("alles, was sie gemacht habe", "nichts, was …")
_DE_WAS_PRONOUNS = frozenset({"alles", "nichts", "etwas", "vieles", "manches", "einiges", "weniges", "allem", "dasjenige"})


def _de_was_antecedent(toks: list[Token], k: int, j: int) -> bool:
    """German (round 53, auditde2): token k, right before the comma of ", was", is the antecedent of a relative "was":
    a pronoun ("alles", "nichts") or a nominalised adjective after "das" ("das Beste", "das Einzige"), so the was-clause
    belongs to the reported clause: "…, dass es persönlicher werde als alles, was sie bisher gemacht habe" (the content
    ended at "alles", "gemacht" read as a comment's cue), not "…, er habe nichts gewusst, was die Opposition bezweifelt"."""
    if k < j or toks[k].quoted or not toks[k].is_word:
        return False
    if toks[k].low in _DE_WAS_PRONOUNS and toks[k].text == toks[k].low:
        return True
    return k - 1 >= j and toks[k - 1].low == "das" and toks[k].text[:1].isupper() \
        and toks[k].low.endswith(("ste", "ige", "erste", "letzte", "wichtigste"))


#: (round 46, deforms) German subordinators of a contrast that the writer draws between two reports ("…, während X
#: betonte, …")
_DE_CONTRAST_SUBORDINATORS = frozenset({"während", "wohingegen", "wogegen"})


#: (round 39, deshares2) German nouns of a share of those asked ("Mehr als ein Drittel der Befragten gab an")
_DE_SHARE_NOUNS = frozenset({"drittel", "viertel", "fünftel", "hälfte", "mehrheit", "minderheit", "befragten", "befragte"})


def _de_share_before(toks: list[Token], j: int) -> bool:
    """German (round 39, deshares2): the sentence before token j (at most 40 tokens back) names a share of those asked:
    a number with "Prozent" or "%", or a noun of `_DE_SHARE_NOUNS`."""
    x = j - 1
    while x >= 0 and j - x <= 40 and not (toks[x].text in {".", "!", "?"} and not toks[x].quoted):
        t = toks[x]
        if not t.quoted and (t.low in _DE_SHARE_NOUNS or (t.low in DE_SHARE_UNITS and x > 0 and de_share_number(toks[x - 1]))):
            return True
        x -= 1
    return False


def de_names_share(toks: list[Token], a: int, b: int) -> bool:
    """German (round 39, deshares2): tokens[a:b] name a share of those asked ("64 Prozent", "Eine Mehrheit der
    Befragten (64 %)")."""
    return any(not t.quoted and (t.low in _DE_SHARE_NOUNS or (t.low in DE_SHARE_UNITS and x > a and de_share_number(toks[x - 1])))
               for x, t in enumerate(toks[a:b], a))


def de_share_clause(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """German (round 39, deshares2): a main clause of the writer's opens at token n with a share and its finite verb in
    the indicative ("17 Prozent stehen dieser Idee ablehnend gegenüber", "lediglich 11 Prozent befürchten …", "45
    Prozent misstrauen dem Parlament"); not a Konjunktiv that goes on reporting ("40 Prozent seien dagegen") and not a
    gapped conjunct without a verb ("44 Prozent optimistisch")."""
    if toks[n].is_cap and toks[n].low not in DE_SHARE_QUALIFIERS:
        return False
    num = de_share_at(toks, n, hi)
    if num is None:
        return False
    v = de_share_mention(toks, num, hi, lex).end + 1
    if v < hi and toks[v].text == "(" and not toks[v].quoted:
        close = next((x for x in range(v + 1, min(hi, v + 8)) if toks[x].text == ")"), None)
        v = close + 1 if close is not None else v  # "Nur noch 29 Prozent (Vorjahr: 37 Prozent) machen sich Sorgen"
    if v + 1 >= hi:
        return False
    w = toks[v]
    if not w.is_word or w.quoted or w.text != w.low or w.low in lex.konjunktiv or w.low in lex.konjunktiv_i \
            or w.low in lex.konjunktiv_ii or w.low in lex.reportative or w.low in lex.prepositions \
            or w.low in lex.determiners or w.low in lex.coordinators or w.low in lex.stopwords and w.low not in lex.auxiliaries:
        return False
    return w.low in lex.auxiliaries or w.low in lex.cue_verbs or w.low in lex.past_verbs or w.low.endswith(("en", "ten"))


#: (round 38, enbounds) past modals of a backshifted report ("…, but it would take time")
_EN_PAST_MODALS = frozenset({"would", "could", "might", "should", "wouldn't", "couldn't", "wouldn’t", "couldn’t"})
#: past "be"/"have" after an "it" subject that continue a report ("…, but it was a necessary process")
_EN_IT_PAST = frozenset({"was", "had", "wasn't", "wasn’t"})
#: words of the writer's own remark after "but" ("…, but it was unclear whether …", "…, but it was not immediately known")
_EN_WRITER_REMARK = frozenset({"clear", "unclear", "known", "unknown", "immediately", "uncertain", "confirmed",
                               "independently", "verify", "verified", "comment", "details", "elaborate", "discuss",
                               "disclose", "reveal", "specify", "identify", "name"})


#: (round 39, enand) words after a past modal that make it the writer's narrative future-in-past ("…, and he would
#: later die of his injuries") or a counterfactual ("…, and we could have done more")
_EN_NARRATIVE_AFTER_MODAL = frozenset({"later", "eventually", "soon", "go", "have", "then", "never", "ultimately"})


def _en_backshifted(toks: list[Token], lex: Lexicon, j: int, k: int) -> bool:
    """English (round 39, enand): the reported clause from j to the comma at k is backshifted: it has a past "be",
    "have" or modal of its own, after a subject ("the plan was sound", "it had no plans to close the plant"), and no
    comma before the one at k (", and" after a list is ambiguous: "would hit pork, wine, and the move would …")."""
    return k - j >= 3 and any(x.text in _EN_BACKSHIFT and not x.quoted for x in toks[j + 1 : k]) \
        and not any(x.text == "," for x in toks[j:k])  # not a list: "would hit pork, wine, and the move would …"


#: past finite forms of a backshifted report (`_en_backshifted`)
_EN_BACKSHIFT = frozenset({"was", "were", "had", "would", "could", "wasn't", "weren't", "hadn't", "wouldn't",
                           "couldn't", "wasn’t", "weren’t", "hadn’t", "wouldn’t", "couldn’t"})


def _en_but_goes_on(toks: list[Token], lex: Lexicon, j: int, m: int, hi: int, coordinated: bool = False) -> bool:
    """English (round 38, enbounds): the clause from m (after ", but") goes on with a report whose content starts at j
    after a past cue ("said", "told reporters that"): its subject is "it"/"there" or a pronoun or a short noun phrase,
    then a past modal ("it would take time", "a deal could still be reached", "they would keep talking"), or "it
    was/had" ("it was a necessary process"); no cue of its own ("but he would not elaborate") and no writer's remark
    ("but it was not immediately clear"), no quotation, no colon or dash to the sentence end."""
    c = j - 1
    while c >= max(0, j - 5) and toks[c].is_word and not toks[c].quoted and not (
            toks[c].low in lex.cue_verbs and toks[c].text == toks[c].low):
        c -= 1
    if c < max(0, j - 5) or not toks[c].is_word or toks[c].quoted or not (
            toks[c].low.endswith("ed") or toks[c].low in ("said", "told", "wrote", "thought", "felt")):
        return False
    if m + 2 >= hi:
        return False
    f = toks[m]
    if f.quoted or not f.is_word:
        return False
    v = m + 1
    if f.low in ("it", "there", "they", "he", "she", "we") and f.text == f.low:
        pass
    elif coordinated and f.text in ("the", "its", "his", "her", "their") and toks[v].is_word and not toks[v].quoted \
            and toks[v].text == toks[v].low and toks[v].low not in lex.auxiliaries:
        v += 1  # (round 39, enand) "…, and the cabinet would vote on it"
        while v < hi and v < m + 5 and toks[v].is_word and not toks[v].quoted and toks[v].text == toks[v].low \
                and toks[v].low not in lex.auxiliaries and toks[v].low not in lex.prepositions \
                and toks[v].low not in lex.cue_verbs and toks[v].low not in lex.stopwords:
            v += 1
    elif f.text == f.low and f.low not in lex.auxiliaries and f.low not in lex.prepositions and f.low not in lex.stopwords \
            and f.low not in lex.cue_verbs and not f.low.endswith("ly") and f.low not in lex.skippable:
        while v < hi and v < m + 5 and toks[v].is_word and not toks[v].quoted and toks[v].text == toks[v].low \
                and toks[v].low not in lex.auxiliaries and toks[v].low not in lex.prepositions \
                and toks[v].low not in lex.cue_verbs and toks[v].low not in lex.stopwords:
            v += 1
    else:
        return False
    while v < hi and toks[v].text == toks[v].low and toks[v].is_word and toks[v].low in lex.skippable \
            and toks[v].low not in lex.auxiliaries:
        v += 1  # "it also would", "they still could"
    if v >= hi or toks[v].quoted or toks[v].text != toks[v].low or not (
            toks[v].low in _EN_PAST_MODALS or (f.low == "it" and v == m + 1 and toks[v].low in _EN_IT_PAST)):
        return False
    if coordinated and (toks[v].low not in _EN_PAST_MODALS or (v + 1 < hi and toks[v + 1].low in _EN_NARRATIVE_AFTER_MODAL)
                        or f.low in ("we", "there") or (v + 1 < hi and not toks[v + 1].is_word)):
        return False  # "and": a past modal only, not "and he would later die", "and we could have", "and it would."
    for x in toks[v + 1 : hi]:
        if x.quoted or x.text in {":", ";", "-", "–", "—", "("} or x.low in _EN_WRITER_REMARK \
                or (x.text == x.low and (x.low in lex.cue_verbs or x.low in lex.speech_act_verbs)):
            return False
    return True


#: (round 54, enleft) subjects of a ", while" clause that are the writer's market or rival note, not more of the report
#: ("…, while its shares fell 3% in early trading", "…, while analysts had expected …", "…, while rivals reported …")
_EN_WHILE_OTHER_SUBJECTS = frozenset({"share", "shares", "stock", "stocks", "investors", "analysts", "economists",
                                      "index", "markets", "market", "critics", "rivals", "competitors", "opponents",
                                      "others", "traders", "peers", "experts", "officials", "residents"})
#: (round 54, enleft) past verbs that end such a clause as a narrative event, not a reported figure
_EN_WHILE_PAST_BE = frozenset({"was", "were", "had", "remained", "stayed"})


def _en_while_goes_on(toks: list[Token], lex: Lexicon, j: int, m: int, hi: int) -> bool:
    """English (round 54, enleft): the clause from m (after ", while") is a contrast inside a report whose content
    starts at j after a past cue: a lower-case subject (an article or possessive and up to three words, or one to
    three bare words, or "it") and its own past verb ("said net sales rose 6%, while organic volume grew 2%", "said
    sales accounted for less than 5%, while its other products remained on shelves", "said it had stopped
    production, while it investigates the cause"); not a market or rival note ("…, while its shares fell 3%"), no
    name, no cue, no quotation, no colon or dash to the sentence end."""
    c = j - 1
    while c >= max(0, j - 6) and toks[c].is_word and not toks[c].quoted and not (
            toks[c].low in lex.cue_verbs and toks[c].text == toks[c].low):
        c -= 1
    if c < max(0, j - 6) or not toks[c].is_word or toks[c].quoted or toks[c].text != toks[c].low or not (
            toks[c].low.endswith("ed") or toks[c].low in ("said", "told", "wrote")):
        return False
    if m + 2 >= hi:
        return False
    f = toks[m]
    if f.quoted or not f.is_word or f.text != f.low:
        return False
    v = m
    if f.low == "it":
        v = m + 1
    else:
        if f.low in lex.determiners or f.low in lex.possessives:
            v += 1
        start = v
        while v < hi and v < start + 3 and toks[v].is_word and not toks[v].quoted and toks[v].text == toks[v].low \
                and toks[v].low.isalpha() and toks[v].low not in lex.auxiliaries and toks[v].low not in lex.prepositions \
                and toks[v].low not in lex.cue_verbs and toks[v].low not in lex.stopwords \
                and toks[v].low not in lex.pronouns and not (v > start and (
                    toks[v].low in lex.past_verbs or toks[v].low.endswith("ed"))):
            v += 1
        if v == start or toks[v - 1].low in _EN_WHILE_OTHER_SUBJECTS or any(
                x.low in _EN_WHILE_OTHER_SUBJECTS for x in toks[start:v]):
            return False
    if v + 1 >= hi:
        return False
    verb = toks[v]
    if verb.quoted or not verb.is_word or verb.text != verb.low or verb.low in lex.cue_verbs \
            or verb.low in lex.speech_act_verbs or not (
                verb.low in _EN_WHILE_PAST_BE or verb.low in lex.past_verbs
                or (verb.low.endswith("ed") and len(verb.low) > 4)
                or (f.low == "it" and verb.low.endswith("s") and len(verb.low) > 4)):
        return False
    if not toks[v + 1].is_word or toks[v + 1].low == "by" and not (v + 2 < hi and toks[v + 2].text[:1].isdigit()):
        return False  # a passive's agent ("…, while it was run by …") is no figure of the report
    for x in toks[v + 1 : hi]:
        if x.quoted or x.text in {":", ";", "-", "–", "—", "("} or x.low in _EN_WRITER_REMARK or x.low == "trading" \
                or (x.text == x.low and (x.low in lex.cue_verbs or x.low in lex.speech_act_verbs)):
            return False
        if x.text in {".", "!", "?"}:
            break
    return True


def _en_apposition_and(toks: list[Token], lex: Lexicon, j: int, k: int, n: int, hi: int) -> int | None:
    """English (round 38, enbounds): the clause from j opens with a name (capitalised words to the comma at k), an
    apposition from n (an article or a number, no verb, up to ten words) closes with a comma, and "and"/"or" adds a
    second subject (a capitalised word or an article): the closing comma's index, else None."""
    w = toks[n]
    if w.quoted or not (w.text in ("a", "an", "the") or w.text[:1].isdigit()):
        return None
    if not all(x.is_word and x.is_cap and not x.quoted for x in toks[j:k]):
        return None
    close = next((x for x in range(n + 1, min(hi, n + 11)) if toks[x].text in {",", ";", ":", "(", ")", "-", "–", "—"}
                  or toks[x].quoted), None)
    if close is None or toks[close].text != "," or toks[close].quoted or close + 2 >= hi:
        return None
    a, b = toks[close + 1], toks[close + 2]
    if a.text not in ("and", "or") or b.quoted or not b.is_word or not (b.is_cap or b.low in lex.determiners):
        return None
    if any(x.text == x.low and (x.low in lex.auxiliaries or x.low in lex.cue_verbs or x.low in lex.pronouns
                                or x.low in lex.complementizers or x.low in ("who", "which"))
           for x in toks[n:close]):
        return None
    return close


def _en_but_phrase(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English: tokens from n to the sentence end are a short noun or prepositional phrase (the second
    half of "not X, but Y": "an extended ceasefire"), no clause ("the jury disagreed")."""
    words = [x for x in toks[n:hi] if x.text not in {".", "!", "?"}]
    if not 1 <= len(words) <= 6 or not (words[0].low in lex.determiners or words[0].low in lex.prepositions):
        return False
    return not any(not x.is_word or x.quoted or x.low in lex.auxiliaries or x.low in lex.pronouns or x.low in lex.cue_verbs
                   or (x.low.endswith(("ed", "s")) and i > 0 and words[i - 1].low not in lex.determiners
                       and not (x.low.endswith("s") and i == len(words) - 1))
                   for i, x in enumerate(words))


def _en_list_end(toks: list[Token], lex: Lexicon, j: int, k: int, n: int, hi: int) -> bool:
    """English: the comma at k and the "and"/"or" before n close a list ("pork, wine, fruit, and steel"): the
    item before the comma is at most three words after another comma, and the item from n is at most three
    words, no verb among them, up to the sentence end."""
    p = next((x for x in range(k - 1, j - 1, -1) if toks[x].text in {",", ";", ":"} or toks[x].quoted), None)
    if p is None or toks[p].text != "," or toks[p].quoted or not 1 <= k - p - 1 <= 3:
        return False
    e = next((x for x in range(n, hi) if not toks[x].is_word or toks[x].quoted), hi)
    if e < hi and (toks[e].quoted or toks[e].text not in {".", "!", "?", ";", ")"}) or not 1 <= e - n <= 3:
        return False
    return not any(x.low in lex.auxiliaries or x.low in lex.cue_verbs or x.low in lex.pronouns or x.low.endswith("ed")
                   for x in toks[p + 1 : e] if x.is_word)


def _en_commented_by_others(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English: tokens from n are "a/an <noun> that/which" and, within six words, a cue of another source
    ("a move that voting rights groups warn could …"): an appositive comment, not the reported clause."""
    rel = next((x for x in range(n + 1, min(hi, n + 4)) if toks[x].low in ("that", "which") and not toks[x].quoted), None)
    return rel is not None and any(x.low in lex.cue_verbs and x.text == x.low and not x.quoted
                                   for x in toks[rel + 2 : min(hi, rel + 7)])


def _de_clause_closes_with_cue(toks: list[Token], lex: Lexicon, j: int, hi: int) -> bool:
    """German: the clause from token j ends (at a comma or the sentence end) with a reporting verb,
    maybe followed by auxiliaries ("die Opposition bezweifelt", "der Sprecher bestritten hat")."""
    e = next((k for k in range(j, hi) if toks[k].text in {",", ";", ":"} and not toks[k].quoted), hi)
    k = e - 1
    while k > j and not toks[k].is_word:
        k -= 1
    while k > j and toks[k].is_word and toks[k].low in lex.auxiliaries:
        k -= 1
    return k > j and (toks[k].low in lex.cue_verbs or toks[k].low in lex.speech_act_verbs) \
        and toks[k].text == toks[k].low and not toks[k].quoted


#: German adverbs that open the writer's main clause after a report, contrasting with it ("…, stattdessen wurde …")
_DE_CONTRASTIVE_ADVERBS = frozenset({"stattdessen", "dennoch", "trotzdem", "tatsächlich", "allerdings", "inzwischen"})


def _de_after_noun_phrase(toks: list[Token], lex: Lexicon, n: int, hi: int) -> int | None:
    """German: the token after the noun phrase that the article at n opens (inflected adjectives, then capitalised
    words), or None when no capitalised word follows the adjectives."""
    v = n + 1
    while v < hi and toks[v].is_word and not toks[v].quoted and toks[v].text == toks[v].low \
            and toks[v].low.endswith(DE_ADJECTIVE_ENDINGS) and toks[v].low not in lex.determiners:
        v += 1  # adjectives
    if v >= hi or not (toks[v].is_word and toks[v].is_cap) or toks[v].quoted:
        return None
    while v + 1 < hi and toks[v + 1].is_word and toks[v + 1].is_cap and not toks[v + 1].quoted:
        v += 1
    return v + 1


def _de_indicative_main_clause(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """German (round 28): tokens from n open a main clause with a noun phrase (an article, adjectives, capitalised
    words) and then a finite verb in the indicative ("der Coach ist sich noch unsicher", "die Polizei nahm ihn fest")."""
    if n >= hi or toks[n].text not in ("der", "die", "das", "ein", "eine"):
        return False
    v = _de_after_noun_phrase(toks, lex, n, hi)
    if v is None or v >= hi or not toks[v].is_word or toks[v].quoted or toks[v].text != toks[v].low:
        return False
    w = toks[v].low
    if w in lex.konjunktiv or w in lex.konjunktiv_i or w in lex.konjunktiv_ii or w in lex.reportative:
        return False
    return w in lex.auxiliaries or w in lex.past_verbs or w in lex.cue_verbs or (len(w) > 4 and w.endswith(("te", "ten")))


def de_main_clause_verb(toks: list[Token], lex: Lexicon, n: int, hi: int) -> int | None:
    """German: tokens from n (after a comma) open a main clause: an article, a noun phrase, then a
    finite verb in second place with an object after it ("die US-Behörde gab die Stärke mit 7 an"),
    not a relative clause with its verb at the end ("die die Behörde später korrigierte"). The
    verb's index, else None. Also an adverb, then an indicative auxiliary and its subject ("…, stattdessen wurde
    das Training aber auf 13 Uhr verlegt")."""
    if n + 2 < hi and toks[n].text == toks[n].low and toks[n].low in _DE_CONTRASTIVE_ADVERBS and not toks[n].quoted \
            and toks[n + 1].text == toks[n + 1].low and toks[n + 1].low in lex.auxiliaries \
            and toks[n + 1].low not in lex.konjunktiv and toks[n + 1].low not in lex.konjunktiv_i \
            and toks[n + 1].low not in lex.konjunktiv_ii and (toks[n + 2].low in lex.determiners or toks[n + 2].is_cap):
        return n + 1
    if toks[n].text not in ("der", "die", "das"):
        return None
    v = _de_after_noun_phrase(toks, lex, n, hi)
    if v is None or v + 2 >= hi:
        return None
    verb, nxt = toks[v], toks[v + 1]
    if not verb.is_word or verb.quoted or verb.text != verb.low or verb.low in lex.determiners \
            or verb.low in lex.prepositions or verb.low in lex.stopwords or verb.low in lex.skippable \
            or verb.low in lex.konjunktiv or verb.low in lex.konjunktiv_i or verb.low in lex.reportative:
        return None  # (a Konjunktiv goes on reporting: "…, die Verhandlungen seien blockiert worden")
    if verb.low in lex.auxiliaries or verb.low in lex.cue_verbs or verb.low in lex.past_verbs or (
            nxt.low in lex.determiners and nxt.text == nxt.low):
        return v
    return None


def en_verb_after_parenthesis(toks: list[Token], lex: Lexicon, k: int, hi: int, reach: int = 8) -> int | None:
    """English: after the comma at token k a parenthesis closes with a comma (within the next six
    tokens) and a plain lower-case verb with more words follows it ("the conflict, and its root
    cause, remain with him"): the index of the closing comma, else None."""
    close = next((x for x in range(k + 1, min(hi, k + reach)) if toks[x].text == "," and not toks[x].quoted), None)
    if close is None or close + 2 >= hi:
        return None
    v = toks[close + 1]
    verb = v.is_word and not v.quoted and v.text == v.low and v.low not in lex.stopwords and v.low not in lex.prepositions \
        and v.low not in lex.determiners and v.low not in lex.pronouns and v.low not in lex.cue_verbs \
        and not v.low.endswith(("ly", "ing")) and toks[close + 2].is_word
    return close if verb else None


def _en_aux_after_parenthesis(toks: list[Token], lex: Lexicon, k: int, hi: int, reach: int) -> int | None:
    """(round 50, enleft17) English: as `en_verb_after_parenthesis`, with a lower-case auxiliary or modal and a word after
    the closing comma ("the glasses, called Lumen Vista, would let users …" reported nothing): the closing comma."""
    close = next((x for x in range(k + 1, min(hi, k + reach)) if toks[x].text == "," and not toks[x].quoted), None)
    if close is None or close + 2 >= hi:
        return None
    v = toks[close + 1]
    ok = v.is_word and not v.quoted and v.text == v.low and v.low in lex.auxiliaries and toks[close + 2].is_word
    return close if ok else None


def _en_subject_parenthesis(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English: ", and …," from token n ("and") is a short noun phrase added to a subject, closed by a
    comma and followed by the subject's verb ("the conflict, and its root cause, remain …")."""
    close = en_verb_after_parenthesis(toks, lex, n - 1, hi)
    return close is not None and not any(
        not t.is_word or t.low in lex.auxiliaries or t.low in lex.cue_verbs or t.low in lex.pronouns
        for t in toks[n + 1 : close])


def _en_listed_ing(toks: list[Token], n: int, hi: int) -> bool:
    """English: token n is an -ing item of a list ("diarrhea, vomiting and fever", "reading, writing
    and …"), followed by "and"/"or" or another comma; (round 40, enpolicy) also a quoted item before its closing mark
    ('was "cruel," "self-defeating" and "wrong"': the report had ended at "cruel")."""
    if not toks[n].low.endswith("ing"):
        return False
    m = n + 1
    while toks[n].quoted and m < hi and m < n + 3 and not toks[m].is_word and toks[m].text in _QUOTE_MARKS:
        m += 1
    return m < hi and (toks[m].low in ("and", "or") or toks[m].text == ",")


_QUOTE_MARKS = frozenset('"“”„‟«»‹›\'‘’')


#: (round 54, enworld) words of a count before a span of time: "a day", "two weeks", "just hours", "several days"
_EN_TIME_SPAN_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "several", "just", "only", "barely", "some", "few"})


def _en_time_span_adjunct(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English (round 54, enworld): tokens from n are a span of time and "after"/"before" with a word after it ("a day
    after officials said …", "hours before the vote", "just two weeks after …"): the writer's time adjunct."""
    k = n
    while k < hi and k - n < 3 and (toks[k].low in _EN_TIME_SPAN_COUNTS or toks[k].text.isdigit()) \
            and toks[k].text == toks[k].low \
            and not toks[k].quoted:
        k += 1
    return k + 2 < hi and toks[k].low in lex.time_span_nouns and toks[k].text == toks[k].low and not toks[k].quoted \
        and (k > n or toks[k].low.endswith("s")) and toks[k + 1].text in ("after", "before") and not toks[k + 1].quoted \
        and toks[k + 2].is_word


def en_clause_breaker(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English: token n (after a comma) opens no content of its own: a clause breaker (which, who,
    while, and, …), a lower-case participle ("…, saying …") or "without" + gerund, but not an -ing
    list item or an event's result ("…, killing 12 people": `result_participles`)."""
    w = toks[n]
    if w.low == "without" and n + 1 < hi and toks[n + 1].low.endswith("ing") and toks[n + 1].text == toks[n + 1].low:
        return True  # the writer's remark: "…, without offering any evidence" / "…, without providing details"
    if w.low == "as" and n + 1 < hi and toks[n + 1].low in lex.as_participles and not toks[n + 1].quoted:
        return False  # (round 36) a comparison goes on with the clause: "…, as compared to the prior year, …"
    if _en_time_span_adjunct(toks, lex, n, hi):
        return True  # (round 54, enworld) the writer's time adjunct: "…, a day after officials in Kyiv said …"
    if w.low in lex.result_participles and w.text == w.low and n + 1 < hi and not toks[n + 1].quoted \
            and toks[n + 1].low in lex.quotation_particle_verbs.get(w.low, ()):
        return True  # (round 54, entranscript) a retort's particle makes no result: '…"not over," pushing back against
        # investors' (ran on; "…, pushing prices higher" goes on)
    return w.low in lex.clause_breakers or (w.low.endswith("ing") and w.text == w.low and not _en_listed_ing(toks, n, hi)
                                            and w.low not in lex.result_participles
                                            # a preposition: "…, including frustration over class sizes" (not
                                            # before a name, more often one of the sources: "…, including Mr. Carlucci")
                                            and not (w.low in ("including", "excluding", "regarding", "concerning")
                                                     and n + 1 < hi and not toks[n + 1].is_cap))


def _past_predicate(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """German: token n (after ", und") is a finite past-tense verb that opens a predicate without a
    subject of its own, so the reported clause has ended: a lower-case word in -te/-ten or a listed
    strong form (verließ), not a Konjunktiv, followed by a word ("…, und verließ den Saal"). "…, und
    die Lage sei ernst" goes on. (English ", and" already ends a reported clause: a clause breaker.)"""
    if n + 1 >= hi:
        return False
    t = toks[n]
    if t.quoted or not t.is_word or t.text != t.low or not toks[n + 1].is_word or toks[n + 1].quoted:
        return False
    w = t.low
    if w in lex.not_past or w in lex.konjunktiv or w in lex.konjunktiv_ii or w in lex.stopwords \
            or w in lex.determiners or w in lex.pronouns or w in lex.prepositions or w in lex.skippable:
        return False
    return w in lex.past_verbs or (len(w) >= 5 and (w.endswith("te") or w.endswith("ten")))


def _participle_cue(toks: list[Token], lex: Lexicon, k: int, hi: int) -> bool:
    """Token k is a reporting participle that opens its own report without a comma before it
    (saying, adding, noting, …: a lower-case cue verb in -ing that is also a clause breaker), shown
    by what follows it: a comma or colon, "that", a quotation, or a subject pronoun ("saying it
    was …"). "…said the army was warning residents" keeps "warning": it is followed by a noun."""
    t = toks[k]
    if t.quoted or t.text != t.low or not t.low.endswith("ing") or t.low not in lex.clause_breakers \
            or t.low not in lex.cue_verbs or k + 1 >= hi:
        return False
    n = toks[k + 1]
    return n.quoted or n.text in {",", ":"} or n.low == "that" or (n.low in lex.pronouns and n.text == n.low)


#: (round 38, enbounds) the writer's refusals after a report ("… and he declined to speculate")
_EN_REFUSALS = frozenset({"declined", "refused", "declines", "refuses"})

#: (round 40, enadded) what a speaker does not say, after "did not"/"would not" ("but did not elaborate", "but would not
#: say when"), and the verbs of "gave no …" ("but gave no details", "but offered no evidence")
_EN_WITHHELD = frozenset({"elaborate", "comment", "say", "give", "provide", "offer", "specify", "disclose", "identify",
                          "release", "name", "explain", "discuss", "reveal", "respond", "confirm", "detail", "indicate"})
_EN_GAVE_NO = frozenset({"gave", "offered", "provided", "cited", "presented"})
_EN_NOT_AUX = frozenset({"did", "would", "could"})
_EN_NOT_CONTRACTED = frozenset({"didn't", "didn’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t"})


def _en_speaker_withholds(toks: list[Token], n: int, hi: int) -> bool:
    """English (round 40, enadded): after "but"/"and" at n-1, a predicate without its own subject in which the speaker
    declines or withholds: "declined/refused to …", "did not/would not/didn't elaborate (say, give, provide, …)", "gave
    (offered, provided) no …". It belongs to the cue's subject, not to the reported clause before it."""
    if n + 1 >= hi:
        return False
    t, u = toks[n], toks[n + 1]
    if t.quoted or u.quoted or t.text != t.low:
        return False
    if t.text in _EN_REFUSALS:
        return u.text == "to"
    if t.text in _EN_GAVE_NO:
        return u.text == "no"
    if t.text in _EN_NOT_AUX and u.text == "not" and n + 2 < hi:
        u = toks[n + 2]
    elif t.text not in _EN_NOT_CONTRACTED:
        return False
    return not u.quoted and u.text in _EN_WITHHELD


#: English conjunctions that can open another source's report inside a reported clause ("… but critics say …")
_EN_CONTRASTS = frozenset({"but", "while", "whereas", "yet"})


def _en_contrast_report(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English: after "but"/"while" at n-1, a short subject (one to four words, or "now they") and a finite cue that takes a
    bare clause (en.yaml `bare_complement_verbs`) follow:
    "… but critics say it is discriminatory", "… but now they say …", "… while the investigation found …"."""
    while n < hi and toks[n].text == toks[n].low and toks[n].low in ("now", "later", "also", "still") and not toks[n].quoted:
        n += 1
    for e in range(n, min(hi, n + 5)):
        x = toks[e]
        if x.quoted or not x.is_word:
            return False
        if e > n and x.text == x.low and x.low in lex.bare_complement_verbs and not x.low.endswith("ing"):
            f = toks[n]
            return (f.low in lex.determiners or f.low in lex.pronouns or f.low in lex.quantifiers or f.is_cap
                    or f.low.endswith("s")) and all(
                y.low not in lex.auxiliaries and y.low not in lex.prepositions and y.low not in lex.complementizers
                for y in toks[n:e])
    return False


#: (round 51, enleft20) a subject pronoun of a reported clause and the object pronoun of the same person
_EN_SUBJECT_OBJECT = {"they": "them", "he": "him", "she": "her", "we": "us"}
#: (round 51, enleft20) modals that a simple past after "and" cannot share ("would cut jobs and closed …")
_EN_PRESENT_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "do"})


def _en_speaker_goes_on(toks: list[Token], lex: Lexicon, j: int, k: int, hi: int) -> bool:
    """English (round 51, enleft20): after "and" at k, a simple past without a subject of its own that the reported
    clause (from j) cannot share, so the cue's speaker goes on: its object pronoun is the same person as the reported
    clause's opening subject pronoun, the addressee of a cue before "that" ("told the jury that they had returned a verdict and thanked them": they did not thank
    themselves), or the reported clause's verb stands after a modal with no "be"/"have" ("said the firm would cut jobs
    and closed the meeting"). "said the firm had cut jobs and closed plants" and "said it would be sold and used to …"
    go on (the past may share the auxiliary)."""
    n = k + 1
    if n + 1 >= hi:
        return False
    v = toks[n]
    if v.quoted or not v.is_word or v.text != v.low or v.low in lex.cue_verbs or not (
            (v.low.endswith("ed") and len(v.low) > 4) or v.low in lex.past_verbs):
        return False
    o = toks[n + 1]
    first = toks[j]
    if not o.quoted and o.text == o.low and not first.quoted and _EN_SUBJECT_OBJECT.get(first.low) == o.low \
            and j + 1 < k and toks[j + 1].is_word and toks[j + 1].text == toks[j + 1].low and j >= 3 \
            and toks[j - 1].low == "that" and any(
                w.low in lex.cue_verbs and w.text == w.low and not w.quoted for w in toks[max(0, j - 6) : j - 2]):
        return True  # (an addressee before "that", whom the pronouns name: "told the jury that they …")
    body = [x for x in toks[j:k] if not x.quoted]
    if any(x.text in (",", ";", ":") for x in toks[j:k]) or any(x.low in ("and", "or", "but") for x in body):
        return False
    modal = next((x for x, w in enumerate(toks[j:k], j) if w.text in _EN_PRESENT_MODALS and not w.quoted), None)
    return modal is not None and modal > j and k - modal >= 3 and not any(
        w.low in ("be", "been", "being", "have", "has", "had", "not", "n't") for w in toks[modal + 1 : k])


def _en_name_pair_subject(toks: list[Token], lex: Lexicon, j: int, k: int) -> bool:
    """English (round 54, encourt): the "and" at k joins two names as the subject of a clause opened right before the
    first name by "that" or a cue verb inside the report from j: "witnesses told police that Lee and Greene argued
    briefly" (the report ended at "Lee": "and Greene argued" is no other speaker's report, its subject is the pair)."""
    p = k - 1
    while p >= j and k - p <= 3 and toks[p].is_word and toks[p].is_cap and not toks[p].quoted \
            and toks[p].low not in lex.pronouns and toks[p].low not in lex.determiners:
        p -= 1
    return j <= p < k - 1 and not toks[p].quoted and toks[p].text == toks[p].low \
        and (toks[p].low in lex.complementizers or toks[p].low in lex.cue_verbs)


def _en_and_other_report(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """English (round 47, coord): after "and" at n-1, a subject of its own (a capitalised name or a determiner's noun
    phrase, one to four words, no pronoun) and a finite cue of en.yaml `coordinated_report_cues` follow: "… and Jones
    said …", "… and the mayor insisted …" (not "… and the data showed …", "… and the company added 500 jobs")."""
    if n >= hi or toks[n].quoted or not toks[n].is_word or toks[n].low in lex.pronouns \
            or not (toks[n].is_cap or (toks[n].low in lex.determiners and toks[n].text == toks[n].low)):
        return False
    for e in range(n + 1, min(hi, n + 5)):
        x = toks[e]
        if x.quoted or not x.is_word:
            return False
        if x.text == x.low and x.low in lex.coordinated_report_cues:
            return True
        if x.text == x.low and (x.low in lex.auxiliaries or x.low in lex.prepositions or x.low in lex.complementizers
                                or x.low in lex.cue_verbs or x.low in lex.pronouns or x.low in lex.coordinators
                                or x.low in lex.relative_pronouns):
            return False
    return False


def _de_name_cue_clause(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """German (round 47, coord): from token n a main clause of another speaker opens: one to three capitalised words
    (a name, no pronoun or article), then a lower-case indicative cue verb before ",", ":" or the sentence end ("…, aber
    Schmidt betonte, …", "…, doch Anna Schmidt widersprach.")."""
    for e in range(n, min(hi, n + 4)):
        x = toks[e]
        if x.quoted or not x.is_word:
            return False
        if e == n or x.is_cap:
            if not x.is_cap or x.low in lex.pronouns or x.low in lex.determiners or x.low in lex.prepositions:
                return False
            continue
        if x.text != x.low or x.low not in lex.cue_verbs or x.low in lex.auxiliaries or x.low in lex.konjunktiv \
                or x.low in lex.konjunktiv_i or x.low in lex.konjunktiv_ii:
            return False
        return e + 1 >= hi or (toks[e + 1].text in (",", ":", ".") and not toks[e + 1].quoted)
    return False


def _that_after(toks: list[Token], k: int, hi: int) -> bool:
    """(round 53, seedleft) "that" opens at token k, or after a parenthetical between commas there of at most six words
    ("agreed that …", "agreed, in principle, that …")."""
    if k < hi and toks[k].text == "that" and not toks[k].quoted:
        return True
    if not (k < hi and toks[k].text == "," and not toks[k].quoted):
        return False
    c = next((x for x in range(k + 1, min(hi, k + 8)) if toks[x].text == "," and not toks[x].quoted), None)
    return c is not None and c + 1 < hi and toks[c + 1].text == "that" and not toks[c + 1].quoted


def _coordinated_cue(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """A cue verb of the same subject starts at token n (after "and"/"but", an adverb or auxiliary
    may come first): "… and insisted that", "… but later said", "… but denied any wrongdoing"."""
    while n < hi and toks[n].text == toks[n].low and (toks[n].low in lex.skippable or toks[n].low.endswith("ly")):
        n += 1
    if n < hi and toks[n].low in lex.that_only_cues and toks[n].low not in lex.speech_act_verbs \
            and toks[n].low not in lex.after_quotation_cues and not _that_after(toks, n + 1, hi):
        return False  # (round 53, seedleft) a cue only with "that" is none without it: "said the two envoys had met in
        # Vienna and agreed, among other things, to open the border" ended before "and agreed" (the envoys agreed)
    return n < hi and not toks[n].quoted and toks[n].text == toks[n].low and (
        toks[n].low in lex.inversion_cues or toks[n].low in lex.speech_act_verbs  # "… but denied any wrongdoing"
        # (round 47, coord) a demand: "warned that the bridge was unsafe and called for an inspection" ran on
        or (toks[n].low in ("called", "calls") and n + 2 < hi and toks[n + 1].text in ("for", "on")
            and not toks[n + 1].quoted and toks[n + 2].is_word and not toks[n + 2].quoted
            and toks[n + 2].low not in lex.time_words))


#: words a trailing attribution may have after its cue: "…, two officials said [on Monday in a statement]."
TRAILING_ADJUNCT_WORDS = 5
#: (round 54, enleft2) words of that adjunct when it opens with the cue's medium ("said in a transcript of his remarks")
TRAILING_MEDIUM_ADJUNCT_WORDS = 8
#: words its source may have before the cue: "…, two people familiar with the investigation said."
TRAILING_SOURCE_WORDS = 10


def _trailing_attribution(toks: list[Token], lex: Lexicon, n: int, hi: int) -> bool:
    """Tokens n..hi (after a comma) are a trailing attribution: a source of a few words without a
    comma or negation, an unquoted cue in a form that ends such attributions (said, says, told,
    wrote, …: `inversion_cues`), and at most a short adjunct to the sentence end ("…, two people
    familiar with the investigation said." / "…, the company said in a statement.")."""
    words = 0
    for k in range(n, hi):
        t = toks[k]
        if t.quoted or t.text in {",", ";", ":"}:
            return False
        if not t.is_word:
            continue
        if t.low in lex.negations or t.low == "to":
            return False  # "…, not to fear": no source
        if t.low in lex.inversion_cues and t.text == t.low and words > 0:
            rest = 0  # (round 50, longsent) stops at the first word too many: the count over the whole rest of a
            most = TRAILING_ADJUNCT_WORDS
            for x in toks[k + 1 : hi]:  # long sentence was quadratic
                if x.text in {",", ";", ":"} or x.quoted:
                    return False
                if x.is_word:
                    rest += 1
                    if rest <= 3 and x.text == x.low and x.low in lex.medium_nouns and k + 1 < hi \
                            and toks[k + 1].low in _EN_MEDIUM_PREPOSITIONS:
                        most = TRAILING_MEDIUM_ADJUNCT_WORDS  # (round 54, enleft2) the cue's medium with its "of"
                        # phrase: "…, the Kremlin said in a transcript of his remarks." (the report ran on over it)
                    if rest > most:
                        return False
            return True
        words += 1
        if words > TRAILING_SOURCE_WORDS:
            return False
    return False


def clause_start(toks: list[Token], lex: Lexicon, k: int, lo: int) -> tuple[int, bool]:
    """First token of the clause holding token k, and whether it is a subordinate clause: the
    nearest comma before k opens the clause when a subordinator or relative pronoun follows it;
    any other comma means k sits in the main clause after an embedded one."""
    for j in range(k - 1, lo - 1, -1):
        t = toks[j]
        if t.quoted:
            continue
        if t.text in {";", ":", "–", "—"}:
            return j + 1, False
        if t.text == "," and j + 1 < k:
            n = j + 1
            if toks[n].low in lex.clause_openers or (n + 1 < k and toks[n + 1].low in lex.clause_openers
                                                     and not toks[n].is_cap and toks[n].low in lex.prepositions):
                return n, True
            return lo, False
    return lo, False


def clause_stop(toks: list[Token], lex: Lexicon, j: int, hi: int, s_end: int, sub: bool) -> int:
    """End of the clause from token j: a subordinate clause ends at the comma before the main
    clause's verb (a lower-case word that is not an article, conjunction or "zu"); a main clause
    where `clause_end` says."""
    if not sub:
        return clause_end(toks, lex, j, hi, s_end)
    for k in range(j, hi):
        t = toks[k]
        if t.quoted or t.text not in {",", ";", "–", "—"}:
            continue
        if t.text != ",":
            return t.start
        n = k + 1
        if n < hi and toks[n].is_word and not toks[n].is_cap and toks[n].low not in lex.determiners \
                and toks[n].low not in ("und", "oder", "zu", "um", "sowie") and toks[n].low not in lex.clause_openers:
            return t.start
    return s_end


#: (round 54, review1) adverbs ending in "s" after "and that": the "that" is a demonstrative, the writer's remark ("said
#: the bus came late again, and that always annoyed riders"), no plural subject of a second that-clause
_EN_ADVERBS_ENDING_S = frozenset({"always", "perhaps", "sometimes", "nevertheless", "nonetheless", "besides", "afterwards",
                                  "regardless", "thus", "overseas", "whereas", "towards", "nowadays", "betimes"})


def _en_plural_subject_past(toks: list, i: int, hi: int) -> bool:
    """English (round 54, enscience): token i, right after "and/but that", is a bare plural noun (no demonstrative
    "that" stands before a plural) with a past verb within three words: "said that the biology was settled, but that
    schedules involved many trade-offs" (the second that-clause was lost). Not an adverb ending in "s" (round 54,
    review1: "…, and that always annoyed riders" is the writer's)."""
    t = toks[i]
    if not (t.is_word and not t.quoted and t.text == t.low and len(t.low) > 3 and t.low.endswith("s")
            and not t.low.endswith(("ss", "us", "is", "'s", "’s")) and t.low not in _EN_ADVERBS_ENDING_S):
        return False
    return any(x.is_word and not x.quoted and x.text == x.low and x.low.endswith("ed") and len(x.low) > 4
               for x in toks[i + 1 : min(hi, i + 4)])
