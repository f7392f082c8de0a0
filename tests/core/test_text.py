"""Folding and phrase matching: the ground every gazetteer stands on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migtext.core.text import PhraseIndex, fold, phrase_key, strip_article, words


@given(st.text())
def test_fold_keeps_length_for_any_text(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("L’Égypte", "l'egypte"),
        ("d`Haïti", "d'haiti"),
        ("Côte\nd’Ivoire", "cote d'ivoire"),
        ("Viêt Nam", "viet nam"),
        ("Guinée‑Bissau", "guinee-bissau"),  # non-breaking hyphen
        ("ÉTATS-UNIS", "etats-unis"),
        ("São Tomé", "sao tome"),
        ("Œuvre", "œuvre"),
    ],
)
def test_fold_examples(raw, folded):
    assert fold(raw) == folded


def test_words_split_glued_capital_but_keep_acronyms_and_offsets():
    text = "Qui sommes nousL'Organisation (OIM) à New\nYork"
    ws = words(text)
    assert [w.key for w in ws] == ["qui", "sommes", "nous", "l", "organisation", "(", "oim", ")", "a", "new", "york"]
    for w in ws:
        assert fold(text[w.start : w.end]) == w.key


def test_phrase_key_ignores_hyphens_apostrophes_and_accents():
    assert phrase_key("Guinée-Bissau") == phrase_key("Guinee Bissau") == ("guinee", "bissau")
    assert phrase_key("Côte d’Ivoire") == phrase_key("Cote d'Ivoire")


def _index():
    index = PhraseIndex()
    index.add("Guinée", "GIN", case="capitalized")
    index.add("Guinée-Bissau", "GNB", case="capitalized")
    index.add("Papouasie-Nouvelle-Guinée", "PNG", case="capitalized")
    index.add("CAN", "CAN", case="upper")
    index.add("République dominicaine", "DOM", case="capitalized")
    return index


def test_longest_match_wins_and_offsets_are_exact():
    text = "De la Guinée-Bissau à la Papouasie-Nouvelle-\nGuinée, puis la Guinée."
    hits = list(_index().iter_matches(text))
    assert [(text[h.start : h.end], h.payloads) for h in hits] == [
        ("Guinée-Bissau", ("GNB",)),
        ("Papouasie-Nouvelle-\nGuinée", ("PNG",)),
        ("Guinée", ("GIN",)),
    ]


def test_case_rules_reject_common_words():
    text = "On can dire que la CAN et la république dominicaine..."
    hits = [h.text for h in _index().iter_matches(text)]
    assert hits == ["CAN"]


def test_line_break_inside_a_name_matches():
    hits = list(_index().iter_matches("la République\ndominicaine"))
    assert hits[0].text == "République\ndominicaine"


def test_overlapping_mode_reports_every_start():
    hits = list(_index().iter_matches("Guinée-Bissau", overlapping=True))
    assert [h.payloads for h in hits] == [("GNB",)]


def test_unknown_case_rule_is_an_error():
    with pytest.raises(ValueError, match="unknown case rule"):
        PhraseIndex().add("Mali", "MLI", case="title")


def test_empty_phrase_is_an_error():
    with pytest.raises(ValueError, match="no words"):
        PhraseIndex().add(" - ", "X")


@pytest.mark.parametrize(
    "text, offset, rest",
    [
        ("l'Algérie", 2, "Algérie"),
        ("l’Inde", 2, "Inde"),
        ("aux Philippines", 4, "Philippines"),
        ("de la Guinée", 6, "Guinée"),
        ("El Salvador", 0, "El Salvador"),
        ("Lesotho", 0, "Lesotho"),
    ],
)
def test_strip_article(text, offset, rest):
    assert strip_article(text) == (offset, rest)


def test_lower_case_words_are_skipped_only_where_no_entry_accepts_them():
    index = PhraseIndex()
    index.add("La Paz", "BO-LPB", case="capitalized")
    index.add("la Réunion", "REU", case="any")
    text = "de la paz à La Paz, puis la réunion à la Réunion"
    found = [(m.text, m.payloads) for m in index.iter_matches(text)]
    assert found == [("La Paz", ("BO-LPB",)), ("la réunion", ("REU",)), ("la Réunion", ("REU",))]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Titre\nAgadez, 11 mars", "Agadez", True),
        ('titre;"Agadez, 11 mars 2025 (ANP) –', "Agadez", True),  # a CSV cell's opening quote
        ('{"id": 3, "body": "WASHINGTON, 27 janvier', "WASHINGTON", True),  # a JSON value's
        ("Il est arrivé à Agadez, 11 mars", "Agadez", False),
        ('Il a dit « Agadez » puis "Agadez"', "Agadez", False),
    ],
)
def test_a_line_starts_after_a_line_break_or_a_fields_opening_quote(text, word, expected):
    from migtext.core.text import at_line_start

    assert at_line_start(text, text.rindex(word) if expected is False else text.index(word)) is expected
