"""Round 38, helper endesc: English speaker resolution (sentences written for these tests)."""

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
    # (round 38, endesc) a Chinese or Korean family name written first, alone later, is the full name
    ("Chinese President Xi Jinping met business leaders on Wednesday. Xi said China would keep opening its markets.",
     [("China would keep opening its markets", IND, "Xi Jinping")]),
    ("Premier Li Qiang opened the forum in Tianjin. Li said the growth target was achievable. He added that consumer "
     "spending would recover.",
     [("the growth target was achievable", IND, "Li Qiang"), ("consumer spending would recover", IND, "Li Qiang")]),
    ("Foreign Minister Wang Yi held talks with his Japanese counterpart. \"Both sides must manage their differences,\" "
     "Wang said.",
     [("Both sides must manage their differences,", DIR, "Wang Yi")]),
    ("South Korean President Lee Jae-myung visited Tokyo on Friday. Lee said the two countries should look to the "
     "future.",
     [("the two countries should look to the future", IND, "Lee Jae-myung")]),
    ("Former President Moon Jae-in spoke at a book event in Seoul. President Moon said dialogue with the North was "
     "still possible.",
     [("dialogue with the North was still possible", IND, "Moon Jae-in")]),
    ("North Korean leader Kim Jong Un inspected a missile factory on Tuesday. Kim said production must be expanded "
     "this year.",
     [("production must be expanded this year", IND, "Kim Jong Un")]),
    ("Taiwan's President Lai Ching-te addressed lawmakers. Lai said the island would not be provoked.",
     [("the island would not be provoked", IND, "Lai Ching-te")]),
    ("Former Singapore prime minister Lee Kuan Yew spoke to students. Lee said the city had no natural resources.",
     [("the city had no natural resources", IND, "Lee Kuan Yew")]),
    # a full name the first-name lists lack is a person all the same: "he" is Kim, not the premier named after him
    ("North Korean leader Kim Jong Un addressed party officials on Friday, as Japanese Prime Minister Fumio Kishida "
     "visited Seoul.\n\nState media reported that Kim on Saturday told the powerful Central Committee of the ruling "
     "Workers' Party the weapons were a \"powerful deterrent.\"\n\nBut he acknowledged that the economy faced "
     "difficulties.",
     [("Kim on Saturday told the powerful Central Committee of the ruling Workers' Party the weapons were a "
       "\"powerful deterrent.\"", IND, "State media"),
      ("powerful deterrent.", DIR, "Kim Jong Un"),
      ("the economy faced difficulties", IND, "Kim Jong Un")]),
])
def test_round38_endesc_family_name_first(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a Western first name before a Western surname ("Lee", "Kim" stay as written), two people of one family
    # name, a surname seen last
    ("Lee Anderson, the Reform MP, spoke on Friday. Lee said the party would win the seat.",
     [("the party would win the seat", IND, "Lee")]),
    ("Kim Kardashian attended the hearing on Monday. Kim said the law had to change.",
     [("the law had to change", IND, "Kim")]),
    ("North Korean leader Kim Jong Un and his sister Kim Yo Jong attended the parade. Kim said the country would "
     "expand its arsenal.",
     [("the country would expand its arsenal", IND, "Kim")]),
    ("Andrew Yang spoke in Manhattan on Sunday. Yang said the plan would pay for itself.",
     [("the plan would pay for itself", IND, "Andrew Yang")]),
    ("Ban Ki-moon spoke in New York. Ban said the climate deal was within reach.",
     [("the climate deal was within reach", IND, "Ban")]),
    # a place shaped like such a name is none: the surname is John Lee's
    ("Hong Kong leader John Lee spoke on Tuesday. Lee said the law would protect stability.",
     [("the law would protect stability", IND, "John Lee")]),
])
def test_round38_endesc_family_name_guards(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, endesc) a company's possessive before its person's name is no part of the name
    ("Apple's Tim Cook met investors on Tuesday. \"Demand in China is strong,\" Apple's Cook said.",
     [("Demand in China is strong,", DIR, "Tim Cook")]),
    ("Nvidia chief executive Jensen Huang spoke in Taipei on Monday. Nvidia's Huang said supply would improve by the "
     "summer.",
     [("supply would improve by the summer", IND, "Jensen Huang")]),
    ("Nvidia chief executive Jensen Huang spoke in Taipei on Monday. Nvidia's Huang said supply would improve. He "
     "added that prices would fall.",
     [("supply would improve", IND, "Jensen Huang"), ("prices would fall", IND, "Jensen Huang")]),
])
def test_round38_endesc_company_possessive(text, expected):
    assert_en_exact(text, expected)


