"""Per-language word lists of the quote pre-annotator, read from ``spanbank/data/cues/<lang>.yaml``.

The cue verbs, pronouns, titles and the rest are data, not code: supporting a new reporting verb or a
new language means editing or adding a YAML file. `detect_lang` is the cheap stop-word test used when
a document carries no ``meta["lang"]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("en", "de")


def _set(d: dict, key: str) -> frozenset[str]:
    words = d.get(key) or []
    if bad := [w for w in words if isinstance(w, bool) or w is None]:
        # (round 47) YAML reads an unquoted yes/no/on/off as a boolean: "yes" became "true" and never matched
        raise ValueError(f"cue list {key!r}: {bad!r} is not a word (quote yes, no, on, off, null in the YAML file)")
    return frozenset(_swiss(d, [str(w).lower() for w in words]))


def _label_or_compound(word: str, labels: frozenset[str]) -> bool:
    """word is one of labels, or a compound ending in one of five letters or more with three letters before it
    (`Lexicon.is_colon_title_label`, `Lexicon.is_quote_label`)."""
    w = word.lower()
    return w in labels or any(w.endswith(m) and len(m) >= 5 and len(w) > len(m) + 2 for m in labels)


def _word_map(d: dict, key: str) -> dict[str, frozenset[str]]:
    """A mapping of words to a word or a list of words ("sagte: zu", "sprach: [von, vom]"), all in lower case."""
    return {str(k).lower(): frozenset(str(x).lower() for x in (v if isinstance(v, list) else [v]))
            for k, v in (d.get(key) or {}).items()}


def _with_particles(forms: frozenset[str], particles: frozenset[str]) -> frozenset[str]:
    """German (round 29): the Konjunktiv I forms, also joined to a separable particle as in a subordinate clause ("wenn
    das Urteil zu hart ausfalle", "dass ein Bericht vorliege"); only forms of five letters or more ("sei", "habe",
    "gebe" take no particle here)."""
    # ("weise" not: "teilweise", "hinweise" are an adverb and a noun)
    return forms | frozenset(p + f for p in particles for f in forms if len(f) >= 5 and f != "weise")


def _swiss(d: dict, words: list[str]) -> list[str]:
    """German (round 27): each word with "ß" also in the Swiss spelling with "ss" ("äusserte", "liess", "heisst"), so
    Swiss agency text reports as German text does."""
    if d.get("lang") != "de":
        return words
    return words + [w.replace("ß", "ss") for w in words if "ß" in w]


#: men's first names in -a, which `name_gender` would otherwise read as women's
_MALE_NAMES_IN_A = frozenset({"mustafa", "luca", "nikita", "ilja", "ilya", "joshua", "jonah", "andrea", "costa",
                              "akira", "kota", "sasha", "sascha", "mika", "noah", "elia", "jona", "attila", "garcia",
                              "dana", "ezra", "musa", "isa", "yahya", "zakaria", "hamza", "osama", "taha", "mikka",
                              "kostja", "kolja", "wanja", "aljoscha", "nicola", "bora", "juha", "jukka", "pekka",
                              # (round 51, enarticles6) men's names in -a from West and East Africa and the Balkans:
                              # "substitute Emeka Okafor … "…," he told" (the "he" went to a man named before)
                              "emeka", "nnaemeka", "chukwuka", "obinna", "ikenna", "nduka", "juma", "issa", "luka",
                              "nikola", "mustapha", "abdulla", "yaya", "dauda"})

#: markers of a German title's grammatical gender among an entity's title words (no word has them)
DE_TITLE_MALE, DE_TITLE_FEMALE = "~m", "~f"


@dataclass(frozen=True)
class Lexicon:
    lang: str
    stopwords: frozenset[str]
    cue_verbs: frozenset[str]
    #: verb -> particles that must follow it in the sentence ("teilte ... mit", "pointed out")
    separable: dict[str, frozenset[str]]
    addressee_verbs: frozenset[str]
    content_nouns: frozenset[str]
    source_before: tuple[tuple[str, ...], ...]
    source_after: frozenset[str]
    so_cues: frozenset[str]
    complementizers: frozenset[str]
    fronting: frozenset[str]
    clause_starters: frozenset[str]
    bare_complement_verbs: frozenset[str]
    prepositions: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    determiners: frozenset[str]
    skippable: frozenset[str]
    clause_breakers: frozenset[str]
    konjunktiv: frozenset[str]
    #: the unambiguous Konjunktiv I forms (sei, habe, werde): reported speech even in a subordinate clause
    konjunktiv_i: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    abbreviations: frozenset[str]
    term_markers: frozenset[str]
    #: (round 35, de3) short term markers that also end a German compound ("Spielfilm", "Kriegsdrama", "TV-Serie")
    compound_term_heads: tuple[str, ...] = ()
    #: (round 35, de3) German words that open a work's title in capitals mid-sentence but never a quotation
    #: continuing the sentence ("mit „Die Erfindung der Einsamkeit“", "in „Und dennoch leben sie“")
    title_openers: frozenset[str] = frozenset()
    #: nouns (also as the end of a compound: Polizeiangaben) that make "nach X" / "X nach" a source
    source_nouns: tuple[str, ...] = ()
    #: prepositions that take such a noun: German "nach Angaben der Polizei", "seiner Meinung nach"
    source_noun_preps: frozenset[str] = frozenset()
    #: words that open a subordinate clause after a comma ("…, die nach Angaben der Polizei …")
    clause_openers: frozenset[str] = frozenset()
    consequence_openers: frozenset[str] = frozenset()  # (round 38, dekon2) "weshalb", "woraufhin": no cue's content
    #: (round 36, v2) openers of an embedded clause whose closing cue reports nothing in the main clause after it
    embedded_cue_openers: frozenset[str] = frozenset()
    #: (round 36, v2) words that go on with the main clause after such an embedded clause ("…, nicht mehr zu erreichen")
    embedded_cue_main_openers: frozenset[str] = frozenset()
    #: (round 36, v2) adverbs of direction after "nach": no postposed source ("Prognosen nach unten")
    direction_adverbs: frozenset[str] = frozenset()
    #: (round 36, v2) forms of "lassen" and the infinitives they make a suggestion of ("lässt erwarten"); also the
    #: "lassen" of a message sent through someone ("…, ließ der Papst mitteilen.")
    let_verbs: frozenset[str] = frozenset()
    let_infinitives: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    question_infinitives: frozenset[str] = frozenset()
    #: (round 36, v2) cue infinitives that report after "zu", with a dative source ("…, war der Mitteilung zu entnehmen")
    zu_infinitive_cues: frozenset[str] = frozenset()
    #: (round 47, deacts) verbs of habit and plan, and "müde" after a negation, that make "zu" + a speech infinitive a cue
    #: ("pflegt zu sagen, …", "wird nicht müde zu betonen, …", "plant, am Dienstag zu verkünden, dass …")
    zu_speech_governors: frozenset[str] = frozenset()
    #: modal verbs of reported speech ("Er soll geflohen sein"): a sentence with one continues a source
    reportative: frozenset[str] = frozenset()
    #: articles that mark an object, never the subject (German den, dem, einen, einem)
    object_articles: frozenset[str] = frozenset()
    #: (round 37, w1) German "einer": an object's article when a noun or an adjective follows ("Einer großen Koalition …")
    oblique_articles: frozenset[str] = frozenset()
    #: (round 37, w1) German words opening a fronted object before a verb and the surname of the subject
    fronted_object_openers: frozenset[str] = frozenset()
    #: reporting verbs that make a whole sentence a reported speech act when no content follows
    speech_act_verbs: frozenset[str] = frozenset()
    infinitive_acts: frozenset[str] = frozenset()
    #: (round 38, enreq) English requests with a noun addressee and an infinitive: the quote is the infinitive clause
    request_verbs: frozenset[str] = frozenset()
    #: (round 38, enacts) English speech acts on an addressee: verb -> the words that follow the addressee ("to" an
    #: infinitive: "pressed the judge to delay the trial", "appealed to allies to send …"; "against", "on", "of": "advised
    #: the minister against travelling", "briefed lawmakers on the talks", "apprised the council of …")
    addressee_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 38, enacts) of these, the verbs whose addressee follows "to" ("appealed to residents to stay indoors")
    appeal_verbs: frozenset[str] = frozenset()
    #: (round 48, enacts) English judging acts over the whole sentence with an object and "as": "Trump dismissed the report
    #: as a hoax", "Witnesses described the gunman as tall"
    as_acts: frozenset[str] = frozenset()
    #: (round 48, enacts2) English naming acts with two complements and no "as": "Trump labeled the media the enemy of
    #: the people", "Critics branded the law unconstitutional" (the whole sentence)
    naming_acts: frozenset[str] = frozenset()
    #: (round 48, enleft5) adjectives of judgement that end a naming act ("branded the law unconstitutional"; not
    #: "labeled the product organic")
    naming_act_adjectives: frozenset[str] = frozenset()
    #: (round 48, enleft5) words that make a naming act's second noun phrase no predicate ("called him a cab")
    naming_act_not_predicates: frozenset[str] = frozenset()
    #: (round 48, enleft5) speech verbs other than "say" that a group's bare "will" makes a prediction ("Opponents will
    #: argue that …", as round 47's "Democrats will say …")
    will_prediction_verbs: frozenset[str] = frozenset()
    #: (round 48, enleft5) parties of a proceeding whose "will argue" previews their case ("Prosecutors will argue …")
    proceeding_parties: frozenset[str] = frozenset()
    #: (round 48, enacts2) objects that make "conceded" a speech act over the sentence ("Clinton conceded defeat")
    concession_objects: frozenset[str] = frozenset()
    #: (round 51, enleft22) English created works after "wrote": composing, no report ("wrote most of her album")
    written_work_nouns: frozenset[str] = frozenset()
    #: (round 48, enacts2) verbs that are a demand with "on" and a noun phrase ("Sanders insisted on a recount")
    on_demand_verbs: frozenset[str] = frozenset()
    #: (round 48, enacts2) commitments (`infinitive_acts`) that report only with a person or a body as subject ("Trump
    #: threatened to sue", "Merkel offered to mediate"; not "The storm threatened to flood the towns")
    person_subject_infinitives: frozenset[str] = frozenset()
    non_speech_objects: frozenset[str] = frozenset()
    #: speech acts only when negated, and then a report ("schloss Brandstiftung nicht aus": it may be)
    negated_acts: frozenset[str] = frozenset()
    #: (round 50, deleft17) objects (compound ends) and adverbs with which an unnegated "schloss … aus" reports
    ruled_out_objects: tuple[str, ...] = ()
    ruled_out_adverbs: frozenset[str] = frozenset()
    #: (round 51, deleft18) German nouns (compound ends) of things that a report's object names, fronted before the
    #: verb and "sie" ("Neue Steuern kündigte sie an"), besides `ruled_out_objects`
    fronted_thing_nouns: tuple[str, ...] = ()
    #: nouns after "zu" in set phrases, never a name with its particle ("meldete sich zu Wort")
    particle_idioms: frozenset[str] = frozenset()
    #: (round 37, w1) endings of abstract nouns that after "zu" are a set phrase too ("zu Solidarität", "zu Besonnenheit")
    particle_idiom_endings: tuple[str, ...] = ()
    non_speech_verbs: frozenset[str] = frozenset()
    held_seat_verbs: frozenset[str] = frozenset()  # (round 52, de4left)
    held_seat_objects: frozenset[str] = frozenset()
    thing_subject_verbs: frozenset[str] = frozenset()
    #: (round 38, devarious) German participles of confirming a person in an office ("im Amt bestätigt wurde …")
    office_passives: frozenset[str] = frozenset()
    #: (round 38, dewriter) German verbs that with one of `evidence_adverbs` weigh evidence, no one speaks ("Vieles
    #: spricht dafür, dass …")
    evidence_verbs: frozenset[str] = frozenset()
    evidence_adverbs: frozenset[str] = frozenset()
    #: (round 34) German verbs that also mean "to play, to contest" and the endings of their objects then: "Die
    #: Mannschaft bestreitet ihr erstes Gruppenspiel" is no denial
    contest_verbs: frozenset[str] = frozenset()
    #: (round 42, deleftovers) German denials (yaml `denial_verbs`, with `contest_verbs`, `reply_cues` and
    #: `turn_back_verbs`): ", was Israel jedoch bestritt" denies the clause before
    denial_verbs: frozenset[str] = frozenset()
    contest_objects: tuple[str, ...] = ()
    #: (round 34, w2b) German "zurückweisen"/"abweisen" with people as the object is turning them back at a
    #: border, no rejection of a claim ("Die Bundespolizei wies 40 Migranten zurück")
    turn_back_verbs: frozenset[str] = frozenset()
    #: (round 35) motions a court turns back (no speech act), the words ending a court's name, courts' abbreviations
    procedural_objects: tuple[str, ...] = ()
    court_words: tuple[str, ...] = ()
    court_abbreviations: frozenset[str] = frozenset()
    #: (round 51, deleft23) a court confirming or overturning a ruling on appeal rules, no speech act: the verbs and the
    #: rulings (a compound's end) its object names ("Das Oberlandesgericht bestätigte das Urteil")
    ruling_confirm_verbs: frozenset[str] = frozenset()
    ruling_objects: tuple[str, ...] = ()
    #: (round 47, deleft3) one body's names, its initials and its long name ("DGB", "Deutscher Gewerkschaftsbund"): a
    #: later mention by one of them is the body named first, each as its normalised words (`body_name_key`)
    body_names: dict[str, int] = field(default_factory=dict)
    body_name_heads: frozenset[str] = frozenset()
    #: (round 35) plural preterites that are also participles ("entschieden"): cues only where finite
    plural_ruling_cues: frozenset[str] = frozenset()
    #: (round 35) phrases whose clause after the verb is the subject's reason ("mit der Begründung, …")
    reason_phrases: tuple[tuple[str, ...], ...] = ()
    #: (round 35) German: ends of nouns naming a rule, not a source, after "gemäß"/"laut" ("gemäß Sozialplan")
    de_rule_endings: tuple[str, ...] = ()
    turn_back_particles: frozenset[str] = frozenset()
    #: (round 35) German prepositions whose object follows a noun of thought with "haben" instead of a content
    #: clause: "habe keine Angst vor einem Urteil", "hat Sorge um die Kinder" (no report)
    thought_object_prepositions: frozenset[str] = frozenset()
    #: (round 35) German forms of address before a surname ("Frau Grewe", "Herr Paulsen"): a question ending in one
    #: is put to that person
    address_forms: frozenset[str] = frozenset()
    turn_back_objects: tuple[str, ...] = ()
    #: finite auxiliaries and modals: "hat … angekündigt", "will … erfahren haben"
    auxiliaries: frozenset[str] = frozenset()
    #: the passive auxiliary (German werden): "wird gefordert" reports without naming the speaker
    passive_auxiliaries: frozenset[str] = frozenset()
    #: German forms of "sein": with a cue's participle a passive of state ("seien dazu aufgefordert")
    state_passive_auxiliaries: frozenset[str] = frozenset()
    #: cues whose grammatical subject is an empty "es" ("heißt es"): the source is a fronted phrase
    impersonal_cues: frozenset[str] = frozenset()
    heard_cues: frozenset[str] = frozenset()
    speaker_light_nouns: frozenset[str] = frozenset()
    circle_source_nouns: frozenset[str] = frozenset()
    #: (round 38) statements without an owner: "nach ersten Erkenntnissen", "dem Vernehmen nach" (see de.yaml)
    ownerless_source_nouns: frozenset[str] = frozenset()
    ownerless_source_adjectives: frozenset[str] = frozenset()
    circle_heads: tuple[str, ...] = ()
    #: (round 39, desources) hearsay nouns besides `source_nouns` whose "wonach" clause is their content ("Es gibt
    #: Berichte, wonach …"; see de.yaml)
    wonach_nouns: tuple[str, ...] = ()
    #: (round 39, desources) verbs citing a source: "Der Sender berief sich auf Angaben, wonach …" (see de.yaml)
    citing_verbs: frozenset[str] = frozenset()
    dative_articles: frozenset[str] = frozenset()
    speaking_persons: tuple[str, ...] = ()
    topic_von_cues: frozenset[str] = frozenset()
    anaphoric_subjectless: frozenset[str] = frozenset()
    heard_adverbs: frozenset[str] = frozenset()
    heard_source_prepositions: frozenset[str] = frozenset()
    heard_adjunct_prepositions: frozenset[str] = frozenset()
    #: (round 35) German nouns after the preposition of an impersonal report that name no source: "heißt es dazu in
    #: Anspielung auf …", "in Bezug auf …"
    impersonal_not_sources: frozenset[str] = frozenset()
    #: (round 54, deleft) German endings of signs and posters after "hieß es auf", which carry slogans and name no
    #: source: "„Keine Experimente“, hieß es auf den Plakaten"
    impersonal_sign_endings: tuple[str, ...] = ()
    #: (round 35) German verbs of reacting or turning to someone before a colon and a short quoted sentence
    colon_reaction_verbs: frozenset[str] = frozenset()
    #: (round 47, enheadlines2) English objects of "Says" that make no report in a title-case headline ("Smith Says
    #: Goodbye To Fans")
    title_says_objects: frozenset[str] = frozenset()
    #: (round 41, enacts4) US states and their AP abbreviations with the full stop ("texas", "pa.", "n.y.")
    us_states: frozenset[str] = frozenset()
    #: (round 41, enplaces) `us_states` and yaml `city_regions` together: the regions a city takes after a comma
    #: ("b.c.", "ont.", "ukraine", "west yorkshire", "wa")
    city_regions: frozenset[str] = frozenset()
    #: (round 37, w3) German names of newspapers, magazines and broadcasters, and the endings of their compounds
    #: ("Rundschau", "Südkurier"): a press review's source, whose colon opens its whole commentary
    press_names: frozenset[str] = frozenset()
    #: (round 39, demedia) papers whose Sunday edition is named "… am Sonntag" ("Welt am Sonntag", "NZZ am Sonntag")
    sunday_papers: frozenset[str] = frozenset()
    #: (round 37, w3) German prepositions before "die"/"den"/"das" and a paper's name in quotation marks ("für die
    #: „Welt“"): no direct quote, the cue's content may follow
    quoted_name_accusative_prepositions: frozenset[str] = frozenset()
    press_endings: tuple[str, ...] = ()
    press_descriptions: tuple[str, ...] = ()
    talk_show_names: frozenset[str] = frozenset()
    #: (round 35) German verbs of opinion that need no particle before their content ("findet, dass …")
    opinion_verbs: frozenset[str] = frozenset()
    #: German pronouns that negate an act like a negation ("Dazu sagte er nichts")
    negation_pronouns: frozenset[str] = frozenset()
    #: German adverbs that open a sentence before its finite verb, no subject ("Natürlich rudert der Sänger zurück")
    fronted_adverbs: frozenset[str] = frozenset()
    #: German phrases right before a quotation that name it as words said ("mit den Worten „…“")
    quotation_introducers: tuple[tuple[str, ...], ...] = ()
    #: English documents and messages: a participle right after one is theirs ("a report saying …")
    document_nouns: frozenset[str] = frozenset()
    #: English cue forms that are reduced relatives before "of"/"with" ("the man accused of …")
    reduced_relatives: frozenset[str] = frozenset()
    #: German subordinators of adverbial clauses ("Da …, bemüht der Trainer …": no content in the main clause)
    adverbial_subordinators: frozenset[str] = frozenset()
    #: German quantifiers that are a subject on their own ("Einige kritisierten die Bebauung")
    quantifier_pronouns: frozenset[str] = frozenset()
    #: German words that open an adverbial infinitive after a comma ("…, ohne einen Zeitpunkt zu nennen"): no content
    infinitive_adverbials: frozenset[str] = frozenset()
    #: German verbs that are a risk, not a threat, with a "zu" infinitive in their clause ("drohten … zu bleiben")
    risk_verbs: frozenset[str] = frozenset()
    #: German (round 48, deleft9) infinitives of what befalls a subject ("droht, … zu scheitern": a risk)
    risk_infinitives: frozenset[str] = frozenset()
    #: German (round 48, deleft10) infinitives of what befalls a subject only with no object before them ("droht, zu
    #: brechen", "droht, in eine Krise zu stürzen"; not "drohte, den Vertrag zu brechen", "…, die Regierung zu stürzen")
    risk_bare_infinitives: frozenset[str] = frozenset()
    #: German (round 48, deleft9) nouns of a state that threatens ("Das Land drohte, die Verträge zu kündigen")
    state_nouns: frozenset[str] = frozenset()
    #: German (round 39, depolls4) participles of a poll's finding ("Das hat eine Umfrage … ergeben")
    poll_result_participles: frozenset[str] = frozenset()
    #: German active forms of "zitieren": with "mit den Worten" the object is the speaker
    quoting_verbs: frozenset[str] = frozenset()
    #: English nouns in -ly, no adverbs: "His family said", "the assembly voted"
    ly_nouns: frozenset[str] = frozenset()
    #: English adverbs without -ly between a subject and its verb: "The author quite rightly states"
    subject_adverbs: frozenset[str] = frozenset()
    #: English published pieces whose title follows them in quotation marks: "the July 14 article, "…," …"
    work_title_nouns: frozenset[str] = frozenset()
    #: (round 54, enscience) English verbs of definition before "as" and a term: 'unsure what counts as "ultra-processed"'
    definition_as_verbs: frozenset[str] = frozenset()
    #: (round 41, enforecasts) English analysts' stock ratings: a quotation of one of them next to a rating word is the
    #: rating's name, no one's words ('maintained its "neutral" rating', 'cut the stock to "sell" from "hold"')
    rating_labels: frozenset[str] = frozenset()
    #: (round 41, enforecasts) English words of a rating that such a quotation stands next to
    rating_words: frozenset[str] = frozenset()
    colon_title_labels: frozenset[str] = frozenset()
    #: (round 53, auditde4) German things a body files with "melden … an" (insolvency, short-time work): no report
    filed_nouns: frozenset[str] = frozenset()
    #: (round 47, naming) verbs that give a subject a name with a reflexive object ("which calls itself „…“", German "die
    #: sich „…“ nennt"), and the reflexive objects: a name in quotation marks after them is no one's words
    self_naming_verbs: frozenset[str] = frozenset()
    self_naming_reflexives: frozenset[str] = frozenset()
    #: (round 48, descare) German distancing words that, alone in quotation marks before their noun, are a scare quote
    distancing_words: frozenset[str] = frozenset()
    #: (round 47, deheadlines) German labels of a quotation itself before a colon ("Zitat des Tages: „…“", "Spruch der
    #: Woche: „…“"): the words are someone's, but the label is no speaker (`is_quote_label`)
    quote_labels: frozenset[str] = frozenset()
    #: (round 51, deleft20) German calls from the floor before a colon ("Aus der SPD-Fraktion kam der Ruf: „…“", "Dann
    #: ertönte ein Zwischenruf: „…“"): someone else's words, the body named with "aus"/"von" or no one, never the speaker
    #: before; and the rooms such a call comes from that are no speaker ("Aus dem Saal kam der Ruf")
    call_nouns: frozenset[str] = frozenset()
    call_places: frozenset[str] = frozenset()
    #: English adjectives in -ed before a speaker noun: "allied officials said", "exiled minister X said"
    ed_adjectives: frozenset[str] = frozenset()
    #: German verb-final forms of "hervorgehen" ("Wie aus dem Bericht hervorgeht"): its "aus" phrase is the source
    emerge_verbs: frozenset[str] = frozenset()
    #: German cue verbs with an object and a predicate ("bezeichnete X als Y"): a name right after one
    #: is the subject when the fronted phrase is no person
    predicative_verbs: frozenset[str] = frozenset()
    #: German nouns (also compound ends) of bodies that speak (Regierung, Polizei, Staatsanwaltschaft)
    speaking_bodies: tuple[str, ...] = ()
    #: (round 34) German nouns (also compound ends) of bodies whose name takes a genitive plural without an
    #: article ("Verband katholischer Altenhilfe", "Bundesverband privater Anbieter")
    named_body_nouns: tuple[str, ...] = ()
    #: finite past-tense verbs that no regular ending shows: German after ", und" they open a second
    #: predicate of the reporting subject ("…, und verließ den Saal"); English ones end a noun phrase
    #: after its article ("The senator spoke again, saying …")
    past_verbs: frozenset[str] = frozenset()
    #: German words in -te/-ten that are no past verbs (heute, bitte, letzte)
    not_past: frozenset[str] = frozenset()
    #: German words that make a source noun the clause subject's own ("nach eigenen Angaben")
    own_words: frozenset[str] = frozenset()
    #: (round 35) German nouns demanded, charged or filed that follow a speaker's noun as the verb's object, never as
    #: a part of its name ("hat die Staatsanwaltschaft Anklage erhoben", "haben die Verteidiger Freispruch gefordert")
    object_nouns: frozenset[str] = frozenset()
    #: (round 35) German adverbs of contrast after a Konjunktiv verb that make its subject a new source ("Die
    #: Verteidigung bestreite dagegen eine Tötungsabsicht" is the defence's, not the prosecution's before it)
    contrast_adverbs: frozenset[str] = frozenset()
    #: (round 47, deconj) German verbs and adverbs of a subject's view ("Die Opposition sieht das anders.") and nouns of
    #: an opinion ("Die Grünen sind anderer Meinung."): the Konjunktiv I sentence after it is that subject's report
    view_verbs: frozenset[str] = frozenset()
    view_adverbs: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    reply_cues: frozenset[str] = frozenset()
    #: (round 36, g2) German events after a fronted "bei" that name no source ("Bei der Festnahme wurde … festgestellt")
    event_heads: frozenset[str] = frozenset()
    #: (round 36, g4) German prepositions before a paper's or a programme's name in quotation marks inside a cue's
    #: clause ("sagte sie gegenüber „Bild am Sonntag“, …")
    quoted_name_prepositions: frozenset[str] = frozenset()
    #: (round 36, g4) German words after a sentence-opening "Als" that make it the writer's unreal comparison ("Als ob
    #: es da etwas zu entschuldigen gäbe."): no report going on
    as_if_words: frozenset[str] = frozenset()
    #: sentence-initial words that are no subject ("Thanks for pointing out that …")
    not_subjects: frozenset[str] = frozenset()
    #: possessive determiners, and nouns of what was said that stand for their possessor after one
    #: ("Seine Begründung: „…“")
    possessives: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    #: (round 51, deleft21) German documents a body issues, whose genitive or "von" owner speaks through them like the
    #: owner of a speech noun ("In einer Mitteilung der Staatskanzlei hieß es, …" is the Staatskanzlei)
    statement_documents: frozenset[str] = frozenset()
    #: (round 50, enarticles) English words of a speaking occasion: a narrative sentence whose subject is a person and
    #: which holds one sets that person up as the "he"/"she" of the quotation right after it
    speech_setting_words: frozenset[str] = frozenset()
    public_office_qualifiers: frozenset[str] = frozenset()
    purpose_floor_verbs: frozenset[str] = frozenset()
    purpose_occasion_verbs: frozenset[str] = frozenset()
    #: (round 36, g3) German Konjunktiv I forms of verbs of attitude and judgement whose subject, a person opening the
    #: sentence, is the source of the report ("Herr Hemprich verstehe die Aufregung nicht")
    attitude_konjunktiv: frozenset[str] = frozenset()
    #: (round 36, g3) German verbs whose separable particle here makes them a cue only with a reported content,
    #: never a speech act by itself ("warf … ein": "warf der Rat ein, dass …", not "warf den Ball ein")
    content_only_separable: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 49, deleft12) German plural present forms of speech acts that are also infinitives ("verlangen",
    #: "beklagen"): a speech act by themselves only as the finite verb in second place of a main clause
    finite_only_acts: frozenset[str] = frozenset()
    #: (round 49, deleft12) German cue verbs whose separable particle closing their clause makes another verb, no speech
    #: ("forderte … heraus": challenged, "verlangte … ab": demanded of)
    changed_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 52, dereported) German advice verbs that are speech acts only with a word of `advice_objects` after them
    #: in their clause ("riet zu Bewegung", "rieten von Reisen ab"; not "riet richtig", guessing)
    advice_acts: frozenset[str] = frozenset()
    advice_objects: frozenset[str] = frozenset()
    #: (round 52, dereported) German participles whose agentless passive reports the zu-infinitive clause after its comma
    #: ("Dem Minister wird vorgeworfen, Steuergelder verschwendet zu haben")
    passive_infinitive_cues: frozenset[str] = frozenset()
    #: (round 51, dearticles9) a negative pronoun as a report's subject: no one spoke ("Niemand habe ihnen gesagt, …")
    negative_subjects: frozenset[str] = frozenset()
    #: (round 53, auditcomments) English labels of a commenter's mock quotation ('Translation: "…"')
    mock_quote_labels: frozenset[str] = frozenset()
    #: (round 53, auditcomments) English chat tags ending a reported clause ("… when he was a kid lol")
    chat_tags: frozenset[str] = frozenset()
    #: (round 54, seedcomments) English verbs of a comment's byline opening the document ("Vartan said:", "Ani M. wrote:")
    comment_byline_verbs: frozenset[str] = frozenset()
    #: (round 36, g3) German nouns of a council group a member's name takes between commas ("Herr Stiller, Fraktion
    #: Die Linke, …", "Herr Vogel, SPD-Fraktion, …"): an apposition, no name and no speaker of its own
    group_nouns: frozenset[str] = frozenset()
    #: cue verbs that are no speech with "sich" in their clause ("hatte sich bei Gericht gemeldet")
    reflexive_not_cues: frozenset[str] = frozenset()
    #: prepositions of a source after an impersonal report only ("…, heißt es vom Landgericht")
    trailing_source_prepositions: frozenset[str] = frozenset()
    #: passive cues whose subject is the speaker (German "wird … zitiert")
    quoted_passives: frozenset[str] = frozenset()
    #: verb form -> particle: with "sich" and the particle closing the clause a speech act ("sprach
    #: sich für … aus")
    reflexive_acts: dict[str, str] = field(default_factory=dict)
    #: (round 37, h1) "sich … anschließen" with a motion or a view as its object: a speech act ("schloss sich dem Antrag an")
    joining_verbs: frozenset[str] = frozenset()
    #: (round 37, w1) German verbs of a verbal attack and the endings of their political objects
    attack_verbs: frozenset[str] = frozenset()
    attack_objects: tuple[str, ...] = ()
    attack_adverbs: frozenset[str] = frozenset()
    #: (round 37, h1) "wollen" with a perfect infinitive: the subject's claim ("Der Zeuge will den Mann gesehen haben")
    claim_modals: frozenset[str] = frozenset()
    joined_objects: tuple[str, ...] = ()
    #: German verbs that report only in a fronted wie-clause: "Wie die Zeitung erfuhr, …" (not "Er erfuhr, dass …")
    wie_only_cues: frozenset[str] = frozenset()
    #: German participles of those acts, the particle joined ("hat sich für … ausgesprochen")
    reflexive_participles: frozenset[str] = frozenset()
    #: German verbs that attribute the quotation right before them with this word closing their clause
    #: ("„…“, schloss sich Scheuer an", "„…“, meldete sich Kickl zu Wort", "„…“, fasst die Ministerin zusammen")
    quotation_idioms: dict[str, str] = field(default_factory=dict)
    #: prepositions of such a fronted source ("In der Erklärung heißt es", "Bei der Polizei hieß es")
    source_prepositions: frozenset[str] = frozenset()
    #: pronouns that are always subjects (German er, ich, wir): "Nähere Angaben machte er nicht"
    subject_pronouns: frozenset[str] = frozenset()
    #: coordinating conjunctions ("und die Polizei sagte"): the clause after them starts afresh
    coordinators: frozenset[str] = frozenset()
    #: words that make a speech act refer back to content told elsewhere ("Das meldete …", "darüber")
    anaphoric_objects: frozenset[str] = frozenset()
    #: negations: a speech act that did not happen reports nothing ("äußerte sich nicht")
    negations: frozenset[str] = frozenset()
    #: pronouns by grammatical gender, and common first names and titles by gender (for resolution)
    male_pronouns: frozenset[str] = frozenset()
    female_pronouns: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    #: (round 42, enentertain2) honours used with the given name alone ("Sir Paul" for Sir Paul McCartney)
    first_name_honorifics: frozenset[str] = frozenset()
    #: Konjunktiv II forms (hätten, würden): reported speech or the writer's own hedge
    konjunktiv_ii: frozenset[str] = frozenset()
    #: light-verb constructions: verb form -> the nouns that make it a cue ("vertritt die Ansicht",
    #: "übte Kritik", "took the view", "made the case"); read from ``light_verbs: {noun: [verbs]}``
    light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: nouns of light-verb constructions that are speech acts in themselves ("Kritik üben")
    light_acts: frozenset[str] = frozenset()
    #: (round 37, w4) German light nouns that also count as the end of a compound ("eine Unwetterwarnung
    #: herausgegeben", "eine Reiseempfehlung ausgesprochen")
    light_compound_heads: frozenset[str] = frozenset()
    #: (round 37, w4) German heads of a fronted phrase of time or direction that name no source of a passive or
    #: impersonal report ("In den frühen Morgenstunden wurden … gemeldet", "Aus dem Süden wurden … gemeldet")
    not_source_heads: frozenset[str] = frozenset()
    #: (round 41, depronouns5) German nouns of a condition whose "dass" clause is their own, no content of the cue
    #: before them ("kündigte Warnstreiks für den Fall an, dass …", "unter der Bedingung, dass …")
    condition_nouns: frozenset[str] = frozenset()
    #: (round 42, descience) German endings of research groups and their members that take their leader after "um" or
    #: "unter (der) Leitung von" ("ein Team um Jonas Weber", "die Forscher um Laura Klein")
    team_heads: tuple[str, ...] = ()
    #: (round 37, w4) German feminine nouns (and compound ends) of bodies besides `speaking_bodies`, antecedents of a
    #: singular "sie" ("Die Feuerwehr war im Einsatz. Sie rief …")
    feminine_bodies: tuple[str, ...] = ()
    #: (round 37, w4) German participles of cues without "ge" ("empfohlen"): a passive after a passive auxiliary
    plain_participles: frozenset[str] = frozenset()
    #: (round 37, h2) German demonstratives and comparing adjectives before a fronted light noun that refer back
    #: ("Zu diesem Ergebnis kommt eine Studie", "Zu einem ähnlichen Schluss gelangten …")
    backref_determiners: frozenset[str] = frozenset()
    backref_adjectives: frozenset[str] = frozenset()
    #: German cue verbs whose fronted "So" refers back to what was said ("So äußerte sich der Minister")
    so_back_cues: frozenset[str] = frozenset()
    #: English numbers and quantifiers that open a noun phrase like an article ("two people")
    quantifiers: frozenset[str] = frozenset()
    #: (round 39, ensources) English kin and personal role nouns that are a speaker after "my"/"your", which are no
    #: determiners ("My mother told me, “…”", "my pastor told me that …")
    kin_nouns: frozenset[str] = frozenset()
    #: (round 39, enjunk) English imperatives of attention that open a sentence before the speaker ("Watch Republicans
    #: criticize …", "Look at Trump claiming …"): no part of the speaker
    attention_imperatives: frozenset[str] = frozenset()
    #: (round 48, auditcomments4) English verbs of perceiving someone before a say-participle ("I see people saying …")
    perception_verbs: frozenset[str] = frozenset()
    #: (round 48, auditcomments4) English recordings "of" someone before a say-participle ("a video of the senator
    #: saying …"): the one recorded speaks
    recording_nouns: frozenset[str] = frozenset()
    #: (round 39, enjunk) English imperatives of a made-up scene ("Imagine Democrats saying …"): no report
    hypothetical_imperatives: frozenset[str] = frozenset()
    #: (round 48, audittweets2) English indefinite pronouns that open a request with a bare verb ("Somebody tell the mayor
    #: …") and the bare speech verbs of such a request: no report
    open_request_subjects: frozenset[str] = frozenset()
    open_request_verbs: frozenset[str] = frozenset()
    #: (round 39, enjunk) English abstract nouns before a "that" clause ("The idea that …", "The fact that …"): no speaker
    idea_nouns: frozenset[str] = frozenset()
    #: (round 39, enjunk) English present verbs of a sentence-opening "The fact that …" clause's predicate ("… tells you
    #: everything"): no part of a report inside that clause
    fact_predicates: frozenset[str] = frozenset()
    fact_predicate_objects: frozenset[str] = frozenset()
    #: (round 39, ennouncue) English speech nouns whose "that" clause is reported when the noun has an owner ("claims by
    #: activists that …", "the Pentagon's assertion that …"); verbs whose clause after such a noun is a relative one
    owned_report_nouns: frozenset[str] = frozenset()
    relative_object_verbs: frozenset[str] = frozenset()
    #: English prepositions (and "familiar", "close") that attach a postmodifier to a speaker
    #: noun: "Aides to the governor", "two people familiar with the talks"
    postmodifiers: frozenset[str] = frozenset()
    #: English participles of a document's handling before "by" and its handler ("emails seen by The Independent
    #: reveal …"): the document speaks, not the paper that obtained it
    document_participles: frozenset[str] = frozenset()
    #: (round 47, enwritten) English participles of a document's filing or making after its noun, a reduced relative
    #: with a time or place before the document's verb ("A lawsuit filed Monday alleges …"): the document speaks
    document_relative_participles: frozenset[str] = frozenset()
    #: (round 47, enwritten) English court and research documents that take such a reduced relative besides the
    #: document nouns ("An indictment unsealed Friday alleges …", "Court papers filed Monday say …")
    relative_document_nouns: frozenset[str] = frozenset()
    #: English relative pronouns that can be the subject of a cue ("The man, who said he …")
    relative_pronouns: frozenset[str] = frozenset()
    #: English prepositions of adjuncts between a cue and its content ("said in a statement it …")
    adjunct_preps: frozenset[str] = frozenset()
    #: English cues that often take a noun object: a clause without "that" needs a finite auxiliary
    object_verbs: frozenset[str] = frozenset()
    #: English words that never stand in a bare speaker noun phrase ("let me", "anyone who")
    not_nouns: frozenset[str] = frozenset()
    #: English cue forms that are as often nouns ("state", "reports"): cues only before that/:/,/quote
    noun_like_cues: frozenset[str] = frozenset()
    #: (round 37, e5) English cue participles that are adjectives after a possessive ("the suspect's alleged victims")
    attributive_participles: frozenset[str] = frozenset()
    #: (round 37, e5) English lower-case bodies after a place's name that belong to the source ("according to Chicago
    #: police", "said Denver police")
    place_bodies: frozenset[str] = frozenset()
    #: (round 37, e5) English roles of a court case that head a subject before a coordinated cue ("The defendant
    #: declined to testify and said …")
    case_roles: frozenset[str] = frozenset()
    #: (round 48, ennested2) English plurals of persons no title or role ending covers ("experts", "doctors")
    bare_people_plurals: frozenset[str] = frozenset()
    #: (round 42, enlocal) English everyday roles capitalised before a person's full name in local news ("Neighbor Teddy
    #: Alafogiannis", "Homeowner Jo Pike"): no part of the name, also before a first name the lists lack
    person_roles: frozenset[str] = frozenset()
    #: (round 49, dearticles2) German everyday roles before a first name alone in local reports ("Anwohnerin Marlene
    #: (68)", "Nachbar Heinz, 74,"): the first name is the person's name, the role its title
    lay_roles: frozenset[str] = frozenset()
    #: (round 53, auditde2) German cues that tell a medium something, so a medium's feminine name after "Der" opening the
    #: sentence is their dative ("Der Zeitschrift „Bunte“ verriet die Sängerin, …"), beside `addressee_verbs`
    media_telling_verbs: frozenset[str] = frozenset()
    accused_roles: frozenset[str] = frozenset()
    charge_words: tuple[str, ...] = ()
    #: (round 51, deleft16) German descriptions of an expert ("der Experte") and the title endings of expert professions
    #: ("Meteorologe", "Klimaforscherin"): a description links only to a person seen with a title of its kind
    expert_descriptions: frozenset[str] = frozenset()
    #: (round 51, deleft16) German speech-act cue forms that only say more (betonte, bekräftigte): a second cue of these
    #: after "und" gives the first act its content, as "sagte" does
    saying_act_verbs: frozenset[str] = frozenset()
    expert_title_endings: tuple[str, ...] = ()
    #: (round 49, deleft13) German nouns naming a person of one sex ("Mann", "Frau"): the gender of such a speaker
    male_person_nouns: frozenset[str] = frozenset()
    female_person_nouns: frozenset[str] = frozenset()
    #: (round 50, enleft15) English everyday heads of an opening indefinite description of a person ("A local teacher
    #: was injured."), besides titles, kin nouns, person roles, case roles and the nouns of one sex
    lead_person_nouns: frozenset[str] = frozenset()
    #: (round 50, enleft16) English past verbs that need their object: with none after them, a relative's gap ("money
    #: prosecutors said she spent on horses"); besides `relative_object_verbs`
    gap_object_verbs: frozenset[str] = frozenset()
    #: (round 50, enleft15) English nouns of events, outcomes and figures: no speaker of "confirmed fears that …"
    event_subjects: frozenset[str] = frozenset()
    #: (round 54, enleft2) nouns of events whose showing is no report ("the visit showed that …")
    event_show_subjects: frozenset[str] = frozenset()
    #: (round 49, deleft13) German present forms of cue verbs whose stem opens with "ge" ("gesteht"): no participle
    ge_stem_presents: frozenset[str] = frozenset()
    #: (round 37, e5) English "that"-only cues of a court's holding whose "that" must open a clause with a subject
    #: ("held that the search was unlawful"; not "held that day")
    holding_cues: frozenset[str] = frozenset()
    #: (round 54, enworld) English cues of a belief or a hope that, inside another cue's report, give no quotation of
    #: their own subject ("Its spokesman said Doha hoped the visit would "…"" is the spokesman's words)
    inner_stance_cues: frozenset[str] = frozenset()
    #: (round 54, enworld) English nouns of a span of time that, with "after"/"before", open the writer's time adjunct
    #: after a report's comma ("…, a day after officials in Kyiv said …")
    time_span_nouns: frozenset[str] = frozenset()
    #: (round 37, e5) English light verbs of a statement that report only before its colon or quotation ("released a
    #: statement: "…"", not "released a statement after the decision")
    colon_light_verbs: frozenset[str] = frozenset()
    #: (round 41, ensports) English light nouns of a game after these words ("made the extra point", "saved match
    #: point"); read from ``light_noun_games: {noun: [words]}``
    light_noun_games: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 40, enstatements) English verbs whose subject authors the document after them: "released/posted/signed a
    #: statement/letter saying …" is the subject's report, not the document's
    document_release_verbs: frozenset[str] = frozenset()
    #: (round 40, enstatements) English verbs rejecting a report: "denied/rejected news reports claiming …" is the
    #: reports' claim, not the denier's
    rebuttal_verbs: frozenset[str] = frozenset()
    #: (round 40, enstatements) English hearsay nouns besides `document_nouns` ("rumours suggesting …")
    hearsay_nouns: frozenset[str] = frozenset()
    #: (round 48, enleft7) English nouns of a source's own findings after "according to" and a possessive, besides
    #: `document_nouns` and `hearsay_nouns` ("according to CNN's reporting, …": the owner speaks)
    owned_source_nouns: frozenset[str] = frozenset()
    #: (round 40, enstatements) English participles of evidence, no speech of a document's author ("released
    #: documents showing …")
    evidence_participles: frozenset[str] = frozenset()
    #: English cues that report only with a quotation after them ('called the report "flawed"')
    quote_only_cues: frozenset[str] = frozenset()
    #: adjectives of conviction after a form of "sein"/"be" that report the dass/ob/that clause (German
    #: also a colon) after them ("Der Minister ist überzeugt, dass …", "Officials are concerned that …")
    state_cues: frozenset[str] = frozenset()
    #: (round 36) English `state_cues` of a firm conviction that report a clause without "that" too ("Pellegrini is
    #: convinced his side are still in the race")
    bare_state_cues: frozenset[str] = frozenset()
    #: (round 36) English adjectives that make a noun-like cue after them a noun ("recent reports that …")
    cue_noun_adjectives: frozenset[str] = frozenset()
    #: German cues only as the trailing attribution of a quotation ('„…“, analysiert Trainer X')
    after_quotation_cues: frozenset[str] = frozenset()
    #: German forms of "rufen" that report without their particle right after a quotation ("„…“, rief ein Schäfer")
    quotation_calls: frozenset[str] = frozenset()
    #: (round 40, entags) English separable retorts that report only with a quotation or "that" after their particle,
    #: or as the tag right after a quotation ('Rubio shot back, "…"', '"…," Kasich chimed in.')
    quotation_particle_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 52, enleft2) English reporting verbs whose CUE span takes a "back" right after them ('"…," she snapped back')
    back_particle_cues: frozenset[str] = frozenset()
    #: (round 52, enleft2) English verbs of wishing and thanking whose quotation right after their object is the subject's
    #: words ('wishing him "all the best in England."')
    wish_quotation_verbs: frozenset[str] = frozenset()
    #: (round 53, seedleft) English verbs of talking with their topic particle, cues only with a quotation right after the
    #: particle ('Cavusoglu talking about "brotherly Azerbaijan"', 'She spoke of "a new chapter"')
    topic_quotation_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: German nouns of things and events that cannot speak (risk, not threat: "drohten Gewitter")
    mute_nouns: frozenset[str] = frozenset()
    #: (round 36, v4) German nouns of a reason or a result that open a writer's sentence ("Grund sind die Preise."),
    #: no speaker of the quotation after it
    reason_nouns: frozenset[str] = frozenset()
    #: English participles of an event's result, part of the reported clause after a comma ("said a
    #: bomb exploded, killing 12 people"), unlike the speaker's own "…, saying …"
    result_participles: frozenset[str] = frozenset()
    #: English head nouns of organisations' names: a capitalised run ending in one is one name, its
    #: title-like words included ("The American Medical Association", "New York State Nurses Association")
    org_heads: frozenset[str] = frozenset()
    #: (round 36) English legal forms closing a company's name after a comma: "Acme Holdings, Inc.", "Acme, LLC"
    corporate_suffixes: frozenset[str] = frozenset()
    #: (round 36) English participles after "as" that go on with the clause: "…, as compared to last year, …"
    as_participles: frozenset[str] = frozenset()
    #: (round 35b) German nouns (a compound's last part) of a company: "der Konzern", "das Unternehmen" name the
    #: company named last after such a noun ("Der Mobilfunkhersteller Motorola …, teilte der Konzern mit")
    company_nouns: tuple[str, ...] = ()
    #: (round 51, deleft22) German nouns (a compound's last part) of public utilities and local bodies named with their
    #: place: "die Stadtwerke München", "der Wasserverband Nord", "die Berliner Verkehrsbetriebe" (a body in apposition)
    placed_body_nouns: tuple[str, ...] = ()
    #: (round 47, deorgs) German trade unions by name (lower case): "Verdi hat … Die Gewerkschaft sagte" is Verdi
    union_names: frozenset[str] = frozenset()
    #: (round 47, decompanies) German one-word company names written with "die" (lower case): "Die Lufthansa hat …
    #: Die Fluggesellschaft teilte mit" is Lufthansa
    feminine_company_names: frozenset[str] = frozenset()
    #: (round 47, deorgs) German plural nouns for a party's members and the party each stands for ("sozialdemokraten":
    #: SPD): "Die SPD … Die Sozialdemokraten forderten, …" is the SPD
    party_member_nouns: dict[str, str] = field(default_factory=dict)
    #: (round 47, demonyms) the places a definite description names and the forms each is seen in next to a name
    #: (form, lower case, to its places): "the French president" is no one seen as "German Chancellor Angela Merkel"
    place_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 47, demonyms) English: a US state's forms after a party letter ("D-Mass.", "R-Texas", "D-CA") to its state
    state_abbreviations: dict[str, str] = field(default_factory=dict)
    #: (round 35b) more German office endings for `_office_or_age_holder` ("der Commerzbank-Chef", "der Vorstandschef")
    office_endings: tuple[str, ...] = ()
    #: (round 38, derole) German functions of clubs, fire brigades and councils (a compound's last part): a definite
    #: description names only the person seen with the function ("Inge Wunder, Erste Schützenmeisterin,")
    function_roles: tuple[str, ...] = ()
    #: (round 38, derole) German words for an office, each with the offices it stands for, in order ("stadtoberhaupt":
    #: [oberbürgermeister, bürgermeister]): the description names the person titled so
    office_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: (round 38, deoffice) German level prefixes of an office below the nation's ("landes", "kreis") and the nation's own
    #: ("bundes"), and the stems of the adjectives of states and regions ("sächsisch"): a description with a level or a
    #: region names no one seen with the office at another level
    office_levels: tuple[str, ...] = ()
    national_office_levels: tuple[str, ...] = ()
    region_adjectives: tuple[str, ...] = ()
    #: (round 37, h3) German names of states and capitals used for their governments ("Pakistan", "Moskau"): after a
    #: speaker's name they open the verb's object, no more name ("hatte Pakistan Indien … vorgeworfen")
    country_names: frozenset[str] = frozenset()
    #: (round 48, deacts2) German alliances and international bodies written as a word ("Nato", "Uno", "Opec"): after
    #: their article they speak, a name after the verb is its object ("Die Nato warnte Russland vor …")
    alliance_names: frozenset[str] = frozenset()
    #: (round 48, deacts3) German nouns of persons (also a compound's last part) the role endings miss: plurals and short
    #: singulars ("Die Piloten drohten mit Streiks", "Der Arzt drohte mit einer Klage" reported nothing)
    person_group_nouns: tuple[str, ...] = ()
    #: (round 37, h3) German nouns (a compound's last part) of a government body a state's name after it is the object of
    #: ("rief die US-Regierung Nordkorea auf")
    country_object_heads: tuple[str, ...] = ()
    #: (round 37, h3) German verbs that are a speech act only when a state or its government is the subject ("Peking
    #: protestierte gegen den Besuch"), and more such speakers' nouns besides states and `country_object_heads`
    state_act_verbs: frozenset[str] = frozenset()
    #: (round 45, denachruf) German cues of a shown feeling or of honouring whose comma clause in the indicative is
    #: narration ("zeigte sich tief betroffen, er war sein Kapitän"), see `_de_indicative_narration`
    narration_comma_cues: frozenset[str] = frozenset()
    state_act_speakers: tuple[str, ...] = ()
    #: (round 37, w2) German verbs of a state shown with "sich" ("zeigte sich unbeeindruckt"), and the nouns (a compound's
    #: last part) of markets and prices that show a state without saying anything ("Der Euro zeigte sich unbeeindruckt",
    #: "Die Anleger zeigten sich zurückhaltend")
    market_state_verbs: frozenset[str] = frozenset()
    market_subjects: tuple[str, ...] = ()
    #: (round 36) English nouns of nationality a writer names the person just quoted by ('"…," said the Chilean',
    #: "the Australian added"), and dropped before a surname ("Australian Jones told reporters")
    demonyms: frozenset[str] = frozenset()
    #: English adjectives of nationality (not the person nouns of `demonyms`): a title before a name, but the first
    #: word of a company's name ("British Airways")
    nationality_adjectives: frozenset[str] = frozenset()
    #: (round 36) demonyms that are also a paper's name after "The" ("The Australian reported"): no person there
    demonym_papers: frozenset[str] = frozenset()
    #: (round 51, enleft21) English nouns of a person giving evidence ("the witness"), and the acts that make one
    #: ("told the court", "testified"): the description names the one person seen doing such an act before it
    witness_nouns: frozenset[str] = frozenset()
    witness_acts: tuple[tuple[str, ...], ...] = ()
    #: German verbs that are a speech act with this particle closing the clause ("sagte … zu")
    particle_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 36, g1) German verbs of a speech act named by its noun, with a source phrase ("Kritik kam von den Grünen")
    nominal_act_verbs: frozenset[str] = frozenset()
    come_to_speak: frozenset[str] = frozenset()
    viewing_nouns: frozenset[str] = frozenset()
    viewed_objects: tuple[str, ...] = ()
    #: (round 36, g1) the nouns of such acts (a compound's last part: "Fundamentalkritik")
    nominal_acts: tuple[str, ...] = ()
    #: (round 38, deobj2) German verbs of receiving such an act ("Lob erhielt X von Y") and nouns of backing or refusal
    #: that report speech only before a colon ("Unterstützung bekam X von Y: …")
    received_act_verbs: frozenset[str] = frozenset()
    #: (round 50, deleft15) German forms of "stoßen" that meet a speech act ("stieß auf Kritik der Opposition")
    met_act_verbs: frozenset[str] = frozenset()
    #: (round 50, deleft15) German separable acts that report with an object only when it is speech content
    #: ("räumte Fehler ein"; "räumen die Trümmer ein" puts things away), and those contents (a compound's last part)
    content_object_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    content_object_nouns: tuple[str, ...] = ()
    #: (round 50, deleft15) German source nouns a headline's label before a colon may be ("Polizei: …", "Studie: …")
    headline_source_labels: tuple[str, ...] = ()
    #: (round 51, deleft16) German finite verbs that begin with ge- and look like participles ("gerät", "gestehen"),
    #: and forms that are both (participles when they end a headline's clause: "geraten", "gefallen")
    headline_ge_finite: frozenset[str] = frozenset()
    headline_ge_either: frozenset[str] = frozenset()
    #: (round 39, dechains) German speech acts that judge (condemning, praising): no source of later hearsay
    stance_act_verbs: frozenset[str] = frozenset()
    #: (round 39, depronoun2) German testimony cue forms, each with the particles it needs later in its clause
    testimony_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (round 39, depronoun2) German heads (and compound ends) of private persons of a case ("Täter", "49-Jährige")
    reported_person_heads: tuple[str, ...] = ()
    received_acts: tuple[str, ...] = ()
    #: (round 38, deobj2) German nouns of polls (a compound's last part): no speaker of a later Konjunktiv
    poll_nouns: tuple[str, ...] = ()
    #: (round 47, deconj) German nouns of prices, money and figures (a compound's last part): the subject of a writer's
    #: sentence about them is no source of a later Konjunktiv ("Die Aktie verlor fünf Prozent.")
    figure_nouns: tuple[str, ...] = ()
    finding_nouns: tuple[str, ...] = ()
    result_nouns: frozenset[str] = frozenset()
    #: (round 41, deregional) German adverbs opening a verbless appendix to a cue's object ("Regen, teils auch Gewitter")
    appendix_adverbs: frozenset[str] = frozenset()
    #: (round 41, dedemands) German "drängen/dringen auf" + an abstract noun is a demand ("drängt auf ein schnelles Ergebnis")
    push_verbs: frozenset[str] = frozenset()
    push_objects: frozenset[str] = frozenset()
    #: (round 39, depolls3) German names of polling institutes also written in lower case ("infratest dimap", "forsa")
    poll_institutes: frozenset[str] = frozenset()
    #: English nouns after "according to" that name a rule, not a source (law, plan, Constitution)
    not_sources: frozenset[str] = frozenset()
    #: German verbs that are a speech act with one of these prepositions after them ("sprach von …")
    preposition_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    #: time words that are never a speaker after a cue, whatever their case ("said Sunday that")
    time_words: frozenset[str] = frozenset()
    #: (round 37, h1) German words of a time to come that make "soll" a plan ("Das Urteil soll kommende Woche fallen")
    plan_time_words: frozenset[str] = frozenset()
    #: (round 51, deleft18) German clause ends that schedule an event, and the words of a period ahead that with a year
    #: make "soll(en)" before them a plan ("Das Gesetz soll 2027 in Kraft treten", "… soll im Herbst stattfinden")
    plan_schedule_ends: tuple[tuple[str, ...], ...] = ()
    plan_period_words: frozenset[str] = frozenset()
    #: (round 35) German weekdays and months of a date apposition ("am Mittwoch, 18. März 2009, …")
    weekdays: frozenset[str] = frozenset()
    #: (round 35) German cues whose content only follows them ("erkundigt sich …, ob …")
    after_only_cues: frozenset[str] = frozenset()
    #: (round 35) abbreviations that end no sentence before a number ("Art. 5", "Abs. 2", "Az. 2 BvR")
    number_abbreviations: frozenset[str] = frozenset()
    month_names: frozenset[str] = frozenset()
    #: (round 34) title abbreviations in their exact spelling ("OB", "Dr"): "ob" in lower case is a conjunction
    cased_titles: frozenset[str] = frozenset()
    #: English cues only with "that" right after them ("Polls show that …", "found that …")
    that_only_cues: frozenset[str] = frozenset()
    #: English cue forms that can precede their speaker ('"…," said X'): past and 3rd person forms
    inversion_cues: frozenset[str] = frozenset()
    #: (round 48, auditnews) English plural presents inverted only before a lower-case plural source ending the sentence
    #: ("…, say officials.")
    plural_inversion_cues: frozenset[str] = frozenset()
    #: (round 48, auditnews) English nouns whose infinitive belongs to a reported clause's subject ("the decision to drop
    #: the inquiry had been taken")
    infinitive_nouns: frozenset[str] = frozenset()
    #: (round 47, endirect) English adverbs that open a sentence before an inverted cue and its speaker ("So said Maria
    #: Lopez, a farmer", "Thus wrote the senator"): no subject, the speaker follows the cue
    inversion_openers: frozenset[str] = frozenset()
    #: English verbs of belief and knowledge ("think that", "know that"): no report after a first- or second-person
    #: subject ("I think that …", "you know that …": the writer's own stance, not an attribution)
    stance_cues: frozenset[str] = frozenset()
    belief_participles: frozenset[str] = frozenset()
    passive_means_nouns: frozenset[str] = frozenset()
    #: (round 50, enarticles2) English records of a speech an "according to" may cite after the speech's own cue
    speech_record_nouns: frozenset[str] = frozenset()
    opening_connectives: frozenset[str] = frozenset()
    #: (round 48, auditcomments) English indefinite pronouns an object relative hangs on ("Nothing the mayor says …")
    object_relative_heads: frozenset[str] = frozenset()
    #: (round 48, endebates3) plain object nouns whose "that" after a cue is relative ("said things that …")
    relative_object_nouns: frozenset[str] = frozenset()
    #: (round 48, endebates4) verbs of the speaker's own assurance after "I can"/"we can" ("I can tell you that …")
    assurance_verbs: frozenset[str] = frozenset()
    #: (round 48, endebates4) acts on a person whose "of"/"for" + speech gerund is that person's ("accused Smith of saying")
    object_gerund_acts: frozenset[str] = frozenset()
    #: (round 48, auditcomments2) English cue forms that are no report before one of these words: "It just adds to how
    #: foolish you look" (a contribution, not "adds that …"), "the xenophobic fear mongering" (a noun compound)
    not_cue_before: dict[str, frozenset[str]] = field(default_factory=dict)
    impersonal_passive_cues: frozenset[str] = frozenset()
    #: (round 39, ensay) English words before "to say" in a set phrase of the writer's own ("Needless to say, …", "suffice
    #: it to say", "it is fair to say", "too early to say"): no one's report
    say_idiom_words: frozenset[str] = frozenset()
    #: (round 48, auditdebates) English prepositions of an adjunct between a perfect auxiliary and its cue ("He has, in
    #: effect, said that …")
    perfect_adjunct_preps: frozenset[str] = frozenset()
    #: (round 37, e6) English words that make "minister" a head of government's title ("Prime Minister", "Chief
    #: Minister", "First Minister"): such a holder is no "the minister"
    premier_modifiers: frozenset[str] = frozenset()
    #: (round 37, e6) English participles of a report of a report before "to have" + cue ("is understood to have said")
    raising_participles: frozenset[str] = frozenset()
    #: (round 37, e6) English words of a past office ("former prime minister X"): its holder is no "the prime minister"
    former_words: frozenset[str] = frozenset()
    #: (round 47, enleftovers) English indefinite pronouns that are the subject of a clause reported without "that"
    #: right before its verb ("admitted nobody expected the win")
    indefinite_subjects: frozenset[str] = frozenset()
    #: (round 51, enleft19) English quantifier pronouns that no later quotation continues as its speaker ("Nobody")
    quantifier_speakers: frozenset[str] = frozenset()
    #: (round 47, coord) English cue forms of another speaker's clause after "and" inside a report, which ends the report
    #: before it ("said the plan was flawed and Jones said it was sound")
    coordinated_report_cues: frozenset[str] = frozenset()
    #: (round 47, forward) English words of a sentence after a quotation that names its speaker: nouns of "Those were the
    #: words of X", verbs of "That was how X put it", inverted verbs of "Thus spoke X"
    recap_nouns: frozenset[str] = frozenset()
    recap_verbs: frozenset[str] = frozenset()
    recap_inversions: frozenset[str] = frozenset()
    #: (round 37, w5) English prepositions of a short postmodifier inside a bare reported subject before its past verb
    #: ("said revenue for the quarter rose 5%", "said sales in China fell")
    subject_prepositions: frozenset[str] = frozenset()
    #: (round 41, enoffices) English nouns of a fronted "in …" frame of the reported clause, never of the saying ("said in
    #: an effort to find the cause, the province has …", "said in that case, the suspect …")
    content_frame_nouns: frozenset[str] = frozenset()
    #: (round 41, enoffices) English hazards naming an alert product before "warning"/"statement" ("a tornado warning",
    #: "a special weather statement"): no light act, as "a boil-water advisory"
    alert_hazards: frozenset[str] = frozenset()
    #: (round 37, w5) English nouns of a company described ("the retailer", "the chipmaker"): as the subject of a first
    #: predicate they speak for a coordinated "and said" ("The retailer posted a loss and said …")
    company_descriptions: frozenset[str] = frozenset()
    #: (round 47, enorgs) English last words of a company's name a title-like word opens ("General Motors", "General
    #: Electric"): the title belongs to the name
    title_company_words: frozenset[str] = frozenset()
    #: (round 54, seedleft) English lower-case heads of a parliamentary or party body after "the" and its capitalised
    #: name ("of the Hayastan faction", "of the Labour party"): a person's name before "of" keeps the speaker
    member_body_heads: frozenset[str] = frozenset()
    #: (round 54, seedleft) English interjections that open an address ("Well, Mr. Aliyev, …"): with only a vocative
    #: after them the words before a cue are no report
    vocative_openers: frozenset[str] = frozenset()
    #: (round 54, seedleft) English cue forms that take a thing seen as their object: right before a lower-case
    #: quotation they are no cue ('its patrols had observed “signs of recent shelling”')
    object_perception_cues: frozenset[str] = frozenset()
    company_name_heads: frozenset[str] = frozenset()
    #: (round 51, enleft19) English words that make a capitalised name an organisation's or a place's, whatever
    #: apposition follows it ("Asante Holdings, the club's owner"): see `non_person_name_words` in en.yaml
    non_person_name_words: frozenset[str] = frozenset()
    #: (round 53, auditen3) English body nouns that a bare description ("the club", "the label") names as a body, never
    #: a person seen with the word only as a modifier of a title ("club president Aurelio De Laurentiis"): see
    #: `body_description_words` in en.yaml
    body_description_words: frozenset[str] = frozenset()
    #: (round 53, auditen3) English roles of sports and the arts for a bare "the <role>" after the person who spoke:
    #: see `career_role_heads` in en.yaml
    career_role_heads: frozenset[str] = frozenset()
    #: (round 53, auditen3) English words of a manner of speaking after "was"/"is" ("Arteta was effusive") and the
    #: degree words before them ("more pointed"): see `speech_manner_adjectives` in en.yaml
    speech_manner_adjectives: frozenset[str] = frozenset()
    speech_manner_degrees: frozenset[str] = frozenset()
    #: (round 54, enfeature) English verbs of a gesture or a pause in a narrative sentence ("Rachel hesitates.", "Luis,
    #: asked about that line, shrugs."): its subject is the next "he"/"she" quoted; see `gesture_verbs` in en.yaml
    gesture_verbs: frozenset[str] = frozenset()
    #: (round 47, enorgs) English past tenses of a company's acts after its one-word name opening a sentence ("Lufthansa
    #: cancelled 800 flights. The airline said …")
    company_action_verbs: frozenset[str] = frozenset()
    #: (round 47, enorgs) capitalised common nouns opening a sentence that name no company before a company's act
    company_lead_nonnames: frozenset[str] = frozenset()
    #: (round 48, enappos) English prepositions of place and time before a capitalised word that then names no
    #: organisation or person described in apposition ("In London, the capital, …", "After Brexit, the company, which …")
    apposition_place_prepositions: frozenset[str] = frozenset()
    #: (round 48, enleft9) those of them that also take a company or a body described in apposition ("Workers at
    #: Harlow, a grocery company, …")
    apposition_company_prepositions: frozenset[str] = frozenset()
    fronted_participle_adjuncts: frozenset[str] = frozenset()
    fronted_ing_adjuncts: frozenset[str] = frozenset()
    #: (round 51, enarticles7) English: the bench a judge writes an opinion for ("wrote Judge Ann Lee for the majority")
    opinion_for_nouns: frozenset[str] = frozenset()
    group_name_openers: frozenset[str] = frozenset()
    #: (round 48, plural2) English words of a time in a capitalised name, no body, before "and" ("Monday and Tuesday
    #: were quiet. They said …" is no one's)
    coordination_time_words: frozenset[str] = frozenset()
    #: (round 48, enroles5) English lower-case words before a role with "for"/"to" and a name ("A senior adviser to
    #: President X"), and role nouns besides the titles that take "to" ("An aide to Senator X")
    role_for_modifiers: frozenset[str] = frozenset()
    role_to_nouns: frozenset[str] = frozenset()
    #: (round 48, plural2) English verbs of a state after two bare names joined by "and", which may then be places
    #: ("Paris and London were hit by storms. They said …" is no one's; "Apple and Google declined to comment" act)
    coordination_state_verbs: frozenset[str] = frozenset()
    #: (round 48, encomments2) English bare verbs that make a two-word clause after a plural subject ("said that
    #: Armenians lie", "claimed that prices rise"), as a past form does
    plural_clause_verbs: frozenset[str] = frozenset()
    #: (round 48, encomments2) English verbs of agreeing before "with" and a person, whose "when he/she …" is that
    #: person's ("I agree with Mike when he says …")
    agreement_verbs: frozenset[str] = frozenset()
    #: (round 40, enitsaid) English nouns of a public body or a group described ("the agency", "the ministry"): with
    #: `company_descriptions`, "the <noun>" stands for the organisation speaking before or named in the sentence before
    body_descriptions: frozenset[str] = frozenset()
    #: (round 47, enresolve) English role nouns of one sex ("the congresswoman", "the congressman"): a description with
    #: one names no one of the other sex seen with a fitting title
    female_roles: frozenset[str] = frozenset()
    male_roles: frozenset[str] = frozenset()
    unisex_first_names: frozenset[str] = frozenset()
    #: (round 38, enwire) English head nouns of a news outlet described before its name ("state news agency Xinhua",
    #: "Chinese state media outlet CCTV"), with `org_heads` and `company_descriptions`
    media_heads: frozenset[str] = frozenset()
    #: (round 47, enmedia) English names of news outlets, lower case, without a leading "the" ("cnn", "washington
    #: post"): "CNN has learned that …", "Per Reuters, …"
    news_outlets: frozenset[str] = frozenset()
    #: (round 48, ennewsspeakers) English section headings glued to a sentence's first word ("Summary Studies show …")
    heading_words: frozenset[str] = frozenset()
    #: (round 52, en3left) last words of a publication's or an organisation's name before a person's in one run
    outlet_name_ends: frozenset[str] = frozenset()
    #: (round 48, ennews3) English research nouns whose subject carries a sample postmodifier ("A 2019 study in 120
    #: adults found that …") and the prepositions of it
    study_nouns: frozenset[str] = frozenset()
    study_postmodifier_preps: frozenset[str] = frozenset()
    #: (round 38, enwire) English figures a company or an authority publishes: as the object of "reported" no speech
    #: ("it reported its latest quarterly earnings", "reported a net loss of $2 billion", "reported 24 new cases")
    figure_objects: frozenset[str] = frozenset()
    #: (round 37, w5) English objects of "said" itself ("said prayers", "said goodbye"): no subject of a reported clause
    said_objects: frozenset[str] = frozenset()
    #: (round 37, w5) English nouns of a cue's medium that may close its content ("said … in a statement")
    medium_nouns: frozenset[str] = frozenset()
    #: (round 47, enend) participles of a medium's publication after its noun ("a statement posted online")
    publication_participles: frozenset[str] = frozenset()
    #: (round 47, enend) medium nouns without an article after their preposition ("in remarks at …")
    articleless_medium_nouns: frozenset[str] = frozenset()
    #: (round 47, enend) words of a medium's place after that participle ("posted online", "on its website")
    medium_places: frozenset[str] = frozenset()
    #: (round 37, w5) English adverbs of order before a participle with its agent ("a filing first reported by CNBC")
    report_order_adverbs: frozenset[str] = frozenset()
    #: (round 49, auditnews3) English nouns a quotation names when it stands right before them ('the "Drive Sober. Arrive
    #: Alive." campaign')
    quoted_name_heads: frozenset[str] = frozenset()
    #: (round 52, seedleft) English nouns of a theme or title before "of" and a quotation ('a sermon on the theme of "faith
    #: passed from generation to generation."')
    theme_of_nouns: frozenset[str] = frozenset()
    #: (round 37, w5) English words after which an anonymous source's postmodifier goes on ("people with knowledge of the
    #: matter", "people briefed on the talks"): a bare noun after "with", a participle before its preposition
    source_knowledge_nouns: frozenset[str] = frozenset()
    source_participles: frozenset[str] = frozenset()
    #: (round 38, endesc) English: Chinese and Korean family names, written first ("Xi Jinping", "Moon Jae-in")
    family_first_surnames: frozenset[str] = frozenset()
    #: (round 38, endesc) English places shaped like such a name ("Hong Kong")
    family_first_places: frozenset[str] = frozenset()
    #: English cues of asking, after which "if" means "whether" ("asked if …"); after other cues it opens a condition
    question_cues: frozenset[str] = frozenset()
    #: (round 34) memo of `_title_word` (the suffix scan runs for every capitalised word; the lists grew)
    _title_memo: dict[str, bool] = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)
    #: (speed) memo of `is_title` and `is_source_noun` by (test, word)
    _word_memo: dict[tuple[str, str], bool] = field(default_factory=dict, init=False, compare=False, hash=False,
                                                    repr=False)
    #: (speed) memo of `word_set`
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)

    def word_set(self, key: str, make: Callable[[], frozenset[str]]) -> frozenset[str]:
        """(speed) A word set made from the lexicon's lists alone (a union that a rule reads for every cue), made
        once per lexicon: `make()` the first time a rule asks for `key` (a constant of the rule), after that the same
        set."""
        words = self._word_sets.get(key)
        if words is None:
            words = self._word_sets[key] = make()
        return words

    def pronoun_gender(self, word: str) -> str | None:
        w = word.lower()
        return "m" if w in self.male_pronouns else "f" if w in self.female_pronouns else None

    def is_first_name(self, word: str) -> bool:
        """A known first name of either gender (case-insensitive): "Hillary", "Bärbel"."""
        w = word.lower()
        return w in self.male_names or w in self.female_names or ("-" in w and self._compound_first_gender(w) is not None)

    def _compound_first_gender(self, w: str) -> str | None:
        """(round 45, depronouns) a hyphenated first name of two or three listed first names ("franz-bernhard",
        "anna-lena"; the lists hold only some such compounds): the gender of its first part, else None ("Baden-Baden",
        "Paul-Ehrlich-Institut" are none)."""
        parts = w.split("-")
        if not 2 <= len(parts) <= 3 or not all(p in self.male_names or p in self.female_names for p in parts):
            return None
        return "m" if parts[0] in self.male_names else "f"

    def name_gender(self, name: str, titles: set[str] | frozenset[str] = frozenset()) -> str | None:
        """"m", "f" or None (unknown) for a canonical name, from its first name or a gendered title."""
        first = name.split()[0].lower() if name else ""
        if self.lang == "en" and titles:
            # (round 36) only an honorific seen with the name tells its gender, not a club or a place before it that is
            # also a first name: "Chelsea manager Andre Villas-Boas" was a woman ("he" went to another man)
            titles = {t for t in titles if self.is_title(t) or t in ("miss", "madam")}
        # (round 46, speakers) the name's own first name decides before the words seen before it: German keeps the
        # words of a sentence before a name as its titles, and "Peter Müller lobte Anna Schmidt. Sie sagte, …" made
        # Anna Schmidt a man by "peter" (the "sie" was no one's)
        if first in self.male_names:
            return "m"
        if first in self.female_names:
            return "f"
        if titles & self.male_names:
            return "m"
        if titles & self.female_names:
            return "f"
        if "-" in first and (g := self._compound_first_gender(first)) is not None:
            return g  # (round 45, depronouns) "Franz-Bernhard Bühler"
        # (German) the grammatical gender of a title seen right before the name (a marker set by
        # collect_entities): "Ministerpräsident Alexis Tsipras", "Ministerpräsidentin Mette Frederiksen"
        if DE_TITLE_MALE in titles:
            return "m"
        if DE_TITLE_FEMALE in titles:
            return "f"
        if " " not in name and first in self.male_person_nouns:
            return "m"  # (round 49, deleft13) a person known only by a noun of one sex: "Ihr Mann widersprach" is no "sie"
        if " " not in name and first in self.female_person_nouns:
            return "f"
        return None

    def unlisted_female(self, name: str) -> bool:
        """An unlisted first name in -a before a surname, which is mostly a woman's ("Magdalena Chu",
        "Yulia Tymoshenko"): only to keep "he"/"er" from it, never to make a name a person's."""
        words = name.split()
        first = words[0].lower() if len(words) >= 2 else ""
        return len(first) > 3 and first.endswith("a") and first.isalpha() and first not in _MALE_NAMES_IN_A \
            and first not in self.male_names and words[1][:1].isupper()

    def is_colon_title_label(self, word: str) -> bool:
        """(round 39, descare) A label of a title, motto or heading (`colon_title_labels`), also a compound's end of
        five letters or more ("Motto", "Wahlkampfmotto", "Buchtitel")."""
        return _label_or_compound(word, self.colon_title_labels)

    def is_quote_label(self, word: str) -> bool:
        """(round 47, deheadlines) A label of a quotation (`quote_labels`), also a compound's end of five letters or more
        ("Tageszitat", "Lieblingsspruch"; not "Umsatz" for "Satz")."""
        return _label_or_compound(word, self.quote_labels)

    def is_term_marker(self, word: str) -> bool:
        """A word that names the kind of the name or term quoted after it ("Film", "Initiative"); German
        compounds of a marker of six letters or more count too ("Bündnisinitiative „…“", "Tageszeitung")."""
        w = word.lower()
        if w in self.term_markers:
            return True
        if self.lang != "de":
            return False
        if "-" in w and w.rsplit("-", 1)[1] in self.term_markers:
            return True  # (round 35, de3) a hyphenated compound: "US-Sitcom „…“", "Ralph-Siegel-Lied „…“"
        return any(w.endswith(m) and len(m) >= 6 and len(w) > len(m) + 2 for m in self.term_markers) or any(
            w.endswith(m) and len(w) > len(m) + 2 for m in self.compound_term_heads)  # (round 35) "Kriegsdrama „…“"

    @staticmethod
    def _remember(memo: dict, key, test: Callable[[str], bool], word: str) -> bool:
        """(speed) `test(word)`, kept in `memo` under `key` for the callers' next look-up (bounded: a long stream of
        new words does not grow it without end)."""
        if len(memo) > 200_000:
            memo.clear()
        known = memo[key] = test(word)
        return known

    def is_particle_idiom(self, low: str) -> bool:
        """(round 37, w1) lower-case word `low` after "zu" makes a set phrase, no noble name: a listed word ("zu Wort") or
        an abstract noun ("zu Solidarität", "zu Besonnenheit")."""
        return low in self.particle_idioms or (len(low) > 6 and low.endswith(self.particle_idiom_endings))

    def is_title(self, word: str) -> bool:
        known = self._word_memo.get(("title", word))  # (speed: asked for most capitalised words, several times)
        return self._remember(self._word_memo, ("title", word), self._is_title, word) if known is None else known

    def _is_title(self, word: str) -> bool:
        if word in self.cased_titles:
            return True
        w = word.lower()
        if self.lang == "de" and len(w) > 5 and w.endswith("s") and not w.endswith("ss") and self._title_word(w[:-1]):
            return True  # a genitive: "nach Worten des Konzernchefs Richard Lutz"
        return self._title_word(w)

    def is_weak_title(self, word: str) -> bool:
        """German (round 29): the weak accusative, dative or plural form of a title in -ent ("Präsidenten",
        "Vizepräsidenten"): a title before a person's name ("seinen Vizepräsidenten Lyndon B. Johnson"), not always
        elsewhere ("die CDU-Ministerpräsidenten Thüringens" is a plural)."""
        w = word.lower()
        if self.lang != "de" or len(w) <= 6:
            return False
        if len(w) > 7 and w.endswith("enten") and self._title_word(w[:-2]):
            return True
        # (round 37, w2) also other weak nouns: "des Analysten Jan Kurz", "des Auto-Experten Ferdinand Dudenhöffer" (the
        # title was lost, so "der Analyst" later named no one)
        # (round 44, dewahl) and an adjectival title's -en form: "auf den bisherigen Parteivorsitzenden Laschet", "dem
        # CDU-Vorsitzenden Merz" (the canonical name kept the title, "Parteivorsitzenden Laschet")
        return (w.endswith(("sten", "anten", "aten", "ogen", "omen")) and self.is_title(word[:-2])) or (
            w.endswith(("experten", "enden")) and self.is_title(word[:-1]))

    def _title_word(self, w: str) -> bool:
        known = self._title_memo.get(w)
        return self._remember(self._title_memo, w, self._title_word_uncached, w) if known is None else known

    def _title_word_uncached(self, w: str) -> bool:
        if w in self.titles or any(w.endswith(s) and len(w) > len(s) + 2 for s in self.title_suffixes):
            return True
        if self.lang == "de" and "-" in w and len(last := w.rsplit("-", 1)[1]) > 3 and last in self.titles:
            return True  # (round 42, deleftovers) a listed title after a party's or a place's prefix: "SP-Nationalrat",
            # "SPD-Stadtrat" (the suffixes covered only "-politiker", "-chef", …)
        if self.lang == "en" and "-" in w:  # "secretary-general", "vice-president", "president-elect"
            parts = w.split("-")
            return len(parts) == 2 and all(parts) and (
                (parts[0] in self.titles and parts[1] in self.titles)
                or (parts[0] in _EN_TITLE_PREFIXES and parts[1] in self.titles)
                or (parts[0] in self.titles and parts[1] == "elect"))
        return False

    def is_press_word(self, w: str) -> bool:
        """German: a word (lower case) of a newspaper's, a magazine's or a broadcaster's name (yaml `press_names`, or a
        word of more than six letters ending in one of `press_endings`: "rundschau", "tagblatt")."""
        return w in self.press_names or (len(w) > 6 and w.endswith(self.press_endings))

    def is_mute_noun(self, word: str) -> bool:
        """A noun naming a thing or an event that cannot speak ("Gewitter"), also as the end of a
        compound for entries of six letters or more ("Sturmböen" no, "Haftstrafe" yes)."""
        w = word.lower()
        return w in self.mute_nouns or any(len(n) >= 6 and w.endswith(n) for n in self.mute_nouns)

    def is_document_head(self, word: str) -> bool:
        """(round 48, deleft8) A German document noun (`document_nouns`), also as the end of a compound for entries of
        five letters or more after at least three letters ("Positionspapier", "Jahresbericht", "Rechtsgutachten"; not
        "Fakten", "Kontext"); a newspaper's compound stays out ("Tageszeitung" holds a document, is none)."""
        w = word.lower()
        return w in self.document_nouns or (not w.endswith("zeitung") and any(
            len(n) >= 5 and len(w) - len(n) >= 3 and w.endswith(n) for n in self.document_nouns))

    def is_source_noun(self, word: str) -> bool:
        """A capitalised noun naming a source of information, also as a compound (Polizeiangaben)."""
        known = self._word_memo.get(("source", word))  # (speed: the suffix scan ran for every call)
        return self._remember(self._word_memo, ("source", word), self._is_source_noun, word) if known is None else known

    def _is_source_noun(self, word: str) -> bool:
        w = word.lower()
        # (round 26: also after a lower-case first part, "Nach dpa-Informationen will GM …")
        return (word[:1].isupper() or ("-" in word and word.rsplit("-", 1)[1][:1].isupper())) \
            and any(w.endswith(s) for s in self.source_nouns)

    def is_cue_verb(self, word: str) -> bool:
        return word.lower() in self.cue_verbs

    @classmethod
    def from_dict(cls, d: dict) -> Lexicon:
        sep = {}
        for verb, parts in (d.get("separable") or {}).items():
            parts = parts if isinstance(parts, list) else [parts]
            for form in _swiss(d, [str(verb).lower()]):
                sep[form] = frozenset(_swiss(d, [str(p).lower() for p in parts]))
        light: dict[str, set[str]] = {}
        for noun, verbs in (d.get("light_verbs") or {}).items():
            for v in _swiss(d, [str(v).lower() for v in verbs]):
                light.setdefault(v, set()).update(_swiss(d, [str(noun).lower()]))
        return cls(
            lang=d["lang"],
            stopwords=_set(d, "stopwords"),
            cue_verbs=_set(d, "cue_verbs"),
            separable=sep,
            addressee_verbs=_set(d, "addressee_verbs"),
            content_nouns=_set(d, "content_nouns"),
            source_before=tuple(tuple(str(w).lower() for w in p) for p in d.get("source_before") or []),
            source_after=_set(d, "source_after"),
            so_cues=_set(d, "so_cues"),
            complementizers=_set(d, "complementizers"),
            fronting=_set(d, "fronting"),
            clause_starters=_set(d, "clause_starters"),
            bare_complement_verbs=_set(d, "bare_complement_verbs"),
            prepositions=_set(d, "prepositions"),
            pronouns=_set(d, "pronouns"),
            person_pronouns=_set(d, "person_pronouns"),
            determiners=_set(d, "determiners"),
            skippable=_set(d, "skippable"),
            clause_breakers=_set(d, "clause_breakers"),
            konjunktiv=_set(d, "konjunktiv"),
            konjunktiv_i=_with_particles(_set(d, "konjunktiv_i"), _set(d, "konjunktiv_i_particles")),
            konjunktiv_ii=_set(d, "konjunktiv_ii"),
            titles=_set(d, "titles"),
            cased_titles=frozenset(str(w) for w in d.get("cased_titles") or []),
            title_suffixes=tuple(str(w).lower() for w in d.get("title_suffixes") or []),
            abbreviations=_set(d, "abbreviations"),
            term_markers=_set(d, "term_markers"),
            compound_term_heads=tuple(str(w).lower() for w in d.get("compound_term_heads") or []),
            title_openers=_set(d, "title_openers"),
            source_nouns=tuple(str(w).lower() for w in d.get("source_nouns") or []),
            source_noun_preps=_set(d, "source_noun_preps"),
            clause_openers=_set(d, "clause_openers"),
            consequence_openers=_set(d, "consequence_openers"),
            embedded_cue_openers=_set(d, "embedded_cue_openers"),
            embedded_cue_main_openers=_set(d, "embedded_cue_main_openers"),
            direction_adverbs=_set(d, "direction_adverbs"),
            let_verbs=_set(d, "let_verbs"),
            let_infinitives=_set(d, "let_infinitives"),
            obligation_modals=_set(d, "obligation_modals"),
            question_infinitives=_set(d, "question_infinitives"),
            zu_infinitive_cues=_set(d, "zu_infinitive_cues"),
            zu_speech_governors=_set(d, "zu_speech_governors"),
            reportative=_set(d, "reportative"),
            speech_act_verbs=_set(d, "speech_act_verbs"),
            infinitive_acts=_set(d, "infinitive_acts"),
            request_verbs=_set(d, "request_verbs"),
            addressee_acts=_word_map(d, "addressee_acts"),
            as_acts=_set(d, "as_acts"),
            naming_acts=_set(d, "naming_acts"),
            naming_act_adjectives=_set(d, "naming_act_adjectives"),
            naming_act_not_predicates=_set(d, "naming_act_not_predicates"),
            will_prediction_verbs=_set(d, "will_prediction_verbs"),
            proceeding_parties=_set(d, "proceeding_parties"),
            concession_objects=_set(d, "concession_objects"),
            written_work_nouns=_set(d, "written_work_nouns"),
            on_demand_verbs=_set(d, "on_demand_verbs"),
            person_subject_infinitives=_set(d, "person_subject_infinitives"),
            appeal_verbs=_set(d, "appeal_verbs"),
            non_speech_objects=_set(d, "non_speech_objects"),
            negated_acts=_set(d, "negated_acts"),
            ruled_out_objects=tuple(sorted(_set(d, "ruled_out_objects"))),
            ruled_out_adverbs=_set(d, "ruled_out_adverbs"),
            fronted_thing_nouns=tuple(sorted(_set(d, "fronted_thing_nouns"))),
            particle_idioms=_set(d, "particle_idioms"),
            particle_idiom_endings=tuple(str(w).lower() for w in d.get("particle_idiom_endings") or []),
            non_speech_verbs=_set(d, "non_speech_verbs"),
            held_seat_verbs=_set(d, "held_seat_verbs"),
            held_seat_objects=_set(d, "held_seat_objects"),
            thing_subject_verbs=_set(d, "thing_subject_verbs"),
            office_passives=_set(d, "office_passives"),
            evidence_verbs=_set(d, "evidence_verbs"),
            evidence_adverbs=_set(d, "evidence_adverbs"),
            contest_verbs=_set(d, "contest_verbs"),
            # (with the denials of contest_verbs, reply_cues and turn_back_verbs: one set for `_de_was_denial_cue`)
            denial_verbs=_set(d, "denial_verbs") | _set(d, "contest_verbs") | _set(d, "reply_cues")
            | _set(d, "turn_back_verbs"),
            contest_objects=tuple(str(w).lower() for w in d.get("contest_objects") or []),
            turn_back_verbs=_set(d, "turn_back_verbs"),
            procedural_objects=tuple(sorted(_set(d, "procedural_objects"))),
            court_words=tuple(sorted(_set(d, "court_words"))),
            court_abbreviations=frozenset(d.get("court_abbreviations", ())),
            ruling_confirm_verbs=_set(d, "ruling_confirm_verbs"),
            ruling_objects=tuple(sorted(_set(d, "ruling_objects"))),
            body_names={body_name_key(str(n)): i for i, group in enumerate(d.get("body_names") or ()) for n in group},
            body_name_heads=frozenset(str(n).split()[-1].lower() for group in d.get("body_names") or () for n in group),
            plural_ruling_cues=_set(d, "plural_ruling_cues"),
            de_rule_endings=tuple(sorted(_set(d, "rule_noun_endings"))),
            reason_phrases=tuple(tuple(str(w).lower() for w in p) for p in d.get("reason_phrases") or ()),
            turn_back_particles=_set(d, "turn_back_particles"),
            thought_object_prepositions=_set(d, "thought_object_prepositions"),
            address_forms=_set(d, "address_forms"),
            turn_back_objects=tuple(str(w).lower() for w in d.get("turn_back_objects") or []),
            object_articles=_set(d, "object_articles"),
            oblique_articles=_set(d, "oblique_articles"),
            fronted_object_openers=_set(d, "fronted_object_openers"),
            auxiliaries=_set(d, "auxiliaries"),
            passive_auxiliaries=_set(d, "passive_auxiliaries"),
            state_passive_auxiliaries=_set(d, "state_passive_auxiliaries"),
            impersonal_cues=_set(d, "impersonal_cues"),
            heard_cues=_set(d, "heard_cues"),
            speaker_light_nouns=_set(d, "speaker_light_nouns"),
            circle_source_nouns=_set(d, "circle_source_nouns"),
            ownerless_source_nouns=_set(d, "ownerless_source_nouns"),
            ownerless_source_adjectives=_set(d, "ownerless_source_adjectives"),
            circle_heads=tuple(sorted(_set(d, "circle_heads"))),
            wonach_nouns=tuple(sorted(_set(d, "wonach_nouns"))),
            citing_verbs=_set(d, "citing_verbs"),
            dative_articles=_set(d, "dative_articles"),
            speaking_persons=tuple(sorted(_set(d, "speaking_persons"))),
            topic_von_cues=_set(d, "topic_von_cues"),
            anaphoric_subjectless=_set(d, "anaphoric_subjectless"),
            heard_adverbs=_set(d, "heard_adverbs"),
            heard_source_prepositions=_set(d, "heard_source_prepositions"),
            heard_adjunct_prepositions=_set(d, "heard_adjunct_prepositions"),
            source_prepositions=_set(d, "source_prepositions"),
            quoted_passives=_set(d, "quoted_passives"),
            trailing_source_prepositions=_set(d, "trailing_source_prepositions"),
            reflexive_not_cues=_set(d, "reflexive_not_cues"),
            possessives=_set(d, "possessives"),
            not_subjects=_set(d, "not_subjects"),
            reduced_relatives=_set(d, "reduced_relatives"),
            own_words=_set(d, "own_words"),
            object_nouns=_set(d, "object_nouns"),
            contrast_adverbs=_set(d, "contrast_adverbs"),
            view_verbs=_set(d, "view_verbs"),
            view_adverbs=_set(d, "view_adverbs"),
            opinion_nouns=_set(d, "opinion_nouns"),
            reply_cues=_set(d, "reply_cues"),
            event_heads=_set(d, "event_heads"),
            quoted_name_prepositions=_set(d, "quoted_name_prepositions"),
            as_if_words=_set(d, "as_if_words"),
            quantifier_pronouns=_set(d, "quantifier_pronouns"),
            infinitive_adverbials=_set(d, "infinitive_adverbials"),
            risk_verbs=_set(d, "risk_verbs"),
            risk_infinitives=_set(d, "risk_infinitives"),
            risk_bare_infinitives=_set(d, "risk_bare_infinitives"),
            state_nouns=_set(d, "state_nouns"),
            poll_result_participles=_set(d, "poll_result_participles"),
            quoting_verbs=_set(d, "quoting_verbs"),
            ly_nouns=_set(d, "ly_nouns"),
            subject_adverbs=_set(d, "subject_adverbs"),
            work_title_nouns=_set(d, "work_title_nouns"),
            definition_as_verbs=_set(d, "definition_as_verbs"),
            rating_labels=_set(d, "rating_labels"),
            rating_words=_set(d, "rating_words"),
            colon_title_labels=_set(d, "colon_title_labels"),
            filed_nouns=_set(d, "filed_nouns"),
            self_naming_verbs=_set(d, "self_naming_verbs"),
            self_naming_reflexives=_set(d, "self_naming_reflexives"),
            distancing_words=_set(d, "distancing_words"),
            quote_labels=_set(d, "quote_labels"),
            ed_adjectives=_set(d, "ed_adjectives"),
            emerge_verbs=_set(d, "emerge_verbs"),
            predicative_verbs=_set(d, "predicative_verbs"),
            speaking_bodies=tuple(str(w).lower() for w in d.get("speaking_bodies") or []),
            named_body_nouns=tuple(str(w).lower() for w in d.get("named_body_nouns") or []),
            past_verbs=_set(d, "past_verbs"),
            not_past=_set(d, "not_past"),
            adverbial_subordinators=_set(d, "adverbial_subordinators"),
            impersonal_not_sources=_set(d, "impersonal_not_sources"),
            impersonal_sign_endings=tuple(sorted(_set(d, "impersonal_sign_endings"))),
            colon_reaction_verbs=_set(d, "colon_reaction_verbs"),
            title_says_objects=_set(d, "title_says_objects"),
            us_states=_set(d, "us_states"),
            city_regions=_set(d, "us_states") | _set(d, "city_regions"),
            press_names=_set(d, "press_names"),
            sunday_papers=_set(d, "sunday_papers"),
            quoted_name_accusative_prepositions=_set(d, "quoted_name_accusative_prepositions"),
            press_endings=tuple(str(w).lower() for w in d.get("press_endings") or []),
            press_descriptions=tuple(str(w).lower() for w in d.get("press_descriptions") or []),
            talk_show_names=_set(d, "talk_show_names"),
            opinion_verbs=_set(d, "opinion_verbs"),
            negation_pronouns=_set(d, "negation_pronouns"),
            # (round 42, deculture) and the mood adjectives of "zeigte sich …" opening a sentence before its verb:
            # "Gerührt sagte Helene: „…“", "Unbeeindruckt nahm Gal die Ehrung an und sagte" (the speaker was the word)
            fronted_adverbs=_set(d, "fronted_adverbs") | (frozenset(
                str(w).lower() for w in ((d.get("separable") or {}).get("zeigte") or ())) - _set(d, "not_fronted_moods")),
            quotation_introducers=tuple(tuple(w.lower() for w in p) for p in d.get("quotation_introducers", [])),
            document_nouns=_set(d, "document_nouns"),
            speech_nouns=_set(d, "speech_nouns"),
            statement_documents=_set(d, "statement_documents"),
            call_nouns=_set(d, "call_nouns"),
            call_places=_set(d, "call_places"),
            speech_setting_words=_set(d, "speech_setting_words"),
            public_office_qualifiers=_set(d, "public_office_qualifiers"),
            purpose_floor_verbs=_set(d, "purpose_floor_verbs"),
            purpose_occasion_verbs=_set(d, "purpose_occasion_verbs"),
            attitude_konjunktiv=_set(d, "attitude_konjunktiv"),
            group_nouns=_set(d, "group_nouns"),
            content_only_separable=_word_map(d, "content_only_separable"),
            finite_only_acts=_set(d, "finite_only_acts"),
            changed_particles=_word_map(d, "changed_particles"),
            advice_acts=_set(d, "advice_acts"),
            advice_objects=_set(d, "advice_objects"),
            passive_infinitive_cues=_set(d, "passive_infinitive_cues"),
            negative_subjects=_set(d, "negative_subjects"),
            mock_quote_labels=_set(d, "mock_quote_labels"),
            chat_tags=_set(d, "chat_tags"),
            comment_byline_verbs=_set(d, "comment_byline_verbs"),
            reflexive_acts={str(k).lower(): str(v).lower() for k, v in (d.get("reflexive_acts") or {}).items()},
            reflexive_participles=_set(d, "reflexive_participles"),
            joining_verbs=_set(d, "joining_verbs"),
            attack_verbs=_set(d, "attack_verbs"),
            attack_objects=tuple(sorted(_set(d, "attack_objects"))),
            attack_adverbs=_set(d, "attack_adverbs"),
            claim_modals=_set(d, "claim_modals"),
            joined_objects=tuple(sorted(_set(d, "joined_objects"))),
            wie_only_cues=_set(d, "wie_only_cues"),
            quotation_idioms={str(k).lower(): str(v).lower() for k, v in (d.get("quotation_idioms") or {}).items()},
            subject_pronouns=_set(d, "subject_pronouns"),
            coordinators=_set(d, "coordinators"),
            anaphoric_objects=_set(d, "anaphoric_objects"),
            negations=_set(d, "negations"),
            male_pronouns=_set(d, "male_pronouns"),
            female_pronouns=_set(d, "female_pronouns"),
            male_names=_set(d, "male_names"),
            female_names=_set(d, "female_names"),
            first_name_honorifics=_set(d, "first_name_honorifics"),
            light_verbs={v: frozenset(ns) for v, ns in light.items()},
            light_acts=_set(d, "light_acts"),
            light_compound_heads=_set(d, "light_compound_heads"),
            not_source_heads=_set(d, "not_source_heads"),
            condition_nouns=_set(d, "condition_nouns"),
            team_heads=tuple(sorted(_set(d, "team_heads"))),
            feminine_bodies=tuple(sorted(_set(d, "feminine_bodies"))),
            plain_participles=_set(d, "plain_participles"),
            backref_determiners=_set(d, "backref_determiners"),
            backref_adjectives=_set(d, "backref_adjectives"),
            so_back_cues=_set(d, "so_back_cues"),
            quantifiers=_set(d, "quantifiers"),
            kin_nouns=_set(d, "kin_nouns"),
            attention_imperatives=_set(d, "attention_imperatives"),
            perception_verbs=_set(d, "perception_verbs"),
            recording_nouns=_set(d, "recording_nouns"),
            hypothetical_imperatives=_set(d, "hypothetical_imperatives"),
            open_request_subjects=_set(d, "open_request_subjects"),
            open_request_verbs=_set(d, "open_request_verbs"),
            idea_nouns=_set(d, "idea_nouns"),
            fact_predicates=_set(d, "fact_predicates"),
            fact_predicate_objects=_set(d, "fact_predicate_objects"),
            owned_report_nouns=_set(d, "owned_report_nouns"),
            relative_object_verbs=_set(d, "relative_object_verbs"),
            postmodifiers=_set(d, "postmodifiers"),
            document_participles=_set(d, "document_participles"),
            document_relative_participles=_set(d, "document_relative_participles"),
            relative_document_nouns=_set(d, "relative_document_nouns"),
            relative_pronouns=_set(d, "relative_pronouns"),
            adjunct_preps=_set(d, "adjunct_preps"),
            object_verbs=_set(d, "object_verbs"),
            quoted_name_heads=_set(d, "quoted_name_heads"),
            theme_of_nouns=_set(d, "theme_of_nouns"),
            not_nouns=_set(d, "not_nouns"),
            noun_like_cues=_set(d, "noun_like_cues"),
            attributive_participles=_set(d, "attributive_participles"),
            place_bodies=_set(d, "place_bodies"),
            case_roles=_set(d, "case_roles"),
            bare_people_plurals=_set(d, "bare_people_plurals"),
            person_roles=_set(d, "person_roles"),
            lay_roles=_set(d, "lay_roles"),
            media_telling_verbs=_set(d, "media_telling_verbs"),
            accused_roles=_set(d, "accused_roles"),
            charge_words=tuple(sorted(_set(d, "charge_words"))),
            expert_descriptions=_set(d, "expert_descriptions"),
            saying_act_verbs=_set(d, "saying_act_verbs"),
            expert_title_endings=tuple(sorted(_set(d, "expert_title_endings"), key=len, reverse=True)),
            male_person_nouns=_set(d, "male_person_nouns"),
            female_person_nouns=_set(d, "female_person_nouns"),
            lead_person_nouns=_set(d, "lead_person_nouns"),
            gap_object_verbs=_set(d, "gap_object_verbs"),
            event_subjects=_set(d, "event_subjects"),
            event_show_subjects=_set(d, "event_show_subjects"),
            ge_stem_presents=_set(d, "ge_stem_presents"),
            holding_cues=_set(d, "holding_cues"),
            inner_stance_cues=_set(d, "inner_stance_cues"),
            time_span_nouns=_set(d, "time_span_nouns"),
            colon_light_verbs=_set(d, "colon_light_verbs"),
            light_noun_games={str(n).lower(): frozenset(str(w).lower() for w in ws)
                              for n, ws in (d.get("light_noun_games") or {}).items()},
            document_release_verbs=_set(d, "document_release_verbs"),
            rebuttal_verbs=_set(d, "rebuttal_verbs"),
            hearsay_nouns=_set(d, "hearsay_nouns"),
            owned_source_nouns=_set(d, "owned_source_nouns"),
            evidence_participles=_set(d, "evidence_participles"),
            quote_only_cues=_set(d, "quote_only_cues"),
            state_cues=_set(d, "state_cues"),
            bare_state_cues=_set(d, "bare_state_cues"),
            cue_noun_adjectives=_set(d, "cue_noun_adjectives"),
            after_quotation_cues=_set(d, "after_quotation_cues"),
            quotation_calls=_set(d, "quotation_calls"),
            quotation_particle_verbs=_word_map(d, "quotation_particle_verbs"),
            back_particle_cues=_set(d, "back_particle_cues"),
            wish_quotation_verbs=_set(d, "wish_quotation_verbs"),
            topic_quotation_verbs=_word_map(d, "topic_quotation_verbs"),
            mute_nouns=_set(d, "mute_nouns"),
            reason_nouns=_set(d, "reason_nouns"),
            result_participles=_set(d, "result_participles"),
            org_heads=_set(d, "org_heads"),
            corporate_suffixes=_set(d, "corporate_suffixes"),
            as_participles=_set(d, "as_participles"),
            company_nouns=tuple(sorted(_set(d, "company_nouns"), key=len, reverse=True)),
            placed_body_nouns=tuple(sorted(_set(d, "placed_body_nouns"), key=len, reverse=True)),
            union_names=_set(d, "union_names"),
            feminine_company_names=_set(d, "feminine_company_names"),
            party_member_nouns={str(k).lower(): str(v) for k, v in (d.get("party_member_nouns") or {}).items()},
            place_keys={str(k).lower(): frozenset([str(v)] if isinstance(v, str) else map(str, v))
                        for k, v in (d.get("place_keys") or {}).items()},
            state_abbreviations={str(k).lower(): str(v) for k, v in (d.get("state_abbreviations") or {}).items()},
            office_endings=tuple(sorted(_set(d, "office_endings"), key=len, reverse=True)),
            function_roles=tuple(sorted(_set(d, "function_roles"), key=len, reverse=True)),
            office_synonyms={str(k).lower(): tuple(str(x).lower() for x in (v if isinstance(v, list) else [v]))
                             for k, v in (d.get("office_synonyms") or {}).items()},
            office_levels=tuple(sorted(_set(d, "office_levels"), key=len, reverse=True)),
            national_office_levels=tuple(sorted(_set(d, "national_office_levels"), key=len, reverse=True)),
            region_adjectives=tuple(sorted(_set(d, "region_adjectives"), key=len, reverse=True)),
            demonyms=_set(d, "demonyms"),
            nationality_adjectives=_set(d, "nationality_adjectives"),
            country_names=_set(d, "country_names"),
            alliance_names=_set(d, "alliance_names"),
            person_group_nouns=tuple(sorted(_set(d, "person_group_nouns"))),
            country_object_heads=tuple(sorted(_set(d, "country_object_heads"), key=len, reverse=True)),
            state_act_verbs=_set(d, "state_act_verbs"),
            narration_comma_cues=_set(d, "narration_comma_cues"),
            state_act_speakers=tuple(sorted(_set(d, "state_act_speakers"), key=len, reverse=True)),
            market_state_verbs=_set(d, "market_state_verbs"),
            market_subjects=tuple(sorted(_set(d, "market_subjects"), key=len, reverse=True)),
            demonym_papers=_set(d, "demonym_papers"),
            witness_nouns=_set(d, "witness_nouns"),
            witness_acts=tuple(tuple(str(w).lower() for w in p) for p in d.get("witness_acts") or ()),
            nominal_act_verbs=_set(d, "nominal_act_verbs"),
            come_to_speak=_set(d, "come_to_speak"),
            viewing_nouns=_set(d, "viewing_nouns"),
            viewed_objects=tuple(sorted(_set(d, "viewed_objects"), key=len, reverse=True)),
            nominal_acts=tuple(sorted(_set(d, "nominal_acts"), key=len, reverse=True)),
            received_act_verbs=_set(d, "received_act_verbs"),
            met_act_verbs=_set(d, "met_act_verbs"),
            content_object_acts={str(k).lower(): frozenset(str(x).lower() for x in (v if isinstance(v, list) else [v] if v else []))
                                 for k, v in (d.get("content_object_acts") or {}).items()},
            content_object_nouns=tuple(sorted(_set(d, "content_object_nouns"), key=len, reverse=True)),
            headline_source_labels=tuple(sorted(_set(d, "headline_source_labels"), key=len, reverse=True)),
            headline_ge_finite=_set(d, "headline_ge_finite"),
            headline_ge_either=_set(d, "headline_ge_either"),
            stance_act_verbs=_set(d, "stance_act_verbs"),
            testimony_cues={str(k).lower(): frozenset(str(x).lower() for x in (v if isinstance(v, list) else [v] if v else []))
                            for k, v in (d.get("testimony_cues") or {}).items()},
            reported_person_heads=tuple(sorted(_set(d, "reported_person_heads"))),
            received_acts=tuple(sorted(_set(d, "received_acts"), key=len, reverse=True)),
            poll_nouns=tuple(sorted(_set(d, "poll_nouns"), key=len, reverse=True)),
            figure_nouns=tuple(sorted(_set(d, "figure_nouns"), key=len, reverse=True)),
            finding_nouns=tuple(sorted(_set(d, "finding_nouns"), key=len, reverse=True)),
            result_nouns=_set(d, "result_nouns"),
            appendix_adverbs=_set(d, "appendix_adverbs"),
            push_verbs=_set(d, "push_verbs"),
            push_objects=_set(d, "push_objects"),
            poll_institutes=_set(d, "poll_institutes"),
            particle_acts=_word_map(d, "particle_acts"),
            not_sources=_set(d, "not_sources"),
            preposition_acts=_word_map(d, "preposition_acts"),
            that_only_cues=_set(d, "that_only_cues"),
            time_words=_set(d, "time_words"),
            plan_time_words=_set(d, "plan_time_words"),
            plan_schedule_ends=tuple(tuple(str(w).lower() for w in p) for p in d.get("plan_schedule_ends") or ()),
            plan_period_words=_set(d, "plan_period_words"),
            weekdays=_set(d, "weekdays"),
            after_only_cues=_set(d, "after_only_cues"),
            number_abbreviations=_set(d, "number_abbreviations"),
            month_names=_set(d, "month_names"),
            inversion_cues=_set(d, "inversion_cues"),
            plural_inversion_cues=_set(d, "plural_inversion_cues"),
            infinitive_nouns=_set(d, "infinitive_nouns"),
            inversion_openers=_set(d, "inversion_openers"),
            stance_cues=_set(d, "stance_cues"),
            belief_participles=_set(d, "belief_participles"),
            passive_means_nouns=_set(d, "passive_means_nouns"),
            speech_record_nouns=_set(d, "speech_record_nouns"),
            opening_connectives=_set(d, "opening_connectives"),
            object_relative_heads=_set(d, "object_relative_heads"),
            relative_object_nouns=_set(d, "relative_object_nouns"),
            assurance_verbs=_set(d, "assurance_verbs"),
            object_gerund_acts=_set(d, "object_gerund_acts"),
            not_cue_before=_word_map(d, "not_cue_before"),
            impersonal_passive_cues=_set(d, "impersonal_passive_cues"),
            say_idiom_words=_set(d, "say_idiom_words"),
            perfect_adjunct_preps=_set(d, "perfect_adjunct_preps"),
            question_cues=_set(d, "question_cues"),
            premier_modifiers=_set(d, "premier_modifiers"),
            raising_participles=_set(d, "raising_participles"),
            former_words=_set(d, "former_words"),
            indefinite_subjects=_set(d, "indefinite_subjects"),
            quantifier_speakers=_set(d, "quantifier_speakers"),
            coordinated_report_cues=_set(d, "coordinated_report_cues"),
            recap_nouns=_set(d, "recap_nouns"),
            recap_verbs=_set(d, "recap_verbs"),
            recap_inversions=_set(d, "recap_inversions"),
            subject_prepositions=_set(d, "subject_prepositions"),
            content_frame_nouns=_set(d, "content_frame_nouns"),
            alert_hazards=_set(d, "alert_hazards"),
            company_descriptions=_set(d, "company_descriptions"),
            title_company_words=_set(d, "title_company_words"),
            member_body_heads=_set(d, "member_body_heads"),
            vocative_openers=_set(d, "vocative_openers"),
            object_perception_cues=_set(d, "object_perception_cues"),
            company_name_heads=_set(d, "company_name_heads"),
            non_person_name_words=_set(d, "non_person_name_words"),
            body_description_words=_set(d, "body_description_words"),
            career_role_heads=_set(d, "career_role_heads"),
            speech_manner_adjectives=_set(d, "speech_manner_adjectives"),
            speech_manner_degrees=_set(d, "speech_manner_degrees"),
            gesture_verbs=_set(d, "gesture_verbs"),
            company_action_verbs=_set(d, "company_action_verbs"),
            company_lead_nonnames=_set(d, "company_lead_nonnames"),
            apposition_place_prepositions=_set(d, "apposition_place_prepositions"),
            apposition_company_prepositions=_set(d, "apposition_company_prepositions"),
            fronted_participle_adjuncts=_set(d, "fronted_participle_adjuncts"),
            fronted_ing_adjuncts=_set(d, "fronted_ing_adjuncts"),
            opinion_for_nouns=_set(d, "opinion_for_nouns"),
            group_name_openers=_set(d, "group_name_openers"),
            coordination_time_words=_set(d, "coordination_time_words"),
            role_for_modifiers=_set(d, "role_for_modifiers"),
            role_to_nouns=_set(d, "role_to_nouns"),
            coordination_state_verbs=_set(d, "coordination_state_verbs"),
            plural_clause_verbs=_set(d, "plural_clause_verbs"),
            agreement_verbs=_set(d, "agreement_verbs"),
            body_descriptions=_set(d, "body_descriptions"),
            female_roles=_set(d, "female_roles"),
            male_roles=_set(d, "male_roles"),
            unisex_first_names=_set(d, "unisex_first_names"),
            media_heads=_set(d, "media_heads"),
            news_outlets=_set(d, "news_outlets"),
            heading_words=_set(d, "heading_words"),
            outlet_name_ends=_set(d, "outlet_name_ends"),
            study_nouns=_set(d, "study_nouns"),
            study_postmodifier_preps=_set(d, "study_postmodifier_preps"),
            figure_objects=_set(d, "figure_objects"),
            said_objects=_set(d, "said_objects"),
            medium_nouns=_set(d, "medium_nouns"),
            publication_participles=_set(d, "publication_participles"),
            articleless_medium_nouns=_set(d, "articleless_medium_nouns"),
            medium_places=_set(d, "medium_places"),
            report_order_adverbs=_set(d, "report_order_adverbs"),
            source_knowledge_nouns=_set(d, "source_knowledge_nouns"),
            source_participles=_set(d, "source_participles"),
            family_first_surnames=_set(d, "family_first_surnames"),
            family_first_places=_set(d, "family_first_places"),
        )


