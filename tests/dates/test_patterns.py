"""The helpers the date rules read their matches with."""

from __future__ import annotations

import re

import pytest

from migtext.core.text import fold
from migtext.dates.patterns import MONTH, YEAR, day_number, full_year, mod_code, rel_offset


@pytest.mark.parametrize("text, day", [("1er", 1), ("premier", 1), ("1ᵉʳ", 1), ("07", 7), ("31", 31)])
def test_day_numbers(text, day):
    assert day_number(text) == day


@pytest.mark.parametrize("text, year", [("97", 1997), ("02", 2002), ("49", 2049), ("50", 1950), ("2024", 2024)])
def test_two_digit_years_take_the_nearest_century(text, year):
    assert full_year(text) == year


@pytest.mark.parametrize("text, offset", [("dernier", -1), ("passee", -1), ("prochaine", 1), ("en cours", 0), ("", 0)])
def test_relative_words_give_their_direction(text, offset):
    assert rel_offset(text) == offset


def test_month_and_year_patterns_read_folded_text():
    assert re.fullmatch(MONTH, fold("Décembre"))
    assert re.fullmatch(MONTH, "aout")
    assert not re.fullmatch(MONTH, "marsupial")
    assert re.search(YEAR, "en 2024.") and not re.search(YEAR, "2024,5 km") and not re.search(YEAR, "12024")


def test_modifier_codes():
    m = re.match(r"(?P<mod>debut|fin|mi)", "fin")
    assert mod_code(m) == "END"
