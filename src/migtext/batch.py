"""Batch annotation of whole corpora: every input document gives exactly one record.

    >>> from migtext.batch import run_annotate
    >>> summary = run_annotate(["corpus/"], Path("out.jsonl"), date="2024-03-12")  # doctest: +SKIP

Documents stream from the readers (`migtext.io.readers`) through `nlp.pipe` to a
crash-safe writer (`migtext.io.writers`).  A document that cannot be annotated — not
UTF-8, empty, over `MAX_DOC_CHARS`, a malformed row, a component failing on it — gets a
record with `error` and the run goes on.  After a crash, `resume=True` skips the ids
already in the output, so each document ends up there exactly once.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.errors import InputError
from migtext.io.documents import Document, Fields, checked
from migtext.io.readers import count_documents, expand_inputs, read_source
from migtext.io.writers import ERROR_KEY, open_writer
from migtext.pipeline import check_date, default_pipeline, make_doc
from migtext.records import doc_to_record, error_record

Result = Tuple[Document, Dict[str, Any], Optional[Doc]]
ENGINES = ("local", "dask")


@dataclass
class Summary:
    """What a run did; `str()` is the line printed at its end."""

    output: Path
    documents: int = 0
    entities: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        resumed = f", {self.skipped} already done" if self.skipped else ""
        return (f"{self.documents} documents, {self.entities} entities, {self.errors} errors{resumed}, "
                f"{self.seconds:.1f} s ({rate:.1f} documents/s) -> {self.output}")


def iter_documents(paths: Iterable[str], fields: Fields = Fields(), date: Any = None) -> Iterator[Document]:
    """Every document of every source, checked, with ids unique over the run.

    A row-based file with no row at all gives one error document, so that a file given
    on the command line is always accounted for in the output.
    """
    seen: Set[str] = set()
    for path in paths:
        count = 0
        for document in read_source(path, fields, date):
            count += 1
            yield _unique(checked(document), seen)
        if count == 0:
            yield _unique(Document(path, path, error="the file holds no document (it is empty)"), seen)


def _unique(document: Document, seen: Set[str]) -> Document:
    """A repeated id becomes an error under the document's origin (ids must be unique)."""
    if document.id not in seen:
        seen.add(document.id)
        return document
    doc_id, n = document.origin, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{document.origin}#{n}"
    seen.add(doc_id)
    return Document(doc_id, document.origin, error=f"duplicate id {document.id!r}: an earlier document has it; "
                                                   f"ids must be unique (fix the id field or drop --id-field)")


def annotate_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32, n_process: int = 1
) -> Iterator[Tuple[Document, Optional[Doc]]]:
    """(document, annotated Doc) in input order; the Doc is None when `document.error` is set.

    `nlp.pipe` runs with an error handler that drops a failing document instead of
    stopping the run; each dropped document is then run alone to record its error.
    """
    pending: deque = deque()

    def feed() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            if document.error is None:
                yield make_doc(nlp, document.text, document.date, document.id)

    saved = _skip_failures(nlp)
    try:
        for doc in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
            while pending and (pending[0].error is not None or pending[0].id != doc._.doc_id):
                yield _alone(nlp, pending.popleft())
            yield pending.popleft(), doc
        while pending:
            yield _alone(nlp, pending.popleft())
    finally:
        _restore_handlers(nlp, saved)


def _alone(nlp: Language, document: Document) -> Tuple[Document, Optional[Doc]]:
    """An error document as is; a document `nlp.pipe` dropped, run alone to find why."""
    if document.error is not None:
        return document, None
    try:
        doc = make_doc(nlp, document.text, document.date, document.id)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return document, doc
    except Exception as err:  # a component bug on one document must not stop the run
        return document.failed(f"annotation failed: {type(err).__name__}: {err}"), None


def _drop_failed(proc_name, proc, docs, error) -> None:
    """spaCy error handler: leave the failing documents out of `nlp.pipe`'s output."""


def _skip_failures(nlp: Language):
    """Install `_drop_failed` on the pipeline; returns what `_restore_handlers` puts back."""
    saved = {}
    for name, proc in nlp.pipeline:
        try:  # spaCy's Cython components (the parser-based NER) refuse a new handler
            saved[name] = proc.get_error_handler()
            proc.set_error_handler(_drop_failed)
        except AttributeError:
            saved.pop(name, None)
    default = nlp.default_error_handler
    nlp.default_error_handler = _drop_failed
    return default, saved


def _restore_handlers(nlp: Language, saved) -> None:
    default, per_component = saved
    nlp.default_error_handler = default
    for name, proc in nlp.pipeline:
        if name in per_component:
            proc.set_error_handler(per_component[name])


def to_result(document: Document, doc: Optional[Doc], vocab=None) -> Result:
    """The record (and, for .spacy output, the Doc) of one processed document."""
    if doc is not None:
        return document, doc_to_record(doc), doc
    record = error_record(document.id, document.error or "unknown error")
    return document, record, None if vocab is None else error_doc(vocab, document)


def error_doc(vocab, document: Document) -> Doc:
    """An empty Doc standing for a document that could not be annotated (.spacy output)."""
    doc = Doc(vocab, words=[])
    doc._.doc_id = document.id
    doc.user_data[ERROR_KEY] = document.error
    return doc


def run_annotate(
    inputs: List[str],
    output: Path,
    date: Optional[str] = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    batch_size: int = 32,
    n_process: int = 1,
    resume: bool = False,
    overwrite: bool = False,
    engine: str = "local",
    scheduler: Optional[str] = None,
    client: Any = None,
    progress: Optional[bool] = None,
    nlp: Optional[Language] = None,
) -> Summary:
    """Annotate every input document into `output` (format from its extension).

    `progress=None` shows a bar only when stderr is a terminal. `engine="dask"` sends
    batches to a Dask cluster: `client`, or `scheduler` (an address or a scheduler
    file), or else a local cluster of `n_process` workers.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {ENGINES}")
    if batch_size < 1 or n_process < 1:
        raise InputError(f"--batch-size and --n-process must be at least 1 (got {batch_size}, {n_process})")
    date = check_date(date)
    output = Path(output)
    writer = open_writer(output)
    fields = Fields(text_field, id_field, date_field)
    paths = expand_inputs(inputs, exclude=writer.work_paths())
    done = writer.start(resume, overwrite)
    summary = Summary(output)
    started = time.perf_counter()

    def todo() -> Iterator[Document]:
        for document in iter_documents(paths, fields, date):
            if document.id in done:
                summary.skipped += 1
            else:
                yield document

    bar = _progress_bar(paths, fields, len(done), progress)
    try:
        if engine == "dask":
            from migtext.distributed import annotate_on_cluster

            results = annotate_on_cluster(todo(), batch_size, writer.wants_docs, client, scheduler, n_process)
        else:
            nlp = nlp or default_pipeline()
            vocab = nlp.vocab if writer.wants_docs else None
            results = (to_result(document, doc, vocab)
                       for document, doc in annotate_documents(nlp, todo(), batch_size, n_process))
        batch: List[Tuple[Dict[str, Any], Optional[Doc]]] = []
        for _, record, doc in results:
            batch.append((record, doc))
            summary.documents += 1
            summary.entities += len(record["entities"])
            summary.errors += "error" in record
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
