"""Countries, nationalities and world regions: the knowledge base, without spaCy.

Loads the generated ISO table (`countries.csv`, from pycountry), the curated French
forms (`country_aliases.csv`, `demonyms.csv`) and the UN M49 tables (`regions.*`), checks
them once, and answers exact and fuzzy look-ups on folded names.  Everything is cached
per process: the component and `migtext.countries.conversion.lookup` share the same tables.

The look-up API reads more than running text does (the last section of this module):
catalogue names in any order ("Iran, Islamic Rep."), English and former names, ISO
codes old and new (`countries.forms.csv`, `country_lookup.csv`, `country_words.csv`).
Those tables never reach the component, so what is found in news text does not change
when a dataset's spelling is added.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any, Dict, FrozenSet, Iterator, List, Optional, Tuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from migtext.core.data import read_csv, read_word_list
from migtext.core.errors import DataError
from migtext.core.text import fold, phrase_key

# Alias kinds of country_aliases.csv; "lookup" forms are too ambiguous in running text
# ("Réunion" starts many sentences) but fine in a column of country names.
ALIAS_KINDS = ("short", "news", "old", "acronym", "foreign", "misspelling", "lookup", "periphrasis", "nickname")
# "periphrasis" ("État hébreu", "royaume chérifien") and "nickname" ("Grande Île") are
# written in any case but with their own capitals; a nickname needs its country named
# elsewhere in the document.
PERIPHRASES = ("periphrasis", "nickname")
SCORES = {"exact": 1.0, "alias": 0.95, "acronym": 0.9}


@dataclass(frozen=True)
class Country:
    """One ISO 3166-1 entry (or a former state of ISO 3166-3) with its M49 place."""

    alpha3: str
    alpha2: str
    numeric: str
    name_fr: str  # official French name
    short_name_fr: str  # the name French news use
    name_en: str
    official_name_en: str
    former: bool
    m49_region: Optional[str]
    m49_region_name: Optional[str]
    m49_subregion: Optional[str]
    m49_subregion_name: Optional[str]
    m49_intermediate: Optional[str]
    m49_intermediate_name: Optional[str]

    def attrs(self) -> Dict[str, Any]:
        """Plain values for `span._.attrs` and JSON."""
        return asdict(self)


@dataclass(frozen=True)
class Region:
    """A UN M49 region, or a grouping news use that has no M49 code (`code` None)."""

    code: Optional[str]
    name_fr: str
    name_en: Optional[str]
    parent: Optional[str]

    def attrs(self) -> Dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Demonym:
    """One written form of a nationality: gender "Masc"/"Fem" and number "Sing"/"Plur",
    None where the form is shared ("suisse" is both genders, "français" both numbers)."""

    alpha3: str
    form: str
    gender: Optional[str]
    number: Optional[str]
    primary: bool  # from the country's first (usual) demonym, not a variant ("azéri")


@dataclass(frozen=True)
class CountryName:
    """A written form of a country: `method` is "exact" for its ISO French names."""

    surface: str
    alpha3: str
    method: str
    kind: str  # official, short, news, old, acronym, foreign, lookup, english


@dataclass(frozen=True)
class PlaceName:
    """A region name (label REGION, M49 code or None) or a place that contains a
    country's name but is not the country ("golfe de Guinée": label LOC)."""

    surface: str
    label: str
    code: Optional[str]


@lru_cache(maxsize=100_000)  # the same names recur from document to document
def folded_key(text: str) -> str:
    """The folded words of `text` joined by spaces: "l’Égypte" and "L'EGYPTE" agree."""
    return " ".join(phrase_key(text))


@cache
def regions() -> Dict[str, Region]:
    """M49 regions by code."""
    out: Dict[str, Region] = {}
    for row in read_csv("regions.csv"):
        code = row["code"]
        if len(code) != 3 or not code.isdigit() or code in out:
            raise DataError(f"regions.csv: bad or duplicate M49 code {code!r}")
        out[code] = Region(code, row["name_fr"], row["name_en"], row["parent"] or None)
    for region in out.values():
        if region.parent is not None and region.parent not in out:
            raise DataError(f"regions.csv: {region.code} has unknown parent {region.parent!r}")
    return out


