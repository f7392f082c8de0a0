"""A name right after a title, with no comma (issue 16, family 1).

"le ministre de l'Intérieur Gérald Darmanin": the portfolio or the affiliation is the
role's, not the name's, and every later "M. Darmanin" resolves to the name alone.
"l'ancien ministre", "l'ex-président": a former office is an attribute of the role.
"""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def persons(doc):
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PER"]


def person(doc, norm):
    return next(p for p in doc._.people if p["norm"] == norm)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le ministre de l'Intérieur Gérald Darmanin a présenté le texte mardi. M. Darmanin promet un vote.",
            [("Gérald Darmanin", "Gérald Darmanin"), ("Darmanin", "Gérald Darmanin")],
        ),
        (
            "Le ministre italien de l'Intérieur Matteo Piantedosi a défendu l'accord. Selon M. Piantedosi, "
            "les arrivées baissent.",
            [("Matteo Piantedosi", "Matteo Piantedosi"), ("Piantedosi", "Matteo Piantedosi")],
        ),
        ("La ministre de la Santé Agnès Buzyn a démissionné en février.", [("Agnès Buzyn", "Agnès Buzyn")]),
        (
            "Le ministre de la Justice Éric Dupond-Moretti était absent de la séance.",
            [("Éric Dupond-Moretti", "Éric Dupond-Moretti")],
        ),
        (
            "Le ministre de l'Immigration Marc Miller a annoncé une baisse des permis. M. Miller a ajouté que "
            "le Canada restait ouvert.",
            [("Marc Miller", "Marc Miller"), ("Miller", "Marc Miller")],
        ),
        ("La ministre des Solidarités Aurore Bergé a présenté son plan.", [("Aurore Bergé", "Aurore Bergé")]),
        (
            "Le ministre de l'Économie Bruno Le Maire a chiffré le coût. Pour M. Le Maire, rien ne change.",
            [("Bruno Le Maire", "Bruno Le Maire"), ("Le Maire", "Bruno Le Maire")],
        ),
        (
            "La secrétaire d'État chargée de la Citoyenneté Sonia Backès a visité Mayotte.",
            [("Sonia Backès", "Sonia Backès")],
        ),
        (
            "Le maire de Lampedusa Filippo Mannino a lancé un appel à l'aide.",
            [("Filippo Mannino", "Filippo Mannino")],
        ),
        (
            "Le ministre tunisien de l'Intérieur Kamel Feki a reçu son homologue italien.",
            [("Kamel Feki", "Kamel Feki")],
        ),
        (
            "La ministre du Travail Catherine Vautrin a reçu les syndicats.",
            [("Catherine Vautrin", "Catherine Vautrin")],
        ),
        (
            "Le commissaire européen à la Migration Magnus Brunner a visité Lampedusa.",
            [("Magnus Brunner", "Magnus Brunner")],
        ),
        (
            "Le préfet de Mayotte François-Xavier Bieuville a ordonné l'évacuation du camp.",
            [("François-Xavier Bieuville", "François-Xavier Bieuville")],
        ),
    ],
)
def test_the_portfolio_or_the_place_before_a_name_is_not_part_of_it(annotate, text, expected):
    assert persons(annotate(text, date=DATE)) == expected


def test_the_portfolio_goes_to_the_role(annotate):
    doc = annotate("Le ministre de l'Intérieur Gérald Darmanin a présenté le texte.", date=DATE)
    darmanin = person(doc, "Gérald Darmanin")
    assert darmanin["role_norm"] == "minister of the interior"


def test_the_place_before_a_name_stays_an_entity(annotate):
    doc = annotate("Le maire de Lampedusa Filippo Mannino a lancé un appel à l'aide.", date=DATE)
    assert ("Lampedusa", "LOC") in [(e.text, e.label_) for e in doc.ents]


def test_a_boss_of_an_organisation_is_affiliated_to_it(annotate):
    doc = annotate("Le patron de Frontex Hans Leijtens a démenti toute implication.", date=DATE)
    leijtens = person(doc, "Hans Leijtens")
    assert leijtens["affiliation"] == "FRONTEX"
    assert leijtens["role_norm"] == "head"


@pytest.mark.parametrize(
    "text, norm, role_norm",
    [
        (
            "L'ancienne ministre de l'Intérieur Priti Patel avait porté le projet.",
            "Priti Patel",
            "minister of the interior",
        ),
        ("L'ex-président Nicolas Sarkozy était présent au meeting.", "Nicolas Sarkozy", "president"),
        (
            "L'ancien ministre des Affaires étrangères Hubert Védrine a critiqué le texte.",
            "Hubert Védrine",
            "minister of foreign affairs",
        ),
        (
            "Amy Pope, ancienne directrice générale adjointe de l'OIM, a témoigné.",
            "Amy Pope",
            "deputy director general",
        ),
    ],
)
def test_a_former_office_is_an_attribute_of_the_role(annotate, text, norm, role_norm):
    doc = annotate(text, date=DATE)
    assert persons(doc) == [(norm, norm)]
    someone = person(doc, norm)
    assert someone["role_norm"] == role_norm
    assert someone["former"] is True


def test_a_current_office_is_not_former(annotate):
    doc = annotate("Le ministre de l'Intérieur Gérald Darmanin a présenté le texte.", date=DATE)
    assert person(doc, "Gérald Darmanin")["former"] is False
    per = next(e for e in doc.ents if e.label_ == "PER")
    assert per._.attrs["former"] is False
