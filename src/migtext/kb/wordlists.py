"""One-entry-a-line data files (given names, stop words, language names): one reader.

Text after "#" is a comment; blank lines are skipped; an entry listed twice (after
folding) is a data error, so that a typo'd duplicate never goes unnoticed.
"""

from __future__ import annotations

from typing import Callable, FrozenSet

from migtext.errors import DataError


def parse_word_list(raw: str, source: str, key: Callable[[str], str]) -> FrozenSet[str]:
    """The keys (`key(entry)`, e.g. folded) of the entries of a list file's text."""
    out = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        folded = key(line)
        if folded in out:
            raise DataError(f"{source}: {line!r} is listed twice")
        out.add(folded)
    return frozenset(out)
