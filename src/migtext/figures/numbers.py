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
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

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


# Every number starts a word (with a digit or a number word's first letter), and "\b" lets
# the engine skip the inside of words at once.
_FIRSTS = "".join(sorted({w[0] for w in _NUMBER_WORDS}))
_ONE = ("une ", "un ")
_MANY = ("des ", "les ", "plusieurs ", "quelques ", "de ", "d'")


@lru_cache(maxsize=1)
def _number_pattern() -> re.Pattern:
    """Digits, amount nouns and number words in one pattern (one pass over the text). An
    amount noun ("centaine", "milliers", "demi-million") is found by the noun itself, its
    determiner read before it; at the same place it wins over a number word ("des millions")."""
    nouns = [w for w, (_, kind) in kb.amounts().items() if kind == "approx_noun"]
    forms = sorted([*nouns, "demi-million", "million", "milliard"], key=len, reverse=True)
    amount = rf"(?<![\w-])(?P<noun>{'|'.join(forms)})(?P<plural>s?){_OF}"
    return re.compile(rf"\b(?=[\d{_FIRSTS}])(?:(?P<digits>{_DIGITS}){_MULTIPLIER}|{amount}|(?P<words>{_WORDS}))")


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


@lru_cache(maxsize=4096)
def _words_value(raw: str) -> Optional[int]:
    try:
        return int(text2num(raw, "fr"))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=1)
def _multipliers() -> Dict[str, int]:
    return {k: v for k, (v, kind) in kb.amounts().items() if kind == "multiplier"}


def _amount(folded: str, m: re.Match) -> Optional[Number]:
    """ "une centaine", "des milliers", "des dizaines de milliers", "un demi-million"."""
    noun, plural = m.group("noun"), bool(m.group("plural"))
    before = folded[max(0, m.start() - 10) : m.start()]
    one = next((d for d in _ONE if before.endswith(d)), None)
    many = next((d for d in _MANY if before.endswith(d)), None)
    if noun == "demi-million":
        if one == "un " and not plural:
            return Number(m.start() - 3, m.end(), 500000, None, "exact", m.start() - 3)
        return None
    approx_noun = kb.amounts()[noun][1] == "approx_noun"
    if one and not plural and approx_noun:
        value, qualifier, start = kb.amounts()[noun][0], "approx", m.start() - len(one)
    elif many and plural:
        value, qualifier = kb.amounts()[noun][0], "approx" if many == "quelques " else "min"
        # "le retour de centaines de milliers": "de" is a preposition, not part of the number
        start = m.start() if many in ("de ", "d'") else m.start() - len(many)
    else:
        return None  # "un million", "deux millions": number words
    of = m.group("of")
    if of:
        value *= kb.amounts()[of.rstrip("s")][0]
    return Number(start, m.end(), value, None, qualifier, start)


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    """The words a number in words or an amount noun can start with ("vingt" of "vingt-cinq",
    "demi" of "demi-million", "centaines"), as `migtext.figures.attach.word_list` splits them."""
    nouns = [w for w, (_, kind) in kb.amounts().items() if kind == "approx_noun"]
    firsts = set()
    for form in (*_NUMBER_WORDS, *nouns, "demi-million", "million", "milliard"):
        whole = re.match(r"[^\W_]+", form).group()
        firsts |= {whole, whole + "s"} if whole == form else {whole}
    return frozenset(firsts)


def number_starts(starts: Sequence[int], keys: Sequence[str]) -> List[int]:
    """Where a number may start, given the words of a folded text (their starts and keys):
    a word with a digit first, or a number word or amount noun."""
    firsts = _first_words()
    return [a for a, k in zip(starts, keys, strict=True) if k[0].isdigit() or k in firsts]


def _matches(folded: str, at: Optional[Sequence[int]]) -> Iterator[re.Match]:
    """The number pattern's matches, left to right without overlap: from a search of the
    whole text, or tried only at the positions `at` where a number may start."""
    pattern = _number_pattern()
    if at is None:
        yield from pattern.finditer(folded)
        return
    end = 0
    for pos in at:
        if pos < end:
            continue
        m = pattern.match(folded, pos)
        if m is not None and m.end() > m.start():
            end = m.end()
            yield m


def _scan(folded: str, at: Optional[Sequence[int]] = None) -> List[Number]:
    """Every number, in one pass of one pattern: amounts ("des milliers") before number words."""
    numbers: List[Number] = []
    for m in _matches(folded, at):
        if m.group("noun"):
            amount = _amount(folded, m)
            if amount is not None:
                if numbers and amount.start < numbers[-1].end:
                    numbers.pop()  # "un" of "un demi-million", read before as a word
                numbers.append(amount)
            continue
        if m.group("digits"):
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
    numbers.sort(key=lambda n: n.start)
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


@lru_cache(maxsize=1)
def _qualifier_pattern() -> Tuple[re.Pattern, Dict[str, str]]:
    """One pattern for every qualifier phrase, anchored at the end of the text before a number."""
    cues = kb.qualifier_cues()
    alternatives = "|".join(re.escape(cue) for cue, _ in cues)
    # "surplus de" is not "plus de": the phrase starts a word
    return re.compile(rf"(?<![\w-])(?P<cue>{alternatives}) ?$"), dict(cues)


def _qualify(folded: str, number: Number) -> None:
    """Read the qualifier written before the number ("plus de", "près d'", "au moins")."""
    before = folded[max(0, number.start - _QUALIFIER_REACH) : number.start]
    if before.endswith("entre "):  # "entre 300 et 400": the range is the qualifier
        number.left = number.start - len("entre ")
        return
    pattern, qualifiers = _qualifier_pattern()
    m = pattern.search(before)
    if m:
        number.left = number.start - (len(before) - m.start())
        number.qualifier = qualifiers[m.group("cue")]


def find_numbers(
    folded: str, keep: Optional[Callable[[Number], bool]] = None, at: Optional[Sequence[int]] = None
) -> List[Number]:
    """Every number of a folded text with its value, range and qualifier, in text order;
    with `keep`, only the numbers it keeps (read before their qualifiers, which cost more);
    with `at` (`number_starts`), the pattern is tried only where a number may start."""
    numbers = _ranges(folded, _scan(folded, at))
    if keep is not None:
        numbers = [n for n in numbers if keep(n)]
    for number in numbers:
        _qualify(folded, number)
    return numbers
