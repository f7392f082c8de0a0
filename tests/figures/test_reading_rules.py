"""FIGURES.md's reading rules, one test per family, on sentences written for them (not the dev gold's)."""

from __future__ import annotations

import pytest


def figures(annotate, text, date="2024-06-14"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f for f in doc._.figures or []}


# ---------------------------------------------------------------- counts whose noun is left out


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        # a count that opens a sentence or a clause, with its verb, after counts of people
        ("Plus de 2 100 migrants ont tenté la traversée en mai. Au moins 140 ont péri en mer.", "140", "migrant",
         "death"),
        # hospital care is assistance (as the blind dev annotation of batch 4 reads it)
        ("La pirogue transportait 212 personnes. Parmi les rescapés, 58 ont été hospitalisés à Dakhla.", "58",
         "person", "assistance"),
        ("Quelque 900 000 personnes ont fui vers le Tchad. Près de 300 000 autres ont franchi la frontière "
         "égyptienne.", "300 000", "person", "crossing"),
        # "dont N" with a participle: what the sub-count's people are
        ("Le centre a accueilli 640 enfants, dont 310 non accompagnés, depuis janvier.", "310", "child",
         "stock"),
        # the clitic "en" stands for the people named before
        ("Le camp de Zaatari, prévu pour 60 000 réfugiés, en abrite aujourd'hui près de 80 000.", "80 000",
         "refugee", "stock"),
        # the level a subject of a change reached, after "à"
        ("Les demandes d'asile déposées en Belgique ont augmenté de 12 %, à 35 500, en 2023.", "35 500",
         "asylum_seeker", "application"),
        ("Le nombre de franchissements détectés à l'est a chuté de moitié, à 7 200.", "7 200", "person",
         "crossing"),
        # a total of movements, and "estime à N le nombre de X"
        ("Les arrivées en Grèce ont atteint 48 000 en 2023, selon le HCR.", "48 000", "person", "arrival"),
        ("L'OIM évalue à 3 400 le nombre de migrants bloqués à Agadez.", "3 400", "migrant", "stock"),
    ],
)
def test_counts_whose_noun_is_left_out_or_implied(annotate, text, number, group, event):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, event)


def test_a_capacity_is_not_a_plan_and_not_a_count(annotate):
    text = "Le centre de transit des réfugiés de Renk, prévu pour 3 000 personnes, en accueille 9 000."
    found = figures(annotate, text)
    assert list(found) == ["9 000"] and found["9 000"]["event"] == "stock"


# ---------------------------------------------------------------- sources


@pytest.mark.parametrize(
    "text, number, source",
    [
        ("Selon les autorités libyennes, 1 300 migrants ont été interceptés la semaine dernière.", "1 300",
         "autorités libyennes"),
        ("Plus de 600 migrants ont été expulsés vers le Niger, selon la police.", "600", "police"),
        # "l'agence" stands for the organisation named last before it
        ("Le HCR a publié son rapport annuel. Selon l'agence, 43 millions de réfugiés vivent hors de leur pays.",
         "43 millions", "UNHCR"),
        # coordinated subjects of a reporting verb
        ("Le HCR et l'OIM estiment que 6,5 millions de Vénézuéliens vivent en Amérique latine.", "6,5 millions",
         "IOM;UNHCR"),
        # the subject of a reporting participle
        ("Le gouvernement tchadien réclame une aide accrue, estimant que le pays héberge 1,1 million de réfugiés.",
         "1,1 million", "gouvernement tchadien"),
        # an honorific between "selon" and the name of an official of an organisation
        ("Selon M. Okello, représentant du HCR à Juba, 20 000 réfugiés attendent à Renk.", "20 000", "UNHCR"),
        # the passive agent and the subject of the verb that did what is counted
        ("Au total, 48 migrants ont été secourus par les garde-côtes tunisiens au large de Sfax.", "48",
         "garde-côtes tunisiens"),
        ("Les garde-côtes grecs ont retrouvé 27 migrants en vie au large de Chios.", "27", "garde-côtes grecs"),
        # the part of the sentence the count is in, between ":" and ";"
        ("Entre 3 et 4 millions d'étrangers vivraient en Libye selon Tripoli, un chiffre jugé excessif : l'OIM "
         "en dénombre environ 700 000.", "700 000", "IOM"),
        # a name after a reporting verb is its subject only in an incise, not after the verb's own subject
        ("Frontex a recensé 380 000 franchissements irréguliers des frontières de l'UE en 2023.", "380 000",
         "FRONTEX"),
        ("Au moins 45 migrants sont morts en mer, a rappelé le chef de mission de l'OIM à Tripoli.", "45", "IOM"),
        # a state's body named by its country, with no ministry named before it to stand for
        ("Au moins 28 migrants sont morts dans le Darién en 2025, a annoncé jeudi le ministère public panaméen.",
         "28", "ministère public panaméen"),
        # what was learnt from whom, a day between the verb and "auprès"
        ("Au moins 1 540 candidats à la migration ont été interpellés entre vendredi et lundi, a-t-on appris "
         "mardi auprès des autorités locales.", "1 540", "autorités locales"),
        # a person named again by the surname: the name as the text first gives it
        ("Ousmane Ndiaye, maire de Mbour, est inquiet. « Depuis janvier, nous avons recensé plus de 1 100 "
         "départs », affirme M. Ndiaye.", "1 100", "Ousmane Ndiaye"),
        # an acronym in brackets between "selon" and the organisation
        ("Plus de 700 000 personnes sont déplacées en Haïti, selon la Matrice de suivi des déplacements (DTM) "
         "de l'OIM.", "700 000", "IOM"),
    ],
)
def test_sources(annotate, text, number, source):
    assert figures(annotate, text)[number]["source"] == source


