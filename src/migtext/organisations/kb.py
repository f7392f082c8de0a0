"""Organisations: the curated table, its phrase index and the context rules for acronyms.

`data/organisations.csv` lists each organisation once with its French, English and
Spanish names and acronyms.  Its `id` is the `ORG` norm: the English acronym the UN
system uses ("IOM", "UNHCR", "ECLAC") where there is one, otherwise a stable lowercase
slug of the name ("cimade", "le-monde", "fr-conseil-d-etat"; see data/SOURCES.md).

Matching runs on folded words (migtext.core.text), so accents, apostrophes, hyphens and line
breaks do not matter; case does: acronyms match only in capitals ("CAN", never "can"),
short names only with the capitals of the table ("Le Monde", not "le monde").  A few
acronyms are ambiguous in French news ("CAN" is also the Africa Cup of Nations, "PAM"
a Moroccan party, "AI" artificial intelligence): `decide_acronym` reads the context.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from migtext.core.data import read_text, read_word_list
from migtext.core.errors import DataError
from migtext.core.lexicon import first_names
from migtext.core.text import PhraseIndex, PhraseMatch, Word, fold, phrase_key, strip_article, words

DATA_FILE = "organisations.csv"
TYPES = frozenset({"un_entity", "igo", "eu_body", "ngo", "media", "government", "party", "other"})
_ID_RE = re.compile(r"^(?:[A-Z][A-Z0-9-]*|[a-z][a-z0-9-]*)$")
_COLUMNS = (
    "id", "type", "parent", "qid", "acronyms_fr", "name_fr", "acronyms_en", "name_en",
    "acronyms_es", "name_es", "aliases", "country",
)  # fmt: skip

@lru_cache(maxsize=1)
def vessels() -> FrozenSet[str]:
    """Folded names of NGO rescue ships ("Geo Barents"): no organisation (vessels.txt)."""
    return read_word_list("vessels.txt", fold)


@lru_cache(maxsize=1)
def products() -> re.Pattern:
    """Apps named after their organisation ("CBP One"), matched on folded text (products.txt)."""
    names = sorted(read_word_list("products.txt", fold), key=len, reverse=True)
    return re.compile("|".join(re.escape(name) + r"(?![\w-])" for name in names))


# Capitalised words that are not organisations in French news, whatever the base model
# says: diseases, common abbreviations, data tools, countries written as acronyms.
NOT_ORGANISATIONS = frozenset(
    """COVID COVID-19 SARS SIDA VIH HIV ONG ONGs NGO NGOs PIB PNB DTM USA US UK RDC RCA EAU UAE
    URSS ODD OMD SDG SDGs PMA PDI IDP IDPs MNA OQTF CRA CADA HUDA AME RSA PME TVA PDG CEO ADN
    SMS GPS PDF HTML URL FAQ TV RFID QR UTC GMT AFP-ONU NB PS PS: OK USD EUR FCFA CFA KM PK
    ETAT ÉTAT ETATS ÉTATS NATIONS UNIES""".split()
)

# Table forms that are ambiguous or are common French words: kept as attributes, never
# matched on their own (an in-text definition can still link them).
UNINDEXED_FORMS = frozenset(
    """UN AU EU EC EP WB CoE CoR OMI CEA CDH CEDH CEI CESE OMD PMA CRS CEPA OMA TEDH BASD
    DPO SEM CRI MdM FRA IS FAR""".split()
)


@dataclass(frozen=True)
class Organisation:
    """One row of the table."""

    id: str
    type: str
    parent: Optional[str]
    qid: Optional[str]
    acronyms_fr: Tuple[str, ...]
    name_fr: str
    acronyms_en: Tuple[str, ...]
    name_en: str
    acronyms_es: Tuple[str, ...]
    name_es: str
    aliases: Tuple[str, ...]
    country: Optional[str] = None  # ISO alpha-3 of a national body (a ministry, a coast guard, a party)

    @property
    def norm(self) -> str:
        return self.id

    @property
    def acronyms(self) -> Tuple[str, ...]:
        return tuple(dict.fromkeys(self.acronyms_fr + self.acronyms_en + self.acronyms_es))

    @property
    def names(self) -> Tuple[str, ...]:
        return tuple(n for n in dict.fromkeys((self.name_fr, self.name_en, self.name_es)) if n)

    def attrs(self) -> Dict[str, object]:
        """The span attributes the contract names (plain values only)."""
        return {
            "acronym_fr": self.acronyms_fr[0] if self.acronyms_fr else None,
            "name_fr": self.name_fr,
            "name_en": self.name_en,
            "qid": self.qid,
            "type": self.type,
            "parent": self.parent,
            "country": self.country,
        }


@dataclass(frozen=True)
class Form:
    """A name or acronym of an organisation as indexed: how it must be written to match."""

    org_id: str
    text: str
    canonical: bool  # the French, English or Spanish name (method "exact")
    acronym: bool


@dataclass(frozen=True)
class OrgMatch:
    """A table hit in a text: offsets into the text as given."""

    start: int
    end: int
    org: Organisation
    form: Form

    @property
    def method(self) -> str:
        return "exact" if self.form.canonical else "alias"


def _split(value: str) -> Tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def is_acronym(form: str) -> bool:
    """ "OIM", "CEE-ONU", "eu-LISA", "UpM": one token with two capitals or more."""
    if " " in form.strip():
        return False
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and sum(1 for c in letters if c.isupper()) >= 2


def _variants(name: str) -> List[str]:
    """Other ways news write a UN name: "de l'ONU" for "des Nations unies"."""
    out = [name]
    for pattern, repl in (
        (r"\bdes Nations[ -][Uu]nies\b", "de l'ONU"),
        (r"\bde l'Organisation des Nations[ -][Uu]nies\b", "de l'ONU"),
    ):
        if re.search(pattern, name):
            out.append(re.sub(pattern, repl, name))
    return out


@lru_cache(maxsize=1)
def load_organisations() -> Tuple[Organisation, ...]:
    """The table, validated: unknown types, parents, bad ids or missing names are errors."""
    raw = read_text(DATA_FILE)
    reader = csv.DictReader(raw.splitlines())
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise DataError(f"{DATA_FILE} has columns {reader.fieldnames}, expected {list(_COLUMNS)}")
    orgs: List[Organisation] = []
    seen: Dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataError(f"{DATA_FILE} line {line}: wrong number of fields: {row}")
        org = Organisation(
            id=row["id"].strip(),
            type=row["type"].strip(),
            parent=row["parent"].strip() or None,
            qid=row["qid"].strip() or None,
            acronyms_fr=_split(row["acronyms_fr"]),
            name_fr=row["name_fr"].strip(),
            acronyms_en=_split(row["acronyms_en"]),
            name_en=row["name_en"].strip(),
            acronyms_es=_split(row["acronyms_es"]),
            name_es=row["name_es"].strip(),
            aliases=_split(row["aliases"]),
            country=row["country"].strip() or None,
        )
        if not _ID_RE.match(org.id):
            raise DataError(f"{DATA_FILE} line {line}: id {org.id!r} is neither an acronym nor a slug")
        if org.id in seen:
            raise DataError(f"{DATA_FILE} line {line}: id {org.id!r} already used on line {seen[org.id]}")
        if org.type not in TYPES:
            raise DataError(f"{DATA_FILE} line {line}: type {org.type!r} not one of {sorted(TYPES)}")
        if not org.name_fr or not org.name_en:
            raise DataError(f"{DATA_FILE} line {line}: {org.id} needs a French and an English name")
        if org.country and not (org.country.isupper() and len(org.country) == 3):
            raise DataError(f"{DATA_FILE} line {line}: {org.id} has a bad ISO alpha-3 country {org.country!r}")
        if org.qid and not re.match(r"^Q\d+$", org.qid):
            raise DataError(f"{DATA_FILE} line {line}: {org.id} has a bad Wikidata id {org.qid!r}")
        seen[org.id] = line
        orgs.append(org)
    for org in orgs:
        if org.parent and org.parent not in seen:
            raise DataError(f"{DATA_FILE}: {org.id} has unknown parent {org.parent!r}")
    return tuple(orgs)


@lru_cache(maxsize=1)
def _by_id() -> Dict[str, Organisation]:
    return {org.id: org for org in load_organisations()}


def get(org_id: str) -> Organisation:
    """The organisation with this id (KeyError names the id)."""
    try:
        return _by_id()[org_id]
    except KeyError:
        raise KeyError(f"no organisation with id {org_id!r} in {DATA_FILE}") from None


def title_case(acronym: str) -> Optional[str]:
    """ "Onu" for "ONU": how some papers write an acronym they pronounce as a word; None for
    acronyms too short to be read so ("UE"), with digits or signs, or ambiguous in the
    table (a context rule reads them in capitals; only its main reading has a title form)."""
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return None
    return acronym.capitalize()


def is_title_case_acronym(form: Form) -> bool:
    """A form like "Onu", "Unhcr": an acronym written as a proper noun."""
    return form.acronym and form.text[:1].isupper() and form.text[1:].isalpha() and form.text[1:].islower()


def forms(org: Organisation) -> List[Form]:
    """Every indexed form of an organisation (names, their variants, acronyms, aliases)."""
    out: Dict[str, Form] = {}
    for name in org.names:
        for variant in _variants(name):
            out.setdefault(variant, Form(org.id, variant, variant == name, is_acronym(variant)))
    for text in org.acronyms + org.aliases:
        for variant in _variants(text):
            out.setdefault(variant, Form(org.id, variant, False, is_acronym(variant)))
    for acronym in org.acronyms:
        title = title_case(acronym)
        rule = CONTEXT_RULES.get(acronym)
        if title is None or acronym in UNINDEXED_FORMS or (rule is not None and rule.org_id != org.id):
            continue
        if fold(title) not in first_names():  # "Pam", "Ali": a given name, not the acronym
            out.setdefault(title, Form(org.id, title, False, True))
    return [f for f in out.values() if f.text not in UNINDEXED_FORMS]


def _case_rule(form: Form) -> str:
    if form.acronym and form.text.upper() == form.text:
        return "upper"
    if is_title_case_acronym(form):
        return "capitalized"  # _shape_ok asks for the form exactly as written
    if form.acronym:
        return "any"  # "eu-LISA", "UpM": _shape_ok asks for their capitals
    if len(phrase_key(form.text)) <= 3 and not form.text[:1].islower():
        return "capitalized"
    return "any"  # long names, and forms the table writes in lower case ("gouvernement canarien"): _shape_ok


@lru_cache(maxsize=1)
def organisation_index() -> PhraseIndex:
    """Every form of every organisation; a form that two organisations share is an error."""
    index = PhraseIndex()
    owners: Dict[Tuple[str, ...], str] = {}
    for org in load_organisations():
        for form in forms(org):
            key = phrase_key(form.text)
            rule = CONTEXT_RULES.get(form.text.upper() if form.acronym else form.text)
            if rule is not None and org.id == rule.other_id:
                continue  # the context rule reads it as this organisation when the cues say so
            if owners.get(key, org.id) != org.id:
                raise DataError(
                    f"{DATA_FILE}: {form.text!r} is a form of both {owners[key]} and {org.id}; "
                    "keep it on one row or list it in UNINDEXED_FORMS"
                )
            owners[key] = org.id
            index.add(form.text, form, case=_case_rule(form))
    return index


@lru_cache(maxsize=1)
def _forms_by_key() -> Dict[Tuple[str, ...], Tuple[Form, ...]]:
    """Every form, indexed or not, by its folded words: for in-text definitions."""
    out: Dict[Tuple[str, ...], List[Form]] = {}
    for org in load_organisations():
        for name in org.names + org.aliases + org.acronyms:
            for variant in _variants(name):
                form = Form(org.id, variant, variant in org.names, is_acronym(variant))
                out.setdefault(phrase_key(variant), []).append(form)
    return {k: tuple(v) for k, v in out.items()}


def lookup(phrase: str) -> Optional[Organisation]:
    """The organisation one of whose forms is exactly `phrase` (articles and case aside)."""
    _, bare = strip_article(phrase.strip())
    found = {f.org_id for f in _forms_by_key().get(phrase_key(bare), ())}
    if len(found) == 1:
        return get(found.pop())
    return None


@cache
def _written_capitals(form_text: str) -> Tuple[bool, ...]:
    """Whether each word of a form starts with a capital in the table (once per form)."""
    return tuple(form_text[w.start].isupper() for w in words(form_text))


def _shape_ok(form: Form, text: str, match: PhraseMatch, ws: Sequence[Word]) -> bool:
    """Case the index cannot check: every capital of a short name, two capitals of an acronym."""
    if is_title_case_acronym(form):
        return match.text == form.text
    if form.acronym:
        return sum(1 for c in match.text if c.isupper()) >= 2
    written = _written_capitals(form.text)
    if len(written) > 3:
        return True
    seen = ws[match.first_word : match.last_word]  # the words of match.text, as `words` splits it
    if len(seen) != len(written):
        return True
    return all(text[w.start].isupper() or not capital for w, capital in zip(seen, written, strict=True))


def _glued_to_compound(text: str, start: int, end: int) -> bool:
    """An acronym that is part of a longer hyphenated code ("AP-HP", "UA-2", "UE/2016"); a
    slash between two names is a byline's or a credit's ("Le Figaro/AFP", "OIM/Jane Doe")."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return bool(re.match(r"^(?:-\w|/\d)", after)) or bool(re.match(r"^(?:\w-|\d/)$", before))


