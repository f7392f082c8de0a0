"""What every step of the instrument grammar shares: the text as folded words, regex scans
that skip text without their first word, the mentions found so far (the outermost wins),
and where a title's complement ends ("... relative au statut des réfugiés").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Container, Iterator, List, Optional, Sequence, Tuple

from migtext.core.regexes import compile_skipping
from migtext.core.text import Word, fold, words
from migtext.instruments.kb import IGNORED_WORDS, InstrumentMention, load_instruments

# Words that end a sentence or clause: no mention runs across them.
BARRIERS = frozenset(".;:!?")
_OPENERS = {"«": "»", "“": "”", "„": "“", "(": ")", "[": "]", '"': '"', "‹": "›"}


class TextView:
    """The text with its words, folded form and the words used for name matching."""

    def __init__(
        self,
        text: str,
        verbs: Container[int] = (),
        folded: Optional[str] = None,
        word_list: Optional[List[Word]] = None,
    ) -> None:
        self.text = text
        self.verbs = verbs  # start offsets of conjugated verbs (`in` only), when a tagger is at hand
        self.folded = fold(text) if folded is None else folded
        self.all_words: List[Word] = words(text, self.folded) if word_list is None else word_list
        self.words: List[Word] = [w for w in self.all_words if w.key not in IGNORED_WORDS]
        self.keys: List[str] = [w.key for w in self.words]
        # offsets for word_at and words_from, built on first use: most texts never ask
        self._word_starts: Optional[List[int]] = None
        self._all_starts: Optional[List[int]] = None

    def word_at(self, pos: int) -> Optional[int]:
        """Index in `self.words` of the first word starting at or after `pos`."""
        if self._word_starts is None:
            self._word_starts = [w.start for w in self.words]
        i = bisect_left(self._word_starts, pos)
        return i if i < len(self.words) else None

    def words_from(self, pos: int) -> Iterator[Word]:
        """All words (punctuation included) starting at or after `pos`, in order."""
        if self._all_starts is None:
            self._all_starts = [w.start for w in self.all_words]
        return (self.all_words[j] for j in range(bisect_left(self._all_starts, pos), len(self.all_words)))


class Scan:
    """A pattern that scans a whole text, with the words every match of it contains: a text
    that holds none of them is not scanned (most texts cite no decree, regulation or
    protocol, and a substring test costs a fraction of a scan)."""

    def __init__(self, needles: Tuple[str, ...], pattern: str, flags: int = 0) -> None:
        self.needles = needles
        self.regex = compile_skipping(pattern, flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if any(needle in text for needle in self.needles):
            return self.regex.finditer(text)
        return iter(())


def extend_end(t: TextView, start: int, end: int, year: Optional[int]) -> int:
    """Take in a closing quote or parenthesis left open, then "de 1951" / "(1951)" naming the year."""
    inside = t.text[start:end]
    for opener, closer in _OPENERS.items():
        if inside.count(opener) > inside.count(closer) and opener != closer:
            m = re.match(r"\s*" + re.escape(closer), t.text[end:])
            if m:
                end += m.end()
    if year:
        m = re.match(rf"\s*(?:(?:de|du|en)\s+{year}|\(\s*{year}\s*\))(?!\d)", t.folded[end:])
        if m:
            end += m.end()
    return end


def year_of(ids: Sequence[str]) -> Optional[int]:
    years = {load_instruments()[i].year for i in ids if i in load_instruments()}
    return years.pop() if len(years) == 1 else None


class Found(List[InstrumentMention]):
    """Mentions found so far: never overlapping, kept in text order, so that asking what
    overlaps a span costs a binary search even in a long document."""

    def __init__(self) -> None:
        super().__init__()
        self._ends: List[int] = []

    def overlapping(self, start: int, end: int) -> List[InstrumentMention]:
        i = bisect_right(self._ends, start)
        out = []
        while i < len(self) and self[i].start < end:
            out.append(self[i])
            i += 1
        return out

    def put(self, mention: InstrumentMention) -> None:
        i = bisect_right(self._ends, mention.start)
        self.insert(i, mention)
        self._ends.insert(i, mention.end)

    def drop(self, mention: InstrumentMention) -> None:
        i = self.index(mention)
        del self[i]
        del self._ends[i]


def overlaps_found(start: int, end: int, taken: Sequence[InstrumentMention]) -> bool:
    if isinstance(taken, Found):
        return bool(taken.overlapping(start, end))
    return any(start < m.end and m.start < end for m in taken)


def add_mention(found: Found, mention: InstrumentMention) -> None:
    """Keep the outermost: a new mention replaces those it covers, yields to those covering it."""
    over = found.overlapping(mention.start, mention.end)
    if any(not (mention.start <= m.start and m.end <= mention.end) for m in over):
        return
    for m in over:
        found.drop(m)
    found.put(mention)


# A descriptive title after a numbered or unknown instrument: "directive 2001/55/CE
# relative à la protection temporaire", "protocole de l'IGAD sur la libre circulation".
_COMPLEMENT_OPENER = re.compile(
    r"\s+(?:relati(?:ve|f|ves|fs)\s+(?:a|au|aux)|concernant|etablissant|instituant|portant|sur|visant\s+a|contre)\b"
)
COMPLEMENT_VERBS = frozenset(
    """qui que qu dont ont sont est a ete sera seront etait avait ne n se s il elle ils elles on ce cette ces
    lors afin mais ainsi selon depuis pendant apres avant signe signee adopte adoptee entre entree""".split()
)
_NOUNS_IN_ANT = frozenset(
    "enfant migrant resident ressortissant requerant demandant habitant representant etudiant participant".split()
)
# Participles that are nouns after a determiner: "relative à l'entrée et au séjour des étrangers"
_NOUNS_AS_PARTICIPLES = frozenset("entree signe adopte".split())
_DETERMINERS = frozenset("l la le les d de des du un une au aux a".split())
_TRAILING_FUNCTION_WORDS = frozenset("de des du d la le les l et ou a au aux en un une sur pour".split())


def _noun_after_determiner(key: str, before: List[Word]) -> bool:
    return key in _NOUNS_AS_PARTICIPLES and bool(before) and before[-1].key in _DETERMINERS


def complement_end(t: TextView, end: int, opener: re.Pattern = _COMPLEMENT_OPENER) -> int:
    """End of "relative à la protection temporaire" after `end`, or `end` if there is none."""
    m = opener.match(t.folded, end)
    if not m:
        return end
    last = m.end()
    words_in: List[Word] = []
    for w in t.words_from(m.end()):
        k = w.key
        if (
            not k.isalpha()
            or (k in COMPLEMENT_VERBS and not _noun_after_determiner(k, words_in))
            or w.start in t.verbs
            or (len(k) > 6 and k.endswith("ant") and k not in _NOUNS_IN_ANT)
        ):
            break
        if t.text[last : w.start].count("\n") > 1:
            break  # a blank line ends a paragraph
        last = w.end
        words_in.append(w)
        if len(words_in) >= 14:
            break
    while words_in and words_in[-1].key in _TRAILING_FUNCTION_WORDS:
        words_in.pop()
    return words_in[-1].end if words_in else end
COMPLEMENT_STOP = frozenset(
    "qui que qu dont ont sont est ainsi mais afin lors ce cette ces il elle ils elles ne n se".split()
)
YEAR_TAIL = re.compile(r"\s+(?:de|du|en)\s+(?:19|20)\d\d(?!\d)")
