"""LOC mentions from an offline gazetteer of world places (`migtext.countries.places`).

Tens of thousands of town names are also words, first names and surnames, so a name is
proposed only where the text says "place": after a place preposition or noun ("à",
"vers", "camp de", "près de", "arrivés de"), before words that place it ("Derna, dans
l'est du pays", "Sebha en Libye"), in a dateline ("Dakar, le 3 juin –"), in a list that
goes on from a known place ("de Belladère, de Ouanaminthe et d'Anse-à-Pitres"), after an
organisation's acronym ("OIM Dakar"), anywhere for a city of a million people named by
its own name, and, once a name has been a place in a document, at its other mentions.
It stays away from other readings: country, nationality and region candidates, the base
model's longer person and organisation names, a capitalised word glued to the name
("Paris Hilton"), a given name, a person introduced by age ("Santiago, 24 ans"), and a
base-model LOC that holds the name (unless a common noun heads it: "townships de Soweto").
"""
from __future__ import annotations

import re
from itertools import compress
from typing import List, Optional, Sequence, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import add_candidate, doc_text, doc_words, get_candidates
from migtext.core.lexicon import ARTICLES, first_names, is_first_name
from migtext.core.text import BULLET_MARKS, DASHES, PhraseMatch, Ranges, Word, at_line_start, fold
from migtext.countries import places as kb

METHOD = "gazetteer"
SCORE = 0.85
PERSON_AT_PLACE_SCORE = 0.6  # a model's person name read as a place by its context alone

# Words right before a name that make it a place by themselves ("à Niamey", "vers Sfax").
PLACE_PREPOSITIONS = frozenset({"a", "vers", "depuis", "via", "jusqu", "entre"})
# "de" and its forms: a place only after a place noun or a movement word.
DE_FORMS = frozenset({"de", "d", "du", "des"})  # "des": a plural name ("la préfecture des Hautes-Alpes")
# Nouns, adverbs and movement words after which "de X" names a place.
# Area nouns a name may follow without "de": "la région Hauts-de-France".
_APPOSED_AREA_NOUNS = frozenset({"region", "province", "departement", "wilaya", "gouvernorat", "district"})
PLACE_NOUNS = frozenset(
    """
    ville villes capitale localite localites village villages commune communes municipalite
    camp camps site sites centre centres quartier quartiers township townships banlieue banlieues
    refuge refuges campement campements hotspot hotspots bidonville bidonvilles
    region regions province provinces district districts departement departements prefecture
    gouvernorat gouvernorats wilaya etat comte canton cantons zone zones territoire
    ile iles archipel port ports aeroport gare plage plages cote cotes large littoral
    frontiere frontieres poste postes passage passages point points pont ponts
    pres loin environs alentours autour abords proximite porte portes sortie entree peripherie faubourgs rues
    nord sud est ouest centre-ville
    route routes trajet traversee chemin destination direction
    habitants habitant maire gouverneur population populations
    tragedie drame naufrage naufrages massacre attaque attaques bombardement bombardements chute siege
    offensive combats incendie seisme inondations
    depart departs arrive arrives arrivee arrivees
    parti partis partie parties partir venu venus venue venues venant provenance
    originaire originaires origine fui fuyant fuir evacue evacues evacuee evacuees
    rapatrie rapatries expulse expulses transfere transferes retour retours rentre rentres
    sorti sortis
    """.split()
)
# How many lowercase words back a place noun may be ("zone tampon de", "centre de transit de").
NOUN_REACH = 4
_COUNT_GROUPS = 3  # digit groups of a count between a listed place and the next ("Ceuta 1 900 et Melilla")
# After the name, on folded text: where it lies ("Derna, dans l'est du pays", "Dirkou, au
# nord du Niger") or what it is ("Bamako, la capitale", "Mbour, une ville de pêcheurs").
_PLACE_AFTER = re.compile(
    r"\s*,?\s*(?:dans\s+(?:le|l')\s*|au\s+|a\s+l'\s*|(?:situee?|situes)\s+(?:au|dans\s+le|a\s+l')\s*)"
    r"(?:extreme[ -])?(?:nord|sud|est|ouest|centre)(?:[ -](?:est|ouest))?\b"
    r"|\s*,\s*(?:la|une|l'|cette)\s*(?:capitale|ville|localite|petite ville|grande ville|cite|bourgade|commune|ile)\b"
)
# ", en Libye", " au Niger": a country right after the name (its start is checked apart).
_COUNTRY_AFTER = re.compile(r"\s*,?\s*(?:en|au|aux|\()\s*")
# Nouns a place's name follows without a preposition when it names a procedure or an agreement
# signed there ("procédure Dublin", "cas Dublin", "accords Dayton"), not the place.
_PROCEDURE_NOUNS = frozenset(
    "procedure procedures reglement systeme cas transfert transferts renvoi renvois accord accords "
    "regime mecanisme dispositif protocole".split()
)
# Names of agreements a country is named "of" ("les États Dublin", "l'espace Schengen", "pays Schengen").
_PROCEDURE_NAMES = frozenset({"dublin", "schengen"})
_STATE_NOUNS = frozenset({"etat", "etats", "pays", "espace"})
# "Santiago, 24 ans": a person introduced by age, as testimonies do, not the city.
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*ans\b")
# Between a feature noun ("lac", "rue de") and its name: spaces or an elided "d'".
_FEATURE_GAP = re.compile(r"[ \t'’`]+(?:[^\W\d_]+[ \t'’`]+){0,2}$")

