"""Reading rules that unseen news needed (the dev gold's batch 3), one test per family, on
sentences written for them: events told by a participle or a verb after the count, sources
told to someone or described in apposition, press-release labels, date lines, periods,
parts of a count in brackets, several countries, counts that go on with the sentence before."""

from __future__ import annotations

import pytest


def figures(annotate, text, date="2024-06-14"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f for f in doc._.figures or []}


# ---------------------------------------------------------------- events


@pytest.mark.parametrize(
    "text, number, event",
    [
        # a verb of counting says nothing of what happened; the participle after the noun does
        ("Le HCR a recensé 1 800 familles arrivées à Bossangoa depuis mardi.", "1 800", "arrival"),
        ("Le rapport recense 412 migrants morts ou disparus dans le désert du Sahara en 2023.", "412", "death"),
        ("La préfecture a enregistré 350 mineurs non accompagnés arrivés à Mayotte en mai.", "350", "arrival"),
        # a verb of hosting is still a stock
        ("Le Tchad accueille 600 000 réfugiés soudanais arrivés depuis avril 2023.", "600 000", "stock"),
        # a participle describes them, the conjugated verb after it says what is counted
        ("Jeudi, 48 migrants secourus au large de Malte ont débarqué à La Valette.", "48", "arrival"),
        # a verb of counting before a count of movements: the noun says what they are ("entre" is no "entrés")
        ("Frontex a recensé 4 100 franchissements irréguliers à la frontière entre la Biélorussie et la "
         "Lituanie.", "4 100", "crossing"),
        ("Au moins 30 passagers interceptés par les garde-côtes ont été placés en détention.", "30", "detention"),
        # the bodies of people are their deaths, whatever the verb of the search
        ("Les corps de 14 migrants ont été repêchés au large de Zarzis, selon la Garde nationale.", "14", "death"),
        # the verb before a time said right before the count; a hosting verb per day is a flow;
        # people who came forward at a border post arrived there
        ("Nous avons accompagné l'an dernier plus de 11 000 personnes dans les centres de rétention.", "11 000",
         "assistance"),
        ("En Pologne, le HCR et ses partenaires accueillent encore une centaine de nouveaux arrivants par jour.",
         "une centaine", "arrival"),
        ("Le centre de transit de Renk accueille 300 réfugiés par jour.", "300", "arrival"),
        ("Le camp de Farchana accueille 300 000 réfugiés soudanais.", "300 000", "stock"),
        ("À Metema, seules 2 130 personnes se sont présentées au poste-frontière en février.", "2 130", "arrival"),
        # a plan: an appeal's purpose, a modal before "être" and the participle
        ("L'OIM lance un appel de 300 millions de dollars pour venir en aide à 1,6 million de rapatriés d'ici à "
         "décembre.", "1,6 million", "other"),
        ("Le HCR a lancé un appel de 216 millions de dollars pour soutenir 1,5 million de rapatriés en Afghanistan.",
         "1,5 million", "other"),
        ("Le hotspot de Lampedusa accueillait 1 300 migrants ; quelque 700 d'entre eux devaient être transférés "
         "lundi vers la Sicile.", "700", "other"),
        ("L'OIM a aidé 3 000 migrants à rentrer chez eux depuis janvier.", "3 000", "return"),
        # "forcer à fuir", "demander l'asile", first-time applicants
        ("Les combats ont forcé 70 000 personnes à fuir Ouallam en une semaine.", "70 000", "displacement"),
        ("En 2023, 9 000 mineurs non accompagnés ont demandé l'asile en Allemagne.", "9 000", "application"),
        ("Quelque 41 000 primo-demandeurs d'asile ont été enregistrés en Belgique en 2023.", "41 000",
         "application"),
        # "le nombre de morts": people named with what happened to them
        ("Le nombre de morts a atteint 37 samedi au large de Lampedusa.", "37", "death"),
        # a count after "et" that goes on with the count before it, and what people still are
        ("Au moins 9 migrants ont péri et 14 sont toujours portés disparus au large de Ceuta.", "14", "missing"),
        ("Au moins 9 migrants ont péri et 14 sont toujours portées disparues au large de Ceuta.", "14", "missing"),
        # what happened to a vehicle with the people counted on board; not that it sank
        ("Un bateau avec 180 personnes à bord a accosté à Lampedusa mardi matin.", "180", "arrival"),
        ("Une pirogue avec 150 migrants à bord a chaviré au large de Mbour.", "150", "stock"),
        # a subject, a verb of being, a count
        ("En Libye, les migrants seraient entre 600 000 et 700 000, selon l'OIM.", "600 000 et 700 000",
         "stock"),
        ("À Lampedusa, le centre d'accueil héberge actuellement 1 200 personnes pour 400 places.", "1 200",
         "stock"),
        ("Les violences ont fait 150 morts et déplacé 200 000 personnes dans le Nord-Kivu en septembre.",
         "200 000", "displacement"),
        # what people were given, told from afar or by the verb after them, not who they are
        ("Le PAM a distribué cette semaine des rations de farine et d'huile à 7 500 familles déplacées du "
         "Kasaï.", "7 500", "assistance"),
        ("Dans la province de l'Ituri, 2 300 ménages rapatriés ont reçu des kits de réinstallation.", "2 300",
         "assistance"),
        ("Les garde-côtes ont porté secours à 120 migrants au large de Lampedusa.", "120", "rescue"),
        # people a disaster struck are at risk
        ("Dans les camps de Cox's Bazar, les pluies ont touché près de 90 000 réfugiés rohingyas.", "90 000",
         "at_risk"),
        ("Les inondations ont affecté 1,2 million de personnes, dont 300 000 déplacés internes.", "1,2 million",
         "at_risk"),
        # the dead found are deaths, whatever the verb of finding; bodies brought home are returned
        ("Les garde-côtes libyens ont repêché 19 corps de migrants au large de Sabratha.", "19", "death"),
        ("Des dizaines de corps de migrants ont été rapatriés mardi vers l'Égypte.", "Des dizaines", "return"),
        # nouns of movements
        ("Lampedusa : plus de 900 débarquements de migrants en une nuit", "900", "arrival"),
        ("La préfecture fait état de 1 800 non-admissions de migrants à la frontière italienne.", "1 800",
         "deportation"),
        ("Le ministère a organisé 240 retours forcés de demandeurs d'asile déboutés en 2024.", "240",
         "deportation"),
        # who hosted them says what hosting them was
        ("Les centres de rétention administrative (CRA) ont accueilli 38 200 personnes en 2023.", "38 200",
         "detention"),
        ("Depuis janvier, le refuge solidaire de Briançon a hébergé 3 900 exilés venus d'Italie.", "3 900",
         "assistance"),
        ("Depuis avril 2023, l'est du Tchad a accueilli plus de 600 000 réfugiés soudanais.", "600 000", "stock"),
        ("Le centre d'accueil de Lampedusa a hébergé la semaine dernière jusqu'à 1 300 migrants.", "1 300",
         "stock"),
        # what was paid to them
        ("L'allocation pour demandeur d'asile a été versée à 131 000 demandeurs d'asile en 2023.", "131 000",
         "assistance"),
        # "Parmi les arrivants figurent …": the people the sentence opens with
        ("Parmi les arrivants figurent 5 100 Tunisiens, 3 400 Guinéens et 2 200 Ivoiriens.", "3 400", "arrival"),
        ("Parmi les disparus figurent 31 Afghans et 12 Syriens, selon les garde-côtes.", "12", "missing"),
        # told after the counts: the first of them too, past the ones listed with it
        ("En août, 640 Maliens et 410 Sénégalais figuraient parmi les migrants débarqués aux Canaries.", "640",
         "arrival"),
        ("En 2024, l'OIM a aidé 14 200 migrants à rentrer volontairement dans leur pays.", "14 200", "return"),
        ("Le PAM, qui distribuait en mai des rations à 88 000 réfugiés, manque de fonds.", "88 000", "assistance"),
        ("Depuis janvier, l'Italie a rapatrié de force 2 700 migrants vers la Tunisie.", "2 700", "deportation"),
        ("En Méditerranée orientale, 8 300 migrants ont été repérés entre juillet et septembre.", "8 300",
         "crossing"),
        ("« Sans cet accord, nous aurions eu au moins 90 000 arrivées de migrants de plus », a dit le ministre.",
         "90 000", "other"),
        ("Le secrétariat d'État table sur 26 000 demandes d'asile pour l'ensemble de 2025.", "26 000", "other"),
        ("Un retour sur trois était volontaire : 7 600 migrants sont repartis avec une aide au retour.", "7 600",
         "return"),
        ("Au 1er décembre, 2 700 demandeurs d'asile attendaient toujours une place d'accueil.", "2 700", "at_risk"),
        ("Le gouvernement a lancé une campagne visant à renvoyer 8 000 migrants en situation irrégulière.",
         "8 000", "other"),
        ("« Nous devrons encore renvoyer plus de 250 demandeurs d'asile vers d'autres États membres. »", "250",
         "other"),
        ("L'OIM a interrogé 1 200 migrants à Panama sur leurs projets.", "1 200", "other"),
        # files of asylum applications, orders to leave the territory
        ("Fin 2024, plus de 640 000 dossiers de demandeurs d'asile restaient en attente dans l'UE.", "640 000",
         "stock"),
        ("En 2023, 137 700 obligations de quitter le territoire français ont été prononcées contre des "
         "étrangers.", "137 700", "other"),
        # intentions, fears and commitments are projections
        ("Téhéran a annoncé son intention de renvoyer quelque deux millions d'Afghans en situation irrégulière.",
         "deux millions", "other"),
        ("Le HCR craint que 900 000 personnes supplémentaires ne soient déplacées d'ici à la fin de l'année.",
         "900 000", "other"),
        ("Le Canada s'est engagé à accueillir 40 000 réfugiés afghans.", "40 000", "other"),
        ("« Nous nous préparons à recevoir jusqu'à 58 000 réfugiés d'ici à la fin mars », a déclaré le HCR.",
         "58 000", "other"),
        ("L'UNICEF s'attend à ce que jusqu'à 800 000 migrants traversent le Panama cette année.", "800 000",
         "other"),
        ("Les autorités ont annoncé leur intention d'expulser jusqu'à 10 000 migrants par semaine.", "10 000",
         "other"),
        ("Le président élu a promis d'expulser des millions de sans-papiers des États-Unis.", "des millions",
         "other"),
        # the people a vehicle carried, by what was done to it, the verb far before it
        ("Une patrouille a intercepté lundi soir, à une quarantaine de kilomètres au large de Saint-Louis, dans "
         "les eaux sénégalaises, une pirogue transportant 211 candidats à l'émigration irrégulière.", "211",
         "interception"),
        # past a participle describing them, the verb they are the subject of
        ("Chaque semaine, des centaines de migrants expulsés d'Algérie arrivent à Assamaka.", "des centaines",
         "arrival"),
        ("Un convoi de 1 146 migrants expulsés d'Algérie est arrivé lundi à Assamaka, au Niger.", "1 146",
         "arrival"),
        ("Plus de 6 000 migrants ont été expulsés d'Algérie vers le Niger depuis janvier.", "6 000",
         "deportation"),
        # an infinitive after a modal, and the verb after a long ", dont …," clause
        ("Des garde-côtes et des pêcheurs ont pu secourir 106 migrants au large d'Aden.", "106", "rescue"),
        ("Selon la sous-préfecture, 870 personnes, dont 64 mineurs non accompagnés et une quinzaine de "
         "familles, ont été mises à l'abri dans des centres d'accueil.", "870", "assistance"),
        # the newly displaced are a displacement (FIGURES.md)
        ("Burkina Faso : près de 45 000 nouveaux déplacés en janvier dans l'Est.", "45 000", "displacement"),
        # what people were given, by a verb of delivering, and the counts listed after them
        ("L'OIM a acheminé de l'eau par camion-citerne à 310 000 personnes déplacées dans des sites de Baidoa.",
         "310 000", "assistance"),
        ("Le HCR a distribué des kits d'hygiène et de l'eau potable à 6 200 réfugiés et à 1 150 familles "
         "hébergées à Cúcuta.", "1 150", "assistance"),
        # a long list of what was given, and a verb that lets people do something
        ("Depuis janvier, les équipes ont distribué une aide d'urgence en espèces, des kits d'hygiène et de l'eau "
         "potable à 6 200 migrants et à 1 150 familles hébergées à Cúcuta.", "6 200", "assistance"),
        ("Le PAM, qui y nourrit chaque mois près d'un million de réfugiés, a prévenu qu'il devrait réduire les "
         "rations.", "un million", "assistance"),
        # leaving one's home is a displacement, leaving a country a departure
        ("Les crues du Shabelle ont forcé plus de 90 000 personnes à quitter leur foyer depuis la mi-avril.",
         "90 000", "displacement"),
        ("Plus de 20 000 habitants ont dû quitter leurs maisons après les bombardements.", "20 000", "displacement"),
        ("Au moins 300 migrants ont quitté la Libye à bord de bateaux pneumatiques.", "300", "departure"),
        # a count joined by "et" to the clause before has its own verb, not that clause's
        ("Quatre corps ont été repêchés et au moins neuf passagers sont portés disparus.", "neuf", "missing"),
        ("Les garde-côtes ont secouru lundi et mardi 300 personnes au large de Sfax.", "300", "rescue"),
    ],
)
def test_events(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


def test_still_displaced_people_in_a_heading_without_a_verb(annotate):
    text = "Burkina Faso : plus de deux millions de personnes toujours déplacées\n\nLe pays fait face à une crise."
    f = figures(annotate, text)["deux millions"]
    assert (f["group"], f["event"], f["country"]) == ("idp", "stock", "BFA")


@pytest.mark.parametrize(
    "text, number, group, origin, event",
    [
        # "le nombre de X" far before the level it reached
        ("Le nombre de franchissements irréguliers détectés aux frontières extérieures de l'espace Schengen "
         "s'est établi à quelque 98 000 entre janvier et juin.", "98 000", "person", None, "crossing"),
        ("Le nombre de demandeurs d'asile en Suisse a augmenté de 10 % pour atteindre 30 000.", "30 000",
         "asylum_seeker", None, "stock"),
        # a nationality counted by "le nombre de", reached after a comma
        ("Aux Canaries, le nombre de Sénégalais a plus que doublé, pour atteindre près de 12 000.", "12 000",
         "person", "SEN", "stock"),
    ],
)
def test_totals_named_by_le_nombre_de(annotate, text, number, group, origin, event):
    f = figures(annotate, text)[number]
    assert (f["group"], f["origin"], f["event"]) == (group, origin, event)


# ---------------------------------------------------------------- sources


@pytest.mark.parametrize(
    "text, number, source",
    [
        # who a statement is made to is no source
        ("Au moins 19 migrants sont morts au large de Chios, a déclaré à l'AFP un porte-parole des garde-côtes "
         "grecs.", "19", "garde-côtes grecs"),
        # an apposition describes the source, it is no second source
        ("Selon les données publiées par Eurostat, l'office statistique de l'UE, 1 100 000 demandes d'asile ont "
         "été déposées en 2023.", "1 100 000", "EUROSTAT"),
        # "le ministère" stands for the ministry named last
        ("Le ministère grec des Migrations a publié son bilan mensuel. Le ministère recense 3 100 demandeurs "
         "d'asile arrivés sur les îles en mai.", "3 100", "ministère grec des Migrations"),
        # a country that registered people says where, not who tells
        ("La Pologne a enregistré 2 300 demandes d'asile en mai, selon l'agence de l'UE pour l'asile.", "2 300",
         "EUAA"),
        # bodies named by a common noun
        ("À Calais, environ 700 exilés dorment dehors, selon les associations.", "700", "associations"),
        # "(source : X)" at the end of a line
        ("Niger : 1 450 migrants expulsés d'Algérie arrivés à Assamaka (source : MSF, bilan hebdomadaire)",
         "1 450", "MSF"),
    ],
)
def test_sources(annotate, text, number, source):
    assert figures(annotate, text)[number]["source"] == source


def test_a_statement_goes_on_with_the_source_of_the_sentence_before(annotate):
    text = (
        "Au moins 12 migrants se sont noyés au large de Lampedusa, a indiqué un responsable des garde-côtes "
        "italiens. Quarante autres passagers ont pu être secourus, a-t-il ajouté."
    )
    f = figures(annotate, text)["Quarante"]
    assert (f["source"], f["event"]) == ("garde-côtes italiens", "rescue")


def test_a_page_labelled_press_release_is_its_organisation_s_release(annotate):
    text = (
        "Soudan : le HCR alarmé par les déplacements au Darfour\n\nCommuniqué de presse | 6 juin 2024\n\n"
        "GENÈVE – Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) est préoccupé par les combats "
        "à El Fasher. Quelque 130 000 personnes ont fui la ville en mai."
    )
    assert figures(annotate, text)["130 000"]["source"] == "UNHCR"
    # a press release named in a sentence is no label
    text = (
        "Dans un communiqué de presse publié jeudi, le HCR s'inquiète des combats à El Fasher. Quelque 130 000 "
        "personnes ont fui la ville en mai."
    )
    assert figures(annotate, text)["130 000"]["source"] is None


# ---------------------------------------------------------------- dates


def test_a_page_s_date_line_dates_no_count(annotate):
    text = (
        "Éthiopie : 20 000 réfugiés soudanais arrivés à Kurmuk\n14 juin 2024\n"
        "Les arrivées se poursuivent au poste-frontière de Kurmuk."
    )
    assert figures(annotate, text)["20 000"]["date"] is None
    text = "14 juin 2024 – Près de 20 000 réfugiés soudanais sont arrivés en Éthiopie depuis avril."
    assert figures(annotate, text)["20 000"]["date"] == "2024-04/2024-06-14"


@pytest.mark.parametrize(
    "text, number, date",
    [
        # a period in which the counted people moved is the count's time
        ("Au cours des trois derniers mois, 45 000 personnes sont arrivées à Adré.", "45 000", "P3M"),
        ("Environ 12 000 réfugiés sont arrivés au Rwanda en quatre semaines.", "12 000", "P4W"),
        ("Jusqu'à 80 000 personnes pourraient fuir au cours des deux prochains mois.", "80 000", "P2M"),
        # a length of time is not
        ("Depuis trois ans, 6 millions de réfugiés ukrainiens vivent en Europe.", "6 millions", None),
        # a count said to be now takes no date from the sentence before
        ("Les combats ont repris en mars. Au total, 2 millions de personnes sont désormais déplacées au Soudan "
         "du Sud.", "2 millions", None),
        # a count said of today is counted on the document's day, nearer than another date
        ("Le centre de transit de Renk, conçu pour 1 500 réfugiés, en accueille aujourd'hui plus de 4 800.", "4 800",
         "2024-06-14"),
        ("Quelque 2 300 habitants ont fui depuis le 1er juin ; aujourd'hui, 410 d'entre eux vivent dans des "
         "centres collectifs.", "410", "2024-06-14"),
        # but not a statement made today
        ("Un incendie a détruit dimanche le camp, laissant 7 000 réfugiés sans abri, a indiqué aujourd'hui le "
         "HCR.", "7 000", "2024-06-09"),
    ],
)
def test_periods_and_lengths_of_time(annotate, text, number, date):
    assert figures(annotate, text)[number]["date"] == date


def test_a_count_of_the_same_period_takes_the_time_told_before(annotate):
    text = (
        "Au premier trimestre 2025, 123 900 ressortissants de pays tiers ont reçu l'ordre de quitter le "
        "territoire, selon Eurostat. Sur la même période, 28 300 ont effectivement été renvoyés vers un pays "
        "tiers, contre 25 100 au premier trimestre 2024."
    )
    found = figures(annotate, text, "2025-06-20")
    assert [found[n]["date"] for n in ("123 900", "28 300", "25 100")] == ["2025-Q1", "2025-Q1", "2024-Q1"]
    assert found["123 900"]["event"] == "other"  # an order received is no assistance
    # said after the count, and past a count compared with the one before
    text = (
        "Aux Canaries, 30 000 personnes sont arrivées depuis le 1er janvier, contre 41 000 sur la même période "
        "de 2024. Aux Baléares, 5 940 personnes ont débarqué sur la même période."
    )
    found = figures(annotate, text, "2025-10-15")
    assert found["5 940"]["date"] == found["30 000"]["date"] == "2025-01-01/2025-10-15"


def test_a_story_goes_on_in_its_time_past_a_count_compared_with_it(annotate):
    text = (
        "Au cours des neuf premiers mois de 2024, 28 400 personnes ont été renvoyées dans leur pays avec le "
        "soutien de l'agence, contre 21 600 sur la même période de 2023.\n"
        "Les vols affrétés restent le principal moyen de retour forcé : 17 900 personnes ont été reconduites par "
        "charter, devant la France (2 960) et l'Italie (1 730)."
    )
    found = figures(annotate, text, "2024-10-22")
    assert found["21 600"]["date"] == "2023"
    assert {found[n]["date"] for n in ("28 400", "17 900", "2 960", "1 730")} == {"2024-01/2024-09"}


def test_the_items_of_a_list_share_its_time_and_a_source_s_clause_is_not_theirs(annotate):
    text = (
        "Parmi les personnes expulsées arrivées en mars figuraient 1 240 Guinéens, 610 Maliens et 480 "
        "Nigériens, selon MSF."
    )
    found = figures(annotate, text, "2025-04-10")
    assert [found[n]["date"] for n in ("1 240", "610", "480")] == ["2025-03"] * 3
    text = (
        "Depuis le début de l'année, 1 230 migrants ont été interceptés en mer et ramenés en Libye, dont 96 "
        "femmes et 41 enfants, selon les chiffres de l'OIM, qui dénombre 5 000 migrants en détention."
    )
    found = figures(annotate, text, "2026-02-03")["41"]
    assert (found["event"], found["date"]) == ("interception", "2026-01-01/2026-02-03")


def test_since_the_start_of_the_year_is_nearer_than_the_year_compared(annotate):
    text = ("Depuis le début de l'année, plus de 8 700 migrants ont été refoulés d'Algérie vers le Niger, contre "
            "quelque 31 000 sur l'ensemble de 2024.")
    found = figures(annotate, text, "2025-05-06")
    assert (found["8 700"]["date"], found["31 000"]["date"]) == ("2025-01-01/2025-05-06", "2024")


def test_the_day_one_learned_of_a_count_is_not_its_day(annotate):
    text = ("Une patrouille a intercepté lundi soir une pirogue transportant 211 migrants, a-t-on appris mardi "
            "auprès de la Marine nationale.")
    assert figures(annotate, text, "2025-08-26")["211"]["date"] == "2025-08-25"


def test_other_people_go_on_with_the_sentence_before(annotate):
    text = "Au moins 9 migrants sont morts le 9 juin au large de Ceuta. Vingt autres passagers ont été secourus."
    assert figures(annotate, text)["Vingt"]["date"] == "2024-06-09"


# ---------------------------------------------------------------- parts of a count in brackets


def test_parts_of_a_count_in_brackets(annotate):
    text = (
        "En 2023, 330 000 demandeurs d'asile ont déposé une demande en Allemagne, selon l'Office fédéral. "
        "Les Syriens (102 000), les Afghans (51 000) et les Turcs (61 000) forment les premiers groupes."
    )
    found = figures(annotate, text)
    assert [found[n]["origin"] for n in ("102 000", "51 000", "61 000")] == ["SYR", "AFG", "TUR"]
    assert {(f["group"], f["date"]) for n, f in found.items() if n != "330 000"} == {("asylum_seeker", "2023")}


def test_parts_in_brackets_after_countries_are_placed_there(annotate):
    text = (
        "Plus de 1,1 million de demandes d'asile ont été déposées dans l'UE en 2023. L'Allemagne a reçu le plus "
        "de demandeurs d'asile (334 000), devant la France (167 000) et l'Espagne (162 000)."
    )
    found = figures(annotate, text)
    assert [found[n]["country"] for n in ("334 000", "167 000", "162 000")] == ["DEU", "FRA", "ESP"]
    assert {found[n]["source"] for n in ("334 000", "167 000", "162 000")} == {None}


def test_people_named_by_their_origin_with_a_count_in_brackets_open_a_list(annotate):
    text = (
        "En septembre 2025, 58 300 primo-demandeurs d'asile ont été enregistrés dans l'UE. La baisse se "
        "poursuit depuis un an.\n\nDemandes par nationalité\n"
        "En septembre, les Vénézuéliens (6 800) constituaient le premier groupe de "
        "demandeurs d'asile, devant les Afghans (4 700) et les Bangladais (3 600)."
    )
    found = figures(annotate, text, "2025-10-20")
    assert [found[n]["origin"] for n in ("6 800", "4 700", "3 600")] == ["VEN", "AFG", "BGD"]


def test_parts_in_brackets_after_places_and_counts_compared_in_brackets_after_a_date(annotate):
    text = (
        "El Hierro reste l'île la plus touchée, avec 12 400 personnes débarquées, devant Grande Canarie (3 180) "
        "et Lanzarote (2 410)."
    )
    found = figures(annotate, text)
    assert [(found[n]["country"], found[n]["event"]) for n in ("3 180", "2 410")] == [("ESP", "arrival")] * 2
    text = (
        "En mars 2025, 62 100 primo-demandeurs d'asile ont introduit une demande dans l'UE, soit 24 % de moins "
        "qu'en mars 2024 (81 700)."
    )
    found = figures(annotate, text, "2025-06-18")["81 700"]
    assert (found["group"], found["event"], found["date"]) == ("asylum_seeker", "application", "2024-03")


def test_parts_in_brackets_after_a_country_people_come_from_are_of_that_origin(annotate):
    text = (
        "En 2024, l'Italie a enregistré 158 000 demandes d'asile. Les Bangladais en forment la première "
        "nationalité (31 000 demandes), devant les ressortissants du Pakistan (17 500) et les Égyptiens (11 200)."
    )
    found = figures(annotate, text)
    assert [found[n]["origin"] for n in ("31 000", "17 500", "11 200")] == ["BGD", "PAK", "EGY"]
    assert {found[n]["country"] for n in ("31 000", "17 500", "11 200")} == {"ITA"}


# ---------------------------------------------------------------- several countries


def test_neighbouring_countries_are_several(annotate):
    text = (
        "Quelque 45 000 réfugiés sont arrivés au Tchad en mai. Le HCR estime que 200 000 personnes pourraient "
        "chercher refuge dans les pays voisins."
    )
    assert figures(annotate, text)["200 000"]["country"] is None


def test_the_union_is_several_countries(annotate):
    text = (
        "L'Espagne a enregistré 160 000 demandes d'asile en 2023. Par ailleurs, 41 000 mineurs non accompagnés "
        "ont demandé l'asile dans l'UE la même année."
    )
    assert figures(annotate, text)["41 000"]["country"] is None


# ---------------------------------------------------------------- tables written in prose


def test_rows_of_a_table_written_in_prose(annotate):
    text = (
        "De janvier à juin, les détections se répartissent ainsi par route : Méditerranée centrale, 29 000 "
        "(-64 %) ; Chypre, 2 100 (+12 %) ; Balkans occidentaux, 9 300 (-72 %)."
    )
    found = figures(annotate, text)
    assert {n: (f["event"], f["country"], f["date"]) for n, f in found.items()} == {
        "29 000": ("crossing", None, "2024-01/2024-06"),
        "2 100": ("crossing", "CYP", "2024-01/2024-06"),
        "9 300": ("crossing", None, "2024-01/2024-06"),
    }
    # a list of amounts is no table of people
    text = "Le budget se répartit ainsi : Niger, 12 000 (+3 %) ; Mali, 9 000 (-2 %)."
    assert figures(annotate, text) == {}


def test_rows_labelled_by_regions_and_countries_under_a_title(annotate):
    text = (
        "Migrants morts ou disparus par région en 2023 : Afrique, 1 870 ; Asie, 2 150, dont 540 Rohingyas ; "
        "Amériques, 1 290, dont 690 à la frontière entre le Mexique et les États-Unis ; Libye, 960."
    )
    found = figures(annotate, text)
    assert {n: (f["group"], f["event"], f["country"], f["date"]) for n, f in found.items()} == {
        "1 870": ("migrant", "death", "002", "2023"),
        "2 150": ("migrant", "death", "142", "2023"),
        "540": ("migrant", "death", "142", "2023"),
        "1 290": ("migrant", "death", "019", "2023"),
        # a border between two countries places the part nowhere, not in its row's region
        "690": ("migrant", "death", None, "2023"),
        "960": ("migrant", "death", "LBY", "2023"),
    }


def test_a_part_of_a_count_is_placed_by_its_clause_else_by_the_count(annotate):
    text = (
        "Le Soudan du Sud a vu arriver 84 000 personnes depuis le Soudan ; plus de 31 000 réfugiés ont été "
        "transférés depuis Renk, dont 12 000 vers Juba."
    )
    found = figures(annotate, text)
    assert (found["31 000"]["country"], found["12 000"]["country"]) == ("SSD", "SSD")


def test_today_in_a_quote_dates_the_count_by_the_document(annotate):
    text = "« Le centre est saturé : il accueille aujourd'hui plus de 4 000 réfugiés », a déclaré le directeur."
    assert figures(annotate, text)["4 000"]["date"] == "2024-06-14"


# ---------------------------------------------------------------- more counts and their places


def test_metropolitan_france_is_france(annotate):
    text = "Dans l'Hexagone, 94 familles ont été enfermées en rétention avec 170 enfants en 2024."
    assert figures(annotate, text, "2025-04-01")["170"]["country"] == "FRA"


def test_a_national_body_places_what_it_did_where_nothing_else_does(annotate):
    text = "Les garde-côtes libyens ont intercepté 21 700 personnes en mer en 2024, selon l'OIM."
    assert figures(annotate, text)["21 700"]["country"] == "LBY"
    text = "Les garde-côtes chypriotes ont secouru 98 migrants d'une embarcation en difficulté."
    assert figures(annotate, text)["98"]["country"] == "CYP"
    # a place named in the sentence comes first
    text = "Les garde-côtes italiens ont secouru 312 migrants au large de la Libye."
    assert figures(annotate, text)["312"]["country"] == "LBY"


def test_a_place_people_were_expelled_from_places_only_their_expulsion(annotate):
    text = "Au Niger, l'OIM a assisté 6 000 migrants expulsés d'Algérie depuis janvier."
    assert figures(annotate, text)["6 000"]["country"] == "NER"
    text = "Plus de 6 000 migrants ont été expulsés d'Algérie vers le Niger depuis janvier."
    assert figures(annotate, text)["6 000"]["event"] == "deportation"


@pytest.mark.parametrize(
    "text, number, country",
    [
        # the state that did what is counted, as the subject of the verb, is where it is counted
        ("Parallèlement, le Pakistan a expulsé cette semaine plusieurs milliers d'Afghans par le poste de "
         "Torkham.", "plusieurs milliers", "PAK"),
        ("La Turquie a accueilli 3,2 millions de Syriens, a rappelé le HCR.", "3,2 millions", "TUR"),
    ],
)
def test_the_state_that_did_it(annotate, text, number, country):
    assert figures(annotate, text)[number]["country"] == country


def test_a_way_from_one_place_to_another_is_left_then_reached(annotate):
    text = "Mardi, deux vols affrétés par l'OIM ont ramené 312 migrants guinéens de Tripoli à Conakry."
    found = figures(annotate, text, "2024-03-20")
    assert (found["312"]["country"], found["312"]["origin"]) == ("LBY", "GIN")  # a return, where they were
    text = "L'OIM a organisé un vol affrété de Niamey à Conakry qui a ramené chez eux 168 Guinéens."
    assert figures(annotate, text, "2024-03-20")["168"]["country"] == "NER"
    # a name's complement is no way: the consulate of Sudan in Aswan gives the figure, Aswan is no home
    text = ("Plus de 150 000 Soudanais sont rentrés d'Égypte depuis janvier, dont 60 000 en mai, selon le consulat "
            "du Soudan à Assouan.")
    found = figures(annotate, text, "2025-06-18")
    assert (found["60 000"]["origin"], found["60 000"]["country"]) == ("SDN", "EGY")


def test_a_state_that_brings_its_nationals_home_is_not_where_they_return_from(annotate):
    text = "Le Nigeria a rapatrié 1 200 migrants de Libye la semaine dernière."
    assert figures(annotate, text)["1 200"]["country"] != "NGA"


def test_a_scraped_release_page_with_its_organisation_s_banner(annotate):
    text = (
        "Passer au contenu principal\nLe HCR, l'Agence des Nations Unies pour les réfugiés\nMenu\n"
        "Accueil › Actualités › Communiqués de presse\nTchad : 20 000 nouveaux réfugiés soudanais à Adré\n"
        "14 juin 2024\nLes arrivées se poursuivent au rythme de 600 personnes par jour."
    )
    found = figures(annotate, text)
    assert (found["20 000"]["source"], found["600"]["source"]) == ("UNHCR", "UNHCR")


def test_a_count_goes_on_with_the_event_the_sentence_before_tells(annotate):
    text = "Un naufrage s'est produit mardi au large de la Tunisie. Au moins 17 migrants sont morts."
    f = figures(annotate, text, "2024-09-20")["17"]
    assert (f["date"], f["country"]) == ("2024-09-17", "TUN")
    # a sentence before about people, with a date of its own, is no such event
    text = (
        "Parmi les personnes expulsées figurent des mineurs privés de papiers depuis 2013. La violence a déjà "
        "déplacé plus de 700 000 personnes en Haïti."
    )
    assert figures(annotate, text, "2024-09-20")["700 000"]["date"] is None


def test_a_heading_that_ends_with_the_day_of_its_count(annotate):
    text = "Tunisie : 61 migrants morts au large de Sfax le 14 juin 2024\nLes recherches se poursuivent."
    assert figures(annotate, text)["61"]["date"] == "2024-06-14"


def test_a_count_that_goes_on_in_its_sentence_takes_the_time_of_the_one_before(annotate):
    text = (
        "Un naufrage s'est produit mardi au large de la Tunisie. Au moins 17 migrants sont morts et 25 ont été "
        "secourus."
    )
    found = figures(annotate, text, "2024-09-20")
    assert (found["17"]["date"], found["25"]["date"], found["25"]["event"]) == ("2024-09-17", "2024-09-17", "rescue")


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        ("Quelque 700 mineurs isolés sont hébergés à Paris.", "700", "child", "stock"),
        ("Un avion affrété par l'OIM a ramené 150 Guinéens de Libye à Conakry.", "150", "person", "return"),
    ],
)
def test_lone_minors_and_people_brought_home(annotate, text, number, group, event):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, event)


