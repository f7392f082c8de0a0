"""English country names as research datasets write them, looked up without spaCy.

`ENGLISH_NAMES` is a hand-written list (also read by `benchmarks/country_linking.py`):
the usual English short name of every UN member state and of the territories that
migration statistics list, the same names with articles, other cases, punctuation and
ampersands, and the longer official forms.  Catalogue forms, abbreviations and former
names have their own modules.
"""

from __future__ import annotations

import pytest

from migtext.countries import lookup
from tests.countries import read_pairs

# fmt: off
ENGLISH_DATA = r"""
# --- UN member states, usual English short name
Afghanistan|AFG
Albania|ALB
Algeria|DZA
Andorra|AND
Angola|AGO
Antigua and Barbuda|ATG
Argentina|ARG
Armenia|ARM
Australia|AUS
Austria|AUT
Azerbaijan|AZE
Bahamas|BHS
Bahrain|BHR
Bangladesh|BGD
Barbados|BRB
Belarus|BLR
Belgium|BEL
Belize|BLZ
Benin|BEN
Bhutan|BTN
Bolivia|BOL
Bosnia and Herzegovina|BIH
Botswana|BWA
Brazil|BRA
Brunei|BRN
Bulgaria|BGR
Burkina Faso|BFA
Burundi|BDI
Cambodia|KHM
Cameroon|CMR
Canada|CAN
Cape Verde|CPV
Central African Republic|CAF
Chad|TCD
Chile|CHL
China|CHN
Colombia|COL
Comoros|COM
Republic of the Congo|COG
Democratic Republic of the Congo|COD
Costa Rica|CRI
Ivory Coast|CIV
Croatia|HRV
Cuba|CUB
Cyprus|CYP
Czech Republic|CZE
Denmark|DNK
Djibouti|DJI
Dominica|DMA
Dominican Republic|DOM
East Timor|TLS
Ecuador|ECU
Egypt|EGY
El Salvador|SLV
Equatorial Guinea|GNQ
Eritrea|ERI
Estonia|EST
Eswatini|SWZ
Ethiopia|ETH
Fiji|FJI
Finland|FIN
France|FRA
Gabon|GAB
The Gambia|GMB
Georgia|GEO
Germany|DEU
Ghana|GHA
Greece|GRC
Grenada|GRD
Guatemala|GTM
Guinea|GIN
Guinea-Bissau|GNB
Guyana|GUY
Haiti|HTI
Honduras|HND
Hungary|HUN
Iceland|ISL
India|IND
Indonesia|IDN
Iran|IRN
Iraq|IRQ
Ireland|IRL
Israel|ISR
Italy|ITA
Jamaica|JAM
Japan|JPN
Jordan|JOR
Kazakhstan|KAZ
Kenya|KEN
Kiribati|KIR
Kuwait|KWT
Kyrgyzstan|KGZ
Laos|LAO
Latvia|LVA
Lebanon|LBN
Lesotho|LSO
Liberia|LBR
Libya|LBY
Liechtenstein|LIE
Lithuania|LTU
Luxembourg|LUX
Madagascar|MDG
Malawi|MWI
Malaysia|MYS
Maldives|MDV
Mali|MLI
Malta|MLT
Marshall Islands|MHL
Mauritania|MRT
Mauritius|MUS
Mexico|MEX
Federated States of Micronesia|FSM
Moldova|MDA
Monaco|MCO
Mongolia|MNG
Montenegro|MNE
Morocco|MAR
Mozambique|MOZ
Myanmar|MMR
Namibia|NAM
Nauru|NRU
Nepal|NPL
Netherlands|NLD
New Zealand|NZL
Nicaragua|NIC
Niger|NER
Nigeria|NGA
North Korea|PRK
North Macedonia|MKD
Norway|NOR
Oman|OMN
Pakistan|PAK
Palau|PLW
Palestine|PSE
Panama|PAN
Papua New Guinea|PNG
Paraguay|PRY
Peru|PER
Philippines|PHL
Poland|POL
Portugal|PRT
Qatar|QAT
Romania|ROU
Russia|RUS
Rwanda|RWA
Saint Kitts and Nevis|KNA
Saint Lucia|LCA
Saint Vincent and the Grenadines|VCT
Samoa|WSM
San Marino|SMR
Sao Tome and Principe|STP
Saudi Arabia|SAU
Senegal|SEN
Serbia|SRB
Seychelles|SYC
Sierra Leone|SLE
Singapore|SGP
Slovakia|SVK
Slovenia|SVN
Solomon Islands|SLB
Somalia|SOM
South Africa|ZAF
South Korea|KOR
South Sudan|SSD
Spain|ESP
Sri Lanka|LKA
Sudan|SDN
Suriname|SUR
Sweden|SWE
Switzerland|CHE
Syria|SYR
Taiwan|TWN
Tajikistan|TJK
Tanzania|TZA
Thailand|THA
Togo|TGO
Tonga|TON
Trinidad and Tobago|TTO
Tunisia|TUN
Turkey|TUR
Turkmenistan|TKM
Tuvalu|TUV
Uganda|UGA
Ukraine|UKR
United Arab Emirates|ARE
United Kingdom|GBR
United States|USA
Uruguay|URY
Uzbekistan|UZB
Vanuatu|VUT
Vatican City|VAT
Venezuela|VEN
Vietnam|VNM
Yemen|YEM
Zambia|ZMB
Zimbabwe|ZWE
# --- territories that migration statistics list
Puerto Rico|PRI
Greenland|GRL
Hong Kong|HKG
Macau|MAC
Western Sahara|ESH
French Guiana|GUF
Guadeloupe|GLP
Martinique|MTQ
Reunion|REU
Mayotte|MYT
New Caledonia|NCL
French Polynesia|PYF
Curacao|CUW
Aruba|ABW
Bermuda|BMU
Cayman Islands|CYM
Gibraltar|GIB
Faroe Islands|FRO
Guam|GUM
American Samoa|ASM
British Virgin Islands|VGB
US Virgin Islands|VIR
Turks and Caicos Islands|TCA
Falkland Islands|FLK
Isle of Man|IMN
Jersey|JEY
Guernsey|GGY
Anguilla|AIA
Montserrat|MSR
Cook Islands|COK
Niue|NIU
Sint Maarten|SXM
Saint Martin|MAF
Saint Barthelemy|BLM
Saint Pierre and Miquelon|SPM
Wallis and Futuna|WLF
Northern Mariana Islands|MNP
Christmas Island|CXR
Norfolk Island|NFK
Svalbard and Jan Mayen|SJM
Aland Islands|ALA
Bouvet Island|BVT
Tokelau|TKL
Pitcairn Islands|PCN
Saint Helena|SHN
Antarctica|ATA
Caribbean Netherlands|BES
# --- articles, case, accents, punctuation, ampersands
the Netherlands|NLD
The Bahamas|BHS
the Philippines|PHL
the United States|USA
UNITED KINGDOM|GBR
united states of america|USA
Cote d'Ivoire|CIV
Côte d’Ivoire|CIV
Timor-Leste|TLS
Guinea Bissau|GNB
Sao Tomé & Príncipe|STP
Trinidad & Tobago|TTO
Antigua & Barbuda|ATG
Bosnia & Herzegovina|BIH
Bosnia-Herzegovina|BIH
Saint Kitts & Nevis|KNA
Heard Island & McDonald Islands|HMD
Saint-Barthélemy|BLM
  Senegal  |SEN
Mali.|MLI
# --- official and other long forms
Türkiye|TUR
Turkiye|TUR
Czechia|CZE
Cabo Verde|CPV
Brunei Darussalam|BRN
Viet Nam|VNM
Russian Federation|RUS
Syrian Arab Republic|SYR
Lao People's Democratic Republic|LAO
United Republic of Tanzania|TZA
Republic of Moldova|MDA
Republic of Korea|KOR
Democratic People's Republic of Korea|PRK
Holy See|VAT
State of Palestine|PSE
Bolivarian Republic of Venezuela|VEN
Plurinational State of Bolivia|BOL
Islamic Republic of Iran|IRN
Arab Republic of Egypt|EGY
Kingdom of the Netherlands|NLD
United Kingdom of Great Britain and Northern Ireland|GBR
Great Britain|GBR
Britain|GBR
Holland|NLD
Republic of Congo|COG
Kyrgyz Republic|KGZ
Slovak Republic|SVK
Federal Republic of Nigeria|NGA
Republic of the Niger|NER
Republic of the Sudan|SDN
Republic of South Sudan|SSD
Commonwealth of Dominica|DMA
Republic of Guinea|GIN
Republic of Equatorial Guinea|GNQ
Independent State of Papua New Guinea|PNG
Swiss Confederation|CHE
Hashemite Kingdom of Jordan|JOR
Kingdom of Saudi Arabia|SAU
Sultanate of Oman|OMN
Principality of Monaco|MCO
Grand Duchy of Luxembourg|LUX
People's Republic of China|CHN
People's Republic of Bangladesh|BGD
Federal Democratic Republic of Ethiopia|ETH
Democratic Socialist Republic of Sri Lanka|LKA
Hong Kong Special Administrative Region of China|HKG
Macao Special Administrative Region of China|MAC
Republic of China (Taiwan)|TWN
# --- misspellings a column may hold
Phillipines|PHL
Afganistan|AFG
Kazakstan|KAZ
Kyrgystan|KGZ
Tadjikistan|TJK
Luxemburg|LUX
Surinam|SUR
Mauritanie|MRT
Zimbabwee|ZWE
Equatorial Guniea|GNQ
"""
# fmt: on