_ARTICLE_NAME_RE = re.compile(r"^(?:l['’`´]|le |la |les )", re.IGNORECASE)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() or bool(re.search(r"[.!?:»\"]\s*$", before))


# An article before an acronym written as a word: "l'Onu", "le Hcr", "du Pnud".
_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:[LlDd]['’`´]|(?:[Ll][ea]|[Ll]es|[Dd]u|[Dd]es|[Aa]ux?)[ \t\u00a0]+))$")


def _name_ok(form: Form, text: str, start: int, end: int) -> bool:
    """Where a match must not be taken although its words and case fit."""
    if _glued_to_compound(text, start, end) and (form.acronym or text[end : end + 1] == "-"):
        return False  # "AP-HP"; "La Croix" of "La Croix-Rouge" (but "Le Figaro/AFP" is a byline)
    if is_title_case_acronym(form) and not _ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start):
        return False  # "Onu" alone may be a word or a name; "l'Onu" is the organisation
    body = _ARTICLE_NAME_RE.sub("", form.text)
    if body != form.text and body[:1].islower() and _at_sentence_start(text, start):
        return False  # "L'essentiel est de ..." opens a sentence; the newspaper is "selon L'essentiel"
    return True


def find_organisations(text: str, word_list: Optional[Sequence[Word]] = None) -> List[OrgMatch]:
    """Table organisations in `text`: at each word the longest fitting form, left to right.

    A leading article stays outside the span ("la Cimade" -> "Cimade") except in the
    names of newspapers ("Le Monde").
    """
    index = organisation_index()
    ws = words(text, fold(text)) if word_list is None else word_list
    out: List[OrgMatch] = []
    last_end = -1
    for m in index.iter_matches(text, ws, overlapping=True):
        if m.start < last_end:
            continue
        good = [f for f in m.payloads if _shape_ok(f, text, m, ws) and _name_ok(f, text, m.start, m.end)]
        if not good:
            continue
        form = good[0]
        org = get(form.org_id)
        start = m.start
        if org.type != "media":
            skip, rest = strip_article(m.text)
            if skip and rest and lookup_key_exists(rest):
                start += skip
        out.append(OrgMatch(start, m.end, org, form))
        last_end = m.end
    return out


