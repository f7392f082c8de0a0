"""The figures of the gold: their side file (corpus/figures/*.txt) and their validator.

FIGURES.md fixes a figure's record; this module reads the side file that the dev gold's
figures are written in (one line per figure, readable and reviewable, offsets computed
here, never typed) and checks every figure record of a gold JSONL file against FIGURES.md.

Side file format (``corpus/figures/dev.txt``)::

    ## dev_001_libye_interceptions
    2 500 | 2500 | min | person | migrant | interception | LBY | - | 2024-01-01/2024-04-16 | IOM
    300 à 400 | 300..400 | exact | person | person | rescue | - | - | - | -

Columns: the number as written (``#n`` picks its n-th occurrence in the text, ``\\n``
stands for a line break inside it), value (``low..high`` for a range), qualifier, unit,
group, event, country, origin, date, source; ``-`` is null.  A block without lines gives
``"figures": []``; a document without a block gets no ``figures`` key (not scored).

Usage::

    python scripts/figures_gold.py --check gold/dev.jsonl     # validate figure records only

``scripts/build_gold.py`` compiles the side file and runs the same validator.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

QUALIFIERS = ("exact", "approx", "min", "max")
UNITS = ("person", "household")
GROUPS = (
    "migrant", "refugee", "asylum_seeker", "idp", "returnee", "stateless", "trafficking_victim",
    "migrant_worker", "child", "person",
)
EVENTS = (
    "stock", "arrival", "departure", "crossing", "displacement", "return", "deportation", "interception",
    "rescue", "death", "missing", "assistance", "resettlement", "application", "detention", "at_risk", "other",
)
FIELDS = ("start", "end", "value", "value_max", "qualifier", "unit", "group", "event", "country", "origin", "date",
          "source")
COLUMNS = ("qualifier", "unit", "group", "event", "country", "origin", "date", "source")
# What a figure's span may not start with: the qualifier stays outside it (FIGURES.md).
QUALIFIER_WORDS = re.compile(r"^(?:plus|moins|pres|environ|quelque\b|presque|autour|au moins|au plus|jusqu|entre)\b")
NUMBER_WORD = re.compile(
    r"\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|cents|mille|millions?|milliards?|demi-million|"
    r"dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|"
    r"centaines?|milliers?)\b"
)


class FiguresError(Exception):
    """A side file line or a figure record that breaks FIGURES.md; the message names it."""


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFD", c)[0].lower() for c in text)


# ---------------------------------------------------------------- the side file


def parse_side_file(path: Path) -> dict[str, list[tuple[int, list[str]]]]:
    """{document id: [(line number, columns)]} in file order."""
    blocks: dict[str, list[tuple[int, list[str]]]] = {}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("## "):
            current = line[3:].strip()
            if current in blocks:
                raise FiguresError(f"{path.name}:{number}: document {current!r} has two blocks")
            blocks[current] = []
        elif not line or line.startswith("#"):
            continue
        elif current is None:
            raise FiguresError(f"{path.name}:{number}: a figure line before any '## ID' line")
        else:
            columns = [c.strip() for c in line.split("|")]
            if len(columns) != 2 + len(COLUMNS):
                raise FiguresError(
                    f"{path.name}:{number}: {len(columns)} columns, expected {2 + len(COLUMNS)} "
                    f"(number | value | {' | '.join(COLUMNS)})"
                )
            blocks[current].append((number, columns))
    return blocks


def _occurrence(text: str, surface: str, nth: int, where: str) -> int:
    # whole words only: "2 000" is not inside "42 000"
    starts = [m.start() for m in re.finditer(rf"(?<![\w.,]){re.escape(surface)}(?![\w])", text)]
    if len(starts) < max(nth, 1):
        raise FiguresError(f"{where}: {surface!r} occurs {len(starts)} time(s) in the text, not {nth}")
    if nth == 0 and len(starts) > 1:
        raise FiguresError(f"{where}: {surface!r} occurs {len(starts)} times: say which with '#n'")
    return starts[max(nth, 1) - 1]


def figure_from_columns(text: str, columns: list[str], where: str) -> dict:
    """One figure record (with its "text") from a side file line."""
    surface, value = columns[0].replace("\\n", "\n"), columns[1]
    nth = 0
    if re.search(r"#\d+$", surface):
        surface, _, n = surface.rpartition("#")
        nth = int(n)
    start = _occurrence(text, surface, nth, where)
    low, _, high = value.partition("..")
    try:
        values = int(low), int(high) if high else None
    except ValueError:
        raise FiguresError(f"{where}: value {value!r} is not an integer (or 'low..high')") from None
    record = {"start": start, "end": start + len(surface), "text": surface, "value": values[0], "value_max": values[1]}
    for field, column in zip(COLUMNS, columns[2:], strict=True):
        record[field] = None if column == "-" else column
    return record


def attach_figures(records: list[dict], side_file: Path) -> list[dict]:
    """The records with a `figures` key for every document the side file has a block for."""
    if not side_file.exists():
        return records
    blocks = parse_side_file(side_file)
    by_id = {r["id"]: r for r in records}
    unknown = sorted(set(blocks) - set(by_id))
    if unknown:
        raise FiguresError(f"{side_file.name}: blocks for documents that do not exist: {unknown}")
    for doc_id, lines in blocks.items():
        record = by_id[doc_id]
        record["figures"] = [
            figure_from_columns(record["text"], columns, f"{side_file.name}:{number} ({doc_id})")
            for number, columns in lines
        ]
    return records


# ---------------------------------------------------------------- the validator


def _check_place(value, field: str, country_codes, region_codes) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or (value not in country_codes and value not in region_codes):
        return f"{field} {value!r} is neither an ISO 3166 alpha-3 code nor an M49 region code"
    return None


def validate_figures(record: dict, where: str, country_codes, region_codes, timex) -> list[str]:
    """Every problem of a record's `figures`, each naming the document, the figure and the field."""
    if "figures" not in record:
        return []
    name = f"{where}: document {record.get('id')!r}"
    figures = record["figures"]
    if not isinstance(figures, list):
        return [f"{name}: 'figures' must be a list, got {type(figures).__name__}"]
    text = record.get("text", "")
    problems: list[str] = []
    previous_end = -1
    for k, fig in enumerate(figures):
        if not isinstance(fig, dict):
            problems.append(f"{name}, figure {k}: not an object")
            continue
        missing = [f for f in FIELDS if f not in fig]
        if missing:
            problems.append(f"{name}, figure {k}: missing {missing}")
            continue
        start, end = fig["start"], fig["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{name}, figure {k}: offsets {start}..{end} outside the text (length {len(text)})")
            continue
        span = text[start:end]
        shown = f"{name}, figure {k} {span!r}"
        if "text" in fig and fig["text"] != span:
            problems.append(f"{shown}: text[start:end] is {span!r}, the record says {fig['text']!r}")
        if span != span.strip():
            problems.append(f"{shown}: the span starts or ends on white space")
        if not NUMBER_WORD.search(_fold(span)):
            problems.append(f"{shown}: the span holds no number")
        if QUALIFIER_WORDS.match(_fold(span)):
            problems.append(f"{shown}: a qualifier word starts the span (it stays outside)")
        if start < previous_end:
            problems.append(f"{shown}: overlaps the previous figure or is out of order")
        previous_end = max(previous_end, end)
        value, value_max = fig["value"], fig["value_max"]
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            problems.append(f"{shown}: value {value!r} is not a positive integer")
        elif value_max is not None and (not isinstance(value_max, int) or value_max <= value):
            problems.append(f"{shown}: value_max {value_max!r} is not an integer above value {value}")
        for field, allowed in (("qualifier", QUALIFIERS), ("unit", UNITS), ("group", GROUPS), ("event", EVENTS)):
            if fig[field] not in allowed:
                problems.append(f"{shown}: {field} {fig[field]!r} is not one of {', '.join(allowed)}")
        for field in ("country", "origin"):
            problem = _check_place(fig[field], field, country_codes, region_codes)
            if problem:
                problems.append(f"{shown}: {problem}")
        date = fig["date"]
        if date is not None and (not isinstance(date, str) or not timex.match(date)):
            problems.append(f"{shown}: date {date!r} is not a TIMEX3 value")
        source = fig["source"]
        if source is not None:
            parts = source.split(";") if isinstance(source, str) else None
            if not parts or any(not p.strip() or p != p.strip() for p in parts):
                problems.append(f"{shown}: source {source!r} must be a non-empty name or ';'-joined names")
            elif parts != sorted(parts) or len(set(parts)) != len(parts):
                problems.append(f"{shown}: several sources are joined sorted and unique: {source!r}")
    return problems


def _reference():
    """The codes and TIMEX3 shapes build_gold.py checks entities with (one source of truth)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import build_gold

    return build_gold.COUNTRY_CODES | build_gold.FORMER_STATE_CODES, build_gold.REGION_NORMS, build_gold.TIMEX_VALUE


def validate_jsonl(path: Path) -> list[str]:
    countries, regions, timex = _reference()
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            problems.extend(validate_figures(json.loads(line), f"{path.name}:{number}", countries, regions, timex))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs="+", type=Path, required=True, help="gold JSONL files to validate")
    args = parser.parse_args(argv)
    problems = [p for path in args.check for p in validate_jsonl(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        count = sum(
            len(json.loads(line).get("figures") or [])
            for path in args.check
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        print(f"{count} figures valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
