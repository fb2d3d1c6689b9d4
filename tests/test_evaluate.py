"""The metrics of spanbank.evaluate against values computed by hand."""

from __future__ import annotations

import pytest

from spanbank.evalrun import claim_positive
from spanbank.evaluate import (
    PRF,
    SpanCounts,
    binary_prf,
    char_f1,
    char_prf,
    char_set,
    match_spans,
    prf,
    semeval_f1,
    speaker_match,
    token_prf,
    trim,
)
from spanbank.model import Annotation, Span


def test_prf_hand_computed():
    s = prf(2, 1, 3)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 5)
    assert s.f1 == pytest.approx(0.5)  # 2 * (2/3) * (2/5) / (2/3 + 2/5) = (8/15) / (16/15)


def test_prf_zero_division():
    nothing_predicted = prf(0, 0, 2)
    assert (nothing_predicted.precision, nothing_predicted.recall, nothing_predicted.f1) == (0.0, 0.0, 0.0)
    all_wrong = prf(0, 3, 0)
    assert (all_wrong.precision, all_wrong.recall, all_wrong.f1) == (0.0, 0.0, 0.0)
    empty = prf(0, 0, 0)
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    with pytest.raises(ValueError):
        prf(-1, 0, 0)
    assert prf(1, 0, 0) + prf(0, 2, 1) == PRF(1, 2, 1)


def test_binary_prf():
    gold = [True, True, False, False, True]
    pred = [True, False, True, False, True]
    s = binary_prf(gold, pred)
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.f1 == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        binary_prf([True], [True, False])


def test_coverage_threshold_is_asymmetric():
    # gold 0..10, pred 7..20: overlap 3 = 0.3 of the gold span but 3/13 of the predicted span
    m = match_spans([(0, 10)], [(7, 20)], 0.3)
    assert m.recall == 1.0 and m.precision == 0.0 and m.f1 == 0.0
    m = match_spans([(0, 10)], [(7, 20)], 0.8)
    assert m.recall == 0.0 and m.precision == 0.0
    # just below the threshold: overlap 2 = 0.2
    assert match_spans([(0, 10)], [(8, 20)], 0.3).recall == 0.0


def test_coverage_08_and_exact():
    m = match_spans([(0, 10)], [(0, 9)], 0.8)  # 0.9 of gold, all of pred
    assert (m.precision, m.recall) == (1.0, 1.0)
    m = match_spans([(0, 10)], [(0, 9)], None)
    assert (m.precision, m.recall, m.f1) == (0.0, 0.0, 0.0)
    assert match_spans([(0, 10)], [(0, 10)], None).f1 == 1.0
    with pytest.raises(ValueError):
        match_spans([(0, 1)], [(0, 1)], 0.0)


def test_one_to_one_matching():
    # one long prediction over two gold spans recalls only one of them
    m = match_spans([(0, 10), (10, 20)], [(0, 20)], 0.3)
    assert m.recall == 0.5
    assert m.precision == 1.0  # the prediction is covered 0.5 by either gold span
    assert m.f1 == pytest.approx(2 / 3)
    # two predictions over one gold span: only one counts as correct
    m = match_spans([(0, 10)], [(0, 10), (0, 9)], 0.3)
    assert (m.recall, m.precision) == (1.0, 0.5)
    assert m.recalled == {0: 0}  # the better cover (1.0 over 0.9) is taken


def test_greedy_takes_best_coverage_first():
    gold = [(0, 10), (8, 20)]
    pred = [(0, 10), (5, 20)]
    m = match_spans(gold, pred, 0.3)
    assert m.recalled == {0: 0, 1: 1}
    assert m.correct == {0: 0, 1: 1}
    # a weaker pair is never taken when its spans are used by stronger pairs
    m = match_spans([(0, 10)], [(0, 4), (0, 10)], 0.3)
    assert m.recalled == {0: 1}


def test_span_counts_accumulate_and_empty():
    c = SpanCounts()
    assert c.f1 is None  # nothing at all: not scored
    c.add(match_spans([(0, 10)], [(0, 10)], 0.3))
    c.add(match_spans([(0, 10), (20, 30)], [], 0.3))
    assert (c.n_gold, c.n_pred, c.n_recalled, c.n_correct) == (3, 1, 1, 1)
    assert c.precision == 1.0 and c.recall == pytest.approx(1 / 3) and c.f1 == pytest.approx(0.5)


def test_trim_removes_quote_marks_and_space():
    text = "Er sagte: „Hallo Welt.“ Dann"
    start = text.index("„")
    end = text.index("“") + 1
    assert text[slice(*trim(text, start, end))] == "Hallo Welt."
    assert trim(text, 0, 2) == (0, 2)
    assert trim("“ ”", 0, 3) == (0, 3)  # nothing left: unchanged


def test_char_f1_semeval():
    assert char_f1(set(), set()) == 1.0
    assert char_f1(set(), {1}) == 0.0
    assert char_f1({1}, set()) == 0.0
    assert char_f1({1, 2}, {3, 4}) == 0.0
    # P = 2/4, R = 2/6 -> F1 = 2 * 0.5 * (1/3) / (0.5 + 1/3) = 0.4
    assert char_f1({1, 2, 3, 4}, {3, 4, 5, 6, 7, 8}) == pytest.approx(0.4)
    assert semeval_f1([(set(), set()), (set(), {1}), ({1, 2, 3, 4}, {3, 4, 5, 6, 7, 8})]) == pytest.approx(1.4 / 3)
    assert semeval_f1([]) is None
    assert char_set([(0, 3), (2, 5)]) == {0, 1, 2, 3, 4}
    assert char_prf({1, 2, 3, 4}, {3, 4, 5, 6, 7, 8}) == PRF(2, 2, 4)


@pytest.mark.parametrize(
    ("ours", "gold", "expected"),
    [
        ("Ilham Aliyev", "Aliyev", True),
        ("Ilham Aliyev", "ilham  ALIYEV", True),
        ("Uwe Foullong", "der zuständige Gewerkschaftsvorstand Uwe Foullong", True),
        ("Aliyev", "Sarkisian", False),
        ("Ilham Aliyev", "Heydar Aliyev Jr.", False),
        (None, "Aliyev", False),
        ("Aliyev", None, False),
        ("", "", False),
    ],
)
def test_speaker_match(ours, gold, expected):
    assert speaker_match(ours, gold) is expected


def test_token_prf_bag_of_words():
    s = token_prf("a b c d", "a b e")
    assert (s.tp, s.fp, s.fn) == (2, 2, 1)
    assert s.precision == 0.5 and s.recall == pytest.approx(2 / 3)
    assert token_prf("a a", "a").tp == 1  # a multiset: repeats count once per gold occurrence


def test_claim_positive_coverage_of_non_space_chars():
    text = "Yes indeed. The army has 100 tanks."
    second = text.index("The")
    ann = Annotation(doc_id="d", origin="rules:t@1",
                     spans=[Span.over(text, second, len(text), "CLAIM", "c1")])
    # non-space chars: 10 in the first sentence, 19 in the second -> 19/29 >= 0.5
    assert claim_positive(text, ann)
    small = Annotation(doc_id="d", origin="rules:t@1", spans=[Span.over(text, 0, 11, "CLAIM", "c1")])
    assert not claim_positive(text, small)  # 10/29
    other_label = Annotation(doc_id="d", origin="rules:t@1", spans=[Span.over(text, 0, len(text), "SPEAKER", "s")])
    assert not claim_positive(text, other_label)
