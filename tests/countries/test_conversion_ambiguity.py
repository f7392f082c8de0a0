"""No wrong answer rather than a guess: near neighbours, names that fit two countries,
names that are no country, and the reason `lookup(name, explain=True)` gives.

`REFUSALS` is a hand-written list (also read by `benchmarks/country_linking.py`) of
values a converter must leave unanswered: each fits several countries, or none.
"""

from __future__ import annotations

import pandas as pd
import pytest

from migtext.countries import Resolution, lookup
from tests.countries import read_pairs

# fmt: off
REFUSALS_DATA = r"""
# --- names and codes that fit several countries
Korea|fits 2 countries
Corée|fits 2 countries
ROC|fits 2 countries
Republic of China|fits 2 countries
Virgin Islands|fits 2 countries
Îles Vierges|fits 2 countries
CS|fits 2 countries
891|fits 2 countries
Gilbert and Ellice Islands|fits 2 countries
Neutral Zone|fits 2 countries
Niger (Nigeria)|do not name one country
# --- misspellings as close to two countries
Nigera|too close to several countries
Nigerr|too close to several countries
Malie|no country has the name
Maltaa|too close to several countries
Austrlia|too close to several countries
Dominican|too close to several countries
Guinee Equatorialle Bissau|no country has the name
Soudan du Sudd|no country has the name
Corée du Nrod|no country has the name
# --- parts of countries
England|part of GBR
Scotland|part of GBR
Wales|part of GBR
Northern Ireland|part of GBR
Irlande du Nord|a place
Gaza Strip|part of PSE
Cisjordanie|part of PSE
Zanzibar|part of TZA
Canary Islands|part of ESP
Açores|part of PRT
# --- regions and groupings
Europe|UN M49 region (150
Africa|UN M49 region (002
Sub-Saharan Africa|UN M49 region (202
Afrique de l'Ouest|UN M49 region (011
Western Asia|UN M49 region (145
Micronesia|UN M49 region (057
Latin America and the Caribbean|UN M49 region (419
Sahel|a region
Maghreb|a region
Middle East|not a country
Moyen-Orient|a region
150|UN M49 code of a region
# --- organisations, Kosovo, and what is no country
European Union|not a country
Union européenne|not a country
EU|not a country
Kosovo|no ISO 3166-1 code
XKX|Kosovo
Channel Islands|Jersey (JEY) and Guernsey (GGY)
Stateless|not a country
Apatrides|not a country
Unknown|not a country
Atlantide|not a country
Xyzzyland|no country has the name
"""
# fmt: on

REFUSALS = read_pairs(REFUSALS_DATA)


def test_refusal_list_is_varied():
    assert len(REFUSALS) >= 50


@pytest.mark.parametrize("name, why", REFUSALS)
def test_refused_with_a_reason(name, why):
    found = lookup(name, explain=True)
    assert found.country is None and found.method is None
    assert why in found.reason, found.reason


# ---- fuzzy matching never crosses a distinguishing word ------------------------------


@pytest.mark.parametrize(
    "name, alpha3",
    [
        # Congo / RD Congo: the words are compared, and "Rep" is never "RD"
        ("Rep Congo", "COG"),
        ("Congo Rep", "COG"),
        ("Republic of Congo", "COG"),
        ("Congo-Brazaville", "COG"),
        ("Congo Kinshassa", "COD"),
        ("Dem Rep Congo", "COD"),
        ("Republique democratique du Congo", "COD"),
        # Guinée / Guinée-Bissau / Guinée équatoriale / Papouasie-Nouvelle-Guinée
        ("Guinee Bisau", "GNB"),
        ("Guinée Bissao", "GNB"),
        ("Guinée equatorial", "GNQ"),
        ("Guinnée", "GIN"),
        ("Guinea Bisau", "GNB"),
        ("Equatorial Guiena", "GNQ"),
        ("Papouasie Nouvelle Guinee", "PNG"),
        # Niger / Nigeria
        ("Nigerria", "NGA"),
        ("Nigéria", "NGA"),
        ("le Niger.", "NER"),
        # Soudan / Soudan du Sud
        ("Soudann", "SDN"),
        ("Sud-Soudan", "SSD"),
        ("Soudan, Sud", "SSD"),
        ("Sudan, South", "SSD"),
        # Dominique / République dominicaine
        ("Dominiqe", "DMA"),
        ("Republique Dominicaine", "DOM"),
        ("Dominicaine, République", "DOM"),
        ("Dominican Repuplic", "DOM"),
        ("Dominica Republic", "DOM"),  # "Republic" is there: only a letter is missing
        # Corée du Nord / du Sud
        ("Coree du nord", "PRK"),
        ("Corée du Sud", "KOR"),
        ("Korea, North", "PRK"),
        ("Korae, South", "KOR"),
    ],
)
def test_near_neighbours(name, alpha3):
    found = lookup(name)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize(
    "name",
    [
        "Congo Dem",  # neither "Congo" nor "RD Congo": a word too many for one, too few for the other
        "Guinee Bisau Equatoriale",
        "Corée du Sdu",  # "Sud" is short: never fuzzed, so never "Nord"
        "North Sudan",
        "South Niger",
        "Guinea-Equatorial-Bissau",
        "Nigerie",
    ],
)
def test_fuzzy_never_adds_drops_or_bends_a_distinguishing_word(name):
    assert lookup(name) is None


