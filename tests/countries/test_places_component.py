"""LOC mentions from the place gazetteer, in the pipeline: where the text says "place"
a town is found, and nowhere else."""

import pytest


def locs(doc):
    return [e.text for e in doc.ents if e.label_ == "LOC"]


def ent_of(doc, text):
    found = [e for e in doc.ents if e.text == text]
    assert found, f"{text!r} not in {[(e.text, e.label_) for e in doc.ents]}"
    return found[0]


@pytest.mark.parametrize(
    "text, place",
    [
        # place prepositions, with and without accents or articles
        ("Une association de travailleurs rapatriés a ouvert un bureau à Katmandou.", "Katmandou"),
        ("Il a passé huit mois dans un centre de détention a Zaouïa avant son retour.", "Zaouïa"),
        ("Le bateau faisait route vers Lampedusa quand le moteur a lâché.", "Lampedusa"),
        ("Les familles arrivent depuis Necoclí après deux jours de marche.", "Necoclí"),
        ("Le gouvernement espagnol a présenté vendredi à Lepe un nouveau protocole.", "Lepe"),
        ("Les équipes de l’OIM à Niamey ont accueilli les rapatriés.", "Niamey"),
        ("Les combats se concentrent dans l'Artibonite depuis le mois dernier.", "Artibonite"),
        # place nouns, movement words, a noun and its adjective before "de"
        ("L'incendie a détruit le camp de Moria, sur l'île grecque de Lesbos.", "Moria"),
        ("Des milliers de réfugiés vivent encore dans les camps de Nduta et de Nyarugusu.", "Nyarugusu"),
        ("Le bateau a été intercepté au large de Mbour par la marine.", "Mbour"),
        ("Depuis la ville colombienne de Necoclí, les bateaux partent chaque matin.", "Necoclí"),
        ("Ils ont été abandonnés dans la zone tampon de Ras Jedir, sans eau.", "Ras Jedir"),
        ("Au centre de transit de Renk, plus de 10 000 personnes attendent.", "Renk"),
        ("Les migrants partis de Sfax ou de Zouara ont été secourus.", "Zouara"),
        ("Ils avaient quitté leurs villages près de Maiduguri il y a deux ans.", "Maiduguri"),
        # every name of a list after a plural area noun, known or not
        ("Dans les communes d'Anzourou et de Gorouol, 3 000 personnes ont fui.", "Gorouol"),
        ("Les territoires de Djugu, de Mahagi et d'Irumu accueillent des déplacés.", "Irumu"),
        ("Dans les régions du Centre-Nord, du Sahel et de la Boucle du Mouhoun, 52 000 enfants.",
         "Boucle du Mouhoun"),
        ("Les attaques contre les quartiers de Petite-Rivière-de-l'Artibonite et de Liancourt.",
         "Petite-Rivière-de-l'Artibonite"),
        ("Dans les départements du Mayo-Sava et du Logone-et-Chari, des civils ont été tués.", "Logone-et-Chari"),
        ("Des déplacés sont arrivés dans les sous-préfectures de Bol, de Kangalam et de Liwa.", "Kangalam"),
        # an event that befell a place; a row of figures labelled by a place
        ("Des milliers de personnes ont fui depuis l'attaque de Mirebalais, le 31 mars.", "Mirebalais"),
        ("Après la chute d'El Fasher, 100 000 personnes ont fui.", "El Fasher"),
        ("Intentions de retour par zone\n– Mekele : 168 000 ; 59 %\n– Shire : 92 000 ; 41 %", "Mekele"),
        # a plural name after "des", a shelter's place
        ("Les refoulements se multiplient, selon les bénévoles des Hautes-Alpes et du refuge des Pyrénées-Orientales.",
         "Pyrénées-Orientales"),
        ("Le refuge de Briançon accueille chaque nuit une centaine d'exilés.", "Briançon"),
        # a list that goes on from a known place
        ("Aux points de passage de Belladère, de Ouanaminthe et\nd'Anse-à-Pitres, les équipes sont présentes.",
         "Anse-à-Pitres"),
        ("Dans les provinces de Hatay, de Kahramanmaraş et d'Adıyaman, des centaines de milliers de sinistrés.",
         "Adıyaman"),
        # a dateline at the top of the text
        ("Tripoli (AFP) – Un vol affrété par l'OIM a décollé mardi.", "Tripoli"),
        ("Rabat, le 2 avril 2024 – Le ministère a publié son rapport.", "Rabat"),
        ("Le Caire, 7 février 2024 – Plus de 500 000 personnes ont franchi la frontière.", "Le Caire"),
        ("Communiqué\nPraia, le 9 juillet 2025 – La diaspora a envoyé plus d'argent.", "Praia"),
        ("NOUAKCHOTT, 3 juin (AFP) - Les garde-côtes ont intercepté une pirogue.", "NOUAKCHOTT"),
        # what follows says where the name lies or what it is
        ("Les inondations qui ont ravagé Derna, dans l'est de la Libye, ont fait des morts.", "Derna"),
        ("Les camions ont quitté Sebha en Libye la semaine dernière.", "Sebha"),
        ("Le convoi a été signalé hier. Mbour, une ville de pêcheurs, voit partir les pirogues.", "Mbour"),
        ("Les bombardements ont repris près de la frontière. Gao (Mali) a été touchée.", "Gao"),
        # an organisation's office
        ("Pour plus d'informations, contacter Dolores Cortés\nIOM Lima\nTél: +51 1 221 7", "Lima"),
        # a big city by its own name, e.g. a capital standing for its government
        ("Le gouvernement de Dakar a annoncé un plan de lutte contre les départs.", "Dakar"),
        ("Selon Moscou, les travailleurs étrangers devront passer un nouvel examen.", "Moscou"),
        # a sea whose noun is part of the name
        ("Des milliers de réfugiés tentent la traversée de la mer d'Andaman chaque année.", "mer d'Andaman"),
    ],
)
def test_places_in_place_contexts(annotate, text, place):
    span = ent_of(annotate(text), place)
    assert span.label_ == "LOC" and span.kb_id_ == ""


