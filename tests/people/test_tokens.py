"""`name_tokens` keeps only the words name finding needs: same runs and mentions as with `tokenize`."""

from __future__ import annotations

import pytest

from migtext.people import tokens as people
from migtext.people.names import find_mentions, name_runs
from migtext.people.tokens import name_tokens, tokenize

TEXTS = [
    "Le directeur général de l'OIM, Brunson McKinley, a déclaré que les migrants arrivent.",
    "Amy Pope, directrice générale de l'OIM, rencontre Ursula von der Leyen à Bruxelles.",
    "selon Alfredo D'Amato et Massimo D'Alema, dé Souza et al-Sissi ; M. DIOP Abdoulaye",
    "la présidente Marine Le Pen\nBrunson\nMcKinley van Gogh des de du ibn Ould x",
    "© UNHCR/Olga Sarrado du HCR. Crédit photo : Nations unies / Eskinder Debebe",
    "ÉTAT İstanbul ǅemal 𝐀lpha Ωmega le peintre van Gogh, Jean-Pierre de-facto dE Dé vön",
]


def spans(tokens, runs):
    return [(tokens[i].start, tokens[j - 1].end) for i, j in runs]


@pytest.mark.parametrize("text", TEXTS)
def test_name_tokens_give_the_runs_of_every_word(text):
    every, kept = tokenize(text), name_tokens(text)
    assert set(kept) <= set(every)
    assert len(kept) < len(every)
    assert spans(kept, name_runs(text, kept)) == spans(every, name_runs(text, every))


def test_a_left_out_word_still_ends_a_run():
    text = "selon Human Rights Watch et Jean Dupont, la ministre et Marie de la Fontaine"
    kept = name_tokens(text)
    assert [t.text for t in kept] == ["Human", "Rights", "Watch", "Jean", "Dupont", "Marie", "de", "Fontaine"]
    assert spans(kept, name_runs(text, kept)) == [(6, 18), (28, 39), (56, 61), (68, 76)]  # "la" ends "Marie de"
    assert [m.text for m in find_mentions(text)] == ["Jean Dupont", "Marie", "Fontaine"]


def test_lower_chars_hold_no_capital():
    assert not any(c.isupper() for c in people._LOWER_CHARS)
