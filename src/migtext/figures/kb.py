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
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from migtext.core.data import read_csv
from migtext.core.errors import DataError
from migtext.core.text import phrase_key
from migtext.countries.kb import peoples

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
    "same_source", "incident", "not_event", "own_country", "violence", "today", "given",
    "same_period", "vessel",
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
    ("rescapés"), so its event holds whatever verb governs it. `ethnic`: a people that is no
    nationality ("Rohingyas"): persons, unless they are a part of a count of others.
    """

    group: Optional[str]
    unit: str
    event: Optional[str]
    movement: bool = False
    ethnic: bool = False


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
    for name in peoples():  # "1 600 Rohingyas", "des milliers de Touaregs" (peoples.txt): persons, no nationality
        out.setdefault(key_of(name), Noun("person", "person", None, ethnic=True))
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
        imperfect = _imperfect_stem(words[-1]) if kind == "event" and prefix else None
        if imperfect is not None:
            out[kind].append(Cue(words[:-1] + (imperfect,), True, value))
        conditional = _conditional_stem(words[-1]) if kind == "event" and prefix and value == "stock" else None
        if conditional is not None:
            out[kind].append(Cue(words[:-1] + (conditional,), True, value))
    return out


def _conditional_stem(participle: str) -> Optional[str]:
    """The conditional of a first-group verb of a population ("heberge*" -> "hebergerai*":
    "hébergeraient"): an estimate told as hearsay ("… où se trouveraient 700 000 migrants") is
    a population still; other verbs' conditional tells of what may happen (`other`)."""
    if len(participle) < 4 or not participle.endswith("e") or participle.endswith("ee"):
        return None
    return participle[:-1] + "erai"


def _imperfect_stem(participle: str) -> Optional[str]:
    """The imperfect of a first-group verb whose participle stem a cue gives ("debarque*" ->
    "debarquai*": "débarquaient", "débarquait"; "heberge*" -> "hebergeai*"): a count's verb
    tells of the past as often as of the present, and the stem alone misses that tense."""
    if len(participle) < 4 or not participle.endswith("e") or participle.endswith("ee"):
        return None
    return participle + "ai" if participle.endswith("ge") else participle[:-1] + "ai"


def cues(kind: str) -> Sequence[Cue]:
    return _cue_rows()[kind]


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
def seat_cities() -> frozenset:
    """The folded names of the cities that are seats of international organisations: a
    dateline there is a release's (figures_seat_cities.csv)."""
    return frozenset(" ".join(phrase_key(row["city"])) for row in read_csv("figures_seat_cities.csv"))


@lru_cache(maxsize=1)
def release_domains() -> Dict[str, str]:
    """Web domains of organisations that issue press releases -> their reference id."""
    out = {}
    for row in read_csv("figures_release_domains.csv"):
        if row["domain"] in out:
            raise DataError(f"figures_release_domains.csv: {row['domain']!r} is listed twice")
        out[row["domain"]] = row["norm"]
    return out


class _Trie:
    """The cues of one kind as a tree of words, so that matching follows the words of the
    text instead of trying every cue that starts with the first one ("a" starts a hundred)."""

    __slots__ = ("children", "cue", "rank", "prefixed")

    def __init__(self) -> None:
        self.children: Dict[str, _Trie] = {}
        self.cue: Optional[Cue] = None  # the cue whose words end here
        self.rank = 0  # its place in the table: of two cues as long, the first listed wins
        # cues whose last word is a prefix, by the prefix's first three letters (shorter: by "")
        self.prefixed: Dict[str, List[Tuple[str, int, Cue]]] = {}


_PREFIX_KEY = 3


@cache
def _trie(kind: str) -> _Trie:
    root = _Trie()
    for rank, cue in enumerate(cues(kind)):
        node = root
        for word in cue.words[:-1] if cue.prefix else cue.words:
            node = node.children.setdefault(word, _Trie())
        if cue.prefix:
            # a one-word prefix cue comes after the whole words it could tie with
            prefix = cue.words[-1]
            rank += len(cues(kind)) if len(cue.words) == 1 else 0
            node.prefixed.setdefault(prefix[:_PREFIX_KEY] if len(prefix) >= _PREFIX_KEY else "", []).append(
                (prefix, rank, cue)
            )
        elif node.cue is None:
            node.cue, node.rank = cue, rank
    return root


