"""LEGAL mentions in raw text: the title grammar and `find_mentions`, the finder of every
kind of mention.

News cites a treaty by its official title (often slightly reworded, broken across lines),
by a short name ("Convention de 1951", "Pacte de Marrakech", "CIDE"), by its number
("la convention n° 143 de l'OIT", "la directive 2008/115/CE") or as part of a plural
("ses deux protocoles sur le trafic et la traite des migrants").  Everything here works
on plain strings, so it is testable without spaCy; `component.py` only
turns the mentions into candidates.

Steps of `find_mentions`, each one only where the earlier ones found nothing (the
outermost mention wins, as in the resolver):
1. titles, short names and acronyms of the table (`PhraseIndex`, longest match), with
   "de 1951" or "de l'OIT" after them when they name the same instrument;
2. numbered references: ILO conventions ("n° 143", "C189") and EU acts ("2008/115/CE"):
   the id follows from the number, with the descriptive title that follows;
3. plural references: "ses deux protocoles sur ..." (the protocols of the instrument just
   named, picked by their cue words), "les conventions de 1954 et de 1961";
4. fuzzy titles (rapidfuzz ratio plus a check of the meaningful words), tried only at a
   head noun ("convention", "protocole", ...);
5. instruments outside the table, LEGAL without an id: a head noun with a proper name
   ("la déclaration de Lima", "l'accord UE-Turquie"), an organisation and a subject
   ("le protocole de l'IGAD sur la libre circulation"), laws and decrees by date, number
   or press name ("la loi immigration de 2024", "le décret 216 de 2021"), English Acts.
Bare common nouns ("la convention", "ce protocole") are never proposed.
"""

from __future__ import annotations

import re
from typing import Container, Dict, List, Optional, Sequence, Tuple

