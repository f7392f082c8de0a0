"""ISO 3166 codes in a column: alpha-3, alpha-2 and numeric, current and former (3166-3).

`CODES` is a hand-written list (also read by `benchmarks/country_linking.py`): codes in
the cases and shapes tables hold them (lower case, numbers without their leading
zeros, numbers read as floats), near neighbours' codes side by side, and the codes of
ISO 3166-3, each linked to the country it became.
"""

from __future__ import annotations

import numpy as np
import pytest

from migtext.countries import kb, lookup
from tests.countries import read_pairs

# fmt: off
CODES_DATA = r"""
# --- alpha-3, alpha-2 and numeric, any case, with or without leading zeros
FRA|FRA
fra|FRA
Fra|FRA
FR|FRA
fr|FRA
250|FRA
DEU|DEU
de|DEU
276|DEU
AFG|AFG
AF|AFG
004|AFG
04|AFG
4|AFG
4.0|AFG
8|ALB
ALB|ALB
012|DZA
12|DZA
DZ|DZA
USA|USA
us|USA
U.S.|USA
840|USA
GBR|GBR
GB|GBR
gb|GBR
826|GBR
# --- neighbours whose names are close: the codes keep them apart
COD|COD
CD|COD
180|COD
COG|COG
CG|COG
178|COG
NER|NER
NE|NER
562|NER
NGA|NGA
NG|NGA
566|NGA
GIN|GIN
GN|GIN
324|GIN
GNB|GNB
GW|GNB
624|GNB
GNQ|GNQ
GQ|GNQ
226|GNQ
SDN|SDN
SD|SDN
729|SDN
SSD|SSD
SS|SSD
728|SSD
DMA|DMA
DM|DMA
212|DMA
DOM|DOM
DO|DOM
214|DOM
KOR|KOR
KR|KOR
410|KOR
PRK|PRK
KP|PRK
408|PRK
AUT|AUT
AT|AUT
040|AUT
AUS|AUS
AU|AUS
036|AUS
# --- codes that are also words or that tables mangle
NA|NAM
na|NAM
516|NAM
IN|IND
in|IND
356|IND
TO|TON
NO|NOR
IT|ITA
CH|CHE
756|CHE
ZA|ZAF
710|ZAF
TW|TWN
158|TWN
HK|HKG
344|HKG
PS|PSE
275|PSE
MF|MAF
SX|SXM
BQ|BES
CW|CUW
# --- current codes that ISO 3166-3 once gave to another country: the current one
GE|GEO
SK|SVK
AI|AIA
BY|BLR
ATF|ATF
# --- former states (ISO 3166-3) that have no successor of their own
SUN|SUN
SU|SUN
810|SUN
SUHH|SUN
YUG|YUG
YU|YUG
YUCS|YUG
CSK|CSK
CSHH|CSK
200|CSK
DDR|DDR
DD|DDR
278|DDR
DDDE|DDR
SCG|SCG
CSXX|SCG
ANT|ANT
AN|ANT
530|ANT
ANHH|ANT
# --- renamed or merged: the current country
BUR|MMR
BU|MMR
BUMM|MMR
ZAR|COD
ZR|COD
ZRCD|COD
DHY|BEN
DY|BEN
DYBJ|BEN
HVO|BFA
HV|BFA
HVBF|BFA
RHO|ZWE
RH|ZWE
RHZW|ZWE
TMP|TLS
TP|TLS
TPTL|TLS
NHB|VUT
NH|VUT
NHVU|VUT
YMD|YEM
YD|YEM
720|YEM
YDYE|YEM
VDR|VNM
VD|VNM
VDVN|VNM
FXX|FRA
FX|FRA
249|FRA
BYS|BLR
BYAA|BLR
AFI|DJI
AIDJ|DJI
262|DJI
SKM|IND
SKIN|IND
PCZ|PAN
PZ|PAN
"""
# fmt: on

CODES = read_pairs(CODES_DATA)


def test_code_list_is_large_and_varied():
    assert len(CODES) >= 150
    assert len({code for _, code in CODES}) >= 50


def test_every_code_of_the_list_gives_its_country():
    wrong = [
        (code, expected, lookup(code)) for code, expected in CODES if getattr(lookup(code), "alpha3", None) != expected
    ]
    assert not wrong


def test_every_iso_code_of_every_country_looks_up_to_it():
    shared = {"CS", "891"}  # Czechoslovakia and Serbia and Montenegro; Yugoslavia and Serbia and Montenegro
    for c in kb.countries().values():
        codes = [c.alpha3, c.alpha2, c.alpha3.lower(), c.alpha2.lower(), c.numeric, c.numeric.lstrip("0")]
        for code in codes:
            if code and code.upper() not in shared:
                assert lookup(code).alpha3 == c.alpha3, code


@pytest.mark.parametrize(
    "value, alpha3", [(4, "AFG"), (250, "FRA"), (250.0, "FRA"), (np.int64(840), "USA"), (np.float64(4.0), "AFG")]
)
def test_numeric_codes_given_as_numbers(value, alpha3):
    # a column of M49 codes read as integers, or as floats because a cell is empty
    assert lookup(value).alpha3 == alpha3


@pytest.mark.parametrize("value", [True, -4, 4.5, float("inf"), 1000, "1000", "00"])
def test_numbers_that_are_no_code(value):
    assert lookup(value) is None


def test_a_code_shared_by_two_former_states_fits_both():
    for code, pair in (("CS", ("CSK", "SCG")), ("891", ("SCG", "YUG"))):
        found = lookup(code, explain=True)
        assert found.country is None and found.candidates == pair
        assert "fits 2 countries" in found.reason


def test_a_code_says_what_it_is():
    assert lookup("fra", explain=True).reason == "ISO 3166-1 alpha-3 code"
    assert lookup("BUMM", explain=True).reason == "ISO 3166-3 alpha-4 code of a former country"
    assert lookup("SUN", explain=True).reason == "ISO 3166-3 alpha-3 code"
    assert lookup("250", explain=True).method == "code"


@pytest.mark.parametrize(
    "code, why",
    [("150", "region (Europe)"), ("002", "region (Africa)"), ("999", "no country has the ISO 3166 numeric code 999")],
)
def test_numbers_that_are_regions_or_nothing(code, why):
    found = lookup(code, explain=True)
    assert found.country is None and why in found.reason


@pytest.mark.parametrize("code", ["XK", "XKX", "xkx"])
def test_kosovos_user_assigned_code_is_explained(code):
    found = lookup(code, explain=True)
    assert found.country is None and "Kosovo" in found.reason


@pytest.mark.parametrize(
    "value, alpha3", [("UK", "GBR"), ("Mali", "MLI"), ("Iran", "IRN"), ("Peru", "PER"), ("Chad", "TCD")]
)
def test_letters_that_are_no_code_are_read_as_names(value, alpha3):
    assert lookup(value).alpha3 == alpha3


def test_no_listed_name_is_another_countrys_code():
    # "RCA" (République centrafricaine) or "EAU" must not be some other country's code
    for key, entry in kb.lookup_names().items():
        if len(key) == 1 and len(entry.codes) == 1:
            hit = kb.code_table().get(key[0].upper())
            assert hit is None or hit[0] == entry.codes, (key, entry, hit)
