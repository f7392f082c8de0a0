"""Where, from where, when and according to whom: a figure's fields from the entities around it.

The other components have already found every country, nationality, place, region,
organisation, person and date; this module only decides which of them a count is tied
to, by the words between them (FIGURES.md): "au large de la Libye" is where, "venus du
Soudan" is from where, "publiés lundi" is not when, "selon l'OIM" is who says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from migtext.core.lexicon import ARTICLES
from migtext.core.text import fold, phrase_key
from migtext.countries import places
from migtext.figures import kb
from migtext.organisations import kb as organisations
from migtext.organisations.component import ROMANCE_BODY_KINDS
from migtext.page.structure import NAVIGATION_PHRASES


class Mention:
    """An entity as the figures read it: offsets, label, norm, text as written and attributes.

    The attributes may be given as a function, read on first use: few mentions are ever
    looked at, and a span's `._.attrs` costs more than everything else about it.
    """

    __slots__ = ("start", "end", "label", "norm", "text", "_attrs")

    def __init__(
        self,
        start: int,
        end: int,
        label: str,
        norm: Optional[str],
        text: str,
        attrs: Union[Dict[str, Any], Callable[[], Optional[Dict[str, Any]]], None] = None,
    ) -> None:
        self.start, self.end, self.label, self.norm, self.text = start, end, label, norm, text
        self._attrs = attrs

    @property
    def attrs(self) -> Dict[str, Any]:
        if callable(self._attrs):
            self._attrs = self._attrs() or {}
        return self._attrs or {}

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.label!r}, {self.norm!r}, {self.text!r})"


# A word of the folded text, or one punctuation sign (what the cues are matched against), kept by split.
_SPLIT = re.compile(r"([^\W_]+|[^\w\s'-])")


Words = Tuple[List[int], List[int], List[str]]  # starts, ends, folded keys


def word_list(folded: str) -> Words:
    """The words of a folded text (`migtext.core.text.fold`) as three lists: one regex
    split and running sums of lengths (no Match object per word), cheaper than
    `core.text.words` (which also splits glued capitals the folded text no longer has)."""
    parts = _SPLIT.split(folded)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, parts)))
    return offsets[0:-1:2], offsets[1::2], parts[1::2]


# Where a place stands for a figure, by the words before it.
AT, OF, FROM, AWAY, ORIGIN, AGENT, BORDER, COMPARED, DESTINATION, ROUTE, REFUGE, SEAT = (
    "at", "of", "from", "away", "origin", "agent", "border", "compared", "destination", "route", "refuge", "seat"
)
# "Le HCR, basé à Genève, estime…": an organisation's seat places none of its figures.
_SEAT_WORDS = frozenset(
    {"base", "basee", "bases", "basees", "siege", "siegeant", "installe", "installee", "installes", "installees"}
)
# Verbs of living in the imperfect: in a relative clause, a place after them is where people
# lived before ("qui vivaient au Soudan et sont arrivés en Éthiopie"), not where they are counted.
_FORMER_HOME = frozenset({"vivaient", "vivait", "residaient", "residait", "habitaient", "habitait",
                          "sejournaient", "sejournait"})
_MOVES_FROM = frozenset({"return", "deportation", "departure"})  # "rapatriés de Libye": Libya is where


class Context:
    """The words and entities of one document, with the lookups the fields need."""

    def __init__(self, text: str, words: Words, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.starts, self.ends, self.keys = words
        # what does not depend on the count: computed once per mention, per sentence
        self.memo: Dict[Tuple[Any, ...], Any] = {}
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self._cue_starts: Dict[str, List[int]] = {}  # cue kind -> word indexes where one starts

    def has_cue(self, kind: str, start: int, end: int) -> bool:
        """Whether a cue of `kind` starts between characters `start` and `end`."""
        starts = self._cue_starts.get(kind)
        if starts is None:
            starts = self._cue_starts[kind] = self._index_cues(kind)
        k = bisect_left(starts, self.word_at(start))
        return k < len(starts) and starts[k] < self.word_at(end)

    def cue_positions(self, kind: str, start: int, end: int) -> List[int]:
        """The word indexes where a cue of `kind` starts between characters `start` and `end`."""
        if not self.has_cue(kind, start, end):
            return []
        starts = self._cue_starts[kind]
        return starts[bisect_left(starts, self.word_at(start)) : bisect_left(starts, self.word_at(end))]

    def _index_cues(self, kind: str) -> List[int]:
        """The word indexes where a cue of `kind` starts, in order; the kinds of
        `kb.SCANNED_KINDS`, asked about many stretches of a document, are indexed together."""
        if kind not in kb.SCANNED_KINDS:
            return kb.cue_starts(self.keys, (kind,))[kind]
        found = kb.cue_starts(self.keys)
        self._cue_starts.update(found)
        return found[kind]

    def word_at(self, pos: int) -> int:
        """Index of the first word starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def in_range(self, start: int, end: int, labels: Tuple[str, ...]) -> List[Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.label in labels and m.end <= end:
                out.append(m)
            i += 1
        return out

    def keys_before(self, pos: int, n: int) -> List[str]:
        i = self.word_at(pos)
        return self.keys[max(0, i - n) : i]

    def cue_before(self, pos: int, kind: str, reach: int = 4, skip_articles: bool = True) -> Optional[kb.Cue]:
        """A cue of `kind` (at most `reach` words long) that ends right before `pos`, articles between allowed."""
        end = self.word_at(pos)
        hit = kb.cue_ending(self.keys, end, kind)
        if skip_articles:
            moved = end
            while moved > 0 and self.keys[moved - 1] in ARTICLES and end - moved < 1:
                moved -= 1
            if moved != end:
                other = kb.cue_ending(self.keys, moved, kind)
                if other and (hit is None or other[1] > hit[1]):
                    hit = other
        return hit[0] if hit and hit[1] <= reach else None

    def cues_before(self, pos: int, kinds: Tuple[str, ...], reach: int = 4) -> Dict[str, kb.Cue]:
        """`cue_before` (articles between allowed) for several kinds at once: {kind: cue}."""
        end = self.word_at(pos)
        hits = kb.cues_ending(self.keys, end, kinds)
        if end > 0 and self.keys[end - 1] in ARTICLES:
            for kind, other in kb.cues_ending(self.keys, end - 1, kinds).items():
                hit = hits.get(kind)
                if hit is None or other[1] > hit[1]:
                    hits[kind] = other
        return {kind: hit[0] for kind, hit in hits.items() if hit[1] <= reach}

    def cue_after(self, pos: int, kind: str) -> Optional[kb.Cue]:
        i = self.word_at(pos)
        hit = kb.match_cue(self.keys, i, kind)
        return hit[0] if hit else None


# The cue kinds that give a place its role, in order of precedence: "originaires du Mali"
# (origin); "un avion affrété par le Nigeria" (an actor, not a place); "à la frontière du";
# "la plus grande crise au monde, devant la Syrie" (compared); "aidé 1 200 migrants
# bloqués à Obock à rentrer en Éthiopie" (destination); "vers"; "depuis".
_ROLE_KINDS = (ROUTE, ORIGIN, AGENT, BORDER, COMPARED, REFUGE, DESTINATION, AWAY, FROM)


def _role(ctx: Context, m: Mention) -> str:
    far = ctx.keys_before(m.start, _FLEEING_REACH)  # read once: the words this rule and the next look at
    back = far[-6:]
    while back and back[-1] in ARTICLES:
        back.pop()
    if back and back[-1] == "vers" and _FLED.intersection(back[-4:-1]):
        return REFUGE  # "ont fui (le Soudan) vers l'Égypte": where people fled to is where they are
    fled = next((k for k in range(len(far) - 1, -1, -1) if far[k] in _FLEEING or far[k] in _CLAUSE_BREAKS), None)
    if fled is not None and far[fled] in _FLEEING and _DANGERS.intersection(far[fled + 1 :]):
        return FROM  # "fuyant les combats dans l'État de Rakhine": the place fled, not where people are
    kinds = ctx.cues_before(m.start, _ROLE_KINDS)
    for kind in _ROLE_KINDS:
        if kind in kinds:
            return kind
    before = ctx.keys_before(m.start, 3)
    while before and before[-1] in ARTICLES:
        before.pop()
    if len(before) >= 2 and before[-1] in _AT_WORDS and before[-2] in _SEAT_WORDS:
        return SEAT  # "basé à Genève", "dont le siège est à" is read as the same
    if before and before[-1] == "a" and " ".join(phrase_key(m.text)) in kb.seat_cities() and _said_at(ctx, m):
        return SEAT  # "a indiqué vendredi à Genève le porte-parole": where an agency speaks, not what it counts
    if len(before) >= 2 and before[-1] in _AT_WORDS and before[-2] in _FORMER_HOME and "qui" in back[-5:-2]:
        # "3 000 Érythréens qui vivaient au Soudan sont arrivés": where they lived before; the count's
        # own verb is its time ("En 2022, 2 millions de Vénézuéliens vivaient en Colombie")
        return FROM
    # "vers les provinces de Muyinga", "depuis le camp de Nduta": the direction a few words back
    for key in reversed(ctx.keys_before(m.start, 5)):
        if key in _CLAUSE_BREAKS or key in _AT_WORDS:
            break
        if key in _DIRECTION_WORDS:
            return _DIRECTION_WORDS[key]
    if before and before[-1] in ("de", "du", "des", "d"):
        return OF
    return AT


def _said_at(ctx: Context, m: Mention) -> bool:
    """Whether a place follows "à" after a reporting verb, a day between them allowed: "a
    indiqué vendredi à Genève", "a déclaré à Bruxelles"."""
    j = ctx.word_at(m.start) - 1  # the "à"
    while j > 0 and ctx.keys[j - 1] in ARTICLES:
        j -= 1
    end = j
    dated = ctx.in_range(max(0, ctx.starts[j] - 40), ctx.starts[j], ("DATE",))
    if dated and ctx.word_at(dated[-1].end) == j:
        end = ctx.word_at(dated[-1].start)  # past "vendredi"
    said = kb.cue_ending(ctx.keys, end, "source_after")
    return said is not None and not kb.is_counting_verb(said[0].words[-1])  # not "a enregistré à Genève 160 …"


_AT_WORDS = frozenset({"en", "au", "aux", "dans", "a", "sur"})
# Verbs of fleeing or being driven out, and what people flee between the verb and the place it
# happens in ("fuyant les combats dans l'État de Rakhine", "chassés par les violences au Darfour").
_FLEEING_REACH = 10  # words back from a place to the verb ("fuyant les combats dans l'État de Rakhine")
_FLEEING = frozenset(
    "fui fuient fuir fuyant fuyaient fuit enfuis enfuies enfui enfuie chasses chassees chasse chassee".split()
)
# Those verbs, and people who fled, before "vers": the place after it is the refuge ("ont fui le
# Soudan vers l'Égypte", "des réfugiés vers le Tchad").
_FLED = _FLEEING | {"refugies", "refugiees", "exiles", "exilees"}
_DANGERS = frozenset(
    "combats violences violence guerre conflit conflits affrontements attaques exactions persecutions "
    "insecurite famine secheresse inondations bombardements repression".split()
)
# A word a few words before a place that says which way it stands ("partis de l'île d'Anjouan").
_DIRECTION_WORDS = {
    # "en tentant de rejoindre l'Europe", "pour gagner l'Italie": where people were going
    "rejoindre": AWAY, "gagner": AWAY, "atteindre": AWAY, "rallier": AWAY,
    "vers": AWAY, "depuis": FROM, "parti": FROM, "partis": FROM, "partie": FROM, "parties": FROM,
    "originaires": ORIGIN, "originaire": ORIGIN, "venus": ORIGIN, "venues": ORIGIN,
    # "ressortissants de pays d'Afrique subsaharienne": the people's region, not where they are
    "ressortissants": ORIGIN, "ressortissantes": ORIGIN, "ressortissant": ORIGIN, "ressortissante": ORIGIN,
    # "arrivés du Myanmar": the place they came from (a country of origin or of transit)
    "arrives": FROM, "arrivees": FROM, "arrive": FROM, "arrivee": FROM,
    # "expulsés d'Algérie", "refoulés du Liban": the place left
    **{stem + end: FROM for stem in ("expuls", "refoul", "renvoy") for end in ("e", "es", "ee", "ees")},
}


def roles(ctx: Context, mentions: Sequence[Mention]) -> List[Tuple[Mention, str]]:
    """Each mention with its role; coordinated names share the first one's ("du Sénégal et
    de Mauritanie", "la frontière entre le Soudan et le Soudan du Sud")."""
    out: List[Tuple[Mention, str]] = []
    for m in mentions:
        key = ("role", m.start, m.end)
        role = ctx.memo.get(key)
        if role is None:
            role = ctx.memo[key] = _role(ctx, m)
        if out and out[-1][1] in (BORDER, AWAY, ORIGIN, AGENT, FROM, COMPARED) and _joined(ctx, out[-1][0], m):
            role = out[-1][1]
        elif out and out[-1][1] in (AWAY, ORIGIN, FROM) and _apposed_country(ctx, out[-1][0], m):
            role = out[-1][1]  # "venus de l'État de Rakhine, au Myanmar,": the country of the place before
        elif out and out[-1][1] == OF and role == AT and _from_to(ctx, out[-1][0], m):
            out[-1] = (out[-1][0], FROM)  # "ont ramené 312 migrants de Tripoli à Conakry": left, then reached
            role = DESTINATION
        out.append((m, role))
    return out


def _from_to(ctx: Context, place: Mention, m: Mention) -> bool:
    """Whether two places make a way from one to the other: "ramené 312 migrants guinéens de
    Tripoli à Conakry", "un vol de Niamey à Conakry", "transférés de Lesbos à Athènes"; not
    a name's complement ("selon le consulat du Soudan à Assouan")."""
    keys = ctx.keys
    if keys[ctx.word_at(place.end) : ctx.word_at(m.start)] not in (["a"], ["au"], ["aux"], ["a", "la"], ["a", "l"]):
        return False
    of = ctx.word_at(place.start) - 1  # the "de" before the first place
    while of > 0 and keys[of] in ARTICLES:
        of -= 1
    if of < 1:
        return False
    if _WAY_NOUNS.intersection(keys[max(0, of - 2) : of]) or kb.cues_ending(keys, of, ("event", "vessel")):
        return True
    k = bisect_left(ctx.mention_starts, ctx.starts[of]) - 1  # "312 migrants guinéens de Tripoli"
    if k >= 0 and ctx.mentions[k].label == "NATIONALITY" and ctx.word_at(ctx.mentions[k].end) == of:
        return True
    return any((hit := kb.match_noun(keys, start)) is not None and start + hit[1] == of and hit[0].group
               for start in range(max(0, of - 3), of))  # "des migrants de Tripoli à …"


# Nouns of a journey, before the place it starts from ("un vol (affrété) de Niamey à Conakry").
_WAY_NOUNS = frozenset("vol vols bus convoi convois trajet trajets voyage voyages traversee traversees".split())


def _apposed_country(ctx: Context, place: Mention, m: Mention) -> bool:
    """Whether a country is named in apposition right after a place in it, to say where that
    place is ("l'État de Rakhine, au Myanmar", "Zouara, en Libye", "Tobrouk, dans l'est de la Libye")."""
    if place.label != "LOC" or m.label != "COUNTRY":
        return False
    between = ctx.keys[ctx.word_at(place.end) : ctx.word_at(m.start)]
    if between in ([",", "au"], [",", "en"], [",", "aux"]):
        return True
    # "Tobrouk, dans l'est de la Libye", "Agadez, dans le nord du Niger": where in the country
    return len(between) <= 6 and between[:2] == [",", "dans"] and between[-1] in ("de", "du", "la", "l", "des") \
        and any(w in _COMPASS_WORDS for w in between)


_COMPASS_WORDS = frozenset({"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                            "extreme"})


def place_code(ctx: Context, m: Mention) -> Optional[Tuple[str, Optional[str]]]:
    """(kind, code) of a mention that places a count: a country, a city's country, a region."""
    if m.label == "COUNTRY":
        return "country", m.norm
    if m.label == "LOC":
        code = loc_country(ctx, m)
        return ("country", code) if code else None
    if m.label == "REGION":
        return "region", m.norm
    if m.label == "NATIONALITY" and ctx.cue_before(m.start, "place_noun", reach=2, skip_articles=False):
        return "country", m.norm  # "au large des côtes libyennes"
    return None


def loc_country(ctx: Context, m: Mention) -> Optional[str]:
    """The country a place is in: its gazetteer attribute, else the offline gazetteer's entry
    for its name ("Canaries", "Darién", "Sicile" found by other means than the gazetteer); a
    name that several countries have is the one the document names ("les côtes du Kent" in a
    story on the United Kingdom)."""
    key = ("loc country", m.start, m.end)
    if key in ctx.memo:
        return ctx.memo[key]
    name = " ".join(m.text.split())
    code = m.attrs.get("country")
    if not (isinstance(code, str) and len(code) == 3):
        code = _gazetteer_country(name)
    named = _named_countries(ctx)
    hit = places.lookup(name) if code is not None and code not in named else None
    if hit is not None and hit.form != "curated":  # "Darién" is Panama's whoever else is named
        others = places.countries_named(name) & named
        code = next(iter(others)) if len(others) == 1 else code
    ctx.memo[key] = code
    return code


def _named_countries(ctx: Context) -> frozenset:
    """The countries a document names, by name or nationality."""
    key = ("named countries",)
    if key not in ctx.memo:
        ctx.memo[key] = frozenset(m.norm for m in ctx.mentions if m.label in ("COUNTRY", "NATIONALITY") and m.norm)
    return ctx.memo[key]


@lru_cache(maxsize=4096)
def _gazetteer_country(name: str) -> Optional[str]:
    """A place's country when its name leaves no doubt: a place we listed, a big city, or a
    city no other country has a place of that name ("Tripoli" is Libya's; "Rafah" is two)."""
    hit = places.lookup(name)
    if hit is None or hit.place.country is None or hit.form == "alternate":
        return None
    if hit.form == "curated" or hit.big or places.countries_named(name) <= {hit.place.country}:
        return hit.place.country
    return None


def _distinct(codes: List[Optional[str]]) -> Tuple[bool, Optional[str]]:
    """(found, code): one code when all agree, found with None when they disagree."""
    if not codes:
        return False, None
    unique = set(codes)
    return True, (codes[0] if len(unique) == 1 else None)


UNDECIDED = "undecided"  # no scope named a place (with `last=False`)


def country(ctx: Context, scopes: Sequence[Tuple[int, int]], event: str, last: bool = True) -> Optional[str]:
    """The ISO alpha-3 (or M49 region) where the count is, from the first scope that names one.

    In a scope, places said as where ("en Libye", "au large de la Libye") come first; for
    a return, a removal or a departure, then the places left ("rapatriés de Libye",
    "depuis la République dominicaine"); then a border named ("à la frontière de X").
    Origins, destinations ("vers Lagos") and actors ("affrété par le Nigeria") never place
    a count.  Several countries at the same level give None, and so does a sea named
    without a country ("en Méditerranée centrale", "en mer", "sur la route"). With
    `last=False`, `UNDECIDED` says that no scope named a place, so the caller may look further.
    """
    for n, (start, end) in enumerate(scopes):
        key = ("country", start, end, n > 0, event in _MOVES_FROM, event in ("return", "deportation"))
        if key not in ctx.memo:  # counts of one sentence share their scopes
            ctx.memo[key] = _scope_country(ctx, start, end, event, n > 0)
        decided, code = ctx.memo[key]
        if decided:
            return code
    return None if last else UNDECIDED


def _scope_country(ctx: Context, start: int, end: int, event: str, wider: bool) -> Tuple[bool, Optional[str]]:
    """(decided, code) for one scope of `country`; regions count only in the count's own clause."""
    levels: Dict[str, List[Tuple[str, Optional[str]]]] = {DESTINATION: [], AT: [], FROM: [], BORDER: []}
    regions_of: Dict[str, set] = {}
    uncoded = False  # "en Méditerranée", "dans le Sahel central": a place without a code
    unknown = False  # "au large de Petite-Terre": a coast named that the gazetteer cannot place
    for m, role in roles(ctx, with_joined(ctx, ctx.in_range(start, end, PLACE_LABELS), PLACE_LABELS)):
        placed = place_code(ctx, m)
        if placed is None or placed[1] is None:
            sea = _is_sea(ctx, m)
            uncoded = uncoded or (sea and role in (AT, OF))
            unknown = unknown or (m.label == "LOC" and not sea and role in (AT, OF))
            if placed is None:
                continue
        if role == OF:
            role = AT
        if role == ROUTE:
            continue  # "la route de l'Afrique de l'Ouest vers les Canaries": a route's name
        if role == REFUGE:  # "pour trouver refuge au Bangladesh": where people are
            role = DESTINATION
        elif role == DESTINATION:  # where a return goes is where it happens; for anything else, not
            role = DESTINATION if event in _TO_DESTINATION else AWAY
        if role == AWAY and event in _TO_PLACE:
            role = AT  # "ont traversé la Méditerranée vers l'Italie": arrivals and crossings are counted there
        if role == FROM and event not in _MOVES_FROM:
            continue
        if placed[0] == "region" and wider:
            continue  # a region places a count in its own clause only ("..., l'une des plus grandes d'Afrique")
        if role in levels:
            levels[role].append(placed)
            if placed[0] == "country" and placed[1]:
                regions_of[placed[1]] = {m.attrs.get(k) for k in _M49_KEYS} - {None}
    if not levels[AT]:
        country = _country_named_before(ctx, start, end)  # "à l'intérieur du pays": the country named last
        if country:
            levels[AT].append(("country", country))
    # a return or a removal is counted where the people were ("bloqués au Niger", "expulsés des États-Unis")
    # when the text says it, else where they went ("rentrés au Mali")
    order = (AT, FROM, DESTINATION, BORDER) if event in ("return", "deportation") else (DESTINATION, AT, FROM, BORDER)
    for role in order:
        places = levels[role]
        countries = [c for kind, c in places if kind == "country"]
        regions = [c for kind, c in places if kind == "region"]
        contained = all(r and all(r in regions_of.get(c, ()) for c in countries) for r in regions)
        if countries and regions and not contained:
            return True, None  # "les guerres des Balkans et le génocide au Rwanda": several places
        found, code = _distinct(countries or regions)  # a country beats the region it is in
        if found:
            return True, code
    if uncoded:
        return True, None  # a sea named: no guess from further away
    if _at_sea(ctx, start, end):
        # at sea with no coast named: no guess; off a coast we cannot place, the story's
        # country (the heading's, the sentence before) may still say where it is
        return not unknown, None
    if not wider and ctx.has_cue("several", start, end):
        return True, None  # "dans les pays voisins": several countries, none named
    if not wider and event != "return" and ctx.has_cue("own_country", start, end):
        return True, None  # "ont quitté leur pays": each their own, none named; a return goes "chez eux"
    return False, None


def in_the_union(ctx: Context, start: int, end: int) -> bool:
    """Whether a stretch places what it counts in the European Union as a whole: "dans l'UE",
    "à l'échelle de l'Union européenne", "au sein de l'UE"."""
    for m in ctx.in_range(start, end, ("ORG",)):
        if m.norm != "EU":
            continue
        before = [w for w in ctx.keys_before(m.start, 4) if w not in ARTICLES]
        if before[-1:] == ["dans"] or before[-2:] in (["echelle", "de"], ["sein", "de"], ["ensemble", "de"]):
            return True
    return False


_TO_DESTINATION = frozenset({"return", "deportation", "displacement", "arrival", "crossing"})
_TO_PLACE = frozenset({"arrival", "crossing"})
_THE_COUNTRY = (("le", "pays"), ("du", "pays"), ("au", "pays"), ("ce", "pays"), ("ces", "pays"))
_COUNTRY_BACK = 600  # characters before "le pays" where the country it stands for is named


def _country_named_before(ctx: Context, start: int, end: int) -> Optional[str]:
    """The country "le pays", "du pays" stands for: the one named last before it ("le
    gouvernement polonais ..., estimant que le pays accueille", "à l'intérieur du pays");
    not "le pays d'origine", "le pays de transit"."""
    keys = ctx.keys
    a, b = ctx.word_at(start), ctx.word_at(end)
    if "pays" not in keys[a:b]:
        return None
    for j in range(a, b - 1):
        if (keys[j], keys[j + 1]) in _THE_COUNTRY and keys[j + 2 : j + 3] not in (["de"], ["d"], ["des"], ["du"]):
            pos = ctx.starts[j]
            named = ctx.in_range(max(0, pos - _COUNTRY_BACK), pos, ("COUNTRY", "NATIONALITY"))
            for m, role in reversed(roles(ctx, named)):
                if role not in (AT, OF):
                    continue  # "venues du Congo-Kinshasa et de Centrafrique ..., au nord du pays"
                if m.label == "NATIONALITY" and not ctx.cue_before(m.start, "body", reach=1, skip_articles=False):
                    continue  # a nationality stands for its country after "le gouvernement", "les autorités"
                return m.norm
            return None
    return None


def _at_sea(ctx: Context, start: int, end: int) -> bool:
    """ "en mer", "au large", "sur la route": a place the text gives, that has no country."""
    return ctx.has_cue("at_sea", start, end)


def _is_sea(ctx: Context, m: Mention) -> bool:
    """ "Méditerranée centrale", "mer Égée", "golfe d'Aden", "océan Indien", "Manche"."""
    if m.label != "LOC":
        return False
    key = ("sea", m.start, m.end)
    if key not in ctx.memo:
        ctx.memo[key] = kb.match_cue(ctx.keys, ctx.word_at(m.start), "sea") is not None
    return ctx.memo[key]


_M49_KEYS = ("m49_region", "m49_subregion", "m49_intermediate")


PLACE_LABELS = ("COUNTRY", "LOC", "REGION", "NATIONALITY")


def with_joined(ctx: Context, mentions: List[Mention], labels: Tuple[str, ...]) -> List[Mention]:
    """The mentions of a scope, with the names coordinated to its last one past its end: a
    clause cut at a comma still holds its whole list ("vers le Tchad, l'Égypte et le Soudan
    du Sud", "venues des Philippines, d'Indonésie et du Népal")."""
    if not mentions:
        return mentions
    k = bisect_right(ctx.mention_starts, mentions[-1].start)
    out = mentions
    while k < len(ctx.mentions) and ctx.mentions[k].label in labels and _joined(ctx, out[-1], ctx.mentions[k]):
        out = out + [ctx.mentions[k]]
        k += 1
    return out


def _joined(ctx: Context, a: Mention, b: Mention) -> bool:
    """Whether two mentions are coordinated: "X et Y", "X, Y" (articles between allowed)."""
    between = ctx.keys[ctx.word_at(a.end) : ctx.word_at(b.start)]
    return bool(between) and all(w in _JOINING for w in between)


_JOINING = frozenset({"et", ",", "ou", "puis", "l", "le", "la", "les", "de", "du", "des", "d"})


def origin(ctx: Context, start: int, end: int, event: str) -> Tuple[bool, Optional[str]]:
    """Nationality or country of origin said in a sentence ("venus du Soudan"): (found, code)."""
    codes: List[Optional[str]] = []
    for m, role in roles(ctx, with_joined(ctx, ctx.in_range(start, end, PLACE_LABELS), PLACE_LABELS)):
        if role == ORIGIN and m.label == "LOC" and not _said_from(ctx, m):
            continue  # "ont fui Goma": a city left is not a nationality
        # "rentrés vers le Mali", "aidé 1 200 migrants à rentrer en Éthiopie": home; a removal's
        # destination is not its people's origin ("renvoyés vers le Niger")
        if role in (ORIGIN, DESTINATION) or role == AWAY and event == "return":
            if m.label == "LOC":
                code = loc_country(ctx, m)
                if code:
                    codes.append(code)
            else:
                codes.append(m.norm)
    return _distinct(codes)


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "."})
_SENTENCE_BREAKS = frozenset({";", ":", "«", "»", '"', "."})


def _said_from(ctx: Context, m: Mention) -> bool:
    cue = ctx.cue_before(m.start, "origin")
    return bool(cue) and cue.words[0].startswith(("originaire", "venu", "ressortissant", "provenance"))
_START_OF_YEAR = ("depuis", "le", "debut", "de", "l", "annee")


def _since(ctx: Context, m: Mention, reach: int = 20) -> bool:
    """Whether "depuis" governs a date: "depuis le 1er janvier", "depuis le lancement ... en
    2016", "Depuis le début de la guerre, le 15 avril 2023"; not when it governs a place or
    another count comes between ("arrivées à Chypre depuis le Liban en août", "depuis le
    début de l'année, contre 18 780 sur l'ensemble de 2022")."""
    i = ctx.word_at(m.start)
    for j in range(i - 1, max(-1, i - reach - 1), -1):
        key = ctx.keys[j]
        if key == "depuis":  # "depuis le Liban": a place right after it
            places = ctx.in_range(ctx.starts[j], m.start, ("COUNTRY", "LOC", "REGION"))
            return not places or not all(w in ARTICLES for w in ctx.keys[j + 1 : ctx.word_at(places[0].start)])
        if key in _SENTENCE_BREAKS or key.isdigit():
            return False
    return False


_SINCE_THEN = re.compile(r"\bdepuis\s+(?:cette\s+date|ce\s+jour|lors|ce\s+moment)\b", re.I)


def _since_then(ctx: Context, m: Mention, end: int) -> bool:
    """Whether "depuis cette date" later in the sentence looks back to a date: "les expulsions
    ont repris le 1er avril, et 185 000 Afghans sont rentrés depuis cette date"."""
    return _SINCE_THEN.search(ctx.text, m.end, end) is not None


def _until(ctx: Context, dates: Sequence[Mention], since: Mention) -> Optional[str]:
    """The end date a text gives to an interval: "depuis le 1er janvier ... au 30 juin", "chiffres
    arrêtés au 19 décembre"."""
    for d in dates:
        if d is not since and d.start > since.end and ctx.keys_before(d.start, 1) in (["au"], ["jusqu"]):
            if d.norm and len(d.norm) == 10 and d.norm > since.norm:
                return d.norm
    return None


def _compared(ctx: Context, m: Mention, reach: int = 8) -> bool:
    """Whether a date is the term of a comparison: "11 % de plus qu'à la même période de 2023",
    "79 % de moins que sur la même période de 2023"."""
    i = ctx.word_at(m.start)
    for j in range(i - 1, max(0, i - reach) - 1, -1):
        key = ctx.keys[j]
        if key in _CLAUSE_BREAKS:
            return False
        if key in ("que", "qu") and j > 0 and ctx.keys[j - 1] in ("plus", "moins"):
            return True
    return False


def date(
    ctx: Context,
    scopes: Sequence[Tuple[int, int]],
    pos: int,
    doc_date: Optional[str],
    others: Sequence[int] = (),
    as_of: Optional[str] = None,
) -> Optional[str]:
    """The TIMEX3 value of the time expression a count is tied to, nearest first in each scope.

    "depuis" before a date makes it an interval up to the document date ("depuis le 1er
    janvier" -> "2024-01-01/2024-04-16"), or up to the day the page's figures are given at
    (`as_of`: "Situation au 2 mars"), and so does "depuis le début de l'année"; durations,
    dates of publication ("publiés lundi") and of comparison ("par rapport à 2022") are not
    the time of a count. `others` are the other counts' positions.
    """
    end_date = as_of or doc_date
    for start, end in scopes:
        dates = [
            m
            for m in ctx.in_range(start, end, ("DATE",))
            # a date with another count between it and this one is that count's ("selon l'OIM,
            # qui dénombre 17 000 interceptions depuis le 1er janvier")
            if _time_of_counts(ctx, m) and not _between(others, min(pos, m.start), max(pos, m.start))
            and not _of_count_before(ctx, m, pos)
        ]
        today = _today(ctx, start, end, pos, others) if doc_date else None
        if today is not None and (not dates or abs(today - pos) < min(abs(m.start - pos) for m in dates)):
            return doc_date
        year_start = _start_of_year(ctx, start, end, end_date)
        if year_start and (not dates or abs(year_start[0] - pos) < min(abs(m.start - pos) for m in dates)):
            return year_start[1]  # "Depuis le début de l'année, 8 700 …, contre 31 000 sur l'ensemble de 2024"
        if not dates:
            continue
        best = min(dates, key=lambda m: (abs(m.start - pos), m.start))
        value = best.norm
        point = "/" not in value and not value.startswith("P") and len(value) >= 4  # not a decade ("199")
        if end_date and point and value <= end_date and (_since(ctx, best) or _since_then(ctx, best, end)):
            until = _until(ctx, dates, best) or end_date
            return value if until == value else f"{value}/{until}"  # "depuis ce matin": that day
        return value
    return None


# A count, then at most a preposition, right before a date: "contre 157 930 en 2024".
_COUNT_THEN = re.compile(r"\d[ \u00a0\u202f]+(?:en|au|le|a|à)?[ \u00a0\u202f]*$")


def _of_count_before(ctx: Context, m: Mention, pos: int) -> bool:
    """Whether a date is the time of the count written right before it, not of the count at
    `pos`: "… 151 480 demandes en 2025, contre 157 930 en 2024. Parmi elles figurent 126 400 …"."""
    before = max(0, m.start - 16)
    return not before <= pos < m.start and _COUNT_THEN.search(ctx.text, before, m.start) is not None


def _today(ctx: Context, start: int, end: int, pos: int, others: Sequence[int]) -> Optional[int]:
    """Where "aujourd'hui" is said of a count, nearest first: "le camp en accueille aujourd'hui
    4 800" counts them on the document's day. (The dates component tags it only where it names
    the day, not "nowadays"; a count said of today is still dated by it.) Said of a statement
    ("a indiqué aujourd'hui le HCR", "publie aujourd'hui un rapport"), it dates no count."""
    if "ujourd" not in ctx.text:
        return None  # most pages never say it: no index of it
    found = [ctx.starts[i] for i in ctx.cue_positions("today", start, end)]
    found = [p for p in found if not _between(others, min(pos, p), max(pos, p))
             and not ctx.cue_before(p, "publication", 2) and not ctx.cue_before(p, "source_after", 2)]
    return min(found, key=lambda p: abs(p - pos)) if found else None


def _between(positions: Sequence[int], low: int, high: int) -> bool:
    """Whether a sorted list of positions has one strictly between `low` and `high`."""
    k = bisect_right(positions, low)
    return k < len(positions) and positions[k] < high


def _time_of_counts(ctx: Context, m: Mention) -> bool:
    key = ("date", m.start, m.end)
    ok = ctx.memo.get(key)
    if ok is None:
        ok = ctx.memo[key] = bool(
            m.norm
            and (m.attrs.get("type") != "duration" or _period_of_counts(ctx, m))
            and tuple(ctx.keys[ctx.word_at(m.start) : ctx.word_at(m.end)]) not in _NOW_DATES
            and not ctx.cue_before(m.start, "publication", reach=3)
            and not _compared(ctx, m)
        )
    return ok


_RECENT = frozenset(
    {"dernier", "derniere", "derniers", "dernieres", "prochain", "prochaine", "prochains", "prochaines"}
)


def _period_of_counts(ctx: Context, m: Mention) -> bool:
    """Whether a duration is the period in which counted people moved: "au cours des six
    derniers mois", "en six semaines", "pendant les trois prochains mois"; not a length
    ("depuis trois ans", "valable dix ans", "pendant des années" is vague)."""
    if not m.norm or "X" in m.norm:
        return False
    words = ctx.keys[ctx.word_at(m.start) : ctx.word_at(m.end)]
    return ctx.cue_before(m.start, "period") is not None and (
        not _RECENT.isdisjoint(words) or ctx.keys_before(m.start, 1) == ["en"]
    )


# "aujourd'hui", "à ce jour" as dates: a count said to be now has no date of its own
_NOW_DATES = frozenset({("aujourd", "hui"), ("ce", "jour"), ("a", "ce", "jour"), ("actuellement",), ("a", "present")})


def _start_of_year(ctx: Context, start: int, end: int, doc_date: Optional[str]) -> Optional[Tuple[int, str]]:
    """(where, value) of "depuis le début de l'année" between `start` and `end`."""
    if not doc_date:
        return None
    keys = ctx.keys
    n = len(_START_OF_YEAR)
    for j in range(ctx.word_at(start), ctx.word_at(end) - n + 1):
        if tuple(keys[j : j + n]) == _START_OF_YEAR:
            return ctx.starts[j], f"{doc_date[:4]}-01-01/{doc_date}"
    return None


def _is_id(norm: Optional[str]) -> bool:
    """An identifier of the reference table (IOM, UNHCR, FRONTEX), not a local slug."""
    return bool(norm) and norm.replace("-", "").isalnum() and norm.upper() == norm


# Organisations whose ids the reference table gives (international ones); others are named.
_REFERENCE_TYPES = frozenset({"un_entity", "igo", "eu_body"})


def _reference_id(norm: Optional[str], kind: Optional[str]) -> Optional[str]:
    """The id FIGURES.md names an organisation by, when the reference table gives it one
    ("IOM", "UNHCR", "FRONTEX"); None for the others, named as written."""
    return norm if _is_id(norm) and kind in _REFERENCE_TYPES else None


def _referred_employer(ctx: Context, m: Mention) -> Optional[Mention]:
    """The organisation a person's role names after any of their mentions: "Tarek Mansour, qui
    dirige les équipes de l'Organisation internationale pour les migrations", or refers back
    to, the one named last before them: "Léa Marchetti, coordinatrice de l'association à
    Paris", "Claire Dubois, coordinatrice d'urgence de l'ONG"."""
    key = ("employer", m.norm or m.text, 0)
    if key not in ctx.memo:
        ctx.memo[key] = _employer_named_after(ctx, m.norm or m.text)
    return ctx.memo[key]


def _employer_named_after(ctx: Context, name: str) -> Optional[Mention]:
    """`_referred_employer` of the person called `name`, read after each of their mentions."""
    for o in ctx.mentions:
        if o.label != "PER" or (o.norm or o.text) != name:
            continue
        role = _ROLE_START.match(ctx.text, o.end)
        if role is None:
            continue
        for of in _OF_THE.finditer(ctx.text, role.end(), min(len(ctx.text), role.end() + _ROLE_CHARS)):
            if _ROLE_BREAK.search(ctx.text, role.end(), of.start()):
                break  # the role ends at a comma, a bracket or a quote
            k = bisect_left(ctx.mention_starts, of.end())
            named = ctx.mentions[k] if k < len(ctx.mentions) else None
            if named is not None and named.start == of.end() and named.label == "ORG" \
                    and named.attrs.get("type") != "media":
                return named
            if _REFERENT_NOUN.match(ctx.text, of.end()):
                return _last_organisation(ctx, o.start)
    return None


# ", coordinatrice (d'urgence) de l'", ", qui dirige les équipes de l'": a role, then its organisation
_ROLE_START = re.compile(r",\s*(?:qui\s+)?(?=[^\W\d_])")
_OF_THE = re.compile(r"\b(?:de|du|des)\s+(?:l['’]\s*|la\s+|le\s+)?")
_ROLE_BREAK = re.compile(r"[,;:.()«»\"\n]")
_ROLE_CHARS = 60  # characters of a role before its organisation ("chargé de communication de l'ONG")
_REFERENT_NOUN = re.compile(r"(?:association|ONG|organisation|agence)\b", re.IGNORECASE)


def source_name(ctx: Context, m: Mention) -> Optional[str]:
    """How FIGURES.md names a source: the reference id of an international organisation,
    a person's organisation, else the name as written (the full name rather than the
    acronym defined after it: "l'Office français ... (Ofpra)")."""
    if m.label == "PER":
        # the organisation the text gives them; a country ("le ministre algérien") is no organisation
        if m.attrs.get("affiliation_label") == "ORG" and m.attrs.get("affiliation"):
            said = m.attrs["affiliation"]  # as written, or the table's id ("ch-sem")
            # the mention nearest before the person ("la porte-parole du gouvernement canarien, Rosa
            # Medina"), else the first: the name as written there
            named = [o for o in ctx.mentions if o.label == "ORG" and said in (o.text, o.norm)]
            named = next((o for o in reversed(named) if o.end <= m.start), named[0] if named else None)
            if named is not None:
                return source_name(ctx, named)
            try:
                known = organisations.get(said)
            except KeyError:
                return said
            return _reference_id(known.norm, known.type) or known.name_fr or said
        referent = _referred_employer(ctx, m)
        if referent is not None:  # "Léa Marchetti, coordinatrice de l'association à Paris"
            return source_name(ctx, referent)
        written = " ".join(m.text.split())
        full = " ".join((m.norm or "").split())
        # "affirme M. Ndiaye" after "Ousmane Ndiaye, maire de Mbour": the name as the text first gives it
        return full if len(full) > len(written) and full.endswith(" " + written) else written
    if m.label == BODY:
        return " ".join(m.text.split())
    if m.label == "ORG" and _reference_id(m.norm, m.attrs.get("type", "un_entity")):
        return m.norm
    if m.label == "ORG":
        k = bisect_left(ctx.mention_starts, m.start)
        before = ctx.mentions[k - 1] if k > 0 else None
        if before is not None and before.label == "ORG" and ctx.text[before.end : m.start].strip() == "(":
            m = before  # "Office français de protection des réfugiés et apatrides (Ofpra)"
        elif m.norm and " " not in m.text.strip():
            # "indique le SEM" after "le Secrétariat d'État aux migrations (SEM)"; a name written
            # in words is kept as written ("le gouvernement canarien")
            m = _fullest_name(ctx, m)
        elif m.attrs.get("name_fr") and m.attrs.get("acronym_fr") == m.text:
            return " ".join(m.attrs["name_fr"].split())  # "le MDN": "ministère de la Défense nationale (MDN)"
        elif not m.norm and m.text.isupper():
            # "le SEM" where the page names "Secrétariat d'État aux migrations SEM" in full: that name
            named = next((o for o in ctx.mentions if o.label == "ORG" and o.attrs.get("acronym_fr") == m.text
                          and o.text != m.text), None)
            if named is not None:
                return " ".join(named.text.split())
    return " ".join(m.text.split())


def _fullest_name(ctx: Context, m: Mention) -> Mention:
    """The longest way the document names an organisation (its name rather than its acronym)."""
    key = ("fullest", m.norm)
    if key not in ctx.memo:
        same = [o for o in ctx.mentions if o.label == "ORG" and o.norm == m.norm]
        ctx.memo[key] = max(same, key=lambda o: len(o.text), default=m)
    return ctx.memo[key] if len(ctx.memo[key].text) > len(m.text) else m


_REACH_AFTER_SELON = 12  # "selon la matrice de suivi des déplacements de l'OIM"
_REACH_TO_VERB = 4  # "le bureau du HCR en Egypte a enregistré"


_BETWEEN_NAME_AND_VERB = 9  # words of an apposition between a name and its verb
_BETWEEN_NAME_AND_VERB_RELATIVE = 16  # "L'ONG Caminando Fronteras, qui recense les victimes …, estime"


def _between_name_and_verb(keys: Sequence[str], i: int) -> int:
    """How many words an apposition starting at word `i` may hold: a relative clause ("qui
    recense les victimes à partir des appels des familles") is longer than a description."""
    return _BETWEEN_NAME_AND_VERB_RELATIVE if i < len(keys) and keys[i] == "qui" else _BETWEEN_NAME_AND_VERB


def _reported_after(ctx: Context, m: Mention) -> bool:
    """A reporting verb a few words after a name: "l'OIM a indiqué", "le HCR en Egypte a enregistré"."""
    i = ctx.word_at(m.end)
    keys = ctx.keys
    if i < len(keys) and keys[i] == "(" and ")" in keys[i : i + 6]:
        i = keys.index(")", i) + 1  # "l'Office ... (Ofpra) a enregistré"
    elif i < len(keys) and keys[i] == "," and "," in keys[i + 1 : i + 2 + _between_name_and_verb(keys, i + 1)]:
        close = keys.index(",", i + 1)  # "Le HCR, basé à Genève, estime": past an apposition
        if not any(k[:1].isdigit() for k in keys[i + 1 : close]):
            i = close + 1
    for j in range(i, min(len(ctx.keys), i + _REACH_TO_VERB)):
        if ctx.keys[j] in _CLAUSE_BREAKS:
            return False
        if kb.match_cue(ctx.keys, j, "source_after"):
            return True
    return False


def source(ctx: Context, start: int, end: int) -> Optional[str]:
    key = ("source", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _source(ctx, start, end)
    return ctx.memo[key]


def _source(ctx: Context, start: int, end: int) -> Optional[str]:
    """Who the sentence says gives its figures ("selon l'OIM", "a indiqué Frontex"), joined by ";".

    Organisations and people with a reporting word next to them count, and so do
    places standing for their government ("selon Madrid"), bodies named by a common noun
    ("selon les autorités syriennes", "l'agence en recense"), organisations joined to a
    source by "et" ("par le HCR et l'OIM", "du HCR et du gouvernement bangladais"), the
    first organisation a few words after "selon", and the subject of a reporting
    participle ("Le gouvernement polonais ..., estimant que").
    """
    a, b = ctx.word_at(start), ctx.word_at(end)
    participle = not _REPORTING_PARTICIPLES.isdisjoint(ctx.keys[a:b])
    if not (participle or ctx.has_cue("source_before", start, end) or ctx.has_cue("source_after", start, end)):
        return _bracketed_source(ctx, start, end)  # no word that says who gives a figure
    names = set()
    mentions = ctx.in_range(start, end, ("ORG", "PER", "LOC", "COUNTRY"))
    bodies = _bodies(ctx, start, end, mentions)
    if bodies:
        mentions = sorted(mentions + bodies, key=lambda m: m.start)
    said_at = set()
    dates = ctx.in_range(start, end, ("DATE",))
    for k, m in enumerate(mentions):
        at = _before_honorific(ctx, m.start) if m.label == "PER" else m.start  # "selon M. Sall"
        for d in dates:  # "a indiqué lundi l'OIM": the cue before the date
            if d.end <= at and all(w in ARTICLES for w in ctx.keys[ctx.word_at(d.end) : ctx.word_at(at)]):
                at = d.start
        if _addressee(ctx, at):
            continue  # "a annoncé à l'AFP un responsable", "a déclaré à ONU Info": who is told, not who tells
        if m.label == BODY and _gathered_by(ctx, m, mentions[k + 1 :]):
            continue  # "selon des rescapés joints par téléphone par le HCR": the HCR gives what they said
        if k > 0 and (k - 1) in said_at and _described(ctx, mentions[k - 1], m):
            continue  # "Eurostat, l'office statistique de l'UE": a description of the source
        cue = ctx.cue_before(at, "source_before") or ctx.cue_before(at, "source_after")
        if cue is None and m.label in ("ORG", "PER"):
            kind = _kind_before(ctx, at) or _description_before(ctx, at)
            # "indique l'ONG SOS Méditerranée", "selon l'agence Reuters", "a annoncé le service
            # espagnol de sauvetage en mer, Salvamento Marítimo"
            if kind is not None:
                cue = ctx.cue_before(kind, "source_before") or ctx.cue_before(kind, "source_after")
        said = cue or _reported_after(ctx, m) or _learnt_from(ctx, at)
        if not said and k > 0 and (k - 1) in said_at:
            between = ctx.keys[ctx.word_at(mentions[k - 1].end) : ctx.word_at(m.start)]
            said = bool(between) and all(w in _JOINING_SOURCES for w in between)
        if not said and m.label in ("ORG", "PER", BODY):
            said = _after_selon(ctx, at)
        place_cue = cue or ctx.cue_after(m.end, "source_after")
        # "selon Madrid", "Tripoli affirme"; "l'Allemagne a enregistré 230 000 demandes" says where
        place_said = m.label in ("LOC", "COUNTRY") and place_cue and not kb.is_counting_verb(place_cue.words[-1])
        if place_said and not cue:
            before = [w for w in ctx.keys_before(m.start, 3) if w not in ARTICLES]
            if before and before[-1] not in _CLAUSE_BREAKS:
                place_said = None  # "le HCR en Egypte a enregistré", "vers les Canaries a enregistré": where
        if said and (m.label in ("ORG", "PER", BODY) or place_said):
            said_at.add(k)
            if m.label == "PER" and k > 0 and _official_of(ctx, mentions[k - 1], m):
                continue  # "le porte-parole de l'agence, Piotr Nowak": the organisation says it
            name = source_name(ctx, m)
            if name:
                names.add(name)
    for k in range(len(mentions) - 2, -1, -1):  # "Le HCR et le PAM estiment": coordinated subjects
        m = mentions[k]
        if k + 1 in said_at and k not in said_at and m.label in ("ORG", BODY):
            between = ctx.keys[ctx.word_at(m.end) : ctx.word_at(mentions[k + 1].start)]
            if "et" in between and all(w in _JOINING_SOURCES for w in between):
                said_at.add(k)
                names.add(source_name(ctx, m))
    if not names and participle:
        subject = _participle_subject(ctx, start, end, mentions)
        if subject is not None:
            names.add(source_name(ctx, subject))
    return ";".join(sorted(names)) or None


_BRACKETED_AT_END = re.compile(r"\s*\)[\s.;]*$")
_KEY_FIGURE_CHARS = 120  # a key figure's line, not a sentence of prose


def _bracketed_source(ctx: Context, start: int, end: int) -> Optional[str]:
    """The organisation a key-figure line ends with, in brackets: "• 1,5 million d'Afghans
    rentrés d'Iran depuis le 1er janvier (OIM)" gives its figure as the OIM's."""
    if end - start > _KEY_FIGURE_CHARS:
        return None  # prose, where brackets give an acronym ("l'Organisation internationale pour les migrations (OIM)")
    orgs = ctx.in_range(start, end, ("ORG",))
    if not orgs:
        return None
    last = orgs[-1]
    if ctx.text[last.start - 1 : last.start] != "(" or not _BRACKETED_AT_END.match(ctx.text[last.end : end]):
        return None
    if len(orgs) > 1 and not ctx.text[orgs[-2].end : last.start - 1].strip():
        return None  # the long name's acronym
    return source_name(ctx, last)


# Adjectives that are part of how a body is named ("les autorités locales").
_BODY_ADJECTIVES = frozenset(
    "locale locales local locaux nationale nationales regionale regionales provinciale provinciales municipale "
    "municipales maritime maritimes sanitaire sanitaires migratoire migratoires portuaire portuaires frontaliere "
    "frontalieres consulaire consulaires judiciaire judiciaires militaire militaires federale federales "
    "competente competentes humanitaire humanitaires securitaire securitaires policiere policieres diplomatique "
    "diplomatiques officielle officielles medicale medicales hospitaliere hospitalieres public publique".split()
)
# Common nouns that say what kind of body a name is: "l'ONG SOS Méditerranée", "l'agence Frontex".
_KIND_NOUNS = frozenset(
    "ong agence association organisation organisme collectif fondation plateforme reseau journal quotidien "
    "institut observatoire cabinet".split()
)


def _kind_before(ctx: Context, pos: int) -> Optional[int]:
    """Where a name's kind noun starts, when one stands right before it ("l'ONG | Alarm Phone")."""
    j = ctx.word_at(pos)
    if j >= 1 and ctx.keys[j - 1] in _KIND_NOUNS:
        return ctx.starts[j - 1]
    return None


_DESCRIPTION_WORDS = 8  # words of a description before the name it describes
_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre"})


def _description_before(ctx: Context, pos: int) -> Optional[int]:
    """Where a description of a name starts, when it stands before the name with a comma
    between ("le service espagnol de sauvetage en mer, Salvamento Marítimo"): the words
    after a reporting cue, back to it."""
    keys = ctx.keys
    j = ctx.word_at(pos)
    if j < 2 or keys[j - 1] != ",":
        return None
    for k in range(j - 2, max(-1, j - 2 - _DESCRIPTION_WORDS), -1):
        if keys[k] in _CLAUSE_BREAKS:
            return None
        if (keys[k] in ARTICLES or keys[k] in _POSSESSIVES) and (
            kb.cue_ending(keys, k, "source_after") or kb.cue_ending(keys, k, "source_before")
        ):  # "a annoncé le service …,", "indique sa directrice,"
            return ctx.starts[k]
    return None


def _addressee(ctx: Context, pos: int) -> bool:
    """Whether a name is who a statement is made to ("a annoncé à l'AFP", "a déclaré à ONU
    Info") or who was shown the figures ("consultés par Reuters")."""
    keys = ctx.keys
    j = ctx.word_at(pos) - 1
    while j > 0 and keys[j] in ARTICLES:
        j -= 1
    if j > 0 and keys[j] == "par" and keys[j - 1].startswith(_SEEN_BY):
        return True  # "des chiffres consultés par Reuters": who saw the figures, not who gives them
    return j > 0 and keys[j] in ("a", "au", "aux") and kb.cue_ending(keys, j, "source_after") is not None


def _gathered_by(ctx: Context, m: Mention, after: Sequence[Mention]) -> bool:
    """Whether the words of people named by a common noun were gathered by the organisation
    named a few words after them: "des rescapés joints par téléphone par le HCR", "recueillis
    auprès des rescapés par l'OIM"."""
    keys = ctx.keys
    j = ctx.word_at(m.end)
    for other in after:
        if other.label not in ("ORG", BODY):
            continue
        k = ctx.word_at(other.start)
        if k - j > _GATHERED_REACH or any(w in _CLAUSE_BREAKS for w in keys[j:k]):
            return False
        before = [w for w in keys[j:k] if w not in ARTICLES]
        return bool(before) and before[-1] == "par"
    return False


_GATHERED_REACH = 8  # words from the people to "par l'organisation" that gathered their words
_SEEN_BY = ("consult", "obtenu", "vu", "vus")  # "recueillis par l'OIM", "communiqués par" are its source


_DESCRIPTION_WORDS = 8  # words of an apposition that describes a source: ", l'office statistique de l'UE"


def _described(ctx: Context, source: Mention, m: Mention) -> bool:
    """Whether a name is inside an apposition that describes the source before it ("Eurostat,
    l'office statistique de l'UE"), not a second source ("selon l'OIM, le HCR a indiqué")."""
    between = ctx.keys[ctx.word_at(source.end) : ctx.word_at(m.start)]
    # "Eurostat, l'office statistique de l'UE"; "le Home Office, le ministère britannique de l'intérieur"
    if len(between) < 2 or between[0] != "," or between[1] not in ARTICLES or "et" in between:
        return False
    return len(between) <= _DESCRIPTION_WORDS and not _reported_after(ctx, m)


BODY = "BODY"  # a body named by a common noun ("les autorités"), as a mention of the sources
_JOINING_SOURCES = frozenset({"et", ",", "l", "le", "la", "les", "du", "de", "des", "d"})
_HONORIFICS = frozenset({"m", "mme", "mmes", "mlle", "mm", "dr", "pr", "me"})


def _official_of(ctx: Context, org: Mention, person: Mention) -> bool:
    """Whether a person is named right after the organisation their title gives, and stands
    for it: "le porte-parole de l'agence, Piotr Nowak" (FIGURES.md: an official stands for
    the organisation the text gives them)."""
    if org.label != "ORG" or person.attrs.get("affiliation_label") == "ORG":
        return False
    before = ctx.keys_before(org.start, 2)
    return ctx.keys[ctx.word_at(org.end) : ctx.word_at(person.start)] == [","] and any(
        w in ("de", "du", "d") for w in before
    )


def _before_honorific(ctx: Context, pos: int) -> int:
    """Where a person's name starts with the honorific before it: "M. Sall", "Mme Johansson"."""
    i = ctx.word_at(pos)
    j = i - 1 if i > 0 and ctx.keys[i - 1] == "." else i
    return ctx.starts[j - 1] if j > 0 and ctx.keys[j - 1] in _HONORIFICS else pos


def _bodies(ctx: Context, start: int, end: int, mentions: Sequence[Mention]) -> List[Mention]:
    """Bodies a sentence names by a common noun, as mentions: "les autorités [syriennes]",
    "le gouvernement [polonais]", "la police" (named as written, with the nationality after
    them); "l'agence", "l'organisation" stand for the organisation named last before them."""
    if not ctx.has_cue("body", start, end):
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    keys = ctx.keys
    for j in ctx.cue_positions("body", start, end):
        hit = kb.match_cue(keys, j, "body")
        if not hit:
            continue
        a, b = ctx.starts[j], ctx.ends[j + hit[1] - 1]
        if any(x < b and a < y for x, y in taken):
            continue  # part of a name ("ministère de l'Intérieur", "garde-côtes italiens")
        named = bisect_left(ctx.mention_starts, b)
        titled = named < len(ctx.mentions) and not ctx.text[b : ctx.mentions[named].start].strip()
        if titled and hit[0].value not in ("referent", "named") and ctx.mentions[named].label == "ORG":
            continue  # "l'association Utopia 56": the kind before a name
        if hit[0].value in ("referent", "named"):
            # "l'agence", not "les ONG" nor "l'ONG Alarme Phone Sahara" (a title before a name);
            # "le ministère" stands for the ministry named last ("le ministère italien de l'Intérieur")
            head = keys[j] if hit[0].value == "named" else None
            definite = j > 0 and keys[j - 1] in _SINGULAR_ARTICLES
            referent = _last_organisation(ctx, a, head) if definite and not titled else None
            if referent is not None:
                out.append(Mention(a, b, referent.label, referent.norm, referent.text, referent._attrs))
            elif head is not None and not titled:
                # "le ministère public panaméen", "le ministère marocain": a state's body, named by its
                # country, that no name before stands for
                end = _adjectives_end(ctx, j + hit[1], b)[0]
                nat = ctx.in_range(end, end + 40, ("NATIONALITY",))
                if nat and not ctx.text[end : nat[0].start].strip():
                    out.append(Mention(a, nat[0].end, BODY, None, ctx.text[a : nat[0].end]))
            continue
        b, k = _adjectives_end(ctx, j + hit[1], b)
        if hit[0].value == "qualified" and (k == j + hit[1] or j > 0 and keys[j - 1] == "de"):
            # "une source humanitaire" names a source; "la même source" the one before, and "un décompte
            # établi à partir de sources officielles" what the source counted from
            continue
        if k < len(keys) and keys[k] in ("de", "du", "des", "d"):
            place = next((m for m in ctx.in_range(ctx.ends[k], ctx.ends[k] + 60, PLACE_LABELS)
                          if all(w in ARTICLES for w in keys[k + 1 : ctx.word_at(m.start)])), None)
            if place is not None and place.label != "NATIONALITY":
                b = place.end  # "le gouvernement des Canaries", "la préfecture des Côtes-d'Armor"
        nat = ctx.in_range(b, b + 40, ("NATIONALITY",))
        if nat and not ctx.text[b : nat[0].start].strip():
            b = nat[0].end  # "les autorités syriennes"
        out.append(Mention(a, b, BODY, None, ctx.text[a:b]))
    return out


def _adjectives_end(ctx: Context, k: int, b: int) -> Tuple[int, int]:
    """Where a body's name ends past the adjectives that are part of it ("les autorités locales",
    "les autorités maritimes"), and the word after: (character end, word index)."""
    while k < len(ctx.keys) and ctx.keys[k] in _BODY_ADJECTIVES:
        b, k = ctx.ends[k], k + 1
    return b, k


def _last_organisation(ctx: Context, pos: int, head: Optional[str] = None) -> Optional[Mention]:
    """The organisation named last before `pos`; with `head`, the last one whose name opens with
    it; without, not a union of bodies ("l'agence" after "les pays de l'UE" is no EU)."""
    k = bisect_left(ctx.mention_starts, pos)
    for m in reversed(ctx.mentions[max(0, k - _REFERENT_REACH) : k]):
        if m.label == "ORG" and m.attrs.get("type") != "media":
            if head is None and m.norm in _WHOLES:
                continue
            if head is None or ctx.keys[ctx.word_at(m.start)] == head:
                return m
    return None


# The UN, the EU and the African Union as wholes: the bodies of states a text names around an
# agency ("les pays de l'UE", "le système de l'ONU"), never "l'agence" or "l'organisation" it
# refers back to (FRONTEX, IOM, UNHCR are).
_WHOLES = frozenset({"UN", "EU", "AU"})


_SINGULAR_ARTICLES = frozenset({"l", "le", "la"})


_REFERENT_REACH = 30  # mentions back where "l'agence" may find the organisation it stands for


def _participle_subject(ctx: Context, start: int, end: int, mentions: Sequence[Mention]) -> Optional[Mention]:
    """The subject of a reporting participle: "Le gouvernement égyptien demande ..., estimant que"."""
    keys = ctx.keys
    for j in range(ctx.word_at(start), ctx.word_at(end)):
        if keys[j] in _REPORTING_PARTICIPLES and j + 1 < len(keys) and keys[j + 1] in ("que", "qu"):
            before = [m for m in mentions if m.end <= ctx.starts[j] and m.label in ("ORG", "PER", BODY)]
            return before[0] if before else None
    return None


_REPORTING_PARTICIPLES = frozenset(
    {"estimant", "affirmant", "assurant", "soulignant", "rappelant", "indiquant", "precisant", "expliquant"}
)


_REACH_TO_EVENT = 5  # "le HCR a organisé hier le départ de 1 200 réfugiés"


def actor(ctx: Context, start: int, number_start: int) -> Optional[str]:
    """The organisation that did what a count counts, and so tells it: the subject of the
    verb before the count ("les garde-côtes italiens ont secouru 312 personnes", "l'OIM a
    aidé 1 200 migrants"), when the sentence names no source."""
    m = actor_mention(ctx, start, number_start)
    return source_name(ctx, m) if m is not None else None


def actor_mention(ctx: Context, start: int, number_start: int) -> Optional[Mention]:
    """The mention of `actor`."""
    named = ctx.in_range(start, number_start, ("ORG",))
    # "L'agence a aidé 1 230 migrants": the organisation "l'agence" stands for
    referents = [m for m in _bodies(ctx, start, number_start, named) if m.label == "ORG"]
    orgs = sorted((m for m in named + referents if m.attrs.get("type") != "media"), key=lambda m: m.start)
    if not orgs:
        return None
    m = orgs[-1]
    i, last = ctx.word_at(m.end), ctx.word_at(number_start)
    if i < last and ctx.keys[i] == ")":
        i += 1  # "... de la traite des personnes (NAPTIP) a secouru"
    if ctx.keys[i : i + 2] == [",", "qui"]:
        i += 2  # "le Programme alimentaire mondial (PAM), qui y nourrit chaque mois un million de réfugiés"
    words = ctx.keys[i:last]
    if any(w in _CLAUSE_BREAKS for w in words) or len(words) > _REACH_TO_EVENT + 4:
        return None
    said = [j for j in range(i, last) if not _in_adverb(ctx.keys, j)]  # "l'OIM a par ailleurs organisé"
    if any(kb.match_cue(ctx.keys, j, "event") for j in said[:_REACH_TO_EVENT]):
        return m
    if said and ctx.keys[said[0]] in _AUXILIARIES and len(said) <= _REACH_TO_VERB:
        return m  # its subject: "les garde-côtes djiboutiens ont retrouvé 33 survivants"
    return None


# Adverbs between a subject and its verb, which change nothing of who acted.
_ADVERB_PHRASES = (("par", "ailleurs"), ("en", "outre"), ("pour", "sa", "part"), ("de", "son", "cote"),
                   ("aussi",), ("egalement",), ("deja",), ("notamment",), ("encore",), ("enfin",))  # fmt: skip


def _in_adverb(keys: Sequence[str], j: int) -> bool:
    """Whether word `j` is part of one of `_ADVERB_PHRASES`."""
    for phrase in _ADVERB_PHRASES:
        n = len(phrase)
        if any(tuple(keys[k : k + n]) == phrase for k in range(max(0, j - n + 1), j + 1)):
            return True
    return False


_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})
_REACH_TO_AGENT = 8  # words after a count where "secourus par les garde-côtes" may be


