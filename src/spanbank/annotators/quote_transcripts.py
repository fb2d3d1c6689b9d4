"""English interview transcripts and Q&A copy (round 40, entranscripts).

A transcript gives each turn a speaker label at the start of a line: capitals ("TAPPER: …", "MR. TRUMP: …", "SEN.
LINDSEY GRAHAM (R-SC): …", "JOAN BISKUPIC, CNN CHIEF SUPREME COURT ANALYST: …", "[16:30:04] WARREN: …") or a name and a
time stamp on a line of its own ("Jen Psaki: (02:56)"). The turn itself is no quote (like a German interview's
indicative answer after "Pau:"), but a report inside it whose speaker is "I" or "we" is the labelled person's, and a
third-person pronoun there never points at a name seen only as a label ("Zeke: … He said there were …" was the press
secretary of the label before). A label counts only in a document with two different labels at least, so a dateline
("MUMBAI: …") or one heading is no turn.

An editor's bracketed question before the answer ("[Asked if she found the comments racist:] "Yeah, I do," Ernst
said") is no part of the report after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spanbank.annotators.quote_context import Attribution, QuoteContext
from spanbank.annotators.quote_speakers import person_name

#: a speaker label in capitals opening a line: an optional time stamp, up to five words in capitals (titles with their
#: full stop: "SEN.", "MR.", "C."), then roles after commas in capitals and brackets ("(R-SC)", "(voice-over)"), a colon
_EN_CAPS_LABEL = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:\*\*|__)?"
    r"(?P<label>(?:[A-Z][A-Z'’.-]*[ \t]+){0,4}[A-Z][A-Z'’-]*[A-Z])"
    r"(?:,[ \t]*[A-Z0-9][A-Z0-9 .'’&/-]*|[ \t]*\([^()\n:]{1,40}\))*"
    r"[ \t]*(?:\*\*:|__:|:\*\*|:__|:)(?=[ \t\n]|$)", re.M)

#: a name and a time stamp on a line of their own (transcription services: "Jen Psaki: (00:18)")
_EN_STAMPED_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z'’-]+(?:[ \t][A-Z][A-Za-z'’.-]+){0,2}):[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*$", re.M)

#: a turn of a questioner or an answer without a name: "Q:", "A:", "Q Thank you, Jen." (press briefings), "Question:"
_EN_NO_NAME_TURN = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<label>Q|A|Q\.|A\.|Question|Answer)"
                              r"(?:(?:\*\*:|__:|:\*\*|:__|:)[ \t]|[ \t]+(?=[A-Z]))", re.M)

#: a name in title case and a colon opening a line (edited Q&A: "Obama: …"), a turn only for a person's name
_EN_TITLE_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<label>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)"
                             r"(?:\*\*:|__:|:\*\*|:__|:)[ \t]+(?=\S)", re.M)
#: (round 54, enfeature) a label may stand in Markdown bold, with its colon inside or after the marks: "**Marsh:** …",
#: "**Q**: …", "__INTERVIEWER:__ …" (the edited Q&A of magazines and web pages; were no turns)

#: words of labels that name a role or a heading, no person: the turn counts, its "I" stays unnamed
_EN_NO_NAME_LABEL_WORDS = frozenset({
    "question", "answer", "moderator", "audience", "crowd", "unidentified", "unknown", "announcer", "narrator",
    "operator", "participant", "speaker", "voice", "male", "female", "man", "woman", "protester", "protesters",
    "reporter", "reporters", "interviewer", "host", "anchor", "panel", "group", "update", "breaking", "exclusive",
    "note", "correction", "related", "source", "sources", "watch", "video", "photo", "photos", "read", "editor",
    "transcript", "graphic", "caption", "begin", "end", "commercial", "break"})

#: titles in a label before the name, besides the lexicon's ("MR.", "SEN.", "CHAIRMAN")
_EN_LABEL_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "adm", "lt", "col", "amb", "sec", "pres",
                              "mayor", "chairman", "chairwoman", "senator", "president", "secretary", "speaker",
                              "governor", "judge", "justice", "rev", "prof"})

_FIRST_PERSON = frozenset({"I", "We", "we"})

#: (round 43, entranscripts) words of a label that names the one asking (a reporter, a host, someone unidentified):
#: the "I"/"we" of that turn is no one named elsewhere in the transcript
_EN_ASKER_LABEL_WORDS = frozenset({
    "question", "unidentified", "unknown", "audience", "crowd", "participant", "protester", "protesters", "reporter",
    "reporters", "interviewer", "host", "anchor", "moderator", "male", "female"})
_EN_ASKER_TURN = re.compile(r"[ \t]*(?:\*\*|__)?Q(?:uestion)?\b")  # (an unnamed turn: "QUESTION:" is a label)
_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "it"})

#: an editor's bracket before the words after it: "[Asked if she found the comments racist:] …"
_EN_EDITOR_BRACKET = re.compile(r"\[[^\[\]\n]{3,200}\][ \t]*")


def _label_words(label: str) -> list[str]:
    words = [w for w in label.replace(".", ". ").split() if w]
    out = []
    for w in words:
        if w.endswith(".") and w[:-1].lower() in _EN_LABEL_TITLES or w.rstrip(".").lower() in _EN_LABEL_TITLES and len(words) > 1:
            continue
        out.append(w)
    return out


def _spelled(ctx: QuoteContext, words: list[str]) -> tuple[str, bool]:
    """The label's name as the running text spells it ("MCCONNELL" → "McConnell"), else in title case."""
    name = " ".join(words)
    for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", ctx.text, re.I):
        form = m.group(0)
        if form[:1].isupper() and not form.isupper():
            return form, True
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0], False  # an acronym: "NYT", "CNN"
    return " ".join(w if (len(w) == 2 and w.endswith(".")) else _title_word(w) for w in words), False


