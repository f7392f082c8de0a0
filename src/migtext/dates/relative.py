"""Date rules for what the document date resolves, and for lengths of time: relative days
and periods ("hier", "la semaine dernière", "vendredi"), seasons, anaphora ("l'année
précédente"), "il y a trois ans", durations, sets ("chaque année") and vague periods.
"""

from __future__ import annotations

import re

from migtext.dates import timex
from migtext.dates.lexicon import (
    DAY_EVENT_QUALIFIERS,
    DAY_EVENTS,
    SEASONS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    parse_number,
)
from migtext.dates.patterns import (
    MOD_WORDS,
    NUM,
    NUMBER_WORDS,
    PART_OF_DAY,
    PART_OF_DAY_WORDS,
    REL,
    REL_WORDS,
    SEASON_WORDS,
    UNIT,
    VAGUE,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    alternatives,
    mod_code,
    rel_offset,
    text_before,
)
from migtext.dates.scan import Found, RuleSet

RULES = RuleSet()


_RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "apres-demain": 2}
# "le point de presse d'aujourd'hui": an event of one day before "d'", so the day itself.
# "d'aujourd'hui" after any other word is "of nowadays"; "à partir d'aujourd'hui" is the day.
_OF_TODAY = re.compile(r"(?:\b(?P<from>partir|compter)\s+)?\bd'\s*$")
_DAY_EVENT_BEFORE = re.compile(
    r"\b" + alternatives(DAY_EVENTS) + r"s?(?:\s+" + alternatives(DAY_EVENT_QUALIFIERS) + r"s?)?\s+d'\s*$"
)


@RULES.rule(
    r"\b(?P<word>aujourd'hui|aujourd hui|avant-hier|apres-demain|hier|demain)(?![a-z])" + PART_OF_DAY,
    starts=("aujourd", "avant-hier", "apres-demain", "hier", "demain"),
)
def _relative_day(m, folded, text):
    offset = _RELATIVE_DAYS.get(m.group("word").replace(" ", "'"), 0)
    data = {"offset": offset}
    before = text_before(folded, m.start(), 60)
    event_of_the_day = _DAY_EVENT_BEFORE.search(before)
    of_today = _OF_TODAY.search(before)
    if offset == 0 and not event_of_the_day and of_today and not of_today.group("from"):
        return  # "le monde d'aujourd'hui", "les jeunes d'aujourd'hui": nowadays, whatever the tense
    if offset == 0 and not m.group().endswith(PART_OF_DAY_WORDS) and not event_of_the_day:
        # "accueille aujourd'hui 80 000 personnes" means "nowadays": a day only with a past or future verb
        data["nowadays"] = True
    yield Found(m.start(), m.end(), "relday", data, relative=True)


# "à ce jour", "jusqu'à ce jour": so far, not the day itself
_SO_FAR = re.compile(r"\b(?:a|jusqu'a|jusqu'en)\s*$")


@RULES.rule(r"\bce\s+jour(?P<that>\s*-\s*la)?(?![a-z]|-(?!\s*la))", starts=("ce",), needs=("jour",))
def _this_day(m, folded, text):
    """ "L'OIM lance ce jour un appel": the day of the text; "ce jour-là": the day just named."""
    if m.group("that"):
        yield Found(m.start(), m.end(), "anaphor", {"grain": "day", "shift": 0})
    elif not _SO_FAR.search(text_before(folded, m.start(), 12)):
        yield Found(m.start(), m.end(), "relday", {"offset": 0}, relative=True)


# "le lendemain", "la veille", "le même jour": a day counted from the last day written.
_DAY_ANAPHORS = {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2}


@RULES.rule(
    r"\b(?:le|la|l')\s*(?P<w>lendemain|surlendemain|avant-veille|veille|meme\s+jour|jour\s+meme)(?![a-z-])"
    + PART_OF_DAY,
    starts=("lendemain", "surlendemain", "avant-veille", "veille", "meme", "jour"),
    prefixes=("le", "la", "l'"),
    needs=("lendemain", "veille", "meme"),
)
def _next_or_previous_day(m, folded, text):
    if re.match(r"\s+(?:de|du|des|d')\b", folded[m.end() : m.end() + 5]) and not m.group().endswith(PART_OF_DAY_WORDS):
        return  # "la veille du sommet", "au lendemain des élections": counted from an event, not a date
    shift = _DAY_ANAPHORS.get(m.group("w"), 0)
    yield Found(m.start(), m.end(), "anaphor", {"grain": "day", "shift": shift})