from migtext.core.regexes import compile_skipping
from migtext.core.text import Word, fold, phrase_key
from migtext.instruments.fuzzy import (
    FUZZY_MAX_EXTRA_WORDS,
    FUZZY_MIN_MARGIN,
    FUZZY_PREFILTER,
    fuzzy_titles,
    score_title,
    stem,
)
from migtext.instruments.kb import (
    FUNCTION_WORDS,
    PLURAL_HEADS,
    InstrumentMention,
    alias_index,
    context_aliases,
    national_codes,
)
from migtext.instruments.references import (
    additional_protocols,
    eu_references,
    ilo_codes,
    ilo_references,
    plural_references,
    plural_with_years,
)
from migtext.instruments.scan import (
    BARRIERS,
    COMPLEMENT_STOP,
    COMPLEMENT_VERBS,
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

# 1. names of the table ---------------------------------------------------------

_CEDH_COURT = re.compile(r"cour europeenne des droits de l'homme\s*\(\s*cedh\s*\)")
_CEDH_AS_TEXT = re.compile(
    r"(?:articles?\s+\d+\w*(?:\s*(?:,|et)\s*\d+\w*)*|violation|protocoles?(?:\s+n\s*°\s*\d+)?|ratifi\w*|signataires?"
    r"|au sens|en vertu|conformement)\s+(?:de\s+la|a\s+la|du)\s*$"
)


def _cedh_is_the_convention(t: TextView, start: int, previous: Sequence[InstrumentMention]) -> bool:
    """CEDH names the Court as often as the Convention: only its articles, its
    violation or an in-text definition after the Convention's title make it the text."""
    if _CEDH_COURT.search(t.folded):
        return False
    before = t.folded[max(0, start - 60) : start]
    if re.search(r"\(\s*$", before):
        return any(m.ids == ("coe:ETS-005",) and 0 <= start - m.end <= 3 for m in previous)
    return bool(_CEDH_AS_TEXT.search(before))


_BODY_SUFFIX = {
    "ilo:": r"(?:de\s+l'\s*(?:oit|organisation\s+internationale\s+du\s+travail)|du\s+bit)",
    "untc:": r"(?:des\s+nations\s+unies|de\s+l'\s*onu)",
    "au:": r"(?:de\s+l'\s*(?:ua|union\s+africaine|oua))",
    "coe:": r"(?:du\s+conseil\s+de\s+l'\s*europe)",
}


def _body_suffix(t: TextView, end: int, ids: Sequence[str]) -> int:
    """Take in "de l'OIT" after "Convention sur les travailleurs domestiques" (its adopting body)."""
    prefixes = {i.split(":")[0] + ":" for i in ids}
    if len(prefixes) != 1 or next(iter(prefixes)) not in _BODY_SUFFIX:
        return end
    m = re.match(r"\s+" + _BODY_SUFFIX[next(iter(prefixes))] + r"\b", t.folded[end:])
    return end + m.end() if m else end


def _number_after(t: TextView, end: int, ids: Sequence[str]) -> int:
    """Take in "(n° 189)" after "convention sur les travailleurs domestiques" (its ILO number)."""
    if len(ids) != 1 or not re.fullmatch(r"ilo:[CPR]\d{3}", ids[0]):
        return end
    number = int(ids[0][5:])
    m = re.match(rf"\s*\(\s*(?:n\s*[°o]\.?|nº|numero)?\s*0*{number}\s*\)", t.folded[end:])
    return end + m.end() if m else end


def _table_names(t: TextView, found: Found) -> None:
    for match in alias_index().iter_matches(t.text, t.words):
        ids, method = match.payloads[0]
        end = _number_after(t, _body_suffix(t, match.end, ids), ids)
        end = extend_end(t, match.start, end, year_of(ids))
        score = 1.0 if method == "exact" else 0.95
        add_mention(found, InstrumentMention(match.start, end, ids, method, score))
    # "CEDH" is not in the index (ambiguous with the Court): decided by context.
    for m in re.finditer(r"\bCEDH\b", t.text) if "CEDH" in t.text else ():
        if not overlaps_found(m.start(), m.end(), found) and _cedh_is_the_convention(t, m.start(), found):
            add_mention(found, InstrumentMention(m.start(), m.end(), ("coe:ETS-005",), "context", 0.85))


# 4. fuzzy titles ------------------------------------------------------------------


def _window_after_head(t: TextView, i: int, stop_at_verbs: bool, limit: int = 0) -> List[int]:
    """Word indexes after the head noun at i, up to a barrier (or a conjugated verb: a title
    holds none, "... sur les réfugiés | date de 1969"), and before word `limit` if given."""
    keys = t.keys
    window: List[int] = []
    for j in range(i, min(len(keys), i + 70, limit or len(keys))):
        if keys[j] in BARRIERS or (stop_at_verbs and j > i and t.words[j].start in t.verbs):
            break
        if keys[j][0].isalnum():
            window.append(j)
    return window


def _prefiltered(titles, t: TextView, window: List[int]) -> list:
    """The titles with enough of their meaningful words in the window to be worth scoring."""
    keys = t.keys
    window_stems = {stem(keys[j]) for j in window[1:] if keys[j] not in FUNCTION_WORDS}
    return [
        title
        for title in titles
        if max(2, title.n_words - FUZZY_MAX_EXTRA_WORDS) <= len(window)
        and len(title.stems & window_stems) >= FUZZY_PREFILTER * len(title.stems)
    ]


def _fuzzy_titles_at_heads(t: TextView, found: Found) -> None:
    titles_by_head = fuzzy_titles()
    keys = t.keys
    for i in [i for i, k in enumerate(keys) if k in titles_by_head]:
        word = t.words[i]
        titles = titles_by_head[word.key]
        # a short name may open a longer, reworded title: try to go further than it
        covering = found.overlapping(word.start, word.end)
        if covering and not (len(covering) == 1 and covering[0].start == word.start and covering[0].method == "alias"):
            continue
        # the meaningful words after the head, up to the end of the sentence; first without
        # looking for verbs (which needs the tagger): a window cut at a verb holds fewer words,
        # so titles that fail the wider window fail the cut one too
        window = _window_after_head(t, i, stop_at_verbs=False)
        wide = _prefiltered(titles, t, window)
        if not wide:
            continue
        # no title is scored on more words than its own and FUZZY_MAX_EXTRA_WORDS
        reach = max(title.n_words for title in wide) + FUZZY_MAX_EXTRA_WORDS + 1
        window = _window_after_head(t, i, stop_at_verbs=True, limit=window[min(reach, len(window)) - 1] + 1)
        # titles with enough of their meaningful words nearby; the others are not scored
        meaningful = [keys[j] for j in window[1:] if keys[j] not in FUNCTION_WORDS]
        candidates = _prefiltered(titles, t, window)
        if not candidates:
            continue
        # the window's first n words, joined, and how many of them are meaningful, for every n
        joined = [""]
        n_meaningful = [0]
        for n, j in enumerate(window):
            joined.append(f"{joined[-1]} {keys[j]}" if n else keys[j])
            n_meaningful.append(n_meaningful[-1] + (1 if n and keys[j] not in FUNCTION_WORDS else 0))
        # per instrument: its best score, and the longest window any of its names accepts
        scores: Dict[Tuple[str, ...], Tuple[float, int, float]] = {}
        for title in candidates:
            lo = max(2, title.n_words - FUZZY_MAX_EXTRA_WORDS)
            hi = min(len(window), title.n_words + FUZZY_MAX_EXTRA_WORDS)
            best_n, best_score = 0, 0.0
            for n in range(lo, hi + 1):
                score = score_title(joined[n], meaningful[: n_meaningful[n]], title)
                if score > best_score:
                    best_n, best_score = n, score
            if best_score:
                top, n, score_at_n = scores.get(title.ids, (0.0, 0, 0.0))
                if best_n > n:
                    n, score_at_n = best_n, best_score
                scores[title.ids] = (max(top, best_score), n, score_at_n)
        if not scores:
            continue
        ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
        ids, (top, n, score) = ranked[0]
        if len(ranked) > 1 and ranked[1][1][0] > top - FUZZY_MIN_MARGIN:
            continue  # two instruments fit almost equally well: do not guess
        if score:
            start, end = word.start, extend_end(t, word.start, t.words[window[n - 1]].end, year_of(ids))
            if not covering or end > covering[0].end:
                add_mention(found, InstrumentMention(start, end, ids, "fuzzy", score))


# 5. instruments outside the table ---------------------------------------------------

_NOT_NAMES = frozenset(
    """le la les l m mme mlle mm dr me pr janvier fevrier mars avril mai juin juillet aout
    septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche""".split()
)
_GENERIC_HEADS = frozenset({"declaration", "convention", "protocole", "pacte", "traite", "accord", "charte"})
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_LAW_TAIL = re.compile(
    rf"\s+(?:(?:de|du|en)\s+(?:19|20)\d\d(?!\d)|du\s+(?:1er|\d{{1,2}})\s+{_MONTH}\s+(?:19|20)\d\d|n\s*[°o]\s*\d[\d-]*\d)"
)
_LAW_TOPICS = r"(?:immigration|asile|integration|nationalite|sejour|separatisme)"
_TOPICAL_LAW = re.compile(rf"\s+{_LAW_TOPICS}(?:\s*(?:-|et)\s*{_LAW_TOPICS})*\b")


# "protocole de l'IGAD sur ...": an organisation's instrument, known by its subject
_ORG_INSTRUMENT_RE = Scan(
    ("convention", "protocole", "pacte", "traite", "charte"),
    r"\b(?:convention|protocole|pacte|traite|charte)s?\s+(?:de\s+l'\s*|du\s+|de\s+la\s+)",
)
# national decrees and orders cited by number: "décret 216 de 2021", "décret-loi n° 1/2023"
_DECREE_RE = Scan(
    ("decret", "decision", "ordonnance", "arrete", "loi"),
    r"\b(?:decret-loi|decret|decision|ordonnance|arrete|loi)"
    # "décret-loi royal 2/2025"
    r"(?:\s+(?:royal|presidentiel|legislatif|ministeriel|interministeriel|executif|gouvernemental|supreme))?"
    r"\s+(?:n\s*[°o]\.?\s*|nº\s*)?\d+(?:[-/.]\d+)*(?![\d/])"
    r"(?:\s+(?:de|du|en)\s+(?:19|20)\d\d(?!\d))?",
)
# "ont arrêté 680 000 migrants", "a décidé… la décision 3 000": a verb before the word, or a
# number that goes on in groups of three digits, is a count, not an instrument's number.
_VERB_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|ai|avons|avez|avoir|ete|etre|est|sont)\s+(?:[a-z]+ment\s+)?$"
)  # "ont également arrêté 82 passeurs", "affirme avoir arrêté 1,2 million"
_GROUPED_NUMBER = re.compile(r"[ \u00a0\u202f.]\d{3}(?!\d)")
# United States Code titles, as French news cites them: "Titre 42", "Titre 8 du code fédéral"
# (written lowercase too for the two that immigration news cites: "la fin du titre 42")
_US_TITLE_RE = Scan(
    ("Titre", "titre"),
    r"\b(?:Titre\s+\d{1,2}|titre\s+(?:42|8))\b(?:\s+du\s+[Cc]ode\s+(?:fédéral|des\s+États-Unis|américain))?",
)
# laws of English-speaking countries, cited by their short title: "Illegal Migration Act 2023"
_ACT_RE = compile_skipping(
    r"\b(?P<lead>(?:Le|La|Les|Du|Des|Au|Aux|Un|Une|Ce|Cet|Cette|Selon|Avec|Depuis|En|Et|Dans|Par|Pour)\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|the|for|on|to)){0,8}\s+Act\b(?:\s+(?:of\s+)?(?:19|20)\d\d(?!\d))?"
)
# agreements named by their parties or subject: "mémorandum d'entente italo-libyen"
_MOU_RE = Scan(
    ("memorandum", "accord"),
    r"\b(?:memorandum\s+d'\s*(?:entente|accord)|protocole\s+d'\s*accord|accord\s+de\s+(?:partenariat|readmission|cooperation))",
)
_MOU_OPENER = re.compile(r"\s+(?:sur|entre|avec|relati(?:ve|f)\s+(?:a|au|aux)|concernant|visant\s+a|portant)\b")
_PARTY_ADJECTIVE = re.compile(r"\s+[a-z]+o-[a-z]+\b")