def test_a_place_confirmed_once_is_a_place_in_the_whole_document(annotate):
    text = (
        "Grèce : les enfants de Moria attendent leur relocalisation\n\n"
        "Après l'incendie du camp de Moria, 400 mineurs non accompagnés dorment dehors."
    )
    doc = annotate(text)
    assert [(e.start_char, e.text) for e in doc.ents if e.label_ == "LOC"] == [
        (text.index("Moria"), "Moria"),
        (text.rindex("Moria"), "Moria"),
    ]


def test_attributes_name_the_place(annotate):
    span = ent_of(annotate("Le bureau de l'OIM à Katmandou a reçu 300 appels."), "Katmandou")
    assert span._.method == "gazetteer"
    assert span._.attrs["name"] == "Kathmandu"
    assert span._.attrs["country"] == "NPL"
    assert span._.attrs["geonameid"] == 1283240
    assert span._.attrs["kind"] == "city"
    assert span._.attrs["form"] == "name"


@pytest.mark.parametrize(
    "text, word",
    [
        # a town's name that is here a first name, a surname or part of a person's name
        ("Le rapport a été présenté par Florence Martin, chercheuse à l'université.", "Florence"),
        ("Nous avons parlé à Pierre, qui travaille au port depuis dix ans.", "Pierre"),
        ("Le réalisateur Denzel Washington a visité le centre.", "Washington"),
        # ordinary words capitalised at the start of a sentence or in a title
        ("Union des associations : le rapport annuel est publié.", "Union"),
        ("Centre d'accueil : les places manquent cette année.", "Centre"),
        # a name with no place evidence around it (and not a big city)
        ("Derna a été ravagée par les inondations.", "Derna"),
        ("Le témoignage de Hassan a bouleversé les délégués.", "Hassan"),
        # in capitals: a headline or an acronym
        ("TRIPOLI : LES DÉPARTS REPRENNENT", "TRIPOLI"),
        # a person introduced by age, as testimonies do
        ("Santiago, 24 ans, a traversé la jungle avec sa sœur.", "Santiago"),
        ("Il a parlé à Sfax, 19 ans, arrivé seul.", "Sfax"),
        # a first name followed by where the speaker is
        ("Selon Hassan, au nord du pays la situation empire.", "Hassan"),
        # lowercase words are never names
        ("Il est parti de lima et de dakar, disait le texte mal saisi.", "lima"),
    ],
)
def test_no_place_without_evidence(annotate, text, word):
    doc = annotate(text)
    assert not any(e.text == word and e.label_ == "LOC" and e._.method == "gazetteer" for e in doc.ents), [
        (e.text, e.label_, e._.method) for e in doc.ents
    ]


