"""The LEGAL component in the full pipeline: spans, norms, attributes, outermost wins."""

from __future__ import annotations

import pytest


def legal(doc):
    return [(e.text, e.kb_id_ or None) for e in doc.ents if e.label_ == "LEGAL"]


SEED_LIKE = (
    "Les ministres ont appelé au respect de la\n"
    "Convention internationale sur la protection des droits humains de\n"
    "tous les travailleurs migrants et des membres de leurs familles et\n"
    "de la Convention des Nations Unies contre la criminalité\n"
    "transnationale organisée et ses deux protocoles sur le\n"
    "trafic et la traite des migrants. La déclaration de Lima\n"
    "sera présentée à New York."
)


def test_seed_like_paragraph(annotate):
    doc = annotate(SEED_LIKE)
    assert legal(doc) == [
        ("Convention internationale sur la protection des droits humains de\ntous les travailleurs migrants et des "
         "membres de leurs familles", "untc:IV-13"),
        ("Convention des Nations Unies contre la criminalité\ntransnationale organisée", "untc:XVIII-12"),
        ("ses deux protocoles sur le\ntrafic et la traite des migrants", "untc:XVIII-12-a;untc:XVIII-12-b"),
        ("déclaration de Lima", None),
    ]  # fmt: skip


def test_the_legal_span_wins_over_the_organisation_inside(annotate):
    doc = annotate(SEED_LIKE)
    title = SEED_LIKE.index("Convention des Nations Unies")
    inside = [e for e in doc.ents if e.start_char > title and e.end_char < title + 80]
    assert inside == []


@pytest.mark.parametrize(
    "text, span, norm",
    [
        ("L'OIM soutient la réalisation du Programme 2030 dans la région.", "Programme 2030", "unga:A/RES/70/1"),
        ("Le Maroc a accueilli le Pacte de Marrakech en décembre 2018.", "Pacte de Marrakech", "unga:A/RES/73/195"),
        ("La France applique la Convention de 1951 depuis 1954.", "Convention de 1951", "untc:V-2"),
    ],
)
def test_dates_and_organisations_inside_a_name_stay_in_it(annotate, text, span, norm):
    doc = annotate(text)
    assert (span, norm) in legal(doc)
    start = text.index(span)
    assert not [e for e in doc.ents if e.label_ != "LEGAL" and start <= e.start_char < start + len(span)]


def test_attributes_method_and_score(annotate):
    doc = annotate("Le Liban n'a pas ratifié la Convention relative au statut des réfugiés.")
    (ent,) = [e for e in doc.ents if e.label_ == "LEGAL"]
    assert ent._.method == "exact"
    assert ent._.score == 1.0
    assert ent._.attrs["id"] == "untc:V-2"
    assert ent._.attrs["title_en"] == "Convention relating to the Status of Refugees"
    assert ent._.attrs["year"] == 1951
    assert ent._.attrs["kind"] == "convention"


def test_fuzzy_and_grammar_methods(annotate):
    doc = annotate(
        "Le pays a ratifié la convention n° 189 de l'OIT et la Convention relative au statut des personnes "
        "apatrides, mais pas la loi immigration de 2024."
    )
    methods = {e.text: (e._.method, e.kb_id_ or None) for e in doc.ents if e.label_ == "LEGAL"}
    assert methods == {
        "convention n° 189 de l'OIT": ("grammar", "ilo:C189"),
        "Convention relative au statut des personnes apatrides": ("fuzzy", "untc:V-3"),
        "loi immigration de 2024": ("grammar", None),
    }
    fuzzy = next(e for e in doc.ents if e._.method == "fuzzy")
    assert 0.8 <= fuzzy._.score < 1.0


def test_numbered_acts_outside_the_table_are_linked_by_their_number(annotate):
    doc = annotate("La directive 2004/81/CE et la convention n° 122 de l'OIT sont citées par le rapport.")
    ents = {e.text: (e.kb_id_, e._.attrs["in_table"], e._.attrs["kind"]) for e in doc.ents if e.label_ == "LEGAL"}
    assert ents == {
        "directive 2004/81/CE": ("celex:32004L0081", False, "directive"),
        "convention n° 122 de l'OIT": ("ilo:C122", False, "convention"),
    }


def test_a_conjugated_verb_ends_a_descriptive_title(annotate):
    doc = annotate("Les conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants restent peu ratifiées.")
    assert legal(doc) == [("conventions n° 97 et n° 143 de l'OIT sur les travailleurs migrants", "ilo:C097;ilo:C143")]


@pytest.mark.parametrize(
    "text",
    [
        "La convention a été signée par douze pays.",
        "La traite des personnes reste un crime grave.",
        "Le processus de Rabat réunit des pays d'Afrique et d'Europe.",
    ],
)
def test_no_legal_mention(annotate, text):
    assert legal(annotate(text)) == []


def test_menu_lines_are_not_instruments(annotate):
    doc = annotate("Accueil\n- Données et recherche\n- 2030 AGENDA\nLe Programme 2030 guide notre action.")
    assert legal(doc) == [("Programme 2030", "unga:A/RES/70/1")]
