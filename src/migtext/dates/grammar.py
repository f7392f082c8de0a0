"""The date grammar: French time expressions found in text, with what each one means.

Why our own grammar rather than `dateparser.search.search_dates`: dateparser parses
absolute French dates well but returns neither exact spans nor TIMEX3 values, misses
durations, sets, decades and centuries, turns counts ("231 personnes") into dates, and
is 8 to 29 times slower per document (median 13-47 ms against 1.6-1.7 ms on the dev texts).
A few compiled regular expressions over the folded text (`migtext.core.text.fold`, same
length as the text) find spans with exact offsets, whatever the accents, apostrophes,
case or line breaks ("26\\nnovembre 2006").

`find_dates(text)` is pure Python; `value_of(found, anchor, direction)` turns one found
expression into its TIMEX3 value once the document date and the verb tense are known.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from migtext.core.regexes import compile_skipping
from migtext.core.text import fold
from migtext.dates import timex
from migtext.dates.lexicon import (
    DAY_EVENT_QUALIFIERS,
    DAY_EVENTS,
    MONTHS,
    NUMBER_ATOMS,
    NUMBER_WORDS_RE,
    SEASONS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    parse_number,
    roman_to_int,
)


@dataclass(frozen=True)
class Found:
    """One time expression: offsets into the text, its kind and what it says.

    `relative` expressions need the document date (and maybe the verb tense) for a value.
    """

    start: int
    end: int
    kind: str
    data: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    relative: bool = False


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


MONTH = _alt(MONTHS) + r"(?![a-z])"
WEEKDAY = _alt(WEEKDAYS) + r"(?![a-z])"
DAY = r"(?<![\d.,/])(?:1er|1ᵉʳ|premier|[12][0-9]|3[01]|0?[1-9])(?![\d])"
YEAR = r"(?<![\d.,/+])(?:1[0-9]{3}|20[0-9]{2}|2100)(?![\d]|[.,/]\d)"
UNIT = _alt(UNITS) + r"(?![a-z])"
NUM = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}|\d+(?:,5)?|" + NUMBER_WORDS_RE + r")(?![a-z\d])"
VAGUE = _alt(VAGUE_QUANTITIES)
MOD = r"(?:debut|fin|mi|courant|milieu)"
MOD_SEP = r"(?:\s*-\s*|\s+)"
PART_OF_DAY_WORDS = ("matin", "soir", "apres-midi", "midi", "nuit", "soiree", "matinee")
PART_OF_DAY = r"(?:\s+(?:" + "|".join(PART_OF_DAY_WORDS) + r"))?"
REL = r"(?:derniere|dernier|passee|passe|prochaine|prochain|en\s+cours)(?![a-z])"

# Words a rule's match may begin with (see `rule`: `starts`)
_MONTH_WORDS = tuple(MONTHS)
_WEEKDAY_WORDS = tuple(WEEKDAYS)
_SEASON_WORDS = tuple(SEASONS)
_MOD_WORDS = ("debut", "fin", "mi", "courant", "milieu")
_NUMBER_WORDS = tuple(NUMBER_ATOMS[:-1])  # the words NUMBER_WORDS_RE can begin with ("et" only links)
_REL_WORDS = ("dernier", "passe", "prochain", "cours")  # every REL contains one of them

MOD_CODES = {"debut": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}
REL_OFFSETS = {"dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "prochain": 1, "prochaine": 1}


def _rel_offset(text: Optional[str]) -> int:
    if not text:
        return 0
    return REL_OFFSETS.get(text.split()[0], 0)


def _day(text: str) -> int:
    return 1 if text in ("1er", "1ᵉʳ", "premier") else int(text)


def _year2(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


# ---------------------------------------------------------------------------------------
# Rules: (pattern, handler). A handler gets the match and the folded/original texts and
# yields Found objects (offsets may be narrowed to leave articles and prepositions out).

Rule = Tuple["re.Pattern[str]", Callable[..., Iterator[Found]]]
RULES: List[Rule] = []


@dataclass(frozen=True)
class _Scan:
    """How `find_dates` looks for one rule's matches without running its pattern at every position.

    `starts`: words every match begins with (a match may start only where one occurs);
    `prefixes`: or words a match may begin with when a start word follows them, with only
    whitespace or hyphens between ("le printemps"; common words are cheaper found this way);
    `digits`: a match may also start at the first digit of a run of digits (digit-led patterns
    have a `\\b` or a lookbehind that excludes a digit before); `needs`: words every match
    contains (a text with none of them is skipped). With neither `starts` nor `digits`
    the pattern scans the whole text.
    """

    pattern: re.Pattern[str]
    handler: Callable[..., Iterator[Found]]
    starts: Tuple[str, ...]
    prefixes: Tuple[str, ...]
    digits: bool
    needs: Tuple[str, ...]


_SCANS: List[_Scan] = []


def rule(
    pattern: str,
    *,
    starts: Iterable[str] = (),
    prefixes: Iterable[str] = (),
    digits: bool = False,
    needs: Iterable[str] = (),
):
    """Register a handler for `pattern`, compiled once at import (never per document).

    `compile_skipping` adds a lookahead on the characters a match can start with: the
    same matches, without trying the optional words that open most rules at every word.
    `starts`, `prefixes`, `digits` and `needs` (see `_Scan`) must hold for every match the pattern can
    make: they only spare the scan, they never change what is found.
    """
    compiled = compile_skipping(pattern)
    starts = tuple(starts)
    # "une" occurs wherever "un" does: looking up the shorter word is enough
    starts = tuple(w for w in starts if not any(w != v and w.startswith(v) for v in starts))

    def register(handler):
        RULES.append((compiled, handler))
        _SCANS.append(_Scan(compiled, handler, starts, tuple(prefixes), digits, tuple(needs)))
        return handler

    return register


_DIGIT_RUN = re.compile(r"\d+")


class _StartIndex:
    """Where, in one folded text, words and digit runs occur: shared by the rules of one text.

    Running 30 patterns over every position costs far more than looking up the few hundred
    places where a date can begin (`str.find` runs in C; most words occur a handful of times).
    """

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._positions: Dict[str, List[int]] = {}
        self._digit_starts: Optional[List[int]] = None

    def _occurrences(self, word: str) -> List[int]:
        found = []
        i = self.folded.find(word)
        while i >= 0:
            found.append(i)
            i = self.folded.find(word, i + 1)
        self._positions[word] = found
        return found

    def _prefixed(self, positions: Iterable[int], prefixes: Tuple[str, ...]) -> List[int]:
        """Where one of `prefixes` ends right before a position, but for whitespace and hyphens.

        A prefix word ends with a letter or an apostrophe, so walking back over the spaces and
        hyphens stops exactly where it ends, however wide the gap the pattern allows.
        """
        folded = self.folded
        found = []
        for pos in positions:
            end = pos
            while end > 0 and (folded[end - 1].isspace() or folded[end - 1] == "-"):
                end -= 1
            if folded.endswith(prefixes, 0, end):
                found.extend(end - len(word) for word in prefixes if folded.endswith(word, 0, end))
        return found

    def candidates(self, scan: _Scan) -> List[int]:
        """Every position where `scan`'s pattern may start, in order."""
        positions = set()
        known = self._positions
        for word in scan.starts:
            found = known.get(word)
            positions.update(self._occurrences(word) if found is None else found)
        if scan.prefixes:
            positions.update(self._prefixed(positions, scan.prefixes))
        if scan.digits:
            if self._digit_starts is None:
                self._digit_starts = [m.start() for m in _DIGIT_RUN.finditer(self.folded)]
            positions.update(self._digit_starts)
        return sorted(positions)


