"""The date grammar, TIMEX3 arithmetic and value object, without spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.core.text import fold
from migtext.dates import timex
from migtext.dates.grammar import find_dates, preposition_direction, value_of
from migtext.dates.lexicon import parse_number, parse_number_words, roman_to_int
from migtext.dates.timex import Anchor
from migtext.dates.values import DateValue

ANCHOR = Anchor.parse("2018-12-27")  # a Thursday, ISO week 52


def spans(text, anchor=ANCHOR, direction=None):
    return [(text[f.start : f.end], value_of(f, anchor, direction)[0]) for f in find_dates(text)]


@pytest.mark.parametrize(
    "words,number",
    [
        ("un", 1), ("onze", 11), ("dix-sept", 17), ("vingt et un", 21), ("vingt-deux", 22),
        ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99),
        ("cent", 100), ("deux cents", 200), ("mille", 1000), ("trois mille", 3000),
    ],
)  # fmt: skip
def test_number_words(words, number):
    assert parse_number_words(words) == number


@pytest.mark.parametrize("text", ["", "migrants", "vingt trente", "et"])
def test_not_number_words(text):
    assert parse_number_words(text) is None


@pytest.mark.parametrize("text,number", [("11", 11), ("1 000", 1000), ("2\u202f500", 2500), ("onze", 11)])
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("roman,number", [("XXI", 21), ("xix", 19), ("IV", 4), ("XX", 20), ("abc", None)])
def test_roman_numerals(roman, number):
    assert roman_to_int(roman) == number


@pytest.mark.parametrize(
    "text,expected",
    [
        ("du 3 au 5 mai 2024", [("3 au 5 mai 2024", "2024-05-03/2024-05-05")]),
        ("depuis 2015", [("2015", "2015")]),
        ("le 21 décembre", [("21 décembre", "2018-12-21")]),
        ("les années 1990", [("années 1990", "199")]),
        ("XXIe siècle", [("XXIe siècle", "20")]),
        ("cette semaine", [("cette semaine", "2018-W52")]),
        ("il y a une semaine", [("une semaine", "2018-W51")]),
        ("sept mois plus tard", [("sept mois", "P7M")]),
        ("près de cinq mois", [("cinq mois", "P5M")]),
        ("2 000 par jour", [("par jour", "P1D")]),
        ("ces dernières années", [("ces dernières années", None)]),
        ("vendredi matin", [("vendredi matin", "2018-12-28")]),
        ("ce mercredi 10 avril", [("ce mercredi 10 avril", "2019-04-10")]),
        ("LE 1ER JANVIER 2020", [("1ER JANVIER 2020", "2020-01-01")]),
        ("le 7 sept. 2024", [("7 sept. 2024", "2024-09-07")]),
        ("mi-mars 2024", [("mi-mars 2024", "2024-03")]),
        ("le second semestre 2023", [("second semestre 2023", "2023-H2")]),
        ("entre le 3 et le 5 mai", [("3 et le 5 mai", "2019-05-03/2019-05-05")]),  # the nearest May
        ("janvier-mars 2024", [("janvier-mars 2024", "2024-01/2024-03")]),
        ("le 03/05/24", [("03/05/24", "2024-05-03")]),
        ("l'été 2015", [("été 2015", "2015-SU")]),
        ("en 1848", [("1848", "1848")]),
        ("En 2015, les arrivées ont doublé", [("2015", "2015")]),
        ("Depuis 2019, la route est fermée", [("2019", "2019")]),
        ("à l'horizon 2030", [("2030", "2030")]),
        ("il y a plus d'un an", [("un an", "2017")]),
        ("depuis plus d'un an", [("un an", "P1Y")]),
        ("l`an dernier", [("l`an dernier", "2017")]),
        ("l'année scolaire 2019/2020", [("2019/2020", "2019/2020")]),
        ("en 2015 et 2016", [("2015", "2015"), ("2016", "2016")]),
        ("pendant 1,5 an", [("1,5 an", "P18M")]),
        ("pendant les 20 premières semaines de 2018", [("les 20 premières semaines", "P20W"), ("2018", "2018")]),
        ("juillet-décembre 1914", [("juillet-décembre 1914", "1914-07/1914-12")]),
        ("depuis des décennies", [("des décennies", "PXY")]),
        ("au XXIᵉ siècle", [("XXIᵉ siècle", "20")]),
        ("jeudi 14 et vendredi 15 mars 2019", [("jeudi 14", "2019-03-14"), ("vendredi 15 mars 2019", "2019-03-15")]),
        ("du lundi 3 au mercredi 5 juin 2019", [("lundi 3 au mercredi 5 juin 2019", "2019-06-03/2019-06-05")]),
        ("le 3 juin dernier", [("3 juin dernier", "2018-06-03")]),
        ("le 20 janvier prochain", [("20 janvier prochain", "2019-01-20")]),
        ("une dizaine d'années", [("une dizaine d'années", "P10Y")]),
        ("une quinzaine de jours", [("une quinzaine de jours", "P15D")]),
        ("en mars et avril 2024", [("mars", "2024-03"), ("avril 2024", "2024-04")]),
        ("entre janvier et septembre 2025", [("janvier et septembre 2025", "2025-01/2025-09")]),
        ("au XXème siècle", [("XXème siècle", "19")]),
        ("le 1ᵉʳ janvier 2020", [("1ᵉʳ janvier 2020", "2020-01-01")]),
    ],
)
def test_grammar_spans_and_values(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "175 États membres", "2000 migrants", "le Programme 2030", "l'Agenda 2030", "2030 AGENDA",
        "Tél: +51.221 7209", "règlement (UE) 2016/679", "résolution 2334", "loi n° 2018-778",
        "1999 euros", "2030 %", "la version 3.5.24", "01.23.45.67.89", "actuellement", "désormais",
        "prochainement", "Un jour, ils reviendront", "a été", "la Place de Mai", "la semaine-là",
        "un enfant âgé de 12 ans", "les moins de 18 ans",
        "la Convention de 1951", "à 10 heures", "ouvert 24 heures sur 24", "7 jours sur 7",
        "37 000-38 000 personnes", "une semaine de travail", "un homme d'une trentaine d'années",
        "une vingtaine d'enfants", "une femme âgée d'une quarantaine d'années", "le programme Horizon 2020",
        "la Vision 2030 saoudienne", "l'Agenda 2063 de l'Union africaine", "la directive 2019/1937",
        "le règlement 2019/2020",
    ],
)  # fmt: skip
def test_grammar_ignores_non_dates(text):
    assert find_dates(text) == []


def test_spans_point_into_the_text_with_line_breaks_and_curly_apostrophes():
    text = "Signé le 26\nnovembre 2006, prévu l’année prochaine."
    assert [text[f.start : f.end] for f in find_dates(text)] == ["26\nnovembre 2006", "l’année prochaine"]


@pytest.mark.parametrize(
    "text,direction",
    [("depuis ", "past"), ("depuis le ", "past"), ("d'ici ", "future"), ("d’ici à ", "future"), ("en ", None)],
)
def test_prepositions_fix_the_direction(text, direction):
    assert preposition_direction(fold(text), len(text)) == direction


@pytest.mark.parametrize(
    "month,day,direction,value",
    [
        (12, 21, "past", "2018-12-21"),
        (12, 21, "future", "2019-12-21"),
        (12, 21, None, "2018-12-21"),
        (1, 3, None, "2019-01-03"),
        (1, 3, "past", "2018-01-03"),
        (2, 29, "future", "2020-02-29"),
    ],
)
def test_day_month_year_from_the_tense(month, day, direction, value):
    assert timex.day_month(month, day, ANCHOR, direction) == value


@pytest.mark.parametrize(
    "weekday,direction,strict,value",
    [
        (5, "past", False, "2018-12-21"),
        (5, "future", False, "2018-12-28"),
        (4, "past", False, "2018-12-27"),
        (4, "past", True, "2018-12-20"),
        (4, "future", True, "2019-01-03"),
        (1, None, False, "2018-12-24"),
    ],
)
def test_weekdays(weekday, direction, strict, value):
    assert timex.weekday(weekday, ANCHOR, direction, strict) == value


@pytest.mark.parametrize(
    "anchor,expected",
    [
        ("2018-12-27", {"hier": "2018-12-26", "semaine": "2018-W51", "mois": "2018-11", "an": "2017"}),
        ("2019-01-01", {"hier": "2018-12-31", "semaine": "2018-W52", "mois": "2018-12", "an": "2018"}),
        ("XXXX-03-09", {"hier": "XXXX-03-08", "semaine": None, "mois": "XXXX-02", "an": None}),
        ("XXXX-01-01", {"hier": "XXXX-12-31", "semaine": None, "mois": None, "an": None}),
        (None, {"hier": None, "semaine": None, "mois": None, "an": None}),
    ],
)
def test_relative_values_against_full_partial_and_missing_dates(anchor, expected):
    a = Anchor.parse(anchor)
    assert timex.relative_day(-1, a) == expected["hier"]
    assert timex.relative_period("week", -1, a) == expected["semaine"]
    assert timex.relative_period("month", -1, a) == expected["mois"]
    assert timex.relative_period("year", -1, a) == expected["an"]


@pytest.mark.parametrize("value", ["2018-02-30", "2018-13-01", "hier", "", None, "18-12-27"])
def test_bad_anchors_are_none(value):
    assert Anchor.parse(value) is None


@pytest.mark.parametrize(
    "value,first,last",
    [
        ("2018-12-21", dt.date(2018, 12, 21), dt.date(2018, 12, 21)),
        ("2018-02", dt.date(2018, 2, 1), dt.date(2018, 2, 28)),
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("20", dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
        ("2018-W52", dt.date(2018, 12, 24), dt.date(2018, 12, 30)),
        ("2018-W51-WE", dt.date(2018, 12, 22), dt.date(2018, 12, 23)),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2024-H2", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("2017-WI", dt.date(2017, 12, 21), dt.date(2018, 3, 19)),
        ("2024-05-03/2024-05-05", dt.date(2024, 5, 3), dt.date(2024, 5, 5)),
        ("2015/2020", dt.date(2015, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_bounds(value, first, last):
    assert DateValue(value, "range" if "/" in value else "date").bounds() == (first, last)


@pytest.mark.parametrize(
    "value,kind", [("P3Y", "duration"), ("P1D", "set"), ("XXXX-12-21", "date"), (None, "date"), ("2018-W99", "date")]
)
def test_no_bounds(value, kind):
    assert DateValue(value, kind).bounds() is None


def test_value_object_from_attrs():
    value = DateValue.from_attrs("2024", {"type": "date", "mod": "MID", "relative": False})
    assert (value.value, value.type, value.mod, value.relative) == ("2024", "date", "MID", False)
    assert value.is_resolved
    assert DateValue.from_attrs("XXXX-12-21", {}).is_resolved is False
    with pytest.raises(ValueError, match="unknown DATE type 'time'"):
        DateValue.from_attrs("2024", {"type": "time"})


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789 /.-’'\nabcdeéfijlmnoprstuvxyzAJMSD", max_size=80))
def test_found_spans_never_overlap_and_stay_in_the_text(text):
    found = find_dates(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        value_of(f, ANCHOR, "past")
        value_of(f, None, None)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


# `find_dates` tries each rule only where a match can start (see scan.Scan): the
# matches must be those of scanning the whole text, whatever the spacing and case.
_SCAN_TEXTS = [
    "Le lundi 3 février 2025, l'OIM a recensé 1 200 arrivées ; du 1er au 15 mars, 300 de plus.",
    "Depuis ces dernières années, et jusqu'à fin 2023, plus de deux millions de personnes ont fui.",
    "Ce week-end, le HCR publiera son rapport du 2e trimestre 2024 (voir le 12/04/2024).",
    "La réunion prévue mercredi prochain, entre le 28 février et le 2 mars, est reportée à l'été.",
    "Il y a trois ans, les vingt-sept États membres signaient le pacte ; d'ici 2030 il s'appliquera.",
    "Fin - mars 2024, mi-avril, début\u00a0\u00a0mai dernier, courant juin ; l'hiver dernier, cet   été.",
    "le\n\nprintemps prochain, la  semaine dernière, l'année passée, ce mois-ci, ces  derniers jours.",
    "xpremier 3 mai, 2019/2020, 2014-2016, 1er-3 juin 2021, 2021-03-04, une  quinzaine de jours.",
    "les trois ou quatre ans, tous les deux mois, chaque lundi, aujourd'hui matin, avant-hier soir.",
    "le dernier trimestre, la prochaine décennie, au XXe siècle, les années 1990, de 1990 à 2000.",
    "l'année précédente, la  même année, cette année-là, ce mois - là, le\nmois suivant, l'an d'après.",
    "cette même année, le même mois, l'an précédent, lors du point de presse d'aujourd'hui.",
    "un demi-siècle, une  demi-heure, des prochains mois, des dernières années, des premiers mois.",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_rules_find_the_matches_of_a_full_scan(text):
    from migtext.dates.grammar import SCANS
    from migtext.dates.scan import StartIndex, matches_of

    folded = fold(text)
    index = StartIndex(folded)
    for scan in SCANS:
        expected = [(m.span(), m.groups()) for m in scan.pattern.finditer(folded)]
        assert [(m.span(), m.groups()) for m in matches_of(scan, folded, index)] == expected, scan.handler.__name__
