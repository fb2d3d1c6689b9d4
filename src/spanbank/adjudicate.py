"""Gold by a stated policy: from several annotators' layers to one ``gold`` layer per document.

Policies (``--policy``):

* ``majority``: a span is gold when more than half of the document's annotators have it;
* ``union``: when at least one has it; ``intersection``: when all have it;
* ``reviewer:<email>``: that annotator's version where they annotated the document, else majority.

Spans are grouped across annotators into *clusters*: spans of one label that match (`agreement.
match_spans`, exact or by overlap) between two annotators are in one cluster (transitively). A
cluster's support is the number of distinct annotators in it. Its gold offsets are those most
annotators gave; when that is tied, ``union`` takes the covering extent, ``intersection`` the part
all share, and ``majority`` leaves the span out and lists a ``boundary_tie``. Attributes (a
SPEAKER's ``name``) are taken by majority of the annotators who gave one.

A relation is gold when both its ends are gold and the policy accepts it among the annotators who
have both ends. Document labels (verdict, violations per category, anything else) are by majority
of the annotators who gave them, whatever the span policy; a tie leaves the value out (``verdict``
null) and lists a conflict. Nothing tied is ever guessed.

A document with one annotator passes through as ``single``; a review annotation (``meta.review``)
is gold as it is (``reviewed``). Every listed conflict says whether the policy resolved it
(``resolved``: a minority span rejected by majority) or not (ties, unanchored spans); gold
``meta.conflicts`` counts the unresolved ones, ``meta.disagreements`` the resolved ones.
``conflicts.jsonl`` holds the documents with at least one unresolved conflict (the ones
`spanbank ls push --review` sends back), each with all its conflicts; `AdjudicationResult.conflicts`
holds every document with any.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from spanbank.agreement import (
    DEFAULT_THRESHOLD,
    AnnotationSet,
    compute_agreement,
    document_agreement,
    load_annotation_set,
    match_spans,
)
from spanbank.anchor import needs_reanchoring, reanchor
from spanbank.model import (
    Annotation,
    Document,
    Problem,
    Relation,
    Span,
    atomic_write_text,
    read_documents,
    write_jsonl,
)

PRIVATE_ATTRS = frozenset({"unanchored"})
_WORD = {"tie": "tie", "reject": "rejected"}
_COMPUTE = object()


@dataclass(frozen=True)
class Policy:
    kind: str  # majority | union | intersection | reviewer
    reviewer: str | None = None

    @classmethod
    def parse(cls, text: str) -> Policy:
        if text in ("majority", "union", "intersection"):
            return cls(text)
        if text.startswith("reviewer:") and len(text) > len("reviewer:"):
            who = text[len("reviewer:"):]
            return cls("reviewer", who[len("human:"):] if who.startswith("human:") else who)
        raise ValueError(f"unknown policy {text!r}: use majority, union, intersection or reviewer:<email>")

    def __str__(self) -> str:
        return f"reviewer:{self.reviewer}" if self.kind == "reviewer" else self.kind

    def decide(self, support: int, electorate: int) -> str:
        """'accept', 'tie' or 'reject' for ``support`` of ``electorate`` voters."""
        if self.kind == "union":
            return "accept" if support >= 1 else "reject"
        if self.kind == "intersection":
            return "accept" if support == electorate else "reject"
        if 2 * support > electorate:
            return "accept"
        return "tie" if 2 * support == electorate else "reject"


@dataclass
class AdjudicationResult:
    gold: list[Annotation] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    agreement: dict = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def email(origin: str) -> str:
    return origin[len("human:"):] if origin.startswith("human:") else origin


def _conflict(type_: str, label: str | None, start: int | None, end: int | None, detail: str,
              by: dict[str, Any], resolved: bool = False) -> dict:
    return {"type": type_, "label": label, "start": start, "end": end, "detail": detail,
            "by": {k: by[k] for k in sorted(by)}, "resolved": resolved}


# -- clustering -------------------------------------------------------------------------------------


@dataclass
class Cluster:
    label: str
    members: list[tuple[str, Span]]  # (origin, span)

    @property
    def supporters(self) -> list[str]:
        return sorted({o for o, _ in self.members})

    @property
    def key(self) -> tuple:
        return (min(s.start for _, s in self.members), min(s.end for _, s in self.members), self.label)


def cluster_spans(anns: list[Annotation], match: str, threshold: float) -> list[Cluster]:
    """Group the (anchored) spans of several annotators into clusters of matching spans."""
    nodes = [(a.origin, s) for a in anns for s in a.spans if not s.attrs.get("unanchored")]
    index = {(o, id(s)): k for k, (o, s) in enumerate(nodes)}
    parent = list(range(len(nodes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(anns):
        for b in anns[i + 1:]:
            labels = {s.label for s in a.spans} & {s.label for s in b.spans}
            for label in labels:
                sa = [s for s in a.spans if s.label == label and not s.attrs.get("unanchored")]
                sb = [s for s in b.spans if s.label == label and not s.attrs.get("unanchored")]
                for x, y in match_spans(sa, sb, match, threshold):
                    ra, rb = find(index[(a.origin, id(sa[x]))]), find(index[(b.origin, id(sb[y]))])
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[tuple[str, Span]]] = {}
    for k, node in enumerate(nodes):
        groups.setdefault(find(k), []).append(node)
    clusters = [Cluster(m[0][1].label, m) for m in groups.values()]
    return sorted(clusters, key=lambda c: c.key)


def _chars(members: list[tuple[str, Span]], text: str | None, start: int, end: int) -> str | None:
    """The text of [start, end): from the document, else pieced together from the member spans."""
    if text is not None:
        return text[start:end]
    pos: dict[int, str] = {}
    for _, s in members:
        if len(s.text) == s.end - s.start:
            for k, ch in enumerate(s.text):
                pos.setdefault(s.start + k, ch)
    if all(k in pos for k in range(start, end)):
        return "".join(pos[k] for k in range(start, end))
    return None


def _vote_key(v: Any) -> str:
    """Values compared for a vote: strings case- and whitespace-insensitively, the rest as JSON."""
    if isinstance(v, str):
        return " ".join(v.split()).casefold()
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def _majority_value(values: dict[str, Any]) -> tuple[bool, Any]:
    """(decided, value) by strict majority of the given voters' values. Of equivalent spellings
    of the winner, the most frequent one is kept (then the first in sorted order)."""
    counts = Counter(_vote_key(v) for v in values.values())
    if not counts:
        return False, None
    key, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if 2 * n <= len(values):
        return False, None
    forms = Counter(json.dumps(v, sort_keys=True, ensure_ascii=False) for v in values.values() if _vote_key(v) == key)
    form = min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return True, json.loads(form)


# -- one document -------------------------------------------------------------------------------------


def _renumber(spans: list[Span], relations: list[tuple[int, int, str]]) -> tuple[list[Span], list[Relation]]:
    """Gold ids g1, g2, ... in text order; relations given as indices into ``spans``."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].end, spans[i].label, spans[i].text))
    new_id = {i: f"g{n}" for n, i in enumerate(order, 1)}
    out_spans = [Span(new_id[i], spans[i].start, spans[i].end, spans[i].label, spans[i].text,
                      {k: v for k, v in spans[i].attrs.items() if k not in PRIVATE_ATTRS}) for i in order]
    rels = sorted({(new_id[h], new_id[t], lab) for h, t, lab in relations}, key=lambda r: (int(r[0][1:]), int(r[1][1:]), r[2]))
    return out_spans, [Relation(h, t, lab) for h, t, lab in rels]


