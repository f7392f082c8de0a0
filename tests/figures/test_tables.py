"""Counts in tables (`figures.tables`): rows under a title, rows labelled by a period or
by what they count, key figures, label-then-count rows, on pages written for them."""

from __future__ import annotations


def figures(annotate, text, date="2024-06-14"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f for f in doc._.figures or []}


def test_rows_of_a_label_then_its_count_take_what_happened_from_their_title(annotate):
    text = (
        "Au premier trimestre 2025, 28 300 étrangers ont été renvoyés vers un pays tiers.\n"
        "Principales nationalités renvoyées, premier trimestre 2025 (source : Eurostat)\n"
        "Géorgiens 2 350\nAlbanais 2 080\nTurcs 1 870\n"
        "Au premier trimestre, près d'un retour sur trois était volontaire."
    )
    found = figures(annotate, text, "2025-06-20")
    assert [(found[n]["origin"], found[n]["event"], found[n]["source"]) for n in ("2 350", "2 080", "1 870")] == [
        ("GEO", "deportation", "EUROSTAT"), ("ALB", "deportation", "EUROSTAT"), ("TUR", "deportation", "EUROSTAT")
    ]


def test_key_figure_rows_under_a_row_count_its_people_where_they_are(annotate):
    text = (
        "Réfugiés rohingyas au Bangladesh\nCHIFFRES CLÉS\n1 156 430 réfugiés rohingyas enregistrés\n"
        "1 119 800 dans les 33 camps de Cox's Bazar\n36 630 sur l'île de Bhasan Char\n52 % d'enfants"
    )
    found = figures(annotate, text, "2025-10-20")
    assert [(found[n]["group"], found[n]["event"], found[n]["country"]) for n in ("1 119 800", "36 630")] == [
        ("refugee", "stock", "BGD"), ("refugee", "stock", "BGD")]
    # a sentence under a row is no row of it
    text = "CHIFFRES CLÉS\n1 200 réfugiés enregistrés\nIl y a 300 places dans le camp."
    assert "300" not in figures(annotate, text, "2025-10-20")


def test_rows_whose_label_says_what_they_count(annotate):
    text = (
        "Burkina Faso : près de 45 000 nouveaux déplacés en janvier\n"
        "Format : Rapport de situation | Source : OCHA | Publié le 14 février 2025\n\n"
        "CHIFFRES CLÉS (au 31 janvier 2025)\n"
        "Personnes déplacées internes : 2 062 534\n"
        "Réfugiés burkinabè dans les pays voisins : plus de 190 000\n"
        "Écoles fermées : 5 319\n"
    )
    found = figures(annotate, text, "2025-02-14")
    assert [(found[n]["group"], found[n]["date"], found[n]["source"]) for n in ("2 062 534", "190 000")] == [
        ("idp", "2025-01-31", "OCHA"), ("refugee", "2025-01-31", "OCHA")
    ]
    assert "5 319" not in found  # schools
    text = (
        "CHIFFRES CLÉS (au 31 janvier 2025)\n"
        "Personnes déplacées internes : 2 062 534 (source : CONASUR, chiffres au 31 mars 2023)\n"
        "Réfugiés burkinabè dans les pays voisins : plus de 190 000\n"
    )
    found = figures(annotate, text, "2025-02-14")["2 062 534"]
    assert (found["date"], found["source"]) == ("2023-03-31", "CONASUR")  # the row's own words first
    text = "PRINCIPAUX RÉSULTATS\nMénages déplacés : 4 215\nPersonnes déplacées : 18 960\n"
    found = figures(annotate, text, "2025-08-27")
    assert [(found[n]["unit"], found[n]["group"]) for n in ("4 215", "18 960")] == [
        ("household", "idp"), ("person", "idp")
    ]


def test_key_figures_under_a_dated_title_are_dated_by_it(annotate):
    text = (
        "HCR – Mise à jour opérationnelle\nNIGER\n\nCHIFFRES CLÉS (au 31 mai 2025)\n410 500 réfugiés\n"
        "26 300 demandeurs d'asile\n507 400 déplacés internes\n98 200 rapatriés\n\n1. Contexte\n"
        "Diffa : environ 1 350 réfugiés nigérians sont arrivés en mai."
    )
    found = figures(annotate, text, "2025-06-20")
    assert {found[n]["date"] for n in ("410 500", "26 300", "507 400", "98 200")} == {"2025-05-31"}
    assert (found["98 200"]["group"], found["98 200"]["event"]) == ("returnee", "stock")  # a population
    assert "1" not in found  # a numbered heading counts no one


