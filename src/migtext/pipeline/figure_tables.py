"""The figures table as a file: from annotated records (JSON Lines) to CSV or Parquet.

`migtext annotate ... -o out.jsonl` writes one record per document, each with its
`figures`; `migtext figures out.jsonl -o figures.csv` (or `annotate --figures`) turns them
into the figures table, one row per figure with the columns `FIGURE_COLUMNS` (the same
as `migtext.figures_table` in Python), whatever the data, so tables from several runs
concatenate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, Sequence

from migtext.core.errors import InputError
from migtext.pipeline.records import figures_table

FORMATS = (".csv", ".parquet")


def read_records(paths: Sequence[Path]) -> Iterator[Dict[str, Any]]:
    """The records of annotated JSON Lines files; a bad line is an error naming it."""
    for path in paths:
        path = Path(path)
        if path.suffix.lower() != ".jsonl":
            raise InputError(f"{path}: the figures table is read from migtext's JSON Lines records (.jsonl)")
        if not path.exists():
            raise InputError(f"records file {str(path)!r} does not exist")
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}:{number}: not a JSON record ({err.msg})") from None
                if not isinstance(record, dict):
                    raise InputError(f"{path}:{number}: a record is a JSON object")
                yield record


def write_table(records: Iterable[Dict[str, Any]], output: Path, overwrite: bool = False) -> int:
    """Write the figures table of `records` to OUTPUT (.csv or .parquet); the number of rows."""
    output = Path(output)
    if output.suffix.lower() not in FORMATS:
        raise InputError(f"figures table {str(output)!r}: the output must end in {' or '.join(FORMATS)}")
    if output.exists() and not overwrite:
        raise InputError(f"{output} exists: pass --overwrite to replace it")
    frame = figures_table(list(records))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    if output.suffix.lower() == ".csv":
        frame.to_csv(tmp, index=False)
    else:
        frame.to_parquet(tmp, index=False)
    tmp.replace(output)  # a table is complete or absent, never half written
    return len(frame)
