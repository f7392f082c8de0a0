"""Where a table or a list run onto one line had its rows.

A page stored as a CSV or JSONL cell, or a table pasted without its line breaks, writes its
rows one after the other: "Mois | Migrants débarqués | dont mineurs Janvier | 3 012 | 418
Février | 2 486 | 301", "Ouest : 598 000 personnes déplacées Centre : 247 000 Artibonite :
236 000". `row_breaks` finds the blanks that stood where its lines ended, so that the
tokenizer's view (`migtext.page.flattened`) and the figures' reader put them back: a row's
label, its month or its country, is then read on its row.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence

from migtext.core.text import fold

# In a page flattened onto one line (a CSV cell, a JSON value), where a row of a table or list
# starts: after a count, a bracket or "%", a label then ":" or "|" and a count ("… : 36 120 – dont
# îles de l'Égée orientale : 11 870 Arrivées par la frontière de l'Évros : 3 410", "… | 5 900
# Afghans | 7 600 | 4 200").
_ABOUT = r"(?:(?:plus|près|moins) d[e'] ?|environ )?"  # "Lesbos : plus de 200"
_ROW_START = re.compile(
    r"(?<=[\d)%]) (?=(?:(?:[–•*-] (?:dont |[^\W\d_])|dont |[A-ZÉÈÀÂÎÔÛÇ])[^:|.;\n]{0,100}?(?: : | ?\| ?)"
    + _ABOUT + r"\d"
    # a pipe table's header row: "(arrondi à la centaine) Nationalité | Août 2024 | Août 2025"
    r"|[A-ZÉÈÀÂÎÔÛÇ][^:|.;\n]{0,70}? ?\| ?[^|\n]{1,40} ?\| ?"
    # a year labelling a row: "45 774 arrivées (record) 2023 : 29 437 2024 : 36 816", "2023 | 2 526 2024 | 1 810"
    r"|(?:19|20)\d\d(?: \([^()\n]{1,30}\))? ?[:|] ?\d))"
    # a bulleted row after a word or its list's colon: "… vers le Tigré occidental – Centre (Axoum) : 176 000",
    # "… par département : – Ouest (dont Port-au-Prince) : 512 000"
    r"|(?<=[\w):]) (?=[–•] (?:dont |[A-ZÉÈÀÂÎÔÛÇ])[^:|.;\n–•]{0,100}? : " + _ABOUT + r"\d)"
)
# Where a row starts after a word rather than a count: a one-word label ("… – 102 sites Ménaka : 71 900",
# "… personnes déplacées Centre : 247 000").
_ROW_START_AFTER_WORD = re.compile(r"(?<=[a-zéèêàùûç]) (?=[A-ZÉÈÀÂÎÔÛÇ][\w'’-]{2,30} : " + _ABOUT + r"\d)")
# A row's label after a heading in capitals: "CHIFFRES CLÉS DE LA SEMAINE Arrivées sur les îles : 642".
_ROW_AFTER_CAPITALS = re.compile(
    r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2}) (?=[A-ZÉÈÀÂÎÔÛÇ][a-zéèêàùûç][^:|.;\n]{0,100}? : " + _ABOUT + r"\d)"
)
# A pipe row's one-word label right after a header's last cell: "… | Février Tunisiens | 3 100".
_ROW_AFTER_HEADER_CELL = re.compile(r"(?<=[a-zéèêàùûç]) (?=[A-ZÉÈÀÂÎÔÛÇ][\w'’-]{2,30} ?\| ?\d)")
# Words after which a capitalised word goes on a header's cell ("Arrivées en Italie").
_CELL_GOES_ON = frozenset("de d du des en a au aux le la les l vers et sur dans par pour chez entre dont".split())
# A row's last cell, a count (or a share), then a sentence's first word.
_AFTER_LAST_CELL = re.compile(r" ?(?P<count>[-+]?\d[\d ,.]*(?: ?%)?)(?= [A-ZÀ-ÖØ-Þ«])")
_HEADER_CELL_WORDS = 3  # a header's first cell is a word or three ("Pays", "Pays de provenance"): more is a title


def row_breaks(text: str, start: int, end: int) -> List[int]:
    """Offsets of the blanks of `text[start:end]`, one line, where the rows of a table or
    list run together started (with its header's and its last row's ends); [] if it holds
    fewer than two rows."""
    found = [m.start() for m in _ROW_START.finditer(text, start, end)]
    if not found:
        return []
    after_word = [m.start() for m in _ROW_START_AFTER_WORD.finditer(text, start, end)]
    # a pipe row's one-word label after a header's last cell, a capitalised word ("| Février Tunisiens | 3 100")
    after_word += [m.start() for m in _ROW_AFTER_HEADER_CELL.finditer(text, start, end)
                   if text[start:m.start()].split()[-1][0].isupper()]
    # "… arrivées à la nage à Ceuta : 402", "… aux îles Canaries : 79": a place the words before go on with
    after_word = [at for at in after_word if not _CELL_GOES_ON.intersection(map(fold, text[start:at].split()[-2:]))]
    after_word += [m.start() for m in _ROW_AFTER_CAPITALS.finditer(text, start, end)]
    if len(found) + len(after_word) < 2:  # a list has rows
        return []
    rows = sorted(found + after_word)
    return rows + _table_cuts(text, [start, *rows, end])


def _table_cuts(text: str, bounds: Sequence[int]) -> List[int]:
    """Where a flattened pipe table's lines ended, besides its rows' starts (`bounds`): its
    first row inside its header's line (the row after it has n "|" and this one 2n: "Mois |
    Migrants débarqués | dont mineurs Janvier | 3 012 | 418", the (n+1)th cell holds the
    header's last cell and the row's label, which starts at the first capitalised word that
    does not go on the cell's words); its header after the table's title; its last row before
    the sentence after it ("Mars | 4 377 | 562 Les données sont provisoires")."""
    out = []
    for a, b, c in zip(bounds, bounds[1:], bounds[2:], strict=False):
        pipes = text.count("|", b, c)
        if pipes and text.count("|", a, b) == 2 * pipes:
            cells = [a + m.end() for m in re.finditer(r"\|", text[a:b])]
            out.append(_label_start(text, cells[pipes - 1], cells[pipes] - 1, first=True))
    bounds = sorted([*bounds, *(cut for cut in out if cut is not None)])
    before = 0  # the "|" of the row before
    for a, b, c in zip(bounds, bounds[1:], bounds[2:], strict=False):
        pipes, here = text.count("|", b, c), text.count("|", a, b)
        if pipes and here == pipes and before != pipes:
            # the header after the table's title: "… par district d'origine, 22-28 septembre District | Personnes"
            cell_end = text.index("|", a, b)
            if len(text[a:cell_end].split()) > _HEADER_CELL_WORDS:
                out.append(_label_start(text, a, cell_end, first=False))
        before = here
    a, b = bounds[-2], bounds[-1]
    pipes = text.count("|", a, b)
    if pipes and pipes == before:
        after_row = _AFTER_LAST_CELL.match(text, text.rindex("|", a, b) + 1, b)
        out.append(after_row.end("count") if after_row else None)
    return [cut for cut in out if cut is not None]


def _label_start(text: str, start: int, end: int, first: bool) -> Optional[int]:
    """The blank before the first (or last) capitalised word of `text[start:end]` that does
    not go on the words before it ("Arrivées en Italie" goes on), if there is one."""
    found = None
    previous = ""
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group()
        at = start + m.start() - 1
        if previous and word[0].isupper() and fold(previous) not in _CELL_GOES_ON and text[at] == " ":
            found = at
            if first:
                break
        previous = word
    return found
