"""Menus, repeated headings and HTML debris of scraped pages yield no entity."""

from __future__ import annotations

import pytest

from migtext.core.text import in_ranges
from migtext.page.structure import (
    boilerplate_ranges,
    debris_ranges,
    furniture_share,
    model_span_on_page,
    site_names,
)

PAGE = (
    "Qui sommes nous\n"
    "Qui sommes nousL'Organisation internationale pour les migrations (OIM) aide les migrants.\n"
    "Partenariats\nPartenariats\n"
    "- Où travaillons-nous\n- Données et recherche\n- 2030 AGENDA\n"
    "Le HCR a ouvert un bureau à Tripoli.\n"
    "- Accueil des réfugiés au Tchad, où 5 000 personnes sont arrivées en mai.\n"
    '"mailto:presse@iom.int" target="_blank" title=\n'
)


def _texts(text):
    return [text[s:e] for s, e in boilerplate_ranges(text)]


def test_menu_lines_headings_and_debris_are_boilerplate():
    found = _texts(PAGE)
    assert "Qui sommes nous" in found
    assert found.count("Partenariats") == 2
    assert "- 2030 AGENDA" in found
    assert '"mailto:presse@iom.int" target="_blank" title=' in found


def test_menu_label_glued_to_a_sentence_only_masks_the_label():
    ranges = boilerplate_ranges(PAGE)
    start = PAGE.index("Organisation internationale")
    assert not in_ranges(start, start + 12, ranges)
    glued = PAGE.index("Qui sommes nousL")
    assert in_ranges(glued, glued + 3, ranges)


@pytest.mark.parametrize("sentence", ["Le HCR a ouvert un bureau à Tripoli.", "- Accueil des réfugiés au Tchad"])
def test_content_lines_are_kept(sentence):
    start = PAGE.index(sentence)
    assert not in_ranges(start, start + len(sentence), boilerplate_ranges(PAGE))


def test_seed_menus_are_found_and_the_article_is_not(seed):
    text = seed["text"]
    found = _texts(text)
    for menu in ("Structure", "Engagez-vous", "Travailler avec nous", "- Structure organisationnelle"):
        assert menu in found
    lima = text.index("Les ministres de 24 pays")
    assert not in_ranges(lima, text.index("Dolores Cortés"), boilerplate_ranges(text))


def test_empty_and_blank_text():
    assert boilerplate_ranges("") == []
    assert boilerplate_ranges("\n\n  \n") == []


def test_entries_between_menu_labels_are_menu_too():
    text = "Où travaillons-nous\nAfrique\nEurope\nMédias\nFaire un don\n\nLe HCR aide les réfugiés en Afrique."
    found = _texts(text)
    assert "Afrique" in found and "Europe" in found
    assert "Le HCR aide les réfugiés en Afrique." not in found


def test_a_news_sites_sections_between_two_labels_are_its_menu():
    # a half of its lines are places, but every line between "Accueil" and "Podcasts" is an entry
    text = (
        "Accueil\nAfrique\nAmériques\nAsie-Pacifique\nEurope\nFrance\nPodcasts\nRechercher\n"
        "Soudan : au Tchad, l'afflux de réfugiés ne faiblit pas\n"
    )
    found = _texts(text)
    assert {"Afrique", "Amériques", "Europe", "France"} <= set(found)
    assert "Soudan : au Tchad, l'afflux de réfugiés ne faiblit pas" not in found


def test_the_sites_name_above_a_skip_link_menu_stays_content():
    text = "Aller au contenu\nBruxelles Direct\nInfo\nRégions\nMonde\nSport\nCulture\nAsile : 3 000 demandes\n"
    found = _texts(text)
    assert "Bruxelles Direct" not in found
    assert "Monde" in found and "Aller au contenu" in found


def test_a_line_of_places_between_labels_is_not_a_menu_when_an_entry_is_a_sentence():
    # two labels in five short lines, and one line is more than an entry's few words
    text = "Accueil\nLe Tchad accueille des réfugiés\nFrance\nMali\nRechercher\n"
    found = _texts(text)
    assert "France" not in found and "Mali" not in found


def test_a_menu_written_on_one_line_is_boilerplate_after_the_sites_name():
    text = (
        "Asie Hebdo Accueil International Asie Europe Économie Idées Newsletter Mon compte\n"
        "Pakistan : des Afghans arrêtés\n"
    )
    found = _texts(text)
    assert found == ["Accueil International Asie Europe Économie Idées Newsletter Mon compte"]