def _matches(scan: _Scan, folded: str, index: _StartIndex) -> Iterator[re.Match[str]]:
    """The matches of `scan.pattern.finditer(folded)`, found by trying only the candidate starts.

    Same matches: finditer takes the leftmost match at or after the end of the last one,
    and a match can start only at a candidate. No rule matches the empty string.
    """
    if scan.needs and not any(word in folded for word in scan.needs):
        return
    if not scan.starts and not scan.digits:
        yield from scan.pattern.finditer(folded)
        return
    match = scan.pattern.match
    end = 0
    for start in index.candidates(scan):
        if start < end:
            continue
        m = match(folded, start)
        if m is not None:
            yield m
            end = m.end()


def _before(folded: str, pos: int, size: int = 30) -> str:
    return folded[max(0, pos - size) : pos]


@rule(
    r"\b(?:(?P<ce>ce|cet)\s+)?(?:(?P<wd>" + WEEKDAY + r")" + PART_OF_DAY + r"\s+)?"
    r"(?P<day>" + DAY + r")\s+(?P<month>" + MONTH + r")(?:\s+(?P<year>" + YEAR + r")|\s+(?P<rel>dernier|prochain)\b)?",
    starts=("ce", *_WEEKDAY_WORDS, "premier"),
    digits=True,
)
def _full_date(m, folded, text):
    if m.group("ce") and not m.group("wd"):
        return
    month, day = MONTHS[m.group("month")], _day(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if not timex.valid_day(month, day):
        return
    if year is None and _NAMED_AFTER_DATE.search(text[max(0, m.start() - 40) : m.start()]):
        return  # "le Mouvement du 23 mars", "la place du 20 Août": a name, not a time
    data = {"year": year, "month": month, "day": day, "offset": _rel_offset(m.group("rel"))}
    yield Found(m.start(), m.end(), "date", data, relative=year is None)


# Names built on a date: a capitalised head noun, then "du", then a day and month.
_NAMED_AFTER_DATE = re.compile(
    r"\b(?:Mouvement|Place|place|Rue|rue|Avenue|avenue|Boulevard|boulevard|Pont|pont|Stade|stade|Révolution|Parti"
    r"|Alliance|Front|Coalition|Collectif|Brigade|Groupe|Lycée|lycée|Hôpital|hôpital|Quartier|quartier|Camp|camp"
    r"|Accords?|Déclaration|Manifeste|Marche)\s+du\s+$"
)


@rule(
    r"(?:\b" + WEEKDAY + r"\s+)?(?P<d1>" + DAY + r")\s*(?P<sep>au|a|-|et)\s*(?:le\s+)?(?:" + WEEKDAY + r"\s+)?"
    r"(?P<d2>" + DAY + r")\s+(?P<month>" + MONTH + r")"
    r"(?:\s+(?P<year>" + YEAR + r"))?",
    starts=(*_WEEKDAY_WORDS, "premier"),
    digits=True,
)
def _day_range(m, folded, text):
    month = MONTHS[m.group("month")]
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    year = int(m.group("year")) if m.group("year") else None
    if not (timex.valid_day(month, d1) and timex.valid_day(month, d2)) or d1 >= d2:
        return
    before = _before(folded, m.start(), 14)
    sep = m.group("sep")
    if sep == "et" and not re.search(r"\bentre\s+(?:le\s+)?$", before):
        # "les 26 et 27 novembre": two dates, the first borrowing month and year
        yield Found(m.start(), m.end("d1"), "date", {"year": year, "month": month, "day": d1}, year is None)
        second = m.start("d2")
        weekday = re.search(WEEKDAY + r"\s+$", folded[m.end("sep") : second])
        start = m.end("sep") + weekday.start() if weekday else second
        yield Found(start, m.end(), "date", {"year": year, "month": month, "day": d2}, year is None)
        return
    if sep == "a" and not re.search(r"\b(?:du|de)\s+$", before):
        return
    first = {"year": year, "month": month, "day": d1}
    last = {"year": year, "month": month, "day": d2}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=year is None)


@rule(
    r"(?P<d1>" + DAY + r")\s+(?P<m1>" + MONTH + r")(?:\s+(?P<y1>" + YEAR + r"))?\s*(?P<sep>au|-|et)\s*(?:le\s+)?"
    r"(?P<d2>" + DAY + r")\s+(?P<m2>" + MONTH + r")(?:\s+(?P<y2>" + YEAR + r"))?",
    starts=("premier",),
    digits=True,
)
def _cross_month_range(m, folded, text):
    if m.group("sep") == "et" and not re.search(r"\bentre\s+(?:le\s+)?$", _before(folded, m.start(), 14)):
        return
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else y2
    first = {"year": y1, "month": MONTHS[m.group("m1")], "day": _day(m.group("d1"))}
    last = {"year": y2, "month": MONTHS[m.group("m2")], "day": _day(m.group("d2"))}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=y2 is None)


@rule(
    r"(?P<m1>" + MONTH + r")(?:\s+(?P<y1>" + YEAR + r"))?\s*(?P<sep>a|au|-|et|ou|,)\s*"
    r"(?P<m2>" + MONTH + r")(?:\s+(?P<y2>" + YEAR + r"))?",
    starts=_MONTH_WORDS,
)
def _month_range(m, folded, text):
    sep = m.group("sep")
    if "." in m.group("m1") + m.group("m2"):
        return
    between = re.search(r"\b(?:de|d'|entre)\s*$", _before(folded, m.start(), 14))
    if sep in ("et", "ou", ",") and not (sep == "et" and between):
        if m.group("y2") and not m.group("y1"):
            # "en mars et avril 2024": two months, the first borrowing the year
            year = int(m.group("y2"))
            yield Found(m.start("m1"), m.end("m1"), "date", {"year": year, "month": MONTHS[m.group("m1")]})
            yield Found(m.start("m2"), m.end(), "date", {"year": year, "month": MONTHS[m.group("m2")]})
        return
    if not re.search(r"\b(?:de|d'|entre)\s*$", _before(folded, m.start(), 14)) and not (sep == "-" and m.group("y2")):
        return
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else y2
    first = {"year": y1, "month": MONTHS[m.group("m1")]}
    last = {"year": y2, "month": MONTHS[m.group("m2")]}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=y2 is None)


