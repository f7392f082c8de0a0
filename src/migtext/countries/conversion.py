"""Country names and codes to ISO 3166 without spaCy: for research code and table columns.

A column of a research dataset mixes what news write ("l'Égypte", "RDC") with what
catalogues write: ISO codes ("FRA", "fr", "250", "4"), English names ("Ivory Coast"),
catalogue forms in any order ("Iran, Islamic Rep.", "Congo, République démocratique
du"), abbreviations ("St. Lucia", "Dem. Rep. Congo", "UAE") and former names ("Upper
Volta", "Zaïre").  `lookup` reads them all; `convert` turns a whole column into codes or
names.  A name that fits two countries ("Korea"), or a misspelling as close to two
("Nigera": Niger or Nigeria?), gives None rather than a guess, and
`lookup(name, explain=True)` says why.

>>> from migtext.countries import lookup, convert
>>> lookup("l'Égypte").alpha3
'EGY'
>>> lookup("Congo, Dem. Rep.").alpha3
'COD'
>>> convert(["FRA", "Upper Volta", "Korea"], to="name_fr")
['France', 'Burkina Faso', None]
>>> lookup("Korea", explain=True).reason
"'Korea' fits 2 countries: KOR (South Korea), PRK (North Korea)"
"""

from __future__ import annotations

import math
import numbers
import re
from functools import cache, lru_cache
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Tuple, Union

from rapidfuzz import process
from rapidfuzz.distance import OSA

from migtext.core.text import strip_article
from migtext.countries import kb
from migtext.countries.kb import Country, country

__all__ = ["TARGETS", "Country", "Resolution", "convert", "lookup", "lookup_many", "to_alpha3"]


class Resolution(NamedTuple):
    """What `lookup(name, explain=True)` returns: the country (or None) and why.

    `method` is "code" (an ISO code), "exact" (an ISO or official name), "alias"
    (another listed name), "fuzzy" (a misspelling), or None when nothing was found;
    `candidates` holds the alpha-3 codes a name fits when it fits several.  (A named
    tuple: a column of names builds one per distinct value.)
    """

    country: Optional[Country]
    method: Optional[str]
    reason: str
    candidates: Tuple[str, ...] = ()

    @property
    def alpha3(self) -> Optional[str]:
        return None if self.country is None else self.country.alpha3


def _found(alpha3: str, method: str, reason: str) -> Resolution:
    return Resolution(country(alpha3), method, reason, (alpha3,))


def _several(text: str, codes: Tuple[str, ...]) -> Resolution:
    names = ", ".join(f"{c} ({country(c).name_en})" for c in codes)
    return Resolution(None, None, f"{text!r} fits {len(codes)} countries: {names}", codes)


# ---- codes ---------------------------------------------------------------------------

_DOTTED_CODE = re.compile(r"^(?:[A-Za-z]\.){2,3}$")  # "U.S.", "U.K."
_FLOAT_CODE = re.compile(r"^\d+\.0*$")  # "4.0": a numeric code read as a float


def code_key(text: str) -> Optional[str]:
    """The form an ISO code takes in `kb.code_table`, or None if `text` cannot be one:
    letters in any case ("fra", "Fr"), numbers with or without leading zeros ("4", "004")."""
    if len(text) > 6 and not text[0].isdigit():
        return None  # a name: the common case, decided without a regex
    if text.isdigit() or _FLOAT_CODE.match(text):
        number = int(text.split(".")[0])
        return f"{number:03d}" if number < 1000 else None
    if _DOTTED_CODE.match(text):
        text = text.replace(".", "")
    if 2 <= len(text) <= 4 and text.isascii() and text.isalpha():
        return text.upper()
    return None


def _resolve_code(key: str, text: str) -> Optional[Resolution]:
    hit = kb.code_table().get(key)
    if hit is not None:
        codes, what = hit
        return _found(codes[0], "code", what) if len(codes) == 1 else _several(text, codes)
    if key.isdigit():
        region = kb.regions().get(key)
        if region is not None:
            reason = f"{key} is the UN M49 code of a region ({region.name_en}), not of a country"
            return Resolution(None, None, reason)
        return Resolution(None, None, f"no country has the ISO 3166 numeric code {key}")
    return None  # letters: maybe a name or an acronym ("UK", "DRC", "Mali")


