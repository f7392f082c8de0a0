"""Roles and affiliations: which role and organisation or country each name carries.

French puts the role before or after the name, with or without commas: "le directeur
général de l'OIM, Brunson McKinley", "Amy Pope, directrice générale de l'OIM".  The
words between the role and the name must be a complement (prepositions, organisations,
countries, nationality adjectives), never a verb.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from operator import attrgetter
from typing import Container, List, Optional, Sequence, Set, Tuple

from migtext.core.text import Ranges, Word, words
from migtext.people.names import CONNECTORS, Context, Mention
from migtext.people.roles import RoleReading, read_role, role_index
from migtext.people.tokens import PARTICLES, french_stop_words, squash_spaces

# Words that may stand between a name and the role that follows it ("Amy Pope, la
# nouvelle directrice générale").
ROLE_LEADS = frozenset(
    "le la l les notre son sa leur nouveau nouvel nouvelle ancien ancienne actuel actuelle ex futur future "
    "alors désormais aujourd hui".split()
)
MAX_COMPLEMENT_WORDS = 18
MAX_FREE_WORDS = 4


class TextRoles:
    """Role readings of one text, with the word grid they were read on."""

    def __init__(
        self, text: str, contexts: Sequence[Context], blocked: Container[int], word_list: Optional[List[Word]] = None
    ) -> None:
        self.text = text
        self.words: List[Word] = words(text) if word_list is None else word_list
        self.starts = [w.start for w in self.words]
        self.contexts = sorted((c for c in contexts if c.label != "PER"), key=attrgetter("start", "end"))
        self.context_starts = [c.start for c in self.contexts]
        self.blocked = blocked
        nat_words: Set[int] = set()
        for c in self.contexts:
            if c.label == "NATIONALITY":
                nat_words.update(range(self.word_at(c.start), self.word_at(c.end)))
        skip = frozenset(nat_words)
        self.readings: List[RoleReading] = []
        keys = [w.key for w in self.words]
        for m in role_index().iter_matches(text, self.words):
            reading = read_role(text, self.words, m.first_word, skip, keys)
            if reading is not None:
                self.readings.append(reading)
        self.by_first = {r.first_word: r for r in self.readings}
        self.by_last = {r.last_word: r for r in self.readings}

    def word_at(self, char: int) -> int:
        """Index of the first word that starts at or after `char`."""
        return bisect.bisect_left(self.starts, char)

    @cached_property
    def _covered(self) -> Ranges:
        """The other components' candidates as ranges, built when a complement is first read."""
        return Ranges((c.start, c.end) for c in self.contexts)

    def in_context(self, i: int) -> bool:
        """Does another component's candidate hold word i (from its start)?"""
        start = self.starts[i]
        return self._covered.overlaps(start, start + 1)

    def _word_ok(self, i: int, free: List[int]) -> bool:
        w = self.words[i]
        surface = self.text[w.start : w.end]
        if self.in_context(i):
            return True
        if surface.lower() in CONNECTORS or (w.key in CONNECTORS and w.key != "a"):
            return True
        if surface in ("(", ")"):
            return True
        if not surface[0].isalnum():
            return False
        if surface[0].isupper() and w.key not in french_stop_words():
            return True
        if w.start in self.blocked or w.key in french_stop_words() or surface[0].isdigit():
            return False
        free.append(i)
        return len(free) <= MAX_FREE_WORDS

    def complement_after(self, i: int, limit: int, trim: bool = True) -> int:
        """End word (exclusive) of the complement that starts at word i ("de l'OIM en Libye").

        With `trim`, trailing connectors and an unclosed parenthesis are left out (they
        belong to what follows); without it, the walk stops only at a word that cannot
        be part of a complement.
        """
        free: List[int] = []
        j = i
        while j < min(limit, i + MAX_COMPLEMENT_WORDS) and self._word_ok(j, free):
            j += 1
        while (
            trim
            and j > i
            and not self.in_context(j - 1)
            and (self.text[self.words[j - 1].start : self.words[j - 1].end].lower() in CONNECTORS | {"(", ")"})
        ):
            j -= 1
        return j

    def affiliation(self, start: int, end: int, reading: RoleReading) -> Tuple[Optional[str], Optional[str]]:
        """The organisation or country named between `start` and `end` (chars), if any."""
        if reading.affiliation:
            return reading.affiliation, "ORG"
        lo = bisect.bisect_left(self.context_starts, start)
        hi = bisect.bisect_left(self.context_starts, end)
        inside = sorted(
            (
                c
                for c in self.contexts[lo:hi]
                if start <= c.start
                and c.end <= end
                # what overlaps the role itself is the role ("ministre de l'Intérieur" tagged
                # ORG by the base model), except a nationality inside it ("ministre malien des ...")
                and (c.start >= reading.end or (c.label == "NATIONALITY" and c.end <= reading.end))
            ),
            key=lambda c: c.start,
        )
        # the organisation a person works for outranks the country it works in
        for want in (
            lambda c: c.label == "ORG" and not c.from_model and c.norm,
            lambda c: c.label == "ORG" and c.norm,
            lambda c: c.label == "ORG" and not c.from_model,
            lambda c: c.label == "ORG",
            lambda c: c.label in ("COUNTRY", "NATIONALITY") and c.norm,
        ):
            for c in inside:
                if want(c):
                    if c.label == "ORG":
                        return c.norm or squash_spaces(self.text[c.start : c.end]), "ORG"
                    return c.norm, "COUNTRY"
        return None, None


