"""Common French words from the base model's own dictionaries."""

from __future__ import annotations

import pytest

from migtext.core.wordforms import is_common_word


@pytest.mark.parametrize(
    "word",
    ["Est", "Ressources", "Etats", "États", "Travail", "Asile", "Recrutées", "selon", "Selon", "régionaux", "la",
     "Haut-Représentant"],
)
def test_common_words_in_any_case_with_or_without_accents(word):
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Dakar", "Bruxelles", "Lampedusa", "Rhône", "Darmanin", "Genève", "", "Addis-Abeba"])
def test_names_are_no_common_words(word):
    assert not is_common_word(word)
