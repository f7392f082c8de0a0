"""Legal instruments: the curated table and the finder of LEGAL mentions in raw text.

News cites a treaty by its official title (often slightly reworded, broken across lines),
by a short name ("Convention de 1951", "Pacte de Marrakech", "CIDE"), by its number
("la convention n° 143 de l'OIT", "la directive 2008/115/CE") or as part of a plural
("ses deux protocoles sur le trafic et la traite des migrants").  Everything here works
on plain strings, so it is testable without spaCy; `components/instruments.py` only
turns the mentions into candidates.

Steps of `find_mentions`, each one only where the earlier ones found nothing (the
outermost mention wins, as in the resolver):
1. titles, short names and acronyms of the table (`PhraseIndex`, longest match), with
   "de 1951" or "de l'OIT" after them when they name the same instrument;
2. numbered references: ILO conventions ("n° 143", "C189") and EU acts ("2008/115/CE"):
   the id follows from the number, with the descriptive title that follows;
3. plural references: "ses deux protocoles sur ..." (the protocols of the instrument just
   named, picked by their cue words), "les conventions de 1954 et de 1961";
4. fuzzy titles (rapidfuzz ratio plus a check of the meaningful words), tried only at a
   head noun ("convention", "protocole", ...);
5. instruments outside the table, LEGAL without an id: a head noun with a proper name
   ("la déclaration de Lima", "l'accord UE-Turquie"), an organisation and a subject
   ("le protocole de l'IGAD sur la libre circulation"), laws and decrees by date, number
   or press name ("la loi immigration de 2024", "le décret 216 de 2021"), English Acts.
Bare common nouns ("la convention", "ce protocole") are never proposed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from migtext.core.data import read_jsonl
from migtext.core.errors import DataError
from migtext.core.regexes import compile_skipping
from migtext.core.text import PhraseIndex, Word, fold, phrase_key, words

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
_IGNORED_WORDS = frozenset('«»“”„‟"‹›()[],')
# Words that end a sentence or clause: no mention runs across them.
_BARRIERS = frozenset(".;:!?")
_OPENERS = {"«": "»", "“": "”", "„": "“", "(": ")", "[": "]", '"': '"', "‹": "›"}

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
_FUNCTION_WORDS = frozenset(
    """a au aux avec ce ces contre d dans de des du en et l la le les leur leurs ou par pour
    sa se ses son sur un une tous toutes toute tout relatif relative relatifs relatives
    relatif concernant n o visant the of and on to for in""".split()
)

FUZZY_MIN_RATIO = 85.0  # character similarity of the whole title (rapidfuzz ratio, 0-100)
FUZZY_MIN_RECALL = 0.8  # share of the title's meaningful words found in the text
FUZZY_MIN_PRECISION = 0.6  # share of the text's meaningful words found in the title
FUZZY_MAX_EXTRA_WORDS = 3  # how much longer or shorter than the title a variant may be
FUZZY_PREFILTER = 0.5  # share of a title's meaningful words that must appear, exactly, before any scoring
FUZZY_MIN_MARGIN = 0.03  # a runner-up (another instrument) this close makes the match ambiguous


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
    """Kind of a computed id: ILO C/P codes and CELEX sector-3 R/L/D numbers."""
    m = re.match(r"celex:3\d{4}([RLD])", instrument_id)
    if m:
        return {"R": "regulation", "L": "directive", "D": "decision"}[m.group(1)]
    m = re.match(r"ilo:([CP])\d{3}$", instrument_id)
    if m:
        return {"C": "convention", "P": "protocol"}[m.group(1)]
    return None


def _year_of_id(ids: Sequence[str]) -> Optional[int]:
    """The year written in computed CELEX ids, when they all agree."""
    years = {int(m.group(1)) for i in ids for m in [re.match(r"celex:3(\d{4})", i)] if m}
    return years.pop() if len(years) == 1 and len(ids) == 1 else None


def _clean(phrase: str) -> str:
    """A name without the characters that `_content_words` ignores in the text."""
    return "".join(" " if c in _IGNORED_WORDS else c for c in phrase)


def _name_forms(inst: Instrument) -> Iterable[Tuple[str, str]]:
    """(form, method) for every written form of an instrument, with its year where it fits."""
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


def _title_prefixes() -> Dict[str, str]:
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
        key = phrase_key(_clean(form))
        key = tuple(k for k in key if k not in _IGNORED_WORDS)
        if key in seen:
            if seen[key] != ids:
                raise DataError(f"instrument name {form!r} is given to both {seen[key]} and {ids}")
            return
        seen[key] = ids
        index.add(" ".join(key), (ids, method), case=case)

    for inst in load_instruments().values():
        for form, method in _name_forms(inst):
            put(form, (inst.id,), method, "any")
        for acronym in inst.acronyms:
            put(acronym, (inst.id,), "alias", "upper")
    for form, inst_id in _title_prefixes().items():
        if phrase_key(_clean(form)) not in seen:
            put(form, (inst_id,), "alias", "any")
    for members, aliases in load_groups():
        for form in aliases:
            put(form, members, "alias", "any")
    return index


@dataclass(frozen=True)
class _FuzzyTitle:
    ids: Tuple[str, ...]
    text: str  # folded words joined by spaces
    n_words: int
    content: Tuple[str, ...]
    stems: FrozenSet[str]


@lru_cache(maxsize=1)
def _fuzzy_titles() -> Dict[str, Tuple[_FuzzyTitle, ...]]:
    """Long names (4 words or more) grouped by head noun, for fuzzy comparison."""
    by_head: Dict[str, List[_FuzzyTitle]] = {}
    prefixes = {i: p for p, i in _title_prefixes().items()}
    for inst in load_instruments().values():
        for form in (inst.title_fr, *inst.aliases, *([prefixes[inst.id]] if inst.id in prefixes else [])):
            keys = [k for k in phrase_key(_clean(form)) if k[0].isalnum()]
            if len(keys) < 4 or keys[0] not in HEADS:
                continue
            content = tuple(k for k in keys[1:] if k not in _FUNCTION_WORDS)
            stems = frozenset(_stem(k) for k in content)
            by_head.setdefault(keys[0], []).append(_FuzzyTitle((inst.id,), " ".join(keys), len(keys), content, stems))
    return {h: tuple(ts) for h, ts in by_head.items()}


# --------------------------------------------------------------------------- finding


def _stem(word: str) -> str:
    return word.rstrip("sx")


def _same_word(a: str, b: str) -> bool:
    """Equal up to a plural ending or a one-letter typo in a long word."""
    if a == b or _stem(a) == _stem(b):
        return True
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _overlap(words_a: Sequence[str], words_b: Sequence[str]) -> float:
    """Share of `words_a` that has a match in `words_b`."""
    if not words_a:
        return 1.0
    return sum(any(_same_word(a, b) for b in words_b) for a in words_a) / len(words_a)


def fuzzy_score(text_words: Sequence[str], title: _FuzzyTitle) -> float:
    """0 if the words do not name this title, else a confidence in (0, 1].

    The character ratio accepts rewordings ("droits humains", "leurs familles"); the
    word checks refuse a title that differs in its meaningful words, which the ratio
    alone would accept for short titles ("statut des apatrides" vs "statut des réfugiés").
    """
    return _score(" ".join(text_words), [w for w in text_words[1:] if w not in _FUNCTION_WORDS], title)


def _score(joined: str, content: Sequence[str], title: _FuzzyTitle) -> float:
    ratio = fuzz.ratio(joined, title.text, score_cutoff=FUZZY_MIN_RATIO)
    if not ratio:
        return 0.0
    recall = _overlap(title.content, content)
    precision = _overlap(content, title.content)
    min_recall = 1.0 if len(title.content) < 3 else FUZZY_MIN_RECALL
    if recall < min_recall or precision < FUZZY_MIN_PRECISION:
        return 0.0
    return round(ratio / 100 * recall, 4)


class _Text:
    """The text with its words, folded form and the words used for name matching."""

    def __init__(
        self,
        text: str,
        verbs: Sequence[int] = (),
        folded: Optional[str] = None,
        word_list: Optional[List[Word]] = None,
    ) -> None:
        self.text = text
        self.verbs = frozenset(verbs)  # start offsets of conjugated verbs, when a tagger is at hand
        self.folded = fold(text) if folded is None else folded
        self.all_words: List[Word] = words(text, self.folded) if word_list is None else word_list
        self.words: List[Word] = [w for w in self.all_words if w.key not in _IGNORED_WORDS]
        self.keys: List[str] = [w.key for w in self.words]
        # offsets for word_at and words_from, built on first use: most texts never ask
        self._word_starts: Optional[List[int]] = None
        self._all_starts: Optional[List[int]] = None

    def word_at(self, pos: int) -> Optional[int]:
        """Index in `self.words` of the first word starting at or after `pos`."""
        if self._word_starts is None:
            self._word_starts = [w.start for w in self.words]
        i = bisect_left(self._word_starts, pos)
        return i if i < len(self.words) else None

    def words_from(self, pos: int) -> Iterator[Word]:
        """All words (punctuation included) starting at or after `pos`, in order."""
        if self._all_starts is None:
            self._all_starts = [w.start for w in self.all_words]
        return (self.all_words[j] for j in range(bisect_left(self._all_starts, pos), len(self.all_words)))


class _Scan:
    """A pattern that scans a whole text, with the words every match of it contains: a text
    that holds none of them is not scanned (most texts cite no decree, regulation or
    protocol, and a substring test costs a fraction of a scan)."""

    def __init__(self, needles: Tuple[str, ...], pattern: str, flags: int = 0) -> None:
        self.needles = needles
        self.regex = compile_skipping(pattern, flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if any(needle in text for needle in self.needles):
            return self.regex.finditer(text)
        return iter(())


def _extend_end(t: _Text, start: int, end: int, year: Optional[int]) -> int:
    """Take in a closing quote or parenthesis left open, then "de 1951" / "(1951)" naming the year."""
    inside = t.text[start:end]
    for opener, closer in _OPENERS.items():
        if inside.count(opener) > inside.count(closer) and opener != closer:
            m = re.match(r"\s*" + re.escape(closer), t.text[end:])
            if m:
                end += m.end()
    if year:
        m = re.match(rf"\s*(?:(?:de|du|en)\s+{year}|\(\s*{year}\s*\))(?!\d)", t.folded[end:])
        if m:
            end += m.end()
    return end


def _year_of(ids: Sequence[str]) -> Optional[int]:
    years = {load_instruments()[i].year for i in ids if i in load_instruments()}
    return years.pop() if len(years) == 1 else None


class _Found(List[InstrumentMention]):
    """Mentions found so far: never overlapping, kept in text order, so that asking what
    overlaps a span costs a binary search even in a long document."""

    def __init__(self) -> None:
        super().__init__()
        self._ends: List[int] = []

    def overlapping(self, start: int, end: int) -> List[InstrumentMention]:
        i = bisect_right(self._ends, start)
        out = []
        while i < len(self) and self[i].start < end:
            out.append(self[i])
            i += 1
        return out

    def put(self, mention: InstrumentMention) -> None:
        i = bisect_right(self._ends, mention.start)
        self.insert(i, mention)
        self._ends.insert(i, mention.end)

    def drop(self, mention: InstrumentMention) -> None:
        i = self.index(mention)
        del self[i]
        del self._ends[i]


def _overlaps(start: int, end: int, taken: Sequence[InstrumentMention]) -> bool:
    if isinstance(taken, _Found):
        return bool(taken.overlapping(start, end))
    return any(start < m.end and m.start < end for m in taken)


def _add(found: _Found, mention: InstrumentMention) -> None:
    """Keep the outermost: a new mention replaces those it covers, yields to those covering it."""
    over = found.overlapping(mention.start, mention.end)
    if any(not (mention.start <= m.start and m.end <= mention.end) for m in over):
        return
    for m in over:
        found.drop(m)
    found.put(mention)


# 1. names of the table ---------------------------------------------------------

_CEDH_COURT = re.compile(r"cour europeenne des droits de l'homme\s*\(\s*cedh\s*\)")
_CEDH_AS_TEXT = re.compile(
    r"(?:articles?\s+\d+\w*(?:\s*(?:,|et)\s*\d+\w*)*|violation|protocoles?(?:\s+n\s*°\s*\d+)?|ratifi\w*|signataires?"
    r"|au sens|en vertu|conformement)\s+(?:de\s+la|a\s+la|du)\s*$"
)


def _cedh_is_the_convention(t: _Text, start: int, previous: Sequence[InstrumentMention]) -> bool:
    """CEDH names the Court as often as the Convention: only its articles, its
    violation or an in-text definition after the Convention's title make it the text."""
    if _CEDH_COURT.search(t.folded):
        return False
    before = t.folded[max(0, start - 60) : start]
    if re.search(r"\(\s*$", before):
        return any(m.ids == ("coe:ETS-005",) and 0 <= start - m.end <= 3 for m in previous)
    return bool(_CEDH_AS_TEXT.search(before))