def test_people_uprooted_are_a_count_of_migration(annotate):
    # "déracinées" alone says the count is about displacement: no other migration word needed
    found = figures(annotate, "En 2023, plus de 110 millions de personnes étaient déracinées, d'après le HCR.")
    assert found["110 millions"]["value"] == 110_000_000 and found["110 millions"]["event"] == "stock"
    assert found["110 millions"]["source"] == "UNHCR"


@pytest.mark.parametrize(
    "text, events",
    [
        # a verb of counting says nothing of what happened: the noun does
        ("Nous avons enregistré 15 000 nouveaux arrivants depuis janvier, selon le HCR.", {"15 000": "arrival"}),
        ("Le Tchad compte 15 000 nouveaux arrivants soudanais.", {"15 000": "arrival"}),
        # two counts of a list: each keeps its own noun's event
        ("Le HCR a recensé 45 morts et 30 disparus parmi les migrants.", {"45": "death", "30": "missing"}),
        ("Le naufrage a fait 45 morts et 30 disparus au large de la Libye.", {"45": "death", "30": "missing"}),
        # a number inside the noun phrase is no new count
        ("Quelque 300 migrants de 15 nationalités ont débarqué à Lampedusa.", {"300": "arrival"}),
    ],
)
def test_each_count_of_a_list_keeps_its_own_event(annotate, text, events):
    found = figures(annotate, text)
    assert {number: found[number]["event"] for number in events} == events


