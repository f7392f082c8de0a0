"""Legal instruments: the curated table (`instruments.jsonl`, `instruments.groups.jsonl`).

Each instrument has its id (`untc:IV-13`, `ilo:C097`, `celex:32013R0604`...), its
titles, short names and acronyms; `alias_index()` matches them over folded words
(longest match).  Plain Python, testable without spaCy; the grammar that finds mentions
in running text is in `titles` and `references`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from migtext.core.data import read_jsonl, read_word_list
from migtext.core.errors import DataError
from migtext.core.text import PhraseIndex, fold, phrase_key

KINDS = frozenset(
    {
        "decision",
        "convention",
        "covenant",
        "protocol",
        "compact",
        "regulation",
        "directive",
        "declaration",
        "law",
        "charter",
        "agenda",
        "treaty",
        "agreement",
        "framework",
        "code",
    }
)

# Characters that news puts around or inside names without changing them: quotes
# ("directive « retour »"), parentheses ("Convention (n° 97)") and commas.
IGNORED_WORDS = frozenset('«»“”„‟"‹›()[],')

# Head nouns (folded) that can start an instrument's name, with the kind they announce.
HEADS: Dict[str, str] = {
    "convention": "convention",
    "protocole": "protocol",
    "pacte": "compact",
    "declaration": "declaration",
    "reglement": "regulation",
    "directive": "directive",
    "charte": "charter",
    "traite": "treaty",
    "accord": "agreement",
    "loi": "law",
    "programme": "agenda",
    "agenda": "agenda",
    "cadre": "framework",
    "code": "code",
    "statut": "treaty",
}
PLURAL_HEADS = {h + ("x" if h.endswith("au") else "s"): h for h in HEADS}

# Words that carry no meaning of their own in a title: left out when checking that a
# reworded title still names the same thing.
FUNCTION_WORDS = frozenset(
    """a au aux avec ce ces contre d dans de des du en et l la le les leur leurs ou par pour
    sa se ses son sur un une tous toutes toute tout relatif relative relatifs relatives
    relatif concernant n o visant the of and on to for in""".split()
)


@dataclass(frozen=True)
class Instrument:
    """One row of `data/instruments.jsonl`."""

    id: str
    title_fr: str
    title_en: str
    year: int
    kind: str
    aliases: Tuple[str, ...] = ()
    acronyms: Tuple[str, ...] = ()
    parents: Tuple[str, ...] = ()
    cues: Tuple[str, ...] = ()
    context_aliases: Tuple[str, ...] = ()  # short names that are this instrument only in its field
    context_cues: Tuple[str, ...] = ()  # words of that field ("asile"): one in the document suffices
    status: str = "memory"
    note: str = ""


@dataclass(frozen=True)
class InstrumentMention:
    """A LEGAL mention: offsets into the text as given, the ids it names (may be none)."""

    start: int
    end: int
    ids: Tuple[str, ...]
    method: str
    score: float

    @property
    def norm(self) -> Optional[str]:
        """The contract's norm: ids joined by ";" in sorted order, None when unknown."""
        return ";".join(sorted(self.ids)) or None


# --------------------------------------------------------------------------- data