#: (round 43, entranscripts) the parts of a name in capitals that keep a capital inside: a hyphen's second part
#: ("JEAN-PIERRE"), a one-letter prefix and an apostrophe ("O'BRIEN", "D'ANGELO"), "Mc" ("MCCONNELL")
_EN_INNER_CAPITAL = re.compile(r"(?<=-)[a-z]|(?<=^[a-z]['’])[a-z]|(?<=^mc)[a-z](?=[a-z]{2})")


def _title_word(w: str) -> str:
    """A label's word in capitals as a name ("MCCURRY" → "McCurry", "JEAN-PIERRE" → "Jean-Pierre"; was "Mccurry")."""
    low = w.lower()
    if not w.isupper() or not ("-" in w or "'" in w or "’" in w or low.startswith("mc")):
        return w[:1] + low[1:]
    return w[:1] + _EN_INNER_CAPITAL.sub(lambda m: m.group(0).upper(), low)[1:]


def _lone_person_label(ctx: QuoteContext, lab: str) -> bool:
    """(round 41, enlists3) a lone label that names a person: a single-speaker transcript ("CHAIRMAN RICHARD BURR: …
    I've said …", "SEN. RICHARD BURR, R-NC, INTEL CMTE CHMN: …", "SCHIFF: …" after "Rep. Adam Schiff" in the setup):
    capitals (no title-case word), a title before a name of two words or before a surname the running text spells,
    or a surname the text names in full with a first name; no heading word, no digit ("NEW YORK: …", "WHY IT MATTERS:
    …", "VERDICT: …" stay no turns)."""
    if not lab.isupper() or any(ch.isdigit() for ch in lab) or lab.startswith("THE "):
        return False
    words = _label_words(lab)
    if not words or any(w.rstrip(".").lower() in _EN_NO_NAME_LABEL_WORDS for w in words):
        return False
    titled = len(words) < len(lab.replace(".", ". ").split())
    name, in_text = _spelled(ctx, words)
    if titled and (len(words) >= 2 or in_text):
        return True
    if not in_text:
        return False
    if len(words) == 1:
        name = max((n for _p, n in ctx.ents.names if n.endswith(" " + name) and len(n.split()) <= 3
                    and not ctx.lex.is_title(n.split()[0])), key=len, default=name)
    return len(name.split()) >= 2 and person_name(name, ctx.lex, ctx.ents)


#: (round 52, en3left) an unnamed answer's label opening a line: "A: …", "Answer: …"
_EN_ANSWER_ANY = re.compile(r"^[ \t]*(?:\*\*|__)?(?:A|Answer)(?:\*\*:|__:|:\*\*|:__|:)[ \t]", re.M)


def _en_question_answer_pairs(text: str) -> bool:
    """English (round 52, en3left): the text has two unnamed questions ("Q:", "Question:") and two unnamed answers ("A:",
    "Answer:") at least, each opening a line: Q&A copy, whose turns count with no name in a label."""
    return len(_EN_QUESTION_ANY.findall(text)) >= 2 and len(_EN_ANSWER_ANY.findall(text)) >= 2


