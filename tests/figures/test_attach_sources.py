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
    text = (
        "Communiqué de presse du ministère de l'Intérieur\n\nParis, le 21 janvier 2025\n\n"
        "En 2024, 157 900 demandes d'asile ont été déposées en France, contre 142 500 en 2023."
    )
    assert set(sources(annotate, text).values()) == {"ministère de l'Intérieur"}


def test_the_same_source_and_the_spokesman_again_give_the_sentence_befores_source(annotate):
    text = (
        "Les garde-côtes ont intercepté 600 migrants au large de Sfax, selon la Garde nationale. Parmi les "
        "personnes interceptées figurent 74 femmes, d'après la même source. Les corps de 19 migrants ont "
        "été repêchés, a ajouté le porte-parole."
    )
    assert set(sources(annotate, text, "2024-11-14").values()) == {"Garde nationale"}


@pytest.mark.parametrize(
    "text, number, source",
    [
        ("L'Organisation internationale pour les migrations (OIM) dit avoir organisé en 2024 le retour de 7 250 "
         "migrants depuis la Tunisie.", "7 250", "IOM"),
        ("En mer, la garde nationale affirme avoir intercepté 9 200 personnes au large des côtes tunisiennes.",
         "9 200", "garde nationale"),
        ("Côté éloignements, la préfecture de Guyane revendique 6 800 reconduites à la frontière depuis janvier.",
         "6 800", "préfecture de Guyane"),
        ("Au moins 40 migrants ont été interceptés au large de Nador, a-t-on appris auprès de la Marine royale.",
         "40", "Marine royale"),
    ],
)
def test_an_organisation_saying_what_it_did(annotate, text, number, source):
    assert sources(annotate, text, "2025-04-10")[number] == source


@pytest.mark.parametrize(
    "text, number, source",
    [
        # the kind before a name is no second source
        ("À Calais, quelque 1 500 exilés vivent dans les campements, selon l'association Utopia 56.", "1 500",
         "Utopia 56"),
        # an acronym the text defines is named by its long form
        ("Le ministère de la Défense nationale (MDN) a publié son bilan. Selon le MDN, 412 immigrants "
         "clandestins ont été interceptés à Tlemcen.", "412", "ministère de la Défense nationale"),
        # an official speaking for their organisation names it in full
        ("« À l'hôpital d'Adré, nos chirurgiens ont soigné 340 blessés venus du Darfour, dont 95 femmes », "
         "explique Ahmat Issa Brahim, coordinateur médical de Médecins Sans Frontières (MSF) au Tchad. Le "
         "coordinateur de MSF ajoute : « Nous avons reçu 2 000 réfugiés cette semaine. »", "2 000",
         "Médecins Sans Frontières"),
    ],
)
def test_sources_are_named_in_full(annotate, text, number, source):
    assert sources(annotate, text, "2024-10-22")[number] == source


def test_an_interview_s_answers_are_the_speaker_s_organisation_s(annotate):
    text = (
        "ONU Info s'est entretenu avec Laurent Dubois-Ndiaye, représentant du HCR au Soudan.\n\n"
        "ONU Info : Combien de personnes ont dû fuir ?\n\n"
        "Laurent Dubois-Ndiaye : Près de 13 millions de Soudanais ont été déracinés depuis avril 2023. "
        "Avant la guerre, le pays abritait 900 000 réfugiés.\n\n"
        "ONU Info : Et les retours ?\n\n"
        "Laurent Dubois-Ndiaye : Plus de 1,1 million de déplacés ont regagné leur région, selon l'OIM."
    )
    found = sources(annotate, text, "2025-06-20")
    assert (found["13 millions"], found["900 000"], found["1,1 million"]) == ("UNHCR", "UNHCR", "IOM")


