"""What every step of the instrument grammar shares: the mentions found so far and where a
title's complement ends."""

from __future__ import annotations

import pytest

from migtext.instruments.kb import InstrumentMention
from migtext.instruments.scan import Found, TextView, add_mention, complement_end, extend_end, overlaps_found


def mention(start, end, ids=("untc:V-2",)):
    return InstrumentMention(start, end, ids, "alias", 0.9)


def test_the_outermost_mention_wins_whatever_the_order():
    found = Found()
    add_mention(found, mention(4, 10))
    add_mention(found, mention(0, 20))  # covers the first: replaces it
    add_mention(found, mention(2, 8))  # covered: ignored
    add_mention(found, mention(15, 30))  # crosses the edge of the outer one: ignored
    assert [(m.start, m.end) for m in found] == [(0, 20)]


def test_found_mentions_stay_in_text_order_and_answer_overlaps():
    found = Found()
    for start in (40, 0, 20):
        add_mention(found, mention(start, start + 5))
    assert [m.start for m in found] == [0, 20, 40]
    assert overlaps_found(22, 23, found) and not overlaps_found(6, 19, found)
    assert overlaps_found(1, 2, [mention(0, 5)])


@pytest.mark.parametrize(
    "text, complement",
    [
        ("la directive 2001/55/CE relative à la protection temporaire, adoptée en 2001",
         "relative à la protection temporaire"),
        ("le protocole de l'IGAD sur la libre circulation des personnes qui a été signé",
         "sur la libre circulation des personnes"),
        ("la directive 2001/55/CE. Elle a été activée", ""),
    ],
)  # fmt: skip
def test_a_complement_ends_before_a_verb_or_a_clause(text, complement):
    head_end = text.index("CE") + 2 if "CE" in text else text.index("IGAD") + 4
    end = complement_end(TextView(text), head_end)
    assert text[head_end:end].strip() == complement


def test_extend_end_takes_a_closing_quote_and_the_year():
    text = "la « Convention relative au statut des réfugiés » de 1951 dispose"
    t = TextView(text)
    end = extend_end(t, text.index("«"), text.index("réfugiés") + len("réfugiés"), 1951)
    assert text[:end].endswith("» de 1951")
    assert text[: extend_end(t, 0, text.index(" »"), 1967)].endswith("réfugiés »")  # another year: not taken
