"""Link country names to ISO 3166 without spaCy: for research code and DataFrame columns.

>>> from migtext.countries import lookup
>>> lookup("l'Égypte").alpha3
'EGY'
>>> lookup("Zaïre").alpha3
'COD'
>>> lookup("Atlantide") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, List, Optional

from migtext.countries.kb import Country, country, resolve_name

__all__ = ["Country", "lookup", "lookup_many", "to_alpha3"]


@lru_cache(maxsize=65536)
def _lookup(name: str, fuzzy: bool) -> Optional[Country]:
    hit = resolve_name(name, fuzzy=fuzzy)
    return None if hit is None else country(hit[0])


def lookup(name: Any, fuzzy: bool = True) -> Optional[Country]:
    """The country a name means ("la Corée du Sud", "RDC", "Birmanie", "Maliens"), or None.

    Articles, case, accents and apostrophe styles do not matter; with `fuzzy`, a
    misspelling close to exactly one country is accepted ("Afganistan").  Anything that
    is not a string (None, NaN) gives None, so a raw DataFrame column can be passed.
    """
    if not isinstance(name, str):
        return None
    return _lookup(name, fuzzy)


def lookup_many(names: Iterable[Any], fuzzy: bool = True) -> List[Optional[Country]]:
    """`lookup` for every name, in order (a list, a pandas Series...); each distinct
    name is resolved once."""
    return [lookup(name, fuzzy) for name in names]


def to_alpha3(names: Iterable[Any], fuzzy: bool = True) -> List[Optional[str]]:
    """Alpha-3 codes for a column of names: `df["iso3"] = to_alpha3(df["pays"])`."""
    return [None if c is None else c.alpha3 for c in lookup_many(names, fuzzy)]
