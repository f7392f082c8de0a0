"""Charts drawn from the explore tables: each draws, says when there is nothing, and shows the numbers."""

from __future__ import annotations

import re

import pytest

from migtext.analysis import explore
from tests.analysis.test_explore import RECORDS, span


@pytest.fixture(scope="module")
def plots():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from migtext.analysis import plots

    yield plots
    import matplotlib.pyplot as plt

    plt.close("all")


def test_country_bars_are_the_counts(plots):
    ax = plots.countries(RECORDS)
    ends = {}
    for patch, label in zip(ax.patches, [t.get_text() for t in ax.get_yticklabels()] * 2, strict=True):
        ends[label] = max(ends.get(label, 0), patch.get_x() + patch.get_width())
    assert ends["Libye (LBY)"] == 3
    assert ends["Soudan (SDN)"] == 1


@pytest.mark.parametrize("name", ["countries", "regions", "organisation_types", "timeline", "cooccurrence",
                                  "people", "legal_instruments"])
def test_every_chart_draws_and_says_when_there_is_nothing(plots, name):
    chart = getattr(plots, name)
    assert chart(RECORDS).patches or chart(RECORDS).images
    empty = chart([])
    assert not empty.axison
    assert "nothing found" in empty.texts[0].get_text()


def test_cooccurrence_heatmap_shows_the_matrix(plots):
    ax = plots.cooccurrence(RECORDS)
    matrix = explore.cooccurrence(RECORDS, top=15)
    assert (ax.images[0].get_array() == matrix.to_numpy()).all()
    assert [t.get_text() for t in ax.get_xticklabels()] == list(matrix.columns)


def test_world_map_is_offline_svg(plots):
    pytest.importorskip("pygal_maps_world")
    svg = plots.world_map(RECORDS)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert not re.search(r"<script[^>]+src=", svg)  # pygal's tooltip script would come from the web
    entities = [span("le Soudan du Sud, l'URSS, la Libye", s, "COUNTRY", n)
                for s, n in (("Soudan du Sud", "SSD"), ("URSS", "SUN"), ("Libye", "LBY"))]
    assert plots.off_the_map([{"id": "w", "entities": entities, "people": []}]) == ["SSD", "SUN"]