def test_a_release_that_names_its_own_organisation(annotate):
    text = (
        "Amman, 3 avril 2024 – Le HCR, l'Agence des Nations Unies pour les réfugiés, alerte sur la situation des "
        "réfugiés syriens en Jordanie. Quelque 650 000 réfugiés syriens y sont enregistrés."
    )
    assert figures(annotate, text, "2024-04-03")["650 000"]["source"] == "UNHCR"
    text = "Dakar, 3 avril 2024 – L'OIM lance aujourd'hui un appel pour aider 40 000 migrants bloqués au Niger."
    assert figures(annotate, text, "2024-04-03")["40 000"]["source"] == "IOM"
    # a news agency's item, or an announcement by two bodies, is no release of either
    text = "Dakar, 3 avril 2024 (AFP) – L'OIM lance aujourd'hui un appel pour 40 000 migrants bloqués au Niger."
    assert figures(annotate, text, "2024-04-03")["40 000"]["source"] is None


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(
    "text, number, country",
    [
        # a place without a gazetteer attribute, looked up in the offline gazetteer
        ("Plus de 55 000 migrants ont rejoint les Canaries en 2024.", "55 000", "ESP"),
        ("Près de 3 000 personnes ont débarqué aux Baléares depuis l'Algérie cette année.", "3 000", "ESP"),
        # "le pays" for the country named last
        ("La guerre au Soudan dure depuis un an. Quelque 8,6 millions de personnes ont fui à l'intérieur du pays.",
         "8,6 millions", "SDN"),
        # a coordinated list past a comma: several countries give none
        ("Environ 500 000 personnes ont traversé la frontière vers le Tchad, l'Égypte et l'Éthiopie.", "500 000",
         None),
        # a route's name places nothing; arrivals are counted where they arrive
        ("La route de l'Afrique de l'Ouest vers les Canaries a enregistré 40 000 franchissements.", "40 000",
         "ESP"),
        ("Plus de 1 200 migrants ont traversé la Méditerranée vers l'Italie.", "1 200", "ITA"),
        # the place a relative "où" stands for
        ("Il s'est rendu à Tapachula, où 40 000 migrants attendent un visa.", "40 000", "MEX"),
        # a place of departure and the country it is in, in apposition, place nothing
        ("Le chalutier, parti de Tobrouk, dans l'est de la Libye, transportait 287 migrants.", "287", None),
        # a place name that several countries have is the one of the country the story names
        ("Au Royaume-Uni, les chiffres du Home Office le confirment : 1 204 migrants ont atteint les côtes du Kent "
         "samedi.", "1 204", "GBR"),
        # people who fled to find refuge are where they found it
        ("Plus de 700 000 Rohingyas ont fui l'Arakan pour trouver refuge au Bangladesh.", "700 000", "BGD"),
    ],
)
def test_countries(annotate, text, number, country):
    assert figures(annotate, text)[number]["country"] == country