_BODY_SUFFIX = {
    "ilo:": r"(?:de\s+l'\s*(?:oit|organisation\s+internationale\s+du\s+travail)|du\s+bit)",
    "untc:": r"(?:des\s+nations\s+unies|de\s+l'\s*onu)",
    "au:": r"(?:de\s+l'\s*(?:ua|union\s+africaine|oua))",
    "coe:": r"(?:du\s+conseil\s+de\s+l'\s*europe)",
}


def _body_suffix(t: _Text, end: int, ids: Sequence[str]) -> int:
    """Take in "de l'OIT" after "Convention sur les travailleurs domestiques" (its adopting body)."""
    prefixes = {i.split(":")[0] + ":" for i in ids}
    if len(prefixes) != 1 or next(iter(prefixes)) not in _BODY_SUFFIX:
        return end
    m = re.match(r"\s+" + _BODY_SUFFIX[next(iter(prefixes))] + r"\b", t.folded[end:])
    return end + m.end() if m else end


def _table_names(t: _Text, found: _Found) -> None:
    for match in alias_index().iter_matches(t.text, t.words):
        ids, method = match.payloads[0]
        end = _extend_end(t, match.start, _body_suffix(t, match.end, ids), _year_of(ids))
        score = 1.0 if method == "exact" else 0.95
        _add(found, InstrumentMention(match.start, end, ids, method, score))
    # "CEDH" is not in the index (ambiguous with the Court): decided by context.
    for m in re.finditer(r"\bCEDH\b", t.text) if "CEDH" in t.text else ():
        if not _overlaps(m.start(), m.end(), found) and _cedh_is_the_convention(t, m.start(), found):
            _add(found, InstrumentMention(m.start(), m.end(), ("coe:ETS-005",), "context", 0.85))


