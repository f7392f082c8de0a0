"""Counts whose verb or noun is said once for several (the dev gold's batch 4, written
blind): lists of places with a count each, sub-counts told by what they did or their age,
a count restated as a rate, levels reached after a change, counts standing for people named
by "en" or by a "parmi" phrase, and clitics between a count's noun and its verb."""

from __future__ import annotations

import pytest


def figures(annotate, text, date="2024-06-14"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f for f in doc._.figures or []}


def test_each_count_of_a_list_after_its_country_takes_the_first_ones_verb_and_noun(annotate):
    text = ("Selon le HCR, l'Ouganda héberge 1,7 million de réfugiés, le Soudan 1,1 million, "
            "l'Éthiopie 950 000 et le Tchad quelque 880 000.")
    found = figures(annotate, text)
    assert {k: (f["country"], f["group"], f["event"], f["source"]) for k, f in found.items()} == {
        "1,7 million": ("UGA", "refugee", "stock", "UNHCR"),
        "1,1 million": ("SDN", "refugee", "stock", "UNHCR"),
        "950 000": ("ETH", "refugee", "stock", "UNHCR"),
        "880 000": ("TCD", "refugee", "stock", "UNHCR"),
    }
    assert found["880 000"]["qualifier"] == "approx"


def test_each_count_of_a_list_before_its_country_is_placed_there(annotate):
    found = figures(annotate, "Quelque 14 000 migrants sont arrivés en Grèce, 9 500 en Espagne et 6 000 à Chypre.")
    assert {k: (f["country"], f["event"], f["group"]) for k, f in found.items()} == {
        "14 000": ("GRC", "arrival", "migrant"), "9 500": ("ESP", "arrival", "migrant"),
        "6 000": ("CYP", "arrival", "migrant"),
    }


def test_the_counts_of_a_list_after_a_nationality_are_its_origin(annotate):
    text = ("Au Yémen, l'OIM a enregistré 6 120 arrivées de migrants en avril (Éthiopiens 5 585 ; "
            "Somaliens 535).")
    found = figures(annotate, text)
    assert found["5 585"]["origin"] == "ETH" and found["535"]["origin"] == "SOM"
    assert found["535"]["country"] == "YEM" and found["535"]["event"] == "arrival"


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        ("On compte 8 millions de déplacés internes, dont 5,1 millions liés aux violences et 2,9 millions "
         "provoqués par la sécheresse.", "2,9 millions", "idp", "stock"),
        ("Parmi les déplacés, 3,2 millions l'étaient à cause des combats et 900 000 à la suite des "
         "inondations.", "900 000", "idp", "stock"),
        ("Au moins 640 enfants ont débarqué, parmi lesquels une trentaine de moins de 5 ans.",
         "une trentaine", "child", "arrival"),
        ("Les garde-côtes ont intercepté 3 100 mineurs, dont près de 400 voyageaient sans leurs parents.",
         "400", "child", "interception"),
    ],
)
def test_parts_of_a_count_told_by_what_they_did_or_were(annotate, text, number, group, event):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, event)


@pytest.mark.parametrize(
    "text, number, date",
    [
        ("Plus de 1 900 migrants sont morts en Méditerranée en 2023, soit près de 5 par jour.", "5", "P1D"),
        ("Au moins 420 enfants ont péri sur cette route l'an dernier, soit environ huit chaque semaine.",
         "huit", "P1W"),
    ],
)
def test_a_count_restated_as_a_rate_is_the_same_count_over_its_period(annotate, text, number, date):
    found = figures(annotate, text)
    assert found[number]["date"] == date and found[number]["event"] == "death"
    assert found[number]["qualifier"] == "approx"


def test_a_restated_count_that_is_no_rate_is_no_figure(annotate):
    found = figures(annotate, "Plus de 1 900 migrants sont morts en 2023, soit deux fois plus qu'en 2019, soit 40 %.")
    assert list(found) == ["1 900"]


def test_a_level_reached_after_a_change_counts_the_subjects_noun(annotate):
    f = figures(annotate, "Les expulsions ont augmenté de 12 % pour atteindre 18 300 en 2024.")["18 300"]
    assert (f["event"], f["date"]) == ("deportation", "2024")


