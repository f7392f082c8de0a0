"""Instruments named by number or in the plural: ILO conventions ("n° 143", "C189"), EU
acts ("la directive 2008/115/CE") and plural references ("ses deux protocoles", "les
conventions de 1954 et de 1961").  The id follows from the number or from the
instrument just named.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence

from migtext.core.regexes import compile_skipping
from migtext.core.text import Word, fold, phrase_key
from migtext.instruments.fuzzy import same_word, word_overlap
from migtext.instruments.kb import (
    FUNCTION_WORDS,
    HEADS,
    Instrument,
    InstrumentMention,
    children,
    clean_title,
    load_instruments,
)
from migtext.instruments.scan import (
    BARRIERS,
    COMPLEMENT_STOP,
    YEAR_TAIL,
    Found,
    Scan,
    TextView,
    add_mention,
    complement_end,
    extend_end,
    overlaps_found,
    year_of,
)

# 2. numbered references ---------------------------------------------------------

_ILO_ORG = r"(?:de\s+l'\s*|du\s+)?(?:oit|bit|organisation\s+internationale\s+du\s+travail)\b"
_NUMBER_MARK = r"(?:n\s*[°o]\.?|nº|numero)"
_ILO_RE = Scan(
    ("convention", "recommandation"),
    rf"\b(?P<head>conventions?|recommandations?)\s*(?P<org1>{_ILO_ORG}\s*)?\(?\s*(?P<mark>{_NUMBER_MARK}\s*)?"
    rf"(?P<nums>\d{{1,3}}(?:\s*(?:,|et)\s*(?:{_NUMBER_MARK}\s*)?\d{{1,3}})*)\b\s*\)?"
    rf"(?P<org2>\s*(?:,\s*)?{_ILO_ORG})?",
)
_ILO_NEARBY = re.compile(r"\b(?:oit|bit|organisation internationale du travail|ilo)\b")
# NORMLEX codes written as such: "la C189", "la convention C-143", "la R201"
_ILO_CODE_RE = compile_skipping(r"\b(?:[Cc]onvention\s+|[Rr]ecommandation\s+)?(?P<kind>[CPR])-?(?P<num>\d{2,3})\b")
# What every such code holds, found fast (a pattern that opens with a character class)
_ILO_CODE_HINT = re.compile(r"[CPR]-?\d\d")
# Near a code, the words of labour standards: "ratifié la C189", "la convention C143".
_ILO_CODE_CONTEXT = re.compile(
    r"\b(?:oit|bit|organisation internationale du travail|ilo|ratifi\w*|conventions?|recommandations?"
    r"|travailleu(?:r|rs|se|ses)|normes? (?:internationales? )?du travail)\b"
)
_ILO_PREFIX = {"convention": "C", "conventions": "C", "recommandation": "R", "recommandations": "R"}


def ilo_codes(t: TextView, found: Found) -> None:
    """ "C189" is the ILO's own code: linked when the table has it and the ILO is named nearby."""
    table = load_instruments()
    for m in _ILO_CODE_RE.finditer(t.text) if _ILO_CODE_HINT.search(t.text) else ():
        inst_id = f"ilo:{m.group('kind')}{int(m.group('num')):03d}"
        window = t.folded[max(0, m.start() - 150) : m.end() + 150]
        # a code of the table near the words of labour standards; a recommendation's near the ILO
        context = _ILO_CODE_CONTEXT if inst_id in table else _ILO_NEARBY if m.group("kind") == "R" else None
        if context is not None and context.search(window) and not overlaps_found(m.start(), m.end(), found):
            end = extend_end(t, m.start(), m.end(), None)
            org = re.match(rf"\s*{_ILO_ORG}", t.folded[end:])
            if org and re.search(r"OIT|BIT|[Oo]rganisation", t.text[end : end + org.end()]):
                end += org.end()
            add_mention(found, InstrumentMention(m.start(), end, (inst_id,), "grammar", 0.9))