def _pass_through(ann: Annotation) -> tuple[list[Span], list[Relation]]:
    keep = [s for s in ann.spans if not s.attrs.get("unanchored")]
    idx = {s.id: k for k, s in enumerate(keep)}
    rels = [(idx[r.head], idx[r.tail], r.label) for r in ann.relations if r.head in idx and r.tail in idx]
    return _renumber(keep, rels)


def _unanchored_conflicts(anns: list[Annotation]) -> list[dict]:
    out = []
    for a in anns:
        for s in a.spans:
            if s.attrs.get("unanchored"):
                out.append(_conflict("unanchored", s.label, s.start, s.end,
                                     f"span {s.id!r} {s.text!r} no longer occurs exactly in the text",
                                     {a.origin: s.to_dict()}))
    return out


def merge_labels(anns: list[Annotation], violation_order: list[str] | None = None) -> tuple[dict, list[dict]]:
    """Document labels by majority of the annotators who gave each; ties listed, left out."""
    labels: dict[str, Any] = {}
    conflicts: list[dict] = []
    keys = sorted({k for a in anns for k in a.labels})
    for key in keys:
        given = {a.origin: a.labels[key] for a in anns if key in a.labels and a.labels[key] is not None}
        if not given:
            continue
        if all(isinstance(v, list) for v in given.values()):
            items = sorted({x for v in given.values() for x in v}, key=lambda x: (
                violation_order.index(x) if violation_order and x in violation_order else len(violation_order or ()), str(x)))
            chosen = []
            for item in items:
                support = sum(item in v for v in given.values())
                if 2 * support > len(given):
                    chosen.append(item)
                else:
                    tie = 2 * support == len(given)
                    conflicts.append(_conflict(
                        f"{'violation' if key == 'violations' else 'label'}_{'tie' if tie else 'rejected'}",
                        f"{key}:{item}", None, None, f"{support} of {len(given)} annotators give {key} {item}",
                        {o: item in v for o, v in given.items()}, resolved=not tie))
            labels[key] = chosen
            continue
        decided, value = _majority_value(given)
        if decided:
            labels[key] = value
            if len({_vote_key(v) for v in given.values()}) > 1:
                conflicts.append(_conflict(f"{'verdict' if key == 'verdict' else 'label'}_rejected", key, None, None,
                                           f"majority {key} {value!r}", given, resolved=True))
        else:
            labels[key] = None
            conflicts.append(_conflict(f"{'verdict' if key == 'verdict' else 'label'}_tie", key, None, None,
                                       f"no majority for {key} among {len(given)} annotators", given))
    return labels, conflicts