# ---- names ---------------------------------------------------------------------------


def _tokens_close(a: str, b: str) -> bool:
    """One word misspelt, not another word: same first letter, words of 3 letters or
    fewer exact ("Nord" is never "Sud"), one edit up to 7 letters, two from 8."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) <= 3:
        return False
    return OSA.distance(a, b) <= (1 if min(len(a), len(b)) < 8 else 2)


def _fuzzy(text: str, key: Tuple[str, ...]) -> Resolution:
    """The one country a misspelt name is close to, or None with the reason.

    A name's words (its `name_key`, in any order) are compared one by one with the words
    of names of as many words, so that a distinguishing word is never added, dropped or
    swapped (Congo / RD Congo, Guinée / Guinée-Bissau, Corée du Nord / du Sud); the best
    name must be closer to its country than any other name is to another country by at
    least two edits ("Nigerr" is one edit from Niger, two from Nigeria: no answer).
    """
    joined = " ".join(key)
    limit = kb.max_edits(len(joined))
    unknown = Resolution(None, None, f"no country has the name or code {text!r}")
    if limit == 0:
        return unknown
    keys, payloads = kb.fuzzy_anchors().get(joined[0], ((), ()))
    hits = process.extract(joined, keys, scorer=OSA.distance, score_cutoff=limit + 1, limit=None)
    valid = []
    for anchor, distance, i in hits:
        words = anchor.split(" ")
        if distance <= limit and len(words) == len(key) and all(map(_tokens_close, key, words)):
            valid.append((distance, payloads[i]))
    if not valid:
        return unknown
    best = min(d for d, _ in valid)
    winners = {p[0] for d, p in valid if d == best}
    (code, surface) = next(p for d, p in valid if d == best)
    if None in winners:
        return Resolution(None, None, f"{text!r} is closest to {surface!r}, which is not a country")
    rivals = {payloads[i][0] for _, d, i in hits if d <= best + 1} - {code}
    if len(winners) > 1 or rivals:
        codes = tuple(sorted(c for c in winners | rivals if c))
        names = ", ".join(f"{c} ({country(c).name_en})" for c in codes)
        return Resolution(None, None, f"{text!r} is too close to several countries to choose: {names}", codes)
    return _found(code, "fuzzy", f"misspelling of {surface!r} ({best} edit{'s' if best > 1 else ''})")


_GLOSSED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)\s*\.?$")


def _two_names(text: str) -> Optional[Resolution]:
    """ "Myanmar (Burma)", "Eswatini (Swaziland)", "Congo (Zaïre)": a name glossed by
    another in parentheses is the one country both name, or the one country that one
    of them names while the other's words are in one of its names ("Congo" is in
    "République démocratique du Congo").  Two names of different countries ("Niger
    (Nigeria)") are no answer."""
    m = _GLOSSED.match(text)
    if m is None:
        return None
    parts = (m.group("name"), m.group("gloss"))
    meanings = [set(_resolve(part, False).candidates) for part in parts]
    if not meanings[0] and not meanings[1]:
        return None
    common = meanings[0] & meanings[1]
    if len(common) != 1:
        common = set()
        for one, other in ((0, 1), (1, 0)):
            if len(meanings[one]) == 1:
                (code,) = meanings[one]
                words = set(kb.name_key(parts[other]))
                if any(words <= key for key in kb.name_keys_of()[code]):
                    common.add(code)
    if len(common) == 1:
        alpha3 = common.pop()
        return _found(alpha3, "alias", f"{parts[0]!r} and {parts[1]!r} both name {alpha3}")
    if not meanings[0] or not meanings[1]:
        return None
    codes = tuple(sorted(meanings[0] | meanings[1]))
    return Resolution(None, None, f"{parts[0]!r} and {parts[1]!r} do not name one country: {', '.join(codes)}", codes)


@cache
def _listed() -> Dict[str, Resolution]:
    """The resolution of every listed name, by `kb.quick_key`, built once."""
    return {
        key: _found(entry.codes[0], entry.method, f"{entry.source} {entry.surface!r}")
        for key, entry in kb.quick_names().items()
    }


def _resolve_name(text: str, fuzzy: bool) -> Resolution:
    _, name = strip_article(text)
    found = _listed().get(kb.quick_key(name))  # fast path: a name as listed
    if found is not None:
        return found
    tokens = kb.name_tokens(name)
    if not tokens:
        return Resolution(None, None, f"{text!r} holds no name")
    key = tuple(sorted(set(tokens)))
    entry = kb.lookup_names().get(key)
    if entry is not None:
        if len(entry.codes) > 1:
            return _several(text, entry.codes)
        return _found(entry.codes[0], entry.method, f"the words of the {entry.source} {entry.surface!r}")
    other = kb.not_countries().get(key)
    if other is not None:
        return Resolution(None, None, f"{other.surface!r} is {other.reason}")
    both = _two_names(name)
    if both is not None:
        return both
    if fuzzy:
        return _fuzzy(text, key)
    return Resolution(None, None, f"no country has the name or code {text!r} (fuzzy matching off)")


@lru_cache(maxsize=65536)
def _resolve(text: str, fuzzy: bool) -> Resolution:
    text = text.strip()
    if not text:
        return Resolution(None, None, "an empty name")
    key = code_key(text)
    found = _resolve_code(key, text) if key else None
    return found if found is not None else _resolve_name(text, fuzzy)


def resolve(value: Any, fuzzy: bool = True) -> Resolution:
    """The resolution of one cell: a name or code as a string, or a numeric code as a
    number (a column read as integers, or as floats because of missing values)."""
    if isinstance(value, str):
        return _resolve(value, fuzzy)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return _resolve(str(int(value)), fuzzy) if value >= 0 else _not_a_name(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and value >= 0:
        return _resolve(str(int(value)), fuzzy)
    return _not_a_name(value)


_MISSING = ("NAType", "NaTType")


def _not_a_name(value: Any) -> Resolution:
    # None, NaN, and pandas' NA and NaT (told by name: pandas is not imported for them)
    if value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ in _MISSING:
        return Resolution(None, None, "a missing value")
    return Resolution(None, None, f"{value!r} ({type(value).__name__}) is neither a name nor a code")


def _explained(resolution: Resolution, value: Any) -> Resolution:
    """An unknown name that the offline gazetteer knows is said to be that place
    ("Rio de Janeiro": a city in BRA).  The gazetteer loads in a few seconds, on the
    first explanation that needs it only."""
    if resolution.country is not None or resolution.candidates or not isinstance(value, str):
        return resolution
    if not resolution.reason.startswith("no country has the name"):
        return resolution
    from migtext.countries import places

    _, name = strip_article(value.strip())
    form = places.lookup(name)
    if form is None:
        return resolution
    where = f" in {form.place.country}" if form.place.country else ""
    return resolution._replace(reason=f"{name!r} is a place ({form.place.kind}{where}), not a country")


def lookup(name: Any, fuzzy: bool = True, explain: bool = False) -> Union[Country, Resolution, None]:
    """The country a name or code means, or None.

    Reads French and English names, official, short, common and former ("la Corée du
    Sud", "Ivory Coast", "Dahomey"), catalogue forms in any order ("Korea, Rep.",
    "Bolivie (État plurinational de)"), abbreviations ("St. Lucia", "DRC", "U.S."),
    nationalities ("Maliens") and ISO 3166 codes ("FRA", "fr", "250", "4", former ones
    such as "SUHH").  Articles, case, accents and apostrophe styles do not matter; with
    `fuzzy`, a misspelling close to one country only is accepted ("Afganistan").
    A name that fits several countries, a region, a part of a country ("England"), a
    city, an organisation or anything that is not a string or number gives None.

    With `explain=True` the answer is a `Resolution`: `.country`, `.method` and
    `.reason` (why it was found, or why not).
    """
    resolution = resolve(name, fuzzy)
    if explain:
        return _explained(resolution, name)
    return resolution.country


def lookup_many(names: Iterable[Any], fuzzy: bool = True) -> List[Optional[Country]]:
    """`lookup` for every name, in order (a list, a pandas Series...); each distinct
    name is resolved once."""
    return [resolve(name, fuzzy).country for name in names]


def to_alpha3(names: Iterable[Any], fuzzy: bool = True) -> List[Optional[str]]:
    """Alpha-3 codes for a column of names: `df["iso3"] = to_alpha3(df["pays"])`."""
    return [None if c is None else c.alpha3 for c in lookup_many(names, fuzzy)]


# ---- columns -------------------------------------------------------------------------


def _region_name(field: str, lang: str) -> Callable[[Country], Optional[str]]:
    def get(c: Country) -> Optional[str]:
        code = getattr(c, field)
        if code is None:
            return None
        region = kb.regions()[code]
        return region.name_fr if lang == "fr" else region.name_en

    return get


# What `convert(..., to=...)` can give.  name_fr is the usual French name ("Bolivie"),
# official_name_fr the official one ("État plurinational de Bolivie").
TARGETS: Dict[str, Callable[[Country], Any]] = {
    "alpha3": lambda c: c.alpha3,
    "alpha2": lambda c: c.alpha2,
    "numeric": lambda c: c.numeric,
    "name_fr": lambda c: c.short_name_fr,
    "official_name_fr": lambda c: c.name_fr,
    "name_en": lambda c: c.name_en,
    "official_name_en": lambda c: c.official_name_en,
    "m49_region": lambda c: c.m49_region,
    "m49_region_fr": _region_name("m49_region", "fr"),
    "m49_region_en": _region_name("m49_region", "en"),
    "m49_subregion": lambda c: c.m49_subregion,
    "m49_subregion_fr": _region_name("m49_subregion", "fr"),
    "m49_subregion_en": _region_name("m49_subregion", "en"),
    "m49_intermediate": lambda c: c.m49_intermediate,
    "m49_intermediate_fr": _region_name("m49_intermediate", "fr"),
    "m49_intermediate_en": _region_name("m49_intermediate", "en"),
}


def _is_series(values: Any) -> bool:
    return type(values).__name__ == "Series" and type(values).__module__.startswith("pandas")


def convert(values: Any, to: str = "alpha3", not_found: Any = None, fuzzy: bool = True):
    """A column of country names or codes converted `to` codes or names.

    `values` is a list (or any iterable) or a pandas Series, whose index the result
    keeps; each distinct value is resolved once.  `to` is one of `TARGETS`: alpha3,
    alpha2, numeric, name_fr, official_name_fr, name_en, official_name_en, and the UN M49
    region, sub-region and intermediate region as a code (m49_region) or a French or
    English name (m49_region_fr, m49_region_en...).  A value that `lookup` does not
    resolve gives `not_found`; a country without the field asked for (a former state
    has no M49 region) gives None.  A single string gives a single value.

    >>> convert(["Sénégal", "Ivory Coast", "MLI", None], to="m49_subregion_en")
    ['Sub-Saharan Africa', 'Sub-Saharan Africa', 'Sub-Saharan Africa', None]
    """
    if to not in TARGETS:
        raise ValueError(f"convert(to={to!r}): `to` must be one of {', '.join(TARGETS)}")
    field = TARGETS[to]

    def one(value: Any) -> Any:
        found = resolve(value, fuzzy).country
        return not_found if found is None else field(found)

    if isinstance(values, str):
        return one(values)
    if not hasattr(values, "__iter__"):
        raise TypeError(f"convert() takes a list or a pandas Series of names, not {type(values).__name__}")
    done: Dict[Any, Any] = {}
    out = []
    for value in values:
        try:
            result = done[value]
        except KeyError:
            result = done[value] = one(value)
        except TypeError:  # an unhashable cell (a list): resolved alone
            result = one(value)
        out.append(result)
    if _is_series(values):
        import pandas as pd

        return pd.Series(out, index=values.index, name=values.name, dtype=object)
    return out