@pytest.mark.parametrize(
    "text, source",
    [
        # every tense and number of a reporting verb
        ("Les Nations unies font état de 2,3 millions de déplacés au Soudan du Sud.", "UN"),
        ("Plus de 300 migrants ont été secourus, ont précisé les garde-côtes italiens.", "garde-côtes italiens"),
        ("Les données publiées mardi par Eurostat montrent que 1,1 million de demandes d'asile ont été déposées.",
         "EUROSTAT"),
        # a kind noun between the reporting verb and the name
        ("Plus de 1 000 migrants ont été secourus ce week-end, indique l'ONG SOS Méditerranée.", "SOS Méditerranée"),
        ("Au moins 40 migrants sont morts en mer, a annoncé l'agence Frontex.", "FRONTEX"),
    ],
)
def test_reporting_verbs_in_every_form_give_the_source(annotate, text, source):
    (figure,) = figures(annotate, text).values()
    assert figure["source"] == source


def test_a_total_after_a_reflexive_verb_keeps_its_noun_and_nationality(annotate):
    # "s'élève" is a verb, not "élève" (a pupil); the nationality after the total's noun is the origin
    found = figures(annotate, "Le nombre de réfugiés ukrainiens en Pologne s'élève à 950 000.")
    figure = found["950 000"]
    assert (figure["group"], figure["country"], figure["origin"]) == ("refugee", "POL", "UKR")