def ilo_references(t: TextView, found: Found) -> None:
    table = load_instruments()
    for m in _ILO_RE.finditer(t.folded):
        org = m.group("org1") or m.group("org2")
        if org and not re.search(r"OIT|BIT|[Oo]rganisation", t.text[m.start() : m.end()]):
            org = None  # "bit" in lowercase is not the ILO's office
        numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group("nums"))]
        prefix = _ILO_PREFIX[m.group("head")]
        ids = tuple(sorted({f"ilo:{prefix}{n:03d}" for n in numbers}))
        known = all(i in table for i in ids)
        window = t.folded[max(0, m.start() - 150) : m.end() + 150]
        if org and m.group("org2"):
            end = m.end("org2")
        else:  # not m.end(): the pattern's "\s*\)?" after the number may end on a space
            end = m.end("nums") + (1 if t.text[m.end("nums") : m.end("nums") + 1] == ")" else 0)
        tail_end = _ilo_title_tail(t, end, table[ids[0]]) if len(ids) == 1 and ids[0] in table else end
        nearby = _ILO_NEARBY.search(window)
        # "la convention 97 sur les travailleurs migrants": a number and its own title is enough
        if not (org or (m.group("mark") and (known or nearby)) or (known and (nearby or tail_end > end))):
            continue
        end = extend_end(t, m.start(), tail_end if tail_end > end else complement_end(t, end), year_of(ids))
        m_year = re.match(r"\s*,\s*(\d{4})\b", t.folded[end:])
        if m_year and year_of(ids) == int(m_year.group(1)):
            end += m_year.end()
        add_mention(found, InstrumentMention(m.start(), end, ids, "grammar", 0.95 if known else 0.85))


def _ilo_title_tail(t: TextView, end: int, inst: Instrument) -> int:
    """Extend "convention n° 189" over "sur les travailleuses et travailleurs domestiques"."""
    tail = [k for k in phrase_key(clean_title(inst.title_fr.split(")", 1)[-1])) if k[0].isalpha()]
    i = t.word_at(end)
    matched, last_end = 0, end
    while i is not None and i < len(t.words) and matched < len(tail) and same_word(t.words[i].key, tail[matched]):
        last_end = t.words[i].end
        matched += 1
        i += 1
    return last_end if matched >= 3 else end


_EU_RE = Scan(
    ("reglement", "directive", "decision"),
    r"\b(?P<head>reglement|directive|decision)(?:\s+(?:europeenne?|communautaire|d'execution|delegue|cadre))?"
    r"\s*(?:\(\s*(?:ue|ce|cee)(?:\s*,\s*euratom)?\s*\)|(?:ue|ce|cee)\b)?\s*(?:n\s*[°o]\.?|nº)?\s*"
    r"(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})(?:\s*/\s*(?P<suffix>ce|ue|cee|jai)\b)?",
)
_EU_TYPE = {"reglement": "R", "directive": "L", "decision": "D"}


def celex_number(act: str, first: int, second: int, has_suffix: bool = False) -> Optional[str]:
    """CELEX number of an EU act cited as "2008/115/CE", "n° 604/2013" or "2016/399".

    Directives put the year first; regulations and decisions put the number first until
    2014 and the year first from 2015 on ("(UE) 2016/399").
    """

    def plausible(n: int) -> bool:
        return 1958 <= n <= 2099

    def two_digit(n: int) -> bool:
        return 58 <= n <= 99

    if act == "directive":
        if plausible(first):
            year, number = first, second
        elif two_digit(first):
            year, number = 1900 + first, second
        else:
            return None
    elif plausible(first) and (not plausible(second) or second >= 2015):
        year, number = first, second
    elif plausible(second):
        year, number = second, first
    elif has_suffix and two_digit(first):
        year, number = 1900 + first, second
    else:
        return None
    return f"3{year}{_EU_TYPE[act]}{number:04d}"


