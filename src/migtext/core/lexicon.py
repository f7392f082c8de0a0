"""Word lists more than one kind reads: given names, definite articles.

Given names are evidence that a capitalised run is a person (people) and that a place
name is not one ("quartier de Jean Dupont": countries' places); both read them here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Tuple

from migtext.core.data import read_word_list
from migtext.core.text import fold

FIRST_NAMES_FILE = "first_names.txt"
# The definite articles as folded words ("l'Algérie" -> "l", "algerie"): skipped between a
# name and the words that govern it.
ARTICLES = frozenset({"l", "le", "la", "les"})


@lru_cache(maxsize=1)
def first_names() -> FrozenSet[str]:
    """Folded given names ("mohamed", "dolores"): evidence that a capitalised run is a person,
    with the French spellings of names written in English transliteration ("Bashar" is also
    "Bachar", "Mustafa" also "Moustafa")."""
    names = read_word_list(FIRST_NAMES_FILE, fold)
    return frozenset(spelling for name in names for spelling in _french_spellings(name))


# "u" after a consonant, which French transliteration writes "ou" ("Yusuf" -> "Yousouf").
_CONSONANT_U = re.compile(r"(?<=[bcdfghjklmnprstvwxz])u(?![aeiouy])")


def _french_spellings(name: str) -> Tuple[str, ...]:
    """A folded given name and how French writes it when it came through English ("sh" is
    "ch", a lone "u" is "ou"): "bashar" -> ("bashar", "bachar")."""
    french = _CONSONANT_U.sub("ou", name.replace("sh", "ch"))
    return (name, french) if french != name else (name,)


def is_first_name(word: str) -> bool:
    """True for a listed given name in any case or accents ("DOLORES", "Dolores", "Dolorès")."""
    return fold(word) in first_names()
