"""The relative rules alone: what the document date resolves, lengths of time and sets."""

from __future__ import annotations

import pytest

from migtext.dates import relative
from tests.dates.test_calendar import found_by


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("arrivés hier soir", "hier soir", "relday"),
        ("la semaine dernière", "la semaine dernière", "period"),
        ("Vendredi, le HCR a alerté", "Vendredi", "weekday"),
        ("il y a trois ans", "trois ans", "shift"),
        ("une traversée de onze jours", "onze jours", "duration"),
        ("deux fois chaque année", "chaque année", "set"),
        ("ces dernières années", "ces dernières années", "vague"),
        ("l'année précédente", "l'année précédente", "anaphor"),
        ("suspendus depuis six\nmois faute de financement", "six\nmois", "duration"),  # a wrapped line
    ],
)
def test_relative_rules_find_what_the_document_date_resolves(text, span, kind):
    assert (span, kind) in found_by(relative.RULES, text)


@pytest.mark.parametrize("text", ["le 26 novembre 2006", "en 2015", "les années 1990"])
def test_relative_rules_leave_calendar_points_alone(text):
    assert found_by(relative.RULES, text) == []


@pytest.mark.parametrize("text", ["un enfant âgé de 12 ans", "les moins de 18 ans", "une vingtaine d'enfants",
                                  # a line's last number and the next line's first word
                                  "Débarquements, année 2026\nMois | Arrivées"])
def test_ages_and_counts_are_no_durations(text):
    assert found_by(relative.RULES, text) == []
