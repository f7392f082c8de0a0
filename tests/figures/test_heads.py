"""The head of a count (`figures.heads`), shared by the sentence and table readers."""

from __future__ import annotations

from dataclasses import replace

from migtext.figures import kb
from migtext.figures.heads import CLAUSE_BREAKS, PARTS, WEAK_EVENTS, Head


def test_a_plain_head_is_its_noun_and_nothing_else():
    noun = kb.Noun("migrant", "person", None)
    head = Head(noun, 3, "migrant", (False, None))
    assert (head.omitted, head.compared, head.breakdown, head.refers_back, head.continued, head.state) == (
        False, False, False, False, False, False
    )
    assert (head.place, head.title, head.total_at, head.date) == (None, None, None, None)
    # the readers change a head by copying it: a row's title is added to what its noun says
    titled = replace(head, title=(0, 20))
    assert (titled.noun, titled.title, head.title) == (noun, (0, 20), None)


def test_the_words_that_break_clauses_and_parts():
    assert {",", "(", ")", ";", ":", "."} <= CLAUSE_BREAKS
    assert PARTS <= CLAUSE_BREAKS and "," not in PARTS
    # a verb of counting or helping never overrides what a noun of movements says
    assert {"stock", "assistance", "application", "other"} == WEAK_EVENTS
