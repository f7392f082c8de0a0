"""The value object behind span._.date: bounds and attrs."""

from __future__ import annotations

import datetime as dt

import pytest

from migtext.dates.values import DateValue


@pytest.mark.parametrize(
    "value,first,last",
    [
        ("2018-12-21", dt.date(2018, 12, 21), dt.date(2018, 12, 21)),
        ("2018-02", dt.date(2018, 2, 1), dt.date(2018, 2, 28)),
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("20", dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
        ("2018-W52", dt.date(2018, 12, 24), dt.date(2018, 12, 30)),
        ("2018-W51-WE", dt.date(2018, 12, 22), dt.date(2018, 12, 23)),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2024-H2", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("2017-WI", dt.date(2017, 12, 21), dt.date(2018, 3, 19)),
        ("2024-05-03/2024-05-05", dt.date(2024, 5, 3), dt.date(2024, 5, 5)),
        ("2015/2020", dt.date(2015, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_bounds(value, first, last):
    assert DateValue(value, "range" if "/" in value else "date").bounds() == (first, last)


@pytest.mark.parametrize(
    "value,kind", [("P3Y", "duration"), ("P1D", "set"), ("XXXX-12-21", "date"), (None, "date"), ("2018-W99", "date")]
)
def test_no_bounds(value, kind):
    assert DateValue(value, kind).bounds() is None


def test_value_object_from_attrs():
    value = DateValue.from_attrs("2024", {"type": "date", "mod": "MID", "relative": False})
    assert (value.value, value.type, value.mod, value.relative) == ("2024", "date", "MID", False)
    assert value.is_resolved
    assert DateValue.from_attrs("XXXX-12-21", {}).is_resolved is False
    with pytest.raises(ValueError, match="unknown DATE type 'time'"):
        DateValue.from_attrs("2024", {"type": "time"})