@rule(r"(?P<y1>" + YEAR + r")\s*(?P<sep>-|a|au|et)\s*(?P<y2>" + YEAR + r")", digits=True)
def _year_range(m, folded, text):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or _looks_like_count(folded, m.end()):
        return
    if m.group("sep") != "-" and not re.search(r"\b(?:de|d'|entre)\s*$", _before(folded, m.start(), 14)):
        return
    yield Found(m.start(), m.end(), "range", {"first": {"year": y1}, "last": {"year": y2}})


# "règlement (UE) 2019/2020", "directive n° 2019/2020": a number, not a year
_NUMBERED_INSTRUMENT = re.compile(
    r"\b(?:reglements?|directives?|decisions?|lois?|decrets?|resolutions?|arretes?|ordonnances?|n°|no|numero)"
    r"\s*(?:\([^)]{1,12}\)\s*)?(?:n°\s*)?$"
)


@rule(r"(?<![\d.,/+])(?P<y1>(?:19|20)\d\d)/(?P<y2>(?:19|20)\d\d)(?![\d/])", digits=True)
def _school_year(m, folded, text):
    """"2019/2020": a school or budget year; "2016/679" or "2019/1937" are regulation numbers."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 == y1 + 1 and not _NUMBERED_INSTRUMENT.search(_before(folded, m.start(), 30)):
        yield Found(m.start(), m.end(), "range", {"first": {"year": y1}, "last": {"year": y2}})


@rule(r"(?<![\d/.])(?P<d>\d{1,2})(?P<s>[/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/.]\d|\d)", digits=True)
def _numeric_date(m, folded, text):
    if len(m.group("y")) == 2 and m.group("s") != "/":
        return
    day, month, year = int(m.group("d")), int(m.group("m")), _year2(m.group("y"))
    if timex.valid_day(month, day) and 1800 <= year <= 2100:
        yield Found(m.start(), m.end(), "date", {"year": year, "month": month, "day": day})


@rule(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])", digits=True)
def _iso_date(m, folded, text):
    day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if timex.valid_day(month, day):
        yield Found(m.start(), m.end(), "date", {"year": year, "month": month, "day": day})


@rule(
    r"\b(?:(?P<mod>" + MOD + r")" + MOD_SEP + r")?(?P<month>" + MONTH + r")\s+(?P<year>" + YEAR + r")",
    starts=_MONTH_WORDS,
    prefixes=_MOD_WORDS,
)
def _month_year(m, folded, text):
    data = {"year": int(m.group("year")), "month": MONTHS[m.group("month")], "mod": _mod(m)}
    yield Found(m.start(), m.end(), "date", data)


def _mod(m) -> Optional[str]:
    return MOD_CODES.get(m.group("mod")) if m.group("mod") else None


# Words after which a month name alone is a date ("en mai", "depuis janvier").
_MONTH_CUE = re.compile(
    r"(?:\b(?:en|depuis|des|de|d'|du|jusqu'en|jusqu'a|jusqu'au|avant|apres|vers|d'ici|fin|debut|mi|courant|mois\s+de"
    r"|mois\s+d'|entre|et|ou|a\s+partir\s+de|a\s+compter\s+de|pour)|-)\s*$"
)


@rule(
    r"\b(?:(?P<mod>" + MOD + r")" + MOD_SEP + r")?(?P<month>" + MONTH + r")(?:\s+(?P<rel>" + REL + r"))?",
    starts=_MONTH_WORDS,
    prefixes=_MOD_WORDS,
)
def _month_alone(m, folded, text):
    month_word = m.group("month")
    if "." in month_word:
        return
    rel = m.group("rel")
    item = _agenda_item(text, m.start(), m.end())
    if not (m.group("mod") or rel or item or _MONTH_CUE.search(_before(folded, m.start(), 20))):
        return
    capital = text[m.start("month")].isupper()
    if capital and not (m.group("mod") or _sentence_start(text, m.start("month")) or item or _in_heading(text, m)):
        return  # "la Place de Mai", "le rover Mars"
    data = {"month": MONTHS[month_word], "mod": _mod(m), "offset": _rel_offset(rel)}
    yield Found(m.start(), m.end(), "month", data, relative=True)


# A list item that a date opens: "Juillet (date à confirmer) – Abuja", "18 décembre – Journée ...".
_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·▪][ \t]*)?$")
_ITEM_END = re.compile(r"[ \t]*(?:[–—:(]|-[ \t]|\n|$)")


def _agenda_item(text: str, start: int, end: int) -> bool:
    """True when [start, end) opens a line and a dash, colon, bracket or the line's end follows."""
    return bool(_ITEM_START.search(text, max(0, start - 8), start) and _ITEM_END.match(text, end))


# A heading or an intro line that announces what comes: "Agenda : les rendez-vous des prochains mois".
_UPCOMING_CUE = re.compile(r"\b(?:a\s+venir|prochains|prochaines|agenda|calendrier|echeancier)\b")
_INTRO_LINE_MAX = 160


def upcoming_list_start(text: str, folded: str) -> Optional[int]:
    """Where the first line announcing upcoming events ends, or None.

    Such a line is short and does not end a sentence (a heading) or ends with a colon;
    the dated items below it ("18 décembre – Journée ...") lie ahead of the document date.
    """
    for cue in _UPCOMING_CUE.finditer(folded):
        line_start = text.rfind("\n", 0, cue.start()) + 1  # the folded text has no line breaks
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if len(line) <= _INTRO_LINE_MAX and (line.endswith(":") or not line.endswith((".", "!", "?", "»", '"'))):
            return line_end
    return None


def upcoming_item(text: str, found: Found, list_start: Optional[int]) -> bool:
    """True when `found` opens an item of a list of upcoming events (see `upcoming_list_start`)."""
    return list_start is not None and found.start > list_start and _agenda_item(text, found.start, found.end)


# In a heading in capitals only these make a month a date: "EN MARS", not "VERS MARS" or "LA CONQUÊTE DE MARS".
_HEADING_MONTH_CUE = re.compile(
    r"\b(?:en|depuis|des|d'ici|jusqu'en|jusqu'a|jusqu'au|a\s+partir\s+de|a\s+compter\s+de)\s*$"
)


