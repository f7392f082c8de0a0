"""Scraped-page structure: which parts of a text are navigation, menus or HTML debris.

Pages copied from agency websites start with menus ("Qui sommes nous", "Partenariats",
"Engagez-vous"), repeat headings, and end with markup fragments.  No entity is taken
from these parts; the rest of the text is kept, offsets untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from migtext.core.data import read_word_list
from migtext.core.normalise import ATTRIBUTE, TAG, TAG_END
from migtext.core.regexes import compile_skipping
from migtext.core.text import fold, phrase_key, words

# Headings of lists of links to other pages ("Articles liés", "Lire aussi"), folded.
RELATED_HEADINGS = read_word_list("related_headings.txt", fold)
# Menu and navigation labels of French agency and news sites, folded.
NAVIGATION_PHRASES = read_word_list("navigation.txt", fold) | RELATED_HEADINGS

_BREADCRUMB_RE = re.compile(
    r"^[^.!?]{0,80}\S\s+[>›»]\s+\S[^.!?]*\s[>›»]\s+\S[^.!?]{0,80}$"
    # two entries are a trail too when "›" joins them, a sign no sentence uses ("Monde › Europe")
    r"|^\s*[^\W\d][^.!?:;,›>«»\n]{0,40}\s›\s+[^\W\d][^.!?:;,›>«»\n]{0,40}$"
)
_BULLET_RE = re.compile(r"^\s*[-•*–·]\s+\S")
_SENTENCE_END_RE = re.compile(r"[.!?:;]\s*$")
# a bullet line whose label is followed by a value, then its noun or other columns ("– Est : 139 000 ;
# 77 %", "• Lesbos : 86 arrivées (3 embarcations)")
_DATA_ROW_RE = re.compile(r":\s*\d[\d\s.,%]*(?:[^\W\d][\w'’-]*)?\s*(?:[;(,–-].*)?$")
# a bullet line that counts people or things is a key figure, not a menu entry ("• 1,5 million
# d'Afghans rentrés d'Iran depuis le 1er janvier (OIM)"); a menu's number is a year or a label ("2030 AGENDA")
_COUNT_ROW_RE = re.compile(r"\d(?:[\d\s.,]*\d)?\s+(?:millions?\s+|milliards?\s+)?(?:de\s+|d['’]\s*)?[a-zà-ÿ]{3,}")

# Markup and addresses, each debris for exactly its own characters: a link in a sentence
# takes nothing from the sentence around it.  (The tokenizer's view has the markup blanked
# already, `migtext.core.normalise`; it is matched here too for texts read without it.)
_URL = r"(?:https?://|ftp://|mailto:|www\.)[^\s<>\"'«»\[\]{}|\\^`]+"
_DOMAIN_ENDS = "int|org|com|net|fr|eu|info|gov|edu|ch|be|ca|io|news"
_DOMAIN = (
    rf"(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_DOMAIN_ENDS})"
    r"(?:/[^\s<>\"'«»]*)?(?![\w@-])"
)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_REFERENCE = r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_FILE_ENDS = "pdf|docx?|xlsx?|pptx?|odt|ods|jpe?g|png|gif|svg|webp|csv|zip|mp4|mp3"
_FILE = rf"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?i:{_FILE_ENDS})\b"
# What a file name or a domain must hold: most texts have none, and those two patterns
# (and the e-mail's, without an "@") would be tried at every word for nothing.
_NAME_END_RE = re.compile(rf"\.(?:(?i:{_FILE_ENDS})|{_DOMAIN_ENDS})")


@lru_cache(maxsize=4)
def _debris_re(email: bool, names: bool) -> re.Pattern:
    """Markup and addresses; e-mails only when `email`, file names and domains only when `names`."""
    parts = [TAG, f"(?P<address>{_URL}|{_EMAIL})" if email else f"(?P<address>{_URL})", ATTRIBUTE, TAG_END, _REFERENCE]
    if names:
        parts += [_FILE, f"(?P<domain>{_DOMAIN})"]
    return compile_skipping("|".join(parts), re.S)


# Punctuation that ends the sentence around an address rather than the address.
_TRAILING = ".,;:!?)]»\"'"
# Block-level tags: where a page had a line break before it was flattened into markup.
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|blockquote)\b[^<>]*>", re.I
)
_LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")


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


def debris_ranges(text: str) -> List[Tuple[int, int]]:
    """Tags, links, e-mail addresses, attributes, character references and file names, each
    at its own size (`<a href="…/tchad">` is debris; the sentence around it is not)."""
    out = []
    for m in _debris_re("@" in text, _NAME_END_RE.search(text) is not None).finditer(text):
        start, end = m.span()
        if m.lastgroup:  # an address: the sentence's own punctuation stays out
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
        if end > start:
            out.append((start, end))
    return out


def _blanked(text: str, start: int, end: int, debris: List[Tuple[int, int]], first: int) -> Tuple[str, int]:
    """text[start:end] with its debris blanked (same length), and where to look in `debris` next."""
    while first < len(debris) and debris[first][1] <= start:
        first += 1
    if first == len(debris) or debris[first][0] >= end:
        return text[start:end], first
    chars = list(text[start:end])
    j = first
    while j < len(debris) and debris[j][0] < end:
        s, e = max(debris[j][0], start), min(debris[j][1], end)
        chars[s - start : e - start] = " " * (e - s)
        j += 1
    return "".join(chars), first


# A line this long is a page flattened to one line (a CSV or JSONL cell), not a paragraph:
# its menus, bullets and repeated headings are found where their line breaks were.
FLATTENED_LINE_CHARS = 800
_FLAT_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZÀ-Þ0-9])|\s+(?=[-•·*▪]\s+[A-ZÀ-Þ0-9])")


def _segments(text: str) -> List[Tuple[int, int]]:
    """Lines; the parts of a line that block-level tags separate (`<p>…</p><p>…</p>`); and,
    in a flattened page, the parts its sentence ends, bullets and repeated labels separate."""
    out = []
    for s, e in _lines(text):
        cut = s
        breaks = [(m.start(), m.end()) for m in _BLOCK_TAG_RE.finditer(text, s, e)]
        if e - s > FLATTENED_LINE_CHARS:
            breaks += [(m.start(), m.start()) for m in _FLAT_BREAK_RE.finditer(text, s, e)]
            breaks += [(b, b) for b in _repeated_label_breaks(text, s, e)]
        for start, end in sorted(breaks):
            if start >= cut:
                out.append((cut, start))
                cut = end
        out.append((cut, e))
    return out


def _repeated_label_breaks(text: str, start: int, end: int) -> List[int]:
    """Where a label of one to five capitalised words is written twice in a row ("Structure
    Structure", "Notre travail Notre travailEn tant que…"): a heading above its own menu."""
    ws = words(text[start:end])
    keys = [w.key for w in ws]
    out = []
    i = 0
    while i < len(ws):
        for n in range(5, 0, -1):
            if (
                i + 2 * n <= len(ws)
                and keys[i : i + n] == keys[i + n : i + 2 * n]
                and text[start + ws[i].start].isupper()
                and text[start + ws[i + n].start].isupper()
            ):
                out.append(start + ws[i + n].start)
                out.append(start + ws[i + 2 * n - 1].end)
                i += 2 * n
                break
        else:
            i += 1
    return out


def boilerplate_ranges(text: str) -> List[Tuple[int, int]]:
    """Character ranges of debris, menu lines, repeated headings and bullet menus.

    Lines are read with their markup blanked, so a menu entry in a link is still a menu
    entry, and a sentence with a link in it is still a sentence.
    """
    debris = debris_ranges(text)
    segments = []
    lines = []  # each segment's text, debris blanked (offsets unchanged)
    k = 0
    for s, e in _segments(text):
        s, e = _strip_span(text, s, e)
        line, k = _blanked(text, s, e, debris, k)
        segments.append((s, e))
        lines.append(line)
    keys = [fold(line).strip(" -•*·") for line in lines]
    out: List[Tuple[int, int]] = list(debris)
    bullets = [bool(_BULLET_RE.match(line)) for line in lines]
    for i, (s, e) in enumerate(segments):
        if s >= e:
            continue
        key = keys[i]
        line = lines[i]
        if not _LETTER_OR_DIGIT_RE.search(line):
            out.append((s, e))  # nothing but markup and punctuation
            continue
        n_words = len(key.split())
        prev_key = next((keys[j] for j in range(i - 1, -1, -1) if keys[j]), None)
        next_key = next((keys[j] for j in range(i + 1, len(keys)) if keys[j]), None)
        if key in NAVIGATION_PHRASES or (n_words <= 6 and key in (prev_key, next_key)):
            out.append((s, e))
        elif _BREADCRUMB_RE.search(line):
            out.append((s, e))
        elif _MENU_LINE_RE.match(line.strip()) and not _DIGIT_RE.search(line) and not _PHRASE_IN_CELL_RE.search(line):
            # a site's menu on one line ("France | International | Économie"); a name of two words
            # or more first is the site's ("La Tribune lémanique | Suisse | Monde")
            first_bar = _BAR_RE.search(line).start()
            named = len(line[:first_bar].split()) > 1
            out.append((s + first_bar if named else s, e))
        elif (
            bullets[i]
            and n_words <= 14
            and not _SENTENCE_END_RE.search(line)
            and not _DATA_ROW_RE.search(line)  # "– Artibonite : 243 000": a row of figures, not a menu
            and not _COUNT_ROW_RE.search(line)
            and ((i > 0 and bullets[i - 1]) or (i + 1 < len(segments) and bullets[i + 1]))
        ):
            out.append((s, e))
        elif (menu_start := _inline_menu(line)) is not None:
            out.append((s + menu_start, e))
        elif prev_key in NAVIGATION_PHRASES or next_key in NAVIGATION_PHRASES:
            # A menu label glued to the first sentence: "Qui sommes nousL'Organisation ..."
            ws = words(line)
            for n in range(min(4, len(ws)), 0, -1):
                head = " ".join(w.key for w in ws[:n])
                if head in NAVIGATION_PHRASES and head in (prev_key, next_key):
                    out.append((s, s + ws[n - 1].end))
                    break
    return _merge(out + _menu_runs(lines, segments, keys) + _related_lists(lines, segments, keys))


@lru_cache(maxsize=1)
def _navigation_keys() -> FrozenSet[Tuple[str, ...]]:
    return frozenset(phrase_key(phrase) for phrase in NAVIGATION_PHRASES)


# A menu written on one line lists at least this many labels, a third of its words or more.
_INLINE_MENU_LABELS = 3
_INLINE_MENU_WORDS = 20


def _inline_menu(line: str) -> Optional[int]:
    """Where a menu written on one line starts, or None: the first of three or more menu
    labels in a line that holds no sentence ("Asie Hebdo Accueil International Asie Europe
    Économie Idées", "Partager : Facebook · X · LinkedIn · Courriel"). What comes before
    the first label (the site's name) stays content."""
    if _SENTENCE_END_RE.search(line) or _DIGIT_RE.search(line):
        return None
    ws = [w for w in words(line) if w.key.isalpha()]
    if not _INLINE_MENU_LABELS <= len(ws) <= _INLINE_MENU_WORDS:
        return None
    labels = _navigation_keys()
    first, found, i = None, 0, 0
    while i < len(ws):
        n = next((n for n in (3, 2, 1) if tuple(w.key for w in ws[i : i + n]) in labels), 0)
        if n:
            first = ws[i].start if first is None else first
            found += 1
        i += n or 1
    if found >= _INLINE_MENU_LABELS and 3 * found >= len(ws):
        return first
    return None


def _is_short_label(text: str, key: str) -> bool:
    """A line that could be a menu entry: a few words, no sentence punctuation, no digits."""
    return 0 < len(key.split()) <= 6 and not _SENTENCE_END_RE.search(text) and not any(c.isdigit() for c in key)


# Links that skip to the content: above the site's name, not the first entry of its menu.
_SKIP_LINKS = frozenset(fold(link) for link in ("aller au contenu", "aller au contenu principal",
                                                "passer au contenu principal", "aller au menu"))
# The most words of a menu entry between two known labels ("Asie-Pacifique", "Afrique de l'Ouest").
_MENU_ENTRY_WORDS = 3


def _menu_runs(texts: List[str], lines: List[Tuple[int, int]], keys: List[str]) -> List[Tuple[int, int]]:
    """Runs of 3+ short lines are a menu from their first label to their last when at least
    half of them are menu labels, or when every line between two labels is an entry of a
    word or three.

    Catches the entries between known labels ("Où travaillons-nous / Afrique / Europe /
    Médias", a news site's "Accueil / Afrique / Amériques / Europe / France / Podcasts"),
    which would otherwise read as regions and countries.
    """
    out: List[Tuple[int, int]] = []
    run: List[int] = []
    for i in range(len(lines) + 1):
        s, e = lines[i] if i < len(lines) else (0, 0)
        if i < len(lines) and s >= e:
            continue  # blank lines neither break nor extend a run
        if i < len(lines) and _is_short_label(texts[i], keys[i]):
            run.append(i)
            continue
        labels = [k for k, j in enumerate(run) if keys[j] in NAVIGATION_PHRASES and keys[j] not in _SKIP_LINKS]
        if len(run) >= 3 and labels and (
            2 * len(labels) >= len(run)
            or len(labels) >= 2
            and all(len(keys[j].split()) <= _MENU_ENTRY_WORDS for j in run[labels[0] : labels[-1] + 1])
        ):
            # from the first menu label to the last: a title above a menu block and
            # hard-wrapped text below it stay content
            out.extend(lines[j] for j in run[labels[0] : labels[-1] + 1])
        run = []
    return out


# A link title under a related heading: a few words, no full stop at its end.
_MAX_TITLE_WORDS = 16
_TITLE_END_RE = re.compile(r"[.;]\s*$")


def _starts_lower(line: str) -> bool:
    return line.lstrip("-•*–·» \t")[:1].islower()


# A headline under a related-articles heading: a count, or "Place : what happened". Its facts
# are on the page (the dev gold annotates them); bare tags ("Afrique de l'Ouest", "Retour") are not.
_HEADLINE_RE = re.compile(r"\d|\w\s:\s+\w")


def _related_lists(texts: List[str], lines: List[Tuple[int, int]], keys: List[str]) -> List[Tuple[int, int]]:
    """The tag-like lines under a related-articles heading, up to the first sentence.

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
        line = texts[i]
        wrapped = i + 1 < len(lines) and _starts_lower(texts[i + 1])
        if _HEADLINE_RE.search(line):
            continue  # another article's headline, "Niger : 12 000 migrants refoulés": what the page shows
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


# A page's copyright line names its owner after the sign ("© 2025 Continent Hebdo – Tous droits
# réservés", "© Afrik Hebdo 2025") or before it ("Canarias Hoy © 2024 | Mentions légales").
_COPYRIGHT_RE = re.compile(
    r"(?:©|\([cC]\)|(?<!\w)[Cc]opyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*)?(?P<after>[^\n|·–—,/:©]*)"
    r"|(?:^|[|·–—])[ \t]*(?P<before>[^\n|·–—,/:©]+?)[ \t]*©[ \t]*\d{4}",
    re.M,
)
_TRAILING_YEAR_RE = re.compile(r"\s+(?:\d{4}|tous droits.*|all rights.*)$", re.I)
_SITE_NAME_WORDS = 6


def site_names(text: str) -> List[str]:
    """The names a page gives its owner, the site that published it: in its copyright line
    ("© 2025 Continent Hebdo", "Bruxelles Direct – Tous droits réservés"), its footer ("La Voix
    de la Côte – Mentions légales") or its masthead, the short line over its menu ("Le Journal
    du Soir⏎Politique | International | Société")."""
    copyright_lines = _COPYRIGHT_RE.finditer(text) if _has_copyright(text) else ()
    found = [m.group("after") or m.group("before") for m in copyright_lines]
    found += [m.group("name") for m in _FOOTER_RE.finditer(text)]
    masthead = _masthead(text)
    if masthead:
        found.append(masthead)
    out: List[str] = []
    for raw in found:
        name = _TRAILING_YEAR_RE.sub("", (raw or "").strip()).strip()
        key = fold(name)
        if (
            name[:1].isupper()
            and len(name.split()) <= _SITE_NAME_WORDS
            and not _DIGIT_RE.search(name)
            and key not in NAVIGATION_PHRASES
            and not key.startswith(("tous droits", "all rights", "photo", "credit"))
            and name not in out
        ):
            out.append(name)
    return out


def _has_copyright(text: str) -> bool:
    return "©" in text or "opyright" in text or "(c)" in text.lower()


# A footer line that opens with the site's name: "Bruxelles Direct – Tous droits réservés",
# "La Voix de la Côte – Mentions légales – Cookies", "Le Phare du Littoral – Rédaction : 03 …"
_FOOTER_RE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý][^\n|·–—,/:©.!?]{1,50}?)[ \t]+[–—-][ \t]+"
    r"(?:[Tt]ous droits réservés|Mentions légales|Rédaction\b|Nous contacter|Contact\b|Politique de confidentialité)",
    re.M,
)
_MENU_OPENERS = frozenset({"accueil", "menu"})  # a site's menu opens with these; a section's with its topics
# a table's header cell says what its column counts ("Décès dans la Manche"), a menu's entry names a section
_PHRASE_IN_CELL_RE = re.compile(r"\b(?:dans|au|aux|à|en|par|pour|sur|vers)\s", re.I)
_MENU_LINE_RE = re.compile(r"^[^\n|]{2,30}(?:[ \t]\|[ \t][^\n|]{2,30}){2,}$")
_BAR_RE = re.compile(r"[ \t]\|")