def _named_by_subject(t: TextView, found: Found, vetoes: Sequence[Tuple[int, int]]) -> None:
    for m in _ORG_INSTRUMENT_RE.finditer(t.folded):
        org = re.match(r"[A-Z][\w-]*", t.text[m.end() :])
        if not org:
            continue
        end = complement_end(t, m.end() + org.end())
        if end > m.end() + org.end() and not overlaps_found(m.start(), end, found):
            add_mention(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))
    for m in _DECREE_RE.finditer(t.folded):
        if _GROUPED_NUMBER.match(t.folded, m.end()) or _VERB_BEFORE.search(t.folded, max(0, m.start() - 30), m.start()):
            continue
        if not overlaps_found(m.start(), m.end(), found):
            add_mention(found, InstrumentMention(m.start(), complement_end(t, m.end()), (), "grammar", 0.6))
    for m in _ACT_RE.finditer(t.text) if " Act" in t.text else ():
        start = m.start() + len(m.group("lead") or "")
        if not overlaps_found(start, m.end(), found):
            add_mention(found, InstrumentMention(start, m.end(), (), "grammar", 0.6))
    for m in _US_TITLE_RE.finditer(t.text):
        if not overlaps_found(m.start(), m.end(), found):
            add_mention(found, InstrumentMention(m.start(), m.end(), (), "grammar", 0.6))
    for m in _MOU_RE.finditer(t.folded):
        adjective = _PARTY_ADJECTIVE.match(t.folded, m.end())
        end = adjective.end() if adjective else complement_end(t, m.end(), _MOU_OPENER)
        if end > m.end() and not overlaps_found(m.start(), end, found):
            add_mention(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))


