"""From numbers to figures: what a number counts, what happened to them, and the rest of the record.

A number is a figure when a noun of people (or of their movements) follows it ("2 500
migrants", "1,2 million de réfugiés", "40 000 traversées"), when it stands for people
named just before ("dont 38 ont péri"), or when it is the total of such a noun ("le
nombre de déplacés a dépassé 8 millions"); everything else (ages, years, money,
percentages, boats, article numbers) has no such noun and is left alone.  The group
comes from the noun and its modifiers, the event from the verb or noun that governs the
count, the other fields from the entities around it (`attach`); counts in the rows of a
table are read by `tables`.  Plain Python over the folded text and the entities: no spaCy here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any, Dict, List, Optional, Sequence, Tuple

from migtext.core.lexicon import ARTICLES
from migtext.core.text import BULLET_MARKS, in_ranges
from migtext.figures import attach, kb, sentences
from migtext.figures.attach import Context, Mention, Words
from migtext.figures.heads import CLAUSE_BREAKS as _CLAUSE_BREAKS
from migtext.figures.heads import PARTS as _PARTS
from migtext.figures.heads import WEAK_EVENTS as _WEAK_EVENTS
from migtext.figures.heads import Head as _Head
from migtext.figures.numbers import Number, find_numbers, number_starts
from migtext.figures.tables import TableRows, noun_of

FIELDS = (
    "start", "end", "value", "value_max", "qualifier", "unit", "group", "event",
    "country", "origin", "date", "source",
)
_SUBCOUNT = frozenset({"dont", "notamment", "compris", "parmi", "lesquels", "lesquelles", "eux", "elles"})
# What may follow a count whose noun is left out ("dont 38 ont péri", "dont 6,3 millions en Europe").
_AFTER_OMITTED = frozenset(
    {"ont", "sont", "etaient", "avaient", "seraient", "auraient", "se", "y", "en", "au", "aux", "dans", "a", "vivent",
     "sur", "pour", "originaires", "venus", "venues", "apres", "avant", "depuis", "vers", "via", "lors"}
)
_SENTENCE_BREAKS = frozenset({".", ";", "selon", "dont", "parmi", "(", "«", "»"})
# Words before a number that start another count of a list: "45 morts et 30 disparus".
_NEXT_COUNT = frozenset({"et", ",", "ou", "dont"})
# Events that say nothing of migration by themselves: a count of people with them needs a
# migration word nearby ("47 000 morts" in an earthquake is not a migration figure).
_WEAK_CONTEXT = frozenset({"stock", "assistance", "at_risk", "other", "detention", "death", "missing"})
# How a sentence that goes on with the previous one's counts opens.
# How a sentence opens that goes on with the one before ("Parmi eux", "Ils", "Il a accordé l'asile à 471
# personnes" after "En avril, le SEM a rendu 2 016 décisions"): its time and place may be that one's.
_CONTINUES = (("parmi",), ("dont",), ("ils",), ("elles",), ("il",), ("elle",), ("au", "total"), ("la", "plupart"),
              ("ce", "chiffre"), ("ces",), ("en", "tout"))
_BE = frozenset({"sont", "etaient", "restent", "demeurent", "seraient"})
# What a participle or verb after a count of movements may say was done to them.
_DONE_TO_MOVEMENTS = frozenset({"interception", "rescue", "deportation", "detention"})
# What finding the dead may be read as, which says nothing else of them ("27 corps ont été repêchés").
_FINDING_THE_DEAD = frozenset({"rescue", "interception", "assistance", "arrival", "stock"})
_CLITICS = frozenset({"y", "en"})  # pronouns between a count's noun and its verb
# Places whose inhabitants are a town's population, not a count of migrants (a camp's are).
_SETTLEMENTS = frozenset(
    "ville villes commune communes ile iles pays archipel capitale region province municipalite village "
    "agglomeration metropole cite departement quartier localite".split()
)
# What happens to people in one incident (a shipwreck, a landing): counts told one after the other.
_INCIDENT_EVENTS = frozenset({"death", "missing", "rescue", "interception", "arrival", "departure", "assistance"})
_RATE_WORDS = frozenset({"par", "chaque"})  # "380 personnes par jour", "… chaque semaine"
# Places whose occupants a clitic "en" may stand for ("le centre … en héberge 11 000").
_PLACES_THAT_HOLD = frozenset({"centre", "centres", "camp", "camps", "site", "sites", "structure", "structures",
                               "foyer", "foyers", "hotspot", "abri", "abris", "hangar", "gymnase"})
_JOINT_HEAD = 400  # characters where a page labels itself a joint release
_RECEIVED = ("recu", "recoi", "recev")  # forms of "recevoir"
_OWN_TIME_EVENTS = frozenset({"stock", "other", "at_risk"})  # what `_same_story` does not date from the count before
# Where a paragraph ends: a blank line, or a line break after a sentence's end.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|[.!?»:][ \t]*\n")
_DAYS = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\w+)?(?:/\d{4}-\d{2}-\d{2}(?:T\w+)?)?$")  # a day, or from a day to the next
_DESCRIBING = frozenset({"ayant", "etant"})  # "ayant fui l'Ukraine": what describes the people counted
_PENDING = frozenset({"attente", "pendante", "pendantes", "suspens", "instance", "attendaient", "attendent"})
_QUOTE_REACH = 1200  # characters a quotation may run on each side of a count in it
_FIRST_PERSON = frozenset({"nous", "notre", "nos"})  # an official speaking for an organisation
_ORIGINS_LIST = 48  # words back to "pays d'origine" from a later country of its list
_PEOPLE_OF_LIST = 16  # words back to "ceux du" from a later item of its list
_AUXILIARIES = frozenset({"a", "ont", "avons", "avez", "ai", "avait", "avaient", "avions", "aura", "auront"})
_REACHING = frozenset({"atteindre", "atteint", "atteignant"})  # a level reached after a change
_OBJECT_CLITICS = frozenset({"l", "les", "en", "y"})  # "68 millions l'étaient"
# What joins the counts of a list whose verb and noun are said once ("…, le Soudan 1,1 million et …").
_LIST_JOINS = frozenset({",", "et", ";", "ou", "voire", "soit"})
_PERCENT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:%|pour[ \u00a0]?cent\b)")
_WITHIN = frozenset({"interne", "internes", "interieur"})  # "déplacés internes", "à l'intérieur du pays"
_ITEM_MARKS = frozenset(BULLET_MARKS)  # what opens a list's item
# A modal before "être" and a participle after a count: what is to happen to the people counted.
_MODALS = frozenset({"doit", "doivent", "devait", "devaient", "devra", "devront", "devrait", "devraient", "va",
                     "vont", "allait", "allaient"})
# Verbs of helping after "pour": the purpose of an appeal or a plan ("pour venir en aide à", "pour soutenir").
_PURPOSE_VERBS = frozenset({"venir", "soutenir", "aider", "assister", "accompagner", "secourir", "proteger"})
_PURPOSE_REACH = 5  # words from "pour" to the count ("pour venir en aide à 1,6 million")
_ITEM_LABEL_WORDS = 2  # words after the article of a list item's label ("la péninsule 6 900")
# What may follow such a count: its place, its time, the next count or the end of the clause.
_AFTER_CONTINUED = frozenset({"et", "ou", "a", "au", "aux", "en", "dans", "selon", "d", "contre", "l", "depuis", "vers",
                              "via", "sur"})
# What may open the clause of a count whose noun is left out, and the verbs that may follow it.
_OPENING_BREAKS = frozenset({",", ";", ":"})
_AUX_MAIN = frozenset({"ont", "sont", "a", "est", "avaient", "etaient", "se", "ne", "n"})
# What opens an apposition between a count's noun and its verb ("18 450 personnes, soit 3 690 ménages,
# ont été déplacées"), and its length in words at most.
_APPOSITION_OPENERS = frozenset({"soit", "principalement", "essentiellement", "surtout", "majoritairement",
                                 "notamment", "pour", "en", "dont"})
_APPOSITION_WORDS = 10
# Where a row of key figures under another says its people are: "1 119 800 dans les camps de Cox's Bazar".
_ROW_PLACE_WORDS = frozenset({"dans", "sur", "en", "au", "aux", "a"})
_MAIN_REACH = 30  # words after "qui" where the main verb may come back
_MAIN_STOPS = frozenset({".", ";", ":", "«", "»"})
_ORIGIN_LABELS = frozenset({"nationalite", "nationalites", "provenance"})  # "Principales nationalités : …"
_DONE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "ete"})
_PARTICIPLE_FORM = re.compile(r"(?:é|ée|és|ées|is|ies|us|ues|ts|tes)$")
_STATES = frozenset({"missing", "death", "detention", "at_risk"})  # what people may still be ("sont toujours détenus")
_NEW = frozenset({"nouveaux", "nouvelles", "nouvel"})  # "790 000 nouveaux réfugiés": people who arrived
_MOVED_FROM = frozenset({"return", "departure"})  # "le Nigeria a rapatrié 200 migrants de Libye": not where
_SUBJECT_GAP = 6  # words between a verb and the count it governs ("a renvoyé cette semaine plusieurs milliers")
_VEHICLE_AUXILIARIES = frozenset({"a", "ont", "est", "sont"})
_VEHICLE_EVENTS = frozenset({"arrival", "interception", "rescue", "departure", "deportation", "detention"})
_PLURAL_AUXILIARIES = frozenset({"ont", "sont", "avaient", "etaient"})  # "a" is also "à"
_OF = frozenset({"de", "d", "des"})
_QUALIFIERS_AFTER = {
    ("au", "moins"): "min", ("au", "minimum"): "min", ("au", "plus"): "max", ("au", "maximum"): "max",
    ("environ",): "approx",
}
# What may follow a total whose noun is before it: "les arrivées ont atteint 6 400 en mars".
_AFTER_TOTAL = frozenset(
    {"en", "au", "aux", "a", "depuis", "selon", "d", "cette", "ce", "l", "le", "la", "contre", "soit", "fin", "mi",
     "dans", "sur", "pour", "par", "et", "entre",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)
# What may follow a compared count to say when: "contre 5 100 la semaine précédente", "lors de".
_THEN = frozenset({"l", "la", "le", "les", "lors", "il", "un", "une", "pendant", "durant", "fin", "mi", "debut"})
_ONLY = frozenset({"seuls", "seules", "seulement"})
# Words of a rank said of a nationality before its count in brackets ("la première nationalité (17 400)").
_RANKED = frozenset({"nationalite", "nationalites", "premier", "premiere", "premiers", "premieres", "principaux",
                     "principales", "deuxieme", "deuxiemes", "second", "seconde"})
# Words of a rank said of a nationality, then its count in brackets: "la première communauté (484 000)"
_RANK_WORDS = _RANKED | {"nombreux", "nombreuses", "communaute", "groupe", "contingent"}
_RANK_REACH = 10  # words from a nationality to its count in brackets
_LIST_GAP = 5  # words between two counts of a list ("143 Sénégalais, 41 Gambiens")
_CONTRASTS = frozenset({("tandis", "que"), ("alors", "que"), ("tandis", "qu"), ("alors", "qu")})
_RELATIVES = frozenset({"qui", "que", "qu", "lequel", "laquelle", "lesquels", "lesquelles"})
# words between a count's noun and "qui" that still make the clause about it ("réfugiés érythréens qui")
_OWN_RELATIVE = 2
_OPENING_VERBS = frozenset({"ont", "sont", "etaient", "avaient", "seraient", "auraient", "se", "y", "figurent",
                            "vivent", "restent", "demeurent", "venaient", "viennent", "provenaient", "proviennent",
                            "restaient", "demeuraient", "vivaient"})
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées")
_NOW_WORDS = frozenset({"aujourd", "hui", "ce", "jour"})
_SUBJECT_REACH = 12  # words before a change verb where its subject may be ("Le nombre de franchissements ... a baissé")
_STILL = frozenset(
    {"toujours", "encore", "desormais", "actuellement", "ainsi", "deja", "finalement", "donc", "aujourd", "hui"}
)
_AFTER_REACH = 12  # words after the count where its verb may be
_SENTENCE_REACH = 25  # words before the clause where the sentence's verb may still govern
_PLAN_REACH = 8  # words before a count where a plan may govern it ("prévoit d'accompagner")
_APPOSITION = 10  # words an apposition between commas may have
_HOSTING = ("accueill", "heberg")
_DETENTION_PLACES = frozenset({"cra", "retention", "lre", "detention", "prison", "prisons"})
_SHELTERS = frozenset(
    {"refuge", "refuges", "foyer", "foyers", "structure", "structures", "association", "gymnase", "hotel", "hotels",
     "dispositif", "cada", "huda", "abri", "abris", "paroisse", "eglise"}
)
# Events of people a page about migration counts without a migration word in their sentence
# ("5 230 personnes ont été mises à l'abri"); deaths and people at risk still need one.
_PAGE_CONTEXT_EVENTS = frozenset({"assistance", "stock"})
# A short title line of key figures, with the day they are given at: "CHIFFRES CLÉS (au 28 février 2026)".
_KEY_FIGURES_TITLE = re.compile(
    r"(?im)^[ \t]*(?:chiffres[ \t]+cl[ée]s|situation|donn[ée]es|statistiques|bilan|point[ \t]+de[ \t]+situation)"
    r"\b[^\n.]{0,40}?\bau[ \t]+[^\n.]{1,30}$"
)
_KEY_FIGURES_REACH = 2500  # characters from a page's top where its key figures' title may be
_PAGE_CONTEXT_SENTENCES = 4
_PAGE_COUNTRY_MIN = 3  # places a page names in the country it is about
_PAGE_COUNTRY_SHARE = 0.7  # their share of all the places it names
_NOT_ABOUT = frozenset({attach.ORIGIN, attach.FROM})  # roles of places a page is not about
_GIVEN_REACH = 20  # words back from "à" to the verb of giving ("a distribué des kits d'abris à")
_RETURNED_REACH = 10  # words after a count's noun to the verb that says they went home
_RETURN_STOPS = frozenset({".", ";", ":", "dont", "selon", "parmi", "«", "»"})
# A rate, not a count: "138 primo-demandeurs pour un million d'habitants", "3,2 demandes pour 1 000 habitants".
_RATE = re.compile(
    r"(?:pour|par)\s+(?:un\s+million|million|mille|cent\s+mille|\d[\d  .,]*)\s+(?:d['’]\s*)?habitants\b",
    re.IGNORECASE,
)
_ANSWER_LABEL = re.compile(r"[ \t]*:[ \t]")  # "Laurent Dubois-Ndiaye : …", an interview's answer
_TITLE_TO_NAME = re.compile(r"(?:\s+(?:à|au|en|pour)\s+[^\W\d][\w'’ -]{0,30})?\s*,\s*")  # "de l'OIM à Agadez, "
_HIM = frozenset({"lui", "elle", "eux", "elles"})  # "selon lui", "d'après elle": the person named before
_NEW_LINE_OPENS = re.compile(r"\n\s*[^\sa-zàâçéèêëîïôûùüÿœ]")  # a line that does not go on with a sentence
_COLON_REACH = 2  # words between a figure and the colon its parts follow ("842 personnes : 596 au …")
_SUBCOUNT_REACH = 20  # words of a ", dont …," clause between a count and its verb
_LISTED_REACH = 8  # words back from "et à" to the count listed before ("à 6 200 personnes et à")
_PLACES_OF_MOVEMENTS = frozenset({"point", "points", "poste", "postes", "centre", "centres", "zone", "zones",
                                  "route", "routes", "camp", "camps", "site", "sites"})
_YOUNG = frozenset({"filles", "fillettes", "garcons", "adolescents", "adolescentes"})  # young by their noun
_EN_REACH = 40  # words back to the movements "en" stands for ("qui en a dénombré 3 870")
_DATE_CHARS = 60  # characters back from a count where the time said right before it may start
_NEAR = 4  # words before the count where a governing verb is "near" ("accueille 1,2 million")
# Verbs of a change that say the level a count reached: "ils sont tombés à 17 200".
_LEVEL_VERBS = frozenset({"tombe", "tombes", "tombees", "chute", "recule", "baisse", "grimpe", "augmente", "etabli",
                          "etablis", "etablie", "etablies", "remonte", "progresse", "diminue", "monte"})
_TOTAL_NEAR = 10  # words between a total's noun and its level
_TOTAL_REACH = 20  # ... when "le nombre de" names it


_DATE_LINE_CHARS = 600  # a page's date line is in its head
_CLOCK_AFTER = re.compile(r"(?:\s?h\s?\d\d|:\d\d)\b")
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d\d?(?:\s?h\s?|:)$")
# An amount of money, never a count of people (FIGURES.md): "25 millions d'euros", "300 000 dollars", "500 €".
_MONEY_AFTER = re.compile(
    r"\s*(?:d['’]\s*|de\s+)?(?:euros?|dollars?|francs?|livres?\s+sterling|dinars?|dirhams?|pesos?|roupies?|"
    r"shillings?|nairas?|€|\$|USD|EUR|FCFA|CFA|CHF)(?!\w)",
    re.I,
)
_AS_OF = re.compile(r"\b(?:au|à la date du)\s*$", re.I)
# The words of a qualifier before a count ("au moins", "près de", "quelque").
_QUALIFIER_WORDS = frozenset({"au", "moins", "plus", "de", "d", "pres", "environ", "quelque", "pas", "encore", "entre"})
# A data page's line (or a part of its header line, after "|") for when its figures were gathered:
# "Collecte : 3 – 21 mars 2025",
# "Collecte des données : 3 au 21 juin 2024", "Période couverte : du 24 février au 2 mars 2025".
_COLLECTION_LINE = re.compile(
    r"(?:^[ \t•*·-]*|[|·][ \t]*)(?:collecte(?: des données)?"
    r"|période(?: couverte| de collecte| de référence| d'évaluation)?|dates? de (?:la )?collecte|données collectées)"
    r"[ \t]*(?::|\b(?=[ \t]+du\b))",
    re.I | re.M,
)
# How far into a page that line may be: in its header, above the figures.
_COLLECTION_LINE_REACH = 1500
_AFTER_DATE_LINE = re.compile(r"[ \t]*(?:\n|$|[–—·|-]\s)")


def _date_line(text: str, m: Mention, doc_date: Optional[str]) -> bool:
    """Whether a DATE is the page's own date line, which dates the page and none of its counts:
    the document's date ending a line or before a dash ("Communiqué de presse | 4 mars 2025",
    "Varsovie, le 14 novembre 2024", "18 février 2025 – Près d'un million…", "08/04/2025 · Libye")."""
    if m.label != "DATE" or m.start > _DATE_LINE_CHARS or not doc_date or m.norm != doc_date:
        return False
    after = _AFTER_DATE_LINE.match(text, m.end)
    if after is None:
        return False
    if after.group().strip():
        return True  # a dash or a separator after it: "18 février 2025 – Près d'un million…"
    # at a line's end: the line counts no one ("Tchad : 61 morts le 16 avril 2024" dates its count),
    # nor gives the day of the figures under it ("Résidents des centres au 8 juillet")
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start]
    return not any(c.isdigit() for c in before) and not _AS_OF.search(before)


# What displaces people, after "déplacés par les …": a new displacement.
_DISPLACING = frozenset(
    "combats violences attaques affrontements inondations crues secheresse conflit conflits seisme cyclone "
    "typhon ouragan eruption bombardements".split()
)
_REGISTERING = ("enregistr", "recens")  # verbs of counting that register applicants: their applications
_NEWLY = frozenset({"nouvellement", "recemment"})  # "85 000 personnes nouvellement déplacées": still a group
_ASIDE = 4  # words of an aside between a verb and its "à" ("a porté secours, ce week-end, à 74 …")
_VESSEL_REACH = 3  # words between a boat's noun and its participle ("bateau de pêche parti")
_ANY_PARTICIPLE = re.compile(r"(?:ee?s?|ie?s?|ue?s?|te?s?)$")  # folded, singular too ("parti", "chavire")


class Reader(TableRows):
    """Reads every figure of one document."""

    def __init__(
        self,
        text: str,
        folded: str,
        words: Words,
        mentions: Sequence[Mention],
        doc_date: Optional[str] = None,
        boilerplate: Sequence[Tuple[int, int]] = (),
        dateline: Optional[Tuple[int, int]] = None,
    ) -> None:
        self.text = text
        self.folded = folded
        # the release's own organisation: its dateline "(OIM)", else its contact e-mails
        self.agency = attach.agency(mentions, dateline) or attach.contact_agency(text)
        # the dateline's place and date are the release's ("Genève", "New York"), not a count's
        mentions_in_dateline = [m for m in mentions if dateline and dateline[0] <= m.start and m.end <= dateline[1]]
        if dateline:
            mentions = [m for m in mentions if not (m.start < dateline[1] and dateline[0] < m.end)]
        mentions = [m for m in mentions if m.start > _DATE_LINE_CHARS or not _date_line(text, m, doc_date)]
        self.ctx = Context(text, words, mentions)
        self.agency = self.agency or attach.record_issuer(self.ctx)  # '"emetteur": "Préfecture de Mayotte"'
        self.doc_date = doc_date if doc_date and not doc_date.startswith("XXXX") else None
        self.boilerplate = list(boilerplate)
        self.dateline = dateline
        self.ranges = sentences.split(text, [dateline[1]] if dateline else [])
        self._sentence_starts = [a for a, _ in self.ranges]
        if "conjoint" in folded[:_JOINT_HEAD]:
            # "Déclaration conjointe", "Communiqué conjoint": the release of each agency it names, whatever
            # one contact address says
            joint = attach.labelled_release(self.ctx, folded, self.ranges)
            self.agency = joint if joint and ";" in joint else self.agency
        if self.agency is None and dateline and not attach.reported(mentions_in_dateline):
            # a release that names its own organisation in its first sentence ("Le HCR, l'Agence
            # des Nations Unies pour les réfugiés, s'alarme", "le HCR rappelle ce jour que")
            # ("Le HCR appelle les donateurs" in its second sentence, "Soudan : le HCR s'alarme …" in its title)
            body_first = [(a, b) for a, b in self.ranges if a >= dateline[1]][:2]
            title = [(a, b) for a, b in self.ranges if b <= dateline[0]][-2:]
            for start, end in body_first[:1] + title + body_first[1:]:
                self.agency = attach.self_named(self.ctx, start, end)
                if self.agency is not None:
                    break
        if self.agency is None:
            self.agency = attach.labelled_release(self.ctx, folded, self.ranges)
        self.agency = self.agency or attach.about_footer(self.ctx)  # "À propos de l'OIM : créée en 1951, …"
        if self.agency is None:
            body_start = dateline[1] if dateline else next(
                (a for a, b in self.ranges if text[a:b].rstrip()[-1:] == "."), len(text))
            self.agency = attach.source_field(self.ctx, body_start)  # "Format : Infographie Source : OCHA"
        if self.agency is None:
            first_sentence = next((a for a, b in self.ranges if text[a:b].rstrip()[-1:] == "."), len(text))
            self.agency = attach.page_banner(self.ctx, first_sentence)
        body = dateline[1] if dateline else next((b for a, b in self.ranges if text[a:b].rstrip()[-1:] == "."), 0)
        self.heading = [
            self.ranges[i]
            for i in sentences.heading(text, self.ranges, body)
            if not (dateline and self.ranges[i][0] < dateline[1] and dateline[0] < self.ranges[i][1])
        ]
        # "Situation au 2 mars 2025": the day a page gives its figures at, where its intervals end
        self._as_of = next((m.norm for a, b in self.heading + self._key_figure_titles()
                            for m in self.ctx.in_range(a, b, ("DATE",)) if self._given_at(m)), None)
        self._said_as_of_memo: Dict[int, Optional[str]] = {}  # `_said_as_of`, by sentence start
        self._collected = self._collection_period()
        # "Libye : 312 migrants sortis de détention…": the country a headline labels the story with
        self._story_place = next((p for p in map(self._label_place, self.heading) if p), None)
        self._on_migration: Optional[bool] = None  # `_migration_page`, once read
        self._about: Optional[str] = None  # `_page_country`, once read ("" for none)
        self._bodies: Optional[Dict[str, str]] = None  # `_body_country`: source name -> its state
        self._named: Optional[Dict[str, int]] = None  # `_page_countries`, once read
        self._parents: Dict[int, Dict[str, Any]] = {}  # sub-count start -> the figure it belongs to
        self._compared_parts: set = set()  # starts of compared counts and of parts in brackets
        self._titles: Dict[int, List[Tuple[int, int]]] = {}  # `_rows_title`, by sentence

    def _said_as_of(self, sent: Tuple[int, int]) -> Optional[str]:
        """The day a sentence gives its figures at ("Au 31 août, 4 180 demandes avaient été
        enregistrées depuis janvier", "selon le bilan arrêté au 30 septembre"): where its
        intervals end, as a page's "Situation au 2 mars" does for the whole page."""
        if sent[0] not in self._said_as_of_memo:
            given = (m.norm for m in self.ctx.in_range(sent[0], sent[1], ("DATE",)) if self._given_at(m))
            self._said_as_of_memo[sent[0]] = next(given, None)
        return self._said_as_of_memo[sent[0]]

    def _given_at(self, m: Mention) -> bool:
        """Whether a date is the day figures are given at: a day after "au", not after "jusqu'au"
        (a deadline), and not after the document's own date."""
        before = self.ctx.keys_before(m.start, 2)
        return bool(m.norm and len(m.norm) == 10 and before[-1:] == ["au"] and before[:1] != ["jusqu"]
                    and (not self.doc_date or m.norm <= self.doc_date))

    def _key_figure_titles(self) -> List[Tuple[int, int]]:
        """The title lines of a page's key figures near its top ("CHIFFRES CLÉS (au 28 février
        2026)", "Situation au 2 mars"), whose day the page's figures are given at."""
        text = self.ctx.text
        out = []
        for line in _KEY_FIGURES_TITLE.finditer(text, 0, min(len(text), _KEY_FIGURES_REACH)):
            out.append((line.start(), line.end()))
        return out

    def _collection_period(self) -> Optional[str]:
        """The period a data page says its figures were gathered in ("Collecte : 3 – 21 mars
        2025"): the time of the figures that say none of their own (FIGURES.md reads a count's
        time from the heading it continues, and this line heads the whole page)."""
        text = self.ctx.text
        if "ollecte" not in text and "ériode" not in text and "ERIODE" not in text.upper():
            return None
        for line in _COLLECTION_LINE.finditer(text, 0, min(len(text), _COLLECTION_LINE_REACH)):
            end = text.find("\n", line.end())
            for m in self.ctx.in_range(line.end(), len(text) if end < 0 else end, ("DATE",)):
                if m.norm and "/" in m.norm and not m.norm.startswith("P"):
                    return m.norm
        return None

    # ------------------------------------------------------------ the whole document

    def figures(self) -> List[Dict[str, Any]]:
        out: List[Dict[str, Any]] = []
        # years, days and numbers inside names are left out before their qualifiers are read
        kept = find_numbers(
            self.folded, keep=lambda n: not self._excluded(n), at=number_starts(self.ctx.starts, self.ctx.keys)
        )
        after_number = {n.start: n for n in kept}
        self._number_starts = set(after_number)
        self._sorted_numbers = sorted(after_number)
        self._number_lefts = {n.left for n in kept}  # where each number starts with its qualifier
        # the count before each one, years and dates left out ("d'ici 2050, dont 86 millions")
        self._previous_number = {b.start: a.start for a, b in zip(kept, kept[1:], strict=False)}
        self._values = {n.start: n.value for n in kept}
        self._number_ends = {n.start: n.end for n in kept}
        self._figure_starts: set = set()
        self._read_so_far = out  # `_counted_before`: the figures read before a table
        # the other counts of people (a number with a noun of people after it), whose dates are
        # their own ("trois naufrages ... ont coûté la vie à 61 personnes": "trois" counts no one)
        self._heads = {n.start: self._head(n, after_number) for n in kept}
        # ... but not a count restated ("2 600 familles, soit près de 11 000 personnes, … depuis avril")
        restated = {n.start for n in kept if self._restating(n, self._heads[n.start])}
        # ... and a compared count, its noun left out ("28 400 personnes …, contre 21 600 sur la même
        # période de 2023"): the time after it is its own
        compared = {n.start for n in kept if self.ctx.keys_before(n.left, 1) == ["contre"]}
        self._others = [start for start, head in self._heads.items()
                        if (head is not None or start in compared) and start not in restated]
        for number in kept:
            figure = self._read(number, after_number, out)
            if figure is not None:
                out.append(figure)
                self._figure_starts.add(figure["start"])
        return out

    def _excluded(self, number: Number) -> bool:
        if in_ranges(number.start, number.end, self.boilerplate):
            return True
        if self.dateline and number.start < self.dateline[1] and self.dateline[0] < number.end:
            return True
        if _CLOCK_AFTER.match(self.text, number.end) or _CLOCK_BEFORE.search(
            self.text, max(0, number.start - 8), number.start
        ):
            return True  # a time of day: "10.07.2025, 06:12", "à 14h30"
        if _MONEY_AFTER.match(self.text, number.end):
            return True  # "25 millions d'euros par an"
        ctx = self.ctx
        k = bisect_left(ctx.mention_starts, number.end)  # mentions that start before the number ends
        return any(m.start < number.end and number.start < m.end for m in ctx.mentions[max(0, k - 3) : k])

    # ------------------------------------------------------------ one number

    def _clause(self, sent: Tuple[int, int], number: Number, head_end: int) -> Tuple[int, int, int, int]:
        """Word indexes and characters of the clause around a count (between commas, brackets)."""
        ctx = self.ctx
        first = ctx.word_at(sent[0])
        last = ctx.word_at(sent[1])
        a = ctx.word_at(number.left)
        while a > first and ctx.keys[a - 1] not in _CLAUSE_BREAKS:
            a -= 1
        b = head_end
        while b < last and ctx.keys[b] not in _CLAUSE_BREAKS and ctx.keys[b] not in ("selon", "dont"):
            if ctx.keys[b] in ("et", "ou") and b + 1 < last and ctx.starts[b + 1] in self._number_lefts:
                break  # "84 000 depuis le Liban et 52 000 depuis la Turquie": the next count's own words
            b += 1
        start = ctx.starts[a] if a < len(ctx.keys) else sent[0]
        end = ctx.ends[b - 1] if b - 1 < len(ctx.keys) and b > a else sent[1]
        return a, b, start, max(end, number.end)

    def _head(self, number: Number, after_number: Dict[int, Number]) -> Optional[_Head]:
        """The noun that says what a number counts, skipping "de", adjectives and "voire N"."""
        ctx = self.ctx
        i = ctx.word_at(number.end)
        keys = ctx.keys
        # "300 voire 400 migrants", "300 ou 400 migrants", "une dizaine, voire une vingtaine de
        # migrants": both counts share the noun
        j = i + 1 if keys[i : i + 1] == [","] else i
        if j < len(keys) and keys[j] in ("voire", "ou") and j + 1 < len(keys):
            nxt = after_number.get(ctx.starts[j + 1])
            if nxt is not None:
                i = ctx.word_at(nxt.end)
        if i < len(keys) and keys[i] in ("de", "d") and self.folded[number.end - 1].isalpha():
            i += 1  # "1,2 million de", "une centaine de"
        if keys[i : i + 1] in (["de"], ["d"]) and keys[i + 1 : i + 2] in (["ces"], ["ses"], ["leurs"], ["nos"]):
            i += 2  # "188 000 de ces interpellations": a part of the ones told of, counted by their noun
        for _ in range(2):
            # "nouveaux arrivants", "deux autres migrants"; but "des milliers de jeunes quittent"
            noun_here = kb.match_noun(keys, i)  # "nouveaux déplacés" is a noun of its own, not "nouveaux" + "déplacés"
            if i + 1 < len(keys) and kb.match_cue(keys, i, "skip") and not (
                noun_here and (noun_here[1] > 1 or not kb.match_noun(keys, i + 1))
            ):
                i += 1
        if keys[i : i + 2] in (["le", "nombre"], ["le", "total"]):
            # "L'OIM estime à 2 500 le nombre de migrants interceptés", "ce qui porte à près de 70 000
            # le nombre total de demandeurs"
            j = i + 3 if keys[i + 2 : i + 3] in (["total"], ["global"]) else i + 2
            if j < len(keys) and keys[j] in _OF:
                i = j + 1
        if i >= len(keys) or self._ends_row(number, ctx.starts[i]):
            return None
        nat = next((m for m in ctx.in_range(ctx.starts[i], ctx.ends[i] + 60, ("NATIONALITY",))
                    if m.start == ctx.starts[i]), None)
        if nat is not None:
            return _Head(None, ctx.word_at(nat.end), None, (True, nat.norm))
        hit = kb.match_noun(keys, i)
        if hit is not None:
            noun, n = hit
            return _Head(noun, i + n, noun.group, (False, None))
        return None

    def _omitted(self, number: Number, figures: List[Dict[str, Any]], sent_index: int) -> Optional[_Head]:
        """ "dont 38 ont péri", "38 d'entre eux", "Plus de 300 sont mortes": a count of people named before it."""
        ctx = self.ctx
        keys = ctx.keys
        i = ctx.word_at(number.end)
        left = ctx.word_at(number.left)
        if keys[i : i + 3] in (["d", "entre", "eux"], ["d", "entre", "elles"]):
            return _Head(None, i + 3, None, (False, None), omitted=True)
        nxt = keys[i] if i < len(keys) else "."
        # "dont 38 ont péri": only when the count before is a figure ("2 000 garde-frontières, dont 600")
        after_figure = self._goes_on_from(number, figures, sent_index) is not None
        sub = left > 0 and (keys[left - 1] in _SUBCOUNT or self._parts_after_colon(number, figures)) and after_figure
        if sub and (nxt in _AFTER_OMITTED or nxt in _CLAUSE_BREAKS or kb.match_cue(keys, i, "event")):
            return _Head(None, i, None, (False, None), omitted=True)
        if sub and self._participle_at(i):  # "dont plus de 1 100 non accompagnés": what they are, not an event
            return _Head(None, i + 2 if nxt == "non" else i + 1, None, (False, None), omitted=True)
        dated = i < len(keys) and any(d.start == ctx.starts[i] or d.start == ctx.ends[i] + 1
                                      for d in ctx.in_range(ctx.starts[i], ctx.ends[i] + 40, ("DATE",)))
        if sub and (keys[i : i + 3] in (["de", "moins", "de"], ["de", "plus", "de"]) or self._finite_at(i) or dated):
            # "parmi lesquels une trentaine de moins de 5 ans", "dont 170 000 la semaine dernière"
            # "parmi lesquels une trentaine de moins de 5 ans", "dont 400 voyageaient seuls"
            return _Head(None, i, None, (False, None), omitted=True)
        # "Plus de 300 sont mortes", "Parmi eux, 9 500 sont des enfants", "2 millions d'autres ont franchi":
        # a count that opens a clause, with its verb, after counts of people in this or the previous sentence
        first = ctx.word_at(self.ranges[sent_index][0])
        lead = left - 1 if left > first and keys[left - 1] in _ONLY else left  # "Parmi eux, seuls 48 000 ont"
        opens = lead == first or lead > first and keys[lead - 1] in _OPENING_BREAKS
        # "…, alors que plus de 302 000 l'avaient traversée en 2024"
        opens = opens or lead - first >= 2 and (keys[lead - 2], keys[lead - 1]) in _CONTRASTS
        # "12 personnes ont perdu la vie et 30 sont toujours portées disparues"
        opens = opens or left > first and keys[left - 1] == "et" and after_figure
        if opens and figures and figures[-1]["start"] >= self.ranges[max(0, sent_index - 1)][0]:
            j = i + 2 if keys[i : i + 2] == ["d", "autres"] else i + 1 if nxt == "autres" else i
            if j + 1 < len(keys) and keys[j] in _OBJECT_CLITICS and keys[j + 1] in _OPENING_VERBS | _BE:
                j += 1  # "Parmi elles, 68 millions l'étaient à cause des conflits"
            # after "seuls", only a count of what happened: "seuls 48 000 ont pu être enregistrés", not
            # "seules 600 [places] ont été créées"
            told = lead == left or any(kb.match_cue(keys, t, "event") for t in range(j, min(len(keys), j + 4)))
            # on its line, or a wrapped line's next word ("Plus de 300⏎sont mortes"), not the title of the next line
            same_line = j < len(keys) and ("\n" not in self.text[number.end : ctx.starts[j]]
                                           or self.text[ctx.starts[j]].islower())
            if told and same_line and (keys[j] in _OPENING_VERBS or kb.match_cue(keys, j, "event")):
                return _Head(None, j, None, (False, None), omitted=True, refers_back=True)
        # "ils sont renvoyés vers le Mexique : plus de 6 300 l'ont déjà été", "seuls 380 l'ont été": the
        # people the verb before was said of, as many as the count
        if keys[i : i + 1] in (["l"], ["les"]) and keys[i + 1 : i + 2] and keys[i + 1] in _DONE_AUXILIARIES:
            j = i + 2
            while j < len(keys) and j < i + 5 and keys[j] != "ete":
                j += 1
            done = any(kb.match_cue(keys, t, "event") for t in range(first, left))
            if j < len(keys) and keys[j] == "ete" and done:
                return _Head(None, j + 1, None, (False, None), omitted=True)
        # "Parmi les déplacés, 3,2 millions l'étaient à cause des combats": the people counted
        # are named by the "parmi" phrase that opens the sentence
        if left >= 4 and keys[left - 1] == "," and keys[first] == "parmi" and left - first <= 8:
            hit = kb.match_noun(keys, first + 2) if keys[first + 1] in ("les", "ces", "eux") else None
            # "Parmi les déplacés, …", "Parmi les migrants interpellés, …"
            if hit and hit[0].group and 0 <= left - 1 - (first + 2 + hit[1]) <= 2:
                return _Head(hit[0], i, hit[0].group, (False, None), omitted=True)
        # "89 000 migrants..., contre 42 000 l'an dernier": the same kind of count, compared
        ends_count = nxt in _AFTER_OMITTED or nxt in _CLAUSE_BREAKS or nxt in _THEN or dated
        if after_figure and left > 0 and keys[left - 1] == "contre" and ends_count:
            return _Head(None, i, None, (False, None), omitted=True, compared=True)
        # "17 800 demandes, devant les Bangladais (11 200)", "l'Espagne (164 000)", "le plus grand
        # nombre de primo-demandeurs (230 000, soit 25 %)": a part of a count, in brackets after
        # what it is the count of
        recent = bool(figures) and figures[-1]["start"] >= self.ranges[max(0, sent_index - 1)][0]
        if left > 1 and keys[left - 1] == "(" and nxt in (")", ","):
            bracket = self._bracketed(left - 1, self.ranges[sent_index][0])
            # without a count before to break down, only people named by where they come from:
            # "En septembre, les Vénézuéliens (6 800) constituaient le premier groupe"
            if bracket is not None and (recent or bracket.origin[0] and bracket.origin[1]):
                return bracket
        continued = self._continued(number, after_figure, nxt, i, figures[-1]["event"] if figures else "stock")
        if continued is not None:
            return continued
        if figures and nxt in _ROW_PLACE_WORDS and self._row_under_row(number, figures[-1]):
            # "1 156 430 réfugiés rohingyas enregistrés⏎1 119 800 dans les camps de Cox's Bazar⏎36 630 sur
            # l'île de Bhasan Char": the rows under a row of key figures count its people, where they are
            return _Head(None, i, None, (False, None), omitted=True, continued=True,
                         place=self._own_place(i, figures[-1]["event"]))
        # "38 sont morts et 6 autres sont portés disparus"
        if nxt == "autres" and i + 1 < len(keys):
            if keys[i + 1] in _AFTER_OMITTED or kb.match_cue(keys, i + 1, "event"):
                return _Head(None, i + 1, None, (False, None), omitted=True)
            if keys[i + 1] in _CLAUSE_BREAKS:  # "le retour volontaire de 19 000 autres": the verb before is theirs
                return _Head(None, i + 1, None, (False, None))
        # "Elles sont près de 390 000 à Hong Kong", "En avril, elles étaient 4 300": the people told of before
        be = left - 1
        while be > 0 and keys[be] in _STILL:
            be -= 1  # "ils sont déjà près de 1 800"
        if be >= 1 and keys[be] in _BE and keys[be - 1] in ("ils", "elles"):
            if nxt in _AFTER_OMITTED or nxt in _CLAUSE_BREAKS:
                return _Head(None, i, None, (False, None), omitted=True, state=True)
        # "Les Syriens étaient encore plus de 11 000 à demander l'asile", "les mineurs sont 640 à
        # attendre": the people the subject names, doing what the verb after "à" says
        if be >= 1 and keys[be] in _BE and nxt == "a" and i + 1 < len(keys):
            subject = self._people_before(be)
            if subject is not None:
                return replace(subject, end=i + 1)
        return None

    def _people_before(self, j: int) -> Optional[_Head]:
        """The people a subject right before word `j` names: a nationality ("les Syriens") or a
        noun of people ("les demandeurs d'asile")."""
        ctx = self.ctx
        k = bisect_left(ctx.mention_starts, ctx.starts[j]) - 1
        m = ctx.mentions[k] if k >= 0 else None
        if m is not None and m.label == "NATIONALITY" and ctx.word_at(m.end) == j:
            return _Head(None, j, None, (True, m.norm), omitted=True)
        for start in range(j - 1, max(-1, j - 4), -1):
            hit = kb.match_noun(ctx.keys, start)
            if hit is not None and start + hit[1] == j and hit[0].group:
                return _Head(hit[0], j, hit[0].group, (False, None), omitted=True)
        return None

    def _parts_after_colon(self, number: Number, figures: List[Dict[str, Any]]) -> bool:
        """Whether a count opens the parts of the figure just before it, after a colon: "les
        centres hébergeaient 842 personnes : 596 au centre de Lipa et 246 à Borići" (not a row
        "Ménages : 4 215" under another row: the parts are on the figure's line)."""
        if not figures:
            return False
        ctx = self.ctx
        left = ctx.word_at(number.left)
        if left < 1 or ctx.keys[left - 1] != ":" or _NEW_LINE_OPENS.search(self.text, figures[-1]["end"], number.left):
            return False  # a line that opens with a capital or a bullet is a row of its own
        return 0 <= left - 1 - ctx.word_at(figures[-1]["end"]) <= _COLON_REACH

    def _goes_on_from(
        self, number: Number, figures: List[Dict[str, Any]], sent_index: int
    ) -> Optional[Dict[str, Any]]:
        """The figure a count may go on with ("2 500 migrants, dont 300 enfants"): the count
        right before it when that is a figure; else the sentence's last figure when the counts
        between are smaller than this one and so cannot be its whole ("46,9 millions de
        déplacements dans 151 pays, dont 20,5 millions liés aux conflits")."""
        if not figures:
            return None
        last = figures[-1]
        before = self._previous_number.get(number.start)
        while before is not None and before != last["start"] and self._is_percentage(before):
            before = self._previous_number.get(before)  # "13 200 arrivées (-57 %), les Baléares 5 100 (+60 %), …"
        if before == last["start"]:
            return last
        if before is None or last["start"] < self.ranges[sent_index][0] or last["value"] < number.value:
            return None
        numbers = self._sorted_numbers
        between = numbers[bisect_right(numbers, last["start"]) : bisect_left(numbers, number.start)]
        return last if all(self._values[s] < number.value for s in between) else None

    def _is_percentage(self, start: int) -> bool:
        """Whether the number at `start` is a percentage ("(-57 %)", "12 pour cent")."""
        return _PERCENT_AFTER.match(self.text, self._number_ends[start]) is not None

    def _continued(self, number: Number, after_figure: bool, nxt: str, i: int, event: str) -> Optional[_Head]:
        """A count of a list whose verb and noun are those of the count before it, with its own
        place or nationality before it: "l'Ouganda en héberge 1,7 million, le Soudan 1,1 million
        et le Tchad quelque 880 000", "41 000 ont obtenu l'asile et 12 000 une protection
        subsidiaire", "..., soit près de 5 par jour" (the same count as a rate)."""
        if not after_figure:
            return None
        ctx = self.ctx
        keys = ctx.keys
        p = ctx.word_at(number.left) - 1
        place: Optional[str] = None
        origin: Tuple[bool, Optional[str]] = (False, None)
        k = bisect_left(ctx.mention_starts, number.left) - 1
        m = ctx.mentions[k] if k >= 0 else None
        if m is not None and m.label in attach.PLACE_LABELS and not self.text[m.end : number.left].strip():
            if m.label == "NATIONALITY" or m.label == "COUNTRY" and self._people_of(m):
                origin = (True, m.norm)  # "Éthiopiens 5 585 ; Somaliens 535", "ceux du Népal 1,5 million"
            elif m.label == "COUNTRY":
                place = m.norm or ""
            else:
                place = (attach.loc_country(ctx, m) if m.label == "LOC" else m.norm) or ""
            p = ctx.word_at(m.start) - 1
            while p > 0 and keys[p] in ARTICLES:
                p -= 1
        elif p > 0 and keys[p] not in _LIST_JOINS:
            # "…, les Baléares 5 100, la péninsule 6 900": an item labelled by a noun no gazetteer
            # places, in the place of the counts before it
            q = next((q for q in range(p, max(0, p - _ITEM_LABEL_WORDS) - 1, -1) if keys[q] in ARTICLES), None)
            label = range(q + 1, p + 1) if q is not None else range(0)
            if q is not None and 1 <= q < p and keys[q - 1] in (",", "et") and all(
                    keys[j].isalpha() and not kb.match_cue(keys, j, "event") for j in label):
                p = q - 1
        named = place is not None or origin[0]
        if p < 0 or not (keys[p] in _LIST_JOINS or keys[p] == "(" and named):  # "(Éthiopiens 5 585 ; …)"
            return None
        rate = nxt in ("par", "chaque")
        if keys[p] == "soit" and not rate:
            return None  # "soit deux fois plus", "soit 40 %": a restated count is a rate only
        if nxt in _OF and not named and i + 1 < len(keys):
            nat = next((m for m in ctx.in_range(ctx.starts[i + 1], ctx.ends[i + 1] + 60, ("NATIONALITY",))
                        if m.start == ctx.starts[i + 1]), None)
            if nat is not None:  # "1 900 étaient des Érythréens et près de 1 400 des Somaliens"
                origin, i = (True, nat.norm), ctx.word_at(nat.end)
                nxt = keys[i] if i < len(keys) else "."
        ends = nxt in _CLAUSE_BREAKS or nxt in _AFTER_CONTINUED or rate or i >= len(keys)
        dated = any(d.start == ctx.starts[i] for d in ctx.in_range(ctx.starts[i], ctx.ends[i] + 40, ("DATE",))) \
            if i < len(keys) else False
        if not (ends or dated or self._participle_at(i)
                or nxt in ARTICLES and keys[p] == "et" and place is None and not origin[0]):
            return None
        if place is None and not origin[0]:
            place = self._own_place(i, event)  # "9 500 en Espagne et 6 000 à Chypre"
        return _Head(None, i, None, origin, omitted=True, continued=True, place=place)

    def _label(self, start: int, labels: Tuple[str, ...]) -> Optional[Tuple[Mention, int]]:
        """The mention of `labels` that a sentence starting at `start` opens with, followed by
        ":" ("Mayotte : 87 personnes…", "Avril : 6 120 au total"), and the word after the colon."""
        ctx = self.ctx
        k = bisect_left(ctx.mention_starts, start)
        m = ctx.mentions[k] if k < len(ctx.mentions) else None
        if m is None or m.label not in labels or self.text[start : m.start].strip():
            return None
        j = ctx.word_at(m.end)
        if ctx.keys[j : j + 1] == ["("] and ")" in ctx.keys[j + 1 : j + 8]:
            j = ctx.keys.index(")", j + 1) + 1  # "2025 (au 20 septembre) : 32 103"
        return (m, j + 1) if ctx.keys[j : j + 1] in ([":"], ["|"]) else None  # "2023 | 2 526": a table's cells

    def _label_place(self, sent: Tuple[int, int]) -> Optional[str]:
        """The country of a place that labels a sentence ("Mayotte : 87 personnes interceptées",
        "Libye : plus de 2 500 migrants interceptés")."""
        found = self._label(sent[0], ("COUNTRY", "LOC"))
        if found is None:
            return None
        m = found[0]
        return m.norm if m.label == "COUNTRY" else attach.loc_country(self.ctx, m)

    def _own_place(self, i: int, event: str) -> Optional[str]:
        """The one country named after a count of a list, before the next count or the end of
        its clause ("9 500 en Espagne"), else None (the place of the count before is kept)."""
        ctx = self.ctx
        t = i
        while t < len(ctx.keys) and ctx.keys[t] not in _LIST_JOINS and ctx.keys[t] not in _CLAUSE_BREAKS:
            t += 1
        end = ctx.starts[t] if t < len(ctx.keys) else len(self.text)
        found = attach.country(ctx, [(ctx.starts[i] if i < len(ctx.keys) else end, end)], event, last=False)
        return None if found is attach.UNDECIDED or found is None else found

    def _same_incident(
        self, event: str, sent: Tuple[int, int], prev: Optional[Tuple[int, int]], figures: List[Dict[str, Any]]
    ) -> bool:
        """Whether an undated count of what happens in an incident (deaths, rescues, arrivals)
        goes on with the story of the count just before it, dated by a day: in this sentence or
        the one before, with no time of its own said."""
        if not figures or prev is None:
            return False
        aboard = event == "stock" and self.ctx.has_cue("carrying", sent[0], sent[1])  # "qui transportait 150 personnes"
        if event not in _INCIDENT_EVENTS and not aboard:
            return False
        last = figures[-1]
        if last["start"] < prev[0] or not last["date"] or not _DAYS.match(last["date"]):
            return False
        return not self.ctx.in_range(sent[0], sent[1], ("DATE",))

    def _restating(self, number: Number, head: Optional[_Head]) -> bool:
        """Whether a count restates the one before it in other units: ", soit 11 000 personnes"
        (not as a rate, whose time is its own: ", soit 380 personnes par jour")."""
        keys = self.ctx.keys
        left = self.ctx.word_at(number.left)
        if left == 0 or keys[left - 1] != "soit" or head is None:
            return False
        return keys[head.end] not in _RATE_WORDS if head.end < len(keys) else True

    def _same_story(self, event: str, number: Number, figures: List[Dict[str, Any]]) -> bool:
        """Whether an undated count of movements goes on, in the same paragraph, with the dated
        count before it, no other time said between them (not a stock, a plan or a need, which
        say their own time)."""
        if event in _OWN_TIME_EVENTS or not figures or not figures[-1]["date"]:
            return False
        last = figures[-1]
        after = last["end"]
        if last["start"] in self._compared_parts:
            # "… 28 400 ont été renvoyés, contre 21 600 sur la même période de 2023. … 17 900 personnes ont
            # été reconduites": the count compared with goes on; the compared time is its sentence's own
            whole = self._not_compared(last)
            if whole is last or not whole["date"]:
                return False
            after = self.ranges[bisect_right(self._sentence_starts, last["start"]) - 1][1]
            last = whole
        if _PARAGRAPH_BREAK.search(self.text, last["end"], number.start) and not (
                last["event"] == event and not _DAYS.match(last["date"])):
            return False  # a new paragraph tells its own time, unless it goes on counting the same over a period
        return not self.ctx.in_range(after, number.start, ("DATE",))

    def _among_event(self, sent_index: int, number: Number) -> Optional[str]:
        """The event of the people a sentence (or its part) opens with "Parmi les <noun>" about:
        "Parmi les arrivants figurent 6 200 Bangladais", "parmi les disparus, 29 Soudanais"."""
        keys = self.ctx.keys
        first = self.ctx.word_at(self.ranges[sent_index][0])
        left = self.ctx.word_at(number.left)
        opening = next((j + 1 for j in range(left - 1, first - 1, -1) if keys[j] in _PARTS), first)
        noun = self._people_among(opening)
        return noun.event if noun is not None else None

    def _listed_after(self, number: Number, figures: List[Dict[str, Any]]) -> bool:
        """Whether a count is the next item of a list the figure before opens, its noun a
        nationality and nothing but a comma or "et" between: "143 Sénégalais, 41 Gambiens"."""
        if not figures:
            return False
        keys = self.ctx.keys
        lo, hi = self.ctx.word_at(figures[-1]["end"]), self.ctx.word_at(number.left)
        between = keys[lo:hi]
        if not 2 <= len(between) <= _LIST_GAP or between[-1] not in (",", "et"):
            return False
        named = self.ctx.in_range(self.ctx.starts[lo], number.left, ("NATIONALITY",))
        return bool(named) and all(k in (",", "et", "de", "d", "des") or k[:1].isalpha() for k in between)

    def _among_after(self, head: _Head) -> Optional[str]:
        """What the people are counted among, told after them: "93 enfants figurent parmi les morts",
        "640 Maliens et 410 Sénégalais figurent parmi les personnes détectées" (past the counts listed with them)."""
        j = self._past_listed_counts(head.end)
        if j < len(self.ctx.keys) and self.ctx.keys[j].startswith("figur"):
            j += 1
        noun = self._people_among(j)
        return noun.event if noun is not None else None

    def _among_group(self, sent_index: int) -> Optional[str]:
        """The group of the people a sentence opens with "Parmi les <noun>" about."""
        noun = self._people_among(self.ctx.word_at(self.ranges[sent_index][0]))
        return noun.group if noun is not None else None

    def _among_all(self, sent_index: int) -> bool:
        """Whether a sentence opens with "Parmi les/ces <noun>": a part of everyone counted before
        ("164 Nigérians … et 148 Gambiens. Parmi les passagers figuraient 41 femmes"), not of the
        last count alone."""
        return self._opens_among(self.ctx.word_at(self.ranges[sent_index][0]))

    def _opens_among(self, j: int) -> bool:
        """Whether "parmi les" or "parmi ces" starts at word `j`."""
        keys = self.ctx.keys
        return keys[j : j + 1] == ["parmi"] and keys[j + 1 : j + 2] in (["les"], ["ces"])

    def _apposition_end(self, comma: int) -> Optional[int]:
        """The comma that closes an apposition opened at word `comma` ("…, soit 3 690 ménages,",
        "…, principalement des femmes et des enfants,"), when the verb of the count comes right
        after it; else None."""
        keys = self.ctx.keys
        if comma + 1 >= len(keys) or keys[comma + 1] not in _APPOSITION_OPENERS:
            return None
        for j in range(comma + 2, min(len(keys) - 1, comma + 2 + _APPOSITION_WORDS)):
            if keys[j] in _CLAUSE_BREAKS:
                return j if keys[j] == "," and keys[j + 1] in _AUX_MAIN else None
        return None

    def _row_under_row(self, number: Number, figure: Dict[str, Any]) -> bool:
        """Whether a count opens its line right under the line a figure opens (rows of key figures)."""
        start = self._line(number.left)[0]
        if self.text[start : number.left].strip(" \t•–-*") or start == 0:
            return False
        above = self._line(start - 1)
        return above[0] <= figure["start"] <= above[1] and not self.text[above[0] : figure["start"]].strip(" \t•–-*")

    def _past_listed_counts(self, j: int) -> int:
        """The word after the counts listed from word `j` on with their nouns (", 410 Sénégalais
        et 300 Guinéens"), or `j` when none is."""
        ctx = self.ctx
        while j + 1 < len(ctx.keys) and ctx.keys[j] in (",", "et"):
            listed = self._heads.get(ctx.starts[j + 1])
            if listed is None or listed.end <= j + 1:
                break
            j = listed.end
        return j

    def _people_among(self, j: int) -> Optional[kb.Noun]:
        """The noun of people (not of movements) that "parmi les" at word `j` names, past an
        adjective ("parmi les nouveaux arrivants"), else None."""
        if not self._opens_among(j):
            return None
        keys = self.ctx.keys
        j += 2
        if j < len(keys) and kb.match_cue(keys, j, "skip"):
            j += 1
        hit = kb.match_noun(keys, j)
        if not hit or hit[0].movement:
            return None
        if hit[0].event is None and j + hit[1] < len(keys):
            # "parmi les migrants morts", "parmi les personnes secourues": what happened to them
            cue = kb.match_cue(keys, j + hit[1], "event")
            if cue is not None and cue[0].value not in _WEAK_EVENTS and self._participle_form(j + hit[1]):
                return replace(hit[0], event=cue[0].value)
        return hit[0]

    def _aboard(self, number: Number) -> bool:
        """Whether what follows a count says only where its people were: "dont neuf mineurs, à bord
        d'une embarcation" (the verb after it, if any, is read as usual)."""
        keys = self.ctx.keys
        i = self.ctx.word_at(number.end)
        for j in range(i, min(len(keys) - 1, i + _AFTER_REACH)):
            if keys[j] in _SENTENCE_BREAKS and keys[j] != "dont":
                return False
            if keys[j : j + 2] == ["a", "bord"]:
                return True
        return False

    def _pending(self, j: int) -> bool:
        """Whether what follows word `j`, in its clause, says applications are still waiting
        for a decision ("en attente", "pendantes", "attendaient une décision", "en suspens")."""
        ctx = self.ctx
        keys = ctx.keys
        for t in range(j, min(len(keys), j + _AFTER_REACH)):
            if keys[t] in _SENTENCE_BREAKS or t > 0 and "\n" in self.text[ctx.ends[t - 1] : ctx.starts[t]]:
                return False  # its clause ends there, or its line: the next row's "Demandes en attente : …"
            if keys[t] in _PENDING:
                return True
        return False

    def _quoted_by(self, pos: int) -> Optional[str]:
        """Who says a quotation that holds `pos`, named after it closes: "« Cet été, on servait
        des repas à 600 personnes. (…) », poursuit la bénévole", "», a déclaré M. Hammad"."""
        text = self.text
        opening = text.rfind("«", max(0, pos - _QUOTE_REACH), pos)
        if opening < 0 or "»" in text[opening:pos]:
            return None
        closing = text.find("»", pos, pos + _QUOTE_REACH)
        if closing < 0 or "«" in text[pos:closing]:
            return None
        s = sentences.index_of(self.ranges, closing)
        return attach.source(self.ctx, closing, self.ranges[s][1])

    def _quoted(self, pos: int) -> bool:
        """Whether `pos` is inside a quotation of its paragraph: after a « not closed before it."""
        paragraph = self.text.rfind("\n\n", 0, pos)
        opening = self.text.rfind("«", paragraph + 1, pos)
        return opening >= 0 and self.text.find("»", opening, pos) < 0

    def _speaker(self, pos: int) -> Optional[str]:
        """The organisation of the last person named before `pos` with one, who speaks in the
        first person ("le représentant du HCR au Tchad, Patrice Ahouansou, fait le point")."""
        ctx = self.ctx
        for m in reversed(ctx.mentions[: bisect_left(ctx.mention_starts, pos)]):
            if m.label == "PER" and m.attrs.get("affiliation_label") == "ORG" and m.attrs.get("affiliation"):
                return attach.source_name(ctx, m)  # its organisation's full name ("Médecins Sans Frontières")
        return None

    def _said_by_him(self, sent: Tuple[int, int]) -> bool:
        """Whether a sentence says its words are the person's named before: "Selon lui", "d'après elle"."""
        keys = self.ctx.keys
        for j in self.ctx.cue_positions("source_before", sent[0], sent[1]):
            hit = kb.match_cue(keys, j, "source_before")
            k = j + hit[1] if hit else j
            if k < len(keys) and keys[k] in _HIM:
                return True
        return False

    def _last_person(self, pos: int) -> Optional[str]:
        """The organisation of the last person named before `pos`, by the title before their
        name ("le chef du sous-bureau de l'OIM à Agadez, Ibrahim Dan Baba"), else their name."""
        ctx = self.ctx
        k = bisect_left(ctx.mention_starts, pos)
        at = next((i for i in range(k - 1, -1, -1) if ctx.mentions[i].label == "PER"), None)
        if at is None:
            return None
        person = ctx.mentions[at]
        org = next((m for m in reversed(ctx.mentions[max(0, at - 3) : at]) if m.label == "ORG"), None)
        if org is not None and _TITLE_TO_NAME.fullmatch(self.text, org.end, person.start):
            return attach.source_name(ctx, org)
        return attach.source_name(ctx, person)

    def _answer_of(self, pos: int) -> Optional[str]:
        """The organisation of the person an interview's answer is labelled with, at the start of
        its paragraph ("Laurent Dubois-Ndiaye : Près de 13 millions de Soudanais ont été
        déracinés"), who the text said speaks for it."""
        ctx = self.ctx
        start = self._line(pos)[0]
        while start < pos and self.text[start] in " \t":  # "   Laurent Dubois-Ndiaye :", after a tag blanked
            start += 1
        k = bisect_left(ctx.mention_starts, start)
        m = ctx.mentions[k] if k < len(ctx.mentions) else None
        if m is None or m.start != start or m.label != "PER" or not _ANSWER_LABEL.match(self.text, m.end):
            return None
        if m.attrs.get("affiliation_label") == "ORG" and m.attrs.get("affiliation"):
            return attach.source_name(ctx, m)
        said = next((o for o in ctx.mentions[:k] if o.label == "PER" and o.norm == m.norm
                     and o.attrs.get("affiliation_label") == "ORG" and o.attrs.get("affiliation")), None)
        return attach.source_name(ctx, said) if said is not None else None

    def _people_of(self, m: Mention) -> bool:
        """Whether a country is named as where people come from, after "ceux", "celles" (or a
        list of them): "ceux du Bangladesh", "du Népal et des Philippines" after "ceux de l'Inde";
        after an origin cue ("ressortissants du"), or in a list of "pays d'origine"."""
        keys = self.ctx.keys
        j = self.ctx.word_at(m.start) - 1
        while j >= 0 and keys[j] in _OF | {"du", "l", "la", "le", "les"}:
            j -= 1
        if j >= 0 and keys[j] in ("et", ","):  # a list: "ceux du Bangladesh (2,7 millions) et du Népal"
            for k in range(j - 1, max(-1, j - _PEOPLE_OF_LIST), -1):
                if keys[k] in _MAIN_STOPS:
                    break
                # "venaient du Bangladesh (2 318), d'Érythrée (1 147)": the list an origin cue opens
                if keys[k] in ("ceux", "celles") or kb.cue_ending(keys, k, "origin") is not None:
                    return True
        if j >= 0 and keys[j] in ("ceux", "celles"):
            return True
        # "les ressortissants de la République démocratique du Congo (9 800)", "originaires du Mali"
        if self.ctx.cue_before(m.start, "origin") is not None:
            return True
        # "les principaux pays d'origine (de provenance) sont la Palestine (5 100), l'Érythrée (3 650)…", "Principales
        # nationalités des migrants débarqués : Bangladesh (2 318), Érythrée (1 147)" (a list after its label)
        labelled = False
        for k in range(j, max(-1, j - _ORIGINS_LIST), -1):
            if keys[k] == ":" and not labelled:
                labelled = True  # the label of the list, before its colon, may say what its countries are
                continue
            if keys[k] in _MAIN_STOPS:
                return False
            if keys[k] in ("origine", "provenance") or labelled and keys[k] in _ORIGIN_LABELS:
                return True
        return False

    def _ranked_nationality(self, number: Number, sent: Tuple[int, int]) -> Tuple[bool, Optional[str]]:
        """The nationality a count in brackets after "nationalité" is of: "Les Afghans restent
        la première nationalité (17 400 demandes)", "les Syriens, deuxième nationalité (9 100)"."""
        keys = self.ctx.keys
        left = self.ctx.word_at(number.left)
        if left < 2 or keys[left - 1] != "(" or _RANKED.isdisjoint(keys[max(0, left - 4) : left - 1]):
            return False, None  # "… la première nationalité (", "… restent les premiers demandeurs ("
        named = self.ctx.in_range(sent[0], number.left, ("NATIONALITY",))
        return (True, named[-1].norm) if named else (False, None)

    def _finite_at(self, i: int) -> bool:
        """Whether word `i`, as written, looks like a verb of the third person plural
        ("voyageaient", "vivent"): what may follow a sub-count whose noun is left out."""
        ctx = self.ctx
        if i >= len(ctx.keys):
            return False
        word = self.text[ctx.starts[i] : ctx.ends[i]].lower()
        return len(word) > 4 and word.endswith("ent") and not word.endswith("ment")

    def _bracketed(self, bracket: int, sent_start: int) -> Optional[_Head]:
        """The head of a count in brackets after a nationality, a country or a noun of people."""
        ctx = self.ctx
        at = ctx.starts[bracket]
        k = bisect_left(ctx.mention_starts, at) - 1
        m = ctx.mentions[k] if k >= 0 else None
        if m is not None and not self.text[m.end : at].strip():
            if m.label == "NATIONALITY" or m.label == "COUNTRY" and self._people_of(m):
                # "les Syriens (148 000)", "devant ceux du Bangladesh (2,7 millions)": the people from there
                listed = self._list_label(sent_start, m.start)
                if listed is not None:
                    # "Principales nationalités des migrants débarqués depuis le 1er janvier : Bangladesh
                    # (2 318), Érythrée (1 147)": the people and the time the list's label says
                    noun, label = listed
                    return _Head(noun, bracket + 1, noun.group, (True, m.norm), omitted=True, title=label)
                return _Head(None, bracket + 1, None, (True, m.norm), omitted=True, compared=True, breakdown=True)
            if m.label == "COUNTRY":
                return _Head(None, bracket + 1, None, (False, None), omitted=True, compared=True, breakdown=True,
                             place=m.norm)
            if m.label == "LOC" and attach.loc_country(ctx, m):
                # "devant Grande Canarie (3 180) et Lanzarote (2 410)": a part, in that place's country
                return _Head(None, bracket + 1, None, (False, None), omitted=True, compared=True, breakdown=True,
                             place=attach.loc_country(ctx, m))
            if m.label == "DATE" and m.norm and not m.norm.startswith("P"):
                # "24 % de moins qu'en mars 2024 (81 700)": the same count at the time compared
                return _Head(None, bracket + 1, None, (False, None), omitted=True, compared=True, date=m.norm)
        for j in range(bracket - 1, max(ctx.word_at(sent_start), bracket - 3) - 1, -1):
            hit = kb.match_noun(ctx.keys, j)
            if hit and j + hit[1] == bracket and hit[0].group:
                place = attach.country(ctx, [(sent_start, at)], hit[0].event or "stock")
                return _Head(hit[0], bracket + 1, hit[0].group, (False, None), omitted=True, compared=True,
                             breakdown=True, place=place)
        ranked = self._ranked_before(bracket, sent_start)
        if ranked is not None:
            # "les Brésiliens restent la première communauté (484 000)", "les Vénézuéliens restent de
            # loin les plus nombreux (328 650)": the count of the nationality the rank is said of
            return _Head(None, bracket + 1, None, (True, ranked.norm), omitted=True, compared=True, breakdown=True)
        return None

    def _ranked_before(self, bracket: int, sent_start: int) -> Optional[Mention]:
        """The nationality a rank before a bracket is said of ("les Syriens restent la première
        nationalité détectée ("), within a few words and no clause break."""
        ctx = self.ctx
        start = ctx.word_at(sent_start)
        for j in range(bracket - 1, max(start, bracket - _RANK_REACH) - 1, -1):
            if ctx.keys[j] in _CLAUSE_BREAKS and ctx.keys[j] != "," or ctx.keys[j] in ("devant", "derriere"):
                return None
            if ctx.keys[j] in _RANK_WORDS:
                named = ctx.in_range(ctx.starts[max(start, bracket - _RANK_REACH)], ctx.starts[j], ("NATIONALITY",))
                return named[-1] if named else None
        return None

    def _labelled_part(self, number: Number, head: _Head) -> _Head:
        """A count with its noun in brackets after a nationality or a country is a part of the
        count before, as the bare ones are: "Les Érythréens (420 demandeurs) forment le premier
        groupe, devant les Syriens (310)", "la Palestine (5 100 demandeurs)"."""
        ctx = self.ctx
        left = ctx.word_at(number.left)
        if left < 1 or ctx.keys[left - 1] != "(":
            return head
        at = ctx.starts[left - 1]
        k = bisect_left(ctx.mention_starts, at) - 1
        m = ctx.mentions[k] if k >= 0 else None
        if m is None or m.label not in ("NATIONALITY", "COUNTRY") or self.text[m.end : at].strip():
            return head
        if m.label == "NATIONALITY" or self._people_of(m):
            origin = head.origin if head.origin[0] else (True, m.norm)
            return replace(head, breakdown=True, compared=True, origin=origin)
        return replace(head, breakdown=True, compared=True, place=m.norm)

    def _participle_at(self, i: int) -> bool:
        """Whether word `i` is "non" or a participle as written ("accompagnés", "blessées"): what
        may follow a sub-count whose noun is left out."""
        ctx = self.ctx
        if i >= len(ctx.keys):
            return False
        word = self.text[ctx.starts[i] : ctx.ends[i]].lower()
        return word == "non" or word.endswith(_PARTICIPLE_ENDS)

    def _implied(self, number: Number, sent_first: int, clause_first: int) -> Optional[_Head]:
        """A count whose noun is implied by the words before it: "le centre ... en hébergeait plus
        de 2 000" (the clitic "en" stands for the people named before), "les détections ont
        chuté de 64 %, à 40 000" and "les demandes d'asile ont reculé de 5 %, à 157 947" (the
        count is the level that the subject of a change reached)."""
        ctx = self.ctx
        keys = ctx.keys
        i = ctx.word_at(number.end)
        ends_clause = i >= len(keys) or keys[i] in _CLAUSE_BREAKS or kb.match_cue(keys, i, "source_after")
        if not ends_clause and keys[i] not in _AFTER_TOTAL:
            return None
        left = ctx.word_at(number.left)
        j = left
        while j > clause_first and keys[j - 1] in _STILL | _NOW_WORDS:
            j -= 1  # "en héberge aujourd'hui près de 300 000"
        verb = kb.cue_ending(keys, j, "event")
        v = j - verb[1] if verb else j - 1 if j > 0 and kb.is_counting_verb(keys[j - 1]) else None
        while v is not None and v > 0 and keys[v - 1] in _AUXILIARIES:
            v -= 1  # "nous en avons compté 240", "l'agence en a recensé 12 500"
        if v is not None and v > 0 and keys[v - 1] == "en":
            said = self._received_of(v, sent_first, i)
            if said is not None:
                return said
            # "La Colombie en compte 2,84 millions": the people told of before, with their origin; not "le
            # centre de transit … en héberge plus de 11 000", whoever is in the place
            held = not _PLACES_THAT_HOLD.isdisjoint(keys[sent_first:v])
            return _Head(None, i, None, (False, None) if held else self._origin_told_before(sent_first))
        reaching = left > 0 and keys[left - 1] in _REACHING  # "ont augmenté de 12 % pour atteindre 18 300"
        if not (left > 0 and keys[left - 1] == "a" or reaching):
            return None
        # a level may be followed by its time or a comparison: "ont chuté à 20 000 cette année"
        # "à N" after a change ("ont reculé de 5 % en 2024, à 157 947"): the subject is the noun
        for c in range(left - 2, sent_first - 1, -1):
            if kb.match_cue(keys, c, "change"):
                for n in range(c - 1, max(sent_first, c - _SUBJECT_REACH) - 1, -1):
                    hit = kb.match_noun(keys, n)
                    if hit and (hit[0].group or hit[0].movement):
                        return _Head(hit[0], i, hit[0].group, (False, None))
                return None
        return None

    def _last_told(self, sent_first: int) -> Optional[Dict[str, Any]]:
        """The figure read last, when it is in this sentence or the one before (what a pronoun
        may stand for), the count it is compared with for a compared one."""
        figures = self._read_so_far
        s = max(0, bisect_right(self._sentence_starts, self.ctx.starts[sent_first]) - 1)
        if not figures or figures[-1]["start"] < self.ranges[max(0, s - 1)][0]:
            return None
        return self._not_compared(figures[-1])

    def _origin_told_before(self, sent_first: int) -> Tuple[bool, Optional[str]]:
        """ "Quelque 5,2 millions de Vénézuéliens vivent dans la région. La Colombie en compte 2,84
        millions": the origin of the people "en" stands for."""
        last = self._last_told(sent_first)
        return (True, last["origin"]) if last is not None and last["origin"] else (False, None)

    def _received_of(self, verb: int, sent_first: int, end: int) -> Optional[_Head]:
        """ "Le Québec en a reçu 9 270": what "en" stands for is what was received, the count just
        before it (in this sentence or the one before), not an aid given ("a reçu une aide")."""
        keys = self.ctx.keys
        j = verb
        while j < len(keys) and keys[j] in _AUXILIARIES:
            j += 1
        if j >= len(keys) or not keys[j].startswith(_RECEIVED):
            return None
        last = self._last_told(sent_first)
        if last is None:
            return None
        noun = noun_of(last)
        return _Head(noun, end, last["group"], (False, None))

    def _total(self, number: Number, clause_first: int) -> Optional[_Head]:
        """ "le nombre de déplacés a dépassé 8 millions": the noun before, a total cue between."""
        ctx = self.ctx
        keys = ctx.keys
        i = ctx.word_at(number.end)
        if i < len(keys) and keys[i] not in _CLAUSE_BREAKS and keys[i] not in _AFTER_TOTAL:
            return None  # "a atteint 6 400 en mars", not "6 400 euros"
        left = ctx.word_at(number.left)
        if keys[clause_first : clause_first + 1] == ["pour"]:
            # "le nombre de Maliens a triplé, pour atteindre près de 15 000": the sentence's subject
            while clause_first > 0 and keys[clause_first - 1] not in _MAIN_STOPS and keys[clause_first - 1] != "(":
                clause_first -= 1
        told = self._total_of_them(clause_first, left, i)
        if told is not None:
            return told
        for j in range(left - 1, max(clause_first, left - _TOTAL_REACH) - 1, -1):
            # "le nombre de X" far before its level ("le nombre de franchissements détectés aux
            # frontières extérieures de l'Union européenne s'est établi à 166 000")
            named = j >= 2 and keys[j - 2] in ("nombre", "total") and keys[j - 1] in _OF
            if left - j > _TOTAL_NEAR and not named:
                continue
            nat = ctx.in_range(ctx.starts[j], ctx.ends[j], ("NATIONALITY",)) if named else []
            if nat and nat[0].start == ctx.starts[j]:
                return _Head(None, i, None, (True, nat[0].norm), total_at=j)  # "le nombre de Maliens"
            hit = kb.match_noun(keys, j)
            # a group of people or their movements ("les arrivées ont atteint 6 400"), or people
            # with what happened to them when "le nombre de" names them ("le nombre de morts")
            if hit and (hit[0].group and hit[0].group != "person" or hit[0].movement or named and hit[0].event):
                between = range(max(clause_first, j - 3), left)
                if named or any(kb.match_cue(keys, t, "total") for t in between):
                    nat = ctx.in_range(ctx.starts[max(0, j - 2)], ctx.starts[j], ("NATIONALITY",))
                    after = j + hit[1]
                    if not nat and after < len(keys):  # "le nombre de réfugiés ukrainiens en Pologne"
                        nat = ctx.in_range(ctx.starts[after], ctx.ends[after], ("NATIONALITY",))
                    origin = (True, nat[-1].norm) if nat else (False, None)  # "Les Congolais réfugiés en Ouganda"
                    return _Head(hit[0], i, hit[0].group, origin, total_at=j)
        return None

    def _total_of_them(self, clause_first: int, left: int, end: int) -> Optional[_Head]:
        """ "Sur la route de l'Afrique de l'Ouest, ils sont tombés à 17 200", "leur nombre dépasse
        désormais 2,5 millions": the level a pronoun's people (or their movements) reached, those
        the figure before, in this sentence or the one before, counted."""
        keys = self.ctx.keys
        subject = next((t for t in range(left - 1, max(clause_first, left - _SUBJECT_GAP) - 1, -1)
                        if keys[t] in ("ils", "elles") or keys[t : t + 2] in (["leur", "nombre"], ["leur", "total"])),
                       None)
        if subject is None:
            return None
        verb = subject + (2 if keys[subject] == "leur" else 1)
        if not any(kb.match_cue(keys, t, "total") or keys[t] in _LEVEL_VERBS for t in range(verb, left)):
            return None
        last = self._last_told(subject)
        if last is None:
            return None
        noun = noun_of(last)
        origin = (True, last["origin"]) if last["origin"] else (False, None)
        return _Head(noun, end, last["group"], origin, total_at=verb - 1)

    def _modifiers(self, head: _Head, last: int) -> Tuple[Optional[str], Tuple[bool, Optional[str]]]:
        """Group and origin said right after the noun: "personnes déplacées", "réfugiés soudanais"."""
        ctx = self.ctx
        keys = ctx.keys
        group, origin = head.group, head.origin
        k = head.end
        for _ in range(4):
            j = k + 1
            if k < len(keys) and keys[k] in (",", "et") and j < len(keys):
                if keys[j] in ("de", "d", "des") and j + 1 < len(keys):
                    j += 1
                nat = ctx.in_range(ctx.starts[j], ctx.ends[j] + 60, ("NATIONALITY",))
                if nat and nat[0].start == ctx.starts[j] and (head.noun is None or origin[0]):
                    # "trois millions de Tadjiks, d'Ouzbeks et de Kirghiz", "demandeurs d'asile
                    # soudanais, érythréens et afghans": several origins
                    origin = (True, origin[1] if origin[1] == nat[0].norm else None)
                    k = ctx.word_at(nat[0].end)
                    while last < len(keys) and last <= k:  # the clause goes on after the list
                        last += 1
                    while last < len(keys) and keys[last] not in _CLAUSE_BREAKS:
                        last += 1
                    continue
            if k < len(keys) and keys[k] == "et" and head.noun is not None and j < len(keys):
                hit = kb.match_noun(keys, j)  # "migrants et réfugiés vénézuéliens": the first noun counts
                if hit and hit[0].group and not hit[0].movement:
                    k = j + hit[1]
                    continue
            if k < len(keys) and keys[k] == "," and k + 1 < len(keys):
                hit = kb.match_noun(keys, k + 1)  # "187 ressortissants nigérians, rapatriés"
                if hit and hit[0].group and hit[0].group not in ("person", "child") and group in (None, "person"):
                    group = hit[0].group
                    k += 1 + hit[1]
                    break
                close = self._apposition_end(k)
                if close is not None:  # "18 450 personnes, soit 3 690 ménages, ont été déplacées": its verb
                    k = last = close + 1
                    while last < len(keys) and keys[last] not in _CLAUSE_BREAKS:
                        last += 1  # the clause goes on after the apposition
                    continue
                break
            if k >= last:
                break
            if keys[k] in _OF and group in (None, "person") and k + 1 < last:
                hit = kb.match_noun(keys, k + 1)  # "33 730 arrivées de migrants", "2 452 décès de migrants"
                if hit and hit[0].group and hit[0].group not in ("person", "child") and not hit[0].movement:
                    group = hit[0].group
                    k += 1 + hit[1]
                    continue
            if keys[k] in _CLITICS and k + 1 < last and keys[k + 1] in _BE | _AUX_MAIN:
                k += 1  # "2 millions de personnes y sont déplacées", "en sont revenus"
                continue
            predicate = kb.match_cue(keys, k, "group_predicate")
            # "214 exilés se présentant comme mineurs": minors, as "400 mineurs non accompagnés" are
            # "… exilés se présentant comme mineurs" (minors), "… ressortissants de pays tiers ont demandé une
            # protection" (asylum seekers): a migrant's predicate says more of them
            open_group = group in (None, "person") or predicate is not None and predicate[0].value in (
                "child", "asylum_seeker") and group == "migrant"
            if predicate and open_group and not (head.noun and head.noun.event == "death"):
                group = predicate[0].value
                k += predicate[1]
                continue
            nat = ctx.in_range(ctx.starts[k], ctx.ends[k] + 60, ("NATIONALITY",))
            if nat and nat[0].start == ctx.starts[k]:
                origin = (True, nat[0].norm) if not origin[0] or origin[1] == nat[0].norm else (True, None)
                k = ctx.word_at(nat[0].end)
                continue
            adj = kb.match_cue(keys, k, "origin_adjective")
            if adj:
                origin = (True, adj[0].value or None)
                k += adj[1]
                continue
            j = k
            be = keys[j] in _BE
            if be:
                j += 1
            while j < last and (keys[j] in _STILL or keys[j] in _NEWLY):
                j += 1  # "sont toujours déplacées", "580 000 personnes toujours déplacées", "nouvellement déplacées"
            if be and j < last and keys[j] in ("des", "de", "d"):
                j += 1  # "9 500 sont des enfants"
                nat = ctx.in_range(ctx.starts[j], ctx.ends[j] + 60, ("NATIONALITY",)) if j < last else []
                if nat and nat[0].start == ctx.starts[j] and not origin[0]:
                    origin = (True, nat[0].norm)  # "1 900 étaient des Érythréens"
                    k = ctx.word_at(nat[0].end)
                    continue
            hit = kb.match_noun(keys, j) if j < last else None
            # a count whose noun is left out takes any group its predicate gives ("sont des enfants")
            kept = ("person",) if head.noun is None else ("person", "child")
            if hit and hit[0].group and hit[0].group not in kept and group in (None, "person"):
                group = hit[0].group
                k = j + hit[1]
                continue
            break
        return group, origin

    def _nationality_at(self, j: int) -> Optional[int]:
        """The word index after a nationality starting at word `j` ("de Camerounais"), or None."""
        ctx = self.ctx
        if j < len(ctx.keys) and ctx.keys[j] in ("de", "d", "des"):
            j += 1
        if j >= len(ctx.keys):
            return None
        nat = ctx.in_range(ctx.starts[j], ctx.ends[j] + 60, ("NATIONALITY",))
        return ctx.word_at(nat[0].end) if nat and nat[0].start == ctx.starts[j] else None

    def _event(
        self, head: _Head, number: Number, clause: Tuple[int, int, int, int], sentence_first: Optional[int]
    ) -> Tuple[Optional[str], bool]:
        """(event, found): from the head noun, the verb governing the count, or None."""
        keys = self.ctx.keys
        first = clause[0]
        left = self.ctx.word_at(number.left)
        noun_event = head.noun.event if head.noun is not None else None
        if head.title is not None and noun_event:
            # a table row: its label says it ("Arrivées par la mer : 36 120"), applications waiting
            # for a decision are a population ("Demandes en attente d'une décision : 118 500")
            row = range(self.ctx.word_at(self._line(number.start)[0]), self.ctx.word_at(number.left))
            if noun_event == "application" and any(keys[j] in _PENDING for j in row):
                return "stock", True
            return noun_event, True

        def before(lo: int, hi: int) -> Optional[str]:
            for j in range(hi - 1, lo - 1, -1):
                hit = kb.match_cue(keys, j, "event")
                if hit and j > 0 and keys[j - 1][:1].isdigit() and noun_event:
                    continue  # "45 morts et 30 disparus": another count's noun, not this one's verb
                if hit and j + hit[1] <= left:
                    # "vouloir expulser", "pourraient arriver": a plan or a projection
                    for k in (j - 1, j - 2):
                        plan = kb.match_cue(keys, k, "event") if k >= 0 else None
                        if plan and plan[0].value == "other" and k + plan[1] == j:
                            return "other"
                    return hit[0].value
            return None

        if head.total_at is not None:
            # a total: what its noun or the words after it say ("le nombre de migrants arrivés en
            # Italie a atteint"), never the verb of the total itself ("a atteint", "a dépassé")
            if noun_event and head.noun.movement and keys[head.total_at - 2 : head.total_at] == ["situation", "de"]:
                return "stock", True  # "personnes en situation de déplacement interne": a state
            if noun_event == "application" and self._pending(head.total_at):
                return "stock", True  # "le nombre de demandes pendantes dépasse 1 million"
            if noun_event and head.noun.movement:
                return noun_event, True
            for j in range(head.total_at + 1, left):
                hit = kb.match_cue(keys, j, "event")
                if hit and not kb.match_cue(keys, j, "total") and hit[0].value not in _WEAK_EVENTS:
                    return hit[0].value, True
            return noun_event or "stock", True
        plans = range(max(first, left - _PLAN_REACH), left)
        # "prévu pour 3 000 personnes" is a capacity, not a plan
        if any(kb.match_cue(keys, j, "plan") and not kb.match_cue(keys, j, "not_count") for j in plans):
            return "other", True  # "prévoit d'accompagner 6 000 retours", "qui vise 30 000 éloignements"
        if left >= 2 and keys[left - 2] == "corps" and keys[left - 1] in _OF:
            return "death", True  # "les corps de 27 migrants ont été repêchés"
        dead = noun_event == "death" and not head.noun.movement  # "corps", "morts", "décès"
        if self._for_purpose(first, left):
            return "other", True  # "un appel de 300 millions de dollars pour venir en aide à 1,6 million de rapatriés"
        if self._given_to(first, left):
            return "assistance", True  # "a distribué des kits d'abris à 1 050 ménages retournés"
        near = None if head.omitted else before(max(first, left - _NEAR, self._joined_at(left)), left)
        if near is None and not head.omitted:
            # "Nous avons accompagné l'an dernier plus de 11 000 personnes": the verb before the time said
            when = self.ctx.in_range(max(0, number.left - _DATE_CHARS), number.left, ("DATE",))
            if when and not self.text[when[-1].end : number.left].strip():
                said = self.ctx.word_at(when[-1].start)
                near = before(max(first, said - _NEAR, self._joined_at(left)), said)
        gap = 2 if keys[left - 2 : left] == [",", "a"] else 1 if keys[left - 1 : left] == [","] else 0
        if near is None and sentence_first is not None and gap:
            # "a porté secours, ce week-end, à 74 candidats", "ont mis en échec, du 4 au 10 mai, 3 214
            # tentatives": the verb before a short aside, or one that only says when
            k = left - gap - 1
            while k > sentence_first and keys[k] != ",":
                k -= 1
            starts, ends = self.ctx.starts, self.ctx.ends
            when = self.ctx.in_range(ends[k], starts[left - gap], ("DATE",))
            dated = bool(when) and not self.text[ends[k] : when[0].start].strip(" \n\tdu") and not \
                self.text[when[-1].end : starts[left - gap]].strip()
            if keys[k] == "," and (left - gap - 1 - k <= _ASIDE and gap == 2 or dated):
                near = before(max(sentence_first, k - _NEAR), k)
        to = next((j for j in range(head.end, min(len(keys), head.end + 5)) if keys[j] == "a"), None)
        if near == "assistance" and to is not None and to + 1 < len(keys):
            helped = kb.match_cue(keys, to + 1, "event")  # "a aidé 16 400 migrants (bloqués) à rentrer"
            if helped and helped[0].value not in _WEAK_EVENTS:
                return helped[0].value, True
        if near == "stock":
            hosted = self._hosted_by(first, left)
            if hosted is not None:
                return hosted, True
            hosting = any(keys[j].startswith(_HOSTING) for j in range(max(first, left - _NEAR), left))
            if hosting and self._per_period(head):
                # "accueillent une centaine de nouveaux arrivants par jour": a flow, not a population
                return (noun_event if noun_event and noun_event not in _WEAK_EVENTS else "arrival"), True
        if dead and near in _FINDING_THE_DEAD:
            return "death", True  # "ont repêché 27 corps": the dead found, not people rescued
        movement = noun_event is not None and head.noun.movement
        counted = near in _WEAK_EVENTS and self._counting_verb_before(max(first, left - _NEAR), left)
        if counted and head.noun is None:
            told = self._counted_by_en(left)  # "les interceptions …, l'OIM en a dénombré 3 870": interceptions
            if told is not None:
                return told, True
        if counted and not movement:
            # "a recensé 2 300 familles arrivées", "recense 686 migrants morts": a verb of counting
            # says nothing of what happened; a noun of what happened ("45 morts", "15 000 nouveaux
            # arrivants") does, else the participle after the noun
            if noun_event and noun_event not in _WEAK_EVENTS:
                return noun_event, True
            after = self._event_after(head, participle_only=True)
            if after and after not in _WEAK_EVENTS:
                return after, True
            if any(w in _NEW for w in keys[self.ctx.word_at(number.end) : head.end]):
                return "arrival", True  # "nous avons enregistré 790 000 nouveaux réfugiés": newcomers
            if head.group == "asylum_seeker" and any(
                keys[j].startswith(_REGISTERING) for j in range(max(first, left - _NEAR), left)
            ):
                return "application", True  # "la Suisse a enregistré 1 700 primo-demandeurs en septembre"
        if near == "stock" and any(kb.match_cue(keys, j, "carrying") for j in range(max(0, left - _NEAR), left)):
            # "la police a intercepté un camion transportant 43 personnes": what happened to the vehicle
            # "a intercepté lundi soir, à quarante kilomètres au large, une pirogue transportant 211"
            done = self._done_before(first, left) or self._vehicle_verb_after(head) or self._done_in_sentence(
                sentence_first, left)
            if done is not None:
                return done, True
        if near and not (near in _WEAK_EVENTS and noun_event and head.noun.movement):
            return near, True
        aboard = self._vehicle_event(head, left)
        if aboard is None and (keys[left - 1 : left] == ["avec"] or keys[head.end : head.end + 2] == ["a", "bord"]):
            # "deux embarcations ont pris la mer …, avec au moins 250 personnes à bord": what the boat did before
            done = self._done_in_sentence(sentence_first, left)
            aboard = done if done in _VEHICLE_EVENTS else None
        if aboard is not None:
            return aboard, True
        if noun_event and head.noun.movement:
            # what was done to the movements counted ("22 000 tentatives de départ ont été
            # empêchées": interceptions), else the noun's own event ("330 000 demandes d'asile");
            # applications still waiting for a decision are a stock ("712 000 demandes en attente")
            if noun_event == "application" and self._pending(head.end):
                return "stock", True
            after = self._event_after(head)
            return (after if after in _DONE_TO_MOVEMENTS else noun_event), True
        main = self._main_verb(head, clause) or self._verb_after_participle(head)
        if main is not None:
            # "20 000 réfugiés qui vivaient dans les camps ..., ont été dispersés", "des centaines de
            # migrants expulsés d'Algérie arrivent à Assamaka": the verb the count is the subject of
            return main, True
        after = self._event_after(head)
        if noun_event == "death" and after == "missing":
            return noun_event, True  # "10 400 décès et disparitions", "morts ou disparus": deaths first
        if after == "assistance" and noun_event is not None and self._finite_verb_after(head):
            return after, True  # "4 600 ménages retournés ont reçu des kits": what they received, not who they are
        if after and (noun_event is None or after not in _WEAK_EVENTS) and not (dead and after in _FINDING_THE_DEAD):
            return after, True  # "84 rescapés ont débarqué", "des dizaines de corps ont été rapatriés"
        if noun_event:
            return noun_event, True
        if after:
            return after, True
        far = before(first, max(first, left - _NEAR))
        if far is None and sentence_first is not None:
            # "ont intercepté six embarcations..., avec à leur bord près de 150 personnes"
            far = before(max(sentence_first, left - _SENTENCE_REACH), first)
            if far in _WEAK_CONTEXT:
                far = None  # a verb that far away must say what happened, not that people live somewhere
        return far, far is not None

    def _joined_at(self, left: int) -> int:
        """Where a count joined to the clause before by "et" starts its own ("Quatre corps ont été
        repêchés et au moins neuf passagers sont portés disparus": "repêchés" is not theirs), or 0."""
        keys = self.ctx.keys
        j = left - 1
        while j >= 0 and keys[j] in _QUALIFIER_WORDS:
            j -= 1
        return j + 1 if j >= 0 and keys[j] == "et" else 0

    def _event_after(self, head: _Head, participle_only: bool = False) -> Optional[str]:
        """The event of the first verb or participle after a count's noun ("84 rescapés ont
        débarqué", "187 ressortissants nigérians, rapatriés"); with `participle_only`, only a
        participle right in the noun phrase ("2 300 familles arrivées")."""
        after = None
        keys = self.ctx.keys
        j = head.end
        stop = min(len(keys), head.end + _AFTER_REACH)
        skipped = False
        while j < stop:
            if keys[j] in (",", "et") and self._nationality_at(j + 1):
                j = self._nationality_at(j + 1)  # "des dizaines d'Ivoiriens, de Camerounais et de Guinéens"
                stop = min(len(keys), stop + 3)
                continue
            if keys[j] == "," and j + 1 < len(keys) and kb.match_cue(keys, j + 1, "source_before"):
                break  # ", selon les chiffres de l'OIM, qui dénombre …": the source's own words follow
            reach = _SUBCOUNT_REACH if keys[j + 1 : j + 2] == ["dont"] else _APPOSITION
            if keys[j] == "," and not skipped and "," in keys[j + 1 : j + reach]:
                # "1,8 million de personnes au Tchad, réfugiés et habitants, ont besoin"; "870 personnes,
                # dont 64 mineurs non accompagnés et une quinzaine de familles, ont été mises à l'abri"
                skipped = True
                j = keys.index(",", j + 1) + 1
                stop = min(len(keys), stop + reach)
                continue
            if keys[j] in _SENTENCE_BREAKS or keys[j] == "," and not kb.match_cue(keys, j + 1, "event"):
                break  # past a comma only for a participle: "187 ressortissants nigérians, rapatriés"
            gap = self.text[self.ctx.ends[j - 1] : self.ctx.starts[j]]
            if "\n\n" in gap or "\n" in gap and keys[j][:1].isdigit():
                break  # the next paragraph, a heading ("MOUVEMENTS DE RETOUR"), the next line's count
            if keys[j][:1].isdigit() and keys[j - 1] in _NEXT_COUNT:
                break  # another count begins: "45 morts et 30 disparus" ("disparus" is its noun)
            if keys[j] == "et" and keys[j + 1 : j + 2] in (["des"], ["les"]) and kb.match_noun(keys, j + 2):
                break  # another noun phrase: "quatre morts au large du Pas-de-Calais et des traversées qui…"
            hit = kb.match_cue(keys, j, "event")
            if hit and self._vessel_participle(j, head.end):
                j += hit[1]  # "96 personnes entassées sur un bateau de pêche parti de Zouara": the boat's
                continue
            if hit and j >= 2 and keys[j - 1] == "etre" and keys[j - 2] in _MODALS:
                return "other"  # "700 d'entre eux devaient être transférés": a plan, not what happened
            if hit:
                if participle_only and (
                    j - head.end > _NEAR or keys[j - 1] in _AUX_MAIN | _DONE_AUXILIARIES or not self._participle_form(j)
                ):
                    return None  # "franchissements à la frontière entre…": "entre" is no "entrés"
                after = hit[0].value
                if after in _WEAK_EVENTS:
                    # "sont toujours portées disparues": the participle after a verb of being
                    k = j + hit[1]
                    while k < len(keys) and keys[k] in _STILL:
                        k += 1  # "sont toujours sans place"
                    nxt = kb.match_cue(keys, k, "event") if k < len(keys) else None
                    if nxt and nxt[0].value in _STATES:
                        return nxt[0].value
                if after == "displacement" and keys[j - 1] in _STILL:
                    after = "stock"  # "7,7 millions de personnes encore déplacées": still displaced
                if j > 0 and keys[j - 1] in _DESCRIBING:
                    # "4,3 millions de personnes ayant fui l'Ukraine bénéficient de la protection":
                    # what they did before describes them; the verb of the sentence says what is counted
                    finite = self._finite_after(j + hit[1], stop, weak=True)
                    if finite is not None:
                        after = finite
                elif j > 0 and keys[j - 1] not in _DONE_AUXILIARIES and keys[j - 1] not in _AUX_MAIN:
                    # "16 hommes secourus en Méditerranée ont débarqué à Shëngjin": a participle
                    # describes them, the conjugated verb after it says what the count counts
                    finite = self._finite_after(j + hit[1], stop)
                    if finite is not None:
                        after = finite
                    elif after == "displacement" and self._finite_after(j + hit[1], stop, weak=True) == "stock":
                        after = "stock"  # "un million de personnes déplacées par les combats vivent toujours"
                break
            j += 1
        return after

    def _newly_displaced(self, number: Number, head: _Head) -> bool:
        """Whether displaced people are said to be newly displaced (FIGURES.md's displacement, a
        movement): "nouvellement déplacés", "déplacées depuis le 2 décembre", "déplacés par les
        combats de la semaine", rather than a population ("toujours déplacées")."""
        ctx = self.ctx
        keys = ctx.keys
        if self._said_newly(number, head):
            return True
        k = head.end
        while k < len(keys) and (keys[k] in _NEWLY or keys[k].startswith("deplace")):
            k += 1  # "personnes [nouvellement] déplacées"
        after = keys[k : k + 4]
        if after[:1] == ["depuis"] and ctx.in_range(ctx.starts[k], ctx.ends[min(len(keys), k + 4) - 1], ("DATE",)):
            return True
        return after[:1] == ["par"] and bool(_DISPLACING.intersection(after[1:]))

    def _said_newly(self, number: Number, head: _Head) -> bool:
        """Whether "nouvellement" or "récemment" stands in a count's noun phrase."""
        keys = self.ctx.keys
        return bool(_NEWLY.intersection(keys[self.ctx.word_at(number.end) : head.end + 2]))

    def _vessel_participle(self, j: int, lo: int) -> bool:
        """Whether word `j` is a participle that describes a boat named right before it ("un
        bateau de pêche parti de Zouara", "une embarcation partie de Sfax"), not the people."""
        keys = self.ctx.keys
        if keys[j - 1] in _AUX_MAIN | _DONE_AUXILIARIES or not _ANY_PARTICIPLE.search(keys[j]):
            return False
        return any(kb.match_cue(keys, k, "vessel") for k in range(max(lo, j - _VESSEL_REACH), j))

    def _rows_title(self, sent_index: int) -> List[Tuple[int, int]]:
        """The line over a block of rows that each open with a count, for a count in one of them
        ("CHIFFRES – Frontière sud des États-Unis" over "8 347 interpellations en février 2025"):
        the place and subject of all of them; empty for a count in prose."""
        if sent_index in self._titles:
            return self._titles[sent_index]
        k = sent_index
        while k >= 0 and self._count_row(self.ranges[k]):
            k -= 1
        title = self.text[slice(*self.ranges[k])].strip() if 0 <= k < sent_index else ""
        found = [self.ranges[k]] if title and "\n" not in title and title[-1] not in ".!?" else []
        self._titles[sent_index] = found  # the counts of one sentence, and the rows of one block, share it
        return found

    def _listed(self, pos: int) -> bool:
        """Whether the line a count is on is an item of a list: a bullet, a dash or a count opens it."""
        line = self.text[self._line(pos)[0] : pos + 1].lstrip()
        return line[:1] in _ITEM_MARKS or sentences.ROW_OPENING.match(line) is not None

    def _rows_source_line(self, sent_index: int) -> Optional[Tuple[int, int]]:
        """The "Source : …" line right under the block of count rows a count is in."""
        k = sent_index
        while k < len(self.ranges) and self._count_row(self.ranges[k]):
            k += 1
        if k == len(self.ranges) or not attach.SOURCE_LABEL.match(self.text[slice(*self.ranges[k])]):
            return None
        return self.ranges[k]

    def _count_row(self, sent: Tuple[int, int]) -> bool:
        """Whether a sentence is one line opening with a count ("98 400 réfugiés camerounais",
        "Plus de 2 millions d'interpellations en 2023")."""
        row = self.text[sent[0] : sent[1]].strip()
        return bool(row) and "\n" not in row and sentences.ROW_OPENING.match(row) is not None

    def _for_purpose(self, first: int, left: int) -> bool:
        """Whether the count is the object of what money or a plan is "pour": "un appel de 216
        millions de dollars pour soutenir 1,5 million de rapatriés", "pour venir en aide à 60 000
        personnes" (what is to be done, FIGURES.md's plans)."""
        keys = self.ctx.keys
        for j in range(left - 1, max(first, left - _PURPOSE_REACH) - 1, -1):
            if keys[j] == "pour" and j + 1 < left and keys[j + 1] in _PURPOSE_VERBS:
                return True
        return False

    def _per_period(self, head: _Head) -> bool:
        """Whether a count is said per day, week or month after its noun ("… par jour", "chaque semaine")."""
        keys = self.ctx.keys
        return keys[head.end : head.end + 1] in (["par"], ["chaque"]) and keys[head.end + 1 : head.end + 2] in (
            ["jour"], ["semaine"], ["mois"])

    def _hosted_by(self, first: int, left: int) -> Optional[str]:
        """What hosting the people counted was, by who hosted them: a detention centre holds them
        ("les centres de rétention ont accueilli 46 900 personnes"); a shelter that has hosted
        people over a time gave them shelter ("le refuge a hébergé 4 870 personnes depuis
        janvier"), where a country or a camp that hosts them has them as a population."""
        keys = self.ctx.keys
        for j in range(left - 1, max(first, left - _NEAR) - 1, -1):
            if keys[j].startswith(_HOSTING):
                break
        else:
            return None
        k = j
        while k > max(0, j - _SUBJECT_REACH) and keys[k - 1] not in _MAIN_STOPS:
            k -= 1  # back to the subject, past brackets ("les centres de rétention (CRA) ont accueilli")
        subject = set(keys[k:j])
        if subject & _DETENTION_PLACES:
            return "detention"
        if subject & _SHELTERS and j > 0 and keys[j - 1] in _DONE_AUXILIARIES:
            return "assistance"
        return None

    def _sentence_first(self, word: int) -> int:
        """The first word of the sentence that holds word `word`."""
        s = max(0, bisect_right(self._sentence_starts, self.ctx.starts[word]) - 1)
        return self.ctx.word_at(self.ranges[s][0])

    def _given_to(self, first: int, left: int) -> bool:
        """Whether the count is who something was given to, told from afar: "l'OIM a distribué
        des kits d'abris à 1 050 ménages", "a fourni de l'eau potable à 600 personnes", "a
        acheminé de l'eau par camion-citerne à 310 000 déplacés", and the counts listed after
        one ("… à 6 200 personnes et à 1 150 familles")."""
        keys = self.ctx.keys
        if left < 2 or keys[left - 1] != "a":
            return False
        if keys[left - 2] in ("et", "ou"):  # back to the "à" of the count before, past its noun
            for j in range(left - 3, max(first, left - _LISTED_REACH) - 1, -1):
                if keys[j] in _CLAUSE_BREAKS:
                    break
                if keys[j] == "a" and j + 1 < left - 2 and keys[j + 1][:1].isdigit():
                    return self._given_to(first, j + 1)
        for j in range(left - 2, max(self._sentence_first(left), left - _GIVEN_REACH) - 1, -1):
            if keys[j] in _CLAUSE_BREAKS and keys[j] != ",":
                return False  # past the commas of what was given ("des tentes, des bâches et des ustensiles")
            if kb.match_cue(keys, j, "given"):
                return True
            hit = kb.match_cue(keys, j, "event")
            if hit:
                return hit[0].value == "assistance" and j + hit[1] < left
        return False

    def _finite_verb_after(self, head: _Head) -> bool:
        """Whether a conjugated verb follows the count's noun ("ont reçu", "a bénéficié"), not
        a participle describing them ("ménages retournés")."""
        keys = self.ctx.keys
        for j in range(head.end, min(len(keys), head.end + _AFTER_REACH)):
            if keys[j] in _SENTENCE_BREAKS or keys[j] == ",":
                return False
            if keys[j] in _AUX_MAIN or self._finite_at(j):
                return True
        return False

    def _vehicle_event(self, head: _Head, left: int) -> Optional[str]:
        """What happened to a vehicle with the people counted on board: "un bateau avec 180
        personnes à bord a accosté à Lampedusa", "trois cayucos avec 412 personnes à bord
        arrivent", "le premier, avec 187 occupants dont 21 femmes, a été secouru"; not that it
        sank ("a chaviré" says nothing of the people)."""
        keys = self.ctx.keys
        j = head.end
        if keys[j : j + 2] == ["a", "bord"]:
            return self._vehicle_verb(j + 2)
        if left > 0 and keys[left - 1] == "avec":
            return self._vehicle_verb(j)
        return None

    def _vehicle_verb_after(self, head: _Head) -> Optional[str]:
        """What a vehicle carrying the people counted did, told after them: "Un bateau
        transportant 137 réfugiés, dont 59 enfants, a accosté mardi" (arrival)."""
        return self._vehicle_verb(head.end)

    def _vehicle_verb(self, j: int) -> Optional[str]:
        """The event of a vehicle's verb from word `j` on, past an apposition (", dont 59
        enfants,"): "a accosté", "a été secouru", "arrivent", "a atteint le port"."""
        keys = self.ctx.keys
        stop = min(len(keys), j + _AFTER_REACH)
        while j < stop:
            # past ", dont 59 enfants,", and past a list of origins in it to the comma before the verb
            # (", dont 48 femmes et 31 mineurs originaires du Mali, de Guinée et du Sénégal, a été secouru")
            if keys[j] in ("dont", ","):
                commas = (k for k in range(j + 1, min(len(keys) - 1, j + 2 * _APPOSITION)) if keys[k] == ",")
                to_verb = next((k for k in commas if keys[k + 1] in _VEHICLE_AUXILIARIES), None)
                if to_verb is not None or "," in keys[j + 1 : j + _APPOSITION]:
                    j = (to_verb if to_verb is not None else keys.index(",", j + 1)) + 1
                    stop = max(stop, min(len(keys), j + 4))
                    continue
            if keys[j] == "," and keys[j + 1 : j + 2] and keys[j + 1] in _VEHICLE_AUXILIARIES:
                j += 1  # "Le troisième, avec 79 personnes, a atteint le port"
                continue
            if keys[j] in _SENTENCE_BREAKS or keys[j] == ",":
                return None
            if keys[j] in _VEHICLE_AUXILIARIES:
                t = j + 2 if keys[j + 1 : j + 2] == ["ete"] else j + 1
                hit = kb.match_cue(keys, t, "event") if t < len(keys) else None
                return hit[0].value if hit and hit[0].value in _VEHICLE_EVENTS else None
            if self._finite_at(j):
                hit = kb.match_cue(keys, j, "event")
                return hit[0].value if hit and hit[0].value in _VEHICLE_EVENTS else None
            j += 1
        return None

    def _subject_state(self, number: Number, clause_first: int) -> Optional[str]:
        """The state that did what a count counts, as the subject of its verb: "l'Iran a renvoyé
        cette semaine plusieurs milliers de personnes", "le Tchad a accueilli 600 000 réfugiés"
        (a state that expels, hosts or registers people is where they are counted)."""
        ctx = self.ctx
        keys = ctx.keys
        left = ctx.word_at(number.left)
        k = bisect_left(ctx.mention_starts, number.left) - 1
        while k >= 0 and ctx.mentions[k].label == "DATE":
            k -= 1  # "l'Iran a renvoyé cette semaine plusieurs milliers"
        m = ctx.mentions[k] if k >= 0 else None
        if m is None or m.label not in ("COUNTRY", "LOC") or ctx.word_at(m.end) < left - _SUBJECT_GAP - 1:
            return None  # no state named right before the count's verb (most counts)
        verb = None
        for j in range(left - 1, max(clause_first, left - _SUBJECT_GAP) - 1, -1):
            hit = kb.match_cue(keys, j, "event")
            if hit and j + hit[1] <= left:
                verb = j
                break
        if verb is None or verb < 1 or keys[verb - 1] not in ("a", "ont"):
            return None
        if m.start < ctx.starts[clause_first] or ctx.word_at(m.end) != verb - 1:
            return None
        if m.label == "COUNTRY":
            return m.norm
        return attach.loc_country(ctx, m) if m.label == "LOC" else None  # "Washington a expulsé"

    def _participle_form(self, j: int) -> bool:
        """Whether word `j`, as written, looks like a past participle ("arrivées", "morts", "disparus")."""
        ctx = self.ctx
        return _PARTICIPLE_FORM.search(self.text[ctx.starts[j] : ctx.ends[j]].lower()) is not None

    def _finite_after(self, j: int, stop: int, weak: bool = False) -> Optional[str]:
        """The event of a conjugated verb ("ont débarqué", "ont été conduits") after a participle
        phrase, before the clause ends; with `weak`, also a verb of being or living ("bénéficient
        de la protection", "vivent") written in the third person plural."""
        keys = self.ctx.keys
        for t in range(j, min(len(keys), stop + _NEAR)):
            if keys[t] in _SENTENCE_BREAKS or keys[t] == ",":
                return None
            if weak and self._finite_at(t):
                hit = kb.match_cue(keys, t, "event")
                if hit:
                    return hit[0].value
            if keys[t] in _PLURAL_AUXILIARIES:
                u = t + 2 if t + 1 < len(keys) and keys[t + 1] == "ete" else t + 1
                for v in range(u, min(len(keys), u + 3)):  # "ont été placés en détention"
                    if keys[v] in _SENTENCE_BREAKS or keys[v] == ",":
                        break
                    hit = kb.match_cue(keys, v, "event")
                    if hit:  # "ont reçu des kits": what they were given says what is counted
                        return hit[0].value if hit[0].value not in _WEAK_EVENTS - {"assistance"} else None
                return None
        return None

    def _counted_by_en(self, left: int) -> Optional[str]:
        """The event of the movements that "en" stands for before a verb of counting: "Les
        interceptions se multiplient …, selon l'OIM, qui en a dénombré 3 870" counts interceptions."""
        keys = self.ctx.keys
        at = next((j for j in range(left - 1, max(0, left - _NEAR - 1), -1) if keys[j] == "en"), None)
        if at is None:
            return None
        for j in range(at - 1, max(0, at - _EN_REACH) - 1, -1):
            hit = kb.match_noun(keys, j)
            if hit is not None and hit[0].movement and hit[0].event and not (
                j > 1 and keys[j - 1] in _OF and keys[j - 2] in _PLACES_OF_MOVEMENTS
            ):  # not "points d'entrée", "centres de transit": places
                return hit[0].event
            # "les garde-côtes ont intercepté 1 026 migrants …, selon l'OIM, qui en a dénombré 3 870"
            done = kb.match_cue(keys, j, "event")
            if done is not None and done[0].value not in _WEAK_EVENTS and j > 0 and keys[j - 1] in _DONE_AUXILIARIES:
                return done[0].value
        return None

    def _counting_verb_before(self, lo: int, hi: int) -> bool:
        """Whether a verb of counting ("recense", "a enregistré", "avons dénombré", "compte") is
        right before a count."""
        keys = self.ctx.keys
        return any(kb.is_counting_verb(keys[j]) or kb.match_cue(keys, j, "source_after") for j in range(lo, hi))

    def _displaced(self, group: str, number: Number, sent_first: int) -> str:
        """What the verb before a count of "personnes" says of them, in its sentence: "la
        violence a déplacé 1,4 million de personnes" counts displaced people (idp)."""
        if group != "person":
            return group
        keys = self.ctx.keys
        left = self.ctx.word_at(number.left)
        if any(k.startswith("deplac") for k in keys[max(sent_first, left - _NEAR) : left]):
            return "idp"
        return group

    def _same_period(self, sent: Tuple[int, int], number: Number, figures: List[Dict[str, Any]]) -> Optional[str]:
        """The time of the counts before, for a count said to be of the same period: "Au premier
        trimestre, 123 900 … Sur la même période, 28 300 ont été renvoyés" (not "contre 12 300
        sur la même période de 2024", which names its own)."""
        ctx = self.ctx
        if "riode" not in self.text and "me temps" not in self.text:
            return None  # most pages never say it: no index of it
        numbers = self._sorted_numbers
        for j in ctx.cue_positions("same_period", sent[0], sent[1]):
            at = ctx.starts[j]
            if number.left <= at < number.end:
                continue
            if at >= number.end and numbers[bisect_right(numbers, number.start) : bisect_left(numbers, at)]:
                continue  # after the count, its own clause's: "… ont secouru 19 300 migrants sur la même période"
            hit = kb.match_cue(ctx.keys, j, "same_period")
            k = j + hit[1] if hit else j
            if k < len(ctx.keys) and ctx.keys[k] in _OF:
                continue  # "la même période de 2024"
            # the period of the counts told of, not of one compared with them, nor a rate's
            told = [f["date"] for f in figures if f["start"] < sent[0] and f["date"]
                    and f["start"] not in self._compared_parts and not f["date"].startswith("P")]
            return told[-1] if told else None
        return None

    def _said_returned(self, head: _Head, sent: Tuple[int, int]) -> bool:
        """Whether the people counted are said to have gone home, by the verb of their clause,
        past a participle or an apposition: "115 Vénézuéliens bloqués à la frontière ont pu
        rentrer", "1 340 familles irakiennes, soit 5 200 personnes, ont été rapatriées"."""
        keys = self.ctx.keys
        last = min(self.ctx.word_at(sent[1]), head.end + _RETURNED_REACH)
        for j in range(head.end, last):
            if keys[j] in _RETURN_STOPS:
                return False
            hit = kb.match_cue(keys, j, "group_predicate")
            if hit:
                return hit[0].value == "returnee"
        return False

    def _qualifier_after(self, number: Number, head: _Head) -> str:
        """A qualifier written after the noun: "1 400 personnes au moins", "45 morts environ"."""
        if number.qualifier != "exact":
            return number.qualifier
        keys = self.ctx.keys
        for n in (2, 1):
            qualifier = _QUALIFIERS_AFTER.get(tuple(keys[head.end : head.end + n]))
            # "1 400 personnes au moins ont été renvoyées", not "au plus fort de la crise"
            if qualifier and (qualifier != "max" or head.end + n >= len(keys) or keys[head.end + n] in _CLAUSE_BREAKS):
                return qualifier
        return number.qualifier

    def _apposed_origin(self, clause_end: int) -> Tuple[bool, Optional[str]]:
        """Nationalities in an apposition after a count: "180 personnes, pour la plupart des
        Afghans, des Iraniens et des Syriens" (several: None), "400 000 personnes, en majorité
        des Syriens" (SYR), "320 victimes, pour la plupart des jeunes femmes nigérianes"."""
        ctx = self.ctx
        keys = ctx.keys
        if clause_end >= len(keys) or keys[clause_end] != ",":
            return False, None
        cue = kb.match_cue(keys, clause_end + 1, "apposed_origin")
        if not cue:
            return False, None
        j = clause_end + 1 + cue[1]
        last = j
        while last < len(keys) and keys[last] not in _CLAUSE_BREAKS and last - j < _APPOSITION:
            last += 1
        if j >= len(keys) or last <= j:
            return False, None
        nats = ctx.in_range(ctx.starts[j], ctx.ends[last - 1], ("NATIONALITY",))
        if not nats:
            return False, None
        nats = attach.with_joined(ctx, nats, ("NATIONALITY",))
        codes = {m.norm for m in nats}
        return True, (codes.pop() if len(codes) == 1 else None)

    def _done_before(self, first: int, left: int) -> Optional[str]:
        """The event of a conjugated verb before a count ("a intercepté", "ont secouru"): not a
        participle describing a boat ("Le caïque, parti d'Izmir, transportait 180 personnes")."""
        keys = self.ctx.keys
        for j in range(left - 1, first, -1):
            hit = kb.match_cue(keys, j, "event")
            if hit and hit[0].value not in _WEAK_EVENTS and keys[j - 1] in _DONE_AUXILIARIES:
                return hit[0].value
        return None

    def _done_in_sentence(self, sentence_first: Optional[int], left: int) -> Optional[str]:
        """`_done_before` from the start of the sentence (within reach); None for a sub-count."""
        if sentence_first is None:
            return None
        return self._done_before(max(sentence_first, left - _SENTENCE_REACH), left)

    def _main_verb(self, head: _Head, clause: Tuple[int, int, int, int]) -> Optional[str]:
        """The event of the main verb after a relative clause about the people counted: "Les
        quelque 20 000 réfugiés érythréens qui vivaient dans les camps de Hitsats et de
        Shimelba, détruits en janvier, ont été dispersés" (the relative clause says where
        they lived; the count is the subject of "ont été dispersés")."""
        keys = self.ctx.keys
        r = next((r for r in range(head.end, min(len(keys), head.end + _OWN_RELATIVE + 1)) if keys[r] == "qui"), None)
        if r is None:
            return None
        last = self.ctx.word_at(self.ranges[sentences.index_of(self.ranges, self.ctx.starts[r])][1])
        for j in range(r + 2, min(last, r + _MAIN_REACH)):
            if keys[j] in _MAIN_STOPS:
                return None
            if keys[j - 1] == "," and keys[j] in _AUX_MAIN:
                for t in range(j + 1, min(last, j + 4)):
                    hit = kb.match_cue(keys, t, "event")
                    if hit:
                        return hit[0].value
                return None
        return None

    def _verb_after_participle(self, head: _Head) -> Optional[str]:
        """The event of the conjugated verb after a participle that describes the people counted:
        "des centaines de migrants expulsés d'Algérie arrivent" (arrival), "un convoi de 1 146
        migrants expulsés d'Algérie est arrivé"; None when the participle is the only verb."""
        keys = self.ctx.keys
        stop = min(len(keys), head.end + _AFTER_REACH)
        first = None
        j = head.end - 1
        while j + 1 < stop:
            j += 1
            if keys[j] == "," and first is not None and self._place_apposition(j):
                j = keys.index(",", j + 1)  # "parties de Sfax, en Tunisie, ont débarqué": past the place's country
                stop = min(len(keys), stop + _APPOSITION)
                continue
            if keys[j] in _SENTENCE_BREAKS or keys[j] in (",", "et", "qui", "dont"):
                return None
            hit = kb.match_cue(keys, j, "event")
            if not hit:
                continue
            conjugated = keys[j - 1] in _AUX_MAIN or self._finite_at(j)
            if first is None:
                if conjugated or not self._participle_form(j) or j > head.end + 1:
                    return None  # the count's own verb comes first: nothing to look past
                first = j + hit[1]
                continue
            if conjugated and j >= first and hit[0].value not in _WEAK_EVENTS:
                return hit[0].value
        return None

    def _place_apposition(self, comma: int) -> bool:
        """Whether a comma opens a short apposition that only names a place, closed by a comma:
        ", en Tunisie,", ", au Myanmar,"."""
        keys = self.ctx.keys
        close = next((k for k in range(comma + 1, min(len(keys), comma + 6)) if keys[k] == ","), None)
        if close is None or keys[comma + 1] not in ("en", "au", "aux", "dans"):
            return False
        named = self.ctx.in_range(self.ctx.starts[comma], self.ctx.starts[close], attach.PLACE_LABELS)
        return bool(named) and self.ctx.word_at(named[-1].end) == close

    def _context_group(self, sent_index: int, before: int, figures: List[Dict[str, Any]]) -> Optional[str]:
        """The group of people that a nationality or an omitted noun stands for: the last
        figure's or the last group noun's, in the same or the previous sentence."""
        lo_char = self.ranges[max(0, sent_index - 1)][0]
        if figures and figures[-1]["start"] >= lo_char and figures[-1]["group"] not in ("person", "child"):
            return figures[-1]["group"]
        keys = self.ctx.keys
        inside = [(m.start, m.end) for m in self.ctx.in_range(lo_char, before, ("ORG", "LEGAL"))]
        lo = self.ctx.word_at(lo_char)
        for j in range(self.ctx.word_at(before) - 1, lo - 1, -1):
            hit = kb.match_noun(keys, j)
            if j > lo:
                longer = kb.match_noun(keys, j - 1)  # "travailleurs migrants", read from its first word
                if longer and longer[1] >= 2:
                    hit = longer
            if not hit or not hit[0].group or hit[0].group in ("person", "child"):
                continue
            if not in_ranges(self.ctx.starts[j], self.ctx.ends[j], inside):  # "Conseil ... pour les réfugiés"
                return hit[0].group
        return None

    def _page_countries(self) -> Dict[str, int]:
        """How often the page names each country, itself or by its places."""
        if self._named is None:
            self._named = self._country_counts([m for m in self.ctx.mentions if m.label in ("COUNTRY", "LOC")])
        return self._named

    def _country_counts(self, places: Sequence[Mention]) -> Dict[str, int]:
        """How often each country is named among `places`, itself or by its places."""
        counts: Dict[str, int] = {}
        for m in places:
            placed = attach.place_code(self.ctx, m)
            if placed is not None and placed[0] == "country" and placed[1]:
                counts[placed[1]] = counts.get(placed[1], 0) + 1
        return counts

    def _page_country(self) -> Optional[str]:
        """The country a page is about, when its places leave no doubt: most of them in one
        country ("Lamballe", "les Côtes-d'Armor", "la France"), named at least three times."""
        if self._about is None:
            # where people come from is not what the page is about ("venus d'Afghanistan, de Géorgie")
            places = [m for m in self.ctx.mentions if m.label in ("COUNTRY", "LOC")]
            counts = self._country_counts([m for m, role in attach.roles(self.ctx, places) if role not in _NOT_ABOUT])
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            total = sum(counts.values())
            top = ranked[0] if ranked else ("", 0)
            enough = top[1] >= _PAGE_COUNTRY_MIN or top[1] >= 2 and top[1] == total  # "Lamballe", "Côtes-d'Armor"
            self._about = top[0] if enough and top[1] >= _PAGE_COUNTRY_SHARE * total else ""
        return self._about or None

    def _actor_country(self, start: int, number_start: int) -> Optional[str]:
        """The state of the national body that did what a count counts ("les garde-côtes libyens
        ont intercepté"), named before the count or after it in the passive ("interceptés par les
        garde-côtes libyens"); a body of the table only where the page names its state (the French
        border police acts in Mayotte too)."""
        return self._state_of(attach.actor_mention(self.ctx, start, number_start))

    def _agent_country(self, end: int, sentence_end: int) -> Optional[str]:
        """`_actor_country` of the body named after a count in the passive."""
        return self._state_of(attach.agent_mention(self.ctx, end, sentence_end))

    def _state_of(self, m: Optional[Mention]) -> Optional[str]:
        code = m.attrs.get("country") if m is not None else None
        return code if code and (m.norm is None or code in self._page_countries()) else None

    def _body_country(self, source: Optional[str]) -> Optional[str]:
        """The state of the national bodies a figure's source names ("Secrétariat d'État aux
        migrations" is Switzerland's, "préfecture de l'Isère" France's), when they are all one's."""
        if not source:
            return None
        if self._bodies is None:
            self._bodies = {}
            for m in self.ctx.mentions:
                if m.label == "ORG" and m.attrs.get("country") and m.attrs.get("type") != "media":
                    # by the name a source gives, as written, and by its acronym ("Secrétariat d'État
                    # aux migrations SEM", then "le SEM a accordé l'asile à 512 personnes")
                    for name in (attach.source_name(self.ctx, m), m.text, m.attrs.get("acronym_fr")):
                        if name:
                            self._bodies.setdefault(name, m.attrs["country"])
        codes = {self._bodies.get(name) for name in source.split(";")}
        code = codes.pop() if len(codes) == 1 else None
        # a state the page names itself or by its places: the French border police's counts in a
        # story on Mayotte are Mayotte's, not France's
        return code if code in self._page_countries() else None

    def _migration_page(self) -> bool:
        """Whether the whole page is about migration: migration words in most of its paragraphs'
        sentences, so that people sheltered or waiting in it are migrants too."""
        if self._on_migration is None:
            told = sum(1 for a, b in self.ranges if self.ctx.has_cue("context", a, b))
            self._on_migration = told >= _PAGE_CONTEXT_SENTENCES and 2 * told >= len(self.ranges)
        return self._on_migration

    def _migration_context(self, spans: Sequence[Tuple[int, int]]) -> bool:
        """Whether a migration word ("migrants", "frontière", "au large") is in one of the spans."""
        return any(self.ctx.has_cue("context", start, end) for start, end in spans)

    def _parent(
        self, number: Number, sent_index: int, figures: List[Dict[str, Any]], head: _Head
    ) -> Optional[Dict[str, Any]]:
        """The figure a sub-count belongs to ("150 migrants, dont 46 femmes"), or that a
        compared count is of the kind of ("89 000 migrants, contre 42 000")."""
        if not figures:
            return None
        if head.breakdown:
            # "Les Syriens (148 000), les Vénézuéliens (73 000)": every part belongs to the count
            # they break down, not to the part or the comparison before them
            # past the parts before it and their own parts ("(7 900, dont 7 100 en Espagne)")
            return self._whole(figures[-1])
        if head.compared and not head.continued and figures[-1]["start"] in self._parents:
            # "… 8 400 personnes, dont 1 120 mineurs, contre 7 300 sur la même période": the whole is compared
            return self._whole(figures[-1])
        if head.compared or head.continued:
            return figures[-1]
        left = self.ctx.word_at(number.left)
        keys = self.ctx.keys
        if self._restated(number, head) and 0 <= left - 1 - self.ctx.word_at(figures[-1]["end"]) <= 3:
            return figures[-1]  # "96 450 personnes (18 120 ménages)": the same people, in households
        if self._of_them(number):
            # "Près de 2 000 d'entre eux étaient non accompagnés": a part of the people just counted
            lo = self.ranges[max(0, sent_index - 1)][0]
            told = self._not_compared(figures[-1])
            return told if told["start"] >= lo else None
        if keys[max(0, left - 2) : left] in (["sur", "les"], ["sur", "ces"]):
            # "Sur les 87 passagers, 64 étaient des Comoriens": the count told before, restated
            same = [f for f in figures if f["value"] == number.value]  # told anywhere before
            return same[-1] if same else None
        prev = figures[-1]
        if left > 0 and keys[left - 1] == "et" and prev["start"] in self._parents:
            # "dont 46 femmes et 11 enfants": the second sub-count has the first one's parent
            if left - self.ctx.word_at(prev["end"]) <= 4:
                return self._parents[prev["start"]]
        first = self.ctx.word_at(self.ranges[sent_index][0])
        # "Parmi eux, …", "…; parmi elles, 9 mineurs": the sentence or its part opens with "parmi"
        opening = next((j + 1 for j in range(left - 1, first - 1, -1) if self.ctx.keys[j] in _PARTS), first)
        opens_with_among = keys[opening : opening + 1] == ["parmi"] and left - opening <= 6
        # "87 personnes pour 85 places, soit 21 familles et 9 hommes seuls": a breakdown
        listed = self._parts_after_colon(number, figures)  # "842 personnes : 596 au centre de Lipa"
        if not (left > 0 and keys[left - 1] in _SUBCOUNT | {"soit"} or listed) and not opens_with_among:
            return None
        restated = keys[left - 1] == "soit" and prev["start"] >= self.ranges[sent_index][0]  # past "pour 85 places"
        if not opens_with_among and not restated and self._goes_on_from(number, figures, sent_index) is not prev:
            return None  # "2 000 garde-frontières, dont 600 en Grèce": the count before is no figure
        lo = self.ranges[max(0, sent_index - (2 if opens_with_among else 1))][0]
        if opens_with_among:
            prev = self._not_compared(prev)  # "… 151 480 demandes, contre 157 930 en 2024. Parmi elles, …"
        return prev if prev["start"] >= lo else None

    def _of_them(self, number: Number) -> bool:
        """Whether "d'entre eux" or "d'entre elles" follows a count."""
        right = self.ctx.word_at(number.end)
        return self.ctx.keys[right : right + 3] in (["d", "entre", "eux"], ["d", "entre", "elles"])

    def _whole(self, figure: Dict[str, Any]) -> Dict[str, Any]:
        """The count a sub-count is a part of, up to the first ("3 800 migrants, dont 2 180 Maliens")."""
        while figure["start"] in self._parents:
            figure = self._parents[figure["start"]]
        return figure

    def _not_compared(self, figure: Dict[str, Any]) -> Dict[str, Any]:
        """A figure, or the one it is compared with when it is a compared count ("contre 157 930
        en 2024"): what the people told of next belong to."""
        while figure["start"] in self._compared_parts and figure["start"] in self._parents:
            figure = self._parents[figure["start"]]
        return figure

    def _restated(self, number: Number, head: _Head) -> bool:
        """Whether a count of households in brackets restates the count before it."""
        left = self.ctx.word_at(number.left)
        return left > 0 and self.ctx.keys[left - 1] == "(" and head.noun is not None and head.noun.unit == "household"

    def _not_a_count(self, number: Number, head: _Head) -> bool:
        """ "mère de quatre enfants", "ses deux filles", "conçu pour 2 800 personnes", "neuf migrants sur dix",
        "138 primo-demandeurs pour un million d'habitants"."""
        ctx = self.ctx
        if ctx.cue_before(number.left, "not_count", reach=3, skip_articles=False):
            return True
        keys = ctx.keys
        k = head.end
        if keys[k - 1 : k] in (["habitants"], ["habitant"]) and _SETTLEMENTS.intersection(
                keys[max(0, ctx.word_at(number.left) - _NEAR - 2) : ctx.word_at(number.left)]):
            return True  # "une ville d'environ 600 000 habitants", "l'île, qui compte 11 000 habitants"
        if k + 1 < len(keys) and keys[k] == "sur" and ctx.starts[k + 1] in self._number_starts:
            return True  # "neuf migrants sur dix": a share
        return _RATE.match(self.text, ctx.starts[k]) is not None if k < len(keys) else False

    def _other_ones(self, number: Number, sent_index: int, figures: List[Dict[str, Any]]) -> bool:
        """Whether a count is of "other" people than a count just before it ("Quatre-vingt-trois
        autres passagers ont été secourus"), and so goes on with its sentence."""
        i = self.ctx.word_at(number.end)
        if i >= len(self.ctx.keys) or self.ctx.keys[i] != "autres" or not figures:
            return False
        return figures[-1]["start"] >= self.ranges[max(0, sent_index - 1)][0]

    def _tells_an_event(self, prev: Tuple[int, int], figures: List[Dict[str, Any]]) -> bool:
        """Whether the sentence before a count tells, with its time, the event the count goes on
        with and counts no one itself ("Un naufrage s'est produit mardi au large de la Tunisie.")."""
        if figures and prev[0] <= figures[-1]["start"] < prev[1]:
            return False  # its time is its own count's
        k = bisect_left(self._sorted_numbers, prev[0])
        if k < len(self._sorted_numbers) and self._sorted_numbers[k] < prev[1]:
            return False  # numbers of other things ("trois naufrages") keep their dates
        return self.ctx.has_cue("incident", prev[0], prev[1])

    def _continues(self, sent_index: int, figures: List[Dict[str, Any]]) -> bool:
        """Whether a sentence goes on with the previous one's counts: "Parmi eux", "Au total", "Ils"..."""
        if sent_index == 0:
            return False
        first = self.ctx.word_at(self.ranges[sent_index][0])
        opening = tuple(self.ctx.keys[first : first + 2])
        return any(opening[: len(marker)] == marker for marker in _CONTINUES)

    def _between_countries(self, clause: Tuple[int, int, int, int]) -> bool:
        """Whether a count's clause names two countries or more (a border, a route between them)."""
        named = self.ctx.in_range(clause[2], clause[3], ("COUNTRY",))
        return len({m.norm for m in named}) >= 2

    def _other_relative(self, head: _Head, sent: Tuple[int, int]) -> Optional[int]:
        """Where a relative clause about another noun starts after a count ("12 000 demandeurs
        d'asile ont passé la nuit à la rue après les incendies qui ont détruit mardi le camp"):
        its dates are that noun's. A relative clause right after the count's noun is about the
        people counted ("150 migrants qui ont débarqué dimanche")."""
        ctx = self.ctx
        keys = ctx.keys
        last = ctx.word_at(sent[1])
        for r in range(head.end, last):
            if keys[r] in _RELATIVES:
                between = keys[head.end : r]
                own = len(between) <= _OWN_RELATIVE or all(w in _CLAUSE_BREAKS for w in between)
                return None if own else ctx.starts[r]
        return None

    def _where(self, clause_first: int, number: Number) -> Optional[Tuple[int, int]]:
        """The place a relative "où" before a count stands for: "la frontière soudanaise, où
        60 000 Éthiopiens ont trouvé refuge", "À Singapour, où vivent 250 000 employées"."""
        ctx = self.ctx
        for j in range(ctx.word_at(number.left) - 1, max(clause_first, 1) - 2, -1):
            if self.text[ctx.starts[j] : ctx.ends[j]].lower() == "où":
                k = bisect_left(ctx.mention_starts, ctx.starts[j]) - 1
                if k >= 0 and ctx.mentions[k].label in attach.PLACE_LABELS:
                    m = ctx.mentions[k]
                    if all(w in _CLAUSE_BREAKS for w in ctx.keys[ctx.word_at(m.end) : j]):
                        return m.start, m.end
                return None
        return None

    def _where_country(self, where: Optional[Tuple[int, int]]) -> Optional[str]:
        """The country of the place "où" stands for, whatever the words before it say of it:
        "des traversées depuis la Libye, où se trouveraient 700 000 migrants" is in Libya."""
        if where is None:
            return None
        placed = self.ctx.in_range(where[0], where[1], ("COUNTRY", "LOC"))
        if len(placed) != 1:
            return None
        m = placed[0]
        return m.norm if m.label == "COUNTRY" else attach.loc_country(self.ctx, m)

    def _part(self, sent: Tuple[int, int], number: Number) -> Tuple[int, int]:
        """The part of a sentence between ":" and ";" that holds a count."""
        ctx = self.ctx
        keys = ctx.keys
        first, last = ctx.word_at(sent[0]), ctx.word_at(sent[1])
        a = ctx.word_at(number.left)
        while a > first and keys[a - 1] not in _PARTS and tuple(keys[a - 2 : a]) not in _CONTRASTS:
            a -= 1
        b = ctx.word_at(number.end)
        while b < last and keys[b] not in _PARTS and tuple(keys[b : b + 2]) not in _CONTRASTS:
            b += 1
        return (ctx.starts[a] if a > first else sent[0]), (ctx.starts[b] if b < last else sent[1])

    def _sentence_scope(
        self, sent: Tuple[int, int], clause_end_word: int
    ) -> Tuple[Tuple[int, int], Optional[Tuple[int, int]]]:
        """The sentence without a later sub-count's clause (", dont 86 millions en Afrique"),
        which places and dates only itself: the part before it, and the part after it when the
        sentence goes on ("huit migrants, dont trois enfants, sont morts au large de Lesbos")."""
        ctx = self.ctx
        keys = ctx.keys
        last = ctx.word_at(sent[1])
        for j in range(clause_end_word, last):
            if keys[j] == "dont" and j + 1 < last and ctx.starts[j + 1] in self._number_lefts:
                k = j + 1
                while k < last and keys[k] not in _CLAUSE_BREAKS:
                    k += 1
                after = (ctx.starts[k], sent[1]) if k + 1 < last else None
                return (sent[0], ctx.starts[j]), after
        return sent, None

    def _read(self, number: Number, after_number: Dict[int, Number], figures: List[Dict[str, Any]]):
        ctx = self.ctx
        s = max(0, bisect_right(self._sentence_starts, number.start) - 1)
        sent = self.ranges[s]
        first = ctx.word_at(sent[0])
        # a cell of a "|" table is read as one before anything else ("… | 486 | 7 912": not a count that
        # opens a clause after the one before)
        cell = "|" in self.text[self._line(number.start)[0] : number.start]
        head = (self._heads[number.start] or self._row(number, first, opened=True)
                or (self._line_row(number) if self._ends_labelled_row(number) else None)
                or (self._pipe_row(number) if cell else None)
                or self._compared_row(number, figures)
                or self._omitted(number, figures, s))
        if head is None:
            a = ctx.word_at(number.left)  # the clause start, for a total
            while a > first and ctx.keys[a - 1] not in _CLAUSE_BREAKS:
                a -= 1
            head = (self._total(number, a) or self._implied(number, first, a)
                    or self._row(number, first) or self._dated_row(number, s) or self._line_row(number)
                    or self._labelled_sentence(number, sent[0]))
            if head is None:
                return None
        if head.noun is not None and not head.breakdown:
            head = self._labelled_part(number, head)
        if self._not_a_count(number, head):
            return None
        clause = self._clause(sent, number, head.end)
        group, origin = self._modifiers(head, clause[1])
        among_all = self._among_all(s)
        parent = self._parent(number, s, figures, head)
        if group is None and among_all:
            # "Parmi les occupants figuraient 143 Sénégalais": the people the sentence opens with, not
            # the last count's ("dont 27 mineurs")
            group = self._among_group(s) or self._context_group(s, number.left, []) or "person"
        if group is None or parent is not None and self._restated(number, head):
            group = parent["group"] if parent else self._context_group(s, number.left, figures) or "person"
        elif group == "person" and parent is not None and parent["group"] == "child" and not head.compared and (
            head.noun is None or _YOUNG.intersection(ctx.keys[ctx.word_at(number.end) : head.end + 1])
        ):
            group = "child"  # "143 mineurs, dont 31 jeunes filles", "412 enfants, dont 37 non accompagnés": minors
        elif group == "person" and parent is not None and head.noun is not None and head.noun.ethnic:
            group = parent["group"]  # "Asie, 2 150 [migrants morts], dont 540 Rohingyas": those migrants
        # a sub-count's own clause, else its parent's event, before verbs further in the sentence
        event, found = self._event(head, number, clause, None if parent is not None else first)
        stands_for = None  # the figure a pronoun subject stands for ("… Vénézuéliens ; ils sont 2,8 millions")
        if head.continued and parent is not None and not (
                clause[3] > number.end and ctx.has_cue("event", number.end, clause[3])):
            # "60 800 migrants sont arrivés au Yémen en 2025, et 19 650 depuis janvier": the verb of the count before
            event, found = parent["event"], True
        elif not found and parent is not None:
            event, found = parent["event"], True
        elif parent is not None and event == "stock" and parent["event"] != "stock" and self._aboard(number):
            event = parent["event"]  # "64 personnes, dont neuf mineurs, à bord d'une embarcation": the rescued
        elif not found and head.state:
            # "En avril, elles étaient 4 300": the people the sentence before counted, else a population
            told = figures and figures[-1]["start"] >= self.ranges[max(0, s - 1)][0]
            event, found = (figures[-1]["event"] if told else "stock"), True
            stands_for = self._whole(figures[-1]) if told else None  # "dont 1 400 Guinéens. …, ils étaient"
        elif not found and head.refers_back and figures:
            event, found = figures[-1]["event"], True  # "Sur ces 1 100 personnes, 240 étaient des enfants"
        elif not found and self._listed_after(number, figures):
            event, found = figures[-1]["event"], True  # "figuraient 143 Sénégalais, 41 Gambiens et neuf Maliens"
        elif not found and group == "idp" and self._newly_displaced(number, head):
            event, found = "displacement", True  # "200 000 personnes déplacées depuis le 2 décembre"
        elif not found:
            event = "stock"
        elif event == "stock" and group == "idp" and self._said_newly(number, head):
            event = "displacement"  # "la DTM a identifié 4 215 ménages nouvellement déplacés": newly displaced
        if not found or event == "stock":
            among = self._among_event(s, number) or self._among_after(head)  # "… figurent parmi les morts"
            if among is not None:
                event, found = among, True
            elif among_all and figures and figures[-1]["start"] >= self.ranges[max(0, s - 1)][0]:
                event, found = figures[-1]["event"], True  # "Parmi les occupants figuraient …": the ones told of
        if event == "resettlement" and "dublin" in ctx.keys[ctx.word_at(sent[0]) : ctx.word_at(sent[1])]:
            event = "deportation"  # "transférés vers l'Italie en application du règlement Dublin": a removal
        if event == "assistance" and ctx.has_cue("at_sea", clause[2], clause[3]):
            event = "rescue"  # "ont porté assistance à 126 personnes au large de Gravelines"
        if not found and head.title is None:
            told = self._label_event(number, sent[0])  # "Débarquements enregistrés hier : 412 personnes"
            event, found = (told, True) if told else (event, found)
        if not found and head.noun is None and head.title is not None:
            told = self._title_event(head.title)  # "Principales nationalités renvoyées" over "Géorgiens 2 350"
            event, found = (told, True) if told else (event, found)
        title_row = self._table_row(number) if head.title is None else None
        if title_row is not None and ctx.in_range(title_row[0], number.left, ("DATE",)):
            title_row = None  # "Avril : 6 120": a row labelled by its period (`_dated_row`)
        if title_row is not None and (not found or group in ("person", "child") and event in _WEAK_EVENTS):
            # "Samos : 2 310 résidents" under "Résidents des centres des îles", "Gao : 96 450
            # personnes" under "RÉPARTITION PAR RÉGION (PDI sur sites)": the rows of a table
            noun = self._title_noun(title_row[1])
            if noun is not None and group in ("person", "child") and noun.group not in (None, "person"):
                group = noun.group
            if not found:
                told = noun.event if noun is not None else self._title_event(title_row[1])
                event, found = told or "stock", True
        if title_row is not None:
            head = replace(head, title=title_row[1])  # the title line dates the rows under it
            if event == "return" and head.noun is not None and head.noun.group == "returnee" and self._bare_row(number):
                event = "stock"  # "98 200 rapatriés" among key figures: a population, as refugees are
        group = self._displaced(group, number, first)
        if group == "person" and head.noun is not None and among_all:
            # FIGURES.md's "parmi" phrase says who they are: "Parmi les migrants rentrés figuraient 1 340 femmes"
            told = self._among_group(s)
            group = told if told not in (None, "child") else group
        dead = head.noun is not None and head.noun.event == "death"  # "des dizaines de corps ont été rapatriés"
        if event == "return" and group == "person" and not dead and self._said_returned(head, sent):
            group = "returnee"  # "1 020 Haïtiens ont été rapatriés", "540 000 déplacés ont regagné leurs villages"
        if event == "death" and group == "person" and ctx.has_cue("violence", sent[0], sent[1]):
            return None  # "les combats ont fait 80 morts": the dead of a war, not of a migration route
        prev = self.ranges[s - 1] if s > 0 else None
        if group in ("person", "child") and not found:
            return None  # "11 000 habitants", "6,3 millions d'enfants souffrent de malnutrition"
        weak = group in ("person", "child") and event in _WEAK_CONTEXT
        # the title of key figures over the count's row ("CHIFFRES – Frontière sud des États-Unis")
        rows_title = self._rows_title(s)
        told = [sent] + ([prev] if prev else []) + ([head.title] if head.title else []) + rows_title
        if weak and stands_for is None and not self._migration_context(told):
            if parent is None and not self._migration_context(self.heading) and not origin[0]:
                if event not in _PAGE_CONTEXT_EVENTS or not self._migration_page():
                    return None  # a nationality counted is a migration context ("un million de Syriens")
        # the part of the sentence the count is in (between ":", ";", "tandis que") first: "les
        # détections ont doublé, à 6 400, tandis que la route ... vers les Canaries a enregistré"
        part = self._part(sent, number)
        sentence, rest = self._sentence_scope(part, clause[1])
        wider = ([prev] if prev else []) + [t for t in rows_title if t != prev] + self.heading
        whole = [self._sentence_scope(sent, clause[1])[0]] if part != sent else []  # without a sub-count's clause
        own = [(clause[2], clause[3]), sentence] + ([rest] if rest else []) + whole
        where = self._where(clause[0], number)
        if where is not None:  # "À Singapour, où vivent 250 000 employées": the place "où" stands for
            own.insert(0, where)
        continues = head.refers_back or self._continues(s, figures) or self._other_ones(number, s, figures)
        subject = self._subject_state(number, clause[0]) if event not in _MOVED_FROM else None
        if parent is not None:
            # a part of a count is placed by its own clause, else by the count it belongs to
            country = subject or attach.country(ctx, own[: 2 if where else 1], event, last=False)
            if country is attach.UNDECIDED:
                country = parent["country"]
        else:
            country = subject or self._where_country(where) or attach.country(ctx, own, event, last=False)
            if country is attach.UNDECIDED and attach.in_the_union(ctx, *sentence):
                country = None  # "Dans l'Union européenne, 4,3 millions de personnes…": its many countries
        if (country is attach.UNDECIDED or country is None) and parent is None:
            # "les garde-côtes libyens ont intercepté 21 700 personnes en mer": by a national body
            country = self._actor_country(sent[0], number.left) or self._agent_country(number.end, sent[1]) or country
        from_wider = country is attach.UNDECIDED  # nothing in the count's own sentence places it
        if country is attach.UNDECIDED and not continues:
            country = attach.country(ctx, wider, event, last=False)
        elif country is attach.UNDECIDED:
            # the previous sentence: its own figure's place first ("... l'est du Tchad a accueilli
            # 580 000 réfugiés. Au total, le pays compte 1,2 million de réfugiés")
            previous = None
            for f in reversed(figures):  # the last figure of the previous sentence that has a place
                if not prev or f["start"] < prev[0]:
                    break
                if f["start"] < prev[1] and f["country"]:
                    previous = f
                    break
            country = previous["country"] if previous else attach.country(ctx, wider, event, last=False)
        if not origin[0]:
            origin = self._apposed_origin(clause[1])
        if not origin[0]:
            origin = attach.origin(ctx, clause[2], clause[3], event)
        if not origin[0]:
            origin = self._ranked_nationality(number, sent)
        if not origin[0]:
            origin = attach.origin(ctx, sentence[0], sentence[1], event)
        if not origin[0] and stands_for is not None:
            origin = (True, stands_for["origin"])  # "ils" are the people of the count they stand for
        now = ctx.has_cue("now", sent[0], max(number.start, clause[3]))  # "sont désormais déplacées"
        date_scopes = own[:]
        if continues and not now:
            date_scopes += wider
        elif not now:
            if prev and self._tells_an_event(prev, figures):
                date_scopes.append(prev)  # "Un naufrage s'est produit mardi au large de Sfax. Au moins 17 …"
            date_scopes += self.heading
        # a sub-count is dated by its own words, else by the count it belongs to; "d'entre eux", by its
        # sentence ("Depuis janvier, l'OIM a permis à 1 380 d'entre eux …", "aujourd'hui, 410 d'entre eux")
        if parent is not None and not self._of_them(number):
            date_scopes = [(clause[2], clause[3])]
            if head.compared and not head.breakdown:
                # "contre 178 300 lors de l'évaluation précédente, en octobre 2025": a compared count's
                # time may come after a comma; the later counts keep theirs (`others`)
                date_scopes.append((clause[2], sentence[1]))
        cut = self._other_relative(head, sent)
        if cut is not None:  # "… après les incendies qui ont détruit mardi le camp": the fires' day
            date_scopes = [(a, min(b, cut)) if b > number.start else (a, b) for a, b in date_scopes]
        others = self._others
        if rest:  # the counts of a sub-count's clause do not take the sentence's date from this one
            others = [o for o in others if not sentence[1] <= o < rest[0]]
        date = head.date or (None if head.compared else self._same_period(sent, number, figures))
        above = self._row_above(number, figures) if date is None and head.title is not None else None
        if above is not None and not ctx.in_range(*self._line(number.start), ("DATE",)):
            date = above["date"]  # "– dont Sud-Soudanais : 17 850": the time of the row it is a part of
        if date is None and head.title is not None:
            # a row's own words, else its title ("Déplacés internes à fin mai 2024 :"), which dates
            # every row under it, past the rows before
            line = (max(sent[0], self._line(number.start)[0]), min(sent[1], self._line(number.end)[1]))
            scopes = [line, head.title]  # "(chiffres au 31 mars)" in the row, else its title
            label_start, label_end = head.title
            if sent[0] <= label_start and label_end <= number.left and "\n" not in self.text[label_end : number.left]:
                # a label in the count's sentence ("Personnes arrivées du 1er janvier au 15 mars : 7 410
                # (même période de 2025 : 10 882)"): its time before the one compared after the count
                scopes.reverse()
            date = attach.date(ctx, scopes[:1], number.start, self.doc_date, others, self._as_of)
            date = date or attach.date(ctx, scopes[1:], number.start, self.doc_date, (), self._as_of)
        if date is None:
            as_of = self._said_as_of(sent) or self._as_of
            date = attach.date(ctx, date_scopes, number.start, self.doc_date, others, as_of)
        if date is None and head.refers_back and figures and figures[-1]["start"] >= (prev or sent)[0] and not now:
            # "Au moins 17 migrants sont morts et 25 ont été secourus", "… depuis janvier. Au moins 25 sont
            # mortes": the time of the count it goes on with, not of one it was compared with ("…, contre
            # 10 650 en 2024. Parmi ces retours, 7 940 étaient volontaires")
            date = self._not_compared(figures[-1])["date"]
        elif date is None and figures and figures[-1]["start"] >= sent[0] and not now and not (
                head.compared and not head.breakdown):
            # a count after another in its sentence, with no time of its own, is of the same time:
            # "figuraient 1 240 Guinéens, 610 Maliens et 480 Nigériens", "… en 2025, devant les
            # Syriens (19 880)"
            date = figures[-1]["date"]
        elif date is None and not now and self._same_incident(event, sent, prev, figures):
            # "… a chaviré dans la nuit de samedi à dimanche, 44 morts. Soixante-douze passagers ont été
            # secourus": the story of one incident goes on, dated by its day
            date = figures[-1]["date"]
        elif date is None and not now and self._same_story(event, number, figures):
            # "Au cours des neuf premiers mois de 2024, 28 400 personnes ont été renvoyées … 17 900 ont été
            # reconduites par charter": the paragraph's movements go on in the time it gave them
            date = self._not_compared(figures[-1])["date"]
        # its sources first: "selon Tripoli, un chiffre que l'OIM juge surévalué : l'agence en
        # recense environ 710 000"
        source = part != sent and attach.source(ctx, part[0], part[1]) or attach.source(ctx, sent[0], sent[1])
        if not source and prev and ctx.has_cue("same_source", sent[0], sent[1]):
            # "83 autres passagers ont été secourus, a-t-il ajouté", "selon la même source": the
            # source of the sentence before, rather than who acted ("La Marine royale a secouru
            # 18 645 candidats…, précise la même source")
            last = figures[-1] if figures and figures[-1]["start"] >= prev[0] else None
            source = last["source"] if last else attach.source(ctx, prev[0], prev[1])
        if not source and head.title is not None:
            source = attach.source(ctx, *head.title)  # a table's title: "… premier trimestre 2025 (source : Eurostat)"
        if not source and rows_title:
            below = self._rows_source_line(s)  # "Source : CBP" under key figures
            source = attach.source(ctx, *below) if below else None
        source = source or attach.actor(ctx, sent[0], number.left) or attach.agent(ctx, number.end, sent[1])
        if not source:
            source = self._quoted_by(number.start)  # "« … 600 ou 700 personnes … », poursuit la bénévole"
        if not source and _FIRST_PERSON.intersection(ctx.keys[first : ctx.word_at(sent[1])]):
            # "nous avons enregistré 790 000 nouveaux réfugiés", said by an official of an
            # organisation the text introduced (an interview, a quote that goes on); outside quotes,
            # a release's own voice ("nos équipes ont identifié 6 500 enfants")
            source = self.agency if self.agency and not self._quoted(number.start) else self._speaker(number.start)
        if not source:
            source = self._answer_of(number.start)  # "Laurent Dubois-Ndiaye : Près de 13 millions de Soudanais…"
        if not source and self._said_by_him(sent):
            source = self._last_person(number.start)  # "Selon lui, 1 870 migrants…"
        if country is None or country is attach.UNDECIDED:
            # "Mayotte : 87 personnes interceptées en mer": a headline's label is where; a count
            # that nothing else places is in the country the headline labels the story with
            country = self._label_place(sent) or (self._story_place if from_wider else None)
            if country is None and from_wider:
                # the state of the national body that gives it ("indique le SEM", a prefecture's
                # release), else the one country the page is about
                giver = source or (parent["source"] if parent is not None else None) or self.agency
                country = self._page_country() or self._body_country(giver)
        if country is None and figures and figures[-1]["start"] >= sent[0] and not self._between_countries(clause):
            # "640 personnes ont quitté la Suisse, dont 205 vers leur pays d'origine et 183 vers un État
            # Dublin": where the count before it is (not "dont 690 à la frontière entre le Mexique et les
            # États-Unis", which its own words place nowhere)
            country = figures[-1]["country"]
        if head.place is not None:  # a part in brackets after its country, a table's row
            country = head.place or None
        elif group == "idp" and (country is None or from_wider) and origin[1] and len(origin[1]) == 3 \
                and origin[1].isalpha() and _WITHIN.intersection(ctx.keys[clause[0] : ctx.word_at(sent[1])]):
            # "1,4 million d'Haïtiens étaient déplacés à l'intérieur du pays": people displaced within
            # their own country are in it
            country = origin[1]
        belongs_to = parent
        if head.compared and not head.breakdown:
            # a compared count has its own time, or none said ("contre 60 000 avant la guerre")
            parent = {**parent, "date": None}
        if parent is not None:
            self._parents[number.start] = belongs_to
            if head.compared:
                self._compared_parts.add(number.start)
            if not origin[0] and not self._among_all(s):
                origin = (True, parent["origin"])  # not "Parmi les passagers figuraient…": all the counts before
            if event != "stock" or parent["event"] == "stock":
                date = date or parent["date"]  # not a stock among movements: "dont 6,6 millions vivent en…"
            if parent["start"] >= sent[0] or not self._of_them(number):
                source = source or parent["source"]  # "Parmi les rescapés figurent 42 mineurs": the same report
        if date is None and self._collected and not head.compared:
            # a data page's undated figures: gathered in its collection period, a stock counted on
            # the day its figures are given at ("Période couverte : … – chiffres au 2 mars")
            date = self._as_of if event == "stock" and self._as_of else self._collected
        elif date is None and self._as_of and event == "stock" and not head.compared and not now \
                and self._listed(number.start):
            # "Haïti : Aperçu humanitaire (au 30 avril 2025)" over "• Près de 240 000 déplacés vivent
            # dans 246 sites": an undated population listed on the page, on the page's day
            date = self._as_of
        noun = head.noun
        return {
            "start": number.start,
            "end": number.end,
            "value": number.value,
            "value_max": number.value_max,
            "qualifier": self._qualifier_after(number, head),
            "unit": noun.unit if noun else "person",
            "group": group,
            "event": event,
            "country": country,
            "origin": origin[1],
            "date": date,
            "source": source or self.agency,
        }


def read_figures(*args: Any, **kwargs: Any) -> List[Dict[str, Any]]:
    """Every figure of a document as FIGURES.md records (plain values), in text order;
    the arguments are `Reader`'s (text, folded text, words, mentions, document date,
    boilerplate ranges, dateline)."""
    return Reader(*args, **kwargs).figures()
