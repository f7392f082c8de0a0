"""Where a page flattened onto one line had its line breaks.

A scraped page stored as a CSV or JSONL cell keeps its menus, breadcrumb trail, byline,
sharing buttons and headline on the line of its first paragraph: "Accueil Afrique
Amériques Europe Podcasts Rechercher Afrique › Soudan Soudan : … Par Jeanne Richard
Publié le 13/05/2025 Partager Depuis la mi-avril…". Read as running text, the menu's
entries become regions, "Jeanne Richard Publié" a person, "Société Loon-Plage" an
organisation. `page_breaks` finds the blanks that stood for line breaks, so that the
tokenizer's view (`migtext.pipeline.tokenizer`) puts them back (same length: a blank
becomes "\\n") and the page reads as it did, menus on lines of their own.

Only lines longer than `structure.FLATTENED_LINE_CHARS` are read: a written page has its
line breaks already.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

from migtext.core.text import fold, words
from migtext.page.rows import row_breaks
from migtext.page.structure import FLATTENED_LINE_CHARS, NAVIGATION_PHRASES

# A breadcrumb entry: a capitalised word and up to two lowercase ones ("Outre-mer", "Mises à
# jour", "Afrique de l'Ouest"); a capitalised word before it is the menu's ("Mon compte Accueil").
_ENTRY = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t](?:[a-zà-öø-ÿ][\w'’-]*|&))"+"{0,2}?"
# A breadcrumb trail up to its last separator: entries between "›" or ">" (one is enough:
# prose has none), or "»" (twice: it also closes a quote).
_TRAIL_RE = re.compile(
    rf"(?<![\w'’])(?:{_ENTRY}[ \t]*[›>][ \t]*)+|(?<![\w'’]){_ENTRY}[ \t]*»[ \t]*(?:{_ENTRY}[ \t]*»[ \t]*)+"
)
_LOWER_WORDS_RE = re.compile(r"(?P<words>(?:[ \t]+[a-zà-öø-ÿ][\w'’-]*){1,2})[ \t]+(?=[A-ZÀ-ÖØ-Þ])")
_TRAIL_SEPARATOR_RE = re.compile(r"[ \t]*[›>»]")  # a word before it opens a trail, not a menu's
_CAPITALISED_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")
_YEAR_ENTRY_RE = re.compile(r"(?:19|20)\d\d(?=[ \t]+[A-ZÀ-ÖØ-Þ])")
# A page's own buttons and byline words, capitalised mid-line: "Julie Vandenberghe Publié le
# 04/12/2024", "Ouagadougou Partager", "Mis à jour le 18 juin".
_ACTION_RE = re.compile(
    r"(?<=\S)[ \t]+(?=(?:Publiée?|Mise?[ \t]+à[ \t]+jour[ \t]+(?:le|à)\b|Modifiée?|Partager|Imprimer|Envoyer"
    r"|Télécharger|Écouter)\b)"
)
# After a button on its own ("Partager", "Imprimer"), a capitalised word that is not what the
# button shares to starts the next line: "Partager Le réseau d'accueil…".
_AFTER_BUTTON_RE = re.compile(
    r"\b(?:Partager(?: l'article| cet article)?|Imprimer|Écouter)(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ«\"])"
)
# Where a button shares to, as written on the page.
_SHARE_TARGET_NAMES = ("Facebook", "X", "Twitter", "LinkedIn", "WhatsApp", "Courriel", "E-mail", "Email", "Bluesky",
                       "Telegram", "Messenger")
_SHARE_TARGETS = frozenset(fold(name) for name in _SHARE_TARGET_NAMES)
# A row of sharing buttons ends before the next capitalised word: "Partager Facebook X WhatsApp
# Le Journal de l'Île", "Partager sur Facebook Partager sur X Imprimer Contacts presse".
_TARGETS = "(?:" + "|".join(map(re.escape, _SHARE_TARGET_NAMES)) + ")"
_BUTTONS_RE = re.compile(
    r"\b(?:Partager|Imprimer)(?:[ \t:]+(?:(?:Partager[ \t]+)?(?:sur|par)[ \t]+)?" + _TARGETS
    + r"|[ \t]+Imprimer)+(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ])"
)
# A release's label on its own line, before its number, dateline or title: "Eurostat –
# Communiqué de presse 147/2025 – 9 décembre", "Communiqué de presse Varsovie, 22 octobre".
_RELEASE_LABEL_RE = re.compile(
    r"\b(?:Communiqués? de presse|Communiqué|Note aux (?:rédactions|médias)|Notes? d'information|Points? de presse"
    r"|Mises? à jour (?:opérationnelle|flash|humanitaire)|Rapports? de situation|Alertes? flash)"
    r"(?: conjoint)?(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ0-9])"
)
_RELEASE_HEAD_CHARS = 600
# Before a release's label in a page's head, after a name: "Secrétariat d'État aux migrations SEM
# Communiqué | Statistique en matière d'asile" (the banner, then the label line).
_BEFORE_LABEL_RE = re.compile(r"(?<=[\w)])(?P<blank>[ \t]+)(?=Communiqués?(?: de presse)?[ \t]*[|–—:-])")
# A page's first link, to skip its menus, is a line of its own: "Aller au contenu principal
# Eurostat Données Actualités", whatever follows it (the site's name, a language switcher).
_SKIP_LINK_RE = re.compile(
    r"\b(?:Aller|Passer) (?:directement )?au (?:contenu(?: principal)?|menu(?: principal)?)(?P<blank>[ \t]+)(?=\S)"
)
# A language switcher is a line of its own: "… Gobierno de España ES | EN | FR Menu Accueil",
# "… de l'immigration Langue : FR | IT Menu".
_LANGUAGES = "FR|EN|DE|IT|ES|PT|NL|PL|EL|AR|RU|ZH|TR|UK|RO|SV|DA|FI|CS|HU|BG|HR|SK|SL|LT|LV|ET|MT|GA|FA|PS|SW"
_SWITCHER_RE = re.compile(
    rf"(?<=\S)(?P<before>[ \t]+)(?:Langues?[ \t]*:[ \t]*)?(?:{_LANGUAGES})(?:[ \t]*[|/·][ \t]*(?:{_LANGUAGES}))+\b"
    r"(?P<after>[ \t]+(?=\S))?"
)
# A site's "Menu" button opens its menu's line: "Secrétariat d'État aux migrations SEM Menu Accueil Asile".
_MENU_BUTTON_RE = re.compile(r"(?<=\S)(?P<blank>[ \t]+)(?=Menu[ \t]+[A-ZÀ-ÖØ-Þ])")
# A contact's e-mail address or telephone number ends its line: "Contact presse : pref@guyane.gouv.fr
# – 05 94 39 45 00 Préfecture de la Guyane – 97307 Cayenne" (the name after it signs the release).
_CONTACT_END_RE = re.compile(
    r"(?:[\w.-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|(?:\+\d{1,3}[ \t])?\d{2,4}(?:[ \t.]\d{2,4}){2,5})"
    r"(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ])"
)
_CONTACT_RE = re.compile(r"(?:Contacts?|Renseignements|Tél|tél|Téléphone|Courriel|E-mail)\b|@")
_CONTACT_CHARS = 120  # a contact's label this far before its address or number
# A bullet opens a list's item, on a line of its own: "… autres départements : 101 000 • Près de
# 240 000 déplacés vivent dans 246 sites" (a sentence or a count after it, not a menu's next label).
_BULLET_RE = re.compile(r"(?<=\S)(?P<blank>[ \t]+)(?=•[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+[a-zà-öø-ÿ\d]|\d))")
# A heading in capitals after a sentence's end opens its line: "… vers les camps de la province.
# RÉFUGIÉS SOUDANAIS DANS LES CAMPS DU OUADDAÏ (au 28 février 2026)" (two words of capitals at least).
_CAPITALS_HEADING_RE = re.compile(
    r"(?<=[.!?»])(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ]{3,}[ \t]+(?:(?:DE|DU|DES|LA|LE|LES|ET|EN|AU|AUX|À|D'|L')[ \t]*)?"
    r"[A-ZÀ-ÖØ-Þ]{3,}\b)"
)
# After a heading in capitals, its paragraph's first word opens a line: "RETOURS DEPUIS L'ÉTRANGER
# Depuis le 1er janvier, …", "CHIFFRES CLÉS Personnes dans le besoin : 4,4 millions".
_AFTER_CAPITALS_RE = re.compile(r"(?<=[A-ZÀ-ÖØ-Þ]{2})(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+[ \t,]+[\w«])")
_HEADING_WORDS = 2  # words in capitals before it, at least
# Two blanks or more between words: a paragraph break, flattened without collapsing blanks.
_DOUBLE_BLANK_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
# A sentence never goes on with a capitalised word that cannot open a name ("… met l'oasis sous
# pression Dans le sud-est libyen, …"): a title or heading ended there. ("Le", "La", "Les", "El"
# open places, "à La Restinga", and are left out.)
_OPENER_RE = re.compile(
    r"(?<=[a-zà-öø-ÿ0-9»)])(?P<blank>[ \t]+)(?=(?:Dans|Depuis|Selon|D'après|D’après|Plus|Près|Pour|Alors|Après"
    r"|Avant|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|Nous|On|Si|Mais|Pourtant|Quelque|Environ|Au|Aux|Entre|Chaque"
    r"|Face|Malgré|Un|Une|Des|À|Parmi|Lors|Cependant|Toutefois|Ainsi|Jusqu'ici|Mardi|Lundi|Mercredi|Jeudi"
    r"|Vendredi|Samedi|Dimanche|Communiqués?|En|Du|Sur|Par|Fin|Début|Enfin|Outre)(?![\w'’-]))"
)
# Words after which a capitalised word goes on a sentence ("arrivés à Dans…" never, "à Au" is a name).
_GOES_ON = frozenset(
    "à a de d du des en au aux le la les l et ou vers par pour sur sous entre chez avec sans dont que qui "
    "selon depuis dans contre".split()
)
# In a page's head, a dateline's date ends its line ("Varsovie, le 13 novembre 2025 Frontex : les
# franchissements…"), and a place with a dash after a date is a dateline without a date of its own
# ("Communiqué de presse | 12 novembre 2024 Port-au-Prince – Plus de 27 000…").
_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_PLACE_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
_DATELINE_DATE_RE = re.compile(
    rf"{_PLACE_WORDS},[ \t]+(?:le[ \t]+)?(?:1er|\d{{1,2}})[ \t]+(?:{_MONTHS})[ \t]+(?:19|20)\d\d"
    r"(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ])"
)
_PLACE_AFTER_DATE_RE = re.compile(
    rf"(?:{_MONTHS})[ \t](?:19|20)\d\d(?P<blank>[ \t]+)(?={_PLACE_WORDS}[ \t]+[–—][ \t]+[A-ZÀ-ÖØ-Þ«])"
)
_HEAD_DATELINE_CHARS = 1500
# In a page's head, a date a label ends ("Note d'information n° 6 | 20 juin 2025 Bureau de la
# coordination …", "Dernière mise à jour : 28 mai 2026 Bureau …") ends its line: what opens
# with a capital after it is the next line (the publisher's name, a heading).
_DATE_THEN_CAPITAL_RE = re.compile(
    rf"(?<![\w,])(?:1er|\d{{1,2}})[ \t]+(?:{_MONTHS})[ \t]+(?:19|20)\d\d(?P<blank>[ \t]+)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
# A menu written on one line: at least three labels, a third of its words or more.
_MENU_LABELS = 3
_LABEL_WORDS = 3  # the longest label, in words ("partager sur facebook")
_MENU_SEPARATORS = frozenset("|·•/")
# A headline written twice in a row (the page's title, then its heading): at least this many words.
_TITLE_WORDS = (4, 30)
_HEAD_CHARS = 2000
_SENTENCE_END_RE = re.compile(r"[ \t]*[.!?]")
_COLON_RE = re.compile(r"[ \t]*:")


def page_breaks(text: str, written_blank: Optional[Callable[[int], bool]] = None) -> List[int]:
    """Offsets of blanks (a space or tab) of `text`'s flattened lines that stood where a
    line break was, sorted; [] for a text without a flattened line. `written_blank(i)` says
    whether the blank at `i` was written as one, not markup blanked by the view ("le <a
    href=…>HCR</a>" has two runs of blanks there, no paragraph's end)."""
    out: set = set()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) > FLATTENED_LINE_CHARS:
            out.update(_line_breaks(text, start, end, written_blank))
        start = end + 1
    return sorted(pos for pos in out if text[pos] in " \t")


