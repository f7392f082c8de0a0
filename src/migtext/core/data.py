"""The packaged data files under `migtext/data/`, read one way by every kind.

Every table is listed with its sources in `migtext/data/SOURCES.md`.  A missing or
malformed file is a `DataError` naming the file (a broken installation), never a silent
skip; gzip files (`.gz`) are read transparently.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from importlib import resources
from typing import Callable, Dict, FrozenSet, Iterator, List

from migtext.core.errors import DataError

DATA_PACKAGE = "migtext.data"


def read_text(name: str) -> str:
    """The text of a data file (decompressed when its name ends in `.gz`)."""
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(name).read_bytes()
    except (FileNotFoundError, OSError) as err:
        raise DataError(f"data file {name!r} is missing from migtext/data: reinstall migtext") from err
    return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")


def iter_lines(name: str) -> Iterator[str]:
    """The lines of a data file (decompressed when its name ends in `.gz`), one at a time:
    a large generated table is never held whole in memory."""
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(name).open("rb")
    except (FileNotFoundError, OSError) as err:
        raise DataError(f"data file {name!r} is missing from migtext/data: reinstall migtext") from err
    with raw, (gzip.open(raw, "rt", encoding="utf-8") if name.endswith(".gz") else io.TextIOWrapper(raw, "utf-8")) as f:
        for line in f:
            yield line.rstrip("\n")


def read_csv(name: str) -> List[Dict[str, str]]:
    """The rows of a CSV data file with a header line; a file without rows is an error."""
    rows = list(csv.DictReader(io.StringIO(read_text(name), newline="")))
    if not rows:
        raise DataError(f"data file migtext/data/{name} has no rows")
    return rows


def read_jsonl(name: str) -> List[dict]:
    """The objects of a JSON Lines data file, blank lines skipped."""
    rows = []
    for n, line in enumerate(read_text(name).splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise DataError(f"migtext/data/{name} line {n} is not JSON: {err}") from err
    return rows


def parse_word_list(raw: str, source: str, key: Callable[[str], str]) -> FrozenSet[str]:
    """The keys (`key(entry)`, e.g. folded) of the entries of a one-entry-a-line text.

    Text after "#" is a comment; blank lines are skipped; an entry listed twice (after
    folding) is a data error, so that a typo'd duplicate never goes unnoticed.
    """
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


def read_word_list(name: str, key: Callable[[str], str]) -> FrozenSet[str]:
    """A one-entry-a-line data file (given names, stop words, menu labels) as keys."""
    return parse_word_list(read_text(name), name, key)