@pytest.mark.parametrize(
    "line",
    [
        "Europe : la santé et l'éducation des migrants en question",
        "Politique migratoire, économie et société : le débat est relancé.",
        "Santé, éducation : 1 200 enfants réfugiés privés d'école",
    ],
)
def test_a_headline_with_section_words_is_not_a_menu(line):
    assert _texts(line + "\n") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Menu\n© 2025 Continent Hebdo – Tous droits réservés", ["Continent Hebdo"]),
        ("© Afrik Hebdo 2025 – Mentions légales", ["Afrik Hebdo"]),
        ("Canarias Hoy © 2024 | Mentions légales | Cookies", ["Canarias Hoy"]),
        ("Le Journal de l'Île © 2025 – Mentions légales", ["Le Journal de l'Île"]),
        ("© 2025 Le Phare dunkerquois – Mentions légales – Cookies", ["Le Phare dunkerquois"]),
        ("© 2024 Il Corriere del Levante – P. IVA 01234567890", ["Il Corriere del Levante"]),
        ("© UNHCR/Olga Sarrado", ["UNHCR"]),
        ("Copyright 2023-2025 Radio Sahel Infos", ["Radio Sahel Infos"]),
        ("WhatsApp\n© 2025 – Tous droits réservés", []),
        ("© Tous droits réservés", []),
        ("Contact : +33 1 23 45 67 89\n© 2025", []),
        ("Le HCR compte 5 000 réfugiés.", []),
        # a footer that opens with the name, a masthead over the site's menu
        ("Partager sur X\nBruxelles Ouest – Tous droits réservés\nContact", ["Bruxelles Ouest"]),
        ("Le Phare du Nord – Rédaction : 03 28 00 00 00", ["Le Phare du Nord"]),
        ("Aller au contenu\nLa Voix du Sud\nPolitique | International | Société\nUn titre", ["La Voix du Sud"]),
        ("L'Écho du Port\nMenu\nAccueil\nUn titre\n\nL'Écho du Port, 12 rue du Port", ["L'Écho du Port"]),
        # a section's name over its topics is no site
        ("Bretagne\nSports\nLamballe. Au centre pour demandeurs d'asile, 31 arrivées.", []),
        ("Suisse\nMonde\nAsile : la Suisse durcit le ton\nSuisse", []),
        ("Le Courrier\nMenu\nUn titre", []),  # named once only, under "Menu": a headline, maybe
    ],
)
def test_site_names_come_from_the_copyright_line(text, names):
    assert site_names(text) == names


def test_related_articles_block_and_breadcrumb():
    text = (
        "Accueil > Médias > Communiqués > Niger\nNiger : reprise des retours\n"
        "Articles liés\nAfrique de l'Ouest et du Centre\nRetour\n"
    )
    found = _texts(text)
    assert "Accueil > Médias > Communiqués > Niger" in found
    assert "Afrique de l'Ouest et du Centre" in found
    assert "Niger : reprise des retours" not in found


@pytest.mark.parametrize("trail", ["International › Afrique", "Monde › Europe", "Société › Outre-mer"])
def test_a_trail_of_two_entries_is_navigation(trail):
    text = f"Rechercher\n{trail}\nSoudan : des milliers de réfugiés arrivent au Tchad\n"
    assert _texts(text) == ["Rechercher", trail]


@pytest.mark.parametrize(
    "line",
    [
        "Le taux est passé de 40 > 55 en un an.",  # ">" in a sentence
        "Afrique : 12 000 arrivées › hausse de 5 %, selon l'OIM.",  # a sentence with a colon
    ],
)
def test_a_sign_in_a_sentence_is_no_trail(line):
    assert _texts(f"{line}\n") == []


@pytest.mark.parametrize(
    "line, menu",
    [
        ("France | International | Économie | Culture", "France | International | Économie | Culture"),
        ("Grenoble | Isère | Savoie | Hautes-Alpes | Sports", "Grenoble | Isère | Savoie | Hautes-Alpes | Sports"),
        ("La Tribune lémanique | Suisse | Monde | Vaud", " | Suisse | Monde | Vaud"),  # the site's name first
        ("Le Site Info\t|\tSuisse\t|\tMonde\t|\tVaud", "\t|\tSuisse\t|\tMonde\t|\tVaud"),  # tabs around the bars
    ],
)
def test_a_menu_on_one_line_is_navigation(line, menu):
    text = f"{line}\nSoudan : 12 000 réfugiés arrivés au Tchad\n"
    assert [text[s:e] for s, e in boilerplate_ranges(text)] == [menu]


@pytest.mark.parametrize(
    "line",
    [
        "Année | Décès dans la Manche | Arrivées au Royaume-Uni",  # a table's header
        "Algériens | 12 325 | 1 610",  # a table's row
    ],
)
def test_a_table_line_is_no_menu(line):
    assert _texts(f"{line}\n") == []


