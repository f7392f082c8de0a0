"""The normalised view of a text: what every component reads, with offsets to the text as given.

The same news comes in many shapes: accents as combining marks (NFD, from macOS file
systems and some PDF tools), HTML character references left by a CMS export (`&eacute;`,
`&#39;`, `&nbsp;`), zero-width characters and soft hyphens inside words, old Mac line
ends (a lone `\\r`).  None of these should change what migtext finds, so the tokenizer
reads one view of the text in which they no longer matter:

- NFC composition of every base letter with its combining marks;
- character references decoded (`&amp;` -> `&`, `&eacute;` -> `é`, `&#39;` -> `'`);
- zero-width characters, word joiners, byte-order marks and soft hyphens removed, and a
  `<br>` right before a line end (the line end says it: "une<br>\ncentaine" is "une\ncentaine");
- Windows line ends (`\\r\\n`) read as `\\n`, a lone `\\r` as a line break, so that a number
  or a name cut by a line end ("une\\r\\ncentaine") reads as it does with `\\n`;
- markup blanked: HTML tags with their attributes, comments, scripts and styles become
  spaces (a block-level tag such as `<p>` or `<br>` a line break, as on the page), so
  `de<br>tous les travailleurs` is one title and `href="…/tchad"` is no country.

- no-break, narrow no-break, figure and thin spaces read as spaces (French typography puts
  them before `:;!?»` and inside `6 120`): the tokenizer splits on spaces only, and
  "Avril\u00a0: 6 120" should read as "Avril : 6 120" does.

The rest (curly quotes) keeps its length and is handled by `fold()`.  A text that needs
none of this (almost every text) is not copied.
Otherwise `Normalised` keeps the text as given and a map from each view offset to the
offset in the given text, so that every span maps back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from html.entities import html5
from typing import Any, Iterable, List, Optional, Tuple

# Characters that carry no letter: zero-width space, non-joiner, joiner, word joiner,
# byte-order mark (as zero-width no-break space), soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# A line break tag right before a line end: the line end says it already ("une<br>\ncentaine").
_BREAK_BEFORE_LINE_END = r"(?i:<br\s*/?>)(?=[ \t]*\r?\n)"
_SPECIAL_RE = re.compile(_REFERENCE + "|[" + INVISIBLE + r"]+|\r(?=\n)|" + _BREAK_BEFORE_LINE_END)
_REFERENCE_RE = re.compile(_REFERENCE)
# Markup, blanked in the view at its own size.
TAG = r"<!--.*?-->|<[!/?]?[a-zA-Z][^<>]{0,2000}>"
ATTRIBUTE = (
    r"(?<![\w-])(?:href|src|srcset|class|id|style|title|target|rel|alt|lang|width|height|type|name|content|"
    r"onclick|role|data-[\w-]+|aria-[\w-]+)=(?:\"[^\"\n<>]{0,500}\"|'[^'\n<>]{0,500}'|[^\s\"'<>]*)"
)
TAG_END = r"[\"']+\s*/?>|/>"
_MARKUP_RE = re.compile(
    r"(?P<code><(?P<element>script|style)\b[^<>]*>.*?</(?P=element)\s*>)"
    + "|(?P<tag>" + TAG + ")|" + ATTRIBUTE + "|" + TAG_END,
    re.S | re.I,
)
# No-break, narrow no-break, figure and thin spaces: read as spaces, at the same length.
_NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2009"
_NO_BREAK_SPACE_RE = re.compile("[" + _NO_BREAK_SPACES + "]")
_NO_BREAK_AS_SPACE = str.maketrans({c: " " for c in _NO_BREAK_SPACES})
_LINE_BREAK_TAG_RE = re.compile(r"<br\b", re.I)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|blockquote|dd|dt)\b", re.I
)
_ROW_TAG_RE = re.compile(r"</?tr\b", re.I)
_CELL_TAG_RE = re.compile(r"</?t[dh]\b", re.I)
_NEXT_CELL_RE = re.compile(r"\s*<t[dh]\b", re.I)  # after a cell's end, the next cell of its row
_MARKUP_HINT_RE = re.compile(r"[<>]|=[\"']|\w=\s|\w=$", re.M)
# A base character followed by combining marks (NFD accents): composed as one piece.
_CLUSTER_RE = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S)


def decode_reference(reference: str) -> Optional[str]:
    """The character(s) an HTML character reference stands for, or None if it is not one."""
    body = reference[1:-1]
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
        except ValueError:
            return None
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return chr(code)
    return html5.get(body + ";")


@dataclass(frozen=True)
class Normalised:
    """The view the pipeline reads (`text`), the text as given (`source`), and where each
    view character lies in the source: it starts at `starts[i]` and ends at `ends[i + 1]`
    (a character standing for a reference or a composed letter spans all of it)."""

    text: str
    source: str
    starts: Optional[array] = None  # None: the view has the source's offsets
    ends: Optional[array] = None
    markup: Tuple[Tuple[int, int], ...] = ()  # view spans of the markup blanked, in order

    def written_blank(self, i: int) -> bool:
        """Whether the blank at view offset `i` was written as a blank, not markup blanked."""
        if not self.text[i].isspace():
            return False
        k = bisect_right(self.markup, (i, len(self.text))) - 1
        return k < 0 or not self.markup[k][0] <= i < self.markup[k][1]

    def to_source(self, start: int, end: int) -> Tuple[int, int]:
        """Offsets in the text as given of the view span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        begin = self.starts[start]
        return begin, max(begin, self.ends[end])


