"""Countries, nationalities, world regions and other places.

- `lookup(name)`, `convert(values, to=...)`, `lookup_many(names)`, `to_alpha3(names)`:
  country names and codes (French, English, catalogue forms, ISO codes old and new) to
  ISO 3166 codes and names, for research code and DataFrame columns, without spaCy
  (`conversion`); `lookup(name, explain=True)` says why a name was or was not found.
- `kb`: the ISO, M49, French-name and demonym tables, testable without spaCy.
- `places`: the offline gazetteer of towns, camps, seas and borders.
- `component.CountryRecognizer` (`migtext_countries`) and
  `places_component.PlaceRecognizer` (`migtext_places`): the spaCy components.
"""

from migtext.core.lazy import lazy_attributes
from migtext.countries.conversion import Country, Resolution, convert, lookup, lookup_many, to_alpha3

__getattr__ = lazy_attributes(
    __name__,
    {"CountryRecognizer": "migtext.countries.component", "PlaceRecognizer": "migtext.countries.places_component"},
)

__all__ = [
    "Country",
    "CountryRecognizer",
    "PlaceRecognizer",
    "Resolution",
    "convert",
    "lookup",
    "lookup_many",
    "to_alpha3",
]
