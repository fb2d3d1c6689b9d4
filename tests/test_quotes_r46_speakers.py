"""Round 46, family speakers: speaker resolution across short multi-sentence texts.

Each "fix" row fails against the base commit fc4efba; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix: a German name's own first name decides its gender over the words of the sentence before it
    ("fix", "de", "Peter Müller lobte Anna Schmidt. Sie sagte, die Gespräche würden fortgesetzt.",
     "die Gespräche würden fortgesetzt", "Anna Schmidt"),
    ("fix", "de", "Peter Müller traf am Montag Anna Schmidt. Müller sagte, die Gespräche seien gescheitert. "
     "„Wir machen weiter“, sagte sie.", "Wir machen weiter", "Anna Schmidt"),
    ("fix", "de", "Peter Müller lobte Maria Weber. Die Gespräche würden fortgesetzt, sagte sie.",
     "Die Gespräche würden fortgesetzt", "Maria Weber"),
    # fix: a surname after a dotted honorific is a name, with the honorific's gender
    ("fix", "en", 'Mr. Smith said the talks failed. Mrs. Jones disagreed. "It is not over," she said.',
     "It is not over,", "Jones"),
    ("fix", "en", "Mr. Smith said the talks failed. Ms. Jones disagreed. She said the talks would go on.",
     "the talks would go on", "Jones"),
    ("fix", "en", "Mr. Bush vetoed it twice because he says the bill was too costly.",
     "the bill was too costly", "Bush"),
    # fix: the writer's quoted thought takes no speaker from the next sentence's named subject
    ("fix", "en", 'After two hours of the hearing I thought, "This committee has already made up its mind." '
     "John Cole said the hearing was fair.", "This committee has already made up its mind.", None),
    # guards
    ("guard", "de", "Anna Schmidt lobte Thomas Müller. Er sagte, die Gespräche würden fortgesetzt.",
     "die Gespräche würden fortgesetzt", "Thomas Müller"),
    ("guard", "de", "Der Trainer lobte Thomas Müller. „Er war stark“, sagte er.", "Er war stark", "Trainer"),
    ("guard", "de", "Peter Müller sagte, die Gespräche seien gescheitert. Anna Schmidt sagte, sie würden fortgesetzt. "
     "„Der Vertrag ist tot“, sagte er.", "Der Vertrag ist tot", "Peter Müller"),
    ("guard", "en", 'Mr Smith said the talks failed. Mrs Jones disagreed. "It is not over," she said.',
     "It is not over,", "Jones"),
    ("guard", "en", "John Smith met Mary Jones on Monday. She said the talks would continue.",
     "the talks would continue", "Mary Jones"),
    ("guard", "en", "Mr. Movers, President Carter was not right when he said that the voters had only two choices.",
     "the voters had only two choices", "Carter"),
    ("guard", "en", 'Dr. Jones said the vaccine was safe. "It works," she said.', "It works,", "Jones"),
]


@pytest.mark.parametrize("kind,lang,text,quote,speaker", ROWS)
def test_r46_speakers(kind: str, lang: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, lang, quote, speaker)
