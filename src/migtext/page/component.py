"""The first migtext component: keeps the base model's entities as input and maps the page."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import doc_text
from migtext.page.structure import MOSTLY_FURNITURE, boilerplate_ranges, furniture_share, model_span_on_page


class PageReader:
    """Moves the base NER's output to `doc._.model_ents` and marks boilerplate lines.

    The base model's PER/LOC/ORG/MISC are evidence for migtext's components, never
    output as such, so `doc.ents` is emptied here and filled again by the resolver.
    Model spans that run over a paragraph break are cut there, and table rows or
    addresses taken for names are dropped (see `migtext.page.structure.model_span_on_page`).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        model_ents = []
        for ent in doc.ents:
            span = model_span_on_page(text, ent.start_char, ent.end_char)
            if span is not None:
                model_ents.append((*span, ent.label_))
        doc._.model_ents = model_ents
        doc.ents = []
        doc._.boilerplate = boilerplate_ranges(text)
        share = furniture_share(text, doc._.boilerplate)
        if share > MOSTLY_FURNITURE:
            warning = (f"{share:.0%} of the text is menus, markup or addresses: no entity is taken from those parts "
                       "(is this the page's text, or its HTML?)")
            doc._.warnings = [*(doc._.warnings or []), warning]
        return doc