@RULES.rule(r"\b(?:ce|cette|cet)\s+(?:matin|soir|nuit|apres-midi|soiree|matinee)(?![a-z-])", starts=("ce",))
def _this_part_of_day(m, folded, text):
    yield Found(m.start(), m.end(), "relday", {"offset": 0}, relative=True)


_GRAINS = {
    "semaine": "week", "mois": "month", "an": "year", "annee": "year", "week-end": "weekend",
    "siecle": "century", "decennie": "decade",
}  # fmt: skip
GRAIN = alternatives(_GRAINS) + r"(?![a-z])"


@RULES.rule(
    r"\b(?:ce|cette|cet)\s+(?P<unit>" + GRAIN + r")(?P<ci>-ci|\s+ci\b)?(?!\s*-\s*la\b)", starts=("ce",)
)
def _this_period(m, folded, text):
    if m.group("unit") == "week-end":
        yield Found(m.start(), m.end(), "weekend", {}, relative=True)
        return
    yield Found(m.start(), m.end(), "period", {"grain": _GRAINS[m.group("unit")], "offset": 0}, relative=True)


@RULES.rule(
    r"(?:\b(?P<det>la|le|l')\s*)?\b(?P<unit>" + GRAIN + r")\s+(?P<rel>" + REL + r")",
    starts=tuple(_GRAINS),
    prefixes=("la", "le", "l'"),
    needs=REL_WORDS,
)
def _last_next_period(m, folded, text):
    start = m.start() if m.group("det") else m.start("unit")
    grain = _GRAINS[m.group("unit")]
    data = {"grain": grain, "offset": rel_offset(m.group("rel"))}
    yield Found(start, m.end(), "period", data, relative=True)


@RULES.rule(
    r"\b(?P<mod>debut|fin|milieu|mi)\s*(?:-\s*)?(?:de\s+l'|de\s+la\s+|du\s+|d'\s*)(?P<unit>annee|an|mois|semaine)"
    r"(?:\s+(?P<rel>" + REL + r"|(?P<year>" + YEAR + r")))?",
    starts=MOD_WORDS,
)
def _period_part(m, folded, text):
    if m.group("year") or not m.group("rel") and m.group("unit") != "mois":
        # "depuis le début de l'année" is left unmarked, as in the project's gold; "le début du mois" is its month
        return
    data = {"grain": _GRAINS[m.group("unit")], "offset": rel_offset(m.group("rel")), "mod": mod_code(m)}
    yield Found(m.start(), m.end(), "period", data, relative=True)


@RULES.rule(
    r"\b(?:(?P<ce>ce)\s+)?(?P<wd>" + WEEKDAY + r")(?![a-z])" + PART_OF_DAY
    + r"(?:\s+(?P<rel>dernier|prochain|passe)\b)?",
    starts=WEEKDAY_WORDS,
    prefixes=("ce",),
    needs=WEEKDAY_WORDS,
)
def _weekday(m, folded, text):
    offset = rel_offset(m.group("rel"))
    if not offset and not m.group("ce") and re.search(r"\b(?:le|les|du|au)\s+$", text_before(folded, m.start(), 5)):
        return  # "le dimanche" is every Sunday (a habit), not one day
    data = {"weekday": WEEKDAYS[m.group("wd")], "offset": offset}
    yield Found(m.start(), m.end(), "weekday", data, relative=True)


@RULES.rule(
    r"\bnuit\s+(?:du|de)\s+(?P<w1>" + WEEKDAY + r")\s+(?:au|a)\s+(?P<w2>" + WEEKDAY + r")",
    starts=("nuit",),
    needs=WEEKDAY_WORDS,
)
def _weekday_night(m, folded, text):
    """ "dans la nuit de samedi à dimanche": the two days, the first one read like "samedi"."""
    first, second = WEEKDAYS[m.group("w1")], WEEKDAYS[m.group("w2")]
    if second == first % 7 + 1:
        yield Found(m.start(), m.end(), "weekday", {"weekday": first, "offset": 0, "through": 1}, relative=True)