def adjudicate_document(
    doc_id: str,
    votes: list[Annotation],
    review: Annotation | None,
    policy: Policy,
    *,
    match: str = "overlap",
    threshold: float = DEFAULT_THRESHOLD,
    text: str | None = None,
    violation_order: list[str] | None = None,
    agreement: float | None | object = _COMPUTE,
) -> tuple[Annotation, list[dict]]:
    """Gold for one document and the conflicts found on the way. ``agreement`` (the document's
    mean pairwise overlap F1) is computed unless given."""
    votes = sorted(votes, key=lambda a: a.origin)
    used = votes + ([review] if review is not None else [])
    conflicts = _unanchored_conflicts(used)
    created = max((str(a.meta.get("updated_at") or a.created or "") for a in used), default="") or None
    meta: dict[str, Any] = {"annotators": [email(a.origin) for a in votes],
                            "agreement": None, "policy": str(policy), "match": match}
    if len(votes) > 1:
        agr = document_agreement(votes, threshold) if agreement is _COMPUTE else agreement
        meta["agreement"] = None if agr is None else round(agr, 6)

    reviewer_vote = next((a for a in votes if policy.kind == "reviewer" and email(a.origin) == policy.reviewer), None)
    source = review or reviewer_vote or (votes[0] if len(votes) == 1 else None)
    if source is not None:
        spans, relations = _pass_through(source)
        labels = dict(source.labels)
        meta["status"] = "reviewed" if (review is not None or reviewer_vote is not None) else "single"
        if meta["status"] == "reviewed":
            meta["reviewer"] = email(source.origin)
    else:
        spans, relations, labels, more = _merge_votes(votes, policy, match, threshold, text, violation_order)
        conflicts += more
        meta["status"] = "adjudicated"
    unresolved = sum(not c["resolved"] for c in conflicts)
    meta["conflicts"] = unresolved
    meta["disagreements"] = len(conflicts) - unresolved
    flags = sorted({f for a in used for f in a.meta.get("flags") or [] if str(f).startswith("unanchored:")})
    if flags:
        meta["unanchored"] = len(flags)
    gold = Annotation(doc_id, "gold", spans, relations, labels, created, {k: meta[k] for k in sorted(meta)})
    conflicts.sort(key=lambda c: (c["start"] is None, c["start"] or 0, c["end"] or 0, str(c["label"]), c["type"]))
    return gold, conflicts


