"""Sentences and the heading, without a parser: where a figure's context starts and ends.

The default pipeline has no parser (no `doc.sents`), and scraped pages break lines
inside sentences, so a sentence ends at ".", "!" or "?" before a capital, a digit or a
quote, or at a line break after a line that reads as finished (a heading, a line ending
in punctuation) — not at a line break after "le" or a comma, which only wraps the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import List, Sequence, Tuple

from migtext.core.text import BULLET_MARKS

Range = Tuple[int, int]

# Both patterns start with a plain character class, which lets the regex engine skip to
# the candidates instead of trying every position of the text.
_END = re.compile(r"[.!?…][.!?…]*[\"»)\]]*(?:\s+(?=[«\"(\[]?\s*[^\W_a-z])|(?=[A-Z]))")
_LINE_BREAK = re.compile(r"\n\s*")
# A middle dot or a bar between spaces separates the fields of a scraped row, never words of a sentence.
_FIELD_SEPARATOR = re.compile(r"[·|] ")
# "M. Sall", "Dr. Diallo", "John F. Kennedy": a title or an initial does not end a sentence.
_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(]))(?:[A-Z]|Dr|Mr|St|Pr)\.$")
# A line that ends on one of these words goes on on the next line.
_CONTINUES = frozenset(
    "le la les l de du des d à au aux en et ou par pour vers dans sur sous avec sans entre dont que qui un une "
    "son sa ses leur leurs ce cette ces plus moins près environ".split()
)
# A line that holds a date only: "7 mai 2024", "07/05/2024 ·", "18 février 2025 –".
_DATE_LINE = re.compile(r"\d{1,2}(?:er)?(?: [^\W\d_]+ |/\d{1,2}/)\d{2,4}\s*(?:$|\n|[–—·|-]\s)")
# A row of a table, "label : count", whose label may be a year or a period: "2023 : 29 437".
_ROW_LINE = re.compile(r"[^\n:.;,]{1,40}[ \t]:[ \t]*\d[\d  .,]*(?:[ \t]+[^\W\d]+)?[ \t]*(?:\(|\n|$)")
_BULLET = re.compile(rf"[{re.escape(BULLET_MARKS)}][ \t]+(?=\S)")  # a list's next item
_LAST_WORD = re.compile(r"([\w'’-]+)\W*$")
_BROKEN_NUMBER_END = re.compile(r"(?<![\d.,])\d{1,3}$")  # "dont 128" at a line's end …
_THOUSANDS = re.compile(r"\d{3}(?!\d)")  # … and "000 ont dû fuir" on the next
ROW_OPENING = re.compile(r"(?:[^\W\d_]+ ){0,2}\d")  # a count, or a qualifier and a count, opens a row
_ROW_CHARS = 60  # a key figure's title and rows are shorter than a line of wrapped prose (a row may
# carry its source, "(source : OIM, avril 2025)": twice as long)


def _line_ends_sentence(text: str, at: int, nxt: int) -> bool:
    """Whether the line break at `at` (next line starting at `nxt`) closes a sentence."""
    before = text[max(0, at - 40) : at].rstrip()
    if not before or nxt >= len(text):
        return True
    if before[-1] in ".!?:;»\"…" or _BULLET.match(text, nxt):
        return True  # a finished line, or a list's next item ("• 1,2 million d'Afghans …")
    if text.count("\n", at, nxt) > 1 and not text[nxt].islower():
        return True  # a blank line before a new paragraph
    if _DATE_LINE.match(text, nxt):
        return True  # a page's date line after its heading ("7 mai 2024")
    if _ROW_LINE.match(text, nxt):
        return True  # a table's row, though it opens with a year ("2023 : 29 437")
    if before[-1] not in ",(-–" and _count_rows(text, at, nxt):
        return True  # a list of key figures, a count on each line ("98 400 réfugiés camerounais")
    if before[-1] in ",(-–" or not text[nxt].isupper():
        return False  # a line wrapped inside a sentence
    return not _runs_on(before)


def _runs_on(line: str) -> bool:
    """Whether a line ends on a word the sentence goes on from ("le", "de", "plus", "l'")."""
    m = _LAST_WORD.search(line)
    word = m.group(1).lower() if m else ""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1] in _CONTINUES or word.endswith(("'", "’"))


def _count_rows(text: str, at: int, nxt: int) -> bool:
    """Whether the line at `nxt` is a row opening with a count under a row that does too, or
    under a short title that opens its paragraph ("CHIFFRES CLÉS (au 30 juin 2025)"): rows of
    key figures, not prose wrapped before a number ("la Suisse a transféré\n211 requérants")."""
    if not text[nxt].isdigit() or _BROKEN_NUMBER_END.search(text, max(0, at - 4), at) and _THOUSANDS.match(text, nxt):
        return False  # not "… dont 128\n000 ont dû fuir": a number broken across two lines
    end = text.find("\n", nxt)
    start = text.rfind("\n", 0, at) + 1
    if (len(text) if end < 0 else end) - nxt > 2 * _ROW_CHARS or at - start > _ROW_CHARS:
        return False
    line = text[start:at]
    if _runs_on(line):
        return False  # "… ont recensé plus de\n4 870 réfugiés"
    if ROW_OPENING.match(line):
        return True  # "98 400 réfugiés camerounais" over "4 870 réfugiés nigérians rapatriés"
    paragraph_opens = start == 0 or not text[text.rfind("\n", 0, max(0, start - 1)) + 1 : start].strip()
    return paragraph_opens and "," not in line and line.rstrip()[-1:] not in ".;"



def split(text: str, cuts: Sequence[int] = ()) -> List[Range]:
    """Sentence ranges (start, end) covering the text; `cuts` are extra boundaries (a dateline's end)."""
    bounds = {0, len(text), *cuts}
    for m in _END.finditer(text):
        if not _ABBREVIATION.search(text, max(0, m.start() - 4), m.start() + 1):
            bounds.add(m.end())
    for m in _FIELD_SEPARATOR.finditer(text):
        bounds.add(m.end())  # "08/04/2025 · Libye · OIM · …": the fields of a feed row, or a page's
    for m in _LINE_BREAK.finditer(text):
        at = m.start()
        while at > 0 and text[at - 1] in " \t":
            at -= 1  # the line ends before its trailing blanks
        if _line_ends_sentence(text, at, m.end()):
            bounds.add(m.end())
    points = sorted(b for b in bounds if 0 <= b <= len(text))
    return [(a, b) for a, b in zip(points, points[1:], strict=False) if text[a:b].strip()]


def index_of(ranges: Sequence[Range], pos: int) -> int:
    """The index of the range that holds character `pos` (the last range starting at or before it)."""
    return max(0, bisect_right([r[0] for r in ranges], pos) - 1)


def heading(text: str, ranges: Sequence[Range], body_start: int) -> List[int]:
    """Indexes of the title lines: sentences before `body_start` (the dateline, or the first
    sentence ending in a full stop) that end at a line break without a full stop."""
    out = []
    for i, (a, b) in enumerate(ranges):
        if a >= body_start:
            break
        chunk = text[a:b].rstrip()
        if chunk and chunk[-1] not in ".!?" and "\n" in text[a : b + 1]:
            out.append(i)
    return out
