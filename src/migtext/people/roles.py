"""Roles, honorifics and given names: the lexicon behind PER spans and their roles.

News names a person with their function ("la directrice générale de l'OIM", "le
ministre malien des Affaires étrangères").  The role is kept as written and normalised
to one English label that ignores gender ("directeur général" and "directrice générale"
are both "director general"), so roles compare across documents.  Ministers and a few
other offices take a portfolio ("ministre de l'Intérieur" -> "minister of the
interior"); a few titles name their organisation ("Haut-Commissaire des Nations unies
pour les réfugiés" -> UNHCR).  Everything here is plain Python, testable without spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from migtext.core.data import read_csv
from migtext.core.errors import DataError
from migtext.core.text import PhraseIndex, Word, phrase_key, words

ROLES_FILE = "roles.csv"
PORTFOLIOS_FILE = "roles_portfolios.csv"
HONORIFICS_FILE = "roles_honorifics.csv"

# Folded word sequences that introduce a portfolio after a role ("ministre *de l'*
# Intérieur", "secrétaire d'État *chargée des* Migrations"); apostrophes are dropped by
# `words()`, so "de l'" is ("de", "l").
PORTFOLIO_LINKS: Tuple[Tuple[str, ...], ...] = tuple(
    sorted(
        {
            ("de",),
            ("d",),
            ("du",),
            ("des",),
            ("de", "la"),
            ("de", "l"),
            ("a", "la"),
            ("a", "l"),
            ("au",),
            ("aux",),
            ("pour",),
            ("pour", "la"),
            ("pour", "le"),
            ("pour", "les"),
            ("pour", "l"),
            ("sur",),
            ("sur", "la"),
            ("sur", "le"),
            ("sur", "les"),
            ("en", "charge", "de"),
            ("en", "charge", "des"),
            ("en", "charge", "du"),
            ("en", "charge", "de", "la"),
            ("en", "charge", "de", "l"),
        }
        | {
            (c, *rest)
            for c in ("charge", "chargee")
            for rest in (("de",), ("des",), ("du",), ("de", "la"), ("de", "l"))
        },
        key=len,
        reverse=True,
    )
)

# The longest role form, in words ("haute-commissaire des Nations unies aux droits de l'homme").
MAX_ROLE_WORDS = 12
# Words after a role that make it a deputy ("directrice générale adjointe").
DEPUTY_WORDS = frozenset({"adjoint", "adjointe", "adjoints", "adjointes"})


@dataclass(frozen=True)
class Role:
    """One lexicon entry: a French form of a role and what it means."""

    form: str  # as in the lexicon, e.g. "directrice générale"
    norm: str  # English, gender-free, e.g. "director general"
    gender: Optional[str]  # "m", "f", or None when the form is shared
    portfolio_link: Optional[str]  # "of", "for", "on": this role takes a portfolio
    affiliation: Optional[str]  # an organisation the title itself names (UNHCR)


@dataclass(frozen=True)
class RoleReading:
    """A role found in a text: word range, surface offsets and normalised meaning."""

    first_word: int
    last_word: int  # exclusive
    start: int
    end: int
    text: str
    norm: str
    gender: Optional[str]
    affiliation: Optional[str]
    former: bool = False  # "l'ancien ministre", "l'ex-président": an office held before


# "ancien", "ancienne", "ex-", "ex " right before a role: the office is a former one.
_FORMER_RE = re.compile(
    r"(?:\b(?i:anciens?|anciennes?)[ \t\u00a0]+|\b(?i:ex)(?:[ \t\u00a0]*[-‐‑–][ \t\u00a0]*|[ \t\u00a0]+))$"
)


@lru_cache(maxsize=1)
def roles() -> Tuple[Role, ...]:
    """Every role form of the lexicon (masculine and feminine as separate entries)."""
    out: List[Role] = []
    seen: Dict[Tuple[str, ...], str] = {}
    for row in read_csv(ROLES_FILE):
        masc, fem, norm = row["masculine"].strip(), row["feminine"].strip(), row["norm"].strip()
        if not masc or not fem or not norm:
            raise DataError(f"{ROLES_FILE}: incomplete row {row}")
        link = row.get("portfolio", "").strip() or None
        affiliation = row.get("affiliation", "").strip() or None
        forms = [(masc, None)] if phrase_key(masc) == phrase_key(fem) else [(masc, "m"), (fem, "f")]
        for form, gender in forms:
            key = phrase_key(form)
            if key in seen:
                raise DataError(f"{ROLES_FILE}: role form {form!r} is listed twice (also for {seen[key]!r})")
            seen[key] = norm
            out.append(Role(form, norm, gender, link, affiliation))
    return tuple(out)


@lru_cache(maxsize=1)
def role_index() -> PhraseIndex:
    """Role forms in any case ("Directrice générale", "HAUT-COMMISSAIRE")."""
    index = PhraseIndex()
    for role in roles():
        index.add(role.form, role, case="any")
    return index


@lru_cache(maxsize=1)
def role_words() -> FrozenSet[str]:
    """Folded words that occur in role forms: such a word never starts a person's name."""
    return frozenset(k for role in roles() for k in phrase_key(role.form) if len(k) > 2)


