"""Figure scores as FIGURES.md defines them, and their place in `migtext evaluate`."""

from __future__ import annotations

import json

import pytest

from migtext.core.errors import GoldFormatError
from migtext.pipeline import figure_scores
from migtext.pipeline.evaluate import error_lines, evaluate, format_table

BASE = {"value_max": None, "qualifier": "exact", "unit": "person", "group": "migrant", "event": "arrival",
        "country": "ITA", "origin": None, "date": "2023", "source": None}


def fig(start, end, value=100, **fields):
    return {"start": start, "end": end, "value": value, **BASE, **fields}


def test_perfect_prediction():
    gold = [fig(0, 3), fig(10, 15, 2500)]
    scores = figure_scores.score_figures([(gold, [dict(f) for f in gold])])
    assert scores["p"] == scores["r"] == scores["f"] == scores["overlap_f"] == scores["fact_f"] == 1.0
    assert scores["value_acc"] == 1.0 and set(scores["field_acc"].values()) == {1.0}
    assert (scores["support"], scores["predicted"], scores["docs"]) == (2, 2, 1)


def test_overlap_counts_where_exact_does_not_and_each_gold_figure_is_matched_once():
    gold = [fig(10, 15)]
    pred = [fig(8, 15), fig(12, 14)]  # "de 2 500" against "2 500", then a second overlap
    scores = figure_scores.score_figures([(gold, pred)])
    assert scores["f"] == 0.0
    assert scores["overlap_f"] == pytest.approx(2 * 0.5 * 1.0 / 1.5, abs=1e-4)


def test_value_acc_needs_value_max_and_qualifier():
    gold = [fig(0, 3, 300, value_max=400), fig(10, 15, 2500, qualifier="min")]
    pred = [fig(0, 3, 300), fig(10, 15, 2500, qualifier="min")]
    assert figure_scores.score_figures([(gold, pred)])["value_acc"] == 0.5


def test_field_accuracies_treat_null_as_a_value():
    gold = [fig(0, 3, country=None), fig(10, 15, origin="SDN")]
    pred = [fig(0, 3, country="LBY"), fig(10, 15, origin="SDN")]
    acc = figure_scores.score_figures([(gold, pred)])["field_acc"]
    assert acc["country"] == 0.5 and acc["origin"] == 1.0 and acc["group"] == 1.0


def test_fact_f_needs_value_group_event_and_country():
    gold = [fig(0, 3), fig(10, 15), fig(20, 25), fig(30, 35)]
    pred = [fig(0, 3), fig(10, 15, group="refugee"), fig(20, 25, date="2024", source="IOM"), fig(40, 45)]
    scores = figure_scores.score_figures([(gold, pred)])
    assert scores["fact_f"] == 0.5  # 2 facts of 4 predicted, of 4 gold


def test_documents_without_gold_figures_are_not_scored():
    assert figure_scores.score_figures([(None, [fig(0, 3)])]) is None
    scores = figure_scores.score_figures([(None, [fig(0, 3)]), ([], [])])
    assert (scores["docs"], scores["support"], scores["predicted"], scores["value_acc"]) == (1, 0, 0, None)


def test_error_lines_name_misses_false_figures_and_wrong_fields():
    text = "Plus de 2 500 migrants arrivés en 2023, 300 morts et 12 disparus."
    gold = [fig(8, 13, 2500, qualifier="min"), fig(40, 43, 300, event="death"), fig(52, 54, 12)]
    pred = [fig(8, 13, 2500, qualifier="min", country="LBY"), fig(40, 43, 300, event="death"), fig(34, 38, 2023)]
    lines = figure_scores.error_lines("d1", text, gold, pred)
    kinds = sorted(line.split("\t")[1] for line in lines)
    assert kinds == ["FIGURE-FIELD", "FIGURE-FP", "FIGURE-MISS"]
    field = next(line for line in lines if "FIGURE-FIELD" in line)
    assert "'2 500'" in field and "country gold 'ITA' predicted 'LBY'" in field
    assert figure_scores.error_lines("d1", text, None, pred) == []


def test_error_lines_keep_braces_of_a_json_row_as_written():
    """A one-line JSON row holds braces: they are text, not format fields (it crashed)."""
    text = '{"titre": "Aceh", "texte": "Plus de 2 500 migrants arrivés {en 2023}, 12 disparus."}'
    at = text.index("2 500")
    gold = [fig(at, at + 5, 2500), fig(text.index("12 "), text.index("12 ") + 2, 12)]
    lines = figure_scores.error_lines("row-1", text, gold, [fig(at, at + 5, 2500, country="LBY")])
    assert len(lines) == 2
    assert any(line.startswith("row-1\tFIGURE-MISS\t'12'") for line in lines)
    assert all("{en 2023}" in line for line in lines)


def test_format_table():
    scores = figure_scores.score_figures([([fig(0, 3)], [fig(0, 3)])])
    table = figure_scores.format_table(scores)
    assert "fact_f" in table and "value_acc" in table and "field_acc: unit 1.000" in table
    assert figure_scores.format_table(None) == ""


def test_gold_figures_are_checked_when_read():
    with pytest.raises(GoldFormatError, match="lacks"):
        figure_scores.parse_gold_figures({"text": "300 migrants", "figures": [{"start": 0, "end": 3}]}, "g:1")
    with pytest.raises(GoldFormatError, match="outside the text"):
        figure_scores.parse_gold_figures({"text": "300", "figures": [fig(0, 9)]}, "g:1")
    with pytest.raises(GoldFormatError, match="must be a list"):
        figure_scores.parse_gold_figures({"text": "300", "figures": {}}, "g:1")
    assert figure_scores.parse_gold_figures({"text": "300"}, "g:1") is None


def test_evaluate_scores_figures_end_to_end(tmp_path, nlp):
    text = "Genève – Au moins 61 migrants ont péri au large de la Libye en 2023, selon l'OIM."
    start = text.index("61")
    gold = {
        "id": "a", "text": text, "date": "2024-04-16", "entities": [],
        "figures": [{"start": start, "end": start + 2, "value": 61, "value_max": None, "qualifier": "min",
                     "unit": "person", "group": "migrant", "event": "death", "country": "LBY", "origin": None,
                     "date": "2023", "source": "IOM"}],
    }
    path = tmp_path / "gold.jsonl"
    other = {"id": "b", "text": "Rien.", "entities": []}
    path.write_text(f"{json.dumps(gold, ensure_ascii=False)}\n{json.dumps(other)}\n", encoding="utf-8")
    scores = evaluate(path, nlp=nlp)
    assert scores["figures"]["fact_f"] == 1.0 and scores["figures"]["docs"] == 1
    assert "figures" in format_table(scores)
    assert not [line for line in error_lines(path, nlp=nlp) if "FIGURE" in line]
    gold["figures"][0]["country"] = "TUN"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert any("FIGURE-FIELD" in line and "country" in line for line in error_lines(path, nlp=nlp))


def test_evaluate_without_gold_figures_has_no_figures_key(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Au moins 61 migrants ont péri.", "entities": []}) + "\n",
                    encoding="utf-8")
    assert "figures" not in evaluate(path, nlp=nlp)