def agent(ctx: Context, end: int, sentence_end: int) -> Optional[str]:
    """The organisation that did what a count counts, named after it in the passive:
    "27 ont été secourus par les garde-côtes mauritaniens"."""
    m = agent_mention(ctx, end, sentence_end)
    return source_name(ctx, m) if m is not None else None


def agent_mention(ctx: Context, end: int, sentence_end: int) -> Optional[Mention]:
    """The mention of `agent`."""
    keys = ctx.keys
    i, last = ctx.word_at(end), min(ctx.word_at(sentence_end), ctx.word_at(end) + _REACH_TO_AGENT)
    for j in range(i, last):
        if keys[j] in _CLAUSE_BREAKS:
            return None
        if keys[j] == "par" and any(kb.match_cue(keys, t, "event") for t in range(max(i, j - 3), j)):
            k = j + 1
            while k < len(keys) and keys[k] in ARTICLES:
                k += 1
            found = ctx.in_range(ctx.starts[k], ctx.starts[k] + 200, ("ORG",)) if k < len(keys) else []
            if found and found[0].start == ctx.starts[k] and found[0].attrs.get("type") != "media":
                return found[0]
            return None
    return None


# What stands before a reporting verb whose subject comes after it ("…, a rappelé l'OIM"): the
# end of what was reported. After a subject ("Frontex a recensé … de l'UE"), the names that follow
# are the verb's objects.
_BEFORE_INCISE = frozenset({",", "»", '"', "(", "-", "–", "—"})


