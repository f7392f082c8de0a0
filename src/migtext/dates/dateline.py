"""The document's own date, read from its dateline when none is given.

Press releases and news pages state their date at the top: "Genève, 12 mars 2024 (OIM)
–", "Port-au-Prince, le 15 avril 2025 –", "GENÈVE, 9 mars –", "Publié le 21 janvier
2026", "Article mis en ligne le …", a date alone on a line above "Dakar (AFP) -", or an
ISO date in a header.  Only the top of the document is read: a date in the body is an
event, not the date of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

from migtext.core.text import fold
from migtext.dates.lexicon import MONTHS, WEEKDAYS

# How far down a dateline may be: scraped pages put menus above the article.
MAX_HEAD_CHARS = 3000
MAX_HEAD_LINES = 60
# Lines this long are body prose; after this many of them the header is over.
PROSE_WORDS = 10
MAX_PROSE_LINES = 3


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_MONTH = _alt(MONTHS)
_DAY = r"(?:1er|[12][0-9]|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = _alt(WEEKDAYS)
_TEXT_DATE = (
    r"(?:" + _WEEKDAY + r",?\s+)?(?P<day>" + _DAY + r")\s+(?P<month>" + _MONTH + r")(?![a-z])"
    r"(?:\s+(?P<year>" + _YEAR + r"))?"
)
_NUM_DATE = r"(?P<nday>\d{1,2})[/.](?P<nmonth>\d{1,2})[/.](?P<nyear>" + _YEAR + r")"
_ISO = r"(?P<iyear>" + _YEAR + r")-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)"
_ANY_DATE = r"(?:" + _TEXT_DATE + r"|" + _NUM_DATE + r"|" + _ISO + r")"
_TIME = r"(?:\s*(?:,|a|-)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*(?:utc|gmt|cet|cest))?)?"

# "Genève, 12 mars 2024 (OIM) –", "Port-au-Prince, le 15 avril 2025 –", "GENÈVE, 9 mars –"
# (a run of blanks counts as one character: a link blanked in the view, "Cox's Bazar (    Bangladesh  )")
_PLACE_CHAR = r"(?:[^\n,\s]|[^\S\n]++)"
_PLACE_DATELINE = re.compile(
    r"^\s*[^\W\d_]" + _PLACE_CHAR + r"{0,45}(?:,\s*[^\W\d_]" + _PLACE_CHAR + r"{0,30}){0,2},\s*(?:le\s+)?"
    + _ANY_DATE
    + _TIME
    + r"\s*(?:\(\s*[^)\n]{1,40}?\s*\)\s*)?(?:[-:|]|$)"
)
# "Genève 30 mai --": no comma, so the place must be one to four capitalised words (checked on the text)
_PLACE_NO_COMMA = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'-]*(?:[ -][^\W\d_][\w'-]*){0,3})\s+(?:le\s+)?"
    + _ANY_DATE
    + r"\s*(?:\(\s*[^)\n]{1,40}?\s*\)\s*)?(?:-|:)"
)
# "Publié le 21 janvier 2026", "Article mis en ligne le 3 mai 2024 à 10h12", "Date : 12/03/2024"
_PUBLISHED = re.compile(
    r"\b(?:publie|publiee|publication|mis\s+en\s+ligne|paru|parution|date(?:\s+de\s+publication)?|posted|published)"
    r"(?:\s*(?:le|:|en))*\s*" + _ANY_DATE
)
_UPDATED = re.compile(
    r"\b(?:mis\s+a\s+jour|mise\s+a\s+jour|actualise|modifie|updated)(?:\s*(?:le|:))*\s*" + _ANY_DATE
)
# What may follow a "Publié le" date on a header line (not a sentence going on).
_HEADER_TAIL = re.compile(_TIME + r"\s*(?:$|[|,;(-]|par\b|mis\b|mise\b|modifie|actualise|\d)")
# "Par Marie Dupont - 12 mars 2024", "Par AFP, le 3 mai 2024 à 10h"
_BYLINE = re.compile(r"^\s*par\s+[^\n]{1,60}?(?:[-,|]|\s)\s*(?:le\s+)?" + _ANY_DATE)
# A date alone on its line, maybe with a weekday, a time or an ISO timestamp.
_DATE_LINE = re.compile(r"^\s*(?:le\s+)?" + _ANY_DATE + r"(?:t\d\d:\d\d(?::\d\d)?\S*)?" + _TIME + r"\s*[-:|]?\s*$")


@dataclass(frozen=True)
class Dateline:
    """The document date found at the top: ISO or "XXXX-MM-DD", and where it was read."""

    value: str
    start: int
    end: int
    shape: str


def _value(m: re.Match[str]) -> Optional[str]:
    groups = m.groupdict()
    if groups.get("day"):
        day = 1 if groups["day"] == "1er" else int(groups["day"])
        month, year = MONTHS[groups["month"]], groups.get("year")
    elif groups.get("nday"):
        day, month, year = int(groups["nday"]), int(groups["nmonth"]), groups["nyear"]
    else:
        day, month, year = int(groups["iday"]), int(groups["imonth"]), groups["iyear"]
    try:
        dt.date(int(year) if year else 2000, month, day)
    except ValueError:
        return None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


# The shapes of a dateline, best first: (shape, pattern, searched anywhere in the line).
_SHAPES = (
    ("place", _PLACE_DATELINE, False),
    ("place", _PLACE_NO_COMMA, False),
    ("published", _PUBLISHED, True),
    ("date_line", _DATE_LINE, False),
    ("byline", _BYLINE, False),
    ("updated", _UPDATED, True),
)


def find_dateline(text: str, folded: Optional[str] = None, places_only: bool = False) -> Optional[Dateline]:
    """The document date from the header, or None.

    A place dateline or a "Publié le" line wins over a bare date line, which wins over
    "Mis à jour le" (an update is not the date of the text). `folded` is `fold(text)` when
    the caller has it already; `places_only` looks for a place dateline only ("Genève, 16
    avril 2024 (OIM) –"), which is all the figures need to know.
    """
    # The raw text's line structure is needed (fold turns line breaks into spaces).
    lines = list(_split_head(text, folded))
    shapes = _SHAPES[:2] if places_only else _SHAPES
    for shape, pattern, search in shapes:
        for offset, line, joined in lines:
            for candidate in (line, joined):  # joined: a date broken across two lines
                m = pattern.search(candidate) if search else pattern.match(candidate)
                if m and (not search or _HEADER_TAIL.match(candidate, m.end())) and _place_ok(m, text, offset):
                    value = _value(m)
                    if value:
                        return Dateline(value, offset + m.start(), offset + m.end(), shape)
    return None


def _place_ok(m: re.Match[str], text: str, offset: int) -> bool:
    """Without a comma, every word of the place starts with a capital ("Genève", "Port-Louis")."""
    if "place" not in m.groupdict():
        return True
    place = text[offset + m.start("place") : offset + m.end("place")]
    words = re.split(r"[ -]", place)
    if fold(words[0]) in WEEKDAYS or fold(place) in ("le", "la", "depuis", "du", "au"):
        return False  # "Mardi 12 mars 2024 - 14:32" is a date line, not a place
    return all(w[:1].isupper() for w in words)


def _split_head(text: str, folded: Optional[str] = None) -> Iterator[Tuple[int, str, str]]:
    """(offset, folded line, folded line joined with the next) for the header lines."""
    head = text[:MAX_HEAD_CHARS]
    # fold maps each character on its own: the folded head is the head of the folded text
    folded = fold(head) if folded is None else folded[:MAX_HEAD_CHARS]
    raw_lines = head.split("\n")
    offset = 0
    prose = 0
    for n, raw in enumerate(raw_lines):
        if n >= MAX_HEAD_LINES or prose >= MAX_PROSE_LINES:
            return
        next_len = len(raw_lines[n + 1]) + 1 if n + 1 < len(raw_lines) else 0
        yield offset, folded[offset : offset + len(raw)], folded[offset : offset + len(raw) + next_len]
        if len(raw.split()) >= PROSE_WORDS:
            prose += 1
        offset += len(raw) + 1


# A dateline inside a line: a page flattened to one line (a CSV or JSONL cell) keeps its
# headline, dateline and body on one line, "… au large de la Libye Genève, 16 avril 2024
# (OIM) – Plus de …".  The line break belongs before the place.
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
# "Santa Cruz de Tenerife", "Port-au-Prince"; several places of one release: "Beyrouth / Genève",
# "ROME/NEW YORK"
_ONE_PLACE = _CAPITALISED + r"(?:(?:[ -]|[ ](?:de|del|de la|do|dos|da|das|di)[ ])" + _CAPITALISED + r"){0,3}"
_PLACE = _ONE_PLACE + r"(?:[ \t]*/[ \t]*" + _ONE_PLACE + r"){0,2}"
_AGENCY = r"\(\s*(?:AFP|Reuters|AP|ANSA|APS|MAP|Xinhua|EFE|dpa|IPS|ONU Info|MENA|Belga|ATS|OIM|HCR|IOM|UNHCR)\s*\)"
_DASH = r"[–—-]"
_INLINE_DATELINE_RE = re.compile(
    r"(?<=\S)[ \t]+(?="
    + _PLACE
    + r"(?:,\s*"
    + _PLACE
    + r"){0,2}(?:,\s*(?:le\s+)?"
    + r"(?i:(?:\d{1,2}|1er)\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    + r"novembre|décembre|decembre)(?:\s+(?:19|20)\d\d)?)\s*(?:\(\s*[^()\n]{1,30}?\s*\)\s*)?(?:"
    + _DASH
    + r"|\.\s+[A-ZÀ-Þ])|\s+"
    + _AGENCY
    + r"\s*"
    + _DASH
    + r"))"
)
# A dateline without a date, its place in capitals: "… la réforme de la kafala BEYROUTH – À l'occasion".
# (found from its dash, which few texts have, then the capitals before it)
_DATELINE_DASH_RE = re.compile(r"[ \t]+[–—][ \t]+[A-ZÀ-ÖØ-Þ«]")
_CAPITALS_BEFORE_DASH_RE = re.compile(r"(?<=\S)[ \t]+[A-ZÀ-ÖØ-Þ]{4,}(?:[ /-][A-ZÀ-ÖØ-Þ]{2,}){0,3}$")
# Words after which a capitalised place goes on a sentence ("réunis à Genève, 12 mars").
_LEADS_ON = frozenset("à a de d du des en au aux le la les l et ou par pour sur vers depuis dans entre".split())
# Capitalised words that open a place's name rather than end a headline ("Le Caire", "New York").
_PLACE_OPENERS = frozenset(
    "le la les l new san santa saint sainte st port porto puerto abou abu el al ciudad sao kuala addis tel "
    "phnom buenos rio dar cap cape ville".split()
)


def dateline_breaks(text: str) -> List[int]:
    """Offsets of the blanks in the header that stand where a line break was: before a
    dateline that does not start its line ("… de la Libye Genève, 16 avril 2024 (OIM) –").

    Of blanks before consecutive capitalised words, the last one that leaves a place name
    whole is taken ("… au Soudan Genève, 12 mars" breaks before "Genève", "… crise Le Caire,
    3 mai" before "Le Caire").
    """
    out: List[int] = []
    for m in _INLINE_DATELINE_RE.finditer(text, 0, MAX_HEAD_CHARS):
        pos = m.end() - 1  # the last blank before the place
        before = text[max(0, pos - 30) : pos].split()
        if not before or before[-1].endswith((",", "/")):
            continue  # "Beyrouth / Genève": the second place of the dateline
        if len(before) >= 2 and before[-2].endswith("/") and before[-1][:1].isupper():
            continue  # "Panama / New York": inside the second place's name
        last = fold(before[-1]).strip("'’").rsplit("/", 1)[-1]  # "ROME/NEW YORK": "new" opens "York"
        opening = text[text.rfind("\n", 0, pos) + 1 : pos].split()
        if (
            not out
            and 0 < len(opening) <= 2
            and fold(opening[0]) in _PLACE_OPENERS
            and all(w[:1].isupper() for w in opening)
        ):
            continue  # "San José, 3 mai", "NEW YORK, 20 juin": the place opens its line already
        if not out and "/" in "".join(opening) and all(w == "/" or w[:1].isupper() for w in opening):
            continue  # "PANAMA / NEW YORK, 10 avril", "Rome/New York": places of a joint dateline opening its line
        if out and not text[out[-1] + 1 : pos].strip(" -").replace(" ", "").replace("/", "").isalpha():
            pass  # a new group: words that are not all letters lie between
        elif out and all(w[:1].isupper() for w in text[out[-1] + 1 : pos].split()):
            if last in _PLACE_OPENERS:
                continue  # "Le Caire": keep the break before the opener
            out.pop()  # the place is shorter: the break moves right
            out.append(pos)
            continue
        if last not in _LEADS_ON:
            out.append(pos)
    for dash in _DATELINE_DASH_RE.finditer(text, 0, MAX_HEAD_CHARS):
        place = _CAPITALS_BEFORE_DASH_RE.search(text, max(0, dash.start() - 60), dash.start())
        if place is None:
            continue
        blank = place.start() + len(place.group()) - len(place.group().lstrip(" \t")) - 1  # before the place
        opening = text[text.rfind("\n", 0, blank) + 1 : blank]
        if opening.strip() and opening.upper() == opening:
            continue  # "EN CHIFFRES – Frontière sud": a heading in capitals that opens its line already
        if blank not in out and not any(blank < p <= blank + 30 for p in out):
            out.append(blank)
    return sorted(out)
