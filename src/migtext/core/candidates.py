"""Candidate mentions: what each component proposes before resolution picks one span.

Components propose character spans (not token spans) because scraped text glues words
and breaks lines in ways the tokenizer does not follow; the resolver aligns the chosen
spans to tokens at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from spacy.tokens import Doc

from migtext.core.text import Word, fold, words

LABELS = ("COUNTRY", "NATIONALITY", "REGION", "LOC", "ORG", "PER", "DATE", "LEGAL")

# Methods whose candidates come from the base model rather than migtext's own data or
# grammar: they only fill gaps that no rule candidate covers.
MODEL_METHODS = frozenset({"model"})


@dataclass(slots=True)
class Candidate:
    """One proposed mention: character offsets into the text as given, label and norm.

    Never changed once proposed.  Not a frozen dataclass: documents hold thousands of
    candidates, and a frozen one is four times slower to build.
    """

    start: int
    end: int
    label: str
    norm: Optional[str]
    method: str
    score: float
    source: str
    attrs: Dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def from_model(self) -> bool:
        return self.method in MODEL_METHODS


_TEXT_KEY = "migtext.core.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, cached: spaCy rebuilds `doc.text` from every token on each access.

    Components call this instead of `doc.text` (the resolver drops the cache at the end).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:  # a Doc's text never changes, even when tokens are split
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


_FOLDED_KEY = "migtext.folded"


def doc_folded(doc: Doc) -> str:
    """`migtext.core.text.fold(doc_text(doc))`, computed once per document for every component."""
    folded = doc.user_data.get(_FOLDED_KEY)
    if folded is None:
        folded = fold(doc_text(doc))
        doc.user_data[_FOLDED_KEY] = folded
    return folded


_WORDS_KEY = "migtext.words"


def doc_words(doc: Doc) -> List[Word]:
    """`migtext.core.text.words(doc_text(doc))`, computed once per document for every component."""
    ws = doc.user_data.get(_WORDS_KEY)
    if ws is None:
        ws = words(doc_text(doc), doc_folded(doc))
        doc.user_data[_WORDS_KEY] = ws
    return ws


_CANDIDATES_KEY = "migtext.core.candidates"


class CoverMask:
    """The characters that spans taken so far cover: an overlap test costs the length of
    the span tested, not the number of spans taken."""

    def __init__(self, size: int, spans: Sequence[Tuple[int, int]] = ()) -> None:
        self._covered = bytearray(size)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._covered[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._covered.find(1, start, end) != -1


_RESOLVED_KEY = "migtext.resolved"


def keep_resolved(doc: Doc, chosen: List[Candidate]) -> None:
    """Keep the resolver's chosen candidates (one per entity of `doc.ents`, in the same
    order) for a component that runs after it: plain attributes, without a Span each."""
    doc.user_data[_RESOLVED_KEY] = chosen


def resolved(doc: Doc) -> Optional[List[Candidate]]:
    """The candidates the resolver chose, when it kept them (`keep_resolved`), else None."""
    return doc.user_data.get(_RESOLVED_KEY)


_DATELINE_KEY = "migtext.dateline"


def keep_dateline(doc: Doc, found: Optional[Tuple[int, int, str]]) -> None:
    """Keep the header dateline a component read ((start, end, shape), or None for none), so
    that a later component does not search the header again."""
    doc.user_data[_DATELINE_KEY] = found or ()


def kept_dateline(doc: Doc) -> Optional[Tuple]:
    """The dateline kept by `keep_dateline`: (start, end, shape), () when there is none,
    None when no component looked for it."""
    return doc.user_data.get(_DATELINE_KEY)


def drop_text_cache(doc: Doc) -> None:
    """Forget the cached text, folded text, words, resolved candidates and dateline (the
    words and candidates are not plain values for DocBin)."""
    doc.user_data.pop(_DATELINE_KEY, None)
    doc.user_data.pop(_TEXT_KEY, None)
    doc.user_data.pop(_FOLDED_KEY, None)
    doc.user_data.pop(_WORDS_KEY, None)
    doc.user_data.pop(_RESOLVED_KEY, None)


def add_candidate(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    norm: Optional[str],
    *,
    method: str,
    score: float,
    source: str,
    attrs: Optional[Dict[str, Any]] = None,
) -> Optional[Candidate]:
    """Propose a mention; white space at either edge is trimmed, empty spans are ignored."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} from {source}; migtext labels are {LABELS}")
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    cand = Candidate(start, end, label, norm or None, method, float(score), source, dict(attrs or {}))
    # kept in `user_data` under a plain key: a `doc._` extension costs a new accessor
    # object on every access
    candidates = doc.user_data.get(_CANDIDATES_KEY)
    if candidates is None:
        candidates = doc.user_data[_CANDIDATES_KEY] = []
    candidates.append(cand)
    return cand


def get_candidates(doc: Doc, label: Optional[str] = None) -> List[Candidate]:
    """Candidates proposed so far, optionally of one label."""
    cands = doc.user_data.get(_CANDIDATES_KEY) or []
    return [c for c in cands if label is None or c.label == label]


def pop_candidates(doc: Doc) -> List[Candidate]:
    """Every candidate proposed, removed from the Doc (the resolver's input)."""
    return doc.user_data.pop(_CANDIDATES_KEY, None) or []