def test_a_count_placed_by_nothing_near_it_is_in_the_country_the_page_is_about(annotate):
    text = (
        "Belgique : l'Office des étrangers publie son bilan\n\n"
        "Bruxelles, 3 juillet 2025 – La Belgique a enregistré 2 900 demandes d'asile en juin, a indiqué "
        "l'Office des étrangers. En Belgique, les centres sont saturés depuis des mois. Des contrôles ont lieu "
        "à la frontière avec la France et les Pays-Bas. Selon Fedasil, 33 900 demandeurs d'asile étaient "
        "hébergés au 30 juin dans le réseau d'accueil."
    )
    # the sentence before names two other countries (no place for the count), the page one
    assert figures(annotate, text, "2025-07-03")["33 900"]["country"] == "BEL"


def test_the_part_of_a_sentence_before_tandis_que_places_its_own_count(annotate):
    text = (
        "Sur la route de la Méditerranée orientale, les détections ont reculé, à 9 800, tandis que la route "
        "de l'Afrique de l'Ouest vers les Canaries a enregistré 21 000 franchissements."
    )
    found = figures(annotate, text)
    assert (found["9 800"]["country"], found["21 000"]["country"]) == (None, "ESP")


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, number, date",
    [
        # "depuis" governs a place, not the date after it
        ("Quelque 1 900 personnes sont arrivées à Chypre depuis le Liban en mai.", "1 900", "2024-05"),
        # an interval up to the end date the text gives
        ("Depuis le 1er janvier, 19 000 personnes sont arrivées aux Canaries, selon les chiffres arrêtés au "
         "31 mai.", "19 000", "2024-01-01/2024-05-31"),
        # the date of a statement is not the count's
        ("Le HCR rappelle ce jour que 300 000 personnes ont franchi la frontière depuis avril 2023.", "300 000",
         "2023-04/2024-06-14"),
        # a comparison's date is not the count's
        ("En mai, 4 200 personnes ont traversé la Manche, soit 20 % de plus qu'à la même période de 2023.",
         "4 200", "2024-05"),
        # "trois naufrages" counts no one: the date before it is the victims'
        ("La semaine dernière, trois naufrages ont coûté la vie à 52 migrants au large de la Tunisie.", "52",
         "2024-W23"),
        # a sub-count's clause does not hide the rest of the sentence from its parent
        ("Au moins 17 migrants, dont quatre enfants, sont morts le 9 juin au large de Samos.", "17", "2024-06-09"),
        # the date of a relative clause about another noun is that noun's
        ("Plus de 9 000 réfugiés dorment dehors après l'incendie qui a détruit lundi le camp.", "9 000", None),
    ],
)
def test_dates(annotate, text, number, date):
    assert figures(annotate, text)[number]["date"] == date


def test_a_paragraphs_movements_go_on_in_the_time_it_gave_them(annotate):
    text = (
        "Au cours des cinq premiers mois de 2024, 12 300 migrants ont été renvoyés dans leur pays d'origine "
        "depuis l'Allemagne. Les vols affrétés restent la règle : 8 100 personnes ont été reconduites par "
        "charter. Le pays accueille par ailleurs 1,1 million de réfugiés ukrainiens.\n\n"
        "Les retours volontaires progressent : 4 600 personnes sont rentrées chez elles avec une aide."
    )
    found = figures(annotate, text)
    assert found["12 300"]["date"] == "2024-01/2024-05"
    assert found["8 100"]["date"] == "2024-01/2024-05"  # the same paragraph, no other time said
    assert found["1,1 million"]["date"] is None  # a population says its own time
    assert found["4 600"]["date"] is None  # a new paragraph


def test_a_time_said_between_stops_the_paragraphs_time(annotate):
    text = (
        "En mars, 2 100 migrants ont débarqué à Lampedusa. Le centre d'accueil de l'île avait fermé ses portes "
        "l'an dernier. Au moins 310 personnes ont été interceptées au large de la Libye."
    )
    found = figures(annotate, text)
    assert found["2 100"]["date"] == "2024-03"
    assert found["310"]["date"] is None  # another time was said since March


def test_a_count_restated_in_other_units_shares_the_time_after_it(annotate):
    text = ("Au Kenya, quelque 2 600 familles somaliennes, soit près de 11 000 personnes, se sont présentées aux "
            "camps de Dadaab depuis avril, selon les autorités kényanes.")
    found = figures(annotate, text)
    assert found["2 600"]["date"] == "2024-04/2024-06-14"
    assert found["11 000"]["date"] == "2024-04/2024-06-14"


