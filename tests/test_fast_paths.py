"""The annotators' fast paths compute exactly what the plain definitions do: the policy token and
sentence models' cached partial sums against the hashed features they were trained on
(`policy_text.token_features`, `doc_features`), the first-character lookahead of the word-list
regexes against `re.compile`, and the verdict featuriser's de-duplicated word loop; the quote
annotator's token pattern without the alternatives a text cannot match, its token memo, its cue
finder's word test and its script test against their plain forms."""

from __future__ import annotations

import ast
import re
from itertools import chain

import numpy as np
import pytest

from spanbank.annotators import quote_cues, quote_text
from spanbank.annotators.fastregex import compile_fast, first_chars
from spanbank.annotators.policy_lexicon import load_lexicons, word_flags
from spanbank.annotators.policy_model import load_policy_model, model_from_arrays, package_arrays
from spanbank.annotators.policy_rules import _YOU_ARE, sentences, shouting_runs
from spanbank.annotators.policy_text import doc_features, token_features, tokens
from spanbank.annotators.quote_lexicon import MIN_LETTERS, supported_lang
from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

TEXTS = [
    "You are a complete idiot and a liar.",
    "idiot",
    "a b",
    "These Armenians should all be expelled, the muslims too. What a sh1t show!!!",
    "Muslims Muslims muslims: the GROUP words repeat, and so do the words words words.",
    "Someone should put a bullet in him. If they attack us again they will pay.",
    "F*CK this, f.u.c.k that, and the idiots who wrote it; Azeris and Turks are bloodsucking scum.",
    "Buy cheap pills now at www.example-shop.biz and make $500 a day working from home!!!",
    "THIS IS THE WORST GOVERNMENT IN THE HISTORY OF THE REGION AND EVERYONE KNOWS IT",
    "Ölümcül “quotes”, ſtrange ſ, Kelvin K, İstanbul, ıdiot — and ЗАГЛАВНЫЕ БУКВЫ ЗДЕСЬ ТОЖЕ.",
    "\u00a0",
]


def reference_token_scores(m, words, flags):
    feats = [token_features(words, i, flags) for i in range(len(words))]
    z = np.array([m.tok_w[np.asarray(f, dtype=np.uint32) & m.tok_mask].sum(dtype=np.float64) for f in feats]) + m.tok_b
    zt = np.array([m.type_w[:, np.asarray(f, dtype=np.uint32) & m.type_mask].sum(axis=1, dtype=np.float64)
                   for f in feats]) + m.type_b
    et = np.exp(zt - zt.max(axis=1, keepdims=True))
    return 1 / (1 + np.exp(-z)), et / et.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("fresh", [True, False], ids=["empty-cache", "warm-cache"])
def test_policy_token_scores_equal_the_feature_sums(fresh):
    m = load_policy_model()
    if fresh:
        m = model_from_arrays(package_arrays("policy.npz", RuntimeError, "policy model", "train_policy.py"))
    for text in TEXTS + [" ".join(TEXTS)]:
        words = [t for _, _, t in tokens(text)]
        flags = [word_flags(w) for w in words]
        p, tp = m.scores(words, flags)
        if not words:
            assert p.shape == (0,) and tp.shape == (0, len(m.type_labels))
            continue
        rp, rtp = reference_token_scores(m, words, flags)
        assert p.shape == rp.shape and tp.shape == rtp.shape
        np.testing.assert_allclose(p, rp, atol=1e-6, err_msg=text)
        np.testing.assert_allclose(tp, rtp, atol=1e-6, err_msg=text)
    # a word seen before in another context gets its new neighbours' features, not cached ones
    a, _ = m.scores(["you", "idiot"], [word_flags("you"), word_flags("idiot")])
    b, _ = m.scores(["what", "idiot"], [word_flags("what"), word_flags("idiot")])
    assert a[1] != b[1]


