"""LEGAL mentions: conventions, protocols, compacts, EU acts and laws, linked to treaty ids.

The finding is done by `migtext.instruments.titles` on the raw text; this component only
passes it the spans that are people or organisations (so "la déclaration de <person>"
is not an instrument) and turns each mention into a candidate with its attributes.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

import numpy
from spacy.attrs import IDX, MORPH, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, MorphAnalysis

from migtext.core.candidates import add_candidate, doc_folded, doc_text, doc_words, get_candidates
from migtext.instruments.kb import attributes
from migtext.instruments.titles import find_mentions

# Labels whose spans cannot be the proper name after a head noun ("déclaration de X").
_VETO_LABELS = ("PER", "ORG")


class InstrumentRecognizer:
    """Proposes one LEGAL candidate per instrument mention."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._finite_morphs: Dict[int, bool] = {}  # morph id -> VerbForm=Fin

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions(
            doc_text(doc),
            vetoes=self._vetoes(doc),
            verbs=self._conjugated_verbs(doc),
            folded=doc_folded(doc),
            word_list=doc_words(doc),
        )
        for mention in mentions:
            attrs = attributes(mention.ids)
            attrs["method"] = mention.method
            attrs["score"] = mention.score
            add_candidate(
                doc,
                mention.start,
                mention.end,
                "LEGAL",
                mention.norm,
                method=mention.method,
                score=mention.score,
                source=self.name,
                attrs=attrs,
            )
        return doc

    def _conjugated_verbs(self, doc: Doc) -> List[int]:
        """Start offsets of auxiliaries and finite verbs, read as arrays (no Token objects;
        only the verbs are looked at one by one)."""
        if not len(doc):
            return []
        array = doc.to_array([IDX, POS, MORPH])
        pos = array[:, 1]
        keep = pos == AUX
        verb_rows = numpy.flatnonzero(pos == VERB)
        morphs = array[verb_rows, 2].tolist()
        keep[[row for row, morph in zip(verb_rows.tolist(), morphs, strict=True) if self._finite(doc, morph)]] = True
        return array[keep, 0].tolist()

    def _finite(self, doc: Doc, morph: int) -> bool:
        """Whether a verb's analysis says VerbForm=Fin, looked up once per analysis and process."""
        finite = self._finite_morphs.get(morph)
        if finite is None:
            finite = "Fin" in MorphAnalysis.from_id(doc.vocab, morph).get("VerbForm")
            self._finite_morphs[morph] = finite
        return finite

    @staticmethod
    def _vetoes(doc: Doc) -> List[Tuple[int, int]]:
        spans = [(s, e) for s, e, label in (doc._.model_ents or []) if label in _VETO_LABELS]
        spans += [(c.start, c.end) for c in get_candidates(doc) if c.label in _VETO_LABELS]
        return spans