def _incise_at(keys: Sequence[str], j: int) -> bool:
    return j > 0 and keys[j - 1] in _BEFORE_INCISE


def _learnt_from(ctx: Context, pos: int) -> bool:
    """ "a-t-on appris mardi auprès des autorités locales": what was learnt from whom, a day
    between the verb and "auprès"."""
    before = [w for w in ctx.keys_before(pos, 6) if w not in ARTICLES]
    if len(before) < 3 or before[-1] not in ("de", "du", "des", "d") or before[-2] != "aupres":
        return False
    return any(w in ("appris", "apprend") for w in before[-5:-2])


def _after_selon(ctx: Context, pos: int) -> bool:
    i = ctx.word_at(pos)
    j = i
    while j > max(0, i - _REACH_AFTER_SELON):
        j -= 1
        key = ctx.keys[j]
        if key == ")" and "(" in ctx.keys[max(0, j - 4) : j]:
            # past an acronym in brackets: "selon la Matrice de suivi des déplacements (DTM) de l'OIM"
            j = max(k for k in range(max(0, j - 4), j) if ctx.keys[k] == "(")
            continue
        if key in _SENTENCE_BREAKS or key in ("(", ","):
            return False
        if key == "selon" or key == "apres" and j > 0 and ctx.keys[j - 1] == "d":
            return True
        hit = kb.match_cue(ctx.keys, j, "source_after")
        if hit and hit[0].words[0] == "a" and j + hit[1] <= i and _incise_at(ctx.keys, j):
            return True  # "…, a rappelé le chef de mission de l'OIM"
    return False