def test_rows_under_a_title_without_a_noun_count_what_the_first_row_counts(annotate):
    text = (
        "Manche : les traversées repartent à la hausse\nRepères\n2022 : 45 774 arrivées (record)\n"
        "2023 : 29 437\n2024 : 36 816\n"
    )
    found = figures(annotate, text, "2025-09-21")
    assert [(found[n]["event"], found[n]["date"]) for n in ("45 774", "29 437", "36 816")] == [
        ("arrival", "2022"), ("arrival", "2023"), ("arrival", "2024")
    ]


def test_a_data_pages_collection_period_dates_the_figures_that_say_no_time(annotate):
    text = (
        "Mali : suivi des sites de déplacement\n"
        "Matrice de suivi des déplacements (DTM) | Collecte : 3 – 21 mars 2025 | Publié le 10 avril 2025\n\n"
        "L'OIM a recensé 214 sites accueillant 38 460 ménages, soit 201 300 personnes déplacées internes.\n"
        "Gao : 96 450 personnes (18 120 ménages)\n"
        "Ménaka : 71 900 personnes (13 880 ménages)\n"
        "En février, 4 700 déplacés sont arrivés à Gao.\n"
    )
    found = figures(annotate, text, "2025-04-10")
    assert [found[n]["date"] for n in ("38 460", "201 300", "96 450", "13 880")] == ["2025-03-03/2025-03-21"] * 4
    assert found["4 700"]["date"] == "2025-02"  # its own time first


def test_no_collection_period_without_its_label_and_no_update_day_as_a_counts_time(annotate):
    text = (
        "Portail de données du HCR | Mis à jour le 20 octobre 2025\n\n"
        "CHIFFRES CLÉS\n"
        "1 156 430 réfugiés rohingyas enregistrés\n"
        "Du 3 au 21 mars, les équipes ont visité les camps.\n"
    )
    found = figures(annotate, text, "2025-10-20")
    assert found["1 156 430"]["date"] is None


def test_a_pipe_table_by_year_takes_its_header_s_noun_and_its_rows_years(annotate):
    text = (
        "Genève, 6 novembre 2025 (OIM) – L'OIM appelle à agir.\n\n"
        "Morts et disparus en Méditerranée centrale (Projet Migrants disparus)\n"
        "Année | Décès et disparitions\n"
        "2023 | 2 526\n"
        "2024 | 1 810\n"
        "2025 | 1 312\n\n"
        "L'OIM demande aux États de financer un mécanisme de sauvetage estimé à 25 millions d'euros par an."
    )
    found = figures(annotate, text, "2025-11-06")
    assert {k: (v["event"], v["date"]) for k, v in found.items()} == {
        "2 526": ("death", "2023"),
        "1 810": ("death", "2024"),
        "1 312": ("death", "2025"),
    }  # and the money is no figure


def test_a_pipe_table_by_country_places_its_rows_and_its_title_dates_them(annotate):
    text = (
        "Arrivées irrégulières de migrants par pays (janvier-octobre 2025)\n"
        "Pays | Arrivées | Variation\n"
        "Italie | 55 300 | -8 %\n"
        "Espagne | 43 100 | +12 %\n"
    )
    found = figures(annotate, text, "2025-11-06")
    assert (found["55 300"]["country"], found["55 300"]["event"], found["55 300"]["date"]) == (
        "ITA", "arrival", "2025-01/2025-10")
    assert found["43 100"]["country"] == "ESP"
    assert "8" not in found and "12" not in found  # the changes in % are no counts


def test_a_menu_of_cells_is_no_table(annotate):
    assert figures(annotate, "Accueil | Monde | Migrations | 2 500 abonnés\nNewsletter | Contact") == {}