ENGLISH_NAMES = read_pairs(ENGLISH_DATA)


def test_english_list_is_large_and_varied():
    assert len(ENGLISH_NAMES) >= 300
    assert len({code for _, code in ENGLISH_NAMES}) >= 230


def test_english_names_accuracy_and_no_wrong_answer():
    found = [(name, code, lookup(name)) for name, code in ENGLISH_NAMES]
    wrong = [(n, c, r.alpha3) for n, c, r in found if r is not None and r.alpha3 != c]
    missed = [(n, c) for n, c, r in found if r is None]
    assert not wrong
    assert 1 - len(missed) / len(ENGLISH_NAMES) >= 0.99, missed


@pytest.mark.parametrize(
    "name, alpha3",
    [
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinea", "PNG"),
        ("Sudan", "SDN"),
        ("South Sudan", "SSD"),
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
        ("Congo", "COG"),
        ("Austria", "AUT"),
        ("Australia", "AUS"),
        ("Samoa", "WSM"),
        ("American Samoa", "ASM"),
        ("Iran", "IRN"),
        ("Iraq", "IRQ"),
    ],
)
def test_english_neighbours_keep_their_own_code(name, alpha3):
    assert lookup(name, fuzzy=True).alpha3 == alpha3


def test_an_english_name_says_where_it_comes_from():
    found = lookup("Ivory Coast", explain=True)
    assert (found.alpha3, found.method) == ("CIV", "alias")
    assert "country_lookup.csv" in found.reason
    official = lookup("Islamic Republic of Iran", explain=True)
    assert (official.alpha3, official.method) == ("IRN", "exact")
