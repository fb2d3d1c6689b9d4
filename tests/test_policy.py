"""The comment-policy pre-annotator (spanbank.annotators.violations) on the seed's comments and on
small hand-written examples; obfuscation, shouting and the schema's policy switch; offline weights."""

from __future__ import annotations

import dataclasses
import importlib.resources
import re
from pathlib import Path

import numpy as np
import pytest

from spanbank.annotators import load_annotators
from spanbank.annotators.policy_lexicon import PROF, word_flags
from spanbank.annotators.policy_model import load_policy_model
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document, validate_annotation


def comment(text: str, n: int = 1) -> Document:
    return Document(id=f"test/a#c{n}", kind="comment", text=text, article_id="test/a", position=n)


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def seed_comments(seed: Path) -> dict[str, str]:
    """author -> comment text, from the seed's "  N. Author said:" blocks (paragraphs indented)."""
    out: dict[str, str] = {}
    author = None
    paras: list[str] = []
    for line in seed.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^  \d+\. (.+) said:$", line)
        if m:
            if author:
                out[author] = "\n\n".join(paras)
            author, paras = m.group(1), []
        elif author and line.startswith("    ") and line.strip():
            paras.append(line.strip())
    if author:
        out[author] = "\n\n".join(paras)
    return out


def labels_of(ann) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in ann.spans:
        out.setdefault(s.label, []).append(s.text)
    return out


# -- the contract ---------------------------------------------------------------------------------


def test_contract_and_registry(annotator, schema):
    assert annotator.origin == "model:policy@11"
    assert load_policy_model().meta["version"] == "4"  # the weights say which version they are
    assert annotator.applies(comment("x")) and not annotator.applies(Document(id="a", kind="article", text="x"))
    assert [a.name for a in load_annotators(["policy"])] == ["policy"]
    ann = annotator.annotate(comment("You are a complete idiot, f*ck off."))
    assert set(ann.labels) == {"violations", "verdict", "shouting", "toxicity"}
    assert ann.labels["violations"] == sorted(ann.labels["violations"])
    assert validate_annotation(ann, schema, comment("You are a complete idiot, f*ck off.")) == []
    assert all(isinstance(s.attrs["score"], float) for s in ann.spans)


def test_weights_load_offline_from_package_data(no_network):
    # no network is used: any socket fails, then load a fresh copy of the weights
    load_policy_model.cache_clear()
    m = load_policy_model()
    assert m.tok_w.ndim == 1 and m.tok_w.shape[0] == 1 << m.meta["tok_bits"]
    assert 0.0 < m.threshold < 1.0
    assert set(m.type_labels) <= {"insult", "profanity", "threat", "identity_hate"}
    assert m.meta["train_file"] == "toxicspans_civil.train.jsonl.gz"
    assert load_policy_model() is m  # loaded once


# -- the seed's comments ----------------------------------------------------------------------------


def test_seed_comments(annotator, seed_path):
    c = seed_comments(seed_path)
    assert set(c) == {"John", "Garo", "Katia K.", "gharakhanina"}
    anns = {a: annotator.annotate(comment(t, i)) for i, (a, t) in enumerate(c.items(), 1)}
    # gharakhanina's call to action is acceptable, though it shouts (shouting does not count here)
    g = anns["gharakhanina"]
    assert "get it out there now!!!" in c["gharakhanina"]
    assert g.labels["verdict"] == "acceptable" and g.labels["violations"] == []
    assert g.labels["shouting"] is True
    # Garo: "in case he chooses to attack us again, this time he will lose his Baku" is a
    # conditional threat of war (the schema's own THREAT example); "childish" is criticism
    garo = labels_of(anns["Garo"])
    assert garo["THREAT"] == ["this time he will lose his Baku"]
    assert "INSULT" not in garo
    assert anns["Garo"].labels["verdict"] == "violates_policy"
    # John: telling a whole nationality to leave is an identity attack (schema example)
    john = labels_of(anns["John"])
    assert any("Azeris" in t and "welcome to go" in t for t in john.get("IDENTITY_ATTACK", []))
    # Katia K.'s comment is political criticism: nothing to flag
    assert anns["Katia K."].labels["verdict"] == "acceptable"