def _merge_votes(votes, policy, match, threshold, text, violation_order):
    n = len(votes)
    vote_policy = Policy("majority") if policy.kind == "reviewer" else policy
    conflicts: list[dict] = []
    gold_spans: list[Span] = []
    cluster_of: dict[tuple[str, str], int] = {}  # (origin, span id) -> cluster index
    gold_index: dict[int, int] = {}  # cluster index -> index in gold_spans
    clusters = cluster_spans(votes, match, threshold)
    for ci, cl in enumerate(clusters):
        for o, s in cl.members:
            cluster_of[(o, s.id)] = ci
        sup = cl.supporters
        variants = Counter()
        for _o, bounds in {(o, (s.start, s.end)) for o, s in cl.members}:
            variants[bounds] += 1
        by = {}
        for o, s in cl.members:
            by.setdefault(o, []).append([s.start, s.end])
        first = min((s.start, s.end) for _, s in cl.members)
        decision = vote_policy.decide(len(sup), n)
        if decision != "accept":
            conflicts.append(_conflict(f"span_{_WORD[decision]}", cl.label, first[0], first[1],
                                       f"{len(sup)} of {n} annotators mark this {cl.label}", by,
                                       resolved=decision == "reject"))
            continue
        top = variants.most_common()
        if len(top) == 1 or top[0][1] > top[1][1]:
            start, end = top[0][0]
        elif vote_policy.kind == "union":
            start, end = min(s.start for _, s in cl.members), max(s.end for _, s in cl.members)
        elif vote_policy.kind == "intersection" and max(s.start for _, s in cl.members) < min(s.end for _, s in cl.members):
            start, end = max(s.start for _, s in cl.members), min(s.end for _, s in cl.members)
        else:
            conflicts.append(_conflict("boundary_tie", cl.label, first[0], first[1],
                                       f"{len(sup)} annotators mark this {cl.label} with tied boundaries", by))
            continue
        span_text = _chars(cl.members, text, start, end)
        if span_text is None:
            conflicts.append(_conflict("boundary_tie", cl.label, start, end,
                                       "the chosen extent cannot be read without the document text", by))
            continue
        attrs: dict[str, Any] = {}
        keys = sorted({k for _, s in cl.members for k in s.attrs if k not in PRIVATE_ATTRS})
        for k in keys:
            given: dict[str, Any] = {}
            for o, s in cl.members:
                if k in s.attrs:
                    given.setdefault(o, s.attrs[k])
            decided, value = _majority_value(given)
            if decided:
                attrs[k] = value
            else:
                conflicts.append(_conflict("attribute_tie", cl.label, start, end, f"attrs.{k}", given))
        if len(sup) < n:
            conflicts.append(_conflict("span_missing", cl.label, start, end,
                                       f"{len(sup)} of {n} annotators mark this {cl.label}; gold by {vote_policy}",
                                       by, resolved=True))
        gold_index[ci] = len(gold_spans)
        gold_spans.append(Span(f"c{ci}", start, end, cl.label, span_text, attrs))

    # relations, at the cluster level
    rel_support: dict[tuple[int, int, str], set[str]] = {}
    for a in votes:
        for r in a.relations:
            h, t = cluster_of.get((a.origin, r.head)), cluster_of.get((a.origin, r.tail))
            if h is not None and t is not None:
                rel_support.setdefault((h, t, r.label), set()).add(a.origin)
    gold_rels = []
    for (h, t, label), sup in sorted(rel_support.items()):
        if h not in gold_index or t not in gold_index:
            continue
        electorate = {o for o, _ in clusters[h].members} & {o for o, _ in clusters[t].members}
        decision = vote_policy.decide(len(sup & electorate), len(electorate))
        hs, ts = gold_spans[gold_index[h]], gold_spans[gold_index[t]]
        if decision == "accept":
            gold_rels.append((gold_index[h], gold_index[t], label))
        else:
            conflicts.append(_conflict(f"relation_{_WORD[decision]}", label, hs.start, hs.end,
                                       f"{label} -> {ts.label} {ts.text!r} [{ts.start}, {ts.end}]: "
                                       f"{len(sup)} of {len(electorate)} annotators with both ends",
                                       {o: o in sup for o in electorate}, resolved=decision == "reject"))
    spans, relations = _renumber(gold_spans, gold_rels)
    labels, label_conflicts = merge_labels(votes, violation_order)
    return spans, relations, labels, conflicts + label_conflicts


# -- a folder ----------------------------------------------------------------------------------------------


def _load_documents(path: Path, wanted: set[str], problems: list[Problem]) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for d in read_documents(path, errors=problems):
        if d.id in wanted:
            docs[d.id] = d
    return docs


def _filter_labels(aset: AnnotationSet, known: set[str], problems: list[Problem]) -> None:
    def clean(ann: Annotation, where: str) -> Annotation:
        bad = [s for s in ann.spans if s.label not in known]
        if not bad:
            return ann
        for s in bad:
            problems.append(Problem(f"span {s.id!r}: unknown label {s.label!r}; left out of gold", where, None,
                                    ann.doc_id, "label"))
        ids = {s.id for s in bad}
        return Annotation(ann.doc_id, ann.origin, [s for s in ann.spans if s.id not in ids],
                          [r for r in ann.relations if r.head not in ids and r.tail not in ids],
                          ann.labels, ann.created, ann.meta)

    for doc_id, anns in aset.votes.items():
        aset.votes[doc_id] = [clean(a, aset.sources.get((doc_id, a.origin), "")) for a in anns]
    for doc_id, ann in aset.reviews.items():
        aset.reviews[doc_id] = clean(ann, aset.sources.get((doc_id, "review:" + ann.origin), ""))


