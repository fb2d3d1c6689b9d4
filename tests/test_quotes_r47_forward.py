"""Round 47, family forward (English): speakers named after the quotation or the description: a headline's description
("'We are not afraid,' says mayor", "Governor says …", "UN chief says …") resolved to the one fitting full name of the
first paragraph; an owner's possessive before a surname named in full only later ("Fed's Powell", "China's Xi", "Apple's
Cook", "Britain's Johnson"; not "Moody's Analytics", "McDonald's Corp"); the speaker named in the sentence after a direct
quotation ("That was how X put it.", "Those were the words of X.", "Such was the verdict of X.", "Thus spoke X.", "With
those words, X …"); a headline quotation before a colon and its label ("'I did nothing wrong': Mayor defends spending")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"
SMITH = "John Smith"
DEAD = "This deal is dead."

FIXES = [
    # (a) a headline's description: the one person the first paragraph names with fitting titles
    ("'We are not afraid,' says mayor\n\nParis Mayor Anne Hidalgo said on Monday that the city would not bow to terror.",
     [(DIR, "We are not afraid,", "Anne Hidalgo"), (IND, "the city would not bow to terror", "Anne Hidalgo")]),
    ("Governor says schools will reopen in fall\n\nGov. Andrew Cuomo said on Tuesday that schools would reopen in September.",
     [(IND, "schools will reopen in fall", "Andrew Cuomo"), (IND, "schools would reopen in September", "Andrew Cuomo")]),
    ("UN chief says climate talks must succeed\n\nUN Secretary-General Antonio Guterres said on Friday that the world was "
     "running out of time.",
     [(IND, "climate talks must succeed", "Antonio Guterres"), (IND, "the world was running out of time", "Antonio Guterres")]),
    ("Fed chief says rates will stay low\n\nFederal Reserve Chair Jerome Powell said on Wednesday that interest rates would "
     "stay near zero.",
     [(IND, "rates will stay low", "Jerome Powell"), (IND, "interest rates would stay near zero", "Jerome Powell")]),
    ("PM says deal is close\n\nPrime Minister Boris Johnson said on Monday that a deal was close.",
     [(IND, "deal is close", "Boris Johnson"), (IND, "a deal was close", "Boris Johnson")]),
    ("Senator says bill will pass\n\nSen. Chuck Schumer said the bill would pass.",
     [(IND, "bill will pass", "Chuck Schumer"), (IND, "the bill would pass", "Chuck Schumer")]),
    ("Police chief says officers acted lawfully\n\nPolice Chief Michael Moore told reporters on Monday that his officers "
     "had acted within the law.",
     [(IND, "officers acted lawfully", "Michael Moore"), (IND, "his officers had acted within the law", "Michael Moore")]),
    ("'I did nothing wrong,' says mayor\n\nMayor John Smith said on Monday that he had broken no rules.",
     [(DIR, "I did nothing wrong,", SMITH), (IND, "he had broken no rules", SMITH)]),
    # (b) an owner's possessive before a surname named in full in the lead
    ("Fed's Powell says rates will stay low\n\nFederal Reserve Chair Jerome Powell said on Wednesday that interest rates "
     "would stay near zero.",
     [(IND, "rates will stay low", "Jerome Powell"), (IND, "interest rates would stay near zero", "Jerome Powell")]),
    ("China's Xi says economy will grow\n\nChinese President Xi Jinping said on Sunday that the economy would grow by 6 "
     "percent.",
     [(IND, "economy will grow", "Xi Jinping"), (IND, "the economy would grow by 6 percent", "Xi Jinping")]),
    ("Apple's Cook says iPhone sales are strong\n\nApple Chief Executive Tim Cook said on Thursday that demand for the "
     "iPhone remained strong.",
     [(IND, "iPhone sales are strong", "Tim Cook"), (IND, "demand for the iPhone remained strong", "Tim Cook")]),
    ("Britain's Johnson says deal is close\n\nBritish Prime Minister Boris Johnson said on Monday that a trade deal was "
     "within reach.",
     [(IND, "deal is close", "Boris Johnson"), (IND, "a trade deal was within reach", "Boris Johnson")]),
    ("Russia's Putin says West is to blame\n\nRussian President Vladimir Putin said on Thursday that the West was to blame.",
     [(IND, "West is to blame", "Vladimir Putin"), (IND, "the West was to blame", "Vladimir Putin")]),
    # (c) the next sentence names the quotation's speaker
    (f'"{DEAD}" That was how Senator John Smith put it.', [(DIR, DEAD, SMITH)]),
    (f'"{DEAD}" That is how Senator John Smith put it on Tuesday.', [(DIR, DEAD, SMITH)]),
    (f'"{DEAD}" Those were the words of Senator John Smith.', [(DIR, DEAD, SMITH)]),
    (f'"{DEAD}" Those were the words of Senator John Smith on Tuesday.', [(DIR, DEAD, SMITH)]),
    (f'"{DEAD}" Such was the verdict of Senator John Smith.', [(DIR, DEAD, SMITH)]),
    (f'"{DEAD}" That was the message from the White House.', [(DIR, DEAD, "White House")]),
    ('"We will never surrender." Thus spoke Prime Minister Winston Churchill.',
     [(DIR, "We will never surrender.", "Winston Churchill")]),
    ('"We are done here." With those words, Senator John Smith ended the talks.', [(DIR, "We are done here.", SMITH)]),
    # (over the subject of the sentence before)
    (f'Mr. Smith spoke on Tuesday. "{DEAD}" That was how Senator Jane Doe put it.', [(DIR, DEAD, "Jane Doe")]),
    # (d) a headline quotation, a colon and the label of its speaker
    ("'I did nothing wrong': Mayor defends spending\n\nMayor John Smith on Monday defended his use of city funds.",
     [(DIR, "I did nothing wrong", SMITH)]),
    ("'I did nothing wrong': Smith defends spending\n\nMayor John Smith on Monday defended his use of city funds.",
     [(DIR, "I did nothing wrong", SMITH)]),
]

GUARDS = [
    # a company's possessive name stays the company
    ("Moody's Analytics says recession risk is rising\n\nMoody's Analytics chief economist Mark Zandi said the risk of a "
     "recession had risen.",
     [(IND, "recession risk is rising", "Moody's Analytics"), (IND, "the risk of a recession had risen", "Mark Zandi")]),
    ("McDonald's says sales rose\n\nMcDonald's Corp said on Monday that same-store sales rose 5 percent.",
     # (round 48, enleft4) the headline's two-word clause closing its line now reports (was a pinned gap)
     [(IND, "sales rose", "McDonald's"), (IND, "same-store sales rose 5 percent", "McDonald's Corp")]),
    # no full name of the surname after it: the possessive stays
    ("Fed's Powell says rates will stay low\n\nThe Federal Reserve said on Wednesday that rates would stay near zero.",
     [(IND, "rates will stay low", "Fed's Powell"), (IND, "rates would stay near zero", "Federal Reserve")]),
    # two governors in the lead: no one
    ("Governor says schools will reopen in fall\n\nNew York Gov. Andrew Cuomo and New Jersey Gov. Phil Murphy said on "
     "Tuesday that schools would reopen.",
     [(IND, "schools will reopen in fall", "Governor"), (IND, "schools would reopen", "Phil Murphy")]),
    # a description without a name in the lead
    ("Mayor says city will not bow to terror\n\nThe mayor of Paris said on Monday that the city would not bow to terror.",
     [(IND, "city will not bow to terror", "Mayor"), (IND, "the city would not bow to terror", "mayor of Paris")]),
    # a lone surname in the headline, as decided
    ("Powell says rates will stay low\n\nFederal Reserve Chair Jerome Powell said on Wednesday that interest rates would "
     "stay near zero.",
     [(IND, "rates will stay low", "Jerome Powell"), (IND, "interest rates would stay near zero", "Jerome Powell")]),
    # a label that names no one of the lead (round 47, enheadlines3: its verb "defends" is a cue of the label, so the
    # quotation is the mayor's; was None)
    ("'I did nothing wrong': Mayor defends spending\n\nThe city council on Monday criticised the spending.",
     [(DIR, "I did nothing wrong", "Mayor"), (IND, "The city council on Monday criticised the spending", "city council")]),
    # the next sentence is no recap, or a pronoun's
    (f'"{DEAD}" That was how he put it.', [(DIR, DEAD, None)]),
    (f'"{DEAD}" That was what Senator John Smith wanted.', [(DIR, DEAD, None)]),
    (f'"{DEAD}" This is the home of Senator John Smith.', [(DIR, DEAD, None)]),
    (f'"{DEAD}" With those words, the talks ended.', [(DIR, DEAD, None)]),
    (f'"{DEAD}" That was the headline of the New York Times.', [(DIR, DEAD, None)]),
    # a quotation with its own attribution keeps it
    (f'"{DEAD[:-1]}," Smith said. That was how Senator Jane Doe put it too.', [(DIR, DEAD[:-1] + ",", "Smith")]),
    (f'"{DEAD}" So said Senator John Smith.', [(DIR, DEAD, SMITH)]),
    # (a cue of its own in the next sentence already named him)
    (f'"{DEAD}" That was what Senator John Smith told reporters.', [(DIR, DEAD, SMITH)]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