def agency(mentions: Sequence[Mention], dateline: Optional[Tuple[int, int]]) -> Optional[str]:
    """The organisation whose press release this is: "Genève, 16 avril 2024 (OIM) –" -> IOM.

    A news agency or news service in the dateline ("Dakar (AFP)", ONU Info) gives none.
    """
    if dateline is None:
        return None
    for m in mentions:
        if m.label == "ORG" and dateline[0] <= m.start and m.end <= dateline[1]:
            if m.attrs.get("type") != "media" and m.norm:
                # a reference id ("IOM"), else the name as written, not a local slug
                return _reference_id(m.norm, m.attrs.get("type", "un_entity")) or " ".join(m.text.split())
    return None


# "Communiqué de presse" as a page's label, on a line of its own or between separators
_RELEASE_LABEL = re.compile(
    r"\b(?:communiques? de presse|communiques?|note aux (?:redactions|medias)|notes? d'information"
    r"|rapports? de situation|rapport|points? de presse|mises? a jour(?: operationnelle| flash| humanitaire)?"
    r"|notes? d'analyse|notes? de synthese|fiches? d'information|alertes? flash"
    r"|declarations? (?:conjointes?|communes?))"
    # the kind of release may follow: "Rapport général", "Communiqué conjoint", "Rapport public thématique"
    r"(?: (?:general|annuel|mensuel|trimestriel|semestriel|hebdomadaire|final|conjoint|public|d'activite))?"
    r"(?: thematique)?\b"
)
# A label's number after it: "Rapport de situation n° 9", "Mise à jour flash n° 3", "Note d'analyse no 14".
_LABEL_NUMBER = re.compile(r"(?:n[°o]\s*|#\s*)?\d")
_LABEL_SEPARATORS = "–—|·›:-"
_LABEL_NUMBER_VALUE = re.compile(r"^\s*\d*\s*")
_DATE_AFTER_LABEL = re.compile(r"(?:le\s+)?(?:1er|\d{1,2})\s+[^\W\d_]+\s+(?:19|20)\d\d\b")
_RELEASE_HEAD = 800  # characters where a page labels itself a press release
_OF_ORG = re.compile(r"(?:du|de la|de l'|de l’|des|de)\s", re.IGNORECASE)  # "Communiqué de presse du ministère"
_JOINT = re.compile(r"\s*(?:,|et|/|-|–)\s*(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?", re.IGNORECASE)
_DATELINE_DASH = re.compile(r"[^\n.,;:]{0,60}?\s[–—-]\s")
_SELF_NAMED_SENTENCES = 3  # sentences after the label where a release may name itself
_MOST_NAMED = 2  # mentions an organisation needs to be a labelled release's own by count alone


