"""Part of speech and morphology where a rule needs them, not on every token.

`fr_core_news_md`'s NER has its own embedding layer: the shared `tok2vec` runs only so the
morphologizer can tag, and a few rules read those tags (a verb's tense for a relative
date, a verb inside a role's complement, the first word of a capitalised run).  Tagging
every token cost over a third of the pipeline's time for a few tokens' worth of answers.

So a pipeline loaded with `pos="windows"` keeps `tok2vec` and `morphologizer` loaded but
disabled, and a rule asks `WindowTagger.ensure(doc, start, end)` for the tokens it is about to read: the
two components run on a window around them.  The embedding sees `CONTEXT` tokens on each
side (four layers of one-token windows), so a token tagged with `CONTEXT` tokens of context
on both sides gets exactly the tags a whole-document run gives it; only those tokens are
copied back and remembered as tagged.  When the pipeline tags every token itself
(`pos="full"`, the default), `ensure` has nothing to do.

Status (issue 18): the windows give exactly the full run's entities, but the rules still
ask for about 90 % of the tokens in many small runs, so `pos="windows"` is slower than
`pos="full"` today; it stays an option until the rules ask for less (see the issue's note).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Iterable, List, Optional, Tuple

from spacy.attrs import IDX
from spacy.tokens import Doc

# Tokens on each side that change a token's vector (tok2vec: depth 4, window size 1).
CONTEXT = 4
# Tokens tagged at least, around a request: one call's fixed cost spread over more tokens.
MIN_WINDOW = 24
TAGGED_KEY = "migtext.tagged"  # user_data: bytearray, 1 for each token tagged exactly
_STARTS_KEY = "migtext.token_starts"


class WindowTagger:
    """Runs the base model's `tok2vec` and `morphologizer` on windows of a Doc."""

    def __init__(self, tok2vec: Any, morphologizer: Any) -> None:
        self.tok2vec = tok2vec
        self.morphologizer = morphologizer
        self.tokens_tagged = 0  # tokens sent to the morphologizer, for the benchmark

    @classmethod
    def of(cls, nlp: Any) -> Optional[WindowTagger]:
        """The tagger of a pipeline whose tagging components are loaded (enabled or not)."""
        names = set(nlp.component_names)
        if not {"tok2vec", "morphologizer"} <= names:
            return None
        return cls(nlp.get_pipe("tok2vec"), nlp.get_pipe("morphologizer"))

    def ensure(self, doc: Doc, start: int, end: int) -> None:
        """Tag tokens [start, end) of `doc` exactly, unless they are tagged already; a small
        request is widened to `MIN_WINDOW` tokens (the next request is often nearby)."""
        self.ensure_ranges(doc, [(start, end)], MIN_WINDOW)

    def ensure_ranges(self, doc: Doc, ranges: Iterable[Tuple[int, int]], min_window: int = 0) -> None:
        """Tag the tokens of every range exactly, in one run of the tagger.

        The windows (each range with `CONTEXT` tokens of its own context on both sides)
        are joined into one Doc: a token `CONTEXT` tokens inside its window sees only its
        own context, so one call tags them all exactly and pays the call's cost once.
        """
        n = len(doc)
        if not n:
            return
        mask = doc.user_data.get(TAGGED_KEY)
        if mask is None:
            if doc.has_annotation("POS"):
                doc.user_data[TAGGED_KEY] = True  # the pipeline tagged every token (pos="full")
                return
            mask = doc.user_data[TAGGED_KEY] = bytearray(n)
        if mask is True:
            return
        wanted = sorted((max(0, s), min(n, e)) for s, e in ranges if min(n, e) > max(0, s))
        windows: List[Tuple[int, int]] = []
        for s, e in wanted:
            if mask.find(0, s, e) == -1:
                continue
            pad = max(0, min_window - (e - s)) // 2
            lo, hi = max(0, s - pad - CONTEXT), min(n, e + pad + CONTEXT)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
        if not windows:
            return
        words: List[str] = []
        spaces: List[bool] = []
        for lo, hi in windows:
            for token in doc[lo:hi]:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        joined = Doc(doc.vocab, words=words, spaces=spaces)
        self.tok2vec(joined)
        self.morphologizer(joined)
        self.tokens_tagged += len(joined)
        k = 0
        for lo, hi in windows:
            exact_lo = lo if lo == 0 else lo + CONTEXT  # a document's edge is no window edge
            exact_hi = hi if hi == n else hi - CONTEXT
            for i in range(exact_lo, exact_hi):
                if not mask[i]:
                    tagged = joined[k + i - lo]
                    token = doc[i]
                    token.pos = tagged.pos
                    token.set_morph(tagged.morph)
                    mask[i] = 1
            k += hi - lo

    def ensure_chars(self, doc: Doc, start_char: int, end_char: int, margin: int = 0) -> Tuple[int, int]:
        """Tag the tokens that overlap [start_char, end_char) and `margin` tokens on each side;
        returns the token range of the characters."""
        first, last = token_range(doc, start_char, end_char)
        self.ensure(doc, first - margin, last + margin)
        return first, last

    def ensure_spans(self, doc: Doc, spans: Iterable[Tuple[int, int]], margin: int = 0) -> None:
        """Tag the tokens of each character span (and `margin` tokens around it), in one run."""
        ranges = []
        for start_char, end_char in spans:
            first, last = token_range(doc, start_char, end_char)
            ranges.append((first - margin, last + margin))
        self.ensure_ranges(doc, ranges)