# Joining words in a list of places ("de Hatay, de Kahramanmaraş et d'Adıyaman").
LIST_JOINS = frozenset({",", "et", "ou"})
# "Saint-Louis du Sénégal": the link between a town and the country that tells it apart.
_QUALIFIER = re.compile(r" (?:du|de|d['’`]|des) ?")
# A model MISC that ends on "de" and a name: an event named after its place.
_EVENT_OF = re.compile(r"[a-zà-ÿ]+ (?:de |du |d['’`])[A-ZÀ-Ý][^ ]*")
# Words that open a list of examples after a place ("du Maroc, notamment Beni Mellal").
LIST_LEADS = frozenset({"notamment", "dont", "comme", "surtout", "particulier", "exemple"})
# A headline that starts with a place: "Mbour : une pirogue chavire".
_HEADLINE_AFTER = re.compile(r" ?: +[a-zà-ÿ]")
# A row of figures: the label at a line's start (after a bullet), then ":" and a number.
_ROW_OPENING = re.compile(rf"[ \t]*(?:[{re.escape(BULLET_MARKS)}][ \t]+)?")
_ROW_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:[ \t]*\d")
# Acronyms of organisations whose offices are named by their city ("OIM Dakar", "IOM Lima").
OFFICE_ACRONYMS = frozenset(
    "oim iom hcr unhcr acnur unicef pam wfp ocha pnud undp unfpa oit ilo onu un cicr icrc msf fao oms who".split()
)
# After the name: a dateline goes on with a comma and a date, or an agency and a dash; a joint
# dateline's first place with "/" and the next ("ROME/NEW YORK, 10 avril").
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]|,[^\n]{0,30}?\d|/[^\n,]{1,40},[^\n]{0,30}?\d)")


# A country's regions named by a point of the compass, written as names. The compound ones are
# names wherever they are capitalised ("dans le Nord-Ouest et le Sud-Ouest", "le Centre-Nord");
# a lone "Est" or "Centre" only after an area noun (`_propose_features`), as a table's row label
# ("– Centre : 147 000") or beside another place ("du Nord et du Pas-de-Calais"): "dans l'Est
# tchadien" and "la route de l'Est" are parts and routes, not regions.
_COMPASS = r"(?:Nord|Sud|Est|Ouest|Centre)"
_COMPASS_NAME_RE = re.compile(rf"{_COMPASS}(?:-{_COMPASS})?(?![\w-])")
_COMPASS_REGION_RE = re.compile(r"(?<![\w-])(?:(?:Nord|Sud|Centre)-(?:Est|Ouest|Nord|Sud)|Extrême-Nord)(?![\w-])")
_COMPASS_ROW_RE = re.compile(
    rf"^[ \t]*(?:[-–—•*·▪][ \t]*)?(?P<name>{_COMPASS})[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?:[ \t]*\d", re.M
)
# "du Nord et du Pas-de-Calais" (the next place starts where the match ends), "du
# Pas-de-Calais et du Nord" (the place before ends where the match starts).
_COMPASS_BEFORE_PLACE_RE = re.compile(rf"\bdu (?P<name>{_COMPASS}) et (?:du |de la |de l['’]|des )")
_COMPASS_AFTER_PLACE_RE = re.compile(rf" et du (?P<name>{_COMPASS})(?![\w-])| \((?P<bracket>{_COMPASS})\)")


