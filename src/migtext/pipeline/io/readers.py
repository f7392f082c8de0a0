"""Readers, one per input format: each turns one source into `Document`s, never raising
for a bad document or a bad file (those become documents with `error`).

Ids: a row's `--id-field` when it has one, else `origin` — the path for .txt/.html
files, `path:LINE` for JSONL (1-based line number), `path:ROW` for CSV and Parquet
(1-based data row, header not counted), `stdin` / `stdin:LINE` for standard input.
"""

from __future__ import annotations

import csv
import glob
import itertools
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional

from migtext.core.errors import InputError
from migtext.pipeline.errors import DocumentError
from migtext.pipeline.io.documents import MAX_DOC_BYTES, Document, Fields, decode_text
from migtext.pipeline.io.html import decode_html, html_to_text
from migtext.pipeline.language import missing

STDIN = "-"
INPUT_FORMATS = {
    ".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet",
}


def input_format(path: str) -> str:
    """The reader name for a path, from its extension (case-insensitive)."""
    if path == STDIN:
        return "stdin"
    fmt = INPUT_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"unknown input format {Path(path).suffix or '(no extension)'!r} for {path!r}: "
                         f"migtext reads {', '.join(sorted(INPUT_FORMATS))} files, folders, globs and '-'")
    return fmt


