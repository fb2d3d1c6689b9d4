"""Indirect quotes: the reported content each cue with a speaker introduces.

A complement after the cue ("announced that …", "sagte am Montag, die Regierung habe …"), a clause
right after an English cue with the subject before it ("he said the talks failed"), the clause
before a trailing attribution ("…, the company said.") or around a parenthetical one, the rest of
the sentence around a source phrase (laut X …, X zufolge …, according to X, …; German: the clause
around it, split in two), and for speech-act verbs without content the sentence itself ("Die
Polizei warnte vor Glätte.").
"""

from __future__ import annotations

from spanbank.annotators.quote_clauses import clause_end, clause_start, clause_stop
from spanbank.annotators.quote_context import Cue, QuoteContext

MIN_INDIRECT_WORDS = 3


def indirect_quotes(ctx: QuoteContext, si: int, lo: int, hi: int, cues: list[Cue], s_start: int, s_end: int) -> bool:
    """Record the indirect quotes of sentence si (tokens[lo:hi], chars s_start:s_end); True when any."""
    made = False
    toks = ctx.tokens
    for c in cues:
        if c.speaker is None:
            continue
        spans: list[tuple[int, int]] = []
        min_words = MIN_INDIRECT_WORDS
        if c.kind == "source_noun" or (ctx.lex.clause_openers and c.kind in ("source_before", "source_after")):
            spans.extend(_around_source(ctx, c, lo, hi, s_end))
            min_words = 1  # the parts of a clause split by its source ("Heute wurden [laut X] …")
        elif c.kind == "source_before":
            m = c.speaker
            if c.first == lo or toks[c.first - 1].text == ",":
                j = m.end + 1
                if j < hi and toks[j].text == ",":
                    j += 1
                if c.first == lo and j < hi:
                    spans.append((toks[j].start, clause_end(toks, ctx.lex, j, hi, s_end)))
                elif c.first > lo:
                    spans.append((s_start, toks[c.first - 1].start))
            else:
                spans.append((s_start, toks[c.first].start))
                if m.end + 1 < hi:
                    spans.append((toks[m.end + 1].start, s_end))
        elif c.kind == "source_after":
            spans.append((s_start, toks[c.speaker.first].start))
            if c.last + 1 < hi:
                spans.append((toks[c.last + 1].start, s_end))
        else:
            spans.extend(_verb_content(ctx, c, lo, hi, s_start, s_end))
            if not spans and c.kind == "verb" and (c.act or toks[c.first].low in ctx.lex.speech_act_verbs):
                act = _speech_act_content(ctx, si, c, lo, hi, s_start, s_end)
                if act is not None:
                    spans.append(act)
                    min_words = 1
        attr = ctx.attribution(c)
        for a, b in spans:
            a, b = ctx.trim(a, b)
            if ctx.words(a, b) < min_words or (min_words > 1 and ctx.mostly_quoted(a, b)):
                continue
            if any(r.start == a and r.end == b for r in ctx.recs):
                continue
            ctx.add(si, a, b, "INDIRECT_QUOTE", attr, None)
            made = True
    return made


def _speech_act_content(ctx: QuoteContext, si: int, c: Cue, lo: int, hi: int, s_start: int,
                        s_end: int) -> tuple[int, int] | None:
    """What a speech-act sentence reports: nothing when it is negated ("äußerte sich nicht") or
    when its words are quoted in it (the direct quote is the content); the pronoun when it
    refers back ("Das meldete die Zeitung" -> "Das"); else the sentence."""
    lex, toks = ctx.lex, ctx.tokens
    if any(r.sentence == si and r.label == "DIRECT_QUOTE" for r in ctx.recs[-4:]):
        return None
    for k in range(lo, hi):
        w = toks[k].low
        if w in lex.negations and not toks[k].quoted:
            return None
        if w in lex.anaphoric_objects and not toks[k].quoted:  # a pronoun, not an article
            n = toks[k + 1] if k + 1 < hi else None
            if n is None or not n.is_word or n.low in lex.cue_verbs or n.low in lex.auxiliaries:
                return toks[k].start, toks[k].end
    return _speech_act(ctx, c, lo, hi, s_start, s_end)


