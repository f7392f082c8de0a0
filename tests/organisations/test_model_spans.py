"""Which of the base model's ORG spans are no organisation's name (`model_span_is_junk`)."""

import pytest

from migtext.organisations.component import model_span_is_junk


def junk(text, span):
    start = text.index(span)
    return model_span_is_junk(text, start, start + len(span))


@pytest.mark.parametrize(
    "text, span",
    [
        ("Au 31 mars, 67 450 personnes disposaient du statut de protection S en Suisse.", "S"),
        ("Giorgia Meloni, la présidente du Conseil, a salué ces chiffres.", "Conseil"),
        ("Selon les chiffres du ministère cités par la Cour, les dépenses ont augmenté.", "Cour"),
        ("L'Organisation a besoin de 9 millions de dollars pour ces retours.", "Organisation"),
    ],
)
def test_a_letter_or_an_organisations_head_alone_names_none(text, span):
    assert junk(text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("La Turquie n'était pas un pays sûr. Le Parlement a alors adopté la loi sur l'asile.", "Parlement"),
        ("Le HCR et Frontex ont publié leurs chiffres ; selon Frontex, les arrivées ont baissé.", "Frontex"),
        ("Le Conseil norvégien pour les réfugiés alerte sur la situation à Goma.",
         "Conseil norvégien pour les réfugiés"),
    ],
)
def test_a_countrys_one_body_a_name_and_a_full_name_are_kept(text, span):
    assert not junk(text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Partager : Facebook · X · LinkedIn · Courriel\n© 2025 Asie Hebdo", "Courriel"),
        ("03h30 – Sauvetage terminé. Sur les 112 passagers, 40 sont des femmes.", "Sauvetage"),
        ("Au 31 août, 5,1 millions de réfugiés.\n\nRÉFUGIÉS\nLe pays accueille 20 000 personnes.", "RÉFUGIÉS"),
        ("Les associations demandent la fin de l'enfermement.\n\nRECOMMANDATIONS\nLes six associations…",
         "RECOMMANDATIONS"),
    ],
)
def test_a_common_word_or_a_heading_alone_names_none(text, span):
    assert junk(text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Selon les chiffres publiés par le HCR, 40 000 personnes sont arrivées.", "HCR"),  # an acronym
        ("Il a été entendu par la CIMADE, qui intervient au centre.", "CIMADE"),
    ],
)
def test_an_acronym_in_capitals_is_kept(text, span):
    assert not junk(text, span)
