"""Countries by their short or political names in running text, and demonyms shared by
two countries decided by the city or country that follows them (issue 16, family 6)."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def countries(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ in ("COUNTRY", "NATIONALITY")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Centrafrique accueille des réfugiés venus du Tchad.",
            [("Centrafrique", "COUNTRY", "CAF"), ("Tchad", "COUNTRY", "TCD")],
        ),
        (
            "Le Congo-Kinshasa et le Congo-Brazzaville ont signé un accord.",
            [("Congo-Kinshasa", "COUNTRY", "COD"), ("Congo-Brazzaville", "COUNTRY", "COG")],
        ),
        ("L'Eswatini a ratifié la convention.", [("Eswatini", "COUNTRY", "SWZ")]),
        ("La République sahraouie revendique le territoire.", [("République sahraouie", "COUNTRY", "ESH")]),
        (
            "La République arabe sahraouie démocratique est membre de l'Union africaine.",
            [("République arabe sahraouie démocratique", "COUNTRY", "ESH")],
        ),
        ("La RASD a été proclamée en 1976.", [("RASD", "COUNTRY", "ESH")]),
        (
            "Des réfugiés de Guinée-Bissao arrivent au Sénégal.",
            [("Guinée-Bissao", "COUNTRY", "GNB"), ("Sénégal", "COUNTRY", "SEN")],
        ),
        ("Le royaume chérifien a renforcé ses contrôles.", [("royaume chérifien", "COUNTRY", "MAR")]),
        ("L'État hébreu a fermé ses frontières.", [("État hébreu", "COUNTRY", "ISR")]),
        ("L'Empire du Milieu investit en Afrique.", [("Empire du Milieu", "COUNTRY", "CHN")]),
        (
            "Le pays du Cèdre accueille 1,5 million de Syriens.",
            [("pays du Cèdre", "COUNTRY", "LBN"), ("Syriens", "NATIONALITY", "SYR")],
        ),
        ("Le royaume wahhabite a expulsé des milliers de travailleurs.", [("royaume wahhabite", "COUNTRY", "SAU")]),
        (
            "Le pays des Hommes intègres compte deux millions de déplacés.",
            [("pays des Hommes intègres", "COUNTRY", "BFA")],
        ),
    ],
)
def test_countries_by_short_and_political_names(annotate, text, expected):
    assert countries(annotate(text, date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les Congolais de Kinshasa ont fui vers l'Angola.", ("Congolais", "NATIONALITY", "COD")),
        ("Les Congolais de Brazzaville sont restés chez eux.", ("Congolais", "NATIONALITY", "COG")),
        ("Une Congolaise de Pointe-Noire a témoigné.", ("Congolaise", "NATIONALITY", "COG")),
        ("Les Congolais du Congo-Brazzaville votent dimanche.", ("Congolais", "NATIONALITY", "COG")),
        ("Les Guinéens de Bissau ont été rapatriés.", ("Guinéens", "NATIONALITY", "GNB")),
        ("Les Guinéens de Conakry ont été rapatriés.", ("Guinéens", "NATIONALITY", "GIN")),
        ("Des Guinéens de Malabo travaillent au Gabon.", ("Guinéens", "NATIONALITY", "GNQ")),
        ("Les Coréens du Nord qui fuient passent par la Chine.", ("Coréens du Nord", "NATIONALITY", "PRK")),
        ("Les Maliens de Paris envoient de l'argent au pays.", ("Maliens", "NATIONALITY", "MLI")),
    ],
)
def test_a_shared_demonym_is_decided_by_the_place_that_follows(annotate, text, expected):
    assert countries(annotate(text, date=DATE))[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Madagascar a été frappée par un cyclone. La Grande Île demande de l'aide.",
            [("Madagascar", "COUNTRY", "MDG"), ("Grande Île", "COUNTRY", "MDG")],
        ),
        (
            "La Grande Île de Nouvelle-Calédonie a été touchée par la tempête.",
            [("Nouvelle-Calédonie", "COUNTRY", "NCL")],
        ),
    ],
)
def test_la_grande_ile_only_where_it_is_unambiguous(annotate, text, expected):
    assert countries(annotate(text, date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Au Grand-Duché, 2 130 demandes ont été déposées, dit-on au Luxembourg.",
            [("Grand-Duché", "COUNTRY", "LUX"), ("Luxembourg", "COUNTRY", "LUX")],
        ),
        ("Au Grand-Duché, 2 130 demandes ont été déposées.", []),  # which one, the text does not say
        ("Le grand-duché de Bade a été rattaché en 1871.", []),
    ],
)
def test_le_grand_duche_is_luxembourg_where_the_text_names_it(annotate, text, expected):
    assert countries(annotate(text, date=DATE)) == expected