def _region_fields(code: str) -> Tuple[Optional[str], ...]:
    """(region, subregion, intermediate) codes, each with its French name, for a leaf code."""
    table = regions()
    chain = []
    while code and code != "001":
        if code not in table:
            raise DataError(f"regions.members.csv: unknown M49 code {code!r}")
        chain.append(code)
        code = table[code].parent or ""
    chain.reverse()  # continent first
    chain += [None] * (3 - len(chain))
    out: List[Optional[str]] = []
    for c in chain[:3]:
        out += [c, table[c].name_fr if c else None]
    return tuple(out)


@cache
def countries() -> Dict[str, Country]:
    """Every country by alpha-3: ISO 3166-1 plus former states (SUN, YUG, CSK, SCG...)."""
    members = {}
    for row in read_csv("regions.members.csv"):
        if row["alpha3"] in members:
            raise DataError(f"regions.members.csv: {row['alpha3']} listed twice")
        members[row["alpha3"]] = row["intermediate_region"] or row["subregion"]
    short = {}
    for row in read_csv("country_aliases.csv"):
        if row["kind"] == "short":
            if row["alpha3"] in short:
                raise DataError(f"country_aliases.csv: two short names for {row['alpha3']}")
            short[row["alpha3"]] = row["alias"]
    out: Dict[str, Country] = {}
    for row in read_csv("countries.csv"):
        alpha3 = row["alpha3"]
        region = _region_fields(members[alpha3]) if alpha3 in members else (None,) * 6
        out[alpha3] = Country(
            alpha3=alpha3,
            alpha2=row["alpha2"],
            numeric=row["numeric"],
            name_fr=row["official_name_fr"] or row["name_fr"],
            short_name_fr=short.get(alpha3, row["name_fr"]),
            name_en=row["name_en"],
            official_name_en=row["official_name_en"],
            former=row["former"] == "1",
            m49_region=region[0],
            m49_region_name=region[1],
            m49_subregion=region[2],
            m49_subregion_name=region[3],
            m49_intermediate=region[4],
            m49_intermediate_name=region[5],
        )
    unknown = (set(members) | set(short)) - set(out)
    if unknown:
        raise DataError(f"country data names unknown alpha-3 codes {sorted(unknown)}")
    return out


def country(alpha3: str) -> Country:
    """The record of an alpha-3 code; KeyError names the code."""
    try:
        return countries()[alpha3]
    except KeyError:
        raise KeyError(f"no country with alpha-3 code {alpha3!r}") from None


@cache
def _country_attrs(alpha3: str) -> Dict[str, Any]:
    return country(alpha3).attrs()


def country_attrs(alpha3: str) -> Dict[str, Any]:
    """A fresh copy of a country's attributes (built once per country: `asdict` is slow)."""
    return dict(_country_attrs(alpha3))


def _usable_name(name: str) -> bool:
    """pycountry names with parentheses or commas are catalogue forms, not running text."""
    return bool(name) and "(" not in name and "," not in name


@cache
def country_names() -> Tuple[CountryName, ...]:
    """Every French form of every country, checked: one folded form, one country."""
    names: List[CountryName] = []
    for row in read_csv("countries.csv"):
        for col in ("name_fr", "official_name_fr"):
            if _usable_name(row[col]):
                names.append(CountryName(row[col], row["alpha3"], "exact", "official"))
    for row in read_csv("country_aliases.csv"):
        if row["kind"] not in ALIAS_KINDS:
            raise DataError(f"country_aliases.csv: unknown kind {row['kind']!r} for {row['alias']!r}")
        method = "exact" if row["kind"] == "short" else "alias"
        names.append(CountryName(row["alias"], row["alpha3"], method, row["kind"]))
    seen: Dict[str, CountryName] = {}
    unique: List[CountryName] = []
    for name in names:
        key = folded_key(name.surface)
        if key in seen:
            if seen[key].alpha3 != name.alpha3:
                raise DataError(
                    f"country name {name.surface!r} means both {seen[key].alpha3} and {name.alpha3}: fix the data"
                )
            if seen[key].surface == name.surface or name.method == "alias":
                continue  # same form listed again (e.g. a short name equal to pycountry's)
        seen[key] = name
        unique.append(name)
    known = countries()
    missing = {n.alpha3 for n in unique} - set(known)
    if missing:
        raise DataError(f"country_aliases.csv names unknown alpha-3 codes {sorted(missing)}")
    return tuple(unique)