def _role_after(roles: TextRoles, mention: Mention, limit: int) -> Optional[Tuple[RoleReading, int]]:
    """Pattern "Amy Pope, directrice générale de l'OIM": the role that follows the name."""
    i = roles.word_at(mention.end)
    n = len(roles.words)
    if i < n and roles.text[roles.words[i].start : roles.words[i].end] in (",", "("):
        i += 1
    leads = 0
    while i < n and i not in roles.by_first and roles.words[i].key in ROLE_LEADS and leads < 3:
        i += 1
        leads += 1
    reading = roles.by_first.get(i)
    if reading is None or reading.start >= limit:
        return None
    return reading, roles.complement_after(reading.last_word, roles.word_at(limit))


def _role_before(roles: TextRoles, mention: Mention, floor: int, used: Set[int]) -> Optional[Tuple[RoleReading, int]]:
    """Pattern "le directeur général de l'OIM, Brunson McKinley": the role that precedes the name."""
    j = roles.word_at(mention.lead if mention.lead >= 0 else mention.start)  # words before the name: [.., j)
    if j > 0 and roles.text[roles.words[j - 1].start : roles.words[j - 1].end] in (",", ":"):
        j -= 1
    elif j > 0 and roles.words[j - 1].key in CONNECTORS | PARTICLES:
        return None  # "le directeur de l'Organisation X": the run is the complement, not the name
    candidates = [r for r in roles.readings if r.last_word <= j and r.start >= floor and r.first_word not in used]
    for reading in sorted(candidates, key=lambda r: -r.last_word)[:3]:
        if reading.last_word < j - MAX_COMPLEMENT_WORDS:
            break
        if roles.complement_after(reading.last_word, j, trim=False) == j or reading.last_word == j or (
            _qualifiers_only(roles, reading.last_word, j)
        ):
            if all(roles.text[w.start : w.end] not in (",", ";", ".", ":") for w in roles.words[reading.last_word : j]):
                return reading, j
    return None


# A role's lowercase qualifier, by its adjective's ending: "territoriale", "humanitaire", "adjoint", "délégué"
_QUALIFIER = r"[a-zà-ÿ]+(?:al|ale|aux|ales|aire|aires|oint|ointe|if|ive|ien|ienne|el|elle|ent|ente|é|ée)"
_QUALIFIER_RE = re.compile(_QUALIFIER)
_ROLE_QUALIFIERS = 2  # "sa directrice territoriale, Nadjma Houmadi", "le coordonnateur humanitaire adjoint"


def _qualifiers_only(roles: TextRoles, first: int, end: int) -> bool:
    """Whether words [first, end) are a role's lowercase qualifiers, no verb among them."""
    between = roles.words[first:end]
    return 0 < len(between) <= _ROLE_QUALIFIERS and all(
        _QUALIFIER_RE.fullmatch(roles.text, w.start, w.end) and w.start not in roles.blocked
        for w in between
    )


