"""The comment-policy pre-annotator: PROFANITY, INSULT, IDENTITY_ATTACK, THREAT, SPAM spans on
comments, and the comment's `violations`, `verdict`, `shouting` and `toxicity`.

Spans come from two sources merged into one layer:
  * a learned toxic-token model (`policy_model`, trained by scripts/train_policy.py on the
    ToxicSpans TRAIN split) and its second pass (a stacked model over the first pass's
    probabilities of the token, its neighbours, sentence and comment, and the rules' hits):
    tokens whose second-pass probability reaches the model's threshold (chosen by
    cross-validation on TRAIN) become spans, typed by lexicon when the word is listed, else by
    the model's type classifier;
  * a verdict model scoring each sentence: a comment judged toxic counts as a violation of the
    category of its most probable token even when no token reached the span threshold (spans are
    tuned for character F1, the verdict for document F1); when the model's `fallback` is on
    (chosen by CV on TRAIN), that token is marked if nothing else is, else
    `meta.unmarked_violation` says that the category has no span;
  * rules over lexicons kept as data (`policy_rules`, src/spanbank/data/policy/): obfuscated
    profanity, slurs, identity attacks, threats (also conditional ones), spam, `you are a <insult>`.
Which labels make a violation and whether shouting counts come from `load_schema().policy`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spanbank.annotators.base import Annotator
from spanbank.annotators.policy_lexicon import GROUP, HOSTILE, INS, PROF, SLUR, word_flags
from spanbank.annotators.policy_model import PolicyModel, load_policy_model, stack_features
from spanbank.annotators.policy_rules import (
    Hit,
    condemned_report,
    defended_groups,
    extend_to_clauses,
    generalising_hits,
    lexicon_hits,
    negated_word,
    neutral_text,
    person_noun,
    reported_violence,
    sentence_around,
    sentences,
    shouting_runs,
    spam_hits,
    threat_hits,
    threat_objects,
)
from spanbank.annotators.policy_text import tokens
from spanbank.annotators.policy_verdict import VerdictModel, load_verdict_model
from spanbank.model import Annotation, Document, Span
from spanbank.schema import Schema, load_schema

# model type classes -> schema labels
TYPE_TO_LABEL = {
    "insult": "INSULT",
    "profanity": "PROFANITY",
    "threat": "THREAT",
    "identity_hate": "IDENTITY_ATTACK",
}
_FLAG_TO_LABEL = {PROF: "PROFANITY", SLUR: "IDENTITY_ATTACK", INS: "INSULT"}
_REPORTED_LABELS = frozenset(("THREAT", "IDENTITY_ATTACK"))
_DEFENDED_LABELS = frozenset(("THREAT", "IDENTITY_ATTACK", "INSULT"))


def tokens_by_sentence(
    text: str, toks: list[tuple[int, int, str]], sents: list[tuple[int, int]]
) -> list[list[str]] | None:
    """`tokens(text[a:b])`'s strings for each of the sentences ``sents`` (`policy_rules.sentences`)
    of ``text``, read off ``text``'s tokens ``toks``; None when a token holds a "!" (it may then
    straddle a sentence end). Sentences end at runs of [.!?\n] and no token holds ".", "?" or a
    newline, so every other token lies inside one sentence, and a token match, which looks at no
    character beyond its end, is the same in the sentence as in the whole text."""
    if "!" in text and any("!" in t for _, _, t in toks):
        return None
    out: list[list[str]] = [[] for _ in sents]
    k = 0
    for s, _, t in toks:
        while sents[k][1] <= s:
            k += 1
        out[k].append(t)
    return out


# round 52 (policy2left): the type model's label of a token yields to a rule hit that covers it
_YIELDING_TYPES = frozenset(("THREAT", "PROFANITY"))


def rule_typed_tokens(
    toks: list[tuple[int, int, str]],
    flags: list[tuple[str, ...]],
    rules: list[Hit],
    marked: list[int],
    label_of,
) -> dict[int, str]:
    """Start offset -> label for the marked tokens (indices ``marked``, in order) whose THREAT or PROFANITY
    comes from the type model (no lexicon word) but which a rule reads otherwise: a group or hostile word
    inside an identity-attack rule hit ("Muslims are all terrorists": «terrorists» is the attack's, not a
    threat; round 53: any word of the hit typed THREAT that no threat rule reads), any group word ("These
    Hollywood women are ...": «women» is no profanity), and a run of
    consecutive marked tokens one of which lies in a listed insult phrase ("Shut up already": the phrase's
    INSULT, not a threat). ``label_of(i)``: the token's label as the model gives it."""
    out: dict[int, str] = {}
    if not marked:
        return out
    typed = {i: label_of(i) for i in marked if not (set(flags[i]) & {PROF, SLUR, INS})}
    typed = {i: lab for i, lab in typed.items() if lab in _YIELDING_TYPES}
    if not typed:
        return out
    ia = [h for h in rules if h.label == "IDENTITY_ATTACK"]
    phrases = [h for h in rules if h.label == "INSULT" and h.rule == "phrase"]
    marked_set = set(marked)
    for i, lab in typed.items():
        s, e, _ = toks[i]
        if (GROUP in flags[i] or HOSTILE in flags[i]) and any(h.start <= s and e <= h.end for h in ia):
            out[s] = "IDENTITY_ATTACK"
        elif lab == "THREAT" and any(h.start <= s and e <= h.end for h in ia) and not any(
            h.label == "THREAT" and h.start < e and s < h.end for h in rules
        ):
            # round 53 (policyaudit): any other word of the attack typed THREAT is the attack's too ("Illegals
            # are all criminals and rapists": «and» was THREAT), unless a threat rule reads it
            out[s] = "IDENTITY_ATTACK"
        elif GROUP in flags[i] and lab == "PROFANITY" and i - 1 not in marked_set and i + 1 not in marked_set:
            # a group word alone is no profanity ("the coolest women I've ever met"): no span ("")
            out[s] = ""
    if phrases:
        # runs of consecutive marked tokens with the type model's label
        run: list[int] = []
        for i in [*marked, -2]:
            if run and (i != run[-1] + 1 or i not in typed or typed[i] != typed[run[0]]):
                if any(h.start <= toks[j][0] and toks[j][1] <= h.end for j in run for h in phrases):
                    out.update({toks[j][0]: "INSULT" for j in run})
                run = []
            if i in typed:
                run.append(i)
    return out


def lone_person_threats(
    text: str, toks: list[tuple[int, int, str]], flags: list[tuple[str, ...]], rules: list[Hit], hits: list[Hit]
) -> list[Hit]:
    """``hits`` without the type model's THREAT on a word naming a person ("Damn girl, you look amazing!":
    «girl») when no other THREAT hit, of the model or a rule, is in its sentence (round 52, policy2left)."""
    starts = {s: i for i, (s, _, _) in enumerate(toks)}

    def lone(h: Hit) -> bool:
        i = starts.get(h.start)
        return (h.label == "THREAT" and i is not None and not (set(flags[i]) & {PROF, SLUR, INS})
                and person_noun(toks[i][2]))

    cands = [h for h in hits if lone(h)]
    if not cands:
        return hits
    drop = set()
    for h in cands:
        sent = sentence_around(text, h.start) or (0, len(text))
        if not any(o.label == "THREAT" and o is not h and not lone(o) and sent[0] <= o.start < sent[1]
                   for o in [*hits, *rules]):
            drop.add(id(h))
    return [h for h in hits if id(h) not in drop]


# round 53 (policy2left): words of praise; after a swear word used as an intensifier ("effing incredible",
# "fucking amazing") the type model's mark on them is the swear word's neighbour, not an insult: on TRAIN
# the raters mark none of "incredible" (0 of 20)
_PRAISE_AFTER_SWEAR_WORDS = frozenset((
    "incredible", "amazing", "awesome", "brilliant", "beautiful", "gorgeous", "fantastic", "great", "good",
    "excellent", "superb", "delicious", "perfect", "stunning", "impressive", "wonderful", "lovely", "epic",
    "hilarious", "tasty", "magnificent", "outstanding", "spectacular", "glorious", "fabulous", "marvellous",
    "marvelous", "phenomenal", "terrific", "unbelievable", "insanely", "cool",
))


def praise_after_swear(toks: list[tuple[int, int, str]], flags: list[tuple[str, ...]], i: int) -> bool:
    """Token ``i`` is a word of praise with no lexicon flag right after a swear word and not before an
    insult word ("The camera is effing incredible": «incredible»; not "an effing incredible idiot")
    (round 53, policy2left)."""
    if i == 0 or toks[i][2].lower() not in _PRAISE_AFTER_SWEAR_WORDS or set(flags[i]) & {PROF, SLUR, INS}:
        return False
    if PROF not in flags[i - 1]:
        return False
    return not (i + 1 < len(toks) and set(flags[i + 1]) & {PROF, SLUR, INS})


def model_hits(
    text: str,
    model: PolicyModel,
    threshold: float | None = None,
    toks: list[tuple[int, int, str]] | None = None,
    rules: list[Hit] | None = None,
    verdict_flag: bool = False,
    flags: list[tuple[str, ...]] | None = None,
) -> tuple[list[Hit], str | None, float, Hit | None]:
    """Token-model spans (tokens whose probability reaches the token threshold); the label the
    verdict model suggests (None unless its highest sentence score reaches the verdict threshold:
    the type of the first pass's most probable token of that sentence); that highest sentence
    score; and the fallback hit (the comment's most probable token, when the model's `fallback` is
    on and the verdict model flags the comment; `policy_hits` uses it only when nothing else is
    marked). When the model has a second pass and the verdict model flags the comment (or
    ``threshold`` is given), a token's probability is the second pass's, which also sees the rules'
    hits ``rules``; otherwise the first pass's. ``verdict_flag``: the comment-level verdict model
    (`policy_verdict`) flags the comment, so the category is named even when the sentence model
    does not flag it (spans, thresholds and fallback still follow the sentence model only).
    ``flags``: the tokens' `word_flags`, when the caller has them."""
    toks = tokens(text) if toks is None else toks
    if not toks:
        return [], None, 0.0, None
    words = [t for _, _, t in toks]
    flags = [word_flags(t) for t in words] if flags is None else flags
    p1, tp = model.scores(words, flags)
    sents = sentences(text)
    ss = model.sentence_scores([text[a:b] for a, b in sents], tokens_by_sentence(text, toks, sents))
    tox = float(ss.max()) if len(ss) else 0.0
    flagged = tox >= model.doc_threshold
    p = p1
    if model.stack_w is not None and (flagged or threshold is not None):
        # the second pass and its threshold were chosen on toxic posts (every TRAIN post is): they
        # apply to comments the verdict model flags; the others keep the first pass
        p = model.second_pass(stack_features(toks, flags, sents, list(rules or ()), p1, tp))
    if threshold is not None:
        thr = threshold
    elif flagged:
        thr = model.threshold
    else:
        # a comment the verdict model does not flag: the more cautious threshold chosen by the
        # plain CV for the first pass (see the model meta)
        thr = model.threshold_unflagged if model.stack_w is not None else max(model.threshold, model.threshold_unflagged)

    def hit(i: int) -> Hit:
        typed = [_FLAG_TO_LABEL[f] for f in flags[i] if f in _FLAG_TO_LABEL]
        label = typed[0] if typed else TYPE_TO_LABEL.get(model.type_labels[int(tp[i].argmax())], "INSULT")
        return Hit(toks[i][0], toks[i][1], label, round(float(p[i]), 3), "model")

    def reported(h: Hit, i: int) -> bool:
        # violence reported, not threatened ("was killed in a crash", "threatened to kill her"):
        # the token model's THREAT or IDENTITY_ATTACK on it is not a span, nor a verdict's category
        return h.label in _REPORTED_LABELS and reported_violence(text, toks, i)

    # nor a threat word denied or quoted ("we will never kill them", '"I will kill you," he told her'):
    # not a span; the verdict's category stays (on TRAIN and DEV dropping it cost document recall)
    # ... nor a word of a group defended ("Muslims are not terrorists": `defended_groups`, round 51)
    defended = defended_groups(text, toks, flags)

    def defends(h: Hit) -> bool:
        return h.label in _DEFENDED_LABELS and any(a <= h.start and h.end <= b for a, b in defended)

    hits = [x for i in range(len(toks)) if p[i] >= thr and not reported(x := hit(i), i)
            and not negated_word(text, toks, i, x.label) and not defends(x)
            and not praise_after_swear(toks, flags, i)]
    yields = rule_typed_tokens(toks, flags, list(rules or ()), [i for i in range(len(toks)) if p[i] >= thr],
                               lambda i: hit(i).label)
    if yields:
        hits = [Hit(h.start, h.end, yields[h.start], h.score, h.rule) if h.start in yields else h for h in hits
                if yields.get(h.start) != ""]
    hits = lone_person_threats(text, toks, flags, list(rules or ()), hits)
    suggested = None
    fallback = None
    if flagged or verdict_flag:
        a, b = sents[int(ss.argmax())]
        inside = [i for i, (s, _, _) in enumerate(toks) if a <= s < b]
        if inside:
            # the category of the verdict (not a span): the first pass's most probable token
            top = max(inside, key=lambda i: p1[i])
            top_hit = hit(top)
            top_yield = rule_typed_tokens(toks, flags, list(rules or ()), [top], lambda i: top_hit.label)
            if top_yield.get(top_hit.start):
                top_hit = Hit(top_hit.start, top_hit.end, top_yield[top_hit.start], top_hit.score, top_hit.rule)
            # ... nor a defended group's ("Muslims are not terrorists")
            suggested = None if reported(top_hit, top) or defends(top_hit) else top_hit.label
    if flagged:
        if model.fallback:
            fallback = hit(int(p.argmax()))
    return hits, suggested, tox, fallback


def merge_hits(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """One span per run of same-label hits that overlap or are separated by whitespace only."""
    out: list[Hit] = []
    for label in sorted({h.label for h in hits}):
        run: Hit | None = None
        for h in sorted((h for h in hits if h.label == label), key=lambda h: (h.start, h.end)):
            if run is not None and (h.start <= run.end or text[run.end : h.start].isspace()):
                run = Hit(run.start, max(run.end, h.end), label, max(run.score, h.score), run.rule)
            else:
                if run is not None:
                    out.append(run)
                run = h
        if run is not None:
            out.append(run)
    return sorted(out, key=lambda h: (h.start, h.end, h.label))


def policy_hits(
    text: str,
    model: PolicyModel,
    threshold: float | None = None,
    toks: list[tuple[int, int, str]] | None = None,
    verdict_flag: bool = False,
) -> tuple[list[Hit], str | None, float]:
    """All merged policy spans of a text (model + rules), the verdict model's suggested label, and
    the comment's toxicity (highest of the verdict model's score and the rules' scores)."""
    toks = tokens(text) if toks is None else toks
    flags = [word_flags(t) for _, _, t in toks]  # once for the rules and the model
    rules = lexicon_hits(text, toks, flags) + generalising_hits(text, toks, flags) + threat_hits(text) + spam_hits(text)
    mh, suggested, tox, fallback = model_hits(text, model, threshold, toks, rules, verdict_flag, flags)
    if rules:
        tox = max(tox, max(h.score for h in rules))
    hits = mh + threat_objects(text, rules)
    if not hits and fallback is not None:
        # the verdict model flags the comment but no token reached the threshold: mark the most
        # probable token (a post judged toxic almost always has a gold span; chosen by CV on TRAIN)
        hits = [fallback]
    if model.clause_labels:
        # labels whose gold spans are clauses (chosen by CV on TRAIN, stored with the model)
        hits = extend_to_clauses(text, hits, model.clause_labels)
    return merge_hits(text, hits), suggested, tox


class PolicyAnnotator(Annotator):
    name = "policy"
    version = "11"  # 11: round 54 rules (condemned name-calling, epithets of contempt, group "they", mark runs as emphasis, threats dragged out and shot); 10: round 53 rules (urged beatings and blows to body parts, passive harm wishes, arson and stalking urged, group predicates and defences, contempt of things, new link domains); 9: round 52 rules (habitual-crime generalisations, vehicle/arson/stalking threats, threat objects, promo spam, condemned reports, British insult nouns); 8: round 51 rules (hostile word near its group, threat negation from its own subject, defended groups, threat phrases); 7: round 50 rules (denied/quoted threats, harmless senses, `called` subjects) on v5's models; 6: round 49 rules
    method = "model"
    applies_to = ("comment",)
    layers = ("policy",)

    def __init__(
        self, schema: Schema | None = None, model: PolicyModel | None = None, verdict: VerdictModel | None = None
    ):
        self.schema = schema if schema is not None else load_schema()
        self.model = model if model is not None else load_policy_model()
        self.verdict = verdict if verdict is not None else load_verdict_model()
        self.labels = set(self.schema.layer("policy").label_names)
        self.violation_labels = set(self.schema.violation_labels)
        shout = self.schema.policy.get("shouting", {}) or {}
        self.shouting_counts = self.schema.shouting_counts
        self.min_letters = int(shout.get("min_letters", 20))
        self.min_upper_ratio = float(shout.get("min_upper_ratio", 0.9))

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        text = doc.text
        toks = tokens(text)
        # names and attributions that hold a listed word ("Dick Cheney", "the Black Death", an
        # embedded tweet's "— The Nigerian Senate (@NGRSenate) October 9, 2018") are blanked for the
        # models and rules (same length: offsets stay); spans are read off the original text
        read = neutral_text(text, toks)
        rtoks = toks if read is text else tokens(read)
        # the comment-level verdict model (docs/policy_verdict.md) flags violations the sentence
        # model misses (implicit attacks, diffuse contempt): either one flagging names a category
        vscore = self.verdict.score(read)
        hits, suggested, tox = policy_hits(read, self.model, toks=rtoks, verdict_flag=vscore >= self.verdict.threshold)
        for n, h in enumerate((h for h in hits if h.label in self.labels), 1):
            ann.spans.append(Span.over(text, h.start, h.end, h.label, f"p{n}", score=h.score))
        runs = shouting_runs(text, toks, self.min_letters, self.min_upper_ratio)
        found = {s.label for s in ann.spans}
        if suggested is not None and not found and condemned_report(read):
            # no span, and the comment reports a threat or a slur and condemns it ("The mayor received
            # death threats, which is disgusting"): its words about the abuse, not abuse (round 52)
            ann.meta["condemned_report"] = suggested
        elif suggested is not None and suggested not in found:
            # the verdict model judges the comment toxic though no span reached its threshold:
            # the category counts, and the annotator is told it has no span yet
            found.add(suggested)
            ann.meta["unmarked_violation"] = suggested
        violations = sorted(found & self.violation_labels)
        shouting = bool(runs)
        violates = bool(violations) or (shouting and self.shouting_counts)
        ann.labels = {
            "violations": violations,
            "verdict": "violates_policy" if violates else "acceptable",
            "shouting": shouting,
            "toxicity": round(tox, 3),
        }
        ann.meta["verdict_model"] = {"origin": self.verdict.origin, "score": round(vscore, 3),
                                     "threshold": self.verdict.threshold}
        if runs:
            ann.meta["shouting_runs"] = [[a, b] for a, b in runs]
        return ann
