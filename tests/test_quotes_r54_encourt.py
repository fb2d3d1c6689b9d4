"""Round 54, family encourt: English court and crime reports (indictments, trials, sentencings, rulings, arrests). A
part word inside a speaker's postmodifier chain ("A pharmacist at one of the targeted stores said", was "the stores");
an apology sentence and a longer relative clause before a he/she quotation ("Tamm, who addressed the court before he was
sentenced, apologized to investors. "…," he said", was the judge quoted before); a he/she opening the content of a
described person's report is that person ("The chief scientist testified that she warned Tamm that …", was the prosecutor
quoted before); a possessive's role is no public office ("His attorney said …" after "Acting U.S. Attorney Denise Patel",
was Patel); a jurisdiction as a body ("The state disputed that figure, saying …" after "State Attorney General Ron
Delaney", was Delaney); a name pair as the subject of a nested report ("witnesses told police that Lee and Greene argued",
ended at "Lee"); a finite past after "According to X," is the content, no apposition ("According to court documents, the
scheme began in 2017, shortly after …", began at "shortly"); a bare object in a that-relative on the subject ("An
investor from a fund that lost money told the court", was "lost money"). One whole sentencing report is
tests/data/quotes_r54_court_article.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENCOURT = [
    # a part word inside the postmodifier chain (the speaker was the place: "the stores", "hospitals", "clinics")
    ("A pharmacist at one of the targeted stores said the break-ins had frightened staff.",
     [(IND, "the break-ins had frightened staff", "pharmacist at one of the targeted stores")]),
    ("A nurse at each of the hospitals said the ward was full.",
     [(IND, "the ward was full", "nurse at each of the hospitals")]),
    ("A nurse from one of the clinics told reporters the ward was full.",
     [(IND, "the ward was full", "nurse from one of the clinics")]),
    ("A manager at two of the stores said the doors were forced.",
     [(IND, "the doors were forced", "manager at two of the stores")]),
    # a pharmacist is a person: the "she" after the anonymous witness (was a title-case headline's "Man Arrested")
    ('Man Arrested in Burglaries\n\nA pharmacist at the store, who asked not to be named for fear of retaliation, said '
     'the thefts had frightened staff. "We come in every morning scared," she said.',
     [(IND, "the thefts had frightened staff", "pharmacist at the store"),
      (DIR, "We come in every morning scared,", "pharmacist at the store")]),
    # a speech setting's relative clause of up to ten words before the quotation (was the judge quoted before)
    ('Judge Paul Esterhazy said Richard Tamm had lied. Tamm, who addressed the court before he was sentenced, '
     'spoke briefly. "I am ashamed," he said.',
     [(IND, "Richard Tamm had lied", "Paul Esterhazy"), (DIR, "I am ashamed,", "Richard Tamm")]),
    # a he/she opening the content of a described person's report is that person (was the prosecutor before)
    ("Prosecutor Joan Liu wrote that Tamm lied. The nurse said she told Tamm that the data was weak.",
     [(IND, "Tamm lied", "Joan Liu"), (IND, "she told Tamm that the data was weak", "nurse"),
      (IND, "the data was weak", "nurse")]),
    ("Prosecutor Joan Liu wrote that Tamm lied. The company's former chief scientist testified that she warned Tamm "
     "in writing that the data did not support his claims.",
     [(IND, "Tamm lied", "Joan Liu"),
      (IND, "she warned Tamm in writing that the data did not support his claims", "company's former chief scientist"),
      (IND, "the data did not support his claims", "company's former chief scientist")]),
    # a possessive's role is no public office (was the U.S. Attorney, the District Attorney)
    ("Acting U.S. Attorney Denise Patel said the case was strong. His attorney said Brennan was innocent.",
     [(IND, "the case was strong", "Denise Patel"), (IND, "Brennan was innocent", "attorney")]),
    ("U.S. Attorney Carol Hines said the sentence sent a message. His attorney said Ebner was sorry.",
     [(IND, "the sentence sent a message", "Carol Hines"), (IND, "Ebner was sorry", "attorney")]),
    ("District Attorney Renee Holloway said the case was strong. His attorney said Lee was innocent.",
     [(IND, "the case was strong", "Renee Holloway"), (IND, "Lee was innocent", "attorney")]),
    # a jurisdiction as a body names no official seen with it in a title (was the attorney general, the sheriff)
    ("State Attorney General Ron Delaney said he would appeal. The state disputed that figure, saying in court "
     "filings that many voters held licenses.",
     [(IND, "he would appeal", "Ron Delaney"), (IND, "many voters held licenses", "state")]),
    ("County Sheriff Tom Hale said he would appeal. The county said the jail was full.",
     [(IND, "he would appeal", "Tom Hale"), (IND, "the jail was full", "county")]),
    # a name pair opening a nested report is its subject (the outer report ended at "Lee")
    ("According to an arrest warrant, witnesses told police that Lee and Greene argued briefly.",
     [(IND, "witnesses told police that Lee and Greene argued briefly", "arrest warrant"),
      (IND, "Lee and Greene argued briefly", "witnesses")]),
    ("According to the warrant, witnesses said Lee and Greene argued briefly.",
     [(IND, "witnesses said Lee and Greene argued briefly", "warrant"), (IND, "Lee and Greene argued briefly", "witnesses")]),
    # a finite past after "According to X," is the content, no apposition (the content began after the next comma)
    ("According to court documents, the scheme began in 2017, shortly after Marsh was promoted to treasurer.",
     [(IND, "the scheme began in 2017, shortly after Marsh was promoted to treasurer", "court documents")]),
    # a bare object in a that-relative on the subject (the speaker was "lost money")
    ("An investor from a fund that lost money told the court that she had trusted Tamm.",
     [(IND, "she had trusted Tamm", "investor from a fund")]),
]

GUARDS_R54_ENCOURT = [
    # an apology by a person named in full before was already that person's
    ('Judge Paul Esterhazy said Richard Tamm had lied. Tamm apologized to investors. "I am ashamed," he said.',
     [(IND, "Richard Tamm had lied", "Paul Esterhazy"), (DIR, "I am ashamed,", "Richard Tamm")]),
    # a time phrase before the comma and an adverbial clause: the main clause was already the content
    ("According to police, the man fled in March, after the alarm sounded.", [(IND, "the man fled in March", "police")]),
    # "one of the" opening the subject, a preposition's object after a verb
    ("One of the stores said the ward was full.", [(IND, "the ward was full", "One of the stores")]),
    ("He spoke to one of the nurses and said the ward was full.", [(IND, "the ward was full", None)]),
    ("A nurse at a hospital said the ward was full.", [(IND, "the ward was full", "nurse at a hospital")]),
    # no apology and no name: the speaker quoted before goes on
    ('Judge Paul Esterhazy said Tamm had lied. The company apologized to investors. "That is a choice," he said.',
     [(IND, "Tamm had lied", "Paul Esterhazy"), (DIR, "That is a choice,", "Paul Esterhazy")]),
    # a report's pronoun after a named reporter stays that person; a document's is not its own
    ("Prosecutor Joan Liu wrote that Tamm lied. Mary Cole said she told Tamm that the data was weak.",
     [(IND, "Tamm lied", "Joan Liu"), (IND, "she told Tamm that the data was weak", "Mary Cole"),
      (IND, "the data was weak", "Mary Cole")]),
    ("Prosecutor Joan Liu wrote that Tamm lied. The report said she told Tamm that the data was weak.",
     [(IND, "Tamm lied", "Joan Liu"), (IND, "she told Tamm that the data was weak", "report"),
      (IND, "the data was weak", "Joan Liu")]),
    # a pronoun already standing for someone in the two sentences before stays that person, not the recalling witness
    ('Daniel Price was arrested Friday. During the call, he threatened the clerk. The call lasted a minute. The clerk '
     'who took the call recalled that he said, "I will find you."', [(DIR, "I will find you.", "Daniel Price")]),
    # a possessive's role after a private role's holder, and an office's own description, stay that person
    ("Trump's lawyer Rudy Giuliani said the case was weak. His lawyer said Trump was innocent.",
     [(IND, "the case was weak", "Rudy Giuliani"), (IND, "Trump was innocent", "Rudy Giuliani")]),
    ("Defense attorney Mark Sullivan said the case was weak. His attorney said Brandt was innocent.",
     [(IND, "the case was weak", "Mark Sullivan"), (IND, "Brandt was innocent", "Mark Sullivan")]),
    ("State Attorney General Ron Delaney said he would appeal. The attorney general said many voters held licenses.",
     [(IND, "he would appeal", "Ron Delaney"), (IND, "many voters held licenses", "Ron Delaney")]),
    # another speaker's report after "and" still ends the first
    ("Smith said the plan was flawed and Jones said it was sound.",
     [(IND, "the plan was flawed", "Smith"), (IND, "it was sound", "Jones")]),
    ("Smith said that Brown and Jones argued over the plan.", [(IND, "Brown and Jones argued over the plan", "Smith")]),
    # an apposition on the source stays no content
    ("According to Mary Jones, a spokeswoman for the agency, the plant will close.",
     [(IND, "the plant will close", "Mary Jones")]),
    # a that-clause after a cue stays a content
    ("He warned that officials lied.", [(IND, "officials lied", None)]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENCOURT + GUARDS_R54_ENCOURT)
def test_r54_encourt_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_ENCOURT = Path(__file__).parent / "data" / "quotes_r54_court_article.txt"


def test_r54_encourt_article() -> None:
    """The sentencing report: the defendant's apology is his, the cooperating scientist's report about herself is hers,
    the court documents' clause is whole, the investor is the investor, and no defence lawyer is the U.S. Attorney."""
    got = run(ARTICLE_R54_ENCOURT.read_text(encoding="utf-8"))
    assert (DIR, "I am ashamed,", "Richard Tamm") in got
    assert (DIR, "I let down everyone who believed in this company.", "Richard Tamm") in got
    assert (DIR, "That is not a mistake. That is a choice.", "Paul Esterhazy") in got
    assert (IND, "the data did not support his claims", "company's former chief scientist") in got
    assert (IND, "the fraud began in 2019, shortly after the company's first trial was halted", "court documents") in got
    assert (IND, "she had trusted Tamm completely", "investor from one of the pension funds") in got
    assert (DIR, "Investors are entitled to the truth,", "Carol Hines") in got
    assert (DIR, "has accepted full responsibility.", "Carol Hines") not in got
    assert not any(speaker in ("Joan Liu",) and text.startswith(("I am", "the data")) for _, text, speaker in got)