@pytest.mark.parametrize(
    "text, expected, label",
    [
        # a country, its city homonym or a region stays the countries component's reading
        ("Les migrants sont arrivés à Mayotte par kwassa-kwassa.", "Mayotte", "COUNTRY"),
        ("Le HCR a rencontré les autorités à Malte.", "Malte", "COUNTRY"),
        ("Les départs vers l'Europe ont augmenté.", "Europe", "REGION"),
        # the model's longer place name is not cut in two
        ("Il a proposé d'organiser à Cartagena de Indias, en octobre, une réunion.", "Cartagena de Indias", "LOC"),
    ],
)
def test_other_readings_stand(annotate, text, expected, label):
    span = ent_of(annotate(text), expected)
    assert span.label_ == label


def test_article_stays_outside_and_lines_break_names(annotate):
    text = "Les secours sont arrivés du Caire. Les équipes travaillent à Port-au-\nPrince."
    doc = annotate(text)
    assert "Caire" in locs(doc)
    assert "Port-au-\nPrince" in locs(doc)


@pytest.mark.parametrize("text", ["", "   \n", "à", "Rien à signaler.", "camp de", "à À à"])
def test_degenerate_inputs(annotate, text):
    doc = annotate(text)
    assert all(e.label_ != "LOC" for e in doc.ents)


@pytest.mark.parametrize(
    "text, place",
    [
        # a base-model LOC that starts with a common noun: the name inside it is the place
        ("Des magasins ont été pillés dans les townships de Soweto la semaine dernière.", "Soweto"),
        ("L'avion a décollé mardi de l'aéroport de Mitiga avec 150 migrants.", "Mitiga"),
        # a model organisation run across a line break is not an organisation's name
        ("Retour volontaire affrété par l'OIM\nTripoli – Un vol a décollé mardi.", "Tripoli"),
        # other spellings of the same crossing
        ("Les migrants sont toujours bloqués à Saloum, à la frontière.", "Saloum"),
        ("Ils ont quitté les structures d'accueil de Ras Adjir hier.", "Ras Adjir"),
    ],
)
def test_names_inside_model_spans(annotate, text, place):
    span = ent_of(annotate(text), place)
    assert span.label_ == "LOC"


def test_component_pickles_without_its_gazetteer(nlp):
    import pickle

    component = nlp.get_pipe("migtext_places")
    data = pickle.dumps(component)
    assert len(data) < 10_000  # the index stays in the process cache, not in each pickle
    again = pickle.loads(data)
    assert again.name == "migtext_places"


@pytest.mark.parametrize(
    "text, place",
    [
        # the feature noun is part of the name, known to the gazetteer or not
        ("Une manifestation a réuni deux cents personnes rue de Lyon, à Marseille.", "rue de Lyon"),
        ("Le squat de l'avenue Habib-Bourguiba a été évacué à l'aube.", "avenue Habib-Bourguiba"),
        ("Des centaines de jeunes campent dans la forêt, au pied du mont Kiliman.", "mont Kiliman"),
        ("La barque a sombré dans le golfe du Morbihan, sans faire de victime.", "golfe du Morbihan"),
        ("Les gardes-côtes patrouillent dans la mer d'Alboran depuis mai.", "mer d'Alboran"),
        ("Le passage du détroit de Bab el-Mandeb reste le plus meurtrier.", "détroit de Bab el-Mandeb"),
        # after "aéroport", "gare", "col" or "désert", only the name, as for a port or a border post
        ("Ils ont passé le col de l'Échelle de nuit, dans la neige.", "Échelle"),
        ("Ils ont franchi à pied le col de Montgenèvre, à 1 850 mètres d'altitude.", "Montgenèvre"),
        ("Des corps ont été retrouvés dans le désert de Sonora.", "Sonora"),
        ("Ils ont été refoulés à l'aéroport Tunis-Carthage dès leur arrivée.", "Tunis-Carthage"),
        ("Une cinquantaine de tentes ont été dressées près de la gare Saint-Charles.", "Saint-Charles"),
        ("Chaque jour, le pont international Rumichaca voit passer des familles.", "Rumichaca"),
        # named after a person, still the place's name
        ("Les rapatriés sont accueillis à l'aéroport Blaise-Diagne par des bénévoles.", "Blaise-Diagne"),
        ("Le pont international Francisco Paula Santander est resté fermé.", "Francisco Paula Santander"),
        # the gazetteer's longer name after the noun wins over its first word
        ("Le département du Norte de Santander compte 32 000 déplacés.", "Norte de Santander"),
    ],
)
def test_feature_nouns_and_their_names(annotate, text, place):
    assert place in locs(annotate(text))