def _in_heading(text: str, m) -> bool:
    """"CE QUI CHANGE EN MARS": a month in capitals, after "en", on a line without a lowercase letter."""
    month = text[m.start("month") : m.end("month")]
    if not month.isupper() or not _HEADING_MONTH_CUE.search(fold(text[max(0, m.start() - 20) : m.start()])):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not any(c.islower() for c in line)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;([-–—•*\"«"


@rule(r"\b(?P<mod>" + MOD + r")(?:\s*-\s*|\s+)(?P<year>" + YEAR + r")", starts=_MOD_WORDS)
def _year_with_mod(m, folded, text):
    yield Found(m.start(), m.end(), "date", {"year": int(m.group("year")), "mod": _mod(m)})


# A lone year: a cue before it, or punctuation after it, and never a count.
_YEAR_CUE = re.compile(
    r"(?:\b(?:en|depuis|des|d'ici|d'ici\s+a|jusqu'en|jusqu'a|avant|apres|vers|de|d'|du|entre|et|a|au|pour|an|annee"
    r"|horizon|l'horizon|printemps|ete|automne|hiver|le|la|ou|sur|par|dans|fin|debut|mi|courant|ete|exercice|cycle|"
    r"rapport|edition|budget|recensement|election|elections)|[,;(\[:/-])\s*$"
)
# After these a number is a year whatever follows ("en 2016 parmi les pays"); "de 2000 personnes" is a count.
_STRONG_YEAR_CUE = re.compile(
    r"\b(?:en|depuis|des|d'ici|d'ici\s+a|jusqu'en|avant|apres|vers|courant|fin|debut|mi|an|annee|l'horizon)\s*-?\s*$"
)
# Cue words that may open a sentence with a capital ("En 2015", "Depuis 2019", "Fin 2023").
_SENTENCE_CUES = frozenset(
    "en depuis des avant apres vers fin debut mi courant de du entre et a au pour jusqu le la sur dans ou par"
    " printemps ete automne hiver annee an".split()
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:n|no|n°|numero|art|article|articles|resolution|loi|decret|chapitre|page|pages|p|vol|tel|fax|bp|cp"
    r"|programme|agenda|vision|code|ref|reference|dossier|rue|avenue|boulevard|route|salle|bureau|poste|vol)[.°]?"
    r"|[+#°$€£%])\s*$"
)
# "la Convention de 1951", "décret 216 de 2021", "conventions de 1954 et de 1961", "loi n° 12 du 2018"
_INSTRUMENT_YEAR = re.compile(
    r"\b(?:conventions?|protocoles?|pactes?|lois?|decrets?|accords?|traites?|chartes?|declarations?|reglements?"
    r"|directives?|ordonnances?|arretes?|resolutions?|statuts?)"
    r"(?:\s+(?:n°|no|numero)?\s*[\d/-]+)?\s+(?:de|du|d')\s*(?:\d{4}\s+(?:et|,|ou)\s+(?:de\s+)?)?$"
)
_NOT_YEAR_AFTER = re.compile(r"^\s*(?:%|€|\$|£|agenda\b|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d))")
# Words that may follow a year without making it a count ("depuis 1951 une migration").
_FUNCTION_WORDS = frozenset(
    "de d du des le la les l un une et ou a au aux en dans par pour sur avec sans contre selon plus pres moins"
    " environ quelque quelques ce cet cette ces il elle ils elles on nous vous qui que qu quand lorsque alors mais"
    " puis ont est sont etait etaient avait avaient deja son sa ses leur leurs lors apres avant pendant jusqu"
    " notamment seulement aussi encore pas ne n y se s sa mon ma mes notre nos votre vos afin ainsi comme parmi"
    " vers chez sous entre depuis durant malgre hors face grace suite toujours ensuite enfin meme tres bien tout"
    " tous toute toutes si cependant pourtant dont lequel laquelle lesquels"
    .split()
)


def _looks_like_count(folded: str, end: int) -> bool:
    """A number followed by a noun ("2015 migrants") or a unit ("2030 %") counts something."""
    m = re.match(r"\s*([a-z]+)", folded[end : end + 40])
    if not m:
        return False
    word = m.group(1)
    return word not in _FUNCTION_WORDS and word not in MONTHS and folded[end : end + 1].isspace()


@rule(YEAR, digits=True)
def _lone_year(m, folded, text):
    year = int(m.group())
    before = _before(folded, m.start(), 30)
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(folded[m.end() : m.end() + 8]):
        return
    if re.search(r"\d[ \u00a0\u202f]$", before):  # "12 2030" is part of a longer number
        return
    if _INSTRUMENT_YEAR.search(before):
        return  # part of an instrument's name, whether or not a LEGAL candidate covers it
    previous = re.search(r"(\w+)[ \u00a0]$", text[max(0, m.start() - 30) : m.start()])
    if previous and previous.group(1)[0].isupper() and fold(previous.group(1)) not in _SENTENCE_CUES:
        return  # "Horizon 2020", "Vision 2030", "Euro 2016": a name that carries a year
    cue = _YEAR_CUE.search(before)
    if not (1900 <= year <= 2100 or (cue and 1500 <= year)):
        return
    if not (cue and _STRONG_YEAR_CUE.search(before)) and _looks_like_count(folded, m.end()):
        return
    after = folded[m.end() : m.end() + 2]
    if not cue and not (after == "" or after[0] in ".,;:)]!?" or after[0].isspace()):
        return
    if not cue and text[m.end() : m.end() + 40].lstrip()[:1].islower():
        return
    yield Found(m.start(), m.end(), "date", {"year": year})


@rule(r"\b(?:annees|decennie)\s+(?P<dec>(?:19|20)?\d0)(?![\d])", starts=("annees", "decennie"))
def _decade(m, folded, text):
    digits = m.group("dec")
    decade = digits[:3] if len(digits) == 4 else ("20" if digits == "00" else "19") + digits[0]
    if _looks_like_count(folded, m.end()):
        return
    yield Found(m.start(), m.end(), "decade", {"value": decade})


@rule(r"\b(?P<num>[ivxl]{1,6}|\d{1,2})(?:eme|ieme|er|e|ᵉʳ|ᵉ)\s+siecle(?![a-z])", needs=("siecle",))
def _century(m, folded, text):
    raw = m.group("num")
    surface = text[m.start("num") : m.end("num")]
    number = int(raw) if raw.isdigit() else (roman_to_int(raw) if surface.isupper() else None)
    if number and 1 <= number <= 22:
        yield Found(m.start(), m.end(), "century", {"value": f"{number - 1:02d}"})


_RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "apres-demain": 2}
# "le point de presse d'aujourd'hui": an event of one day before "d'", so the day itself.
# "d'aujourd'hui" after any other word is "of nowadays"; "à partir d'aujourd'hui" is the day.
_OF_TODAY = re.compile(r"(?:\b(?P<from>partir|compter)\s+)?\bd'\s*$")
_DAY_EVENT_BEFORE = re.compile(
    r"\b" + _alt(DAY_EVENTS) + r"s?(?:\s+" + _alt(DAY_EVENT_QUALIFIERS) + r"s?)?\s+d'\s*$"
)


@rule(
    r"\b(?P<word>aujourd'hui|aujourd hui|avant-hier|apres-demain|hier|demain)(?![a-z])" + PART_OF_DAY,
    starts=("aujourd", "avant-hier", "apres-demain", "hier", "demain"),
)
def _relative_day(m, folded, text):
    offset = _RELATIVE_DAYS.get(m.group("word").replace(" ", "'"), 0)
    data = {"offset": offset}
    before = _before(folded, m.start(), 60)
    event_of_the_day = _DAY_EVENT_BEFORE.search(before)
    of_today = _OF_TODAY.search(before)
    if offset == 0 and not event_of_the_day and of_today and not of_today.group("from"):
        return  # "le monde d'aujourd'hui", "les jeunes d'aujourd'hui": nowadays, whatever the tense
    if offset == 0 and not m.group().endswith(PART_OF_DAY_WORDS) and not event_of_the_day:
        # "accueille aujourd'hui 80 000 personnes" means "nowadays": a day only with a past or future verb
        data["nowadays"] = True
    yield Found(m.start(), m.end(), "relday", data, relative=True)


@rule(r"\b(?:ce|cette|cet)\s+(?:matin|soir|nuit|apres-midi|soiree|matinee)(?![a-z-])", starts=("ce",))
def _this_part_of_day(m, folded, text):
    yield Found(m.start(), m.end(), "relday", {"offset": 0}, relative=True)


_GRAINS = {
    "semaine": "week", "mois": "month", "an": "year", "annee": "year", "week-end": "weekend",
    "siecle": "century", "decennie": "decade",
}  # fmt: skip
GRAIN = _alt(_GRAINS) + r"(?![a-z])"


@rule(r"\b(?:ce|cette|cet)\s+(?P<unit>" + GRAIN + r")(?P<ci>-ci|\s+ci\b)?(?!\s*-\s*la\b)", starts=("ce",))
def _this_period(m, folded, text):
    if m.group("unit") == "week-end":
        yield Found(m.start(), m.end(), "weekend", {}, relative=True)
        return
    yield Found(m.start(), m.end(), "period", {"grain": _GRAINS[m.group("unit")], "offset": 0}, relative=True)


@rule(
    r"(?:\b(?P<det>la|le|l')\s*)?\b(?P<unit>" + GRAIN + r")\s+(?P<rel>" + REL + r")",
    starts=tuple(_GRAINS),
    prefixes=("la", "le", "l'"),
    needs=_REL_WORDS,
)
def _last_next_period(m, folded, text):
    start = m.start() if m.group("det") else m.start("unit")
    grain = _GRAINS[m.group("unit")]
    data = {"grain": grain, "offset": _rel_offset(m.group("rel"))}
    yield Found(start, m.end(), "period", data, relative=True)


@rule(
    r"\b(?P<mod>debut|fin|milieu|mi)\s*(?:-\s*)?(?:de\s+l'|de\s+la\s+|du\s+|d'\s*)(?P<unit>annee|an|mois|semaine)"
    r"(?:\s+(?P<rel>" + REL + r"|(?P<year>" + YEAR + r")))?",
    starts=_MOD_WORDS,
)
def _period_part(m, folded, text):
    if not m.group("rel") or m.group("year"):
        return  # "depuis le début de l'année" is left unmarked, as in the project's gold
    data = {"grain": _GRAINS[m.group("unit")], "offset": _rel_offset(m.group("rel")), "mod": _mod(m)}
    yield Found(m.start(), m.end(), "period", data, relative=True)


@rule(
    r"\b(?:(?P<ce>ce)\s+)?(?P<wd>" + WEEKDAY + r")(?![a-z])" + PART_OF_DAY
    + r"(?:\s+(?P<rel>dernier|prochain|passe)\b)?",
    starts=_WEEKDAY_WORDS,
    prefixes=("ce",),
    needs=_WEEKDAY_WORDS,
)
def _weekday(m, folded, text):
    offset = _rel_offset(m.group("rel"))
    if not offset and not m.group("ce") and re.search(r"\b(?:le|les|du|au)\s+$", _before(folded, m.start(), 5)):
        return  # "le dimanche" is every Sunday (a habit), not one day
    data = {"weekday": WEEKDAYS[m.group("wd")], "offset": offset}
    yield Found(m.start(), m.end(), "weekday", data, relative=True)


@rule(
    r"\b(?:(?P<det>cet|ce|l'|le)\s*)?(?P<season>printemps|ete|automne|hiver)(?![a-z])"
    r"(?:\s+(?:(?P<year>" + YEAR + r")|(?P<rel>dernier|prochain|passe)\b))?",
    starts=_SEASON_WORDS,
    prefixes=("cet", "ce", "l'", "le"),
    needs=_SEASON_WORDS,
)
def _season(m, folded, text):
    det, code = m.group("det"), SEASONS[m.group("season")]
    if m.group("year"):
        yield Found(m.start("season"), m.end(), "date", {"year": int(m.group("year")), "part": code})
        return
    if det == "le" and not m.group("rel"):
        det = None  # "depuis le printemps": the article stays outside
    if m.group("rel") and det in ("l'", "le"):
        yield Found(m.start(), m.end(), "season", {"code": code, "offset": _rel_offset(m.group("rel"))}, True)
    elif det in ("ce", "cet") and not m.group("rel"):
        yield Found(m.start(), m.end(), "season", {"code": code, "offset": 0}, True)
    elif not m.group("rel") and _SEASON_CUE.search(_before(folded, m.start(), 25)):
        bare_ete = det is None and code == "SU" and not re.search(r"\ben\s*$", _before(folded, m.start(), 5))
        if bare_ete:
            return  # a bare "été" is the participle of "être" ("a été")
        if re.match(r"\s+(?:de|d'|du|des)\b", folded[m.end() : m.end() + 5]):
            return  # "l'hiver de la faim", "au printemps des peuples": not a period of this year
        start = m.start() if det == "l'" else m.start("season")
        yield Found(start, m.end(), "season", {"code": code, "offset": 0, "by_tense": True}, True)


# A season after these is a time ("au printemps", "en hiver", "d'ici l'été"); "en plein hiver" is not.
_SEASON_CUE = re.compile(
    r"(?:\b(?:au|en|d'ici|depuis|avant|apres|pendant|durant|des|jusqu'a|a\s+partir\s+de|au\s+cours\s+de|courant|de)"
    r"\s*(?:l'|le\s+)?|\bd'ici\s+a\s*l')$"
)


@rule(
    r"\b(?:(?P<det>l')\s*(?P<yu>annee|an)\s+(?P<ys>precedente|precedent|suivante|suivant|d'avant|d'apres)"
    r"|(?P<mdet>le)\s+mois\s+(?P<ms>precedent|suivant|d'avant|d'apres)"
    r"|(?:la|cette|le|ce)\s+meme\s+(?P<same>annee|mois)"
    r"|(?:cette\s+(?P<that>annee)|ce\s+(?P<thatm>mois))\s*-?\s*la)(?![a-z])",
    starts=("l'an", "le", "la", "ce"),
    needs=("precedent", "suivant", "meme", "d'avant", "d'apres", "la"),
)
def _anaphoric(m, folded, text):
    """"l'année précédente", "la même année", "ce mois-là": a year or month counted from the one just named.

    Its value comes from the last date written before it (`value_of`'s `previous`), not
    from the document date: "En 2024, ... 8 % de moins que l'année précédente" is 2023.
    """
    if re.match(r"\s*(?:que|qu')", folded[m.end() : m.end() + 5]):
        return  # "la même année que lui": a comparison, not a date
    if (m.group("that") or m.group("thatm")) and folded[m.end() - 3] != "-" and text[m.end() - 1] != "à":
        return  # "cette année la valeur": an article, not "là"
    step = m.group("ys") or m.group("ms") or ""
    shift = 1 if step.startswith(("suiv", "d'apres")) else -1 if step else 0
    year = m.group("yu") or m.group("same") == "annee" or m.group("that")
    yield Found(m.start(), m.end(), "anaphor", {"grain": "year" if year else "month", "shift": shift})


@rule(
    r"\b(?:du|le|au|pendant\s+le|durant\s+le|depuis\s+le)\s+(?P<we>week-end)(?![a-z-])(?!\s+(?:" + REL + r"|de|d'))",
    starts=("du", "le", "au", "pendant", "durant", "depuis"),
    needs=("week-end",),
)
def _the_weekend(m, folded, text):
    """"au cours du week-end": the weekend next to the document date, on the verb's side."""
    yield Found(m.start("we"), m.end(), "weekend", {}, relative=True)


_ORDINALS = {"premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "second": 2, "troisieme": 3, "3e": 3,
             "quatrieme": 4, "4e": 4}  # fmt: skip


@rule(
    r"\b(?P<ord>" + _alt(_ORDINALS) + r")\s+(?P<kind>trimestre|semestre)(?![a-z])"
    r"(?:\s+(?:de\s+l'annee\s+|de\s+|d')?(?P<year>" + YEAR + r"))?",
    starts=tuple(_ORDINALS),
    needs=("trimestre", "semestre"),
)
def _year_part(m, folded, text):
    n = _ORDINALS[m.group("ord")]
    if m.group("kind") == "semestre" and n > 2:
        return
    part = ("Q" if m.group("kind") == "trimestre" else "H") + str(n)
    year = int(m.group("year")) if m.group("year") else None
    yield Found(m.start(), m.end(), "date", {"year": year, "part": part}, relative=year is None)


@rule(
    r"\b(?P<prep>il\s+y\s+a|dans)\s+(?:(?:plus|pres|moins)\s+d'\s*|(?:plus\s+de|pres\s+de|environ|quelque"
    r"|moins\s+de|au\s+moins)\s+)?"
    r"(?P<num>" + NUM + r"|" + VAGUE + r")\s+(?P<unit>" + UNIT + r")",
    starts=("il", "dans"),
)
def _ago_or_in(m, folded, text):
    unit = UNITS[m.group("unit")]
    n = parse_number(m.group("num"))
    if unit[2] or (n is not None and n * unit[1] > 1000):
        return
    sign = -1 if m.group("prep").startswith("il") else 1
    data = {"n": None if n is None else n * unit[1], "unit": unit[0], "sign": sign}
    yield Found(m.start("num"), m.end(), "shift", data, relative=True)


# Ages are not DATEs: "âgé de 12 ans", "les moins de 18 ans", "une Syrienne de 31 ans", "Aisha, 24 ans,".
_PERSON_NOUNS = (
    "enfant|fille|fillette|garcon|femme|homme|jeune|adolescent|adolescente|bebe|nourrisson|mineur|mineure|personne"
    "|migrant|migrante|refugie|refugiee|mere|pere|victime|eleve|etudiant|etudiante|ressortissant|ressortissante"
    "|soeur|frere|fils|veuve|veuf|demandeur|demandeuse|travailleur|travailleuse|ouvrier|ouvriere|passager|passagere"
    "|survivant|survivante|rescape|rescapee|candidat|candidate|mari|epouse|garcons|filles|enfants|femmes|hommes|jeunes"
)
_AGE_BEFORE = re.compile(
    r"(?:\bage(?:e|s|es)?\s+(?:de\s+|d'\s*)(?:(?:plus|moins|pres)\s+de\s+)?(?:\d+\s+(?:a|et)\s+)?"
    r"|\b(?:les|des|de|aux|entre)\s+(?:moins|plus)\s+de\s+"
    r"|\b(?:" + _PERSON_NOUNS + r")s?\s+(?:[a-z]+\s+)?(?:de\s+|d'\s*)(?:(?:plus|moins|pres)\s+de\s+)?"
    r"|\ba\s+)$"
)
_AGE_AFTER = re.compile(r"\s+(?:et\s+plus|ou\s+plus|revolus)\b")


def _age_context(folded: str, text: str, start: int, end: int) -> bool:
    """True when "N ans" at [start, end) gives someone's age."""
    before = _before(folded, start, 60)
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(folded, end):
        return True
    # "une Hondurienne de 31 ans": a capitalised person noun (a demonym) before "de"
    m = re.search(r"\b(?i:un|une|le|la|les|des|du)\s+(\w+)\s+de\s+$", text[max(0, start - 40) : start])
    if m and m.group(1)[0].isupper():
        return True
    # "Aisha Bello, 24 ans, originaire de ...": an apposition between commas or brackets
    return bool(re.search(r"[,(]\s*$", before) and re.match(r"\s*[,.)]", folded[end : end + 3]))


@rule(
    r"\b(?:(?P<les>les|ces)\s+)?(?P<num>" + NUM + r"|" + VAGUE + r")\s+(?:(?P<rel>dernieres|derniers|derniere|dernier"
    r"|prochaines|prochains|prochaine|prochain|premieres|premiers)\s+)?(?P<unit>" + UNIT + r")"
    r"(?P<half>\s+et\s+demie?)?",
    starts=("les", "ces", *_NUMBER_WORDS, *VAGUE_QUANTITIES),
    digits=True,
)
def _duration(m, folded, text):
    num_text, unit_word = m.group("num"), m.group("unit")
    letter, factor, time_part = UNITS[unit_word]
    if num_text == "des" and m.group("rel") and not m.group("rel").startswith("premier"):
        return  # "des prochains mois" is "de les": a vague period ("prochains mois", `_vague_period`)
    if re.match(r"\s+(?:" + YEAR + r"|\d0\b)", folded[m.end() : m.end() + 6]) and unit_word.startswith("annee"):
        return  # "des années 1990" is a decade
    if unit_word.startswith("an") and _age_context(folded, text, m.start("num"), m.end()):
        return  # "une Hondurienne de 31 ans", "les moins de 18 ans": an age, not a length of time
    if num_text in ("un", "une") and unit_word in ("jour", "journee"):
        return  # "un jour" is "some day", not a length of time
    if re.match(r"\s+sur\s+\d", folded[m.end() : m.end() + 8]):
        return  # "24 heures sur 24", "7 jours sur 7": around the clock, not a length of time
    if re.match(r"\s+de\s+(?:travail|salaire|loyer|conge|conges|repos)\b", folded[m.end() : m.end() + 16]):
        return  # "une semaine de travail", "trois mois de salaire": an amount, not a time
    if unit_word.startswith("journee"):
        return  # "une journée de sensibilisation"
    n = parse_number(num_text.replace(",5", "")) if num_text not in VAGUE_QUANTITIES else None
    clock = re.search(r"\b(?:a|vers|des|jusqu'a)\s*$", _before(folded, m.start(), 10))
    if time_part and n is not None and n <= 24 and clock:
        return  # "à 10 heures" is a time of day
    if n is not None:
        amount: float = n * factor + (0.5 * factor if ",5" in num_text or m.group("half") else 0)
        if amount > 10000:
            return
        if not float(amount).is_integer() and letter == "Y":
            amount, letter = amount * 12, "M"
        value = timex.duration(amount, letter, time_part)
    else:
        value = timex.duration(None, letter, time_part)
    start = m.start() if (m.group("les") and m.group("rel")) else m.start("num")
    yield Found(start, m.end(), "duration", {"value": value})


@rule(
    r"\b(?:(?P<det>la|le|cette|ce)\s+)?(?P<rel>derniere|dernier|prochaine|prochain)\s+(?P<unit>" + UNIT + r")",
    starts=("dernier", "prochain"),
    prefixes=("la", "le", "cette", "ce"),
    needs=("dernier", "prochain"),
)
def _the_last_unit(m, folded, text):
    """"la dernière décennie", "le dernier mois": the length of time just before (or after) now."""
    letter, factor, time_part = UNITS[m.group("unit")]
    if m.group("unit").endswith("s") and m.group("unit") != "mois" or m.group("unit").startswith(("jour", "heure")):
        return
    if re.match(r"\s+(?:de|du|d')\b", folded[m.end() : m.end() + 5]):
        return  # "la dernière semaine de mars" is a point, not a length
    yield Found(m.start(), m.end(), "duration", {"value": timex.duration(factor, letter, time_part)})


@rule(
    r"\b(?P<a>" + NUM + r")\s+(?:ou|a|-)\s+(?P<b>" + NUM + r")\s+(?P<unit>" + UNIT + r")",
    starts=_NUMBER_WORDS,
    digits=True,
)
def _approximate_duration(m, folded, text):
    """"deux ou trois ans": a length of time known only roughly (PXY)."""
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a is None or b is None or a >= b or _age_context(folded, text, m.start(), m.end()):
        return
    letter, _factor, time_part = UNITS[m.group("unit")]
    yield Found(m.start(), m.end(), "duration", {"value": timex.duration(None, letter, time_part)})


@rule(r"\b(?:un|une)\s+demi-(?P<unit>siecle|heure)(?![a-z])", starts=("un",), needs=("demi-",))
def _half_unit(m, folded, text):
    """"un demi-siècle" (P50Y), "une demi-heure" (PT30M)."""
    value = "P50Y" if m.group("unit") == "siecle" else "PT30M"
    yield Found(m.start(), m.end(), "duration", {"value": value})


_APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100}  # fmt: skip


