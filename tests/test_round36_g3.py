"""Round 36, helper g3: German local news of council meetings (Gemeinderat, Stadtrat, Kreistag, Ortsbeirat).

Every table row failed against the frozen source (0f8c1df); the guards say what the rules must not do.
All sentences are invented in the style of town gazettes and regional papers."""

import pytest

from tests.test_quotes import assert_de_exact

IND = "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a council member named by role and surname only ("Gemeinderätin Albers", "Herr Dr. Wendel", "Kreisrat Faber
    # (FW)") is a person whose Konjunktiv I report goes on in the next sentence
    ("Gemeinderätin Albers bezog sich auf den Beschluss vom Mai. Damals habe man die Kosten noch nicht gekannt.",
     [("Damals habe man die Kosten noch nicht gekannt", IND, "Albers")]),
    ("Herr Dr. Wendel bezog sich auf die Debatte im Frühjahr. Seither habe sich an der Lage nichts geändert.",
     [("Seither habe sich an der Lage nichts geändert", IND, "Wendel")]),
    ("Kreisrat Faber (FW) ging auf die Zahlen des Kämmerers ein. Die Rücklage reiche nur noch für zwei Jahre.",
     [("Die Rücklage reiche nur noch für zwei Jahre", IND, "Faber")]),
    # the council roles are titles, no part of the canonical name
    ("Ratsherr Köster nahm Bezug auf den Antrag der Grünen. Dieser gehe an der Sache vorbei.",
     [("Dieser gehe an der Sache vorbei", IND, "Köster")]),
    ("Ratsfrau Jansen meldete sich zum Haushalt. Die Stadt müsse beim Personal sparen.",
     [("Die Stadt müsse beim Personal sparen", IND, "Jansen")]),
])
def test_round36_g3_titled_surname_continues(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted view ("Dieser Auffassung", "Dieser Sichtweise") is what is contradicted, not who speaks
    ("Dieser Auffassung widersprach Stadträtin Ute Kramer. Die Sanierung sei längst überfällig.",
     [("Dieser Auffassung widersprach Stadträtin Ute Kramer", IND, "Ute Kramer"),
      ("Die Sanierung sei längst überfällig", IND, "Ute Kramer")]),
    ("Dieser Sichtweise widersprach Kreisrat Tobias Lenz (Grüne) entschieden.",
     [("Dieser Sichtweise widersprach Kreisrat Tobias Lenz (Grüne) entschieden", IND, "Tobias Lenz")]),
])
def test_round36_g3_fronted_view_is_no_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "warf … ein" (einwerfen) reports an objection in council debates, before or after its content
    ("Die Zahlen seien veraltet, warf Gemeinderat Jens Ebert (CSU) ein.",
     [("Die Zahlen seien veraltet", IND, "Jens Ebert")]),
    ("Gemeinderätin Nina Brandt warf ein, dass der Bauhof bereits ausgelastet sei.",
     [("der Bauhof bereits ausgelastet sei", IND, "Nina Brandt")]),
    # and a fronted "Das" in the report is no act of the verb after the speaker ("… ein und verwies …")
    ("Das habe die Verwaltung längst geprüft, warf Ortsvorsteher Kai Mertens ein und verwies auf das Gutachten.",
     [("Das habe die Verwaltung längst geprüft", IND, "Kai Mertens")]),
])
def test_round36_g3_einwerfen(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a person opens the sentence with a Konjunktiv I of attitude and no source before it: the minutes report that
    # person's view, and the sentences after it go on
    ("Herr Kessler verstehe die Kritik am Bauhof nicht. Die Mitarbeiter seien stets zur Stelle.",
     [("Herr Kessler verstehe die Kritik am Bauhof nicht. Die Mitarbeiter seien stets zur Stelle", IND, "Kessler")]),
    ("Stadtrat Bernd Ockel (FDP) halte die Gebührenerhöhung für überzogen.",
     [("Stadtrat Bernd Ockel (FDP) halte die Gebührenerhöhung für überzogen", IND, "Bernd Ockel")]),
    ("Frau Lindner begrüße ausdrücklich, dass der Spielplatz erneuert werde.",
     [("Frau Lindner begrüße ausdrücklich, dass der Spielplatz erneuert werde", IND, "Lindner")]),
    ("Gemeinderat Uwe Rasch bedauere, dass die Bürger nicht früher informiert worden seien.",
     [("Gemeinderat Uwe Rasch bedauere, dass die Bürger nicht früher informiert worden seien", IND, "Uwe Rasch")]),
])
def test_round36_g3_attitude_konjunktiv(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the member's council group between commas is an apposition: no speaker, no part of the report
    ("Frau Wessel, Fraktion Die Linke, befürwortet den Antrag der Verwaltung.",
     [("Frau Wessel, Fraktion Die Linke, befürwortet den Antrag der Verwaltung", IND, "Wessel")]),
    ("Herr Brückner, Fraktion BÜNDNIS 90/DIE GRÜNEN, erklärt, dass die Vorlage zu spät gekommen sei.",
     [("die Vorlage zu spät gekommen sei", IND, "Brückner")]),
    ("Anschließend sagt Herr Ortmann, SPD-Fraktion, dass seine Fraktion der Vorlage zustimmen werde.",
     [("seine Fraktion der Vorlage zustimmen werde", IND, "Ortmann")]),
])
def test_round36_g3_council_group_apposition(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a group named alone or after an article stays the speaker
    ("Die CDU-Fraktion erklärte, die Vorlage sei nicht zustimmungsfähig.",
     [("die Vorlage sei nicht zustimmungsfähig", IND, "CDU-Fraktion")]),
    ("Die Kosten seien zu hoch, sagte Anna Roth, Fraktion der Grünen.",
     [("Die Kosten seien zu hoch", IND, "Anna Roth")]),
    # said about a person, not by them: an article before the subject, or no verb of attitude
    ("Der Täter halte sich vermutlich im Ausland auf.", []),
    ("Peter Hohl sei am Montag gestorben.", []),
    # the speaker named after it keeps the report
    ("Peter Hohl verstehe nichts vom Fußball, sagte sein Trainer.",
     [("Peter Hohl verstehe nichts vom Fußball", IND, "Trainer")]),
    # "warf … ein" without a content is no speech act; "warf … vor" still is
    ("Der Torwart warf den Ball ein.", []),
    ("Er warf einen Blick in die Unterlagen.", []),
    ("Der Bürgermeister warf dem Landrat Untätigkeit vor.",
     [("Der Bürgermeister warf dem Landrat Untätigkeit vor", IND, "Bürgermeister")]),
    # a fronted "Das" of its own clause still is the act: "Das hat … gesagt"
    ("Das hat der Bürgermeister am Montag gesagt.", [("Das", IND, "Bürgermeister")]),
    # a lone surname without a role opens no report of the next sentence
    ("Schink bezog sich auf den Beschluss. Damals habe man die Kosten nicht gekannt.", []),
])
def test_round36_g3_guards(text, expected):
    assert_de_exact(text, expected)
