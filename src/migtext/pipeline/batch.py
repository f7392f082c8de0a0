"""Annotating documents in one process: every input document gives exactly one Doc.

`iter_documents` reads and checks every document of the inputs; `annotate_documents`
makes their Docs (the date rule applied: the document's own date, else its dateline,
else the run's fallback date) and runs them through `pipe_safely`, so a document that
cannot be annotated (not UTF-8, empty, over `MAX_DOC_CHARS`, a malformed row, a
component failing on it) gives an error Doc instead of stopping the run.
`migtext.pipeline.corpus` drives whole runs.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, Optional, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.pipeline.errors import DocumentError, error_doc, pipe_safely
from migtext.pipeline.io.documents import Document, Fields, checked
from migtext.pipeline.io.readers import read_source
from migtext.pipeline.language import make_doc
from migtext.pipeline.records import doc_to_record

Result = Tuple[Dict[str, Any], Optional[Doc]]


def iter_documents(paths: Iterable[str], fields: Fields = Fields()) -> Iterator[Document]:
    """Every document of every source, checked, with ids unique over the run.

    A row-based file with no row at all gives one error document, so that a file given
    on the command line is always accounted for in the output.
    """
    seen: Set[str] = set()
    for path in paths:
        count = 0
        for document in read_source(path, fields):
            count += 1
            yield _unique(checked(document), seen)
        if count == 0:
            yield _unique(Document.failure(path, path, "empty", "the file holds no document (it is empty)"), seen)


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
    return Document.failure(doc_id, document.origin, "duplicate_id",
                            f"duplicate id {document.id!r}: an earlier document has it; "
                            f"ids must be unique (fix the id field or drop --id-field)")


def document_doc(nlp: Language, document: Document, fallback: Optional[str] = None,
                 override: Optional[str] = None) -> Doc:
    """The Doc of one document: its own date (or `override`, for every document), else
    its dateline, else `fallback`; an unreadable date field is a warning, not an error."""
    if document.error is not None:
        return error_doc(nlp.vocab, document.id, document.error, document.error_kind or "malformed")
    try:
        return make_doc(nlp, document.text, override or document.date, document.id, fallback=fallback,
                        bad_date="warn")
    except DocumentError as err:  # `checked` documents pass; a Document made by hand may not
        return error_doc(nlp.vocab, document.id, str(err), err.kind)


def annotate_documents(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = 32,
    n_process: int = 1,
    fallback: Optional[str] = None,
    override: Optional[str] = None,
) -> Iterator[Doc]:
    """One Doc per document, in input order; an error Doc (`doc._.error`) for those that
    could not be read or annotated."""
    docs = (document_doc(nlp, document, fallback, override) for document in documents)
    yield from pipe_safely(nlp, docs, batch_size=batch_size, n_process=n_process)


def to_result(doc: Doc, keep_doc: bool = False) -> Result:
    """The record (and, for .spacy output, the Doc) of one processed document."""
    return doc_to_record(doc), doc if keep_doc else None
