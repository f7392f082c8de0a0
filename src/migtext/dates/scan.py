"""How the date grammar runs its rules fast: each rule says which words or digits its
matches start with, and a text is searched only where those occur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from migtext.core.regexes import compile_skipping


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


# A rule is a pattern and a handler. A handler gets the match and the folded/original
# texts and yields Found objects (offsets may be narrowed to leave articles and
# prepositions out).

@dataclass(frozen=True)
class Scan:
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


class RuleSet:
    """An ordered list of date rules, declared with the `rule` decorator.

    Order matters: when two rules find the same span, the earlier one's reading is kept.
    """

    def __init__(self) -> None:
        self.scans: List[Scan] = []

    def rule(
        self,
        pattern: str,
        *,
        starts: Iterable[str] = (),
        prefixes: Iterable[str] = (),
        digits: bool = False,
        needs: Iterable[str] = (),
    ):
        """Add a handler for `pattern`, compiled once at import (never per document).

        `compile_skipping` adds a lookahead on the characters a match can start with: the
        same matches, without trying the optional words that open most rules at every word.
        `starts`, `prefixes`, `digits` and `needs` (see `Scan`) must hold for every match the
        pattern can make: they only spare the scan, they never change what is found.
        """
        compiled = compile_skipping(pattern)
        starts = tuple(starts)
        # "une" occurs wherever "un" does: looking up the shorter word is enough
        starts = tuple(w for w in starts if not any(w != v and w.startswith(v) for v in starts))

        def register(handler):
            self.scans.append(Scan(compiled, handler, starts, tuple(prefixes), digits, tuple(needs)))
            return handler

        return register


_DIGIT_RUN = re.compile(r"\d+")


class StartIndex:
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

    def candidates(self, scan: Scan) -> List[int]:
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


def matches_of(scan: Scan, folded: str, index: StartIndex) -> Iterator[re.Match[str]]:
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
