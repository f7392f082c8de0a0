"""Political parties (table rows of type "party"), universities (a grammar rule: French
typography writes "l'université de Strasbourg" in lower case) and acronyms of lists of places."""

from __future__ import annotations

import pytest

from migtext.organisations.kb import lookup


def ents(doc):
    return [(e.text, e.label_, e.kb_id_ or None) for e in doc.ents]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Rassemblement national (RN) a voté contre la loi.",
            [
                ("Rassemblement national", "ORG", "fr-rassemblement-national"),
                ("RN", "ORG", "fr-rassemblement-national"),
            ],
        ),
        # the country in a party's name is no COUNTRY
        (
            "Les députés de La France insoumise ont déposé une motion.",
            [("France insoumise", "ORG", "fr-la-france-insoumise")],
        ),
        ("La cheffe de Fratelli d'Italia veut un accord.", [("Fratelli d'Italia", "ORG", "it-fratelli-d-italia")]),
        (
            "L'Alternative pour l'Allemagne (AfD) progresse.",
            [("Alternative pour l'Allemagne", "ORG", "de-afd"), ("AfD", "ORG", "de-afd")],
        ),
        ("La CDU et le SPD ont trouvé un accord.", [("CDU", "ORG", "de-cdu"), ("SPD", "ORG", "de-spd")]),
    ],
)
def test_parties_are_organisations_of_the_table(nlp, text, expected):
    assert ents(nlp(text)) == expected


def test_a_party_row_has_its_type():
    assert lookup("Rassemblement national").type == "party"
    assert lookup("Front national").id == "fr-rassemblement-national"  # the old name


def test_common_words_of_a_party_name_are_not_the_party(nlp):
    assert ents(nlp("Le droit et la justice doivent prévaloir.")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'université de Strasbourg et le CNRS ont lancé un programme.", "université de Strasbourg"),
        ("Selon l'université de Genève, 300 étudiants réfugiés sont inscrits.", "université de Genève"),
        ("L'université d'Addis-Abeba accueille des étudiants.", "université d'Addis-Abeba"),
        ("Une étude de l'université Paris-Saclay le montre.", "université Paris-Saclay"),
        ("Des chercheurs de l'Université libre de Bruxelles ont publié une étude.", "Université libre de Bruxelles"),
        ("Il a étudié à l'Université nationale de Colombie.", "Université nationale de Colombie"),
    ],
)
def test_a_university_by_its_name_is_an_organisation(nlp, text, expected):
    assert (expected, "ORG", None) in ents(nlp(text))


def test_a_university_without_a_name_is_nothing(nlp):
    assert ents(nlp("L'université a fermé ses portes. Les universités sont en grève.")) == []


def test_an_acronym_of_a_list_of_places_is_no_organisation(nlp):
    doc = nlp("Le Moyen-Orient et l'Afrique du Nord (MENA) concentrent les besoins. La région MENA aussi.")
    assert ents(doc) == [("Moyen-Orient", "REGION", None), ("Afrique du Nord", "REGION", "015")]


def test_an_organisation_named_after_a_region_keeps_its_acronym(nlp):
    doc = nlp("La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) a signé.")
    assert ents(doc) == [
        ("Communauté économique des États de l'Afrique de l'Ouest", "ORG", "ECOWAS"),
        ("CEDEAO", "ORG", "ECOWAS"),
    ]
