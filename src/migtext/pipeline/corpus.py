"""A whole corpus into one output file: readers, `nlp.pipe` or Dask, a crash-safe writer.

    >>> from migtext.pipeline.corpus import run_annotate
    >>> summary = run_annotate(["corpus/"], Path("out.jsonl"), date="2024-03-12")  # doctest: +SKIP

Documents stream from the readers (`migtext.pipeline.io.readers`) through `nlp.pipe`
(`migtext.pipeline.batch`) or a Dask cluster (`migtext.pipeline.distributed`) to a
crash-safe writer (`migtext.pipeline.io.writers`).  Every input document gets one record,
errors included (`migtext.pipeline.errors`); the summary counts them by kind.  After a
crash, `resume=True` skips the ids already in the output, so each document ends up there
exactly once.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.errors import InputError
from migtext.pipeline.batch import annotate_documents, iter_documents, to_result
from migtext.pipeline.errors import count_text
from migtext.pipeline.io.documents import Document, Fields
from migtext.pipeline.io.readers import count_documents, expand_inputs
from migtext.pipeline.io.writers import open_writer
from migtext.pipeline.language import check_date, default_pipeline

ENGINES = ("local", "dask")


@dataclass
class Summary:
    """What a run did; `str()` is what the command prints at its end."""

    output: Path
    documents: int = 0
    entities: int = 0
    errors: int = 0
    warnings: int = 0
    skipped: int = 0
    seconds: float = 0.0
    error_kinds: Counter = field(default_factory=Counter)
    first_errors: Dict[str, str] = field(default_factory=dict)

    @property
    def annotated(self) -> int:
        """Documents of this run that were annotated (not errors)."""
        return self.documents - self.errors

    def add(self, record: Dict[str, Any]) -> None:
        self.documents += 1
        self.entities += len(record["entities"])
        self.warnings += bool(record.get("warnings"))
        if record.get("error") is not None:
            kind = record.get("error_kind") or "failed"
            self.errors += 1
            self.error_kinds[kind] += 1
            self.first_errors.setdefault(kind, record["error"])

    def main_error(self) -> Optional[str]:
        """The first message of the most frequent kind of error, or None."""
        if not self.error_kinds:
            return None
        kind = min(self.error_kinds, key=lambda k: (-self.error_kinds[k], k))
        return self.first_errors[kind]

    def __str__(self) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        resumed = f", {self.skipped} already done" if self.skipped else ""
        warned = f", {self.warnings} with warnings" if self.warnings else ""
        lines = [f"{self.documents} documents, {self.entities} entities, {self.errors} errors{warned}{resumed}, "
                 f"{self.seconds:.1f} s ({rate:.1f} documents/s) -> {self.output}"]
        where = "doc._.{}" if self.output.suffix.lower() == ".spacy" else '"{}"'
        if self.errors:
            lines.append(f"errors: {count_text(self.error_kinds)}: see {where.format('error')} in {self.output}")
        if self.warnings:
            lines.append(f"warnings: {self.warnings} documents: see {where.format('warnings')} in {self.output}")
        return "\n".join(lines)


def run_annotate(
    inputs: List[str],
    output: Path,
    date: Optional[str] = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    encoding: str = "utf-8",
    batch_size: int = 32,
    n_process: int = 1,
    resume: bool = False,
    overwrite: bool = False,
    engine: str = "local",
    scheduler: Optional[str] = None,
    client: Any = None,
    progress: Optional[bool] = None,
    nlp: Optional[Language] = None,
    date_override: Optional[str] = None,
) -> Summary:
    """Annotate every input document into `output` (format from its extension).

    Dates: a document's own date field wins, else its dateline, else `date` (a
    fallback); `date_override` instead gives every document that date, datelines and
    date fields notwithstanding. `progress=None` shows a bar only when stderr is a
    terminal. `engine="dask"` sends batches to a Dask cluster: `client`, or `scheduler`
    (an address or a scheduler file), or else a local cluster of `n_process` workers.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {ENGINES}")
    if batch_size < 1 or n_process < 1:
        raise InputError(f"--batch-size and --n-process must be at least 1 (got {batch_size}, {n_process})")
    if date and date_override:
        raise InputError("give --date (a fallback for documents without a date or a dateline) or "
                         "--date-override (one date for every document), not both")
    date, date_override = check_date(date), check_date(date_override)
    output = Path(output)
    writer = open_writer(output)
    fields = Fields(text_field, id_field, date_field, encoding)
    paths = expand_inputs(inputs, exclude=writer.work_paths())
    done = writer.start(resume, overwrite)
    summary = Summary(output)
    started = time.perf_counter()

    def todo() -> Iterator[Document]:
        for document in iter_documents(paths, fields):
            if document.id in done:
                summary.skipped += 1
            else:
                yield document

    bar = _progress_bar(paths, fields, len(done), progress)
    try:
        if engine == "dask":
            from migtext.pipeline.distributed import annotate_on_cluster

            results = annotate_on_cluster(todo(), batch_size, writer.wants_docs, client, scheduler, n_process,
                                          fallback=date, override=date_override)
        else:
            nlp = nlp or default_pipeline()
            docs = annotate_documents(nlp, todo(), batch_size, n_process, fallback=date, override=date_override)
            results = (to_result(doc, writer.wants_docs) for doc in docs)
        batch: List[Tuple[Dict[str, Any], Optional[Doc]]] = []
        for record, doc in results:
            batch.append((record, doc))
            summary.add(record)
            if bar is not None:
                bar.update(1)
            if len(batch) >= batch_size:
                writer.write(batch)
                batch = []
        if batch:
            writer.write(batch)
        writer.finish()
    finally:
        writer.close()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar(paths: List[str], fields: Fields, already_done: int, progress: Optional[bool]):
    """A tqdm bar on stderr (documents/s, time left), or None when not on a terminal."""
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return None
    from tqdm import tqdm

    counts = [count_documents(p, fields) for p in paths]
    total = None if None in counts else max(0, sum(counts) - already_done)
    return tqdm(total=total, unit="doc", desc="migtext", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
