"""Lists of upcoming events: the dated items under "Agenda :" or "les rendez-vous des
prochains mois" lie ahead of the document date, whatever their verbs.
"""

from __future__ import annotations

import re
from typing import List, Optional

from migtext.dates.scan import Found

# A list item that a date opens: "Juillet (date à confirmer) – Abuja", "18 décembre – Journée ...".
_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·▪][ \t]*)?$")
_ITEM_END = re.compile(r"[ \t]*(?:[–—:(]|-[ \t]|\n|$)")


def agenda_item(text: str, start: int, end: int) -> bool:
    """True when [start, end) opens a line and a dash, colon, bracket or the line's end follows."""
    return bool(_ITEM_START.search(text, max(0, start - 8), start) and _ITEM_END.match(text, end))


# A heading or an intro line that announces what comes: "Agenda : les rendez-vous des prochains mois".
_UPCOMING_CUE = re.compile(r"\b(?:a\s+venir|prochains|prochaines|agenda|calendrier|echeancier)\b")
_INTRO_LINE_MAX = 160


def upcoming_list_start(text: str, folded: str) -> Optional[int]:
    """Where the first line announcing upcoming events ends, or None.

    Such a line is short and does not end a sentence (a heading) or ends with a colon;
    the dated items below it ("18 décembre – Journée ...") lie ahead of the document date.
    """
    for cue in _UPCOMING_CUE.finditer(folded):
        line_start = text.rfind("\n", 0, cue.start()) + 1  # the folded text has no line breaks
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if len(line) <= _INTRO_LINE_MAX and (line.endswith(":") or not line.endswith((".", "!", "?", "»", '"'))):
            return line_end
    return None


def upcoming_item(text: str, found: Found, list_start: Optional[int]) -> bool:
    """True when `found` opens an item of a list of upcoming events (see `upcoming_list_start`)."""
    return list_start is not None and found.start > list_start and agenda_item(text, found.start, found.end)


# An item of a flattened list, opened by a date after the end of a sentence or a colon:
# "… du développement. Juillet (date à confirmer) – Abuja", "… ». 18 décembre – Journée".
_FLAT_ITEM_RE = re.compile(
    r"(?<=[.!?:»])[ \t]+(?=(?:(?:1er|\d{1,2})\s+)?(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre)(?:\s+(?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]\s)"
)


def item_breaks(text: str) -> List[int]:
    """Offsets of the blanks that stand where a list of dated items had its line breaks
    (a page flattened to one line), so each item opens its line again."""
    return [m.end() - 1 for m in _FLAT_ITEM_RE.finditer(text)]
