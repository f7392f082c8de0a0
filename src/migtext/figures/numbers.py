"""Numbers as French news writes them: digits, words, approximate nouns, ranges, qualifiers.

Everything works on the folded text (`migtext.core.text.fold`: same length as the text,
lowercase, no accents, every space and dash unified), so "2 500" with a thin no-break
space, "2.500" and "2,5 millions" are found by one pattern and offsets carry over.
Number words ("vingt-cinq", "trois cents", "deux millions") are found here and valued by
`text2num`, the maintained French number-word parser, rather than by a grammar of our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from text_to_num import text2num

from migtext.figures import kb

# Digits: "2 500", "2.500", "1 200 000", "2,5", "61"; a thousands group needs three digits.
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[ .]\d{3})+(?![\d])|\d+(?:[,.]\d+)?(?![\d.,]\d))(?:,\d+)?"
_NUMBER_WORDS = (
    "zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante cent cents mille million millions milliard milliards"
).split()
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_WORDS = rf"(?<![\w-]){_WORD}(?:(?:-et-|-| et | ){_WORD})*(?![\w-])"
_MULTIPLIER = r"(?: (?P<mult>millions?|milliards?|mille)(?![\w-]))?"
_OF = r"(?: d(?:e |')(?P<of>milliers|millions|milliards))?(?![\w-])"
# Anything that can start a number: a cheap test before any scan.
_ANY_NUMBER = re.compile(
    r"\d|(?<![\w'-])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|demi-million|[a-z]+aines?|milliers?)"
    r"(?![\w])"
)
_RANGE_JOIN = re.compile(r"^(?: (?:a|et) |-| - )$")
# How many words before a number a qualifier may end.
_QUALIFIER_REACH = 30


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """Digits with a multiplier, number words, or an amount noun ("une centaine", "des milliers")."""
    nouns = [w for w, (_, kind) in kb.amounts().items() if kind == "approx_noun"]
    some = "|".join(sorted(nouns, key=len, reverse=True))
    approx = (
        rf"(?<![\w-])(?:(?P<one>une|un) (?P<noun1>{some}|demi-million)"
        rf"|(?P<many>des|les|plusieurs|quelques|de|d') ?(?P<noun2>(?:{some}|million|milliard))s){_OF}"
    )
    return re.compile(rf"(?P<approx>{approx})|(?P<digits>{_DIGITS}){_MULTIPLIER}|(?P<words>{_WORDS})")


@dataclass(slots=True)
class Number:
    """A number as written: offsets of the number with its multiplier, its value(s) and qualifier.

    `left` is where the qualifier words start (== `start` without them), so that the
    words before the qualifier can be read for context.
    """

    start: int
    end: int
    value: int
    value_max: Optional[int]
    qualifier: str
    left: int
    multiplier: int = 1


def has_numbers(folded: str) -> bool:
    """True when the text may hold a number: figures are read only then."""
    return _ANY_NUMBER.search(folded) is not None


def _digits_value(raw: str, multiplier: int) -> Optional[float]:
    raw = raw.replace(" ", "")
    if "," in raw:
        whole, _, frac = raw.partition(",")
        raw = whole.replace(".", "") + "." + frac
    elif "." in raw:
        whole, _, frac = raw.rpartition(".")
        # "2.500" groups thousands; "2.5 millions" is a decimal point
        raw = raw.replace(".", "") if len(frac) == 3 and multiplier == 1 else whole.replace(".", "") + "." + frac
    try:
        return float(raw)
    except ValueError:
        return None


def _words_value(raw: str) -> Optional[int]:
    try:
        return int(text2num(raw, "fr"))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=1)
def _multipliers() -> Dict[str, int]:
    return {k: v for k, (v, kind) in kb.amounts().items() if kind == "multiplier"}


def _approx(match: re.Match) -> Tuple[int, str]:
    """Value and qualifier of "une centaine", "des milliers", "des dizaines de milliers"."""
    noun = match.group("noun1") or match.group("noun2")
    if noun == "demi-million":
        return 500000, "exact"
    value = kb.amounts()[noun][0]
    of = match.group("of")
    if of:
        value *= kb.amounts()[of.rstrip("s")][0]
    if match.group("one"):
        return value, "approx"
    return value, "approx" if match.group("many") == "quelques" else "min"


def _scan(folded: str) -> List[Number]:
    numbers: List[Number] = []
    for m in _pattern().finditer(folded):
        if m.group("approx"):
            value, qualifier = _approx(m)
            # "le retour de centaines de milliers": "de" is a preposition, not part of the number
            start = m.start("noun2") if m.group("many") in ("de", "d'") else m.start()
            numbers.append(Number(start, m.end(), value, None, qualifier, start))
        elif m.group("digits"):
            if m.end() < len(folded) and folded[m.end()].isalpha():
                continue  # "3e", "G20", "150km": a rank, a name or a measure, not a count
            mult_word = m.group("mult")
            mult = _multipliers()[mult_word.rstrip("s")] if mult_word else 1
            value = _digits_value(m.group("digits"), mult)
            if value is None:
                continue
            numbers.append(Number(m.start(), m.end(), round(value * mult), None, "exact", m.start(), mult))
        else:
            raw = m.group("words")
            if raw in ("un", "une", "zero") or raw.endswith((" et", "-et")):
                continue  # a single person with its article, not a count
            if raw.startswith(("un ", "une ")) and raw.split(" ")[1] not in ("million", "milliard", "mille"):
                raw_start = m.start() + raw.index(" ") + 1
                raw = raw[raw.index(" ") + 1 :]
            else:
                raw_start = m.start()
            value = _words_value(raw)
            if value is None or value == 0:
                continue
            mult = next((v for w, v in _multipliers().items() if raw.endswith(w) or raw.endswith(w + "s")), 1)
            numbers.append(Number(raw_start, m.end(), value, None, "exact", raw_start, mult))
    return numbers


def _ranges(folded: str, numbers: List[Number]) -> List[Number]:
    """Join "300 à 400", "entre 300 et 400", "2 à 3 millions" into one number with a maximum."""
    out: List[Number] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if i + 1 < len(numbers):
            b = numbers[i + 1]
            join = folded[a.end : b.start]
            if _RANGE_JOIN.match(join) and (join != " et " or folded[max(0, a.start - 6) : a.start] == "entre "):
                low = a.value
                if b.multiplier > 1 and a.multiplier == 1 and a.value * b.multiplier <= b.value:
                    low = a.value * b.multiplier  # "2 à 3 millions"
                if low < b.value:
                    out.append(Number(a.start, b.end, low, b.value, "exact", a.start, b.multiplier))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _qualify(folded: str, number: Number) -> None:
    """Read the qualifier written before the number ("plus de", "près d'", "au moins")."""
    before = folded[max(0, number.start - _QUALIFIER_REACH) : number.start]
    if before.endswith("entre "):  # "entre 300 et 400": the range is the qualifier
        number.left = number.start - len("entre ")
        return
    for cue, qualifier in kb.qualifier_cues():
        if before.endswith(cue) or before.endswith(cue + " "):
            at = len(before) - len(cue) - (0 if before.endswith(cue) else 1)
            if at > 0 and (before[at - 1].isalnum() or before[at - 1] == "-"):
                continue  # "surplus de" is not "plus de"
            number.left = number.start - (len(before) - at)
            number.qualifier = qualifier
            return


def find_numbers(folded: str) -> List[Number]:
    """Every number of a folded text with its value, range and qualifier, in text order."""
    if not has_numbers(folded):
        return []
    numbers = _ranges(folded, _scan(folded))
    for number in numbers:
        _qualify(folded, number)
    return numbers