@pytest.mark.parametrize(
    "text, number, event, date",
    [
        ("Les arrivées de migrants en Italie ont chuté à 20 000 cette année.", "20 000", "arrival", "2024"),
        ("Les arrivées ont baissé à 3 000 en mars, selon Frontex.", "3 000", "arrival", "2024-03"),
    ],
)
def test_the_level_after_a_change_may_be_followed_by_its_time(annotate, text, number, event, date):
    figure = figures(annotate, text)[number]
    assert (figure["event"], figure["date"]) == (event, date)


def test_a_level_in_money_is_no_figure(annotate):
    assert figures(annotate, "Le coût des traversées a chuté à 20 000 euros.") == {}


@pytest.mark.parametrize(
    "text, source",
    [
        ("Le HCR, basé à Genève, estime que 2 millions de Soudanais ont fui.", "UNHCR"),
        ("L'OIM, l'agence des Nations unies pour les migrations, a indiqué que 500 migrants étaient arrivés.",
         "IOM"),
        # a relative clause is a longer apposition ("qui recense les victimes à partir des appels des familles")
        ("L'ONG Caminando Fronteras, qui recense les victimes à partir des appels des familles, estime qu'au "
         "moins 1 865 migrants sont morts.", "Caminando Fronteras"),
    ],
)
def test_an_apposition_between_the_source_and_its_verb(annotate, text, source):
    (figure,) = figures(annotate, text).values()
    assert figure["source"] == source
    assert figure["country"] is None  # an organisation's seat ("basé à Genève") places none of its figures


@pytest.mark.parametrize(
    "text",
    [
        "L'an dernier, 3 105 personnes sont mortes ou ont disparu en tentant de rejoindre l'Europe.",
        "Quelque 45 migrants se sont noyés en essayant d'atteindre les Canaries.",
    ],
)
def test_where_people_were_going_does_not_place_their_deaths(annotate, text):
    (figure,) = figures(annotate, text).values()
    assert figure["event"] == "death" and figure["country"] is None


def test_a_crossing_is_counted_where_it_goes(annotate):
    found = figures(annotate, "Quelque 2 000 migrants ont traversé la Manche pour rejoindre le Royaume-Uni.")
    assert (found["2 000"]["event"], found["2 000"]["country"]) == ("crossing", "GBR")


# ---------------------------------------------------------------- batch 7 (dev_139–162)


def test_a_compared_count_followed_by_its_time(annotate):
    text = (
        "Quelque 8 200 personnes ont franchi le poste de Gallabat la semaine dernière, contre 4 900 la "
        "semaine précédente. En 2023, 41 300 demandes d'asile ont été déposées en Suisse, contre 27 700 "
        "l'année précédente."
    )
    found = figures(annotate, text)
    assert (found["4 900"]["event"], found["4 900"]["group"]) == ("crossing", "person")
    assert (found["27 700"]["event"], found["27 700"]["country"]) == ("application", "CHE")


def test_a_compared_count_keeps_its_own_time_and_gives_none_to_the_count_before(annotate):
    text = (
        "Au cours des neuf premiers mois de 2024, Frontex a coordonné 412 vols de retour. Au total, 28 400 "
        "personnes ont été renvoyées, contre 21 600 sur la même période de 2023. Les sites abritaient "
        "194 600 déplacés en janvier 2026, contre 178 300 lors de l'évaluation précédente, en octobre 2025. "
        "Ils étaient 5 200 déplacés à Goma en mars, contre 3 900 avant les combats."
    )
    found = figures(annotate, text, date="2026-02-10")
    # the time after "contre 21 600" is that count's, not the total's (which goes on with the first sentence)
    assert found["28 400"]["date"] != "2023"
    assert found["21 600"]["date"] == "2023"
    # a compared count's time may come after a comma
    assert (found["194 600"]["date"], found["178 300"]["date"]) == ("2026-01", "2025-10")
    # a compared count with no time said has none, not the time of the count it is compared with
    assert (found["5 200"]["date"], found["3 900"]["date"]) == ("2025-03", None)


def test_a_list_of_counts_past_percentages_and_items_labelled_by_a_common_noun(annotate):
    text = ("Sur cette période, les Canaries ont enregistré 13 200 arrivées (-57 %), les Baléares 5 100 (+60 %), "
            "la péninsule 6 900, Ceuta 1 900 et Melilla un peu moins de 500. Pour joindre les secours, un numéro "
            "d'urgence, le 112, est disponible.")
    found = figures(annotate, text, date="2025-10-01")
    assert {n: (f["event"], f["country"]) for n, f in found.items()} == {
        n: ("arrival", "ESP") for n in ("13 200", "5 100", "6 900", "1 900", "500")}
    assert found["500"]["qualifier"] == "max"


def test_rows_of_key_figures_take_the_place_of_their_title_and_the_source_under_them(annotate):
    text = (
        "Selon la Comar, 78 975 demandes d'asile ont été déposées au Mexique en 2024.\n\n"
        "EN CHIFFRES – Frontière sud des États-Unis\n8 347 interpellations en février 2025\n"
        "140 644 interpellations en février 2024\nPlus de 2 millions d'interpellations en 2023\nSource : CBP\n"
    )
    found = figures(annotate, text, date="2025-03-20")
    rows = ("8 347", "140 644", "2 millions")
    assert {n: (found[n]["event"], found[n]["country"], found[n]["source"]) for n in rows} == {
        n: ("detention", "USA", "CBP") for n in rows}
    assert [found[n]["date"] for n in rows] == ["2025-02", "2024-02", "2023"]


def test_a_source_in_brackets_on_a_row_of_key_figures_is_that_rows_only(annotate):
    text = (
        "HCR – Mise à jour opérationnelle\nNIGERIA\nJuin 2025\n\nCHIFFRES CLÉS (au 30 juin 2025)\n"
        "98 400 réfugiés camerounais\n2,3 millions de déplacés internes dans le Nord-Est (source : OIM, avril 2025)\n"
    )
    found = figures(annotate, text, date="2025-07-10")
    assert (found["98 400"]["source"], found["2,3 millions"]["source"]) == ("UNHCR", "IOM")


