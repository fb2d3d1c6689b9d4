"""Round 46, family deparen: German sources inserted in or following the content (a second reported main clause after
a trailing attribution, an ownerless source inside a report closed by "so X", a relay after a trailing attribution,
examples of the speakers after "wie")."""

import pytest

from tests.quote_cases import quotes_of


def _got(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "de")


ROWS = [
    # fix: an article opening a second reported main clause after ", sagte X," / ", so X," (one part was lost)
    ("Die Steuern würden nicht erhöht, sagte der Minister, die Regierung wolle aber sparen.",
     [("Die Steuern würden nicht erhöht", "Minister"), ("die Regierung wolle aber sparen", "Minister")]),
    ("Die Steuern würden nicht erhöht, sagte Lindner, die Regierung wolle sparen.",
     [("Die Steuern würden nicht erhöht", "Lindner"), ("die Regierung wolle sparen", "Lindner")]),
    ("Die Steuern würden nicht erhöht, so der Minister, die Regierung müsse sparen.",
     [("Die Steuern würden nicht erhöht", "Minister"), ("die Regierung müsse sparen", "Minister")]),
    ("Es gebe keinen Anlass, sagte der Minister, die Steuern würden nicht erhöht.",
     [("Es gebe keinen Anlass", "Minister"), ("die Steuern würden nicht erhöht", "Minister")]),
    # fix: an ownerless source inside a report closed or interrupted by "so X" (parts without a speaker)
    ("Der Mann sei nach ersten Erkenntnissen schwer verletzt worden, so ein Sprecher.",
     [("Der Mann sei nach ersten Erkenntnissen schwer verletzt worden", "Sprecher")]),
    ("Der Fahrer war ersten Erkenntnissen zufolge zu schnell, so die Polizei.",
     [("Der Fahrer war ersten Erkenntnissen zufolge zu schnell", "Polizei")]),
    ("Der Mann sei, so ein Sprecher, nach ersten Erkenntnissen schwer verletzt worden.",
     [("Der Mann sei", "Sprecher"), ("nach ersten Erkenntnissen schwer verletzt worden", "Sprecher")]),
    # fix: a relay after a trailing attribution (its report held "…, sagte Lindner")
    ("Die Lage sei ruhig, sagte Lindner, wie ein Sprecher bestätigte.", [("Die Lage sei ruhig", "Lindner")]),
    ("Die Lage sei ruhig, sagte Lindner vor Abgeordneten, wie britische Medien berichteten.",
     [("Die Lage sei ruhig", "Lindner")]),
    ("Die Lage sei ruhig, sagte Lindner, berichtete die Zeitung.", [("Die Lage sei ruhig", "Lindner")]),
    ("Die Lage sei ruhig, sagte Lindner, so die Zeitung.", [("Die Lage sei ruhig", "Lindner")]),
    # fix: examples of the speakers after "wie" (they were the content)
    ("Die Lage sei ruhig, sagen Experten wie der Politologe Hans Meier.", [("Die Lage sei ruhig", "Experten")]),
    ("Die Lage sei ruhig, meinen Kritiker wie der Grünen-Politiker Hans Meier und die Linke Anna Schulz.",
     [("Die Lage sei ruhig", "Kritiker")]),
    # guards
    ("Die Lage sei ernst, sagte Müller, der die Firma seit 2010 leitet.", [("Die Lage sei ernst", "Müller")]),
    ("Es gebe keinen Grund zur Sorge, sagte Scholz, die Lage sei unter Kontrolle.",
     [("Es gebe keinen Grund zur Sorge", "Scholz"), ("die Lage sei unter Kontrolle", "Scholz")]),
    ("Die Steuern würden nicht erhöht, sagte Lindner am Montag, die Regierung wolle sparen.",
     [("Die Steuern würden nicht erhöht", "Lindner")]),
    ("Der Mann sei nach ersten Erkenntnissen schwer verletzt worden.", [("Der Mann sei", None),
                                                                      ("schwer verletzt worden", None)]),
    ("Der Mann wurde laut Polizei schwer verletzt, sagte ein Sprecher.",
     [("Der Mann wurde laut Polizei schwer verletzt", "Sprecher")]),
    ("Die Lage sei ruhig, wie die Zeitung berichtet.", [("Die Lage sei ruhig", "Zeitung")]),
    ("Die Lage sei ruhig, sagte Lindner laut der Zeitung.", [("Die Lage sei ruhig", "Lindner")]),
    ("Die Lage sei ruhig, sagen Experten wie Hans Meier.", [("Die Lage sei ruhig", "Experten")]),
    ("Der Minister sagte, wie die Regierung das Geld verteilen wolle.",
     [("die Regierung das Geld verteilen wolle", "Minister")]),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_deparen(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _got(text) == want