def test_policy_sentence_scores_equal_the_feature_sums():
    m = load_policy_model()
    mask = m.doc_w.shape[0] - 1
    texts = [t[a:b] for t in TEXTS for a, b in sentences(t)] + ["", "expel the muslims", "muslims muslims"]
    got = m.sentence_scores(texts)
    z = np.array([m.doc_w[np.asarray(doc_features(t), dtype=np.uint32) & mask].sum(dtype=np.float64) for t in texts])
    np.testing.assert_allclose(got, 1 / (1 + np.exp(-(z + m.doc_b))), atol=1e-6)
    # the group co-occurrence features are counted: the same words with and without a group word differ
    assert m.sentence_scores(["expel the muslims"])[0] != m.sentence_scores(["expel the people"])[0]


def every_shipped_pattern():
    lex = load_lexicons()
    out = [*lex.threat_patterns, *lex.condition, *lex.violence, *lex.consequence, *lex.spam_cues,
           *lex.phrase_re.values(), _YOU_ARE]
    out += [*lex.spam_sections.values()]
    out += [p for p in (lex.condition_any, lex.violence_any, lex.consequence_any) if p is not None]
    return out


def test_fast_regexes_match_exactly_what_the_plain_ones_match(seed_path):
    seed_text = seed_path.read_text(encoding="utf-8")
    texts = TEXTS + [seed_text, seed_text.upper(), seed_text.lower()]
    patterns = every_shipped_pattern()
    assert len(patterns) > 40
    prefixed = 0
    for rx in patterns:
        m = re.match(r"\(\?=\[(.*?)\]\)\(\?:(.*)\)$", rx.pattern, re.DOTALL)
        plain = re.compile(m.group(2) if m else rx.pattern, rx.flags)
        prefixed += bool(m)
        for t in texts:
            assert [(x.span(), x.groups()) for x in rx.finditer(t)] == [(x.span(), x.groups()) for x in plain.finditer(t)], rx.pattern
    assert prefixed >= 0.8 * len(patterns)  # the lookahead is there for most of them


def test_first_chars():
    assert first_chars(r"\bif\b", re.I) == frozenset("i")
    assert first_chars(r"(?<!\w)(?:foo|bar)(?!\w)") == frozenset("bf")
    assert first_chars(r"x?y") == frozenset("xy")
    assert first_chars(r"(?:a|)b") == frozenset("ab")
    assert first_chars(r"[$\d]") is None  # a category (\d) is not bounded here
    # compile_fast bounds \d by itself: any decimal digit, not only 0-9, still begins a match
    assert compile_fast(r"[$\d]x").pattern == r"(?=[\$\d])(?:[$\d]x)"
    assert all(compile_fast(r"\b\d+ dollars", re.I).match(t) for t in ("900 dollars", "\u0669\u0660 DOLLARS"))
    assert first_chars(r"(a)\1") == frozenset("a") and compile_fast(r"(a)\1").match("aa").group(1) == "a"
    for unbounded in (r"\w+", r"a*", r"[^a]b", r"(?i:ab)c", r".x"):
        assert first_chars(unbounded) is None, unbounded
    assert compile_fast(r"a*").pattern == "a*"
    assert compile_fast(r"(?i)abc").pattern == "(?i)abc"  # global flags stay at the start
    # case folding is shared by the lookahead: special folds still match
    for ch, p in (("ſ", "s"), ("K", "k"), ("İ", "i")):
        assert bool(re.match(p, ch, re.I)) == bool(compile_fast(p, re.I).match(ch))


def test_shouting_counts_upper_case_letters_without_a_lower_case_form():
    text = "ok ℂℍℕℙℚℝ ℂℍℕℙℚℝ ℂℍℕℙℚℝ ℂℍℕℙℚℝ end"
    assert all(c.isupper() and c.lower() == c for c in "ℂℍℕℙℚℝ")
    assert shouting_runs(text, tokens(text), 20, 0.9) == [(3, 30)]
    # with a ratio of 0 every token with letters counts as capitals
    assert shouting_runs("abc def", tokens("abc def"), 5, 0.0) == [(0, 7)]


