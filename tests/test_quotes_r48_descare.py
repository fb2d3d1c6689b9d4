"""Round 48, family descare: German scare quotes before a noun (a distancing word alone in quotation marks, "die
„sogenannte“ Übergangsregierung") and coordinated speakers (a plural auxiliary's coordinated subject, "sowohl … als
auch …", titles cut from each coordinated name, "Beide"/"Die beiden" after a pair that spoke)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a distancing word alone in quotation marks before its noun is the writer's (was a direct quote of the subject)
    ("Die Ministerin forderte die „sogenannte“ Übergangsregierung zum Rückzug auf.",
     [(IND, "Die Ministerin forderte die „sogenannte“ Übergangsregierung zum Rückzug auf", "Ministerin")]),
    ("Der Minister kritisierte die „sogenannten“ Reichsbürger.",
     [(IND, "Der Minister kritisierte die „sogenannten“ Reichsbürger", "Minister")]),
    ("Die Polizei warnte vor der „sogenannten“ Enkeltrick-Masche.",
     [(IND, "Die Polizei warnte vor der „sogenannten“ Enkeltrick-Masche", "Polizei")]),
    ("Der Oppositionsführer kritisierte die „angebliche“ Reform der Regierung.",
     [(IND, "Der Oppositionsführer kritisierte die „angebliche“ Reform der Regierung", "Oppositionsführer")]),
    ("Die Ministerin kritisierte die „vermeintliche“ Lösung.",
     [(IND, "Die Ministerin kritisierte die „vermeintliche“ Lösung", "Ministerin")]),
    ("Die Ministerin sagte, die „sogenannte“ Übergangsregierung müsse zurücktreten.",
     [(IND, "die „sogenannte“ Übergangsregierung müsse zurücktreten", "Ministerin")]),
    ("Die Ministerin forderte die „sogenannte“ Übergangsregierung zum Rückzug auf. „Das ist inakzeptabel“, sagte sie.",
     [(IND, "Die Ministerin forderte die „sogenannte“ Übergangsregierung zum Rückzug auf", "Ministerin"),
      (DIR, "Das ist inakzeptabel", "Ministerin")]),
    # a coordinated subject before a plural auxiliary speaks together (was the first conjunct)
    ("Schmidt und Müller haben die Pläne kritisiert. Sie sagten, die Reform komme zu spät.",
     [(IND, "Schmidt und Müller haben die Pläne kritisiert", "Schmidt und Müller"),
      (IND, "die Reform komme zu spät", "Schmidt und Müller")]),
    ("Anna Schmidt und Peter Müller haben am Montag erklärt, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    ("Die Ministerin und der Staatssekretär haben erklärt, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Ministerin und der Staatssekretär")]),
    ("Eltern und Lehrer haben die Pläne kritisiert.",
     [(IND, "Eltern und Lehrer haben die Pläne kritisiert", "Eltern und Lehrer")]),
    # "sowohl … als auch …" (was the second conjunct, or "Sowohl")
    ("Sowohl Schmidt als auch Müller sagten, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Schmidt und Müller")]),
    ("Sowohl der Bund als auch die Länder haben erklärt, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Bund und Länder")]),
    ("Sowohl Bundeskanzler Olaf Scholz als auch Präsident Emmanuel Macron betonten, die Partnerschaft sei eng.",
     [(IND, "die Partnerschaft sei eng", "Olaf Scholz und Emmanuel Macron")]),
    # titles cut from each coordinated name, as in English
    ("Bundeskanzler Scholz und Frankreichs Präsident Macron betonten, die Partnerschaft sei eng.",
     [(IND, "die Partnerschaft sei eng", "Scholz und Macron")]),
    ("Innenministerin Nancy Faeser und Justizminister Marco Buschmann erklärten, das Gesetz sei verfassungskonform.",
     [(IND, "das Gesetz sei verfassungskonform", "Nancy Faeser und Marco Buschmann")]),
    ("Bundeskanzlerin Angela Merkel und Nicolas Sarkozy betonten, die Partnerschaft sei eng.",
     [(IND, "die Partnerschaft sei eng", "Angela Merkel und Nicolas Sarkozy")]),
    # "Beide"/"Die beiden" after a pair that spoke
    ("Anna Schmidt und Peter Müller kritisierten die Pläne. Beide sagten, die Reform komme zu spät.",
     [(IND, "Anna Schmidt und Peter Müller kritisierten die Pläne", "Anna Schmidt und Peter Müller"),
      (IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    ("Anna Schmidt und Peter Müller kritisierten die Pläne. Die beiden sagten, die Reform komme zu spät.",
     [(IND, "Anna Schmidt und Peter Müller kritisierten die Pläne", "Anna Schmidt und Peter Müller"),
      (IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
]

GUARDS = [
    # real partial quotes stay
    ("Merkel nannte den Vorschlag „unausgegoren“.", [(DIR, "unausgegoren", "Merkel")]),
    ("Der General sprach von einem „ruhigen Einsatz“.", [(DIR, "ruhigen Einsatz", "General")]),
    ("Der Minister warnte vor „dramatischen Folgen“.", [(DIR, "dramatischen Folgen", "Minister")]),
    ("Trump bezeichnete ihn als „Lügner“.", [(DIR, "Lügner", "Trump")]),
    ("Die Ministerin sprach von einer „angeblichen Lösung“.", [(DIR, "angeblichen Lösung", "Ministerin")]),
    ("Die Ministerin nannte die Lösung „angeblich“.", [(DIR, "angeblich", "Ministerin")]),
    ("Die Ministerin sagte, die Lösung sei „angeblich“ billiger.",
     [(IND, "die Lösung sei „angeblich“ billiger", "Ministerin"), (DIR, "angeblich", "Ministerin")]),
    ("Die Kanzlerin sprach von einer „historischen“ Einigung.", [(DIR, "historischen", "Kanzlerin")]),
    # quoted compound parts and names after their kind noun gave no direct quote already
    ("Der Kanzler verteidigte das „Heizungs“-Gesetz am Montag.",
     [(IND, "Der Kanzler verteidigte das „Heizungs“-Gesetz am Montag", "Kanzler")]),
    ("Der Minister stellte die Kampagne „Deutschland kann das“ vor.", []),
    # coordinations that stay
    ("Schmidt und Müller sagten, die Reform komme zu spät.", [(IND, "die Reform komme zu spät", "Schmidt und Müller")]),
    ("Die Regierungen von Deutschland und Frankreich haben signalisiert, dass ihre Länder einen Beitrag leisten können.",
     [(IND, "ihre Länder einen Beitrag leisten können", "Regierungen von Deutschland")]),
    ("Präsident Macron und die Kanzlerin betonten, die Partnerschaft sei eng.",
     [(IND, "die Partnerschaft sei eng", "Präsident Macron und die Kanzlerin")]),
    ("Die Minister kritisierten die Pläne. Beide sagten, die Reform komme zu spät.",
     [(IND, "Die Minister kritisierten die Pläne", "Minister"), (IND, "die Reform komme zu spät", "Beide")]),
    ("Anna Schmidt kritisierte die Pläne. Beide Parteien sagten, die Reform komme zu spät.",
     [(IND, "Anna Schmidt kritisierte die Pläne", "Anna Schmidt"), (IND, "die Reform komme zu spät", "Parteien")]),
    ("Der Minister hat die Pläne kritisiert und betont, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Minister")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_descare(text, expected):
    assert sorted(run(text)) == sorted(expected)
