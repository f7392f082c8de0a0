"""migtext: countries, organisations, people, dates and legal instruments in French
migration news, linked to ISO 3166, UN M49, UN acronyms, TIMEX3 and treaty ids.

    >>> import migtext
    >>> nlp = migtext.load()
    >>> doc = migtext.annotate("L'OIM a publié son rapport.", date="2024-03-12", nlp=nlp)
"""

from __future__ import annotations

from migtext.display import display
from migtext.errors import GoldFormatError, InputError, MigtextError
from migtext.pipeline import annotate, annotate_many, load, make_doc
from migtext.records import doc_to_record, to_dataframe

__version__ = "0.1.0"

__all__ = [
    "GoldFormatError",
    "InputError",
    "MigtextError",
    "annotate",
    "annotate_many",
    "display",
    "doc_to_record",
    "load",
    "make_doc",
    "to_dataframe",
]
