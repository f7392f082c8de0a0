"""The `migtext_figures` component: migration figures from the entities the resolver chose.

It runs after `migtext_resolver` and reads `doc.ents`; it proposes no entity. The
figures go to `doc._.figures` (one dict of plain values per figure, FIGURES.md's record)
and to `doc.spans["figures"]` (one span per figure, labelled with its event, in the same
order; `span._.figure` gives its record). A document without digits or number words is
left untouched.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from migtext.core.candidates import doc_folded, doc_text, drop_text_cache, kept_dateline, resolved
from migtext.core.text import fold, phrase_key
from migtext.dates.dateline import find_dateline
from migtext.figures import kb
from migtext.figures.attach import Mention, word_list
from migtext.figures.numbers import has_numbers
from migtext.figures.reading import read_figures
from migtext.page.rows import row_breaks

SPAN_KEY = "figures"


def mentions_of(doc: Doc, text: str) -> List[Mention]:
    """The resolved entities as plain mentions (offsets, label, norm, text, attributes):
    the resolver's chosen candidates when it kept them (they are `doc.ents`, without a
    Span each), else `doc.ents`."""
    chosen = resolved(doc)
    if chosen is not None:
        return [Mention(c.start, c.end, c.label, c.norm, text[c.start : c.end], c.attrs) for c in chosen]
    out = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        out.append(Mention(start, end, ent.label_, ent.kb_id_ or None, text[start:end], _attrs_of(ent)))
    return out


def _attrs_of(span: Span):
    """A function that reads a span's attributes when a figure needs them."""
    return lambda: span._.attrs


# After a place at a line start: "(AFP)", "(Mexique)", then the dateline's dash.
_DATELINE_TAIL = re.compile(r"(?:\s*\(\s*[^()\n]{1,40}?\s*\))*\s*[–—-]\s")  # "(AFP)" in a link blanked: "(   AFP   )"
_HEAD_CHARS = 3000
_COMMA = re.compile(r",\s*(?:le\s+)?")


def dateline_of(
    text: str, folded: str, mentions: Sequence[Mention] = (), kept: Optional[Tuple] = None
) -> Optional[Tuple[int, int]]:
    """Offsets of a place dateline, whose agency is the release's and whose place and date
    are not a count's: "Genève, 16 avril 2024 (OIM) –", and without a date, "Port-au-Prince –"
    or "Benghazi (AFP) –" (a place at a line start, then a dash). `kept` is the header
    dateline the dates component read (`core.candidates.kept_dateline`), when it did."""
    if kept is None:
        found = find_dateline(text, folded, places_only=True)  # the cheap search first
        if found is not None:
            return found.start, found.end
    elif kept and kept[2] == "place":  # the dates component tried place datelines first, as `places_only` does
        return kept[0], kept[1]
    for k, m in enumerate(mentions):
        if m.start > _HEAD_CHARS:
            break
        if m.label not in ("LOC", "COUNTRY"):
            continue
        # blanks may come first: a paragraph's markup blanked in the view ("<p>Paris (AFP) –")
        at_line_start = not text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()
        end = m.end
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.label == "DATE" and _COMMA.fullmatch(text, end, nxt.start):
            end, at_line_start = nxt.end, True  # a one-line page: "…depuis janvier Niamey, 21 février 2022 (OIM) –"
        tail = _DATELINE_TAIL.match(text, end) if at_line_start else None
        if tail:
            # a dated header line of another shape ("Publié le 23 avril 2019") is the date
            # line: the place line after it is the story's, not a release's, unless the place
            # is an organisation's seat ("Genève – Le nombre de déplacés a atteint…")
            seat = " ".join(phrase_key(m.text)) in kb.seat_cities()
            header = bool(kept) if kept is not None else find_dateline(text, folded) is not None
            return None if header and not seat else (m.start, tail.end())
    return None


# A line this long may hold a table's rows run together (a flattened page: the tokenizer's view
# has put back its paragraphs' breaks, not its rows')
_FLAT_LINE = 80


_CELL_TAB = re.compile(r"(?<=\S)\t(?=[ \t]*\S)")  # a tab between two cells of a line


def tabs_as_pipes(text: str, folded: str) -> Tuple[str, str]:
    """The text and its folded form with the tabs between the cells of a tab-separated table
    as "|" (same length): "Afghanistan\t356\t327" reads as "Afghanistan|356|327", a table's row."""
    if "\t" not in text:
        return text, folded
    return _put(text, folded, [m.start() for m in _CELL_TAB.finditer(text)], "|")


def _put(text: str, folded: str, offsets: Sequence[int], char: str) -> Tuple[str, str]:
    """The text and its folded form with `char` at each of `offsets` (same length)."""
    if not offsets:
        return text, folded
    chars, folded_chars = list(text), list(folded)
    for at in offsets:
        chars[at] = folded_chars[at] = char
    return "".join(chars), "".join(folded_chars)


def rows_restored(text: str, folded: str) -> Tuple[str, str]:
    """The text and its folded form with the line breaks of a table run onto one line put back
    where its rows start (same length, so every offset holds); a text without long lines is
    unchanged. (The tokenizer's view has put back those of a page flattened onto one line,
    `migtext.page.flattened`; a line cut short of that, or a written one, may still hold rows.)"""
    if len(text) < _FLAT_LINE or (":" not in text and "|" not in text):
        return text, folded
    cuts = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if end - start >= _FLAT_LINE:
            cuts += row_breaks(text, start, end)
        start = end + 1
    return _put(text, folded, cuts, "\n")


# No-break, narrow and thin spaces and the "\r" of "\r\n" are read as plain blanks (same length):
# the rules' patterns ("Lesbos : 86", a line's end) are written with plain ones, as `fold` reads them.
_PLAIN_BLANKS = str.maketrans({c: " " for c in "\u00a0\u202f\u2009\u2007\u2002\u2003\r\t"})


class FigureReader:
    """Finds the figures of a document after its entities are resolved."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        warm_up()

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._read(doc)
        finally:
            # the resolver kept the shared text caches for this component, the last one
            drop_text_cache(doc)

    def _read(self, doc: Doc) -> Doc:
        text, folded = tabs_as_pipes(doc_text(doc), doc_folded(doc))
        text, folded = rows_restored(text.translate(_PLAIN_BLANKS), folded)
        doc._.figures = []  # None only where the component did not run
        if not has_numbers(folded):
            doc.spans[SPAN_KEY] = []
            return doc
        mentions = mentions_of(doc, text)
        figures = read_figures(
            text,
            folded,
            word_list(folded),
            mentions,
            doc_date=doc._.doc_date,
            boilerplate=doc._.boilerplate or (),
            dateline=dateline_of(text, folded, mentions, kept_dateline(doc)),
        )
        doc._.figures = figures
        spans = []
        for figure in figures:
            span = doc.char_span(figure["start"], figure["end"], label=figure["event"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def figure_of(span: Span) -> Optional[dict]:
    """The record of a span of `doc.spans["figures"]` (getter of `Span._.figure`)."""
    for figure in span.doc._.figures or ():
        if figure["start"] < span.end_char and span.start_char < figure["end"]:
            return figure
    return None


def warm_up() -> None:
    """Load the lexicon and build its indexes and patterns now, at pipeline load time, not
    inside the first document's call."""
    read_figures("Plus de 2 500 migrants sont arrivés.", fold("Plus de 2 500 migrants sont arrivés."),
                 word_list(fold("Plus de 2 500 migrants sont arrivés.")), [])
    kb.warm_up()
