"""The organisations table and its lookups, without spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.core.text import fold
from migtext.organisations.kb import (
    CONTEXT_RULES,
    TYPES,
    decide_acronym,
    find_organisations,
    forms,
    get,
    load_organisations,
    lookup,
)

# The reference table of the contract: norm -> (French forms seen in news, Wikidata id).
REFERENCE = {
    "IOM": (["OIM", "Organisation internationale pour les migrations"], "Q472311"),
    "UNHCR": (["HCR", "UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés"], "Q28606331"),
    "ILO": (["OIT", "Organisation internationale du Travail", "BIT"], "Q54129"),
    "UNDP": (["PNUD", "Programme des Nations unies pour le développement"], "Q161718"),
    "UNFPA": (["FNUAP", "UNFPA", "Fonds des Nations unies pour la population"], "Q623036"),
    "UNODC": (["ONUDC", "Office des Nations unies contre la drogue et le crime"], None),
    "ECLAC": (["CEPALC", "Commission économique pour l'Amérique latine et les Caraïbes"], "Q32874"),
    "UNESCO": (["UNESCO"], "Q7809"),
    "UNICEF": (["UNICEF", "Fonds des Nations unies pour l'enfance"], "Q740308"),
    "WHO": (["OMS", "Organisation mondiale de la santé"], "Q7817"),
    "WFP": (["PAM", "Programme alimentaire mondial"], "Q204344"),
    "FAO": (["FAO"], "Q82151"),
    "OCHA": (["OCHA", "Bureau de la coordination des affaires humanitaires"], None),
    "OHCHR": (["HCDH", "Haut-Commissariat aux droits de l'homme"], None),
    "UNRWA": (["UNRWA"], "Q846656"),
    "UNWOMEN": (["ONU Femmes"], "Q641576"),
    "UN": (["ONU", "Nations unies", "Organisation des Nations unies"], "Q1065"),
    "UNSC": (["Conseil de sécurité"], None),
    "UNGA": (["Assemblée générale"], None),
    "WB": (["Banque mondiale", "BM"], "Q7164"),
    "IMF": (["FMI", "Fonds monétaire international"], "Q7804"),
    "WTO": (["OMC", "Organisation mondiale du commerce"], "Q7825"),
    "OECD": (["OCDE"], "Q41550"),
    "EU": (["UE", "Union européenne"], "Q458"),
    "EC": (["Commission européenne"], None),
    "EP": (["Parlement européen"], None),
    "FRONTEX": (["Frontex", "Agence européenne de garde-frontières et de garde-côtes"], "Q21786841"),
    "AU": (["UA", "Union africaine"], "Q7159"),
    "OAU": (["OUA", "Organisation de l'unité africaine"], None),
    "ECOWAS": (["CEDEAO"], "Q193272"),
    "CAN": (["CAN", "Communauté andine"], "Q471690"),
    "SEGIB": (["SEGIB", "Secrétariat général ibéro-américain"], None),
    "ICRC": (["CICR", "Comité international de la Croix-Rouge"], None),
    "IFRC": (["FICR"], None),
    "NATO": (["OTAN"], None),
}


def _found(text):
    return [(text[m.start : m.end], m.org.id) for m in find_organisations(text)]


# ---------------------------------------------------------------- the table


def test_table_is_large_and_ids_are_unique():
    orgs = load_organisations()
    assert len(orgs) >= len(REFERENCE) + 150
    assert len({o.id for o in orgs}) == len(orgs)


@pytest.mark.parametrize("norm", sorted(REFERENCE))
def test_every_reference_organisation_with_its_forms_and_qid(norm):
    french_forms, qid = REFERENCE[norm]
    org = get(norm)
    assert org.qid == qid
    for form in french_forms:
        assert lookup(form) is org, form


def test_types_and_parents_are_known():
    ids = {o.id for o in load_organisations()}
    for org in load_organisations():
        assert org.type in TYPES
        assert org.parent is None or org.parent in ids
        assert org.name_fr and org.name_en


@pytest.mark.parametrize(
    "org_id, parent, type_",
    [("UNHCR", "UN", "un_entity"), ("FRONTEX", "EU", "eu_body"), ("MSF", None, "ngo"), ("AFP", None, "media"),
     ("OFPRA", None, "government"), ("italian-red-cross", "IFRC", "ngo"), ("ECOWAS", None, "igo")],
)  # fmt: skip
def test_parent_and_type(org_id, parent, type_):
    org = get(org_id)
    assert (org.parent, org.type) == (parent, type_)


@pytest.mark.parametrize(
    "phrase, org_id",
    [
        ("CEEAC", "ECCAS"),
        ("SADC", "SADC"),
        ("IGAD", "IGAD"),
        ("UMA", "AMU"),
        ("ASEAN", "ASEAN"),
        ("Mercosur", "MERCOSUR"),
        ("OEA", "OAS"),
        ("SICA", "SICA"),
        ("CARICOM", "CARICOM"),
        ("Ligue arabe", "LAS"),
        ("OCI", "OIC"),
        ("OIF", "OIF"),
        ("Conseil de l'Europe", "COE"),
        ("Europol", "EUROPOL"),
        ("AUEA", "EUAA"),
        ("EASO", "EUAA"),
        ("Cour de justice de l'Union européenne", "CJEU"),
        ("Conseil de l'UE", "eu-council"),
        ("MSF", "MSF"),
        ("Amnesty International", "amnesty-international"),
        ("Human Rights Watch", "HRW"),
        ("Save the Children", "save-the-children"),
        ("SOS Méditerranée", "sos-mediterranee"),
        ("Proactiva Open Arms", "open-arms"),
        ("Conseil norvégien pour les réfugiés", "NRC"),
        ("IRC", "IRC"),
        ("Caritas", "caritas"),
        ("la Cimade", "cimade"),
        ("France terre d'asile", "ftda"),
        ("Sea-Watch", "sea-watch"),
        ("AFP", "AFP"),
        ("Reuters", "reuters"),
        ("Associated Press", "AP"),
        ("OFPRA", "OFPRA"),
        ("OFII", "OFII"),
        ("CNDA", "CNDA"),
        ("ACNUR", "UNHCR"),
        ("CEPAL", "ECLAC"),
        ("Organización Internacional para las Migraciones", "IOM"),
        ("International Organization for Migration", "IOM"),
        ("UN Women", "UNWOMEN"),
        ("Croix-Rouge", "red-cross-movement"),
    ],
)
def test_lookup_in_three_languages(phrase, org_id):
    assert lookup(phrase).id == org_id


@pytest.mark.parametrize("phrase", ["", "Mali", "Organisation", "migrations", "ONG", "COVID"])
def test_lookup_of_what_is_no_organisation(phrase):
    assert lookup(phrase) is None


def test_attributes_are_plain_values():
    attrs = get("UNHCR").attrs()
    assert attrs == {
        "acronym_fr": "HCR",
        "name_fr": "Haut-Commissariat des Nations unies pour les réfugiés",
        "name_en": "Office of the United Nations High Commissioner for Refugees",
        "qid": "Q28606331",
        "type": "un_entity",
        "parent": "UN",
        "country": None,
    }


@pytest.mark.parametrize(
    "org_id, country",
    [("OFPRA", "FRA"), ("ch-sem", "CHE"), ("fedasil", "BEL"), ("CBP", "USA"), ("DCIM", "LBY"), ("de-afd", "DEU")],
)
def test_national_bodies_name_their_country(org_id, country):
    assert get(org_id).attrs()["country"] == country


def test_every_government_body_has_a_valid_country():
    import pycountry

    from migtext.organisations.kb import load_organisations

    for org in load_organisations():
        if org.type in ("government", "party"):
            assert org.country and pycountry.countries.get(alpha_3=org.country), org.id
        elif org.type in ("un_entity", "igo", "eu_body"):
            assert org.country is None, org.id


def test_unknown_id_names_the_id():
    with pytest.raises(KeyError, match="NOPE"):
        get("NOPE")


def test_english_acronyms_that_are_french_words_are_not_indexed():
    texts = {f.text for f in forms(get("UN")) + forms(get("AU")) + forms(get("EU"))}
    assert not texts & {"UN", "AU", "EU"}


# ---------------------------------------------------------------- matching in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'OIM et le HCR", [("OIM", "IOM"), ("HCR", "UNHCR")]),
        ("l’OIM, l`UNICEF et l´OMS", [("OIM", "IOM"), ("UNICEF", "UNICEF"), ("OMS", "WHO")]),
        (
            "Le Haut Commissariat de l'ONU pour les réfugiés",
            [("Haut Commissariat de l'ONU pour les réfugiés", "UNHCR")],
        ),
        (
            "le haut-commissariat des nations unies pour les refugies",
            [("haut-commissariat des nations unies pour les refugies", "UNHCR")],
        ),
        ("l'agence des Nations unies pour les réfugiés", [("agence des Nations unies pour les réfugiés", "UNHCR")]),
        (
            "l'agence des Nations unies pour les réfugiés palestiniens",
            [("agence des Nations unies pour les réfugiés palestiniens", "UNRWA")],
        ),
        ("ONU Femmes et l'ONU", [("ONU Femmes", "UNWOMEN"), ("ONU", "UN")]),
        ("la Communauté andine et la CAN", [("Communauté andine", "CAN"), ("CAN", "CAN")]),
        ("l'Unicef et l'Unesco", [("Unicef", "UNICEF"), ("Unesco", "UNESCO")]),
        ("selon Le Monde et l'AFP", [("Le Monde", "le-monde"), ("AFP", "AFP")]),
        ("Médecins sans frontières (MSF)", [("Médecins sans frontières", "MSF"), ("MSF", "MSF")]),
    ],
)
def test_find_organisations(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Croix-Rouge française et La Croix rapportent.",
            [("Croix-Rouge française", "french-red-cross"), ("La Croix", "la-croix")],
        ),
        ("L'essentiel est de survivre. Selon L'essentiel, 30 migrants.", [("L'essentiel", "lessentiel")]),
        ("La Cimade accompagne les exilés.", [("Cimade", "cimade")]),  # an article outside the span
        ("Le Monde rapporte que", [("Le Monde", "le-monde")]),  # a newspaper keeps its article
        ("L'essentiel\nde la journée", []),
    ],
)
def test_articles_and_newspapers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("l'agence eu-LISA gère Eurodac", [("eu-LISA", "EU-LISA")]),
        ("l'UpM et la BAsD", [("UpM", "UFM"), ("BAsD", "ADB")]),
        ("la CEE-ONU et ONU-Habitat", [("CEE-ONU", "UNECE"), ("ONU-Habitat", "UNHABITAT")]),
        ("l'upm et l'eu-lisa", []),  # mixed-case acronyms keep their capitals
    ],
)
def test_mixed_case_acronyms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "le Haut-Commissariat des Nations unies\npour les réfugiés",
            "Haut-Commissariat des Nations unies\npour les réfugiés",
        ),
        ("l'Organisation\ninternationale pour les migrations", "Organisation\ninternationale pour les migrations"),
        (
            "la Commission économique pour l'Amérique latine et\nles Caraïbes",
            "Commission économique pour l'Amérique latine et\nles Caraïbes",
        ),
        ("le Fonds des Nations\r\nunies pour la population", "Fonds des Nations\r\nunies pour la population"),
    ],
)
def test_long_forms_broken_across_lines(text, expected):
    ((surface, _),) = _found(text)
    assert surface == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les migrants can be found everywhere.",  # "can" is never the Andean Community
        "Can we go?",
        "le monde entier regarde",  # "Le Monde" only with its capitals
        "l'AP-HP a soigné les blessés",  # part of a longer code
        "un UN, deux",  # the English "UN" is not indexed
        "AU MAROC, DES MIGRANTS",  # nor "AU"
        "l'Office des migrations internationales (OMI)",  # OMI is not the IMO in migration news
        "les Nations, unies ou non",
    ],
)
def test_no_organisation(text):
    assert _found(text) == []


# ---------------------------------------------------------------- ambiguous acronyms


def _decide(acronym, text, near=0):
    folded = fold(text)
    start = text.index(acronym)
    return decide_acronym(acronym, folded, start, start + len(acronym), near)[0]


@pytest.mark.parametrize(
    "acronym, text, expected",
    [
        ("CAN", "Les ministres de la CAN réunis à Lima avec la Bolivie et le Pérou", True),
        ("CAN", "Le Sénégal affronte le Cameroun en demi-finale de la CAN au stade", False),
        ("CAN", "Les Lions ont remporté la CAN après une finale serrée", False),
        ("UA", "Le sommet de l'UA à Addis-Abeba sur la migration africaine", True),
        ("UA", "une distance de 5 UA, en unités astronomiques", False),
        ("PAM", "Le PAM distribue des rations alimentaires aux déplacés", True),
        ("PAM", "Au Maroc, le PAM a remporté les élections législatives, selon le parti", False),
        ("AI", "Selon AI, les détenus sont maltraités ; Amnesty International demande", True),
        ("AI", "Selon AI, les détenus sont maltraités", False),  # no evidence: not read as Amnesty
        ("AI", "Les outils d'AI et d'intelligence artificielle, selon Amnesty, menacent", False),
        ("HCR", "Le HCR a enregistré 5 000 nouveaux réfugiés", True),
        ("HCR", "Le HCR, Haut Conseil de la République, siège à Kinshasa", False),
        ("RSF", "Les combats entre l'armée et les paramilitaires des RSF au Darfour", True),
        ("RSF", "Selon le classement de la liberté de la presse de RSF, 50 journalistes", False),
        ("BM", "La BM et le FMI accordent un prêt", True),
        ("BM", "la voiture BM garée", False),
    ],
)
def test_ambiguous_acronyms_read_in_context(acronym, text, expected):
    assert _decide(acronym, text) is expected


def test_a_list_of_organisations_is_evidence():
    text = "Ont participé l'OIT, la CAN et le PNUD."
    assert _decide("CAN", text, near=2) is True


def test_context_rules_name_table_organisations():
    for rule in CONTEXT_RULES.values():
        org = get(rule.org_id)
        assert rule.acronym in org.acronyms
        if rule.other_id:
            assert rule.acronym in get(rule.other_id).acronyms


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "l'OIM",
                "HCR",
                "can",
                "CAN",
                "Nations",
                "unies",
                "Le",
                "Monde",
                "la",
                "Croix-Rouge",
                "\n",
                ",",
                "UNICEF",
                "AP-HP",
                "Haut-Commissariat",
                "des",
                "pour",
                "les",
                "réfugiés",
            ]
        ),
        max_size=25,
    )
)
def test_matches_never_overlap_and_offsets_are_exact(parts):
    text = " ".join(parts)
    previous_end = -1
    for m in find_organisations(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        previous_end = m.end


@pytest.mark.parametrize(
    "text, found", [("selon l'Onu et le Hcr", ["UN", "UNHCR"]), ("Onu est un mot", []), ("le Pnud", ["UNDP"])]
)
def test_an_acronym_written_as_a_word_is_read_after_an_article(text, found):
    from migtext.organisations.kb import find_organisations

    assert [m.org.id for m in find_organisations(text)] == found
