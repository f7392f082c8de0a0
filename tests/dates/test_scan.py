"""The scan shortcut: trying a rule only where a match can start finds what a full scan finds."""

from __future__ import annotations

import pytest

from migtext.core.text import fold

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