def test_rows_of_a_list_with_parts_and_an_aside_in_a_label(annotate):
    text = (
        "Sept migrants sont morts au large de Lesbos, selon les garde-côtes.\n"
        "LES CHIFFRES DU HCR (du 1er janvier au 28 septembre)\n"
        "Arrivées par la mer : 36 120\n"
        "– dont îles de l'Égée orientale : 11 870\n"
        "Arrivées par la frontière terrestre de l'Évros : 3 410\n"
        "Morts et disparus en mer : 112\n"
    )
    found = figures(annotate, text, "2025-09-30")
    # a "dont" row is a part of the row above; a row's own label says what it counts, not the next row's
    assert [found[n]["event"] for n in ("36 120", "11 870", "3 410")] == ["arrival", "arrival", "arrival"]
    dated = figures(annotate, "Arrivées par la Manche, par an\n2023 : 29 437\n2024 : 36 816\n"
                              "2025 (au 20 septembre) : 32 103\n", "2025-09-22")
    assert dated["32 103"]["event"] == "arrival" and dated["32 103"]["date"].startswith("2025")


def test_a_pipe_table_by_nationality_with_a_column_per_period(annotate):
    text = (
        "En août 2025, 51 700 primo-demandeurs d'asile ont été enregistrés dans l'UE, contre 72 800 en août 2024.\n"
        "Primo-demandeurs d'asile dans l'UE, principales nationalités\n"
        "Nationalité | Août 2024 | Août 2025\n"
        "Vénézuéliens | 6 300 | 5 900\n"
        "Afghans | 7 600 | 4 200\n"
        "Les Syriens arrivent en quatrième position.\n"
    )
    found = figures(annotate, text, "2025-09-30")
    # the header's periods date the columns; the title says what is counted; the next line is no row's verb
    assert [(found[n]["origin"], found[n]["date"], found[n]["event"]) for n in ("6 300", "5 900", "4 200")] == [
        ("VEN", "2024-08", "application"), ("VEN", "2025-08", "application"), ("AFG", "2025-08", "application")]


def test_a_pipe_table_of_nationalities_gives_origins_not_places(annotate):
    text = (
        "Nationalités déclarées au moment du débarquement en Italie, du 1er janvier au 15 décembre 2025\n"
        "Pays | Migrants débarqués\n"
        "Bangladesh | 19 840\n"
        "Érythrée | 8 950\n"
    )
    row = figures(annotate, text, "2025-12-15")["19 840"]
    assert (row["origin"], row["country"], row["event"]) == ("BGD", "ITA", "arrival")


def test_rows_whose_label_holds_a_date_and_a_pending_row(annotate):
    text = (
        "Tableau de bord statistique quotidien\n"
        "Données au 15 décembre 2025\n"
        "Migrants débarqués sur les côtes italiennes du 1er janvier au 15 décembre 2025 : 64 312\n"
        "Mineurs étrangers non accompagnés débarqués en Italie en 2025 : 9 870\n"
        "Demandes d'asile en attente d'une décision au 30 novembre : 21 400\n"
    )
    found = figures(annotate, text, "2025-12-15")
    assert (found["64 312"]["event"], found["64 312"]["date"]) == ("arrival", "2025-01-01/2025-12-15")
    assert found["9 870"]["group"] == "child"
    assert found["21 400"]["event"] == "stock"  # applications waiting for a decision: a population


def test_a_route_s_row_does_not_take_the_region_of_the_row_above(annotate):
    text = (
        "Frontex a détecté 63 700 franchissements irréguliers entre janvier et mai 2025.\n\n"
        "Détections de janvier à mai 2025 par route (variation sur un an)\n"
        "Méditerranée centrale : 20 800 (+16 %)\n"
        "Afrique de l'Ouest : 11 400 (-34 %)\n"
        "Balkans occidentaux : 5 900 (-56 %)\n"
    )
    row = figures(annotate, text, "2025-06-12")["5 900"]
    assert (row["event"], row["country"]) == ("crossing", None)


def test_a_list_flattened_onto_one_line_keeps_its_rows(annotate):
    text = (
        "Grèce : sept migrants meurent au large de Lesbos, selon les garde-côtes qui ont secouru 40 personnes "
        "au large de l'île mardi matin, a indiqué le ministère grec des Migrations dans un communiqué publié "
        "dans la soirée. LES CHIFFRES DU HCR (du 1er janvier au 28 septembre) Arrivées par la mer : 36 120 "
        "– dont îles de l'Égée orientale : 11 870 Arrivées par la frontière terrestre de l'Évros : 3 410 "
        "Morts et disparus en mer : 112"
    )
    found = figures(annotate, text, "2025-09-30")
    assert [found[n]["event"] for n in ("36 120", "11 870", "3 410")] == ["arrival", "arrival", "arrival"]
    assert found["36 120"]["date"] == "2025-01-01/2025-09-28"


