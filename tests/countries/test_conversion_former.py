"""Former names, in French and English: a renamed state that goes on gives its current
code (Upper Volta -> BFA, Zaïre -> COD), a state that no longer exists its ISO 3166-3
code (USSR -> SUN), a territory that was split fits each of its successors.

`FORMER` is a hand-written list (also read by `benchmarks/country_linking.py`).
"""

from __future__ import annotations

import pytest

from migtext.core.data import read_csv
from migtext.countries import kb, lookup
from tests.countries import read_pairs

# fmt: off
FORMER_DATA = r"""
# --- renamed states that go on: the current code
Burma|MMR
Birmanie|MMR
Burma, Socialist Republic of the Union of|MMR
Zaire|COD
Zaïre|COD
Republic of Zaire|COD
Zaïre, République du|COD
Upper Volta|BFA
Haute-Volta|BFA
Upper Volta, Republic of|BFA
Dahomey|BEN
Ceylon|LKA
Ceylan|LKA
Swaziland|SWZ
Siam|THA
Persia|IRN
Perse|IRN
Abyssinia|ETH
Formosa|TWN
Formose|TWN
Kampuchea|KHM
Kampuchéa|KHM
Khmer Republic|KHM
Rhodesia|ZWE
Rhodésie|ZWE
Southern Rhodesia|ZWE
Rhodésie du Sud|ZWE
Northern Rhodesia|ZMB
Rhodésie du Nord|ZMB
Macedonia|MKD
Macédoine|MKD
Former Yugoslav Republic of Macedonia|MKD
FYROM|MKD
East Timor|TLS
Timor oriental|TLS
Portuguese Timor|TLS
New Hebrides|VUT
Nouvelles-Hébrides|VUT
Gold Coast|GHA
Bechuanaland|BWA
Basutoland|LSO
Nyasaland|MWI
Tanganyika|TZA
British Honduras|BLZ
Dutch Guiana|SUR
British Guiana|GUY
French Sudan|MLI
Soudan français|MLI
Ubangi-Shari|CAF
Oubangui-Chari|CAF
French Guinea|GIN
Portuguese Guinea|GNB
Guinée portugaise|GNB
Spanish Guinea|GNQ
Guinée espagnole|GNQ
South West Africa|NAM
Spanish Sahara|ESH
Trucial States|ARE
East Pakistan|BGD
Dutch East Indies|IDN
Malaya|MYS
Byelorussia|BLR
Byelorussian SSR|BLR
Byelorussian Soviet Socialist Republic|BLR
Kirghizie|KGZ
Abyssinie|ETH
Côte-de-l'Or|GHA
Moldavia|MDA
Kirghizia|KGZ
French Afars and Issas|DJI
Territoire français des Afars et des Issas|DJI
Sikkim|IND
Panama Canal Zone|PAN
Canton and Enderbury Islands|KIR
Gilbert Islands|KIR
Ellice Islands|TUV
Viet-Nam, Democratic Republic of|VNM
North Vietnam|VNM
South Yemen|YEM
Yemen, People's Democratic Republic of|YEM
Yémen du Sud|YEM
West Germany|DEU
Allemagne de l'Ouest|DEU
France, Metropolitan|FRA
# --- states that no longer exist: their ISO 3166-3 code
USSR|SUN
URSS|SUN
Soviet Union|SUN
Union soviétique|SUN
Union of Soviet Socialist Republics|SUN
Yugoslavia|YUG
Yougoslavie|YUG
ex-Yougoslavie|YUG
Czechoslovakia|CSK
Czechoslovak Socialist Republic|CSK
Tchécoslovaquie|CSK
Serbia and Montenegro|SCG
Serbie-et-Monténégro|SCG
East Germany|DDR
Allemagne de l'Est|DDR
German Democratic Republic|DDR
République démocratique allemande|DDR
Netherlands Antilles|ANT
Antilles néerlandaises|ANT
"""
# fmt: on

FORMER = read_pairs(FORMER_DATA)


def test_former_list_is_large_and_in_both_languages():
    assert len(FORMER) >= 100
    assert len({code for _, code in FORMER}) >= 50


@pytest.mark.parametrize("name, alpha3", FORMER)
def test_former_name(name, alpha3):
    found = lookup(name, fuzzy=False)
    assert found is not None and found.alpha3 == alpha3


def test_a_former_name_is_an_alias_that_says_so():
    found = lookup("Upper Volta", explain=True)
    assert (found.alpha3, found.method) == ("BFA", "alias")
    assert "ISO 3166-3" in found.reason
    assert lookup("Ceylon", explain=True).reason.startswith("former name")


@pytest.mark.parametrize(
    "name, codes",
    [
        ("Gilbert and Ellice Islands", ("KIR", "TUV")),
        ("Îles Gilbert et Ellice", ("KIR", "TUV")),
        ("Neutral Zone", ("IRQ", "SAU")),
        ("Pacific Islands (trust territory)", ("FSM", "MHL", "MNP", "PLW")),
    ],
)
def test_a_split_territory_fits_each_successor(name, codes):
    found = lookup(name, explain=True)
    assert found.country is None and found.candidates == codes


def test_a_current_name_never_gives_way_to_a_former_one():
    # "French Southern and Antarctic Territories" (ISO 3166-3, split into ATA and ATF)
    # shares no key with a current name; the current ATF keeps its own names and code
    assert lookup("French Southern Territories").alpha3 == "ATF"
    assert lookup("ATF").alpha3 == "ATF"
    assert lookup("French Southern and Antarctic Territories") is None
    # "Yemen" is a current name and the short form of South Yemen's: the current wins
    assert not lookup("Yemen", explain=True).reason.startswith("ISO 3166-3")
    for row in read_csv("countries.forms.csv"):
        if row["kind"] in ("name", "official_name", "common_name"):
            assert not kb.lookup_names()[kb.name_key(row["form"])].source.startswith("ISO 3166-3"), row


def test_former_states_have_no_m49_region():
    assert lookup("USSR").m49_region is None and lookup("USSR").former
    assert not lookup("Zaïre").former
