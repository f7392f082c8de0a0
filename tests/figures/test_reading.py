"""Figures read from realistic sentences through the whole pipeline."""

from __future__ import annotations

import pytest


def figures(annotate, text, date="2024-04-16"):
    doc = annotate(text, date)
    return [{**f, "text": text[f["start"] : f["end"]]} for f in doc._.figures or []]


def one(annotate, text, date="2024-04-16"):
    found = figures(annotate, text, date)
    assert len(found) == 1, found
    return found[0]


def test_the_worked_example(annotate):
    text = (
        "Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants ont été interceptés en mer et reconduits en "
        "Libye depuis le 1er janvier, selon les chiffres publiés lundi par l'Organisation internationale pour "
        "les migrations (OIM)."
    )
    f = one(annotate, text)
    assert (f["text"], f["value"], f["value_max"], f["qualifier"], f["unit"]) == ("2 500", 2500, None, "min", "person")
    assert (f["group"], f["event"], f["country"], f["origin"]) == ("migrant", "interception", "LBY", None)
    assert (f["date"], f["source"]) == ("2024-01-01/2024-04-16", "IOM")


@pytest.mark.parametrize(
    "text, event",
    [
        ("Le Tchad accueille 1,2 million de réfugiés soudanais.", "stock"),
        ("Plus de 1 700 migrants sont arrivés aux Canaries ce week-end.", "arrival"),
        ("Au Petit-Château, à Bruxelles, une cinquantaine de demandeurs d'asile se présentent chaque jour.", "arrival"),
        ("Quelque 18 000 saisonnières sont parties du Maroc ce printemps.", "departure"),
        ("Plus de 40 000 traversées irrégulières de la Manche ont été détectées en 2023.", "crossing"),
        ("Des dizaines de milliers d'habitants ont fui Goma, dans l'est de la RDC.", "displacement"),
        ("En 2023, 9 300 migrants bloqués en Libye ont regagné leur pays grâce au retour volontaire.", "return"),
        ("Les autorités ont expulsé 500 migrants vers le Niger la semaine dernière.", "deportation"),
        ("Au moins 300 migrants ont été interceptés au large de la Tunisie.", "interception"),
        ("Le navire a secouru 84 personnes au large de la Libye.", "rescue"),
        ("Au moins 61 migrants ont péri dans le naufrage au large de Zouara.", "death"),
        ("Une trentaine de migrants sont portés disparus après le naufrage.", "missing"),
        ("L'OIM a assisté 3 000 migrants de retour en Côte d'Ivoire.", "assistance"),
        ("Au Niger, le HCR a distribué des tentes, des bâches et des ustensiles de cuisine à plus de 5 000 réfugiés.",
         "assistance"),
        ("La France a réinstallé 1 200 réfugiés syriens depuis le Liban.", "resettlement"),
        ("L'Allemagne a enregistré 330 000 demandes d'asile en 2023.", "application"),
        ("Plus de 2 000 migrants sont détenus dans des centres en Libye.", "detention"),
        ("Le Contrôleur général a compté 126 migrants retenus au centre de rétention de Mayotte.", "detention"),
        # applicants registered in a period are applications (the count of a stock is "compte")
        ("La Suisse a enregistré 1 700 primo-demandeurs d'asile en septembre 2025.", "application"),
        ("Quelque 25 000 personnes déplacées ont besoin d'une aide d'urgence au Soudan.", "at_risk"),
        ("Jusqu'à 216 millions de personnes pourraient migrer à l'intérieur de leur pays d'ici 2050.", "other"),
    ],
)
def test_each_event(annotate, text, event):
    assert one(annotate, text)["event"] == event


