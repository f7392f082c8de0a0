"""French words for dates: months, weekdays, time units, numbers written in words.

Every key is in *folded* form (`migtext.core.text.fold`: lowercase, no accents), because the
date grammar runs on the folded text so that "Décembre", "decembre" and "DÉCEMBRE" are
one word.  The tables are small and closed, so they live in code, not in data files.
"""

from __future__ import annotations

import re
from typing import Dict, Optional

MONTHS: Dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # the abbreviations of French press and administrative headers (always with a dot)
    "janv.": 1, "fev.": 2, "fevr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}  # fmt: skip

WEEKDAYS: Dict[str, int] = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
}  # fmt: skip

# TIMEX3 season codes
SEASONS: Dict[str, str] = {"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}

# A time unit -> (ISO 8601 duration letter, how many of it, whether it is a time part "T").
UNITS: Dict[str, tuple] = {
    "minute": ("M", 1, True), "minutes": ("M", 1, True),
    "heure": ("H", 1, True), "heures": ("H", 1, True),
    "jour": ("D", 1, False), "jours": ("D", 1, False), "journee": ("D", 1, False), "journees": ("D", 1, False),
    "semaine": ("W", 1, False), "semaines": ("W", 1, False),
    "mois": ("M", 1, False),
    "trimestre": ("M", 3, False), "trimestres": ("M", 3, False),
    "semestre": ("M", 6, False), "semestres": ("M", 6, False),
    "an": ("Y", 1, False), "ans": ("Y", 1, False), "annee": ("Y", 1, False), "annees": ("Y", 1, False),
    "decennie": ("Y", 10, False), "decennies": ("Y", 10, False),
    "siecle": ("Y", 100, False), "siecles": ("Y", 100, False),
}  # fmt: skip

# The granularity that "il y a trois <unit>" or "la <unit> dernière" resolves to.
UNIT_GRAIN: Dict[str, str] = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "day"}

# Events that happen on one day: "le point de presse d'aujourd'hui" is today, whereas
# "le monde d'aujourd'hui" or "les jeunes d'aujourd'hui" mean "nowadays".
DAY_EVENTS = (
    "point", "conference", "reunion", "seance", "session", "sommet", "declaration", "vote", "audience", "briefing",
    "allocution", "discours", "intervention", "communique", "annonce", "assemblee", "consultation",
    "rencontre", "entretien", "visite", "manifestation", "rassemblement", "ceremonie", "scrutin", "election",
    "journee", "operation", "edition", "atelier", "webinaire", "forum", "colloque", "audition", "deliberation",
    "expose", "presentation", "lancement", "signature", "greve", "emission",
)  # fmt: skip
# What may stand between such an event and "d'aujourd'hui" ("la séance plénière d'aujourd'hui").
DAY_EVENT_QUALIFIERS = (
    "de presse", "d'information", "ministerielle", "ministeriel", "pleniere", "extraordinaire", "speciale",
    "special", "publique", "public", "informelle", "informel", "quotidienne", "quotidien", "hebdomadaire",
    "conjointe", "conjoint", "officielle", "officiel", "solennelle", "solennel", "annuelle", "annuel",
)  # fmt: skip

# Vague quantities: "quelques jours" -> PXD ("certains jours" is which days, not how long)
VAGUE_QUANTITIES = ("quelques", "plusieurs", "de nombreuses", "de nombreux", "des", "de longues", "de longs",
                    "bien des")  # fmt: skip

_UNITS_WORDS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16,
}  # fmt: skip
_TENS_WORDS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
NUMBER_ATOMS = tuple(_UNITS_WORDS) + tuple(_TENS_WORDS) + ("cent", "cents", "mille", "et")

# Longest first so that "dix" does not stop a regex inside "dix-sept"; at most eight words
# ("quatre-vingt-dix-neuf mille ...") so that a long run of number words stays linear.
NUMBER_WORDS_RE = (
    r"(?:" + "|".join(sorted(NUMBER_ATOMS[:-1], key=len, reverse=True)) + r")"
    r"(?:(?:[\s-]+et[\s-]+|[\s-]+)(?:" + "|".join(sorted(NUMBER_ATOMS[:-1], key=len, reverse=True)) + r")){0,7}"
)

_SPLIT = re.compile(r"[\s-]+")


def parse_number_words(text: str) -> Optional[int]:
    """A French number written in words (folded), 0-999 999; None if it is not one.

    >>> parse_number_words("soixante-dix-sept")
    77
    >>> parse_number_words("quatre-vingt-dix")
    90
    """
    parts = [p for p in _SPLIT.split(text.strip()) if p and p != "et"]
    if not parts:
        return None
    total = 0
    current = 0
    for i, part in enumerate(parts):
        if part in _UNITS_WORDS:
            current += _UNITS_WORDS[part]
        elif part in ("vingt", "vingts") and current in (4,) and i > 0:
            current = 80  # quatre-vingt(s)
        elif part in _TENS_WORDS:
            if current % 100:
                return None
            current += _TENS_WORDS[part]
        elif part in ("cent", "cents"):
            current = (current or 1) * 100
        elif part == "mille":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def parse_number(text: str) -> Optional[int]:
    """Digits ("11", "1 000") or words ("onze") -> int; None for anything else."""
    compact = re.sub(r"[\s.\u202f\u00a0]", "", text)
    if compact.isdigit():
        return int(compact)
    return parse_number_words(text)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(text: str) -> Optional[int]:
    """Roman numeral (any case) -> int, for centuries ("XXIe siècle")."""
    text = text.lower()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN[c]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total
