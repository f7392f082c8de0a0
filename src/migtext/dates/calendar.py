"""Date rules for calendar points and ranges: full dates, day and month ranges, numeric
and ISO dates, months, years, decades and centuries ("26 novembre 2006", "du 3 au 5
mai", "mars 2024", "en 2015", "les années 1990", "XXIe siècle").
"""

from __future__ import annotations

import re

from migtext.core.text import fold
from migtext.dates import timex
from migtext.dates.agenda import agenda_item
from migtext.dates.lexicon import (
    MONTHS,
    roman_to_int,
)
from migtext.dates.patterns import (
    DAY,
    MOD,
    MOD_SEP,
    MOD_WORDS,
    MONTH,
    MONTH_WORDS,
    PART_OF_DAY,
    REL,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    YEAR2,
    day_number,
    full_year,
    mod_code,
    rel_offset,
    text_before,
)
from migtext.dates.scan import Found, RuleSet

RULES = RuleSet()


@RULES.rule(
    r"\b(?:(?P<ce>ce|cet)\s+)?(?:(?P<wd>" + WEEKDAY + r")" + PART_OF_DAY + r"\s+)?"
    r"(?P<day>" + DAY + r")\s+(?P<month>" + MONTH + r")"
    r"(?:\s+(?P<year>" + YEAR + r")|\s+(?P<year2>" + YEAR2 + r")|\s+(?P<rel>dernier|prochain)\b)?",
    starts=("ce", *WEEKDAY_WORDS, "premier"),
    digits=True,
)
def _full_date(m, folded, text):
    if m.group("ce") and not m.group("wd"):
        return
    month, day = MONTHS[m.group("month")], day_number(m.group("day"))
    year, end = _year_of(m, folded)
    if not timex.valid_day(month, day):
        return
    if year is None and _NAMED_AFTER_DATE.search(text[max(0, m.start() - 40) : m.start()]):
        return  # "le Mouvement du 23 mars", "la place du 20 Août": a name, not a time
    data = {"year": year, "month": month, "day": day, "offset": rel_offset(m.group("rel"))}
    week = _WEEK_OF.search(folded, max(0, m.start() - 16), m.start())
    if week:
        data["week"] = True  # "(la) semaine du 26 août 2024": the week of that day
    yield Found(week.start() if week else m.start(), end, "date", data, relative=year is None)


_WEEK_OF = re.compile(r"\bsemaine\s+du\s+$")


# A month abbreviated without its dot, which only a day before and a year after make a month
# ("Madrid, 9 oct 2023 (AFP)", "le 12 sept 2023"): alone, "sept" is seven and "dec" nothing.
_SHORT_MONTHS = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


@RULES.rule(
    r"\b(?P<day>" + DAY + r")\s+(?P<month>janv|fevr?|avr|juil|sept|oct|nov|dec)\s+(?P<year>" + YEAR + r")",
    digits=True,
    needs=tuple(_SHORT_MONTHS),
)
def _short_month_date(m, folded, text):
    month, day = _SHORT_MONTHS[m.group("month")], day_number(m.group("day"))
    if timex.valid_day(month, day):
        yield Found(m.start(), m.end(), "date", {"year": int(m.group("year")), "month": month, "day": day,
                                                 "offset": 0}, relative=False)


def _year_of(m, folded):
    """The year of a match with optional groups `year` and `year2` (two digits: "avril 97"),
    and where the date ends: two digits that count something ("le 3 juin 15 migrants") are
    left out."""
    if m.group("year"):
        return int(m.group("year")), m.end()
    if m.group("year2"):
        if _looks_like_count(folded, m.end("year2")):
            return None, m.end("month")
        return full_year(m.group("year2")), m.end()
    return None, m.end()


# Names built on a date: a capitalised head noun, then "du", then a day and month.
_NAMED_AFTER_DATE = re.compile(
    r"\b(?:Mouvement|Place|place|Rue|rue|Avenue|avenue|Boulevard|boulevard|Pont|pont|Stade|stade|Révolution|Parti"
    r"|Alliance|Front|Coalition|Collectif|Brigade|Groupe|Lycée|lycée|Hôpital|hôpital|Quartier|quartier|Camp|camp"
    r"|Accords?|Déclaration|Manifeste|Marche)\s+du\s+$"
)


_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bn\s*[°o]\.?|\bno\.|\bnumero|#)\s*$")