def attach_roles(text: str, mentions: List[Mention], roles: TextRoles) -> None:
    """Give each mention the role and affiliation that stand next to it.

    Only mentions that are already people, or runs of two words or more that a role
    may make people, are considered; the people around a mention bound its window.
    """
    anchors = sorted((m for m in mentions if m.evidence), key=lambda m: m.start)
    anchor_starts = [m.start for m in anchors]
    candidates = sorted((m for m in mentions if m.evidence or m.n_words >= 2), key=lambda m: m.start)
    used: Set[int] = set()

    anchor_ends = sorted(a.end for a in anchors)
    sentences = _Sentences(text)

    def neighbours(m: Mention) -> Tuple[int, int]:
        k = bisect.bisect_right(anchor_ends, m.start)
        floor = anchor_ends[k - 1] if k else 0
        k = bisect.bisect_left(anchor_starts, m.end)
        limit = anchor_starts[k] if k < len(anchor_starts) else len(text)
        return max(floor, sentences.start(m.start)), min(limit, sentences.end(m.end))

    heads = {m.lead if m.lead >= 0 else m.start for m in candidates}

    def announces_next(end_word: int) -> bool:
        """ "X, le porte-parole de l'ONU, Stéphane Dujarric": the role is the next name's."""
        k = end_word
        while k < len(roles.words) and roles.text[roles.words[k].start : roles.words[k].end] in (",", ")"):
            k += 1
        return k < len(roles.words) and roles.words[k].start in heads

    for m in candidates:
        floor, limit = neighbours(m)
        found = _role_after(roles, m, len(text))
        if found is not None and (found[0].start >= limit or announces_next(found[1])):
            found = None
        if found is not None:
            reading, comp_end_word = found
            comp_end_word = min(comp_end_word, roles.word_at(limit))
            used.add(reading.first_word)
            end_char = roles.words[comp_end_word - 1].end if comp_end_word > reading.last_word else reading.end
            _set_role(m, roles, reading, reading.start, end_char)
    for m in candidates:
        if m.role is not None:
            continue
        floor, _ = neighbours(m)
        found = _role_before(roles, m, floor, used)
        if found is not None:
            reading, _ = found
            _set_role(m, roles, reading, reading.start, m.start)


# Between a role and the name apposed to it: the rest of a portfolio ("… de l'Asile et de la
# Migration"), then a comma.
_APPOSED_AFTER_ROLE = re.compile(
    r"(?:[ \t]+" + _QUALIFIER + r"){0,2}"  # "territoriale"
    r"(?:[ \t]+(?:et|de|du|des|la|l['’]\s*|[A-ZÀ-Ý][\w'’-]*))*[ \t]*,[ \t]*"
)


def _set_role(m: Mention, roles: TextRoles, reading: RoleReading, start: int, end: int) -> None:
    m.role = reading
    m.affiliation, m.affiliation_label = roles.affiliation(start, end, reading)
    if m.gender is None:
        m.gender = reading.gender
    # a name the base model calls an organisation is a person when it stands apposed to the role,
    # a comma between ("la ministre de l'Asile et de la Migration, Anneleen Van Bossuyt,")
    apposed = m.other_entity and bool(_APPOSED_AFTER_ROLE.fullmatch(roles.text, reading.end, m.start)) and (
        roles.text[m.end : m.end + 1] in (",", ".", ")", "\n", ""))
    if m.n_words >= 2 and (not m.other_entity or apposed):
        m.evidence.add("role")


# The end of a sentence, not the period of an initial or an honorific ("M.", "S. Hopper", "Dr.").
_ABBREVIATIONS = ("MM", "Dr", "Pr", "Mr", "Ms", "Me", "St", "Mme", "Mgr", "Mrs", "Mlle")
# The pattern opens with the set of characters a match starts with, so that the engine
# skips to them at once; the lookbehinds run only after punctuation.
_SENTENCE_END_RE = re.compile(
    r"[.!?;\n](?:(?<=[.!?;])(?<!\b[A-Z][.!?;])"
    + "".join(rf"(?<!\b{a}[.!?;])" for a in _ABBREVIATIONS)
    + r"(?=\s|$)|(?<=\n)\s*\n)"
)


class _Sentences:
    """Sentence bounds of a text, found once (no parser in the pipeline: punctuation rules)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        found = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(text)]
        self.ends = [a for a, _ in found]
        self.after = [b for _, b in found]

    def end(self, pos: int) -> int:
        """Where the sentence that holds `pos` ends (at its punctuation)."""
        k = bisect.bisect_left(self.ends, pos)
        return self.ends[k] if k < len(self.ends) else self.length

    def start(self, pos: int) -> int:
        """Where the sentence that holds `pos` starts (after the previous one's punctuation)."""
        k = bisect.bisect_right(self.after, pos)
        return self.after[k - 1] if k else 0