# EU acts named by subject: "règlement européen sur l'intelligence artificielle"
_EU_SUBJECT_RE = Scan(("reglement", "directive"), r"\b(?:reglement|directive)\s+(?:europeen(?:ne)?|communautaire)\b")
# Instruments named by a capitalised head and its qualifiers: "Statut migratoire andin",
# "Entente sur les tiers pays sûrs", "Pacte européen"; or by the adjective of their two
# parties: "protocole italo-albanais", "accord franco-britannique".
_NAMED_HEAD_RE = Scan(
    ("Entente", "Accord", "Statut", "Pacte", "Protocole", "Traité", "Charte", "Mémorandum", "-"),
    r"\b(?:Entente|Accord|Statut|Pacte|Protocole|Traité|Charte|Mémorandum"
    r"|(?P<common>entente|accord|protocole|traité|pacte|mémorandum)(?=\s+[a-z]+o-[a-zé]))\b",
)
_ADJECTIVE_RE = re.compile(
    r"[a-z]{3,}(?:al|ale|aux|el|elle|ien|ienne|een|eenne|ain|aine|in|ine|ais|aise|ois|oise|if|ive"
    r"|aire|oire|ique|ier|iere|an|ane)s?"
)
_NAMED_OPENER = re.compile(
    r"\s+(?:relati(?:ve|f|ves|fs)\s+(?:a|au|aux)|concernant|etablissant|instituant|portant|sur|visant\s+a|contre|pour)\b"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n«\"“]\s*)$")


