"""The one place the output schema lives: a Doc becomes a record (dict), a row per entity."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional

from spacy.tokens import Doc

ENTITY_FIELDS = ("start", "end", "text", "label", "norm", "score", "method")


def entity_record(span) -> Dict[str, Any]:
    """One entity: offsets into the text as given, label, norm (None when unknown), attributes."""
    return {
        "start": span.start_char,
        "end": span.end_char,
        "text": span.text,
        "label": span.label_,
        "norm": span.kb_id_ or None,
        "score": span._.score,
        "method": span._.method,
        "attrs": dict(span._.attrs or {}),
    }


def doc_to_record(doc: Doc, id: Optional[str] = None) -> Dict[str, Any]:
    """The contract's record for one annotated document."""
    return {
        "id": id if id is not None else doc._.doc_id,
        "date": doc._.doc_date,
        "date_source": doc._.doc_date_source,
        "entities": [entity_record(ent) for ent in doc.ents],
        "people": list(doc._.people or []),
    }


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
