"""Round 45 (helper enaustralia): Australian, New Zealand and Pacific news. A title's complement before a name whose
first name the lists do not know: a seat after "Member/senator for" ("Member for Kooyong Monique Ryan"), a capitalised
modifier before the title ("Shadow Minister for Health …", "Labor senator for Victoria …") and portfolios ending in
"-ions" or "-ergy". Sentences written for these tests in the style of ABC, RNZ, SBS and AAP pages (not copied)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        speaker = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), speaker, cue))
    return sorted(out)


# fixes: each row fails against the frozen tree (f1f567d)
@pytest.mark.parametrize(("text", "expected"), [
    # a seat's holder: the one-word seat is no part of the name
    ('Member for Kooyong Monique Ryan said the bill would not pass the Senate.',
     [('the bill would not pass the Senate', IND, 'Monique Ryan',
       'Member for Kooyong Monique Ryan', 'said')]),
    ('Labor senator for Tasmania Anika Wells told reporters the inquiry was overdue.',
     [('the inquiry was overdue', IND, 'Anika Wells', 'Labor senator for Tasmania Anika Wells', 'told')]),
    ('Independent member for Mackellar Sophie Scamps said the reforms were too slow.',
     [('the reforms were too slow', IND, 'Sophie Scamps', 'Independent member for Mackellar Sophie Scamps', 'said')]),
    # a capitalised modifier before the title and its portfolio
    ('Shadow Minister for Health Anne Ruston said the waiting lists had doubled.',
     [('the waiting lists had doubled', IND, 'Anne Ruston', 'Shadow Minister for Health Anne Ruston', 'said')]),
    ('Acting Minister for Education Jason Clare told ABC Radio National the funding would flow in July.',
     [('the funding would flow in July', IND, 'Jason Clare',
       'Acting Minister for Education Jason Clare', 'told')]),
    # the title's complement names another holder of the same title seen before
    ('Minister for Foreign Affairs Penny Wong said the talks went well. Shadow Minister for Defence Andrew Hastie '
     'said the government had been too slow.',
     [('the government had been too slow', IND, 'Andrew Hastie', 'Shadow Minister for Defence Andrew Hastie', 'said'),
      ('the talks went well', IND, 'Penny Wong', 'Minister for Foreign Affairs Penny Wong', 'said')]),
    # portfolios ending in "-ions" and "-ergy" before a name the lists do not know
    ('Minister for Māori Crown Relations Tama Potaka said the hui had been constructive.',
     [('the hui had been constructive', IND, 'Tama Potaka',
       'Minister for Māori Crown Relations Tama Potaka', 'said')]),
    ('Minister for Climate Change and Energy Simeon Brown told RNZ the plan was on track.',
     [('the plan was on track', IND, 'Simeon Brown',
       'Minister for Climate Change and Energy Simeon Brown', 'told')]),
])
def test_r45_enaustralia_fixes(text, expected):
    assert _got(text) == expected


# guards: pass on both trees
@pytest.mark.parametrize(("text", "expected"), [
    ('Minister for Home Affairs Tony Burke told reporters the visas had been cancelled.',
     [('the visas had been cancelled', IND, 'Tony Burke', 'Minister for Home Affairs Tony Burke', 'told')]),
    ('Member for Kooyong Mark Butler said voters deserved better.',
     [('voters deserved better', IND, 'Mark Butler', 'Member for Kooyong Mark Butler', 'said')]),
    ('Queensland Premier Steven Miles told ABC Radio Brisbane the state was ready.',
     [('the state was ready', IND, 'Steven Miles', 'Queensland Premier Steven Miles', 'told')]),
    ('Opposition Leader Peter Dutton told Sky News Australia the government had lost control. '
     'The Opposition Leader said Labor had failed.',
     [('Labor had failed', IND, 'Peter Dutton', 'The Opposition Leader', 'said'),
      ('the government had lost control', IND, 'Peter Dutton', 'Opposition Leader Peter Dutton', 'told')]),
    ('A spokesperson for the Department of Home Affairs said the department does not comment on individual cases.',
     [('the department does not comment on individual cases', IND, 'spokesperson for the Department of Home Affairs',
       'A spokesperson for the Department of Home Affairs', 'said')]),
    ('A spokeswoman for Health Minister Mark Butler said the review was under way.',
     [('the review was under way', IND, 'spokeswoman for Health Minister Mark Butler',
       'A spokeswoman for Health Minister Mark Butler', 'said')]),
    ('Detective Inspector Jason Weinstein said the man had been arrested. Det Insp Weinstein said police were still '
     'searching.',
     [('police were still searching', IND, 'Jason Weinstein', 'Det Insp Weinstein', 'said'),
      ('the man had been arrested', IND, 'Jason Weinstein', 'Detective Inspector Jason Weinstein', 'said')]),
    ('The 34-year-old Sydney man told police he had not seen the car.',
     [('he had not seen the car', IND, '34-year-old Sydney man', 'The 34-year-old Sydney man', 'told')]),
])
def test_r45_enaustralia_guards(text, expected):
    assert _got(text) == expected
