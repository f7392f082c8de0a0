"""Words for name finding: tokens, their kind (name, caps, initial, particle, title, other)
and the word lists that decide it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Iterable, List, NamedTuple

from spacy.lang.fr.stop_words import STOP_WORDS

from migtext.core.text import APOSTROPHES, DASHES, fold
from migtext.people.roles import honorifics, role_index, role_words

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
ligue parti mouvement rassemblement alliance coalition syndicat confédération fédération collectif réseau
observatoire secrétariat délégation ambassade préfecture mairie
""".split()
)
# Capitalised particles that are also French stop words: inside a name they are part of
# it ("Marine Le Pen", "Khadija Ait Lahcen", "Carlos De Souza"), never at its start.
CAPITAL_PARTICLES = frozenset("le la de du des da di del do dos das ait".split())
# Imperatives with a pronoun ("Engagez-vous", "Rejoignez-nous") are menu words, not names.
_IMPERATIVE_SUFFIXES = tuple(f"-{p}" for p in ("vous", "nous", "moi", "toi", "lui", "leur"))

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


class Token(NamedTuple):
    """A word for name finding: kind is name, caps, initial, particle, title or other.

    A `title` is a capitalised word of the role lexicon ("Président", "Maire"): never a
    name on its own, but a surname after a capitalised particle ("Bruno Le Maire").

    A named tuple rather than a frozen dataclass: every word of the text is one, and
    tuples are cheaper to build."""

    start: int
    end: int
    text: str
    kind: str


@lru_cache(maxsize=1)
def french_stop_words() -> FrozenSet[str]:
    return frozenset(fold(w) for w in STOP_WORDS)


# spaCy's French stop words hold the second half of "aujourd'hui", never a word of its own:
# capitalised, it is a given name ("Hui Ling Tan").
_NOT_STOP_WORDS = frozenset({"hui"})


@lru_cache(maxsize=1)
def _stop_words() -> FrozenSet[str]:
    """Folded words that never start or continue a name."""
    return (french_stop_words() - _NOT_STOP_WORDS) | NON_NAME_WORDS | ORG_NAME_WORDS


@lru_cache(maxsize=4096)
def _is_role_form(key: str) -> bool:
    return bool(role_index().get(key))


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
        if key in _stop_words() or key.endswith(_IMPERATIVE_SUFFIXES):
            return "other"
        if key in role_words() or ("-" in key and _is_role_form(key)):  # "Haut-Commissaire", "Vice-Président"
            return "other" if word.isupper() else "title"
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


def squash_spaces(text: str) -> str:
    """The text with every run of whitespace (line breaks too) as one space."""
    return " ".join(text.split())