def test_prose_on_one_line_gets_no_rows(annotate):
    text = ("Au total, 1 200 migrants sont arrivés à Lampedusa : 300 venaient de Libye et 900 de Tunisie, "
            "selon le ministère italien de l'Intérieur, qui a publié ses chiffres lundi. " * 3)
    found = figures(annotate, text, "2025-09-30")
    assert found["1 200"]["event"] == "arrival"


def test_a_flattened_page_keeps_its_paragraphs_and_the_rows_of_its_tables(annotate):
    # a page flattened without collapsing its blanks: two spaces where a paragraph ended
    text = (
        "Frontex – Note mensuelle  Franchissements irréguliers : la route des Balkans recule  "
        "Le nombre de franchissements irréguliers détectés aux frontières de l'UE a reculé au cours des huit "
        "premiers mois de 2025, selon les données préliminaires publiées mardi par l'agence.  "
        "Franchissements irréguliers par route (janvier – août 2025) Méditerranée centrale : 41 300 "
        "Afrique de l'Ouest : 12 800 Balkans occidentaux : 7 940 Méditerranée orientale : 20 150  "
        "Les Syriens, les Maliens et les Afghans étaient les plus nombreux parmi les personnes détectées. "
        "L'agence relève que les passeurs adaptent sans cesse leurs itinéraires, en particulier en Méditerranée "
        "centrale, où les départs depuis l'est de la Libye ont augmenté depuis le printemps. Elle rappelle que "
        "ces chiffres préliminaires peuvent être révisés, car les États membres transmettent leurs données "
        "avec plusieurs semaines de retard, surtout pendant l'été."
    )
    assert len(text) > 800 and "\n" not in text
    found = figures(annotate, text, "2025-09-10")
    assert [found[n]["event"] for n in ("41 300", "12 800", "7 940", "20 150")] == ["crossing"] * 4


def test_a_pipe_table_flattened_onto_one_line_keeps_its_header_and_rows(annotate):
    # one blank where each line ended: the title, the header and the first row run together,
    # and the last row runs into the next sentence
    text = (
        "Rome, 29 mai 2026 – Le ministère de l'Intérieur a publié son tableau de bord quotidien des "
        "débarquements sur les côtes italiennes. Les arrivées restent concentrées à Lampedusa, où les centres "
        "d'accueil ont de nouveau dépassé leur capacité pendant le week-end, selon la préfecture d'Agrigente. "
        "Les départs se font surtout depuis l'est de la Libye, où les passeurs utilisent des bateaux de pêche "
        "plus grands qu'auparavant. Le ministère rappelle que ces données sont relevées au moment de "
        "l'arrivée et qu'elles peuvent être corrigées dans les semaines suivantes, lorsque les préfectures "
        "transmettent leurs propres relevés. Les associations présentes sur l'île demandent l'ouverture de "
        "nouveaux lieux d'accueil sur le continent.  "
        "Débarquements par mois, année 2026 Mois | Migrants débarqués | dont mineurs non accompagnés "
        "Janvier | 3 012 | 418 Février | 2 486 | 301 Mars | 4 377 | 562 Les données sont provisoires."
    )
    assert len(text) > 800 and "\n" not in text
    found = figures(annotate, text, "2026-05-29")
    read = {n: (f["group"], f["event"], f["date"]) for n, f in found.items()}
    assert read["3 012"] == ("migrant", "arrival", "2026-01")
    assert read["418"] == ("child", "arrival", "2026-01")
    assert read["4 377"] == ("migrant", "arrival", "2026-03")
    assert read["562"] == ("child", "arrival", "2026-03")


def test_a_flattened_table_whose_header_ends_with_words_and_cells_have_no_blanks(annotate):
    text = (
        "Berne, 15 mai 2026 – Le SEM publie sa statistique mensuelle.  "
        "Principaux pays de provenance (demandes d'asile) Pays|Mars 2026|Avril 2026|Variation "
        "Afghanistan|356|327|-8,1 % Érythrée|170|184|+8,2 % Turquie|151|139|-7,9 %"
    )
    found = figures(annotate, text, "2026-05-15")
    read = {n: (f["origin"], f["date"]) for n, f in found.items()}
    assert read["356"] == ("AFG", "2026-03")
    assert read["327"] == ("AFG", "2026-04")
    assert read["184"] == ("ERI", "2026-04")
    assert read["151"] == ("TUR", "2026-03")