@pytest.mark.parametrize(
    "text, group, unit",
    [
        ("Plus de 2 500 migrants sont arrivés en Italie.", "migrant", "person"),
        ("Le Tchad accueille 1,2 million de réfugiés soudanais.", "refugee", "person"),
        ("La Grèce a enregistré 12 000 demandeurs d'asile en mars.", "asylum_seeker", "person"),
        ("Le Soudan compte 10 millions de déplacés internes.", "idp", "person"),
        ("Quelque 3 700 personnes déplacées vivent dans des camps au Niger.", "idp", "person"),
        ("Plus de 5 000 rapatriés sont arrivés au Burundi depuis janvier.", "returnee", "person"),
        ("Au moins 4,4 millions de personnes restent apatrides dans le monde.", "stateless", "person"),
        ("La police a secouru 150 victimes de la traite au Nigeria.", "trafficking_victim", "person"),
        ("Le Qatar emploie deux millions de travailleurs migrants.", "migrant_worker", "person"),
        ("Plus de 400 mineurs non accompagnés vivent dans le camp de Moria.", "child", "person"),
        ("Au moins 61 personnes ont péri au large de la Libye.", "person", "person"),
        ("Quelque 300 familles déplacées ont fui les combats au Soudan.", "idp", "household"),
        ("Quelque 300 familles ont fui les combats au Soudan.", "person", "household"),
        # newly displaced people are internally displaced people, as displaced people are
        ("Plus de 85 000 personnes nouvellement déplacées vivent dans des écoles à Goma.", "idp", "person"),
        ("En janvier, 45 000 personnes ont été nouvellement déplacées au Burkina Faso.", "idp", "person"),
        # people who apply for asylum are asylum seekers
        ("En 2024, 39 615 personnes ont introduit une demande de protection internationale en Belgique.",
         "asylum_seeker", "person"),
        ("Au Costa Rica, plus de 200 000 Nicaraguayens ont demandé l'asile depuis 2018.", "asylum_seeker", "person"),
        # applications are asylum seekers' (FIGURES.md), said with "d'asile" or not
        ("La Comar a enregistré en juin 4 870 nouvelles demandes, selon l'agence mexicaine d'asile.",
         "asylum_seeker", "person"),
        # people who say they are minors are counted as minors
        ("Le département a mis à l'abri 214 jeunes exilés se présentant comme mineurs non accompagnés.", "child",
         "person"),
    ],
)
def test_each_group(annotate, text, group, unit):
    f = one(annotate, text)
    assert (f["group"], f["unit"]) == (group, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Aisha Bello, 24 ans, est originaire de Benin City.",  # an age
        "Les migrants sont arrivés en 2023 à Lampedusa.",  # a year
        "Seuls 43 % des réfugiés envisagent un retour.",  # a percentage
        "L'ONU a débloqué 5 millions de dollars pour les réfugiés.",  # money
        "Les garde-côtes ont intercepté six embarcations de migrants.",  # a count of things
        "Les 27 États membres ont adopté le pacte sur la migration.",  # a count of countries
        "L'article 31 de la Convention relative au statut des réfugiés protège les réfugiés.",  # an article number
        "La résolution 2240 autorise l'interception des bateaux de migrants.",  # a resolution number
        "Pour plus d'informations sur les migrants : +41 22 717 91 11.",  # a phone number
        "Le G20 discute des migrations et de la COP30.",  # numbers inside names
        "Un migrant a été secouru au large de Lampedusa.",  # a single person with an article
        "Plus de 3 000 participants au forum de Davos ont débattu.",  # people with no migration context
        "Le séisme a fait plus de 47 000 morts en Turquie.",  # deaths with no migration context
        "Fatimata est arrivée avec ses cinq enfants au camp de Mbera.",  # a family described
        "Conçu pour 2 800 personnes, le camp de Moria abritait des réfugiés.",  # a capacity
        "Neuf migrants sur dix sont des Éthiopiens.",  # a proportion
        "Le Cap-Vert, pays de 500 000 habitants, compte une importante diaspora migrante.",  # a population
    ],
)
def test_what_is_never_a_figure(annotate, text):
    assert figures(annotate, text) == []


def test_ranges_and_voire(annotate):
    f = one(annotate, "Entre 300 et 400 migrants ont été secourus au large de la Libye.")
    assert (f["text"], f["value"], f["value_max"]) == ("300 et 400", 300, 400)
    found = figures(annotate, "Ils seraient 300 voire 400 migrants à avoir péri au large de la Libye.")
    assert [(f["text"], f["group"], f["event"]) for f in found] == [
        ("300", "migrant", "death"), ("400", "migrant", "death")]
    # the second count after a comma: with the noun after it, or standing for the count before
    for text in ("Une dizaine, voire une vingtaine de migrants sont portés disparus au large de Lampedusa.",
                 "Une dizaine de migrants, voire une vingtaine, sont portés disparus au large de Lampedusa."):
        found = figures(annotate, text)
        assert [(f["text"].lower(), f["value"], f["group"], f["event"], f["country"]) for f in found] == [
            ("une dizaine", 10, "migrant", "missing", "ITA"), ("une vingtaine", 20, "migrant", "missing", "ITA")]


