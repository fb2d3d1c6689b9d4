"""The quote pre-annotator (rules:quotes@35) on the seed article and on small English and German cases."""

from __future__ import annotations

import time

import pytest

from spanbank.annotators import load_annotators
from spanbank.annotators.quote_lexicon import detect_lang, load_lexicon
from spanbank.annotators.quote_text import find_quotations
from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Annotation, Document


def run(text: str, kind: str = "article", lang: str | None = None) -> Annotation:
    meta = {"lang": lang} if lang else {}
    return QuoteAnnotator().annotate(Document(id="t", kind=kind, text=text, meta=meta))


def quotes(ann: Annotation, label: str | None = None) -> list:
    return [s for s in ann.spans if s.label in ((label,) if label else ("DIRECT_QUOTE", "INDIRECT_QUOTE"))]


def linked(ann: Annotation, quote_id: str, rel: str):
    byid = {s.id: s for s in ann.spans}
    tails = [byid[r.tail] for r in ann.relations if r.head == quote_id and r.label == rel]
    return tails[0] if tails else None


def find(ann: Annotation, fragment: str, label: str | None = None):
    hits = [s for s in quotes(ann, label) if fragment in s.text]
    assert hits, f"no quote containing {fragment!r}: {[s.text for s in quotes(ann)]}"
    return hits[0]


def check_contract(text: str, ann: Annotation) -> None:
    ids = [s.id for s in ann.spans]
    assert len(ids) == len(set(ids))
    for s in ann.spans:
        assert text[s.start : s.end] == s.text
    known = set(ids)
    for r in ann.relations:
        assert r.head in known and r.tail in known and r.label in ("said_by", "cue")


# -- the seed --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return text, run(text)


def test_seed_five_long_quotes_are_aliyevs(seed):
    text, ann = seed
    openings = [
        "The issue of granting independence",
        "Azeri lands must be liberated",
        "Nagorno-Karabakh may be granted temporary status",
        "Most of all, Azerbaijan wants",
        "The Azeri army is the strongest",
    ]
    for o in openings:
        q = find(ann, o, "DIRECT_QUOTE")
        assert q.text.startswith(o)  # the marks are not part of the span
        assert text[q.start - 1] == "“" and q.text[-1] in ",.”" and "”" not in q.text
        assert q.attrs["speaker"] == "Ilham Aliyev", q.text[:40]
        assert q.attrs["form"] == "direct" and q.attrs["lang"] == "en"
        assert linked(ann, q.id, "said_by").attrs["name"] == "Ilham Aliyev"
        # each has its own cue, the inverted one after the quotation included ('…,” proclaimed Aliyev.')
        assert linked(ann, q.id, "cue") is not None, q.text[:40]
    q = find(ann, "Most of all, Azerbaijan wants", "DIRECT_QUOTE")
    assert linked(ann, q.id, "cue").text == "proclaimed" and linked(ann, q.id, "said_by").text == "Aliyev"
    check_contract(text, ann)


def test_seed_split_quote_two_spans_one_speaker(seed):
    _, ann = seed
    first = find(ann, "The issue of granting independence", "DIRECT_QUOTE")
    second = find(ann, "Azeri lands must be liberated", "DIRECT_QUOTE")
    assert first.id != second.id and first.end < second.start
    assert first.text.endswith("it never will,")
    assert second.text.endswith("negotiating process.")
    assert linked(ann, first.id, "said_by") is linked(ann, second.id, "said_by")
    assert linked(ann, first.id, "said_by").text == "Aliyev"
    assert linked(ann, first.id, "cue").text == "said"


def test_seed_indirect_announced(seed):
    _, ann = seed
    q = find(ann, "talks had not yielded any results", "INDIRECT_QUOTE")
    assert q.text == "talks had not yielded any results"
    assert q.attrs["speaker"] == "Ilham Aliyev" and q.attrs["form"] == "indirect"
    assert linked(ann, q.id, "cue").text == "announced"
    assert linked(ann, q.id, "cue").label == "CUE"


def test_seed_partial_quotes_and_withdraw(seed):
    _, ann = seed
    tactics = find(ann, "delaying tactics", "DIRECT_QUOTE")
    assert tactics.attrs["speaker"] == "Ilham Aliyev"
    assert linked(ann, tactics.id, "said_by").text == "he"
    # “withdraw” is Aliyev's word inside his reported belief (cue "reiterated"): a partial quote,
    # attributed through the description "the Azeri president"
    withdraw = find(ann, "withdraw", "DIRECT_QUOTE")
    assert withdraw.text == "withdraw"
    assert withdraw.attrs["speaker"] == "Ilham Aliyev"
    assert linked(ann, withdraw.id, "said_by").text == "the Azeri president"
    assert linked(ann, withdraw.id, "cue").text == "reiterated"


def test_seed_comment_scare_quotes_are_not_quotes(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    start = text.index("The Turkish and Azeri governments")
    end = text.index("Where are our voices???") + len("Where are our voices???")
    comment = text[start:end]
    ann = run(comment, kind="comment")
    for word in ("occupation", "occupiers", "occupier"):
        assert not any(s.text.strip(",. ") == word for s in quotes(ann)), word
    # Garo's “his” lands
    garo = "If he knew that there is a 10% possibility that he would get back “his” lands, he would have attacked."
    assert not quotes(run(garo, kind="comment"), "DIRECT_QUOTE")


def test_seed_fast(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    doc = Document(id="seed", kind="article", text=text)
    a = QuoteAnnotator()
    a.annotate(doc)  # lexicon load
    t = time.perf_counter()
    for _ in range(5):
        a.annotate(doc)
    per_doc = (time.perf_counter() - t) / 5
    # generous bound (shared CI machines); benchmarks/ measures the real throughput
    assert per_doc < 0.5


# -- English patterns ------------------------------------------------------------------------------


def test_en_pronoun_and_description_resolution():
    text = (
        "Finance Minister Maria Lopez presented the budget on Monday. "
        "“We will not raise taxes,” she said. "
        "The finance minister added that spending would fall by 3 percent."
    )
    ann = run(text)
    direct = find(ann, "We will not raise taxes", "DIRECT_QUOTE")
    assert direct.attrs["speaker"] == "Maria Lopez"
    assert linked(ann, direct.id, "said_by").text == "she"
    indirect = find(ann, "spending would fall", "INDIRECT_QUOTE")
    assert indirect.text == "spending would fall by 3 percent"
    assert indirect.attrs["speaker"] == "Maria Lopez"
    check_contract(text, ann)


def test_en_surname_resolves_to_full_name_and_continuing_speaker():
    text = (
        "Mayor John Carter opened the bridge.\n\n"
        "“It took ten years to build,” Carter told reporters.\n\n"
        "“Nobody believed we would finish it.”\n\n"
        "The weather was cold."
    )
    ann = run(text)
    first = find(ann, "ten years", "DIRECT_QUOTE")
    second = find(ann, "Nobody believed", "DIRECT_QUOTE")
    assert first.attrs["speaker"] == second.attrs["speaker"] == "John Carter"
    assert linked(ann, second.id, "said_by") is linked(ann, first.id, "said_by")


def test_en_multi_paragraph_quote():
    text = (
        "The chairman spoke for an hour. “The first part of my plan is simple and clear.\n\n"
        "“The second part is harder, and it will take years,” said chairman Paul Young."
    )
    ann = run(text)
    spans = quotes(ann, "DIRECT_QUOTE")
    assert [s.text for s in spans] == [
        "The first part of my plan is simple and clear.",
        "The second part is harder, and it will take years,",
    ]
    assert {s.attrs["speaker"] for s in spans} == {"Paul Young"}


def test_en_according_to_and_straight_quotes():
    ann = run('According to the police, three people were injured in the crash. He said "the road was icy and dark."')
    acc = find(ann, "three people were injured", "INDIRECT_QUOTE")
    assert linked(ann, acc.id, "cue").text == "According to"
    assert linked(ann, acc.id, "said_by").text == "the police"
    assert find(ann, "the road was icy", "DIRECT_QUOTE").text == "the road was icy and dark."


def test_en_scare_quote_and_title_without_speaker():
    ann = run("Critics call it the “reform” of the year. The film “Dark Water” opened on Friday.")
    assert not quotes(ann)


def test_en_trailing_attribution_indirect():
    ann = run("The factory will close next year, the company said.")
    q = find(ann, "factory will close", "INDIRECT_QUOTE")
    assert q.text == "The factory will close next year"
    assert linked(ann, q.id, "said_by").text == "the company"


# -- German patterns -------------------------------------------------------------------------------


def test_de_direct_low_high_marks_and_so():
    text = (
        "Die Gewerkschaft kritisierte den Plan der Bank. „Wer Stellen streicht, obwohl er Gewinne macht, "
        "handelt verantwortungslos“, so der Vorsitzende Karl Berger."
    )
    ann = run(text, lang="de")
    q = find(ann, "Wer Stellen streicht", "DIRECT_QUOTE")
    assert q.attrs["speaker"] == "Karl Berger" and q.attrs["lang"] == "de"
    assert linked(ann, q.id, "cue").text == "so"
    check_contract(text, ann)


def test_de_indirect_konjunktiv_and_continuation():
    text = (
        "Innenministerin Anna Schulz sagte am Montag, die Regierung habe keine neuen Pläne. "
        "Man werde die Lage aber genau beobachten."
    )
    ann = run(text, lang="de")
    q = find(ann, "die Regierung habe", "INDIRECT_QUOTE")
    assert q.text == "die Regierung habe keine neuen Pläne"
    assert q.attrs["speaker"] == "Anna Schulz"
    assert linked(ann, q.id, "cue").text == "sagte"
    cont = find(ann, "Lage aber genau", "INDIRECT_QUOTE")
    assert cont.attrs["speaker"] == "Anna Schulz"


def test_de_wie_mitteilte_laut_zufolge_and_inversion():
    ann = run(
        "Wie die Polizei mitteilte, wurden bei dem Unfall drei Menschen verletzt. "
        "Laut Feuerwehr brannte das Haus vollständig aus. "
        "Im Interview sagte Minister Peter Braun, dass die Schule geschlossen werde.",
        lang="de",
    )
    wie = find(ann, "drei Menschen verletzt", "INDIRECT_QUOTE")
    assert linked(ann, wie.id, "said_by").text == "die Polizei"
    assert linked(ann, wie.id, "cue").text == "mitteilte"
    laut = find(ann, "brannte das Haus", "INDIRECT_QUOTE")
    assert linked(ann, laut.id, "cue").text == "Laut"
    dass = find(ann, "Schule geschlossen", "INDIRECT_QUOTE")
    assert dass.text == "die Schule geschlossen werde"
    assert dass.attrs["speaker"] == "Peter Braun"
    z = run("Den Angaben des Ministeriums zufolge kamen mehr als hundert Menschen ums Leben.", lang="de")
    assert find(z, "mehr als hundert Menschen", "INDIRECT_QUOTE")


def test_de_guillemets_and_names_in_marks():
    ann = run(
        "»Wir haben das Spiel verdient gewonnen«, sagte Trainer Max Keller. "
        "Die Fluggesellschaft „Sosoliso“ flog nach Abuja.",
        lang="de",
    )
    spans = quotes(ann, "DIRECT_QUOTE")
    assert [s.text for s in spans] == ["Wir haben das Spiel verdient gewonnen"]
    assert spans[0].attrs["speaker"] == "Max Keller"


def test_de_noun_sources_split_the_clause():
    ann = run(
        "Heute wurden nach Angaben der Stadtverwaltung Bonn zwölf Schulen geschlossen. "
        "Der Sturm hatte nach Polizeiangaben Dächer abgedeckt. "
        "Die Brücke, die seiner Meinung nach längst hätte saniert werden müssen, ist gesperrt.",
        lang="de",
    )
    before = find(ann, "Heute wurden", "INDIRECT_QUOTE")
    after = find(ann, "zwölf Schulen geschlossen", "INDIRECT_QUOTE")
    assert before.text == "Heute wurden" and after.text == "zwölf Schulen geschlossen"
    speaker = linked(ann, after.id, "said_by")
    assert speaker.text == "Angaben der Stadtverwaltung Bonn"
    assert after.attrs["speaker"] == "Stadtverwaltung Bonn"
    assert linked(ann, after.id, "cue").text == "nach"
    assert linked(ann, find(ann, "Dächer abgedeckt").id, "said_by").text == "Polizeiangaben"
    # a relative clause is its own clause: the main clause is not part of the reported content
    rel = find(ann, "längst hätte saniert", "INDIRECT_QUOTE")
    assert rel.text == "längst hätte saniert werden müssen"
    assert not any("gesperrt" in q.text for q in quotes(ann))


def test_de_reported_act_and_multi_sentence_continuation():
    text = (
        "Der Wetterdienst warnte am Sonntag vor Sturm. "
        "Im Westen könne es Orkanböen geben. Auch seien Gewitter möglich. "
        "Die Bahn stellte den Verkehr ein."
    )
    ann = run(text, lang="de")
    act = find(ann, "warnte am Sonntag", "INDIRECT_QUOTE")
    assert act.text == "Der Wetterdienst warnte am Sonntag vor Sturm"
    assert linked(ann, act.id, "said_by").text == "Der Wetterdienst"
    cont = find(ann, "Orkanböen", "INDIRECT_QUOTE")
    assert cont.text == "Im Westen könne es Orkanböen geben. Auch seien Gewitter möglich"  # one span
    assert cont.attrs["speaker"] == "Wetterdienst"
    assert not any("Verkehr" in q.text for q in quotes(ann))  # indicative: the reporter speaks again
    sollen = run("Die Polizei meldete einen Überfall. Der Täter soll mit dem Auto geflohen sein.", lang="de")
    assert find(sollen, "soll mit dem Auto", "INDIRECT_QUOTE").attrs["speaker"] == "Polizei"
    # "soll" in a relative clause is not reported speech
    plain = run("Die Polizei meldete einen Überfall. Es gibt einen Plan, mit dem der Ort geschützt werden soll.",
                lang="de")
    assert not any("Plan" in q.text for q in quotes(plain))


def test_de_v2_subject_separable_particle_and_relative_speaker():
    ann = run(
        "Innerhalb weniger Stunden berichtete die Zeitung Neue Presse über den Brand. "
        "Gestern gab es einen Unfall mit vielen Menschen an Bord. "
        "Augenzeugen berichteten von einem lauten Knall. "
        "„Es war furchtbar“, so Anna Weber, die auch angab, dass sie die Feuerwehr gerufen habe.",
        lang="de",
    )
    v2 = find(ann, "berichtete die Zeitung", "INDIRECT_QUOTE")
    assert linked(ann, v2.id, "said_by").text == "die Zeitung Neue Presse"
    assert not any("Unfall" in q.text for q in quotes(ann))  # "an Bord" is no particle of "gab … an"
    eye = find(ann, "lauten Knall", "INDIRECT_QUOTE")
    assert linked(ann, eye.id, "said_by").text == "Augenzeugen"
    rel = find(ann, "die Feuerwehr gerufen", "INDIRECT_QUOTE")
    assert linked(ann, rel.id, "said_by").text == "die"
    assert rel.attrs["speaker"] == "Anna Weber"


def test_de_lexicon_covers_common_reporting_verbs():
    lex = load_lexicon("de")
    for verb in ("nannte", "charakterisierte", "bezweifelte", "schrieb", "erwiderte", "verlangte", "angekündigt"):
        assert lex.is_cue_verb(verb), verb
    assert lex.is_source_noun("Polizeiangaben") and lex.is_source_noun("Meinung")
    assert not lex.is_source_noun("angaben")  # the noun is capitalised
    ann = run("Den Plan nannte der Minister einen Fehler, es fehle an Geld.", lang="de")
    assert find(ann, "es fehle an Geld", "INDIRECT_QUOTE").attrs["speaker"] == "Minister"


def test_en_reported_speech_act():
    ann = run("The coastguard warned of strong winds on Sunday. The ferry left on time.", lang="en")
    act = find(ann, "warned of strong winds", "INDIRECT_QUOTE")
    assert linked(ann, act.id, "said_by").text == "The coastguard"
    assert not any("ferry" in q.text for q in quotes(ann))
    # a participle before its noun is no speech act: "the reported figures"
    assert not quotes(run("The reported figures were higher than expected.", lang="en"))


# -- plumbing --------------------------------------------------------------------------------------


def test_language_detection_and_lexicons():
    assert detect_lang("Der Minister sagte, dass die Regierung nicht zurücktreten werde und es keine Wahl gebe.") == "de"
    assert detect_lang("The minister said that the government would not resign and there was no vote.") == "en"
    assert detect_lang("Le ministre a dit", hint="de-DE") == "de"
    assert "sagte" in load_lexicon("de").cue_verbs and "said" in load_lexicon("en").cue_verbs
    with pytest.raises(ValueError, match="no quote cue lexicon for language 'fr'"):
        load_lexicon("fr")


def test_quotation_pairing_ignores_apostrophes():
    text = "Azerbaijan’s leader said ‘we will win’ and it’s over."
    qs = find_quotations(text)
    assert [text[q.start : q.end] for q in qs] == ["we will win"]


def test_registry_and_origin(schema):
    (a,) = load_annotators(["quotes"])
    assert isinstance(a, QuoteAnnotator) and a.origin == "rules:quotes@35"
    ann = run("“I will run again next year,” said Senator Jane Doe.", kind="comment")
    assert ann.origin == "rules:quotes@35"
    labels = {lab.name for layer in schema.layers if layer.name == "attribution" for lab in layer.labels}
    assert {s.label for s in ann.spans} <= labels
    assert {s.label for s in ann.spans} == {"DIRECT_QUOTE", "SPEAKER", "CUE"}


def test_empty_and_quote_free_text():
    assert run("").spans == []
    assert run("No one spoke. The river rose by two metres overnight.").spans == []


# -- English attribution patterns (PolNeAR-style political news; no English gold is shipped) -------

EN_PATTERNS = [
    # (text, fragment of the quote, label, canonical speaker, cue text)
    ('"The economy is strong," said John Smith, the treasury secretary.',
     "The economy is strong", "DIRECT_QUOTE", "John Smith", "said"),
    ('Senator Jane Doe spoke on Monday. "We will win this fight," Doe said.',
     "We will win this fight", "DIRECT_QUOTE", "Jane Doe", "said"),
    ("According to the police, the suspect fled the scene on foot.",
     "the suspect fled the scene", "INDIRECT_QUOTE", "police", "According to"),
    ("Governor Tom Baker told reporters that the deal was dead.",
     "the deal was dead", "INDIRECT_QUOTE", "Tom Baker", "told"),
    ("Mayor Ann Lee praised the plan. Lee added that the city would pay for it.",
     "the city would pay for it", "INDIRECT_QUOTE", "Ann Lee", "added"),
    ("Senator Jane Doe, who chairs the committee, said the bill would pass next week.",
     "the bill would pass next week", "INDIRECT_QUOTE", "Jane Doe", "said"),
    ("The White House said in a statement that the president would veto the bill.",
     "the president would veto the bill", "INDIRECT_QUOTE", "White House", "said"),
    ("Senator Ted Cruz's spokesman said the senator was not available for comment.",
     "the senator was not available", "INDIRECT_QUOTE", "Senator Ted Cruz's spokesman", "said"),
    ("Donald Trump claimed that the election was rigged against him.",
     "the election was rigged", "INDIRECT_QUOTE", "Donald Trump", "claimed"),
    ('As Hillary Clinton put it, "nobody wins a trade war."',
     "nobody wins a trade war", "DIRECT_QUOTE", "Hillary Clinton", "put"),
    ("Donald Trump wrote on Twitter that the media was dishonest.",
     "the media was dishonest", "INDIRECT_QUOTE", "Donald Trump", "wrote"),
    ("The company, which employs 500 people, said it would close the plant.",
     "it would close the plant", "INDIRECT_QUOTE", "company", "said"),
    ("Clinton campaign manager Robby Mook said the polls were wrong.",
     "the polls were wrong", "INDIRECT_QUOTE", "Robby Mook", "said"),
    ("Mark Jones, 45, said the factory had been closed for years.",
     "the factory had been closed", "INDIRECT_QUOTE", "Mark Jones", "said"),
]


@pytest.mark.parametrize(("text", "fragment", "label", "speaker", "cue"), EN_PATTERNS)
def test_en_attribution_patterns(text, fragment, label, speaker, cue):
    ann = run(text, lang="en")
    q = find(ann, fragment, label)
    assert q.attrs["speaker"] == speaker
    assert linked(ann, q.id, "cue").text == cue
    assert linked(ann, q.id, "said_by") is not None
    check_contract(text, ann)


def test_en_split_quote_and_pronoun_gender():
    text = '"The first part is true," Mark Jones said, "but the rest is false."'
    ann = run(text, lang="en")
    a, b = find(ann, "The first part", "DIRECT_QUOTE"), find(ann, "but the rest", "DIRECT_QUOTE")
    assert a.attrs["speaker"] == b.attrs["speaker"] == "Mark Jones"
    assert linked(ann, a.id, "said_by").id == linked(ann, b.id, "said_by").id
    # the pronoun takes the latest name of its gender, not the latest name
    ann = run("Hillary Clinton met Donald Trump in St. Louis. She said the debate had been tough.", lang="en")
    assert find(ann, "the debate had been tough").attrs["speaker"] == "Hillary Clinton"
    ann = run("Hillary Clinton met Donald Trump in St. Louis. He said the debate had been rigged.", lang="en")
    assert find(ann, "the debate had been rigged").attrs["speaker"] == "Donald Trump"


# -- English news attribution (AP/Reuters style), round 5 ---------------------------------------------
# Each case: the text and every quote span expected in it: (content, label, canonical speaker or None
# for any). The content is the reported clause or the quoted words (PolNeAR-style Content), without
# source and cue; a speech act without a content clause is its clause from the sentence start.
# [] = no quote at all (precision).
EN_NEWS = [
    # (round 28, fourth batch) "asserting", "highlighted", "verified" as cues
    ('The mayor issued a statement, asserting that the city was safe.',
     [('The mayor issued a statement', 'INDIRECT_QUOTE', 'mayor'), ('the city was safe', 'INDIRECT_QUOTE', 'mayor')]),
    ('The report highlighted that the bridge was unsafe.', [('the bridge was unsafe', 'INDIRECT_QUOTE', 'report')]),
    ('Officials verified that the votes were counted.', [('the votes were counted', 'INDIRECT_QUOTE', 'Officials')]),
    # (round 28; wire sentences written here) an adjective in -ed before a trailing speaker, the double prime of AP
    # archive copy as quotation marks, "Sec." as a title (nothing was reported, or the content ended at "Sec")
    ('The bridge was destroyed, allied officials said.',
     [('The bridge was destroyed', 'INDIRECT_QUOTE', 'allied officials')]),
    ('″We will not leave,″ he said.',
     [('We will not leave,', 'DIRECT_QUOTE', None)]),
    ('Zarko Horvat said: ″The republic no longer remains in the federation.″',
     [('The republic no longer remains in the federation.', 'DIRECT_QUOTE', 'Zarko Horvat')]),
    ('The senator said she is sending Sec. Blinken to the region.',
     [('she is sending Sec. Blinken to the region', 'INDIRECT_QUOTE', 'senator')]),
    # (round 27) an abbreviated month among the adjuncts
    ('NASA said on Aug. 5 that the rover had landed.',
     [('the rover had landed', 'INDIRECT_QUOTE', 'NASA')]),
    # (round 27; wire sentences written here) a past form in -ied after a quoted subject, 'early' before a content's
    # noun, an initialism closing the subject, a compass adjective in the speaker's place (nothing was reported, or
    # the place spoke)
    ('Police said "at least 20 people" died in the blast.',
     [('"at least 20 people" died in the blast', 'INDIRECT_QUOTE', 'Police'), ('at least 20 people', 'DIRECT_QUOTE', 'Police')]),
    ('Administration officials said early evidence pointed toward the group.',
     [('early evidence pointed toward the group', 'INDIRECT_QUOTE', 'Administration officials')]),
    ('The U.S. said the talks will resume.',
     [('the talks will resume', 'INDIRECT_QUOTE', 'U.S.')]),
    ('Aid will run out next week, and the U.N. said deliveries will stop.',
     [('deliveries will stop', 'INDIRECT_QUOTE', 'U.N.')]),
    ('Relief officials in northern Albania said the arrivals were in the worst condition.',
     [('the arrivals were in the worst condition', 'INDIRECT_QUOTE', 'Relief officials in northern Albania')]),
    # (round 26; en3) quantities opened by "as many as"/"more than"; "state" as a modifier after an article; a plural
    # noun after "in" and a second adjunct after the addressee; appositions with a who-clause or an adjective phrase
    ("The official said as many as 30 people were missing.",
     [("as many as 30 people were missing", "INDIRECT_QUOTE", "official")]),
    ("A state health official said two more cases were confirmed.",
     [("two more cases were confirmed", "INDIRECT_QUOTE", "state health official")]),
    ("Mueller said in remarks to reporters at the Justice Department that the inquiry was over.",
     [("the inquiry was over", "INDIRECT_QUOTE", "Mueller")]),
    ("Tarbox, a retiree who has lived in the town for 40 years, said the water was rising.",
     [("the water was rising", "INDIRECT_QUOTE", "Tarbox")]),
    ("Obama, still hoarse, told volunteers the fight was not over.",
     [("the fight was not over", "INDIRECT_QUOTE", "Obama")]),
    # (round 26) the canonical name of a titled speaker after the cue with a state, and with "Commandant"
    ('"Help is on the way," said Rep. Dan Oberg of Wisconsin.', [("Help is on the way,", "DIRECT_QUOTE", "Dan Oberg")]),
    ('"The line is holding," Coast Guard Commandant Thad Allen said.',
     [("The line is holding,", "DIRECT_QUOTE", "Thad Allen")]),
    # (round 26) "charged that", "denies" with a bare clause (the act was the whole sentence); an NP object stays an act
    ("The opposition council charged that militias executed 10 civilians.",
     [("militias executed 10 civilians", "INDIRECT_QUOTE", "opposition council")]),
    ("The regional government denies radiation levels could threaten the coast.",
     [("radiation levels could threaten the coast", "INDIRECT_QUOTE", "regional government")]),
    ("The company denied the report.", [("The company denied the report", "INDIRECT_QUOTE", "company")]),  # (guard)
    # appositions that blocked the subject: a bare role, a participle of reporting, a relative clause with a quotation
    ("Ann Lee, senior scientist at the institute, said the leak continued.",
     [("the leak continued", "INDIRECT_QUOTE", "Ann Lee")]),
    ("Omar Haddad, reporting from Tripoli, said crowds gathered near the port.",
     [("crowds gathered near the port", "INDIRECT_QUOTE", "Omar Haddad")]),
    ('Cameron, who led the "Remain" campaign, said he would resign.',
     [("he would resign", "INDIRECT_QUOTE", "Cameron")]),
    # (round 26; wire sentences written here) a time phrase, then the content's own subject (the phrase was the
    # content's first words)
    ("Aides said Tuesday night the governor had signed the bill.",
     [("the governor had signed the bill", "INDIRECT_QUOTE", "Aides")]),
    ("Officials said last week the dam had failed.", [("the dam had failed", "INDIRECT_QUOTE", "Officials")]),
    ("He said that night had been the worst of his life.",  # (guard: the phrase opens the content, as before)
     [("night had been the worst of his life", "INDIRECT_QUOTE", None)]),
    # "at least one of the …" with a regular past as the content's verb (nothing was reported)
    ("The colonel said at least one of the gunmen escaped.",
     [("at least one of the gunmen escaped", "INDIRECT_QUOTE", "colonel")]),
    # bare plural sources coordinated after the report (nothing was reported)
    ("Two soldiers were wounded near the border, police and hospital officials said.",
     [("Two soldiers were wounded near the border", "INDIRECT_QUOTE", "police and hospital officials")]),
    # a relative clause on the subject before the cue is no report; a bare clause after an addressee is
    ("Jenkins, who has come under fire, said in a letter to lawmakers the agency will repay the money.",
     [("the agency will repay the money", "INDIRECT_QUOTE", "Jenkins")]),
    ("He responded to a question the reporter asked.", []),  # (guard)
    # a source's apposition with a relative clause closes the sentence (it was part of the report)
    ("The toll rose to 212, according to Casualty Watch, a group that counts the dead.",
     [("The toll rose to 212", "INDIRECT_QUOTE", "Casualty Watch")]),
    # a name with a title and an initial in apposition, and a report of two clauses before the name's segments
    ("The walls held, the head of the corps, Lt. Gen. Paul R. Dwyer, told reporters.",
     [("The walls held", "INDIRECT_QUOTE", "Paul R. Dwyer")]),
    ("Troops tried to stop him, but he escaped across the river, Maj. Gen. Ann Cole, a spokeswoman for the forces, "
     "said on CNN.",
     [("Troops tried to stop him, but he escaped across the river", "INDIRECT_QUOTE", "Ann Cole")]),
    # (round 24; British and Irish council pages, written here) offices before a surname are titles
    ("Coun Keith Wakefield said the cuts were brutal. Coun Wakefield added that the council had no choice.",
     [("the cuts were brutal", "INDIRECT_QUOTE", "Keith Wakefield"),
      ("the council had no choice", "INDIRECT_QUOTE", "Keith Wakefield")]),
    ("Taoiseach Leo Varadkar said homes were needed. The Taoiseach said supply was improving.",
     [("homes were needed", "INDIRECT_QUOTE", "Leo Varadkar"), ("supply was improving", "INDIRECT_QUOTE", "Leo Varadkar")]),
    ("Cllr Jane Millar spoke first. Cllr Millar said the plan was flawed.",
     [("the plan was flawed", "INDIRECT_QUOTE", "Jane Millar")]),
    # "accepted that", the participle "maintaining" with a clause, "reflected" right after a quotation; not with an
    # object (guards)
    ("Green Party leader Eamon Ryan accepted that there is a real crisis in housing.",
     [("there is a real crisis in housing", "INDIRECT_QUOTE", "Eamon Ryan")]),
    ("Kharge refused to apologise, maintaining the BJP had no role in the freedom struggle.",
     [("the BJP had no role in the freedom struggle", "INDIRECT_QUOTE", "Kharge")]),
    ('"The demands of the job are huge," Gatland reflected.',
     [("The demands of the job are huge,", "DIRECT_QUOTE", "Gatland")]),
    ("Prices reflected strong demand.", []),
    # "posted" with a place of the post before "that"
    ("The mayor posted on social media that the roads were closed.",
     [("the roads were closed", "INDIRECT_QUOTE", "mayor")]),
    ("The firm is maintaining the road.", []),
    # "further" before a noun is the content's first word; before "that" an adverb (guard)
    ("The officer said further charges may arise.", [("further charges may arise", "INDIRECT_QUOTE", "officer")]),
    ("The officer said further that charges may arise.", [("charges may arise", "INDIRECT_QUOTE", "officer")]),
    # a speech act inside the writer's adverbial clause is that clause, not the sentence; "as" opens no such clause
    ("Shares fell after the company reported a write-down.",
     [("the company reported a write-down", "INDIRECT_QUOTE", "company")]),
    ("Shares fell when the NTSB criticized Boeing, and the company apologized.",
     [("the NTSB criticized Boeing", "INDIRECT_QUOTE", "NTSB")]),
    ("Nvidia CEO Jensen Huang has once again criticised US chip export restrictions.",
     [("Nvidia CEO Jensen Huang has once again criticised US chip export restrictions", "INDIRECT_QUOTE",
       "Jensen Huang")]),  # (guard: "once again" opens no clause)
    # a negated auxiliary after a bare plural subject is a finite verb; a negated cue reports nothing (guard)
    ("The FDA said parents shouldn't worry.", [("parents shouldn't worry", "INDIRECT_QUOTE", "FDA")]),
    ("The FDA said doctors can’t prescribe it.", [("doctors can’t prescribe it", "INDIRECT_QUOTE", "FDA")]),
    ("People who voted for him can't claim that he misled them.", []),
    # an organisation's name with "and" before its head
    ("Bitcoin fell after the U.S. Securities and Exchange Commission said it will require exchanges to register.",
     [("it will require exchanges to register", "INDIRECT_QUOTE", "U.S. Securities and Exchange Commission")]),
    ("Shares rose after the Food and Drug Administration said the drug was safe.",
     [("the drug was safe", "INDIRECT_QUOTE", "Food and Drug Administration")]),
    # (round 24; written here) a cue in -s that is also a plural noun reports a bare clause after a singular subject
    # opening the sentence; not an object noun phrase, nor a noun after a quantifier (guards)
    ("The Times reports the company will cut 500 jobs.",
     [("the company will cut 500 jobs", "INDIRECT_QUOTE", "Times")]),
    ("A source claims the couple had split in May.", [("the couple had split in May", "INDIRECT_QUOTE", "source")]),
    ("The report states the building was unsafe.", [("the building was unsafe", "INDIRECT_QUOTE", "report")]),
    ("The company reports earnings on Tuesday.", []),
    ("Each state reports its data.", []),
    # a media name with its "!" is the addressee and ends no sentence; "Yahoo!" without a word of the name after it
    # ends one (guard)
    ("An insider told E! News the pair are still friends.", [("the pair are still friends", "INDIRECT_QUOTE", "insider")]),
    ("The star told Hello! magazine that she was happy.", [("she was happy", "INDIRECT_QUOTE", "star")]),
    ("She appeared on Yahoo! The company said profits would rise.",
     [("profits would rise", "INDIRECT_QUOTE", "company")]),
    # a named addressee, then the reported clause's named subject and its finite verb
    ("A source told The Sun Ferne had been devastated.", [("Ferne had been devastated", "INDIRECT_QUOTE", "source")]),
    ("A friend told People Jennifer Aniston was thrilled.",
     [("Jennifer Aniston was thrilled", "INDIRECT_QUOTE", "friend")]),
    ("The analyst told The New York Times Boeing would cut jobs.",
     [("Boeing would cut jobs", "INDIRECT_QUOTE", "analyst")]),
    # (round 23; written here) "went on" closing the sentence after a quotation reports it, and the quotation after
    ('"We will rebuild," he went on. "This town is strong."',
     [("We will rebuild,", "DIRECT_QUOTE", None), ("This town is strong.", "DIRECT_QUOTE", None)]),
    ('"We will rebuild," Mayor Jane Hill went on.', [("We will rebuild,", "DIRECT_QUOTE", "Jane Hill")]),
    # (round 23; showbiz and local pages, sentences written here) past forms equal to their present end the subject;
    # a sentence adverb opens no subject; cue verbs the list lacked; an adjective after "One"
    ("The star quit the show, saying that she needed a break.", [("she needed a break", "INDIRECT_QUOTE", "star")]),
    ("The singer hit back at trolls, saying she was proud of her body.",
     [("she was proud of her body", "INDIRECT_QUOTE", "singer")]),
    ("Elsewhere, Adele spoke about her son, saying that he loves music.",
     [("he loves music", "INDIRECT_QUOTE", "Adele")]),
    ("One fan quizzed: “Why are you not on our screen?”",
     [("Why are you not on our screen?", "DIRECT_QUOTE", "One fan")]),
    ('"It was hard," continues Ryan.', [("It was hard,", "DIRECT_QUOTE", "Ryan")]),
    ('"I was wrong," she confessed.', [("I was wrong,", "DIRECT_QUOTE", None)]),
    ("The minister assured residents that the water was safe.",
     [("the water was safe", "INDIRECT_QUOTE", "minister")]),
    ("One concerned fan wrote on Reddit: “This is the worst season.”",
     [("This is the worst season.", "DIRECT_QUOTE", "One concerned fan")]),
    ("An ongoing investigation continues to determine whether stupidity was a factor.", []),  # (guard)
    ("We need to be reminded that he did not just speak.", []),  # (guard)
    ("Do they believe in mutual assured destruction?", []),  # (guard)
    # (round 23) a role or profession names the one person named just before (also after an age or a role); "she" is
    # no paper or venue
    ('Pop star Dua Lipa has revealed she almost quit music. "I was broke," the singer said.',
     [("she almost quit music", "INDIRECT_QUOTE", "Dua Lipa"), ("I was broke,", "DIRECT_QUOTE", "Dua Lipa")]),
    ('Councilor Maria Lopez said the noise was unbearable. "Change is hard," the councilor said.',
     [("the noise was unbearable", "INDIRECT_QUOTE", "Maria Lopez"), ("Change is hard,", "DIRECT_QUOTE", "Maria Lopez")]),
    ("Dua Lipa, 28, has revealed she almost quit music. The 28-year-old said her father persuaded her to keep going.",
     [("she almost quit music", "INDIRECT_QUOTE", "Dua Lipa"),
      ("her father persuaded her to keep going", "INDIRECT_QUOTE", "Dua Lipa")]),
    ('Resident Nancy Claudio said this is a concern. "I get scared," she said.',  # (round 23) a role noun the lists lack
     [("this is a concern", "INDIRECT_QUOTE", "Nancy Claudio"), ("I get scared,", "DIRECT_QUOTE", "Nancy Claudio")]),
    # (round 23) an abbreviation before the subject's postmodifier; an adverbial "in an interview" is no postmodifier
    ("The South African Police Service (SAPS) in Gauteng says it has arrested 930 suspects.",
     [("it has arrested 930 suspects", "INDIRECT_QUOTE", "South African Police Service (SAPS) in Gauteng")]),
    ("CEO Jim Ryan in an interview with the Post said the price was set early.",
     [("the price was set early", "INDIRECT_QUOTE", "Jim Ryan")]),
    # (round 23; written here) "citing" a reason is no source; citing people, bodies or documents is
    ("The airline canceled flights, citing a shortage of pilots.", []),
    ("He resigned, citing health reasons.", []),
    ("The bank raised rates, citing inflation.", []),
    ("Prices rose 5 percent, citing sources familiar with the matter.",  # (guard)
     [("Prices rose 5 percent", "INDIRECT_QUOTE", "sources familiar with the matter")]),
    ("The strike will go ahead, citing union leaders.",  # (guard)
     [("The strike will go ahead", "INDIRECT_QUOTE", "union leaders")]),
    # (round 22, Australian, Indian, Irish, sports and business pages; sentences written here) leading initials
    # open a name ("T.J. Ward" was "Ward", "said A.J. Brown" reported nothing: "A" was an article); a title's
    # complement before the name ("Speaker of the House Paul Ryan", "Minister for Home Affairs Peter Dutton"),
    # sports and arts roles, a place's initials before a title; a description in apposition after a name
    # gives that name to a later description ("The spokesman added"); "finds", "reckons"; inverted "alleges"
    ('"We will fight this," Speaker of the House Paul Ryan said on Tuesday.',
     [("We will fight this,", "DIRECT_QUOTE", "Paul Ryan")]),
    ('"We will act," Minister for Home Affairs Peter Dutton said.', [("We will act,", "DIRECT_QUOTE", "Peter Dutton")]),
    ('"We will act," Minister for Citizenship and Multicultural Affairs Alan Tudge said.',
     [("We will act,", "DIRECT_QUOTE", "Alan Tudge")]),
    ('"We will act," Secretary of State Antony Blinken said.',  # (guard)
     [("We will act,", "DIRECT_QUOTE", "Antony Blinken")]),
    ('"We will act," the University of California Board of Regents said.',  # (guard)
     [("We will act,", "DIRECT_QUOTE", "University of California Board of Regents")]),
    ('"We played hard," Panthers QB Cam Newton said after the game.', [("We played hard,", "DIRECT_QUOTE", "Cam Newton")]),
    ('"He is gone," Actor Amitabh Bachchan wrote.', [("He is gone,", "DIRECT_QUOTE", "Amitabh Bachchan")]),
    ('"We will act," Delhi CM Arvind Kejriwal said.', [("We will act,", "DIRECT_QUOTE", "Arvind Kejriwal")]),
    ('"Guilty," Magistrate Anshul Agarwal said.', [("Guilty,", "DIRECT_QUOTE", "Anshul Agarwal")]),
    ('"I did my job," T.J. Ward said. He added that the team played well.',
     [("I did my job,", "DIRECT_QUOTE", "T.J. Ward"), ("the team played well", "INDIRECT_QUOTE", "T.J. Ward")]),
    ('"Great," said A.J. Brown.', [("Great,", "DIRECT_QUOTE", "A.J. Brown")]),
    ("J.K. Rowling said the book was finished. Rowling added that she was tired.",
     [("the book was finished", "INDIRECT_QUOTE", "J.K. Rowling"), ("she was tired", "INDIRECT_QUOTE", "J.K. Rowling")]),
    ("A. J. Smith told reporters the game was over.", [("the game was over", "INDIRECT_QUOTE", "A. J. Smith")]),
    ("The case is closed, U.S. Attorney Peter Smith said.", [("The case is closed", "INDIRECT_QUOTE", "Peter Smith")]),
    ("The U.S. Steel board said the plant would close.",  # (guard: no person "S. Steel")
     [("the plant would close", "INDIRECT_QUOTE", "U.S. Steel board")]),
    ("Rescuers had searched the last of the cars, police Director-General Daljeet Chaudhary told NDTV.",
     [("Rescuers had searched the last of the cars", "INDIRECT_QUOTE", "Daljeet Chaudhary")]),
    ("John Smith, a spokesman for the company, said the plant was safe. The spokesman added that nobody was hurt.",
     [("the plant was safe", "INDIRECT_QUOTE", "John Smith"), ("nobody was hurt", "INDIRECT_QUOTE", "John Smith")]),
    ('"She was the light of our family," Maria Lopez, the victim\'s sister said.',
     [("She was the light of our family,", "DIRECT_QUOTE", "Maria Lopez")]),
    ("Speaking to the BBC, a spokesperson from the group said the march was peaceful. The spokesperson added that "
     "nobody was hurt.",  # (guard: the object of "Speaking to" has no apposition)
     [("the march was peaceful", "INDIRECT_QUOTE", "spokesperson from the group"),
      ("nobody was hurt", "INDIRECT_QUOTE", "spokesperson")]),
    ('Coach McCarthy: "We did not execute in the red zone."',
     [("We did not execute in the red zone.", "DIRECT_QUOTE", "McCarthy")]),
    ("Senator Kennedy said he favored aid for school construction.",  # (guard)
     [("he favored aid for school construction", "INDIRECT_QUOTE", "Kennedy")]),
    ("The study finds that coffee reduces the risk of diabetes.",
     [("coffee reduces the risk of diabetes", "INDIRECT_QUOTE", "study")]),
    ("She finds the dog in the garden.", []),  # (guard)
    ("QIC chief economist Matthew Peter reckons the RBA will still be cautious.",
     [("the RBA will still be cautious", "INDIRECT_QUOTE", "Matthew Peter")]),
    ('"Defendants reiterated their comments," alleges law firm Wolf Popper.',
     [("Defendants reiterated their comments,", "DIRECT_QUOTE", "Wolf Popper")]),
    # (round 22, third part) a second source after an addressee; "around" is a preposition; "mentions"; a
    # trailing attribution before a coordinated clause; "state" after a place's name is a noun; ", but said" after
    # a surname and a negated modal; a lower-case role after "and" in a coordinated subject
    ('"We have demand that exceeds our supply," Hood told analysts, according to a transcript of the call.',
     [("We have demand that exceeds our supply,", "DIRECT_QUOTE", "Hood")]),
    ('Altman said that "some stuff" reported around the departures was inaccurate.',
     [('"some stuff" reported around the departures was inaccurate', "INDIRECT_QUOTE", "Altman"),
      ("some stuff", "DIRECT_QUOTE", "Altman")]),
    ("Byrd mentions that he wanted residents to be heard.",
     [("he wanted residents to be heard", "INDIRECT_QUOTE", "Byrd")]),
    ("The plane was flying on course until it hit 900 feet, Landsberg said and then it started to turn.",
     [("The plane was flying on course until it hit 900 feet", "INDIRECT_QUOTE", "Landsberg")]),
    ("Rahul Srivastav, a police officer in Uttar Pradesh state, said injuries are greater at night.",
     [("injuries are greater at night", "INDIRECT_QUOTE", "Rahul Srivastav")]),
    ("The officer from Bihar state said the train was late.",
     [("the train was late", "INDIRECT_QUOTE", "officer from Bihar state")]),
    ("Freeland wouldn't speculate on new restrictions, but said all decisions would be guided by science.",
     [("all decisions would be guided by science", "INDIRECT_QUOTE", "Freeland")]),
    ("Sam Altman and former president Greg Brockman said they were shocked.",
     [("they were shocked", "INDIRECT_QUOTE", "Sam Altman and Greg Brockman")]),
    # (round 22, wire copy) adjuncts with an ordinal or a capitalised place that looks like a cue ("State"); a
    # role's employer after "from"; a surname before a description; "OPEC+"; a company's possessive after its
    # abbreviation; a longer adverbial between subject and cue; another cue's trailing attribution ends a report;
    # "von der Leyen"
    ("A vote would mean dissolution, Macron said during the first meeting.",
     [("A vote would mean dissolution", "INDIRECT_QUOTE", "Macron")]),
    ("The drills will continue, the governor said at Ohio State University.",
     [("The drills will continue", "INDIRECT_QUOTE", "governor")]),
    ("The drills will continue, the governor said in a Penn State release Wednesday.",
     [("The drills will continue", "INDIRECT_QUOTE", "governor")]),
    ("Prices will rise, said the analyst from Goldman Sachs.",
     [("Prices will rise", "INDIRECT_QUOTE", "analyst from Goldman Sachs")]),
    ("The EU will buy more oil, Hettle, an analyst, said.", [("The EU will buy more oil", "INDIRECT_QUOTE", "Hettle")]),
    ("The group has moved closer to a compromise, four OPEC+ sources told Reuters on Friday.",
     [("The group has moved closer to a compromise", "INDIRECT_QUOTE", "four OPEC+ sources")]),
    ("Intel Corp.'s chief said demand was strong last year.",
     [("demand was strong last year", "INDIRECT_QUOTE", "Intel Corp.'s chief")]),
    ('The junta, in a setback for diplomatic efforts by the bloc, said it would "positively" consider the offer.',
     [('it would "positively" consider the offer', "INDIRECT_QUOTE", "junta"), ("positively", "DIRECT_QUOTE", "junta")]),
    ("Hamas had told mediators that it was ready to resume talks, one official, who asked not to be named, told Reuters.",
     [("Hamas had told mediators that it was ready to resume talks", "INDIRECT_QUOTE", "one official"),
      ("it was ready to resume talks", "INDIRECT_QUOTE", "Hamas")]),
    ('Ursula von der Leyen arrived. "We are ready," von der Leyen said.',  # (guard)
     [("We are ready,", "DIRECT_QUOTE", "Ursula von der Leyen")]),
    # (round 22, US local news) a web address is one word ("told al.com"); a day's part after the cue; a
    # jurisdiction opening a bare source ("according to state figures"); "its own tweet", "a news report" are
    # nouns; an outer source after a report with its own content; a partial quotation as the reported subject;
    # coordinated and relative subjects of a bare content; a name with a parenthesis before its verb; a court
    # "ruled" after its report; a title right before a name inside a longer phrase; a place after the head
    ("The mayor told al.com a city police officer was killed.",
     [("a city police officer was killed", "INDIRECT_QUOTE", "mayor")]),
    ("The bank will leave rates on hold, Capital.com analyst Kyle Rodda said.",
     [("The bank will leave rates on hold", "INDIRECT_QUOTE", "Kyle Rodda")]),
    ("Classes are canceled Tuesday, the school district said Tuesday morning.",
     [("Classes are canceled Tuesday", "INDIRECT_QUOTE", "school district")]),
    ("Overdose deaths rose to 2,482 in 2014, according to state figures.",
     [("Overdose deaths rose to 2,482 in 2014", "INDIRECT_QUOTE", "state figures")]),
    ("The union said in its own tweet that it would begin picketing at 7 a.m.",
     [("it would begin picketing at 7 a.m", "INDIRECT_QUOTE", "union")]),
    ("According to a news report, “Police said officers later picked up two youths with a BB gun.”",
     [("Police said officers later picked up two youths with a BB gun.", "DIRECT_QUOTE", "news report")]),
    ("Analysts report that sales rose sharply.",  # (guard)
     [("sales rose sharply", "INDIRECT_QUOTE", "Analysts")]),
    ("At a news conference, the police chief said the killed officer was a 21-year veteran, according to WBRZ-TV.",
     [("the killed officer was a 21-year veteran", "INDIRECT_QUOTE", "police chief")]),
    ('Bharel said "too many people" are still dying of opioids.',
     [('"too many people" are still dying of opioids', "INDIRECT_QUOTE", "Bharel"),
      ("too many people", "DIRECT_QUOTE", "Bharel")]),
    ("Union leaders said teachers and students experienced burnout.",
     [("teachers and students experienced burnout", "INDIRECT_QUOTE", "Union leaders")]),
    ("Carney said people who vote for the bill will lose.",
     [("people who vote for the bill will lose", "INDIRECT_QUOTE", "Carney")]),
    ("Rep. Steven Palazzo said Cochran, as a top member of the committee, secured billions of dollars of relief.",
     [("Cochran, as a top member of the committee, secured billions of dollars of relief", "INDIRECT_QUOTE",
       "Steven Palazzo")]),
    ("Mayorkas broke the law when he wrote the rules, a federal judge ruled.",
     [("Mayorkas broke the law when he wrote the rules", "INDIRECT_QUOTE", "federal judge")]),
    ("The law is unconstitutional, the Supreme Court ruled on Monday.",
     [("The law is unconstitutional", "INDIRECT_QUOTE", "Supreme Court")]),
    ("Customs and Border Protection Commissioner Chris Magnus said the governors are lying.",
     [("the governors are lying", "INDIRECT_QUOTE", "Chris Magnus")]),
    ("U.S. Secretary of Education Miguel Cardona said the order does not stop relief.",
     [("the order does not stop relief", "INDIRECT_QUOTE", "Miguel Cardona")]),
    ("A federal judge in Boston said Thursday that ICE should not remove people.",
     [("ICE should not remove people", "INDIRECT_QUOTE", "federal judge in Boston")]),
    ("Under the Higher Education Act, the secretary said he could issue waivers.",
     [("he could issue waivers", "INDIRECT_QUOTE", "secretary")]),
    # (round 22, last part) people "on"/"in" a place keep it; a surname in -ly with an inner capital before a
    # coordinated cue; "reads" after a document noun
    ("Villagers on the Thai side of the river said heavy gunfire started before dawn.",
     [("heavy gunfire started before dawn", "INDIRECT_QUOTE", "Villagers on the Thai side of the river")]),
    ("McSally took the stage and told the president: “We are not crazy here.”",
     [("We are not crazy here.", "DIRECT_QUOTE", "McSally")]),
    ("“Today’s decision is a profound setback,” James’ statement reads.",
     [("Today’s decision is a profound setback,", "DIRECT_QUOTE", "James’ statement")]),
    ("He reads the newspaper every morning.", []),  # (guard)
    ("Analyst Virendra Chauhan said broader momentum trends, particularly the dollar's weakness, may support prices.",
     [("broader momentum trends, particularly the dollar's weakness, may support prices", "INDIRECT_QUOTE",
       "Virendra Chauhan")]),
    # an office or an age describes the one person named in the sentence before (not a coach)
    ('Harry Kane scored twice. "It was a good day," the England captain said.',
     [("It was a good day,", "DIRECT_QUOTE", "Harry Kane")]),
    ("Wes Streeting spoke to reporters. The health secretary said the NHS was broken.",
     [("the NHS was broken", "INDIRECT_QUOTE", "Wes Streeting")]),
    ('Sarah Smith won the race. "I am delighted," the 27-year-old said.',
     [("I am delighted,", "DIRECT_QUOTE", "Sarah Smith")]),
    ('Thomas Muller scored twice. "He was great," the coach said.',  # (guard)
     [("He was great,", "DIRECT_QUOTE", "coach")]),
    # (round 22, second part) a bare plural after "of" in the subject; an organisation shares its subject with a
    # coordinated cue; a subordinate clause fronted before a quotation is no report of its own; a partial quote
    # takes the cue before it, not the next coordinated clause's
    ("The board of directors said it was confident.", [("it was confident", "INDIRECT_QUOTE", "board of directors")]),
    ("A group of residents said the road was unsafe.", [("the road was unsafe", "INDIRECT_QUOTE", "group of residents")]),
    ("This woman lives in a world of make believe.", []),  # (guard)
    ("The company closed the plant and said it would keep the office.",
     [("it would keep the office", "INDIRECT_QUOTE", "company")]),
    ('Streeting stated that since this strike is different, "I am appealing to doctors to go to work."',
     [("I am appealing to doctors to go to work.", "DIRECT_QUOTE", "Streeting")]),
    ("He said that when he arrived, the house was on fire.",  # (guard: no quotation follows)
     [("when he arrived, the house was on fire", "INDIRECT_QUOTE", None)]),
    ('One commenter said the petition had been "vetted"; another said neighbours had cancelled sales.',
     [("the petition had been \"vetted\"", "INDIRECT_QUOTE", "One commenter"),
      ("vetted", "DIRECT_QUOTE", "One commenter"), ("neighbours had cancelled sales", "INDIRECT_QUOTE", "another")]),
    # (round 21, sports, court and business pages; sentences written here) a capitalised "Today" after a name is
    # part of it ("USA Today reported" was "USA"); shrugged/smiled/texted attribute a quotation; "the same thing",
    # "a lot of things" after "said" are objects, no report
    ("The deal is dead, USA Today reported.", [("The deal is dead", "INDIRECT_QUOTE", "USA Today")]),
    ("Smith today said the deal is dead.", [("the deal is dead", "INDIRECT_QUOTE", "Smith")]),  # (guard)
    ('"It is what it is," Pochettino shrugged.', [("It is what it is,", "DIRECT_QUOTE", "Pochettino")]),
    ('"We need to be better," McCarthy smiled.', [("We need to be better,", "DIRECT_QUOTE", "McCarthy")]),
    ("She smiled at the crowd.", []),  # (guard)
    ("Smith said the same thing last year.", []),
    ("Smith said a lot of things in that interview.", []),
    ("Smith said a lot of people were angry.",  # (guard: a clause)
     [("a lot of people were angry", "INDIRECT_QUOTE", "Smith")]),
    # (round 20; sentences written here) a short sentence of speech before its attribution is speech, not a
    # title, even when all its words are capitalised ('"Why?" she asked.' gave nothing)
    ('"Why?" she asked. "Because I can."',
     [("Why?", "DIRECT_QUOTE", None), ("Because I can.", "DIRECT_QUOTE", None)]),
    ("“Leave!” Sheriff Tom Banks shouted.", [("Leave!", "DIRECT_QUOTE", "Tom Banks")]),
    ("“No,” Smith said.", [("No,", "DIRECT_QUOTE", "Smith")]),
    ("“Absolutely,” said Jones.", [("Absolutely,", "DIRECT_QUOTE", "Jones")]),
    ("He called it “Jeopardy!” and laughed.", []),  # (guard: a title in a sentence, no cue after it)
    # (round 20; sentences written here) coordinated people speak together, each without a title, also after
    # a plural or an abbreviated title ("Senators John Thune and …" was "Senators John Thune"; "Sens. John Thune
    # and …" ended a sentence after "Sens.")
    ("Senators John Thune and Chuck Schumer said the deal was close.",
     [("the deal was close", "INDIRECT_QUOTE", "John Thune and Chuck Schumer")]),
    ("Sens. John Thune and Chuck Schumer said the deal was close.",
     [("the deal was close", "INDIRECT_QUOTE", "John Thune and Chuck Schumer")]),
    ("Mayor Eric Adams and Gov. Jane Hochul said in a joint statement that the subway was safe.",
     [("the subway was safe", "INDIRECT_QUOTE", "Eric Adams and Jane Hochul")]),
    ("The Department of Health and Human Services said the rule was final.",  # (guard: one name with "and")
     [("the rule was final", "INDIRECT_QUOTE", "Department of Health and Human Services")]),
    # (round 20, measles, wildfire, aviation and bank-failure pages; sentences written here) a cue word in a name or
    # after an article is no verb inside an apposition ("a state official", "the Texas Department of State Health
    # Services", "the Claims Office" gave no speaker, or the addressee)
    ('"We do not know the source," Jane Shuford, a state official, said.',
     [("We do not know the source,", "DIRECT_QUOTE", "Jane Shuford")]),
    ('"We do not know the source," Jane Shuford, commissioner of the state health department, told lawmakers.',
     [("We do not know the source,", "DIRECT_QUOTE", "Jane Shuford")]),
    ("Laura Anton, spokesperson for the Texas Department of State Health Services, said the agency sent out an alert.",
     [("the agency sent out an alert", "INDIRECT_QUOTE", "Laura Anton")]),
    ("Jane Doe, head of the Claims Office, said the office was closed.",
     [("the office was closed", "INDIRECT_QUOTE", "Jane Doe")]),
    # an according-to source keeps a name's second conjunct, an initialism, a participle with its adjunct and a
    # second noun ending the phrase ("the Centers for Disease Control", "the B", "an FAA-commissioned", "an
    # internal FAA safety" were the sources)
    ("One in five patients will be hospitalized, according to the Centers for Disease Control and Prevention.",
     [("One in five patients will be hospitalized", "INDIRECT_QUOTE", "Centers for Disease Control and Prevention")]),
    ("There are around 430 active wildfires, according to the B.C. Wildfire Service.",
     [("There are around 430 active wildfires", "INDIRECT_QUOTE", "B.C. Wildfire Service")]),
    ("The agency has fewer controllers than a decade ago, according to an FAA-commissioned report issued in November.",
     [("The agency has fewer controllers than a decade ago", "INDIRECT_QUOTE", "FAA-commissioned report")]),
    ("The supervisor was not watching, according to an internal FAA safety summary.",
     [("The supervisor was not watching", "INDIRECT_QUOTE", "internal FAA safety summary")]),
    ("The tax is a disaster, according to Professor Thomas Sowell and Dr. Walter Williams.",
     [("The tax is a disaster", "INDIRECT_QUOTE", "Thomas Sowell and Walter Williams")]),
    # a company's "Corp."/"Inc." before the verb ends no sentence (the sentence had no speaker)
    ("Regulators have closed the bank, the Federal Deposit Insurance Corp. announced Friday.",
     [("Regulators have closed the bank", "INDIRECT_QUOTE", "Federal Deposit Insurance Corp")]),
    # a time phrase or an adverbial after appositions between subject and verb, a fronted "Late on Tuesday,"
    ("The FAA last month said it would extend the cuts.", [("it would extend the cuts", "INDIRECT_QUOTE", "FAA")]),
    ("Smith earlier this year told reporters the plan was dead.", [("the plan was dead", "INDIRECT_QUOTE", "Smith")]),
    ("Michael Whitaker, a former deputy FAA administrator, at a Senate hearing said he would support a second academy.",
     [("he would support a second academy", "INDIRECT_QUOTE", "Michael Whitaker")]),
    ("Late on Tuesday, Saree, the Houthi military spokesman, said the group was responsible.",
     [("the group was responsible", "INDIRECT_QUOTE", "Saree")]),
    ("And of all nations, for Turkey to say that it is wrong to occupy other lands?",  # (guard: "for X to say")
     [("it is wrong to occupy other lands?", "INDIRECT_QUOTE", "Turkey")]),
    # (round 20, court, ceasefire and strike pages; sentences written here) the report runs on over a second
    # that-clause with a bare subject, "not X, but Y" and "including" before a lower-case word (each ended at the comma)
    ("Patel said that was a serious error, and that federal courts should be allowed to review such cases.",
     [("that was a serious error, and that federal courts should be allowed to review such cases", "INDIRECT_QUOTE",
       "Patel")]),
    ("The official noted that the proposal is not for an end to the war, but an extended ceasefire.",
     [("the proposal is not for an end to the war, but an extended ceasefire", "INDIRECT_QUOTE", "official")]),
    ("Smith said the goal was not to punish, but to protect the children.",
     [("the goal was not to punish, but to protect the children", "INDIRECT_QUOTE", "Smith")]),
    ("Smith said he was not guilty, but the jury disagreed.",  # (guard: a clause of its own after "but")
     [("he was not guilty", "INDIRECT_QUOTE", "Smith")]),
    ("Weingarten said the strike was planned because of a lack of resources, including frustration over class sizes.",
     [("the strike was planned because of a lack of resources, including frustration over class sizes",
       "INDIRECT_QUOTE", "Weingarten")]),
    ("Two former secretaries issued a report saying that fewer troops would be enough, including Mr. Carlucci.",
     [("fewer troops would be enough", "INDIRECT_QUOTE", None)]),  # (guard: a name after "including" is a source)
    # (round 20, Gaza-talks pages; sentences written here) a description opening the segments after the reported
    # clause speaks ("…, one official, who asked not to be named, told Reuters." had the speaker "Reuters" and the
    # official inside the report); a paper's name with "of" is the addressee ("told The Times of Israel" gave nothing)
    ("Hamas is ready to resume talks, one official, who asked not to be named, told Reuters.",
     [("Hamas is ready to resume talks", "INDIRECT_QUOTE", "one official")]),
    ("The proposal offered a ceasefire, an Israeli official told The Times of Israel.",
     [("The proposal offered a ceasefire", "INDIRECT_QUOTE", "Israeli official")]),
    # (round 20, election, council and storm pages; sentences written here) "with X saying/telling" has its own
    # subject (the sentence's subject spoke); "X did Y and said" is X's, the noun before "and" is the first verb's
    # object ("the site" spoke)
    ('Even his Cabinet was kept in the dark, with Home Secretary James Cleverly telling ITV "we get no notice".',
     [("we get no notice", "DIRECT_QUOTE", "James Cleverly")]),
    ('The mayor visited the site on Monday and said, "We will rebuild this neighborhood together."',
     [("We will rebuild this neighborhood together.", "DIRECT_QUOTE", "mayor")]),
    ('Keir Starmer spoke in London. Starmer reacted to the polls and said, "Every single vote counts."',
     [("Every single vote counts.", "DIRECT_QUOTE", "Keir Starmer")]),
    ("Oh yes, a president who equates them with protesters and says that they include good people.",  # (guard)
     [("they include good people", "INDIRECT_QUOTE", "president")]),
    # (round 20, measles, farm-aid and police pages; sentences written here) a bare singular subject with a present
    # verb and a partitive subject open a report without "that" (each gave nothing)
    ("Farm groups say relief remains necessary.", [("relief remains necessary", "INDIRECT_QUOTE", "Farm groups")]),
    ("The chief said footage shows the struggle.", [("footage shows the struggle", "INDIRECT_QUOTE", "chief")]),
    ("Officials say none of the people who got sick were vaccinated.",
     [("none of the people who got sick were vaccinated", "INDIRECT_QUOTE", "Officials")]),
    # (round 20, police-shooting pages; sentences written here) an attribution after a fronted adverbial, before
    # the clause with its own verb: both parts are reported (the clause was taken for an apposition)
    # (round 20, storm, port-strike, trial and central-bank pages; sentences written here) speaker names: chains of
    # short ranks, a middle initial "A.", a first name that is a word ("Will"), a body or an owner before a full
    # name, a company named after its country, "with" after a person, an honorific inside the phrase
    ('"We do not believe they are still alive," Rear Adm. Shannon Gilreath said.',
     [("We do not believe they are still alive,", "DIRECT_QUOTE", "Shannon Gilreath")]),
    ("The survivors were taken to a hospital, Lt. Col. John Smith said.",
     [("The survivors were taken to a hospital", "INDIRECT_QUOTE", "John Smith")]),
    ("That breaks down to 32 nonstudents and 80 students, NYPD Commissioner Edward A. Caban said.",
     [("That breaks down to 32 nonstudents and 80 students", "INDIRECT_QUOTE", "Edward A. Caban")]),
    ("The hospital had resumed accepting patients, Ardent spokesperson Will Roberts said.",
     [("The hospital had resumed accepting patients", "INDIRECT_QUOTE", "Will Roberts")]),
    ("Chairman of the U.S. Federal Reserve Jerome Powell said that he is very happy with the result.",
     [("he is very happy with the result", "INDIRECT_QUOTE", "Jerome Powell")]),
    ("The Environment Agency's Mark Scott said the pumps have been adequate.",
     [("the pumps have been adequate", "INDIRECT_QUOTE", "Mark Scott")]),
    ("British Airways says it is sorry for the delays.",
     [("it is sorry for the delays", "INDIRECT_QUOTE", "British Airways")]),
    ("British Prime Minister Keir Starmer said the vote was close.",  # (guard: a nationality as a title)
     [("the vote was close", "INDIRECT_QUOTE", "Keir Starmer")]),
    ('"Definitely a crazy weather day," said Buffalo Mayor Byron Brown with WBEN on Tuesday morning.',
     [("Definitely a crazy weather day,", "DIRECT_QUOTE", "Byron Brown")]),
    ('Speaking to MPs Mr Bailey said the decision was a "very close call".',
     [('the decision was a "very close call"', "INDIRECT_QUOTE", "Bailey"), ("very close call", "DIRECT_QUOTE", "Bailey")]),
    # two apostrophes as quotation marks (wire copy); a partial quotation with its comma inside the closing mark
    # before a trailing attribution is part of the report around it; reports without "that" after a finite
    # say-verb with a partitive or an adjective before a bare plural subject (each gave nothing)
    ("Lloyd's mother, Ursula Ward, cried as she said, ''Just like God has left his footprint on us.''",
     [("Just like God has left his footprint on us.", "DIRECT_QUOTE", "Ursula Ward")]),
    ('"The jury found that he was guilty,\'\' District Attorney Thomas Quinn said.',
     [("The jury found that he was guilty,", "DIRECT_QUOTE", "Thomas Quinn")]),
    ('Talks between the two sides are "at a standstill," officials said.',
     [('Talks between the two sides are "at a standstill,"', "INDIRECT_QUOTE", "officials"),
      ("at a standstill,", "DIRECT_QUOTE", "officials")]),
    ("Mayor Fred Standa said one side of town got hit worse than another.",
     [("one side of town got hit worse than another", "INDIRECT_QUOTE", "Fred Standa")]),
    ("Powell said political considerations play no role in Fed policy making.",
     [("political considerations play no role in Fed policy making", "INDIRECT_QUOTE", "Powell")]),
    ("Councilman Mitch Nowakowski said many of his neighbors told him about roof damage.",
     [("many of his neighbors told him about roof damage", "INDIRECT_QUOTE", "Mitch Nowakowski")]),
    # (round 20, strike, storm and central-bank pages) "it" is no person quoted before; a description matches an
    # abbreviated title seen with a name ("the governor" for "Gov. Tate Reeves"); an adjective and a noun-like cue
    # after an article or a possessive are a noun phrase ("his opening remarks" spoke); a bare role after an
    # according-to source is its apposition (the report ran over the source)
    ("Mark Nasr said that the airline has started talks. The union issued a strike notice. It said the airline had "
     "refused to bargain.",
     [("the airline has started talks", "INDIRECT_QUOTE", "Mark Nasr"),
      ("the airline had refused to bargain", "INDIRECT_QUOTE", None)]),
    ('Gov. Tate Reeves declared a state of emergency. "We will be here until the job is done," the governor said.',
     [("We will be here until the job is done,", "DIRECT_QUOTE", "Tate Reeves")]),
    ('Powell had reiterated in his opening remarks that the committee anticipates "ongoing increases."',
     [('the committee anticipates "ongoing increases."', "INDIRECT_QUOTE", "Powell"),
      ("ongoing increases.", "DIRECT_QUOTE", "Powell")]),
    ("The article states that Trump is a danger to the country.",  # (guard: a noun, then the verb)
     [("Trump is a danger to the country", "INDIRECT_QUOTE", "article")]),
    ("Nine people died in McNairy County, according to Patrick Sheehan, director of the emergency agency.",
     [("Nine people died in McNairy County", "INDIRECT_QUOTE", "Patrick Sheehan")]),
    # (part 23, port-strike pages) "he" after a sentence opened by titles and a new full name is that person, not
    # the speaker quoted before ("Republican presidential candidate Donald Trump also backed …" was Joe Biden's)
    ('President Joe Biden has rebuffed calls to intervene. "It is only fair," Biden said. Republican presidential '
     'candidate Donald Trump also backed the striking port workers. "American workers should be paid," he said.',
     [("It is only fair,", "DIRECT_QUOTE", "Joe Biden"), ("American workers should be paid,", "DIRECT_QUOTE", "Donald Trump")]),
    # (part 24, flood, crime and election pages) a whose-clause on the subject, a surname opening the sentence
    # before a past verb and "and said" (each gave nothing)
    ("A councillor whose town was completely cut off by flooding said she was in tears.",
     [("she was in tears", "INDIRECT_QUOTE", "councillor")]),
    ("The man whose car was stolen told police that he had left the keys inside.",
     [("he had left the keys inside", "INDIRECT_QUOTE", "man")]),
    ("Smith shook his head and said the team was ready.", [("the team was ready", "INDIRECT_QUOTE", "Smith")]),
    ("I see moms and dads whose children wear the uniform and they tell me the children are discouraged.",  # (guard)
     [("the children are discouraged", "INDIRECT_QUOTE", None)]),
    # (part 25, oil-spill pages) a clause of its own, the attribution, then a quotation: the clause is reported too;
    # "he"/"she" stand for no organisation or country ("he" was "Coast Guard")
    ('BP does not speak for the Coast Guard, he said, "and we are a long way from the response being complete."',
     [("BP does not speak for the Coast Guard", "INDIRECT_QUOTE", None),
      ("and we are a long way from the response being complete.", "DIRECT_QUOTE", None)]),
    ('When Senator Obama was first asked, he said, "Any place, any time."',  # (guard: a fronted adverbial clause)
     [("Any place, any time.", "DIRECT_QUOTE", None)]),
    ("At one point, the source said, the man began running toward the officers.",
     [("At one point", "INDIRECT_QUOTE", "source"),
      ("the man began running toward the officers", "INDIRECT_QUOTE", "source")]),
    ("Prices will rise, the agency said, a sign of trouble.",  # (guard: an apposition to the report)
     [("Prices will rise", "INDIRECT_QUOTE", "agency")]),
    # (round 20, Red Sea and Gaza-talks pages; sentences written here) a second source does not report what a cue
    # of its own sentence reports: "Citing …," before the paper's report, "according to X" after a trailing
    # attribution or a quotation's (each reported the other attribution inside its content); a clause coordinated
    # before "and according to" is the writer's; a noun closing a phrase after a preposition is no cue ("contrary
    # to the Houthi claims." reported the sentence); a reason after the attribution's adjuncts is no content
    ("Citing an unnamed source, the newspaper Haaretz reported that Israel had presented new demands.",
     [("Israel had presented new demands", "INDIRECT_QUOTE", "Haaretz")]),
    ("The attack used a booby-trapped boat, al-Maliki added, according to Al Arabiya.",
     [("The attack used a booby-trapped boat", "INDIRECT_QUOTE", "al-Maliki")]),
    ('"We are ready," he said, according to the paper. "We will win."',
     [("We are ready,", "DIRECT_QUOTE", None), ("We will win.", "DIRECT_QUOTE", None)]),
    ("The ship carried the flag of Malta and according to the Houthis was sailing to Israel.",
     [("was sailing to Israel", "INDIRECT_QUOTE", "Houthis")]),
    ("The firm told Reuters that the vessel was not damaged, contrary to the Houthi claims.",
     [("the vessel was not damaged, contrary to the Houthi claims", "INDIRECT_QUOTE", "firm")]),
    ("Analysts at the Federal Reserve estimate that prices will rise.",  # (guard: a verb before "that")
     [("prices will rise", "INDIRECT_QUOTE", "Analysts at the Federal Reserve")]),
    ('"The parties will hold talks," he said on condition of anonymity because he was not authorised to speak.',
     [("The parties will hold talks,", "DIRECT_QUOTE", None)]),
    # (round 19, part 4: AI-regulation pages; sentences written here) "expressed optimism/hope that" reports;
    # "one of the …" is an apposition; two fronted segments before the subject ("However, after …,")
    ("Visser expressed optimism that the rules could be amended.",
     [("the rules could be amended", "INDIRECT_QUOTE", "Visser")]),
    ("The minister expressed hope that talks would resume.", [("talks would resume", "INDIRECT_QUOTE", "minister")]),
    ("Anna Visser, one of the negotiators, said that the rules could be amended.",
     [("the rules could be amended", "INDIRECT_QUOTE", "Anna Visser")]),
    ("However, after a meeting with the commission, Dutch MEP Anna Visser, one of the Parliament's negotiators for "
     "the act, expressed optimism that the rules could be amended.",
     [("the rules could be amended", "INDIRECT_QUOTE", "Anna Visser")]),
    ("The team expressed confidence in the plan.", []),  # (guard: no clause, no act)
    # (round 19, part 2: strike pages; sentences written here) the words after an addressee verb up to a finite
    # verb are the reported clause's subject, not an addressee ("warned the strike is …" reported its own sentence;
    # "told me new developments were …" gave nothing)
    ('Health chiefs warned strikes are "unfair to patients".',
     [('strikes are "unfair to patients"', "INDIRECT_QUOTE", "Health chiefs"),
      ("unfair to patients", "DIRECT_QUOTE", "Health chiefs")]),
    ("Health chiefs warned the strike is unfair to patients.",
     [("the strike is unfair to patients", "INDIRECT_QUOTE", "Health chiefs")]),
    ("A city engineer told me new developments were straining the water supply.",
     [("new developments were straining the water supply", "INDIRECT_QUOTE", "city engineer")]),
    ("Health chiefs told Smith the strike was unfair.",  # (guard: a name is an addressee)
     [("the strike was unfair", "INDIRECT_QUOTE", "Health chiefs")]),
    ("Anyone telling you differently is wrong.", []),  # (guard: no subject after the pronoun)
    # "reported for duty" is no speech (the quotation after it took "who" as its speaker)
    ('The minister said the number of nurses who still reported for duty during the strike showed "the values of '
     'the profession".',
     [('the number of nurses who still reported for duty during the strike showed "the values of the profession"',
       "INDIRECT_QUOTE", "minister"), ("the values of the profession", "DIRECT_QUOTE", "minister")]),
    # a participle's subject is the name in apposition, not the description's first word ("Retired")
    ('Retired judge and author, Sir Alan Moore, left the panel, writing in a column: "I have served long enough."',
     [("I have served long enough.", "DIRECT_QUOTE", "Alan Moore")]),
    ("Something tells me the deal is dead.", []),  # a hunch: "Something" was a speaker
    # (round 19, storm, aviation and central-bank pages; sentences written here) the attribution after a quotation
    # that ends in "?" or "!" belongs to its sentence: it was split off, so the quotation had no cue and "warned
    # residents" reported its own clause
    ('"Get out now!" Mayor Ellen Ruiz warned residents at a briefing Friday.',
     [("Get out now!", "DIRECT_QUOTE", "Ellen Ruiz")]),
    ('Mayor Ellen Ruiz toured the shelter. "Why would anyone stay?" Ruiz asked.',
     [("Why would anyone stay?", "DIRECT_QUOTE", "Ellen Ruiz")]),
    # (guard: a quotation after its own attribution keeps it; the next speaker's words are the next speaker's)
    ('The officer asked, "Did you see him?" The driver said, "No, I did not."',
     [("Did you see him?", "DIRECT_QUOTE", "officer"), ("No, I did not.", "DIRECT_QUOTE", "driver")]),
    # a jurisdiction before a title ("state", "county") was no part of the speaker, so the trailing attribution
    # had none; "state" after "and" is a modifier, not a verb; "Sheriff" is a title
    ("Traffic is heavier than normal, state Transportation Secretary Christy Hall said.",
     [("Traffic is heavier than normal", "INDIRECT_QUOTE", "Christy Hall")]),
    ("Traffic is heavier than normal, state Department of Transportation Secretary Christy Hall said.",
     [("Traffic is heavier than normal", "INDIRECT_QUOTE", "Christy Hall")]),
    ("Water levels are rising, county Sheriff Tom Banks said.",
     [("Water levels are rising", "INDIRECT_QUOTE", "Tom Banks")]),
    ("Water levels are rising, said state Sen. Dana Cole.", [("Water levels are rising", "INDIRECT_QUOTE", "Dana Cole")]),
    ("The storm passed, and state officials said repairs would take months.",
     [("repairs would take months", "INDIRECT_QUOTE", "state officials")]),
    # a fronted adverbial before a subject with a relative clause: nothing was found
    ("In his testimony, Calhoun, who plans to retire, acknowledged that the company had erred.",
     [("the company had erred", "INDIRECT_QUOTE", "Calhoun")]),
    ("On Tuesday, the mayor, who took office in May, said that the budget was balanced.",
     [("the budget was balanced", "INDIRECT_QUOTE", "mayor")]),
    # "following" and "amid" open adjuncts after a cue ("the storm that the shelters were full" was the content,
    # and '"…," Cole said at a news conference following the board meeting' reported "the board meeting")
    ("Banks said at a briefing following the storm that the shelters were full.",
     [("the shelters were full", "INDIRECT_QUOTE", "Banks")]),
    ('"We are not out of danger," Cole said at a news conference following the county board meeting.',
     [("We are not out of danger,", "DIRECT_QUOTE", "Cole")]),
    # a participle with its agent belongs to an according-to source: after a quotation it was a report of its own
    # ("released by the state auditor"), and "her prepared remarks" lost its head at the participle
    ('"This was preventable," according to a report released by the state auditor.',
     [("This was preventable,", "DIRECT_QUOTE", "report released by the state auditor")]),
    ("The river will crest on Sunday, according to excerpts of her prepared remarks obtained by reporters.",
     [("The river will crest on Sunday", "INDIRECT_QUOTE", "excerpts of her prepared remarks obtained by reporters")]),
    # (round 18, trade-war and court pages, sentences written here) a middle initial belongs to the name the
    # pronoun continues (the entity was "Merrick B" and "he" the court's); "went on to say" has the subject's
    # speaker (nothing was found); the last item of a list after ", and" is part of the content; "she" is no
    # statement (it continued "a statement from the White House")
    ("Attorney General Merrick B. Garland released a statement after the court's decision. \"We strongly "
     "disagree,\" he said.",
     [("We strongly disagree,", "DIRECT_QUOTE", "Merrick B. Garland")]),
    ("Treasury Secretary Steven Mnuchin went on to say that the talks had stalled.",
     [("the talks had stalled", "INDIRECT_QUOTE", "Steven Mnuchin")]),
    ("The ministry said the tariffs would apply to pork, wine, fruit, and steel.",
     [("the tariffs would apply to pork, wine, fruit, and steel", "INDIRECT_QUOTE", "ministry")]),
    ("The ministry said the tariffs would hit pork, wine, and the move would hurt farmers.",  # (guard: a clause)
     [("the tariffs would hit pork, wine", "INDIRECT_QUOTE", "ministry")]),
    # (auto-strike pages) a document "reads" the quotation right before it or after a colon (the speaker was the
    # previous sentence's); a second that-clause after ", and that" is part of the report; the addressee of
    # "told" takes no title from the words before the cue ("the source" resolved to "ABC News")
    ("Ford issued an update. \"Our production system is highly interconnected,\" the statement read.",
     [("Our production system is highly interconnected,", "DIRECT_QUOTE", "statement")]),
    ("The sign reads: \"No entry.\"", [("No entry.", "DIRECT_QUOTE", "sign")]),
    ("Fain said the union would not back down, and that it will pay workers laid off.",
     [("the union would not back down, and that it will pay workers laid off", "INDIRECT_QUOTE", "Fain")]),
    ("He said the plan failed, and that is why he quit.",  # (guard: a demonstrative "that")
     [("the plan failed", "INDIRECT_QUOTE", None)]),
    ("The union held talks with Ford, a union source told ABC News. The talks were \"reasonably productive,\" the "
     "source said.",
     [("The union held talks with Ford", "INDIRECT_QUOTE", "union source"),
      # (round 20: the sentence around a partial quotation with its comma inside the mark is reported too)
      ('The talks were "reasonably productive,"', "INDIRECT_QUOTE", "source"),
      ("reasonably productive,", "DIRECT_QUOTE", "source")]),
    # (border pages) a cue inside a fronted "even though" clause reports up to the comma inside the quotation that
    # closes the clause, and the partial quotation is that cue's, not the next clause's ('…," the secretary claimed
    # the border is …' took it); a bare time phrase after a trailing cue is no content ("the next day")
    ("But even though he acknowledged the situation is a \"historic challenge,\" the secretary claimed the border "
     "is secure.",
     [("the situation is a \"historic challenge,\"", "INDIRECT_QUOTE", None),
      ("historic challenge,", "DIRECT_QUOTE", None),
      ("the border is secure", "INDIRECT_QUOTE", "secretary")]),
    ("\"We will win,\" Trump said the next day.", [("We will win,", "DIRECT_QUOTE", "Trump")]),
    ("Trump said last week that the talks had failed.", [("the talks had failed", "INDIRECT_QUOTE", "Trump")]),
    ("He said the next day would be decisive.",  # (guard: the phrase opens the content)
     [("the next day would be decisive", "INDIRECT_QUOTE", None)]),
    # (missile-launch pages) "cited X as saying" has X speak (the speaker was the agency); an initialism's full
    # stops and a partial quotation opening with the verb do not end a bare content after an addressee (nothing
    # was found)
    ("Yonhap news agency cited military officials as saying that the missile fell into the sea.",
     [("the missile fell into the sea", "INDIRECT_QUOTE", "military officials")]),
    ("An official told reporters the U.S. is not surprised.",
     [("the U.S. is not surprised", "INDIRECT_QUOTE", "official")]),
    ("An official told CBS News the U.S. \"is not surprised\" by the launch.",
     [("the U.S. \"is not surprised\" by the launch", "INDIRECT_QUOTE", "official"),
      ("is not surprised", "DIRECT_QUOTE", "official")]),
    # (climate-accord pages) a sentence-initial "But"/"And" before an apposition's head (nothing was found), and
    # praise with a quotation ('applauded Trump "for …"' had the speaker of the sentence before)
    ("But Merkel, whose country hosts the summit, said it was time to look ahead.",
     [("it was time to look ahead", "INDIRECT_QUOTE", "Merkel")]),
    ("Trump spoke first. Senator Mitch McConnell applauded Trump \"for dealing another blow to the old rules.\"",
     [("for dealing another blow to the old rules.", "DIRECT_QUOTE", "Mitch McConnell")]),
    ("Brenda Walsh spoke first. A statement from the agency said the rules were needed. She said the rules "
     "would help.",
     [("the rules were needed", "INDIRECT_QUOTE", "statement from the agency"),
      ("the rules would help", "INDIRECT_QUOTE", "Brenda Walsh")]),
    # (round 17, Senate-vote pages, sentences written here) an abbreviated title opening the sentence is part of the
    # subject a participle cue takes ("Sen. Ted Cruz called …, declaring" had the speaker "Sen"); an act whose
    # participle reports its content is no second quote ("issued a statement saying …"); a short time clause
    # between the cue and "that" is no part of the content ("said … as the vote began that …")
    ("Sen. Ted Cruz called on Republicans to reject the vote on Friday, declaring that doing otherwise would be a "
     "vote for the law.",
     [("Sen. Ted Cruz called on Republicans to reject the vote on Friday", "INDIRECT_QUOTE", "Ted Cruz"),
      ("doing otherwise would be a vote for the law", "INDIRECT_QUOTE", "Ted Cruz")]),
    ("Flake issued a statement saying he would have voted against cloture.",
     [("he would have voted against cloture", "INDIRECT_QUOTE", "Flake")]),
    ("Boss said in a statement as the vote began that Republicans were blocking relief.",
     [("Republicans were blocking relief", "INDIRECT_QUOTE", "Boss")]),
    ("The spokesman said in a statement after the meeting ended that the talks would continue.",  # (guard)
     [("the talks would continue", "INDIRECT_QUOTE", "spokesman")]),
    # a coordinated clause after a comma opens the subject before a participle apposition (", but a senior
    # adviser, speaking on condition of anonymity, said" gave nothing); a past tense after a capitalised name is
    # the verb ("The White House pushed back …, calling it" had the speaker "The White House pushed"); "…,
    # without offering any evidence" is the writer's remark, no part of the content
    ("The campaign did not respond, but a senior adviser, speaking on condition of anonymity, said the candidate "
     "would not change course.",
     [("the candidate would not change course", "INDIRECT_QUOTE", "senior adviser")]),
    ('The White House pushed back against the report, calling it "fake news."',
     [("fake news.", "DIRECT_QUOTE", "White House")]),
    ("Trump has repeatedly claimed that millions of people voted illegally, without offering any evidence.",
     [("millions of people voted illegally", "INDIRECT_QUOTE", "Trump")]),
    ("A White House official said the talks had stalled.",  # (guard: a lower-case head noun)
     [("the talks had stalled", "INDIRECT_QUOTE", "White House official")]),
    # a show in title case after its network's possessive is a title, not a quotation, and the report after it
    # is found ('told CNN's "State of the Union" on Sunday that …' gave the title as the quote and no content)
    ('Priebus told CNN\'s "State of the Union" on Sunday that the party would unite behind the nominee.',
     [("the party would unite behind the nominee", "INDIRECT_QUOTE", "Priebus")]),
    ('Priebus said on NBC\'s "Meet the Press" that the party would unite.',
     [("the party would unite", "INDIRECT_QUOTE", "Priebus")]),
    ('Priebus told ABC\'s "This Week" that the party would unite.',  # (guard: all capitalised, found before)
     [("the party would unite", "INDIRECT_QUOTE", "Priebus")]),
    # "called on X to …" is a demand, like "called for" (it gave nothing); not a day after "on"
    ("Cruz called on Senate Republicans to reject the bill.",
     [("Cruz called on Senate Republicans to reject the bill", "INDIRECT_QUOTE", "Cruz")]),
    ("He called on Monday to complain.", []),  # (guard)
    # an act in a coordinated clause after ", and"/", but" is that clause, not the whole sentence (the act "he
    # urged voters …" was dropped as a span around the earlier report)
    ("Mr. Obama told the audience that the country was better off, and he urged voters to reject Mr. Trump.",
     [("the country was better off", "INDIRECT_QUOTE", "Obama"),
      ("he urged voters to reject Mr. Trump", "INDIRECT_QUOTE", "Obama")]),
    ("The economy is growing, but Republicans criticized the plan.",
     [("Republicans criticized the plan", "INDIRECT_QUOTE", "Republicans")]),
    # a capitalised word inside a noun phrase is no verb: "a State Department official" had no speaker ("state" is
    # a cue form)
    ('"We are monitoring the situation," a State Department official said.',
     [("We are monitoring the situation,", "DIRECT_QUOTE", "State Department official")]),
    ("A State Department official said the talks had stalled.",
     [("the talks had stalled", "INDIRECT_QUOTE", "State Department official")]),
    ("State media said the talks had stalled.",  # (guard: opening the sentence)
     [("the talks had stalled", "INDIRECT_QUOTE", "State media")]),
    # a place's where-clause between the subject and its cue is an apposition ("Officials in Florida, where …, said"
    # gave nothing); the writer's comment after a report ("…, a charge the Kremlin denies", "…, an accusation
    # officials rejected") is no part of it and no trailing attribution (the comment spoke the sentence)
    ("Officials in Florida, where the race is tight, said turnout was higher than expected.",
     [("turnout was higher than expected", "INDIRECT_QUOTE", "Officials in Florida")]),
    ("The Clinton campaign has accused Russia of hacking emails, a charge the Kremlin denies.",
     [("The Clinton campaign has accused Russia of hacking emails", "INDIRECT_QUOTE", "Clinton campaign")]),
    ("Trump said the election was rigged, an accusation election officials rejected.",
     [("the election was rigged", "INDIRECT_QUOTE", "Trump")]),
    ("A warning said the storm was coming.",  # (guard: a message speaks)
     [("the storm was coming", "INDIRECT_QUOTE", "warning")]),
    # a report inside a non-restrictive relative clause ends with the clause
    ("The bill, which Democrats say would cut taxes for the wealthy, passed the House on a party-line vote.",
     [("would cut taxes for the wealthy", "INDIRECT_QUOTE", "Democrats")]),
    # a show in quotation marks as the addressee ('told "Fox News Sunday" that …' gave nothing)
    ('Pence told "Fox News Sunday" that Trump would accept the results.',
     [("Trump would accept the results", "INDIRECT_QUOTE", "Pence")]),
    ('He said the choice was clear: "We will win this race."',
     [("the choice was clear", "INDIRECT_QUOTE", None), ("We will win this race.", "DIRECT_QUOTE", None)]),
    # (round 16, hurricane and layoff pages) a state before an abbreviated title opens the trailing speaker
    # ("Florida Gov. Ron DeSantis said" gave nothing); a comma inside a quotation does not end the content; "a.m."
    # before a day or a time zone ends no sentence; a source's apposition to the sentence end is no part of the
    # report ("…, according to X, a professor at …"); "urged X not to …" is the act and "vowed not to …" its
    # infinitive; the part of a day after its name lies between the subject and its verb
    ("Ian will make landfall near Sarasota on Wednesday night, Florida Gov. Ron DeSantis said during a briefing.",
     [("Ian will make landfall near Sarasota on Wednesday night", "INDIRECT_QUOTE", "Ron DeSantis")]),
    ('Admiral Jane McPherson warned it would be a "very dangerous, life-threatening storm."',
     [("very dangerous, life-threatening storm.", "DIRECT_QUOTE", "Jane McPherson"),
      ('it would be a "very dangerous, life-threatening storm."', "INDIRECT_QUOTE", "Jane McPherson")]),
    ("The governor stated lane reversals would begin at 11:00 a.m. Tuesday on Interstate 26.",
     [("lane reversals would begin at 11:00 a.m. Tuesday on Interstate 26", "INDIRECT_QUOTE", "governor")]),
    ("Memos use a pet name, according to Ayelet Fishbach, a professor at the University of Chicago's Booth School.",
     [("Memos use a pet name", "INDIRECT_QUOTE", "Ayelet Fishbach")]),
    ("Gov. Roy Cooper Monday evening urged residents not to delay preparations.",
     [("Gov. Roy Cooper Monday evening urged residents not to delay preparations", "INDIRECT_QUOTE", "Roy Cooper")]),
    ("The Republicans vowed not to work with him.",
     [("not to work with him", "INDIRECT_QUOTE", "Republicans")]),
    ("Cooper did not urge residents to leave.", []),  # (guard: a negated act)
    # a finding verb after a finding noun reports a bare clause too ("Court records show the company paid …"
    # gave nothing: "show"/"found" needed "that"); not "Police found the body …"
    ("Court records show the company paid $2 million to the consultant.",
     [("the company paid $2 million to the consultant", "INDIRECT_QUOTE", "Court records")]),
    ("The study found women were more likely to vote.",
     [("women were more likely to vote", "INDIRECT_QUOTE", "study")]),
    ("Police found the body was in a river.", []),  # (guard)
    # (round 15, business and court pages) an outlet noun before a one-word name opens the trailing speaker
    # ("tech site Recode": the attribution was inside the content); a plural noun-like cue right before a cue
    # verb is the speaker's noun ("media reports said"); "said he is aware that …": the clause starts right
    # after the cue, "that" is its own; "state if" is no cue
    ("The layoffs will affect engineers, tech site Recode reported Friday.",
     [("The layoffs will affect engineers", "INDIRECT_QUOTE", "Recode")]),
    ("Twitter will begin laying off employees next week, media reports said Friday.",
     [("Twitter will begin laying off employees next week", "INDIRECT_QUOTE", "media reports")]),
    ("The prosecutor said he is aware that his conduct is dangerous.",
     [("he is aware that his conduct is dangerous", "INDIRECT_QUOTE", "prosecutor")]),
    ("The prosecutor said a defendant has the required mental state if he is aware that his conduct is dangerous.",
     [("a defendant has the required mental state if he is aware that his conduct is dangerous", "INDIRECT_QUOTE",
       "prosecutor")]),
    ("He told the reporters that the plan had failed.",  # (guard)
     [("the plan had failed", "INDIRECT_QUOTE", None)]),
    # an irregular participle after an according-to source ("an email sent to all staff") is the source's
    # modifier, not content; a possessive with a lone apostrophe opens the speaker ("Jones' petition")
    ("According to an email sent to all staff this morning, the company will cut 336 jobs.",
     [("the company will cut 336 jobs", "INDIRECT_QUOTE", None)]),
    ("Jones' petition claimed that the prosecutor discriminated against Jones.",
     [("the prosecutor discriminated against Jones", "INDIRECT_QUOTE", None)]),
    # (political news pages) a possessive subject of a participle cue takes its head noun when that is a person
    # or a body ("Trump's re-election campaign", not "Trump's"); "No. 2" and "(Ky.)" inside appositions end no
    # sentence and no apposition; the name before a gerund after "despite" is its own subject
    ("Trump's re-election campaign released a statement Saturday night, saying the rally would go ahead.",
     [("the rally would go ahead", "INDIRECT_QUOTE", "Trump's re-election campaign")]),
    ("Sen. John Cornyn (R-Texas), McConnell's No. 2, said on Monday that an apology would be appropriate.",
     [("an apology would be appropriate", "INDIRECT_QUOTE", "John Cornyn")]),
    ("Several GOP senators, including Majority Leader Mitch McConnell (Ky.), said the issue did not come up.",
     [("the issue did not come up", "INDIRECT_QUOTE", "Several GOP senators")]),
    ("The senator voted for the bill, despite Trump reportedly telling him that it would fail.",
     [("it would fail", "INDIRECT_QUOTE", "Trump")]),
    # (Fed pages) the subject of "continue to" / "began to" speaks the cue after it; a noun-like cue in its base
    # form after a plural person noun opening the clause is a verb ("policymakers estimate"); "so that" opens
    # no content
    ("Most forecasters continue to predict that a rate hike is unlikely until next year.",
     [("a rate hike is unlikely until next year", "INDIRECT_QUOTE", "Most forecasters")]),
    ("Similarly, Fed policymakers estimate inflation will be 1.5% to 1.6% this year.",
     [("inflation will be 1.5% to 1.6% this year", "INDIRECT_QUOTE", "Fed policymakers")]),
    ("The analysts estimate was too low.", []),  # (guard)
    # (written here) adjectives of conviction after "be" before "that" report the clause (no passive: the
    # subject speaks), not with an impersonal subject or a negation
    ("The senator is convinced that the bill will pass.", [("the bill will pass", "INDIRECT_QUOTE", "senator")]),
    ("Officials are concerned that the virus could spread.",
     [("the virus could spread", "INDIRECT_QUOTE", "Officials")]),
    ("Health experts remain worried that the virus could spread.",
     [("the virus could spread", "INDIRECT_QUOTE", "Health experts")]),
    ("It is certain that the plan failed.", []),
    ("I'm deeply concerned that judges are making those decisions.",
     [("judges are making those decisions", "INDIRECT_QUOTE", None)]),
    ("I'm sure that angers them both.", []),
    ("The senator is not convinced that the bill will pass.", []),
    # (campaign news pages) participles of common cues before "that" ("CNN is reporting that", "acknowledging
    # that"), not as nouns ("biased reporting and …", "denying evolution and …"); "quoted X, <apposition>, as
    # saying" and the passive "was quoted as saying"; a postmodifier after a title abbreviation ("Supporters of
    # Sen. Hillary Clinton")
    ("CNN is reporting that formal talks have begun between the two campaigns.",
     [("formal talks have begun between the two campaigns", "INDIRECT_QUOTE", "CNN")]),
    ("The senator spoke at length, acknowledging that the bill had flaws.",
     [("the bill had flaws", "INDIRECT_QUOTE", "senator")]),
    ("Many of us are fed up with biased reporting and how the media tries to act like they are in control.", []),
    ("The network quoted Bill Burton, national spokesman for Obama's campaign, as saying that the talks failed.",
     [("the talks failed", "INDIRECT_QUOTE", "Bill Burton")]),
    ("But one insider was quoted as saying that the talks had failed.",
     [("the talks had failed", "INDIRECT_QUOTE", "one insider")]),
    ("Supporters of Sen. Hillary Clinton said they are seeking an exit.",
     [("they are seeking an exit", "INDIRECT_QUOTE", "Supporters of Sen. Hillary Clinton")]),
    # (budget news pages) longer apposition chains and two-part state tags ("D-W.Va."); names listed between
    # commas; a count before the head ("Two other Republicans"); a possessive with its apostrophe alone before
    # a quoted show title after "told"
    ("Even with Sen. Joe Manchin, D-W.Va., backing the bill, Senate Majority Leader Chuck Schumer, D-N.Y., said "
     "the bill will be dead on arrival.",
     [("the bill will be dead on arrival", "INDIRECT_QUOTE", "Chuck Schumer")]),
    ("Two other Republicans, Warren Davidson of Ohio and Marjorie Taylor Greene of Georgia, indicated that they "
     "would vote no.", [("they would vote no", "INDIRECT_QUOTE", "Republicans")]),
    ("The bill is expected to pass the House this week, McCarthy told Fox News' \"Sunday Morning Futures\" on Sunday.",
     [("The bill is expected to pass the House this week", "INDIRECT_QUOTE", "McCarthy")]),
    # (written here, wire style) the subject of "is expected / set to" speaks the cue after "to"
    ("Theresa May is expected to tell the conference that the government is committed to a smooth transition.",
     [("the government is committed to a smooth transition", "INDIRECT_QUOTE", "Theresa May")]),
    ("The bill is expected to pass the House this week.", []),  # (guard)
    # a noun-like cue after a possessive is a noun ('called Trump's comments "dangerous"' had the speaker "Trump's")
    ('Kaine, speaking in Philadelphia, called Trump\'s comments "dangerous."',
     [("dangerous.", "DIRECT_QUOTE", "Kaine")]),
    ("Tech Rebel's claims that net neutrality will bring about a paradise are naive.",  # (guard: "that" follows)
     [("net neutrality will bring about a paradise are naive", "INDIRECT_QUOTE", "Tech Rebel's")]),
    # an appositive comment with its own source ends the report ("…, a move that voting rights groups warn …")
    ("Supporters say they plan to watch polling places in some areas, a move that voting rights groups warn could "
     "amount to intimidation.", [("they plan to watch polling places in some areas", "INDIRECT_QUOTE", "Supporters")]),
    ("She said the company had a plan, a strategy that worked well last year.",  # (guard: no source in it)
     [("the company had a plan, a strategy that worked well last year", "INDIRECT_QUOTE", None)]),
    # a subject pronoun and a finite verb are a whole two-word clause ("Pence said he disagreed" gave nothing)
    ("Asked about the remarks, Pence said he disagreed.", [("he disagreed", "INDIRECT_QUOTE", "Pence")]),
    ("Pence said he would.", [("he would", "INDIRECT_QUOTE", "Pence")]),
    ("Pence said reporters.", []),  # (guard)
    # a title with its "of" heads a description ("the former secretary of state said" had no speaker)
    ('"That is a direct threat to our democracy," the former secretary of state said.',
     [("That is a direct threat to our democracy,", "DIRECT_QUOTE", "former secretary of state")]),
    ("The head of state said the talks had failed.", [("the talks had failed", "INDIRECT_QUOTE", "head of state")]),
    # (a guard from English TRAIN: with "continue to" it had gained a content after "so that")
    ("We'll continue to insist on excellence in every classroom so that our children have a chance.", []),
    # (round 14, campaign news pages) a capitalised time noun inside a name ("The Dallas Morning News"); a
    # noun-like cue after a preposition is a noun, its preposition no speaker ("Despite reports that …")
    ("The Dallas Morning News reported that the senator would run.",
     [("the senator would run", "INDIRECT_QUOTE", "Dallas Morning News")]),
    ("Despite reports that the senator is making moves to end his bid, the campaign says it's not true.",
     [("it's not true", "INDIRECT_QUOTE", "campaign")]),
    # a verb that otherwise reports only with "that" closes a sentence as a trailing attribution
    ("Sanders supporters remain skeptical of Clinton, polls show.",
     [("Sanders supporters remain skeptical of Clinton", "INDIRECT_QUOTE", "polls")]),
    ("Most voters want change, a new survey shows.", [("Most voters want change", "INDIRECT_QUOTE", "new survey")]),
    ("He wrote what he found.", []),
    # a person named in full opening the sentence is the "he" of its trailing cue, over the speaker before
    # (the first name must be known as one: the list has more common first names now)
    ("Jordan Russell said the race was over. Corey Lewandowski will not run for Senate in New Hampshire, he "
     "said Tuesday.",
     [("the race was over", "INDIRECT_QUOTE", "Jordan Russell"),
      ("Corey Lewandowski will not run for Senate in New Hampshire", "INDIRECT_QUOTE", "Corey Lewandowski")]),
    # (round 13, TRAIN diff) a pronoun, an adverb and a cue after a comma open a report of their own
    ("I firmly believe the rules are fair, I also believe that the judges were wrong.",
     [("the rules are fair", "INDIRECT_QUOTE", None), ("the judges were wrong", "INDIRECT_QUOTE", None)]),
    # (round 13, written here) a bare plural subject and a plain present-tense verb open the bare complement
    ("The mayor says residents deserve better.", [("residents deserve better", "INDIRECT_QUOTE", "mayor")]),
    ("Doctors say patients often wait for hours.", [("patients often wait for hours", "INDIRECT_QUOTE", "Doctors")]),
    # (round 13, a class seen on PolNeAR's annotator-training articles; sentences written here) a noun phrase
    # added to the subject between commas, then the verb: the report goes on past the parenthesis
    ("The mayor says the budget, and its funding gap, remain a concern for the city.",
     [("the budget, and its funding gap, remain a concern for the city", "INDIRECT_QUOTE", "mayor")]),
    ("The mayor said the budget was balanced, and the council agreed.",
     [("the budget was balanced", "INDIRECT_QUOTE", "mayor")]),
    # (round 13, TRAIN sample) "that" before a negated auxiliary is the subject; a noun-like cue form after
    # a quantifier is a noun
    ("Most Americans would say that doesn't make any sense.",
     [("that doesn't make any sense", "INDIRECT_QUOTE", "Most Americans")]),
    ("Arkansas is one of the few states that doesn't have any civil rights legislation.", []),
    # (round 13, campaign news written here) "Asked …," opening a sentence is a question put to the subject,
    # no source; the writer's "…, an assertion that …" after a report is no part of it
    ("Asked on CNN whether he would reconsider, Trump said no.", []),
    ("The billionaire has repeatedly claimed that thousands of people cheered the attacks, an assertion that "
     "has been widely debunked.", [("thousands of people cheered the attacks", "INDIRECT_QUOTE", None)]),
    # (round 13, war report written here) an approximator opens the content; hyphenated titles
    ("The U.N. human rights office said at least 12 civilians were killed last week.",
     [("at least 12 civilians were killed last week", "INDIRECT_QUOTE", "U.N. human rights office")]),
    ("NATO Secretary-General Mark Rutte said the alliance would support Ukraine.",
     [("the alliance would support Ukraine", "INDIRECT_QUOTE", "Mark Rutte")]),
    ("President-elect Donald Trump said he would act fast.", [("he would act fast", "INDIRECT_QUOTE", "Donald Trump")]),
    # (round 13, business pages) the object of a quoting verb speaks: "quoted X as saying", "quotes X,
    # <apposition>, saying"; a bare ", saying" after the object is the subject's own participle
    ("Reuters quoted a senior official as saying that the deal was off.",
     [("the deal was off", "INDIRECT_QUOTE", "senior official")]),
    ("Bloomberg quotes Brian Yarbrough, analyst at Edward Jones & Co., saying, \u201cSales were disappointing.\u201d",
     [("Sales were disappointing.", "DIRECT_QUOTE", "Brian Yarbrough")]),
    ("The senator quoted the Bible, saying it was perfectly clear.",
     [("it was perfectly clear", "INDIRECT_QUOTE", "senator")]),
    # a rule-like noun after adjectives is no source either
    ("Profit was 7 cents a share, according to a nonstandard metric that analysts use.", []),
    # (round 13, congressional news written for these tests) a lawmaker's party and state between commas
    ("Sen. Rand Paul, R-Ky., said he would vote against the bill.",
     [("he would vote against the bill", "INDIRECT_QUOTE", "Rand Paul")]),
    ("Sen. Jack Reed, D-R.I., said the bill keeps the country safe.",
     [("the bill keeps the country safe", "INDIRECT_QUOTE", "Jack Reed")]),
    # a present-tense verb after "the" and a singular noun opens a bare complement after "told X"
    ("Karine Jean-Pierre told reporters the bill reflects the president's priorities.",
     [("the bill reflects the president's priorities", "INDIRECT_QUOTE", "Karine Jean-Pierre")]),
    ("Smith told the farmers markets would reopen soon.", []),
    # (round 13, own sentences) "posted" reports right after a quotation and its subject, not otherwise
    ("\u201cThat\u2019s a lie,\u201d Trump posted on Truth Social.", [("That\u2019s a lie,", "DIRECT_QUOTE", "Trump")]),
    ("He posted a photo of the crowd on Instagram.", []),
    # (round 13, sports quote sheets) "Quoting X:" is a source phrase; the quotation after the colon is the report
    ("Quoting Mike Gundy following the win over Troy: \"Anybody that paid the price of admission got their "
     "money's worth tonight.\"", [("Anybody that paid the price of admission got their money's worth tonight.",
                                   "DIRECT_QUOTE", "Mike Gundy")]),
    ("The agency, quoting officials, reported that 12 people died.",
     [("12 people died", "INDIRECT_QUOTE", "agency")]),
    # a role phrase of lower-case words between an organisation and the name after a source phrase or an
    # inverted cue: the name speaks (was "CNN" with "meteorologist Chad Myers" in the content, or nothing)
    ("According to CNN meteorologist Chad Myers, the storm will weaken.",
     [("the storm will weaken", "INDIRECT_QUOTE", "Chad Myers")]),
    ("The storm will weaken by Friday, said CNN meteorologist Chad Myers.",
     [("The storm will weaken by Friday", "INDIRECT_QUOTE", "Chad Myers")]),
    # (round 13, written for these tests after wildfire pages) the speaker's name after its description,
    # or its description after the name, between commas before a trailing "said"
    ("Prices rose again in the spring, Tom Smith, the agency's director, said.",
     [("Prices rose again in the spring", "INDIRECT_QUOTE", "Tom Smith")]),
    ("Prices rose again in the spring, the agency's director, Tom Smith, said on Monday.",
     [("Prices rose again in the spring", "INDIRECT_QUOTE", "Tom Smith")]),
    # a lone capitalised word between commas is a vocative, no speaker
    ("And every reporter who has looked at it, Governor, has said this is not true.", []),
    # a possessor in -s' before the name: the trailing attribution is found, the name is the speaker
    ("Brutally hot temperatures have been recorded across the Southwest, CBS News’ Chris Martinez reported.",
     [("Brutally hot temperatures have been recorded across the Southwest", "INDIRECT_QUOTE", "Chris Martinez")]),
    # an event's result after a comma is part of the report; the speaker's own participle is not
    ("Rick Carhart, a Cal Fire spokesman, said the wildfire was reported at 6:30 a.m., affecting about 30,000 people.",
     [("the wildfire was reported at 6:30 a.m., affecting about 30,000 people", "INDIRECT_QUOTE", "Rick Carhart")]),
    ("Police said a bomb exploded near the market, killing 12 people.",
     [("a bomb exploded near the market, killing 12 people", "INDIRECT_QUOTE", "Police")]),
    ("Smith said the plan would fail, saying it was too expensive.",
     [("the plan would fail", "INDIRECT_QUOTE", "Smith"), ("it was too expensive", "INDIRECT_QUOTE", "Smith")]),
    # a one-word subject before a parenthetical attribution is part of the report
    ("Firefighters, he added, would focus first on areas where lives were threatened.",
     [("Firefighters", "INDIRECT_QUOTE", None),
      ("would focus first on areas where lives were threatened", "INDIRECT_QUOTE", None)]),
    # a quotation that is its whole sentence continues a speaker who is an unresolved pronoun
    ("\u201cI don\u2019t know,\u201d he said. \u201cMaybe next year.\u201d",
     [("I don\u2019t know,", "DIRECT_QUOTE", None), ("Maybe next year.", "DIRECT_QUOTE", None)]),
    # (round 12, written for these tests) an abbreviation after a capitalised article opening the
    # sentence ("The U.S. Attorney of …"): the appositive name speaks, not the object after "said"
    ("The U.S. Attorney of the Southern District, Damian Williams, said the defendants \"betrayed the "
     "public trust.\"", [("betrayed the public trust.", "DIRECT_QUOTE", "Damian Williams"),
                          ("the defendants \"betrayed the public trust.\"", "INDIRECT_QUOTE", "Damian Williams")]),
    # verbs of judgement report a quotation after them; the next clause's subject does not take it
    ("Russia's foreign ministry panned the report as \"propaganda,\" while Ukrainian officials accused "
     "Moscow of war crimes.", [("propaganda,", "DIRECT_QUOTE", "Russia's foreign ministry")]),
    ("The governor denounced the ruling as \"a travesty,\" and the attorney general vowed to appeal.",
     [("a travesty,", "DIRECT_QUOTE", "governor")]),
    ("Leaders welcomed the agreement as \"a historic step.\"", [("a historic step.", "DIRECT_QUOTE", "Leaders")]),
    # (business and weather pages) a bare role phrase before a name in a trailing attribution
    ("Swells up to 15 feet could batter the coast, CNN meteorologist Chad Myers said.",
     [("Swells up to 15 feet could batter the coast", "INDIRECT_QUOTE", "Chad Myers")]),
    ("The storm could batter the coast, analyst Chad Myers said.",
     [("The storm could batter the coast", "INDIRECT_QUOTE", "Chad Myers")]),
    # "that" + a verb after the object is a relative pronoun, no complementizer and no "that" reported
    ("The company reported sales that were below forecasts.",
     [("The company reported sales that were below forecasts", "INDIRECT_QUOTE", "company")]),
    ("BlackBerry reported first-quarter sales that missed analysts' forecasts.",
     [("BlackBerry reported first-quarter sales that missed analysts' forecasts", "INDIRECT_QUOTE", "BlackBerry")]),
    ("He said that increased spending would help.", [("increased spending would help", "INDIRECT_QUOTE", None)]),
    ("The company reported Monday that sales were below forecasts.",
     [("sales were below forecasts", "INDIRECT_QUOTE", "company")]),
    # (sports pages) two role words between an organisation and a name before a colon
    ("Quoting James Madison head coach Mickey Matthews: \"We hadn't shown the formation and I could tell that "
     "was bothering them.\"", [("We hadn't shown the formation and I could tell that was bothering them.",
                                 "DIRECT_QUOTE", "Mickey Matthews")]),
    # (local politics pages) a capitalised word inside the sentence is a name even when the lexicon
    # lists it as an adverb ("Long said"); "and" ends a noun phrase before a capitalised head
    ("When he ran out of time and Signer cut him off, Long said, \"You're in the pocket of big business.\"",
     [("You're in the pocket of big business.", "DIRECT_QUOTE", "Long")]),
    ("I was the first speaker of the evening and I specifically stated \"If it ain't broke, don't fix it\".",
     [("If it ain't broke, don't fix it", "DIRECT_QUOTE", "I")]),
    # a weekday stays a time word inside the sentence (the seed: "In his Saturday remarks, Aliyev …")
    ("In his Saturday remarks, Aliyev pointed the finger at Armenia saying that the impasse was a result of "
     "its position.", [("the impasse was a result of its position", "INDIRECT_QUOTE", "Aliyev")]),
    ("Pence, speaking on Fox News Sunday, defended the remarks as \"locker room talk.\"",
     [("locker room talk.", "DIRECT_QUOTE", "Pence")]),
    # (election coverage, written for these tests) a question put to the subject between commas; "worry
    # that" reports a belief
    ("Rubio, asked about the remarks on Tuesday, said he had not seen them.",
     [("he had not seen them", "INDIRECT_QUOTE", "Rubio")]),
    ("Rubio, asked whether he would run again, said he had not decided.",
     [("he had not decided", "INDIRECT_QUOTE", "Rubio")]),
    ("Some Republicans privately worry that Trump could cost them the Senate.",
     [("Trump could cost them the Senate", "INDIRECT_QUOTE", "Some Republicans")]),
    ("I worry about my kids.", []),
    # "called for" is a demand: a speech act without a that-clause; an adverbial with a cue noun after an
    # article between commas ("in a tweet"); a role noun between an organisation and a name
    ("Sanders has called for a $15 minimum wage.",
     [("Sanders has called for a $15 minimum wage", "INDIRECT_QUOTE", "Sanders")]),
    ("I've called for that first economic summit to be on agriculture.",
     [("I've called for that first economic summit to be on agriculture", "INDIRECT_QUOTE", None)]),
    ("Protesters gathered outside, calling for the mayor to resign.",
     [("calling for the mayor to resign", "INDIRECT_QUOTE", "Protesters")]),
    ("The calls for reform grew louder.", []),
    ("Growing calls for his resignation were ignored.", []),
    ("Trump, in a tweet, called the investigation \"a witch hunt.\"", [("a witch hunt.", "DIRECT_QUOTE", "Trump")]),
    ("Republican strategist Karl Rove appeared on Fox, saying the race was over.",
     [("the race was over", "INDIRECT_QUOTE", "Karl Rove")]),
    # (defense news pages) a report inside a fronted adverbial clause ends at its comma when the main clause
    # reports too; "When asked whether …" is a question put to the main clause's subject
    ("While officials believe the helicopter was shot down by a grenade, Allen said the investigation will "
     "review the crash.", [("the helicopter was shot down by a grenade", "INDIRECT_QUOTE", "officials"),
                           ("the investigation will review the crash", "INDIRECT_QUOTE", "Allen")]),
    ("When asked whether he could describe the casualty as a combat death, Pentagon press secretary Peter Cook "
     "told reporters, \"This was a combat situation.\"", [("This was a combat situation.", "DIRECT_QUOTE", "Peter Cook")]),
    # (local crime style, written for these tests) a request for anonymity is no report
    ("A neighbor, who asked that he not be identified, said he heard shots.",
     [("he heard shots", "INDIRECT_QUOTE", "neighbor")]),
    ("The senator asked that the hearing be postponed.", [("the hearing be postponed", "INDIRECT_QUOTE", "senator")]),
    # (found by reading a sample of English TRAIN outputs) a modal "ought" ends the reported clause of a
    # relative subject; "that" + a preposition and no verb is an object; "Whoever" + an object verb has no
    # content, and its report ends at the main predicate; a contraction opens no name
    ("Anybody who says that the inflation rate is in good shape now ought to talk to the housewives.",
     [("the inflation rate is in good shape now", "INDIRECT_QUOTE", None)]),
    ("I was among the Democrats who said he ought to have the authority to negotiate an agreement.",
     [("he ought to have the authority to negotiate an agreement", "INDIRECT_QUOTE", None)]),
    ("I say that to both political parties.", []),
    ("He said that in 2010 the economy grew.", [("in 2010 the economy grew", "INDIRECT_QUOTE", None)]),
    ("Whoever wrote this article is a mainstream media jerk.", []),
    ("Whoever said the economy is strong is wrong.", [("the economy is strong", "INDIRECT_QUOTE", None)]),
    ("Can't believe he had the balls to do it.", []),
    ("What, pray tell, is the exit strategy?", []),
    ("I want judges who interpret the Constitution according to the law.", []),
    ("According to the plan, the bridge will open in May.", []),
    ("According to the police, the bridge will open in May.", [("the bridge will open in May", "INDIRECT_QUOTE", "police")]),
    ("The devout will mutter, \"It's God's will,\" the atheists will insist, \"There's no God to fault.\"",
     [("It's God's will,", "DIRECT_QUOTE", "devout"), ("There's no God to fault.", "DIRECT_QUOTE", "atheists")]),
    ("\"I am so proud of this album,\" she captioned the post.", [("I am so proud of this album,", "DIRECT_QUOTE", None)]),
    ("The photo was captioned with a date.", []),
    # as-clauses: "As X said, …" reports the main clause; "…, as X noted" the clause before; a parenthetical
    # one splits a subject from its verb; "as far as", "as expected" and "As for me" report nothing
    ("As Smith told reporters, the plan is a mess.", [("the plan is a mess", "INDIRECT_QUOTE", "Smith")]),
    ("As I said above: remove all protections on free ranging cats.",
     [("remove all protections on free ranging cats", "INDIRECT_QUOTE", None)]),
    ("As a matter of fact, he said it was not subject to partisan demagoguery.",
     [("it was not subject to partisan demagoguery", "INDIRECT_QUOTE", None)]),
    ("And as far as what Mr. Bush says, he is the person who raised taxes.", []),
    ("The economy is recovering, as the president noted on Monday.",
     [("The economy is recovering", "INDIRECT_QUOTE", "president")]),
    ("The plan, as Smith said, is a mess.", [("The plan", "INDIRECT_QUOTE", "Smith"), ("is a mess", "INDIRECT_QUOTE", "Smith")]),
    ("For example, as I have said, we have added some four million jobs.",
     [("we have added some four million jobs", "INDIRECT_QUOTE", None)]),
    ("The system is where it was, as I've said, and that has not been changed.",
     [("The system is where it was", "INDIRECT_QUOTE", None)]),
    ("He left early, as he often does.", []),
    ("The vote failed, as expected.", []),
    # "that" + an auxiliary is the reported clause's subject
    ("Senator Obama said that would be provocative.", [("that would be provocative", "INDIRECT_QUOTE", "Obama")]),
    ("He said that the plan was wrong.", [("the plan was wrong", "INDIRECT_QUOTE", None)]),
    # a sentence adverb opening the sentence is no subject of a participle cue
    ("So, Amber, are you saying that Mexico is the equivalent of the sinking Titanic?",
     [("Mexico is the equivalent of the sinking Titanic?", "INDIRECT_QUOTE", "Amber")]),
    # … and nothing without one
    ("The team defended its title on Sunday.", []),
    ("Critics slammed the decision.", []),
    ("The rocket blasted off from Cape Canaveral on Tuesday.", []),
    # (round 11, written for these tests) a participle's subject: the whole noun phrase before a
    # modal, after a fronted adverbial clause; an article's noun phrase ends before an irregular past
    ("But since the rules do not permit it, Armenian officials should at least shut him up, by saying "
     "NASA has better chances.", [("NASA has better chances", "INDIRECT_QUOTE", "Armenian officials")]),
    ("Because the vote was close, the senator spoke again, saying he would not give up.",
     [("he would not give up", "INDIRECT_QUOTE", "senator")]),
    ("The senator spoke, saying he would not give up.", [("he would not give up", "INDIRECT_QUOTE", "senator")]),
    ("The committee will meet Monday, saying it needs more time.",
     [("it needs more time", "INDIRECT_QUOTE", "committee")]),
    # a term marker ending the sentence before marks no quotation ("named. "…""); a cue word that is
    # a noun heads the source phrase ("the police report,"); "but" + a speech act ends the content
    ("\"It is a disaster,\" said one resident, who asked not to be named. \"Nobody warned us.\"",
     [("It is a disaster,", "DIRECT_QUOTE", "one resident"), ("Nobody warned us.", "DIRECT_QUOTE", "one resident")]),
    ("According to the police report, the driver was speeding when the crash occurred.",
     [("the driver was speeding when the crash occurred", "INDIRECT_QUOTE", "police report")]),
    ("According to the New York Times report, the driver was speeding.",
     [("the driver was speeding", "INDIRECT_QUOTE", None)]),
    ("The minister acknowledged that mistakes had been made but denied any wrongdoing.",
     [("mistakes had been made", "INDIRECT_QUOTE", "minister")]),
    # an appositive name with an abbreviated title: ", Sgt. John Miller, said"
    ("The spokesman for the police, Sgt. John Miller, said the investigation was ongoing.",
     [("the investigation was ongoing", "INDIRECT_QUOTE", "John Miller")]),
    ("The police spokesman, Sgt. John Miller, said the investigation was ongoing.",
     [("the investigation was ongoing", "INDIRECT_QUOTE", "John Miller")]),
    # a past participle phrase between subject and verb; "caution"/"agree" report with "that" only
    ("The study, published in the journal Nature, suggests that the virus originated in bats.",
     [("the virus originated in bats", "INDIRECT_QUOTE", "study")]),
    ("The report, released on Monday, concludes that the program failed.",
     [("the program failed", "INDIRECT_QUOTE", "report")]),
    ("Experts caution that the data is still preliminary.",
     [("the data is still preliminary", "INDIRECT_QUOTE", "Experts")]),
    ("The two leaders agreed that the talks should continue next month.",
     [("the talks should continue next month", "INDIRECT_QUOTE", None)]),
    ("The two sides agreed to a ceasefire.", []),
    # coordinated subjects: an of-phrase in the first conjunct, "other officials", "Both X and Y"
    ("The Department of Health and Human Services said the rule would take effect in May.",
     [("the rule would take effect in May", "INDIRECT_QUOTE", "Department of Health and Human Services")]),
    ("Nuñez and other officials said the vaccine was safe.",
     [("the vaccine was safe", "INDIRECT_QUOTE", "Nuñez and other officials")]),
    ("Both tourists and staff said the food was bad.", [("the food was bad", "INDIRECT_QUOTE", "Both tourists and staff")]),
    # a list item in -ing is no participle clause; a bare clause with a past-tense verb is a content
    ("He said the program covers reading, writing and arithmetic in every school.",
     [("the program covers reading, writing and arithmetic in every school", "INDIRECT_QUOTE", None)]),
    ("The company said revenue rose sharply, adding that profits would grow.",
     [("revenue rose sharply", "INDIRECT_QUOTE", "company"), ("profits would grow", "INDIRECT_QUOTE", "company")]),
    ("Officials said oil prices jumped in May.", [("oil prices jumped in May", "INDIRECT_QUOTE", "Officials")]),
    ("I'm sure they are saying these guys will say anything to get elected.",
     [("these guys will say anything to get elected", "INDIRECT_QUOTE", None)]),
    # an article opens no person's name: an organisation keeps its of-phrase (not "Rand Paul of Kentucky")
    ("The Russian Ministry of Foreign Affairs said the talks would resume next week.",
     [("the talks would resume next week", "INDIRECT_QUOTE", "Russian Ministry of Foreign Affairs")]),
    ("Sen. Rand Paul of Kentucky said the bill was dead.", [("the bill was dead", "INDIRECT_QUOTE", "Rand Paul")]),
    # a content noun after the cue's possessive: "reiterated his stance that …"
    ("Harry Kane has reiterated his stance that he wants to leave Tottenham this summer.",
     [("he wants to leave Tottenham this summer", "INDIRECT_QUOTE", "Harry Kane")]),
    ("He reaffirmed that the deal was off.", [("the deal was off", "INDIRECT_QUOTE", None)]),
    # (after election coverage) "repeated his claim that …" is a light-verb cue and a coordinated
    # "and said" shares its subject; an adjunct clause after a quotation's attribution is no content
    ("Trump, speaking at a rally in Ohio, repeated his claim that the election was \"rigged\" and said he might "
     "not accept the results.", [("rigged", "DIRECT_QUOTE", "Trump"),
                                 ("the election was \"rigged\"", "INDIRECT_QUOTE", "Trump"),
                                 ("he might not accept the results", "INDIRECT_QUOTE", "Trump")]),
    ("He repeated that error in 1959.", []),
    ("\"I will keep you in suspense,\" Trump said when asked during the debate whether he would accept the outcome.",
     [("I will keep you in suspense,", "DIRECT_QUOTE", "Trump")]),
    # (after US local crime pages) the holder named after a role; an indefinite pronoun opens a clause
    ("The cause of her injury is undetermined, according to Sacramento County Sheriff's Department spokesperson "
     "Sgt. Tess Deterding.", [("The cause of her injury is undetermined", "INDIRECT_QUOTE", "Tess Deterding")]),
    ("Authorities say someone shot at a deputy in a rural county.",
     [("someone shot at a deputy in a rural county", "INDIRECT_QUOTE", "Authorities")]),
    ("\"We will win,\" said a White House spokesman.", [("We will win,", "DIRECT_QUOTE", "White House spokesman")]),
    # (after science news pages) "…, reports X." is an inverted attribution; "discovered that";
    # a mentioned phrase after a term marker is no quote even in a sentence with a cue
    ("Researchers have made a breakthrough in understanding how niacin could lead to heart disease, reports "
     "Study Finds.", [("Researchers have made a breakthrough in understanding how niacin could lead to heart disease",
                       "INDIRECT_QUOTE", "Study Finds")]),
    ("Researchers discovered that high levels are associated with heart disease.",
     [("high levels are associated with heart disease", "INDIRECT_QUOTE", "Researchers")]),
    ("One recent study suggested that if someone uses the phrase \"One recent study suggested\" you should ignore it.",
     [("if someone uses the phrase \"One recent study suggested\" you should ignore it", "INDIRECT_QUOTE", None)]),
    # "posted (on Facebook) that …" reports; "posted a video" does not
    ("She posted on Facebook that she was safe.", [("she was safe", "INDIRECT_QUOTE", None)]),
    ("She posted a video of the storm.", []),
    # more verbs that introduce or follow a quotation (gushed, scoffed, …; screaming "…")
    ("\"It was magic,\" she gushed.", [("It was magic,", "DIRECT_QUOTE", None)]),
    ("Now those same idiots are screaming \"The Russians are coming!\"",
     [("The Russians are coming!", "DIRECT_QUOTE", "same idiots")]),
    ("The screaming fans left.", []),
    # a noun in -ly is no adverb: "His family said" has a speaker
    ("In a statement, his family said: \"He was a loving father.\"",
     [("He was a loving father.", "DIRECT_QUOTE", "family")]),
    ("The assembly voted. He angrily said the vote was rigged.", [("the vote was rigged", "INDIRECT_QUOTE", None)]),
    # two people of one surname: the content's he/she tells which one a bare surname is
    ("Hillary Clinton spoke first. Then Bill Clinton took the stage. Clinton said she would fight for families.",
     [("she would fight for families", "INDIRECT_QUOTE", "Hillary Clinton")]),
    ("Bill Clinton spoke first. Then Hillary Clinton took the stage. Clinton said he would campaign for her.",
     [("he would campaign for her", "INDIRECT_QUOTE", "Bill Clinton")]),
    # a question with "Who" as subject reports nothing; a negative subject neither
    ("Who ever said pot cured anything?", []),
    ("Who said she was pretty?", []),
    ("Nobody ever said the plan would work.", []),
    ("No one has said the plan would work.", []),
    # a restrictive relative clause's content ends where the main clause's auxiliary starts
    ("The man who said the plan would work was wrong.", [("the plan would work", "INDIRECT_QUOTE", None)]),
    ("Anyone who says the economy is strong is lying.", [("the economy is strong", "INDIRECT_QUOTE", None)]),
    ("The man, who said he was a veteran, was arrested.", [("he was a veteran", "INDIRECT_QUOTE", None)]),
    # (round 10) phrasal cues with their particle next to the verb and a content right after it; light
    # verbs with a "that" clause after their noun; no subject from "Thanks" or "Frankly,"
    ("Critics point out that the program has cost billions.",
     [("the program has cost billions", "INDIRECT_QUOTE", "Critics")]),
    ("The agency pointed out that the drug had never been tested on children.",
     [("the drug had never been tested on children", "INDIRECT_QUOTE", "agency")]),
    ("The governor made it clear that she would veto the bill.",
     [("she would veto the bill", "INDIRECT_QUOTE", "governor")]),
    ("This election has made crystal clear a divide that is as old as the country.", []),
    ("The senator made the case that taxes should be cut.", [("taxes should be cut", "INDIRECT_QUOTE", "senator")]),
    ("Mr. Smith made the point that nobody was hurt.", [("nobody was hurt", "INDIRECT_QUOTE", "Smith")]),
    ("Thanks for pointing out that the council never voted on it.", []),
    ("Frankly, I was merely pointing out that the council never voted on it.",
     [("the council never voted on it", "INDIRECT_QUOTE", None)]),
    # an interruption right after "that"; a trailing attribution before a dash; a coordinated "and said" takes
    # the subject of its sentence; "citing" a gerund names no source
    ("He insisted that, as president, he would deport criminals.",
     [("as president, he would deport criminals", "INDIRECT_QUOTE", None)]),
    ('Immigrants may not need to return home, Trump said \u2014 a position many would consider "amnesty."',
     [("Immigrants may not need to return home", "INDIRECT_QUOTE", "Trump"), ("amnesty.", "DIRECT_QUOTE", "Trump")]),
    ("President Clinton ran for governor in 1990 and said he would serve out his term.",
     [("he would serve out his term", "INDIRECT_QUOTE", "Clinton")]),
    ("If we pull back in isolation and say we have done our share, we invite conflict.", []),
    ('Aides said the campaign provided a "platform for extremists," citing bringing Steve Bannon on the team.',
     [("the campaign provided a \"platform for extremists,\"", "INDIRECT_QUOTE", None),
      ("platform for extremists,", "DIRECT_QUOTE", None)]),
    # a person with a postmodifier is the person; a quantifier opens the subject noun phrase; "he" takes a
    # person who opens its sentence (not a vocative)
    ('"Look, chill," said Senate Foreign Relations Committee Chairman Bob Corker of Tennessee.',
     [("Look, chill,", "DIRECT_QUOTE", "Bob Corker")]),
    ("Several influential Senate Republicans are urging colleagues to rethink, arguing that the nominee can win.",
     [("Several influential Senate Republicans are urging colleagues to rethink", "INDIRECT_QUOTE", "Senate Republicans"),
      ("the nominee can win", "INDIRECT_QUOTE", "Senate Republicans")]),
    ("Senator Orrin Hatch spoke first. Roy Blunt of Missouri is so tired of questions that he told reporters "
     "he might skip the convention.", [("he might skip the convention", "INDIRECT_QUOTE", "Roy Blunt")]),
    # a reduced relative "accused of" is no cue; an outer "according to" does not take over the speaker the
    # next quotation continues; an English light verb's noun follows it unless the verb is passive
    ("Prosecutors rejected the offer of the man accused of the shooting, saying it was not legitimate.",
     [("it was not legitimate", "INDIRECT_QUOTE", "Prosecutors")]),
    ('"There is no offer," prosecutors wrote in court documents, according to the paper. "The defense refused."',
     [("There is no offer,", "DIRECT_QUOTE", "prosecutors"), ("The defense refused.", "DIRECT_QUOTE", "prosecutors"),
      ('"There is no offer," prosecutors wrote in court documents', "INDIRECT_QUOTE", "paper")]),
    ("The possibility that he could plead guilty in the sensational case made international headlines.", []),
    ("The point was made by Mr. Nixon that production is only forty-four percent of ours.",
     [("production is only forty-four percent of ours", "INDIRECT_QUOTE", "Nixon")]),
    # a possessive source with an appositive name; an infinitive's subject is the object before "to"
    ("He met a source on the grounds, according to Trump's lawyer, Rudy Giuliani.",
     [("He met a source on the grounds", "INDIRECT_QUOTE", "Rudy Giuliani")]),
    ("He met a source on the grounds, according to the senator's spokesman.",
     [("He met a source on the grounds", "INDIRECT_QUOTE", "senator's spokesman")]),
    ("The denials prompted CBS correspondent Major Garrett to note that the agency was a trusted source.",
     [("the agency was a trusted source", "INDIRECT_QUOTE", "Major Garrett")]),
    # an abbreviation before a coordinated name; a time adjunct between subject and cue; "predicting that"
    # after a cue and "forecasting that" after a common noun subject
    ("Nineteen patients died after taking the drug, the U.S. Food and Drug Administration said, warning doctors.",
     [("Nineteen patients died after taking the drug", "INDIRECT_QUOTE", "U.S. Food and Drug Administration")]),
    ("Express Scripts Holding Company, late Monday, said that the forecasts were too aggressive.",
     [("the forecasts were too aggressive", "INDIRECT_QUOTE", "Express Scripts Holding Company")]),
    ("The bank raised its outlook, forecasting that growth would reach 3 percent.",
     [("growth would reach 3 percent", "INDIRECT_QUOTE", "bank")]),
    ("They develop forecasting models for banks.", []),
    # participles: "calling X 'Y'" quotes Y; the subject of a progressive is before its "be"; a noun right
    # before the participle speaks when it opens the clause or is a document, not when it is an object
    ('Trump escalated his attacks, calling reporters "dishonest."', [("dishonest.", "DIRECT_QUOTE", "Trump")]),
    ('Some officials are now calling it "a hoax."', [("a hoax.", "DIRECT_QUOTE", "Some officials")]),
    ('Critics are saying the plan will fail.', [("the plan will fail", "INDIRECT_QUOTE", "Critics")]),
    ("He spoke at the rally, saying the plan would fail.", [("the plan would fail", "INDIRECT_QUOTE", None)]),
    ("Two former defense secretaries issued a report saying that 100,000 troops would be enough.",
     [("100,000 troops would be enough", "INDIRECT_QUOTE", "report")]),
    ("Aliyev pointed the finger at Armenia saying that the impasse was its fault.",
     [("the impasse was its fault", "INDIRECT_QUOTE", "Aliyev")]),
    ("Fans hate the stupid play calling, the coach said.", [("Fans hate the stupid play calling", "INDIRECT_QUOTE", "coach")]),
    # a cue right after a subject pronoun is no term marker; "he" takes the named speaker of its sentence
    ('Mr. Trump has denied the allegations, which he called "pure fiction."', [("pure fiction.", "DIRECT_QUOTE", "Trump")]),
    # an addressee with adjuncts may reach further before "that" when a clause follows it; a relative
    # "that" on the addressee is skipped
    ("House Speaker Paul Ryan told members of his caucus on a conference call Monday that he would no longer "
     "defend the nominee.", [("he would no longer defend the nominee", "INDIRECT_QUOTE", "Paul Ryan")]),
    ("He told members of the committee that voted against the bill on Monday that they were wrong.",
     [("they were wrong", "INDIRECT_QUOTE", None)]),
    # a 'that' inside the gerund phrase of a speech act is no complementizer of the act (the seed's
    # "He accused Armenia of bringing up issued that he claimed have been agreed to …")
    ("Ilham Aliyev spoke on Saturday. He accused Armenia of bringing up issues that he claimed have been agreed.",
     [("He accused Armenia of bringing up issues that he claimed have been agreed", "INDIRECT_QUOTE", "Ilham Aliyev"),
      ("have been agreed", "INDIRECT_QUOTE", "Ilham Aliyev")]),
    ("The senator told reporters during a briefing that the bill would pass.",
     [("the bill would pass", "INDIRECT_QUOTE", "senator")]),
    ("Officials said the attack killed at least 12 people and wounded dozens more.",
     [("the attack killed at least 12 people and wounded dozens more", "INDIRECT_QUOTE", "Officials")]),
    ("Police say the suspect fled the scene in a stolen car.",
     [("the suspect fled the scene in a stolen car", "INDIRECT_QUOTE", "Police")]),
    ("Republicans have argued the law is unconstitutional, while Democrats insist it will survive.",
     [("the law is unconstitutional", "INDIRECT_QUOTE", "Republicans"),
      ("it will survive", "INDIRECT_QUOTE", "Democrats")]),
    ("Aides to the governor, who spoke on condition of anonymity, said he was considering a run for president.",
     [("he was considering a run for president", "INDIRECT_QUOTE", "Aides to the governor")]),
    ("Smith, 45, a former Marine, said he had not been contacted by the FBI.",
     [("he had not been contacted by the FBI", "INDIRECT_QUOTE", "Smith")]),
    ("The report found that the agency had failed to protect sensitive data, investigators said.",
     [("The report found that the agency had failed to protect sensitive data", "INDIRECT_QUOTE", "investigators"),
      ("the agency had failed to protect sensitive data", "INDIRECT_QUOTE", "report")]),
    ("Hillary Clinton spoke in Ohio. She also accused her rival of hiding his business dealings.",
     [("She also accused her rival of hiding his business dealings", "INDIRECT_QUOTE", "Hillary Clinton")]),
    ("Mr. Obama warned Congress against passing the bill, saying it would hurt the economy.",
     [("Mr. Obama warned Congress against passing the bill", "INDIRECT_QUOTE", "Obama"),
      ("it would hurt the economy", "INDIRECT_QUOTE", "Obama")]),
    ('The White House has denied the allegations. In a statement, spokesman Josh Earnest called the report "deeply flawed."',
     [("The White House has denied the allegations", "INDIRECT_QUOTE", "White House"),
      ("deeply flawed.", "DIRECT_QUOTE", "Josh Earnest")]),
    ("The economy is recovering faster than expected, the Fed chairman said Tuesday.",
     [("The economy is recovering faster than expected", "INDIRECT_QUOTE", "Fed chairman")]),
    ("The company said in a statement it would appeal the ruling.",
     [("it would appeal the ruling", "INDIRECT_QUOTE", "company")]),
    ("The White House said Monday it had no plans to delay the tariffs.",
     [("it had no plans to delay the tariffs", "INDIRECT_QUOTE", "White House")]),
    ("Mayor Bill de Blasio told Reuters the city would not raise taxes.",
     [("the city would not raise taxes", "INDIRECT_QUOTE", "Bill de Blasio")]),
    ("Prime Minister Theresa May told lawmakers on Wednesday Britain would leave the customs union.",
     [("Britain would leave the customs union", "INDIRECT_QUOTE", "Theresa May")]),
    ("The deal is expected to be announced next week, according to two people familiar with the talks.",
     [("The deal is expected to be announced next week", "INDIRECT_QUOTE", "two people familiar with the talks")]),
    ("The deal is dead, two people familiar with the negotiations said.",
     [("The deal is dead", "INDIRECT_QUOTE", "two people familiar with the negotiations")]),
    ("The economy will grow by 3 percent next year, the International Monetary Fund said in a report on Tuesday.",
     [("The economy will grow by 3 percent next year", "INDIRECT_QUOTE", "International Monetary Fund")]),
    ("The fire was set deliberately, U.S. officials said.",
     [("The fire was set deliberately", "INDIRECT_QUOTE", "U.S. officials")]),
    ("The talks have stalled, senior administration officials said on condition of anonymity.",
     [("The talks have stalled", "INDIRECT_QUOTE", "senior administration officials")]),
    ("Governor Andrew Cuomo was quoted as saying the state would sue.",
     [("the state would sue", "INDIRECT_QUOTE", "Andrew Cuomo")]),
    ('"We have done everything we could," Maria Garcia said. "The rest is up to the courts."',
     [("We have done everything we could,", "DIRECT_QUOTE", "Maria Garcia"),
      ("The rest is up to the courts.", "DIRECT_QUOTE", "Maria Garcia")]),
    ('"We have done everything we could," Garcia said, "and the rest is up to the courts."',
     [("We have done everything we could,", "DIRECT_QUOTE", "Garcia"),
      ("and the rest is up to the courts.", "DIRECT_QUOTE", "Garcia")]),
    ('Nancy Pelosi spoke to reporters on Capitol Hill. "This is a dark day for our democracy," she said.',
     [("This is a dark day for our democracy,", "DIRECT_QUOTE", "Nancy Pelosi")]),
    ('"The numbers speak for themselves," said Janet Yellen, the Treasury secretary.',
     [("The numbers speak for themselves,", "DIRECT_QUOTE", "Janet Yellen")]),
    ("Senator Chuck Schumer acknowledged the bill had flaws.",
     [("the bill had flaws", "INDIRECT_QUOTE", "Chuck Schumer")]),
    ("Critics noted the measure does nothing for renters.",
     [("the measure does nothing for renters", "INDIRECT_QUOTE", "Critics")]),
    ("Lawyers for the company insisted their client had done nothing wrong.",
     [("their client had done nothing wrong", "INDIRECT_QUOTE", "Lawyers for the company")]),
    ("Investigators believe the fire was set deliberately.",
     [("the fire was set deliberately", "INDIRECT_QUOTE", "Investigators")]),
    ("Witnesses told police the gunman had shouted before opening fire.",
     [("the gunman had shouted before opening fire", "INDIRECT_QUOTE", "Witnesses")]),
    ("A spokesman for the Pentagon said the strike had hit its target.",
     [("the strike had hit its target", "INDIRECT_QUOTE", "spokesman for the Pentagon")]),
    ("The agency estimated 3 million people could lose coverage.",
     [("3 million people could lose coverage", "INDIRECT_QUOTE", "agency")]),
    ("John Kerry met his Russian counterpart in Geneva. He added the talks had been constructive.",
     [("the talks had been constructive", "INDIRECT_QUOTE", "John Kerry")]),
    ("The man, who said he was a veteran, was arrested on Sunday.",
     [("he was a veteran", "INDIRECT_QUOTE", "man")]),
    ("Asked about the report, the minister said it was accurate.",
     [("it was accurate", "INDIRECT_QUOTE", "minister")]),
    ("Democrats argued that the bill would gut protections, but Republicans countered it would create jobs.",
     [("the bill would gut protections", "INDIRECT_QUOTE", "Democrats"),
      ("it would create jobs", "INDIRECT_QUOTE", "Republicans")]),
    ("Analysts expect the central bank to raise rates, and traders said the move was priced in.",
     [("the move was priced in", "INDIRECT_QUOTE", "traders")]),
    ('"We will not back down," the senator said in an interview with CNN on Sunday.',
     [("We will not back down,", "DIRECT_QUOTE", "senator")]),
    ("The company's chief executive, Tim Cook, said the firm would invest $1 billion.",
     [("the firm would invest $1 billion", "INDIRECT_QUOTE", "Tim Cook")]),
    ("Speaking to reporters in Washington, Trump said the wall would be built.",
     [("the wall would be built", "INDIRECT_QUOTE", "Trump")]),
    ("Trump, speaking at a rally in Ohio, said the wall would be built.",
     [("the wall would be built", "INDIRECT_QUOTE", "Trump")]),
    ("There is no evidence of fraud, said Chris Krebs, the agency's director.",
     [("There is no evidence of fraud", "INDIRECT_QUOTE", "Chris Krebs")]),
    ("She told the committee the agency had been warned twice.",
     [("the agency had been warned twice", "INDIRECT_QUOTE", None)]),
    ('"The plan is dead," Tom Smith said. "It was dead on arrival. Nobody in this building wanted it."',
     [("The plan is dead,", "DIRECT_QUOTE", "Tom Smith"),
      ("It was dead on arrival. Nobody in this building wanted it.", "DIRECT_QUOTE", "Tom Smith")]),
    ('"We are ready," John Kerry said.\n\n"This is not over," he added. "We will take it to the Supreme Court."',
     [("We are ready,", "DIRECT_QUOTE", "John Kerry"), ("This is not over,", "DIRECT_QUOTE", "John Kerry"),
      ("We will take it to the Supreme Court.", "DIRECT_QUOTE", "John Kerry")]),
    ("The Justice Department said Friday that it had opened an investigation.",
     [("it had opened an investigation", "INDIRECT_QUOTE", "Justice Department")]),
    ("The plant will close in June, a spokeswoman for the company told Reuters.",
     [("The plant will close in June", "INDIRECT_QUOTE", "spokeswoman for the company")]),
    ("The senator, however, disputed the figures.",
     [("The senator, however, disputed the figures", "INDIRECT_QUOTE", "senator")]),
    ("Iran has rejected the accusations, state media reported.",
     [("Iran has rejected the accusations", "INDIRECT_QUOTE", "state media")]),
    ('Sen. Rand Paul of Kentucky called the process "a disgrace" and said lawmakers had been given a day to read it.',
     [("a disgrace", "DIRECT_QUOTE", "Rand Paul"),
      ("lawmakers had been given a day to read it", "INDIRECT_QUOTE", "Rand Paul")]),
    ("Press secretary Karine Jean-Pierre told reporters aboard Air Force One that the president was pleased.",
     [("the president was pleased", "INDIRECT_QUOTE", "Karine Jean-Pierre")]),
    ("The bill includes $886 billion for the Pentagon, according to a summary released by the committee.",
     # (round 19: the participle phrase belongs to the source; before, it was cut off and became a content of
     # its own after a direct quote: '"…," according to a summary released by ABC News' gave "released by ABC News")
     [("The bill includes $886 billion for the Pentagon", "INDIRECT_QUOTE", "summary released by the committee")]),
    ("The company confirmed the merger would close in March.",
     [("the merger would close in March", "INDIRECT_QUOTE", "company")]),
    ("Finance minister Rachel Reeves has faced criticism from business groups, who say higher taxes would cost jobs.",
     [("higher taxes would cost jobs", "INDIRECT_QUOTE", "business groups")]),
    ("The Confederation of British Industry said in an emailed statement that firms were cutting investment.",
     [("firms were cutting investment", "INDIRECT_QUOTE", "Confederation of British Industry")]),
    ("Bank of England Governor Andrew Bailey was quoted by the Financial Times as saying inflation would rise.",
     [("inflation would rise", "INDIRECT_QUOTE", "Andrew Bailey")]),
    ("Asked whether he would resign, Starmer said no. He added that he was confident the plan would work.",
     [("he was confident the plan would work", "INDIRECT_QUOTE", "Starmer")]),
    ("The plan, according to officials, would cost $5 billion over a decade.",
     [("The plan, according to officials, would cost $5 billion over a decade", "INDIRECT_QUOTE", "officials")]),
    # (round 37, w5) the participle's postmodifier stays with the source, as "familiar with" does (was "people")
    ("The deal collapsed last week, according to people briefed on the talks.",
     [("The deal collapsed last week", "INDIRECT_QUOTE", "people briefed on the talks")]),
    ("The senator said the bill, which passed the House last week, would be signed into law.",
     [("the bill, which passed the House last week, would be signed into law", "INDIRECT_QUOTE", "senator")]),
    ("Trump has repeatedly claimed, without evidence, that the election was stolen.",
     [("the election was stolen", "INDIRECT_QUOTE", "Trump")]),
    ("The president, in a speech on Tuesday, said the economy was strong.",
     [("the economy was strong", "INDIRECT_QUOTE", "president")]),
    ('"It is over," said one senior official.', [("It is over,", "DIRECT_QUOTE", "one senior official")]),
    ("Senator John McCain during that period said that we should keep on deregulating.",
     [("we should keep on deregulating", "INDIRECT_QUOTE", "John McCain")]),
    ("You had a lady who said we ought to consider legalizing drugs.",
     [("we ought to consider legalizing drugs", "INDIRECT_QUOTE", "lady")]),
    ("Shares of Boeing fell sharply Wednesday after the company said it would delay deliveries until 2026.",
     [("it would delay deliveries until 2026", "INDIRECT_QUOTE", "company")]),
    ("The company also said it was exploring a sale, according to people familiar with the matter who were not "
     "authorized to speak publicly.",
     [("The company also said it was exploring a sale", "INDIRECT_QUOTE", "people familiar with the matter"),
      ("it was exploring a sale", "INDIRECT_QUOTE", "company")]),
    # written after the rules above, as a fresh check (first run: 17/21 positive cases fully right)
    ("The minister said the government had no plans to raise the retirement age.",
     [("the government had no plans to raise the retirement age", "INDIRECT_QUOTE", "minister")]),
    ("Prosecutors allege Jones took more than $2 million in bribes.",
     [("Jones took more than $2 million in bribes", "INDIRECT_QUOTE", "Prosecutors")]),
    ("The storm could make landfall on Friday, forecasters at the National Hurricane Center said.",
     [("The storm could make landfall on Friday", "INDIRECT_QUOTE", "forecasters at the National Hurricane Center")]),
    ('"We are not going to negotiate with terrorists," Secretary of State Antony Blinken told reporters.',
     [("We are not going to negotiate with terrorists,", "DIRECT_QUOTE", "Antony Blinken")]),
    ("Health officials warned that the virus could spread quickly in schools.",
     [("the virus could spread quickly in schools", "INDIRECT_QUOTE", "Health officials")]),
    ("The company's lawyers argued in court filings that the lawsuit had no merit.",
     [("the lawsuit had no merit", "INDIRECT_QUOTE", None)]),
    ("Residents said they heard several explosions shortly after midnight.",
     [("they heard several explosions shortly after midnight", "INDIRECT_QUOTE", "Residents")]),
    ("The central bank will keep rates unchanged, economists polled by Reuters predicted.",
     [("The central bank will keep rates unchanged", "INDIRECT_QUOTE", None)]),
    ('Gonzalez, 62, described the decision as "a betrayal of working families."',
     [("a betrayal of working families.", "DIRECT_QUOTE", "Gonzalez")]),
    ("A Pentagon spokesman said the United States had not been consulted.",
     [("the United States had not been consulted", "INDIRECT_QUOTE", "Pentagon spokesman")]),
    ("She insisted she had done nothing wrong.",
     [("she had done nothing wrong", "INDIRECT_QUOTE", None)]),
    ("The ministry said in a statement on its website that 14 soldiers had been killed.",
     [("14 soldiers had been killed", "INDIRECT_QUOTE", "ministry")]),
    ("Witnesses said the driver appeared to lose control of the vehicle.",
     [("the driver appeared to lose control of the vehicle", "INDIRECT_QUOTE", "Witnesses")]),
    ("It was not immediately clear how many people were inside the building.", []),
    ("The mayor's office did not immediately respond to a request for comment.", []),
    ("Critics say the policy punishes the poor, while supporters argue it encourages work.",
     [("the policy punishes the poor", "INDIRECT_QUOTE", "Critics"),
      ("it encourages work", "INDIRECT_QUOTE", "supporters")]),
    # a parenthetical attribution interrupts its content: both parts are the quote (round 8)
    ("The results, the researchers wrote, suggest that the drug is safe.",
     [("The results", "INDIRECT_QUOTE", None), ("suggest that the drug is safe", "INDIRECT_QUOTE", None)]),
    ("Merkel told a news conference in Berlin that Europe must stand together.",
     [("Europe must stand together", "INDIRECT_QUOTE", "Merkel")]),
    ('"I have no intention of resigning," he told the BBC on Sunday, after weeks of pressure. Johnson added that the party was united.',
     [("I have no intention of resigning,", "DIRECT_QUOTE", None),
      ("the party was united", "INDIRECT_QUOTE", "Johnson")]),
    ("The suspect's attorney, Maria Lopez, said her client would plead not guilty.",
     [("her client would plead not guilty", "INDIRECT_QUOTE", "Maria Lopez")]),
    ("Investors fear the trade war will hurt earnings.",
     [("the trade war will hurt earnings", "INDIRECT_QUOTE", "Investors")]),
    ("The film was released in 2019 and was said to have cost $200 million.", []),
    ("The governor's spokeswoman, Jane Kim, declined to say whether he would run again.", []),
    ("Officials at the State Department said the embassy would remain open.",
     [("the embassy would remain open", "INDIRECT_QUOTE", "Officials at the State Department")]),
    # (round 38, enwire) figures published are no speech ("reported its latest quarterly earnings"; was the whole
    # sentence, spoken by "company")
    ("The company reported a loss of $3 billion for the quarter.", []),
    # a report's finding is reported content, like a poll's (round 9: "report" is a noun after "The")
    ("The report found that the agency had failed to protect sensitive data.",
     [("the agency had failed to protect sensitive data", "INDIRECT_QUOTE", "report")]),
    # precision: no reporting here
    ("We've got a program called Race to the Top that has prompted reforms in 46 states.", []),
    ("My state just became the only state in the nation to provide universal health care.", []),
    ("Render unto Caesar what is Caesar's, praise God, and enjoy the life that He gave you.", []),
    ("Before making such nasty comments, check who you are posting to.", []),
    ("The agency has not said when it will publish the report.", []),
    ("She wrote a book about the war in 2019.", []),
    ("We have never revealed the papers that were given to the ambassador.", []),
    ("The man told the officer to step back.", []),
    # (round 38, enreq) a request to a noun addressee reports its infinitive clause (was [])
    ("He asked the court to dismiss the case.", [("to dismiss the case", "INDIRECT_QUOTE", None)]),
    ("The deal, known as the grand bargain, collapsed in 2011.", []),
    ("The so-called deal collapsed in March.", []),
    ("He was said to be furious about the leak.", []),
    ("The spokeswoman declined to comment.", []),
    ("She said goodbye to her staff on Friday.", []),

    ("Officials in the city have said little about the plan.", []),
    ("The president signed the bill on Tuesday, the White House's website showed.", []),
    # round 6: the source of a sentence-initial "According to" keeps its modifier
    ("According to a new poll released Monday, Clinton leads by four points.",
     [("Clinton leads by four points", "INDIRECT_QUOTE", "new poll")]),
    ("According to Smith, who led the study, the drug works.",
     [("the drug works", "INDIRECT_QUOTE", "Smith")]),
    # a complement ends before a trailing attribution of its own sentence ...
    ("Officials believe the attack was planned for months, two people familiar with the investigation said.",
     [("the attack was planned for months", "INDIRECT_QUOTE", "Officials"),
      ("Officials believe the attack was planned for months", "INDIRECT_QUOTE", "two people familiar with the investigation")]),
    ("He said the plan would cost 3,000 dollars, officials said.",
     [("the plan would cost 3,000 dollars", "INDIRECT_QUOTE", None),
      ("He said the plan would cost 3,000 dollars", "INDIRECT_QUOTE", "officials")]),
    # ... and only before one: a negated phrase or a base form is none
    ("I believe that the future belongs to freedom, not to fear.",
     [("the future belongs to freedom, not to fear", "INDIRECT_QUOTE", None)]),
    ("The Republicans say they support education and free thought, just ask them.",
     [("they support education and free thought, just ask them", "INDIRECT_QUOTE", "Republicans")]),
    # findings: cues only with "that" right after them, and not a relative "that"
    ("Polls show that Clinton leads in Ohio and Florida.",
     [("Clinton leads in Ohio and Florida", "INDIRECT_QUOTE", "Polls")]),
    ("Researchers found that the vaccine was 90 percent effective.",
     [("the vaccine was 90 percent effective", "INDIRECT_QUOTE", "Researchers")]),
    ("Police found the body near the river on Sunday.", []),
    ("Many economists doubt that the plan would work.",
     [("the plan would work", "INDIRECT_QUOTE", "Many economists")]),
    ("There is no doubt that the plan would work.", []),
    ("TV shows that aired last year were popular with older viewers.", []),
    # a day after the cue is no inverted speaker; possessive and adverb appositions
    ("Kaine, Clinton's running mate, said Sunday that the emails were \"a distraction.\"",
     [("a distraction.", "DIRECT_QUOTE", "Kaine"), ('the emails were "a distraction."', "INDIRECT_QUOTE", "Kaine")]),
    ("Democrats, meanwhile, argue that the tax cuts favor the wealthy.",
     [("the tax cuts favor the wealthy", "INDIRECT_QUOTE", "Democrats")]),
    # the subject after a quotation, before a relative clause; "asked not to be named" reports nothing
    ("\"This is a disaster,\" one aide, who asked not to be named, said of the rollout.",
     [("This is a disaster,", "DIRECT_QUOTE", "one aide")]),
    ("\"We are ready,\" the company's chief executive, Tim Cook, said on Monday.",
     [("We are ready,", "DIRECT_QUOTE", "Tim Cook")]),
    ("He is said to be seriously ill.", []),
    # the source's lower-case head after capitalised modifiers; a title's full stop
    ("The plan is unlikely to pass the Senate, according to two Republican aides.",
     [("The plan is unlikely to pass the Senate", "INDIRECT_QUOTE", "two Republican aides")]),
    ("\"I think he's wrong,\" said Sen. Lindsey Graham, R-S.C.",
     [("I think he's wrong,", "DIRECT_QUOTE", None)]),
    # a second cue of the same subject ends the first content; an apposition before an auxiliary
    ("Kellyanne Conway said on CNN that the polls were wrong and insisted that Trump would win.",
     [("the polls were wrong", "INDIRECT_QUOTE", "Kellyanne Conway"),
      ("Trump would win", "INDIRECT_QUOTE", "Kellyanne Conway")]),
    ("She said the company hired and fired workers at will.",
     [("the company hired and fired workers at will", "INDIRECT_QUOTE", None)]),
    ("Critics, including several Republicans, have warned that the wall would cost billions.",
     [("the wall would cost billions", "INDIRECT_QUOTE", "Critics")]),
    # a short capitalised quotation right after a cue and a comma or colon is an answer, not a title
    ("Asked if he would endorse Trump, Cruz replied, \"No.\"", [("No.", "DIRECT_QUOTE", "Cruz")]),
    ("The film is called \"Star Wars.\"", []),
    # round 7: a quotation nested with the same curly marks stays inside its outer quotation
    ("The group stated, “today’s “Straw vote” is not a step towards integration.”",
     [("today’s “Straw vote” is not a step towards integration.", "DIRECT_QUOTE", "group")]),
    # a reporting participle without a comma before it ends the content before it
    ("A source told Breitbart London they were against the idea of a vote for migrants saying, “it is a step too far.”",
     [("they were against the idea of a vote for migrants", "INDIRECT_QUOTE", "source"),
      ("it is a step too far.", "DIRECT_QUOTE", "source")]),
    # a speech act adds no sentence-long span around the content an earlier cue reported
    ("Mahmad Mohammed was shocked. He told media that he had received several emails expressing criticism.",
     [("he had received several emails expressing criticism", "INDIRECT_QUOTE", "Mahmad Mohammed")]),
    # a comma before a quotation ends the indirect content: the quotation is its own quote
    ("The spokesperson also said that they are not affiliated with the group, “we see ourselves as part of a movement.”",
     [("they are not affiliated with the group", "INDIRECT_QUOTE", "spokesperson"),
      ("we see ourselves as part of a movement.", "DIRECT_QUOTE", "spokesperson")]),
    # a pronoun with a contracted auxiliary is a speaker ("she’s said")
    ("Dr. Alta Schutte spoke at the forum. At the forum, she’s said the connections have been exciting.",
     [("the connections have been exciting", "INDIRECT_QUOTE", "Alta Schutte")]),
    # free relatives: a pseudo-cleft reports, a predication does not
    ("What I said was that we were producing twice as many engineers.",
     [("we were producing twice as many engineers", "INDIRECT_QUOTE", None)]),
    ("More than half of what he says is blatantly false.", []),
    # "demand that" (base form) reports; the noun does not
    ("Unions demand that the government raise wages.",
     [("the government raise wages", "INDIRECT_QUOTE", "Unions")]),
    ("There is high demand that the plant reopen in spring.", []),
    # a wire-style subheading and a term after "known as the" are no one's words
    ("“I had no choice but to leave,” he says.\n\n– ‘Besieged in my head’ –.\n\nSome activists stayed.",
     [("I had no choice but to leave,", "DIRECT_QUOTE", None)]),
    ("He lived in the Old City of Homs, once known as the “capital of the revolution” but now in regime hands.", []),
    # round 8: a name with a middle initial and a suffix heads its apposition
    ("James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case highlights "
     "that rights of free speech carry responsibilities.",
     [("the case highlights that rights of free speech carry responsibilities", "INDIRECT_QUOTE",
       "James P. Kennedy Jr")]),
    # an adjunct that runs on past the skipped words opens no clause
    ("“That goes a long way,” Boudreau said before the Wild’s 4-1 win over the Sabres in front of 15,522 fans.",
     [("That goes a long way,", "DIRECT_QUOTE", "Boudreau")]),
    # passives: the subject is not the speaker; the agent after "by" is
    ("A case of the bubonic plague was reported in China over the weekend.", []),
    ("He is accused of participating in one of the largest leaks of government secrets.", []),
    ("The point was made by Mr. Nixon that the Soviet production is only forty-four percent of ours.",
     [("the Soviet production is only forty-four percent of ours", "INDIRECT_QUOTE", "Nixon")]),
    # a speech act in a relative clause is the relative clause
    ("Assange, who denies the accusation, has avoided extradition for seven years.",
     [("who denies the accusation", "INDIRECT_QUOTE", "Assange")]),
    # a second source inside the subject ("citing …") leaves the report to the verb after it
    ("The news agency, citing an anonymous government source, reported that the talks had stalled.",
     [("the talks had stalled", "INDIRECT_QUOTE", "news agency")]),
    # a parenthetical attribution between subject and verb: both parts; not before a clause
    ("Ilham Aliyev spoke on Saturday. The economy, he said, is recovering faster than expected.",
     [("The economy", "INDIRECT_QUOTE", "Ilham Aliyev"), ("is recovering faster than expected", "INDIRECT_QUOTE", "Ilham Aliyev")]),
    ("Ilham Aliyev outlined key points to which, he alleged, both sides have agreed.",
     [("both sides have agreed", "INDIRECT_QUOTE", "Ilham Aliyev")]),
    # a wire dateline and a fronted time adverbial are never the speaker
    ("BUFFALO, N.Y. — Hours before the game, Wild coach Bruce Boudreau expressed confidence in the winger, "
     "saying he always finds a way to score.",
     [("he always finds a way to score", "INDIRECT_QUOTE", "Bruce Boudreau")]),
    # a parenthetical inside a relative clause: only the part after it
    ("Ahmad Hasib talked through his Ring camera, which, he said, scared the man off.",
     [("scared the man off", "INDIRECT_QUOTE", "Ahmad Hasib")]),
    # an attribution followed by its quotation is not trailing: the fronted phrase is no content
    ("At a press conference announcing her appointment, a reporter asked Montoya-Lewis, “What do you see as the problem?”",
     [("What do you see as the problem?", "DIRECT_QUOTE", "reporter")]),
    # an object pronoun is no inverted subject; "added" with a noun object reports nothing
    ("My best friend, Sharon, asked me to make a chocolate cake for her husband.", []),
    ("We added 1.9 million new jobs over the last 13 months.", []),
    ("\"Classic textbook racism,\" says your buddy, Paul Ryan.", [("Classic textbook racism,", "DIRECT_QUOTE", None)]),
    # a manner adverb between subject and cue
    ("Upon hearing the news, Brooke Burke offered her spot. “Can I give it to James?” Burke tearfully asked.",
     [("Can I give it to James?", "DIRECT_QUOTE", "Brooke Burke")]),
    ("Officials quickly said the plan was dead.", [("the plan was dead", "INDIRECT_QUOTE", "Officials")]),
    # a source with two postmodifiers (an article before an abbreviation)
    ("A man pleaded guilty to charges he threatened a lawmaker, the U.S. Attorney’s Office for the Western "
     "District of New York announced Monday.",
     [("A man pleaded guilty to charges he threatened a lawmaker", "INDIRECT_QUOTE",
       "U.S. Attorney’s Office for the Western District of New York")]),
    # round 9 (sentences written for these tests after patterns in 2016-election news pages)
    # "US" in capitals is the country, not the pronoun "us"
    ("US officials have told CNN that the informant was never placed inside the campaign.",
     [("the informant was never placed inside the campaign", "INDIRECT_QUOTE", "US officials")]),
    # a clause without "that" may open with an approximate number ("more than 25,000")
    ("The mayor said more than 12,000 people were evacuated overnight.",
     [("more than 12,000 people were evacuated overnight", "INDIRECT_QUOTE", "mayor")]),
    ("The mayor said about 1.5 million people were without power.",
     [("about 1.5 million people were without power", "INDIRECT_QUOTE", "mayor")]),
    # two coordinated adverbs between subject and cue
    ("The campaign briefly and wrongly claimed on Sunday that the rally had been attacked.",
     [("the rally had been attacked", "INDIRECT_QUOTE", "campaign")]),
    # a relative clause on the source of a trailing "according to" is not the report
    ("The memo told staff to avoid the lawsuit, according to the Daily Ledger, which first reported the call.",
     [("The memo told staff to avoid the lawsuit", "INDIRECT_QUOTE", "Daily Ledger")]),
    ("The plan, according to officials, would cost millions.",
     [("The plan, according to officials, would cost millions", "INDIRECT_QUOTE", "officials")]),
    # a subject with a restrictive relative clause: the noun phrase before "who" speaks
    ("An aide who spoke on condition of anonymity said the talks had stalled.",
     [("the talks had stalled", "INDIRECT_QUOTE", "aide")]),
    ("Two people who were briefed on the negotiations said the deal was close.",
     [("the deal was close", "INDIRECT_QUOTE", "Two people")]),
    ("He met a farmer who later said the harvest was lost.",
     [("the harvest was lost", "INDIRECT_QUOTE", None)]),
    ("A voter who was at the event said that the mood was tense, the station reported.",
     [("the mood was tense", "INDIRECT_QUOTE", "voter"),
      ("A voter who was at the event said that the mood was tense", "INDIRECT_QUOTE", "station")]),
    # a source whose head is also a cue form ("report") is a noun after a determiner
    ("The director refused to testify, the report said.",
     [("The director refused to testify", "INDIRECT_QUOTE", "report")]),
    ("The new report says investigators could not obtain the records.",
     [("investigators could not obtain the records", "INDIRECT_QUOTE", "new report")]),
    # a title the mention leaves out does not hide the subject of an apposition or adjunct
    ("Ms. Okafor, in an interview on Tuesday, said the plan was dead.",
     [("the plan was dead", "INDIRECT_QUOTE", "Okafor")]),
    # "long" between the auxiliary and the cue; rulings and disclosures report a "that" clause
    ("The senator has long maintained that the program wastes money.",
     [("the program wastes money", "INDIRECT_QUOTE", "senator")]),
    ("The judge ruled that the law was unconstitutional.", [("the law was unconstitutional", "INDIRECT_QUOTE", "judge")]),
    ("The judge ruled in favor of the plaintiffs.", []),
    ("A spokesman for the agency disclosed to the Associated Press that the audit had been delayed.",
     [("the audit had been delayed", "INDIRECT_QUOTE", "spokesman for the agency")]),
    # a short quotation that is its whole sentence continues the speaker of the sentence before
    ("“This is a scandal,” said Rep. Maria Lopez, who chairs the panel. “We need answers.”",
     [("This is a scandal,", "DIRECT_QUOTE", "Maria Lopez"), ("We need answers.", "DIRECT_QUOTE", "Maria Lopez")]),
    # a trailing attribution may end in a purpose or reason clause after its adjunct, or in "to" + addressee
    ("The talks broke down on Friday, an aide said on condition of anonymity to discuss the negotiations.",
     [("The talks broke down on Friday", "INDIRECT_QUOTE", "aide")]),
    ("The talks broke down on Friday, aides said on condition of anonymity because they were not "
     "authorized to speak.", [("The talks broke down on Friday", "INDIRECT_QUOTE", "aides")]),
    ("The vote will be delayed, she said to reporters.", [("The vote will be delayed", "INDIRECT_QUOTE", None)]),
    ("She said to reporters that the vote would be delayed.", [("the vote would be delayed", "INDIRECT_QUOTE", None)]),
    ("That is why I named no course of action when I responded to a question a week ago.", []),
    ("Now if you will excuse me, my editor asked me to buy him some coffee.", []),
    # "citing" after the subject's own report is no new source; a long interruption before "that"
    ("The city said Monday that it would appeal, citing the cost of the ruling.",
     [("it would appeal", "INDIRECT_QUOTE", "city")]),
    ("The Ledger reported, citing three people familiar with the matter, that the governor had been briefed.",
     [("the governor had been briefed", "INDIRECT_QUOTE", "Ledger")]),
    # chanting and yelling are speech
    ("Protesters chanted “Lock her up” as the candidate spoke.", [("Lock her up", "DIRECT_QUOTE", "Protesters")]),
    # two subjects coordinated by "and" at the clause start speak together
    ("Clinton and Kaine said they would release their tax returns.",
     [("they would release their tax returns", "INDIRECT_QUOTE", "Clinton and Kaine")]),
    ("Both the White House and the Pentagon denied that troops had been sent.",
     [("troops had been sent", "INDIRECT_QUOTE", "Both the White House and the Pentagon")]),
    ("Smith met Jones and Brown said the deal was off.", [("the deal was off", "INDIRECT_QUOTE", "Brown")]),
    # a number subject with its approximator
    ("At least 48 senators have said they will vote no.",
     [("they will vote no", "INDIRECT_QUOTE", "At least 48 senators")]),
    ("Nearly 300 economists said the plan would fail.", [("the plan would fail", "INDIRECT_QUOTE", "Nearly 300 economists")]),
    ("The agency noted that there are 20 million people, over 20 million people added to the rolls.",
     [("there are 20 million people", "INDIRECT_QUOTE", "agency")]),
    # more reporting verbs (clarify, retort, hint, …); "repeated that error" and "mutual assured
    # destruction" stay out
    ("A spokesman for the mayor, Brian Ortiz, later clarified that the mayor was speaking generally.",
     [("the mayor was speaking generally", "INDIRECT_QUOTE", "Brian Ortiz")]),
    ("“We did nothing wrong,” the chairman retorted.", [("We did nothing wrong,", "DIRECT_QUOTE", "chairman")]),
    ("He hinted that he might run again.", [("he might run again", "INDIRECT_QUOTE", None)]),
    ("He repeated that error in 1959, in the speech that he made.", []),
    ("Do you believe in MAD, mutual assured destruction, as it has been practiced?", []),
    # a noun-like cue form inside an adjunct is a noun ("in reference to recent remarks …")
    ("Marshall said in an apparent reference to recent remarks the senator has made that drew criticism.", []),
    ("He said in response to recent reports that the plan was dead.", [("the plan was dead", "INDIRECT_QUOTE", None)]),
    # an object-like word after "said" with a preposition or article after it is the object, not a clause
    ("He said it on Monday.", []),
    ("She said this in a speech.", []),
    ("He said nothing about the controversy.", []),
    ("They said all the right things.", []),
    ("He said nothing had changed.", [("nothing had changed", "INDIRECT_QUOTE", None)]),
    ("Officials said some of the protesters were paid.", [("some of the protesters were paid", "INDIRECT_QUOTE", "Officials")]),
    # a commitment's content is its infinitive clause (after adjuncts), not the whole sentence
    ("The governor vowed to repeal the tax on his first day in office.",
     [("to repeal the tax on his first day in office", "INDIRECT_QUOTE", "governor")]),
    ("The mayor promised on Monday to buy all the power that the plant generated.",
     [("to buy all the power that the plant generated", "INDIRECT_QUOTE", "mayor")]),
    ("I vowed to the voters that we would not rest.", [("we would not rest", "INDIRECT_QUOTE", None)]),
    # the source of "according to" takes a from-phrase ("data from …"); an inverted "said X" does not
    ("According to data from the Labor Department, unemployment fell to 4.9 percent.",
     [("unemployment fell to 4.9 percent", "INDIRECT_QUOTE", "data from the Labor Department")]),
    ("“We will win,” said Smith from the podium.", [("We will win,", "DIRECT_QUOTE", "Smith")]),
    # a subject pronoun after the addressee opens the clause even without an auxiliary
    ("Asked about the criticism, Mr. Trump told reporters he stood by his comments.",
     [("he stood by his comments", "INDIRECT_QUOTE", "Trump")]),
    # a show named in quotes after the addressee's possessive is part of the addressee
    ("The senator told ABC's “This Week” that the campaign was “built on lies.”",
     [("built on lies.", "DIRECT_QUOTE", "senator"), ("the campaign was “built on lies.”", "INDIRECT_QUOTE", "senator")]),
    # an addressee with an abbreviated title ("asked Mrs. Clinton whether …"): its full stop ends nothing
    ("At a town hall, a voter asked Mrs. Clinton whether she would raise taxes.",
     [("she would raise taxes", "INDIRECT_QUOTE", "voter")]),
    # a long participle phrase between subject and cue (up to 20 tokens)
    ("Officials at the committee, speaking on the condition of anonymity because they were not authorized "
     "to discuss the matter, said they expected turnout to be high.",
     [("they expected turnout to be high", "INDIRECT_QUOTE", "Officials at the committee")]),
    # a quotation takes no cue from beyond ", although …" when a cue stands before it
    ("Last week Mayor Dana Ruiz demanded the council look into whether rivals had planted a “mole” in her team, "
     "although officials have told the paper that no such person existed.",
     [("mole", "DIRECT_QUOTE", "Dana Ruiz"), ("no such person existed", "INDIRECT_QUOTE", "officials")]),
    # (round 25; sentences written here) "there's" opens a clause; a quantity as the subject; a name of several
    # words inside the subject; a plural possessive in the speaker; a fronted adverbial clause and a wh-word belong
    # to the content
    ("The mayor says there's still more work to be done.",
     [("there's still more work to be done", "INDIRECT_QUOTE", "mayor")]),
    ("The union said about 90 per cent of the members it represents agreed to strike.",
     [("about 90 per cent of the members it represents agreed to strike", "INDIRECT_QUOTE", "union")]),
    ("The survey said 32 percent of voters backed the plan.",
     [("32 percent of voters backed the plan", "INDIRECT_QUOTE", "survey")]),  # (guard)
    ("The nurses' union said nurses at the University of Oregon Medical Center will strike Friday.",
     [("nurses at the University of Oregon Medical Center will strike Friday", "INDIRECT_QUOTE", "nurses' union")]),
    ("The governor says although the budget includes tax hikes, there was nothing else the state could do.",
     [("although the budget includes tax hikes, there was nothing else the state could do", "INDIRECT_QUOTE",
       "governor")]),
    ("Deputies said as they approached the house, the man opened fire.",
     [("as they approached the house, the man opened fire", "INDIRECT_QUOTE", "Deputies")]),
    ("Deputies said when they reached the car, the driver was holding a knife.",
     [("when they reached the car, the driver was holding a knife", "INDIRECT_QUOTE", "Deputies")]),
    ("The senator asked what happens if people travel to New York.",
     [("what happens if people travel to New York", "INDIRECT_QUOTE", "senator")]),
    # (guards) an object and a clause of its own after a quantity; "what" before a colon; a free relative
    ("The senator added 13.4 million and the total declined after that.", []),
    ("I'll tell you what: the plan is in very serious trouble.",
     [("the plan is in very serious trouble", "INDIRECT_QUOTE", None)]),
    # a coordinated speech verb after a company's long description; a share of a group as the speaker; "he" is no
    # building or caucus, and "Earlier Monday" no name; no trailing attribution after a modal or from a relative clause;
    # an act in a fronted adverbial clause is that clause
    ("Canadian telecom provider EXFO Inc posted a fall in profit and said it expected lower earnings.",
     [("it expected lower earnings", "INDIRECT_QUOTE", "EXFO Inc")]),
    ("Two-thirds of voters said the senator did something wrong.",
     [("the senator did something wrong", "INDIRECT_QUOTE", "Two-thirds of voters")]),
    ("However, just 32% say the video disqualified him.",
     [("the video disqualified him", "INDIRECT_QUOTE", "just 32%")]),
    ("The ambassador, William Taylor, and the deputy secretary, George Kent, will testify on Wednesday.", []),
    ("The campaign has said she beat Sanders, who has not conceded.",
     [("she beat Sanders", "INDIRECT_QUOTE", "campaign")]),
    ("Even as some Republicans are calling for a vote, McConnell is holding firm.",
     [("some Republicans are calling for a vote", "INDIRECT_QUOTE", "Republicans")]),
    # a show named in quotes after "on" is no quotation and no end of the adjuncts; an initialism in the addressee;
    # "is also expected to"; two coordinated nouns before a bare subject's past tense
    ('The senator said on "Meet the Press" that he would hold no vote.',
     [("he would hold no vote", "INDIRECT_QUOTE", "senator")]),
    ("Comey will tell a U.S. Senate panel that the president wanted loyalty.",
     [("the president wanted loyalty", "INDIRECT_QUOTE", "Comey")]),
    ("The director is also expected to say that the president asked him to drop the case.",
     [("the president asked him to drop the case", "INDIRECT_QUOTE", "director")]),
    ("The governor has said health and government officials underestimated this virus.",
     [("health and government officials underestimated this virus", "INDIRECT_QUOTE", "governor")]),
    # "affirmed"/"specified" with "that"; a rule's noun after a name is no source; a bare plural after a name or an
    # initialism is part of the source
    ("The minister affirmed that the border would stay open.",
     [("the border would stay open", "INDIRECT_QUOTE", "minister")]),
    ("The ministry specified that the rules apply to all flights.",
     [("the rules apply to all flights", "INDIRECT_QUOTE", "ministry")]),
    ("The sanctions were imposed according to UNSC resolutions.", []),
    ("According to UN officials, the talks failed.", [("the talks failed", "INDIRECT_QUOTE", "UN officials")]),
    ("According to U.S. officials, the talks failed.", [("the talks failed", "INDIRECT_QUOTE", "U.S. officials")]),
    # an ampersand inside a company's name; a time phrase closing a source before the comma
    ("Air Products & Chemicals Inc. reported that its net income decreased.",
     [("its net income decreased", "INDIRECT_QUOTE", "Air Products & Chemicals Inc")]),
    ("According to Johnson & Johnson, the drug is safe.", [("the drug is safe", "INDIRECT_QUOTE", "Johnson & Johnson")]),
    ("According to a statement Sunday evening, about 93 percent of nurses authorized the strike.",
     [("about 93 percent of nurses authorized the strike", "INDIRECT_QUOTE", "statement")]),
    # "he" takes the person mentioned last, a lone surname counting as a mention of the full name (a guard: with the
    # Arabic article a name, "Bashar al-Assad" became the latest full name and took the quote)
    ("Jimmy Haddad fled the country in 2014. The revolt against Bashar al-Assad had failed. In Turkey, Haddad "
     "felt unsafe. “I had no choice but to leave,” he says.",
     [("I had no choice but to leave,", "DIRECT_QUOTE", "Jimmy Haddad")]),
]


def test_en_quotation_without_cue_takes_only_a_person_from_the_sentence_before():
    # English: the subject of the sentence before speaks a quotation without a cue only when it is a
    # person the article names (or he/she): not an interjection, "That's", a date
    for text in ("Oh, no. It is as bad as the \"Meth. We're On It.\" campaign.",
                 "That's really two questions. First, \"Is streaming the future of gaming?\" Possibly.",
                 "Tickets go on sale Friday, Dec. 6. The band played “Takin’ It to the Streets.”"):
        ann = run(text, lang="en")
        assert quotes(ann) and all(q.attrs["speaker"] is None for q in quotes(ann)), (text, quotes(ann))
        assert not [s for s in ann.spans if s.label == "SPEAKER"]
    ann = run("Senator Jane Smith walked to the podium. “We will win this fight.”", lang="en")
    (q,) = quotes(ann)
    assert q.attrs["speaker"] == "Jane Smith"


def test_unsupported_language_gives_no_quotes_and_says_why():
    from spanbank.annotators.quote_lexicon import supported_lang
    # texts written for this test (no corpus text)
    korean = "정부는 월요일에 “우리는 협상을 계속할 것”이라고 말했다. 장관은 또한 새로운 계획을 발표했다고 밝혔다."
    italian = ("Il ministro ha detto che il governo non si dimetterà, “non ci sono alternative” ha aggiunto "
               "durante la conferenza stampa di lunedì mattina a Roma davanti ai giornalisti. ") * 6
    english_tweet = "you dont get a hand gun you dont get a rifle you dont get a shot gun you get zippo lol ok"
    assert supported_lang(korean) == (None, supported_lang(korean)[1]) and "Latin script" in supported_lang(korean)[1]
    assert supported_lang(italian)[0] is None and "none of the known languages" in supported_lang(italian)[1]
    assert supported_lang(english_tweet) == ("en", None)  # short informal English is still read
    assert supported_lang("Le ministre a dit «non».", hint="fr")[0] is None
    assert supported_lang("Der Minister sagte „nein“.", hint="de-AT") == ("de", None)
    for text, lang in ((korean, None), (italian, None), ("Le ministre a dit « nous continuerons », a-t-il ajouté.", "fr")):
        ann = run(text, lang=lang)
        assert ann.spans == [] and ann.relations == [] and ann.meta["skipped"], ann.meta


def test_en_agentless_passive_reports_without_a_speaker():
    # the content of "it was announced that …" is reported speech with no named source: a quote with
    # its cue and no said_by link ("it" is no speaker); without "that" nothing is reported
    text = "Yes, it was announced that the plant will close in May. It was reported in China."
    ann = run(text, lang="en")
    (q,) = quotes(ann)
    assert q.text == "the plant will close in May" and q.attrs["speaker"] is None
    assert linked(ann, q.id, "said_by") is None and linked(ann, q.id, "cue").text == "announced"
    assert not [s for s in ann.spans if s.label == "SPEAKER"]
    check_contract(text, ann)


def test_en_he_does_not_resolve_to_a_plural_description():
    # "He" after a report by "officials" is the last named man, not "officials" (round 9)
    text = ("Senator John Reed spoke on Monday. It is not clear whether the deal will survive, officials said.\n\n"
            "He believes the tax cuts will pay for themselves.")
    ann = run(text, lang="en")
    assert find(ann, "the tax cuts will pay", "INDIRECT_QUOTE").attrs["speaker"] == "John Reed"
    assert find(ann, "It is not clear", "INDIRECT_QUOTE").attrs["speaker"] == "officials"
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    # (round 20; written for this test) adjective + plural noun, or a contraction after "some of", is no report
    "Nobody is saying racist things to Asians here.",
    "They add property taxes to rent because this is how they cover costs.",
    "I was explaining some of these very liberal positions he's taken.",
])
def test_en_bare_noun_reports_need_a_finite_say_verb(text):
    assert not quotes(run(text, lang="en"), "INDIRECT_QUOTE")


@pytest.mark.parametrize("text", [
    # (round 25; written for this test) "he" resolves to no building or caucus, and "Earlier Monday" is no name
    "Republicans are still learning how to govern with a president in the White House, he said.",
    "Earlier Monday, Sanders thanked volunteers. “This is a national campaign,” he told reporters.",
])
def test_en_he_is_no_building_nor_a_time_phrase(text):
    (q,) = quotes(run(text, lang="en"))
    assert q.attrs["speaker"] is None


def test_en_object_before_and_said_does_not_speak():
    # (round 20; written for this test) the noun before "and says" is the first verb's object: the quote had the
    # speaker "a guy"
    ann = run('A cop pulls a guy over and says "Get out of that car, you are no longer allowed to drive".', lang="en")
    (q,) = quotes(ann)
    assert q.text == "Get out of that car, you are no longer allowed to drive"
    assert linked(ann, q.id, "said_by") is None and q.attrs["speaker"] is None


@pytest.mark.parametrize(("text", "expected"), EN_NEWS, ids=[t[:40] for t, _ in EN_NEWS])
def test_en_news_attribution_table(text, expected):
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    want = sorted(expected, key=lambda e: (e[0], e[1]))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in want), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in want:
        if sp is not None:
            assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])
    for q in quotes(ann):
        assert linked(ann, q.id, "said_by") is not None
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "name"), [
    # British and party titles before a name are no part of it (round 13, British news style)
    ("Labour MP Diane Abbott said she was appalled by the decision.", "Diane Abbott"),
    ("Democratic Gov. Gavin Newsom said the state would sue.", "Gavin Newsom"),
    ("The Conservative Party said the vote had been rigged.", "Conservative Party"),
    # an organisation's name keeps its title-like words ("American", "State") (round 13, union pages)
    ("The American Medical Association said the rule would hurt patients.", "American Medical Association"),
    ("The New York State Nurses Association (NYSNA) said the picketing would take place at four hospitals.",
     "New York State Nurses Association"),
    # corporate titles, also two of them coordinated, are no part of the canonical name (round 12)
    ("In a statement, COO and CFO Blake Jorgensen said the franchise remained strong.", "Blake Jorgensen"),
    ("Chairman and CEO Jamie Dimon said the bank was strong.", "Jamie Dimon"),
    ("\"We are growing,\" RIM Co-CEO Jim Balsillie said.", "Jim Balsillie"),
    # two coordinated role phrases of one person before the name in apposition (tech news style)
    ("The startup's co-founder and chief executive, Jane Doe, told TechCrunch that the round was oversubscribed.",
     "Jane Doe"),
])
def test_en_corporate_titles_leave_the_name(text, name):
    ann = run(text, lang="en")
    (q,) = quotes(ann)
    assert q.attrs["speaker"] == name
    check_contract(text, ann)


def test_en_speaker_mention_keeps_a_titles_full_stop():
    ann = run("\"I think he's wrong,\" said Sen. Lindsey Graham, R-S.C.", lang="en")
    (q,) = quotes(ann)
    assert linked(ann, q.id, "said_by").text == "Sen. Lindsey Graham"


# -- German speaker structure ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fragment", "speaker_word"), [
    # apposition and relative clause between the subject and its verb
    ("Takashi Wada, der Präsident von Build Up, sagte, die Arbeiter seien informiert worden.",
     "die Arbeiter seien informiert", "Takashi Wada"),
    ("Frank Sichau, der als Sprecher der Fraktion fungiert, erklärte, dass der Fall Folgen haben müsse.",
     "der Fall Folgen haben müsse", "Frank Sichau"),
    # a genitive attribute and a party in brackets belong to the subject
    ("Der Hauptgeschäftsführer des Verbandes sagte, die Studie sei fahrlässig.",
     "die Studie sei fahrlässig", "Hauptgeschäftsführer"),
    ("Bundesfinanzminister Peer Steinbrück (SPD) erklärte, das Grundgesetz lasse Ausnahmen zu.",
     "das Grundgesetz lasse Ausnahmen zu", "Peer Steinbrück"),
    # auxiliary + participle: the subject before the auxiliary, or right after it
    ("Die Kanzlerin Angela Merkel hat am Samstag in Berlin angekündigt, dass sie zurücktreten werde.",
     "sie zurücktreten werde", "Angela Merkel"),
    ("Nach der Wahl hat Frau Hinz angekündigt, dass sie ihr Mandat niederlege.",
     "sie ihr Mandat niederlege", "Hinz"),
    # verb-final subordinate clause: the object "dem Richter" is not the speaker
    ("Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, geschah nichts.",
     "der Mann gesucht werde", "Anwältin"),
    # a number compound is a noun ("der 39-Jährige")
    ("Der 39-Jährige gab jedoch an, es gehe ihm nur um die Kinder.", "es gehe ihm nur um die Kinder", "39-Jährige"),
    # a fronted source of an impersonal report
    ("In einer Erklärung der Regierung heißt es, die Lage sei unter Kontrolle.",
     "die Lage sei unter Kontrolle", "Erklärung"),
])
def test_de_speaker_structure(text, fragment, speaker_word):
    ann = run(text, lang="de")
    q = find(ann, fragment, "INDIRECT_QUOTE")
    mention = linked(ann, q.id, "said_by")
    assert speaker_word in (q.attrs["speaker"] or "") or speaker_word in mention.text, (q.attrs, mention.text)
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on the opening subject is no trailing attribution's content
    ("Die Ärztin, die seit zehn Jahren dort arbeitet, sagte, die Versorgung sei gefährdet.",
     [("die Versorgung sei gefährdet", "INDIRECT_QUOTE", "Ärztin")]),
    # a trailing wie-clause reports the clause before it
    ("Die Brücke wird im Mai eröffnet, wie die Stadt am Montag mitteilte.",
     [("Die Brücke wird im Mai eröffnet", "INDIRECT_QUOTE", "Stadt")]),
    # the genitive of a source after "laut" belongs to the source, not to the content
    ("Laut einem Sprecher des Ministeriums plant die Regierung neue Steuern.",
     [("plant die Regierung neue Steuern", "INDIRECT_QUOTE", "Sprecher des Ministeriums")]),
    # a newspaper's name after a genitive or dative article is a name, not a quotation
    ("Laut einem Bericht der „Süddeutschen Zeitung“ plant die Regierung neue Steuern.",
     [("plant die Regierung neue Steuern", "INDIRECT_QUOTE", "Bericht der „Süddeutschen Zeitung“")]),
    ("Er nannte den Bericht eine „Verhöhnung Polens“.", [("Verhöhnung Polens", "DIRECT_QUOTE", "Er")]),
    # a quoted name as the addressee does not hide the content after it
    ("Scholz sagte der „Bild am Sonntag“, er halte an seinem Kurs fest.",
     [("er halte an seinem Kurs fest", "INDIRECT_QUOTE", "Scholz")]),
    ("Die Ministerin sagte der „Zeit“, sie sei müde.", [("sie sei müde", "INDIRECT_QUOTE", "Ministerin")]),
    # a canonical description keeps its genitive ("Sprecher der Stadt", not "der Stadt"); an NP with an
    # object article after the verb is never the subject ("Experten kritisierten den Plan")
    ("Ein Sprecher der Stadt teilte mit, die Straße werde gesperrt.",
     [("die Straße werde gesperrt", "INDIRECT_QUOTE", "Sprecher der Stadt")]),
    ("Experten kritisierten den Plan.", [("Experten kritisierten den Plan", "INDIRECT_QUOTE", "Experten")]),
    # a trailing attribution may end in adjuncts; participles of speech acts after "hat"; a quoted name
    # after a preposition and a definite article is a name; "forderte … Todesopfer" is no speech
    ("Die Zahlen stiegen wieder, sagte der Minister am Sonntag in der ARD.",
     [("Die Zahlen stiegen wieder", "INDIRECT_QUOTE", "Minister")]),
    ("Berlin – Der Minister hat vor einer neuen Welle gewarnt.",
     [("Der Minister hat vor einer neuen Welle gewarnt", "INDIRECT_QUOTE", "Minister")]),
    ("In einem Interview mit dem „Spiegel“ erklärte der Minister, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Die Überschwemmungen haben bisher mindestens 35 Todesopfer gefordert.", []),
    # a coordinated predicate after the object of a V2 cue is no content ("…, wollte aber …"), but a
    # main clause after a fronted wie-clause is ("Wie …, soll …")
    # (round 11: the speech act is its own clause, so the negation of the second predicate no longer hides it)
    ("Ein Sprecher der Bahn bestätigte den Vorfall, wollte aber keine Details nennen.",
     [("Ein Sprecher der Bahn bestätigte den Vorfall", "INDIRECT_QUOTE", "Sprecher der Bahn")]),
    ("Wie ein Sprecher der Stadt mitteilte, soll die Brücke im Mai eröffnet werden.",
     [("soll die Brücke im Mai eröffnet werden", "INDIRECT_QUOTE", "Sprecher der Stadt")]),
    ("Andere Quellen berichten von rund 25 verletzten Personen.",
     [("Andere Quellen berichten von rund 25 verletzten Personen", "INDIRECT_QUOTE", "Quellen")]),
    # findings of studies and researchers report their "dass" clause; "ergab 300 Stimmen" is no report
    ("Forscher der Universität Heidelberg haben herausgefunden, dass Bienen Farben unterscheiden.",
     [("Bienen Farben unterscheiden", "INDIRECT_QUOTE", "Forscher")]),
    ("Die Forscher fanden heraus, dass Bienen Farben unterscheiden.", [("Bienen Farben unterscheiden", "INDIRECT_QUOTE", "Forscher")]),
    ("Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.",
     [("trinken viele Kinder regelmäßig Alkohol", "INDIRECT_QUOTE", "Studie")]),
    ("Die Zählung ergab 300 Stimmen für den Kandidaten.", []),
    ("Das Fest fand am Samstag statt.", []),
    # a description with the name in apposition speaks as the name; a second cue ends the first content
    ("Der Präsident der Kommission, Jean-Claude Juncker, sagte, Europa müsse handeln.",
     [("Europa müsse handeln", "INDIRECT_QUOTE", "Jean-Claude Juncker")]),
    ("Sie betonte, dass die Gespräche fortgesetzt würden, und fügte hinzu, man sei optimistisch.",
     [("die Gespräche fortgesetzt würden", "INDIRECT_QUOTE", "Sie"), ("man sei optimistisch", "INDIRECT_QUOTE", "Sie")]),
])
def test_de_round9_structures(text, expected):
    # (sentences written for these tests; German round of rules:quotes@6)
    assert_de_structures(text, expected)


def assert_de_structures(text, expected):
    """Exactly the expected (text, label) quotes; each speaker's words in its canonical name or its
    SPEAKER mention, or (speaker None) no SPEAKER and no name but a cue."""
    ann = run(text, lang="de")
    got = sorted((q.text, q.label) for q in quotes(ann))
    assert got == sorted((t, lab) for t, lab, _ in expected), got
    for t, lab, sp in expected:
        q = next(q for q in quotes(ann) if q.text == t and q.label == lab)
        if sp is None:
            assert linked(ann, q.id, "said_by") is None and q.attrs["speaker"] is None, q.attrs
            assert linked(ann, q.id, "cue") is not None
        else:
            assert sp in (q.attrs["speaker"] or "") or sp in linked(ann, q.id, "said_by").text, (q.attrs, t)
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "expected"), [
    # impersonal "heißt es" with its source after "es", in a wie-clause, or with none (no SPEAKER "es")
    ("Es gebe keine Hinweise auf einen Anschlag, hieß es aus Sicherheitskreisen.",
     [("Es gebe keine Hinweise auf einen Anschlag", "INDIRECT_QUOTE", "Sicherheitskreisen")]),
    ("Die Lage sei ernst, hieß es in einer Mitteilung des Ministeriums.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Mitteilung des Ministeriums")]),
    ("Weiter hieß es in dem Bericht, die Behörden hätten zu spät reagiert.",
     [("die Behörden hätten zu spät reagiert", "INDIRECT_QUOTE", "Bericht")]),
    ("Die Lage sei ernst, wie es in der Erklärung hieß.", [("Die Lage sei ernst", "INDIRECT_QUOTE", "Erklärung")]),
    ("Die Verhandlungen seien gescheitert, hieß es.", [("Die Verhandlungen seien gescheitert", "INDIRECT_QUOTE", None)]),
    ("Es hieß, der Minister werde zurücktreten.", [("der Minister werde zurücktreten", "INDIRECT_QUOTE", None)]),
    ("Das Dorf hieß früher anders.", []),
    ("Der Film hieß „Heimat“ und lief im Jahr 1984.", []),
    # a subject with a name in apposition before the verb is no trailing attribution
    ("Auch der Vorsitzende der Grünen, Cem Özdemir, kritisierte den Beschluss scharf.",
     [("Auch der Vorsitzende der Grünen, Cem Özdemir, kritisierte den Beschluss scharf", "INDIRECT_QUOTE", "Cem Özdemir")]),
    ("Die Sprecherin des Ministeriums, Anna Müller, bestätigte den Vorfall.",
     [("Die Sprecherin des Ministeriums, Anna Müller, bestätigte den Vorfall", "INDIRECT_QUOTE", "Anna Müller")]),
    ("Der Chef der Bahn, Rüdiger Grube, sagte, die Preise blieben stabil.",
     [("die Preise blieben stabil", "INDIRECT_QUOTE", "Rüdiger Grube")]),
    # "wird … zitiert": the subject is the speaker
    ("Der Minister wird mit den Worten zitiert, man werde die Steuern nicht erhöhen.",
     [("man werde die Steuern nicht erhöhen", "INDIRECT_QUOTE", "Minister")]),
    # "sprach sich für … aus" is a speech act
    ("Die Partei sprach sich für eine Verschärfung des Gesetzes aus.",
     [("Die Partei sprach sich für eine Verschärfung des Gesetzes aus", "INDIRECT_QUOTE", "Partei")]),
    ("Er sprach mit den Nachbarn.", []),
    # "nach eigenen Angaben" names the clause's subject; "selbst" after the subject; a cue with a colon
    # introduces what follows, and the question before it is no content
    ("Der Konzern will nach eigenen Angaben 3000 Stellen streichen.",
     [("Der Konzern will", "INDIRECT_QUOTE", "Konzern"), ("3000 Stellen streichen", "INDIRECT_QUOTE", "Konzern")]),
    ("Er selbst sagte der Deutschen Presse-Agentur, er sei froh über die Entscheidung.",
     [("er sei froh über die Entscheidung", "INDIRECT_QUOTE", "Er")]),
    ("Auf die Frage, ob er zurücktreten werde, antwortete der Minister: „Nein.“",
     [("Nein.", "DIRECT_QUOTE", "Minister")]),
    # a newspaper's name in quotation marks as the subject or a source's genitive ("Die „Bild“ berichtete",
    # "Einem Bericht des „Express“ zufolge"); "sich melden" is no speech; ", und" after a cue is no content
    ("Die „Bild“ berichtete, der Minister wolle zurücktreten.",
     [("der Minister wolle zurücktreten", "INDIRECT_QUOTE", "Bild")]),
    ("Wie die „Main-Post“ berichtete, hat sich eine Zeugin bei Gericht gemeldet.",
     [("hat sich eine Zeugin bei Gericht gemeldet", "INDIRECT_QUOTE", "Main-Post")]),
    ("Einem Bericht des „Express“ zufolge hatte die Frau ein Sofa im Internet angeboten.",
     [("hatte die Frau ein Sofa im Internet angeboten", "INDIRECT_QUOTE", "Express")]),
    ("Der Zeuge meldete sich am Montag bei der Polizei.", []),
    ("Die Polizei meldete am Montag, der Täter sei gefasst.", [("der Täter sei gefasst", "INDIRECT_QUOTE", "Polizei")]),
    ("Nachbarn hätten von Schreien berichtet, und daraufhin die Polizei gerufen.",
     [("Nachbarn hätten von Schreien berichtet", "INDIRECT_QUOTE", "Nachbarn")]),
    # a fronted "Dies" is the object: the subject follows the auxiliary; "und" + an article opens a clause with
    # its own subject, but a coordinated noun phrase stays one subject; a parenthesis is no subject
    ("Dies hatte der Vorsitzende zuvor bestritten und die Regierung erklärte in der Antwort, sie teile seine Auffassung.",
     [("Dies", "INDIRECT_QUOTE", "Vorsitzende"), ("sie teile seine Auffassung", "INDIRECT_QUOTE", "Regierung")]),
    ("Die Regierungen von Deutschland und Frankreich haben signalisiert, dass sie Soldaten schicken können.",
     [("sie Soldaten schicken können", "INDIRECT_QUOTE", "Regierungen von Deutschland")]),
    ("Berlin: (hib/MWO) Die Bundesregierung hat zu den Anfragen Stellung genommen.",
     # (round 11: a speech act's span starts after a colon before its cue, so the dateline is left out)
     [("(hib/MWO) Die Bundesregierung hat zu den Anfragen Stellung genommen", "INDIRECT_QUOTE", "Bundesregierung")]),
    # a bare name after a cue takes no "der …" as its genitive (it is the addressee); a weekday is no speaker;
    # "von der" still links a name
    ("„Die Lage ist ernst“, sagte Ignat der Nachrichtenagentur AFP.", [("Die Lage ist ernst", "DIRECT_QUOTE", "Ignat")]),
    ("„Europa muss handeln“, sagte Ursula von der Leyen.", [("Europa muss handeln", "DIRECT_QUOTE", "Ursula von der Leyen")]),
    ("Am Mittwoch erklärte dagegen der Bürgermeister, die Brücke sei sicher.",
     [("die Brücke sei sicher", "INDIRECT_QUOTE", "Bürgermeister")]),
    # a subject with a prepositional postmodifier; a name's genitive without an article after a source noun
    ("Offizielle Stellen in Kiew erklärten am Mittwoch, die Ballons seien abgeschossen worden.",
     [("die Ballons seien abgeschossen worden", "INDIRECT_QUOTE", "Offizielle Stellen in Kiew")]),
    ("Präsident Wolodymyr Selenskyj sprach am Abend. Nach Darstellung Selenskyjs kommt die Armee voran.",
     [("kommt die Armee voran", "INDIRECT_QUOTE", "Wolodymyr Selenskyj")]),
    ("Nach Angaben Reuters wurden zwei Drohnen abgeschossen.",
     [("wurden zwei Drohnen abgeschossen", "INDIRECT_QUOTE", "Reuters")]),
    # "der" + an adjective in -e is no genitive of the noun before it but the next phrase's subject; "Laut" is
    # no part of a name; a source after "heißt es" may come with "vom", a fronted "Von X" is a topic
    ("Laut Spiegel soll im Prozess um den Mord der Vorsitzende Richter Thomas Sagebiel den Angeklagten zu einem "
     "Geständnis aufgefordert haben: „Nutzen Sie Ihre Chance.“",
     [("Nutzen Sie Ihre Chance.", "DIRECT_QUOTE", "Thomas Sagebiel"),
      # (round 17: the quotation after the colon is no longer part of the report around it)
      ("soll im Prozess um den Mord der Vorsitzende Richter Thomas Sagebiel den Angeklagten zu einem Geständnis "
       "aufgefordert haben", "INDIRECT_QUOTE", "Spiegel")]),
    ("Das sei ein ungewöhnlicher Fall, heißt es vom Landgericht.",
     [("Das sei ein ungewöhnlicher Fall", "INDIRECT_QUOTE", "Landgericht")]),
    ("Von den finnischen Hunden verspricht man sich nun Erfolg.", []),
    # a fronted "Das" before the cue is what was said; a subject of adjectives without an article after the cue
    ("Das sagen zumindest dänische Wissenschaftler von der Uni Kopenhagen.",
     [("Das", "INDIRECT_QUOTE", "dänische Wissenschaftler")]),
    ("Das sagte der Minister am Montag.", [("Das", "INDIRECT_QUOTE", "Minister")]),
    # "ließ durchblicken, dass"; "und" + a second cue ends the first content; "Dazu" opens no name; "Arbeit von X"
    # is no name of the document
    ("Kern ließ in seiner Rede durchblicken, dass er noch wichtige Punkte durchbringen möchte.",
     [("er noch wichtige Punkte durchbringen möchte", "INDIRECT_QUOTE", "Kern")]),
    ("Kurz bekräftigte, die SPÖ nicht überstimmen zu wollen und versicherte, das Programm umsetzen zu wollen.",
     [("die SPÖ nicht überstimmen zu wollen", "INDIRECT_QUOTE", "Kurz"),
      ("das Programm umsetzen zu wollen", "INDIRECT_QUOTE", "Kurz")]),
    ("Dazu Jörg Leichtfried, stellvertretender Klubvorsitzender: „Er hat es vergessen.“",
     [("Er hat es vergessen.", "DIRECT_QUOTE", "Jörg Leichtfried")]),
    # a noun in -e is no adjective ("der Feuerwehr-Leitstelle" is a genitive); an expletive "Es" makes no report
    ("Im Raum Neu-Anspach seien Keller vollgelaufen, sagte ein Sprecher der Feuerwehr-Leitstelle des Kreises am Abend.",
     [("Im Raum Neu-Anspach seien Keller vollgelaufen", "INDIRECT_QUOTE", "Sprecher")]),
    ("Es drohten örtliche Blitzschäden und Überflutungen von Kellern.", []),
    # "gemäß/gemäss Angaben der X" is a noun source with its genitive (Swiss spelling too)
    ("Gemäss Angaben der Kantonspolizei wurde niemand verletzt.",
     [("wurde niemand verletzt", "INDIRECT_QUOTE", "Kantonspolizei")]),
    # a relative clause after a preposition has its own subject; a quantifier is a subject on its own
    ("Die Bürger überreichten eine Petition, in der sie einen Ausgleich für den Verlust der Grünflächen forderten.",
     # (round 11: a speech act in a verb-final subordinate clause is that clause)
     [("in der sie einen Ausgleich für den Verlust der Grünflächen forderten", "INDIRECT_QUOTE", "sie")]),
    ("Einige kritisierten die Bebauung als „katastrophale Entscheidung“.",
     [("katastrophale Entscheidung", "DIRECT_QUOTE", "Einige")]),
    # a score or a time before a full stop ends the sentence; an ordinal does not
    ("Das Spiel endete 2:1. Die Mannschaft habe gut gespielt, sagte der Trainer am 3. Mai.",
     [("Die Mannschaft habe gut gespielt", "INDIRECT_QUOTE", "Trainer")]),
    # a newspaper's name in quotation marks after a source noun's genitive belongs to the source
    ("Nach Informationen des „Spiegel“ will die Regierung das Gesetz ändern.",
     [("will die Regierung das Gesetz ändern", "INDIRECT_QUOTE", "Spiegel")]),
])
def test_de_round10_structures(text, expected):
    # (sentences written for these tests; German round of rules:quotes@7)
    assert_de_structures(text, expected)


def test_de_person_pronoun_is_no_source_noun_or_noun_run():
    # (written for this test) "er" resolves to a person, never to a source ("Ermittlungen") or a German
    # noun run ("Unfallwagen Haftbefehl"): unresolved rather than wrong
    text = ("Den Ermittlungen zufolge war die Brücke marode. Gegen einen Mitfahrer im Unfallwagen Haftbefehl wurde "
            "erlassen. „Das habe ich immer gesagt“, sagte er.")
    ann = run(text, lang="de")
    q = find(ann, "Das habe ich immer gesagt", "DIRECT_QUOTE")
    assert q.attrs["speaker"] is None and linked(ann, q.id, "said_by").text == "er"
    text = "Der Ingenieur Hans Weber hatte gewarnt. Den Ermittlungen zufolge war die Brücke marode. „Das war klar“, sagte er."
    assert find(run(text, lang="de"), "Das war klar", "DIRECT_QUOTE").attrs["speaker"] == "Hans Weber"
    check_contract(text, run(text, lang="de"))


def test_de_konjunktiv_i_of_common_verbs_continues_reported_speech():
    # (written for this test) "verkaufe" is a Konjunktiv I form like "sei": the sentence continues the report
    text = "Der Sprecher des Konzerns sagte, die Firma sei in Schwierigkeiten. Sie verkaufe nun alle Filialen in Bayern."
    ann = run(text, lang="de")
    q = find(ann, "Sie verkaufe nun alle Filialen", "INDIRECT_QUOTE")
    assert q.attrs["speaker"] == "Sprecher des Konzerns"
    check_contract(text, ann)


def test_de_continuation_stops_at_a_new_named_person_and_plural_sie_is_no_woman():
    # (written for this test) a Konjunktiv sentence opening with another person named in full is no
    # continuation; "forderten sie" is plural: no single person
    text = ("Die Bürgermeisterin Claudia Schlager sagte, die Pläne seien öffentlich. Walter Österle aus "
            "Diegelsberg wollte wissen, wie es um die Entscheidungen stehe.\n\nIn der Petition forderten sie "
            "einen Ausgleich.")
    ann = run(text, lang="de")
    assert not [q for q in quotes(ann) if "Walter Österle" in q.text]
    q = find(ann, "In der Petition forderten sie einen Ausgleich", "INDIRECT_QUOTE")
    assert q.attrs["speaker"] is None
    check_contract(text, ann)


def test_de_noun_with_von_is_no_name():
    # (written for this test) "Arbeit von Nehammer" is no name that "Nehammer" would resolve to
    text = "Die FPÖ kritisierte die Arbeit von Nehammer. Nehammer sagte, er wolle niemanden verurteilen."
    ann = run(text, lang="de")
    assert find(ann, "er wolle niemanden verurteilen", "INDIRECT_QUOTE").attrs["speaker"] == "Nehammer"
    check_contract(text, ann)


def test_de_genitive_noun_run_is_no_name():
    # (written for this test) "Gesetzentwürfen der Bundesregierung" is a noun phrase, not a name that
    # "die Bundesregierung" or "sie" would resolve to
    text = ("Die Linke stellte Anfragen zu Gesetzentwürfen der Bundesregierung. Wie die Bundesregierung erklärte, "
            "werden die Entwürfe veröffentlicht.")
    ann = run(text, lang="de")
    assert find(ann, "werden die Entwürfe veröffentlicht", "INDIRECT_QUOTE").attrs["speaker"] == "Bundesregierung"
    check_contract(text, ann)


def test_de_colon_quotes_take_the_clause_person_and_adverbial_clauses_report_no_main_clause():
    # (sentences written for this test) a quotation after a colon takes the person named in its clause,
    # not an opening noun phrase or adverb; a demonstrative "Der" is a subject; a cue at the end of a
    # fronted adverbial clause reports nothing in the main clause, and a content in one ends before it
    text = ("Die Meisterschaft im Blick mahnt Trainer Jürgen Klopp zur Geduld: „Wir haben noch nichts gewonnen.“\n\n"
            "Doch auch Gästetrainer Thomas Schaaf ist zufrieden: „Wir waren ganz nah dran.“\n\n"
            "Da alle vom Titel sprechen, bemüht der Trainer ein Sprichwort: „Viel Lob bringt viele Probleme.“\n\n"
            "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass ihr Mandant schweige, wurde die Sitzung vertagt.")
    ann = run(text, lang="de")
    assert find(ann, "Wir haben noch nichts gewonnen", "DIRECT_QUOTE").attrs["speaker"] == "Jürgen Klopp"
    assert find(ann, "Wir waren ganz nah dran", "DIRECT_QUOTE").attrs["speaker"] == "Thomas Schaaf"
    q = find(ann, "Viel Lob bringt", "DIRECT_QUOTE")
    assert linked(ann, q.id, "said_by").text == "der Trainer"
    assert not [x for x in quotes(ann) if "bemüht" in x.text]
    assert [x.text for x in quotes(ann, "INDIRECT_QUOTE") if "Mandant" in x.text] == ["ihr Mandant schweige"]
    text = "Der Stürmer traf zweimal. Der kommentiert das nüchtern: „Das ist mein Job.“"
    q = find(run(text, lang="de"), "Das ist mein Job", "DIRECT_QUOTE")
    assert linked(run(text, lang="de"), q.id, "said_by").text == "Der"
    check_contract(text, run(text, lang="de"))


def test_en_surname_takes_the_latest_full_name_before_it():
    # (written for this test) "Clinton" after "Bill Clinton" and then "Hillary Clinton" is the latest one
    text = ("Bill Clinton spoke first. Then the crowd cheered as Hillary Clinton arrived at the rally.\n\n"
            "Clinton said the election would be close.")
    ann = run(text, lang="en")
    assert find(ann, "the election would be close", "INDIRECT_QUOTE").attrs["speaker"] == "Hillary Clinton"
    check_contract(text, ann)


def test_de_round10_resolution():
    # (an article written for this test) a description resolves to a compound title seen with the name
    # ("der Minister" -> "Umweltminister Sigmar Gabriel"); "Seine Begründung:" stands for its possessor;
    # another cue's trailing attribution is no content of the cue before it
    text = ("Umweltminister Sigmar Gabriel (SPD) sprach von einem Erfolg. Kritik kam von der Opposition.\n\n"
            "Gabriel wies die Kritik zurück. „Wer jetzt nicht handelt, wird später teuer bezahlen“, sagte der Minister.\n\n"
            "Oskar Lafontaine sprach sich gegen den Einsatz aus. Seine Begründung: „Dann holen wir uns den Terror ins Land.“\n\n"
            "Die Polizei hat einen Mann festgenommen. Der Mann habe die Tat gestanden, teilte die Staatsanwaltschaft mit.")
    ann = run(text, lang="de")
    assert find(ann, "Wer jetzt nicht handelt", "DIRECT_QUOTE").attrs["speaker"] == "Sigmar Gabriel"
    assert find(ann, "Dann holen wir uns", "DIRECT_QUOTE").attrs["speaker"] == "Oskar Lafontaine"
    assert not [q for q in quotes(ann) if "teilte" in q.text]
    q = find(ann, "Der Mann habe die Tat gestanden", "INDIRECT_QUOTE")
    assert linked(ann, q.id, "said_by").text == "die Staatsanwaltschaft"
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "fragment", "name"), [
    ("Ein Sprecher der Stadt teilte mit, die Straße werde gesperrt.", "die Straße werde", "Sprecher der Stadt"),
    ("Der Fraktionschef der Grünen erklärte, die Regierung habe versagt.", "die Regierung habe", "Fraktionschef der Grünen"),
    ("Ursula von der Leyen sagte, die Lage sei ernst.", "die Lage sei ernst", "Ursula von der Leyen"),
    ("Der Präsident der Kommission, Jean-Claude Juncker, sagte, Europa müsse handeln.", "Europa müsse", "Jean-Claude Juncker"),
    ("„Die EZB hatte keine Wahl“, sagte Commerzbank-Chefvolkswirt Jörg Krämer. Er erwarte weitere Schritte.",
     "Er erwarte", "Jörg Krämer"),
    ("Der Physiker Sebastian Pflugbeil sagte, die Werte seien zu hoch.", "die Werte seien", "Sebastian Pflugbeil"),
    ("Hermann Otto Solms sagte, die Steuern seien zu hoch.", "die Steuern seien", "Hermann Otto Solms"),
    ("Kapitän Marco Reus sagte, die Fans seien großartig gewesen.", "die Fans seien", "Marco Reus"),
    # (round 10) a name run cut at its last title word; a surname after a title; "Dazu" and noun runs with a
    # genitive or "von" are no names
    ("Russlands Außenminister Sergej Lawrow sprach in Moskau. Lawrow warnte, jeder Angriff sei ein Krieg.",
     "jeder Angriff sei", "Sergej Lawrow"),
    ("Der ukrainische Präsident Selenskyj erklärte, es bestehe ein hohes Risiko.", "es bestehe", "Selenskyj"),
    ("Die Linke stellte Anfragen zu Gesetzentwürfen der Bundesregierung. Wie die Bundesregierung erklärte, "
     "werden die Entwürfe veröffentlicht.", "werden die Entwürfe", "Bundesregierung"),
    ("Umweltminister Sigmar Gabriel sprach in Berlin. Der Minister sagte, man müsse jetzt handeln.",
     "man müsse jetzt", "Sigmar Gabriel"),
])
def test_de_canonical_names_of_descriptions(text, fragment, name):
    # the canonical name (attrs.speaker), not just the mention: "der Stadt" was the name of "Ein Sprecher der Stadt"
    assert find(run(text, lang="de"), fragment, "INDIRECT_QUOTE").attrs["speaker"] == name


def test_person_pronoun_prefers_a_name_of_the_sentence_before_over_a_description():
    # "er" after a sentence about Christian Drosten is Drosten, not the continuing "SPD-Politiker"
    text = ("Die Zahlen stiegen wieder, sagte der SPD-Politiker am Sonntag.\n\n"
            "Der Virologe Christian Drosten sieht die Lage gelassener. Im Interview erklärte er, die Immunität sei hoch.")
    ann = run(text, lang="de")
    assert "Christian Drosten" in find(ann, "die Immunität sei hoch", "INDIRECT_QUOTE").attrs["speaker"]
    # a continuing speaker who is a full name stays ("Reed … He")
    text = "Senator John Reed said the bill was dead. Critics met Jane Doe on Monday. He said the vote would fail."
    assert find(run(text, lang="en"), "the vote would fail", "INDIRECT_QUOTE").attrs["speaker"] == "John Reed"


def test_de_sie_with_a_singular_verb_is_a_woman_and_short_quotes_after_a_sentence_are_speech():
    # "sagte sie" (singular) resolves to the last named woman, not the continuing man; "sagten sie" is plural
    text = ("Der Minister Peter Schmidt sagte, die Lage sei ernst. Die Abgeordnete Maria Klein widersprach. "
            "„Das stimmt nicht“, sagte sie.")
    ann = run(text, lang="de")
    assert find(ann, "Das stimmt nicht", "DIRECT_QUOTE").attrs["speaker"] == "Maria Klein"
    # a capitalised word ending the sentence before does not make a short quotation a name
    text = "Die Gewerkschaften kritisierten den Plan. „Das ist unsozial“, sagten sie."
    assert find(run(text, lang="de"), "Das ist unsozial", "DIRECT_QUOTE").attrs["speaker"] == "Gewerkschaften"


def test_de_pronoun_does_not_take_a_noun_run_of_the_sentence_before():
    # German capitalises nouns, so "Haltung der Hamas" is a capitalised run, not a person: "Er" after it
    # keeps the continuing speaker (the near-name rule takes only names with a known first name)
    text = ("Die islamische Welt sei herausgefordert worden, so die Tonbandstimme.\n\n"
            "Auch die Haltung der Hamas wurde kritisiert. Er rief die Muslime zum Kampf auf.")
    ann = run(text, lang="de")
    assert find(ann, "Er rief die Muslime", "INDIRECT_QUOTE").attrs["speaker"] == "Tonbandstimme"


def test_de_colon_and_cue_less_quotes_take_the_subject():
    ann = run("Ein Beamter der Nationalpolizei: „Hier weiß man, wer die Kriminellen sind.“", lang="de")
    assert "Beamter" in linked(ann, find(ann, "Hier weiß man", "DIRECT_QUOTE").id, "said_by").text
    ann = run("Europapolitik: Die SPD will am Kurs festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“",
              lang="de")
    assert find(ann, "Wir wollen ein Europa", "DIRECT_QUOTE").attrs["speaker"] == "SPD"


def test_de_speech_acts_negated_quoted_and_anaphoric():
    # negated: nothing was said
    ann = run("Die Fluggesellschaft äußerte sich nicht zu dem Zwischenfall.", lang="de")
    assert quotes(ann) == []
    # the content is the pronoun that refers back
    ann = run("Die Armee hat die Stadt erreicht. Das meldete die Zeitung Haaretz am Abend.", lang="de")
    q = find(ann, "Das", "INDIRECT_QUOTE")
    assert q.text == "Das" and q.attrs["speaker"] == "Zeitung Haaretz"
    # the quoted words are the content: no second span over the whole sentence
    ann = run("Der Minister nannte den Bericht eine „Zeitungsente ohne jeden Wert“.", lang="de")
    assert [s.label for s in quotes(ann)] == ["DIRECT_QUOTE"]


LIGHT_VERB_PATTERNS = [
    # (lang, text, fragment of the quote, canonical speaker, cue text)
    ("de", "Die Gewerkschaft vertritt die Ansicht, dass die Löhne zu niedrig sind.",
     "die Löhne zu niedrig sind", "Gewerkschaft", "vertritt"),
    ("de", "Der Landrat stellte am Dienstag die Finanzierung des Neubaus in Frage.",
     "Finanzierung des Neubaus", "Landrat", "stellte"),
    ("de", "Die Opposition übte scharfe Kritik an der geplanten Steuerreform.",
     "Kritik an der geplanten Steuerreform", "Opposition", "übte"),
    ("de", "Die Ärztin brachte zum Ausdruck, dass die Klinik mehr Personal brauche.",
     "die Klinik mehr Personal brauche", "Ärztin", "brachte"),
    ("de", "Der Verband erhob die Forderung, die Abgabe sofort abzuschaffen.",
     "die Abgabe sofort abzuschaffen", "Verband", "erhob"),
    ("en", "The mayor took the view that the bridge was no longer safe.",
     "the bridge was no longer safe", "mayor", "took"),
    ("en", "Senator Jane Doe made the case that the tax would hurt farmers.",
     "the tax would hurt farmers", "Jane Doe", "made"),
    ("en", "The union voiced concerns that the plant would close next year.",
     "the plant would close next year", "union", "voiced"),
]


@pytest.mark.parametrize(("lang", "text", "fragment", "speaker", "cue"), LIGHT_VERB_PATTERNS)
def test_light_verb_constructions_are_cues(lang, text, fragment, speaker, cue):
    ann = run(text, lang=lang)
    q = find(ann, fragment, "INDIRECT_QUOTE")
    assert q.attrs["speaker"] == speaker
    assert linked(ann, q.id, "cue").text == cue
    check_contract(text, ann)


def test_light_verb_needs_its_noun_in_the_clause():
    # the same verbs without their noun, or the noun as an attribute, report nothing
    for lang, text in [
        ("de", "Der Verein vertritt die Stadt seit Jahren in der Bundesliga."),
        ("de", "Die Mannschaft übte am Montag auf dem Trainingsplatz."),
        ("de", "Die Polizei brachte die Verletzten ins Krankenhaus."),
        ("en", "The family took the train to Boston on Monday."),
        ("en", "The company made a profit of two million dollars."),
    ]:
        assert quotes(run(text, lang=lang)) == [], text


def test_de_konjunktiv_ii_continues_only_a_chain_of_reported_speech():
    # after a direct quote, a Konjunktiv II sentence is the writer's own hedge
    text = "„Wir schaffen das“, sagte Bürgermeister Karl Huber. Ein Neubau würde allerdings Jahre dauern."
    ann = run(text, lang="de")
    assert [q.text for q in quotes(ann)] == ["Wir schaffen das"]
    # inside reported speech it stands in for a Konjunktiv I that would look indicative (sie hätten)
    text = ("Der Sprecher sagte, die Firma habe Fehler gemacht. Die Kunden hätten zu lange auf ihre "
            "Lieferungen gewartet.")
    ann = run(text, lang="de")
    q = find(ann, "Die Kunden hätten", "INDIRECT_QUOTE")
    assert q.attrs["speaker"] == "Sprecher"
    check_contract(text, ann)


def test_de_konjunktiv_i_continues_over_one_sentence_of_the_writer():
    text = ("Die Sprecherin der Stadtwerke erklärte, die Leitung sei am Morgen gebrochen. Die Stadtwerke "
            "versorgen rund 40.000 Haushalte. Die Reparatur werde bis zum Abend dauern.")
    ann = run(text, lang="de")
    q = find(ann, "Die Reparatur werde", "INDIRECT_QUOTE")
    assert q.attrs["speaker"] == find(ann, "die Leitung sei", "INDIRECT_QUOTE").attrs["speaker"]
    assert not [s for s in quotes(ann) if "40.000" in s.text]
    check_contract(text, ann)
    # an ambiguous form (the reportative "soll", which also carries unattributed rumours) does not
    text = ("Die Sprecherin erklärte, die Leitung sei gebrochen. Die Stadtwerke versorgen 40.000 Haushalte. "
            "Ein Bagger soll die Leitung beschädigt haben.")
    assert not [s for s in quotes(run(text, lang="de")) if "Bagger" in s.text]
    # nor across a paragraph
    text = "Die Sprecherin erklärte, die Leitung sei gebrochen. Es regnete.\n\nDie Lage sei ernst."
    assert not [s for s in quotes(run(text, lang="de")) if "Lage" in s.text]


def test_straight_opener_closes_with_a_curly_mark_but_not_an_inner_ones():
    # (written for this test) web text mixes marks: a straight opener closed by ” pairs; a “…” inside a
    # straight quotation keeps its own ”
    text = 'Obama said, "The 1980s are calling.” The crowd laughed. Now they are screaming "The Russians are coming!"'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["The 1980s are calling.", "The Russians are coming!"]
    ann = run(text, lang="en")
    assert find(ann, "The 1980s are calling", "DIRECT_QUOTE").attrs["speaker"] == "Obama"
    assert linked(ann, find(ann, "The Russians are coming", "DIRECT_QUOTE").id, "said_by").text == "they"
    text = 'He said: "It is a group that — aside from “a few guys” — has accepted him." Then he left.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == [
        "It is a group that — aside from “a few guys” — has accepted him."]


def test_straight_quotation_closes_without_a_space_after_it():
    # (written for this test) a missing space after the closing straight mark still closes it
    text = 'Der Trainer sagte: "Wir wollen das Spiel gewinnen."Insgesamt war die Stimmung gut.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["Wir wollen das Spiel gewinnen."]
    ann = run(text, lang="de")
    q = find(ann, "Wir wollen", "DIRECT_QUOTE")
    assert "Insgesamt" not in q.text and linked(ann, q.id, "said_by").text == "Der Trainer"
    text = 'The coach said "we will win."Then he left. She said "no".'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["we will win.", "no"]
    # an apostrophe-like straight mark inside a word still does not close: 'He said "it's 5 o"clock'
    text = 'He said "Rock"n"Roll is back" today.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ['Rock"n"Roll is back']


def test_straight_single_quotation_marks_are_quotes_british_style():
    # (written for this test) British papers and many comment writers quote with straight single marks
    text = ("'We are not going anywhere,' the club's owner, Tom Hale, said. 'This is our home.'\n"
            "'The decision is wrong,' said Labour leader Keir Starmer. 'We will fight it all the way.\n"
            "'Families deserve better than this,' he added.")
    assert [text[q.start : q.end] for q in find_quotations(text)] == [
        "We are not going anywhere,", "This is our home.", "The decision is wrong,",
        "We will fight it all the way.", "Families deserve better than this,"]
    qs = find_quotations(text)
    assert qs[3].group == qs[4].group != qs[2].group  # a quote running over two paragraphs
    ann = run(text, lang="en")
    assert find(ann, "not going anywhere", "DIRECT_QUOTE").attrs["speaker"] == "Tom Hale"
    assert find(ann, "This is our home", "DIRECT_QUOTE").attrs["speaker"] == "Tom Hale"
    assert find(ann, "fight it all the way", "DIRECT_QUOTE").attrs["speaker"] == "Keir Starmer"
    assert find(ann, "Families deserve", "DIRECT_QUOTE").attrs["speaker"] == "Keir Starmer"
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "inside"), [
    # apostrophes that open or close words are no quotation marks
    ("It was rock 'n' roll in the '90s and we loved 'em, said Jones.", []),
    ("The workers' union and the nurses' union said they would strike.", []),
    ("Don't say 'never', the coach's son said.", ["never"]),
    # a mark after a sentence mark without a space is a lost closer, not an opener; a straight single
    # quotation holds no other straight opener ("'He's … political'and … the 'experts'" pairs the last)
    ("That is irrelevant.'Lol, nice. The liberal 'logic' is fun.", ["logic"]),
    ("'He is hardly the choice of the establishment'and that is why the 'experts' fear him.", ["experts"]),
    # a closing mark after a hyphen: "starts with 'ass-' and ends with …"
    ("A word that starts with 'ass-' and ends with 'hole' is rude.", ["ass-", "hole"]),
])
def test_straight_single_marks_pair_only_as_quotation_marks(text, inside):
    # (written for this test)
    assert [text[q.start : q.end] for q in find_quotations(text)] == inside


@pytest.mark.parametrize("lang,text,content,after", [
    ("de", "Der Minister sagte, dass die Lage ernst sei, und verließ den Saal.", "die Lage ernst sei", "verließ"),
    ("de", "Der Minister sagte, die Lage sei ernst, und verließ danach den Saal.", "die Lage sei ernst", "verließ"),
    ("de", "Die Sprecherin erklärte, man habe alles geprüft, und beantwortete keine Fragen.",
     "man habe alles geprüft", "beantwortete"),
    ("en", "The minister said that the situation was serious, and walked out of the room.",
     "the situation was serious", "walked"),
    ("en", "The minister said the plan was flawed, and left the room.", "the plan was flawed", "left"),
])
def test_coordinated_past_predicate_ends_the_content(lang, text, content, after):
    # (written for this test) ", und verließ …" is a second predicate of the reporting subject (English
    # ", and left …" already ended the content: a clause breaker), not more reported content
    ann = run(text, lang=lang)
    q = find(ann, content, "INDIRECT_QUOTE")
    assert q.text == content and after not in q.text
    check_contract(text, ann)


@pytest.mark.parametrize("lang,text,content", [
    ("de", "Der Minister sagte, die Lage sei ernst, und die Regierung müsse handeln.",
     "die Lage sei ernst, und die Regierung müsse handeln"),
    ("de", "Der Minister sagte, die Lage sei ernst, und heute müsse man handeln.",
     "die Lage sei ernst, und heute müsse man handeln"),
])
def test_coordinated_clause_with_its_own_subject_stays_content(lang, text, content):
    ann = run(text, lang=lang)
    assert find(ann, content, "INDIRECT_QUOTE").text == content


@pytest.mark.parametrize("text", [
    "Gegenüber der „Bild“ erklärte der Minister, er sehe keinen Grund.",
    "In der „Bild“ erklärte der Minister, er sehe keinen Grund.",
    "Dem „Spiegel“ sagte der Minister, er sehe keinen Grund.",
])
def test_de_quoted_newspaper_after_a_preposition_is_the_addressee(text):
    # (written for this test) a newspaper's name in quotation marks inside a prepositional phrase
    # is where or to whom it was said; the subject after the verb speaks
    ann = run(text, lang="de")
    q = find(ann, "er sehe keinen Grund", "INDIRECT_QUOTE")
    assert linked(ann, q.id, "said_by").text == "der Minister"


ROUND11_DE = [
    # (sentences written for these tests, after transport news pages read through the search tool)
    # an adverbial infinitive or clause after the cue is no content; the fronted "Das" is
    ("Das kündigte die Gewerkschaft an, ohne einen genauen Zeitpunkt zu nennen.",
     [("Das", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Die Gremien hätten den Streik beschlossen, bestätigte ein Sprecher, nachdem zuvor die Bahn darüber berichtet hatte.",
     [("Die Gremien hätten den Streik beschlossen", "INDIRECT_QUOTE", "Sprecher"),
      ("darüber", "INDIRECT_QUOTE", "Bahn")]),
    # ... unless it is in Konjunktiv I: a reported reason
    ("Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe.",
     [("weil Berlin einen Sonderstatus habe", "INDIRECT_QUOTE", "Alliierten")]),
    # a comma inside the cue's own clause (a list before its separable particle) opens no content
    ("Die Gewerkschaft ruft Lokführer, Zugbegleiter und Disponenten zum Streik auf.",
     [("Die Gewerkschaft ruft Lokführer, Zugbegleiter und Disponenten zum Streik auf", "INDIRECT_QUOTE", "Gewerkschaft")]),
    # a speech act after a colon starts there; one in a verb-final subordinate clause is that clause
    ("Später teilte die Gewerkschaft erste Daten mit: Die GDL ruft alle Lokführer zum Streik auf.",
     [("Die GDL ruft alle Lokführer zum Streik auf", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Wenige Stunden später teilt die GDL dann auch bereits erste Daten mit: Die Gewerkschaft ruft alle Lokführer "
     "zum Streik auf.", [("Die Gewerkschaft ruft alle Lokführer zum Streik auf", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Das Kind trank die Milch nicht, nachdem die Eltern es gewarnt hatten.",
     [("nachdem die Eltern es gewarnt hatten", "INDIRECT_QUOTE", "Eltern")]),
    # "bezeichnete X als Y": a name after the verb speaks when the fronted phrase is no person or body
    ("Eine Verschiebung des Wahltermins bezeichnete Conze als fatal.",
     [("Eine Verschiebung des Wahltermins bezeichnete Conze als fatal", "INDIRECT_QUOTE", "Conze")]),
    ("Die Bundesregierung bezeichnete Müller als Lügner.",
     [("Die Bundesregierung bezeichnete Müller als Lügner", "INDIRECT_QUOTE", "Bundesregierung")]),
    ("Der Minister bezeichnete Merkel als Vorbild.",
     [("Der Minister bezeichnete Merkel als Vorbild", "INDIRECT_QUOTE", "Minister")]),
    # (after health news pages) an apposition after a trailing attribution's speaker is no content
    ("Die Lage sei in einigen Regionen bereits unkontrollierbar, warnte Lothar Wieler, Präsident des Robert "
     "Koch-Instituts (RKI) am Donnerstag eindringlich.",
     [("Die Lage sei in einigen Regionen bereits unkontrollierbar", "INDIRECT_QUOTE", "Lothar Wieler")]),
    # "sein" + a weak cue's participle is a passive: the subject does not speak (not "ist … gekommen")
    ("Die Zahlen seien ernst, sagte Spahn. Nun seien die Bürger dazu aufgefordert, „sehr, sehr wachsam“ zu sein.",
     # (round 19: the Konjunktiv I sentence around the partial quotation continues Spahn's report)
     [("Die Zahlen seien ernst", "INDIRECT_QUOTE", "Spahn"), ("sehr, sehr wachsam", "DIRECT_QUOTE", "Spahn"),
      ("Nun seien die Bürger dazu aufgefordert, „sehr, sehr wachsam“ zu sein", "INDIRECT_QUOTE", "Spahn")]),
    ("Der Dienst ist zu dem Ergebnis gekommen, dass die Stationierung nicht an eine Abstimmung gebunden sei.",
     [("die Stationierung nicht an eine Abstimmung gebunden sei", "INDIRECT_QUOTE", "Dienst")]),
    # a fronted "Angesichts …" phrase is no subject; a speech act ends before an adverbial clause
    ("Angesichts des Anstiegs hat Bundesgesundheitsminister Jens Spahn die Menschen gemahnt, sich nicht für "
     "unverletzlich zu halten.", [("sich nicht für unverletzlich zu halten", "INDIRECT_QUOTE", "Jens Spahn")]),
    ("Auch warnte Schaade vor Partys, nachdem Clubs am Wochenende geschlossen hatten.",
     [("Auch warnte Schaade vor Partys", "INDIRECT_QUOTE", "Schaade")]),
    # (after environment news pages) „…" closed by a straight mark; a Konjunktiv I in -e the lexicon
    # does not list continues reported speech (not the past in -te)
    ("Die Landwirtschaft sei noch nicht auf „Klimaschutzkurs\", sagte die Ministerin.",
     [("Klimaschutzkurs", "DIRECT_QUOTE", "Ministerin"),
      ("Die Landwirtschaft sei noch nicht auf „Klimaschutzkurs\"", "INDIRECT_QUOTE", "Ministerin")]),
    ("„Der Klimaschutz ist wichtig“, sagte Anja Weisgerber. Lemkes Entwurf entschärfe aber nicht den Zielkonflikt.",
     [("Der Klimaschutz ist wichtig", "DIRECT_QUOTE", "Anja Weisgerber"),
      ("Lemkes Entwurf entschärfe aber nicht den Zielkonflikt", "INDIRECT_QUOTE", "Anja Weisgerber")]),
    ("„Der Klimaschutz ist wichtig“, sagte Anja Weisgerber. Der Entwurf entschärfte den Konflikt nicht.",
     [("Der Klimaschutz ist wichtig", "DIRECT_QUOTE", "Anja Weisgerber")]),
    # a first name or a parenthesis ends a speaker's name: "der …" after it is the addressee
    ("„Es ist gut“, sagte Anja Weisgerber (CSU) der Deutschen Presse-Agentur.",
     [("Es ist gut", "DIRECT_QUOTE", "Anja Weisgerber")]),
    # fronted criticism is what is said; a description with its name in apposition is that name
    ("Deutliche Kritik äußerte die stellvertretende Fraktionsvorsitzende der Grünen, Bärbel Höhn. Nach ihrer "
     "Meinung gebe es kein Konzept.",
     [("Deutliche Kritik äußerte die stellvertretende Fraktionsvorsitzende der Grünen, Bärbel Höhn", "INDIRECT_QUOTE",
       "Bärbel Höhn"), ("gebe es kein Konzept", "INDIRECT_QUOTE", "Bärbel Höhn")]),
    ("Es sei gut, sagte der Sprecher, Peter Müller, am Montag.", [("Es sei gut", "INDIRECT_QUOTE", "Peter Müller")]),
    # (after education news pages) a relative clause on the object is no content (one in Konjunktiv I
    # may be followed by the content); "drohen … zu" is a risk, not a threat
    ("Volker Kauder warnte. Kauder kritisierte auch die Kultusminister, die die Vorwürfe scharf zurückwiesen.",
     [("Volker Kauder warnte", "INDIRECT_QUOTE", "Volker Kauder"),
      ("Kauder kritisierte auch die Kultusminister, die die Vorwürfe scharf zurückwiesen", "INDIRECT_QUOTE", "Kauder")]),
    ("Der Minister erklärte den Journalisten, die ihn befragten, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Die Entwickler gehen davon aus, das drittgrößte mobile Betriebssystem zu werden.",
     [("das drittgrößte mobile Betriebssystem zu werden", "INDIRECT_QUOTE", "Entwickler")]),
    ("Die Zahlen seien hoch, sagte sie. Damit drohten jedes Jahr hunderte Lehrerstellen unbesetzt zu bleiben.",
     [("Die Zahlen seien hoch", "INDIRECT_QUOTE", "sie")]),
    ("Er drohte, das Land zu verlassen.", [("das Land zu verlassen", "INDIRECT_QUOTE", "Er")]),
    # (after business news pages) "zeigte sich „…“" with a quoted adjective is a cue, its subject speaks
    # and Konjunktiv sentences continue it; a speech act ends before a coordinated predicate
    ("Betriebsratsvorsitzender Holger Röhrs zeigte sich gegenüber dem Kurier „sehr überrascht, eigentlich "
     "geschockt“. Bei der Weihnachtsfeier seien noch gute Zahlen präsentiert worden.",
     [("sehr überrascht, eigentlich geschockt", "DIRECT_QUOTE", "Holger Röhrs"),
      ("Bei der Weihnachtsfeier seien noch gute Zahlen präsentiert worden", "INDIRECT_QUOTE", "Holger Röhrs")]),
    ("Ein Unternehmenssprecher gab Pläne für einen Arbeitsplatzabbau zu, wollte die Zahl aber nicht bestätigen.",
     [("Ein Unternehmenssprecher gab Pläne für einen Arbeitsplatzabbau zu", "INDIRECT_QUOTE", "Unternehmenssprecher")]),
    ("Der Sprecher wies die Vorwürfe nicht zurück.", []),
    # active "zitierte X mit den Worten": X speaks; a particle written apart before a clause-final verb
    ("Die Zeitung zitierte den Minister mit den Worten, man werde nicht nachgeben.",
     [("man werde nicht nachgeben", "INDIRECT_QUOTE", "Minister")]),
    ("Wie das Unternehmen am Montag bekannt gab, wird das Werk geschlossen.",
     [("wird das Werk geschlossen", "INDIRECT_QUOTE", "Unternehmen")]),
    ("Es gab am Montag keine Verletzten.", []),
    # "mahnte" needs no particle; "ist der Meinung, …" and "gab zu bedenken, …" are light-verb cues
    ("Die Kanzlerin mahnte, die Regeln einzuhalten.", [("die Regeln einzuhalten", "INDIRECT_QUOTE", "Kanzlerin")]),
    ("Die Gewerkschaft ist der Meinung, dass die Löhne steigen müssten.",
     [("die Löhne steigen müssten", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Der Experte gab zu bedenken, dass die Daten unvollständig seien.",
     [("die Daten unvollständig seien", "INDIRECT_QUOTE", "Experte")]),
    ("Das ist die Meinung vieler Experten.", []),
    # (after foreign-news pages) a fronted "Das" before a finite verb with its particle ("Das teilte
    # Steinmeier mit") is no article; a comma between two adjectives opens no content
    ("Das teilte Steinmeier mit.", [("Das", "INDIRECT_QUOTE", "Steinmeier")]),
    ("Das angekündigte Verfahren läuft an.", []),
    ("Steinmeier sagte nach schwierigen, stundenlangen Verhandlungen am Morgen: „Es hat eine Verabredung gegeben.“",
     [("Es hat eine Verabredung gegeben.", "DIRECT_QUOTE", "Steinmeier")]),
    ("Er hatte im Wahlkampf versprochen, stärker die Armen zu fördern.",
     [("stärker die Armen zu fördern", "INDIRECT_QUOTE", "Er")]),
    # (after Swiss local news pages) a wie-clause's subject with an apposition; a separable cue without
    # its particle ("geht … weiter") is no second attribution after a comma
    ("Wie Francine Zambano, Sprecherin der Kantonspolizei, auf Anfrage erklärte, erhielt die Polizei die Meldung.",
     [("erhielt die Polizei die Meldung", "INDIRECT_QUOTE", "Francine Zambano")]),
    ("Wie sie weiter betonte, geht die Suche nach der Ursache des Knalls weiter.",
     [("geht die Suche nach der Ursache des Knalls weiter", "INDIRECT_QUOTE", "sie")]),
    ("Der Mann habe die Tat gestanden, teilte die Polizei mit.",
     [("Der Mann habe die Tat gestanden", "INDIRECT_QUOTE", "Polizei")]),
    # (after Austrian news pages) "Vom Büro … heißt es" names its source and a bare "Nachsatz:" goes on
    # with it; a quoted name in a compound ("„Krone“-Anfrage") is no quote; a Landeshauptmann is a title
    ("Vom Büro des Landesrates heißt es dazu auf „Krone“-Anfrage: „Der Ball liegt nicht bei uns.“ Nachsatz: "
     "„Eine Überreglementierung wird es nicht geben.“",
     [("Der Ball liegt nicht bei uns.", "DIRECT_QUOTE", "Büro des Landesrates"),
      ("Eine Überreglementierung wird es nicht geben.", "DIRECT_QUOTE", "Büro des Landesrates")]),
    ("Von den finnischen Hunden verspricht man sich viel.", []),
    ("Einzig Kärntens Landeshauptmann Peter Kaiser sagte: „Jetzt hören wir uns das an.“",
     [("Jetzt hören wir uns das an.", "DIRECT_QUOTE", "Peter Kaiser")]),
    ("Die Präsidentin des Grünen Clubs, Regina Petrik, ist der Kommunikation ein Dorn im Auge: „Die SPÖ denkt, "
     "sie kann machen, was sie will.“", [("Die SPÖ denkt, sie kann machen, was sie will.", "DIRECT_QUOTE", "Regina Petrik")]),
    # (culture news style) more speech verbs: schwärmte, befand (not "befand sich"), konstatierte, witzelte
    ("„Das war ein magischer Abend“, schwärmte die Sängerin nach dem Konzert.",
     [("Das war ein magischer Abend", "DIRECT_QUOTE", "Sängerin")]),
    ("Die Kritikerin befand, der Film sei zu lang.", [("der Film sei zu lang", "INDIRECT_QUOTE", "Kritikerin")]),
    ("Das Auto befand sich auf der Autobahn.", []),
    ("Der Autor konstatierte, die Gesellschaft sei gespalten.",
     [("die Gesellschaft sei gespalten", "INDIRECT_QUOTE", "Autor")]),
    # "hervorgehen": its "aus" phrase is the source, also verb-final in a wie-clause
    ("Wie aus einem Bericht der Behörde hervorgeht, ist die Zahl der Unfälle gestiegen.",
     [("ist die Zahl der Unfälle gestiegen", "INDIRECT_QUOTE", "Bericht der Behörde")]),
    ("Das geht aus einer Antwort der Bundesregierung hervor.",
     [("Das", "INDIRECT_QUOTE", "Antwort der Bundesregierung")]),
    ("Aus dem Bericht geht hervor, dass die Zahl der Unfälle gestiegen ist.",
     [("die Zahl der Unfälle gestiegen ist", "INDIRECT_QUOTE", "Bericht")]),
    # "Seitens der Stadt hieß es" names its source
    ("Seitens der Stadt hieß es, man sei gesprächsbereit.", [("man sei gesprächsbereit", "INDIRECT_QUOTE", "Stadt")]),
    # a coordinated speech act after a content is its own span
    ("Merkel sagte, sie habe volles Vertrauen in den Minister, und kündigte eine Prüfung an.",
     [("sie habe volles Vertrauen in den Minister", "INDIRECT_QUOTE", "Merkel"),
      ("kündigte eine Prüfung an", "INDIRECT_QUOTE", "Merkel")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND11_DE, ids=[t[:40] for t, _ in ROUND11_DE])
def test_de_round11_structures(text, expected):
    assert_de_structures(text, expected)


# round 12 (written for these tests; court, sports and culture news style)
ROUND12_DE = [
    # a relative clause on the speaker after the cue is no content
    ("„Wir haben alles versucht“, sagte der Minister, der seit 2019 im Amt ist.",
     [("Wir haben alles versucht", "DIRECT_QUOTE", "Minister")]),
    ("„Wir haben alles versucht“, sagte Minister Hans Müller, der seit 2019 im Amt ist.",
     [("Wir haben alles versucht", "DIRECT_QUOTE", "Hans Müller")]),
    ("Am Montag sagte der Minister, die Verhandlungen seien gescheitert.",
     [("die Verhandlungen seien gescheitert", "INDIRECT_QUOTE", "Minister")]),
    # an extended attribute after an article is no relative clause
    ("Ein Hacker behauptet, den für den Schutz der DVD zuständigen Code gecrackt zu haben.",
     [("den für den Schutz der DVD zuständigen Code gecrackt zu haben", "INDIRECT_QUOTE", "Hacker")]),
    # (sports pages) verbs that report only right after a quotation
    ("„Fußball ist ein Fehlerspiel“, analysiert Trainer Daniel Brinkmann.",
     [("Fußball ist ein Fehlerspiel", "DIRECT_QUOTE", "Daniel Brinkmann")]),
    ("„Das war nichts“, schimpfte der Kapitän. „Wir müssen besser werden.“",
     [("Das war nichts", "DIRECT_QUOTE", "Kapitän"), ("Wir müssen besser werden.", "DIRECT_QUOTE", "Kapitän")]),
    ("Die Forscher analysierten die Daten von 3000 Patienten.", []),
    ("Der Kapitän schimpfte über den Schiedsrichter.", []),
    # a trailing attribution's report starts after a colon, unless the part before it is reported too
    ("Zum Jahresschluss schlug die Wissenschaft noch einmal zu: Frauen seien intelligenter, vermeldete die "
     "Universität Pittsburgh.", [("Frauen seien intelligenter", "INDIRECT_QUOTE", "Universität Pittsburgh")]),
    ("Zwar würde sie eine Bewährung zubilligen, doch die Richterin blieb hart: Eine Bewährungsstrafe sei nicht "
     "vermittelbar, so die Richterin.",
     [("Zwar würde sie eine Bewährung zubilligen, doch die Richterin blieb hart: Eine Bewährungsstrafe sei nicht "
       "vermittelbar", "INDIRECT_QUOTE", "Richterin")]),
    # (science pages) a subject with a prepositional phrase whose noun has bare adjectives
    ("Eine Hamburger Studie über psychische Folgen ergab, dass Ärzte die Frauen oft abwerten.",
     [("Ärzte die Frauen oft abwerten", "INDIRECT_QUOTE", "Hamburger Studie")]),
    ("Mit großer Mehrheit erklärten Abgeordnete, dass die Reform scheitern werde.",
     [("die Reform scheitern werde", "INDIRECT_QUOTE", "Abgeordnete")]),
    # (court pages) a source phrase inside a parenthesis between dashes: the report ends at the closing dash
    ("Der Angeklagte – er hat nach eigenen Angaben ein Jurastudium abgebrochen – stellte einen Rekord auf.",
     [("er hat", "INDIRECT_QUOTE", "Angaben"), ("ein Jurastudium abgebrochen", "INDIRECT_QUOTE", "Angaben")]),
    # (weather pages) a risk is no threat: "drohen" after a fronted phrase with a subject no one could be;
    # a list of nouns after a comma is no content; a part around a source that is all quotation is the
    # direct quote's
    ("Auch an den Alpen drohten demnach teils schwere Gewitter mit Sturmböen, Hagel und Starkregen.", []),
    ("Im Falle einer Verurteilung droht dem 66-Jährigen die Todesstrafe.", []),
    ("Am Montag drohte der Minister mit Rücktritt.",
     [("Am Montag drohte der Minister mit Rücktritt", "INDIRECT_QUOTE", "Minister")]),
    ("Am Montag drohte Müller mit einem Streik.",
     [("Am Montag drohte Müller mit einem Streik", "INDIRECT_QUOTE", "Müller")]),
    ("Am Montag drohte der Minister mit einer Strafe.",
     [("Am Montag drohte der Minister mit einer Strafe", "INDIRECT_QUOTE", "Minister")]),
    ("Der Sturm forderte zahlreiche Einsätze der Feuerwehr.", []),
    ("Die Gewerkschaft forderte höhere Löhne.", [("Die Gewerkschaft forderte höhere Löhne", "INDIRECT_QUOTE", "Gewerkschaft")]),
    # a plural verb before a singular noun phrase: the plural noun opening the sentence is the subject
    ("Kritiker fordern ein Verbot.", [("Kritiker fordern ein Verbot", "INDIRECT_QUOTE", "Kritiker")]),
    ("Der Verband warnte vor Glätte, Schnee und Eis.",
     [("Der Verband warnte vor Glätte, Schnee und Eis", "INDIRECT_QUOTE", "Verband")]),
    ("Die Trockenheit erreichte laut DWD „katastrophale Ausmaße“.",
     [("katastrophale Ausmaße", "DIRECT_QUOTE", "DWD"), ("Die Trockenheit erreichte", "INDIRECT_QUOTE", "DWD")]),
    # (Bundestag pages) a lone name opening the sentence before a verb with a name as its object is the
    # subject; "Als" + a phrase before an auxiliary in second place is no subordinate clause
    ("Scholz warf Merz vor, mit seinen Plänen die Integration zu gefährden.",
     [("mit seinen Plänen die Integration zu gefährden", "INDIRECT_QUOTE", "Scholz")]),
    ("Gestern warf Merz dem Kanzler vor, die Integration zu gefährden.",
     [("die Integration zu gefährden", "INDIRECT_QUOTE", "Merz")]),
    ("Als erster Redner hatte bereits Unionsfraktionschef Friedrich Merz (CDU) kritisiert, dass die "
     "Regierungsbank unbesetzt sei.", [("die Regierungsbank unbesetzt sei", "INDIRECT_QUOTE", "Friedrich Merz")]),
    ("Als der Minister angekündigt hatte, dass die Reform komme, jubelten die Anhänger.",
     [("die Reform komme", "INDIRECT_QUOTE", "Minister")]),
    # an apposition of the speaker after the cue is no content, nor the particle or adjuncts after it; a
    # fronted pronominal adverb is what was said ("Davon geht X aus"); "Das sagte Müller" is a finite verb
    ("Davon geht Slobodan Samardzic, der zuständige Minister, aus.",
     [("Davon", "INDIRECT_QUOTE", "Slobodan Samardzic")]),
    ("Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl vor dem Gebäude "
     "vollstreckt würde.", [("der Haftbefehl vor dem Gebäude vollstreckt würde", "INDIRECT_QUOTE", "Celebi")]),
    ("Am Montag sagte Hans Müller, der Präsident des Verbandes, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Hans Müller")]),
    ("Das sagte Hans Müller, der Präsident des Verbandes, am Montag.", [("Das", "INDIRECT_QUOTE", "Hans Müller")]),
    ("Das sagte Müller am Montag.", [("Das", "INDIRECT_QUOTE", "Müller")]),
    ("Das erklärte Ziel der Regierung ist ein ausgeglichener Haushalt.", []),
    # "sprach von …" is a speech act; its von-phrase is what was said, not part of the speaker
    ("Grünen-Chefin Ricarda Lang sprach von einem schwarzen Tag für die Demokratie.",
     [("Grünen-Chefin Ricarda Lang sprach von einem schwarzen Tag für die Demokratie", "INDIRECT_QUOTE",
       "Ricarda Lang")]),
    ("Am Montag sprach der Präsident von Frankreich von einem Durchbruch.",
     [("Am Montag sprach der Präsident von Frankreich von einem Durchbruch", "INDIRECT_QUOTE", "Präsident von Frankreich")]),
    ("Der Minister sprach mit Journalisten über die Lage.", []),
    # (data-protection pages) a second predicate after a comma keeps the first one's subject; role nouns
    # (Mitglied, Professor, …schützer) head an apposition; "die" + a plural role is no one person
    ("Die Firma Easycash bestreitet die Existenz dieser Unterlagen nicht, gibt aber an, diese hätten lediglich "
     "Gesprächen gedient.", [("diese hätten lediglich Gesprächen gedient", "INDIRECT_QUOTE", "Easycash")]),
    ("Das Unternehmen führe keine Daten zusammen, teilte Frank Wio, Mitglied der Geschäftsleitung, in Ratingen mit.",
     [("Das Unternehmen führe keine Daten zusammen", "INDIRECT_QUOTE", "Frank Wio")]),
    # (written for these tests) reflexive reactions after a quotation report it, "sich" is no speaker; a
    # short quotation after a person's name and a colon is speech
    ("„Das ist ein guter Tag für Berlin“, freute sich die Bürgermeisterin.",
     [("Das ist ein guter Tag für Berlin", "DIRECT_QUOTE", "Bürgermeisterin")]),
    ("Die Bürgermeisterin freute sich über den Sieg.", []),
    ("Kanzlerin Angela Merkel: „Wir schaffen das“", [("Wir schaffen das", "DIRECT_QUOTE", "Angela Merkel")]),
    ("Das Motto: „Wir schaffen das“", []),
    # (Swiss police report) the Swiss spelling of "hieß es"
    ("Zum Zustand der Person könnten derzeit keine Angaben gemacht werden, hiess es von der Einsatzzentrale der "
     "Polizei.", [("Zum Zustand der Person könnten derzeit keine Angaben gemacht werden", "INDIRECT_QUOTE", "Einsatzzentrale")]),
    # (migration pages) a parenthetical wie-clause reports the parts around it; present forms of separable
    # cues in verb-final clauses ("wie Eder ausführt"); "sagte … zu" is a promise, a speech act
    ("Die Zahlen liegen, wie der Landrat sagte, höher als 2015.",
     [("Die Zahlen liegen", "INDIRECT_QUOTE", "Landrat"), ("höher als 2015", "INDIRECT_QUOTE", "Landrat")]),
    ("Die Zugangszahlen liegen, wie Eder ausführt, längst höher als damals.",
     [("Die Zugangszahlen liegen", "INDIRECT_QUOTE", "Eder"), ("längst höher als damals", "INDIRECT_QUOTE", "Eder")]),
    ("Nach einem Treffen sagte Minister Dirk Adams am Freitag mehr Unterkünfte zu.",
     [("Nach einem Treffen sagte Minister Dirk Adams am Freitag mehr Unterkünfte zu", "INDIRECT_QUOTE", "Dirk Adams")]),
    ("Der Minister sagte zu Journalisten, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # (car-industry pages) a paper's name in quotation marks as the addressee after the speaker, or as the
    # subject after its cue closing the clause, is no quotation
    ("«Wir sind bereit», sagte Schlagbauer dem «Focus».", [("Wir sind bereit", "DIRECT_QUOTE", "Schlagbauer")]),
    ("Berichtet hat darüber zuerst die „Heilbronner Stimme“; das Unternehmen schweigt.", []),
    ("Die Kanzlerin nannte das Vorhaben einen „Meilenstein“.", [("Meilenstein", "DIRECT_QUOTE", "Kanzlerin")]),
    # (culture pages) a long quotation right after a term marker is a title
    ("Gerade ist ihr neuer Film „An einem schönen Morgen“ in die Kinos gekommen.", []),
    # a demonstrative before its verb is the subject, also of a coordinated participle
    ("Diese hat sich nun mit einem Zwischenbescheid gemeldet und angekündigt, dass die Sache noch etwas brauchen "
     "werde.", [("die Sache noch etwas brauchen werde", "INDIRECT_QUOTE", "Diese")]),
    # a demonstrative after a semicolon or colon is the subject
    ("Die Stimmen kamen aus der Opposition; diese befürchtet, dass die Befugnis missbraucht werde.",
     [("die Befugnis missbraucht werde", "INDIRECT_QUOTE", "diese")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12_DE, ids=[t[:40] for t, _ in ROUND12_DE])
def test_de_round12_structures(text, expected):
    assert_de_structures(text, expected)


ROUND13_DE = [
    # (round 13, written for these tests) an attribution between commas inside the clause it reports: the
    # clause's two parts, spoken by the name after the verb (not the subject before the comma)
    ("Die Wirtschaft, sagte Schmidt, sei in guter Verfassung.",
     [("Die Wirtschaft", "INDIRECT_QUOTE", "Schmidt"), ("sei in guter Verfassung", "INDIRECT_QUOTE", "Schmidt")]),
    ("Die Lage sei, so der Minister, sehr ernst.",
     [("Die Lage sei", "INDIRECT_QUOTE", "Minister"), ("sehr ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Der Vorschlag sei, erklärte die Ministerin am Montag, nicht umsetzbar.",
     [("Der Vorschlag sei", "INDIRECT_QUOTE", "Ministerin"), ("nicht umsetzbar", "INDIRECT_QUOTE", "Ministerin")]),
    # a complete clause before the attribution and a coordinated one after it: the first clause only
    ("Die Wirtschaft wächst, sagte Schmidt, und die Löhne steigen.",
     [("Die Wirtschaft wächst", "INDIRECT_QUOTE", "Schmidt")]),
    # commas of an apposition or a relative clause before the verb: the subject before them speaks
    ("Die Ärztin, die dort arbeitet, sagte, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Ärztin")]),
    # (union pages) "es" as the object of a wie-clause before its subject; an auxiliary after the cue of a
    # trailing wie-clause
    ("Die Preise steigen weiter, wie es der Minister angekündigt hat.",
     [("Die Preise steigen weiter", "INDIRECT_QUOTE", "Minister")]),
    ("Die Brücke wird im Mai eröffnet, wie die Stadt mitgeteilt hatte.",
     [("Die Brücke wird im Mai eröffnet", "INDIRECT_QUOTE", "Stadt")]),
    # (railway pages) a person's name and a colon before reported speech in the Konjunktiv I: that person's
    # quote, also for a quotation inside it
    ("Die Chefin der Fernverkehrssparte, Birgit Bohle, hat sich entschuldigt. Die Kapazitäten seien aufgestockt "
     "worden, heißt es. Bohle: Man setze „alles daran, die Reisenden ans Ziel zu bringen“.",
     [("Die Kapazitäten seien aufgestockt worden", "INDIRECT_QUOTE", None),
      ("Man setze „alles daran, die Reisenden ans Ziel zu bringen“", "INDIRECT_QUOTE", "Birgit Bohle"),
      ("alles daran, die Reisenden ans Ziel zu bringen", "DIRECT_QUOTE", "Birgit Bohle")]),
    # (health pages) "so X" inside the clause: its first part (not a lone adverb), also past an apposition of X;
    # adjuncts after an apposition are no content; an object before a comma and an indicative main clause
    # after it: no content, and a speech act ends there; an unlisted Konjunktiv I before "man"/"er" continues
    ("Die Regierung greife mit dem Gesetz, so der Gutachter, erheblich in die Rechte der Länder ein.",
     [("Die Regierung greife mit dem Gesetz", "INDIRECT_QUOTE", "Gutachter"),
      ("erheblich in die Rechte der Länder ein", "INDIRECT_QUOTE", "Gutachter")]),
    ("Lauterbach greife mit dem Gesetz, so Gutachter Ferdinand Wollenschläger, Professor an der Universität "
     "Augsburg, erheblich in die Planungshoheit der Länder ein.",
     [("Lauterbach greife mit dem Gesetz", "INDIRECT_QUOTE", "Ferdinand Wollenschläger"),
      ("erheblich in die Planungshoheit der Länder ein", "INDIRECT_QUOTE", "Ferdinand Wollenschläger")]),
    ("Zudem, so der Minister, sei die Lage ernst.", [("sei die Lage ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Die Lage sei ernst, sagte der Sprecher, Peter Müller, am Montag in Berlin vor Journalisten.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Peter Müller")]),
    ("Der Politiker Gürpinar kritisierte die Profitorientierung des Systems, die AfD befürchtet mehr Bürokratie.",
     [("Der Politiker Gürpinar kritisierte die Profitorientierung des Systems", "INDIRECT_QUOTE", "Gürpinar")]),
    ("Der Verband erhob die Forderung, die Abgabe sofort abzuschaffen.",
     [("die Abgabe sofort abzuschaffen", "INDIRECT_QUOTE", "Verband")]),
    ("Spezialisierte Eingriffe dürften nur an Kliniken vorgenommen werden, mahnte Dahmen. Mit den Anpassungen "
     "gefährde man die Patientensicherheit.",
     [("Spezialisierte Eingriffe dürften nur an Kliniken vorgenommen werden", "INDIRECT_QUOTE", "Dahmen"),
      ("Mit den Anpassungen gefährde man die Patientensicherheit", "INDIRECT_QUOTE", "Dahmen")]),
    # (climate pages) an extended attribute between the article and the head ("laut dem am Montag
    # vorgestellten Bericht", "Der am Montag in Berlin tagende Ausschuss"): the source is the head's phrase
    ("Laut dem am Montag vorgestellten IPCC-Bericht vollzieht sich der Klimawandel schneller als angenommen.",
     [("vollzieht sich der Klimawandel schneller als angenommen", "INDIRECT_QUOTE", "IPCC-Bericht")]),
    ("Die vom Kabinett eingesetzte Kommission empfahl, die Steuer zu senken.",
     [("die Steuer zu senken", "INDIRECT_QUOTE", "Kommission")]),
    # a newspaper's name in quotation marks as the subject of a trailing cue is the speaker, no quote
    ("Das Klimaziel sei ein verheerendes Signal, zitiert die „Zeit“ aus dem Papier.",
     [("Das Klimaziel sei ein verheerendes Signal", "INDIRECT_QUOTE", "Zeit")]),
    # an organisation's name with a bare "für" phrase, also coordinated ("für Migration und Flüchtlinge")
    ("Der Bund für Umwelt und Naturschutz Deutschland forderte, die Kohle schneller aufzugeben.",
     [("die Kohle schneller aufzugeben", "INDIRECT_QUOTE", "Bund für Umwelt und Naturschutz Deutschland")]),
    ("Die Zahl der Anträge sei gestiegen, teilte das Bundesamt für Migration und Flüchtlinge mit.",
     [("Die Zahl der Anträge sei gestiegen", "INDIRECT_QUOTE", "Bundesamt für Migration und Flüchtlinge")]),
    # an elided compound is one subject ("Umwelt- und Forschungsministerium")
    ("Umwelt- und Forschungsministerium haben mehr Ehrgeiz im Klimaschutz gefordert.",
     [("Umwelt- und Forschungsministerium haben mehr Ehrgeiz im Klimaschutz gefordert", "INDIRECT_QUOTE",
       "Forschungsministerium")]),
    # (town council pages) a partial quotation inside a verb-final clause belongs to the clause: its subject
    # speaks; a quoted adjective opening the sentence before "zeigte(n) sich" is that cue's
    ("StR Wiedl kritisiert, dass sich die Räte gegenseitig „Feigheit vor dem Bürger“ in der Sitzung vorgeworfen haben.",
     [("Feigheit vor dem Bürger", "DIRECT_QUOTE", "Räte"),
      ("sich die Räte gegenseitig „Feigheit vor dem Bürger“ in der Sitzung vorgeworfen haben", "INDIRECT_QUOTE",
       "StR Wiedl")]),
    ("„Verwundert“ zeigten sich auch Karl Bärnklau (Grüne) und Christian Deglmann (Bürgerliste).",
     [("Verwundert", "DIRECT_QUOTE", "Karl Bärnklau")]),
    # (industry news written here) an impersonal "hieß es" right after "Das teilte X mit." takes the same source
    ("Der Zulieferer will bis 2027 rund 3000 Stellen abbauen. Das teilte das Unternehmen am Dienstag mit. "
     "Betroffen seien vor allem die Werke in Bayern, hieß es.",
     [("Das", "INDIRECT_QUOTE", "Unternehmen"),
      ("Betroffen seien vor allem die Werke in Bayern", "INDIRECT_QUOTE", "Unternehmen")]),
    ("Das sagte der Minister am Montag.", [("Das", "INDIRECT_QUOTE", "Minister")]),
    # (climate pages) a verb of judgement reports a quotation after it ("sieht … als „…“"), else nothing
    ("Karliczek sieht den Bericht als erneutes „nicht mehr zu überhörendes“ Warnsignal.",
     [("nicht mehr zu überhörendes", "DIRECT_QUOTE", "Karliczek")]),
    ("Die Polizei sieht keinen Zusammenhang mit dem Anschlag.", []),
    # (poll and party news written here) "demnach" continues the source of the sentence before; the question
    # after "Auf die Frage, ob …" is no content of the answer
    ("Laut einer Umfrage des Instituts Forsa liegt die Union bei 30 Prozent. Die SPD verliert demnach zwei Punkte.",
     [("liegt die Union bei 30 Prozent", "INDIRECT_QUOTE", "Forsa"),
      ("Die SPD verliert demnach zwei Punkte", "INDIRECT_QUOTE", "Forsa")]),
    ("Auf die Frage, ob er erneut kandidieren werde, antwortete der Bürgermeister ausweichend.", []),
    # (town council pages) a time phrase after a name is no part of it; a month is no speaker
    ("„Wir waren nicht einverstanden“, hatte Fraktionschef Martin Metz Anfang Juli dazu gesagt.",
     [("Wir waren nicht einverstanden", "DIRECT_QUOTE", "Martin Metz")]),
    # a name in quotation marks after its noun is no end of the clause's subject search
    ("Nach Wintersturm „Elli“ bittet die Vorstandschefin der Bahn die Kunden um Entschuldigung und verteidigt "
     "die Zugausfälle.",
     [("Nach Wintersturm „Elli“ bittet die Vorstandschefin der Bahn die Kunden um Entschuldigung und verteidigt "
       "die Zugausfälle", "INDIRECT_QUOTE", "Vorstandschefin")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND13_DE, ids=[t[:40] for t, _ in ROUND13_DE])
def test_de_round13_structures(text, expected):
    assert_de_structures(text, expected)


ROUND14_DE = [
    # (round 14, written for these tests) a content clause of two words after "dass" or "ob" is a whole
    # clause (three words are the minimum elsewhere)
    ("Die Gewerkschaft befürchtet, dass Stellen wegfallen.",
     [("Stellen wegfallen", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Ein Reporter fragte, ob Müller spielt.", [("Müller spielt", "INDIRECT_QUOTE", "Reporter")]),
    # (economic forecast and state politics pages) a main clause in the Konjunktiv I with no attribution
    # before it is reported speech; the subject of the sentence before speaks when it is a person, "er"/"sie"
    # or a noun phrase with an article, and the Konjunktiv sentences after it continue
    ("Die Anwohner sind verärgert. Der Lärm sei unerträglich, die Stadt habe nichts getan.",
     [("Der Lärm sei unerträglich, die Stadt habe nichts getan", "INDIRECT_QUOTE", "Anwohner")]),
    ("Staatspräsident Georgi Parwanow ist besorgt. Der Konflikt sei nicht ethnisch motiviert. Keinesfalls "
     "dürfe das Thema den Wahlkampf dominieren.",
     [("Der Konflikt sei nicht ethnisch motiviert. Keinesfalls dürfe das Thema den Wahlkampf dominieren",
       "INDIRECT_QUOTE", "Georgi Parwanow")]),
    ("Der Bürgermeister steht unter Druck. Er habe von den Plänen nichts gewusst.",
     [("Er habe von den Plänen nichts gewusst", "INDIRECT_QUOTE", "Bürgermeister")]),
    # no report: fixed phrases, "ich", a subordinate clause, a sentence before that is itself reported or
    # whose subject is no speaker, a paragraph break
    ("Das Fest findet am Samstag statt. Es wird gefeiert, es sei denn, es regnet.", []),
    ("Der Verein hat 200 Mitglieder. Gott sei Dank gab es keine Verletzten.", []),
    ("Der Kandidat trat am Montag zurück. Wie dem auch sei, die Wahl findet statt.", []),
    ("Die Lage an der Grenze ist angespannt. Sei es aus Angst oder aus Wut, viele fliehen.", []),
    ("Ich war lange in Berlin. Dann habe ich mich für Hamburg entschieden.", []),
    ("Der Vertrag ist umstritten. Das Gericht muss klären, ob der Vertrag gültig sei.", []),
    ("Oberhalb der Stadt liegt ein See. Der Zugang sei gesperrt.", []),
    ("Der Zugang zum See könnte gesperrt werden. Der Weg sei zu gefährlich.", []),
    ("Die Anwohner sind verärgert.\n\nDer Lärm sei unerträglich.", []),
    # (a guard found on a state-politics page) a sentence before that reports is no plain sentence whose
    # subject could speak: its object ("das Aussetzen der Umlage") was the speaker
    # (round 22: an unresolved "er" anchors the Konjunktiv sentence after it, which is his report going on)
    ("Als Lösung nennt er, „wie in anderen Ländern“, das Aussetzen der Umlage. Auch ein Investitionspaket sei "
     "vorstellbar.", [("wie in anderen Ländern", "DIRECT_QUOTE", "er"),
                      ("Auch ein Investitionspaket sei vorstellbar", "INDIRECT_QUOTE", "er")]),
    # plural forms of speech-act verbs the list had only in the singular: the sentence is the act
    ("Umweltschützer warnen vor den Folgen für das Grundwasser.",
     [("Umweltschützer warnen vor den Folgen für das Grundwasser", "INDIRECT_QUOTE", "Umweltschützer")]),
    ("Die Verbraucherschützer mahnten zur Vorsicht beim Online-Kauf.",
     [("Die Verbraucherschützer mahnten zur Vorsicht beim Online-Kauf", "INDIRECT_QUOTE", "Verbraucherschützer")]),
    ("Die Minister verteidigten die Entscheidung.",
     [("Die Minister verteidigten die Entscheidung", "INDIRECT_QUOTE", "Minister")]),
    # (guards) an infinitive after a modal, a risk
    ("Die Aussagen des Opfers konnte niemand bestätigen.", []),
    ("Den Angeklagten drohen lange Gefängnisstrafen.", []),
    # a lone surname the article has not introduced, a singular speech-act verb and a "die"/"das" phrase
    # after it: the name is the subject, the phrase the object (it spoke before); a fronted adverb keeps the
    # subject after the verb
    ("Habeck kritisierte die Pläne der Union.",
     [("Habeck kritisierte die Pläne der Union", "INDIRECT_QUOTE", "Habeck")]),
    ("Merz verteidigte die Entscheidung seiner Fraktion.",
     [("Merz verteidigte die Entscheidung seiner Fraktion", "INDIRECT_QUOTE", "Merz")]),
    ("Scharf kritisierte die Opposition den Plan.",
     [("Scharf kritisierte die Opposition den Plan", "INDIRECT_QUOTE", "Opposition")]),
    ("Ähnlich äußerte sich die Ministerin.", [("Ähnlich äußerte sich die Ministerin", "INDIRECT_QUOTE", "Ministerin")]),
    # thoughts the gold counts as reported: an expectation with "damit, dass", an assumption as an act
    ("Experten rechnen damit, dass die Preise im Herbst weiter steigen werden.",
     [("die Preise im Herbst weiter steigen werden", "INDIRECT_QUOTE", "Experten")]),
    ("Die Polizei vermutet Brandstiftung.", [("Die Polizei vermutet Brandstiftung", "INDIRECT_QUOTE", "Polizei")]),
    ("Die Firma rechnet damit den Umsatz ab.", []),
    ("Der Täter wird noch im Haus vermutet.", []),
    # a passive reports a dass-clause without a speaker, and an act with its von-agent as the speaker; a
    # passive act without an agent is no quote ("Ihm wird Betrug vorgeworfen"); an adverb (and the
    # auxiliary) before a fronted source
    ("Es wird vermutet, dass der Brand durch einen technischen Defekt ausgelöst wurde.",
     [("der Brand durch einen technischen Defekt ausgelöst wurde", "INDIRECT_QUOTE", None)]),
    ("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt.",
     [("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt", "INDIRECT_QUOTE", "Armeesprecherin")]),
    ("Ihm wird Betrug in zwanzig Fällen vorgeworfen.", []),
    ("So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung handeln müsse.",
     [("die Regierung handeln müsse", "INDIRECT_QUOTE", "Pressemitteilung der Organisation")]),
    ("Auch in dem Bericht heißt es, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Bericht")]),
    # a was-clause with a reporting verb of its own is a comment on the report, no part of it
    ("Der Minister sagte, er habe keine Kenntnis von den Vorgängen gehabt, was die Opposition bezweifelt.",
     [("er habe keine Kenntnis von den Vorgängen gehabt", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sagte, er habe nichts gewusst, was der Sprecher später bestritten hat.",
     [("er habe nichts gewusst", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sagte, die Preise stiegen, was die Bürger belaste.",
     [("die Preise stiegen, was die Bürger belaste", "INDIRECT_QUOTE", "Minister")]),
    # a casualty word in the subject is no casualty object ("forderte 35 Todesopfer" is no demand)
    ("Die Angehörigen der Opfer forderten eine lückenlose Aufklärung.",
     [("Die Angehörigen der Opfer forderten eine lückenlose Aufklärung", "INDIRECT_QUOTE", "Angehörigen der Opfer")]),
    ("Das Unglück forderte 35 Todesopfer.", []),
    # "wissen wollen" asks
    ("Die Journalisten wollten wissen, ob der Minister zurücktreten werde.",
     [("der Minister zurücktreten werde", "INDIRECT_QUOTE", "Journalisten")]),
    # "betonte" with an object is an act; "ausschließen" reports with a content clause, and as an act only
    # when negated ("did not rule out": it may be); "schloss den Spieler aus" expels
    ("Beide betonten die enge Partnerschaft.", [("Beide betonten die enge Partnerschaft", "INDIRECT_QUOTE", "Beide")]),
    ("Ein Sprecher der Polizei schloss Brandstiftung nicht aus.",
     [("Ein Sprecher der Polizei schloss Brandstiftung nicht aus", "INDIRECT_QUOTE", "Sprecher der Polizei")]),
    ("Ein Sprecher schloss aus, dass es weitere Opfer gibt.",
     [("es weitere Opfer gibt", "INDIRECT_QUOTE", "Sprecher")]),
    ("Der Verein schloss den Spieler aus.", []),
    ("Ein Zusammenhang ist nicht ausgeschlossen.", []),
    # "zu Wort" after a title is a set phrase, no name like "Minister zu Guttenberg", and no antecedent of the
    # relative pronoun after it
    ("Am Abend meldete sich der Bürgermeister zu Wort, der erklärte, das Feuer sei gelöscht.",
     [("das Feuer sei gelöscht", "INDIRECT_QUOTE", "Bürgermeister")]),
    # (earthquake pages) a fronted adverbial clause of the writer's is no content of the cue after it; with a
    # Konjunktiv it is reported; a speech act after it is the main clause, one in it the adverbial clause
    ("Nachdem die Polizei eingetroffen war, sagte der Zeuge, er habe nichts gesehen.",
     [("er habe nichts gesehen", "INDIRECT_QUOTE", "Zeuge")]),
    ("Als die Polizei eintraf, sei der Täter schon geflohen, sagte ein Zeuge.",
     [("Als die Polizei eintraf, sei der Täter schon geflohen", "INDIRECT_QUOTE", "Zeuge")]),
    ("Während die Regierung die Pläne lobte, sprach die Opposition von einem Skandal.",
     [("Während die Regierung die Pläne lobte", "INDIRECT_QUOTE", "Regierung"),
      ("sprach die Opposition von einem Skandal", "INDIRECT_QUOTE", "Opposition")]),
    # a decimal comma is part of its number, no clause boundary
    ("Während die Behörden einen Wert von 6,3 meldeten, sprach die Erdbebenwarte von 5,9.",
     [("Während die Behörden einen Wert von 6,3 meldeten", "INDIRECT_QUOTE", "Behörden"),
      ("sprach die Erdbebenwarte von 5,9", "INDIRECT_QUOTE", "Erdbebenwarte")]),
    # a main clause after a comma, opened by a partitive "davon" (no pronoun referring to a report)
    ("Die Kosten liegen bei 11,3 Milliarden Euro, davon fordert Airbus 5,3 Milliarden Euro vom Staat.",
     [("davon fordert Airbus 5,3 Milliarden Euro vom Staat", "INDIRECT_QUOTE", "Airbus")]),
    # a measure before an adjective is no Konjunktiv verb continuing the report
    ("Nach Angaben der Stadt wird gebaut. Das 10 Meter hohe Gebäude hat vier Etagen.",
     [("wird gebaut", "INDIRECT_QUOTE", "Stadt")]),
    # (government press pages) a pronoun subject before an unlisted Konjunktiv I continues the report
    ("Merkel sagte, sie sei zufrieden. Sie neige dazu, nur Ergebnisse bekanntzugeben.",
     [("sie sei zufrieden", "INDIRECT_QUOTE", "Merkel"),
      ("Sie neige dazu, nur Ergebnisse bekanntzugeben", "INDIRECT_QUOTE", "Merkel")]),
    ("Merkel sagte, sie sei zufrieden. Es regnete am Abend.", [("sie sei zufrieden", "INDIRECT_QUOTE", "Merkel")]),
    # promises and admissions with an object are acts
    ("Kanzlerin Angela Merkel hat ihrem Sprecher Offenheit zugesagt.",
     [("Kanzlerin Angela Merkel hat ihrem Sprecher Offenheit zugesagt", "INDIRECT_QUOTE", "Angela Merkel")]),
    ("Der Minister gestand Fehler ein.", [("Der Minister gestand Fehler ein", "INDIRECT_QUOTE", "Minister")]),
    # "verlautete" like "hieß es", with its fronted source; "verwies auf" an act; "ließ offen, ob" a report
    ("Aus Regierungskreisen verlautete, die Entscheidung sei gefallen.",
     [("die Entscheidung sei gefallen", "INDIRECT_QUOTE", "Regierungskreisen")]),
    ("Er verwies auf die angespannte Haushaltslage.",
     [("Er verwies auf die angespannte Haushaltslage", "INDIRECT_QUOTE", "Er")]),
    ("Der Schiedsrichter verwies den Spieler des Feldes.", []),
    ("Der Sprecher ließ offen, ob es weitere Gespräche gibt.",
     [("es weitere Gespräche gibt", "INDIRECT_QUOTE", "Sprecher")]),
    ("Die Tür ließ er offen.", []),
    # (written here, wire style) "werfen … vor" in the present plural; polls and studies after "nach" are
    # sources ("nach der Analyse des Spiels" is a time); an act after a quotation its first predicate reported
    ("Kritiker werfen dem Präsidenten vor, keine Strategie für einen Abzug zu haben.",
     [("keine Strategie für einen Abzug zu haben", "INDIRECT_QUOTE", "Kritiker")]),
    ("Nach einer Umfrage des Senders CNN lehnen 64 Prozent der Amerikaner den Krieg ab.",
     [("lehnen 64 Prozent der Amerikaner den Krieg ab", "INDIRECT_QUOTE", "Umfrage des Senders CNN")]),
    ("Nach der Analyse des Spiels ging der Trainer nach Hause.", []),
    ("DGB-Chef Michael Sommer nannte die Pläne „sozial ungerecht“ und kündigte Proteste an.",
     [("sozial ungerecht", "DIRECT_QUOTE", "Michael Sommer"),
      ("kündigte Proteste an", "INDIRECT_QUOTE", "Michael Sommer")]),
    ("Bei einem Besuch verkündete der Präsident: „Keine Familie wird leiden.“",
     [("Keine Familie wird leiden.", "DIRECT_QUOTE", "Präsident")]),
    # a newspaper's name in quotation marks after a fronted "Das"/"Dies" and its cue is the speaker, no quote
    ("Die Regierung will die Rente früher einführen. Das berichtet die „Süddeutsche Zeitung“ in ihrer "
     "Montagsausgabe.", [("Das", "INDIRECT_QUOTE", "Süddeutsche Zeitung")]),
    ("Die Regierung will die Rente früher einführen. Dies berichtet der „Spiegel“ in seiner neuen Ausgabe.",
     [("Dies", "INDIRECT_QUOTE", "Spiegel")]),
    ("Das nannte die Ministerin „völlig inakzeptabel“.", [("völlig inakzeptabel", "DIRECT_QUOTE", "Ministerin")]),
    # (earthquake pages) a "Vom X" phrase opening the report before ", hieß es" is no source of the impersonal
    # cue (the report was lost); a fronted source with a relative clause still is (a guard from DEV's diff)
    ("Vom Beben seien viele Menschen betroffen, hieß es.",
     [("Vom Beben seien viele Menschen betroffen", "INDIRECT_QUOTE", None)]),
    ("In der Vorabversion des Berichts, der ins Netz gestellt wurde, heißt es, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Vorabversion des Berichts")]),
    # a main clause after a comma (article, noun, verb in second place) ends a source's report and is an act
    # of its own; a relative clause and a Konjunktiv clause go on
    ("Das Beben hatte laut der Behörde eine Stärke von 6,6, die US-Behörde gab die Stärke mit 7 an.",
     [("Das Beben hatte", "INDIRECT_QUOTE", "Behörde"), ("eine Stärke von 6,6", "INDIRECT_QUOTE", "Behörde"),
      ("die US-Behörde gab die Stärke mit 7 an", "INDIRECT_QUOTE", "US-Behörde")]),
    ("Das Beben hatte laut der Behörde eine Stärke von 6,6, die die US-Behörde später korrigierte.",
     [("Das Beben hatte", "INDIRECT_QUOTE", "Behörde"),
      ("eine Stärke von 6,6, die die US-Behörde später korrigierte", "INDIRECT_QUOTE", "Behörde")]),
    ("Laut Buzek waren alle an einer Einigung interessiert, die Verhandlungen seien blockiert worden.",
     [("waren alle an einer Einigung interessiert, die Verhandlungen seien blockiert worden", "INDIRECT_QUOTE",
       "Buzek")]),
    # (sports reports, written here) verbs of mood after a quotation, more adjectives of "zeigte sich"
    ("„Das war der schönste Tag meines Lebens“, strahlte die 22-Jährige.",
     [("Das war der schönste Tag meines Lebens", "DIRECT_QUOTE", "22-Jährige")]),
    ("Die Sonne strahlte am Himmel.", []),

    ("Die Siegerin zeigte sich nach dem Rennen überglücklich.",
     [("Die Siegerin zeigte sich nach dem Rennen überglücklich", "INDIRECT_QUOTE", "Siegerin")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_DE, ids=[t[:40] for t, _ in ROUND14_DE])
def test_de_round14_structures(text, expected):
    assert_de_structures(text, expected)


ROUND15_DE = [
    # (round 15; business and science pages, sentences written here) a fronted time phrase of a measure
    # noun and später/zuvor/danach is no subject: the speaker follows the verb
    ("Ein paar Tage später kündigte Vorstandschef Roland Busch einen Stellenabbau an.",
     [("Ein paar Tage später kündigte Vorstandschef Roland Busch einen Stellenabbau an", "INDIRECT_QUOTE",
       "Busch")]),
    ("Wenige Tage später sagte Busch, der Abbau sei nötig.", [("der Abbau sei nötig", "INDIRECT_QUOTE", "Busch")]),
    ("Zwei Jahre zuvor hatte die Ministerin erklärt, sie trete zurück.",
     [("sie trete zurück", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Tage seien gezählt, sagte der Trainer.",  # (a guard: passes before this round too)
     [("Die Tage seien gezählt", "INDIRECT_QUOTE", "Trainer")]),
    # "wissen lassen" reports; an object pronoun between an inverted verb and its subject ("sagte mir der
    # Forscher") is skipped, not "ihr" (a possessive: "sagte ihr Sprecher")
    ("Das Projekt sei gescheitert, ließ der Minister wissen.",
     [("Das Projekt sei gescheitert", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister ließ über seinen Sprecher wissen, dass er nicht kandidiere.",
     [("er nicht kandidiere", "INDIRECT_QUOTE", "Minister")]),
    ("Das habe hormonelle Gründe, ließen uns die Forscher wissen.",
     [("Das habe hormonelle Gründe", "INDIRECT_QUOTE", "Forscher")]),
    ("Das sei falsch, sagte uns der Forscher.", [("Das sei falsch", "INDIRECT_QUOTE", "Forscher")]),
    ("„Das ist falsch“, erklärte ihm die Ärztin.", [("Das ist falsch", "DIRECT_QUOTE", "Ärztin")]),
    ("Das sei falsch, sagte ihr Sprecher.", [("Das sei falsch", "INDIRECT_QUOTE", "ihr Sprecher")]),  # (guard)
    # a Konjunktiv I after the subject and its prepositional phrase continues the report before
    ("Das habe hormonelle Gründe, sagte der Forscher. Künstliches Licht in der Nacht verändere die Prozesse.",
     [("Das habe hormonelle Gründe", "INDIRECT_QUOTE", "Forscher"),
      ("Künstliches Licht in der Nacht verändere die Prozesse", "INDIRECT_QUOTE", "Forscher")]),
    ("Die Polizei sagte, der Mann sei geflohen. Die Menschen in der Stadt gerne feiern.",  # (guard: no verb)
     [("der Mann sei geflohen", "INDIRECT_QUOTE", "Polizei")]),
    # (rail strike and UN pages) a separable particle that closes the cue's clause seven or more words on
    # still opens the content after it (the whole sentence was an act)
    ("Der Generalstab gab am Donnerstag in einem Brief bekannt, dass die Waffenruhe in Kraft tritt.",
     [("die Waffenruhe in Kraft tritt", "INDIRECT_QUOTE", "Generalstab")]),
    ("Die Firma teilte am Montagabend auf ihrer neuen Internetseite mit, die Produktion werde eingestellt.",
     [("die Produktion werde eingestellt", "INDIRECT_QUOTE", "Firma")]),
    # "die Schuld geben" (blame) is a speech act, and the Konjunktiv after it continues its speaker
    ("Weselsky gab am Dienstag dem Management die Schuld für die Eskalation. Die Gewerkschaft sei sich "
     "ihrer Verantwortung bewusst.",
     [("Weselsky gab am Dienstag dem Management die Schuld für die Eskalation", "INDIRECT_QUOTE", "Weselsky"),
      ("Die Gewerkschaft sei sich ihrer Verantwortung bewusst", "INDIRECT_QUOTE", "Weselsky")]),
    ("Er gab sich selbst keine Schuld.", []),  # (guard: passes before too)
    # (election and health pages) a weekday's morning or night is a time word, no speaker; adjuncts only up to
    # the comma still let a content follow (not for a verb with a particle: the content follows the particle)
    ("Chamisa schrieb am Dienstagmorgen auf Twitter, er habe gewonnen.",
     [("er habe gewonnen", "INDIRECT_QUOTE", "Chamisa")]),
    ("Sie erklärten während einer Pressekonferenz in der Hauptstadt Abuja, dass Betrug begangen werde.",
     [("Betrug begangen werde", "INDIRECT_QUOTE", "Sie")]),
    # "in Aussicht stellen" (a promise) is a speech act
    ("IEC-Chef Jusuf Nuristani stellte am Mittwoch die Veröffentlichung in Aussicht.",
     [("IEC-Chef Jusuf Nuristani stellte am Mittwoch die Veröffentlichung in Aussicht", "INDIRECT_QUOTE",
       "Jusuf Nuristani")]),
    # a relative pronoun before an article of its own form is the subject of its clause ("die die Wahlen …
    # bezeichneten": not "die Wahlen"); a relative clause on the speaker of a trailing attribution, to the
    # sentence end, keeps the report before it
    ("Die Wahlen seien unzuverlässig, sagen die Parteien, die die Wahlen als „Scheinwahlen“ bezeichneten.",
     [("Die Wahlen seien unzuverlässig", "INDIRECT_QUOTE", "Parteien"),
      ("Scheinwahlen", "DIRECT_QUOTE", "Parteien")]),
    ("Die Parteien, die die Wahlen kritisiert hatten, kündigten Proteste an.",
     [("die die Wahlen kritisiert hatten", "INDIRECT_QUOTE", "Parteien")]),
    # ... but an article phrase that can speak is the subject ("die Reform, die die Regierung … bezeichnet hatte");
    # a quotation inside a relative clause on the subject keeps the report after it
    ("Die Reform, die die Regierung als „alternativlos“ bezeichnet hatte, scheiterte.",
     [("alternativlos", "DIRECT_QUOTE", "Regierung")]),
    ("Das Gesetz, das die Regierung als „alternativlos“ bezeichnet hatte, scheiterte.",
     [("alternativlos", "DIRECT_QUOTE", "Regierung")]),
    ("Die Ministerin, die den Plan als „Unsinn“ bezeichnet hatte, sagte, sie trete zurück.",
     [("Unsinn", "DIRECT_QUOTE", "Ministerin"), ("sie trete zurück", "INDIRECT_QUOTE", "Ministerin")]),
    # (coalition pages) "attestieren" is a speech act; a pronominal adverb opening the sentence is no subject
    ("Unionsfraktionschef Friedrich Merz hatte der Koalition zuletzt Handlungsunfähigkeit attestiert.",
     [("Unionsfraktionschef Friedrich Merz hatte der Koalition zuletzt Handlungsunfähigkeit attestiert",
       "INDIRECT_QUOTE", "Friedrich Merz")]),
    # (written here, wire style) a medium's name in quotation marks after the kind of medium ("Die japanische
    # Zeitung „Asahi Shimbun“ berichtete, …" gave nothing)
    ("Die japanische Zeitung „Asahi Shimbun“ berichtete, die Regierung wolle die Zone vergrößern.",
     [("die Regierung wolle die Zone vergrößern", "INDIRECT_QUOTE", "Asahi Shimbun")]),
    ("Der Sender „CNN“ meldete, die Regierung wolle die Zone vergrößern.",
     [("die Regierung wolle die Zone vergrößern", "INDIRECT_QUOTE", "CNN")]),
    ("Die Organisation „Public Citizen“ sprach von einem „dunklen Tag für die Demokratie“.",
     [("dunklen Tag für die Demokratie", "DIRECT_QUOTE", "Public Citizen")]),
    # a fronted adverb that ends like no adverb ("Allgemein") is no subject before a name after the verb
    ("Allgemein verweist Drewes darauf, dass die Prüfung von unterschiedlichen Personen durchgeführt werde.",
     [("die Prüfung von unterschiedlichen Personen durchgeführt werde", "INDIRECT_QUOTE", "Drewes")]),
    ("Scholz warf Merz vor, die Wahl zu sabotieren.",  # (guard)
     [("die Wahl zu sabotieren", "INDIRECT_QUOTE", "Scholz")]),
    # a source phrase inside a report with its own trailing attribution makes no spans of its own
    ("Verletzt wurde nach ersten Erkenntnissen niemand, teilte die Feuerwehr mit.",
     [("Verletzt wurde nach ersten Erkenntnissen niemand", "INDIRECT_QUOTE", "Feuerwehr")]),
    ("Laut Polizei wurde niemand verletzt.", [("wurde niemand verletzt", "INDIRECT_QUOTE", "Polizei")]),  # (guard)
    # a court's ruling: "entschied, dass …" (not "entschied sich für …", not the participle "entschieden")
    ("Das Gericht entschied am Montag, dass die Regeln gegen die Verfassung verstießen.",
     [("die Regeln gegen die Verfassung verstießen", "INDIRECT_QUOTE", "Gericht")]),
    ("Der Verein entschied sich für einen neuen Trainer.", []),
    ("Noch ist der Streit nicht entschieden, noch gibt es mehr Unterstützer als Kritiker.", []),
    ("Dafür hat Habeck folgende Erklärung: „Alle kommen aus unterschiedlichen politischen Vorstellungen.“",
     [("Alle kommen aus unterschiedlichen politischen Vorstellungen.", "DIRECT_QUOTE", "Habeck")]),
    ("Es gab Proteste gegen die Pläne, die der Minister als „alternativlos“ bezeichnet hatte.",  # (guard)
     [("alternativlos", "DIRECT_QUOTE", "Minister")]),
    # (police and rail pages) "bitten" is a request: its zu-infinitive is the content, without one the act
    ("Die Polizei bittet um Hinweise.", [("Die Polizei bittet um Hinweise", "INDIRECT_QUOTE", "Polizei")]),
    ("Die Bahn bat Reisende, nicht dringend nötige Fahrten zu verschieben.",
     [("nicht dringend nötige Fahrten zu verschieben", "INDIRECT_QUOTE", "Bahn")]),
    ("Bitte melden Sie sich.", []),  # (guard)
    # (written here) "leugnen" is a denial; "zusichern" a promise (act, or its dass-clause); "darauf beharren /
    # bestehen / pochen" insists, with the dass-clause as content ("bestand aus" / "darin" stay nothing)
    ("Der Minister leugnete jede Verantwortung.",
     [("Der Minister leugnete jede Verantwortung", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sicherte den Ländern Unterstützung zu.",
     [("Der Minister sicherte den Ländern Unterstützung zu", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sicherte zu, dass die Mittel rasch fließen.",
     [("die Mittel rasch fließen", "INDIRECT_QUOTE", "Minister")]),
    ("Die Polizei sicherte Spuren am Tatort.", []),
    ("Die Ministerin beharrte darauf, dass der Vertrag gelte.",
     [("der Vertrag gelte", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Gefahr bestand darin, dass der Damm bricht.", []),  # (guard)
    ("Das Team bestand aus elf Spielern.", []),  # (guard)
    # a lone plural noun of persons before a plural verb is the subject ("Kritiker" is no adjective opening a
    # noun phrase, "fehlende Transparenz" no speaker); "Alarm schlagen" is a warning
    ("Kritiker bemängeln fehlende Transparenz.",
     [("Kritiker bemängeln fehlende Transparenz", "INDIRECT_QUOTE", "Kritiker")]),
    ("Anwohner kritisieren die Pläne.", [("Anwohner kritisieren die Pläne", "INDIRECT_QUOTE", "Anwohner")]),
    ("Umweltverbände kritisierten die Einigung als unzureichend.",
     [("Umweltverbände kritisierten die Einigung als unzureichend", "INDIRECT_QUOTE", "Umweltverbände")]),
    ("Gestern kritisierten die Anwohner den Plan.",  # (guard: an adverb opens the sentence)
     [("Gestern kritisierten die Anwohner den Plan", "INDIRECT_QUOTE", "Anwohner")]),
    ("Pläne kritisiert der Minister.", [("Pläne kritisiert der Minister", "INDIRECT_QUOTE", "Minister")]),  # (guard)
    ("Die Ärzte schlugen Alarm.", [("Die Ärzte schlugen Alarm", "INDIRECT_QUOTE", "Ärzte")]),
    # (written here) thoughts: an adjective of conviction after "sein" before ", dass" or a colon ("ist
    # überzeugt", "ist sich sicher", "sind besorgt"), not impersonal ("Es ist sicher"); "zweifelt daran",
    # "setzt darauf", "wünscht sich", "erhofft sich", "nehmen an" with their dass-clause
    ("Der Minister ist überzeugt, dass die Reform gelingt.",
     [("die Reform gelingt", "INDIRECT_QUOTE", "Minister")]),
    ("Die Ministerin ist sich sicher, dass die Reform gelingt.",
     [("die Reform gelingt", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Trainer war sich sicher: Die Mannschaft wird gewinnen.",
     [("Die Mannschaft wird gewinnen", "INDIRECT_QUOTE", "Trainer")]),
    ("Es ist sicher, dass die Reform kommt.", []),
    ("Der Trainer zweifelt daran, dass die Mannschaft gewinnt.",
     [("die Mannschaft gewinnt", "INDIRECT_QUOTE", "Trainer")]),
    ("Die Regierung setzt darauf, dass die Wirtschaft wächst.",
     [("die Wirtschaft wächst", "INDIRECT_QUOTE", "Regierung")]),
    ("Die Eltern wünschen sich, dass die Schule bleibt.", [("die Schule bleibt", "INDIRECT_QUOTE", "Eltern")]),
    ("Der Senat hatte sich erhofft, dass der Erlös in den Haushalt fließt.",
     [("der Erlös in den Haushalt fließt", "INDIRECT_QUOTE", "Senat")]),
    ("Die Forscher nehmen an, dass das Virus mutiert.", [("das Virus mutiert", "INDIRECT_QUOTE", "Forscher")]),
    ("Die Kinder wünschen sich ein neues Spielzeug.", []),
    ("Die Polizei setzte Wasserwerfer ein.", []),  # (guard)
    # thoughts with a noun or "halten es für": "hat keine Zweifel / die Sorge / Angst, dass" (the noun after the
    # verb: "Da sie Angst hatte, …" is none), "sieht die Gefahr, dass", "drückte die Hoffnung aus, dass", "hält
    # es für wahrscheinlich, dass" ("es" is no speaker; without "es" "halten … für" is no cue: the DEV diff
    # showed 'halten die Auswechslung für einen „Befreiungsschlag“' as a quotation)
    ("Der Trainer hat keine Zweifel, dass die Mannschaft gewinnt.",
     [("die Mannschaft gewinnt", "INDIRECT_QUOTE", "Trainer")]),
    ("Die Anwohner haben Angst, dass der Damm bricht.", [("der Damm bricht", "INDIRECT_QUOTE", "Anwohner")]),
    ("Der Verband sieht die Gefahr, dass Stellen wegfallen.", [("Stellen wegfallen", "INDIRECT_QUOTE", "Verband")]),
    ("Die Ministerin drückte ihre Hoffnung aus, dass der Konflikt endet.",
     [("der Konflikt endet", "INDIRECT_QUOTE", "Ministerin")]),
    ("Beobachter halten es jedoch für unwahrscheinlich, dass das Gericht die Entscheidung kassiert.",
     [("das Gericht die Entscheidung kassiert", "INDIRECT_QUOTE", "Beobachter")]),
    ("Laut der Agentur hält es der Präsident für möglich, dass die Bank wächst.",
     [("hält es der Präsident für möglich, dass die Bank wächst", "INDIRECT_QUOTE", "Agentur"),
      ("die Bank wächst", "INDIRECT_QUOTE", "Präsident")]),
    ("Beobachter halten die Auswechslung für einen „Befreiungsschlag“ des Präsidenten.", []),
    # considering: "überlegt, ob …", "erwägt, … zu …" (content only)
    ("Die Stadt überlegt, ob sie gegen den Bescheid klagt.",
     [("sie gegen den Bescheid klagt", "INDIRECT_QUOTE", "Stadt")]),
    ("Der Konzern erwägt, das Werk zu schließen.", [("das Werk zu schließen", "INDIRECT_QUOTE", "Konzern")]),
    ("Das Gericht hat die Argumente sorgfältig erwogen.", []),
    # writing: "Im Bericht steht, dass …" (only after "In/Im" and a document noun), "postete", "legt nahe, dass"
    ("Im Bericht steht, dass die Kosten gestiegen sind.",
     [("die Kosten gestiegen sind", "INDIRECT_QUOTE", "Bericht")]),
    ("Auch im Koalitionsvertrag steht: Die Steuern sinken.",
     [("Die Steuern sinken", "INDIRECT_QUOTE", "Koalitionsvertrag")]),
    ("Im Zentrum steht die Frage, ob die Kosten steigen.", []),
    ("Es steht fest, dass die Kosten steigen.", []),
    ("Der Minister postete auf Instagram, er sei zurückgetreten.",
     [("er sei zurückgetreten", "INDIRECT_QUOTE", "Minister")]),
    ("Der Bericht legt nahe, dass die Kosten gestiegen sind.",
     [("die Kosten gestiegen sind", "INDIRECT_QUOTE", "Bericht")]),
    # a Konjunktiv I sentence whose own cue has a pronoun subject and no content continues the report before
    ("„Wir sind enttäuscht“, sagte der Sprecher. Man habe mehr erwartet.",
     [("Wir sind enttäuscht", "DIRECT_QUOTE", "Sprecher"), ("Man habe mehr erwartet", "INDIRECT_QUOTE", "Sprecher")]),
    ("„Wir sind enttäuscht“, sagte der Sprecher. Man hatte mehr erwartet.",  # (the indicative: no report)
     [("Wir sind enttäuscht", "DIRECT_QUOTE", "Sprecher")]),
    ("Da ihre Mandantin Angst hatte, habe Celebi die Verhandlung verzögert.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND15_DE, ids=[t[:40] for t, _ in ROUND15_DE])
def test_de_round15_structures(text, expected):
    assert_de_structures(text, expected)


ROUND16_DE = [
    # (round 16; space agency and church pages, sentences written here) a dative addressee with adjuncts after
    # a trailing attribution is no clause: the report before it stays ("der Nachrichtenagentur dpa am Mittwoch")
    ("Die Sonde habe erstmals Daten gesendet, sagte Agentursprecher Bernd Weber der Nachrichtenagentur dpa am "
     "Mittwoch in Darmstadt.",
     [("Die Sonde habe erstmals Daten gesendet", "INDIRECT_QUOTE", "Bernd Weber")]),
    ("Die Lage sei ernst, sagte die Ministerin dem Sender „Phoenix“ am Sonntagabend in Berlin.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Lage sei ernst, sagte die Ministerin den Reportern nach der Sitzung im Kanzleramt.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Lage sei ernst, sagte die Ministerin der Zeitung am Montag, sie wolle handeln.",  # (guard: a clause)
     [("sie wolle handeln", "INDIRECT_QUOTE", "Ministerin")]),
    # a description with a für-phrase before the name in apposition ("der Direktor für den Flugbetrieb, Rolf
    # Bauer,"): the content before was lost and the name's comma phrase became the content
    ("Das Signal sei am Vormittag angekommen, sagte der Direktor für den Flugbetrieb, Rolf Bauer, in Darmstadt.",
     [("Das Signal sei am Vormittag angekommen", "INDIRECT_QUOTE", "Rolf Bauer")]),
    ("Das Signal sei angekommen, sagte der Beauftragte für die Raumfahrt, Peter Krause.",
     [("Das Signal sei angekommen", "INDIRECT_QUOTE", "Peter Krause")]),
    # sentence adverbs that end like no adverb were the speaker ("Zugleich", "Immerhin", "Übrigens")
    ("Zugleich warnte Bischof Georg Bätzing, die Reform dürfe nicht scheitern.",
     [("die Reform dürfe nicht scheitern", "INDIRECT_QUOTE", "Georg Bätzing")]),
    ("Immerhin sagte Trainer Peter Bosz, die Mannschaft habe gekämpft.",
     [("die Mannschaft habe gekämpft", "INDIRECT_QUOTE", "Peter Bosz")]),
    ("Übrigens erklärte Sprecher Klaus Weber, der Termin stehe fest.",
     [("der Termin stehe fest", "INDIRECT_QUOTE", "Klaus Weber")]),
    # (flood and climate-summit pages) a trailing wie-clause whose description has a name in apposition gave
    # nothing; the speaker is the name
    ("Die Arbeiten an den Deichen gehen weiter, wie der Sprecher des Landkreises, Andreas Bonin, sagte.",
     [("Die Arbeiten an den Deichen gehen weiter", "INDIRECT_QUOTE", "Andreas Bonin")]),
    ("Die Arbeiten an den Deichen gehen weiter, wie der Sprecher, Andreas Bonin, mitteilte.",
     [("Die Arbeiten an den Deichen gehen weiter", "INDIRECT_QUOTE", "Andreas Bonin")]),
    ("Die Arbeiten an den Deichen gehen weiter, wie der Sprecher des Landkreises sagte.",  # (guard)
     [("Die Arbeiten an den Deichen gehen weiter", "INDIRECT_QUOTE", "Sprecher des Landkreises")]),
    # a demonstrative alone before the auxiliary is the subject ("Entwarnung" was the speaker); "der"/"dieser"
    # resolve like "er"
    ("Am Nachmittag kam Peter Schmidt hinzu. Dieser habe dann Entwarnung gegeben: Der Hang rutsche nicht.",
     [("Der Hang rutsche nicht", "INDIRECT_QUOTE", "Peter Schmidt")]),
    ("Am Nachmittag kam Peter Schmidt hinzu. Der hat dann Entwarnung gegeben: Der Hang rutsche nicht.",
     [("Der Hang rutsche nicht", "INDIRECT_QUOTE", "Peter Schmidt")]),
    # (motor sport and business pages) a coordinated subject, or a list, before a plural verb ("Proteste" was the speaker)
    ("Betriebsrat und IG Metall kündigten Proteste an.",
     [("Betriebsrat und IG Metall kündigten Proteste an", "INDIRECT_QUOTE", "Betriebsrat und IG Metall")]),
    ("Die Außenminister Frankreichs, Italiens und Spaniens erklärten, dass sie den Plan begrüßen.",
     [("sie den Plan begrüßen", "INDIRECT_QUOTE", "Die Außenminister Frankreichs, Italiens und Spaniens")]),
    # renewing a demand or a criticism is the act ("erneuerte die Forderung nach …"), also with a cue verb that
    # is a light verb too ("bekräftigte ihre Kritik an …" gave nothing); the name before it stays the speaker
    ("Deutschmann erneuerte die Forderung nach dem Verzicht auf Kündigungen.",
     [("Deutschmann erneuerte die Forderung nach dem Verzicht auf Kündigungen", "INDIRECT_QUOTE", "Deutschmann")]),
    ("Die Opposition bekräftigte ihre Kritik an dem Gesetz.",
     [("Die Opposition bekräftigte ihre Kritik an dem Gesetz", "INDIRECT_QUOTE", "Opposition")]),
    ("Der Minister wiederholte seine Forderung, die Steuern zu senken.",  # (guard: the content clause)
     [("die Steuern zu senken", "INDIRECT_QUOTE", "Minister")]),
    # (Middle East pages) a genitive plural without an article after a source noun or a title ("nach Angaben
    # syrischer Aktivisten") was the start of the content, and the speaker the bare "Angaben"
    ("Nach Angaben syrischer Aktivisten wurden am Freitag 20 Menschen getötet.",
     [("wurden am Freitag 20 Menschen getötet", "INDIRECT_QUOTE", "Angaben syrischer Aktivisten")]),
    ("Nach Einschätzung vieler Experten und Fans wird die Mannschaft den Titel holen.",
     [("wird die Mannschaft den Titel holen", "INDIRECT_QUOTE", "Einschätzung vieler Experten und Fans")]),
    ("Die Stadt sei gefallen, sagte ein Sprecher kurdischer Rebellen.",
     [("Die Stadt sei gefallen", "INDIRECT_QUOTE", "Sprecher kurdischer Rebellen")]),
    # (air accident pages) a trailing attribution in the perfect, its auxiliary first ("…, hat uns ein Sprecher
    # gesagt." gave nothing; "…, hat die Polizei mitgeteilt." made the whole sentence the content)
    ("Die Arbeiten an der Unfallstelle dauern noch an, hat uns ein Sprecher gesagt.",
     [("Die Arbeiten an der Unfallstelle dauern noch an", "INDIRECT_QUOTE", "Sprecher")]),
    ("Die Arbeiten an der Unfallstelle dauern noch an, hatte die Polizei am Montag mitgeteilt.",
     [("Die Arbeiten an der Unfallstelle dauern noch an", "INDIRECT_QUOTE", "Polizei")]),
    # a two-word content of a pronoun and a Konjunktiv is a clause ("sagte, er bleibe" gave nothing)
    ("Der Minister sagte, er bleibe.", [("er bleibe", "INDIRECT_QUOTE", "Minister")]),
    ("Er komme, kündigte der Trainer an.", [("Er komme", "INDIRECT_QUOTE", "Trainer")]),
    ("Müller sagte, es sei.", []),  # (guard: "es" and a bare "sei" are no clause)
    # a relative clause on the subject before the main verb: the main report stays, with its subject ("der das
    # Gesetz verteidigt" is an act of its own); after it, an auxiliary's subject is the one before the relative
    # clause ("hat der Zeitung gesagt" had the speaker "der Zeitung")
    ("Der Minister, der seit 2010 im Amt ist, hat der Zeitung gesagt, er bleibe im Amt.",
     [("er bleibe im Amt", "INDIRECT_QUOTE", "Der Minister")]),
    # (Swiss politics pages) a report opening with a dass-clause: the noun phrase after its verb "sei" is no
    # subject of the trailing cue ("ein Beweis …" was the speaker and the report was lost)
    ("Dass die Abstimmung möglich war, sei ein Beweis für die Stärke der Institutionen, teilte der Bundesrat mit.",
     [("Dass die Abstimmung möglich war, sei ein Beweis für die Stärke der Institutionen", "INDIRECT_QUOTE",
       "Bundesrat")]),
    # an inverted quoted passive after the report: "…, wird Ministerin X zitiert"
    ("Der Rat tagte am Abend. «Das ist ein starkes Zeichen», wird Justizministerin Simonetta Sommaruga zitiert.",
     [("Das ist ein starkes Zeichen", "DIRECT_QUOTE", "Simonetta Sommaruga")]),
    ("Die Lage sei ernst, wurde der Minister am Montag in der Zeitung zitiert.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # an adverb before the participle of an extended attribute ("in einem jetzt veröffentlichten Zwischenbericht")
    ("„Das war schlimm“, heißt es in einem jetzt veröffentlichten Zwischenbericht der Bundesstelle.",
     [("Das war schlimm", "DIRECT_QUOTE", "Zwischenbericht der Bundesstelle")]),
    # (nuclear diplomacy and Olympic pages) a possessive genitive after a source noun ("nach Angaben seines
    # Atombeauftragten Hassan Rohani" was part of the content)
    ("Der Iran hat nach Angaben seines Atombeauftragten Hassan Rohani die Anreicherung nur ausgesetzt.",
     [("Der Iran hat", "INDIRECT_QUOTE", "Hassan Rohani"),
      ("die Anreicherung nur ausgesetzt", "INDIRECT_QUOTE", "Hassan Rohani")]),
    # a title's name in apposition with a first name the lists do not know, also after a source phrase and
    # after a role's prepositional phrase ("Laut dem Sprecher …, Saeed Khatibzadeh, gibt es …" gave the content
    # "Saeed Khatibzadeh")
    ("Laut dem Sprecher des iranischen Außenministeriums, Saeed Khatibzadeh, gibt es Fortschritte in den Gesprächen.",
     [("gibt es Fortschritte in den Gesprächen", "INDIRECT_QUOTE", "Saeed Khatibzadeh")]),
    ("Dies machte der iranische Botschafter bei der IAEA, Reza Najafi, am Mittwoch in Wien deutlich.",
     [("Dies", "INDIRECT_QUOTE", "Reza Najafi")]),
    ("Die Lage sei ernst, sagte der Minister am Montag, Peter Müller sei zurückgetreten.",  # (guard: a clause)
     [("Peter Müller sei zurückgetreten", "INDIRECT_QUOTE", "Minister")]),
    # a second source inside a trailing attribution only relays it ("…, sagte er laut der Nachrichtenagentur Isna"
    # made the report and the attribution a content of Isna's)
    ("Die Reise sei nicht geplant, sagte Vizepräsident Mohammad Eslami laut der Nachrichtenagentur Isna am Mittwoch.",
     [("Die Reise sei nicht geplant", "INDIRECT_QUOTE", "Mohammad Eslami")]),
    # a relative clause with a preposition on a trailing source is no content ("…, in den Reuters Einblick erhielt")
    ("Die Regierung habe die Obergrenzen eingehalten, hieß es in einem geheimen Bericht, in den die Agentur Reuters "
     "Einblick erhielt.",
     [("Die Regierung habe die Obergrenzen eingehalten", "INDIRECT_QUOTE", "Bericht")]),
    ("Die Lage sei ernst, sagte der Minister, mit dem die Opposition gesprochen hatte.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # (film festival and diesel-trial pages) a description with a name in apposition after the speaker's
    # description ("sagte der Jury-Chef, der niederländische Regisseur Paul Verhoeven." made the apposition the
    # content and lost the report)
    ("Die Auswahl sei stark, sagte der Jury-Chef, der niederländische Regisseur Paul Verhoeven.",
     [("Die Auswahl sei stark", "INDIRECT_QUOTE", "Paul Verhoeven")]),
    # a name in quotation marks after "laut" is the source ("Laut „Bild“ soll …" gave nothing), also in a
    # compound; the quoted name is no direct quote
    ("Laut „Bild“ soll der Trainer noch in dieser Woche gehen.",
     [("soll der Trainer noch in dieser Woche gehen", "INDIRECT_QUOTE", "Bild")]),
    ("Die Schadensumme beläuft sich laut „Spiegel“ auf 350 Millionen Euro.",
     [("Die Schadensumme beläuft sich", "INDIRECT_QUOTE", "Spiegel"),
      ("auf 350 Millionen Euro", "INDIRECT_QUOTE", "Spiegel")]),
    ("Laut „Spiegel“-Informationen beläuft sich die Schadensumme auf 350 Millionen Euro.",
     [("beläuft sich die Schadensumme auf 350 Millionen Euro", "INDIRECT_QUOTE", "Spiegel")]),
    # (migration pages) a parenthesis after a source noun's genitive belongs to the source, not the content,
    # and not to the canonical name
    ("Nach Aussagen von Klaus Wowereit (SPD) bringe die Entscheidung jetzt Klarheit.",
     [("bringe die Entscheidung jetzt Klarheit", "INDIRECT_QUOTE", "Klaus Wowereit")]),
    # a title's unlisted name in apposition at the sentence end
    ("„Die Verlängerung ist notwendig“, sagte die Integrationsministerin des Landes, Inger Stojberg.",
     [("Die Verlängerung ist notwendig", "DIRECT_QUOTE", "Inger Stojberg")]),
    # (bird flu and attack pages) an agency's lower-case name right after the article of the addressee ("sagte ein
    # Sprecher der dpa nach einer Sitzung des Krisenstabs" lost the report)
    ("Der Minister habe alle Maßnahmen vorbereiten lassen, sagte ein Sprecher der dpa nach einer Sitzung des "
     "Krisenstabs.",
     [("Der Minister habe alle Maßnahmen vorbereiten lassen", "INDIRECT_QUOTE", "Sprecher")]),
    # a relative clause on a trailing speaker that opens with an adverb ("…, sagte der Diplomat, der namentlich nicht
    # genannt werden wollte." made the relative clause the content and lost the report)
    ("Die Verhandlungen dauerten noch Wochen, sagte der Diplomat, der namentlich nicht genannt werden wollte.",
     [("Die Verhandlungen dauerten noch Wochen", "INDIRECT_QUOTE", "Diplomat")]),
    # (energy and sports pages) a fronted "Das" before a cue and a title is what was said ("Das bekräftigte
    # Wirtschaftsminister Habeck" gave nothing); a quoted name in a compound is the whole source ("der
    # „Bild“-Zeitung": the content began with "Zeitung")
    ("Die Regierung hält an ihrem Ziel fest. Das bekräftigte Wirtschaftsminister Robert Habeck in Berlin.",
     [("Das", "INDIRECT_QUOTE", "Robert Habeck")]),
    ("Laut einem Bericht der „Bild“-Zeitung soll der Trainer vor dem Aus stehen.",
     [("soll der Trainer vor dem Aus stehen", "INDIRECT_QUOTE", "Bild")]),
    ("Der Trainer soll vor dem Aus stehen, berichtet die „Bild“-Zeitung.",  # (guard: the report was right before)
     [("Der Trainer soll vor dem Aus stehen", "INDIRECT_QUOTE", "Bild")]),
]


@pytest.mark.parametrize(("text", "name"), [
    # (round 16, education pages) a place's genitive before a title and a surname is no part of the name
    ("Brandenburgs Bildungsminister Freiberg sagte, künftig müssten die Kinder gefördert werden.", "Freiberg"),
    # new title suffixes: senators, film directors, officers
    ("Berlins Bildungssenatorin Günther-Wünsch sagte, wichtig sei es, die Basiskompetenzen zu stärken.",
     "Günther-Wünsch"),
    ("Polizeimajor Abdel Hussein Minsef erklärte, bei den Toten handele es sich um Zivilisten.", "Abdel Hussein Minsef"),
])
def test_de_round16_canonical_names(text, name):
    ann = run(text, lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == [name]
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "expected"), ROUND16_DE, ids=[t[:40] for t, _ in ROUND16_DE])
def test_de_round16_structures(text, expected):
    assert_de_structures(text, expected)


ROUND17_DE = [
    # (round 17, rail-strike, earthquake, farm-protest and cyber-attack pages; sentences written here) a reflexive
    # "stellt sich die Frage" (the question arises) is no act of asking and takes no speaker
    ("Da stellt sich die Frage, ob das Gesetz hält.", []),
    ("Als Rukwied im Dezember sagte, „wir kämpfen bis zum Ende“, stellte sich die Frage, ob das überzogen ist.",
     [("wir kämpfen bis zum Ende", "DIRECT_QUOTE", "Rukwied")]),
    # a second source between an opening attribution's cue and its content made the attribution a quote
    ("Der Premierminister Alberto Otárola sagte der Nachrichtenagentur zufolge, das Opfer sei ein Mädchen.",
     [("das Opfer sei ein Mädchen", "INDIRECT_QUOTE", "Alberto Otárola")]),
    ("Der Minister sagte laut einem Bericht der Zeitung, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # a source phrase without an owner beside one with: split once, by the source that has an owner
    ("Daten sind nach bisherigen Erkenntnissen laut der Sprecherin nicht abgeflossen.",
     [("Daten sind nach bisherigen Erkenntnissen", "INDIRECT_QUOTE", "Sprecherin"),
      ("nicht abgeflossen", "INDIRECT_QUOTE", "Sprecherin")]),
    ("Nach ersten Erkenntnissen wurde niemand verletzt.",  # (guard: alone it stays the source)
     [("wurde niemand verletzt", "INDIRECT_QUOTE", "Erkenntnissen")]),
    # an agency's name in lower case after its noun belongs to the source, not to the report
    ("Laut der Nachrichtenagentur dpa wurde niemand verletzt.",
     [("wurde niemand verletzt", "INDIRECT_QUOTE", "Nachrichtenagentur")]),
    ("Nach Angaben der Nachrichtenagentur dpa wurde niemand verletzt.",
     [("wurde niemand verletzt", "INDIRECT_QUOTE", "Nachrichtenagentur")]),
    # the participles of separable speech acts after "hat" are acts (the sentence is the reported speech)
    ("Der Minister hat die Bürger zur Vorsicht aufgerufen.",
     [("Der Minister hat die Bürger zur Vorsicht aufgerufen", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister hat die Vorwürfe zurückgewiesen.",
     [("Der Minister hat die Vorwürfe zurückgewiesen", "INDIRECT_QUOTE", "Minister")]),
    ("Der Vorstand hat Fehler eingeräumt.", [("Der Vorstand hat Fehler eingeräumt", "INDIRECT_QUOTE", "Vorstand")]),
    ("Das Amt hat von Reisen in die Region abgeraten.",
     [("Das Amt hat von Reisen in die Region abgeraten", "INDIRECT_QUOTE", "Amt")]),
    # ... and their passive has no speaker of its own: a separable prefix before "ge" is a participle too
    ("Die Vorwürfe wurden zurückgewiesen.", []),  # (guard: no act without its agent)
    ("Die Vorwürfe wurden von der Regierung zurückgewiesen.",
     [("Die Vorwürfe wurden von der Regierung zurückgewiesen", "INDIRECT_QUOTE", "Regierung")]),
    # a state passive of a strong participle: the citizens are called on, they do not speak
    ("Die Bürger sind aufgerufen, Wasser zu sparen.", []),
    # reaffirming, stressing, recommending with an object only are acts too
    ("Der Minister bekräftigte das Ziel der Regierung.",
     [("Der Minister bekräftigte das Ziel der Regierung", "INDIRECT_QUOTE", "Minister")]),
    ("Der Bürgermeister unterstrich die Bedeutung des Projekts.",
     [("Der Bürgermeister unterstrich die Bedeutung des Projekts", "INDIRECT_QUOTE", "Bürgermeister")]),
    ("Die Verbraucherzentrale empfahl den Kunden einen Anbieterwechsel.",
     [("Die Verbraucherzentrale empfahl den Kunden einen Anbieterwechsel", "INDIRECT_QUOTE", "Verbraucherzentrale")]),
    ("Der Trainer bedauerte die Niederlage.", []),  # (guard: regret is no act here)
    # countering with "hielt dagegen" reports its content or quotation
    ("Grüne und CDU hielten dagegen, nicht jede Auseinandersetzung sei gleich ein Streit.",
     [("nicht jede Auseinandersetzung sei gleich ein Streit", "INDIRECT_QUOTE", "CDU")]),
    ("„Das stimmt nicht“, hielt der Minister dagegen.", [("Das stimmt nicht", "DIRECT_QUOTE", "Minister")]),
    ("Die Polizei hielt die Demonstranten auf.", []),  # (guard: no particle "dagegen")
    # a quotation after a colon ends the reported clause before it (the content ran on through the quotation)
    ('Der Trainer sagte nur, es bringe jetzt nichts, alles schlechtzureden: "Ich habe Vertrauen in meine Mannschaft."',
     [("es bringe jetzt nichts, alles schlechtzureden", "INDIRECT_QUOTE", "Trainer"),
      ("Ich habe Vertrauen in meine Mannschaft.", "DIRECT_QUOTE", "Trainer")]),
    # a trailing attribution followed by a second cue of the same subject: both report ("…, sagte der Minister und
    # fügte hinzu, …" gave the first report nothing and the second the cue "sagte"); a separable particle before
    # "und" closes its clause ("teilte das Ministerium mit und kündigte …" was no cue); the writer's adverbial
    # infinitive after a trailing attribution is no content ("…, ohne Details zu nennen")
    ("Die Lage sei ernst, sagte der Minister und fügte hinzu, man werde helfen.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister"), ("man werde helfen", "INDIRECT_QUOTE", "Minister")]),
    ("Die Lage sei ernst, teilte das Ministerium mit und kündigte Hilfen an.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministerium")]),
    ("Die Regierung werde helfen, sagte die Ministerin, ohne Details zu nennen.",
     [("Die Regierung werde helfen", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Regierung werde die Hilfen verlängern, kündigte die Ministerin an, ohne einen Betrag zu nennen.",
     [("Die Regierung werde die Hilfen verlängern", "INDIRECT_QUOTE", "Ministerin")]),
    # a speech act in a main clause after ", und/aber/doch" is that clause; a second attribution in such a clause
    # ends the report before it
    ("Die Regierung legte den Haushalt vor, und die Opposition kritisierte den Plan scharf.",
     [("die Opposition kritisierte den Plan scharf", "INDIRECT_QUOTE", "Opposition")]),
    ("Der Kanzler sagte, die Lage sei stabil, doch die Opposition warf ihm Untätigkeit vor.",
     [("die Lage sei stabil", "INDIRECT_QUOTE", "Kanzler"),
      ("die Opposition warf ihm Untätigkeit vor", "INDIRECT_QUOTE", "Opposition")]),
    ("Der Kanzler sagte, die Lage sei stabil, und die Preise würden sinken.",  # (guard: still reported)
     [("die Lage sei stabil, und die Preise würden sinken", "INDIRECT_QUOTE", "Kanzler")]),
    # an act whose subject goes on to report with a second cue is no quote of its own
    ("Der Minister sprach sich gegen das Verbot aus und sagte, das Gesetz könne Absprachen verletzen.",
     [("das Gesetz könne Absprachen verletzen", "INDIRECT_QUOTE", "Minister")]),
]


@pytest.mark.parametrize(("text", "name"), [
    # (round 17) a title right before a name with a first name no list knows gives its grammatical gender, so
    # the name is a person's that a later "er"/"sie" continues ("er" had no name)
    ("Ministerpräsident Alexis Tsipras hat der Zeitung ein Interview gegeben. Darin hat er erklärt, dass es keine "
     "Alternative gebe.", "Alexis Tsipras"),
    ("Ministerpräsidentin Sanna Marin gab ein Interview. Sie erklärte, es gebe keine Alternative.", "Sanna Marin"),
    # a fronted phrase that names nobody before the verb, and a person named before after it: the person speaks
    # (the speaker was "Vorgezogene Wahlen", and the "Er" after it continued that)
    ("Alexis Tsipras hat am Abend seinen Kurs verteidigt. Vorgezogene Wahlen schloss Tsipras aber auch nicht aus. "
     "Er fügte hinzu: »Ich werde niemandem drohen.«", "Alexis Tsipras"),
])
def test_de_round17_speaker_of_the_last_quote(text, name):
    ann = run(text, lang="de")
    assert quotes(ann)[-1].attrs["speaker"] == name
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "expected"), ROUND17_DE, ids=[t[:40] for t, _ in ROUND17_DE])
def test_de_round17_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "mention"), [
    ("„Wir sind erreichbar“, sagte der Bürgermeister der Deutschen Presse-Agentur.", "der Bürgermeister"),
    ("„Wir sind erreichbar“, sagte der Minister der Nachrichtenagentur dpa.", "der Minister"),
    ("Das teilte am Freitag eine Stadtsprecherin der Deutschen Presse-Agentur mit.", "eine Stadtsprecherin"),
    # (guards: the agency's own staff, and an agency that is no news agency, keep their genitive)
    ("„Wir sind erreichbar“, sagte ein Korrespondent der Nachrichtenagentur AFP.",
     "ein Korrespondent der Nachrichtenagentur AFP"),
    ("„Wir prüfen das“, sagte ein Sprecher der Bundesagentur.", "ein Sprecher der Bundesagentur"),
])
def test_de_news_agency_after_a_speaker_is_the_addressee(text, mention):
    # (round 17) "der Deutschen Presse-Agentur" after a speaker was read as its genitive: the SPEAKER was "eine
    # Stadtsprecherin der Deutschen Presse-Agentur" and the canonical name the agency's spokeswoman
    ann = run(text, lang="de")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == mention
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "cue"), [
    ("„Das muss runter“, hatte der Minister wiederholt betont.", "betont"),
    ("„Das muss runter“, wiederholte der Minister.", "wiederholte"),  # (guard: the verb itself)
])
def test_de_wiederholt_before_a_participle_is_an_adverb(text, cue):
    # (round 17) "hatte … wiederholt betont" took the adverb "wiederholt" (repeatedly) for the cue
    ann = run(text, lang="de")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "cue").text == cue
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "name"), [
    ("Umweltministerin Svenja Schulze zeigte sich besorgt über den Stand der Gespräche. „Wir erleben eine "
     "ernste Lage“, sagte die SPD-Politikerin am Samstag.", "Svenja Schulze"),
    ("Bischof Georg Bätzing leitete die Versammlung in Fulda. „Die Kirche muss sich ändern“, sagte der 62-Jährige.",
     "Georg Bätzing"),
    # (no person of that gender before it: the description stays)
    ("Umweltminister Peter Altmaier zeigte sich besorgt. „Wir erleben eine ernste Lage“, sagte die "
     "SPD-Politikerin am Samstag.", "SPD-Politikerin"),
])
def test_de_party_or_age_description_is_the_person_named_just_before(text, name):
    # (round 16) "die SPD-Politikerin" resolved only to a person quoted before; a person named in the sentence
    # before without a quote is now its referent too, within a few dozen tokens
    ann = run(text, lang="de")
    q = quotes(ann, "DIRECT_QUOTE")[0]
    assert q.attrs["speaker"] == name
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "mention"), [
    ("Zugleich forderte der Bischof von den Gläubigen Geduld, die Reform abzuwarten.", "der Bischof"),
    # (a person's name keeps its affiliation)
    ("Zugleich forderte Petra Pau von der Linksfraktion, die Reform abzuwarten.", "Petra Pau von der Linksfraktion"),
])
def test_de_von_phrase_with_article_after_a_description_is_the_verbs(text, mention):
    # (round 16) "von den Gläubigen Geduld" was read as the description's von-phrase: the SPEAKER was "der
    # Bischof von den Gläubigen Geduld"
    ann = run(text, lang="de")
    q = quotes(ann, "INDIRECT_QUOTE")[0]
    assert q.text == "die Reform abzuwarten"
    assert linked(ann, q.id, "said_by").text == mention
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    'Her aides sat nervously as their boss stepped up to a podium to decry Donald Trump, accuse him of "taking hate '
    'groups mainstream" and come close to labeling him a racist.\n\nThere was a deep debate within the campaign on '
    'the speech, according to interviews with more than 10 former aides.',
    "Der Haushaltsplan sieht Kürzungen vor. Die Kürzungen treffen vor allem „die kleinen Leute in den Städten und "
    "Dörfern“ des ganzen Landes.",
])
def test_partial_quotation_takes_no_speaker_from_the_next_paragraph_or_the_sentence_before(text):
    # (round 15) a partial quotation inside its sentence without a cue took the speaker of the next paragraph
    # ("interviews with more than 10 former") or the subject of the sentence before ("Der Haushaltsplan")
    lang = "de" if "Die " in text else "en"
    ann = run(text, lang=lang)
    q = quotes(ann, "DIRECT_QUOTE")[0]
    assert linked(ann, q.id, "said_by") is None and q.attrs["speaker"] is None, q.attrs
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    "Was den Trainer aber nervt: „Es ist schon überraschend, dass so etwas publik gemacht wird.“",
    "Deshalb hat der Verein eine klare Haltung: „Wir verkaufen keinen Spieler mehr.“",
])
def test_de_question_word_or_pronominal_adverb_is_no_speaker(text):
    # (round 15) a capitalised "Was" / "Deshalb" opening the sentence was taken for the speaker of the quotation
    ann = run(text, lang="de")
    q = quotes(ann, "DIRECT_QUOTE")[0]
    sp = linked(ann, q.id, "said_by")
    assert sp is None or sp.text.split()[0] not in ("Was", "Deshalb"), sp.text
    assert (q.attrs["speaker"] or "") not in ("Was", "Deshalb")
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "mention"), [
    ("„Wir sind sehr zufrieden“, sagte Müller der Deutschen Presse-Agentur (dpa).", "Müller"),
    ("„Wir sind sehr zufrieden“, sagte Vorstandschef Müller der „Bild“.", "Vorstandschef Müller"),
    ("„Wir sind sehr zufrieden“, sagte der Sprecher der Zeitung.", "der Sprecher der Zeitung"),
])
def test_de_surname_before_a_dative_medium_keeps_the_medium_out_of_the_speaker(text, mention):
    # (round 14) a surname in -er ("Müller") looked like a role noun ("Sprecher") and took the dative medium
    # after it as its genitive; a role noun keeps its genitive
    ann = run(text, lang="de")
    q = quotes(ann, "DIRECT_QUOTE")[0]
    assert linked(ann, q.id, "said_by").text == mention


def test_en_possessor_name_gets_no_description_and_modal_phrase_is_no_speaker():
    # (round 13, court pages) "A juror in Paul Manafort’s case": the name is Paul Manafort and "juror" no
    # title of his, so "the juror" later stays a description; "prosecutors should avoid comments that …" is
    # a verb phrase, no speaker of "comments"
    text = ("A juror in Paul Manafort\u2019s case reported during the trial that another juror made comments. "
            "According to the transcript, the juror who reported the comment said she heard another juror say so.\n"
            "Under those rules, prosecutors should avoid comments that criticize the jury\u2019s verdict.")
    ann = run(text, lang="en")
    q = next(q for q in quotes(ann, "INDIRECT_QUOTE") if q.text.startswith("she heard another juror"))
    assert q.attrs["speaker"] == "juror"
    assert all("should" not in (q.attrs["speaker"] or "") for q in quotes(ann))
    check_contract(text, ann)


def test_de_er_takes_the_person_opening_the_sentence_before():
    # "er" after a sentence that opens with another person named in full, which reported nothing, is that
    # person, not the speaker of the quotes before (round 13, town council pages)
    text = ("StR Wiedl kritisiert, dass die Räte sich gegenseitig Feigheit vorgeworfen haben. CSU-Fraktionschef "
            "Wolfgang Pausch sah das Gremium unter Druck gesetzt. „So sollte man nicht miteinander umgehen“, erklärte er.")
    ann = run(text, lang="de")
    assert find(ann, "So sollte man", "DIRECT_QUOTE").attrs["speaker"] == "Wolfgang Pausch"
    check_contract(text, ann)


def test_de_party_description_is_the_person_just_quoted():
    # "…, sagte die SPD-Politikerin" after Stefanie Hubig is she (round 13, education news written here);
    # a description of the other gender is not
    text = ("KMK-Präsidentin Stefanie Hubig sprach von einem „wichtigen Schritt für mehr Vergleichbarkeit“. Die "
            "Länder hätten sich nach langen Verhandlungen zusammengerauft, sagte die SPD-Politikerin. Die Lage sei "
            "ernst, sagte der CDU-Politiker.")
    ann = run(text, lang="de")
    assert find(ann, "zusammengerauft", "INDIRECT_QUOTE").attrs["speaker"] == "Stefanie Hubig"
    assert find(ann, "Die Lage sei ernst", "INDIRECT_QUOTE").attrs["speaker"] != "Stefanie Hubig"
    check_contract(text, ann)


def test_de_time_phrase_is_no_part_of_the_name():
    # "Martin Metz Anfang Juli": the time phrase after the name is no part of it (round 13)
    text = "„Wir waren nicht einverstanden“, hatte Fraktionschef Martin Metz Anfang Juli dazu gesagt."
    ann = run(text, lang="de")
    assert find(ann, "Wir waren nicht", "DIRECT_QUOTE").attrs["speaker"] == "Martin Metz"
    check_contract(text, ann)


def test_de_genitive_title_is_no_part_of_the_name():
    # "nach Worten des Konzernchefs Richard Lutz": the genitive of a title is a title (round 13)
    text = "Die Verspätungen quälen nach Worten des Konzernchefs Richard Lutz auch die Beschäftigten der Bahn."
    ann = run(text, lang="de")
    assert {q.attrs["speaker"] for q in quotes(ann)} == {"Richard Lutz"}
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "mention"), [
    # an abbreviated title belongs to the mention, so a coordinated subject before it is found (round 13)
    ("Bass and Gov. Gavin Newsom said the state would cover the cost.", "Bass and Gov. Gavin Newsom"),
    ("Gov. Gavin Newsom said the state would cover the cost.", "Gov. Gavin Newsom"),
    # a time phrase or a relative clause's preposition before the speaker is no part of its mention (round 13)
    ("Biden spoke a day after House Speaker Mike Johnson said the plan was dead.", "House Speaker Mike Johnson"),
    ("This was the spot at which President Carter had promised that he would rebuild the department.",
     "President Carter"),
])
def test_en_speaker_mention_starts_after_a_time_link(text, mention):
    ann = run(text, lang="en")
    (q,) = quotes(ann)
    assert linked(ann, q.id, "said_by").text == mention
    check_contract(text, ann)


def test_en_subject_before_a_quotation_that_opens_with_its_verb_speaks():
    # 'Management "attributed …"': the sentence's subject, not the speaker of the sentence before (round 13)
    text = ("Sales fell 4 percent, the company stated. Management \u201cattributed the overall sales declines to "
            "lower spending by tourists.\u201d")
    ann = run(text, lang="en")
    assert find(ann, "attributed the overall", "DIRECT_QUOTE").attrs["speaker"] == "Management"
    check_contract(text, ann)


def test_en_inverted_description_then_name_and_relative_after_an_age():
    # (round 13, crime report written here) 'said a neighbor, Maria Santos, 58, who said …': the name
    # speaks, the relative clause after the age is hers, and it runs to the sentence end (no main verb
    # follows a trailing attribution); "Council Member" is a title
    text = ("\u201cHe was a good kid,\u201d said a neighbor, Maria Santos, 58, who said she had known the victim "
            "since he was a child. Council Member Rafael Salamanca Jr. said he was heartbroken.")
    ann = run(text, lang="en")
    assert find(ann, "He was a good kid", "DIRECT_QUOTE").attrs["speaker"] == "Maria Santos"
    q = find(ann, "she had known the victim", "INDIRECT_QUOTE")
    assert q.text == "she had known the victim since he was a child" and q.attrs["speaker"] == "Maria Santos"
    assert find(ann, "he was heartbroken", "INDIRECT_QUOTE").attrs["speaker"] == "Rafael Salamanca Jr"
    check_contract(text, ann)


def test_en_she_after_a_description_with_a_first_name():
    # "His wife, Anna, disagreed. "…," she said.": she is Anna, not the woman quoted before (round 13)
    text = ("\u201cWe are going to rebuild,\u201d Mayor Karen Bass said. In an interview, Tom Lee said he planned to "
            "rebuild. His wife, Anna, disagreed. \u201cI can\u2019t go through this again,\u201d she said.")
    ann = run(text, lang="en")
    assert find(ann, "go through this again", "DIRECT_QUOTE").attrs["speaker"] == "Anna"
    check_contract(text, ann)


def test_en_short_quotation_after_a_colon_clause_of_a_named_person():
    # 'Cook put it bluntly: "We are constrained."': a short quotation after a colon that closes a clause whose
    # subject is a person the article names is speech, not a scare quote (round 13)
    text = ("Apple chief Tim Cook spoke on Thursday. Cook put it bluntly: \u201cWe are constrained.\u201d "
            "Breaking News Update: \u201cStill open.\u201d")
    ann = run(text, lang="en")
    assert find(ann, "We are constrained", "DIRECT_QUOTE").attrs["speaker"] == "Tim Cook"
    assert all(q.text != "Still open." for q in quotes(ann))
    check_contract(text, ann)


def test_en_he_is_no_acronym():
    # "he" never resolves to an all-capital one-word name such as "CNN" (round 13)
    text = ("Asked on CNN whether he would reconsider, Donald Trump said no. \u201cI\u2019m not backing down,\u201d "
            "he told the host. \u201cNot now, not ever.\u201d")
    ann = run(text, lang="en")
    assert all(q.attrs["speaker"] != "CNN" for q in quotes(ann))
    assert find(ann, "not backing down", "DIRECT_QUOTE").attrs["speaker"] == "Donald Trump"
    check_contract(text, ann)


def test_en_she_is_no_plural_source_opening_a_sentence():
    # "Officials" opening a sentence is a plural source, capitalised or not: no antecedent of "she" (round 13)
    text = ("Officials have not said what caused the fire. \u201cI\u2019m not going anywhere,\u201d she told The "
            "New York Times last week.")
    ann = run(text, lang="en")
    assert find(ann, "not going anywhere", "DIRECT_QUOTE").attrs["speaker"] != "Officials"
    check_contract(text, ann)


def test_en_pronoun_takes_the_person_opening_the_sentence_before():
    # (round 13, after wildfire pages) a he/she after a sentence that opens with another person named in
    # full is that person, not the speaker of the quotes before
    text = ("\u201cWe always thought the alert system would give us time,\u201d said Maureen Grinnell, 77. "
            "\u201cBy the time I started to back the car out, the house was on fire,\u201d she said.\n"
            "Pamela Taylor, 66, at first watched the fire from the park where she lived. "
            "\u201cA gigantic fireball jumped across the freeway,\u201d she said.")
    ann = run(text, lang="en")
    assert find(ann, "By the time", "DIRECT_QUOTE").attrs["speaker"] == "Maureen Grinnell"
    assert find(ann, "A gigantic fireball", "DIRECT_QUOTE").attrs["speaker"] == "Pamela Taylor"
    check_contract(text, ann)


def test_de_article_noun_resolves_only_to_an_earlier_name():
    # a noun with a definite article names a "full name" of the document only when that came before it;
    # an indefinite article opens a new entity; a bare surname may still look ahead (round 12)
    text = ("Laut einer Studie sind Jugendliche besorgter denn je. Die Studie der Krankenkasse ergab, dass "
            "viele Schüler zu wenig schlafen. Eine Hamburger Studie ergab, dass Ärzte die Frauen oft abwerten. "
            "Die Studie ergab außerdem, dass die Beratung oft fehle.\n\n"
            "Zu dieser Zeit ging Celebi davon aus, dass der Haftbefehl vollstreckt werde. Gülsen Celebi gab an, "
            "dass sie gewarnt habe.")
    ann = run(text, lang="de")
    assert find(ann, "Jugendliche besorgter denn je", "INDIRECT_QUOTE").attrs["speaker"] == "Studie"
    assert find(ann, "viele Schüler zu wenig schlafen", "INDIRECT_QUOTE").attrs["speaker"] == "Studie der Krankenkasse"
    assert find(ann, "Ärzte die Frauen oft abwerten", "INDIRECT_QUOTE").attrs["speaker"] == "Hamburger Studie"
    assert find(ann, "die Beratung oft fehle", "INDIRECT_QUOTE").attrs["speaker"] == "Hamburger Studie"
    assert find(ann, "der Haftbefehl vollstreckt werde", "INDIRECT_QUOTE").attrs["speaker"] == "Gülsen Celebi"
    check_contract(text, ann)


def test_de_sentence_initial_adjective_is_no_name():
    # "Heftige Gewitter" opening a sentence is no full name of the document, so "Gewitter" later is no
    # speaker and no "surname" (round 12, weather pages)
    text = ("Heftige Gewitter haben die Feuerwehr gefordert. Der Sprecher der Feuerwehr sagte, es habe viele "
            "Einsätze gegeben. Auch an den Alpen drohten demnach teils schwere Gewitter mit Hagel.")
    ann = run(text, lang="de")
    # (round 13: "demnach" continues the speaker of the sentence before, so the last sentence is his report)
    assert [q.text for q in quotes(ann)] == ["es habe viele Einsätze gegeben",
                                             "Auch an den Alpen drohten demnach teils schwere Gewitter mit Hagel"]
    assert all("Gewitter" not in (q.attrs["speaker"] or "") for q in quotes(ann))
    check_contract(text, ann)


def test_en_scare_quote_after_an_article_does_not_continue_the_speaker():
    # a short quotation after an article in a sentence without a cue is a scare quote, not the words of
    # the speaker of the sentence before (round 12)
    text = ('Mayor Mike Signer promised respect and results at the meeting. The money spent was one issue cited '
            'during public comment, along with the "systemic racism" that divides the city.')
    ann = run(text, lang="en")
    assert not quotes(ann, "DIRECT_QUOTE")
    check_contract(text, ann)


def test_en_and_ends_a_noun_phrase_before_a_capitalised_head():
    ann = run("I was the first speaker of the evening and I specifically stated \"If it ain't broke, don't fix it\".",
              lang="en")
    (q,) = quotes(ann)
    assert linked(ann, q.id, "said_by").text == "I"


@pytest.mark.parametrize("text", ["Der ng more attracti ist der Meinung,", "Davon geht Müller,", "Das sagte",
                                  "„X“, schimpfte", "Diese hat", "The U.S. Attorney of"])
def test_round12_fragments_do_not_crash(text):
    # fuzzing found a sentence ending in a comma after the speaker (round 12)
    for lang in ("de", "en"):
        ann = run(text, lang=lang)
        check_contract(text, ann)


def test_de_plural_role_is_no_one_person():
    text = ("Datenschützer Johannes Caspar sagte, man habe nichts gefunden. Die Datenschützer kritisieren, dass "
            "beide Firmen unterschiedliche Regeln anführen.")
    ann = run(text, lang="de")
    assert find(ann, "beide Firmen", "INDIRECT_QUOTE").attrs["speaker"] == "Datenschützer"
    assert find(ann, "man habe nichts gefunden", "INDIRECT_QUOTE").attrs["speaker"] == "Johannes Caspar"
    check_contract(text, ann)


def test_en_imperatives_and_auxiliaries_open_no_name():
    # "Imagine Obama …", "Did I say …?", "Consider yourself …": a verb opening the sentence is no part of
    # a speaker's name (round 12, TRAIN sample)
    ann = run('Imagine Obama doing the same thing. "George Bush has wiretapped me at the White House! Bad!"', lang="en")
    assert all("Imagine" not in (q.attrs["speaker"] or "") for q in quotes(ann))
    ann = run("Did I say the few lolo Hawaiians ruin it for the many Hawaiians?", lang="en")
    (q,) = quotes(ann)
    assert linked(ann, q.id, "said_by").text == "I"


@pytest.mark.parametrize("text", ["There's a difference between saying the choice is a mistake and inferring a user is stupid.",
                                  "Like I said I ain't making this up.", "Can not fathom why they said it was over."])
def test_en_sentence_openers_are_no_speakers(text):
    # expletive contractions, "Like" and modals opening a sentence are no name (round 12, TRAIN sample)
    ann = run(text, lang="en")
    for q in quotes(ann):
        sp = linked(ann, q.id, "said_by")
        assert sp is None or sp.text.split()[0] not in ("There's", "Like", "Can"), sp.text


def test_de_church_titles_and_place_titles():
    # (church pages, round 12) compound church titles are titles, so "Der Bischof" resolves to the latest
    # bishop; "der Bischof von Rottenburg-Stuttgart" keeps its title; a relative clause before the cue's
    # comma is no subject
    text = ("Der Fuldaer Bischof Heinz Josef Algermissen hat eine Aufarbeitung gefordert. Auch der evangelische "
            "Landesbischof Markus Dröge ist in seiner Predigt auf die Fälle eingegangen. Der Bischof zeigte sich "
            "darüber «entsetzt, wie viele Schweigekartelle es gegeben habe».\n\n"
            "„Der Abgrund an Doppelmoral ist erschreckend“, erklärte der Bischof von Rottenburg-Stuttgart.\n\n"
            "Auch zur Amtsführung von Erzbischof Stephan Burger, der seit 2014 im Amt ist, äußerte sich die Studie.")
    ann = run(text, lang="de")
    assert find(ann, "wie viele Schweigekartelle", "DIRECT_QUOTE").attrs["speaker"] == "Markus Dröge"
    assert find(ann, "Der Abgrund an Doppelmoral", "DIRECT_QUOTE").attrs["speaker"] == "Bischof von Rottenburg-Stuttgart"
    assert find(ann, "Auch zur Amtsführung", "INDIRECT_QUOTE").attrs["speaker"] == "Studie"
    check_contract(text, ann)


def test_de_er_is_no_woman_with_an_unlisted_first_name_in_a():
    # (round 16) "Er" resolved to the speaker just before, "Magdalena Chu", whose first name no list knows
    text = ("Präsident Hugo Chávez kam am Montag. Das Ergebnis sei gültig, teilte die Vorsitzende der Wahlkommission, "
            "Magdalena Chu, mit. Er habe versprochen, die Steuern für Reiche zu erhöhen.")
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == "die Steuern für Reiche zu erhöhen")
    assert q.attrs["speaker"] == "Hugo Chávez"
    check_contract(text, ann)


def test_de_sentence_initial_conjunction_is_no_part_of_the_name():
    # (round 16; motor sport pages) a capitalised conjunction opening the sentence was part of the SPEAKER
    # ("Aber Vasseur"), and "Doch Müller" became a name of the document that "Müller" later resolved to
    text = "Aber Vasseur gab zu, dass das für alle Teams gilt."
    ann = run(text, lang="de")
    q = quotes(ann, "INDIRECT_QUOTE")[0]
    assert linked(ann, q.id, "said_by").text == "Vasseur" and q.attrs["speaker"] == "Vasseur"
    text = "Doch Peter Müller sagte, das gelte nicht. Er sei zufrieden, sagte Müller."
    ann = run(text, lang="de")
    assert {q.attrs["speaker"] for q in quotes(ann)} == {"Peter Müller"}
    check_contract(text, ann)


ROUND18_DE = [
    # (round 18, wage-round, election-night, defence, housing, airport and energy-price pages; sentences written
    # here) a trailing attribution after a report in the Konjunktiv that has commas of its own: the phrase before
    # the comma was the speaker ("Grund zur Sorge") and the report was lost
    ("Allerdings hätten die Reedereien, die vom Export abhängig seien, Grund zur Sorge, meinte Lundgren weiter.",
     [("Allerdings hätten die Reedereien, die vom Export abhängig seien, Grund zur Sorge", "INDIRECT_QUOTE",
       "Lundgren")]),
    ("Der Chef der Grünen, Cem Özdemir, kritisierte den Beschluss.",  # (guard: an apposition, no Konjunktiv)
     [("Der Chef der Grünen, Cem Özdemir, kritisierte den Beschluss", "INDIRECT_QUOTE", "Cem Özdemir")]),
    # "gemeinsam mit …" after a trailing attribution is its company, no clause: the report was lost
    ("Nötig seien jedes Jahr 80.000 neue Sozialwohnungen, erklärte der Verband gemeinsam mit Vertretern der Bauwirtschaft.",
     [("Nötig seien jedes Jahr 80.000 neue Sozialwohnungen", "INDIRECT_QUOTE", "Verband")]),
    # a fronted "gefragt"/"angesprochen" phrase is the question put to the speaker, no part of the report
    ("Nach einer möglichen Koalition gefragt, sagte der Parteichef, zuerst müsse das Ergebnis feststehen.",
     [("zuerst müsse das Ergebnis feststehen", "INDIRECT_QUOTE", "Parteichef")]),
    ("Darauf angesprochen, erklärte die Ministerin, sie kenne den Bericht nicht.",
     [("sie kenne den Bericht nicht", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Anwohner seien nie gefragt worden, kritisierte die Opposition.",  # (guard: "gefragt" inside the report)
     [("Die Anwohner seien nie gefragt worden", "INDIRECT_QUOTE", "Opposition")]),
    # a fronted object before "bezeichnete" and a title in the nominative after it: the title speaks (the
    # fronted object was the speaker)
    ("Die Schließung der Kaserne bezeichnete der Minister als Fehler.",
     [("Die Schließung der Kaserne bezeichnete der Minister als Fehler", "INDIRECT_QUOTE", "Minister")]),
    ("Die Regierung bezeichnete der Bericht als überfordert.",  # (guard: a speaking body stays the subject)
     [("Die Regierung bezeichnete der Bericht als überfordert", "INDIRECT_QUOTE", "Regierung")]),
    # a possessive in -en/-em is never a subject: the name after the verb speaks (the speaker was "Ihren Wunsch")
    ("Ihren Vorschlag begründete Krämer mit der Lage der Betriebe: „Wir brauchen schnell ein Angebot.“",
     [("Wir brauchen schnell ein Angebot.", "DIRECT_QUOTE", "Krämer")]),
    ("Seinen Rücktritt begründete der Minister mit der Lage: „Ich kann nicht mehr.“",
     [("Ich kann nicht mehr.", "DIRECT_QUOTE", "Minister")]),
    # verbs that attribute only the quotation right before them: chanting, joining in, taking the floor, summing
    # up (the quotations had the speaker of the quotation before, or none)
    ("„Die Planung war zu lang“, sagte Woidke. „Der Bau hat uns verärgert“, schloss sich der Verkehrsminister an.",
     [("Die Planung war zu lang", "DIRECT_QUOTE", "Woidke"),
      ("Der Bau hat uns verärgert", "DIRECT_QUOTE", "Verkehrsminister")]),
    ("Anna Berg sprach zuerst. „Die Wähler haben entschieden“, meldete sich Kickl am Abend zu Wort.",
     [("Die Wähler haben entschieden", "DIRECT_QUOTE", "Kickl")]),
    ("„Das ist ein Weckruf“, fasste die Ministerin den Wahlabend zusammen.",
     [("Das ist ein Weckruf", "DIRECT_QUOTE", "Ministerin")]),
    ("Die Ministerin ging. „Nieder mit der Regierung“, skandierten die Demonstranten vor dem Gebäude.",
     [("Nieder mit der Regierung", "DIRECT_QUOTE", "Demonstranten")]),
    # (guards: the same verbs without a quotation before them say nothing)
    ("Der Verein schloss das Stadion an das Netz an. Eine Zeugin meldete sich zu Wort. Die Ministerin fasste den "
     "Plan zusammen.", []),
    # an expectation or a fear voiced is a cue, and the name before it speaks (the speaker was "die Erwartung")
    ("Wolanski äußerte die Erwartung, dass die Halle nach den Sommerferien öffnet.",
     [("die Halle nach den Sommerferien öffnet", "INDIRECT_QUOTE", "Wolanski")]),
    ("Wolanski äußerte die Hoffnung, dass die Halle nach den Sommerferien öffnet.",
     [("die Halle nach den Sommerferien öffnet", "INDIRECT_QUOTE", "Wolanski")]),
    ("Wolanski äußerte die Befürchtung, dass die Preise weiter steigen.",  # (guard)
     [("die Preise weiter steigen", "INDIRECT_QUOTE", "Wolanski")]),
    # a semicolon ends a speech act's sentence: two acts, not one
    ("Die Branche nannte die höheren Einkaufspreise als Grund; Verbraucherschützer warfen den Versorgern Untätigkeit vor.",
     [("Die Branche nannte die höheren Einkaufspreise als Grund", "INDIRECT_QUOTE", "Branche"),
      ("Verbraucherschützer warfen den Versorgern Untätigkeit vor", "INDIRECT_QUOTE", "Verbraucherschützer")]),
    # a second predicate of the subject after the cue's comma is no content ("hält die Entscheidung aber für
    # alternativlos" was the report of "bedauert")
    ("Der Verkehrsminister hat die Verschiebung bedauert, hält die Entscheidung aber für richtig.", []),
    ("Die Ministerin kritisierte die Pläne, hält sie aber für nötig.",
     [("Die Ministerin kritisierte die Pläne", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Minister sagte, bleibt es dabei, werde gestreikt.",  # (guard: a conditional in the report)
     [("bleibt es dabei, werde gestreikt", "INDIRECT_QUOTE", "Minister")]),
    ("Die Ministerin erklärte, insgesamt seien die Zahlen gut.",  # (guard: an adverb in -t)
     [("insgesamt seien die Zahlen gut", "INDIRECT_QUOTE", "Ministerin")]),
    # the subject, then a relative clause with a preposition, then the cue: the report was lost
    ("Der Tierpfleger, mit dem wir gesprochen haben, sagte, dass er bei der Geburt dabei gewesen sei.",
     [("er bei der Geburt dabei gewesen sei", "INDIRECT_QUOTE", "Tierpfleger")]),
    ("Die Ministerin, für die das Gesetz ein Erfolg ist, erklärte am Montag, man werde weitermachen.",
     [("man werde weitermachen", "INDIRECT_QUOTE", "Ministerin")]),
    # a singular verb and "die" + a plural in -en after it: the lone name before it speaks, not the plural
    ("Wolanski warnte die Abgeordneten davor, den Vertrag abzulehnen.",
     [("den Vertrag abzulehnen", "INDIRECT_QUOTE", "Wolanski")]),
    ("Dort warnte die Polizei vor Glätte.",  # (guard: a singular noun after the verb is its subject)
     [("Dort warnte die Polizei vor Glätte", "INDIRECT_QUOTE", "Polizei")]),
    # "Kurz vor …" opening a sentence is an adverb, no name (the speaker was "Kurz")
    ("Kurz vor der Abstimmung hatte Wolanski seine Entschlossenheit bekundet, den Vertrag umzusetzen.",
     [("den Vertrag umzusetzen", "INDIRECT_QUOTE", "Wolanski")]),
    ("Kurz hatte zuvor erklärt, er wolle regieren.",  # (guard: the name)
     [("er wolle regieren", "INDIRECT_QUOTE", "Kurz")]),
    # (climate-protest and French-election pages) "klar gemacht" with its particle before the participle is a cue
    ("Mehrere Minister hatten klar gemacht, dass sie den Plan unterstützen.",
     [("sie den Plan unterstützen", "INDIRECT_QUOTE", "Minister")]),
    # a possessive right after the verb refers back to the lone name before it, the subject (the speaker of the
    # coordinated act was "seine Niederlage")
    ("Fillon räumte seine Niederlage ein und rief dazu auf, in der Stichwahl Macron zu wählen.",
     [("in der Stichwahl Macron zu wählen", "INDIRECT_QUOTE", "Fillon")]),
    # an inclusion after a plural subject is no apposition naming the speaker ("darunter auch Kanzler Scholz")
    ("Mehrere Politiker, darunter auch Kanzler Scholz, sagten, sie unterstützten den Kandidaten.",
     [("sie unterstützten den Kandidaten", "INDIRECT_QUOTE", "Politiker")]),
    # "je nach Hochrechnung" (depending on) is no source; the wie-clause after it is
    ("Macron lag je nach Hochrechnung drei Punkte vorn, wie die Institute am Abend bekannt gaben.",
     [("Macron lag je nach Hochrechnung drei Punkte vorn", "INDIRECT_QUOTE", "Institute")]),
    # a quoted name with a number after its noun: the source was lost ("Dem Sender „France 2“ zufolge …") or
    # only the noun ("Laut dem Sender", and the name opened the report)
    ("Dem Sender „France 2“ zufolge kam Macron auf 65 Prozent.",
     [("kam Macron auf 65 Prozent", "INDIRECT_QUOTE", "Sender France 2")]),
    ("Laut dem Sender „France Info“ kam Macron auf 65 Prozent.",
     [("kam Macron auf 65 Prozent", "INDIRECT_QUOTE", "Sender France Info")]),
    # the writer's sentence between names a spokesman as its subject: the Konjunktiv report is his, not the
    # source's two sentences back
    ("Nach Angaben eines Fotografen hatten sich zwei Demonstranten festgeklebt. Was die Mischung enthält, konnte "
     "ein Polizeisprecher nicht beantworten. Es handle sich um ein Selbstlaborat.",
     [("hatten sich zwei Demonstranten festgeklebt", "INDIRECT_QUOTE", "Fotografen"),
      ("Es handle sich um ein Selbstlaborat", "INDIRECT_QUOTE", "Polizeisprecher")]),
    # (Turkish-politics and tariff pages) a von-phrase right after a noun is its postmodifier, no passive agent
    # (the speaker was "Terrorgruppen"; an agentless passive reports nothing, as before)
    ("Den beiden Reportern wird Geheimnisverrat und Unterstützung von Terrorgruppen vorgeworfen.", []),
    ("Die Meldung wurde Anfang Mai von einem Sprecher bestätigt.",  # (guard: a month before the agent)
     [("Die Meldung wurde Anfang Mai von einem Sprecher bestätigt", "INDIRECT_QUOTE", "Sprecher")]),
    # a surname after a title is a person a later "Er" continues (it had no name)
    ("In seiner ersten Kabinettssitzung hat US-Präsident Trump seine Drohung erneuert. Er warf den Europäern vor, "
     "die USA auszunutzen.",
     [("die USA auszunutzen", "INDIRECT_QUOTE", "Trump")]),
    # the cue's anaphoric object is what was said; the writer's indicative main clause after it is no content
    ("Trump hatte dies am Sonntag angekündigt, Genaueres war vor Redaktionsschluss nicht bekannt.", []),
    ("Der Minister hatte das bestätigt, die Lage sei ernst.",  # (guard: a Konjunktiv report after it)
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # (tennis pages) the question put to the speaker after the cue is no content; the answer after it is
    ("«Stuttgart war geplant», sagte der 26-Jährige auf die Frage, ob dies noch gelte.",
     [("Stuttgart war geplant", "DIRECT_QUOTE", "26-Jährige")]),
    ("Der Minister sagte auf die Frage, ob er zurücktrete, er denke nicht daran.",
     [("er denke nicht daran", "INDIRECT_QUOTE", "Minister")]),
    # a score is one token: its colon ended the clause before the cue ("2:0-Satzführung erklärte" made
    # "0-Satzführung" the speaker), and a fronted object before "der" + title leaves the title the speaker
    ("Seine Niederlage trotz einer 2:0-Führung erklärte der Trainer mit der Verletzung. „Wir waren zu langsam.“",
     [("Wir waren zu langsam.", "DIRECT_QUOTE", "Trainer")]),
    # a fronted "Dies" before a possessive subject ("sein Bruder"): the speaker was "Dies"
    ("Dies bestätigte sein Bruder dem Sender.", [("Dies", "INDIRECT_QUOTE", "Bruder")]),
    # (sentences written here in dpa style) a fronted "Von …" before "sprach" and its subject is the speech act
    # (nothing was found), and a quoted phrase in it after an object article is no name ("Von einem „Gesetz im
    # Schweinsgalopp“ sprach …" was dropped as the subject of the cue)
    ("Von einem schwarzen Tag sprach der Fraktionsvorsitzende der Grünen.",
     [("Von einem schwarzen Tag sprach der Fraktionsvorsitzende der Grünen", "INDIRECT_QUOTE", "Fraktionsvorsitzende")]),
    ("Von einem „Gesetz im Schweinsgalopp“ sprach der Fraktionsvorsitzende der Grünen.",
     [("Gesetz im Schweinsgalopp", "DIRECT_QUOTE", "Fraktionsvorsitzende")]),
    ("Vom Bahnhof sprach niemand.", []),  # (guard: no subject after the verb)
    ("Wie die „Main-Post“ berichtete, wurde niemand verletzt.",  # (guard: a quoted name as the subject)
     [("wurde niemand verletzt", "INDIRECT_QUOTE", "Main-Post")]),
    # (pension pages) a relative clause on the speaker after a trailing attribution, opened by a short adverb, is
    # no content ("…, sagte Scholz, der einst als Minister zuständig war" reported the relative clause)
    ("„Das betrifft auch die Jungen“, sagte Scholz, der einst als Sozialminister zuständig war für die Rente.",
     [("Das betrifft auch die Jungen", "DIRECT_QUOTE", "Scholz")]),
    ("Der Minister sagte, der damals gewählte Weg sei richtig gewesen.",  # (guard: an article and its adjective)
     [("der damals gewählte Weg sei richtig gewesen", "INDIRECT_QUOTE", "Minister")]),
    # a trailing wie-clause of a second source after a trailing attribution: the wie-clause was the content
    ("Die Lage sei ernst, sagte sie vor Abgeordneten ihrer Partei, wie britische Medien berichteten.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "sie"),
      ("Die Lage sei ernst, sagte sie vor Abgeordneten ihrer Partei", "INDIRECT_QUOTE", "Medien")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18_DE, ids=[t[:40] for t, _ in ROUND18_DE])
def test_de_round18_structures(text, expected):
    assert_de_structures(text, expected)


ROUND19_DE = [
    # (round 19, cannabis-law, car-factory, works-council and hospital-reform pages; sentences written here) a
    # fronted "So" before an act like "äußerte sich" refers back like "Das": the act reported its own sentence
    ("Ministerin Weber will nach einer Niederlage kein Amt mehr übernehmen. So äußerte sich die SPD-Politikerin "
     "gegenüber dem „Tagesspiegel“.",
     [("So", "INDIRECT_QUOTE", "Weber")]),
    ("Die Kürzungen seien unvermeidlich. So sagte es der Bürgermeister im Stadtrat.",  # ("es" was the speaker)
     [("So", "INDIRECT_QUOTE", "Bürgermeister"),
      # (round 24) the Konjunktiv I sentence before it is his report too
      ("Die Kürzungen seien unvermeidlich", "INDIRECT_QUOTE", "Bürgermeister")]),
    ("So kritisierte der Landrat die Pläne der Regierung scharf.",  # (guard: "So" opens an example here)
     [("So kritisierte der Landrat die Pläne der Regierung scharf", "INDIRECT_QUOTE", "Landrat")]),
    # "Eins sei aber sicher: …" is impersonal ("Eins" was a speaker); the report continues the speaker before
    ("Man werde weiter protestieren, sagte eine Sprecherin der Initiative. Eins sei aber sicher: Der Wald bleibe besetzt.",
     [("Man werde weiter protestieren", "INDIRECT_QUOTE", "Sprecherin"),
      ("Eins sei aber sicher: Der Wald bleibe besetzt", "INDIRECT_QUOTE", "Sprecherin")]),
    # the quoted name after an initiative, an alliance or a magazine (also in compounds: "Bürgerinitiative") is
    # no quote and belongs to the source ("„Rettet den Stadtpark“ kamen 300 Menschen" was the report)
    ("Nach Angaben der Bürgerinitiative „Rettet den Stadtpark“ kamen am Samstag 300 Menschen.",
     [("kamen am Samstag 300 Menschen", "INDIRECT_QUOTE", "Bürgerinitiative Rettet den Stadtpark")]),
    ("Man wolle weiter beraten, sagte eine Sprecherin der Bündnisinitiative „Wir bleiben alle hier“.",
     [("Man wolle weiter beraten", "INDIRECT_QUOTE", "Sprecherin")]),
    ("Hey berichtete im Fachmagazin „Nature“, es sei nur wenig Erbgut gefunden worden.",
     [("es sei nur wenig Erbgut gefunden worden", "INDIRECT_QUOTE", "Hey")]),
    # a programme after "in den" and its cue is no quote
    ("Die Gebühren würden im Herbst sinken, sagte die Ministerin in den „Tagesthemen“.",
     [("Die Gebühren würden im Herbst sinken", "INDIRECT_QUOTE", "Ministerin")]),
    # "sprach … davon, dass …" after adjuncts: nothing was reported
    ("Die Gewerkschaftschefin sprach am Dienstag bei einer Kundgebung in Kassel davon, dass zwei Standorte schließen sollen.",
     [("zwei Standorte schließen sollen", "INDIRECT_QUOTE", "Gewerkschaftschefin")]),
    # a quotation after a colon with a trailing attribution: the report is the part before the colon (it ran
    # through the quotation), nothing when a cue of its own reports that part or it is the writer's indicative
    ("Die Lage der Kliniken sei dramatisch: „Viele Häuser stehen vor der Pleite“, warnte Gaß.",
     [("Die Lage der Kliniken sei dramatisch", "INDIRECT_QUOTE", "Gaß"),
      ("Viele Häuser stehen vor der Pleite", "DIRECT_QUOTE", "Gaß")]),
    ("Laumann erklärte, die Reform komme zu spät: „Die Kliniken können nicht länger warten“, sagte er im Landtag.",
     [("die Reform komme zu spät", "INDIRECT_QUOTE", "Laumann"),
      ("Die Kliniken können nicht länger warten", "DIRECT_QUOTE", "Laumann")]),
    ("Die Lage ist dramatisch: „Viele Häuser stehen vor der Pleite“, warnte Gaß.",  # (guard: the writer's indicative)
     [("Viele Häuser stehen vor der Pleite", "DIRECT_QUOTE", "Gaß")]),
    # a second predicate after the comma shares the main clause's subject, not its object ("die Leviten")
    ("Betriebsratschefin Anna Kraus trat ans Mikrofon. Im Saal las sie den Managern die Leviten, sprach von einem "
     "„Offenbarungseid“.",
     [("Offenbarungseid", "DIRECT_QUOTE", "Anna Kraus")]),
]


ROUND19_DE += [
    # (round 19, part 3: heating-law and wolf pages; sentences written here) partial quotations without a cue in a
    # Konjunktiv I sentence after a report: the report goes on around them (only the quotations were marked)
    ("Habeck wies die Kritik zurück. Die Wende sei »zwingend«. Man müsse »in kurzer Zeit nachholen«, was versäumt "
     "worden sei.",
     [("Habeck wies die Kritik zurück", "INDIRECT_QUOTE", "Habeck"), ("zwingend", "DIRECT_QUOTE", "Habeck"),
      ("Die Wende sei »zwingend«", "INDIRECT_QUOTE", "Habeck"), ("in kurzer Zeit nachholen", "DIRECT_QUOTE", "Habeck"),
      ("Man müsse »in kurzer Zeit nachholen«, was versäumt worden sei", "INDIRECT_QUOTE", "Habeck")]),
    ("Der Minister sagte, die Lage sei ernst. „Wir tun alles, was wir können“, betonte er.",  # (guard: a cue)
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister"), ("Wir tun alles, was wir können", "DIRECT_QUOTE", "Minister")]),
    # (part 5: football pages) "widersprachen" and "sich beschweren" are acts; the report after a colon and the
    # Konjunktiv sentence after the act continue them (nothing was found)
    ("Andere Trainer widersprachen dem Kollegen: Seine Aussage sei „grenzwertig“.",
     [("Seine Aussage sei „grenzwertig“", "INDIRECT_QUOTE", "Andere Trainer"),
      ("grenzwertig", "DIRECT_QUOTE", "Andere Trainer")]),
    ("Der Trainer hatte sich über die Fouls beschwert. Seine Spieler würden zu oft getreten.",
     [("Der Trainer hatte sich über die Fouls beschwert", "INDIRECT_QUOTE", "Trainer"),
      ("Seine Spieler würden zu oft getreten", "INDIRECT_QUOTE", "Trainer")]),
    ("Der Koffer war schwer beschwert.", []),  # (guard: no speaker)
    # a quotation opening its paragraph takes the person who opens the next sentence (it had no speaker)
    ("„Wir hatten große Lust, ein Zeichen zu setzen.“ Thomas Müller war gut gelaunt nach dem Sieg.",
     [("Wir hatten große Lust, ein Zeichen zu setzen.", "DIRECT_QUOTE", "Thomas Müller")]),
    # a medium right after "sagte" is the addressee, not the speaker ("der Zeitung" spoke)
    ("Dürr sagte der Zeitung, aus dem Haushalt könne das Geld nicht kommen.",
     [("aus dem Haushalt könne das Geld nicht kommen", "INDIRECT_QUOTE", "Dürr")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND19_DE, ids=[t[:40] for t, _ in ROUND19_DE])
def test_de_round19_structures(text, expected):
    assert_de_structures(text, expected)


ROUND20_DE = [
    # (round 20; sentences written here) an object after the verb is no subject of a trailing attribution: the
    # sentence before ", begrüßten den Entwurf" was reported with "den Entwurf" as its speaker
    ("Bundesländer wie Bayern und Hessen, in denen die Regeln schon gelten, begrüßten den Entwurf.", []),
    ("Die Lage sei ernst, sagte der Minister den Journalisten.",  # (guard: the subject before the object)
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # (round 20, abuse-study, flood and court pages; sentences written here) a role the lexicon does not list with
    # its prepositional adjuncts is an apposition of the speaker, not a report ("Psychiater am Zentralinstitut in
    # Mannheim" was reported; "…, Kreisbrandrat im Landkreis Pfaffenhofen an der Ilm, sagte" was spoken by "der Ilm")
    ("„Das ist falsch“, sagte Harald Dreßing, Psychiater am Zentralinstitut in Mannheim.",
     [("Das ist falsch", "DIRECT_QUOTE", "Harald Dreßing")]),
    ("Die Kosten seien gestiegen, sagte Christian Nitschke, Kreisbrandrat im Landkreis Pfaffenhofen an der Ilm.",
     [("Die Kosten seien gestiegen", "INDIRECT_QUOTE", "Christian Nitschke")]),
    ("Christian Nitschke, Kreisbrandrat im Landkreis Pfaffenhofen an der Ilm, sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Christian Nitschke")]),
    ("Die Lage sei ernst, sagte Müller, Gespräche mit der Regierung laufen noch.",  # (guard: a clause of its own)
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Müller"),
      ("Gespräche mit der Regierung laufen noch", "INDIRECT_QUOTE", "Müller")]),
    # a surname cut to its initial before the verb (court reports): the sentence had no speaker
    ("Der Angeklagte Nils R. sagte, er bereue nichts.", [("er bereue nichts", "INDIRECT_QUOTE", "Nils R.")]),
    # (round 20, Bürgergeld, court, coalition and flood pages; sentences written here) "urteilen" reports; "etwa",
    # "Hierzu", "Zwar" are no names (the speaker was missing or "Hierzu"); "Prof." keeps its name
    ("Die Richter urteilten, die Regelung sei verfassungswidrig.",
     [("die Regelung sei verfassungswidrig", "INDIRECT_QUOTE", "Richter")]),
    ("Dann dürfe der Präsident das nicht verhindern, urteilen die Richter.",
     [("Dann dürfe der Präsident das nicht verhindern", "INDIRECT_QUOTE", "Richter")]),
    ("„Von Normalität sind wir weit entfernt“, sagte etwa eine Stadtsprecherin.",
     [("Von Normalität sind wir weit entfernt", "DIRECT_QUOTE", "Stadtsprecherin")]),
    ("Hierzu unterstreicht Irene Maier, Vize-Präsidentin des Deutschen Pflegerats: „Die Lage ist ernst.“",
     [("Die Lage ist ernst.", "DIRECT_QUOTE", "Irene Maier")]),
    ("Die Prognose sei zu optimistisch, sagte die Wirtschaftsweise Prof. Veronika Grimm.",
     [("Die Prognose sei zu optimistisch", "INDIRECT_QUOTE", "Veronika Grimm")]),
    # a paper or a programme in quotation marks after "im", a compound ending in a noun, or coordinated with
    # another is a name, not a quote; the report after it is still read ("sagte im „Handelsblatt“, man sei …" gave
    # only the quote "Handelsblatt")
    ("Lindner sagte im „Handelsblatt“, man sei enttäuscht.", [("man sei enttäuscht", "INDIRECT_QUOTE", "Lindner")]),
    ("„Wir sind enttäuscht“, wird Lindner im „Handelsblatt“ zitiert.",
     [("Wir sind enttäuscht", "DIRECT_QUOTE", "Lindner")]),
    ("Das Bürgergeld sei gerecht, sagte Heil am Dienstag in der ntv-Sendung „Beisenherz“.",
     [("Das Bürgergeld sei gerecht", "INDIRECT_QUOTE", "Heil")]),
    # (round 20, abuse-study, coalition and court pages; sentences written here) the name in apposition to an opening
    # description before the auxiliary of a perfect speaks ("die Studie" did, and the subject was reported); an object
    # pronoun before a bare noun leaves the subject before the verb ("Egoismus" spoke); a title before a name in
    # apposition ("…, Bischof Stephan Ackermann.") gives the name
    ("Der Vorsitzende der Bischofskonferenz, Reinhard Marx, hat die Studie als „Wendepunkt“ bezeichnet.",
     [("Wendepunkt", "DIRECT_QUOTE", "Reinhard Marx")]),
    ("Der Umweltminister, Jean-Louis Borloo, hat Berichte der Zeitung zurückgewiesen, er sei für das Amt vorgesehen.",
     [("er sei für das Amt vorgesehen", "INDIRECT_QUOTE", "Berichte")]),  # (guard: the reports' words)
    ("Scholz warf ihm Egoismus und Klientelpolitik vor.",
     [("Scholz warf ihm Egoismus und Klientelpolitik vor", "INDIRECT_QUOTE", "Scholz")]),
    ("Man wisse um das Ausmaß, so der Missbrauchsbeauftragte der Bischofskonferenz, Bischof Stephan Ackermann.",
     [("Man wisse um das Ausmaß", "INDIRECT_QUOTE", "Stephan Ackermann")]),
    # a verb of naming with a second object after the first leaves the subject before the verb ("das Ergebnis"
    # spoke); more third-person Konjunktiv I forms continue a report ("Dennoch fühle sich …" was the writer's)
    ("Kretschmer nannte das Ergebnis einen „großen Vertrauensbeweis“.",
     [("großen Vertrauensbeweis", "DIRECT_QUOTE", "Kretschmer")]),
    ("Den Plan nannte der Minister einen „Fehler“.", [("Fehler", "DIRECT_QUOTE", "Minister")]),  # (guard)
    ("Habeck räumte ein, es sei eine unpopuläre Regierung gewesen. Dennoch fühle sich der Abend falsch an.",
     [("es sei eine unpopuläre Regierung gewesen", "INDIRECT_QUOTE", "Habeck"),
      ("Dennoch fühle sich der Abend falsch an", "INDIRECT_QUOTE", "Habeck")]),
    # (round 20, football and rent-law pages) "zeigte sich X emotional" after a quotation attributes it; "Für X
    # stand fest:" before one is X's view (the speaker was missing, or the one quoted before)
    ("„Ich kämpfe mit den Tränen“, zeigte sich Nagelsmann emotional.",
     [("Ich kämpfe mit den Tränen", "DIRECT_QUOTE", "Nagelsmann")]),
    ("„Das ist ein Erfolg“, sagte Johannes Fechner. Für Caren Lay von der Linken stand fest: „Der Entwurf kommt zu spät.“",
     [("Das ist ein Erfolg", "DIRECT_QUOTE", "Johannes Fechner"), ("Der Entwurf kommt zu spät.", "DIRECT_QUOTE", "Caren Lay")]),
    # (round 20, railway pages) a report inside the report going on, its cue closing a Konjunktiv I sentence, is the
    # first speaker's ("die Bahn der Landesregierung" spoke, and the next sentence went on with her)
    ("Hermann sagte, das Vertrauen sei verspielt. Noch vor einem Monat habe die Bahn der Landesregierung den Termin "
     "bestätigt. Das Land fühle sich getäuscht.",
     [("das Vertrauen sei verspielt", "INDIRECT_QUOTE", "Hermann"),
      ("Noch vor einem Monat habe die Bahn der Landesregierung den Termin bestätigt. Das Land fühle sich getäuscht",
       "INDIRECT_QUOTE", "Hermann")]),
    ("Lindner sagte, die Lage sei ernst. Scholz habe verlangt, die Schuldenbremse auszusetzen.",  # (guard: a content)
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Lindner"),
      ("die Schuldenbremse auszusetzen", "INDIRECT_QUOTE", "Scholz")]),
    # (round 20, car-industry, energy, court, football and farm-protest pages; sentences written here) sentence
    # adverbs and time phrases opening a sentence are no speakers ("Konkret", "Per Eilantrag", "Ende Oktober",
    # "Kurz darauf" spoke)
    ("Konkret kündigte Zipse an, dass im Stammwerk nur Elektroautos gebaut werden sollen.",
     [("im Stammwerk nur Elektroautos gebaut werden sollen", "INDIRECT_QUOTE", "Zipse")]),
    ("Per Eilantrag erklärte die Anwältin des Angeklagten, ihr Mandant könne nicht erscheinen.",
     [("ihr Mandant könne nicht erscheinen", "INDIRECT_QUOTE", "Anwältin")]),
    ("Ende Oktober bittet Zickler einen Zeugen, künftig ein bestimmtes Wort zu vermeiden.",
     [("künftig ein bestimmtes Wort zu vermeiden", "INDIRECT_QUOTE", "Zickler")]),
    ("Kurz darauf warnte Baerbock, der Frieden sei trügerisch.", [("der Frieden sei trügerisch", "INDIRECT_QUOTE", "Baerbock")]),
    # an unlisted verb right after a quotation and its comma, before a person, attributes it; "fügte … an" is
    # "fügte … hinzu"; a time phrase after the speaker is an adjunct ("sagte er vergangene Woche bei …")
    ("„Wir brauchen eine außergewöhnliche Leistung“, schließt Hecking.",
     [("Wir brauchen eine außergewöhnliche Leistung", "DIRECT_QUOTE", "Hecking")]),
    ("„Jeder ist eingeladen, Tore zu schießen“, nahm Frontzeck die Mannschaft in die Pflicht.",
     [("Jeder ist eingeladen, Tore zu schießen", "DIRECT_QUOTE", "Frontzeck")]),
    ("Bei dem Gespräch müsse vereinbart werden, dass Menschenleben gerettet werden, fügte Pahlke an.",
     [("Bei dem Gespräch müsse vereinbart werden, dass Menschenleben gerettet werden", "INDIRECT_QUOTE", "Pahlke")]),
    ("Das Ende werde keinen Bestand haben, sagte Zipse vergangene Woche bei einer Veranstaltung.",
     [("Das Ende werde keinen Bestand haben", "INDIRECT_QUOTE", "Zipse")]),
    # a "laut" source runs over "und" and "am Sonntag"; a paper after "im" with a cue and its subject before it is
    # a name; a title with a genitive, then a name in apposition before an adjunct ("Frank Sell, in Gerlingen" was
    # the report)
    ("Laut Betriebsrat und IG Metall wird für Saarbrücken eine Zahl von 3.000 genannt.",
     [("wird für Saarbrücken eine Zahl von 3.000 genannt", "INDIRECT_QUOTE", "Betriebsrat und IG Metall")]),
    ("Die Zahlen stammen laut Bild am Sonntag aus der Bahn selbst.",
     [("Die Zahlen stammen", "INDIRECT_QUOTE", "Bild am Sonntag"),
      ("aus der Bahn selbst", "INDIRECT_QUOTE", "Bild am Sonntag")]),
    ("Die Bauern seien wütend, sagte Rukwied im „Stern“.", [("Die Bauern seien wütend", "INDIRECT_QUOTE", "Rukwied")]),
    ("Der Abbau sei falsch, sagte der Betriebsratschef der Sparte, Frank Sell, in Gerlingen.",
     [("Der Abbau sei falsch", "INDIRECT_QUOTE", "Frank Sell")]),
    # (round 20, part 22: farm-protest, ECB, football, railway and works-council pages) the subject after the
    # auxiliary of a fronted adverbial ("Berlin" spoke), a name before its object in a noun run ("Lagarde
    # Zinserhöhungen"), the subject of a wie-clause after "Oder" ("Rande des Prozesses"), not a person inside an
    # ob-clause ("Roman Weidenfeller"), a demonstrative before a preposition ("dieser zum Beginn"), a subject
    # before a colon that cannot speak gives way to the speaker before ("Zentrale Gespräche")
    ("Vor den Protesten in Hamburg und Berlin hatten einzelne Landwirte gedroht: „Wir schlagen jetzt los.“",
     [("Wir schlagen jetzt los.", "DIRECT_QUOTE", "Landwirte")]),
    ("Noch zum Jahreswechsel hatte Lagarde Zinserhöhungen als „sehr unwahrscheinlich“ bezeichnet.",
     [("sehr unwahrscheinlich", "DIRECT_QUOTE", "Lagarde")]),
    ("Oder wie es ein Beobachter am Rande des Prozesses formulierte: „Wir haben die Angel draußen.“",
     [("Wir haben die Angel draußen.", "DIRECT_QUOTE", "Beobachter")]),
    ("Auf die Frage, ob morgen Roman Weidenfeller im Tor steht, weicht der Coach aus: „Das sage ich heute nicht.“",
     [("Das sage ich heute nicht.", "DIRECT_QUOTE", "Coach")]),
    ("Die Kunden sollten ihre Uhren wieder nach der Bahn stellen können, verkündete dieser zum Beginn seiner Amtszeit.",
     [("Die Kunden sollten ihre Uhren wieder nach der Bahn stellen können", "INDIRECT_QUOTE", "dieser")]),
    ("Sie hätten eine Botschaft, sagte Frank Sell. Zentrale Gespräche würden von der Geschäftsführung abgelehnt: "
     "«Das muss man sich mal vorstellen.»",
     [("Sie hätten eine Botschaft", "INDIRECT_QUOTE", "Frank Sell"),
      ("Das muss man sich mal vorstellen.", "DIRECT_QUOTE", "Frank Sell")]),
    # (part 26, company, farm, fire, housing and football pages) "nach" opens a source only with its own source noun
    # (not a second conjunct: "nach einem Gewinneinbruch und gesenkten Prognosen"), a postposed "nach" only after
    # a dative ("den Wunsch nach mehr Anerkennung" was a source); a bare adjective belongs to a "zufolge" source; a
    # genitive apostrophe ("nach Geywitz' Worten" gave nothing); an indicative main clause after a contrastive
    # adverb ends a report ("…, stattdessen wurde das Training … verlegt")
    ("Die Firma will nach einem Gewinneinbruch und gesenkten Prognosen sparen.", []),
    ("Rukwied begründet auch den Wunsch nach mehr Anerkennung: „Das wird nicht honoriert.“",
     [("Das wird nicht honoriert.", "DIRECT_QUOTE", "Rukwied")]),
    ("Das Feuer wurde ersten Ermittlungen zufolge von einer Zigarette ausgelöst.",
     [("Das Feuer wurde", "INDIRECT_QUOTE", "ersten Ermittlungen"),
      ("von einer Zigarette ausgelöst", "INDIRECT_QUOTE", "ersten Ermittlungen")]),
    ("Ziel ist nach Geywitz' Worten eine höhere Produktivität im Bau.",
     [("Ziel ist", "INDIRECT_QUOTE", "Geywitz"), ("eine höhere Produktivität im Bau", "INDIRECT_QUOTE", "Geywitz")]),
    ("Stöger hatte angekündigt, dass um 10 Uhr trainiert wird, stattdessen wurde das Training aber verlegt.",
     [("um 10 Uhr trainiert wird", "INDIRECT_QUOTE", "Stöger")]),
    # (part 27, international news pages: WHO, Israel, space flight, Nobel, Olympics, Italy, China) a relative or
    # wo-clause on the speaker's adjunct is no content (it was the report); a fronted time phrase before a
    # preposition is no speaker ("Kurz nach dem Treffen" spoke); "wie angekündigt" and a number before an attributive
    # participle are no cues; adjuncts after the speaker's apposition are no content; "zu Wort" is no part of a
    # name; a paper opening the sentence before its verb speaks ("«Bild» berichtete" made "Bild" a quote and the
    # report the plane's); the object of "warnen vor", "bitten um", … is no speaker; "beschied"; a medium's name
    # after a compound like "Branchendienst"
    ("Die Operation werde dauern, sagte der Premier in einer Ansprache, die kurz danach veröffentlicht wurde.",
     [("Die Operation werde dauern", "INDIRECT_QUOTE", "Premier")]),
    ("Es habe einen Ausfall gegeben, erklärten die Behörden in Texas, wo der Weltraumbahnhof liegt.",
     [("Es habe einen Ausfall gegeben", "INDIRECT_QUOTE", "Behörden")]),
    ("Kurz nach dem Treffen sagte Macron, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Macron")]),
    ("In der Nacht habe Israel wie angekündigt reagiert, sagte Netanjahu.",
     [("In der Nacht habe Israel wie angekündigt reagiert", "INDIRECT_QUOTE", "Netanjahu")]),
    ("Es gebe 118.000 bestätigte Infektionen, sagte Tedros.",
     [("Es gebe 118.000 bestätigte Infektionen", "INDIRECT_QUOTE", "Tedros")]),
    ("Über 150.000 Menschen sind geflohen. Das sagte der Sprecher des Ministeriums, Hans Meier, am Mittwoch in Berlin.",
     [("Das", "INDIRECT_QUOTE", "Hans Meier")]),
    ("Auch SpaceX-Chef Elon Musk hat sich zu Wort gemeldet und kommentierte den Vorfall: „Nicht gut.“",
     [("Nicht gut.", "DIRECT_QUOTE", "Elon Musk")]),
    ("«Bild» berichtete, die Maschine habe Druckprobleme gemeldet.",
     [("die Maschine habe Druckprobleme gemeldet", "INDIRECT_QUOTE", "Bild")]),
    ("China warnte die USA vor einem „Spiel mit dem Feuer“.", [("Spiel mit dem Feuer", "DIRECT_QUOTE", "China")]),
    ("„Ich bin noch nicht soweit“, beschied der Immobilienmogul in einem Interview.",
     [("Ich bin noch nicht soweit", "DIRECT_QUOTE", "Immobilienmogul")]),
    ("„Wir sind enttäuscht“, sagte Tschernyschenko dem Branchendienst „insidethegames“.",
     [("Wir sind enttäuscht", "DIRECT_QUOTE", "Tschernyschenko")]),
    # (part 28, refugee and military pages) more Konjunktiv forms continue a report: Konjunktiv II forms that no
    # indicative shares ("kämen", "wüssten"), finite forms of particle verbs ("behalte sich … vor", "rufe … auf")
    ("Die Lage sei ernst, sagte der Sprecher. Viele kämen im Tschad an. Darunter seien auch Kinder.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Sprecher"),
      ("Viele kämen im Tschad an. Darunter seien auch Kinder", "INDIRECT_QUOTE", "Sprecher")]),
    ("Der Schaden sei begrenzt, erklärte ein Sprecher. Man behalte sich weitere Schritte vor.",
     [("Der Schaden sei begrenzt", "INDIRECT_QUOTE", "Sprecher"),
      ("Man behalte sich weitere Schritte vor", "INDIRECT_QUOTE", "Sprecher")]),
    ("Der Schaden sei begrenzt, erklärte ein Sprecher. Die Regierung rufe zur Ruhe auf.",
     [("Der Schaden sei begrenzt", "INDIRECT_QUOTE", "Sprecher"),
      ("Die Regierung rufe zur Ruhe auf", "INDIRECT_QUOTE", "Sprecher")]),
    # (part 29, China, US-court, Italy, Olympics pages) an infinitive closing a reported predicate after a modal in
    # the Konjunktiv I is no cue ("die Souveränität verteidigen" spoke); a main clause after "Obgleich …" is not
    # reported by the cue of that clause; a dative apposition belongs to an object and the participle closing the
    # sentence is the V2 subject's ("dem Journalisten Andrea Giambruno" spoke); "einer von ihnen" after the verb
    # speaks; a plural verb with a singular noun phrase after it leaves the phrase before it as the subject
    ("Die Lage sei ernst, sagte der Sprecher. Chinas Militär werde sich „für einen Krieg vorbereiten“, die "
     "Souveränität verteidigen und den Separatismus niederschlagen.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Sprecher"),
      ("Chinas Militär werde sich „für einen Krieg vorbereiten“, die Souveränität verteidigen und den Separatismus "
       "niederschlagen", "INDIRECT_QUOTE", "Sprecher"),
      ("für einen Krieg vorbereiten", "DIRECT_QUOTE", "Sprecher")]),
    ("Am Freitag hatte Meloni die Trennung von ihrem Partner, dem Journalisten Andrea Giambruno, bekanntgegeben.",
     [("Am Freitag hatte Meloni die Trennung von ihrem Partner, dem Journalisten Andrea Giambruno, bekanntgegeben",
       "INDIRECT_QUOTE", "Meloni")]),
    ("Beim Blick auf die Resultate, sagt einer von ihnen, stellte der Präsident „kein Triumph-Gehabe“ zur Schau.",
     [("Beim Blick auf die Resultate", "INDIRECT_QUOTE", "einer von ihnen"),
      ("stellte der Präsident „kein Triumph-Gehabe“ zur Schau", "INDIRECT_QUOTE", "einer von ihnen"),
      ("kein Triumph-Gehabe", "DIRECT_QUOTE", "einer von ihnen")]),
    ("Die Büros beider Politiker nannten das Treffen offen und konstruktiv.",
     [("Die Büros beider Politiker nannten das Treffen offen und konstruktiv", "INDIRECT_QUOTE", "Büros")]),
    ("Die Regierung sei im „Krisenmodus“, sagte Merz.",  # (guard: a word after "im" with no cue next to it is speech)
     [("Die Regierung sei im „Krisenmodus“", "INDIRECT_QUOTE", "Merz"), ("Krisenmodus", "DIRECT_QUOTE", "Merz")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND20_DE, ids=[t[:40] for t, _ in ROUND20_DE])
def test_de_round20_structures(text, expected):
    assert_de_structures(text, expected)


ROUND20_CANONICAL = [
    # (round 20) an initial keeps its full stop, a description the lexicon does not list is no part of the name
    ("Der Angeklagte Nils R. sagte, er bereue nichts.", "Nils R."),
    ("„Wir bereuen nichts“, sagte Nils R. vor Gericht.", "Nils R."),
    # more first names listed: a name in apposition to a description that is no title is the person's
    ("Die Lage sei ernst, warnte eine Bewohnerin des Hauses, Caren Lay.", "Caren Lay"),
    ("Die Lage sei ernst, warnte ein Bewohner des Hauses, Jannik Weber.", "Jannik Weber"),
    # (part 22) a name before its object in a noun run ("Lagarde Zinserhöhungen")
    ("Noch zum Jahreswechsel hatte Lagarde Zinserhöhungen als „sehr unwahrscheinlich“ bezeichnet.", "Lagarde"),
    # a genitive name before a speech noun owns it, as the surname the text uses on its own
    ("Gagel stellte die Kosten dar. Gagels Schlussfolgerung: „Das ist nicht zu bewerkstelligen.“", "Gagel"),
]

ROUND21_CANONICAL = [
    # (round 21) two particles of a name after a title ("Ursula"), a particle name after a role ("Roman")
    ("Kommissionspräsidentin Ursula von der Leyen sagte, die EU sei geeint.", "Ursula von der Leyen"),
    ("Rechtsanwalt Roman von Alvensleben sagte, das Urteil sei falsch.", "Roman von Alvensleben"),
    ("Der Präsident von Frankreich sagte, die EU sei geeint.", "Präsident von Frankreich"),  # (guard: no name)
    ("In einem Interview äußert sich Petra Pau von der Linksfraktion. Sie sagte, das Gesetz sei falsch.",
     "Petra Pau"),  # (guard: a party after a surname is no particle of the name)
]
ROUND22_CANONICAL = [
    # (round 22) a description in apposition after a full name gives that name to a later description of it
    ("Jörg Müller, Sprecher der Stadt, sagte, die Lage sei ernst. Der Sprecher fügte hinzu, man arbeite daran.",
     "Jörg Müller"),
    ("Gabriel Meier, der Justizminister des Landes, sagte, die Lage sei ernst. Es gebe Probleme, so der Justizminister.",
     "Gabriel Meier"),
    # an office or an age describes the one person named in the sentence before ("der Minister" after "Boris
    # Pistorius besuchte …"; "die 27-Jährige" was read as a plural; "Der FPÖ-Chef" opening a sentence); a
    # pronoun takes no name that was a verb's object ("Der Trainer lobte Thomas Müller. „…“, sagte er")
    ("Boris Pistorius besuchte am Montag die Truppe. „Wir brauchen mehr Soldaten“, sagte der Minister.",
     "Boris Pistorius"),
    ("Anna Berg gewann das Rennen. „Ich bin überglücklich“, sagte die 27-Jährige.", "Anna Berg"),
    ("Martina Bircher wurde gewählt. Die Nationalrätin sagte, sie freue sich auf die Arbeit.", "Martina Bircher"),
    ("Herbert Kickl kam am Mittag. Der FPÖ-Chef sagte, er wolle regieren.", "Herbert Kickl"),
    ("Der Trainer lobte Thomas Müller am Montag. „Er war überragend“, sagte er.", "Trainer"),
    ("Thomas Müller traf zweimal. „Er war überragend“, sagte der Trainer.", "Trainer"),  # (guard)
    ("Boris Pistorius traf Lloyd Austin. „Wir brauchen mehr Soldaten“, sagte der Minister.", "Minister"),  # (guard)
    # a role the lists do not know before a name is no part of it; a genitive's case ending; a demonstrative names
    # the person named last
    ("„Das braucht Vorlauf“, sagte Tarifvorständin Cosima Ingenschay.", "Cosima Ingenschay"),
    ("Erst dann habe man Ruhe, sagte Gemeinderat Fred Conrad.", "Fred Conrad"),
    ("„Wir waren dankbar“, sagt Tochter Nicola.", "Nicola"),
    ("„Wir investieren weiter“, sagte Familienunternehmer Stihl.", "Stihl"),
    ("„Das ist falsch“, sagte FDP-Bundesvize Kubicki.", "Kubicki"),
    ("„Das ist eine Genugtuung“, sagte Spielmacher Juri Knorr.", "Juri Knorr"),
    ("„Das ist gut“, sagte die Berliner Zeitung.", "Berliner Zeitung"),  # (guard)
    ("Laut des Gerichtssprechers wird das Urteil in fünf Wochen zugestellt.", "Gerichtssprecher"),
    ("Landwirte diskutierten mit Minister Robert Habeck. Dieser bemängelte, dass die Bauern zu wenig verdienten.",
     "Robert Habeck"),
    ("Olaf Scholz traf Angela Merkel. Diese sagte, die Lage sei ernst.", "Angela Merkel"),
    # (round 22, second wave) a source compound's owner ("ADAC-Angaben"), a name's genitive before its words
    # ("Nach Holters Worten"), a surname that looks like a title ("Stephan Hofmeister"), "-loge" roles; a founder
    # describes the person just named
    ("ADAC-Angaben zufolge staut sich der Verkehr auf 20 Kilometern.", "ADAC"),
    ("Nach Holters Worten sei das Projekt gescheitert.", "Holter"),
    ("„Das reicht nicht“, sagte KBV-Vize Stephan Hofmeister.", "Stephan Hofmeister"),
    ("„Es wird heiß“, sagte Meteorologe Schenk.", "Schenk"),
    ("Sahra Wagenknecht sprach in Berlin. „Wir sind bereit“, sagte die Parteigründerin.", "Sahra Wagenknecht"),
    # a lone surname as the subject of the sentence before is the antecedent of "er" (not a noun like
    # "Deutschland"); an unresolved "er" still anchors the report going on
    ("Kickl kam am Mittag. Er sagte, er wolle regieren.", "Kickl"),
    ("Gestern reiste Peskow nach Minsk. Er sagte, die Gespräche seien gut.", "Peskow"),
    ("Gegen den Vorwurf wehrt sich Rukwied. Er sagte: „Das ist falsch.“", "Rukwied"),
    ("Die Grünen und die SPD kritisierten, die Pläne seien unzureichend.", "Grünen und die SPD"),
]


@pytest.mark.parametrize(("text", "name"), [
    # (round 19) the owner of a speech noun speaks ("Fazit Hoffmanns", "harte Abrechnung der Betriebsratschefin")
    ("Gewerkschafter Jan Hoffmann trat vor die Presse. „Der Konzern hat die Zukunft verschlafen“, so das bittere "
     "Fazit Hoffmanns.", "Jan Hoffmann"),
    ("Die harte Abrechnung der Betriebsratschefin: „Das ist nicht nur ein Armutszeugnis. Das ist eine Bankrotterklärung!“",
     "Betriebsratschefin"),
    ("In einer Erklärung des Präsidenten Barack Obama hieß es, die Lage sei ernst.", "Barack Obama"),
    # a full name after a description's genitive is the person ("Vorstandsvorsitzende der DKG Gerald Gaß")
    ("Der Vorsitzende der Landesärztekammer Klaus Reinhardt warnte, viele Praxen müssten schließen.", "Klaus Reinhardt"),
    ("Der Vorsitzende der SPD Lars Klingbeil sagte, die Lage sei ernst.", "Lars Klingbeil"),
    ("Der deutsche Verteidigungsminister Franz Josef Jung sagte, die Lage sei ernst.", "Franz Josef Jung"),  # (guard)
    ("Der Sprecher des Ministeriums sagte, die Lage sei ernst.", "Sprecher des Ministeriums"),  # (guard: no name)
    # a name in apposition with its party closing the sentence
    ("Die Abstimmung solle am Dienstag stattfinden, sagte die Vorsitzende des Stadtrats, Ilka Albrecht (CDU).",
     "Ilka Albrecht"),
    # (part 5) a club's genitive before a full name, a medium before a title and a surname
    ("„Er hat ein Loch in der Lippe.“ Gladbachs Matthias Ginter zum Tritt ins Gesicht.", "Matthias Ginter"),
    ("Sky Experte Matthäus: „Bremen ist verdient abgestiegen.“", "Matthäus"),
    ("Bayerns Markus Söder sagte, die Lage sei ernst.", "Markus Söder"),
    # a quoted newspaper after a politician and "sagte" is the addressee, not a genitive (round 19, part 4)
    ("Die Planung sei nicht realistisch, sagte der SPD-Politiker der „Bild am Sonntag“.", "SPD-Politiker"),
    ("Die Planung sei nicht realistisch, sagte der Herausgeber der „Zeit“.", "Herausgeber der Zeit"),  # (guard: staff)
    # the medium spoken to after "zu" is no part of the colon's speaker ("Kubicki zu BILD")
    ("Der FDP-Politiker Wolfgang Kubicki riet zur Mäßigung. Kubicki zu BILD: „Wenn er glaubt, einen Blankoscheck zu haben, liegt er "
     "falsch.“", "Wolfgang Kubicki"),
] + ROUND20_CANONICAL + ROUND21_CANONICAL + ROUND22_CANONICAL)
def test_de_round19_and_20_canonical_speakers(text, name):  # (and rounds 21, 22)
    ann = run(text, lang="de")
    qs = quotes(ann)
    assert qs and all(q.attrs["speaker"] == name for q in qs), [(q.text, q.attrs["speaker"]) for q in qs]
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "lang", "mention", "name"), [
    # (round 18) a middle initial after the cue ended the name ("Torsten K"), one before it was dropped in
    # German ("Meier"), and two initials ended the sentence ("Darrell H.Y." then "Lum, a panel speaker …")
    ("„Wir öffnen nicht vorher“, sagt Gründungsdirektor Torsten K. Schulze. Er sei nicht überrascht.", "de",
     "Gründungsdirektor Torsten K. Schulze", "Torsten K. Schulze"),
    ("Der Anwalt Hans J. Meier sagte, der Prozess werde lange dauern.", "de", "Der Anwalt Hans J. Meier",
     "Hans J. Meier"),
    ('"We will not open early," said director Thomas K. Smith.', "en", "director Thomas K. Smith", "Thomas K. Smith"),
    ('The language is not broken, said Darrell H.Y. Lum, a panel speaker.', "en", "Darrell H.Y. Lum",
     "Darrell H.Y. Lum"),
])
def test_middle_initials_belong_to_the_name(text, lang, mention, name):
    ann = run(text, lang=lang)
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == mention
    assert q.attrs["speaker"] == name
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    "Sein niedersächsischer Kollege Thorsten Gröger sprach von „Floskeln und Platzhaltern“.",
    "Ihre Kollegin Anna Berg sagte, die Lage sei ernst.",
])
def test_de_a_colleague_is_no_part_of_the_name(text):
    # (round 18) "Kollege" before a name is a role: the canonical name was "Kollege Thorsten Gröger"
    ann = run(text, lang="de")
    assert quotes(ann)[0].attrs["speaker"] in ("Thorsten Gröger", "Anna Berg")


def test_de_a_new_person_between_takes_the_report():
    # (round 18) the writer's sentence between an attributed one and a report in the Konjunktiv I names
    # another person: the report and the "er" after it were the earlier speaker's (Kurz), not Kogler's
    text = ("ÖVP-Chef Kurz sagte am Abend, er werde auf alle Parteien zugehen. „Ich überlege mir jeden Schritt“, "
            "betonte er. Grünen-Chef Werner Kogler hielt sich dagegen bedeckt. Die Grünen seien gesprächsbereit, "
            "aber nicht um jeden Preis. Es werde keine Koalition ohne Klimaschutz geben, betonte er.")
    ann = run(text, lang="de")
    names = [(q.text[:20], q.attrs["speaker"]) for q in quotes(ann)]
    assert names == [("er werde auf alle Pa", "Kurz"), ("Ich überlege mir jed", "Kurz"),
                     ("Die Grünen seien ges", "Werner Kogler"), ("Es werde keine Koali", "Werner Kogler")], names
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "lang", "mention", "name"), [
    # (round 18) a capitalised name particle opens the name: the speaker was "Pen", and after a title the
    # canonical name kept the title ("Präsidentschaftskandidatin Le Pen")
    ("Die Präsidentschaftskandidatin Le Pen zeigte sich kämpferisch. Le Pen sagte, das Ergebnis zeige Misstrauen.",
     "de", "Le Pen", "Le Pen"),
    ("Le Pen said the result showed deep distrust.", "en", "Le Pen", "Le Pen"),
    # a number in a quoted name stays in the canonical name ("Fernsehsender Channel")
    ("Der Fernsehsender „Channel 10“ berichtete, das Kabinett habe zugestimmt.", "de",
     "Der Fernsehsender „Channel 10“", "Fernsehsender Channel 10"),
])
def test_names_with_particles_and_numbers(text, lang, mention, name):
    ann = run(text, lang=lang)
    q = quotes(ann)[-1]
    assert linked(ann, q.id, "said_by").text == mention
    assert q.attrs["speaker"] == name
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    "Die Kandidatin zeigte sich kämpferisch. Sie erwähnte, ",
    "Der Minister hat die Pläne bedauert,",
])
def test_de_cue_before_a_final_comma_does_not_fail(text):
    # (round 18, found by fuzzing) a cue's comma closing the text: the check for a second predicate after it
    # read past the last token (IndexError)
    ann = run(text, lang="de")
    check_contract(text, ann)


ROUND21_DE = [
    # (round 21, sports, court and policy pages; sentences written here) an "es" right after any cue verb is an
    # expletive, not a speaker ("tönte es" had the SPEAKER "es"); its source after it speaks
    ("„Das ist ein Skandal“, tönte es aus dem Saal.", [("Das ist ein Skandal", "DIRECT_QUOTE", "Saal")]),
    ("„Das ist ein Skandal“, tönte es.", [("Das ist ein Skandal", "DIRECT_QUOTE", None)]),
    # adverbs before the adjuncts of a trailing attribution ("sagte er gestern bei einem Besuch in Köln" reported
    # nothing)
    ("Die Lage sei ernst, sagte er gestern bei einem Besuch in Köln.", [("Die Lage sei ernst", "INDIRECT_QUOTE", "er")]),
    ("Die Lage sei ernst, sagte Müller nun im Interview mit der Zeitung.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Müller")]),
    # a reported clause ending in "angesprochen" is no fronted question ("Darauf angesprochen, sagte X, …")
    ("Man habe das Thema angesprochen, sagte der Sprecher.",
     [("Man habe das Thema angesprochen", "INDIRECT_QUOTE", "Sprecher")]),
    ("Darauf angesprochen, sagte der Minister, er wisse nichts.",  # (guard)
     [("er wisse nichts", "INDIRECT_QUOTE", "Minister")]),
    # a speech act inside another cue's report is no second report around the attribution
    ("Er habe nichts angekündigt, sagte Pistorius.", [("Er habe nichts angekündigt", "INDIRECT_QUOTE", "Pistorius")]),
]


ROUND21_DE += [
    # (part 2) a conditional or temporal clause opening the content, then its main clause in the Konjunktiv, is
    # reported ("Dröge sagte, wenn …, werde …" reported nothing)
    ("Dröge sagte, wenn die Union nicht einlenke, werde es keine Zustimmung geben.",
     [("wenn die Union nicht einlenke, werde es keine Zustimmung geben", "INDIRECT_QUOTE", "Dröge")]),
    ("Dröge sagte, als die Union kam, sei er gegangen.", [("als die Union kam, sei er gegangen", "INDIRECT_QUOTE", "Dröge")]),
    ("Das kündigte die GDL an, ohne einen Zeitpunkt zu nennen.", [("Das", "INDIRECT_QUOTE", "GDL")]),  # (guard)
    # a pronoun after a trailing attribution takes no noun from the report before it ("Aderlass", "Interesse")
    ("Pistorius sprach. Zudem könne ein weiterer Aderlass drohen, sagte er.",
     [("Zudem könne ein weiterer Aderlass drohen", "INDIRECT_QUOTE", "er")]),
    ("Ein Viertel könne wohl Interesse bekunden, hofft er.",
     [("Ein Viertel könne wohl Interesse bekunden", "INDIRECT_QUOTE", "er")]),
    # a quotation right after another quotation's sentence is no title of its last noun
    ("Sie sagte: „Wir sind das Volk.“ „Das ist gut“, sagte Olaf Scholz.",
     [("Wir sind das Volk.", "DIRECT_QUOTE", "Sie"), ("Das ist gut", "DIRECT_QUOTE", "Olaf Scholz")]),
    # a negated cue before an indirect question reports nothing
    ("Der Minister sagte nicht, wann die Reform kommt.", []),
    ("Er wollte nicht sagen, ob das Gesetz kommt.", []),
    ("Welches Versprechen er meint, sagte er nicht.", []),
    ("Der Sprecher wollte sich nicht dazu äußern, ob die Firma verkauft wird.", []),
    ("Er sagte, er wisse nicht, ob das Gesetz komme.",  # (guard: the negation is reported)
     [("er wisse nicht, ob das Gesetz komme", "INDIRECT_QUOTE", "Er")]),
]


ROUND21_DE += [
    # (part 3) a verb of manner after a reported clause in the Konjunktiv I reports it, as after a quotation
    ("Das sei lächerlich, schimpfte Scholz.", [("Das sei lächerlich", "INDIRECT_QUOTE", "Scholz")]),
    ("Die Forscher analysierten Daten.", []),  # (guard)
    # a trailing "zitierte": the one quoted speaks, not the medium
    ("Boris Pistorius kam. Die Lage sei ernst, zitierte ihn Reuters.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Boris Pistorius")]),
    ("Die Lage sei ernst, zitierte die Zeitung den Minister.", [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    # a dative pronoun or a possessive speech noun before "zufolge" is the person
    ("Eva Högl kam. Die Truppe ist ihr zufolge noch weit entfernt.",
     [("Die Truppe ist", "INDIRECT_QUOTE", "Eva Högl"), ("noch weit entfernt", "INDIRECT_QUOTE", "Eva Högl")]),
    ("Boris Pistorius kam. Seinen Worten zufolge ist die Lage ernst.",
     [("ist die Lage ernst", "INDIRECT_QUOTE", "Boris Pistorius")]),
    # "hieß es auf" a web page or a channel (not "auf Anfrage")
    ("Das Urteil sei falsch, hieß es auf der Homepage des Vereins.",
     [("Das Urteil sei falsch", "INDIRECT_QUOTE", "Homepage des Vereins")]),
    ("Das Urteil sei falsch, hieß es auf Anfrage.", [("Das Urteil sei falsch", "INDIRECT_QUOTE", None)]),
    # two particles of a name after a title: "Ursula von der Leyen" was "Ursula"
    ("Kommissionspräsidentin Ursula von der Leyen sagte, die EU sei geeint.",
     [("die EU sei geeint", "INDIRECT_QUOTE", "Ursula von der Leyen")]),
    ("Ursula von der Leyen kam. Von der Leyen betonte, die EU sei geeint.",
     [("die EU sei geeint", "INDIRECT_QUOTE", "Ursula von der Leyen")]),
]

ROUND21_DE += [
    # (part 5) a second source's wie-clause after the cue's object is no content of the first cue
    ("Der Freistaat forderte Hilfe an, wie eine Sprecherin sagte.",
     [("Der Freistaat forderte Hilfe an", "INDIRECT_QUOTE", "Sprecherin")]),
    ("Die Polizei bestätigte den Vorfall, wie ein Sprecher mitteilte.",
     [("Die Polizei bestätigte den Vorfall", "INDIRECT_QUOTE", "Sprecher")]),
]

ROUND22_DE = [
    # (round 22, sport, court, culture, regional politics and company pages; sentences written here) an adjunct
    # between a trailing cue and its subject ("sagte nach dem Spiel Kapitän X" dropped the quotation); what follows
    # the speaker is no second report: two roles in apposition, a temporal als-clause, a relative clause after the
    # particle, a name in apposition after a role's phrase (also the speaker); a report before a colon and a
    # quotation; a reported clause opening with a partial quotation
    ("„Das war stark“, sagte nach dem Spiel Kapitän Joshua Kimmich.",
     [("Das war stark", "DIRECT_QUOTE", "Joshua Kimmich")]),
    ("„Der Einfluss war unbekannt“, schrieben vor kurzem Randall Harris und seine Kollegen.",
     [("Der Einfluss war unbekannt", "DIRECT_QUOTE", "Randall Harris")]),
    ("„Das war stark“, sagte nach dem Spiel der Kapitän.", [("Das war stark", "DIRECT_QUOTE", "Kapitän")]),
    ("Bewertet wurde auf Basis der Erfahrungen von Ärzten und Forschern.", []),  # (guard)
    ("Die Lage sei ernst, sagt Frank Göller, Partner und Experte bei Horváth.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Frank Göller")]),
    ("Die Asylzahlen seien gesunken, teilte die Ministerin mit, deren Amt Alexander Dobrindt übernimmt.",
     [("Die Asylzahlen seien gesunken", "INDIRECT_QUOTE", "Ministerin")]),
    ("Das Land sei sicher, sagte Karin Keller-Sutter, als sie das Amt übernahm.",
     [("Das Land sei sicher", "INDIRECT_QUOTE", "Karin Keller-Sutter")]),
    ("„Es ist ein großer Tag“, sagt der Fraktionschef der Freien Wähler im Landtag, Florian Streibl, am Wahlabend.",
     [("Es ist ein großer Tag", "DIRECT_QUOTE", "Florian Streibl")]),
    ("Eine Einigung sei die logische Folge, sagte Sprecher Uwe Reitz: «Wir werden den Sack zumachen.»",
     [("Eine Einigung sei die logische Folge", "INDIRECT_QUOTE", "Uwe Reitz"),
      ("Wir werden den Sack zumachen.", "DIRECT_QUOTE", "Uwe Reitz")]),
    ("Auf die Frage, ob er kandidiere, antwortete er: „Nein.“",  # (guard: the question is no report)
     [("Nein.", "DIRECT_QUOTE", "er")]),
    ("Er sagte, „die schweigende Mehrheit“ müsse sich „die Demokratie zurückholen“.",
     [("„die schweigende Mehrheit“ müsse sich „die Demokratie zurückholen“", "INDIRECT_QUOTE", "Er"),
      ("die schweigende Mehrheit", "DIRECT_QUOTE", "Er"), ("die Demokratie zurückholen", "DIRECT_QUOTE", "Er")]),
    # cues of manner after a Konjunktiv clause or a quotation; an age attribute; sentence adverbs are no speakers;
    # "sowohl" opens a coordinated subject; a paper after a preposition or a second article is no quotation; a
    # reflexive "sich bestätigen" reports nothing
    ("Erst dann habe man Ruhe und Frieden, argwöhnte Conrad.",
     [("Erst dann habe man Ruhe und Frieden", "INDIRECT_QUOTE", "Conrad")]),
    ("»Bleiben Sie doch ruhig«, reagierte Schmidt harsch.", [("Bleiben Sie doch ruhig", "DIRECT_QUOTE", "Schmidt")]),
    ("Die Polizei reagierte schnell auf den Notruf.", []),  # (guard)
    ("Zum Auftakt sagte der heute 56 Jahre alte Angeklagte, dass er schweigen werde.",
     [("er schweigen werde", "INDIRECT_QUOTE", "Angeklagte")]),
    ("Entsprechend vorsichtig ist Leibinger-Kammüller. „Wir hoffen, dass wir aus dem Tal kommen.“",
     [("Wir hoffen, dass wir aus dem Tal kommen.", "DIRECT_QUOTE", "Leibinger-Kammüller")]),
    ("Entsprechend äußerten sich sowohl der CSU-Vorsitzende Stoiber als auch Landesgruppenchef Glos.",
     [("Entsprechend äußerten sich sowohl der CSU-Vorsitzende Stoiber als auch Landesgruppenchef Glos",
       "INDIRECT_QUOTE", "Stoiber")]),
    ("„Ich verstehe die Sorgen“, sagte Baume-Schneider im Interview mit «Le Nouvelliste».",
     [("Ich verstehe die Sorgen", "DIRECT_QUOTE", "Baume-Schneider")]),
    ("„Er ist ausgezeichnet“, sagte Nikolas Stihl der „Stuttgarter Zeitung“ und den „Stuttgarter Nachrichten“.",
     [("Er ist ausgezeichnet", "DIRECT_QUOTE", "Nikolas Stihl")]),
    ("Sollten sich die Resultate bestätigen, sei ein Umdenken sinnvoll, heißt es in der Studie.",
     [("Sollten sich die Resultate bestätigen, sei ein Umdenken sinnvoll", "INDIRECT_QUOTE", "Studie")]),
    # (round 22, second part) the subject of a relative clause after a preposition ("…, in dem er vor einem Kanzler
    # Kickl warnte" was Kickl's) or with a number's object ("der drei Jahre Haft gefordert hatte" was spoken by
    # "Jahre Haft"); the paper's newsroom is the addressee; "gestanden" after a time is "stood"
    ("Staatsanwalt Beiter, der drei Jahre Haft gefordert hatte, sagte, die Frau habe getrickst.",
     [("der drei Jahre Haft gefordert hatte", "INDIRECT_QUOTE", "Beiter"),
      ("die Frau habe getrickst", "INDIRECT_QUOTE", "Beiter")]),
    ("Rukwied sagte unserer Redaktion: „Diese Regierung will nicht verstehen.“",
     [("Diese Regierung will nicht verstehen.", "DIRECT_QUOTE", "Rukwied")]),
    ("Die Züge hätten drei Stunden gestanden, so der Sprecher.",
     [("Die Züge hätten drei Stunden gestanden", "INDIRECT_QUOTE", "Sprecher")]),
    # a Konjunktiv I only inside an ob-clause of a main clause in the past continues no report; a person in
    # brackets after a quotation speaks it; a medium in capitals after a name is no part of it
    ("„Es gibt Personen, die meinen, Fachleute zu sein“, sagte Brand. Die Frage, ob das Spiel Einfluss habe, "
     "beantwortete er ausweichend.",
     [("Es gibt Personen, die meinen, Fachleute zu sein", "DIRECT_QUOTE", "Brand")]),
    ("Die Lage sei ernst, sagte Brand. Man wisse nicht, ob das reiche.",  # (guard)
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Brand"), ("Man wisse nicht, ob das reiche", "INDIRECT_QUOTE", "Brand")]),
    ("„Wir sollten nur auswärts spielen.“ (Ingolstadts Verteidiger Tobias Levels nach dem zehnten Punkt)",
     [("Wir sollten nur auswärts spielen.", "DIRECT_QUOTE", "Tobias Levels")]),
    ("Der 24-Jährige muss ins Gefängnis, teilte Gerichtssprecher Frank Straube MDR SACHSEN-ANHALT mit.",
     [("Der 24-Jährige muss ins Gefängnis", "INDIRECT_QUOTE", "Frank Straube")]),
    # a quotation after a sentence of the writer's: not spoken by a preposition's object ("gegenüber Christian
    # Stocker", "mit Bundespräsident X"), nor by a fronted word before the verb and a pronoun ("Medial werde er …")
    # a preposition before the particle is no particle ("teilte das Unternehmen mit Sitz in … mit" reported nothing);
    # a dash after a trailing attribution ends it; a charge's term in quotation marks is no speech
    ("Klein werde gehen, teilte das Unternehmen mit Sitz in Friedrichshafen am Bodensee mit.",
     [("Klein werde gehen", "INDIRECT_QUOTE", "Unternehmen")]),
    ("Klein werde gehen, teilte das Unternehmen mit, ohne Details zu nennen.",  # (guard)
     [("Klein werde gehen", "INDIRECT_QUOTE", "Unternehmen")]),
    ("Der Deal sei ungesetzlich, kritisierte das Gericht – nur, um ein Geständnis zu entlocken.",
     [("Der Deal sei ungesetzlich", "INDIRECT_QUOTE", "Gericht")]),
    ("Der junge Mann sagte zu einem Vorwurf der „schweren Vergewaltigung“ aus.", []),
    ("„Das ist falsch“, sagte sie im „heute journal“.", [("Das ist falsch", "DIRECT_QUOTE", "sie")]),
    ("Deutschland droht ein massiver Lehrermangel.", []),
    # cues that were missing: "rechnete … vor", "setzt nach", "gerufen", "bejaht"
    ("Unterm Strich stünden damit Erhöhungen von 8,5 Prozent, rechnete IG-Metall-Chef Jörg Hofmann vor.",
     [("Unterm Strich stünden damit Erhöhungen von 8,5 Prozent", "INDIRECT_QUOTE", "Jörg Hofmann")]),
    ("Der Minister setzt nach, dass die Reform bald komme.", [("die Reform bald komme", "INDIRECT_QUOTE", "Minister")]),
    ("„Der ist krank!“, hätten die Eltern gerufen.", [("Der ist krank!", "DIRECT_QUOTE", "Eltern")]),
    ("Der Minister setzt auf Dialog.", []),  # (guard)
    # the dative of an accusation is no subject; one of a group in apposition; a medium after an adverb; examples
    # after a plural head belong to the subject
    ("Kritiker werfen der Regierung vor, die Menschen zur Flucht zu zwingen.",
     [("die Menschen zur Flucht zu zwingen", "INDIRECT_QUOTE", "Kritiker")]),
    ("Sebastian Roloff, einer der Abgeordneten, sagte dazu der Zeitung, er kenne weitere Abweichler.",
     [("er kenne weitere Abweichler", "INDIRECT_QUOTE", "Sebastian Roloff")]),
    ("Verbände wie Nabu und BUND kritisierten, die Pläne seien unzureichend.",
     [("die Pläne seien unzureichend", "INDIRECT_QUOTE", "Verbände wie Nabu und BUND")]),
    # a question put to the speaker before "sagte X: „…“" is no report even with a Konjunktiv inside it (a
    # regression of this round's colon rule); the speaker's apposition, then a paper in the dative
    ("Auf Fragen dazu, was rechtsextrem sei, sagte Weidel: „Das muss der Wähler entscheiden.“",
     [("Das muss der Wähler entscheiden.", "DIRECT_QUOTE", "Weidel")]),
    ("Die Stimmung sei gut, sagte Katja Mast, Geschäftsführerin der SPD-Fraktion, dem „Spiegel“.",
     [("Die Stimmung sei gut", "INDIRECT_QUOTE", "Katja Mast")]),
    ("„Das ist gut“, sagte Katja Mast, Geschäftsführerin der SPD-Fraktion, dem „Spiegel“.",
     [("Das ist gut", "DIRECT_QUOTE", "Katja Mast")]),
    ("Die Firma rechnet mit weniger Umsatz.", []),  # (guard)
    ("Putin droht dem Westen mit Konsequenzen.",  # (guard: a threat is a speech act)
     [("Putin droht dem Westen mit Konsequenzen", "INDIRECT_QUOTE", "Putin")]),
    ("Herbert Kickl hat sich gemeldet. Medial werde er sich erst später äußern. „Ich denke, das ist gut.“",
     [("Medial werde er sich erst später äußern", "INDIRECT_QUOTE", "Herbert Kickl"),
      ("Ich denke, das ist gut.", "DIRECT_QUOTE", "Herbert Kickl")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_DE, ids=[t[:40] for t, _ in ROUND22_DE])
def test_de_round22_structures(text, expected):
    assert_de_structures(text, expected)


ROUND25_DE = [
    # (round 25; sentences written here) a second genitive or an abbreviation between a speaker's description and
    # the name in apposition (nothing was reported, or the name was the content); one genitive stays as it was
    ("Das Wochenende habe die Erwartungen erfüllt, sagte der Sprecher des Hauptverbands des Deutschen Einzelhandels "
     "(HDE), Hubertus Pellengahr.",
     [("Das Wochenende habe die Erwartungen erfüllt", "INDIRECT_QUOTE", "Hubertus Pellengahr")]),
    ("Es gebe keine Alternative, sagte die Präsidentin der Vereinigung der Kinderärzte, Anna Schmidt, am Montag.",
     [("Es gebe keine Alternative", "INDIRECT_QUOTE", "Anna Schmidt")]),
    ("Die Preise seien gestiegen, sagte der Sprecher des Verbandes, Max Muster.",
     [("Die Preise seien gestiegen", "INDIRECT_QUOTE", "Max Muster")]),  # (guard)
    # adjuncts (and a focus adverb) before a light verb's noun that closes the clause; a colon after adjuncts
    ("Allerdings gab der Trainer in einer Medienrunde auch zu bedenken: Er wolle sich nicht verabschieden.",
     [("Er wolle sich nicht verabschieden", "INDIRECT_QUOTE", "Trainer")]),
    ("Die Ministerin gab am Montag bei einer Pressekonferenz in Berlin zu bedenken, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Ministerin brachte am Montag in Berlin erneut zum Ausdruck, dass sie enttäuscht sei.",
     [("sie enttäuscht sei", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Minister erklärte am Montag bei einer Pressekonferenz in Berlin: Die Lage sei ernst.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),  # (guard: found before, without its cue)
    # a second predicate after a comma with only adverbs before its content shares the main clause's subject; not
    # an object opening the sentence, not a trailing attribution (guards)
    ("Die Kanzlerin geht nicht auf Polemik ein, sagt nur, dass ihre Einstellung bekannt sei.",
     [("ihre Einstellung bekannt sei", "INDIRECT_QUOTE", "Kanzlerin")]),
    ("Der frühere Minister kam am Montag nach Berlin, sagte aber, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Die Lage ist ernst, sagte aber der Minister.", [("Die Lage ist ernst", "INDIRECT_QUOTE", "Minister")]),
    # a Konjunktiv I sentence with partial quotations goes on in the next paragraph, as one without them does; a
    # report's cue verb inside the report goes on with a coordinated Konjunktiv I predicate
    ("Das sei ein „Riesenergebnis“, sagte der Politiker.\n\nDies sei ein Zeichen, „dass der Wechsel kommt“.",
     [("Das sei ein „Riesenergebnis“", "INDIRECT_QUOTE", "Politiker"), ("Riesenergebnis", "DIRECT_QUOTE", "Politiker"),
      ("Dies sei ein Zeichen, „dass der Wechsel kommt“", "INDIRECT_QUOTE", "Politiker"),
      ("dass der Wechsel kommt", "DIRECT_QUOTE", "Politiker")]),
    # speech acts with an object only: the perfect of expressing and recommending, congratulating and thanking, a
    # refusal and condolences as light verbs, a state adjective with its prepositional object; not "dankte" (also
    # "dankte ab") nor a demonstration (guards)
    ("Der Kanzler hat sich besorgt über die Lage geäußert.",
     [("Der Kanzler hat sich besorgt über die Lage geäußert", "INDIRECT_QUOTE", "Kanzler")]),
    ("Die WHO hat die Zulassung empfohlen.", [("Die WHO hat die Zulassung empfohlen", "INDIRECT_QUOTE", "WHO")]),
    ("Der Präsident gratulierte dem Wahlsieger.",
     [("Der Präsident gratulierte dem Wahlsieger", "INDIRECT_QUOTE", "Präsident")]),
    ("Die Kanzlerin bedankte sich bei den Helfern.",
     [("Die Kanzlerin bedankte sich bei den Helfern", "INDIRECT_QUOTE", "Kanzlerin")]),
    ("Der Minister erteilte dem Plan eine Absage.",
     [("Der Minister erteilte dem Plan eine Absage", "INDIRECT_QUOTE", "Minister")]),
    ("Der Papst sprach den Opfern sein Beileid aus.",
     [("Der Papst sprach den Opfern sein Beileid aus", "INDIRECT_QUOTE", "Papst")]),
    ("Die Ministerin zeigte sich zufrieden mit dem Ergebnis.",
     [("Die Ministerin zeigte sich zufrieden mit dem Ergebnis", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Regierung hat sich zufrieden gezeigt.",
     [("Die Regierung hat sich zufrieden gezeigt", "INDIRECT_QUOTE", "Regierung")]),
    ("Der König dankte ab.", []),
    # a Konjunktiv I after a sentence adverb and "sich" continues; "Das" with the perfect; opposing and campaigning
    # ("wenden" only with "sich"); "da" as an adverb and "seit" with a year before the main clause's auxiliary
    ("Die Preise seien gestiegen, sagte der Ökonom. Allerdings erhole sich die Nachfrage langsam.",
     [("Die Preise seien gestiegen", "INDIRECT_QUOTE", "Ökonom"),
      ("Allerdings erhole sich die Nachfrage langsam", "INDIRECT_QUOTE", "Ökonom")]),
    ("Die Lage ist ernst. Das hat der Minister am Montag gesagt.", [("Das", "INDIRECT_QUOTE", "Minister")]),
    ("Die Gewerkschaft wandte sich gegen die Pläne.",
     [("Die Gewerkschaft wandte sich gegen die Pläne", "INDIRECT_QUOTE", "Gewerkschaft")]),
    ("Der Verband warb für eine Reform der Rente.",
     [("Der Verband warb für eine Reform der Rente", "INDIRECT_QUOTE", "Verband")]),
    ("Der Arzt wandte die Methode gegen Krebs an.", []),
    ("Der Verein warb neue Mitglieder.", []),
    ("Da muss mehr kommen, sagte der Trainer.", [("Da muss mehr kommen", "INDIRECT_QUOTE", "Trainer")]),
    ("Seit 2023 sind die Zahlen gestiegen, sagte der Sprecher.",
     [("Seit 2023 sind die Zahlen gestiegen", "INDIRECT_QUOTE", "Sprecher")]),
    # a court report's name cut to one to three letters
    ("A. räumte ein, am Steuer gesessen zu haben.", [("am Steuer gesessen zu haben", "INDIRECT_QUOTE", "A.")]),
    ("Vor dem Oberlandesgericht versicherte G., er werde sich nie mehr beteiligen.",
     [("er werde sich nie mehr beteiligen", "INDIRECT_QUOTE", "G.")]),
    ("Sch. sagte, er übernehme die Verantwortung.", [("er übernehme die Verantwortung", "INDIRECT_QUOTE", "Sch")]),
    # plural joined particle verbs in a wie-clause; an agency's name in capitals after its noun; "seit" as a
    # preposition before a main clause (not its conjunction: guard); an Arabic name's lower-case article; French
    # spacing inside guillemets
    ("Wie Quellen der Hamas angaben, sieht das Abkommen die Freilassung vor.",
     [("sieht das Abkommen die Freilassung vor", "INDIRECT_QUOTE", "Quellen der Hamas")]),
    ("Laut der russischen Nachrichtenagentur TASS dauerte die Runde nur 40 Minuten.",
     [("dauerte die Runde nur 40 Minuten", "INDIRECT_QUOTE", "Nachrichtenagentur TASS")]),
    ("Seit Januar hat das Büro 757 Angriffe dokumentiert, sagte ein Sprecher.",
     [("Seit Januar hat das Büro 757 Angriffe dokumentiert", "INDIRECT_QUOTE", "Sprecher")]),
    ("Seit er im Amt ist, sagte der Sprecher, habe sich viel verändert.",
     [("habe sich viel verändert", "INDIRECT_QUOTE", "Sprecher")]),
    ("Die Gespräche laufen gut, sagte al-Ansari am Montag.",
     [("Die Gespräche laufen gut", "INDIRECT_QUOTE", "al-Ansari")]),
    ("Ein Abkommen sei nah, sagte der Sprecher des Ministeriums, Madschid al-Ansari.",
     [("Ein Abkommen sei nah", "INDIRECT_QUOTE", "Madschid al-Ansari")]),
    ("« Das waren keine freien Wahlen », twitterte Maas.",
     [("Das waren keine freien Wahlen", "DIRECT_QUOTE", "Maas")]),
    # a negated cue after a fronted question continues no report; a negated object before a question; casualties
    ("Es seien Raketen eingesetzt worden, sagte Saree. Ob das Schiff beschädigt worden sei, sagte er nicht.",
     [("Es seien Raketen eingesetzt worden", "INDIRECT_QUOTE", "Saree")]),
    ("Sarea gab keine Daten an, wann die Schiffe angegriffen wurden.", []),
    ("Die Angriffe forderten 20 Tote.", []),
    # "Zuerst" is no subject; a body's "für" phrase before the name in apposition; "bekannt gegeben" apart; a
    # genitive name opening an apposition; an adjective in the adjuncts after the cue; a long wie-clause
    ("Zuerst hatte der „Spiegel“ über den Vorgang berichtet.",
     [("Zuerst hatte der „Spiegel“ über den Vorgang berichtet", "INDIRECT_QUOTE", "Spiegel")]),
    ("Israel müsse die Zivilisten schützen, forderte der Sprecher des Hochkommissariats für Menschenrechte, Rupert "
     "Colville, am Dienstag.",
     [("Israel müsse die Zivilisten schützen", "INDIRECT_QUOTE", "Rupert Colville")]),
    ("Die Junta hatte bekannt gegeben, dass sie den Botschafter ausgewiesen habe.",
     [("sie den Botschafter ausgewiesen habe", "INDIRECT_QUOTE", "Junta")]),
    ("Es hat viele Proteste gegeben, sagte er.", [("Es hat viele Proteste gegeben", "INDIRECT_QUOTE", "er")]),  # (guard)
    ("Nebensja, Russlands ständiger Vertreter bei den Vereinten Nationen, sagte, das Veto sei eine Verantwortung.",
     [("das Veto sei eine Verantwortung", "INDIRECT_QUOTE", "Nebensja")]),
    ("Der Sprecher sagte nach einer Meldung der iranischen Nachrichtenagentur Irna, die Miliz habe einen Tanker "
     "beschossen.", [("die Miliz habe einen Tanker beschossen", "INDIRECT_QUOTE", "Sprecher")]),
    # court news: denying, applying, ordering (a cue only with its content), a court's finding (also after an
    # adjunct); "weder … noch" negates; another cue's trailing "so X" is no content of a cue before it
    ("Der Angeklagte hatte jede Beteiligung an der Tat abgestritten.",
     [("Der Angeklagte hatte jede Beteiligung an der Tat abgestritten", "INDIRECT_QUOTE", "Angeklagte")]),
    ("Die Staatsanwaltschaft beantragte eine Haftstrafe von drei Jahren.",
     [("Die Staatsanwaltschaft beantragte eine Haftstrafe von drei Jahren", "INDIRECT_QUOTE", "Staatsanwaltschaft")]),
    ("Jetzt ordnete das Gericht an, dass er mit seiner Aussage beginnen müsse.",
     [("er mit seiner Aussage beginnen müsse", "INDIRECT_QUOTE", "Gericht")]),
    ("Das Gericht ordnete Untersuchungshaft an.", []),
    ("Die Richter sahen es am Sonntag als erwiesen an, dass der Mann spioniert hatte.",
     [("der Mann spioniert hatte", "INDIRECT_QUOTE", "Richter")]),
    ("Die Hamas hat das weder bestätigt noch dementiert.", []),
    ("Die Bilder erinnerten an einen Krimi, so der Richter.",
     [("Die Bilder erinnerten an einen Krimi", "INDIRECT_QUOTE", "Richter")]),
    # the perfect of "sprach von" (the preposition before the participle), emphasising and congratulating with an
    # object; not a conversation ("mit"), not lifting a load or sanctions (guards)
    ("Kickl hat von einem historischen Sieg gesprochen.",
     [("Kickl hat von einem historischen Sieg gesprochen", "INDIRECT_QUOTE", "Kickl")]),
    ("Er hat mit dem Präsidenten gesprochen.", []),
    ("Rhein hob die Schnittmengen mit der SPD hervor.",
     [("Rhein hob die Schnittmengen mit der SPD hervor", "INDIRECT_QUOTE", "Rhein")]),
    ("Weidel beglückwünschte die Partei zum Wahlausgang.",
     [("Weidel beglückwünschte die Partei zum Wahlausgang", "INDIRECT_QUOTE", "Weidel")]),
    ("Der Kran hob die Last in die Höhe.", []),
    # a Konjunktiv I the lexicon does not list after a coordinator and a fronted prepositional phrase continues
    ("Die Hälfte der Menschheit lebe in der Gefahrenzone, so Guterres. Und trotz der Warnungen passiere viel zu wenig.",
     [("Die Hälfte der Menschheit lebe in der Gefahrenzone", "INDIRECT_QUOTE", "Guterres"),
      ("Und trotz der Warnungen passiere viel zu wenig", "INDIRECT_QUOTE", "Guterres")]),
    ("Die Regierung hob die Sanktionen auf.", []),
    ("Es sollen 1200 Gefangene übergeben werden, wie der russische Chefunterhändler Wladimir Medinskij nach den "
     "Gesprächen vor Journalisten in Istanbul sagte.",
     [("Es sollen 1200 Gefangene übergeben werden", "INDIRECT_QUOTE", "Wladimir Medinskij")]),
    # a dative indefinite article after the verb is no inverted subject (not "einer der Abgeordneten"); a time word
    # before the auxiliary is no subject
    ("Nehammer sagte einer Zeitung, er sei bereit.", [("er sei bereit", "INDIRECT_QUOTE", "Nehammer")]),
    ("Nehammer erteilte einer Koalition eine Absage.",
     [("Nehammer erteilte einer Koalition eine Absage", "INDIRECT_QUOTE", "Nehammer")]),
    ("Am Montag sagte einer der Abgeordneten, er sei bereit.",
     [("er sei bereit", "INDIRECT_QUOTE", "einer der Abgeordneten")]),  # (guard)
    ("Erst Montagmittag hatte Premier Viktor Orban sich abfällig über das Parlament geäußert.",
     [("Erst Montagmittag hatte Premier Viktor Orban sich abfällig über das Parlament geäußert", "INDIRECT_QUOTE",
       "Viktor Orban")]),
    ("Die Gewerkschaft protestierte gegen die Pläne.", []),
    ("Die Studie zeigte mit großer Deutlichkeit einen Trend.", []),
    ("Der Verkehr staute sich, wie die Polizei berichtete. Der Fahrer habe dies bemerkt und sei ins Schleudern geraten.",
     [("Der Verkehr staute sich", "INDIRECT_QUOTE", "Polizei"),
      ("Der Fahrer habe dies bemerkt und sei ins Schleudern geraten", "INDIRECT_QUOTE", "Polizei")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND25_DE)
def test_de_round25_structures(text, expected):
    assert_de_structures(text, expected)


def test_de_short_surname_closing_a_sentence_is_no_abbreviation():
    """(round 25) "…, so Rex." is the surname Rex; its full stop ends the sentence and is no part of the speaker."""
    ann = run("Die Fahrt sei ein Erfolg gewesen, so Rex. Die Forscher hätten viele Daten.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "Die Fahrt sei ein Erfolg gewesen")
    assert linked(ann, q.id, "said_by").text == "Rex"


def test_de_indefinite_description_is_someone_new():
    """(round 25) "ein Sprecher" after a spokesman named in full is not that spokesman; "der Sprecher" is."""
    text = ("Die Straße sei gesperrt, sagte Regierungssprecher Steffen Seibert. Das Unglück sei schrecklich, sagte ein "
            "Sprecher. Die Hilfe laufe, sagte der Sprecher.")
    by_text = {q.text: q for q in quotes(run(text, lang="de"))}
    assert by_text["Das Unglück sei schrecklich"].attrs["speaker"] == "Sprecher"
    assert by_text["Die Hilfe laufe"].attrs["speaker"] == "Steffen Seibert"


def test_de_pronoun_takes_no_title_of_the_other_gender():
    """(round 25) "er" does not resolve to the speaker described as "die Bundeskanzlerin" before it."""
    ann = run("Die Bundeskanzlerin geht nicht darauf ein, sagt nur, dass ihre Haltung bekannt sei. Zu den Kontakten "
              "sagte er, es gebe kein klares Bild.", lang="de")
    by_text = {q.text: q for q in quotes(ann)}
    assert set(by_text) == {"ihre Haltung bekannt sei", "es gebe kein klares Bild"}
    assert by_text["ihre Haltung bekannt sei"].attrs["speaker"] == "Bundeskanzlerin"
    q = by_text["es gebe kein klares Bild"]
    assert linked(ann, q.id, "said_by").text == "er" and q.attrs["speaker"] is None


ROUND24_DE = [
    # (round 24; sentences written here) a plural Konjunktiv II that stands in for a Konjunktiv I the indicative
    # shares ("hätten" for "haben") continues the report of a direct quotation with its speaker; not a condition,
    # a question or the writer's "Das würde …" (guards)
    ("„Wir haben viel erreicht“, sagte Betriebsratschef Klaus Weber. Die Beschäftigten hätten bereits viel geleistet.",
     [("Wir haben viel erreicht", "DIRECT_QUOTE", "Klaus Weber"),
      ("Die Beschäftigten hätten bereits viel geleistet", "INDIRECT_QUOTE", "Klaus Weber")]),
    ("„Das ist ein Erfolg“, sagte Anna Berg. Viele Mitglieder würden davon profitieren.",
     [("Das ist ein Erfolg", "DIRECT_QUOTE", "Anna Berg"),
      ("Viele Mitglieder würden davon profitieren", "INDIRECT_QUOTE", "Anna Berg")]),
    ("„Das ist ein Erfolg“, sagte Anna Berg. Das würde vielen Mitgliedern helfen.",
     [("Das ist ein Erfolg", "DIRECT_QUOTE", "Anna Berg")]),  # (guard)
    ("„Das ist ein Erfolg“, sagte Anna Berg. Die Mitglieder hätten mehr bekommen, wenn der Vorstand zugestimmt hätte.",
     [("Das ist ein Erfolg", "DIRECT_QUOTE", "Anna Berg")]),  # (guard)
    ("„Das ist ein Erfolg“, sagte Anna Berg. Die Mitglieder wären froh.",
     [("Das ist ein Erfolg", "DIRECT_QUOTE", "Anna Berg")]),  # (guard: "wären" has the Konjunktiv I "seien")
    # a fronted object with a demonstrative before the verb and the lone surname of a person named in full before
    ("Der Abgeordnete Peter Reusch hörte zu. Diese Ausführungen wollte Reusch nicht stehen lassen: „Das ist schlicht falsch.“",
     [("Das ist schlicht falsch.", "DIRECT_QUOTE", "Peter Reusch")]),
    ("Anna Müller leitet das Amt. Diese Kritik will Müller nicht gelten lassen: „Wir haben alles getan.“",
     [("Wir haben alles getan.", "DIRECT_QUOTE", "Anna Müller")]),
    # a name in quotation marks right after the cue of a trailing attribution speaks
    ("„Wir sind gut gelandet“, twitterte „Astro-Alex“ am Montag.",
     [("Wir sind gut gelandet", "DIRECT_QUOTE", "Astro-Alex")]),
    ("„Das ist ein Skandal“, schreibt „Bild“.", [("Das ist ein Skandal", "DIRECT_QUOTE", "Bild")]),
    # an unlisted verb after a quotation, then an article and a person noun (the lower-case article had stopped the
    # test before its branch); not a thing (guard)
    ("„Das wird knapp“, weiß die Demoskopin.", [("Das wird knapp", "DIRECT_QUOTE", "Demoskopin")]),
    ("„Das wird knapp“, nahm der Trainer die Mannschaft in die Pflicht.",
     [("Das wird knapp", "DIRECT_QUOTE", "Trainer")]),
    ("„Das wird knapp“, kam die Antwort.", []),
    # (round 24 helpers' classes, sentences written here) a number before a finite past verb: a participle only by
    # its form and not after a year
    ("Im Jahr 2022 sagte Baerbock, die Bronzen würden zurückgegeben.",
     [("die Bronzen würden zurückgegeben", "INDIRECT_QUOTE", "Baerbock")]),
    ("2022 sagte Baerbock, die Bronzen würden zurückgegeben.",
     [("die Bronzen würden zurückgegeben", "INDIRECT_QUOTE", "Baerbock")]),
    ("Es gab 118.000 bestätigte Infektionen.", []),  # (guard)
    ("Es gab 500 gemeldete Fälle.", []),  # (guard)
    # a Konjunktiv I main clause without a source right before a quote of its paragraph attributed after it; not an
    # indicative sentence, nor one before an attribution that opens its sentence (guards)
    ("Der Fund sei einzigartig. „Das ist eine Sensation“, sagte Anna Meller.",
     [("Der Fund sei einzigartig", "INDIRECT_QUOTE", "Anna Meller"),
      ("Das ist eine Sensation", "DIRECT_QUOTE", "Anna Meller")]),
    ("Hamburg habe Marktanteile verloren. MSC sei stark gewachsen, so Power.",
     [("Hamburg habe Marktanteile verloren", "INDIRECT_QUOTE", "Power"),
      ("MSC sei stark gewachsen", "INDIRECT_QUOTE", "Power")]),
    ("Die Lage sei ernst. Man habe alles versucht. „Wir geben nicht auf“, sagte der Minister.",
     [("Die Lage sei ernst. Man habe alles versucht", "INDIRECT_QUOTE", "Minister"),
      ("Wir geben nicht auf", "DIRECT_QUOTE", "Minister")]),
    ("Die Lage ist ernst. „Wir geben nicht auf“, sagte der Minister.", [("Wir geben nicht auf", "DIRECT_QUOTE", "Minister")]),
    ("Die Lage sei ernst. Der Minister sagte, man gebe nicht auf.", [("man gebe nicht auf", "INDIRECT_QUOTE", "Minister")]),
    # the lone surname of a person named in full before is a subject whose Konjunktiv I sentence after it reports
    # (round 28: "gibt sich reumütig" is a speech act of its own, like "zeigt sich reumütig")
    ("Der Radprofi Patrik Sinkewitz wurde gesperrt. Sinkewitz gibt sich reumütig. Es sei ein großer Fehler gewesen.",
     [("Sinkewitz gibt sich reumütig", "INDIRECT_QUOTE", "Sinkewitz"),
      ("Es sei ein großer Fehler gewesen", "INDIRECT_QUOTE", "Sinkewitz")]),
    # a parenthetical attribution: "um" without "zu" opens no infinitive; a relative clause in the Konjunktiv I goes
    # on with the report; not one on the speaker, nor the writer's infinitive (guards)
    ("Die Münzen wurden, so das Landesamt, um 1100 vergraben.",
     [("Die Münzen wurden", "INDIRECT_QUOTE", "Landesamt"), ("um 1100 vergraben", "INDIRECT_QUOTE", "Landesamt")]),
    ("China sei das Land, sagt Baerbock, dessen Einfluss am stärksten wachse.",
     [("China sei das Land", "INDIRECT_QUOTE", "Baerbock"),
      ("dessen Einfluss am stärksten wachse", "INDIRECT_QUOTE", "Baerbock")]),
    ("Die Lage sei ernst, sagte Müller, der seit 2010 Präsident ist.", [("Die Lage sei ernst", "INDIRECT_QUOTE", "Müller")]),
    ("Die Lage sei ernst, sagte die Ministerin, um Ruhe zu bewahren.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    # after the speaker's apposition only the cue's particle or its object: no second report
    ("Die Objekte sollten zurückgeführt werden, teilte der Präsident der Stiftung, Hermann Parzinger, mit.",
     [("Die Objekte sollten zurückgeführt werden", "INDIRECT_QUOTE", "Hermann Parzinger")]),
    ("Im Herbst wolle man konkret werden, erläutert Hermann Parzinger, Präsident der Stiftung, die Pläne.",
     [("Im Herbst wolle man konkret werden", "INDIRECT_QUOTE", "Hermann Parzinger")]),
    ("Die Lage werde, so Gutachter Peter Berg, Professor an der Universität, immer ernster.",  # (guard)
     [("Die Lage werde", "INDIRECT_QUOTE", "Peter Berg"), ("immer ernster", "INDIRECT_QUOTE", "Peter Berg")]),
    # "am Rande der Konferenz" after the cue is no subject; one after it speaks
    ("Baerbock sagte am Rande der Konferenz, die Gespräche seien gut gelaufen.",
     [("die Gespräche seien gut gelaufen", "INDIRECT_QUOTE", "Baerbock")]),
    ("„Wir sind zufrieden“, sagte am Rande der Konferenz die Ministerin.",
     [("Wir sind zufrieden", "DIRECT_QUOTE", "Ministerin")]),
    # plural present forms of separable cues; "der Ansicht sein", "zu dem Ergebnis kommen", "zu Protokoll geben",
    # "aus Sicht"; a plural present without its particle is no cue (guard)
    ("Die Behörden teilen mit, dass die Straße gesperrt bleibt.",
     [("die Straße gesperrt bleibt", "INDIRECT_QUOTE", "Behörden")]),
    ("Die Forscher stellen fest, die Ostsee erwärme sich schneller.",
     [("die Ostsee erwärme sich schneller", "INDIRECT_QUOTE", "Forscher")]),
    ("Die Forscher kommen zu dem Ergebnis, dass sich die Ostsee schneller erwärmt.",
     [("sich die Ostsee schneller erwärmt", "INDIRECT_QUOTE", "Forscher")]),
    ("Der Verband ist der Ansicht, dass die Reform scheitert.", [("die Reform scheitert", "INDIRECT_QUOTE", "Verband")]),
    ("Der Minister gab zu Protokoll, er habe nichts gewusst.", [("er habe nichts gewusst", "INDIRECT_QUOTE", "Minister")]),
    ("Aus Sicht des Verbandes ist die Reform gescheitert.", [("ist die Reform gescheitert", "INDIRECT_QUOTE", "Verband")]),
    ("Die Bauern stellen Anträge auf Förderung.", []),
    # "Von der Leyen" opening the sentence was "der Leyen"; after her full name it is that name
    ("Von der Leyen sagte, die EU werde handeln.", [("die EU werde handeln", "INDIRECT_QUOTE", "Von der Leyen")]),
    ("Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte, die EU werde handeln.",
     [("die EU werde handeln", "INDIRECT_QUOTE", "Ursula von der Leyen")]),  # (guard: the surname already led there)
    ("Von der Regierung hieß es, man prüfe das.", [("man prüfe das", "INDIRECT_QUOTE", "Regierung")]),  # (guard)
    # a short infinitive clause after the cue's comma is a whole content
    ("Merz drohte, Gelder einzufrieren.", [("Gelder einzufrieren", "INDIRECT_QUOTE", "Merz")]),
    ("Die Ministerin versprach, zu helfen.", [("zu helfen", "INDIRECT_QUOTE", "Ministerin")]),
    # a report in the Konjunktiv, its trailing attribution with adjuncts, then a colon and a quotation
    ("Die Lage sei ernst, sagte Amiel am Sonntag in Bamberg: „Das war ein gutes Spiel.“",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Amiel"), ("Das war ein gutes Spiel.", "DIRECT_QUOTE", "Amiel")]),
    ("Nachdem er gewonnen hatte, sagte Amiel am Sonntag: „Das war ein gutes Spiel.“",
     [("Das war ein gutes Spiel.", "DIRECT_QUOTE", "Amiel")]),  # (guard: the writer's adverbial clause)
    # "so" after a dash closes a report; "so wie" is no attribution (guard)
    ("Das sei eine Zumutung – so Oberbürgermeister Dieter Reiter.",
     [("Das sei eine Zumutung", "INDIRECT_QUOTE", "Dieter Reiter")]),
    ("Die Preise steigen – so wie im letzten Jahr.", []),
    # a source inside a report with a trailing wie-clause of another: both report, the inner one ends before it
    ("Nach Angaben der Universität haben sich 2800 Studierende eingeschrieben, wie eine Sprecherin sagte.",
     [("Nach Angaben der Universität haben sich 2800 Studierende eingeschrieben", "INDIRECT_QUOTE", "Sprecherin"),
      ("haben sich 2800 Studierende eingeschrieben", "INDIRECT_QUOTE", "Universität")]),
    # "betont" as an adverb after a verb and its subject, before an adjective and its noun; not the cue "betont" with
    # an object (guard)
    ("Nach der Vereidigung stimmte Söder betont versöhnliche Töne an.", []),
    ("Dabei betont Söder eigene Erfolge.", [("Dabei betont Söder eigene Erfolge", "INDIRECT_QUOTE", "Söder")]),
    # the object "es" before a title or a first name after the cue
    ("So erklärte es Konzernchef Richard Lutz.", [("So", "INDIRECT_QUOTE", "Richard Lutz")]),
    ("So sagte es Anna Berg im Interview.", [("So", "INDIRECT_QUOTE", "Anna Berg")]),
    # a Konjunktiv I sentence after a report whose partial quotation is most, not nearly all, of it; a quotation that
    # is the sentence stays a direct quote only (guard)
    ("Söder sagte, man stehe zur Stammstrecke. Diese sei „ein Jahrhundertbauwerk“.",
     [("man stehe zur Stammstrecke", "INDIRECT_QUOTE", "Söder"),
      ("Diese sei „ein Jahrhundertbauwerk“", "INDIRECT_QUOTE", "Söder"),
      ("ein Jahrhundertbauwerk", "DIRECT_QUOTE", "Söder")]),
    ("Söder sagte, man stehe zur Stammstrecke. „Das ist ein Jahrhundertbauwerk.“",
     [("man stehe zur Stammstrecke", "INDIRECT_QUOTE", "Söder"), ("Das ist ein Jahrhundertbauwerk.", "DIRECT_QUOTE", "Söder")]),
    # the Konjunktiv I of a verb whose stem ends in -cht continues a report
    ("Merz sagte, die Lage sei ernst. Die Regierung betrachte die Ambitionen Chinas mit Sorge.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Merz"),
      ("Die Regierung betrachte die Ambitionen Chinas mit Sorge", "INDIRECT_QUOTE", "Merz")]),
    # "steht" after a fronted wie-clause is the main clause's verb
    ("Wie der Verband mitteilte, steht Abraham vor einem Comeback.",
     [("steht Abraham vor einem Comeback", "INDIRECT_QUOTE", "Verband")]),
    # confessing, and admitting after a modal; the adjective "bekannte" is no cue (guard)
    ("Er wolle für sein Fehlverhalten geradestehen, bekannte Sinkewitz.",
     [("Er wolle für sein Fehlverhalten geradestehen", "INDIRECT_QUOTE", "Sinkewitz")]),
    ("Nun musste Hearn zugeben, dass der Termin nicht mehr zu halten ist.",
     [("der Termin nicht mehr zu halten ist", "INDIRECT_QUOTE", "Hearn")]),
    ("Der bekannte Sänger trat am Abend auf.", []),
    # two name particles after the first name; "von der" after a surname is a preposition's phrase (guard)
    ("Laut Mathieu van der Poel war das ein Fehler.", [("war das ein Fehler", "INDIRECT_QUOTE", "Mathieu van der Poel")]),
    ("„Das war ein Fehler“, sagte Mathieu van der Poel.", [("Das war ein Fehler", "DIRECT_QUOTE", "Mathieu van der Poel")]),
    # the Konjunktiv I of a -t stem continues a report; Swedish-style ”…” quotation marks
    ("Der Minister sagte, die Lage sei ernst. Es deute sich aber eine Besserung an.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister"),
      ("Es deute sich aber eine Besserung an", "INDIRECT_QUOTE", "Minister")]),
    ("”Wir sind bereit”, sagte der Minister am Montag.", [("Wir sind bereit", "DIRECT_QUOTE", "Minister")]),
    # a coordinator before a fronted adverbial clause: the content still stops before the main clause
    ("Und als Gerlsbeck moniert hatte, seine Kommune habe keinen Spielraum mehr, war das nicht übertrieben.",
     [("seine Kommune habe keinen Spielraum mehr", "INDIRECT_QUOTE", "Gerlsbeck")]),
    # a person's short clause with any verb, a colon, then an unambiguous Konjunktiv I; not a thing's clause, nor a
    # heading (guards)
    ("Der Abgeordnete Markus Büchler hakt nach: Das sei doch unlogisch.",
     [("Das sei doch unlogisch", "INDIRECT_QUOTE", "Markus Büchler")]),
    ("Die Ministerin legte nach: Man werde die Mittel kürzen.",
     [("Man werde die Mittel kürzen", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Lage ist klar: Die Regierung habe versagt.", []),
    ("Der Grund: Die Firma habe kein Geld.", []),
    # an unlisted past verb after a Konjunktiv I clause, then a person: a trailing attribution
    ("Das System könne nur im Landkreis verwendet werden, mokierte Arthur Stein.",
     [("Das System könne nur im Landkreis verwendet werden", "INDIRECT_QUOTE", "Arthur Stein")]),
    ("Die Züge fahren wieder, lachte Anna Berg.", []),  # (guard: no Konjunktiv before the unlisted verb)
    # "rief … zu" (called out to) with its particle
    ("Die Ministerin rief ihm zu, er solle gehen.", [("er solle gehen", "INDIRECT_QUOTE", "Ministerin")]),
    # a paper in quotation marks after "der"/"dem", closing a trailing attribution, is the addressee, no quotation;
    # a word in quotation marks inside the content stays one (guard)
    ("Die Netzentgelte würden steigen, sagte ein Sprecher des Verbandes kommunaler Unternehmen der „NOZ“.",
     [("Die Netzentgelte würden steigen", "INDIRECT_QUOTE", "Sprecher")]),
    ("Das sei die Schuld der „Eliten“, sagte der Minister.",
     [("Das sei die Schuld der „Eliten“", "INDIRECT_QUOTE", "Minister"), ("Eliten", "DIRECT_QUOTE", "Minister")]),
    # "droht" with a thing after an adjunct is a risk; with "mit" a threat (guard)
    ("Der Läuferin droht nach einer positiven Probe eine Sperre.", []),
    ("Der Minister droht mit einer Klage.", [("Der Minister droht mit einer Klage", "INDIRECT_QUOTE", "Minister")]),
    # "von" and a place is no name: "er" takes the person named before
    ("FDP-Politiker Dirk Hilbert siegte. Hilbert bleibt Oberbürgermeister von Dresden. „Dresden hat die Mitte gewählt“, "
     "sagte er.", [("Dresden hat die Mitte gewählt", "DIRECT_QUOTE", "Dirk Hilbert")]),
    # a nickname of two words in quotation marks after the cue: the person named before still speaks (guard)
    ('Wladimir Klitschko sprach. "Ich boxe seit 27 Jahren", sagte "Dr. Steelhammer", der Joshua kennt.',
     [("Ich boxe seit 27 Jahren", "DIRECT_QUOTE", "Wladimir Klitschko")]),
    # "schränkte … ein" with its particle, "dringen darauf, dass"; not with an object only (guard)
    ("Das müssten aber weitere Analysen zeigen, schränkte die Forscherin ein.",
     [("Das müssten aber weitere Analysen zeigen", "INDIRECT_QUOTE", "Forscherin")]),
    ("Mehrere Staaten dringen darauf, dass der Gipfel die Hilfe erhöhen soll.",
     [("der Gipfel die Hilfe erhöhen soll", "INDIRECT_QUOTE", "Staaten")]),
    ("Die Firma schränkte die Produktion ein.", []),
    # an unlisted adverb between a trailing cue and its subject's article
    ("„Das ist nicht unser Anspruch“, sagt unumwunden der Geschäftsführer der MVG, Oliver Glaser.",
     [("Das ist nicht unser Anspruch", "DIRECT_QUOTE", "Oliver Glaser")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_DE)
def test_de_round24_structures(text, expected):
    assert_de_structures(text, expected)


ROUND23_DE = [
    # (round 23; sentences written here) a straight opening mark closed by a German closing mark; a message sent
    # through someone ("ließ … ausrichten"); an English institution's "of"/"for" inside a German sentence; "Autor"
    # and "Autorin" are roles before a name
    ("\"Wir sind sehr zufrieden mit dem Ergebnis“, sagte Bürgermeister Peter Kurz am Montag.",
     [("Wir sind sehr zufrieden mit dem Ergebnis", "DIRECT_QUOTE", "Peter Kurz")]),
    ("Die Sängerin ließ über ihr Management ausrichten, sie sei erschöpft.",
     [("sie sei erschöpft", "INDIRECT_QUOTE", "Sängerin")]),
    ("Der Minister hat ausrichten lassen, er sei krank.", [("er sei krank", "INDIRECT_QUOTE", "Minister")]),
    ("„Wir sind bereit“, ließ der Minister ausrichten.", [("Wir sind bereit", "DIRECT_QUOTE", "Minister")]),
    ("Die Stadt will das Turnier ausrichten, das im Mai stattfindet.", []),  # (guard: organise)
    ("Ko-Autorin Shanna Swan von der Icahn School of Medicine in New York sagt, die Ergebnisse seien alarmierend.",
     [("die Ergebnisse seien alarmierend", "INDIRECT_QUOTE", "Shanna Swan")]),
    ("Paul Johnson vom Institute for Fiscal Studies sagte, die Steuern stiegen.",
     [("die Steuern stiegen", "INDIRECT_QUOTE", "Paul Johnson")]),
    ("Ein Sprecher der Bank of America sagte, man prüfe das.",
     [("man prüfe das", "INDIRECT_QUOTE", "Sprecher Bank of America")]),
    # a definite role, profession or origin names the one person named just before (the gender fits and the lists
    # know the first name); an office with a place; the person quoted just before, named in full earlier; not a coach,
    # a club or a place (guards)
    ("Astronaut Matthias Maurer war beim Start dabei. „Ich bin begeistert“, teilte der Saarländer mit.",
     [("Ich bin begeistert", "DIRECT_QUOTE", "Matthias Maurer")]),
    ("Pop-Star Lena Meyer besuchte Berlin. „Ich liebe die Stadt“, sagte die Sängerin.",
     [("Ich liebe die Stadt", "DIRECT_QUOTE", "Lena Meyer")]),
    ("Eva Högl besuchte die Truppe. „Die Lage ist ernst“, sagte die Wehrbeauftragte.",
     [("Die Lage ist ernst", "DIRECT_QUOTE", "Eva Högl")]),
    ("Georg Bätzing predigte im Dom. „Wir brauchen Reformen“, sagte der Bischof von Limburg.",
     [("Wir brauchen Reformen", "DIRECT_QUOTE", "Georg Bätzing")]),
    ("Es gebe keine Abgabewelle mehr, wie Thomas Schröder vom Tierschutzbund sagt. «Keiner konnte Hilfe kriegen», "
     "erläutert Schröder. «Das Tier kann nicht vermittelt werden», sagt der Verbandspräsident.",
     [("Es gebe keine Abgabewelle mehr", "INDIRECT_QUOTE", "Thomas Schröder"),
      ("Keiner konnte Hilfe kriegen", "DIRECT_QUOTE", "Thomas Schröder"),
      ("Das Tier kann nicht vermittelt werden", "DIRECT_QUOTE", "Thomas Schröder")]),
    ("Der FC Bayern München hat sich von Trainer Felix Magath getrennt. Das teilte der Rekordmeister am Mittwoch mit, "
     "man danke ihm.", [("man danke ihm", "INDIRECT_QUOTE", "Rekordmeister")]),
    ("New York war laut. „Das ist meine Heimat“, sagte die Designerin.",
     [("Das ist meine Heimat", "DIRECT_QUOTE", "Designerin")]),
    ("Thomas Müller traf zweimal. „Das war stark“, sagte der Trainer.", [("Das war stark", "DIRECT_QUOTE", "Trainer")]),
    ("Carl Meyer bekam den Preis. „Ich danke allen“, sagte der Preisträger.",
     [("Ich danke allen", "DIRECT_QUOTE", "Carl Meyer")]),
    # what follows a trailing speaker describes the speaker: after a direct quotation without a Konjunktiv; an
    # apposition with a role the lists do not know
    ("„Es trinkt“, sagt Florian Sicks, Kurator im Tierpark, und lacht.",
     [("Es trinkt", "DIRECT_QUOTE", "Florian Sicks")]),
    ("„Man vergisst die Opfer“, sagt Matthias Stoll, Infektologe an der Hochschule Hannover, der Impfmüdigkeit beobachtet.",
     [("Man vergisst die Opfer", "DIRECT_QUOTE", "Matthias Stoll")]),
    ("„Das ist gut“, sagt Colle, der großen Wert auf Qualität legt.", [("Das ist gut", "DIRECT_QUOTE", "Colle")]),
    ("Die Regionen werden nicht mehr anschließen können, schätzt Norbert Kunz, der Geschäftsführer des Verbandes.",
     [("Die Regionen werden nicht mehr anschließen können", "INDIRECT_QUOTE", "Norbert Kunz")]),
    ("„Wir sind bereit“, sagte Müller, man werde kämpfen.",  # (guard: a Konjunktiv report after the speaker)
     [("Wir sind bereit", "DIRECT_QUOTE", "Müller"), ("man werde kämpfen", "INDIRECT_QUOTE", "Müller")]),
    # no report: "nach" opening a verb's object; a correlative "so"; a participle as an adjective; a passive at a
    # clause end
    ("Er rang nach den richtigen Worten.", []),
    ("Nun fragt die Frau in einer Facebookgruppe nach der Meinung von anderen Urlaubern.", []),
    ("Würde ein krankes Wildschwein entdeckt, so müssten Bauern den Verkauf einstellen.", []),
    ("Bereits im Juni hatte ein Unwetter für versicherte Schäden gesorgt.", []),
    ("Zwei Mitarbeiterinnen verfolgen die Kontakte der neu bestätigten Fälle.", []),
    ("Die Preise, die an der Kasse verlangt würden, sind zu hoch.", []),
    ("Nach den Worten des Ministers ist die Lage ernst.",  # (guard)
     [("ist die Lage ernst", "INDIRECT_QUOTE", "Ministers")]),
    # speakers after the cue: a modal particle first; one of a group; a lone "einer"; "von der Leyen"; "di"; two people
    # in full; a full name after a genitive and its abbreviation; a ruler's number; an apposition opening with an
    # adjective; a neuter object after the verb; a straight quotation inside a straight quotation
    ('"Die Trockenheit ist das Hauptproblem", betont denn auch Albert Schrenker.',
     [("Die Trockenheit ist das Hauptproblem", "DIRECT_QUOTE", "Albert Schrenker")]),
    ("„Das stimmt nicht“, sagt eine der Mitarbeiterinnen.", [("Das stimmt nicht", "DIRECT_QUOTE", "Mitarbeiterinnen")]),
    ("„Das ist zu teuer“, meint einer.", [("Das ist zu teuer", "DIRECT_QUOTE", "einer")]),
    ("„Wir sind bereit“, sagte von der Leyen.", [("Wir sind bereit", "DIRECT_QUOTE", "von der Leyen")]),
    ("„Wir sind bereit“, sagte Giovanni di Lorenzo.", [("Wir sind bereit", "DIRECT_QUOTE", "Giovanni di Lorenzo")]),
    ("„Das ist Mode“, sagten Thomas Hayo und Michael Michalsky.",
     [("Das ist Mode", "DIRECT_QUOTE", "Thomas Hayo und Michael Michalsky")]),
    ("Das Geschäft sei gut gelaufen, sagte der Präsident des Deutschen Tourismusverbandes (DTV) Reinhard Meyer am Dienstag.",
     [("Das Geschäft sei gut gelaufen", "INDIRECT_QUOTE", "Reinhard Meyer")]),
    ("König Charles III. sagte, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Charles III")]),
    ("Andreas Dinter, stellvertretender Amtsarzt des Bezirks, sagte, es gebe sieben Fälle.",
     [("es gebe sieben Fälle", "INDIRECT_QUOTE", "Andreas Dinter")]),
    ("Amtmann sieht das Problem beim Nachwuchs: „Der Mangel ist akut.“",
     [("Der Mangel ist akut.", "DIRECT_QUOTE", "Amtmann")]),
    ('"Ich freue mich, dass Ariane 6 das Aushängeschild "made in Europe" wird", teilte Maurer mit.',
     [('Ich freue mich, dass Ariane 6 das Aushängeschild "made in Europe" wird', "DIRECT_QUOTE", "Maurer")]),
    # "hielten … fest" reports (not "hält am Plan fest"); "bescheinigt … :" introduces a report; a spokeswoman of a
    # minister is no minister; the article of a quoted paper is no anaphoric content; a paper after "zur"
    ("Die Norm verlange keine Anpassung, hielten die Richter in Lausanne fest.",
     [("Die Norm verlange keine Anpassung", "INDIRECT_QUOTE", "Richter")]),
    ("Die Bank hält am Plan fest, Stellen zu streichen.", []),  # (guard)
    ("Högl bescheinigt der Truppe Mängel: Die Soldaten seien zu alt.",
     [("Die Soldaten seien zu alt", "INDIRECT_QUOTE", "Högl")]),
    ("Eine Sprecherin von Ministerin Nancy Faeser sagte, das Verfahren reiche nicht. Es sei kein Ersatz, so die Sprecherin.",
     [("das Verfahren reiche nicht", "INDIRECT_QUOTE", "Sprecherin"), ("Es sei kein Ersatz", "INDIRECT_QUOTE", "Sprecherin")]),
    ("„Mit mir wird nichts geändert“, so Zadic zur „Kleinen Zeitung“.",
     [("Mit mir wird nichts geändert", "DIRECT_QUOTE", "Zadic")]),
    # a one-word paper spoken to; a father named in the son's von-phrase is not the son
    ('"Ich bin glücklich", so der Schauspieler gegenüber "Bunte".', [("Ich bin glücklich", "DIRECT_QUOTE", "Schauspieler")]),
    ('"Ich bin glücklich", gab der Star im Interview mit \'Hello!\' zu.', [("Ich bin glücklich", "DIRECT_QUOTE", "Star")]),
    # a wie-clause with a paper's name in quotation marks (it was the content, or nothing was reported)
    ("Das Unternehmen plant weitere Schließungen, wie der „Spiegel“ berichtet.",
     [("Das Unternehmen plant weitere Schließungen", "INDIRECT_QUOTE", "Spiegel")]),
    ("Das Unternehmen plant, wie die „FAS“ berichtet, weitere Schließungen.",
     [("Das Unternehmen plant", "INDIRECT_QUOTE", "FAS"), ("weitere Schließungen", "INDIRECT_QUOTE", "FAS")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_DE, ids=[t[:40] for t, _ in ROUND23_DE])
def test_de_round23_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "expected"), ROUND21_DE, ids=[t[:40] for t, _ in ROUND21_DE])
def test_de_round21_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # (round 22: the lone surname of the sentence before is now the antecedent; "Aderlass" still is not)
    ("Pistorius sprach. Zudem könne ein weiterer Aderlass drohen, sagte er.", "Pistorius"),
    ("Ein Viertel könne wohl Interesse bekunden, hofft er.", None),
    # nor a person named inside the report: the one named before it, else nobody
    ("Die Lage sei für Olaf Scholz ernst, sagte er.", None),
    ("Boris Pistorius kam an. Die Lage sei für Olaf Scholz ernst, sagte er.", "Boris Pistorius"),
])
def test_de_pronoun_of_a_trailing_attribution_takes_no_noun_of_its_report(text, name):
    qs = quotes(run(text, lang="de"))
    assert qs and all(q.attrs["speaker"] == name for q in qs), [(q.text, q.attrs["speaker"]) for q in qs]


@pytest.mark.parametrize(("text", "lang"), [
    # (round 22) "I" outside a quotation is the writer: no one named before it ("I'd say …" after a paragraph about
    # Obama was Obama's report)
    ("Barack Obama was right about the war. I'd say we got it better here than pundits admit.", "en"),
    ("Barack Obama spoke first. I believe the vote was fair.", "en"),
])
def test_first_person_outside_a_quotation_is_no_one_named(text, lang):
    ann = run(text, lang=lang)
    assert quotes(ann)
    for q in quotes(ann):
        assert q.attrs["speaker"] is None, (q.text, q.attrs["speaker"])
    check_contract(text, ann)


@pytest.mark.parametrize(("text", "quote", "cue"), [
    # (round 22) a partial quote inside a reported clause takes the cue before it, not the cue of the next
    # coordinated clause
    ('He called the move "completely unreasonable" and urged the union to talk.', "completely unreasonable", "called"),
    ('The Chancellor warned that the budget will not "undo 14 years of damage" and vowed to cut the backlog.',
     "undo 14 years of damage", "warned"),
    ('"It is over," Smith said and walked away.', "It is over,", "said"),  # (guard)
])
def test_en_partial_quote_takes_the_cue_before_it(text, quote, cue):
    ann = run(text, lang="en")
    q = next(q for q in quotes(ann) if q.text == quote)
    assert linked(ann, q.id, "cue").text == cue
    check_contract(text, ann)


def test_de_subject_of_a_relative_clause_after_a_preposition():
    # (round 22) "…, in dem er vor einem Kanzler Kickl warnte" was spoken by "einem Kanzler Kickl"
    text = "Babler gab ein Statement ab, in dem er vor einem Kanzler Kickl warnte."
    ann = run(text, lang="de")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == "er"
    assert q.attrs["speaker"] != "Kickl"
    check_contract(text, ann)


def test_de_medium_in_capitals_is_no_part_of_the_name():
    # (round 22) "Frank Straube MDR SACHSEN-ANHALT" was the canonical name
    text = "Der 24-Jährige muss ins Gefängnis, teilte Gerichtssprecher Frank Straube MDR SACHSEN-ANHALT mit."
    q = quotes(run(text, lang="de"))[0]
    assert q.attrs["speaker"] == "Frank Straube"


def test_en_person_in_brackets_after_a_quotation():
    # (round 22) a sports-page or comment attribution without a verb
    text = '"We were lucky and we know it." (coach John Smith after the win)'
    ann = run(text, lang="en")
    q = quotes(ann)[0]
    assert q.attrs["speaker"] == "John Smith"
    assert linked(ann, q.id, "said_by").text == "coach John Smith"
    check_contract(text, ann)


@pytest.mark.parametrize("text", [
    # (round 22) a preposition's object does not speak the quotation after the sentence
    "Er äußerte Skepsis gegenüber Christian Stocker. „Das Vertrauen muss er sich erst erarbeiten.“",
    "Kickl hat sich gemeldet. Medial werde er sich erst nach dem Gespräch mit Bundespräsident Alexander Van der Bellen "
    "äußern. „Ich denke, das ist verantwortungsvoll.“",
])
def test_de_preposition_object_does_not_speak(text):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.label == "DIRECT_QUOTE")
    assert q.attrs["speaker"] not in ("Christian Stocker", "Alexander Van der Bellen", "Medial"), q.attrs
    check_contract(text, ann)


def test_en_acronym_with_a_plus_is_one_word():
    # (round 22) "OPEC+ said" had no speaker: "+" was a token of its own
    text = 'OPEC+ said it had "reconfirmed the production plan" in a statement.'
    ann = run(text, lang="en")
    assert quotes(ann) and all(q.attrs["speaker"] == "OPEC+" for q in quotes(ann))
    check_contract(text, ann)


def test_en_von_der_leyen_keeps_its_particles():
    text = '"We are ready," von der Leyen said.'
    ann = run(text, lang="en")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == "von der Leyen"


def test_de_unresolved_pronoun_anchors_the_report_going_on():
    # (round 22) the Konjunktiv sentence after "erklärte er, …" was lost when "er" had no antecedent
    text = "Im Interview erklärte er, er werde das nicht mitmachen. Die Ampel müsse bis August noch einmal sparen."
    ann = run(text, lang="de")
    assert sorted(q.text for q in quotes(ann)) == ["Die Ampel müsse bis August noch einmal sparen",
                                                   "er werde das nicht mitmachen"]
    for q in quotes(ann):
        assert linked(ann, q.id, "said_by").text == "er"
    check_contract(text, ann)


def test_de_noun_is_no_antecedent_of_er():
    for text in ("Deutschland reagierte. Er sagte, die Lage sei ernst.", "Der Regen kam. Er sagte, die Lage sei ernst."):
        q = quotes(run(text, lang="de"))[0]
        assert q.attrs["speaker"] is None, (text, q.attrs)


def test_de_spokeswoman_of_a_minister_is_not_the_minister():
    # (round 23) the von-phrase's title and name belong to the minister: the spokeswoman's quotes had the speaker
    # "Nancy Faeser"
    text = "Eine Sprecherin von Ministerin Nancy Faeser sagte, das Verfahren reiche nicht. Es sei kein Ersatz, so die Sprecherin."
    ann = run(text, lang="de")
    assert len(quotes(ann)) == 2
    for q in quotes(ann):
        assert q.attrs["speaker"] != "Nancy Faeser", q.attrs
    check_contract(text, ann)


def test_en_she_is_no_paper():
    # (round 23) "she" took the paper that opened the sentence before
    text = 'The Daily News spoke to Sloane. "There is no talk of divorce," she said.'
    ann = run(text, lang="en")
    (q,) = quotes(ann)
    assert q.attrs["speaker"] != "Daily News", q.attrs
    check_contract(text, ann)



def test_en_adverbial_interview_is_no_part_of_the_speaker():
    # (round 23) the speaker mention ran over "in an interview with the Post"
    text = "CEO Jim Ryan in an interview with the Post said the price was set early."
    ann = run(text, lang="en")
    (q,) = quotes(ann)
    assert linked(ann, q.id, "said_by").text == "CEO Jim Ryan"


@pytest.mark.parametrize("text", [
    "Thomas Schmidt sprach in Wolfsburg. „Wir bauen um“, sagte der Autohersteller.",
    "Thomas Müller traf zweimal. „Das war stark“, sagte der Cheftrainer.",
])
def test_de_compound_of_another_role_names_nobody_just_named(text):
    # (round 23) compounds of a company's or another person's role ("Autohersteller", "Cheftrainer") are no
    # description of the person named before
    (q,) = quotes(run(text, lang="de"))
    assert q.attrs["speaker"] in ("Autohersteller", "Cheftrainer"), q.attrs


@pytest.mark.parametrize(("text", "n"), [
    ("Er belegte Platz 10. Der Brite wurde Elfter.", 2),
    ("Sie sprang 1,98. Die Konkurrenz war chancenlos.", 2),
    ("Am 3. Mai sagte er, die Lage sei ernst.", 1),  # (guard: an ordinal)
    ("Er wurde beim 10. Rennen Zweiter.", 1),  # (guard)
])
def test_de_number_before_a_sentence_opening_word_ends_the_sentence(text, n):
    # (round 24) a German number with its full stop was always read as an ordinal
    from spanbank.annotators.quote_context import QuoteContext
    from spanbank.annotators.quote_lexicon import load_lexicon
    assert len(QuoteContext(text, load_lexicon("de")).sents) == n


def test_de_text_ending_in_a_name_without_a_full_stop_does_not_crash():
    # (round 24, found by fuzzing a helper's page) a quotation opening its paragraph, then a sentence that ends the
    # text in a capitalised name with no full stop: the look-ahead for the name's end ran past the last token
    text = "„Wir haben Insolvenzantrag gestellt.“ Zum Verwalter wurde der Rechtsanwalt Christoph Sc"
    ann = run(text, lang="de")
    assert [q.text for q in quotes(ann)] == ["Wir haben Insolvenzantrag gestellt."]
    check_contract(text, ann)


ROUND26_DE = [
    # (round 26; sentences written here) a name in apposition after a titled description: a lone surname, a name with
    # its particles, after a body's seat or a genitive after its "für" phrase (nothing was reported, or the
    # description's last words were the speaker)
    ("Die Straße bleibe gesperrt, erklärte der Leiter des Bauamts, Kowalski.",
     [("Die Straße bleibe gesperrt", "INDIRECT_QUOTE", "Kowalski")]),
    ("Der Gipfel sei gescheitert, warnte der Chef des Sekretariats, Jan de Vries, zum Auftakt.",
     [("Der Gipfel sei gescheitert", "INDIRECT_QUOTE", "Jan de Vries")]),
    ("Die Sonde arbeite normal, erklärte der Leiter des Kontrollzentrums der Agentur in Bremen, Karl Brandt.",
     [("Die Sonde arbeite normal", "INDIRECT_QUOTE", "Karl Brandt")]),
    ("Die Werte seien stabil, sagte der Leiter des Instituts für Meeresforschung der Universität, Peter Lindqvist.",
     [("Die Werte seien stabil", "INDIRECT_QUOTE", "Peter Lindqvist")]),
    # an addressee after the speaker's apposition: "zur", "gegenüber der", "im Gespräch mit der" (the apposition was the
    # report, the paper a direct quote)
    ("Das sei ein gutes Zeichen, sagt Tomas Berger, Direktor der Stiftung, zur „Presse“.",
     [("Das sei ein gutes Zeichen", "INDIRECT_QUOTE", "Tomas Berger")]),
    ("Dass die Ministerin selbst komme, sei ein gutes Zeichen, sagt Tomas Berger, Direktor der Stiftung, gegenüber der "
     "„Welt“.",
     [("Dass die Ministerin selbst komme, sei ein gutes Zeichen", "INDIRECT_QUOTE", "Tomas Berger")]),
    ("Das sei ein gutes Zeichen, sagt Tomas Berger, Direktor der Stiftung, im Gespräch mit der „Zeit“.",
     [("Das sei ein gutes Zeichen", "INDIRECT_QUOTE", "Tomas Berger")]),
    # a second speaker after "und", with its apposition and adjuncts (they were the report)
    ("Die Ursache sei unklar, sagten Landrätin Maria Huber (SPD) und der Chef der Feuerwehr, Paul Lenz, am Abend.",
     [("Die Ursache sei unklar", "INDIRECT_QUOTE", "Maria Huber")]),
    ("Die Ursache sei unklar, sagten Landrätin Maria Huber (SPD) und Kreisbrandmeister Paul Lenz am späten Abend.",
     [("Die Ursache sei unklar", "INDIRECT_QUOTE", "Maria Huber")]),
    # a name, then an apposition with an article and prepositional adjuncts (no speaker, or nothing reported)
    ("Ana Ruiz, die Botschafterin Spaniens bei der Nato in Brüssel, sagte, das Bündnis sei geeint.",
     [("das Bündnis sei geeint", "INDIRECT_QUOTE", "Ana Ruiz")]),
    ("Ana Ruiz, die Botschafterin Spaniens bei der Nato, sagte, das Bündnis sei geeint.",
     [("das Bündnis sei geeint", "INDIRECT_QUOTE", "Ana Ruiz")]),
    # a parenthetical "so X" before the report's dass-clause, and between dashes (a spaced hyphen too); a second
    # predicate of the report after it
    ("Es komme häufig vor, so der Bergführer Max Graf, dass Wanderer die Gefahr unterschätzen.",
     [("Es komme häufig vor", "INDIRECT_QUOTE", "Max Graf"), ("Wanderer die Gefahr unterschätzen", "INDIRECT_QUOTE", "Max Graf")]),
    ("Der Bescheid verletze das Recht der Gemeinde - so das Gericht in seiner Begründung - und sei deshalb nichtig.",
     [("Der Bescheid verletze das Recht der Gemeinde", "INDIRECT_QUOTE", "Gericht"),
      ("und sei deshalb nichtig", "INDIRECT_QUOTE", "Gericht")]),
    ("Die Lage sei - so der Bürgermeister - sehr angespannt.",
     [("Die Lage sei", "INDIRECT_QUOTE", "Bürgermeister"), ("sehr angespannt", "INDIRECT_QUOTE", "Bürgermeister")]),
    ("Die Firma Müller-Lüdenscheid sei - so der Sprecher - zahlungsunfähig.",
     [("Die Firma Müller-Lüdenscheid sei", "INDIRECT_QUOTE", "Sprecher"), ("zahlungsunfähig", "INDIRECT_QUOTE", "Sprecher")]),
    ("Die Lage ist ernst - so ernst wie nie.", []),  # (guard)
    # an abbreviated surname's full stop before adjuncts (nothing was reported)
    ("Er habe die Tat lange vorbereitet, sagte Karim B. am dritten Verhandlungstag vor dem Landgericht.",
     [("Er habe die Tat lange vorbereitet", "INDIRECT_QUOTE", "Karim B.")]),
    # "informiert" and "geschlussfolgert" as cues; the cue's object after a report in the Konjunktiv I
    ("Die Ministerin hatte die Länder darüber informiert, es gebe zu wenig Impfstoff.",
     [("es gebe zu wenig Impfstoff", "INDIRECT_QUOTE", "Ministerin")]),
    ("Die Forscher haben daraus geschlussfolgert, dass es keinen Zusammenhang gebe.",
     [("es keinen Zusammenhang gebe", "INDIRECT_QUOTE", "Forscher")]),
    ("Die Polizei informierte die Anwohner, die daraufhin das Haus verließen.", []),  # (guard)
    # a state passive of "informiert" is no cue (it split the continuation and gave it the relatives as speaker)
    ("Die Toten seien gefunden worden, sagte der Sprecher. 16 Opfer seien identifiziert, die Angehörigen seien "
     "informiert. Unter den Opfern befanden sich demnach auch Ausländer.",
     [("Die Toten seien gefunden worden", "INDIRECT_QUOTE", "Sprecher"),
      ("16 Opfer seien identifiziert, die Angehörigen seien informiert. Unter den Opfern befanden sich demnach auch "
       "Ausländer", "INDIRECT_QUOTE", "Sprecher")]),
    ("Bisher seien die Daten nicht ausreichend, bekräftigte Schmidt die bisherige Haltung der Kommission.",
     [("Bisher seien die Daten nicht ausreichend", "INDIRECT_QUOTE", "Schmidt")]),
    # a partial quotation in the cue's prepositional object before the content (the content was lost)
    ("Der Minister warnte vor „voreiligen Schlüssen“, die Ermittlungen stünden erst am Anfang, es gebe viele Fragen.",
     [("voreiligen Schlüssen", "DIRECT_QUOTE", "Minister"),
      ("die Ermittlungen stünden erst am Anfang, es gebe viele Fragen", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sprach von einem „Skandal“, der aufgeklärt werden müsse.",  # (as without quotation marks)
     [("Skandal", "DIRECT_QUOTE", "Minister"), ("der aufgeklärt werden müsse", "INDIRECT_QUOTE", "Minister")]),
    # an agency in lower case after a source noun's genitive (the phrase ran on to the next capitalised word), and as a
    # compound's first part
    ("Nach Informationen der dpa will der Konzern das Werk schließen.",
     [("will der Konzern das Werk schließen", "INDIRECT_QUOTE", "dpa")]),
    ("Nach dpa-Informationen will der Konzern das Werk schließen.",
     [("will der Konzern das Werk schließen", "INDIRECT_QUOTE", "dpa-Informationen")]),
    # "verlautete" without "es", its source after it or in a wie-clause (nothing was reported)
    ("Wie aus Koalitionskreisen verlautete, soll das Gesetz im Mai kommen.",
     [("soll das Gesetz im Mai kommen", "INDIRECT_QUOTE", "Koalitionskreisen")]),
    ("Es gebe noch keine Einigung, verlautete aus Koalitionskreisen.",
     [("Es gebe noch keine Einigung", "INDIRECT_QUOTE", "Koalitionskreisen")]),
    # a paper spoken to, after its adjective or "zu", is no direct quote
    ("Die Regierung bereite sich vor, sagte er dem britischen „Daily Telegraph“.",
     [("Die Regierung bereite sich vor", "INDIRECT_QUOTE", "er")]),
    ("Die Kanzlerin sei mitverantwortlich, sagte Gabriel zu «Spiegel Online».",
     [("Die Kanzlerin sei mitverantwortlich", "INDIRECT_QUOTE", "Gabriel")]),
    # a trailing wie-clause of another source ends a verb's content (it ran over it); not a wie-clause inside it
    ("Der Minister sagte, die Armee habe das Dorf beschossen, wie die Agentur Yonhap meldete.",
     [("Der Minister sagte, die Armee habe das Dorf beschossen", "INDIRECT_QUOTE", "Yonhap"),
      ("die Armee habe das Dorf beschossen", "INDIRECT_QUOTE", "Minister")]),
    ("Der Journalist sagte, er verstehe nicht, wie der Sprecher behaupten konnte, der Bericht sei falsch.",  # (guard)
     [("er verstehe nicht, wie der Sprecher behaupten konnte, der Bericht sei falsch", "INDIRECT_QUOTE", "Journalist"),
      ("der Bericht sei falsch", "INDIRECT_QUOTE", "Sprecher")]),
    # a bare plural subject with two prepositional postmodifiers (nothing was reported); a source with a place before
    # "zufolge" (the content was "Der Führung in")
    ("Aktivisten in der Provinz Homs im Westen Syriens berichteten, die Armee habe ein Dorf beschossen.",
     [("die Armee habe ein Dorf beschossen", "INDIRECT_QUOTE", "Aktivisten in der Provinz Homs im Westen Syriens")]),
    ("Der Regierung in Tripolis zufolge kamen 70 Zivilisten ums Leben.",
     [("kamen 70 Zivilisten ums Leben", "INDIRECT_QUOTE", "Regierung in Tripolis")]),
    ("Die Lage sei ernst, Berichten aus Moskau zufolge.",
     [("Die Lage sei ernst", "INDIRECT_QUOTE", "Berichten aus Moskau")]),
    # "von der Leyen" after a trailing cue, before adjuncts (nothing was reported)
    ("Es gebe noch keine Einigung, sagte von der Leyen im ZDF.",
     [("Es gebe noch keine Einigung", "INDIRECT_QUOTE", "von der Leyen")]),
    # a name in apposition to a source noun's owner, after a place, and after a party's name in capitals (the name
    # was the content's first words)
    ("Nach Ansicht des Vorsitzenden der Fraktion im Landtag, Wolfgang Kubicki, schadet die Affäre der Partei.",
     [("schadet die Affäre der Partei", "INDIRECT_QUOTE", "Wolfgang Kubicki")]),
    ("Vor dem Wahlgang erklärte der Fraktionschef der Partei DIE LINKE, Gregor Gysi, man werde keine Empfehlung geben.",
     [("man werde keine Empfehlung geben", "INDIRECT_QUOTE", "Gregor Gysi")]),
    # an adverb opening the apposition after a name (the role was the speaker)
    ("Ministerpräsident Jan Brandt (SPD), ebenfalls Mitglied des Aufsichtsrats, sagte, die Nachricht sei bitter.",
     [("die Nachricht sei bitter", "INDIRECT_QUOTE", "Jan Brandt")]),
    # a second speaker with a party after the cue, before the content (the whole sentence was the report)
    ("Dabei betonten Polizeipräsident Karl Stumpf und Innenminister Otto Rech (CDU), dass Randalierer die Gewalt "
     "begonnen hätten.",
     [("Randalierer die Gewalt begonnen hätten", "INDIRECT_QUOTE", "Karl Stumpf")]),
    # re-elected is no speech; "laut" before a call in quotation marks is an adverb, before a paper's name a source
    ("Am Samstag wurde Peter Krause von seinen Parteifreunden mit 95 Prozent im Amt bestätigt.", []),
    ("Den Helfern ruft sie laut „Danke schön, vielen Dank“ zu.", [("Danke schön, vielen Dank", "DIRECT_QUOTE", "sie")]),
    ("Laut „Bild“ will der Minister zurücktreten.", [("will der Minister zurücktreten", "INDIRECT_QUOTE", "Bild")]),
    # a source's place before the finite verb, a party between commas after a source's name (they were the content's
    # first words, or the speaker)
    ("Laut der Polizei in Wendlingen hat der Schütze das Feuer eröffnet.",
     [("hat der Schütze das Feuer eröffnet", "INDIRECT_QUOTE", "Polizei")]),
    ("Nach Angaben von Kultusminister Helmut Rau, CDU, war der Schüler unauffällig.",
     [("war der Schüler unauffällig", "INDIRECT_QUOTE", "Helmut Rau")]),
    ("Dem Innenminister Heribert Rech, CDU, zufolge ging der Notruf um 9.33 Uhr ein.",
     [("ging der Notruf um 9.33 Uhr ein", "INDIRECT_QUOTE", "Heribert Rech")]),
    # a role the titles do not list before a name in apposition, then an addressee (the name was a second report)
    ("Es gehe um Kontakte, sagte ein Vertreter der Kongregation, Charles Scicluna, der Zeitung «Avvenire».",
     [("Es gehe um Kontakte", "INDIRECT_QUOTE", "Charles Scicluna")]),
    # information withheld is no report; a list of subjects after a comma is no content
    ("Über den Kreis der Verdächtigen, bei denen sich der Verdacht erhärtet hat, machte die Staatsanwaltschaft keine "
     "Angaben.", []),
    ("Am Jahrestag erinnerten Schüler und Lehrer, Angehörige und Politiker an die Opfer.", []),
    # a fronted wie-clause reports the main clause, also when its verb is a speech act (the wie-clause was the act's
    # content and the act's subject its speaker)
    ("Wie eine Delegation mitteilte, kritisierte Nordkorea die USA.",
     [("kritisierte Nordkorea die USA", "INDIRECT_QUOTE", "Delegation")]),
    ("Wie der Verband mitteilte, steht der Trainer vor einem Comeback.",  # (guard, round 24)
     [("steht der Trainer vor einem Comeback", "INDIRECT_QUOTE", "Verband")]),
    # a feminine noun phrase naming no person after a singular verb is its object, the name before it the speaker
    ("Merkel fordert eine Feuerpause aller Seiten.", [("Merkel fordert eine Feuerpause aller Seiten", "INDIRECT_QUOTE", "Merkel")]),
    ("Gestern kritisierte eine Gewerkschaft den Plan.",  # (guard)
     [("Gestern kritisierte eine Gewerkschaft den Plan", "INDIRECT_QUOTE", "Gewerkschaft")]),
    # condemning is a speech act (no report at all); a court's sentence is none
    ("Die Nato verurteilte den Raketentest scharf.",
     [("Die Nato verurteilte den Raketentest scharf", "INDIRECT_QUOTE", "Nato")]),
    ("Die Regierung hat den Anschlag entschieden verurteilt.",
     [("Die Regierung hat den Anschlag entschieden verurteilt", "INDIRECT_QUOTE", "Regierung")]),
    ("Das Landgericht verurteilte den Mann zu drei Jahren Haft.", []),  # (guard)
    ("Er wurde wegen Betrugs verurteilt.", []),  # (guard)
    # a sentence adverb or a conjunction opening the sentence is no speaker (it was)
    ("Nachdrücklich warnte der Außenminister vor den Folgen eines Austritts.",
     [("Nachdrücklich warnte der Außenminister vor den Folgen eines Austritts", "INDIRECT_QUOTE", "Außenminister")]),
    ("Weiterhin habe Maaßen gesagt, er sei unliebsam gewesen.", [("er sei unliebsam gewesen", "INDIRECT_QUOTE", "Maaßen")]),
    ("Doch in der ARD sagte die Politikerin, dass sie das Treffen als Erfolg bewerte.",
     [("sie das Treffen als Erfolg bewerte", "INDIRECT_QUOTE", "Politikerin")]),
    # an Austrian programme of four words is no direct quote; "Laut ihm"; a date's ordinal and long adjuncts between
    # the cue and its content (nothing was reported)
    ("Eine Koalition sei möglich, sagte Kogler in der „Zeit im Bild 2“.",
     [("Eine Koalition sei möglich", "INDIRECT_QUOTE", "Kogler")]),
    ("Der Anwalt sprach mit Reportern. Laut ihm war die Nachricht kein Versprechen.",
     [("war die Nachricht kein Versprechen", "INDIRECT_QUOTE", "ihm")]),
    ("Der Minister sagte am 3. März, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Minister")]),
    ("Der Minister sagte am Donnerstag in einer Sitzung im Untersuchungsausschuss des Bundestags zum Anschlag, die "
     "Behörden hätten versagt.", [("die Behörden hätten versagt", "INDIRECT_QUOTE", "Minister")]),
    # a paper's name in quotation marks after its article, after the cue (the report was lost once "Derweil" was no
    # speaker); informing oneself is no report
    ("Derweil berichtet der «SonntagsBlick», dass sich Brüssel kompromissbereit zeige.",
     [("sich Brüssel kompromissbereit zeige", "INDIRECT_QUOTE", "SonntagsBlick")]),
    ("Der geplante Termin sei nicht zu halten, schreibt die «Bild»-Zeitung.",  # (the compound stays the speaker's)
     [("Der geplante Termin sei nicht zu halten", "INDIRECT_QUOTE", "Bild")]),
    ("Der Zeitung zufolge plante er den Anschlag. Zudem soll er sich im Internet über Sprengsätze informiert haben.",
     [("plante er den Anschlag", "INDIRECT_QUOTE", "Zeitung"),
      ("Zudem soll er sich im Internet über Sprengsätze informiert haben", "INDIRECT_QUOTE", "Zeitung")]),
    # a short name in lower case closes a source's von-phrase (the phrase ran on to the next capitalised word)
    ("Gegen die Beamten sollen nach Ansicht von ai Disziplinarmaßnahmen ergriffen werden.",
     [("Gegen die Beamten sollen", "INDIRECT_QUOTE", "ai"), ("Disziplinarmaßnahmen ergriffen werden", "INDIRECT_QUOTE", "ai")]),
    # (guards) one speaker; a lone capitalised word that opens a clause is no name
    ("Die Motive seien unklar, sagte der Leiter der Staatsanwaltschaft, Christian Ohlrogge, am Donnerstag.",
     [("Die Motive seien unklar", "INDIRECT_QUOTE", "Christian Ohlrogge")]),
    ("Der Sprecher des Ministeriums sagte, Berlin werde helfen.",
     [("Berlin werde helfen", "INDIRECT_QUOTE", "Sprecher des Ministeriums")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_DE)
def test_de_round26_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Straße bleibe gesperrt, erklärte der Leiter des Bauamts, Kowalski.", "Kowalski"),
    ("Der Gipfel sei gescheitert, warnte der Chef des Sekretariats, Jan de Vries, zum Auftakt.", "Jan de Vries"),
    ("Die Sonde arbeite normal, erklärte der Leiter des Kontrollzentrums der Agentur in Bremen, Karl Brandt.", "Karl Brandt"),
    ("Ana Ruiz, die Botschafterin Spaniens bei der Nato, sagte, das Bündnis sei geeint.", "Ana Ruiz"),
    ("Es gehe um Kontakte, sagte ein Vertreter der Kongregation, Charles Scicluna, der Zeitung «Avvenire».",
     "Charles Scicluna"),
    ("Nach Angaben von Kultusminister Helmut Rau, CDU, war der Schüler unauffällig.", "Helmut Rau"),
    ("Ministerpräsident Jan Brandt (SPD), ebenfalls Mitglied des Aufsichtsrats, sagte, die Nachricht sei bitter.",
     "Jan Brandt"),
    ("Merkel fordert eine Feuerpause aller Seiten.", "Merkel"),
])
def test_de_round26_canonical_name_in_apposition(text, speaker):
    """(round 26) the canonical speaker is the name in apposition, not the description's last words ("Bauamts
    Kowalski") nor the apposition ("Botschafterin Spaniens")."""
    [q] = quotes(run(text, lang="de"))
    assert q.attrs["speaker"] == speaker


ROUND27_DE = [
    # (round 27; sentences written here) a numeric date, adverbs before a cue's adjuncts, a group's numeral, a possessive
    # relative clause on the subject, an article after a report with commas of its own, adjuncts before an adverbial
    # clause or a second verb, a bracket, a paper's short name or a dotted abbreviation after an addressee (nothing was
    # reported, or the paper spoke)
    ('Der Minister sagte am 16.02., die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Minister')]),
    ('Trump sagte zuvor bei einem Treffen mit Stoltenberg, Deutschland sei schwach.',
     [('Deutschland sei schwach', 'INDIRECT_QUOTE', 'Trump')]),
    ('Die Polizei habe beigetragen, sagte einer der beiden angeklagten Polizeiführer.',
     [('Die Polizei habe beigetragen', 'INDIRECT_QUOTE', 'Polizeiführer')]),
    ('Die DUH, deren Antrag das Gericht stattgab, erklärte, die Diesel seien die schmutzigste Gruppe.',
     [('die Diesel seien die schmutzigste Gruppe', 'INDIRECT_QUOTE', 'DUH')]),
    ('Es gebe Hoffnung, aber auch Sorgen, sagte der britische Diplomat.',
     [('Es gebe Hoffnung, aber auch Sorgen', 'INDIRECT_QUOTE', 'Diplomat')]),
    ('Derzeit würden 80 tote Tiere untersucht, sagte Seehofer gestern in Berlin, nachdem der Krisenstab getagt hatte.',
     [('Derzeit würden 80 tote Tiere untersucht', 'INDIRECT_QUOTE', 'Seehofer')]),
    ('Mehrmals habe der Gipfel vor dem Scheitern gestanden, sagte Merkel in ihrer Pressekonferenz und machte klar, an wem es lag.',
     [('Mehrmals habe der Gipfel vor dem Scheitern gestanden', 'INDIRECT_QUOTE', 'Merkel'), ('an wem es lag', 'INDIRECT_QUOTE', 'Merkel')]),
    ('Kieny sagte dem Pressedienst (epd), dass der Impfstoff keine Schutzwirkung habe.',
     [('der Impfstoff keine Schutzwirkung habe', 'INDIRECT_QUOTE', 'Kieny')]),
    ('Merkel sagte der FAZ am Telefon, die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Merkel')]),
    ('Die Ärztin sagte der F.A.Z. am Telefon, die Situation habe sich verschlechtert.',
     [('die Situation habe sich verschlechtert', 'INDIRECT_QUOTE', 'Ärztin')]),
    # (round 27) 'erklärte dazu X' after a report, a second predicate after a fronted adverb, an unlisted adverb before a
    # trailing speaker, aux + subject + apposition + participle before a content, a genitive quantifier, a relative
    # clause with a number, a participle phrase in an adjunct, an object before 'darüber, dass', a Konjunktiv I after
    # a semicolon
    ('Die Einheiten seien von den Kämpfern um Hilfe gebeten worden, erklärte dazu Yildirim.',
     [('Die Einheiten seien von den Kämpfern um Hilfe gebeten worden', 'INDIRECT_QUOTE', 'Yildirim')]),
    ('Zwar nahm Kogler das Wort nicht in den Mund, erklärte aber, er wolle vertiefende Gespräche.',
     [('er wolle vertiefende Gespräche', 'INDIRECT_QUOTE', 'Kogler')]),
    ('Dies sei nicht ihr Ziel, erklärten übereinstimmend die Minister.',
     [('Dies sei nicht ihr Ziel', 'INDIRECT_QUOTE', 'Minister')]),
    ('Am Montag hatte Wowereit, der Regierende Bürgermeister, gesagt, dass der Termin stehe.',
     [('der Termin stehe', 'INDIRECT_QUOTE', 'Wowereit')]),
    ('Die Mutter habe das beste Angebot vorgelegt, teilten Vertreter beider Seiten am Freitag in Frankfurt mit.',
     [('Die Mutter habe das beste Angebot vorgelegt', 'INDIRECT_QUOTE', 'Vertreter beider Seiten')]),
    ('Die Unterlagen seien eingereicht worden, sagte ein Sprecher der Lufthansa, die 81 Flieger übernehmen will.',
     [('Die Unterlagen seien eingereicht worden', 'INDIRECT_QUOTE', 'Sprecher der Lufthansa')]),
    ('Dobrindt sagte in einer vor wenigen Tagen gezeigten Dokumentation, es sei nicht Lindner gewesen.',
     [('es sei nicht Lindner gewesen', 'INDIRECT_QUOTE', 'Dobrindt')]),
    ('Das Kommando informierte zudem die Obleute im Ausschuss darüber, dass ein weiterer Soldat verletzt worden sei.',
     [('ein weiterer Soldat verletzt worden sei', 'INDIRECT_QUOTE', 'Kommando')]),
    ('Der Sprecher sagte, der Minister äußere sich woanders; er könne daher nichts sagen.',
     [('der Minister äußere sich woanders; er könne daher nichts sagen', 'INDIRECT_QUOTE', 'Sprecher')]),
    # (round 27) continuations with an unlisted Konjunktiv I in -ite or a Konjunktiv II around a partial quotation, an
    # adverb before a trailing adjunct, a report after a colon whose lead-in names a surname or a body, an object
    # after adverbs, a dateline with two places, the rest of a source phrase opening the sentence
    ('Jensen sagte, die Lage sei ernst. Mit dieser Festnahme überschreite Peking eine Grenze.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Jensen'), ('Mit dieser Festnahme überschreite Peking eine Grenze', 'INDIRECT_QUOTE', 'Jensen')]),
    ('Der Richter sagte, die Tat sei einmalig. Die Angeklagten hätten ein «Zeichen des Terrors setzen wollen».',
     [('die Tat sei einmalig', 'INDIRECT_QUOTE', 'Richter'), ('Die Angeklagten hätten ein «Zeichen des Terrors setzen wollen»', 'INDIRECT_QUOTE', 'Richter'), ('Zeichen des Terrors setzen wollen', 'DIRECT_QUOTE', 'Richter')]),
    ('Ihr Besuch unterstreiche Amerikas Engagement, sagte Pelosi kurz nach der Landung auf der Insel.',
     [('Ihr Besuch unterstreiche Amerikas Engagement', 'INDIRECT_QUOTE', 'Pelosi')]),
    ('Lambsdorff reagierte verärgert: Die CDU sei steuerpolitisch unzuverlässig.',
     [('Die CDU sei steuerpolitisch unzuverlässig', 'INDIRECT_QUOTE', 'Lambsdorff')]),
    ('Die Regierung gab sich unbeeindruckt: Das Wahlsystem habe funktioniert.',
     [('Das Wahlsystem habe funktioniert', 'INDIRECT_QUOTE', 'Regierung')]),
    ('Und Noll hat viel zu sagen: Das gesamte Verfahren müsse eingestellt werden.',
     [('Das gesamte Verfahren müsse eingestellt werden', 'INDIRECT_QUOTE', 'Noll')]),
    ('Kretschmer kritisierte vor allem das Gesetz: Es sei mit der Brechstange gemacht worden.',
     [('Es sei mit der Brechstange gemacht worden', 'INDIRECT_QUOTE', 'Kretschmer')]),
    ('Hannover/Berlin (Reuters) - Lauterbach äußert sich besorgt über die Pandemie.',
     [('Lauterbach äußert sich besorgt über die Pandemie', 'INDIRECT_QUOTE', 'Lauterbach')]),
    ('Nach Angaben der UN-Schutztruppen in Zagreb wurde der Flughafen zerstört.',
     [('wurde der Flughafen zerstört', 'INDIRECT_QUOTE', 'UN-Schutztruppen in Zagreb')]),
    ('Nach Angaben des Komitees vom Roten Kreuz hätten die Truppen Gefangene mitgenommen.',
     [('hätten die Truppen Gefangene mitgenommen', 'INDIRECT_QUOTE', 'Komitees vom Roten Kreuz')]),
    # (round 27) 'so etwas' is no source; a sentence adverb closing the adjuncts; an extended attribute closed by an
    # adjective in -ig/-lich; 'hielt … vor'; an infinitive clause around a partial quotation; Swiss spellings;
    # 'ausgesagt'; a ruler's numeral; a fronted dative paper; a source's paper in quotation marks
    ('Der Richter betonte, so etwas habe es noch nie gegeben.',
     [('so etwas habe es noch nie gegeben', 'INDIRECT_QUOTE', 'Richter')]),
    ('Der Minister sagte am Montag vor Journalisten in London erneut, die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Minister')]),
    ('Die Lage sei ernst, sagte der für Migration zuständige Kommissar.',
     [('Die Lage sei ernst', 'INDIRECT_QUOTE', 'Kommissar')]),
    ('Die Besatzung sei unverletzt, teilte ein Vertreter der in Kenia ansässigen Organisation mit.',
     [('Die Besatzung sei unverletzt', 'INDIRECT_QUOTE', 'Vertreter der in Kenia ansässigen Organisation')]),
    ('Die Ankläger hielten den Männern vor, sie seien in Lagern ausgebildet worden.',
     [('sie seien in Lagern ausgebildet worden', 'INDIRECT_QUOTE', 'Ankläger')]),
    ('Chrobog kündigte an, "dieses faszinierende Land" eines Tages wieder besuchen zu wollen.',
     [('"dieses faszinierende Land" eines Tages wieder besuchen zu wollen', 'INDIRECT_QUOTE', 'Chrobog'), ('dieses faszinierende Land', 'DIRECT_QUOTE', 'Chrobog')]),
    ('Die Co-Chefin äusserte sich dezidiert: Für Hetze gebe es keinen Platz.',
     [('Für Hetze gebe es keinen Platz', 'INDIRECT_QUOTE', 'Co-Chefin')]),
    ('Er liess mitteilen, es handle sich um einen Irrtum.',
     [('es handle sich um einen Irrtum', 'INDIRECT_QUOTE', 'Er')]),
    ('Der Sänger hat vor Gericht ausgesagt, er sei unschuldig.',
     [('er sei unschuldig', 'INDIRECT_QUOTE', 'Sänger')]),
    ('Der Bericht habe Papst Benedikt XVI. Fehlverhalten vorgeworfen, sagte der Anwalt.',
     [('Der Bericht habe Papst Benedikt XVI. Fehlverhalten vorgeworfen', 'INDIRECT_QUOTE', 'Anwalt')]),
    ('Der Neuen Osnabrücker Zeitung sagte Rukwied, die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Rukwied')]),
    ('Laut dem «SonntagsBlick» trifft sich der Bundesrat am Montag.',
     [('trifft sich der Bundesrat am Montag', 'INDIRECT_QUOTE', 'SonntagsBlick')]),
    # (round 27) the perfect of separable acts, a trailing 'ließ X mitteilen', a name's genitive before 'Ansicht nach'
    ('Die Polizei hat die Aktivisten zum Verlassen des Waldes aufgefordert.',
     [('Die Polizei hat die Aktivisten zum Verlassen des Waldes aufgefordert', 'INDIRECT_QUOTE', 'Polizei')]),
    ('In der vergangenen Woche hatte Mixa erstmals Schläge gegen Kinder zugegeben.',
     [('In der vergangenen Woche hatte Mixa erstmals Schläge gegen Kinder zugegeben', 'INDIRECT_QUOTE', 'Mixa')]),
    ('Die Erklärung sei falsch, ließ der Vatikan am Montag mitteilen.',
     [('Die Erklärung sei falsch', 'INDIRECT_QUOTE', 'Vatikan')]),
    ('Merkels Ansicht nach hat Thunberg die Chancen der Technik unterschätzt.',
     [('hat Thunberg die Chancen der Technik unterschätzt', 'INDIRECT_QUOTE', 'Merkel')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND27_DE, ids=[t[:40] for t, _ in ROUND27_DE])
def test_de_round27_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # (round 27; guards) a second predicate's object is no speaker; a name in apposition stays the canonical name
    ("Die Gewerkschaft Verdi lobte das Angebot, beklagte aber die Unsicherheit.", "Gewerkschaft Verdi"),
    ("Erst vor zwei Tagen hatte der Investor für den Neubau, Larry A. Silverstein, zugesagt, nicht weiter über den Turm "
     "bestimmen zu wollen.", "Larry A. Silverstein"),
])
def test_de_round27_speaker_guards(text, speaker):
    ann = run(text, lang="de")
    assert quotes(ann) and all(q.attrs["speaker"] == speaker for q in quotes(ann)), [(q.text, q.attrs) for q in quotes(ann)]


@pytest.mark.parametrize("text", [
    # (round 27; guards) a colon after a lead-in without a speaking subject, or after a copula, reports nothing
    "Doch dann die Kehrtwende: Nein, die Behörde habe noch kein Dokument ausgestellt.",
    "Die Lage ist klar: Die Regierung habe versagt.",
    "Offen kapituliert hat jedoch die Nato: Da die Stellungen zu stark seien, wären Angriffe problematisch.",
])
def test_de_round27_colon_without_speaker(text):
    assert quotes(run(text, lang="de")) == []


ROUND28_DE = [
    # (round 28; sentences written here) cues outside the lexicon: "gab zu verstehen", "machte geltend", "wusste zu
    # berichten", "ließ durchklingen", "führte an", "stellt sich auf den Standpunkt", "hatte es geheißen", "verraten"
    ('Die Regierung gab zu verstehen, die Gespräche seien gescheitert.',
     [('die Gespräche seien gescheitert', 'INDIRECT_QUOTE', 'Regierung')]),
    ('Die Klägerin machte geltend, der Vertrag sei nichtig.',
     [('der Vertrag sei nichtig', 'INDIRECT_QUOTE', 'Klägerin')]),
    ('Die Agentur wusste aus Moskau zu berichten, der General sei geflohen.',
     [('der General sei geflohen', 'INDIRECT_QUOTE', 'Agentur')]),
    ('Die Ministerin ließ durchklingen, dass sie erneut kandidieren werde.',
     [('sie erneut kandidieren werde', 'INDIRECT_QUOTE', 'Ministerin')]),
    ('Der Anwalt führte an, dass sein Mandant unschuldig sei.',
     [('sein Mandant unschuldig sei', 'INDIRECT_QUOTE', 'Anwalt')]),
    ('Die Stadt stellt sich auf den Standpunkt, dass der Vertrag gültig sei.',
     [('der Vertrag gültig sei', 'INDIRECT_QUOTE', 'Stadt')]),
    ('Zuvor hatte es geheißen, der Minister werde zurücktreten.',
     [('der Minister werde zurücktreten', 'INDIRECT_QUOTE', None)]),
    ('Ein Insider hat der Zeitung verraten, dass der Sänger auswandern möchte.',
     [('der Sänger auswandern möchte', 'INDIRECT_QUOTE', 'Insider')]),
    # trailing attributions: a relative clause after a passive's participle, "so" before the verb, hearsay in the
    # perfect, a place before the subject (the relative clause was the report, or nothing was reported)
    ('Die Fusion sei gescheitert, wird der Konzernchef in einem Interview zitiert, das am Sonntag erschien.',
     [('Die Fusion sei gescheitert', 'INDIRECT_QUOTE', 'Konzernchef')]),
    ('Der Preis sei zu hoch, so sagte der Händler.',
     [('Der Preis sei zu hoch', 'INDIRECT_QUOTE', 'Händler')]),
    ('Das Hotel sei schmutzig, soll der Gast gesagt haben.',
     [('Das Hotel sei schmutzig', 'INDIRECT_QUOTE', 'Gast')]),
    ('Die Verhandlungen seien beendet, erklärte in Genf der russische Außenminister.',
     [('Die Verhandlungen seien beendet', 'INDIRECT_QUOTE', 'Außenminister')]),
    ('Bis spät in die Nacht, so berichtete die Zeitung, diskutierten die Delegierten über den Plan.',
     [('Bis spät in die Nacht', 'INDIRECT_QUOTE', 'Zeitung'),
      ('diskutierten die Delegierten über den Plan', 'INDIRECT_QUOTE', 'Zeitung')]),
    ('Die Lage sei ernst, so sagte er, zuständige Beamte hätten versagt.',
     [('Die Lage sei ernst', 'INDIRECT_QUOTE', 'er'), ('zuständige Beamte hätten versagt', 'INDIRECT_QUOTE', 'er')]),
    # contents: "wonach" is no part of the content; a colon report after a name with its apposition; a continuation
    # in the Konjunktiv I whose rest is quoted (only the quotation was marked)
    ('Das Ministerium dementierte Berichte, wonach der General getötet worden sei.',
     [('der General getötet worden sei', 'INDIRECT_QUOTE', 'Ministerium')]),
    ('Lothar Müller, Präsident des Verbandes, verglich die Lage mit einem Sturm: Die Branche sei in Gefahr.',
     [('Die Branche sei in Gefahr', 'INDIRECT_QUOTE', 'Lothar Müller')]),
    ('Der Minister sagte am Montag, die Lage sei ernst. Sie habe „keine Entspannung gezeigt“.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Minister'), ('Sie habe „keine Entspannung gezeigt“', 'INDIRECT_QUOTE', 'Minister'),
      ('keine Entspannung gezeigt', 'DIRECT_QUOTE', 'Minister')]),
    # acts in the perfect: a state adjective with its object, "sich … ausgesprochen", "am Sonntag von … gesprochen"
    ('Der Verband hat sich besorgt über die Entwicklung der Preise gezeigt.',
     [('Der Verband hat sich besorgt über die Entwicklung der Preise gezeigt', 'INDIRECT_QUOTE', 'Verband')]),
    ('Die Partei hat sich am Montag für eine Steuerreform ausgesprochen.',
     [('Die Partei hat sich am Montag für eine Steuerreform ausgesprochen', 'INDIRECT_QUOTE', 'Partei')]),
    ('Der Kanzler hatte am Sonntag von einem Wendepunkt gesprochen.',
     [('Der Kanzler hatte am Sonntag von einem Wendepunkt gesprochen', 'INDIRECT_QUOTE', 'Kanzler')]),
    # an act's adverbial clause is no content: "ohne dass", "wobei"
    ('Der Sprecher hatte sich gegen die Lieferungen ausgesprochen, ohne dass der Angriff erwähnt worden sei.',
     [('Der Sprecher hatte sich gegen die Lieferungen ausgesprochen, ohne dass der Angriff erwähnt worden sei',
       'INDIRECT_QUOTE', 'Sprecher')]),
    ('Die Staaten hätten die Pläne kritisiert, wobei nicht jedes Land dasselbe meine.',
     [('Die Staaten hätten die Pläne kritisiert', 'INDIRECT_QUOTE', 'Staaten')]),
    # speakers: a plural quantifier after a singular verb is its object; "Entgegen" is a preposition
    ('Müller nannte mehrere Gründe für die Verzögerung.',
     [('Müller nannte mehrere Gründe für die Verzögerung', 'INDIRECT_QUOTE', 'Müller')]),
    ('Entgegen früheren Äußerungen hat der Minister Peter Struck nun gesagt, dass er kommt.',
     [('er kommt', 'INDIRECT_QUOTE', 'Peter Struck')]),
    # datelines: an agency in brackets without a dash, two places in capitals with a slash
    ('Kairo (AFP) Die Regierung hat scharfe Kritik an der Opposition geäußert.',
     [('Die Regierung hat scharfe Kritik an der Opposition geäußert', 'INDIRECT_QUOTE', 'Regierung')]),
    ('BERLIN/PARIS (dpa-AFX) - Die Bundesregierung kritisiert den Plan der Kommission.',
     [('Die Bundesregierung kritisiert den Plan der Kommission', 'INDIRECT_QUOTE', 'Bundesregierung')]),
    # a comparison's "wie ihn" is no source clause
    ('Die Behörden sehen keine Hinweise auf Wahlbetrug, wie ihn der Präsident behauptet.', []),
    # (round 28, second batch) a relative clause on a source or around a cue; a cue negated before its content's comma
    # or after a fronted question with a preposition; an apposition of the object; a body's agreement before a colon
    ('Nach Angaben der Behörden, die am Montag veröffentlicht wurden, gab es drei Tote.',
     [('gab es drei Tote', 'INDIRECT_QUOTE', 'Behörden')]),
    ('Die Regierung, die erklärt hatte, es bestehe keine Gefahr, geriet unter Druck.',
     [('es bestehe keine Gefahr', 'INDIRECT_QUOTE', 'Regierung')]),
    ('Der Sprecher bestätigte nicht, dass es Festnahmen gegeben habe.', []),
    ('Auf welcher Basis er das Urteil anzweifelt, erklärte der Regierungschef nicht.', []),
    ('Er kritisierte einmal mehr sein Feindbild, den Milliardär George Soros.',
     [('Er kritisierte einmal mehr sein Feindbild, den Milliardär George Soros', 'INDIRECT_QUOTE', 'Er')]),
    ('Die Regierung ist sich einig: Die Reform sei nötig.',
     [('Die Reform sei nötig', 'INDIRECT_QUOTE', 'Regierung')]),
    # a declared resignation; a Konjunktiv I report after an act's semicolon; a fronted "Dass"; "Wie X erfuhr"; the
    # agency "dpa" in lower case
    ('Präsident Boris Jelzin erklärt überraschend seinen Rücktritt.',
     [('Präsident Boris Jelzin erklärt überraschend seinen Rücktritt', 'INDIRECT_QUOTE', 'Boris Jelzin')]),
    ('Die Armee bestätigte den Angriff; außer dem Attentäter sei jedoch niemand verletzt worden.',
     [('Die Armee bestätigte den Angriff', 'INDIRECT_QUOTE', 'Armee'),
      ('außer dem Attentäter sei jedoch niemand verletzt worden', 'INDIRECT_QUOTE', 'Armee')]),
    ('Dass der Minister zurücktreten müsse, sagte der Sprecher.',
     [('der Minister zurücktreten müsse', 'INDIRECT_QUOTE', 'Sprecher')]),
    ('Wie die Zeitung aus Regierungskreisen erfuhr, soll der Minister zurücktreten.',
     [('soll der Minister zurücktreten', 'INDIRECT_QUOTE', 'Zeitung')]),
    ('Die dpa meldete, der Minister sei zurückgetreten.',
     [('der Minister sei zurückgetreten', 'INDIRECT_QUOTE', 'dpa')]),
    # (round 28, third batch) a trailing "ist X überzeugt"; "zeigt sich entspannt", "gab sich zufrieden"; "via" is a
    # preposition; the writer's indicative main clause after "aber"; "Während" before a genitive with an auxiliary
    # after it is no subordinate clause; an unlisted Konjunktiv I before a quotation continues the report
    ('Aus dem Remis könne sein Team viel lernen, ist der Trainer überzeugt.',
     [('Aus dem Remis könne sein Team viel lernen', 'INDIRECT_QUOTE', 'Trainer')]),
    ('Der Manager zeigt sich entspannt.', [('Der Manager zeigt sich entspannt', 'INDIRECT_QUOTE', 'Manager')]),
    ('Der Trainer gab sich zufrieden.', [('Der Trainer gab sich zufrieden', 'INDIRECT_QUOTE', 'Trainer')]),
    ('Kahn äußerte sich via Twitter mit brisanten Aussagen.',
     [('Kahn äußerte sich via Twitter mit brisanten Aussagen', 'INDIRECT_QUOTE', 'Kahn')]),
    ('Der Trainer sagt, dass der Stürmer wieder im Training ist, aber der Arzt ist noch skeptisch.',
     [('der Stürmer wieder im Training ist', 'INDIRECT_QUOTE', 'Trainer')]),
    ('Während eines Besuchs hat der Präsident gesagt, er werde siegen.',
     [('er werde siegen', 'INDIRECT_QUOTE', 'Präsident')]),
    ('Merz sagte, die Regierung sei gescheitert. Sie betreibe „reine Konkurspolitik“ und schade dem Land.',
     [('die Regierung sei gescheitert', 'INDIRECT_QUOTE', 'Merz'),
      ('Sie betreibe „reine Konkurspolitik“ und schade dem Land', 'INDIRECT_QUOTE', 'Merz'),
      ('reine Konkurspolitik', 'DIRECT_QUOTE', 'Merz')]),
    # (round 28, fourth batch) estimates with "auf" ("bezifferte/schätzte … auf"); "ortete „…“"; "legten dar"; an
    # extended attribute after an addressee is no relative clause; an adjunct before the act's "von"
    ('Die Polizei schätzte die Zahl der Verletzten auf mehr als hundert.',
     [('Die Polizei schätzte die Zahl der Verletzten auf mehr als hundert', 'INDIRECT_QUOTE', 'Polizei')]),
    ('Die Behörde bezifferte den Schaden auf 10.000 Euro.',
     [('Die Behörde bezifferte den Schaden auf 10.000 Euro', 'INDIRECT_QUOTE', 'Behörde')]),
    ('Die Opposition ortete „Chaos“ in der Regierung.', [('Chaos', 'DIRECT_QUOTE', 'Opposition')]),
    ('Die Forscher legten dar, das Klima ändere sich.', [('das Klima ändere sich', 'INDIRECT_QUOTE', 'Forscher')]),
    ('Der Minister sagte der Zeitung, die vor zwei Jahren beschlossene Reform wirke.',
     [('die vor zwei Jahren beschlossene Reform wirke', 'INDIRECT_QUOTE', 'Minister')]),
    ('Der Minister sprach in einem Interview von einem Verrat.',
     [('Der Minister sprach in einem Interview von einem Verrat', 'INDIRECT_QUOTE', 'Minister')]),
    # (round 28, fifth batch) "gehe es" is no fixed phrase like "sei es" (the colon report was lost); a declared
    # resignation from a party; "zeigte sich kampfbereit" is an act of its own
    ('Nawalny nutzte seinen Auftritt zu einer Verteidigungsrede: In diesem Prozess gehe es nicht um ihn.',
     [('In diesem Prozess gehe es nicht um ihn', 'INDIRECT_QUOTE', 'Nawalny')]),
    ('Die Abgeordnete erklärte ihren Austritt aus der Partei.',
     [('Die Abgeordnete erklärte ihren Austritt aus der Partei', 'INDIRECT_QUOTE', 'Abgeordnete')]),
    ('Die Partei zeigte sich kampfbereit. Sie werde nicht aufgeben.',
     [('Die Partei zeigte sich kampfbereit', 'INDIRECT_QUOTE', 'Partei'), ('Sie werde nicht aufgeben', 'INDIRECT_QUOTE', 'Partei')]),
    # (round 28, sixth batch) a pronoun's light-verb cue in the Konjunktiv I at a new paragraph's start goes on with the
    # report; a person named in full with an unambiguous Konjunktiv I and no cue of its own too
    ('Der Präsident sagte, er bleibe in der Hauptstadt.\n\nEr habe keine Angst.',
     [('er bleibe in der Hauptstadt', 'INDIRECT_QUOTE', 'Präsident'), ('Er habe keine Angst', 'INDIRECT_QUOTE', 'Präsident')]),
    ('Der Präsident werde am Abend die Minister treffen, sagte der Sprecher. Verteidigungsminister Peter Müller werde '
     'daran teilnehmen.',
     [('Der Präsident werde am Abend die Minister treffen', 'INDIRECT_QUOTE', 'Sprecher'),
      ('Verteidigungsminister Peter Müller werde daran teilnehmen', 'INDIRECT_QUOTE', 'Sprecher')]),
    # (round 28, seventh batch) "die" + a noun that names no speaker after a singular verb is its object; a bare plural
    # too; a negated predicate is no negated act; a cue negated before its clause-final participle reports nothing;
    # a continuation ends before a quotation after its colon
    ('Michel gab die Einigung noch vor dem Ende des Gipfels bekannt.',
     [('Michel gab die Einigung noch vor dem Ende des Gipfels bekannt', 'INDIRECT_QUOTE', 'Michel')]),
    ('Scholz kündigte auch Diskussionen über weitere Entlastungen an.',
     [('Scholz kündigte auch Diskussionen über weitere Entlastungen an', 'INDIRECT_QUOTE', 'Scholz')]),
    ('Die Gewerkschaft bezeichnete den Vorschlag als nicht annehmbar.',
     [('Die Gewerkschaft bezeichnete den Vorschlag als nicht annehmbar', 'INDIRECT_QUOTE', 'Gewerkschaft')]),
    ('Ein Sprecher konnte die Berichte nicht bestätigen, wonach Zeugen eine Explosion gehört haben.', []),
    ('Der Anwalt sagte, sie sei unschuldig. Das Schweigen sei keine Strategie gewesen: „Sie konnte einfach nicht.“',
     [('sie sei unschuldig', 'INDIRECT_QUOTE', 'Anwalt'), ('Das Schweigen sei keine Strategie gewesen', 'INDIRECT_QUOTE', 'Anwalt'),
      ('Sie konnte einfach nicht.', 'DIRECT_QUOTE', 'Anwalt')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND28_DE, ids=[t[:40] for t, _ in ROUND28_DE])
def test_de_round28_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 28; guards) a relative clause after an act's object is no content (also after a preposition); an
    # interrogative after a preposition is; "ohne" as a preposition opens a content; "wie ihm X sagte" is a source
    ("Der Bericht führt Mängel an, für die der Staat verantwortlich sei.", []),
    ("Der Experte erklärte im Fernsehen, mit welchen Strafen der Torwart rechnen müsse.",
     ["mit welchen Strafen der Torwart rechnen müsse"]),
    ("Biden sagte, ohne Einheit könne es keinen Frieden geben.", ["ohne Einheit könne es keinen Frieden geben"]),
    ("Die Lage ist ernst, wie ihm der Minister sagte.", ["Die Lage ist ernst"]),
    ("Das Essen war ausgesprochen gut.", []),
    ("Der Wagen hat entgegen der Fahrtrichtung am Ufer gestanden.", []),
    ("Der Sprecher sagte nach einer Meldung der Agentur, die Miliz habe einen Tanker beschossen.",
     ["die Miliz habe einen Tanker beschossen"]),
    # "erfuhr" reports only in a fronted wie-clause; a subject clause keeps its "Dass"; a clause after the article is
    # no apposition
    ("Er erfuhr, dass sein Vater gestorben war.", []),
    ("Dass die Ministerin selbst komme, sei ein gutes Zeichen, sagte der Sprecher.",
     ["Dass die Ministerin selbst komme, sei ein gutes Zeichen"]),
    ("Der Minister sagte, das Verhalten gefährde Tausende Arbeitsplätze.", ["das Verhalten gefährde Tausende Arbeitsplätze"]),
    # an indicative state before "ist X überzeugt" is no report; a Konjunktiv after "aber" goes on with the report
    ("Die Lage ist ernst, ist der Minister überzeugt.", []),
    ("Der Minister sagte, die Lage sei ernst, aber die Regierung werde handeln.",
     ["die Lage sei ernst, aber die Regierung werde handeln"]),
    # a relative clause that ends with its verb stays one; "sprach mit" is no act; another source's "so X" before a
    # trailing cue keeps its own report
    ("Der Minister lobte die Zeitung, die vor zwei Jahren gegründet wurde.",
     ["Der Minister lobte die Zeitung, die vor zwei Jahren gegründet wurde"]),
    ("Der Minister sprach in Berlin mit Journalisten.", []),
    ("Der Minister gab sich wortkarg.", []),
    # a fronted "Dies" keeps the subject after the verb; a predicate negated before "als" stays a negated act
    ("Dies teilte die Mission am Montag mit.", ["Dies"]),
    ("Die Gewerkschaft bezeichnete den Vorschlag nicht als Zumutung.", []),
    # a person named in full with a cue of their own in the Konjunktiv sentence is no continuation
    ("Die Lage sei ernst, sagte der Sprecher. Generalmajor Peter Müller, wie der Polizeichef heißt, warnte, es bestehe "
     "Gefahr.", ["Die Lage sei ernst"]),
    ("Es sei denn, der Vertrag gilt.", []),
    ("Bis spät in die Nacht, so berichtete die Zeitung, legten Schriftsteller ihre Träume dar.",
     ["Bis spät in die Nacht", "legten Schriftsteller ihre Träume dar"]),
])
def test_de_round28_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="de"))] == want


# ---- round 29 (begin) ----
ROUND29_DE = [
    # (round 29; sentences written here, shortened or rewritten from what the helpers and the Konjunktiv-miss script
    # found; see docs/quotes.md, "Round 29")
    ('Es gebe eine Krise, die das Land im Griff habe, sagte Scholz.',
     [('Es gebe eine Krise, die das Land im Griff habe', 'INDIRECT_QUOTE', 'Scholz')]),
    ('Von den 300 Schülern, die wegliefen, seien am nächsten Tag 40 nicht auffindbar gewesen, hieß es.',
     [('Von den 300 Schülern, die wegliefen, seien am nächsten Tag 40 nicht auffindbar gewesen', 'INDIRECT_QUOTE', None)]),
    ('Die Flut sei eine Katastrophe, sagten mit der Sache vertraute Kreise.',
     [('Die Flut sei eine Katastrophe', 'INDIRECT_QUOTE', 'Kreise')]),
    ('Am Dienstag seien 91 Schüler nicht erschienen, sagten zwei mit der Sache vertraute Personen.',
     [('Am Dienstag seien 91 Schüler nicht erschienen', 'INDIRECT_QUOTE', 'Personen')]),
    ('Der Verband wolle den Übergang gestalten, erklärte Magashule, der betonte, dass niemand verurteilt sei.',
     [('Der Verband wolle den Übergang gestalten', 'INDIRECT_QUOTE', 'Magashule'), ('niemand verurteilt sei', 'INDIRECT_QUOTE', 'Magashule')]),
    ('Im Dezember hatte der Präsident, Muhammadu Buhari, vorzeitig erklärt, die Gruppe sei zerschlagen.',
     [('die Gruppe sei zerschlagen', 'INDIRECT_QUOTE', 'Muhammadu Buhari')]),
    ('Experten mutmaßen, es sei der Einheit um Informationen gegangen.',
     [('es sei der Einheit um Informationen gegangen', 'INDIRECT_QUOTE', 'Experten')]),
    ('Die Rebellen hoben hervor, dass kein Magazin in der Waffe gewesen sei.',
     [('kein Magazin in der Waffe gewesen sei', 'INDIRECT_QUOTE', 'Rebellen')]),
    ('Von 350 Panzern seien nur 150 einsatzbereit, referierte die Ministerin im Bundestag.',
     [('Von 350 Panzern seien nur 150 einsatzbereit', 'INDIRECT_QUOTE', 'Ministerin')]),
    ('Die Lage sei ernst, hatte es zuvor noch geheißen.',
     [('Die Lage sei ernst', 'INDIRECT_QUOTE', None)]),
    ('Kickl habe sich selbst aus dem Spiel genommen, meinte Van der Bellen auf die Frage, ob er noch tragbar sei.',
     [('Kickl habe sich selbst aus dem Spiel genommen', 'INDIRECT_QUOTE', 'Van der Bellen')]),
    ('Ein Geständnis sei nie abgegeben worden, das sagte der Verteidiger am Rande des Prozesses.',
     [('Ein Geständnis sei nie abgegeben worden', 'INDIRECT_QUOTE', 'Verteidiger')]),
    ('Am Montag sagte der Sprecher in einer kurzen schriftlichen Mitteilung an die Presse, die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Sprecher')]),
    ('Der Premier sagte in einer Ansprache auf Estnisch und Russisch, er sei gezwungen.',
     [('er sei gezwungen', 'INDIRECT_QUOTE', 'Premier')]),
    ('Koike sagte nach dem Gespräch von Abe und Bach am Dienstag, der Name bleibe.',
     [('der Name bleibe', 'INDIRECT_QUOTE', 'Koike')]),
    ('Dr. Kurt Schumacher kritisierte die Politik des Kanzlers.',
     [('Dr. Kurt Schumacher kritisierte die Politik des Kanzlers', 'INDIRECT_QUOTE', 'Kurt Schumacher')]),
    ('Brentano erklärte am gleichen Tage, er habe die Bestätigung in Händen.',
     [('er habe die Bestätigung in Händen', 'INDIRECT_QUOTE', 'Brentano')]),
    ('Ein Sprecher der CDU/CSU-Fraktion teilte mit, die Abstimmung sei gewonnen.',
     [('die Abstimmung sei gewonnen', 'INDIRECT_QUOTE', 'Sprecher der CDU/CSU-Fraktion')]),
    ('Strauß sagte der Frankfurter „Abendpost“, er habe mit der Aktion nichts zu tun.',
     [('er habe mit der Aktion nichts zu tun', 'INDIRECT_QUOTE', 'Strauß')]),
    ('Brandt teilte der Menge mit, dass er einen Brief geschrieben habe.',
     [('er einen Brief geschrieben habe', 'INDIRECT_QUOTE', 'Brandt')]),
    ('Strauß sagte der Abendpost, er habe nichts zu verbergen.',
     [('er habe nichts zu verbergen', 'INDIRECT_QUOTE', 'Strauß')]),
    ('Strauß erklärte, die Union brauche einen Neuanfang. Die Zeit dränge.',
     [('die Union brauche einen Neuanfang', 'INDIRECT_QUOTE', 'Strauß'), ('Die Zeit dränge', 'INDIRECT_QUOTE', 'Strauß')]),
    ('Der Verlag teilte mit, die Redaktion arbeite weiter. Das Heft erscheine.',
     [('die Redaktion arbeite weiter', 'INDIRECT_QUOTE', 'Verlag'), ('Das Heft erscheine', 'INDIRECT_QUOTE', 'Verlag')]),
    ('Der Verband kritisierte die Pläne. Das belaste die Mieter.',
     [('Der Verband kritisierte die Pläne', 'INDIRECT_QUOTE', 'Verband'), ('Das belaste die Mieter', 'INDIRECT_QUOTE', 'Verband')]),
    ('Deutschlands oberster Verbraucherschützer Klaus Müller begrüßte die Erhöhung der Prämie.',
     [('Deutschlands oberster Verbraucherschützer Klaus Müller begrüßte die Erhöhung der Prämie', 'INDIRECT_QUOTE', 'Klaus Müller')]),
    ('Sachsens Wirtschafts- und Verkehrsminister Martin Dulig kritisierte das Ergebnis.',
     [('Sachsens Wirtschafts- und Verkehrsminister Martin Dulig kritisierte das Ergebnis', 'INDIRECT_QUOTE', 'Martin Dulig')]),
    ('Der Konzern muss zehn Milliarden Euro zurückstellen, wie das Handelsblatt erfuhr.',
     [('Der Konzern muss zehn Milliarden Euro zurückstellen', 'INDIRECT_QUOTE', 'Handelsblatt')]),
    ('Die Initiative „Deutsche Wohnen enteignen“ teilte mit, sie habe genug Unterschriften gesammelt.',
     [('sie habe genug Unterschriften gesammelt', 'INDIRECT_QUOTE', 'Initiative')]),
    ('Die meisten lägen auf dem Land, sagte der Direktor des Instituts für Bau-, Stadt- und Raumforschung, Harald Herrmann.',
     [('Die meisten lägen auf dem Land', 'INDIRECT_QUOTE', 'Harald Herrmann')]),
    ('Die Minister kündigten ihren Rücktritt an, falls der Kanzler im Amt bleibe.',
     [('Die Minister kündigten ihren Rücktritt an, falls der Kanzler im Amt bleibe', 'INDIRECT_QUOTE', 'Minister')]),
    ('Die Verteidigung warnte vor Unruhen, wenn das Urteil zu hart ausfalle.',
     [('Die Verteidigung warnte vor Unruhen, wenn das Urteil zu hart ausfalle', 'INDIRECT_QUOTE', 'Verteidigung')]),
    ('Der Premier hat die Anschläge auf den Flughafen und die Metrostation verurteilt.',
     [('Der Premier hat die Anschläge auf den Flughafen und die Metrostation verurteilt', 'INDIRECT_QUOTE', 'Premier')]),
    ('Weiters sagte Staatsanwalt Molins, die Täter seien bekannt.',
     [('die Täter seien bekannt', 'INDIRECT_QUOTE', 'Molins')]),
    ('Macron hatte nach der Tat von einem Terrorakt gesprochen.',
     [('Macron hatte nach der Tat von einem Terrorakt gesprochen', 'INDIRECT_QUOTE', 'Macron')]),
    ('Laut Bart Kemp von der Aktionsgruppe Agractie wollten die Landwirte friedlich protestieren.',
     [('wollten die Landwirte friedlich protestieren', 'INDIRECT_QUOTE', 'Bart Kemp')]),
    ('Die Opposition warf dem Staatschef vor, damit das Parlament zu missachten.',
     [('damit das Parlament zu missachten', 'INDIRECT_QUOTE', 'Opposition')]),
    ('Gegner der Reform hatten dazu aufgerufen, während seiner Rede auf Töpfe zu schlagen.',
     [('während seiner Rede auf Töpfe zu schlagen', 'INDIRECT_QUOTE', 'Gegner der Reform')]),
    ('Ähnliches wird aus Regierungskreisen berichtet.',
     [('Ähnliches wird aus Regierungskreisen berichtet', 'INDIRECT_QUOTE', 'Regierungskreisen')]),
    ('Allein die Berliner Feuerwehr hatte nach der Silvesternacht von acht Angriffen gesprochen.',
     [('Allein die Berliner Feuerwehr hatte nach der Silvesternacht von acht Angriffen gesprochen', 'INDIRECT_QUOTE', 'Berliner Feuerwehr')]),
    ('Vier Monate nach der Entführung des Frachters haben die Seeräuber die Freigabe des Schiffes und der Besatzung angekündigt.',
     [('Vier Monate nach der Entführung des Frachters haben die Seeräuber die Freigabe des Schiffes und der Besatzung angekündigt', 'INDIRECT_QUOTE', 'Seeräuber')]),
    ('Das Konzept sei ein Verstoß gegen die Generationengerechtigkeit, rügt die BDA.',
     [('Das Konzept sei ein Verstoß gegen die Generationengerechtigkeit', 'INDIRECT_QUOTE', 'BDA')]),
    ('Die Gewerkschaft Ver.di kritisierte den Koalitionsstreit.',
     [('Die Gewerkschaft Ver.di kritisierte den Koalitionsstreit', 'INDIRECT_QUOTE', 'Ver.di')]),
    ('Ver.di fordert zwölf Prozent mehr Lohn.',
     [('Ver.di fordert zwölf Prozent mehr Lohn', 'INDIRECT_QUOTE', 'Ver.di')]),
    ('Nach Angaben der Bundesagentur für Arbeit sind 40.000 Stellen unbesetzt.',
     [('sind 40.000 Stellen unbesetzt', 'INDIRECT_QUOTE', 'Bundesagentur für Arbeit')]),
    ('„Überfallartig“ sei die Stadt vor vollendete Tatsachen gestellt worden, kritisierte Ratsfrau Kathrin Wischnewski.',
     [('„Überfallartig“ sei die Stadt vor vollendete Tatsachen gestellt worden', 'INDIRECT_QUOTE', 'Kathrin Wischnewski'), ('Überfallartig', 'DIRECT_QUOTE', 'Kathrin Wischnewski')]),
    ('Der BILD sagte Harig, der Ministerpräsident habe Hilfe in Aussicht gestellt.',
     [('der Ministerpräsident habe Hilfe in Aussicht gestellt', 'INDIRECT_QUOTE', 'Harig')]),
    ('Die Gewerkschaft Erziehung und Wissenschaft fordert ein neues Bildungspaket.',
     [('Die Gewerkschaft Erziehung und Wissenschaft fordert ein neues Bildungspaket', 'INDIRECT_QUOTE', 'Gewerkschaft Erziehung und Wissenschaft')]),
    ('Die Eltern seien enttäuscht, erklärte Ebel - daher habe Verdi die Aktion gestartet.',
     [('Die Eltern seien enttäuscht', 'INDIRECT_QUOTE', 'Ebel'), ('daher habe Verdi die Aktion gestartet', 'INDIRECT_QUOTE', 'Ebel')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29_DE, ids=[t[:40] for t, _ in ROUND29_DE])
def test_de_round29_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 29; guards) what the round-29 rules must leave alone
    ('In der Vorabversion des Berichts, der am Montag vorgestellt wurde, heißt es, die Lage sei ernst.', ['die Lage sei ernst']),
    ('Die Flut sei eine Katastrophe, sagte der Minister mit Blick auf die betroffenen Familien.', ['Die Flut sei eine Katastrophe']),
    ('Die Lage, die sich in Berlin verschärft habe, sei ernst, sagte der Minister.', ['Die Lage, die sich in Berlin verschärft habe, sei ernst']),
    ('Der Minister antwortete auf die Frage, ob er zurücktrete, er denke nicht daran.', ['er denke nicht daran']),
    ('Die Professorin referierte über die Geschichte der Stadt.', []),
    ('Die Kurse hoben sich deutlich.', []),
    ('Die Lage sei ernst, hatte es nicht geheißen.', []),
    ('Gestern teilte der Vorstand mit, die Lage sei ernst.', ['die Lage sei ernst']),
    ('Der Minister sagte der Frankfurter Rundschau, er sei müde.', ['er sei müde']),
    ('Der Minister sagte am Montag, wenn die Lage sich verschlechtere, werde er handeln.', ['wenn die Lage sich verschlechtere, werde er handeln']),
    ('Die Preise stiegen teilweise stark, sagte der Minister.', ['Die Preise stiegen teilweise stark']),
    ('Des Kanzlers Sprecher sagte, die Lage sei ernst.', ['die Lage sei ernst']),
    ('Der Minister hat das Gesetz verteidigt und die Opposition kritisierte es.', ['Der Minister hat das Gesetz verteidigt und die Opposition kritisierte es']),
    ('Der Minister sprach in Berlin, während draußen Menschen protestierten.', []),
    ('Der Minister hat in Berlin mit Journalisten gesprochen.', []),
    ('Gestern demonstrierten 500 Menschen gegen die Pläne.', []),
    ('Nach Angaben der Polizei für Autofahrer ist die Strecke gesperrt.', ['für Autofahrer ist die Strecke gesperrt']),
    ('„Wir kommen“, sagte er.', ['Wir kommen']),
    ('Die Eltern seien enttäuscht, sagte Ebel – die Polizei kam später.', ['Die Eltern seien enttäuscht']),
    ('Doch ausgerechnet jetzt bekräftigt Brüderle, dass er kein Freund von Staatsbeteiligungen sei.', ['er kein Freund von Staatsbeteiligungen sei']),
])
def test_de_round29_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="de"))] == want


ROUND29_EN = [
    # (round 29; sentences written here from the English helpers' findings)
    ('"I appreciate the work," Judge Robert Drain said at the hearing which was held virtually.',
     [('I appreciate the work,', 'DIRECT_QUOTE', 'Robert Drain')]),
    ('The company paused the trial, although noted that illness was not unusual.',
     [('illness was not unusual', 'INDIRECT_QUOTE', 'company')]),
    ('The mayor said on Monday, the city would close schools.',
     [('the city would close schools', 'INDIRECT_QUOTE', 'mayor')]),
    ('Tedros said in Guangdong, scientists tested 320,000 samples.',
     [('scientists tested 320,000 samples', 'INDIRECT_QUOTE', 'Tedros')]),
    ('A spokesperson for St. Rose Hospital said the hospital had bargained in good faith.',
     [('the hospital had bargained in good faith', 'INDIRECT_QUOTE', 'spokesperson for St. Rose Hospital')]),
    ('The outbreak is growing, according to U.S. government data.',
     [('The outbreak is growing', 'INDIRECT_QUOTE', 'U.S. government data')]),
    ('The outbreak is growing, said U.S. health officials on Monday.',
     [('The outbreak is growing', 'INDIRECT_QUOTE', 'U.S. health officials')]),
    ('U.S. District Judge James B. Zagel ignored the plea, saying that the punishment was necessary.',
     [('the punishment was necessary', 'INDIRECT_QUOTE', 'James B. Zagel')]),
    ('Judge Edward J. Davila spoke at length, noting that the case is unique.',
     [('the case is unique', 'INDIRECT_QUOTE', 'Edward J. Davila')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29_EN, ids=[t[:40] for t, _ in ROUND29_EN])
def test_en_round29_table(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    ('He spoke in Berlin, the city was quiet.', []),
    ('The mayor said in a statement, which was released late, that schools would close.', ['schools would close']),
])
def test_en_round29_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="en"))] == want
# ---- round 29 (end) ----


@pytest.mark.parametrize(("text", "quote", "name"), [
    # (round 29) a title in its weak accusative or dative form is no part of the name (was "Vizepräsidenten Lyndon B.
    # Johnson"); the medium that quotes is no part of the speaker (was "Macron von mehreren Medien")
    ("Kennedy schickte seinen Vizepräsidenten Lyndon B. Johnson nach Berlin. Johnson sagte, Amerika stehe zu Berlin.",
     "Amerika stehe zu Berlin", "Lyndon B. Johnson"),
    ("„Wir werden kämpfen“, wird Macron von mehreren Medien zitiert.", "Wir werden kämpfen", "Macron"),
    # (guards) a plural title before a genitive place keeps its title; a preposition in -s before the subject is no
    # genitive name
    ("Zuvor hatten sich die CDU-Ministerpräsidenten Thüringens und Sachsens gegen die Pläne ausgesprochen.",
     "Zuvor hatten sich die CDU-Ministerpräsidenten Thüringens und Sachsens gegen die Pläne ausgesprochen",
     "CDU-Ministerpräsidenten Thüringens"),
    ("Angesichts internationaler Sorgen vor einer Eskalation betonte Außenminister Qureshi heute, Pakistan erwäge keine "
     "militärische Reaktion.", "Pakistan erwäge keine militärische Reaktion", "Qureshi"),
    ("Angesichts zahlreicher Angriffe auf Polizisten beklagt Baden-Württembergs Innenminister Thomas Strobl fehlenden "
     "Respekt bei „einigen Irrgläubigen“.", "einigen Irrgläubigen", "Thomas Strobl"),
    ("Der Münchner Kardinal Reinhard Marx hat sich geäußert. Der Erzbischof von München und Freising bat die Opfer um "
     "Entschuldigung.", "Der Erzbischof von München und Freising bat die Opfer um Entschuldigung", "Reinhard Marx"),
])
def test_de_round29_canonical_names(text, quote, name):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == quote)
    assert q.attrs["speaker"] == name
    check_contract(text, ann)


# ---- round 30 (begin) ----
ROUND30_DE = [
    # (round 30; sentences written here, shortened or rewritten from what the helpers and the Konjunktiv-miss script
    # found; see docs/quotes.md, "Round 30")
    ('Brentano erklärte am gleichen Tage auf einer Pressekonferenz in Bonn, er habe den Brief in Händen.',
     [('er habe den Brief in Händen', 'INDIRECT_QUOTE', 'Brentano')]),
    ('Die Ministerin für Verbraucherschutz, Renate Künast (Grüne), betonte, dass sie ihr Amt nicht gegen die Bauern führen wolle.',
     [('sie ihr Amt nicht gegen die Bauern führen wolle', 'INDIRECT_QUOTE', 'Renate Künast')]),
    ('Der Chef des Verbandes, Max Müller (62), sagte, die Lage sei ernst.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Max Müller')]),
    ('Ein Dementi des Presseamts besagt, die Abgabe des Ministeriums sei nicht aktuell.',
     [('die Abgabe des Ministeriums sei nicht aktuell', 'INDIRECT_QUOTE', 'Dementi des Presseamts')]),
    ('Der belgische Minister Denis Ducarme erhob am Mittwoch in Brüssel schwere Vorwürfe gegen die Niederlande: Die Behörden hätten von belasteten Eiern gewusst.',
     [('Die Behörden hätten von belasteten Eiern gewusst', 'INDIRECT_QUOTE', 'Denis Ducarme')]),
    ('Obama kündigte weitere Schritte an: So werde American Airlines Direktflüge nach Kuba aufnehmen.',
     [('So werde American Airlines Direktflüge nach Kuba aufnehmen', 'INDIRECT_QUOTE', 'Obama')]),
    ('Woidke zeigte sich zufrieden, auch wenn nicht alle Abgeordneten für ihn gestimmt hatten.',
     [('Woidke zeigte sich zufrieden, auch wenn nicht alle Abgeordneten für ihn gestimmt hatten', 'INDIRECT_QUOTE', 'Woidke')]),
    ('Tiefensee verwies auf Gespräche, die Ramelow nun führen werde.',
     [('Tiefensee verwies auf Gespräche, die Ramelow nun führen werde', 'INDIRECT_QUOTE', 'Tiefensee')]),
    ('Nach der Sitzung betonten CDU, CSU und SPD, dass umgehend ein neuer Ministerpräsident gewählt werden müsse.',
     [('umgehend ein neuer Ministerpräsident gewählt werden müsse', 'INDIRECT_QUOTE', 'CDU')]),
    ('Marx äußerte sich auf einem Podium des 103. Katholikentags zu den Angriffen.',
     [('Marx äußerte sich auf einem Podium des 103. Katholikentags zu den Angriffen', 'INDIRECT_QUOTE', 'Marx')]),
    ('Positiv bewertete Kretschmer die Ideen für ein schnelleres Planungsrecht.',
     [('Positiv bewertete Kretschmer die Ideen für ein schnelleres Planungsrecht', 'INDIRECT_QUOTE', 'Kretschmer')]),
    ('Kritischer als Woidke äußerte sich Innenminister Michael Stübgen.',
     [('Kritischer als Woidke äußerte sich Innenminister Michael Stübgen', 'INDIRECT_QUOTE', 'Michael Stübgen')]),
    ('Merkel würdigte den Verstorbenen als großen Europäer.',
     [('Merkel würdigte den Verstorbenen als großen Europäer', 'INDIRECT_QUOTE', 'Merkel')]),
    ('Erdogan stellte die Umsetzung des Abkommens infrage.',
     [('Erdogan stellte die Umsetzung des Abkommens infrage', 'INDIRECT_QUOTE', 'Erdogan')]),
    ('Die Union signalisierte Gesprächsbereitschaft.',
     [('Die Union signalisierte Gesprächsbereitschaft', 'INDIRECT_QUOTE', 'Union')]),
    ('Die Gewerkschaft pochte auf die Einhaltung der Verträge.',
     [('Die Gewerkschaft pochte auf die Einhaltung der Verträge', 'INDIRECT_QUOTE', 'Gewerkschaft')]),
    ('Demgegenüber pochte Generalsekretär Volker Kauder auf die Formulierung des Grundgesetzes.',
     [('Demgegenüber pochte Generalsekretär Volker Kauder auf die Formulierung des Grundgesetzes', 'INDIRECT_QUOTE', 'Volker Kauder')]),
    ('Die Lage sei ernst, sagte Müller gestern Abend in einer Erklärung.',
     [('Die Lage sei ernst', 'INDIRECT_QUOTE', 'Müller')]),
    ('CDU-Landeschef Frank Henkel hatte zuvor Bereitschaft dazu signalisiert.',
     [('CDU-Landeschef Frank Henkel hatte zuvor Bereitschaft dazu signalisiert', 'INDIRECT_QUOTE', 'Frank Henkel')]),
    ('Danach meldete sich Oppositionsführer Jeremy Corbyn zu Wort: Er pocht auf Neuwahlen.',
     [('Er pocht auf Neuwahlen', 'INDIRECT_QUOTE', 'Jeremy Corbyn')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND30_DE, ids=[t[:40] for t, _ in ROUND30_DE])
def test_de_round30_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 30; guards) what the round-30 rules must leave alone; the first is a negated trailing cue the round drops
    ('Dass er lange gezögert hatte, sagte Lindner nicht.', []),
    ('Dass er lange gezögert hatte, teilte Lindner nicht mit.', []),
    ('Er werde die Partei verteidigen, sagt Schirdewan mit nicht minder ernstem Blick.', ['Er werde die Partei verteidigen']),
    ('Er sei getreten worden, sagte der Student aus - nicht umgekehrt.', ['Er sei getreten worden']),
    ('Die FDP wirft der Regierung vor, die Vereinbarung am Parlament vorbei geplant zu haben.', ['die Vereinbarung am Parlament vorbei geplant zu haben']),
    ('Die Polizei warnte nicht vor Glätte, weil die Straßen geräumt waren.', []),
    ('Er sagte, die Regierung werde nun handeln.', ['die Regierung werde nun handeln']),
    ('Die Lage sei ernst, sagte Lindner nicht ohne Sorge.', ['Die Lage sei ernst']),
    ('Die Zahl stieg auf 103. Die Polizei sagte, es sei ruhig.', ['es sei ruhig']),
    ('Eine Studie verglich die Daten von 2000 Patienten.', []),
    ('Dann erklärten Polizei und Feuerwehr, die Lage sei ruhig.', ['die Lage sei ruhig']),
    ('Der Minister erhob Einspruch: „Das ist falsch.“', ['Das ist falsch.']),
    ('Der Minister sagte, der Plan, den die Regierung vorgelegt habe, sei falsch.', ['der Plan, den die Regierung vorgelegt habe, sei falsch']),
    ('Obama forderte weitere Hilfe für die Region.', ['Obama forderte weitere Hilfe für die Region']),
])
def test_de_round30_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="de"))] == want


ROUND30_EN = [
    # (round 30; sentences written here from the English helper's findings)
    ('The flooding was caused by a breach, according to the mine operator.',
     [('The flooding was caused by a breach', 'INDIRECT_QUOTE', 'mine operator')]),
    ('Mine inspectors said the walls were unstable.',
     [('the walls were unstable', 'INDIRECT_QUOTE', 'Mine inspectors')]),
    ('The operator of the Soma mine said 200 workers were trapped.',
     [('200 workers were trapped', 'INDIRECT_QUOTE', 'operator of the Soma mine')]),
    ('Production will rise, the minister said here Tuesday.',
     [('Production will rise', 'INDIRECT_QUOTE', 'minister')]),
    ('A friend of mine said the game was rigged.',
     [('the game was rigged', 'INDIRECT_QUOTE', 'friend of mine')]),
    ('The company cautioned it would take another step to kill the well.',
     [('it would take another step to kill the well', 'INDIRECT_QUOTE', 'company')]),
    ('Underwood filed a lawsuit against ExxonMobil, alleging the oil giant misled investors.',
     [('the oil giant misled investors', 'INDIRECT_QUOTE', 'Underwood')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND30_EN, ids=[t[:40] for t, _ in ROUND30_EN])
def test_en_round30_table(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 30; guards) the pronoun "mine" and "here" opening a content; acts with an object only
    ('"That car is mine," she said.', ['That car is mine,']),
    ('He said here is the problem.', ['here is the problem']),
    ('The report cautioned investors against panic.', []),
    ('The suit, alleging fraud, was filed Monday.', []),
])
def test_en_round30_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="en"))] == want
# ---- round 30 (end) ----


# ---- round 31 (begin) ----
ROUND31_DE = [
    # (round 31; sentences written here, shortened or rewritten from what the helpers found; see docs/quotes.md,
    # "Round 31")
    ('Die Ministerin warnt vor Russland. Zudem greife die Regierung in die Wirtschaft ein.',
     [('Die Ministerin warnt vor Russland', 'INDIRECT_QUOTE', 'Ministerin'),
      ('Zudem greife die Regierung in die Wirtschaft ein', 'INDIRECT_QUOTE', 'Ministerin')]),
    ('„Wir sind stark“, erklärte Kallas. Das präge die Meinung.',
     [('Wir sind stark', 'DIRECT_QUOTE', 'Kallas'), ('Das präge die Meinung', 'INDIRECT_QUOTE', 'Kallas')]),
    ('Der Jurist sagte, das Urteil sei falsch. Das wundere ihn.',
     [('das Urteil sei falsch', 'INDIRECT_QUOTE', 'Jurist'), ('Das wundere ihn', 'INDIRECT_QUOTE', 'Jurist')]),
    ('Es bedürfe mehr Dialog, forderte Müller. Denn das Geschäft sichere „eine große Zahl“ von Arbeitsplätzen.',
     [('Es bedürfe mehr Dialog', 'INDIRECT_QUOTE', 'Müller'),
      ('Denn das Geschäft sichere „eine große Zahl“ von Arbeitsplätzen', 'INDIRECT_QUOTE', 'Müller'),
      ('eine große Zahl', 'DIRECT_QUOTE', 'Müller')]),
    ('Der Minister sagte, die Lage sei ernst. Ebenso verhalte es sich mit dem Standort Papenburg.',
     [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Minister'),
      ('Ebenso verhalte es sich mit dem Standort Papenburg', 'INDIRECT_QUOTE', 'Minister')]),
    ('Die Lage sei ernst, sagte Lies. Die Firma hat 200 Mitarbeiter. Man bedauere den Schritt.',
     [('Die Lage sei ernst', 'INDIRECT_QUOTE', 'Lies'), ('Man bedauere den Schritt', 'INDIRECT_QUOTE', 'Lies')]),
    ('Hannover (dpa/lni) - Umweltminister Olaf Lies hat Störungen beklagt.',
     [('Umweltminister Olaf Lies hat Störungen beklagt', 'INDIRECT_QUOTE', 'Olaf Lies')]),
    ('Kiel | Ministerpräsident Daniel Günther hat Lockerungen angekündigt.',
     [('Ministerpräsident Daniel Günther hat Lockerungen angekündigt', 'INDIRECT_QUOTE', 'Daniel Günther')]),
    ('Die Ministerin sagte, es gebe keine Probleme.\n\nKiel (dpa/lno) - Ministerpräsident Daniel Günther hat Lockerungen angekündigt.',
     [('es gebe keine Probleme', 'INDIRECT_QUOTE', 'Ministerin'),
      ('Ministerpräsident Daniel Günther hat Lockerungen angekündigt', 'INDIRECT_QUOTE', 'Daniel Günther')]),
    ('Die Demokratie sei nicht gefährdet, sagte Posselt dem Sender WDR 5. Andere Länder hätten ähnliche Behörden.',
     [('Die Demokratie sei nicht gefährdet', 'INDIRECT_QUOTE', 'Posselt'),
      ('Andere Länder hätten ähnliche Behörden', 'INDIRECT_QUOTE', 'Posselt')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND31_DE, ids=[t[:40] for t, _ in ROUND31_DE])
def test_de_round31_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 31; guards) what the round-31 rules must leave alone
    ('Das gleiche gilt für die Schulen.', []),
    ('Das neue Gesetz tritt morgen in Kraft.', []),
    ('Der Minister sagte, die Lage sei ernst. Zudem neue Regeln gelten ab Mai.', ['die Lage sei ernst']),
    ('Das Spiel findet am 5. Mai statt, sagte er.', ['Das Spiel findet am 5. Mai statt']),
    ('Berlin - Der Minister sagte, es gebe Probleme.', ['es gebe Probleme']),
])
def test_de_round31_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="de"))] == want


ROUND31_EN = [
    # (round 31; sentences written here from the English helpers' findings)
    ('The talks will continue, said China’s foreign ministry.',
     [('The talks will continue', 'INDIRECT_QUOTE', 'China’s foreign ministry')]),
    ('Chinese state media said the meeting was productive.',
     [('the meeting was productive', 'INDIRECT_QUOTE', 'Chinese state media')]),
    ('Kim Yo Jong, Kim Jong Un’s sister, said that the drills were a provocation.',
     [('the drills were a provocation', 'INDIRECT_QUOTE', 'Kim Yo Jong')]),
    ('The case will be reviewed, said US Attorney General Merrick Garland.',
     [('The case will be reviewed', 'INDIRECT_QUOTE', 'Merrick Garland')]),
    ('Police in Nara prefecture in western Japan said the suspect was arrested.',
     [('the suspect was arrested', 'INDIRECT_QUOTE', 'Police in Nara prefecture in western Japan')]),
    ('Yaqiu Wang, senior China researcher at Human Rights Watch, told Al Jazeera that the law was vague.',
     [('the law was vague', 'INDIRECT_QUOTE', 'Yaqiu Wang')]),
    ('A commission investigating the disappearances said the soldiers were responsible.',
     [('the soldiers were responsible', 'INDIRECT_QUOTE', 'commission investigating the disappearances')]),
    ('Officials here said that the vote was calm.',
     [('the vote was calm', 'INDIRECT_QUOTE', 'Officials')]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND31_EN, ids=[t[:40] for t, _ in ROUND31_EN])
def test_en_round31_table(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 31; guards) a gerund's subject, a fronted participle, the pronoun "us", a straight apostrophe
    ('You advocating his behavior tells me all I need to know about you.', []),
    ('Following the ruling the company said it would appeal.', ['it would appeal']),
    ('"Give us a chance," the mayor said.', ['Give us a chance,']),
    ("The talks will continue, said China's foreign ministry.", ['The talks will continue']),
])
def test_en_round31_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="en"))] == want


def test_en_round31_typographic_apostrophe_keeps_text():
    # the tokens read "’" as "'", but spans and the canonical name keep the text's own apostrophe
    text = 'The talks will continue, said China’s foreign ministry.'
    ann = run(text, lang="en")
    sp = next(s for s in ann.spans if s.label == "SPEAKER")
    assert sp.text == "China’s foreign ministry" and text[sp.start : sp.end] == sp.text
    assert quotes(ann)[0].attrs["speaker"] == "China’s foreign ministry"
    check_contract(text, ann)
# ---- round 31 (end) ----


# ---- round 32 (begin) ----
@pytest.mark.parametrize(("text", "expected"), [
    # (round 32; sentences written here from the round-31 helpers' findings; see docs/quotes.md, "Round 32")
    ('Die beiden betonten, dass die Lage ernst sei.', [('die Lage ernst sei', 'INDIRECT_QUOTE', 'beiden')]),
    ('Alle drei hoben hervor, dass die Lage ernst sei.', [('die Lage ernst sei', 'INDIRECT_QUOTE', 'drei')]),
    ('Der Chef der Juden in Deutschland, Josef Schuster, hat vor Antisemitismus gewarnt.',
     [('Der Chef der Juden in Deutschland, Josef Schuster, hat vor Antisemitismus gewarnt', 'INDIRECT_QUOTE',
       'Josef Schuster')]),
], ids=["die beiden", "alle drei", "role with a place"])
def test_de_round32_structures(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ('On Saturday, the prime minister ended the debate and said the vote would go ahead.',
     [('the vote would go ahead', 'INDIRECT_QUOTE', 'prime minister')]),
    ('Xi told reporters cooperation should continue.', [('cooperation should continue', 'INDIRECT_QUOTE', 'Xi')]),
    ('The minister told lawmakers prices would rise.', [('prices would rise', 'INDIRECT_QUOTE', 'minister')]),
], ids=["fronted adverbial and said", "told reporters", "told lawmakers"])
def test_en_round32_table(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # (round 32; guards) an object numeral, a non-addressee plural, a clause without a speaker
    ('In dem Bericht nannten die zwei Forscher keine Zahlen.', "de", []),
    ('Xi told the farmers markets would reopen.', "en", []),
    ('After the vote, the crowd cheered and chanted slogans.', "en", []),
])
def test_round32_guards(text, lang, want):
    assert [q.text for q in quotes(run(text, lang=lang))] == want
# ---- round 32 (end) ----


# ---- round 33 (begin) ----
@pytest.mark.parametrize(("text", "expected"), [
    # (round 33; sentences written here, see docs/quotes.md, "Round 33") beliefs, knowledge and stance with "that",
    # as German "glauben/erwarten/wissen, dass"
    ('Many Democrats think that Clinton should pick a progressive running mate.',
     [('Clinton should pick a progressive running mate', 'INDIRECT_QUOTE', 'Many Democrats')]),
    ('Officials suspect that Russian hackers were behind the breach.',
     [('Russian hackers were behind the breach', 'INDIRECT_QUOTE', 'Officials')]),
    ('Critics charge that the plan would add trillions to the deficit.',
     [('the plan would add trillions to the deficit', 'INDIRECT_QUOTE', 'Critics')]),
    ('Analysts expect that the Fed will raise rates in December.',
     [('the Fed will raise rates in December', 'INDIRECT_QUOTE', 'Analysts')]),
    ('The campaign recognized that it needed to win Florida.', [('it needed to win Florida', 'INDIRECT_QUOTE', 'campaign')]),
    ('Party leaders knew that the vote would be close.', [('the vote would be close', 'INDIRECT_QUOTE', 'Party leaders')]),
    # a condition after a cue that asks nothing is part of the content
    ('The mayor said if the council rejected the budget, he would resign.',
     [('if the council rejected the budget, he would resign', 'INDIRECT_QUOTE', 'mayor')]),
    ('Trump said Tuesday if elected he would build a wall.',
     [('if elected he would build a wall', 'INDIRECT_QUOTE', 'Trump')]),
    ('The envoy told reporters if the talks fail, sanctions will follow.',
     [('if the talks fail, sanctions will follow', 'INDIRECT_QUOTE', 'envoy')]),
    # ... and not the content of an act with an object before it (the act's sentence, as for "accused X of")
    ('The senator warned of dire consequences if the deal collapsed.',
     [('The senator warned of dire consequences if the deal collapsed', 'INDIRECT_QUOTE', 'senator')]),
], ids=["think that", "suspect that", "charge that", "expect that", "recognized that", "knew that", "said if",
        "said Tuesday if", "told reporters if", "warned of … if"])
def test_en_round33_table(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 33; guards) the writer's own view, a hypothetical belief, a noun, a question's "if"
    ('I think that we need a new approach.', []),
    ('We all know that the race is close.', []),
    ('Do you REALLY think that this will help?', []),
    ('One can only assume that the deal is dead.', []),
    ('Please know that I was never a supporter.', []),
    ('There is hope that the talks will resume.', []),
    ('If he knew that there is a chance, he would have attacked.', []),
    ('They refute charges that the Post made errors.', []),
    ('The thought that he might win terrified them.', []),
    ('Reporters asked if the president would veto the bill.', ['the president would veto the bill']),
    ('It is understood that the singer will not attend the ceremony.', []),
    ('Dr. Ryan said that while the WHO recognized that some countries are easing measures, it was important to stay alert.',
     ['while the WHO recognized that some countries are easing measures, it was important to stay alert']),
    ('Executives said sales were short of where they thought they would be.',
     ['sales were short of where they thought they would be']),
    # the new cue words are cues only before "that": elsewhere they end no clause ("in charge of")
    ('Fire Chief Edward Plaugher, in charge of the fire, said on Wednesday the toll could rise.', ['the toll could rise']),
])
def test_round33_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="en"))] == want


@pytest.mark.parametrize(("text", "expected"), [
    # (round 33, from the round-33 helpers' reports on English political news; sentences written here)
    ('Forty percent of voters said the bombshell would not affect their vote.',
     [('the bombshell would not affect their vote', 'INDIRECT_QUOTE', 'Forty percent of voters')]),
    ('46 per cent of members said they would back the leader.',
     [('they would back the leader', 'INDIRECT_QUOTE', '46 per cent of members')]),
    ('Trump and Sessions have both said they were unaware of any contacts.',
     [('they were unaware of any contacts', 'INDIRECT_QUOTE', 'Trump and Sessions')]),
    ('They both said the plan would fail.', [('the plan would fail', 'INDIRECT_QUOTE', None)]),
    ('The judge ruled Friday that the order was unconstitutional.',
     [('the order was unconstitutional', 'INDIRECT_QUOTE', 'judge')]),
    ('Santorum told me on Tuesday night he is going to New Hampshire.',
     [('he is going to New Hampshire', 'INDIRECT_QUOTE', 'Santorum')]),
    ('Trump had vowed never to settle.', [('never to settle', 'INDIRECT_QUOTE', 'Trump')]),
    ('Sanders himself told reporters he was staying in the race.',
     [('he was staying in the race', 'INDIRECT_QUOTE', 'Sanders')]),
    ('Many of them believe the fight cannot be won.', [('the fight cannot be won', 'INDIRECT_QUOTE', 'Many of them')]),
    ('Boehner, now seeking a deal, said that the shutdown was a mistake.',
     [('the shutdown was a mistake', 'INDIRECT_QUOTE', 'Boehner')]),
    ('Trump said it would stop terrorists but critics say it is discriminatory.',
     [('it would stop terrorists', 'INDIRECT_QUOTE', 'Trump'), ('it is discriminatory', 'INDIRECT_QUOTE', 'critics')]),
    ('Turnbull declared there would be no meeting until Friday.',
     [('there would be no meeting until Friday', 'INDIRECT_QUOTE', 'Turnbull')]),
    ('Charest said now was the time to unite behind the leader.',
     [('now was the time to unite behind the leader', 'INDIRECT_QUOTE', 'Charest')]),
    ('The audit will stop, said Ken Bennett, a former secretary of state.',
     [('The audit will stop', 'INDIRECT_QUOTE', 'Ken Bennett')]),
    ('The talks failed, said the secretary of state, Antony Blinken.',
     [('The talks failed', 'INDIRECT_QUOTE', 'Antony Blinken')]),
], ids=["forty percent of", "per cent of", "have both said", "they both", "ruled Friday that", "on Tuesday night",
        "vowed never to", "himself", "many of them", "now seeking", "but critics say", "declared there",
        "said now was", "a former secretary of state", "the secretary of state, Name"])
def test_en_round33_structures(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "want"), [
    # (round 33; guards) "declared" with an object, a coordinated predicate of the same subject
    ('The governor declared a state of emergency on Monday.', []),
    ('Ramaphosa had declared his financial interests to Parliament.', []),
    ('He said the team played well but lost.', ['the team played well but lost']),
])
def test_round33_structure_guards(text, want):
    assert [q.text for q in quotes(run(text, lang="en"))] == want


def test_en_round33_title_words_stop_at_the_name_before():
    # "President Barack Obama met Speaker John Boehner": "president" was collected as a title of Boehner's too, so
    # "the president" became Boehner
    for text in ("President Barack Obama met Speaker John Boehner on Monday. The president said the talks were useful.",
                 'President Barack Obama chided House Republicans for the strategy. "You don\'t get to extract a '
                 'ransom," the president said.'):
        (q,) = quotes(run(text, lang="en"))
        assert q.attrs["speaker"] == "Barack Obama", (text, q.attrs["speaker"])


@pytest.mark.parametrize(("text", "name"), [
    # (round 33) a state named like a first name is no person inside the description; campaign roles
    ("Tim Kaine criticized the plan. The Virginia senator said it was a mistake.", "Tim Kaine"),
    ("Hillary Clinton spoke in Ohio on Tuesday. The Democratic nominee said voters deserved better.", "Hillary Clinton"),
    ("Rep. Elijah Cummings spoke on Monday. The Maryland lawmaker said the Treasury had leverage.", "Elijah Cummings"),
    # (guard) two people named before: the description stays
    ("Hillary Clinton accused Donald Trump of fraud. The Democratic nominee said voters deserved better.",
     "Democratic nominee"),
])
def test_en_round33_roles_after_a_name(text, name):
    q = quotes(run(text, lang="en"))[-1]
    assert q.attrs["speaker"] == name, q.attrs["speaker"]


@pytest.mark.parametrize(("text", "expected"), [
    # (round 33, German, from the round-33 helpers' reports; sentences written here)
    ('„Seid nicht schüchtern“, setzte sie hinzu.', [('Seid nicht schüchtern', 'DIRECT_QUOTE', 'sie')]),
    ('Er setzte hinzu, die Lage sei ernst.', [('die Lage sei ernst', 'INDIRECT_QUOTE', 'Er')]),
    # a paper's name in quotation marks inside the content is no direct quote
    ('Der Sprecher erklärte, die «Bild» habe bereits Teile der Studie gehabt.',
     [('die «Bild» habe bereits Teile der Studie gehabt', 'INDIRECT_QUOTE', 'Sprecher')]),
    ('Später berichtete die dpa dann unter Berufung auf die Agenturen ANI und PTI, die Zahl der Toten sei gestiegen.',
     [('die Zahl der Toten sei gestiegen', 'INDIRECT_QUOTE', 'dpa')]),
    ('FRANKFURT (Dow Jones)--Mit anderen Firmen seien Gespräche aufgenommen worden, berichtet das Handelsblatt.',
     [('Mit anderen Firmen seien Gespräche aufgenommen worden', 'INDIRECT_QUOTE', 'Handelsblatt')]),
    # (guard) a partial quotation after an indefinite article stays a direct quote
    ('Er sprach von einer „Katastrophe“, die Regierung habe versagt.',
     [('Katastrophe', 'DIRECT_QUOTE', 'Er'), ('die Regierung habe versagt', 'INDIRECT_QUOTE', 'Er')]),
], ids=["setzte hinzu (quote)", "setzte hinzu", "paper in the content", "dann unter Berufung auf", "Dow Jones dateline",
        "partial quotation guard"])
def test_de_round33_structures(text, expected):
    assert_de_structures(text, expected)

@pytest.mark.parametrize(("text", "expected"), [
    # (round 33, second wave of helper reports: school, health, crime, migration and investigative news)
    ('The committee recommended that schools reopen in the fall.',
     [('schools reopen in the fall', 'INDIRECT_QUOTE', 'committee')]),
    ('The panel determined that the policy violated state law.',
     [('the policy violated state law', 'INDIRECT_QUOTE', 'panel')]),
    ('The NEA, another large union, said teachers would return.', [('teachers would return', 'INDIRECT_QUOTE', 'NEA')]),
    ('Department of Homeland Security officials said the policy would continue.',
     [('the policy would continue', 'INDIRECT_QUOTE', 'Department of Homeland Security officials')]),
    ('Advisers to President Joe Biden said the mandate would stand.',
     [('the mandate would stand', 'INDIRECT_QUOTE', 'Advisers to President Joe Biden')]),
    ('The judge ruled Monday evening that the policy was unlawful.',
     [('the policy was unlawful', 'INDIRECT_QUOTE', 'judge')]),
    ('The plan failed, the documents state.', [('The plan failed', 'INDIRECT_QUOTE', 'documents')]),
], ids=["recommended that", "determined that", "another union", "Department of … officials", "advisers to the president",
        "ruled Monday evening that", "the documents state"])
def test_en_round33_second_wave(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # (round 33; guards) "state" as a noun at the sentence end, "determined" as an adjective; German appositions of the
    # speaker with a role the lists do not know
    ('Trump won South Carolina, a key Republican primary state.', "en", []),
    ('She was determined that the school would reopen.', "en", []),
    ('Im Gespräch sagte Andreas Gapp, Obmann der Seilbahnen, der Winter sei gut gewesen.', "de",
     ['der Winter sei gut gewesen']),
    ('Der Winter sei gut gewesen, sagte Pascal Stoebener, der Verantwortliche für Naturgefahren im Kanton.', "de",
     ['Der Winter sei gut gewesen']),
])
def test_round33_second_wave_guards(text, lang, want):
    assert [q.text for q in quotes(run(text, lang=lang))] == want
# ---- round 33 (end) ----



def test_de_report_without_speaker_is_continued():
    """(round 26) a report without a speaker ("hieß es") is continued by the Konjunktiv I sentence after it, again
    without a speaker (the continuation was lost)."""
    text = "Die Kosten seien im Oktober angefallen, hieß es. Ursache sei auch die Finanzkrise."
    ann = run(text, lang="de")
    by_text = {q.text: q for q in quotes(ann)}
    assert set(by_text) == {"Die Kosten seien im Oktober angefallen", "Ursache sei auch die Finanzkrise"}
    q = by_text["Ursache sei auch die Finanzkrise"]
    assert q.label == "INDIRECT_QUOTE" and q.attrs["speaker"] is None and linked(ann, q.id, "said_by") is None
    check_contract(text, ann)


# ---- round 34 (begin) ----
# (round 34, helper de4; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # "laut eigenen Angaben" and "eigenen Angaben zufolge" are the clause subject's, as "nach eigenen Angaben" was
    # (the canonical speaker was "Angaben")
    ("Die Miliz feuerte laut eigenen Angaben mehr als 40 Raketen auf den Norden ab.",
     [("Die Miliz feuerte", "INDIRECT_QUOTE", "Miliz"),
      ("mehr als 40 Raketen auf den Norden ab", "INDIRECT_QUOTE", "Miliz")]),
    ("Die Reederei hat eigenen Angaben zufolge alle Fahrten durch das Rote Meer gestoppt.",
     [("Die Reederei hat", "INDIRECT_QUOTE", "Reederei"),
      ("alle Fahrten durch das Rote Meer gestoppt", "INDIRECT_QUOTE", "Reederei")]),
    ("Laut eigenen Angaben hat das Hilfswerk 30 Lastwagen in die Region geschickt.",
     [("hat das Hilfswerk 30 Lastwagen in die Region geschickt", "INDIRECT_QUOTE", "Hilfswerk")]),
    # adjuncts after the speaker's apposition, with a participle phrase in a later adjunct, are no second content
    ("Die Versorgung sei gesichert, sagte der Sprecher der Marine, Ron Alon, am Freitag in einer vom Militär "
     "verbreiteten Erklärung.",
     [("Die Versorgung sei gesichert", "INDIRECT_QUOTE", "Ron Alon")]),
    ("Es habe keine Verletzten gegeben, teilte die Sprecherin der Polizei, Lea Brandt, am Sonntag in einer im "
     "Internet veröffentlichten Mitteilung mit.",
     [("Es habe keine Verletzten gegeben", "INDIRECT_QUOTE", "Lea Brandt")]),
    # a genitive after the speaker's comma continues its owner (a list or an apposition); it opens no content
    ("Die Vorräte reichten nur noch wenige Tage, erklärten die Leiter des Roten Kreuzes, des Hilfswerks Caritas und "
     "der Diakonie am Dienstag.",
     [("Die Vorräte reichten nur noch wenige Tage", "INDIRECT_QUOTE", "Leiter des Roten Kreuzes")]),
    ("Die Klinik sei überlastet, sagte der Direktor des Nasser-Krankenhauses, des größten im Süden, am Mittwoch.",
     [("Die Klinik sei überlastet", "INDIRECT_QUOTE", "Direktor des Nasser-Krankenhauses")]),
    ("Das bestätigte der Leiter des Klinikums, des größten Krankenhauses der Region, am Dienstag.",
     [("Das", "INDIRECT_QUOTE", "Leiter des Klinikums")]),
    # "fuhr … fort" is a cue with its particle closing the clause
    ("„Wir bleiben im Dialog“, fuhr die Rektorin fort.", [("Wir bleiben im Dialog", "DIRECT_QUOTE", "Rektorin")]),
    ("Die Gespräche würden fortgesetzt, fährt der Unterhändler fort.",
     [("Die Gespräche würden fortgesetzt", "INDIRECT_QUOTE", "Unterhändler")]),
    # an adjective in -te before its noun after a quotation is no inverted verb ("weite" was a cue with the speaker
    # "Teile"); the Konjunktiv sentence continues the speaker before it
    ("„Wir haben lange gewartet“, sagte die Helferin Mira Sand. In den Lagern fehle „es an allem“, weite Teile der "
     "Region seien „kaum noch bewohnbar“.",
     [("Wir haben lange gewartet", "DIRECT_QUOTE", "Mira Sand"),
      ("In den Lagern fehle „es an allem“, weite Teile der Region seien „kaum noch bewohnbar“", "INDIRECT_QUOTE",
       "Mira Sand"),
      ("es an allem", "DIRECT_QUOTE", "Mira Sand"),
      ("kaum noch bewohnbar", "DIRECT_QUOTE", "Mira Sand")]),
    # military ranks are titles: "Oberst Barak" resolves to the full name named before
    ("Generalleutnant Ilan Barak erklärte, die Truppe sei bereit. „Wir warten ab“, sagte Oberst Barak.",
     [("die Truppe sei bereit", "INDIRECT_QUOTE", "Ilan Barak"), ("Wir warten ab", "DIRECT_QUOTE", "Ilan Barak")]),
])
def test_de_round34_de4(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # a rank compound before a name is no part of the canonical name
    ("Der Sprecher der Armee, Brigadegeneral Amir Doron, sagte, die Lage sei ernst.", "Amir Doron"),
    ("Generalleutnant Herzi Halevi sagte, die Angriffe würden fortgesetzt.", "Herzi Halevi"),
])
def test_de_round34_de4_rank_titles(text, name):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]


def test_de_round34_de4_guards():
    # "fuhr … fort" without a report or a quotation reports nothing
    assert [q.text for q in quotes(run("Der Zug fuhr am Morgen fort.", lang="de"))] == []
    assert [q.text for q in quotes(run("Die Armee fährt mit ihren Angriffen fort.", lang="de"))] == []
    # "des Weiteren" with a clause of its own after the speaker stays a content
    assert [q.text for q in quotes(run("Die Lage sei ernst, sagte der Sprecher, des Weiteren seien neue Kämpfe "
                                       "ausgebrochen.", lang="de"))] == [
        "Die Lage sei ernst", "des Weiteren seien neue Kämpfe ausgebrochen"]
    # "General" alone is no title: company names keep it
    assert [q.attrs["speaker"] for q in quotes(run("General Motors teilte mit, die Produktion werde gekürzt.",
                                                   lang="de"))] == ["General Motors"]
    # "nach eigenen Angaben" as before
    assert [q.attrs["speaker"] for q in quotes(run("Die Armee hat nach eigenen Angaben mehrere Stellungen zerstört.",
                                                   lang="de"))] == ["Armee", "Armee"]


# (round 34, helper de3; sentences written for these tests, see docs/quotes.md, "Round 34")
def assert_de_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    ann = run(text, lang="de")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # the persons spoken to after "zu" are no part of a name ("Kröger zu Reportern")
    ("„Die Abwehr stand heute sehr sicher“, sagte Kröger zu Reportern.",
     [("Die Abwehr stand heute sehr sicher", "DIRECT_QUOTE", "Kröger")]),
    ("Ihr Team sei bereit für das Finale, sagte Trainerin Anna Vogt zu Journalisten.",
     [("Ihr Team sei bereit für das Finale", "INDIRECT_QUOTE", "Anna Vogt")]),
    # a fronted adverb in -ell or -iv is no subject: the name after the verb speaks
    ("Personell kündigte Hansen für das nächste Länderspiel einige Wechsel an.",
     [("Personell kündigte Hansen für das nächste Länderspiel einige Wechsel an", "INDIRECT_QUOTE", "Hansen")]),
    ("Offensiv sagte Brehme, die Mannschaft müsse mutiger werden.",
     [("die Mannschaft müsse mutiger werden", "INDIRECT_QUOTE", "Brehme")]),
    # "bestreiten" with a match, a season's games or a race as its object is playing, no denial
    ("Die Auswahl bestreitet am Dienstag ihr drittes Gruppenspiel gegen Polen.", []),
    ("Der Torhüter hat in dieser Spielzeit bereits 28 Partien bestritten.", []),
    ("Der Radprofi bestritt im Sommer die Tour de France.", []),
    # a medium after a title or an age is the addressee, no genitive of the speaker
    ("„Wir wollen ins Halbfinale“, sagte der 27-Jährige der Sportschau.",
     [("Wir wollen ins Halbfinale", "DIRECT_QUOTE", "27-Jährige")]),
    ("„Wir wollen ins Halbfinale“, sagte der Kapitän der Süddeutschen Zeitung.",
     [("Wir wollen ins Halbfinale", "DIRECT_QUOTE", "Kapitän")]),
    # a live ticker's time stamp opening the paragraph is no part of the sentence
    ("18:42 Uhr – Man werde die Taktik nicht ändern, so Hansen.",
     [("Man werde die Taktik nicht ändern", "INDIRECT_QUOTE", "Hansen")]),
    ("18:42 Uhr – „Wir bleiben ruhig und konzentriert“, so Hansen über die Lage.",
     [("Wir bleiben ruhig und konzentriert", "DIRECT_QUOTE", "Hansen")]),
    # a fronted "Angesprochen auf …" / "Gefragt nach …" is the question, no subject
    ("Angesprochen auf die Rote Karte sagte Hansen: „Die war völlig berechtigt.“",
     [("Die war völlig berechtigt.", "DIRECT_QUOTE", "Hansen")]),
    ("Gefragt nach seiner Zukunft sagte Hansen, er wolle in Bremen bleiben.",
     [("er wolle in Bremen bleiben", "INDIRECT_QUOTE", "Hansen")]),
    # a broadcaster's short name in quotation marks after "zu"/"zum" is no direct quote
    ("„Wir sind stolz auf diese Mannschaft“, so Kapitänin Lea Brandt zum „ZDF“.",
     [("Wir sind stolz auf diese Mannschaft", "DIRECT_QUOTE", "Lea Brandt")]),
    ("„Das Ergebnis ist verdient“, sagt Jensen zu „TV2“.",
     [("Das Ergebnis ist verdient", "DIRECT_QUOTE", "Jensen")]),
    # an age description after someone new was introduced as the subject of the sentence before is that person
    ("Sprinterin Lisa Brandt holte Silber. „Ich bin überglücklich“, sagte die 22-Jährige. Als Erste war die "
     "frühere Weltmeisterin Julia Kern zur Stelle. „Das war ein perfektes Rennen“, sagte die 31-Jährige.",
     [("Ich bin überglücklich", "DIRECT_QUOTE", "Lisa Brandt"),
      ("Das war ein perfektes Rennen", "DIRECT_QUOTE", "Julia Kern")]),
    ("Zehnkämpfer Tom Weber holte Silber. „Ich bin zufrieden“, sagte der 24-Jährige. Erster Gratulant war der frühere "
     "Welt- und Europameister Paul Sander. „Das war stark“, würdigte der 29-Jährige den Auftritt seines Kollegen.",
     [("Ich bin zufrieden", "DIRECT_QUOTE", "Tom Weber"), ("Das war stark", "DIRECT_QUOTE", "Paul Sander")]),
])
def test_de_round34_de3(text, expected):
    assert_de_exact(text, expected)


def test_de_round34_de3_guards():
    """What the rules above leave alone."""
    texts = [t for t in (q.text for q in quotes(run("Der Trainer bestritt die Vorwürfe nach dem Spiel.", lang="de")))]
    assert texts == ["Der Trainer bestritt die Vorwürfe nach dem Spiel"]  # a denial with a match only in a PP
    ann = run("„Wir sind bereit“, sagte der Chefredakteur der Süddeutschen Zeitung.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Chefredakteur der Süddeutschen Zeitung"]  # a paper's staff
    ann = run("„Das ist ein Kompromiss“, sagte sie zum „Kompromiss“ der Koalition.", lang="de")
    assert "Kompromiss" in [q.text for q in quotes(ann)]  # no broadcaster's short name in capitals
    ann = run("Tim Brandt gewann. „Ich bin glücklich“, sagte Brandt. Dann traf er Trainer Hans Meier. „Das war ein "
              "Teamerfolg“, sagte der 24-Jährige.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Tim Brandt", "Tim Brandt"]  # the object is nobody new


# (round 34, helper de7; sentences written for these tests, see docs/quotes.md, "Round 34")
def _exact(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(run(text, lang="de")))


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's part after the name is no part of it
    ("Das stellte Parteichefin Eva Kern Donnerstagabend klar: „Wir bleiben im Amt.“",
     [("Wir bleiben im Amt.", "DIRECT_QUOTE", "Eva Kern")]),
    ("„Die Gespräche laufen gut“, sagte Gewerkschaftschef Max Huber Montagmorgen in Linz.",
     [("Die Gespräche laufen gut", "DIRECT_QUOTE", "Max Huber")]),
    ("Die Lage sei stabil, erklärte Landeshauptmann Peter Graf Sonntagnachmittag.",
     [("Die Lage sei stabil", "INDIRECT_QUOTE", "Peter Graf")]),
    # a set phrase with "zu" after the speaker
    ("„Wir wachsen weiter“, berichtete Firmenchefin Lea Moser zu Beginn der Hauptversammlung.",
     [("Wir wachsen weiter", "DIRECT_QUOTE", "Lea Moser")]),
    ("„Das Ergebnis ist solide“, sagte der Sprecher des Konzerns zu Beginn der Sitzung.",
     [("Das Ergebnis ist solide", "DIRECT_QUOTE", "Sprecher des Konzerns")]),
    # the noun of the cue's light-verb phrase after the speaker
    ("Am Abend nahm Bürgermeisterin Clara Stein Stellung: Die Stadt habe richtig gehandelt.",
     [("Die Stadt habe richtig gehandelt", "INDIRECT_QUOTE", "Clara Stein")]),
    ("Nach der Saison zog Trainer Jonas Brandl Bilanz: „Wir haben viel gelernt.“",
     [("Wir haben viel gelernt.", "DIRECT_QUOTE", "Jonas Brandl")]),
    # "CEO" is a title: the surname later is the person, not "CEO Lena Hartl"
    ("„Wir wachsen“, sagte CEO Lena Hartl. „Das freut uns“, so Hartl.",
     [("Wir wachsen", "DIRECT_QUOTE", "Lena Hartl"), ("Das freut uns", "DIRECT_QUOTE", "Lena Hartl")]),
    # after a surname "zu" names the addressee, not a noble name's particle
    ("„Wir investieren weiter“, sagt Konzernchef Moser zu Reportern.",
     [("Wir investieren weiter", "DIRECT_QUOTE", "Moser")]),
    # a sentence-initial "Ob" is no first name
    ("Ob Hofer kandidiert, ist offen. „Ich entscheide im Frühjahr“, sagte Hofer.",
     [("Ich entscheide im Frühjahr", "DIRECT_QUOTE", "Hofer")]),
    # a pronoun without a name before it takes no adverb or object noun
    ("Einmal mehr stellte sie klar, dass die Schule offen bleibe.",
     [("die Schule offen bleibe", "INDIRECT_QUOTE", None)]),
    ("Insgesamt sieht er die Lage gelassen: „Es gibt keine Krise.“", [("Es gibt keine Krise.", "DIRECT_QUOTE", None)]),
    ("Müller-Lang mag daran nichts Ungewöhnliches finden. «Das ist mein Alltag», sagte sie.",
     [("Das ist mein Alltag", "DIRECT_QUOTE", None)]),
    ("Er rechne mit einer Einigung, auch wenn die Gegenseite keine Zusage gegeben habe. „Wir sind bereit“, sagte er.",
     [("Wir sind bereit", "DIRECT_QUOTE", None)]),
    # a fronted time or manner phrase is no source of an impersonal report
    ("In den vergangenen Tagen hieß es, die Firma suche einen Käufer.",
     [("die Firma suche einen Käufer", "INDIRECT_QUOTE", None)]),
    ("In der Regel geht man davon aus, dass die Preise im Winter sinken.",
     [("die Preise im Winter sinken", "INDIRECT_QUOTE", None)]),
    # a fronted state adjective before "zeigte sich" with a dass-clause or a colon
    ("Erleichtert zeigte sich die Bürgermeisterin, dass niemand verletzt worden sei.",
     [("niemand verletzt worden sei", "INDIRECT_QUOTE", "Bürgermeisterin")]),
    ("Besonders erfreut zeigte sich Ministerin Mia Roth, dass die Zahl der Lehrlinge gestiegen sei.",
     [("die Zahl der Lehrlinge gestiegen sei", "INDIRECT_QUOTE", "Mia Roth")]),
])
def test_de_round34_de7(text, expected):
    assert _exact(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the limits: no content after the fronted adjective is no report (as "zeigte sich zufrieden mit …")
    ("Besorgt zeigte sich der Verband über die hohen Kosten.", []),
    ("Zufrieden zeigte sich die Firma mit dem „sehr guten“ Jahr.", []),
    ("Offen zeigte sich die Tür zum Garten, dass man hineinsehen konnte.", []),
    # a place or a body before "man" still speaks
    ("Im Rathaus geht man davon aus, dass die Preise im Winter sinken.",
     [("die Preise im Winter sinken", "INDIRECT_QUOTE", "Rathaus")]),
    # names with "zu", a lone surname before a pronoun, a time word after "am"
    ("Karl-Theodor zu Guttenberg sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Karl-Theodor zu Guttenberg")]),
    ("Gestern reiste Peskow nach Minsk. Er sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Peskow")]),
    ("Die Parteichefin Anna Berger sagte am Montagabend, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berger")]),
])
def test_de_round34_de7_guards(text, expected):
    assert _exact(text) == sorted(expected)


# (round 34, helper en1; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a participle of a cue verb before its channel is an apposition, not the cue (was: no quote)
    ("The mayor of Odesa, Hennadiy Trukhanov, writing on Telegram, said two ports had been damaged overnight.",
     [("two ports had been damaged overnight", "INDIRECT_QUOTE", "Hennadiy Trukhanov")]),
    ("Lisa Brandt, writing on Facebook, said the shelter would stay open until Friday.",
     [("the shelter would stay open until Friday", "INDIRECT_QUOTE", "Lisa Brandt")]),
    # an apposition between dashes before the cue: the subject before it speaks (was: no quote)
    ("But Tomas Novak - chairman of the farmers' union - told reporters that the subsidy cuts were a betrayal.",
     [("the subsidy cuts were a betrayal", "INDIRECT_QUOTE", "Tomas Novak")]),
    ("Three police officers—two in uniform and one in plain clothes—said the crowd had thrown bottles.",
     [("the crowd had thrown bottles", "INDIRECT_QUOTE", "Three police officers")]),
    ("However, two senior diplomats—one from Qatar and another from Egypt—said a deal was within reach.",
     [("a deal was within reach", "INDIRECT_QUOTE", "two senior diplomats")]),
    # a bare plural inside the speaker's prepositional chain (was the place at its end)
    ("Doctors at field hospitals in Khan Younis said they had run out of anaesthetics.",
     [("they had run out of anaesthetics", "INDIRECT_QUOTE", "Doctors at field hospitals in Khan Younis")]),
    ("Two mediators at truce talks in Cairo said a deal was close.",
     [("a deal was close", "INDIRECT_QUOTE", "Two mediators at truce talks in Cairo")]),
    # a possessive in "s’" before the organisation (was "Topeka")
    ("Kansas’ Election Office in Topeka said the count was complete.",
     [("the count was complete", "INDIRECT_QUOTE", "Election Office")]),
    # a colon, an opening mark, no closing one before the paragraph ends: the speaker's words (was an
    # indirect quote "“We knocked …" with its mark)
    ("The senator told supporters: “We knocked on every door in this county and we will do it again next year.",
     [("We knocked on every door in this county and we will do it again next year.", "DIRECT_QUOTE", "senator")]),
    ("Ms Okafor said: “The results speak for themselves.\n\nTurnout fell in most districts.",
     [("The results speak for themselves.", "DIRECT_QUOTE", "Okafor")]),
])
def test_en_round34_en1(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # German too: the colon's quotation runs to the paragraph's end (was "„Wir werden …" as indirect)
    ("Der Minister sagte: „Wir werden das Gesetz im Herbst noch einmal ändern.\n\nDie Opposition kritisierte den Plan.",
     [("Wir werden das Gesetz im Herbst noch einmal ändern.", "DIRECT_QUOTE", "Minister"),
      ("Die Opposition kritisierte den Plan", "INDIRECT_QUOTE", "Opposition")]),
])
def test_de_round34_en1(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # "he"/"she" is no office's street nor a field of study (was "Downing Street", "African Studies")
    ("In his Downing Street statement, the prime minister thanked the police. He said the riots would be punished.",
     "Downing Street"),
    ("A researcher at the School of Oriental and African Studies spoke to the BBC. “The region is tense,” she said.",
     "African Studies"),
])
def test_en_round34_en1_pronoun_not_a_place(text, wrong):
    qs = quotes(run(text, lang="en"))
    assert len(qs) == 1
    assert qs[0].attrs["speaker"] != wrong


def test_en_round34_en1_guards():
    # a thing before the dashes does not speak: no quote, as before
    assert [q.text for q in quotes(run(
        "The timing of the vote - just days after the floods - suggests that the party is nervous.", lang="en"))] == []
    # a person named "Street" is still a person
    qs = quotes(run("Anna Street, a nurse, spoke to the crowd. “We are exhausted,” she said.", lang="en"))
    assert [(q.text, q.attrs["speaker"]) for q in qs] == [("We are exhausted,", "Anna Street")]
    # a tweet's handle and colon, a truncated text: no quotation to the paragraph's end
    assert [q.text for q in quotes(run("RT @newsdesk: “polls close at eight in the evening and counting starts…",
                                       lang="en"))] == []
    # a closing mark inside the paragraph: the ordinary quotation
    qs = quotes(run("She said: “We will win.” Nobody believed her.", lang="en"))
    assert [(q.text, q.label) for q in qs] == [("We will win.", "DIRECT_QUOTE")]


# (round 34, helper de1; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a common noun before a full name is no part of the name: a later "er" is the subject, not "Wahlkampf Petra Lindner"
    ("Zugleich schlug Bergmann, der im Wahlkampf Petra Lindner scharf angegriffen hatte, versöhnliche Töne an. "
     "„Wir müssen jetzt miteinander reden“, sagte er.",
     [("Wir müssen jetzt miteinander reden", "DIRECT_QUOTE", "Bergmann")]),
    # nor a noun joined to it by "zu" ("Fraktion zu Sabine Kraus")
    ("Zugleich betonte Hofmann die Distanz seiner Fraktion zu Sabine Kraus. „Eine Koalition schließe ich aus“, "
     "sagte er dem Sender.",
     [("Zugleich betonte Hofmann die Distanz seiner Fraktion zu Sabine Kraus", "INDIRECT_QUOTE", "Hofmann"),
      ("Eine Koalition schließe ich aus", "DIRECT_QUOTE", "Hofmann")]),
    # "nach" after the article's head noun, or after another preposition's phrase, opens no source
    ("Wenige Minuten nach der Bekanntgabe der ersten Hochrechnung verließ die Kandidatin den Saal.", []),
    ("Kurz nach der Veröffentlichung der neuen Hochrechnungen trat der Landesvorsitzende vor die Presse.", []),
    ("Die Partei liegt in den Umfragen nach SPD und CDU auf dem dritten Platz.", []),
    ("Die Liste kam in den Hochrechnungen nach den Grünen auf Rang vier.", []),
    # a second predicate after a comma with a feminine thing as its object: the main clause's subject speaks
    ("Schneider zeigte sich zurückhaltend, schloss eine Zusammenarbeit aber nicht grundsätzlich aus.",
     [("Schneider zeigte sich zurückhaltend, schloss eine Zusammenarbeit aber nicht grundsätzlich aus",
       "INDIRECT_QUOTE", "Schneider")]),
    ("Die Ministerin lobte den Kompromiss, kündigte eine Überprüfung der Kosten an.",
     [("Die Ministerin lobte den Kompromiss, kündigte eine Überprüfung der Kosten an", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Landrat besuchte die Flutgebiete, forderte eine Aufstockung der Hilfen.",
     [("Der Landrat besuchte die Flutgebiete, forderte eine Aufstockung der Hilfen", "INDIRECT_QUOTE", "Landrat")]),
    # a bare plural after adverbs is the object of a singular verb; the name opening the sentence speaks
    ("Brenner forderte erneut Neuwahlen im Land.",
     [("Brenner forderte erneut Neuwahlen im Land", "INDIRECT_QUOTE", "Brenner")]),
    ("Seidel kündigte zudem Gespräche mit der Opposition an.",
     [("Seidel kündigte zudem Gespräche mit der Opposition an", "INDIRECT_QUOTE", "Seidel")]),
    # a fronted object, a verb and a lone surname closing the sentence: the surname speaks the quotation after it
    ("Bundespolitische Pläne für den Fall eines Sieges von Anna Weber verneinte Kessler. „Mein Platz ist hier im Land.“",
     [("Mein Platz ist hier im Land.", "DIRECT_QUOTE", "Kessler")]),
    # (also after a quotation that closed the sentence before: the adjective opening the sentence is no first name)
    ("Nach der Wahl sprach Kessler von einem klaren Auftrag. „Eine Koalition ist der bessere Weg.“\n\n"
     "Bundespolitische Pläne für den Fall eines Sieges von Anna Weber verneinte Kessler. „Mein Platz ist hier im Land.“",
     [("Nach der Wahl sprach Kessler von einem klaren Auftrag", "INDIRECT_QUOTE", "Kessler"),
      ("Eine Koalition ist der bessere Weg.", "DIRECT_QUOTE", "Kessler"),
      ("Mein Platz ist hier im Land.", "DIRECT_QUOTE", "Kessler")]),
])
def test_de_round34_de1(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # a plural or abstract noun after a full name ends the name ("Thomas Brenner Bedingungen")
    ("Vor der Abstimmung stellt Fraktionschef Thomas Brenner Bedingungen für eine Einigung. "
     "„Ohne Zusagen gibt es kein Ja“, sagte er.", "Ohne Zusagen gibt es kein Ja", "Thomas Brenner"),
    ("Im Interview nannte Landrätin Julia Seidel Forderungen an den Bund. „Wir brauchen mehr Geld“, sagte sie.",
     "Wir brauchen mehr Geld", "Julia Seidel"),
])
def test_de_round34_de1_canonical(text, quote, speaker):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == quote)
    assert q.attrs["speaker"] == speaker, q.attrs


def test_de_round34_de1_guards():
    # real sources with "nach" stay
    assert [q.text for q in quotes(run("Nach Angaben der Polizei wurde niemand verletzt.", lang="de"))] == [
        "wurde niemand verletzt"]
    assert [q.text for q in quotes(run("Den Umfragen nach liegt die CDU knapp vorn.", lang="de"))] == [
        "liegt die CDU knapp vorn"]
    # a trailing attribution with a speaking body after the verb is unchanged
    ann = run("Die Reform sei gescheitert, kritisierte die Opposition.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("Die Reform sei gescheitert", "Opposition")]
    # a subject after the verb and adverbs stays the speaker
    for text, name in [("Am Abend kritisierte zudem Gewerkschaftschefin Anna Roth den Beschluss.", "Anna Roth"),
                       ("Danach erklärte auch Christiansen, die Lage sei ernst.", "Christiansen")]:
        assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]
    # an article opening the sentence: the name after the verb is its object
    ann = run("Die Kanzlerin lobte Müller. „Er hat gute Arbeit geleistet.“", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Kanzlerin", "Kanzlerin"]
    # names ending like nouns, and "zu" in a name, are kept whole
    for text, name in [("Verteidigungsminister Franz Josef Jung sagte, die Mission sei sicher.", "Franz Josef Jung"),
                       ("Der frühere Minister Karl-Theodor zu Guttenberg sagte, die Lage sei ernst.",
                        "Karl-Theodor zu Guttenberg")]:
        assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]


# (round 34, helper de6; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a fronted demonstrative and a noun naming no one is what was reported; the phrase after the verb speaks
    ("Diese Zahlen gab das Statistische Landesamt am Freitag bekannt.",
     [("Diese Zahlen gab das Statistische Landesamt am Freitag bekannt", "INDIRECT_QUOTE", "Landesamt")]),
    ("Diese Zahl nannte am Dienstag in Kassel Petra Albers, Chefin des Sozialverbands.",
     [("Diese Zahl nannte am Dienstag in Kassel Petra Albers, Chefin des Sozialverbands", "INDIRECT_QUOTE",
       "Petra Albers")]),
    ("Dieses Ergebnis nannte die Stadtkämmerin enttäuschend.",
     [("Dieses Ergebnis nannte die Stadtkämmerin enttäuschend", "INDIRECT_QUOTE", "Stadtkämmerin")]),
    ("Diese Regelung kündigte die Stadt Bochum am Montag an.",
     [("Diese Regelung kündigte die Stadt Bochum am Montag an", "INDIRECT_QUOTE", "Stadt Bochum")]),
    # a quotation after the colon of an appeal: the subject pronoun speaks, not the person appealed to
    ("Bürgermeister Tom Kahl kritisierte das Land. Er forderte Verkehrsministerin Julia Sander auf, zu handeln: "
     "„Die Pendler warten seit Jahren.“",
     [("Bürgermeister Tom Kahl kritisierte das Land", "INDIRECT_QUOTE", "Tom Kahl"),
      ("zu handeln", "INDIRECT_QUOTE", "Tom Kahl"), ("Die Pendler warten seit Jahren.", "DIRECT_QUOTE", "Tom Kahl")]),
    ("Landrätin Eva Rüth sprach im Kreistag. Sie rief den Schulrat Peter Maus dazu auf, die Grundschule zu "
     "erhalten: „Das Dorf braucht sie.“",
     [("die Grundschule zu erhalten", "INDIRECT_QUOTE", "Eva Rüth"), ("Das Dorf braucht sie.", "DIRECT_QUOTE", "Eva Rüth")]),
    # "OB" before a name is a title: "Das sagte X" finds its speaker
    ("Das sagte OB Peter Kurz am Montag.", [("Das", "INDIRECT_QUOTE", "Peter Kurz")]),
    # a relative clause after the speaker of a fronted "Das" is no content: "Das" is what was reported
    ("Das berichtete die Feuerwehr Essen, die zu einem großen Einsatz ausrückte.",
     [("Das", "INDIRECT_QUOTE", "Feuerwehr Essen")]),
    # a lone present participle opening the sentence is an adverb, not the speaker
    ("Ergänzend teilte die Kreisverwaltung mit, die Turnhalle bleibe vorerst gesperrt.",
     [("die Turnhalle bleibe vorerst gesperrt", "INDIRECT_QUOTE", "Kreisverwaltung")]),
    ("Zusammenfassend stellte die Kreisbrandmeisterin fest, die Wehren seien gut ausgerüstet.",
     [("die Wehren seien gut ausgerüstet", "INDIRECT_QUOTE", "Kreisbrandmeisterin")]),
])
def test_de_round34_de6(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # the title abbreviations are no part of the canonical name
    ("In ihrer Rede sagte OB Dr. Frenzel, die Stadt wolle sparen.", "Frenzel"),
    ("Die Klinik bleibt offen, erklärte Prof. Lindqvist.", "Lindqvist"),
])
def test_de_round34_de6_title_abbreviations(text, speaker):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a time after the demonstrative is no object; a study may be a subject; "ob" stays a conjunction;
    # an already stripped "OBin"
    ("Diese Woche sagte der Minister, die Lage sei ernst.", ["die Lage sei ernst"]),
    ("Diese Studie belegt die Ungleichheit.", []),
    ("Ob die Brücke hält, wollte der Ingenieur nicht sagen.", []),
    ("Die Kita öffnet im Mai, sagte OBin Katja Dörner am Mittwoch.", ["Die Kita öffnet im Mai"]),
    # a content clause in V2 with Konjunktiv after the comma stays the content
    ("Dies erklärte die Stadtsprecherin, die Brücke sei marode.", ["die Brücke sei marode"]),
    ("Abschließend sagte der Stadtkämmerer, der Haushalt sei ausgeglichen.", ["der Haushalt sei ausgeglichen"]),
    ("Dazu meinte Fraktionschefin Eva Hesse, die Begründung zu zwei Einsprüchen „belegt eindeutig, dass alles korrekt "
     "lief“.", ["die Begründung zu zwei Einsprüchen „belegt eindeutig, dass alles korrekt lief“",
               "belegt eindeutig, dass alles korrekt lief"]),
])
def test_de_round34_de6_guards(text, expected):
    assert [q.text for q in quotes(run(text, lang="de"))] == expected


# (round 34, helper de5; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a cue closing a relative clause on the subject reports nothing of the main clause after its comma
    ("Die Stadt, die gegen den Bescheid vor dem Verwaltungsgericht geklagt hatte, sieht sich nun bestätigt.", []),
    ("Die Kommune, die gegen das Land geklagt hatte, sieht ihre Position gestärkt.", []),
    # a list of nouns after a speech act's preposition is no content clause after its comma
    ("Die Nachbarn berichteten von Geschrei, Rauch und einem lauten Knall.",
     [("Die Nachbarn berichteten von Geschrei, Rauch und einem lauten Knall", "INDIRECT_QUOTE", "Nachbarn")]),
    ("Die Zeugin berichtete von Drohungen, Beleidigungen und mehreren nächtlichen Anrufen.",
     [("Die Zeugin berichtete von Drohungen, Beleidigungen und mehreren nächtlichen Anrufen", "INDIRECT_QUOTE", "Zeugin")]),
    ("Die Häftlinge berichteten von ihrer Angst, ihrer Wut und ihrer Erschöpfung hinsichtlich der langen Verfahren.",
     [("Die Häftlinge berichteten von ihrer Angst, ihrer Wut und ihrer Erschöpfung hinsichtlich der langen Verfahren",
       "INDIRECT_QUOTE", "Häftlinge")]),
    # "klagen über" is a speech act (the lawsuit, "geklagt hatte", is none)
    ("Die Mieter klagten über Schimmel, Kälte und fehlende Reparaturen.",
     [("Die Mieter klagten über Schimmel, Kälte und fehlende Reparaturen", "INDIRECT_QUOTE", "Mieter")]),
    # "trat … entgegen" with a content clause reports it (the motion opposed in court)
    ("Die Oberstaatsanwältin trat dem Antrag entgegen, die Befragung sei längst abgeschlossen.",
     [("die Befragung sei längst abgeschlossen", "INDIRECT_QUOTE", "Oberstaatsanwältin")]),
    ("Der Verteidiger tritt dem entgegen, sein Mandant habe nie eine Waffe besessen.",
     [("sein Mandant habe nie eine Waffe besessen", "INDIRECT_QUOTE", "Verteidiger")]),
])
def test_de_round34_de5(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "span", "pronoun"), [
    # a subject-only pronoun after the auxiliary is the speaker, the phrase before it a fronted object
    ("Auch eine Sicherungsverwahrung habe er beantragt.", "Auch eine Sicherungsverwahrung habe er beantragt", "er"),
    ("Auch die Sicherungsverwahrung des Mannes habe er beantragt.",
     "Auch die Sicherungsverwahrung des Mannes habe er beantragt", "er"),
    ("Die Einstellung des Verfahrens hatte ich damals ausdrücklich verlangt.",
     "Die Einstellung des Verfahrens hatte ich damals ausdrücklich verlangt", "ich"),
])
def test_de_round34_de5_pronoun_after_auxiliary(text, span, pronoun):
    ann = run(text, lang="de")
    assert [q.text for q in quotes(ann)] == [span]
    assert linked(ann, quotes(ann)[0].id, "said_by").text == pronoun


@pytest.mark.parametrize(("text", "speaker"), [
    # a trial role before a name is a title, no part of the canonical name
    ("Ein Geständnis werde es nicht geben, kündigte die Angeklagte Kröger an.", "Kröger"),
    ("„Mein Mandant ist unschuldig“, sagte Verteidiger Albers.", "Albers"),
    ("Der Mitangeklagte Brandes räumte ein, er habe die Waffen versteckt.", "Brandes"),
    ("Die Beschuldigte Yilmaz bestritt, an dem Treffen teilgenommen zu haben.", "Yilmaz"),
    ("Der Hauptangeklagte Jonas Wendler wies die Vorwürfe zurück. Er sei nie an einem Umsturz beteiligt gewesen, "
     "sagte der Hauptangeklagte Wendler.", "Jonas Wendler"),
])
def test_de_round34_de5_trial_roles(text, speaker):
    ann = run(text, lang="de")
    names = {q.attrs["speaker"] for q in quotes(ann)}
    assert names == {speaker}, [(q.text, q.attrs["speaker"]) for q in quotes(ann)]


def test_de_round34_de5_pronoun_not_adjective_noun():
    # "er" is no lone capitalised noun after an adjective ("an finstere Mächte"): without a name it stays unresolved
    ann = run("Er glaubte an finstere Mächte. Er habe nie Gewalt gewollt, sagte er.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "Er habe nie Gewalt gewollt")
    assert q.attrs["speaker"] is None, q.attrs


def test_de_round34_de5_pronoun_not_demonstrative():
    # "er" is no demonstrative opening a sentence ("Dies bestätigt er"): without a name it stays unresolved
    ann = run("Dies bestätigt er ohne Umschweife. Er habe keine weiteren Fragen, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == [None, None], [(q.text, q.attrs) for q in quotes(ann)]


def test_de_round34_de5_colon_after_konjunktiv():
    # a clause in the Konjunktiv I before the colon is reported: the quotation after it goes on with the speaker before
    ann = run("„Das ist Unrecht“, rief der Angeklagte. Denn Richterin Hollmann sei für ihn gar nicht zuständig: "
              "„Ich erkenne dieses Gericht nicht an.“", lang="de")
    q = next(q for q in quotes(ann) if q.text == "Ich erkenne dieses Gericht nicht an.")
    assert q.attrs["speaker"] == "Angeklagte", q.attrs


# guards: what must not change
def test_de_round34_de5_guards():
    # a relative clause's own content after its comma stays the cue's
    assert [q.text for q in quotes(run("Die Regierung, die erklärt hatte, es bestehe keine Gefahr, geriet unter Druck.",
                                       lang="de"))] == ["es bestehe keine Gefahr"]
    # a content clause that opens with a list of nouns and has its verb stays content
    assert [q.text for q in quotes(run("Der Sprecher sagte am Montag, Polizei und Feuerwehr seien im Einsatz.",
                                       lang="de"))] == ["Polizei und Feuerwehr seien im Einsatz"]
    assert [q.text for q in quotes(run("Der Minister sagte in Berlin, Bund und Länder zahlen Milliarden.", lang="de"))] \
        == ["Bund und Länder zahlen Milliarden"]
    # "trat" without "entgegen" is no cue ("trat zurück", "trat … an")
    assert quotes(run("Der Minister trat am Montag zurück.", lang="de")) == []
    assert quotes(run("Polizisten traten den Randalierern am Bahnhof entgegen.", lang="de")) == []
    # a person before the colon in the indicative speaks: "Richterin Hollmann blieb gelassen: „…“"
    ann = run("„Das ist Unrecht“, rief der Angeklagte. Richterin Gisela Hollmann blieb gelassen: „Dann ist das so.“",
              lang="de")
    assert next(q for q in quotes(ann) if q.text == "Dann ist das so.").attrs["speaker"] == "Gisela Hollmann"
    # the lawsuit is no speech act
    assert quotes(run("Die Union hatte gegen den Haushalt in Karlsruhe geklagt.", lang="de")) == []
    # a surname after a verb stays a lone surname for "er": "Gestern reiste Peskow nach Minsk. Er sagte, …"
    ann = run("Gestern reiste Peskow nach Minsk. Er sagte, die Gespräche seien gut verlaufen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Peskow"]


# (round 34, helper de2; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on the object after a clause-final cue is no content: the act is the sentence
    ("Mehrere Länder hatten ihre Ablehnung im Bundesrat angekündigt, der erst im Mai entscheidet.",
     [("Mehrere Länder hatten ihre Ablehnung im Bundesrat angekündigt, der erst im Mai entscheidet",
       "INDIRECT_QUOTE", "Länder")]),
    ("Die Präsidentin hatte die Abstimmung angekündigt, die am Donnerstag stattfindet.",
     [("Die Präsidentin hatte die Abstimmung angekündigt, die am Donnerstag stattfindet", "INDIRECT_QUOTE",
       "Präsidentin")]),
    ("Die Gewerkschaft hat neue Streiks angekündigt, die vor allem den Bahnverkehr treffen.",
     [("Die Gewerkschaft hat neue Streiks angekündigt, die vor allem den Bahnverkehr treffen", "INDIRECT_QUOTE",
       "Gewerkschaft")]),
    # a cue closing a relative clause: the main clause after it is no content; the relative pronoun speaks
    ("Die Liberalen, die zuvor ihre Zustimmung signalisiert hatten, stimmten am Ende dagegen.",
     [("die zuvor ihre Zustimmung signalisiert hatten", "INDIRECT_QUOTE", "Liberalen")]),
    ("Die Linksfraktion, die ihre Unterstützung angekündigt hatte, will nun neu verhandeln.",
     [("die ihre Unterstützung angekündigt hatte", "INDIRECT_QUOTE", "Linksfraktion")]),
    ("Der Landesverband, der bereits seinen Protest angekündigt hatte, sammelt nun Unterschriften.",
     [("der bereits seinen Protest angekündigt hatte", "INDIRECT_QUOTE", "Landesverband")]),
    # a fronted object that names nobody who speaks, then the verb and a person named before: the person speaks
    ("Kanzler Friedrich Kramer trat vor die Presse. Die Vorwürfe der Opposition wies Kramer entschieden zurück.",
     [("Die Vorwürfe der Opposition wies Kramer entschieden zurück", "INDIRECT_QUOTE", "Kramer")]),
    # a cue coordinated with "und" after a fronted object: the subject after the first verb speaks
    ("Die Vorschläge des Ministers lehnte die Opposition als unseriös ab und warnte vor einem Haushaltsloch.",
     [("Die Vorschläge des Ministers lehnte die Opposition als unseriös ab und warnte vor einem Haushaltsloch",
       "INDIRECT_QUOTE", "Opposition")]),
    # a relative clause on the medium after a trailing attribution is no second part of the report
    ("Man hätte den Entwurf gründlicher prüfen sollen, schrieb die Ministerin in einer E-Mail an Kollegen, "
     "die der Deutschen Presse-Agentur vorliegt.",
     [("Man hätte den Entwurf gründlicher prüfen sollen", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Etat hätte früher beschlossen werden müssen, schrieb der Abgeordnete in einem Brief an die Fraktion, "
     "der der Deutschen Presse-Agentur vorliegt.",
     [("Der Etat hätte früher beschlossen werden müssen", "INDIRECT_QUOTE", "Abgeordnete")]),
    # a naming verb with a pronoun object and "als" after a comma: the pronoun is the object, not the speaker
    ("Der Kanzler las den Bericht, bezeichnete ihn als „ungenügend“ und forderte Nachbesserungen.",
     [("ungenügend", "DIRECT_QUOTE", "Kanzler"), ("forderte Nachbesserungen", "INDIRECT_QUOTE", "Kanzler")]),
    ("Krause warf dem Kanzler Unverschämtheit vor und kritisierte dessen Europapolitik scharf, bezeichnete sie als "
     "„Totalausfall“.",
     [("Totalausfall", "DIRECT_QUOTE", "Krause")]),
    # "Gerade" opening the sentence is an adverb, no speaker
    ("Gerade erst hat die Ministerin versichert, dass es keine neuen Schulden geben werde.",
     [("es keine neuen Schulden geben werde", "INDIRECT_QUOTE", "Ministerin")]),
    ("Gerade hat der Fraktionschef erklärt, die Abstimmung werde verschoben.",
     [("die Abstimmung werde verschoben", "INDIRECT_QUOTE", "Fraktionschef")]),
])
def test_de_round34_de2(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_de2_conjunction_is_no_speaker():
    # a conjunction opening the sentence before a colon and a quotation is no speaker ("Doch")
    ann = run("Doch er will von dem Schreiben nichts gewusst haben: „Ein solches Schreiben gab es nie.“", lang="de")
    qs = quotes(ann)
    assert [q.text for q in qs] == ["Ein solches Schreiben gab es nie."]
    assert qs[0].attrs["speaker"] != "Doch"


@pytest.mark.parametrize(("text", "expected"), [
    # guards: contents after a cue stay contents; a relative clause before the content stays out of it
    ("Der Minister sagte, die am Montag beschlossene Reform sei richtig.",
     ["die am Montag beschlossene Reform sei richtig"]),
    ("Die Kanzlerin hatte angekündigt, die Steuern zu senken.", ["die Steuern zu senken"]),
    ("Die Regierung, die erklärt hatte, es bestehe keine Gefahr, geriet unter Druck.", ["es bestehe keine Gefahr"]),
    ("Die Partei hatte ihre Haltung bekräftigt, sie werde keiner Erhöhung zustimmen.",
     ["sie werde keiner Erhöhung zustimmen"]),
    # a relative clause of the report in the Konjunktiv I after the attribution stays a part of it
    ("Polen sei ein Partner, sagte die Ministerin, dessen Rolle stetig wachse.",
     ["Polen sei ein Partner", "dessen Rolle stetig wachse"]),
])
def test_de_round34_de2_guards(text, expected):
    assert [q.text for q in quotes(run(text, lang="de"))] == expected


def test_de_round34_de2_title_before_object_name():
    # guard: a speaking title opening the sentence stays the speaker
    ann = run("Olaf Brenner kam nach Paris. Die Kanzlerin lobte Brenner für seinen Einsatz.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Kanzlerin"]


# (round 34, the merge review; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "speakers"), [
    # a noun after a contraction with "das" or after an inflected adjective and a preposition is no lone surname
    # for a later pronoun (were "Gesicht", "Tag" once round 34 had removed the other candidate)
    ("Die Enttäuschung stand dem Kapitän ins Gesicht geschrieben. Mit leerem Blick bedankte er sich bei den Fans für "
     "deren Unterstützung.", [None]),
    ("Der Schaden sei erst am nächsten Tag sichtbar geworden. Er rechne damit, dass es noch teurer werde.", [None]),
    # "eigenen Angaben zufolge" after a fronted adverbial: the subject after the auxiliary, not "Bis"
    ("Bis in die späten Abendstunden hat die Polizei eigenen Angaben zufolge die Wohnung durchsucht.",
     ["Polizei", "Polizei"]),
])
def test_de_round34_merge_mends(text, speakers):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == speakers


# (round 34, helper w2e; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a closed clause before the attribution (a verb cluster or a quotation at its end), then only the speaker's
    # adjuncts after the apposition: no second content (was "am Freitag in Hamburg")
    ("Die Anlage müsse gewartet werden, sagte der Sprecher des Betreibers, Klaus Wendt, am Freitag in Hamburg.",
     [("Die Anlage müsse gewartet werden", "INDIRECT_QUOTE", "Klaus Wendt")]),
    ("Die Nutzerdaten sollten bald gelöscht werden, sagte die Sprecherin des Konzerns, Eva Sommer, am Dienstag in "
     "Bonn.",
     [("Die Nutzerdaten sollten bald gelöscht werden", "INDIRECT_QUOTE", "Eva Sommer")]),
    ("Das Projekt sei „nicht gefährdet“, sagte die Sprecherin, Maria Lenz, am Montag.",
     [("Das Projekt sei „nicht gefährdet“", "INDIRECT_QUOTE", "Maria Lenz"),
      ("nicht gefährdet", "DIRECT_QUOTE", "Maria Lenz")]),
    # a role's "für" phrase with a bare adjective before the name in apposition (the name was a content)
    ("Ein Start sei im Herbst möglich, sagte der Direktor für bemannte Raumfahrt, Jens Hartmann, am Mittwoch.",
     [("Ein Start sei im Herbst möglich", "INDIRECT_QUOTE", "Jens Hartmann")]),
    # a fronted preposition's object with a place after it is no subject: the speaker follows the verb
    # (was "Rande einer Messe in Hannover")
    ("Am Rande einer Messe in Hannover sagte Berger, der Markt wachse kräftig.",
     [("der Markt wachse kräftig", "INDIRECT_QUOTE", "Berger")]),
    ("Während eines Besuchs in Tokio erklärte Hofmann, man wolle enger kooperieren.",
     [("man wolle enger kooperieren", "INDIRECT_QUOTE", "Hofmann")]),
    # a source's apposition between commas is no part of the reported clause
    ("Die Kosten steigen nach Angaben von Ute Brandt, der Leiterin des Projekts, um drei Millionen Euro.",
     [("Die Kosten steigen", "INDIRECT_QUOTE", "Ute Brandt"),
      ("um drei Millionen Euro", "INDIRECT_QUOTE", "Ute Brandt")]),
    ("Laut Tom Becker, dem Chef der Firma, ist der Umsatz im Sommer gestiegen.",
     [("ist der Umsatz im Sommer gestiegen", "INDIRECT_QUOTE", "Tom Becker")]),
    ("Nach Angaben von Jana Roth, Sprecherin der Stadtwerke, wurden drei Leitungen repariert.",
     [("wurden drei Leitungen repariert", "INDIRECT_QUOTE", "Jana Roth")]),
    # an age spelled out describes the person just named (was the description "Fünfzigjährige")
    ("„Das war knapp“, sagte der Astronaut Ulf Merbold. „Wir hatten Glück“, sagte der Fünfzigjährige.",
     [("Das war knapp", "DIRECT_QUOTE", "Ulf Merbold"), ("Wir hatten Glück", "DIRECT_QUOTE", "Ulf Merbold")]),
])
def test_de_round34_w2e(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # company lawyers and astronauts are roles before a name (the canonical name kept them)
    ("„Wir prüfen das Urteil genau“, sagte Google-Chefjurist Kent Walker.", "Kent Walker"),
    ("„Die Aussicht ist herrlich“, sagte Nasa-Astronautin Sunita Williams.", "Sunita Williams"),
])
def test_de_round34_w2e_titles(text, name):
    got = [q.attrs["speaker"] for q in quotes(run(text, lang="de"))]
    assert got == [name], got


def test_de_round34_w2e_guards():
    # an interrupted clause still goes on after the attribution
    assert [q.text for q in quotes(run("Die Reform werde, sagte der Minister, im Herbst kommen.", lang="de"))] == [
        "Die Reform werde", "im Herbst kommen"]
    # a subject with its place after it, or two postmodifiers, still speaks
    q = quotes(run("Die Polizei in Bremen teilte mit, die Lage sei ruhig.", lang="de"))
    assert [(x.text, x.attrs["speaker"]) for x in q] == [("die Lage sei ruhig", "Polizei in Bremen")]
    q = quotes(run("Aktivisten in der Provinz Idlib im Norden Syriens berichteten von Angriffen.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Aktivisten in der Provinz Idlib im Norden Syriens"]
    # a relative clause on the source still bounds it
    assert [q.text for q in quotes(run("Nach Angaben der Polizei, die am Montag veröffentlicht wurden, gab es drei "
                                       "Tote.", lang="de"))] == ["gab es drei Tote"]


# (round 34, helper w2f; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # "rief" without its particle, right after a quotation, is the quotation's attribution
    ("„Wir brauchen endlich Hilfe“, rief eine Winzerin.",
     [("Wir brauchen endlich Hilfe", "DIRECT_QUOTE", "Winzerin")]),
    ("Als die Ministerin das Festzelt betrat, wurde sie ausgepfiffen, „Tun Sie endlich etwas“, rief ein Imker aus dem "
     "Publikum.",
     [("Tun Sie endlich etwas", "DIRECT_QUOTE", "Imker")]),
    ("„Kommt alle mit“, rief sie und lief los.", [("Kommt alle mit", "DIRECT_QUOTE", "sie")]),
    # shouting and sobbing right after a quotation
    ("„Der Deich hält nicht mehr“, brüllte ein Feuerwehrmann.",
     [("Der Deich hält nicht mehr", "DIRECT_QUOTE", "Feuerwehrmann")]),
    ("„Alles ist weg“, schluchzte eine Anwohnerin.", [("Alles ist weg", "DIRECT_QUOTE", "Anwohnerin")]),
    # the participle of such a verb closing a perfect after a quotation
    ("„Das ist ein Armutszeugnis“, hat Landrat Peter Kolb am Dienstag im Kreistag geschimpft.",
     [("Das ist ein Armutszeugnis", "DIRECT_QUOTE", "Peter Kolb")]),
    ("„Endlich ist das Gesetz durch“, hat die Verbandschefin Maria Lenz nach der Abstimmung gejubelt.",
     [("Endlich ist das Gesetz durch", "DIRECT_QUOTE", "Maria Lenz")]),
    # "drohen" after an infinitive with its "zu" inside is a risk, no threat
    ("Die Feuerwehr räumte die Siedlung, weil der Damm einzustürzen drohte.", []),
    ("Die Stadt sperrte die Brücke, da das Ufer abzubrechen drohte.", []),
    # a quotation inside the dass-clause of an earlier cue is that cue's, not the later one's
    ("Die Veranstalter versicherten, dass alle Teilnehmer aus der Region mit dem Fahrrad gekommen seien und den Platz "
     "„sauber verlassen“ hätten, bestätigte die Polizei dagegen nicht.",
     [("alle Teilnehmer aus der Region mit dem Fahrrad gekommen seien und den Platz „sauber verlassen“ hätten",
       "INDIRECT_QUOTE", "Veranstalter"),
      ("sauber verlassen", "DIRECT_QUOTE", "Veranstalter")]),
    # a plural body after the relative pronoun speaks (was the pronoun "die")
    ("Der Betrag lag weit unter den 800 Milliarden Euro, die die Inselstaaten gefordert hatten.",
     [("die die Inselstaaten gefordert hatten", "INDIRECT_QUOTE", "Inselstaaten")]),
    ("Die Zusage blieb hinter den Summen zurück, die die Umweltverbände verlangt hatten.",
     [("die die Umweltverbände verlangt hatten", "INDIRECT_QUOTE", "Umweltverbände")]),
    # a span of time after the cue is no subject
    ("Das bestätigte wenige Stunden später die Kreisverwaltung.", [("Das", "INDIRECT_QUOTE", "Kreisverwaltung")]),
    ("Das teilte kurze Zeit danach auch ein Sprecher der Bahn mit.", [("Das", "INDIRECT_QUOTE", "Sprecher der Bahn")]),
    # "gestanden" in a set phrase of standing is no confession: the Konjunktiv continues the speaker before
    ("Die Anwohner seien in Sicherheit, betonte Landrätin Ute Brandl. Die Schäden hätten im Zusammenhang mit dem "
     "Starkregen gestanden. Weitere Evakuierungen seien nicht geplant.",
     [("Die Anwohner seien in Sicherheit", "INDIRECT_QUOTE", "Ute Brandl"),
      ("Die Schäden hätten im Zusammenhang mit dem Starkregen gestanden. Weitere Evakuierungen seien nicht geplant",
       "INDIRECT_QUOTE", "Ute Brandl")]),
    # a fronted thing before "sie": the pronoun speaks
    ("Umweltministerin Jana Keller besuchte den Deich. Die Flut nannte sie eine „Warnung der Natur“.",
     [("Warnung der Natur", "DIRECT_QUOTE", "Jana Keller")]),
    ("Ministerin Clara Voss sprach in Bonn. Die Einigung bezeichnete sie als „historisch“.",
     [("historisch", "DIRECT_QUOTE", "Clara Voss")]),
])
def test_de_round34_w2f(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_w2f_er_is_no_plural_group():
    # "er" after a report by a plural group ("Medien") is not that group
    ann = run("Die Medien hatten berichtet, dass der Konzernchef den Verkauf stoppen wolle. Er soll die Aktionäre dazu "
              "aufgerufen haben, gegen den Plan zu stimmen.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "gegen den Plan zu stimmen")
    assert q.attrs["speaker"] != "Medien", q.attrs


def test_de_round34_w2f_guards():
    # limits: "rief … auf" with its particle stays a speech act; a threat with its own clause still reports; a speaking
    # body before "sie" stays the subject; a lone surname still takes "er"; "gestanden" with an object is a confession
    assert [q.text for q in quotes(run("Die Polizei rief die Anwohner zur Vorsicht auf.", lang="de"))] == [
        "Die Polizei rief die Anwohner zur Vorsicht auf"]
    assert [q.text for q in quotes(run("Die Gemeinde drohte, gegen den Bescheid zu klagen.", lang="de"))] == [
        "gegen den Bescheid zu klagen"]
    ann = run("Die Regierung nannte sie eine „Gefahr für die Demokratie“.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Regierung"]
    ann = run("Röttgen kritisierte den Plan. Er sagte, die Regierung habe versagt.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Röttgen", "Röttgen"]
    ann = run("Er habe gestanden, dass er im Zusammenhang mit dem Brand Geld erhalten habe, sagte der Richter.", lang="de")
    assert "er im Zusammenhang mit dem Brand Geld erhalten habe" in [q.text for q in quotes(ann)]


# (round 34, helper w2a; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # rejecting is a speech act: the whole sentence is the report
    ("Der Gesamtbetriebsrat lehnte die Sparpläne des Vorstands entschieden ab.",
     [("Der Gesamtbetriebsrat lehnte die Sparpläne des Vorstands entschieden ab", "INDIRECT_QUOTE",
       "Gesamtbetriebsrat")]),
    ("Die Arbeitgeberseite hat die Forderung nach einer Viertagewoche als unbezahlbar abgelehnt.",
     [("Die Arbeitgeberseite hat die Forderung nach einer Viertagewoche als unbezahlbar abgelehnt", "INDIRECT_QUOTE",
       "Arbeitgeberseite")]),
    ("Werksleiterin Sabine Kornmeier lehnte das ab.",
     [("Werksleiterin Sabine Kornmeier lehnte das ab", "INDIRECT_QUOTE", "Sabine Kornmeier")]),
    # the perfect of insisting, thanking and apologising
    ("Die Lokführer hatten wochenlang auf kürzeren Schichten gepocht.",
     [("Die Lokführer hatten wochenlang auf kürzeren Schichten gepocht", "INDIRECT_QUOTE", "Lokführer")]),
    ("Die Oberbürgermeisterin dankte den Beschäftigten des Stahlwerks für ihre Geduld.",
     [("Die Oberbürgermeisterin dankte den Beschäftigten des Stahlwerks für ihre Geduld", "INDIRECT_QUOTE",
       "Oberbürgermeisterin")]),
    ("Die Fluggesellschaft entschuldigte sich bei den Passagieren für die Ausfälle.",
     [("Die Fluggesellschaft entschuldigte sich bei den Passagieren für die Ausfälle", "INDIRECT_QUOTE",
       "Fluggesellschaft")]),
    # a fronted amount ("Mehr …", "Weniger …") before a singular verb: the phrase after the verb speaks
    ("Mehr Investitionen verlangte Hartwig auch vom Land.",
     [("Mehr Investitionen verlangte Hartwig auch vom Land", "INDIRECT_QUOTE", "Hartwig")]),
    ("Mehr Planungssicherheit forderte der Verband der Zulieferer.",
     [("Mehr Planungssicherheit forderte der Verband der Zulieferer", "INDIRECT_QUOTE", "Verband")]),
    # a fronted plural before a singular verb is the object; the subject after the verb speaks
    ("Die Forderungen der Gewerkschaft lehnte der Arbeitgeberverband als realitätsfern ab.",
     [("Die Forderungen der Gewerkschaft lehnte der Arbeitgeberverband als realitätsfern ab", "INDIRECT_QUOTE",
       "Arbeitgeberverband")]),
    # a demonstrative right after the verb opens its object: the lone surname before it speaks
    ("Brockmann bekräftigte diese Haltung und sagte, ein Kompromiss sei nur mit Jobgarantien denkbar.",
     [("ein Kompromiss sei nur mit Jobgarantien denkbar", "INDIRECT_QUOTE", "Brockmann")]),
    # a second predicate of calling after a comma: its phrase after the verb is the object, the subject before speaks
    ("Der Werksbetriebsrat räumte Versäumnisse ein, bezeichnete die Kürzungen aber als überzogen.",
     [("Der Werksbetriebsrat räumte Versäumnisse ein, bezeichnete die Kürzungen aber als überzogen", "INDIRECT_QUOTE",
       "Werksbetriebsrat")]),
    ("Der Gewerkschafter lobte den Abschluss, bezeichnete die Laufzeit jedoch als zu lang.",
     [("Der Gewerkschafter lobte den Abschluss, bezeichnete die Laufzeit jedoch als zu lang", "INDIRECT_QUOTE",
       "Gewerkschafter")]),
    # attesting with an object only is a speech act
    ("Beide Tarifparteien bescheinigten dem Kompromiss Vorbildcharakter.",
     [("Beide Tarifparteien bescheinigten dem Kompromiss Vorbildcharakter", "INDIRECT_QUOTE", "Tarifparteien")]),
    # "Bislang" opening the sentence is no speaker: the subject after the auxiliary speaks
    ("Bislang hatte die Reederei stets betont, der Standort Emden sei sicher.",
     [("der Standort Emden sei sicher", "INDIRECT_QUOTE", "Reederei")]),
    # an article alone before a quotation is no subject: the lone surname before the verb speaks
    ("Lindemann sieht eine „Zäsur für die gesamte Zulieferbranche“.",
     [("Zäsur für die gesamte Zulieferbranche", "DIRECT_QUOTE", "Lindemann")]),
])


def test_de_round34_w2a(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare plural after an inverted titled full name is the object, not part of the name (exact canonical name)
    ("Am Dienstag kündigte Konzernchef Bernd Alsfeld Einschnitte in der Verwaltung an.", "Bernd Alsfeld"),
    ("Nach der Sitzung forderte Bezirksleiterin Petra Ohlendorf Zugeständnisse von der Geschäftsführung.",
     "Petra Ohlendorf"),
    ("Deshalb schließt Airline-Chef Markus Brenninger Streichungen nicht aus.", "Markus Brenninger"),
])


def test_de_round34_w2a_name_ends(text, speaker):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [speaker]


@pytest.mark.parametrize("text", [
    "Der Monarch dankte nach vierzig Jahren ab.",  # abdanken: resigning, no thanks
    "Das Arbeitsgericht lehnte den Eilantrag der Gewerkschaft ab.",  # a court's ruling
    "Ein Sprecher des Herstellers lehnte eine Stellungnahme ab.",  # a declined comment
    "Der Vorstand lehnte es ab, sich zu den Zahlen zu äußern.",  # a refusal to act
    "Der Tarifvertrag wurde von den Mitgliedern abgelehnt.",  # a passive without a speaker
    "Sie lehnte sich an das Geländer.",  # no particle "ab"
])


def test_de_round34_w2a_no_act(text):
    assert quotes(run(text, lang="de")) == []


def test_de_round34_w2a_plural_subject_stays():
    # "Mehr als …" and a plural verb: the fronted phrase is the subject
    qs = quotes(run("Mehr als 300 Beschäftigte forderten den Erhalt des Standorts.", lang="de"))
    assert [q.attrs["speaker"] for q in qs] == ["Beschäftigte"]


# (round 34, helper w2c; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # the named subject of a lead clause before the colon speaks for a trailing "sagte er/sie"
    ("Giorgia Meloni reagierte gelassen auf die Kritik: „Wir bleiben bei unserem Kurs“, sagte sie.",
     [("Wir bleiben bei unserem Kurs", "DIRECT_QUOTE", "Meloni")]),
    ("Orbán selbst blieb am Abend kämpferisch: „Brüssel wird uns nicht aufhalten“, erklärte er.",
     [("Brüssel wird uns nicht aufhalten", "DIRECT_QUOTE", "Orbán")]),
    ("Keir Starmer dagegen blieb zurückhaltend: „Wir müssen erst die Zahlen sehen“, sagte er vor Reportern.",
     [("Wir müssen erst die Zahlen sehen", "DIRECT_QUOTE", "Starmer")]),
    # a title and a lone surname, or a name with a particle, opening the sentence before
    ("Außenministerin Kallas hat ihre Reise nach Kiew abgesagt. „Die Lage lässt es nicht zu“, sagte sie.",
     [("Die Lage lässt es nicht zu", "DIRECT_QUOTE", "Kallas")]),
    ("Vizepräsidentin Harris hat am Abend ihre Niederlage eingestanden. „Wir machen weiter“, sagte sie.",
     [("Wir machen weiter", "DIRECT_QUOTE", "Harris")]),
    ("De Maizière verließ den Saal nach der Abstimmung. „Das war genug“, sagte er.",
     [("Das war genug", "DIRECT_QUOTE", "De Maizière")]),
    ("Le Pen verzichtete am Wahlabend auf Triumphgesten. „Der Kampf ist noch nicht vorbei“, sagte sie.",
     [("Der Kampf ist noch nicht vorbei", "DIRECT_QUOTE", "Le Pen")]),
    # a word in -te after an article, an adverb after a noun: no verb before a lone surname
    ("Le Pen möchte den Rückenwind unbedingt in die nächste Wahlrunde mitnehmen. Am Abend forderte sie ihre Anhänger "
     "auf, wählen zu gehen.",
     [("wählen zu gehen", "INDIRECT_QUOTE", "Le Pen")]),
    # a genitive name after a noun is no antecedent of "er"
    ("Nach der Niederlage Rishi Sunaks hatte Starmer betont, die Arbeit beginne jetzt. Später sagte er, das Land "
     "brauche Geduld.",
     [("die Arbeit beginne jetzt", "INDIRECT_QUOTE", "Starmer"), ("das Land brauche Geduld", "INDIRECT_QUOTE", "Starmer")]),
    # a possessed thing after adverbs is the object
    ("Bardella kritisierte dabei scharf Macrons Reformpolitik.",
     [("Bardella kritisierte dabei scharf Macrons Reformpolitik", "INDIRECT_QUOTE", "Bardella")]),
    # "Letztlich" opening the sentence is no speaker
    ("Letztlich thematisierte Rutte die Lücken der Verbündeten und bezeichnete die Lage als ernst.",
     [("Letztlich thematisierte Rutte die Lücken der Verbündeten und bezeichnete die Lage als ernst", "INDIRECT_QUOTE",
       "Rutte")]),
    # a comma between two adjectives stays inside the clause
    ("Die Kommissionschefin hat eine rasche, entschlossene Antwort angekündigt.",
     [("Die Kommissionschefin hat eine rasche, entschlossene Antwort angekündigt", "INDIRECT_QUOTE",
       "Kommissionschefin")]),
    # a fronted subordinate clause before the main clause's verb, its subject and "und" + cue
    ("Als die Ergebnisse bekannt wurden, trat Keir Starmer vor seine Anhänger und sagte, der Wandel beginne jetzt.",
     [("der Wandel beginne jetzt", "INDIRECT_QUOTE", "Starmer")]),
    ("Nachdem die Stimmen ausgezählt waren, ging die Kandidatin auf die Bühne und erklärte, sie sei stolz.",
     [("sie sei stolz", "INDIRECT_QUOTE", "Kandidatin")]),
    # two initials opening a name, after the cue or opening the sentence
    ("„Die Mittelschicht wurde vergessen“, sagte J.D. Vance am Abend in Ohio.",
     [("Die Mittelschicht wurde vergessen", "DIRECT_QUOTE", "J.D. Vance")]),
    ("J.D. Vance hat die Delegierten aufgefordert, geschlossen zu bleiben.",
     [("geschlossen zu bleiben", "INDIRECT_QUOTE", "J.D. Vance")]),
])
def test_de_round34_w2c(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "nach Bekanntgabe der …" is a time, no source
    ("Kurz nach Bekanntgabe der Hochrechnungen räumte Sunak seine Niederlage ein.",
     [("Kurz nach Bekanntgabe der Hochrechnungen räumte Sunak seine Niederlage ein", "INDIRECT_QUOTE", "Sunak")]),
])
def test_de_round34_w2c_no_source(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # a title is no first name before a plural or abstract object
    ("Am Dienstag forderte die Ministerin Neuwahlen.", "Ministerin"),
    ("Am Freitag verlangte der Kanzler Verhandlungen.", "Kanzler"),
    ("In Brüssel forderte der Präsident Klarheit.", "Präsident"),
])
def test_de_round34_w2c_title_object(text, speaker):
    q = quotes(run(text, lang="de"))
    assert len(q) == 1 and q[0].attrs["speaker"] == speaker, [(x.text, x.attrs) for x in q]


def test_de_round34_w2c_quote_closing_paragraph():
    # a quotation closing its paragraph after a person's sentence: that person, not the next paragraph's speaker
    text = ("Auch Außenministerin Annalena Baerbock meldete sich zu Wort. „Wir gratulieren dem Wahlsieger.“\n"
            "Nato-Generalsekretär Mark Rutte schrieb auf X: „Seine Führung wird entscheidend sein.“")
    got = {q.text: q.attrs["speaker"] for q in quotes(run(text, lang="de"))}
    assert got.get("Wir gratulieren dem Wahlsieger.") == "Annalena Baerbock", got


def test_de_round34_w2c_guards():
    # limits: an object named after its verb before the colon is no lead subject; a body is no "er"; a title of the
    # other gender is no antecedent; a source phrase with a source noun stays one
    q = quotes(run("Der Trainer lobte Thomas Müller: „Er ist großartig“, sagte er.", lang="de"))
    assert [x.attrs["speaker"] for x in q] != ["Thomas Müller"]
    q = quotes(run("Die Bundesregierung reagierte gelassen: „Wir prüfen das“, sagte er.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == [None]
    q = quotes(run("Vizepräsident Harris hat ihre Niederlage eingestanden. „Wir machen weiter“, sagte sie.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == [None]
    q = quotes(run("Nach Angaben der Polizei wurde niemand verletzt.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Polizei"]
    q = quotes(run("Ministerin Svenja Schulze forderte Reformen.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Svenja Schulze"]


# (round 34, helper w2g; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a belief with a bare clause after a third-person subject (was: no quote, "think" needed "that")
    ("Most Senate Republicans think the spending bill will pass before Friday.",
     [("the spending bill will pass before Friday", "INDIRECT_QUOTE", "Most Senate Republicans")]),
    ("Campaign aides thought the governor had won the debate easily.",
     [("the governor had won the debate easily", "INDIRECT_QUOTE", "Campaign aides")]),
    ("Several House Democrats thought the vote should be delayed.",
     [("the vote should be delayed", "INDIRECT_QUOTE", "Several House Democrats")]),
    ("Pollsters in Nevada thought turnout would fall below 60 percent.",
     [("turnout would fall below 60 percent", "INDIRECT_QUOTE", "Pollsters in Nevada")]),
    # a fronted adverbial clause reports up to its comma (was: the main clause ran into the content)
    ("After Governor Ellen Price announced that the bridge would close, commuters flooded the ferry terminals.",
     [("the bridge would close", "INDIRECT_QUOTE", "Ellen Price")]),
    ("While Mayor Tom Keller said the tunnel was safe, engineers disagreed.",
     [("the tunnel was safe", "INDIRECT_QUOTE", "Tom Keller")]),
    ("Because the chairman said the hearing was over, reporters left the room.",
     [("the hearing was over", "INDIRECT_QUOTE", "chairman")]),
    # the subordinator is no part of the name (was "Although Okafor")
    ("Although Okafor insisted that the vote was fair, the board ordered a recount.",
     [("the vote was fair", "INDIRECT_QUOTE", "Okafor")]),
    ("After Senator Maria Lopez told reporters that the deal was done, the chamber adjourned for the night.",
     [("the deal was done", "INDIRECT_QUOTE", "Maria Lopez")]),
    # "according to a … report": the noun is the source, not a cue (was the speaker "according to a new Gallup")
    ("Turnout fell sharply in the suburbs, according to a new Gallup report.",
     [("Turnout fell sharply in the suburbs", "INDIRECT_QUOTE", "new Gallup report")]),
    # a floating quantifier after the subject is no part of it (was "Perez and Lindqvist both", "governors all")
    ("Perez and Lindqvist both said the pipeline deal was unfair to farmers.",
     [("the pipeline deal was unfair to farmers", "INDIRECT_QUOTE", "Perez and Lindqvist")]),
    ("The three governors all said the storm aid had arrived too late.",
     [("the storm aid had arrived too late", "INDIRECT_QUOTE", "three governors")]),
    # "They claim" opening the sentence is a verb (was: no quote)
    ("They claim the new tariffs will lower grocery prices.",
     [("the new tariffs will lower grocery prices", "INDIRECT_QUOTE", None)]),
])
def test_en_round34_w2g(text, expected):
    test_en_news_attribution_table(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # no report: a swing state's relative clause (was "both parties hope to win" reported by "a key swing")
    ("The senator campaigned in Nevada, a key swing state that both parties hope to win.", []),
    ("Walz held a rally in Michigan, a crucial battleground state that Biden carried in 2020.", []),
    # an event ended, nobody concluded anything (was the quotation's speaker "The rally")
    ("The rally concluded minutes before the senator flew home to “take a breath” after the long week.", []),
])
def test_en_round34_w2g_no_report(text, expected):
    assert [q.text for q in quotes(run(text, lang="en"))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards: questions, first person, "to think", free relatives and conditions stay unreported
    ("Do voters really think the economy is improving?", []),
    ("I think the bill is dead.", []),
    ("Voters want to know what they think the bill should include.", []),
    ("If the senators think the deal is fair, they will vote for it.", []),
    ("Republicans think about the bill every day.", []),
    # "that" still opens a belief's content; a finding after a time word still reports
    ("Many Democrats think that the race is tied.", ["the race is tied"]),
    ("The inquiry concluded on Friday that the police had acted lawfully.", ["the police had acted lawfully"]),
    # an adverbial opener whose content has no verb before the comma is left as it was
    ("When the platform says that from here on out, we will hold hearings, the party is split.",
     None),
])
def test_en_round34_w2g_guards(text, expected):
    got = [q.text for q in quotes(run(text, lang="en"))]
    if expected is not None:
        assert got == expected


# (round 34, helper w2d; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a body's name with a genitive plural without an article (and its short name) in the speaker's apposition
    ("Maria Lenz, Vorsitzende des Verbands privater Pflegedienste (VPP), kritisierte, die Regierung lasse die Heime allein.",
     [("die Regierung lasse die Heime allein", "INDIRECT_QUOTE", "Maria Lenz")]),
    ("Jonas Weber, Präsident des Bundesverbands forschender Arzneimittelhersteller in Deutschland, sagte, die Preise "
     "seien zu niedrig.",
     [("die Preise seien zu niedrig", "INDIRECT_QUOTE", "Jonas Weber")]),
    # an addressee between commas after the speaker's apposition is no part of the content
    ("Vor der Anhörung sagte Jana Krüger, Sprecherin des Patientenverbands, der Rheinischen Post, man sei enttäuscht.",
     [("man sei enttäuscht", "INDIRECT_QUOTE", "Jana Krüger")]),
    ("Am Montag erklärte Ole Brandt, Geschäftsführer der Landesapothekerkammer, dem Tagesspiegel, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Ole Brandt")]),
    # a trailing addressee with its genitive and the paper's issue in brackets: the report is kept
    ("Die Kassen müssten ihre Rücklagen auflösen, sagte Lena Vogt den Zeitungen der Funke-Mediengruppe (Sonntagausgaben).",
     [("Die Kassen müssten ihre Rücklagen auflösen", "INDIRECT_QUOTE", "Lena Vogt")]),
    ("Die Reform komme zu spät, sagte Paul Arndt der Zeitung des Sozialverbands (Samstagausgabe).",
     [("Die Reform komme zu spät", "INDIRECT_QUOTE", "Paul Arndt")]),
    # a party between commas after the name is no name in apposition
    ("Die Landesministerin Petra Sommer, SPD, sagte, die Kliniken bräuchten mehr Geld.",
     [("die Kliniken bräuchten mehr Geld", "INDIRECT_QUOTE", "Petra Sommer")]),
    ("Der bayerische Gesundheitsminister Holm, CSU, erklärte, die Frist sei zu kurz.",
     [("die Frist sei zu kurz", "INDIRECT_QUOTE", "Holm")]),
    # a fronted phrase with a numeral before a singular verb is the object: the phrase after the verb speaks
    ("Drei Schwachstellen nennt die Gutachterin: Die Daten der Akte seien nicht verschlüsselt.",
     [("Die Daten der Akte seien nicht verschlüsselt", "INDIRECT_QUOTE", "Gutachterin")]),
    # "so ein" + a noun + a finite verb opens a clause (such a …), no attribution "so X"
    ("Die Ministerin versicherte am Dienstag, so ein Datenleck sei künftig ausgeschlossen.",
     [("so ein Datenleck sei künftig ausgeschlossen", "INDIRECT_QUOTE", "Ministerin")]),
    # a wo-clause on the speaker of a trailing attribution is no content
    ("Der Befund sei eindeutig, teilte das Universitätsklinikum mit, wo die Studie geleitet wurde.",
     [("Der Befund sei eindeutig", "INDIRECT_QUOTE", "Universitätsklinikum")]),
    # two roles of one person joined by "und" before the name open the sentence: the person speaks
    ("Die Virologin und Stiko-Vorsitzende Anna Keller warnte vor einer Überlastung der Kinderkliniken.",
     [("Die Virologin und Stiko-Vorsitzende Anna Keller warnte vor einer Überlastung der Kinderkliniken",
       "INDIRECT_QUOTE", "Anna Keller")]),
])
def test_de_round34_w2d(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "span", "speaker"), [
    # a plural noun after a bare surname, and a person's genitive with its noun after a title, are the verb's object
    ("Im Ausschuss stellte Hofreiter Nachbesserungen in Aussicht, schränkte aber ein, die Frist bleibe bestehen.",
     "die Frist bleibe bestehen", "Hofreiter"),
    ("Die Gebühren seien zu hoch, laut DAK Erhebungen aus dem Vorjahr.", None, None),
    ("„Das ist reine Symbolpolitik“, kritisierte der Kassenchef Warkens Vorschlag, eine Gebühr einzuführen.",
     "Das ist reine Symbolpolitik", "Kassenchef"),
    # the person the sentence before names as its subject, not the one in its prepositional phrase, is "er"
    ("Der Vorsitzende des Ärzteverbands, Tobias Brandt, ging mit dem Entwurf von Minister Jens Albrecht hart ins "
     "Gericht. Das Gesetz verfehle sein Ziel, sagte er am Mittwoch.", "Das Gesetz verfehle sein Ziel", "Tobias Brandt"),
    # a thing fronted before a naming verb with a subject pronoun: the pronoun speaks, not the thing
    ("Die Verschiebung der Abstimmung wertete sie als „Etappensieg“.", "Etappensieg", None),
])
def test_de_round34_w2d_speaker(text, span, speaker):
    ann = run(text, lang="de")
    if span is None:  # "laut DAK Erhebungen": the speaker is the DAK, no more
        assert all(q.attrs["speaker"] == "DAK" for q in quotes(ann)) and quotes(ann), [q.attrs for q in quotes(ann)]
        return
    q = next(q for q in quotes(ann) if q.text == span)
    assert q.attrs["speaker"] == speaker, q.attrs


def test_de_round34_w2d_guards():
    # a plural verb after a numeral subject keeps it; an adjective before a plural noun opens a body's name
    assert [(q.text, q.attrs["speaker"]) for q in quotes(run("Zwei Experten sagten, die Lage sei ernst.", lang="de"))] \
        == [("die Lage sei ernst", "Zwei Experten")]
    ann = run("Die Vereinten Nationen warnten, die Lage sei ernst.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("die Lage sei ernst", "Vereinten Nationen")]
    # "so ein Sprecher" closing a sentence still reports
    assert [(q.text, q.attrs["speaker"]) for q in quotes(run("Die Lage sei ernst, so ein Sprecher.", lang="de"))] \
        == [("Die Lage sei ernst", "Sprecher")]
    # a person fronted before a naming verb: the pronoun is the object
    ann = run("Die Ministerin bezeichnete sie als „Lügnerin“.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("Lügnerin", "Ministerin")]
    # a full name right after a preposition stays the referent when the sentence names no other person
    ann = run("Die Kritik an Minister Jens Albrecht wächst. Er wolle an der Reform festhalten, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Jens Albrecht"]


# (round 34, helper w2b; sentences written for these tests, see docs/quotes.md, "Round 34")
@pytest.mark.parametrize(("text", "expected"), [
    # a cue closing a relative clause right before the Konjunktiv main verb: the report before goes on
    ("Innenminister Karl Berger sagte, man müsse die Debatte versachlichen. Diejenigen, die höhere Zäune forderten, "
     "wüssten, „dass das nur Symbolpolitik ist“.",
     [("man müsse die Debatte versachlichen", "INDIRECT_QUOTE", "Karl Berger"),
      ("Diejenigen, die höhere Zäune forderten, wüssten, „dass das nur Symbolpolitik ist“", "INDIRECT_QUOTE",
       "Karl Berger"),
      ("dass das nur Symbolpolitik ist", "DIRECT_QUOTE", "Karl Berger")]),
    ("Die Zusammenarbeit laufe gut, sagte Landesinnenministerin Petra Lindner. Mit Tschechien, an dessen Grenze "
     "feste Kontrollen verlangt werden, gebe es gemeinsame Streifen.",
     [("Die Zusammenarbeit laufe gut", "INDIRECT_QUOTE", "Petra Lindner"),
      ("Mit Tschechien, an dessen Grenze feste Kontrollen verlangt werden, gebe es gemeinsame Streifen",
       "INDIRECT_QUOTE", "Petra Lindner")]),
    ("Im Mai seien 412 Menschen zurückgeschickt worden, erklärte Minister Jens Ahrens. Von 60 Personen, die ein "
     "Schutzgesuch äußerten, seien 18 in Haft genommen worden.",
     [("Im Mai seien 412 Menschen zurückgeschickt worden", "INDIRECT_QUOTE", "Jens Ahrens"),
      ("Von 60 Personen, die ein Schutzgesuch äußerten, seien 18 in Haft genommen worden", "INDIRECT_QUOTE",
       "Jens Ahrens")]),
    # "zurückweisen"/"abweisen" with people as the object: turned back at the border, no rejection of a claim
    ("An der Grenze zu Polen wies die Bundespolizei am Wochenende 85 Migranten zurück.", []),
    ("Die Polizei hat seit Juni mehr als 2400 Menschen an den Landgrenzen zurückgewiesen.", []),
    ("Die Grenzbeamten wiesen die Asylsuchenden noch am Bahnhof zurück. Das bestätigte ein Sprecher.",
     [("Das", "INDIRECT_QUOTE", "Sprecher")]),
    # "konkretisieren" reports its content
    ("Ein Sprecher des Ministeriums konkretisierte am Montag, unter den Abgeschobenen seien vier Gewalttäter.",
     [("unter den Abgeschobenen seien vier Gewalttäter", "INDIRECT_QUOTE", "Sprecher")]),
    # "Dies verlautete … aus X": X is the source, also of the Konjunktiv sentence after it
    ("Dies verlautete am Dienstag aus Regierungskreisen. Der Plan werde noch geprüft.",
     [("Dies", "INDIRECT_QUOTE", "Regierungskreisen"), ("Der Plan werde noch geprüft", "INDIRECT_QUOTE",
                                                         "Regierungskreisen")]),
    # a paper after "bei" next to its cue is the medium, no quotation: the act is reported and goes on
    ("Kurz vor der Wahl versprach der CSU-Politiker Martin Kessler bei „Bild“ mehr Abschiebeflüge. Darauf könnten "
     "sich die Bürger verlassen.",
     [("Kurz vor der Wahl versprach der CSU-Politiker Martin Kessler bei „Bild“ mehr Abschiebeflüge", "INDIRECT_QUOTE",
       "Martin Kessler"), ("Darauf könnten sich die Bürger verlassen", "INDIRECT_QUOTE", "Martin Kessler")]),
    # district and town officers are titles before a name
    ("Die Turnhalle bleibt belegt. Das sagte Landrat Tobias Reimer am Mittwoch im Kreistag.",
     [("Das", "INDIRECT_QUOTE", "Tobias Reimer")]),
    ("Das erklärte Landrätin Ulrike Brandt nach der Sitzung.", [("Das", "INDIRECT_QUOTE", "Ulrike Brandt")]),
    ("Das betonte Sozialdezernentin Karin Lohse.", [("Das", "INDIRECT_QUOTE", "Karin Lohse")]),
    # a quantifier after a fronted adverb opens the subject; the object does not speak
    ("Auch etliche Landräte lobten die Arbeit der Helfer.",
     [("Auch etliche Landräte lobten die Arbeit der Helfer", "INDIRECT_QUOTE", "Landräte")]),
    ("Auch zahlreiche Bürgermeister kritisierten die Pläne des Landes.",
     [("Auch zahlreiche Bürgermeister kritisierten die Pläne des Landes", "INDIRECT_QUOTE", "Bürgermeister")]),
    # "der" before a feminine title after the verb is a dative: the party before the verb speaks
    ("Die FDP warf der Innenministerin vor, sie habe die Kommunen allein gelassen.",
     [("sie habe die Kommunen allein gelassen", "INDIRECT_QUOTE", "FDP")]),
    ("Die Linke warf der Bürgermeisterin Untätigkeit vor.",
     [("Die Linke warf der Bürgermeisterin Untätigkeit vor", "INDIRECT_QUOTE", "Linke")]),
    # an addressee after the speaker's apposition is no content: the report before the attribution is
    ("Die Kommunen seien am Limit, sagte die Präsidentin des Städtebundes, Anke Roth, der Deutschen Presse-Agentur in "
     "Kassel.",
     [("Die Kommunen seien am Limit", "INDIRECT_QUOTE", "Anke Roth")]),
    ("Die Länder verteilten die Menschen zu früh, sagte der Sprecher des Verbandes, Uwe Brand, der "
     "Nachrichtenagentur dpa am Montag.",
     [("Die Länder verteilten die Menschen zu früh", "INDIRECT_QUOTE", "Uwe Brand")]),
])
def test_de_round34_w2b(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_w2b_guards():
    # a rejected claim stays a speech act, also with people in a genitive or after a quantifier in the genitive
    for text in ("Der Minister wies die Vorwürfe der Flüchtlingshelfer zurück.",
                 "Die Ministerin wies die Kritik vieler Migranten zurück."):
        assert [q.text for q in quotes(run(text, lang="de"))] == [text[:-1]]
    # a relative clause's cue before an indicative main clause, or without a report before it, is left as it was
    text = "Diejenigen, die Kontrollen forderten, wüssten, „dass das nur Symbolpolitik ist“."
    assert [q.text for q in quotes(run(text, lang="de"))] == ["dass das nur Symbolpolitik ist"]
# ---- round 34 (end) ----


# ---- round 35 (begin) ----
# (round 35, helper de1; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (de1): German parliamentary news ("heute im bundestag", committee hearings, answers of the federal
# government): long Konjunktiv I reports after one attribution, dates in apposition, printed papers' numbers,
# demonstrative speakers and names in apposition before a separable particle. Sentences invented in the style.
@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's date in apposition is no clause boundary: the content opens after it, not at "14. Mai"
    ("Der Fachverband sieht Nachbesserungsbedarf. In der Anhörung erklärte Prof. Dr. Jonas Wendler am Mittwoch, "
     "14. Mai 2014, die Fristen seien deutlich zu kurz.",
     [("die Fristen seien deutlich zu kurz", "INDIRECT_QUOTE", "Jonas Wendler")]),
    # only the attribution's participle after the date: "Das" is what she stressed (the speaker was "Ausschuss")
    ("Für die Regierung hat der Ausbau Vorrang. Das hat Staatssekretärin Marlene Oswald am Donnerstag, 6. März 2025, "
     "im Ausschuss betont.",
     [("Das", "INDIRECT_QUOTE", "Marlene Oswald")]),
    # "dem" before the date, and an adjunct between the date and the content
    ("Ministerin Anna Berg sagte am Dienstag, dem 5. Mai 2020, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berg")]),
    ("Die Ministerin sagte am Montag, 3. Mai, vor Journalisten, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    # a legal reference's "Art." before its number ends no sentence
    ("Das Landgericht hatte festgestellt, dass die Satzung mit Art. 3 und Art. 12 der Landesverfassung nicht "
     "vereinbar sei.",
     [("die Satzung mit Art. 3 und Art. 12 der Landesverfassung nicht vereinbar sei", "INDIRECT_QUOTE", "Landgericht")]),
    # printed papers' numbers in brackets take no reach of the adjuncts before the content
    ("Die Bundesregierung schreibt in ihrer Antwort (20/7781) auf eine Kleine Anfrage (20/7340), die Zahl der "
     "Anträge sei deutlich gesunken.",
     [("die Zahl der Anträge sei deutlich gesunken", "INDIRECT_QUOTE", "Bundesregierung")]),
    # "Das schreibt X" after a Konjunktiv I sentence: that sentence is X's (not the subject's of the sentence before)
    ("Der Antrag wurde im Frühjahr eingereicht. Eine Förderung sei nicht vorgesehen. Das schreibt die "
     "Bundesregierung in ihrer Antwort (20/5512).",
     [("Eine Förderung sei nicht vorgesehen", "INDIRECT_QUOTE", "Bundesregierung"),
      ("Das", "INDIRECT_QUOTE", "Bundesregierung")]),
    # "schreibt diese weiter": the demonstrative is the speaker, "weiter" no name
    ("Die Landesregierung schreibt in ihrer Antwort, eine Ausweitung des Programms sei nicht geplant. Zugleich setze "
     "man sich für mehr Personal ein, schreibt diese weiter.",
     [("eine Ausweitung des Programms sei nicht geplant", "INDIRECT_QUOTE", "Landesregierung"),
      ("Zugleich setze man sich für mehr Personal ein", "INDIRECT_QUOTE", "Landesregierung")]),
])
def test_round35_de1_hib_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a demonstrative "Der"/"Die" opening the sentence reports, and points at the person named last
    ("Bettina Korff sagte der Zeitung, die Kosten seien gestiegen. Sie widersprach damit Finanzminister Rainer Udert. "
     "Der hatte erklärt, der Haushalt sei solide.",
     [("die Kosten seien gestiegen", "INDIRECT_QUOTE", "Bettina Korff"),
      ("Sie widersprach damit Finanzminister Rainer Udert", "INDIRECT_QUOTE", "Bettina Korff"),
      ("der Haushalt sei solide", "INDIRECT_QUOTE", "Rainer Udert")]),
    ("Olaf Brinkmann sagte dem Sender, die Pläne seien gescheitert. Er widersprach damit Ministerin Karin Lessmann. "
     "Die hatte betont, es gebe noch Spielraum.",
     [("die Pläne seien gescheitert", "INDIRECT_QUOTE", "Olaf Brinkmann"),
      ("Er widersprach damit Ministerin Karin Lessmann", "INDIRECT_QUOTE", "Olaf Brinkmann"),
      ("es gebe noch Spielraum", "INDIRECT_QUOTE", "Karin Lessmann")]),
    # an adverb between the demonstrative's auxiliary and its cue; no person named: the body itself
    ("Die Polizei sagte der Zeitung, die Lage sei ruhig. Die hatte zuvor erklärt, es gebe keine Festnahmen.",
     [("die Lage sei ruhig", "INDIRECT_QUOTE", "Polizei"),
      ("es gebe keine Festnahmen", "INDIRECT_QUOTE", "Polizei")]),
    # the speaker's name in apposition before the separable particle
    ("Am Dienstag teilte der Sprecher der Feuerwehr, Tobias Rehm, mit, dass zwei Personen verletzt worden seien.",
     [("zwei Personen verletzt worden seien", "INDIRECT_QUOTE", "Tobias Rehm")]),
    ("In der Debatte stellt die Vorsitzende des Ausschusses, Heike Brandl (SPD), heraus, dass die Reform überfällig sei.",
     [("die Reform überfällig sei", "INDIRECT_QUOTE", "Heike Brandl")]),
    # an adverb in "-haft" after a quotation and its comma is no inverted cue ("massenhaft" reported the rest)
    ("Es sei „unzumutbar“, massenhaft Akten zu vernichten, sagte Referentin Lena Vogt.",
     [("Es sei „unzumutbar“, massenhaft Akten zu vernichten", "INDIRECT_QUOTE", "Lena Vogt"),
      ("unzumutbar", "DIRECT_QUOTE", "Lena Vogt")]),
    # asking with the question as its clause
    ("In einer Kleinen Anfrage erkundigt sich die Fraktion unter anderem, ob die Bundesregierung neue Mittel "
     "bereitstelle.",
     [("die Bundesregierung neue Mittel bereitstelle", "INDIRECT_QUOTE", "Fraktion")]),
])
def test_round35_de1_speakers_and_cues(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # it turned out: no one's report
    ("Später stellte sich heraus, dass der Mann die Unterlagen gefälscht hatte.", []),
    # asking after someone's health, no question clause: nothing reported
    ("Der Bürgermeister erkundigte sich nach dem Befinden der Verletzten.", []),
    # a phrase before "erkundigt sich" is what was asked about, no content
    ("Nach den Projekten, bei denen die Regierung seit 2010 mit dem Verband zusammengearbeitet hat, erkundigt sich "
     "die Fraktion in einer Kleinen Anfrage (19/2096).", []),
    # "Art." before a word may end a sentence
    ("Die Sache ist einmalig in ihrer Art. Die Gemeinde sei stolz darauf, sagte der Bürgermeister.",
     [("Die Gemeinde sei stolz darauf", "INDIRECT_QUOTE", "Bürgermeister")]),
    # a demonstrative "Diese" is no man named last
    ("Ministerin Anna Berg lobte den Abgeordneten Hans Meier. Diese sagte, die Lage sei ernst.",
     [("Ministerin Anna Berg lobte den Abgeordneten Hans Meier", "INDIRECT_QUOTE", "Anna Berg"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berg")]),
    # a date without a weekday keeps its commas
    ("Der Sprecher sagte, am 3. Mai, einem Sonntag, sei das Büro geschlossen.",
     [("am 3. Mai, einem Sonntag, sei das Büro geschlossen", "INDIRECT_QUOTE", "Sprecher")]),
])
def test_round35_de1_guards(text, expected):
    assert_de_exact(text, expected)


def test_round35_de1_apposition_guards():
    # a particle at the sentence end after the apposition is the attribution's: "Das" is what was said
    ann = run("Das teilte der Sprecher der Polizei, Hans Meier, am Montag mit.", lang="de")
    assert [q.text for q in quotes(ann)] == ["Das"]


# (round 35, helper de2; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 36 (helper de2): court press releases and verdict reports (BGH, BVerfG, BAG, Verwaltungs- and Landgerichte)
# and the legal news reporting them. Sentences written for these tests, with invented names.
@pytest.mark.parametrize(("text", "expected"), [
    # a legal reference ("§ 823 Abs. 1 BGB", "Art. 3 GG") ends no sentence: the Konjunktiv chain goes on after it
    ("Das Landgericht Passau hat die Klage abgewiesen. Dem Kläger stehe kein Anspruch aus § 823 Abs. 2 BGB zu. "
     "Er habe den Unfall selbst verschuldet.",
     [("Dem Kläger stehe kein Anspruch aus § 823 Abs. 2 BGB zu. Er habe den Unfall selbst verschuldet",
       "INDIRECT_QUOTE", "Landgericht Passau")]),
    ("Das Verwaltungsgericht Gera gab der Klage statt. Die Satzung sei mit Art. 3 Abs. 1 GG unvereinbar. Die Stadt "
     "müsse die Gebühren erstatten.",
     [("Die Satzung sei mit Art. 3 Abs. 1 GG unvereinbar. Die Stadt müsse die Gebühren erstatten", "INDIRECT_QUOTE",
       "Verwaltungsgericht Gera")]),
])
def test_de_legal_abbreviation_before_number(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a party's submission: "trug … vor", "trägt vor", "hat vorgetragen"
    ("Zur Begründung trug die Klägerin vor, der Bescheid sei zu spät zugestellt worden.",
     [("der Bescheid sei zu spät zugestellt worden", "INDIRECT_QUOTE", "Klägerin")]),
    ("Der Beklagte trägt vor, er habe die Rechnung nie erhalten.",
     [("er habe die Rechnung nie erhalten", "INDIRECT_QUOTE", "Beklagte")]),
    ("Die Gemeinde Hollfeld hat vorgetragen, die Straße sei längst gewidmet.",
     [("die Straße sei längst gewidmet", "INDIRECT_QUOTE", "Gemeinde Hollfeld")]),
])
def test_de_submission_cue(text, expected):
    assert_de_exact(text, expected)


def test_de_submission_cue_guards():
    assert_de_exact("Die Beklagte trägt die Kosten des Verfahrens.", [])
    assert_de_exact("Der Hausmeister trug die Kisten vor das Tor.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # "entschieden" as the plural preterite: postposed with its subject, or before a dass-clause
    ("Die Gebühr ist mit dem Gesetz nicht vereinbar, entschieden die Richter.",
     [("Die Gebühr ist mit dem Gesetz nicht vereinbar", "INDIRECT_QUOTE", "Richter")]),
    ("Die Erfurter Richter entschieden am Donnerstag, dass die Zulage auch Teilzeitkräften zusteht.",
     [("die Zulage auch Teilzeitkräften zusteht", "INDIRECT_QUOTE", "Erfurter Richter")]),
])
def test_de_plural_ruling(text, expected):
    assert_de_exact(text, expected)


def test_de_plural_ruling_guards():
    # the participle: no report of its own
    assert_de_exact("Der Streit um die Zulage ist noch nicht entschieden.", [])
    assert_de_exact("Nachdem die Richter entschieden hatten, dass die Klage zulässig ist, ging die Verhandlung weiter.",
                    [])
    assert_de_exact("Beide Vorinstanzen entschieden zugunsten der Klägerin.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a court turning back a party's motion is its ruling, no speech act; the chain after it is the court's
    ("Die Revision der Klägerin wurde vom BGH zurückgewiesen. Die Kündigung sei wirksam gewesen.",
     [("Die Kündigung sei wirksam gewesen", "INDIRECT_QUOTE", "BGH")]),
    ("Das Oberlandesgericht Celle wies die Berufung des Händlers zurück.", []),
])
def test_de_court_turns_back_motion(text, expected):
    assert_de_exact(text, expected)


def test_de_court_turns_back_motion_guards():
    # a person or a government rejecting a claim still reports
    assert_de_exact("Der Minister wies die Vorwürfe zurück.",
                    [("Der Minister wies die Vorwürfe zurück", "INDIRECT_QUOTE", "Minister")])
    assert_de_exact("Die Regierung wies die Klage der Opposition als haltlos zurück.",
                    [("Die Regierung wies die Klage der Opposition als haltlos zurück", "INDIRECT_QUOTE", "Regierung")])


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated cue after a clause whose subject is a person noun or a body with the object after it
    ("Die Mieterin erhob Widerklage und verlangte die Rückzahlung der Kaution.",
     [("Die Mieterin erhob Widerklage und verlangte die Rückzahlung der Kaution", "INDIRECT_QUOTE", "Mieterin")]),
    ("Im Mai legte die Staatsanwaltschaft Revision ein und bestritt jede Absprache.",
     [("Im Mai legte die Staatsanwaltschaft Revision ein und bestritt jede Absprache", "INDIRECT_QUOTE",
       "Staatsanwaltschaft")]),
])
def test_de_coordinated_cue_subject(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an attributive participle before an adjective and its noun is no cue
    ("Weil die Klausel nichtig ist, müssen die verlangten hohen Entgelte erstattet werden.", []),
])
def test_de_attributive_participle_before_adjective(text, expected):
    assert_de_exact(text, expected)


def test_de_attributive_participle_guards():
    assert_de_exact("Die Betriebsräte forderten höhere Löhne.",
                    [("Die Betriebsräte forderten höhere Löhne", "INDIRECT_QUOTE", "Betriebsräte")])


@pytest.mark.parametrize(("text", "expected"), [
    # "gemäß"/"laut" with a rule after it: conformity, no source
    ("Die Beschäftigten erhalten gemäß Sozialplan eine Abfindung, wenn sie bis Juni kündigen.", []),
    ("Der Verein zahlt gemäß dem Tarifvertrag höhere Zuschläge.", []),
])
def test_de_rule_after_source_preposition(text, expected):
    assert_de_exact(text, expected)


def test_de_rule_after_source_preposition_guards():
    assert_de_exact("Die Mieterin muss gemäß § 535 BGB die Schönheitsreparaturen nicht übernehmen.", [])
    assert_de_exact("Laut Polizei wurde niemand verletzt.",
                    [("wurde niemand verletzt", "INDIRECT_QUOTE", "Polizei")])


@pytest.mark.parametrize(("text", "expected"), [
    # a court named as the subject of the writer's sentence between: the Konjunktiv chain after it is the court's
    ("Die Behörde bestritt jeden Fehler. Doch das Verwaltungsgericht Minden gab dem Eilantrag statt. Die Sperrung "
     "sei unverhältnismäßig.",
     [("Die Behörde bestritt jeden Fehler", "INDIRECT_QUOTE", "Behörde"),
      ("Die Sperrung sei unverhältnismäßig", "INDIRECT_QUOTE", "Verwaltungsgericht Minden")]),
])
def test_de_court_between_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "mit der Begründung, …" after a ruling's verb: the subject's reason
    ("Das Sozialgericht Detmold hat die Klage mit der Begründung abgewiesen, die Frist sei versäumt worden.",
     [("die Frist sei versäumt worden", "INDIRECT_QUOTE", "Sozialgericht Detmold")]),
    ("Das Gericht lehnte den Antrag mit der Begründung ab, es fehle an einem Eilbedürfnis.",
     [("es fehle an einem Eilbedürfnis", "INDIRECT_QUOTE", "Gericht")]),
])
def test_de_reason_phrase(text, expected):
    assert_de_exact(text, expected)


def test_de_reason_phrase_guards():
    # no Konjunktiv I nor dass-clause after it: nothing reported
    assert_de_exact("Das Gericht hat die Klage mit der Begründung abgewiesen, die im Bescheid stand.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a cue in a dass-clause whose main clause goes on with the report in the Konjunktiv I reports nothing of its own
    ("Die Verteidigerin hatte den Antrag damit begründet, dass ihr Mandant vorverurteilt worden sei. So sei das "
     "Schöffengericht sicher gewesen, dass er die Rückgabe des Autos gefordert habe.",
     [("ihr Mandant vorverurteilt worden sei", "INDIRECT_QUOTE", "Verteidigerin"),
      ("So sei das Schöffengericht sicher gewesen, dass er die Rückgabe des Autos gefordert habe", "INDIRECT_QUOTE",
       "Verteidigerin")]),
])
def test_de_cue_inside_reported_clause(text, expected):
    assert_de_exact(text, expected)


def test_de_cue_inside_reported_clause_guards():
    # a cue in the main clause of the Konjunktiv sentence still reports its own speaker
    assert_de_exact("Die Sprecherin sagte, die Lage sei ernst. Der Minister habe gesagt, dass er zurücktreten werde.",
                    [("die Lage sei ernst", "INDIRECT_QUOTE", "Sprecherin"),
                     ("er zurücktreten werde", "INDIRECT_QUOTE", "Minister")])


@pytest.mark.parametrize(("text", "expected"), [
    # a passive accusation in a relative clause inside the sentence reports nothing of the main clause
    ("Der 52-Jährige, dem Untreue vorgeworfen wird, schwieg am ersten Verhandlungstag.", []),
])
def test_de_passive_in_relative_clause(text, expected):
    assert_de_exact(text, expected)


def test_de_passive_in_relative_clause_guards():
    assert_de_exact("Dem Kassierer wird vorgeworfen, 40.000 Euro veruntreut zu haben.", [])


# (round 35, helper de3; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (de3): titles of works, names and bracketed credits on German culture pages are no quotes; two speakers.
#
# Film, book, song and show titles in quotation marks were direct quotes: after a preposition, "wie", a number or a
# capitalised noun ("Mit „Der Regen fällt auf Rostock“ gelang ihr …"), opening a sentence with its verb after them
# ("„Die Nacht der wilden Vögel“ erzählt …"), after a culture noun such as "Oper", "Ohrwurm", "Kategorie", "Bühnenstück" or a
# compound of "Film"/"Roman"/"Serie"/"Drama" ("Spielfilm", "TV-Serie"), and alone in brackets after a name ("Mara
# Keller („Das stille Haus am See“)"). A paper named after "und" with an article and an adjective before it is no quote
# either, and its "wie" clause reports the sentence before it.
#
# Speakers: an adverb before the extended attribute ("der inzwischen in Wien lebende Komponist" was "Wien") and a
# fronted adverb in -ös ("Minutiös beschreibt die Kritikerin, …" was "Minutiös").
@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition or "wie", no cue in the sentence
    ("Mit „Der Regen fällt auf Rostock“ gelang der Sängerin 1981 der Durchbruch.", []),
    ("Bekannt wurde der Autor mit „Die Stunde der Fischer“ und einem Band mit Erzählungen.", []),
    ("In Serien wie „Ein Hof im Allgäu“ war die Schauspielerin jahrelang zu sehen.", []),
    # after a number or a capitalised noun (the author's genitive)
    ("Es folgten 1984 „Ich bin kein Held“ und zwei Dokumentationen über den Boxer.", []),
    ("Im Stadttheater läuft derzeit Brechts „Der gute Mensch von Sezuan“ in einer neuen Fassung.", []),
    # opening the sentence with its verb right after it
    ("„Die Nacht der wilden Vögel“ erzählt von drei Geschwistern auf einer Nordseeinsel.", []),
    # after a culture noun, also a compound
    ("Ihr größter Ohrwurm „Komm doch mit nach Santa Cruz“ hielt sich elf Wochen in den Charts.", []),
    ("Die Staatsoper zeigt Verdis Oper „Die Macht des Schicksals“ in der Regie von Lena Brandt.", []),
    ("Den Preis in der Kategorie „Bester nicht englischsprachiger Film“ erhielt ein Drama aus Chile.", []),
    ("Das Kriegsdrama „Als die Felder brannten“ lief im Wettbewerb der Filmfestspiele.", []),
    ("Die Schauspielerin wurde durch die TV-Serie „Ärzte am Limit der Kraft“ einem breiten Publikum bekannt.", []),
    ("Schon ihr Debütroman „Die Farbe des Schnees“ stand auf der Bestsellerliste.", []),
    # alone in brackets after a name: a credit, not the person's words
    ("Die Hauptrolle spielt Mara Keller („Das stille Haus am See“), die für ihre Darstellung gefeiert wurde.", []),
    # with a cue in the sentence: a title opening with an article or an English title after a preposition
    ("Die Autorin erzählt in „Der Sommer am Fluss“ von ihrer Kindheit in Masuren.", []),
    ("Der Regisseur hatte 2019 mit „The Long Way Home“ den Hauptpreis gewonnen, teilte das Festival mit.",
     [("Der Regisseur hatte 2019 mit „The Long Way Home“ den Hauptpreis gewonnen", "INDIRECT_QUOTE", "Festival")]),
    # a paper after "und" with an article and an adjective: a name, and the clause before is the report
    ("Der Sänger starb in seinem Haus in Malibu, wie die „Los Angeles Times“ und der britische „Observer“ "
     "berichteten.",
     [("Der Sänger starb in seinem Haus in Malibu", "INDIRECT_QUOTE", "Los Angeles Times")]),
    # a title opening with "Kein" after "oder", with a cue in the sentence
    ("Der Autor von Romanen wie „Die Brücke“ oder „Kein Weg führt zurück“ starb nach Angaben seines Verlags.",
     [("Der Autor von Romanen wie „Die Brücke“ oder „Kein Weg führt zurück“ starb", "INDIRECT_QUOTE", "Verlag")]),
    # a paper after an adjective: a name and the speaker of "Das"
    ("Die Sängerin ist tot. Das berichtet die österreichische „Kleine Zeitung“.",
     [("Das", "INDIRECT_QUOTE", "Kleine Zeitung")]),
])
def test_round35_de3_work_titles(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # real speech stays: a whole sentence, a quotation before its comma and attribution, after a colon
    ("„Das ist mein persönlichster Film“, sagte die Regisseurin Jana Roth bei der Premiere.",
     [("Das ist mein persönlichster Film", "DIRECT_QUOTE", "Jana Roth")]),
    ("Über ihren neuen Roman sagt die Autorin Eva Lind: „Ich wollte über meine Großmutter schreiben.“",
     [("Ich wollte über meine Großmutter schreiben.", "DIRECT_QUOTE", "Eva Lind")]),
    ("In dem Roman heißt es: „Der Winter kam früh, und niemand war darauf vorbereitet.“",
     [("Der Winter kam früh, und niemand war darauf vorbereitet.", "DIRECT_QUOTE", "Roman")]),
    # a partial quotation after an indefinite article is no title
    ("Die Veteranen beschwören die Gefahr einer „Invasion unseres Landes durch Fremde“.",
     [("Invasion unseres Landes durch Fremde", "DIRECT_QUOTE", None)]),
    # a programme's words in brackets, lower case, are quoted text
    ("Die Partei will hohe Einkommen („ab einem Jahreseinkommen von 250.000 Euro“) stärker belasten.",
     [("ab einem Jahreseinkommen von 250.000 Euro", "DIRECT_QUOTE", None)]),
])
def test_round35_de3_work_titles_guards(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb before the extended attribute of the speaker: the noun after the participle speaks, not the place
    ("Zugleich ließ der inzwischen in Wien lebende Komponist durchblicken, dass die Oper im Mai fertig werde.",
     [("die Oper im Mai fertig werde", "INDIRECT_QUOTE", "Komponist")]),
    ("Das Buch sei fast fertig, sagte die mittlerweile in Zürich lebende Autorin.",
     [("Das Buch sei fast fertig", "INDIRECT_QUOTE", "Autorin")]),
    # a fronted adverb in -ös is no subject: the name after the verb speaks
    ("Minutiös beschreibt die Kritikerin, was der Held des Romans erlebt.",
     [("was der Held des Romans erlebt", "INDIRECT_QUOTE", "Kritikerin")]),
])
def test_round35_de3_speakers(text, expected):
    assert_de_exact(text, expected)


# (round 35, helper de4; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (de4): German reportage and portraits, where the words of several people alternate over many paragraphs
# and their speakers are named by pronoun, first name, kinship or age ("die 68-Jährige", "ihr Mann").
#
# The sentences are invented in the style of such pages (no page text).
@pytest.mark.parametrize(("text", "expected"), [
    # a noun of thought with "haben" and a prepositional object is no cue: the Konjunktiv I report goes on
    ("Ortsvorsteher Bernd Kuhlmann sagt: „Die Leute reden viel.“ Die Nachbarin sei schon älter und habe keine Angst "
     "vor einem Streit.",
     [("Die Leute reden viel.", "DIRECT_QUOTE", "Bernd Kuhlmann"),
      ("Die Nachbarin sei schon älter und habe keine Angst vor einem Streit", "INDIRECT_QUOTE", "Bernd Kuhlmann")]),
    ("„Wir bleiben hier“, sagt Landwirtin Petra Scholz. Ihr Mann sei oft krank, habe aber keine Sorge um den Hof.",
     [("Wir bleiben hier", "DIRECT_QUOTE", "Petra Scholz"),
      ("Ihr Mann sei oft krank, habe aber keine Sorge um den Hof", "INDIRECT_QUOTE", "Petra Scholz")]),
    # a continued report after the writer's clause and a colon: only the part after the colon
    ("Winzerin Clara Berger erzählt, die Ernte sei gut gewesen. Der Frost bleibt ihre größte Sorge: Er komme immer "
     "später im Jahr.",
     [("die Ernte sei gut gewesen", "INDIRECT_QUOTE", "Clara Berger"),
      ("Er komme immer später im Jahr", "INDIRECT_QUOTE", "Clara Berger")]),
    # the speaker's thing as the subject of the sentence between ("Ihre Sorge war, …"): the speaker before goes on
    ("„Anfangs war ich skeptisch“, erzählt Sabine Lorenz. Ihre Sorge war, dass die Familie zu kurz kommt. „Wir haben "
     "dann lange geredet.“",
     [("Anfangs war ich skeptisch", "DIRECT_QUOTE", "Sabine Lorenz"),
      ("Wir haben dann lange geredet.", "DIRECT_QUOTE", "Sabine Lorenz")]),
    ("„Das Geschäft lief gut“, sagt Bäcker Tobias Haller. Sein Plan war, den Laden an den Sohn zu übergeben. „Der "
     "wollte aber nicht.“",
     [("Das Geschäft lief gut", "DIRECT_QUOTE", "Tobias Haller"),
      ("Der wollte aber nicht.", "DIRECT_QUOTE", "Tobias Haller")]),
    # a plural Konjunktiv II (for the Konjunktiv I "haben") after a chain of one speaker's quotations continues it
    ("„Um sechs Uhr kam der Notarzt“, erzählt die Nachbarin. „Die Tochter hat noch geschrien.“ Genauere Auskünfte "
     "hätten aber weder sie noch die Nachbarn bekommen.",
     [("Um sechs Uhr kam der Notarzt", "DIRECT_QUOTE", "Nachbarin"),
      ("Die Tochter hat noch geschrien.", "DIRECT_QUOTE", "Nachbarin"),
      ("Genauere Auskünfte hätten aber weder sie noch die Nachbarn bekommen", "INDIRECT_QUOTE", "Nachbarin")]),
    ("„Das Dach war schon lange undicht“, sagt der Mieter. „Wir haben es oft gemeldet.“ Die Handwerker hätten aber nie "
     "Zeit gehabt.",
     [("Das Dach war schon lange undicht", "DIRECT_QUOTE", "Mieter"),
      ("Wir haben es oft gemeldet.", "DIRECT_QUOTE", "Mieter"),
      ("Die Handwerker hätten aber nie Zeit gehabt", "INDIRECT_QUOTE", "Mieter")]),
    # "wissen" as the trailing attribution of a report in the Konjunktiv I
    ("Drei Jahre habe die Renovierung gedauert, weiß der Ortsvorsteher.",
     [("Drei Jahre habe die Renovierung gedauert", "INDIRECT_QUOTE", "Ortsvorsteher")]),
    ("Der alte Bahnhof sei früher ein Kino gewesen, wusste die Stadtführerin.",
     [("Der alte Bahnhof sei früher ein Kino gewesen", "INDIRECT_QUOTE", "Stadtführerin")]),
])
def test_round35_de4_reportage(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # an age description stands for the one woman named further back in the passage
    ("Bevor Helga Brückner am Morgen ihren kleinen Kiosk am Marktplatz aufschließt, wartet schon ein älterer Herr mit "
     "Hut und Stock vor der Tür. Er möchte nur kurz wissen, warum die Sonntagszeitungen in dieser Woche fehlen. Der "
     "Lieferwagen stehe wohl wieder im Stau auf der Umgehungsstraße, vermutet er und schüttelt den Kopf. „Das kommt in "
     "letzter Zeit leider öfter vor“, seufzt die 71-Jährige.",
     "Das kommt in letzter Zeit", "Helga Brückner"),
    ("Seit vier Jahrzehnten repariert Gerda Hoffmann in ihrer kleinen Werkstatt am alten Hafen Uhren, Wecker und "
     "Spieluhren aus aller Welt. Gerade legt ein junger Mann eine verbeulte Taschenuhr auf den Tresen und erklärt, er "
     "habe sie von seinem Großvater geerbt und wolle sie unbedingt behalten. Ob sie noch zu retten sei? „Das schaffen "
     "wir schon“, antwortet die 68-Jährige.",
     "Das schaffen wir schon", "Gerda Hoffmann"),
    # a demonstrative "Die" before its verb is the subject, not the object after the verb
    ("Im Jugendtreff begegnet Malik der Sozialarbeiterin Jana Krüger. Die macht gerade ein Praktikum, betreut die "
     "Hausaufgabengruppe und sagt: „Die Kinder brauchen Verlässlichkeit.“",
     "Die Kinder brauchen", "Jana Krüger"),
    # a demonstrative "die" after the verb is the subject (no time genitive "eines Tages", no adverb "Ganz")
    ("Am meisten schmerzte sie der Satz einer Kollegin. Ganz nebenbei sagte die eines Tages: „Das gehört eben dazu.“",
     "Das gehört eben dazu", None),
    ("Am meisten schmerzte sie der Satz einer Kollegin. Ganz nebenbei sagte die: „Das gehört eben dazu.“",
     "Das gehört eben dazu", None),
    # the answer right after a quoted question put to "Frau X"/"Herr X" is that person's
    ("Pflegerin Mareike Sommer beugt sich über das Bett. „Haben Sie gut geschlafen, Frau Albers?“, fragt sie leise. "
     "„Wie ein Murmeltier, das wissen Sie doch.“",
     "Wie ein Murmeltier", "Albers"),
    ("Der Schäfer Ole Hansen zeigt auf die Herde. „Wie viele Tiere sind es, Herr Petersen?“, will der Landrat wissen. "
     "„Gut dreihundert, dazu die Lämmer.“",
     "Gut dreihundert", "Petersen"),
    # an ordinal adverb opening the sentence is no surname ("Erstens wolle er …" had the speaker "Erstens")
    ("Vor sich hat Abdul Sharifa einen Brief ausgebreitet, die Ränder sind zerknittert. Erstens wolle er sagen, wie "
     "dankbar er ist, dass jemand zuhört.",
     "dankbar er ist", None),
])
def test_round35_de4_speaker(text, fragment, speaker):
    ann = run(text, lang="de")
    hits = [q for q in quotes(ann) if fragment in q.text]
    assert hits, [q.text for q in quotes(ann)]
    assert hits[0].attrs["speaker"] == speaker, hits[0].attrs


def test_round35_de4_guards():
    # a noun of thought before its content clause still reports
    assert [q.text for q in quotes(run("Die Bauern haben Sorge, dass die Preise fallen.", lang="de"))] == ["die Preise fallen"]
    # "wissen" before its object or clause reports nothing
    for text in ("Er weiß, dass es schwer wird.", "Sie wusste nicht, was sie sagen sollte.",
                 "Die Kinder hätten gerne mehr Zeit gehabt.", "Die Lage ist klar: Es gibt keinen Ausweg."):
        assert quotes(run(text, lang="de")) == [], text
    # a person as the subject between the quotations speaks herself
    assert_de_exact("„Wir waren zufrieden“, sagt Tobias Haller. Seine Tochter war dagegen. „Das war mir zu riskant.“",
                    [("Wir waren zufrieden", "DIRECT_QUOTE", "Tobias Haller"),
                     ("Das war mir zu riskant.", "DIRECT_QUOTE", "Tochter")])
    # a sentence-initial article before an adverb and an adjective is no demonstrative
    ann = run("Die meist gelesene Zeitung berichtet, die Lage sei ernst.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Zeitung"]
    assert_de_exact("Der Trainer steht am Spielfeldrand. „Das war stark“, sagte der Kapitän.",
                    [("Das war stark", "DIRECT_QUOTE", "Kapitän")])
    # no question, or the asker addressed by name, or a paragraph between: the asker goes on
    for text in ("„Guten Morgen, Frau Albers!“, ruft Pflegerin Mareike Sommer. „Heute gibt es Kuchen.“",
                 "„Haben Sie gut geschlafen, Frau Albers?“, fragt Pflegerin Mareike Sommer.\n\n„Heute gibt es Kuchen.“"):
        ann = run(text, lang="de")
        assert [q.attrs["speaker"] for q in quotes(ann)] == ["Mareike Sommer", "Mareike Sommer"], text
    # someone of that age introduced without a name: the description is that person, not the one named before
    ann = run("Helga Brückner wohnt gegenüber. Ein 71-jähriger Mann wurde verletzt. Der 71-Jährige sagte, er habe "
              "nichts gesehen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["71-Jährige"]


# (round 35, helper de5; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (de5): press releases and the local news built from them — academic titles inside a name, roles of
# universities and clinics, "so X" without its closing comma, owned sources, titled names in apposition, present plural
# "sie", coordinated roles after an inverted cue, a lower-case organisation before a role.
@pytest.mark.parametrize(("text", "expected"), [
    # an academic title inside the name run: the role and "Dr." before the name (a later "sie" is the rector)
    ("Prorektorin Dr. Sabine Kaltwasser begrüßte die neuen Studierenden. „Sie werden hier nicht allein gelassen“, "
     "sagte sie.",
     [("Prorektorin Dr. Sabine Kaltwasser begrüßte die neuen Studierenden", "INDIRECT_QUOTE", "Sabine Kaltwasser"),
      ("Sie werden hier nicht allein gelassen", "DIRECT_QUOTE", "Sabine Kaltwasser")]),
    ("Chefärztin Dr. Miriam Oltmanns lobte die Pflegekräfte. „Wir brauchen mehr Personal“, betonte sie.",
     [("Chefärztin Dr. Miriam Oltmanns lobte die Pflegekräfte", "INDIRECT_QUOTE", "Miriam Oltmanns"),
      ("Wir brauchen mehr Personal", "DIRECT_QUOTE", "Miriam Oltmanns")]),
    # "Prof. Dr." inside a source phrase: the phrase runs on to the name
    ("Die Zahl der Anmeldungen ist nach Auffassung von Präsidentin Prof. Dr. Ute Wendland erfreulich hoch.",
     [("Die Zahl der Anmeldungen ist", "INDIRECT_QUOTE", "Ute Wendland"),
      ("erfreulich hoch", "INDIRECT_QUOTE", "Ute Wendland")]),
])
def test_round35_de5_academic_titles(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "so X" without its closing comma, the report's Konjunktiv verb right after the name
    ("Für das kommende Jahr, so Kämmerin Bettina Rauch wäre ein Defizit kaum zu vermeiden.",
     [("Für das kommende Jahr", "INDIRECT_QUOTE", "Bettina Rauch"),
      ("wäre ein Defizit kaum zu vermeiden", "INDIRECT_QUOTE", "Bettina Rauch")]),
    ("Im Frühjahr, so Ortsvorsteher Lutz Hennig sei mit dem Abriss der Halle zu rechnen.",
     [("Im Frühjahr", "INDIRECT_QUOTE", "Lutz Hennig"),
      ("sei mit dem Abriss der Halle zu rechnen", "INDIRECT_QUOTE", "Lutz Hennig")]),
])
def test_round35_de5_so_without_comma(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an owned source ("nach eigenen Angaben") takes no genitive: the noun phrase after it is the report's
    ("Der Tafelverein ist nach eigenen Angaben der größte Anbieter in der Region.",
     [("Der Tafelverein ist", "INDIRECT_QUOTE", "Tafelverein"),
      ("der größte Anbieter in der Region", "INDIRECT_QUOTE", "Tafelverein")]),
    ("Die Brauerei bleibt nach eigenen Angaben der wichtigste Arbeitgeber im Ort.",
     [("Die Brauerei bleibt", "INDIRECT_QUOTE", "Brauerei"),
      ("der wichtigste Arbeitgeber im Ort", "INDIRECT_QUOTE", "Brauerei")]),
])
def test_round35_de5_owned_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a role, then an article-led titled name in apposition: the name speaks
    ("Der Vorsitzende des Landessportbundes, der Kieler Präsident Holger Wendt, betonte, die Vereine bräuchten mehr "
     "Hallenzeiten.",
     [("die Vereine bräuchten mehr Hallenzeiten", "INDIRECT_QUOTE", "Holger Wendt")]),
    ("Die Hallen seien marode, sagte die Leiterin des Sportamts, die Bremer Dezernentin Karin Lüders.",
     [("Die Hallen seien marode", "INDIRECT_QUOTE", "Karin Lüders")]),
    # two coordinated roles after an inverted cue: the name after the second one speaks
    ("„Der Neubau war überfällig“, erklärte Landrat und Verbandsvorsitzender Jochen Albers (CDU).",
     [("Der Neubau war überfällig", "DIRECT_QUOTE", "Jochen Albers")]),
    ("„Die Wartezeiten sinken deutlich“, ergänzte Sozial- und Gesundheitsdezernentin Petra Kühn.",
     [("Die Wartezeiten sinken deutlich", "DIRECT_QUOTE", "Petra Kühn")]),
    # a long role description with a "für" phrase, then the name without commas
    ("„Der Arbeitsmarkt kühlt ab“, meint die Vorsitzende der Geschäftsführung der Agentur für Arbeit Ulrike Brandes.",
     [("Der Arbeitsmarkt kühlt ab", "DIRECT_QUOTE", "Ulrike Brandes")]),
    ("Die Betriebe seien verunsichert, sagte der Präsident der Kammer für Handwerk der Region Emsland Karl Kruse.",
     [("Die Betriebe seien verunsichert", "INDIRECT_QUOTE", "Karl Kruse")]),
    # a lower-case organisation before its hyphen and the role
    ("„Ohne Angebot erhöhen wir den Druck“, erklärt ver.di-Landesleiter Jonas Ahlers.",
     [("Ohne Angebot erhöhen wir den Druck", "DIRECT_QUOTE", "Jonas Ahlers")]),
])
def test_round35_de5_roles_before_names(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a present plural "sie": no single person named before
    ("Die Kammern haben sich gegen den Entwurf von Ministerin Ruth Kessler gestellt. Sonst drohen Engpässe in der "
     "Versorgung, wie sie warnen.",
     [("Sonst drohen Engpässe in der Versorgung", "INDIRECT_QUOTE", None)]),
    # the verb's object after a full name is no part of the name a later "er" takes
    ("Im Tarifstreit schließt Gewerkschaftschef Peter Kranz Streiks nicht aus. „Der Druck steigt“, sagte er.",
     [("Im Tarifstreit schließt Gewerkschaftschef Peter Kranz Streiks nicht aus", "INDIRECT_QUOTE", "Peter Kranz"),
      ("Der Druck steigt", "DIRECT_QUOTE", "Peter Kranz")]),
    # "auf den Punkt bringen" with a colon and a Konjunktiv report
    ("Vorstand Ralf Meinert brachte es auf den Punkt: Die beiden Filialen würden seit Jahren Verluste schreiben.",
     [("Die beiden Filialen würden seit Jahren Verluste schreiben", "INDIRECT_QUOTE", "Ralf Meinert")]),
])
def test_round35_de5_plural_object_summary(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause in the passive: its pronoun is no speaker, and nothing is reported
    ("Rektor Jan Moll wandte sich an die Erstsemester, die am Morgen feierlich begrüßt wurden. „Willkommen an unserer "
     "Hochschule“, sagte er.",
     [("Willkommen an unserer Hochschule", "DIRECT_QUOTE", "Jan Moll")]),
    ("Die Sparpläne, die am Montag im Kreistag angekündigt wurden, stoßen auf Widerstand.", []),
])
def test_round35_de5_passive_relative(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "quote", "span"), [
    # the fronted object "Das" and the auxiliary are no part of the speaker's mention
    ("Das hat Bürgermeisterin Jana Roloff am Montag nachgeholt. „Wir danken allen Helfern.“",
     "Wir danken allen Helfern.", "Bürgermeisterin Jana Roloff"),
])
def test_round35_de5_speaker_span(text, quote, span):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == quote)
    sp = linked(ann, q.id, "said_by")
    assert sp is not None and sp.text == span, (sp.text if sp else None)


def test_round35_de5_guards():
    # "so" as a correlative or degree word stays no source
    assert_de_exact("Wenn es regnet, so wäre das Fest verschoben.", [])
    # an auxiliary before "sie": "wird sie sagen" is one woman
    assert_de_exact("Ministerin Anna Roth kam spät. „Das wird sie sagen“, meinte ihr Sprecher Tom Bauer.",
                    [("Das wird sie sagen", "DIRECT_QUOTE", "Tom Bauer")])
    # a long role description without a name stays the speaker
    assert_de_exact("„Die Lage ist ernst“, sagte die Leiterin des Amtes für Arbeit und Soziales der Stadt.",
                    [("Die Lage ist ernst", "DIRECT_QUOTE", "Leiterin des Amtes")])
    # a relative clause after the role is no apposition of a name
    assert_de_exact("Die Hallen seien marode, sagte der Amtsleiter, der Karin Lüders kennt.",
                    [("Die Hallen seien marode", "INDIRECT_QUOTE", "Amtsleiter")])


# (round 35, helper de6; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 36 (de6): German agency items and news tickers with indicative attributions ("laut", "zufolge", "nach
# Angaben von", "Das teilte X mit. Demnach …"): the span boundaries of the contents and their sources' names.
# All sentences are invented in the style of short agency items.
IND = "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with "Demnach" after a report that names only its source ("Das teilte X mit.") goes on with it
    ("Ein Lagerhaus in Kassel ist in der Nacht ausgebrannt. Das teilte die Feuerwehr am Montag mit. Demnach brach das "
     "Feuer gegen drei Uhr in einer Halle aus.",
     [("Das", IND, "Feuerwehr"), ("Demnach brach das Feuer gegen drei Uhr in einer Halle aus", IND, "Feuerwehr")]),
    ("Die Nachfrage nach Fahrrädern ist gesunken. Das berichten mehrere Händler. Demnach verkauften die Geschäfte im "
     "Frühjahr deutlich weniger Räder.",
     [("Das", IND, "Händler"), ("Demnach verkauften die Geschäfte im Frühjahr deutlich weniger Räder", IND, "Händler")]),
])
def test_de_demnach_after_short_report(text, expected):
    assert_de_exact(text, expected)


def test_de_demnach_guards():
    # no report before: "Demnach" is the writer's "therefore"
    assert_de_exact("Die Mieten sind im Frühjahr gestiegen. Demnach müssen viele Familien mehr zahlen.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # "laut" with a source noun and its genitive: the genitive is the source's, not the content's first words
    ("Laut Informationen der Nachrichtenagentur Reuters verhandelt der Konzern Velmar über den Verkauf seiner "
     "Chemiesparte.",
     [("verhandelt der Konzern Velmar über den Verkauf seiner Chemiesparte", IND, "Nachrichtenagentur Reuters")]),
    ("Laut Angaben der Nachrichtenagentur AFP wurden bei dem Beben mindestens zwölf Häuser zerstört.",
     [("wurden bei dem Beben mindestens zwölf Häuser zerstört", IND, "Nachrichtenagentur AFP")]),
    # two owners of one source noun, and a title coordinated before a name
    ("Zwei Männer wurden nach Angaben der Polizei und der Staatsanwaltschaft am Dienstag in Lübeck festgenommen.",
     [("Zwei Männer wurden", IND, "Polizei und Staatsanwaltschaft"),
      ("am Dienstag in Lübeck festgenommen", IND, "Polizei und Staatsanwaltschaft")]),
    ("Nach Ansicht des früheren Bürgermeisters und heutigen Landrats Kurt Wendeler muss die Brücke bis zum Herbst "
     "saniert werden.",
     [("muss die Brücke bis zum Herbst saniert werden", IND, "Kurt Wendeler")]),
    # a compound "X-Angaben" names its owner: a genitive after it is the content's
    ("Soldaten trafen auf drei Kämpfer, die nach Armee-Angaben der Miliz angehörten.",
     [("die", IND, "Armee"), ("der Miliz angehörten", IND, "Armee")]),
    ("Die Hilfsgüter erreichten nach US-Angaben am Sonntag den Hafen.",
     [("Die Hilfsgüter erreichten", IND, "US"), ("am Sonntag den Hafen", IND, "US")]),
    # an institution's genitive after "des" is named in the nominative
    ("Nach Angaben des Umweltministeriums wurden im Sommer 40 Wölfe gezählt.",
     [("wurden im Sommer 40 Wölfe gezählt", IND, "Umweltministerium")]),
    # a verb in the past before a bare source noun is no part of the source
    ("Die Marine zerstörte Armeeangaben zufolge zwei Schnellboote im Schwarzen Meer.",
     [("Die Marine zerstörte", IND, "Armeeangaben"), ("zwei Schnellboote im Schwarzen Meer", IND, "Armeeangaben")]),
    # "dass" and a fronted wie-clause are no part of the content split by a source
    ("Der Sender hatte berichtet, dass laut der Feuerwehr drei Häuser einsturzgefährdet seien.",
     [("laut der Feuerwehr drei Häuser einsturzgefährdet seien", IND, "Sender"),
      ("drei Häuser einsturzgefährdet seien", IND, "Feuerwehr")]),
    ("Wie das Blatt weiter berichtet, könnte die Sanierung dem Gutachten zufolge bis 2026 dauern.",
     [("könnte die Sanierung dem Gutachten zufolge bis 2026 dauern", IND, "Blatt"),
      ("könnte die Sanierung", IND, "Gutachten"), ("bis 2026 dauern", IND, "Gutachten")]),
])
def test_de_source_phrase_bounds(text, expected):
    assert_de_exact(text, expected)


def test_de_source_phrase_guards():
    # a subject coordinated after the content's verb stays in the content
    assert_de_exact("Nach Angaben der Polizei wurden drei Menschen und der Fahrer verletzt.",
                    [("wurden drei Menschen und der Fahrer verletzt", IND, "Polizei")])
    # an adjective before a bare source noun in a subordinate clause stays in the source
    assert_de_exact("Die Feuerwehr teilte mit, dass das Feuer ersten Erkenntnissen zufolge in der Küche ausbrach.",
                    [("das Feuer ersten Erkenntnissen zufolge in der Küche ausbrach", IND, "Feuerwehr"),
                     ("das Feuer", IND, "Feuerwehr"), ("in der Küche ausbrach", IND, "Feuerwehr")])
    # a relative pronoun after "laut" stays in the content
    assert_de_exact("Die Polizei fasste einen Mann, der laut Zeugen eine Waffe trug.",
                    [("der", IND, "Zeugen"), ("eine Waffe trug", IND, "Zeugen")])


@pytest.mark.parametrize(("text", "expected"), [
    # two subjects of a cue in the plural both speak
    ("Der Verdächtige sitzt in Untersuchungshaft, wie Polizei und Staatsanwaltschaft am Freitag mitteilten.",
     [("Der Verdächtige sitzt in Untersuchungshaft", IND, "Polizei und Staatsanwaltschaft")]),
    ("Die Fähre lief in Kiel auf Grund. Das berichten die „Kieler Nachrichten“ sowie der Sender NDR.",
     [("Das", IND, "Kieler Nachrichten und Sender NDR")]),
    # a programme's name in quotation marks and a relative clause after a trailing attribution report nothing
    ("Die Ministerin hat eine Reform angekündigt. Die Pflegekassen sollten mehr Geld erhalten, sagte Renate Kolbe in "
     "der ZDF-Sendung „Berlin direkt“, die am Sonntag ausgestrahlt wurde.",
     [("Die Ministerin hat eine Reform angekündigt", IND, "Ministerin"),
      ("Die Pflegekassen sollten mehr Geld erhalten", IND, "Renate Kolbe")]),
    # a ticker's time stamp and the place after it are no part of the content
    ("14.05 Uhr: Kassel - Die Diebe entkamen mit einem Transporter, teilte die Polizei am Dienstag mit.",
     [("Die Diebe entkamen mit einem Transporter", IND, "Polizei")]),
])
def test_de_agency_item_attributions(text, expected):
    assert_de_exact(text, expected)


def test_de_agency_item_guards():
    # a second verb after "und" keeps the speaker single
    assert_de_exact("Die Straße bleibe gesperrt, sagte der Bürgermeister und verwies auf die Schäden.",
                    [("Die Straße bleibe gesperrt", IND, "Bürgermeister")])
    # a singular verb: the name after "und" is no second subject
    assert_de_exact("Die Straße bleibe gesperrt, sagte die Bürgermeisterin Anna Roth am Montag.",
                    [("Die Straße bleibe gesperrt", IND, "Anna Roth")])


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of a source noun after "laut" or before "zufolge" speaks, as after "nach"
    ("Laut einem Bericht des „Tagesspiegels“ will der Senat zwei Bäder schließen.",
     [("will der Senat zwei Bäder schließen", IND, "Tagesspiegel")]),
    ("Einem Bericht der „Rheinpfalz“ zufolge soll die Brücke im Sommer gesperrt werden.",
     [("soll die Brücke im Sommer gesperrt werden", IND, "Rheinpfalz")]),
    ("Die Armee bereitet sich laut Einschätzung des britischen Geheimdienstes auf einen langen Winter vor.",
     [("Die Armee bereitet sich", IND, "Geheimdienst"), ("auf einen langen Winter vor", IND, "Geheimdienst")]),
    ("Laut eines Berichts der Lokalzeitung sollen 40 Stellen wegfallen.",
     [("sollen 40 Stellen wegfallen", IND, "Lokalzeitung")]),
])
def test_de_source_noun_owner_speaks(text, expected):
    assert_de_exact(text, expected)


def test_de_source_noun_owner_guards():
    # a name ending in -us keeps its ending
    assert_de_exact("Laut einem Bericht des „Focus“ will der Senat zwei Bäder schließen.",
                    [("will der Senat zwei Bäder schließen", IND, "Focus")])
    # a source noun without a genitive keeps its own name
    assert_de_exact("Laut Zeugen floh der Täter mit einem Fahrrad.", [("floh der Täter mit einem Fahrrad", IND, "Zeugen")])


@pytest.mark.parametrize(("text", "expected"), [
    # "erfuhr" trailing a report, with its source in Kreisen/Quellen/Umfeld, as the fronted "Wie X aus Kreisen erfuhr"
    ("Der Minister werde noch im Mai zurücktreten, erfuhr die Deutsche Presse-Agentur am Montag aus Parteikreisen.",
     [("Der Minister werde noch im Mai zurücktreten", IND, "Deutsche Presse-Agentur")]),
    ("Die Werft soll an einen Investor aus Norwegen gehen, erfuhr das Blatt aus dem Umfeld des Aufsichtsrats.",
     [("Die Werft soll an einen Investor aus Norwegen gehen", IND, "Blatt")]),
])
def test_de_trailing_learned_from_circles(text, expected):
    assert_de_exact(text, expected)


def test_de_trailing_learned_guards():
    # a place after "aus", or no source after it: "erfuhr" is learning, no report
    assert_de_exact("Der Zug hatte Verspätung, erfuhr der Reporter aus Berlin.", [])
    assert_de_exact("Er kam nach Hause, erfuhr aber erst später aus der Zeitung davon.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a cue's participle in the passive: its subject does not speak ("würden" too, and closing a subordinate clause)
    ("Die Feuerwehr suchte bis zum Abend weiter, da noch zwei Wanderer unter den Schneemassen vermutet wurden.", []),
    ("Ein Sprecher der Stadt sagte, man erhalte täglich viele Beschwerden. Alle Beschwerden würden sorgfältig bewertet.",
     [("man erhalte täglich viele Beschwerden", IND, "Sprecher der Stadt"),
      ("Alle Beschwerden würden sorgfältig bewertet", IND, "Sprecher der Stadt")]),
])
def test_de_passive_cue_subject(text, expected):
    assert_de_exact(text, expected)


def test_de_passive_cue_subject_guards():
    # a passive inside a reported dass-clause stays the content
    assert_de_exact("Der Verband kritisierte, dass die Zahlen zu spät veröffentlicht wurden.",
                    [("die Zahlen zu spät veröffentlicht wurden", IND, "Verband")])
    # an active cue closing a subordinate clause keeps its subject
    assert_de_exact("Die Stadt reagierte, nachdem Anwohner den Lärm kritisiert hatten.",
                    [("nachdem Anwohner den Lärm kritisiert hatten", IND, "Anwohner")])


# (round 35, helper de7; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (de7): writing and thought in German news: letters, posts, reports; gender-inclusive plurals as
# speakers, sentence-initial adverbs and conjunctions as no speaker, "ein anderer" before the cue, opinion and
# mocking verbs before a clause, a trailing plural wie-clause, "heißt es" with a reference, a reaction before a colon.
# Every table row failed before this round.
@pytest.mark.parametrize(("text", "expected"), [
    # a gender-inclusive plural is one word and speaks ("Ärzt:innen" was "Ärzt", "Schauspieler*innen" none)
    ("Am Freitag haben 40 Ärzt:innen in einem offenen Brief gewarnt, die Versorgung sei in Gefahr.",
     [("die Versorgung sei in Gefahr", "INDIRECT_QUOTE", "Ärzt:innen")]),
    ("Die Schauspieler*innen schrieben in dem Aufruf, die Bühnen dürften nicht schließen.",
     [("die Bühnen dürften nicht schließen", "INDIRECT_QUOTE", "Schauspieler*innen")]),
    ("Die Anwohner/innen hoffen, dass die Straße bald wieder frei ist.",
     [("die Straße bald wieder frei ist", "INDIRECT_QUOTE", "Anwohner/innen")]),
    ("Die Autor:innen äußern ihre Enttäuschung. Die Politik habe die Warnungen überhört.",
     [("Die Politik habe die Warnungen überhört", "INDIRECT_QUOTE", "Autor:innen")]),
])
def test_gender_inclusive_plural_speaks(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence adverb, a subordinator or a counted noun is no speaker or antecedent
    ("Es sei schwer, darüber zu reden. Deswegen schweige sie lange. „Ich brauchte Zeit“, schreibt sie.",
     [("Ich brauchte Zeit", "DIRECT_QUOTE", None)]),
    ("Bereits vor zwei Jahren hätte man bei ihr eine Entzündung entdeckt. „Das war ein Schock“, schreibt sie.",
     [("Das war ein Schock", "DIRECT_QUOTE", None)]),
    ("Weil er sich bedroht fühlte, trug er nach eigenen Angaben eine Pistole bei sich.",
     [("Weil er sich bedroht fühlte, trug er", "INDIRECT_QUOTE", None),
      ("eine Pistole bei sich", "INDIRECT_QUOTE", None)]),
    ("Der Kläger Jonas Pfeil schwieg lange. Weil er sich bedroht fühlte, trug er nach eigenen Angaben eine Pistole "
     "bei sich.",
     [("Weil er sich bedroht fühlte, trug er", "INDIRECT_QUOTE", "Jonas Pfeil"),
      ("eine Pistole bei sich", "INDIRECT_QUOTE", "Jonas Pfeil")]),
    ("Die Sängerin Mia Lorenz hat sich nach sechs Monaten Instagram-Pause zurückgemeldet. Auch sonst sei es ihr gut "
     "gegangen: „Ich habe viel gelesen und bin oft gewandert.“",
     # (round 38, kon: "sei es" after a fronted phrase is a report's verb, no fixed phrase: her report before the colon)
     [("Auch sonst sei es ihr gut gegangen", "INDIRECT_QUOTE", "Mia Lorenz"),
      ("Ich habe viel gelesen und bin oft gewandert.", "DIRECT_QUOTE", "Mia Lorenz")]),
    # "nach eigenen Angaben" is not the phrase's; nor a name inside a prepositional phrase of the sentence
    ("In einem Gespräch mit dem Minister Karl Wendt lobte er nach eigenen Angaben die Pläne.",
     [("In einem Gespräch mit dem Minister Karl Wendt lobte er", "INDIRECT_QUOTE", None),
      ("die Pläne", "INDIRECT_QUOTE", None)]),
])
def test_no_adverb_or_counted_noun_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "ein anderer"/"Einer" before the cue speaks, as after it
    ("Zwei Gutachter hielten die Urkunde für echt. Ein anderer dagegen sagte, sie sei gefälscht.",
     [("sie sei gefälscht", "INDIRECT_QUOTE", "anderer")]),
    ("Viele Gäste lobten das Essen. Eine andere sagte, es sei zu salzig gewesen.",
     [("Viele Gäste lobten das Essen", "INDIRECT_QUOTE", "Gäste"),
      ("es sei zu salzig gewesen", "INDIRECT_QUOTE", "andere")]),
])
def test_another_one_before_the_cue(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of mocking or suspecting (after a quotation only before) report a Konjunktiv clause after their comma
    ("Kolumnist Peter Hain witzelt, der Minister habe sich selbst widerlegt.",
     [("der Minister habe sich selbst widerlegt", "INDIRECT_QUOTE", "Peter Hain")]),
    ("Die Opposition argwöhnt, die Regierung habe den Bericht zurückgehalten.",
     [("die Regierung habe den Bericht zurückgehalten", "INDIRECT_QUOTE", "Opposition")]),
    # "finden" without "heraus" before a dass-clause or a Konjunktiv clause is an opinion
    ("Die Bürgermeisterin Ina Schell findet, dass der Stadtrat zu spät gehandelt hat.",
     [("der Stadtrat zu spät gehandelt hat", "INDIRECT_QUOTE", "Ina Schell")]),
    ("Viele Eltern finden, die Schule beginne zu früh.",
     [("die Schule beginne zu früh", "INDIRECT_QUOTE", "Eltern")]),
    # a plural cue closing a trailing wie-clause after a modal in the Konjunktiv
    ("Nun müsse rasch gehandelt werden, wie die Unterzeichner in ihrem Schreiben betonen.",
     [("Nun müsse rasch gehandelt werden", "INDIRECT_QUOTE", "Unterzeichner")]),
])
def test_opinion_and_mocking_verbs(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "heißt es unter anderem in …" keeps its source; "in Anspielung auf"/"in Bezug auf" is none
    ("Die Versorgung sei gefährdet, heißt es unter anderem in der Stellungnahme des Verbands.",
     [("Die Versorgung sei gefährdet", "INDIRECT_QUOTE", "Stellungnahme des Verbands")]),
    ("„Weiter so, Freunde“, heißt es dazu in Anspielung auf die nächste Wahl.",
     [("Weiter so, Freunde", "DIRECT_QUOTE", None)]),
    ("„Wir sind vorbereitet“, heißt es in Bezug auf den Streik.",
     [("Wir sind vorbereitet", "DIRECT_QUOTE", None)]),
    # a short quoted sentence after a verb of reacting or turning to someone and a colon
    ("Die Ministerin reagierte auf X: „Das ist unanständig.“",
     [("Das ist unanständig.", "DIRECT_QUOTE", "Ministerin")]),
    ("Trainer Ole Brandt meldete sich zu Wort: „Wir bleiben ruhig.“",
     [("Wir bleiben ruhig.", "DIRECT_QUOTE", "Ole Brandt")]),
    # a short quotation before a colon is not the cue's after it (a scare quote, no speech)
    ("Die Ministerin erntete einen „Sturm der Entrüstung“: Sie hatte die Kürzungen verteidigt.",
     [("Sie hatte die Kürzungen verteidigt", "INDIRECT_QUOTE", None)]),
    ("Die „Ampel“ ist Geschichte: Der Kanzler sagte, er werde die Vertrauensfrage stellen.",
     [("er werde die Vertrauensfrage stellen", "INDIRECT_QUOTE", "Kanzler")]),
    # a name in title case after its article (and adjective) is no direct quote
    ("Forscher der britischen „Royal Society of Chemistry“ haben sich an die Regierung gewandt.", []),
    ("Bei dem „Deep Orbit Research Probe“ (DORP) handelt es sich um einen Satelliten.", []),
    # "Sie" before a verb in the present plural is a group, not the person named before
    ("Die Ärzte haben sich an Ministerin Karla Brenner gewandt. Sie fordern mehr Personal für die Kliniken.",
     [("Sie fordern mehr Personal für die Kliniken", "INDIRECT_QUOTE", None)]),
    # a role's body after "im" inside the sentence belongs to the laut-phrase
    ("Die Versorgung ist laut einer Sprecherin im Gesundheitsministerium gesichert.",
     [("Die Versorgung ist", "INDIRECT_QUOTE", "Sprecherin im Gesundheitsministerium"),
      ("gesichert", "INDIRECT_QUOTE", "Sprecherin im Gesundheitsministerium")]),
])
def test_documents_and_reactions(text, expected):
    assert_de_exact(text, expected)


def test_round35_de7_guards():
    # a negated opinion, "fand" with its object, and a clause that is no content stay unreported
    assert_de_exact("Der Linken-Chef findet nicht, dass die Einigung ein Grund zum Feiern ist.", [])
    assert_de_exact("Die Polizei fand, als sie eintraf, die Tür offen.", [])
    assert_de_exact("Der Trainer lachte, die Fans jubelten.", [])
    # "Weil" as the surname of the speaker stays
    assert_de_exact("Weil sagte am Montag, die Landesregierung werde handeln.",
                    [("die Landesregierung werde handeln", "INDIRECT_QUOTE", "Weil")])
    # a motto or a one-word quotation after a colon is no speech
    assert_de_exact("Das Motto der Kampagne lautet: „Wir schaffen das.“", [])
    assert_de_exact("Die Polizei reagierte mit einem Großeinsatz: „Alarm.“", [])
    # a reaction with a cue of its own is unchanged; the source "Reaktion des Ministeriums" stays
    assert_de_exact("Die Lage sei ernst, heißt es in einer Reaktion des Ministeriums.",
                    [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministeriums")])
    # the infinitive after a Konjunktiv modal is no cue
    assert_de_exact("Chinas Militär werde die Souveränität verteidigen und den Separatismus niederschlagen.", [])
    # a short quotation inside a report before a colon, and one after its cue, stay
    assert_de_exact("Er sprach von einem „Desaster“: Die Partei habe versagt.",
                    [("Desaster", "DIRECT_QUOTE", None)])
    # a title-case phrase with its own sentence mark, or after a cue, stays a quotation
    assert_de_exact("Der Minister sprach von einer „Großen Koalition der Vernunft“.",
                    [("Großen Koalition der Vernunft", "DIRECT_QUOTE", "Minister")])
    # "Sie sagt" (singular) still resolves to the person before
    assert_de_exact("Die Ministerin Anna Roth kam am Montag. Sie sagt, sie sei zufrieden.",
                    [("sie sei zufrieden", "INDIRECT_QUOTE", "Anna Roth")])
    # a time phrase after "im" is the content's
    assert_de_exact("Die Lage ist laut einem Sprecher im Moment ernst.",
                    [("Die Lage ist", "INDIRECT_QUOTE", "Sprecher"), ("im Moment ernst", "INDIRECT_QUOTE", "Sprecher")])
    # "finden" with "heraus" is unchanged
    assert_de_exact("Die Forscher fanden heraus, dass die Zahl steigt.",
                    [("die Zahl steigt", "INDIRECT_QUOTE", "Forscher")])


# (round 35, helper en1; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35 (helper en1): English political news whose sources are documents and written statements: reports,
# letters, court filings, memos obtained by a paper, statements "released Tuesday" (sentences written for these tests,
# names invented).
def assert_en_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # adjuncts of a trailing attribution: "late on Sunday", a day before the document's noun
    ("The ministry plans to close four consulates, the Tribune reported late on Sunday, citing two officials.",
     [("The ministry plans to close four consulates", IND, "Tribune")]),
    ("The tariffs will hurt farmers in the state, Governor Ellen Marsh said in a Friday statement.",
     [("The tariffs will hurt farmers in the state", IND, "Ellen Marsh")]),
    ("The agency acted unlawfully when it froze the grants, the attorneys wrote in a Tuesday court filing.",
     [("The agency acted unlawfully when it froze the grants", IND, "attorneys")]),
    # "it" and a past verb after a cue that often takes an object: a clause, not the act's sentence
    ("The commission announced it opened an inquiry into the contract.",
     [("it opened an inquiry into the contract", IND, "commission")]),
    ("The ministry confirmed it received the complaint on Monday.",
     [("it received the complaint on Monday", IND, "ministry")]),
    # a document seen or obtained by a paper speaks, not the paper
    ("Internal Treasury Department emails seen by The Courier reveal that staff delayed the audit.",
     [("staff delayed the audit", IND, "Internal Treasury Department emails")]),
    ("A draft memo obtained by the Ledger reveals that the hospital will cut 200 beds.",
     [("the hospital will cut 200 beds", IND, "draft memo")]),
    # "According to <name>, <apposition>, …": the apposition is no part of the content
    ("According to Martin Kessler, a spokesman for the county, the bridge will reopen in June.",
     [("the bridge will reopen in June", IND, "Martin Kessler")]),
    # a document between the cue and "that"; "implied"
    ("Judge Laura Finch implied in her ruling that the state could appeal.",
     [("the state could appeal", IND, "Laura Finch")]),
    ("The watchdog found in its annual report that the agency ignored warnings.",
     [("the agency ignored warnings", IND, "watchdog")]),
    # a document from a body named without an article; a relative clause on a document
    ("The department will not renew the contract, a letter from City Hall officials said.",
     [("The department will not renew the contract", IND, "letter from City Hall officials")]),
    ("Dozens of lawmakers signed a letter that said the cuts were reckless.",
     [("the cuts were reckless", IND, "letter")]),
    # a wire dateline with its date
    ("March 4 (UPI) -- The senator will not seek reelection, a statement from her office said.",
     [("The senator will not seek reelection", IND, "statement from her office")]),
    # "every claim" is a noun, no cue whose speaker a later participle takes
    ("Prosecutors told the judge that the case was simple despite the defendant's every claim, arguing the evidence "
     "was overwhelming.",
     [("the case was simple despite the defendant's every claim", IND, "Prosecutors"),
      ("the evidence was overwhelming", IND, "Prosecutors")]),
    # a long fronted phrase before the subject of a participle cue
    ("In a sign of the deepening rift between the mayor and the city council, the police union backed the chief on "
     "Tuesday, saying the budget was a betrayal.",
     [("the budget was a betrayal", IND, "police union")]),
    # a finding whose whole content is a quotation
    ('In her ruling, Judge Mira Olsen found that "the state offered no evidence at all."',
     [("the state offered no evidence at all.", DIR, "Mira Olsen")]),
    # a relative clause inside the content's subject, then its verb; the writer's comment after a dash
    ("The audit also shows that the condition of the bridge, which is maintained by a contractor, did not meet safety "
     "standards - an admission that the city left out of its statement.",
     [("the condition of the bridge, which is maintained by a contractor, did not meet safety standards", IND, "audit")]),
    ("Officials said the owner of the plant, which opened in 1990, would sell it.",
     [("the owner of the plant, which opened in 1990, would sell it", IND, "Officials")]),
    # "urging" after a document or a comma: the participle's clause is the act
    ("Thirty state attorneys general signed a letter urging Congress to act.",
     [("urging Congress to act", IND, "letter")]),
    ("The senators sent a letter to the secretary, urging her to end the program.",
     [("urging her to end the program", IND, "senators")]),
    # "counsel" as a title before a name
    ("According to White House counsel Dana Pruitt, the memo contains classified passages.",
     [("the memo contains classified passages", IND, "Dana Pruitt")]),
    # an infinitive after the addressee: the relative clause in it is no "that" clause
    ("The mayor told officials to close the park that opened in May.", []),
    # "it" after a sentence whose subject is a document
    ("The audit painted the agency as chaotic. It also suggested that the director ignored the warnings.",
     [("the director ignored the warnings", IND, "audit")]),
])
def test_round35_en1_document_sources(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The board approved it.", []),
    ("The company confirmed it in a statement.", [("The company confirmed it in a statement", IND, "company")]),
    ("The report that said the plant was safe was wrong.", []),
    # a law's wording is no one's statement
    ("Congress passed a law that said employers must report the data.", []),
    ("The decision implies a shift in policy.", []),
    # a relative clause after the name's comma is the content's, no apposition
    ("According to John Reed, the plant, which opened in 1990, will close in May.",
     [("the plant, which opened in 1990, will close in May", IND, "John Reed")]),
    # "implied" without "that" is no cue: the earlier "said" keeps the quotation
    ('This is a woman who once said that air is bad because airlines "pump in" nitrogen (which she implied was too '
     'much).',
     [('air is bad because airlines "pump in" nitrogen (which she implied was too much)', IND, "woman"),
      ("pump in", DIR, "woman")]),
    # a report released by its author keeps its full name
    ("The county will run out of money by June, a report released by the state auditor said.",
     [("The county will run out of money by June", IND, "report released by the state auditor")]),
    # a relative clause on the object after the content's verb ends it
    ("Officials said they visited the home of the mayor, which was empty, and left.",
     [("they visited the home of the mayor", IND, "Officials")]),
    # a partial quotation after "found that" is no whole content
    ('The panel found that "no reasonable prosecutor" would bring the case.', []),
    # a progressive "urging" is no act of its own here
    ("The agency is urging caution.", []),
    ("Several Republican senators are urging colleagues to wait, arguing the nominee can win.",
     [("Several Republican senators are urging colleagues to wait", IND, "Several Republican senators"),
      ("the nominee can win", IND, "Several Republican senators")]),
    # an addressee with an adjunct, then "that"
    ("Mayor Ruth Adler told reporters at the Capitol that the deal was done.",
     [("the deal was done", IND, "Ruth Adler")]),
    # a document as the object of the sentence before is no antecedent of "it" here
    ("The inspector general released the audit on Tuesday. It found that the agency lost 400 laptops.",
     [("the agency lost 400 laptops", IND, None)]),
    # a dateline without an agency in brackets stays
    ("Officials said on Monday the agency failed.", [("the agency failed", IND, "Officials")]),
])
def test_round35_en1_document_sources_guards(text, expected):
    assert_en_exact(text, expected)


# (round 35, merge review; sentences written for these tests, see docs/quotes.md, "Round 35")
# Quotes round 35: rows of the merge review (sentences written for these tests).
def test_de_round35_review_article_before_adverb_adjective():
    # (de4's demonstrative subject met de3's pages) an article before an adverb in -weit and an adjective with its noun
    # is no demonstrative pronoun: the speaker span is the whole description
    ann = run("Die Punktevergabe wird von Helene Fischer übernommen. Die deutschlandweit erfolgreiche Sängerin wird "
              "am Samstag die „zwölf Punkte“ verkünden.", lang="de")
    speakers = [s.text for s in ann.spans if s.label == "SPEAKER"]
    assert speakers == ["Die deutschlandweit erfolgreiche Sängerin"], speakers
    assert [q.text for q in quotes(ann)] == ["zwölf Punkte"]


def test_de_round35_review_academic_title_in_colon_lead():
    # (de5's academic titles met de7's pages) the subject before a colon runs over "Prof." to the name
    ann = run("Ökonom Prof. Jens Südekum will noch nicht viel Hoffnung machen: „So einfach ist es leider nicht.“",
              lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("So einfach ist es leider nicht.", "Jens Südekum")]


def test_de_round35_review_article_after_colon_opens_no_title():
    # (de3's work titles met de7's pages) a capitalised article after a colon opens a clause; the quotation after it
    # is a partial quotation, not a title after a noun
    ann = run("Auf Erleichterungen geht Stoph erst in zweiter Linie ein: Die „Normalisierung der Beziehungen zwischen "
              "beiden Staaten“ müsse vorangehen.", lang="de")
    assert "Normalisierung der Beziehungen zwischen beiden Staaten" in [q.text for q in quotes(ann, "DIRECT_QUOTE")]


def test_de_round35_review_second_subject_stops_before_the_object():
    # (de6's coordinated subjects met de5's pages) the verb's object after the second subject's full name is no part of
    # it, as de5 made it for the first
    ann = run("Am Ende des Tages zogen Parkleiter Wolfgang Rades und die Vorsitzende Anna Dorn Bilanz: „Es war ein guter "
              "Sommer.“", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Wolfgang Rades und Anna Dorn"]

# (round 35, second wave, helper w1; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 36 (w1): German regional public-broadcaster short news (police, courts, local politics).
#
# Each table row failed against the frozen source (505c8d1); the guards pin what the rules must not do.
IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# 1. a demanded, charged or filed object after the speaker's noun with its article is no part of the speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("Im Fall der getöteten Rentnerin aus Wendorf hat die Staatsanwaltschaft Anklage gegen einen 34-Jährigen erhoben.",
     [("Im Fall der getöteten Rentnerin aus Wendorf hat die Staatsanwaltschaft Anklage gegen einen 34-Jährigen erhoben",
       IND, "Staatsanwaltschaft")]),
    ("Vor dem Landgericht Gera haben die Verteidiger Freispruch für beide Angeklagten gefordert.",
     [("Vor dem Landgericht Gera haben die Verteidiger Freispruch für beide Angeklagten gefordert", IND, "Verteidiger")]),
    ("Im Prozess um den Brand in Lohberg hat die Nebenklage Haftstrafen von neun Jahren verlangt.",
     [("Im Prozess um den Brand in Lohberg hat die Nebenklage Haftstrafen von neun Jahren verlangt", IND, "Nebenklage")]),
])
def test_object_noun_after_speaker(text, expected):
    assert_de_exact(text, expected)


# 2. "eigenen Angaben zufolge" after the finite verb: the source starts at "eigenen" and is the subject's
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Stadtwerke Kelbach planen eigenen Angaben zufolge für den Herbst eine Erhöhung der Wasserpreise.",
     [("Die Stadtwerke Kelbach planen", IND, "Stadtwerke Kelbach"),
      ("für den Herbst eine Erhöhung der Wasserpreise", IND, "Stadtwerke Kelbach")]),
    ("Die Veranstalter zählten eigenen Angaben zufolge am Wochenende rund 40.000 Besucher.",
     [("Die Veranstalter zählten", IND, "Veranstalter"), ("am Wochenende rund 40.000 Besucher", IND, "Veranstalter")]),
])
def test_own_source_after_verb(text, expected):
    assert_de_exact(text, expected)


# 3. the day of the report after the source's owner belongs to the source, not to the content
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Regionalzug war nach Angaben der Bahn vom Dienstag mit rund 300 Fahrgästen besetzt.",
     [("Der Regionalzug war", IND, "Bahn"), ("mit rund 300 Fahrgästen besetzt", IND, "Bahn")]),
    ("Der Mann hatte nach Angaben der Polizei vom Sonntagabend mehr als zwei Promille im Blut.",
     [("Der Mann hatte", IND, "Polizei"), ("mehr als zwei Promille im Blut", IND, "Polizei")]),
    # sentence-initial: the day is no part of the owner's name
    ("Nach Angaben der Polizei vom Samstag wurden vier Menschen leicht verletzt.",
     [("wurden vier Menschen leicht verletzt", IND, "Polizei")]),
])
def test_report_day_after_source(text, expected):
    assert_de_exact(text, expected)


def test_report_day_after_source_guards():
    # "vom Montag an" is a time of the content; the sentence-initial source names only its owner
    assert_de_exact("Die Brücke ist nach Angaben der Stadt vom Montag an gesperrt.",
                    [("Die Brücke ist", IND, "Stadt"), ("vom Montag an gesperrt", IND, "Stadt")])


# 4. a body's head before its genitive keeps it in the canonical name
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Zentralrat der Muslime erklärte, der Prozess habe zu wenig aufgeklärt.",
     [("der Prozess habe zu wenig aufgeklärt", IND, "Zentralrat der Muslime")]),
    ("Der Zentralrat der Juden erklärte, das Urteil sei ein wichtiges Signal.",
     [("das Urteil sei ein wichtiges Signal", IND, "Zentralrat der Juden")]),
])
def test_body_head_with_genitive(text, expected):
    assert_de_exact(text, expected)


# 5. a Konjunktiv sentence whose own subject stands before its verb and an adverb of contrast is that subject's
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Staatsanwaltschaft forderte sieben Jahre Haft. Die Verteidigung plädiere dagegen auf Freispruch.",
     [("Die Staatsanwaltschaft forderte sieben Jahre Haft", IND, "Staatsanwaltschaft"),
      ("Die Verteidigung plädiere dagegen auf Freispruch", IND, "Verteidigung")]),
    ("Der Betriebsrat kritisierte die Pläne scharf. Die Geschäftsführung halte hingegen an der Schließung fest.",
     [("Der Betriebsrat kritisierte die Pläne scharf", IND, "Betriebsrat"),
      ("Die Geschäftsführung halte hingegen an der Schließung fest", IND, "Geschäftsführung")]),
])
def test_contrast_subject(text, expected):
    assert_de_exact(text, expected)


def test_contrast_subject_guards():
    # without an adverb of contrast the report goes on with the speaker before
    assert_de_exact("Der Bürgermeister lobte die Helfer. Die Stadt danke allen, die beim Aufräumen geholfen hätten.",
                    [("Der Bürgermeister lobte die Helfer", IND, "Bürgermeister"),
                     ("Die Stadt danke allen, die beim Aufräumen geholfen hätten", IND, "Bürgermeister")])


# 6. a duration before a coordinated cue is no speaker; the clause's subject speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Feuerwehr war sechs Stunden mit 80 Kräften im Einsatz und sagte: Es hätte schlimmer ausgehen können.",
     [("Es hätte schlimmer ausgehen können", IND, "Feuerwehr")]),
    ("Das THW war drei Tage im Hochwassergebiet und teilte mit, die Deiche seien stabil.",
     [("die Deiche seien stabil", IND, "THW")]),
])
def test_duration_no_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "mention"), [
    ("Vor dem Amtsgericht hat die Verteidigerin Freispruch gefordert.", "die Verteidigerin"),
    ("Am Ende des Prozesses hat der Staatsanwalt Bewährungsstrafen beantragt.", "der Staatsanwalt"),
])
def test_object_noun_speaker_mention(text, mention):
    ann = run(text, lang="de")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == mention


def test_object_noun_guards():
    # a place after a body stays part of its name
    assert_de_exact("Die Staatsanwaltschaft Hannover teilte mit, der Mann sei festgenommen worden.",
                    [("der Mann sei festgenommen worden", IND, "Staatsanwaltschaft Hannover")])


# 7. the clause's noun after a source's owner is no part of the source
@pytest.mark.parametrize(("text", "expected"), [
    ("Bei der Razzia in Oberwald hat es nach Angaben eines Sprechers Festnahmen gegeben.",
     [("Bei der Razzia in Oberwald hat es", IND, "Sprecher"), ("Festnahmen gegeben", IND, "Sprecher")]),
    ("Bei dem Zusammenstoß auf der B 27 hat es nach Angaben der Polizei Verletzte gegeben.",
     [("Bei dem Zusammenstoß auf der B 27 hat es", IND, "Polizei"), ("Verletzte gegeben", IND, "Polizei")]),
    ("In der Nacht zum Sonntag gab es laut Polizei Festnahmen.",
     [("In der Nacht zum Sonntag gab es", IND, "Polizei"), ("Festnahmen", IND, "Polizei")]),
])
def test_clause_noun_after_source(text, expected):
    assert_de_exact(text, expected)


# 8. two roles of one person before the name: the name speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Anträge liegen jetzt beim Land, sagt der Ortsbürgermeister und Kreistagsabgeordnete Uwe Marnitz.",
     [("Die Anträge liegen jetzt beim Land", IND, "Uwe Marnitz")]),
    ("Die Halle bleibt vorerst geschlossen, sagte die Bürgermeisterin und Kreisrätin Sabine Lorenz (CDU).",
     [("Die Halle bleibt vorerst geschlossen", IND, "Sabine Lorenz")]),
])
def test_two_roles_before_name(text, expected):
    assert_de_exact(text, expected)


def test_two_roles_before_name_guards():
    # a plural verb and an article before the second role: two people, both named
    assert_de_exact("Die Halle bleibt geschlossen, sagten der Bürgermeister und die Landrätin Sabine Lorenz.",
                    [("Die Halle bleibt geschlossen", IND, "Bürgermeister und Sabine Lorenz")])


def test_round35b_review_attributive_negation_keeps_the_report():
    # (merge review: w4's negated act met de6's pages) a "nicht" inside an attribute of the source's noun negates no act
    ann = run("Die Reederei will den Konkurrenten übernehmen. Das berichtet die Zeitung unter Berufung auf nicht näher "
              "genannte Kreise.", lang="de")
    assert [q.text for q in quotes(ann)] == ["Das"]


# (round 35, second wave, helper w2; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 36 (w2): German agency-style foreign news (Africa, Asia, Latin America): the name in apposition after an
# official's description with a place ("der Gouverneur von X, Name"), after one of a group ("einer der Sprecher der
# Rebellen, Name") and before a closing participle ("Das hat der Minister, Name, bestätigt"); "Demnach" after a reported
# act; "Nach Angaben aus dem X"; a plural object after the subject ("hatten die Rebellen Verhandlungen abgelehnt").
# All sentences are invented.
@pytest.mark.parametrize(("text", "expected"), [
    # a place's bare name after the title, then the name in apposition (the speaker was the description)
    ("Die Lage in der Stadt sei ruhig, sagte der Gouverneur von Helmand, Asadullah Wardaki, am Montag.",
     [("Die Lage in der Stadt sei ruhig", "INDIRECT_QUOTE", "Asadullah Wardaki")]),
    ("Die Zahl der Opfer werde weiter steigen, sagte der Sprecher der Provinzregierung von Sindh, Rashid Qaimkhani.",
     [("Die Zahl der Opfer werde weiter steigen", "INDIRECT_QUOTE", "Rashid Qaimkhani")]),
    ("Mindestens acht Polizisten seien getötet worden, sagte der Polizeichef in Herat, Ahmad Sarwani.",
     [("Mindestens acht Polizisten seien getötet worden", "INDIRECT_QUOTE", "Ahmad Sarwani")]),
    # one of a group, then the name in apposition (the name and the addressee were a content)
    ("Die Geiseln seien wohlauf, sagte einer der Sprecher der Rebellen, Abdullah Warsame, der Nachrichtenagentur AFP.",
     [("Die Geiseln seien wohlauf", "INDIRECT_QUOTE", "Abdullah Warsame")]),
    # the name in apposition before the closing participle (the speaker was the description)
    ("Dies hat der Minister für Katastrophenschutz, Jama Warfaa, erklärt.",
     [("Dies", "INDIRECT_QUOTE", "Jama Warfaa")]),
])
def test_w2_name_in_apposition(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "Demnach" opening the sentence after a reported act that is its whole sentence (nothing was reported)
    ("Die Wahlbehörde gab am Dienstag das vorläufige Ergebnis bekannt. Demnach erhielt der Amtsinhaber 58 Prozent.",
     [("Die Wahlbehörde gab am Dienstag das vorläufige Ergebnis bekannt", "INDIRECT_QUOTE", "Wahlbehörde"),
      ("Demnach erhielt der Amtsinhaber 58 Prozent", "INDIRECT_QUOTE", "Wahlbehörde")]),
    # the owner after "aus" with its article belongs to the source (it was part of the content)
    ("Nach Angaben aus dem Verteidigungsministerium wurden zwölf Kämpfer getötet.",
     [("wurden zwölf Kämpfer getötet", "INDIRECT_QUOTE", "Angaben aus dem Verteidigungsministerium")]),
    ("Nach Informationen aus dem Umfeld des Präsidenten ist er wohlauf.",
     [("ist er wohlauf", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten")]),
    # a plural object after the subject with its article is no part of the speaker
    ("Am Montag hatten die Aufständischen Friedensgespräche abgelehnt.",
     [("Am Montag hatten die Aufständischen Friedensgespräche abgelehnt", "INDIRECT_QUOTE", "Aufständischen")]),
    ("Zuvor hatten die Rebellen Verhandlungen mit der Regierung abgelehnt.",
     [("Zuvor hatten die Rebellen Verhandlungen mit der Regierung abgelehnt", "INDIRECT_QUOTE", "Rebellen")]),
])
def test_w2_sources_and_spans(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a body's singular name after its noun stays one phrase; so do the United Nations
    ("Die Bewegung Gerechtigkeit und Gleichheit teilte mit, sie habe die Stadt eingenommen.",
     [("sie habe die Stadt eingenommen", "INDIRECT_QUOTE", "Bewegung Gerechtigkeit und Gleichheit")]),
    ("Die Vereinten Nationen forderten, die Kämpfe sofort einzustellen.",
     [("die Kämpfe sofort einzustellen", "INDIRECT_QUOTE", "Vereinten Nationen")]),
    # "Demnach" after a sentence that reports nothing is left alone
    ("Die Armee rückte am Dienstag in die Stadt ein. Demnach kontrolliert sie nun den Hafen.", []),
    # a name in apposition with a known first name before the participle and an adverb was taken already
    ("Das hat der Innenminister der Provinz, Farid Osmanzai, am Abend bestätigt.",
     [("Das", "INDIRECT_QUOTE", "Farid Osmanzai")]),
    # a name after a title with a place but no comma is not taken for an apposition
    ("Die Lage sei ruhig, sagte der Gouverneur von Helmand am Montag.",
     [("Die Lage sei ruhig", "INDIRECT_QUOTE", "Gouverneur von Helmand")]),
])
def test_w2_guards(text, expected):
    assert_de_exact(text, expected)


# (round 35, second wave, helper w3; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 35b (helper w3): German company news of agency style. Sentences written for these tests (invented names).
# "der Konzern", "das Unternehmen", "der Hersteller": the company named last right after a company noun
COMPANY_ANTECEDENT = [
    ("Der Chiphersteller Halvora streicht 800 Stellen. Im dritten Quartal sei der Umsatz um zwölf Prozent gesunken, "
     "teilte der Konzern am Dienstag mit.",
     [("Im dritten Quartal sei der Umsatz um zwölf Prozent gesunken", "INDIRECT_QUOTE", "Halvora")]),
    ("Der Versandhändler Brandolf schließt zwölf Filialen. Das Weihnachtsgeschäft sei enttäuschend verlaufen, erklärte "
     "das Unternehmen.",
     [("Das Weihnachtsgeschäft sei enttäuschend verlaufen", "INDIRECT_QUOTE", "Brandolf")]),
    ("Beim Autobauer Veltram laufen die Bänder wieder. Die Nachfrage aus Asien habe sich erholt, teilte der "
     "Hersteller mit.",
     [("Die Nachfrage aus Asien habe sich erholt", "INDIRECT_QUOTE", "Veltram")]),
]

# a definite "Vorstandschef" or "X-Chef" with an extended attribute names the one person named just before
OFFICE_CHEF = [
    ("Konzernchef Tobias Renner kündigte an, die Bank werde wachsen. Der seit Mai amtierende Vorstandschef "
     "berichtete weiter, das Institut werde 200 Filialen schließen.",
     [("die Bank werde wachsen", "INDIRECT_QUOTE", "Tobias Renner"),
      ("das Institut werde 200 Filialen schließen", "INDIRECT_QUOTE", "Tobias Renner")]),
    ("Die Aktionäre hörten Miriam Haldt zu. Die erst seit Januar amtierende Konzernchefin sagte, der Umbau sei "
     "abgeschlossen.",
     [("der Umbau sei abgeschlossen", "INDIRECT_QUOTE", "Miriam Haldt")]),
]

# a fronted wie-clause with "festhalten"/"feststellen" reports
WIE_CLAUSES = [
    ("Wie Analysten festhalten, wird das Jahresergebnis den Erwartungen gerecht.",
     [("wird das Jahresergebnis den Erwartungen gerecht", "INDIRECT_QUOTE", "Analysten")]),
    ("Wie die Prüfer feststellen, fehlen in der Bilanz rund 40 Millionen Euro.",
     [("fehlen in der Bilanz rund 40 Millionen Euro", "INDIRECT_QUOTE", "Prüfer")]),
]

# a Konjunktiv I sentence before an agency's bare "…, hieß es." is reported too (no source)
IMPERSONAL_BEFORE = [
    ("Der Umsatz sei um vier Prozent gestiegen. Die Dividende solle auf 1,20 Euro steigen, hieß es.",
     [("Der Umsatz sei um vier Prozent gestiegen", "INDIRECT_QUOTE", None),
      ("Die Dividende solle auf 1,20 Euro steigen", "INDIRECT_QUOTE", None)]),
    ("Die Verhandlungen mit dem Betriebsrat seien abgeschlossen. Betriebsbedingte Kündigungen werde es nicht geben, "
     "hieß es weiter.",
     [("Die Verhandlungen mit dem Betriebsrat seien abgeschlossen", "INDIRECT_QUOTE", None),
      ("Betriebsbedingte Kündigungen werde es nicht geben", "INDIRECT_QUOTE", None)]),
]


# a paper named by its place of publication is no quotation
PAPER_BY_PLACE = [
    ("„Das ist eine gute Entscheidung“, sagte der Minister der in Düsseldorf erscheinenden „Rheinischen Post“.",
     [("Das ist eine gute Entscheidung", "DIRECT_QUOTE", "Minister")]),
    ("„Wir bleiben in Bochum“, sagte Konzernsprecherin Lena Voss der in Essen erscheinenden „Westfälischen Rundschau“.",
     [("Wir bleiben in Bochum", "DIRECT_QUOTE", "Lena Voss")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         COMPANY_ANTECEDENT + OFFICE_CHEF + WIE_CLAUSES + IMPERSONAL_BEFORE + PAPER_BY_PLACE)
def test_round35b_w3_company_news(text, expected):
    assert_de_exact(text, expected)


def test_round35b_w3_company_guards():
    # a company noun without a name after it is no antecedent ("Der DAX-Konzern hob …"); a person after a
    # company noun is none either
    ann = run("Der DAX-Konzern hob seine Prognose an. Das Geschäft sei gut gelaufen, teilte das Unternehmen mit.",
              lang="de")
    assert all(q.attrs["speaker"] in ("Unternehmen", None) for q in quotes(ann)), [q.attrs for q in quotes(ann)]
    ann = run("Der Händler Peter Kunz ist zufrieden. Das Geschäft sei gut gelaufen, teilte das Unternehmen mit.",
              lang="de")
    assert all(q.attrs["speaker"] != "Peter Kunz" for q in quotes(ann)), [q.attrs for q in quotes(ann)]
    # another company's chief is someone else
    ann = run("Kendra-Chef Tobias Renner lobte die Zahlen. „Das reicht nicht“, sagte der Halvora-Chef.", lang="de")
    assert all(q.attrs["speaker"] != "Tobias Renner" for q in quotes(ann, "DIRECT_QUOTE")), [q.attrs for q in quotes(ann)]


def test_round35b_w3_clause_guards():
    # "festhalten an" in a main or dass-clause reports nothing
    assert not quotes(run("Der Vorstand will an dem Sparplan festhalten, obwohl die Zahlen gut sind.", lang="de"))
    # an indicative sentence before "…, hieß es." stays unreported
    assert_de_exact("Der Umsatz ist gestiegen. Die Dividende solle steigen, hieß es.",
                    [("Die Dividende solle steigen", "INDIRECT_QUOTE", None)])


# (round 35, second wave, helper w4; sentences written for these tests, see docs/quotes.md, "Round 35")
# Round 36 (w4): German Panorama / Vermischtes news (accidents, animals, weather, celebrities, crime).
D, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


# an opinion verb right after a quotation and its comma, or after a clause in the Konjunktiv I, attributes it
@pytest.mark.parametrize(("text", "expected"), [
    ("„So einen Schneemann habe ich noch nie gesehen“, findet Bäckerin Ilse Hartwig.",
     [("So einen Schneemann habe ich noch nie gesehen", D, "Ilse Hartwig")]),
    ("Der Rummel um das Känguru wächst. \"Das Tier ist längst ein Star\", findet Tierpfleger Jonas Albrecht.",
     [("Das Tier ist längst ein Star", D, "Jonas Albrecht")]),
    ("„Der Sturm war schlimmer als erwartet“, fand auch Bürgermeister Ralf Stegemann.",
     [("Der Sturm war schlimmer als erwartet", D, "Ralf Stegemann")]),
    ("Der Umzug des Nilpferds sei ein voller Erfolg gewesen, findet Zoodirektorin Petra Lindqvist.",
     [("Der Umzug des Nilpferds sei ein voller Erfolg gewesen", IND, "Petra Lindqvist")]),
    ("Die Strafe für den Falschparker sei viel zu mild, fanden die Anwohner.",
     [("Die Strafe für den Falschparker sei viel zu mild", IND, "Anwohner")]),
])
def test_opinion_after_quotation(text, expected):
    assert_de_structures(text, expected)


def test_opinion_after_quotation_guards():
    # a quoted title before "findet" is no quotation of an opinion, "finden" without a comma reports nothing
    assert not quotes(run("„Tag der offenen Tür“ findet am Samstag im Tierheim statt.", lang="de"))
    assert not quotes(run("Wenn es regnet, findet das Stadtfest in der Halle statt.", lang="de"))
    assert not quotes(run("Wer den Keller betritt, findet dort alte Fässer.", lang="de"))


# a negated act after its fronted pronoun reports nothing: "Dazu wollte sich der Sprecher nicht äußern"
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Leiche werde obduziert, sagte ein Polizeisprecher. Dazu wollte er sich nicht weiter äußern.",
     [("Die Leiche werde obduziert", IND, "Polizeisprecher")]),
    ("Dazu wollte sich die Staatsanwaltschaft am Montag nicht äußern.", []),
    ("Dazu äußerte sich der Zirkusdirektor zunächst nicht.", []),
    ("Das bestätigte die Feuerwehr bislang nicht.", []),
    ("Das wollte der Tierpark weder bestätigen noch dementieren.", []),
    ("Dazu sagte der Manager der Sängerin nichts.", []),
])
def test_negated_fronted_pronoun(text, expected):
    assert_de_structures(text, expected)


def test_negated_fronted_pronoun_guards():
    # not negated, the fronted pronoun stays what was said ("Das teilte X mit" is marked as "Das")
    assert_de_structures("Das teilte die Feuerwehr am Abend mit.", [("Das", IND, "Feuerwehr")])
    assert_de_structures("Dazu äußerte sich der Zoodirektor am Abend ausführlich.", [("Dazu", IND, "Zoodirektor")])


# an elided compound after a trailing cue is one speaker ("der Zoo- und Tierparkchef", not "Zoo")
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Giraffe hat sich schnell beruhigt“, erklärte der Zoo- und Tierparkchef.",
     [("Die Giraffe hat sich schnell beruhigt", D, "Tierparkchef")]),
    ("„Der Pegel steigt weiter“, sagte der Kreis- und Stadtbrandmeister am Abend.",
     [("Der Pegel steigt weiter", D, "Stadtbrandmeister")]),
    ("„Wir räumen die Straße“, sagte der Kreis- und Stadtbrandmeister Uwe Korsten.",
     [("Wir räumen die Straße", D, "Uwe Korsten")]),
])
def test_elided_compound_speaker(text, expected):
    assert_de_structures(text, expected)


# a person with an apposition holding a number with a full stop ("der 12.000-Einwohner-Gemeinde") speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Karl Brenner, ein Anwohner der 12.000-Einwohner-Gemeinde, sagte der Zeitung, er habe den Knall gehört.",
     [("er habe den Knall gehört", IND, "Karl Brenner")]),
    ("Mira Osterkamp, Besitzerin des 1.500-Euro-Hundes, sagte, das Tier sei einfach weggelaufen.",
     [("das Tier sei einfach weggelaufen", IND, "Mira Osterkamp")]),
])
def test_number_compound_apposition(text, expected):
    assert_de_exact(text, expected)


# a bare adjective before "zufolge" is part of the source, a past verb before it is not
@pytest.mark.parametrize(("text", "expected"), [
    ("Menschen kamen ersten Informationen zufolge nicht zu Schaden.",
     [("Menschen kamen", IND, "Informationen"), ("nicht zu Schaden", IND, "Informationen")]),
])
def test_past_verb_before_zufolge(text, expected):
    ann = run(text, lang="de")
    got = sorted((q.text, q.label) for q in quotes(ann))
    assert got == sorted((t, lab) for t, lab, _ in expected), got


# a fronted adverb before the finite verb is no subject of a coordinated cue
@pytest.mark.parametrize(("text", "expected"), [
    ("Natürlich rudert der 54-Jährige sofort zurück und sagt lachend der Zeitung: „Das war nur ein Scherz.“",
     [("Das war nur ein Scherz.", D, "54-Jährige")]),
    ("Tatsächlich meldete sich die Sängerin kurz darauf bei ihren Fans und schrieb: „Mir geht es gut.“",
     [("Mir geht es gut.", D, "Sängerin")]),
])
def test_fronted_adverb_not_subject(text, expected):
    assert_de_structures(text, expected)


# words quoted after "mit den Worten" are speech however short
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Räuber forderte die Verkäuferin mit den Worten „Kasse auf“ auf, das Geld herauszugeben.",
     [("Kasse auf", D, "Räuber")]),
    ("Der Bürgermeister begrüßte die Rückkehrer mit den Worten „Willkommen daheim“.",
     [("Willkommen daheim", D, "Bürgermeister")]),
    ("Der Sänger kommentierte die Absage des Konzerts mit dem Satz „Na endlich“.",
     [("Na endlich", D, "Sänger")]),
])
def test_words_phrase_before_quotation(text, expected):
    assert_de_structures(text, expected)


def test_words_phrase_before_quotation_guards():
    # a title after "mit" stays a title; a scare quote without the phrase stays unmarked
    assert not quotes(run("Mit „Sommerregen“ gelang der Band 2009 der Durchbruch.", lang="de"))
    assert not quotes(run("Der Zoo feierte den „Bärentag“ mit vielen Besuchern.", lang="de"))


# "zur Verfügung gestanden" stood, no confession
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Feuerwehr habe nur eine Drehleiter zur Verfügung gestanden, das habe die Rettung verzögert, sagte der Kommandant.",
     [("Der Feuerwehr habe nur eine Drehleiter zur Verfügung gestanden, das habe die Rettung verzögert", IND, "Kommandant")]),
])
def test_stood_at_disposal(text, expected):
    assert_de_structures(text, expected)


def test_stood_at_disposal_guards():
    # a confession stays one
    assert_de_structures("Der 31-Jährige hat den Diebstahl des Papageis inzwischen gestanden, sagte ein Polizeisprecher.",
                         [("Der 31-Jährige hat den Diebstahl des Papageis inzwischen gestanden", IND, "Polizeisprecher")])
# ---- round 35 (end) ----


# ---- round 36 (begin) ----

# (round 36, helper g1; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36, helper g1: reported speech acts in German agency news (sentences invented in the style of dpa/AFP/epd items).
#
# Each table row fails against the round-35 annotator; the guards say what the new rules must leave alone.
@pytest.mark.parametrize(("text", "expected"), [
    # a speech act named by its noun, the source in a von/aus-phrase after the verb or fronted before it
    ("Kritik an dem Neubau kam am Dienstag auch vom Bund der Steuerzahler.",
     [("Kritik an dem Neubau kam am Dienstag auch vom Bund der Steuerzahler", IND, "Bund der Steuerzahler")]),
    ("Scharfe Kritik kam von der Gewerkschaft Verdi.",
     [("Scharfe Kritik kam von der Gewerkschaft Verdi", IND, "Gewerkschaft Verdi")]),
    ("Aus der Ärzteschaft kamen Warnungen vor einer Überlastung der Notaufnahmen.",
     [("Aus der Ärzteschaft kamen Warnungen vor einer Überlastung der Notaufnahmen", IND, "Ärzteschaft")]),
    ("Lob kommt dagegen vom Handelsverband Bayern.",
     [("Lob kommt dagegen vom Handelsverband Bayern", IND, "Handelsverband Bayern")]),
])
def test_round36_g1_de_nominal_speech_acts(text, expected):
    assert_de_exact(text, expected)


def test_round36_g1_de_nominal_act_leaves_a_quotation_with_its_own_cue():
    # (merge review) the quotation after the colon is the trailing cue's, also after "etwa" (the Grünen had taken it)
    assert_de_exact('Kritik kam dagegen von den Grünen: "Die Regierung weiß beim Klimaschutz nicht weiter", sagte etwa '
                    "Fraktionschef Ulf Brandt.", [("Die Regierung weiß beim Klimaschutz nicht weiter", DIR, "Ulf Brandt")])


@pytest.mark.parametrize(("text", "expected"), [
    # "äußern" (present plural) with a light-verb noun; doubting with an object only
    ("Die Landkreise äußern Kritik an der Verteilung der Mittel.",
     [("Die Landkreise äußern Kritik an der Verteilung der Mittel", IND, "Landkreise")]),
    ("Der Kreistag hatte die Zahlen des Gutachtens bezweifelt.",
     [("Der Kreistag hatte die Zahlen des Gutachtens bezweifelt", IND, "Kreistag")]),
    # reproaching ("hielt … vor") and defending ("nahm … in Schutz")
    ("Der Fraktionschef hielt dem Senator schwere Versäumnisse bei der Planung vor.",
     [("Der Fraktionschef hielt dem Senator schwere Versäumnisse bei der Planung vor", IND, "Fraktionschef")]),
    ("Die Bürgermeisterin nahm den Kämmerer am Abend erneut in Schutz.",
     [("Die Bürgermeisterin nahm den Kämmerer am Abend erneut in Schutz", IND, "Bürgermeisterin")]),
])
def test_round36_g1_de_listed_speech_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of demanded things with commas is the act's object, not a content or a subject
    ("Der Mieterbund forderte niedrigere Mieten, mehr Sozialwohnungen und einen besseren Kündigungsschutz.",
     [("Der Mieterbund forderte niedrigere Mieten, mehr Sozialwohnungen und einen besseren Kündigungsschutz", IND,
       "Mieterbund")]),
    ("Die Lehrergewerkschaft hat kleinere Klassen, weniger Bürokratie und mehr Personal verlangt.",
     [("Die Lehrergewerkschaft hat kleinere Klassen, weniger Bürokratie und mehr Personal verlangt", IND,
       "Lehrergewerkschaft")]),
    ("Tanja Kessler hatte zuvor höhere Löhne, die Übernahme der Auszubildenden und mehr Urlaub gefordert.",
     [("Tanja Kessler hatte zuvor höhere Löhne, die Übernahme der Auszubildenden und mehr Urlaub gefordert", IND,
       "Tanja Kessler")]),
    # an act closing its clause, then another speaker's main clause with its own cue and content
    ("Im Landtag hatte die Opposition den Entwurf scharf kritisiert, der Abgeordnete Jonas Weber sagte, er halte "
     "das Gesetz für verfassungswidrig.",
     [("Im Landtag hatte die Opposition den Entwurf scharf kritisiert", IND, "Opposition"),
      ("er halte das Gesetz für verfassungswidrig", IND, "Jonas Weber")]),
    # a fronted purpose or manner clause before the act's verb is no content: the sentence is the act
    ("Um die Beiträge stabil zu halten, forderte die Kasse einen höheren Bundeszuschuss.",
     [("Um die Beiträge stabil zu halten, forderte die Kasse einen höheren Bundeszuschuss", IND, "Kasse")]),
    ("Ohne Namen zu nennen, kritisierte der Landesbischof die Kürzungen beim Sozialticket.",
     [("Ohne Namen zu nennen, kritisierte der Landesbischof die Kürzungen beim Sozialticket", IND, "Landesbischof")]),
])
def test_round36_g1_de_act_boundaries(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize("text", [
    # no source named, a direction or a quantifier as the source, a negation, no speech noun
    "Die Kritik kam zu spät.",
    "Kritik kam von allen Seiten.",
    "Hilfe kam von der Feuerwehr aus dem Nachbarort.",
    "Der Zug kam aus Hamburg.",
    "Kritik kam von der Opposition nicht.",
    # non-speech actions stay unmarked
    "Die Ministerin eröffnete am Montag das neue Klärwerk.",
    "Der Bürgermeister unterzeichnete den Vertrag mit der Partnerstadt.",
    "Die Polizei hielt den Mann bis zum Eintreffen der Kripo fest.",
    "Die Stadt hält für Notfälle 200 Betten bereit.",
])
def test_round36_g1_de_nominal_and_listed_act_guards(text):
    assert quotes(run(text, lang="de")) == []


def test_round36_g1_de_content_after_act_guards():
    # a fronted infinitive clause around a parenthetical attribution stays the report's first part
    assert_de_exact("Um die Zeugen zu schützen, sagte die Richterin, werde nicht öffentlich verhandelt.",
                    [("Um die Zeugen zu schützen", IND, "Richterin"), ("werde nicht öffentlich verhandelt", IND, "Richterin")])
    # a content clause after an act with its own subject and Konjunktiv stays the act's content
    assert_de_exact("Der Verband kritisierte, die Pläne seien unausgegoren.",
                    [("die Pläne seien unausgegoren", IND, "Verband")])
    # a list before a real relative clause is no object list: the relative clause is not the act's subject
    ann = run("Die Firma, die den Auftrag erhalten hatte, hat den Vorwurf zurückgewiesen.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [
        ("Die Firma, die den Auftrag erhalten hatte, hat den Vorwurf zurückgewiesen", "Firma")]
    # a quotation in the act's own clause is still its content (round 35's convention)
    ann = run("Der Landrat nannte die Entscheidung „unverständlich“.", lang="de")
    assert [(q.text, q.label) for q in quotes(ann)] == [("unverständlich", DIR)]


@pytest.mark.parametrize("text", [
    # a temporal "nach" phrase opening the sentence before a source noun is no postposed source ("seiner Meinung nach"):
    # the preposition's own noun phrase is not followed by "nach" as a source
    "Nach ihrer ersten Aussage nach dem Unfall hat die Fahrerin geschwiegen.",
    "Nach seiner ersten Aussage nach dem Urteil ist der Angeklagte in Berufung gegangen.",
])
def test_round36_g1_de_no_postposed_source_after_preposition(text):
    spans = sorted((q.start, q.end, q.text) for q in quotes(run(text, lang="de")))
    assert all(t.lower() != "nach" for _, _, t in spans), spans
    assert all(b <= c for (_, b, _), (c, _, _) in zip(spans, spans[1:], strict=False)), spans  # no overlapping reports

# (round 36, helper g2; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (g2): long German background passages — a report that goes on over several sentences keeps the right
# speaker. Sentences written anew in the style of the pages read (no page text).
@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of contrast between the subject and its cue ("Die Mehrheit ihrerseits sagt, …") gave nothing of its
    # own: the sentence went on with the speaker before
    ("Der Landkreis fordert mehr Geld vom Land. Der Finanzminister seinerseits erklärte, die Kassen seien leer.",
     [("Der Landkreis fordert mehr Geld vom Land", "INDIRECT_QUOTE", "Landkreis"),
      ("die Kassen seien leer", "INDIRECT_QUOTE", "Finanzminister")]),
    ("Die Betriebsräte verlangen neue Verhandlungen. Die Geschäftsführung ihrerseits betont, man habe alle Zusagen "
     "eingehalten.",
     [("man habe alle Zusagen eingehalten", "INDIRECT_QUOTE", "Geschäftsführung")]),
])
def test_round36_g2_de_contrast_adverb_before_cue(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive sentence between names no source: not the event after "bei" ("der Kontrolle"), nor the passive's
    # subject ("ein Wert", "der Bebauungsplan"); the judge's report goes on, its partial quotation is hers too
    ("Wie auch die Richterin Jana Falk betont, hält das Gericht die Aussage für widersprüchlich. Bei der Kontrolle "
     "wurde ein Wert von zwei Promille gemessen. Dieser Wert sei „mit einem Filmriss kaum vereinbar“.",
     [("hält das Gericht die Aussage für widersprüchlich", "INDIRECT_QUOTE", "Jana Falk"),
      ("Dieser Wert sei „mit einem Filmriss kaum vereinbar“", "INDIRECT_QUOTE", "Jana Falk"),
      ("mit einem Filmriss kaum vereinbar", "DIRECT_QUOTE", "Jana Falk")]),
    ("Die Anwohner beschweren sich über den Lärm. In der Ratssitzung wurde der Bebauungsplan verabschiedet. "
     "Die Baustelle sei nicht zumutbar.",
     [("Die Baustelle sei nicht zumutbar", "INDIRECT_QUOTE", None)]),
    ("Bei der Verkehrskontrolle wurde festgestellt, dass der Wagen nicht zugelassen war. Der Fahrer habe "
     "keinen Führerschein besessen.",
     [("der Wagen nicht zugelassen war", "INDIRECT_QUOTE", None),
      ("Der Fahrer habe keinen Führerschein besessen", "INDIRECT_QUOTE", None)]),
])
def test_round36_g2_de_passive_sentence_names_no_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "sagte er" after a lead clause whose subject is a role with its article: the role's holder named before, not
    # a group that spoke in between
    ("Innenminister Paul Wendt kündigte strengere Kontrollen an. Zuvor hatte sich Nordfront zu dem Anschlag bekannt "
     "und weitere Taten angekündigt. Der Innenminister, der sonst eher vorsichtig formuliert, wurde deutlich: „Wir "
     "werden jede Spur verfolgen“, sagte er.",
     [("Innenminister Paul Wendt kündigte strengere Kontrollen an", "INDIRECT_QUOTE", "Paul Wendt"),
      ("Zuvor hatte sich Nordfront zu dem Anschlag bekannt und weitere Taten angekündigt", "INDIRECT_QUOTE", "Nordfront"),
      ("Wir werden jede Spur verfolgen", "DIRECT_QUOTE", "Paul Wendt")]),
    # "er" is no noun written with "die" (a union), when a person was named before
    ("Landrat Georg Imhof warnte vor Engpässen. Zuvor hatte die Gewerkschaft weitere Streiks angekündigt. "
     "„Die Versorgung ist in Gefahr“, sagte er.",
     [("Landrat Georg Imhof warnte vor Engpässen", "INDIRECT_QUOTE", "Georg Imhof"),
      ("Zuvor hatte die Gewerkschaft weitere Streiks angekündigt", "INDIRECT_QUOTE", "Gewerkschaft"),
      ("Die Versorgung ist in Gefahr", "DIRECT_QUOTE", "Georg Imhof")]),
])
def test_round36_g2_de_pronoun_after_other_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name in quotation marks after the genitive of the speaker's role, before the cue: no direct quote
    ("Die Leiterin des „Instituts für Küstenforschung und Meeresschutz“ (IKM), Sabine Roth, erklärte, der "
     "Meeresspiegel steige schneller als erwartet.",
     [("der Meeresspiegel steige schneller als erwartet", "INDIRECT_QUOTE", "Sabine Roth")]),
    ("Der Vorsitzende des „Vereins für Denkmalpflege Oberland“, Kurt Ebner, sagte, das Gebäude müsse erhalten "
     "bleiben.",
     [("das Gebäude müsse erhalten bleiben", "INDIRECT_QUOTE", "Kurt Ebner")]),
])
def test_round36_g2_de_quoted_body_name_in_speaker_phrase(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a generic "Wer" clause with a cue reports no one (was a report whose speaker was "Wer")
    ("Wer behauptet, die Stadt habe die Entwicklung verschlafen, der irrt.", []),
    ("Wer glaubt, die Reform sei schon gescheitert, unterschätzt die Beharrlichkeit der Ministerin.", []),
])
def test_round36_g2_de_generic_wer_clause(text, expected):
    assert_de_exact(text, expected)


def test_round36_g2_de_round36_g2_guards():
    # a cue after the "Wer" clause still reports: "Wer gewinnt, sei offen, sagte der Trainer."
    ann = run("Wer das Turnier gewinnt, sei völlig offen, sagte der Trainer.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Trainer"]
    # a "Wer" clause in the Konjunktiv I is itself reported: the speaker before goes on
    ann = run("Bürgermeister Karl Reiter verteidigte die Planung. Wer behaupte, die Stadt habe geschlafen, der irre.",
              lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Karl Reiter", "Karl Reiter"]
    # an active sentence's subject still speaks on ("Die Anwohner sind verärgert. Der Lärm sei …")
    ann = run("Die Anwohner sind verärgert. Der Lärm sei nicht zu ertragen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Anwohner"]
    # "wird" with an infinitive is no passive: the future's subject still speaks
    ann = run("Der Bürgermeister wird morgen sprechen. Die Stadt sei gut vorbereitet.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Bürgermeister"]
    # a source after "bei" that is no event still speaks: "Bei der Polizei geht man davon aus, …"
    ann = run("Bei der Polizei geht man davon aus, dass der Täter geflohen ist.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Polizei"]
    # a partial quotation after an article that is someone's words stays a direct quote
    ann = run("Der Sprecher des Vereins sprach von einem „schwarzen Tag für den Sport“.", lang="de")
    assert any(q.label == "DIRECT_QUOTE" for q in quotes(ann))
    # "er" after a feminine body with no person named before keeps the continuing speaker
    ann = run("Die Tonbandstimme forderte den Rückzug. „Wir werden nicht aufgeben“, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann) if q.label == "DIRECT_QUOTE"] == ["Tonbandstimme"]

# (round 36, helper g3; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36, helper g3: German local news of council meetings (Gemeinderat, Stadtrat, Kreistag, Ortsbeirat).
#
# Every table row failed against the frozen source (0f8c1df); the guards say what the rules must not do.
# All sentences are invented in the style of town gazettes and regional papers.
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
def test_round36_g3_round36_g3_titled_surname_continues(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted view ("Dieser Auffassung", "Dieser Sichtweise") is what is contradicted, not who speaks
    ("Dieser Auffassung widersprach Stadträtin Ute Kramer. Die Sanierung sei längst überfällig.",
     [("Dieser Auffassung widersprach Stadträtin Ute Kramer", IND, "Ute Kramer"),
      ("Die Sanierung sei längst überfällig", IND, "Ute Kramer")]),
    ("Dieser Sichtweise widersprach Kreisrat Tobias Lenz (Grüne) entschieden.",
     [("Dieser Sichtweise widersprach Kreisrat Tobias Lenz (Grüne) entschieden", IND, "Tobias Lenz")]),
])
def test_round36_g3_round36_g3_fronted_view_is_no_speaker(text, expected):
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
def test_round36_g3_round36_g3_einwerfen(text, expected):
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
def test_round36_g3_round36_g3_attitude_konjunktiv(text, expected):
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
def test_round36_g3_round36_g3_council_group_apposition(text, expected):
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
def test_round36_g3_round36_g3_guards(text, expected):
    assert_de_exact(text, expected)

# (round 36, helper g4; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36, helper g4: German reports on TV talk shows and pre-released interviews.
#
# Invented sentences in the style of talk-show summaries and Sunday-paper interviews: a Konjunktiv I clause before a
# colon and a quotation, a paper's name in quotation marks after "gegenüber"/"mit", a surname that is also an auxiliary
# ("Will"), and a fronted adverb before a modal ("Eigentlich will X … sprechen"), and the writer's "Als ob …" after a report.
@pytest.mark.parametrize(("text", "expected"), [
    # a Konjunktiv I clause before a colon and a quotation goes on with the report of the sentence before, and the
    # quotation is that speaker's (the clause was lost, or its subject became the speaker)
    ("Kabarettist Jonas Pilger schaltete sich ein. Er habe nie geraucht, sein Onkel habe ihn einmal an der Zigarre "
     "ziehen lassen, das habe gereicht: „Da war ich gerade sechs.“",
     [("Er habe nie geraucht, sein Onkel habe ihn einmal an der Zigarre ziehen lassen, das habe gereicht",
       "INDIRECT_QUOTE", "Jonas Pilger"),
      ("Da war ich gerade sechs.", "DIRECT_QUOTE", "Jonas Pilger")]),
    ("Die Soziologin Marta Keller meldete sich zu Wort. Die Debatte sei völlig überhitzt: „Das hilft in dieser "
     "Lage wirklich niemandem weiter.“",
     [("Die Debatte sei völlig überhitzt", "INDIRECT_QUOTE", "Marta Keller"),
      ("Das hilft in dieser Lage wirklich niemandem weiter.", "DIRECT_QUOTE", "Marta Keller")]),
    # the subject before the colon stands inside a "so"-report: the report's speaker says the quotation
    ("Die Aufgabe, so Brandt, bleibe dieselbe wie im Frühjahr: „Wir müssen die Kosten senken.“",
     [("Die Aufgabe", "INDIRECT_QUOTE", "Brandt"),
      ("bleibe dieselbe wie im Frühjahr", "INDIRECT_QUOTE", "Brandt"),
      ("Wir müssen die Kosten senken.", "DIRECT_QUOTE", "Brandt")]),
    # a paper's name with a lower-case connector after "gegenüber" / "mit" is no direct quote, and the content
    # after the separable particle is still found
    ("Die Ministerin betonte gegenüber „Welt am Sonntag“, die Reform komme noch in diesem Jahr.",
     [("die Reform komme noch in diesem Jahr", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Parteichef kündigte im Gespräch mit „Bild am Sonntag“ an, die Abgabe werde sinken.",
     [("die Abgabe werde sinken", "INDIRECT_QUOTE", "Parteichef")]),
    ("Der Minister kündigte im Gespräch mit „Focus“ an, die Steuer werde sinken.",
     [("die Steuer werde sinken", "INDIRECT_QUOTE", "Minister")]),
    # a surname that is also an auxiliary after a first name opening the subject
    ("Lea Will fragte den Minister, ob er zurücktreten wolle.",
     [("er zurücktreten wolle", "INDIRECT_QUOTE", "Lea Will")]),
    ("Der Trainer Hans Will sagte, die Mannschaft sei bereit.",
     [("die Mannschaft sei bereit", "INDIRECT_QUOTE", "Hans Will")]),
    # a fronted adverb alone before the modal is no subject: the subject follows the modal
    ("Eigentlich wollte Moderatorin Jana Seidel mit dem Minister darüber sprechen, wie es mit der Rente weitergehe.",
     [("es mit der Rente weitergehe", "INDIRECT_QUOTE", "Jana Seidel")]),
    ("Natürlich will Parteichef Holger Brandes im Sommerinterview erklären, warum die Umfragen so schlecht seien.",
     [("die Umfragen so schlecht seien", "INDIRECT_QUOTE", "Holger Brandes")]),
    # the writer's unreal comparison after a report is no report going on
    ("Der Moderator sagte, das habe sich so ergeben. Als ob es da etwas zu entschuldigen gäbe.",
     [("das habe sich so ergeben", "INDIRECT_QUOTE", "Moderator")]),
    ("Die Ministerin erklärte, sie habe alles richtig gemacht. Als wenn das jemand ernsthaft bezweifelt hätte.",
     [("sie habe alles richtig gemacht", "INDIRECT_QUOTE", "Ministerin")]),
    # a contrast adverb opening the sentence is no subject, and the guest named after it takes the report over
    ("Jan Berger glaubt nicht daran, dass die Quote etwas ändern würde. Dahingegen war Maren Sommer sehr positiv "
     "gestimmt. Es sei ein wichtiges Signal.",
     [("die Quote etwas ändern würde", "INDIRECT_QUOTE", "Jan Berger"),
      ("Es sei ein wichtiges Signal", "INDIRECT_QUOTE", "Maren Sommer")]),
    # two roles of one guest before the name: the subject, not the object after the verb
    ("Der Journalist und Autor Oliver Brenner wünschte sich eine größere Vielfalt bei den Gästen. Lebendige Debatten "
     "seien kaum vorgesehen.",
     [("Lebendige Debatten seien kaum vorgesehen", "INDIRECT_QUOTE", "Oliver Brenner")]),
    # "Er" after a sentence opened by the host's surname alone is the host, not the guest who spoke last
    ("Drei Gäste hat Moderator Tim Rehberg am Mittwoch in seiner Sendung. Eine Äußerung von Otto Brandl soll vor "
     "allem Karin Albers erklären.\n\nGleich zu Beginn sagt Moderator Tim Rehberg, dass nur drei Gäste im Studio "
     "sitzen.\n\nErst einmal aber soll Albers berichten, ob ihr Bruder geimpft sei.\n\n„Selbstverständlich!“, sagt "
     "Albers. Rehberg bohrt daraufhin weiter nach. Er will wissen, ob Albers selbst auch geimpft sei.",
     [("nur drei Gäste im Studio sitzen", "INDIRECT_QUOTE", "Tim Rehberg"),
      ("ihr Bruder geimpft sei", "INDIRECT_QUOTE", "Karin Albers"),
      ("Selbstverständlich!", "DIRECT_QUOTE", "Karin Albers"),
      ("Albers selbst auch geimpft sei", "INDIRECT_QUOTE", "Tim Rehberg")]),
    # verbs of talk-show criticism: a content after "ätzte", a speech act in itself for "geißelte" / "angemahnt"
    ("Der Fraktionschef Paul Winter ätzte, die Regierung habe nichts verstanden.",
     [("die Regierung habe nichts verstanden", "INDIRECT_QUOTE", "Paul Winter")]),
    ("Der stellvertretende Parteichef Udo Brenner hat im Interview ein klareres Profil der Partei angemahnt.",
     [("Der stellvertretende Parteichef Udo Brenner hat im Interview ein klareres Profil der Partei angemahnt",
       "INDIRECT_QUOTE", "Udo Brenner")]),
    ("Die Kabarettistin Nora Feld geißelte die Bequemlichkeit der Politik.",
     [("Die Kabarettistin Nora Feld geißelte die Bequemlichkeit der Politik", "INDIRECT_QUOTE", "Nora Feld")]),
    # a name's genitive before a noun opening the sentence is no person a later description stands for
    ("Brenners Urkompetenz liegt eher darin, Streit zu schlichten. In der Sendung kritisierte der Parteichef die "
     "„Lust am ewigen Untergang“.",
     [("Lust am ewigen Untergang", "DIRECT_QUOTE", "Parteichef")]),
    ("Merkels Politik sei gescheitert, sagte der Parteichef.",
     [("Merkels Politik sei gescheitert", "INDIRECT_QUOTE", "Parteichef")]),
])
def test_round36_g4_talk_show_reports(text, expected):
    assert_de_exact(text, expected)


def test_round36_g4_talk_show_reports_guards():
    # an indicative clause before the colon is the writer's: only the quotation
    assert [(q.text, q.label) for q in quotes(run("Die Lage ist ernst: „Wir brauchen Hilfe.“", lang="de"))] == []
    # a cue of its own before the colon keeps its report and its speaker
    assert_de_exact("Die Ministerin sagte, die Steuer sei zu hoch: „Das zahlt doch keiner.“",
                    [("die Steuer sei zu hoch", "INDIRECT_QUOTE", "Ministerin"),
                     ("Das zahlt doch keiner.", "DIRECT_QUOTE", "Ministerin")])
    # a report going on from a cue in the sentence before, as before
    assert_de_exact("„Das war ein Fehler“, sagte Ulrike Brandt. Die Fraktion stehe nicht mehr hinter dem Plan: "
                    "„Das weiß inzwischen jeder.“",
                    [("Das war ein Fehler", "DIRECT_QUOTE", "Ulrike Brandt"),
                     ("Die Fraktion stehe nicht mehr hinter dem Plan", "INDIRECT_QUOTE", "Ulrike Brandt"),
                     ("Das weiß inzwischen jeder.", "DIRECT_QUOTE", "Ulrike Brandt")])
    # two roles before a name: the whole description is the speaker's mention
    ann = run("Die Sängerin und Schauspielerin Petra Lorenz sagte, sie sei müde.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "sie sei müde")
    assert q.attrs["speaker"] == "Petra Lorenz"
    # a first name and a surname in -enz stay a name
    assert_de_exact("Hans Lorenz sagte, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Hans Lorenz")])
    # a modal opening a question is no surname; a capitalised first word before "will" stays the subject
    assert quotes(run("Will sie das wirklich? Die Ministerin ließ die Frage offen.", lang="de")) == []
    # a fronted "Als" phrase is no comparison: the report goes on
    assert_de_exact("Der Trainer sagte, die Mannschaft sei müde. Als Ausrede tauge das aber nicht.",
                    [("die Mannschaft sei müde", "INDIRECT_QUOTE", "Trainer"),
                     ("Als Ausrede tauge das aber nicht", "INDIRECT_QUOTE", "Trainer")])
    assert_de_exact("Merkel will am Montag erklären, wie es weitergehen solle.",
                    [("es weitergehen solle", "INDIRECT_QUOTE", "Merkel")])

# (round 36, helper e1; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (e1): English press releases and official announcements (corporate wire releases, government,
# police and university news releases).
def assert_en_exact_e1(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker and, when given, this
    SPEAKER mention (expected rows: (text, label, speaker) or (text, label, speaker, speaker_span))."""
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((row[0], row[1]) for row in expected), got
    for row in expected:
        q = next(q for q in quotes(ann) if q.text == row[0] and q.label == row[1])
        assert q.attrs["speaker"] == row[2], (row[0], q.attrs["speaker"])
        if len(row) > 3:
            span = linked(ann, q.id, "said_by")
            assert span is not None and span.text == row[3], (row[0], span and span.text)


@pytest.mark.parametrize(("text", "expected"), [
    # a colon before a quotation closes the speaker's title after a trailing attribution: the clause before it is the
    # report (the title was)
    ('Home prices in the valley fell for a third straight month, says Corinne Halvey, professor of real estate at '
     'Marlow College: "Buyers are simply waiting."',
     [("Home prices in the valley fell for a third straight month", "INDIRECT_QUOTE", "Corinne Halvey"),
      ("Buyers are simply waiting.", "DIRECT_QUOTE", "Corinne Halvey")]),
    ('Wildfire smoke can travel thousands of miles, said Devin Ruparel, associate professor of atmospheric science: '
     '"We found it in samples from three continents."',
     [("Wildfire smoke can travel thousands of miles", "INDIRECT_QUOTE", "Devin Ruparel"),
      ("We found it in samples from three continents.", "DIRECT_QUOTE", "Devin Ruparel")]),
    # two coordinated titles before the name after the cue (the speaker was "Tellmark President")
    ('"We expect to double our capacity by next spring," said Tellmark President and CEO Rhea Odum.',
     [("We expect to double our capacity by next spring,", "DIRECT_QUOTE", "Rhea Odum")]),
    ('"This partnership gives our customers more choice," said Brightvale Chairman and Chief Executive Officer '
     'Marcus Feld.',
     [("This partnership gives our customers more choice,", "DIRECT_QUOTE", "Marcus Feld")]),
    # a description before an abbreviated rank in a trailing attribution (nothing was reported)
    ("The boy was found unharmed a few hours later, county sheriff's spokesman Sgt. Dale Morrow said.",
     [("The boy was found unharmed a few hours later", "INDIRECT_QUOTE", "Dale Morrow")]),
    ("Two lanes will stay closed until Friday, police spokeswoman Lt. Carla Benes said.",
     [("Two lanes will stay closed until Friday", "INDIRECT_QUOTE", "Carla Benes")]),
    # a name, then an apposition with no comma closing it before the cue: the name speaks
    ("Brent Halloway, the Deputy Secretary of Transportation says the bridge will reopen in October.",
     [("the bridge will reopen in October", "INDIRECT_QUOTE", "Brent Halloway", "Brent Halloway")]),
    ('Owen Fairley, Plant Manager and a lifelong resident of Dunmore said, "This expansion means 200 new jobs."',
     [("This expansion means 200 new jobs.", "DIRECT_QUOTE", "Owen Fairley", "Owen Fairley")]),
    ("Helen Vogel, the company's head of research said the trial would begin in June.",
     [("the trial would begin in June", "INDIRECT_QUOTE", "Helen Vogel", "Helen Vogel")]),
    # a press release's dateline with its wire service is no part of the report
    ("AUSTIN, Texas, April 2, 2025 /PRNewswire/ -- Quillon Systems today announced plans to open a second data "
     "center in Round Rock.",
     [("Quillon Systems today announced plans to open a second data center in Round Rock", "INDIRECT_QUOTE",
       "Quillon Systems")]),
    ("DENVER, Jan. 14, 2025 (GLOBE NEWSWIRE) -- Harwick Foods announced today additional steps to protect "
     "customers from a recalled batch of flour.",
     [("Harwick Foods announced today additional steps to protect customers from a recalled batch of flour",
       "INDIRECT_QUOTE", "Harwick Foods")]),
    # a company's legal form after a comma, its stock ticker, a time word before the cue
    ("Pellum Biotech, Inc. (NASDAQ: PLMB) announced today that it has completed enrollment in its phase 2 trial.",
     [("it has completed enrollment in its phase 2 trial", "INDIRECT_QUOTE", "Pellum Biotech Inc")]),
    ("Corvex Inc. today announced that it will acquire a software maker in Oslo.",
     [("it will acquire a software maker in Oslo", "INDIRECT_QUOTE", "Corvex Inc")]),
    ("Drayton Holdings, LLC said it would sell its two remaining hotels.",
     [("it would sell its two remaining hotels", "INDIRECT_QUOTE", "Drayton Holdings LLC")]),
    # "as compared" goes on with the reported clause
    ("Marrow Airlines said that because of higher fuel costs, as compared to the prior year, it will raise fares "
     "in May.",
     [("because of higher fuel costs, as compared to the prior year, it will raise fares in May", "INDIRECT_QUOTE",
       "Marrow Airlines")]),
    # a trailing "according to" source with a role after lower-case words or with a listed field: no clause around it
    ("Regular naps improve memory in older adults, according to Lena Markov, assistant professor at Corbin University.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    ("Regular naps improve memory in older adults, according to Lena Markov, professor of psychology, neuroscience and "
     "behavior.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    ("Regular naps improve memory in older adults, according to Lena Markov, professor of psychology, who led the "
     "study.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    # "who" after a role with a complement is the role holder's, not the complement's
    ('"Funding decides who gets to do research," said Lola Marsh, professor of biomedical and chemical engineering, '
     'who believes the agency can fund more young scientists.',
     [("Funding decides who gets to do research,", "DIRECT_QUOTE", "Lola Marsh"),
      ("the agency can fund more young scientists", "INDIRECT_QUOTE", "Lola Marsh")]),
    ("The mayor met Tom Reddle, head of the union at the plant, who said the strike would go on.",
     [("the strike would go on", "INDIRECT_QUOTE", "Tom Reddle")]),
    # a coordinated "said" after a negated first predicate or after a plural title's predicate shares the subject
    ("Deputies would not describe the injuries and said an investigation is ongoing.",
     [("an investigation is ongoing", "INDIRECT_QUOTE", "Deputies")]),
    ("The officers closed the road and said the driver had been drinking.",
     [("the driver had been drinking", "INDIRECT_QUOTE", "officers")]),
    # "reads" after a document noun with its source, then a quotation
    ("A statement from the county coroner's office reads, \"The cause of death has not been determined.\"",
     [("The cause of death has not been determined.", "DIRECT_QUOTE", "statement from the county coroner's office")]),
    ('A letter from the school board reads: "We will reopen the building on Monday."',
     [("We will reopen the building on Monday.", "DIRECT_QUOTE", "letter from the school board")]),
    # "advised that" reports (police releases)
    ("Deputies advised that the highway would stay closed until the crash site was cleared.",
     [("the highway would stay closed until the crash site was cleared", "INDIRECT_QUOTE", "Deputies")]),
    # a negated participle phrase after the subject: no clause of its own
    ("One neighbor, not wanting to be identified, said the fire started in the garage.",
     [("the fire started in the garage", "INDIRECT_QUOTE", "One neighbor")]),
    ("A county official, not authorized to speak publicly, said the audit would be released next week.",
     [("the audit would be released next week", "INDIRECT_QUOTE", "county official")]),
])
def test_round36_e1_round36_e1_press_releases(text, expected):
    assert_en_exact_e1(text, expected)


def test_round36_e1_round36_e1_press_release_guards():
    # a place before a lower-case description is no speaker's mention
    ann = run("Los Angeles, the city police chief said the protests had ended.", lang="en")
    assert [linked(ann, q.id, "said_by").text for q in quotes(ann)] == ["the city police chief"]
    # a second person in the apposition: the first name alone is not the speaker
    ann = run("Tom Reddle, Mary Jones and the mayor said the plant would reopen.", lang="en")
    assert all(q.attrs["speaker"] != "Tom Reddle" for q in quotes(ann))
    # a closed apposition, a title after the name and a single title after the cue stay as they were
    assert_en_exact_e1("Sales rose 4 percent, said Dana Whitfield, the chief financial officer.",
                    [("Sales rose 4 percent", "INDIRECT_QUOTE", "Dana Whitfield")])
    assert_en_exact_e1('"We are pleased with the quarter," said Acme President Tom Baker.',
                    [("We are pleased with the quarter,", "DIRECT_QUOTE", "Tom Baker")])
    assert_en_exact_e1('"We are pleased," said Tom Baker, President and CEO of Acme.',
                    [("We are pleased,", "DIRECT_QUOTE", "Tom Baker")])
    # a colon inside the content, with no quotation after it, is no title's end
    assert_en_exact_e1("The mayor said the plan has two parts: new buses and more trains.",
                    [("the plan has two parts: new buses and more trains", "INDIRECT_QUOTE", "mayor")])
    # a person named in the complement keeps the relative clause; a group without a role before it too
    assert_en_exact_e1("The mayor thanked Tom Reddle, a friend of Anna Berg, who said the strike would go on.",
                    [("the strike would go on", "INDIRECT_QUOTE", "Anna Berg")])
    assert_en_exact_e1("The bill drew criticism from business groups, who say it will cost jobs.",
                    [("it will cost jobs", "INDIRECT_QUOTE", "business groups")])
    # a plural noun that is no title stays without a speaker; a condition's coordinated verb reports nothing
    assert quotes(run("The students closed the road and said the driver had been drinking.", lang="en")) == []
    assert quotes(run("If we do not act now and say nothing, the crisis will grow.", lang="en")) == []
    # "reads" after a person with a place is no document's
    assert all(q.attrs["speaker"] is None for q in quotes(run('The boy from the school reads, "The cat sat."', lang="en")))
    # "advised" without "that" reports nothing; a negation opening a clause is no participle phrase
    assert quotes(run("Residents are advised to stay indoors.", lang="en")) == []
    assert quotes(run("The company was advised by Lazard on the sale.", lang="en")) == []
    # a plain dateline without a wire service stays out of the report as before
    assert_en_exact_e1("DETROIT (AP) — The company said it would close the plant.",
                    [("it would close the plant", "INDIRECT_QUOTE", "company")])

# (round 36, helper e2; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (e2): English sports and entertainment news.
#
# A nationality names the person just named or quoted ('"…," said the Chilean', "the Australian added") and is no
# part of a name before a surname ("Australian Jones told reporters"); whom a speaker spoke of is no part of the speaker
# ('"…," said Pellegrini of the Belgian'); a colon and a quotation after a sentence of the writer's make no report of that
# sentence ('X was left to reflect on a dire performance: "…," he said.'), and the "he" after such a quotation, or in
# ", and he admits …", is the sentence's subject; a club before a name says nothing of its gender ("Chelsea manager
# Andre …"); a conviction or "points out" with a clause without "that" reports it ("Dunlow is convinced his side can
# still reach the final", "Harker points out there is no easy answer"); "close to …" stays with a source after
# "according to" ("sources close to the club"); a noun-like cue after an adjective is a noun ("Denying recent reports
# that …" had the speaker "Denying recent").
DQ, IQ = "DIRECT_QUOTE", "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a nationality after the quotation names the person named before it
    ("Porto coach Rui Amorelo saw his side lose again. \"We were too slow,\" said the Portuguese.",
     [("We were too slow,", DQ, "Rui Amorelo")]),
    ("Sevilla boss Tomas Barrandeo watched his side win. \"They were superb,\" the Spaniard added.",
     [("They were superb,", DQ, "Tomas Barrandeo")]),
    # the person quoted before, when the sentence before names no one
    ("Wexham manager Paul Dorrity spoke after the draw. \"We deserved more,\" he said. \"The referee had a poor "
     "afternoon,\" said the Scot.",
     [("We deserved more,", DQ, "Paul Dorrity"), ("The referee had a poor afternoon,", DQ, "Paul Dorrity")]),
    # a nationality before the surname is no part of the name
    ("Coach Barry Quellan named his side on Friday. \"We are ready,\" Australian Quellan told reporters.",
     [("We are ready,", DQ, "Barry Quellan")]),
])
def test_round36_e2_en_nationality_epithet(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # whom the speaker spoke of after "of"
    ("Leeds coach Tom Harker watched his side win. \"He was our best player,\" said Harker of the Belgian.",
     [("He was our best player,", DQ, "Tom Harker")]),
    ("Lucy Brannagh scored twice. \"She never stops running,\" said Brannagh of her captain.",
     [("She never stops running,", DQ, "Lucy Brannagh")]),
])
def test_round36_e2_en_speaker_of_whom(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's sentence before a colon and a quotation is no report
    ("Rovers boss Gary Tenwick was left to reflect on a miserable evening: \"We were not good enough,\" he said.",
     [("We were not good enough,", DQ, "Gary Tenwick")]),
    ("Striker Dean Morrow was in no mood to celebrate: \"We threw it away,\" he said.",
     [("We threw it away,", DQ, "Dean Morrow")]),
    # the subject of the pronoun's sentence, not the person quoted before
    ("United manager Colin Reddish watched his side win. \"They gave everything,\" he said. Albion boss Mark Felden "
     "was furious: \"It was never a penalty,\" he said.",
     [("They gave everything,", DQ, "Colin Reddish"), ("It was never a penalty,", DQ, "Mark Felden")]),
    # ", and he …": the sentence's subject, not a club in a preposition's object
    ("Vallon faced questions after losses to Derby and Bristol Rovers, and he admits the pressure is on.",
     [("the pressure is on", IQ, None)]),  # (not the club; the lone surname is unknown)
])
def test_round36_e2_en_colon_lead_quotation(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a club before the name that is also a first name gives no gender: "he" is the manager
    ("Chelsea manager Andre Vallon spoke after the game with Leeds and Juan Merida. \"We were unlucky,\" he said.",
     [("We were unlucky,", DQ, "Andre Vallon")]),
])
def test_round36_e2_en_club_no_gender(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a conviction with a clause without "that"
    ("Mark Dunlow is convinced his side can still reach the final.",
     [("his side can still reach the final", IQ, "Mark Dunlow")]),
    ("Head coach Eric Tallon is confident a heavy defeat by Wales will teach his young squad a lesson.",
     [("a heavy defeat by Wales will teach his young squad a lesson", IQ, "Eric Tallon")]),
    # "points out" with a clause without "that"
    ("Tom Harker points out there is no easy answer to the problem.",
     [("there is no easy answer to the problem", IQ, "Tom Harker")]),
    ("The coach pointed out his side had lost only once all season.",
     [("his side had lost only once all season", IQ, "coach")]),
])
def test_round36_e2_en_bare_conviction(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "close to …" stays with the source after "according to"
    ("According to sources close to the club, Harker will sign a new deal.",
     [("Harker will sign a new deal", IQ, "sources close to the club")]),
    ("According to a source close to the singer, the couple split in May.",
     [("the couple split in May", IQ, "source close to the singer")]),
    # a noun-like cue after its adjective is a noun, with no speaker before it
    ("Denying recent reports that he would leave, Harker said: \"I am staying.\"", [("I am staying.", DQ, "Harker")]),
])
def test_round36_e2_en_source_noun_phrases(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("I am convinced we can win the league.", []),  # the writer's own view
    ("You are sure he will score again.", []),
    ("Smith is sure to start on Saturday.", []),  # an infinitive, no clause
    ("Smith is confident of victory.", []),
    ("Smith is not convinced the plan will work.", []),  # negated
    ("Smith said he was confident the plan would work.", [("he was confident the plan would work", IQ, "Smith")]),
    ("Dunlow pointed out the flaws in the plan.", []),  # an object, no clause
    ("She pointed out the window at the crowd.", []),
    # a paper's name, no nationality of a person
    ("Coach Barry Quellan named his side. The Australian reported that he would stay.",
     [("he would stay", IQ, "Australian")]),
    # a place after "of" stays with the speaker's phrase
    ("\"We will vote no,\" said Senator Bob Corwin of Tennessee.", [("We will vote no,", DQ, "Bob Corwin")]),
    ("The media reports what he says.", []),  # "media" is the subject, no adjective
    ("He denied reports that he would leave.", [("he would leave", IQ, None)]),
])
def test_round36_e2_en_round36_e2_guards(text, expected):
    assert_en_exact(text, expected)

# (round 36, helper v1; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (second wave, helper v1): German political and diplomatic news read for impersonal and anonymous sources ("war aus
# Diplomatenkreisen zu hören", "Dies sagte ein Diplomat", "wurde von unterrichteter Seite erklärt", "die Erwartungen
# gedämpft"). Sentences written anew in the style of the pages read (no page text; invented names).
@pytest.mark.parametrize(("text", "expected"), [
    # "zu hören" with a form of "sein" reports like "verlautete": its source after "aus"/"von"/"in" speaks
    ("Aus Brüsseler Diplomatenkreisen war am Dienstag zu hören, die Verhandlungen über das Abkommen stünden kurz vor "
     "dem Abschluss.",
     [("die Verhandlungen über das Abkommen stünden kurz vor dem Abschluss", "INDIRECT_QUOTE",
       "Brüsseler Diplomatenkreisen")]),
    ("Der Zeitplan für den Beitritt werde nicht gehalten, war aus Kommissionskreisen zu hören.",
     [("Der Zeitplan für den Beitritt werde nicht gehalten", "INDIRECT_QUOTE", "Kommissionskreisen")]),
    ("Wie aus der Delegation zu hören war, hat Ankara neue Bedingungen gestellt.",
     [("hat Ankara neue Bedingungen gestellt", "INDIRECT_QUOTE", "Delegation")]),
    ("Nach der Sitzung war aus dem Kanzleramt zu hören, man sehe keinen Grund zur Eile.",
     [("man sehe keinen Grund zur Eile", "INDIRECT_QUOTE", "Kanzleramt")]),
])
def test_round36_v1_de_heard_from_source(text, expected):
    assert_de_exact(text, expected)


def test_round36_v1_de_heard_from_source_guards():
    # a noun of its own in the clause is what was heard, no report: noises, an announcement
    for text in ("Im Plenarsaal waren laute Zwischenrufe zu hören.",
                 "Aus dem Lautsprecher war eine Durchsage zu hören, dass der Zug ausfällt.",
                 "Zu hören war nur das Rauschen des Meeres.",
                 "Wie zu hören war, ist der Saal bereits ausverkauft."):
        assert quotes(run(text, lang="de")) == [], text


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted "Dies" is what was said (as "Das"), the noun phrase after the verb speaks (it was "Dies")
    ("Dies sagte ein Sprecher des Außenministeriums am Mittwoch in Paris.",
     [("Dies", "INDIRECT_QUOTE", "Sprecher des Außenministeriums")]),
    ("Dies teilte ein Diplomat der Vereinten Nationen am Abend mit.",
     [("Dies", "INDIRECT_QUOTE", "Diplomat der Vereinten Nationen")]),
])
def test_round36_v1_de_fronted_dies_is_no_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive with its agent after "von" (also fronted) reports the clause before or after it
    ("Die Truppen würden bis zum Herbst abgezogen, wurde in Bonn von unterrichteter Seite erklärt.",
     [("Die Truppen würden bis zum Herbst abgezogen", "INDIRECT_QUOTE", "Seite")]),
    ("Von offizieller Seite wurde betont, an dem Zeitplan werde festgehalten.",
     [("an dem Zeitplan werde festgehalten", "INDIRECT_QUOTE", "Seite")]),
    ("Vom Auswärtigen Amt wurde bestätigt, der Botschafter sei einbestellt worden.",
     [("der Botschafter sei einbestellt worden", "INDIRECT_QUOTE", "Auswärtigen Amt")]),
    # without an agent only after a Konjunktiv report (no speaker)
    ("Die Gespräche seien vertagt worden, wurde am Abend erklärt.",
     [("Die Gespräche seien vertagt worden", "INDIRECT_QUOTE", None)]),
])
def test_round36_v1_de_passive_agent_reports(text, expected):
    assert_de_exact(text, expected)


def test_round36_v1_de_passive_agent_reports_guards():
    # the topic of "berichtet" after a fronted "Von" is no agent; an indicative clause before an agentless passive is
    # the writer's
    assert_de_exact("Von den Plänen wurde erst am Montag berichtet, sagte ein Sprecher.",
                    [("Von den Plänen wurde erst am Montag berichtet", "INDIRECT_QUOTE", "Sprecher")])
    assert quotes(run("Der Antrag wurde abgelehnt, wurde am Freitag mitgeteilt.", lang="de")) == []
    assert quotes(run("Von dem Unfall wurde am Abend berichtet, der Fahrer sei verletzt.", lang="de")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # dampening expectations is a reported speech act of someone who can speak; a Konjunktiv sentence continues it
    ("Die französische Regierung hat vor dem Treffen in Wien die Erwartungen gedämpft. Ein Durchbruch sei nicht zu "
     "erwarten.",
     [("Die französische Regierung hat vor dem Treffen in Wien die Erwartungen gedämpft", "INDIRECT_QUOTE", "Regierung"),
      ("Ein Durchbruch sei nicht zu erwarten", "INDIRECT_QUOTE", "Regierung")]),
    ("Vor dem Gipfel dämpfte Außenminister Klaus Brenner die Erwartungen an eine schnelle Einigung.",
     [("Vor dem Gipfel dämpfte Außenminister Klaus Brenner die Erwartungen an eine schnelle Einigung", "INDIRECT_QUOTE",
       "Klaus Brenner")]),
])
def test_round36_v1_de_dampened_expectations(text, expected):
    assert_de_exact(text, expected)


def test_round36_v1_de_dampened_expectations_guards():
    # figures or the weather dampen expectations without speaking; the noun's genitive is not its subject
    for text in ("Schwache Exportzahlen dämpften die Erwartungen an einen Aufschwung.",
                 "Der Dauerregen dämpfte die Erwartungen der Festwirte.",
                 "Die Zahlen dämpfen die Erwartungen."):
        assert quotes(run(text, lang="de")) == [], text


@pytest.mark.parametrize(("text", "expected"), [
    # the circle after "nach Angaben aus" / "nach Informationen aus" belongs to the source, also inside the clause and
    # without an article (it opened the content)
    ("Die Regierung will nach Angaben aus Diplomatenkreisen neue Sanktionen beschließen.",
     [("Die Regierung will", "INDIRECT_QUOTE", "Angaben aus Diplomatenkreisen"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Angaben aus Diplomatenkreisen")]),
    ("Der Gesandte ist nach Informationen aus dem Umfeld des Präsidenten bereits abgereist.",
     [("Der Gesandte ist", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten"),
      ("bereits abgereist", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten")]),
    ("Nach Angaben aus diplomatischen Kreisen ist der Vertrag unterschriftsreif.",
     [("ist der Vertrag unterschriftsreif", "INDIRECT_QUOTE", "Angaben aus diplomatischen Kreisen")]),
])
def test_round36_v1_de_source_circle_after_aus(text, expected):
    assert_de_exact(text, expected)


def test_round36_v1_de_source_circle_after_aus_guards():
    # a year or a place after "aus" is no circle: the source stays "Angaben"
    for text in ("Die Zahl der Anträge ist nach Angaben aus dem Jahr 2005 gestiegen.",
                 "Die Mieten sind nach Angaben aus Berlin gestiegen."):
        assert {q.attrs["speaker"] for q in quotes(run(text, lang="de"))} == {"Angaben"}, text


@pytest.mark.parametrize(("text", "expected"), [
    # the dative source of "zufolge" does not run back over the inverted subject before it: a bare plural source
    # ("Kreisen", "Insidern") or a dative article after another article ("die Regierung der Zeitung zufolge")
    ("Nun berät das Auswärtige Amt Kreisen zufolge mit den Partnern.",
     [("Nun berät das Auswärtige Amt", "INDIRECT_QUOTE", "Kreisen"),
      ("mit den Partnern", "INDIRECT_QUOTE", "Kreisen")]),
    ("Deshalb will die Regierung Diplomaten zufolge neue Sanktionen beschließen.",
     [("Deshalb will die Regierung", "INDIRECT_QUOTE", "Diplomaten"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Diplomaten")]),
    ("Am Montag plant die Nordbank Insidern zufolge einen Stellenabbau.",
     [("Am Montag plant die Nordbank", "INDIRECT_QUOTE", "Insidern"),
      ("einen Stellenabbau", "INDIRECT_QUOTE", "Insidern")]),
    ("Deshalb will die Regierung der Zeitung zufolge neue Sanktionen beschließen.",
     [("Deshalb will die Regierung", "INDIRECT_QUOTE", "Zeitung"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Zeitung")]),
])
def test_round36_v1_de_zufolge_dative_part(text, expected):
    assert_de_exact(text, expected)


def test_round36_v1_de_zufolge_dative_part_guards():
    # one dative phrase stays whole: an article of the dative with its genitive, a title with a name
    assert_de_exact("Einem Bericht der Zeitung zufolge will die Regierung neue Sanktionen beschließen.",
                    [("will die Regierung neue Sanktionen beschließen", "INDIRECT_QUOTE", "Zeitung")])
    assert_de_exact("Bundeskanzler Olaf Martens zufolge sind neue Sanktionen möglich.",
                    [("sind neue Sanktionen möglich", "INDIRECT_QUOTE", "Olaf Martens")])


def test_round36_v1_de_zufolge_dative_part_adjective_guards():
    # a capitalised adjective opening the sentence stays with its noun
    assert_de_exact("Ersten Ermittlungen zufolge war der Fahrer zu schnell.",
                    [("war der Fahrer zu schnell", "INDIRECT_QUOTE", "Ersten Ermittlungen")])

# (round 36, helper v2; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (second wave, helper v2, market and economy reports in agency style): a cue closing an embedded relative or
# dass-clause reports nothing in the main clause that goes on after it; "nach unten/oben" is no postposed source;
# "lässt … erwarten" is a suggestion, no one's thought; "war der Mitteilung zu entnehmen" reports, with the dative
# as its source. Sentences are invented in the pages' style.
@pytest.mark.parametrize(("text", "expected"), [
    # the main clause after a relative clause closed by a cue is the writer's ("brach der Kurs … ein" was the
    # supervisor's finding)
    ("Nach der Rüge der Bankenaufsicht, die bei einer Sonderprüfung Mängel festgestellt hatte, brach der Kurs der "
     "Direktbank um 17 Prozent ein.", []),
    # a negation going on with the main clause ("nicht mehr zu erreichen" was the board's)
    ("Damit seien die Renditeziele, die der Vorstand im Frühjahr bestätigt hatte, nicht mehr zu erreichen, schrieb "
     "Analystin Petra Sommer.",
     [("Damit seien die Renditeziele, die der Vorstand im Frühjahr bestätigt hatte, nicht mehr zu erreichen", IND,
       "Petra Sommer")]),
    # a dass-clause as the subject's attribute ("könne positiv gewertet werden" was the shipping line's)
    ("Der Umstand, dass die Reederei ihre Prognose bekräftigt hat, könne positiv gewertet werden, sagte Analyst "
     "Jonas Reuter.",
     [("Der Umstand, dass die Reederei ihre Prognose bekräftigt hat, könne positiv gewertet werden", IND,
       "Jonas Reuter")]),
])
def test_round36_v2_embedded_cue_reports_no_main_clause(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "Wachstumsprognosen nach" was read as "seiner Meinung nach" (two fragments, speaker "ihre Wachstumsprognosen")
    ("Seit Wochen müssen die Volkswirte ihre Wachstumsprognosen nach unten revidieren.", []),
])
def test_round36_v2_direction_is_no_postposed_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the label in quotation marks had the speaker "Herabstufung"
    ("Der Ausblick für die Bonitätsnote bleibt „stabil“, was vorerst keine Herabstufung erwarten lässt.", []),
    # "Das" was a quote of "eine weitere Zinserhöhung"
    ("Das lässt für das kommende Quartal eine weitere Zinserhöhung erwarten.", []),
])
def test_round36_v2_let_expect_is_no_thought(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "zu entnehmen" with its dative source: trailing and before a dass-clause
    ("Im laufenden Jahr rechne der Versicherer mit einem Gewinn von 1,2 Milliarden Euro, war der Mitteilung zu "
     "entnehmen.",
     [("Im laufenden Jahr rechne der Versicherer mit einem Gewinn von 1,2 Milliarden Euro", IND, "Mitteilung")]),
    ("Dem Halbjahresbericht ist zu entnehmen, dass die Bank 800 Stellen abbauen will.",
     [("die Bank 800 Stellen abbauen will", IND, "Halbjahresbericht")]),
])
def test_round36_v2_zu_entnehmen_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # taking a thing out of another is no report
    ("Die Ärzte begannen, dem Patienten Blut zu entnehmen.", []),
    ("Dem Fluss ist bei Hochwasser kein Wasser zu entnehmen.", []),
    # a wie-clause's main clause is the report
    ("Wie der Sprecher mitteilte, sei die Produktion in Bremen eingestellt worden.",
     [("sei die Produktion in Bremen eingestellt worden", IND, "Sprecher")]),
    # a relative clause on the speaker before the cue
    ("Der Händler, der nicht genannt werden wollte, sagte, die Stimmung sei gut.",
     [("die Stimmung sei gut", IND, "Händler")]),
    # content after a cue in a relative clause that opens with a pronoun stays
    ("Der Minister, der gesagt hatte, er komme nicht, erschien doch zur Sitzung.",
     [("er komme nicht", IND, "Minister")]),
    # "erwarten" without "lassen" is still a cue
    ("Analysten erwarten, dass die Notenbank die Zinsen im Herbst senkt.",
     [("die Notenbank die Zinsen im Herbst senkt", IND, "Analysten")]),
    ("Seiner Meinung nach ist die Lage am Anleihemarkt ernst, sagte der Analyst.",
     None),
])
def test_round36_v2_round37_v2_guards(text, expected):
    if expected is None:  # a postposed source is still one
        assert quotes(run(text, lang="de"))
        return
    assert_de_exact(text, expected)

# (round 36, helper v3; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (second wave), helper v3: German domestic politics in 1990s agency and newspaper style.
#
# Invented sentences in the style of Bonn reports on tax, asylum and Treuhand debates: two roles of one politician with
# an adjective before the second ("der stellvertretende FDP-Vorsitzende und hessische Justizminister X"), a pronoun after
# a sentence whose subject is a titled or inverted full name, a pronoun opening the clause after a colon, a party chair's
# synonyms ("der SPD-Parteichef" for "der SPD-Parteivorsitzende X"), a name fronted before the cue and its pronoun, a
# known surname before an object's role and name, and a body's apposition after a trailing cue.
@pytest.mark.parametrize(("text", "expected"), [
    # two roles of one person before the name, the second with an adjective: the person speaks (was the first role,
    # or nothing at all)
    ("Demgegenüber bekräftigte der stellvertretende FDP-Vorsitzende und hessische Justizminister Gerd Wallmann "
     "gestern die Forderung seiner Partei nach einer Reform. Der Vorstoß sei verfassungsrechtlich riskant.",
     [("Demgegenüber bekräftigte der stellvertretende FDP-Vorsitzende und hessische Justizminister Gerd Wallmann "
       "gestern die Forderung seiner Partei nach einer Reform", "INDIRECT_QUOTE", "Gerd Wallmann"),
      ("Der Vorstoß sei verfassungsrechtlich riskant", "INDIRECT_QUOTE", "Gerd Wallmann")]),
    ("Das Konzept sei unausgegoren, sagte der SPD-Fraktionsvize und frühere Bauminister Karl Heinzen.",
     [("Das Konzept sei unausgegoren", "INDIRECT_QUOTE", "Karl Heinzen")]),
    ("Die Länder würden nicht zustimmen, erklärte die PDS-Sprecherin und sächsische Landtagsabgeordnete Ute Brandt.",
     [("Die Länder würden nicht zustimmen", "INDIRECT_QUOTE", "Ute Brandt")]),
    # "er"/"sie" after a sentence whose subject is a titled full name (after an opening adverb, or inverted after
    # the fronted object's auxiliary): that person, not the one quoted before
    ("„Wir lehnen das ab“, sagte Otto Brenner. Der brandenburgische Ministerpräsident Jochen Pfeil wirkte zufrieden. "
     "Er sprach von einem „guten Tag für den Osten“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag für den Osten", "DIRECT_QUOTE", "Jochen Pfeil")]),
    ("„Wir lehnen das ab“, sagte Otto Brenner. Eine realistischere Sicht auf den Osten hat Brandenburgs "
     "Ministerpräsident Jochen Pfeil festgestellt. Im Gespräch mit der Zeitung bezeichnete er die Ergebnisse als "
     "„ausreichend“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("ausreichend", "DIRECT_QUOTE", "Jochen Pfeil")]),
    # a pronoun opening the clause after a colon continues the person named before the colon
    ("Die Reform sei nicht lösbar, sagte Ulrich Kamp (SPD). Heinz Wessel (PDS) kritisiert die geplante Neuregelung "
     "scharf: Er befürchtet, dass Flüchtlinge in die Illegalität getrieben werden könnten.",
     [("Die Reform sei nicht lösbar", "INDIRECT_QUOTE", "Ulrich Kamp"),
      ("Er befürchtet, dass Flüchtlinge in die Illegalität getrieben werden könnten", "INDIRECT_QUOTE", "Heinz Wessel"),
      ("Flüchtlinge in die Illegalität getrieben werden könnten", "INDIRECT_QUOTE", "Heinz Wessel")]),
    # a party chair's synonyms: "der SPD-Parteichef" is the "SPD-Parteivorsitzende" named before, not the last name
    ("Der SPD-Parteivorsitzende Oskar Lorenz ist sicher, dass die Pläne scheitern. Er habe Jürgen Falk (Grüne) seine "
     "Meinung dargelegt. Zur Kandidatur erklärte der SPD-Parteichef, für ihn sei das erfreulich.",
     [("die Pläne scheitern", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("Er habe Jürgen Falk (Grüne) seine Meinung dargelegt", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("für ihn sei das erfreulich", "INDIRECT_QUOTE", "Oskar Lorenz")]),
    # a name inside the phrase fronted before the cue and its pronoun is no antecedent of the pronoun
    ("Mit dieser Feststellung versuchte SPD-Chef Rudolf Kern, Vorbehalte auszuräumen. Im Beisein des neuen "
     "Verteidigungsministers Perro und etlicher Senatoren plädierte er für eine Stärkung der UNO.",
     [("Im Beisein des neuen Verteidigungsministers Perro und etlicher Senatoren plädierte er für eine Stärkung der "
       "UNO", "INDIRECT_QUOTE", "Rudolf Kern")]),
    # the surname of a person named before, then the object's role and full name: the surname speaks
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Statt dessen schlug Brandt Finanzminister Theo Wagner (CSU) als "
     "Gesprächspartner für die SPD vor.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("Statt dessen schlug Brandt Finanzminister Theo Wagner (CSU) als Gesprächspartner für die SPD vor",
       "INDIRECT_QUOTE", "Helmut Brandt")]),
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Später sagte Brandt Finanzminister Theo Wagner, die Lage sei ernst.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Helmut Brandt")]),
    # a body's apposition with an indefinite article after a trailing cue is no second report
    ("Das sei Betrug am Wähler, kritisierte der Bund der Steuerzahler, ein Verein mit Sitz in Wiesbaden.",
     [("Das sei Betrug am Wähler", "INDIRECT_QUOTE", "Bund der Steuerzahler")]),
    ("Die Neubewertung sei unseriös, kritisiert die Schutzgemeinschaft der Kleinsparer, ein Zusammenschluss der "
     "Verbände des Kreditgewerbes.",
     [("Die Neubewertung sei unseriös", "INDIRECT_QUOTE", "Schutzgemeinschaft der Kleinsparer")]),
])
def test_round36_v3_de_round37_v3_bonn_politics(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # two roles with a plural verb name two people; a single role and a name stay as they were
    ("Das Konzept sei unausgegoren, sagte der SPD-Fraktionsvize Karl Heinzen.",
     [("Das Konzept sei unausgegoren", "INDIRECT_QUOTE", "Karl Heinzen")]),
    # the person quoted before goes on when the sentence between names another as an object or after a preposition
    ("„Wir lehnen das ab“, sagte Otto Brenner. Den Vorschlag hat die Regierung mit Minister Jochen Pfeil beraten. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    ("„Wir lehnen das ab“, sagte Otto Brenner. Gestern hat die Kanzlerin Minister Jochen Pfeil entlassen. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    # a woman named as subject is no antecedent of "er"
    ("„Wir lehnen das ab“, sagte Otto Brenner. Die saarländische Sozialministerin Renate Kessler wirkte zufrieden. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    # another party's chair is no synonym of the chair named before
    ("Der SPD-Parteivorsitzende Oskar Lorenz ist sicher, dass die Pläne scheitern. Der CDU-Parteichef Hans Lenz "
     "sagte, die Lage sei ernst.",
     [("die Pläne scheitern", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Hans Lenz")]),
    # a fronted phrase without a name, or with a comma, leaves the pronoun as it was
    ("Mit dieser Feststellung versuchte SPD-Chef Rudolf Kern, Vorbehalte auszuräumen. Nach dem Treffen mit Kanzler "
     "Helmut Brandt sagte er, die Gespräche seien gut gewesen.",
     [("die Gespräche seien gut gewesen", "INDIRECT_QUOTE", "Rudolf Kern")]),
    # a role and a full name after the verb stay the speaker
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Später sagte Finanzminister Theo Wagner, die Lage sei ernst.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Theo Wagner")]),
    # a content clause with its own verb after the cue stays a report
    ("Der Bund der Steuerzahler kritisierte, eine Reform der Steuern sei überfällig.",
     [("eine Reform der Steuern sei überfällig", "INDIRECT_QUOTE", "Bund der Steuerzahler")]),
])
def test_round36_v3_de_round37_v3_bonn_politics_guards(text, expected):
    assert_de_exact(text, expected)

# (round 36, helper v4; sentences written for these tests, see docs/quotes.md, "Round 36")
# Round 36 (second wave, helper v4): German amateur, club and local news ("so X", "erzählte", quotations
# after a colon, a writer's sentence between two quotations of one speaker). Every table row fails against the frozen
# source 6044fc8; the guards hold on both.
@pytest.mark.parametrize(("text", "expected"), [
    # a person opening the clause before a colon is the antecedent of the trailing "sagt er/sie" (had no speaker)
    ("Und Gisela Wehrmann trat ans Rednerpult: „Wir sind stolz auf unsere Jugend“, betonte sie.",
     [("Wir sind stolz auf unsere Jugend", D, "Gisela Wehrmann")]),
    ("„Das Fest war ein Erfolg“, sagte Vorsitzender Rainer Kolb. Und Heike Sommer ergriff das Wort: "
     "„Ohne die Helfer wäre das nicht gegangen“, fügte sie hinzu.",
     [("Das Fest war ein Erfolg", D, "Rainer Kolb"), ("Ohne die Helfer wäre das nicht gegangen", D, "Heike Sommer")]),
])
def test_round36_v4_de_colon_lead_antecedent(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a writer's sentence about a thing between two quotations: the quotation after it goes on with the speaker
    # before it (was "Grund", "Brauereien", "Ursache")
    ("„Die Nachfrage ist enorm“, sagt Tafelleiterin Gundula Pfeiffer. Grund sind die hohen Mietpreise in der Stadt. "
     "„Das wird so schnell nicht besser.“",
     [("Die Nachfrage ist enorm", D, "Gundula Pfeiffer"), ("Das wird so schnell nicht besser.", D, "Gundula Pfeiffer")]),
    ("„Wir brauchen mehr Platz“, sagt Vereinschef Bodo Reincke. Was fehlt, ist das Geld, das früher Brauereien und "
     "Metzgereien spendeten. „Die Stadt muss handeln.“",
     [("Wir brauchen mehr Platz", D, "Bodo Reincke"), ("Die Stadt muss handeln.", D, "Bodo Reincke")]),
    ("„Uns fehlen Hände“, sagt Vereinschef Bodo Reincke. Ursache ist der Umzug vieler Familien. "
     "„Wir suchen dringend Betreuer.“",
     [("Uns fehlen Hände", D, "Bodo Reincke"), ("Wir suchen dringend Betreuer.", D, "Bodo Reincke")]),
    # a call with its possessor before a colon ("ihr Aufruf") is what is said, not who (was "Aufruf")
    ("Hannelore Stiebitz berichtete von der Sammelaktion. Die Spenden gehen zurück. Daher ihr Aufruf: "
     "„Jede Tüte hilft den Familien im Ort.“",
     [("Hannelore Stiebitz berichtete von der Sammelaktion", IND, "Hannelore Stiebitz"),
      ("Jede Tüte hilft den Familien im Ort.", D, "Hannelore Stiebitz")]),
])
def test_round36_v4_de_quotation_after_writers_thing_sentence(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the dative "Herrn" is an address form, no part of the name (was "Herrn Kubitzki")
    ("Nach Aussage von Herrn Kubitzki seien alle Beete vergeben.", [("seien alle Beete vergeben", IND, "Kubitzki")]),
    ("Laut Herrn Ostermann habe der Verein inzwischen 120 Mitglieder.",
     [("habe der Verein inzwischen 120 Mitglieder", IND, "Ostermann")]),
    # an "ehe" clause after a wish is no reported content
    ("Ortsvorsteherin Jutta Lemke wünschte allen Gästen viel Vergnügen, ehe der Spielmannszug aufmarschierte.", []),
    # a sentence of the writer's about the speaker ("Sie trainiert …") closes the paragraph; the next one's Konjunktiv I
    # goes on with the report
    ("„Am Samstag war die Halle voll“, erzählt Jugendwartin Sabine Kröll. Sie trainiert seit zwölf Jahren die Bambini.\n"
     "Der Nachwuchs sei das Wichtigste im Verein.",
     [("Am Samstag war die Halle voll", D, "Sabine Kröll"), ("Der Nachwuchs sei das Wichtigste im Verein", IND, "Sabine Kröll")]),
])
def test_round36_v4_de_local_news_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a second main clause after "und" without a comma, the first with a verb of its own: its own subject speaks (was
    # the first clause's subject, "Stimmung", "Saal")
    ("Die Stimmung war ausgelassen und die Jugendleiterin erzählte, die Kinder hätten drei Tage lang geprobt.",
     [("die Kinder hätten drei Tage lang geprobt", IND, "Jugendleiterin")]),
    ("Der Saal war bis auf den letzten Platz besetzt und Ortsbürgermeister Heinz Gruber sagte, das Fest sei ein Gewinn "
     "für das Dorf.",
     [("das Fest sei ein Gewinn für das Dorf", IND, "Heinz Gruber")]),
])
def test_round36_v4_de_second_clause_after_und(text, expected):
    assert_de_exact(text, expected)


def test_round36_v4_de_round37_v4_guards():
    # coordinated subjects before a plural verb stay one subject; a participle's second object is no subject
    ann = run("Die Feuerwehr und Ortsbürgermeister Heinz Gruber teilten mit, die Straße sei gesperrt.", lang="de")
    assert [x.text for x in quotes(ann)] == ["die Straße sei gesperrt"]
    assert linked(ann, quotes(ann)[0].id, "said_by").text == "Die Feuerwehr und Ortsbürgermeister Heinz Gruber"
    assert_de_exact("Der Vorstand hat den Kassenbericht und die Jahresplanung vorgestellt.", [])
    # an object named before the colon is no antecedent of "er"
    assert_de_exact("Der Vorsitzende lobte Karl Wendt: „Er ist unersetzlich“, sagte er.",
                    [("Er ist unersetzlich", D, None)])
    # a lone surname or a group of people opening the sentence between stays the speaker
    assert_de_exact("„Wir hatten Glück mit dem Wetter“, sagte Tanja Reuter. Gerber lachte. „Im Vorjahr hat es geregnet.“",
                    [("Wir hatten Glück mit dem Wetter", D, "Tanja Reuter"), ("Im Vorjahr hat es geregnet.", D, "Gerber")])
    assert_de_exact("„Die Jugendarbeit trägt Früchte“, sagt Ute Harms. Die Eltern sind begeistert. „Wir kommen gern wieder.“",
                    [("Die Jugendarbeit trägt Früchte", D, "Ute Harms"), ("Wir kommen gern wieder.", D, "Eltern")])
    # the noun "Ehe" is no subordinator; a reported "ehe" clause stays reported
    assert_de_exact("Die Ehe sei zerrüttet, sagte die Richterin.", [("Die Ehe sei zerrüttet", IND, "Richterin")])
    q = quotes(run("Pfarrer Hubert Freier sagte, ehe das Orchester spiele, wolle er noch beten.", lang="de"))
    assert [x.text for x in q] == ["ehe das Orchester spiele, wolle er noch beten"]
    # a writer's sentence about something else closes the paragraph: no report goes on
    assert_de_exact("„Am Samstag war die Halle voll“, erzählt Sabine Kröll. Die Halle hat 300 Plätze.\n"
                    "Der Nachwuchs sei das Wichtigste im Verein.",
                    [("Am Samstag war die Halle voll", D, "Sabine Kröll")])

# ---- round 36 (end) ----

# ---- round 37 (begin) ----

# (round 37, helper h1; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper h1: German court, police and prosecutor reports (sentences written for these tests, in the style of
# court and police news; no page text, no evaluation data).

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h1) "soll(en)" announcing a plan is no hearsay: a clause ending in "werden", or a plain infinitive with a
# time to come, neither continues the speaker before it nor joins that speaker's report
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Solche Pausen sind nicht ungewöhnlich“, sagt der Sprecher des Landgerichts. Am 14. März soll der Prozess "
            "fortgesetzt werden.",
            [("Solche Pausen sind nicht ungewöhnlich", DIR, "Sprecher des Landgerichts")],
        ),
        (
            "Die Aussage der Nachbarin stehe gegen die des Angeklagten, sagte die Staatsanwältin. Das Urteil soll Ende Mai "
            "verkündet werden.",
            [("Die Aussage der Nachbarin stehe gegen die des Angeklagten", IND, "Staatsanwältin")],
        ),
        (
            "Der Festgenommene habe keinen Widerstand geleistet, teilte die Polizei mit. Er soll am Donnerstag einem "
            "Haftrichter vorgeführt werden.",
            [("Der Festgenommene habe keinen Widerstand geleistet", IND, "Polizei")],
        ),
        (
            "Es gebe noch offene Fragen, erklärte der Gerichtssprecher. Die Kammer soll kommende Woche entscheiden.",
            [("Es gebe noch offene Fragen", IND, "Gerichtssprecher")],
        ),
        (
            "Der Richter sagte, die Beweisaufnahme sei abgeschlossen. Das Urteil soll am 9. Oktober fallen.",
            [("die Beweisaufnahme sei abgeschlossen", IND, "Richter")],
        ),
    ],
)
def test_round37_h1_de_planned_soll_is_no_report(text, expected):
    assert_de_exact(text, expected)


def test_round37_h1_de_hearsay_soll_guards():
    # (round 37, h1) hearsay "soll" still continues: a perfect infinitive, also with a date; a description
    assert_de_exact(
        "Die Polizei teilte mit, der Mann sei geflohen. Er soll am Montag eine Tankstelle überfallen haben.",
        [
            ("der Mann sei geflohen", IND, "Polizei"),
            ("Er soll am Montag eine Tankstelle überfallen haben", IND, "Polizei"),
        ],
    )
    assert_de_exact(
        "Die Ermittler sagten, der Täter sei bewaffnet. Er soll etwa 1,80 Meter groß sein.",
        [
            ("der Täter sei bewaffnet", IND, "Ermittler"),
            ("Er soll etwa 1,80 Meter groß sein", IND, "Ermittler"),
        ],
    )


# (round 37, h1) joining a party's motion or view in court ("sich … anschließen") is a reported act of its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Nebenkläger schlossen sich dem Antrag der Anklagebehörde an.",
            [("Die Nebenkläger schlossen sich dem Antrag der Anklagebehörde an", IND, "Nebenkläger")],
        ),
        (
            "Die Staatsanwältin forderte sieben Jahre Haft. Dem schloss sich die Anwältin der Familie an.",
            [
                ("Die Staatsanwältin forderte sieben Jahre Haft", IND, "Staatsanwältin"),
                ("Dem schloss sich die Anwältin der Familie an", IND, "Anwältin der Familie"),
            ],
        ),
        (
            "Der Verteidiger schloss sich dieser Einschätzung ausdrücklich an.",
            [("Der Verteidiger schloss sich dieser Einschätzung ausdrücklich an", IND, "Verteidiger")],
        ),
        (
            "Die Vertreterin der Nebenklage hatte sich dem Strafantrag angeschlossen.",
            [
                (
                    "Die Vertreterin der Nebenklage hatte sich dem Strafantrag angeschlossen",
                    IND,
                    "Vertreterin der Nebenklage",
                )
            ],
        ),
    ],
)
def test_round37_h1_de_joining_a_motion(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h1) joining a group, a person or an event that follows: no speech
        "Der Jugendliche schloss sich später einer Bande an.",
        "Nach dem Urteil schloss sich eine lange Debatte an.",
        "Der Hund schloss sich dem Spaziergänger an.",
        "Er schloss das Ladegerät an.",
    ],
)
def test_round37_h1_de_joining_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h1) "wollen" with a perfect infinitive closing the main clause: the subject's claim, a reported act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Nachbar will den Angeklagten kurz nach der Tat im Hausflur gesehen haben.",
            [
                (
                    "Der Nachbar will den Angeklagten kurz nach der Tat im Hausflur gesehen haben",
                    IND,
                    "Nachbar",
                )
            ],
        ),
        (
            "Die Beschuldigte wollte von den Überweisungen nichts gewusst haben.",
            [("Die Beschuldigte wollte von den Überweisungen nichts gewusst haben", IND, "Beschuldigte")],
        ),
        (
            "Der Fahrer will den Radfahrer nicht bemerkt haben.",
            [("Der Fahrer will den Radfahrer nicht bemerkt haben", IND, "Fahrer")],
        ),
    ],
)
def test_round37_h1_de_claimed_past(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h1) a wish, a goal with its deadline, a question: no claim
        "Der Kläger will mehr Geld haben.",
        "Die Stadt will die Brücke bis Ende Juni fertiggestellt haben.",
        "Die Ministerin will das Gesetz noch in diesem Jahr beschlossen haben.",
        "Wer will das gewusst haben?",
    ],
)
def test_round37_h1_de_claimed_past_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h1) appealing "um" something is a speech act, so the pronoun after it is that speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oberstaatsanwalt Kurt Lenz sagte, die Zeugin sei vernommen worden. Generalstaatsanwältin Petra Imhof warb "
            "unterdessen um Verständnis für die Ermittler. Es sei nicht Aufgabe der Behörde, Beweise öffentlich zu bewerten, "
            "sagte sie.",
            [
                ("die Zeugin sei vernommen worden", IND, "Kurt Lenz"),
                (
                    "Generalstaatsanwältin Petra Imhof warb unterdessen um Verständnis für die Ermittler",
                    IND,
                    "Petra Imhof",
                ),
                ("Es sei nicht Aufgabe der Behörde, Beweise öffentlich zu bewerten", IND, "Petra Imhof"),
            ],
        ),
        (
            "Der Polizeipräsident warb um Geduld.",
            [("Der Polizeipräsident warb um Geduld", IND, "Polizeipräsident")],
        ),
    ],
)
def test_round37_h1_de_appealing_for(text, expected):
    assert_de_exact(text, expected)

# (round 37, helper h2; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper h2: German science, health and environment news (studies, researchers, institutes).
#
# Sentences written for these tests in the style of the pages read (no page text, no evaluation data). Each table row
# fails against the round-36 annotator (`d4f0f04`); the guards say what the new rules must leave alone.

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h2) a light noun fronted with a demonstrative refers back to the sentence before: the clause is the
# reported act ("Zu diesem Ergebnis kommt eine Studie …", "Diese Ansicht vertritt …"); a relative clause or a participle
# after the source is no content
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Meeresspiegel an der Nordsee steigt schneller als erwartet. Zu diesem Ergebnis kommt eine Studie der "
            "Universität Kiel.",
            [
                (
                    "Zu diesem Ergebnis kommt eine Studie der Universität Kiel",
                    IND,
                    "Studie der Universität Kiel",
                )
            ],
        ),
        (
            "Ältere Menschen leiden besonders unter Hitzewellen. Zu einem ähnlichen Schluss gelangten Forscher der "
            "Universität Bonn.",
            [
                (
                    "Zu einem ähnlichen Schluss gelangten Forscher der Universität Bonn",
                    IND,
                    "Forscher der Universität Bonn",
                )
            ],
        ),
        (
            "Feinstaub aus Holzöfen wird unterschätzt. Diese Ansicht vertritt auch die Umweltmedizinerin Petra Lang vom "
            "Klinikum Essen.",
            [
                (
                    "Diese Ansicht vertritt auch die Umweltmedizinerin Petra Lang vom Klinikum Essen",
                    IND,
                    "Petra Lang",
                )
            ],
        ),
        (
            "Schlafmangel erhöht das Risiko für Herzleiden. Zu diesem Ergebnis kam eine Untersuchung, für die 5000 "
            "Erwachsene befragt wurden.",
            [
                (
                    "Zu diesem Ergebnis kam eine Untersuchung, für die 5000 Erwachsene befragt wurden",
                    IND,
                    "Untersuchung",
                )
            ],
        ),
        # (round 37, h2) "gelangen zu dem Schluss / Ergebnis, dass …" as "kommen"
        (
            "Die Wissenschaftler gelangten zu dem Schluss, dass der Rückgang der Bienen vor allem auf Pestizide zurückgeht.",
            [("der Rückgang der Bienen vor allem auf Pestizide zurückgeht", IND, "Wissenschaftler")],
        ),
    ],
)
def test_round37_h2_de_backref_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h2) "so dass" is a conjunction, no "so X" source: the trailing cue after it reports
        (
            "Viele Keime werden gegen gängige Mittel unempfindlich, so dass einfache Infektionen wieder gefährlich werden "
            "könnten, warnt ein Forscherteam aus Heidelberg.",
            [
                (
                    "Viele Keime werden gegen gängige Mittel unempfindlich, so dass einfache Infektionen wieder gefährlich werden "
                    "könnten",
                    IND,
                    "Forscherteam",
                )
            ],
        ),
        # (round 37, h2) a journal's name in quotation marks after "Fachzeitschrift" / "Fachjournal" is a name, no quote
        (
            "Die Zahl der Wildbienen sei stark gesunken, heißt es in einer Studie in der Fachzeitschrift „Proceedings of the "
            "National Academy of Sciences“.",
            [("Die Zahl der Wildbienen sei stark gesunken", IND, "Studie")],
        ),
        (
            "Die Wälder speicherten weniger Kohlenstoff als angenommen, schreiben die Autoren im Fachjournal „Proceedings of "
            "the National Academy of Sciences“.",
            [("Die Wälder speicherten weniger Kohlenstoff als angenommen", IND, "Autoren")],
        ),
        # (round 37, h2) "Das" is the object: a relative clause after the source is the source's, no content
        (
            "Die Artenvielfalt in Flüssen nimmt wieder zu. Das legt eine Analyse nahe, für die Proben aus 300 Gewässern "
            "untersucht wurden.",
            [("Das", IND, "Analyse")],
        ),
        # (round 37, h2) a plural verb after "Das" is finite (an attribute after "das" ends in -e)
        (
            "Bienen erkennen Gesichter. Das berichten Forscher der Universität Würzburg im Fachblatt „Current Biology“.",
            [("Das", IND, "Forscher der Universität Würzburg")],
        ),
        # (round 37, h2) a bare head noun before a genitive without article is no source: "nach Auswertung mehrerer Studien"
        ("Das Landesamt kommt nach Auswertung mehrerer Studien zu einer neuen Bewertung der Lage.", []),
        # (round 37, h2) a study's place of origin belongs to the source after "laut"
        (
            "Laut einer Studie aus Finnland schlafen Jugendliche immer weniger.",
            [("schlafen Jugendliche immer weniger", IND, "Studie aus Finnland")],
        ),
        # (round 37, h2) "ist X überzeugt" trailing a quotation
        (
            "„Die Belastung wird weiter steigen“, ist der Lungenarzt überzeugt.",
            [("Die Belastung wird weiter steigen", DIR, "Lungenarzt")],
        ),
        (
            "Ministerin Eva Kranz stellte die Studie am Montag vor. „Der Impfstoff wirkt auch bei Älteren“, ist der "
            "Studienleiter Jan Roth überzeugt.",
            [("Der Impfstoff wirkt auch bei Älteren", DIR, "Jan Roth")],
        ),
    ],
)
def test_round37_h2_de_science_news(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h2, guards) no act without a demonstrative back-reference, nor with a copula or a negative result
        "Das Labor kam bei den Tests zu keinem Ergebnis.",
        "Diese Ansicht ist unter Fachleuten weit verbreitet.",
        # an attributive participle after "Das" stays one
        "Das erklärte Ziel der Forscher ist ein Impfstoff gegen Malaria.",
        "Das angekündigte Treffen der Fachleute fiel aus.",
    ],
)
def test_round37_h2_de_guards_nothing(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_h2_de_guards_kept():
    # (round 37, h2, guards) "so X" still a source; a content after "Das" and a cue that is a main clause stays
    assert_de_exact("Die Gefahr sei gering, so die Forscher.", [("Die Gefahr sei gering", IND, "Forscher")])
    assert_de_exact(
        "Die Forscher kommen zu dem Schluss, dass der Trend anhält.", [("der Trend anhält", IND, "Forscher")]
    )
    assert_de_exact(
        "Laut der Polizei in Wendlingen hat der Schütze geschossen.",
        [("hat der Schütze geschossen", IND, "Polizei in Wendlingen")],
    )
    assert_de_exact(
        "Die Lage sei ernst, ist der Forscher überzeugt.", [("Die Lage sei ernst", IND, "Forscher")]
    )

# (round 37, helper h3; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper h3: German foreign-affairs and diplomacy news from agencies (round 37, h3).
#
# Sentences written for these tests in the style of agency items on foreign ministries, state media and summits (no page
# text, no evaluation data). Each table row fails against the round-36 annotator; the guards say what the new rules must
# leave alone.

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state or capital after the speaker's name is the verb's object, no more name: after a state, a
        # government body or a titled person's surname
        (
            "Zuvor hatte Marokko Algerien eine gezielte Provokation vorgeworfen.",
            [("Zuvor hatte Marokko Algerien eine gezielte Provokation vorgeworfen", IND, "Marokko")],
        ),
        (
            "Am Dienstag rief die US-Regierung Venezuela auf, die Wahlergebnisse offenzulegen.",
            [("die Wahlergebnisse offenzulegen", IND, "US-Regierung")],
        ),
        (
            "Später warf die chinesische Führung Tokio vor, die Spannungen bewusst zu schüren.",
            [("die Spannungen bewusst zu schüren", IND, "Führung")],
        ),
        (
            "Noch am selben Abend forderte Außenministerin Meloni Tunesien auf, die Grenzkontrollen zu verstärken.",
            [("die Grenzkontrollen zu verstärken", IND, "Meloni")],
        ),
    ],
)
def test_round37_h3_de_state_object_after_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state's genitive, an adjective and its organ after the cue: the organ speaks (was "Irans" or,
        # after a fronted "Das", nothing at all)
        (
            "Die Verhandlungen seien abgebrochen worden, meldete Irans staatliche Nachrichtenagentur Irna.",
            [("Die Verhandlungen seien abgebrochen worden", IND, "Nachrichtenagentur Irna")],
        ),
        (
            "Am Morgen meldete Nordkoreas staatliche Nachrichtenagentur KCNA, der Start sei gelungen.",
            [("der Start sei gelungen", IND, "Nachrichtenagentur KCNA")],
        ),
        (
            "Der Westen habe versagt, sagte Russlands früherer Präsident Dmitri Medwedew am Montag.",
            [("Der Westen habe versagt", IND, "Dmitri Medwedew")],
        ),
        # (round 37, h3) a fronted "Das" before the cue and a state's genitive: the verb is finite ("Das sagte X" reports
        # "Das", the convention), and the report goes on
        (
            "Das sagte Japans Regierungssprecher Hiroshi Tanaka am Mittwoch in Tokio.",
            [("Das", IND, "Hiroshi Tanaka")],
        ),
        (
            "Das berichtete Chinas amtliche Nachrichtenagentur Xinhua. Man werde die Gespräche fortsetzen.",
            [
                ("Das", IND, "Nachrichtenagentur Xinhua"),
                ("Man werde die Gespräche fortsetzen", IND, "Nachrichtenagentur Xinhua"),
            ],
        ),
    ],
)
def test_round37_h3_de_state_genitive_organ(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a diplomatic protest is a speech act when a state, its government or its embassy protests
        (
            "Die Regierung in Hanoi protestierte am Freitag gegen die Festnahme der Fischer.",
            [
                (
                    "Die Regierung in Hanoi protestierte am Freitag gegen die Festnahme der Fischer",
                    IND,
                    "Regierung in Hanoi",
                )
            ],
        ),
        (
            "Indonesien hat bei der Regierung in Canberra scharf protestiert.",
            [("Indonesien hat bei der Regierung in Canberra scharf protestiert", IND, "Indonesien")],
        ),
        (
            "Die japanische Botschaft protestierte gegen die Äußerungen des Abgeordneten.",
            [
                (
                    "Die japanische Botschaft protestierte gegen die Äußerungen des Abgeordneten",
                    IND,
                    "Botschaft",
                )
            ],
        ),
        # (round 37, h3) denying ("streitet … ab") and denouncing ("prangerte … an") with an object only
        (
            "Ankara streitet jede Verwicklung in den Anschlag ab.",
            [("Ankara streitet jede Verwicklung in den Anschlag ab", IND, "Ankara")],
        ),
        (
            "Das Außenministerium stritt die Berichte über geheime Verhandlungen ab.",
            [
                (
                    "Das Außenministerium stritt die Berichte über geheime Verhandlungen ab",
                    IND,
                    "Außenministerium",
                )
            ],
        ),
        (
            "Die Menschenrechtsorganisation prangerte die Massenverhaftungen in der Hauptstadt an.",
            [
                (
                    "Die Menschenrechtsorganisation prangerte die Massenverhaftungen in der Hauptstadt an",
                    IND,
                    "Menschenrechtsorganisation",
                )
            ],
        ),
    ],
)
def test_round37_h3_de_diplomatic_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h3) people protesting in the street, quarrels and disputes report nothing
        "Tausende Menschen protestierten am Wochenende in Tiflis gegen das Gesetz.",
        "In Belgrad protestierten erneut Zehntausende Studenten.",
        "Die Landwirte protestierten vor dem Ministerium gegen die Kürzungen.",
        "Die Koalitionspartner stritten bis tief in die Nacht über den Haushalt.",
        "Die beiden Staaten streiten seit Jahrzehnten um die Inseln.",
    ],
)
def test_round37_h3_de_protest_and_dispute_guards(text):
    assert quotes(run(text, lang="de")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state's or capital's name inside a name stays: an organisation's branch, a club, a title before a
        # first name that is also a state's
        (
            "Greenpeace Deutschland kritisierte den Beschluss scharf.",
            [("Greenpeace Deutschland kritisierte den Beschluss scharf", IND, "Greenpeace Deutschland")],
        ),
        (
            "Außenminister Israel Katz sagte, man werde reagieren.",
            [("man werde reagieren", IND, "Israel Katz")],
        ),
        (
            "Der Vertrag sei aufgelöst worden, teilte Dynamo Kiew mit.",
            [("Der Vertrag sei aufgelöst worden", IND, "Dynamo Kiew")],
        ),
        (
            "Spartak Moskau teilte mit, der Vertrag sei aufgelöst worden.",
            [("der Vertrag sei aufgelöst worden", IND, "Spartak Moskau")],
        ),
        # a state's genitive before a title and a name, as before
        (
            "Man sei zu Gesprächen bereit, sagte Irans Außenminister Abbas Araghtschi.",
            [("Man sei zu Gesprächen bereit", IND, "Abbas Araghtschi")],
        ),
    ],
)
def test_round37_h3_de_names_with_states_guards(text, expected):
    assert_de_exact(text, expected)

# (round 37, helper h4; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper h4: German sports and culture news (post-match statements, coaches, players and officials;
# festival juries, prize-givings, artists). Sentences written for these tests in the style of the pages read (no page
# text, no evaluation data). Every table row fails against the round-36 annotator (`rules:quotes@33` as frozen at
# d4f0f04); the guards say what the new rules must leave alone.

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h4) "nach Ansicht" with a thing one looks at (video pictures, TV pictures, the files) is viewing, no
# source: the referees' decision was two reports with the speaker "Videobilder"
@pytest.mark.parametrize(
    "text",
    [
        "Nach Ansicht der Videobilder entschied der Schiedsrichter auf Strafstoß.",
        "Die Unparteiischen nahmen das Tor nach Ansicht der TV-Bilder zurück.",
        "Der Referee zeigte nach Ansicht der Fernsehbilder die Rote Karte.",
        "Nach Ansicht der Akten stellte das Sportgericht das Verfahren ein.",
    ],
)
def test_round37_h4_viewing_is_no_source(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h4) "kam … zu sprechen" names a speech act without its content: the sentence is the report, its speaker
# the subject (also after the verb, after a fronted phrase)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auf den umstrittenen Elfmeter kam nach dem Abpfiff Trainerin Lena Brandt zu sprechen.",
            [
                (
                    "Auf den umstrittenen Elfmeter kam nach dem Abpfiff Trainerin Lena Brandt zu sprechen",
                    IND,
                    "Lena Brandt",
                )
            ],
        ),
        (
            "Der Intendant kam in seiner Rede immer wieder auf die Kürzungen zu sprechen.",
            [
                (
                    "Der Intendant kam in seiner Rede immer wieder auf die Kürzungen zu sprechen",
                    IND,
                    "Intendant",
                )
            ],
        ),
        (
            "Später kommt Kapitän Jonas Keller noch auf die Fans zu sprechen.",
            [("Später kommt Kapitän Jonas Keller noch auf die Fans zu sprechen", IND, "Jonas Keller")],
        ),
    ],
)
def test_round37_h4_come_to_speak(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) a pronoun after a sentence of the writer's whose subject, a person named in full, comes after an
# opening adverb ("Auch", "Zwar", "Aber"): that person, not the one quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir waren zu passiv“, sagte Gästetrainer Holm. Auch Stefan Berger hatte kein gutes Spiel gesehen. "
            "„Uns fehlte die Ordnung“, sagte er.",
            [("Wir waren zu passiv", DIR, "Holm"), ("Uns fehlte die Ordnung", DIR, "Stefan Berger")],
        ),
        (
            "„Ich bin stolz auf das Team“, sagte Kapitänin Eva Roth. Aber Sabine Vogt blieb skeptisch. "
            "„Wir müssen uns steigern“, erklärte sie.",
            [
                ("Ich bin stolz auf das Team", DIR, "Eva Roth"),
                ("Wir müssen uns steigern", DIR, "Sabine Vogt"),
            ],
        ),
    ],
)
def test_round37_h4_subject_after_opening_adverb(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) first names of coaches, players and artists common in sports and culture news: "Bob Hanning", "Miro
# …" were no persons, so "er" after them went to the person quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir waren nahe dran“, sagte Torwart Lars Wendt. Bob Kramer, Sportvorstand des Vereins, blieb gelassen. "
            "„Zweimal gewinnen und wir sind durch“, erklärte er.",
            [
                ("Wir waren nahe dran", DIR, "Lars Wendt"),
                ("Zweimal gewinnen und wir sind durch", DIR, "Bob Kramer"),
            ],
        ),
        (
            "„Das war unglücklich“, sagte Trainer Paul Weiß. Miro Kessler, mit fünf Toren bester Werfer, legte nach. "
            "„Das waren klare Fouls“, sagte er.",
            [("Das war unglücklich", DIR, "Paul Weiß"), ("Das waren klare Fouls", DIR, "Miro Kessler")],
        ),
        (
            "„Der Film ist ein Wagnis“, sagte Produzent Tom Lindner. Kristen Hale nahm den Preis entgegen. "
            "„Ich habe nicht damit gerechnet“, sagte sie.",
            [
                ("Der Film ist ein Wagnis", DIR, "Tom Lindner"),
                ("Ich habe nicht damit gerechnet", DIR, "Kristen Hale"),
            ],
        ),
    ],
)
def test_round37_h4_more_first_names(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) a pronoun opening an adverbial clause after a comma ("…, nachdem sie sagte: …") is the person named
# as the subject of the sentence's earlier cue, not the person quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Das ist ein großer Abend“, sagte Moderatorin Anke Lorenz. Dann lobte Ministerin Julia Sommer den Festivalchef, "
            "der gerührt war, als sie sagte: „Du hast das Festival geprägt.“",
            [
                ("Das ist ein großer Abend", DIR, "Anke Lorenz"),
                ("Dann lobte Ministerin Julia Sommer den Festivalchef, der gerührt war", IND, "Julia Sommer"),
                ("Du hast das Festival geprägt.", DIR, "Julia Sommer"),
            ],
        ),
    ],
)
def test_round37_h4_pronoun_in_adverbial_clause(text, expected):
    assert_de_exact(text, expected)


def test_round37_h4_guards():
    """What the rules above leave alone (pass on both trees)."""
    # "nach Ansicht" of a person or a party is still a source
    assert_de_exact(
        "Nach Ansicht des Trainers war der Elfmeter berechtigt.",
        [("war der Elfmeter berechtigt", IND, "Trainer")],
    )
    # (nor of a group ending in "-szene": "Fanszene" is no "Szene" one looks at)
    assert_de_exact(
        "Nach Ansicht der Fanszene ist der Trainer gescheitert.",
        [("ist der Trainer gescheitert", IND, "Fanszene")],
    )
    # "kommen … zu sprechen" across a comma, or with a purpose clause, is no act
    assert quotes(run("Der Trainer kam nicht dazu, mit den Spielern zu sprechen.", lang="de")) == []
    assert quotes(run("Die Spielerin kam nach Hamburg, um mit dem Trainer zu sprechen.", lang="de")) == []
    # a negated "sich dazu äußern" still reports nothing
    assert quotes(run("Dazu wollte sich der Verein am Montag nicht äußern.", lang="de")) == []
    # "Das" before a cue is still the content ("Das bestätigte der Verein")
    assert_de_exact("Das bestätigte der Verein am Montag.", [("Das", IND, "Verein")])
    # a pronoun right after its own cue in the sentence of another person's quotation stays with that person
    assert_de_exact(
        "„Wir haben verdient gewonnen“, sagte Trainer Jan Moll. Dann lobte er den Torwart.",
        [("Wir haben verdient gewonnen", DIR, "Jan Moll"), ("Dann lobte er den Torwart", IND, "Jan Moll")],
    )

# (round 37, helper e5; sentences written for these tests, see docs/quotes.md, "Round 37")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a cue participle after a possessive is an adjective: no cue, and its owner no speaker
        ("The defendant's alleged victims testified on Tuesday.", []),
        ("The gang's alleged leader pleaded not guilty on Monday.", []),
        ("The ring's reported profits were laundered through two shell companies.", []),
        (
            'Judge Nora Haldane wrote that the agency\'s alleged conduct "raises serious questions."',
            [
                ('the agency\'s alleged conduct "raises serious questions."', IND, "Nora Haldane"),
                ("raises serious questions.", DIR, "Nora Haldane"),
            ],
        ),
    ],
)
def test_round37_e5_possessive_participles(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) the acts of a crime after a comma go on with the reported clause
        (
            "Police said the man attacked his neighbor, punching him and threatening to burn down the house.",
            [
                (
                    "the man attacked his neighbor, punching him and threatening to burn down the house",
                    IND,
                    "Police",
                )
            ],
        ),
        (
            "The complaint said the suspect entered the store, brandishing a knife at the clerk.",
            [("the suspect entered the store, brandishing a knife at the clerk", IND, "complaint")],
        ),
        (
            "Detectives said the footage was clear, showing the driver running a red light.",
            [("the footage was clear, showing the driver running a red light", IND, "Detectives")],
        ),
    ],
)
def test_round37_e5_crime_participles(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a place's police after "according to" or an inverted "said" are the source, not the place alone
        (
            "The victim was found in a parked car, according to Dayton police.",
            [("The victim was found in a parked car", IND, "Dayton police")],
        ),
        ("The driver was not hurt, said Akron police.", [("The driver was not hurt", IND, "Akron police")]),
    ],
)
def test_round37_e5_place_bodies(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a lawyer for a titled person speaks, not the person named after "for"
        (
            "A lawyer for former Governor Alan Pryce said the indictment was politically motivated.",
            [("the indictment was politically motivated", IND, "lawyer for former Governor Alan Pryce")],
        ),
        (
            "An attorney for former deputy Kyle Ambrose said he would appeal the verdict.",
            [("he would appeal the verdict", IND, "attorney for former deputy Kyle Ambrose")],
        ),
    ],
)
def test_round37_e5_role_for_a_person(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a coordinated "said" after a negation in two words, and after a role in a court case
        (
            "Okafor did not name the officer, but said he had been placed on leave.",
            [("he had been placed on leave", IND, "Okafor")],
        ),
        (
            "The defendant declined to testify and said the charges were false.",
            [("the charges were false", IND, "defendant")],
        ),
        (
            "The plaintiff dropped two of her claims and said she would pursue the rest in state court.",
            [("she would pursue the rest in state court", IND, "plaintiff")],
        ),
    ],
)
def test_round37_e5_coordinated_said(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a court's holding with "that"
        (
            "The appeals court held that the search of the car was unlawful.",
            [("the search of the car was unlawful", IND, "appeals court")],
        ),
        (
            "The state supreme court holds that a warrant is needed in such cases, the lawyers wrote.",
            [
                ("The state supreme court holds that a warrant is needed in such cases", IND, "lawyers"),
                ("a warrant is needed in such cases", IND, "state supreme court"),
            ],
        ),
    ],
)
def test_round37_e5_holdings(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e5) a statement released or sent before a colon is the speaker's
        (
            'The sheriff\'s office released a statement: "The deputy has been placed on leave." The county said more '
            "officers would be hired.",
            [
                ("The deputy has been placed on leave.", DIR, "sheriff's office"),
                ("more officers would be hired", IND, "county"),
            ],
        ),
    ],
)
def test_round37_e5_statement_colon(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, e5) guards: "held" without a clause after "that"; "decided" is no cue
        "The hearing was held that morning in the federal courthouse.",
        "The trust held that property until 2011.",
        "The jurors decided that afternoon to go home.",
        "The panel decided that the hearing would be closed.",
        "The suspect was held that night in the county jail.",
        "It's alleged in court papers.",
    ],
)
def test_round37_e5_guards_nothing(text):
    assert quotes(run(text, lang="en")) == []


def test_round37_e5_guards_kept():
    # (round 37, e5) the speaker's own participle still ends the clause; a name after "for" without a role keeps its
    # speaker; "Chicago police said" is unchanged
    assert_en_exact(
        "The mayor said the budget was balanced, striking a defiant tone.",
        [("the budget was balanced", IND, "mayor")],
    )
    assert_en_exact(
        "Chicago police said the man fled on foot.", [("the man fled on foot", IND, "Chicago police")]
    )
    assert_en_exact(
        "Voting for Senator Ann Brooks, Mayor Tom Reyes said the race was close.",
        [("the race was close", IND, "Tom Reyes")],
    )

# (round 37, helper e6; sentences written for these tests, see docs/quotes.md, "Round 37")
# Quote pre-annotator, round 37 (helper e6): English political news in British, Irish, Australian and Indian style.
#
# Sentences written for these tests (names invented), in the style of the kind: "told the BBC", "said Mr X" without a
# full stop, "a spokesperson for … said", Downing Street / Canberra / Whitehall as sources, "it is understood", "last
# night" between a source and its verb, the Prime Minister beside "the minister", a participle clause opening the
# sentence ("Asserting that …, he said …"), trailing attributions after a dash.

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, e6) "last night" / "this morning" between the source and its verb (the report was lost)
        (
            "A Downing Street source last night said the Prime Minister would not resign.",
            [("the Prime Minister would not resign", IND, "Downing Street source")],
        ),
        (
            "Cabinet sources this morning told the Herald they expected a reshuffle within days.",
            [("they expected a reshuffle within days", IND, "Cabinet sources")],
        ),
        # (round 37, e6) a time phrase after the cue, then a subject of two words (the content began at "this morning")
        (
            "Party president Aoife Brennan confirmed this morning Fianna Fáil is backing the motion.",
            [("Fianna Fáil is backing the motion", IND, "Aoife Brennan")],
        ),
        # (round 37, e6) "the minister" is no prime minister, and a prime minister no former one
        (
            "Union Minister Rajiv Menon hit back at the Opposition after Prime Minister Narendra Modi spoke in Parliament. "
            '"The facts speak for themselves," the minister said.',
            [("The facts speak for themselves,", DIR, "Rajiv Menon")],
        ),
        (
            "Prime Minister Ruth Cole met former prime minister Tom Ashby on Monday. Later the Prime Minister said the talks "
            "had gone well.",
            [("the talks had gone well", IND, "Ruth Cole")],
        ),
        # (round 37, e6) "he" is no group of Conservatives, and a titled surname's possessive names the surname
        (
            'Mr Hollis spoke to reporters. Senior Conservatives are worried that the row could spread. He said: "I have been '
            'very clear."',
            [
                ("the row could spread", IND, "Senior Conservatives"),
                ("I have been very clear.", DIR, "Hollis"),
            ],
        ),
        (
            'The row has exposed Mr Hammond’s fragile position. He said: "I will not resign."',
            [("I will not resign.", DIR, "Hammond")],
        ),
        # (round 37, e6) a speech noun after a possessive, closing its phrase, is no cue: the subject says "saying …"
        (
            "Downing Street has clarified the Prime Minister's remarks, saying they applied only to the negotiations.",
            [("they applied only to the negotiations", IND, "Downing Street")],
        ),
        (
            "Canberra has clarified the Treasurer’s comments, saying no decision had been made.",
            [("no decision had been made", IND, "Canberra")],
        ),
        # (round 37, e6) "denied reports that …": a noun, so the coordinated cue keeps the subject
        (
            "The Home Office flatly denied reports that the scheme had been paused and insisted it would go ahead.",
            [("the scheme had been paused", IND, "Home Office"), ("it would go ahead", IND, "Home Office")],
        ),
        # (round 37, e6) an impersonal "it" with adverbs before the participle: no one's report
        ("Ms Byrne chaired the meeting. It’s now understood that the vote will be delayed.", []),
        (
            "The Independent Alliance raised concerns. It is still hoped that the vote will go ahead.",
            [
                ("The Independent Alliance raised concerns", IND, "Independent Alliance"),
                ("the vote will go ahead", IND, None),
            ],
        ),
        # (round 37, e6) "is understood to have told …", "is said to have warned …": the subject reports
        (
            "Mr Okafor is understood to have told colleagues that he would not stand again.",
            [("he would not stand again", IND, "Okafor")],
        ),
        (
            "The Chief Minister is said to have warned that the alliance would collapse.",
            [("the alliance would collapse", IND, "Chief Minister")],
        ),
        # (round 37, e6) a participle opening the sentence with its that-clause: the main clause's subject reports it
        (
            "Asserting that the remarks were unparliamentary, Mr Rao demanded an apology.",
            [("the remarks were unparliamentary", IND, "Rao")],
        ),
        (
            "Claiming that the party had misled voters, the Opposition leader called for a debate.",
            [("the party had misled voters", IND, "Opposition leader")],
        ),
        # (round 37, e6) "he" after a quotation is not the person named after a preposition and a title before it
        (
            'The Taoiseach said he had spoken to finance minister Tom Quill about the budget. "I have full confidence in him," '
            "he said.",
            [
                ("he had spoken to finance minister Tom Quill about the budget", IND, "Taoiseach"),
                ("I have full confidence in him,", DIR, "Taoiseach"),
            ],
        ),
        # (round 37, e6) Irish and Indian men's names in -a ("Enda", "Rajendra") are no women's
        (
            'Taoiseach Enda Walsh met Opposition leader Mark Doyle. Mr Walsh replied: "Nothing has changed." He said the '
            "Government was stable.",
            [("Nothing has changed.", DIR, "Enda Walsh"), ("the Government was stable", IND, "Enda Walsh")],
        ),
        # (round 37, e6) a connective adverb before a parenthetical attribution and an expletive "there" is no part
        (
            "Therefore, the Union Minister said, there is no question of a rollback.",
            [("there is no question of a rollback", IND, "Union Minister")],
        ),
        # (round 37, e6) "– with one saying …" ends the content; the participle keeps the subject
        (
            "Allies of the Chancellor dismissed claims that he had been disloyal – with one saying he had backed the Prime "
            "Minister throughout.",
            [
                ("he had been disloyal", IND, "Allies of the Chancellor"),
                ("he had backed the Prime Minister throughout", IND, "Allies of the Chancellor"),
            ],
        ),
        # (round 37, e6) a trailing attribution after a dash
        (
            "The Prime Minister knew of the complaints for weeks – a senior minister has told Sky News.",
            [("The Prime Minister knew of the complaints for weeks", IND, "senior minister")],
        ),
        (
            "The deal is dead – a senior Labor source said last night.",
            [("The deal is dead", IND, "senior Labor source")],
        ),
    ],
)
def test_round37_e6_british_political_news(text, expected):
    assert_en_exact(text, expected)


def test_round37_e6_british_political_news_guards():
    # (round 37, e6) guards: these were right before and stay so
    assert_en_exact(
        "Downing Street said the Prime Minister had full confidence in her.",
        [("the Prime Minister had full confidence in her", IND, "Downing Street")],
    )
    # "he's said" after a quotation: the clitic is no possessive
    assert_en_exact('"We will win," he\'s said.', [("We will win,", DIR, None)])
    # "It is understood that …" stays no one's report (round 33)
    assert quotes(run("It is understood that the Cabinet will meet on Thursday.", lang="en")) == []
    # a passive with a time phrase: the subject is told, not telling
    assert quotes(run("Mr Dunne was last night warned he risks losing the whip.", lang="en")) == []
    # a participle without "that" opening the sentence changes nothing
    assert_en_exact(
        "Asking for calm, the minister said the talks would continue.",
        [("the talks would continue", IND, "minister")],
    )
    # "the minister" still finds a Union Minister beside a Chief Minister
    assert_en_exact(
        "Chief Minister Anil Varma met Union Minister Sunita Rao in Delhi. The minister said the funds would "
        "be released soon.",
        [("the funds would be released soon", IND, "Sunita Rao")],
    )
    # "However, the minister said, …" as before
    assert_en_exact(
        "However, the minister said, the talks would continue.",
        [("the talks would continue", IND, "minister")],
    )
    # a dash pair around an aside inside the content does not end it
    assert_en_exact(
        "Mr Dowd said the minister - who was appointed last month - had the support of colleagues.",
        [("the minister - who was appointed last month - had the support of colleagues", IND, "Dowd")],
    )

# (round 37, helper w1; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper w1: German reports on political speeches, party conferences and government statements written as
# long Konjunktiv summaries (sentences written for these tests, in the style of such reports; no page text, no evaluation
# data).

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w1) an abstract noun after "zu" is an appeal's goal, no noble name: the speaker stops before it, and the
# Konjunktiv I after the appeal goes on with that speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ihrer Weihnachtsansprache hat Bundespräsidentin Maria Keller zu Besonnenheit und Geduld aufgerufen. Eine "
            "Spaltung des Landes sehe sie nicht.",
            [
                (
                    "In ihrer Weihnachtsansprache hat Bundespräsidentin Maria Keller zu Besonnenheit und Geduld aufgerufen",
                    IND,
                    "Maria Keller",
                ),
                ("Eine Spaltung des Landes sehe sie nicht", IND, "Maria Keller"),
            ],
        ),
        (
            "In seiner ersten Neujahrsansprache hat Ministerpräsident Weber zu Geschlossenheit aufgerufen. Das neue Jahr "
            "werde schwierig.",
            [
                (
                    "In seiner ersten Neujahrsansprache hat Ministerpräsident Weber zu Geschlossenheit aufgerufen",
                    IND,
                    "Weber",
                ),
                ("Das neue Jahr werde schwierig", IND, "Weber"),
            ],
        ),
        (
            "Auf dem Parteitag rief Landeschef Tobias Brand zu Entschlossenheit im Wahlkampf auf. Die Partei müsse jetzt "
            "kämpfen.",
            [
                (
                    "Auf dem Parteitag rief Landeschef Tobias Brand zu Entschlossenheit im Wahlkampf auf",
                    IND,
                    "Tobias Brand",
                ),
                ("Die Partei müsse jetzt kämpfen", IND, "Tobias Brand"),
            ],
        ),
    ],
)
def test_round37_w1_de_zu_abstract_noun_no_name(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a phrase opening with the feminine dative "Einer" and a noun is the object, the phrase after the verb
# speaks ("Einer Zusammenarbeit … erteilte sie eine Absage")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Parteivorsitzende Karin Brandt sprach vor 600 Delegierten. Einer Zusammenarbeit mit der AfD erteilte sie "
            "eine klare Absage. Mit Extremisten rede man nicht.",
            [
                ("Einer Zusammenarbeit mit der AfD erteilte sie eine klare Absage", IND, "Karin Brandt"),
                ("Mit Extremisten rede man nicht", IND, "Karin Brandt"),
            ],
        ),
        (
            "Einer Erhöhung der Mehrwertsteuer erteilte der Finanzminister eine Absage. Das würde den Aufschwung "
            "gefährden, sagte er.",
            [
                (
                    "Einer Erhöhung der Mehrwertsteuer erteilte der Finanzminister eine Absage",
                    IND,
                    "Finanzminister",
                ),
                ("Das würde den Aufschwung gefährden", IND, "Finanzminister"),
            ],
        ),
        (
            "Kanzler Paul Lorenz warb für seinen Haushalt. Einer Steuererhöhung erteilte Lorenz eine Absage. Die "
            "Schuldenbremse gelte weiter.",
            [
                ("Kanzler Paul Lorenz warb für seinen Haushalt", IND, "Paul Lorenz"),
                ("Einer Steuererhöhung erteilte Lorenz eine Absage", IND, "Paul Lorenz"),
                ("Die Schuldenbremse gelte weiter", IND, "Paul Lorenz"),
            ],
        ),
    ],
)
def test_round37_w1_de_fronted_feminine_dative(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a writer's sentence whose fronted object ("Seine Grundsatzrede", "Viel Redezeit") names no one who
# speaks, then the verb and "er" or the surname of a person named in full: that person's report goes on after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CSU-Chef Markus Söder wurde mit 96 Prozent wiedergewählt. Seine Grundsatzrede hatte Söder für eine Abrechnung "
            "mit der Ampel genutzt. Die Grünen seien keine Partei der Mitte.",
            [("Die Grünen seien keine Partei der Mitte", IND, "Markus Söder")],
        ),
        (
            "Der Kanzler Friedrich Neumann kam spät in den Saal. Seine Rede nutzte er für einen Angriff auf die "
            "Opposition. Diese habe keine Antworten auf die Krise.",
            [("Diese habe keine Antworten auf die Krise", IND, "Friedrich Neumann")],
        ),
        (
            "Die Ministerpräsidentin Anna Berger trat ans Pult. Ihre erste Regierungserklärung widmete Berger der "
            "Wirtschaft. Das Land stehe gut da.",
            [("Das Land stehe gut da", IND, "Anna Berger")],
        ),
        (
            "Zum Auftakt hielt Co-Parteichefin Ilse Reuter eine Rede.\n\nViel Redezeit verwendete Reuter darauf, die "
            "Union als Heuchler darzustellen. Es handele sich um eine Partei ohne Kompass.",
            [("Es handele sich um eine Partei ohne Kompass", IND, "Ilse Reuter")],
        ),
    ],
)
def test_round37_w1_de_fronted_object_then_subject(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) "sprach über" names a speech act with its topic: a reported act, like "sprach von"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ihrer Regierungserklärung sprach die Ministerpräsidentin über den Strukturwandel im Saarland.",
            [
                (
                    "In ihrer Regierungserklärung sprach die Ministerpräsidentin über den Strukturwandel im Saarland",
                    IND,
                    "Ministerpräsidentin",
                )
            ],
        ),
        (
            "Die Parteichefin sprach erneut über die Migrationspolitik in Deutschland und der EU.",
            [
                (
                    "Die Parteichefin sprach erneut über die Migrationspolitik in Deutschland und der EU",
                    IND,
                    "Parteichefin",
                )
            ],
        ),
        (
            "Der Bundespräsident sprach am Abend über die Lage der Nation. Das Land sei stärker, als viele glaubten.",
            [
                ("Der Bundespräsident sprach am Abend über die Lage der Nation", IND, "Bundespräsident"),
                ("Das Land sei stärker, als viele glaubten", IND, "Bundespräsident"),
            ],
        ),
    ],
)
def test_round37_w1_de_spoke_about(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w1) guards: a noble name's "zu", the pronoun "Einer der …", a source "Einer Umfrage zufolge", a fronted
        # phrase that may speak, an appeal after the name
        (
            "Karl-Theodor zu Guttenberg sagte, er trete zurück.",
            [("er trete zurück", IND, "Karl-Theodor zu Guttenberg")],
        ),
        (
            "Minister zu Guttenberg sagte, die Truppe sei bereit.",
            [("die Truppe sei bereit", IND, "Minister zu Guttenberg")],
        ),
        (
            "Einer der Delegierten sagte, die Stimmung sei gut.",
            [("die Stimmung sei gut", IND, "Delegierten")],
        ),
        ("Einer Umfrage zufolge liegt die Union vorn.", [("liegt die Union vorn", IND, "Umfrage")]),
        (
            "Ein Sprecher der Partei kritisierte Kanzler Olaf Kern. Der Haushalt sei nicht solide.",
            [
                ("Ein Sprecher der Partei kritisierte Kanzler Olaf Kern", IND, "Sprecher der Partei"),
                ("Der Haushalt sei nicht solide", IND, "Sprecher der Partei"),
            ],
        ),
        (
            "Vor den Delegierten mahnte Bürgermeister Hartmann zu Zurückhaltung. Die Stadt könne sich keinen Streit "
            "leisten.",
            [
                ("Vor den Delegierten mahnte Bürgermeister Hartmann zu Zurückhaltung", IND, "Hartmann"),
                ("Die Stadt könne sich keinen Streit leisten", IND, "Hartmann"),
            ],
        ),
    ],
)
def test_round37_w1_de_guards(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a verbal attack on a government, a coalition, a party or a policy is a reported act of its own, and the
# Konjunktiv I after it goes on with its speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zum Auftakt des Parteitags in Erfurt hat die Vorsitzende Hanna Roth die Bundesregierung attackiert. Die Lage "
            "sei ernst.",
            [
                (
                    "Zum Auftakt des Parteitags in Erfurt hat die Vorsitzende Hanna Roth die Bundesregierung attackiert",
                    IND,
                    "Hanna Roth",
                ),
                ("Die Lage sei ernst", IND, "Hanna Roth"),
            ],
        ),
        (
            "Erneut griff der Ministerpräsident die Landesregierung von Thüringen scharf an.",
            [
                (
                    "Erneut griff der Ministerpräsident die Landesregierung von Thüringen scharf an",
                    IND,
                    "Ministerpräsident",
                )
            ],
        ),
        (
            "Zuvor hatte Fraktionschef Ralf Wendt die Migrationspolitik der Koalition angegriffen.",
            [
                (
                    "Zuvor hatte Fraktionschef Ralf Wendt die Migrationspolitik der Koalition angegriffen",
                    IND,
                    "Ralf Wendt",
                )
            ],
        ),
        (
            "Die Kanzlerin attackierte die Opposition scharf.",
            [("Die Kanzlerin attackierte die Opposition scharf", IND, "Kanzlerin")],
        ),
        (
            "Der Kanzler griff in seiner Rede die Grünen an. Die Partei habe keine Ideen.",
            [
                ("Der Kanzler griff in seiner Rede die Grünen an", IND, "Kanzler"),
                ("Die Partei habe keine Ideen", IND, "Kanzler"),
            ],
        ),
    ],
)
def test_round37_w1_de_verbal_attack(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w1) guards: physical attacks, a passive, a bare noun subject, a government's troops
        "Ein Mann hat am Bahnhof zwei Polizisten angegriffen.",
        "Die Armee griff Stellungen der Rebellen an.",
        "Unbekannte haben das Büro der SPD angegriffen.",
        "Die Polizei wurde von Demonstranten angegriffen.",
        "Am Morgen griff die Regierung die Stellungen der Rebellen an.",
    ],
)
def test_round37_w1_de_verbal_attack_guards(text):
    assert quotes(run(text, lang="de")) == []

# (round 37, helper w2; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper w2: German business and company news (sentences written for these tests, in the style of company,
# market and labour news; no page text, no evaluation data).

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w2) the source of a "zufolge" phrase right after the speaker is no genitive of the speaker's name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir sind stark ins neue Geschäftsjahr gestartet“, sagte Lindqvist der Mitteilung zufolge.",
            [("Wir sind stark ins neue Geschäftsjahr gestartet", DIR, "Lindqvist")],
        ),
        (
            "Der Auftragseingang sei um ein Fünftel gestiegen, sagte Brandauer einer Mitteilung des Konzerns zufolge.",
            [("Der Auftragseingang sei um ein Fünftel gestiegen", IND, "Brandauer")],
        ),
        (
            "„Die Nachfrage zieht wieder an“, erklärte Okafor einer Pressemitteilung zufolge.",
            [("Die Nachfrage zieht wieder an", DIR, "Okafor")],
        ),
        (
            "Die Preise seien stabil geblieben, betonte Nakamura einer Erklärung des Vorstands zufolge.",
            [("Die Preise seien stabil geblieben", IND, "Nakamura")],
        ),
    ],
)
def test_round37_w2_de_zufolge_after_speaker(text, expected):
    assert_de_exact(text, expected)


# (round 37, w2) the speaker's apposition after a trailing cue, then a day and the addressee, or (without its closing
# comma) a paper's quoted name: no second content
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Nachfrage aus Asien bleibe schwach, sagte Petra Solms, Vertriebschefin des Herstellers, am Dienstag der "
            "Nachrichtenagentur dpa.",
            [("Die Nachfrage aus Asien bleibe schwach", IND, "Petra Solms")],
        ),
        (
            "Die Margen stünden unter Druck, sagte Jens Ottmar, Finanzvorstand und Vizechef des Konzerns am Montag dem "
            "„Handelsblatt“.",
            [("Die Margen stünden unter Druck", IND, "Jens Ottmar")],
        ),
        (
            "Man rechne mit einem schwachen Schlussquartal, sagte Ulrike Brehm, Finanzchefin der Reederei, am Donnerstag "
            "dem „Spiegel“.",
            [("Man rechne mit einem schwachen Schlussquartal", IND, "Ulrike Brehm")],
        ),
    ],
)
def test_round37_w2_de_apposition_then_addressee(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) markets, prices and investors show a state with "sich" without saying anything
        "Der Euro zeigte sich von den Inflationsdaten unbeeindruckt.",
        "Die Anleger zeigten sich vor der Zinsentscheidung der Notenbank zurückhaltend.",
        "Die Commerzbank-Aktie zeigte sich von der Herabstufung unbeeindruckt.",
        "Der Leitindex hat sich nach den Arbeitsmarktdaten erholt gezeigt und gab sich zuletzt gelassen.",
    ],
)
def test_round37_w2_de_market_state_is_no_act(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w2_de_market_state_guards():
    # (round 37, w2) a board, a union or shareholders showing a state still report it
    assert_de_exact(
        "Der Vorstand zeigte sich mit dem Quartal zufrieden.",
        [("Der Vorstand zeigte sich mit dem Quartal zufrieden", IND, "Vorstand")],
    )
    assert_de_exact(
        "Die Gewerkschaft zeigte sich vom Angebot der Arbeitgeber enttäuscht.",
        [("Die Gewerkschaft zeigte sich vom Angebot der Arbeitgeber enttäuscht", IND, "Gewerkschaft")],
    )


# (round 37, w2) the plural present of reproaching and referring: "halten … vor", "verweisen auf"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kritiker halten dem Vorstand vor, er habe den Umstieg auf Elektroautos verschlafen.",
            [("er habe den Umstieg auf Elektroautos verschlafen", IND, "Kritiker")],
        ),
        (
            "Die Arbeitgeber verweisen auf die schwache Auftragslage in der Branche.",
            [("Die Arbeitgeber verweisen auf die schwache Auftragslage in der Branche", IND, "Arbeitgeber")],
        ),
        (
            "Die Betriebsräte halten der Geschäftsführung vor, dass sie die Belegschaft zu spät informiert habe.",
            [("sie die Belegschaft zu spät informiert habe", IND, "Betriebsräte")],
        ),
    ],
)
def test_round37_w2_de_plural_reproach_and_reference(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) "halten" without its particle, or with "vor" as a preposition, says nothing
        "Die Preise für Stahl halten sich seit Wochen stabil.",
        "Die Beschäftigten halten seit Montag vor dem Werkstor eine Mahnwache ab.",
        "Viele Sparer halten ihr Geld auf dem Girokonto.",
    ],
)
def test_round37_w2_de_halten_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, w2) a weak noun's form before a name ("des Analysten X") names the person a later description means
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Einschätzung des Analysten Jan Kurz wird der Umsatz sinken. Der Analyst sagte, die Marge sei unter "
            "Druck.",
            [("wird der Umsatz sinken", IND, "Jan Kurz"), ("die Marge sei unter Druck", IND, "Jan Kurz")],
        ),
        (
            "Die Zölle treffen nach Ansicht des Branchenexperten Olaf Brink vor allem die Zulieferer. Viele Betriebe "
            "hätten kaum Reserven, sagte der Branchenexperte.",
            [
                ("Die Zölle treffen", IND, "Olaf Brink"),
                ("vor allem die Zulieferer", IND, "Olaf Brink"),
                ("Viele Betriebe hätten kaum Reserven", IND, "Olaf Brink"),
            ],
        ),
    ],
)
def test_round37_w2_de_weak_title_description(text, expected):
    assert_de_exact(text, expected)


# (round 37, w2) complaining in the perfect: "hat/hatte … über … geklagt" is a reported act (not a lawsuit)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zuvor hatte der Zementhersteller über stark gestiegene Energiekosten geklagt.",
            [
                (
                    "Zuvor hatte der Zementhersteller über stark gestiegene Energiekosten geklagt",
                    IND,
                    "Zementhersteller",
                )
            ],
        ),
        (
            "Die Händler haben über schwache Umsätze im Advent geklagt.",
            [("Die Händler haben über schwache Umsätze im Advent geklagt", IND, "Händler")],
        ),
    ],
)
def test_round37_w2_de_complained_about(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) a lawsuit reports nothing
        "Die Firma hat vor dem Arbeitsgericht geklagt.",
        "Der Konzern hatte gegen den Bescheid der Behörde geklagt.",
    ],
)
def test_round37_w2_de_lawsuit_guards(text):
    assert quotes(run(text, lang="de")) == []

# (round 37, helper w3; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper w3: German press reviews and media reports (sentences written for these tests, in the style of a
# Presseschau and of agency items that cite newspapers; no page text, no evaluation data).

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

# (round 37, helper w4; sentences written for these tests, see docs/quotes.md, "Round 37")
# Round 37, helper w4: German emergency, weather and disaster news (fire brigades, police, the weather service's
# warnings, authorities, floods, accidents, eyewitnesses, mayors of the towns hit). Sentences written for these tests in
# the style of the pages read (no page text, no evaluation data; names invented). Every table row fails against the
# annotator as frozen at `f13c553` (round 36 and this round's first wave); the guards say what the new rules must leave alone.

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w4) an adverb of precaution or of a first account before the finite cue or its auxiliary is no subject:
# the phrase after the verb speaks (the speaker was "Vorsorglich", "Sicherheitshalber", "Anfangs")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vorsorglich warnte die Polizei vor Glätte auf der Bundesstraße.",
            [("Vorsorglich warnte die Polizei vor Glätte auf der Bundesstraße", IND, "Polizei")],
        ),
        (
            "Sicherheitshalber rät die Feuerwehr, die Kellerräume nicht zu betreten.",
            [("die Kellerräume nicht zu betreten", IND, "Feuerwehr")],
        ),
        (
            "Vorsorglich hat die Gemeinde die Anwohner aufgefordert, ihre Autos aus der Tiefgarage zu fahren.",
            [("ihre Autos aus der Tiefgarage zu fahren", IND, "Gemeinde")],
        ),
        (
            "Vorsichtshalber warnte das Landratsamt vor dem Betreten der Wälder.",
            [("Vorsichtshalber warnte das Landratsamt vor dem Betreten der Wälder", IND, "Landratsamt")],
        ),
        (
            "Anfangs hatten die Rettungskräfte von zwölf Verletzten berichtet.",
            [("Anfangs hatten die Rettungskräfte von zwölf Verletzten berichtet", IND, "Rettungskräfte")],
        ),
    ],
)
def test_round37_w4_fronted_precaution_adverbs(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) a warning or a recommendation issued ("herausgegeben", "ausgegeben", "gab … heraus"), also as the end
# of a compound ("Unwetterwarnung", "Hitzewarnungen", "Reiseempfehlung"), is a reported act of its issuer; a fronted
# light noun is the object, the phrase after the verb speaks
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Wetterdienst hat für den Landkreis Rottal eine Unwetterwarnung herausgegeben.",
            [
                (
                    "Der Wetterdienst hat für den Landkreis Rottal eine Unwetterwarnung herausgegeben",
                    IND,
                    "Wetterdienst",
                )
            ],
        ),
        (
            "Die Behörden haben am Abend eine Warnung über die Warn-App herausgegeben.",
            [("Die Behörden haben am Abend eine Warnung über die Warn-App herausgegeben", IND, "Behörden")],
        ),
        (
            "Der DWD gab am Morgen eine Sturmwarnung für die Küste heraus.",
            [("Der DWD gab am Morgen eine Sturmwarnung für die Küste heraus", IND, "DWD")],
        ),
        (
            "Das Landesamt hat für mehrere Städte Hitzewarnungen ausgegeben.",
            [("Das Landesamt hat für mehrere Städte Hitzewarnungen ausgegeben", IND, "Landesamt")],
        ),
        (
            "Eine Umleitungsempfehlung gab die Autobahnpolizei.",
            [("Eine Umleitungsempfehlung gab die Autobahnpolizei", IND, "Autobahnpolizei")],
        ),
    ],
)
def test_round37_w4_warnings_issued(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) "es gibt" with a light noun is existential, no one's act (had the speakers "Kreis", "Insel" and none)
@pytest.mark.parametrize(
    "text",
    [
        "Für den Kreis Ahrweiler gab es eine Warnung vor Starkregen.",
        "Für die Insel gibt es eine Empfehlung, den Strand zu meiden.",
        "Am Abend gab es für die Stadt eine Warnung vor Hochwasser.",
    ],
)
def test_round37_w4_existential_es_gibt(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_warnings_guards():
    # (round 37, w4) a warning that is in force, and things handed out, are no act; an act with a content stays
    for text in (
        "Für den Landkreis gilt eine Unwetterwarnung.",
        "Es gibt eine Unwetterwarnung für den Kreis.",
        "Die Stadt hat Sandsäcke an die Anwohner ausgegeben.",
    ):
        assert quotes(run(text, lang="de")) == [], text
    assert_de_exact(
        "Die Stadt hat eine Warnung vor Rauchgasen ausgesprochen.",
        [("Die Stadt hat eine Warnung vor Rauchgasen ausgesprochen", IND, "Stadt")],
    )
    assert_de_exact(  # (a source's "gibt es" keeps its report)
        "Laut Auskunft der Leitstelle gibt es bislang keine Verletzten.",
        [("gibt es bislang keine Verletzten", IND, "Leitstelle")],
    )


# (round 37, w4) "haben" is the auxiliary of a participle closing its clause, no light verb of hope or fear: nothing is
# reported (was a report "den Menschen noch lebend zu finden")
@pytest.mark.parametrize(
    "text",
    [
        "Die Taucher hatten die Hoffnung nicht aufgegeben, den Jungen noch lebend zu finden.",
        "Am Abend haben die Retter die Hoffnung aufgegeben, noch Überlebende zu bergen.",
    ],
)
def test_round37_w4_hope_given_up(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_hope_guards():
    # (round 37, w4) "haben" with its noun of hope or fear and a content stays a cue
    assert_de_exact(
        "Die Helfer haben die Hoffnung, dass noch Menschen in den Trümmern leben.",
        [("noch Menschen in den Trümmern leben", IND, "Helfer")],
    )
    assert_de_exact(
        "Die Anwohner hatten große Angst, dass der Deich bricht.",
        [("der Deich bricht", IND, "Anwohner")],
    )


# (round 37, w4) a fronted phrase of a part of the day or a compass direction names no source of a passive report (the
# speakers were "Morgenstunden", "Süden")
@pytest.mark.parametrize(
    "text",
    [
        "In den frühen Morgenstunden wurden erste Gewitter über der Ostsee gemeldet, die Hagel mit sich brachten.",
        "Aus dem Süden wurden am Nachmittag erste Überschwemmungen gemeldet.",
    ],
)
def test_round37_w4_time_and_direction_no_source(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, w4) a quotation that is its own sentence before "Das teilten X mit." / "Dies sagte X …" is X's, not the
# source of the sentence before ("ersten Ermittlungen")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach ersten Ermittlungen war eine defekte Gasleitung die Ursache. „Das Gas hat sich im Keller gesammelt.“ "
            "Das teilten die Ermittler am Abend mit.",
            [
                ("war eine defekte Gasleitung die Ursache", IND, "ersten Ermittlungen"),
                ("Das Gas hat sich im Keller gesammelt.", DIR, "Ermittler"),
                ("Das", IND, "Ermittler"),
            ],
        ),
        (
            "„Der Pegel steigt“, sagte der Bürgermeister. „Wir haben genug Sandsäcke.“ Das betonte auch der Landrat.",
            [
                ("Der Pegel steigt", DIR, "Bürgermeister"),
                ("Wir haben genug Sandsäcke.", DIR, "Landrat"),
                ("Das", IND, "Landrat"),
            ],
        ),
    ],
)
def test_round37_w4_quotation_before_das_cue(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_quotation_before_das_guards():
    # (round 37, w4) a sentence opened by "Das" and a noun is no attribution: the speaker before goes on
    assert_de_exact(
        "„Der Pegel steigt“, sagte der Bürgermeister. „Wir haben genug Sandsäcke.“ Das Wasser kam am Abend.",
        [("Der Pegel steigt", DIR, "Bürgermeister"), ("Wir haben genug Sandsäcke.", DIR, "Bürgermeister")],
    )


# (round 37, w4) a singular "sie" after a sentence opened by a body and its verb is that body (was nobody, or a place
# named before)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei sperrte die Kreuzung. Sie teilte mit, der Fahrer sei schwer verletzt.",
            [("der Fahrer sei schwer verletzt", IND, "Polizei")],
        ),
        (
            "Im Bremer Ortsteil Borgfeld brannte eine Scheune. Die Feuerwehr war mit 60 Kräften im Einsatz. Sie rief die "
            "Anwohner auf, die Fenster zu schließen.",
            [("die Fenster zu schließen", IND, "Feuerwehr")],
        ),
    ],
)
def test_round37_w4_sie_after_a_body(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_sie_after_a_body_guards():
    # (round 37, w4) a woman named before stays the antecedent
    assert_de_exact(
        "Die Sprecherin Anna Berg kam am Abend. Sie sagte, die Lage sei ernst.",
        [("die Lage sei ernst", IND, "Anna Berg")],
    )


# (round 37, w4) the water, the wave or the struggle opening a writer's sentence between quotations is no speaker: the
# quotation after it goes on with the person quoted before (was "Flutwelle", "Wassermassen")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir hatten keine Warnung“, erzählte Bürgermeister Jens Ortmann. Dann kam die Flutwelle. „Jetzt ist hier "
            "alles voller Schlamm.“",
            [
                ("Wir hatten keine Warnung", DIR, "Jens Ortmann"),
                ("Jetzt ist hier alles voller Schlamm.", DIR, "Jens Ortmann"),
            ],
        ),
        (
            "„Wir haben die ganze Nacht gepumpt“, sagt Anwohnerin Petra Lind. Die Wassermassen stiegen trotzdem. „Der "
            "Keller ist verloren.“",
            [
                ("Wir haben die ganze Nacht gepumpt", DIR, "Petra Lind"),
                ("Der Keller ist verloren.", DIR, "Petra Lind"),
            ],
        ),
    ],
)
def test_round37_w4_disaster_nouns_are_no_speakers(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) witnesses describing, and words found, are reported acts ("beschreiben … als", "fand lobende Worte")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nachbarn beschreiben den Mieter als ruhig und zurückhaltend.",
            [("Nachbarn beschreiben den Mieter als ruhig und zurückhaltend", IND, "Nachbarn")],
        ),
        (
            "Augenzeugen beschreiben die Lage am Bahnhof als chaotisch.",
            [("Augenzeugen beschreiben die Lage am Bahnhof als chaotisch", IND, "Augenzeugen")],
        ),
        (
            "Bürgermeister Uwe Rehm fand lobende Worte für die Helfer.",
            [("Bürgermeister Uwe Rehm fand lobende Worte für die Helfer", IND, "Uwe Rehm")],
        ),
        (
            "Der Landrat fand am Abend deutliche Worte.",
            [("Der Landrat fand am Abend deutliche Worte", IND, "Landrat")],
        ),
    ],
)
def test_round37_w4_describing_and_words(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_describing_guards():
    # (round 37, w4) an infinitive after a modal, a negated "finding no words" and existential words report nothing
    for text in (
        "Die Zeugen konnten den Täter nicht beschreiben.",
        "Die Lage ist kaum zu beschreiben.",
        "Er fand keine Worte.",
        "Für das Leid der Opfer gibt es keine Worte.",
    ):
        assert quotes(run(text, lang="de")) == [], text


# (round 37, w4) a participle of a cue without "ge" after a passive auxiliary: the dative fronted is no speaker
@pytest.mark.parametrize(
    "text",
    [
        "Den Bürgern wurde empfohlen, viel Wasser zu trinken.",
        "Den Urlaubern wurde empfohlen, die Strände zu meiden.",
    ],
)
def test_round37_w4_dative_of_a_passive(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_dative_of_a_passive_guards():
    # (round 37, w4) the agent of the passive speaks
    assert_de_exact(
        "Den Bürgern wurde vom Gesundheitsamt empfohlen, viel Wasser zu trinken.",
        [("viel Wasser zu trinken", IND, "Gesundheitsamt")],
    )


# (round 37, w4) an impersonal "hieß es" without a source before or after a quotation takes the source of the sentence
# before in its paragraph, as it did for a report in the Konjunktiv (was nobody)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Reiseveranstalter teilte mit, die Gruppe sei wohlauf. Weiter hieß es: „Unsere Gedanken sind bei den "
            "Familien.“",
            [
                ("die Gruppe sei wohlauf", IND, "Reiseveranstalter"),
                ("Unsere Gedanken sind bei den Familien.", DIR, "Reiseveranstalter"),
            ],
        ),
        (
            "Die Bahn teilte mit, der Verkehr rolle wieder. „Wir bitten um Verständnis“, hieß es weiter.",
            [
                ("der Verkehr rolle wieder", IND, "Bahn"),
                ("Wir bitten um Verständnis", DIR, "Bahn"),
            ],
        ),
    ],
)
def test_round37_w4_impersonal_quotation_continues(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_impersonal_quotation_guards():
    # (round 37, w4) a source of its own, and a new paragraph, keep theirs
    assert_de_exact(
        "„Der Pegel steigt“, sagte der Bürgermeister.\n\nIn der Stadt hieß es: „Wir haben Angst.“",
        [("Der Pegel steigt", DIR, "Bürgermeister"), ("Wir haben Angst.", DIR, "Stadt")],
    )

# (round 37, helper w5; sentences written for these tests, see docs/quotes.md, "Round 37")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a bare subject with a short postmodifier, then its past verb: the reported clause
        (
            "Brantwell Foods said revenue for the fourth quarter rose 6% to $2.1 billion.",
            [("revenue for the fourth quarter rose 6% to $2.1 billion", IND, "Brantwell Foods")],
        ),
        (
            "The insurer said net income in the third quarter fell by 12%.",
            [("net income in the third quarter fell by 12%", IND, "insurer")],
        ),
        (
            "Analysts said demand for memory chips jumped after the holiday season.",
            [("demand for memory chips jumped after the holiday season", IND, "Analysts")],
        ),
        (
            "The company said sales in the U.S. climbed 4% in the period.",
            [("sales in the U.S. climbed 4% in the period", IND, "company")],
        ),
    ],
)
def test_round37_w5_postmodified_subject(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a coordinated "and said" after a company's first predicate: a perfect, a past equal to its
        # present ("beat", "forecast"), a described company, a name with its description between commas
        (
            "Corvane has topped forecasts and said it would close two plants.",
            [("it would close two plants", IND, "Corvane")],
        ),
        (
            "The lender beat estimates and said loan growth would slow next year.",
            [("loan growth would slow next year", IND, "lender")],
        ),
        (
            "The automaker forecast lower deliveries and said prices would stay high.",
            [("prices would stay high", IND, "automaker")],
        ),
        (
            "The retailer posted a smaller loss and said it would open 40 stores.",
            [("it would open 40 stores", IND, "retailer")],
        ),
        (
            "Delmora, the Ohio-based maker of industrial pumps, posted a wider loss and said it would cut 300 jobs.",
            [("it would cut 300 jobs", IND, "Delmora")],
        ),
    ],
)
def test_round37_w5_coordinated_said_after_company_predicate(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) anonymous sources with knowledge of a matter or briefed on it keep their postmodifier
        (
            "Helmcrest is exploring a sale of its software unit, people with knowledge of the matter said.",
            [
                (
                    "Helmcrest is exploring a sale of its software unit",
                    IND,
                    "people with knowledge of the matter",
                )
            ],
        ),
        (
            "Two people with direct knowledge of the talks said the bid could top $4 billion.",
            [("the bid could top $4 billion", IND, "Two people with direct knowledge of the talks")],
        ),
        (
            "People briefed on the negotiations said the merger could close by June.",
            [("the merger could close by June", IND, "People briefed on the negotiations")],
        ),
        (
            "The deal values the startup at $900 million, according to people involved in the talks.",
            [("The deal values the startup at $900 million", IND, "people involved in the talks")],
        ),
    ],
)
def test_round37_w5_anonymous_sources(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) an acronym's document after "according to" is the source, not the acronym
        (
            "According to the SEC filing, the buyback will run through 2026.",
            [("the buyback will run through 2026", IND, "SEC filing")],
        ),
        (
            "The pipeline will cost $2 billion, according to a FERC filing.",
            [("The pipeline will cost $2 billion", IND, "FERC filing")],
        ),
    ],
)
def test_round37_w5_acronym_document_source(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) no cue: a report noun closing a prepositional phrase ("in its … earnings report:"), a participle
        # with its agent after a noun ("a filing first reported by X"), a cue noun as a participle's object ("easing
        # fears that …")
        (
            "Orlen Stores warned of softer demand in its fourth-quarter earnings report: Shoppers are trading down.",
            [
                (
                    "Orlen Stores warned of softer demand in its fourth-quarter earnings report",
                    IND,
                    "Orlen Stores",
                )
            ],
        ),
        ("The layoffs were disclosed in a regulatory filing first reported by Bloomberg.", []),
        ("The miner raised its dividend, easing fears that it would cut payouts.", []),
        (
            "The company denied the report, dismissing claims that it had misled investors.",
            [
                ("The company denied the report", IND, "company"),
            ],
        ),
    ],
)
def test_round37_w5_no_cue(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) "continued to" + infinitive is no cue: a partial quotation keeps the speaker of the report
        (
            "The chipmaker said it earned more than expected as it continued to build a “more resilient” supply chain.",
            [
                (
                    "it earned more than expected as it continued to build a “more resilient” supply chain",
                    IND,
                    "chipmaker",
                ),
                ("more resilient", DIR, "chipmaker"),
            ],
        ),
        # (round 37, w5) the cue's medium after the content is no part of it
        (
            'Norvik Energy said the ruling was "deeply flawed" in a statement on Tuesday.',
            [
                ('the ruling was "deeply flawed"', IND, "Norvik Energy"),
                ("deeply flawed", DIR, "Norvik Energy"),
            ],
        ),
        (
            "Chief Financial Officer Dana Whitlow said margins would recover on a conference call with analysts.",
            [("margins would recover", IND, "Dana Whitlow")],
        ),
        (
            "Halvorsen said the company would not raise prices in an interview with Reuters.",
            [("the company would not raise prices", IND, "Halvorsen")],
        ),
        (
            "The bank said it would cut costs, in a note to clients.",
            [("it would cut costs", IND, "bank")],
        ),
    ],
)
def test_round37_w5_spans(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a wire's dateline that is its agency alone, or has a comma before it, is no part of the content
        (
            "(Bloomberg) -- Ridgeway Bancorp is pursuing a deal for a failed lender, according to people familiar with "
            "the matter.",
            [
                (
                    "Ridgeway Bancorp is pursuing a deal for a failed lender",
                    IND,
                    "people familiar with the matter",
                )
            ],
        ),
        (
            "TORONTO, (Reuters) - Ardent Apparel cut its forecast on Thursday, the company said.",
            [("Ardent Apparel cut its forecast on Thursday", IND, "company")],
        ),
        # (round 37, w5) an act inside the writer's "as" clause is that clause, not the sentence
        (
            "The revised outlook came as the company reported a drop in first-quarter profit.",
            [("the company reported a drop in first-quarter profit", IND, "company")],
        ),
        (
            "Shares fell 9 percent, even as the retailer announced a $300 million buyback.",
            [("the retailer announced a $300 million buyback", IND, "retailer")],
        ),
    ],
)
def test_round37_w5_datelines_and_as_clauses(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) guards: what the new rules leave alone
        ("He said prayers for the workers killed in the blast.", []),
        ("The airline added routes, countering concerns that demand had peaked.", []),
        (
            "Paris, the capital, was quiet and officials said nothing had happened.",
            [("nothing had happened", IND, "officials")],
        ),
        (
            "He said the figures were contained in a statement.",
            [("the figures were contained in a statement", IND, None)],
        ),
        (
            "She said the company would invest more in a call center.",
            [("the company would invest more in a call center", IND, None)],
        ),
        (
            "Retail sales rose 3% in May, the Commerce Department said in a report.",
            [("Retail sales rose 3% in May", IND, "Commerce Department")],
        ),
        (
            "Tarsis Motors forecast lower deliveries and said prices would stay high.",
            [("prices would stay high", IND, "Tarsis Motors")],
        ),
        ('"We will keep going," he continued.', [("We will keep going,", DIR, None)]),
        (
            "Shares fell 10 percent after the company announced a buyback.",
            [("the company announced a buyback", IND, "company")],
        ),
        (
            "(Reuters) - Oster Corp said the refiled case was meritless.",
            [("the refiled case was meritless", IND, "Oster Corp")],
        ),
    ],
)
def test_round37_w5_guards(text, expected):
    assert_en_exact(text, expected)

# (round 37, helper w6; sentences written for these tests, see docs/quotes.md, "Round 37")
# Quote pre-annotator, round 37 (helper w6): English US local and state news.
#
# Sentences written for these tests (names invented), in the style of the kind: city council and school board meetings,
# residents quoted at public comment, county sheriffs and police spokespeople with initials ("T.J."), state legislators,
# a trailing "said X" after a partial quotation, a surname that is also an adverb ("Long said").

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w6) a partial quotation closing the writer's clause, then a trailing attribution with a role before
        # the name or with the verb first: the clause is reported too (only the partial quotation was found)
        (
            'The council\'s decision was "a slap in the face," resident Joan Pruitt said.',
            [
                ('The council\'s decision was "a slap in the face,"', IND, "Joan Pruitt"),
                ("a slap in the face,", DIR, "Joan Pruitt"),
            ],
        ),
        (
            'The new bus routes are "a mess for working families," council member Dana Whitfield said Tuesday.',
            [
                ('The new bus routes are "a mess for working families,"', IND, "Dana Whitfield"),
                ("a mess for working families,", DIR, "Dana Whitfield"),
            ],
        ),
        (
            'The property tax bill is "dead on arrival," said state Sen. Marcus Hale, R-Eagle.',
            [
                ('The property tax bill is "dead on arrival,"', IND, "Marcus Hale"),
                ("dead on arrival,", DIR, "Marcus Hale"),
            ],
        ),
        (
            'The suspect remains at large as "money is a motivator for some people," said police spokesman Ray Dunn.',
            [
                ('The suspect remains at large as "money is a motivator for some people,"', IND, "Ray Dunn"),
                ("money is a motivator for some people,", DIR, "Ray Dunn"),
            ],
        ),
        # (round 37, w6) an agency's initials, a role, then a person's initials and surname after the verb (the speaker
        # was the agency)
        (
            '"We are asking anyone with video to call us," said CMPD spokesman T.J. Harlan.',
            [("We are asking anyone with video to call us,", DIR, "T.J. Harlan")],
        ),
        (
            "The ramp will stay closed through the weekend, said VDOT spokeswoman A.J. Whitcomb.",
            [("The ramp will stay closed through the weekend", IND, "A.J. Whitcomb")],
        ),
        # (round 37, w6) the same with an adjunct after the name (the speaker was the agency)
        (
            '"Please stay away from the area," said BCSO spokesperson Tom Hale at the scene.',
            [("Please stay away from the area,", DIR, "Tom Hale")],
        ),
        # (round 37, w6) a bare "Police" is no body named only later in the text (it was "Michigan State Police")
        (
            "Police said tips led officers to the suspect's home. The search also involved Michigan State Police troopers.",
            [("tips led officers to the suspect's home", IND, "Police")],
        ),
        # (round 37, w6) a surname that is also an adverb opening the sentence: the person named in full before
        (
            "Sheriff Brandon Long said the deputy was placed on leave. Long said he would not release other details.",
            [
                ("the deputy was placed on leave", IND, "Brandon Long"),
                ("he would not release other details", IND, "Brandon Long"),
            ],
        ),
        (
            'Commissioners met with Sheriff Dale Long on Monday. "We take every complaint seriously," Long said.',
            [("We take every complaint seriously,", DIR, "Dale Long")],
        ),
    ],
)
def test_round37_w6_us_local_news(text, expected):
    assert_en_exact(text, expected)


def test_round37_w6_us_local_news_guards():
    # (round 37, w6) guards: these were right before and stay so
    # a whole quotation before the trailing verb is no partial one: the quote alone
    assert_en_exact(
        '"We will fix the road this summer," said Mayor Ann Fox.',
        [("We will fix the road this summer,", DIR, "Ann Fox")],
    )
    # a quotation after a fronted phrase and its comma is the speaker's whole sentence: no report of the writer's words
    assert_en_exact('Asked about the vote, "It was fair," said Smith.', [("It was fair,", DIR, "Smith")])
    # the comma after the closing mark, as before
    assert_en_exact(
        'Deputies are "very close" to an arrest, said Sheriff Carla Nunez at a Friday news conference.',
        [('Deputies are "very close" to an arrest', IND, "Carla Nunez"), ("very close", DIR, "Carla Nunez")],
    )
    # the speaker before the verb, as before
    assert_en_exact(
        'Talks with the union are "at a standstill," officials said.',
        [
            ('Talks with the union are "at a standstill,"', IND, "officials"),
            ("at a standstill,", DIR, "officials"),
        ],
    )
    # an agency's initials before a role and a full name, as before
    assert_en_exact(
        '"We are looking," said NYPD spokesman John Miller.', [("We are looking,", DIR, "John Miller")]
    )
    # "Police" after the body was named still resolves as before
    assert_en_exact(
        "Detroit police said the man was in custody. Police said tips led officers to him.",
        [("the man was in custody", IND, "Detroit police"), ("tips led officers to him", IND, "Police")],
    )
    # "Long" is no name without a person of that surname, nor before "said to"
    assert quotes(run("Long said to be the front-runner, Harris declined to comment.", lang="en")) == []
    assert_en_exact(
        "Sheriff Brandon Long spoke first. Long said to be retiring, he thanked the deputies.",
        [],
    )


def test_round37_merge_review_light_noun_is_no_speaker():
    # (round 37, merge review) a light verb's own noun after it ("fand … Worte") is its object, not its speaker
    assert_de_exact("In seiner Rede erwähnte Helmut Kohl auch gesellschaftliche Missstände und fand mahnende Worte.",
                    [("In seiner Rede erwähnte Helmut Kohl auch gesellschaftliche Missstände und fand mahnende Worte", "INDIRECT_QUOTE",
                      "Helmut Kohl")])


def test_round37_merge_review_medium_after_as_participle_stays():
    # (round 37, merge review) a medium after "as" and a participle is the content's own complement, not the cue's medium
    assert_en_exact("Priya Sharma said she would be vacating the bungalow as required in the eviction letter.",
                    [("she would be vacating the bungalow as required in the eviction letter", "INDIRECT_QUOTE",
                      "Priya Sharma")])
    assert_en_exact("The company said sales fell 5% in a statement on Thursday.",
                    [("sales fell 5%", "INDIRECT_QUOTE", "company")])

# ---- round 37 (end) ----
