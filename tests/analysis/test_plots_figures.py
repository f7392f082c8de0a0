"""Charts of migration figures: drawn from the tables, empty data says so."""

from __future__ import annotations

import pytest

from tests.analysis.test_explore_figures import RECORDS

plt = pytest.importorskip("matplotlib.pyplot")
from migtext.analysis import plots  # noqa: E402


def test_figures_over_time_draws_one_series_per_event():
    ax = plots.figures_over_time(RECORDS)
    assert ax.get_yscale() == "log"
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["arrival", "death", "interception"]
    plt.close("all")


def test_flows_draw_a_band_per_pair_with_both_ends_named():
    ax = plots.figure_flows(RECORDS)
    labels = {t.get_text() for t in ax.texts}
    assert {"TUN", "ITA", "MLI", "NER", "2 000", "300"} <= labels
    assert len(ax.lines) == 2
    plt.close("all")


def test_nothing_to_draw_says_so():
    for chart in (plots.figures_over_time, plots.figure_flows):
        ax = chart([])
        assert any("nothing found" in t.get_text() for t in ax.texts)
    plt.close("all")
