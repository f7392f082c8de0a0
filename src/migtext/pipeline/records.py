"""The one place the output schema lives: a Doc becomes a record (dict), a row per entity."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional

from spacy.tokens import Doc

from migtext.core.normalise import source_spans, source_text

ENTITY_FIELDS = ("start", "end", "text", "label", "norm", "score", "method")


def entity_record(span, start: Optional[int] = None, end: Optional[int] = None, source: Optional[str] = None
                  ) -> Dict[str, Any]:
    """One entity: offsets into the text as given, label, norm (None when unknown), attributes.

    `start`, `end` and `source` are the span's offsets in, and the text as given, when the
    tokenizer read a normalised view of it (see `migtext.core.normalise`)."""
    start = span.start_char if start is None else start
    end = span.end_char if end is None else end
    return {
        "start": start,
        "end": end,
        "text": span.text if source is None else source[start:end],
        "label": span.label_,
        "norm": span.kb_id_ or None,
        "score": span._.score,
        "method": span._.method,
        "attrs": dict(span._.attrs or {}),
    }


def doc_to_record(doc: Doc, id: Optional[str] = None) -> Dict[str, Any]:
    """The contract's record for one annotated document, offsets into the text as given."""
    source = source_text(doc)
    ents = list(doc.ents)
    spans = source_spans(doc, [(ent.start_char, ent.end_char) for ent in ents])
    return {
        "id": id if id is not None else doc._.doc_id,
        "date": doc._.doc_date,
        "date_source": doc._.doc_date_source,
        "entities": [entity_record(ent, s, e, source) for ent, (s, e) in zip(ents, spans, strict=True)],
        "people": [_person_in_source(doc, person) for person in doc._.people or []],
        **({"warnings": list(doc._.warnings)} if doc._.warnings else {}),
    }


def _person_in_source(doc: Doc, person: Dict[str, Any]) -> Dict[str, Any]:
    mentions = source_spans(doc, [tuple(m) for m in person.get("mentions", [])])
    return dict(person, mentions=[list(m) for m in mentions])


def error_record(id: Optional[str], error: str) -> Dict[str, Any]:
    """The record of a document that could not be processed: the run goes on."""
    return {"id": id, "date": None, "date_source": None, "entities": [], "people": [], "error": error}


def record_rows(record: Dict[str, Any]) -> List[Dict[str, Any]]:
    """One flat row per entity (attributes as columns), for CSV, Parquet and pandas."""
    rows = []
    for ent in record.get("entities", []):
        row = {"id": record.get("id"), "doc_date": record.get("date")}
        row.update({k: ent.get(k) for k in ENTITY_FIELDS})
        for key, value in (ent.get("attrs") or {}).items():
            if key not in row:
                plain = not isinstance(value, (list, tuple, dict))
                row[key] = value if plain else json.dumps(value, ensure_ascii=False)
        rows.append(row)
    return rows


def to_dataframe(docs: Iterable[Any]):
    """A pandas DataFrame with one row per entity, from Docs or records."""
    import pandas as pd

    rows: List[Dict[str, Any]] = []
    for i, doc in enumerate(docs):
        record = doc if isinstance(doc, dict) else doc_to_record(doc)
        if record.get("id") is None:
            record = dict(record, id=str(i))
        rows.extend(record_rows(record))
    columns = ["id", "doc_date", *ENTITY_FIELDS]
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rest = [c for c in frame.columns if c not in columns]
    return frame[columns + rest]
