"""Fuzzy titles: a reworded or misspelt official title still names its instrument.

A rapidfuzz ratio over the whole title, checked by the share of meaningful words found
on both sides, so that a title that differs by one distinguishing word is not taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Tuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from migtext.core.text import phrase_key
from migtext.instruments.kb import FUNCTION_WORDS, HEADS, clean_title, load_instruments, title_prefixes

FUZZY_MIN_RATIO = 85.0  # character similarity of the whole title (rapidfuzz ratio, 0-100)
FUZZY_MIN_RECALL = 0.8  # share of the title's meaningful words found in the text
FUZZY_MIN_PRECISION = 0.6  # share of the text's meaningful words found in the title
FUZZY_MAX_EXTRA_WORDS = 3  # how much longer or shorter than the title a variant may be
FUZZY_PREFILTER = 0.5  # share of a title's meaningful words that must appear, exactly, before any scoring
FUZZY_MIN_MARGIN = 0.03  # a runner-up (another instrument) this close makes the match ambiguous


@dataclass(frozen=True)
class _FuzzyTitle:
    ids: Tuple[str, ...]
    text: str  # folded words joined by spaces
    n_words: int
    content: Tuple[str, ...]
    stems: FrozenSet[str]


@lru_cache(maxsize=1)
def fuzzy_titles() -> Dict[str, Tuple[_FuzzyTitle, ...]]:
    """Long names (4 words or more) grouped by head noun, for fuzzy comparison."""
    by_head: Dict[str, List[_FuzzyTitle]] = {}
    prefixes = {i: p for p, i in title_prefixes().items()}
    for inst in load_instruments().values():
        for form in (inst.title_fr, *inst.aliases, *([prefixes[inst.id]] if inst.id in prefixes else [])):
            keys = [k for k in phrase_key(clean_title(form)) if k[0].isalnum()]
            if len(keys) < 4 or keys[0] not in HEADS:
                continue
            content = tuple(k for k in keys[1:] if k not in FUNCTION_WORDS)
            stems = frozenset(stem(k) for k in content)
            by_head.setdefault(keys[0], []).append(_FuzzyTitle((inst.id,), " ".join(keys), len(keys), content, stems))
    return {h: tuple(ts) for h, ts in by_head.items()}


# --------------------------------------------------------------------------- finding


def stem(word: str) -> str:
    return word.rstrip("sx")


def same_word(a: str, b: str) -> bool:
    """Equal up to a plural ending or a one-letter typo in a long word."""
    if a == b or stem(a) == stem(b):
        return True
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def word_overlap(words_a: Sequence[str], words_b: Sequence[str]) -> float:
    """Share of `words_a` that has a match in `words_b`."""
    if not words_a:
        return 1.0
    return sum(any(same_word(a, b) for b in words_b) for a in words_a) / len(words_a)


def fuzzy_score(text_words: Sequence[str], title: _FuzzyTitle) -> float:
    """0 if the words do not name this title, else a confidence in (0, 1].

    The character ratio accepts rewordings ("droits humains", "leurs familles"); the
    word checks refuse a title that differs in its meaningful words, which the ratio
    alone would accept for short titles ("statut des apatrides" vs "statut des réfugiés").
    """
    return score_title(" ".join(text_words), [w for w in text_words[1:] if w not in FUNCTION_WORDS], title)


def score_title(joined: str, content: Sequence[str], title: _FuzzyTitle) -> float:
    ratio = fuzz.ratio(joined, title.text, score_cutoff=FUZZY_MIN_RATIO)
    if not ratio:
        return 0.0
    recall = word_overlap(title.content, content)
    precision = word_overlap(content, title.content)
    min_recall = 1.0 if len(title.content) < 3 else FUZZY_MIN_RECALL
    if recall < min_recall or precision < FUZZY_MIN_PRECISION:
        return 0.0
    return round(ratio / 100 * recall, 4)
