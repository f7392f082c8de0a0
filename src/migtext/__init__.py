"""migtext: countries, organisations, people, dates and legal instruments in French
migration news, linked to ISO 3166, UN M49, UN acronyms, TIMEX3 and treaty ids.

    >>> import migtext
    >>> nlp = migtext.load()
    >>> doc = migtext.annotate("L'OIM a publié son rapport.", date="2024-03-12", nlp=nlp)

The package is laid out by kind of entity (`page`, `countries`, `organisations`,
`people`, `dates`, `instruments`) over a shared `core`, with `pipeline` (load, records,
corpora, CLI) and `analysis` (tables, plots, display) on top.  The public names below
are imported on first use, so `import migtext.countries` does not import spaCy.
"""

from __future__ import annotations

from migtext.core.errors import GoldFormatError, InputError, MigtextError
from migtext.core.lazy import lazy_attributes

__version__ = "0.1.0"

__getattr__ = lazy_attributes(
    __name__,
    {
        "annotate": "migtext.pipeline.language",
        "annotate_many": "migtext.pipeline.language",
        "load": "migtext.pipeline.language",
        "make_doc": "migtext.pipeline.language",
        "doc_to_record": "migtext.pipeline.records",
        "to_dataframe": "migtext.pipeline.records",
        "figures_table": "migtext.pipeline.records",
        "display": "migtext.analysis.display",
    },
)

__all__ = [
    "GoldFormatError",
    "InputError",
    "MigtextError",
    "annotate",
    "annotate_many",
    "display",
    "doc_to_record",
    "figures_table",
    "load",
    "make_doc",
    "to_dataframe",
]
