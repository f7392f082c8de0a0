"""Which way a relative date points, read from the tense of the nearest verb.

"vendredi" in "ont secouru vendredi" is the Friday before the document date, in "se
rendra vendredi" the Friday after.  There is no parser in the pipeline, so the nearest
verb in the same clause decides, from the morphologizer's `Tense` and `Mood`.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.symbols import AUX, VERB

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
# POS ids: `token.pos` is an int lookup, `token.pos_` a string one (same test, cheaper per token).
_VERB_POS = frozenset({VERB, AUX})


def verb_direction(token) -> Optional[str]:
    """"past", "future" or "present" for a verb token; None when it says nothing (an auxiliary, a noun)."""
    if token.pos not in _VERB_POS:
        return None
    morph = token.morph
    tense = morph.get("Tense")
    forms = morph.get("VerbForm")
    if "Part" in forms and "Past" in tense:
        if fold(token.text).startswith(_PLANNED):
            return "future"
        helper = _previous_verb(token)
        if helper is not None and "Inf" in helper.morph.get("VerbForm"):
            return None  # "doit être entériné": the modal before it decides
        if helper is not None and ("Fut" in helper.morph.get("Tense") or "Cnd" in helper.morph.get("Mood")):
            return "future"
        return "past"
    if "Sub" in morph.get("Mood"):
        return "present"  # the subjunctive dates nothing (and the tagger confuses it with "accueille")
    word = fold(token.text)
    if ("Cnd" in morph.get("Mood") or "Fut" in tense) and word.endswith(_FUTURE_ENDINGS):
        return "future"
    if "Imp" in tense and word.endswith(_IMPERFECT_ENDINGS):
        return "past"
    if "Past" in tense and "Fin" in forms:
        return "past"  # passé simple
    if "Pres" in tense:
        if fold(token.text) in _GOING_TO:
            following = token.doc[token.i + 1 : token.i + 4]
            if any("Inf" in t.morph.get("VerbForm") for t in following):
                return "future"
        if token.pos_ == "AUX":
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


def present_event_at(doc, start_char: int, end_char: int) -> bool:
    """Is the nearest verb of the clause a present-tense verb of an event ("publie", "lance")?"""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for indexes in (range(span.start - 1, max(-1, span.start - WINDOW - 1), -1),
                    range(span.end, min(len(doc), span.end + WINDOW))):  # fmt: skip
        for i in indexes:
            token = doc[i]
            if token.text in _CLAUSE_END or token.text == ",":
                break
            if token.pos in _VERB_POS and token.pos_ == "VERB":
                if "Pres" in token.morph.get("Tense") and fold(token.text).startswith(_EVENT_STEMS):
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


def _previous_verb(token):
    """The auxiliary or verb just before a participle ("a" in "a signé"), within three tokens."""
    for i in range(token.i - 1, max(-1, token.i - 4), -1):
        if token.doc[i].pos_ in ("AUX", "VERB"):
            return token.doc[i]
    return None


def _bare_participle(token) -> bool:
    """A past participle with no auxiliary before it: an adjective of the noun it follows.

    Across a comma such a participle belongs to another clause's subject, not to the date.
    """
    if "Part" not in token.morph.get("VerbForm"):
        return False
    helper = _previous_verb(token)
    return helper is None or "Part" in helper.morph.get("VerbForm")


def direction_at(doc, start_char: int, end_char: int) -> Optional[str]:
    """"past" or "future" for the expression at [start_char, end_char), or None (present, unknown)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first, last = span.start, span.end - 1
    best = None
    best_cost = None
    for step, indexes in ((-1, range(first - 1, max(-1, first - WINDOW - 1), -1)),
                          (1, range(last + 1, min(len(doc), last + WINDOW + 1)))):  # fmt: skip
        commas = 0
        for i in indexes:
            token = doc[i]
            text = token.text
            if text in _CLAUSE_END:
                break
            if text == ",":
                commas += 1
                continue
            found = verb_direction(token)
            if found is None:
                continue
            if commas and _bare_participle(token):
                continue  # "Dès le 1er mars, les demandes jugées infondées seront traitées"
            cost = abs(i - (first if step < 0 else last)) + COMMA_COST * commas
            if best_cost is None or cost < best_cost:
                best, best_cost = found, cost
            break
    return best if best in ("past", "future") else None
