"""Fields from the entities around a count, on hand-made mentions (no spaCy)."""

from __future__ import annotations

from migtext.core.text import fold
from migtext.figures import attach
from migtext.figures.attach import Context, Mention


def context(text, marks):
    """Mentions from (surface, label, norm, attrs) tuples, each at its first occurrence."""
    mentions = []
    for surface, label, norm, attrs in marks:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), label, norm, surface, attrs))
    return Context(text, attach.word_list(fold(text)), mentions)


def whole(text):
    return [(0, len(text))]


def test_at_sea_off_a_country_is_that_country():
    text = "2 500 migrants interceptés au large de la Libye"
    ctx = context(text, [("Libye", "COUNTRY", "LBY", {})])
    assert attach.country(ctx, whole(text), "interception") == "LBY"


def test_origin_and_destination_do_not_place_a_count():
    text = "300 réfugiés venus du Soudan sont arrivés au Tchad"
    ctx = context(text, [("Soudan", "COUNTRY", "SDN", {}), ("Tchad", "COUNTRY", "TCD", {})])
    assert attach.country(ctx, whole(text), "arrival") == "TCD"
    assert attach.origin(ctx, 0, len(text), "arrival") == (True, "SDN")


def test_a_removal_is_placed_where_people_were_sent_from():
    text = "500 personnes renvoyées vers Haïti depuis la République dominicaine"
    ctx = context(text, [("Haïti", "COUNTRY", "HTI", {}), ("République dominicaine", "COUNTRY", "DOM", {})])
    assert attach.country(ctx, whole(text), "deportation") == "DOM"
    assert attach.origin(ctx, 0, len(text), "deportation") == (False, None)  # a destination, not an origin
    assert attach.origin(ctx, 0, len(text), "return") == (True, "HTI")


def test_several_countries_give_none_and_a_city_gives_its_country():
    text = "400 migrants à Zouara, en Tunisie et en Algérie"
    ctx = context(text, [("Zouara", "LOC", None, {"country": "LBY"}), ("Tunisie", "COUNTRY", "TUN", {}),
                         ("Algérie", "COUNTRY", "DZA", {})])
    assert attach.country(ctx, whole(text), "stock") is None
    text = "400 migrants à Zouara"
    ctx = context(text, [("Zouara", "LOC", None, {"country": "LBY"})])
    assert attach.country(ctx, whole(text), "stock") == "LBY"


def test_a_region_alone_gives_its_m49_code_and_a_border_yields_to_a_place():
    text = "300 migrants en Afrique de l'Ouest"
    ctx = context(text, [("Afrique de l'Ouest", "REGION", "011", {})])
    assert attach.country(ctx, whole(text), "stock") == "011"
    text = "12 000 personnes bloquées à Idomeni, à la frontière de la Macédoine du Nord"
    ctx = context(text, [("Idomeni", "LOC", None, {"country": "GRC"}), ("Macédoine du Nord", "COUNTRY", "MKD", {})])
    assert attach.country(ctx, whole(text), "stock") == "GRC"


def test_the_first_scope_that_names_a_place_wins():
    text = "Le Tchad accueille des réfugiés. Parmi eux, 300 enfants."
    ctx = context(text, [("Tchad", "COUNTRY", "TCD", {})])
    second = (text.index("Parmi"), len(text))
    assert attach.country(ctx, [second, (0, second[0])], "stock") == "TCD"


def test_depuis_makes_an_interval_up_to_the_document_date():
    text = "2 500 migrants interceptés depuis le 1er janvier, selon les chiffres publiés lundi"
    ctx = context(text, [("1er janvier", "DATE", "2024-01-01", {"type": "date"}), ("lundi", "DATE", "2024-04-15", {})])
    assert attach.date(ctx, whole(text), 0, "2024-04-16") == "2024-01-01/2024-04-16"
    assert attach.date(ctx, whole(text), 0, None) == "2024-01-01"


def test_publication_dates_and_durations_are_not_the_time_of_a_count():
    text = "300 migrants, selon un rapport publié lundi, bloqués depuis trois mois"
    ctx = context(text, [("lundi", "DATE", "2024-04-15", {}), ("trois mois", "DATE", "P3M", {"type": "duration"})])
    assert attach.date(ctx, whole(text), 0, "2024-04-16") is None


def test_since_the_start_of_the_year():
    text = "Depuis le début de l'année, 23 500 personnes sont arrivées"
    ctx = context(text, [])
    assert attach.date(ctx, whole(text), 30, "2023-10-24") == "2023-01-01/2023-10-24"