def _turns(ctx: QuoteContext) -> list[tuple[int, int, int, str | None, str]]:
    """(label start, turn start, turn end, the labelled person's name or None, label text) of each turn."""
    text = ctx.text
    found = [(m.start(), m.end(), m.group("label")) for m in _EN_CAPS_LABEL.finditer(text)
             if (m.start() == 0 or text[m.start() - 1] == "\n")]
    found += [(m.start(), m.end(), m.group("label")) for m in _EN_STAMPED_LABEL.finditer(text)]
    titled = [(m.start(), m.end(), m.group("label")) for m in _EN_TITLE_LABEL.finditer(text)]
    seen = [lab for _a, _b, lab in titled]
    found += [(a, b, lab if seen.count(lab) >= 2 or person_name(lab, ctx.lex, ctx.ents) or lab in ctx.ents.by_surname
               else "") for a, b, lab in titled]  # (another name and a colon opening a line ends a turn, unnamed)
    found += [(m.start(), m.end(), "") for m in _EN_NO_NAME_TURN.finditer(text) if "Q" in m.group("label")
              or ":" in m.group(0) or m.group("label") == "Answer"]
    named = [lab for _a, _b, lab in found if lab]
    if len(set(named)) < 2 and not (len(named) >= 2 and len(found) > len(named)) \
            and not (len(set(named)) == 1 and _lone_person_label(ctx, named[0])) and not _en_question_answer_pairs(text):
        return []  # two different speakers, or one speaker and a questioner: no lone dateline or heading; (round 52,
        # en3left) or unnamed questions and answers, two of each ("Q: …" / "A: …")
    found = sorted({a: (a, b, lab) for a, b, lab in sorted(found, reverse=True)}.values())
    full: dict[str, list[str]] = {}  # surname → the longest name words of a label with it ("TAPPER" → JAKE TAPPER)
    for _a, _b, lab in found:
        if lab.startswith("THE "):
            continue
        words = _label_words(lab)
        if words and not any(w.rstrip(".").lower() in _EN_NO_NAME_LABEL_WORDS for w in words):
            key = words[-1].lower()
            if len(words) > len(full.get(key, [])):
                full[key] = words
    out = []
    for n, (a, b, lab) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        words = _label_words(lab)
        name = None
        if lab.startswith("THE ") and lab.isupper() and 2 <= len(lab.split()) <= 3 \
                and ctx.lex.is_title(lab.split()[-1].lower()):
            name = lab[4:].lower()  # "THE PRESIDENT:" is "president", as "the president" is elsewhere
        elif words and not any(w.rstrip(".").lower() in _EN_NO_NAME_LABEL_WORDS for w in words) \
                and not any(ch.isdigit() for ch in lab):
            if len(words) == 1:
                words = full.get(words[0].lower(), words)
            name, in_text = _spelled(ctx, words)
            if len(words) == 1 and in_text:  # a surname the text names in full: "QUINTERO:" after "Senator Mara Quintero"
                cands = list(dict.fromkeys(n for _p, n in ctx.ents.names if n.endswith(" " + name) and len(n.split()) <= 3
                                           and not ctx.lex.is_title(n.split()[0])))
                # (round 54, enfeature) of a family the person named first, as long as the others: "**Marsh:**" after
                # "Helen Marsh" is Helen Marsh, not her daughter "Rachel Marsh" named later (was the longest name)
                name = max(cands, key=lambda n: (len(n.split()), -cands.index(n)), default=name)
            if named.count(lab) < 2 and not in_text and not person_name(name, ctx.lex, ctx.ents) \
                    and len(_label_words(lab)) == len(lab.split()):
                name = None  # a label seen once is a person only when the text spells it, a first name or a title opens
                # it: "VERDICT: …", "TEAM NEWS: …" are headings
        out.append((a, b, end, name, lab))
    return out


def _quoted_at(ctx: QuoteContext, pos: int) -> bool:
    k = bisect_right(ctx.starts, pos) - 1
    return 0 <= k < len(ctx.tokens) and ctx.tokens[k].quoted


#: (round 53, enleft) role labels of a broadcast interview, "HOST:" and "GUEST:" (also "CALLER:" is a role, not a name)
_EN_HOST_LABELS = frozenset({"HOST", "ANCHOR", "INTERVIEWER", "PRESENTER"})
_EN_GUEST_LABELS = frozenset({"GUEST", "INTERVIEWEE"})
#: (round 53, enleft) how a host names the guest: "My guest today is Tomas Reyes", "Tomas Reyes joins us now", "I'm
#: joined by …", "With me now is …", "Joining us is …"
_EN_GUEST_INTRO = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+guests?\s+(?:(?:today|tonight|now|this\s+(?:morning|evening|week|hour))\s+)?(?:is|are)"
    r"|[Ii]'m\s+joined\s+(?:now\s+|today\s+)?by|[Ww]ith\s+(?:me|us)\s+(?:now|today|this\s+morning)\s+is"
    r"|[Jj]oining\s+(?:me|us)\s+(?:(?:now|today)\s+)?(?:is|from\s+[A-Z][\w .-]{0,30}?\s+is))\s+(?=[A-Z])")
