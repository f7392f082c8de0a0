"""Dates: grammar, TIMEX3 values and datelines.

- `grammar.find_dates(text)` finds French time expressions (pure Python, exact offsets);
  `grammar.value_of(found, anchor, direction)` gives each its TIMEX3 value.
- `dateline.find_dateline(text)` reads the document's own date from its header.
- `tense.direction_at(doc, start, end)` says whether a relative date points back or ahead.
- `values.DateValue` is what `span._.date` returns (value, type, mod, bounds()).
- `component.DateRecognizer`: the `migtext_dates` component.
"""

from migtext.core.lazy import lazy_attributes
from migtext.dates.dateline import Dateline, find_dateline
from migtext.dates.grammar import Found, find_dates, value_of
from migtext.dates.timex import Anchor
from migtext.dates.values import DateValue

__getattr__ = lazy_attributes(__name__, {"DateRecognizer": "migtext.dates.component"})

__all__ = ["Anchor", "DateRecognizer", "DateValue", "Dateline", "Found", "find_dateline", "find_dates", "value_of"]
