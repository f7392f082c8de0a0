"""Names: which runs of capitalised words in a text are people (step 1 of three).

Runs of capitalised words (with particles "de", "van", "ben", "al-" ...) are person
names when something says so: the base model, an honorific ("M.", "Mme"), a listed
given name, a photo credit ("OIM/Jane DOE"), a speech verb after a quotation ("»,
raconte Farrukh Rahimov") or a role in apposition.  Runs that are organisations, places,
datelines, headings, verbs or menu words are not.  Pure Python over the text and the
other components' candidates, so every rule is testable without spaCy; roles come next
(`affiliations`), then who is who (`resolution`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Dict, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Set, Tuple

from migtext.core.lexicon import first_names
from migtext.core.text import Ranges, fold, words
from migtext.core.wordforms import is_common_word
from migtext.countries import places
from migtext.page.structure import PAGE_ACTIONS
from migtext.people.roles import RoleReading, honorifics, portfolio_index, role_index, role_words
from migtext.people.tokens import CAPITAL_PARTICLES, ORG_NAME_WORDS, PARTICLES, Token, french_stop_words, name_tokens

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
    r"(?:^|[\s,»\"”])(?:a\s+|avait\s+|ont\s+)?(?P<verb>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"(?:[ \t\u00a0]+(?:\n[ \t]*)?|\n[ \t]*)$"
)
# A news agency's dateline: "Benghazi (AFP) –" names a city.
_DATELINE_AFTER_RE = re.compile(
    r"^\s*(?:,\s*\w+\s*)?\((?:AFP|Reuters|AP|ANSA|APS|MAP|Xinhua|EFE|dpa|IPS|ONU Info|MENA|Belga|ATS)\)"
    r"|^,\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre)\b"
)
# Part-of-speech tags that a name's first word does not carry (when the caller knows them).
NON_NAME_POS = frozenset({"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "NUM", "INTJ", "PUNCT"})
# Words that may link a role to the name or stand in its complement without being one
# of the things the complement names ("de l'OIM en Libye", "auprès de l'UE").
CONNECTORS = frozenset(
    "de d du des la le les l un une à au aux en pour sur contre entre chez auprès près chargé chargée charge "
    "chargee et dans "
    "par intérim interim adjoint adjointe pays région regional régional régionale bureau".split()
)
MAX_NAME_TOKENS = 7
# A single word the base model alone calls a person is a place when it names a town this large.
TOWN_MIN_POPULATION = 100_000


class Context(NamedTuple):
    """Another component's candidate: what a name cannot be, and what an affiliation is.

    `migtext.core.candidates.Candidate` has these fields too: the component passes candidates."""

    start: int
    end: int
    label: str
    norm: Optional[str]
    from_model: bool = False


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
# What follows a witness's first name: their age or who they are ("Farid, 19 ans", "Abdelrahman,
# un Soudanais de 24 ans", "Aminata, mère de trois enfants").
_WITNESS_AFTER_RE = re.compile(
    r",[ \t]+(?:\d{1,3}[ \t]+ans\b|(?:un|une)[ \t]+[A-ZÀ-Þa-zà-ÿ][\w-]+|(?:mère|père|jeune|étudiante?)\b)"
)
# Single words the base model calls PER but whose tag says otherwise ("Salle de presse").
SINGLE_WORD_NON_NAME_POS = NON_NAME_POS | {"NOUN", "ADJ"}

# Photo credits: "OIM/Jane DOE", "© UNHCR/Olga Sarrado", "Crédit photo : Nations unies / Eskinder Debebe".
# A byline: "Par" opening a line, the name, then a dash, a bar, a comma, "et" or the line's end.
_BYLINE_RE = re.compile(r"^[ \t]*(?:Par|PAR|par)[ \t]+$")
_BYLINE_END_RE = re.compile(r"[ \t]*(?:[–—|,(-]|et\s|\n|$)")
_CREDIT_SLASH_RE = re.compile(r"[A-Z][A-Za-z]+\s*/\s*$")
_CREDIT_LINE_RE = re.compile(r"^\s*(?:©|(?i:photos?|crédits?|credits?|source)\b)")
_CREDIT_END_RE = re.compile(r"(?:[/:©]|(?i:photos?))\s*$")
_CREDIT_INLINE_RE = re.compile(r"(?:^|[\s(\[])(?:©|(?i:photos?|crédits?(?:\s+photos?)?))\s*:?[ \t]*$")


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


_ACTION_CHARS = 12  # the longest page action word ("télécharger") and a little more


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
    if fold(text[start : start + _ACTION_CHARS].split(" ", 1)[0]).strip(":") in PAGE_ACTIONS:
        return False  # "Par Julie Vandenberghe⏎Publié le 4 décembre": the page's next line, not a surname
    line_start = text.rfind("\n", 0, run_start) + 1
    return bool(text[line_start:run_start].strip())


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
        # "M. Le Maire": a title after a capitalised particle and an honorific is a surname
        surname_title = _title_surname(text, tokens, i) and bool(
            _honorific_re().search(text[max(0, tokens[i - 1].start - 40) : tokens[i - 1].start])
        )
        if tok.kind not in ("name", "caps", "initial") and not surname_title:
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
            if k >= n or (tokens[k].kind not in ("name", "caps", "initial") and not _title_surname(text, tokens, k)):
                break
            if k > j and tokens[k].kind not in ("name", "title"):
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
        if j > i and (surname_title or any(t.kind in ("name", "caps") for t in tokens[i:j])):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _merged_with_neighbour(text: str, span: Context, start: int, cover: _Cover) -> bool:
    """A base-model span that runs from another entity into the name: "à Madagascar Natacha
    Randria" read as one LOC. The part before the name is a rule candidate of its own."""
    if span.start >= start:
        return False
    before = cover.first(span.start, span.start + 1)
    return before is not None and before.start <= span.start and not text[before.end : start].strip()


