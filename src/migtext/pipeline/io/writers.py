"""Writers, one per output format, all crash-safe and resumable.

Every writer first appends to a journal, one batch at a time, flushed and fsynced, so
a killed run (SIGKILL, power cut) leaves only complete records plus, at worst, one torn
last line, which `resume` detects and drops:

- `.jsonl`: the journal *is* the output, one record (`migtext.pipeline.records`) a line.
- `.csv`, `.parquet`: the journal is `OUT.journal.jsonl`; `finish()` assembles the
  entity table (`migtext.pipeline.records.TABLE_COLUMNS`, the columns of `to_dataframe`:
  one row per entity, one row for a document with no entity or with an error), writes
  `OUT` atomically and removes the journal.
- `.spacy`: a `DocBin` part per batch in `OUT.parts/` (written to a temporary name then
  renamed, so a part is whole or absent); `finish()` merges them into `OUT`. A document
  that could not be annotated is an empty Doc with `doc._.error`, `doc._.error_kind`
  and its id in `doc._.doc_id`.
"""

from __future__ import annotations

import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Set, Tuple

from migtext.core.errors import InputError
from migtext.pipeline.records import COLUMN_DTYPES, TABLE_COLUMNS, record_rows, rows_frame

OUTPUT_FORMATS = (".jsonl", ".csv", ".parquet", ".spacy")
_ROWS_PER_CHUNK = 50_000


class JsonlJournal:
    """Append-only JSON lines: whole lines, flushed and fsynced per batch."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = None

    def recover(self) -> Set[str]:
        """Ids already written; a torn or unparsable last line is cut off the file."""
        done: Set[str] = set()
        if not self.path.exists():
            return done
        good_end = 0
        with self.path.open("rb") as fh:
            lines = fh.readlines()
        for n, line in enumerate(lines, 1):
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("no end of line")
                record = json.loads(line)
                done.add(str(record["id"]))
            except (ValueError, KeyError, TypeError):
                if n == len(lines):  # the record being written when the run was killed
                    break
                raise InputError(f"{self.path} line {n} is not a migtext record: "
                                 f"this file was not written by `migtext annotate`; choose another output") from None
            good_end += len(line)
        if good_end < self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good_end)
                os.fsync(fh.fileno())
        return done

    def append(self, records: Iterable[Dict[str, Any]]) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
        self._fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def records(self) -> Iterable[Dict[str, Any]]:
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


class Writer:
    """Base writer: `start()` gives the ids already done, `write()` one batch, `finish()`."""

    wants_docs = False

    def __init__(self, output: Path) -> None:
        self.output = output

    def work_paths(self) -> Tuple[Path, ...]:
        """Files the writer creates: never read as input, checked before a fresh run."""
        return (self.output,)

    def start(self, resume: bool, overwrite: bool) -> Set[str]:
        existing = [p for p in self.work_paths() if p.exists()]
        if existing and not (resume or overwrite):
            raise InputError(f"{existing[0]} already exists: add --resume to finish that run, "
                             f"or --overwrite to start again")
        if overwrite and not resume:
            for path in existing:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            return set()
        return self._recover()

    def _recover(self) -> Set[str]:
        raise NotImplementedError

    def write(self, results: List[Tuple[Dict[str, Any], Any]]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Close files and put the output in place."""

    def close(self) -> None:
        """Release files after an interruption, leaving everything resumable."""


class JsonlWriter(Writer):
    def __init__(self, output: Path) -> None:
        super().__init__(output)
        self.journal = JsonlJournal(output)

    def _recover(self) -> Set[str]:
        return self.journal.recover()

    def write(self, results) -> None:
        self.journal.append(record for record, _ in results)

    def finish(self) -> None:
        self.journal.close()
        if not self.output.exists():  # a run with no document still leaves its (empty) output
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.output.touch()

    def close(self) -> None:
        self.journal.close()