def test_a_name_closer_to_a_region_than_to_a_country_is_no_country():
    found = lookup("Afrique subsaharianne", explain=True)
    assert found.country is None and "not a country" in found.reason


def test_fuzzy_says_what_it_corrected():
    found = lookup("Afganistan", explain=True)
    assert (found.alpha3, found.method) == ("AFG", "fuzzy")
    assert found.reason == "misspelling of 'Afghanistan' (1 edit)"
    assert lookup("Afganistan", fuzzy=False) is None


# ---- what explain gives ------------------------------------------------------------


def test_explain_returns_a_resolution_and_the_plain_call_a_country():
    found = lookup("la Corée du Sud", explain=True)
    assert isinstance(found, Resolution)
    assert found.country == lookup("la Corée du Sud")
    assert (found.alpha3, found.method, found.candidates) == ("KOR", "exact", ("KOR",))


def test_an_ambiguous_name_lists_its_candidates_with_their_names():
    found = lookup("Korea", explain=True)
    assert found.candidates == ("KOR", "PRK")
    assert found.reason == "'Korea' fits 2 countries: KOR (South Korea), PRK (North Korea)"


@pytest.mark.parametrize(
    "value, why",
    [(None, "a missing value"), (float("nan"), "a missing value"), (pd.NA, "a missing value"), ("  ", "empty")],
)
def test_missing_values_are_explained(value, why):
    assert why in lookup(value, explain=True).reason


def test_other_objects_are_explained_with_their_type():
    assert lookup(["France"], explain=True).reason == "['France'] (list) is neither a name nor a code"


def test_a_city_is_explained_by_the_gazetteer():
    # the offline gazetteer is read only to explain an unknown name
    found = lookup("Rio de Janeiro", explain=True)
    assert found.country is None
    assert found.reason == "'Rio de Janeiro' is a place (city in BRA), not a country"
    assert lookup("Rio de Janeiro") is None


# ---- the tables refuse contradictions ----------------------------------------------


@pytest.fixture
def curated_rows(monkeypatch):
    """Extra rows for country_lookup.csv, with the look-up's caches rebuilt around them."""
    from migtext.countries import conversion, kb

    extra = []
    real = kb.read_csv

    def read_csv(name):
        rows = real(name)
        return (
            rows + [dict(zip(("alpha3", "form", "kind", "note"), r, strict=True)) for r in extra]
            if name == "country_lookup.csv"
            else rows
        )

    caches = (kb.lookup_names, kb.not_countries, kb.quick_names, kb.fuzzy_anchors, conversion._resolve)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(kb, "read_csv", read_csv)
    yield extra
    monkeypatch.undo()
    for cache in caches:
        cache.cache_clear()


def test_a_name_given_to_two_countries_is_a_data_error_unless_marked_ambiguous(curated_rows):
    from migtext.core.errors import DataError
    from migtext.countries import kb

    curated_rows.append(("NGA", "Niger", "common", ""))
    with pytest.raises(DataError, match=r"'Niger' \(NER.*'Niger' \(NGA"):
        kb.lookup_names()


def test_marked_ambiguous_names_fit_every_country_listed(curated_rows):
    curated_rows += [("IRL", "Ireland island", "ambiguous", ""), ("GBR", "Ireland island", "ambiguous", "")]
    assert lookup("Ireland Island", explain=True).candidates == ("GBR", "IRL")


def test_a_part_of_an_unknown_country_is_a_data_error(curated_rows):
    from migtext.core.errors import DataError
    from migtext.countries import kb

    curated_rows.append(("XXX", "Atlantis", "part", ""))
    with pytest.raises(DataError, match="unknown country 'XXX'"):
        kb.not_countries()


def test_a_country_name_listed_as_no_country_is_a_data_error(curated_rows):
    from migtext.core.errors import DataError
    from migtext.countries import kb

    curated_rows.append(("", "Mali", "not_country", ""))
    with pytest.raises(DataError, match="'Mali' is both a country's name"):
        kb.not_countries()


def test_a_periphrasis_names_its_country_but_a_nickname_alone_does_not():
    from migtext.countries import lookup

    assert lookup("l'État hébreu").alpha3 == "ISR"
    assert lookup("la Grande Île") is None  # only where the text names Madagascar too
