"""Quote pre-annotator (rules:quotes@1): direct and indirect quotes, their speakers and cues.

How it works (docs/quotes.md has the details and the measured numbers):

1. Quotation marks are paired per paragraph (straight, curly, guillemets both ways, German „…“ and
   ‚…‘); sentences are split without cutting through a quotation.
2. Cues are found in the words outside quotations, from the per-language lexicon
   (``spanbank/data/cues/<lang>.yaml``): reporting verbs (said, erklärte, teilte … mit), source
   phrases (according to, laut, nach Angaben, zufolge) and the German ", so X".
3. Each quotation takes the nearest cue of its sentence that has a speaker next to it; a quotation
   with none continues the speaker of the sentence before (or, failing that, after). Short
   quotations (three words or fewer) need a cue of their own, so scare quotes and titles drop out.
4. Reported speech is the clause a cue introduces ("announced that …", "sagte, die Regierung habe …"),
   the clause before a trailing attribution ("…, he said."), or the rest of a sentence around a
   source phrase; in German a Konjunktiv-I sentence continues the speech of the sentence before.
5. Speakers resolve to a canonical name through `quote_speakers`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spanbank.annotators.base import Annotator
from spanbank.annotators.quote_lexicon import Lexicon, detect_lang, load_lexicon
from spanbank.annotators.quote_speakers import (
    RELATIVES,
    Entities,
    Mention,
    apposition_head,
    canonical,
    clause_subject,
    collect_entities,
    mention_after,
    mention_before,
    np_forward,
    sentence_subject,
)
from spanbank.annotators.quote_text import (
    Quotation,
    Token,
    find_quotations,
    mark_quoted,
    mark_sentence_initial,
    sentences,
    tokenize,
)
from spanbank.model import Annotation, Document, Relation, Span

SHORT_QUOTE_WORDS = 3
MIN_INDIRECT_WORDS = 3
TRIM = " \t\n,;:.–—-"


@dataclass
class Cue:
    first: int  # token indices, inclusive
    last: int
    kind: str  # "verb" | "source_before" | "source_after" | "so"
    speaker: Mention | None = None
    name: str | None = None
    #: a passive report ("wird gefordert"): the grammatical subject is not the speaker
    passive: bool = False


@dataclass
class Attribution:
    name: str | None
    speaker: tuple[int, int] | None  # char range of the SPEAKER mention
    cue: tuple[int, int] | None


@dataclass
class QuoteRec:
    start: int
    end: int
    label: str
    sentence: int
    group: int | None
    attr: Attribution | None
    #: a sentence of reported speech continuing an earlier attribution (no cue of its own)
    continued: bool = False


class QuoteAnnotator(Annotator):
    name = "quotes"
    version = "1"
    method = "rules"
    applies_to = ("article", "comment")
    layers = ("attribution",)

    def annotate(self, doc: Document) -> Annotation:
        lang = detect_lang(doc.text, doc.meta.get("lang"))
        ann = self.new_annotation(doc)
        recs = _Finder(doc.text, load_lexicon(lang)).run()
        _materialize(doc.text, recs, ann, lang)
        return ann


class _Finder:
    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self.tokens: list[Token] = tokenize(text)
        self.quotes: list[Quotation] = find_quotations(text)
        mark_quoted(self.tokens, self.quotes)
        self.sents = sentences(text, self.quotes, lex)
        starts = self.starts = [t.start for t in self.tokens]
        self.sent_toks = [(bisect_right(starts, s - 1), bisect_right(starts, e - 1)) for s, e in self.sents]
        if lex.lang == "de":
            mark_sentence_initial(self.tokens, self.sent_toks)
        self.ents: Entities = collect_entities(self.tokens, lex)
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for p in lex.source_before:
            self.phrases.setdefault(p[0], []).append(p)
        self.recs: list[QuoteRec] = []
        self.sent_attr: list[Attribution | None] = [None] * len(self.sents)
        self.last: Attribution | None = None
        self.last_sentence = -10

    # -- driver ---------------------------------------------------------------------------------

    def run(self) -> list[QuoteRec]:
        para_of = self._paragraph_index()
        for si in range(len(self.sents)):
            self._sentence(si)
        # quotations still without a speaker: their multi-paragraph group, else the next sentence
        groups = {r.group: r.attr for r in self.recs if r.group is not None and r.attr and r.attr.name}
        for r in self.recs:
            if r.attr is not None or r.label != "DIRECT_QUOTE":
                continue
            if r.group in groups:
                r.attr = groups[r.group]
            elif r.sentence + 1 < len(self.sents) and para_of[r.sentence + 1] - para_of[r.sentence] <= 1:
                nxt = self.sent_attr[r.sentence + 1]
                if nxt is not None and nxt.name:
                    r.attr = Attribution(nxt.name, nxt.speaker, None)
            if r.attr is None and r.sentence > 0:
                # no attribution anywhere near: the subject of the sentence before ("Die SPD will am
                # Kurs festhalten. „Wir wollen …“")
                r.attr = self._subject_attr(*self.sent_toks[r.sentence - 1])
        return self.recs

    def _paragraph_index(self) -> list[int]:
        out, p, prev_end = [], 0, None
        for s, _e in self.sents:
            if prev_end is not None and "\n" in self.text[prev_end:s]:
                p += 1
            out.append(p)
            prev_end = _e
        return out

    def _sentence(self, si: int) -> None:
        s_start, s_end = self.sents[si]
        lo, hi = self.sent_toks[si]
        cues = self._cues(lo, hi)
        for c in cues:
            self._speaker(c, lo, hi, cues)
        self._direct(si, lo, hi, cues, s_start, s_end)
        made = self._indirect(si, lo, hi, cues, s_start, s_end)
        if made or self.sent_attr[si] is not None and self.sent_attr[si] is not self.sent_attr[si - 1]:
            return
        attributed = [c for c in cues if c.kind == "verb" and c.name]
        if attributed:  # a cue with a speaker but nothing reported here: later sentences may continue it
            self.sent_attr[si] = self._attr(attributed[0])
        elif si - 1 >= 0 and self.sent_attr[si - 1] is not None and self._reported_mood(lo, hi):
            self._continue(si, s_start, s_end, self.sent_attr[si - 1])

    def _reported_mood(self, lo: int, hi: int) -> bool:
        """A German sentence in reported speech: a Konjunktiv (sei, habe, werde, könne, …) or the
        reportative modal (soll, sollen) outside quotation marks."""
        lex, toks = self.lex, self.tokens
        sub = False  # inside a subordinate clause ("…, mit dem … gefördert werden soll")
        for k in range(lo, hi):
            t = toks[k]
            if t.text == "," and k + 1 < hi:  # "…, dass" / "…, mit dem": a subordinate clause opens
                sub = toks[k + 1].low in lex.clause_openers or (
                    toks[k + 1].low in lex.prepositions and k + 2 < hi and toks[k + 2].low in lex.clause_openers)
            if t.quoted or t.text != t.low:
                continue
            if t.low in lex.konjunktiv_i or (not sub and (t.low in lex.konjunktiv or t.low in lex.reportative)):
                return True
        return False

    def _continue(self, si: int, s_start: int, s_end: int, attr: Attribution) -> None:
        """Reported speech running on after an attributed sentence: one span over consecutive
        sentences of one paragraph (the way annotators mark free indirect speech)."""
        s_start, s_end = self._trim(s_start, s_end)
        prev = self.recs[-1] if self.recs else None
        if (prev is not None and prev.continued and prev.sentence == si - 1 and prev.attr is not None
                and (prev.attr.name, prev.attr.speaker) == (attr.name, attr.speaker)
                and "\n" not in self.text[prev.end : s_start]):
            prev.end, prev.sentence = s_end, si
            self.sent_attr[si] = attr
            return
        self._add(si, s_start, s_end, "INDIRECT_QUOTE", Attribution(attr.name, attr.speaker, None), None)
        self.recs[-1].continued = True
        self.sent_attr[si] = attr

    # -- cues and speakers ----------------------------------------------------------------------

    def _cues(self, lo: int, hi: int) -> list[Cue]:
        toks, lex, out = self.tokens, self.lex, []
        i = lo
        while i < hi:
            t = toks[i]
            if t.quoted or not t.is_word:
                i += 1
                continue
            src = self._noun_source(i, lo, hi) if t.low in lex.source_noun_preps else None
            if src is not None:
                out.append(src)
                i += 1
                continue
            phrase = next(
                (p for p in self.phrases.get(t.low, ()) if tuple(x.low for x in toks[i : i + len(p)]) == p and i + len(p) <= hi),
                None,
            )
            if phrase:
                out.append(Cue(i, i + len(phrase) - 1, "source_before"))
                i += len(phrase)
                continue
            if t.low in lex.source_after and t.text == t.low:
                out.append(Cue(i, i, "source_after"))
            elif t.low in lex.so_cues and i > lo and toks[i - 1].text in {",", "“", "”", "«", "»", '"'}:
                out.append(Cue(i, i, "so"))
            elif t.low in lex.cue_verbs and (t.text == t.low or i == lo):
                prev = toks[i - 1] if i > lo else None
                # "the reports" / "die angekündigte Reform" / "zu informieren": not a reporting clause
                nxt = toks[i + 1] if i + 1 < hi else None
                if lex.lang == "en":
                    noun_use = prev is not None and prev.low in lex.determiners
                else:  # an attributive participle sits between an article and its noun
                    noun_use = prev is not None and (prev.low == "zu" or (
                        prev.low in lex.determiners and nxt is not None and nxt.is_cap and nxt.is_word))
                parts = lex.separable.get(t.low)
                if parts is not None and not any(self._particle(k, parts, hi) for k in range(i + 1, hi)):
                    noun_use = True
                if not noun_use:
                    out.append(Cue(i, i, "verb"))
            i += 1
        return out

    def _particle(self, k: int, parts: frozenset[str], hi: int) -> bool:
        """Token k is the separable particle of a verb: in German it closes its clause
        ("teilte … mit." / "geht davon aus, dass"), so "gab es … an Bord" has none."""
        t = self.tokens[k]
        if t.quoted or t.low not in parts:
            return False
        if self.lex.lang != "de":
            return True
        return k + 1 >= hi or not self.tokens[k + 1].is_word or self.tokens[k + 1].quoted

    def _noun_source(self, i: int, lo: int, hi: int) -> Cue | None:
        """German "nach Angaben der Polizei" / "nach Polizeiangaben" / "seiner Meinung nach": the
        cue is the preposition, the speaker mention the whole source phrase (as the gold marks it)."""
        toks, lex = self.tokens, self.lex
        # preposed: nach + up to four words (articles, adjectives, a genitive name) + the source noun
        j = i + 1
        while j < hi and j <= i + 5 and toks[j].is_word and not toks[j].quoted:
            if lex.is_source_noun(toks[j].text):
                last = self._genitive_end(j, hi)
                m = Mention(i + 1, last, "source")
                return Cue(i, i, "source_noun", m, self._source_name(j, last, m))
            if toks[j].is_cap and toks[j].low not in lex.determiners and j > i + 2:
                break
            j += 1
        # postposed: "seiner Meinung nach", "dem Vernehmen nach", "eigenen Angaben nach"
        k = i - 1
        if k > lo and not toks[k].quoted and lex.is_source_noun(toks[k].text):
            d = k - 1
            while d >= lo and d >= k - 3 and toks[d].is_word and not toks[d].is_cap and toks[d].low not in lex.determiners:
                d -= 1
            if d >= lo and (toks[d].low in lex.determiners or toks[d].low in ("dessen", "deren")):
                m = Mention(d, k, "source")
                return Cue(i, i, "source_noun", m, self._source_name(k, k, m))
        return None

    def _genitive_end(self, j: int, hi: int) -> int:
        """Last token of a source noun's genitive or von-phrase: "Angaben der Staatsanwaltschaft Krefeld"."""
        toks = self.tokens
        k = j + 1
        if k < hi and (toks[k].low in ("der", "des", "eines", "einer", "von", "vom") and not toks[k].quoted):
            n = k + 1
            last = None
            while n < hi and n <= k + 6 and toks[n].is_word and not toks[n].quoted:
                if toks[n].is_cap:
                    last = n
                elif last is not None and toks[n].low not in ("und", "von", "der", "des"):
                    break
                n += 1
            if last is not None:
                return last
        return j

    def _source_name(self, noun: int, last: int, m: Mention) -> str | None:
        """The canonical source of a noun source phrase: its genitive owner ("der Polizei" ->
        Polizei), a possessive's referent (the continuing speaker), else the phrase itself."""
        toks = self.tokens
        recent = self.last.name if self.last else None
        if last > noun:
            owner = Mention(noun + 2, last, "name") if toks[noun + 1].low in ("von", "vom") else Mention(noun + 1, last, "name")
            return canonical(owner, toks, self.ents, self.lex, continuing=recent)
        first = toks[m.first]
        if first.low in ("seiner", "seinen", "ihrer", "ihren", "dessen", "deren"):
            return recent
        if m.first < noun and first.is_cap and first.low not in self.lex.determiners:
            return canonical(Mention(m.first, m.first, "name"), toks, self.ents, self.lex, continuing=recent)
        return self.text[toks[m.first].start : toks[m.last].end]

    def _speaker(self, c: Cue, lo: int, hi: int, cues: list[Cue]) -> None:
        toks, lex = self.tokens, self.lex
        m: Mention | None = None
        if c.kind == "source_noun":
            return
        if c.kind in ("source_before", "so"):
            m = mention_after(toks, c.last, hi, lex)
        elif c.kind == "source_after":
            m = mention_before(toks, c.first, lo, lex)
        elif lex.lang == "en" and toks[c.first].low.endswith("ing"):
            prior = [p for p in cues if p.first < c.first and p.kind == "verb" and p.speaker]
            if prior:
                c.speaker, c.name = prior[-1].speaker, prior[-1].name
                return
            m = sentence_subject(toks, lo, c.first, lex)
        else:
            m = self._clause_speaker(c, lo, hi, cues)
        if m is None and c.kind == "verb" and not c.passive and not (lex.lang == "en" and toks[c.first].low.endswith("ing")):
            prev = toks[c.first - 1] if c.first > lo else None
            after_quote = prev is not None and (prev.quoted or prev.text == ",")
            before = None if after_quote and prev.quoted else mention_before(toks, c.first, lo, lex)
            after = mention_after(toks, c.last, hi, lex)
            fallback = before
            if before is not None and before.first > lo and toks[before.first - 1].low in lex.prepositions:
                before = None  # the object of a fronted phrase: "Im Interview sagte Glos"
            elif before is not None and lex.lang == "de" and after is not None and (
                    not self._prefield(before, lo) or toks[before.first].low in lex.object_articles):
                # V2 after a fronted phrase ("Innerhalb weniger Tage berichtete die Presse") or a
                # fronted object ("Den Plan nannte der Minister einen Fehler"): the subject follows
                before = None
            if before is not None and after is not None and after.kind == "pronoun" and after.first == c.last + 1 \
                    and toks[after.first].low in lex.subject_pronouns and lex.lang == "de":
                before = None  # "Nähere Angaben machte er nicht": a subject-only pronoun right after the verb
            m = before
            if before is None or (before.first == lo == before.end and before.kind == "name" and after is not None
                                  and toks[lo].low not in self.ents.by_surname):
                m = after or fallback
        if m is None:
            return
        c.speaker = m
        recent = self.last.name if self.last and self.last_sentence >= 0 else None
        c.name = canonical(m, toks, self.ents, lex, continuing=recent)

    def _clause_speaker(self, c: Cue, lo: int, hi: int, cues: list[Cue]) -> Mention | None:
        """The subject of a cue verb found from its clause: before appositions ("X, der Präsident
        von Y, sagte"); in German also the subject of a coordinated verb ("… war optimistisch und
        sagte"), of a verb-final subordinate clause ("Nachdem die Anwältin dem Richter mitgeteilt
        hatte") and of a participle with its auxiliary ("Merkel hat … angekündigt", "…, hat Frau X
        angekündigt"). None: the caller looks right next to the verb."""
        toks, lex = self.tokens, self.lex
        k = c.first
        if k - 1 > lo and toks[k - 1].text == "," and not toks[k - 1].quoted:
            m = apposition_head(toks, k - 1, lo, lex)
            if m is not None:
                return m
        if lex.lang != "de":
            return None
        p = k - 1
        while p > lo and toks[p].low in lex.skippable | lex.auxiliaries and not toks[p].quoted:
            p -= 1
        if p > lo and toks[p].text in ("und", "sondern", "aber", "oder"):
            earlier = [x for x in cues if x.first < k and x.speaker is not None]
            return earlier[-1].speaker if earlier else clause_subject(toks, lo, p, lex)
        cs = k
        while cs > lo and not (toks[cs - 1].quoted or toks[cs - 1].text in {",", ":", ";", "–", "—"}):
            cs -= 1
        nxt = toks[c.last + 1] if c.last + 1 < hi else None
        if cs >= k:
            if toks[k].low in lex.impersonal_cues or (nxt is not None and nxt.low in ("man", "es")):
                return self._fronted_source(lo, k)
            return None
        final = nxt is None or not nxt.is_word or nxt.low in lex.auxiliaries
        opener = toks[cs].low
        if final and opener in lex.clause_openers and not (cs == lo and opener in lex.determiners | RELATIVES):
            m = clause_subject(toks, cs + 1, k, lex)
            if m is None and opener in RELATIVES:
                return Mention(cs, cs, "relative")
            return m
        aux = next((a for a in range(cs, k) if toks[a].low in lex.auxiliaries and not toks[a].quoted), None)
        word = toks[k].low
        if word in lex.impersonal_cues or (nxt is not None and nxt.low in ("man", "es")):
            # "In der Erklärung (, die …,) heißt es", "Bei der Fahrzeuginnung geht man davon aus"
            src = self._fronted_source(lo, k) or self._fronted_source(cs, k)
            if src is not None:
                return src
        participle = word.endswith("t") or "ge" in word[:6]
        if (aux is not None and toks[aux].low in lex.passive_auxiliaries and participle) or (
                nxt is not None and nxt.low in lex.passive_auxiliaries and participle):
            c.passive = True  # "wird gefordert", "kritisiert worden": the subject is not the speaker
            return self._fronted_source(cs, k)
        if aux is None:
            return None
        if aux > cs:
            m = clause_subject(toks, cs, aux, lex)
            if m is not None:
                return m
        return clause_subject(toks, aux + 1, k, lex)

    def _fronted_source(self, cs: int, k: int) -> Mention | None:
        """A prepositional phrase opening the clause names the source of an impersonal or passive
        report: "In einer Erklärung des Präsidenten heißt es", "Bei der Fahrzeuginnung geht man davon
        aus", "In einer Pressemitteilung wird gefordert"."""
        toks, lex = self.tokens, self.lex
        if cs < k and toks[cs].low in lex.source_prepositions:
            np = np_forward(toks, cs + 1, k, lex, bare=True)
            if np is not None:
                return np
        return None

    def _subject_attr(self, lo: int, hi: int) -> Attribution | None:
        """The subject of tokens[lo:hi] as an attribution without a cue."""
        toks, lex = self.tokens, self.lex
        colons = [k for k in range(lo, hi - 1) if toks[k].text == ":" and not toks[k].quoted]
        if colons:  # "Europapolitik: Die SPD will …": the clause after a heading
            lo = colons[-1] + 1
        m = clause_subject(toks, lo, hi, lex) if lex.lang == "de" else sentence_subject(toks, lo, hi, lex)
        if m is None:
            return None
        recent = self.last.name if self.last else None
        name = canonical(m, toks, self.ents, lex, continuing=recent)
        return Attribution(name, (toks[m.first].start, toks[m.end].end), None) if name else None

    def _prefield(self, m: Mention, lo: int) -> bool:
        """The mention starts its clause (sentence start, or after a comma/colon and an optional
        subordinator: "…, wie die Polizei mitteilte"), so it can be the subject before the verb."""
        toks, lex = self.tokens, self.lex
        j = m.first - 1
        while j >= lo and j >= m.first - 2 and toks[j].low in lex.skippable:
            j -= 1  # a focus particle belongs to the phrase: "Auch die Ministerin äußerte"
        if j >= lo and toks[j].low in lex.clause_openers | lex.complementizers | lex.fronting | lex.coordinators:
            j -= 1
        return j < lo or toks[j].text in {",", ":", ";", "–", "—", "(", "„", "“", "»", "«", '"'} or toks[j].quoted

    def _attr(self, c: Cue) -> Attribution:
        toks = self.tokens
        sp = (toks[c.speaker.first].start, toks[c.speaker.end].end) if c.speaker else None
        return Attribution(c.name, sp, (toks[c.first].start, toks[c.last].end))

    # -- direct quotes --------------------------------------------------------------------------

    def _direct(self, si: int, lo: int, hi: int, cues: list[Cue], s_start: int, s_end: int) -> bool:
        made = False
        starts = self.starts
        for q in self.quotes:
            if not (s_start <= q.outer_start < s_end):
                continue
            q_first = bisect_right(starts, q.outer_start - 1)
            q_last = bisect_right(starts, q.outer_end - 1) - 1
            best, best_d = None, None
            for c in cues:
                if c.speaker is None or c.kind == "source_after":
                    continue
                d = c.first - q_last if c.first > q_last else q_first - c.last
                if c.first > q_last and d <= 3:
                    d -= 1  # the inverted attribution right after a quote is the usual pattern
                if best_d is None or d < best_d:
                    best, best_d = c, d
            if q.n_words <= SHORT_QUOTE_WORDS:
                # a short quotation needs a cue of its own, or (lower-case, so no name or title) a
                # speaker in the sentence before: otherwise it is a scare quote or a title
                context = best is not None or (
                    si > 0 and self.sent_attr[si - 1] is not None and self.text[q.start].islower()
                )
                if not context or self._is_term(q, q_first):
                    continue
            attr = self._attr(best) if best else None
            if attr is None and q_first - 1 >= lo and self.tokens[q_first - 1].text == ":":
                # "Ein Beamter der Nationalpolizei: „…“", "Obama warb … mit den Worten: „…“"
                attr = self._subject_attr(lo, q_first - 1)
            if attr is None and si > 0 and self.sent_attr[si - 1] is not None:
                prev = self.sent_attr[si - 1]
                attr = Attribution(prev.name, prev.speaker, None)
            self._add(si, q.start, q.end, "DIRECT_QUOTE", attr, q.group)
            made = True
        return made

    def _is_term(self, q: Quotation, q_first: int) -> bool:
        """A name, title or mentioned term in quotation marks rather than someone's words."""
        words = [w for w in self.text[q.start : q.end].split() if w[0].isalnum()]
        if self.lex.lang == "en" and words and all(w[0].isupper() for w in words):
            return True
        j = q_first - 1
        while j >= 0 and not self.tokens[j].is_word:
            j -= 1
        if j < 0:
            return False
        prev = self.tokens[j]
        if prev.low in self.lex.term_markers:
            return True
        return self.lex.lang == "de" and prev.is_cap and bool(words) and words[0][0].isupper()

    # -- indirect quotes ------------------------------------------------------------------------

    def _indirect(self, si: int, lo: int, hi: int, cues: list[Cue], s_start: int, s_end: int) -> bool:
        made = False
        toks = self.tokens
        for c in cues:
            if c.speaker is None:
                continue
            spans: list[tuple[int, int]] = []
            min_words = MIN_INDIRECT_WORDS
            if c.kind == "source_noun" or (self.lex.clause_openers and c.kind in ("source_before", "source_after")):
                spans.extend(self._around_source(c, lo, hi, s_end))
                min_words = 1  # the parts of a clause split by its source ("Heute wurden [laut X] …")
            elif c.kind == "source_before":
                m = c.speaker
                if c.first == lo or toks[c.first - 1].text == ",":
                    j = m.end + 1
                    if j < hi and toks[j].text == ",":
                        j += 1
                    if c.first == lo and j < hi:
                        spans.append((toks[j].start, self._clause_end(j, hi, s_end)))
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
                spans.extend(self._verb_content(c, lo, hi, s_start, s_end))
                if not spans and c.kind == "verb" and toks[c.first].low in self.lex.speech_act_verbs:
                    act = self._speech_act_content(si, c, lo, hi, s_start, s_end)
                    if act is not None:
                        spans.append(act)
                        min_words = 1
            attr = self._attr(c)
            for a, b in spans:
                a, b = self._trim(a, b)
                if self._words(a, b) < min_words or (min_words > 1 and self._mostly_quoted(a, b)):
                    continue
                if any(r.start == a and r.end == b for r in self.recs):
                    continue
                self._add(si, a, b, "INDIRECT_QUOTE", attr, None)
                made = True
        return made

    def _speech_act_content(self, si: int, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> tuple[int, int] | None:
        """What a speech-act sentence reports: nothing when it is negated ("äußerte sich nicht") or
        when its words are quoted in it (the direct quote is the content); the pronoun when it
        refers back ("Das meldete die Zeitung" -> "Das"); else the sentence."""
        lex, toks = self.lex, self.tokens
        if any(r.sentence == si and r.label == "DIRECT_QUOTE" for r in self.recs[-4:]):
            return None
        for k in range(lo, hi):
            w = toks[k].low
            if w in lex.negations and not toks[k].quoted:
                return None
            if w in lex.anaphoric_objects and not toks[k].quoted:  # a pronoun, not an article
                n = toks[k + 1] if k + 1 < hi else None
                if n is None or not n.is_word or n.low in lex.cue_verbs or n.low in lex.auxiliaries:
                    return toks[k].start, toks[k].end
        return self._speech_act(c, lo, hi, s_start, s_end)

    def _speech_act(self, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> tuple[int, int]:
        """A reported speech act without a content clause ("Die Polizei warnte vor Glätte."): the
        sentence is the quote, up to a colon that introduces what was said."""
        for k in range(c.last + 1, hi):
            if self.tokens[k].text == ":" and not self.tokens[k].quoted:
                return s_start, self.tokens[k].end
        return s_start, s_end

    def _around_source(self, c: Cue, lo: int, hi: int, s_end: int) -> list[tuple[int, int]]:
        """The reported clause around a German source phrase, without the phrase: "Die Maschine
        ist [laut Polizei] abgestürzt", "…, die [nach Angaben der UN] überfordert ist, …"."""
        toks = self.tokens
        m = c.speaker
        first, last = min(c.first, m.first), max(c.last, m.end)
        left, sub = self._clause_start(first, lo)
        right = self._clause_stop(last + 1, hi, s_end, sub)
        out = []
        if left < first:
            out.append((toks[left].start, toks[first].start))
        if last + 1 < hi:
            out.append((toks[last + 1].start, right))
        return out

    def _clause_start(self, k: int, lo: int) -> tuple[int, bool]:
        """First token of the clause holding token k, and whether it is a subordinate clause: the
        nearest comma before k opens the clause when a subordinator or relative pronoun follows it;
        any other comma means k sits in the main clause after an embedded one."""
        toks, lex = self.tokens, self.lex
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

    def _clause_stop(self, j: int, hi: int, s_end: int, sub: bool) -> int:
        """End of the clause from token j: a subordinate clause ends at the comma before the main
        clause's verb (a lower-case word that is not an article, conjunction or "zu"); a main clause
        where `_clause_end` says."""
        toks, lex = self.tokens, self.lex
        if not sub:
            return self._clause_end(j, hi, s_end)
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

    def _verb_content(self, c: Cue, lo: int, hi: int, s_start: int, s_end: int) -> list[tuple[int, int]]:
        toks, lex = self.tokens, self.lex
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
                return [(toks[tail_end + 1].start, self._clause_end(tail_end + 1, hi, s_end))] if tail_end + 1 < hi else []
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
                return [(toks[k + 1].start, self._clause_end(k + 1, hi, s_end))] if k + 1 < hi else []
            if t.text in {",", ":"}:
                if k + 1 < hi and toks[k + 1].quoted:
                    return []
                if lex.lang == "de" or t.text == ":":
                    n = k + 1
                    if n < hi and toks[n].low in lex.complementizers:
                        n += 1
                    return [(toks[n].start, self._clause_end(n, hi, s_end))] if n < hi else []
                return []
            if not t.is_word:
                return []
            k += 1
        # English "he said the talks failed": a clause right after the cue, subject before it
        if toks[c.first].low in lex.bare_complement_verbs and m.end < c.first and j < hi and not toks[j].quoted:
            t = toks[j]
            if t.low in lex.clause_starters or t.low in lex.determiners or t.low in lex.pronouns or t.is_cap:
                return [(t.start, self._clause_end(j, hi, s_end))]
        return []

    def _clause_end(self, j: int, hi: int, s_end: int) -> int:
        """End of the reported clause starting at token j: the sentence end, or (English) a comma
        before a clause breaker, or (both) a comma before a trailing attribution."""
        toks, lex = self.tokens, self.lex
        for k in range(j, hi):
            t = toks[k]
            if t.quoted and t.text != ",":
                continue
            if t.text == ";":
                return t.start
            if t.text != ",":
                continue
            n = k + 1
            while n < hi and not toks[n].is_word:
                n += 1
            if n >= hi:
                break
            w = toks[n]
            if lex.lang == "en" and (w.low in lex.clause_breakers or (w.low.endswith("ing") and w.text == w.low)):
                return t.start
            if w.low in lex.cue_verbs or w.low in lex.so_cues:
                return t.start
            if w.low in lex.pronouns and n + 1 < hi and toks[n + 1].low in lex.cue_verbs:
                return t.start
            if any(tuple(x.low for x in toks[n : n + len(p)]) == p for p in lex.source_before):
                return t.start
        return s_end

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and self.text[a] in TRIM:
            a += 1
        while b > a and self.text[b - 1] in TRIM:
            b -= 1
        return a, b

    def _words(self, a: int, b: int) -> int:
        return sum(1 for w in self.text[a:b].split() if any(ch.isalnum() for ch in w))

    def _mostly_quoted(self, a: int, b: int) -> bool:
        """Fewer than two words outside quotation marks: the direct quote already covers it."""
        lo, hi = bisect_right(self.starts, a - 1), bisect_right(self.starts, b - 1)
        return sum(1 for t in self.tokens[lo:hi] if t.is_word and not t.quoted) < 2

    def _add(self, si: int, a: int, b: int, label: str, attr: Attribution | None, group: int | None) -> None:
        self.recs.append(QuoteRec(a, b, label, si, group, attr))
        if attr is not None and attr.name:
            self.sent_attr[si] = attr
            self.last, self.last_sentence = attr, si


def _materialize(text: str, recs: list[QuoteRec], ann: Annotation, lang: str) -> None:
    """Spans with ids q1…, s1…, c1… and the said_by / cue relations."""
    speakers: dict[tuple[int, int], str] = {}
    cues: dict[tuple[int, int], str] = {}
    quotes, extra = [], []
    for r in sorted(recs, key=lambda r: (r.start, r.end)):
        qid = f"q{len(quotes) + 1}"
        name = r.attr.name if r.attr else None
        form = "direct" if r.label == "DIRECT_QUOTE" else "indirect"
        quotes.append(Span.over(text, r.start, r.end, r.label, qid, speaker=name, form=form, lang=lang))
        if r.attr is None:
            continue
        if r.attr.speaker is not None:
            sid = speakers.get(r.attr.speaker)
            if sid is None:
                sid = speakers[r.attr.speaker] = f"s{len(speakers) + 1}"
                s, e = r.attr.speaker
                extra.append(Span.over(text, s, e, "SPEAKER", sid, name=name or text[s:e]))
            ann.relations.append(Relation(qid, sid, "said_by"))
        if r.attr.cue is not None:
            cid = cues.get(r.attr.cue)
            if cid is None:
                cid = cues[r.attr.cue] = f"c{len(cues) + 1}"
                extra.append(Span.over(text, *r.attr.cue, "CUE", cid))
            ann.relations.append(Relation(qid, cid, "cue"))
    ann.spans = sorted(quotes + extra, key=lambda s: (s.start, s.end, s.id))