def lookup_key_exists(phrase: str) -> bool:
    """Whether the phrase without its article is still a form of the table."""
    return phrase_key(phrase) in _forms_by_key()


# ---------------------------------------------------------------- ambiguous acronyms


@dataclass(frozen=True)
class ContextRule:
    """How to read an ambiguous acronym: cues for and against the table's reading."""

    acronym: str
    org_id: str
    needs_evidence: bool  # False: the table's reading unless a cue says otherwise
    other_is_organisation: bool  # the other reading is an organisation too (a party), not a word or an event
    for_cues: FrozenSet[str]
    against_cues: FrozenSet[str]
    other_id: Optional[str] = None  # the table's organisation for the other reading, if it has one


def _cues(text: str) -> FrozenSet[str]:
    return frozenset(fold(c.strip()) for c in text.split("|") if c.strip())


CONTEXT_RULES: Dict[str, ContextRule] = {
    rule.acronym: rule
    for rule in (
        ContextRule(
            # in French news "la CAN" is most often the Africa Cup of Nations: the Andean
            # Community needs a cue (the Andes, a member state, a list of organisations)
            "CAN", "CAN", True, False,
            _cues("andin|andine|andins|andines|Bolivie|Colombie|Equateur|Pérou|Lima|Communauté andine|Comunidad"),
            _cues("football|foot|match|matchs|coupe|finale|demi-finale|quart de finale|buts|stade|tournoi|"
                  "supporters|sélection|sélectionneur|Lions|Éléphants|Aigles|Pharaons|Fennecs|Super Eagles|"
                  "Coupe d'Afrique|ballon|joueur|joueurs|équipe|CAF"),
        ),
        ContextRule(
            "UA", "AU", False, False,
            _cues("Afrique|africain|africaine|africains|Addis-Abeba|sommet|Commission de l'UA|Union africaine"),
            _cues("unité astronomique|unités astronomiques|astronome|astronomie|Ukraine"),
        ),
        ContextRule(
            "PAM", "WFP", False, True,
            _cues("alimentaire|alimentaires|faim|nourriture|vivres|rations|famine|Programme alimentaire mondial"),
            _cues("parti|partis|Authenticité et modernité|élections|législatives|député|députés|scrutin|"
                  "gouvernement Akhannouch|majorité gouvernementale|Istiqlal|RNI"),
        ),
        ContextRule(
            "AI", "amnesty-international", True, False,
            _cues("Amnesty|Amnesty International"),
            _cues("intelligence artificielle|algorithme|algorithmes|ChatGPT|numérique|générative|robot|"
                  "logiciel|technologie|technologies|OpenAI"),
        ),
        ContextRule(
            "HCR", "UNHCR", False, True,
            _cues("réfugiés|réfugié|asile|Haut-Commissariat|Nations unies|ONU|déplacés|apatrides"),
            _cues("Haut Conseil|Haut-Conseil|Haute Cour|HCR-PT"),
        ),
        ContextRule(
            "RSF", "RSF", False, True,
            _cues("Soudan|soudanais|soudanaise|paramilitaire|paramilitaires|Darfour|Khartoum|El-Fasher|Hemedti|"
                  "Dagalo|armée|combats|milice|Forces de soutien rapide"),
            _cues("journaliste|journalistes|presse|liberté de la presse|médias|classement mondial|"
                  "Reporters sans frontières|reporters"),
            "RWB",
        ),
        ContextRule(
            "BM", "WB", True, False,
            _cues("Banque mondiale|FMI|prêt|prêts|financement|dollars|développement|PNUD|OCDE"),
            _cues(""),
        ),
    )
}  # fmt: skip