def test_key_figure_rows_of_people_say_what_happened_to_them(annotate):
    text = (
        "Somalie : sécheresse et déplacements – aperçu humanitaire\n"
        "Publié le 25 avril 2025\n"
        "CHIFFRES CLÉS\n"
        "Personnes dans le besoin : 4,4 millions\n"
        "Personnes déplacées par la sécheresse depuis janvier : 310 000\n"
        "dont enfants : 161 000\n"
        "Personnes ayant reçu une aide alimentaire : 1,2 million\n"
        "Les déplacés rejoignent les sites de Baidoa et de Mogadiscio, selon l'OCHA."
    )
    found = figures(annotate, text, "2025-04-25")
    assert (found["4,4 millions"]["event"], found["4,4 millions"]["group"]) == ("at_risk", "person")
    assert (found["310 000"]["event"], found["310 000"]["group"]) == ("displacement", "idp")
    assert (found["1,2 million"]["event"], found["1,2 million"]["group"]) == ("assistance", "person")
    # a "dont" row of its own noun is a part of the row above: what happened is that row's
    assert (found["161 000"]["event"], found["161 000"]["group"]) == ("displacement", "child")


def test_a_table_by_provenance_gives_origins_and_the_publisher_places_it(annotate):
    text = (
        "Secrétariat d'État aux migrations SEM\n"
        "Communiqué | Statistique en matière d'asile, janvier 2026\n"
        "Berne-Wabern, 17.02.2026\n\n"
        "En janvier 2026, 1 912 demandes d'asile ont été déposées en Suisse, contre 1 725 en décembre 2025.\n\n"
        "Principaux pays de provenance (demandes d'asile)\n"
        "Pays | Décembre 2025 | Janvier 2026\n"
        "Afghanistan | 402 | 438\n"
        "Érythrée | 188 | 205\n\n"
        "Décisions\n"
        "En première instance, le SEM a accordé l'asile à 512 personnes."
    )
    found = figures(annotate, text, "2026-02-17")
    assert [(found[n]["origin"], found[n]["country"]) for n in ("402", "438", "205")] == [
        ("AFG", "CHE"), ("AFG", "CHE"), ("ERI", "CHE")]
    assert found["512"]["country"] == "CHE"  # "le SEM": the Swiss body, by its acronym


def test_key_figures_with_several_parts_transfers_and_residents(annotate):
    text = (
        "Bulletin hebdomadaire – îles de la mer Égée – semaine du 2 au 8 février 2026\n"
        "CHIFFRES CLÉS DE LA SEMAINE\n"
        "Arrivées de migrants sur les îles : 642\n"
        "– dont Lesbos : 214\n"
        "– dont Samos : 163\n"
        "Transferts vers le continent : 520\n"
        "Résidents des centres fermés à accès contrôlé (au 8 février) : 6 934\n"
        "Sur la même période, la garde côtière a porté secours à 311 migrants au large de Lesbos."
    )
    found = figures(annotate, text, "2026-02-09")
    assert [found[n]["event"] for n in ("214", "163")] == ["arrival", "arrival"]  # every part, not only the first
    assert found["520"]["event"] == "resettlement"
    assert (found["6 934"]["event"], found["6 934"]["date"]) == ("stock", "2026-02-08")


def test_key_figures_run_together_in_a_record_are_read_by_their_labels(annotate):
    # a daily summary stored as one JSON record: each key figure is "label : count" in running text
    text = (
        '{"source": "Ministère de l\'Intérieur", "texte": "Personnes arrivées aux Canaries du 1er janvier au 15 mars '
        "2026 : 7 410 (même période de 2025 : 10 882). Arrivées enregistrées hier : 96 personnes, dont 41 à El "
        "Hierro. Principales nationalités des migrants arrivés depuis le 1er janvier : Mali (2 130), Sénégal "
        '(1 460), Guinée (905). Mineurs non accompagnés arrivés sur la même période : 880."}'
    )
    doc = annotate(text, "2026-03-16")
    found = {text[f["start"] : f["end"]]: f for f in doc._.figures}
    read = {n: (f["group"], f["event"], f["origin"], f["date"]) for n, f in found.items()}
    assert read["7 410"] == ("person", "arrival", None, "2026-01-01/2026-03-15")  # the label's time, not 2025's
    assert read["96"] == ("person", "arrival", None, "2026-03-15")  # "Arrivées enregistrées hier : 96 personnes"
    # the countries of a list labelled by nationality are the people's origins, counted where the page is
    assert read["2 130"] == ("migrant", "arrival", "MLI", "2026-01-01/2026-03-16")
    assert (found["1 460"]["origin"], found["1 460"]["country"]) == ("SEN", "ESP")
    assert read["880"][:2] == ("child", "arrival")
    assert "10 882" not in found or found["10 882"]["date"] == "2025"  # a comparison row keeps its own year


