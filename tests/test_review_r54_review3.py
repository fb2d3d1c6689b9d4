"""Round 54, review3: a hostile review of the round's quote rules (dejustice, seedleft, deleft, dejleft, enleft) and
of the claims (claimsnews) and policy (polopinion) rules. All sentences written for this test.

Quotes, fixed:
* `_en_other_owner` (enleft) scanned every name of the document for each possessive description and candidate name,
  and review1's `_en_possessive_office` still scanned them all per candidate name: now a bisection of the window and
  an index of each name's positions (counted below: the names read inside the two checks).
* `_en_headline_verb_run` (enleft) split the whole line into words for each capitalised run: quadratic on a long line
  (6,000,000 word checks on 39,000 characters); a headline's line is now looked for within 200 characters.
* `_en_vocative_content` (seedleft) read every token of the document for each content; `_de_owner_sex` (dejustice)
  every token before the source: both read only their own tokens now.
* a first name anywhere in a title-case headline kept its verb in the name ("Jordan Peterson Arrested in Toronto ¶ He
  said …" was "Jordan Peterson Arrested"); now a first name in -ed ("Jared") is no headline verb and the name ends
  before the verb.
* "observed" before a lower-case quotation that holds a clause is a cue again ('Smith observed "the plan is dead"'
  had no speaker; seedleft's 'its patrols had observed "signs of recent shelling"' stays a thing seen).

Claims, fixed: "forecast" makes a schedule line only for a day, the weather's ("A recession is forecast for 2025." was
furniture); a share of a group in a mood is a poll's finding ("Most Americans are skeptical." was a reported feeling).

Policy, fixed: two veiled-threat phrases put two whitespace quantifiers side by side (15 s and 5 s on 20,000 spaces;
checked by the shape of every phrase below, no clock); advice with its circumstance ("Investors should watch their
backs as rates rise"), knowing a place with the commenter's own reason ("I know where the paper's office is, I
delivered there for years"), "finds her keys", "run into them" (meeting someone) and "drive through those hills" were
THREATs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import spanbank.annotators.quote_context as quote_context
import spanbank.annotators.quote_cues as quote_cues
import spanbank.annotators.quote_indirect as quote_indirect
import spanbank.annotators.quote_speakers as quote_speakers
from spanbank.annotators.claims import not_a_claim
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document
from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run_r54_review3(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, lang, with_label=True) if q[0] in (IND, DIR)]


FIXES_R54_REVIEW3 = [
    # a first name before a headline's verb: the name ends before the verb
    ("Jordan Peterson Arrested in Toronto\nHe said the charges were false.",
     [(IND, "the charges were false", "Jordan Peterson")]),
    ("Officer Jared Smith Wounded in Shootout\nHe said he was lucky.", [(IND, "he was lucky", "Jared Smith")]),
    ("Mary Reed Charged After Crash\nShe said she was innocent.", [(IND, "she was innocent", "Mary Reed")]),
    # a quoted clause after "observed" is a remark
    ('Smith observed "the plan is dead" and left the room.', [(DIR, "the plan is dead", "Smith")]),
    ('The envoy observed "they have no plan" before leaving.', [(DIR, "they have no plan", "envoy")]),
]

GUARDS_R54_REVIEW3 = [
    # enleft's headline words: no name, or the name before the verb
    ("Man Arrested in Connection With Pharmacy Thefts\nA 34-year-old man was arrested on Tuesday. She said the arrest "
     "followed a tip.", [(IND, "the arrest followed a tip", None)]),
    ("President Biden Signed the Bill\nHe said it was historic.", [(IND, "it was historic", "Biden")]),
    # seedleft's thing seen, its vocative, its title-case name after an article
    ('The mission said its patrols had observed "signs of recent shelling" near the village.',
     [(IND, 'its patrols had observed "signs of recent shelling" near the village', "mission"),
      (DIR, "signs of recent shelling", "mission")]),
    ('As Smith observed, "the plan failed."', [(DIR, "the plan failed.", "Smith")]),
    ("Well, Mr. Aliyev, Artsakh did not ask your permission.", []),
    ("Well, Smith said the plan failed.", [(IND, "the plan failed", "Smith")]),
    ("No, Ukraine said it did not attack.", [(IND, "it did not attack", "Ukraine")]),
    ('She pushed for a "Marshall Plan for Ukraine."', []),
    ('They want a "Fair Deal For Workers," the union said.',
     [(IND, 'They want a "Fair Deal For Workers,"', "union"), (DIR, "Fair Deal For Workers,", "union")]),
    # seedleft's writer clause after "and that is"; the speaker's reasoning goes on
    ("She said Armenia is open to talks and that is the right answer.", [(IND, "Armenia is open to talks", None)]),
    ("She said Armenia is open to talks and that is why the meeting failed.",
     [(IND, "Armenia is open to talks and that is why the meeting failed", None)]),
    # enleft's ", while": a market note ends the report
    ("The company said net sales rose 6% to $4.1 billion, while its shares fell 3% in early trading.",
     [(IND, "net sales rose 6% to $4.1 billion", "company")]),
    ("Smith said revenue declined, while Jones said costs increased.", [(IND, "costs increased", "Jones")]),
    # enleft's bare plural subjects and bodies
    ("Critics say later start times just mean later bedtimes.",
     [(IND, "later start times just mean later bedtimes", "Critics")]),
    ("The company that makes the software said profits fell.", [(IND, "profits fell", "company")]),
    ("The nurses, members of the Minnesota Nurses Association, say staffing is unsafe.",
     [(IND, "staffing is unsafe", "nurses")]),
]

GUARDS_R54_REVIEW3_DE = [
    # dejustice: no woman's role or age description for "er"; a plural's possessive
    ("Die 19-Jährige erschien auf dem Revier. Er gab an, er sei bedroht worden.",
     [(IND, "er sei bedroht worden", None)]),
    ("Der 19-Jährige erschien auf dem Revier. Er gab an, er sei bedroht worden.",
     [(IND, "er sei bedroht worden", "19-Jährige")]),
    ("Die Verteidiger erklärten, der Mann sei unschuldig. Staatsanwalt Lars Vogt sieht das anders. Nach ihrer "
     "Darstellung hatte er gelogen.",
     [(IND, "der Mann sei unschuldig", "Verteidiger"), (IND, "hatte er gelogen", "Verteidiger")]),
    ("Der Angeklagte sagte, er sei unschuldig. Staatsanwältin Lena Vogt sieht das anders. Nach ihrer Darstellung hatte "
     "er gelogen.", [(IND, "er sei unschuldig", "Angeklagte"), (IND, "hatte er gelogen", "Lena Vogt")]),
    ("Zugunsten des Mannes wertete das Gericht, dass er den Schaden zurückgezahlt habe.", []),
    # deleft: slogans on signs, an owned sign, a group around its leader
    ("„Keine Experimente“, hieß es auf den Plakaten.", [(DIR, "Keine Experimente", None)]),
    ("„Wir bleiben“, hieß es auf den Transparenten der Demonstranten.",
     [(DIR, "Wir bleiben", "Transparenten der Demonstranten")]),
    ("Ein Team um den Virologen Christian Drosten berichtete, das Virus sei mutiert.",
     [(IND, "das Virus sei mutiert", "Team um den Virologen Christian Drosten")]),
    ("Die Ministerin kritisierte den Plan – er sei zu teuer.",
     [(IND, "Die Ministerin kritisierte den Plan – er sei zu teuer", "Ministerin")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_REVIEW3 + GUARDS_R54_REVIEW3)
def test_quotes_r54_review3(text: str, want: list) -> None:
    assert run_r54_review3(text) == want


@pytest.mark.parametrize(("text", "want"), GUARDS_R54_REVIEW3_DE)
def test_quotes_r54_review3_de(text: str, want: list) -> None:
    assert run_r54_review3(text, "de") == want


# -- counted reads: a list of the document's tokens and names that counts the items read while a checked function runs


class _ReadCountR54Review3(list):
    """A list that counts the items read from it (iteration, index, slice) while `_ReadCountR54Review3.on` is set."""

    on = False
    items = 0

    def __iter__(self):
        if _ReadCountR54Review3.on:
            _ReadCountR54Review3.items += len(self)
        return super().__iter__()

    def __getitem__(self, k):
        if _ReadCountR54Review3.on:
            _ReadCountR54Review3.items += len(range(*k.indices(len(self)))) if isinstance(k, slice) else 1
        return super().__getitem__(k)


def _count_reads_r54_review3(monkeypatch: pytest.MonkeyPatch, module, names: list[str]) -> list[int]:
    """Make every quote context's tokens and names counting lists, and count the items read inside the functions
    `names` of `module`; returns a list holding the number of calls."""
    calls = [0]
    init = quote_context.QuoteContext.__init__

    def counted_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.tokens = _ReadCountR54Review3(self.tokens)
        self.ents.names = _ReadCountR54Review3(self.ents.names)

    monkeypatch.setattr(quote_context.QuoteContext, "__init__", counted_init)
    for name in names:
        fn = getattr(module, name)

        def wrapped(*args, _fn=fn, **kwargs):
            calls[0] += 1
            was, _ReadCountR54Review3.on = _ReadCountR54Review3.on, True
            try:
                return _fn(*args, **kwargs)
            finally:
                _ReadCountR54Review3.on = was

        monkeypatch.setattr(module, name, wrapped)
    _ReadCountR54Review3.items = 0
    return calls


def test_quotes_r54_review3_owner_checks_read_their_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The possessive-description checks read the names of their window and one name's positions, not every name of
    the document per candidate (base: about 480 names read per call)."""
    calls = _count_reads_r54_review3(monkeypatch, quote_speakers, ["_en_other_owner", "_en_possessive_office"])
    text = "".join(f"Defense attorney Victor Hahn{i} told reporters. A co-defendant, Mark Ebner{i}, is set to be "
                   f"sentenced. His attorney said Ebner{i} was sorry. " for i in range(30))
    got = run_r54_review3(text)
    assert (IND, "Ebner29 was sorry", "attorney") in got or any(q[1] == "Ebner29 was sorry" for q in got)
    assert calls[0] > 100
    assert _ReadCountR54Review3.items <= 40 * calls[0]


