"""Legal instruments: conventions, protocols, compacts, EU law and national laws.

- `kb`: the instruments table (`instruments.jsonl`) and its groups.
- `titles.find_mentions(text)`: instrument mentions in a text, pure Python (with
  `references` for numbered and plural ones, `fuzzy` for reworded titles, `scan` shared).
- `component.InstrumentRecognizer`: the `migtext_instruments` component.
"""

from migtext.core.lazy import lazy_attributes
from migtext.instruments.kb import Instrument, InstrumentMention, attributes
from migtext.instruments.titles import find_mentions

__getattr__ = lazy_attributes(__name__, {"InstrumentRecognizer": "migtext.instruments.component"})

__all__ = ["Instrument", "InstrumentMention", "InstrumentRecognizer", "attributes", "find_mentions"]