@pytest.mark.parametrize(
    "text, not_place",
    [
        ("Ils ont été aidés par le canal de l'OIM et du HCR.", "canal de l'OIM"),
        ("Des familles dorment dans la rue. Lundi, la mairie a ouvert un gymnase.", "rue. Lundi"),
        ("Ils ont pris la mer\nMardi, les secours ont été alertés.", "mer\nMardi"),
        ("Les bénévoles l'ont trouvé au bord de la route de Paris.", "route de Paris"),
        ("Ils vivent désormais sur l'île de Lesbos.", "île de Lesbos"),
    ],
)
def test_feature_nouns_without_a_name_after_them(annotate, text, not_place):
    assert not_place not in locs(annotate(text))


def test_feature_name_beats_the_town_inside_it(annotate):
    doc = annotate("Le centre d'accueil de la rue de Paris, à Vitré, affiche complet.")
    assert "rue de Paris" in locs(doc) and "Paris" not in locs(doc)


@pytest.mark.parametrize(
    "text, place",
    [
        # a list of examples that goes on from a place
        ("Ils ont été renvoyés vers le sud de la Tunisie, notamment Gafsa et Tozeur.", "Gafsa"),
        ("Ils ont été renvoyés vers le sud de la Tunisie, notamment Gafsa et Tozeur.", "Tozeur"),
        ("Plusieurs villes du Niger, dont Zinder, accueillent des déplacés.", "Zinder"),
        # a list of places, each with its count (the base model calls "Melilla" a person's name here)
        ("Les Canaries ont enregistré 13 200 arrivées, Ceuta 1 900 et Melilla un peu moins de 500.", "Melilla"),
        # a headline that starts with a town
        ("Ziguinchor : deux pirogues interceptées au large\n\nLes garde-côtes ont ...", "Ziguinchor"),
        # an administrative area after "de", known to the gazetteer or not
        ("Dans le canton de Glaris, les requérants attendent une réponse.", "Glaris"),
        ("Les combats ont repris dans l'État de Zamfara, au nord-ouest du pays.", "Zamfara"),
        ("Au quartier de Barbès, les maraudes reprennent chaque soir.", "Barbès"),
        ("Les usines de la zone de la Janais recrutent des saisonniers.", "Janais"),
        ("Les familles du district de Cox's Bazar attendent la saison sèche.", "Cox's Bazar"),
    ],
)
def test_towns_in_lists_headlines_and_areas(annotate, text, place):
    assert place in locs(annotate(text))


@pytest.mark.parametrize(
    "text, not_place",
    [
        ("Koné : Nous avons attendu trois jours sans eau.", "Koné"),  # an interview, not a headline
        ("L'État de Palestine a ratifié le protocole.", "Palestine"),  # the country stands
        ("La situation reste grave dans la région du Sahel.", "Sahel"),  # a region stands
        ("Le rapport vise les pays tiers, notamment Frontex et ses agents.", "Frontex"),  # no place before
        ("Elle travaille avec la commune de Marie Dubois depuis dix ans.", "Marie Dubois"),  # a person
    ],
)
def test_no_town_where_another_reading_stands(annotate, text, not_place):
    assert not_place not in locs(annotate(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Il a grandi à Saint-Louis du Sénégal avant de partir pour Lyon.", "Saint-Louis du Sénégal"),
        ("Sa famille vit toujours à Tripoli du Liban, près du port.", "Tripoli du Liban"),
    ],
)
def test_town_told_apart_by_its_country_is_one_name(annotate, text, place):
    doc = annotate(text)
    assert place in locs(doc)
    assert not [e for e in doc.ents if e.label_ == "COUNTRY"]


@pytest.mark.parametrize(
    "text, town, country",
    [
        # no other town of that name: the country is a complement of its own
        ("Ils ont quitté Dakar du Sénégal pour Nouakchott.", "Dakar", "Sénégal"),
        # the town is not in that country
        ("Les familles parties de Saint-Louis de Mauritanie sont arrivées.", "Saint-Louis", "Mauritanie"),
    ],
)
def test_town_and_country_stay_apart_without_a_homonym_in_that_country(annotate, text, town, country):
    doc = annotate(text)
    found = [(e.text, e.label_) for e in doc.ents]
    assert (country, "COUNTRY") in found
    assert not [t for t, _ in found if t.startswith(town) and t != town]