def _as_tuple(value) -> Tuple[str, ...]:
    """A "parent" field: one id, a list of ids (protocols to several conventions) or none."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@lru_cache(maxsize=1)
def load_instruments() -> Dict[str, Instrument]:
    """Every instrument of the table by id; raises DataError on a bad row."""
    out: Dict[str, Instrument] = {}
    for row in read_jsonl("instruments.jsonl"):
        try:
            inst = Instrument(
                id=row["id"],
                title_fr=row["title_fr"],
                title_en=row["title_en"],
                year=int(row["year"]),
                kind=row["kind"],
                aliases=tuple(row.get("aliases", ())),
                acronyms=tuple(row.get("acronyms", ())),
                parents=_as_tuple(row.get("parent")),
                cues=tuple(row.get("cues", ())),
                context_aliases=tuple(row.get("context_aliases", ())),
                context_cues=tuple(row.get("context_cues", ())),
                status=row.get("status", "memory"),
                note=row.get("note", ""),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise DataError(f"bad row in migtext/data/instruments.jsonl: {row!r} ({err})") from err
        if inst.kind not in KINDS:
            raise DataError(f"instrument {inst.id}: unknown kind {inst.kind!r}; use one of {sorted(KINDS)}")
        if bool(inst.context_aliases) != bool(inst.context_cues):
            raise DataError(f"instrument {inst.id}: context_aliases and context_cues go together")
        if inst.id in out:
            raise DataError(f"instrument id {inst.id} appears twice in migtext/data/instruments.jsonl")
        out[inst.id] = inst
    for inst in out.values():
        for parent in inst.parents:
            if parent not in out:
                raise DataError(f"instrument {inst.id}: parent {parent} is not in the table")
    return out


@lru_cache(maxsize=1)
def load_groups() -> Tuple[Tuple[Tuple[str, ...], Tuple[str, ...]], ...]:
    """Names of several instruments at once ("Conventions de Genève"): (member ids, aliases)."""
    table = load_instruments()
    groups = []
    for row in read_jsonl("instruments.groups.jsonl"):
        members = tuple(sorted(row["members"]))
        unknown = [m for m in members if m not in table]
        if unknown or len(members) < 2:
            raise DataError(f"bad group in migtext/data/instruments.groups.jsonl: {row!r} (unknown: {unknown})")
        groups.append((members, tuple(row["aliases"])))
    return tuple(groups)


def get(instrument_id: str) -> Optional[Instrument]:
    """The instrument with this id, or None."""
    return load_instruments().get(instrument_id)


def children(parent_ids: Sequence[str], kind: Optional[str] = None) -> List[Instrument]:
    """Instruments attached to any of `parent_ids` (their protocols), optionally of one kind."""
    return [
        i for i in load_instruments().values() if set(i.parents) & set(parent_ids) and (kind is None or i.kind == kind)
    ]


def attributes(ids: Sequence[str]) -> Dict[str, object]:
    """Span attributes of a mention: id, titles, year and kind (joined with "; " for several).

    An id computed from a number ("directive 2004/81/CE" -> celex:32004L0081) may be
    outside the table: its titles are then None, its kind follows from the id, and
    `in_table` is False.
    """
    table = load_instruments()
    ids = sorted(ids)
    if not ids:
        return {"id": None, "title_fr": None, "title_en": None, "year": None, "kind": None, "in_table": False}
    known = [table[i] for i in ids if i in table]
    years = {i.year for i in known}
    kinds = {i.kind for i in known} | {_kind_of_id(i) for i in ids if i not in table}
    return {
        "id": ";".join(ids),
        "title_fr": "; ".join(i.title_fr for i in known) or None,
        "title_en": "; ".join(i.title_en for i in known) or None,
        "year": years.pop() if len(years) == 1 and len(known) == len(ids) else _year_of_id(ids),
        "kind": "; ".join(sorted(k for k in kinds if k)) or None,
        "in_table": len(known) == len(ids),
    }


def _kind_of_id(instrument_id: str) -> Optional[str]:
    """Kind of a computed id: ILO C/P/R codes and CELEX sector-3 R/L/D numbers."""
    m = re.match(r"celex:3\d{4}([RLD])", instrument_id)
    if m:
        return {"R": "regulation", "L": "directive", "D": "decision"}[m.group(1)]
    m = re.match(r"ilo:([CPR])\d{3}$", instrument_id)
    if m:
        return {"C": "convention", "P": "protocol", "R": "recommendation"}[m.group(1)]
    return None


def _year_of_id(ids: Sequence[str]) -> Optional[int]:
    """The year written in computed CELEX ids, when they all agree."""
    years = {int(m.group(1)) for i in ids for m in [re.match(r"celex:3(\d{4})", i)] if m}
    return years.pop() if len(years) == 1 and len(ids) == 1 else None


def clean_title(phrase: str) -> str:
    """A name without the characters that `_content_words` ignores in the text."""
    return "".join(" " if c in IGNORED_WORDS else c for c in phrase)


# The adopting body named in full or by its acronym: "Convention de l'Union africaine sur
# ..." is also written "Convention de l'UA sur ...", "des Nations unies" "de l'ONU".
BODY_VARIANTS: Tuple[Tuple[str, str], ...] = (
    ("des Nations unies", "de l'ONU"),
    ("des Nations Unies", "de l'ONU"),
    ("de l'Union africaine", "de l'UA"),
    ("de l'Organisation de l'unité africaine", "de l'OUA"),
    ("de l'Organisation internationale du travail", "de l'OIT"),
)


def body_variants(form: str) -> List[str]:
    """The other ways of naming the body inside a title, in both directions."""
    out = []
    for full, short in BODY_VARIANTS:
        if full in form:
            out.append(form.replace(full, short))
        elif short in form:
            out.append(form.replace(short, full))
    return out


def _name_forms(inst: Instrument) -> Iterable[Tuple[str, str]]:
    """(form, method) for every written form of an instrument, with its year where it fits;
    "variant" for the body's other name ("de l'UA" for "de l'Union africaine")."""
    year = str(inst.year)
    yield inst.title_fr, "exact"
    forms = list(inst.aliases)
    for form in [inst.title_fr, *inst.aliases]:
        if not re.search(r"\d{4}", form):
            head, _, rest = form.partition(" ")
            forms.append(f"{form} de {year}")
            if rest and head.lower() in HEADS:
                forms.append(f"{head} de {year} {rest}")
    for form in forms:
        yield form, "alias"
    for form in [inst.title_fr, *forms]:
        for variant in body_variants(form):
            yield variant, "variant"


