"""The value object behind a DATE span (completed by the dates issue)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional


@dataclass(frozen=True)
class DateValue:
    """A TIMEX3 value with its type (date, duration, set, range)."""

    value: Optional[str]
    type: str

    @classmethod
    def from_attrs(cls, value: Optional[str], attrs: Mapping[str, Any]) -> "DateValue":
        return cls(value=value, type=str(attrs.get("type", "date")))