@rule(
    r"\b(?:une\s+)?(?P<q>" + _alt(_APPROX) + r")\s+(?:de\s+|d')(?P<unit>" + UNIT + r")",
    starts=tuple(_APPROX),
    prefixes=("une",),
    needs=("aine",),
)
def _approximate_amount(m, folded, text):
    """"une dizaine d'années": about ten years (P10Y, mod APPROX)."""
    if m.group("unit").startswith("an") and _age_context(folded, text, m.start(), m.end()):
        return  # "un homme d'une trentaine d'années"
    letter, factor, time_part = UNITS[m.group("unit")]
    value = timex.duration(_APPROX[m.group("q")] * factor, letter, time_part)
    yield Found(m.start(), m.end(), "duration", {"value": value, "mod": "APPROX"})


@rule(
    r"\b(?P<q>chaque|tous\s+les|toutes\s+les|par)\s+(?:(?P<num>" + NUM + r")\s+)?"
    r"(?P<unit>" + UNIT + r"|" + WEEKDAY + r"s?|matin|soir|nuit|matins|soirs|nuits|ete|etes|hiver|hivers|printemps"
    r"|automne|automnes)(?![a-z])",
    starts=("chaque", "tous", "toutes", "par"),
)
def _set(m, folded, text):
    unit_word, num_text = m.group("unit"), m.group("num")
    if num_text and not m.group("q").startswith("tou"):
        return
    n = parse_number(num_text) if num_text else 1
    if n is None:
        return
    if unit_word.rstrip("s") in WEEKDAYS:
        value = timex.duration(n, "W")
    elif unit_word.rstrip("s") in SEASONS or unit_word == "printemps":
        if m.group("q") == "par":
            return
        value = timex.duration(n, "Y")
    elif unit_word.rstrip("s") in ("matin", "soir", "nuit"):
        if m.group("q") == "par":
            return
        value = timex.duration(n, "D")
    else:
        letter, factor, time_part = UNITS[unit_word]
        value = timex.duration(n * factor, letter, time_part)
    yield Found(m.start(), m.end(), "set", {"value": value})