@RULES.rule(
    r"\b(?:de|du)\s+(?P<w1>" + WEEKDAY + r")(?P<part>" + PART_OF_DAY + r")\s+(?:au|a)\s+(?P<w2>" + WEEKDAY + r")\b",
    starts=("de", "du"),
    needs=WEEKDAY_WORDS,
)
def _weekday_span(m, folded, text):
    """ "sans interruption de vendredi soir à dimanche": the days from the first to the second."""
    through = (WEEKDAYS[m.group("w2")] - WEEKDAYS[m.group("w1")]) % 7
    if not through or re.search(r"\bnuit\s+$", text_before(folded, m.start(), 8)):
        return  # "la nuit de samedi à dimanche" (`_weekday_night`)
    data = {"weekday": WEEKDAYS[m.group("w1")], "offset": 0, "through": through}
    yield Found(m.start("w1"), m.end(), "weekday", data, relative=True)


@RULES.rule(
    r"\b(?:(?P<between>entre)\s+)?(?P<w1>" + WEEKDAY + r")(?P<part>" + PART_OF_DAY + r")"
    r"\s+et\s+(?P<w2>" + WEEKDAY + r")",
    starts=("entre", *WEEKDAY_WORDS),
    needs=WEEKDAY_WORDS,
)
def _weekday_pair(m, folded, text):
    """ "entre samedi soir et dimanche", "repêchés mardi et mercredi": the days from the first
    to the second, one period. Without "entre" only two plain days in a row are one period:
    "détruit mardi soir et mercredi" tells two times."""
    first, second = WEEKDAYS[m.group("w1")], WEEKDAYS[m.group("w2")]
    through = (second - first) % 7
    if not through or not m.group("between") and (m.group("part") or through != 1):
        return
    if not m.group("between") and re.search(r"\b(?:le|les|du|au)\s+$", text_before(folded, m.start("w1"), 5)):
        return  # "le samedi et le dimanche": every weekend, a habit
    yield Found(m.start("w1"), m.end(), "weekday", {"weekday": first, "offset": 0, "through": through}, relative=True)


@RULES.rule(
    r"\b(?:(?P<det>cet|ce|l'|le)\s*)?(?P<season>printemps|ete|automne|hiver)(?![a-z])"
    r"(?:\s+(?:(?P<year>" + YEAR + r")(?:\s*[-/]\s*(?P<year2>" + YEAR + r"))?|(?P<rel>dernier|prochain|passe)\b))?",
    starts=SEASON_WORDS,
    prefixes=("cet", "ce", "l'", "le"),
    needs=SEASON_WORDS,
)
def _season(m, folded, text):
    det, code = m.group("det"), SEASONS[m.group("season")]
    if m.group("year"):
        year = int(m.group("year"))
        # "l'hiver 2023-2024" is the winter that starts in 2023; other pairs of years are not one season's
        end = m.end() if m.group("year2") and int(m.group("year2")) == year + 1 else m.end("year")
        yield Found(m.start("season"), end, "date", {"year": year, "part": code})
        return
    if det == "le" and not m.group("rel"):
        det = None  # "depuis le printemps": the article stays outside
    if m.group("rel") and det in ("l'", "le"):
        yield Found(m.start(), m.end(), "season", {"code": code, "offset": rel_offset(m.group("rel"))}, True)
    elif det in ("ce", "cet") and not m.group("rel"):
        # "cet automne" is the one ahead in "reprendront cet automne", the one past in "avaient triplé"
        yield Found(m.start(), m.end(), "season", {"code": code, "offset": 0, "by_tense": True}, True)
    elif not m.group("rel") and _SEASON_CUE.search(text_before(folded, m.start(), 25)):
        bare_ete = det is None and code == "SU" and not re.search(r"\ben\s*$", text_before(folded, m.start(), 5))
        if bare_ete:
            return  # a bare "été" is the participle of "être" ("a été")
        if re.match(r"\s+(?:de|d'|du|des)\b", folded[m.end() : m.end() + 5]):
            return  # "l'hiver de la faim", "au printemps des peuples": not a period of this year
        start = m.start() if det == "l'" else m.start("season")
        yield Found(start, m.end(), "season", {"code": code, "offset": 0, "by_tense": True}, True)


