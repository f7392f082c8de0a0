"""Catalogue forms: names with a comma or parentheses, in French and English, in any order.

Statistical catalogues sort countries by their head word ("Iran, Islamic Republic of",
"Corée, République de") or gloss them in parentheses ("Bolivia (Plurinational State
of)"); the look-up compares the words of a name whatever their order.  `CATALOGUE` is a
hand-written list (also read by `benchmarks/country_linking.py`) in the conventions of
ISO 3166, the UN, the World Bank and UNHCR, in both languages.
"""

from __future__ import annotations

import pytest

from migtext.countries import kb, lookup
from tests.countries import read_pairs

# fmt: off
CATALOGUE_DATA = r"""
# --- head word first, English
Bahamas, The|BHS
Gambia, The|GMB
Congo, The Democratic Republic of the|COD
Congo, Democratic Republic of|COD
Congo, Republic of|COG
Congo, Rep.|COG
Congo, Dem. Rep.|COD
Korea, Republic of|KOR
Korea, Rep.|KOR
Korea, Democratic People's Republic of|PRK
Korea, Dem. People's Rep.|PRK
Korea, Dem. Rep.|PRK
Korea, South|KOR
Korea, North|PRK
Iran, Islamic Republic of|IRN
Iran, Islamic Rep.|IRN
Egypt, Arab Rep.|EGY
Yemen, Rep.|YEM
Venezuela, RB|VEN
Venezuela, Bolivarian Republic of|VEN
Bolivia, Plurinational State of|BOL
Micronesia, Federated States of|FSM
Micronesia, Fed. Sts.|FSM
Tanzania, United Republic of|TZA
Moldova, Republic of|MDA
Palestine, State of|PSE
Taiwan, Province of China|TWN
Taiwan, China|TWN
Hong Kong SAR, China|HKG
Hong Kong, China|HKG
Macao SAR, China|MAC
China, Hong Kong Special Administrative Region|HKG
China, Macao Special Administrative Region|MAC
China, Hong Kong SAR|HKG
Virgin Islands, British|VGB
Virgin Islands, U.S.|VIR
Sudan, South|SSD
Guinea, Equatorial|GNQ
Macedonia, North|MKD
Germany, Federal Republic of|DEU
Saint Helena, Ascension and Tristan da Cunha|SHN
Bonaire, Sint Eustatius and Saba|BES
# --- glosses in parentheses, English
Bolivia (Plurinational State of)|BOL
Iran (Islamic Republic of)|IRN
Iran (Islamic Rep. of)|IRN
Micronesia (Federated States of)|FSM
Venezuela (Bolivarian Republic of)|VEN
Netherlands (Kingdom of the)|NLD
Korea (the Republic of)|KOR
Korea (the Democratic People's Republic of)|PRK
Congo (the Democratic Republic of the)|COD
Congo (the)|COG
Congo (Kinshasa)|COD
Congo (Brazzaville)|COG
Sudan (the)|SDN
Gambia (Republic of The)|GMB
Virgin Islands (U.S.)|VIR
Virgin Islands (British)|VGB
Saint Martin (French part)|MAF
Sint Maarten (Dutch part)|SXM
Falkland Islands (Malvinas)|FLK
Cocos (Keeling) Islands|CCK
Holy See (Vatican City State)|VAT
Myanmar (Burma)|MMR
Eswatini (Swaziland)|SWZ
Czechia (Czech Republic)|CZE
Türkiye (Turkey)|TUR
Republic of China (Taiwan)|TWN
# --- head word first, French
Iran, République islamique d'|IRN
Corée, République de|KOR
Corée, République populaire démocratique de|PRK
Congo, République démocratique du|COD
Congo, République du|COG
Bolivie, État plurinational de|BOL
Tanzanie, République unie de|TZA
Micronésie, États fédérés de|FSM
Palestine, État de|PSE
Vénézuela, République bolivarienne du|VEN
Syrienne, République arabe|SYR
Lao, République démocratique populaire|LAO
Égypte, République arabe d'|EGY
Yémen, République du|YEM
Viet Nam, République socialiste du|VNM
Centrafricaine, République|CAF
Dominicaine, République|DOM
Tchèque, République|CZE
Îles Vierges, États-Unis|VIR
Malouines, Îles (Falkland)|FLK
Cocos (Keeling), Îles|CCK
Taïwan, province de Chine|TWN
Moldova, République de|MDA
# --- glosses in parentheses, French
Iran (République islamique d')|IRN
Bolivie (État plurinational de)|BOL
Congo (République démocratique du)|COD
Corée (République de)|KOR
Venezuela (République bolivarienne du)|VEN
Pays-Bas (les)|NLD
Comores (les)|COM
Saint-Martin (partie française)|MAF
Saint-Martin (partie néerlandaise)|SXM
Myanmar (Birmanie)|MMR
"""
# fmt: on