def test_quotes_r54_review3_headline_line_read_near_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long line is no headline: its words are not checked once per capitalised run."""
    class Counted(frozenset):
        checks = 0

        def __contains__(self, w):
            Counted.checks += 1
            return super().__contains__(w)

    monkeypatch.setattr(quote_speakers, "_EN_HEADLINE_MINOR", Counted(quote_speakers._EN_HEADLINE_MINOR))
    text = "Man Arrested in Town with Police " * 300
    run_r54_review3(text)
    assert Counted.checks <= 1000  # (base: one check per minor word of the line per run, over 500,000)


def test_quotes_r54_review3_vocative_reads_its_content(monkeypatch: pytest.MonkeyPatch) -> None:
    """The vocative check reads the content's tokens, not the document's per content."""
    calls = _count_reads_r54_review3(monkeypatch, quote_indirect, ["_en_vocative_content"])
    text = "Well, Mr. Aliyev, Artsakh did not ask your permission. Smith, the mayor, said the plan worked. " * 100
    got = run_r54_review3(text)
    assert (IND, "the plan worked", "Smith") in got
    assert calls[0] >= 100
    assert _ReadCountR54Review3.items <= 30 * calls[0]


def test_quotes_r54_review3_owner_sex_reads_the_word_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_de_owner_sex` reads the positions of the speaker's word, not every token before the source."""
    calls = _count_reads_r54_review3(monkeypatch, quote_cues, ["_de_owner_sex"])
    text = ("Der Angeklagte sagte, er sei unschuldig. Staatsanwältin Lena Vogt sieht das anders. Nach ihrer Darstellung "
            "hatte er gelogen. ") * 60
    run_r54_review3(text, "de")
    assert calls[0] >= 30
    assert _ReadCountR54Review3.items <= 400 * calls[0]