def test_seed_comments_read_no_package_data_once_warm(annotator, seed_path, monkeypatch):
    # the speed itself is benchmarks/annotate_speed.py's (a ratio, not a timed assert); what a test can check is the
    # structure it rests on: lexicons, name lists and model arrays (all package data, read through
    # importlib.resources) are loaded once per process, not per comment. A second pass over the seed's comments,
    # after a first that loaded whatever they need, reads nothing.
    docs = [comment(t, i) for i, t in enumerate(seed_comments(seed_path).values(), 1)]
    first = [annotator.annotate(d) for d in docs]
    reads: list[tuple[str, ...]] = []
    real = importlib.resources.files

    def counted(*args):
        reads.append(args)
        return real(*args)

    monkeypatch.setattr(importlib.resources, "files", counted)
    again = [annotator.annotate(d) for d in docs]
    assert reads == []
    assert [a.spans for a in again] == [a.spans for a in first]
    assert [a.labels for a in again] == [a.labels for a in first]


# -- each label on small examples -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, label, span",
    [
        ("What the fuck is this?", "PROFANITY", "fuck"),
        ("This is total bullshit.", "PROFANITY", "bullshit"),
        ("You are a clown.", "INSULT", "clown"),
        ("Only an idiot would believe this, you moron.", "INSULT", "moron"),
        ("Muslims are animals.", "IDENTITY_ATTACK", "Muslims are animals"),
        ("Get out, you stupid faggot.", "IDENTITY_ATTACK", "faggot"),
        ("That senator should be shot.", "THREAT", "should be shot"),
        ("I will kill you if you come here.", "THREAT", "I will kill you"),
        ("Make $500 a day from home! Visit www.cash-now.biz today", "SPAM", "www.cash-now.biz"),
    ],
)
def test_each_label(annotator, text, label, span):
    ann = annotator.annotate(comment(text))
    got = labels_of(ann).get(label, [])
    assert any(span in t for t in got), (label, labels_of(ann))
    assert label in ann.labels["violations"] and ann.labels["verdict"] == "violates_policy"


@pytest.mark.parametrize(
    "text",
    [
        "I disagree with the minister's statement; the numbers do not add up.",
        "His threats and statements are childish.",
        "Armenians and Azeris both live in the region.",
        "The shooting was reported by the police yesterday.",
        "Great article, thank you for sharing it.",
    ],
)
def test_clean_comments_are_acceptable(annotator, text):
    ann = annotator.annotate(comment(text))
    assert ann.labels["verdict"] == "acceptable", labels_of(ann)
    assert ann.spans == []


def test_spam_repeated_links_and_characters(annotator):
    two_links = annotator.annotate(comment("see http://a.example.com and http://b.example.com"))
    assert "SPAM" in two_links.labels["violations"]
    repeated = annotator.annotate(comment("wow" + "!" * 15))
    assert labels_of(repeated)["SPAM"] == ["!" * 15]
    assert "SPAM" not in labels_of(annotator.annotate(comment("well" + "." * 17 + " we will see")))
    assert "SPAM" not in annotator.annotate(comment("read the report at https://example.org")).labels["violations"]


# -- obfuscation --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("what the f*ck", "f*ck"),
        ("what the f**k", "f**k"),
        ("this is sh1t", "sh1t"),
        ("kiss my a$$", "a$$"),
        ("what the f u c k", "f u c k"),
        ("that is bullsh*t", "bullsh*t"),
        ("fuuuuuck this", "fuuuuuck"),
        ("s#!t happens", "s#!t"),
        ("what the f.u.c.k", "f.u.c.k"),
        ("what the f\u200buck", "f\u200buck"),
        ("ＦＵＣＫ this", "ＦＵＣＫ"),
    ],
)
def test_obfuscated_profanity(annotator, text, span):
    assert span in labels_of(annotator.annotate(comment(text))).get("PROFANITY", [])


@pytest.mark.parametrize("word", ["assume", "class", "as", "Scunthorpe", "shiitake", "cocktail", "passes", "title"])
def test_no_profanity_inside_clean_words(word):
    assert PROF not in word_flags(word)


# -- shouting and the schema's policy ---------------------------------------------------------------


SHOUT = "I have read this article and THE GOVERNMENT IS LYING TO ALL OF US AGAIN about it."