class TableWriter(Writer):
    """CSV and Parquet: records go to a JSONL journal, rows are assembled at the end."""

    def __init__(self, output: Path) -> None:
        super().__init__(output)
        self.journal = JsonlJournal(output.with_name(output.name + ".journal.jsonl"))

    def work_paths(self) -> Tuple[Path, ...]:
        return (self.output, self.journal.path)

    def _recover(self) -> Set[str]:
        if self.output.exists() and not self.journal.path.exists():
            raise InputError(f"{self.output} is already complete (its journal is gone): nothing to resume; "
                             f"write new documents to another file")
        return self.journal.recover()

    def write(self, results) -> None:
        self.journal.append(record for record, _ in results)

    def close(self) -> None:
        self.journal.close()

    def finish(self) -> None:
        self.journal.close()
        tmp = self.output.with_name(self.output.name + ".tmp")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        if self.output.suffix.lower() == ".csv":
            self._write_csv(tmp)
        else:
            self._write_parquet(tmp)
        os.replace(tmp, self.output)
        self.journal.path.unlink(missing_ok=True)

    def _chunks(self):
        """The table in frames of at most `_ROWS_PER_CHUNK` rows (an empty run: one empty frame)."""
        rows: List[Dict[str, Any]] = []
        yielded = False
        for record in self.journal.records():
            rows.extend(record_rows(record))
            if len(rows) >= _ROWS_PER_CHUNK:
                yield rows_frame(rows)
                rows, yielded = [], True
        if rows or not yielded:  # an empty run still gets its header
            yield rows_frame(rows)

    def _write_csv(self, tmp: Path) -> None:
        first = True
        for frame in self._chunks():
            frame.to_csv(tmp, mode="w" if first else "a", header=first, index=False)
            first = False

    def _write_parquet(self, tmp: Path) -> None:
        import pyarrow.parquet as pq

        with pq.ParquetWriter(tmp, arrow_schema()) as out:
            for frame in self._chunks():
                out.write_table(arrow_table(frame))


@lru_cache(maxsize=1)
def arrow_schema():
    """The table's Arrow schema: offsets int64, score float64, every other column text;
    the pandas dtypes travel with it, so `pd.read_parquet` gives `to_dataframe`'s frame."""
    import pyarrow as pa

    arrow = {"Int64": pa.int64(), "float64": pa.float64(), "string": pa.string()}
    schema = pa.schema([(column, arrow[COLUMN_DTYPES[column]]) for column in TABLE_COLUMNS])
    return pa.Table.from_pandas(rows_frame([]), schema=schema, preserve_index=False).schema


def arrow_table(frame):
    import pyarrow as pa

    return pa.Table.from_pandas(frame, schema=arrow_schema(), preserve_index=False)


class DocBinWriter(Writer):
    """`.spacy`: one DocBin part per batch, merged at the end."""

    wants_docs = True

    def __init__(self, output: Path) -> None:
        super().__init__(output)
        self.parts = output.with_name(output.name + ".parts")
        self._next = 0

    def work_paths(self) -> Tuple[Path, ...]:
        return (self.output, self.parts)

    def _part_files(self) -> List[Path]:
        return sorted(self.parts.glob("part-*.spacy")) if self.parts.is_dir() else []

    def _recover(self) -> Set[str]:
        from spacy.tokens import DocBin
        from spacy.vocab import Vocab

        from migtext.pipeline.factories import register_extensions

        if self.output.exists() and not self.parts.exists():
            raise InputError(f"{self.output} is already complete: nothing to resume; write to another file")
        register_extensions()
        done: Set[str] = set()
        for path in self._part_files():
            for doc in DocBin().from_disk(path).get_docs(Vocab()):
                done.add(str(doc._.doc_id))
        for leftover in self.parts.glob("*.tmp") if self.parts.is_dir() else ():
            leftover.unlink()
        files = self._part_files()
        self._next = int(files[-1].stem.split("-")[1]) + 1 if files else 0
        return done

    def write(self, results) -> None:
        from spacy.tokens import DocBin

        bin_ = DocBin(store_user_data=True)
        for _, doc in results:
            bin_.add(doc)
        self.parts.mkdir(parents=True, exist_ok=True)
        final = self.parts / f"part-{self._next:08d}.spacy"
        tmp = final.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            fh.write(bin_.to_bytes())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        self._next += 1

    def finish(self) -> None:
        from spacy.tokens import DocBin

        merged = DocBin(store_user_data=True)
        for path in self._part_files():
            merged.merge(DocBin(store_user_data=True).from_disk(path))
        tmp = self.output.with_name(self.output.name + ".tmp")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(merged.to_bytes())
        os.replace(tmp, self.output)
        shutil.rmtree(self.parts, ignore_errors=True)


def open_writer(output: Path) -> Writer:
    """The writer for an output path, chosen by its extension."""
    suffix = output.suffix.lower()
    if suffix == ".jsonl":
        return JsonlWriter(output)
    if suffix in (".csv", ".parquet"):
        return TableWriter(output)
    if suffix == ".spacy":
        return DocBinWriter(output)
    raise InputError(f"unknown output format {suffix or '(no extension)'!r} for {str(output)!r}: "
                     f"use {', '.join(OUTPUT_FORMATS)}")