def token_starts(doc: Doc) -> list:
    """The start offset of every token, read once per document."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[_STARTS_KEY] = doc.to_array([IDX]).tolist() if len(doc) else []
    return starts


def token_range(doc: Doc, start_char: int, end_char: int) -> Tuple[int, int]:
    """[first, last) of the tokens that overlap [start_char, end_char)."""
    starts = token_starts(doc)
    first = max(0, bisect_right(starts, start_char) - 1)
    last = max(first + 1, bisect_left(starts, end_char))
    return first, min(last, len(doc))


def drop_tag_cache(doc: Doc) -> None:
    """Forget what `ensure` remembered (a bytearray and offsets are no plain values for DocBin)."""
    doc.user_data.pop(TAGGED_KEY, None)
    doc.user_data.pop(_STARTS_KEY, None)


class TagsAt:
    """Token start offset -> coarse part of speech, tagging the token's window on first ask."""

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger]) -> None:
        self.doc, self.tagger = doc, tagger

    def prefetch(self, starts: Iterable[int]) -> None:
        """Tag the tokens starting at these offsets in one run (before asking about each)."""
        if self.tagger is not None:
            self.tagger.ensure_spans(self.doc, [(s, s + 1) for s in starts])

    def get(self, start: int, default: Optional[str] = None) -> Optional[str]:
        starts = token_starts(self.doc)
        i = bisect_left(starts, start)
        if i == len(starts) or starts[i] != start:
            return default
        if self.tagger is not None:
            self.tagger.ensure(self.doc, i, i + 1)
        return self.doc[i].pos_ or default


class VerbStarts:
    """`start in VerbStarts(...)`: is the token starting there a verb (or an auxiliary, or a
    verb of `finite` form only)? Rules ask word after word going forward (a complement, the
    words after a role), so the first ask tags `AHEAD` tokens from there at once."""

    AHEAD = 24

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger], finite_only: bool = False) -> None:
        self.tags = TagsAt(doc, tagger)
        self.finite_only = finite_only

    def __contains__(self, start: object) -> bool:
        if not isinstance(start, int):
            return False
        doc, tagger = self.tags.doc, self.tags.tagger
        if tagger is not None:
            i = bisect_left(token_starts(doc), start)
            tagger.ensure(doc, i, i + self.AHEAD)
        pos = self.tags.get(start)
        if pos == "AUX":
            return True
        if pos != "VERB":
            return False
        if not self.finite_only:
            return True
        i = bisect_left(token_starts(self.tags.doc), start)
        return "Fin" in self.tags.doc[i].morph.get("VerbForm")
