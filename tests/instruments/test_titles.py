"""LEGAL mentions found in raw text by `migtext.instruments.titles.find_mentions` (no spaCy)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.instruments import kb, titles


def mentions(text, **kwargs):
    return [(text[m.start : m.end], m.norm) for m in titles.find_mentions(text, **kwargs)]


def one(text, **kwargs):
    found = mentions(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "text, span, norm",
    [
        ("Le Brésil n'a pas signé le Pacte de Marrakech.", "Pacte de Marrakech", "unga:A/RES/73/195"),
        ("La Convention de Kampala protège les déplacés internes.", "Convention de Kampala",
         "au:kampala-convention-2009"),
        ("Selon la Convention de 1951, nul ne peut être refoulé.", "Convention de 1951", "untc:V-2"),
        ("La Convention de Genève garantit le non-refoulement.", "Convention de Genève", "untc:V-2"),
        ("Le pays applique la convention de Genève de 1951.", "convention de Genève de 1951", "untc:V-2"),
        ("Il invoque le Protocole de Palerme devant le juge.", "Protocole de Palerme", "untc:XVIII-12-a"),
        ("La CIDE impose de considérer l'intérêt supérieur de l'enfant.", "CIDE", "untc:IV-11"),
        ("Le PIDCP a été adopté en 1966.", "PIDCP", "untc:IV-4"),
        ("Le PIDESC a été adopté en 1966.", "PIDESC", "untc:IV-3"),
        ("Il faut réformer le règlement Dublin avant l'été.", "règlement Dublin", "celex:32013R0604"),
        ("Le Qatar n'a pas ratifié la Convention sur les travailleurs domestiques de l'OIT.",
         "Convention sur les travailleurs domestiques de l'OIT", "ilo:C189"),
        ("la Convention de Kampala de l'Union africaine", "Convention de Kampala de l'Union africaine",
         "au:kampala-convention-2009"),
        ("Les transferts Dublin III ont repris.", "Dublin III", "celex:32013R0604"),
        ("La Grèce a invoqué la Convention de l’OUA de 1969.", "Convention de l’OUA de 1969",
         "au:oau-refugee-convention-1969"),
        ("Ils soutiennent la réalisation du Programme 2030 en Afrique.", "Programme 2030", "unga:A/RES/70/1"),
        ("La DUDH a été proclamée à Paris.", "DUDH", "unga:A/RES/217(III)"),
        ("La Turquie s'est retirée de la Convention d'Istanbul en 2021.", "Convention d'Istanbul", "coe:CETS-210"),
        ("Le Protocole de 1967 a levé la limite géographique.", "Protocole de 1967", "untc:V-5"),
        ("Le sommet a salué la Déclaration de New York pour les réfugiés et les migrants.",
         "Déclaration de New York pour les réfugiés et les migrants", "unga:A/RES/71/1"),
        ("La directive « retour » fixe la durée maximale de rétention.", "directive « retour »", "celex:32008L0115"),
        ("La directive “accueil” sera transposée.", "directive “accueil”", "celex:32013L0033"),
        ("Le code frontières Schengen autorise des contrôles temporaires.", "code frontières Schengen",
         "celex:32016R0399"),
        ("Le Cadre de Sendai inclut les déplacements liés aux catastrophes.", "Cadre de Sendai", "unga:A/RES/69/283"),
        ("Le protocole de la CEDEAO de 1979 garantit 90 jours sans visa.", "protocole de la CEDEAO de 1979",
         "ecowas:A/P.1/5/79"),
        ("Les accords de Schengen ont supprimé les contrôles.", "accords de Schengen",
         "celex:42000A0922(01);celex:42000A0922(02)"),
        ("Les Conventions de Genève de 1949 protègent les civils.", "Conventions de Genève de 1949",
         "icrc:GC-I-1949;icrc:GC-II-1949;icrc:GC-III-1949;icrc:GC-IV-1949"),
        ("La IVe Convention de Genève protège les civils.", "IVe Convention de Genève", "icrc:GC-IV-1949"),
        ("Les deux pactes mondiaux ont été adoptés en 2018.", "deux pactes mondiaux",
         "unga:A/RES/73/151;unga:A/RES/73/195"),
    ],
)  # fmt: skip
def test_short_names_and_acronyms(text, span, norm):
    assert one(text) == (span, norm)


def test_the_1951_convention_and_its_1967_protocol_are_two_instruments():
    text = "La Convention relative au statut des réfugiés et le Protocole relatif au statut des réfugiés."
    assert mentions(text) == [
        ("Convention relative au statut des réfugiés", "untc:V-2"),
        ("Protocole relatif au statut des réfugiés", "untc:V-5"),
    ]


def test_geneva_conventions_of_1949_are_not_the_refugee_convention():
    assert one("Les Conventions de Genève interdisent ces attaques.")[1].startswith("icrc:GC-I-1949;")
    assert one("La Convention de Genève de 1949 interdit ces attaques.")[1] != "untc:V-2"


@pytest.mark.parametrize(
    "text, norm",
    [
        ("la Convention internationale sur la protection des droits humains de tous les travailleurs migrants et "
         "des membres de leurs familles", "untc:IV-13"),
        ("la Convention des Nations Unies contre la criminalité\ntransnationale organisée", "untc:XVIII-12"),
        ("la convention relative aux droits de l’enfant", "untc:IV-11"),
        ("la CONVENTION RELATIVE AU STATUT DES REFUGIES", "untc:V-2"),
        ("la Convention relative au statut\ndes apatrides", "untc:V-3"),
        ("selon la Convention de l`OUA de 1969", "au:oau-refugee-convention-1969"),
        ("la convention internationale des droits de l´enfant", "untc:IV-11"),
        ("Notre travailLa Convention de Genève s'applique", "untc:V-2"),
        ("PACTE MONDIAL SUR LES RÉFUGIÉS", "unga:A/RES/73/151"),
    ],
)  # fmt: skip
def test_titles_tolerate_line_breaks_case_accents_and_rewording(text, norm):
    assert one(text)[1] == norm


# --------------------------------------------------------------------------- fuzzy thresholds


@pytest.mark.parametrize(
    "text, norm",
    [
        # plural and singular, an inserted word
        ("la Convention internationale sur la protection des droits humains de tous les travailleurs migrants "
         "et des membres de leurs familles", "untc:IV-13"),
        ("la Convention relative au statut des personnes apatrides", "untc:V-3"),
        ("la Convention sur la réduction du nombre de cas d'apatridie", "untc:V-4"),
        # a missing word, a typo, words in another order
        ("le Protocole contre le trafic de migrants par terre, mer et air", "untc:XVIII-12-b"),
        ("le Protocole visant à prévenir, réprimer et punir la traite des personnes, notamment des femmes et des "
         "enfants", "untc:XVIII-12-a"),
        ("la Convention sur l'élimination de toutes les formes de discrimination à l'égard des fémmes",
         "untc:IV-8"),
        ("le Pacte mondial pour une migration sure, ordonnée et régulière", "unga:A/RES/73/195"),
        ("la Convention internationale sur l'élimination de toutes formes de discrimination raciale", "untc:IV-2"),
        ("la Convention européenne de sauvegarde des droits humains et des libertés fondamentales",
         "coe:ETS-005"),
        # the body that adopted it, inserted
        ("la convention de l'OIT sur les travailleurs domestiques", "ilo:C189"),
        ("la Convention de l'ONU relative aux droits des personnes handicapées", "untc:IV-15"),
    ],
)  # fmt: skip
def test_close_variants_are_accepted(text, norm):
    span, found = one(text)
    assert found == norm
    assert text.endswith(span)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the two statelessness conventions
        ("la Convention relative au statut des apatrides", "untc:V-3"),
        ("la Convention sur la réduction des cas d'apatridie", "untc:V-4"),
        ("la convention de 1961 sur la réduction des cas d'apatridie", "untc:V-4"),
        ("la convention de 1954 relative au statut des apatrides", "untc:V-3"),
        # the three Palermo protocols
        ("le Protocole contre la traite des personnes", "untc:XVIII-12-a"),
        ("le Protocole contre le trafic illicite de migrants", "untc:XVIII-12-b"),
        ("le Protocole contre la fabrication et le trafic illicites d'armes à feu", "untc:XVIII-12-c"),
        # the 1951 convention and its 1967 protocol
        ("la Convention relative au statut des réfugiés", "untc:V-2"),
        ("le Protocole relatif au statut des réfugiés", "untc:V-5"),
        # the EU pacts of 2008 and 2024
        ("le Pacte européen sur l'immigration et l'asile", "eu:european-pact-immigration-asylum-2008"),
        ("le Pacte européen sur la migration et l'asile", "eu:pact-migration-asylum-2024"),
    ],
)  # fmt: skip
def test_similar_but_different_instruments_are_never_confused(text, expected):
    assert one(text)[1] == expected


def test_two_equally_good_titles_are_not_guessed():
    # each of the two additional protocols of 1977 differs by "non" only: a text naming neither
    # precisely must not be given to one of them by a hair's breadth
    text = "le Protocole additionnel aux Conventions de Genève relatif à la protection des victimes des conflits armés"
    assert not any("AP-" in (norm or "") for _, norm in mentions(text))


# --------------------------------------------------------------------------- several instruments


@pytest.mark.parametrize(
    "text, span, norm",
    [
        ("la Convention des Nations Unies contre la criminalité transnationale organisée et ses deux protocoles "
         "sur le\ntrafic et la traite des migrants, la déclaration", "ses deux protocoles sur le\ntrafic et la "
         "traite des migrants", "untc:XVIII-12-a;untc:XVIII-12-b"),
        ("la Convention de Palerme et ses protocoles additionnels.", "ses protocoles additionnels",
         "untc:XVIII-12-a;untc:XVIII-12-b;untc:XVIII-12-c"),
        ("la Convention de Palerme et ses trois protocoles.", "ses trois protocoles",
         "untc:XVIII-12-a;untc:XVIII-12-b;untc:XVIII-12-c"),
        ("la Convention de Palerme et son protocole sur les armes à feu.", "son protocole sur les armes à feu",
         "untc:XVIII-12-c"),
        ("la Convention relative aux droits de l'enfant et ses protocoles facultatifs.", "ses protocoles facultatifs",
         "untc:IV-11-b;untc:IV-11-c;untc:IV-11-d"),
        ("les Conventions de Genève de 1949 et leurs protocoles additionnels.", "leurs protocoles additionnels",
         "icrc:AP-I-1977;icrc:AP-II-1977;icrc:AP-III-2005"),
        ("les États parties aux conventions de 1954 et de 1961 sur l’apatridie", "conventions de 1954 et de 1961 sur "
         "l’apatridie", "untc:V-3;untc:V-4"),
    ],
)  # fmt: skip
def test_one_phrase_naming_several_instruments(text, span, norm):
    assert (span, norm) in mentions(text)


def test_a_possessive_before_a_capitalised_title_stays_outside():
    text = "L'Italie applique la Convention de 1951 et son Protocole de 1967 aux demandeurs."
    assert ("Protocole de 1967", "untc:V-5") in mentions(text)


def test_a_possessive_protocol_of_a_year_the_parent_has_none_of_is_not_linked():
    text = "La Convention de Palerme et son protocole de 1999 sont cités."
    assert [s for s, _ in mentions(text)] == ["Convention de Palerme"]


# --------------------------------------------------------------------------- unknown instruments


@pytest.mark.parametrize(
    "text, span",
    [
        ("La déclaration de Lima demande aux pays de faciliter les transferts.", "déclaration de Lima"),
        ("Ils ont signé la Déclaration de Quito.", "Déclaration de Quito"),
        ("La loi immigration de 2024 a été censurée en partie.", "loi immigration de 2024"),
        ("La loi du 26 janvier 2024 modifie le droit au séjour.", "loi du 26 janvier 2024"),
        ("La loi sur la nationalité de 1982 les prive de citoyenneté.", "loi sur la nationalité de 1982"),
        ("La loi Bossi-Fini encadre l'immigration en Italie.", "loi Bossi-Fini"),
        ("L'accord UE-Turquie de 2016 prévoit des renvois.", "accord UE-Turquie de 2016"),
        ("Le protocole de l'IGAD sur la libre circulation des personnes, adopté en 2020.",
         "protocole de l'IGAD sur la libre circulation des personnes"),
        ("le décret-loi n° 1/2023 du gouvernement", "décret-loi n° 1/2023"),
        ("le statut créé par le décret 216 de 2021", "décret 216 de 2021"),
        ("L'arrêté n° 2023-145 du préfet interdit les distributions.", "arrêté n° 2023-145"),
        ("la levée du Titre 42, une mesure sanitaire", "Titre 42"),
        ("dans le cadre du mémorandum d'entente italo-libyen signé en 2017", "mémorandum d'entente italo-libyen"),
        ("un protocole d'accord sur un partenariat stratégique et global prévoyant une aide",
         "protocole d'accord sur un partenariat stratégique et global"),
        ("La Déclaration de Los Angeles sur la migration et la protection, adoptée en 2022.",
         "Déclaration de Los Angeles sur la migration et la protection"),
        ("l'accord tripartite de 2017 entre le Burundi et la Tanzanie", "accord tripartite de 2017"),
        ("grâce au traité d'union Falepili, entré en vigueur", "traité d'union Falepili"),
        ("Le Niger a abrogé la loi 2015-36 relative au trafic illicite de migrants.",
         "loi 2015-36 relative au trafic illicite de migrants"),
        ("Rome veut suspendre le protocole d'accord avec l'Albanie.", "protocole d'accord avec l'Albanie"),
        ("Le Royaume-Uni a adopté le Safety of Rwanda Act en avril.", "Safety of Rwanda Act"),
        ("Selon l'Illegal Migration Act 2023, les arrivants seront détenus.", "Illegal Migration Act 2023"),
        ("Le Parlement a voté la loi asile et immigration en décembre.", "loi asile et immigration"),
        ("La loi Asile-Immigration a été promulguée.", "loi Asile-Immigration"),
        # national acts by their subject, a person or a date
        ("Le Parlement suédois a adopté la loi sur les étrangers en mars.", "loi sur les étrangers"),
        ("Une loi sur l'asile promulguée en décembre 2023 prévoit des centres fermés.", "loi sur l'asile"),
        ("Ils invoquent la loi sur l’octroi d’une protection aux étrangers.",
         "loi sur l’octroi d’une protection aux étrangers"),
        ("La Loi sur l'immigration et la protection des réfugiés pour accélérer les dossiers a été modifiée.",
         "Loi sur l'immigration et la protection des réfugiés"),
        ("En vertu de la loi 12-05 relative à l'entrée et au séjour des étrangers, ils sont condamnés.",
         "loi 12-05 relative à l'entrée et au séjour des étrangers"),
        ("Le Sénat a voté la loi relative à l'entrée et au séjour des étrangers adoptée en mars.",
         "loi relative à l'entrée et au séjour des étrangers"),
        ("Madrid applique le décret-loi royal 3/2024 depuis avril.", "décret-loi royal 3/2024"),
        ("Depuis le décret Piantedosi, les navires sont bloqués au port.", "décret Piantedosi"),
        ("Malgré la circulaire du 5 mars 2024, les régularisations baissent.", "circulaire du 5 mars 2024"),
        ("Le contrôle de la frontière repose sur le traité du Touquet, signé en 2003.", "traité du Touquet"),
        ("La réforme du règlement de la loi sur les étrangers est entrée en vigueur.",
         "règlement de la loi sur les étrangers"),
        ("Depuis la fin du titre 42, les expulsions ont augmenté.", "titre 42"),
        # national codes of law (data/legal_codes.txt)
        ("La police a contrôlé 30 chantiers en vertu du Code du travail.", "Code du travail"),
        ("Il risque trois ans de prison selon le Code pénal belge.", "Code pénal belge"),
    ],
)  # fmt: skip
def test_instruments_outside_the_table_are_legal_without_id(text, span):
    assert one(text) == (span, None)


@pytest.mark.parametrize(
    "text",
    [
        "La convention a été ratifiée par 58 États.",
        "Ce protocole entre en vigueur demain.",
        "Les conventions internationales protègent les migrants.",
        "La traite des personnes a augmenté de 10 %.",
        "La traite des migrants de Libye inquiète.",
        "Le processus de Rabat réunit 57 pays.",
        "Le Processus de Khartoum a été lancé en 2014.",
        "La déclaration de Brunson McKinley a été saluée.",
        "La déclaration de M. Guterres est attendue.",
        "Selon la déclaration de l'OIM sur la situation, 40 personnes sont mortes.",
        "La loi est entrée en vigueur.",
        "la convention signée en 2017",
        # a verb and a count, not an order or a decision by number
        "Les autorités ont arrêté 680 000 migrants en 2023.",
        "La police a arrêté 25 passeurs.",
        "Cette décision 3 000 familles l'attendaient.",
        "Les gardes-frontières ont également arrêté 82 passeurs.",
        "L'institut affirme avoir arrêté 1,2 million d'étrangers.",
        # laws in general, a proposal, rules of any kind
        "Il a été entendu par la commission des lois sur la rétention administrative.",
        "La Commission a proposé un règlement sur les retours.",
        "Il faut respecter la loi. La loi sur ce point est claire.",
        "Le règlement des différends prend du temps.",
        "Le titre 3 du rapport décrit les camps.",
        "Il a adopté un code de conduite.",
        "",
        "   \n  ",
    ],
)
def test_common_nouns_and_statements_are_not_instruments(text):
    assert mentions(text) == []


def test_vetoed_names_are_people_not_places():
    text = "La déclaration de Guterres a surpris."
    assert one(text) == ("déclaration de Guterres", None)
    start = text.index("Guterres")
    assert mentions(text, vetoes=[(start, start + 8)]) == []


@pytest.mark.parametrize("text, name", [("la déclaration UE-Turquie, conclue", "UE"), ("la loi Darmanin", "Darmanin")])
def test_vetoes_do_not_apply_to_parties_or_laws_named_after_people(text, name):
    start = text.index(name)
    assert len(mentions(text, vetoes=[(start, start + len(name))])) == 1


def test_a_verb_ends_a_law_named_by_its_subject():
    text = "Le nouveau règlement sur les étrangers ouvre la voie à des régularisations."
    assert one(text, verbs=[text.index("ouvre")]) == ("règlement sur les étrangers", None)


def test_the_ceseda_is_the_table_s_whatever_its_case():
    text = "Le Ceseda prévoit une dérogation ; le CESEDA est modifié."
    assert {ids for _, ids in mentions(text)} == {"fr:ceseda"}


def test_verbs_end_a_descriptive_title():
    text = "Les conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants restent peu ratifiées."
    verb = text.index("restent")
    assert one(text, verbs=[verb])[0] == "conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants"


# --------------------------------------------------------------------------- the European Convention and the Court


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'article 3 de la CEDH interdit la torture.", [("CEDH", "coe:ETS-005")]),
        ("Il invoque une violation de la CEDH.", [("CEDH", "coe:ETS-005")]),
        ("La Convention européenne des droits de l'homme (CEDH) protège la vie familiale.",
         [("Convention européenne des droits de l'homme", "coe:ETS-005"), ("CEDH", "coe:ETS-005")]),
        ("La CEDH a condamné la France.", []),
        ("La Cour européenne des droits de l'homme (CEDH) a jugé que l'article 3 de la CEDH était violé.", []),
    ],
)  # fmt: skip
def test_cedh_is_the_convention_only_in_context(text, expected):
    assert mentions(text) == expected


def test_mentions_are_in_text_order_and_do_not_overlap():
    text = ("Le Pacte de Marrakech, la Convention de 1951, le règlement (UE) n° 604/2013 et la déclaration de Lima "
            "complètent la Convention relative aux droits de l'enfant.")  # fmt: skip
    found = titles.find_mentions(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert len(found) == 5


# --------------------------------------------------------------------------- any text

_FRAGMENTS = [
    "la", "Convention", "convention", "de", "d'", "l’", "Genève", "1951", "1969", "n°", "143", "97", "OIT", "l'OIT",
    "règlement", "(UE)", "604/2013", "2016/399", "directive", "2008/115/CE", "ses", "deux", "protocoles", "sur",
    "trafic", "traite", "et", "Lima", "loi", "immigration", "2024", "Pacte", "Marrakech", "CEDH", "article", "3",
    "«", "»", "(", ")", ",", ".", "\n", "relative", "à", "Act", "Safety", "UE-Turquie", "accord", "C189", "décret",
    "1/2023", "Titre", "42", "Protocole", "de Palerme", "Conventions", "leurs", "protocoles additionnels", "é",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40), st.sampled_from([" ", "\n", "  "]))
def test_any_text_gives_ordered_non_overlapping_mentions_with_attributes(parts, sep):
    text = sep.join(parts)
    found = titles.find_mentions(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        attrs = kb.attributes(m.ids)
        assert attrs["id"] == m.norm
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# --------------------------------------------------------------------------- named by qualifiers


@pytest.mark.parametrize(
    "text, span",
    [
        ("Le protocole italo-albanais de novembre 2023 externalise l'examen des demandes.", "protocole italo-albanais"),
        ("Londres invoque l'accord franco-britannique sur les traversées de la Manche.",
         "accord franco-britannique sur les traversées de la Manche"),
        ("L'Entente sur les tiers pays sûrs entre le Canada et les États-Unis limite les demandes.",
         "Entente sur les tiers pays sûrs"),
        ("Les ministres ont évalué le Statut migratoire andin, en vigueur depuis 2021.", "Statut migratoire andin"),
        ("Le Parlement a voté le règlement européen sur l'intelligence artificielle.",
         "règlement européen sur l'intelligence artificielle"),
        ("Bruxelles prépare une directive européenne relative aux travailleurs saisonniers.",
         "directive européenne relative aux travailleurs saisonniers"),
    ],
)  # fmt: skip
def test_instruments_named_by_qualifiers(text, span):
    assert (span, None) in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Accord trouvé à Bruxelles sur les quotas de pêche.",
        "L'Accord a été signé hier soir.",
        "Le protocole sanitaire a été levé.",
        "Un accord a été trouvé entre les partis.",
        "Le statut migratoire des saisonniers reste précaire.",
    ],
)
def test_capitals_or_common_nouns_without_a_name_are_not_instruments(text):
    assert mentions(text) == []


def test_a_short_name_is_linked_only_in_its_field():
    about_asylum = "Le Pacte européen changera l'examen des demandes d'asile aux frontières."
    about_budget = "Le Pacte européen de stabilité limite les déficits publics."
    assert ("Pacte européen", "eu:pact-migration-asylum-2024") in mentions(about_asylum)
    assert ("Pacte européen", None) in mentions(about_budget)