class PlaceRecognizer:
    """Proposes LOC candidates from the place gazetteer (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        kb.place_index()  # built once per process, at load time rather than on the first text
        # (the index is not kept on the component, so pickling it for n_process stays cheap)
        kb.countries_named("")  # the homonyms' signatures too (news name "Saint-Louis", "Tripoli")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ws = doc_words(doc)
        matches = list(kb.place_index().iter_matches(text, ws))
        self._propose_features(doc, text, ws, matches)
        self._propose_places(doc, text, ws, matches)
        self._propose_compass_regions(doc, text)
        self._propose_persons_at_places(doc, text)
        return doc

    def _propose_persons_at_places(self, doc: Doc, text: str) -> None:
        """A name of several words the base model calls a person's, after "à", "vers" or a
        place's noun and "de", none of them a given name: a place the gazetteer does not have
        ("à Am Dafok", "les districts de Tahtay Adiabo"). Weaker than a person the people
        component finds there (a role next to it)."""
        persons = [(s, e) for s, e, label in doc._.model_ents or () if label == "PER" and "\n" not in text[s:e]]
        if not persons:
            return
        taken = Ranges((c.start, c.end) for c in get_candidates(doc) if not c.from_model)
        for start, end in persons:
            parts = text[start:end].split()
            if (
                len(parts) > 1
                and not taken.overlaps(start, end)
                and not any(is_first_name(p.split("-")[0]) for p in parts)
                and kb.after_place_words(text, start)
            ):
                add_candidate(doc, start, end, "LOC", None, method="context", score=PERSON_AT_PLACE_SCORE,
                              source=self.name, attrs={"form": "unlisted"})

    def _propose_places(self, doc: Doc, text: str, ws: Sequence[Word], matches: Sequence[PhraseMatch]) -> None:
        """The gazetteer's names where the text says "place" (see the module docstring)."""
        if not matches:
            return
        cands = get_candidates(doc)
        taken = Ranges((c.start, c.end) for c in cands if not c.from_model)
        model_locs = Ranges((c.start, c.end) for c in cands if c.from_model and c.label == "LOC")
        place_ends: Set[int] = {c.end for c in cands if c.label in ("COUNTRY", "LOC")}
        countries = {c.start: c for c in cands if c.label == "COUNTRY"}
        country_starts: Set[int] = set(countries)
        # the model's other names, except those it ran across a line break ("OIM\nTripoli")
        # and events named after a place ("printemps de Prague", "mur de Berlin")
        model_names = Ranges(
            (s, e)
            for s, e, label in doc._.model_ents or []
            if label != "LOC" and "\n" not in text[s:e] and not (label == "MISC" and _EVENT_OF.fullmatch(text, s, e))
        )
        confirmed: Set[str] = set()
        pending = []
        for match in matches:
            form = kb.decode(match.payloads[0])
            key = " ".join(w.key for w in ws[match.first_word : match.last_word])
            if not self._possible(text, ws, match, form, key, taken, model_locs, model_names):
                continue
            qualified = self._country_qualifier(text, match, form, countries)
            if qualified is not None:
                confirmed.add(key)
                add_candidate(doc, match.start, qualified, "LOC", None, method="context", score=SCORE,
                              source=self.name, attrs=dict(form.place.attrs(), form=form.form))
                place_ends.add(qualified)
                continue
            if self._evidence(text, ws, match, form, place_ends, country_starts):
                confirmed.add(key)
                self._propose(doc, match, form)
                place_ends.add(match.end)
            else:
                pending.append((match, form, key))
        for match, form, key in pending:  # "le camp de Moria" said once: "Moria" is the camp
            if key in confirmed and not _sentence_start(text, match.start):
                self._propose(doc, match, form)

    def _propose_features(self, doc: Doc, text: str, ws: Sequence[Word], matches: Sequence[PhraseMatch]) -> None:
        """ "le lac Tchad", "le mont Gourougou", "la rue de Paris": a lowercase feature
        noun and the capitalised name after it are one place, whether or not the name is
        in the gazetteer (whose longer name wins: "département du Norte de Santander");
        after "aéroport" or "gare" only the name is marked."""
        features = kb.features()
        keys = [w.key for w in ws]
        # a hyphened area noun is one word of the table: "sous-préfectures" (its words split at the hyphen)
        nouns = [f"{keys[k - 1]}-{key}" if k and text[ws[k - 1].end : ws[k].start] == "-"
                 and f"{keys[k - 1]}-{key}" in features else key for k, key in enumerate(keys)]
        taken = longer = None
        for i in compress(range(len(ws) - 1), map(features.__contains__, nouns)):
            kind = features[nouns[i]]
            if kind != "area" and not text[ws[i].start].islower():
                continue  # "l'État de Borno" is written with a capital, "Lac Tchad :" is a title
            if ws[i].start and text[ws[i].start - 1] in DASHES and nouns[i] == keys[i]:
                continue  # "les Outre-mer Marie Guévenoux": the end of a compound, not the noun "mer"
            j = i + 1
            if keys[j] in DE_FORMS:
                j += 2 if keys[j] == "de" and j + 1 < len(ws) and keys[j + 1] in ("la", "l") else 1
            elif kind == "area" and not _COMPASS_NAME_RE.match(text, ws[j].start):
                continue  # "la zone Est" names a region, "la région Occitanie" is rare
            elif keys[j] in ("international", "internationale"):
                j += 1  # "le pont international Simón Bolívar", "l'aéroport international Blaise-Diagne"
            if j >= len(ws) or not _FEATURE_GAP.match(text, ws[i].end, ws[j].start):
                continue
            last = j
            while (
                last < len(ws)
                and last - j < 5
                and (text[ws[last].start].isupper() or (last > j and _particle(text, ws, last)))
                and (last == j or text[ws[last - 1].end : ws[last].start] in (" ", "-", "'", "’"))
            ):
                last += 1
            if last == j or (last == j + 1 and len(ws[j].key) > 1 and text[ws[j].start : ws[j].end].isupper()):
                continue  # no name, or an acronym ("le canal de l'OIM")
            if keys[i] == "mer" and i > 0 and keys[i - 1] == "en" and j == i + 1 and last > j + 1:
                continue  # "sauvetage en mer Salvamento Marítimo": "en mer", then a name; "en mer Égée" is one
            if kind == "area" and last > j + 1 and keys[j] in first_names():
                continue  # "le quartier de Jean Dupont": a person's name, not the area's
            start, end = (ws[i].start if kind == "name" else ws[j].start), ws[last - 1].end
            if longer is None:
                longer = {}  # the gazetteer's names by where they start: "département du Norte de Santander"
                for m in matches:
                    longer[m.start] = max(m.end, longer.get(m.start, 0))
            end = max(end, longer.get(ws[j].start, 0))
            if kind == "area":
                if taken is None:
                    taken = Ranges((c.start, c.end) for c in get_candidates(doc) if not c.from_model)
                if taken.overlaps(start, end):
                    continue  # "l'État de Palestine", "région du Sahel": a country or a region
            add_candidate(doc, start, end, "LOC", None, method="context", score=0.9, source=self.name)
            if kind == "area" and nouns[i].endswith(("s", "x")):
                # "les communes d'Anzourou et de Gorouol", "les territoires de Djugu, de Mahagi et d'Irumu"
                for listed_start, listed_end in _listed_names(text, end):
                    if not taken.overlaps(listed_start, listed_end):
                        add_candidate(doc, listed_start, listed_end, "LOC", None, method="context", score=0.9,
                                      source=self.name)

    def _propose_compass_regions(self, doc: Doc, text: str) -> None:
        """ "le Nord-Ouest", "l'Extrême-Nord", "– Centre : 147 000", "du Nord et du
        Pas-de-Calais": regions named by the compass (see `_COMPASS_REGION_RE`)."""
        if not any(point in text for point in ("Nord", "Sud", "Est", "Ouest", "Centre")):
            return
        spans = [m.span() for m in _COMPASS_REGION_RE.finditer(text)]
        spans += [m.span("name") for m in _COMPASS_ROW_RE.finditer(text)]
        before = list(_COMPASS_BEFORE_PLACE_RE.finditer(text))
        after = list(_COMPASS_AFTER_PLACE_RE.finditer(text))
        if before or after:  # beside a place only: "du Nord et du Pas-de-Calais", not "du Nord et du Sud"
            places = [c for c in get_candidates(doc) if c.label in ("LOC", "COUNTRY") and not c.from_model]
            starts, ends = {c.start for c in places}, {c.end for c in places}
            spans += [m.span("name") for m in before if m.end() in starts]
            spans += [m.span(m.lastgroup) for m in after if m.start() in ends]  # "Gravelines (Nord)" too
        for start, end in spans:
            add_candidate(doc, start, end, "LOC", None, method="context", score=0.8, source=self.name)

    def _propose(self, doc: Doc, match: PhraseMatch, form: kb.PlaceForm) -> None:
        attrs = form.place.attrs()
        attrs["form"] = form.form
        add_candidate(
            doc, match.start, match.end, "LOC", None, method=METHOD, score=SCORE, source=self.name, attrs=attrs
        )

    def _possible(
        self,
        text: str,
        ws: Sequence[Word],
        match: PhraseMatch,
        form: kb.PlaceForm,
        key: str,
        taken: Ranges,
        model_locs: Ranges,
        model_names: Ranges,
    ) -> bool:
        """No other reading stands in the way (whatever the context)."""
        start, end, first, last = match.start, match.end, match.first_word, match.last_word
        if taken.overlaps(start, end):
            return False  # a country, nationality or region (or a listed place) already
        if match.text.isupper() and len(match.text) > 1 and not in_dateline(text, ws, first, end):
            return False  # "LIMA" in a headline, or an acronym; "DAKAR, 3 juin (AFP) –" is a dateline
        office = after_office(text, ws, first)
        for s, e in model_locs.overlapping(start, end):
            if (s < start or e > end) and not (office and e == end):  # "OIM Niamey": the office's city
                if not (e == end and text[s].islower()):
                    return False  # the model's longer place ("Cartagena de Indias") stands
                # but "townships de Soweto": a common noun before the name, the name is ours
        for s, e in model_names.overlapping(start, end):
            if (s, e) != (start, end) and not office:
                # the model's person ("Paris Hilton") or organisation ("Universidad de
                # Lima") stands; the same span read as a person ("à Zaouïa") is the
                # model's usual slip on a rare place name, so it does not count
                return False
        if self._glued_to_name(text, ws, first, last, office) or _AGE_AFTER.match(text, end):
            return False
        if after_procedure_noun(text, start):
            return False  # "la procédure Dublin", "les transferts Dublin": the regulation, not the city
        return form.form == "curated" or key not in first_names()

    def _evidence(
        self,
        text: str,
        ws: Sequence[Word],
        match: PhraseMatch,
        form: kb.PlaceForm,
        place_ends: Set[int],
        country_starts: Set[int],
    ) -> bool:
        """The text says "place" here."""
        if form.place.kind == "sea" or form.big or after_office(text, ws, match.first_word):
            return True
        if in_dateline(text, ws, match.first_word, match.end):
            return True
        headline = line_start(text, ws, match.first_word) and _HEADLINE_AFTER.match(text, match.end)
        if headline and form.form != "alternate":
            return True
        if _ROW_LABEL_AFTER.match(text, match.end) and _ROW_OPENING.fullmatch(
            text, text.rfind("\n", 0, match.start) + 1, match.start
        ):
            return True  # a row of figures labelled by a place: "– Mekele : 168 000 ; 59 %"
        if self._after_place_words(text, ws, match.first_word, place_ends):
            return True
        folded = fold(text[match.end : match.end + 60])
        if _PLACE_AFTER.match(folded):
            return True
        after = _COUNTRY_AFTER.match(folded)
        return after is not None and match.end + after.end() in country_starts

    @staticmethod
    def _country_qualifier(text: str, match: PhraseMatch, form: kb.PlaceForm, countries) -> Optional[int]:
        """End of "Saint-Louis du Sénégal": a town named after its own country, where
        towns of that name lie in several countries, is one name; None otherwise."""
        link = _QUALIFIER.match(text, match.end)
        country = countries.get(link.end()) if link else None
        if country is None:
            return None
        named = kb.countries_named(form.place.name) | kb.countries_named(match.text) | {form.place.country}
        if country.norm not in named or len(named) < 2:
            return None  # "Dakar du Sénégal" is no name: only a homonym needs its country
        return country.end

    @staticmethod
    def _glued_to_name(text: str, ws: Sequence[Word], first: int, last: int, office: bool) -> bool:
        """A capitalised word right before or after, on the same line, without punctuation:
        the name is part of a longer one we do not know ("Lima Street", "Jean Paris")."""
        if last < len(ws):
            nxt = ws[last]
            gap = text[ws[last - 1].end : nxt.start]
            if gap in (" ", "-") and text[nxt.start].isupper():
                return True
        if first > 0 and not office:
            prev = ws[first - 1]
            gap = text[prev.end : ws[first].start]
            if gap in (" ", "-") and text[prev.start].isupper() and prev.key not in PLACE_PREPOSITIONS:
                return not _sentence_start(text, prev.start)
        return False

    @staticmethod
    def _after_place_words(text: str, ws: Sequence[Word], first: int, place_ends: Set[int]) -> bool:
        """A place preposition ("à l'", "vers"), "de" after a place noun or a movement
        word ("camp de", "ville colombienne de", "centre de transit de", "arrivés de"),
        or a list that goes on from a place ("Tripoli, Benghazi et Sabratha")."""
        i = first - 1
        if i >= 0 and ws[i].key in ARTICLES:
            if i > 0 and ws[i - 1].key == "dans":
                return True  # "dans l'Artibonite", "dans le Borno"
            i -= 1  # "de l'Artibonite", "à la Spezia"
        if i < 0:
            return False
        if ws[i].key in PLACE_PREPOSITIONS:
            return True
        j = i - 1 if ws[i].key in DE_FORMS else i
        if j < 0:
            return False
        if ws[j].key in LIST_JOINS:
            k = j - 1
            while k > 0 and ws[k].key.isdigit() and j - k <= _COUNT_GROUPS:
                k -= 1  # "Ceuta 1 900 et Melilla 500": a list of places, each with its count
            return k >= 0 and ws[k].end in place_ends
        if ws[j].key in LIST_LEADS:  # "l'intérieur du Maroc, notamment Beni Mellal"
            k = j - 2 if ws[j].key in ("particulier", "exemple") else j - 1
            if k > 0 and ws[k].key == ",":
                k -= 1
            return k >= 0 and ws[k].end in place_ends
        if j == i:
            return ws[i].key in _APPOSED_AREA_NOUNS  # "la région Hauts-de-France", "la province Nord-Kivu"
        for k in range(j, max(-1, j - NOUN_REACH), -1):
            if ws[k].key in PLACE_NOUNS:
                return True
            if not ws[k].key.isalpha() or not text[ws[k].start].islower():
                return False  # punctuation or a name: the noun phrase ends here
        return False


