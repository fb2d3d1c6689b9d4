"""Round 36 (helper en1): English political news whose sources are documents and written statements: reports,
letters, court filings, memos obtained by a paper, statements "released Tuesday" (sentences written for these tests,
names invented)."""

import pytest

from tests.test_quotes import quotes, run


def assert_en_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # adjuncts of a trailing attribution: "late on Sunday", a day before the document's noun
    ("The ministry plans to close four consulates, the Tribune reported late on Sunday, citing two officials.",
     [("The ministry plans to close four consulates", IND, "Tribune")]),
    ("The tariffs will hurt farmers in the state, Governor Ellen Marsh said in a Friday statement.",
     [("The tariffs will hurt farmers in the state", IND, "Ellen Marsh")]),
    ("The agency acted unlawfully when it froze the grants, the attorneys wrote in a Tuesday court filing.",
     [("The agency acted unlawfully when it froze the grants", IND, "attorneys")]),
    # "it" and a past verb after a cue that often takes an object: a clause, not the act's sentence
    ("The commission announced it opened an inquiry into the contract.",
     [("it opened an inquiry into the contract", IND, "commission")]),
    ("The ministry confirmed it received the complaint on Monday.",
     [("it received the complaint on Monday", IND, "ministry")]),
    # a document seen or obtained by a paper speaks, not the paper
    ("Internal Treasury Department emails seen by The Courier reveal that staff delayed the audit.",
     [("staff delayed the audit", IND, "Internal Treasury Department emails")]),
    ("A draft memo obtained by the Ledger reveals that the hospital will cut 200 beds.",
     [("the hospital will cut 200 beds", IND, "draft memo")]),
    # "According to <name>, <apposition>, …": the apposition is no part of the content
    ("According to Martin Kessler, a spokesman for the county, the bridge will reopen in June.",
     [("the bridge will reopen in June", IND, "Martin Kessler")]),
    # a document between the cue and "that"; "implied"
    ("Judge Laura Finch implied in her ruling that the state could appeal.",
     [("the state could appeal", IND, "Laura Finch")]),
    ("The watchdog found in its annual report that the agency ignored warnings.",
     [("the agency ignored warnings", IND, "watchdog")]),
    # a document from a body named without an article; a relative clause on a document
    ("The department will not renew the contract, a letter from City Hall officials said.",
     [("The department will not renew the contract", IND, "letter from City Hall officials")]),
    ("Dozens of lawmakers signed a letter that said the cuts were reckless.",
     [("the cuts were reckless", IND, "letter")]),
    # a wire dateline with its date
    ("March 4 (UPI) -- The senator will not seek reelection, a statement from her office said.",
     [("The senator will not seek reelection", IND, "statement from her office")]),
    # "every claim" is a noun, no cue whose speaker a later participle takes
    ("Prosecutors told the judge that the case was simple despite the defendant's every claim, arguing the evidence "
     "was overwhelming.",
     [("the case was simple despite the defendant's every claim", IND, "Prosecutors"),
      ("the evidence was overwhelming", IND, "Prosecutors")]),
    # a long fronted phrase before the subject of a participle cue
    ("In a sign of the deepening rift between the mayor and the city council, the police union backed the chief on "
     "Tuesday, saying the budget was a betrayal.",
     [("the budget was a betrayal", IND, "police union")]),
    # a finding whose whole content is a quotation
    ('In her ruling, Judge Mira Olsen found that "the state offered no evidence at all."',
     [("the state offered no evidence at all.", DIR, "Mira Olsen")]),
    # a relative clause inside the content's subject, then its verb; the writer's comment after a dash
    ("The audit also shows that the condition of the bridge, which is maintained by a contractor, did not meet safety "
     "standards - an admission that the city left out of its statement.",
     [("the condition of the bridge, which is maintained by a contractor, did not meet safety standards", IND, "audit")]),
    ("Officials said the owner of the plant, which opened in 1990, would sell it.",
     [("the owner of the plant, which opened in 1990, would sell it", IND, "Officials")]),
    # "urging" after a document or a comma: the participle's clause is the act
    ("Thirty state attorneys general signed a letter urging Congress to act.",
     [("urging Congress to act", IND, "letter")]),
    ("The senators sent a letter to the secretary, urging her to end the program.",
     [("urging her to end the program", IND, "senators")]),
    # "counsel" as a title before a name
    ("According to White House counsel Dana Pruitt, the memo contains classified passages.",
     [("the memo contains classified passages", IND, "Dana Pruitt")]),
    # an infinitive after the addressee: the relative clause in it is no "that" clause
    ("The mayor told officials to close the park that opened in May.", []),
    # "it" after a sentence whose subject is a document
    ("The audit painted the agency as chaotic. It also suggested that the director ignored the warnings.",
     [("the director ignored the warnings", IND, "audit")]),
])
def test_round36_en1_document_sources(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The board approved it.", []),
    ("The company confirmed it in a statement.", [("The company confirmed it in a statement", IND, "company")]),
    ("The report that said the plant was safe was wrong.", []),
    # a law's wording is no one's statement
    ("Congress passed a law that said employers must report the data.", []),
    ("The decision implies a shift in policy.", []),
    # a relative clause after the name's comma is the content's, no apposition
    ("According to John Reed, the plant, which opened in 1990, will close in May.",
     [("the plant, which opened in 1990, will close in May", IND, "John Reed")]),
    # "implied" without "that" is no cue: the earlier "said" keeps the quotation
    ('This is a woman who once said that air is bad because airlines "pump in" nitrogen (which she implied was too '
     'much).',
     [('air is bad because airlines "pump in" nitrogen (which she implied was too much)', IND, "woman"),
      ("pump in", DIR, "woman")]),
    # a report released by its author keeps its full name
    ("The county will run out of money by June, a report released by the state auditor said.",
     [("The county will run out of money by June", IND, "report released by the state auditor")]),
    # a relative clause on the object after the content's verb ends it
    ("Officials said they visited the home of the mayor, which was empty, and left.",
     [("they visited the home of the mayor", IND, "Officials")]),
    # a partial quotation after "found that" is no whole content
    ('The panel found that "no reasonable prosecutor" would bring the case.', []),
    # a progressive "urging" is no act of its own here
    ("The agency is urging caution.", []),
    ("Several Republican senators are urging colleagues to wait, arguing the nominee can win.",
     [("the nominee can win", IND, "Several Republican senators")]),
    # an addressee with an adjunct, then "that"
    ("Mayor Ruth Adler told reporters at the Capitol that the deal was done.",
     [("the deal was done", IND, "Ruth Adler")]),
    # a document as the object of the sentence before is no antecedent of "it" here
    ("The inspector general released the audit on Tuesday. It found that the agency lost 400 laptops.",
     [("the agency lost 400 laptops", IND, None)]),
    # a dateline without an agency in brackets stays
    ("Officials said on Monday the agency failed.", [("the agency failed", IND, "Officials")]),
])
def test_round36_en1_document_sources_guards(text, expected):
    assert_en_exact(text, expected)
