"""The same gold documents in the shapes real corpora come in, scored against the text as written.

A CSV or JSONL export flattens a page to one line (keeping or collapsing its blanks), a
scraper leaves the source URL at the end, Windows writes `\\r\\n`, macOS file names and some PDF tools give NFD accents,
French typography puts no-break spaces before `:;!?` and inside numbers, and a CMS export
leaves the HTML around the text.  Each shape below rewrites a gold document without
changing a word and maps its gold offsets (entities and figures) into the new text, so a
drop in score is migtext losing entities or figures, never the gold moving.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from migtext.pipeline.evaluate import Entity, GoldDoc, predict_all, score
from migtext.pipeline.figure_scores import score_figures


@dataclass(frozen=True)
class Reshaped:
    """A text rewritten, with where each character of the original now starts and ends."""

    text: str
    starts: array  # starts[i]: where original character i begins in `text`
    ends: array  # ends[i]: where original characters [0, i) end in `text` (ends[0] == 0)

    def entity(self, entity: Entity) -> Entity:
        start, end, label, norm = entity
        return self.starts[start], self.ends[end], label, norm


class _Writer:
    """Builds a reshaped text character by character, tracking where each original one lands."""

    def __init__(self, size: int) -> None:
        self.out: List[str] = []
        self.length = 0
        self.starts = array("q", [0] * (size + 1))
        self.ends = array("q", [0] * (size + 1))

    def insert(self, markup: str) -> None:
        """Text that stands for no original character (a tag, a URL line)."""
        self.out.append(markup)
        self.length += len(markup)

    def put(self, index: int, written: str) -> None:
        """Original character `index`, written as `written` (one or more characters)."""
        self.starts[index] = self.length
        self.out.append(written)
        self.length += len(written)
        self.ends[index + 1] = self.length

    def done(self, size: int) -> Reshaped:
        self.starts[size] = self.length
        return Reshaped("".join(self.out), self.starts, self.ends)


def _per_character(text: str, write: Callable[[int, str], str]) -> Reshaped:
    writer = _Writer(len(text))
    for i, char in enumerate(text):
        writer.put(i, write(i, char))
    return writer.done(len(text))


def written(text: str, entities: Sequence[Entity]) -> Reshaped:
    return _per_character(text, lambda i, c: c)


def windows_line_ends(text: str, entities: Sequence[Entity]) -> Reshaped:
    return _per_character(text, lambda i, c: "\r\n" if c == "\n" else c)


def one_line(text: str, entities: Sequence[Entity]) -> Reshaped:
    """A CSV or JSONL cell of a scraped page: every line break a space."""
    return _per_character(text, lambda i, c: " " if c in "\r\n" else c)


def one_line_collapsed(text: str, entities: Sequence[Entity]) -> Reshaped:
    """One line with every run of blanks and line breaks one space, as most exports write it."""
    writer = _Writer(len(text))
    for i, char in enumerate(text):
        if char.isspace():
            writer.put(i, "" if i and text[i - 1].isspace() else " ")
        else:
            writer.put(i, char)
    return writer.done(len(text))


def one_line_with_source(text: str, entities: Sequence[Entity]) -> Reshaped:
    """One line, then the page's address, as scrapers write it at the end."""
    writer = _Writer(len(text))
    for i, char in enumerate(text):
        writer.put(i, " " if char in "\r\n" else char)
    writer.insert(" Source : www.iom.int/fr/news/communique")
    return writer.done(len(text))


def nfd(text: str, entities: Sequence[Entity]) -> Reshaped:
    return _per_character(text, lambda i, c: unicodedata.normalize("NFD", c))


_BEFORE_HIGH_PUNCTUATION = re.compile(r" (?=[:;!?»])|(?<=«) ")
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")


def french_no_break_spaces(text: str, entities: Sequence[Entity]) -> Reshaped:
    """French typography: a no-break space before `:;!?»` and after `«`, a narrow one in `2 500`."""
    nbsp = {m.start() for m in _BEFORE_HIGH_PUNCTUATION.finditer(text)}
    narrow = {m.start() for m in _DIGIT_GROUP.finditer(text)}
    return _per_character(text, lambda i, c: "\u00a0" if i in nbsp else "\u202f" if i in narrow else c)


_HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", "\u00a0": "&nbsp;"}