@RULES.rule(
    r"(?:\b" + WEEKDAY + r"\s+)?(?P<d1>" + DAY + r")\s*(?P<sep>au|a|-|et)\s*(?:le\s+)?(?:" + WEEKDAY + r"\s+)?"
    r"(?P<d2>" + DAY + r")\s+(?P<month>" + MONTH + r")"
    r"(?:\s+(?P<year>" + YEAR + r"))?",
    starts=(*WEEKDAY_WORDS, "premier"),
    digits=True,
)
def _day_range(m, folded, text):
    month = MONTHS[m.group("month")]
    d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
    year = int(m.group("year")) if m.group("year") else None
    if not (timex.valid_day(month, d1) and timex.valid_day(month, d2)) or d1 >= d2:
        return
    before = text_before(folded, m.start(), 14)
    if _NUMBER_SIGN_BEFORE.search(before):
        return  # "Mise à jour flash n° 7 – 20 août 2024": an issue's number, then its date
    sep = m.group("sep")
    if sep == "et" and not re.search(r"\bentre\s+(?:le\s+)?$", before):
        # "les 26 et 27 novembre": two dates, the first borrowing month and year
        yield Found(m.start(), m.end("d1"), "date", {"year": year, "month": month, "day": d1}, year is None)
        second = m.start("d2")
        weekday = re.search(WEEKDAY + r"\s+$", folded[m.end("sep") : second])
        start = m.end("sep") + weekday.start() if weekday else second
        yield Found(start, m.end(), "date", {"year": year, "month": month, "day": d2}, year is None)
        return
    if sep == "a" and not re.search(r"\b(?:du|de)\s+$", before):
        return
    first = {"year": year, "month": month, "day": d1}
    last = {"year": year, "month": month, "day": d2}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=year is None)


@RULES.rule(
    r"(?P<d1>" + DAY + r")\s+(?P<m1>" + MONTH + r")(?:\s+(?P<y1>" + YEAR + r"))?\s*(?P<sep>au|-|et)\s*(?:le\s+)?"
    r"(?P<d2>" + DAY + r")\s+(?P<m2>" + MONTH + r")(?:\s+(?P<y2>" + YEAR + r"))?",
    starts=("premier",),
    digits=True,
)
def _cross_month_range(m, folded, text):
    if m.group("sep") == "et" and not re.search(r"\bentre\s+(?:le\s+)?$", text_before(folded, m.start(), 14)):
        return
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else y2
    first = {"year": y1, "month": MONTHS[m.group("m1")], "day": day_number(m.group("d1"))}
    last = {"year": y2, "month": MONTHS[m.group("m2")], "day": day_number(m.group("d2"))}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=y2 is None)


@RULES.rule(
    r"(?P<m1>" + MONTH + r")(?:\s+(?P<y1>" + YEAR + r"))?\s*(?P<sep>a|au|-|et|ou|,)\s*"
    r"(?P<m2>" + MONTH + r")(?:\s+(?P<y2>" + YEAR + r"))?",
    starts=MONTH_WORDS,
)
def _month_range(m, folded, text):
    sep = m.group("sep")
    if "." in m.group("m1") + m.group("m2"):
        return
    between = re.search(r"\b(?:de|d'|entre)\s*$", text_before(folded, m.start(), 14))
    if sep in ("et", "ou", ",") and not (sep == "et" and between):
        if m.group("y2") and not m.group("y1"):
            # "en mars et avril 2024": two months, the first borrowing the year
            year = int(m.group("y2"))
            yield Found(m.start("m1"), m.end("m1"), "date", {"year": year, "month": MONTHS[m.group("m1")]})
            yield Found(m.start("m2"), m.end(), "date", {"year": year, "month": MONTHS[m.group("m2")]})
        return
    introduced = re.search(r"\b(?:de|d'|entre)\s*$", text_before(folded, m.start(), 14))
    glued = sep == "-" and folded[m.end("m1") : m.start("m2")] == "-"  # "mars-avril"
    if not introduced and not (sep == "-" and m.group("y2")) and not glued:
        return
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else y2
    first = {"year": y1, "month": MONTHS[m.group("m1")]}
    last = {"year": y2, "month": MONTHS[m.group("m2")]}
    yield Found(m.start(), m.end(), "range", {"first": first, "last": last}, relative=y2 is None)


@RULES.rule(r"(?P<y1>" + YEAR + r")\s*(?P<sep>-|a|au|et)\s*(?P<y2>" + YEAR + r")", digits=True)
def _year_range(m, folded, text):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or _looks_like_count(folded, m.end()):
        return
    if m.group("sep") != "-" and not re.search(r"\b(?:de|d'|entre)\s*$", text_before(folded, m.start(), 14)):
        return
    yield Found(m.start(), m.end(), "range", {"first": {"year": y1}, "last": {"year": y2}})


