"""The date grammar, TIMEX3 arithmetic and value object, without spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.core.text import fold
from migtext.dates.grammar import find_dates, preposition_direction, value_of
from migtext.dates.timex import Anchor

ANCHOR = Anchor.parse("2018-12-27")  # a Thursday, ISO week 52


def spans(text, anchor=ANCHOR, direction=None):
    return [(text[f.start : f.end], value_of(f, anchor, direction)[0]) for f in find_dates(text)]


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


def test_a_year_opening_a_line_after_a_number_is_a_year_but_not_inside_a_number():
    text = "Repères\n2023 : 29 437\n2024 : 36 816"
    assert [text[f.start : f.end] for f in find_dates(text)] == ["2023", "2024"]
    assert find_dates("un total de 12 2030 personnes") == []


def test_spans_point_into_the_text_with_line_breaks_and_curly_apostrophes():
    text = "Signé le 26\nnovembre 2006, prévu l’année prochaine."
    assert [text[f.start : f.end] for f in find_dates(text)] == ["26\nnovembre 2006", "l’année prochaine"]


@pytest.mark.parametrize(
    "text,direction",
    [("depuis ", "past"), ("depuis le ", "past"), ("d'ici ", "future"), ("d’ici à ", "future"), ("en ", None)],
)
def test_prepositions_fix_the_direction(text, direction):
    assert preposition_direction(fold(text), len(text)) == direction


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


@pytest.mark.parametrize(
    "value, expected",
    [("2024-03-03", "2024-03-03"), ("2024-03-02/2024-03-03", "2024-03-03"), ("XXXX-09-10", "XXXX-09-10"),
     ("2024-03", None), ("P3D", None), (None, None)],
)  # fmt: skip
def test_day_reference_is_the_last_day_a_value_names(value, expected):
    from migtext.dates.grammar import day_reference

    assert day_reference(value) == expected


def test_the_next_day_counts_from_the_day_before_it_and_has_no_value_without_one():
    text = "Le 3 mars, le navire a accosté. Le lendemain, les passagers ont débarqué."
    first, nxt = find_dates(text)
    assert (text[nxt.start : nxt.end], nxt.kind) == ("Le lendemain", "anaphor")
    assert value_of(nxt, None, previous_day="2024-03-03")[0] == "2024-03-04"
    assert value_of(nxt, None)[0] is None


@pytest.mark.parametrize(
    "text, span",
    [
        ("L'embarcation a chaviré lundi 4 mars dans la soirée.", "lundi 4 mars dans la soirée"),
        ("Ils sont intervenus dans la nuit du 2 au 3 juin.", "nuit du 2 au 3 juin"),
        ("Au petit matin du 12 mai, ils ont débarqué.", "petit matin du 12 mai"),
        ("La Journée du 18 juin est célébrée.", "18 juin"),
    ],
)
def test_a_part_of_the_day_joins_the_day_it_refines(text, span):
    assert [text[f.start : f.end] for f in find_dates(text)] == [span]


def test_only_expressions_whose_value_hangs_on_the_tense_ask_for_it():
    from migtext.core.text import fold
    from migtext.dates.grammar import find_dates, uses_direction

    text = "Vendredi, la semaine dernière, hier, le 21 décembre, en mars, depuis trois ans."
    asks = {text[f.start : f.end]: uses_direction(f) for f in find_dates(text, fold(text)) if f.relative}
    assert asks["Vendredi"] and asks["21 décembre"] and asks["mars"]
    assert not asks["la semaine dernière"] and not asks["hier"]
