"""Text folding and phrase matching shared by every migtext component.

Scraped news breaks names across lines, loses accents, glues words together
("nousL'Organisation") and mixes straight, curly and backtick apostrophes.  All
gazetteer matching therefore runs on a *folded* copy of the text that has exactly the
same length as the original, so every match offset is an offset into the text as the
user gave it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Tuple

APOSTROPHES = "'’‘`´ʼ′ʹ＇"
DASHES = "-‐‑‒–—―−"
# What opens a list's item at a line's start: "• 1,2 million …", "– Mekele : 168 000", "▪ Asile : …"
BULLET_MARKS = "•▪◦●■►*·-–—"


class _FoldTable(dict):
    """str.translate table built lazily: one output character for one input character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in APOSTROPHES:
            out = "'"
        elif char in DASHES:
            out = "-"
        elif char.isspace() or unicodedata.category(char) in ("Zs", "Cc", "Cf"):
            out = " "
        else:
            lower = char.lower()
            if len(lower) != 1:
                lower = char
            base = unicodedata.normalize("NFD", lower)[0]
            out = base if base.isalnum() or not lower.isalnum() else lower
            if unicodedata.category(lower) == "Mn":  # a lone combining mark
                out = lower
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes, dashes and spaces; keep the length.

    >>> fold("L’Égypte\\n")
    "l'egypte "
    """
    return text.translate(_FOLD)


def strip_accents(text: str) -> str:
    """Accents removed, case kept (not length-preserving for decomposed input)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


# A word is a run of letters or digits; punctuation that can separate names is kept as
# its own word; apostrophes, hyphens and white space only separate words.
_WORD_RE = re.compile(r"[^\W_]+|[^\w\s" + re.escape(APOSTROPHES + DASHES) + r"]")


class Word(NamedTuple):
    """A word of the text: character offsets into the original and its folded key.

    A named tuple rather than a dataclass: every document has thousands of words, and a
    tuple is built several times faster.
    """

    start: int
    end: int
    key: str


# Word(start, end, key) without the named tuple's Python-level constructor: a document
# has thousands of words
_new_word = tuple.__new__


def _split_glued(text: str, start: int, end: int) -> Iterator[Tuple[int, int]]:
    """Split "nousL" or "travailEn" (lowercase then capital) into two words."""
    cut = start
    for i in range(start + 1, end):
        if text[i].isupper() and text[i - 1].islower():
            yield cut, i
            cut = i
    yield cut, end


def words(text: str, folded: Optional[str] = None) -> List[Word]:
    """The words of `text` with their offsets, in order.

    Gazetteer entries are split by the same function, so "McKinley" is ("mc", "kinley")
    on both sides and still matches, while a glued "nousL'Organisation" yields
    "organisation" as a word of its own.
    """
    folded = fold(text) if folded is None else folded
    out: List[Word] = []
    append = out.append
    for m in _WORD_RE.finditer(text):
        s, e = m.span()
        if e - s > 1:
            word = m.group()
            # most words have no capital after their first letter: nothing to split
            if not word[1:].islower() and not word.isupper():
                for a, b in _split_glued(text, s, e):
                    append(_new_word(Word, (a, b, folded[a:b])))
                continue
        append(_new_word(Word, (s, e, folded[s:e])))
    return out


def phrase_key(phrase: str) -> Tuple[str, ...]:
    """The tuple of folded words that a phrase is indexed under."""
    return tuple(w.key for w in words(phrase))


CaseRule = Callable[[str], bool]


def case_any(surface: str) -> bool:
    return True