@pytest.mark.parametrize(
    "text, number, source",
    [
        # a quote's speaker gives their organisation's name, not the table's id for it ("ch-sem")
        ("Le Secrétariat d'État aux migrations (SEM) a enregistré 1 843 demandes d'asile en août. « Nous "
         "enregistrons une soixantaine de demandes d'asile par jour », a expliqué Lukas Brunner, porte-parole du "
         "SEM.", "une soixantaine", "Secrétariat d'État aux migrations"),
        # an organisation written in words is named as written there, not by its other names in the text
        ("D'après le gouvernement des Canaries, 30 808 personnes sont arrivées depuis janvier. « Nous hébergeons 5 600 "
         "mineurs non accompagnés », a déclaré la porte-parole du gouvernement canarien, Rosa Medina.",
         "5 600", "gouvernement canarien"),
        # who acted, past an adverb; an agency that counts ("l'agence y compte")
        ("L'OIM a par ailleurs organisé le retour volontaire de 2 340 migrants depuis janvier.", "2 340", "IOM"),
        ("Le HCR s'inquiète pour les Soudanais d'Égypte. L'agence y compte environ 670 000 demandeurs d'asile.",
         "670 000", "UNHCR"),
        # "l'agence" as the subject of what it did: the agency named before it, not a union of states
        ("L'OIM s'inquiète du sort des migrants au Sahara libyen. L'agence a aidé 1 230 migrants à regagner leur "
         "pays depuis janvier.", "1 230", "IOM"),
        ("Frontex coordonne les retours des pays de l'UE. L'agence a par ailleurs soutenu le retour de 13 400 "
         "ressortissants de pays tiers depuis janvier.", "13 400", "FRONTEX"),
        # a speaker stands for the organisation their role names, or refers back to
        ("« Sur cette route, des dizaines de migrants meurent chaque mois », affirme Tarek Mansour, qui dirige les "
         "équipes de l'Organisation internationale pour les migrations dans le sud libyen.", "des dizaines", "IOM"),
        ("L'ONG Alarme Phone Sahara publie son rapport. « Chaque mois, plus de 2 000 migrants sont expulsés "
         "d'Algérie », a déploré Ousmane Garba, chargé de communication de l'ONG.", "2 000", "Alarme Phone Sahara"),
        # the same source outranks who acted
        ("Les autorités marocaines ont avorté 78 685 tentatives d'émigration irrégulière en 2024, selon le bilan "
         "annuel du ministère de l'Intérieur. Les unités de la Marine royale ont également porté secours en mer à "
         "18 645 candidats à la migration irrégulière, précise la même source.", "18 645",
         "ministère de l'Intérieur"),
        ("Depuis janvier, 42 300 migrants ont débarqué en Italie, selon le tableau de bord du ministère de "
         "l'Intérieur. Les centres d'accueil hébergeaient au 15 août 134 200 personnes, selon le même tableau de "
         "bord.", "134 200", "ministère de l'Intérieur"),
        # who acted is also named before a relative clause
        ("Le Programme alimentaire mondial (PAM), qui nourrit chaque mois un million de réfugiés, manque de "
         "fonds.", "un million", "WFP"),
    ],
)
def test_one_source_told_around_a_count(annotate, text, number, source):
    assert sources(annotate, text, "2025-01-14")[number] == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("« Nos centres sont pleins », a indiqué le chef du sous-bureau de l'OIM à Agadez, Ibrahim Dan Baba.\n\n"
         "Selon lui, 1 870 migrants ont regagné leur pays d'origine depuis janvier.", "IOM"),
        ("« Les arrivées continuent », explique le préfet de Goz Beïda, Abakar Mahamat Saleh. Selon lui, près de "
         "4 000 réfugiés attendent toujours un abri.", "Abakar Mahamat Saleh"),
    ],
)
def test_selon_lui_is_the_person_named_before(annotate, text, source):
    found = sources(annotate, text, "2025-05-06")
    assert [v for k, v in found.items() if k.endswith(("1 870", "4 000"))] == [source]