def _forms(masc_sg: str, fem_sg: str, masc_pl: str, fem_pl: str) -> List[Tuple[str, Optional[str], Optional[str]]]:
    """The distinct forms with their gender and number; shared forms get None."""
    cells = [(masc_sg, "Masc", "Sing"), (fem_sg, "Fem", "Sing"), (masc_pl, "Masc", "Plur"), (fem_pl, "Fem", "Plur")]
    out = []
    for form in dict.fromkeys(c[0] for c in cells):
        genders = {g for f, g, _ in cells if f == form}
        numbers = {n for f, _, n in cells if f == form}
        out.append((form, genders.pop() if len(genders) == 1 else None, numbers.pop() if len(numbers) == 1 else None))
    return out


@cache
def demonyms() -> Tuple[Demonym, ...]:
    """Every nationality form (lowercase, as adjectives are written)."""
    known = countries()
    out: List[Demonym] = []
    owner: Dict[str, str] = {}
    firsts = set()
    for row in read_csv("demonyms.csv"):
        primary = row["alpha3"] not in firsts
        firsts.add(row["alpha3"])
        if row["alpha3"] not in known:
            raise DataError(f"demonyms.csv: unknown alpha-3 {row['alpha3']!r}")
        for form, gender, number in _forms(row["masc_sg"], row["fem_sg"], row["masc_pl"], row["fem_pl"]):
            key = folded_key(form)
            if owner.get(key, row["alpha3"]) != row["alpha3"]:
                raise DataError(f"demonym {form!r} means both {owner[key]} and {row['alpha3']}: fix demonyms.csv")
            owner[key] = row["alpha3"]
            out.append(Demonym(row["alpha3"], form, gender, number, primary))
    return tuple(out)


@cache
def shared_demonyms() -> Dict[str, Tuple[str, ...]]:
    """Folded forms of a demonym two countries share ("congolais": COD, COG) -> the other
    countries it may name; the place after it decides ("les Congolais de Brazzaville")."""
    table = countries()
    rows = {(row["alpha3"], folded_key(row["masc_sg"])): row for row in read_csv("demonyms.csv")}
    out: Dict[str, Tuple[str, ...]] = {}
    for row in read_csv("demonyms_shared.csv"):
        also = tuple(a for a in row["also"].split("|") if a)
        demonym = rows.get((row["alpha3"], folded_key(row["demonym"])))
        if demonym is None or not also or any(a not in table for a in also):
            raise DataError(f"demonyms_shared.csv: bad row {row} (the demonym must be a row of demonyms.csv)")
        for form, _, _ in _forms(demonym["masc_sg"], demonym["fem_sg"], demonym["masc_pl"], demonym["fem_pl"]):
            out[folded_key(form)] = also
    return out


@cache
def languages() -> FrozenSet[str]:
    """Folded language names that are also a nationality adjective ("français", "turc")."""
    return read_word_list("languages.txt", folded_key)


@cache
def generic_place_nouns() -> FrozenSet[str]:
    """Folded common nouns of geography and politics ("royaume", "bassin") that a
    capital at a sentence start does not make a place name."""
    return read_word_list("place_generic_nouns.txt", folded_key)


@cache
def peoples() -> FrozenSet[str]:
    """Folded names of peoples without a state ("rohingyas", "hazaras"): no place, no nationality."""
    return read_word_list("peoples.txt", folded_key)


