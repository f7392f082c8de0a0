"""Figures in the record and the figures table from Python: offsets into the text as given, one row per figure."""

from __future__ import annotations

import json

import pytest

import migtext
from migtext.pipeline.records import FIGURE_COLUMNS, FIGURE_FIELDS, RECORD_FIELDS, error_record, figure_month

TEXT = ("Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants ont été interceptés au large de la Libye depuis "
        "le 1er janvier. La semaine dernière, au moins 61 personnes ont péri au large de Zouara.")


def test_each_record_has_its_figures_with_the_number_as_written(annotate):
    record = migtext.doc_to_record(annotate(TEXT, date="2024-04-16"), id="a")
    assert tuple(record) == RECORD_FIELDS and "figures" in RECORD_FIELDS
    assert [f["text"] for f in record["figures"]] == ["2 500", "61"]
    for figure in record["figures"]:
        assert tuple(figure) == FIGURE_FIELDS
        assert TEXT[figure["start"] : figure["end"]] == figure["text"]
    json.dumps(record)
    assert error_record("x", "empty", "empty")["figures"] == []


def test_offsets_refer_to_the_text_as_given_when_it_was_normalised(annotate):
    text = "Gen&egrave;ve – Plus de 2&nbsp;500 migrants ont &eacute;t&eacute; intercept&eacute;s au large de la Libye."
    record = migtext.doc_to_record(annotate(text, date="2024-04-16"))
    assert [text[f["start"] : f["end"]] for f in record["figures"]] == ["2&nbsp;500"]
    assert record["figures"][0]["value"] == 2500


def test_figures_table_from_docs_and_records(annotate):
    docs = [annotate(TEXT, date="2024-04-16"), annotate("Le HCR appelle à la solidarité.")]
    frame = migtext.figures_table(docs)
    assert list(frame.columns) == list(FIGURE_COLUMNS)
    assert frame["value"].tolist() == [2500, 61]
    assert frame["month"].tolist() == ["2024-01", "2024-04"]  # "2024-W15" starts on 8 April
    assert frame["doc_date"].tolist() == ["2024-04-16"] * 2
    grouped = frame.groupby(["country", "event", "month"])["value"].sum()
    assert grouped[("LBY", "death", "2024-04")] == 61
    same = migtext.figures_table([migtext.doc_to_record(d) for d in docs])
    assert same["value"].tolist() == [2500, 61]
    assert migtext.figures_table([]).empty and list(migtext.figures_table([]).columns) == list(FIGURE_COLUMNS)


def test_bad_items_are_named():
    with pytest.raises(migtext.InputError, match="item 0 is a str"):
        migtext.figures_table(["a text"])


@pytest.mark.parametrize(
    "figure_date, doc_date, month",
    [
        ("2024-01-01/2024-04-16", "2024-04-16", "2024-01"),
        ("2023-08", None, "2023-08"),
        ("2024-W15", "2024-04-16", "2024-04"),
        (None, "2024-04-16", "2024-04"),
        ("2023", "2024-04-16", None),
        ("P1W", "2024-04-16", None),
        (None, None, None),
        (None, "XXXX-04-16", None),
    ],
)
def test_figure_month(figure_date, doc_date, month):
    assert figure_month(figure_date, doc_date) == month