def test_bullets_of_key_figures_are_no_menu():
    text = (
        "REPÈRES\n• 1,5 million d'Afghans rentrés d'Iran depuis le 1er janvier (OIM)\n"
        "• 1,2 million d'Afghans partis du Pakistan (HCR)\n• Accueil\n"
    )
    assert _texts(text) == ["• Accueil"]  # a menu label among them still is one


def test_a_contact_block_is_not_a_menu():
    text = "Pour plus d'informations, veuillez\ncontacter:\nDolores Cortés\nIOM Lima\nContact\n"
    found = _texts(text)
    assert "Dolores Cortés" not in found and "IOM Lima" not in found


def test_short_lines_of_content_are_not_a_menu():
    text = "Pays d'origine\nSyrie\nAfghanistan\nÉrythrée\nSoudan\n"
    assert _texts(text) == []


def test_navigation_labels_come_from_the_data_file():
    from migtext.page.structure import NAVIGATION_PHRASES

    assert "qui sommes nous" in NAVIGATION_PHRASES and "articles lies" in NAVIGATION_PHRASES
    assert len(NAVIGATION_PHRASES) > 80


RELATED = (
    "Le HCR appelle les États à agir.\n\n"
    "Articles liés\n"
    "Afrique de l'Ouest et du Centre\n\n"
    "Méditerranée : 1 200 migrants secourus au large de la Libye\n"
    "Au Soudan, la faim menace-t-elle les déplacés ?\n"
    "Le Tchad accueille 600 000 réfugiés. Le HCR demande des fonds.\n"
)


def test_titles_under_a_related_articles_heading_are_boilerplate():
    found = _texts(RELATED)
    assert "Afrique de l'Ouest et du Centre" in found
    assert "Au Soudan, la faim menace-t-elle les déplacés ?" in found
    # another article's headline with a count or a "Place : …" label shows facts on the page
    assert "Méditerranée : 1 200 migrants secourus au large de la Libye" not in found
    # the list ends at the first sentence; the text before the heading is content
    assert not any("Tchad" in f or "appelle" in f for f in found)


def test_a_hard_wrapped_sentence_under_a_related_heading_stays_content():
    text = "Pour aller plus loin\nLe rapport de l'OIM publié en 2024 montre que\nles migrants du Sahel vont au Mali.\n"
    assert _texts(text) == ["Pour aller plus loin"]


def test_a_related_heading_inside_a_sentence_is_not_a_heading():
    text = "Voir aussi le rapport du HCR sur le Tchad\net celui de l'OIM sur le Niger.\n"
    assert _texts(text) == []


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Melilla\n\nNador - Les éléments", "Melilla\n\nNador - Les", "Melilla"),
        ("Florence  \n \nAdopté en mai", "Florence  \n \nAdopté", "Florence"),
        ("Alarme Phone\nSahara", "Alarme Phone\nSahara", "Alarme Phone\nSahara"),  # a hard line break inside a name
        # a release's label line under its issuer's name is the page's, not the rest of the name
        ("Préfecture du Nord\nCommuniqué de presse – Lille", "Préfecture du Nord\nCommuniqué de presse",
         "Préfecture du Nord"),
        ("Total | 193 300 | 196 370", "Total | 193 300 | 196 370", None),
        ("écrire à rahimi@unhcr.org", "rahimi@unhcr.org", None),
        ("le 12 345", "12 345", None),
        ("rentrés avec l'OIM;\"Agadez, 11 mars", "OIM;\"Agadez", None),  # across two CSV cells
    ],
)
def test_model_spans_are_cut_at_paragraph_breaks_and_table_rows_dropped(text, span, expected):
    start = text.index(span)
    got = model_span_on_page(text, start, start + len(span))
    assert (text[got[0] : got[1]] if got else None) == expected


# --- debris at its own size (a link takes nothing from its sentence) -----------------------



@pytest.mark.parametrize(
    "text, debris",
    [
        ("Plus d'informations sur www.unhcr.org.", ["www.unhcr.org"]),
        ("Voir https://www.iom.int/fr/news/tchad-soudan, puis répondre.", ["https://www.iom.int/fr/news/tchad-soudan"]),
        ("Écrire à presse@iom.int ou à l'OIM.", ["presse@iom.int"]),
        ("Le rapport_2024.pdf et Annexe.DOCX sont en ligne.", ["rapport_2024.pdf", "Annexe.DOCX"]),
        ("Source : iom.int/fr et unhcr.org", ["iom.int/fr", "unhcr.org"]),
        ("Le HCR au <a href='x'>Tchad</a> hier.", ["<a href='x'>", "</a>"]),
        ('"mailto:a@iom.int" target="_blank" title=', ["mailto:a@iom.int", 'target="_blank"', "title="]),
        ("Caf&eacute; &amp; th&#233;", ["&eacute;", "&amp;", "&#233;"]),
    ],
)
def test_debris_is_its_own_characters(text, debris):
    assert [text[s:e] for s, e in debris_ranges(text)] == debris