def _masthead(text: str) -> Optional[str]:
    """The page's first line that is not a navigation link, when a menu follows it
    ("Politique | International | Société"), or "Accueil" or "Menu" does and the page names
    it again (its footer); a section's name ("Bretagne" over "Sports") is neither."""
    lines = [line.strip() for line in text[:1000].split("\n")]
    for i, line in enumerate(lines[:-1]):
        if not line or fold(line) in NAVIGATION_PHRASES:
            continue
        if _NOT_IN_NAMES_RE.search(line) or re.search(r"[.!?:;,]", line) or _MENU_LINE_RE.match(line):
            return None
        after = lines[i + 1]
        if _MENU_LINE_RE.match(after) or (fold(after) in _MENU_OPENERS and text.count(line) > 1):
            return re.split(r"\s[–—]\s", line, maxsplit=1)[0]  # "Atlántico Diario – Édition en français"
        return None
    return None


_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n")
# Words that open a page's own lines (bylines, players, sharing): a name never goes on into them.
PAGE_ACTIONS = frozenset(
    "publie publiee ecouter envoyer partager imprimer commentaires telecharger abonnez modifie mis".split()
)
# First words of a release's label line ("Communiqué de presse – Perpignan, le 20 janvier"): a
# page's own words, which no name goes on with.
RELEASE_LABELS = frozenset("communique communiques declaration note notes bulletin flash".split())
# Characters no name contains: table cells, e-mail addresses, links, the fields of a CSV or
# JSON row (';"Agadez' is a cell's opening, not the end of "OIM").
_NOT_IN_NAMES_RE = re.compile(r"[|@<>{}\[\]=\\/#;\"]")
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
        cut = surface.find("\n")
        after = surface[cut + 1 :].split() if cut > 0 else []
        if after and fold(after[0]) in PAGE_ACTIONS | RELEASE_LABELS:
            # "Par Julie Vandenberghe⏎Publié le …", "Partager sur WhatsApp⏎Envoyer par e-mail",
            # "Préfecture des Pyrénées-Orientales⏎Communiqué de presse": the next line is the page's
            # (an action, the label of a release), not the rest of a name
            start, end = _strip_span(text, start, start + cut)
            surface = text[start:end]
    if start >= end or _NOT_IN_NAMES_RE.search(surface) or not _LETTER_RE.search(surface):
        return None
    if _DIGIT_RE.search(surface):  # rare: count only then
        if sum(c.isdigit() for c in surface) > sum(c.isalpha() for c in surface):
            return None
    return start, end


# Above this share of its visible characters in menus and debris, a document is mostly
# page furniture: its record says so rather than coming back empty without a word.
MOSTLY_FURNITURE = 0.5


def furniture_share(text: str, ranges: List[Tuple[int, int]]) -> float:
    """The share of the text's non-blank characters that lie in `ranges` (merged, sorted)."""
    visible = len(text) - sum(text.count(c) for c in " \n\t\r\u00a0")
    if visible <= 0:
        return 0.0
    inside = sum(e - s - sum(text.count(c, s, e) for c in " \n\t\r\u00a0") for s, e in ranges)
    return inside / visible
