"""Round 48, family deleft6: German shapes left by round 48's first wave (a plural dative "den" before a quoted
programme or paper, "sagte in den ARD-„Tagesthemen“, …"; a day between a singular speech act and its object after a
lone name, "Söder kritisierte am Montag das Gesetz"; "sowohl … als auch …" as one coordinated subject; a genitive of
time after a document, "Im Bericht des Jahres 2020 steht, …"; a trailing "heißt es darin" after a quotation and a
sentence naming a document)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a plural dative "den" before a quoted programme or paper (reported nothing)
    ("Merz sagte in den ARD-„Tagesthemen“, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte den „Stuttgarter Nachrichten“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    # a day between a singular speech act and its object: the lone name before the verb speaks (was the object)
    ("Söder kritisierte am Montag das Gesetz, das seit Jahren gilt.",
     [(IND, "Söder kritisierte am Montag das Gesetz, das seit Jahren gilt", "Söder")]),
    ("Söder kritisierte am Montag das Gesetz, das sei falsch.", [(IND, "das sei falsch", "Söder")]),
    ("Söder kritisierte am Montag das Gesetz, es sei falsch.", [(IND, "es sei falsch", "Söder")]),
    ("Söder lobte am Montag die Reform, die im Januar in Kraft trat.",
     [(IND, "Söder lobte am Montag die Reform, die im Januar in Kraft trat", "Söder")]),
    ("Söder begrüßte am Wochenende das Urteil.", [(IND, "Söder begrüßte am Wochenende das Urteil", "Söder")]),
    # "sowohl … als auch …" before or after a plural verb speak together
    ("Sowohl Müller als auch Schmidt sagten, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller und Schmidt")]),
    ("Sowohl der Minister als auch die Kanzlerin sagten, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Minister und Kanzlerin")]),
    ("Sowohl die SPD als auch die Grünen kritisierten, das Gesetz sei falsch.",
     [(IND, "das Gesetz sei falsch", "SPD und Grünen")]),
    ("„Die Lage ist ernst“, sagten sowohl Müller als auch Schmidt.", [(DIR, "Die Lage ist ernst", "Müller und Schmidt")]),
    ("Die Lage sei ernst, sagten sowohl der Minister als auch die Kanzlerin.",
     [(IND, "Die Lage sei ernst", "Minister und Kanzlerin")]),
    # a genitive of time is no part of a document's name
    ("Im Bericht des Jahres 2020 steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    ("Im Bericht des vergangenen Jahres steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    # a trailing "heißt es darin" after a quotation and a sentence naming a document
    ("Die Kommission legte am Montag ihren Bericht vor. „Die Lage ist ernst“, heißt es darin.",
     [(DIR, "Die Lage ist ernst", "Bericht")]),
    ("Die Partei veröffentlichte eine Erklärung. „Wir werden klagen“, heißt es darin.",
     [(DIR, "Wir werden klagen", "Erklärung")]),
]

GUARDS = [
    # the quoted words after "den" stay a quotation when they are no plural name
    ("Merz kritisierte den „Deal“, die Regierung habe versagt.", [(DIR, "Deal", "Merz")]),
    ("Merz sagte in den „Tagesthemen“, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte in den „Tagesthemen“, dass die Regierung versagt habe.", [(IND, "die Regierung versagt habe", "Merz")]),
    ("Merz sagte im ZDF-„Morgenmagazin“, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte der „Süddeutschen Zeitung“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    # the object right after the verb, or a fronted day with the subject after the verb
    ("Söder kritisierte das Gesetz, das seit Jahren gilt.",
     [(IND, "Söder kritisierte das Gesetz, das seit Jahren gilt", "Söder")]),
    ("Am Montag kritisierte die Kanzlerin das Gesetz.", [(IND, "Am Montag kritisierte die Kanzlerin das Gesetz", "Kanzlerin")]),
    ("Söder kritisierte, das Gesetz sei falsch.", [(IND, "das Gesetz sei falsch", "Söder")]),
    # "und" as before; "sowohl" inside the content; a singular verb keeps the last name
    ("Müller und Schmidt sagten, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller und Schmidt")]),
    ("Müller sagte, sowohl die SPD als auch die Grünen seien schuld.",
     [(IND, "sowohl die SPD als auch die Grünen seien schuld", "Müller")]),
    ("Sowohl in Berlin als auch in Paris sagten Experten, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Experten")]),
    # a genitive that names the author stays
    ("Im Bericht der Kommission steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht der Kommission")]),
    ("Im Bericht des Ministeriums heißt es, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht des Ministeriums")]),
    # "Darin heißt es" as round 48; no document before a trailing "darin", or a reported clause before it
    ("Die Kommission legte am Montag ihren Bericht vor. Darin heißt es, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Bericht")]),
    ("Der Minister reiste nach Paris. „Die Lage ist ernst“, heißt es darin.", [(DIR, "Die Lage ist ernst", None)]),
    # ((round 48, deleft7) the reported clause before a trailing "heißt es darin" is the document's too; was None)
    ("Die Kommission legte am Montag ihren Bericht vor. Die Lage sei ernst, heißt es darin.",
     [(IND, "Die Lage sei ernst", "Bericht")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_deleft6(text, expected):
    assert sorted(run(text)) == sorted(expected)
