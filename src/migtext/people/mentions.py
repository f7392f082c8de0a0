"""People in one document: name spans, their roles and affiliations, and who is who.

Pure Python over the text and the other components' candidates, so every rule is
testable without spaCy.  Three steps:

1. *Names.*  Runs of capitalised words (with particles "de", "van", "ben", "al-" ...)
   are person names when something says so: the base model, an honorific ("M.",
   "Mme"), a listed given name, a photo credit ("OIM/Jane DOE"), a speech verb after a
   quotation ("», raconte Farrukh Rahimov") or a role in apposition.  Runs that are
   organisations, places, datelines, headings, verbs or menu words are not.
2. *Roles.*  French puts the role before or after the name, with or without commas:
   "le directeur général de l'OIM, Brunson McKinley", "Amy Pope, directrice générale de
   l'OIM".  The words between the role and the name must be a complement (prepositions,
   organisations, countries, nationality adjectives), never a verb.
3. *Resolution.*  A shorter mention ("M. McKinley") takes the fullest name it is part
   of; when two people share it, gender and then the nearest earlier full mention
   decide.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import Dict, FrozenSet, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Set, Tuple

from spacy.lang.fr.stop_words import STOP_WORDS

from migtext.core.text import APOSTROPHES, DASHES, Word, fold, words
from migtext.countries import places
from migtext.people.roles import RoleReading, first_names, honorifics, read_role, role_index, role_words

# Lowercase words that may stand inside a name: "Ursula von der Leyen", "Lula da Silva".
PARTICLES = frozenset(
    "de del della dei degli di da das do dos du van von der den ter ten ben bin bint ibn ould ag abu abou".split()
)
# Lowercase prefixes glued by a hyphen to an Arabic or Berber name: "al-Sissi", "el-Hadj".
_ARABIC_PREFIX_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ed|er|es|ul|ud|an|ab)[" + re.escape(DASHES) + r"]\w")

# Capitalised words that are never part of a name, besides French stop words and the
# words of the role lexicon: months, days, and the words of credits and page furniture.
NON_NAME_WORDS = frozenset(
    fold(w)
    for w in """
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain
photo photos crédit crédits source sources légende lire voir aussi tél tel fax email e-mail
courriel contact contacts communiqué presse page accueil copyright
""".split()
)
# Capitalised words of organisation names: a run next to one is part of an organisation's
# name ("Human Rights Watch", "Fondation Jean Jaurès"), not a person.
ORG_NAME_WORDS = frozenset(
    fold(w)
    for w in """
organisation agence fondation comité conseil ministère association commission union office programme
fonds bureau institut université gouvernement service services direction parlement tribunal police
armée forces international internationale watch foundation committee council agency institute
""".split()
)
# Capitalised particles that are also French stop words: inside a name they are part of
# it ("Marine Le Pen", "Khadija Ait Lahcen", "Carlos De Souza"), never at its start.
CAPITAL_PARTICLES = frozenset("le la de du des da di del do dos das ait".split())
# Particles that open a surname after an honorific or a title ("M. Le Bihan", "Mme da
# Silva", "le ministre De Croo"): the capitalised stop-word particles, and the
# lowercase particles (plus "al", "el" written apart: "M. el Kebir").
LEAD_PARTICLES_CAPITALISED = tuple(p.capitalize() for p in sorted(CAPITAL_PARTICLES))
LEAD_PARTICLES_LOWER = tuple(sorted(PARTICLES | {"al", "el"}))
LEAD_PARTICLES_FOLDED = frozenset(fold(p) for p in LEAD_PARTICLES_CAPITALISED + LEAD_PARTICLES_LOWER)
# Lowercase particles that are also French prepositions: after a title they start its
# complement ("le directeur de Frontex"), so only an honorific lets them open a name.
FRENCH_PARTICLES = frozenset("de du des".split())
# Verbs that introduce a speaker after a quotation ("», raconte Farrukh Rahimov").
SPEECH_VERBS = frozenset(
    fold(w)
    for w in """