# 2. numbered references ---------------------------------------------------------

_ILO_ORG = r"(?:de\s+l'\s*|du\s+)?(?:oit|bit|organisation\s+internationale\s+du\s+travail)\b"
_NUMBER_MARK = r"(?:n\s*[°o]\.?|nº|numero)"
_ILO_RE = _Scan(
    ("convention",),
    rf"\b(?P<head>conventions?)\s*(?P<org1>{_ILO_ORG}\s*)?\(?\s*(?P<mark>{_NUMBER_MARK}\s*)?"
    rf"(?P<nums>\d{{1,3}}(?:\s*(?:,|et)\s*(?:{_NUMBER_MARK}\s*)?\d{{1,3}})*)\b\s*\)?"
    rf"(?P<org2>\s*(?:,\s*)?{_ILO_ORG})?",
)
_ILO_NEARBY = re.compile(r"\b(?:oit|bit|organisation internationale du travail|ilo)\b")
# NORMLEX codes written as such: "la C189", "la convention C-143"
_ILO_CODE_RE = compile_skipping(r"\b(?:[Cc]onvention\s+)?(?P<kind>[CP])-?(?P<num>\d{2,3})\b")
# What every such code holds, found fast (a pattern that opens with a character class)
_ILO_CODE_HINT = re.compile(r"[CP]-?\d\d")


def _ilo_codes(t: _Text, found: _Found) -> None:
    """ "C189" is the ILO's own code: linked when the table has it and the ILO is named nearby."""
    table = load_instruments()
    for m in _ILO_CODE_RE.finditer(t.text) if _ILO_CODE_HINT.search(t.text) else ():
        inst_id = f"ilo:{m.group('kind')}{int(m.group('num')):03d}"
        window = t.folded[max(0, m.start() - 150) : m.end() + 150]
        if inst_id in table and _ILO_NEARBY.search(window) and not _overlaps(m.start(), m.end(), found):
            end = _extend_end(t, m.start(), m.end(), None)
            org = re.match(rf"\s*{_ILO_ORG}", t.folded[end:])
            if org and re.search(r"OIT|BIT|[Oo]rganisation", t.text[end : end + org.end()]):
                end += org.end()
            _add(found, InstrumentMention(m.start(), end, (inst_id,), "grammar", 0.9))