def warm_up() -> None:
    """Build every kind's tree of cues now (at pipeline load), not in the first document."""
    for kind in CUE_KINDS:
        _trie(kind)
        _back_trie((kind,))


def _children(node: Union[_Trie, _Back], word: str) -> List[Any]:
    """The nodes of a tree of cues that a word leads to, as written and in the singular."""
    out = []
    child = node.children.get(word)
    if child is not None:
        out.append(child)
    one = singular(word)
    if one != word:
        child = node.children.get(one)
        if child is not None:
            out.append(child)
    return out


def _prefixed(node: Union[_Trie, _Back], word: str) -> Tuple[Any, ...]:
    """The entries of a node whose (last) word is a prefix that `word` may start with."""
    if not node.prefixed:
        return ()
    return (*node.prefixed.get(word[:_PREFIX_KEY], ()), *node.prefixed.get("", ()))


def match_cue(keys: Sequence[str], i: int, kind: str) -> Optional[Tuple[Cue, int]]:
    """The longest cue of `kind` starting at word `i` of `keys`, and its length in words
    (a word matches a cue's word as written or in the singular)."""
    if not 0 <= i < len(keys):
        return None
    best: Optional[Tuple[int, int, Cue]] = None  # (length, -rank, cue)
    stack = [(_trie(kind), i)]
    while stack:
        node, j = stack.pop()
        if node.cue is not None and j > i and (best is None or (j - i, -node.rank) > best[:2]):
            best = (j - i, -node.rank, node.cue)
        if j >= len(keys):
            continue
        word = keys[j]
        for prefix, rank, cue in _prefixed(node, word):
            if word.startswith(prefix) and (best is None or (j + 1 - i, -rank) > best[:2]):
                best = (j + 1 - i, -rank, cue)
        stack += [(child, j + 1) for child in _children(node, word)]
    if best and kind == "event" and match_cue(keys, i, "not_event"):
        return None  # "la frontière entre les États-Unis et le Mexique": "entre" is no "entrés"
    return (best[2], best[0]) if best else None


# The kinds whose cues are looked for anywhere in a stretch of text (`Context.has_cue`): their
# starts are indexed once per document rather than searched for in every stretch.
SCANNED_KINDS = ("several", "at_sea", "source_before", "source_after", "body", "context", "incident", "now",
                 "same_source", "carrying", "own_country", "violence")


def cue_starts(keys: Sequence[str], kinds: Tuple[str, ...] = SCANNED_KINDS) -> Dict[str, List[int]]:
    """Where a cue of each kind starts in `keys` (word indexes, in order), in one pass over
    the words: one cached lookup per word, then the cues' next words where it starts some."""
    out: Dict[str, List[int]] = {kind: [] for kind in kinds}
    known = _FIRST_NODES.setdefault(kinds, {})  # a plain dict: this loop sees every word of a text
    for j, word in enumerate(keys):
        starts = known.get(word)
        if starts is None:
            if len(known) > 65536:
                known.clear()
            starts = known[word] = _first_nodes(kinds, word)
        for kind, whole, deeper in starts:
            if whole or _goes_on(deeper, keys, j + 1):
                out[kind].append(j)
    return out


_FIRST_NODES: Dict[Tuple[str, ...], Dict[str, Tuple[Tuple[str, bool, Tuple[_Trie, ...]], ...]]] = {}


def _first_nodes(kinds: Tuple[str, ...], word: str) -> Tuple[Tuple[str, bool, Tuple[_Trie, ...]], ...]:
    """For each kind `word` can start a cue of: (kind, whether `word` is a whole cue, the
    tree nodes after it that longer cues go on from)."""
    out = []
    for kind in kinds:
        root = _trie(kind)
        nodes = _children(root, word)
        whole = any(n.cue is not None for n in nodes) or _prefix_matches(root, word)
        deeper = tuple(n for n in nodes if n.children or n.prefixed)
        if whole or deeper:
            out.append((kind, whole, deeper))
    return tuple(out)


def _prefix_matches(node: _Trie, word: str) -> bool:
    return any(word.startswith(prefix) for prefix, _, _ in _prefixed(node, word))


