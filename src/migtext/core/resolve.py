"""Resolution: from overlapping candidates to one span per mention in `doc.ents`.

Rules, in order: nothing from boilerplate (menus, debris); migtext's own candidates
before the base model's; the outermost (longest) span wins; then the higher score; then
a fixed label order, so the output is deterministic.  Chosen spans whose edges fall
inside a token (glued words) get their tokens split, so offsets stay exact.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Dict, List, Optional, Tuple

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from migtext.core.candidates import LABELS, Candidate, drop_text_cache, pop_candidates
from migtext.core.text import in_ranges

LABEL_RANK: Dict[str, int] = {
    label: i for i, label in enumerate(("LEGAL", "ORG", "COUNTRY", "NATIONALITY", "REGION", "PER", "DATE", "LOC"))
}


class _Occupied:
    """Spans already taken, which never overlap: kept sorted, so that an overlap test is
    one bisection instead of a scan of every span taken so far."""

    def __init__(self) -> None:
        self.starts: List[int] = []
        self.ends: List[int] = []  # sorted too, since the spans do not overlap

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the spans that start before `end`
        return k > 0 and self.ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def choose(candidates: List[Candidate], boilerplate: List[Tuple[int, int]]) -> List[Candidate]:
    """The non-overlapping candidates that win, in text order (pure function, no spaCy)."""
    pool = [c for c in candidates if c.label in LABELS and not in_ranges(c.start, c.end, boilerplate)]
    pool.sort(key=lambda c: (c.from_model, -c.length, -c.score, LABEL_RANK.get(c.label, 99), c.start, c.norm or ""))
    taken: List[Candidate] = []
    occupied = _Occupied()
    for cand in pool:
        if occupied.overlaps(cand.start, cand.end):
            continue
        taken.append(cand)
        occupied.add(cand.start, cand.end)
    taken.sort(key=lambda c: c.start)
    return taken


# (start offsets, end offsets) of a Doc's tokens
Bounds = Tuple[List[int], List[int]]


def token_bounds(doc: Doc) -> Bounds:
    """Start and end offsets of every token, read as one array (no Token objects)."""
    if not len(doc):
        return [], []
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
    return starts, [s + n for s, n in zip(starts, lengths, strict=True)]



def split_tokens_at(doc: Doc, offsets: List[int], bounds: Optional[Bounds] = None) -> bool:
    """Split every token that has one of `offsets` strictly inside it; True if any was."""
    starts, ends = bounds or token_bounds(doc)
    cuts: Dict[int, List[int]] = {}
    for off in sorted(set(offsets)):
        i = bisect_right(starts, off) - 1
        if i >= 0 and starts[i] < off < ends[i]:
            cuts.setdefault(i, []).append(off - starts[i])
    if not cuts:
        return False
    with doc.retokenize() as retokenizer:
        for i, rel in cuts.items():
            token = doc[i]
            bounds = [0, *rel, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
            last = len(orths) - 1
            heads = [(token, last)] * last + [token.head if token.head.i != token.i else (token, last)]
            retokenizer.split(token, orths, heads=heads)
    return True


def aligned_spans(doc: Doc, chosen: List[Candidate], bounds: Optional[Bounds] = None) -> List[Span]:
    """A Span for each chosen candidate, whose edges are token edges after splitting.

    Bisection over the token offsets instead of `doc.char_span`, which builds Token
    objects for every lookup.
    """
    starts, ends = bounds or token_bounds(doc)
    spans = []
    for cand in chosen:
        i = bisect_left(starts, cand.start)
        j = bisect_left(starts, cand.end)  # first token at or after the end
        if i >= j or starts[i] != cand.start or ends[j - 1] != cand.end:  # cannot happen after splitting
            raise RuntimeError(f"could not align {cand} to tokens in {doc.text[cand.start : cand.end]!r}")
        spans.append(Span(doc, i, j, label=cand.label, kb_id=cand.norm or ""))
    return spans


class Resolver:
    """Picks the winning candidates and writes them to `doc.ents` with their attributes.

    It also empties `doc.tensor` (the base model's token vectors) unless `keep_tensor`:
    migtext does not read it, and it is about 70 % of a Doc's bytes, which `nlp.pipe`
    with `n_process` sends from process to process and a corpus of Docs keeps in memory.
    """

    def __init__(self, nlp: Language, name: str, keep_candidates: bool = False, keep_tensor: bool = False) -> None:
        self.name = name
        self.keep_candidates = keep_candidates
        self.keep_tensor = keep_tensor

    def __call__(self, doc: Doc) -> Doc:
        candidates = pop_candidates(doc)
        chosen = choose(candidates, doc._.boilerplate or [])
        bounds = token_bounds(doc)
        if split_tokens_at(doc, [c.start for c in chosen] + [c.end for c in chosen], bounds):
            bounds = token_bounds(doc)
        spans = aligned_spans(doc, chosen, bounds)
        doc.ents = spans
        for span, cand in zip(spans, chosen, strict=True):
            ext = span._
            ext.method = cand.method
            ext.score = round(cand.score, 4)
            ext.attrs = dict(cand.attrs)
        if doc._.people:
            # a mention that lost to a longer candidate is no longer a mention of that person
            kept = {(c.start, c.end) for c in chosen if c.label == "PER"}
            people = []
            for person in doc._.people:
                mentions = [m for m in person["mentions"] if tuple(m) in kept]
                if mentions:
                    people.append({**person, "mentions": mentions})
            doc._.people = people
        drop_text_cache(doc)
        if not self.keep_tensor:
            doc.tensor = numpy.zeros((0,), dtype="float32")  # what a Doc has before tok2vec
        if self.keep_candidates:
            doc._.migtext_candidates = [
                (c.start, c.end, c.label, c.norm, c.method, c.score, c.source) for c in candidates
            ]
        return doc
