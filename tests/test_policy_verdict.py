"""The comment-level verdict model (spanbank.annotators.policy_verdict): shipped weights load offline,
scores are deterministic and ordered sensibly, and training is reproducible on a small sample."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from spanbank.annotators.policy_verdict import (
    Featurizer,
    Lexicon,
    load_verdict_model,
    model_from_arrays,
    split_sentences,
    words,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model():
    return load_verdict_model()


def test_loads_offline_from_package_data(no_network):
    load_verdict_model.cache_clear()
    m = load_verdict_model()
    assert m is load_verdict_model()  # cached: one load per process
    assert 0.0 < m.threshold < 1.0
    assert m.version and m.origin == f"model:policy_verdict@{m.version}"
    assert m.meta["cv"]["F2"] > 0 and m.meta["cv_table"]
    path = REPO / "src" / "spanbank" / "models" / "policy_verdict.npz"
    assert path.stat().st_size <= 3_000_000


def test_scores_deterministic_and_in_range(model):
    text = "I read the article twice. The council should publish the budget before the vote."
    a, b = model.score(text), model.score(text)
    assert a == b and 0.0 <= a <= 1.0
    assert model.score("") == 0.0 and model.score("   ") == 0.0


def test_hateful_above_neutral(model):
    hateful = "Muslims are vermin and should all be thrown out of this country, you stupid idiot."
    neutral = "Thanks for the article, the new bus schedule starts on Monday."
    assert model.score(hateful) > model.score(neutral)
    assert model.score(hateful) >= model.threshold > model.score(neutral)


def test_one_toxic_sentence_in_a_long_comment_still_counts(model):
    calm = "The budget debate went on for hours and the committee agreed on most points. " * 8
    assert model.score(calm + "You are a pathetic moron.") > model.score(calm)


def test_tokenisation_drops_twitter_artifacts():
    assert words("RT @user: Check https://x.co/abc NOW!!! sh1t") == ["check", "now", "shit"]
    assert split_sentences("One. Two!\nThree") == ["One.", "Two!", "Three"]


def test_features_use_the_stored_lexicon_snapshot():
    lex = Lexicon({"GROUP": frozenset({"muslims"}), "HOSTILE": frozenset({"expel"})}, {})
    with_group = Featurizer(lex).features("expel the muslims")
    without = Featurizer(Lexicon({"GROUP": frozenset(), "HOSTILE": frozenset()}, {})).features("expel the muslims")
    assert len(with_group) > len(without)  # g&word / g&HOSTILE co-occurrence features


def _load_script():
    spec = importlib.util.spec_from_file_location("train_policy_verdict", REPO / "scripts" / "train_policy_verdict.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_training_reproducible_on_a_small_sample():
    pytest.importorskip("sklearn")
    train = _load_script()
    rng = np.random.default_rng(0)
    posts, dav = [], []
    bad = ["idiot", "stupid", "moron", "pathetic"]
    good = ["budget", "council", "weather", "schedule", "article", "vote"]
    for i in range(60):
        w = [str(x) for x in rng.choice(good, 6)]
        clean = "The " + " ".join(w) + " was discussed."
        toxic = f"You are a {bad[i % 4]} and {bad[(i + 1) % 4]}."
        text = clean + " " + toxic
        s = len(clean) + 1
        spans = [{"start": s, "end": len(text), "label": "insult"}] if i % 5 else []
        posts.append({"text": text, "spans": spans,
                      "meta": {"sample_stratum": "insult_or_other"}})
        dav.append({"text": " ".join(w), "doc_labels": {"neither": True}})
        dav.append({"text": f"what a {bad[i % 4]}", "doc_labels": {"neither": False}})
    runs = [train.train(posts, dav, folds=3, c_grid=(1.0,), feature_sets={"words": {"chars": False, "groups": True}},
                        dav_weights=(1.0,), nospan_opts=(False, True), log=lambda *a: None, reference=False) for _ in range(2)]
    (a1, m1), (a2, m2) = runs
    assert m1 == m2 and m1["cv_table"]
    assert a1.keys() == a2.keys()
    for k in a1:
        assert np.array_equal(a1[k], a2[k])
    m = model_from_arrays({**a1, "meta": np.array(__import__("json").dumps(m1))})
    assert m.score("You are a moron and idiot.") > m.score("The council budget was discussed.")


def test_a_missing_model_file_names_the_file_and_the_training_script():
    from spanbank.annotators.policy_model import package_arrays
    from spanbank.annotators.policy_verdict import VerdictModelError

    with pytest.raises(VerdictModelError, match=r"verdict model spanbank/models/gone\.npz is missing; "
                                                r"run scripts/train_policy_verdict\.py"):
        package_arrays("gone.npz", VerdictModelError, "verdict model", "train_policy_verdict.py")
    assert set(package_arrays("policy_verdict.npz", VerdictModelError, "verdict model", "x")) >= {"meta"}