def labelled_release(ctx: Context, folded: str, ranges: Sequence[Tuple[int, int]]) -> Optional[str]:
    """The organisation of a page labelled a press release (or briefing notes, a report):
    the one named on the label's line ("Frontex – Communiqué de presse", "Communiqué de
    presse du ministère de l'Intérieur"), else the one its first sentence opens with
    ("Communiqué de presse | 4 mars 2025 / GENÈVE – Le Haut-Commissariat … (HCR) est
    préoccupé"), else one that names itself as releases do in the sentences after it ("Le
    HCR, l'Agence des Nations Unies pour les réfugiés, est préoccupé"), else the one the
    page names most. A press release named in a sentence ("dans un communiqué de presse")
    is no label."""
    text = ctx.text
    for label in _RELEASE_LABEL.finditer(folded, 0, _RELEASE_HEAD):
        line_start = text.rfind("\n", 0, label.start()) + 1
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : label.start()].rstrip(), text[label.end() : line_end].lstrip()
        of_org = bool(after) and _OF_ORG.match(after) is not None and bool(
            ctx.in_range(line_end - len(after), line_end, ("ORG",)))
        numbered = _LABEL_NUMBER.match(after) if after else None
        if numbered:
            after = _LABEL_NUMBER_VALUE.sub("", after[numbered.end() :], count=1)  # "n° 14", then what follows it
        # "Institut … – Note d'analyse n° 14 3 juin 2025": the label's date after it, on a line run together
        dated = bool(after) and _DATE_AFTER_LABEL.match(after) is not None
        # a label written as a title ("… depuis 2022 Point de presse du HCR – 7 mars 2025") may follow the
        # title run onto its line
        titled = text[label.start()].isupper() and of_org
        if before and before[-1] not in _LABEL_SEPARATORS and not titled or after and after[0] not in \
                _LABEL_SEPARATORS and not (of_org or dated):
            continue
        return _release_of(ctx, ranges, line_start, line_end, label.span())
    return None


