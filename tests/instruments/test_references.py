"""Instruments named by number (ILO, EU acts) or in the plural (its protocols)."""

from __future__ import annotations

import pytest

from migtext.instruments import references, titles
from tests.instruments.test_titles import mentions, one

# --------------------------------------------------------------------------- numbered references


@pytest.mark.parametrize(
    "text, span, norm",
    [
        ("Le pays a ratifié la convention n° 143 de l'OIT en 2019.", "convention n° 143 de l'OIT", "ilo:C143"),
        ("la convention n°189 sur les travailleuses et travailleurs domestiques, adoptée en 2011",
         "convention n°189 sur les travailleuses et travailleurs domestiques", "ilo:C189"),
        ("la convention (n° 189) sur les travailleuses et travailleurs domestiques, adoptée en 2011",
         "convention (n° 189) sur les travailleuses et travailleurs domestiques", "ilo:C189"),
        ("la Convention 97 de l’Organisation internationale du Travail", "Convention 97 de l’Organisation "
         "internationale du Travail", "ilo:C097"),
        ("la convention n° 182 de l'OIT", "convention n° 182 de l'OIT", "ilo:C182"),
        ("la convention nº 29 du BIT", "convention nº 29 du BIT", "ilo:C029"),
        ("Les conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants, peu ratifiées",
         "conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants", "ilo:C097;ilo:C143"),
        ("le règlement (UE) n° 604/2013 du 26 juin 2013", "règlement (UE) n° 604/2013", "celex:32013R0604"),
        ("la directive 2008/115/CE du Parlement européen", "directive 2008/115/CE", "celex:32008L0115"),
        ("le règlement (UE) 2016/399 du 9 mars 2016", "règlement (UE) 2016/399", "celex:32016R0399"),
        ("le règlement (UE) 2024/1351 du 14 mai 2024", "règlement (UE) 2024/1351", "celex:32024R1351"),
        ("la directive 2001/55/CE relative à la protection temporaire, activée en mars",
         "directive 2001/55/CE relative à la protection temporaire", "celex:32001L0055"),
        ("le règlement (CE) no 2007/2004 du Conseil", "règlement (CE) no 2007/2004", "celex:32004R2007"),
        ("Seuls quatre pays ont ratifié la C189 de l'OIT.", "C189 de l'OIT", "ilo:C189"),
        ("L'OIT rappelle que la convention C-143 protège les migrants.", "convention C-143", "ilo:C143"),
    ],
)  # fmt: skip
def test_numbered_references(text, span, norm):
    assert one(text) == (span, norm)


@pytest.mark.parametrize(
    "act, first, second, suffix, celex",
    [
        ("directive", 2008, 115, True, "32008L0115"),
        ("directive", 64, 221, True, "31964L0221"),
        ("reglement", 604, 2013, False, "32013R0604"),
        ("reglement", 2016, 399, False, "32016R0399"),
        ("reglement", 2019, 1896, False, "32019R1896"),
        ("reglement", 2007, 2004, False, "32004R2007"),
        ("decision", 573, 2007, True, "32007D0573"),
        ("decision", 2008, 839, True, "32008D0839"),
        ("reglement", 12, 13, False, None),
        ("directive", 1234, 5, True, None),
    ],
)
def test_celex_number(act, first, second, suffix, celex):
    assert references.celex_number(act, first, second, suffix) == celex


@pytest.mark.parametrize(
    "text",
    [
        "La convention 143 signée avec le syndicat.",  # no "n°" and no ILO nearby
        "le bit de parité n° 12",
        "le rapport 2023/24 de l'agence",
        "la directive du ministre de 2008",
        "Le vol C189 a atterri à Dakar.",  # an ILO code without the ILO
    ],
)
def test_numbers_that_are_not_instruments(text):
    assert mentions(text) == []


@pytest.mark.parametrize(
    "text, span, norm",
    [
        ("Le Niger a ratifié la convention n° 29 sur le travail forcé et son protocole de 2014 l'an dernier.",
         "son protocole de 2014", "ilo:P029"),
        ("Le juge renvoie à la Convention de 1951 relative au statut des réfugiés et à son protocole de 1967.",
         "son protocole de 1967", "untc:V-5"),
        ("Les deux États ont signé la Convention de Palerme puis leur protocole contre le trafic de migrants.",
         "leur protocole contre le trafic de migrants", "untc:XVIII-12-b"),
    ],
)  # fmt: skip
def test_a_possessive_reference_to_one_protocol_keeps_its_possessive_and_year(text, span, norm):
    assert (span, norm) in mentions(text)


def test_a_plural_reference_without_a_named_parent_is_not_proposed():
    assert mentions("Le pays a ratifié ses deux protocoles l'an dernier.") == []


def test_a_plural_reference_too_far_from_its_parent_is_not_linked():
    text = "La Convention de Palerme. " + "Le texte parle d'autre chose. " * 12 + "Et ses deux protocoles."
    assert [n for _, n in mentions(text)] == ["untc:XVIII-12"]


@pytest.mark.parametrize("text, span", [
    ("Convention OIT 143 la", "Convention OIT 143"),
    ("la Convention OIT n° 97 et", "Convention OIT n° 97"),
])  # fmt: skip
def test_ilo_references_end_on_the_number_not_the_space_after_it(text, span):
    assert [text[m.start : m.end] for m in titles.find_mentions(text)] == [span]
