"""Claim pre-annotator: sentence splitter, shipped model, seed article, training reproducibility."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import math
import re
import sys
from pathlib import Path

import pytest

from spanbank.annotators import claims, load_annotators
from spanbank.annotators.claims import (
    ClaimAnnotator,
    ClaimModel,
    load_model,
    load_model_file,
    not_a_claim,
    split_sentences,
    trim_quotes,
)
from spanbank.model import Document, canonical_text, validate_annotation

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "traindata" / "claimbuster.train.jsonl.gz"
EVALDATA = REPO.parent / "shared" / "evaldata"
SHIPPED = REPO / "src" / "spanbank" / "models" / "claims.json.gz"


def sentences(text: str) -> list[str]:
    out = []
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip() and text[s:e]
        out.append(text[s:e])
    return out


# -- sentence splitter -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
        ("Dr. J. R. Ewing met Sen. Brown on Jan. 5. They talked.", ["Dr. J. R. Ewing met Sen. Brown on Jan. 5.", "They talked."]),
        ("The U.S. economy grew 1.5 percent. Prices rose 2.3%.", ["The U.S. economy grew 1.5 percent.", "Prices rose 2.3%."]),
        ("Troops left the U.S. The war ended.", ["Troops left the U.S.", "The war ended."]),
        ("Apples, pears, etc. are fruit. Fine.", ["Apples, pears, etc. are fruit.", "Fine."]),
        ("It is No. 1 in sales. Really!", ["It is No. 1 in sales.", "Really!"]),
        ("“We won,” he said. “They lost.” Then he left.", ["“We won,” he said.", "“They lost.”", "Then he left."]),
        ("“They lost.” said Aliyev. Done here.", ["“They lost.” said Aliyev.", "Done here."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("Where are our voices??? We are silent!!! organize it now", ["Where are our voices???", "We are silent!!!", "organize it now"]),
        ("He went... and came back. Then… Nothing.", ["He went... and came back.", "Then…", "Nothing."]),
        ("A headline\n\nBody text here.\nSecond line", ["A headline", "Body text here.", "Second line"]),
        ("  1. John said:\n\n    Hello there.  ", ["1. John said:", "Hello there."]),
        ("Spending was $3.2 billion (up 4.5%). Costs fell.", ["Spending was $3.2 billion (up 4.5%).", "Costs fell."]),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_split_sentences_offsets_are_code_points():
    text = "Emoji 😀 first. Zweite Straße ist länger.\r"
    got = split_sentences(text)
    assert [text[s:e] for s, e in got] == ["Emoji 😀 first.", "Zweite Straße ist länger."]
    assert got[1][0] == text.index("Zweite")


def test_split_sentences_empty_and_punctuation_only():
    assert split_sentences("") == []
    assert split_sentences("  \n ... \n—\n") == []


def test_trim_quotes_drops_only_unbalanced_marks():
    t = "“The army is the strongest. We need more.”"
    assert t[slice(*trim_quotes(t, 0, t.index(".") + 1))] == "The army is the strongest."
    u = "He said “no” today."
    assert trim_quotes(u, 0, len(u)) == (0, len(u))


def test_not_a_claim_rules():
    assert not_a_claim("Why can’t we launch our own counterattack?") == "question"
    assert not_a_claim("“Is it true?”") == "question"
    assert not_a_claim("1. John said:") == "heading or attribution line"
    assert not_a_claim("Related posts") == "fragment"
    assert not_a_claim("Unemployment fell to 4.1 percent in 2017.") is None


# -- the shipped model -------------------------------------------------------------------------------


def test_model_loads_offline(no_network):
    load_model.cache_clear()
    model = load_model()
    assert load_model() is model  # read once
    assert SHIPPED.stat().st_size < 5_000_000
    assert 0.0 < model.threshold < 1.0
    assert {"w", "c", "f"} <= set(model.blocks)
    ann = ClaimAnnotator().annotate(Document(id="n1", kind="article", text="Unemployment fell to 4.1 percent in 2017."))
    assert [s.label for s in ann.spans] == ["CLAIM"]


def test_shipped_metadata_is_consistent():
    with gzip.open(SHIPPED, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    meta = data["meta"]
    weights = json.dumps(
        {"blocks": data["blocks"], "bias": data["bias"], "nb": data["nb"]}, sort_keys=True, separators=(",", ":")
    )
    assert meta["model_version"] == hashlib.sha256(weights.encode()).hexdigest()[:12]
    assert meta["format"] == "spanbank-claims-lr/3"
    assert meta["limit"] is None and meta["train_items"] == 9166
    chosen = [c for c in meta["cv"] if c["C"] == meta["C"] and c["nb_weight"] == meta["nb"]["weight"]]
    assert len(chosen) == 1 and chosen[0]["threshold"] == data["threshold"]
    assert chosen[0]["f1"] == max(c["f1"] for c in meta["cv"])
    assert (data["nb"] or {}).get("weight", 0.0) == meta["nb"]["weight"]
    assert ClaimAnnotator().origin == f"model:claims@8+{meta['model_version']}"


def test_score_blends_the_two_parts():
    model = load_model()
    text = "Unemployment fell to 4.1 percent in 2017."
    lr = 1 / (1 + math.exp(-model.decision(text)))
    nb = 1 / (1 + math.exp(-model.nb_decision(text)))
    assert model.score(text) == pytest.approx((1 - model.nb_weight) * lr + model.nb_weight * nb)
    lr_only = ClaimModel(blocks=model.blocks, bias=model.bias, threshold=0.5, meta={})
    assert lr_only.score(text) == pytest.approx(lr)


@pytest.mark.allow_skip_in_ci
def test_shipped_model_was_trained_on_the_train_file():
    if not TRAIN.exists():
        pytest.skip(f"{TRAIN} not present")
    meta = load_model().meta
    assert meta["train_sha256"] == hashlib.sha256(TRAIN.read_bytes()).hexdigest()


def test_registry_builds_the_claim_annotator():
    (a,) = load_annotators(["claims"])
    assert isinstance(a, ClaimAnnotator)
    assert a.name == "claims" and a.method == "model" and a.layers == ("claims",)
    assert a.applies(Document(id="x#c1", kind="comment", text="t"))


# -- the seed article ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_annotation(seed_path):
    text = canonical_text(seed_path.read_text(encoding="utf-8"))
    doc = Document(id="asbarez/aliyev", kind="article", text=text)
    return doc, ClaimAnnotator().annotate(doc)


def test_seed_superlative_is_a_claim(seed_annotation, schema):
    doc, ann = seed_annotation
    texts = [s.text for s in ann.spans]
    assert "The Azeri army is the strongest in the region with the largest military capabilities." in texts
    assert "This status quo has kept our territories under occupation for 20 years." in texts
    assert validate_annotation(ann, schema, doc) == []
    for s in ann.spans:
        assert doc.text[s.start : s.end] == s.text == s.text.strip()
        assert s.label == "CLAIM"
        assert isinstance(s.attrs["score"], float) and s.attrs["score"] == round(s.attrs["score"], 3)
        assert s.attrs["score"] >= ann.meta["threshold"]


def test_seed_questions_and_calls_to_action_are_not_claims(seed_annotation):
    doc, ann = seed_annotation
    covered = [(s.start, s.end) for s in ann.spans]
    for sentence in (
        "Why can’t we launch our own counterattack",
        "Where are our voices???",
        "organize it publish it and get it to every senator",
        "katia K. jan, please, you are the one",
        "I hope that the Armenian side will soon take the steps",
        "Comments are welcomed and encouraged.",
    ):
        at = doc.text.index(sentence)
        assert not any(s <= at < e for s, e in covered), sentence


def test_threshold_override_changes_output(seed_annotation):
    doc, ann = seed_annotation
    assert len(ClaimAnnotator(threshold=0.999).annotate(doc).spans) < len(ann.spans)
    assert len(ClaimAnnotator(threshold=0.0).annotate(doc).spans) > len(ann.spans)


# -- evaluation data (DEV; the goal is F1 >= 0.65, see docs/claims.md for the measured numbers) ------


def sentence_f1(path: Path) -> float:
    a = ClaimAnnotator()
    tp = fp = fn = 0
    for line in path.open(encoding="utf-8"):
        item = json.loads(line)
        ann = a.annotate(Document(id=item["id"], kind="article", text=item["text"]))
        pred = any((s.end - s.start) * 2 > len(item["text"].strip()) for s in ann.spans)
        gold = bool(item["doc_labels"]["check_worthy"])
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return 2 * tp / max(2 * tp + fp + fn, 1)


@pytest.mark.allow_skip_in_ci
def test_claimbuster_dev_f1():
    path = EVALDATA / "claimbuster.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    assert sentence_f1(path) >= 0.70


# -- training reproduces the model format and metadata ------------------------------------------------


def _train_module():
    spec = importlib.util.spec_from_file_location("train_claims", REPO / "scripts" / "train_claims.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_claims"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
@pytest.mark.allow_skip_in_ci
def test_training_is_reproducible_and_matches_inference(tmp_path, capsys):
    pytest.importorskip("sklearn")
    if not TRAIN.exists():
        pytest.skip(f"{TRAIN} not present")
    train = _train_module()
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    assert train.main(["--train", str(TRAIN), "--out", str(a), "--limit", "400"]) == 0
    assert train.main(["--train", str(TRAIN), "--out", str(b), "--limit", "400"]) == 0
    assert a.read_bytes() == b.read_bytes()  # seeded and deterministic
    printed = capsys.readouterr().out
    assert "cv C=" in printed and "selected C=" in printed
    model = load_model_file(a)
    assert model.meta["train_items"] == 400 and model.meta["limit"] == 400
    assert model.meta["train_sha256"] == load_model().meta["train_sha256"]
    assert model.meta["format"] == load_model().meta["format"]

    # the pure-Python scorer computes what scikit-learn computed
    texts, y, _ = train.load(TRAIN, 400)
    feats = [train.sentence_features(t) for t in texts]
    vec = train.Vectorizer(feats)
    clf = train.fit(vec.transform(feats), y, model.meta["C"])
    blocks, bias = train.export(vec, clf)
    mine = ClaimModel.from_json({"blocks": blocks, "bias": bias, "threshold": 0.5, "meta": {}})
    sample = texts[:25] + ["Unseen words only: zyxw qwvu.", ""]
    expected = clf.decision_function(vec.transform([train.sentence_features(t) for t in sample]))
    for t, z in zip(sample, expected, strict=True):
        assert mine.decision(t) == pytest.approx(float(z), abs=1e-3)

    # ... and the naive Bayes part what ComplementNB computed
    nbvec = train.NBVectorizer(feats)
    nb = train.fit_nb(nbvec.transform(feats), y)
    mine_nb = ClaimModel.from_json(
        {"blocks": blocks, "bias": bias, "threshold": 0.5, "meta": {},
         "nb": {"blocks": train.export_nb(nbvec, nb), "bias": 0.0, "weight": 0.5}}
    )
    expected_nb = nb.predict_proba(nbvec.transform([train.sentence_features(t) for t in sample]))[:, 1]
    for t, p in zip(sample, expected_nb, strict=True):
        assert 1 / (1 + math.exp(-mine_nb.nb_decision(t))) == pytest.approx(float(p), abs=1e-3)


def test_non_english_documents_are_skipped_with_a_reason():
    doc = Document(id="de1", kind="article", text="Die Armee ist die stärkste der Region.", meta={"lang": "de"})
    ann = ClaimAnnotator().annotate(doc)
    assert ann.spans == [] and "English-only" in ann.meta["skipped"]
    doc_en = Document(id="en1", kind="article", text="Unemployment fell to 4.1 percent in 2017.", meta={"lang": "en"})
    assert len(ClaimAnnotator().annotate(doc_en).spans) == 1


# -- the fast cue and splitter paths compute what the plain regexes compute ----------------------------
# `_cues` skips a regex when a cheap test proves it cannot match and reads single-word regexes off
# cached \w-runs; `split_sentences` looks at a window before a period. The references below are the
# straightforward versions (every regex run on the whole sentence), checked on edge cases (ſ, ı, İ and
# the Kelvin sign fold to ASCII letters under re.IGNORECASE; ² is a digit to str.isdigit but not \d)
# and on seeded random edits of them.

_REF_OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|hope|guess|suppose|wish|want|would like|love|agree|disagree)\b"
    r"|\bin my (?:opinion|view)\b|\bi'?m (?:sure|convinced|afraid)\b",
    re.I,
)
_REF_SUPERLATIVE = re.compile(r"\b(?:most|least|best|worst|largest|biggest|highest|lowest|\w{3,}est)\b", re.I)
_REF_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|\w+er) than\b|\b(?:twice|half) as\b", re.I)
_REF_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_REF_PAST = re.compile(r"\b\w{3,}ed\b|\b(?:was|were|had|did|said|made|took|gave|went|won|lost|voted)\b", re.I)
_REF_CAPSPAN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+)?[A-Z][a-z]+)+")
_REF_NUM_UNIT = re.compile(
    r"\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|dollars|jobs|people"
    r"|americans|years|times|troops|soldiers|workers|acres|barrels|points)\b",
    re.I,
)
_REF_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed)\b", re.I)


def _reference_cues(text: str, tokens: list[str]) -> list[str]:
    low = text.lower()
    cues = []
    if any(t[0].isdigit() or t[0] in "$€£" for t in tokens):
        cues.append("number")
    if "%" in text or " percent" in low or " per cent" in low:
        cues.append("percent")
    if re.search(r"[$€£]\d|\b(?:dollars|million|billion|trillion)\b", low):
        cues.append("money_or_magnitude")
    if _REF_YEAR.search(text):
        cues.append("year")
    if any(m.group(0).lower() not in claims._NOT_SUPERLATIVE for m in _REF_SUPERLATIVE.finditer(text)):
        cues.append("superlative")
    if _REF_COMPARATIVE.search(text):
        cues.append("comparative")
    if _REF_OPINION.search(text):
        cues.append("opinion")
    if text.rstrip(claims._CLOSERS + " ").endswith("?"):
        cues.append("question")
    if tokens and tokens[0] in claims._IMPERATIVE:
        cues.append("imperative_start")
    if _REF_PAST.search(text):
        cues.append("past")
    words = text.split()
    caps = sum(1 for w in words[1:] if w[:1].isupper() and not w.isupper())
    cues.append(f"caps_{min(caps, 3)}")
    cues.append(f"len_{min(len(tokens) // 8, 5)}")
    spans = _REF_CAPSPAN.findall(text)
    if spans:
        cues.append("capspan")
    cues.append(f"capspan_{min(len(spans), 2)}")
    words_set = set(re.findall(r"\w+", low)) | set(tokens)
    found = {c for w in words_set for c in claims._word_cues(w)}
    found.update(claims._PHRASE_CUES[m] for m in claims._PHRASE.findall(low))
    if _REF_NUM_UNIT.search(text):
        found.add("num_unit")
    if _REF_PRESENT_PERFECT.search(text):
        found.add("pres_perfect")
    if claims._GREETING_START.match(text):
        found.add("greeting_start")
    return cues + [c for c in claims._CUE_ORDER if c in found]


def _reference_word_before(line: str, seg_start: int, end: int):
    return re.compile(r"([\w.]+)$").search(line, seg_start, end)


_EDGE_SENTENCES = [
    "Unemployment fell to 4.1 percent in 2017, the lowest level in 17 years.",
    "We have TWICE AS many jobs THAN before, and it is the biggest cut since the 1990s.",
    "THE ARMY HAS BEEN WEAKENED; I'M SURE OF IT.",
    "In My Opinion the Social Security Trust Fund is the best-known honest test.",
    "It is the moſt important thing: he waſ elected and haſ been reelected.",  # ſ folds to s
    "ıt ıs more thın than anythıng; I thınk so; WE WOULD LIKE peace.",  # dotless ı folds to i
    "İstanbul has grown, İ am sure. TWİCE AS big, LESS THAN 5 PERCENT.",  # İ lower-cases to two characters
    "The \u212aing said we \u212anew it.",  # Kelvin sign folds to k
    "It costs x² and ١٩٩٠ was a year; ²nd place; 2020s were over 20million dollars.",
    "We spent €20 and £5 on 3 per cent of 100 barrels, going to need to have to pay.",
    "Thanks for nothing… Good evening, Mr. Smith of the United States of America.",
    "ΑΝΔΡΕΑΣ said the ΣΥΡΙΖΑ government raised taxes; Σ σ ς.",
    "Sen. J. R. Smith (D-Calif.) said No. 5 was the U.S. plan, e.g. for the U.N. at 5 p.m. Today.",
    "a" * 50 + ". Then " + "b" * 40 + "... said.\u00a0Next " + "x." * 30 + " Done.",
    "1. John said: “We will never accept this.” He added: 'Why?' she asked.",
    "",
    "?",
    "has\u00a0been and have\tworked, has reallyworked, hasn't been",
]


def _mutations(n: int, seed: int = 7) -> list[str]:
    import random  # noqa: PLC0415

    rng = random.Random(seed)
    pieces = [*"ſıİ\u212aΣσς\u00a0²١0$€£%.!?…'’\"“”»)] \n", " than ", " Twice As ", " HAS been ", " i'm sure ",
              " in my view ", " we hope ", " going to ", " 20million ", " 1990s ", " best ", " ſmallest ",
              " Mr. ", " U.S. ", " No. 5 ", " J. ", "...", " Social Security ", " 5 percent "]
    out = []
    for _ in range(n):
        s = rng.choice(_EDGE_SENTENCES)
        for _ in range(rng.randint(1, 6)):
            p = rng.randint(0, len(s))
            s = s[:p] + rng.choice(pieces) + s[p + rng.randint(0, 3):]
        out.append(s.swapcase() if rng.random() < 0.2 else s)
    return out


def test_cues_and_splitter_match_the_plain_regexes():
    texts = _EDGE_SENTENCES + _mutations(3000)
    for text in texts:
        tokens = [t.lower() for t in claims._TOKEN.findall(text)]
        assert claims._cues(text, tokens) == _reference_cues(text, tokens), text
        assert claims.sentence_features(text)["f"] == _reference_cues(text, tokens), text
        for m in claims._BOUNDARY.finditer(text):
            for seg_start in (0, max(0, m.start() - 40)):
                got, want = claims._word_before(text, seg_start, m.start()), _reference_word_before(text, seg_start, m.start())
                assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), text
        ref = re.compile(r"(?:\.{3,}|…|[.!?]+)[\"'”’»)\]]*(?=\s|$)")
        assert [m.span() for m in claims._BOUNDARY.finditer(text)] == [m.span() for m in ref.finditer(text)], text
        assert claims.not_a_claim(text) == (
            "question" if text.rstrip(claims._CLOSERS + " ").endswith("?")
            else "heading or attribution line" if text.rstrip(claims._CLOSERS + " ").endswith(":")
            else "fragment" if len(re.findall(r"[^\W\d_]{2,}", text)) < 3 else None
        ), text