#: English prefixes of a hyphenated title ("vice-chairman", "co-chair", "ex-president")
_EN_TITLE_PREFIXES = frozenset({"vice", "co", "ex", "deputy", "acting", "former", "assistant", "under"})


_BODY_NAME_ENDINGS = ("en", "er", "es", "em", "e", "n", "s", "r")


def body_name_key(name: str) -> str:
    """(round 47, deleft3) A body's name with its words in lower case, those longer than four letters without an
    inflection ending, so that "Vereinte Nationen" and "Vereinten Nationen", "Deutscher Gewerkschaftsbund" and
    "Deutsche Gewerkschaftsbund" are one key."""
    out = []
    for w in name.lower().split():
        if len(w) > 4:
            w = next((w[: -len(e)] for e in _BODY_NAME_ENDINGS if w.endswith(e)), w)
        out.append(w)
    return " ".join(out)


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of `lang` ("en", "de"); a ValueError names the languages that exist."""
    if lang not in LANGUAGES:
        raise ValueError(f"no quote cue lexicon for language {lang!r}; known: {', '.join(LANGUAGES)}")
    path = resources.files("spanbank").joinpath("data", "cues", f"{lang}.yaml")
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or data.get("lang") != lang:
        raise ValueError(f"{path}: expected a mapping with lang: {lang}")
    try:
        lex = Lexicon.from_dict(data)
    except ValueError as e:
        raise ValueError(f"{path}: {e}") from None
    if lang != "en" and not lex.family_first_surnames:
        # (round 41, denames) Chinese and Korean names are written family name first in every language's news ("Mao
        # Ning … so Mao weiter", "Yoon Suk Yeol … sagte Yoon"): the English lists serve, not copied into each file
        en = load_lexicon("en")
        lex = replace(lex, family_first_surnames=en.family_first_surnames, family_first_places=en.family_first_places)
    return lex


#: a text of at least this many words whose share of stop words of every known language is below
#: MIN_STOPWORD_SHARE is in none of them (English and German prose runs at 14–45 %, also in comments
#: and tweets of that length; Italian, Portuguese and Indonesian news pages at 0–2 %). Shorter texts
#: are too noisy to judge by stop words (an English tweet of 20 words may have none).
MIN_WORDS_FOR_REJECT = 100
MIN_STOPWORD_SHARE = 0.05
#: letters outside the Latin script (Hangul, Cyrillic, CJK, Arabic, …): more than half of them
#: means no known language, at any length from MIN_LETTERS
MIN_LETTERS = 20


#: a character from U+0250 (beyond the Latin script's blocks)
_FROM_U0250 = re.compile(r"[^\x00-\u024f]")


def _hint_lang(hint: str) -> str:
    """The language part of a tag: "de-AT" -> "de", "en_US" -> "en"."""
    return str(hint).lower().split("-")[0].split("_")[0]


def _stopword_counts(text: str) -> tuple[int, dict[str, int]]:
    """The number of words in the first 4,000 characters and, per known language, how many of them
    are its stop words (punctuation and quotation marks stripped)."""
    words = [w.strip(".,;:!?\"'()“”„«»") for w in text[:4000].lower().split()]
    # (speed: the lexicon looked up once per language, not once per word)
    counts = {lang: sum(map(load_lexicon(lang).stopwords.__contains__, words)) for lang in LANGUAGES}
    return len(words) - words.count(""), counts


def _most_stopwords(counts: dict[str, int]) -> str:
    """The language with the most stop words; the first of LANGUAGES (en) on a tie."""
    return max(LANGUAGES, key=lambda lang: (counts[lang], -LANGUAGES.index(lang)))


def supported_lang(text: str, hint: str | None = None) -> tuple[str | None, str | None]:
    """(language, None) for a text the rules can read, or (None, reason): the hint names a language
    without a cue file ("fr"), the text is mostly in another script (Korean, Russian), or a long
    text has almost none of the known languages' stop words (Italian, Indonesian). Anything else
    is read in the language `detect_lang` picks."""
    if hint:
        h = _hint_lang(hint)
        if h in LANGUAGES:
            return h, None
        return None, f"language {hint!r} has no cue words (known: {', '.join(LANGUAGES)})"
    # (speed: counted by C loops; the letters outside the Latin script are among the few characters from U+0250)
    n_letters = sum(map(str.isalpha, text[:4000]))
    n_latin = n_letters - sum(map(str.isalpha, _FROM_U0250.findall(text, 0, 4000)))
    if n_letters >= MIN_LETTERS and n_latin * 2 < n_letters:
        return None, f"the text is mostly not in the Latin script (known languages: {', '.join(LANGUAGES)})"
    n_words, counts = _stopword_counts(text)
    best = max(counts.values())
    if n_words >= MIN_WORDS_FOR_REJECT and best < MIN_STOPWORD_SHARE * n_words:
        return None, (f"the text is in none of the known languages ({', '.join(LANGUAGES)}): "
                      f"{best} of its first {n_words} words are their stop words")
    return _most_stopwords(counts), None


def detect_lang(text: str, hint: str | None = None) -> str:
    """`hint` when it names a known language, else the language whose stop words occur most (en on a tie)."""
    if hint and _hint_lang(hint) in LANGUAGES:
        return _hint_lang(hint)
    return _most_stopwords(_stopword_counts(text)[1])
