"""Round 37, helper w3: German press reviews and media reports (sentences written for these tests, in the style of a
Presseschau and of agency items that cite newspapers; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w3) a press review's header ends its paragraph with a colon after a cue and its source: the next paragraph,
# without quotation marks, is the paper's commentary (it reported nothing), up to a sentence that reports on its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die „Frankfurter Allgemeine“ kommentiert den Gipfel in Brüssel:\n\nDie Europäische Union steckt in einer "
            "Krise. Niemand weiß, wie es weitergeht.",
            [
                (
                    "Die Europäische Union steckt in einer Krise. Niemand weiß, wie es weitergeht",
                    IND,
                    "Frankfurter Allgemeine",
                )
            ],
        ),
        (
            "Zur Haushaltsdebatte schreibt der „Kölner Stadt-Anzeiger“:\n\nDie Koalition hat sich verrannt. Ein "
            "Kompromiss ist nicht in Sicht.",
            [
                (
                    "Die Koalition hat sich verrannt. Ein Kompromiss ist nicht in Sicht",
                    IND,
                    "Kölner Stadt-Anzeiger",
                )
            ],
        ),
        (
            "Der Bonner „General-Anzeiger“ meint zu den Streiks bei der Bahn:\n\nDie Geduld der Fahrgäste ist erschöpft.",
            [("Die Geduld der Fahrgäste ist erschöpft", IND, "Bonner General-Anzeiger")],
        ),
        (
            # a cut in the commentary, marked "(…)", is no end of it
            "Die „Nürnberger Nachrichten“ kommentieren den Parteitag:\n\nDie Delegierten haben Geschlossenheit gezeigt. "
            "(…) Der Streit ist nur vertagt.",
            [
                (
                    "Die Delegierten haben Geschlossenheit gezeigt. (…) Der Streit ist nur vertagt",
                    IND,
                    "Nürnberger Nachrichten",
                )
            ],
        ),
        (
            "Über die Wahl in Polen schreibt das russische Blatt:\n\nDer neue Präsident sucht keine Annäherung an Moskau.",
            [("Der neue Präsident sucht keine Annäherung an Moskau", IND, "Blatt")],
        ),
        (
            # also a press release's colon before its paragraph
            "Die Polizei teilte am Abend mit:\n\nDer Mann wurde festgenommen. Er ist 35 Jahre alt.",
            [("Der Mann wurde festgenommen. Er ist 35 Jahre alt", IND, "Polizei")],
        ),
    ],
)
def test_round37_w3_de_review_header_paragraph(text, expected):
    assert_de_exact(text, expected)


# (round 37, w3) a quotation opening the paragraph after such a header is the header source's, with its cue; the header's
# act is no report of its own (a header without a cue gave its quotation to the next header's paper)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die „Badische Zeitung“ ist skeptisch:\n„Der Plan wird scheitern.“\nDie „Stuttgarter Zeitung“ lobt:\n"
            "„Endlich bewegt sich etwas.“",
            [
                ("Der Plan wird scheitern.", DIR, "Badische Zeitung"),
                ("Endlich bewegt sich etwas.", DIR, "Stuttgarter Zeitung"),
            ],
        ),
        (
            "Die „Westfälischen Nachrichten“ bemängeln:\n„Die Reform kommt zu spät.“",
            [("Die Reform kommt zu spät.", DIR, "Westfälischen Nachrichten")],
        ),
        (
            "Die MÄRKISCHE ALLGEMEINE übt ebenfalls Kritik:\n„Das Gesetz ist handwerklich schlecht gemacht.“",
            [("Das Gesetz ist handwerklich schlecht gemacht.", DIR, "MÄRKISCHE ALLGEMEINE")],
        ),
    ],
)
def test_round37_w3_de_review_header_quotation(text, expected):
    assert_de_exact(text, expected)


def test_round37_w3_de_review_header_quotation_cue():
    # (round 37, w3) the quotation's cue is the header's verb
    ann = run("Die „Westfälischen Nachrichten“ bemängeln:\n„Die Reform kommt zu spät.“", lang="de")
    (q,) = quotes(ann)
    byid = {s.id: s for s in ann.spans}
    cue = next(byid[r.tail] for r in ann.relations if r.head == q.id and r.label == "cue")
    assert cue.text == "bemängeln"


# (round 37, w3) a paper's content after the colon of its attribution runs on over the paragraph's sentences that
# report nothing of their own (it ended with the first sentence)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die „Märkische Allgemeine“ schreibt zum Wahlergebnis: Die SPD hat sich gefangen. Die CDU muss sich neu "
            "sortieren.",
            [("Die SPD hat sich gefangen. Die CDU muss sich neu sortieren", IND, "Märkische Allgemeine")],
        ),
        (
            "Zur Rentenreform meint die Lausitzer Rundschau: Das Paket ist zu teuer. Die Jungen zahlen die Zeche.",
            [("Das Paket ist zu teuer. Die Jungen zahlen die Zeche", IND, "Lausitzer Rundschau")],
        ),
        (
            "Die Brüsseler Zeitung „Le Soir“ kommentiert: Die Koalition wurde unter Schmerzen geboren. Jetzt herrscht "
            "beste Stimmung.",
            [
                (
                    "Die Koalition wurde unter Schmerzen geboren. Jetzt herrscht beste Stimmung",
                    IND,
                    "Brüsseler Zeitung Le Soir",
                )
            ],
        ),
    ],
)
def test_round37_w3_de_press_colon_runs_on(text, expected):
    assert_de_exact(text, expected)


# (round 37, w3) a paper's name in quotation marks with its town or edition in brackets is the speaker before its verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die „Lausitzer Rundschau“ (Cottbus) schreibt: „Merkel liegt falsch.“",
            [("Merkel liegt falsch.", DIR, "Lausitzer Rundschau")],
        ),
        (
            "Die „Landeszeitung“ (Lüneburg) meint zu den Milchpreisen: Die Bauern stehen allein.",
            [("Die Bauern stehen allein", IND, "Landeszeitung")],
        ),
        (
            "Die „Sächsische Zeitung“ (Dresden) betont, das Land brauche mehr Lehrer.",
            [("das Land brauche mehr Lehrer", IND, "Sächsische Zeitung")],
        ),
    ],
)
def test_round37_w3_de_paper_with_town(text, expected):
    assert_de_exact(text, expected)


# (round 37, w3) the paper written for ("für die „Welt“", "an die „Bild am Sonntag“") is no direct quote: the report
# before or after it stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Müller schrieb in einem Gastbeitrag für die „Welt“, die Reform sei gescheitert.",
            [("die Reform sei gescheitert", IND, "Müller")],
        ),
        (
            "Die Reform sei gescheitert, schrieb die Ministerin in einem Gastbeitrag für die „FAZ“.",
            [("Die Reform sei gescheitert", IND, "Ministerin")],
        ),
        (
            "Die Kanzlerin warnte in einem Brief an die „Bild am Sonntag“, die Lage sei ernst.",
            [("die Lage sei ernst", IND, "Kanzlerin")],
        ),
        (
            "Der Ökonom schrieb in einem Aufsatz für das „Handelsblatt“, die Inflation werde sinken.",
            [("die Inflation werde sinken", IND, "Ökonom")],
        ),
    ],
)
def test_round37_w3_de_paper_written_for(text, expected):
    assert_de_exact(text, expected)


# (round 37, w3) an impersonal report names its paper in quotation marks after the preposition: that paper speaks (the
# report had no speaker)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage sei ernst, heißt es in der „Neuen Zürcher Zeitung“.",
            [("Die Lage sei ernst", IND, "Neuen Zürcher Zeitung")],
        ),
        (
            "Die Gespräche seien gescheitert, hieß es im „Spiegel“.",
            [("Die Gespräche seien gescheitert", IND, "Spiegel")],
        ),
        (
            "Zum selben Thema heißt es in der „Berliner Zeitung“:\n\nDer Senat hat die Lage unterschätzt.",
            [("Der Senat hat die Lage unterschätzt", IND, "Berliner Zeitung")],
        ),
    ],
)
def test_round37_w3_de_impersonal_quoted_paper(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w3) a colon ending a paragraph without a cue reports nothing
        ("Die Lage ist ernst:\n\nDer Fluss steigt weiter.", []),
        # a speaker that is no paper: the content after the colon keeps to its sentence
        (
            "Der Sprecher sagte zum Ablauf: Die Straße ist gesperrt. Am Abend wird sie wieder frei sein.",
            [("Die Straße ist gesperrt", IND, "Sprecher")],
        ),
        # the run-on stops at a sentence with a report of its own
        (
            "Die „Rhein-Zeitung“ kommentiert die Wahl: Die Grünen haben verloren. Mehr lesen Sie auf Seite 3, sagte "
            "ein Sprecher.",
            [
                ("Die Grünen haben verloren", IND, "Rhein-Zeitung"),
                ("Mehr lesen Sie auf Seite 3", IND, "Sprecher"),
            ],
        ),
        # a paragraph that ends in a colon itself is no commentary taken whole
        ("Die Zeitung schreibt:\n\nUnd plötzlich war alles anders:", []),
        # a quotation after "für die" that is no paper stays a quotation
        ("Er forderte eine Entschädigung für die „Trostfrauen“.", [("Trostfrauen", DIR, None)]),
        # a quotation with its own trailing attribution keeps it
        (
            "Die „Glocke“ meint:\n„Das reicht nicht“, sagt ein Sprecher der Stadt.",
            [("Das reicht nicht", DIR, "Sprecher der Stadt")],
        ),
    ],
)
def test_round37_w3_de_press_review_guards(text, expected):
    assert_de_exact(text, expected)
