"""Where, from where, when and according to whom: a figure's fields from the entities around it.

The other components have already found every country, nationality, place, region,
organisation, person and date; this module only decides which of them a count is tied
to, by the words between them (FIGURES.md): "au large de la Libye" is where, "venus du
Soudan" is from where, "publiés lundi" is not when, "selon l'OIM" is who says so.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from migtext.core.text import Word
from migtext.figures import kb


@dataclass(frozen=True)
class Mention:
    """An entity as the figures read it: offsets, label, norm, attributes and text as written."""

    start: int
    end: int
    label: str
    norm: Optional[str]
    text: str
    attrs: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# Where a place stands for a figure, by the words before it.
AT, OF, FROM, AWAY, ORIGIN = "at", "of", "from", "away", "origin"
_ARTICLES = frozenset({"l", "le", "la", "les"})
_MOVES_FROM = frozenset({"return", "deportation", "departure"})  # "rapatriés de Libye": Libya is where


class Context:
    """The words and entities of one document, with the lookups the fields need."""

    def __init__(self, text: str, words: Sequence[Word], mentions: Sequence[Mention]) -> None:
        self.text = text
        self.words = list(words)
        self.keys = [w.key for w in self.words]
        self.starts = [w.start for w in self.words]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]

    def word_at(self, pos: int) -> int:
        """Index of the first word starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def in_range(self, start: int, end: int, labels: Tuple[str, ...]) -> List[Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.label in labels and m.end <= end:
                out.append(m)
            i += 1
        return out

    def keys_before(self, pos: int, n: int) -> List[str]:
        i = self.word_at(pos)
        return self.keys[max(0, i - n) : i]

    def cue_before(self, pos: int, kind: str, reach: int = 4, skip_articles: bool = True) -> Optional[kb.Cue]:
        """A cue of `kind` that ends right before `pos` (articles between allowed)."""
        i = self.word_at(pos)
        end = i
        if skip_articles:
            while end > 0 and self.keys[end - 1] in _ARTICLES and i - end < 2:
                end -= 1
        best = None
        for start in range(max(0, end - reach), end):
            hit = kb.match_cue(self.keys, start, kind)
            if hit and start + hit[1] == end and (best is None or len(hit[0].words) > len(best.words)):
                best = hit[0]
        return best

    def cue_after(self, pos: int, kind: str) -> Optional[kb.Cue]:
        i = self.word_at(pos)
        hit = kb.match_cue(self.keys, i, kind)
        return hit[0] if hit else None


def _role(ctx: Context, m: Mention) -> str:
    if ctx.cue_before(m.start, "origin"):
        return ORIGIN
    if ctx.cue_before(m.start, "away"):
        return AWAY
    if ctx.cue_before(m.start, "from"):
        return FROM
    before = ctx.keys_before(m.start, 3)
    while before and before[-1] in _ARTICLES:
        before.pop()
    if before and before[-1] in ("de", "du", "des", "d"):
        return OF
    return AT


def _place_code(ctx: Context, m: Mention) -> Optional[Tuple[str, Optional[str]]]:
    """(kind, code) of a mention that places a count: a country, a city's country, a region."""
    if m.label == "COUNTRY":
        return "country", m.norm
    if m.label == "LOC":
        code = m.attrs.get("country")
        return ("country", code) if isinstance(code, str) and len(code) == 3 else None
    if m.label == "REGION":
        return "region", m.norm
    if m.label == "NATIONALITY" and ctx.cue_before(m.start, "place_noun", reach=2, skip_articles=False):
        return "country", m.norm  # "au large des côtes libyennes"
    return None


def _distinct(codes: List[Optional[str]]) -> Tuple[bool, Optional[str]]:
    """(found, code): one code when all agree, found with None when they disagree."""
    if not codes:
        return False, None
    unique = set(codes)
    return True, (codes[0] if len(unique) == 1 else None)


def country(ctx: Context, scopes: Sequence[Tuple[int, int]], event: str) -> Optional[str]:
    """The ISO alpha-3 (or M49 region) where the count is, from the first scope that names one."""
    for start, end in scopes:
        countries: List[Optional[str]] = []
        regions: List[Optional[str]] = []
        for m in ctx.in_range(start, end, ("COUNTRY", "LOC", "REGION", "NATIONALITY")):
            placed = _place_code(ctx, m)
            if placed is None:
                continue
            role = _role(ctx, m)
            if role in (ORIGIN, AWAY) or role == FROM and event not in _MOVES_FROM:
                continue
            (countries if placed[0] == "country" else regions).append(placed[1])
        found, code = _distinct(countries)
        if found:
            return code
        found, code = _distinct(regions)
        if found:
            return code
    return None


def origin(ctx: Context, start: int, end: int, event: str) -> Tuple[bool, Optional[str]]:
    """Nationality or country of origin said in a sentence ("venus du Soudan"): (found, code)."""
    codes: List[Optional[str]] = []
    for m in ctx.in_range(start, end, ("COUNTRY", "NATIONALITY", "REGION")):
        role = _role(ctx, m)
        if role == ORIGIN or role == AWAY and event in ("return", "deportation"):
            codes.append(m.norm)
    return _distinct(codes)


def date(ctx: Context, scopes: Sequence[Tuple[int, int]], pos: int, doc_date: Optional[str]) -> Optional[str]:
    """The TIMEX3 value of the time expression a count is tied to, nearest first in each scope."""
    for start, end in scopes:
        dates = [
            m
            for m in ctx.in_range(start, end, ("DATE",))
            if m.norm and m.attrs.get("type") != "duration" and not ctx.cue_before(m.start, "publication", reach=2)
        ]
        if not dates:
            continue
        best = min(dates, key=lambda m: (abs(m.start - pos), m.start))
        value = best.norm
        before = ctx.keys_before(best.start, 2)
        if doc_date and "depuis" in before and "/" not in value and not value.startswith("P") and value <= doc_date:
            return f"{value}/{doc_date}"
        return value
    return None


def _source_name(m: Mention) -> Optional[str]:
    if m.label == "PER":
        return m.attrs.get("affiliation") or m.norm or " ".join(m.text.split())
    return m.norm or " ".join(m.text.split())


def source(ctx: Context, start: int, end: int) -> Optional[str]:
    """Who the sentence says gives its figures ("selon l'OIM", "a indiqué Frontex"), joined by ";"."""
    names = set()
    for m in ctx.in_range(start, end, ("ORG", "PER")):
        said = (
            ctx.cue_before(m.start, "source_before")
            or ctx.cue_before(m.start, "source_after")
            or ctx.cue_after(m.end, "source_after")
        )
        if said:
            name = _source_name(m)
            if name:
                names.add(name)
    return ";".join(sorted(names)) or None


def agency(ctx: Context, dateline: Optional[Tuple[int, int]]) -> Optional[str]:
    """The organisation whose press release this is: "Genève, 16 avril 2024 (OIM) –" -> IOM.

    A news agency or news service in the dateline ("Dakar (AFP)", ONU Info) gives none.
    """
    if dateline is None:
        return None
    for m in ctx.in_range(dateline[0], dateline[1], ("ORG",)):
        if m.attrs.get("type") != "media" and m.norm:
            return m.norm
    return None