def expand_inputs(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> List[str]:
    """Files to read, in a stable order: folders are walked (known extensions only), globs
    expanded; each file once, `exclude` (the run's own output files) never."""
    skip = {p.resolve() for p in exclude}
    seen: set = set()
    paths: List[str] = []

    def keep(path: str) -> None:
        key = Path(path).resolve()
        if key not in seen and key not in skip:
            seen.add(key)
            paths.append(path)

    for item in inputs:
        if item == STDIN:
            if STDIN in seen:
                raise InputError("standard input '-' is given twice")
            seen.add(STDIN)
            paths.append(STDIN)
            continue
        p = Path(item)
        if p.is_dir():
            found = _known_files(str(q) for q in p.rglob("*") if q.is_file())
            if not found:
                raise InputError(f"folder {item!r} holds no {'/'.join(sorted(INPUT_FORMATS))} file")
            for f in found:
                keep(f)
        elif p.is_file():
            input_format(item)
            if p.resolve() in skip:
                raise InputError(f"input {item!r} is also the output (or its journal): choose another output")
            keep(item)
        elif glob.has_magic(item):
            found = _known_files(f for f in glob.glob(item, recursive=True) if os.path.isfile(f))
            if not found:
                raise InputError(f"pattern {item!r} matches no {'/'.join(sorted(INPUT_FORMATS))} file")
            for f in found:
                keep(f)
        else:
            raise InputError(f"input {item!r} does not exist")
    return paths


def _known_files(paths: Iterable[str]) -> List[str]:
    return sorted(p for p in paths if Path(p).suffix.lower() in INPUT_FORMATS and not Path(p).name.startswith("."))


def read_source(path: str, fields: Fields = Fields()) -> Iterator[Document]:
    """Every document of one source, each with its own date field when it has one (the
    corpus-wide fallback date is applied when the Doc is made, never here)."""
    reader: Callable[..., Iterator[Document]] = READERS[input_format(path)]
    yield from reader(path, fields)


def read_txt(path: str, fields: Fields) -> Iterator[Document]:
    data = _read_file(path)
    if isinstance(data, Document):
        yield data
        return
    try:
        yield Document(path, path, decode_text(data, encoding=fields.encoding))
    except DocumentError as err:
        yield Document.failure(path, path, err.kind, str(err))


def read_html(path: str, fields: Fields) -> Iterator[Document]:
    data = _read_file(path)
    if isinstance(data, Document):
        yield data
        return
    try:
        yield Document(path, path, html_to_text(decode_html(data, encoding=fields.encoding)))
    except DocumentError as err:
        yield Document.failure(path, path, err.kind, str(err))


def _read_file(path: str):
    """The file's bytes, or an error Document when it is too large or unreadable."""
    try:
        size = os.path.getsize(path)
        if size > MAX_DOC_BYTES:
            return Document.failure(path, path, "too_large", f"file has {size:,} bytes, too large for one "
                                                             f"document (at most {MAX_DOC_BYTES:,}): split it first")
        return Path(path).read_bytes()
    except OSError as err:
        return _unreadable(path, err)


def _unreadable(path: str, err: OSError) -> Document:
    return Document.failure(path, path, "unreadable", f"cannot read the file: {err.strerror or err}")


def read_jsonl(path: str, fields: Fields) -> Iterator[Document]:
    try:
        fh = open(path, "rb")
    except OSError as err:
        yield _unreadable(path, err)
        return
    with fh:
        yield from _jsonl_lines(fh, path, fields)


def _jsonl_lines(lines: Iterable[bytes], name: str, fields: Fields) -> Iterator[Document]:
    encoding = fields.encoding
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        origin = f"{name}:{n}"
        try:
            line = raw.decode("utf-8-sig" if n == 1 and encoding == "utf-8" else encoding)
        except UnicodeDecodeError as err:
            bad = raw[err.start]
            name = "UTF-8" if encoding == "utf-8" else encoding
            yield Document.failure(origin, origin, "encoding",
                                   f"line {n} is not {name} (byte 0x{bad:02x}): re-encode the file or name its "
                                   f"encoding (--encoding)")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield Document.failure(origin, origin, "malformed",
                                   f"malformed JSON on line {n}: {err.msg} (column {err.colno})")
            continue
        if not isinstance(row, dict):
            yield Document.failure(origin, origin, "malformed",
                                   f"line {n} is a JSON {type(row).__name__}, not an object")
            continue
        yield row_document(row, origin, fields)


def row_document(row: Mapping[str, Any], origin: str, fields: Fields) -> Document:
    """A JSONL/CSV/Parquet row (or a Dask item) as a Document, with its own id and date."""
    doc_id = row.get(fields.id)
    doc_id = origin if missing(doc_id) else str(doc_id)
    if fields.text not in row:
        present = sorted(map(str, row))
        return Document.failure(doc_id, origin, "no_text_field",
                                f"no {fields.text!r} field in this row (fields: {present}); "
                                f"name the text field with --text-field")
    text = row[fields.text]
    if missing(text) and not isinstance(text, str):
        return Document.failure(doc_id, origin, "empty", f"document is empty (its {fields.text!r} field is null)")
    if isinstance(text, str) and any("\udc80" <= c <= "\udcff" for c in text):
        return Document.failure(doc_id, origin, "encoding", "this row is not UTF-8 text: re-encode the file as "
                                                            "UTF-8 or name its encoding (--encoding)")
    return Document(doc_id, origin, text, row.get(fields.date))


def read_csv(path: str, fields: Fields) -> Iterator[Document]:
    try:
        # surrogateescape: a bad byte spoils one row (an error record), not the whole file
        encoding = "utf-8-sig" if fields.encoding == "utf-8" else fields.encoding
        fh = open(path, encoding=encoding, errors="surrogateescape", newline="")
    except OSError as err:
        yield _unreadable(path, err)
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with fh:
        reader = csv.DictReader(fh)
        row_number = 0
        try:
            header = reader.fieldnames or []
            if fields.text not in header:
                yield Document.failure(path, path, "no_text_field",
                                       f"CSV has no {fields.text!r} column (columns: {header}); "
                                       f"name the text column with --text-field")
                return
            for row_number, row in enumerate(reader, 1):
                row.pop(None, None)  # extra cells beyond the header
                if row.get(fields.text) is None:  # a short row: no cell for the text
                    row.pop(fields.text, None)
                yield row_document(row, f"{path}:{row_number}", fields)
        except csv.Error as err:
            origin = f"{path}:{row_number + 1}"
            yield Document.failure(origin, origin, "malformed",
                                   f"CSV unreadable from data row {row_number + 1} on ({err}); "
                                   f"the rows after it were not read")


def read_parquet(path: str, fields: Fields) -> Iterator[Document]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        names = table.schema_arrow.names
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError, ... for a broken file
        yield Document.failure(path, path, "malformed", f"not a readable Parquet file ({err})")
        return
    if fields.text not in names:
        yield Document.failure(path, path, "no_text_field",
                               f"Parquet file has no {fields.text!r} column (columns: {names}); "
                               f"name the text column with --text-field")
        return
    columns = [c for c in (fields.text, fields.id, fields.date) if c in names]
    row_number = 0
    for batch in table.iter_batches(batch_size=1024, columns=list(dict.fromkeys(columns))):
        for row in batch.to_pylist():
            row_number += 1
            yield row_document(row, f"{path}:{row_number}", fields)


def read_stdin(path: str, fields: Fields, stream=None) -> Iterator[Document]:
    """Standard input: JSON lines when its first non-blank line is a JSON object (read as a
    stream, so a pipe of millions of rows never sits in memory), else one text document."""
    stream = stream or sys.stdin.buffer
    head: List[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and _is_json_object(head[-1]):
        yield from _jsonl_lines(itertools.chain(head, stream), "stdin", fields)
        return
    data = b"".join(head) + stream.read(MAX_DOC_BYTES + 1 - sum(map(len, head)))
    if len(data) > MAX_DOC_BYTES:
        yield Document.failure("stdin", "stdin", "too_large",
                               f"standard input has over {MAX_DOC_BYTES:,} bytes, too large for one "
                               f"document: give one JSON object a line instead")
        return
    try:
        yield Document("stdin", "stdin", decode_text(data, "standard input", fields.encoding))
    except DocumentError as err:
        yield Document.failure("stdin", "stdin", err.kind, str(err))


def _is_json_object(line: bytes) -> bool:
    stripped = line.strip()
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def count_documents(path: str, fields: Fields = Fields()) -> Optional[int]:
    """How many documents a source holds (for the progress bar), or None when unknown."""
    fmt = input_format(path)
    try:
        if fmt in ("txt", "html"):
            return 1
        if fmt == "jsonl":
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows or 1
        if fmt == "csv":
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                return max(1, sum(1 for _ in csv.reader(fh)) - 1)
    except Exception:  # the reader reports the problem itself
        return 1
    return None


READERS: Dict[str, Callable[..., Iterator[Document]]] = {
    "txt": read_txt,
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "parquet": read_parquet,
    "stdin": read_stdin,
}