@rule(
    r"\b(?:(?P<det>ces|les)\s+)?(?:(?P<rel>dernieres|derniers|prochaines|prochains)\s+(?P<u1>annees|mois|semaines"
    r"|jours|decennies|heures)|(?P<u2>annees|mois|semaines|jours|decennies)\s+(?:a\s+venir|passees|passes"
    r"|ecoulees|ecoules|qui\s+viennent|precedentes|precedents))(?![a-z])",
    starts=("dernier", "prochain", "annees", "mois", "semaines", "jours", "decennies"),
    prefixes=("ces", "les"),
    needs=("dernier", "prochain", "venir", "passe", "ecoule", "viennent", "precedent"),
)
def _vague_period(m, folded, text):
    start = m.start() if m.group("det") else (m.start("rel") if m.group("rel") else m.start("u2"))
    yield Found(start, m.end(), "vague", {})


# ---------------------------------------------------------------------------------------


# A preposition before a relative date fixes its direction whatever the tense:
# "depuis janvier" looks back, "d'ici jeudi" looks ahead ("jusqu'au 1er novembre" may be a past deadline).
_PAST_PREP = re.compile(r"\bdepuis\s*(?:le\s+|la\s+|l')?$")
_FUTURE_PREP = re.compile(r"\bd'ici\s*(?:a\s+)?(?:le\s+|la\s+|l')?$")


