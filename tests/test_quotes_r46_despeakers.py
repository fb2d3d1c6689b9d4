"""Round 46 (second wave), family despeakers: German descriptions of companies, authorities and persons that refer
back to a name in the sentence before.

Each "fix" row fails against the base commit b600fcd; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix: a company's description after the sentence naming the company as its subject
    ("fix", "Siemens hat seine Prognose gesenkt. Der Konzern teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Siemens"),
    ("fix", "Siemens hat seine Prognose gesenkt. Das Unternehmen teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Siemens"),
    ("fix", "Siemens hat seine Prognose gesenkt. Die Nachfrage sei schwach, teilte der Konzern mit.",
     "Die Nachfrage sei schwach", "Siemens"),
    ("fix", "Volkswagen hat seinen Gewinn gesteigert. Der Wolfsburger Konzern teilte mit, die Erträge seien gestiegen.",
     "die Erträge seien gestiegen", "Volkswagen"),
    ("fix", "Bosch hat Stellen gestrichen. Der Stuttgarter Zulieferer teilte mit, die Lage sei ernst.",
     "die Lage sei ernst", "Bosch"),
    ("fix", "Die Siemens AG hat ihre Prognose gesenkt. Das Unternehmen teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Siemens AG"),
    # fix: an authority's description after the body named as the subject before
    ("fix", "Das Umweltbundesamt hat einen Bericht veröffentlicht. Die Behörde warnte, die Emissionen stiegen.",
     "die Emissionen stiegen", "Umweltbundesamt"),
    ("fix", "Die Bundesnetzagentur hat einen Bericht veröffentlicht. Die Bonner Behörde teilte mit, die Versorgung sei "
     "sicher.", "die Versorgung sei sicher", "Bundesnetzagentur"),
    ("fix", "Das Bundesamt für Strahlenschutz hat einen Bericht veröffentlicht. Das Amt teilte mit, die Werte seien "
     "unbedenklich.", "die Werte seien unbedenklich", "Bundesamt für Strahlenschutz"),
    # fix: of a man and a woman named in the sentence before, the one of the description's gender
    ("fix", "Annalena Baerbock empfing Sergej Lawrow. Die Ministerin sagte, Russland müsse den Krieg beenden.",
     "Russland müsse den Krieg beenden", "Annalena Baerbock"),
    ("fix", "Annalena Baerbock empfing Sergej Lawrow. Der Minister sagte, der Westen trage die Schuld.",
     "der Westen trage die Schuld", "Sergej Lawrow"),
    # guards: no company or authority named as the subject before, or a person, a plural, a fronted adverbial
    ("guard", "Experten warnen vor einer Rezession. Der Konzern teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Konzern"),
    ("guard", "Die Regierung hat die Hilfen gekürzt. Das Unternehmen teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Unternehmen"),
    ("guard", "Deutschland hat die Hilfen gekürzt. Das Unternehmen teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Unternehmen"),
    ("guard", "Die Polizei hat die Ermittlungen aufgenommen. Die Behörde teilte mit, der Täter sei flüchtig.",
     "der Täter sei flüchtig", "Behörde"),
    ("guard", "Elon Musk hat neue Pläne. Musk hat den Vertrag unterschrieben. Das Unternehmen teilte mit, die Produktion "
     "laufe.", "die Produktion laufe", "Unternehmen"),
    ("guard", "Siemens und Bosch haben ihre Prognosen gesenkt. Der Konzern teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Konzern"),
    # (round 46, sectors: the subject after a fronted adverbial's verb is the company now; was "Konzern")
    ("guard", "Am Montag hat Siemens seine Prognose gesenkt. Der Konzern teilte mit, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Siemens"),
    ("guard", "Siemens hat seine Prognose gesenkt. Die Börse reagierte. Der Konzern teilte mit, die Nachfrage sei "
     "schwach.", "die Nachfrage sei schwach", "Konzern"),
    ("guard", "Das Umweltbundesamt hat einen Bericht veröffentlicht. Das Institut teilte mit, die Emissionen stiegen.",
     "die Emissionen stiegen", "Institut"),
    ("guard", "Der Autobauer Volkswagen hat seine Prognose gesenkt. Der Konzern erklärte, die Nachfrage sei schwach.",
     "die Nachfrage sei schwach", "Volkswagen"),
    # guards: two people of one gender, or a description of neither
    ("guard", "Olaf Scholz empfing Emmanuel Macron. Der Minister sagte, die Gespräche seien gut verlaufen.",
     "die Gespräche seien gut verlaufen", "Minister"),
    ("guard", "Anna Schmidt traf Petra Hahn. Die Ministerin sagte, die Gespräche seien gut verlaufen.",
     "die Gespräche seien gut verlaufen", "Ministerin"),
    ("guard", "Am Montag trafen sich Anna Roth und Karl Bauer. Der Minister sagte, die Gespräche seien gut verlaufen.",
     "die Gespräche seien gut verlaufen", "Minister"),
    ("guard", "Annalena Baerbock empfing Sergej Lawrow. Die Sprecherin sagte, die Gespräche seien gut verlaufen.",
     "die Gespräche seien gut verlaufen", "Sprecherin"),
]


@pytest.mark.parametrize("kind,text,quote,speaker", ROWS)
def test_r46_despeakers(kind: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, "de", quote, speaker)
