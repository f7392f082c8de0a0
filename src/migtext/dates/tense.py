"""Which way a relative date points, read from the tense of the nearest verb.

"vendredi" in "ont secouru vendredi" is the Friday before the document date, in "se
rendra vendredi" the Friday after.  There is no parser in the pipeline, so the nearest
verb in the same clause decides, from the morphologizer's `Tense` and `Mood`.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from spacy.symbols import ADJ, AUX, NOUN, VERB

from migtext.core.tags import DocTags
from migtext.core.text import fold

# How many tokens on each side may hold the verb; clause punctuation stops the search.
WINDOW = 10
_CLAUSE_END = frozenset({".", "!", "?", ";", "•"})
# Participles that announce a plan ("est prévue le 21 décembre"): the date is ahead.
_PLANNED = ("prevu", "programme", "attendu", "envisage", "planifie", "fixe", "agende")
# "va publier", "doit signer": a present-tense verb that announces what comes next.
_GOING_TO = frozenset({"va", "vont", "vais", "allons", "allez", "vas", "doit", "doivent", "devons"})
# The tagger sometimes reads "accueille" as a future: trust Fut, Cnd and Imp only with their endings.
_FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "rions", "riez", "raient")
_IMPERFECT_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
# Crossing a comma makes a verb less likely to govern the date ("le 10 avril, le pacte s'appliquera").
COMMA_COST = 4
# "sont morts", "se sont noyés": after a present "être" the tagger often reads the participle
# as an adjective or a noun; these forms still make a compound past.  Regular -er participles
# by their ending, the irregular ones that news reports use as a closed list.
_ETRE_PRESENT = frozenset({"suis", "es", "est", "sommes", "etes", "sont"})
_BETWEEN = frozenset({"pas", "plus", "jamais", "deja", "tous", "toutes", "tout", "bien", "encore", "aussi", "ainsi"})
_PARTICIPLE = re.compile(
    r"(?:\w{2,}(?:é|ée|és|ées)"
    r"|(?:mort|né|venu|parvenu|revenu|devenu|survenu|intervenu|disparu|parti|sorti|enfui|descendu|"
    r"perdu|retenu|détenu|secouru|mis|pris|repris|détruit|reparti|ressorti)(?:e|s|es)?)"
)


def verb_direction(tags: DocTags, i: int) -> Optional[str]:
    """"past", "future" or "present" for a verb token; None when it says nothing (an auxiliary, a noun)."""
    if not tags.is_verb(i):
        return None
    tense = tags.feature(i, "Tense")
    forms = tags.feature(i, "VerbForm")
    word = fold(tags.text(i))
    if "Part" in forms and "Past" in tense:
        if word.startswith(_PLANNED):
            return "future"
        helper = _previous_verb(tags, i)
        if helper is not None and "Inf" in tags.feature(helper, "VerbForm"):
            return None  # "doit être entériné": the modal before it decides
        if helper is not None and ("Fut" in tags.feature(helper, "Tense") or "Cnd" in tags.feature(helper, "Mood")):
            return "future"
        return "past"
    mood = tags.feature(i, "Mood")
    if "Sub" in mood:
        return "present"  # the subjunctive dates nothing (and the tagger confuses it with "accueille")
    if ("Cnd" in mood or "Fut" in tense) and word.endswith(_FUTURE_ENDINGS):
        return "future"
    if "Imp" in tense and word.endswith(_IMPERFECT_ENDINGS):
        return "past"
    if "Past" in tense and "Fin" in forms:
        return "past"  # passé simple
    if "Pres" in tense:
        if word in _GOING_TO:
            if any("Inf" in tags.feature(k, "VerbForm") for k in range(i + 1, min(len(tags), i + 4))):
                return "future"
        if tags.pos(i) == AUX:
            if word in _ETRE_PRESENT and _participle_after(tags, i):
                return "past"  # "sont morts samedi": the tagger took the participle for an adjective
            return None  # "ont signé": the participle decides
        return "present"
    return None


# Present-tense verbs of what an organisation does on the day it says so: "Le HCR publie
# aujourd'hui son rapport" is the day of the text; "accueille aujourd'hui" means nowadays.
_EVENT_STEMS = (
    "publi", "lanc", "annonc", "present", "appel", "devoil", "celebr", "marqu", "commemor", "inaugur", "ouvr",
    "sign", "adopt", "tien", "reuni", "organis", "alert", "exhort", "declar", "rend", "salu", "condamn", "denonc",
    "diffus", "rappel", "livr", "entam", "clotur", "remet", "decern", "vot", "examin", "lev", "demarr",
)  # fmt: skip


def present_event_at(doc, start_char: int, end_char: int, tags: Optional[DocTags] = None) -> bool:
    """Is the nearest verb of the clause a present-tense verb of an event ("publie", "lance")?"""
    tags = tags or DocTags.of(doc)
    first, last = _tokens(tags, start_char, end_char)
    if first is None:
        return False
    for indexes in (range(first - 1, max(-1, first - WINDOW - 1), -1),
                    range(last + 1, min(len(tags), last + 1 + WINDOW))):  # fmt: skip
        for i in indexes:
            text = tags.text(i)
            if text in _CLAUSE_END or text == ",":
                break
            if tags.pos(i) == VERB:
                if "Pres" in tags.feature(i, "Tense") and fold(text).startswith(_EVENT_STEMS):
                    return True
                break
    return False


# Words of a clause that announce what comes: "RENDEZ-VOUS DIMANCHE", "date limite vendredi".
FUTURE_CUES = re.compile(r"\b(?:rendez-vous|rdv|date\s+limite|a\s+venir|prevue?s?|programmee?s?|convoquee?s?)\b")
_CLAUSE_MARK = re.compile(r"[.!?;\n]")


def future_cue_at(folded: str, start: int, end: int, reach: int = 80) -> bool:
    """Does the clause around [start, end) hold a word that announces what comes?"""
    lo = max(0, start - reach)
    before = [m.end() for m in _CLAUSE_MARK.finditer(folded, lo, start)]
    after = _CLAUSE_MARK.search(folded, end, min(len(folded), end + reach))
    clause_start = before[-1] if before else lo
    clause_end = after.start() if after else min(len(folded), end + reach)
    return FUTURE_CUES.search(folded, clause_start, clause_end) is not None


def _tokens(tags: DocTags, start_char: int, end_char: int) -> Tuple[Optional[int], int]:
    """First and last token of the expression at [start_char, end_char) (None when empty)."""
    if not len(tags) or end_char <= start_char:
        return None, 0
    first, last = tags.token_range(start_char, end_char)
    if last <= first:
        return None, 0
    return first, last - 1


def _participle_after(tags: DocTags, i: int) -> bool:
    """Is the word after auxiliary i (past a negation or "tous") a past participle that the
    tagger read as an adjective or a noun ("sont noyés", "sont morts")?"""
    for k in range(i + 1, min(len(tags), i + 4)):
        word = tags.text(k).lower()
        if fold(word) in _BETWEEN:
            continue
        return tags.pos(k) in (ADJ, NOUN) and _PARTICIPLE.fullmatch(word) is not None
    return False


def _previous_verb(tags: DocTags, i: int) -> Optional[int]:
    """The auxiliary or verb just before a participle ("a" in "a signé"), within three tokens."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tags.is_verb(k):
            return k
    return None