def preposition_direction(folded: str, start: int) -> Optional[str]:
    """"past" after "depuis", "future" after "d'ici", else None."""
    before = _before(folded, start, 16)
    if _PAST_PREP.search(before):
        return "past"
    if _FUTURE_PREP.search(before):
        return "future"
    return None


def find_dates(text: str, folded: Optional[str] = None) -> List[Found]:
    """Every time expression in `text`, without overlaps (the longest wins), in text order.

    Relative expressions carry `data["direction"]` when a preposition fixes it.
    """
    folded = fold(text) if folded is None else folded
    found: List[Found] = []
    index = _StartIndex(folded)
    for scan in _SCANS:
        for m in _matches(scan, folded, index):
            found.extend(scan.handler(m, folded, text))
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    starts: List[int] = []  # the taken spans, kept sorted and disjoint: overlap is a bisect away
    ends: List[int] = []
    taken: List[Found] = []
    for f in found:
        i = bisect.bisect_left(starts, f.start)
        if (i > 0 and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        taken.append(f)
    taken.sort(key=lambda f: f.start)
    for f in taken:
        if f.relative:
            direction = preposition_direction(folded, f.start)
            if direction:
                f.data["direction"] = direction
    return taken


# ---------------------------------------------------------------------------------------
# Values


def _point(data: Dict[str, Any], anchor: Optional[timex.Anchor], direction: Optional[str]) -> Optional[str]:
    """A calendar point: full date, month, year, season/quarter, with a year from the anchor if needed."""
    year, month, day = data.get("year"), data.get("month"), data.get("day")
    if data.get("part"):
        return timex.year_part(year, data["part"], anchor)
    if day is not None:
        if year is None:
            return timex.day_month(month, day, anchor, direction)
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is not None:
        if year is None:
            return timex.month_alone(month, anchor, direction)
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}" if year is not None else None