@cache
def place_names() -> Tuple[PlaceName, ...]:
    """M49 region names, groupings without a code, and places that are not countries."""
    table = regions()
    out = [PlaceName(r.name_fr, "REGION", r.code) for r in table.values() if r.code != "001"]
    seen = {folded_key(p.surface): p for p in out}
    for row in read_csv("regions.aliases.csv"):
        kind, code = row["kind"], row["code"] or None
        if kind not in ("region", "grouping", "place") or (code is not None and code not in table):
            raise DataError(f"regions.aliases.csv: bad row {row}")
        place = PlaceName(row["name"], "LOC" if kind == "place" else "REGION", code)
        key = folded_key(place.surface)
        if key in seen:
            if (seen[key].label, seen[key].code) != (place.label, place.code):
                raise DataError(f"region name {place.surface!r} is listed with two meanings")
            continue
        seen[key] = place
        out.append(place)
    return tuple(out)


def _known_entries() -> List[Tuple[str, str, str]]:
    """(surface, alpha3, method) of the names running text knows, later entries
    winning: English names, then demonyms, then the French names."""
    out = []
    for c in countries().values():
        for name in (c.official_name_en, c.name_en):
            if _usable_name(name):
                out.append((name, c.alpha3, "alias"))
    out += [(d.form, d.alpha3, "alias") for d in demonyms()]
    out += [(n.surface, n.alpha3, n.method) for n in country_names()]
    return out


@cache
def name_table() -> Dict[str, Tuple[str, str]]:
    """Folded name (`folded_key`) -> (alpha3, method): what `fuzzy_country` leaves alone
    as already known.  (The look-up API has its own, larger tables: `lookup_names`.)"""
    return {folded_key(surface): (alpha3, method) for surface, alpha3, method in _known_entries()}


@cache
def regional_demonyms() -> FrozenSet[str]:
    """Folded adjectives of world regions ("centraméricains", "sahélien"): not nationalities."""
    return read_word_list("regional_demonyms.txt", folded_key)


@cache
def non_country_keys() -> frozenset:
    """Folded names known to be something else (regions, seas, the adjectives of regions):
    never fuzzed to a country ("Centraméricains" is not a misspelt "Centrafricains")."""
    return frozenset(folded_key(p.surface) for p in place_names()) | regional_demonyms()


@cache
def _fuzzy_choices() -> Dict[str, Tuple[List[str], List[str]]]:
    """Fuzzy anchors by first letter (a misspelling keeps its first letter: "Mali" and
    "Bali" never meet).  French country names only: an English name is no anchor for a
    French misspelling ("Cartagena de Indias" is not India)."""
    pairs = [(folded_key(n.surface), n.alpha3) for n in country_names() if n.kind != "acronym"]
    # "Malie" is as close to "malien" as to "Malte": demonyms make such names ambiguous (their
    # codes are marked with a "*": a word nearest to a demonym alone names no country)
    pairs += [(folded_key(d.form), d.alpha3 + "*") for d in demonyms()]
    out: Dict[str, Tuple[List[str], List[str]]] = {}
    for key, alpha3 in pairs:
        keys, codes = out.setdefault(key[:1], ([], []))
        keys.append(key)
        codes.append(alpha3)
    return out


def max_edits(length: int) -> int:
    """Edits allowed for a misspelling: none under 6 letters (Mali/Bali, Samoa/Samos),
    one up to 7 (Tunisie/Tunisiee), two from 8 (Mozambic, Afganisthan)."""
    if length < 6:
        return 0
    return 1 if length < 8 else 2