def test_verdict_features_are_a_set_of_the_words_features():
    from spanbank.annotators.policy_verdict import load_verdict_model, words

    feat = load_verdict_model().featurizer
    text = "Muslims and more Muslims; the the the same words. " * 10
    got = set(feat.features(text).tolist())
    ws = words(text)
    expected = set(chain.from_iterable(feat._word(w)[0] for w in ws))
    assert expected <= got and len(got) == len(feat.features(text))  # unique ids
    assert set(feat.features("the the the").tolist()) == set(feat.features("the the the the").tolist())


def test_url_hint_is_in_every_link():
    from spanbank.annotators.policy_rules import _URL_HINT, URL_RE, spam_hits

    links = ["http://x", "HTTPS://Example", "WWW.shop", "buy-now.BIZ/deal", "evil.ru", "a.io", "x.com://y"]
    for link in links:
        t = f"see {link} now"
        assert URL_RE.search(t) and _URL_HINT.search(t), link
    for t in TEXTS:
        assert bool(URL_RE.search(t)) <= bool(_URL_HINT.search(t))
    links_found = [(h.start, h.end) for h in spam_hits("Go to http://a.example and WWW.b.example") if h.rule == "link"]
    assert links_found == [(6, 22), (27, 40)]
    assert spam_hits("no links here. none at all") == []


def test_policy_score_cache_is_bounded_and_starts_over(monkeypatch):
    import spanbank.annotators.policy_model as pm

    m = model_from_arrays(package_arrays("policy.npz", RuntimeError, "policy model", "train_policy.py"))
    monkeypatch.setattr(pm, "_CACHE_ROWS", 50)
    caches = set()
    for text in TEXTS * 2:
        words = [t for _, _, t in tokens(text)]
        flags = [word_flags(w) for w in words]
        p, _ = m.scores(words, flags)
        m.sentence_scores([text])
        caches.add(id(m._score_cache))
        assert m._score_cache.size <= 50 + 5 * len(words) + 3 * (len(words) + 1)  # one text's rows past the cap
        if words:
            np.testing.assert_allclose(p, reference_token_scores(m, words, flags)[0], atol=1e-6)
    assert len(caches) > 2  # it started over several times, and the scores stayed right


# -- the quote annotator ------------------------------------------------------------------------------------------

#: a word of each rare alternative of the token pattern
RARE_TOKENS = [
    "Die Ärzt:innen und Schauspieler*innen warnten, die Lehrer_innen auch.",
    "OPEC+ said so. Ver.di und ver.di streikten.",
    "Die CDU/CSU-Fraktion und die SPD/FDP stimmten zu.",
    "she told al.com and web.de News, said a Capital.com analyst",
    "um 14:30 Uhr nach dem 2:0-Sieg",
    "ein Anwohner der 12.000-Einwohner-Gemeinde, 3,5 Prozent",
    "she’s said they've told China’s US officials: 'We'll see,' he'd said.",
    "AT&T and P&G's units said so.",  # (round 40, enorgnames) capitals joined by an ampersand
    "D+H and Disney+ said so, according to Thomson Reuters I/B/E/S.",  # (round 41, enbusiness) a plus, slashes
]


def _quote_test_texts(repo) -> list[str]:
    """The texts of the quote tests (their string constants of five words or more)."""
    tree = ast.parse((repo / "tests" / "test_quotes.py").read_text(encoding="utf-8"))
    return sorted({n.value for n in ast.walk(tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value.split()) >= 5})