def title_prefixes() -> Dict[str, str]:
    """Long titles cut at their first comma ("Protocole au traité ... des personnes, au droit
    de séjour ..."), as news often quotes them; left out where two instruments share one."""
    prefixes: Dict[str, List[str]] = {}
    for inst in load_instruments().values():
        prefix = inst.title_fr.split(",")[0]
        if prefix != inst.title_fr and len(prefix.split()) >= 6:
            prefixes.setdefault(prefix, []).append(inst.id)
    return {p: ids[0] for p, ids in prefixes.items() if len(ids) == 1}


@lru_cache(maxsize=1)
def alias_index() -> PhraseIndex:
    """Every title, short name, acronym and group name; payload (ids, method)."""
    index = PhraseIndex()
    seen: Dict[Tuple[str, ...], Tuple[str, ...]] = {}

    def put(form: str, ids: Tuple[str, ...], method: str, case: str) -> None:
        key = phrase_key(clean_title(form))
        key = tuple(k for k in key if k not in IGNORED_WORDS)
        if method == "variant":
            if key in seen:
                return  # a written form of the table wins over a generated one
            method = "alias"
        if key in seen:
            if seen[key] != ids:
                raise DataError(f"instrument name {form!r} is given to both {seen[key]} and {ids}")
            return
        seen[key] = ids
        index.add(" ".join(key), (ids, method), case=case)

    variants: List[Tuple[str, str]] = []
    for inst in load_instruments().values():
        for form, method in _name_forms(inst):
            if method == "variant":
                variants.append((form, inst.id))
            else:
                put(form, (inst.id,), method, "any")
        for acronym in inst.acronyms:
            put(acronym, (inst.id,), "alias", "upper")
    for form, inst_id in title_prefixes().items():
        if phrase_key(clean_title(form)) not in seen:
            put(form, (inst_id,), "alias", "any")
    for members, aliases in load_groups():
        for form in aliases:
            put(form, members, "alias", "any")
    for form, inst_id in variants:  # last: a form written in the table always wins
        put(form, (inst_id,), "variant", "any")
    return index


@lru_cache(maxsize=1)
def context_aliases() -> Dict[Tuple[str, ...], Tuple[str, Tuple[str, ...]]]:
    """Short names read as one instrument when the document is about its field: {key: (id, cues)}."""
    out = {}
    for inst in load_instruments().values():
        for alias in inst.context_aliases:
            out[phrase_key(alias)] = (inst.id, tuple(fold(c) for c in inst.context_cues))
    return out


@lru_cache(maxsize=1)
def national_codes() -> re.Pattern[str]:
    """One pattern of the national codes of law (`data/legal_codes.txt`), matched on folded text,
    longest name first: "code de l'entree et du sejour des etrangers et du droit d'asile", "ceseda"."""
    names = sorted(read_word_list("legal_codes.txt", fold), key=len, reverse=True)
    alternatives = (r"\s+".join(re.escape(w) for w in name.split()).replace("'", r"'\s*") for name in names)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
