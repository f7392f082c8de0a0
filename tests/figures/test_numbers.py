"""Numbers as French news writes them: every separator, words, amounts, ranges, qualifiers."""

from __future__ import annotations

import pytest

from migtext.core.text import fold
from migtext.figures.attach import word_list
from migtext.figures.numbers import find_numbers, has_numbers, number_starts


def numbers(text):
    return [(text[n.start : n.end], n.value, n.value_max, n.qualifier) for n in find_numbers(fold(text))]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("2 500 migrants", "2 500", 2500),
        ("2\u202f500 migrants", "2\u202f500", 2500),  # thin no-break space
        ("2\u00a0500 migrants", "2\u00a0500", 2500),  # no-break space
        ("2.500 migrants", "2.500", 2500),
        ("1.200.000 réfugiés", "1.200.000", 1200000),
        ("2,5 millions de réfugiés", "2,5 millions", 2500000),
        ("1,2 million de réfugiés", "1,2 million", 1200000),
        ("3 milliards", "3 milliards", 3000000000),
        ("61 personnes", "61", 61),
        ("80\n000 personnes", "80\n000", 80000),  # a scraped line break inside the number
    ],
)
def test_digits_with_every_separator(text, written, value):
    assert numbers(text)[0][:2] == (written, value)


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("vingt-cinq migrants", "vingt-cinq", 25),
        ("trois cents réfugiés", "trois cents", 300),
        ("quatre-vingt-dix-neuf personnes", "quatre-vingt-dix-neuf", 99),
        ("deux cent mille déplacés", "deux cent mille", 200000),
        ("soixante et onze morts", "soixante et onze", 71),
        ("deux millions de réfugiés", "deux millions", 2000000),
        ("un million de réfugiés", "un million", 1000000),
        ("un demi-million de personnes", "un demi-million", 500000),
    ],
)
def test_number_words(text, written, value):
    assert numbers(text)[0][:2] == (written, value)


@pytest.mark.parametrize(
    "text, written, value, qualifier",
    [
        ("une dizaine de migrants", "une dizaine", 10, "approx"),
        ("une centaine de migrants", "une centaine", 100, "approx"),
        ("des dizaines de migrants", "des dizaines", 10, "min"),
        ("des centaines de familles", "des centaines", 100, "min"),
        ("des milliers de réfugiés", "des milliers", 1000, "min"),
        ("des dizaines de milliers de déplacés", "des dizaines de milliers", 10000, "min"),
        ("plusieurs milliers de personnes", "plusieurs milliers", 1000, "min"),
        ("le retour de centaines de milliers de personnes", "centaines de milliers", 100000, "min"),
    ],
)
def test_amount_nouns(text, written, value, qualifier):
    assert numbers(text)[0] == (written, value, None, qualifier)


@pytest.mark.parametrize(
    "text, qualifier, written",
    [
        ("Plus de 2 500 migrants", "min", "2 500"),
        ("au moins 61 personnes", "min", "61"),
        ("plus d'un million de réfugiés", "min", "un million"),
        ("près d'un millier de migrants", "approx", "un millier"),
        ("environ 300 personnes", "approx", "300"),
        ("quelque 125 000 réfugiés", "approx", "125 000"),
        ("jusqu'à 10 000 migrants", "max", "10 000"),
        ("moins de 200 personnes", "max", "200"),
        ("300 personnes", "exact", "300"),
        ("le surplus de 300 tonnes", "exact", "300"),  # "surplus de" is not "plus de"
    ],
)
def test_qualifiers(text, qualifier, written):
    assert numbers(text)[0][0] == written and numbers(text)[0][3] == qualifier


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("entre 300 et 400 migrants", "300 et 400", 300, 400),
        ("300 à 400 migrants", "300 à 400", 300, 400),
        ("300-400 migrants", "300-400", 300, 400),
        ("de 2 à 3 millions de personnes", "2 à 3 millions", 2000000, 3000000),
    ],
)
def test_ranges(text, written, low, high):
    assert numbers(text)[0][:3] == (written, low, high)


def test_two_numbers_joined_by_et_without_entre_are_not_a_range():
    assert [n[0] for n in numbers("46 femmes et 11 enfants")] == ["46", "11"]
    assert [n[0] for n in numbers("en 2015 et 2016")] == ["2015", "2016"]


def test_a_year_before_a_number_is_not_glued_to_it():
    assert [n[0] for n in numbers("en 2023 1 200 personnes")] == ["2023", "1 200"]


@pytest.mark.parametrize(
    "text", ["un migrant", "une fillette", "l'un des passeurs", "150migrants", "la 3e fois", "G20"]
)
def test_what_is_not_a_number(text):
    assert numbers(text) == []


def test_has_numbers_is_false_without_digits_or_number_words():
    assert not has_numbers(fold("Le HCR appelle à la solidarité avec les réfugiés."))
    assert not has_numbers(fold("Un migrant a été secouru."))
    assert has_numbers(fold("Une centaine de migrants."))
    assert has_numbers(fold("Trois migrants."))


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 2 500 migrants, dont une centaine d'enfants et des dizaines de milliers de rapatriés.",
        "Entre 300 et 400 personnes, voire vingt-cinq mille, et un demi-million de déplacés en 2024.",
        "Le 3e rapport (G20) : 2,5 millions de réfugiés, 1.200 exilés, quelque trois cents Afghans.",
        "Des centaines de familles ; 61 ans ; 45 % ; 12 000 000 ; onze ; quatre-vingt-dix-neuf mineurs.",
    ],
)
def test_numbers_tried_at_word_starts_are_the_numbers_of_a_whole_search(text):
    """Trying the pattern only where a word may start a number finds what a search of the
    whole text finds, offsets and values alike."""
    folded = fold(text)
    starts, _, keys = word_list(folded)
    whole = find_numbers(folded)
    at_starts = find_numbers(folded, at=number_starts(starts, keys))
    assert [(n.start, n.end, n.value, n.value_max, n.qualifier) for n in at_starts] == [
        (n.start, n.end, n.value, n.value_max, n.qualifier) for n in whole
    ]
    assert whole  # each text holds numbers
