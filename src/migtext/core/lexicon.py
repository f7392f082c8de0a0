"""Word lists more than one kind reads: given names, definite articles.

Given names are evidence that a capitalised run is a person (people) and that a place
name is not one ("quartier de Jean Dupont": countries' places); both read them here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from migtext.core.data import read_word_list
from migtext.core.text import fold

FIRST_NAMES_FILE = "first_names.txt"
# The definite articles as folded words ("l'Algérie" -> "l", "algerie"): skipped between a
# name and the words that govern it.
ARTICLES = frozenset({"l", "le", "la", "les"})


@lru_cache(maxsize=1)
def first_names() -> FrozenSet[str]:
    """Folded given names ("mohamed", "dolores"): evidence that a capitalised run is a person."""
    return read_word_list(FIRST_NAMES_FILE, fold)


def is_first_name(word: str) -> bool:
    """True for a listed given name in any case or accents ("DOLORES", "Dolores", "Dolorès")."""
    return fold(word) in first_names()