def test_movements_told_in_the_imperfect_and_the_present(annotate):
    found = figures(annotate, "À l'époque, 600 migrants débarquaient chaque jour à Lampedusa.")
    assert [(f["event"], f["country"], f["date"]) for f in found] == [("arrival", "ITA", "P1D")]
    found = figures(annotate, "Chaque semaine, 300 Afghans rentraient d'Iran.")
    assert [(f["group"], f["event"], f["origin"]) for f in found] == [("returnee", "return", "AFG")]
    found = figures(annotate, "Chaque année, 250 000 Népalais partent travailler dans les pays du Golfe.")
    assert [(f["group"], f["event"], f["origin"]) for f in found] == [("migrant_worker", "departure", "NPL")]


def test_populations_told_by_what_they_hold_or_what_is_left(annotate):
    text = "En Suisse, quelque 68 000 Ukrainiens disposaient du statut de protection S à la fin de l'année."
    found = figures(annotate, text)
    assert [(f["event"], f["country"], f["origin"]) for f in found] == [("stock", "CHE", "UKR")]
    text = "Le centre de Nauru ferme peu à peu ; il reste 96 demandeurs d'asile sur l'île."
    assert [(f["value"], f["event"]) for f in figures(annotate, text)] == [(96, "stock")]


@pytest.mark.parametrize(
    "text",
    [
        "Près de 3 000 personnes, principalement des femmes et des enfants, ont été déplacées par les inondations.",
        "Les équipes estiment que 18 450 personnes, soit 3 690 ménages, ont été déplacées par les attaques.",
    ],
)
def test_the_verb_after_an_apposition_says_who_the_people_are(annotate, text):
    found = figures(annotate, text)
    assert (found[0]["group"], found[0]["event"]) == ("idp", "displacement")


def test_survivors_of_a_shipwreck_off_a_small_town(annotate):
    text = "Le chalutier a sombré au large de Pylos avec environ 750 personnes à bord ; seules 104 ont survécu."
    found = figures(annotate, text)
    assert [(f["text"], f["event"], f["country"]) for f in found] == [("750", "stock", "GRC"), ("104", "rescue", "GRC")]


def test_country_and_date_from_the_previous_sentence(annotate):
    text = (
        "Une pirogue est arrivée dimanche à El Hierro, aux Canaries, avec 231 personnes à bord. "
        "Parmi elles, 58 mineurs ont été pris en charge par la Croix-Rouge."
    )
    found = figures(annotate, text, "2023-10-24")
    minors = next(f for f in found if f["text"] == "58")
    assert (minors["group"], minors["country"], minors["date"]) == ("child", "ESP", "2023-10-22")


def test_sub_counts_take_their_parent(annotate):
    text = ("Un vol a décollé mardi de Tripoli avec à son bord 150 migrants nigérians, "
            "dont 46 femmes et 11 enfants.")
    found = {f["text"]: f for f in figures(annotate, text, "2019-03-22")}
    assert (found["46"]["group"], found["46"]["origin"], found["46"]["country"]) == ("person", "NGA", "LBY")
    assert (found["11"]["group"], found["11"]["event"], found["11"]["date"]) == ("child", "departure", "2019-03-19")


def test_omitted_noun(annotate):
    text = "Au moins 120 migrants se trouvaient à bord, dont 38 ont péri au large de la Libye."
    found = {f["text"]: f for f in figures(annotate, text)}
    assert (found["38"]["group"], found["38"]["event"]) == ("migrant", "death")


def test_a_total_before_its_number(annotate):
    f = one(annotate, "Le nombre de déplacés internes au Soudan a dépassé 8 millions, selon l'OIM.")
    assert (f["value"], f["qualifier"], f["group"], f["event"], f["country"], f["source"]) == (
        8000000, "min", "idp", "stock", "SDN", "IOM")


def test_a_figure_repeated_in_a_summary_is_a_figure_each_time(annotate):
    text = (
        "Darién : plus d'un demi-million de personnes ont traversé la jungle en 2023\n"
        "Panama, 19 janvier 2024 – Plus d'un demi-million de personnes ont traversé la jungle du Darién "
        "en 2023, selon le Service national des migrations. En résumé, plus d'un demi-million de personnes "
        "ont traversé la jungle en 2023."
    )
    found = figures(annotate, text, "2024-01-19")
    assert [(f["text"], f["value"], f["event"], f["date"]) for f in found] == [
        ("un demi-million", 500000, "crossing", "2023")
    ] * 3


def test_figures_in_a_one_line_scraped_page(annotate):
    text = (
        "AccueilQui sommes nousSalle de presseLibye : 61 morts en merTripoli – Au moins 61 migrants ont péri "
        "au large de Zouara, selon l'OIM. Plus de 2 500 migrants ont été interceptés depuis le 1er janvier. "
        "Partager sur Facebook"
    )
    found = figures(annotate, text)
    assert [(f["text"], f["event"], f["country"]) for f in found][-2:] == [
        ("61", "death", "LBY"), ("2 500", "interception", "LBY")]
    assert found[-2]["source"] == "IOM"