# "règlement (UE) 2019/2020", "directive n° 2019/2020": a number, not a year
_NUMBERED_INSTRUMENT = re.compile(
    r"\b(?:reglements?|directives?|decisions?|lois?|decrets?|resolutions?|arretes?|ordonnances?|n°|no|numero)"
    r"\s*(?:\([^)]{1,12}\)\s*)?(?:n°\s*)?$"
)


@RULES.rule(r"(?<![\d.,/+])(?P<y1>(?:19|20)\d\d)/(?P<y2>(?:19|20)\d\d)(?![\d/])", digits=True)
def _school_year(m, folded, text):
    """"2019/2020": a school or budget year; "2016/679" or "2019/1937" are regulation numbers."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 == y1 + 1 and not _NUMBERED_INSTRUMENT.search(text_before(folded, m.start(), 30)):
        yield Found(m.start(), m.end(), "range", {"first": {"year": y1}, "last": {"year": y2}})


@RULES.rule(
    r"(?<![\d/.-])(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/.-]\d|\d)", digits=True
)
def _numeric_date(m, folded, text):
    if len(m.group("y")) == 2 and m.group("s") != "/":
        return
    day, month, year = int(m.group("d")), int(m.group("m")), full_year(m.group("y"))
    if timex.valid_day(month, day) and 1800 <= year <= 2100:
        yield Found(m.start(), m.end(), "date", {"year": year, "month": month, "day": day})


# "le 03/05", "au 15/06": a day and a month in figures, after a word that announces a day.
_DAY_CUE = re.compile(r"\b(?:le|au|du|des|depuis\s+le|jusqu'au|avant\s+le|apres\s+le|ce)\s+$")


@RULES.rule(r"(?<![\d/.-])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/]|[.,]\d)", digits=True)
def _numeric_day_month(m, folded, text):
    day, month = int(m.group("d")), int(m.group("m"))
    if timex.valid_day(month, day) and _DAY_CUE.search(folded, max(0, m.start() - 14), m.start()):
        yield Found(m.start(), m.end(), "date", {"year": None, "month": month, "day": day}, relative=True)


@RULES.rule(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])", digits=True)
def _iso_date(m, folded, text):
    day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if timex.valid_day(month, day):
        yield Found(m.start(), m.end(), "date", {"year": year, "month": month, "day": day})


@RULES.rule(
    r"\b(?:(?P<mod>" + MOD + r")" + MOD_SEP + r")?(?P<month>" + MONTH + r")\s+(?:(?P<year>" + YEAR + r")"
    r"|(?P<year2>" + YEAR2 + r"))",
    starts=MONTH_WORDS,
    prefixes=MOD_WORDS,
)
def _month_year(m, folded, text):
    year, _ = _year_of(m, folded)
    if year is None:
        return  # "en mars 20 personnes": a count; the month alone is another rule's
    data = {"year": year, "month": MONTHS[m.group("month")], "mod": mod_code(m)}
    yield Found(m.start(), m.end(), "date", data)


# Words after which a month name alone is a date ("en mai", "depuis janvier").
_MONTH_CUE = re.compile(
    r"(?:\b(?:en|depuis|des|de|d'|du|jusqu'en|jusqu'a|jusqu'au|avant|apres|vers|d'ici|d'ici\s+a|fin|debut|mi|courant|mois\s+de"
    r"|mois\s+d'|entre|et|ou|a\s+partir\s+de|a\s+compter\s+de|pour)|-)\s*$"
)


@RULES.rule(
    r"\b(?:(?P<mod>" + MOD + r")" + MOD_SEP + r")?(?P<month>" + MONTH + r")(?:\s+(?P<rel>" + REL + r"))?",
    starts=MONTH_WORDS,
    prefixes=MOD_WORDS,
)
def _month_alone(m, folded, text):
    month_word = m.group("month")
    if "." in month_word:
        return
    rel = m.group("rel")
    item = agenda_item(text, m.start(), m.end()) or _row_label(text, m)
    if not (m.group("mod") or rel or item or _MONTH_CUE.search(text_before(folded, m.start(), 20))):
        return
    capital = text[m.start("month")].isupper()
    if capital and not (m.group("mod") or _sentence_start(text, m.start("month")) or item or _in_heading(text, m)):
        return  # "la Place de Mai", "le rover Mars"
    data = {"month": MONTHS[month_word], "mod": mod_code(m), "offset": rel_offset(rel)}
    yield Found(m.start(), m.end(), "month", data, relative=True)


# In a heading in capitals only these make a month a date: "EN MARS", not "VERS MARS" or "LA CONQUÊTE DE MARS".
_HEADING_MONTH_CUE = re.compile(
    r"\b(?:en|depuis|des|d'ici|jusqu'en|jusqu'a|jusqu'au|a\s+partir\s+de|a\s+compter\s+de)\s*$"
)


def _in_heading(text: str, m) -> bool:
    """"CE QUI CHANGE EN MARS": a month in capitals, after "en", on a line without a lowercase letter."""
    month = text[m.start("month") : m.end("month")]
    if not month.isupper() or not _HEADING_MONTH_CUE.search(fold(text[max(0, m.start() - 20) : m.start()])):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not any(c.islower() for c in line)


_ROW_COUNT = re.compile(r"[ \t]*[:|\t][ \t]*\d")


def _row_label(text: str, m) -> bool:
    """ "… 535). Mai : 7 345 (…)", "Janvier | 3 012 | 418": a month that labels the count of a table's row."""
    return _sentence_start(text, m.start()) and _ROW_COUNT.match(text, m.end()) is not None


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;([-–—•*\"«"


@RULES.rule(r"\b(?P<mod>" + MOD + r")(?:\s*-\s*|\s+)(?P<year>" + YEAR + r")", starts=MOD_WORDS)
def _year_with_mod(m, folded, text):
    yield Found(m.start(), m.end(), "date", {"year": int(m.group("year")), "mod": mod_code(m)})


# A lone year: a cue before it, or punctuation after it, and never a count.
_YEAR_CUE = re.compile(
    r"(?:\b(?:en|depuis|des|d'ici|d'ici\s+a|jusqu'en|jusqu'a|avant|apres|vers|de|d'|du|entre|et|a|au|pour|an|annee"
    r"|horizon|l'horizon|printemps|ete|automne|hiver|le|la|ou|sur|par|dans|fin|debut|mi|courant|ete|exercice|cycle|"
    r"rapport|edition|budget|recensement|election|elections)|[,;(\[:/-])\s*$"
)
# After these a number is a year whatever follows ("en 2016 parmi les pays"); "de 2000 personnes" is a count.
_STRONG_YEAR_CUE = re.compile(
    r"\b(?:en|depuis|des|d'ici|d'ici\s+a|jusqu'en|avant|apres|vers|courant|fin|debut|mi|an|annee|l'horizon)\s*-?\s*$"
)
# Cue words that may open a sentence with a capital ("En 2015", "Depuis 2019", "Fin 2023").
_SENTENCE_CUES = frozenset(
    "en depuis des avant apres vers fin debut mi courant de du entre et a au pour jusqu le la sur dans ou par"
    " printemps ete automne hiver annee an".split()
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:n|no|n°|numero|art|article|articles|resolution|loi|decret|chapitre|page|pages|p|vol|tel|fax|bp|cp"
    r"|programme|agenda|vision|code|ref|reference|dossier|rue|avenue|boulevard|route|salle|bureau|poste|vol)[.°]?"
    r"|copyright|[+#°$€£%©])\s*$"  # "© 2024 Tous droits réservés": the page's copyright, not a date
)
# "la Convention de 1951", "décret 216 de 2021", "conventions de 1954 et de 1961", "loi n° 12 du 2018"
_INSTRUMENT_YEAR = re.compile(
    r"\b(?:conventions?|protocoles?|pactes?|lois?|decrets?|accords?|traites?|chartes?|declarations?|reglements?"
    r"|directives?|ordonnances?|arretes?|resolutions?|statuts?)"
    r"(?:\s+(?:n°|no|numero)?\s*[\d/-]+)?\s+(?:de|du|d')\s*(?:\d{4}\s+(?:et|,|ou)\s+(?:de\s+)?)?$"
)
_NOT_YEAR_AFTER = re.compile(r"^\s*(?:%|€|\$|£|agenda\b|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d))")
# Words that may follow a year without making it a count ("depuis 1951 une migration").
_FUNCTION_WORDS = frozenset(
    "de d du des le la les l un une et ou a au aux en dans par pour sur avec sans contre selon plus pres moins"
    " environ quelque quelques ce cet cette ces il elle ils elles on nous vous qui que qu quand lorsque alors mais"
    " puis ont est sont etait etaient avait avaient deja son sa ses leur leurs lors apres avant pendant jusqu"
    " notamment seulement aussi encore pas ne n y se s sa mon ma mes notre nos votre vos afin ainsi comme parmi"
    " vers chez sous entre depuis durant malgre hors face grace suite toujours ensuite enfin meme tres bien tout"
    " tous toute toutes si cependant pourtant dont lequel laquelle lesquels"
    .split()
)


# Verbs a year may be the end of a subject before ("Le plan de réponse pour 2026 vise 1,5 million de
# personnes"): no noun, so the number counts nothing.
_VERBS_AFTER_A_YEAR = frozenset(
    "vise visent prevoit prevoient devrait devraient pourrait pourraient doit doivent reste restent marque"
    " marquent porte portent couvre couvrent concerne concernent table comprend comprennent demeure".split()
)


def _looks_like_count(folded: str, end: int) -> bool:
    """A number followed by a noun ("2015 migrants") or a unit ("2030 %") counts something."""
    m = re.match(r"\s*([a-z]+)", folded[end : end + 40])
    if not m:
        return False
    word = m.group(1)
    return (word not in _FUNCTION_WORDS and word not in _VERBS_AFTER_A_YEAR and word not in MONTHS
            and folded[end : end + 1].isspace())


_IN_IDENTIFIER_BEFORE = re.compile(r"[^\W_]-$")
_IN_IDENTIFIER_AFTER = re.compile(r"-[^\W_]")


@RULES.rule(YEAR, digits=True)
def _lone_year(m, folded, text):
    year = int(m.group())
    before = text_before(folded, m.start(), 30)
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(folded[m.end() : m.end() + 8]):
        return
    if re.search(r"\d[ \u00a0\u202f]$", text[max(0, m.start() - 2) : m.start()]):
        return  # "12 2030" is part of a longer number ("29 437\n2024" is a line's end, then a year)
    if _IN_IDENTIFIER_BEFORE.search(text, max(0, m.start() - 2), m.start()) and _IN_IDENTIFIER_AFTER.match(
            text, m.end()):
        return  # "obs-2026-0412", "ref-2025-118": a record's identifier, not "mi-2024"
    if _INSTRUMENT_YEAR.search(before):
        return  # part of an instrument's name, whether or not a LEGAL candidate covers it
    previous = re.search(r"(\w+)[ \u00a0]$", text[max(0, m.start() - 30) : m.start()])
    if previous and previous.group(1)[0].isupper() and fold(previous.group(1)) not in _SENTENCE_CUES:
        return  # "Horizon 2020", "Vision 2030", "Euro 2016": a name that carries a year
    cue = _YEAR_CUE.search(before)
    if not (1900 <= year <= 2100 or (cue and 1500 <= year)):
        return
    if not (cue and _STRONG_YEAR_CUE.search(before)) and _looks_like_count(folded, m.end()):
        return
    after = folded[m.end() : m.end() + 2]
    if not cue and not (after == "" or after[0] in ".,;:)]!?" or after[0].isspace()):
        return
    if not cue and text[m.end() : m.end() + 40].lstrip()[:1].islower() and not _CLAUSE_GOES_ON.match(folded, m.end()):
        return  # "2025 personnes"; but "le plan humanitaire 2025 pour la Somalie", "2025 n'est financé"
    yield Found(m.start(), m.end(), "date", {"year": year})


# A year that ends a noun phrase, the sentence going on with a preposition or a verb.
_CLAUSE_GOES_ON = re.compile(r"\s+(?:pour|n['’]|ne\s|est\s|sont\s|a\s|ont\s|vise|prevoit|requiert|sollicite)")


@RULES.rule(r"\b(?:annees|decennie)\s+(?P<dec>(?:19|20)?\d0)(?![\d])", starts=("annees", "decennie"))
def _decade(m, folded, text):
    digits = m.group("dec")
    decade = digits[:3] if len(digits) == 4 else ("20" if digits == "00" else "19") + digits[0]
    if _looks_like_count(folded, m.end()):
        return
    yield Found(m.start(), m.end(), "decade", {"value": decade})


@RULES.rule(r"\b(?P<num>[ivxl]{1,6}|\d{1,2})(?:eme|ieme|er|e|ᵉʳ|ᵉ)\s+siecle(?![a-z])", needs=("siecle",))
def _century(m, folded, text):
    raw = m.group("num")
    surface = text[m.start("num") : m.end("num")]
    number = int(raw) if raw.isdigit() else (roman_to_int(raw) if surface.isupper() else None)
    if number and 1 <= number <= 22:
        yield Found(m.start(), m.end(), "century", {"value": f"{number - 1:02d}"})