@pytest.mark.parametrize(
    "text, number, source",
    [
        # an organisation's own page, by its banner line, a part of its title line, or "Publié par"
        (
            "Eurostat\nDonnées\nActualités\nAsile : en mars 2025, 58 200 primo-demandeurs d'asile ont introduit "
            "une demande dans l'UE.",
            "58 200",
            "EUROSTAT",
        ),
        (
            "HCR – Mise à jour opérationnelle\nTCHAD\nAu 30 avril, 1 250 000 réfugiés vivent dans l'est du pays.",
            "1 250 000",
            "UNHCR",
        ),
        (
            "Rapport de situation n° 12\nPublié par le Bureau de la coordination des affaires humanitaires (OCHA) le "
            "3 mars 2025\nQuelque 41 000 personnes ont été déplacées la semaine dernière dans le Nord-Kivu.",
            "41 000",
            "OCHA",
        ),
        # a byline that says who published the page, an organisation the table does not know included
        (
            "Rapport hebdomadaire – semaine du 26 août 2024\n"
            "Publié le 2 septembre 2024 par l'équipe de l'Observatoire de la mer Égée\n"
            "La semaine dernière, 611 migrants ont débarqué sur les îles grecques de l'Égée orientale.",
            "611",
            "Observatoire de la mer Égée",
        ),
        # the site's name among its menu lines, which are no entities
        (
            "Passer au contenu principal\nEurostat\nDonnées\nActualités\nPublications\nAide\n"
            "Publié le 18 juin 2025\nEn mars 2025, 62 100 primo-demandeurs d'asile ont introduit une demande "
            "dans l'UE.",
            "62 100",
            "EUROSTAT",
        ),
        # a byline whose other words are the organisation's own full name
        (
            "Mise à jour régionale : réfugiés et migrants du Venezuela\n"
            "Plateforme de coordination interagences R4V | 15 juillet 2025\n"
            "Quelque 9 300 Vénézuéliens sont rentrés au Venezuela depuis janvier.",
            "9 300",
            "R4V",
        ),
        # a news site's name is no organisation publishing figures, nor a section of its menu
        ("Le Courrier de Genève\nMonde\nEn 2024, 23 000 migrants sont arrivés aux Canaries.", "23 000", None),
        ("Menu\nActualités | UE | Monde\nEn 2024, 23 000 migrants sont arrivés aux Canaries.", "23 000", None),
    ],
)
def test_an_organisation_s_own_page_gives_its_figures(annotate, text, number, source):
    assert sources(annotate, text, "2025-05-02")[number] == source


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # briefing notes whose organisation names itself in apposition
        (
            "Notes d'information – 11 juillet 2025\n\nVoici un résumé des propos tenus par la représentante "
            "du HCR lors de la conférence de presse.\n\nLe HCR, l'Agence des Nations Unies pour les réfugiés, est "
            "préoccupé par les retours. Depuis le 1er janvier, 1,6 million de personnes sont rentrées en "
            "Afghanistan.",
            "2025-07-11",
            {"1,6 million": "UNHCR"},
        ),
        # a labelled release is the organisation it names most
        (
            "Communiqué de presse\n\nROME, 14 juin 2024 – Depuis le 1er janvier, quelque 9 200 enfants ont "
            "débarqué en Italie. L'UNICEF appelle l'Union européenne à agir. « Ces enfants ont besoin de "
            "protection », a déclaré la directrice régionale de l'UNICEF.",
            "2024-06-14",
            {"9 200": "UNICEF"},
        ),
        # press briefings and reports labelled with their kind, their organisation on the label's line
        (
            "Ouganda : les arrivées de réfugiés congolais augmentent\nPoint de presse du HCR – 7 mars 2025\n\n"
            "Depuis le 1er janvier, plus de 38 000 réfugiés congolais ont franchi la frontière ougandaise.",
            "2025-03-07",
            {"38 000": "UNHCR"},
        ),
        (
            "Sénat – Rapport général – Budget 2025\nEn 2023, les centres de rétention administrative ont accueilli "
            "46 900 personnes en situation irrégulière.",
            "2024-11-06",
            {"46 900": "Sénat"},
        ),
        # numbered situation reports, flash updates and analysis notes
        (
            "HCR Burundi – Mise à jour flash n° 3 : afflux de réfugiés congolais\n"
            "À Gatumba, 2 800 rapatriés burundais sont rentrés depuis le 14 février.",
            "2025-02-28",
            {"2 800": "UNHCR"},
        ),
        (
            "Institut des mobilités climatiques – Note d'analyse n° 14\n3 juin 2025\n\n"
            "Les Philippines ont enregistré 9,1 millions de déplacements internes en 2024.",
            "2025-06-03",
            {"9,1 millions": "Institut des mobilités climatiques"},
        ),
        # a report that says who publishes it, under a label without an organisation
        (
            "République démocratique du Congo : Nord-Kivu\nRapport de situation n° 9\n"
            "Ce rapport est publié par le Bureau de la coordination des affaires humanitaires (OCHA).\n\n"
            "Les centres collectifs de Bukavu hébergent 21 300 déplacés.",
            "2025-03-04",
            {"21 300": "OCHA"},
        ),
        # an organisation without a reference id is named as written, not by its table slug
        (
            "Communiqué de presse\nParis, le 9 octobre 2025 – Médecins du Monde publie aujourd'hui son bilan. "
            "Nos équipes estiment que 1 500 à 2 000 exilés vivent sous des bâches à Loon-Plage.",
            "2025-10-09",
            {"1 500 à 2 000": "Médecins du Monde"},
        ),
        # a release that signs with its name and address at its end
        (
            "Communiqué de presse – Cayenne, le 20 novembre 2025\nLe préfet a présenté ce jeudi son bilan.\n"
            "Depuis janvier, 9 412 étrangers en situation irrégulière ont été éloignés du territoire.\n"
            "Contact presse : 05 94 39 45 00\nPréfecture de la Guyane – 97307 Cayenne",
            "2025-11-20",
            {"9 412": "Préfecture de la Guyane"},
        ),
        # a release opening with its organisation after the places of its dateline
        (
            "Communiqué de presse – 27 mars 2025\nSarajevo / Belgrade – Le Border Violence Monitoring Network "
            "(BVMN) publie son rapport annuel.\nEn 2024, nos équipes ont recueilli des témoignages concernant "
            "1 890 personnes refoulées de Croatie vers la Bosnie-Herzégovine.",
            "2025-03-27",
            {"1 890": "Border Violence Monitoring Network"},
        ),
        # a sentence naming a release is no label
        (
            "L'OIM a indiqué dans un communiqué de presse que la situation se dégrade. L'UNICEF est inquiet. "
            "Quelque 300 migrants ont débarqué mardi à Lampedusa.",
            "2024-06-14",
            {"300": None},
        ),
        # an official speaking in the first person gives their organisations figures
        (
            "Le représentant du HCR au Tchad, Patrice Ahouansou, fait le point. Entretien.\n\n"
            "Combien de réfugiés le Tchad accueille-t-il ?\n\nDepuis avril 2023, nous avons enregistré plus de "
            "790 000 nouveaux réfugiés soudanais dans l'est du Tchad.",
            "2025-04-15",
            {"790 000": "UNHCR"},
        ),
        # bodies keep their adjective and the prefecture is the one named
        (
            "Au moins 44 personnes sont mortes dans le naufrage d'une pirogue, selon les autorités locales.",
            "2025-02-24",
            {"44": "autorités locales"},
        ),
        (
            "La préfecture de Mayotte a publié ses chiffres. Depuis le 1er janvier, 2 340 personnes ont été "
            "interceptées en mer, selon les chiffres de la préfecture.",
            "2024-03-18",
            {"2 340": "préfecture de Mayotte"},
        ),
        # who was shown the figures is no source but who counted them is
        (
            "Depuis janvier, 71 300 migrants ont été interceptés au large de la Tunisie, selon des chiffres de la "
            "Garde nationale consultés par Reuters.",
            "2024-11-14",
            {"71 300": "Garde nationale"},
        ),
        (
            "Depuis janvier, 71 300 migrants ont été interceptés au large de la Tunisie, selon un décompte de l'AFP.",
            "2024-11-14",
            {"71 300": "AFP"},
        ),
        # a label read as a name is not the releases organisation
        (
            "Accueil > Actualités > Communiqués de presse\nAgence de l'Union européenne pour l'asile (EUAA)\n"
            "Communiqué de presse – 28 mai 2024\n\nAsile : les demandes baissent\nEn mars, 85 000 demandes "
            "d'asile ont été introduites dans l'UE.",
            "2024-05-28",
            {"85 000": "EUAA"},
        ),
        # a quotation is said by who is named after it closes
        (
            "« Depuis avril 2023, plus de 10 millions de personnes ont fui leur foyer au Soudan. Des convois "
            "entiers restent bloqués », a déclaré Leni Kinzli, porte-parole du PAM.",
            "2024-08-06",
            {"10 millions": "WFP"},
        ),
        (
            "Au moins 300 migrants ont été secourus samedi au large de Lampedusa. « Nous ne savons pas combien "
            "sont partis », dit un pêcheur.",
            "2024-08-06",
            {"300": None},
        ),  # the count is not in the quotation
    ],
)
def test_who_gives_a_figure(annotate, text, date, expected):
    assert sources(annotate, text, date) == expected