def test_token_pattern_leaves_out_only_alternatives_a_text_cannot_match(repo, seed_path):
    # an alternative changed in _TOKEN needs its condition in _TOKEN_NEEDS changed too
    assert set(quote_text._TOKEN_NEEDS) <= set(quote_text._TOKEN_ALTERNATIVES)
    assert "|".join(quote_text._TOKEN_ALTERNATIVES) == quote_text._TOKEN.pattern
    texts = [*RARE_TOKENS, " ".join(RARE_TOKENS), seed_path.read_text(encoding="utf-8"), *_quote_test_texts(repo)]
    for text in texts:
        assert [m.span() for m in quote_text._token_pattern(text).finditer(text)] == \
            [m.span() for m in quote_text._TOKEN.finditer(text)], text
    assert quote_text._token_pattern(" ".join(RARE_TOKENS)).pattern == quote_text._TOKEN.pattern
    assert quote_text._token_pattern("Er sagte nichts.").pattern == r"\w+(?:[-'’]\w+)*|[^\w\s]"


def test_tokenize_from_its_word_memo_is_tokenize_without_it(monkeypatch, seed_path):
    text = " ".join(RARE_TOKENS) + " al-Ansari, der 39-Jährige, dpa, Dennoch " + seed_path.read_text(encoding="utf-8")
    monkeypatch.setattr(quote_text, "_TOKEN_FIELDS", {})
    cold = quote_text.tokenize(text)
    assert quote_text._TOKEN_FIELDS
    assert quote_text.tokenize(text) == cold
    assert all(t.is_cap == quote_text.capitalised(t.text) for t in cold)
    assert [t.text for t in cold if t.is_cap][:5] == ["Die", "Ärzt:innen", "Schauspieler*innen", "Lehrer_innen", "OPEC+"]
    assert [(t.text, t.low) for t in quote_text.tokenize("she’s told China’s US")] == [
        ("she", "she"), ("’s", "'s"), ("told", "told"), ("China's", "china's"), ("US", "u.s")]
    # bounded: a full memo starts over
    monkeypatch.setattr(quote_text, "_TOKEN_FIELDS", {str(k): ("x", "x", True, False) for k in range(200_001)})
    assert quote_text.tokenize("Neue Wörter") == quote_text.tokenize("Neue Wörter")
    assert len(quote_text._TOKEN_FIELDS) == 2


def test_find_cues_word_test_changes_no_quote(monkeypatch, repo, seed_path):
    """Every branch of `find_cues` after the source phrases tests for a word of `cue_branch_words` (a new branch
    must add its words there): the annotations of every quote test's text are the same without the shortcut."""
    texts = [seed_path.read_text(encoding="utf-8"), *_quote_test_texts(repo)]
    ann = QuoteAnnotator()

    def run() -> list[dict]:
        out = []
        for text in texts:
            d = ann.annotate(Document(id="t", kind="article", text=text)).to_dict()
            d.pop("created", None)
            out.append(d)
        return out

    fast = run()
    monkeypatch.setattr(quote_cues, "CUE_FAST_PATH", False)
    assert run() == fast


def test_script_test_counts_the_letters_beyond_latin_as_before():
    def plain(text: str) -> bool:  # the test as it was written before it was sped up
        letters = [ch for ch in text[:4000] if ch.isalpha()]
        return len(letters) >= MIN_LETTERS and sum(1 for ch in letters if ord(ch) < 0x250) * 2 < len(letters)

    for text in ["우리는 협상에서 독립을 논의하지 않았다고 대통령이 말했다 " * 3, "Президент сказал, что " * 4,
                 "Ölümcül ſtrange İstanbul ıdiot ЗАГЛАВНЫЕ " * 3, "ɐɐɐɐɐɐɐɐɐɐ abcdefghij " * 2, "Ⓐ Ⓑ ⓒ " * 20,
                 "The president said so. " * 400 + "Президент " * 50, "a1 b2 c3 " * 10]:
        assert (supported_lang(text)[1] or "").startswith("the text is mostly not in the Latin") == plain(text), text