def test_shouting_recorded_not_a_violation_by_default(annotator, schema):
    assert schema.shouting_counts is False
    ann = annotator.annotate(comment(SHOUT))
    assert ann.labels["shouting"] is True and ann.labels["verdict"] == "acceptable"
    a, b = ann.meta["shouting_runs"][0]
    assert SHOUT[a:b] == "THE GOVERNMENT IS LYING TO ALL OF US AGAIN"
    short = annotator.annotate(comment("I agree, USA and NATO should act."))
    assert short.labels["shouting"] is False


def test_shouting_counts_when_schema_says_so(schema):
    policy = {**schema.policy, "shouting": {**schema.policy["shouting"], "counts_as_violation": True}}
    strict = PolicyAnnotator(schema=dataclasses.replace(schema, policy=policy))
    ann = strict.annotate(comment(SHOUT))
    assert ann.labels["verdict"] == "violates_policy" and ann.labels["shouting"] is True
    assert strict.annotate(comment("a calm comment")).labels["verdict"] == "acceptable"


def test_shouting_thresholds_come_from_schema(schema):
    policy = {**schema.policy, "shouting": {"counts_as_violation": False, "min_letters": 60, "min_upper_ratio": 0.9}}
    lenient = PolicyAnnotator(schema=dataclasses.replace(schema, policy=policy))
    assert lenient.annotate(comment(SHOUT)).labels["shouting"] is False


def test_violation_labels_come_from_schema(schema):
    text = "This is total bullshit."
    policy = {**schema.policy, "violation_labels": ["INSULT", "IDENTITY_ATTACK", "THREAT", "SPAM"]}
    relaxed = PolicyAnnotator(schema=dataclasses.replace(schema, policy=policy))
    ann = relaxed.annotate(comment(text))
    assert "PROFANITY" in labels_of(ann)  # still marked for the annotators
    assert ann.labels["violations"] == [] and ann.labels["verdict"] == "acceptable"
    assert PolicyAnnotator(schema=schema).annotate(comment(text)).labels["verdict"] == "violates_policy"


# -- clauses for threats and identity attacks; group features of the verdict model -----------------


@pytest.mark.parametrize(
    "text, word, clause",
    [
        ("Well, someone should put a bullet in him. Next topic", "bullet", "someone should put a bullet in him"),
        ("Islam is a problem and so are you", "Islam", "Islam is a problem and so are you"),
        ("He said: shoot the messenger (again)", "shoot", "shoot the messenger"),
    ],
)
def test_clause_of_a_trigger_word(text, word, clause):
    from spanbank.annotators.policy_rules import clause_of

    i = text.index(word)
    s, e = clause_of(text, i, i + len(word))
    assert text[s:e] == clause