déclare déclaré dit ajoute ajouté explique expliqué raconte raconté souligne souligné affirme affirmé
estime estimé rappelle rappelé précise précisé indique indiqué insiste insisté assure assuré confie confié
témoigne témoigné dénonce dénoncé regrette regretté déplore déploré poursuit poursuivi résume résumé
observe observé note noté prévient prévenu avertit averti conclut conclu confirme confirmé reconnaît
reconnu admet admis martèle martelé plaide plaidé répond répondu commente commenté glisse glissé
lâche lâché soupire soupiré murmure murmuré s'inquiète inquiété s'indigne indigné interroge interrogé
""".split()
)
_SPEECH_RE = re.compile(
    r"(?:^|[\s,»\"”])(?:a\s+|avait\s+|ont\s+)?(?P<verb>[^\W\d_]+(?:['’][^\W\d_]+)?)[ \t\u00a0]+(?:\n[ \t]*)?$"
)
# A news agency's dateline: "Benghazi (AFP) –" names a city.
_DATELINE_AFTER_RE = re.compile(
    r"^\s*(?:,\s*\w+\s*)?\((?:AFP|Reuters|AP|ANSA|APS|MAP|Xinhua|EFE|dpa|IPS|ONU Info|MENA|Belga|ATS)\)"
    r"|^,\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre)\b"
)
# Imperatives with a pronoun ("Engagez-vous", "Rejoignez-nous") are menu words, not names.
_IMPERATIVE_SUFFIXES = tuple(f"-{p}" for p in ("vous", "nous", "moi", "toi", "lui", "leur"))
# Part-of-speech tags that a name's first word does not carry (when the caller knows them).
NON_NAME_POS = frozenset({"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "NUM", "INTJ", "PUNCT"})
# Words that may link a role to the name or stand in its complement without being one
# of the things the complement names ("de l'OIM en Libye", "auprès de l'UE").
CONNECTORS = frozenset(
    "de d du des la le les l un une à au aux en pour sur contre entre chez auprès près chargé chargée charge "
    "chargee et dans "
    "par intérim interim adjoint adjointe pays région regional régional régionale bureau".split()
)
# Words that may stand between a name and the role that follows it ("Amy Pope, la
# nouvelle directrice générale").
ROLE_LEADS = frozenset(
    "le la l les notre son sa leur nouveau nouvel nouvelle ancien ancienne actuel actuelle ex futur future "
    "alors désormais aujourd hui".split()
)
MAX_NAME_TOKENS = 7
# A single word the base model alone calls a person is a place when it names a town this large.
TOWN_MIN_POPULATION = 100_000
MAX_COMPLEMENT_WORDS = 18
MAX_FREE_WORDS = 4

_TOKEN_RE = re.compile(
    r"(?P<elision>(?:[lLdDjJsScCmMtT]|[nN](?=['’‘`ʼ][a-zà-ÿ])|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’‘`ʼ](?=[^\W\d_]))"
    r"|(?P<word>[^\W\d_]+(?:[" + re.escape(APOSTROPHES + DASHES) + r"][^\W\d_]+)*)"
)

# Characters that are never upper case. A whitespace-delimited chunk made only of these
# holds no name word: its words are `other`, or lower-case particles ("de", "van").
_LOWER_CHARS = (
    "abcdefghijklmnopqrstuvwxyz0123456789àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæß"
    ",.;:!?'’‘`\"«»“”()[]{}-–—/%°€$&*+=#@_<>…"
)


def _particle_pattern() -> str:
    """The particles as lower-case words over `_LOWER_CHARS`, accents included ("dé" folds to "de")."""

    def letter(char: str) -> str:
        return "[" + re.escape("".join(c for c in _LOWER_CHARS if fold(c) == char)) + "]"

    forms = sorted(PARTICLES, key=len, reverse=True)
    return r"(?<![^\W\d_])(?:" + "|".join("".join(map(letter, p)) for p in forms) + r")(?![^\W\d_])"


_CAPITAL_CHUNK = r"(?<!\S)[" + re.escape(_LOWER_CHARS) + r"]*[^\s" + re.escape(_LOWER_CHARS) + r"]\S*"
_PARTICLE_CHUNK = r"(?<!\S)\S*?" + _particle_pattern() + r"\S*"
# A stretch of chunks that may hold name words: one with a character that may be a
# capital, then more of those or chunks with a particle ("Ursula von der Leyen").
_NAME_STRETCH_RE = re.compile(_CAPITAL_CHUNK + r"(?:\s+(?:" + _CAPITAL_CHUNK + "|" + _PARTICLE_CHUNK + r"))*")


class Context(NamedTuple):
    """Another component's candidate: what a name cannot be, and what an affiliation is.

    `migtext.core.candidates.Candidate` has these fields too: the component passes candidates."""

    start: int
    end: int
    label: str
    norm: Optional[str]
    from_model: bool = False


class Token(NamedTuple):
    """A word for name finding: kind is name, caps, initial, particle or other.

    A named tuple rather than a frozen dataclass: every word of the text is one, and
    tuples are cheaper to build."""

    start: int
    end: int
    text: str
    kind: str


@dataclass
class Mention:
    """One mention of a person, with the evidence that it is one and what it says."""

    start: int
    end: int
    text: str
    keys: Tuple[str, ...]  # folded name words without particles
    evidence: Set[str] = field(default_factory=set)
    honorific: Optional[str] = None
    lead: int = -1  # where the honorific before the name starts, if any
    other_entity: bool = False  # the base model calls this span a place or an organisation
    gender: Optional[str] = None
    role: Optional[RoleReading] = None
    affiliation: Optional[str] = None
    affiliation_label: Optional[str] = None
    norm: Optional[str] = None

    @property
    def n_words(self) -> int:
        return len(self.keys)


@dataclass
class Person:
    """Everyone mentioned in the document once, as `doc._.people` lists them."""

    norm: str
    mentions: List[Mention]
    role: Optional[str] = None
    role_norm: Optional[str] = None
    affiliation: Optional[str] = None
    affiliation_label: Optional[str] = None

    def as_dict(self) -> Dict[str, object]:
        return {
            "norm": self.norm,
            "mentions": [[m.start, m.end] for m in self.mentions],
            "role": self.role,
            "role_norm": self.role_norm,
            "affiliation": self.affiliation,
        }


@lru_cache(maxsize=1)
def _french_stop_words() -> FrozenSet[str]:
    return frozenset(fold(w) for w in STOP_WORDS)


@lru_cache(maxsize=1)
def _stop_words() -> FrozenSet[str]:
    """Folded words that never start or continue a name."""
    return _french_stop_words() | NON_NAME_WORDS | ORG_NAME_WORDS


@lru_cache(maxsize=1)
def _honorific_re() -> re.Pattern:
    forms = sorted(honorifics(), key=len, reverse=True)
    alternatives = "|".join(re.escape(f) + (r"(?!\w)" if f[-1].isalnum() else "") for f in forms)
    return re.compile(r"(?:^|(?<=[\s(«\"'’,;:/]))(" + alternatives + r")[ \t\u00a0]*(?:\n[ \t]*)?$")


# A name right after one of these nouns names a place or an institution, not a person:
# "le pont international Simón Bolívar", "l'hôpital Jean Jaurès".
_NAMED_AFTER_RE = re.compile(
    r"(?i:\b(?:pont|rue|avenue|boulevard|place|aéroport|aeroport|port|gare|stade|hôpital|hopital|université|"
    r"universite|lycée|lycee|école|ecole|collège|college|camp|centre|quartier|station|barrage|fondation|prix|"
    r"institut|navire|bateau|route|autoroute|tunnel|parc|musée|musee|square|quai|allée|allee|cité|cite|"
    r"province|district|ville|village|région|region|commune)"
    r"(?:\s+(?:international|internationale|national|nationale|municipal|municipale|universitaire))?)"
    r"[ \t\u00a0]+$"
    # "le camp d'Oum Rakouba", "la province de Hatay": geographic nouns take "de" as well
    r"|(?i:\b(?:camp|camps|ville|village|province|district|région|region|commune|quartier|île|ile|port|"
    r"préfecture|prefecture|département|departement|gouvernorat|wilaya|état|etat)"
    r"(?:\s+(?:de|du|des)[ \t\u00a0]+|\s+d['’‘`ʼ]))$"
)
# Before a name the base model alone proposes, these prepositions announce a place
# ("de Ouanaminthe", "d'Adıyaman", "à Kigali").
_PLACE_PREPOSITION_RE = re.compile(
    r"(?:^|\s)(?i:de|des|à|a|au|aux|vers|depuis|entre|jusqu'à|jusqu’à)\s+$|(?:^|\s)(?i:d|l|jusqu)['’‘`ʼ]$"
)
DOUBTFUL = "model?"
# Single words the base model calls PER but whose tag says otherwise ("Salle de presse").
SINGLE_WORD_NON_NAME_POS = NON_NAME_POS | {"NOUN", "ADJ"}

# Photo credits: "OIM/Jane DOE", "© UNHCR/Olga Sarrado", "Crédit photo : Nations unies / Eskinder Debebe".
_CREDIT_SLASH_RE = re.compile(r"[A-Z][A-Za-z]+\s*/\s*$")
_CREDIT_LINE_RE = re.compile(r"^\s*(?:©|(?i:photos?|crédits?|credits?|source)\b)")
_CREDIT_END_RE = re.compile(r"(?:[/:©]|(?i:photos?))\s*$")
_CREDIT_INLINE_RE = re.compile(r"(?:^|[\s(\[])(?:©|(?i:photos?|crédits?(?:\s+photos?)?))\s*:?[ \t]*$")


@lru_cache(maxsize=4096)
def _is_role_form(key: str) -> bool:
    return bool(role_index().get(key))


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A listed given name, alone or in a compound ("Jean-Pierre", "Marie-Claire")."""
    key = fold(word)
    names = first_names()
    return key in names or any(part in names for part in key.split("-")[:1] if part != key)


