"""ORG mentions through the whole pipeline: table, definitions, context, base model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "gold" / "seed.jsonl"


def orgs(doc):
    return [(e.text, e.kb_id_ or None) for e in doc.ents if e.label_ == "ORG"]


def org_texts(doc):
    return [e.text for e in doc.ents if e.label_ == "ORG"]


# ---------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_doc(annotate):
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    return annotate(record["text"], date=record.get("date"))


def test_seed_participants_list(seed_doc):
    text = seed_doc.text
    start, end = text.index("l’OID"), text.index("ont participé")
    listed = [(e.text, e.kb_id_ or None) for e in seed_doc.ents if e.label_ == "ORG" and start <= e.start_char < end]
    assert listed == [
        ("OID", None),
        ("CEPALC", "ECLAC"),
        ("OIM", "IOM"),
        ("OIT", "ILO"),
        ("ONUDC", "UNODC"),
        ("PNUD", "UNDP"),
        ("CAN", "CAN"),
        ("SEGIB", "SEGIB"),
        ("UNESCO", "UNESCO"),
        ("FNUAP", "UNFPA"),
    ]


def test_seed_long_form_and_acronym_are_two_mentions(seed_doc):
    assert orgs(seed_doc)[:3] == [
        ("Organisation internationale pour les migrations", "IOM"),
        ("OIM", "IOM"),
        ("Nations Unies", "UN"),
    ]


def test_seed_iom_lima_is_an_organisation_then_a_place(seed_doc):
    ents = [(e.text, e.label_) for e in seed_doc.ents]
    assert ("IOM", "ORG") in ents
    assert not any("Lima" in t for t in org_texts(seed_doc))


@pytest.mark.parametrize("junk", ["Structure", "Notre travailEn", "Bureau du Chef de", "Travailler", "Partenariats"])
def test_seed_menus_are_not_organisations(seed_doc, junk):
    assert not any(junk in t for t in org_texts(seed_doc))


def test_seed_no_organisation_inside_a_legal_title(seed_doc):
    legal = [(e.start_char, e.end_char) for e in seed_doc.ents if e.label_ == "LEGAL"]
    for e in seed_doc.ents:
        if e.label_ == "ORG":
            assert not any(s <= e.start_char < end for s, end in legal), e.text


def test_seed_attributes(seed_doc):
    oim = next(e for e in seed_doc.ents if e.text == "OIM")
    assert oim._.method == "alias"
    assert 0 < oim._.score <= 1
    assert oim._.attrs["name_en"] == "International Organization for Migration"
    assert oim._.attrs["qid"] == "Q472311"
    assert oim._.attrs["acronym_fr"] == "OIM"
    assert oim._.attrs["parent"] == "UN"
    oid = next(e for e in seed_doc.ents if e.text == "OID")
    assert oid._.method == "context" and oid._.attrs["qid"] is None


# ---------------------------------------------------------------- table, spans, articles


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'OIM et le HCR aident les rescapés.", [("OIM", "IOM"), ("HCR", "UNHCR")]),
        ("L’Union européenne finance l’OIT.", [("Union européenne", "EU"), ("OIT", "ILO")]),
        (
            "Selon Le Monde et l'AFP, Reuters confirme.",
            [("Le Monde", "le-monde"), ("AFP", "AFP"), ("Reuters", "reuters")],
        ),
        (
            "Médecins sans frontières et SOS Méditerranée ont secouru 80 personnes.",
            [("Médecins sans frontières", "MSF"), ("SOS Méditerranée", "sos-mediterranee")],
        ),
        ("ONU Femmes et l'ONU saluent l'accord.", [("ONU Femmes", "UNWOMEN"), ("ONU", "UN")]),
        (
            "Le Comité international de la Croix-Rouge (CICR) et la FICR alertent.",
            [("Comité international de la Croix-Rouge", "ICRC"), ("CICR", "ICRC"), ("FICR", "IFRC")],
        ),
        (
            "La Cimade et France terre d'asile accompagnent les demandeurs.",
            [("Cimade", "cimade"), ("France terre d'asile", "ftda")],
        ),
        ("L'OFPRA et la CNDA ont rejeté la demande.", [("OFPRA", "OFPRA"), ("CNDA", "CNDA")]),
        ("La Commission européenne et Frontex ont signé.", [("Commission européenne", "EC"), ("Frontex", "FRONTEX")]),
    ],
)
def test_table_organisations(annotate, text, expected):
    assert orgs(annotate(text)) == expected


@pytest.mark.parametrize(
    "text, surface, norm",
    [
        (
            "Le Haut-Commissariat des Nations unies pour\nles réfugiés a salué la décision.",
            "Haut-Commissariat des Nations unies pour\nles réfugiés",
            "UNHCR",
        ),
        (
            "La décision de l'Organisation\ninternationale pour les migrations est tombée.",
            "Organisation\ninternationale pour les migrations",
            "IOM",
        ),
        (
            "Le Haut Commissariat de l'ONU pour les réfugiés alerte.",
            "Haut Commissariat de l'ONU pour les réfugiés",
            "UNHCR",
        ),
        (
            "Selon l'agence des Nations unies pour les réfugiés, 120 millions.",
            "agence des Nations unies pour les réfugiés",
            "UNHCR",
        ),
        ("Le Programme alimentaire\nmondial manque de fonds.", "Programme alimentaire\nmondial", "WFP"),
    ],
)
def test_long_forms_with_variants_and_line_breaks(annotate, text, surface, norm):
    assert (surface, norm) in orgs(annotate(text))


# ---------------------------------------------------------------- ambiguity


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les ministres de la CAN, réunis à Lima avec la Bolivie et le Pérou, ont adopté un plan.", [("CAN", "CAN")]),
        ("Le Sénégal affronte le Cameroun en demi-finale de la CAN, devant 40 000 supporters.", []),
        # without a cue either way, "la CAN" is the football tournament, not the Andean Community
        ("La CAN 2024 a lieu en Côte d'Ivoire.", []),
        ("Les migrants can be found. On ne sait pas si la can est pleine.", []),
        ("Le sommet de l'UA à Addis-Abeba a porté sur la migration africaine.", [("UA", "AU")]),
        ("Le PAM a distribué des rations alimentaires à 20 000 déplacés.", [("PAM", "WFP")]),
        ("Au Maroc, le PAM a remporté les élections législatives, selon le parti.", [("PAM", None)]),
        (
            "Selon AI, les détenus sont maltraités ; Amnesty International demande leur libération.",
            [("AI", "amnesty-international"), ("Amnesty International", "amnesty-international")],
        ),
        ("Les outils d'AI et d'intelligence artificielle transforment le contrôle des frontières.", []),
        ("Le HCR a enregistré 5 000 nouveaux réfugiés au Tchad.", [("HCR", "UNHCR")]),
        (
            "Le Haut Conseil pour la réconciliation (HCR) a publié un rapport. Le HCR appelle au dialogue.",
            [("Haut Conseil pour la réconciliation", None), ("HCR", None), ("HCR", None)],
        ),
        (
            "La guerre oppose l'armée soudanaise et les paramilitaires des RSF à Khartoum.",
            [("RSF", "RSF")],
        ),
        (
            "Selon le classement de la liberté de la presse publié par RSF, 50 journalistes sont détenus.",
            [("RSF", "RWB")],
        ),
        (
            "Le nouveau haut-commissaire des Nations unies pour les réfugiés (HCR), Barham Saleh, visite le Tchad.",
            [("Nations unies", "UN"), ("HCR", "UNHCR")],
        ),
        ("Ont participé l'OID, la CEPALC et l'OIM.", [("OID", None), ("CEPALC", "ECLAC"), ("OIM", "IOM")]),
        ("L'OID 1.3.6.1 désigne un objet dans l'annuaire.", []),
    ],
)
def test_ambiguous_acronyms(annotate, text, expected):
    assert orgs(annotate(text)) == expected


# ---------------------------------------------------------------- in-text definitions


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'Office national de l'emploi (ONEM) a publié ses chiffres. Selon l'ONEM, le chômage recule.",
            [("Office national de l'emploi", None), ("ONEM", None), ("ONEM", None)],
        ),
        (
            "La CNPM (Commission nationale pour les migrants) coordonne l'accueil. "
            "Plus tard, la CNPM a ouvert un centre.",
            [("CNPM", None), ("Commission nationale pour les migrants", None), ("CNPM", None)],
        ),
        (
            "Le Bureau des Nations unies pour la coordination des affaires humanitaires (BCAH) alerte. "
            "Le BCAH demande 2 milliards.",
            [
                ("Bureau des Nations unies pour la coordination des affaires humanitaires", "OCHA"),
                ("BCAH", "OCHA"),
                ("BCAH", "OCHA"),
            ],
        ),
        (
            "La Commission nationale\npour les réfugiés (CNR) siège à Yaoundé. La CNR a reçu 300 dossiers.",
            [("Commission nationale\npour les réfugiés", None), ("CNR", None), ("CNR", None)],
        ),
        # the document's definition wins over what the instruments' table reads in the letters (the
        # Global Compact on Refugees)
        (
            "Le Conseil grec pour les réfugiés (GCR) a recueilli 118 témoignages. Selon le GCR, les refoulements "
            "se poursuivent.",
            [("Conseil grec pour les réfugiés", None), ("GCR", None), ("GCR", None)],
        ),
    ],
)
def test_definitions_link_every_mention_of_the_document(annotate, text, expected):
    doc = annotate(text)
    assert orgs(doc) == expected
    defined = [e for e in doc.ents if e.label_ == "ORG" and e.text.isupper()]
    assert all(e._.method == "definition" for e in defined)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'Organisation maritime internationale (OMI) a adopté une règle. L'OMI siège à Londres.",
            [("Organisation maritime internationale", "IMO"), ("OMI", "IMO"), ("OMI", "IMO")],
        ),
        (
            "Le Secrétariat d'État aux migrations (SEM) a publié ses chiffres. Selon le SEM, les demandes baissent.",
            [("Secrétariat d'État aux migrations", "ch-sem"), ("SEM", "ch-sem"), ("SEM", "ch-sem")],
        ),
        ("L'OMI siège à Londres.", [("OMI", None)]),  # IMO or the old French office: no norm without a definition
    ],
)
def test_a_definition_unlocks_an_ambiguous_acronym_of_the_table(annotate, text, expected):
    assert orgs(annotate(text)) == expected


def test_definition_gives_the_long_form_as_attribute(annotate):
    doc = annotate("L'Office national de l'emploi (ONEM) a publié ses chiffres. Selon l'ONEM, tout va bien.")
    last = [e for e in doc.ents if e.text == "ONEM"][-1]
    assert last._.attrs["name_fr"] == "Office national de l'emploi"
    assert last._.attrs["acronym_fr"] == "ONEM"


def test_a_definition_that_is_no_organisation_vetoes_the_acronym(annotate):
    doc = annotate("La Matrice de suivi des déplacements (MSD) de l'OIM compte 1 000 déplacés. La MSD est publiée.")
    assert orgs(doc) == [("OIM", "IOM")]


# ---------------------------------------------------------------- what is not an organisation


@pytest.mark.parametrize(
    "text",
    [
        "La pandémie de COVID a réduit les flux.",
        "Le SIDA et le VIH restent un défi.",
        "Les ONG dénoncent la situation.",
        "Le PIB a reculé de 2 %.",
        "Selon la DTM, 3 000 personnes sont déplacées.",
        "COMMUNIQUÉ DE PRESSE\nLes chiffres sont publiés aujourd'hui.",
        "2030 AGENDA\nLes chiffres sont publiés.",
        "Qui sommes nous\nQui sommes nous\nStructure\nStructure\nPartenariats\nPartenariats\n",
        "Le Haut-Commissaire Filippo Grandi a appelé les États à agir.",
        "Le Forum mondial sur les réfugiés se tient à Genève.",
    ],
)
def test_not_organisations(annotate, text):
    assert orgs(annotate(text)) == []


def test_countries_written_as_acronyms_are_not_organisations(annotate):
    doc = annotate("La RDC et les USA ont signé un accord.")
    assert orgs(doc) == []


# ---------------------------------------------------------------- institutions and organs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selon le ministère de l'Intérieur, 300 personnes sont arrivées.", [("ministère de l'Intérieur", None)]),
        ("Le ministère espagnol de l'Intérieur publie ses chiffres.", [("ministère espagnol de l'Intérieur", None)]),
        ("Les garde-côtes libyens ont intercepté un bateau.", [("garde-côtes libyens", None)]),
        ("La police pakistanaise multiplie les arrestations.", [("police pakistanaise", None)]),
        (
            "La Croix-Rouge libyenne et le Croissant-Rouge libyen aident.",
            [("Croix-Rouge libyenne", None), ("Croissant-Rouge libyen", "libyan-red-crescent")],
        ),
        ("Le Service national des migrations a recensé 500 000 passages.", [("Service national des migrations", None)]),
        ("La Cour constitutionnelle a statué.", [("Cour constitutionnelle", None)]),
        ("Selon la Banque du Cap-Vert, les envois de fonds augmentent.", [("Banque du Cap-Vert", None)]),
        ("Une étude de l'Université nationale de Colombie le confirme.", [("Université nationale de Colombie", None)]),
        (
            "Le pacte sera entériné par l'Assemblée générale des Nations unies.",
            [("Assemblée générale des Nations unies", "UNGA")],
        ),
        (
            "Le texte de l'ONU passe devant l'Assemblée générale. Puis l'Assemblée votera.",
            [("ONU", "UN"), ("Assemblée générale", "UNGA"), ("Assemblée", "UNGA")],
        ),
    ],
)
def test_institutions(annotate, text, expected):
    assert orgs(annotate(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'Assemblée générale de l'association a élu son bureau.",
        "L'Assemblée générale des actionnaires a voté.",
        "Le Conseil de sécurité nationale s'est réuni à Bamako.",
        "L'Assemblée nationale a voté la loi.",
    ],
)
def test_other_assemblies_and_councils_are_not_the_uns(annotate, text):
    assert not any(norm in ("UNGA", "UNSC") for _, norm in orgs(annotate(text)))


def test_governments_named_by_an_adjective_stay_nationalities(annotate):
    doc = annotate("Le HCR salue la coopération des gouvernements malien et nigérien.")
    assert orgs(doc) == [("HCR", "UNHCR")]
    assert [e.label_ for e in doc.ents if e.text in ("malien", "nigérien")] == ["NATIONALITY", "NATIONALITY"]


def test_output_is_deterministic(annotate):
    text = "L'OIM, le HCR et la CAN (Communauté andine) se sont réunis avec l'ONEM à Lima."
    first = [(e.start_char, e.end_char, e.kb_id_, e._.method, e._.score) for e in annotate(text).ents]
    second = [(e.start_char, e.end_char, e.kb_id_, e._.method, e._.score) for e in annotate(text).ents]
    assert first == second


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("   \n\n", []),
        ("((((OIM))))", [("OIM", "IOM")]),
        ("OIM (", [("OIM", "IOM")]),
        (") OIM (HCR", [("OIM", "IOM"), ("HCR", "UNHCR")]),
        ("L'OIM\u00a0et le\u2009HCR", [("OIM", "IOM"), ("HCR", "UNHCR")]),
        ("(" * 300 + "OIM" + ")" * 300, [("OIM", "IOM")]),
    ],
)
def test_odd_input(annotate, text, expected):
    assert orgs(annotate(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("En 1975, l'O.N.U. et l'O.I.T. ont adopté un texte.", [("O.N.U.", "UN"), ("O.I.T.", "ILO")]),
        ("Les U.S.A. et la R.D.C. ont signé.", []),
        ("La C.A.N. commence samedi au stade.", []),  # ambiguous acronyms are not read from dotted forms
    ],
)
def test_dotted_acronyms(annotate, text, expected):
    assert orgs(annotate(text)) == expected


# ---------------------------------------------------------------- definitions, roles, courts


def test_a_defined_ambiguous_acronym_is_the_organisation_at_every_use(annotate):
    doc = annotate(
        "Surveillance – Amnesty International (AI) critique le projet de loi sur l'intelligence artificielle "
        "et ses algorithmes de tri. Pour AI, la reconnaissance faciale n'a pas sa place aux frontières."
    )
    assert [t for t in org_texts(doc) if t == "AI"] == ["AI", "AI"]


def test_a_definition_does_not_reach_back_to_an_earlier_other_reading(annotate):
    doc = annotate(
        "Football – Les joueurs se préparent pour le coup d'envoi de la CAN au Maroc et la finale du tournoi.\n\n"
        "Diplomatie – À Lima, les ministres de la Communauté andine (CAN) ont parlé de migration. La CAN veut "
        "un registre commun des Vénézuéliens."
    )
    cans = [e.start_char for e in doc.ents if e.text == "CAN" and e.label_ == "ORG"]
    assert doc.text.index("la CAN") + 3 not in cans
    assert doc.text.index("(CAN)") + 1 in cans


def test_an_undefined_ai_about_technology_stays_out(annotate):
    doc = annotate("Les algorithmes de l'AI générative inquiètent les associations d'aide aux exilés.")
    assert "AI" not in org_texts(doc)


@pytest.mark.parametrize(
    ("text", "long_form", "short"),
    [
        (
            "Elle dirige un foyer membre du Regroupement des organismes en hébergement pour personnes migrantes "
            "(ROHPM). Le ROHPM demande plus de places.",
            "Regroupement des organismes en hébergement pour personnes migrantes",
            "ROHPM",
        ),
        (
            "Selon la Coordination des associations pour le logement des exilés (CALE), les nuits dehors "
            "se multiplient.",
            "Coordination des associations pour le logement des exilés",
            "CALE",
        ),
    ],
)
def test_a_long_form_matching_its_acronym_initials_is_an_organisation(annotate, text, long_form, short):
    doc = annotate(text)
    texts = org_texts(doc)
    assert long_form in texts
    assert short in texts
    assert all(e.label_ == "ORG" for e in doc.ents if e.text == short)


def test_lower_case_concepts_defined_by_initials_are_not_organisations(annotate):
    doc = annotate(
        "Le nombre de mineurs non accompagnés (MNA) a doublé, comme celui des titres de séjour temporaires (TST)."
    )
    assert org_texts(doc) == []


@pytest.mark.parametrize(
    ("text", "portfolio"),
    [
        ("La ministre québécoise de l'Immigration, Sophie Tremblay-Nguyen, a présenté son plan.", "Immigration"),
        ("Le ministre fédéral de l'Intérieur, Karl Brenner, a répondu aux députés.", "Intérieur"),
        ("Le ministre délégué chargé de l'Europe a reçu les ONG.", "Europe"),
    ],
)
def test_a_ministers_portfolio_is_not_an_organisation(annotate, text, portfolio):
    assert portfolio not in org_texts(annotate(text))


def test_the_ministry_itself_stays_an_organisation(annotate):
    doc = annotate("Le ministère de l'Intérieur a publié les chiffres de l'immigration.")
    assert "ministère de l'Intérieur" in org_texts(doc)


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Le tribunal du travail de Liège a condamné la société sous-traitante.", "tribunal du travail de Liège"),
        ("Le tribunal administratif de Montreuil a suspendu l'expulsion.", "tribunal administratif de Montreuil"),
        ("La cour d'appel de Rennes a confirmé le jugement.", "cour d'appel de Rennes"),
        ("La cour administrative d'appel de Nantes a annulé l'arrêté.", "cour administrative d'appel de Nantes"),
        ("Le tribunal de Bobigny juge les passeurs.", "tribunal de Bobigny"),
        ("La Cour de Luxembourg a tranché la question.", "Cour de Luxembourg"),
        ("Le budget a été adopté en Conseil des ministres mercredi.", "Conseil des ministres"),
        ("Le Conseil fédéral a présenté sa réforme de l'asile.", "Conseil fédéral"),
    ],
)
def test_courts_and_governing_councils_are_organisations(annotate, text, court):
    assert court in org_texts(annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le tribunal a tranché en faveur de la famille.",
        "Le tribunal administratif a été saisi par l'avocate.",
        "Les journalistes attendaient dans la cour de l'Élysée.",
        "Il a été reçu à la cour de Jordanie.",
    ],
)
def test_generic_courts_are_not_organisations(annotate, text):
    assert not any(t.lower().startswith(("tribunal", "cour")) for t in org_texts(annotate(text)))


# ---------------------------------------------------------------- the page's owner


@pytest.mark.parametrize(
    "text, name",
    [
        # a region, a country or a person's name by its words: the page's owner by its copyright line
        (
            "Asie Hebdo\nAccueil\nInternational\nPolitique\nRechercher\n"
            "Pakistan : 450 Afghans arrêtés\n© 2025 Asie Hebdo – Tous droits réservés",
            "Asie Hebdo",
        ),
        (
            "Mauritanie Hebdo\nAccueil\nActualités\nPolitique\n"
            "Rosso : 300 migrants refoulés\n© 2025 Mauritanie Hebdo – Tél. : +222 45 25 14 14",
            "Mauritanie Hebdo",
        ),
        (
            "Continent Hebdo\nAccueil\nPolitique\nÉconomie\nSociété\nRechercher\n"
            "Des milliers de Burkinabè ont fui vers le Ghana.\n© Continent Hebdo 2025 – Mentions légales",
            "Continent Hebdo",
        ),
        (
            "Selon Radio-Canada, 3 000 demandes ont été déposées.\nRadio-Canada © 2025 Tous droits réservés",
            "Radio-Canada",
        ),
    ],
)
def test_the_site_named_by_the_copyright_line_is_an_organisation_wherever_named(annotate, text, name):
    doc = annotate(text)
    expected = text.count(name)
    assert org_texts(doc).count(name) == expected
    assert not [e for e in doc.ents if e.label_ != "ORG" and name.startswith(e.text)]


def test_without_a_copyright_line_a_sites_region_word_is_left_to_the_other_rules(annotate):
    doc = annotate("Le HCR a enregistré 3 000 arrivées en Asie.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Asie"] == [("Asie", "REGION")]


def test_iom_is_also_un_migration(annotate):
    doc = annotate("Aller au contenu principal\nOIM – ONU Migration\nAccueil\nQui sommes nous\nNotre travail\n")
    assert orgs(doc) == [("OIM", "IOM"), ("ONU Migration", "IOM")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a kind and its adjective before the name
        ("selon l'organisation allemande Kabul Luftbrücke, qui les accompagne.", ("Kabul Luftbrücke", None)),
        ("L'ONG allemande Sea-Eye a secouru 40 personnes.", ("Sea-Eye", "sea-eye")),
        # a civil defence or protection and its nationality
        ("Six enfants sont morts, selon la Défense civile palestinienne.", ("Défense civile palestinienne", None)),
        ("La Protection civile italienne a monté un camp.", ("Protection civile italienne", None)),
        # bodies named in English, their kind last
        ("Dont 8 500 enfants, selon le Ghana Refugee Board.", ("Ghana Refugee Board", None)),
        ("Le Nigeria Immigration Service a expulsé 300 personnes.", ("Nigeria Immigration Service", None)),
        ("La porte-parole de l'Asylum Seeker Resource Centre a réagi.", ("Asylum Seeker Resource Centre", None)),
        # forms the table writes in lower case
        ("Le président du gouvernement canarien a réclamé.", ("gouvernement canarien", "es-gobierno-canarias")),
        ("selon le service de sauvetage en mer Salvamento Marítimo.", ("Salvamento Marítimo", "salvamento-maritimo")),
    ],
)
def test_bodies_named_by_their_kind_or_in_english(annotate, text, expected):
    assert expected in orgs(annotate(text))


@pytest.mark.parametrize(
    "text, not_org",
    [
        ("En Italie Centre Astalli accueille des réfugiés.", "En Italie Centre"),
        ("Le Service national de santé est débordé.", "Le Service"),
        ("l'organisation a indiqué que 300 personnes sont arrivées.", "a"),
    ],
)
def test_no_body_from_a_sentence_start_or_a_bare_kind(annotate, text, not_org):
    assert not any(t.startswith(not_org) for t in org_texts(annotate(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym written as a proper noun, defined after a long form the table knows
        ("La Commission mexicaine d'aide aux réfugiés (Comar) a reçu 78 975 demandes. Comar le confirme.",
         [("Commission mexicaine d'aide aux réfugiés", "COMAR"), ("Comar", "COMAR"), ("Comar", "COMAR")]),
        ("L'Office français de protection des réfugiés et apatrides (Ofpra) a statué.",
         [("Office français de protection des réfugiés et apatrides", "OFPRA"), ("Ofpra", "OFPRA")]),
    ],
)
def test_title_case_acronyms_defined_by_a_known_long_form(annotate, text, expected):
    assert orgs(annotate(text)) == expected


def test_a_title_case_word_in_brackets_after_an_unknown_phrase_is_no_acronym(annotate):
    doc = annotate("Il vit dans la ville de Tunis (Tunisie) depuis 2019.")
    assert org_texts(doc) == [] and ("Tunisie", "COUNTRY") in [(e.text, e.label_) for e in doc.ents]


def test_a_release_label_is_no_organisation(nlp):
    import migtext

    text = ("Migrants disparus dans l'Atlantique\nCommuniqué de presse\n"
            "Route atlantique : au moins 300 morts depuis janvier.")
    doc = migtext.annotate(text, nlp=nlp)
    assert not [e for e in doc.ents if e.label_ == "ORG" and e.text.startswith("Communiqué")]
