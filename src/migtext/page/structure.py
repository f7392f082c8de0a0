"""Scraped-page structure: which parts of a text are navigation, menus or HTML debris.

Pages copied from agency websites start with menus ("Qui sommes nous", "Partenariats",
"Engagez-vous"), repeat headings, and end with markup fragments.  No entity is taken
from these parts; the rest of the text is kept, offsets untouched.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from migtext.core.data import read_word_list
from migtext.core.regexes import compile_skipping
from migtext.core.text import fold, words

# Headings of lists of links to other pages ("Articles liés", "Lire aussi"), folded.
RELATED_HEADINGS = read_word_list("related_headings.txt", fold)
# Menu and navigation labels of French agency and news sites, folded.
NAVIGATION_PHRASES = read_word_list("navigation.txt", fold) | RELATED_HEADINGS

_BREADCRUMB_RE = re.compile(r"^[^.!?]{0,80}\S\s+[>›»]\s+\S[^.!?]*\s[>›»]\s+\S[^.!?]{0,80}$")
_DEBRIS_RE = compile_skipping(r'(?:mailto:|https?://|www\.|target=|title=|href=|class=|<[a-z/!]|/>|="|">)', re.I)
_BULLET_RE = re.compile(r"^\s*[-•*–·]\s+\S")
_SENTENCE_END_RE = re.compile(r"[.!?:;]\s*$")


def _lines(text: str) -> List[Tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _strip_span(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def boilerplate_ranges(text: str) -> List[Tuple[int, int]]:
    """Character ranges of menu lines, repeated headings, bullet menus and HTML debris."""
    lines = [_strip_span(text, s, e) for s, e in _lines(text)]
    keys = [fold(text[s:e]).strip(" -•*·") for s, e in lines]
    out: List[Tuple[int, int]] = []
    bullets = [bool(_BULLET_RE.match(text[s:e])) for s, e in lines]
    for i, (s, e) in enumerate(lines):
        if s >= e:
            continue
        key = keys[i]
        line = text[s:e]
        n_words = len(key.split())
        prev_key = next((keys[j] for j in range(i - 1, -1, -1) if keys[j]), None)
        next_key = next((keys[j] for j in range(i + 1, len(keys)) if keys[j]), None)
        if key in NAVIGATION_PHRASES or (n_words <= 6 and key in (prev_key, next_key)):
            out.append((s, e))
        elif _DEBRIS_RE.search(line) or _BREADCRUMB_RE.search(line):
            out.append((s, e))
        elif (
            bullets[i]
            and n_words <= 14
            and not _SENTENCE_END_RE.search(line)
            and ((i > 0 and bullets[i - 1]) or (i + 1 < len(lines) and bullets[i + 1]))
        ):
            out.append((s, e))
        elif prev_key in NAVIGATION_PHRASES or next_key in NAVIGATION_PHRASES:
            # A menu label glued to the first sentence: "Qui sommes nousL'Organisation ..."
            ws = words(text[s:e])
            for n in range(min(4, len(ws)), 0, -1):
                head = " ".join(w.key for w in ws[:n])
                if head in NAVIGATION_PHRASES and head in (prev_key, next_key):
                    out.append((s, s + ws[n - 1].end))
                    break
    return _merge(out + _menu_runs(text, lines, keys) + _related_lists(text, lines, keys))


def _is_short_label(text: str, key: str) -> bool:
    """A line that could be a menu entry: a few words, no sentence punctuation, no digits."""
    return 0 < len(key.split()) <= 6 and not _SENTENCE_END_RE.search(text) and not any(c.isdigit() for c in key)


def _menu_runs(text: str, lines: List[Tuple[int, int]], keys: List[str]) -> List[Tuple[int, int]]:
    """Runs of 3+ short lines, at least half of them menu labels, are a menu from their first label to their last.

    Catches the entries between known labels ("Où travaillons-nous / Afrique / Europe /
    Médias"), which would otherwise read as regions.
    """
    out: List[Tuple[int, int]] = []
    run: List[int] = []
    for i in range(len(lines) + 1):
        s, e = lines[i] if i < len(lines) else (0, 0)
        if i < len(lines) and s >= e:
            continue  # blank lines neither break nor extend a run
        if i < len(lines) and _is_short_label(text[s:e], keys[i]):
            run.append(i)
            continue
        if len(run) >= 3 and 2 * sum(keys[j] in NAVIGATION_PHRASES for j in run) >= len(run):
            # from the first menu label to the last: a title above a menu block and
            # hard-wrapped text below it stay content
            labels = [k for k, j in enumerate(run) if keys[j] in NAVIGATION_PHRASES]
            out.extend(lines[j] for j in run[labels[0] : labels[-1] + 1])
        run = []
    return out


# A link title under a related heading: a few words, no full stop at its end.
_MAX_TITLE_WORDS = 16
_TITLE_END_RE = re.compile(r"[.;]\s*$")


def _starts_lower(line: str) -> bool:
    return line.lstrip("-•*–·» \t")[:1].islower()


def _related_lists(text: str, lines: List[Tuple[int, int]], keys: List[str]) -> List[Tuple[int, int]]:
    """The title-like lines under a related-articles heading, up to the first sentence.

    "Articles liés⏎Afrique de l'Ouest et du Centre⏎Retour volontaire" lists other pages:
    the regions and names in those titles are not mentioned by this document.  A link
    title has a few words and no full stop, and is not a hard-wrapped sentence: it does
    not start in lower case, nor does the line right after it.
    """
    out: List[Tuple[int, int]] = []
    under_heading = False
    for i, ((s, e), key) in enumerate(zip(lines, keys, strict=True)):
        if s >= e:
            continue  # blank lines separate the titles of a list as often as they end it
        if key in RELATED_HEADINGS:
            under_heading = True
            continue
        if not under_heading:
            continue
        line = text[s:e]
        wrapped = i + 1 < len(lines) and _starts_lower(text[lines[i + 1][0] : lines[i + 1][1]])
        if len(key.split()) <= _MAX_TITLE_WORDS and not (_starts_lower(line) or wrapped or _TITLE_END_RE.search(line)):
            out.append((s, e))
        else:
            under_heading = False
    return out


def _merge(ranges: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    merged: List[Tuple[int, int]] = []
    for s, e in sorted(set(ranges)):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n")
# Characters no name contains: table cells, e-mail addresses, links.
_NOT_IN_NAMES_RE = re.compile(r"[|@<>{}\[\]=\\/#]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")


def model_span_on_page(text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    """The part of a base-model entity that can be a name, or None.

    The statistical NER reads scraped pages as running text, so it glues a heading to
    the first words of the next paragraph ("Melilla⏎⏎Nador - Les") and takes table rows
    ("Total | 193 300") for names.  A name never spans a blank line: the span ends at the
    first one.  A span with cell separators, addresses or more digits than letters is
    dropped.
    """
    surface = text[start:end]
    if "\n" in surface:
        brk = _PARAGRAPH_BREAK_RE.search(surface)
        if brk is not None:
            start, end = _strip_span(text, start, start + brk.start())
            surface = text[start:end]
    if start >= end or _NOT_IN_NAMES_RE.search(surface) or not _LETTER_RE.search(surface):
        return None
    if _DIGIT_RE.search(surface):  # rare: count only then
        if sum(c.isdigit() for c in surface) > sum(c.isalpha() for c in surface):
            return None
    return start, end

