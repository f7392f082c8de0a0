"""Who gives a figure when the sentence does not say (the dev gold's batch 4): a release
labelled with its organisation's name after "du", briefing notes whose organisation names
itself in apposition, the organisation a release names most, an official speaking in the
first person, bodies named with their adjective, "la préfecture" for the one named before."""

from __future__ import annotations

import pytest


def sources(annotate, text, date="2025-01-21"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f["source"] for f in doc._.figures or []}


def test_a_release_labelled_with_its_ministry_after_du(annotate):
    text = ("Communiqué de presse du ministère de l'Intérieur\n\nParis, le 21 janvier 2025\n\n"
            "En 2024, 157 900 demandes d'asile ont été déposées en France, contre 142 500 en 2023.")
    assert set(sources(annotate, text).values()) == {"ministère de l'Intérieur"}


def test_briefing_notes_whose_organisation_names_itself_in_apposition(annotate):
    text = ("Notes d'information – 11 juillet 2025\n\nVoici un résumé des propos tenus par la représentante "
            "du HCR lors de la conférence de presse.\n\nLe HCR, l'Agence des Nations Unies pour les réfugiés, est "
            "préoccupé par les retours. Depuis le 1er janvier, 1,6 million de personnes sont rentrées en "
            "Afghanistan.")
    assert sources(annotate, text, "2025-07-11") == {"1,6 million": "UNHCR"}


def test_a_labelled_release_is_the_organisation_it_names_most(annotate):
    text = ("Communiqué de presse\n\nROME, 14 juin 2024 – Depuis le 1er janvier, quelque 9 200 enfants ont "
            "débarqué en Italie. L'UNICEF appelle l'Union européenne à agir. « Ces enfants ont besoin de "
            "protection », a déclaré la directrice régionale de l'UNICEF.")
    assert sources(annotate, text, "2024-06-14") == {"9 200": "UNICEF"}


def test_a_sentence_naming_a_release_is_no_label(annotate):
    text = ("L'OIM a indiqué dans un communiqué de presse que la situation se dégrade. L'UNICEF est inquiet. "
            "Quelque 300 migrants ont débarqué mardi à Lampedusa.")
    assert sources(annotate, text, "2024-06-14") == {"300": None}


def test_an_official_speaking_in_the_first_person_gives_their_organisations_figures(annotate):
    text = ("Le représentant du HCR au Tchad, Patrice Ahouansou, fait le point. Entretien.\n\n"
            "Combien de réfugiés le Tchad accueille-t-il ?\n\nDepuis avril 2023, nous avons enregistré plus de "
            "790 000 nouveaux réfugiés soudanais dans l'est du Tchad.")
    assert sources(annotate, text, "2025-04-15") == {"790 000": "UNHCR"}


def test_bodies_keep_their_adjective_and_the_prefecture_is_the_one_named(annotate):
    text = ("Au moins 44 personnes sont mortes dans le naufrage d'une pirogue, selon les autorités locales.")
    assert sources(annotate, text, "2025-02-24") == {"44": "autorités locales"}
    text = ("La préfecture de Mayotte a publié ses chiffres. Depuis le 1er janvier, 2 340 personnes ont été "
            "interceptées en mer, selon les chiffres de la préfecture.")
    assert sources(annotate, text, "2024-03-18") == {"2 340": "préfecture de Mayotte"}


def test_who_was_shown_the_figures_is_no_source_but_who_counted_them_is(annotate):
    text = ("Depuis janvier, 71 300 migrants ont été interceptés au large de la Tunisie, selon des chiffres de la "
            "Garde nationale consultés par Reuters.")
    assert sources(annotate, text, "2024-11-14") == {"71 300": "Garde nationale"}
    text = "Depuis janvier, 71 300 migrants ont été interceptés au large de la Tunisie, selon un décompte de l'AFP."
    assert sources(annotate, text, "2024-11-14") == {"71 300": "AFP"}


def test_the_same_source_and_the_spokesman_again_give_the_sentence_befores_source(annotate):
    text = ("Les garde-côtes ont intercepté 600 migrants au large de Sfax, selon la Garde nationale. Parmi les "
            "personnes interceptées figurent 74 femmes, d'après la même source. Les corps de 19 migrants ont "
            "été repêchés, a ajouté le porte-parole.")
    assert set(sources(annotate, text, "2024-11-14").values()) == {"Garde nationale"}


def test_a_label_read_as_a_name_is_not_the_releases_organisation(annotate):
    text = ("Accueil > Actualités > Communiqués de presse\nAgence de l'Union européenne pour l'asile (EUAA)\n"
            "Communiqué de presse – 28 mai 2024\n\nAsile : les demandes baissent\nEn mars, 85 000 demandes "
            "d'asile ont été introduites dans l'UE.")
    assert sources(annotate, text, "2024-05-28") == {"85 000": "EUAA"}


def test_a_quotation_is_said_by_who_is_named_after_it_closes(annotate):
    text = ("« Depuis avril 2023, plus de 10 millions de personnes ont fui leur foyer au Soudan. Des convois "
            "entiers restent bloqués », a déclaré Leni Kinzli, porte-parole du PAM.")
    assert sources(annotate, text, "2024-08-06") == {"10 millions": "WFP"}
    text = ("Au moins 300 migrants ont été secourus samedi au large de Lampedusa. « Nous ne savons pas combien "
            "sont partis », dit un pêcheur.")
    assert sources(annotate, text, "2024-08-06") == {"300": None}  # the count is not in the quotation


@pytest.mark.parametrize(
    "text, number, source",
    [
        # an organisation's own page, by its banner line, a part of its title line, or "Publié par"
        ("Eurostat\nDonnées\nActualités\nAsile : en mars 2025, 58 200 primo-demandeurs d'asile ont introduit "
         "une demande dans l'UE.", "58 200", "EUROSTAT"),
        ("HCR – Mise à jour opérationnelle\nTCHAD\nAu 30 avril, 1 250 000 réfugiés vivent dans l'est du pays.",
         "1 250 000", "UNHCR"),
        ("Rapport de situation n° 12\nPublié par le Bureau de la coordination des affaires humanitaires (OCHA) le "
         "3 mars 2025\nQuelque 41 000 personnes ont été déplacées la semaine dernière dans le Nord-Kivu.",
         "41 000", "OCHA"),
        # a news site's name is no organisation publishing figures
        ("Le Courrier de Genève\nMonde\nEn 2024, 23 000 migrants sont arrivés aux Canaries.", "23 000", None),
    ],
)
def test_an_organisation_s_own_page_gives_its_figures(annotate, text, number, source):
    doc = annotate(text, "2025-05-02")
    found = {text[f["start"] : f["end"]]: f for f in doc._.figures}
    assert found[number]["source"] == source