_EN_JOINS_US = re.compile(r"\s+(?:,[^,\n]{1,80},\s+)?joins\s+(?:us|me)\b")
_EN_PRONOUN_JOINS_US = re.compile(r"(?<![\w'’])(?:He|She)\s+joins\s+(?:us|me)\b")
#: (round 54, entranscript) how an intro names the host by the role before the name: "Host Dan Feld spoke with …",
#: "… told host Ezra Klein"
_EN_HOST_ROLE_WORDS = frozenset({"Host", "Anchor", "Presenter"})
_EN_HOST_NAMED = re.compile(r"(?<![\w'’])(?:[Hh]ost|[Aa]nchor|[Pp]resenter)\s+(?=[A-Z])")
#: (round 53, enleft) how a host names themself: "I'm Dana Whitfield", "I am …"
_EN_HOST_SELF = re.compile(r"(?<![\w'’])I(?:'m|’m|\s+am)\s+(?=[A-Z])")


def _en_role_label_names(ctx: QuoteContext, turns: list[tuple[int, int, int, str | None, str]]
                         ) -> list[tuple[int, int, int, str | None, str]]:
    """English (round 53, enleft): the persons a broadcast interview's role labels stand for. "HOST:" is the person
    who names themself in a host's turn or before the first turn ("I'm Dana Whitfield"); "GUEST:" the person a host's
    turn or the intro before the guest's first turn introduces ("My guest today is …", "Tomas Reyes … joins us", "I'm
    joined by …"), else the one person other than the host named there in full (was "Guest" as the name of every "I"
    of the guest's turns, and "I" in the host's). The labels keep what they gave when no one fits."""
    labels = {lab for *_x, lab in turns}
    if not labels & _EN_GUEST_LABELS and not labels & _EN_HOST_LABELS:
        return turns
    text, toks = ctx.text, ctx.tokens
    first_guest = next((a for a, _b, _e, _n, lab in turns if lab in _EN_GUEST_LABELS), len(text))
    # (round 54, entranscript) the intro runs to the first role label (an unnamed heading turn before it, "Transcript:
    # Mayor Ortiz on the bus strike", left no intro)
    first_role = next((a for a, _b, _e, _n, lab in turns if lab in _EN_GUEST_LABELS or lab in _EN_HOST_LABELS), 0)
    spans = [(0, first_role)] + [(b, e) for a, b, e, _n, lab in turns if lab in _EN_HOST_LABELS]
    # names of two or three words ending in no organisation's head: the introductions below say they are persons
    named = [(toks[pos].start, n) for pos, n in ctx.ents.names if " " in n and len(n.split()) <= 3
             and n.split()[-1].lower() not in ctx.lex.org_heads and not toks[pos].quoted]
    named = [(q + len(n.split(" ", 1)[0]) + 1, n.split(" ", 1)[1]) if n.split(" ", 1)[0] in _EN_HOST_ROLE_WORDS
             and n.count(" ") >= 2 else (q, n) for q, n in named]  # (round 54, entranscript) "Host Dan Feld" opening
    # a sentence is Dan Feld
    people = [(q, n) for q, n in named if person_name(n, ctx.lex, ctx.ents)]

    def named_at(p: int, lo: int, hi: int, reach: int) -> str | None:
        return next((n for q, n in named if p <= q <= p + reach and lo <= q < hi), None)  # (a title may stand between)

    host = None
    for lo, hi in spans:
        for m in _EN_HOST_SELF.finditer(text, lo, hi):
            if (n := named_at(m.end(), lo, hi, 0)) is not None:
                host = host or n
    if host is None and labels & _EN_HOST_LABELS:
        for m in _EN_HOST_NAMED.finditer(text, 0, first_role):
            if (n := named_at(m.end(), 0, first_role, 0)) is not None:
                host = host or n  # (round 54, entranscript) the intro names the host by the role: "Host Dan Feld spoke
                # with Mayor Elena Ortiz …" (two persons in the intro gave the guest no name: "I" was "Guest")
    guest = None
    intro = [(lo, min(hi, first_guest)) for lo, hi in spans if lo < first_guest]
    for lo, hi in intro:
        for m in _EN_GUEST_INTRO.finditer(text, lo, hi):
            if guest is None and (n := named_at(m.end(), lo, hi, 25)) is not None and n != host:
                guest = n
        for q, n in named:
            if guest is None and lo <= q < hi and n != host and _EN_JOINS_US.match(text, q + len(n)):
                guest = n
        for m in _EN_PRONOUN_JOINS_US.finditer(text, lo, hi):
            s0 = max(text.rfind(". ", lo, m.start() - 2), text.rfind("? ", lo, m.start() - 2), text.rfind("! ", lo, m.start() - 2))
            s0 = lo if s0 < 0 else s0 + 2
            while s0 < m.start() and text[s0].isspace():
                s0 += 1
            opening = next((n for q, n in named if q == s0 and n != host), None)
            if guest is None and opening is not None:
                guest = opening  # the subject opening the sentence before: "Tomas Reyes runs the … authority, the
                # largest user of Colorado River water. He joins us now from El Centro."
    if guest is None and labels & _EN_GUEST_LABELS:
        others = {n.split()[-1]: n for q, n in people if any(lo <= q < hi for lo, hi in intro) and n != host}
        if len(others) == 1:
            guest = next(iter(others.values()))
    out = []
    for a, b, e, name, lab in turns:
        if lab in _EN_GUEST_LABELS and guest is not None:
            name = guest
        elif lab in _EN_HOST_LABELS and host is not None:
            name = host
        out.append((a, b, e, name, lab))
    return out