def _title_surname(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A title word right after a capitalised particle ("Bruno Le Maire"): part of a surname."""
    if tokens[k].kind != "title" or k == 0:
        return False
    particle = tokens[k - 1]
    return particle.kind == "particle" and particle.text[:1].isupper() and text[particle.end : tokens[k].start] == " "


# A title's complement ends on one of these right before a name: "le ministre de l'Intérieur
# Gérald Darmanin", "la secrétaire d'État chargée de la Citoyenneté Sonia Backès".
_LINK_BEFORE_RE = re.compile(
    r"(?:\b(?:de|du|des|aux|au|à|pour|sur)[ \t\u00a0]+(?:la[ \t\u00a0]+|les[ \t\u00a0]+)?"
    r"|\b(?:de[ \t\u00a0]+|à[ \t\u00a0]+)?l['’`]|\bd['’`])$"
)
# Words that may stand between a title and the link of its complement: "le ministre
# *italien* de", "la directrice *régionale adjointe* pour", "chargée de".
_TITLE_QUALIFIER_RE = re.compile(r"(?:[ \t\u00a0]+[a-zà-ÿ][a-zà-ÿ'’-]*){0,3}[ \t\u00a0]*$")
_SENTENCE_CUT_RE = re.compile(r"[.!?;:«»\n]")
MAX_COMPLEMENT_TOKENS = 3


def _title_before(text: str) -> bool:
    """Does `text` end with a title and at most three lower-case qualifiers ("le ministre italien")?"""
    cut = max((m.end() for m in _SENTENCE_CUT_RE.finditer(text)), default=0)
    window = text[cut:]
    last = None
    for match in role_index().iter_matches(window, words(window)):
        last = match
    return last is not None and _TITLE_QUALIFIER_RE.fullmatch(window, last.end) is not None


def complement_end(text: str, tokens: Sequence[Token], i: int, j: int) -> int:
    """Where the name starts in a run [i, j) that opens with a title's complement.

    After "de l'", "du", "chargée de la"..., a portfolio is never part of a name ("de la
    Santé Agnès Buzyn"); after a title and such a link, a place or a body is not either,
    when a given name follows it ("le maire de Lampedusa Filippo Mannino") or when it is a
    listed place ("le gouverneur du Texas Greg Abbott"). The run is kept whole otherwise:
    "le fils de Mahamat Idriss Déby" names no title.
    """
    if j - i < 2:
        return i
    first = tokens[i]
    before = text[max(0, first.start - 80) : first.start]
    link = _LINK_BEFORE_RE.search(before)
    if link is None:
        return i
    for k in range(min(j - 1, i + MAX_COMPLEMENT_TOKENS), i, -1):
        if portfolio_index().get(text[first.start : tokens[k - 1].end]):
            return k
    if is_given_name(first.text) or not _title_before(before[: link.start()]):
        return i
    for k in range(i + 1, min(j - 1, i + MAX_COMPLEMENT_TOKENS + 1)):
        if is_given_name(tokens[k].text):
            return k
    for k in range(min(j - 2, i + MAX_COMPLEMENT_TOKENS), i, -1):  # "le gouverneur du Texas Greg Abbott"
        form = places.lookup(text[first.start : tokens[k - 1].end])
        if form is not None and form.form != "alternate":
            return k
    return i


def name_keys(name: str) -> Tuple[str, ...]:
    """Folded words of a name without particles: "Ursula von der Leyen" -> ("ursula", "leyen")."""
    return tuple(w.key for w in words(name) if w.key not in PARTICLES and w.key.isalnum() and len(w.key) > 1)


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
        if key not in role_words() or key in french_stop_words() or key in CONNECTORS:
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
    spoken = m is not None and fold(m.group("verb")) in SPEECH_VERBS
    if spoken and len(core) >= 2:
        found.add("speech")
    if len(core) == 1 and _WITNESS_AFTER_RE.match(text, tokens[j - 1].end) and (spoken or is_given_name(core[0].text)):
        # a witness named by a first name: "Farid, 19 ans, né à Ispahan", "raconte Abdelrahman, un Soudanais"
        found.add("speech" if spoken else "first_name")
    line_before = text[line_start:start]
    if j - i >= 2 and _BYLINE_RE.match(line_before) and _BYLINE_END_RE.match(text, tokens[j - 1].end):
        found.add("credit")  # a byline: "Par Aliou Ndiaye – 20/04/2026", "Par Eleni Papadaki | Publié le"
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


# What stands before a sentence's first word: nothing, a line break, a full stop, a colon,
# an opening quote or bracket, a dash.
_OPENS_SENTENCE_RE = re.compile(r"(?:^|[\n.!?:;«\"“(—–-])[ \t\u00a0]*$")


def _may_open_sentence(text: str, token: Token) -> bool:
    """Can this capitalised word be something other than a name: a sentence's first word
    that the dictionary lists ("Hier", "Selon", "Accompagnée")?  French capitalises nothing
    else mid-sentence but names, and a word no dictionary lists is no adverb or verb, so
    the tagger is asked about these words only."""
    return bool(_OPENS_SENTENCE_RE.search(text, max(0, token.start - 12), token.start)) and is_common_word(token.text)


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
    page_furniture = Ranges(boilerplate)
    model = sorted(set(model_spans))
    model_ranges = Ranges(model)
    model_by_end: Dict[int, List[int]] = {}
    for s, e in model:
        model_by_end.setdefault(e, []).append(s)
    other_cover = _Cover([Context(a, b, "MODEL", None, True) for a, b in model_other])
    tokens = name_tokens(text)
    mentions: List[Mention] = []
    runs = _split_unsupported_line_breaks(text, tokens, name_runs(text, tokens, cover), model)
    prefetch = getattr(pos, "prefetch", None)
    if prefetch is not None:  # a tagger that runs on demand: the words asked about below, at once
        prefetch([tokens[i].start for i, j in runs if j - i > 1 and _may_open_sentence(text, tokens[i])])
    for i, j in runs:
        # a sentence-initial adverb or verb before a name is not part of it
        while (
            j - i > 1
            and _may_open_sentence(text, tokens[i])
            and not is_given_name(tokens[i].text)
            and pos.get(tokens[i].start) in NON_NAME_POS
        ):
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
        # a title's complement before the name ("le ministre de l'Intérieur Gérald Darmanin")
        after_title = complement_end(text, tokens, i, j)
        # the base model often reads the complement and the name as one ORG or MISC span
        model_slip = after_title > i
        i = after_title
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
            # ("de Melilla" after "Ceuta et" is a place's "de", lowercase, with no name before it)
            start = next((s for s in model_by_end.get(end, ()) if _only_particles(text[s:start])
                          and (text[s].isupper() or _title_before(text[max(0, s - 40) : s]))), start)
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
        other_entity = (
            "model" not in evidence
            and not model_slip
            and any(not _merged_with_neighbour(text, c, start, cover) for c in other_cover.covering(start, end))
        )
        core = [t for t in tokens[i:j] if t.kind in ("name", "caps")]
        only_caps = all(t.kind == "caps" for t in core)
        if only_caps and not evidence & {"honorific", "first_name", "credit"}:
            evidence.discard("model")  # an all-caps heading or an acronym
        if evidence == {"model"}:
            before = text[max(0, start - 12) : start]
            if (
                len(core) == 1
                and (
                    is_common_word(core[0].text) and pos.get(core[0].start) in SINGLE_WORD_NON_NAME_POS
                    or _PLACE_PREPOSITION_RE.search(before)
                )
                or len(core) > 1 and places.after_place_words(text, start)
            ):
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