def _release_of(
    ctx: Context, ranges: Sequence[Tuple[int, int]], line_start: int, line_end: int, label: Tuple[int, int]
) -> Optional[str]:
    """The organisation of a release whose label line is `line_start:line_end` (the label
    itself, read as a name by mistake, is none)."""
    orgs = [m for m in ctx.in_range(line_start, line_end, ("ORG",))
            if m.attrs.get("type") != "media" and not (m.start < label[1] and label[0] < m.end)]
    if orgs:  # each of a joint release's: "Déclaration conjointe de l'UNICEF et de Save the Children"
        joint = orgs[:1]
        for m in orgs[1:]:
            if not _JOINT.fullmatch(ctx.text, joint[-1].end, m.start):
                break
            joint.append(m)
        return ";".join(sorted({n for n in (source_name(ctx, m) for m in joint) if n}))
    banner = page_banner(ctx, line_start)  # "Le HCR, l'Agence des Nations Unies pour les réfugiés" above the label
    if banner is not None:
        return banner
    after = [(a, b) for a, b in ranges if a >= line_end and ctx.in_range(a, b, _WORDS)]
    if "conjoint" in fold(ctx.text[label[0] : label[1]]) and after:
        # "Déclaration conjointe" over "…, l'UNICEF et le HCR demandent …": each agency its title names
        named = {n for a, b in after[:2] for m in ctx.in_range(a, b, ("ORG",))
                 if m.attrs.get("type") != "media" and _is_id(m.norm) for n in [source_name(ctx, m)] if n}
        if len(named) >= 2:
            return ";".join(sorted(named))
    if after:
        first = after[0]
        orgs = [m for m in ctx.in_range(first[0], first[1], ("ORG",)) if m.attrs.get("type") != "media"]
        opening = first[0]
        if orgs:  # past the places of a dateline: "Sarajevo / Belgrade – Le Border Violence Monitoring Network"
            dash = _DATELINE_DASH.match(ctx.text, first[0], orgs[0].start)
            opening = dash.end() if dash is not None else opening
        if orgs and all(w in ARTICLES for w in ctx.keys[ctx.word_at(opening) : ctx.word_at(orgs[0].start)]):
            return source_name(ctx, orgs[0])
    for a, b in after[:_SELF_NAMED_SENTENCES]:
        named = self_named(ctx, a, b)
        if named is not None:
            return named
    return _signed(ctx) or _most_named(ctx)


