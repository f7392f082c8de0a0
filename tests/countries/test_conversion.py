"""Country names to ISO 3166 for research code and DataFrame columns: lookup, lookup_many, to_alpha3."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext import countries as api
from migtext.core.text import strip_accents
from migtext.countries import kb

# ---- the look-up API -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, alpha3",
    [
        ("l'Égypte", "EGY"),
        ("L’EGYPTE", "EGY"),
        ("la République dominicaine", "DOM"),
        ("la Dominique", "DMA"),
        ("les États-Unis", "USA"),
        ("Etats Unis", "USA"),
        ("la Corée du Sud", "KOR"),
        ("Corée du Nord", "PRK"),
        ("aux Philippines", "PHL"),
        ("RDC", "COD"),
        ("R.D. Congo", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Zaïre", "COD"),
        ("Birmanie", "MMR"),
        ("Swaziland", "SWZ"),
        ("Dahomey", "BEN"),
        ("Haute-Volta", "BFA"),
        ("Ceylan", "LKA"),
        ("URSS", "SUN"),
        ("Yougoslavie", "YUG"),
        ("Tchécoslovaquie", "CSK"),
        ("Serbie-et-Monténégro", "SCG"),
        ("RDA", "DDR"),
        ("RFA", "DEU"),
        ("Türkiye", "TUR"),
        ("Cabo Verde", "CPV"),
        ("Timor-Leste", "TLS"),
        ("Eswatini", "SWZ"),
        ("Viet-nam", "VNM"),
        ("Guyane", "GUF"),
        ("Guyana", "GUY"),
        ("Soudan", "SDN"),
        ("Soudan du Sud", "SSD"),
        ("Germany", "DEU"),
        ("Maliens", "MLI"),
        ("  le Niger. ", "NER"),
        ("Afganistan", "AFG"),
        ("Mauritannie", "MRT"),
        ("Guinee Bisau", "GNB"),
        ("Sénégale", "SEN"),
        # the official names of the United Nations' French terminology, where ISO's differ
        ("la République hellénique", "GRC"),
        ("République tunisienne", "TUN"),
        ("l'État de Libye", "LBY"),
        ("la République de l'Union du Myanmar", "MMR"),
        ("République du Rwanda", "RWA"),
        ("République de Maurice", "MUS"),
    ],
)
def test_lookup(name, alpha3):
    rec = api.lookup(name)
    assert rec is not None and rec.alpha3 == alpha3


@pytest.mark.parametrize(
    "name",
    ["Bali", "Lima", "Atlantide", "Sahel", "Afrique", "Europe de l'Est", "", "   ", "Bretagne", "Oran", "Corée"],
)
def test_lookup_rejects_what_is_not_a_country(name):
    assert api.lookup(name) is None


@pytest.mark.parametrize(
    "name, alpha3",
    [
        ("Mali", "MLI"),
        ("Malte", "MLT"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Guinée", "GIN"),
        ("Guinée-Bissau", "GNB"),
        ("Guinée équatoriale", "GNQ"),
        ("Papouasie-Nouvelle-Guinée", "PNG"),
        ("Congo", "COG"),
        ("RDC", "COD"),
        ("Guyane", "GUF"),
        ("Guyana", "GUY"),
        ("Soudan", "SDN"),
        ("Soudan du Sud", "SSD"),
        ("Corée du Nord", "PRK"),
        ("Corée du Sud", "KOR"),
        ("Dominique", "DMA"),
        ("République dominicaine", "DOM"),
        ("Autriche", "AUT"),
        ("Australie", "AUS"),
    ],
)
def test_near_neighbours_keep_their_own_code(name, alpha3):
    assert api.lookup(name).alpha3 == alpha3


@pytest.mark.parametrize("name", ["Malie", "Nigera", "Bali", "Samos"])
def test_fuzzy_refuses_names_close_to_two_countries_or_too_short(name):
    # "Malie": Mali or Malte? "Nigera": Niger or Nigeria? Better none than a guess; short names are never fuzzed.
    assert api.lookup(name) is None


def test_fuzzy_can_be_switched_off():
    assert api.lookup("Afganistan", fuzzy=False) is None


def test_lookup_many_on_a_dataframe_column_with_missing_values():
    df = pd.DataFrame({"pays": ["l'Algérie", None, "Zaïre", float("nan"), "Atlantide", "l'Algérie", 42]})
    assert api.to_alpha3(df["pays"]) == ["DZA", None, "COD", None, None, "DZA", None]
    records = api.lookup_many(df["pays"])
    assert records[0].name_fr == "République algérienne démocratique et populaire"


def test_records_are_frozen_and_hold_plain_values():
    rec = api.lookup("Mali")
    with pytest.raises(AttributeError):
        rec.alpha3 = "XXX"
    assert all(isinstance(v, (str, bool, type(None))) for v in rec.attrs().values())


@pytest.mark.parametrize(
    "name, alpha3", [("Gambiie", "GMB"), ("Zambiie", "ZMB"), ("Slovaquia", "SVK"), ("Slovénia", "SVN")]
)
def test_fuzzy_keeps_the_first_letter_apart(name, alpha3):
    assert api.lookup(name).alpha3 == alpha3


def test_every_listed_name_looks_up_to_its_own_country():
    # the fast path (quick_key) and the word path (folded_key) must agree on every form
    for name in kb.country_names():
        if name.kind == "nickname":  # "la Grande Île": a country only where the text names it too
            assert api.lookup(name.surface, fuzzy=False) is None
            continue
        assert api.lookup(name.surface, fuzzy=False).alpha3 == name.alpha3, name
        assert kb.name_table()[kb.folded_key(name.surface)][0] == name.alpha3


@given(
    name=st.sampled_from([n for n in kb.country_names() if n.kind not in ("acronym", "lookup", "nickname")]),
    article=st.sampled_from(["", "la ", "le ", "les ", "l'", "l’", "l`", "aux ", "en ", "du "]),
    upper=st.booleans(),
    unaccent=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_lookup_ignores_articles_case_accents_and_apostrophes(name, article, upper, unaccent):
    text = article + (strip_accents(name.surface) if unaccent else name.surface)
    text = text.upper() if upper else text
    assert api.lookup(text, fuzzy=False).alpha3 == name.alpha3