def test_a_place_that_counts_is_where_not_who_tells(annotate):
    found = sources(annotate, "Le camp de Kakuma compte 300 000 réfugiés. L'Allemagne compte 1,2 million d'Ukrainiens.",
                    "2025-01-14")
    assert (found["300 000"], found["1,2 million"]) == (None, None)


def test_a_release_that_names_itself_in_its_title_or_second_sentence(annotate):
    text = (
        "Soudan : le HCR s'alarme de l'afflux continu de réfugiés au Tchad\n\n"
        "Genève, 13 janvier 2026 – Plus de mille jours après le début de la guerre, les civils continuent de fuir "
        "vers l'ouest. Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) appelle les donateurs à ne "
        "pas abandonner les pays d'accueil.\n\n"
        "Au Tchad, 912 000 réfugiés soudanais sont arrivés depuis avril 2023."
    )
    doc = annotate(text, "2026-01-13")
    found = {text[f["start"] : f["end"]]: f for f in doc._.figures}
    assert found["912 000"]["source"] == "UNHCR"


def test_a_record_names_its_issuer_in_a_field(annotate):
    text = ('{"id": "pref976-cp-01", "emetteur": "Préfecture de Mayotte", "date": "2026-02-05", "type": "communiqué", '
            '"texte": "Mamoudzou, le 5 février 2026. En janvier, les moyens nautiques de l\'État ont intercepté 43 '
            'kwassa-kwassa avec 1 012 personnes à bord, dont 148 mineurs."}')
    found = sources(annotate, text, "2026-02-05")
    assert found["1 012"] == found["148"] == "Préfecture de Mayotte"


