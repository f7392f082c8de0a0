"""State and parliamentary bodies, unknown organisations, mixed-case acronyms, bylines
and category tags (issue 16, family 2)."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def orgs(doc):
    return [(e.text, e.kb_id_ or None) for e in doc.ents if e.label_ == "ORG"]


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ministries named by their portfolio, the nationals abroad included
        (
            "Le ministère malien des Maliens de l'extérieur a recensé les retours.",
            "ministère malien des Maliens de l'extérieur",
        ),
        (
            "Le ministère des Affaires étrangères et des Sénégalais de l'extérieur a publié un communiqué.",
            "ministère des Affaires étrangères et des Sénégalais de l'extérieur",
        ),
        (
            "La Direction générale des Maliens de l'extérieur a recensé 3 000 retours.",
            "Direction générale des Maliens de l'extérieur",
        ),
        # parliamentary committees, with the chamber they belong to
        (
            "La commission des affaires étrangères du Sénat a auditionné le ministre.",
            "commission des affaires étrangères du Sénat",
        ),
        (
            "La commission des lois de l'Assemblée nationale a adopté le texte.",
            "commission des lois de l'Assemblée nationale",
        ),
        (
            "La commission des libertés civiles du Parlement européen a voté le mandat.",
            "commission des libertés civiles du Parlement européen",
        ),
        # national bodies named by kind, "national" and field, with or without an acronym
        (
            "Le Comité national de lutte contre la traite des personnes a tenu sa réunion.",
            "Comité national de lutte contre la traite des personnes",
        ),
        (
            "L'Instance nationale de lutte contre la traite des personnes a publié son rapport.",
            "Instance nationale de lutte contre la traite des personnes",
        ),
        (
            "La Délégation interministérielle à l'hébergement et à l'accès au logement a publié son bilan.",
            "Délégation interministérielle à l'hébergement et à l'accès au logement",
        ),
        (
            "La Délégation de l'Union européenne au Niger a financé le projet.",
            "Délégation de l'Union européenne au Niger",
        ),
    ],
)
def test_state_bodies_are_one_organisation(annotate, text, expected):
    assert expected in [t for t, _ in orgs(annotate(text, date=DATE))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le ministère grec des Migrations rappelle que 44 000 personnes sont arrivées.",
         "ministère grec des Migrations"),
        ("Le ministère de l'Intérieur indique que 500 migrants ont été interpellés.", "ministère de l'Intérieur"),
        ("Le ministère de la Défense signale 300 interceptions.", "ministère de la Défense"),
        ("Le ministère de l'Intérieur considère que la situation est maîtrisée.", "ministère de l'Intérieur"),
        ("Le ministère de l'Intérieur revendique 21 600 éloignements forcés.", "ministère de l'Intérieur"),
        # a portfolio named by an action, with its object in lowercase
        ("Selon le ministère rwandais de la Gestion des urgences, 2 000 rapatriés sont arrivés.",
         "ministère rwandais de la Gestion des urgences"),
        ("Le ministère de la Femme et de la Lutte contre la traite a ouvert un refuge.",
         "ministère de la Femme et de la Lutte contre la traite"),
        ("D'après le ministère philippin des Travailleurs migrants, 300 cas ont été signalés.",
         "ministère philippin des Travailleurs migrants"),
        ("Le ministère des Affaires intérieures a présenté son bilan annuel.", "ministère des Affaires intérieures"),
        ("Le chiffre a été confirmé par le ministère fédéral de l'Intérieur.", "ministère fédéral de l'Intérieur"),
        # a field with its adjective
        ("Selon la Direction générale de la protection civile, 780 expulsés sont arrivés à Gogui.",
         "Direction générale de la protection civile"),
        # a prosecutor's office and a national society, by their seat
        ("Selon le parquet de Boulogne-sur-Mer, les victimes seraient soudanaises.", "parquet de Boulogne-sur-Mer"),
        ("Le Croissant-Rouge du Niger a aidé 300 migrants à Agadez.", "Croissant-Rouge du Niger"),
        # a ministry named in its own language, as a release's issuer field gives it
        ('{"editeur": "Ministero dell\'Interno – Dipartimento per le libertà civili", "texte": "…"}',
         "Ministero dell'Interno"),
        ("© Ministerio del Interior – Calle Amador de los Ríos, 7 – 28010 Madrid", "Ministerio del Interior"),
        ("La Superintendance nationale des migrations a ouvert une campagne de régularisation.",
         "Superintendance nationale des migrations"),
        # bodies named with their place, their rank, or their remit
        ("Selon l'Administration régionale intérimaire du Tigré, 39 600 déplacés sont rentrés.",
         "Administration régionale intérimaire du Tigré"),
        ("Selon l'administration militaire régionale de Donetsk, 1 200 habitants ont été évacués.",
         "administration militaire régionale de Donetsk"),
        ("La sous-préfecture de Dunkerque a recensé 600 exilés.", "sous-préfecture de Dunkerque"),
        ("La préfecture des Hautes-Alpes fait état de 2 300 non-admissions.", "préfecture des Hautes-Alpes"),
        # a state's guard named by its country's adjective, "hellénique" too; an armed group after "milices"
        ("La garde côtière hellénique a secouru 40 personnes au large de Lesbos.", "garde côtière hellénique"),
        ("Selon les garde-frontières polonais, 300 personnes ont tenté de passer.", "garde-frontières polonais"),
        ("Les combats entre l'armée et les milices Fano ont déplacé 330 000 personnes.", "Fano"),
        # a local government's assembly, with its place
        ("Selon le conseil départemental de la Creuse, 212 jeunes se sont présentés.",
         "conseil départemental de la Creuse"),
        ("Le conseil municipal de Koufra avance le chiffre de 40 000.", "conseil municipal de Koufra"),
        ("Le Conseil régional d'Île-de-France a voté une aide d'urgence.", "Conseil régional d'Île-de-France"),
        ("Le vice-ministère de la Migration et de la Protection internationale a enregistré 5 000 demandes.",
         "vice-ministère de la Migration et de la Protection internationale"),
        ("La Commission nationale chargée des réfugiés a enregistré 3 000 arrivées.",
         "Commission nationale chargée des réfugiés"),
        # a national guard the story's country owns, in lower case
        ("En mer, la garde nationale affirme avoir intercepté 9 200 personnes.", "garde nationale"),
        # a portfolio's own adjective stays in the name
        ("Le ministère de la Santé publique a ouvert un centre.", "ministère de la Santé publique"),
        ("Le ministère des Affaires étrangères rappelle sa position.", "ministère des Affaires étrangères"),
        ("Le ministère des Forces armées a démenti.", "ministère des Forces armées"),
        # a participle with its complement agrees with the noun before the ministry
        ("Les données du ministère de l'Intérieur citées par la Cour montrent une hausse.",
         "ministère de l'Intérieur"),
        ("Selon les statistiques du ministère de l'Intérieur publiées lundi, 300 personnes sont arrivées.",
         "ministère de l'Intérieur"),
    ],
)
def test_a_ministry_ends_before_the_verb_that_follows_it(annotate, text, expected):
    assert expected in [t for t, _ in orgs(annotate(text, date=DATE))]


def test_an_acronym_defined_in_the_text_is_the_organisation_everywhere(annotate):
    doc = annotate(
        "Le Comité national de lutte contre la traite des personnes (CNLTP) a alerté les autorités. "
        "Le CNLTP réclame davantage de moyens.",
        date=DATE,
    )
    assert orgs(doc) == [
        ("Comité national de lutte contre la traite des personnes", None),
        ("CNLTP", None),
        ("CNLTP", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Des milliers de migrants ont péri, selon l'Unhcr et l'Oim.", [("Unhcr", "UNHCR"), ("Oim", "IOM")]),
        ("Le Fnuap a alerté sur la santé des femmes déplacées.", [("Fnuap", "UNFPA")]),
        (
            "Selon l'Unicef, 2 000 enfants sont concernés, et le Pnud finance le programme.",
            [("Unicef", "UNICEF"), ("Pnud", "UNDP")],
        ),
        ("L'Onu et l'Oit appellent à protéger les travailleurs.", [("Onu", "UN"), ("Oit", "ILO")]),
        ("Le Hcr et l'Onudc ont signé un accord.", [("Hcr", "UNHCR"), ("Onudc", "UNODC")]),
    ],
)
def test_an_acronym_in_mixed_case_is_still_the_organisation(annotate, text, expected):
    doc = annotate(text, date=DATE)
    assert orgs(doc) == expected
    assert not [e for e in doc.ents if e.label_ in ("LOC", "PER")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(Le Figaro/AFP) Des centaines de migrants sont arrivés à Lampedusa.", ["Le Figaro", "AFP"]),
        ("(Ouest-France/AFP) Une centaine de migrants ont été secourus.", ["Ouest-France", "AFP"]),
        ("Par Le Monde avec AFP\nUne centaine de migrants ont été secourus.", ["Le Monde", "AFP"]),
    ],
)
def test_bylines_name_their_news_agencies_and_newspapers(annotate, text, expected):
    doc = annotate(text, date=DATE)
    assert [t for t, _ in orgs(doc)] == expected
    assert "COUNTRY" not in [label for _, label in ents(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "SOCIETE- MIGRATIONS- Les arrivées de migrants repartent à la hausse",
        "POLITIQUE- IMMIGRATION- Le gouvernement présente son texte",
        "MONDE- AFRIQUE- Les départs vers les Canaries reprennent",
    ],
)
def test_category_tags_of_a_page_title_are_not_organisations(annotate, text):
    assert orgs(annotate(text, date=DATE)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national agency's French name links to it
        ("L'Agence des douanes et de la protection des frontières (CBP) a enregistré 8 347 interpellations.",
         [("Agence des douanes et de la protection des frontières", "CBP"), ("CBP", "CBP")]),
        # the maritime prefectures are organisations, not two seas
        ("Selon la préfecture maritime de la Manche et de la mer du Nord, 58 personnes ont été secourues. "
         "La Préfecture maritime de l'Atlantique a coordonné un autre sauvetage.",
         [("préfecture maritime de la Manche et de la mer du Nord", "fr-premar-manche"),
          ("Préfecture maritime de l'Atlantique", "fr-premar-atlantique")]),
        # an acronym a figure is credited to, known to the table or not
        ("Personnes déplacées internes : 2 062 534 (source : CONASUR, chiffres au 31 mars 2023)",
         [("CONASUR", "bf-conasur")]),
        ("Personnes sinistrées : 12 400 (source : DGPC, chiffres au 31 mars 2023)", [("DGPC", None)]),
        # a prefecture over its own release, which the base model reads as one place
        ("Préfecture des Pyrénées-Orientales\n\nCommuniqué de presse – le 20 janvier 2026\n\n"
         "Le préfet a présenté le bilan de l'année.", [("Préfecture des Pyrénées-Orientales", None)]),
        # a prefecture of a region or a department named as such; the Paris police's own
        ("Selon un communiqué de la préfecture de la région Île-de-France, le campement a été évacué. La "
         "préfecture de police a mobilisé 250 agents.",
         [("préfecture de la région Île-de-France", None), ("préfecture de police", "fr-prefecture-police")]),
    ],
)
def test_bodies_named_in_full_or_credited_with_a_figure(annotate, text, expected):
    doc = annotate(text, date=DATE)
    assert orgs(doc) == expected
    assert not [e for e in doc.ents if e.label_ == "LOC"]


@pytest.mark.parametrize(
    "text, agency",
    [
        # a news agency in brackets after a dateline's date, known to the table or not, and again in the page
        ("Arlit, 26 mai 2026 (ANP) – Deux convois sont arrivés, a appris l'ANP auprès du préfet.\n\nANP/AI",
         [("ANP", None)] * 3),
        ("Rabat, 27/01/2026 (MAP) - Les autorités marocaines ont avorté 3 000 tentatives.", [("MAP", None)]),
        ('Niger;"Agadez, 11 mars 2025 (ANP) – 612 migrants maliens sont arrivés.";', [("ANP", None)]),
        ("Berlin, 3 juin 2025 (dpa) – Les demandes d'asile reculent.", [("dpa", "DPA")]),
    ],
)
def test_a_dateline_s_news_agency(annotate, text, agency):
    doc = annotate(text, date=DATE)
    assert orgs(doc) == agency
    # an agency reports: it gives no figure as a release's own organisation would
    assert all(f["source"] is None for f in doc._.figures)



def test_the_eu_plus_of_asylum_statistics_is_no_body(annotate):
    # "UE+": the EU with Norway and Switzerland, a statistical area (neither the EU nor a place)
    doc = annotate("Quelque 80 000 demandes ont été introduites dans les pays de l'UE+ en mars.", date=DATE)
    assert not [e for e in doc.ents if e.text.startswith("UE")]
    assert orgs(annotate("L'UE a adopté le pacte sur la migration.", date=DATE)) == [("UE", "EU")]


def test_a_rescue_ship_is_no_organisation_nor_a_source(annotate):
    text = "Méditerranée centrale : le Geo Barents, affrété par MSF, a secouru 206 personnes au large de la Libye."
    doc = annotate(text, date=DATE)
    assert orgs(doc) == [("MSF", "MSF")]
    assert [f["source"] for f in doc._.figures] != ["Geo Barents"]


def test_an_app_named_after_its_organisation_is_no_organisation(annotate):
    text = (
        "La suppression de l'application CBP One a bloqué des milliers de migrants, "
        "a indiqué le CBP, qui a enregistré 2 000 interpellations."
    )
    found = orgs(annotate(text, date=DATE))
    assert [t for t, _ in found] == ["CBP"] and found[0][1] == "CBP"
    assert text.index("CBP One") not in [e.start_char for e in annotate(text, date=DATE).ents]


@pytest.mark.parametrize(
    "text, org, place",
    [
        ("La préfecture de la Vakaga, en Centrafrique, accueille 30 000 réfugiés.", None, "Vakaga"),
        ("Au Maroc, 1 120 tentatives ont eu lieu dans la préfecture de M'diq-Fnideq.", None, "M'diq-Fnideq"),
        ("Selon la préfecture d'Agrigente, 1 340 migrants ont débarqué à Lampedusa.", "préfecture d'Agrigente", None),
        ("Selon la préfecture de Mayotte, 24 000 éloignements ont eu lieu.", "préfecture de Mayotte", None),
    ],
)
def test_a_prefecture_is_an_office_in_france_and_italy_an_area_elsewhere(annotate, text, org, place):
    doc = annotate(text, date=DATE)
    found = {(e.text, e.label_) for e in doc.ents}
    if org:
        assert (org, "ORG") in found
    if place:
        assert (place, "LOC") in found and not any(label == "ORG" for _, label in found)
