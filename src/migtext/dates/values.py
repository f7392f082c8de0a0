"""The value object behind a DATE span: `span._.date`.

A frozen dataclass of plain values, rebuilt on demand from the span's norm and attrs,
so nothing but strings and numbers is stored on the Doc.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Tuple

from migtext.dates.timex import bounds as _bounds

TYPES = ("date", "duration", "set", "range")


@dataclass(frozen=True)
class DateValue:
    """A TIMEX3 value with its type (date, duration, set, range).

    `value` is None for a relative expression without a document date, or for a vague
    period ("ces dernières années"); `mod` is START/MID/END for "début 2023", "mi-2024",
    "fin février"; `relative` says whether the document date was needed.
    """

    value: Optional[str]
    type: str
    mod: Optional[str] = None
    relative: bool = False

    @classmethod
    def from_attrs(cls, value: Optional[str], attrs: Mapping[str, Any]) -> DateValue:
        kind = str(attrs.get("type", "date"))
        if kind not in TYPES:
            raise ValueError(f"unknown DATE type {kind!r} in span attrs; expected one of {TYPES}")
        return cls(value=value or None, type=kind, mod=attrs.get("mod"), relative=bool(attrs.get("relative", False)))

    def bounds(self) -> Optional[Tuple[dt.date, dt.date]]:
        """First and last calendar day covered, or None (durations, sets, unknown years).

        >>> DateValue("2018-W52", "date").bounds()
        (datetime.date(2018, 12, 24), datetime.date(2018, 12, 30))
        """
        if self.type in ("duration", "set"):
            return None
        return _bounds(self.value)

    @property
    def is_resolved(self) -> bool:
        """True when the value is known and names no unknown part (no "XXXX")."""
        return self.value is not None and "X" not in self.value


def date_of(span: Any) -> Optional[DateValue]:
    """The getter of `Span._.date`: the DateValue of a DATE span, None for other labels."""
    if span.label_ != "DATE":
        return None
    return DateValue.from_attrs(span.kb_id_ or None, span._.attrs or {})