@lru_cache(maxsize=16384)
def is_town_name(name: str) -> bool:
    """A name that is, as a whole, a place of the gazetteer: the base model's person
    reading of it ("Kigali a rejeté", "Beni Mellal") is its usual slip.

    A single word must be a listed place or a town of TOWN_MIN_POPULATION people,
    and not a given name: many surnames are small towns somewhere ("Sánchez", "Valls"),
    and a person named once by surname alone is still a person."""
    form = places.lookup(name)
    if form is None or form.form == "alternate":
        return False
    if len(name.split()) > 1:
        return True
    if is_given_name(name):
        return False
    return form.form == "curated" or (form.place.population or 0) >= TOWN_MIN_POPULATION


def tokenize(text: str) -> List[Token]:
    """Words with their kind; elisions ("l'", "d'") and honorifics are `other`."""
    out: List[Token] = []
    _append_tokens(text, _TOKEN_RE.finditer(text), out)
    return _join_capital_elisions(text, out)


def name_tokens(text: str) -> List[Token]:
    """The words of `tokenize` that name finding needs: the same runs, a fifth of the words.

    Only stretches of text that hold a capital letter (and the particles that follow
    them) are tokenized. The lower-case words left out are `other` words, which only
    end a run; where one is left out, the text between the words kept around it is not
    white space, which ends the run just as well (`_gap_ok`). So `name_runs` and
    `find_mentions` find the same runs and mentions as with `tokenize`.
    """
    out: List[Token] = []
    for stretch in _NAME_STRETCH_RE.finditer(text):
        _append_tokens(text, _TOKEN_RE.finditer(text, stretch.start(), stretch.end()), out)
    return _join_capital_elisions(text, out)


def _append_tokens(text: str, matches: Iterable[re.Match], out: List[Token]) -> None:
    """Append a token with its kind for each match of `_TOKEN_RE`."""
    append = out.append  # one call per word: keep the loop lean
    for m in matches:
        s, e = m.span()
        word = m.group()
        if m.lastgroup == "elision":
            append(Token(s, e, word, "other"))
            continue
        kind = _word_kind(word, text[e : e + 1] == ".")
        if kind == "initial":
            append(Token(s, e + 1, word + ".", kind))
        else:
            append(Token(s, e, word, kind))


@lru_cache(maxsize=65536)
def _word_kind(word: str, dot_after: bool) -> str:
    """The kind of a word for `tokenize`: a word's kind depends only on the word and on
    whether a period follows it, so each distinct word is classified once per process."""
    key = fold(word)
    if word in honorifics() or (dot_after and word + "." in honorifics()):
        return "other"
    if word[0].isupper():
        if len(word) == 1:
            return "initial" if dot_after else "other"
        if key in CAPITAL_PARTICLES and not word.isupper():
            return "particle"
        if (
            key in _stop_words()
            or key in role_words()
            or key.endswith(_IMPERATIVE_SUFFIXES)
            or ("-" in key and _is_role_form(key))  # "Haut-Commissaire", "Vice-Président"
        ):
            return "other"
        return "caps" if word.isupper() else "name"
    if key in PARTICLES:
        return "particle"
    if _ARABIC_PREFIX_RE.match(key) and any(c.isupper() for c in word[2:]):
        return "name"
    return "other"


def _join_capital_elisions(text: str, tokens: List[Token]) -> List[Token]:
    """ "Alfredo D'Amato", "Massimo D'Alema": a capital elision after a given name is a surname."""
    out: List[Token] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if (
            tok.kind == "other"
            and tok.text[:1] in "DL"
            and len(tok.text) == 2
            and out
            and out[-1].kind == "name"
            and text[out[-1].end : tok.start] == " "
            and k + 1 < len(tokens)
            and tokens[k + 1].start == tok.end
            and tokens[k + 1].kind in ("name", "caps")
        ):
            nxt = tokens[k + 1]
            out.append(Token(tok.start, nxt.end, text[tok.start : nxt.end], "name"))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def _gap_ok(text: str, end: int, start: int, run_start: int) -> bool:
    """Only spaces between two words of a name; one line break if the name does not open its line."""
    gap = text[end:start]
    if not gap:
        return False
    if gap.strip():
        return False
    if gap.count("\n") == 0:
        return True
    if gap.count("\n") > 1:
        return False
    line_start = text.rfind("\n", 0, run_start) + 1
    return bool(text[line_start:run_start].strip())


