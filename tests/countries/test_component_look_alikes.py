"""Look-alikes (issue 16, family 5): surnames that are countries, common nouns that are a
territory's name, cities that carry a country's name, titles and offices, and first
names that are country names in English."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def ents(doc):
    return [(e.text, e.label_, e.kb_id_ or None) for e in doc.ents]


def labelled(doc, label):
    return [e.text for e in doc.ents if e.label_ == label]


@pytest.mark.parametrize(
    "text, name",
    [
        ("La chercheuse Louise Chine a coordonné l'étude.", "Louise Chine"),
        ("Selon Marc Maurice, porte-parole de l'association, la situation empire.", "Marc Maurice"),
        ("« Nous manquons de tout », explique Anne Guinée, bénévole.", "Anne Guinée"),
        ("Selon Pierre Tchad, le chef du village, la récolte est perdue.", "Pierre Tchad"),
        ("Le roman d'Anatole France est au programme des lycées.", "Anatole France"),
        ("L'acteur Cuba Gooding a soutenu l'association.", "Cuba Gooding"),
        ("Le réalisateur Kenya Barris a tourné un film sur l'exil.", "Kenya Barris"),
        ("Kenya Barris et India Walton ont signé la tribune.", "Kenya Barris"),
        ("Le combattant Israel Adesanya est né au Nigeria.", "Israel Adesanya"),
        ("Jordan Bardella a réclamé un référendum sur l'immigration.", "Jordan Bardella"),
    ],
)
def test_a_country_name_in_a_person_s_name_is_the_person(annotate, text, name):
    doc = annotate(text, date=DATE)
    assert name in labelled(doc, "PER")
    assert not [t for t in labelled(doc, "COUNTRY") if t in name]


def test_an_honorific_makes_a_country_name_a_surname(annotate):
    doc = annotate("Madame Chine a témoigné devant le tribunal.", date=DATE)
    assert labelled(doc, "PER") == ["Chine"]
    assert labelled(doc, "COUNTRY") == []


def test_the_country_stays_a_country_after_a_preposition(annotate):
    doc = annotate("Louise est partie en Chine avec Marc, puis au Tchad.", date=DATE)
    assert labelled(doc, "COUNTRY") == ["Chine", "Tchad"]


@pytest.mark.parametrize(
    "text",
    [
        "La réunion du 12 mars a été reportée.",
        "Le ministre a annoncé la réunion de lundi avec les préfets.",
        "Lors de la réunion de mardi, les ministres ont tranché.",
        "La Réunion de crise s'est tenue à Bruxelles.",
    ],
)
def test_a_meeting_is_not_la_reunion(annotate, text):
    assert labelled(annotate(text, date=DATE), "COUNTRY") == []


@pytest.mark.parametrize(
    "text",
    ["Les migrants arrivent à La Réunion depuis le Sri Lanka.", "Des pêcheurs sri-lankais ont débarqué à la Réunion."],
)
def test_the_island_of_la_reunion_is_still_found(annotate, text):
    assert ("Réunion", "COUNTRY", "REU") in ents(annotate(text, date=DATE))


@pytest.mark.parametrize(
    "text, city",
    [
        ("Le vol est arrivé à Koweït City dans la nuit.", "Koweït City"),
        ("Les migrants ont débarqué à Djibouti-ville.", "Djibouti-ville"),
        ("Des milliers de Centraméricains attendent à Mexico la réponse des autorités.", "Mexico"),
        ("Les réfugiés ont rejoint Guatemala City.", "Guatemala City"),
        ("Les migrants ont été refoulés vers la ville de Djibouti.", "Djibouti"),
    ],
)
def test_a_city_that_carries_a_country_s_name_is_a_place(annotate, text, city):
    doc = annotate(text, date=DATE)
    assert city in labelled(doc, "LOC")
    assert labelled(doc, "COUNTRY") == []


def test_a_regional_demonym_is_not_a_misspelt_country(annotate):
    doc = annotate("Des milliers de Centraméricains et de Sud-Américains attendent à la frontière.", date=DATE)
    assert labelled(doc, "COUNTRY") == []
    assert labelled(doc, "NATIONALITY") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Haut-Représentant a rencontré les ministres.",
        "Le Défenseur des droits a rendu un avis critique.",
        "La Contrôleure générale des lieux de privation de liberté a visité le centre.",
        "Le Médiateur de la République a été saisi.",
    ],
)
def test_titles_and_offices_are_neither_places_nor_people(annotate, text):
    doc = annotate(text, date=DATE)
    assert labelled(doc, "LOC") == [] and labelled(doc, "PER") == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Les places d'hébergement sont surtout en Île-de-France, pour un coût moyen de 21 euros.", "Île-de-France"),
        ("Dans les Hauts-de-France, 1 200 exilés ont été mis à l'abri cet hiver.", "Hauts-de-France"),
        ("Un centre a ouvert à Saint-Martin-de-Belleville, en Savoie.", "Saint-Martin-de-Belleville"),
    ],
)
def test_a_country_glued_to_a_particle_by_hyphens_is_part_of_a_place(annotate, text, place):
    doc = annotate(text, DATE)
    assert labelled(doc, "COUNTRY") == []
    assert place in labelled(doc, "LOC")


def test_hyphenated_country_names_and_ex_stay_countries(annotate):
    doc = annotate("L'ex-Yougoslavie, le Congo-Brazzaville et la Bosnie-Herzégovine.", DATE)
    assert labelled(doc, "COUNTRY") == ["ex-Yougoslavie", "Congo-Brazzaville", "Bosnie-Herzégovine"]


def test_hellenique_is_greeks_and_the_republics_name_stays_the_country(annotate):
    doc = annotate("La République hellénique a renforcé la marine hellénique en mer Égée.", DATE)
    assert labelled(doc, "COUNTRY") == ["République hellénique"]
    assert "marine hellénique" in labelled(doc, "ORG")
