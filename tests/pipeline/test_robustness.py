"""The same gold in other shapes: gold offsets move with the text, and migtext keeps its score."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from migtext.core.text import fold
from migtext.pipeline.evaluate import GoldDoc, load_gold
from migtext.pipeline.robustness import SHAPES, format_robustness, reshape, robustness

ROOT = Path(__file__).resolve().parents[2]
DOC = GoldDoc(
    "t",
    "Naufrage au large de la Libye\nGenève, 16 avril 2024 (OIM) – L'OIM a secouru 120 migrants : « Assez ! »\n\n"
    "Le HCR & l'OIM\nsont à Tripoli.",
    "2024-04-16",
    ((24, 29, "COUNTRY", "LBY"), (30, 36, "LOC", None), (62, 65, "ORG", "IOM"), (107, 110, "ORG", "UNHCR")),
)


def surfaces(doc):
    return [doc.text[s:e] for s, e, _, _ in doc.entities]


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_moves_the_gold_with_the_text(shape):
    moved = reshape(DOC, shape)
    expected = [fold(unicodedata.normalize("NFC", s)) for s in surfaces(DOC)]
    got = [fold(unicodedata.normalize("NFC", s)) for s in surfaces(moved)]
    assert got == expected, shape


def test_the_shapes_rewrite_what_they_say():
    assert "\n" not in reshape(DOC, "one line").text
    assert "»  Le HCR" in reshape(DOC, "one line").text  # a blank line is two blanks
    collapsed = reshape(DOC, "one line, collapsed").text
    assert "\n" not in collapsed and "  " not in collapsed and "» Le HCR" in collapsed
    assert reshape(DOC, "one line + source").text.endswith("www.iom.int/fr/news/communique")
    assert reshape(DOC, "crlf").text.count("\r\n") == DOC.text.count("\n")
    assert not unicodedata.is_normalized("NFC", reshape(DOC, "nfd").text)
    assert "\u00a0!" in reshape(DOC, "no-break spaces").text
    html = reshape(DOC, "html fragment").text
    assert html.startswith("<p>") and "<br>" in html and "&amp;" in html and "&#39;" in html
    assert '<a href="https://www.example.org/fr/actualites?id=12" class="lien">Libye</a>' in html


def test_the_table_has_a_row_per_shape_and_ratios():
    table = {"written": {"micro": {"f": 0.9, "e2e_f": 0.8}, "f_ratio": 1.0, "e2e_f_ratio": 1.0},
             "nfd": {"micro": {"f": 0.45, "e2e_f": 0.4}, "f_ratio": 0.5, "e2e_f_ratio": 0.5}}  # fmt: skip
    lines = format_robustness(table).splitlines()
    assert lines[0].split() == ["shape", "f", "e2e_f", "f/written", "e2e/written"]
    assert lines[-1].split() == ["nfd", "0.450", "0.400", "0.500", "0.500"]


def test_the_table_gives_the_figures_fact_f_when_the_gold_has_figures():
    table = {"written": {"micro": {"f": 0.9, "e2e_f": 0.8}, "f_ratio": 1.0, "e2e_f_ratio": 1.0,
                         "figures": {"fact_f": 0.8}, "fact_f_ratio": 1.0},
             "one line": {"micro": {"f": 0.9, "e2e_f": 0.8}, "f_ratio": 1.0, "e2e_f_ratio": 1.0,
                          "figures": {"fact_f": 0.6}, "fact_f_ratio": 0.75}}  # fmt: skip
    lines = format_robustness(table).splitlines()
    assert lines[0].split()[-2:] == ["fact_f", "fact/written"]
    assert lines[-1].split()[-2:] == ["0.600", "0.750"]


def test_the_figures_move_with_the_text():
    doc = GoldDoc(DOC.id, DOC.text, DOC.date, DOC.entities,
                  ({"start": 76, "end": 79, "value": 120},))  # fmt: skip
    assert doc.text[76:79] == "120"
    for shape in SHAPES:
        moved = reshape(doc, shape)
        (figure,) = moved.figures
        assert moved.text[figure["start"] : figure["end"]] == "120", shape


def test_robustness_scores_the_figures_of_each_shape(nlp):
    doc = GoldDoc("f", "Naufrage au large de la Libye\nGenève, 16 avril 2024 (OIM) – Au moins 61 migrants ont péri "
                  "au large de la Libye, selon l'OIM.", "2024-04-16", (),
                  ({"start": 69, "end": 71, "value": 61, "value_max": None, "qualifier": "min", "unit": "person",
                    "group": "migrant", "event": "death", "country": "LBY", "origin": None, "date": None,
                    "source": "IOM"},))  # fmt: skip
    assert doc.text[69:71] == "61"
    table = robustness([doc], nlp=nlp, shapes=["written", "one line, collapsed"])
    assert table["written"]["figures"]["fact_f"] == 1.0
    assert table["one line, collapsed"]["fact_f_ratio"] == 1.0


@pytest.mark.slow
def test_every_shape_of_the_dev_gold_keeps_98_percent_of_the_score(nlp):
    table = robustness(load_gold(ROOT / "gold" / "dev.jsonl"), nlp=nlp)
    assert set(table) == set(SHAPES)
    # the dev gold keeps growing with documents annotated blind before any run, so its own
    # score is a sanity check here; the ratios below are what this test is about
    assert table["written"]["micro"]["e2e_f"] >= 0.95
    for shape, row in table.items():
        assert row["e2e_f_ratio"] >= 0.98, (shape, row)
        # figures lean on lines more (headings, datelines, table rows): a flattened page keeps 93 %
        assert row["fact_f_ratio"] >= 0.93, (shape, row)
