"""Which way a relative date points, read from the tense of the nearest verb.

"vendredi" in "ont secouru vendredi" is the Friday before the document date, in "se
rendra vendredi" the Friday after.  There is no parser in the pipeline, so the nearest
verb in the same clause decides, from the morphologizer's `Tense` and `Mood`.
"""

from __future__ import annotations

import bisect
from typing import Optional, Sequence

from migtext.text import fold

# How many tokens on each side may hold the verb; clause punctuation stops the search.
WINDOW = 10
_CLAUSE_END = frozenset({".", "!", "?", ";", "•"})
# Participles that announce a plan ("est prévue le 21 décembre"): the date is ahead.
_PLANNED = ("prevu", "programme", "attendu", "envisage", "planifie", "fixe", "agende")
_GOING_TO = frozenset({"va", "vont", "vais", "allons", "allez", "vas"})


def verb_direction(token) -> Optional[str]:
    """"past", "future" or "present" for a verb token; None when it says nothing (an auxiliary, a noun)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    morph = token.morph
    tense = morph.get("Tense")
    forms = morph.get("VerbForm")
    if "Part" in forms and "Past" in tense:
        return "future" if fold(token.text).startswith(_PLANNED) else "past"
    if "Cnd" in morph.get("Mood") or "Fut" in tense:
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    if "Pres" in tense:
        if fold(token.text) in _GOING_TO:
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is not None and "Inf" in nxt.morph.get("VerbForm"):
                return "future"
        if token.pos_ == "AUX":
            return None  # "ont signé": the participle decides
        return "present"
    return None


def direction_at(doc, start_char: int, end_char: int, token_starts: Optional[Sequence[int]] = None) -> Optional[str]:
    """"past" or "future" for the expression at [start_char, end_char), or None (present, unknown)."""
    starts = token_starts if token_starts is not None else [t.idx for t in doc]
    first = max(0, bisect.bisect_right(starts, start_char) - 1)
    last = max(first, bisect.bisect_left(starts, end_char) - 1)
    best = None
    for distance in range(1, WINDOW + 1):
        for i in (first - distance, last + distance):
            if i < 0 or i >= len(doc):
                continue
            if _blocked(doc, i, first, last):
                continue
            found = verb_direction(doc[i])
            if found is not None:
                best = found
                break
        if best is not None:
            break
    return best if best in ("past", "future") else None


def _blocked(doc, i: int, first: int, last: int) -> bool:
    """True when clause punctuation lies between token i and the expression."""
    span = range(i + 1, first) if i < first else range(last + 1, i)
    return any(doc[j].text in _CLAUSE_END for j in span) or doc[i].text in _CLAUSE_END
