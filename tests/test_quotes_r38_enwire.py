"""Round 38, helper enwire: English wire-report attributions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker")) for s in ann.spans
                  if s.label in (IND, DIR))


def assert_en_exact(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)], sp)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enwire) "according to" a capitalised genitive or demonym: the source runs on to the outlet's name
    ("According to China's state-run Xinhua News Agency, the two countries signed a deal on grain exports.",
     [("the two countries signed a deal on grain exports", IND, "Xinhua News Agency")]),
    ("According to Chinese news agency Xinhua, rescuers reached the village late on Friday.",
     [("rescuers reached the village late on Friday", IND, "Xinhua")]),
    ("According to North Korea's state media, the leader visited a munitions factory on Monday.",
     [("the leader visited a munitions factory on Monday", IND, "North Korea's state media")]),
    # a trailing attribution with the outlet described before its name: the description is no part of the report
    ("Floodwaters cut off three villages in Hunan province, state news agency Xinhua reported.",
     [("Floodwaters cut off three villages in Hunan province", IND, "Xinhua")]),
    ("A mine collapse killed nine workers in Shanxi, Chinese state media outlet CCTV reported on Tuesday.",
     [("A mine collapse killed nine workers in Shanxi", IND, "CCTV")]),
    ("The ministry ordered an inquiry into the fire, state broadcaster KBS said.",
     [("The ministry ordered an inquiry into the fire", IND, "KBS")]),
    ("The launch was detected off the east coast, the official South Korean news agency Yonhap reported.",
     [("The launch was detected off the east coast", IND, "Yonhap")]),
    # a named addressee with an acronym in brackets or an of-phrase keeps "told" a cue
    ("A village official told state broadcaster China Central Television (CCTV) that 30 homes had been destroyed.",
     [("30 homes had been destroyed", IND, "village official")]),
    ("A shopkeeper told the Beijing Youth Daily (BYD) that sales had halved since spring.",
     [("sales had halved since spring", IND, "shopkeeper")]),
    ("Kim told the Central Committee of the ruling Workers' Party the new missiles would be deployed this year.",
     [("the new missiles would be deployed this year", IND, "Kim")]),
    # figures published are no speech
    ("Shares fell 4 percent after the company reported its latest quarterly earnings on Thursday.", []),
    ("The carmaker reported a net loss of $1.2 billion for the second quarter.", []),
    ("The province on Sunday reported 31 new locally transmitted cases, the health commission said.",
     [("The province on Sunday reported 31 new locally transmitted cases", IND, "health commission")]),
])
def test_round38_enwire_wire_attributions(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: "reported" with a clause stays a cue; sources with an article or a plain outlet stay as they were
    ("The company reported that its profit had doubled.", [("its profit had doubled", IND, "company")]),
    ("Xinhua reported the death toll had risen to 15.", [("the death toll had risen to 15", IND, "Xinhua")]),
    ("Regulators said the company reported sales figures that were misleading.",
     [("the company reported sales figures that were misleading", IND, "Regulators")]),
    ("According to the state-run Korean Central News Agency, Kim inspected the site.",
     [("Kim inspected the site", IND, "Korean Central News Agency")]),
    ("Prices rose sharply in May, the Global Times reported.", [("Prices rose sharply in May", IND, "Global Times")]),
    ("Exports rose 7 percent in May, according to Japan's Kyodo News.",
     [("Exports rose 7 percent in May", IND, "Japan's Kyodo News")]),
    ("Kim told party officials the weapons were a deterrent.", [("the weapons were a deterrent", IND, "Kim")]),
])
def test_round38_enwire_guards(text, expected):
    assert_en_exact(text, expected)
