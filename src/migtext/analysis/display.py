"""Highlighted documents: displaCy with migtext's colours and each entity's norm.

displaCy escapes the text it highlights but not the label, the knowledge-base id, its
link or the title it is given, and migtext's norms and titles can come from the
document itself (a person's fullest name, a file name). So everything here goes to
displaCy already escaped, through its "manual" input.
"""

from __future__ import annotations

from html import escape
from typing import Any, Dict, Iterable, List, Optional, Union

from spacy import displacy
from spacy.tokens import Doc

from migtext.core.candidates import LABELS
from migtext.core.normalise import source_spans, source_text

# One colour per label, grouped by kind: places in blues and greens, organisations in
# amber, people in rose, time in lilac, instruments in sand.
LABEL_COLOURS: Dict[str, str] = {
    "COUNTRY": "#8ecae6",
    "NATIONALITY": "#bde0fe",
    "REGION": "#a8dadc",
    "LOC": "#c7e9b4",
    "ORG": "#ffd166",
    "PER": "#f4acb7",
    "DATE": "#d8c4f0",
    "LEGAL": "#e9c46a",
}
WIKIDATA_URL = "https://www.wikidata.org/wiki/{}"


def _link(span) -> str:
    """Where the norm points: the Wikidata item when the entity has a QID, else nowhere."""
    qid = (span._.attrs or {}).get("qid") if span.has_extension("attrs") else None
    if isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit():
        return WIKIDATA_URL.format(qid)
    return "#"


def _title(doc: Doc, title: Optional[str]) -> Optional[str]:
    """The given title, else the document's id and date when it has them."""
    if title is not None:
        return title or None
    parts = [getattr(doc._, name, None) for name in ("doc_id", "doc_date") if Doc.has_extension(name)]
    parts = [str(p) for p in parts if p]
    return " · ".join(parts) or None


def parse(
    doc: Doc, labels: Optional[Iterable[str]] = None, show_norm: bool = True, title: Optional[str] = None
) -> Dict[str, Any]:
    """displaCy's manual input for one Doc, with every value it does not escape escaped."""
    wanted = set(labels) if labels is not None else None
    ents: List[Dict[str, Any]] = []
    spans = [span for span in doc.ents if wanted is None or span.label_ in wanted]
    offsets = source_spans(doc, [(span.start_char, span.end_char) for span in spans])  # into the text as given
    for span, (start, end) in zip(spans, offsets, strict=True):
        ent = {"start": start, "end": end, "label": escape(span.label_)}
        if show_norm and span.kb_id_:
            ent["kb_id"] = escape(span.kb_id_)
            ent["kb_url"] = escape(_link(span), quote=True)
        ents.append(ent)
    heading = _title(doc, title)
    return {"text": source_text(doc), "ents": ents, "title": escape(heading) if heading else None}


def display(
    docs: Union[Doc, Iterable[Doc]],
    labels: Optional[Iterable[str]] = None,
    show_norm: bool = True,
    title: Optional[str] = None,
    jupyter: Optional[bool] = None,
    page: bool = False,
) -> Optional[str]:
    """Show documents with their entities highlighted and each entity's norm beside its label.

    In Jupyter the HTML is displayed and None returned (as `displacy.render` does);
    elsewhere, or with `jupyter=False`, the HTML is returned as a string. `labels` keeps
    only some labels; `page=True` gives a full HTML page to save to a file.
    """
    if isinstance(docs, Doc):
        items = [docs]
    elif isinstance(docs, (str, bytes, dict)) or not hasattr(docs, "__iter__"):
        raise TypeError(f"display() takes spaCy Docs from migtext, not {type(docs).__name__}")
    else:
        items = list(docs)
    for item in items:
        if not isinstance(item, Doc):
            raise TypeError(f"display() takes spaCy Docs from migtext, not {type(item).__name__}")
    if labels is not None:
        labels = list(labels)
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise ValueError(f"unknown label(s) {unknown}; migtext labels are {list(LABELS)}")
    parsed = [parse(doc, labels, show_norm, title) for doc in items]
    options = {"colors": dict(LABEL_COLOURS), "ents": [escape(label) for label in (labels or LABELS)]}
    return displacy.render(parsed, style="ent", manual=True, options=options, jupyter=jupyter, page=page)
