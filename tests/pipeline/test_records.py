"""One record function: the CLI, the DataFrame and the tests all read records from it."""

from __future__ import annotations

import json

import migtext
from migtext.pipeline.records import ENTITY_FIELDS, error_record, record_rows

TEXT = "Brunson McKinley a rencontré le HCR à Lima."


def test_record_has_the_contract_fields(annotate):
    doc = annotate(TEXT, date="2006-05-19")
    rec = migtext.doc_to_record(doc, id="doc-1")
    assert rec["id"] == "doc-1" and rec["date"] == "2006-05-19" and rec["date_source"] == "given"
    assert rec["entities"], "expected entities"
    for ent in rec["entities"]:
        assert set(ENTITY_FIELDS) | {"attrs"} == set(ent)
        assert TEXT[ent["start"] : ent["end"]] == ent["text"]
        assert ent["norm"] is None or isinstance(ent["norm"], str) and ent["norm"]
    json.dumps(rec)  # plain values only


def test_error_record_keeps_the_id_and_says_why():
    rec = error_record("a.txt", "document is empty")
    assert rec["id"] == "a.txt" and rec["error"] == "document is empty" and rec["entities"] == []


def test_rows_flatten_attributes_without_clobbering_fields():
    rec = {
        "id": "x",
        "date": None,
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
    assert row["label"] == "COUNTRY" and row["alpha2"] == "ML" and json.loads(row["codes"]) == [1, 2]


def test_dataframe_one_row_per_entity(annotate):
    docs = [annotate(TEXT), annotate("Aucune entité ici.")]
    frame = migtext.to_dataframe(docs)
    assert list(frame.columns[:9]) == ["id", "doc_date", *ENTITY_FIELDS]
    assert len(frame) == len(docs[0].ents)
    assert migtext.to_dataframe([]).empty