def test_internally_displaced_nationals_and_counts_by_a_national_body_in_the_passive_are_placed(annotate):
    text = (
        "Le pays traverse une crise profonde : plus de 1,4 million d'Haïtiens sont déplacés à l'intérieur du pays. "
        "En mer, 1 870 migrants ont été interceptés par les garde-côtes libyens depuis janvier."
    )
    found = figures(annotate, text, date="2025-05-02")
    assert (found["1,4 million"]["group"], found["1,4 million"]["country"]) == ("idp", "HTI")
    assert (found["1 870"]["event"], found["1 870"]["country"]) == ("interception", "LBY")


def test_refugees_of_a_nationality_are_not_placed_in_their_own_country(annotate):
    found = figures(annotate, "Plus de 2 000 Soudanais ont fui vers le Tchad la semaine dernière.", date="2025-05-02")
    assert found["2 000"]["country"] != "SDN"


def test_listed_populations_of_a_page_are_dated_by_the_day_its_title_gives(annotate):
    text = (
        "Haïti : Aperçu humanitaire (au 30 avril 2025)\nSource : OCHA\n\nRésumé\nLa violence des gangs continue "
        "de provoquer des déplacements massifs dans la zone métropolitaine.\n"
        "• 6,4 millions de personnes ont besoin d'une assistance humanitaire en 2025.\n"
        "• Près de 240 000 déplacés vivent dans 246 sites spontanés.\n\n"
        "Dans la capitale, quelque 100 000 déplacés vivent dans des familles d'accueil."
    )
    found = figures(annotate, text, date="2025-05-07")
    assert found["240 000"]["date"] == "2025-04-30"  # an item of the page's list
    assert found["100 000"]["date"] is None  # prose says its own time, or none


def test_a_new_paragraph_counting_the_same_over_a_period_goes_on_in_its_time(annotate):
    text = (
        "En 2024, 160 200 demandes d'asile ont été introduites en France auprès de l'Ofpra.\n\n"
        "Les Afghans restent la première nationalité (17 400 demandes), devant les Ukrainiens (11 600).\n\n"
        "Les centres de rétention ont enfermé 2 900 enfants."
    )
    found = figures(annotate, text, date="2025-03-20")
    assert [found[n]["date"] for n in ("160 200", "17 400", "11 600")] == ["2024"] * 3
    assert found["2 900"]["date"] is None  # another kind of count says its own time


def test_a_parmi_phrase_says_who_the_people_counted_are(annotate):
    text = ("En 2025, 4 210 migrants sont rentrés volontairement dans leur pays depuis la Tunisie. Parmi les "
            "migrants rentrés figuraient 1 340 femmes et 615 enfants. Parmi les déplacés, 96 000 personnes vivent "
            "dans des sites.")
    found = figures(annotate, text, date="2026-01-20")
    assert (found["1 340"]["group"], found["615"]["group"], found["96 000"]["group"]) == ("migrant", "child", "idp")


def test_parts_after_parmi_eux_inside_a_sentence(annotate):
    text = "Au Tchad, 2 400 demandeurs d'asile attendent une décision ; parmi eux, 610 femmes et 840 enfants."
    found = figures(annotate, text)
    assert {n: (f["group"], f["event"], f["country"]) for n, f in found.items() if n != "2 400"} == {
        "610": ("person", "stock", "TCD"),
        "840": ("child", "stock", "TCD"),
    }


def test_counts_with_their_noun_in_brackets_after_a_nationality_are_parts(annotate):
    text = (
        "En 2024, 2 300 demandes d'asile ont été déposées au Luxembourg. Les Syriens (520 demandeurs) forment "
        "le premier groupe, devant les Érythréens (310) et les Afghans (190). Les principaux pays d'origine "
        "des mineurs sont la Somalie (95 demandeurs), la Guinée (60) et le Soudan (45)."
    )
    found = figures(annotate, text)
    assert {found[n]["event"] for n in ("520", "310", "190")} == {"application"}
    assert [found[n]["origin"] for n in ("520", "310", "190")] == ["SYR", "ERI", "AFG"]
    # countries after "pays d'origine" are where people come from, not where they are counted
    assert [(found[n]["origin"], found[n]["country"]) for n in ("95", "60", "45")] == [
        ("SOM", "LUX"), ("GIN", "LUX"), ("SDN", "LUX")
    ]


def test_countries_after_pays_de_provenance_or_an_origin_cue_are_origins(annotate):
    text = (
        "En avril, 2 050 demandes d'asile ont été déposées en Autriche. Les principaux pays de provenance des "
        "requérants étaient la Syrie (640), l'Afghanistan (410) et la Turquie (230). Les mineurs non accompagnés, "
        "originaires de Somalie (85), d'Érythrée (40) et du Soudan (25), sont hébergés à Traiskirchen."
    )
    found = figures(annotate, text, "2025-05-20")
    assert [(found[n]["origin"], found[n]["country"]) for n in ("640", "410", "230")] == [
        ("SYR", "AUT"), ("AFG", "AUT"), ("TUR", "AUT")
    ]
    # the list an origin cue opens goes on past its commas
    assert [found[n]["origin"] for n in ("85", "40", "25")] == ["SOM", "ERI", "SDN"]


def test_rows_of_a_bulletin_under_their_title_lines(annotate):
    text = (
        "Bulletin des îles – mardi 8 juillet 2025\n"
        "Journée du lundi 7 juillet\n"
        "• Lesbos : 64 arrivées (2 embarcations)\n"
        "• Chios : 23 arrivées (1 embarcation)\n"
        "Résidents des centres des îles au 8 juillet\n"
        "Samos (Zervou) : 1 870 résidents\n"
        "Kos (Pyli) : 1 240 résidents\n"
        "Total : 3 110 personnes\n\n"
        "Depuis le 1er janvier, 21 400 migrants sont arrivés en Grèce par la mer.\n"
    )
    found = figures(annotate, text, "2025-07-08")
    assert {n: (f["event"], f["country"], f["date"]) for n, f in found.items() if n != "21 400"} == {
        "64": ("arrival", "GRC", "2025-07-07"),
        "23": ("arrival", "GRC", "2025-07-07"),
        "1 870": ("stock", "GRC", "2025-07-08"),
        "1 240": ("stock", "GRC", "2025-07-08"),
        "3 110": ("stock", "GRC", "2025-07-08"),
    }


def test_rows_by_nationality_and_households_in_brackets(annotate):
    text = (
        "Principales nationalités des primo-demandeurs, mai 2025 :\n"
        "Syriens : 6 200\n"
        "Afghans : 4 100\n"
        "Turcs : 2 900\n"
        "Les demandes ont baissé de 8 %.\n\n"
        "RÉPARTITION PAR RÉGION (PDI sur sites)\n"
        "Mopti : 54 300 personnes (10 900 ménages) – 61 sites\n"
        "Ségou : 21 700 personnes (4 300 ménages) – 30 sites\n\n"
        "RETOURS\n"
        "Quelque 8 000 personnes sont rentrées dans leur village depuis mars.\n"
    )
    found = figures(annotate, text, "2025-06-20")
    # each row's origin is its own label's, not the next line's
    assert [(found[n]["origin"], found[n]["event"]) for n in ("6 200", "4 100", "2 900")] == [
        ("SYR", "application"), ("AFG", "application"), ("TUR", "application")
    ]
    # people and households of a region's row are displaced people on sites, not the returns below
    assert {n: (found[n]["group"], found[n]["event"]) for n in ("54 300", "10 900", "21 700", "4 300")} == {
        n: ("idp", "stock") for n in ("54 300", "10 900", "21 700", "4 300")
    }


def test_lines_of_key_figures_take_nothing_from_the_next_line(annotate):
    text = "CHIFFRES CLÉS (au 30 avril 2025)\n350 200 réfugiés\n42 100 demandeurs d'asile\n61 000 rapatriés\n"
    found = figures(annotate, text, "2025-05-12")
    assert {n: (f["group"], f["event"]) for n, f in found.items()} == {
        "350 200": ("refugee", "stock"), "42 100": ("asylum_seeker", "stock"), "61 000": ("returnee", "stock")
    }


def test_counts_whose_noun_is_left_out_after_contrasts_and_seuls(annotate):
    text = (
        "Plus de 180 000 personnes ont franchi le Darién depuis janvier, alors que plus de 300 000 l'avaient "
        "traversé sur l'ensemble de 2024. Au Bangladesh, 70 000 Rohingyas sont arrivés en un an ; parmi eux, "
        "seuls 41 000 ont pu être enregistrés. Le centre devait ouvrir 900 places ; seules 500 ont été créées."
    )
    found = figures(annotate, text, "2025-03-10")
    assert (found["300 000"]["event"], found["300 000"]["date"]) == ("crossing", "2024")
    assert found["41 000"]["event"] == "application"
    assert "500" not in found  # places, not people


def test_uprooted_people_and_people_held(annotate):
    text = (
        "Près de 12 millions de Soudanais ont été déracinés depuis avril 2023. En 2024, 16 000 personnes ont "
        "été placées en rétention en France ; près de 6 000 ont été libérées par un juge. En mars, elles "
        "étaient 1 400 au centre de Vincennes."
    )
    found = figures(annotate, text, "2025-02-10")
    assert (found["12 millions"]["event"], found["12 millions"]["origin"]) == ("displacement", "SDN")
    assert found["16 000"]["event"] == "detention"
    assert "6 000" in found
    assert found["1 400"]["event"] == "detention"  # "elles étaient": the people told of just before
    text = "Le Pakistan expulse les Afghans sans papiers. Avant la campagne, ils étaient quelque 4 millions."
    assert figures(annotate, text, "2025-02-10")["4 millions"]["event"] == "stock"  # no count before: a population


def test_a_pronoun_subject_counts_the_people_of_the_whole_count_before(annotate):
    # "ils" stands for the people counted before: their nationality, and a migration context of its own
    text = "En 2022, 2 millions de Vénézuéliens vivaient en Colombie ; ils sont désormais 2,8 millions."
    found = figures(annotate, text, "2025-01-10")
    # the imperfect of the count's own verb is its time, not a former home ("qui vivaient au Soudan")
    assert (found["2 millions"]["country"], found["2 millions"]["date"]) == ("COL", "2022")
    assert (found["2,8 millions"]["origin"], found["2,8 millions"]["country"]) == ("VEN", "COL")
    # after a breakdown, the whole count, not its last part
    text = (
        "Depuis janvier, 3 800 migrants ont été rapatriés d'Agadez, dont 2 180 Maliens et 1 400 Guinéens. "
        "Sur la même période de 2024, ils étaient 3 900."
    )
    found = figures(annotate, text, "2025-06-10")
    assert found["1 400"]["origin"] == "GIN"
    assert found["3 900"]["origin"] is None and found["3 900"]["event"] == "return"


def test_counts_of_the_whole_european_union_are_placed_in_no_country(annotate):
    text = (
        "La Pologne accueille un million d'Ukrainiens. Dans l'Union européenne, 4,3 millions de personnes "
        "ayant fui l'Ukraine bénéficient de la protection temporaire. Le Luxembourg a reçu 2 300 demandes "
        "d'asile. À l'échelle de l'UE, Eurostat a recensé 912 000 primo-demandeurs d'asile en 2024."
    )
    found = figures(annotate, text, "2025-03-01")
    assert [found[n]["country"] for n in ("un million", "4,3 millions", "2 300", "912 000")] == [
        "POL", None, "LUX", None]