def en_transcript_turns(ctx: QuoteContext) -> None:
    """English: first-person speakers inside a labelled turn are the labelled person; a third-person pronoun is no
    name seen only as a label, nor the turn's own speaker."""
    turns = _turns(ctx)
    if not turns:
        return
    turns = _en_role_label_names(ctx, turns)
    text = ctx.text
    starts = [t[1] for t in turns]
    labels_only: set[str] = set()
    masked = text
    for a, b, _e, _n, _lab in turns:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    for _a, _b, _e, name, lab in turns:
        for form in filter(None, (name, lab)):
            if form.startswith(("THE ", "the ")) or " " not in form and form.islower():
                continue
            last = form.split()[-1]
            if not re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", masked):
                labels_only.add(form)
    label_forms = {lab for *_x, lab in turns}
    asker, answerer, owner_of = _en_qa_parties(ctx, turns)
    turns = [(a, b, _en_narrative_end_enfeature(text, b, e, owner_of.get(k, n) or (
        answerer if answerer is not None and not _asker_turn(text, (a, b, e, n, lab)) and not lab else None)), n, lab)
             for k, (a, b, e, n, lab) in enumerate(turns)]
    for r in ctx.recs:
        a = r.attr
        if a is None or a.speaker is None:
            continue
        s, e = a.speaker
        k = bisect_right(starts, s) - 1
        if k < 0 or s >= turns[k][2]:
            continue
        word = text[s:e]
        own = owner_of.get(k, turns[k][3])
        if answerer is not None and k not in owner_of and not _asker_turn(text, turns[k]) and not turns[k][4]:
            own = answerer
        if own is not None and own == answerer and word in _FIRST_PERSON and not _quoted_at(ctx, s):
            r.attr = Attribution(own, a.speaker, a.cue)  # (round 52, en3left) the interviewee's "I" in an answer, also
            continue  # before a quotation: 'A: … I told him, "Please stop telling people that."' (was no one)
        if answerer is not None and word.lower() == "you" and _en_asking(text, turns[k], owner_of.get(k), asker) \
                and not _quoted_at(ctx, s):
            r.attr = Attribution(answerer, a.speaker, a.cue)  # (round 52, en3left) the asker's "you" is the one asked:
            continue  # 'Q: You've said before that film composing is "…"' (was "You")
        if asker is not None and word.lower() in _THIRD_PERSON and a.name == asker \
                and not _en_asking(text, turns[k], owner_of.get(k), asker):
            r.attr = Attribution(None, a.speaker, a.cue)  # (round 52, en3left) a pronoun in an answer is not the
            continue  # interviewer of the intro: "A: When they closed, he said to me, '…'" (was the editor)
        if answerer is not None and word.lower() in _THIRD_PERSON and a.name and k >= 1 \
                and not _en_asking(text, turns[k], owner_of.get(k), asker) and not re.search(
                    r"(?<!\w)" + re.escape(a.name.split()[-1]) + r"(?!\w)", text[turns[k - 1][0] : s], re.I):
            r.attr = Attribution(None, a.speaker, a.cue)  # (round 52, en3left) a pronoun in an answer names no one
            continue  # named only before the question it answers: "A: … a song by a twelve-year-old … She told me it
            # was "just a warm-up."" (was a teacher named three answers before)
        if word in _FIRST_PERSON and own is not None and not _quoted_at(ctx, s) and not ctx.all_quoted(r.start, r.end):
            r.attr = Attribution(own, a.speaker, a.cue)
        elif word in _FIRST_PERSON and own is None and a.name and a.name not in _FIRST_PERSON \
                and not _quoted_at(ctx, s) and _asker_turn(text, turns[k]) \
                and a.name not in text[turns[k][1] : turns[k][2]]:
            # (round 43, entranscripts) the questioner's "we"/"I" ("Q: … and we reported that he would"; "UNIDENTIFIED
            # FEMALE: We're reporting that …") took a name from another turn ("one donor", the answerer): none
            r.attr = Attribution(None, a.speaker, a.cue)
        elif word.lower() in _THIRD_PERSON and a.name and (
                a.name in labels_only or a.name == own or a.name in label_forms
                # (round 54, entranscript) or the owner's surname alone: "GUEST: … They said they needed time …" was
                # "Ortiz" after the headline's "Mayor Ortiz" (the guest is Elena Ortiz)
                or (own is not None and " " not in a.name and own.split()[-1] == a.name)
                or a.name in _FIRST_PERSON):  # ("They said …" after the turn's "I told …" was "I")
            r.attr = Attribution(None, a.speaker, a.cue)


