"""What a number counts, as the readers of figures see it: its head noun and how it stands
to the counts around it, and the words that break the clauses of a sentence.

Shared by `reading` (sentences) and `tables` (rows of tables), which read the same heads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from migtext.figures import kb

CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "."})
# Events a verb gives that do not override what a noun says ("7 000 nouveaux arrivants ont été enregistrés").
WEAK_EVENTS = frozenset({"stock", "other", "assistance", "application"})
PARTS = frozenset({";", ":"})  # what splits a sentence into parts ("…, à 6 400, tandis que … ; …")


@dataclass
class Head:
    """The head of a count: the noun after it, or what stands for one (a row's title, the
    count it breaks down, the people named before)."""

    noun: Optional[kb.Noun]  # None: the count stands for people named earlier
    end: int  # word index after the head noun
    group: Optional[str]
    origin: Tuple[bool, Optional[str]]
    omitted: bool = False  # "dont 38 ont péri": the verb after says what happened
    compared: bool = False  # "contre 42 000 l'an dernier": the count before is its kind
    breakdown: bool = False  # "les Syriens (148 000)": a part of the count before, of its time
    place: Optional[str] = None  # "l'Espagne (164 000)": where the part is
    refers_back: bool = False  # "Plus de 300 sont mortes": the sentence goes on with the previous one's people
    total_at: Optional[int] = None  # "le nombre de déplacés a dépassé 8 millions": where the noun is
    continued: bool = False  # "le Soudan 1,1 million et le Tchad 880 000": the count before's verb and noun
    title: Optional[Tuple[int, int]] = None  # the title line of a table's row, which dates and places it too
    state: bool = False  # "En avril, elles étaient 4 300": what people are, a population
    date: Optional[str] = None  # "qu'en mars 2024 (81 700)": the time a count in brackets is of