def _ilo_references(t: _Text, found: _Found) -> None:
    table = load_instruments()
    for m in _ILO_RE.finditer(t.folded):
        org = m.group("org1") or m.group("org2")
        if org and not re.search(r"OIT|BIT|[Oo]rganisation", t.text[m.start() : m.end()]):
            org = None  # "bit" in lowercase is not the ILO's office
        numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group("nums"))]
        ids = tuple(sorted({f"ilo:C{n:03d}" for n in numbers}))
        known = all(i in table for i in ids)
        window = t.folded[max(0, m.start() - 150) : m.end() + 150]
        if not (org or (m.group("mark") and (known or _ILO_NEARBY.search(window)))):
            continue
        if org and m.group("org2"):
            end = m.end("org2")
        else:  # not m.end(): the pattern's "\s*\)?" after the number may end on a space
            end = m.end("nums") + (1 if t.text[m.end("nums") : m.end("nums") + 1] == ")" else 0)
        tail_end = _ilo_title_tail(t, end, table[ids[0]]) if len(ids) == 1 and ids[0] in table else end
        end = _extend_end(t, m.start(), tail_end if tail_end > end else _complement_end(t, end), _year_of(ids))
        m_year = re.match(r"\s*,\s*(\d{4})\b", t.folded[end:])
        if m_year and _year_of(ids) == int(m_year.group(1)):
            end += m_year.end()
        _add(found, InstrumentMention(m.start(), end, ids, "grammar", 0.95 if known else 0.85))


def _ilo_title_tail(t: _Text, end: int, inst: Instrument) -> int:
    """Extend "convention n° 189" over "sur les travailleuses et travailleurs domestiques"."""
    tail = [k for k in phrase_key(_clean(inst.title_fr.split(")", 1)[-1])) if k[0].isalpha()]
    i = t.word_at(end)
    matched, last_end = 0, end
    while i is not None and i < len(t.words) and matched < len(tail) and _same_word(t.words[i].key, tail[matched]):
        last_end = t.words[i].end
        matched += 1
        i += 1
    return last_end if matched >= 3 else end


_EU_RE = _Scan(
    ("reglement", "directive", "decision"),
    r"\b(?P<head>reglement|directive|decision)(?:\s+(?:europeenne?|communautaire|d'execution|delegue|cadre))?"
    r"\s*(?:\(\s*(?:ue|ce|cee)(?:\s*,\s*euratom)?\s*\)|(?:ue|ce|cee)\b)?\s*(?:n\s*[°o]\.?|nº)?\s*"
    r"(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})(?:\s*/\s*(?P<suffix>ce|ue|cee|jai)\b)?",
)
_EU_TYPE = {"reglement": "R", "directive": "L", "decision": "D"}


def celex_number(act: str, first: int, second: int, has_suffix: bool = False) -> Optional[str]:
    """CELEX number of an EU act cited as "2008/115/CE", "n° 604/2013" or "2016/399".

    Directives put the year first; regulations and decisions put the number first until
    2014 and the year first from 2015 on ("(UE) 2016/399").
    """

    def plausible(n: int) -> bool:
        return 1958 <= n <= 2099

    def two_digit(n: int) -> bool:
        return 58 <= n <= 99

    if act == "directive":
        if plausible(first):
            year, number = first, second
        elif two_digit(first):
            year, number = 1900 + first, second
        else:
            return None
    elif plausible(first) and (not plausible(second) or second >= 2015):
        year, number = first, second
    elif plausible(second):
        year, number = second, first
    elif has_suffix and two_digit(first):
        year, number = 1900 + first, second
    else:
        return None
    return f"3{year}{_EU_TYPE[act]}{number:04d}"


def _eu_references(t: _Text, found: _Found) -> None:
    for m in _EU_RE.finditer(t.folded):
        celex = celex_number(m.group("head"), int(m.group("a")), int(m.group("b")), bool(m.group("suffix")))
        if celex is None:
            continue
        ids = (f"celex:{celex}",)
        known = ids[0] in load_instruments()
        end = _complement_end(t, _extend_end(t, m.start(), m.end(), None))
        _add(found, InstrumentMention(m.start(), end, ids, "grammar", 0.95 if known else 0.85))


# A descriptive title after a numbered or unknown instrument: "directive 2001/55/CE
# relative à la protection temporaire", "protocole de l'IGAD sur la libre circulation".
_COMPLEMENT_OPENER = re.compile(
    r"\s+(?:relati(?:ve|f|ves|fs)\s+(?:a|au|aux)|concernant|etablissant|instituant|portant|sur|visant\s+a|contre)\b"
)
_COMPLEMENT_VERBS = frozenset(
    """qui que qu dont ont sont est a ete sera seront etait avait ne n se s il elle ils elles on ce cette ces
    lors afin mais ainsi selon depuis pendant apres avant signe signee adopte adoptee entre entree""".split()
)
_NOUNS_IN_ANT = frozenset(
    "enfant migrant resident ressortissant requerant demandant habitant representant etudiant participant".split()
)
_TRAILING_FUNCTION_WORDS = frozenset("de des du d la le les l et ou a au aux en un une sur pour".split())


def _complement_end(t: _Text, end: int, opener: re.Pattern = _COMPLEMENT_OPENER) -> int:
    """End of "relative à la protection temporaire" after `end`, or `end` if there is none."""
    m = opener.match(t.folded, end)
    if not m:
        return end
    last = m.end()
    words_in: List[Word] = []
    for w in t.words_from(m.end()):
        k = w.key
        if (
            not k.isalpha()
            or k in _COMPLEMENT_VERBS
            or w.start in t.verbs
            or (len(k) > 6 and k.endswith("ant") and k not in _NOUNS_IN_ANT)
        ):
            break
        if t.text[last : w.start].count("\n") > 1:
            break  # a blank line ends a paragraph
        last = w.end
        words_in.append(w)
        if len(words_in) >= 14:
            break
    while words_in and words_in[-1].key in _TRAILING_FUNCTION_WORDS:
        words_in.pop()
    return words_in[-1].end if words_in else end


# 3. plural references to the protocols of a named instrument ----------------------