def case_upper(surface: str) -> bool:
    """Acronyms: every letter in capitals ("CAN", not "can" or "Can")."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def case_capitalized(surface: str) -> bool:
    """Proper names: the first letter is a capital ("Mali", not "mali")."""
    for c in surface:
        if c.isalpha():
            return c.isupper()
    return False


def case_lower(surface: str) -> bool:
    """Adjectives: the first letter is lowercase ("malien")."""
    for c in surface:
        if c.isalpha():
            return c.islower()
    return False


CASE_RULES: Dict[str, CaseRule] = {
    "any": case_any,
    "upper": case_upper,
    "capitalized": case_capitalized,
    "lower": case_lower,
}


@dataclass(frozen=True)
class PhraseMatch:
    """A gazetteer hit: offsets into the original text and the payloads indexed there."""

    start: int
    end: int
    text: str
    payloads: Tuple[Any, ...]
    first_word: int
    last_word: int  # exclusive


class PhraseIndex:
    """Longest-match phrase lookup over folded words.

    Faster and more forgiving than one big regular expression: line breaks, hyphens,
    apostrophes and accents do not matter, case is checked per entry (acronyms must be
    written in capitals, names must start with one).
    """

    def __init__(self) -> None:
        self._entries: Dict[Tuple[str, ...], List[Tuple[Any, CaseRule]]] = {}
        self._lengths: Dict[str, List[int]] = {}
        # first words under which some entry may start with a lower-case letter; at the
        # other words ("la", "de" of "La Paz", "Cap-Vert"), a lower-case word is skipped
        self._lower_starts: set = set()

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, phrase: str, payload: Any, case: str = "any") -> None:
        """Index `phrase`; `case` is one of CASE_RULES ("any", "upper", "capitalized", "lower")."""
        if case not in CASE_RULES:
            raise ValueError(f"unknown case rule {case!r} for {phrase!r}; use one of {sorted(CASE_RULES)}")
        key = phrase_key(phrase)
        if not key:
            raise ValueError(f"phrase {phrase!r} has no words to index")
        bucket = self._entries.setdefault(key, [])
        if not any(p == payload and r is CASE_RULES[case] for p, r in bucket):
            bucket.append((payload, CASE_RULES[case]))
        if case in ("any", "lower"):
            self._lower_starts.add(key[0])
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def get(self, phrase: str) -> List[Any]:
        """Payloads indexed under exactly this phrase (case rules ignored)."""
        return [p for p, _ in self._entries.get(phrase_key(phrase), [])]

    def keys(self) -> Iterable[Tuple[str, ...]]:
        return self._entries.keys()

    def lookup_key(self, key: Tuple[str, ...], surface: str) -> List[Any]:
        return [p for p, rule in self._entries.get(key, []) if rule(surface)]

    def iter_matches(
        self, text: str, word_list: Optional[Sequence[Word]] = None, overlapping: bool = False
    ) -> Iterator[PhraseMatch]:
        """Longest matches, left to right; with `overlapping`, the longest at every word."""
        ws = words(text) if word_list is None else word_list
        keys = [w.key for w in ws]
        lower_starts = self._lower_starts
        n = len(ws)
        i = 0
        while i < n:
            lengths = self._lengths.get(keys[i])
            if not lengths or (keys[i] not in lower_starts and text[ws[i].start].islower()):
                i += 1  # no entry starts here, or none in lower case
                continue
            found = None
            for length in lengths:
                if i + length > n:
                    continue
                bucket = self._entries.get(tuple(keys[i : i + length]))
                if not bucket:
                    continue
                start, end = ws[i].start, ws[i + length - 1].end
                surface = text[start:end]
                payloads = tuple(p for p, rule in bucket if rule(surface))
                if payloads:
                    found = PhraseMatch(start, end, surface, payloads, i, i + length)
                    break
            if found is not None:
                yield found
                i = i + 1 if overlapping else found.last_word
            else:
                i += 1


# The opening quote of a field of a row written on one line: ';"Agadez, 11 mars 2025 (ANP) –',
# '"body": "WASHINGTON, 27 janvier 2024 –' (a CSV cell or a JSON value starts a text of its own).
_FIELD_OPEN_RE = re.compile(r'(?:^|[;,:\[{\t])[ \t]*"[ \t]*$')
_FIELD_OPEN_REACH = 8


def at_line_start(text: str, pos: int) -> bool:
    """Nothing but spaces between the last line break (or the text's start) and `pos`, or
    the opening quote of a field of a one-line row (CSV, JSON)."""
    if not text[text.rfind("\n", 0, pos) + 1 : pos].strip():
        return True
    opening = _FIELD_OPEN_RE.search(text, max(0, pos - _FIELD_OPEN_REACH), pos)
    return text[pos - 1 : pos] in ('"', " ") and opening is not None


_ARTICLE_RE = re.compile(r"^(?:(?:l|d|qu|jusqu)['’‘`´ʼ]\s*|(?:la|le|les|du|des|au|aux|en|de|à)\s+)+", re.IGNORECASE)


def strip_article(text: str) -> Tuple[int, str]:
    """Drop leading French articles and contractions: ("l'Algérie") -> (2, "Algérie")."""
    m = _ARTICLE_RE.match(text)
    if not m:
        return 0, text
    return m.end(), text[m.end() :]


def plus_glued(text: str, start: int, end: int) -> bool:
    """Whether a name has a "+" glued to it ("l'UE+", "EU+"): a statistical area of asylum
    figures (the EU with Norway and Switzerland), neither the body nor a place."""
    return text[start:end].endswith("+") or text[end : end + 1] == "+"


def line_bounds(text: str, pos: int) -> Tuple[int, int]:
    """Start and end offsets of the line that holds `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def in_ranges(start: int, end: int, ranges: Sequence[Tuple[int, int]]) -> bool:
    """True when [start, end) overlaps any of the ranges."""
    return any(start < e and s < end for s, e in ranges)


class Ranges:
    """Which of these ranges a span overlaps: bisection over starts with running max ends,
    so a long document's thousands of ranges cost a logarithm per question, not a scan."""

    def __init__(self, ranges: Iterable[Tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        self.max_end: List[int] = []
        best = -1
        for _, e in self.ranges:
            best = max(best, e)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # ranges that start before `end`
        return k > 0 and self.max_end[k - 1] > start

    def overlapping(self, start: int, end: int) -> List[Tuple[int, int]]:
        """The ranges that overlap [start, end), in order."""
        k = bisect.bisect_left(self.starts, end)
        out = []
        while k > 0 and self.max_end[k - 1] > start:
            k -= 1
            if self.ranges[k][1] > start:
                out.append(self.ranges[k])
        out.reverse()
        return out