def _named_instruments(t: TextView, found: Found) -> None:
    """Instruments outside the table named by qualifiers rather than by a place or a person."""
    for m in _EU_SUBJECT_RE.finditer(t.folded):
        end = complement_end(t, m.end())
        if end > m.end() and not overlaps_found(m.start(), end, found):
            add_mention(found, InstrumentMention(m.start(), end, (), "grammar", 0.6))
    for m in _NAMED_HEAD_RE.finditer(t.text):
        if overlaps_found(m.start(), m.end(), found):
            continue
        if not m.group("common") and _SENTENCE_START_RE.search(t.text, max(0, m.start() - 3), m.start()):
            continue  # "Accord trouvé ..." opening a sentence or a title: any word takes a capital there
        party = _PARTY_ADJECTIVE.match(t.folded, m.end())
        end = party.end() if party else m.end()
        for w in t.words_from(end):
            surface = t.text[w.start : w.end]
            if (
                t.text[end : w.start].strip(" -")
                or not surface[:1].islower()
                or w.start in t.verbs
                or w.key in COMPLEMENT_VERBS
                or not _ADJECTIVE_RE.fullmatch(w.key)
            ):
                break
            end = w.end
            if end - m.end() > 40:
                break
        end = complement_end(t, end, _NAMED_OPENER)
        if end == m.end() or overlaps_found(m.start(), end, found):
            continue
        ids = _context_alias(t, m.start(), end)
        method, score = ("context", 0.75) if ids else ("grammar", 0.6)
        add_mention(found, InstrumentMention(m.start(), end, ids, method, score))


def _context_alias(t: TextView, start: int, end: int) -> Tuple[str, ...]:
    """ "le Pacte européen" in a text about asylum: the EU Pact on Migration and Asylum."""
    hit = context_aliases().get(phrase_key(t.text[start:end]))
    if hit is None or not any(re.search(rf"\b{re.escape(c)}", t.folded) for c in hit[1]):
        return ()
    return (hit[0],)


def _is_name(t: TextView, w: Word) -> bool:
    surface = t.text[w.start : w.end]
    return surface[:1].isupper() and w.key not in _NOT_NAMES and w.key.isalpha()


# National acts named, like laws, by a person ("décret Piantedosi") or a date ("circulaire du
# 23 janvier 2025"); laws and regulations also by their subject ("la loi sur les étrangers",
# "le règlement sur les étrangers"). ("ordonnance" is left out: "une ordonnance du 12 mars"
# is more often a judge's than a government's.)
_ACT_HEADS = frozenset({"loi", "decret", "circulaire"})
_ACT_PLURALS = {h + "s": h for h in _ACT_HEADS}
_SUBJECT_HEADS = frozenset({"loi", "decret", "reglement"})
# Words (folded, singular or plural) whose head is generic, a national act's or a subject's:
# what _unknown_instruments looks at, so that it passes over every other word at once.
_UNKNOWN_HEAD_WORDS = frozenset(
    k for k in (*PLURAL_HEADS, *_GENERIC_HEADS, *_ACT_PLURALS, *_ACT_HEADS, *_SUBJECT_HEADS)
    if PLURAL_HEADS.get(k) or _ACT_PLURALS.get(k, k) in _GENERIC_HEADS | _ACT_HEADS | _SUBJECT_HEADS
)
# Where a law's subject ends: a preposition of time or purpose, a month, a participle telling
# what was done to it ("la loi sur l'asile promulguée en décembre", "… sur les étrangers en mars")
_SUBJECT_STOP = frozenset(
    """en pour par dans avec depuis lors apres avant durant pendant janvier fevrier mars avril mai juin juillet
    aout septembre octobre novembre decembre""".split()
)
_DONE_TO_IT = re.compile(
    r"(?:adopt|promulgu|vot|modifi|reform|sign|approuv|publi|amend|abrog|durc|assoupl|present|examin|entr|censur"
    r"|valid|propos|annonc|prevu|appliqu|suspendu|conteste|critiqu|mis)e?e?s?"
)
_ARTICLES = frozenset("l la le les d de des du un une au aux".split())
# An implementing regulation is named with its law: "le règlement de la loi sur les étrangers"
_IMPLEMENTING = re.compile(r"\b(?:reglement|decret)s?\s+(?:d'\s*application\s+)?de\s+la\s+$")