_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "2": 2, "3": 3, "4": 4}
_REFERENCE_RE = _Scan(
    ("protocole", "convention"),
    r"\b(?P<det>ses|leurs|leur|son|sa|les|ces)\s+(?:(?P<num>deux|trois|quatre|[234])\s+)?"
    r"(?P<head>protocoles?|conventions?)(?P<adj>(?:\s+(?:additionnels?|facultatifs?|se\s+rapportant))*)\b",
)
_COMPLEMENT_START = re.compile(r"\s+(?:sur|relatifs?\s+(?:a|au|aux)|contre|concernant|visant|additionnels?\s+a)\b")
_COMPLEMENT_STOP = frozenset(
    "qui que qu dont ont sont est ainsi mais afin lors ce cette ces il elle ils elles ne n se".split()
)


def _plural_references(t: _Text, found: _Found) -> None:
    for m in _REFERENCE_RE.finditer(t.folded):
        det, head = m.group("det"), m.group("head")
        plural = head.endswith("s")
        possessive = det in ("ses", "leurs", "leur", "son", "sa")
        if not possessive and not m.group("num") and not m.group("adj"):
            continue  # "les conventions": a common noun
        end = m.end()
        year = None
        dated = _YEAR_TAIL.match(t.folded, end)
        if dated and possessive and not plural:
            end, year = dated.end(), int(dated.group(0)[-4:])  # "son protocole de 2014"
        c = _COMPLEMENT_START.match(t.folded, end)
        complement: List[Word] = []
        if c:
            for w in t.words_from(end):
                if w.key in _BARRIERS or w.key in (",", "(", ")") or (w.key in _COMPLEMENT_STOP and complement):
                    break
                complement.append(w)
                if len(complement) >= 12:
                    break
            if complement:
                end = complement[-1].end
        refers = possessive and (plural or t.text[m.start("head")].islower())
        named = [f for f in found.overlapping(m.start("head"), end) if f.start == m.start("head") and f.ids]
        if named and refers and len(named) == 1 and named[0].end >= end:
            # "son protocole de 1967": the table names the protocol; the possessive joins its span
            _add(found, InstrumentMention(m.start(), named[0].end, named[0].ids, "context", named[0].score))
            continue
        parent = _parent_before(m.start(), end, found)
        if parent is None:
            continue
        kind = HEADS[head.rstrip("s")]
        kids = [k for k in children(parent.ids, kind) if year is None or k.year == year]
        if not kids:
            continue
        count = _NUMBERS.get(m.group("num") or "", 0 if plural else 1)
        keys = " ".join(w.key for w in complement)
        cued = [k for k in kids if any(re.search(rf"\b{re.escape(fold(c))}", keys) for c in k.cues)]
        if cued and not (count and len(cued) < count == len(kids)):
            chosen = cued
        elif count == len(kids) or (plural and not count):
            chosen = kids
        else:
            chosen = []
        # The possessive makes a common noun refer ("ses deux protocoles", "son protocole de 2014");
        # before a capitalised name ("son Protocole de 1967") it is a determiner, outside the span.
        start = m.start() if refers else m.start("num") if m.group("num") else m.start("head")
        ids = tuple(sorted(k.id for k in chosen))
        _add(found, InstrumentMention(start, end, ids, "context", 0.8 if ids else 0.6))


_YEARS_RE = _Scan(
    ("conventions", "protocoles", "pactes", "declarations"),
    r"\b(?P<head>conventions|protocoles|pactes|declarations)\s+de\s+(?P<years>(?:19|20)\d\d"
    r"(?:\s*,\s*(?:de\s+)?(?:19|20)\d\d)*\s+et\s+(?:de\s+)?(?:19|20)\d\d)(?!\d)",
)


def _plural_with_years(t: _Text, found: _Found) -> None:
    """ "les conventions de 1954 et de 1961 sur l'apatridie": one instrument per year."""
    for m in _YEARS_RE.finditer(t.folded):
        kind = HEADS[m.group("head")[:-1]]
        end = _complement_end(t, m.end())
        topic = [k for k in phrase_key(t.text[m.end() : end]) if k.isalpha() and k not in _FUNCTION_WORDS]
        ids: List[str] = []
        for year in re.findall(r"\d{4}", m.group("years")):
            same = [i for i in load_instruments().values() if i.kind == kind and i.year == int(year)]
            if len(same) > 1 and topic:
                same = [i for i in same if _overlap(topic, _all_name_words(i)) == 1.0]
            if len(same) != 1:
                ids = []
                break
            ids.append(same[0].id)
        _add(found, InstrumentMention(m.start(), end, tuple(sorted(ids)), "grammar", 0.85 if ids else 0.6))


def _all_name_words(inst: Instrument) -> List[str]:
    return [k for form in (inst.title_fr, *inst.aliases) for k in phrase_key(form) if k.isalpha()]


def _parent_before(start: int, end: int, found: Sequence[InstrumentMention]) -> Optional[InstrumentMention]:
    """The instrument named in the reference's complement, else the nearest one before it."""
    inside = [f for f in found if start <= f.start and f.end <= end and f.ids]
    if inside:
        return inside[0]
    before = [f for f in found if f.end <= start and start - f.end <= 300 and f.ids]
    return max(before, key=lambda f: f.end) if before else None


# 4. fuzzy titles ------------------------------------------------------------------