@pytest.mark.parametrize(
    "text, number, group",
    [
        ("Les bénévoles distribuent des repas aux exilés. La semaine dernière, nous en avons compté 240 "
         "sur le campement.", "240", "migrant"),
        ("Le camp accueille des réfugiés soudanais : l'agence en a recensé 12 500 en mai.", "12 500", "refugee"),
    ],
)
def test_a_count_after_en_and_a_verb_of_counting_stands_for_the_people_named_before(annotate, text, number, group):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, "stock")


def test_a_clitic_between_a_counts_noun_and_its_verb(annotate):
    f = figures(annotate, "Plus de deux millions de personnes y sont déplacées, selon l'OCHA.")["deux millions"]
    assert (f["group"], f["event"], f["source"]) == ("idp", "stock", "OCHA")
    f = figures(annotate, "Environ 1,1 million d'Afghans en sont revenus depuis janvier.")["1,1 million"]
    assert (f["event"], f["origin"]) == ("return", "AFG")


def test_what_was_done_to_counted_movements(annotate):
    f = figures(annotate, "Dans la Manche, 22 000 tentatives de départ ont été empêchées par la police.")["22 000"]
    assert f["event"] == "interception"
    f = figures(annotate, "Frontex a recensé 22 000 tentatives de départ depuis janvier.")["22 000"]
    assert f["event"] == "departure"


def test_a_list_of_money_or_shares_after_a_count_is_no_figure(annotate):
    text = "L'OIM a aidé 3 000 migrants, 2 millions de dollars ont été versés et 45 % des fonds, 12 ans après."
    assert list(figures(annotate, text)) == ["3 000"]


def test_rows_of_a_table_by_month_take_the_titles_noun_and_place(annotate):
    text = ("Arrivées de migrants au Yémen par mois\nAvril : 6 120 au total (Éthiopiens 5 585 ; Somaliens 535).\n"
            "Mai : 7 345 (Éthiopiens 6 710 ; Somaliens 635).")
    found = figures(annotate, text)
    assert {k: (f["country"], f["event"], f["date"], f["origin"]) for k, f in found.items()} == {
        "6 120": ("YEM", "arrival", "2024-04", None), "5 585": ("YEM", "arrival", "2024-04", "ETH"),
        "535": ("YEM", "arrival", "2024-04", "SOM"), "7 345": ("YEM", "arrival", "2024-05", None),
        "6 710": ("YEM", "arrival", "2024-05", "ETH"), "635": ("YEM", "arrival", "2024-05", "SOM"),
    }


def test_a_month_label_without_a_title_of_people_counts_nothing(annotate):
    assert figures(annotate, "Budget du programme\nAvril : 6 120 au total.\nMai : 7 345.") == {}


def test_a_headlines_place_label_places_its_counts_even_at_sea(annotate):
    text = ("Mayotte : 87 personnes interceptées en mer ce week-end\nLes gendarmes ont intercepté trois "
            "embarcations au large de Petite-Terre, avec 87 personnes à leur bord, dont 21 mineurs.")
    assert [f["country"] for f in figures(annotate, text).values()] == ["MYT", "MYT"]
    found = annotate("Au moins 40 migrants ont été secourus en mer samedi.", "2024-06-14")._.figures
    assert found[0]["country"] is None  # at sea, nothing named: no country


def test_a_dateline_in_an_organisations_seat_places_no_count(annotate):
    text = ("Rapport mondial : les chiffres clés\nPublié le 14 mai 2024\n\nGenève – Le nombre de personnes "
            "déplacées a atteint 75,9 millions à la fin de 2023, selon le rapport annuel.")
    f = figures(annotate, text)["75,9 millions"]
    assert f["country"] is None and f["group"] == "idp"
    text = "Publié le 14 mai 2024\n\nTripoli – Plus de 300 migrants ont été interceptés dimanche, selon l'OIM."
    assert figures(annotate, text)["300"]["country"] == "LBY"  # the story's place under a date line


