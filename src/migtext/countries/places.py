"""World places for LOC mentions: GeoNames cities and the places migration news name.

Two tables: `places.csv.gz`, generated from GeoNames by `scripts/build_places_data.py`
(cities of 5,000 inhabitants or more, their French names and, for cities of 100,000 or
more, their Latin-script alternate names), and `places_curated.csv`, written by us:
camps, islands, border crossings, routes, seas and provinces that news about migration
name and GeoNames' cities file lacks; and the ISO 3166-2 subdivisions by their French
names (`pycountry`: départements, provinces, states, cantons).  Rows are kept as plain
columns (not one object per city) and the phrase index stores one small int per written
form, so the whole gazetteer costs a few tens of MB at most.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple, Union

from migtext.core.data import read_csv, read_word_list
from migtext.core.errors import DataError
from migtext.core.text import PhraseIndex, fold, phrase_key

CITIES_FILE = "places.csv.gz"
CURATED_FILE = "places_curated.csv"
STOPLIST_FILE = "places_stoplist.txt"
CURATED_KINDS = frozenset({"camp", "island", "border", "route", "sea", "region", "city"})

# How a written form names its place, best first: a place we listed by hand, a city's
# own or French name, one of GeoNames' alternate names (any language, less sure).
CURATED, NAME, ALTERNATE = 0, 1, 2
FORM_KINDS = ("curated", "name", "alternate")

# A city this large is named in the news as itself, so it needs less context.
BIG_CITY = 1_000_000


@dataclass(frozen=True)
class Place:
    """One place: its name, kind ("city", "camp", "island"...), where and how big."""

    name: str
    kind: str
    country: Optional[str]  # ISO 3166-1 alpha-3 of the country it is in
    population: Optional[int]
    geonameid: Optional[int]

    def attrs(self) -> Dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "population": self.population,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True)
class PlaceForm:
    """A gazetteer hit decoded: which place, and how the text names it."""

    place: Place
    form: str  # one of FORM_KINDS

    @property
    def big(self) -> bool:
        return (self.place.population or 0) >= BIG_CITY and self.form != "alternate"


class _Table:
    """The places as parallel columns; `row(i)` builds a Place on demand."""

    def __init__(self) -> None:
        self.names: List[str] = []
        self.kinds: List[str] = []
        self.countries: List[Optional[str]] = []
        self.populations = array("q")
        self.geonameids = array("q")

    def append(self, name: str, kind: str, country: Optional[str], population: int, geonameid: int) -> int:
        self.names.append(name)
        self.kinds.append(kind)
        self.countries.append(country)
        self.populations.append(population)
        self.geonameids.append(geonameid)
        return len(self.names) - 1

    def row(self, i: int) -> Place:
        population, geonameid = self.populations[i], self.geonameids[i]
        return Place(
            self.names[i],
            self.kinds[i],
            self.countries[i],
            population if population >= 0 else None,
            geonameid if geonameid >= 0 else None,
        )

    def __len__(self) -> int:
        return len(self.names)


@lru_cache(maxsize=1)
def stoplist() -> FrozenSet[str]:
    """Folded words that are town names somewhere but ordinary words (or labels) here."""
    return read_word_list(STOPLIST_FILE, fold)


@lru_cache(maxsize=1)
def _stop_words() -> FrozenSet[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # a word list, no pipeline loaded

    return frozenset(fold(w) for w in STOP_WORDS)


def is_blocked(form: str) -> bool:
    """True for a form that is a French stop word or on our stop list ("Mer", "Union")."""
    key = " ".join(phrase_key(form))
    return key in _stop_words() or key in stoplist()


@lru_cache(maxsize=1)
def _gazetteer() -> Tuple[_Table, PhraseIndex]:
    """The table and the index of every folded form with its best place: a listed
    place, then a name over an alternate name, then the largest city.  Names must start
    with a capital letter, except sea and lake names that start with their noun
    ("mer d'Andaman")."""
    table = _Table()
    best: Dict[str, Tuple[int, int, int]] = {}  # form -> (kind, -population, row)
    stop = _stop_words() | stoplist()

    def offer(form: str, row: int, kind: int) -> None:
        key = fold(form)
        if kind != CURATED and key in stop:
            return
        rank = (kind, -max(table.populations[row], 0), row)
        if key not in best or rank < best[key]:
            best[key] = rank

    seen_curated = set()
    for row in read_csv(CURATED_FILE):
        name, kind = row["name"].strip(), row["kind"].strip()
        if kind not in CURATED_KINDS or not name:
            raise DataError(f"{CURATED_FILE}: bad row {row}; kind is one of {sorted(CURATED_KINDS)}")
        if phrase_key(name) in seen_curated:
            raise DataError(f"{CURATED_FILE}: {name!r} is listed twice")
        seen_curated.add(phrase_key(name))
        country = _alpha3(row["country"].strip()) if row["country"].strip() else None
        offer(name, table.append(name, kind, country, -1, -1), CURATED)
    for row in read_csv(CITIES_FILE):
        i = table.append(row["name"], "city", row["country"], int(row["population"]), int(row["geonameid"]))
        offer(row["name"], i, NAME)
        for form in filter(None, row["french"].split("|")):
            offer(form, i, NAME)
        for form in filter(None, row["alternates"].split("|")):
            offer(form, i, ALTERNATE)
    for name, local, country in subdivisions():
        # after the cities, and of no size: a city of the same name wins ("Vienne" is Austria's
        # capital, not the French department), as a place we listed does
        i = table.append(name, "region", country, 0, -1)
        offer(name, i, NAME)
        if local != name:
            offer(local, i, ALTERNATE)
    index = PhraseIndex()
    for key, (kind, _, row) in best.items():
        lowercase_curated = kind == CURATED and not table.names[row][:1].isupper()
        index.add(key, _encode(row, kind), "any" if lowercase_curated else "capitalized")
    return table, index


# Words that make a subdivision's name generic when it has no other ("Nord", "Centre", "Lac",
# "Nord-Ouest", "Extrême-Nord", "Western"): news use them for other things, places.py leaves them out.
SUBDIVISION_GENERIC_FILE = "places_subdivision_generic.txt"


@lru_cache(maxsize=1)
def subdivisions() -> Tuple[Tuple[str, str, str], ...]:
    """(French name, local name, ISO alpha-3 of the country) of the ISO 3166-2 subdivisions
    that `pycountry` lists with their French names (its gettext catalogue): départements
    and régions, provinces, states, cantons, wilayas.  Left out: names made only of generic
    words, names that are countries ("Géorgie" is also a US state) and parts that ISO
    codes as countries (Mayotte, Guadeloupe)."""
    import gettext

    import pycountry

    from migtext.countries.kb import countries, folded_key, name_table, place_names

    try:
        french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # a pycountry without its catalogues: local names only
        french = str
    generic = read_word_list(SUBDIVISION_GENERIC_FILE, fold)
    by_alpha2 = {c.alpha2: c.alpha3 for c in countries().values()}
    known = set(name_table()) | {folded_key(p.surface) for p in place_names()}  # countries, regions ("Sahel")
    out = []
    for sub in pycountry.subdivisions:
        country = by_alpha2.get(sub.country_code)
        if country is None:
            continue
        local = re.sub(r"\s*[(\[].*", "", sub.name).strip()
        name = re.sub(r"\s*[(\[].*", "", french(sub.name)).strip()
        if not name or not name[:1].isupper() or folded_key(name) in known or folded_key(local) in known:
            continue
        if set(phrase_key(name)) <= generic or len(fold(name)) <= 3:
            continue  # "Nord-Ouest", "Unité", "Delta"; "Ba", "Mon", "Tak"
        out.append((name, local if not set(phrase_key(local)) <= generic else name, country))
    return tuple(out)


FEATURES_FILE = "place_features.csv"
FEATURE_KINDS = frozenset({"name", "place", "area"})


@lru_cache(maxsize=1)
def features() -> Dict[str, str]:
    """Folded lowercase nouns before a capitalised name, with what they make of it:
    "name" when the noun is part of the name ("lac Tchad", "rue de Paris"), "place" when
    only the name is marked, as for a port or a camp ("aéroport Montréal-Trudeau"), "area"
    for an administrative area named after "de" ("canton de Vaud", "État de Borno")."""
    out: Dict[str, str] = {}
    for row in read_csv(FEATURES_FILE):
        key, kind = fold(row["word"].strip()), row["kind"].strip()
        if kind not in FEATURE_KINDS or not key or " " in key:
            raise DataError(f"{FEATURES_FILE}: bad row {row}; kind is one of {sorted(FEATURE_KINDS)}")
        if key in out:
            raise DataError(f"{FEATURES_FILE}: {key!r} is listed twice")
        out[key] = kind
    return out


@cache
def _alpha3(alpha2: str) -> str:
    from migtext.countries.kb import countries

    for country in countries().values():
        if country.alpha2 == alpha2:
            return country.alpha3
    raise DataError(f"{CURATED_FILE}: unknown country code {alpha2!r} (use ISO 3166-1 alpha-2)")


def _encode(row: int, kind: int) -> int:
    return row * 4 + kind


@lru_cache(maxsize=4096)
def decode(payload: int) -> PlaceForm:
    """The place and form kind behind a PhraseIndex payload (cached: news name the same
    cities again and again, and a PlaceForm is immutable)."""
    return PlaceForm(_gazetteer()[0].row(payload // 4), FORM_KINDS[payload % 4])


def place_index() -> PhraseIndex:
    """Every form once, with its best place as an int payload (see `decode`)."""
    return _gazetteer()[1]


# A name's letters and digits, folded: names with the same phrase key have the same
# signature ("Saint-Louis", "Saint Louis": "saintlouis"), and "|" joins names in one string.
_NOT_IN_SIGNATURE = re.compile(r"[^\w|]|_")


@lru_cache(maxsize=1)
def _rows_by_signature() -> Dict[str, Union[int, Tuple[int, ...]]]:
    """Every place name's row (a tuple where names share a signature), by signature.

    Folded and filtered in one pass over all names joined: 0.07 s where a phrase key per
    name took 0.5 s and a frozenset per name weighed on the garbage collector."""
    names = _gazetteer()[0].names
    signatures = _NOT_IN_SIGNATURE.sub("", fold("|".join(names))).split("|")
    if len(signatures) != len(names):
        raise DataError(f"{CITIES_FILE}: a place name holds '|'")
    out: Dict[str, Union[int, Tuple[int, ...]]] = {}
    for row, signature in enumerate(signatures):
        seen = out.get(signature)
        out[signature] = row if seen is None else (*(seen if isinstance(seen, tuple) else (seen,)), row)
    return out


def countries_named(name: str) -> FrozenSet[Optional[str]]:
    """The countries that have a place of this name ("Saint-Louis": SEN, FRA, REU):
    where there are several, news tell them apart ("Saint-Louis du Sénégal").
    The signatures are built on first use only: few texts need them."""
    rows = _rows_by_signature().get(_NOT_IN_SIGNATURE.sub("", fold(name)), ())
    table, key = _gazetteer()[0], phrase_key(name)
    return frozenset(
        table.countries[row] for row in (rows if isinstance(rows, tuple) else (rows,))
        if phrase_key(table.names[row]) == key
    )


def lookup(name: str) -> Optional[PlaceForm]:
    """The place a name (any case or accents, without its article) stands for, or None.

    >>> lookup("Katmandou").place.name
    'Kathmandu'
    """
    found = place_index().get(name)
    return decode(found[0]) if found else None


def size() -> int:
    """Number of places in the gazetteer."""
    return len(_gazetteer()[0])


# Where a name of several words that the base model calls a person's is a place: after
# "à", "vers", "depuis" ("à Am Dafok", "vers Dolo Ado"), or after "de" that follows a place's
# noun ("les districts de Tahtay Adiabo", "le camp de transit de Landi Kotal"); "la chute de
# Mouammar Kadhafi" keeps its person.
_TO_A_PLACE_RE = re.compile(r"(?:^|\s)(?i:à|a|au|aux|vers|depuis|jusqu'à|jusqu’à)\s+$")
_OF_RE = re.compile(r"(?:^|\s)(?i:de|des|du|et de)\s+$|(?:^|\s)(?i:d)['’]$")
_PLACE_NOUN_REACH = 4  # words between a place's noun and "de": "points d'entrée d'Adré et de"
# Nouns of a site only: not the places component's wider PLACE_NOUNS, whose movement words
# ("le retour de", "l'arrivée de", "le départ de") also come before a person's name.
_SITE_NOUNS = frozenset(
    "site sites camp camps poste postes point points passage centre centres localite localites district districts "
    "village villages entree port quartier commune region province zone ville prefecture sous-prefecture".split()
)


def after_place_words(text: str, start: int) -> bool:
    """Whether a name at `start` follows "à", "vers", "depuis", or "de" after a place's noun:
    where a name of several words the base model calls a person's is a place."""
    before = text[max(0, start - 80) : start]
    if _TO_A_PLACE_RE.search(before):
        return True
    of = _OF_RE.search(before)
    if of is None:
        return False
    nouns = fold(before[: of.start()]).replace("'", " ").split()[-_PLACE_NOUN_REACH:]
    return any(noun in _SITE_NOUNS for noun in nouns)
