"""Round 53, family auditde4 (short German community news written here: elections abroad, a court ruling, a strike, a
space mission, a book prize …): a cited piece in a source list ("dpa: „…“ (14.03.2025)") is no direct quote of its
outlet; a dateline with a country in brackets and a date ("Tokio (Japan), 06.06.2025 – ") belongs to no sentence; the
nominative of a genitive head before a short name ("des Flughafenverbands ADV" is "Flughafenverband ADV"); a short name
in capitals after "laut der Gewerkschaft" belongs to the source; filing insolvency ("meldet Insolvenz an") is no
report; "acht Prozent mehr" is an amount, no subject; writers before a name are titles, and "die Autorin" names the
writer seen before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a source list's line: the outlet, a colon, the title and the date (was a direct quote of the outlet)
    ("Die Stichwahl findet im März statt.\n\nQuellen:\ndpa: „Portugal: Stichwahl um das Präsidentenamt“ (14.03.2025)",
     []),
    ("Der Bus kam von der Fahrbahn ab.\n\nQuellen:\nsportschau.de: „Deutschland verliert das Halbfinale“ (30.01.2025)\n"
     "Reuters: „Tens of thousands protest in Belgrade“ (15. März 2025)", []),
    # a dateline with a country in brackets and a date (the place was the speaker of "nach eigenen Angaben")
    ("Stellenabbau in Japan\n\nTokio (Japan), 06.06.2025 – Die Firma hat nach eigenen Angaben 300 Stellen gestrichen.",
     [(IND, "Die Firma hat", "Firma"), (IND, "300 Stellen gestrichen", "Firma")]),
    ("Unfall auf der Autobahn\n\nInnsbruck (Österreich), 22.07.2025 – Die Spedition hat nach eigenen Angaben den "
     "Fahrer entlassen.",
     [(IND, "Die Spedition hat", "Spedition"), (IND, "den Fahrer entlassen", "Spedition")]),
    # the genitive head's nominative before its short name (was "Flughafenverbands ADV", "Senders TRT")
    ("Nach Angaben des Flughafenverbands ADV fielen 3.400 Flüge aus.",
     [(IND, "fielen 3.400 Flüge aus", "Flughafenverband ADV")]),
    ("Einem Bericht des Senders TRT zufolge wurden Nachbeben registriert.",
     [(IND, "wurden Nachbeben registriert", "Sender TRT")]),
    # a short name in capitals after the body's noun (the content began at the short name)
    ("Laut dem Handelsverband HDE mussten viele Geschäfte schließen.",
     [(IND, "mussten viele Geschäfte schließen", "Handelsverband HDE")]),
    ("Laut der Gewerkschaft GEW fehlen an den Grundschulen Tausende Lehrer.",
     [(IND, "fehlen an den Grundschulen Tausende Lehrer", "Gewerkschaft GEW")]),
    # filing insolvency is no report (was a speech act by "Insolvenz")
    ("Modehändler Hansen & Co. meldet Insolvenz an", []),
    ("Der Zulieferer meldete für 300 Beschäftigte Kurzarbeit an.", []),
    # an amount more is what is demanded, no subject (was "acht Prozent")
    ("Die Angestellten verlangten acht Prozent mehr Lohn.",
     [(IND, "Die Angestellten verlangten acht Prozent mehr Lohn", "Angestellten")]),
    # a writer's title is no part of the name, and the other word for a writer names her (were "Schriftstellerin Oksana
    # Sabuschko" and "Autorin")
    ("Die ukrainische Schriftstellerin Oksana Sabuschko hat den Preis erhalten. Die Kultur sei eine Form des "
     "Widerstands, so Sabuschko.",
     [(IND, "Die Kultur sei eine Form des Widerstands", "Oksana Sabuschko")]),
    ("Die Schriftstellerin Oksana Sabuschko hat den Preis erhalten. In ihrer Rede sagte die Autorin, sie widme den "
     "Preis ihrer Heimat.",
     [(IND, "sie widme den Preis ihrer Heimat", "Oksana Sabuschko")]),
]

GUARDS = [
    # a headline quotation after a name and a colon, with no date after it, stays a quote
    ("Scholz: „Wir werden die Renten sichern, das verspreche ich.“ (Interview)",
     [(DIR, "Wir werden die Renten sichern, das verspreche ich.", "Scholz")]),
    # a dateline with an agency already worked
    ("Berlin (dpa) – Die Firma hat nach eigenen Angaben 300 Stellen gestrichen.",
     [(IND, "Die Firma hat", "Firma"), (IND, "300 Stellen gestrichen", "Firma")]),
    # a genitive head alone keeps its nominative as before
    ("Nach Angaben des Verbands fielen 3.400 Flüge aus.", [(IND, "fielen 3.400 Flüge aus", "Verband")]),
    # "laut" with a named body already took the name
    ("Laut dem Branchenverband Bitkom nutzen viele Menschen KI.",
     [(IND, "nutzen viele Menschen KI", "Branchenverband Bitkom")]),
    # voicing doubts with "melden … an" stays a speech act; "melden" with a clause stays a report
    ("Der Betriebsrat meldete Bedenken an.", [(IND, "Der Betriebsrat meldete Bedenken an", "Betriebsrat")]),
    ("Die Polizei meldete, der Mann sei festgenommen worden.",
     [(IND, "der Mann sei festgenommen worden", "Polizei")]),
    # a writer named by a title already resolved from the other word
    ("Der Autor Peter Stamm hat den Preis erhalten. Der Schriftsteller sagte, er sei gerührt.",
     [(IND, "er sei gerührt", "Peter Stamm")]),
    # a share after the verb with no amount after it is still the subject
    ("Das Gegenteil äußerten 27 Prozent.", [(IND, "Das Gegenteil äußerten 27 Prozent", "27 Prozent")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde4(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


def test_auditde4_short_news() -> None:
    text = (Path(__file__).parent / "data" / "quotes_r53_de_short_news.txt").read_text(encoding="utf-8")
    got = run(text)
    assert not any(q.startswith("Modehändler") for _, q, _ in got)
    assert not any(q == "Hansen & Co. ist pleite" for _, q, _ in got)
    assert (IND, "mussten im vergangenen Jahr mehr als 5.000 Modegeschäfte in Deutschland schließen",
            "Handelsverband HDE") in got
    assert (IND, "er sehe gute Chancen für eine Sanierung", "Tjark Petersen") in got
    assert (IND, "die Beschäftigten dürften nicht die Zeche für Managementfehler zahlen", "Gewerkschaftssprecherin") in got