def test_a_country_after_ceux_de_is_where_people_come_from(annotate):
    text = ("Selon l'OIT, 8,5 millions de travailleurs migrants indiens vivent dans le Golfe, devant ceux du "
            "Bangladesh (2,7 millions) et du Népal (1,5 million).")
    found = figures(annotate, text)
    assert (found["2,7 millions"]["origin"], found["2,7 millions"]["country"]) == ("BGD", None)
    assert (found["1,5 million"]["origin"], found["1,5 million"]["country"]) == ("NPL", None)


@pytest.mark.parametrize(
    "text, number, country",
    [
        # where people lived before is not where they are counted
        ("Depuis avril, environ 3 000 Érythréens qui vivaient au Soudan sont arrivés à Metema, en Éthiopie.",
         "3 000", "ETH"),
        # "hors de" is away from a place
        ("Selon le gouvernement, environ 700 000 Capverdiens vivent hors du Cap-Vert.", "700 000", None),
        # deaths during a crossing are at sea: no country named
        ("En 2024, 26 000 migrants sont arrivés au Royaume-Uni. Au moins 52 exilés sont morts en tentant la "
         "traversée.", "52", None),
    ],
)
def test_places_that_do_not_place_a_count(annotate, text, number, country):
    assert figures(annotate, text)[number]["country"] == country


def test_a_place_where_people_live_now_places_them(annotate):
    text = "Environ 3 000 Érythréens qui vivent au Soudan ont reçu une aide alimentaire du PAM."
    assert figures(annotate, text)["3 000"]["country"] == "SDN"


def test_a_part_goes_on_with_the_whole_past_a_smaller_count_of_things(annotate):
    text = ("En 2023, on a recensé 46,9 millions de déplacements internes dans 151 pays et territoires, dont "
            "20,5 millions liés aux conflits et 26,4 millions provoqués par des catastrophes.")
    found = figures(annotate, text)
    assert set(found) == {"46,9 millions", "20,5 millions", "26,4 millions"}
    assert found["20,5 millions"]["event"] == found["46,9 millions"]["event"]


def test_a_part_of_a_count_that_is_no_figure_stays_out(annotate):
    text = "L'agence a déployé 2 000 garde-frontières, dont 600 en Grèce, pour surveiller les arrivées."
    assert figures(annotate, text) == {}


@pytest.mark.parametrize(
    "text, number, field, value",
    [
        ("Au Bangladesh, le HCR a enregistré 70 000 réfugiés arrivés du Myanmar depuis janvier.", "70 000",
         "country", "BGD"),
        ("Depuis janvier, 33 730 arrivées de migrants ont été enregistrées au Yémen.", "33 730", "group", "migrant"),
        ("En 2024, l'OIM a recensé 10 400 décès et disparitions sur les routes migratoires.", "10 400", "event",
         "death"),
        ("Environ 1,2 million d'Ukrainiens bénéficiaient d'une protection temporaire dans l'UE fin janvier.",
         "1,2 million", "event", "stock"),
        ("Au moins 1 100 personnes ont été repoussées vers la Turquie, selon le rapport.", "1 100", "event",
         "deportation"),
        ("La semaine dernière, au moins 230 jeunes de la commune ont pris la mer vers les Canaries.", "230",
         "event", "departure"),
        ("Selon la préfecture, une soixantaine de demandeurs d'asile sont en attente d'une place.",
         "une soixantaine", "event", "at_risk"),
        ("Le centre hébergeait 87 demandeurs d'asile pour 85 places, soit 21 familles et 9 hommes seuls.", "21",
         "event", "stock"),
    ],
)
def test_rules_from_the_fifth_batch(annotate, text, number, field, value):
    assert figures(annotate, text)[number][field] == value


def test_a_towns_inhabitants_are_no_figure_but_a_camps_are(annotate):
    text = "Le maire de Mbour, une commune qui compte 250 000 habitants, s'inquiète du départ des migrants."
    assert figures(annotate, text) == {}
    text = "Le camp de réfugiés de Mbera compte désormais 110 000 habitants, selon le HCR."
    assert figures(annotate, text)["110 000"]["event"] == "stock"


def test_a_body_is_named_with_the_place_it_belongs_to(annotate):
    doc = annotate("Depuis janvier, 30 808 migrants sont arrivés aux Canaries, selon le gouvernement des Canaries.",
                   "2024-10-01")
    assert doc._.figures[0]["source"] == "gouvernement des Canaries"