def needs_normalising(text: str) -> bool:
    """True when the view may differ from the text; cheap (C-speed checks) for the usual text."""
    return (
        bool(_SPECIAL_RE.search(text))
        or bool(_NO_BREAK_SPACE_RE.search(text))
        or not unicodedata.is_normalized("NFC", text)
        or "\r" in text
        or bool(_MARKUP_HINT_RE.search(text))
    )


def _blank(match: str) -> str:
    """Spaces for every character of `match` but its line breaks (line numbers stay)."""
    return re.sub(r"[^\n]", " ", match)


def _markup_as_layout(text: str) -> Tuple[str, Tuple[Tuple[int, int], ...]]:
    """`text` with its markup blanked, block-level tags as line breaks (same length), and
    the spans of the markup blanked."""
    spans: List[Tuple[int, int]] = []

    def replace(m: re.Match) -> str:
        spans.append(m.span())
        found = m.group()
        blank = _blank(found)
        if m.group("tag") and _LINE_BREAK_TAG_RE.match(found):
            follows_break = re.match(r"[ \t]*(?:\r?\n|$)", text[m.end() : m.end() + 80])
            return blank if follows_break else "\n" + blank[1:]
        if m.group("tag") and _ROW_TAG_RE.match(found):
            # a table's row on a line of its own, the rows on consecutive lines (no blank line between)
            at_line_start = found[1] == "/" or re.search(r"(?:^|\n)[ \t]*$", text[max(0, m.start() - 80) : m.start()])
            return blank if at_line_start else "\n" + blank[1:]
        if m.group("tag") and _CELL_TAG_RE.match(found):
            # a table's cells on their row's line, "|" between them: "Samos | 187", as a text table
            if found[1] == "/" and _NEXT_CELL_RE.match(text, m.end()):
                return " |" + blank[2:]
            return blank
        if m.group("tag") and _BLOCK_TAG_RE.match(found):
            return ("\n\n" + blank[2:]) if len(found) >= 2 else "\n"
        return blank

    text = _MARKUP_RE.sub(replace, text)
    return (re.sub(r"\r(?!\n)", "\n", text) if "\r" in text else text), tuple(spans)


def normalise(text: str) -> Optional[Normalised]:
    """The normalised view of `text`, or None when it is already its own view."""
    if not needs_normalising(text):
        return None
    view, starts, ends = _recomposed(text)
    view, markup = _markup_as_layout(view)
    if _NO_BREAK_SPACE_RE.search(view):
        view = view.translate(_NO_BREAK_AS_SPACE)
    if view == text:
        return None
    return Normalised(view, text, starts, ends, markup)


def _recomposed(text: str) -> Tuple[str, Optional[array], Optional[array]]:
    """Step one, which changes lengths: references, invisible characters, NFC; with the
    offsets of the result in `text` (None when nothing changed)."""
    if not _SPECIAL_RE.search(text) and unicodedata.is_normalized("NFC", text):
        return text, None, None
    pieces: List[str] = []
    starts = array("q")
    ends = array("q", [0])
    pos = 0

    def copy(start: int, end: int) -> None:
        pieces.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))

    def emit(replacement: str, start: int, end: int) -> None:
        """`replacement` stands for text[start:end] as a whole."""
        pieces.append(replacement)
        starts.extend([start] * len(replacement))
        ends.extend([end] * len(replacement))

    matches = list(_SPECIAL_RE.finditer(text))
    if not unicodedata.is_normalized("NFC", text):
        matches = sorted(matches + list(_CLUSTER_RE.finditer(text)), key=lambda m: m.start())
    for m in matches:
        start, end = m.span()
        if start < pos:  # a cluster overlapping a reference already taken
            continue
        copy(pos, start)
        found = m.group()
        if found[0] == "&" and found[-1] == ";" and _REFERENCE_RE.fullmatch(found):
            decoded = decode_reference(found)
            if decoded is None:
                copy(start, end)
            else:
                emit(unicodedata.normalize("NFC", decoded), start, end)
        elif found[0] in INVISIBLE or found == "\r" or found[0] == "<":
            pass  # dropped (an invisible character, the "\r" of "\r\n", a "<br>" before a line end): the next
            # character keeps its own offset
        else:  # a base character with its combining marks
            emit(unicodedata.normalize("NFC", found), start, end)
        pos = end
    copy(pos, len(text))
    starts.append(len(text))
    return "".join(pieces), starts, ends


# Where the tokenizer keeps the text as given, when the view differs from it (a plain
# string: DocBin and n_process carry it; the offsets are computed again when needed).
SOURCE_KEY = "migtext.source"


def source_text(doc: Any) -> str:
    """The text as the user gave it: `doc.text` unless the tokenizer normalised it."""
    return doc.user_data.get(SOURCE_KEY) or doc.text


@lru_cache(maxsize=8)
def _view_of(source: str) -> Optional[Normalised]:
    return normalise(source)


def source_spans(doc: Any, spans: Iterable[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Offsets in the text as given of view spans of `doc` (unchanged when no view was needed)."""
    source = doc.user_data.get(SOURCE_KEY)
    view = None if source is None else _view_of(source)
    if view is None:
        return [(s, e) for s, e in spans]
    return [view.to_source(s, e) for s, e in spans]
