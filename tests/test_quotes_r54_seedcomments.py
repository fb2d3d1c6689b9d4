"""Round 54, family seedcomments: reader comments and articles in the shipped seed's domain (Karabakh, Azerbaijan,
Turkey, Russia, ANCA, the Armenian Prime Minister and Foreign Ministry), each comment its own document of kind "comment"
opening with its byline ("Vartan said:"). The byline names the commenter: the text below is no report of the byline's
name (the first sentence without a cue of its own was the byline's content, a scare quote below took the byline's name,
and "Reply to Garo: you said …" below the byline lost its reply reading); a quotation opening the next paragraph stays
what the name wrote ('BFowler writes:\\n\\n"…"' quotes another commenter). A cue's base form after a name's possessive is
a noun ("Azerbaijan’s demand for …", "Azerbaijan’s demand that … was “…”"): the quotation before or inside it stays
the reporting speaker's. One whole comment section is tests/data/quotes_r54_seed_comments.txt (comments separated by a
line "---")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run_r54_seedcomments(text: str, kind: str = "comment") -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", kind=kind, with_label=True) if q[0] in (IND, DIR)]


FIXES_R54_SEEDCOMMENTS = [
    # the byline's name reported the first sentence without a cue of its own
    ("comment", 'Garo said:\n\nRead the article again. Aliyev said the Armenian side must show "a constructive approach."',
     [(IND, 'the Armenian side must show "a constructive approach."', "Aliyev")]),
    ("comment", 'Nareg said:\n\nFunny how the "international community" forgets Artsakh.', []),
    ("comment", "Lusine said:\n\nTHEY WILL NEVER GIVE UP SHUSHI. NEVER.", []),
    # a scare quote below the byline took the byline's name
    ("comment", 'John Boyajian said:\n\nOur "ally" Turkey again.', []),
    ("comment", 'Maral said:\n\nThe State Department "continues to review" the waiver.', []),
    # a reply header below the byline (was the whole sentence, the byline's)
    ("comment", "Hagop K. said:\n\nReply to Garo: you said last week that the talks would collapse by summer.",
     [(IND, "the talks would collapse by summer", "Garo")]),
    # a cue's base form after a name's possessive is a noun (the quotation was "Azerbaijan’s")
    ("article", "Fidan had said Turkey “fully supports” Azerbaijan’s demand for a land link.",
     [(IND, "Turkey “fully supports” Azerbaijan’s demand for a land link", "Fidan"), (DIR, "fully supports", "Fidan")]),
    ("article", "The prime minister said Azerbaijan’s demand that Armenia amend its constitution was “an artificial "
     "obstacle.” He stressed, however, that the talks would go on.",
     [(IND, "Azerbaijan’s demand that Armenia amend its constitution was “an artificial obstacle.”", "prime minister"),
      (DIR, "an artificial obstacle.", "prime minister"), (IND, "the talks would go on", "prime minister")]),
]

GUARDS_R54_SEEDCOMMENTS = [
    # a description or a pronoun above a paragraph introduces what was said
    ("comment", "My uncle said:\n\nThe Turks never change.", [(IND, "The Turks never change", "uncle")]),
    ("comment", "He said:\n\nThe border will stay closed.", [(IND, "The border will stay closed", None)]),
    # a quotation below a byline-shaped line is what the name wrote
    ("comment", 'BFowler writes:\n\n"Stop calling these people activists."',
     [(DIR, "Stop calling these people activists.", "BFowler")]),
    # a report of its own below the byline; a colon on the same line is no byline
    ("comment", "Sevan said:\n\nBadalyan told reporters that Armenia does not discuss corridor logic.",
     [(IND, "Armenia does not discuss corridor logic", "Badalyan")]),
    ("comment", "Vartan said: Read the article again.", [(IND, "Read the article again", "Vartan")]),
    # "'s" + -ing is "is": the verb stays; an owned report noun keeps its report
    ("article", "Russia's demanding that Armenia withdraw its troops, the ministry said.",
     [(IND, "Russia's demanding that Armenia withdraw its troops", "ministry")]),
    ("article", "Trump's claim that NATO is obsolete alarmed allies.", [(IND, "NATO is obsolete", "Trump")]),
]


@pytest.mark.parametrize(("kind", "text", "want"), FIXES_R54_SEEDCOMMENTS + GUARDS_R54_SEEDCOMMENTS)
def test_r54_seedcomments_rows(kind: str, text: str, want: list) -> None:
    assert run_r54_seedcomments(text, kind) == want


SECTION_R54_SEEDCOMMENTS = Path(__file__).parent / "data" / "quotes_r54_seed_comments.txt"


def test_r54_seedcomments_section() -> None:
    """The Karabakh comment section, comment by comment (each opening with its byline): every quote and its speaker."""
    comments = SECTION_R54_SEEDCOMMENTS.read_text(encoding="utf-8").split("\n---\n")
    got = {i: run_r54_seedcomments(c.strip()) for i, c in enumerate(comments, 1)}
    assert len(comments) == 10
    assert got[3] == [(IND, "the Turks and the Azeris are one nation with two states", "grandfather")]
    assert got[4] == [(IND, "peace is around the corner", "Pashinyan")]
    assert got[5] == [(IND, 'the Armenian side must show "a constructive approach."', "Aliyev")]
    assert got[6] == [(IND, "the talks would collapse by summer", "Garo")]
    assert got[7] == [(DIR, "the mountains remember.", "uncle")]
    assert got[8] == [(IND, 'Azerbaijan had "legitimate concerns."', "Bryza"), (DIR, "legitimate concerns.", "Bryza")]
    assert got[9] == [(IND, 'the peacekeepers were "fulfilling their duties."', "Peskov"),
                      (DIR, "fulfilling their duties.", "Peskov")]
    # ALL-CAPS chants, scare quotes and the commenter's own words are no quotes of the byline's name
    assert got[10] == []
    assert all(q[2] not in ("Vartan", "Hagop K.", "Sarkis", "Ani M.", "Lusine", "Arsen", "Nareg")
               for qs in got.values() for q in qs)