# -- claims


# `not_a_claim`'s reason: None sends the sentence to the model
CLAIM_FIXES_R54_REVIEW3 = [
    ("A recession is forecast for 2025.", None),
    ("GDP growth is forecast for next year.", None),
    ("Most Americans are skeptical.", None),
    ("Most voters were furious about the tax hike.", None),
]
CLAIM_GUARDS_R54_REVIEW3 = [
    ("More rain is forecast for Sunday and Monday.", "schedule line"),
    ("Snow is forecast for Sunday night.", "schedule line"),
    ("Elections Ontario will release official results on April 2.", "schedule line"),
    ("Investors were relieved by the news.", "reported feeling"),
    ("Critics in Yerevan were less enthusiastic.", "reported feeling"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "credit line"),
    ("It's 3.8% now.", None),
    ("It's 10² now.", "fragment"),
    ("It is ①%.", "fragment"),
]


@pytest.mark.parametrize(("text", "want"), CLAIM_FIXES_R54_REVIEW3 + CLAIM_GUARDS_R54_REVIEW3)
def test_claims_r54_review3(text: str, want: str | None) -> None:
    assert not_a_claim(text) == want


# -- policy


@pytest.fixture(scope="module")
def policy_r54_review3() -> PolicyAnnotator:
    return PolicyAnnotator()