CATALOGUE = read_pairs(CATALOGUE_DATA)


def test_catalogue_list_is_large_and_in_both_languages():
    assert len(CATALOGUE) >= 100
    assert sum("," in name for name, _ in CATALOGUE) >= 50
    assert sum("(" in name for name, _ in CATALOGUE) >= 30


@pytest.mark.parametrize("name, alpha3", CATALOGUE)
def test_catalogue_form(name, alpha3):
    found = lookup(name, fuzzy=False)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize(
    "forms",
    [
        ("Iran, Islamic Republic of", "Islamic Republic of Iran", "Republic of Iran, Islamic", "Iran (Islamic Rep.)"),
        ("Congo, République démocratique du", "République démocratique du Congo", "Démocratique, Congo, République"),
        ("Korea, Republic of", "Republic of Korea", "Korea (Republic of)", "Republic of, Korea"),
    ],
)
def test_the_order_of_the_words_does_not_matter(forms):
    assert len({lookup(f).alpha3 for f in forms}) == 1


def test_every_pycountry_catalogue_form_is_read():
    # every name pycountry gives, as written, in both languages: the generated table
    from migtext.core.data import read_csv

    for row in read_csv("countries.forms.csv"):
        if row["kind"] in ("name", "official_name", "common_name"):
            assert lookup(row["form"], fuzzy=False).alpha3 == row["alpha3"], row


def test_words_in_either_language_agree():
    # "Rép." and "Republic", "États" and "States" are the same word to the look-up
    assert kb.name_key("Rép. dém. du Congo") == kb.name_key("Congo, République démocratique du")
    assert kb.name_key("Micronesia, Fed. Sts.") == kb.name_key("Federated States of Micronesia")


def test_a_gloss_that_names_another_country_is_no_answer():
    # "Niger (Nigeria)": two names of two countries, so neither is chosen
    found = lookup("Niger (Nigeria)", explain=True)
    assert found.country is None and found.candidates == ("NER", "NGA")
    assert "do not name one country" in found.reason
    found = lookup("Swaziland (Eswatini)", explain=True)
    assert found.alpha3 == "SWZ" and "both name SWZ" in found.reason


@pytest.mark.parametrize(
    "name, alpha3",
    [("Congo (Zaïre)", "COD"), ("Congo (RDC)", "COD"), ("Guinée (Conakry)", "GIN"), ("Corée (Nord)", "PRK")],
)
def test_a_gloss_picks_the_country_whose_name_holds_the_head(name, alpha3):
    # "Congo" alone is the Republic of the Congo, but it is also a word of the
    # Democratic Republic's name, which "Zaïre" names
    assert lookup(name).alpha3 == alpha3


@pytest.mark.parametrize("name", ["Congo (Lima)", "Atlantide (Guinée)", "Guinée (Mali)"])
def test_a_gloss_that_names_nothing_or_another_country_gives_nothing(name):
    assert lookup(name) is None