# ---------------------------------------------------------------- events


@pytest.mark.parametrize(
    "text, number, event",
    [
        # the main verb after a relative clause about the people counted
        ("Les 3 000 réfugiés qui vivaient dans le camp de Shimelba, détruit en janvier, ont été dispersés.",
         "3 000", "displacement"),
        # what happened to a vehicle whose passengers are counted
        ("La marine a intercepté un bateau transportant 63 migrants au large de la Libye.", "63",
         "interception"),
        ("Une embarcation transportant 63 migrants a chaviré au large de la Libye.", "63", "stock"),
        # forced to leave, given aid, rescued at sea, evacuated
        ("Plus de 12 000 personnes ont dû quitter leur village après les inondations au Niger.", "12 000",
         "displacement"),
        ("L'OIM a distribué des kits d'hygiène à 2 000 familles déplacées au Mozambique.", "2 000", "assistance"),
        ("Les secours ont porté assistance à 75 personnes au large de Calais.", "75", "rescue"),
        ("Près de 4 000 civils ont été évacués de Rafah vers le sud.", "4 000", "displacement"),
    ],
)
def test_events(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


# ---------------------------------------------------------------- group, origin, qualifier


def test_group_origin_and_qualifier_around_the_noun(annotate):
    found = figures(annotate, "Les combats ont déplacé plus de 200 000 personnes dans le Nord-Kivu.")
    assert found["200 000"]["group"] == "idp"
    found = figures(annotate, "Quelque 950 migrants, en majorité des Guinéens, ont débarqué à Lampedusa.")
    assert found["950"]["origin"] == "GIN"
    found = figures(annotate, "Environ 400 personnes, pour la plupart des Syriens et des Afghans, ont été secourues.")
    assert found["400"]["origin"] is None
    found = figures(annotate, "Le centre reçoit 150 demandeurs d'asile soudanais, érythréens et somaliens.")
    assert found["150"]["origin"] is None
    found = figures(annotate, "L'OIM a aidé 800 migrants bloqués au Niger à rentrer au Mali.")
    assert (found["800"]["origin"], found["800"]["country"]) == ("MLI", "NER")
    found = figures(annotate, "Depuis janvier, 2 300 personnes au moins ont été renvoyées vers le Maroc.")
    assert found["2 300"]["qualifier"] == "min"
    found = figures(annotate, "Quelque 90 000 migrants au plus fort de la crise ont franchi la frontière.")
    assert found["90 000"]["qualifier"] == "approx"


@pytest.mark.parametrize(
    "text, number, group, event, origin",
    [
        # "être N à + infinitive": the subject's people, doing what the infinitive says
        ("Les Érythréens étaient encore plus de 4 000 à demander l'asile en Suisse en 2023.", "4 000",
         "asylum_seeker", "application", "ERI"),
        ("Les migrants étaient plus de 300 à attendre un bateau sur la plage de Nouadhibou en mars.", "300",
         "migrant", "stock", None),
        ("Les Soudanais sont désormais 1 900 à avoir traversé la frontière tchadienne depuis lundi.", "1 900",
         "person", "crossing", "SDN"),
    ],
)
def test_people_counted_as_the_subject_of_a_verb_before_the_count(annotate, text, number, group, event, origin):
    found = figures(annotate, text)[number]
    assert (found["group"], found["event"], found["origin"]) == (group, event, origin)


def test_a_total_named_after_the_count(annotate):
    text = ("Par ailleurs, 7 400 demandeurs d'asile ultérieurs ont été enregistrés en mai, ce qui porte à près "
            "de 70 000 le nombre total de demandeurs d'asile dans l'Union européenne.")
    found = figures(annotate, text)
    assert found["70 000"]["group"] == "asylum_seeker"
    assert found["70 000"]["qualifier"] == "approx"


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        ("Les franchissements irréguliers ont reculé de 21 % depuis janvier, à 98 000. Sur la route de la "
         "Méditerranée orientale, ils sont tombés à 17 200.", "17 200", "person", "crossing"),
        ("En 2023, 1,8 million de personnes étaient déplacées au Burkina Faso. Les organisations humanitaires "
         "estiment que leur nombre dépasse désormais 2,5 millions.", "2,5 millions", "idp", "stock"),
    ],
)
def test_the_level_a_pronouns_people_reached(annotate, text, number, group, event):
    found = figures(annotate, text)[number]
    assert (found["group"], found["event"]) == (group, event)