def after_procedure_noun(text: str, start: int, end: Optional[int] = None) -> bool:
    """Whether a name at `start` follows, after one blank, a noun of `_PROCEDURE_NOUNS`; with
    `end`, also a span that holds both ("États Dublin", as the base model tags it)."""
    if end is not None:
        inside = text[start:end].split()
        named = len(inside) == 2 and fold(inside[1]) in _PROCEDURE_NAMES
        if named and fold(inside[0]) in _STATE_NOUNS | _PROCEDURE_NOUNS:
            return True
    before = text[max(0, start - 16) : start]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words_before = before.split()
    return bool(words_before) and fold(words_before[-1]) in _PROCEDURE_NOUNS


def after_office(text: str, ws: Sequence[Word], first: int) -> bool:
    """ "OIM Dakar": an organisation's acronym in capitals, one space before the name."""
    if first == 0:
        return False
    prev = ws[first - 1]
    return (
        prev.key in OFFICE_ACRONYMS
        and text[prev.start : prev.end].isupper()
        and text[prev.end : ws[first].start] == " "
    )


# The next name of a list after a plural area noun: ", de Kangalam", " et de Gorouol", " et d'Adrar".
_LISTED_NAME = re.compile(
    r"(?:[ \t]*,[ \t]*|\s+(?:et|ou)\s+)(?:de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*|du\s+|des\s+)"
    # "Boucle du Mouhoun", "Petite-Rivière-de-l'Artibonite"
    r"(?P<name>[A-ZÀ-Ý][\w’]*(?:(?:[ -]|-(?:de-la|de-l['’]|de|du|des|d['’]|l['’]|et)-?| du )[A-ZÀ-Ý][\w’]*){0,3})"
)
_LISTED_MAX = 12  # names of one list


