"""The figures table as a file, from annotated records: CSV and Parquet, fixed columns, clear errors."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from migtext.core.errors import InputError
from migtext.pipeline.cli import app
from migtext.pipeline.figure_tables import read_records, write_table
from migtext.pipeline.records import FIGURE_COLUMNS

FIGURE = {"start": 8, "end": 13, "text": "2 500", "value": 2500, "value_max": None, "qualifier": "min",
          "unit": "person", "group": "migrant", "event": "interception", "country": "LBY", "origin": None,
          "date": "2024-01-01/2024-04-16", "source": "IOM"}


def records_file(tmp_path, records):
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_csv_and_parquet_have_the_fixed_columns(tmp_path):
    path = records_file(tmp_path, [
        {"id": "a", "date": "2024-04-16", "figures": [FIGURE, dict(FIGURE, start=30, end=32, value=61, date=None)]},
        {"id": "b", "date": None, "figures": []},
        {"id": "c", "date": None, "error": "document is empty", "figures": []},
    ])
    assert write_table(read_records([path]), tmp_path / "f.csv") == 2
    frame = pd.read_csv(tmp_path / "f.csv")
    assert list(frame.columns) == list(FIGURE_COLUMNS)
    assert list(frame["month"]) == ["2024-01", "2024-04"]  # its own date, else the document's
    assert write_table(read_records([path]), tmp_path / "f.parquet") == 2
    assert list(pd.read_parquet(tmp_path / "f.parquet")["value"]) == [2500, 61]


def test_an_empty_table_still_has_its_columns(tmp_path):
    path = records_file(tmp_path, [{"id": "a", "date": None, "figures": []}])
    assert write_table(read_records([path]), tmp_path / "f.csv") == 0
    assert list(pd.read_csv(tmp_path / "f.csv").columns) == list(FIGURE_COLUMNS)


def test_bad_input_and_output_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        list(read_records([tmp_path / "missing.jsonl"]))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:2"):
        list(read_records([bad]))
    with pytest.raises(InputError, match=".jsonl"):
        list(read_records([tmp_path / "out.csv"]))
    path = records_file(tmp_path, [{"id": "a", "figures": [FIGURE]}])
    with pytest.raises(InputError, match=".csv or .parquet"):
        write_table(read_records([path]), tmp_path / "f.xlsx")
    write_table(read_records([path]), tmp_path / "f.csv")
    with pytest.raises(InputError, match="--overwrite"):
        write_table(read_records([path]), tmp_path / "f.csv")
    assert write_table(read_records([path]), tmp_path / "f.csv", overwrite=True) == 1


def test_command_line(tmp_path):
    path = records_file(tmp_path, [{"id": "a", "date": "2024-04-16", "figures": [FIGURE]}])
    runner = CliRunner()
    result = runner.invoke(app, ["figures", str(path), "-o", str(tmp_path / "f.csv")])
    assert result.exit_code == 0, result.output
    assert pd.read_csv(tmp_path / "f.csv")["event"].tolist() == ["interception"]
    result = runner.invoke(app, ["figures", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "g.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["annotate", str(path), "-o", str(tmp_path / "x.csv"), "--figures",
                                 str(tmp_path / "h.csv")])
    assert result.exit_code == 2 and ".jsonl OUT" in result.output