def _fuzzy_titles_at_heads(t: _Text, found: _Found) -> None:
    titles_by_head = _fuzzy_titles()
    keys = t.keys
    for i in [i for i, k in enumerate(keys) if k in titles_by_head]:
        word = t.words[i]
        titles = titles_by_head[word.key]
        # a short name may open a longer, reworded title: try to go further than it
        covering = found.overlapping(word.start, word.end)
        if covering and not (len(covering) == 1 and covering[0].start == word.start and covering[0].method == "alias"):
            continue
        # the meaningful words after the head, up to the end of the sentence
        window: List[int] = []
        for j in range(i, min(len(keys), i + 70)):
            if keys[j] in _BARRIERS:
                break
            if keys[j][0].isalnum():
                window.append(j)
        # titles with enough of their meaningful words nearby; the others are not scored
        meaningful = [keys[j] for j in window[1:] if keys[j] not in _FUNCTION_WORDS]
        window_stems = {_stem(k) for k in meaningful}
        candidates = [
            title
            for title in titles
            if max(2, title.n_words - FUZZY_MAX_EXTRA_WORDS) <= len(window)
            and len(title.stems & window_stems) >= FUZZY_PREFILTER * len(title.stems)
        ]
        if not candidates:
            continue
        # the window's first n words, joined, and how many of them are meaningful, for every n
        joined = [""]
        n_meaningful = [0]
        for n, j in enumerate(window):
            joined.append(f"{joined[-1]} {keys[j]}" if n else keys[j])
            n_meaningful.append(n_meaningful[-1] + (1 if n and keys[j] not in _FUNCTION_WORDS else 0))
        # per instrument: its best score, and the longest window any of its names accepts
        scores: Dict[Tuple[str, ...], Tuple[float, int, float]] = {}
        for title in candidates:
            lo = max(2, title.n_words - FUZZY_MAX_EXTRA_WORDS)
            hi = min(len(window), title.n_words + FUZZY_MAX_EXTRA_WORDS)
            best_n, best_score = 0, 0.0
            for n in range(lo, hi + 1):
                score = _score(joined[n], meaningful[: n_meaningful[n]], title)
                if score > best_score:
                    best_n, best_score = n, score
            if best_score:
                top, n, score_at_n = scores.get(title.ids, (0.0, 0, 0.0))
                if best_n > n:
                    n, score_at_n = best_n, best_score
                scores[title.ids] = (max(top, best_score), n, score_at_n)
        if not scores:
            continue
        ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
        ids, (top, n, score) = ranked[0]
        if len(ranked) > 1 and ranked[1][1][0] > top - FUZZY_MIN_MARGIN:
            continue  # two instruments fit almost equally well: do not guess
        if score:
            start, end = word.start, _extend_end(t, word.start, t.words[window[n - 1]].end, _year_of(ids))
            if not covering or end > covering[0].end:
                _add(found, InstrumentMention(start, end, ids, "fuzzy", score))


# 5. instruments outside the table ---------------------------------------------------

_NOT_NAMES = frozenset(
    """le la les l m mme mlle mm dr me pr janvier fevrier mars avril mai juin juillet aout
    septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche""".split()
)
_GENERIC_HEADS = frozenset({"declaration", "convention", "protocole", "pacte", "traite", "accord", "charte"})
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_LAW_TAIL = re.compile(
    rf"\s+(?:(?:de|du|en)\s+(?:19|20)\d\d(?!\d)|du\s+(?:1er|\d{{1,2}})\s+{_MONTH}\s+(?:19|20)\d\d|n\s*[°o]\s*\d[\d-]*\d)"
)
_LAW_TOPICS = r"(?:immigration|asile|integration|nationalite|sejour|separatisme)"
_TOPICAL_LAW = re.compile(rf"\s+{_LAW_TOPICS}(?:\s*(?:-|et)\s*{_LAW_TOPICS})*\b")
_YEAR_TAIL = re.compile(r"\s+(?:de|du|en)\s+(?:19|20)\d\d(?!\d)")


# "protocole de l'IGAD sur ...": an organisation's instrument, known by its subject
_ORG_INSTRUMENT_RE = _Scan(
    ("convention", "protocole", "pacte", "traite", "charte"),
    r"\b(?:convention|protocole|pacte|traite|charte)s?\s+(?:de\s+l'\s*|du\s+|de\s+la\s+)",
)
# national decrees and orders cited by number: "décret 216 de 2021", "décret-loi n° 1/2023"
_DECREE_RE = _Scan(
    ("decret", "decision", "ordonnance", "arrete", "loi"),
    r"\b(?:decret-loi|decret|decision|ordonnance|arrete|loi)\s+(?:n\s*[°o]\.?\s*|nº\s*)?\d+(?:[-/.]\d+)*(?![\d/])"
    r"(?:\s+(?:de|du|en)\s+(?:19|20)\d\d(?!\d))?",
)
# United States Code titles, as French news cites them: "Titre 42", "Titre 8 du code fédéral"
_US_TITLE_RE = _Scan(("Titre",), r"\bTitre\s+\d{1,2}\b(?:\s+du\s+[Cc]ode\s+(?:fédéral|des\s+États-Unis|américain))?")
# laws of English-speaking countries, cited by their short title: "Illegal Migration Act 2023"
_ACT_RE = compile_skipping(
    r"\b(?P<lead>(?:Le|La|Les|Du|Des|Au|Aux|Un|Une|Ce|Cet|Cette|Selon|Avec|Depuis|En|Et|Dans|Par|Pour)\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|the|for|on|to)){0,8}\s+Act\b(?:\s+(?:of\s+)?(?:19|20)\d\d(?!\d))?"
)
# agreements named by their parties or subject: "mémorandum d'entente italo-libyen"
_MOU_RE = _Scan(
    ("memorandum", "accord"),
    r"\b(?:memorandum\s+d'\s*(?:entente|accord)|protocole\s+d'\s*accord|accord\s+de\s+(?:partenariat|readmission|cooperation))",
)
_MOU_OPENER = re.compile(r"\s+(?:sur|entre|avec|relati(?:ve|f)\s+(?:a|au|aux)|concernant|visant\s+a|portant)\b")
_PARTY_ADJECTIVE = re.compile(r"\s+[a-z]+o-[a-z]+\b")