# A season after these is a time ("au printemps", "en hiver", "d'ici l'été"); "en plein hiver" is not.
_SEASON_CUE = re.compile(
    r"(?:\b(?:au|en|d'ici|depuis|avant|apres|pendant|durant|des|jusqu'a|a\s+partir\s+de|au\s+cours\s+de|courant|de)"
    r"\s*(?:l'|le\s+)?|\bd'ici\s+a\s*l')$"
)


@RULES.rule(
    r"\b(?:(?P<det>l')\s*(?P<yu>annee|an)\s+(?P<ys>precedente|precedent|suivante|suivant|d'avant|d'apres)"
    r"|(?P<mdet>le)\s+mois\s+(?P<ms>precedent|suivant|d'avant|d'apres)"
    r"|(?P<wdet>la)\s+semaine\s+(?P<ws>precedente|suivante|d'avant|d'apres)"
    r"|(?:la|cette|le|ce)\s+meme\s+(?P<same>annee|mois|semaine)"
    r"|(?:cette\s+(?P<that>annee)|ce\s+(?P<thatm>mois))\s*-?\s*la)(?![a-z])",
    starts=("l'an", "le", "la", "ce"),
    needs=("precedent", "suivant", "meme", "d'avant", "d'apres", "la"),
)
def _anaphoric(m, folded, text):
    """"l'année précédente", "la même année", "ce mois-là", "la semaine précédente": a year, month or week
    counted from the one just named.

    Its value comes from the last date written before it (`value_of`'s `previous`), not
    from the document date: "En 2024, ... 8 % de moins que l'année précédente" is 2023.
    """
    if re.match(r"\s*(?:que|qu')", folded[m.end() : m.end() + 5]):
        return  # "la même année que lui": a comparison, not a date
    if (m.group("that") or m.group("thatm")) and folded[m.end() - 3] != "-" and text[m.end() - 1] != "à":
        return  # "cette année la valeur": an article, not "là"
    step = m.group("ys") or m.group("ms") or m.group("ws") or ""
    shift = 1 if step.startswith(("suiv", "d'apres")) else -1 if step else 0
    year = m.group("yu") or m.group("same") == "annee" or m.group("that")
    grain = "week" if m.group("same") == "semaine" or m.group("ws") else "year" if year else "month"
    yield Found(m.start(), m.end(), "anaphor", {"grain": grain, "shift": shift})


@RULES.rule(
    r"\b(?:du|le|au|pendant\s+le|durant\s+le|depuis\s+le)\s+(?P<we>week-end)(?![a-z-])(?!\s+(?:" + REL + r"|de|d'))",
    starts=("du", "le", "au", "pendant", "durant", "depuis"),
    needs=("week-end",),
)
def _the_weekend(m, folded, text):
    """"au cours du week-end": the weekend next to the document date, on the verb's side."""
    yield Found(m.start("we"), m.end(), "weekend", {}, relative=True)


_ORDINALS = {"premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "second": 2, "troisieme": 3, "3e": 3,
             "quatrieme": 4, "4e": 4}  # fmt: skip


@RULES.rule(
    r"\b(?P<ord>" + alternatives(_ORDINALS) + r")\s+(?P<kind>trimestre|semestre)(?![a-z])"
    r"(?:\s+(?:de\s+l'annee\s+|de\s+|d')?(?P<year>" + YEAR + r"))?",
    starts=tuple(_ORDINALS),
    needs=("trimestre", "semestre"),
)
def _year_part(m, folded, text):
    n = _ORDINALS[m.group("ord")]
    if m.group("kind") == "semestre" and n > 2:
        return
    part = ("Q" if m.group("kind") == "trimestre" else "H") + str(n)
    year = int(m.group("year")) if m.group("year") else None
    yield Found(m.start(), m.end(), "date", {"year": year, "part": part}, relative=year is None)