def _goes_on(nodes: Tuple[_Trie, ...], keys: Sequence[str], j: int) -> bool:
    """Whether some cue goes on from one of `nodes` with words `j`, `j + 1`... of `keys`:
    the trees' nodes are followed breadth first, one remembered step per (node, word), since
    most starts ("de", "la", "a") stop at the next word."""
    while nodes and j < len(keys):
        word = keys[j]
        onward: List[_Trie] = []
        for node in nodes:
            step = _STEPS.get((node, word))
            if step is None:
                if len(_STEPS) > 65536:
                    _STEPS.clear()
                step = _STEPS[(node, word)] = _step(node, word)
            if step[0]:
                return True
            onward += step[1]
        nodes, j = tuple(onward), j + 1
    return False


_STEPS: Dict[Tuple[_Trie, str], Tuple[bool, Tuple[_Trie, ...]]] = {}


def _step(node: _Trie, word: str) -> Tuple[bool, Tuple[_Trie, ...]]:
    """From `node` with `word`: whether a cue ends there, and the nodes longer cues go on from."""
    children = _children(node, word)
    ends = _prefix_matches(node, word) or any(child.cue is not None for child in children)
    return ends, tuple(child for child in children if child.children or child.prefixed)


def cue_ending(keys: Sequence[str], end: int, kind: str) -> Optional[Tuple[Cue, int]]:
    """The longest cue of `kind` whose last word is word `end - 1` of `keys`, and its length."""
    return cues_ending(keys, end, (kind,)).get(kind)


class _Back:
    """The cues of some kinds as a tree of words read backwards, from their last word (a
    cue "ending" right before a name is matched from that name leftwards)."""

    __slots__ = ("children", "prefixed", "ends")

    def __init__(self) -> None:
        self.children: Dict[str, _Back] = {}  # by the word before
        self.prefixed: Dict[str, List[Tuple[str, _Back]]] = {}  # at the root: last words that are prefixes
        self.ends: Dict[str, Tuple[int, Cue]] = {}  # kind -> (rank, cue) of the cues whose first word is here


@cache
def _back_trie(kinds: Tuple[str, ...]) -> _Back:
    root = _Back()
    prefix_nodes: Dict[str, _Back] = {}
    for kind in kinds:
        listed = cues(kind)
        for rank, cue in enumerate(listed):
            if cue.prefix:
                prefix = cue.words[-1]
                node = prefix_nodes.get(prefix)
                if node is None:
                    node = prefix_nodes[prefix] = _Back()
                    key = prefix[:_PREFIX_KEY] if len(prefix) >= _PREFIX_KEY else ""
                    root.prefixed.setdefault(key, []).append((prefix, node))
                rank += len(listed)  # a whole word before a prefix, as long
            else:
                node = root.children.setdefault(cue.words[-1], _Back())
            for word in reversed(cue.words[:-1]):
                node = node.children.setdefault(word, _Back())
            if kind not in node.ends or rank < node.ends[kind][0]:
                node.ends[kind] = (rank, cue)
    return root


def cues_ending(keys: Sequence[str], end: int, kinds: Tuple[str, ...]) -> Dict[str, Tuple[Cue, int]]:
    """{kind: (longest cue, its length)} for the kinds of `kinds` that have a cue whose last
    word is word `end - 1` of `keys` (of two as long, the first listed)."""
    if not 0 < end <= len(keys):
        return {}
    root = _back_trie(kinds)
    word = keys[end - 1]
    stack = _children(root, word) + [node for prefix, node in _prefixed(root, word) if word.startswith(prefix)]
    best: Dict[str, Tuple[int, int, Cue]] = {}  # kind -> (length, -rank, cue)
    todo = [(node, 1) for node in stack]
    while todo:
        node, n = todo.pop()
        for kind, (rank, cue) in node.ends.items():
            held = best.get(kind)
            if held is None or (n, -rank) > held[:2]:
                best[kind] = (n, -rank, cue)
        if node.children and end - 1 - n >= 0:
            todo += [(child, n + 1) for child in _children(node, keys[end - 1 - n])]
    return {kind: (cue, n) for kind, (n, _, cue) in best.items()}


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