def test_clause_extension_only_for_listed_labels_and_word_hits():
    from spanbank.annotators.policy_rules import CLAUSE_MAX, Hit, clause_of, extend_to_clauses

    text = "Honestly, those people should all be shot, and you are an idiot."
    shot = text.index("shot")
    idiot = text.index("idiot")
    hits = [Hit(shot, shot + 4, "THREAT", 0.9, "model"), Hit(idiot, idiot + 5, "INSULT", 0.9, "model"),
            Hit(shot, shot + 4, "THREAT", 0.9, "pattern")]
    out = extend_to_clauses(text, hits, {"THREAT"})
    assert text[out[0].start : out[0].end] == "those people should all be shot"
    assert text[out[1].start : out[1].end] == "idiot"  # INSULT not listed
    assert (out[2].start, out[2].end) == (shot, shot + 4)  # a pattern already marks its phrase
    long = "x " + "word " * (CLAUSE_MAX // 5 + 2) + "kill " + "word " * 5
    k = long.index("kill")
    assert clause_of(long, k, k + 4) == (k, k + 4)  # an implausibly long clause keeps the word


def test_model_records_its_clause_labels_and_verdict_criterion():
    m = load_policy_model()
    assert m.clause_labels == frozenset(m.meta["clause_labels"]) <= {"THREAT", "IDENTITY_ATTACK"}
    cv = m.meta["clause_cv_char_f1"]
    chosen = "+".join(sorted(m.clause_labels)) or "none"
    assert cv[chosen] == max(cv.values())  # the choice follows the CV on TRAIN
    assert m.meta["doc_criterion"].startswith("F2")
    assert m.meta["doc_cv"]["F"] == max(v["F"] for v in m.meta["doc_cv_table"].values())


def test_group_cooccurrence_features():
    from spanbank.annotators.policy_text import doc_features, h

    with_group = doc_features("You can expel the Muslims too")
    assert h("grp") in with_group and h("g&expel") in with_group
    assert h("g&HOSTILE") not in with_group
    assert h("g&HOSTILE") in doc_features("Muslims are animals")
    assert h("grp") not in doc_features("You can expel the committee too")


def test_model_records_its_span_criterion():
    m = load_policy_model()
    table = m.meta["cv_table"]
    key = f"C={m.meta['C']},t={m.threshold},fallback={m.fallback}"
    # threshold and fallback follow the design-weighted CV on TRAIN (second number of each cell)
    assert table[key][1] == max(v[1] for v in table.values()) == m.meta["cv_char_f1"]
    assert abs(sum(m.meta["eval_design"].values()) - 1.0) < 1e-9
    # the second pass ships only because it beat the first pass on the same CV
    assert m.stack_w is not None and m.meta["cv_char_f1"] > m.meta["first_pass_cv_char_f1"]
    first = {k: v for k, v in m.meta["first_pass_cv_table"].items() if k.startswith(f"C={m.meta['C']},")}
    assert m.meta["first_pass_cv_char_f1"] == max(v[1] for v in first.values())
    # the token model's C follows the CV of the final output (first pass + second pass)
    by_C = m.meta["token_C_cv_char_f1"]
    assert by_C[str(m.meta["C"])] == max(by_C.values()) == m.meta["cv_char_f1"]


def test_second_pass_features_and_scores():
    from spanbank.annotators.policy_lexicon import word_flags
    from spanbank.annotators.policy_model import stack_features
    from spanbank.annotators.policy_rules import Hit, sentences
    from spanbank.annotators.policy_text import tokens
    from spanbank.annotators.violations import model_hits

    m = load_policy_model()
    text = "What a stupid idea. Someone should shoot him, honestly."
    toks = tokens(text)
    flags = [word_flags(t) for _, _, t in toks]
    p, tp = m.scores([t for _, _, t in toks], flags)
    k = text.index("shoot")
    rules = [Hit(k, k + len("shoot him"), "THREAT", 0.85, "pattern")]
    F = stack_features(toks, flags, sentences(text), rules, p, tp)
    assert F.shape == (len(toks), m.stack_w.shape[0]) and np.isfinite(F).all()
    assert F[:, -4].sum() == 1 and F[:, -4].argmax() == F[:, 0].argmax()  # the most probable token
    words = [t for _, _, t in toks]
    threat = 23 + 3  # STACK_RULE_LABELS.index("THREAT") in the "inside a rule hit" block
    assert [w for w, x in zip(words, F[:, threat], strict=True) if x] == ["shoot", "him"]
    # ... and in the "a rule hit in the sentence" block: every token of the second sentence
    assert [w for w, x in zip(words, F[:, threat + 5], strict=True) if x] == words[4:]
    assert stack_features([], [], [], [], np.zeros(0), np.zeros((0, 4))).shape == (0, 44)
    q = m.second_pass(F)
    assert q.shape == p.shape and ((0 < q) & (q < 1)).all()
    # spans are read from the second pass; the model without one falls back to the first pass
    hits = model_hits(text, m, threshold=0.0, toks=toks, rules=rules)[0]
    assert sorted(h.score for h in hits) == sorted(round(float(x), 3) for x in q)
    plain = dataclasses.replace(m, stack_w=None)
    hits1 = model_hits(text, plain, threshold=0.0, toks=toks)[0]
    assert sorted(h.score for h in hits1) == sorted(round(float(x), 3) for x in p)


def test_fallback_marks_the_most_probable_token_only_when_the_verdict_flags():
    from spanbank.annotators.violations import policy_hits

    m = load_policy_model()
    text = "Honestly the whole lot of them are a disgrace to this town."
    # the token threshold out of reach, so only the fallback can mark anything
    never = dataclasses.replace(m, threshold=1.01, fallback=True, doc_threshold=0.0)
    hits, suggested, _ = policy_hits(text, never)
    assert len(hits) == 1 and suggested is not None
    assert text[hits[0].start : hits[0].end].isalpha()  # one whole word
    # the verdict does not flag the comment: no fallback span
    assert policy_hits(text, dataclasses.replace(never, doc_threshold=1.01))[0] == []
    # fallback off: nothing marked even though the verdict flags it
    assert policy_hits(text, dataclasses.replace(never, fallback=False))[0] == []
    # something else marked: the fallback adds nothing
    hits2, _, _ = policy_hits("You are a clown, " + text, never)
    assert [("You are a clown, " + text)[h.start : h.end] for h in hits2] == ["clown"]


# -- the comment-level verdict model (policy_verdict) in the annotator ----------------------------


def test_comment_level_verdict_flags_what_the_sentence_model_misses():
    from spanbank.annotators.policy_verdict import load_verdict_model

    verdict = load_verdict_model()
    text = "These people breed like rabbits and live off our taxes."  # an attack without a listed word
    on = PolicyAnnotator().annotate(comment(text))
    assert on.meta["verdict_model"]["origin"] == verdict.origin
    assert on.meta["verdict_model"]["score"] >= verdict.threshold
    assert on.labels["verdict"] == "violates_policy" and on.labels["violations"]
    assert on.meta["unmarked_violation"] in on.labels["violations"] and on.spans == []
    # the same comment when the comment-level model does not flag it: nothing else does
    never = dataclasses.replace(verdict, meta={**verdict.meta, "threshold": 1.01})
    off = PolicyAnnotator(verdict=never).annotate(comment(text))
    assert off.labels["verdict"] == "acceptable" and off.labels["violations"] == []
    assert "unmarked_violation" not in off.meta
    # a civil comment stays acceptable under both
    calm = PolicyAnnotator().annotate(comment("I disagree with the minister's plan for the budget."))
    assert calm.labels["verdict"] == "acceptable" and calm.meta["verdict_model"]["score"] < verdict.threshold


# -- fast paths: the same results as the plain computation ---------------------------------------


def test_tokens_by_sentence_equal_the_tokens_of_each_sentence():
    from spanbank.annotators.policy_rules import sentences
    from spanbank.annotators.policy_text import tokens
    from spanbank.annotators.violations import tokens_by_sentence

    for text in ["You idiot. Go away?\n\nfine", "a", "", "...!!! hi", "Mr. X said: no-one's here... ok?!",
                 "wow!!! really", "sh!t happens. you a$$hole!", "f*ck\u200bing. x"]:
        sents = sentences(text)
        got = tokens_by_sentence(text, tokens(text), sents)
        if "!" in "".join(t for _, _, t in tokens(text)):
            assert got is None, text  # a token with "!" in it: each sentence is tokenised
            continue
        assert got == [[t for _, _, t in tokens(text[a:b])] for a, b in sents], text


def test_any_of_shares_a_leading_word_boundary_and_matches_the_same():
    from spanbank.annotators.policy_lexicon import _any_of, _begins_with_boundary

    assert _begins_with_boundary(r"\bfoo") and _begins_with_boundary(r"\ba|\bb")
    assert not _begins_with_boundary(r"\ba|b") and not _begins_with_boundary(r"\$\d") and not _begins_with_boundary("b")
    entries = [r"\bfoo\w*", r"\$\d+", r"\ba|b", r"\bbar baz", r"\bx|\by", r"o+"]
    rx = _any_of(list(enumerate(entries)))
    assert rx.pattern.count(r"\b(?:") == 2  # foo; then bar baz and x|y (a|b keeps its own \b)
    plain = re.compile("|".join(f"(?:{e})" for e in entries), re.IGNORECASE)
    for text in ["Foobar $12 ab ba bar baz xylophone Y oo", "afoo $x b a", "BAR BAZ!", "boo"]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_verdict_features_of_a_repeated_text_are_a_fresh_copy():
    from spanbank.annotators.policy_verdict import load_verdict_model

    f = load_verdict_model().featurizer
    a = f.features("You are all idiots.")
    a[:] = 0
    b = f.features("You are all idiots.")
    assert b.any() and np.array_equal(b, f.features("You are all idiots."))
    assert not np.array_equal(b, f.features("You are all nice."))
