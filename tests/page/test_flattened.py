"""A scraped page flattened onto one line gets its line breaks back around menus, trails and bylines."""

import pytest

import migtext
from migtext.page.flattened import page_breaks
from migtext.page.structure import FLATTENED_LINE_CHARS

BODY = (
    "Plus de 1 300 personnes ont débarqué à Lampedusa depuis vendredi, selon la préfecture d'Agrigente. "
    "Le centre d'accueil de l'île, prévu pour 400 places, en hébergeait lundi près de 1 100. "
    "Les transferts vers la Sicile ont repris dimanche soir à bord d'un ferry affrété par l'État. "
    "Selon les garde-côtes italiens, la plupart des embarcations étaient parties de Sfax, en Tunisie, "
    "et de Zouara, en Libye. Une association locale dit manquer de couvertures et de lait pour bébés. "
    "Le maire de l'île demande depuis des mois un plan de transferts réguliers vers le continent. "
)
MENU = "Le Journal des Îles Accueil Monde Afrique Europe Amériques Podcasts Rechercher "
TRAIL = "Accueil › Monde › Europe "
TITLE = "Italie : Lampedusa de nouveau débordée par les arrivées "
BYLINE = "Par Claire Moreau Publié le 12/09/2023 à 08h15 Partager "


def flattened_page() -> str:
    text = MENU + TRAIL + TITLE + BYLINE + BODY * 2
    assert "\n" not in text and len(text) > FLATTENED_LINE_CHARS
    return text


def with_breaks(text: str) -> str:
    chars = list(text)
    for pos in page_breaks(text):
        chars[pos] = "\n"
    return "".join(chars)


def test_a_flattened_page_gets_its_lines_back():
    lines = with_breaks(flattened_page()).split("\n")
    assert lines[0] == "Le Journal des Îles"  # the site's name stays content
    assert lines[1] == "Accueil Monde Afrique Europe Amériques Podcasts Rechercher"
    assert lines[2] == "Accueil › Monde › Europe"
    assert lines[3] == "Italie : Lampedusa de nouveau débordée par les arrivées"
    assert lines[4] == "Par Claire Moreau"  # the byline
    assert lines[5] == "Publié le 12/09/2023 à 08h15"
    assert lines[6] == "Partager"
    assert lines[7].startswith("Plus de 1 300 personnes")


def test_breaks_keep_the_length_and_only_replace_blanks():
    text = flattened_page()
    breaks = page_breaks(text)
    assert breaks and all(text[pos] == " " for pos in breaks)
    assert len(with_breaks(text)) == len(text)


def test_a_written_page_and_a_short_line_get_no_breaks():
    assert page_breaks(MENU + TRAIL + TITLE + BYLINE) == []  # shorter than a flattened page
    written = "\n".join([MENU.strip(), TRAIL.strip(), TITLE.strip(), BYLINE.strip(), BODY, BODY])
    assert page_breaks(written) == []


@pytest.mark.parametrize(
    ("trail", "line"),
    [
        ("Accueil > Canaries > El Hierro El Hierro : trois cayucos arrivent à La Restinga ",
         "Accueil > Canaries > El Hierro"),  # the headline repeats the last entry
        ("Accueil › International › Asie Pakistan : des Afghans arrêtés à Islamabad ",
         "Accueil › International › Asie"),  # the headline's first word is not the trail's
        ("Info › Société › Mises à jour Asile : les demandes en hausse ",
         "Info › Société › Mises à jour"),  # lowercase words, then the headline's first
        ("Accueil › Actualités › Communiqués de presse Lutte contre l'immigration irrégulière : le bilan ",
         "Accueil › Actualités › Communiqués de presse"),
    ],
)
def test_a_breadcrumb_trail_ends_before_the_headline(trail, line):
    text = "Site " + trail + BODY * 2
    assert with_breaks(text).split("\n")[1] == line


def test_a_closing_quote_in_prose_is_no_trail():
    text = "« Nous ne pouvons plus accueillir personne » Le maire a lancé un appel. " + BODY * 2
    assert page_breaks(text) == []


def test_a_headline_written_twice_is_two_lines():
    title = "Bosnie-Herzégovine : l'OIM demande un abri pour les migrants de Lipa "
    text = "Qui sommes-nous " + title + title + "Sarajevo, 4 janvier 2021 – " + BODY * 2
    lines = with_breaks(text).split("\n")
    assert lines[0] == "Qui sommes-nous " + title.strip()  # the menu before it is the page component's
    assert lines[1] == title.strip()
    assert lines[2].startswith("Sarajevo, 4 janvier 2021")


def test_a_sentence_said_over_and_over_is_no_headline():
    text = "L'OIM au Niger et au Mali. " * 40
    assert page_breaks(text) == []


def test_share_buttons_stay_on_their_line():
    text = BODY + "Partager Facebook X LinkedIn Courriel " + BODY
    broken = with_breaks(text)
    assert "\nPartager Facebook X LinkedIn Courriel" in broken  # a break before the buttons only
    assert "Partager\nFacebook" not in broken


