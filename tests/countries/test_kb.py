"""The countries knowledge base and the look-up API, without spaCy."""

from __future__ import annotations

import gettext

import pycountry
import pytest

from migtext import countries as api
from migtext.core.errors import DataError
from migtext.countries import kb

# The 193 UN member states (ISO alpha-3), written out here so the data is checked
# against a list it was not built from.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI
EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM
MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()

# identifiers.md, "World regions": every French name listed there and its code.
REFERENCE_REGIONS = {
    "Afrique": "002",
    "Afrique du Nord": "015",
    "Afrique septentrionale": "015",
    "Afrique de l'Ouest": "011",
    "Afrique occidentale": "011",
    "Afrique de l'Est": "014",
    "Afrique orientale": "014",
    "Afrique centrale": "017",
    "Afrique australe": "018",
    "Afrique subsaharienne": "202",
    "Amériques": "019",
    "Amérique latine": "419",
    "Amérique latine et Caraïbes": "419",
    "Caraïbes": "029",
    "Amérique centrale": "013",
    "Amérique du Sud": "005",
    "Amérique du Nord": "021",
    "Amérique septentrionale": "021",
    "Asie": "142",
    "Asie de l'Est": "030",
    "Asie orientale": "030",
    "Asie du Sud": "034",
    "Asie méridionale": "034",
    "Asie du Sud-Est": "035",
    "Asie de l'Ouest": "145",
    "Asie occidentale": "145",
    "Asie centrale": "143",
    "Europe": "150",
    "Europe de l'Est": "151",
    "Europe orientale": "151",
    "Europe du Nord": "154",
    "Europe septentrionale": "154",
    "Europe du Sud": "039",
    "Europe méridionale": "039",
    "Europe de l'Ouest": "155",
    "Europe occidentale": "155",
    "Océanie": "009",
}


def test_every_iso_3166_1_entry_is_in_the_table_with_pycountry_codes():
    table = kb.countries()
    for c in pycountry.countries:
        rec = table[c.alpha_3]
        assert (rec.alpha2, rec.numeric, rec.former) == (c.alpha_2, c.numeric, False)


def test_french_names_come_from_pycountry_catalogue():
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    assert fr.gettext("Egypt") == "Égypte"
    assert kb.country("EGY").short_name_fr == "Égypte"
    assert kb.country("IRN").name_fr == "République islamique d'Iran"  # un-inverted catalogue form


@pytest.mark.parametrize(
    "alpha3, numeric", [("SUN", "810"), ("YUG", "891"), ("CSK", "200"), ("SCG", "891"), ("DDR", "278")]
)
def test_former_states_have_their_iso_3166_3_code(alpha3, numeric):
    rec = kb.country(alpha3)
    assert rec.former and rec.numeric == numeric


def test_un_members_have_a_french_short_name_a_demonym_and_an_m49_place():
    assert len(UN_MEMBERS) == 193 == len(set(UN_MEMBERS))
    with_demonym = {d.alpha3 for d in kb.demonyms()}
    for alpha3 in UN_MEMBERS:
        rec = kb.country(alpha3)
        assert rec.short_name_fr and "," not in rec.short_name_fr, alpha3
        assert alpha3 in with_demonym, alpha3
        assert rec.m49_region in {"002", "019", "142", "150", "009"}, alpha3


def test_every_current_entry_but_antarctica_has_an_m49_subregion():
    missing = [c.alpha3 for c in kb.countries().values() if not c.former and c.m49_subregion is None]
    assert missing == ["ATA"]


def test_m49_country_code_is_the_iso_numeric_code():
    # M49 country codes are ISO 3166-1 numeric codes, never a region's code.
    region_codes = set(kb.regions())
    for c in kb.countries().values():
        assert len(c.numeric) == 3 and c.numeric.isdigit()
        assert c.numeric not in region_codes or c.alpha3 in ("SCG", "YUG")  # 891 is no region either
        assert c.numeric == (pycountry.countries.get(alpha_3=c.alpha3).numeric if not c.former else c.numeric)


@pytest.mark.parametrize(
    "alpha3, region, subregion, intermediate",
    [
        ("MLI", "002", "202", "011"),
        ("EGY", "002", "015", None),
        ("COD", "002", "202", "017"),
        ("ZAF", "002", "202", "018"),
        ("KEN", "002", "202", "014"),
        ("HTI", "019", "419", "029"),
        ("GTM", "019", "419", "013"),
        ("PER", "019", "419", "005"),
        ("CAN", "019", "021", None),
        ("AFG", "142", "034", None),
        ("TUR", "142", "145", None),
        ("KAZ", "142", "143", None),
        ("VNM", "142", "035", None),
        ("CHN", "142", "030", None),
        ("UKR", "150", "151", None),
        ("GBR", "150", "154", None),
        ("ITA", "150", "039", None),
        ("FRA", "150", "155", None),
        ("AUS", "009", "053", None),
        ("FJI", "009", "054", None),
        ("GUF", "019", "419", "005"),
    ],
)
def test_m49_membership(alpha3, region, subregion, intermediate):
    rec = kb.country(alpha3)
    assert (rec.m49_region, rec.m49_subregion, rec.m49_intermediate) == (region, subregion, intermediate)


