"""Number words and Roman numerals of the date lexicon."""

from __future__ import annotations

import pytest

from migtext.dates.lexicon import parse_number, parse_number_words, roman_to_int


@pytest.mark.parametrize(
    "words,number",
    [
        ("un", 1), ("onze", 11), ("dix-sept", 17), ("vingt et un", 21), ("vingt-deux", 22),
        ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99),
        ("cent", 100), ("deux cents", 200), ("mille", 1000), ("trois mille", 3000),
    ],
)  # fmt: skip
def test_number_words(words, number):
    assert parse_number_words(words) == number


@pytest.mark.parametrize("text", ["", "migrants", "vingt trente", "et"])
def test_not_number_words(text):
    assert parse_number_words(text) is None


@pytest.mark.parametrize("text,number", [("11", 11), ("1 000", 1000), ("2\u202f500", 2500), ("onze", 11)])
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("roman,number", [("XXI", 21), ("xix", 19), ("IV", 4), ("XX", 20), ("abc", None)])
def test_roman_numerals(roman, number):
    assert roman_to_int(roman) == number