def _unknown_instruments(t: TextView, found: Found, vetoes: Sequence[Tuple[int, int]]) -> None:
    ws = t.all_words
    for i, w in enumerate(ws):
        if w.key not in _UNKNOWN_HEAD_WORDS:
            continue
        head = PLURAL_HEADS.get(w.key) or _ACT_PLURALS.get(w.key, w.key)
        surface = t.text[w.start : w.end]
        if head == "traite" and not (surface[:1].isupper() or "é" in surface.lower()):
            continue  # "la traite des personnes" is trafficking, not a treaty
        if overlaps_found(w.start, w.end, found):
            continue
        end = None
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if nxt is None:
            continue
        act = head in _ACT_HEADS
        of_name = head in _GENERIC_HEADS and (nxt.key in ("de", "d") or (head == "traite" and nxt.key == "du"))
        of_name = of_name and i + 2 < len(ws)  # "traité du Touquet"
        if of_name and _is_name(t, ws[i + 2]):
            end = _name_end(t, i + 2)  # "déclaration de Lima", "accord d'Addis-Abeba"
        elif of_name and i + 3 < len(ws) and _is_common_word(t, ws[i + 2]) and _is_name(t, ws[i + 3]):
            end = _name_end(t, i + 3)  # "traité d'union Falepili"
        elif _is_name(t, nxt) and (act or (head in _GENERIC_HEADS and _hyphenated_pair(t, i + 1))):
            end = _name_end(t, i + 1)  # "loi Darmanin", "décret Piantedosi", "accord UE-Turquie"
        elif act or head in _SUBJECT_HEADS:
            end = _law_with_date(t, i) if act else None  # "loi immigration de 2024", "loi du 26 janvier 2024"
            topical = _TOPICAL_LAW.match(t.folded, w.end) if head == "loi" else None
            if end is None and topical:
                end = topical.end()  # "la loi asile et immigration": the name the press gives a law
            if end is None and _names_by_subject(t, i, head):
                end = _subject_end(t, w.end)  # "la loi sur les étrangers"
        else:
            end = _qualified_with_year(t, i)  # "accord tripartite de 2017": the year ends the name
            if end is not None and not overlaps_found(w.start, end, found):
                add_mention(found, InstrumentMention(w.start, end, (), "grammar", 0.6))
            continue
        if end is None or overlaps_found(w.start, end, found):
            continue
        name_start, name_end = ws[i + 1].start, end
        if head in _GENERIC_HEADS:
            spaced = _spaced_name_end(t, end)
            complement = complement_end(t, spaced)
            if complement == spaced and (spaced > end or _person_like(t, end)):
                continue  # "de Brunson McKinley": two names and nothing else is a person
            name_end, end = spaced, complement
        if of_name and any(s < name_end and name_start < e for s, e in vetoes):
            continue  # "la déclaration de <person>": a statement, not an instrument
        tail = (_LAW_TAIL if head in _ACT_HEADS else YEAR_TAIL).match(t.folded, end)
        if tail:
            end = tail.end()
        implementing = _IMPLEMENTING.search(t.folded, max(0, w.start - 40), w.start) if head == "loi" else None
        start = implementing.start() if implementing else w.start
        add_mention(found, InstrumentMention(start, end, (), "grammar", 0.6))


def _national_codes(t: TextView, found: Found) -> None:
    """National codes of law ("le Code du travail", "l'article L. 742-4 du Ceseda"): no id."""
    if "code" not in t.folded and "ceseda" not in t.folded:
        return
    for m in national_codes().finditer(t.folded):
        if not overlaps_found(m.start(), m.end(), found):
            add_mention(found, InstrumentMention(m.start(), m.end(), (), "grammar", 0.6))


def _names_by_subject(t: TextView, i: int, head: str) -> bool:
    """A singular head may name one act by its subject; plurals are laws in general ("la
    commission des lois sur …"), and "un règlement sur …" is a proposal or any set of rules."""
    w = t.all_words[i]
    if head not in _SUBJECT_HEADS or w.key != head:
        return False
    return head != "reglement" or i == 0 or t.all_words[i - 1].key not in ("un", "d")


