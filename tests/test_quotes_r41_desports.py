"""Round 41 (desports): German sports copy (match reports, coaches' and players' voices, club news): a sports
broadcaster or magazine in quotation marks after a cue ("sagte er bei „Sky“") is a name, not a quotation; a number
with its full stop before a quotation ends the sentence ("auf Platz 7. „Das ist zu wenig“, sagte …"); "sich" right
after a relative pronoun with a state shown ("der sich zufrieden zeigte") makes the pronoun the subject. Sentences
written for these tests in the style of German sports reports (agency copy, club sites, football magazines)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# a sports broadcaster or magazine in quotation marks after a cue and a preposition is the medium spoken to, not a
# second direct quotation ("sagte Kimmich bei „Sky“" gave the quote "Sky")
@pytest.mark.parametrize(("text", "expected"), [
    ('"Wir haben uns den Sieg heute verdient", sagte Kimmich nach dem Abpfiff bei "Sky".',
     [("Wir haben uns den Sieg heute verdient", DIR, "Kimmich", "sagte")]),
    ("„Die Jungs haben alles reingeworfen“, sagte der Trainer bei „DAZN“.",
     [("Die Jungs haben alles reingeworfen", DIR, "Trainer", "sagte")]),
    ("„Das war nicht unser Tag“, sagte die Torhüterin bei „Eurosport“.",
     [("Das war nicht unser Tag", DIR, "Torhüterin", "sagte")]),
    ('Der Kapitän sagte bei "Sport1", die Mannschaft werde zurückschlagen.',
     [("die Mannschaft werde zurückschlagen", IND, "Kapitän", "sagte")]),
])
def test_r41_desports_broadcasters(text, expected):
    assert_exact(text, expected)


# a number with its full stop before a quotation ends the sentence: a place, a minute or a range is no ordinal
# before a quoted word (the writer's sentence before was reported as an indirect quote with the quotation inside)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die deutschen Skispringer landeten auf den Plätzen 11 bis 26. „Das tut richtig weh“, sagte der Bundestrainer.",
     [("Das tut richtig weh", DIR, "Bundestrainer", "sagte")]),
    ('Der Stürmer traf erst in der 88. "Ich habe einfach abgezogen", sagte der 23-Jährige.',
     [("Ich habe einfach abgezogen", DIR, "23-Jährige", "sagte")]),
    ("Im Gesamtweltcup liegt sie nun auf Rang 4. «Wir sind auf einem guten Weg», meinte die Biathletin.",
     [("Wir sind auf einem guten Weg", DIR, "Biathletin", "meinte")]),
])
def test_r41_desports_number_before_quote(text, expected):
    assert_exact(text, expected)


# "sich" right after a relative pronoun with a state shown ("der sich … zufrieden zeigte"): the pronoun is the
# subject, so its antecedent speaks (the speaker was a genitive inside the clause, "seines Teams")
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Trainer, der sich mit der Leistung seines Teams zufrieden zeigte, lobte vor allem die Abwehr.",
     [("Der Trainer, der sich mit der Leistung seines Teams zufrieden zeigte, lobte vor allem die Abwehr", IND,
       "Trainer", "lobte"),
      ("der sich mit der Leistung seines Teams zufrieden zeigte", IND, "Trainer", "zeigte")]),
    ("Die Kapitänin, die sich nach dem Sieg ihrer Mannschaft erleichtert zeigte, blickt nun auf das Finale.",
     [("die sich nach dem Sieg ihrer Mannschaft erleichtert zeigte", IND, "Kapitänin", "zeigte")]),
])
def test_r41_desports_relative_state(text, expected):
    assert_exact(text, expected)


# an age description after a sentence opened by the surname alone of someone named earlier: that person speaks (it
# was the person quoted before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Trainer Julian Nagelsmann lobte seine Elf. „Das war ein reifer Auftritt“, sagte der 35-Jährige. "
     "Vorstandschef Oliver Kahn war auf der Tribüne. Kahn wollte die Kritik am Kader nicht gelten lassen. "
     "„Wir sind gut aufgestellt“, sagte der 53-Jährige.",
     [("Trainer Julian Nagelsmann lobte seine Elf", IND, "Julian Nagelsmann", "lobte"),
      ("Das war ein reifer Auftritt", DIR, "Julian Nagelsmann", "sagte"),
      ("Wir sind gut aufgestellt", DIR, "Oliver Kahn", "sagte")]),
    ("„Wir waren vorne zu fahrlässig“, sagte Handball-Bundestrainer Alfred Gislason. Kapitän Johannes Golla stand "
     "danach lange auf dem Feld. Golla konnte die Niederlage kaum fassen. „Das tut unheimlich weh“, sagte der "
     "30-Jährige.",
     [("Wir waren vorne zu fahrlässig", DIR, "Alfred Gislason", "sagte"),
      ("Das tut unheimlich weh", DIR, "Johannes Golla", "sagte")]),
])
def test_r41_desports_age_after_surname(text, expected):
    assert_exact(text, expected)


# guards: the surname of the person quoted before opening the sentence, a broadcaster or magazine found before ("dem „Kicker“", "im „ZDF“"), an ordinal before a quoted name, a date's ordinal, and a
# relative clause whose verb is no state shown stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir freuen uns“, sagte der Trainer am 3. Mai.",
     [("Wir freuen uns", DIR, "Trainer", "sagte")]),
    ("„Wir wollen oben angreifen“, sagte der Sportdirektor dem „Kicker“.",
     [("Wir wollen oben angreifen", DIR, "Sportdirektor", "sagte")]),
    ("„Wir haben gekämpft“, sagte der Trainer im „ZDF“.",
     [("Wir haben gekämpft", DIR, "Trainer", "sagte")]),
    ("Der Verein feiert am 12. „Tag der Fans“ sein Jubiläum.", []),
    ("Das Team verlor. Der Trainer, der die Niederlage seiner Mannschaft kritisierte, war sauer.",
     [("der die Niederlage seiner Mannschaft kritisierte", IND, "Trainer", "kritisierte")]),
    ("Trainer Julian Nagelsmann lobte seine Elf. Nagelsmann war nach dem Spiel gut gelaunt. "
     "„Das war ein reifer Auftritt“, sagte der 35-Jährige.",
     [("Trainer Julian Nagelsmann lobte seine Elf", IND, "Julian Nagelsmann", "lobte"),
      ("Das war ein reifer Auftritt", DIR, "Julian Nagelsmann", "sagte")]),
])
def test_r41_desports_guards(text, expected):
    assert_exact(text, expected)