def test_people_counted_in_their_own_countries_or_abroad_are_placed_nowhere(annotate):
    text = (
        "La Colombie accueille 2,8 millions de Vénézuéliens. Au total, près de 7,9 millions de Vénézuéliens "
        "ont quitté leur pays depuis 2014. Quelque 1,1 million d'Ukrainiens vivent à l'étranger."
    )
    found = figures(annotate, text, "2025-01-10")
    assert found["2,8 millions"]["country"] == "COL"
    assert found["7,9 millions"]["country"] is None
    assert found["1,1 million"]["country"] is None
    # a return goes to their own country, which the sentence before may name
    text = "Le Burundi a vu revenir de nombreux réfugiés. En 2024, 24 000 Burundais sont rentrés chez eux."
    assert figures(annotate, text, "2025-01-10")["24 000"]["country"] == "BDI"


def test_a_time_of_day_is_no_count(annotate):
    text = "Berlin, Anna Keller | 10.07.2025, 06:12\nDe janvier à juin, 65 500 demandes d'asile ont été déposées."
    assert set(figures(annotate, text, "2025-07-10")) == {"65 500"}
    text = "Plus de 300 migrants sont arrivés à 8 h 15 à Lampedusa, puis 120 autres vers 14h30."
    assert set(figures(annotate, text, "2025-07-10")) == {"300", "120"}


def test_an_organisation_is_named_as_the_document_names_it_in_full(annotate):
    text = (
        "Le Secrétariat d'État aux migrations (SEM) a enregistré 12 000 demandes d'asile au premier semestre. "
        "Les Érythréens (2 100) sont les plus nombreux, indique le SEM. En Allemagne, l'Office fédéral des "
        "migrations et des réfugiés (BAMF) a reçu 65 000 demandes. « Fin juin, 164 000 demandes attendaient une "
        "décision », a souligné le président du BAMF, Hans Sommer."
    )
    found = figures(annotate, text, "2025-07-10")
    assert found["2 100"]["source"] == "Secrétariat d'État aux migrations"
    assert found["164 000"]["source"] == "Office fédéral des migrations et des réfugiés"


def test_nouns_of_would_be_migrants_and_thwarted_attempts(annotate):
    text = (
        "Les autorités ont avorté 61 300 tentatives d'émigration irrégulière en 2024. La Marine a porté secours "
        "à 14 200 candidats à la migration irrégulière. Les garde-côtes ont intercepté 3 100 harraga et "
        "1 900 immigrants clandestins."
    )
    found = figures(annotate, text, "2025-01-14")
    assert found["61 300"]["event"] == "interception"
    assert (found["14 200"]["group"], found["14 200"]["event"]) == ("migrant", "rescue")
    assert {found[n]["group"] for n in ("3 100", "1 900")} == {"migrant"}


def test_a_list_of_nationalities_among_the_people_told_of(annotate):
    text = (
        "La marine a intercepté 198 candidats à l'émigration irrégulière au large de Saint-Louis. Parmi les "
        "occupants figuraient 131 Sénégalais, 38 Gambiens et neuf Guinéens. Au moins 12 enfants figurent parmi "
        "les morts du naufrage de Mbour."
    )
    found = figures(annotate, text, "2025-08-26")
    assert {n: (found[n]["event"], found[n]["origin"]) for n in ("131", "38", "neuf")} == {
        "131": ("interception", "SEN"), "38": ("interception", "GMB"), "neuf": ("interception", "GIN")
    }
    assert found["12"]["event"] == "death"


def test_people_helped_home_with_a_participle_between(annotate):
    text = "En Mauritanie, l'OIM a aidé 3 800 migrants bloqués à rentrer volontairement dans leur pays."
    assert figures(annotate, text, "2025-01-10")["3 800"]["event"] == "return"


def test_the_dead_of_a_war_are_no_migration_figure_but_displaced_people_killed_are(annotate):
    text = (
        "Fuyant les combats, 12 000 personnes ont franchi la frontière. Les affrontements ont fait au moins "
        "90 morts parmi les civils. Dans le camp voisin, 14 déplacés ont été tués par une frappe."
    )
    found = figures(annotate, text, "2025-03-10")
    assert "90" not in found and "12 000" in found
    assert (found["14"]["group"], found["14"]["event"]) == ("idp", "death")


def test_people_sheltered_on_a_page_about_migration(annotate):
    text = (
        "Calais : nouvelle évacuation d'un campement de migrants\n"
        "Les exilés du campement des Dunes ont été évacués mardi matin. Les migrants ont été conduits vers des "
        "centres d'accueil de la région. Les associations dénoncent le harcèlement des exilés. Depuis janvier, "
        "5 230 personnes ont été mises à l'abri depuis le littoral. La préfecture promet d'autres places."
    )
    assert figures(annotate, text, "2025-11-13")["5 230"]["event"] == "assistance"


def test_a_count_nothing_places_on_a_page_about_one_country(annotate):
    text = (
        "Lamballe : le centre pour demandeurs d'asile affiche complet\n"
        "À Lamballe, dans les Côtes-d'Armor, le Cada ne désemplit pas. Le centre est l'un des plus anciens de "
        "Bretagne. Au 1er octobre, il hébergeait 92 demandeurs d'asile pour 85 places. La France manque de "
        "places d'accueil, selon les associations."
    )
    assert figures(annotate, text, "2024-10-15")["92"]["country"] == "FRA"
    # a page about several countries places nothing by itself
    text = (
        "Le HCR s'inquiète des départs vers l'Europe. Au Tchad, au Niger et au Mali, les camps sont pleins. "
        "Au total, 92 000 demandeurs d'asile attendent une décision."
    )
    assert figures(annotate, text, "2024-10-15")["92 000"]["country"] is None


@pytest.mark.parametrize(
    "text, number, group",
    [
        ("Au 31 décembre, 6,2 millions de personnes vivaient déplacées dans le pays.", "6,2 millions", "idp"),
        ("En Irak, environ 1 million de personnes vivent toujours déplacées, selon l'OIM.", "1 million", "idp"),
        ("Depuis janvier, 3 100 Burundais sont rentrés de Tanzanie, selon le HCR.", "3 100", "returnee"),
        ("Seuls 2 150 habitants ont pu y rentrer, d'après l'administration du camp de réfugiés.", "2 150",
         "returnee"),
        # past a participle or an apposition, and "rapatriés" too
        ("Mercredi, 115 Vénézuéliens bloqués à la frontière ont pu rentrer au Venezuela.", "115", "returnee"),
        ("Au total, 1 340 familles irakiennes, soit environ 5 200 personnes, ont été rapatriées d'Al-Hol.",
         "5 200", "returnee"),
        ("Par la mer, 1 020 Haïtiens ont été rapatriés au Cap-Haïtien depuis les Bahamas.", "1 020", "returnee"),
        # the dead brought home are no returnees
        ("Le naufrage a fait 30 morts parmi les migrants. Des dizaines de corps ont été rapatriés vers l'Égypte.",
         "Des dizaines", "person"),
    ],
)
def test_groups_said_by_the_predicate(annotate, text, number, group):
    assert figures(annotate, text)[number]["group"] == group


@pytest.mark.parametrize(
    "text, number",
    [
        # rates are no counts
        ("En mars, 62 100 primo-demandeurs ont été enregistrés, soit 138 primo-demandeurs pour un million "
         "d'habitants de l'UE.", "138"),
        ("Chypre arrive en tête avec 437 demandeurs d'asile par million d'habitants.", "437"),
        ("Avec 3,2 demandes d'asile pour 1 000 habitants, le Luxembourg se classe cinquième.", "3,2"),
        # "à eux quatre" counts the countries just named
        ("L'Espagne, l'Allemagne, l'Italie et la France ont reçu 45 000 demandes d'asile. À eux quatre, ces "
         "pays ont reçu 70 % des primo-demandeurs.", "quatre"),
    ],
)
def test_rates_and_pronoun_counts_are_not_figures(annotate, text, number):
    assert number not in figures(annotate, text, "2025-06-18")


def test_a_count_stressed_as_theirs_alone_is_still_one(annotate):
    text = "L'Allemagne et la Pologne accueillent à elles seules près de 2,2 millions de réfugiés ukrainiens."
    assert figures(annotate, text)["2,2 millions"]["event"] == "stock"


@pytest.mark.parametrize(
    "text, number, event",
    [
        # temporary protection and small boats' names are a migration context; "toujours" between
        # a verb and its object changes nothing
        ("Au 28 février, 4 150 Ukrainiens bénéficiaient toujours de la protection temporaire dans le Bas-Rhin.",
         "4 150", "stock"),
        ("Le cayuco transportait 214 personnes, dont 31 femmes.", "214", "stock"),
        # dying on the way to a country, or while crossing, is a migration context
        ("Au moins 1 865 personnes sont mortes en tentant de rejoindre l'Espagne au premier semestre.", "1 865",
         "death"),
        ("Au moins 40 personnes sont mortes en tentant de traverser le fleuve Evros.", "40", "death"),
    ],
)
def test_counts_in_a_migration_context_of_their_own_words(annotate, text, number, event):
    doc = annotate(text, "2025-03-10")
    found = {text[f["start"] : f["end"]]: f["event"] for f in doc._.figures}
    assert found.get(number) == event


def test_a_count_of_people_without_migration_words_is_no_figure(annotate):
    doc = annotate("Au 28 février, 4 150 habitants bénéficiaient toujours de l'aide au logement.", "2025-03-10")
    assert doc._.figures == []


# ---------------------------------------------------------------- national bodies


def test_a_national_body_places_what_it_counts_when_nothing_else_does(annotate):
    text = (
        "Berne, 10 septembre 2025 – Le Secrétariat d'État aux migrations (SEM) a enregistré 1 843 demandes "
        "d'asile en août en Suisse. Les centres fédéraux hébergeaient 4 950 personnes fin août, indique le SEM."
    )
    found = figures(annotate, text, "2025-09-10")
    assert found["4 950"]["country"] == "CHE"
    assert found["4 950"]["source"] == "Secrétariat d'État aux migrations"


def test_a_national_body_of_a_state_the_page_never_names_places_nothing(annotate):
    # the French border police at Mayotte: the counts are Mayotte's, France is never named
    text = (
        "Mayotte : bilan du trimestre\n"
        "En mer, au large de Petite-Terre, la police aux frontières a intercepté 2 940 passagers à bord de "
        "118 kwassas-kwassas depuis le 1er janvier, a annoncé la préfecture à Mamoudzou."
    )
    found = figures(annotate, text, "2025-04-22")
    assert found["2 940"]["country"] == "MYT"