def html_fragment(text: str, entities: Sequence[Entity]) -> Reshaped:
    """What a CMS export gives: paragraphs in `<p>`, line breaks as `<br>`, characters escaped,
    and a link on the first organisation or country named."""
    linked = next((e for e in sorted(entities) if e[2] in ("ORG", "COUNTRY")), None)
    writer = _Writer(len(text))
    writer.insert("<p>")
    i = 0
    while i < len(text):
        if linked is not None and i == linked[0]:
            writer.insert('<a href="https://www.example.org/fr/actualites?id=12" class="lien">')
        char = text[i]
        if char == "\n":
            j = i
            while j < len(text) and text[j] in "\n \t":
                j += 1
            breaks = text.count("\n", i, j)
            writer.put(i, "</p>\n<p>" if breaks > 1 else "<br>\n")
            for k in range(i + 1, j):
                writer.put(k, "")
            i = j
            continue
        writer.put(i, _HTML_ESCAPES.get(char, char))
        i += 1
        if linked is not None and i == linked[1]:
            writer.insert("</a>")
    writer.insert("</p>")
    return writer.done(len(text))


SHAPES: Dict[str, Callable[[str, Sequence[Entity]], Reshaped]] = {
    "written": written,
    "crlf": windows_line_ends,
    "no-break spaces": french_no_break_spaces,
    "one line": one_line,
    "one line, collapsed": one_line_collapsed,
    "one line + source": one_line_with_source,
    "nfd": nfd,
    "html fragment": html_fragment,
}


def reshape(doc: GoldDoc, shape: str) -> GoldDoc:
    """The gold document in one of the `SHAPES`, its entities and figures moved with the text."""
    reshaped = SHAPES[shape](doc.text, doc.entities)
    entities = tuple(sorted(reshaped.entity(e) for e in doc.entities))
    figures = None
    if doc.figures is not None:
        figures = tuple(
            {**f, "start": reshaped.starts[f["start"]], "end": reshaped.ends[f["end"]]} for f in doc.figures
        )
    return GoldDoc(doc.id, reshaped.text, doc.date, entities, figures)


def robustness(docs: Sequence[GoldDoc], nlp=None, shapes: Optional[Sequence[str]] = None) -> Dict[str, Dict]:
    """Micro scores of migtext on the documents in each shape (and its figures' scores when the
    gold has figures), and each shape's ratio to the text as written."""
    out: Dict[str, Dict] = {}
    for shape in shapes or SHAPES:
        reshaped = [reshape(doc, shape) for doc in docs]
        predicted = predict_all(reshaped, nlp=nlp)
        scores = score(zip((d.entities for d in reshaped), (ents for ents, _ in predicted), strict=True))
        figures = score_figures(zip((d.figures for d in reshaped), (figs for _, figs in predicted), strict=True))
        out[shape] = {"micro": scores["micro"], "figures": figures}
    base = out.get("written")
    for row in out.values():
        for key in ("f", "e2e_f"):
            written_score = base["micro"][key] if base else None
            row[f"{key}_ratio"] = round(row["micro"][key] / written_score, 4) if written_score else None
        written_fact = base["figures"]["fact_f"] if base and base.get("figures") else None
        figures = row.get("figures")
        row["fact_f_ratio"] = round(figures["fact_f"] / written_fact, 4) if figures and written_fact else None
    return out


def format_robustness(table: Dict[str, Dict]) -> str:
    """One row per shape: micro f and e2e_f, their ratio to the text as written, and the
    figures' fact_f and its ratio when the gold has figures."""
    with_figures = any(row.get("figures") for row in table.values())
    head = f"{'shape':<22}{'f':>8}{'e2e_f':>8}{'f/written':>11}{'e2e/written':>13}"
    if with_figures:
        head += f"{'fact_f':>9}{'fact/written':>14}"
    rows = [head, "-" * len(head)]
    for shape, row in table.items():
        micro = row["micro"]
        ratios = [row.get("f_ratio"), row.get("e2e_f_ratio")]
        shown = [_shown(r) for r in ratios]
        line = f"{shape:<22}{micro['f']:>8.3f}{micro['e2e_f']:>8.3f}{shown[0]:>11}{shown[1]:>13}"
        if with_figures:
            figures = row.get("figures")
            line += f"{_shown(figures['fact_f'] if figures else None):>9}{_shown(row.get('fact_f_ratio')):>14}"
        rows.append(line)
    return "\n".join(rows)


def _shown(value: Optional[float]) -> str:
    return "     -" if value is None else f"{value:.3f}"


def shape_names() -> Tuple[str, ...]:
    return tuple(SHAPES)
