"""Long documents in bounded memory: the base model runs chunk by chunk, migtext on the whole.

A report, a transcript or a parliamentary debate can run to a million characters.  The
base model's tok2vec and NER need memory in proportion to what they read at once (spaCy
warns of about 1 GB per 100,000 characters), so a long document is cut at paragraph
breaks (or sentence ends, or line breaks) into chunks of at most `CHUNK_CHARS`, the base
model reads each chunk, and the chunks are joined back into one Doc with the same text.
migtext's own components then run on that Doc: acronym definitions, people, the dateline
and anaphoric dates see the whole document, and every offset is the unchunked one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Iterator, List, Optional, Tuple

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

# A document longer than this is read in chunks (characters).
CHUNK_CHARS = 50_000
# Where a chunk may end, best first: a blank line, a sentence end, a line break, a space.
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"[.!?»][^\S\n]+"), re.compile(r"\n\s*"), re.compile(r" +"))
OWN_PREFIX = "migtext_"


def chunk_bounds(text: str, size: Optional[int] = None) -> List[Tuple[int, int]]:
    """Character ranges that cover `text`, each at most `size` (`CHUNK_CHARS`) long where
    the text allows, cut at the best boundary in the second half of each chunk."""
    size = size or CHUNK_CHARS
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = None
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + size // 2, end)]
            if found:
                cut = found[-1]
                break
        cut = cut or end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def is_long(doc: Doc, size: Optional[int] = None) -> bool:
    """Longer than `size` (`CHUNK_CHARS`) characters."""
    return bool(len(doc)) and doc[-1].idx + len(doc[-1]) > (size or CHUNK_CHARS)


def run_in_chunks(nlp: Language, doc: Doc, size: Optional[int] = None) -> Doc:
    """`nlp(doc)` for a long document, the base model chunk by chunk."""
    base = [(name, proc) for name, proc in nlp.pipeline if not name.startswith(OWN_PREFIX)]
    own = [(name, proc) for name, proc in nlp.pipeline if name.startswith(OWN_PREFIX)]
    text = doc.text
    starts = doc.to_array([IDX]).tolist()
    pieces = []
    for start, end in chunk_bounds(text, size):
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if i < j:
            pieces.append(doc[i:j].as_doc())
    for _, proc in base:
        pieces = [proc(piece) for piece in pieces]
    whole = Doc.from_docs(pieces, ensure_whitespace=False) if len(pieces) > 1 else pieces[0]
    if whole.text != text:  # cannot happen: chunks are cut between tokens
        raise RuntimeError("chunks of a long document do not join back into its text")
    whole.user_data.update(doc.user_data)
    for _, proc in own:
        whole = proc(whole)
    return whole


def run(nlp: Language, doc: Doc) -> Doc:
    """`nlp(doc)`, in chunks when the document is long."""
    return run_in_chunks(nlp, doc) if is_long(doc) else nlp(doc)


_LONG_KEY = "migtext.long_document"


def pipe(nlp: Language, docs: Iterable[Doc], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """`nlp.pipe(docs)` in input order; a long document is read in chunks in this process.

    It travels through `nlp.pipe` as an empty placeholder that keeps its place in the
    order (and in the worker processes' batches), and is replaced when it comes out.
    """
    held = {}

    def feed() -> Iterator[Doc]:
        for doc in docs:
            if is_long(doc):
                placeholder = Doc(doc.vocab, words=[])
                placeholder.user_data[_LONG_KEY] = key = len(held)
                held[key] = doc
                yield placeholder
            else:
                yield doc

    for out in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
        key = out.user_data.get(_LONG_KEY)
        if key is None:
            yield out
            continue
        doc = held.pop(key)
        try:
            yield run_in_chunks(nlp, doc)
        except Exception as err:  # what nlp.pipe does with a failing document (raise, or drop)
            nlp.default_error_handler("migtext_chunks", None, [doc], err)
