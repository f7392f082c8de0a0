"""TIMEX3 values: from a recognised expression and the document date to a value string.

Kept apart from the grammar (what the text says) and from spaCy (the verb tense is
passed in as "past", "future" or None), so every rule of the contract's "DATE values"
section is testable with a plain function call.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

# Day arithmetic on a year-less document date ("GENÈVE, 9 mars –") runs in a leap
# year so that 29 February exists; the year is printed as XXXX.
_PLACEHOLDER_YEAR = 2000
_ANCHOR_RE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Anchor:
    """The document date; `year` is None when only day and month are known."""

    year: Optional[int]
    month: int
    day: int

    @classmethod
    def parse(cls, value: Optional[str]) -> Optional[Anchor]:
        """"2024-03-12" or "XXXX-03-12" -> Anchor; None or anything else -> None."""
        if not value:
            return None
        m = _ANCHOR_RE.match(value)
        if not m:
            return None
        year = None if m.group(1) == "XXXX" else int(m.group(1))
        try:
            dt.date(year or _PLACEHOLDER_YEAR, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return cls(year, int(m.group(2)), int(m.group(3)))

    @property
    def date(self) -> dt.date:
        return dt.date(self.year or _PLACEHOLDER_YEAR, self.month, self.day)


def format_day(day: dt.date, year_known: bool = True) -> str:
    return day.isoformat() if year_known else "XXXX" + day.isoformat()[4:]


def format_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def week_of(value: str) -> str:
    """The ISO week of a day's value ("2024-08-26" -> "2024-W35"); any other value as it is
    (a day of an unknown year has no week)."""
    try:
        return format_week(dt.date.fromisoformat(value))
    except ValueError:
        return value


def add_months(year: int, month: int, delta: int) -> Tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def duration(n: Optional[float], letter: str, time_part: bool = False) -> str:
    """ISO 8601 duration: (3, "Y") -> "P3Y"; (None, "D") -> "PXD"; (48, "H", True) -> "PT48H"."""
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    return ("PT" if time_part else "P") + amount + letter


# --- points in time ------------------------------------------------------------------


def day_month(month: int, day: int, anchor: Optional[Anchor], direction: Optional[str]) -> Optional[str]:
    """"le 21 décembre": the year comes from the document date and the verb's tense."""
    if anchor is None or anchor.year is None:
        return f"XXXX-{month:02d}-{day:02d}" if valid_day(month, day) else None
    base = anchor.date
    options = []
    for year in range(base.year - 4, base.year + 5):  # four years each way: 29 February
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if direction == "past":
        past = [d for d in options if d <= base]
        choice = max(past) if past else min(options, key=lambda d: abs(d - base))
    elif direction == "future":
        future = [d for d in options if d >= base]
        choice = min(future) if future else min(options, key=lambda d: abs(d - base))
    else:
        choice = min(options, key=lambda d: (abs(d - base), d > base))
    return choice.isoformat()