def test_the_story_of_one_incident_keeps_its_day(annotate):
    text = ("Nouakchott, 26 février 2025 (AFP) – Au moins 44 migrants ont péri dans la nuit de dimanche à lundi "
            "dans le naufrage d'une pirogue au large de Nouadhibou.\n\nL'embarcation, qui transportait environ "
            "150 personnes, a chaviré près des côtes. Soixante-douze passagers ont été secourus, dont neuf femmes.")
    found = figures(annotate, text, "2025-02-26")
    assert {found[k]["date"] for k in ("44", "150", "Soixante-douze", "neuf")} == {"2025-02-23/2025-02-24"}


def test_a_count_of_another_time_or_a_stock_does_not_take_the_incidents_day(annotate):
    text = ("Au moins 44 migrants ont péri dimanche dans le naufrage d'une pirogue au large de Nouadhibou. "
            "Selon l'ONG, 9 757 personnes sont mortes sur la route atlantique en 2024. Le camp de Mbera accueille "
            "110 000 réfugiés maliens.")
    found = figures(annotate, text, "2025-02-26")
    assert found["9 757"]["date"] == "2024"
    assert found["110 000"]["date"] is None


def test_a_vehicle_that_sank_says_nothing_of_its_passengers(annotate):
    found = figures(annotate, "Une embarcation avec 40 migrants à bord a chaviré au large de Lesbos.")
    assert found["40"]["event"] == "stock"


def test_a_count_restated_after_sur_les_is_the_count_told_before(annotate):
    text = ("Les gendarmes ont intercepté trois embarcations avec 87 personnes à leur bord, a annoncé la "
            "préfecture de Mayotte. Sur les 87 passagers, 64 étaient des Comoriens.")
    doc = annotate(text, "2024-03-18")
    restated = [f for f in doc._.figures if f["value"] == 87]
    assert len(restated) == 2 and restated[1]["event"] == "interception"
    assert restated[1]["source"] == "préfecture de Mayotte"


def test_sur_les_before_a_count_told_nowhere_else_is_no_restatement(annotate):
    text = "Sur les 300 passagers du ferry, la plupart étaient des touristes."
    assert figures(annotate, text) == {}


def test_people_gone_to_work_abroad_are_migrant_workers(annotate):
    text = "Quelque 18 000 Marocaines sont parties travailler dans les champs de fraises de Huelva, en Espagne."
    assert figures(annotate, text, "2024-04-02")["18 000"]["group"] == "migrant_worker"


def test_a_bulleted_list_of_counts_by_place_under_its_title(annotate):
    text = ("Haïti : les chiffres clés\n• 1 041 000 personnes déplacées internes dans le pays, selon l'OIM.\n"
            "• Répartition des déplacés par département :\n– Ouest (dont Port-au-Prince) : 512 000\n"
            "– Artibonite : 243 000\n– autres départements : 101 000\nBudget :\n– Santé : 300 000\n– Eau : 120 000")
    found = figures(annotate, text, "2025-05-07")
    assert set(found) == {"1 041 000", "512 000", "243 000", "101 000"}
    assert {(f["group"], f["event"], f["country"]) for f in found.values()} == {("idp", "stock", "HTI")}


def test_a_lone_labelled_count_is_no_table(annotate):
    assert figures(annotate, "Rapport sur les déplacés internes\nBilan : 300 000\n\nLe texte suit.") == {}


def test_parts_placed_by_where_they_came_back_from(annotate):
    text = ("Près de 200 000 réfugiés sont rentrés en Syrie depuis décembre, selon le HCR, dont environ 84 000 "
            "depuis le Liban et plus de 52 000 depuis la Turquie.")
    found = figures(annotate, text)
    assert (found["84 000"]["country"], found["52 000"]["country"]) == ("LBN", "TUR")
    assert found["52 000"]["event"] == "return"


def test_nationalities_said_of_the_people_counted_are_their_origin(annotate):
    text = ("Parmi les migrants interpellés, 1 900 étaient des Érythréens et près de 1 400 des Somaliens, selon "
            "la même source.")
    found = figures(annotate, text)
    assert (found["1 900"]["origin"], found["1 400"]["origin"]) == ("ERI", "SOM")
    assert found["1 400"]["group"] == "migrant"


