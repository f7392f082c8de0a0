"""TIMEX3 arithmetic: relative days, weekdays and periods against the document date."""

from __future__ import annotations

import pytest

from migtext.dates import timex
from migtext.dates.timex import Anchor

ANCHOR = Anchor.parse("2018-12-27")  # a Thursday, ISO week 52


@pytest.mark.parametrize(
    "month,day,direction,value",
    [
        (12, 21, "past", "2018-12-21"),
        (12, 21, "future", "2019-12-21"),
        (12, 21, None, "2018-12-21"),
        (1, 3, None, "2019-01-03"),
        (1, 3, "past", "2018-01-03"),
        (2, 29, "future", "2020-02-29"),
    ],
)
def test_day_month_year_from_the_tense(month, day, direction, value):
    assert timex.day_month(month, day, ANCHOR, direction) == value


@pytest.mark.parametrize(
    "weekday,direction,strict,value",
    [
        (5, "past", False, "2018-12-21"),
        (5, "future", False, "2018-12-28"),
        (4, "past", False, "2018-12-27"),
        (4, "past", True, "2018-12-20"),
        (4, "future", True, "2019-01-03"),
        (1, None, False, "2018-12-24"),
    ],
)
def test_weekdays(weekday, direction, strict, value):
    assert timex.weekday(weekday, ANCHOR, direction, strict) == value


@pytest.mark.parametrize(
    "anchor,expected",
    [
        ("2018-12-27", {"hier": "2018-12-26", "semaine": "2018-W51", "mois": "2018-11", "an": "2017"}),
        ("2019-01-01", {"hier": "2018-12-31", "semaine": "2018-W52", "mois": "2018-12", "an": "2018"}),
        ("XXXX-03-09", {"hier": "XXXX-03-08", "semaine": None, "mois": "XXXX-02", "an": None}),
        ("XXXX-01-01", {"hier": "XXXX-12-31", "semaine": None, "mois": None, "an": None}),
        (None, {"hier": None, "semaine": None, "mois": None, "an": None}),
    ],
)
def test_relative_values_against_full_partial_and_missing_dates(anchor, expected):
    a = Anchor.parse(anchor)
    assert timex.relative_day(-1, a) == expected["hier"]
    assert timex.relative_period("week", -1, a) == expected["semaine"]
    assert timex.relative_period("month", -1, a) == expected["mois"]
    assert timex.relative_period("year", -1, a) == expected["an"]


@pytest.mark.parametrize("value", ["2018-02-30", "2018-13-01", "hier", "", None, "18-12-27"])
def test_bad_anchors_are_none(value):
    assert Anchor.parse(value) is None


@pytest.mark.parametrize(
    "value, days, expected",
    [
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-03-01", -1, "2023-02-28"),
        ("XXXX-03-01", -1, "XXXX-02-29"),
        ("2024", 1, None),
    ],
)
def test_add_days_keeps_an_unknown_year_unknown(value, days, expected):
    assert timex.add_days(value, days) == expected


@pytest.mark.parametrize(
    "month, anchor, direction, value",
    [
        # without a tense, a month more than six months ahead is last year's (the nearer one)
        (12, "2024-01-27", None, "2023-12"),
        (8, "2024-01-27", None, "2023-08"),
        (7, "2024-01-27", None, "2024-07"),
        (3, "2024-11-02", None, "2024-03"),
        # a tense decides
        (12, "2024-01-27", "future", "2024-12"),
        (12, "2024-01-27", "past", "2023-12"),
    ],
)
def test_a_month_alone_is_never_far_ahead_without_a_future_tense(month, anchor, direction, value):
    assert timex.month_alone(month, Anchor.parse(anchor), direction) == value
