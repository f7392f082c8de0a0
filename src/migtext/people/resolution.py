"""Who is who: the people of one document, each mention resolved to the fullest name.

A shorter mention ("M. McKinley") takes the fullest name it is part of; when two
people share it, gender and then the nearest earlier full mention decide.  `analyse()`
runs the three steps (names, roles, resolution) on one text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from migtext.core.text import Word, fold
from migtext.people.affiliations import TextRoles, attach_roles
from migtext.people.names import DOUBTFUL, LEAD_PARTICLES_FOLDED, Context, Mention, find_mentions
from migtext.people.tokens import squash_spaces


@dataclass
class Person:
    """Everyone mentioned in the document once, as `doc._.people` lists them."""

    norm: str
    mentions: List[Mention]
    role: Optional[str] = None
    role_norm: Optional[str] = None
    affiliation: Optional[str] = None
    affiliation_label: Optional[str] = None
    former: bool = False  # the role is an office held before ("l'ancien ministre")

    def as_dict(self) -> Dict[str, object]:
        return {
            "norm": self.norm,
            "mentions": [[m.start, m.end] for m in self.mentions],
            "role": self.role,
            "role_norm": self.role_norm,
            "affiliation": self.affiliation,
            "former": self.former,
        }


def _link_known(mentions: List[Mention]) -> None:
    """Runs with no evidence of their own that repeat a known person's surname ("Swing")."""
    by_surname: Dict[str, List[Set[str]]] = {}
    for m in mentions:
        if m.evidence and m.n_words >= 2:
            by_surname.setdefault(m.keys[-1], []).append(set(m.keys))
    for m in mentions:
        if m.evidence or not m.keys:
            continue
        if any(set(m.keys) <= full for full in by_surname.get(m.keys[-1], ())):
            m.evidence.add("known")


def _compatible(short: Mention, full: Mention) -> bool:
    if short.n_words == 0 or short.n_words > full.n_words:
        return False
    if not set(short.keys) <= set(full.keys):
        return False
    return not (short.gender and full.gender and short.gender != full.gender)


def _fullest(mentions: Sequence[Mention]) -> Mention:
    return max(mentions, key=lambda m: (m.n_words, not m.text.isupper(), len(m.text), -m.start))


def resolve(mentions: List[Mention]) -> List[Person]:
    """Group mentions into people; every mention's norm is its person's fullest name."""
    ordered = sorted(mentions, key=lambda m: m.start)
    heads: List[Mention] = []  # one representative (fullest so far) per person
    members: List[List[Mention]] = []
    # longest names first, so every short form finds the people it may belong to
    for m in sorted(ordered, key=lambda m: (-m.n_words, m.start)):
        fits = [p for p, head in enumerate(heads) if _compatible(m, head)]
        if len(fits) > 1:
            same_gender = [p for p in fits if m.gender and heads[p].gender == m.gender]
            fits = same_gender if len(same_gender) == 1 else fits
        if len(fits) > 1:
            # two people share this name: the nearest full mention before it decides
            latest = [(max((x.start for x in members[p] if x.start < m.start), default=-1), p) for p in fits]
            when, who = max(latest)
            fits = [who] if when >= 0 else []
        if len(fits) == 1:
            members[fits[0]].append(m)
        else:
            heads.append(m)
            members.append([m])
    people: List[Person] = []
    for group in sorted(members, key=lambda g: min(x.start for x in g)):
        group.sort(key=lambda x: x.start)
        norm = squash_spaces(_fullest(group).text)
        person = Person(norm, group)
        for m in group:
            m.norm = norm
            if person.role is None and m.role is not None:
                person.role, person.role_norm, person.former = m.role.text, m.role.norm, m.role.former
                person.affiliation, person.affiliation_label = m.affiliation, m.affiliation_label
        if person.affiliation is None:
            hit = next((m for m in group if m.affiliation), None)
            if hit is not None:
                person.affiliation, person.affiliation_label = hit.affiliation, hit.affiliation_label
        people.append(person)
    return people


def _take_surname_particles(text: str, m: Mention) -> None:
    """A short form spans the particles of the fullest name's surname when the text
    has them before it: "Le Pen" (Marine Le Pen), "da Silva" (Maria da Silva)."""
    full = (m.norm or "").split()
    own = [fold(w) for w in text[m.start : m.end].split()]
    for p in range(1, len(full) - len(own) + 1):
        if [fold(w) for w in full[p : p + len(own)]] != own:
            continue
        q = p
        while q > 0 and p - q < 3 and fold(full[q - 1]) in LEAD_PARTICLES_FOLDED:
            q -= 1
        if q == p or q == 0:
            return  # no particle, or the particles start the name (no given name)
        gap = r"[ \t\u00a0]+"
        pattern = "".join(re.escape(w) + gap for w in full[q:p])
        found = re.search(r"(?<![^\W\d_])" + pattern + r"$", text[max(0, m.start - 40) : m.start], re.IGNORECASE)
        if found is not None:
            m.start -= len(found.group())
            m.text = text[m.start : m.end]
        return


def analyse(
    text: str,
    model_spans: Iterable[Tuple[int, int]] = (),
    contexts: Sequence[Context] = (),
    pos: Optional[Mapping[int, str]] = None,
    boilerplate: Sequence[Tuple[int, int]] = (),
    verbs: Optional[Iterable[int]] = None,
    model_other: Iterable[Tuple[int, int]] = (),
    word_list: Optional[List[Word]] = None,
) -> Tuple[List[Mention], List[Person]]:
    """Accepted person mentions (with norms) and the people they name, in text order.

    `verbs` are the start offsets of verbs and auxiliaries (read from `pos` when not given);
    `word_list` is `words(text)` when the caller already has it.
    """
    pos = pos or {}
    mentions = find_mentions(text, model_spans, contexts, pos, boilerplate, model_other)
    if verbs is None:
        verbs = (s for s, tag in pos.items() if tag in ("VERB", "AUX"))
    blocked = frozenset(verbs)
    roles = TextRoles(text, contexts, blocked, word_list)
    attach_roles(text, mentions, roles)
    for m in mentions:
        if DOUBTFUL in m.evidence:
            m.evidence = {"model"} if m.role is not None else set()
    _link_known(mentions)
    accepted = [m for m in mentions if m.evidence]
    people = resolve(accepted)
    for m in accepted:
        _take_surname_particles(text, m)
    return sorted(accepted, key=lambda m: m.start), people