def test_a_label_before_a_colon_that_names_no_one_makes_no_figure(annotate):
    text = "Bilan de la semaine : 12. Même période de 2024 : 15."
    assert [f["value"] for f in annotate(text, "2024-06-14")._.figures] == []


def test_key_figures_given_at_a_day_end_their_intervals_there_and_date_their_parts(annotate):
    text = (
        "Note d'information | Kampala, 6 mars 2026\n\nArrivées du Soudan du Sud : les centres débordés\n\n"
        "CHIFFRES CLÉS (au 28 février 2026)\n"
        "Population réfugiée en Ouganda : 1 934 512\n"
        "Nouveaux arrivants depuis le 1er janvier : 41 260\n"
        "– dont Sud-Soudanais : 17 850\n"
        "– dont Congolais : 19 930\n"
    )
    found = figures(annotate, text, "2026-03-06")
    assert [found[n]["date"] for n in ("41 260", "17 850", "19 930")] == ["2026-01-01/2026-02-28"] * 3
    assert found["1 934 512"]["date"] == "2026-02-28"


def test_a_pipe_table_whose_header_cells_say_what_happened_and_since_when(annotate):
    text = (
        "Le HCR au Tchad.\n"
        "Réfugiés soudanais dans les camps du Ouaddaï (au 28 février 2026)\n"
        "Camp | Population | dont arrivés depuis le 1er janvier\n"
        "Farchana | 58 430 | 2 115\n"
        "Metché | 49 870 | 4 260\n"
    )
    found = figures(annotate, text, "2026-03-10")
    read = {n: (f["group"], f["event"], f["origin"], f["date"]) for n, f in found.items()}
    assert read["58 430"] == ("refugee", "stock", "SDN", "2026-02-28")
    assert read["2 115"] == ("refugee", "arrival", "SDN", "2026-01-01/2026-02-28")
    assert read["4 260"][1:] == ("arrival", "SDN", "2026-01-01/2026-02-28")


def test_rows_run_together_whose_labels_follow_a_word_are_rows_too(annotate):
    # a table flattened onto one line: the rows after the first follow the last word of the row before
    text = (
        "Les déplacés internes vivant sur des sites ont été recensés dans trois régions du nord du Mali "
        "par les équipes de la DTM.  RÉPARTITION PAR RÉGION (PDI sur sites) Gao : 96 450 personnes (18 120 "
        "ménages) – 102 sites Ménaka : 71 900 personnes (13 880 ménages) – 68 sites Tombouctou : 32 950 "
        "personnes (6 460 ménages) – 44 sites"
    )
    found = figures(annotate, text, "2025-03-25")
    assert [found[n]["group"] for n in ("96 450", "71 900", "32 950")] == ["idp", "idp", "idp"]
    assert found["71 900"]["country"] == "MLI"


def test_rows_under_a_title_that_names_no_people_count_those_counted_right_before(annotate):
    text = (
        "En avril 2025, 5 200 mineurs non accompagnés ont demandé l'asile dans l'UE.\n"
        "Principaux pays d'accueil, avril 2025 :\n"
        "Allemagne : 1 450 (28 %)\nGrèce : 980 (19 %)\nPays-Bas : 610\n"
        "Ces trois pays concentrent près de la moitié des demandes."
    )
    found = figures(annotate, text, "2025-06-20")
    assert [(found[n]["group"], found[n]["event"], found[n]["country"]) for n in ("1 450", "980", "610")] == [
        ("child", "application", "DEU"), ("child", "application", "GRC"), ("child", "application", "NLD")
    ]


