"""Given names, read by people and by places."""

from __future__ import annotations

import pytest

from migtext.core import data, lexicon
from migtext.core.errors import DataError
from migtext.core.lexicon import first_names, is_first_name


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Dolores", True),
        ("DOLORES", True),
        ("Dolorès", True),
        ("Mohamed", True),
        ("Fatoumata", True),
        ("Maurice", True),
        ("Dominique", True),
        ("Jordan", True),
        ("Directrice", False),
        ("Lima", False),
        ("veuillez", False),
    ],
)
def test_given_names_fold_case_and_accents(word, expected):
    assert is_first_name(word) is expected


def test_given_names_list_is_substantial():
    assert len(first_names()) >= 500


@pytest.fixture
def fresh_caches():
    yield
    lexicon.first_names.cache_clear()


def test_duplicate_given_name_is_a_data_error(monkeypatch, fresh_caches):
    monkeypatch.setattr(data, "read_text", lambda name: "# names\nAmina\nAMINA\n")
    lexicon.first_names.cache_clear()
    with pytest.raises(DataError, match="AMINA"):
        first_names()


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Bachar", True),  # "Bashar" in French transliteration
        ("Moustafa", True),  # "Mustafa"
        ("Bashar", True),
        ("Paul", True),  # "au": no "ou" spelling needed
        ("Chute", False),
    ],
)
def test_given_names_in_their_french_transliteration(word, expected):
    assert is_first_name(word) is expected