def _line_breaks(text: str, start: int, end: int, written_blank: Optional[Callable[[int], bool]]) -> List[int]:
    """The blanks of one flattened line (`start`, `end`) that each kind of page furniture ends or opens."""
    out: List[int] = []
    for m in _TRAIL_RE.finditer(text, start, end):
        out += [m.start() - 1, _trail_end(text, m.end(), end)]
    out += [m.end() - 1 for m in _ACTION_RE.finditer(text, start, end)]
    for m in _AFTER_BUTTON_RE.finditer(text, start, end):
        following = text[m.end() : m.end() + 12].split()
        if following and fold(following[0]) not in _SHARE_TARGETS:
            out.append(m.start("blank"))
    for m in _DOUBLE_BLANK_RE.finditer(text, start, end):  # a paragraph's end: a blank line, as it was
        if written_blank is None or all(map(written_blank, range(m.start(), m.end()))):
            out += [m.start(), m.start() + 1]
    out += [m.start("blank") for m in _SKIP_LINK_RE.finditer(text, start, min(end, start + _HEAD_CHARS))]
    out += [m.start("blank") for m in _MENU_BUTTON_RE.finditer(text, start, min(end, start + _HEAD_CHARS))]
    out += [m.start("blank") for m in _BULLET_RE.finditer(text, start, end)]
    out += [m.start("blank") for m in _CAPITALS_HEADING_RE.finditer(text, start, end)]
    for m in _AFTER_CAPITALS_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 60) : m.start()].split()[-_HEADING_WORDS:]
        if len(before) == _HEADING_WORDS and all(w.isupper() and len(w) > 1 for w in before):
            out.append(m.start("blank"))
    out += [m.start("blank") for m in _CONTACT_END_RE.finditer(text, start, end)
            if "@" in m.group() or _CONTACT_RE.search(text, max(start, m.start() - _CONTACT_CHARS), m.start())]
    for m in _SWITCHER_RE.finditer(text, start, min(end, start + _HEAD_CHARS)):
        out += [m.start("before")] + ([m.start("after")] if m.group("after") else [])
    out += [m.start("blank") for m in _BUTTONS_RE.finditer(text, start, end)]
    out += [m.start("blank") for m in _RELEASE_LABEL_RE.finditer(text, start, min(end, start + _RELEASE_HEAD_CHARS))]
    out += [m.start("blank") for m in _BEFORE_LABEL_RE.finditer(text, start, min(end, start + _RELEASE_HEAD_CHARS))]
    head = min(end, start + _HEAD_DATELINE_CHARS)
    out += [m.start("blank") for m in _DATELINE_DATE_RE.finditer(text, start, head)]
    out += [m.start("blank") for m in _PLACE_AFTER_DATE_RE.finditer(text, start, head)]
    for m in _DATE_THEN_CAPITAL_RE.finditer(text, start, head):
        before = text[max(start, m.start() - 40) : m.start()].split()
        if before and fold(before[-1]).strip("'’") not in ("le", "du", "au", "depuis", "jusqu", "avant", "apres"):
            out.append(m.start("blank"))  # not "depuis le 12 mars 2025 Le HCR …" inside a sentence
    for m in _OPENER_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 20) : m.start()].split()
        if before and fold(before[-1]).strip("'’") not in _GOES_ON:
            out.append(m.start("blank"))
    out += _menu_breaks(text, start, end)
    out += _repeated_title_breaks(text, start, min(end, start + _HEAD_CHARS))
    out = sorted({pos for pos in out if start <= pos < end})
    # the rows of a table or list, read line by line once the lines above are back
    for a, b in zip([start, *(pos + 1 for pos in out)], [*out, end], strict=True):
        out += row_breaks(text, a, b)
    return out