def reference(found: Found, value: Optional[str]) -> Optional[str]:
    """The year ("2024") or month ("2024-03") a later "l'année précédente" counts from, or None.

    Only a written year counts ("En 2025, ... lundi, ... l'année précédente" is 2024, not
    the year of "lundi"): a calendar point gives its year and month, a range its end;
    relative expressions, durations, sets and unknown years ("XXXX-03") give nothing.
    """
    if found.relative or not value or value.startswith("P"):
        return None
    m = _REFERENCE.match(value.split("/")[-1])
    return m.group() if m else None


_REFERENCE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?![\d]))?")


def value_of(
    found: Found, anchor: Optional[timex.Anchor], direction: Optional[str] = None, previous: Optional[str] = None
) -> Tuple[Optional[str], Dict[str, Any]]:
    """The TIMEX3 value of `found` and the attrs for its candidate (plain values only).

    `direction` is "past" or "future" from the verb tense near the expression, or None;
    `previous` is the `reference` of the last date before it (for "l'année précédente").
    """
    kind, data = found.kind, found.data
    attrs: Dict[str, Any] = {"type": "date", "relative": found.relative, "mod": data.get("mod")}
    value: Optional[str]
    if kind == "date":
        offset = data.get("offset", 0)
        value = _point(data, anchor, ("future" if offset > 0 else "past") if offset else direction)
    elif kind == "range":
        first, last = dict(data["first"]), dict(data["last"])
        a, b = _point(last, anchor, direction), None
        if last.get("year") is None and a and a[:4].isdigit():
            last["year"] = int(a[:4])
        if first.get("year") is None and last.get("year") is not None:
            first["year"] = last["year"] - (1 if (first.get("month") or 0) > (last.get("month") or 0) else 0)
        a, b = _point(first, anchor, direction), _point(last, anchor, direction)
        value = f"{a}/{b}" if a and b else None
        attrs["type"] = "range"
    elif kind == "month":
        offset = data.get("offset", 0)
        if offset:
            value = timex.month_alone(data["month"], anchor, "future" if offset > 0 else "past", strict=True)
        else:
            value = timex.month_alone(data["month"], anchor, direction)
    elif kind == "relday":
        value = timex.relative_day(data["offset"], anchor)
    elif kind == "period":
        value = timex.relative_period(data["grain"], data["offset"], anchor)
    elif kind == "weekday":
        offset = data["offset"]
        if offset:
            value = timex.weekday(data["weekday"], anchor, "future" if offset > 0 else "past", strict=True)
        else:
            value = timex.weekday(data["weekday"], anchor, direction)
    elif kind == "season":
        value = timex.season_relative(data["code"], data["offset"], anchor, direction if data.get("by_tense") else None)
    elif kind == "weekend":
        value = timex.weekend(anchor, direction)
    elif kind == "shift":
        value = None if data["n"] is None else timex.shifted(data["n"], data["unit"], data["sign"], anchor)
    elif kind in ("decade", "century"):
        value = data["value"]
    elif kind in ("duration", "set"):
        value = data["value"]
        attrs["type"] = kind
    elif kind == "vague":
        value = None
        attrs["type"] = "duration"
    elif kind == "anaphor":
        value = timex.anaphoric(data["grain"], data["shift"], previous)
        attrs["anchor"] = "previous" if value else None
    else:
        raise ValueError(f"unknown date kind {kind!r}")
    if found.relative:
        attrs["anchor"] = "document" if anchor is not None else None
    return value, timex.plain(attrs)