def _subject_end(t: TextView, end: int) -> Optional[int]:
    """End of a law's subject after its head ("loi | sur les étrangers", "décret | relatif à
    l'accueil"), up to what tells when or what was done to it; None without one."""
    last = complement_end(t, end)
    kept: List[Word] = []
    for w in t.words_from(end):
        if w.start >= last:
            break
        done_to_it = _DONE_TO_IT.fullmatch(w.key) and kept[-1].key not in _ARTICLES  # not "à l'entrée"
        if len(kept) > 1 and (w.key in _SUBJECT_STOP or done_to_it):
            break
        kept.append(w)
    while kept and kept[-1].key in FUNCTION_WORDS:
        kept.pop()
    return kept[-1].end if len(kept) > 1 else None


def _qualified_with_year(t: TextView, i: int) -> Optional[int]:
    """Head + one or two adjectives + a year: the end of the year, else None."""
    ws = t.all_words
    for j in range(i + 1, min(len(ws), i + 3)):
        surface = t.text[ws[j].start : ws[j].end]
        if not _is_common_word(t, ws[j]) or ws[j].key in COMPLEMENT_VERBS or re.search(r"ée?s?$", surface):
            return None
        year = YEAR_TAIL.match(t.folded, ws[j].end)
        if year:
            return year.end()
    return None


def _is_common_word(t: TextView, w: Word) -> bool:
    return t.text[w.start : w.start + 1].islower() and w.key.isalpha() and w.key not in FUNCTION_WORDS


def _spaced_name_end(t: TextView, end: int) -> int:
    """End of up to two more capitalized words after a name ("Los Angeles", "Buenos Aires")."""
    for _ in range(2):
        m = re.match(r" (\w[\w-]*)", t.text[end:])
        if not (m and m.group(1)[:1].isupper() and fold(m.group(1)) not in _NOT_NAMES):
            break
        end += m.end()
    return end


def _name_end(t: TextView, i: int) -> int:
    """End of a proper name starting at word i, across hyphens ("Saint-Domingue", "UE-Turquie")."""
    ws = t.all_words
    end = ws[i].end
    j = i + 1
    while j < len(ws) and t.text[end : ws[j].start] in ("-", "–", "‑") and ws[j].key.isalnum():
        end = ws[j].end
        j += 1
    return end


def _person_like(t: TextView, end: int) -> bool:
    """A name followed by another capitalized word on the same line ("de Brunson McKinley")."""
    m = re.match(r"[ \t]+(\w+)", t.text[end:])
    return bool(m and m.group(1)[:1].isupper() and fold(m.group(1)) not in _NOT_NAMES)


def _hyphenated_pair(t: TextView, i: int) -> bool:
    ws = t.all_words
    return i + 1 < len(ws) and t.text[ws[i].end : ws[i + 1].start] in ("-", "–", "‑") and _is_name(t, ws[i + 1])


def _law_with_date(t: TextView, i: int) -> Optional[int]:
    """ "loi" + up to four words + a year, a date or a number: the end of the words."""
    ws = t.all_words
    end = ws[i].end
    for j in range(i + 1, min(len(ws), i + 6)):
        if _LAW_TAIL.match(t.folded, end):
            return end
        if not ws[j].key.isalpha() or ws[j].key in COMPLEMENT_STOP:
            return None
        end = ws[j].end
    return None


# ------------------------------------------------------------------------------------


def find_mentions(
    text: str,
    vetoes: Sequence[Tuple[int, int]] = (),
    verbs: Container[int] = (),
    *,
    folded: Optional[str] = None,
    word_list: Optional[List[Word]] = None,
) -> List[InstrumentMention]:
    """Every LEGAL mention in `text`, outermost first-come, in text order.

    `vetoes` are spans known to be people or organisations: a head noun followed by one
    of them ("la déclaration de Brunson McKinley") is not an instrument.  `verbs` are
    start offsets of conjugated verbs: a descriptive title stops before them ("... sur les
    travailleurs migrants restent peu ratifiées").  `folded` and `word_list` are
    `fold(text)` and `words(text)` when the caller already has them (the pipeline shares
    them between components).
    """
    t = TextView(text, verbs, folded, word_list)
    found = Found()
    _table_names(t, found)
    ilo_references(t, found)
    ilo_codes(t, found)
    eu_references(t, found)
    plural_references(t, found)
    plural_with_years(t, found)
    additional_protocols(t, found)
    if not fuzzy_titles().keys().isdisjoint(t.keys):
        _fuzzy_titles_at_heads(t, found)
    _named_by_subject(t, found, vetoes)
    _national_codes(t, found)
    _named_instruments(t, found)
    _unknown_instruments(t, found, vetoes)
    return list(found)