def test_sources():
    text = "2 500 migrants, selon les chiffres publiés lundi par le HCR et l'OIM"
    ctx = context(text, [("HCR", "ORG", "UNHCR", {}), ("OIM", "ORG", "IOM", {})])
    assert attach.source(ctx, 0, len(text)) == "IOM;UNHCR"
    text = "300 personnes secourues, d'après les garde-côtes libyens"
    ctx = context(text, [("garde-côtes libyens", "ORG", "libyan-coast-guard", {})])
    assert attach.source(ctx, 0, len(text)) == "garde-côtes libyens"
    text = "300 personnes, a indiqué Karima Haddad"
    haddad = {"affiliation": "IOM", "affiliation_label": "ORG"}
    ctx = context(text, [("Karima Haddad", "PER", "Karima Haddad", haddad)])
    assert attach.source(ctx, 0, len(text)) == "IOM"
    # an official of a country ("le ministre algérien") stands for their name as written
    text = "300 migrants, a indiqué le ministre algérien de l'Intérieur Brahim Merad"
    merad = {"affiliation": "DZA", "affiliation_label": "COUNTRY"}
    ctx = context(text, [("Brahim Merad", "PER", "Brahim Merad", merad)])
    assert attach.source(ctx, 0, len(text)) == "Brahim Merad"
    text = "L'OIM aide 300 personnes"
    ctx = context(text, [("OIM", "ORG", "IOM", {})])
    assert attach.source(ctx, 0, len(text)) is None


def test_the_agency_of_a_press_release_but_not_of_a_news_agency():
    text = "Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants"
    ctx = context(text, [("OIM", "ORG", "IOM", {"type": "un_entity"})])
    assert attach.agency(ctx.mentions, (0, text.index("–") + 1)) == "IOM"
    assert attach.agency(ctx.mentions, None) is None
    text = "Dakar, 16 avril 2024 (AFP) – Plus de 2 500 migrants"
    ctx = context(text, [("AFP", "ORG", "AFP", {"type": "media"})])
    assert attach.agency(ctx.mentions, (0, text.index("–") + 1)) is None


def test_a_release_is_known_by_its_contact_e_mail():
    footer = 'Pour plus d\'informations, veuillez contacter :\n"mailto:presse@iom.int" target="_blank"\npresse@iom.int'
    assert attach.contact_agency("Tripoli – 150 migrants sont partis.\n" + footer) == "IOM"
    assert attach.contact_agency("Texte.\nContact : media@unicef.org, presse@iom.int") is None  # two organisations
    assert attach.contact_agency("Texte.\nContact : redaction@journal.fr") is None
    assert attach.contact_agency("Texte.\nContact : news@un.org") is None  # ONU Info is not a release of the UN


def test_the_organisation_that_acted_tells_its_count():
    text = "Les garde-côtes italiens ont secouru 312 personnes au large de Lampedusa."
    ctx = context(text, [("garde-côtes italiens", "ORG", None, {"type": "government"})])
    assert attach.source(ctx, 0, len(text)) is None
    assert attach.actor(ctx, 0, text.index("312")) == "garde-côtes italiens"
    text = "L'AFP a recensé 312 personnes."  # a news agency counts as no actor
    ctx = context(text, [("AFP", "ORG", "AFP", {"type": "media"})])
    assert attach.actor(ctx, 0, text.index("312")) is None
    text = "Le HCR, qui salue la coopération, et 312 personnes."
    ctx = context(text, [("HCR", "ORG", "UNHCR", {"type": "un_entity"})])
    assert attach.actor(ctx, 0, text.index("312")) is None  # a clause between


def test_a_source_is_named_by_its_full_name_before_its_acronym():
    text = "L'Office français de protection des réfugiés et apatrides (Ofpra) a enregistré 142 500 demandes."
    office = "Office français de protection des réfugiés et apatrides"
    government = {"type": "government"}
    ctx = context(text, [(office, "ORG", None, government), ("Ofpra", "ORG", "OFPRA", government)])
    assert attach.source(ctx, 0, len(text)) == office


def test_words_are_words_and_signs_with_their_offsets():
    folded = fold("Selon l'OIM, 2 500 migrants (dont 61 morts).")
    starts, ends, keys = attach.word_list(folded)
    assert keys == ["selon", "l", "oim", ",", "2", "500", "migrants", "(", "dont", "61", "morts", ")", "."]
    assert all(folded[a:b] == k for a, b, k in zip(starts, ends, keys, strict=True))
    assert attach.word_list("") == ([], [], []) and attach.word_list("  ") == ([], [], [])


def test_a_banner_whose_acronym_the_model_found_apart_is_one_organisation():
    text = ("Aller au contenu principal\nSecrétariat d'État aux migrations SEM\nMenu Accueil Rechercher\n"
            "En avril, 1 804 demandes.")
    sem = {"name_fr": "Secrétariat d'État aux migrations", "acronym_fr": "SEM", "type": "government"}
    ctx = context(text, [("Secrétariat d'État aux migrations", "ORG", "ch-sem", sem), ("SEM", "ORG", None, {})])
    assert attach.page_banner(ctx, text.index("En avril")) == "Secrétariat d'État aux migrations"
    # two organisations of their own on a line are a partnership, not a banner
    text = "Aller au contenu principal\nHCR – OIM\nMenu Accueil Rechercher\nEn avril, 1 804 demandes."
    ctx = context(text, [("HCR", "ORG", "UNHCR", {"acronym_fr": "HCR", "type": "un"}),
                         ("OIM", "ORG", "IOM", {"acronym_fr": "OIM", "type": "un"})])
    assert attach.page_banner(ctx, text.index("En avril")) is None
