"""Countries, nationalities, world regions and other places.

- `lookup(name)`, `lookup_many(names)`, `to_alpha3(names)`: country names to ISO 3166
  for research code and DataFrame columns, without spaCy (`conversion`).
- `kb`: the ISO, M49, French-name and demonym tables, testable without spaCy.
- `places`: the offline gazetteer of towns, camps, seas and borders.
- `component.CountryRecognizer` (`migtext_countries`) and
  `places_component.PlaceRecognizer` (`migtext_places`): the spaCy components.
"""

from migtext.core.lazy import lazy_attributes
from migtext.countries.conversion import Country, lookup, lookup_many, to_alpha3

__getattr__ = lazy_attributes(
    __name__,
    {"CountryRecognizer": "migtext.countries.component", "PlaceRecognizer": "migtext.countries.places_component"},
)

__all__ = ["Country", "CountryRecognizer", "PlaceRecognizer", "lookup", "lookup_many", "to_alpha3"]
