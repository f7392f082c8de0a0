"""The calendar rules alone: points and ranges, never what needs a document date to exist."""

from __future__ import annotations

import pytest

from migtext.core.text import fold
from migtext.dates import calendar
from migtext.dates.scan import StartIndex, matches_of


def found_by(rules, text):
    folded = fold(text)
    index = StartIndex(folded)
    return sorted(
        (text[f.start : f.end], f.kind)
        for scan in rules.scans
        for m in matches_of(scan, folded, index)
        for f in scan.handler(m, folded, text)
    )


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("signé le 26 novembre 2006 à Rabat", "26 novembre 2006", "date"),
        ("du 3 au 5 mai 2024", "3 au 5 mai 2024", "range"),
        ("le rapport de mars 2024", "mars 2024", "date"),
        ("en 2015, les arrivées ont doublé", "2015", "date"),
        ("dans les années 1990", "années 1990", "decade"),
        ("au XXIe siècle", "XXIe siècle", "century"),
        ("publié le 2019-06-20", "2019-06-20", "date"),
        # a verb after a year: it counts nothing ("pour 2026 vise", not "2026 migrants")
        ("le plan de réponse pour 2026 vise 1,5 million de personnes", "2026", "date"),
        ("le budget pour 2025 prévoit 300 millions", "2025", "date"),
    ],
)
def test_calendar_rules_find_points_and_ranges(text, span, kind):
    assert (span, kind) in found_by(calendar.RULES, text)


@pytest.mark.parametrize("text", ["la semaine dernière", "il y a trois ans", "chaque année", "hier soir"])
def test_calendar_rules_leave_relative_expressions_to_the_relative_rules(text):
    assert found_by(calendar.RULES, text) == []


@pytest.mark.parametrize("text", ["2000 migrants", "la résolution 2334", "Tél: +51.221 7209",
                                  # a record's identifier that holds a year
                                  '"obs-2026-0412","Tunisie"', "le dossier ref-2025-118"])
def test_counts_and_numbers_are_no_years(text):
    assert found_by(calendar.RULES, text) == []


@pytest.mark.parametrize(
    "text, months",
    [
        # a month that labels a table's row is a date, mid-line after the row before too
        ("Avril : 6 120 au total (Éthiopiens 5 585). Mai : 7 345 (Éthiopiens 6 710).", ["Avril", "Mai"]),
        ("Les détections. Juin : 4 905 ; Juillet : 5 260.", ["Juillet", "Juin"]),
        # the first cell of a table's row
        ("Mois | Arrivées\nJanvier | 3 012\nFévrier | 2 486", ["Février", "Janvier"]),
        # a capitalised month inside a name, or a label of no count, is not
        ("La Place de Mai : 300 manifestants.", []),
        ("Le bilan. Mai : le mois le plus chargé.", []),
    ],
)
def test_a_month_labelling_a_rows_count(text, months):
    assert [span for span, kind in found_by(calendar.RULES, text) if kind == "month"] == months


@pytest.mark.parametrize("text", ["© 2024 Tous droits réservés", "Le Courrier © 2024 – Mentions légales",
                                  "Copyright 2023 Canarias Hoy"])
def test_a_copyright_year_is_not_a_date(text):
    assert [span for span, kind in found_by(calendar.RULES, text) if kind == "date"] == []


def test_a_year_after_other_signs_still_is():
    assert ("2024", "date") in found_by(calendar.RULES, "Le rapport publié en 2024, selon l'OIM.")
    assert ("2024", "date") in found_by(calendar.RULES, "Les arrivées ont repris depuis la mi-2024.")
