"""`name_tokens` keeps only the words name finding looks at, and finds the same runs as `tokenize`."""

from __future__ import annotations

import pytest

from migtext import people
from migtext.people import name_runs, name_tokens, tokenize

TEXTS = [
    "Le directeur général de l'OIM, Brunson McKinley, a déclaré que les migrants arrivent.",
    "Amy Pope, directrice générale de l'OIM, rencontre Ursula von der Leyen à Bruxelles.",
    "selon Alfredo D'Amato et Massimo D'Alema, dé Souza et al-Sissi ; M. DIOP Abdoulaye",
    "la présidente Marine Le Pen\nBrunson\nMcKinley van Gogh des de du ibn Ould x",
    "© UNHCR/Olga Sarrado du HCR. Crédit photo : Nations unies / Eskinder Debebe",
    "ÉTAT İstanbul ǅemal 𝐀lpha Ωmega le peintre van Gogh, Jean-Pierre de-facto dE Dé vön",
]


def spans(tokens, runs):
    """Each run as its first and last offsets and the token that follows it."""
    return [(tokens[i].start, tokens[j - 1].end, tokens[j] if j < len(tokens) else None) for i, j in runs]


@pytest.mark.parametrize("text", TEXTS)
def test_name_tokens_give_the_runs_of_every_word(text):
    every, kept = tokenize(text), name_tokens(text)
    assert set(kept) <= set(every)
    assert len(kept) < len(every)
    assert spans(kept, name_runs(text, kept)) == spans(every, name_runs(text, every))


def test_lower_chars_hold_no_capital():
    assert not any(c.isupper() for c in people._LOWER_CHARS)
