"""The one place the output schema lives: a Doc becomes a record (dict), a record rows.

One schema for every output. A record (`doc_to_record`, one JSONL line) holds the
document fields `RECORD_FIELDS`; the entity table (`to_dataframe`, the CSV and Parquet
outputs, `annotate_dataframe` on Dask) has exactly the columns `TABLE_COLUMNS`, whatever
the data: one row per entity, and one row with empty entity columns for a document
without entities or with an error, so no document is lost.  Entity attributes, which
differ by label, are one JSON column (`attrs`); `expand_attrs` spreads them into
columns for analysis.  Document-level lists (`people`; figures later) stay in the
record and get tables of their own, never columns here: the figures table
(`migtext.figures_table`, `migtext figures`) has exactly the columns
`FIGURE_COLUMNS`, one row per migration figure (FIGURES.md).
"""

from __future__ import annotations

import datetime as _dt
import inspect
import json
import re
from typing import Any, Dict, Iterable, List, Mapping, Optional

from spacy.tokens import Doc

from migtext.core.errors import InputError
from migtext.core.normalise import source_spans, source_text

ENTITY_FIELDS = ("start", "end", "text", "label", "norm", "score", "method", "attrs")
RECORD_FIELDS = ("id", "date", "date_source", "error", "error_kind", "warnings", "entities", "people", "figures")
# One migration figure in a record (FIGURES.md's record, with the number as written).
FIGURE_FIELDS = ("start", "end", "text", "value", "value_max", "qualifier", "unit", "group", "event", "country",
                 "origin", "date", "source")
# The figures table: the document's id and date, the month the figure is about, its record.
FIGURE_COLUMNS = ("id", "doc_date", "month", *FIGURE_FIELDS)
_INTEGERS = ("start", "end", "value", "value_max")
FIGURE_DTYPES = {column: "Int64" if column in _INTEGERS else "string" for column in FIGURE_COLUMNS}
TABLE_COLUMNS = ("id", "date", "date_source", *ENTITY_FIELDS, "error", "error_kind", "warnings")
# pandas dtypes of the table: offsets are nullable integers, the score a float, every
# other column text ("string", missing values are <NA>), whatever the data
COLUMN_DTYPES = {column: {"start": "Int64", "end": "Int64", "score": "float64"}.get(column, "string")
                 for column in TABLE_COLUMNS}


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
    """The record of one annotated document (or of one that could not be annotated),
    offsets into the text as given."""
    source = source_text(doc)
    ents = list(doc.ents)
    spans = source_spans(doc, [(ent.start_char, ent.end_char) for ent in ents])
    return {
        "id": id if id is not None else doc._.doc_id,
        "date": doc._.doc_date,
        "date_source": doc._.doc_date_source,
        "error": doc._.error,
        "error_kind": doc._.error_kind,
        "warnings": list(doc._.warnings or []),
        "entities": [entity_record(ent, s, e, source) for ent, (s, e) in zip(ents, spans, strict=True)],
        "people": [_person_in_source(doc, person) for person in doc._.people or []],
        "figures": figure_records(doc, source),
    }


def figure_records(doc: Doc, source: Optional[str] = None) -> List[Dict[str, Any]]:
    """The document's migration figures (`doc._.figures`), offsets into the text as given."""
    figures = list(doc._.figures or [])
    if not figures:
        return []
    source = source_text(doc) if source is None else source
    spans = source_spans(doc, [(f["start"], f["end"]) for f in figures])
    out = []
    for figure, (start, end) in zip(figures, spans, strict=True):
        record = dict(figure, start=start, end=end, text=source[start:end])
        out.append({field: record.get(field) for field in FIGURE_FIELDS})
    return out


def _person_in_source(doc: Doc, person: Dict[str, Any]) -> Dict[str, Any]:
    mentions = source_spans(doc, [tuple(m) for m in person.get("mentions", [])])
    return dict(person, mentions=[list(m) for m in mentions])


