"""Names, roles and affiliations in running text, and who is who (pure Python, no spaCy).

The other components' candidates are given here by hand (`Context`), so these tests
check the people logic alone; tests/people/test_component.py runs the real pipeline.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.people.names import Context, name_keys
from migtext.people.resolution import analyse

ORGS = {"OIM": "IOM", "HCR": "UNHCR", "ONU": "UN", "UNICEF": "UNICEF", "Nations unies": "UN", "Frontex": "FRONTEX"}
NATIONALITIES = {"malien": "MLI", "malienne": "MLI", "nigérien": "NER", "italien": "ITA", "italienne": "ITA"}
COUNTRIES = {"Libye": "LBY", "Niger": "NER", "Mali": "MLI", "Maurice": "MUS", "Tunisie": "TUN", "Italie": "ITA"}
PLACES = ("Lima", "Tripoli", "Genève", "Niamey")


def contexts(text):
    """What the organisations and countries components would propose on `text`."""
    out = []
    tables = ((ORGS, "ORG"), (NATIONALITIES, "NATIONALITY"), (COUNTRIES, "COUNTRY"), (dict.fromkeys(PLACES), "LOC"))
    for table, label in tables:
        for form, norm in table.items():
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                out.append(Context(m.start(), m.end(), label, norm))
    return out


def people(text, model=()):
    """analyse() with hand-made contexts; `model` lists surfaces the base model tags PER."""
    spans = []
    for surface in model:
        start = text.index(surface)
        spans.append((start, start + len(surface)))
    mentions, persons = analyse(text, spans, contexts(text))
    return mentions, persons


def only_person(text, model=()):
    _, persons = people(text, model)
    assert len(persons) == 1, [p.norm for p in persons]
    return persons[0]


# -- roles and affiliations: role before the name -------------------------------------


@pytest.mark.parametrize(
    "text, name, role_norm, affiliation",
    [
        (
            "Le directeur général de l'OIM, Brunson McKinley, a souligné l'importance de cet événement.",
            "Brunson McKinley",
            "director general",
            "IOM",
        ),
        (
            "La directrice générale de l’OIM, Amy Pope, a rappelé les chiffres.",
            "Amy Pope",
            "director general",
            "IOM",
        ),
        ("La directrice générale de l'OIM Amy Pope a rappelé les chiffres.", "Amy Pope", "director general", "IOM"),
        (
            "« Rien ne change », a déclaré la porte-parole du HCR, Olga Sarrado.",
            "Olga Sarrado",
            "spokesperson",
            "UNHCR",
        ),
        (
            "« Rien ne change », a déclaré le porte-parole du HCR, William Spindler.",
            "William Spindler",
            "spokesperson",
            "UNHCR",
        ),
        (
            "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a reçu la délégation.",
            "Abdoulaye Diop",
            "minister of foreign affairs",
            "MLI",
        ),
        (
            "La ministre malienne des Affaires étrangères, Aminata Traoré, a reçu la délégation.",
            "Aminata Traoré",
            "minister of foreign affairs",
            "MLI",
        ),
        (
            "Il a rencontré le ministre de l'Intérieur du Niger, Hamadou Adamou Souley, à Niamey.",
            "Hamadou Adamou Souley",
            "minister of the interior",
            "NER",
        ),
        (
            "La représentante de l'UNICEF en Tunisie, Marie Dupont, a parlé.",
            "Marie Dupont",
            "representative",
            "UNICEF",
        ),
        (
            "Le représentant de l'UNICEF en Tunisie, Marc Dupont, a parlé.",
            "Marc Dupont",
            "representative",
            "UNICEF",
        ),
        (
            "Le Secrétaire général de l'ONU, António Guterres, a appelé au calme.",
            "António Guterres",
            "secretary-general",
            "UN",
        ),
        (
            "La cheffe de mission de l'OIM en Libye,\nFatima Zahra, a salué l'accord.",
            "Fatima Zahra",
            "chief of mission",
            "IOM",
        ),
        (
            "Le chef de mission de l'OIM en\nLibye, Federico Soda, a salué l'accord.",
            "Federico Soda",
            "chief of mission",
            "IOM",
        ),
        (
            "Le Haut-Commissaire des Nations unies pour les réfugiés, M. Filippo Grandi, a dressé un bilan.",
            "Filippo Grandi",
            "high commissioner",
            "UNHCR",
        ),
        (
            "Le DG de l'OIM, António Vitorino, a parlé devant le Conseil.",
            "António Vitorino",
            "director general",
            "IOM",
        ),
        (
            "La Première ministre italienne Giorgia Meloni a reçu son homologue.",
            "Giorgia Meloni",
            "prime minister",
            "ITA",
        ),
        (
            "Le coordonnateur humanitaire des Nations unies au Niger, Louis Martin, lance un appel.",
            "Louis Martin",
            "humanitarian coordinator",
            "UN",
        ),
    ],
)
def test_role_before_the_name(text, name, role_norm, affiliation):
    person = only_person(text)
    assert person.norm == name
    assert person.role_norm == role_norm
    assert person.affiliation == affiliation


# -- roles and affiliations: role after the name --------------------------------------


@pytest.mark.parametrize(
    "text, name, role, role_norm, affiliation",
    [
        (
            "Filippo Grandi, Haut-Commissaire des Nations unies pour les réfugiés, est arrivé à Tripoli.",
            "Filippo Grandi",
            "Haut-Commissaire des Nations unies pour les réfugiés",
            "high commissioner",
            "UNHCR",
        ),
        (
            "Selon Amy Pope, directrice générale de l'OIM, la situation est grave.",
            "Amy Pope",
            "directrice générale",
            "director general",
            "IOM",
        ),
        (
            "Selon Antonio Vitorino, directeur général de l'OIM, la situation est grave.",
            "Antonio Vitorino",
            "directeur général",
            "director general",
            "IOM",
        ),
        (
            "Federico Soda, chef de mission de l'OIM en Libye, a salué l'accord.",
            "Federico Soda",
            "chef de mission",
            "chief of mission",
            "IOM",
        ),
        (
            "« Nous restons mobilisés », a ajouté Olga Sarrado, porte-parole du HCR.",
            "Olga Sarrado",
            "porte-parole",
            "spokesperson",
            "UNHCR",
        ),
        (
            "« Nous restons mobilisés », a ajouté Olga Sarrado, la porte-parole du HCR.",
            "Olga Sarrado",
            "porte-parole",
            "spokesperson",
            "UNHCR",
        ),
        (
            "Mohamed Bazoum (président du Niger) a reçu la mission.",
            "Mohamed Bazoum",
            "président",
            "president",
            "NER",
        ),
        (
            "Karima Haddad, directrice régionale de l'OIM pour le Moyen-Orient, a précisé les chiffres.",
            "Karima Haddad",
            "directrice régionale",
            "regional director",
            "IOM",
        ),
        (
            "Ahmed Salem, ministre de l'Intérieur du Niger, a confirmé.",
            "Ahmed Salem",
            "ministre de l'Intérieur",
            "minister of the interior",
            "NER",
        ),
        (
            "Awa Ndiaye, ministre de l’Intérieur du Niger, a confirmé.",
            "Awa Ndiaye",
            "ministre de l’Intérieur",
            "minister of the interior",
            "NER",
        ),
        (
            "Sara Benali, coordinatrice de l'ONG à Niamey, a confirmé.",
            "Sara Benali",
            "coordinatrice",
            "coordinator",
            None,
        ),
        (
            "Hawa Diallo, responsable d'un centre d'accueil de l'OIM à Niamey, témoigne.",
            "Hawa Diallo",
            "responsable",
            "officer",
            "IOM",
        ),
    ],
)
def test_role_after_the_name(text, name, role, role_norm, affiliation):
    person = only_person(text)
    assert (person.norm, person.role, person.role_norm, person.affiliation) == (name, role, role_norm, affiliation)


def test_a_name_without_role_has_none():
    person = only_person("Amy Pope est arrivée hier à Genève.")
    assert (person.role, person.role_norm, person.affiliation) == (None, None, None)


def test_a_verb_between_role_and_name_breaks_the_link():
    _, persons = people("Le porte-parole du HCR a rencontré Amy Pope à Genève.")
    assert [p.norm for p in persons] == ["Amy Pope"]
    assert persons[0].role is None


def test_role_of_one_person_is_not_given_to_the_next():
    text = "Filippo Grandi, Haut-Commissaire des Nations unies pour les réfugiés, et Amy Pope ont parlé."
    _, persons = people(text)
    by_name = {p.norm: p for p in persons}
    assert by_name["Filippo Grandi"].role_norm == "high commissioner"
    assert by_name["Amy Pope"].role_norm is None


def test_two_appositions_in_one_sentence():
    text = (
        "Le directeur général de l'OIM, Antonio Vitorino, et le Haut-Commissaire des Nations unies pour les "
        "réfugiés, Filippo Grandi, ont signé l'accord."
    )
    _, persons = people(text)
    assert [(p.norm, p.role_norm, p.affiliation) for p in persons] == [
        ("Antonio Vitorino", "director general", "IOM"),
        ("Filippo Grandi", "high commissioner", "UNHCR"),
    ]


def test_organisation_name_after_a_role_is_not_a_person():
    """ "le directeur de l'Agence Frontex" names the agency; no person there."""
    _, persons = people("Il a rencontré le directeur de l'Agence Nationale Frontex.")
    assert persons == []


# -- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("William Lacy Swing a quitté ses fonctions.", ["William Lacy Swing"]),
        (
            "Ursula von der Leyen et Luiz Inácio Lula da Silva étaient là.",
            ["Ursula von der Leyen", "Luiz Inácio Lula da Silva"],
        ),
        ("Abdel Fattah al-Sissi a reçu Mohamed Ould Ghazouani.", ["Abdel Fattah al-Sissi", "Mohamed Ould Ghazouani"]),
        ("Jean-Pierre Lacroix a rencontré Ban Ki-moon.", ["Jean-Pierre Lacroix", "Ban Ki-moon"]),
        ("Photo : OIM/Jane DOE", ["Jane DOE"]),
        ("© UNHCR/Banaras KHAN", ["Banaras KHAN"]),
        ("Crédit photo : Nations unies / Eskinder Debebe", ["Eskinder Debebe"]),
        ("Le Haut-Commissaire, Filippo Grandi. Photo HCR/S. Hopper (archives)", ["Filippo Grandi", "S. Hopper"]),
        (
            "© Jean-Patrick Di Silvestro / Le Courrier JPDS\nAngelina Jolie Pitt célèbre la Journée.",
            ["Jean-Patrick Di Silvestro"],
        ),
        ("Jordan Bardella et Maurice Dupont étaient présents.", ["Jordan Bardella", "Maurice Dupont"]),
        ("Dominique Charles, conseillère du gouvernement, a parlé.", ["Dominique Charles"]),
        ("Selon Mme Fatoumata Ba, la route est dangereuse.", ["Fatoumata Ba"]),
        ("« Je paie l'école », explique Khadija Ait Lahcen, saisonnière.", ["Khadija Ait Lahcen"]),
        ("Marine Le Pen a réagi.", ["Marine Le Pen"]),
        ("« Il faut partir », raconte Farrukh Rahimov, maçon à Moscou.", ["Farrukh Rahimov"]),
        ("« Ici, rien », a expliqué Nyakuoth Gatluak.", ["Nyakuoth Gatluak"]),
        ("« La frontière reste fermée », a déclaré Human Rights Watch.", []),
    ],
)
def test_names_found_without_the_base_model(text, names):
    mentions, _ = people(text)
    assert [m.text for m in mentions] == names


@pytest.mark.parametrize(
    "text, model, expected",
    [
        ("Mme Pope a ensuite rencontré M. Souley.", ["Mme Pope", "M. Souley"], ["Pope", "Souley"]),
        ("Le Dr Denis Mukwege a parlé.", ["Dr Denis Mukwege"], ["Denis Mukwege"]),
        ("La directrice Amy Pope a parlé.", ["directrice Amy Pope"], ["Amy Pope"]),
        (
            "Pour plus d'informations, veuillez\ncontacter:\nDolores Cortés\nIOM Lima",
            ["veuillez", "Dolores Cortés"],
            ["Dolores Cortés"],
        ),
        ("FIN DE LA REUNION MINISTERIELLE\nLe texte a été signé.", ["FIN DE LA REUNION"], []),
        ("Engagez-vous\nAgir", ["Engagez-vous"], []),
        ("le pont international Simón Bolívar voit passer des milliers de gens.", ["Simón Bolívar"], []),
        ("Aux postes de Belladère et de Ouanaminthe, les équipes attendent.", ["Ouanaminthe"], []),
        ("Dolores Cortés\nIOM Lima", ["Dolores Cortés\nIOM"], ["Dolores Cortés"]),
        ("Il a parlé avec la directrice générale de l'OIM Amy Pope.", ["OIM Amy Pope"], ["Amy Pope"]),
        ("Les Nations unies ont salué l'accord.", ["Nations unies"], []),
        (
            "Le Haut-Commissaire Filippo Grandi a appelé les États.",
            ["Haut-Commissaire Filippo Grandi"],
            ["Filippo Grandi"],
        ),
        ("Le Vice-Président Kamala Harris a parlé.", ["Vice-Président Kamala Harris"], ["Kamala Harris"]),
        ("Ils vivent dans le camp d'Oum Rakouba depuis 2020.", ["Oum Rakouba"], []),
        ("Ils vivent dans la province de Hatay.", ["Hatay"], []),
        ("Benghazi (AFP) – Une semaine après les inondations.", ["Benghazi"], []),
        ("Après l'incendie de Lipa\nSarajevo, 29 décembre 2020 – Près d'un millier.", ["Sarajevo"], []),
        ("Photo : Le Courrier JPDS\nAngelina Jolie Pitt a parlé.", ["Angelina Jolie Pitt"], ["Angelina Jolie Pitt"]),
    ],
)
def test_base_model_spans_cleaned(text, model, expected):
    mentions, _ = people(text, model)
    assert [m.text for m in mentions] == expected


def test_role_between_two_names_belongs_to_the_name_it_announces():
    text = (
        "Lors d'un point de presse à New York, le porte-parole de l'ONU, Stéphane Dujarric, a parlé. "
        "Photo : OIM / F. Malavolta\nle directeur de l'OIM en Libye, Yury Fedotov, a parlé."
    )
    mentions, persons = analyse(text, [], contexts(text), model_other=[(text.index("New York"), text.index(", le"))])
    assert [(p.norm, p.role_norm) for p in persons] == [
        ("Stéphane Dujarric", "spokesperson"),
        ("F. Malavolta", None),
        ("Yury Fedotov", "director"),
    ]


def test_place_the_base_model_saw_is_not_made_a_person_by_a_role():
    text = "À New York, le porte-parole de l'ONU a parlé."
    start = text.index("New York")
    _, persons = analyse(text, [], contexts(text), model_other=[(start, start + 8)])
    assert persons == []


def test_demonym_before_a_name_is_left_out():
    text = "La Costa-Ricaine Laura Thompson, directrice adjointe de l'OIM, a retiré sa candidature."
    start = text.index("Costa")
    _, persons = analyse(text, [], contexts(text), model_other=[(start, text.index(","))])
    assert [(p.norm, p.role_norm, p.affiliation) for p in persons] == [("Laura Thompson", "deputy director", "IOM")]


def test_capital_elision_inside_a_surname():
    mentions, _ = people("(Photo Alfredo D’Amato/UNHCR) Des migrants attendent.")
    assert [m.text for m in mentions] == ["Alfredo D’Amato"]


def test_name_broken_across_lines_inside_a_sentence_is_one_mention():
    text = "a souligné le directeur général de l'OIM, Brunson\nMcKinley, lors de la réunion."
    mentions, persons = people(text, ["Brunson\nMcKinley"])  # the base model reads across the break
    assert [m.text for m in mentions] == ["Brunson\nMcKinley"]
    assert persons[0].norm == "Brunson McKinley"


def test_place_names_and_capitalised_headings_are_not_people():
    text = "Lima, Tripoli et Genève accueillent la réunion. Structure organisationnelle\nNotre Travail"
    mentions, _ = people(text)
    assert mentions == []


@pytest.mark.parametrize(
    "name, keys",
    [
        ("Ursula von der Leyen", ("ursula", "leyen")),
        ("Abdel Fattah al-Sissi", ("abdel", "fattah", "al", "sissi")),
        ("Dolores CORTÉS", ("dolores", "cortes")),
    ],
)
def test_name_keys_fold_and_drop_particles(name, keys):
    assert name_keys(name) == keys


@pytest.mark.parametrize("text", ["", "   \n\n", "veuillez contacter", "« » , . ;", "M.", "Mme Mme"])
def test_degenerate_texts_give_no_people(text):
    assert people(text) == ([], [])


# -- properties -----------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Amy Pope",
        "M. Diallo",
        "Mme",
        "la directrice générale de l'OIM",
        ", ",
        ". ",
        "\n",
        "Filippo Grandi",
        "a déclaré",
        "de l’",
        "Ould",
        "al-Sissi",
        "KHAN",
        "OIM/",
        "«",
        "»",
        "veuillez",
        "Engagez-vous",
        "Maurice",
        "ministre malien des Affaires étrangères",
        " ",
        "Ça",
        "D'",
        "(",
        ")",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_any_text_gives_well_formed_people(text):
    mentions, persons = people(text)
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) and text[s:e] == m.text for (s, e), m in zip(spans, mentions, strict=True))
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
    assert all(m.norm and not m.norm[0].isspace() for m in mentions)
    assert sorted(tuple(x) for p in persons for x in p.as_dict()["mentions"]) == sorted(spans)


def test_a_name_apposed_to_its_role_is_a_person_even_when_the_model_says_organisation(annotate):
    # the base model reads "Anneleen Van Bossuyt" as an ORG here; the role before it says otherwise
    doc = annotate("La ministre de l'Asile et de la Migration, Anneleen Van Bossuyt, a exclu toute régularisation.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Anneleen Van Bossuyt", "PER")]
    # an organisation apposed to a role stays one
    doc = annotate("Le directeur de l'agence, Médecins Sans Frontières, a parlé.")
    assert ("Médecins Sans Frontières", "ORG") in [(e.text, e.label_) for e in doc.ents]
