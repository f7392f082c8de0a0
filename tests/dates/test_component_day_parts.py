"""Time expressions with their part of the day and their context (issue 16, family 4).

The document date is Tuesday 12 March 2024 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def dates(doc):
    return [(e.text, e.kb_id_ or None) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the part of the day stays inside the span, the value is the day (or the nights' days)
        ("L'embarcation a chaviré lundi 4 mars dans la soirée.", [("lundi 4 mars dans la soirée", "2024-03-04")]),
        (
            "Les gardes-côtes sont intervenus dans la nuit du 2 au 3 mars.",
            [("nuit du 2 au 3 mars", "2024-03-02/2024-03-03")],
        ),
        (
            "Au petit matin du 10 mars, une centaine de personnes ont débarqué.",
            [("petit matin du 10 mars", "2024-03-10")],
        ),
        ("Le 3 mars au soir, les secours sont arrivés sur place.", [("3 mars au soir", "2024-03-03")]),
        (
            "Dans la nuit de samedi à dimanche, 300 personnes ont été secourues.",
            [("nuit de samedi à dimanche", "2024-03-09/2024-03-10")],
        ),
        # numeric dates
        ("Le rendez-vous est fixé au 03/05 à Genève.", [("03/05", "2024-05-03")]),
        ("L'audience est prévue le 05-04-2024 au tribunal.", [("05-04-2024", "2024-04-05")]),
        # month, season and year ranges
        ("Les semis auront lieu en avril-mai.", [("avril-mai", "2024-04/2024-05")]),
        ("L'hiver 2023-2024 a été meurtrier sur la route des Balkans.", [("hiver 2023-2024", "2023-WI")]),
        # two-digit years
        ("Elle est arrivée en France en septembre 98.", [("septembre 98", "1998-09")]),
        ("Ils étaient arrivés le 3 juin 02 après un long voyage.", [("3 juin 02", "2002-06-03")]),
        ("Le 3 juin 15 migrants ont péri en mer.", [("3 juin", "2023-06-03")]),
        # durations outside a migration phrase
        ("Il a été condamné à cinq ans de réclusion criminelle.", [("cinq ans", "P5Y")]),
        ("Les deux hommes ont été condamnés à 10 ans d'emprisonnement.", [("10 ans", "P10Y")]),
        # sets
        ("Les cours ont lieu tous les mardis à la mairie.", [("tous les mardis", "P1W")]),
        ("Le comité se réunit deux fois par an.", [("par an", "P1Y")]),
        # seasons without a year: the tense decides
        ("Les arrivées reprendront cet automne.", [("cet automne", "2024-FA")]),
        ("Cet automne, les arrivées avaient triplé.", [("Cet automne", "2023-FA")]),
    ],
)
def test_day_parts_numeric_dates_ranges_durations_and_sets(annotate, text, expected):
    assert dates(annotate(text, date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le HCR publie aujourd'hui son rapport annuel sur les déplacements forcés.", [("aujourd'hui", "2024-03-12")]),
        ("L'OIM lance ce jour un appel de fonds pour le Soudan.", [("ce jour", "2024-03-12")]),
        ("Le HCR a annoncé ce jour l'ouverture d'un bureau à Adré.", [("ce jour", "2024-03-12")]),
        ("Aujourd'hui, les migrants empruntent d'autres routes.", []),
        ("À ce jour, aucune arrestation n'a eu lieu.", []),
    ],
)
def test_today_names_the_day_only_where_it_is_one(annotate, text, expected):
    assert dates(annotate(text, date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le 3 mars, le navire a accosté. Le lendemain, les passagers ont débarqué.",
            [("3 mars", "2024-03-03"), ("Le lendemain", "2024-03-04")],
        ),
        (
            "Le navire a accosté dimanche. La veille, il avait secouru 80 personnes.",
            [("dimanche", "2024-03-10"), ("La veille", "2024-03-09")],
        ),
        (
            "Le 3 mars, le navire a accosté. Le même jour, un autre bateau a chaviré.",
            [("3 mars", "2024-03-03"), ("Le même jour", "2024-03-03")],
        ),
        (
            "Le 28 février, l'embarcation a quitté Sfax. Le lendemain matin, elle a chaviré.",
            [("28 février", "2024-02-28"), ("Le lendemain matin", "2024-02-29")],
        ),
        ("Les familles ont fui du jour au lendemain.", []),
        ("Au lendemain des élections, la tension est montée.", []),
        ("À la veille du sommet, les ONG ont manifesté.", []),
    ],
)
def test_the_next_and_previous_day_count_from_the_last_written_date(annotate, text, expected):
    assert dates(annotate(text, date=DATE)) == expected


def test_the_next_day_without_a_written_date_has_no_value(annotate):
    assert dates(annotate("Le lendemain, les passagers ont débarqué.", date=None)) == [("Le lendemain", None)]


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Le gouvernement doit trancher d'ici au 15 mars.", "2024-03-20", [("15 mars", "2025-03-15")]),
        ("Il faut statuer avant dimanche.", DATE, [("dimanche", "2024-03-17")]),
        ("Le texte pourrait être voté vendredi.", DATE, [("vendredi", "2024-03-15")]),
        ("RENDEZ-VOUS DIMANCHE POUR LA MARCHE DES SOLIDARITÉS", DATE, [("DIMANCHE", "2024-03-17")]),
        ("Les inscriptions sont ouvertes jusqu'à vendredi.", DATE, [("vendredi", "2024-03-15")]),
    ],
)
def test_the_direction_of_a_relative_date_is_read_from_its_clause(annotate, text, date, expected):
    assert dates(annotate(text, date=date)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "entre" two days: one period from the first to the second, the part of the day inside
        ("Trois cayucos sont arrivés entre samedi soir et dimanche.",
         [("samedi soir et dimanche", "2024-03-09/2024-03-10")]),
        ("Entre vendredi et dimanche, 2 136 personnes ont débarqué.",
         [("vendredi et dimanche", "2024-03-08/2024-03-10")]),
        # two plain days in a row: one period
        ("Les corps de 18 migrants ont été repêchés lundi et mardi.", [("lundi et mardi", "2024-03-11/2024-03-12")]),
        # two times told apart: a part of the day, days not in a row, a habit
        ("Les incendies ont détruit le camp dimanche soir et lundi.",
         [("dimanche soir", "2024-03-10"), ("lundi", "2024-03-11")]),
        ("Deux vols sont partis lundi et vendredi.", [("lundi", "2024-03-11"), ("vendredi", "2024-03-08")]),
        ("Le centre est ouvert le samedi et le dimanche.", []),
    ],
)
def test_two_weekdays_joined_by_et(annotate, text, expected):
    assert dates(annotate(text, date=DATE)) == expected
