"""The comment-policy pre-annotator: PROFANITY, INSULT, IDENTITY_ATTACK, THREAT, SPAM spans on
comments, and the comment's `violations`, `verdict`, `shouting` and `toxicity`.

Spans come from two sources merged into one layer:
  * a learned toxic-token model (`policy_model`, trained by scripts/train_policy.py on the
    ToxicSpans TRAIN split): tokens whose probability reaches the model's threshold (chosen by
    cross-validation on TRAIN) become spans, typed by lexicon when the word is listed, else by
    the model's type classifier;
  * rules over lexicons kept as data (`policy_rules`, src/spanbank/data/policy/): obfuscated
    profanity, slurs, identity attacks, threats (also conditional ones), spam, `you are a <insult>`.
Which labels make a violation and whether shouting counts come from `load_schema().policy`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spanbank.annotators.base import Annotator
from spanbank.annotators.policy_lexicon import INS, PROF, SLUR, word_flags
from spanbank.annotators.policy_model import PolicyModel, load_policy_model
from spanbank.annotators.policy_rules import Hit, lexicon_hits, shouting_runs, spam_hits, threat_hits
from spanbank.annotators.policy_text import tokens
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


def model_hits(text: str, model: PolicyModel, threshold: float | None = None) -> tuple[list[Hit], float]:
    """Token-model spans and the comment's toxicity (the highest token probability)."""
    toks = tokens(text)
    if not toks:
        return [], 0.0
    words = [t for _, _, t in toks]
    flags = [word_flags(t) for t in words]
    p, tp = model.scores(words, flags)
    thr = model.threshold if threshold is None else threshold
    hits = []
    for i, (s, e, _) in enumerate(toks):
        if p[i] < thr:
            continue
        typed = [_FLAG_TO_LABEL[f] for f in flags[i] if f in _FLAG_TO_LABEL]
        label = typed[0] if typed else TYPE_TO_LABEL.get(model.type_labels[int(tp[i].argmax())], "INSULT")
        hits.append(Hit(s, e, label, round(float(p[i]), 3), "model"))
    return hits, float(p.max())


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


def policy_hits(text: str, model: PolicyModel, threshold: float | None = None) -> tuple[list[Hit], float]:
    """All merged policy spans of a text (model + rules) and its toxicity score."""
    toks = tokens(text)
    mh, tox = model_hits(text, model, threshold)
    rules = lexicon_hits(text, toks) + threat_hits(text) + spam_hits(text)
    if rules:
        tox = max(tox, max(h.score for h in rules))
    return merge_hits(text, mh + rules), tox


class PolicyAnnotator(Annotator):
    name = "policy"
    version = "1"
    method = "model"
    applies_to = ("comment",)
    layers = ("policy",)

    def __init__(self, schema: Schema | None = None, model: PolicyModel | None = None):
        self.schema = schema if schema is not None else load_schema()
        self.model = model if model is not None else load_policy_model()
        self.labels = set(self.schema.layer("policy").label_names)
        self.violation_labels = set(self.schema.violation_labels)
        shout = self.schema.policy.get("shouting", {}) or {}
        self.shouting_counts = self.schema.shouting_counts
        self.min_letters = int(shout.get("min_letters", 20))
        self.min_upper_ratio = float(shout.get("min_upper_ratio", 0.9))

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        text = doc.text
        hits, tox = policy_hits(text, self.model)
        for n, h in enumerate((h for h in hits if h.label in self.labels), 1):
            ann.spans.append(Span.over(text, h.start, h.end, h.label, f"p{n}", score=h.score))
        runs = shouting_runs(text, tokens(text), self.min_letters, self.min_upper_ratio)
        violations = sorted({s.label for s in ann.spans if s.label in self.violation_labels})
        shouting = bool(runs)
        violates = bool(violations) or (shouting and self.shouting_counts)
        ann.labels = {
            "violations": violations,
            "verdict": "violates_policy" if violates else "acceptable",
            "shouting": shouting,
            "toxicity": round(tox, 3),
        }
        if runs:
            ann.meta["shouting_runs"] = [[a, b] for a, b in runs]
        return ann
