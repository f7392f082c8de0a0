"""The role lexicon, honorifics and given names (no spaCy)."""

from __future__ import annotations

import pytest

from migtext.core import data
from migtext.core.errors import DataError
from migtext.core.text import words
from migtext.people import roles as roles_kb
from migtext.people.roles import honorifics, normalise_role, read_role, roles


def test_lexicon_covers_at_least_sixty_distinct_roles():
    assert len({r.norm for r in roles()}) >= 60


def test_every_role_form_is_unique_and_normalised_in_english_lowercase():
    norms = [r.norm for r in roles()]
    assert all(n == n.lower() and n.strip() == n for n in norms)
    forms = [r.form.lower() for r in roles()]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    "phrase, norm",
    [
        ("directeur général", "director general"),
        ("directrice générale", "director general"),
        ("Directrice Générale", "director general"),
        ("DIRECTEUR GENERAL", "director general"),
        ("directrice generale", "director general"),
        ("porte-parole", "spokesperson"),
        ("Porte-parole", "spokesperson"),
        ("porte parole", "spokesperson"),
        ("Haut-Commissaire", "high commissioner"),
        ("haute-commissaire", "high commissioner"),
        ("haut commissaire", "high commissioner"),
        ("ministre de l'Intérieur", "minister of the interior"),
        ("ministre de l’Intérieur", "minister of the interior"),
        ("ministre de l`interieur", "minister of the interior"),
        ("ministre des Affaires étrangères", "minister of foreign affairs"),
        ("ministre de l'Europe et des Affaires étrangères", "minister of foreign affairs"),
        ("ministre du Travail", "minister of labour"),
        ("ministre", "minister"),
        ("secrétaire général", "secretary-general"),
        ("secrétaire générale", "secretary-general"),
        ("secrétaire général adjoint", "under-secretary-general"),
        ("vice-secrétaire générale", "deputy secretary-general"),
        ("chef de mission", "chief of mission"),
        ("cheffe de mission", "chief of mission"),
        ("représentant", "representative"),
        ("représentante", "representative"),
        ("représentante spéciale", "special representative"),
        ("président", "president"),
        ("présidente", "president"),
        ("Première ministre", "prime minister"),
        ("coordinateur", "coordinator"),
        ("coordinatrice", "coordinator"),
        ("coordonnatrice humanitaire", "humanitarian coordinator"),
        ("directrice générale adjointe", "deputy director general"),
        ("porte-parole adjointe", "deputy spokesperson"),
        ("directeur adjoint", "deputy director"),
        ("directrice régionale", "regional director"),
        ("secrétaire d'État chargée des Migrations", "secretary of state for migration"),
        ("ambassadrice de bonne volonté", "goodwill ambassador"),
        ("envoyée spéciale", "special envoy"),
        ("rapporteuse spéciale", "special rapporteur"),
        ("chef de la diplomatie", "minister of foreign affairs"),
        ("économiste", "economist"),
        ("juriste", "legal expert"),
    ],
)
def test_role_norm_ignores_gender_case_accents_and_apostrophes(phrase, norm):
    assert normalise_role(phrase) == norm


@pytest.mark.parametrize("phrase", ["", "veuillez", "Qui sommes nous", "la réunion ministérielle", "Brunson McKinley"])
def test_phrases_that_are_not_roles_have_no_norm(phrase):
    assert normalise_role(phrase) is None


@pytest.mark.parametrize(
    "phrase, gender",
    [("directrice générale", "f"), ("directeur général", "m"), ("porte-parole", None), ("ministre", None)],
)
def test_role_gender_comes_from_the_form(phrase, gender):
    reading = read_role(phrase, words(phrase), 0)
    assert reading is not None and reading.gender == gender


@pytest.mark.parametrize(
    "phrase, affiliation",
    [
        ("Haut-Commissaire des Nations unies pour les réfugiés", "UNHCR"),
        ("haute-commissaire des Nations Unies aux droits de l'homme", "OHCHR"),
        ("Haut-Commissaire aux droits de l'homme", "OHCHR"),
        ("Haut-Commissaire", None),
    ],
)
def test_titles_that_name_their_organisation(phrase, affiliation):
    reading = read_role(phrase, words(phrase), 0)
    assert reading.norm == "high commissioner"
    assert reading.affiliation == affiliation


def test_nationality_word_between_minister_and_portfolio_is_skipped_when_marked():
    text = "le ministre malien des Affaires étrangères"
    ws = words(text)
    reading = read_role(text, ws, 1, skip=frozenset({2}))
    assert reading.norm == "minister of foreign affairs"
    assert reading.text == "ministre malien des Affaires étrangères"
    assert read_role(text, ws, 1).norm == "minister"  # unmarked: the portfolio is not reached


def test_portfolio_only_after_a_role_that_takes_one():
    text = "porte-parole de l'Intérieur"
    assert read_role(text, words(text), 0).norm == "spokesperson"


@pytest.mark.parametrize("form, gender", [("M.", "m"), ("Mme", "f"), ("Mlle", "f"), ("Dr", None), ("Pr", None)])
def test_honorifics_with_gender(form, gender):
    assert form in honorifics()
    assert honorifics()[form] == gender


def _with_data(monkeypatch, name, content):
    real = data.read_text

    def fake(requested):
        return content if requested == name else real(requested)

    monkeypatch.setattr(data, "read_text", fake)
    for getter in (roles_kb.roles, roles_kb.role_index, roles_kb.honorifics):
        getter.cache_clear()


@pytest.fixture
def fresh_caches():
    yield
    for getter in (roles_kb.roles, roles_kb.role_index, roles_kb.honorifics):
        getter.cache_clear()


def test_duplicate_role_form_is_a_data_error(monkeypatch, fresh_caches):
    _with_data(
        monkeypatch,
        roles_kb.ROLES_FILE,
        "masculine,feminine,norm,portfolio,affiliation\nmaire,maire,mayor,,\nMaire,Maire,mayor,,\n",
    )
    with pytest.raises(DataError, match="'Maire' is listed twice"):
        roles()


def test_incomplete_role_row_is_a_data_error(monkeypatch, fresh_caches):
    _with_data(monkeypatch, roles_kb.ROLES_FILE, "masculine,feminine,norm,portfolio,affiliation\nmaire,,mayor,,\n")
    with pytest.raises(DataError, match="incomplete"):
        roles()


def test_missing_data_file_is_a_data_error(monkeypatch, fresh_caches):
    monkeypatch.setattr(roles_kb, "HONORIFICS_FILE", "no_such_file.csv")
    roles_kb.honorifics.cache_clear()
    with pytest.raises(DataError, match="no_such_file.csv"):
        honorifics()


def test_longest_role_form_fits_the_reader():
    assert max(len(words(r.form)) for r in roles()) <= roles_kb.MAX_ROLE_WORDS