def test_a_count_nothing_else_places_is_in_the_country_the_headline_labels(annotate):
    text = ("Royaume-Uni : le plan Rwanda à l'épreuve des chiffres\n\nLe Parlement a adopté la loi mardi. "
            "Fin mars, 36 000 demandeurs d'asile étaient encore logés à l'hôtel. Au Rwanda, 300 migrants "
            "pourraient être accueillis.")
    found = figures(annotate, text, "2024-04-25")
    assert found["36 000"]["country"] == "GBR"
    assert found["300"]["country"] == "RWA"  # a count placed by its own sentence keeps its place


def test_rows_of_counts_with_other_columns_after_them(annotate):
    text = ("DÉPLACÉS PAR ZONE\nDéplacés internes à fin mai 2024 et part des ménages souhaitant rentrer :\n"
            "– Nord-Ouest (Shire, Sheraro) : 412 000 ; 81 %, en grande majorité vers l'ouest\n"
            "– Centre (Axoum, Adwa) : 176 000 ; 68 %\n– Mekele : 168 000 ; 59 %\n")
    found = figures(annotate, text, "2024-07-15")
    assert set(found) == {"412 000", "176 000", "168 000"}
    assert {(f["group"], f["date"]) for f in found.values()} == {("idp", "2024-05")}  # the title's time


@pytest.mark.parametrize(
    "text, number, field, value",
    [
        # a count that goes on with the one before takes its event when its own verb says none
        ("Au total, 1 100 Rohingyas ont débarqué en Malaisie. Sur ces 1 100 personnes, 240 étaient des enfants.",
         "240", "event", "arrival"),
        # a part dated by its own time
        ("Quelque 540 000 déplacés sont rentrés dans leurs villages depuis le 10 février, dont 170 000 la "
         "semaine dernière.", "170 000", "date", "2024-W23"),
        # a count of a list after ";" with its own period
        ("Entre janvier et avril, 63 200 personnes ont été expulsées de République dominicaine ; plus de "
         "276 000 sur l'ensemble de 2024.", "276 000", "event", "deportation"),
    ],
)
def test_parts_and_counts_that_go_on(annotate, text, number, field, value):
    assert figures(annotate, text)[number][field] == value


def test_a_part_of_everyone_counted_before_takes_no_single_origin(annotate):
    text = ("Deux vols ont ramené 164 Nigérians à Lagos et 148 Gambiens à Banjul. Parmi les passagers figuraient "
            "41 femmes.")
    found = figures(annotate, text, "2024-02-14")
    assert found["148"]["origin"] == "GMB" and found["41"]["origin"] is None


def test_people_examined_and_the_wounded_cared_for_are_assisted(annotate):
    text = ("À Adré, la semaine dernière, nos équipes ont examiné 1 150 enfants réfugiés. Nous avons aussi soigné "
            "plusieurs dizaines de blessés par balle.")
    found = figures(annotate, text, "2025-05-13")
    assert found["1 150"]["event"] == "assistance"
    assert found["plusieurs dizaines"]["event"] == "assistance"


def test_intervals_end_on_the_day_a_page_gives_its_figures_at(annotate):
    text = ("République démocratique du Congo : situation au 2 mars 2025\n\nDepuis le 1er janvier, plus de "
            "96 000 personnes ont fui les combats dans le territoire de Masisi, selon l'OCHA.")
    found = figures(annotate, text, "2025-03-04")
    assert found["96 000"]["date"] == "2025-01-01/2025-03-02"
    text = "Depuis le 1er janvier, plus de 96 000 personnes ont fui les combats au Nord-Kivu, selon l'OCHA."
    assert figures(annotate, text, "2025-03-04")["96 000"]["date"] == "2025-01-01/2025-03-04"


def test_third_country_nationals_are_migrants(annotate):
    text = "En 2024, 28 400 ressortissants de pays tiers en séjour irrégulier ont été renvoyés, selon Frontex."
    assert figures(annotate, text)["28 400"]["group"] == "migrant"