def test_a_state_body_over_its_own_bulletin_is_its_source(annotate):
    text = ("Ministère de la Migration et de l'Asile – République hellénique\n"
            "Bulletin hebdomadaire – îles de la mer Égée – semaine du 2 au 8 février 2026\n"
            "Arrivées de migrants sur les îles : 642\n"
            "Transferts vers le continent : 520\n")
    assert sources(annotate, text, "2026-02-09")["642"] == "Ministère de la Migration et de l'Asile"


def test_an_acronym_after_the_name_it_abbreviates_is_named_by_it(annotate):
    text = ("Secrétariat d'État aux migrations SEM\n"
            "Communiqué | Statistique en matière d'asile, janvier 2026\n\n"
            "En première instance, le SEM a accordé l'asile à 512 personnes en janvier, indique le SEM.")
    assert sources(annotate, text, "2026-02-17")["512"] == "Secrétariat d'État aux migrations"


def test_a_source_described_before_its_name(annotate):
    text = ("La pirogue a été secourue dimanche au sud de l'île d'El Hierro, aux Canaries, avec 312 personnes à bord, "
            "a annoncé le service espagnol de sauvetage en mer, Salvamento Marítimo.")
    assert sources(annotate, text, "2026-01-20")["312"] == "Salvamento Marítimo"


def test_a_person_described_by_a_possessive_before_the_name(annotate):
    text = ("Au 15 novembre, le centre pour demandeurs d'asile de Pontivy hébergeait 98 demandeurs d'asile, indique "
            "sa directrice, Erwan Le Floch.")
    assert sources(annotate, text, "2025-11-20")["98"] == "Erwan Le Floch"


def test_a_bylines_author_gives_no_figures(annotate):
    text = (
        "Le Quotidien du Fleuve\nAccueil\nSociété\n"
        "Frontière : des centaines de migrants reconduits chaque semaine\n"
        "Publié par Mamadou Diallo le 02/04/2025\n\n"
        "Plus de 640 migrants ont été reconduits à la frontière depuis janvier."
    )
    assert sources(annotate, text, "2025-04-02")["640"] is None


