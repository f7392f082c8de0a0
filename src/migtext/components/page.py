"""The first migtext component: keeps the base model's entities as input and maps the page."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from migtext.candidates import doc_text
from migtext.page import boilerplate_ranges


class PageReader:
    """Moves the base NER's output to `doc._.model_ents` and marks boilerplate lines.

    The base model's PER/LOC/ORG/MISC are evidence for migtext's components, never
    output as such, so `doc.ents` is emptied here and filled again by the resolver.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.model_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        doc.ents = []
        doc._.boilerplate = boilerplate_ranges(doc_text(doc))
        return doc