def _bare_participle(tags: DocTags, i: int) -> bool:
    """A past participle with no auxiliary before it: an adjective of the noun it follows.

    Across a comma such a participle belongs to another clause's subject, not to the date.
    """
    if "Part" not in tags.feature(i, "VerbForm"):
        return False
    helper = _previous_verb(tags, i)
    return helper is None or "Part" in tags.feature(helper, "VerbForm")


class _Side:
    """One side of the expression, read outward one token at a time."""

    __slots__ = ("step", "indexes", "commas", "found", "open")

    def __init__(self, step: int, indexes: range) -> None:
        self.step, self.indexes, self.commas = step, iter(indexes), 0
        self.found: Optional[Tuple[int, str]] = None  # (cost, direction) of the nearest verb that tells
        self.open = True

    def advance(self, tags: DocTags, anchor: int) -> None:
        i = next(self.indexes, None)
        if i is None:
            self.open = False
            return
        text = tags.text(i)
        if text in _CLAUSE_END:
            self.open = False
        elif text == ",":
            self.commas += 1
        else:
            found = verb_direction(tags, i)
            if found is not None and not (self.commas and _bare_participle(tags, i)):
                # "Dès le 1er mars, les demandes jugées infondées seront traitées": a bare participle is skipped
                self.found = (abs(i - anchor) + COMMA_COST * self.commas, found)
                self.open = False

    def floor(self, distance: int) -> int:
        """The least cost a verb found further on this side can have."""
        return distance + COMMA_COST * self.commas


def direction_at(doc, start_char: int, end_char: int, tags: Optional[DocTags] = None) -> Optional[str]:
    """"past" or "future" for the expression at [start_char, end_char), or None (present, unknown).

    The nearest verb on each side within the clause tells (a comma costs `COMMA_COST`
    tokens; the left one wins a tie).  Both sides are read outward together, and a side
    stops as soon as it can no longer beat the other: the tagger is asked only about the
    tokens the answer depends on.
    """
    tags = tags or DocTags.of(doc)
    first, last = _tokens(tags, start_char, end_char)
    if first is None:
        return None
    left = _Side(-1, range(first - 1, max(-1, first - WINDOW - 1), -1))
    right = _Side(1, range(last + 1, min(len(tags), last + WINDOW + 1)))
    distance = 0
    while left.open or right.open:
        distance += 1
        if left.open:
            left.advance(tags, first)
        if right.open:
            right.advance(tags, last)
        if left.found and right.open and right.floor(distance + 1) >= left.found[0]:
            right.open = False  # the right side wins only with a lower cost
        if right.found and left.open and left.floor(distance + 1) > right.found[0]:
            left.open = False  # the left side wins ties
    best = left.found
    if right.found and (best is None or right.found[0] < best[0]):
        best = right.found
    direction = best[1] if best else None
    return direction if direction in ("past", "future") else None


def clause_ranges(tags: DocTags, start_char: int, end_char: int, near: int, beside: int = 3) -> List[Tuple[int, int]]:
    """The token ranges `direction_at` reads first around an expression: `near` tokens on
    each side within the clause, and the three tokens a verb there may look at beside it."""
    first, last = _tokens(tags, start_char, end_char)
    if first is None:
        return []
    lo = first
    while lo > max(0, first - near) and tags.text(lo - 1) not in _CLAUSE_END:
        lo -= 1
    hi = last + 1
    while hi < min(len(tags), last + 1 + near) and tags.text(hi) not in _CLAUSE_END:
        hi += 1
    return [(lo - beside, first), (last + 1, hi + beside)]