def fuzzy_country(key: str) -> Optional[Tuple[str, float]]:
    """(alpha3, score) for a misspelt folded name, or None when unsure.

    Optimal-string-alignment distance (a swap counts once: "Lybie"), same first letter,
    and one country only at the best distance: "Guinee Bisau" is Guinea-Bissau, but a
    name as close to two countries is left alone.
    """
    limit = max_edits(len(key))
    if limit == 0 or key in non_country_keys() or key in name_table():
        return None
    keys, codes = _fuzzy_choices().get(key[:1], ((), ()))
    hits = process.extract(key, keys, scorer=OSA.distance, score_cutoff=limit, limit=8)
    if not hits:
        return None
    best = min(h[1] for h in hits)
    nearest = [codes[i] for _, d, i in hits if d == best]
    winners = {code.rstrip("*") for code in nearest}
    if len(winners) != 1 or all(code.endswith("*") for code in nearest):
        return None  # two countries as near, or only a demonym ("Équatoria" is no "équatorien")
    return winners.pop(), round(max(0.5, 0.9 - 0.1 * best), 4)


# ---- the look-up API's tables (research code and columns, never running text) ------

# Kinds of country_lookup.csv: names of a country, names that fit several ("Korea"), and
# names that are no country of ISO 3166-1 (a part of one, an organisation, Kosovo).
LOOKUP_KINDS = ("common", "catalogue", "acronym", "former", "ambiguous", "part", "not_country")
_FORMER = ("former", "former_name", "former_short_name")
_FRENCH_SOURCES = {
    "official": "French ISO name",
    "short": "usual French name",
    "news": "French name",
    "old": "former French name",
    "acronym": "French acronym",
    "foreign": "name used in French",
    "misspelling": "frequent misspelling",
    "lookup": "French name",
    "periphrasis": "French periphrasis",
}


@dataclass(frozen=True)
class LookupName:
    """A name the look-up API accepts: the countries it fits (more than one when it is
    ambiguous, "Korea"), its `method` ("exact" for ISO and official names, "alias"
    otherwise) and where it comes from, for `lookup(..., explain=True)`."""

    surface: str
    codes: Tuple[str, ...]
    method: str
    source: str


@dataclass(frozen=True)
class NotCountry:
    """A name known to be no country: a region, a part of a country, an organisation."""

    surface: str
    reason: str


@cache
def name_words() -> Dict[str, Tuple[str, ...]]:
    """`country_words.csv`: a folded word of a name -> the words it stands for ("rep" ->
    "republic", "rd" -> "republic democratic", "the" -> nothing)."""
    out: Dict[str, Tuple[str, ...]] = {}
    for row in read_csv("country_words.csv"):
        word = row["word"]
        if not word or word != fold(word).strip() or " " in word or word in out:
            raise DataError(f"country_words.csv: {word!r} is not a folded word or is listed twice")
        out[word] = tuple(row["means"].split())
    return out


_NAME_WORD = re.compile(r"[^\W_]+\.?")
_DOTTED = re.compile(r"(?<![^\W_])(?:[^\W\d_]\.){2,}")  # "u.s.", "r.d.c.": one acronym


def name_tokens(text: str) -> Tuple[str, ...]:
    """The words of a country name in order, as the look-up compares them: folded,
    abbreviations spelt out and French and English descriptors made one ("Rép." and
    "Republic" are "republic"), articles and "of" dropped.

    >>> name_tokens("Congo, Dem. Rep. of the")
    ('congo', 'democratic', 'republic')
    """
    folded = _DOTTED.sub(lambda m: m.group().replace(".", "") + " ", fold(text))
    table = name_words()
    out: List[str] = []
    for m in _NAME_WORD.finditer(folded):
        word = m.group()
        means = table.get(word)  # "s." (South) before "s" (the 's of People's)
        if means is None:
            word = word.rstrip(".")
            means = table.get(word, (word,))
        out.extend(means)
    return tuple(out)


def name_key(text: str) -> Tuple[str, ...]:
    """The order-free key of a name: its distinct words sorted, so that catalogue forms
    in any order agree ("Iran, Islamic Rep." and "Islamic Republic of Iran")."""
    return tuple(sorted(set(name_tokens(text))))