def _en_narrative_end_enfeature(text: str, b: int, e: int, owner: str | None) -> int:
    """English (round 54, enfeature): where a turn (text[b:e]) ends when the writer's narrative takes over before the
    next label or the end of the text: at a line that opens with the turn's own person named, by full name or surname,
    before a lower-case word ("A: … He was joking. Mostly.¶ Marsh says she is already planning a second book …"), as no
    speaker names themself that way. The turn's end otherwise (the last answer ran to the end of the text, so a "she"
    after it named no one)."""
    if not owner or owner[:1].islower() or owner.isupper():
        return e
    forms = sorted({owner, owner.split()[-1]}, key=len, reverse=True)
    found = re.compile(r"\n[ \t]*(?:" + "|".join(re.escape(f) for f in forms) + r")(?:,[^,\n]{1,60},)?[ \t]+[a-z]").search(
        text, b, e)
    return found.start() if found else e


def _en_initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _en_asking(text: str, turn: tuple[int, int, int, str | None, str], owner: str | None, asker: str | None) -> bool:
    """(round 52, en3left) the turn is the asker's: "Q:", "QUESTION:", or a label of the interviewer's initials."""
    return _asker_turn(text, turn) or (owner is not None and owner == asker)


def _en_qa_parties(ctx: QuoteContext, turns: list[tuple[int, int, int, str | None, str]]
                   ) -> tuple[str | None, str | None, dict[int, str]]:
    """English (round 52, en3left): in Q&A copy with an intro before its first turn, (the interviewer, the interviewee,
    {turn index: the person a label of initials names}). A label of two or three capitals ("TW:", "LV:") names the one
    person of the intro with those initials; the interviewer is the one whose labelled turns end in a question mark, the
    interviewee the other. With unnamed turns ("Q:"/"A:") the interviewee is the person the text names most often
    (by surname) among the intro's persons other than the interviewer, the first seen on a tie ("… A Conversation With
    Composer Lena Vasquez ¶ Lena Vasquez, 52, … spoke with arts editor Tom Whitcomb"). Nothing when no person fits."""
    text = ctx.text
    first = turns[0][0]
    intro = [(p, n) for p, n in ctx.ents.names if ctx.tokens[p].start < first and " " in n
             and person_name(n, ctx.lex, ctx.ents)]
    if not intro:
        return None, None, {}
    owner_of: dict[int, str] = {}
    asks: dict[str, list[bool]] = {}
    for k, (_a, b, e, _name, lab) in enumerate(turns):
        if not (2 <= len(lab) <= 3 and lab.isalpha() and lab.isupper()):
            continue
        fits = {n for _p, n in intro if _en_initials(n) == lab}
        if len(fits) != 1:
            continue
        owner_of[k] = next(iter(fits))
        asks.setdefault(owner_of[k], []).append(text[b:e].rstrip().endswith("?"))
    asker = next((n for n, q in asks.items() if q and sum(q) * 2 > len(q)), None)
    answerer = next((n for n, q in asks.items() if n != asker and sum(q) * 2 <= len(q)), None)
    if answerer is None and any(not lab and not _asker_turn(text, t) for t in turns for lab in (t[4],)):
        counts: dict[str, int] = {}
        by_surname: dict[str, int] = {}  # (round 52, quotespeed) each surname counted once (was once per name)
        for _p, n in intro:
            if n != asker and n not in counts:
                last = n.split()[-1]
                if last not in by_surname:
                    by_surname[last] = len(re.findall(r"(?<!\w)" + re.escape(last) + r"(?!\w)", text))
                counts[n] = by_surname[last]
        if counts:
            answerer = max(counts, key=lambda n: counts[n])  # (max keeps the first seen on a tie)
    if asker is None and answerer is not None:
        others = [n for _p, n in intro if n != answerer]
        if len(set(others)) == 1 and any(_asker_turn(text, t) for t in turns):
            asker = others[0]
    return asker, answerer, owner_of


def _asker_turn(text: str, turn: tuple[int, int, int, str | None, str]) -> bool:
    """A turn of the one asking: "Q:", "Q …", "QUESTION:", "UNIDENTIFIED FEMALE:", "REPORTER:", "HOST:"."""
    a, b, _e, _name, lab = turn
    if not lab:
        return _EN_ASKER_TURN.match(text, a, b) is not None
    return any(w.strip(".,()").lower() in _EN_ASKER_LABEL_WORDS for w in lab.split())