def error_record(id: Optional[str], error: str, kind: str = "failed") -> Dict[str, Any]:
    """The record of a document that could not be processed, where there is no Doc."""
    return {"id": id, "date": None, "date_source": None, "error": error, "error_kind": kind, "warnings": [],
            "entities": [], "people": [], "figures": []}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_rows(record: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The table rows of one record: one per entity, or one with empty entity columns."""
    document = {
        "id": record.get("id"),
        "date": record.get("date"),
        "date_source": record.get("date_source"),
        "error": record.get("error"),
        "error_kind": record.get("error_kind"),
        "warnings": _json(record["warnings"]) if record.get("warnings") else None,
    }
    entities = record.get("entities") or []
    if not entities:
        return [{column: document.get(column) for column in TABLE_COLUMNS}]
    rows = []
    for ent in entities:
        row = dict(document)
        row.update({k: ent.get(k) for k in ENTITY_FIELDS})
        row["attrs"] = _json(ent.get("attrs") or {})
        rows.append({column: row[column] for column in TABLE_COLUMNS})
    return rows


def rows_frame(rows: Iterable[Mapping[str, Any]]):
    """A DataFrame of table rows with the fixed columns and dtypes (empty or not)."""
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(TABLE_COLUMNS)).astype(COLUMN_DTYPES)


def to_dataframe(docs: Iterable[Any]):
    """A pandas DataFrame of the entity table (`TABLE_COLUMNS`), from Docs or records.

    Accepts any iterable of annotated Docs or record dicts (a single Doc or record too).
    A generator that was already iterated (`list(docs)` before) is an error, not an empty
    table: keep the Docs in a list to use them twice.
    """
    rows: List[Dict[str, Any]] = []
    for record in _records(docs, "to_dataframe"):
        rows.extend(record_rows(record))
    return rows_frame(rows)


def expand_attrs(frame):
    """The table with one more column per entity attribute (`alpha2`, `type`, `role`...),
    read from the JSON `attrs` column; an attribute named like a table column is left in
    `attrs`. The added columns depend on the data: use it for analysis, not for files."""
    import pandas as pd

    if "attrs" not in frame.columns:
        return frame
    parsed = [json.loads(v) if isinstance(v, str) else (v if isinstance(v, dict) else {}) for v in frame["attrs"]]
    keys = [k for k in dict.fromkeys(k for attrs in parsed for k in attrs) if k not in frame.columns]
    if not keys:
        return frame
    extra = pd.DataFrame([[attrs.get(k) for k in keys] for attrs in parsed], columns=keys, index=frame.index,
                         dtype=object)
    return pd.concat([frame, extra], axis=1)


_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?(?:/|$)")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def figure_month(figure_date: Optional[str], doc_date: Optional[str]) -> Optional[str]:
    """The month ("2024-04") a figure is about, to group figures by month: the start of its
    own date when that says a month, day or week ("2024-01-01/2024-04-16" -> "2024-01");
    the document's month when the figure has no date of its own; None for a figure dated
    only by a year, a season or a period ("2023", "P1W"), which no month stands for."""
    if figure_date:
        m = _MONTH.match(figure_date)
        if m:
            return f"{m.group(1)}-{m.group(2)}"
        m = _WEEK.match(figure_date)
        if m:
            monday = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return f"{monday.year:04d}-{monday.month:02d}"
        return None
    if doc_date and _MONTH.match(doc_date) and not doc_date.startswith("XXXX"):
        return doc_date[:7]
    return None


def figure_rows(record: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The figures table's rows of one record: one per figure (none for a document without)."""
    rows = []
    for figure in record.get("figures") or []:
        row = {"id": record.get("id"), "doc_date": record.get("date"),
               "month": figure_month(figure.get("date"), record.get("date"))}
        row.update({field: figure.get(field) for field in FIGURE_FIELDS})
        rows.append(row)
    return rows


def _records(docs: Any, caller: str) -> Iterable[Mapping[str, Any]]:
    """The records of annotated Docs or records (one of them too), each with an id; a
    generator already used up, or an item of another kind, is an error naming `caller`."""
    if isinstance(docs, (Doc, Mapping)):
        docs = [docs]
    if inspect.isgenerator(docs) and inspect.getgeneratorstate(docs) == inspect.GEN_CLOSED:
        raise InputError(
            f"{caller} got a generator that was already used up (iterated by list(), a loop or an earlier "
            "call), so it has no document left: keep the documents in a list, e.g. "
            "docs = list(migtext.annotate_many(...)), and pass that list"
        )
    for i, doc in enumerate(docs):
        if isinstance(doc, Doc):
            record = doc_to_record(doc)
        elif isinstance(doc, Mapping):
            record = doc
        else:
            raise InputError(
                f"{caller} takes annotated Docs or records (dicts); item {i} is a {type(doc).__name__}: "
                f"annotate texts first, e.g. migtext.{caller}(migtext.annotate_many(texts))"
            )
        yield record if record.get("id") is not None else dict(record, id=str(i))


def figures_table(docs: Iterable[Any]):
    """A pandas DataFrame of the figures table (`FIGURE_COLUMNS`), from Docs or records: one
    row per migration figure, ready to group by country, origin, event and month at once."""
    import pandas as pd

    rows: List[Dict[str, Any]] = []
    for record in _records(docs, "figures_table"):
        rows.extend(figure_rows(record))
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)).astype(FIGURE_DTYPES)