class _Ranges:
    """Does a span overlap any of these ranges? Bisect over starts with running max ends."""

    def __init__(self, ranges: Iterable[Tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.max_end: List[int] = []
        best = -1
        for _, e in ordered:
            best = max(best, e)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # ranges that start before `end`
        return k > 0 and self.max_end[k - 1] > start


_START = attrgetter("start")
_END = attrgetter("end")


class _Cover:
    """Which of the other components' candidates cover a span: a sweep index, not a scan.

    Long documents have thousands of candidates and tokens; looking each token up in a
    list of candidates would be quadratic.
    """

    def __init__(self, contexts: Sequence[Context]) -> None:
        # by start, the longest first: two stable sorts on attributes cost less than a tuple key
        self.contexts = sorted(sorted(contexts, key=_END, reverse=True), key=_START)
        self.starts = [c.start for c in self.contexts]
        # the largest end among candidates 0..k: no candidate before k reaches past it
        self.max_end: List[int] = []
        best = -1
        for c in self.contexts:
            best = max(best, c.end)
            self.max_end.append(best)

    def covering(self, start: int, end: int) -> List[Context]:
        """Candidates with c.start <= start and end <= c.end, longest first."""
        k = bisect.bisect_right(self.starts, start)
        out = []
        while k > 0 and self.max_end[k - 1] >= end:
            k -= 1
            c = self.contexts[k]
            if c.end >= end:
                out.append(c)
        return sorted(out, key=lambda c: c.start - c.end)

    def first(self, start: int, end: int) -> Optional[Context]:
        """The first of `covering(start, end)`, found without building the list."""
        k = bisect.bisect_right(self.starts, start)
        best = None
        while k > 0 and self.max_end[k - 1] >= end:
            k -= 1
            c = self.contexts[k]
            if c.end >= end and (best is None or c.start - c.end < best.start - best.end):
                best = c
        return best


def name_runs(text: str, tokens: Sequence[Token], rule_contexts: Sequence[Context] = ()) -> List[Tuple[int, int]]:
    """Token ranges [i, j) of capitalised runs that could be names.

    A run stops at a word that another component has recognised (an organisation, a
    place) unless that word is a given name opening the run ("Maurice Dupont").
    """
    cover = rule_contexts if isinstance(rule_contexts, _Cover) else _Cover(rule_contexts)
    runs: List[Tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.kind not in ("name", "caps", "initial"):
            i += 1
            continue
        first_ctx = cover.first(tok.start, tok.end)
        if first_ctx is not None and not is_given_name(tok.text):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < MAX_NAME_TOKENS:
            k = j
            while k < n and tokens[k].kind == "particle" and k - j < 3:
                k += 1
            if k >= n or tokens[k].kind not in ("name", "caps", "initial"):
                break
            if k > j and tokens[k].kind != "name":
                break  # "Olga Sarrado du HCR": a particle leads to a name, not to an acronym
            if not all(_gap_ok(text, tokens[x - 1].end, tokens[x].start, tok.start) for x in range(j, k + 1)):
                break
            ctx = cover.first(tokens[k].start, tokens[k].end)
            if ctx is not None and ctx is not first_ctx:
                break
            j = k + 1
        # a run never ends on an initial ("Amy E.") nor consists of initials only
        while j > i and tokens[j - 1].kind == "initial":
            j -= 1
        if j > i and any(t.kind in ("name", "caps") for t in tokens[i:j]):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def name_keys(name: str) -> Tuple[str, ...]:
    """Folded words of a name without particles: "Ursula von der Leyen" -> ("ursula", "leyen")."""
    return tuple(w.key for w in words(name) if w.key not in PARTICLES and w.key.isalnum() and len(w.key) > 1)


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Roles:
    """Role readings of one text, with the word grid they were read on."""

    def __init__(
        self, text: str, contexts: Sequence[Context], blocked: FrozenSet[int], word_list: Optional[List[Word]] = None
    ) -> None:
        self.text = text
        self.words: List[Word] = words(text) if word_list is None else word_list
        self.starts = [w.start for w in self.words]
        self.contexts = sorted((c for c in contexts if c.label != "PER"), key=attrgetter("start", "end"))
        self.context_starts = [c.start for c in self.contexts]
        self.blocked = blocked
        nat_words: Set[int] = set()
        for c in self.contexts:
            if c.label == "NATIONALITY":
                nat_words.update(range(self.word_at(c.start), self.word_at(c.end)))
        skip = frozenset(nat_words)
        self.readings: List[RoleReading] = []
        keys = [w.key for w in self.words]
        for m in role_index().iter_matches(text, self.words):
            reading = read_role(text, self.words, m.first_word, skip, keys)
            if reading is not None:
                self.readings.append(reading)
        self.by_first = {r.first_word: r for r in self.readings}
        self.by_last = {r.last_word: r for r in self.readings}

    def word_at(self, char: int) -> int:
        """Index of the first word that starts at or after `char`."""
        return bisect.bisect_left(self.starts, char)

    @cached_property
    def _covered(self) -> _Ranges:
        """The other components' candidates as ranges, built when a complement is first read."""
        return _Ranges((c.start, c.end) for c in self.contexts)

    def in_context(self, i: int) -> bool:
        """Does another component's candidate hold word i (from its start)?"""
        start = self.starts[i]
        return self._covered.overlaps(start, start + 1)

    def _word_ok(self, i: int, free: List[int]) -> bool:
        w = self.words[i]
        surface = self.text[w.start : w.end]
        if self.in_context(i):
            return True
        if surface.lower() in CONNECTORS or (w.key in CONNECTORS and w.key != "a"):
            return True
        if surface in ("(", ")"):
            return True
        if not surface[0].isalnum():
            return False
        if surface[0].isupper() and w.key not in _french_stop_words():
            return True
        if w.start in self.blocked or w.key in _french_stop_words() or surface[0].isdigit():
            return False
        free.append(i)
        return len(free) <= MAX_FREE_WORDS

    def complement_after(self, i: int, limit: int, trim: bool = True) -> int:
        """End word (exclusive) of the complement that starts at word i ("de l'OIM en Libye").

        With `trim`, trailing connectors and an unclosed parenthesis are left out (they
        belong to what follows); without it, the walk stops only at a word that cannot
        be part of a complement.
        """
        free: List[int] = []
        j = i
        while j < min(limit, i + MAX_COMPLEMENT_WORDS) and self._word_ok(j, free):
            j += 1
        while (
            trim
            and j > i
            and not self.in_context(j - 1)
            and (self.text[self.words[j - 1].start : self.words[j - 1].end].lower() in CONNECTORS | {"(", ")"})
        ):
            j -= 1
        return j

    def affiliation(self, start: int, end: int, reading: RoleReading) -> Tuple[Optional[str], Optional[str]]:
        """The organisation or country named between `start` and `end` (chars), if any."""
        if reading.affiliation:
            return reading.affiliation, "ORG"
        lo = bisect.bisect_left(self.context_starts, start)
        hi = bisect.bisect_left(self.context_starts, end)
        inside = sorted(
            (
                c
                for c in self.contexts[lo:hi]
                if start <= c.start
                and c.end <= end
                # what overlaps the role itself is the role ("ministre de l'Intérieur" tagged
                # ORG by the base model), except a nationality inside it ("ministre malien des ...")
                and (c.start >= reading.end or (c.label == "NATIONALITY" and c.end <= reading.end))
            ),
            key=lambda c: c.start,
        )
        # the organisation a person works for outranks the country it works in
        for want in (
            lambda c: c.label == "ORG" and not c.from_model and c.norm,
            lambda c: c.label == "ORG" and c.norm,
            lambda c: c.label == "ORG" and not c.from_model,
            lambda c: c.label == "ORG",
            lambda c: c.label in ("COUNTRY", "NATIONALITY") and c.norm,
        ):
            for c in inside:
                if want(c):
                    if c.label == "ORG":
                        return c.norm or _clean(self.text[c.start : c.end]), "ORG"
                    return c.norm, "COUNTRY"
        return None, None


def _role_after(roles: _Roles, mention: Mention, limit: int) -> Optional[Tuple[RoleReading, int]]:
    """Pattern "Amy Pope, directrice générale de l'OIM": the role that follows the name."""
    i = roles.word_at(mention.end)
    n = len(roles.words)
    if i < n and roles.text[roles.words[i].start : roles.words[i].end] in (",", "("):
        i += 1
    leads = 0
    while i < n and i not in roles.by_first and roles.words[i].key in ROLE_LEADS and leads < 3:
        i += 1
        leads += 1
    reading = roles.by_first.get(i)
    if reading is None or reading.start >= limit:
        return None
    return reading, roles.complement_after(reading.last_word, roles.word_at(limit))


def _role_before(roles: _Roles, mention: Mention, floor: int, used: Set[int]) -> Optional[Tuple[RoleReading, int]]:
    """Pattern "le directeur général de l'OIM, Brunson McKinley": the role that precedes the name."""
    j = roles.word_at(mention.lead if mention.lead >= 0 else mention.start)  # words before the name: [.., j)
    if j > 0 and roles.text[roles.words[j - 1].start : roles.words[j - 1].end] in (",", ":"):
        j -= 1
    elif j > 0 and roles.words[j - 1].key in CONNECTORS | PARTICLES:
        return None  # "le directeur de l'Organisation X": the run is the complement, not the name
    candidates = [r for r in roles.readings if r.last_word <= j and r.start >= floor and r.first_word not in used]
    for reading in sorted(candidates, key=lambda r: -r.last_word)[:3]:
        if reading.last_word < j - MAX_COMPLEMENT_WORDS:
            break
        if roles.complement_after(reading.last_word, j, trim=False) == j or reading.last_word == j:
            if all(roles.text[w.start : w.end] not in (",", ";", ".", ":") for w in roles.words[reading.last_word : j]):
                return reading, j
    return None


def attach_roles(text: str, mentions: List[Mention], roles: _Roles) -> None:
    """Give each mention the role and affiliation that stand next to it.

    Only mentions that are already people, or runs of two words or more that a role
    may make people, are considered; the people around a mention bound its window.
    """
    anchors = sorted((m for m in mentions if m.evidence), key=lambda m: m.start)
    anchor_starts = [m.start for m in anchors]
    candidates = sorted((m for m in mentions if m.evidence or m.n_words >= 2), key=lambda m: m.start)
    used: Set[int] = set()

    anchor_ends = sorted(a.end for a in anchors)
    sentences = _Sentences(text)

    def neighbours(m: Mention) -> Tuple[int, int]:
        k = bisect.bisect_right(anchor_ends, m.start)
        floor = anchor_ends[k - 1] if k else 0
        k = bisect.bisect_left(anchor_starts, m.end)
        limit = anchor_starts[k] if k < len(anchor_starts) else len(text)
        return max(floor, sentences.start(m.start)), min(limit, sentences.end(m.end))

    heads = {m.lead if m.lead >= 0 else m.start for m in candidates}

    def announces_next(end_word: int) -> bool:
        """ "X, le porte-parole de l'ONU, Stéphane Dujarric": the role is the next name's."""
        k = end_word
        while k < len(roles.words) and roles.text[roles.words[k].start : roles.words[k].end] in (",", ")"):
            k += 1
        return k < len(roles.words) and roles.words[k].start in heads

    for m in candidates:
        floor, limit = neighbours(m)
        found = _role_after(roles, m, len(text))
        if found is not None and (found[0].start >= limit or announces_next(found[1])):
            found = None
        if found is not None:
            reading, comp_end_word = found
            comp_end_word = min(comp_end_word, roles.word_at(limit))
            used.add(reading.first_word)
            end_char = roles.words[comp_end_word - 1].end if comp_end_word > reading.last_word else reading.end
            _set_role(m, roles, reading, reading.start, end_char)
    for m in candidates:
        if m.role is not None:
            continue
        floor, _ = neighbours(m)
        found = _role_before(roles, m, floor, used)
        if found is not None:
            reading, _ = found
            _set_role(m, roles, reading, reading.start, m.start)


def _set_role(m: Mention, roles: _Roles, reading: RoleReading, start: int, end: int) -> None:
    m.role = reading
    m.affiliation, m.affiliation_label = roles.affiliation(start, end, reading)
    if m.gender is None:
        m.gender = reading.gender
    if m.n_words >= 2 and not m.other_entity:
        m.evidence.add("role")


# The end of a sentence, not the period of an initial or an honorific ("M.", "S. Hopper", "Dr.").
_ABBREVIATIONS = ("MM", "Dr", "Pr", "Mr", "Ms", "Me", "St", "Mme", "Mgr", "Mrs", "Mlle")
# The pattern opens with the set of characters a match starts with, so that the engine
# skips to them at once; the lookbehinds run only after punctuation.
_SENTENCE_END_RE = re.compile(
    r"[.!?;\n](?:(?<=[.!?;])(?<!\b[A-Z][.!?;])"
    + "".join(rf"(?<!\b{a}[.!?;])" for a in _ABBREVIATIONS)
    + r"(?=\s|$)|(?<=\n)\s*\n)"
)


class _Sentences:
    """Sentence bounds of a text, found once (no parser in the pipeline: punctuation rules)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        found = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(text)]
        self.ends = [a for a, _ in found]
        self.after = [b for _, b in found]

    def end(self, pos: int) -> int:
        """Where the sentence that holds `pos` ends (at its punctuation)."""
        k = bisect.bisect_left(self.ends, pos)
        return self.ends[k] if k < len(self.ends) else self.length

    def start(self, pos: int) -> int:
        """Where the sentence that holds `pos` starts (after the previous one's punctuation)."""
        k = bisect.bisect_right(self.after, pos)
        return self.after[k - 1] if k else 0


@lru_cache(maxsize=1)
def _lead_particles_re() -> re.Pattern:
    """One to three particles at the end of a text, with the word before them."""
    forms = sorted(LEAD_PARTICLES_CAPITALISED + LEAD_PARTICLES_LOWER, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, forms))
    return re.compile(r"(?P<before>\S+)[ \t\u00a0]+(?P<particles>(?:(?:" + alternatives + r")[ \t\u00a0]+){1,3})$")


def particles_start(text: str, start: int) -> int:
    """Where a name found at `start` starts once the particles that open its surname
    are counted in ("M. Le Bihan", "Mme da Silva", "le ministre De Croo").

    A particle cannot open a run (at a sentence start "Le" is an article), so it is
    taken in only after an honorific, or after a title when it is not a French
    preposition ("le directeur de Frontex" names no "de Frontex").
    """
    window = text[max(0, start - 60) : start]
    m = _lead_particles_re().search(window)
    if m is None:
        return start
    if not _honorific_re().search(window[: m.start("particles")]):
        if any(p in FRENCH_PARTICLES for p in m.group("particles").split()):
            return start
        key = fold(m.group("before"))
        if key not in role_words() or key in _french_stop_words() or key in CONNECTORS:
            return start
    return start - len(window) + m.start("particles")


# A press release's contact line: the name, then its e-mail ("Shabnam Rahimi,
# rahimi@unhcr.org") or its phone number ("Marc Dubois, +41 79 555 01 23").
# The e-mail may stand on the next line ("Grégoire Lemaire, OIM Haïti\nglemaire@iom.int").
_EMAIL_AFTER_RE = re.compile(
    r"[^@\n]{0,80}?(?:\n[^@\n]{0,40}?)?(?<![\w.+-])(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+"
)
_PHONE_AFTER_RE = re.compile(r"[ \t]*,[ \t]*(?:(?i:t[ée]l)\.?[ \t]*:?[ \t]*)?(?:\+|00|\(?0)\d[\d \t.()/-]{6,}\d")
_CONTACT_CUE_RE = re.compile(
    r"(?i:contacte[rz]?|contacts?|informations|presse|m[ée]dias|porte-parole|courriel|e-?mail)"
)

# Before a contact's name on its line: the line's start or punctuation, never a noun
# ("Contact : association Vitré Solidarités, 06 12 34 56 78" names an organisation).
_CONTACT_LEAD_RE = re.compile(r"(?:^|\n|[:,;–—-])[ \t]*$")


def _contact_line(text: str, end: int, core: Sequence[Token]) -> bool:
    """Is the name that ends at `end` a contact's, with their own e-mail or phone after it?

    The e-mail's local part must hold the surname or the given name ("rahimi@",
    "srahimi@", "shabnam.rahimi@"): a desk's address ("presse@", "iomtripoli@")
    proves nothing. A phone number counts in a contact block ("Pour plus
    d'informations, veuillez contacter"), not anywhere."""
    if not 2 <= len(core) <= 3:
        return False
    m = _EMAIL_AFTER_RE.match(text, end)
    if m is not None:
        local = "".join(c for c in fold(m.group("local")) if c.isalpha())
        keys = ("".join(c for c in fold(t.text) if c.isalpha()) for t in core)
        if any(len(k) >= 3 and k in local for k in keys):
            return True
    if _PHONE_AFTER_RE.match(text, end) and _CONTACT_LEAD_RE.search(text, max(0, core[0].start - 40), core[0].start):
        return bool(_CONTACT_CUE_RE.search(text, max(0, end - 400), end))
    return False


def _only_particles(text: str) -> bool:
    """One to three particles, each followed by a space ("Le ", "van der ")."""
    return bool(text) and _lead_particles_re().fullmatch("x " + text) is not None


def _evidence(
    text: str, tokens: Sequence[Token], i: int, j: int, start: Optional[int] = None
) -> Tuple[Set[str], Optional[str]]:
    """What the words before a run and the run itself say: honorific, given name, credit.

    `start` is where the name starts when particles before the run belong to it."""
    start = tokens[i].start if start is None else start
    found: Set[str] = set()
    honorific = None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, start - 40) : start]
    m = _honorific_re().search(before)
    if m:
        honorific = m.group(1)
        found.add("honorific")
    core = [t for t in tokens[i:j] if t.kind in ("name", "caps")]
    if len(core) >= 2 and is_given_name(core[0].text):
        found.add("first_name")
    if _contact_line(text, tokens[j - 1].end, core):
        found.add("contact")
    m = _SPEECH_RE.search(text[max(0, start - 40) : start])
    if m and len(core) >= 2 and fold(m.group("verb")) in SPEECH_VERBS:
        found.add("speech")
    line_before = text[line_start:start]
    if j - i >= 2 and (
        _CREDIT_SLASH_RE.search(line_before[-40:])
        or _CREDIT_INLINE_RE.search(line_before[-40:])
        or (_CREDIT_LINE_RE.match(line_before) and _CREDIT_END_RE.search(line_before))
    ):
        found.add("credit")
    return found, honorific


def _split_unsupported_line_breaks(
    text: str, tokens: Sequence[Token], runs: List[Tuple[int, int]], model: Sequence[Tuple[int, int]]
) -> List[Tuple[int, int]]:
    """Cut a run at a line break that neither the base model nor the words before it join.

    Scraped pages break names across lines ("Brunson\nMcKinley", which the base model
    reads as one name), but a line also often ends on a name or an acronym that has
    nothing to do with the next line ("l'incendie de Lipa\nSarajevo, 29 décembre",
    "Le Courrier JPDS\nAngelina Jolie Pitt").
    """
    out: List[Tuple[int, int]] = []
    for i, j in runs:
        breaks = [k for k in range(i + 1, j) if "\n" in text[tokens[k - 1].end : tokens[k].start]]
        unjoined = [k for k in breaks if not any(s < tokens[k - 1].end and tokens[k].start < e for s, e in model)]
        if not unjoined or _evidence(text, tokens, i, j)[0]:
            out.append((i, j))
            continue
        bounds = [i, *unjoined, j]
        out.extend(
            (a, b)
            for a, b in zip(bounds, bounds[1:], strict=False)
            if any(t.kind in ("name", "caps") for t in tokens[a:b])
        )
    return out


def find_mentions(
    text: str,
    model_spans: Iterable[Tuple[int, int]] = (),
    contexts: Sequence[Context] = (),
    pos: Optional[Mapping[int, str]] = None,
    boilerplate: Sequence[Tuple[int, int]] = (),
    model_other: Iterable[Tuple[int, int]] = (),
) -> List[Mention]:
    """Person mentions of a text, before roles and resolution.

    `model_spans` are the base model's PER spans and `model_other` its other entities;
    `contexts` the other components' candidates; `pos` maps a word's start offset to its
    part-of-speech tag.
    """
    pos = pos or {}
    rule_contexts = [c for c in contexts if not c.from_model and c.label != "PER"]
    cover = _Cover(rule_contexts)
    page_furniture = _Ranges(boilerplate)
    model = sorted(set(model_spans))
    model_ranges = _Ranges(model)
    model_by_end: Dict[int, List[int]] = {}
    for s, e in model:
        model_by_end.setdefault(e, []).append(s)
    other_cover = _Cover([Context(a, b, "MODEL", None, True) for a, b in model_other])
    tokens = name_tokens(text)
    mentions: List[Mention] = []
    for i, j in _split_unsupported_line_breaks(text, tokens, name_runs(text, tokens, cover), model):
        # a sentence-initial adverb or verb before a name is not part of it
        while j - i > 1 and pos.get(tokens[i].start) in NON_NAME_POS and not is_given_name(tokens[i].text):
            i += 1
        # an acronym before a name is its organisation ("OIM Amy Pope"), unless an
        # honorific shows a surname-first name ("M. DIOP Abdoulaye")
        while (
            j - i > 1
            and tokens[i].kind == "caps"
            and tokens[i + 1].kind == "name"
            and not _honorific_re().search(text[max(0, tokens[i].start - 40) : tokens[i].start])
        ):
            i += 1
        # a demonym the base model folds into a place before a name ("la Costa-Ricaine Laura Thompson")
        while (
            j - i > 2
            and not model_ranges.overlaps(tokens[i].start, tokens[j - 1].end)
            and other_cover.covering(tokens[i].start, tokens[i].end)
            and not is_given_name(tokens[i].text)
            and is_given_name(tokens[i + 1].text)
        ):
            i += 1
        start, end = particles_start(text, tokens[i].start), tokens[j - 1].end
        if start == tokens[i].start:
            # the base model's name may open with particles ("Le Pen a déclaré")
            start = next((s for s in model_by_end.get(end, ()) if _only_particles(text[s:start])), start)
        if page_furniture.overlaps(start, end):
            continue
        if any(c.end - c.start > end - start for c in cover.covering(start, end)):
            continue
        if j < len(tokens) and fold(tokens[j].text) in ORG_NAME_WORDS and tokens[j].text[0].isupper():
            if _gap_ok(text, tokens[j - 1].end, tokens[j].start, start):
                continue  # "Human Rights Watch"
        evidence, honorific = _evidence(text, tokens, i, j, start)
        if model_ranges.overlaps(start, end):
            evidence.add("model")
        other_entity = "model" not in evidence and bool(other_cover.covering(start, end))
        core = [t for t in tokens[i:j] if t.kind in ("name", "caps")]
        only_caps = all(t.kind == "caps" for t in core)
        if only_caps and not evidence & {"honorific", "first_name", "credit"}:
            evidence.discard("model")  # an all-caps heading or an acronym
        if len(core) == 1 and evidence == {"model"}:
            before = text[max(0, start - 12) : start]
            if pos.get(core[0].start) in SINGLE_WORD_NON_NAME_POS or _PLACE_PREPOSITION_RE.search(before):
                evidence = {DOUBTFUL}  # kept only if a role stands next to it ("le président Macron")
        if "honorific" not in evidence and _NAMED_AFTER_RE.search(text[max(0, start - 40) : start]):
            evidence.clear()
        if evidence <= {"model", DOUBTFUL} and _DATELINE_AFTER_RE.match(text[end : end + 40]):
            evidence.clear()
        surface = text[start:end]
        if evidence <= {"model", DOUBTFUL} and is_town_name(surface):
            evidence.clear()  # "Kigali a rejeté", "notamment Beni Mellal": a place, unless a known name
        gender = honorifics().get(honorific) if honorific else None
        lead = text.rfind(honorific, max(0, start - 40), start) if honorific else -1
        mentions.append(
            Mention(
                start,
                end,
                surface,
                name_keys(surface),
                evidence,
                honorific=honorific,
                gender=gender,
                lead=lead,
                other_entity=other_entity,
            )
        )
    return mentions


def _link_known(mentions: List[Mention]) -> None:
    """Runs with no evidence of their own that repeat a known person's surname ("Swing")."""
    by_surname: Dict[str, List[Set[str]]] = {}
    for m in mentions:
        if m.evidence and m.n_words >= 2:
            by_surname.setdefault(m.keys[-1], []).append(set(m.keys))
    for m in mentions:
        if m.evidence or not m.keys:
            continue
        if any(set(m.keys) <= full for full in by_surname.get(m.keys[-1], ())):
            m.evidence.add("known")


def _compatible(short: Mention, full: Mention) -> bool:
    if short.n_words == 0 or short.n_words > full.n_words:
        return False
    if not set(short.keys) <= set(full.keys):
        return False
    return not (short.gender and full.gender and short.gender != full.gender)


def _fullest(mentions: Sequence[Mention]) -> Mention:
    return max(mentions, key=lambda m: (m.n_words, not m.text.isupper(), len(m.text), -m.start))


def resolve(mentions: List[Mention]) -> List[Person]:
    """Group mentions into people; every mention's norm is its person's fullest name."""
    ordered = sorted(mentions, key=lambda m: m.start)
    heads: List[Mention] = []  # one representative (fullest so far) per person
    members: List[List[Mention]] = []
    # longest names first, so every short form finds the people it may belong to
    for m in sorted(ordered, key=lambda m: (-m.n_words, m.start)):
        fits = [p for p, head in enumerate(heads) if _compatible(m, head)]
        if len(fits) > 1:
            same_gender = [p for p in fits if m.gender and heads[p].gender == m.gender]
            fits = same_gender if len(same_gender) == 1 else fits
        if len(fits) > 1:
            # two people share this name: the nearest full mention before it decides
            latest = [(max((x.start for x in members[p] if x.start < m.start), default=-1), p) for p in fits]
            when, who = max(latest)
            fits = [who] if when >= 0 else []
        if len(fits) == 1:
            members[fits[0]].append(m)
        else:
            heads.append(m)
            members.append([m])
    people: List[Person] = []
    for group in sorted(members, key=lambda g: min(x.start for x in g)):
        group.sort(key=lambda x: x.start)
        norm = _clean(_fullest(group).text)
        person = Person(norm, group)
        for m in group:
            m.norm = norm
            if person.role is None and m.role is not None:
                person.role, person.role_norm = m.role.text, m.role.norm
                person.affiliation, person.affiliation_label = m.affiliation, m.affiliation_label
        if person.affiliation is None:
            hit = next((m for m in group if m.affiliation), None)
            if hit is not None:
                person.affiliation, person.affiliation_label = hit.affiliation, hit.affiliation_label
        people.append(person)
    return people


def _take_surname_particles(text: str, m: Mention) -> None:
    """A short form spans the particles of the fullest name's surname when the text
    has them before it: "Le Pen" (Marine Le Pen), "da Silva" (Maria da Silva)."""
    full = (m.norm or "").split()
    own = [fold(w) for w in text[m.start : m.end].split()]
    for p in range(1, len(full) - len(own) + 1):
        if [fold(w) for w in full[p : p + len(own)]] != own:
            continue
        q = p
        while q > 0 and p - q < 3 and fold(full[q - 1]) in LEAD_PARTICLES_FOLDED:
            q -= 1
        if q == p or q == 0:
            return  # no particle, or the particles start the name (no given name)
        gap = r"[ \t\u00a0]+"
        pattern = "".join(re.escape(w) + gap for w in full[q:p])
        found = re.search(r"(?<![^\W\d_])" + pattern + r"$", text[max(0, m.start - 40) : m.start], re.IGNORECASE)
        if found is not None:
            m.start -= len(found.group())
            m.text = text[m.start : m.end]
        return


def analyse(
    text: str,
    model_spans: Iterable[Tuple[int, int]] = (),
    contexts: Sequence[Context] = (),
    pos: Optional[Mapping[int, str]] = None,
    boilerplate: Sequence[Tuple[int, int]] = (),
    verbs: Optional[Iterable[int]] = None,
    model_other: Iterable[Tuple[int, int]] = (),
    word_list: Optional[List[Word]] = None,
) -> Tuple[List[Mention], List[Person]]:
    """Accepted person mentions (with norms) and the people they name, in text order.

    `verbs` are the start offsets of verbs and auxiliaries (read from `pos` when not given);
    `word_list` is `words(text)` when the caller already has it.
    """
    pos = pos or {}
    mentions = find_mentions(text, model_spans, contexts, pos, boilerplate, model_other)
    if verbs is None:
        verbs = (s for s, tag in pos.items() if tag in ("VERB", "AUX"))
    blocked = frozenset(verbs)
    roles = _Roles(text, contexts, blocked, word_list)
    attach_roles(text, mentions, roles)
    for m in mentions:
        if DOUBTFUL in m.evidence:
            m.evidence = {"model"} if m.role is not None else set()
    _link_known(mentions)
    accepted = [m for m in mentions if m.evidence]
    people = resolve(accepted)
    for m in accepted:
        _take_surname_particles(text, m)
    return sorted(accepted, key=lambda m: m.start), people
