"""COUNTRY, NATIONALITY, REGION and LOC candidates.

Gazetteer matches come from `migtext.countries.kb` through one `PhraseIndex` (built
once per process); a few context rules turn away readings that are not the country
here (the river Niger, a person called Maurice, Salvador de Bahia); the base model's
LOC spans fill in cities and provinces, and are the only place fuzzy matching runs, so
a misspelt country is caught without fuzzing every capitalised word.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import compress
from typing import Any, FrozenSet, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.symbols import NOUN, PROPN, X
from spacy.tokens import Doc

from migtext.core.candidates import CoverMask, add_candidate, doc_folded, doc_text, doc_words
from migtext.core.data import read_csv
from migtext.core.lexicon import is_first_name
from migtext.core.tags import BatchTagging, DocTags, WindowTagger
from migtext.core.text import DASHES, PhraseIndex, Word, at_line_start, fold, plus_glued, strip_article, words
from migtext.core.wordforms import is_common_word
from migtext.countries import kb, places
from migtext.countries.conversion import lookup
from migtext.countries.places_component import PLACE_NOUNS, after_office, after_procedure_noun, in_dateline

# Payload priority where one written form has several readings ("Suisse": the country
# before a Swiss person; a listed place before the country inside it).
_PRIORITY = {"LOC": 0, "COUNTRY": 1, "REGION": 2, "NATIONALITY": 3}

# A country's name after one of these nouns names a river, lake or desert ("le fleuve
# Niger", "le lac Tchad", "le bassin du Congo"): a LOC, not the country.
FEATURE_NOUNS = frozenset(
    "fleuve riviere lac delta bassin mont monts massif desert plateau detroit canal estuaire vallee".split()
)
_LINKS = frozenset({"du", "de", "des", "d", "la", "l"})

# Country names that are also first names: "Maurice Kamto" is a person, "à Maurice" the country.
FIRST_NAME_COUNTRIES = frozenset({"maurice", "dominique", "israel", "jordan", "salvador"})
_PREPOSITIONS = frozenset({"a", "au", "en", "de", "d", "la", "l", "le", "vers", "pour", "depuis", "par", "sur"})

# Country names that are also another country's place, read as that place when the
# text around them (folded) speaks of its country: "Salvador" near Brazil is Salvador
# de Bahia, "Grenade" near Spain is Granada.  (Not "Macédoine" near Greece: on the
# Balkan route that is North Macedonia, next to Greece.)
HOMONYM_CONTEXTS = {
    "salvador": re.compile(r"\b(?:bresil|bresilien\w*|bahia|sao paulo|rio de janeiro|recife|brasilia)\b"),
    "grenade": re.compile(r"\b(?:espagne|espagnol\w*|andalou\w*|seville|malaga|almeria|cordoue|madrid)\b"),
}
CONTEXT_WINDOW = 300

# Phrases before a place name that are not part of it ("route de la Méditerranée
# centrale" -> "Méditerranée centrale", "port d'Arguineguin" -> "Arguineguin").
_PLACE_PREFIX = re.compile(
    r"^(?:routes?|ports?|camps?|fronti[eè]res?|postes?[- ]fronti[eè]res?|[ÉéEe]tat|r[ée]gion|province|wilaya"
    r"|d[ée]partement|ville|[îi]le|archipel|quartier|district|canton|comt[ée]|municipalit[ée])\s+"
    r"(?:de\s+la|de\s+l['’`]|du|des|de|d['’`])\s*",
    re.IGNORECASE,
)
# A dash between spaces inside a model LOC ends a dateline's place ("Nador - Les").
_DATELINE_DASH = re.compile(r"\s+[-–—]\s")
# "N'Djamena", "N'Zérékoré": a capital and an apostrophe that the base model leaves out (not
# the article of "L'Isère compte…" at a sentence's start).
_NAME_ELISION = re.compile(r"(?:^|(?<=[\s(]))[A-KM-Z]['’`]$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:»\n]\s*)$")

# Words right before a language name that make it the language ("le français", "un
# français hésitant", "cours de français"), and stems of verbs of speech ("parle turc").
LANGUAGE_BEFORE = frozenset({"le", "l", "du", "un", "de", "d", "en", "cours", "langue"})
LANGUAGE_VERBS = ("parl", "apprend", "appris", "enseign", "tradui", "ecri", "lire", "lit")

# "italo-", "franco-", "sino-" glued before a demonym: a compound adjective of relations.
_COMPOUND_PREFIX = re.compile(r"\b[a-zà-ÿ]{2,}o-$")

# Nouns after which a demonym adjective is not about a nation.
NOT_NATIONALITY_AFTER = frozenset({"continent", "sous-continent"})

# Countries whose capital or a large city has the same name: "à Panama", "de Benin"
# (no article) or a dateline "Panama, 3 mars" is the city; "au Panama", "du Bénin" the country.
CITY_HOMONYMS = frozenset({"BEN", "PAN", "GTM", "KWT", "LUX"})
# A capital named as its country whatever the preposition ("à Djibouti" is both): the city only
# where a dateline puts the place a text is written in ("Djibouti / Genève, le 11 mars").
DATELINE_CITY_HOMONYMS = frozenset({"DJI"})
_CITY_PREPOSITIONS = frozenset({"a", "de", "d"})

# The word before a place's name over "de" and its forms ("province du", "region de la").
_NOUN_BEFORE = re.compile(r"(\w+)[ -]+(?:de la |de l'|du |des |de |d')$")

# A place's noun before a country's name makes it the city of that name: "la ville de
# Djibouti", "le port de Djibouti", "la capitale, Koweït".
CITY_NOUNS = frozenset({"ville", "capitale", "port", "cite", "agglomeration", "municipalite"})
# A country name that opens with its article is a common noun without the capital after the
# article ("la réunion de lundi") and a meeting before "de" and a lower-case word ("La
# Réunion de crise", "la Réunion du 12 mars").
_MEETING_AFTER = re.compile(r"\s+(?:(?:de|du|des)\s+|d['’`]\s*)[a-zà-ÿ0-9]")
# "la Grande Île de Nouvelle-Calédonie": a periphrasis qualified by a place is not the country.
_QUALIFIED_AFTER = re.compile(r"\s+(?:(?:de|du|des)\s+|d['’`]\s*)[A-ZÀ-Ý]")
# The place after a shared demonym: "de Brazzaville", "du Congo-Brazzaville", "de Bissau".
_PLACE_AFTER = re.compile(
    r"\s+(?:de|du|d['’`])\s*(?P<name>[A-ZÀ-Ý][\w'’-]*(?:[ \t][A-ZÀ-Ý][\w'’-]*)?)"
)
# The honorifics people's names take ("Madame Chine", "M. Maurice"): a country's name after
# one of them is a surname. The table is the people lexicon's (roles_honorifics.csv).
HONORIFICS_FILE = "roles_honorifics.csv"
# The tags of a one-word place name (0: no tagger in the pipeline).
_PROPER = frozenset({PROPN, X, 0})


# A country's name glued by hyphens to a particle is part of a longer place's name.
_COMPOUND_PARTICLES = r"(?:de|du|des|d'|en|sur|sous|lès|les|la|le|aux|et)"
_IN_A_COMPOUND_BEFORE = re.compile(rf"\w-{_COMPOUND_PARTICLES}-$")
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’]*)-$")  # "Port-" before "Soudan"
_IN_A_COMPOUND_AFTER = re.compile(rf"-(?:{_COMPOUND_PARTICLES}-\w|d['’]\w)")  # "Saint-Martin-d'Hères"


@lru_cache(maxsize=1)
def honorific_keys() -> FrozenSet[str]:
    """Folded honorifics without their full stop ("mme", "m", "madame", "dr")."""
    return frozenset(fold(row["form"].strip().rstrip(".")) for row in read_csv(HONORIFICS_FILE))


# Words after which a misspelt capitalised word is worth a fuzzy look-up.
FUZZY_CONTEXT = frozenset({"l", "la", "le", "les", "au", "aux", "en", "du", "des", "d", "de"})

Payload = Tuple


@lru_cache(maxsize=1)
def phrase_index() -> PhraseIndex:
    """Every country, nationality, region and colliding place name, indexed once."""
    index = PhraseIndex()
    for name in kb.country_names():
        if name.kind == "lookup":
            continue
        # "La Réunion" matches "à la Réunion" too: the capital after the article is checked later
        if name.kind == "acronym":
            case = "upper"
        elif strip_article(name.surface)[0] or name.kind in kb.PERIPHRASES:
            case = "any"  # the capitals that matter are checked in _propose_match
        else:
            case = "capitalized"
        index.add(name.surface, ("COUNTRY", name.alpha3, name.method, name.kind), case)
    for d in kb.demonyms():
        payload = ("NATIONALITY", d.alpha3, "exact" if d.primary else "alias", d.gender, d.number)
        index.add(d.form, payload + ("adjective",), "lower")
        index.add(d.form, payload + ("noun",), "capitalized")
    for place in kb.place_names():
        case = "capitalized" if place.surface[:1].isupper() else "any"
        index.add(place.surface, (place.label, place.code, "exact"), case)
    return index


def _best(payloads: Sequence[Payload]) -> Payload:
    return min(payloads, key=lambda p: (_PRIORITY[p[0]], p[2] != "exact"))


def _feature_start(ws: Sequence[Word], first: int) -> Optional[int]:
    """Index of a feature noun ("fleuve", "lac") right before word `first`, over links."""
    i = first - 1
    while i >= 0 and ws[i].key in _LINKS and first - i <= 3:
        i -= 1
    if i >= 0 and ws[i].key in FEATURE_NOUNS:
        return i
    return None


def _is_first_name(text: str, ws: Sequence[Word], first: int, last: int) -> bool:
    """ "Maurice Kamto", "Dominique Strauss": a capitalised word follows, no article before."""
    if last >= len(ws):
        return False
    nxt = ws[last]
    gap = text[ws[last - 1].end : nxt.start]
    if gap.strip() or "\n" in gap or not text[nxt.start].isupper():
        return False
    if first > 0 and ws[first - 1].key in _PREPOSITIONS:
        return False
    return nxt.key not in _PREPOSITIONS


class CountryRecognizer(BatchTagging):
    """Proposes COUNTRY, NATIONALITY, REGION and LOC candidates (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.index = phrase_index()
        self.tagger = WindowTagger.of(nlp)
        # the dictionary and the table of country names are read now, once per process
        # (and shared by the processes `nlp.pipe(n_process=...)` forks), not on the first text
        is_common_word("")
        lookup("France")

    def prepare(self, doc: Doc):
        """Every candidate but the base model's LOC spans whose proper-noun test needs the
        tagger: those wait for `finish`, with the token ranges to tag."""
        text = doc_text(doc)
        folded = doc_folded(doc)
        ws = doc_words(doc)
        taken = CoverMask(len(text))
        matches = list(self.index.iter_matches(text, ws))
        self._named = None  # the countries named by their own names, found when a nickname needs it
        self._matches = matches
        self._person_spans = sorted((s, e) for s, e, label in doc._.model_ents or () if label == "PER")
        self._person_starts = [s for s, _ in self._person_spans]
        for match in matches:
            span = self._propose_match(doc, text, folded, ws, match)
            if span is not None:
                taken.add(*span)
        self._propose_fuzzy(doc, text, ws, taken)
        places = self._model_locs(doc, text, taken)
        return places, [test for _, _, test in places if isinstance(test, tuple)]

    def finish(self, doc: Doc, places) -> Doc:
        self._propose_model_locs(doc, places)
        return doc

    def _propose_fuzzy(self, doc: Doc, text: str, ws: Sequence[Word], taken: CoverMask) -> None:
        """Misspelt countries where a country is expected: a capitalised word (or two)
        right after an article or preposition ("la Mauritannie", "l'Afganistan")."""
        n = len(ws)
        keys = [w.key for w in ws]
        # the words right after an article or preposition, picked without a Python loop over every word
        for i in compress(range(1, n), map(FUZZY_CONTEXT.__contains__, keys)):
            w = ws[i]
            if len(w.key) < 5 or not text[w.start].isupper():
                continue
            if text[w.start : w.end].isupper() or taken.overlaps(w.start, w.end):
                continue
            for last in (i + 2, i + 1):
                if last > n or taken.overlaps(w.start, ws[last - 1].end):
                    continue
                if last == i + 2 and not text[ws[i + 1].start].isupper():  # "Guinee Bisau", not "Erytrée s'est"
                    continue
                if all(self.vocab.has_vector(x.key) for x in ws[i:last]):
                    continue  # known words ("Palais", "Indias") are not misspellings
                found = kb.fuzzy_country(" ".join(x.key for x in ws[i:last]))
                if found is not None:
                    code, score = found
                    end = ws[last - 1].end
                    self._add(doc, w.start, end, "COUNTRY", code, "fuzzy", score, kb.country_attrs(code))
                    taken.add(w.start, end)
                    break

    def _propose_match(self, doc: Doc, text: str, folded: str, ws: Sequence[Word], match) -> Optional[Tuple[int, int]]:
        payload = _best(match.payloads)
        label, code = payload[0], payload[1]
        start, end = match.start, match.end
        cut, _ = strip_article(text[start:end])
        if cut and cut < end - start:  # "La Réunion": the article stays outside
            start += cut
        if label == "COUNTRY":
            if cut and (not text[start : start + 1].isupper() or _MEETING_AFTER.match(text, end)):
                return None  # "la réunion de lundi", "La Réunion de crise": a meeting
            if payload[3] in kb.PERIPHRASES and not self._periphrasis_here(text, ws, match, payload):
                return None
            if self._in_a_name(text, ws, match):
                return None  # "Louise Chine", "Madame Chine", "Kenya Barris": part of a person's name
            if _IN_A_COMPOUND_BEFORE.search(text, max(0, start - 6), start) or _IN_A_COMPOUND_AFTER.match(text, end):
                return None  # "Île-de-France", "Hauts-de-France", "Saint-Martin-de-Belleville": a longer place name
            glued = _GLUED_BEFORE.search(text, max(0, start - 30), start)
            if glued and places.lookup(glued.group(1) + "-" + text[start:end]) is not None:
                return None  # "Port-Soudan": a city named after its country (not "la frontière Soudan-Tchad")
            first = match.first_word
            if first > 1 and ws[first - 1].key in ("de", "d") and ws[first - 2].key in CITY_NOUNS:
                return self._add(doc, start, end, "LOC", None, "context", 0.9, {})  # "la ville de Djibouti"
            feature = _feature_start(ws, match.first_word)
            if feature is not None:
                return self._add(doc, ws[feature].start, end, "LOC", None, "context", 0.9, {})
            key = " ".join(w.key for w in ws[match.first_word : match.last_word])
            if key in FIRST_NAME_COUNTRIES and _is_first_name(text, ws, match.first_word, match.last_word):
                return None
            homonym = HOMONYM_CONTEXTS.get(key)
            if homonym is not None and homonym.search(
                folded, max(0, start - CONTEXT_WINDOW), min(len(text), end + CONTEXT_WINDOW)
            ):
                return self._add(doc, start, end, "LOC", None, "context", 0.9, {})
            if code in CITY_HOMONYMS and self._is_city(text, ws, match.first_word, end) or (
                    code in DATELINE_CITY_HOMONYMS and in_dateline(text, ws, match.first_word, end)):
                return self._add(doc, start, end, "LOC", None, "context", 0.9, {})
            if start >= 3 and folded[start - 3 : start] == "ex-" and (start == 3 or not folded[start - 4].isalnum()):
                start -= 3  # "l'ex-URSS", "l'ex-Yougoslavie": the prefix is part of the name
            method = payload[2]
            score = kb.SCORES["acronym"] if payload[3] == "acronym" else kb.SCORES[method]
            return self._add(doc, start, end, "COUNTRY", code, method, score, kb.country_attrs(code))
        if label == "NATIONALITY":
            if payload[5] == "adjective" and payload[4] != "Plur" and self._is_language(text, ws, match):
                return None
            if start > 1 and text[start - 1] in DASHES and text[start - 2].isalpha():
                return None  # "Sud-Américains", "Afro-Colombiens": a compound the table does not list
            code = self._shared_demonym(text, ws, match, code)
            if _COMPOUND_PREFIX.search(text, max(0, start - 12), start):
                return None  # "le protocole italo-albanais": two countries' relation, no nationality
            if match.first_word > 0 and ws[match.first_word - 1].key in NOT_NATIONALITY_AFTER:
                return None  # "le continent américain" is the continent's adjective
            attrs = kb.country_attrs(code)
            attrs.update(gender=payload[3], number=payload[4], form=payload[5])
            return self._add(doc, start, end, "NATIONALITY", code, payload[2], kb.SCORES[payload[2]], attrs)
        if label == "REGION":
            region = kb.regions().get(code) if code else None
            attrs = region.attrs() if region else {"code": None, "name_fr": text[start:end]}
            return self._add(doc, start, end, "REGION", code, "exact", 1.0, attrs)
        return self._add(doc, start, end, "LOC", None, "alias", 0.9, {})

    def _periphrasis_here(self, text: str, ws: Sequence[Word], match, payload) -> bool:
        """ "l'État hébreu", "le royaume chérifien", "la Grande Île": the capitals of the
        table's form are written, no "de ..." qualifies it ("la Grande Île de Nouvelle-
        Calédonie"), and a nickname's country is named elsewhere in the document."""
        form = next(n.surface for n in kb.country_names() if n.alpha3 == payload[1] and n.kind == payload[3]
                    and kb.folded_key(n.surface) == kb.folded_key(match.text))  # fmt: skip
        written = [w for w in ws[match.first_word : match.last_word] if w.key.isalnum()]
        for w, table_word in zip(written[1:], [w for w in words(form) if w.key.isalnum()][1:], strict=False):
            if form[table_word.start].isupper() and not text[w.start].isupper():
                return False
        if _QUALIFIED_AFTER.match(text, match.end):
            return False
        if payload[3] == "nickname":
            if self._named is None:
                self._named = {
                    p[1]
                    for m in self._matches
                    for p in m.payloads
                    if p[0] in ("COUNTRY", "NATIONALITY") and not (p[0] == "COUNTRY" and p[3] in kb.PERIPHRASES)
                }
            return payload[1] in self._named
        return True

    @staticmethod
    def _shared_demonym(text: str, ws: Sequence[Word], match, code: str) -> str:
        """ "les Congolais de Brazzaville" (COG), "les Guinéens de Bissau" (GNB): a demonym two
        countries share names the one whose city or name follows it."""
        key = " ".join(w.key for w in ws[match.first_word : match.last_word])
        also = kb.shared_demonyms().get(key)
        if not also:
            return code
        after = _PLACE_AFTER.match(text, match.end)
        if after is None:
            return code
        name = after.group("name")
        found = lookup(name, fuzzy=False)
        where = found.alpha3 if found is not None else None
        if where is None:
            place = places.lookup(name)
            where = place.place.country if place is not None and place.form != "alternate" else None
        return where if where in also else code

    def _in_a_name(self, text: str, ws: Sequence[Word], match) -> bool:
        """A one-word country name that is part of a person's name: after an honorific
        ("Madame Chine"), or inside a base-model person span with a capitalised word next to
        it on the line ("Louise Chine", "Anatole France", "Kenya Barris"), no preposition or
        article before it."""
        first, last = match.first_word, match.last_word
        if last - first != 1:
            return False
        if first > 0:
            before = first - 2 if ws[first - 1].key == "." and first > 1 else first - 1
            if ws[before].key in honorific_keys() and text[ws[before].start].isupper():
                return True
            if ws[first - 1].key in _PREPOSITIONS:
                return False
        k = bisect.bisect_right(self._person_starts, match.start)
        if not k:
            return False
        s, e = self._person_spans[k - 1]
        if not (match.end <= e) or (s, e) == (match.start, match.end):
            return False
        before = first > 0 and s <= ws[first - 1].start and text[ws[first - 1].end : match.start] == " "
        after = last < len(ws) and ws[last].end <= e and text[match.end : ws[last].start] == " "
        neighbours = ([ws[first - 1]] if before else []) + ([ws[last]] if after else [])
        return any(text[w.start].isupper() for w in neighbours)

    @staticmethod
    def _is_language(text: str, ws: Sequence[Word], match) -> bool:
        """ "en français", "un français hésitant", "des cours d'arabe", "parle turc": a
        lowercase language name after an article, "de" or a verb of speech is the
        language; "un ressortissant français" (after a noun) stays a nationality."""
        if match.first_word == 0 or not text[match.start].islower():
            return False
        prev = ws[match.first_word - 1].key
        if prev == "en":
            return True
        key = " ".join(w.key for w in ws[match.first_word : match.last_word])
        return key in kb.languages() and (prev in LANGUAGE_BEFORE or prev.startswith(LANGUAGE_VERBS))

    @staticmethod
    def _is_city(text: str, ws: Sequence[Word], first: int, end: int) -> bool:
        """ "à Panama", "de Benin", "OIM Panama" (an office) or a dateline: the city that shares
        the country's name."""
        if first > 0 and ws[first - 1].key in _CITY_PREPOSITIONS:
            return True
        if after_office(text, ws, first):
            return True
        return in_dateline(text, ws, first, end)

    def _model_locs(self, doc: Doc, text: str, taken: CoverMask) -> List[Tuple[int, int, Any]]:
        """The base model's LOC spans that no gazetteer match covers, articles and "route de"
        left out, each with its place test (`_place_test`: a bool, or the tokens to tag)."""
        spans = []
        for start, end, label in doc._.model_ents or []:
            if label != "LOC" or taken.overlaps(end - 1, end):
                continue  # a span that keeps its last character overlaps whatever covers it
            while True:
                chunk = text[start:end]
                cut, _ = strip_article(chunk)
                if cut and chunk[0].isupper() and not _SENTENCE_END.search(text[max(0, start - 3) : start]):
                    cut = 0  # "La Spezia", "Le Caire" mid-sentence: the article is the name's
                m = _PLACE_PREFIX.match(chunk)
                cut = max(cut, m.end() if m else 0)
                if not cut or cut >= end - start:
                    break
                start += cut
            dash = _DATELINE_DASH.search(text, start, end)
            if dash and at_line_start(text, start):
                end = dash.start()  # "Nador - Les éléments": a dateline, the model ran on into the sentence
            if _NAME_ELISION.search(text[max(0, start - 3) : start]):
                start -= 2
            if not taken.overlaps(start, end):
                spans.append((start, end))
        tags = DocTags.of(doc, self.tagger)
        return [(s, e, self._place_test(doc, tags, s, e)) for s, e in spans]

    def _propose_model_locs(self, doc: Doc, places: List[Tuple[int, int, Any]]) -> None:
        """Of the base model's LOC spans that pass their test: a misspelt country (fuzzy) or
        another place (LOC, method "model")."""
        text = doc_text(doc)
        tags = DocTags.of(doc, self.tagger)
        for start, end, test in places:
            if isinstance(test, tuple):
                test = self._proper_noun(tags, *test)
            if not test or after_procedure_noun(text, start, end):
                continue  # "les transferts Dublin": the regulation, not the city
            key = kb.folded_key(text[start:end])
            known = all(self.vocab.has_vector(k) for k in key.split())
            found = kb.fuzzy_country(key) if text[start : start + 1].isupper() and not known else None
            if found is not None:
                code, score = found
                self._add(doc, start, end, "COUNTRY", code, "fuzzy", score, kb.country_attrs(code))
            else:
                self._add(doc, start, end, "LOC", None, "model", 0.5, {})

    def _place_test(self, doc: Doc, tags: DocTags, start: int, end: int):
        """Turns away the base model's LOC that is a common word ("Etats" in "175 Etats
        membres", "Ca" for a misspelt "La", "Ressources" heading a list): a place name is a
        proper noun.  True or False when the words decide; else the token range whose tags
        decide (`_proper_noun`): a capitalised word that is also a common word ("Est",
        "Travail"), which only the tagger tells apart from a name in its context."""
        text = doc_text(doc)
        if not text[start : start + 1].isupper():
            return False
        first, last = tags.token_range(start, end)
        span_text = text[tags.starts[first] : tags.starts[last - 1] + len(tags.text(last - 1))]
        if plus_glued(text, start, end):
            return False  # "l'UE+": a statistical area
        if kb.folded_key(strip_article(span_text)[1]) in kb.peoples():
            return False  # "1 600 Rohingyas sont arrivés": a people, not a place
        if kb.folded_key(strip_article(span_text)[1]) in kb.generic_place_nouns():
            # "Bassin du lac Tchad :", "Le Royaume dit", "L'État de droit": a common noun,
            # unless a place noun makes it a name ("la province du Lac")
            before = _NOUN_BEFORE.search(doc_folded(doc), max(0, start - 40), start)
            return before is not None and before.group(1) in PLACE_NOUNS
        if last - first == 1 and is_first_name(span_text) and places.lookup(span_text) is None:
            return False  # "Farid, 19 ans, né à Ispahan", "raconte Aminata": a given name no place has
        if not is_common_word(tags.text(first)):
            return True  # a word no dictionary of the base model lists: a name
        opens = _SENTENCE_END.search(text[max(0, start - 3) : start])
        if last - first == 1 and opens and places.lookup(span_text) is None:
            return False  # "Détections de janvier à mai", "Abonnez-vous": a common word capitalised by its place
        return first, last

    @staticmethod
    def _proper_noun(tags: DocTags, first: int, last: int) -> bool:
        if last - first == 1:
            return tags.pos(first) in _PROPER
        # "petits États insulaires": a common noun and its adjective, no name in it
        return tags.pos(first) != NOUN or any(tags.pos(i) == PROPN for i in range(first, last))

    def _add(
        self, doc: Doc, start: int, end: int, label: str, norm, method: str, score: float, attrs
    ) -> Tuple[int, int]:
        add_candidate(doc, start, end, label, norm, method=method, score=score, source=self.name, attrs=attrs)
        return start, end
