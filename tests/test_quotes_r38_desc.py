"""Round 38, helper desc: German speaker resolution of descriptions and role nouns (sentences written for these tests,
in the style of regional and agency news; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document


def speaker_of(text: str, quote: str) -> tuple[str | None, str | None]:
    """(attrs.speaker, label) of the one quote whose text is `quote`."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    got = [(s.attrs.get("speaker"), s.label) for s in ann.spans
           if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE") and text[s.start : s.end] == quote]
    assert len(got) == 1, [(text[s.start : s.end], s.label) for s in ann.spans if s.label.endswith("QUOTE")]
    return got[0]


DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "quote", "label", "speaker"),
    [
        # a role noun before a full name stays that name's title, so "der Kommandant" later names him (the role was
        # dropped with the round-34 rule for common nouns before a full name)
        ("Feuerwehrkommandant Jürgen Ott war als Erster vor Ort. „Das Dach stand komplett in Flammen“, sagte der "
         "Kommandant.", "Das Dach stand komplett in Flammen", DIR, "Jürgen Ott"),
        ("„Wir brauchen mehr Nachwuchs“, sagte Kommandant Stefan Kraus bei der Versammlung. Die Wehr sei oft an der "
         "Grenze. Drei neue Fahrzeuge seien bestellt, erklärte der Kommandant.", "Drei neue Fahrzeuge seien bestellt",
         IND, "Stefan Kraus"),
        # an astronaut is a person's role noun like a physicist: the one person named in the sentence before
        ("Matthias Brandt bereitet sich in Köln auf seinen Flug vor. „Ich freue mich riesig auf die Station“, sagte der "
         "deutsche Astronaut.", "Ich freue mich riesig auf die Station", DIR, "Matthias Brandt"),
        # an age given beside the name: "Name (33)", "Name, 61,", "die 45 Jahre alte Name", "der 27-jährige Name"
        ("Der Angeklagte Marco Keller (33) schwieg zum Auftakt. Seine Verteidigerin Julia Hahn verlas eine Erklärung. "
         "Danach sprach Oberstaatsanwalt Frank Lutz. „Ich bereue alles“, sagte der 33-Jährige am Nachmittag.",
         "Ich bereue alles", DIR, "Marco Keller"),
        ("Die Angeklagte Petra Lindner (52) äußerte sich nicht. Ihr Anwalt Tobias Kern sprach von einem Irrtum. „Sie ist "
         "unschuldig“, sagte er. Am zweiten Tag brach die 52-Jährige ihr Schweigen: „Ich wollte das nicht.“",
         "Ich wollte das nicht.", DIR, "Petra Lindner"),
        ("Ralf Ziegler, 61, betreibt die Bäckerei am Markt. Seine Frau Inge hilft jeden Morgen mit. Der Jüngste, Jonas "
         "Weber, lernt noch. „Das Handwerk stirbt aus“, sagt der 61-Jährige.", "Das Handwerk stirbt aus", DIR,
         "Ralf Ziegler"),
        ("Der Radprofi Jonas Weber gewann das Rennen. „Ein perfekter Tag“, sagte Weber. Die 45 Jahre alte Anna Schmidt "
         "führt das Team seit 2010. Ihr Kollege Peter Braun war nicht dabei. „Wir haben hart gearbeitet“, sagt die "
         "45-Jährige.", "Wir haben hart gearbeitet", DIR, "Anna Schmidt"),
        # an age description of the other gender than the person quoted before takes the one person named close before
        ("„Das war knapp“, sagte Trainer Tobias Brenner. Im Tor stand Laura Fink. „Ich habe den Ball kaum gesehen“, sagte "
         "die 24-Jährige.", "Ich habe den Ball kaum gesehen", DIR, "Laura Fink"),
        # a farmer's, breeder's or trader's role before a lone surname is no part of the name
        ("Schafhalter Fröschle sagte, der Wolf habe in einer Nacht drei Tiere gerissen.",
         "der Wolf habe in einer Nacht drei Tiere gerissen", IND, "Fröschle"),
        ("Landwirtin Berger erklärte, die Ernte falle dieses Jahr mager aus.", "die Ernte falle dieses Jahr mager aus",
         IND, "Berger"),
        ("Pferdezüchter Hofmann befürchtet, dass viele Turniere ausfallen.", "viele Turniere ausfallen", IND, "Hofmann"),
    ],
)
def test_round38_desc_de_descriptions_resolve(text, quote, label, speaker):
    assert speaker_of(text, quote) == (speaker, label)


@pytest.mark.parametrize(
    ("text", "quote", "label", "speaker"),
    [
        # guards: an age without a name stays the description; two people of that age resolve to no one
        ("Ein 33-Jähriger wurde am Abend festgenommen. „Ich war das nicht“, sagte der 33-Jährige.", "Ich war das nicht",
         DIR, "33-Jährige"),
        ("Die Zwillinge Tim Berg (19) und Lukas Berg (19) standen vor Gericht. Richter Hans Kurz fragte nach. „Es tut mir "
         "leid“, sagte der 19-Jährige.", "Es tut mir leid", DIR, "19-Jährige"),
        # a description that names someone else stays unresolved: the coach after a player
        ("Stürmer Jonas Weber traf zweimal. „Er war heute überragend“, sagte der Trainer.", "Er war heute überragend",
         DIR, "Trainer"),
        # an office seen with a name still resolves as before
        ("Kreisbrandinspektor Markus Lehner lobte die Helfer. Die Straße blieb stundenlang gesperrt. „Ohne die "
         "Nachbarwehren hätten wir das nicht geschafft“, sagte der Kreisbrandinspektor.",
         "Ohne die Nachbarwehren hätten wir das nicht geschafft", DIR, "Markus Lehner"),
        ("Pflegedienstleiterin Sandra Kühn kennt das Problem. Viele Stellen sind unbesetzt. „Wir arbeiten seit Monaten am "
         "Limit“, sagte die Pflegedienstleiterin.", "Wir arbeiten seit Monaten am Limit", DIR, "Sandra Kühn"),
        ("Die 38-jährige Lena Voigt leitet das Tierheim. Ihr Vorgänger Klaus Brandt ging im Frühjahr. Tierarzt Simon Roth "
         "kommt zweimal pro Woche. „Die Katzen sind unser größtes Problem“, erzählt die 38-Jährige.",
         "Die Katzen sind unser größtes Problem", DIR, "Lena Voigt"),
        ("Verbandschef Peter Müller warnte vor Engpässen. Bauern aus der Region berichteten von Ausfällen. „Die Lage ist "
         "ernst“, sagte der Verbandschef.", "Die Lage ist ernst", DIR, "Peter Müller"),
        ("Gesundheitsminister Karl Lauterbach (SPD) hat die Reform verteidigt. CDU-Fraktionsvize Jens Spahn sprach von "
         "Chaos. „Wir bleiben bei unserem Zeitplan“, sagte der Minister.", "Wir bleiben bei unserem Zeitplan", DIR,
         "Karl Lauterbach"),
        # a place adjective and a body is no role before a surname
        ("Die Hamburger Polizei teilte mit, der Mann sei geflohen.", "der Mann sei geflohen", IND, "Hamburger Polizei"),
        # a full name after a common noun still loses the noun ("im Wahlkampf Sahra Wagenknecht")
        ("Im Wahlkampf Sahra Wagenknecht sagte, die Partei werde wachsen.", "die Partei werde wachsen", IND,
         "Sahra Wagenknecht"),
    ],
)
def test_round38_desc_de_description_guards(text, quote, label, speaker):
    assert speaker_of(text, quote) == (speaker, label)
