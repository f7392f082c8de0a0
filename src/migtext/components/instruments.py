"""LEGAL mentions: conventions, protocols, compacts, EU acts and laws, linked to treaty ids.

The finding is done by `migtext.kb.instruments` on the raw text; this component only
passes it the spans that are people or organisations (so "la déclaration de <person>"
is not an instrument) and turns each mention into a candidate with its attributes.
"""

from __future__ import annotations

from typing import List, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.candidates import add_candidate, get_candidates
from migtext.kb.instruments import attributes, find_mentions

# Labels whose spans cannot be the proper name after a head noun ("déclaration de X").
_VETO_LABELS = ("PER", "ORG")


class InstrumentRecognizer:
    """Proposes one LEGAL candidate per instrument mention."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        verbs = [t.idx for t in doc if t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm"))]
        for mention in find_mentions(doc.text, vetoes=self._vetoes(doc), verbs=verbs):
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

    @staticmethod
    def _vetoes(doc: Doc) -> List[Tuple[int, int]]:
        spans = [(s, e) for s, e, label in (doc._.model_ents or []) if label in _VETO_LABELS]
        spans += [(c.start, c.end) for c in get_candidates(doc) if c.label in _VETO_LABELS]
        return spans