# What a count counts, family by family: one sentence (or two) and the event its count should get.
EVENTS = [
    # events of transfers and meals
    ("Nous avons transféré quelque 90 000 réfugiés vers des camps plus sûrs depuis janvier.", "90 000",
     "resettlement"),
    ("Cet été, l'association servait des repas à 600 exilés chaque soir.", "600", "assistance"),
    # events of vehicles newcomers people without shelter and plans
    ("Un bateau transportant 137 réfugiés rohingyas, dont 59 enfants, a accosté mardi à Sabang.", "137",
     "arrival"),
    ("Depuis avril 2023, nous avons enregistré plus de 790 000 nouveaux réfugiés soudanais au Tchad.",
     "790 000", "arrival"),
    ("Près de 3 200 demandeurs d'asile, presque tous des hommes seuls, sont toujours sans place d'accueil.",
     "3 200", "at_risk"),
    ("Le HCR planifie l'arrivée de 250 000 réfugiés supplémentaires d'ici décembre.", "250 000", "other"),
    # states and descriptions
    # what describes the people ("ayant fui") gives way to the verb of the sentence
    ("Quelque 4,3 millions de personnes ayant fui l'Ukraine bénéficient de la protection temporaire dans "
     "l'UE.", "4,3 millions", "stock"),
    ("Quelque 4,3 millions de personnes ayant fui l'Ukraine depuis 2022.", "4,3 millions", "displacement"),
    # still displaced is a stock; people in a state of displacement too
    ("Près de 7,7 millions de personnes encore déplacées par des catastrophes vivaient dans des abris.",
     "7,7 millions", "stock"),
    ("Le nombre de personnes vivant en situation de déplacement interne a atteint 75,9 millions à la fin "
     "de 2023.", "75,9 millions", "stock"),
    ("Le nombre de déplacements internes a atteint 46,9 millions en 2023.", "46,9 millions", "displacement"),
    # people left without shelter
    ("Les incendies ont laissé plus de 7 000 réfugiés rohingyas sans toit.", "7 000", "displacement"),
    ("Près de 40 000 demandeurs d'asile ne bénéficiaient d'aucune solution d'hébergement.", "40 000",
     "at_risk"),
    # what a vehicle did is what happened to the people on board
    ("El Hierro : trois cayucos avec 412 personnes à bord arrivent à La Restinga.", "412", "arrival"),
    ("Trois cayucos sont arrivés samedi. Le premier, avec 187 occupants dont 21 femmes, a été secouru au "
     "large.", "187", "rescue"),
    ("Trois cayucos sont arrivés samedi. Le troisième, avec 79 personnes, a atteint le port.", "79", "arrival"),
    ("Les autorités ont renvoyé 470 000 migrants, dont 68 000 membres de familles.", "68 000", "deportation"),
    # the verb before other ones and a past displacement
    ("En 2023, le Home Office a expulsé 6 300 personnes et organisé le retour volontaire de 19 000 autres, "
     "selon ses propres chiffres.", "19 000", "return"),
    ("En 2011, une sécheresse comparable avait déplacé près d'un million de Somaliens.", "un million",
     "displacement"),
    # events of shelter kits and distress
    ("Mardi, 412 exilés ont été mis à l'abri dans des gymnases d'Île-de-France, selon la préfecture.", "412",
     "assistance"),
    ("Depuis janvier, 12 300 ménages déplacés ont reçu des kits d'abris, selon l'OIM.", "12 300", "assistance"),
    ("Selon le HCR, 260 réfugiés rohingyas en détresse dérivent en mer d'Andaman.", "260", "at_risk"),
    # pending applications and people who came to the camps
    # applications still waiting for a decision are a stock; new ones are applications
    ("Au 31 mars, quelque 712 000 demandes d'asile étaient en attente d'une décision dans l'UE.", "712 000",
     "stock"),
    ("Le nombre total de demandes d'asile pendantes dépasse 1 million, selon l'agence.", "1 million", "stock"),
    ("En mars, 85 000 demandes d'asile ont été introduites dans l'UE.", "85 000", "application"),
    # people who came to the camps arrived
    ("Au Kenya, quelque 11 000 réfugiés somaliens se sont présentés aux camps de Dadaab depuis avril.",
     "11 000", "arrival"),
]


@pytest.mark.parametrize("text, number, event", EVENTS)
def test_events(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event