@pytest.mark.parametrize(
    "footer, expected",
    [
        ("À propos de l'OIM : créée en 1951, l'Organisation internationale pour les migrations est la "
         "principale organisation intergouvernementale dans le domaine des migrations.", "IOM"),
        ("À propos de Médecins du Monde : l'association soigne les personnes exilées depuis 1980.",
         "Médecins du Monde"),
        # a site's own page about itself names no issuer of figures
        ("À propos de nous : Le Journal du Golfe est un quotidien indépendant.", None),
    ],
)
def test_a_release_presents_itself_at_its_end(annotate, footer, expected):
    text = (
        "Les arrivées reculent en Méditerranée orientale\n\n"
        "Athènes, le 5 mai 2025 – En avril, 2 130 personnes sont arrivées sur les îles grecques de la mer "
        "Égée.\n\n" + footer + "\nContact presse : +30 210 000 00 00"
    )
    assert sources(annotate, text, "2025-05-05")["2 130"] == expected


def test_a_joint_statement_is_each_of_its_organisations(annotate):
    text = (
        "Déclaration conjointe de l'UNICEF et du HCR\n\n"
        "Nairobi, 12 juin 2025 – Depuis janvier, nos équipes ont accueilli 9 400 enfants non accompagnés "
        "arrivés du Soudan du Sud. « Nous avons enregistré 310 nouveaux enfants réfugiés la semaine dernière », "
        "a déclaré "
        "Amina Odhiambo, représentante de l'UNICEF au Kenya."
    )
    found = sources(annotate, text, "2025-06-12")
    assert found["9 400"] == "UNHCR;UNICEF"  # the statement's own voice, "nos équipes"
    assert found["310"] == "UNICEF"  # a quote: its speaker's


def test_a_ministry_named_in_its_own_language_over_its_page(annotate):
    text = (
        "Ministerio de Inclusión – Gobierno de España\n"
        "Inicio | Prensa\n"
        "Statistiques : protection temporaire\n"
        "Bénéficiaires de la protection temporaire au 31 mars 2025 : 238 400\n"
    )
    assert sources(annotate, text, "2025-04-02")["238 400"] == "Ministerio de Inclusión"


def test_a_translated_banner_names_the_body_in_french(annotate):
    text = (
        "Ministero dell'Interno\n"
        "Ministère de l'Intérieur – Département des libertés civiles et de l'immigration\n"
        "Langue : FR | IT\n"
        "Tableau de bord statistique\n"
        "Migrants débarqués en Italie du 1er janvier au 31 mars 2025 : 11 240\n"
    )
    assert sources(annotate, text, "2025-04-01")["11 240"] == "Ministère de l'Intérieur"


@pytest.mark.parametrize(
    "sentence, number, source",
    [
        ("Selon les rescapés, 14 personnes sont mortes pendant la traversée.", "14", "rescapés"),
        ("Au moins 30 passagers de la pirogue sont portés disparus en mer, selon des pêcheurs.", "30", "pêcheurs"),
        ("Neuf migrants se sont noyés pendant la traversée, ont raconté les survivants.", "Neuf", "survivants"),
        # a body's place is part of how it is named
        ("Au moins 30 passagers de la pirogue sont portés disparus en mer, selon des pêcheurs de Kayar.", "30",
         "pêcheurs de Kayar"),
        # what they said, gathered by an organisation, is that organisation's
        ("Sept passagers sont morts en mer, selon des rescapés interrogés par le HCR.", "Sept", "UNHCR"),
    ],
)
def test_witnesses_give_what_they_saw(annotate, sentence, number, source):
    assert sources(annotate, sentence, "2025-02-10")[number] == source


def test_a_banner_with_its_organisations_acronym_after_the_name(annotate):
    text = (
        "Aller au contenu principal\nDE | FR | IT | EN\nSecrétariat d'État aux migrations SEM\nMenu\nAccueil\n"
        "Statistique en matière d'asile, avril 2026\n\n"
        "En avril 2026, 1 804 demandes d'asile ont été déposées en Suisse, contre 1 932 en mars."
    )
    assert sources(annotate, text, "2026-05-15")["1 804"] == "Secrétariat d'État aux migrations"