def _lookup_rows() -> Iterator[Tuple[str, str, str, str, int]]:
    """(surface, alpha3, method, source, rank) of every name the look-up knows; rank 0
    for current names, 1 for former ones, which never override a current name."""
    for n in country_names():
        if n.kind == "nickname":
            continue  # "la Grande Île" names a country only where the text names it too
        yield n.surface, n.alpha3, n.method, _FRENCH_SOURCES[n.kind], 0
    for d in demonyms():
        yield d.form, d.alpha3, "alias", "French nationality", 0
    for row in read_csv("countries.forms.csv"):
        kind = row["kind"]
        if kind.startswith("former_") and kind not in _FORMER:
            continue  # a former code: see code_table()
        rank = int(kind in _FORMER)
        method = "alias" if rank else "exact"
        source = f"ISO 3166-{3 if rank else 1} {kind.replace('_', ' ')} ({row['lang']}, pycountry)"
        yield row["form"], row["alpha3"], method, source, rank
    for row in read_csv("country_lookup.csv"):
        if row["kind"] not in LOOKUP_KINDS:
            raise DataError(f"country_lookup.csv: unknown kind {row['kind']!r} for {row['form']!r}")
        if row["kind"] not in ("part", "not_country"):
            rank = int(row["kind"] == "former")
            yield row["form"], row["alpha3"], "alias", f"{row['kind']} name (country_lookup.csv)", rank


@cache
def lookup_names() -> Dict[Tuple[str, ...], LookupName]:
    """`name_key` -> the name it stands for, every source merged and checked.

    A key that two sources give to different countries is a data error, unless every
    row says so (kind "ambiguous" in `country_lookup.csv`, or a former name of a
    territory that was split: "Gilbert and Ellice Islands"); a former name never
    overrides a current one.
    """
    known = countries()
    groups: Dict[Tuple[str, ...], List[Tuple[str, str, str, str, int]]] = {}
    ambiguous = {name_key(r["form"]) for r in read_csv("country_lookup.csv") if r["kind"] == "ambiguous"}
    for row in _lookup_rows():
        if row[1] not in known:
            raise DataError(f"country name {row[0]!r} names unknown alpha-3 code {row[1]!r}")
        key = name_key(row[0])
        if key:
            groups.setdefault(key, []).append(row)
    out: Dict[Tuple[str, ...], LookupName] = {}
    for key, rows in groups.items():
        rank = min(r[4] for r in rows)
        rows = [r for r in rows if r[4] == rank]
        codes = tuple(sorted({r[1] for r in rows}))
        if len(codes) > 1 and key not in ambiguous and not all(r[3].startswith("ISO 3166-3") for r in rows):
            forms = sorted({f"{r[0]!r} ({r[1]}, {r[3]})" for r in rows})
            raise DataError(
                f"country names {', '.join(forms)} agree once folded: list them as ambiguous or fix the data"
            )
        first = min(rows, key=lambda r: r[2] != "exact")  # an ISO or official name first
        out[key] = LookupName(first[0], codes, first[2], first[3])
    return out


@cache
def name_keys_of() -> Dict[str, Tuple[FrozenSet[str], ...]]:
    """alpha-3 -> the words of each of its names, to tell whether a word names it:
    "Congo" is in a name of COD ("République démocratique du Congo")."""
    out: Dict[str, List[FrozenSet[str]]] = {}
    for key, entry in lookup_names().items():
        for code in entry.codes:
            out.setdefault(code, []).append(frozenset(key))
    return {code: tuple(keys) for code, keys in out.items()}


_QUICK = str.maketrans({"'": " ", "-": " "})


def quick_key(text: str) -> str:
    """A cheaper key than `name_key` (no word splitting): the look-up tries it first, so
    a clean column of listed names costs one `str.translate` and a dict look-up."""
    return " ".join(fold(text).translate(_QUICK).split())


@cache
def quick_names() -> Dict[str, LookupName]:
    """`quick_key` of every listed form -> its name, for the names that fit one country."""
    names = lookup_names()
    out = {}
    for surface, *_ in _lookup_rows():
        entry = names.get(name_key(surface))
        if entry is not None and len(entry.codes) == 1:
            out[quick_key(surface)] = entry
    return out