def eu_references(t: TextView, found: Found) -> None:
    for m in _EU_RE.finditer(t.folded):
        celex = celex_number(m.group("head"), int(m.group("a")), int(m.group("b")), bool(m.group("suffix")))
        if celex is None:
            continue
        ids = (f"celex:{celex}",)
        known = ids[0] in load_instruments()
        end = complement_end(t, extend_end(t, m.start(), m.end(), None))
        add_mention(found, InstrumentMention(m.start(), end, ids, "grammar", 0.95 if known else 0.85))


# 3. plural references to the protocols of a named instrument ----------------------

_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "2": 2, "3": 3, "4": 4}
_REFERENCE_RE = Scan(
    ("protocole", "convention"),
    r"\b(?P<det>ses|leurs|leur|son|sa|les|ces)\s+(?:(?P<num>deux|trois|quatre|[234])\s+)?"
    r"(?P<head>protocoles?|conventions?)(?P<adj>(?:\s+(?:additionnels?|facultatifs?|se\s+rapportant))*)\b",
)
_COMPLEMENT_START = re.compile(r"\s+(?:sur|relatifs?\s+(?:a|au|aux)|contre|concernant|visant|additionnels?\s+a)\b")


def plural_references(t: TextView, found: Found) -> None:
    for m in _REFERENCE_RE.finditer(t.folded):
        det, head = m.group("det"), m.group("head")
        plural = head.endswith("s")
        possessive = det in ("ses", "leurs", "leur", "son", "sa")
        if not possessive and not m.group("num") and not m.group("adj"):
            continue  # "les conventions": a common noun
        end = m.end()
        year = None
        dated = YEAR_TAIL.match(t.folded, end)
        if dated and possessive and not plural:
            end, year = dated.end(), int(dated.group(0)[-4:])  # "son protocole de 2014"
        c = _COMPLEMENT_START.match(t.folded, end)
        complement: List[Word] = []
        if c:
            for w in t.words_from(end):
                if w.key in BARRIERS or w.key in (",", "(", ")") or (w.key in COMPLEMENT_STOP and complement):
                    break
                complement.append(w)
                if len(complement) >= 12:
                    break
            if complement:
                end = complement[-1].end
        refers = possessive and (plural or t.text[m.start("head")].islower())
        named = [f for f in found.overlapping(m.start("head"), end) if f.start == m.start("head") and f.ids]
        if named and refers and len(named) == 1 and named[0].end >= end:
            # "son protocole de 1967": the table names the protocol; the possessive joins its span
            add_mention(found, InstrumentMention(m.start(), named[0].end, named[0].ids, "context", named[0].score))
            continue
        parent = _parent_before(m.start(), end, found)
        if parent is None:
            continue
        kind = HEADS[head.rstrip("s")]
        kids = [k for k in children(parent.ids, kind) if year is None or k.year == year]
        if not kids:
            continue
        count = _NUMBERS.get(m.group("num") or "", 0 if plural else 1)
        keys = " ".join(w.key for w in complement)
        cued = [k for k in kids if any(re.search(rf"\b{re.escape(fold(c))}", keys) for c in k.cues)]
        if cued and not (count and len(cued) < count == len(kids)):
            chosen = cued
        elif count == len(kids) or (plural and not count):
            chosen = kids
        else:
            chosen = []
        # The possessive makes a common noun refer ("ses deux protocoles", "son protocole de 2014");
        # before a capitalised name ("son Protocole de 1967") it is a determiner, outside the span.
        start = m.start() if refers else m.start("num") if m.group("num") else m.start("head")
        ids = tuple(sorted(k.id for k in chosen))
        add_mention(found, InstrumentMention(start, end, ids, "context", 0.8 if ids else 0.6))


_YEARS_RE = Scan(
    ("conventions", "protocoles", "pactes", "declarations"),
    r"\b(?P<head>conventions|protocoles|pactes|declarations)\s+de\s+(?P<years>(?:19|20)\d\d"
    r"(?:\s*,\s*(?:de\s+)?(?:19|20)\d\d)*\s+et\s+(?:de\s+)?(?:19|20)\d\d)(?!\d)",
)


