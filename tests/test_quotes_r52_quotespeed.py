"""Round 52, family quotespeed: scans over the whole document that this round's rules run per mention were quadratic
in a long text: the bracketed short name of an authority after its spokesperson ("Ein Sprecher des BSI … Das Amt …")
was searched from the text's start per description, the full name of a first name opening a sentence ("Hal is retired
now.") among every name per sentence, and a company's name before "The company said" among every token; a pronoun's
test of each name (`fits`) and a description's test of each name's titles ran once per mention of the name. They are
per-document indexes and per-call memos now, with the output unchanged (GUARDS; the dump, the news pages and long
texts are byte-identical). The FIXES count the lines run inside the named functions (and their comprehensions) on a
repeated text of 1x and 4x the length: linear work grows ~4x (base: 12x to 16x)."""

from __future__ import annotations

import sys

import pytest

from tests.quote_cases import annotate, quotes_of


def _lines_in(text: str, lang: str, funcs: frozenset[str]) -> int:
    """The lines run inside functions named in `funcs` (and the comprehensions they run) while annotating `text`."""
    n = 0

    def local(_frame, event, _arg):
        nonlocal n
        if event == "line":
            n += 1
        return local

    def glob(frame, _event, _arg):
        code = frame.f_code
        if code.co_name in funcs or (code.co_name.startswith("<") and frame.f_back is not None
                                     and frame.f_back.f_code.co_name in funcs):
            return local
        return None

    annotate("He said hi.", lang, "article")  # (warm: lexicon loading)
    sys.settrace(glob)
    try:
        annotate(text, lang, "article")
    finally:
        sys.settrace(None)
    return n


DE_BSI = ("Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnte am Montag vor Angriffen. Ein Sprecher des "
          "BSI sagte, die Lage sei ernst. Das Amt riet, die Geräte sofort zu aktualisieren.\n\n")
DE_BSI_SHORT = "Ein Sprecher des BSI sagte, die Lage sei ernst. Das Amt riet, die Geräte sofort zu aktualisieren.\n\n"
EN_FIRST = ("Hal Berger ran the store for forty years. Hal is retired now. He says the town has changed. "
            "Acme Robotics opened a plant in Ohio. The company said it would expand.\n\n")

#: (language, repeated unit, functions, bound on the growth of their lines from 1x to 4x the text)
FIXES = [
    ("de", DE_BSI_SHORT, frozenset({"_de_spokesperson_body"}), 6.0),
    ("en", EN_FIRST, frozenset({"_previous_subject"}), 6.0),
    ("en", EN_FIRST, frozenset({"_en_body_antecedent"}), 6.0),
]


@pytest.mark.parametrize("lang,unit,funcs,bound", FIXES)
def test_document_scans_grow_about_linearly(lang, unit, funcs, bound):
    short = _lines_in(unit * 5, lang, funcs)
    assert short > 0  # (the rule runs)
    ratio = _lines_in(unit * 20, lang, funcs) / short
    assert ratio < bound, ratio


IND = "INDIRECT_QUOTE"
#: the base output on these texts, right or wrong: a speed change must not move it
GUARDS = [
    ("de", DE_BSI * 2, [(IND, "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnte am Montag vor Angriffen",
                         "Bundesamt für Sicherheit in der Informationstechnik BSI"),
                        (IND, "die Lage sei ernst", "Sprecher des BSI"),
                        (IND, "die Geräte sofort zu aktualisieren", "BSI")] * 2),
    ("en", EN_FIRST * 2, [(IND, "the town has changed", "Hal Berger"), (IND, "it would expand", "Acme Robotics")] * 2),
    # a pronoun after two persons, one named twice: the latest person of its gender
    ("en", "Mark Holt met Anna Keller in Berlin. Mark Holt said the talks went well. Later Anna Keller spoke. "
           "She said the plan was fair.",
     [(IND, "the talks went well", "Mark Holt"), (IND, "the plan was fair", "Anna Keller")]),
    # a description after several titled persons: the latest holder of its title
    ("de", "Umweltminister Jan Berger traf Finanzminister Olaf Kranz. Umweltminister Jan Berger sagte, man sei sich "
           "einig. Der Minister betonte, die Gespräche gingen weiter.",
     [(IND, "man sei sich einig", "Jan Berger"), (IND, "die Gespräche gingen weiter", "Jan Berger")]),
]


@pytest.mark.parametrize("lang,text,expected", GUARDS)
def test_guard_output_is_unchanged(lang, text, expected):
    assert quotes_of(text, lang, with_label=True) == expected
