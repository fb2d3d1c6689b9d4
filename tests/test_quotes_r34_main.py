"""Quote round 34, the merge review: rows written here for the mends of the helpers' rules seen on the round's pages."""
import pytest

from tests.test_quotes import quotes, run


@pytest.mark.parametrize(("text", "speakers"), [
    # a noun after a contraction with "das" or after an inflected adjective and a preposition is no lone surname
    # for a later pronoun (were "Gesicht", "Tag" once round 34 had removed the other candidate)
    ("Die Enttäuschung stand dem Kapitän ins Gesicht geschrieben. Mit leerem Blick bedankte er sich bei den Fans für "
     "deren Unterstützung.", [None]),
    ("Der Schaden sei erst am nächsten Tag sichtbar geworden. Er rechne damit, dass es noch teurer werde.", [None]),
    # "eigenen Angaben zufolge" after a fronted adverbial: the subject after the auxiliary, not "Bis"
    ("Bis in die späten Abendstunden hat die Polizei eigenen Angaben zufolge die Wohnung durchsucht.",
     ["Polizei", "Polizei"]),
])
def test_de_round34_merge_mends(text, speakers):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == speakers
