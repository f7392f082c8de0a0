"""The one reader of one-entry-a-line data files."""

import pytest

from migtext.core.data import parse_word_list
from migtext.core.errors import DataError
from migtext.core.text import fold


def test_entries_are_folded_and_comments_and_blank_lines_skipped():
    raw = "# langues\nFrançais\n\n  arabe   # aussi une nationalité\nTURC\n"
    assert parse_word_list(raw, "languages.txt", fold) == {"francais", "arabe", "turc"}


def test_an_entry_listed_twice_after_folding_is_a_data_error():
    with pytest.raises(DataError, match=r"first_names.txt: 'Zahra' is listed twice"):
        parse_word_list("zahra\nZahra\n", "first_names.txt", fold)