@lru_cache(maxsize=1)
def portfolio_index() -> PhraseIndex:
    """Ministerial portfolios ("Affaires étrangères" -> "foreign affairs")."""
    index = PhraseIndex()
    seen = set()
    for row in read_csv(PORTFOLIOS_FILE):
        form, norm = row["form"].strip(), row["norm"].strip()
        key = phrase_key(form)
        if not key or not norm or key in seen:
            raise DataError(f"{PORTFOLIOS_FILE}: empty or duplicate portfolio {form!r}")
        seen.add(key)
        index.add(form, norm, case="any")
    return index


@lru_cache(maxsize=1)
def honorifics() -> Dict[str, Optional[str]]:
    """Honorific as written ("Mme", "M.", "Dr") -> gender "m", "f" or None."""
    out: Dict[str, Optional[str]] = {}
    for row in read_csv(HONORIFICS_FILE):
        form = row["form"].strip()
        if not form or form in out:
            raise DataError(f"{HONORIFICS_FILE}: empty or duplicate honorific {form!r}")
        out[form] = row.get("gender", "").strip() or None
    return out


def _match_link(keys: Sequence[str], i: int) -> int:
    """Length of the portfolio link ("de l'", "chargée des") at word i, or 0."""
    for link in PORTFOLIO_LINKS:
        if tuple(keys[i : i + len(link)]) == link:
            return len(link)
    return 0


def read_role(
    text: str,
    word_list: Sequence[Word],
    i: int,
    skip: FrozenSet[int] = frozenset(),
    keys: Optional[Sequence[str]] = None,
) -> Optional[RoleReading]:
    """The role that starts at word `i`, extended by "adjoint(e)" and a portfolio.

    `skip` holds indices of words that may stand between a role and its portfolio
    without being part of it (a nationality adjective: "le ministre *malien* des
    Affaires étrangères"); `keys` are the words' keys when the caller has them already.
    """
    if keys is None:
        keys = [w.key for w in word_list]
    best: Optional[Role] = None
    length = 0
    for n in range(min(MAX_ROLE_WORDS, len(keys) - i), 0, -1):
        found = role_index().lookup_key(tuple(keys[i : i + n]), text[word_list[i].start : word_list[i + n - 1].end])
        if found:
            best, length = found[0], n
            break
    if best is None:
        return None
    end_word = i + length
    norm, gender = best.norm, best.gender
    if end_word < len(keys) and keys[end_word] in DEPUTY_WORDS:
        if not norm.startswith(("deputy ", "under-", "assistant ")):
            norm = "deputy " + norm
        gender = gender or ("f" if keys[end_word].startswith("adjointe") else "m")
        end_word += 1
    if best.portfolio_link:
        j = end_word
        while j < len(keys) and j in skip:
            j += 1
        link = _match_link(keys, j)
        if link:
            k = j + link
            for n in range(min(8, len(keys) - k), 0, -1):
                found = portfolio_index().lookup_key(
                    tuple(keys[k : k + n]), text[word_list[k].start : word_list[k + n - 1].end]
                )
                if found:
                    norm = f"{norm} {best.portfolio_link} {found[0]}"
                    end_word = k + n
                    break
    start, end = word_list[i].start, word_list[end_word - 1].end
    surface = " ".join(text[start:end].split())
    former = _FORMER_RE.search(text, max(0, start - 12), start) is not None
    return RoleReading(i, end_word, start, end, surface, norm, gender, best.affiliation, former)


def normalise_role(phrase: str) -> Optional[str]:
    """The normalised role of a whole phrase, or None when it does not start with a role.

    >>> normalise_role("directrice générale")
    'director general'
    >>> normalise_role("ministre de l'Intérieur")
    'minister of the interior'
    """
    ws = words(phrase)
    if not ws:
        return None
    reading = read_role(phrase, ws, 0)
    return reading.norm if reading else None