def add_days(value: str, days: int) -> Optional[str]:
    """ "2024-02-28" + 1 -> "2024-02-29"; a year-less "XXXX-03-01" stays year-less."""
    m = _ANCHOR_RE.match(value)
    if not m:
        return None
    known = m.group(1) != "XXXX"
    try:
        day = dt.date(int(m.group(1)) if known else _PLACEHOLDER_YEAR, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return format_day(day + dt.timedelta(days=days), known)


def valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(_PLACEHOLDER_YEAR, month)[1]


def month_alone(
    month: int, anchor: Optional[Anchor], direction: Optional[str], strict: bool = False
) -> Optional[str]:
    """"en septembre" / "septembre prochain": the nearest such month in the direction given.

    `strict` (prochain, dernier) excludes the document's own month.
    """
    if anchor is None:
        return None if strict else f"XXXX-{month:02d}"
    if anchor.year is None:
        return None if strict else f"XXXX-{month:02d}"
    year = anchor.year
    if direction == "future":
        if month < anchor.month or (strict and month == anchor.month):
            year += 1
    elif direction == "past":
        if month > anchor.month or (strict and month == anchor.month):
            year -= 1
    elif month - anchor.month > _FUTURE_REACH:
        year -= 1  # no tense said: "302 000 interpellations en décembre" in January is last December
    return f"{year:04d}-{month:02d}"


_FUTURE_REACH = 6  # months ahead a month without tense may still be, in the document's year


def weekday(
    iso_weekday: int, anchor: Optional[Anchor], direction: Optional[str], strict: bool = False
) -> Optional[str]:
    """"vendredi": the nearest Friday before (past tense, "dernier") or after (future, "prochain")."""
    if anchor is None or anchor.year is None:
        return None
    base = anchor.date
    delta = iso_weekday - base.isoweekday()
    before = delta if delta <= 0 else delta - 7
    after = delta if delta >= 0 else delta + 7
    if strict:
        before = before or -7
        after = after or 7
    if direction == "past":
        shift = before
    elif direction == "future":
        shift = after
    else:
        shift = before if abs(before) <= abs(after) else after
    return (base + dt.timedelta(days=shift)).isoformat()


def relative_day(offset: int, anchor: Optional[Anchor]) -> Optional[str]:
    """"hier" (-1), "aujourd'hui" (0), "demain" (+1)."""
    if anchor is None:
        return None
    return format_day(anchor.date + dt.timedelta(days=offset), anchor.year is not None)


def relative_period(grain: str, offset: int, anchor: Optional[Anchor]) -> Optional[str]:
    """"cette semaine" (week, 0), "le mois dernier" (month, -1), "l'an prochain" (year, +1)."""
    if anchor is None:
        return None
    base = anchor.date
    known = anchor.year is not None
    if grain == "day":
        return relative_day(offset, anchor)
    if grain == "month":
        year, month = add_months(base.year, base.month, offset)
        return f"{year:04d}-{month:02d}" if known else (f"XXXX-{month:02d}" if year == base.year else None)
    if not known:
        return None
    if grain in ("week", "weekend"):
        value = format_week(base + dt.timedelta(weeks=offset))
        return value + "-WE" if grain == "weekend" else value
    if grain == "year":
        return f"{base.year + offset:04d}"
    if grain == "decade":
        return f"{base.year // 10 + offset:03d}"
    if grain == "century":
        return f"{base.year // 100 + offset:02d}"
    raise ValueError(f"unknown grain {grain!r}")


def shifted(n: int, letter: str, sign: int, anchor: Optional[Anchor]) -> Optional[str]:
    """"il y a trois ans" (n=3, "Y", sign=-1): the point in time, at the unit's granularity."""
    if anchor is None:
        return None
    base = anchor.date
    if letter in ("D", "H"):
        days = n * sign if letter == "D" else 0
        return relative_day(days, anchor)
    if letter == "W":
        return relative_period("week", n * sign, anchor)
    if letter == "M":
        return relative_period("month", n * sign, anchor)
    if letter == "Y":
        if anchor.year is None:
            return None
        return f"{base.year + n * sign:04d}"
    raise ValueError(f"unknown unit {letter!r}")


def anaphoric(grain: str, shift: int, previous: Optional[str]) -> Optional[str]:
    """"l'année précédente" (year, -1) after "2024" -> "2023"; "le mois suivant" after "2024-12" -> "2025-01".

    `previous` is the year or month last named in the text; a month shift needs a month.
    """
    if previous is None:
        return None
    year = int(previous[:4])
    if grain == "year":
        return f"{year + shift:04d}"
    if len(previous) < 7:
        return None
    year, month = add_months(year, int(previous[5:7]), shift)
    return f"{year:04d}-{month:02d}"


def shifted_week(week: str, shift: int) -> Optional[str]:
    """ "la semaine précédente" (-1) after "2025-W07" -> "2025-W06"; a week written as its days
    ("2025-02-10/2025-02-16") counts from its first day."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", week)
    try:
        first = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else dt.date.fromisoformat(
            week.split("/")[0])
    except ValueError:
        return None
    return format_week(first + dt.timedelta(weeks=shift))


def week_like(value: str) -> bool:
    """Whether a value is a week ("2026-W11") or the days of one ("2026-03-09/2026-03-15")."""
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return True
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", value)
    return bool(m) and 0 < (dt.date.fromisoformat(m.group(2)) - dt.date.fromisoformat(m.group(1))).days <= 7


def same_period(grain: str, previous: Optional[str]) -> Optional[str]:
    """"la même année", "le même mois", "la même semaine": the period of that grain the last
    time named falls in, whether written or resolved ("En mars, … Le même mois, …" is that
    March); a range of days stays itself for "la même semaine" ("du 26 avril au 2 mai")."""
    if not previous or previous.startswith("P"):
        return None
    if grain == "week":
        if re.fullmatch(r"\d{4}-W\d{2}", previous) or re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", previous):
            return previous
        day = previous.split("/")[-1]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return None
        return format_week(dt.date.fromisoformat(day))
    last = previous.split("/")[-1]
    if not re.match(r"\d{4}", last):
        return None
    if grain == "year":
        return last[:4]
    return last[:7] if re.match(r"\d{4}-(?:0[1-9]|1[0-2])", last) else None


def year_part(year: Optional[int], part: str, anchor: Optional[Anchor]) -> Optional[str]:
    """Seasons (SU), quarters (Q1) and halves (H2) of a year; the year may come from the anchor."""
    if year is None:
        if anchor is None or anchor.year is None:
            return f"XXXX-{part}"
        year = anchor.year
    return f"{year:04d}-{part}"


def season_relative(
    code: str, offset: int, anchor: Optional[Anchor], direction: Optional[str] = None
) -> Optional[str]:
    """"cet été" (0: the nearest), "l'hiver dernier" (-1), "le printemps prochain" (+1).

    With a `direction` ("annoncé au printemps": past), offset 0 takes the nearest season
    on that side, the current one included.

    A winter carries the year it starts in (2018-WI runs from December 2018).
    """
    if anchor is None or anchor.year is None:
        return None
    order = ["SP", "SU", "FA", "WI"]
    month = anchor.month
    if month in (1, 2):
        current = (anchor.year - 1) * 4 + 3
    else:
        current = anchor.year * 4 + (0 if month <= 5 else 1 if month <= 8 else 2 if month <= 11 else 3)
    target = order.index(code)
    same_cycle = [i for i in range(current - 4, current + 5) if i % 4 == target]
    if offset < 0:
        index = max(i for i in same_cycle if i < current)
    elif offset > 0:
        index = min(i for i in same_cycle if i > current)
    elif direction == "past":
        index = max(i for i in same_cycle if i <= current)
    elif direction == "future":
        index = min(i for i in same_cycle if i >= current)
    else:
        index = min(same_cycle, key=lambda i: (abs(i - current), i > current))
    return f"{index // 4:04d}-{code}"


def weekend(anchor: Optional[Anchor], direction: Optional[str]) -> Optional[str]:
    """"au cours du week-end", "ce week-end": the weekend before (past), after (future) or nearest."""
    if anchor is None or anchor.year is None:
        return None
    base = anchor.date
    weekday = base.isoweekday()
    if weekday >= 6:
        day = base
    else:
        before = base - dt.timedelta(days=weekday + 1)  # last Sunday
        after = base + dt.timedelta(days=6 - weekday)  # next Saturday
        if direction == "past":
            day = before
        elif direction == "future":
            day = after
        else:
            day = before if (base - before) <= (after - base) else after
    return format_week(day) + "-WE"


# --- bounds ---------------------------------------------------------------------------

_PARTS = {
    "SP": (3, 20, 6, 20), "SU": (6, 21, 9, 22), "FA": (9, 23, 12, 20), "WI": (12, 21, 3, 19),
    "Q1": (1, 1, 3, 31), "Q2": (4, 1, 6, 30), "Q3": (7, 1, 9, 30), "Q4": (10, 1, 12, 31),
    "H1": (1, 1, 6, 30), "H2": (7, 1, 12, 31),
}  # fmt: skip


def bounds(value: Optional[str]) -> Optional[Tuple[dt.date, dt.date]]:
    """First and last day covered by a TIMEX3 date value (or interval); None when not a dated period."""
    if not value or value.startswith("P") or "X" in value.split("/")[0][:4]:
        return None
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = bounds(first), bounds(last)
        return (a[0], b[1]) if a and b else None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{3}", value):
            return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", value):
            return dt.date(max(1, int(value) * 100), 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            if m.group(3):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
        if m:
            year = int(m.group(1))
            m1, d1, m2, d2 = _PARTS[m.group(2)]
            return dt.date(year, m1, d1), dt.date(year + (1 if m.group(2) == "WI" else 0), m2, d2)
    except ValueError:
        return None
    return None


def plain(attrs: Dict[str, Any]) -> Dict[str, Any]:
    """Drop None values so that attrs stay small in JSON records."""
    return {k: v for k, v in attrs.items() if v is not None}
