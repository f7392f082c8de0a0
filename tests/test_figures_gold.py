"""The figures of the gold: the side file compiles, every record follows FIGURES.md, the validator catches mistakes."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
spec = importlib.util.spec_from_file_location("figures_gold", ROOT / "scripts" / "figures_gold.py")
figures_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(figures_gold)
import build_gold  # noqa: E402

CODES = (build_gold.COUNTRY_CODES | build_gold.FORMER_STATE_CODES, build_gold.REGION_NORMS, build_gold.TIMEX_VALUE)
TEXT = "Genève – Plus de 2 500 migrants ont été interceptés au large de la Libye depuis le 1er janvier, selon l'OIM."
GOOD = {
    "start": 17, "end": 22, "value": 2500, "value_max": None, "qualifier": "min", "unit": "person",
    "group": "migrant", "event": "interception", "country": "LBY", "origin": None,
    "date": "2024-01-01/2024-04-16", "source": "IOM",
}


def problems(**changes):
    figure = {**GOOD, **changes}
    return figures_gold.validate_figures({"id": "t", "text": TEXT, "figures": [figure]}, "test", *CODES)


def test_the_dev_gold_has_figures_for_forty_documents_and_they_are_valid():
    records = [json.loads(line) for line in (ROOT / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    with_figures = [r for r in records if "figures" in r]
    assert len(with_figures) >= 40
    assert figures_gold.validate_jsonl(ROOT / "gold" / "dev.jsonl") == []
    figures = [f for r in with_figures for f in r["figures"]]
    assert len(figures) >= 150
    events = Counter(f["event"] for f in figures)
    assert {"stock", "arrival", "death", "return", "deportation", "interception", "rescue", "crossing"} <= set(events)


def test_a_correct_figure_passes():
    assert TEXT[17:22] == "2 500"
    assert problems() == []
    assert problems(value_max=3000, qualifier="exact") == []
    assert problems(country="015", origin="SDN", source="IOM;UNHCR", date=None) == []


@pytest.mark.parametrize(
    "changes, fragment",
    [
        ({"group": "migrants"}, "group 'migrants'"),
        ({"event": "arrivals"}, "event 'arrivals'"),
        ({"qualifier": "about"}, "qualifier"),
        ({"unit": "family"}, "unit"),
        ({"value": 2500.5}, "positive integer"),
        ({"value": 0}, "positive integer"),
        ({"value_max": 2000}, "value_max"),
        ({"country": "LY"}, "country 'LY'"),
        ({"origin": "Soudan"}, "origin 'Soudan'"),
        ({"date": "1er janvier"}, "TIMEX3"),
        ({"source": "UNHCR;IOM"}, "sorted"),
        ({"source": ""}, "non-empty"),
        ({"start": 9, "end": 22}, "qualifier word starts the span"),
        ({"start": 23, "end": 31}, "holds no number"),
        ({"start": 16, "end": 22}, "white space"),
        ({"end": 500}, "outside the text"),
        ({"text": "2500"}, "the record says"),
    ],
)
def test_the_validator_names_each_mistake(changes, fragment):
    found = problems(**changes)
    assert any(fragment in p for p in found), found


def test_missing_fields_and_overlaps_are_reported():
    figure = {k: v for k, v in GOOD.items() if k != "source"}
    found = figures_gold.validate_figures({"id": "t", "text": TEXT, "figures": [figure]}, "test", *CODES)
    assert "missing ['source']" in found[0]
    twice = {"id": "t", "text": TEXT, "figures": [GOOD, copy.deepcopy(GOOD)]}
    assert any("overlaps" in p for p in figures_gold.validate_figures(twice, "test", *CODES))


def test_side_file_lines_compile_to_offsets(tmp_path):
    side = tmp_path / "dev.txt"
    side.write_text(
        "# comment\n## a\n2 500 | 2500 | min | person | migrant | interception | LBY | - | - | IOM\n## b\n",
        encoding="utf-8",
    )
    records = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Rien."}, {"id": "c", "text": "Rien."}]
    figures_gold.attach_figures(records, side)
    assert records[0]["figures"][0]["start"] == 17 and records[0]["figures"][0]["date"] is None
    assert records[1]["figures"] == [] and "figures" not in records[2]


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("2 500 | 2500 | min | person | migrant", "columns"),
        ("9 999 | 9999 | min | person | migrant | stock | - | - | - | -", "occurs 0 time"),
        ("2 500#2 | 2500 | min | person | migrant | stock | - | - | - | -", "not 2"),
        ("2 500 | deux | min | person | migrant | stock | - | - | - | -", "not an integer"),
    ],
)
def test_side_file_errors_name_the_line(tmp_path, line, fragment):
    side = tmp_path / "dev.txt"
    side.write_text(f"## a\n{line}\n", encoding="utf-8")
    with pytest.raises(figures_gold.FiguresError, match=fragment):
        figures_gold.attach_figures([{"id": "a", "text": TEXT}], side)


def test_an_ambiguous_number_needs_its_occurrence(tmp_path):
    side = tmp_path / "dev.txt"
    side.write_text("## a\n300 | 300 | exact | person | migrant | stock | - | - | - | -\n", encoding="utf-8")
    with pytest.raises(figures_gold.FiguresError, match="say which"):
        figures_gold.attach_figures([{"id": "a", "text": "300 migrants et 300 réfugiés"}], side)


def test_command_line(tmp_path, capsys):
    assert figures_gold.main(["--check", str(ROOT / "gold" / "dev.jsonl")]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "t", "text": TEXT, "figures": [{**GOOD, "group": "x"}]}) + "\n", encoding="utf-8")
    assert figures_gold.main(["--check", str(bad)]) == 1
    assert "bad.jsonl" in capsys.readouterr().err
