"""`migtext evaluate`: the contract's arithmetic on a tiny example computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from migtext.core.errors import GoldFormatError
from migtext.pipeline.cli import app
from migtext.pipeline.evaluate import evaluate, format_table, load_gold, score

GOLD = [
    (0, 5, "COUNTRY", "MAR"),
    (10, 17, "COUNTRY", "DZA"),
    (20, 23, "ORG", "IOM"),
    (30, 40, "DATE", None),
]
PRED = [
    (0, 5, "COUNTRY", "MAR"),  # exact, norm right
    (10, 17, "COUNTRY", "TUN"),  # exact, norm wrong
    (19, 23, "ORG", "IOM"),  # overlap only
    (30, 40, "DATE", "2024-W11"),  # exact, gold norm null accepts any
    (50, 55, "PER", "X"),  # false positive
]


def test_scores_by_hand():
    s = score([(GOLD, PRED)])
    country = s["labels"]["COUNTRY"]
    assert (country["p"], country["r"], country["f"]) == (1.0, 1.0, 1.0)
    assert country["norm_acc"] == 0.5
    assert country["e2e_f"] == 0.5  # 1 of 2 predicted, 1 of 2 gold
    org = s["labels"]["ORG"]
    assert (org["f"], org["overlap_f"], org["norm_acc"]) == (0.0, 1.0, None)
    date = s["labels"]["DATE"]
    assert (date["f"], date["e2e_f"], date["norm_acc"]) == (1.0, 1.0, None)
    per = s["labels"]["PER"]
    assert (per["p"], per["r"], per["support"]) == (0.0, 0.0, 0)
    micro = s["micro"]
    # exact: 3 of 5 predicted, 3 of 4 gold -> p .6, r .75, f = 2*.6*.75/1.35
    assert micro["p"] == 0.6 and micro["r"] == 0.75
    assert micro["f"] == round(2 * 0.6 * 0.75 / 1.35, 4)
    # overlap: 4 of 5, 4 of 4
    assert micro["overlap_f"] == round(2 * 0.8 * 1.0 / 1.8, 4)
    # norm: MAR right, DZA wrong (gold null DATE excluded) -> 0.5
    assert micro["norm_acc"] == 0.5
    # e2e: MAR, DATE -> 2 of 5, 2 of 4
    assert micro["e2e_f"] == round(2 * 0.4 * 0.5 / 0.9, 4)
    assert s["docs"] == 1
    assert list(s["labels"]) == ["COUNTRY", "ORG", "PER", "DATE"]


def test_each_gold_entity_is_matched_once_for_overlap():
    s = score([([(0, 10, "LOC", None)], [(0, 4, "LOC", None), (5, 10, "LOC", None)])])
    assert s["labels"]["LOC"]["overlap_f"] == round(2 * 0.5 * 1.0 / 1.5, 4)


def test_empty_prediction_and_empty_gold():
    s = score([([], [])])
    assert s["labels"] == {} and s["micro"]["f"] == 0.0 and s["micro"]["support"] == 0


def _write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "line, message",
    [
        (
            '{"id": "a", "text": "Le Mali", "entities": [{"start": 3, "end": 99, "label": "COUNTRY"}]}',
            "outside the text",
        ),
        ('{"id": "a", "text": "Le Mali", "entities": [{"start": 3, "end": 7, "label": "GPE"}]}', "unknown label 'GPE'"),
        (
            '{"id": "a", "text": "Le Mali", "entities": [{"start": 3, "end": 7, "label": "COUNTRY", "text": "Mal"}]}',
            "says 'Mal'",
        ),
        ('{"id": "a", "text": "Le Mali", "entities": [{"end": 7, "label": "COUNTRY"}]}', "needs integer"),
        ('{"id": "a", "text": "Le Mali", "entities": [', "not valid JSON"),
        ('["not", "an", "object"]', "string 'text'"),
    ],
)
def test_bad_gold_gives_a_clear_error(tmp_path, line, message):
    with pytest.raises(GoldFormatError, match=message) as info:
        load_gold(_write(tmp_path, [line]))
    assert ":1:" in str(info.value)


def test_duplicate_ids_and_missing_file(tmp_path):
    line = '{"id": "a", "text": "x", "entities": []}'
    with pytest.raises(GoldFormatError, match="duplicate document id 'a'"):
        load_gold(_write(tmp_path, [line, line]))
    with pytest.raises(GoldFormatError, match="does not exist"):
        load_gold(tmp_path / "nope.jsonl")


def test_cli_reports_bad_gold_without_traceback(tmp_path):
    path = _write(
        tmp_path, ['{"id": "a", "text": "Le Mali", "entities": [{"start": 0, "end": 50, "label": "COUNTRY"}]}']
    )
    result = CliRunner().invoke(app, ["evaluate", str(path), "--json"])
    assert result.exit_code == 2
    assert "outside the text" in result.output
    assert "Traceback" not in result.output


def test_cli_json_has_the_contract_shape(tmp_path, nlp):
    line = json.dumps(
        {
            "id": "t",
            "text": "Brunson McKinley est arrivé à Lima.",
            "date": None,
            "entities": [
                {"start": 0, "end": 16, "label": "PER", "norm": "Brunson McKinley"},
                {"start": 30, "end": 34, "label": "LOC", "norm": None},
            ],
        }
    )
    result = CliRunner().invoke(app, ["evaluate", str(_write(tmp_path, [line])), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"labels", "micro", "docs"}
    assert set(scores["micro"]) == {"p", "r", "f", "overlap_f", "norm_acc", "e2e_f", "support"}
    assert scores["docs"] == 1 and scores["micro"]["support"] == 2


def test_table_lists_every_label_and_micro():
    table = format_table(score([(GOLD, PRED)]))
    for word in ("COUNTRY", "ORG", "DATE", "PER", "micro", "documents: 1"):
        assert word in table


def test_table_columns_are_named_as_in_the_json_and_the_readme():
    scores = score([(GOLD, PRED)])
    head = format_table(scores).splitlines()[0].split()
    assert head == ["label", "p", "r", "f", "overlap_f", "norm_acc", "e2e_f", "support"]
    assert head[1:] == list(scores["micro"])
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in head[1:])
    micro = format_table(scores).splitlines()[-2].split()
    assert micro[0] == "micro" and int(micro[-1]) == scores["micro"]["support"]


def test_evaluate_help_explains_the_gold_format_and_shows_flags_as_flags():
    result = CliRunner().invoke(app, ["evaluate", "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0
    assert "contract" not in result.output and "<bool>" not in result.output
    assert '"entities"' in result.output and "overlap_f" in result.output and "support" in result.output


def test_an_empty_gold_text_scores_no_prediction_and_a_bad_gold_date_is_a_clear_error(tmp_path, nlp):
    empty = _write(tmp_path, [json.dumps({"id": "vide", "text": "", "entities": []})])
    assert evaluate(empty, nlp=nlp)["docs"] == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "d", "text": "Le Mali.", "date": "hier", "entities": []}) + "\n")
    with pytest.raises(GoldFormatError, match="gold document 'd': document date 'hier' is not an ISO date"):
        evaluate(bad, nlp=nlp)


def test_cli_errors_lists_misses_false_positives_and_wrong_norms(tmp_path, nlp):
    text = "Le HCR est à Genève. Dolores Cortés a parlé."
    line = json.dumps(
        {
            "id": "t",
            "text": text,
            "date": None,
            "entities": [
                {"start": 3, "end": 6, "label": "ORG", "norm": "IOM"},
                {"start": 0, "end": 2, "label": "LOC", "norm": None},
            ],
        }
    )
    result = CliRunner().invoke(app, ["evaluate", str(_write(tmp_path, [line])), "--errors"])
    assert result.exit_code == 0, result.output
    rows = [r.split("\t") for r in result.output.strip().splitlines()]
    kinds = {(r[1], r[2]) for r in rows}
    assert ("NORM", "ORG") in kinds and ("MISS", "LOC") in kinds
    assert any(r[1] == "FP" and "Dolores Cortés" in r[3] for r in rows)
