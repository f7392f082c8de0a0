"""From numbers to figures: what a number counts, what happened to them, and the rest of the record.

A number is a figure when a noun of people (or of their movements) follows it ("2 500
migrants", "1,2 million de réfugiés", "40 000 traversées"), when it stands for people
named just before ("dont 38 ont péri"), or when it is the total of such a noun ("le
nombre de déplacés a dépassé 8 millions"); everything else (ages, years, money,
percentages, boats, article numbers) has no such noun and is left alone.  The group
comes from the noun and its modifiers, the event from the verb or noun that governs the
count, the other fields from the entities around it (`attach`).  Plain Python over the
folded text and the entities: no spaCy here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from migtext.core.text import Word, in_ranges
from migtext.figures import attach, kb, sentences
from migtext.figures.attach import Context, Mention
from migtext.figures.numbers import Number, find_numbers

FIELDS = (
    "start", "end", "value", "value_max", "qualifier", "unit", "group", "event",
    "country", "origin", "date", "source",
)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "."})
_SUBCOUNT = frozenset({"dont", "notamment", "compris", "parmi", "lesquels", "lesquelles", "eux", "elles"})
_VERBS_AFTER_OMITTED = frozenset({"ont", "sont", "etaient", "avaient", "seraient", "auraient", "se", "y"})
_BE = frozenset({"sont", "etaient", "restent", "demeurent", "seraient"})
_STILL = frozenset({"toujours", "encore", "desormais", "actuellement"})
_AFTER_REACH = 12  # words after the count where its verb may be
_NEAR = 4  # words before the count where a governing verb is "near" ("accueille 1,2 million")


@dataclass
class _Head:
    noun: Optional[kb.Noun]  # None: the count stands for people named earlier
    end: int  # word index after the head noun
    group: Optional[str]
    origin: Tuple[bool, Optional[str]]


class Reader:
    """Reads every figure of one document."""

    def __init__(
        self,
        text: str,
        folded: str,
        words: Sequence[Word],
        mentions: Sequence[Mention],
        doc_date: Optional[str] = None,
        boilerplate: Sequence[Tuple[int, int]] = (),
        dateline: Optional[Tuple[int, int]] = None,
    ) -> None:
        self.text = text
        self.folded = folded
        self.ctx = Context(text, words, mentions)
        self.doc_date = doc_date if doc_date and not doc_date.startswith("XXXX") else None
        self.boilerplate = list(boilerplate)
        self.dateline = dateline
        self.ranges = sentences.split(text, [dateline[1]] if dateline else [])
        body = dateline[1] if dateline else next((b for a, b in self.ranges if text[a:b].rstrip()[-1:] == "."), 0)
        self.heading = [
            self.ranges[i]
            for i in sentences.heading(text, self.ranges, body)
            if not (dateline and self.ranges[i][0] < dateline[1] and dateline[0] < self.ranges[i][1])
        ]
        self.agency = attach.agency(self.ctx, dateline)
        self._parents: Dict[int, Dict[str, Any]] = {}  # sub-count start -> the figure it belongs to

    # ------------------------------------------------------------ the whole document

    def figures(self) -> List[Dict[str, Any]]:
        out: List[Dict[str, Any]] = []
        numbers = find_numbers(self.folded)
        after_number = {n.start: n for n in numbers}
        for number in numbers:
            if self._excluded(number):
                continue
            figure = self._read(number, after_number, out)
            if figure is not None:
                out.append(figure)
        return out

    def _excluded(self, number: Number) -> bool:
        if in_ranges(number.start, number.end, self.boilerplate):
            return True
        if self.dateline and number.start < self.dateline[1] and self.dateline[0] < number.end:
            return True
        ctx = self.ctx
        k = bisect_left(ctx.mention_starts, number.end)  # mentions that start before the number ends
        return any(m.start < number.end and number.start < m.end for m in ctx.mentions[max(0, k - 3) : k])

    # ------------------------------------------------------------ one number

    def _clause(self, sent: Tuple[int, int], number: Number, head_end: int) -> Tuple[int, int, int, int]:
        """Word indexes and characters of the clause around a count (between commas, brackets)."""
        ctx = self.ctx
        first = ctx.word_at(sent[0])
        last = ctx.word_at(sent[1])
        a = ctx.word_at(number.left)
        while a > first and ctx.keys[a - 1] not in _CLAUSE_BREAKS:
            a -= 1
        b = head_end
        while b < last and ctx.keys[b] not in _CLAUSE_BREAKS and ctx.keys[b] not in ("selon", "dont"):
            b += 1
        start = ctx.words[a].start if a < len(ctx.words) else sent[0]
        end = ctx.words[b - 1].end if b - 1 < len(ctx.words) and b > a else sent[1]
        return a, b, start, max(end, number.end)

    def _head(self, number: Number, after_number: Dict[int, Number]) -> Optional[_Head]:
        """The noun that says what a number counts, skipping "de", adjectives and "voire N"."""
        ctx = self.ctx
        i = ctx.word_at(number.end)
        keys = ctx.keys
        # "300 voire 400 migrants", "300 ou 400 migrants": both counts share the noun
        if i < len(keys) and keys[i] in ("voire", "ou") and i + 1 < len(keys):
            nxt = after_number.get(ctx.words[i + 1].start)
            if nxt is not None:
                i = ctx.word_at(nxt.end)
        if i < len(keys) and keys[i] in ("de", "d") and self.folded[number.end - 1].isalpha():
            i += 1  # "1,2 million de", "une centaine de"
        for _ in range(2):
            if i < len(keys) and kb.match_cue(keys, i, "skip"):
                i += 1
        if i >= len(keys):
            return None
        nat = next((m for m in ctx.in_range(ctx.words[i].start, ctx.words[i].end + 60, ("NATIONALITY",))
                    if m.start == ctx.words[i].start), None)
        if nat is not None:
            return _Head(None, ctx.word_at(nat.end), None, (True, nat.norm))
        hit = kb.match_noun(keys, i)
        if hit is not None:
            noun, n = hit
            return _Head(noun, i + n, noun.group, (False, None))
        return None

    def _omitted(self, number: Number) -> Optional[_Head]:
        """ "dont 38 ont péri", "38 d'entre eux": a count of people named before it."""
        ctx = self.ctx
        keys = ctx.keys
        i = ctx.word_at(number.end)
        left = ctx.word_at(number.left)
        sub = left > 0 and keys[left - 1] in _SUBCOUNT
        if keys[i : i + 3] in (["d", "entre", "eux"], ["d", "entre", "elles"]):
            return _Head(None, i + 3, None, (False, None))
        if sub and i < len(keys) and (keys[i] in _VERBS_AFTER_OMITTED or kb.match_cue(keys, i, "event")):
            return _Head(None, i, None, (False, None))
        return None

    def _total(self, number: Number, clause_first: int) -> Optional[_Head]:
        """ "le nombre de déplacés a dépassé 8 millions": the noun before, a total cue between."""
        ctx = self.ctx
        keys = ctx.keys
        i = ctx.word_at(number.end)
        if i < len(keys) and keys[i] not in _CLAUSE_BREAKS:
            return None
        left = ctx.word_at(number.left)
        for j in range(left - 1, max(clause_first, left - 10) - 1, -1):
            hit = kb.match_noun(keys, j)
            if hit and hit[0].group and hit[0].group != "person":
                between = range(max(clause_first, j - 3), left)
                if any(kb.match_cue(keys, t, "total") for t in between):
                    return _Head(hit[0], i, hit[0].group, (False, None))
        return None

    def _modifiers(self, head: _Head, last: int) -> Tuple[Optional[str], Tuple[bool, Optional[str]]]:
        """Group and origin said right after the noun: "personnes déplacées", "réfugiés soudanais"."""
        ctx = self.ctx
        keys = ctx.keys
        group, origin = head.group, head.origin
        k = head.end
        for _ in range(3):
            if k >= last:
                break
            nat = ctx.in_range(ctx.words[k].start, ctx.words[k].end + 60, ("NATIONALITY",))
            if nat and nat[0].start == ctx.words[k].start:
                origin = (True, nat[0].norm) if not origin[0] or origin[1] == nat[0].norm else (True, None)
                k = ctx.word_at(nat[0].end)
                continue
            adj = kb.match_cue(keys, k, "origin_adjective")
            if adj:
                origin = (True, adj[0].value or None)
                k += adj[1]
                continue
            j = k
            if keys[j] in _BE:
                j += 1
                while j < last and keys[j] in _STILL:
                    j += 1
            hit = kb.match_noun(keys, j) if j < last else None
            if hit and hit[0].group and hit[0].group not in ("person", "child") and group in (None, "person"):
                group = hit[0].group
                k = j + hit[1]
                continue
            break
        return group, origin

    def _event(self, head: _Head, number: Number, clause: Tuple[int, int, int, int]) -> Tuple[Optional[str], bool]:
        """(event, found): from the head noun, the verb governing the count, or None."""
        if head.noun is not None and head.noun.event:
            return head.noun.event, True
        keys = self.ctx.keys
        first, last = clause[0], clause[1]
        left = self.ctx.word_at(number.left)

        def before(lo: int, hi: int) -> Optional[str]:
            for j in range(hi - 1, lo - 1, -1):
                hit = kb.match_cue(keys, j, "event")
                if hit and j + hit[1] <= left:
                    return hit[0].value
            return None

        near = before(max(first, left - _NEAR), left)
        if near:
            return near, True
        for j in range(head.end, min(last, head.end + _AFTER_REACH)):
            hit = kb.match_cue(keys, j, "event")
            if hit:
                return hit[0].value, True
        far = before(first, max(first, left - _NEAR))
        return far, far is not None

    def _context_group(self, sent_index: int, before: int) -> Optional[str]:
        """The group of people that a nationality or an omitted noun stands for."""
        keys = self.ctx.keys
        lo = self.ctx.word_at(self.ranges[max(0, sent_index - 1)][0])
        for j in range(self.ctx.word_at(before) - 1, lo - 1, -1):
            hit = kb.match_noun(keys, j)
            if hit and hit[0].group and hit[0].group != "person":
                return hit[0].group
        return None

    def _migration_context(self, spans: Sequence[Tuple[int, int]]) -> bool:
        keys = self.ctx.keys
        for start, end in spans:
            for j in range(self.ctx.word_at(start), self.ctx.word_at(end)):
                if kb.match_cue(keys, j, "context"):
                    return True
        return False

    def _parent(self, number: Number, sent_index: int, figures: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        """The figure a sub-count belongs to: "150 migrants, dont 46 femmes"."""
        if not figures:
            return None
        left = self.ctx.word_at(number.left)
        keys = self.ctx.keys
        prev = figures[-1]
        if left > 0 and keys[left - 1] == "et" and prev["start"] in self._parents:
            # "dont 46 femmes et 11 enfants": the second sub-count has the first one's parent
            if left - self.ctx.word_at(prev["end"]) <= 4:
                return self._parents[prev["start"]]
        if not (left > 0 and keys[left - 1] in _SUBCOUNT):
            return None
        lo = self.ranges[max(0, sent_index - 1)][0]
        return prev if prev["start"] >= lo else None

    def _read(self, number: Number, after_number: Dict[int, Number], figures: List[Dict[str, Any]]):
        s = sentences.index_of(self.ranges, number.start)
        sent = self.ranges[s]
        first = self.ctx.word_at(sent[0])
        head = self._head(number, after_number) or self._omitted(number)
        if head is None:
            a = self.ctx.word_at(number.left)  # the clause start, for a total
            while a > first and self.ctx.keys[a - 1] not in _CLAUSE_BREAKS:
                a -= 1
            head = self._total(number, a)
            if head is None:
                return None
        clause = self._clause(sent, number, head.end)
        group, origin = self._modifiers(head, clause[1])
        parent = self._parent(number, s, figures)
        if group is None:
            group = parent["group"] if parent else self._context_group(s, number.left) or "person"
        event, found = self._event(head, number, clause)
        if not found and parent is not None:
            event = parent["event"]
        elif not found:
            event = "stock"
        prev = self.ranges[s - 1] if s > 0 else None
        context = [sent] + ([prev] if prev else []) + self.heading
        if group in ("person", "child") and not found and parent is None and not self._migration_context(context):
            return None
        if group in ("person", "child") and found and not self._migration_context(context):
            if event in ("stock", "assistance", "at_risk", "other", "detention"):
                return None
        scopes = [(clause[2], clause[3]), sent] + ([prev] if prev else []) + self.heading
        country = attach.country(self.ctx, scopes, event)
        if not origin[0]:
            origin = attach.origin(self.ctx, clause[2], clause[3], event)
        if not origin[0]:
            origin = attach.origin(self.ctx, sent[0], sent[1], event)
        date = attach.date(self.ctx, scopes, number.start, self.doc_date)
        source = attach.source(self.ctx, sent[0], sent[1])
        if parent is not None:
            country = country or parent["country"]
            origin = origin if origin[0] else (True, parent["origin"])
            date = date or parent["date"]
            source = source or parent["source"]
        if parent is not None:
            self._parents[number.start] = parent
        noun = head.noun
        return {
            "start": number.start,
            "end": number.end,
            "value": number.value,
            "value_max": number.value_max,
            "qualifier": number.qualifier,
            "unit": noun.unit if noun else "person",
            "group": group,
            "event": event,
            "country": country,
            "origin": origin[1],
            "date": date,
            "source": source or self.agency,
        }


def read_figures(
    text: str,
    folded: str,
    words: Sequence[Word],
    mentions: Sequence[Mention],
    doc_date: Optional[str] = None,
    boilerplate: Sequence[Tuple[int, int]] = (),
    dateline: Optional[Tuple[int, int]] = None,
) -> List[Dict[str, Any]]:
    """Every figure of a document as FIGURES.md records (plain values), in text order."""
    return Reader(text, folded, words, mentions, doc_date, boilerplate, dateline).figures()
