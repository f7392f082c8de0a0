"""Abbreviations that tables use: Rep., Dem., St./Ste, Is./Isl./Isds, Fed., PDR, SAR,
acronyms of whole names (UAE, DRC, PRC, ROK, UK, USA), dotted or not, "the" anywhere.

`ABBREVIATIONS` is a hand-written list (also read by `benchmarks/country_linking.py`);
the words abbreviations stand for are data (`country_words.csv`), not code.
"""

from __future__ import annotations

import pytest

from migtext.core.data import read_csv
from migtext.countries import kb, lookup
from tests.countries import read_pairs

# fmt: off
ABBREVIATIONS_DATA = r"""
# --- Rep., Dem., People's
Dem. Rep. Congo|COD
Dem. Rep. of the Congo|COD
Democratic Rep. of Congo|COD
Rep. of the Congo|COG
Rep. Congo|COG
Rep Congo|COG
Congo Rep|COG
Congo Rep.|COG
Congo, Rep. of|COG
Rép. dém. du Congo|COD
Rép. du Congo|COG
Central African Rep.|CAF
Dominican Rep.|DOM
Czech Rep.|CZE
Syrian Arab Rep.|SYR
Rep. of Korea|KOR
Dem. People's Rep. of Korea|PRK
Korea DPR|PRK
DPR Korea|PRK
United Rep. of Tanzania|TZA
Rep. of Moldova|MDA
Lao People's Dem. Rep.|LAO
Lao PDR|LAO
Lao P.D.R.|LAO
Kyrgyz Rep.|KGZ
Slovak Rep.|SVK
Islamic Rep. of Iran|IRN
Arab Rep. of Egypt|EGY
# --- RD, DR: the Democratic Republic (of the Congo)
DR Congo|COD
D.R. Congo|COD
RD Congo|COD
R.D. Congo|COD
Congo DR|COD
Congo, DR|COD
# --- Saint, Sainte
St. Lucia|LCA
St Lucia|LCA
St. Kitts and Nevis|KNA
St Kitts & Nevis|KNA
St. Vincent and the Grenadines|VCT
St. Vincent & Grenadines|VCT
St. Helena|SHN
St. Pierre and Miquelon|SPM
St. Martin (French part)|MAF
St. Barthélemy|BLM
Ste-Lucie|LCA
Ste Lucie|LCA
St-Marin|SMR
St-Vincent-et-les-Grenadines|VCT
# --- Islands: Is., Isl., Isds, Isls, I.
Solomon Is.|SLB
Solomon Isl.|SLB
Marshall Is.|MHL
Marshall Isds|MHL
Cayman Is.|CYM
Cayman Isls|CYM
Cook Is.|COK
Faroe Is.|FRO
Falkland Is.|FLK
Turks and Caicos Is.|TCA
Turks & Caicos Isl.|TCA
U.S. Virgin Is.|VIR
Christmas I.|CXR
Norfolk I.|NFK
Bouvet I.|BVT
Is. Salomon|SLB
Is. Marshall|MHL
Heard I. and McDonald Is.|HMD
Northern Mariana Is.|MNP
# --- Fed., Sts., SAR, Eq., Fr.
Russian Fed.|RUS
Fed. Rep. of Germany|DEU
Micronesia, Fed. Sts.|FSM
Fed. States of Micronesia|FSM
Hong Kong SAR|HKG
Macao SAR|MAC
Macau SAR|MAC
Eq. Guinea|GNQ
Fr. Polynesia|PYF
Fr. Guiana|GUF
Utd. Kingdom|GBR
Utd. Rep. of Tanzania|TZA
# --- compass points with their dot
S. Korea|KOR
N. Korea|PRK
S. Africa|ZAF
S. Sudan|SSD
E. Timor|TLS
N. Macedonia|MKD
# --- acronyms of whole names, dotted or not, any case
UAE|ARE
U.A.E.|ARE
UK|GBR
U.K.|GBR
uk|GBR
USA|USA
U.S.A.|USA
U.S.|USA
US|USA
PRC|CHN
ROK|KOR
DPRK|PRK
D.P.R.K.|PRK
DRC|COD
D.R.C.|COD
RDC|COD
KSA|SAU
BiH|BIH
CAR|CAF
RCA|CAF
RSA|ZAF
EAU|ARE
GDR|DDR
FRG|DEU
USSR|SUN
URSS|SUN
FYROM|MKD
# --- acronyms inside names, "the" anywhere
Congo (DRC)|COD
China (PRC)|CHN
Korea (ROK)|KOR
The Congo, DR|COD
the Bahamas|BHS
Bahamas, the|BHS
Netherlands, The|NLD
the Republic of the Gambia|GMB
"""
# fmt: on

ABBREVIATIONS = read_pairs(ABBREVIATIONS_DATA)


def test_abbreviation_list_is_large():
    assert len(ABBREVIATIONS) >= 120


@pytest.mark.parametrize("name, alpha3", ABBREVIATIONS)
def test_abbreviation(name, alpha3):
    found = lookup(name, fuzzy=False)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize(
    "text, words",
    [
        ("St. Lucia", ("saint", "lucia")),
        ("Is. Salomon", ("island", "salomon")),
        ("Korea, Dem. People's Rep.", ("korea", "democratic", "people", "republic")),
        ("U.S. Virgin Is.", ("united", "state", "virgin", "island")),
        ("S. Sudan", ("south", "sudan")),
        ("The Gambia", ("gambia",)),
    ],
)
def test_abbreviations_are_spelt_out(text, words):
    assert kb.name_tokens(text) == words


def test_the_s_of_peoples_is_not_south():
    # "S." with its dot is South; the "s" of "People's" is no word at all
    assert "south" not in kb.name_tokens("Korea, Democratic People's Republic of")
    assert lookup("Korea, Democratic People's Republic of").alpha3 == "PRK"


def test_dotted_letters_make_one_acronym_but_a_dash_keeps_them_apart():
    assert kb.name_tokens("U.S.A.") == kb.name_tokens("USA")
    assert lookup("E.-U.").alpha3 == "USA"  # the French "États-Unis"
    assert lookup("E.U.") is None  # the European Union is no country


def test_abbreviation_table_is_well_formed():
    rows = read_csv("country_words.csv")
    assert len({r["word"] for r in rows}) == len(rows)
    for row in rows:
        # what a word stands for is made of words that the table does not rewrite again
        assert not any(word in kb.name_words() and kb.name_words()[word] != (word,) for word in row["means"].split())
