"""Per-document errors, one model for the Python API and the command line.

`annotate_many(errors="record")` and `migtext annotate` both give one Doc (one record)
per input document, in input order.  A document that could not be annotated is a Doc
with no tokens whose `doc._.error` says what was wrong and what to do, and whose
`doc._.error_kind` (one of `ERROR_KINDS`) lets a run count and filter its errors.

`pipe_safely` is `nlp.pipe` (long documents in chunks, `migtext.pipeline.chunks`) that
never stops on one document: spaCy's error handlers drop a failing document instead of
raising, and that document is then run alone to record why it failed.
"""

from __future__ import annotations

from collections import Counter, deque
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.errors import InputError
from migtext.core.normalise import source_text
from migtext.pipeline import chunks

# kind -> how a run's summary names it ("3 empty, 1 not UTF-8")
ERROR_KINDS: Dict[str, str] = {
    "empty": "empty",  # no text, only white space, a null text field, a file without a document
    "encoding": "not UTF-8",  # a file, line or row that is not UTF-8 text
    "binary": "binary",  # NUL bytes: a binary file, not text
    "too_large": "too large",  # over the one-document limit
    "not_text": "not text",  # a Python value that is not a str (bytes, a number)
    "no_text_field": "without the text field",  # a row or file without the text field
    "malformed": "malformed",  # broken JSON, CSV, Parquet or HTML; an unusable item
    "unreadable": "unreadable",  # the file cannot be opened
    "duplicate_id": "duplicate id",  # an id an earlier document of the run has
    "failed": "failed",  # a component raised on this document, or a Dask task was lost
}

# Keys of `doc.user_data` that `pipe_safely` uses to find its documents again.
_SEQUENCE_KEY = "migtext_sequence"
# What a document carries into the pipeline: copied when a dropped document is run again.
_INPUT_EXTENSIONS = ("doc_id", "doc_date", "doc_date_source", "doc_date_fallback", "warnings")


class DocumentError(InputError):
    """A document migtext cannot annotate; `kind` is one of `ERROR_KINDS`."""

    def __init__(self, kind: str, message: str) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {kind!r}: one of {sorted(ERROR_KINDS)}")
        super().__init__(message)
        self.kind = kind


def error_doc(vocab, doc_id: Optional[str], error: str, kind: str) -> Doc:
    """The Doc standing for a document that could not be annotated: no tokens, its id,
    `doc._.error` and `doc._.error_kind`."""
    if kind not in ERROR_KINDS:
        raise ValueError(f"unknown error kind {kind!r}: one of {sorted(ERROR_KINDS)}")
    doc = Doc(vocab, words=[])
    doc._.doc_id = doc_id
    doc._.error = error
    doc._.error_kind = kind
    return doc


def count_text(counts: Mapping[str, int]) -> str:
    """"3 empty, 1 not UTF-8": error counts by kind, most frequent first."""
    ordered = sorted(((n, kind) for kind, n in counts.items() if n), key=lambda item: (-item[0], item[1]))
    return ", ".join(f"{n} {ERROR_KINDS.get(kind, kind)}" for n, kind in ordered)


def kind_counts(kinds: Iterable[Optional[str]]) -> Counter:
    """How many errors of each kind (None, a document without error, is not counted)."""
    return Counter(kind for kind in kinds if kind is not None)


def pipe_safely(nlp: Language, docs: Iterable[Doc], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """`nlp.pipe` over `docs`, one Doc out per Doc in, in order, whatever fails.

    A Doc that already has `doc._.error` (made by `error_doc`) passes through untouched.
    A Doc on which a component raises comes out as an error Doc (kind "failed") with the
    exception named; the others are annotated as by `nlp.pipe`.
    """
    pending: deque = deque()

    def feed() -> Iterator[Doc]:
        for sequence, doc in enumerate(docs):
            if doc._.error is not None:
                pending.append((sequence, doc, None))
                continue
            pending.append((sequence, doc, _inputs(doc)))
            doc.user_data[_SEQUENCE_KEY] = sequence
            yield doc

    saved = _skip_failures(nlp)
    try:
        for done in chunks.pipe(nlp, feed(), batch_size=batch_size, n_process=n_process):
            sequence = done.user_data.pop(_SEQUENCE_KEY)
            while pending[0][0] != sequence:
                yield _alone(nlp, *pending.popleft()[1:])
            pending.popleft()
            yield done
        while pending:
            yield _alone(nlp, *pending.popleft()[1:])
    finally:
        _restore_handlers(nlp, saved)


def _inputs(doc: Doc) -> Tuple[str, Dict[str, Any]]:
    """What makes the Doc again: the text as given (not the tokenizer's view) and its extensions."""
    return source_text(doc), {name: getattr(doc._, name) for name in _INPUT_EXTENSIONS}


def _alone(nlp: Language, doc: Doc, inputs: Optional[Tuple[str, Dict[str, Any]]]) -> Doc:
    """An error Doc as is; a Doc that `nlp.pipe` dropped, made again and run alone to
    find why (the dropped one may hold half an annotation)."""
    if inputs is None:
        return doc
    doc.user_data.pop(_SEQUENCE_KEY, None)
    text, extensions = inputs
    try:
        fresh = nlp.make_doc(text)
        for name, value in extensions.items():
            setattr(fresh._, name, value)
        if chunks.is_long(fresh):
            return chunks.run_in_chunks(nlp, fresh)
        for _, component in nlp.pipeline:  # not nlp(fresh): its error handler is the one that drops
            fresh = component(fresh)
        return fresh
    except Exception as err:  # a component bug on one document must not stop the run
        failed = error_doc(nlp.vocab, extensions["doc_id"], f"annotation failed: {type(err).__name__}: {err}",
                           "failed")
        failed._.warnings = extensions["warnings"]
        return failed


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