def en_editor_brackets(ctx: QuoteContext) -> None:
    """English: an indirect quote that opens with an editor's bracket ending in a colon or holding a question
    ("[Asked if …:]", "[On the budget:]") starts after it; nothing is left when only a direct quote follows."""
    text, drop = ctx.text, []
    for r in ctx.recs:
        if r.label != "INDIRECT_QUOTE" or text[r.start : r.start + 1] != "[":
            continue
        m = _EN_EDITOR_BRACKET.match(text, r.start, r.end)
        if m is None:
            continue
        inner = text[m.start() + 1 : m.end()].rstrip().rstrip("]").strip()
        if not (inner.endswith(":") or inner.lower().startswith(("asked", "when asked", "on ", "about "))):
            continue
        a, b = ctx.trim(m.end(), r.end)
        if b <= a or all(any(q.label == "DIRECT_QUOTE" and q.start <= x < q.end for q in ctx.recs)
                         for x in range(a, b) if text[x].isalnum()):
            drop.append(r)
        else:
            r.start, r.end = a, b
    if drop:
        ctx.recs = [r for r in ctx.recs if all(r is not d for d in drop)]


#: a questioner's line in edited Q&A copy: "Q: …", "Q. …", "Question: …" opening the paragraph
_EN_QUESTION_LINE = re.compile(r"[ \t]*(?:Q[:.]|Question:)[ \t]")
#: the answer's own label: "A: …", "A. …", "Answer: …"
_EN_ANSWER_LINE = re.compile(r"[ \t]*(?:A[:.]|Answer:)[ \t]")
_EN_QUESTION_ANY = re.compile(r"^[ \t]*(?:\*\*|__)?(?:Q[:.]|Question:|Q\*\*:|Question\*\*:)(?:\*\*|__)?[ \t]", re.M)


def en_question_line_answers(ctx: QuoteContext, para_of: list[int]) -> None:
    """English (round 40, enchains): in Q&A copy whose questions are plain lines ("Q: Do you think it reached the West
    Wing?") and whose answers are quotations without a cue, an answer is the person who answered before, never a
    source named inside the question ("Q: Some Democrats are still talking about impeachment, what's your response?"
    gave the answer to "Some Democrats"): the speaker of the quotation closing the paragraph before the question (an
    answer itself), else no one. A quotation with a cue of its own keeps it."""
    text, sents = ctx.text, ctx.sents
    if not _EN_QUESTION_ANY.search(text):
        return
    first_of: dict[int, int] = {}
    for si, p in enumerate(para_of):
        first_of.setdefault(p, si)
    qpara = {p for p, si in first_of.items() if _EN_QUESTION_LINE.match(text, sents[si][0] - _indent(text, sents[si][0]))}
    if not qpara:
        return
    fixed: dict[int, Attribution | None] = {}
    for r in ctx.recs:
        if r.label != "DIRECT_QUOTE":
            continue
        if r.group is not None and r.group in fixed and (r.attr is None or r.attr.cue is None):
            r.attr = fixed[r.group]  # the later paragraphs of the same answer
            continue
        p = para_of[r.sentence]
        if p - 1 not in qpara or p in qpara or first_of[p] != r.sentence or (r.attr is not None and r.attr.cue is not None):
            continue
        s0 = sents[r.sentence][0]
        lead = text[s0 : r.start]
        if lead.strip(" \t\"“”‘’'") and not _EN_ANSWER_LINE.fullmatch(lead.rstrip("\"“”‘’' ") + " "):
            continue  # words of the writer's before the quotation: not a bare answer
        q_start = sents[first_of[p - 1]][0]
        # (round 50, enarticles) also a reported sentence of the interviewee's closing that paragraph: "When the book
        # became a bestseller, she said, everything changed. ¶ Q: Was the success hard to handle? ¶ "Very. …"" (was
        # no one); not one of the asker's ("Reporters asked Smith about the deal.")
        before = [o for o in ctx.recs if o.end <= q_start and (o.label == "DIRECT_QUOTE" or (
            o.label == "INDIRECT_QUOTE" and o.attr is not None and o.attr.cue is not None
            and not text[o.attr.cue[0] : o.attr.cue[1]].lower().startswith(("ask", "inquir", "wonder", "question"))))]
        before.sort(key=lambda o: o.end)
        answer = None
        if before and para_of[before[-1].sentence] == p - 2 and p - 2 not in qpara \
                and before[-1].attr is not None and before[-1].attr.name:
            prev = before[-1].attr
            answer = Attribution(prev.name, prev.speaker, None)
        r.attr = answer
        if r.group is not None:
            fixed[r.group] = answer


def _indent(text: str, pos: int) -> int:
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return pos - k