@pytest.mark.parametrize(
    "head, expected",
    [
        ('"obs-2026-0412","2026-05-07","FTDES – Observatoire social tunisien","Tunisie",', "FTDES"),
        ("7731;2026-04-28;Agence de l'Union européenne pour l'asile;UE+;", "EUAA"),
        # a news agency's dispatch: the agency gives no figures of its own
        ("61877;2026-01-09;AFP;Tunisie;", None),
    ],
)
def test_a_csv_rows_issuer_field(annotate, head, expected):
    text = head + '"Tunisie : 1 870 personnes interceptées en avril";"Tunis, 7 mai 2026 – Le Forum tunisien pour ' \
        'les droits économiques et sociaux (FTDES) publie sa note mensuelle. Les garde-côtes ont intercepté 1 870 ' \
        'migrants au large de Sfax en avril."'
    found = sources(annotate, text, "2026-05-07")
    assert found["1 870"] == (
        "Forum tunisien pour les droits économiques et sociaux" if expected == "FTDES" else expected
    )


@pytest.mark.parametrize(
    "sentence, number, source",
    [
        ("Quelque 4 300 migrants étaient détenus mercredi dans le centre de Tarik al-Sikka, selon une source "
         "humanitaire.", "4 300", "source humanitaire"),
        ("Les corps de deux autres migrants ont été repêchés en mer, selon une source militaire.", "deux",
         "source militaire"),
        # "la même source" is the source before, and sources an agency counted from are not its source
        ("Au moins 40 migrants ont été secourus en mer, selon l'OIM. Douze autres sont morts en mer, selon la même "
         "source.", "Douze", "IOM"),
        ("Au moins 23 migrants sont morts dans la Manche, selon un décompte de l'AFP établi à partir de sources "
         "officielles.", "23", "AFP"),
    ],
)
def test_a_source_named_by_its_kind(annotate, sentence, number, source):
    assert sources(annotate, sentence, "2026-05-01")[number] == source


def test_a_joint_statement_whose_title_names_its_agencies(annotate):
    text = (
        "Déclaration conjointe\n\n"
        "Méditerranée centrale : plus de 6 200 enfants arrivés en Italie depuis janvier, l'UNICEF et le HCR "
        "demandent qu'ils soient mieux protégés\n\n"
        "Genève / Rome, 5 juin 2026 – Depuis le début de l'année, 4 900 enfants sont arrivés seuls en Italie.\n\n"
        "Contact : presse@unhcr.org"
    )
    assert sources(annotate, text, "2026-06-05")["4 900"] == "UNHCR;UNICEF"


def test_a_source_and_its_description_are_one_source(annotate):
    text = ("Selon les chiffres publiés lundi par le Home Office, le ministère britannique de l'intérieur, 1 204 "
            "migrants ont traversé la Manche ce week-end.")
    assert sources(annotate, text, "2026-05-25")["1 204"] == "Home Office"


def test_an_html_interview_s_answers_are_still_the_speaker_s(annotate):
    # the paragraphs' tags are blanked in the view: each answer's line opens with blanks
    text = (
        "<p>ONU Info s'est entretenu avec Laurent Dubois-Ndiaye, représentant du HCR au Soudan.</p>\n"
        "<p>ONU Info : Combien de personnes ont dû fuir ?</p>\n"
        "<p>Laurent Dubois-Ndiaye : Près de 13 millions de Soudanais ont été déracinés depuis avril 2023.</p>"
    )
    assert sources(annotate, text, "2025-06-20")["13 millions"] == "UNHCR"


@pytest.mark.parametrize(
    "head",
    [
        '<p>"obs-2026-0412","2026-05-07","<a href="https://www.example.org/ftdes" class="lien">FTDES</a> – '
        'Observatoire social tunisien","Tunisie",',
        '{"id": "obs-2026-0412", "editeur": "<a href="https://www.example.org/ftdes" class="lien">FTDES</a> – '
        'Observatoire social tunisien", "date": "2026-05-07", "texte": ',
    ],
)
def test_an_issuer_field_with_a_link_names_the_issuer(annotate, head):
    text = head + '"Tunis, 7 mai 2026 – Le Forum tunisien pour les droits économiques et sociaux (FTDES) publie ' \
        'sa note mensuelle. Les garde-côtes ont intercepté 1 870 migrants au large de Sfax en avril."'
    assert sources(annotate, text, "2026-05-07")["1 870"] == "Forum tunisien pour les droits économiques et sociaux"