@RULES.rule(
    r"\b(?P<num>" + NUM + r")\s+premiers\s+mois(?![a-z])"
    r"(?:\s+(?:de\s+l'annee\s+(?P<year1>" + YEAR + r")|de\s+(?P<year>" + YEAR + r")"
    r"|de\s+l'an(?:nee)?\s+(?P<last>derniere|dernier|passee|passe)\b|de\s+(?:l'annee|cette\s+annee)\b))?",
    starts=NUMBER_WORDS,
    digits=True,
    needs=("premiers",),
)
def _first_months(m, folded, text):
    """ "les neuf premiers mois de 2024", "les cinq premiers mois" (of the document's year), "les
    neuf premiers mois de l'an dernier": from January to the month they end with."""
    n = parse_number(m.group("num"))
    if n is None or not 1 <= n <= 12:
        return
    year = m.group("year") or m.group("year1")
    data = {"months": n, "year": int(year) if year else None, "offset": -1 if m.group("last") else 0}
    yield Found(m.start("num"), m.end(), "first_months", data, relative=year is None)


@RULES.rule(
    r"\b(?P<prep>il\s+y\s+a|dans)\s+(?:(?:plus|pres|moins)\s+d'\s*|(?:plus\s+de|pres\s+de|environ|quelque"
    r"|moins\s+de|au\s+moins)\s+)?"
    r"(?P<num>" + NUM + r"|" + VAGUE + r")\s+(?P<unit>" + UNIT + r")",
    starts=("il", "dans"),
)
def _ago_or_in(m, folded, text):
    unit = UNITS[m.group("unit")]
    n = parse_number(m.group("num"))
    if unit[2] or (n is not None and n * unit[1] > 1000):
        return
    sign = -1 if m.group("prep").startswith("il") else 1
    data = {"n": None if n is None else n * unit[1], "unit": unit[0], "sign": sign}
    yield Found(m.start("num"), m.end(), "shift", data, relative=True)


