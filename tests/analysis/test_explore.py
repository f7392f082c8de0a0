"""The data behind the notebook's charts, on a small corpus written here by hand.

The records are built as `migtext.doc_to_record` shapes them, with the attribute names
the entity components use, so the numbers each chart shows can be counted by eye.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import migtext
from migtext.analysis import explore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

AFRICA = {"m49_region": "002", "m49_region_name": "Afrique"}
LIBYA = {"alpha2": "LY", "alpha3": "LBY", "name_fr": "Libye", "m49_subregion": "015",
         "m49_subregion_name": "Afrique du Nord", **AFRICA}
TUNISIA = {"alpha2": "TN", "alpha3": "TUN", "name_fr": "Tunisie", "m49_subregion": "015",
           "m49_subregion_name": "Afrique du Nord", **AFRICA}
SUDAN = {"alpha2": "SD", "alpha3": "SDN", "name_fr": "Soudan", "m49_subregion": "015",
         "m49_subregion_name": "Afrique du Nord", **AFRICA}
ITALY = {"alpha2": "IT", "alpha3": "ITA", "name_fr": "Italie", "m49_region": "150", "m49_region_name": "Europe",
         "m49_subregion": "039", "m49_subregion_name": "Europe du Sud"}
IOM = {"acronym_fr": "OIM", "name_en": "International Organization for Migration", "qid": "Q472311",
       "type": "un_entity"}
UNHCR = {"acronym_fr": "HCR", "qid": "Q28606331", "type": "un_entity"}
FRONTEX = {"acronym_fr": "Frontex", "qid": "Q21786841", "type": "eu_body"}
GENEVA = {"id": "untc:V-2", "title_fr": "Convention relative au statut des réfugiés", "year": 1951,
          "kind": "convention"}
PALERMO = {"id": "untc:XVIII-12", "title_fr": "Convention des Nations unies contre la criminalité "
           "transnationale organisée", "year": 2000, "kind": "convention"}

TEXT_A = (
    "Tripoli, 12 mars 2024 – L'OIM et le HCR s'inquiètent du sort de 300 migrants soudanais "
    "interceptés au large de la Libye cette semaine. Depuis janvier 2024, plus de 2 000 personnes "
    "ont été renvoyées vers la Libye, a déclaré Mme Ugochi Daniels, directrice générale adjointe "
    "de l'OIM. La Convention de 1951 interdit le refoulement."
)
TEXT_B = (
    "Rome – Frontex a signalé une hausse des arrivées en Italie depuis la Tunisie en 2023. "
    "Le HCR rappelle que la Convention de Genève et son protocole s'appliquent. "
    "« Personne ne doit être renvoyé vers la Libye », a dit le porte-parole du HCR, William Spindler."
)
TEXT_C = "Le Haut-Commissaire Filippo Grandi s'est rendu en Afrique, au Tchad, le 3 avril 2024."


def span(text, surface, label, norm=None, nth=1, **attrs):
    """An entity record for the `nth` occurrence of `surface` in `text`."""
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "text": surface, "label": label, "norm": norm,
            "score": 1.0, "method": "exact", "attrs": attrs}


def person(text, name, norm, role, role_norm, affiliation, surfaces):
    mentions = [[text.index(s), text.index(s) + len(s)] for s in surfaces]
    return {"norm": norm, "mentions": mentions, "role": role, "role_norm": role_norm, "affiliation": affiliation}


RECORD_A = {
    "id": "a", "date": "2024-03-12", "date_source": "dateline",
    "entities": [
        span(TEXT_A, "Tripoli", "LOC"),
        span(TEXT_A, "12 mars 2024", "DATE", "2024-03-12", type="date"),
        span(TEXT_A, "OIM", "ORG", "IOM", **IOM),
        span(TEXT_A, "HCR", "ORG", "UNHCR", **UNHCR),
        span(TEXT_A, "soudanais", "NATIONALITY", "SDN", **SUDAN),
        span(TEXT_A, "Libye", "COUNTRY", "LBY", **LIBYA),
        span(TEXT_A, "cette semaine", "DATE", "2024-W11", type="date"),
        span(TEXT_A, "janvier 2024", "DATE", "2024-01", type="date"),
        span(TEXT_A, "Libye", "COUNTRY", "LBY", nth=2, **LIBYA),
        span(TEXT_A, "Ugochi Daniels", "PER", "Ugochi Daniels", role="directrice générale adjointe",
             role_norm="deputy director general", affiliation="IOM"),
        span(TEXT_A, "OIM", "ORG", "IOM", nth=2, **IOM),
        span(TEXT_A, "Convention de 1951", "LEGAL", "untc:V-2", **GENEVA),
    ],
    "people": [person(TEXT_A, "Ugochi Daniels", "Ugochi Daniels", "directrice générale adjointe",
                      "deputy director general", "IOM", ["Ugochi Daniels"])],
}
RECORD_B = {
    "id": "b", "date": None, "date_source": None,
    "entities": [
        span(TEXT_B, "Rome", "LOC"),
        span(TEXT_B, "Frontex", "ORG", "FRONTEX", **FRONTEX),
        span(TEXT_B, "Italie", "COUNTRY", "ITA", **ITALY),
        span(TEXT_B, "Tunisie", "COUNTRY", "TUN", **TUNISIA),
        span(TEXT_B, "2023", "DATE", "2023", type="date"),
        span(TEXT_B, "HCR", "ORG", "UNHCR", **UNHCR),
        span(TEXT_B, "Convention de Genève et son protocole", "LEGAL", "untc:V-2;untc:V-5", kind="convention"),
        span(TEXT_B, "Libye", "COUNTRY", "LBY", **LIBYA),
        span(TEXT_B, "HCR", "ORG", "UNHCR", nth=2, **UNHCR),
        span(TEXT_B, "William Spindler", "PER", "William Spindler", role="porte-parole",
             role_norm="spokesperson", affiliation="UNHCR"),
    ],
    "people": [person(TEXT_B, "William Spindler", "William Spindler", "porte-parole", "spokesperson", "UNHCR",
                      ["William Spindler"])],
}
# Entity components may not yet give every attribute: document c has none at all.
RECORD_C = {
    "id": "c", "date": None, "date_source": None,
    "entities": [
        span(TEXT_C, "Filippo Grandi", "PER", "Filippo Grandi"),
        span(TEXT_C, "Afrique", "REGION", "002"),
        span(TEXT_C, "Tchad", "COUNTRY", "TCD"),
        span(TEXT_C, "3 avril 2024", "DATE", "2024-04-03"),
    ],
    "people": [person(TEXT_C, "Filippo Grandi", "Filippo Grandi", "Haut-Commissaire", "high commissioner", None,
                      ["Filippo Grandi"])],
}
RECORDS = [RECORD_A, RECORD_B, RECORD_C]


@pytest.fixture(scope="module")
def frame():
    return migtext.to_dataframe(RECORDS)


def empty_frame():
    return migtext.to_dataframe([])


def test_hand_written_offsets_match_their_text():
    for record, text in zip(RECORDS, (TEXT_A, TEXT_B, TEXT_C), strict=True):
        for ent in record["entities"]:
            assert text[ent["start"]:ent["end"]] == ent["text"]


# ---------------------------------------------------------------- countries


def test_mentions_per_country_counts_countries_and_nationalities(frame):
    table = explore.mentions_per_country(frame)
    assert list(table["norm"]) == ["LBY", "ITA", "SDN", "TCD", "TUN"]  # ties by code
    libya = table.set_index("norm").loc["LBY"]
    assert (libya["COUNTRY"], libya["NATIONALITY"], libya["mentions"], libya["documents"]) == (3, 0, 3, 2)
    sudan = table.set_index("norm").loc["SDN"]
    assert (sudan["COUNTRY"], sudan["NATIONALITY"], sudan["mentions"]) == (0, 1, 1)


def test_country_names_come_from_attributes_then_pycountry_in_french(frame):
    names = explore.mentions_per_country(frame).set_index("norm")["name"]
    assert names["LBY"] == "Libye"
    assert names["TCD"] == "Tchad"  # no attributes in document c: pycountry's French name


@pytest.mark.parametrize(
    "alpha3, name",
    [
        ("DZA", "Algérie"),
        ("DEU", "Allemagne"),
        ("CIV", "Côte d'Ivoire"),
        ("COD", "République démocratique du Congo"),
        ("SYR", "Syrie"),
        ("RUS", "Russie"),
        ("SUN", "URSS"),
        ("YUG", "Yougoslavie"),
        ("ZZZ", "ZZZ"),
    ],
)
def test_country_name_fr(alpha3, name):
    assert explore.country_name_fr(alpha3) == name


@pytest.mark.parametrize(
    "norm, attrs, name",
    [
        ("AFG", {"name_fr": "République islamique d'Afghanistan", "short_name_fr": "Afghanistan"}, "Afghanistan"),
        ("AFG", {"name_fr": "République islamique d'Afghanistan"}, "Afghanistan"),  # pycountry's short name
        ("XKX", {"name_fr": "Kosovo"}, "Kosovo"),  # not in ISO 3166-1: the entities' own name
        ("XKX", {}, "XKX"),
    ],
)
def test_charts_use_short_country_names(norm, attrs, name):
    entity = span("au Kosovo", "Kosovo", "COUNTRY", norm, **attrs)
    table = explore.mentions_per_country([{"id": "k", "entities": [entity], "people": []}])
    assert list(table["name"]) == [name]


def test_mentions_per_country_accepts_records_and_ignores_null_norms():
    record = {"id": "x", "entities": [span("Au Kurdistan", "Kurdistan", "COUNTRY", None)], "people": []}
    assert explore.mentions_per_country([record]).empty
    assert list(explore.mentions_per_country(RECORDS)["norm"])[:1] == ["LBY"]


def test_mentions_per_country_only_countries():
    table = explore.mentions_per_country(RECORDS, labels=("COUNTRY",))
    assert "SDN" not in set(table["norm"])
    assert list(table.columns) == ["norm", "name", "COUNTRY", "mentions", "documents"]


def test_mentions_per_region_groups_countries_by_m49_region(frame):
    table = explore.mentions_per_region(frame).set_index("code")
    # Libya 3, Tunisia 1, Sudan 1 in Africa; "Afrique" itself named once in c; Italy in Europe.
    assert table.loc["002", "name"] == "Afrique"
    assert (table.loc["002", "country_mentions"], table.loc["002", "region_mentions"]) == (5, 1)
    assert table.loc["002", "mentions"] == 6
    assert table.loc["002", "documents"] == 3
    assert table.loc["150", "mentions"] == 1
    assert list(table.index) == ["002", "150"]  # Chad has no attributes: not placed


def test_mentions_per_region_by_subregion(frame):
    table = explore.mentions_per_region(frame, level="subregion").set_index("code")
    assert table.loc["015", "name"] == "Afrique du Nord"
    assert table.loc["015", "mentions"] == 5
    assert table.loc["039", "name"] == "Europe du Sud"
    assert "002" not in table.index  # a region is not a sub-region


def test_mentions_per_region_by_intermediate_region():
    text = "Des Sénégalais et des Maliens, en Afrique de l'Ouest comme en Libye."
    west = {"m49_region": "002", "m49_subregion": "202", "m49_intermediate": "011",
            "m49_intermediate_name": "Afrique de l'Ouest"}
    entities = [span(text, "Sénégalais", "NATIONALITY", "SEN", **west), span(text, "Maliens", "NATIONALITY", "MLI",
                **west), span(text, "Afrique de l'Ouest", "REGION", "011"), span(text, "Libye", "COUNTRY", "LBY",
                m49_intermediate=None)]
    table = explore.mentions_per_region([{"id": "w", "entities": entities, "people": []}], level="intermediate")
    assert table.to_dict("records") == [{"code": "011", "name": "Afrique de l'Ouest", "country_mentions": 2,
                                         "region_mentions": 1, "mentions": 3, "documents": 1}]


def test_m49_codes_read_as_numbers_get_their_leading_zeros():
    entity = span("en Libye", "Libye", "COUNTRY", "LBY", m49_region=2.0, m49_region_name="Afrique")
    table = explore.mentions_per_region([{"id": "n", "entities": [entity], "people": []}])
    assert list(table["code"]) == ["002"]


def test_mentions_per_region_rejects_an_unknown_level(frame):
    with pytest.raises(ValueError, match="continent"):
        explore.mentions_per_region(frame, level="continent")


def test_world_map_values_use_lowercase_alpha2_and_drop_former_states():
    entities = [span("l'URSS et la Libye", "URSS", "COUNTRY", "SUN"), span("l'URSS et la Libye", "Libye",
                                                                           "COUNTRY", "LBY")]
    table = explore.world_map_values([{"id": "m", "entities": entities, "people": []}])
    assert list(table["alpha2"]) == ["ly"]
    assert list(table["mentions"]) == [1]


# ---------------------------------------------------------------- organisations


def test_organisations_counts_mentions_and_documents(frame):
    table = explore.organisations(frame).set_index("key")
    assert (table.loc["UNHCR", "mentions"], table.loc["UNHCR", "documents"]) == (3, 2)
    assert table.loc["UNHCR", "name"] == "HCR"
    assert table.loc["IOM", "mentions"] == 2
    assert table.loc["FRONTEX", "type"] == "eu_body"


def test_organisations_without_norm_are_grouped_by_folded_name():
    text = "Le ministère de l'Intérieur puis le Ministère de l’intérieur ont répondu."
    entities = [span(text, "ministère de l'Intérieur", "ORG"), span(text, "Ministère de l’intérieur", "ORG")]
    table = explore.organisations([{"id": "o", "entities": entities, "people": []}])
    assert len(table) == 1
    assert table.loc[0, "mentions"] == 2
    assert table.loc[0, "type"] == "unknown"
    assert pd.isna(table.loc[0, "norm"])


def test_organisations_by_type(frame):
    table = explore.organisations_by_type(frame).set_index("type")
    assert (table.loc["un_entity", "organisations"], table.loc["un_entity", "mentions"]) == (2, 5)
    assert table.loc["eu_body", "mentions"] == 1
    assert list(table.index) == ["un_entity", "eu_body"]


def test_cooccurrence_counts_documents_where_both_appear(frame):
    matrix = explore.cooccurrence(frame)
    assert matrix.loc["HCR", "LBY"] == 2  # documents a and b
    assert matrix.loc["OIM", "SDN"] == 1
    assert matrix.loc["Frontex", "ITA"] == 1
    assert matrix.loc["OIM", "ITA"] == 0
    assert "TCD" not in matrix.columns  # document c names no organisation
    assert matrix.index[0] == "HCR"  # the organisation with most co-occurrences first


def test_cooccurrence_top_keeps_the_most_mentioned(frame):
    matrix = explore.cooccurrence(frame, top=1)
    assert list(matrix.index) == ["HCR"]
    assert list(matrix.columns) == ["LBY"]


def test_cooccurrence_drops_organisations_left_with_no_country():
    # Frontex is only with Italy, which `top=2` cuts (Libya and Tunisia are mentioned more).
    text = "Le HCR en Libye, en Libye, en Tunisie et en Tunisie."
    other = "Frontex en Italie."
    records = [
        {"id": "h", "people": [], "entities": [span(text, "HCR", "ORG", "UNHCR", **UNHCR)] + [
            span(text, name, "COUNTRY", code, nth=n) for name, code in (("Libye", "LBY"), ("Tunisie", "TUN"))
            for n in (1, 2)]},
        {"id": "f", "people": [], "entities": [span(other, "Frontex", "ORG", "FRONTEX", **FRONTEX),
                                               span(other, "Italie", "COUNTRY", "ITA", **ITALY)]},
    ]
    matrix = explore.cooccurrence(records, top=2)
    assert list(matrix.index) == ["HCR"]
    assert sorted(matrix.columns) == ["LBY", "TUN"]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2018-12-21", (dt.date(2018, 12, 21), "day")),
        ("2018-12-21TMO", (dt.date(2018, 12, 21), "day")),
        ("2018-12", (dt.date(2018, 12, 1), "month")),
        ("2018", (dt.date(2018, 1, 1), "year")),
        ("2018-W52", (dt.date(2018, 12, 24), "week")),
        ("2020-W01", (dt.date(2019, 12, 30), "week")),
        ("2019-Q3", (dt.date(2019, 7, 1), "quarter")),
        ("2024-05-03/2024-05-05", (dt.date(2024, 5, 3), "day")),
        ("P3Y", None),
        ("P1D", None),
        ("PXM", None),
        ("XXXX-12-21", None),
        ("199", None),
        ("20", None),
        ("2018-13", None),
        ("2018-02-30", None),
        ("2018-W60", None),
        (None, None),
        ("", None),
        (float("nan"), None),
    ],
)
def test_timex_start(value, expected):
    assert explore.timex_start(value) == expected


def test_timeline_by_year(frame):
    table = explore.timeline(frame, freq="year")
    assert list(table["period"]) == ["2023", "2024"]
    assert list(table["mentions"]) == [1, 4]
    assert list(table["documents"]) == [1, 2]


def test_timeline_by_month_leaves_out_year_only_values(frame):
    table = explore.timeline(frame, freq="month")
    assert dict(zip(table["period"], table["mentions"], strict=True)) == {"2024-01": 1, "2024-03": 2, "2024-04": 1}


def test_a_week_counts_for_the_month_of_its_thursday():
    # ISO week 2024-W48 runs from Monday 25 November to Sunday 1 December.
    entity = span("la semaine dernière", "la semaine dernière", "DATE", "2024-W48")
    table = explore.timeline([{"id": "w", "entities": [entity], "people": []}], freq="month")
    assert list(table["period"]) == ["2024-11"]


def test_timeline_rejects_an_unknown_frequency(frame):
    with pytest.raises(ValueError, match="day"):
        explore.timeline(frame, freq="day")


def test_dated_mentions_leaves_out_durations():
    text = "Depuis trois ans, et le 21 décembre 2018"
    entities = [span(text, "trois ans", "DATE", "P3Y"), span(text, "21 décembre 2018", "DATE", "2018-12-21")]
    table = explore.dated_mentions([{"id": "d", "entities": entities, "people": []}])
    assert list(table["text"]) == ["21 décembre 2018"]
    assert list(table["precision"]) == ["day"]


# ---------------------------------------------------------------- people


def test_people_from_records():
    table = explore.people(RECORDS).set_index("person")
    assert list(table.index) == ["Filippo Grandi", "Ugochi Daniels", "William Spindler"]
    assert table.loc["William Spindler", "role_norm"] == "spokesperson"
    assert table.loc["William Spindler", "affiliation"] == "UNHCR"
    assert table.loc["Ugochi Daniels", "role"] == "directrice générale adjointe"


def test_people_across_documents_are_one_row():
    text = "M. Grandi a parlé."
    again = {"id": "d2", "entities": [], "people": [{"norm": "Filippo Grandi", "mentions": [[3, 9], [3, 9]],
                                                      "role": None, "role_norm": None, "affiliation": "UNHCR"}]}
    assert text[3:9] == "Grandi"
    table = explore.people([RECORD_C, again]).set_index("person")
    assert (table.loc["Filippo Grandi", "mentions"], table.loc["Filippo Grandi", "documents"]) == (3, 2)
    assert table.loc["Filippo Grandi", "role_norm"] == "high commissioner"
    assert table.loc["Filippo Grandi", "affiliation"] == "UNHCR"


def test_people_fall_back_on_per_entities_when_a_record_lists_none():
    text = "Amy Pope, directrice générale de l'OIM, et Mme Pope ont parlé."
    entities = [span(text, "Amy Pope", "PER", "Amy Pope", role="directrice générale", role_norm="director general",
                     affiliation="IOM"), span(text, "Pope", "PER", "Amy Pope", nth=2)]
    table = explore.people([{"id": "p", "entities": entities, "people": []}, RECORD_C])
    assert list(table["person"]) == ["Amy Pope", "Filippo Grandi"]
    assert table.loc[0, "mentions"] == 2
    assert table.loc[0, "role_norm"] == "director general"


def test_people_from_an_entity_table(frame):
    table = explore.people(frame).set_index("person")
    assert table.loc["William Spindler", "role_norm"] == "spokesperson"
    assert pd.isna(table.loc["Filippo Grandi", "role_norm"])  # document c gives no attributes


def test_roles(frame):
    table = explore.roles(RECORDS).set_index("role_norm")
    assert set(table.index) == {"spokesperson", "deputy director general", "high commissioner"}
    assert table["people"].sum() == 3


# ---------------------------------------------------------------- legal instruments


def test_legal_instruments_split_joint_mentions(frame):
    table = explore.legal_instruments(frame).set_index("id")
    assert (table.loc["untc:V-2", "mentions"], table.loc["untc:V-2", "documents"]) == (2, 2)
    assert table.loc["untc:V-2", "title"] == "Convention relative au statut des réfugiés"
    assert table.loc["untc:V-2", "year"] == 1951
    # Only a joint mention names the 1967 protocol: its attributes describe no single instrument.
    assert table.loc["untc:V-5", "mentions"] == 1
    assert table.loc["untc:V-5", "title"] == "Convention de Genève et son protocole"
    assert list(table.index) == ["untc:V-2", "untc:V-5"]


def test_unlisted_instruments_are_grouped_by_title():
    text = "la loi Asile et immigration, la Convention de Palerme, puis la loi asile et Immigration"
    entities = [span(text, "loi Asile et immigration", "LEGAL"), span(text, "Convention de Palerme", "LEGAL",
                "untc:XVIII-12", **PALERMO), span(text, "loi asile et Immigration", "LEGAL")]
    table = explore.legal_instruments([{"id": "l", "entities": entities, "people": []}])
    assert len(table) == 2
    assert pd.isna(table.loc[0, "id"])
    assert table.loc[0, "mentions"] == 2
    assert table.loc[1, "id"] == "untc:XVIII-12"
    assert table.loc[1, "year"] == 2000


# ---------------------------------------------------------------- missing data


EMPTY_CASES = [
    explore.mentions_per_country,
    explore.mentions_per_region,
    explore.world_map_values,
    explore.organisations,
    explore.organisations_by_type,
    explore.cooccurrence,
    explore.dated_mentions,
    explore.timeline,
    explore.people,
    explore.roles,
    explore.legal_instruments,
]


@pytest.mark.parametrize("function", EMPTY_CASES, ids=lambda f: f.__name__)
def test_an_empty_corpus_gives_empty_tables(function):
    assert function(empty_frame()).empty
    assert function([]).empty


@pytest.mark.parametrize("function", EMPTY_CASES, ids=lambda f: f.__name__)
def test_bare_entities_without_attributes_never_crash(function):
    text = "L'OIM au Niger en 2019, selon la Convention de Kampala."
    entities = [span(text, "OIM", "ORG", "IOM"), span(text, "Niger", "COUNTRY", "NER"),
                span(text, "2019", "DATE", "2019"), span(text, "Convention de Kampala", "LEGAL")]
    result = function([{"id": "bare", "entities": entities, "people": []}])
    assert isinstance(result, pd.DataFrame)


def test_bare_entities_give_unknown_types_and_no_regions():
    text = "L'OIM au Niger."
    entities = [span(text, "OIM", "ORG", "IOM"), span(text, "Niger", "COUNTRY", "NER")]
    records = [{"id": "bare", "entities": entities, "people": []}]
    assert list(explore.organisations_by_type(records)["type"]) == ["unknown"]
    assert explore.mentions_per_region(records).empty
    assert list(explore.mentions_per_country(records)["name"]) == ["Niger"]


def test_entity_table_shows_only_attributes_that_exist(frame):
    table = explore.entity_table(frame)
    assert list(table.columns[:6]) == ["id", "text", "label", "norm", "method", "score"]
    assert {"alpha3", "qid", "type", "role_norm", "title_fr"} <= set(table.columns)
    assert "numeric" not in table.columns
    assert len(table) == sum(len(r["entities"]) for r in RECORDS)


# ---------------------------------------------------------------- the real pipeline


@pytest.mark.skipif(not sorted(SAMPLES.glob("*.txt")), reason="samples/*.txt (issue 2, item 8) is not written yet")
def test_chart_data_on_the_sample_corpus(nlp):
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    docs = [migtext.annotate(text, id=name, nlp=nlp) for name, text in texts]
    records = [migtext.doc_to_record(doc) for doc in docs]
    frame = migtext.to_dataframe(records)
    countries = explore.mentions_per_country(frame)
    # Every count is the number of COUNTRY/NATIONALITY rows with that norm in the records.
    expected = {}
    for record in records:
        for ent in record["entities"]:
            if ent["label"] in ("COUNTRY", "NATIONALITY") and ent["norm"]:
                expected[ent["norm"]] = expected.get(ent["norm"], 0) + 1
    assert dict(zip(countries["norm"], countries["mentions"], strict=True)) == expected
    assert countries["mentions"].is_monotonic_decreasing
    # Countries the sample texts name plainly, each in its own document; Colombia in two.
    assert {"LBY", "TUN", "ITA", "ESP", "HTI", "COL", "AFG", "PAK", "POL"} <= set(countries["norm"])
    assert countries.set_index("norm").loc["COL", "documents"] >= 2
    regions = explore.mentions_per_region(frame)
    assert {"002", "019", "142", "150"} <= set(regions["code"])
    assert regions["country_mentions"].sum() == sum(
        1 for r in records for e in r["entities"] if e["label"] in ("COUNTRY", "NATIONALITY") and
        (e["attrs"] or {}).get("m49_region"))
    orgs = explore.organisations_by_type(frame)
    assert orgs["mentions"].sum() == int((frame["label"] == "ORG").sum())
    years = explore.timeline(frame)
    assert years["mentions"].sum() == len(explore.dated_mentions(frame))
    for function in EMPTY_CASES:
        assert isinstance(function(records), pd.DataFrame)