def test_a_departments_council_is_a_source_in_its_country(annotate):
    text = ("Guéret, 2 décembre 2025 – Le conseil départemental du Morbihan a mis à l'abri 214 jeunes se présentant "
            "comme mineurs non accompagnés depuis le 1er janvier.")
    doc = annotate(text, "2025-12-02")
    found = {text[f["start"] : f["end"]]: f for f in doc._.figures}
    assert (found["214"]["source"], found["214"]["country"]) == ("conseil départemental du Morbihan", "FRA")


@pytest.mark.parametrize(
    "text, organisation",
    [
        # a page run onto few lines keeps its menu apart from its banner
        ("Aller au contenu principal HCR, l'Agence des Nations Unies pour les réfugiés Accueil Nos actions Urgences "
         "Faire un don Rechercher Accueil › Urgences › Ukraine Ukraine : mise à jour opérationnelle, août 2025 Publié "
         "le 12 septembre 2025 FAITS MARQUANTS Les frappes sur les villes de l'est et du sud du pays se sont "
         "intensifiées au cours du mois, touchant des immeubles d'habitation, des écoles et des réseaux d'énergie dans "
         "plusieurs régions. Les évacuations organisées par les autorités se sont poursuivies dans les localités "
         "proches de la ligne de front, où les services de base restent très perturbés et où de nombreuses familles "
         "âgées refusent encore de partir. En août, 9 400 personnes déplacées vivaient dans des centres collectifs "
         "des régions de Dnipro et de Kharkiv, où les équipes de protection assurent un suivi régulier des besoins.",
         "UNHCR"),
        # the "Source :" field of a page's head, among its other fields
        ("Accueil › Pays › Haïti\nHaïti : Aperçu humanitaire (au 30 avril 2025) Format : Infographie Source : OCHA "
         "Pays : Haïti\nPublié le : 7 mai 2025\nRésumé Près de 240 000 déplacés vivent dans 246 sites.", "OCHA"),
        # a label named after its organisation, run onto the title's line
        ("Ouganda : les arrivées de réfugiés congolais au plus haut depuis 2022 Point de presse du HCR – 7 mars 2025"
         "\n\nDepuis le 1er janvier, plus de 38 000 réfugiés congolais ont franchi la frontière.", "UNHCR"),
        # a label with its number and its date on the line of the organisation's name
        ("Institut des mobilités climatiques – Note d'analyse n° 14 3 juin 2025\n\nCatastrophes et déplacements\n\n"
         "En 2024, les catastrophes ont provoqué 45,8 millions de déplacements internes dans le monde.",
         "Institut des mobilités climatiques"),
    ],
)
def test_the_pages_own_organisation_in_a_head_run_together(annotate, text, organisation):
    assert set(sources(annotate, text, "2025-06-03").values()) == {organisation}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "REPÈRES\n• 1,5 million d'Afghans rentrés d'Iran depuis le 1er janvier (OIM)\n"
            "• 1,2 million d'Afghans partis du Pakistan depuis septembre 2023 (HCR)\n",
            {"1,5 million": "IOM", "1,2 million": "UNHCR"},
        ),
        ("Chiffres clés\nArrivées irrégulières dans l'UE en 2024 : 239 000 (Frontex)\n", {"239 000": "FRONTEX"}),
        # brackets after a long name give its acronym, not who counts
        (
            "Mardi, 164 migrants sont rentrés à Lagos à bord d'un vol affrété par l'Organisation internationale "
            "pour les migrations (OIM).",
            {"164": None},
        ),
    ],
)
def test_an_organisation_in_brackets_ending_a_key_figure_line_gives_it(annotate, text, expected):
    assert sources(annotate, text, "2025-08-20") == expected