#: (round 41, deinterviews) a German turn label opening a line: a person's name in title case, one to three words
#: ("Scholz:", "Olaf Scholz:", "Marie-Agnes Strack-Zimmermann:")
_DE_NAME_LABEL = re.compile(r"^[ \t]*(?P<label>[A-ZÄÖÜ][a-zäöüß'’-]+(?:[ \t][A-ZÄÖÜ][a-zäöüß'’-]+){0,2}):[ \t]+(?=\S)", re.M)
#: any other label opening a line: a paper in capitals or in quotation marks, a site, a role ("SPIEGEL:", "DIE ZEIT:",
#: "ZEIT ONLINE:", '"Stern":', "abseits.at:", "LAOLA1:", "Frage:", "F:", "R:")
_DE_OTHER_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9.-]*(?:[ \t][A-ZÄÖÜ0-9][A-ZÄÖÜ0-9.-]*){0,2}|[\"„»][^\"“«\n]{2,30}[\"“«]"
    r"|[a-z0-9-]+\.[a-z]{2,3})[ \t]*:[ \t]+(?=\S)", re.M)
#: German words of a label that names a role, no person ("Frage:", "Antwort:", "Trainer:", "Reporter:")
_DE_ROLE_LABELS = frozenset({"frage", "antwort", "interviewer", "interviewerin", "moderator", "moderatorin", "reporter",
                             "reporterin", "trainer", "fazit", "hintergrund", "update", "anmerkung", "info", "quelle"})


def _de_turns(ctx: QuoteContext) -> list[tuple[int, int, str | None]]:
    """German (round 41, deinterviews): (turn start, turn end, the interviewee's name or None) of each turn of an
    interview printed with labels ("SPIEGEL: … / Scholz: …", "Frage: … / Nagelsmann: …"): a name label counts only
    when the same name labels two turns at least, it names a person, and another label asks (a dateline, a heading or a
    quote collection "Mats Hummels: „…“" is no interview)."""
    text = ctx.text
    found: dict[int, tuple[int, str | None]] = {}
    for m in _DE_OTHER_LABEL.finditer(text):
        found[m.start()] = (m.end(), None)
    names: list[tuple[int, int, str]] = []
    for m in _DE_NAME_LABEL.finditer(text):
        lab = m.group("label")
        if lab.lower() in _DE_ROLE_LABELS:
            found[m.start()] = (m.end(), None)
        else:
            names.append((m.start(), m.end(), lab))
    counts: dict[str, int] = {}
    for _a, _b, lab in names:
        key = lab.split()[-1]
        counts[key] = counts.get(key, 0) + 1
    asked = bool(found)
    named = False
    for a, b, lab in names:
        key = lab.split()[-1]
        full = max((n for _p, n in ctx.ents.names if n == lab or n.endswith(" " + key)), key=len, default=lab)
        if counts[key] >= 2 and asked and (" " in full or person_name(full, ctx.lex, ctx.ents)
                                           or re.search(r"\b(?:Herr|Frau)[ \t]+" + re.escape(key) + r"\b", text)):
            found[a] = (b, full)
            named = True
        else:
            found[a] = (b, None)
    if not named:
        return []
    starts = sorted(found)
    return [(found[a][0], starts[n + 1] if n + 1 < len(starts) else len(text), found[a][1]) for n, a in enumerate(starts)]


def de_interview_turns(ctx: QuoteContext) -> None:
    """German (round 41, deinterviews): in a labelled interview an unquoted "ich" speaking inside an answer is the
    labelled interviewee ("Wimmer: … Ich habe aber oft betont, dass …" had no name); an answer itself stays no quote,
    as in English transcripts."""
    turns = _de_turns(ctx)
    if not turns:
        return
    starts = [t[0] for t in turns]
    text = ctx.text
    for r in ctx.recs:
        a = r.attr
        if a is None or a.speaker is None or a.name:
            continue
        s, e = a.speaker
        word = text[s:e]
        k = bisect_right(starts, s) - 1
        if k < 0 or s >= turns[k][1] or _quoted_at(ctx, s) or ctx.all_quoted(r.start, r.end):
            continue
        if word in ("Ich", "ich") and turns[k][2] is not None:
            r.attr = Attribution(turns[k][2], a.speaker, a.cue)
        elif word == "Sie" and turns[k][2] is None and k + 1 < len(turns) and turns[k + 1][2] is not None \
                and text[:s].rstrip(" \t")[-1:] not in {"", ".", "!", "?", ":", "\n", "\"", "“", "„"}:
            # the questioner's formal "Sie" inside a sentence is the one who answers next: "SPIEGEL: Herr Scholz, Sie
            # haben gesagt, die Rente sei sicher."
            r.attr = Attribution(turns[k + 1][2], a.speaker, a.cue)
