"""Instruments by short, old or partial names, ILO numbers in every word order, and the
outermost title whatever follows it (issue 16, family 3)."""

from __future__ import annotations

import pytest

from migtext.instruments.titles import find_mentions

DATE = "2024-03-12"


def legal(doc):
    return [(e.text, e.kb_id_ or None) for e in doc.ents if e.label_ == "LEGAL"]


def found(text):
    return [(text[m.start : m.end], m.norm) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # short and partial names
        (
            "La Convention de l'UA sur les réfugiés date de 1969.",
            [("Convention de l'UA sur les réfugiés", "au:oau-refugee-convention-1969")],
        ),
        ("La Charte africaine reconnaît le droit d'asile.", [("Charte africaine", "au:achpr-1981")]),
        (
            "La Charte africaine des droits de l'homme garantit la liberté de circulation.",
            [("Charte africaine des droits de l'homme", "au:achpr-1981")],
        ),
        (
            "La Convention de l'UA sur la protection des déplacés internes est entrée en vigueur en 2012.",
            [("Convention de l'UA sur la protection des déplacés internes", "au:kampala-convention-2009")],
        ),
        (
            "Le pacte sur les migrations a été adopté à Marrakech en 2018.",
            [("pacte sur les migrations", "unga:A/RES/73/195")],
        ),
        (
            "La Déclaration universelle proclame le droit de quitter tout pays.",
            [("Déclaration universelle", "unga:A/RES/217(III)")],
        ),
        (
            "La Convention de New York de 1954 protège les apatrides.",
            [("Convention de New York de 1954", "untc:V-3")],
        ),
        # ILO instruments by number, in every word order
        ("Peu de pays ont ratifié la C189, qui protège les travailleurs domestiques.", [("C189", "ilo:C189")]),
        (
            "La convention sur les travailleurs domestiques (n° 189) a été adoptée en 2011.",
            [("convention sur les travailleurs domestiques (n° 189)", "ilo:C189")],
        ),
        (
            "La convention 97 sur les travailleurs migrants (révisée) date de 1949.",
            [("convention 97 sur les travailleurs migrants (révisée)", "ilo:C097")],
        ),
        (
            "La recommandation n° 201 de l'OIT accompagne la convention n° 189.",
            [("recommandation n° 201 de l'OIT", "ilo:R201"), ("convention n° 189", "ilo:C189")],
        ),
        (
            "La recommandation 86 de l'OIT sur les travailleurs migrants date de 1949.",
            [("recommandation 86 de l'OIT sur les travailleurs migrants", "ilo:R086")],
        ),
        (
            "La convention 189 et la recommandation 201 de l'OIT ont été adoptées en 2011.",
            [("convention 189", "ilo:C189"), ("recommandation 201 de l'OIT", "ilo:R201")],
        ),
        (
            "Les recommandations 86 et 151 de l'OIT complètent ces textes.",
            [("recommandations 86 et 151 de l'OIT", "ilo:R086;ilo:R151")],
        ),
        (
            "Les conventions 181 et 189 de l'OIT protègent les travailleurs domestiques.",
            [("conventions 181 et 189 de l'OIT", "ilo:C181;ilo:C189")],
        ),
        # the outermost title is one span, whatever follows it
        (
            "Le Protocole additionnel à la Convention des Nations unies contre la criminalité transnationale "
            "organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes "
            "et des enfants, est entré en vigueur en 2003.",
            [
                (
                    "Protocole additionnel à la Convention des Nations unies contre la criminalité transnationale "
                    "organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des "
                    "femmes et des enfants",
                    "untc:XVIII-12-a",
                )
            ],
        ),
        (
            "Le Protocole additionnel à la Convention des Nations unies contre la criminalité transnationale "
            "organisée contre le trafic illicite de migrants par terre, air et mer est entré en vigueur en 2004.",
            [
                (
                    "Protocole additionnel à la Convention des Nations unies contre la criminalité transnationale "
                    "organisée contre le trafic illicite de migrants par terre, air et mer",
                    "untc:XVIII-12-b",
                )
            ],
        ),
    ],
)
def test_instruments_by_short_partial_and_numbered_names(annotate, text, expected):
    assert legal(annotate(text, date=DATE)) == expected


def test_a_recommendation_carries_its_kind(annotate):
    doc = annotate("La recommandation n° 201 de l'OIT accompagne la convention n° 189.", date=DATE)
    recommendation = next(e for e in doc.ents if e.label_ == "LEGAL")
    assert recommendation._.attrs["kind"] == "recommendation"


@pytest.mark.parametrize(
    "text",
    [
        "La recommandation 201 du rapport porte sur les contrôles.",
        "Le bus C189 dessert la gare.",
        "La charte africaine du football a été signée.",
    ],
)
def test_numbers_and_names_without_their_context_are_not_instruments(text):
    assert [norm for _, norm in found(text) if norm] == []