def test_the_menu_and_byline_give_no_entity_in_a_flattened_page():
    doc = migtext.annotate(flattened_page())
    found = {(e.label_, e.text) for e in doc.ents}
    assert ("PER", "Claire Moreau") in found
    assert not any(label == "PER" and "Publié" in text for label, text in found)
    # the menu's "Afrique", "Europe", "Amériques" are no regions; the body's places are read
    menu_end = len(MENU) + len(TRAIL)
    assert not [e for e in doc.ents if e.label_ == "REGION" and e.start_char < menu_end]
    assert ("LOC", "Lampedusa") in found
    assert any(e.label_ == "COUNTRY" and e.kb_id_ == "TUN" for e in doc.ents)


def test_a_row_of_sharing_buttons_ends_before_the_site_name():
    text = BODY + "Partager sur Facebook Partager sur X Imprimer Le Journal des Îles © 2025 " + BODY
    assert "Imprimer\nLe Journal des Îles" in with_breaks(text)


def test_two_blanks_in_a_flattened_line_are_a_paragraph_break():
    text = "Communiqué de presse  Genève, 4 mars 2025  " + BODY * 2
    broken = with_breaks(text)
    assert broken.startswith("Communiqué de presse\n\nGenève, 4 mars 2025\n\n")  # a blank line, as written


@pytest.mark.parametrize(
    ("head", "first_line"),
    [
        # a title runs into its first sentence: a capitalised word no sentence goes on with
        ("Libye : à Koufra, l'afflux de Soudanais met l'oasis sous pression Dans le sud-est libyen, l'oasis ",
         "Libye : à Koufra, l'afflux de Soudanais met l'oasis sous pression"),
        # a dateline's date ends its line when a title follows it
        ("Communiqué de presse – Varsovie, le 13 novembre 2025 Frontex : les franchissements en baisse ",
         "Communiqué de presse – Varsovie, le 13 novembre 2025"),
        # a menu with separators between its labels
        ("JEUNE HEBDO Accueil Politique | Économie | Société | Culture Rechercher Mauritanie : à Mbera ",
         "JEUNE HEBDO"),
    ],
)
def test_a_flattened_head_gets_its_first_line_back(head, first_line):
    assert with_breaks(head + BODY * 2).split("\n")[0] == first_line


def test_a_place_with_a_dash_after_a_date_is_a_dateline():
    text = ("Haïti : l'OIM alerte sur les expulsions Communiqué de presse | 12 novembre 2024 Port-au-Prince – "
            "Plus de 27 000 Haïtiens ont été expulsés. " + BODY * 2)
    lines = with_breaks(text).split("\n")
    assert lines[:3] == ["Haïti : l'OIM alerte sur les expulsions", "Communiqué de presse | 12 novembre 2024",
                         lines[2]] and lines[2].startswith("Port-au-Prince – Plus de 27 000")


def test_a_labels_date_ends_its_line_before_the_publishers_name():
    text = ("SOUDAN : RAPPORT DE SITUATION Dernière mise à jour : 28 mai 2026 Bureau de la coordination des affaires "
            "humanitaires (OCHA) FAITS SAILLANTS " + BODY * 2)
    lines = with_breaks(text).split("\n")
    assert any(line.startswith("Bureau de la coordination des affaires humanitaires (OCHA)") for line in lines)
    # inside a sentence, after "le", a date goes on with its sentence
    text = "Le HCR rappelle que depuis le 12 mars 2025 Genève accueille la conférence. " + BODY * 2
    assert "\n" not in with_breaks(text)[:80]


@pytest.mark.parametrize("text", [
    "Le bateau est arrivé à La Restinga dans la nuit. ",  # "La" opens a place: no break
    "Les migrants ont rejoint Au-delà des frontières, une association locale. ",  # not an opener: a hyphenated name
    "Ils ont quitté le port de Dans pour Dakar. ",  # after "de", a capitalised word is a name
])
def test_names_inside_a_sentence_keep_it_whole(text):
    assert "\n" not in with_breaks(text + BODY * 2)[: len(text)]


def test_a_banner_before_a_release_label_is_a_line_of_its_own():
    text = "Secrétariat d'État aux migrations SEM Communiqué | Statistique en matière d'asile, janvier 2026 " + BODY * 2
    assert with_breaks(text).split("\n")[0] == "Secrétariat d'État aux migrations SEM"


def test_a_skip_link_a_language_switcher_and_a_menu_button_end_the_line_before_them():
    head = ("Aller au contenu principal DE | FR | IT | EN Secrétariat d'État aux migrations SEM Menu Accueil "
            "Asile / Protection Entrée & séjour Publications & services Rechercher ")
    text = head + "Statistique en matière d'asile, avril 2026 " + BODY * 2
    assert "\n" not in text and len(text) > FLATTENED_LINE_CHARS
    lines = with_breaks(text).split("\n")
    assert lines[:3] == ["Aller au contenu principal", "DE | FR | IT | EN", "Secrétariat d'État aux migrations SEM"]
    assert lines[3].startswith("Menu Accueil")


