"""Tokens, de-obfuscation and hashed features of the comment-policy model.

Shared by inference (`policy_model`) and training (`scripts/train_policy.py`), so that a feature
means the same bucket in both. Pure Python: features are CRC-32 hashes of short strings
(`zlib.crc32`, stable across processes, unlike `hash()`); the model masks them to its table size.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

# a token: letters/digits with the characters people use to mask or leet a word inside it
# (f*ck, sh1t, a$$, s#!t, f--k); "!!!" alone is not a token, a trailing "!" or "?" is not kept
# (zero-width characters and soft hyphens inside a word are kept in it: f\u200buck is one token)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
TOKEN_RE = re.compile(
    rf"[^\W_](?:[\w*$@#%!+'’\-{_INVISIBLE}]*[\w*$#%])?|[*$@#]+[^\W_][\w*$@#%{_INVISIBLE}]*", re.UNICODE
)
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})
_MASK = set("*#%")
_RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every word-like token, offsets into ``text``."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        tok = m.group()
        # a trailing apostrophe-s stays with the word; trailing dashes/apostrophes do not
        while e > s + 1 and text[e - 1] in "'’-!+":
            e -= 1
            tok = tok[:-1]
        out.append((s, e, tok))
    return out


@lru_cache(maxsize=200_000)
def normal_forms(token: str) -> tuple[str, ...]:
    """Spellings a token may stand for: lower-cased, leet decoded, runs of 3+ letters collapsed
    (fuuuuck -> fuck, fuuck is kept: "good" must stay "good"), compatibility characters folded
    (NFKC) and zero-width characters dropped. Masked tokens (f*ck) keep their
    mask characters; `lexicon` matches them as wildcards."""
    # compatibility forms (full-width ＩＤＩＯＴ, ligatures) fold to plain letters; invisibles go
    low = unicodedata.normalize("NFKC", token.translate(_DROP_INVISIBLE)).lower().replace("’", "'")
    forms = [low]
    letters_only = low.strip("'")
    if any(c.isdigit() or c in "@$!|+€" for c in letters_only) and any(c.isalpha() for c in letters_only):
        forms.append(letters_only.translate(_LEET))
    for f in list(forms):
        if _RUN3.search(f):
            forms.append(_RUN3.sub(r"\1", f))
            forms.append(_RUN3.sub(r"\1\1", f))
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return tuple(seen)


# mask characters, and a "grawlix": symbols in a row, one of them a mask character (f@#$, F@#k,
# s%#cks, a*#): every symbol of the run hides a letter ("@" and "$" are not leet for "a" and "s")
_GRAWLIX = re.compile(r"[*#%@$!]*[*#%][*#%@$!]*")
_LETTER_RUN3 = re.compile(r"([^\W\d_])\1{2,}")
# a leet character between letters or masks that leet-decoding does not explain stands for any
# one letter: sh$t (shit), wh@res (whores), id$ot (idiot), da@m (damn)
_INNER_SYMBOL = re.compile(r"(?<=[^\W\d_*])[@$!](?=[^\W\d_*])")


@lru_cache(maxsize=100_000)
def mask_forms(token: str) -> tuple[str, ...]:
    """Spellings of a masked or symbol-obfuscated token for wildcard matching (`lexicon`), with
    every masked letter written "*": grawlix runs become masks (f@#$ -> f***), other leet
    characters are decoded (pu$$y, sh1t), runs of 3+ repeated letters collapse (fuuuck), and runs
    of mask characters are kept as they are (a****le: the run length says how many letters are
    hidden). Then, if a leet character is left between letters, a form with it as a mask
    (sh$t -> sh*t). Empty for a token that hides nothing, or whose only mask characters open it
    (a hashtag, @mention: #MAGA, @John)."""
    low = unicodedata.normalize("NFKC", token.translate(_DROP_INVISIBLE)).lower().replace("’", "'").strip("'")
    if low[:1] in "#@" and not any(c in "*%" for c in low) and "#" not in low[1:] and "@" not in low[1:]:
        return ()
    if not any(c.isalpha() for c in low):
        return ()
    # a word-initial $ or @ is a letter ($#it, $**t, @$$): the grawlix starts after it
    lead = len(low) - len(low.lstrip("$@"))
    g = low[:lead] + _GRAWLIX.sub(lambda m: "*" * len(m.group()), low[lead:])
    forms = []
    if "*" in g:
        forms.append(_LETTER_RUN3.sub(r"\1", g.translate(_LEET)))
    inner = _INNER_SYMBOL.sub("*", g)
    if inner != g:
        forms.append(_LETTER_RUN3.sub(r"\1", inner.translate(_LEET)))
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=100_000)
def h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def shape(token: str) -> str:
    if token.isupper() and len(token) > 1:
        return "U"
    if token[:1].isupper():
        return "C"
    if any(c in _MASK or c in "$@" for c in token):
        return "M"
    if any(c.isdigit() for c in token):
        return "D"
    return "l"


@lru_cache(maxsize=50_000)  # inference caches its sums per token (policy_model); this serves training
def word_features(token: str) -> tuple[int, ...]:
    """Hashed features of a token on its own: its normal forms, prefix/suffix, char 3-5-grams."""
    forms = normal_forms(token)
    low = forms[-1] if len(forms) > 1 else forms[0]
    feats = [h("w=" + f) for f in forms]
    feats.append(h("shape=" + shape(token)))
    feats.append(h("p3=" + low[:3]))
    feats.append(h("s3=" + low[-3:]))
    padded = f"<{low}>"
    for n in (3, 4, 5):
        for i in range(len(padded) - n + 1):
            feats.append(h(f"c{n}=" + padded[i : i + n]))
    return tuple(feats)


def token_features(words: list[str], i: int, flags: list[tuple[str, ...]]) -> list[int]:
    """Features of token ``i`` in its context: itself, neighbours, lexicon flags around it.

    The definition the token model is trained on; inference sums the same features from cached
    partial sums (`policy_model._ScoreCache`, by role), so a change here must change that too
    (tests/test_fast_paths.py compares the two)."""
    w = words[i]
    lw = normal_forms(w)[0]
    feats = list(word_features(w))
    prev1 = normal_forms(words[i - 1])[0] if i > 0 else "<s>"
    prev2 = normal_forms(words[i - 2])[0] if i > 1 else "<s>"
    next1 = normal_forms(words[i + 1])[0] if i + 1 < len(words) else "</s>"
    next2 = normal_forms(words[i + 2])[0] if i + 2 < len(words) else "</s>"
    feats += [
        h("p1=" + prev1), h("p2=" + prev2), h("n1=" + next1), h("n2=" + next2),
        h("bp=" + prev1 + "|" + lw), h("bn=" + lw + "|" + next1), h("tp=" + prev2 + "|" + prev1 + "|" + lw),
    ]
    for f in flags[i]:
        feats.append(h("L=" + f))
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(words):
            for f in flags[j]:
                feats.append(h(f"L{off}=" + f))
    feats.append(h("bias"))
    return feats


def doc_features(text: str) -> list[int]:
    """Hashed bag of words and word bigrams of a sentence or short comment (verdict model), with
    lexicon flags (`dL=`), and, when a group word (ethnicity, nationality, religion, ...) occurs,
    the co-occurrence of the group with every other word of the text (`g&word`) and with a listed
    hostile predicate (`g&HOSTILE`): identity attacks without slurs ("you can expel the Muslims")
    are a group plus a predicate, which plain words weigh independently. Inference sums the same
    features from cached weights (`PolicyModel.sentence_scores`; tests/test_fast_paths.py compares)."""
    from spanbank.annotators.policy_lexicon import GROUP, HOSTILE, word_flags  # imports this module

    toks = [t for _, _, t in tokens(text)]
    words = [normal_forms(t)[-1] for t in toks]
    flags = [word_flags(t) for t in toks]
    feats = [h("d=" + w) for w in words]
    feats += [h("d2=" + a + "|" + b) for a, b in zip(words, words[1:], strict=False)]
    feats += [h("dL=" + f) for fl in flags for f in fl]
    if any(GROUP in fl for fl in flags):
        feats.append(h("grp"))
        feats += [h("g&" + w) for w, fl in zip(words, flags, strict=True) if GROUP not in fl]
        if any(HOSTILE in fl for fl in flags):
            feats.append(h("g&HOSTILE"))
    feats.append(h("bias"))
    return feats
