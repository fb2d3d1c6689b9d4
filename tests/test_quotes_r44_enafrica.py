"""Round 44 (helper enafrica): English news from Africa and Latin America. Sentences written for these tests in the
style of wire and local English outlets' pages (not copied from them)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact_enbusiness(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span (as in test_quotes)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (e08f7e0)
@pytest.mark.parametrize(("text", "expected"), [
    # an unlisted first name before a listed one was cut off: "Manuel López Obrador"
    ("Mexican President Andrés Manuel López Obrador said on Monday that the refinery would open in July.",
     [("the refinery would open in July", IND, "Andrés Manuel López Obrador",
       "Mexican President Andrés Manuel López Obrador", "said")]),
    ("President Andres Manuel Lopez Obrador told reporters the army would stay in the streets.",
     [("the army would stay in the streets", IND, "Andres Manuel Lopez Obrador",
       "President Andres Manuel Lopez Obrador", "told")]),
])
def test_fixes_enafrica(text, expected):
    assert_exact_enbusiness(text, expected)


# guards: must stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    # names whose first names were already listed, or unknown on their own, keep their whole name
    ("Colombian President Juan Manuel Santos said the peace deal would survive.",
     [("the peace deal would survive", IND, "Juan Manuel Santos", "Colombian President Juan Manuel Santos", "said")]),
    ("South African President Cyril Ramaphosa said the country would not be bullied. "
     "Ramaphosa added that talks would continue.",
     [("the country would not be bullied", IND, "Cyril Ramaphosa", "South African President Cyril Ramaphosa", "said"),
      ("talks would continue", IND, "Cyril Ramaphosa", "Ramaphosa", "added")]),
    ("Marcelo Rebelo de Sousa said Portugal would help.",
     [("Portugal would help", IND, "Marcelo Rebelo de Sousa", "Marcelo Rebelo de Sousa", "said")]),
    ("\u201cThe pipeline will be finished on time,\u201d said Brazilian Energy Minister Flávio Alexandre Costa.",
     [("The pipeline will be finished on time,", DIR, "Flávio Alexandre Costa",
       "Brazilian Energy Minister Flávio Alexandre Costa", "said")]),
    # (pass on the frozen tree too) a woman's first name lets "she" pass over the man named in between
    ("Juan Guaidó said the oil sanctions were lawful. Vice President Delcy Rodríguez rejected the claim. "
     "\u201cThey are a crime against our people,\u201d she said.",
     [("the oil sanctions were lawful", IND, "Juan Guaidó", "Juan Guaidó", "said"),
      ("They are a crime against our people,", DIR, "Delcy Rodríguez", "she", "said")]),
    ("Former President Jair Bolsonaro said the vote had been rigged. Dilma Rousseff dismissed the charge on Tuesday. "
     "\u201cHe has never accepted defeat,\u201d she told reporters in Brasília.",
     [("the vote had been rigged", IND, "Jair Bolsonaro", "Former President Jair Bolsonaro", "said"),
      ("He has never accepted defeat,", DIR, "Dilma Rousseff", "she", "told")]),
    # bodies, rebels and militias as sources
    ("The paramilitary Rapid Support Forces said they had captured the city.",
     [("they had captured the city", IND, "Rapid Support Forces", "The paramilitary Rapid Support Forces", "said")]),
    ("Mexico's foreign ministry said it had summoned the ambassador.",
     [("it had summoned the ambassador", IND, "Mexico's foreign ministry", "Mexico's foreign ministry", "said")]),
])
def test_guards_enafrica(text, expected):
    assert_exact_enbusiness(text, expected)
