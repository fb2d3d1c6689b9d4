"""Round 40 (dedateline): datelines in capitals with a news agency in brackets and no dash, the taz's black square
for a bar, and a portal's section label with a colon and a dash, glued to a lead's first sentence."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": lang}))
    byid = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE"):
            sp = next((byid[r.tail].text for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((s.text, s.label, (s.attrs or {}).get("speaker"), sp))
    return sorted(out)


ROWS = [
    # a dateline in capitals with a known agency in brackets and no dash (the place was the speaker and the
    # dateline the content's first words)
    ("de", "BERLIN (dpa) Innenministerin Nancy Faeser hat vor Angriffen auf Wahlhelfer gewarnt.",
     [("Innenministerin Nancy Faeser hat vor Angriffen auf Wahlhelfer gewarnt", "INDIRECT_QUOTE", "Nancy Faeser",
       "Innenministerin Nancy Faeser")]),
    ("de", "HAMBURG (dpa/lno) Der Senat hat die Pläne für den Hafen verteidigt. Man halte an dem Vorhaben fest.",
     [("Der Senat hat die Pläne für den Hafen verteidigt", "INDIRECT_QUOTE", "Senat", "Der Senat"),
      ("Man halte an dem Vorhaben fest", "INDIRECT_QUOTE", "Senat", "Der Senat")]),
    ("de", "FRANKFURT/MAIN (AFP) Der Handelsverband hat vor leeren Regalen gewarnt.",
     [("Der Handelsverband hat vor leeren Regalen gewarnt", "INDIRECT_QUOTE", "Handelsverband",
       "Der Handelsverband")]),
    ("de", "Streit um Rente\nMÜNCHEN (dpa) Die Staatsregierung hat die Kritik zurückgewiesen, sagte ein Sprecher.",
     [("Die Staatsregierung hat die Kritik zurückgewiesen", "INDIRECT_QUOTE", "Sprecher", "ein Sprecher")]),
    ("en", "WASHINGTON (AP) The economy is still growing, the Treasury secretary said on Tuesday.",
     [("The economy is still growing", "INDIRECT_QUOTE", "Treasury secretary", "the Treasury secretary")]),
    ("en", "LONDON (Reuters) Britain will not extend the deadline, a government spokesman said.",
     [("Britain will not extend the deadline", "INDIRECT_QUOTE", "government spokesman",
       "a government spokesman")]),
    # the taz's black square as the dateline's bar
    ("de", "BRÜSSEL rtr ■ Die EU-Kommission hat angekündigt, sie werde den Bericht im Herbst vorlegen.",
     [("sie werde den Bericht im Herbst vorlegen", "INDIRECT_QUOTE", "EU-Kommission", "Die EU-Kommission")]),
    ("de", "BERLIN taz ■ Der Kanzler hat vor einer Spaltung gewarnt.",
     [("Der Kanzler hat vor einer Spaltung gewarnt", "INDIRECT_QUOTE", "Kanzler", "Der Kanzler")]),
    # a portal's section label with a colon and a dash before the lead (the subject with its relative clause was
    # the content and the object the speaker)
    ("de", "Deutschland/Welt: - Der Grünen-Politiker Cem Özdemir, der seit Jahren im Bundestag sitzt, fordert "
           "schärfere Regeln für Lobbyisten.",
     [("Der Grünen-Politiker Cem Özdemir, der seit Jahren im Bundestag sitzt, fordert schärfere Regeln für "
       "Lobbyisten", "INDIRECT_QUOTE", "Cem Özdemir", "Der Grünen-Politiker Cem Özdemir")]),
    # guards: what was right stays
    ("de", "Berlin (dpa) - Kanzlerin Merkel sagte, die Regierung werde handeln.",
     [("die Regierung werde handeln", "INDIRECT_QUOTE", "Merkel", "Kanzlerin Merkel")]),
    ("de", "BERLIN (dpa) - „Wir sind bereit“, sagte der Minister.",
     [("Wir sind bereit", "DIRECT_QUOTE", "Minister", "der Minister")]),
    ("en", "NEW YORK (AP) — The mayor said the subway would reopen on Monday.",
     [("the subway would reopen on Monday", "INDIRECT_QUOTE", "mayor", "The mayor")]),
    ("en", "WASHINGTON (AP) — The mayor said the subway would reopen.",
     [("the subway would reopen", "INDIRECT_QUOTE", "mayor", "The mayor")]),
    ("de", "Politik & Gesellschaft Der Minister sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister", "Der Minister")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS, ids=[t[:40] for _, t, _ in ROWS])
def test_datelines_and_labels(lang, text, expected):
    got = _quotes(text, lang)
    assert got == sorted(expected), got
