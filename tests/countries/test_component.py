"""The countries component in running text: spans, context, regions, places, attributes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migtext.countries.component import phrase_index

SEED = Path(__file__).resolve().parents[2] / "gold" / "seed.jsonl"
OWN_LABELS = ("COUNTRY", "NATIONALITY", "REGION", "LOC")


def ents(doc, labels=OWN_LABELS):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ in labels]


def test_seed_countries_all_found_with_their_codes(annotate):
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    doc = annotate(record["text"], date=record.get("date"))
    gold = {(e["start"], e["end"], e["norm"]) for e in record["entities"] if e["label"] == "COUNTRY"}
    found = {(e.start_char, e.end_char, e.kb_id_) for e in doc.ents if e.label_ == "COUNTRY"}
    assert len(gold) == 25 and gold <= found  # the seed holds 25 country mentions (Maroc twice)
    assert found == gold  # and nothing else called a country


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ils sont arrivés en Algérie puis en Libye.", [("Algérie", "COUNTRY", "DZA"), ("Libye", "COUNTRY", "LBY")]),
        ("Des vols partent vers l'El Salvador chaque semaine.", [("El Salvador", "COUNTRY", "SLV")]),
        ("Le HCR salue l’engagement de la Guinée-Bissau.", [("Guinée-Bissau", "COUNTRY", "GNB")]),
        ("Le Niger et le Nigeria coopèrent.", [("Niger", "COUNTRY", "NER"), ("Nigeria", "COUNTRY", "NGA")]),
        (
            "La Guyane et le Guyana partagent une frontière.",
            [("Guyane", "COUNTRY", "GUF"), ("Guyana", "COUNTRY", "GUY")],
        ),
        (
            "Le Soudan et le Soudan du Sud ont signé.",
            [("Soudan", "COUNTRY", "SDN"), ("Soudan du Sud", "COUNTRY", "SSD")],
        ),
        (
            "La Corée du Nord et la Corée du Sud discutent.",
            [("Corée du Nord", "COUNTRY", "PRK"), ("Corée du Sud", "COUNTRY", "KOR")],
        ),
        ("Le Congo et la RDC sont voisins.", [("Congo", "COUNTRY", "COG"), ("RDC", "COUNTRY", "COD")]),
        ("Vols entre Malte et le Mali.", [("Malte", "COUNTRY", "MLT"), ("Mali", "COUNTRY", "MLI")]),
        (
            "La Guinée, la Guinée équatoriale et la Papouasie-Nouvelle-Guinée.",
            [
                ("Guinée", "COUNTRY", "GIN"),
                ("Guinée équatoriale", "COUNTRY", "GNQ"),
                ("Papouasie-Nouvelle-Guinée", "COUNTRY", "PNG"),
            ],
        ),
        (
            "Les USA et l'URSS, puis la Yougoslavie.",
            [("USA", "COUNTRY", "USA"), ("URSS", "COUNTRY", "SUN"), ("Yougoslavie", "COUNTRY", "YUG")],
        ),
    ],
)
def test_country_spans_leave_articles_out_and_keep_neighbours_apart(annotate, text, expected):
    assert ents(annotate(text), ("COUNTRY",)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bali attire toujours autant de touristes.",
        "Il boit de l'eau et mange du riz.",  # "eau" is not EAU
        "Une réunion a eu lieu mardi.",
        "Le malien est parlé par peu de gens.",  # lowercase noun: an adjective reading is fine, no COUNTRY
    ],
)
def test_no_country_where_there_is_none(annotate, text):
    assert ents(annotate(text), ("COUNTRY",)) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Le fleuve Niger a débordé à Niamey.", "fleuve Niger"),
        ("Autour du lac Tchad, des milliers de déplacés.", "lac Tchad"),
        ("Les pêcheurs du delta du Niger manifestent.", "delta du Niger"),
        ("Dans le bassin du Congo, la forêt recule.", "bassin du Congo"),
        ("Les navires croisent dans le golfe de Guinée.", "golfe de Guinée"),
        ("Des réfugiés ont traversé l'océan Indien.", "océan Indien"),
    ],
)
def test_rivers_lakes_and_seas_named_after_countries_are_loc(annotate, text, place):
    found = ents(annotate(text))
    assert (place, "LOC", "") in found
    assert not any(label in ("COUNTRY", "NATIONALITY") and name in place for name, label, _ in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Maurice Kamto a été reçu par le ministre.", "Maurice"),
        ("Selon Dominique Strauss, la situation s'aggrave.", "Dominique"),
        ("Jordan Bardella a réagi mardi.", "Jordan"),
        ("Le juge Israël Ouédraogo a statué.", "Israël"),
    ],
)
def test_first_names_are_not_countries(annotate, text, name):
    assert not any(e.label_ == "COUNTRY" and name in e.text for e in annotate(text).ents)


@pytest.mark.parametrize(
    "text, alpha3",
    [
        ("Des migrants sont arrivés à Maurice la semaine dernière.", "MUS"),
        ("La Dominique a été frappée par un cyclone.", "DMA"),
        ("Maurice, Madagascar et les Comores coopèrent.", "MUS"),
    ],
)
def test_same_names_as_countries_where_they_are(annotate, text, alpha3):
    assert any(e.label_ == "COUNTRY" and e.kb_id_ == alpha3 for e in annotate(text).ents)


def test_salvador_in_brazil_is_a_city(annotate):
    doc = annotate("À Salvador, dans l'État de Bahia au Brésil, les Vénézuéliens sont nombreux.")
    assert ("Salvador", "LOC", "") in ents(doc)
    doc = annotate("Le Salvador a expulsé 300 migrants vers le Honduras.")
    assert ("Salvador", "COUNTRY", "SLV") in ents(doc)


def test_coordinated_nationality_adjectives_give_one_span_each(annotate):
    doc = annotate("Les gouvernements malien, nigérien et burkinabè ont quitté la CEDEAO.")
    assert ents(doc, ("NATIONALITY",)) == [
        ("malien", "NATIONALITY", "MLI"),
        ("nigérien", "NATIONALITY", "NER"),
        ("burkinabè", "NATIONALITY", "BFA"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Les Rohingyas et les Kurdes fuient les persécutions.",
        "Des migrants africains et européens se croisent.",
        "Il a répondu en français puis en russe.",
    ],
)
def test_ethnic_groups_continent_adjectives_and_languages_are_not_nationalities(annotate, text):
    assert ents(annotate(text), ("NATIONALITY",)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Europe et l'Asie centrale", [("Europe", "REGION", "150"), ("Asie centrale", "REGION", "143")]),
        (
            "en Afrique de l’Ouest et en Afrique du Nord",
            [("Afrique de l’Ouest", "REGION", "011"), ("Afrique du Nord", "REGION", "015")],
        ),
        ("L'Amérique latine et les Caraïbes", [("Amérique latine et les Caraïbes", "REGION", "419")]),
        ("au Sahel et dans la Corne de l'Afrique", [("Sahel", "REGION", ""), ("Corne de l'Afrique", "REGION", "")]),
        (
            "les Balkans occidentaux et le Proche-Orient",
            [("Balkans occidentaux", "REGION", ""), ("Proche-Orient", "REGION", "")],
        ),
        ("l'Afrique subsaharienne", [("Afrique subsaharienne", "REGION", "202")]),
        # agencies' own regions and groupings of states: no M49 code, and not the smaller region inside
        (
            "son bureau pour les États arabes et celui pour l'Afrique de l'Ouest et du Centre",
            [("États arabes", "REGION", ""), ("Afrique de l'Ouest et du Centre", "REGION", "")],
        ),
        ("dans le monde arabe comme dans le Sud global", [("monde arabe", "REGION", ""), ("Sud global", "REGION", "")]),
        (
            "l'Amérique du Sud, pas l'Afrique du Sud",
            [("Amérique du Sud", "REGION", "005"), ("Afrique du Sud", "COUNTRY", "ZAF")],
        ),
    ],
)
def test_regions(annotate, text, expected):
    assert ents(annotate(text), ("REGION", "COUNTRY")) == expected


def test_region_attributes(annotate):
    (ent,) = [e for e in annotate("Les arrivées en Afrique de l'Est augmentent.").ents if e.label_ == "REGION"]
    assert ent._.attrs == {"code": "014", "name_fr": "Afrique de l'Est", "name_en": "Eastern Africa", "parent": "202"}


def test_route_names_its_place(annotate):
    found = ents(annotate("Sur la route de la Méditerranée centrale, les départs reprennent."))
    assert ("Méditerranée centrale", "LOC", "") in found


def test_capital_standing_for_its_government_is_loc(annotate):
    found = ents(annotate("Selon Madrid, les arrivées aux Canaries ont doublé."))
    assert ("Madrid", "LOC", "") in found


def test_model_loc_spans_lose_their_articles_and_island_nouns(annotate):
    doc = annotate("Les migrants ont été conduits à l'île de Lampedusa puis à Tripoli.")
    assert ents(doc, ("LOC",)) == [("Lampedusa", "LOC", ""), ("Tripoli", "LOC", "")]


@pytest.mark.parametrize(
    "text, span, alpha3",
    [
        ("Les autorités de la Mauritannie ont réagi.", "Mauritannie", "MRT"),
        ("Il revient de l'Afganistan.", "Afganistan", "AFG"),
        ("Situation tendue au Camerounn.", "Camerounn", "CMR"),
    ],
)
def test_misspelt_countries_are_fuzzy_matches(annotate, text, span, alpha3):
    (ent,) = [e for e in annotate(text).ents if e.label_ == "COUNTRY"]
    assert (ent.text, ent.kb_id_, ent._.method) == (span, alpha3, "fuzzy")
    assert 0.5 <= ent._.score < 1.0


def test_country_attributes_are_plain_values(annotate):
    (ent,) = [e for e in annotate("Le Sénégal accueille la conférence.").ents if e.label_ == "COUNTRY"]
    attrs = ent._.attrs
    assert (attrs["alpha2"], attrs["alpha3"], attrs["numeric"]) == ("SN", "SEN", "686")
    assert (attrs["m49_region"], attrs["m49_subregion"], attrs["m49_intermediate"]) == ("002", "202", "011")
    assert attrs["name_fr"] == "République du Sénégal" and attrs["name_en"] == "Senegal"
    assert (ent._.method, ent._.score) == ("exact", 1.0)
    assert all(isinstance(v, (str, bool, type(None))) for v in attrs.values())


@pytest.mark.parametrize(
    "text, method",
    [
        ("Le Zaïre ferme ses frontières.", "alias"),
        ("La RDC ferme ses frontières.", "alias"),
        ("Le Myanmar ferme ses frontières.", "exact"),
    ],
)
def test_methods(annotate, text, method):
    (ent,) = [e for e in annotate(text).ents if e.label_ == "COUNTRY"]
    assert ent._.method == method


def test_names_broken_across_lines_keep_offsets_into_the_text(annotate):
    text = "Des arrivées de la République\ndominicaine et de la Corée du\nSud."
    found = [(e.start_char, e.end_char, e.kb_id_) for e in annotate(text).ents if e.label_ == "COUNTRY"]
    dom, kor = text.index("République"), text.index("Corée")
    assert found == [(dom, dom + len("République\ndominicaine"), "DOM"), (kor, kor + len("Corée du\nSud"), "KOR")]


def test_acronyms_must_be_written_in_capitals(annotate):
    assert ents(annotate("La rdc et les eau usées."), ("COUNTRY",)) == []
    assert ents(annotate("La RDC et les EAU."), ("COUNTRY",)) == [("RDC", "COUNTRY", "COD"), ("EAU", "COUNTRY", "ARE")]


def test_output_is_deterministic(annotate):
    text = "Les Maliens et les Sénégalais ont quitté la Libye pour l'Italie via la Méditerranée."
    assert ents(annotate(text)) == ents(annotate(text))


def test_index_is_built_once_per_process():
    assert phrase_index() is phrase_index()
    assert len(phrase_index()) > 1000


@pytest.mark.parametrize(
    "text, span, label, code",
    [
        ("Les chefs d'État se sont réunis à Panama pour parler migrations.", "Panama", "LOC", ""),
        ("Des milliers de migrants traversent le Panama chaque mois.", "Panama", "COUNTRY", "PAN"),
        ("Elle est originaire de Benin City, dans l'État d'Edo.", "Benin City", "LOC", ""),
        ("Les migrants du Bénin arrivent par la route.", "Bénin", "COUNTRY", "BEN"),
        ("Panama, 12 mars - Les arrivées dans le Darién ont doublé.", "Panama", "LOC", ""),
    ],
)
def test_cities_that_share_a_country_name(annotate, text, span, label, code):
    assert (span, label, code) in ents(annotate(text))


@pytest.mark.parametrize(
    "text, span, code",
    [
        ("Ces pays appartenaient à l'ex-URSS.", "ex-URSS", "SUN"),
        ("Les guerres de l’ex-Yougoslavie ont jeté des millions de gens sur les routes.", "ex-Yougoslavie", "YUG"),
    ],
)
def test_ex_prefix_belongs_to_the_former_state(annotate, text, span, code):
    assert (span, "COUNTRY", code) in ents(annotate(text))


def test_continent_adjective_is_not_a_nationality(annotate):
    assert ents(annotate("Une trentaine de chefs d'État du continent américain."), ("NATIONALITY",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Une conférence de presse au Palais des Nations a eu lieu.",  # palais ~ Palaos
        "La conférence se tiendra à Cartagena de Indias en mars.",  # Indias ~ India
        "Les réfugiés arrivent à Lesbos, à Chios et à Samos.",  # Samos ~ Samoa
        # nearest to a demonym only ("équatorien", "maltais"): a region, a border post, no country
        "Les combats dans l'Équatoria ont repris, dans les États d'Équatoria-Central.",
        "Les postes de Belladère et de Malpasse voient arriver chaque jour des expulsés.",
    ],
)
def test_known_words_and_short_names_are_not_fuzzy_countries(annotate, text):
    assert not any(e._.method == "fuzzy" for e in annotate(text).ents)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Des milliers de déplacés vivent dans l'État de Borno.", "Borno"),
        ("Les autorités de N'Djamena ont réagi jeudi.", "N'Djamena"),
        ("Le navire a accosté à La Spezia mardi.", "La Spezia"),
        # a sentence's opening article is no part of the name, the elided one either
        ("L'Isère compte 1 420 places en centre d'accueil.", "Isère"),
        ("Le centre de Saint-Martin-d'Hères accueille 40 personnes.", "Saint-Martin-d'Hères"),
    ],
)
def test_model_place_spans_are_trimmed_to_the_name(annotate, text, span):
    assert [e.text for e in annotate(text).ents if e.label_ == "LOC"] == [span]


@pytest.mark.parametrize(
    "text, places",
    [
        # a joint dateline: every place is the city the text is written in
        ("PANAMA / NEW YORK, le 10 avril 2024 – Au moins 9 000 enfants ont traversé le Darién.",
         ["PANAMA", "NEW YORK"]),
        ("ROME/NEW YORK, 14 juin 2024 – Depuis janvier, 4 000 enfants sont arrivés en Italie.", ["ROME", "NEW YORK"]),
        ("Djibouti / Genève, le 11 mars 2025 – Au moins 40 migrants sont morts au large du Yémen.",
         ["Djibouti", "Genève"]),
        ("Djibouti, 18 septembre 2025 (ADI) – Le centre d'Obock a accueilli 300 migrants.", ["Djibouti"]),
    ],
)
def test_joint_datelines_name_cities(annotate, text, places):
    doc = annotate(text)
    assert [e.text for e in doc.ents if e.label_ == "LOC"][: len(places)] == places
    assert doc.text == text  # no line break put inside "NEW YORK"


@pytest.mark.parametrize(
    "text, place",
    [
        # an agency's office, in a release's contact line: the city, past the model's "OIM Niamey"
        ("Contact : Aminata Souley, OIM Niamey, +227 20 52 33 40, asouley@iom.int", ("Niamey", "LOC", "")),
        ("Contact : Rania Haddad, HCR Beyrouth, haddadr@unhcr.org", ("Beyrouth", "LOC", "")),
        ("Contact : Lucía Berrocal, OIM Panama, lberrocal@iom.int", ("Panama", "LOC", "")),
    ],
)
def test_an_office_s_city_after_its_agency(annotate, text, place):
    assert place in ents(annotate(text))


@pytest.mark.parametrize(
    "text, place",
    [
        # a city named after its country, glued by a hyphen
        ("Abeer Hammad, porte-parole du PAM à Port-Soudan, a réagi.", "Port-Soudan"),
        # an area named after its noun, without "de"
        ("Les centres d'accueil de la région Hauts-de-France sont pleins.", "Hauts-de-France"),
        # places the news names in full
        ("Des milliers de personnes ont fui vers le sud de la bande de Gaza.", "bande de Gaza"),
        ("Les arrivées sur les îles de l'Égée orientale ont doublé.", "Égée orientale"),
    ],
)
def test_places_named_whole(annotate, text, place):
    found = [e.text for e in annotate(text).ents if e.label_ in ("LOC", "COUNTRY")]
    assert found == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Détections de janvier à mai 2025 par route\nMéditerranée centrale : 20 800",
        "Collecte : 3 – 21 mars 2025 | Publié le 28 mars",
        "Enregistré à la présidence du Sénat le 12 juin 2025.",
        "Réfugiés\nDans l'ouest de l'Amhara, 5 000 réfugiés attendent.",
    ],
)
def test_a_common_word_capitalised_by_its_place_in_a_line_is_no_place(annotate, text):
    found = [e.text for e in annotate(text).ents if e.label_ == "LOC"]
    assert not {"Détections", "Collecte", "Enregistré", "Réfugiés"} & set(found)


def test_two_countries_joined_by_a_hyphen_stay_two(annotate):
    found = ents(annotate("La frontière Soudan-Tchad reste ouverte aux réfugiés."))
    assert [("Soudan", "COUNTRY", "SDN"), ("Tchad", "COUNTRY", "TCD")] == [e for e in found if e[1] == "COUNTRY"]


def test_djibouti_in_running_text_stays_the_country(annotate):
    assert ("Djibouti", "COUNTRY", "DJI") in ents(annotate("Des centaines de migrants sont bloqués à Djibouti."))


def test_the_nations_of_the_united_kingdom_are_places_in_it(annotate):
    # no ISO 3166-1 code: LOC (CONTRACT.md), placed in the United Kingdom for the figures
    doc = annotate("Depuis janvier, 25 000 migrants sont arrivés en Angleterre à bord de petits bateaux.", "2025-06-01")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Angleterre"] == [("Angleterre", "LOC")]
    assert [f["country"] for f in doc._.figures] == ["GBR"]
    assert ("Écosse", "LOC", "") in ents(annotate("L'Écosse accueille 300 réfugiés ukrainiens."))


def test_granada_in_spain_is_a_city_grenada_is_a_country(annotate):
    assert ("Grenade", "LOC", "") in ents(annotate("En Andalousie, à Grenade, les saisonniers marocains manifestent."))
    assert ("Grenade", "COUNTRY", "GRD") in ents(annotate("La Grenade et Sainte-Lucie ont signé l'accord."))


def test_macedonia_next_to_greece_stays_the_country(annotate):
    found = ents(annotate("À Idomeni, à la frontière entre la Grèce et la Macédoine, des milliers attendent."))
    assert ("Macédoine", "COUNTRY", "MKD") in found


@pytest.mark.parametrize(
    "text",
    [
        "Arrivé il y a deux ans, il s'exprime dans un français déjà très sûr.",
        "L'association propose des cours de français et d'espagnol le samedi matin.",
        "Elle parle l'arabe, apprend le portugais et comprend un peu le turc.",
        "À la maison, les enfants parlent russe avec leur grand-mère.",
        "Le formulaire n'existe qu'en allemand et en italien.",
    ],
)
def test_lowercase_language_names_after_an_article_or_speech_are_languages(annotate, text):
    assert ents(annotate(text), ("NATIONALITY",)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Un ressortissant français a été placé en rétention à Calais.", ("français", "FRA")),
        ("Le gouvernement italien a rejeté la proposition de quotas.", ("italien", "ITA")),
        ("Elle est de nationalité française depuis son mariage.", ("française", "FRA")),
        ("Les Portugais installés au Luxembourg votent dimanche.", ("Portugais", "PRT")),
        ("Un Allemand de 40 ans a porté plainte contre l'agence.", ("Allemand", "DEU")),
        ("Le ministre turc de l'Intérieur a reçu son homologue grec.", ("turc", "TUR")),
    ],
)
def test_nationalities_next_to_language_readings_stay(annotate, text, expected):
    found = [(t, code) for t, _, code in ents(annotate(text), ("NATIONALITY",))]
    assert expected in found


@pytest.mark.parametrize(
    "text, word",
    [
        ("Bassin du Congo : des milliers de familles privées d'eau potable.", "Bassin"),
        ("Le Royaume affirme avoir accueilli plus de réfugiés que ses voisins.", "Royaume"),
        ("Région frontalière : les passages ont doublé en un an.", "Région"),
        ("L'État de droit recule, selon le rapport annuel.", "L'État"),
    ],
)
def test_generic_nouns_capitalised_at_a_sentence_start_are_not_places(annotate, text, word):
    assert word not in [t for t, _, _ in ents(annotate(text))]



def test_dateline_place_ends_at_the_dash(annotate):
    doc = annotate("Des migrants ont été arrêtés.\n\nOujda - Les forces auxiliaires ont démantelé un camp.")
    assert ("Oujda", "LOC", "") in ents(doc, ("LOC",))
    assert not [t for t, _, _ in ents(doc) if "Les" in t]


@pytest.mark.parametrize(
    "text",
    [
        "Le mémorandum italo-libyen a été reconduit sans débat.",
        "Les relations franco-algériennes traversent une nouvelle crise.",
    ],
)
def test_compound_adjectives_of_relations_are_not_nationalities(annotate, text):
    assert ents(annotate(text), ("NATIONALITY",)) == []


def test_compound_prefix_leaves_the_next_nationality_alone(annotate):
    doc = annotate("Le protocole italo-albanais vise un ressortissant albanais.")
    assert ents(doc, ("NATIONALITY",)) == [("albanais", "NATIONALITY", "ALB")]


def test_arab_states_are_a_region_but_their_league_is_an_organisation(annotate):
    doc = annotate("Le bureau pour les États arabes suit les travailleurs des États du Golfe.")
    assert ents(doc, ("REGION",)) == [("États arabes", "REGION", ""), ("Golfe", "REGION", "")]
    doc = annotate("La Ligue des États arabes s'est réunie hier.")
    assert ents(doc, ("REGION",)) == []


def test_a_capitalised_common_word_is_no_place_but_a_name_is(nlp):
    """The model's one-word LOC: a word the dictionary lists is asked to the tagger ("Est"
    in "la route de l'Est" is a common noun there); a word it does not list is a name."""
    from migtext.core.tags import DocTags
    from migtext.countries.component import CountryRecognizer

    recognizer = nlp.get_pipe("migtext_countries")
    text = "Les migrants de la route de l'Est arrivent à Obock."
    doc = nlp.make_doc(text)
    tags = DocTags.of(doc, recognizer.tagger)
    est, obock = text.index("Est"), text.index("Obock")
    assert recognizer._place_test(doc, tags, obock, obock + 5) is True  # no tagger needed
    first_last = recognizer._place_test(doc, tags, est, est + 3)
    assert isinstance(first_last, tuple)  # "Est" is a dictionary word: the tagger decides
    assert not tags.tagged.any()
    assert CountryRecognizer._proper_noun(tags, *first_last) is (tags.pos_name(first_last[0]) in ("PROPN", "X"))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Au total, plus de 1 600 Rohingyas sont arrivés dans la province d'Aceh.", "Rohingyas"),
        ("Quelque 150 000 Rohingyas ont fui la Birmanie pour le Bangladesh.", "Rohingyas"),
        ("Sans les 26 enfants du Cada, nous aurions fermé une classe.", "Cada"),
        ("L'Allemagne a reçu 229 800 demandes, et ses Länder manquent de places.", "Länder"),
    ],
)
def test_peoples_and_common_nouns_the_model_reads_as_places_are_none(annotate, text, word):
    assert word not in [e.text for e in annotate(text).ents]