def _named_by_subject(t: _Text, found: _Found, vetoes: Sequence[Tuple[int, int]]) -> None:
    for m in _ORG_INSTRUMENT_RE.finditer(t.folded):
        org = re.match(r"[A-Z][\w-]*", t.text[m.end() :])
        if not org:
            continue
        end = _complement_end(t, m.end() + org.end())
        if end > m.end() + org.end() and not _overlaps(m.start(), end, found):
            _add(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))
    for m in _DECREE_RE.finditer(t.folded):
        if not _overlaps(m.start(), m.end(), found):
            _add(found, InstrumentMention(m.start(), _complement_end(t, m.end()), (), "grammar", 0.6))
    for m in _ACT_RE.finditer(t.text) if " Act" in t.text else ():
        start = m.start() + len(m.group("lead") or "")
        if not _overlaps(start, m.end(), found):
            _add(found, InstrumentMention(start, m.end(), (), "grammar", 0.6))
    for m in _US_TITLE_RE.finditer(t.text):
        if not _overlaps(m.start(), m.end(), found):
            _add(found, InstrumentMention(m.start(), m.end(), (), "grammar", 0.6))
    for m in _MOU_RE.finditer(t.folded):
        adjective = _PARTY_ADJECTIVE.match(t.folded, m.end())
        end = adjective.end() if adjective else _complement_end(t, m.end(), _MOU_OPENER)
        if end > m.end() and not _overlaps(m.start(), end, found):
            _add(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))


# EU acts named by subject: "règlement européen sur l'intelligence artificielle"
_EU_SUBJECT_RE = _Scan(("reglement", "directive"), r"\b(?:reglement|directive)\s+(?:europeen(?:ne)?|communautaire)\b")
# Instruments named by a capitalised head and its qualifiers: "Statut migratoire andin",
# "Entente sur les tiers pays sûrs", "Pacte européen"; or by the adjective of their two
# parties: "protocole italo-albanais", "accord franco-britannique".
_NAMED_HEAD_RE = _Scan(
    ("Entente", "Accord", "Statut", "Pacte", "Protocole", "Traité", "Charte", "Mémorandum", "-"),
    r"\b(?:Entente|Accord|Statut|Pacte|Protocole|Traité|Charte|Mémorandum"
    r"|(?P<common>entente|accord|protocole|traité|pacte|mémorandum)(?=\s+[a-z]+o-[a-zé]))\b",
)
_ADJECTIVE_RE = re.compile(
    r"[a-z]{3,}(?:al|ale|aux|el|elle|ien|ienne|een|eenne|ain|aine|in|ine|ais|aise|ois|oise|if|ive"
    r"|aire|oire|ique|ier|iere|an|ane)s?"
)
_NAMED_OPENER = re.compile(
    r"\s+(?:relati(?:ve|f|ves|fs)\s+(?:a|au|aux)|concernant|etablissant|instituant|portant|sur|visant\s+a|contre|pour)\b"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n«\"“]\s*)$")


def _named_instruments(t: _Text, found: _Found) -> None:
    """Instruments outside the table named by qualifiers rather than by a place or a person."""
    for m in _EU_SUBJECT_RE.finditer(t.folded):
        end = _complement_end(t, m.end())
        if end > m.end() and not _overlaps(m.start(), end, found):
            _add(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))
    for m in _NAMED_HEAD_RE.finditer(t.text):
        if _overlaps(m.start(), m.end(), found):
            continue
        if not m.group("common") and _SENTENCE_START_RE.search(t.text, max(0, m.start() - 3), m.start()):
            continue  # "Accord trouvé ..." opening a sentence or a title: any word takes a capital there
        party = _PARTY_ADJECTIVE.match(t.folded, m.end())
        end = party.end() if party else m.end()
        for w in t.words_from(end):
            surface = t.text[w.start : w.end]
            if (
                t.text[end : w.start].strip(" -")
                or not surface[:1].islower()
                or w.start in t.verbs
                or w.key in _COMPLEMENT_VERBS
                or not _ADJECTIVE_RE.fullmatch(w.key)
            ):
                break
            end = w.end
            if end - m.end() > 40:
                break
        end = _complement_end(t, end, _NAMED_OPENER)
        if end == m.end() or _overlaps(m.start(), end, found):
            continue
        ids = _context_alias(t, m.start(), end)
        _add(found, InstrumentMention(m.start(), end, ids, "context" if ids else "grammar", 0.75 if ids else 0.6))


@lru_cache(maxsize=1)
def _context_aliases() -> Dict[Tuple[str, ...], Tuple[str, Tuple[str, ...]]]:
    """Short names read as one instrument when the document is about its field: {key: (id, cues)}."""
    out = {}
    for inst in load_instruments().values():
        for alias in inst.context_aliases:
            out[phrase_key(alias)] = (inst.id, tuple(fold(c) for c in inst.context_cues))
    return out


def _context_alias(t: _Text, start: int, end: int) -> Tuple[str, ...]:
    """ "le Pacte européen" in a text about asylum: the EU Pact on Migration and Asylum."""
    hit = _context_aliases().get(phrase_key(t.text[start:end]))
    if hit is None or not any(re.search(rf"\b{re.escape(c)}", t.folded) for c in hit[1]):
        return ()
    return (hit[0],)


def _is_name(t: _Text, w: Word) -> bool:
    surface = t.text[w.start : w.end]
    return surface[:1].isupper() and w.key not in _NOT_NAMES and w.key.isalpha()


# Words (folded, singular or plural) whose head is generic or "loi": what
# _unknown_instruments looks at, so that it passes over every other word at once.
_UNKNOWN_HEAD_WORDS = frozenset(
    k for k in (*PLURAL_HEADS, *_GENERIC_HEADS, "loi") if PLURAL_HEADS.get(k, k) in _GENERIC_HEADS | {"loi"}
)