def _speech_act(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> tuple[int, int]:
    """A reported speech act without a content clause ("Die Polizei warnte vor Glätte."): the
    sentence is the quote, up to a colon that introduces what was said."""
    for k in range(c.last + 1, hi):
        if ctx.tokens[k].text == ":" and not ctx.tokens[k].quoted:
            return s_start, ctx.tokens[k].end
    return s_start, s_end


def _around_source(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_end: int) -> list[tuple[int, int]]:
    """The reported clause around a German source phrase, without the phrase: "Die Maschine
    ist [laut Polizei] abgestürzt", "…, die [nach Angaben der UN] überfordert ist, …"."""
    toks = ctx.tokens
    m = c.speaker
    first, last = min(c.first, m.first), max(c.last, m.end)
    left, sub = clause_start(toks, ctx.lex, first, lo)
    right = clause_stop(toks, ctx.lex, last + 1, hi, s_end, sub)
    out = []
    if left < first:
        out.append((toks[left].start, toks[first].start))
    if last + 1 < hi:
        out.append((toks[last + 1].start, right))
    return out


def _verb_content(ctx: QuoteContext, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The content a reporting verb introduces (see the module docstring); [] when none."""
    toks, lex = ctx.tokens, ctx.lex
    m = c.speaker
    # trailing attribution: "…, he said." / "…, sagte er." / "…, so der Sprecher."
    comma = None
    if m.end < c.first and m.first - 1 >= lo and toks[m.first - 1].text == ",":
        comma = m.first - 1
    elif c.first - 1 >= lo and toks[c.first - 1].text == ",":
        comma = c.first - 1
    tail_end = max(m.end, c.last) + 1
    tail_words = sum(1 for t in toks[tail_end:hi] if t.is_word)
    if comma is not None and comma > lo:
        relative = tail_end + 1 < hi and (toks[tail_end + 1].low in lex.clause_openers
                                          or toks[tail_end + 1].low in ("who", "which"))
        if tail_end < hi and toks[tail_end].text == "," and not relative:  # parenthetical: "…, he alleged, both sides …"
            return [(toks[tail_end + 1].start, clause_end(toks, lex, tail_end + 1, hi, s_end))] if tail_end + 1 < hi else []
        if tail_words <= 4:
            return [] if toks[lo].quoted else [(s_start, toks[comma].start)]
    if c.kind == "so":
        return []
    # complement: "announced that …", "told reporters that …", "sagte am Montag, die Regierung habe …"
    j = max(c.last, m.end if m.first > c.last else c.last) + 1
    limit = min(hi, j + (6 if lex.lang == "de" else 4))
    k = j
    while k < limit and not toks[k].quoted:
        t = toks[k]
        if t.low in lex.complementizers and (lex.lang == "en" or k == j or toks[k - 1].text == ","):
            return [(toks[k + 1].start, clause_end(toks, lex, k + 1, hi, s_end))] if k + 1 < hi else []
        if t.text in {",", ":"}:
            if k + 1 < hi and toks[k + 1].quoted:
                return []
            if lex.lang == "de" or t.text == ":":
                n = k + 1
                if n < hi and toks[n].low in lex.complementizers:
                    n += 1
                return [(toks[n].start, clause_end(toks, lex, n, hi, s_end))] if n < hi else []
            return []
        if not t.is_word:
            return []
        k += 1
    # English "he said the talks failed": a clause right after the cue, subject before it
    if toks[c.first].low in lex.bare_complement_verbs and m.end < c.first and j < hi and not toks[j].quoted:
        t = toks[j]
        if t.low in lex.clause_starters or t.low in lex.determiners or t.low in lex.pronouns or t.is_cap:
            return [(t.start, clause_end(toks, lex, j, hi, s_end))]
    return []
