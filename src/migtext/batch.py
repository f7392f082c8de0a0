"""Batch annotation (first version: .txt files, folders and .jsonl in, .jsonl out)."""

from __future__ import annotations

import glob
import json
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

from migtext.errors import InputError, MigtextError
from migtext.pipeline import check_date, check_text, default_pipeline, make_doc
from migtext.records import doc_to_record, error_record


def _expand(inputs: List[str]) -> List[str]:
    paths: List[str] = []
    for item in inputs:
        if item == "-":
            paths.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            paths += sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix in (".txt", ".jsonl"))
        elif p.exists():
            paths.append(str(p))
        else:
            matched = sorted(glob.glob(item, recursive=True))
            if not matched:
                raise InputError(f"input {item!r} does not exist and matches no file")
            paths += matched
    return paths


def iter_documents(paths: List[str], text_field: str, id_field: str, date_field: str, date: Optional[str]) -> Iterator[Dict[str, Any]]:
    """Documents as dicts (id, text, date) or (id, error) for what cannot be read."""
    for path in paths:
        if path == "-":
            yield {"id": "stdin", "text": sys.stdin.read(), "date": date}
        elif path.endswith(".jsonl"):
            with open(path, encoding="utf-8", errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    doc_id = f"{path}:{n}"
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as err:
                        yield {"id": doc_id, "error": f"malformed JSON line: {err.msg}"}
                        continue
                    if not isinstance(row, dict) or text_field not in row:
                        yield {"id": doc_id, "error": f"no {text_field!r} field in this line"}
                        continue
                    yield {"id": str(row.get(id_field, doc_id)), "text": row[text_field], "date": row.get(date_field, date)}
        else:
            data = Path(path).read_bytes()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                yield {"id": path, "error": f"not UTF-8 text (byte {err.start}): re-encode the file as UTF-8"}
                continue
            yield {"id": path, "text": text, "date": date}


def run_annotate(inputs: List[str], output: Path, date: Optional[str] = None, text_field: str = "text",
                 id_field: str = "id", date_field: str = "date", batch_size: int = 32, n_process: int = 1) -> str:
    """Annotate every input document into `output` (JSONL); returns a one-line summary."""
    if output.suffix != ".jsonl":
        raise InputError(f"unknown output format {output.suffix!r}: use .jsonl")
    check_date(date)
    paths = _expand(inputs)
    nlp = default_pipeline()
    started = time.perf_counter()
    n_docs = n_ents = n_err = 0
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        for item in iter_documents(paths, text_field, id_field, date_field, date):
            n_docs += 1
            if "error" in item:
                record = error_record(item["id"], item["error"])
            else:
                try:
                    if not check_text(item["text"]).strip():
                        raise InputError("document is empty")
                    doc = nlp(make_doc(nlp, item["text"], item.get("date"), item["id"]))
                    record = doc_to_record(doc)
                except MigtextError as err:
                    record = error_record(item["id"], str(err))
            n_err += "error" in record
            n_ents += len(record["entities"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    secs = time.perf_counter() - started
    return f"{n_docs} documents, {n_ents} entities, {n_err} errors, {secs:.1f} s -> {output}"