def test_countries_named_lists_homonyms():
    from migtext.countries.places import countries_named

    assert {"SEN", "FRA"} <= countries_named("Saint-Louis")
    assert countries_named("Dakar") == {"SEN"}


@pytest.mark.parametrize(
    "text, place",
    [
        # an event the base model names after its place: the place inside is a LOC
        ("Depuis la chute du mur de Berlin, les routes de l'exil ont changé.", "Berlin"),
        ("Les images du printemps de Prague ont fait le tour du monde.", "Prague"),
        # a disaster named after its place
        ("Un an après le naufrage de Cutro, les familles attendent toujours.", "Cutro"),
    ],
)
def test_places_that_name_events(annotate, text, place):
    assert place in locs(annotate(text))


def test_event_title_with_a_capital_still_stands(annotate):
    doc = annotate("Le Pacte de Marrakech a été adopté par 152 pays.")
    assert "Marrakech" not in locs(doc)


@pytest.mark.parametrize(
    "text, regions",
    [
        ("Dans le Nord-Ouest et le Sud-Ouest, 580 000 personnes restent déplacées.", ["Nord-Ouest", "Sud-Ouest"]),
        ("Les violences se poursuivent dans l'Extrême-Nord du Cameroun.", ["Extrême-Nord"]),
        ("Les attaques visent surtout les régions de l'Est et du Centre-Nord.", ["Est", "Centre-Nord"]),
        ("Dont 190 000 dans la zone Est et 150 000 dans la zone Centre.", ["Est", "Centre"]),
        ("Ils ont gagné le département du Centre, en Haïti.", ["Centre"]),
        ("Déplacés par département :\n– Ouest : 598 000\n– Centre (Hinche) : 147 000\n", ["Ouest", "Centre", "Hinche"]),
        ("Des départs depuis les plages du Nord et du Pas-de-Calais.", ["Nord", "Pas-de-Calais"]),
        ("Un homme est mort à Gravelines (Nord) dimanche.", ["Gravelines", "Nord"]),
    ],
)
def test_regions_named_by_the_compass(annotate, text, regions):
    assert locs(annotate(text)) == regions


@pytest.mark.parametrize(
    "text, word",
    [
        ("Sur la route de l'Est, au moins 460 migrants sont morts.", "Est"),
        ("De nouveaux camps ont ouvert dans l'Est tchadien.", "Est"),
        ("Le Centre d'accueil de Lampedusa est plein.", "Centre"),
        ("Est : la situation se dégrade.", "Est"),
    ],
)
def test_a_lone_point_of_the_compass_is_no_region_without_an_area_or_a_row(annotate, text, word):
    assert word not in locs(annotate(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Le service de sauvetage en mer Salvamento Marítimo a secouru 50 personnes.", None),
        ("Le sauvetage en mer Open Arms Team a repris.", None),
        ("Quarante migrants sont morts en mer Égée.", "mer Égée"),
        ("Le naufrage a eu lieu en mer Rouge.", "mer Rouge"),
    ],
)
def test_en_mer_then_a_name_is_no_sea(annotate, text, place):
    assert [t for t in locs(annotate(text)) if t.startswith("mer")] == ([place] if place else [])


@pytest.mark.parametrize(
    "text, place",
    [
        ('Niger : 800 migrants rentrés avec l\'OIM;"Agadez, 11 mars 2025 (ANP) – 612 migrants arrivés.";', "Agadez"),
        ('{"source": "AFP", "body": "Banda Aceh – Un bateau transportant 150 Rohingyas a accosté."}', "Banda Aceh"),
        ("Trois pirogues sont parties en direction des îles Canaries.", "Canaries"),
    ],
)
def test_datelines_in_one_line_rows_and_islands_by_their_name(annotate, text, place):
    assert place in locs(annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Procédure Dublin\nEn janvier, la Suisse a transféré 174 personnes vers l'État responsable.",
        "Les transferts Dublin vers l'Italie restent rares, selon le ministère.",
        "Le cas Dublin de la famille a été tranché par le tribunal administratif.",
        # the regulation's states, which the base model reads as one place
        "Sur ces demandes, 174 ont été remises par d'autres États Dublin.",
    ],
)
def test_a_city_that_names_a_procedure_is_no_place(annotate, text):
    assert not any("Dublin" in place for place in locs(annotate(text)))


def test_the_city_itself_is_still_a_place(annotate):
    assert locs(annotate("Le ministre irlandais a reçu ses homologues à Dublin mardi.")) == ["Dublin"]