def _listed_names(text: str, end: int) -> List[Tuple[int, int]]:
    """The names listed after the first one an area noun introduces, each with its "de"."""
    out = []
    for _ in range(_LISTED_MAX):
        m = _LISTED_NAME.match(text, end)
        if m is None:
            break
        out.append((m.start("name"), m.end("name")))
        end = m.end()
    return out


def line_start(text: str, ws: Sequence[Word], first: int) -> bool:
    """The word `first` opens a line (or the text, or a field of a one-line row)."""
    return first == 0 or "\n" in text[ws[first - 1].end : ws[first].start] or at_line_start(text, ws[first].start)


_JOINT_DATELINE_WORDS = 6  # "Port-au-Prince / Santo Domingo / New York": the places before the last


def in_dateline(text: str, ws: Sequence[Word], first: int, end: int) -> bool:
    """A place that opens a dateline, where the text is written: "Dakar, le 3 juin 2024 –",
    "Tripoli (AFP) –", "Panama / New York, le 10 avril"."""
    return dateline_start(text, ws, first) and bool(_DATELINE_AFTER.match(text, end))


def dateline_start(text: str, ws: Sequence[Word], first: int) -> bool:
    """The word `first` opens a line, or a place of a joint dateline that does ("Panama / New
    York, le 10 avril", "ROME/NEW YORK"): capitalised words and "/" before it on its line."""
    if line_start(text, ws, first):
        return True
    if first < 2 or ws[first - 1].key != "/":
        return False
    k = first - 1
    while k > 0 and first - k <= _JOINT_DATELINE_WORDS and not line_start(text, ws, k):
        k -= 1
        if ws[k].key != "/" and not text[ws[k].start].isupper():
            return False
    return line_start(text, ws, k)


def _particle(text: str, ws: Sequence[Word], k: int) -> bool:
    """ "el" in "Bab el-Mandeb", "s" in "Cox's Bazar": a lowercase word hyphened to the
    capitalised word after it, or an English possessive."""
    if ws[k].key == "s" and text[ws[k - 1].end : ws[k].start] in ("'", "’"):
        return True
    if k + 1 >= len(ws):
        return False
    gap = text[ws[k].end : ws[k + 1].start]
    if gap == "-" and text[ws[k + 1].start].isupper():
        return True
    # "Petite-Rivière-de-l'Artibonite": "de" hyphened to an elided article, the article to the name
    if ws[k].key in ("l", "d") and gap in ("'", "’") and text[ws[k - 1].end : ws[k].start] == "-":
        return text[ws[k + 1].start].isupper()
    return gap == "-" and ws[k + 1].key in ("l", "d", "la") and _particle(text, ws, k + 1)


def _sentence_start(text: str, pos: int) -> bool:
    """True where `pos` begins a sentence or a line (a capital there proves nothing)."""
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in ".!?:;»\n\"“«("

