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
from spacy.attrs import IDX, LEMMA, LENGTH, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from migtext.core.candidates import LABELS, Candidate, drop_text_cache, keep_resolved, pop_candidates
from migtext.core.tags import drop_tag_cache
from migtext.core.text import Ranges

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
    furniture = Ranges(boilerplate)
    pool = [c for c in candidates if c.label in LABELS and not furniture.overlaps(c.start, c.end)]
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



# Above this many tokens, splitting rebuilds the Doc once instead of splitting token by
# token: spaCy's retokenizer moves the whole token array for every split, which a long
# document (a report, a transcript) with hundreds of glued words cannot afford.
REBUILD_TOKENS = 5000
_CARRIED = (POS, TAG, MORPH, LEMMA, NORM, SENT_START)


def token_cuts(doc: Doc, offsets: List[int], bounds: Optional[Bounds] = None) -> Dict[int, List[int]]:
    """For each token that has one of `offsets` strictly inside it, the cut points in it."""
    starts, ends = bounds or token_bounds(doc)
    cuts: Dict[int, List[int]] = {}
    for off in sorted(set(offsets)):
        i = bisect_right(starts, off) - 1
        if i >= 0 and starts[i] < off < ends[i]:
            cuts.setdefault(i, []).append(off - starts[i])
    return cuts


def split_tokens(doc: Doc, cuts: Dict[int, List[int]]) -> Doc:
    """`doc` with the tokens of `cuts` split at their cut points: the same Doc, retokenized,
    or for a long unparsed document a new Doc with the same text, attributes and extensions."""
    if len(doc) > REBUILD_TOKENS and not doc.has_annotation("DEP"):
        return _rebuilt(doc, cuts)
    with doc.retokenize() as retokenizer:
        for i, rel in cuts.items():
            token = doc[i]
            bounds = [0, *rel, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
            last = len(orths) - 1
            heads = [(token, last)] * last + [token.head if token.head.i != token.i else (token, last)]
            retokenizer.split(token, orths, heads=heads)
    return doc


def _rebuilt(doc: Doc, cuts: Dict[int, List[int]]) -> Doc:
    """One pass over the tokens: each piece of a split token carries the token's attributes."""
    strings = doc.vocab.strings
    orth_space = doc.to_array([ORTH, SPACY]).tolist()
    carried = [a for a in _CARRIED if doc.has_annotation(a)]
    values = doc.to_array(carried) if carried else None
    words: List[str] = []
    spaces: List[bool] = []
    repeat: List[int] = []
    for i, (orth, space) in enumerate(orth_space):
        text = strings[orth]
        rel = cuts.get(i)
        if rel is None:
            words.append(text)
            spaces.append(bool(space))
            repeat.append(1)
            continue
        bounds = [0, *rel, len(text)]
        pieces = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        words.extend(pieces)
        spaces.extend([False] * (len(pieces) - 1) + [bool(space)])
        repeat.append(len(pieces))
    new = Doc(doc.vocab, words=words, spaces=spaces)
    if values is not None:
        new.from_array(carried, numpy.repeat(values.reshape(len(doc), -1), repeat, axis=0))
    if getattr(doc.tensor, "size", 0):
        new.tensor = numpy.repeat(doc.tensor, repeat, axis=0)
    new.user_data.update(doc.user_data)
    new.cats = dict(doc.cats)
    return new


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

    It drops the shared per-document text caches (`candidates.drop_text_cache`: the words
    are not plain values for DocBin or `n_process`) unless `keep_text_cache`: a component
    that follows it and reads the text (`migtext_figures`) then reuses them, and the chosen
    candidates (`candidates.resolved`), and drops them itself. `migtext.load` sets it when
    the figures component is in the pipeline.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        keep_candidates: bool = False,
        keep_tensor: bool = False,
        keep_text_cache: bool = False,
    ) -> None:
        self.name = name
        self.keep_candidates = keep_candidates
        self.keep_tensor = keep_tensor
        self.keep_text_cache = keep_text_cache

    def __call__(self, doc: Doc) -> Doc:
        candidates = pop_candidates(doc)
        chosen = choose(candidates, doc._.boilerplate or [])
        drop_tag_cache(doc)
        bounds = token_bounds(doc)
        cuts = token_cuts(doc, [c.start for c in chosen] + [c.end for c in chosen], bounds)
        if cuts:
            doc = split_tokens(doc, cuts)
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
        if self.keep_text_cache:
            keep_resolved(doc, chosen)
        else:
            drop_text_cache(doc)
        if not self.keep_tensor:
            doc.tensor = numpy.zeros((0,), dtype="float32")  # what a Doc has before tok2vec
        if self.keep_candidates:
            doc._.migtext_candidates = [
                (c.start, c.end, c.label, c.norm, c.method, c.score, c.source) for c in candidates
            ]
        return doc
