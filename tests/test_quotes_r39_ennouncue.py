"""Quote pre-annotator, round 39 (helper ennouncue): English speech nouns with an owner and a "that" clause.

"an accusation from Rep. X (R-Texas) that …", "claims by activists that …", "the Pentagon's assertion that …", "her
insistence that …": the that-clause is reported, the noun is its cue, the owner ("from X", "by X", "X's", a possessive
pronoun resolved like a subject pronoun) its speaker (yaml `owned_report_nouns`). Where the noun phrase is its
sentence's subject the clause ends before the main verb ("… was rejected by …"); a verb governing the noun phrase ("The
court rejected X's claims that …") no longer speaks for the owner; a noun read as a verb keeps no verb or "'s" in its
speaker ("A columnist challenged Senator X's claim that …" was spoken by "A columnist challenged Senator X's"). Nouns of
thought or chance ("the fact/idea/hope that"), nouns without an owner ("reports that", "denied claims that"), relative
clauses ("the statement that he issued on Monday") and promises sought ("tried to extract a promise from X that") report
nothing new. Sentences written for these tests (names invented), in the style of wire and political news.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: "from X" / "by X" before "that" (was nothing)
    ("Lawmakers pressed the director over an accusation from Rep. Dana Whitfield (R-Texas) that the bureau had spied "
     "on school boards.",
     [("the bureau had spied on school boards", IND, "Dana Whitfield", "accusation")]),
    ("Residents downstream ignored a warning from the county engineer that the levee could give way.",
     [("the levee could give way", IND, "county engineer", "warning")]),
    ("The inquiry contradicts reports by the Red Cross that 40 detainees were injured.",
     [("40 detainees were injured", IND, "Red Cross", "reports")]),
    # fixes: the noun phrase as subject; the clause ends before the main verb (was nothing)
    ("The claim by the power company that its lines were safe was disputed by state regulators.",
     [("its lines were safe", IND, "power company", "claim")]),
    ("Marsh's accusation that the agency destroyed records was rejected by the inspector general.",
     [("the agency destroyed records", IND, "Marsh", "accusation")]),
    ("Mayor Ellen Brandt spoke to reporters on Monday. Her insistence that the budget was balanced drew jeers from the "
     "council.",
     [("the budget was balanced", IND, "Ellen Brandt", "insistence")]),
    # fixes: a fronted adjunct closes at its comma (was nothing for the claims)
    ("Despite claims by activists that the raids killed at least a dozen villagers, a military spokesman said all of "
     "the dead were fighters.",
     [("the raids killed at least a dozen villagers", IND, "activists", "claims"),
      ("all of the dead were fighters", IND, "military spokesman", "said")]),
    # fixes: the owner, not the subject of the verb governing the noun phrase (was "Reporters", "court", "Kyiv")
    ("Reporters questioned the Pentagon's assertion that the truck carried explosives.",
     [("the truck carried explosives", IND, "Pentagon", "assertion")]),
    ("The court rejected Halvorsen's claims that the ballots had been altered.",
     [("the ballots had been altered", IND, "Halvorsen", "claims")]),
    ("Kyiv denied Moscow's allegations that its \"commandos\" had crossed the border.",
     [("its \"commandos\" had crossed the border", IND, "Moscow", "allegations"),
      ("commandos", DIR, "Moscow", "allegations")]),
    # fixes: a noun read as a verb: no main verb in the content, no verb or "'s" in the speaker
    ("The governor's warning that the reservoir could overflow went largely unheeded.",
     [("the reservoir could overflow", IND, "governor", "warning")]),
    ("A columnist challenged Senator Ruth Calder's claim that the tariffs had lowered prices.",
     [("the tariffs had lowered prices", IND, "Ruth Calder", "claim")]),
    ("The talks followed Prime Minister Ola Brenner's claims that \"the ceasefire is dead.\"",
     [("the ceasefire is dead.", DIR, "Ola Brenner", "claims")]),
])
def test_r39_ennouncue_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: nouns of thought or chance, nouns without an owner, relative clauses, promises sought: unchanged
    ("The fact that the dam could fail worried residents.", []),
    ("The idea that the council would raise taxes angered residents.", []),
    ("The hope that the strike would end soon faded on Friday.", []),
    ("There are reports that the minister will resign.", []),
    ("The company denied claims that it had hidden losses.",
     [("it had hidden losses", IND, "company", "denied")]),
    ("The statement that he issued on Monday was brief.", []),
    ("Senate leaders tried to extract a promise from the speaker that the bill would get a vote.", []),
    # guards: a medium of the verb before, and the speaker's own claim repeated: unchanged
    ("The auditor said in her final report that the county had overspent.",
     [("the county had overspent", IND, "auditor", "said")]),
    ("The senator repeated his claim that the election was stolen.",
     [("the election was stolen", IND, "senator", "repeated")]),
])
def test_r39_ennouncue_guards(text, expected):
    assert_exact(text, expected)