# Ages are not DATEs: "âgé de 12 ans", "les moins de 18 ans", "une Syrienne de 31 ans", "Aisha, 24 ans,".
_PERSON_NOUNS = (
    "enfant|fille|fillette|garcon|femme|homme|jeune|adolescent|adolescente|bebe|nourrisson|mineur|mineure|personne"
    "|migrant|migrante|refugie|refugiee|mere|pere|victime|eleve|etudiant|etudiante|ressortissant|ressortissante"
    "|soeur|frere|fils|veuve|veuf|demandeur|demandeuse|travailleur|travailleuse|ouvrier|ouvriere|passager|passagere"
    "|survivant|survivante|rescape|rescapee|candidat|candidate|mari|epouse|garcons|filles|enfants|femmes|hommes|jeunes"
    "|militant|militante|activiste|journaliste|avocat|avocate|medecin|infirmier|infirmiere|pecheur|commercant"
    "|commercante|agriculteur|eleveur|chauffeur|soldat|policier|ami|amie|cousin|cousine|oncle|tante|voisin|voisine"
    "|patient|patiente|detenu|detenue|exile|exilee|orphelin|orpheline|nouveau-ne|benjamin|benjamine|aine|ainee|cadet"
    "|cadette|enseignant|enseignante|professeur|professeure|chercheur|chercheuse|ingenieur|ingenieure|artiste"
    "|couturier|couturiere|mecanicien|cuisinier|cuisiniere|macon|menuisier|coiffeur|coiffeuse|berger|bergere"
    "|vendeur|vendeuse|domestique|musicien|musicienne|ecrivain|ecrivaine|pasteur|imam|pretre|religieuse"
    "|cultivateur|cultivatrice|pecheuse|footballeur|sportif|sportive|boxeur|nageur|nageuse|informaticien"
    "|comptable|electricien|plombier|soudeur|menagere|aide-soignant|aide-soignante|infirmier|sage-femme"
)
# What only an age has before it, in years or months: "âgé de", "un bébé de", "le plus jeune a", "ont entre 17 et".
_AGE_ONLY_BEFORE = (
    r"\bage(?:e|s|es)?\s+(?:de\s+|d'\s*)(?:(?:plus|moins|pres)\s+de\s+)?(?:\d+\s+(?:a|et)\s+)?"
    r"|\b(?:" + _PERSON_NOUNS + r")s?\s+(?:[a-z]+\s+)?(?:de\s+|d'\s*)(?:(?:plus|moins|pres)\s+(?:de\s+|d'\s*))?"
    # "la plupart ont entre 17 et 30 ans", "7 % ont moins de 15 ans", "le plus jeune a huit mois"
    r"|\b(?:ont|avaient|a|avait|n'a\s+que|n'avait\s+que)\s+(?:entre\s+\S+\s+et\s+|(?:moins|plus)\s+de\s+)"
    r"|\bplus\s+(?:jeune|agee?)s?\s+(?:a|avait|n'a\s+que|n'avait\s+que)\s+"
)
_AGE_BEFORE_MONTHS = re.compile(r"(?:" + _AGE_ONLY_BEFORE + r")$")
# Years also read "les moins de 18 ans", "à 15 ans"; months there are lengths ("plus de six mois", "à quatre mois").
_AGE_BEFORE = re.compile(r"(?:" + _AGE_ONLY_BEFORE + r"|\b(?:les|des|de|aux|entre)\s+(?:moins|plus)\s+de\s+|\ba\s+)$")
# Before a time of day: "à 10 heures", "il était à peine 6 heures", "peu après 6 heures", "entre
# 10 heures et 15 heures".
_CLOCK_BEFORE = re.compile(r"(?:\b(?:a|vers|des|jusqu'a|apres|avant|entre|peine|etait|est)|\bheures?\s+et)\s*$")
_SAID_OF_A_YEAR = re.compile(
    r"\s+(?:record|meurtriere|meurtrier|noire|noir|difficile|historique|exceptionnelle|exceptionnel|charniere"
    r"|sombre|terrible|tragique|dramatique|cruciale|crucial|decisive|decisif|marquante|marquant|faste|blanche)\b"
)
_NEWBORN_BEFORE = re.compile(r"\b(?:bebe|nourrisson|nouveau-ne|nouveau-nee|nouveau-nes)s?\s+(?:de\s+|d'\s*)$")
# The first of two numbers before a unit, whose context is the age's: "de 14 ou 15 ans", "à 15 ou 16 ans".
_FIRST_OF_TWO = re.compile(r"(?:\d+|[a-z]+)\s+(?:ou|a|et)\s+$")
_AGE_AFTER = re.compile(r"\s+(?:et\s+plus|ou\s+plus|revolus)\b")
# A sentence, not an age: "condamné à cinq ans de réclusion", "à 10 ans d'emprisonnement".
_SENTENCE_AFTER = re.compile(
    r"\s+(?:de|d')\s*(?:prison|reclusion|detention|emprisonnement|incarceration|travaux\s+forces|bagne|sursis"
    r"|interdiction|exil|bannissement|mise\s+a\s+l'epreuve)\b"
)


def _age_context(folded: str, text: str, start: int, end: int, years: bool = True) -> bool:
    """True when "N ans" (or, with `years` False, "N mois"/"N semaines") at [start, end) gives someone's age."""
    if _SENTENCE_AFTER.match(folded, end):
        return False
    before = text_before(folded, start, 60)
    age_before = _AGE_BEFORE if years else _AGE_BEFORE_MONTHS
    if age_before.search(before) or (years and _AGE_AFTER.match(folded, end)):
        return True
    first = _FIRST_OF_TWO.search(before)
    if first is not None and first.start() > 0 and age_before.search(before[: first.start()]):
        return True  # "des mineurs de 14 ou 15 ans": the age of "14 ou", not a length
    # "une Hondurienne de 31 ans": a capitalised person noun (a demonym) before "de"
    m = re.search(r"\b(?i:un|une|le|la|les|des|du)\s+(\w+)\s+de\s+$", text[max(0, start - 40) : start])
    if m and m.group(1)[0].isupper():
        return True
    # "Aisha Bello, 24 ans, originaire de ...": an apposition between commas or brackets
    return years and bool(re.search(r"[,(]\s*$", before) and re.match(r"\s*[,.)]", folded[end : end + 3]))


