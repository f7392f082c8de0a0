"""One schema: the record, the frame, the CSV and the Parquet share fixed, documented columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import migtext
from migtext.core.errors import InputError
from migtext.pipeline.records import (
    COLUMN_DTYPES,
    ENTITY_FIELDS,
    RECORD_FIELDS,
    TABLE_COLUMNS,
    error_record,
    expand_attrs,
    record_rows,
    rows_frame,
)

TEXT = "Brunson McKinley a rencontré le HCR à Lima."
README = Path(__file__).resolve().parents[2] / "README.md"


def test_record_has_the_documented_fields(annotate):
    doc = annotate(TEXT, date="2006-05-19")
    rec = migtext.doc_to_record(doc, id="doc-1")
    assert tuple(rec) == RECORD_FIELDS
    assert rec["id"] == "doc-1" and rec["date"] == "2006-05-19" and rec["date_source"] == "given"
    assert (rec["error"], rec["error_kind"], rec["warnings"]) == (None, None, [])
    assert rec["entities"], "expected entities"
    for ent in rec["entities"]:
        assert tuple(ent) == ENTITY_FIELDS
        assert TEXT[ent["start"] : ent["end"]] == ent["text"]
        assert ent["norm"] is None or isinstance(ent["norm"], str) and ent["norm"]
    json.dumps(rec)  # plain values only


def test_error_record_has_the_same_fields_and_says_why():
    rec = error_record("a.txt", "document is empty", "empty")
    assert tuple(rec) == RECORD_FIELDS
    assert rec["id"] == "a.txt" and rec["error"] == "document is empty" and rec["error_kind"] == "empty"
    assert rec["entities"] == []


def test_rows_have_the_fixed_columns_attributes_as_one_json_column():
    rec = {
        "id": "x",
        "date": None,
        "warnings": ["document date 'hier' is not an ISO date"],
        "entities": [
            {
                "start": 0,
                "end": 4,
                "text": "Mali",
                "label": "COUNTRY",
                "norm": "MLI",
                "score": 1.0,
                "method": "exact",
                "attrs": {"alpha2": "ML", "label": "clobber?", "codes": [1, 2]},
            }
        ],
    }
    (row,) = record_rows(rec)
    assert tuple(row) == TABLE_COLUMNS
    assert row["label"] == "COUNTRY" and json.loads(row["attrs"]) == {"alpha2": "ML", "label": "clobber?",
                                                                      "codes": [1, 2]}
    assert json.loads(row["warnings"]) == ["document date 'hier' is not an ISO date"]
    expanded = expand_attrs(rows_frame([row]))
    assert expanded.loc[0, "alpha2"] == "ML" and expanded.loc[0, "codes"] == [1, 2]
    assert expanded.loc[0, "label"] == "COUNTRY"  # an attribute never clobbers a column


def test_a_document_without_entities_keeps_one_row(annotate):
    docs = [annotate(TEXT), annotate("Aucune entité ici.")]
    frame = migtext.to_dataframe(docs)
    assert list(frame.columns) == list(TABLE_COLUMNS)
    assert len(frame) == len(docs[0].ents) + 1
    last = frame.iloc[-1]
    assert last["id"] == "1" and pd.isna(last["label"]) and pd.isna(last["start"])


def test_the_column_set_and_types_do_not_depend_on_the_data(annotate):
    one = migtext.to_dataframe([annotate(TEXT, date="2024-03-12")])
    other = migtext.to_dataframe([annotate("Le 3 mai, l'OIM a accueilli des Haïtiens.")])
    empty = migtext.to_dataframe([])
    assert list(one.columns) == list(other.columns) == list(empty.columns) == list(TABLE_COLUMNS)
    assert one.dtypes.to_dict() == other.dtypes.to_dict() == empty.dtypes.to_dict()
    both = pd.concat([one, other], ignore_index=True)
    assert list(both.columns) == list(TABLE_COLUMNS) and both.dtypes.to_dict() == one.dtypes.to_dict()
    assert str(one.dtypes["start"]) == COLUMN_DTYPES["start"] == "Int64"


# --- issue 15, item 3: a consumed generator gives an empty frame without a word ---------------


def test_a_used_up_generator_is_a_clear_error_not_an_empty_frame(nlp):
    docs = migtext.annotate_many(["Le HCR au Tchad.", "L'OIM au Niger."], nlp=nlp)
    assert len(list(docs)) == 2
    with pytest.raises(InputError, match="already used up.*list\\(migtext.annotate_many"):
        migtext.to_dataframe(docs)


def test_to_dataframe_accepts_any_iterable_and_a_single_doc(nlp, annotate):
    fresh = migtext.to_dataframe(migtext.annotate_many(["Le HCR au Tchad."], nlp=nlp))
    assert fresh["label"].tolist() == ["ORG", "COUNTRY"]
    doc = annotate("Le HCR au Tchad.")
    for given in ((doc,), iter([doc]), (d for d in [doc]), doc, migtext.doc_to_record(doc)):
        assert migtext.to_dataframe(given)["label"].tolist() == ["ORG", "COUNTRY"]
    assert migtext.to_dataframe(iter([])).empty  # an empty iterable is an empty table


def test_to_dataframe_refuses_texts_with_a_hint():
    with pytest.raises(InputError, match="item 0 is a str: annotate texts first"):
        migtext.to_dataframe(["Le HCR au Tchad."])


# --- the README states the schema the writers use ----------------------------------------------


def _readme_table(heading: str):
    """The backquoted names in the first column of the markdown table under `heading`."""
    text = README.read_text(encoding="utf-8")
    start = text.index(heading)
    lines = text[start:].splitlines()[1:]
    names, in_table = [], False
    for line in lines:
        if line.startswith("|"):
            in_table = True
            match = re.match(r"\|\s*`([a-z_]+)`", line)
            if match:
                names.append(match.group(1))
        elif in_table:
            break
    return tuple(names)


def test_the_readme_lists_the_columns_the_writers_use():
    assert _readme_table("Entity table columns") == TABLE_COLUMNS


def test_the_readme_lists_the_record_fields():
    assert _readme_table("Record fields") == RECORD_FIELDS