_SIGNATURE_LINES = 4  # a release's last lines, where it signs with its name and address
_ADDRESS = re.compile(r"\s*(?:[–—|·,-]\s*)?(?:[^\n]*\b\d{4,5}\b[^\n]*)?\s*")  # "– 97307 Cayenne"


def _signed(ctx: Context) -> Optional[str]:
    """The organisation a release signs with at its end, alone on a line or with its address:
    "Préfecture de la Guyane – 97307 Cayenne"."""
    text = ctx.text
    end = len(text.rstrip())
    for _ in range(_SIGNATURE_LINES):
        start = text.rfind("\n", 0, end) + 1
        orgs = [m for m in ctx.in_range(start, end, ("ORG",)) if m.attrs.get("type") != "media"]
        if orgs and orgs[0].start == start and _ADDRESS.fullmatch(text, orgs[0].end, end):
            return source_name(ctx, orgs[0])
        if start == 0:
            break
        end = start - 1
    return None


def _most_named(ctx: Context) -> Optional[str]:
    """The organisation a release names most often (at least twice, more than any other)."""
    counts: Dict[str, int] = {}
    for m in ctx.mentions:
        if m.label == "ORG" and m.attrs.get("type") != "media":
            name = m.norm if _is_id(m.norm) else " ".join(m.text.split())
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _MOST_NAMED or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    best = ranked[0][0]
    return next((source_name(ctx, m) for m in ctx.mentions if m.label == "ORG"
                 and (m.norm if _is_id(m.norm) else " ".join(m.text.split())) == best), None)


_WORDS = ("ORG", "PER", "LOC", "COUNTRY", "NATIONALITY", "REGION", "DATE", "LEGAL")


_PUBLISHERS = frozenset({"un_entity", "igo", "eu_body", "ngo", "government"})
_SEGMENT_SEPARATORS = re.compile(r"\s+[|–—·›/]\s+|\s+-\s+")
# "Publié par le Bureau …", "Publié le 2 septembre 2024 par l'équipe de l'Observatoire de la mer Égée"
_PUBLISHED_BY = re.compile(
    r"^\s*publi[ée]e?(?:\s+le\s+[^\n]{1,40}?)?\s+par\s+(?:(?:l['’]|les\s+)[ée]quipes?\s+(?:de\s+|d['’]|du\s+|des\s+))?"
    r"(?:le |la |les |l['’])?",
    re.IGNORECASE,
)
SOURCE_LABEL = re.compile(r"^\s*sources?\s*:", re.IGNORECASE)  # "Format : Rapport | Source : OCHA | Publié le …"
_BANNER_REST = re.compile(r"[\s,'’()]|\b(?:le|la|les|l)\b", re.IGNORECASE)


def source_field(ctx: Context, body: int) -> Optional[str]:
    """The organisation a page's head names in a "Source :" field ("Format : Infographie
    Source : OCHA Pays : Haïti", as a one-line page keeps the fields of its head): the page's
    own, whatever the line breaks left of its head. A news agency there is no publisher."""
    for field in _SOURCE_FIELD.finditer(ctx.text, 0, min(body, _RELEASE_HEAD)):
        k = bisect_left(ctx.mention_starts, field.end())
        m = ctx.mentions[k] if k < len(ctx.mentions) else None
        if m is not None and m.start == field.end() and m.label == "ORG" and m.attrs.get("type") != "media":
            return source_name(ctx, m)
    return None


_SOURCE_FIELD = re.compile(r"(?:^|(?<=\s))Sources?[ \t]*:[ \t]*")


def page_banner(ctx: Context, body: int, start: int = 0) -> Optional[str]:
    """The organisation whose own page this is, by a line of the page's head above its body:
    its name alone ("Eurostat", "HCR, l'Agence des Nations Unies pour les réfugiés"), one of
    the parts of a title line ("HCR – Mise à jour opérationnelle", "Mise à jour flash n° 12 |
    HCR"), or "Publié par le Bureau de la coordination des affaires humanitaires (OCHA)". A
    news site's name (a media) is no such organisation: its figures are the news'."""
    text = ctx.text
    lines = 0  # lines read, navigation aside: a site's name is the first
    while start < min(body, _RELEASE_HEAD):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        published = _PUBLISHED_BY.match(line)
        pieces = [(start + published.end(), end)] if published else []
        at = start
        for sep in _SEGMENT_SEPARATORS.finditer(line):
            pieces.append((at, start + sep.start()))
            at = start + sep.end()
        pieces.append((at, end))
        if len(pieces) > _MENU_PIECES and not any(c.isdigit() for c in line):
            pieces = []  # "Actualités | UE | Monde": a menu, whose items name no page's owner (no date)
        for a, b in pieces:
            orgs = ctx.in_range(a, b, ("ORG",))
            # "Secrétariat d'État aux migrations SEM": its own acronym beside it is no second organisation
            orgs = [m for m in orgs
                    if not any((o.norm or o.text) != (m.norm or m.text) and _of_own_name(m.text, o) for o in orgs)]
            if not orgs and not lines and len(pieces) == 1 and not published:
                site = _site_name(text[a:b])  # a header line the page's structure left out of the entities
                if site is not None:
                    return site
            known = published or all(
                m.norm and m.attrs.get("type") in _PUBLISHERS or not m.norm and _public_body(m) for m in orgs
            )
            if not orgs or not known or any(m.attrs.get("type") == "media" for m in orgs):
                continue  # a known organisation that publishes figures (or one said to publish), not a site's name
            if len({m.norm or m.text for m in orgs}) != 1:
                continue  # two organisations: a partnership, not a banner
            rest = SOURCE_LABEL.sub("", text[a:b])
            for m in orgs:
                rest = rest.replace(m.text, "")
            if published:
                rest = re.sub(r"\b(?:le|du|en)\b.*$", "", rest)  # "… (OCHA) le 24 septembre 2025"
            if not _BANNER_REST.sub("", rest) or _of_own_name(rest, orgs[0]):
                if _foreign_body(orgs[0]):
                    # "Ministero dell'Interno" over "Ministère de l'Intérieur – Département …": its French name
                    return page_banner(ctx, body, end + 1) or source_name(ctx, orgs[0])
                return source_name(ctx, orgs[0])
        lines += bool(line.strip()) and fold(line.strip()) not in NAVIGATION_PHRASES  # "Menu", "Accueil"
        start = end + 1
    return None