def test_m49_names_are_french():
    rec = kb.country("SEN")
    assert rec.m49_region_name == "Afrique"
    assert rec.m49_subregion_name == "Afrique subsaharienne"
    assert rec.m49_intermediate_name == "Afrique de l'Ouest"


@pytest.mark.parametrize("name, code", sorted(REFERENCE_REGIONS.items()))
def test_reference_region_names_map_to_their_code(name, code):
    found = {kb.folded_key(p.surface): p for p in kb.place_names()}
    place = found[kb.folded_key(name)]
    assert (place.label, place.code) == ("REGION", code)


@pytest.mark.parametrize("name", ["Sahel", "Maghreb", "Balkans", "Balkans occidentaux", "Moyen-Orient", "Golfe"])
def test_groupings_without_m49_code(name):
    found = {kb.folded_key(p.surface): p for p in kb.place_names()}
    assert (found[kb.folded_key(name)].label, found[kb.folded_key(name)].code) == ("REGION", None)


def test_demonyms_have_four_forms_with_gender_and_number():
    forms = {d.form: d for d in kb.demonyms() if d.alpha3 == "MLI"}
    assert set(forms) == {"malien", "malienne", "maliens", "maliennes"}
    assert (forms["maliennes"].gender, forms["maliennes"].number) == ("Fem", "Plur")
    shared = {d.form: d for d in kb.demonyms() if d.alpha3 == "FRA"}
    assert (shared["français"].gender, shared["français"].number) == ("Masc", None)
    swiss = {d.form: d for d in kb.demonyms() if d.alpha3 == "CHE"}
    assert (swiss["suisse"].gender, swiss["suisse"].number) == (None, "Sing")


@pytest.mark.parametrize(
    "form, alpha3",
    [("zaïrois", "COD"), ("voltaïques", "BFA"), ("dahoméenne", "BEN"), ("rhodésiens", "ZWE"), ("ceylanaise", "LKA")],
)
def test_demonyms_of_renamed_states_take_the_current_code(form, alpha3):
    # the contract: a renamed state that goes on takes its current code (Zaïre -> COD)
    assert {d.alpha3 for d in kb.demonyms() if d.form == form} == {alpha3}


def test_no_folded_name_means_two_countries():
    seen = {}
    for name in kb.country_names():
        key = kb.folded_key(name.surface)
        assert seen.setdefault(key, name.alpha3) == name.alpha3, name


def test_conflicting_alias_is_a_data_error(monkeypatch):
    real = kb.read_csv

    def fake(name):
        rows = real(name)
        if name == "country_aliases.csv":
            rows = rows + [{"alpha3": "MLT", "alias": "Mali", "kind": "news"}]
        return rows

    monkeypatch.setattr(kb, "read_csv", fake)
    kb.country_names.cache_clear()
    try:
        with pytest.raises(DataError, match="'Mali' means both"):
            kb.country_names()
    finally:
        monkeypatch.undo()
        kb.country_names.cache_clear()
    assert api.lookup("Mali").alpha3 == "MLI"


def test_missing_data_file_is_a_data_error():
    with pytest.raises(DataError, match="missing"):
        kb.read_csv("no_such_file.csv")


def test_language_and_generic_noun_lists_are_folded_words():
    from migtext.countries.kb import generic_place_nouns, languages

    assert {"francais", "turc", "arabe"} <= languages()
    assert "malien" not in languages()
    assert {"royaume", "bassin", "region"} <= generic_place_nouns()
    assert "tchad" not in generic_place_nouns()


def test_shared_demonyms_list_every_form_and_the_other_countries():
    shared = kb.shared_demonyms()
    assert shared["congolaises"] == ("COG",)
    assert set(shared["guineen"]) == {"GNB", "GNQ"}
    assert "malien" not in shared


def test_regional_demonyms_are_never_fuzzed_to_a_country():
    assert kb.fuzzy_country("centramericains") is None
    assert "sahelienne" in kb.regional_demonyms()


def test_peoples_without_a_state_are_folded_names_and_no_country():
    from migtext.countries.kb import peoples

    assert {"rohingyas", "rohingya", "hazaras", "touaregs"} <= peoples()
    assert not {"maliens", "soudanais", "amhara"} & peoples()