def _trail_end(text: str, at: int, end: int) -> int:
    """Where a breadcrumb trail's last entry ends, the headline after it: of the capitalised
    words after the last separator, the first half of a repeated run ("El Hierro El Hierro :"),
    else all but the last, which opens the headline ("Société Accueil des demandeurs",
    "Asie Pakistan : des Afghans")."""
    run = []
    pos = at
    while len(run) < 2 * _LABEL_WORDS:
        m = _CAPITALISED_RE.match(text, pos, end)
        if m is None:
            break
        run.append(m)
        pos = m.end()
        while pos < end and text[pos] in " \t":
            pos += 1
    if not run:
        year = _YEAR_ENTRY_RE.match(text, at, end)  # "Accueil › Actualités › 2025 Frontex – Actualité"
        return year.end() if year else at
    if len(run) == 1:  # "Communiqués de presse Lutte contre…": an entry of lowercase words too
        lower = _LOWER_WORDS_RE.match(text, run[0].end(), end)
        if lower is not None:
            return lower.end("words")
    keys = [fold(m.group()) for m in run]
    half = len(run) // 2
    if len(run) % 2 == 0 and keys[:half] == keys[half:]:
        return run[half - 1].end()
    return run[max(0, len(run) - 2)].end()


def _menu_breaks(text: str, start: int, end: int) -> List[int]:
    """Blanks before and after a menu written inside a line: from its first label to its
    last, a run of capitalised words (and separators) of which labels are a third or more."""
    ws = [w for w in words(text[start:end]) if w.key not in _MENU_SEPARATORS]  # "Politique | Société"
    keys = [w.key for w in ws]
    out: List[int] = []
    i = 0
    while i < len(ws):
        labels: List[Tuple[int, int]] = []  # (first word, last word + 1) of each label
        j = i
        while j < len(ws) and not _TRAIL_SEPARATOR_RE.match(text, start + ws[j].end):
            n = next((n for n in range(min(_LABEL_WORDS, len(ws) - j), 0, -1)
                      if " ".join(keys[j : j + n]) in NAVIGATION_PHRASES), 0)
            if n:
                labels.append((j, j + n))
                j += n
            elif text[start + ws[j].start].isupper() and _joined(text, start, ws, j):
                j += 1
            else:
                break
        if labels and _COLON_RE.match(text, start + ws[labels[-1][1] - 1].end):
            labels.pop()  # "… Partager Contact presse : pref@…": a field's label, not the menu's
        if len(labels) >= _MENU_LABELS:
            first, last = labels[0][0], labels[-1][1]
            if 3 * len(labels) >= last - first:
                out += [start + ws[first].start - 1, start + ws[last - 1].end]
        i = max(j, i + 1)
    return out


