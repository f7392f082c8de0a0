"""Fuzzy titles: a reworded title still names its instrument, one that differs in a meaningful word does not."""

from __future__ import annotations

import pytest

from migtext.core.text import words as text_words
from migtext.instruments import fuzzy


@pytest.mark.parametrize(
    "text",
    [
        "la Convention relative au statut des réfugiés",  # must not pass for the stateless persons
        "la Convention relative au statut des apatrides palestiniens",
    ],
)
def test_fuzzy_score_refuses_a_title_differing_in_its_meaningful_words(text):
    title = next(t for t in fuzzy.fuzzy_titles()["convention"] if t.ids == ("untc:V-4",))
    words = [w.key for w in text_words(text)][1:]
    assert fuzzy.fuzzy_score(words, title) == 0.0


def test_fuzzy_score_thresholds_on_the_seed_wording():
    title = next(t for t in fuzzy.fuzzy_titles()["convention"] if t.ids == ("untc:IV-13",) and t.n_words > 15)
    reworded = ("convention internationale sur la protection des droits humains de tous les travailleurs "
                "migrants et des membres de leurs familles").split()  # fmt: skip
    assert fuzzy.fuzzy_score(reworded, title) >= 0.9
    too_short = reworded[:9]
    assert fuzzy.fuzzy_score(too_short, title) == 0.0
