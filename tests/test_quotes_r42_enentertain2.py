"""Round 42 (enentertain2): English entertainment copy in the British style (sentences written for these tests in the
style of PA, Metro and Express & Star showbiz copy).

- A British honour with the given name alone names the one person seen before in full with that given name: "Sir Paul
  McCartney … Sir Paul says" is Paul McCartney, "Dame Judi Dench … Dame Judi told" is Judi Dench (was "Paul", "Dame
  Judi"); a pronoun after it continues the full name. Nothing changes when no one, or two people, with that given name
  were named in full before.
- A role or age description of the person just named ("the actress", "the singer", "the 26-year-old") names a one-word
  stage name that opens its sentence before a verb and is followed there by a person's pronoun ("Zendaya has been given
  her first Emmy nomination. The actress, 23, said …"; was "actress"), or the person quoted just before when that stage
  name was seen so ("Rihanna … her …. … she said. … the 26-year-old added"). Not an organisation's name ("Netflix … its
  …") and not a female role after "his".
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
    # "Sir"/"Dame" and the given name alone (was the given name, or "Dame Judi")
    ("Sir Elton John wrapped up his farewell tour in Stockholm. “Thank you for fifty wonderful years,” Sir Elton told "
     "the crowd.",
     [("Thank you for fifty wonderful years,", DIR, "Elton John", "told")]),
    ("Dame Judi Dench has spoken about her failing eyesight. “I can no longer read a script,” Dame Judi told the BBC. "
     "“Friends read them to me,” she added.",
     [("I can no longer read a script,", DIR, "Judi Dench", "told"),
      ("Friends read them to me,", DIR, "Judi Dench", "added")]),
    ("Former Beatle Sir Paul McCartney is to release a new book of lyrics. In the introduction, Sir Paul says: “Every "
     "song holds a memory.”",
     [("Every song holds a memory.", DIR, "Paul McCartney", "says")]),
    ("Sir Rod Stewart joined the band on stage at Hyde Park. Sir Rod said the night was “the best of the summer”.",
     [("the night was “the best of the summer”", IND, "Rod Stewart", "said"),
      ("the best of the summer", DIR, "Rod Stewart", "said")]),
    # guards: no full name before, two people with that given name, a full name with the honour
    ("“It was a blast,” Sir Tom told reporters after the show.",
     [("It was a blast,", DIR, "Tom", "told")]),
    ("Sir Tom Jones and Sir Tom Stoppard both attended the gala. “What a night,” Sir Tom said.",
     [("What a night,", DIR, "Tom", "said")]),
    ("Sir Elton John met Sir Paul McCartney backstage. “He is a genius,” Sir Paul McCartney said.",
     [("He is a genius,", DIR, "Paul McCartney", "said")]),
])
def test_round42_enentertain2(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zendaya has landed her second Emmy nomination for the HBO drama. The actress, 27, said the news left her "
     "speechless.",
     [("the news left her speechless", IND, "Zendaya", "said")]),
    ("Shakira played for two hours in Madrid and thanked her fans in Spanish. “I love this city,” the singer said.",
     [("I love this city,", DIR, "Shakira", "said")]),
    ("Drake posted a photo with his son from the tour bus. “Best day ever,” the rapper wrote.",
     [("Best day ever,", DIR, "Drake", "wrote")]),
    ("Adele told fans in Las Vegas that her residency would end in June. The crowd cheered for ten minutes. “I will "
     "miss you all,” the 35-year-old added.",
     [("her residency would end in June", IND, "Adele", "told"),
      ("I will miss you all,", DIR, "Adele", "added")]),
    # guards: an organisation with "its", a female role after "his", a stage name that does not open its sentence
    ("Netflix has renewed its hit series for a third season. “We are thrilled,” the actress said.",
     [("We are thrilled,", DIR, "actress", "said")]),
    ("Drake posted a photo with his son. “What a day,” the actress said.",
     [("What a day,", DIR, "actress", "said")]),
    ("On Friday, Shakira thanked her fans in Madrid. “It was magic,” the singer said.",
     [("It was magic,", DIR, "singer", "said")]),
])
def test_round42_enentertain2_stage_names(text, expected):
    assert_exact(text, expected)