def test_round38_endesc_company_possessive_guards():
    # a company's own name with a possessive stays the company
    assert_en_exact("Macy's Inc said holiday sales fell 3 percent.", [("holiday sales fell 3 percent", IND, "Macy's Inc")])
    assert_en_exact("McDonald's said it would raise wages.", [("it would raise wages", IND, "McDonald's")])
    # an owner before a full name the lists know was already cut off
    assert_en_exact("Microsoft's Satya Nadella told the conference that every job would change.",
                    [("every job would change", IND, "Satya Nadella")])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, endesc) a title with its complement before the name: "the secretary of state" is that person
    ("Secretary of State Marco Rubio met his Italian counterpart in Rome. The secretary of state said the talks were "
     "productive.",
     [("the talks were productive", IND, "Marco Rubio")]),
    ("Secretary of State Antony Blinken landed in Beijing on Sunday. \"We want a stable relationship,\" said the "
     "secretary of state.",
     [("We want a stable relationship,", DIR, "Antony Blinken")]),
])
def test_round38_endesc_title_with_complement(text, expected):
    assert_en_exact(text, expected)


def test_round38_endesc_title_with_complement_guards():
    # no one named with the title: the description as written
    assert_en_exact("\"We will respond,\" the secretary of state said.", [("We will respond,", DIR, "secretary of state")])
    assert_en_exact("Gov. Gavin Newsom signed the budget on Monday. \"This is a historic investment,\" the governor "
                    "said.", [("This is a historic investment,", DIR, "Gavin Newsom")])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, endesc) a description after a quotation is the person quoted, not the interviewer named after "told"
    ("Sen. Maria Ortiz of Arizona spoke on Sunday. \"We have the votes,\" Ortiz told CNN's Jake Harper. \"This is not "
     "over,\" the Arizona senator added.",
     [("We have the votes,", DIR, "Maria Ortiz"), ("This is not over,", DIR, "Maria Ortiz")]),
    ("Mary Barra spoke on Tuesday. \"Demand is strong,\" Barra said in an interview with CNBC's Phil Moreau. \"We are "
     "on track,\" the executive said.",
     [("Demand is strong,", DIR, "Mary Barra"), ("We are on track,", DIR, "Mary Barra")]),
    ("Mary Barra spoke on Tuesday. \"Demand is strong,\" Barra told CNBC's Phil Moreau. \"We are on track,\" the "
     "executive said.",
     [("Demand is strong,", DIR, "Mary Barra"), ("We are on track,", DIR, "Mary Barra")]),
])
def test_round38_endesc_description_not_the_interviewer(text, expected):
    assert_en_exact(text, expected)


def test_round38_endesc_description_guards():
    # the interviewer's own role stays the interviewer's; a role after a name opening the sentence before
    assert_en_exact("Mary Barra spoke on Tuesday. \"Demand is strong,\" Barra told CNBC's Phil Moreau. \"Are you sure?\" "
                    "the presenter asked.",
                    [("Demand is strong,", DIR, "Mary Barra"), ("Are you sure?", DIR, "Phil Moreau")])
    assert_en_exact("Pop star Dua Lipa won twice on Sunday. \"I am thrilled,\" the singer said.",
                    [("I am thrilled,", DIR, "Dua Lipa")])
    # a person named as the subject the sentence before still takes "the senator"
    assert_en_exact("Sen. Joe Manchin met with reporters. The senator said he would not support the bill.",
                    [("he would not support the bill", IND, "Joe Manchin")])