def test_a_pronoun_with_no_count_before_is_no_total(annotate):
    text = "La situation reste tendue dans les camps. Ils sont tombés à 17 200 en mars, selon la mairie."
    assert "17 200" not in figures(annotate, text)


def test_a_sentence_opening_on_il_goes_on_in_the_time_of_the_one_before(annotate):
    text = ("En avril, le Secrétariat d'État aux migrations a rendu 2 016 décisions en première instance. Il a "
            "accordé l'asile à 471 requérants, selon ses chiffres.")
    assert figures(annotate, text, "2026-05-15")["471"]["date"] == "2026-04"


@pytest.mark.parametrize(
    "text, number, event",
    [
        # a disaster that leaves people homeless displaces them; those who stay homeless are in need
        ("Un incendie a ravagé le camp 5 de Kutupalong dimanche, laissant environ 6 300 réfugiés rohingyas sans "
         "toit.", "6 300", "displacement"),
        ("Près de 3 900 réfugiés rohingyas ont perdu leur abri dans l'incendie du camp.", "3 900", "displacement"),
        ("Six mois après le cyclone, quelque 6 000 déplacés restent sans abri à Pemba.", "6 000", "at_risk"),
        # "en a reçu" stands for what was received: the count before
        ("Au premier trimestre, 14 900 demandes d'asile ont été déposées au Canada. Le Québec en a reçu 9 270.",
         "9 270", "application"),
    ],
)
def test_homeless_and_received(annotate, text, number, event):
    assert figures(annotate, text, "2026-03-10")[number]["event"] == event


@pytest.mark.parametrize(
    "text, number",
    [
        ("En 2025, 736 étrangers ont été éloignés, dont 214 remis aux autorités espagnoles au titre des "
         "réadmissions.", "214"),
        ("La police aux frontières a interpellé 5 100 migrants et en a remis 3 980 aux autorités espagnoles.", "3 980"),
    ],
)
def test_people_handed_over_to_another_states_authorities_are_removed(annotate, text, number):
    assert figures(annotate, text, "2026-01-20")[number]["event"] == "deportation"


def test_a_verb_before_an_aside_that_says_when_governs_the_count(annotate):
    text = ("Les autorités marocaines ont mis en échec, du 4 au 10 mai, 3 214 tentatives d'émigration irrégulière "
            "dans le nord du Maroc.")
    found = figures(annotate, text, "2026-05-11")["3 214"]
    assert (found["event"], found["date"]) == ("interception", "2026-05-04/2026-05-10")


def test_en_stands_for_the_people_told_of_before_with_their_origin(annotate):
    text = ("Quelque 5,2 millions de réfugiés et migrants vénézuéliens vivent en Amérique latine, selon la R4V. "
            "La Colombie en compte 2,84 millions, le Pérou 1,71 million et l'Équateur 447 000. Au Pérou, le centre "
            "de Tumbes, prévu pour 300 personnes, en héberge plus de 900.")
    found = figures(annotate, text, "2026-05-01")
    assert [(found[n]["origin"], found[n]["country"]) for n in ("2,84 millions", "1,71 million", "447 000")] == [
        ("VEN", "COL"), ("VEN", "PER"), ("VEN", "ECU")
    ]
    assert found["900"]["origin"] is None  # a place's occupants, whoever they are


def test_third_country_nationals_who_asked_for_protection_are_applicants(annotate):
    text = ("En mars 2026, 47 835 ressortissants de pays tiers ont demandé pour la première fois une protection "
            "internationale dans les États membres de l'UE.")
    found = figures(annotate, text, "2026-06-10")["47 835"]
    assert (found["group"], found["event"]) == ("asylum_seeker", "application")


def test_a_count_that_goes_on_with_the_verb_of_the_one_before(annotate):
    text = ("<p>Selon l'OIM, plus de 60 800 migrants sont arrivés au Yémen depuis la Corne de l'Afrique en 2025, "
            "et 19 650 depuis janvier, dont 3 300 femmes. À Djibouti, le centre d'Obock accueillait mardi 312 "
            "personnes, dont 97 mineurs non accompagnés.</p>")
    found = figures(annotate, text, "2026-06-04")
    assert [(found[n]["event"], found[n]["date"]) for n in ("19 650", "3 300")] == [
        ("arrival", "2026-01/2026-06-04"), ("arrival", "2026-01/2026-06-04")
    ]
