"""Round 46 (third wave), family sectors: a company named once and later referred to by its sector or type ("the
Japanese automaker", "the carrier", "der Konzern" after a fronted adverbial, "Die Deutsche Bahn … Der Konzern").

Each "fix" row fails against the base commit 7750a20; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import assert_quote_speaker

ROWS = [
    # fix (en): a nationality before a company's description
    ("fix", "en", "Toyota Motor Corp cut its profit forecast on Tuesday. The Japanese automaker said the airbags could "
     "fail.", "the airbags could fail", "Toyota Motor Corp"),
    ("fix", "en", "Toyota Motor Corp sold 1 million cars in the United States. The Japanese automaker said the "
     "airbags could fail.", "the airbags could fail", "Toyota Motor Corp"),
    ("fix", "en", "Barclays Plc cut 500 jobs on Friday. The British lender said the cuts would save 100 million pounds.",
     "the cuts would save 100 million pounds", "Barclays Plc"),
    ("fix", "en", "Nestle SA raised prices again. The Swiss food giant said costs had risen sharply.",
     "costs had risen sharply", "Nestle SA"),
    ("fix", "en", "Pfizer Inc raised its forecast on Tuesday. The American drugmaker said sales of its vaccine rose.",
     "sales of its vaccine rose", "Pfizer Inc"),
    ("fix", "en", "Deutsche Lufthansa AG cancelled 800 flights on Monday. The German airline said the strike would cost "
     "millions.", "the strike would cost millions", "Deutsche Lufthansa AG"),
        # fix (en): "carrier", "planemaker" are a company's description
    ("fix", "en", "Ryanair Holdings cut its fare forecast. The Irish carrier said demand was weak.",
     "demand was weak", "Ryanair Holdings"),
    ("fix", "en", "Deutsche Lufthansa AG cancelled 800 flights on Monday. The carrier said the strike would cost "
     "millions.", "the strike would cost millions", "Deutsche Lufthansa AG"),
    ("fix", "en", "Boeing Co delivered 30 jets in May. The planemaker said demand remained strong.",
     "demand remained strong", "Boeing Co"),
    ("fix", "en", "Boeing Co delivered 30 jets in May. The U.S. planemaker said demand remained strong.",
     "demand remained strong", "Boeing Co"),
    # guards (en): another company named in the sentence before, no company at all, an object
    ("guard", "en", "Apple sued Huawei on Monday. The Chinese company said it would appeal.",
     "it would appeal", "Chinese company"),
    ("guard", "en", "Apple Inc sued Huawei Technologies on Monday. The Chinese company said it would appeal.",
     "it would appeal", "Chinese company"),
    ("guard", "en", "Toyota Motor Corp and Honda Motor Co recalled 1 million cars. The Japanese automaker said the "
     "airbags could fail.", "the airbags could fail", "Japanese automaker"),
    ("guard", "en", "The Japanese company said the airbags could fail.", "the airbags could fail", "Japanese company"),
    ("guard", "en", "John Smith, a Toyota engineer, spoke on Monday. The Japanese automaker said the airbags could fail.",
     "the airbags could fail", "Japanese automaker"),
    ("guard", "en", "Toyota said it would recall 1 million cars. The Japanese automaker said the airbags could fail.",
     "the airbags could fail", "Japanese automaker"),
    ("guard", "en", "Toyota Motor Corp recalled 1 million cars on Tuesday. The automaker said the airbags could fail.",
     "the airbags could fail", "Toyota Motor Corp"),
    # fix (de): the subject after the verb of a fronted adverbial
    ("fix", "de", "Am Montag hat Siemens einen Auftrag über zwei Milliarden Euro erhalten. Der Konzern teilte mit, er "
     "wolle 1000 Stellen schaffen.", "er wolle 1000 Stellen schaffen", "Siemens"),
    ("fix", "de", "Am Montag hat Siemens einen Auftrag über zwei Milliarden Euro erhalten. Der Technologiekonzern teilte "
     "mit, er wolle 1000 Stellen schaffen.", "er wolle 1000 Stellen schaffen", "Siemens"),
    ("fix", "de", "Im vergangenen Jahr hat Volkswagen weniger Autos verkauft. Der Autobauer sagte, der Chipmangel belaste "
     "die Produktion.", "der Chipmangel belaste die Produktion", "Volkswagen"),
    ("fix", "de", "Im Februar senkte die Lufthansa AG ihre Prognose. Die Fluggesellschaft sagte, der Streik koste "
     "Millionen.", "der Streik koste Millionen", "Lufthansa AG"),
    # fix (de): an articled name of an adjective and a company's noun
    ("fix", "de", "Die Deutsche Bahn hat die Preise erhöht. Der Konzern sagte, die Energiekosten seien gestiegen.",
     "die Energiekosten seien gestiegen", "Deutsche Bahn"),
    ("fix", "de", "Die Deutsche Bahn hat die Preise erhöht. Der bundeseigene Konzern sagte, die Energiekosten seien "
     "gestiegen.", "die Energiekosten seien gestiegen", "Deutsche Bahn"),
    ("fix", "de", "Die Deutsche Bank hat einen Gewinn erzielt. Das Geldhaus sagte, die Kosten seien gesunken.",
     "die Kosten seien gesunken", "Deutsche Bank"),
    # guards (de): a body, a person, a country, a plural or a prepositional phrase before the verb; another name
    ("guard", "de", "Am Montag hat die Regierung die Steuern erhöht. Der Konzern teilte mit, der Streik koste Millionen.",
     "der Streik koste Millionen", "Konzern"),
    ("guard", "de", "Am Montag haben die Aktionäre getagt. Der Konzern teilte mit, der Streik koste Millionen.",
     "der Streik koste Millionen", "Konzern"),
    ("guard", "de", "Im Streit mit Siemens hat die Regierung nachgegeben. Der Konzern teilte mit, er wolle 1000 Stellen "
     "schaffen.", "er wolle 1000 Stellen schaffen", "Konzern"),
    ("guard", "de", "Am Montag hat Deutschland die Steuern erhöht. Der Konzern teilte mit, der Streik koste Millionen.",
     "der Streik koste Millionen", "Konzern"),
    ("guard", "de", "Am Montag hat Olaf Scholz die Fabrik besucht. Der Konzern teilte mit, er wolle 1000 Stellen schaffen.",
     "er wolle 1000 Stellen schaffen", "Konzern"),
    ("guard", "de", "Am Montag hat die Lufthansa 800 Flüge gestrichen. Die Fluggesellschaft teilte mit, der Streik koste "
     "Millionen.", "der Streik koste Millionen", "Fluggesellschaft"),
    ("guard", "de", "Die Deutsche Umwelthilfe hat gegen VW geklagt. Der Konzern kündigte an, in Berufung zu gehen.",
     "in Berufung zu gehen", "Konzern"),
    ("guard", "de", "Die Deutsche Umwelthilfe hat Klage eingereicht. Der Konzern kündigte an, in Berufung zu gehen.",
     "in Berufung zu gehen", "Konzern"),
    ("guard", "de", "Die Europäische Kommission hat eine Strafe verhängt. Der Konzern kündigte an, in Berufung zu gehen.",
     "in Berufung zu gehen", "Konzern"),
    ("guard", "de", "Die Europäische Zentralbank hat die Zinsen erhöht. Die Bank sagte, die Inflation sei zu hoch.",
     "die Inflation sei zu hoch", "Bank"),
    ("guard", "de", "Die Deutsche Bahn hat die Preise erhöht. Die Gewerkschaft sagte, die Löhne seien zu niedrig.",
     "die Löhne seien zu niedrig", "Gewerkschaft"),
    ("guard", "de", "Siemens hat am Montag einen Auftrag erhalten. Der Konzern teilte mit, er wolle 1000 Stellen schaffen.",
     "er wolle 1000 Stellen schaffen", "Siemens"),
]


@pytest.mark.parametrize("kind,lang,text,quote,speaker", ROWS)
def test_r46_sectors(kind: str, lang: str, text: str, quote: str, speaker: str | None) -> None:
    assert_quote_speaker(text, lang, quote, speaker)