@cache
def not_countries() -> Dict[Tuple[str, ...], NotCountry]:
    """`name_key` -> why a known name is no country: M49 regions (French and English),
    the groupings and places of `regions.aliases.csv`, and the parts of countries and
    other names of `country_lookup.csv`.  A name that is also a country's is an error."""
    out: Dict[Tuple[str, ...], NotCountry] = {}

    def add(surface: str, reason: str) -> None:
        key = name_key(surface)
        if key in lookup_names():
            raise DataError(f"{surface!r} is both a country's name and {reason}: fix the data")
        out.setdefault(key, NotCountry(surface, reason))

    for region in regions().values():
        for name in (region.name_fr, region.name_en):
            if name:
                add(name, f"a UN M49 region ({region.code}, {region.name_en}), not a country")
    for place in place_names():
        what = "a place" if place.label == "LOC" else "a region" + (f" (M49 {place.code})" if place.code else "")
        add(place.surface, f"{what}, not a country")
    for row in read_csv("country_lookup.csv"):
        note = f": {row['note']}" if row["note"] else ""
        if row["kind"] == "part":
            if row["alpha3"] not in countries():
                raise DataError(f"country_lookup.csv: {row['form']!r} is part of unknown country {row['alpha3']!r}")
            parent = country(row["alpha3"])
            add(row["form"], f"part of {parent.alpha3} ({parent.name_en}), not a country of ISO 3166-1{note}")
        elif row["kind"] == "not_country":
            add(row["form"], f"not a country{note}")
    return out


@cache
def code_table() -> Dict[str, Tuple[Tuple[str, ...], str]]:
    """ISO code (upper case; numeric on 3 digits) -> (alpha-3 codes, what the code is).

    ISO 3166-1 alpha-3, alpha-2 and numeric of every row of `countries.csv`, then the
    codes of ISO 3166-3 (`countries.forms.csv`) that no current code took: "GE" is
    Georgia, not the Gilbert and Ellice Islands it once was.  A code that two rows share
    ("CS": Czechoslovakia, then Serbia and Montenegro) fits both.
    """
    found: Dict[str, Dict[str, str]] = {}
    for c in countries().values():
        standard = "ISO 3166-3" if c.former else "ISO 3166-1"
        for kind, code in (("alpha-3", c.alpha3), ("alpha-2", c.alpha2), ("numeric", c.numeric)):
            if code:
                found.setdefault(code, {})[c.alpha3] = f"{standard} {kind} code"
    former: Dict[str, Dict[str, str]] = {}
    for row in read_csv("countries.forms.csv"):
        kind = row["kind"]
        if kind.startswith("former_") and kind not in _FORMER:
            code = row["form"]
            what = kind.replace("former_", "").replace("_", "-")
            former.setdefault(code, {})[row["alpha3"]] = f"ISO 3166-3 {what} code of a former country"
    for code, meanings in former.items():
        found.setdefault(code, meanings)
    return {code: (tuple(sorted(m)), next(iter(m.values()))) for code, m in found.items()}


@cache
def fuzzy_anchors() -> Dict[str, Tuple[List[str], List[Tuple[Optional[str], str]]]]:
    """The look-up's fuzzy anchors by first letter: every name's key (`name_key`, its
    words sorted, so that a misspelt catalogue form meets its name in any order) with
    its country (None for a name that is no country, so that a misspelt region is not
    read as a country) and the name as written."""
    out: Dict[str, Tuple[List[str], List[Tuple[Optional[str], str]]]] = {}
    for key, entry in lookup_names().items():
        if len(entry.codes) == 1:
            keys, payloads = out.setdefault(key[0][0], ([], []))
            keys.append(" ".join(key))
            payloads.append((entry.codes[0], entry.surface))
    for key, other in not_countries().items():
        keys, payloads = out.setdefault(key[0][0], ([], []))
        keys.append(" ".join(key))
        payloads.append((None, other.surface))
    return out
