"""Scraped-page structure: which parts of a text are navigation, menus or HTML debris.

Pages copied from agency websites start with menus ("Qui sommes nous", "Partenariats",
"Engagez-vous"), repeat headings, and end with markup fragments.  No entity is taken
from these parts; the rest of the text is kept, offsets untouched.
"""

from __future__ import annotations

import re
from typing import List, Tuple

from migtext.text import fold, words

# Menu and navigation labels of French agency and news sites, folded.
NAVIGATION_PHRASES = frozenset(
    fold(p)
    for p in """
qui sommes nous|qui sommes-nous|notre travail|ce que nous faisons|où travaillons-nous|
partenariats|agir|travailler avec nous|engagez-vous|données et recherche|structure|
structure organisationnelle|accueil|actualités|communiqués de presse|salle de presse|
médias|publications|ressources|contact|contacts|nous contacter|contactez-nous|
rechercher|recherche|menu|fermer|partager|imprimer|newsletter|s'abonner|abonnez-vous|
plan du site|mentions légales|politique de confidentialité|cookies|aller au contenu|
aller au contenu principal|passer au contenu principal|lire la suite|en savoir plus|
voir plus|retour|retour en haut|suivez-nous|faire un don|donner|emplois|carrières|
à propos|a propos|nos bureaux|histoire|mission|gouvernance|documents|faits et chiffres|
événements|evenements|vidéos|photos|podcasts|blog|langue|english|español|français|
connexion|se connecter|inscription|tweeter|facebook|twitter|linkedin|instagram|youtube
""".replace("\n", "").split("|")
    if p.strip()
)

_DEBRIS_RE = re.compile(r'(?:mailto:|https?://|www\.|target=|title=|href=|class=|<[a-z/!]|/>|="|">)', re.I)
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
        elif _DEBRIS_RE.search(line):
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
    return out


def in_ranges(start: int, end: int, ranges: List[Tuple[int, int]]) -> bool:
    """True when [start, end) overlaps any of the ranges."""
    return any(start < e and s < end for s, e in ranges)