def test_a_prefecture_is_a_body_of_its_place_s_country(annotate):
    doc = annotate("La préfecture de Mayotte a annoncé l'interpellation de 87 personnes.", "2025-04-22")
    prefecture = [e for e in doc.ents if e.text == "préfecture de Mayotte"]
    assert prefecture and prefecture[0]._.attrs["country"] == "MYT"


@pytest.mark.parametrize(
    "text, number, event",
    [
        # a place or a centre that receives people: they arrive there
        ("Au Costa Rica, le centre de Paso Canoas reçoit entre 80 et 120 migrants par jour.", "80 et 120", "arrival"),
        # people crowded in camps, minors in a service's care: a population
        ("Près de 1,2 million de réfugiés rohingyas s'entassent dans les camps de Cox's Bazar.", "1,2 million",
         "stock"),
        ("Le service de l'aide à l'enfance suit actuellement 143 mineurs non accompagnés.", "143", "stock"),
    ],
)
def test_verbs_of_receiving_crowding_and_care(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


def test_a_part_of_the_ones_told_of_is_counted_by_its_noun(annotate):
    text = ("Les gardes-frontières ont procédé à 2,4 millions d'interpellations de migrants en un an. "
            "Près de 188 000 de ces interpellations concernaient des Vénézuéliens.")
    found = figures(annotate, text)
    assert found["188 000"]["event"] == "detention"
    assert found["188 000"]["qualifier"] == "approx"


@pytest.mark.parametrize(
    "text, number, event",
    [
        # a part of the rescued, said to be on board: still rescued
        ("Les secours ont récupéré 64 personnes, dont neuf mineurs, à bord d'une embarcation pneumatique.", "neuf",
         "rescue"),
        ("Les secours ont récupéré 64 personnes au large de Calais.", "64", "rescue"),
        # the vehicle's verb after a long list of origins in the apposition
        ("Un cayuco avec 227 personnes à bord, dont 48 femmes et 31 mineurs originaires du Mali, de Guinée et du "
         "Sénégal, a été secouru au sud d'El Hierro.", "227", "rescue"),
        ("À Djibouti, quelque 2 300 migrants sont passés la semaine dernière par les points de suivi.", "2 300",
         "crossing"),
        # a row of key figures: the next row's "en attente" is not this one's
        ("Chiffres clés\nPremières demandes en septembre : 7 420\nDemandes en attente d'une décision : 118 500\n",
         "7 420", "application"),
    ],
)
def test_events_of_parts_vehicles_and_rows(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


def test_a_province_named_by_its_country_s_adjective_places_the_count(annotate):
    text = "Un bateau transportant 250 réfugiés rohingyas a chaviré au large de la province thaïlandaise de Satun."
    assert figures(annotate, text)["250"]["country"] == "THA"


@pytest.mark.parametrize(
    "text, number, event",
    [
        # a boat with people on board: what the boat did before them
        ("À Mbour, deux embarcations ont pris la mer dans la nuit en direction des Canaries, avec au moins 250 "
         "personnes à bord, selon des pêcheurs.", "250", "departure"),
        ("Une autre pirogue a atteint samedi l'île d'El Hierro, aux Canaries, avec 198 personnes à bord, dont 31 "
         "femmes.", "31", "arrival"),
        ("Depuis janvier, plus de 6 000 personnes ont embarqué depuis les côtes sénégalaises.", "6 000",
         "departure"),
        ("Les attaques ont provoqué le déplacement de 21 480 personnes dans la province.", "21 480",
         "displacement"),
    ],
)
def test_what_a_boat_did_before_its_passengers_and_displacement_of(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


def test_nationals_of_a_region_give_an_origin_not_a_place(annotate):
    text = ("Les unités de la Garde nationale ont intercepté 1 120 personnes au large de Sfax, dont 1 043 "
            "ressortissants de pays d'Afrique subsaharienne et 77 Tunisiens.")
    part = figures(annotate, text)["1 043"]
    assert (part["country"], part["origin"]) == ("TUN", "202")


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        # the Swiss word for asylum seekers, and Dublin transfers as removals
        ("En mars, quelque 95 requérants mineurs non accompagnés ont déposé une demande en Suisse.", "95", "child",
         "application"),
        ("Dans le cadre de la procédure Dublin, la Suisse a transféré 211 requérants vers l'Italie.", "211",
         "asylum_seeker", "deportation"),
        ("Le Geo Barents secourt 206 migrants au large de la Libye.", "206", "migrant", "rescue"),
        ("Le centre, prévu pour 400 places, détient désormais plus de 1 300 migrants.", "1 300", "migrant",
         "detention"),
        ("Fin mars, quelque 67 900 réfugiés ukrainiens disposaient de ce statut en Suisse.", "67 900", "refugee",
         "stock"),
    ],
)
def test_swiss_words_dublin_transfers_and_present_tense_verbs(annotate, text, number, group, event):
    found = figures(annotate, text)[number]
    assert (found["group"], found["event"]) == (group, event)


@pytest.mark.parametrize(
    "text, country",
    [
        ("Depuis avril 2023, plus de 1,2 million de personnes ont fui vers le Soudan du Sud.", "SSD"),
        ("Plus de 1,5 million de personnes ont fui le Soudan vers l'Égypte.", "EGY"),
    ],
)
def test_people_who_fled_to_a_country_are_there(annotate, text, country):
    assert figures(annotate, text)["1,2 million" if "1,2" in text else "1,5 million"]["country"] == country


@pytest.mark.parametrize(
    "text, number",
    [
        ("Les garde-côtes libyens ont intercepté 1 026 migrants ce week-end au large de Zaouïa, selon l'OIM, qui en "
         "a dénombré 3 870 depuis le 1er janvier.", "3 870"),
        ("Les interceptions entre les points d'entrée se sont effondrées : la GRC en a recensé 1 120 en 2024.",
         "1 120"),
    ],
)
def test_en_before_a_verb_of_counting_stands_for_the_movements_told_before(annotate, text, number):
    assert figures(annotate, text)[number]["event"] == "interception"


def test_a_count_of_those_the_verb_before_was_said_of(annotate):
    text = ("Depuis le 12 octobre, les Vénézuéliens arrêtés aux États-Unis sont renvoyés vers le Mexique : plus de "
            "6 300 l'ont déjà été, selon le département de la Sécurité intérieure.")
    found = figures(annotate, text, "2022-10-22")["6 300"]
    assert (found["event"], found["qualifier"]) == ("deportation", "min")


def test_helped_to_go_home_is_a_return_past_where_they_were_stuck(annotate):
    text = ("L'Organisation internationale pour les migrations (OIM) a aidé 5 340 migrants bloqués au Niger à "
            "rentrer volontairement dans leur pays d'origine.")
    assert figures(annotate, text)["5 340"]["event"] == "return"


@pytest.mark.parametrize(
    "text, number",
    [
        ("L'ASE suit actuellement 143 mineurs non accompagnés, dont 31 jeunes filles.", "31"),
        ("Parmi les personnes rapatriées figuraient 412 enfants, dont 37 non accompagnés.", "37"),
    ],
)
def test_a_part_of_minors_is_minors(annotate, text, number):
    assert figures(annotate, text)[number]["group"] == "child"


def test_women_among_migrants_are_not_minors(annotate):
    found = figures(annotate, "Les secours ont récupéré 64 migrants, dont 9 femmes et 6 mineurs.")
    assert (found["9"]["group"], found["6"]["group"]) == ("person", "child")



def test_a_count_after_another_in_its_sentence_takes_its_time_and_place(annotate):
    # the time of the sentence's first count, read from the sentence before, is its list's
    text = (
        "Au premier semestre 2025, l'Autriche a reçu 8 200 demandes d'asile, a annoncé mardi le ministère de "
        "l'Intérieur. Les Syriens (3 100 demandes) et les Afghans (1 400) restent les plus nombreux."
    )
    found = figures(annotate, text, "2025-07-08")
    assert [found[n]["date"] for n in ("8 200", "3 100", "1 400")] == ["2025-H1"] * 3
    # the place of the count before, when nothing places the next ones
    text = ("Au total, 640 personnes ont quitté la Suisse de manière contrôlée en août, dont 205 vers leur pays "
            "d'origine et 183 vers un État Dublin.")
    assert figures(annotate, text, "2025-09-10")["183"]["country"] == "CHE"
    text = ("Le camp d'Al-Hol, en Syrie, abrite encore quelque 34 000 personnes, dont 15 800 Irakiens et environ "
            "6 300 ressortissants d'une quarantaine d'autres pays.")
    assert figures(annotate, text, "2025-05-02")["6 300"]["country"] == "SYR"
    # a count with its own time keeps it
    text = "En 2025, 116 420 demandes d'asile ont été enregistrées en Allemagne, contre 229 750 en 2024."
    found = figures(annotate, text, "2026-01-12")
    assert (found["116 420"]["date"], found["229 750"]["date"]) == ("2025", "2024")


def test_interceptions_and_bodies_recovered_are_a_migration_context(annotate):
    text = (
        "En janvier 2025, 3 080 personnes avaient été interceptées. Toujours en janvier, les corps de 37 "
        "personnes ont été repêchés sur les côtes de Sfax."
    )
    found = figures(annotate, text, "2026-02-05")
    assert (found["37"]["event"], found["37"]["country"], found["37"]["date"]) == ("death", "TUN", "2026-01")


def test_people_counted_among_others_take_what_happened_to_those(annotate):
    text = "Au moins 12 enfants figurent parmi les migrants morts dans la jungle du Darién depuis janvier."
    assert figures(annotate, text, "2024-04-10")["12"]["event"] == "death"
    # what is said of the others, not what happened to them: "identifiées" tells no event
    text = "Au moins 3 100 migrants sont morts en mer. Parmi les victimes identifiées figurent au moins 97 enfants."
    assert figures(annotate, text, "2024-04-10")["97"]["event"] == "death"


def test_the_parts_of_a_figure_after_a_colon_belong_to_it(annotate):
    text = (
        "Au 12 novembre, les centres pour migrants d'Una-Sana hébergeaient 842\npersonnes : 596 au centre de "
        "Lipa et 246 à Borići, dont 61 enfants seuls."
    )
    found = figures(annotate, text, "2025-11-13")
    assert [(found[n]["event"], found[n]["country"], found[n]["date"]) for n in ("596", "246")] == [
        ("stock", "BIH", "2025-11-12")
    ] * 2
    assert found["61"]["group"] == "child"
    # rows of a list, each on its line, are not the parts of the row above
    text = "Bilan de l'alerte (migrants déplacés)\nMénages : 4 215\nPersonnes : 18 960\n"
    found = figures(annotate, text, "2025-11-13")
    assert found["18 960"]["value"] == 18960 and found["18 960"]["unit"] == "person"


@pytest.mark.parametrize("phrase", ["réfugiés et migrants", "migrants et réfugiés", "migrants et de réfugiés"])
def test_refugees_and_migrants_together_are_migrants(annotate, phrase):
    text = f"Le Pérou accueille 1,66 million de {phrase} vénézuéliens, selon la plateforme R4V."
    found = figures(annotate, text, "2025-06-01")["1,66 million"]
    assert (found["group"], found["origin"], found["event"]) == ("migrant", "VEN", "stock")


def test_a_date_written_right_after_a_count_is_that_count_s(annotate):
    text = (
        "En 2025, 151 480 demandes d'asile ont été introduites en France, contre 157 930 en 2024. Parmi elles "
        "figurent 126 400 premières demandes d'adultes."
    )
    found = figures(annotate, text, "2026-01-20")
    assert [found[n]["date"] for n in ("151 480", "157 930", "126 400")] == ["2025", "2024", "2025"]


def test_a_noun_phrase_joined_after_the_count_s_tells_nothing_of_it(annotate):
    text = "Dans la Manche, au moins quatre morts au large du Pas-de-Calais et des traversées qui repartent"
    assert figures(annotate, text, "2026-03-03")["quatre"]["event"] == "death"
    text = "Burkina Faso : plus de deux millions de déplacés et des départs qui s'accélèrent vers le Ghana"
    assert figures(annotate, text, "2024-05-02")["deux millions"]["event"] == "stock"


def test_a_country_in_apposition_after_a_place_takes_that_place_s_role(annotate):
    text = ("Depuis le début de l'année, quelque 9 800 Rohingyas venus de l'État de Rakhine, au Myanmar, sont "
            "entrés au Bangladesh.")
    found = figures(annotate, text, "2026-03-06")["9 800"]
    assert (found["event"], found["country"], found["origin"]) == ("arrival", "BGD", "MMR")
    text = ("Mardi, 5 112 personnes ont débarqué sur l'île de Lampedusa, en provenance pour la plupart de Sfax, en "
            "Tunisie.")
    assert figures(annotate, text, "2023-09-13")["5 112"]["country"] == "ITA"


def test_a_place_in_apposition_does_not_hide_the_verb_after_a_participle(annotate):
    text = "Mardi, 5 112 personnes parties de Sfax, en Tunisie, ont débarqué à Lampedusa."
    found = figures(annotate, text, "2023-09-13")["5 112"]
    assert (found["event"], found["country"]) == ("arrival", "ITA")


def test_rohingyas_are_a_people_not_a_nationality_that_takes_the_group_around(annotate):
    text = ("Le HCR s'inquiète pour les réfugiés de la région. Près d'un million de Rohingyas vivent dans les camps "
            "de Cox's Bazar.")
    found = figures(annotate, text, "2025-01-14")["un million"]
    assert (found["group"], found["origin"], found["event"]) == ("person", None, "stock")


def test_a_people_counted_as_a_part_of_others_takes_their_group(annotate):
    text = "Migrants morts ou disparus en Asie en 2023 : 2 150, dont 540 Rohingyas et 320 Hazaras."
    found = figures(annotate, text, "2024-03-06")
    assert (found["540"]["group"], found["320"]["group"]) == ("migrant", "migrant")
    text = "Plus de 2 000 Touaregs ont fui vers la Mauritanie en janvier."
    assert figures(annotate, text, "2024-03-06")["2 000"]["group"] == "person"


@pytest.mark.parametrize(
    "text, country, origin",
    [
        ("Quelque 30 000 réfugiés du Soudan sont arrivés au Tchad en mai.", "TCD", "SDN"),
        ("L'Allemagne reste le premier pays d'accueil, avec 1 204 000 réfugiés d'Ukraine sous protection "
         "temporaire.", "DEU", "UKR"),
    ],
)
def test_refugees_of_a_country_come_from_it(annotate, text, country, origin):
    found = next(iter(figures(annotate, text, "2026-04-30").values()))
    assert (found["country"], found["origin"]) == (country, origin)


def test_people_who_registered_themselves_applied(annotate):
    text = "Au Pérou, 86 000 migrants en situation irrégulière se sont inscrits auprès des autorités depuis janvier."
    assert figures(annotate, text, "2026-02-12")["86 000"]["event"] == "application"


def test_the_seat_where_an_agency_speaks_places_no_count(annotate):
    text = "Au moins 160 réfugiés sont morts depuis janvier, a indiqué à Genève la porte-parole du HCR."
    assert figures(annotate, text, "2026-03-31")["160"]["country"] is None
    # a count made there is placed there
    text = "Quelque 160 migrants sont arrivés à Genève depuis janvier."
    assert figures(annotate, text, "2026-03-31")["160"]["country"] == "CHE"


def test_movements_counted_by_flow_monitoring_are_crossings(annotate):
    text = ("En janvier, les points de suivi des flux de l'OIM ont enregistré 21 400 mouvements de migrants à "
            "Djibouti.")
    found = figures(annotate, text, "2026-02-26")["21 400"]
    assert (found["group"], found["event"], found["country"]) == ("migrant", "crossing", "DJI")
    text = "La DTM a observé 5 000 mouvements de retour de déplacés vers le Tigré en mars."
    assert figures(annotate, text, "2026-04-02")["5 000"]["event"] == "return"


def test_people_told_of_after_a_comparison_are_of_the_count_compared_with_it(annotate):
    text = ("En 2025, le vice-ministère a enregistré 11 870 retours de migrants depuis Chypre, contre 10 650 en "
            "2024. Parmi ces retours, 7 940 étaient volontaires.")
    found = figures(annotate, text, "2026-02-03")
    assert [found[n]["date"] for n in ("11 870", "10 650", "7 940")] == ["2025", "2024", "2025"]


def test_a_nationality_ranked_first_is_the_origin_of_its_count_in_brackets(annotate):
    text = ("En mars, 62 000 demandes ont été déposées dans l'UE. Les Syriens restent les premiers demandeurs "
            "(12 500 demandes), devant les Afghans (8 200).")
    found = figures(annotate, text, "2024-04-20")
    assert (found["12 500"]["origin"], found["8 200"]["origin"]) == ("SYR", "AFG")


def test_a_part_in_brackets_belongs_to_the_whole_not_to_the_part_before_it(annotate):
    text = ("Quelque 1 050 mineurs non accompagnés ont demandé l'asile dans l'UE en septembre 2025, dont plus de "
            "300 Afghans. L'Allemagne (260) et la Grèce (190) en ont enregistré le plus.")
    found = figures(annotate, text, "2025-12-10")
    assert (found["260"]["origin"], found["190"]["origin"]) == (None, None)


def test_a_part_of_them_in_the_next_sentence_is_of_the_people_counted_before(annotate):
    text = ("Plus de 9 000 enfants ont traversé le Darién au premier trimestre, selon l'UNICEF. Près de 2 000 d'entre "
            "eux étaient non accompagnés.")
    found = figures(annotate, text, "2024-04-10")["2 000"]
    assert (found["group"], found["event"], found["date"]) == ("child", "crossing", "2024-Q1")
    # a clause of contrast with its verb of remaining: the people still displaced
    text = ("Selon la DTM, 612 000 personnes étaient rentrées dans leur district d'origine, tandis que près de 350 000 "
            "restaient déplacées dans la province.")
    assert figures(annotate, text, "2026-02-20")["350 000"]["group"] == "idp"


@pytest.mark.parametrize(
    "text, number, origin",
    [
        ("En 2025, 48 200 migrants ont été détectés aux frontières de l'UE. Les Syriens restent la première "
         "nationalité détectée (environ 21 000), devant les Maliens (12 500).", "21 000", "SYR"),
        ("Depuis janvier, 9 800 migrants sont rentrés de Libye avec l'OIM. Les Nigérians forment le premier "
         "contingent (2 950), devant les Maliens (1 430).", "2 950", "NGA"),
        ("En 2023, 520 000 migrants ont traversé la jungle du Darién. Les Vénézuéliens restent de loin les plus "
         "nombreux (328 650), devant les Équatoriens (57 250).", "328 650", "VEN"),
    ],
)  # fmt: skip
def test_a_count_in_brackets_after_a_rank_is_the_ranked_nationality_s(annotate, text, number, origin):
    found = figures(annotate, text, date="2025-06-19")
    assert found[number]["origin"] == origin and found[number]["value"] == int(number.replace(" ", ""))


@pytest.mark.parametrize(
    "text, number, expected",
    [
        # a population told as hearsay, in the place "où" stands for
        ("Frontex redoute une reprise des traversées depuis la Libye, où 700 000 migrants se trouveraient "
         "actuellement, selon l'OIM.", "700 000", ("stock", "LBY")),
        ("Ils partent vers l'Arabie saoudite, où vivraient environ 750 000 migrants éthiopiens.", "750 000",
         ("stock", "SAU")),
        ("Au Liban, où se trouverait encore 1,5 million de Syriens, les retours s'accélèrent.", "1,5 million",
         ("stock", "LBN")),
    ],
)  # fmt: skip
def test_a_population_in_the_conditional_where_ou_stands_for(annotate, text, number, expected):
    found = figures(annotate, text, date="2025-10-10")
    assert (found[number]["event"], found[number]["country"]) == expected


@pytest.mark.parametrize(
    "text, number, date",
    [
        ("Au 31 août, 4 180 demandes d'asile avaient été enregistrées en Guyane depuis janvier.", "4 180",
         "2025-01/2025-08-31"),
        ("Selon le bilan du ministère de l'Intérieur, arrêté au 30 septembre, 26 930 migrants sont arrivés aux "
         "Canaries depuis le 1er janvier.", "26 930", "2025-01-01/2025-09-30"),
        # a deadline is no day the figures are given at
        ("Depuis janvier, 4 180 demandeurs d'asile ont été enregistrés ; ils ont jusqu'au 30 novembre pour "
         "compléter leur dossier.", "4 180", "2025-01/2025-10-06"),
    ],
)  # fmt: skip
def test_a_sentence_s_day_of_figures_ends_its_intervals(annotate, text, number, date):
    assert figures(annotate, text, date="2025-10-06")[number]["date"] == date


def test_depuis_cette_date_looks_back_to_the_date_before(annotate):
    text = ("La campagne d'expulsions a repris le 1er avril, et 185 000 Afghans sont rentrés du Pakistan depuis "
            "cette date, selon l'OIM. Le 2 juillet, 3 000 réfugiés sont arrivés à Kaboul.")
    found = figures(annotate, text, date="2025-07-22")
    assert found["185 000"]["date"] == "2025-04-01/2025-07-22"
    assert found["3 000"]["date"] == "2025-07-02"  # no "depuis": the day itself


def test_depuis_ce_matin_is_the_day_itself(annotate):
    text = "Les garde-côtes grecs annoncent avoir repêché 27 corps de migrants depuis ce matin."
    assert figures(annotate, text, date="2025-06-18")["27"]["date"] == "2025-06-18"


def test_a_compared_count_after_a_sub_count_compares_the_whole(annotate):
    text = ("Quelque 8 400 Guatémaltèques ont été expulsés depuis janvier, dont 1 120 mineurs, contre 7 300 sur la "
            "même période de 2025.")
    found = figures(annotate, text, date="2026-04-10")
    assert (found["7 300"]["group"], found["7 300"]["origin"]) == (found["8 400"]["group"], "GTM")
    assert found["1 120"]["group"] == "child"
