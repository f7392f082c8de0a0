"""In-text acronym definitions (Schwartz–Hearst), without spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.organisations.acronyms import find_definitions, is_short_form, match_long_form


def _pairs(text):
    return [(d.short, d.long, d.order) for d in find_definitions(text)]


@pytest.mark.parametrize(
    "text, short, long",
    [
        (
            "L'Organisation internationale pour les migrations (OIM) fait partie du système.",
            "OIM",
            "Organisation internationale pour les migrations",
        ),
        (
            "Qui sommes nousL'Organisation internationale pour les migrations (OIM) fait partie",
            "OIM",
            "Organisation internationale pour les migrations",
        ),
        (
            "avec la Commission économique pour l'Amérique latine et les Caraïbes (CEPALC) à Santiago",
            "CEPALC",
            "Commission économique pour l'Amérique latine et les Caraïbes",
        ),
        (
            "selon le Comité international de la Croix-Rouge (CICR), 30 personnes",
            "CICR",
            "Comité international de la Croix-Rouge",
        ),
        ("Le Haut Conseil pour la réconciliation (HCR) du Mali a publié", "HCR", "Haut Conseil pour la réconciliation"),
        ("L’Office national de l’emploi (ONEM) publie ses chiffres", "ONEM", "Office national de l’emploi"),
        (
            "le Fonds des Nations unies pour la population (FNUAP) a financé",
            "FNUAP",
            "Fonds des Nations unies pour la population",
        ),
        (
            "La Communauté économique des États de l'Afrique centrale (CEEAC) se réunit",
            "CEEAC",
            "Communauté économique des États de l'Afrique centrale",
        ),
        ("l'Union pour la Méditerranée (UpM) a son siège à Barcelone", "UpM", "Union pour la Méditerranée"),
    ],
)
def test_long_form_then_short_form(text, short, long):
    assert (short, long, "long_short") in _pairs(text)


@pytest.mark.parametrize(
    "text, short, long",
    [
        (
            "Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) a publié un rapport.",
            "HCR",
            "Haut-Commissariat des Nations unies pour les réfugiés",
        ),
        (
            "La CNPM (Commission nationale pour les migrants) coordonne l'accueil.",
            "CNPM",
            "Commission nationale pour les migrants",
        ),
        ("l'ONEM (l'Office national de l'emploi) publie", "ONEM", "Office national de l'emploi"),
        (
            "Selon l'OIT (Organisation internationale du travail, basée à Genève)",
            "OIT",
            "Organisation internationale du travail",
        ),
    ],
)
def test_short_form_then_long_form(text, short, long):
    assert (short, long, "short_long") in _pairs(text)


@pytest.mark.parametrize(
    "text, short, long",
    [
        (
            "l'Organisation\ninternationale pour les migrations (OIM)",
            "OIM",
            "Organisation\ninternationale pour les migrations",
        ),
        (
            "la Commission nationale\npour les migrants\n(CNPM) a ouvert",
            "CNPM",
            "Commission nationale\npour les migrants",
        ),
        (
            "Le HCR (Haut-Commissariat des Nations unies\npour les réfugiés) a dit",
            "HCR",
            "Haut-Commissariat des Nations unies\npour les réfugiés",
        ),
    ],
)
def test_definitions_broken_across_lines(text, short, long):
    assert (short, long) in [(s, lf) for s, lf, _ in _pairs(text)]


@pytest.mark.parametrize(
    "text, short",
    [
        ("l'Organisation internationale du travail (OIT, ILO en anglais)", "OIT"),
        ("le Programme alimentaire mondial (PAM; WFP en anglais)", "PAM"),
        ("l'Organisation internationale pour les migrations (OIM, selon son sigle français)", "OIM"),
    ],
)
def test_short_form_followed_by_a_comment_in_the_parentheses(text, short):
    assert [d.short for d in find_definitions(text)] == [short]


def test_offsets_point_into_the_text_as_given():
    text = "Hier, l’Agence nationale de lutte contre la traite (ANLT) a alerté."
    (d,) = find_definitions(text)
    assert text[d.short_start : d.short_end] == "ANLT"
    assert text[d.long_start : d.long_end] == d.long == "Agence nationale de lutte contre la traite"


@pytest.mark.parametrize(
    "text",
    [
        "En 2015 (2015), les arrivées ont doublé.",
        "les chiffres (voir ci-dessous) sont provisoires",
        "la Matrice de suivi des déplacements (DTM) de l'OIM",  # the English acronym does not spell it
        "le pays (Mali) a répondu",
        "les départs (+12 %) augmentent",
        "le texte (A/RES/73/195) a été adopté",
        "Le programme (PR) commence",  # a long form of one word is not one
        "selon l'UNHCR (UNHCR) lui-même",
        "une parenthèse jamais fermée (OIM",
        "",
    ],
)
def test_no_definition(text):
    assert find_definitions(text) == []


def test_two_definitions_in_one_sentence():
    text = "l'Autorité intergouvernementale pour le développement (IGAD) et la Communauté d'Afrique de l'Est (CAE)"
    assert [d.short for d in find_definitions(text)] == ["IGAD", "CAE"]


@pytest.mark.parametrize(
    "text, expected",
    [("OIM", True), ("CEN-SAD", True), ("eu-LISA", True), ("UpM", True), ("R4V", True), ("2015", False),
     ("Mali", False), ("a", False), ("ONU Femmes", False), ("X", False), ("ABCDEFGHIJKL", False)],
)  # fmt: skip
def test_is_short_form(text, expected):
    assert is_short_form(text) is expected


@pytest.mark.parametrize(
    "short, candidate, expected",
    [
        (
            "OIM",
            "sommes nous Organisation internationale pour les migrations",
            "Organisation internationale pour les migrations",
        ),
        ("HCR", "Haut Conseil pour la réconciliation", "Haut Conseil pour la réconciliation"),
        (
            "ONUDC",
            "l'Office des Nations unies contre la drogue et le crime",
            "Office des Nations unies contre la drogue et le crime",
        ),
        ("CEN-SAD", "la Communauté des États sahélo-sahariens", None),  # letters out of order
    ],
)
def test_match_long_form(short, candidate, expected):
    offset = match_long_form(short, candidate)
    assert (None if offset is None else candidate[offset:]) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCOIMHRabcdeio ()',-\n’")), max_size=120))
def test_definitions_offsets_always_match_the_text(text):
    for d in find_definitions(text):
        assert text[d.short_start : d.short_end] == d.short
        assert text[d.long_start : d.long_end] == d.long
        assert d.order in ("long_short", "short_long")


def test_the_long_form_whose_initials_spell_the_acronym_wins_over_the_shortest():
    text = "Le Comité national de lutte contre la traite des personnes (CNLTP) a alerté."
    (definition,) = find_definitions(text)
    assert definition.long == "Comité national de lutte contre la traite des personnes"


_HEADS = frozenset({"commissariat", "office", "bureau", "forces", "union", "plateforme"})


@pytest.mark.parametrize(
    "text, short, long",
    [
        # the French name of a foreign body, with the acronym of its own language
        ("3 900 réfugiés ont perdu leur abri, selon le Commissariat aux secours et au rapatriement des "
         "réfugiés (RRRC), qui relève du gouvernement.", "RRRC",
         "Commissariat aux secours et au rapatriement des réfugiés"),
        ("Selon l'Office des étrangers (UdSC), 27 500 Ukrainiens ont obtenu un numéro.", "UdSC",
         "Office des étrangers"),
        ("Les affrontements entre les Forces de défense nationale éthiopiennes (ENDF) et les milices.", "ENDF",
         "Forces de défense nationale éthiopiennes"),
    ],
)
def test_an_acronym_of_another_language_is_defined_by_the_name_before_it(text, short, long):
    found = {d.short: d.long for d in find_definitions(text, _HEADS)}
    assert found.get(short) == long
    # without head words, the letters alone cannot find the name
    assert {d.short: d.long for d in find_definitions(text)}.get(short) != long


def test_a_name_whose_initials_spell_the_acronym_is_kept_whole():
    text = "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) et l'Union européenne (UE)."
    found = {d.short: d.long for d in find_definitions(text, _HEADS)}
    assert found["HCR"] == "Haut-Commissariat des Nations unies pour les réfugiés"
    assert found["UE"] == "Union européenne"
