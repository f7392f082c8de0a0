"""DATE mentions (filled by the dates issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DateRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
