"""Re-anchoring spans onto a changed text: moved exactly, or kept and flagged, never dropped."""

from __future__ import annotations

import copy

from spanbank.anchor import needs_reanchoring, reanchor
from spanbank.model import Annotation, Span, sha256_text


def _ann(text: str, *subs: tuple[str, str, int]) -> Annotation:
    spans = []
    for k, (sub, label, nth) in enumerate(subs):
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        spans.append(Span(f"s{k}", start, start + len(sub), label, sub))
    return Annotation("d", "human:a@example.org", spans, [], {}, None, {"text_sha256": sha256_text(text), "flags": []})


def test_unchanged_text_is_a_no_op():
    text = "Aliyev said “no” 😀 twice."
    a = _ann(text, ("no", "DIRECT_QUOTE", 0))
    assert not needs_reanchoring(a, text)
    res = reanchor(a, text)
    assert not res.changed and res.annotation.spans == a.spans


def test_insertion_moves_spans_by_code_points():
    old = "Aliyev said “no deal”. The army is strong."
    new = "😀😀 UPDATE: " + old  # astral characters count as one code point each
    a = _ann(old, ("no deal", "DIRECT_QUOTE", 0), ("The army is strong.", "CLAIM", 0))
    assert needs_reanchoring(a, new)
    res = reanchor(a, new)
    assert res.moved == ["s0", "s1"] and res.unanchored == []
    for s in res.annotation.spans:
        assert new[s.start : s.end] == s.text
        assert s.start == old.index(s.text) + len("😀😀 UPDATE: ")
    assert res.annotation.meta["text_sha256"] == sha256_text(new)
    assert res.annotation.meta["reanchored"] == {"from_sha256": sha256_text(old), "moved": 2, "unanchored": 0}


def test_repeated_text_goes_to_the_nearest_occurrence_after_the_shift():
    old = "He said no. Then she said no. Later they said no."
    new = "Intro. " + old
    a = _ann(old, ("said no", "INDIRECT_QUOTE", 1), ("said no", "INDIRECT_QUOTE", 2))
    res = reanchor(a, new)
    starts = [s.start for s in res.annotation.spans]
    assert starts == [old.index("she said no") + 4 + 7, old.index("they said no") + 5 + 7]


def test_old_text_context_beats_distance():
    old = "A: yes. B: no. C: yes."
    # the paragraph with B moved to the end; the nearest "no" to the old offset is now C's
    new = "A: yes. C: no. B: no."
    a = _ann(old, ("no", "DIRECT_QUOTE", 0))
    by_distance = reanchor(a, new)
    assert by_distance.annotation.spans[0].start == new.index("C: no") + 3
    with_context = reanchor(a, new, old_text=old)
    assert with_context.annotation.spans[0].start == new.index("B: no") + 3


def test_vanished_text_is_kept_flagged_and_the_input_untouched():
    old = "The army is the strongest in the region. Talks failed."
    new = "The army is large. Talks failed."
    a = _ann(old, ("the strongest in the region", "CLAIM", 0), ("Talks failed.", "CLAIM", 0))
    before = copy.deepcopy(a)
    res = reanchor(a, new)
    assert a == before
    assert res.unanchored == ["s0"] and res.moved == ["s1"]
    kept = res.annotation.spans[0]
    assert (kept.start, kept.end, kept.text) == (before.spans[0].start, before.spans[0].end, before.spans[0].text)
    assert kept.attrs["unanchored"] is True
    assert res.annotation.meta["flags"] == ["unanchored:s0"]
    assert new[res.annotation.spans[1].start : res.annotation.spans[1].end] == "Talks failed."


def test_equidistant_candidates_are_not_guessed():
    old = "xx no xx"
    new = "no xx xx no"  # "no" at 0 and 9, the old offset 3 is 3 away from 0 and 6 from 9 -> placed
    assert reanchor(_ann(old, ("no", "CLAIM", 0)), new).annotation.spans[0].start == 0
    new_tied = "no....no"  # 0 and 6: both 3 away from the old offset
    res = reanchor(_ann(old, ("no", "CLAIM", 0)), new_tied)
    assert res.unanchored == ["s0"] and res.annotation.spans[0].attrs["unanchored"]