def test_a_site_name_before_its_menu_and_a_labelled_switcher_get_lines_of_their_own():
    text = ("Passer au contenu principal Eurostat Données Actualités Publications Aide "
            "Ministère de la Migration et de l'Asile Langue : FR | IT Menu Accueil Presse Rechercher " + BODY * 2)
    lines = with_breaks(text).split("\n")
    assert lines[:5] == ["Passer au contenu principal", "Eurostat", "Données Actualités Publications Aide",
                         "Ministère de la Migration et de l'Asile", "Langue : FR | IT"]


def test_a_year_closing_a_breadcrumb_trail_is_its_last_entry():
    text = "Accueil › Salle de presse › Actualités › 2025 Frontex – Actualité Varsovie, 12 juin 2025 " + BODY * 2
    lines = with_breaks(text).split("\n")
    assert lines[0] == "Accueil › Salle de presse › Actualités › 2025"
    assert lines[1] == "Frontex – Actualité Varsovie, 12 juin 2025"


def test_language_codes_in_prose_are_no_switcher():
    text = BODY * 2 + "Les délégations FR et EN ont signé le texte."
    assert "FR et EN" in with_breaks(text)


def test_a_contacts_address_and_number_end_their_line_before_the_name_that_signs():
    text = (BODY * 2 + "Imprimer Partager Contact presse : pref-communication@guyane.gouv.fr – 05 94 39 45 00 "
            "Préfecture de la Guyane – 97307 Cayenne")
    lines = with_breaks(text).split("\n")
    assert lines[-2:] == ["Contact presse : pref-communication@guyane.gouv.fr – 05 94 39 45 00",
                          "Préfecture de la Guyane – 97307 Cayenne"]


def test_counts_in_prose_are_no_telephone_number():
    text = BODY * 2 + "Au total, 12 300 450 Syriens et Afghans ont été enregistrés."
    assert "12 300 450 Syriens" in with_breaks(text)


def test_a_section_heading_run_into_its_paragraph_and_a_trail_entry_with_an_ampersand():
    text = ("Accueil › Publications & services › Statistiques Statistique en matière d'asile, avril 2026 " + BODY
            + " Décisions de première instance En avril, le SEM a rendu 2 016 décisions. " + BODY)
    lines = with_breaks(text).split("\n")
    assert lines[0] == "Accueil › Publications & services › Statistiques"
    assert any(line.strip() == "Décisions de première instance" for line in lines)
    assert "des mois un plan" in with_breaks(text)  # "En" after a preposition's object goes on: no break inside prose


def test_markup_the_view_blanked_inside_a_long_paragraph_is_no_paragraph_break():
    from migtext.pipeline.tokenizer import NormalisingTokenizer

    text = ("<p>" + BODY + "Selon le <a href=\"https://www.example.org/hcr\" class=\"lien\">HCR</a>, "
            "<strong>1 200</strong> personnes attendent. " + BODY + "</p>")
    view = NormalisingTokenizer.view(text)
    assert "Selon le" in view and "\n" not in view[view.index("Selon le") : view.index("personnes attendent")]
    # the same page flattened with its paragraphs' blanks written gets its break back
    written = BODY + "  Selon le HCR, 1 200 personnes attendent. " + BODY
    assert "\n" in NormalisingTokenizer.view(written)


def test_a_bullet_before_a_sentence_or_a_count_opens_a_line():
    text = BODY * 2 + "FAITS SAILLANTS • Plus de 85 000 personnes déplacées. • 1 240 cas de choléra. Accueil • Monde"
    lines = with_breaks(text).split("\n")
    assert lines[-2:] == ["• Plus de 85 000 personnes déplacées.", "• 1 240 cas de choléra. Accueil • Monde"]


def test_a_heading_in_capitals_after_a_sentence_opens_its_line():
    text = (BODY * 2 + "Le HCR en a relocalisé 3 150. RÉFUGIÉS SOUDANAIS DANS LES CAMPS DU OUADDAÏ (au 28 février "
            "2026) Farchana : 58 430. Selon le HCR. OCHA a publié son rapport.")
    lines = with_breaks(text).split("\n")
    assert lines[-2].endswith("Le HCR en a relocalisé 3 150.")
    assert lines[-1].startswith("RÉFUGIÉS SOUDANAIS DANS LES CAMPS DU OUADDAÏ")
    assert lines[-1].endswith("Selon le HCR. OCHA a publié son rapport.")  # one acronym opens no heading


def test_a_heading_in_capitals_ends_before_its_paragraphs_first_word():
    paragraph = "Depuis le 1er janvier, 98 400 personnes ont été expulsées."
    text = (BODY * 2).rstrip() + "  RETOURS DEPUIS L'ÉTRANGER " + paragraph
    lines = with_breaks(text).split("\n")
    assert lines[-3:] == ["", "RETOURS DEPUIS L'ÉTRANGER", paragraph]
