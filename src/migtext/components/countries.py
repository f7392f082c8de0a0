"""COUNTRY, NATIONALITY, REGION and LOC mentions (first version: the base model's LOC spans; the entity issue replaces it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from migtext.candidates import add_candidate


class CountryRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for start, end, label in doc._.model_ents or []:
            if label == "LOC":
                norm = doc.text[start:end] if label == "PER" else None
                add_candidate(doc, start, end, label, norm, method="model", score=0.5, source=self.name)
        return doc
