"""In-text acronym definitions: "Organisation X (ABC)" and "ABC (Organisation X)".

News releases define the acronyms they use once, in parentheses, then use the short
form alone.  This is the Schwartz–Hearst algorithm (Pacific Symposium on Biocomputing
2003): a short form in parentheses is matched right to left, letter by letter, against
the words before it, its first letter at the start of a word.  French long forms skip
their function words ("Organisation internationale pour les migrations (OIM)"), which
the letter-by-letter match allows.  Pure Python, offsets into the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Tuple

from migtext.core.text import fold, strip_article, words

# A short form: 2 to 10 characters, no space, starting with a letter, at least two
# capitals ("OIM", "eu-LISA", "UpM", "CEN-SAD", "G5"); a year or a number is not one.
_SHORT_RE = re.compile(r"^[^\W\d_][\w&.\-/]{1,9}$")
# Parentheses hold at most 160 characters and may be broken across one or two lines.
_PAREN_RE = re.compile(r"\(([^()]{1,160})\)")
# What ends the text a long form may be taken from ("." followed by a space, ";", ":").
_CLAUSE_END_RE = re.compile(r"[.;:!?](?:\s|$)|[\[\]{}«»\"]")
# What follows a short form inside its parentheses and is not part of it.
_INNER_CUT_RE = re.compile(r"\s*[,;]|\s+(?:en|selon|pour|ou|soit|de son|d'après)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Definition:
    """One in-text definition: the short form and its long form, with their offsets."""

    short: str
    short_start: int
    short_end: int
    long: str
    long_start: int
    long_end: int
    order: str  # "long_short": "Organisation X (ABC)"; "short_long": "ABC (Organisation X)"


def is_short_form(text: str) -> bool:
    """True for a plausible acronym: one token, 2-10 characters, two capitals or more."""
    if not _SHORT_RE.match(text):
        return False
    capitals = sum(1 for c in text if c.isupper())
    return capitals >= 2 and sum(1 for c in text if c.isalpha()) >= 2


def is_title_case_short(text: str) -> bool:
    """An acronym the press writes as a proper noun ("Ofpra", "Comar", "Unhcr"): one word of 3
    to 8 letters, its first a capital and the others lower case. Such a word may also be a name,
    so its definitions are kept only for long forms the table knows (see the component)."""
    return 3 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and text[1:].islower()


def match_long_form(short: str, candidate: str) -> Optional[int]:
    """Schwartz–Hearst: offset in `candidate` where the long form of `short` starts, or None.

    Every letter or digit of the short form must appear, in order, in the candidate,
    and its first one must start a word.  The shortest such suffix of the candidate
    is the long form.
    """
    s = fold(short)
    lf = fold(candidate)
    s_index = len(s) - 1
    l_index = len(lf) - 1
    while s_index >= 0:
        c = s[s_index]
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (lf[l_index] != c or (s_index == 0 and l_index > 0 and lf[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = l_index + 1
    while start > 0 and lf[start - 1].isalnum():
        start -= 1
    return start


def _long_window(text: str, end: int, short: str) -> Tuple[int, int]:
    """The text before a parenthesis that may hold the long form: same clause, few words."""
    begin = max(0, end - 300)
    cut = begin
    for m in _CLAUSE_END_RE.finditer(text, begin, end):
        cut = m.end()
    ws = words(text[cut:end])
    ws = [w for w in ws if w.key.isalnum()]
    if not ws:
        return end, end
    n_letters = len([c for c in short if c.isalnum()])
    max_words = min(n_letters + 5, n_letters * 2) + 2  # French function words ("de la", "pour les")
    first = ws[max(0, len(ws) - max_words)]
    return cut + first.start, end


def _trim(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–"):
        end -= 1
    return start, end


def _without_article(text: str, start: int, end: int) -> int:
    skip, _ = strip_article(text[start:end])
    return start + skip


def _valid(short: str, long: str) -> bool:
    long_words = [w for w in words(long) if w.key.isalnum()]
    if len(long_words) < 2 or len(long) <= len(short):
        return False
    return fold(short) not in {w.key for w in long_words}


def find_definitions(text: str, heads: FrozenSet[str] = frozenset()) -> List[Definition]:
    """Every acronym definition in the text, in order of the parentheses. `heads` are the
    folded words a name may start with ("commissariat", "office"): an acronym of another
    language, whose letters the French name does not spell ("le Commissariat aux secours et au
    rapatriement des réfugiés (RRRC)"), is defined by the name that starts with one."""
    out: List[Definition] = []
    for m in _PAREN_RE.finditer(text):
        inner_start, inner_end = _trim(text, m.start(1), m.end(1))
        inner = text[inner_start:inner_end]
        if not inner:
            continue
        cut = _INNER_CUT_RE.search(inner)
        head_end = inner_start + (cut.start() if cut else len(inner))
        head = text[inner_start:head_end]
        if is_short_form(head) or is_title_case_short(head):
            definition = _long_before(text, m.start(), head, inner_start, head_end, heads)
        else:
            definition = _long_inside(text, m.start(), inner_start, inner_end)
        if definition is not None:
            out.append(definition)
    return out


# Words an acronym skips: "Comité national de lutte contre la traite des personnes (CNLTP)".
_SKIPPED_WORDS = frozenset("de du des la le les l d et a au aux en pour par sur contre avec dans chez".split())


def _initials_start(short: str, text: str, start: int, end: int) -> Optional[int]:
    """Where, in text[start:end], the long form starts whose content words' initials spell
    the short form exactly, or None. Schwartz–Hearst takes the shortest fitting suffix,
    which a function word can cut short ("contre la traite des personnes" for CNLTP)."""
    letters = "".join(c for c in fold(short) if c.isalnum())
    ws = [w for w in words(text[start:end]) if w.key.isalnum()]
    for i in range(len(ws)):
        initials = "".join(w.key[0] for w in ws[i:] if w.key not in _SKIPPED_WORDS)
        if initials == letters and ws[i].key not in _SKIPPED_WORDS:
            return start + ws[i].start
    return None


def _long_before(
    text: str, paren: int, short: str, short_start: int, short_end: int, heads: FrozenSet[str] = frozenset()
) -> Optional[Definition]:
    """ "Organisation internationale pour les migrations (OIM)"."""
    w_start, w_end = _long_window(text, paren, short)
    w_start, w_end = _trim(text, w_start, w_end)
    if w_start >= w_end:
        return None
    offset = match_long_form(short, text[w_start:w_end])
    by_initials = _initials_start(short, text, w_start, w_end)
    if by_initials is not None and (offset is None or by_initials < w_start + offset):
        offset = by_initials - w_start
    if by_initials is None and heads:
        named = _named_start(text, w_start, w_end, heads)
        if named is not None and (offset is None or not _starts_with(text, w_start + offset, w_end, heads)):
            offset = named - w_start  # the name's letters do not spell the acronym: "… (RRRC)", "… (UdSC)"
    if offset is None:
        return None
    l_start = _without_article(text, w_start + offset, w_end)
    long = text[l_start:w_end]
    if not _valid(short, long):
        return None
    return Definition(short, short_start, short_end, long, l_start, w_end, "long_short")


def _named_start(text: str, start: int, end: int, heads: FrozenSet[str]) -> Optional[int]:
    """Where the last name in text[start:end] starts that opens with a capitalised head word
    ("Commissariat", "Office") and runs to the end without a comma."""
    found = None
    for w in words(text[start:end]):
        if w.key == "," or not w.key.isalnum() and w.key not in heads:
            found = None if w.key == "," else found
            continue
        at = start + w.start
        if w.key in heads and text[at].isupper() and text[at - 1 : at] != "-":  # not "Haut-Commissariat"'s second half
            found = at
    return found


def _starts_with(text: str, start: int, end: int, heads: FrozenSet[str]) -> bool:
    ws = [w for w in words(text[start:end]) if w.key.isalnum()]
    return bool(ws) and ws[0].key in heads


def _long_inside(text: str, paren: int, inner_start: int, inner_end: int) -> Optional[Definition]:
    """ "OIM (Organisation internationale pour les migrations)"."""
    before = text[max(0, paren - 12) : paren]
    m = re.search(r"([^\W_][\w&.\-/]{1,9})\s*$", before)
    if not m or not is_short_form(m.group(1)):
        return None
    short = m.group(1)
    short_end = paren - (len(before) - m.end(1))
    short_start = short_end - len(short)
    inner = text[inner_start:inner_end]
    cut = re.search(r"[,;]", inner)
    l_end = inner_start + (cut.start() if cut else len(inner))
    l_start = _without_article(text, inner_start, l_end)
    offset = match_long_form(short, text[l_start:l_end])
    if offset is None:
        return None
    long = text[l_start:l_end]
    # The long form inside the parentheses must be the whole of it, from its first word.
    if offset != 0 or not _valid(short, long):
        return None
    return Definition(short, short_start, short_end, long, l_start, l_end, "short_long")
