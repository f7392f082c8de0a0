"""The pieces the date rules are written with: months, weekdays, days, years, units and
numbers as regular expressions over folded text, and the helpers that read them.
"""

from __future__ import annotations

import re
from typing import Optional

from migtext.dates.lexicon import (
    MONTHS,
    NUMBER_ATOMS,
    NUMBER_WORDS_RE,
    SEASONS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
)


def alternatives(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


MONTH = alternatives(MONTHS) + r"(?![a-z])"
WEEKDAY = alternatives(WEEKDAYS) + r"(?![a-z])"
DAY = r"(?<![\d.,/])(?:1er|1ᵉʳ|premier|[12][0-9]|3[01]|0?[1-9])(?![\d])"
YEAR = r"(?<![\d.,/+])(?:1[0-9]{3}|20[0-9]{2}|2100)(?![\d]|[.,/]\d)"
# A year in two digits after a month ("en avril 97", "le 3 juin 02"), never the start of a
# longer number ("le 12 mai 10 000 migrants"); the rules check that no noun follows it.
YEAR2 = r"(?<![\d.,/+])\d{2}(?![\d:a-z]|[.,/]\d|[ \u00a0\u202f]\d{3}(?!\d)|\s*%)"
UNIT = alternatives(UNITS) + r"(?![a-z])"
NUM = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}|\d+(?:,5)?|" + NUMBER_WORDS_RE + r")(?![a-z\d])"
VAGUE = alternatives(VAGUE_QUANTITIES)
MOD = r"(?:debut|fin|mi|courant|milieu)"
MOD_SEP = r"(?:\s*-\s*|\s+)"
PART_OF_DAY_WORDS = ("matin", "soir", "apres-midi", "midi", "nuit", "soiree", "matinee")
PART_OF_DAY = r"(?:\s+(?:" + "|".join(PART_OF_DAY_WORDS) + r"))?"
REL = r"(?:derniere|dernier|passee|passe|prochaine|prochain|en\s+cours)(?![a-z])"

# Words a rule's match may begin with (see `rule`: `starts`)
MONTH_WORDS = tuple(MONTHS)
WEEKDAY_WORDS = tuple(WEEKDAYS)
SEASON_WORDS = tuple(SEASONS)
MOD_WORDS = ("debut", "fin", "mi", "courant", "milieu")
NUMBER_WORDS = tuple(NUMBER_ATOMS[:-1])  # the words NUMBER_WORDS_RE can begin with ("et" only links)
REL_WORDS = ("dernier", "passe", "prochain", "cours")  # every REL contains one of them

MOD_CODES = {"debut": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}
REL_OFFSETS = {"dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "prochain": 1, "prochaine": 1}


def rel_offset(text: Optional[str]) -> int:
    if not text:
        return 0
    return REL_OFFSETS.get(text.split()[0], 0)


def day_number(text: str) -> int:
    return 1 if text in ("1er", "1ᵉʳ", "premier") else int(text)


# A part of the day written after a day ("lundi 4 mars dans la soirée", "le 3 mars au soir")
# or before it ("la nuit du 2 au 3 juin", "au petit matin du 12 mai"): inside the span.
PART_AFTER = (
    r"[ \t\u00a0]+(?:(?:dans|durant|pendant)\s+(?:la\s+(?:soiree|nuit|matinee|journee)|l'apres-midi)"
    r"|en\s+(?:soiree|matinee|(?:debut|fin)\s+(?:de\s+(?:soiree|matinee|journee|nuit)|d'apres-midi))"
    r"|au\s+(?:petit\s+)?(?:soir|matin)|a\s+l'aube|(?:tard|tot)\s+(?:dans\s+la\s+(?:soiree|nuit|matinee)"
    r"|le\s+(?:matin|soir)))(?![a-z-])"
)
# ("la journée du 12 août" is the whole day: the day alone is the span)
PART_BEFORE = (
    r"(?:\b(?P<petit>petit|tot\s+le|tard\s+dans\s+la)\s+)?\b(?P<part>nuit|soiree|matinee|matin|soir|apres-midi"
    r"|aube)\s+(?:du|de|d')\s*$"
)


def full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def text_before(folded: str, pos: int, size: int = 30) -> str:
    return folded[max(0, pos - size) : pos]


def mod_code(m) -> Optional[str]:
    return MOD_CODES.get(m.group("mod")) if m.group("mod") else None