@RULES.rule(
    r"\b(?:(?P<les>les|ces)\s+)?(?P<num>" + NUM + r"|" + VAGUE + r")\s+(?:(?P<rel>dernieres|derniers|derniere|dernier"
    r"|prochaines|prochains|prochaine|prochain|premieres|premiers)\s+)?(?P<unit>" + UNIT + r")"
    r"(?P<half>\s+et\s+demie?)?",
    starts=("les", "ces", *NUMBER_WORDS, *VAGUE_QUANTITIES),
    digits=True,
)
def _duration(m, folded, text):
    num_text, unit_word = m.group("num"), m.group("unit")
    if "\n" in text[m.end("num") : m.start("unit")] and text[m.start("unit")].isupper():
        return  # "année 2026⏎Mois | …": a line's last number and the next line's title ("six⏎mois" is wrapped)
    letter, factor, time_part = UNITS[unit_word]
    if m.group("rel") in ("premiers", "premieres") and unit_word == "mois":
        return  # "les neuf premiers mois (de 2024)": months of a year (`_first_months`), not a length
    if num_text == "des" and m.group("rel") and not m.group("rel").startswith("premier"):
        return  # "des prochains mois" is "de les": a vague period ("prochains mois", `_vague_period`)
    if re.match(r"\s+(?:" + YEAR + r"|\d0\b)", folded[m.end() : m.end() + 6]) and unit_word.startswith("annee"):
        return  # "des années 1990" is a decade
    years = unit_word.startswith("an")
    ageable = years or unit_word.startswith(("mois", "semaine"))
    if ageable and _age_context(folded, text, m.start("num"), m.end(), years):
        return  # "une Hondurienne de 31 ans", "un bébé de cinq mois": an age, not a length of time
    if unit_word.startswith("jour") and _NEWBORN_BEFORE.search(text_before(folded, m.start("num"), 40)):
        return  # "son bébé de deux jours": a newborn's age
    if num_text in ("un", "une") and unit_word in ("jour", "journee"):
        return  # "un jour" is "some day", not a length of time
    if num_text in ("un", "une") and _SAID_OF_A_YEAR.match(folded, m.end()):
        return  # "2023, une année record", "une année meurtrière en mer": what a year was, not a length
    if re.match(r"\s+sur\s+\d", folded[m.end() : m.end() + 8]):
        return  # "24 heures sur 24", "7 jours sur 7": around the clock, not a length of time
    if re.match(r"\s+de\s+(?:travail|salaire|loyer|conge|conges|repos)\b", folded[m.end() : m.end() + 16]):
        return  # "une semaine de travail", "trois mois de salaire": an amount, not a time
    if unit_word.startswith("journee"):
        return  # "une journée de sensibilisation"
    n = parse_number(num_text.replace(",5", "")) if num_text not in VAGUE_QUANTITIES else None
    clock = _CLOCK_BEFORE.search(text_before(folded, m.start(), 16))
    if time_part and n is not None and n <= 24 and clock:
        return  # "à 10 heures" is a time of day
    if n is not None:
        amount: float = n * factor + (0.5 * factor if ",5" in num_text or m.group("half") else 0)
        if amount > 10000:
            return
        if not float(amount).is_integer() and letter == "Y":
            amount, letter = amount * 12, "M"
        value = timex.duration(amount, letter, time_part)
    else:
        value = timex.duration(None, letter, time_part)
    start = m.start() if (m.group("les") and m.group("rel")) else m.start("num")
    yield Found(start, m.end(), "duration", {"value": value})


@RULES.rule(
    r"\b(?:(?P<det>la|le|cette|ce)\s+)?(?P<rel>derniere|dernier|prochaine|prochain)\s+(?P<unit>" + UNIT + r")",
    starts=("dernier", "prochain"),
    prefixes=("la", "le", "cette", "ce"),
    needs=("dernier", "prochain"),
)
def _the_last_unit(m, folded, text):
    """"la dernière décennie", "le dernier mois": the length of time just before (or after) now."""
    letter, factor, time_part = UNITS[m.group("unit")]
    if m.group("unit").endswith("s") and m.group("unit") != "mois" or m.group("unit").startswith(("jour", "heure")):
        return
    if re.match(r"\s+(?:de|du|d')\b", folded[m.end() : m.end() + 5]):
        return  # "la dernière semaine de mars" is a point, not a length
    yield Found(m.start(), m.end(), "duration", {"value": timex.duration(factor, letter, time_part)})