def _joined(text: str, start: int, ws, j: int) -> bool:
    """Whether word `j` follows the word before it with only blanks or menu separators between."""
    if j == 0:
        return True
    between = text[start + ws[j - 1].end : start + ws[j].start]
    return all(c in " \t" or c in _MENU_SEPARATORS for c in between)


def _repeated_title_breaks(text: str, start: int, end: int) -> List[int]:
    """The blank between two copies of a headline written twice in a row, and after the
    second ("… l'incendie de Lipa Bosnie-Herzégovine : l'OIM demande … de Lipa Sarajevo, 29
    décembre 2020 –"): the page's title, then its heading."""
    ws = words(text[start:end])
    keys = [w.key for w in ws]
    low, high = _TITLE_WORDS
    seen: Dict[str, List[int]] = {}  # word -> where it was, to find a copy's start
    for j, key in enumerate(keys):
        for i in reversed(seen.get(key, ())):
            n = j - i
            if n > high:
                break
            if (
                n >= low
                and keys[i:j] == keys[j : j + n]
                and text[start + ws[i].start].isupper()
                and keys[j + n : j + 2 * n] != keys[i:j]  # a text said over and over is no title
                and not _SENTENCE_END_RE.match(text, start + ws[j - 1].end)  # a title ends without a stop
            ):
                return [start + ws[j].start - 1, start + ws[j + n - 1].end]
        seen.setdefault(key, []).append(j)
    return []