_MENU_PIECES = 2  # a title line has two or a date ("HCR – Rapports – 17 juillet 2024"), a menu more
# First words of the name of a state's body, which publishes its own figures ("Ministère de la
# Migration et de l'Asile – République hellénique" over a weekly bulletin).
_PUBLIC_BODY_HEADS = frozenset(
    "ministere vice-ministere prefecture sous-prefecture secretariat office direction commissariat gouvernement "
    "haut-commissariat gendarmerie".split()
)
# The same, named in its own Romance language: "Ministerio del Interior – Gobierno de España".
_FOREIGN_BODY_HEADS = frozenset(fold(kind) for kind in ROMANCE_BODY_KINDS)


def _public_body(m: Mention) -> bool:
    """Whether an organisation not in the table is named as a state's body ("Ministère de …",
    "Ministerio del Interior")."""
    return _first_word(m) in _PUBLIC_BODY_HEADS or _foreign_body(m)


def _foreign_body(m: Mention) -> bool:
    """Whether an organisation is a state's body named in its own Romance language."""
    return _first_word(m) in _FOREIGN_BODY_HEADS


def _first_word(m: Mention) -> str:
    return fold(m.text.split(maxsplit=1)[0]) if m.text.strip() else ""


def _site_name(piece: str) -> Optional[str]:
    """The organisation a short header line is exactly the name of ("Eurostat" above a menu),
    when it publishes figures; named as FIGURES.md names sources."""
    piece = piece.strip()
    if not piece or len(piece) > 80:
        return None
    org = organisations.lookup(piece)
    if org is None or org.type not in _PUBLISHERS:
        return None
    return _reference_id(org.norm, org.type) or piece


def _of_own_name(rest: str, org: Mention) -> bool:
    """Whether the words beside an organisation on a banner line are words of its own full name
    or its acronym: "Plateforme de coordination interagences R4V", "Secrétariat d'État aux migrations SEM"."""
    words = set(phrase_key(rest)) - ARTICLES
    # its names and acronym: "Secrétariat d'État aux migrations SEM"
    names = " ".join(n for n in (org.attrs.get("name_fr"), org.attrs.get("name_en"), org.attrs.get("acronym_fr")) if n)
    return bool(words) and bool(names) and words <= set(phrase_key(names))


def reported(mentions: Sequence[Mention]) -> bool:
    """Whether a news agency or news service is among the mentions (of a dateline): "Dakar (AFP)"."""
    return any(m.label == "ORG" and m.attrs.get("type") == "media" for m in mentions)


def self_named(ctx: Context, start: int, end: int) -> Optional[str]:
    """The organisation whose release this is, by how the release's first sentence names
    it: with its own description in apposition ("Le HCR, l'Agence des Nations Unies pour
    les réfugiés, s'alarme") or speaking today ("le HCR rappelle ce jour que", "l'OIM
    lance aujourd'hui"), or as its publisher ("Ce rapport est publié par OCHA"); None when
    the sentence opens on several ("Le HCR et le gouvernement ont lancé ce jour")."""
    orgs = [m for m in ctx.in_range(start, end, ("ORG",)) if m.norm and m.attrs.get("type") != "media"]
    if not orgs:
        return None
    keys = ctx.keys
    m = orgs[0]
    before = [w for w in ctx.keys_before(m.start, 4) if w not in ARTICLES]
    opening = ctx.keys[ctx.word_at(start) : ctx.word_at(m.start)]
    if before[-2:] == ["publie", "par"] and _RELEASE_ITSELF.intersection(opening):
        return source_name(ctx, m)  # "Ce rapport est publié par le Bureau de la coordination des affaires humanitaires"
    i = ctx.word_at(m.end)
    for other in orgs[1:]:  # "(HCR)", ", l'Agence des Nations Unies pour les réfugiés,": the same one again
        between = keys[i : ctx.word_at(other.start)]
        if other.norm != m.norm or not all(w in _APPOSITION_WORDS for w in between):
            break
        i = ctx.word_at(other.end)
        if i < len(keys) and keys[i] == ")":
            i += 1
        if "," in between and i < len(keys) and keys[i] == ",":
            return source_name(ctx, m)  # described in apposition, as a release does
    if i < len(keys) and keys[i] in ("et", ","):
        return None
    window = keys[i : i + _TODAY_REACH + 2]
    if any(tuple(window[t : t + 2]) in _TODAY for t in range(len(window) - 1)):
        return source_name(ctx, m)
    if i < len(keys) and keys[i] == ")":
        i += 1
    if keys[i : i + 1] and (keys[i] in _RELEASE_VERBS or tuple(keys[i : i + 2]) in _RELEASE_VERBS_2):
        return source_name(ctx, m)  # "le HCR s'alarme", "Le HCR appelle les donateurs": its own voice
    return None


_APPOSITION_WORDS = frozenset({",", "(", "l", "le", "la", "les"})
# What an organisation does in the first words of its own release: it calls, warns, deplores.
_RELEASE_VERBS = frozenset({"appelle", "alerte", "exhorte", "rappelle", "lance", "plaide", "demande", "deplore",
                            "denonce", "salue", "condamne", "annonce", "publie", "presente", "met"})
_RELEASE_VERBS_2 = frozenset({("s", "alarme"), ("s", "inquiete"), ("tire", "la"), ("met", "en")})
# How a release calls itself when it says who publishes it: "Ce rapport est publié par OCHA".
_RELEASE_ITSELF = frozenset({"rapport", "bulletin", "document", "communique", "note", "fiche", "publication"})
_TODAY = frozenset({("aujourd", "hui"), ("ce", "jour")})
_TODAY_REACH = 3  # words between the organisation and "aujourd'hui": "lance un appel aujourd'hui"


_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FOOTER_CHARS = 1500  # a release's contacts close it


# The field of a record (a JSON object, a scraper's export) that names who issued it.
_ISSUER_FIELD = re.compile(
    r'"(?:emetteur|émetteur|issuer|publisher|editeur|éditeur|organisation|organisme|auteur)"\s*:\s*'
    r'"[ \t]*([^"\n]{2,120})"',
    re.IGNORECASE,
)
_RECORD_HEAD = 600  # characters where a record's fields are


def record_issuer(ctx: Context) -> Optional[str]:
    """The organisation a record's issuer field names ('"emetteur": "Préfecture de Mayotte"'),
    else the one a short field of a CSV row is the name of ('5129;2026-02-05;FTDES;Tunisie;…'):
    the release's own, as a dateline's agency is; a news agency or site is no issuer of figures."""
    m = _ISSUER_FIELD.search(ctx.text, 0, _RECORD_HEAD)
    if m is None:
        return _csv_issuer(ctx)
    orgs = [o for o in ctx.in_range(m.start(1), m.end(1), ("ORG",)) if o.attrs.get("type") != "media"]
    return source_name(ctx, orgs[0]) if len(orgs) == 1 else None


# The first fields of a CSV row: an id or a date, then short fields, each quoted or not.
# (Blanks before a field's words are a link's tag the view blanked: '"<a href=…>FTDES</a> – …"'.)
_CSV_FIELD = re.compile(r'"[ \t]*([^"\n]{1,80})"[;,]|[ \t]*([^";,\n]{1,80})[;,]')
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9-]{1,11}\s*\)\s*")
_CSV_FIELDS = 6  # fields of a row's head where its issuer may be named


def _csv_issuer(ctx: Context) -> Optional[str]:
    """The organisation a short field of a CSV row names, alone or before a description
    ("FTDES – Observatoire social tunisien"); None for a row whose first field is not an id or
    a date (not a CSV row) or whose named fields are news agencies."""
    text = ctx.text
    pos, fields = len(text) - len(text.lstrip()), []  # the row's first field, after a "<p>" blanked
    while len(fields) < _CSV_FIELDS:
        m = _CSV_FIELD.match(text, pos)
        if m is None:
            break
        group = 1 if m.group(1) is not None else 2
        fields.append((m.start(group), m.end(group)))
        pos = m.end()
    if len(fields) < 3 or not any(c.isdigit() for c in text[fields[0][0] : fields[0][1]]):
        return None  # a row opens with its id or its date
    for start, end in fields[1:]:
        piece_end = next((sep.start() for sep in _SEGMENT_SEPARATORS.finditer(text, start, end)), end)
        orgs = ctx.in_range(start, piece_end, ("ORG",))
        if len(orgs) == 2 and _ACRONYM_AFTER.fullmatch(text, orgs[0].end, piece_end):
            orgs = orgs[:1]  # "Conseil grec pour les réfugiés (GCR)": the name and its acronym
        if len(orgs) == 1 and orgs[0].start == start and not text[orgs[0].end : piece_end].strip():
            return source_name(ctx, orgs[0]) if orgs[0].attrs.get("type") != "media" else None
    return None


# The paragraph a release closes with about its own organisation: "À propos de l'OIM : créée en 1951, …"
_ABOUT = re.compile(r"^[ \t*#>•-]*(?:À|A|à) propos (?:de la |de l['’]|des |du |de |d['’])", re.MULTILINE)


def about_footer(ctx: Context) -> Optional[str]:
    """The organisations a release presents at its end ("À propos de l'OIM :", "À propos de
    Save the Children :" for each of a joint release's), joined as sources are; a news
    site's "À propos" of itself (a media) is none."""
    names = set()
    for m in _ABOUT.finditer(ctx.text, max(0, len(ctx.text) - _FOOTER_CHARS)):
        org = next((o for o in ctx.in_range(m.end(), m.end() + 120, ("ORG",)) if o.start == m.end()), None)
        if org is not None and org.attrs.get("type") != "media":
            # as the release writes it elsewhere: "SOS Méditerranée", not "À propos de SOS MÉDITERRANÉE"
            org = next((o for o in ctx.mentions if o.label == "ORG" and fold(o.text) == fold(org.text)), org)
            names.add(source_name(ctx, org))
    return ";".join(sorted(n for n in names if n)) or None


def contact_agency(text: str) -> Optional[str]:
    """The organisation whose release a page is, by the contact e-mails that close it
    ("veuillez contacter : presse@iom.int" -> IOM); None when none is known or several are."""
    found = set()
    footer = max(0, len(text) - _FOOTER_CHARS)
    if text.find("@", footer) == -1:
        return None
    domains = kb.release_domains()
    for m in _EMAIL.finditer(text, footer):
        domain = m.group(1).lower()
        for known, norm in domains.items():
            if domain == known or domain.endswith("." + known):
                found.add(norm)
    return found.pop() if len(found) == 1 else None
