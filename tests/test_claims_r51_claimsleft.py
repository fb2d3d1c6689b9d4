"""Round 51 (claimsleft): "insane" in its legal or medical sense, product names and rating lines of shop and
review pages, and verbless "More …" complaints in comments.

CLAIM spans cover check-worthy factual assertions (numbers, comparisons and superlatives that can be
measured, causal and historical statements, what happened), not opinions. Changes (`claims_lines.py`,
word lists in data/claim_lines.txt):

* "insane" ([insult_clinical], with delusional and deranged) is no insult when the sentence uses it in its
  legal or medical sense: a [clinical_context] word ("The defendant is insane.") or a past copula after a
  person ("He was insane."); the model decides. "This plan is insane!" and "That was insane!" stay insults;
* a product name with a spec in brackets or a colour variant after a dash, whose other words are names once
  the numbers with units are taken out, or a short priced name without a verb, is a shop listing; "Score 4.5
  out of 5" is a rating line;
* a verbless line led by "More" with an evaluative, insult or [complaint] word and no comparison, number or
  verb is an exclamation ("More garbage from the county clerk.").

FIX rows are written for this test and get a new reason (or lose a wrong one); GUARD rows give the same
reason (or None) before and after.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # "insane" as a legal or medical state: no longer an insult, the model decides
    ("He was insane.", None),
    ("The defendant was insane.", None),
    ("Miller was insane.", None),
    ("They were insane.", None),
    ("The defendant in the arson trial is insane.", None),
    ("The patient is delusional.", None),
    ("The suspect is deranged.", None),
    # product names and review ratings without end punctuation
    ("Acme Tablet Pro (10-inch, Wi-Fi, 128GB) - Midnight Blue (Latest Model)", "shop listing"),
    ("Acme Tablet Pro (10-inch, Wi-Fi, 128GB)", "shop listing"),
    ("Zento Smart Watch 2 (GPS, 40mm) - Rose Gold Case with Pink Band", "shop listing"),
    ("Soundbox Wireless Over-Ear Headphones - Matte Black", "shop listing"),
    ("Soundbox Mini Speaker - Silver", "shop listing"),
    ("Zento Fitness tracker for $49", "shop listing"),
    ("Score 4.5 out of 5", "rating line"),
    ("Our rating: 8 out of 10", "rating line"),
    ("Our verdict: 4 out of 5 stars", "rating line"),
    # verbless "More …" complaints
    ("More garbage from the county clerk.", "verbless exclamation"),
    ("More pathetic sniveling from the opposition.", "verbless exclamation"),
    ("More hysteria from the usual pundits!", "verbless exclamation"),
    ("More nonsense from the council, Dave.", "verbless exclamation"),
    ("More like pure stupidity.", "verbless exclamation"),
]

GUARDS = [
    # "insane" as an insult or exclamation
    ("This plan is insane!", "insult or exclamation"),
    ("That was insane!", "insult or exclamation"),
    ("It was insane.", "insult or exclamation"),
    ("He is insane.", "insult or exclamation"),
    ("That is absolutely insane.", "insult or exclamation"),
    ("The jury is insane.", "insult or exclamation"),
    ("He was an insane idiot.", "insult or exclamation"),
    ("The mayor is delusional.", "evaluative predicate"),
    # legal senses that were never dropped
    ("He was found not guilty by reason of insanity.", None),
    ("She spent ten years in an insane asylum.", None),
    ("A court ruled him legally insane.", None),
    ("The defendant was insane at the time of the robbery, the jury found.", None),
    # sentences and headlines with a price, a dash or a score
    ("Acme sells the Tablet Pro for $499", None),
    ("Tax cut for $5", None),
    ("Governor Wins Over Voters - Black", None),
    ("Senate Passes Tax Bill - Black Caucus Objects", None),
    ("Score 4 goals in 5 games", None),
    ("The jobs report (released Friday, 8 a.m.) showed 200,000 new jobs", None),
    # "More …" lines that compare, count or report
    ("More people, more crime.", None),
    ("More than half of the voters agree.", None),
    ("More jobs were lost last year.", None),
    ("More layoffs at the mill.", None),
    ("More tourists die on these roads.", None),
    ("More jobs in March than in February.", None),
    ("More verbal garbage spilling out of his mouth.", None),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_annotator_keeps_legal_state_drops_exclamation():
    text = "That was insane! He was insane."
    ann = ClaimAnnotator().annotate(Document(id="r51", kind="comment", text=text))
    assert [s.text for s in ann.spans] == ["He was insane."]