@cache
def _cue_pattern(cues: FrozenSet[str]) -> Optional[re.Pattern[str]]:
    """One compiled pattern for a set of folded cue words (longest first)."""
    if not cues:
        return None
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?![\w])")


def cue_hits(folded_text: str, cues: FrozenSet[str], start: int = 0, end: Optional[int] = None) -> int:
    """How many different cues occur in folded_text[start:end]."""
    pattern = _cue_pattern(cues)
    if pattern is None:
        return 0
    end = len(folded_text) if end is None else end
    if not any(folded_text.find(cue, start, end) != -1 for cue in cues):
        return 0  # most texts hold none of the cues: a substring test each costs less than a scan
    return len({m.group(0) for m in pattern.finditer(folded_text, start, end)})


def decide_acronym(
    acronym: str,
    folded_text: str,
    start: int,
    end: int,
    near_organisations: int = 0,
    window: int = 300,
    document_support: Optional[int] = None,
) -> Tuple[bool, float]:
    """Read an ambiguous acronym: (is it the table's organisation?, confidence).

    Evidence: cue words near the mention and anywhere in the document, and other
    organisations listed next to it ("l'OIT, le PNUD, la CAN"). Cues against the
    table's reading count only near the mention. Without evidence, the table's reading
    stands unless the rule needs evidence (AI, BM). `document_support` is the number of
    supporting cues in the whole document, when the caller has counted it already.
    """
    rule = CONTEXT_RULES.get(acronym)
    if rule is None:
        return True, 0.9
    lo, hi = max(0, start - window), min(len(folded_text), end + window)
    against = cue_hits(folded_text, rule.against_cues, lo, hi)
    near_support = cue_hits(folded_text, rule.for_cues, lo, hi) + 2 * near_organisations
    if against and near_support <= against:
        return False, 0.0
    if document_support is None:
        document_support = cue_hits(folded_text, rule.for_cues)
    support = near_support + document_support
    if rule.needs_evidence and support == 0:
        return False, 0.0
    return True, min(0.9, 0.6 + 0.1 * support)