@RULES.rule(
    r"\b(?P<a>" + NUM + r")\s+(?:ou|a|-)\s+(?P<b>" + NUM + r")\s+(?P<unit>" + UNIT + r")",
    starts=NUMBER_WORDS,
    digits=True,
)
def _approximate_duration(m, folded, text):
    """"deux ou trois ans": a length of time known only roughly (PXY)."""
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a is None or b is None or a >= b or _age_context(folded, text, m.start(), m.end()):
        return
    letter, _factor, time_part = UNITS[m.group("unit")]
    yield Found(m.start(), m.end(), "duration", {"value": timex.duration(None, letter, time_part)})


@RULES.rule(r"\b(?:un|une)\s+demi-(?P<unit>siecle|heure)(?![a-z])", starts=("un",), needs=("demi-",))
def _half_unit(m, folded, text):
    """"un demi-siècle" (P50Y), "une demi-heure" (PT30M)."""
    value = "P50Y" if m.group("unit") == "siecle" else "PT30M"
    yield Found(m.start(), m.end(), "duration", {"value": value})


_APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100}  # fmt: skip


@RULES.rule(
    r"\b(?:une\s+)?(?P<q>" + alternatives(_APPROX) + r")\s+(?:de\s+|d')(?P<unit>" + UNIT + r")",
    starts=tuple(_APPROX),
    prefixes=("une",),
    needs=("aine",),
)
def _approximate_amount(m, folded, text):
    """"une dizaine d'années": about ten years (P10Y, mod APPROX)."""
    if m.group("unit").startswith("an") and _age_context(folded, text, m.start(), m.end()):
        return  # "un homme d'une trentaine d'années"
    letter, factor, time_part = UNITS[m.group("unit")]
    value = timex.duration(_APPROX[m.group("q")] * factor, letter, time_part)
    yield Found(m.start(), m.end(), "duration", {"value": value, "mod": "APPROX"})


@RULES.rule(
    r"\b(?P<q>chaque|tous\s+les|toutes\s+les|par)\s+(?:(?P<num>" + NUM + r")\s+)?"
    r"(?P<unit>" + UNIT + r"|" + alternatives(WEEKDAYS) + r"s?|matin|soir|nuit|matins|soirs|nuits|ete|etes|hiver"
    r"|hivers|printemps|automne|automnes)(?![a-z])",
    starts=("chaque", "tous", "toutes", "par"),
)
def _set(m, folded, text):
    unit_word, num_text = m.group("unit"), m.group("num")
    if num_text and not m.group("q").startswith("tou"):
        return
    n = parse_number(num_text) if num_text else 1
    if n is None:
        return
    if unit_word.rstrip("s") in WEEKDAYS:
        value = timex.duration(n, "W")
    elif unit_word.rstrip("s") in SEASONS or unit_word == "printemps":
        if m.group("q") == "par":
            return
        value = timex.duration(n, "Y")
    elif unit_word.rstrip("s") in ("matin", "soir", "nuit"):
        if m.group("q") == "par":
            return
        value = timex.duration(n, "D")
    else:
        letter, factor, time_part = UNITS[unit_word]
        value = timex.duration(n * factor, letter, time_part)
    yield Found(m.start(), m.end(), "set", {"value": value})


@RULES.rule(
    r"\b(?:(?P<det>ces|les)\s+)?(?:(?P<rel>dernieres|derniers|prochaines|prochains)\s+(?P<u1>annees|mois|semaines"
    r"|jours|decennies|heures)|(?P<u2>annees|mois|semaines|jours|decennies)\s+(?:a\s+venir|passees|passes"
    r"|ecoulees|ecoules|qui\s+viennent|precedentes|precedents))(?![a-z])",
    starts=("dernier", "prochain", "annees", "mois", "semaines", "jours", "decennies"),
    prefixes=("ces", "les"),
    needs=("dernier", "prochain", "venir", "passe", "ecoule", "viennent", "precedent"),
)
def _vague_period(m, folded, text):
    start = m.start() if m.group("det") else (m.start("rel") if m.group("rel") else m.start("u2"))
    yield Found(start, m.end(), "vague", {})