def test_a_document_without_a_date_leaves_relative_dates_null(annotate):
    f = one(annotate, "Plus de 20 000 personnes ont été reconduites vers les Comores l'an dernier.", None)
    assert (f["event"], f["origin"], f["date"]) == ("deportation", None, None)


def test_a_dateline_with_a_link_in_an_html_fragment_reads_as_written(annotate):
    # a CMS export: the paragraph's tag and the agency's link are blanked in the view
    plain = ("Paris (AFP) – L'Office français de protection des réfugiés et apatrides a enregistré 142 500 "
             "demandes d'asile l'an dernier. Les Afghans restent la première nationalité, avec 17 800 demandes.")
    html = ('<p>Paris (<a href="https://www.example.org/fr/actualites?id=12" class="lien">AFP</a>) – L&#39;Office '
            "français de protection des réfugiés et apatrides a enregistré 142 500 demandes d&#39;asile l&#39;an "
            "dernier.</p>\n<p>Les Afghans restent la première nationalité, avec 17 800 demandes.</p>")
    as_written = [(f["value"], f["event"], f["country"], f["origin"]) for f in figures(annotate, plain, "2025-03-04")]
    in_html = [(f["value"], f["event"], f["country"], f["origin"]) for f in figures(annotate, html, "2025-03-04")]
    assert in_html == as_written
    assert as_written[1][:3] == (17800, "application", None)  # Paris is the dateline's, not the count's


def test_a_participle_of_the_boat_is_not_what_happened_to_the_people(annotate):
    text = ("Plus d'un millier de migrants ont débarqué à Lampedusa entre samedi et dimanche, selon la préfecture "
            "d'Agrigente. Le groupe le plus nombreux, 96 personnes entassées sur un bateau de pêche parti de "
            "Zouara, a été escorté jusqu'au port. Parmi les arrivants figurent 142 mineurs non accompagnés.")
    found = {f["text"]: f for f in figures(annotate, text, "2026-02-23")}
    assert (found["142"]["event"], found["142"]["country"]) == ("arrival", "ITA")
    assert "96" not in found or found["96"]["event"] != "departure"  # the boat left Zouara


def test_the_verb_before_an_aside_governs_the_count_after_a(annotate):
    text = ("Une unité de la Marine royale a porté secours, ce week-end, à 74 candidats à la migration irrégulière, "
            "dont onze femmes, qui se trouvaient à bord d'une embarcation en difficulté au large de Nador.")
    found = {f["text"]: f for f in figures(annotate, text, "2026-02-16")}
    assert [found[n]["event"] for n in ("74", "onze")] == ["rescue", "rescue"]


def test_where_people_come_from_is_not_the_country_a_page_is_about(annotate):
    text = ("Lamballe. Au centre pour demandeurs d'asile, 87 résidents pour 85 places\n\n"
            "Le centre d'accueil pour demandeurs d'asile de Lamballe, dans les Côtes-d'Armor, affiche complet. Au "
            "1er octobre, il hébergeait 87 demandeurs d'asile, venus pour la plupart d'Afghanistan, de Géorgie et "
            "de Guinée. Depuis janvier, 31 nouveaux résidents sont arrivés au centre.")
    found = {f["text"]: f for f in figures(annotate, text, "2024-10-03")}
    assert found["31"]["country"] == "FRA"  # Lamballe and the Côtes-d'Armor, not the countries people left


def test_the_place_people_flee_is_not_where_they_are(annotate):
    text = ("Depuis janvier, 70 000 réfugiés rohingyas fuyant les combats dans l'État de Rakhine ont trouvé refuge "
            "dans les camps de Cox's Bazar, selon le HCR.")
    assert one(annotate, text, "2025-01-10")["country"] == "BGD"


@pytest.mark.parametrize(
    "text, event",
    [
        ("Plus de 200 000 personnes déplacées depuis le 2 décembre dans la plaine de la Ruzizi, au Sud-Kivu.",
         "displacement"),
        ("La DTM a identifié 4 215 ménages nouvellement déplacés dans la province du Lac, au Tchad.", "displacement"),
        ("Près d'un million de personnes déplacées par les combats vivent toujours dans des camps au Tigré.", "stock"),
        ("Quelque 3 700 personnes déplacées vivent dans des camps au Niger.", "stock"),
    ],
)
def test_newly_displaced_people_are_a_displacement_and_those_still_displaced_a_population(annotate, text, event):
    assert one(annotate, text, "2025-12-10")["event"] == event