def plural_with_years(t: TextView, found: Found) -> None:
    """ "les conventions de 1954 et de 1961 sur l'apatridie": one instrument per year."""
    for m in _YEARS_RE.finditer(t.folded):
        kind = HEADS[m.group("head")[:-1]]
        end = complement_end(t, m.end())
        topic = [k for k in phrase_key(t.text[m.end() : end]) if k.isalpha() and k not in FUNCTION_WORDS]
        ids: List[str] = []
        for year in re.findall(r"\d{4}", m.group("years")):
            same = [i for i in load_instruments().values() if i.kind == kind and i.year == int(year)]
            if len(same) > 1 and topic:
                same = [i for i in same if word_overlap(topic, _all_name_words(i)) == 1.0]
            if len(same) != 1:
                ids = []
                break
            ids.append(same[0].id)
        add_mention(found, InstrumentMention(m.start(), end, tuple(sorted(ids)), "grammar", 0.85 if ids else 0.6))


# 3b. an additional protocol named by its parent and its subject ------------------

_ADDITIONAL_RE = Scan(
    ("protocole",),
    r"\bprotocoles?\s+(?:additionnels?|facultatifs?)\s+(?:a|au|aux|se\s+rapportant\s+a)\s+(?:la\s+|le\s+|l'\s*)?",
)
_SUBJECT_OPENER = re.compile(
    r"\s*,?\s*(?:visant|contre|relati(?:f|ve)|concernant|sur|portant|se\s+rapportant|pour|afin)\b"
)
MAX_SUBJECT_WORDS = 30


def _subject_end(t: TextView, start: int) -> int:
    """End of a protocol's subject after its parent's title ("visant à prévenir, réprimer et
    punir la traite des personnes, en particulier des femmes et des enfants"): lower-case
    words and commas, up to a verb, a capital, a clause's punctuation or a blank line."""
    if _SUBJECT_OPENER.match(t.folded, start) is None:
        return start
    last, n = start, 0
    for w in t.words_from(start):
        if w.key == ",":
            continue
        if not w.key.isalpha() or w.start in t.verbs or w.key in COMPLEMENT_STOP or not t.text[w.start].islower():
            break
        if t.text[last : w.start].count("\n") > 1 or n >= MAX_SUBJECT_WORDS:
            break
        last, n = w.end, n + 1
    return last


def additional_protocols(t: TextView, found: Found) -> None:
    """ "le Protocole additionnel à la Convention des Nations unies contre la criminalité
    transnationale organisée visant à prévenir ... la traite des personnes": one mention,
    the parent's protocol that the subject's cue words pick (none when they pick none)."""
    for m in _ADDITIONAL_RE.finditer(t.folded):
        parent = next((f for f in found.overlapping(m.end(), m.end() + 1) if f.start == m.end() and f.ids), None)
        if parent is None:
            continue
        end = _subject_end(t, parent.end)
        keys = " ".join(k for k in phrase_key(t.text[parent.end : end]) if k.isalpha())
        kids = children(parent.ids, "protocol")
        cued = [k for k in kids if any(re.search(rf"\b{re.escape(fold(c))}", keys) for c in k.cues)]
        ids = (cued[0].id,) if len(cued) == 1 else ()
        add_mention(found, InstrumentMention(m.start(), max(end, parent.end), ids, "grammar", 0.85 if ids else 0.6))


def _all_name_words(inst: Instrument) -> List[str]:
    return [k for form in (inst.title_fr, *inst.aliases) for k in phrase_key(form) if k.isalpha()]


def _parent_before(start: int, end: int, found: Sequence[InstrumentMention]) -> Optional[InstrumentMention]:
    """The instrument named in the reference's complement, else the nearest one before it."""
    inside = [f for f in found if start <= f.start and f.end <= end and f.ids]
    if inside:
        return inside[0]
    before = [f for f in found if f.end <= start and start - f.end <= 300 and f.ids]
    return max(before, key=lambda f: f.end) if before else None