def _unknown_instruments(t: _Text, found: _Found, vetoes: Sequence[Tuple[int, int]]) -> None:
    ws = t.all_words
    for i, w in enumerate(ws):
        if w.key not in _UNKNOWN_HEAD_WORDS:
            continue
        head = PLURAL_HEADS.get(w.key, w.key)
        surface = t.text[w.start : w.end]
        if head == "traite" and not (surface[:1].isupper() or "é" in surface.lower()):
            continue  # "la traite des personnes" is trafficking, not a treaty
        if _overlaps(w.start, w.end, found):
            continue
        end = None
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if nxt is None:
            continue
        of_name = head != "loi" and nxt.key in ("de", "d") and i + 2 < len(ws)
        if of_name and _is_name(t, ws[i + 2]):
            end = _name_end(t, i + 2)  # "déclaration de Lima", "accord d'Addis-Abeba"
        elif of_name and i + 3 < len(ws) and _is_common_word(t, ws[i + 2]) and _is_name(t, ws[i + 3]):
            end = _name_end(t, i + 3)  # "traité d'union Falepili"
        elif _is_name(t, nxt) and (head == "loi" or _hyphenated_pair(t, i + 1)):
            end = _name_end(t, i + 1)  # "loi Darmanin", "accord UE-Turquie"
        elif head == "loi":
            end = _law_with_date(t, i)  # "loi immigration de 2024", "loi du 26 janvier 2024"
            topical = _TOPICAL_LAW.match(t.folded, w.end)
            if end is None and topical:
                end = topical.end()  # "la loi asile et immigration": the name the press gives a law
        elif head != "loi":
            end = _qualified_with_year(t, i)  # "accord tripartite de 2017": the year ends the name
            if end is not None and not _overlaps(w.start, end, found):
                _add(found, InstrumentMention(w.start, end, (), "grammar", 0.6))
            continue
        if end is None or _overlaps(w.start, end, found):
            continue
        name_start, name_end = ws[i + 1].start, end
        if head != "loi":
            spaced = _spaced_name_end(t, end)
            complement = _complement_end(t, spaced)
            if complement == spaced and (spaced > end or _person_like(t, end)):
                continue  # "de Brunson McKinley": two names and nothing else is a person
            name_end, end = spaced, complement
        if of_name and any(s < name_end and name_start < e for s, e in vetoes):
            continue  # "la déclaration de <person>": a statement, not an instrument
        tail = (_LAW_TAIL if head == "loi" else _YEAR_TAIL).match(t.folded, end)
        if tail:
            end = tail.end()
        _add(found, InstrumentMention(w.start, end, (), "grammar", 0.6))


def _qualified_with_year(t: _Text, i: int) -> Optional[int]:
    """Head + one or two adjectives + a year: the end of the year, else None."""
    ws = t.all_words
    for j in range(i + 1, min(len(ws), i + 3)):
        surface = t.text[ws[j].start : ws[j].end]
        if not _is_common_word(t, ws[j]) or ws[j].key in _COMPLEMENT_VERBS or re.search(r"ée?s?$", surface):
            return None
        year = _YEAR_TAIL.match(t.folded, ws[j].end)
        if year:
            return year.end()
    return None


def _is_common_word(t: _Text, w: Word) -> bool:
    return t.text[w.start : w.start + 1].islower() and w.key.isalpha() and w.key not in _FUNCTION_WORDS


def _spaced_name_end(t: _Text, end: int) -> int:
    """End of up to two more capitalized words after a name ("Los Angeles", "Buenos Aires")."""
    for _ in range(2):
        m = re.match(r" (\w[\w-]*)", t.text[end:])
        if not (m and m.group(1)[:1].isupper() and fold(m.group(1)) not in _NOT_NAMES):
            break
        end += m.end()
    return end


def _name_end(t: _Text, i: int) -> int:
    """End of a proper name starting at word i, across hyphens ("Saint-Domingue", "UE-Turquie")."""
    ws = t.all_words
    end = ws[i].end
    j = i + 1
    while j < len(ws) and t.text[end : ws[j].start] in ("-", "–", "‑") and ws[j].key.isalnum():
        end = ws[j].end
        j += 1
    return end


def _person_like(t: _Text, end: int) -> bool:
    """A name followed by another capitalized word on the same line ("de Brunson McKinley")."""
    m = re.match(r"[ \t]+(\w+)", t.text[end:])
    return bool(m and m.group(1)[:1].isupper() and fold(m.group(1)) not in _NOT_NAMES)


def _hyphenated_pair(t: _Text, i: int) -> bool:
    ws = t.all_words
    return i + 1 < len(ws) and t.text[ws[i].end : ws[i + 1].start] in ("-", "–", "‑") and _is_name(t, ws[i + 1])


def _law_with_date(t: _Text, i: int) -> Optional[int]:
    """ "loi" + up to four words + a year, a date or a number: the end of the words."""
    ws = t.all_words
    end = ws[i].end
    for j in range(i + 1, min(len(ws), i + 6)):
        if _LAW_TAIL.match(t.folded, end):
            return end
        if not ws[j].key.isalpha() or ws[j].key in _COMPLEMENT_STOP:
            return None
        end = ws[j].end
    return None


# ------------------------------------------------------------------------------------


def find_mentions(
    text: str,
    vetoes: Sequence[Tuple[int, int]] = (),
    verbs: Sequence[int] = (),
    *,
    folded: Optional[str] = None,
    word_list: Optional[List[Word]] = None,
) -> List[InstrumentMention]:
    """Every LEGAL mention in `text`, outermost first-come, in text order.

    `vetoes` are spans known to be people or organisations: a head noun followed by one
    of them ("la déclaration de Brunson McKinley") is not an instrument.  `verbs` are
    start offsets of conjugated verbs: a descriptive title stops before them ("... sur les
    travailleurs migrants restent peu ratifiées").  `folded` and `word_list` are
    `fold(text)` and `words(text)` when the caller already has them (the pipeline shares
    them between components).
    """
    t = _Text(text, verbs, folded, word_list)
    found = _Found()
    _table_names(t, found)
    _ilo_references(t, found)
    _ilo_codes(t, found)
    _eu_references(t, found)
    _plural_references(t, found)
    _plural_with_years(t, found)
    if not _fuzzy_titles().keys().isdisjoint(t.keys):
        _fuzzy_titles_at_heads(t, found)
    _named_by_subject(t, found, vetoes)
    _named_instruments(t, found)
    _unknown_instruments(t, found, vetoes)
    return list(found)