def threats_r54_review3(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="r54-review3", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start : s.end] for s in ann.spans if s.label == "THREAT"]


POLICY_FIXES_R54_REVIEW3 = [
    ("Investors should watch their backs as rates rise.", []),
    ("Cyclists need to watch their backs on this road, drivers are careless.", []),
    ("I know where the paper's office is, I delivered there for years.", []),
    ("I know where your house is, I used to live next door.", []),
    ("I know where his kids go to school because mine go there too.", []),
    ("She'd better hope no one finds her keys before the bus leaves.", []),
    ("I will run into them at the conference tomorrow.", []),
    ("Let's drive through those hills next summer.", []),
]
POLICY_GUARDS_R54_REVIEW3 = [
    ("Scabs should watch their backs.", ["should watch their backs"]),
    ("You had better watch your back, pal.", ["You had better watch your back"]),
    ("We know where the paper's office is.", ["We know where the paper's office is"]),
    ("We know where you live.", ["We know where you live"]),
    ("He better hope nobody recognises him.", ["He better hope nobody recognises him"]),
    ("They deserve to have their houses burned down.", ["deserve to have their houses burned down"]),
    ("Farmers should drive the combines right through them.", ["should drive the combines right through them"]),
    ("I'd plow my truck right into them.", ["I'd plow my truck right into them"]),
    ("Just drive through them, nobody will care.", ["drive through them"]),
    ("The family had their house burned down in the fire.", []),
]


@pytest.mark.parametrize(("text", "want"), POLICY_FIXES_R54_REVIEW3 + POLICY_GUARDS_R54_REVIEW3)
def test_policy_r54_review3(policy_r54_review3: PolicyAnnotator, text: str, want: list[str]) -> None:
    assert threats_r54_review3(policy_r54_review3, text) == want


#: two whitespace quantifiers with only an optional group between ('\s*(?:\s+had)?\s+', '\s*(?:had)?\s*'): a regex
#: tries every split of a long run of spaces
_SPACE_RUNS_SIDE_BY_SIDE_R54_REVIEW3 = re.compile(
    r"\\s\*\(\?:[^()]*\)\?\\s[*+]|\\s\*\(\?:(?:[^()|]*\|)*\\s\+[^()]*\)\?\\s[*+]|\\s[*+]\\s[*+]")


def test_policy_r54_review3_phrases_have_no_space_runs_side_by_side() -> None:
    path = Path(quote_speakers.__file__).parent.parent / "data" / "policy" / "threats_phrases.txt"
    bad = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if not line.startswith("#") and _SPACE_RUNS_SIDE_BY_SIDE_R54_REVIEW3.search(line)]
    assert bad == []
