"""LEGAL mentions (filled by the instruments issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class InstrumentRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