def test_rows_under_a_title_that_names_no_people_after_a_paragraph_are_not_counts(annotate):
    text = (
        "En avril 2025, 5 200 mineurs non accompagnés ont demandé l'asile dans l'UE.\n\n"
        "Le gouvernement grec a présenté son budget.\n"
        "Principaux postes, avril 2025 :\n"
        "Grèce : 980\nAllemagne : 1 450\n"
    )
    found = figures(annotate, text, "2025-06-20")
    assert "980" not in found and "1 450" not in found


def test_an_html_tables_rows_are_read_as_any_tables(annotate):
    text = (
        "<h2>Arrivées irrégulières par île – avril 2025</h2>\n<table>\n"
        "<tr><th>Île</th><th>Migrants arrivés</th></tr>\n"
        "<tr><td>Lesbos</td><td>412</td></tr>\n<tr><td>Samos</td><td>1 046</td></tr>\n</table>"
    )
    found = figures(annotate, text, "2025-05-08")
    assert [(found[n]["group"], found[n]["event"], found[n]["country"]) for n in ("412", "1 046")] == [
        ("migrant", "arrival", "GRC"), ("migrant", "arrival", "GRC")
    ]


def test_a_tab_separated_tables_rows_are_read_as_any_tables(annotate):
    text = (
        "Statistique en matière d'asile, avril 2026\n\n"
        "Principaux pays de provenance (demandes d'asile)\n"
        "Pays\tMars 2026\tAvril 2026\tVariation\n"
        "Afghanistan\t356\t327\t-8,1 %\n"
        "Érythrée\t170\t184\t+8,2 %\n"
    )
    found = figures(annotate, text, "2026-05-15")
    assert [(found[n]["origin"], found[n]["event"], found[n]["date"]) for n in ("356", "327", "184")] == [
        ("AFG", "application", "2026-03"), ("AFG", "application", "2026-04"), ("ERI", "application", "2026-04")
    ]


def test_a_key_figures_table_whose_rows_say_what_they_count(annotate):
    text = (
        "Ministère de la Migration et de l'Asile – République hellénique\n"
        "Bulletin hebdomadaire – semaine du 4 au 10 mai 2026\n"
        "Indicateur | Semaine du 4 au 10 mai | Depuis le 1er janvier\n"
        "Arrivées sur les îles de l'Égée | 486 | 7 912\n"
        "Demandes d'asile enregistrées | 1 268 | 19 430\n"
        "En Grèce, les centres fermés des îles hébergeaient 7 850 personnes lundi.\n"
    )
    found = figures(annotate, text, "2026-05-11")
    got = {n: (found[n]["event"], found[n]["country"], found[n]["date"]) for n in ("486", "7 912", "1 268", "19 430")}
    assert got == {
        "486": ("arrival", "GRC", "2026-05-04/2026-05-10"),
        "7 912": ("arrival", "GRC", "2026-01-01/2026-05-11"),
        "1 268": ("application", "GRC", "2026-05-04/2026-05-10"),
        "19 430": ("application", "GRC", "2026-01-01/2026-05-11"),
    }


def test_a_daily_dashboard_with_compared_rows_and_a_month_table(annotate):
    text = (
        "Tableau de bord statistique quotidien\n"
        "Données mises à jour au 28 mai 2026\n\n"
        "Migrants débarqués sur les côtes italiennes du 1er janvier au 28 mai 2026 : 24 615\n"
        "Même période de 2025 : 21 903\n"
        "Même période de 2024 : 19 817\n"
        "Nombre d'événements de débarquement en 2026 : 612\n\n"
        "Débarquements par mois, année 2026\n"
        "Mois | Migrants débarqués | dont mineurs non accompagnés\n"
        "Janvier | 3 012 | 418\n"
        "Février | 2 486 | 301\n"
    )
    found = figures(annotate, text, "2026-05-28")
    # the compared rows count the row above's people at the time their label says
    assert [(found[n]["event"], found[n]["date"]) for n in ("21 903", "19 817")] == [
        ("arrival", "2025"), ("arrival", "2024")
    ]
    assert (found["24 615"]["origin"], found["24 615"]["country"]) == (None, "ITA")  # "côtes italiennes": where
    assert "612" not in found  # landing events are no people
    assert [(found[n]["group"], found[n]["event"], found[n]["date"]) for n in ("3 012", "418", "301")] == [
        ("migrant", "arrival", "2026-01"), ("child", "arrival", "2026-01"), ("child", "arrival", "2026-02")
    ]