@pytest.mark.parametrize(
    "text",
    ["Selon le rapport du HCR publié hier, 300 réfugiés soudanais sont arrivés au Tchad. Plus d'informations "
     "sur www.unhcr.org.", "Le HCR au <a href='x'>Tchad</a> hier.", "Contact : jdoe@iom.int, OIM Dakar (Sénégal)"],
)  # fmt: skip
def test_a_line_with_a_link_is_not_boilerplate(text):
    ranges = boilerplate_ranges(text)
    for word in ("HCR", "Tchad", "soudanais", "Dakar", "Sénégal"):
        if word in text:
            start = text.index(word)
            assert not in_ranges(start, start + len(word), ranges), word


@pytest.mark.parametrize("line", ['"">jdoe@iom.int', '<a href="/fr/partager">', '" target="_blank" />'])
def test_a_line_of_markup_and_addresses_alone_is_boilerplate(line):
    text = f"Le HCR au Tchad.\n{line}\nLe Niger."
    start = text.index(line)
    assert (start, start + len(line)) in boilerplate_ranges(text)


def test_block_tags_separate_menu_entries_written_on_one_line():
    text = "<ul><li>Accueil</li><li>Qui sommes nous</li><li>Partenariats</li></ul><p>Le HCR au Tchad.</p>"
    ranges = boilerplate_ranges(text)
    assert in_ranges(text.index("Accueil"), text.index("Accueil") + 7, ranges)
    assert in_ranges(text.index("Partenariats"), text.index("Partenariats") + 5, ranges)
    assert not in_ranges(text.index("Tchad"), text.index("Tchad") + 5, ranges)


def test_a_flattened_page_keeps_its_menus_and_bullets_out():
    menu = "- Qui sommes nous Qui sommes nous Structure Structure - Structure organisationnelle - Directrice générale "
    body = "Genève, 12 mars 2024 (OIM) – L'OIM a accueilli des délégations du Mali et du Niger. " * 12
    text = menu + "- Bureau du Chef de Cabinet - Partenariats Partenariats - Où travaillons-nous " + body
    ranges = boilerplate_ranges(text)
    for label in ("Qui sommes nous", "Structure organisationnelle", "Bureau du Chef de Cabinet", "Partenariats"):
        start = text.index(label)
        assert in_ranges(start, start + len(label), ranges), label
    assert not in_ranges(text.index("Mali"), text.index("Mali") + 4, ranges)


def test_furniture_share_counts_visible_characters():
    text = "Accueil\nQui sommes nous\nLe HCR."
    assert furniture_share(text, [(0, 7), (8, 23)]) == pytest.approx(20 / 26)
    assert furniture_share("   ", []) == 0.0


def test_bullet_rows_that_end_on_a_value_are_content_not_a_menu():
    text = ("• Répartition des déplacés par département :\n– Ouest : 512 000\n– Artibonite : 243 000\n"
            "– Centre : 147 000\n\n– Accueil\n– Actualités\n– Contact\n")
    ranges = boilerplate_ranges(text)
    covered = [text[a:b] for a, b in ranges]
    assert not any("Artibonite" in c or "512" in c for c in covered)
    assert any("Actualités" in c for c in covered)
    # rows whose value has its noun and other columns after it
    text = ("Journée du samedi 5 juillet\n• Lesbos : 64 arrivées (2 embarcations)\n"
            "• Chios : 23 arrivées (1 embarcation)\n\n• Accueil\n• Actualités\n• Contact\n")
    covered = [text[a:b] for a, b in boilerplate_ranges(text)]
    assert not any("Lesbos" in c or "Chios" in c for c in covered)
    assert any("Actualités" in c for c in covered)


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Par Julie Vandenberghe\nPublié le 04/12/2024 à 06h15", "Julie Vandenberghe\nPublié", "Julie Vandenberghe"),
        ("Partager sur WhatsApp\nEnvoyer par e-mail", "WhatsApp\nEnvoyer", "WhatsApp"),
        # a name wrapped over two lines stays whole
        ("a déclaré Filippo\nGrandi, le Haut-Commissaire", "Filippo\nGrandi", "Filippo\nGrandi"),
    ],
)
def test_a_name_does_not_go_on_into_the_pages_next_line(text, name, kept):
    start = text.index(name)
    span = model_span_on_page(text, start, start + len(name))
    assert span is not None and text[span[0] : span[1]] == kept
