"""Round 45 (helper enleftovers4): an organisation's name after an owner's possessive and a lower-case modifier keeps
its title-like first word ("Lebanon's state-run National News Agency said" was "News Agency"); a bare "the military",
"the army", "the police", "the hospital", "the council" … is the body, not a spokesperson seen before with the word in
a title ("Military spokesman Yahya Saree said … The military said" was Saree). Sentences written for these tests in the
style of English news pages (not copied)."""
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


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (bd31c81)
@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon's state-run National News Agency said three people were wounded in a drone strike near Tyre.",
     [("three people were wounded in a drone strike near Tyre", IND, "National News Agency",
       "Lebanon's state-run National News Agency", "said")]),
    ("Lebanon's official National News Agency reported that the road to the border was closed.",
     [("the road to the border was closed", IND, "National News Agency", "Lebanon's official National News Agency",
       "reported")]),
    ("Kenya's state-run National Police Service said four suspects had been arrested in Mombasa.",
     [("four suspects had been arrested in Mombasa", IND, "National Police Service",
       "Kenya's state-run National Police Service", "said")]),
    ("Military spokesman Yahya Saree said the group had launched drones at two vessels. The military said the attacks "
     "would continue until the siege ended.",
     [("the group had launched drones at two vessels", IND, "Yahya Saree", "Military spokesman Yahya Saree", "said"),
      ("the attacks would continue until the siege ended", IND, "military", "The military", "said")]),
    ("Army spokesman Daniel Harel said troops had entered the town overnight. The army said two soldiers were "
     "lightly wounded.",
     [("troops had entered the town overnight", IND, "Daniel Harel", "Army spokesman Daniel Harel", "said"),
      ("two soldiers were lightly wounded", IND, "army", "The army", "said")]),
    ("Police spokeswoman Karen Holt said the driver was taken to hospital. The police said the road would stay closed "
     "until Monday.",
     [("the driver was taken to hospital", IND, "Karen Holt", "Police spokeswoman Karen Holt", "said"),
      ("the road would stay closed until Monday", IND, "police", "The police", "said")]),
    ("Hospital spokeswoman Anna Reyes said the boy was in a stable condition. The hospital said he was expected to "
     "make a full recovery.",
     [("the boy was in a stable condition", IND, "Anna Reyes", "Hospital spokeswoman Anna Reyes", "said"),
      ("he was expected to make a full recovery", IND, "hospital", "The hospital", "said")]),
    ("Government spokesman Peter Mwangi said the talks had broken down. The government said it would table a new offer "
     "next week.",
     [("the talks had broken down", IND, "Peter Mwangi", "Government spokesman Peter Mwangi", "said"),
      ("it would table a new offer next week", IND, "government", "The government", "said")]),
    ("Council spokesman Mark Ellis said the bridge would reopen in spring. The council said repairs would cost about "
     "$4 million.",
     [("the bridge would reopen in spring", IND, "Mark Ellis", "Council spokesman Mark Ellis", "said"),
      ("repairs would cost about $4 million", IND, "council", "The council", "said")]),
])
def test_fixes(text, expected):
    assert_exact(text, expected)


# guards: these stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    ("The state-run National News Agency said two people were killed.",
     [("two people were killed", IND, "National News Agency", "The state-run National News Agency", "said")]),
    ("Health Ministry spokesman Omar Said said 20 people were killed. The ministry said most of the dead were women.",
     [("20 people were killed", IND, "Omar Said", "Health Ministry spokesman Omar Said", "said"),
      ("most of the dead were women", IND, "Health Ministry", "The ministry", "said")]),
    ("Army chief Gen. Asim Malik visited the base. The army chief said the troops were ready.",
     [("the troops were ready", IND, "Asim Malik", "The army chief", "said")]),
    ("Police Commissioner Tom Banks said the man was arrested. Police said he would appear in court on Monday.",
     [("the man was arrested", IND, "Tom Banks", "Police Commissioner Tom Banks", "said"),
      ("he would appear in court on Monday", IND, "Police", "Police", "said")]),
    ("Trump's lawyer Rudy Giuliani said the case was closed.",
     [("the case was closed", IND, "Rudy Giuliani", "Trump's lawyer Rudy Giuliani", "said")]),
])
def test_guards(text, expected):
    assert_exact(text, expected)