def adjudicate_set(
    aset: AnnotationSet,
    *,
    documents: dict[str, Document] | None = None,
    policy: str | Policy = "majority",
    match: str = "overlap",
    threshold: float = DEFAULT_THRESHOLD,
    schema=None,
) -> AdjudicationResult:
    """Adjudicate an already loaded `AnnotationSet` in memory (nothing is written)."""
    if schema is None:
        from spanbank.schema import load_schema  # noqa: PLC0415

        schema = load_schema()
    pol = policy if isinstance(policy, Policy) else Policy.parse(policy)
    if match not in ("exact", "overlap"):
        raise ValueError(f"match must be 'exact' or 'overlap', not {match!r}")
    result = AdjudicationResult(problems=list(aset.problems))
    result.counts.update({f"input_{k}": v for k, v in aset.counts.items()})
    _filter_labels(aset, set(schema.label_names), result.problems)

    if documents is not None:
        for doc_id in aset.doc_ids:
            doc = documents.get(doc_id)
            if doc is None:
                result.problems.append(Problem("no document with this id in the documents file; adjudicated "
                                               "without checking offsets", None, None, doc_id, "doc_id"))
                continue
            anns = list(aset.votes.get(doc_id, []))
            for k, ann in enumerate(anns):
                if needs_reanchoring(ann, doc.text):
                    res = reanchor(ann, doc.text)
                    anns[k] = res.annotation
                    result.counts["reanchored_annotations"] += 1
                    result.counts["moved_spans"] += len(res.moved)
                    result.counts["unanchored_spans"] += len(res.unanchored)
            if doc_id in aset.votes:
                aset.votes[doc_id] = anns
            rv = aset.reviews.get(doc_id)
            if rv is not None and needs_reanchoring(rv, doc.text):
                res = reanchor(rv, doc.text)
                aset.reviews[doc_id] = res.annotation
                result.counts["reanchored_annotations"] += 1
                result.counts["moved_spans"] += len(res.moved)
                result.counts["unanchored_spans"] += len(res.unanchored)

    violation_order = list(schema.violation_labels)
    result.agreement = compute_agreement(aset, threshold=threshold, labels=schema.label_names,
                                         violation_labels=violation_order)
    per_doc = result.agreement["per_document"]
    for doc_id in tqdm(aset.doc_ids, desc="adjudicate", unit="doc", disable=not sys.stderr.isatty()):
        doc = documents.get(doc_id) if documents is not None else None
        gold, conflicts = adjudicate_document(
            doc_id, aset.votes.get(doc_id, []), aset.reviews.get(doc_id), pol, match=match,
            threshold=threshold, text=doc.text if doc is not None else None, violation_order=violation_order,
            agreement=per_doc.get(doc_id))
        result.gold.append(gold)
        result.counts[gold.meta["status"]] += 1
        if conflicts:
            result.counts["documents_with_conflicts"] += int(gold.meta["conflicts"] > 0)
            result.conflicts.append({
                "doc_id": doc_id,
                "conflicts": conflicts,
                "unresolved": gold.meta["conflicts"],
                "origins": sorted({a.origin for a in aset.votes.get(doc_id, [])}
                                  | ({aset.reviews[doc_id].origin} if doc_id in aset.reviews else set())),
            })
    return result


def adjudicate_directory(
    annotations_dir: Path,
    documents: Path | None = None,
    policy: str = "majority",
    match: str = "overlap",
    *,
    threshold: float = DEFAULT_THRESHOLD,
    write: bool = True,
) -> AdjudicationResult:
    """Read ``annotations_dir``, adjudicate, and write ``gold.jsonl``, ``conflicts.jsonl`` and
    ``agreement.json`` there (atomically). Same inputs give the same bytes."""
    annotations_dir = Path(annotations_dir)
    aset = load_annotation_set(annotations_dir)
    docs = None
    problems: list[Problem] = []
    if documents is not None:
        docs = _load_documents(Path(documents), set(aset.doc_ids), problems)
    result = adjudicate_set(aset, documents=docs, policy=policy, match=match, threshold=threshold)
    result.problems = problems + result.problems
    if write:
        gold_path = annotations_dir / "gold.jsonl"
        conflicts_path = annotations_dir / "conflicts.jsonl"
        agreement_path = annotations_dir / "agreement.json"
        write_jsonl(gold_path, sorted(result.gold, key=lambda g: g.doc_id))
        # only documents a reviewer must look at (an unresolved conflict); their resolved ones ride along
        write_jsonl(conflicts_path, sorted((c for c in result.conflicts if c["unresolved"]), key=lambda c: c["doc_id"]))
        atomic_write_text(agreement_path, agreement_json(result.agreement))
        result.written = [gold_path, conflicts_path, agreement_path]
    return result


def agreement_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
