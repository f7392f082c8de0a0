"""Tables of migration figures for exploration: by period and key, and flows origin -> country."""

from __future__ import annotations

import pandas as pd
import pytest

from migtext.analysis import explore


def record(id, date, *figures):
    return {"id": id, "date": date, "figures": [
        {"start": 0, "end": 3, "text": "x", "value": value, "value_max": None, "qualifier": "exact", "unit": "person",
         "group": "migrant", "event": event, "country": country, "origin": origin, "date": fdate, "source": None}
        for value, event, country, origin, fdate in figures
    ]}


RECORDS = [
    record("a", "2024-04-16", (2500, "interception", "LBY", None, "2024-01-01/2024-04-16"),
           (61, "death", "LBY", None, "2024-W15")),
    record("b", "2024-04-20", (1200, "arrival", "ITA", "TUN", None), (800, "arrival", "ITA", "TUN", "2024-04")),
    record("c", "2023-05-01", (300, "return", "NER", "MLI", "2023")),
    record("d", None, (40, "rescue", None, "SDN", None)),
]


def test_figures_over_time_by_month():
    table = explore.figures_over_time(RECORDS)
    assert list(table.columns) == ["period", "event", "country", "figures", "total", "largest"]
    rows = {(p, e, c): (n, t) for p, e, c, n, t, _ in table.itertuples(index=False)}
    assert rows[("2024-04", "arrival", "ITA")] == (2, 2000)
    assert rows[("2024-01", "interception", "LBY")] == (1, 2500)
    assert ("2023", "return", "NER") not in rows  # a year is no month
    assert len(table) == 3  # a year alone, and no date at all, give no month


def test_figures_over_time_by_year_and_other_keys():
    table = explore.figures_over_time(RECORDS, by=("origin",), freq="year")
    rows = {(p, o): t for p, o, _, t, _ in table.itertuples(index=False)}
    assert rows[("2023", "MLI")] == 300 and rows[("2024", "TUN")] == 2000 and rows[("2024", "unknown")] == 2561
    with pytest.raises(ValueError, match="freq"):
        explore.figures_over_time(RECORDS, freq="week")


def test_flows_need_origin_and_country():
    flows = explore.figure_flows(RECORDS)
    assert flows[["origin", "country", "figures", "total"]].values.tolist() == [["TUN", "ITA", 2, 2000],
                                                                               ["MLI", "NER", 1, 300]]
    assert explore.figure_flows(RECORDS, events=("death",)).empty


def test_empty_inputs_give_empty_tables_with_their_columns():
    assert list(explore.figures_over_time([]).columns) == ["period", "event", "country", "figures", "total",
                                                           "largest"]
    assert explore.figure_flows([record("z", None)]).empty
    frame = explore.figure_frame(RECORDS)
    assert explore.figure_frame(frame) is frame and isinstance(frame, pd.DataFrame) and len(frame) == 6
