"""Doc and Span extensions: registered once, here, holding plain values only.

Computed getters belong to their kind (`Span._.date` to `migtext.dates.values`); the
pipeline registers them with these (`migtext.pipeline.factories.register_extensions`).
Plain values (strings, numbers, tuples, dicts of those) keep `DocBin`, pickling and
`nlp.pipe(n_process=...)` working.  Registration is idempotent and never uses
`force=True`, so a user's own extensions are never overwritten silently.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "doc_id": None,  # the document's id (records, CLI)
    "doc_date": None,  # ISO date "2024-03-12", year-less "XXXX-03-12", or None
    "doc_date_source": None,  # "given", "dateline", "fallback" or None
    "doc_date_fallback": None,  # a corpus-wide date, used only without a given date or a dateline
    "error": None,  # why the document could not be annotated (batch runs), or None
    "error_kind": None,  # the error's kind ("empty", "encoding", ...), for counting and filtering
    "model_ents": None,  # [(start_char, end_char, label)] from the base NER
    "boilerplate": None,  # [(start_char, end_char)] of menu and navigation lines
    "migtext_candidates": None,  # [(start, end, label, norm, method, score, source)] with keep_candidates
    "people": None,  # [{"norm", "mentions", "role", "role_norm", "affiliation"}]
    "warnings": None,  # [str]: what the user should know about this document's result (an unreadable
    #                     date field that was ignored, a text made mostly of page furniture)
}

SPAN_EXTENSIONS = {
    "method": None,  # exact, alias, fuzzy, model, definition, grammar, ...
    "score": None,  # confidence in [0, 1]
    "attrs": None,  # per-label attributes: a dict of plain values
}


def register_extensions() -> None:
    """Register the plain-valued extensions; safe to call many times.

    The kinds' computed extensions (`Span._.date`) are registered with these by
    `migtext.pipeline.factories.register_extensions`, which every pipeline calls.
    """
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
