"""`compile_skipping` must find exactly what `re.compile` finds, only faster."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.core.regexes import compile_skipping, first_chars
from migtext.core.text import fold
from migtext.dates.grammar import SCANS


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"mai", "[m]"),
        (r"\bmai\b", "[m]"),
        (r"(?:le\s+)?\d{1,2} mai", r"[\dl]"),
        (r"(?:ce|cet)?\s*lundi", r"[\scl]"),
        (r"(?<![\d.])[0-3]?\d/\d\d", r"[0-3\d]"),
        (r"x*y+", "[xy]"),
        (r"(a|b?)c", "[abc]"),
        (r"[A-Z]['’]", "[A-Z]"),
        (r"\-\d", r"[\-]"),
    ],
)
def test_first_chars_of_simple_patterns(pattern, expected):
    assert first_chars(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"a?",  # can match the empty string
        r"(?:le\s+)?",
        r"[^a]b",  # negated set
        r".mai",  # any character
        r"(?i:janvier)",  # scoped flags: the lookahead would not share them
        r"\Wx",  # a category with no simple class
    ],
)
def test_unsure_patterns_get_no_lookahead(pattern):
    assert first_chars(pattern) is None
    assert compile_skipping(pattern).pattern == pattern


def test_inline_global_flags_are_left_alone():
    compiled = compile_skipping(r"(?i)mai")
    assert compiled.pattern == r"(?i)mai"
    assert compiled.search("le 1er MAI") is not None


def test_compile_flags_apply_to_the_lookahead():
    compiled = compile_skipping(r"\bjanvier\b", re.IGNORECASE)
    assert [m.span() for m in compiled.finditer("Le 3 Janvier et le 4 JANVIER")] == [(5, 12), (21, 28)]


SENTENCES = [
    "Le lundi 3 février 2025, l'OIM a recensé 1 200 arrivées ; du 1er au 15 mars, 300 de plus.",
    "Depuis ces dernières années, et jusqu'à fin 2023, plus de deux millions de personnes ont fui.",
    "Ce week-end, le HCR publiera son rapport du 2e trimestre 2024 (voir le 12/04/2024).",
    "La réunion prévue mercredi prochain, entre le 28 février et le 2 mars, est reportée à l'été.",
    "Il y a trois ans, les vingt-sept États membres signaient le pacte ; d'ici 2030 il s'appliquera.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("rule_index", range(len(SCANS)))
def test_date_rules_find_the_same_spans(rule_index, sentence):
    pattern = SCANS[rule_index].pattern.pattern
    folded = fold(sentence)
    assert [m.span() for m in compile_skipping(pattern).finditer(folded)] == [
        m.span() for m in re.finditer(pattern, folded)
    ]


def test_every_date_rule_gets_a_lookahead():
    assert all(first_chars(pattern.pattern) is not None for pattern in (scan.pattern for scan in SCANS))


PATTERNS = [
    r"\b(?:(?P<ce>ce|cet)\s+)?(?:lundi|mardi)?\s*(?P<d>1er|[12]\d|3[01]|0?[1-9])\s+(?:mai|juin)",
    r"(?:\b(?P<det>la|le|l')\s*)?\b(?P<unit>semaine|mois|an)\s+(?P<rel>derniere?|prochaine?)",
    r"(?<![\d/.])(?P<d>\d{1,2})(?P<s>[/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})",
    r"\b(?:les|ces)?\s*\d+\s+(?:jours|ans)",
]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="lemaiunjrsdtocp0123456789/. '-", max_size=60))
def test_same_matches_on_any_text(text):
    for pattern in PATTERNS:
        assert [m.span() for m in compile_skipping(pattern).finditer(text)] == [
            m.span() for m in re.finditer(pattern, text)
        ]


@pytest.mark.parametrize("pattern", [r"[A-Z][a-z]+ (?:de|du) [A-Z]\w+", r"mai \d{4}", r"(?:janvier|juin) \d{4}"])
def test_no_lookahead_where_the_engine_already_skips(pattern):
    # a literal or case-sensitive set in front: the engine's own skip is faster than a lookahead
    assert compile_skipping(pattern).pattern == pattern


def test_a_lookahead_where_optional_words_come_first():
    assert compile_skipping(r"\b(?:le\s+)?\d+ mai").pattern.startswith("(?=")
