"""Annotating documents in one process: every input document gives exactly one record.

`iter_documents` reads and checks every document of the inputs; `annotate_documents`
runs them through `nlp.pipe`, and a document that cannot be annotated (not UTF-8,
empty, over `MAX_DOC_CHARS`, a malformed row, a component failing on it) gets an error
record instead of stopping the run.  `migtext.pipeline.corpus` drives whole runs.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Dict, Iterable, Iterator, Optional, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.pipeline import chunks
from migtext.pipeline.io.documents import Document, Fields, checked
from migtext.pipeline.io.readers import read_source
from migtext.pipeline.io.writers import ERROR_KEY
from migtext.pipeline.language import make_doc
from migtext.pipeline.records import doc_to_record, error_record

Result = Tuple[Document, Dict[str, Any], Optional[Doc]]


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
        for doc in chunks.pipe(nlp, feed(), batch_size=batch_size, n_process=n_process):
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
