"""The figures lexicon: what a count counts (nouns), what happened (cues), how much (amounts).

Three curated tables under `migtext/data/` (see SOURCES.md): `figures_nouns.csv` (the
head nouns of counts of people and of movements, with their group, unit and event),
`figures_cues.csv` (words around a count: qualifiers, events, sources, origins) and
`figures_amounts.csv` (approximate nouns and multipliers).  Everything is keyed by
folded words, plurals reduced by `singular`, so "Migrants" and "migrant" meet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from migtext.core.data import read_csv
from migtext.core.errors import DataError
from migtext.core.text import phrase_key

GROUPS = (
    "migrant", "refugee", "asylum_seeker", "idp", "returnee", "stateless",
    "trafficking_victim", "migrant_worker", "child", "person",
)
EVENTS = (
    "stock", "arrival", "departure", "crossing", "displacement", "return", "deportation",
    "interception", "rescue", "death", "missing", "assistance", "resettlement", "application",
    "detention", "at_risk", "other",
)
QUALIFIERS = ("exact", "approx", "min", "max")
UNITS = ("person", "household")
CUE_KINDS = (
    "qualifier", "event", "source_before", "source_after", "origin", "away", "from",
    "publication", "origin_adjective", "context", "place_noun", "total", "skip", "not_count", "now",
    "group_predicate", "agent", "border", "plan", "sea", "compared", "at_sea",
    "destination", "change", "body", "route", "carrying", "apposed_origin", "refuge", "period", "several",
    "same_source", "incident",
)


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """A folded word without its plural mark: "migrants" -> "migrant", "nouveaux" -> "nouveau"."""
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def key_of(phrase: str) -> Tuple[str, ...]:
    """The singular folded words of a phrase, as the tables are keyed."""
    return tuple(singular(w) for w in phrase_key(phrase))


@dataclass(frozen=True)
class Noun:
    """A head noun: the group it counts (None: read from context), unit and own event.

    `movement`: the noun counts movements ("traversées", "déplacements"), not people
    ("rescapés"), so its event holds whatever verb governs it.
    """

    group: Optional[str]
    unit: str
    event: Optional[str]
    movement: bool = False


@dataclass(frozen=True)
class Cue:
    """A cue phrase: its words (the last one a prefix when `prefix`) and its value."""

    words: Tuple[str, ...]
    prefix: bool
    value: str


@lru_cache(maxsize=1)
def nouns() -> Dict[Tuple[str, ...], Noun]:
    out: Dict[Tuple[str, ...], Noun] = {}
    for row in read_csv("figures_nouns.csv"):
        group, unit, event = row["group"] or None, row["unit"], row["event"] or None
        bad_kind = row["counts"] not in ("people", "movement")
        if group is not None and group not in GROUPS or unit not in UNITS or event is not None and event not in EVENTS:
            bad_kind = True
        if bad_kind:
            raise DataError(f"figures_nouns.csv: bad group, unit, event or counts in {row}")
        key = key_of(row["form"])
        if key in out:
            raise DataError(f"figures_nouns.csv: {row['form']!r} is listed twice")
        out[key] = Noun(group, unit, event, row["counts"] == "movement")
    return out


@lru_cache(maxsize=1)
def _cue_rows() -> Dict[str, List[Cue]]:
    out: Dict[str, List[Cue]] = {kind: [] for kind in CUE_KINDS}
    seen = set()
    for row in read_csv("figures_cues.csv"):
        kind, form, value = row["kind"], row["form"], row["value"]
        if kind not in out:
            raise DataError(f"figures_cues.csv: unknown kind {kind!r} (kinds: {CUE_KINDS})")
        if (kind, form) in seen:
            raise DataError(f"figures_cues.csv: {kind} {form!r} is listed twice")
        seen.add((kind, form))
        if (
            kind == "event" and value not in EVENTS
            or kind == "qualifier" and value not in QUALIFIERS
            or kind == "group_predicate" and value not in GROUPS
        ):
            raise DataError(f"figures_cues.csv: bad value {value!r} for {kind} {form!r}")
        prefix = form.endswith("*")
        words = tuple(phrase_key(form.rstrip("*")))
        if not prefix:
            words = tuple(singular(w) for w in words)
        out[kind].append(Cue(words, prefix, value))
    return out


def cues(kind: str) -> Sequence[Cue]:
    return _cue_rows()[kind]


@dataclass(frozen=True)
class _CueIndex:
    """The cues of one kind by first word, and those whose only word is a prefix; and by
    last word, and those whose last word is a prefix (for cues ending before a word)."""

    by_first: Dict[str, Tuple[Cue, ...]]
    prefixed: Tuple[Cue, ...]
    prefixes: Tuple[str, ...]
    by_last: Dict[str, Tuple[Cue, ...]]
    last_prefixed: Tuple[Cue, ...]
    last_prefixes: Tuple[str, ...]


@cache
def _index(kind: str) -> _CueIndex:
    by_first: Dict[str, List[Cue]] = {}
    prefixed = []
    by_last: Dict[str, List[Cue]] = {}
    last_prefixed = []
    for cue in cues(kind):
        if cue.prefix and len(cue.words) == 1:
            prefixed.append(cue)
        else:
            by_first.setdefault(cue.words[0], []).append(cue)
        if cue.prefix:
            last_prefixed.append(cue)
        else:
            by_last.setdefault(cue.words[-1], []).append(cue)
    return _CueIndex(
        {k: tuple(v) for k, v in by_first.items()},
        tuple(prefixed),
        tuple(c.words[0] for c in prefixed),
        {k: tuple(v) for k, v in by_last.items()},
        tuple(last_prefixed),
        tuple(c.words[-1] for c in last_prefixed),
    )


@lru_cache(maxsize=1)
def qualifier_cues() -> List[Tuple[str, str]]:
    """(folded phrase, qualifier), longest first: matched on the folded text before a number."""
    rows = [(r["form"], r["value"]) for r in read_csv("figures_cues.csv") if r["kind"] == "qualifier"]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def amounts() -> Dict[str, Tuple[int, str]]:
    """Approximate nouns ("centaine": 100) and multipliers ("million"), by folded singular form."""
    out = {}
    for row in read_csv("figures_amounts.csv"):
        if row["kind"] not in ("approx_noun", "multiplier"):
            raise DataError(f"figures_amounts.csv: unknown kind in {row}")
        out[row["form"]] = (int(row["value"]), row["kind"])
    return out


@lru_cache(maxsize=1)
def release_domains() -> Dict[str, str]:
    """Web domains of organisations that issue press releases -> their reference id."""
    out = {}
    for row in read_csv("figures_release_domains.csv"):
        if row["domain"] in out:
            raise DataError(f"figures_release_domains.csv: {row['domain']!r} is listed twice")
        out[row["domain"]] = row["norm"]
    return out


@cache
def first_words(kind: str) -> Tuple[frozenset, Tuple[str, ...]]:
    """The first words a cue of `kind` can start with, and the prefixes that start one: a
    quick test of every word of a text before `match_cue`."""
    index = _index(kind)
    return frozenset(index.by_first), index.prefixes


def _candidates(
    word: str, by_word: Dict[str, Tuple[Cue, ...]], prefixes: Tuple[str, ...], prefixed: Tuple[Cue, ...], at: int
) -> List[Cue]:
    """The cues that `word` (or its singular) can be the first (`at` 0) or last (-1) word of."""
    plural = singular(word)
    found = [*by_word.get(word, ()), *(by_word.get(plural, ()) if plural != word else ())]
    if word.startswith(prefixes):
        found += [c for c in prefixed if word.startswith(c.words[at])]
    return found


@lru_cache(maxsize=65536)
def _starting(kind: str, word: str) -> Tuple[Cue, ...]:
    """The cues of `kind` that `word` can start (cached: texts repeat their words)."""
    index = _index(kind)
    return tuple(_candidates(word, index.by_first, index.prefixes, index.prefixed, 0))


@lru_cache(maxsize=65536)
def _ending(kind: str, word: str) -> Tuple[Cue, ...]:
    """The cues of `kind` that `word` can end (cached)."""
    index = _index(kind)
    return tuple(_candidates(word, index.by_last, index.last_prefixes, index.last_prefixed, -1))


def match_cue(keys: Sequence[str], i: int, kind: str) -> Optional[Tuple[Cue, int]]:
    """The longest cue of `kind` starting at word `i` of `keys`, and its length in words."""
    if not 0 <= i < len(keys):
        return None
    candidates = _starting(kind, keys[i])
    if not candidates:
        return None  # most words start no cue
    best = None
    for cue in candidates:
        n = len(cue.words)
        if i + n > len(keys) or (best and n <= len(best[0].words)):
            continue
        ok = True
        for k, w in enumerate(cue.words):
            word = keys[i + k]
            last = k == n - 1
            if last and cue.prefix:
                ok = word.startswith(w)
            else:
                ok = word == w or singular(word) == w
            if not ok:
                break
        if ok:
            best = (cue, n)
    return best


def cue_ending(keys: Sequence[str], end: int, kind: str) -> Optional[Tuple[Cue, int]]:
    """The longest cue of `kind` whose last word is word `end - 1` of `keys`, and its length."""
    if not 0 < end <= len(keys):
        return None
    candidates = _ending(kind, keys[end - 1])
    if not candidates:
        return None  # most words end no cue
    best = None
    for cue in candidates:
        n = len(cue.words)
        if n > end or (best and n <= len(best[0].words)):
            continue
        if all(keys[end - n + k] == w or singular(keys[end - n + k]) == w for k, w in enumerate(cue.words[:-1])):
            best = (cue, n)
    return best


@cache
def _joint_index(kinds: Tuple[str, ...]) -> Tuple[Dict[str, Tuple[Tuple[str, Cue], ...]], Tuple[Tuple[str, Cue], ...]]:
    """The cues of several kinds by last word (with their kind), and those whose last word is a prefix."""
    by_last: Dict[str, List[Tuple[str, Cue]]] = {}
    prefixed = []
    for kind in kinds:
        for cue in cues(kind):
            if cue.prefix:
                prefixed.append((kind, cue))
            else:
                by_last.setdefault(cue.words[-1], []).append((kind, cue))
    return {k: tuple(v) for k, v in by_last.items()}, tuple(prefixed)


def cues_ending(keys: Sequence[str], end: int, kinds: Tuple[str, ...]) -> Dict[str, Tuple[Cue, int]]:
    """`cue_ending` for several kinds in one lookup: {kind: (longest cue, its length)} for
    the kinds that have a cue whose last word is word `end - 1` of `keys`."""
    if not 0 < end <= len(keys):
        return {}
    by_last, prefixed = _joint_index(kinds)
    word = keys[end - 1]
    plural = singular(word)
    found = [*by_last.get(word, ()), *(by_last.get(plural, ()) if plural != word else ())]
    found += [(kind, c) for kind, c in prefixed if word.startswith(c.words[-1])]
    out: Dict[str, Tuple[Cue, int]] = {}
    for kind, cue in found:
        n = len(cue.words)
        best = out.get(kind)
        if n > end or (best and n <= best[1]):
            continue
        if all(keys[end - n + k] == w or singular(keys[end - n + k]) == w for k, w in enumerate(cue.words[:-1])):
            out[kind] = (cue, n)
    return out


@lru_cache(maxsize=1)
def _nouns_by_first() -> Dict[str, Tuple[Tuple[Tuple[str, ...], Noun], ...]]:
    """The nouns by their first word, longest first."""
    out: Dict[str, List[Tuple[Tuple[str, ...], Noun]]] = {}
    for key, noun in nouns().items():
        out.setdefault(key[0], []).append((key, noun))
    return {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in out.items()}


_REFLEXIVE = frozenset({"s", "se"})
# Verbs of counting, any person or tense ("recense", "a enregistré", "avons dénombré",
# "compte"): they say nothing of what happened to those counted, and a place as their
# subject is where the count is, not who gives it.
_COUNTING_STEMS = ("enregistr", "recens", "denombr", "comptabilis", "compte", "comptai", "comptons", "comptent")


def is_counting_verb(word: str) -> bool:
    """Whether a folded word is a form of a verb of counting."""
    return word.startswith(_COUNTING_STEMS)


def match_noun(keys: Sequence[str], i: int) -> Optional[Tuple[Noun, int]]:
    """The longest head noun starting at word `i` of `keys` (singular folded words)."""
    if not 0 <= i < len(keys):
        return None
    entries = _nouns_by_first().get(singular(keys[i]))
    if entries is None or i > 0 and keys[i - 1] in _REFLEXIVE:
        return None  # "s'élève à 950 000": after a reflexive pronoun the word is a verb
    for key, noun in entries:
        n = len(key)
        if i + n <= len(keys) and all(singular(keys[i + k]) == key[k] for k in range(1, n)):
            return noun, n
    return None
