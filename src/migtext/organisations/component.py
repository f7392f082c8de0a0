"""ORG mentions: the organisations table, in-text acronym definitions, context, base model.

Four sources, most trusted first: names and acronyms of `data/organisations.csv`
(ambiguous acronyms read in context); acronyms the document defines itself ("Office
national de l'emploi (ONEM)": every ONEM of the document gets that reading); unknown
acronyms listed among known organisations ("l'OID, la CEPALC, l'OIM"); ministries by a
small grammar; last, the base model's ORG spans that do not look like menus, headings or
sentence fragments.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Dict, List, Optional, Sequence, Set, Tuple

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import CoverMask, add_candidate, doc_folded, doc_text, doc_words, get_candidates
from migtext.core.lexicon import is_first_name
from migtext.core.regexes import compile_skipping
from migtext.core.text import at_line_start, fold, phrase_key, plus_glued, strip_article, words
from migtext.core.wordforms import is_common_word
from migtext.countries import places
from migtext.organisations.acronyms import Definition, find_definitions, is_title_case_short
from migtext.organisations.kb import (
    CONTEXT_RULES,
    NOT_ORGANISATIONS,
    Organisation,
    OrgMatch,
    cue_hits,
    decide_acronym,
    find_organisations,
    get,
    is_title_case_acronym,
    lookup,
    organisation_index,
    products,
    vessels,
)
from migtext.page.structure import NAVIGATION_PHRASES, site_names

# First words (folded) of a long form that names an organisation.
ORG_HEADS = frozenset(
    """organisation organization organisme office bureau agence agency fonds fund programme program
    commission comite committee conseil council union communaute community federation association
    alliance banque bank institut institute centre center secretariat haut haute commissariat ministere
    ministry departement department direction autorite authority cour court tribunal parlement assemblee
    ligue league reseau network forum fondation foundation service services mission observatoire
    syndicat parti mouvement front confederation coalition collectif plateforme groupe group societe
    corps police gendarmerie garde marine armee force forces universite ecole caisse agenzia secretaria
    entite instance haute-commissariat haut-commissariat cellule unite brigade""".split()
)
# Heads that name a country's one body by themselves: "le Parlement a adopté la loi".
_ONE_OF_A_KIND = frozenset({"parlement", "assemblee"})
# First words of what is not an organisation even when written with capitals.
NOT_ORG_HEADS = frozenset(
    """convention pacte protocole declaration traite accord accords reglement directive charte loi
    code decret journee semaine annee sommet conference dialogue reunion fin coupe championnat
    matrice rapport plan strategie objectif objectifs agenda processus operation republique royaume
    etats etat communique communiques""".split()
)
# Titles of people, which the base model sometimes tags ORG ("le Haut-Commissaire").
_TITLES = frozenset(
    """haut-commissaire commissaire directeur directrice president presidente ministre secretaire
    porte-parole ambassadeur ambassadrice representant representante envoye envoyee rapporteur
    rapporteuse coordonnateur coordinatrice chef general generale""".split()
)
_FUNCTION_WORDS = frozenset("de du des la le les l d et a au aux en pour par sur avec ou un une".split())
_LIST_GAP_RE = re.compile(r"^[\s,;]*(?:(?:et|ou|ainsi que)\s+)?(?:(?:l'|le|la|les|du|de la|de l'|des|d')\s*)?$")
_GLUED_RE = re.compile(r"[a-zà-ÿ]{2,}[A-ZÀ-Ý][a-zà-ÿ]")
# The patterns that scan a whole text open with the character (or word) a match starts
# with, and check what comes before it in a look-behind placed after it: a pattern that
# opens with a look-behind or a "\b" makes Python's engine try every position of the text,
# one that opens with a character class or a literal lets it skip straight to the next
# candidate (the same matches, found three to twenty times faster).
_CAPS_WORD_RE = re.compile(r"[A-ZÀ-Ý](?<![\w-][A-ZÀ-Ý])[A-ZÀ-Ý0-9]{1,7}(?![\w-])")
# "des Maliens de l'extérieur", "des Marocains résidant à l'étranger": a state's nationals abroad.
_ABROAD = (
    r"\s+(?:(?:r[ée]sidant|r[ée]sidents|vivant|[ée]tablis)\s+)?(?:de|[àa]|hors\s+de)\s+l['’`]\s*"
    r"(?:ext[ée]rieur|[ée]tranger)\b"
)
# "de l'Intérieur", "des Affaires étrangères", "du Travail, de l'Emploi et de l'Insertion". The
# portfolio's adjective is no verb of the sentence that shares its ending: "le ministère de
# l'Intérieur rappelle que", "indique", "signale", "considère" (a verb then "que" neither).
_NOT_PORTFOLIO_ADJECTIVE = (
    r"(?!(?:r?appelle|interpelle|renouvelle|indique|explique|communique|critique|applique|signale|r[ée]v[èe]le"
    r"|revendique|implique|r[ée]plique|pratique|complique"
    r"|consid[èe]re|esp[èe]re|g[èe]re|op[èe]re|lib[èe]re|tol[èe]re|acc[ée]l[èe]re|r[ée]it[èe]re|coop[èe]re"
    r"|pr[ée]f[èe]re|d[ée]lib[èe]re)\b)"
    r"(?![a-zà-ÿ]+\s+(?:que|qu['’`]))"
    # nor a participle with its complement: "les données du ministère de l'Intérieur citées par la Cour"
    r"(?![a-zà-ÿ]+[ée]e?s?\s+(?:par|le|la|les|en|au|aux|à|dans|ce|cette|hier|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)\b)"
)
# A portfolio named by an action takes its object in lowercase: "de la Gestion des urgences",
# "de la Lutte contre la traite"; "des Travailleurs migrants" (the Philippines' ministry).
_PORTFOLIO_OBJECT = (
    r"|(?:(?<=Gestion)|(?<=Lutte)|(?<=Promotion)|(?<=Protection)|(?<=Prévention)|(?<=Réduction)|(?<=Insertion))"
    r"\s+(?:des|de\s+la|de\s+l['’`]|du|contre\s+la"
    r"|contre\s+les|contre\s+l['’`])\s*[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]+(?:ée|ées|elle|elles|ale|ales|aux))?"
    r"|\s+migrants?\b"
)
_MINISTRY_TAIL = (
    r"\s+(?:chargée?\s+)?(?:de\s+la|de\s+l['’`]|des|du|de)\s*[A-ZÀ-Ý][\w-]*"
    r"(?:\s+" + _NOT_PORTFOLIO_ADJECTIVE
    + r"[a-zà-ÿ]+(?:ères|ère|ale|ales|aux|ique|iques|ée|ées|elle|elles|aire|aires|ieures|ieure|ieurs|ieur|aine|aines)\b"
    + _PORTFOLIO_OBJECT
    + r"|" + _ABROAD + r"|\s*(?:,|\bet\b)\s*(?:de\s+la|de\s+l['’`]|des|du|de)\s*[A-ZÀ-Ý][\w-]*)*"
)
# "ministère de l'Intérieur", "ministère fédéral de l'Intérieur"
_MINISTRY_RE = re.compile(r"[Mm](?<!\w[Mm])inist[èe]re(?:\s+f[ée]d[ée]ral)?" + _MINISTRY_TAIL)
_MINISTRY_TAIL_RE = re.compile(_MINISTRY_TAIL)
# An institution named by its kind and a nationality adjective: "garde-côtes libyens",
# "police pakistanaise", "ministère espagnol de l'Intérieur" (not "gouvernement malien",
# which names the state: the adjective alone is the mention).
_INSTITUTION_RE = re.compile(
    r"\b(?:[Gg]ardes?[- ]c[ôo]tes|[Gg]arde[- ]c[ôo]ti[èe]re|[Gg]ardes?[- ]fronti[èe]res|[Pp]olice|[Gg]endarmerie"
    r"|[Mm]arine"
    r"|[Dd]ouanes?|[Gg]arde nationale|[Mm]inist[èe]re(?: f[ée]d[ée]ral)?|Croix-Rouge|Croissant-Rouge"
    r"|[Dd]éfense civile|[Pp]rotection civile)\s+$"
)
_DEFINED_HERE = 0.96  # an acronym the document defines, unknown to the table: above its other aliases (0.95)
# Institutions named by kind and place: "Banque du Cap-Vert", "préfecture de Mayotte".
_PLACE_BODY_RE = re.compile(
    r"\b(?:Banque centrale|Banque nationale|Banque|[Uu]niversité nationale|[Uu]niversité|(?:[Ss]ous-)?[Pp]réfecture"
    # "le parquet de Boulogne-sur-Mer", "la Croix-Rouge de Bihać" (a local branch)
    r"|[Pp]arquet|Croix-Rouge|Croissant-Rouge"
    # a local government's assembly: "le conseil départemental de la Creuse", "le conseil municipal de Koufra"
    r"|[Cc]onseil\s+(?:départemental|régional|municipal|général|provincial|communal|territorial)"
    # "l'Administration régionale intérimaire du Tigré", "l'administration militaire régionale de Donetsk"
    r"|[Aa]dministration(?:\s+(?:régionale|provinciale|militaire|intérimaire|locale|départementale|civile)){1,3})"
    r"\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|des\s+|de\s+|d['’`]\s*)"
    # "la préfecture de la région Île-de-France", "la préfecture du département du Nord"
    r"(?:(?:région|département|province|wilaya|gouvernorat)\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|des\s+|de\s+|d['’`]\s*)?)?$"
)
# A name that opens with such a body's kind: "Préfecture des Pyrénées-Orientales" read as one place.
_PLACE_BODY_START_RE = re.compile(
    r"(?:(?:[Ss]ous-)?[Pp]réfecture|[Cc]onseil\s+(?:départemental|régional|municipal|général|provincial|communal"
    r"|territorial))\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|des\s+|de\s+|d['’`]\s*)[A-ZÀ-Ý]"
)
# Where a "préfecture" is the state's office in a province (France and its overseas lands, Italy's
# "prefettura"); elsewhere (the Central African Republic, Morocco, Guinea, Japan) it is an area,
# marked by its name
_PREFECTURE_OFFICES = frozenset("FRA GUF MYT REU GLP MTQ NCL PYF SPM WLF BLM MAF ATF ITA".split())
# every match of _PLACE_BODY_RE holds one
_PLACE_BODY_HEADS = ("Banque", "niversité", "réfecture", "dministration", "arquet", "-Rouge", "onseil")
# A university by its name, which French typography writes in lower case: "l'université de
# Strasbourg", "l'Université libre de Bruxelles", "université Paris-Saclay", "Université
# d'Addis-Abeba". The name is one to three capitalised words (hyphens and numbers inside).
_NAME_WORD = r"[A-ZÀ-Ý][\w'’`]*(?:-[\w'’`]+)*"
_UNIVERSITY_RE = compile_skipping(
    r"\b[Uu]niversit[ée](?:\s+(?:nationale|libre|catholique|américaine|fédérale|publique|populaire|islamique"
    r"|d['’`]\s*[ÉE]tat))?"
    r"(?:\s+(?:de\s+la|de\s+l['’`]|du|des|de|d['’`])\s*|\s+)"
    + _NAME_WORD + r"(?:\s+(?:\d{1,2}\s+)?" + _NAME_WORD + r"){0,2}"
)
# State bodies named by kind, scope and field: "Service national des migrations",
# "Délégation interministérielle à l'hébergement et à l'accès au logement", "Comité
# national de lutte contre la traite des personnes", "Direction générale des Maliens de
# l'extérieur". The field is lower-case words after links (or nationals abroad).
_BODY_SCOPE = (
    r"(?:nationale?|f[ée]d[ée]rale?|g[ée]n[ée]rale?|interminist[ée]rielle?|sup[ée]rieure?|centrale?|permanente?"
    r"|consultatif|consultative)"
)
_NATIONAL_BODY_RE = compile_skipping(
    r"\b(?:Service|Office|Institut|Agence|Direction|Commission|Secrétariat|Commissariat|Département|Autorité"
    r"|Superintendance|Surintendance"
    r"|Bureau|Centre|Observatoire|Conseil|Comité|Instance|Délégation|Inspection|Cellule|Mission|Haute\s+Autorité"
    r"|Haut\s+Conseil)\s+" + _BODY_SCOPE + r"(?:\s+et\s+" + _BODY_SCOPE + r")?"
    r"(?:\s+(?:de\s+la|de\s+l['’`]|des|du|de|d['’`]|pour\s+la|pour\s+les|pour\s+le|pour\s+l['’`]|aux|au"
    r"|chargée?\s+de\s+la|chargée?\s+de\s+l['’`]|chargée?\s+des|chargée?\s+du|chargée?\s+de"
    r"|à\s+la|à\s+l['’`]|contre\s+la|contre\s+le|contre\s+les|et\s+de\s+la|et\s+de\s+l['’`]|et\s+des|et\s+du"
    r"|et\s+de|et\s+à\s+la|et\s+à\s+l['’`]|et\s+au|et\s+aux)\s*"
    r"(?!(?:qui|que|a|est|sont|ont|selon|dans)\b)[a-zà-ÿ][\w-]+"
    # the field's adjective: "Direction générale de la protection civile", "… de la sécurité sociale"
    r"(?:\s+(?:civile|civiles|sociale|sociales|publique|publiques|humanitaire|humanitaires|nationale|nationales"
    r"|internationale|internationales|territoriale|territoriales|maritime|maritimes))?"
    r"|\s+des\s+[A-ZÀ-Ý][\w-]+" + _ABROAD + r"){1,7}"
)
# A parliament's committee: "la commission des affaires étrangères du Sénat", "la
# commission LIBE du Parlement européen" (the committee is one organisation, the chamber in it).
_COMMITTEE_RE = compile_skipping(
    r"\b[Cc]ommission(?:\s+(?:des|de\s+la|du|de)\s+|\s+(?:de\s+l|d)['’`]\s*|\s+(?=[A-Z]{2,}\b))"
    r"(?:[a-zà-ÿ][\w'’`-]*|[A-Z]{2,})(?:(?:\s*,)?\s+(?!commission\b)[a-zà-ÿ][\w'’`-]*){0,9}?"
    r"\s+(?:du|de\s+la|de\s+l['’`])\s*"
    r"(?:Sénat|Assemblée\s+nationale|Parlement(?:\s+européen)?|Chambre\s+des\s+(?:députés|représentants|communes"
    r"|lords|Lords|Communes)|Congrès(?:\s+américain)?|Bundestag|Knesset|Chambre\s+haute|Chambre\s+basse)\b"
)
# An organisation's or a state's representation, capitalised as a name: "la Délégation de
# l'Union européenne au Niger", "la Mission permanente du Mali auprès des Nations unies".
_REPRESENTATION_RE = compile_skipping(
    r"\b(?:Délégation|Représentation|Mission\s+permanente|Ambassade)\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|des\s+"
    r"|de\s+|d['’`]\s*)"
)
_REPRESENTATION_SEAT_RE = re.compile(
    r"\s+(?:auprès\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|des\s+|de\s+|d['’`]\s*)|(?:au|aux|en|à)\s+)"
)
# An organisation named after its kind, in lower case: "l'association Tremplin Exil", "le
# collectif Sans Papiers 75", "l'ONG Alarm Phone" (the name is the mention, not the kind).
_KIND_NAMED_RE = compile_skipping(
    r"\b(?:association|ONG|collectif|fondation|coopérative|syndicat|fédération|plateforme|organisation"
    r"|(?P<armed>milices?))\s+"
    # "l'ONG allemande Sea-Eye", "l'association humanitaire Utopia 56": an adjective or two between
    r"(?:(?!(?:de|du|des|d|pour|qui|que|a|et|en|dans|sur|avec|le|la|les|l|par|au|aux|est|sont|ont)\b)[a-zà-ÿ]+\s+){0,2}"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des|sans|pour|et|la|le|les)\s+)?[A-ZÀ-Ý0-9][\w'’-]*){0,4})"
)
# A page title's category tags: "SOCIETE- MIGRATIONS- ...", "INTERNATIONAL - AFRIQUE - ...".
_CATEGORY_TAGS_RE = re.compile(r"(?:[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’]+)*[ \t]*[-–—](?=[ \t]))+")
# Courts and assemblies every state has: an ORG without a norm.
_STATE_BODY_RE = compile_skipping(
    r"\b(?:Cour constitutionnelle|Conseil constitutionnel|Cour suprême|Cour de cassation|Conseil d['’`][ÉE]tat"
    r"|Assemblée nationale|Sénat|Haute Cour|Tribunal administratif|Cour d['’`]appel|Cour des comptes"
    r"|Conseil des ministres|Conseil fédéral|Conseil des États)\b"
)
# An acronym a figure is credited to: "(source : CONASUR)", "Source : PRMN" (who publishes figures).
_SOURCE_ACRONYM_RE = re.compile(r"[Ss](?<![\w][Ss])ources?\s*:\s*([A-Z][A-Z0-9]{2,9})(?![\w-])")
# A news agency in brackets after a dateline's date: "Agadez, 6 mai 2025 (ANP) –", "Berlin, 3 juin (dpa) –".
_DATELINE_AGENCY_RE = re.compile(
    r"(?m)(?:^|(?<=[\";]))[^\n(\";]{3,60}?\b(?:(?:1er|\d{1,2})\s+[a-zéû]{3,9}\.?(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})"
    r"\s*\((?P<agency>[A-Z]{2,6}|[a-z]{2,4})\)\s*[-–—]"
)
_DATELINE_AGENCY_REACH = 3000  # a page's head, where its dateline is
# A body named in English, its kind last: "Ghana Refugee Board", "Nigeria Immigration Service",
# "l'Asylum Seeker Resource Centre". Its first word is no French article or preposition
# ("Le Service", "En Italie Centre").
_ENGLISH_BODY_KINDS = ("Board", "Council", "Commission", "Service", "Agency", "Authority", "Committee", "Secretariat",
                       "Department", "Office", "Ministry", "Force", "Society", "Foundation", "Institute", "Trust",
                       "Network", "Alliance", "Coalition", "Centre", "Center", "Project", "Initiative")  # fmt: skip
_ENGLISH_BODY_RE = re.compile(
    r"(?<![\w-])(?!(?:Le|La|Les|L|Un|Une|Des|Du|De|D|Ce|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Au|Aux|En|Dans"
    r"|Selon|Pour|Par|Sur|Avec|Depuis|Après|Avant|À|Et|Mais|Ou|Où|Il|Elle|Ils|Elles|On|Nous|Vous|Chez|Vers|Entre"
    r"|Sans|Sous|Contre)\b)"
    r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,4}"
    r"[ \t]+(?:" + "|".join(_ENGLISH_BODY_KINDS) + r")\b"
)
# A ministry or government named in its own Romance language, its kind first: "Ministero dell'Interno",
# "Ministerio del Interior" (a release's issuer, a page's footer). Not "Gobierno de …", which may name its head.
ROMANCE_BODY_KINDS = ("Ministero", "Ministerio", "Ministério", "Dipartimento", "Departamento", "Direzione",
                      "Dirección", "Prefettura", "Questura")
_ROMANCE_BODY_RE = re.compile(
    r"\b(?:" + "|".join(ROMANCE_BODY_KINDS) + r")"
    r"[ \t]+(?:dell['’]|della|delle|degli|dei|del|de[ \t]+la|de[ \t]+los|de|di|do|da|dos|das)"
    r"[ \t]*[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)*"
)
_ROMANCE_BODY_HEADS = ("Minist", "Dipart", "Depart", "Dire", "Prefet", "Quest")
# A national guard named without its country, which the story gives: "la garde nationale a
# intercepté" (Tunisia's), as lower case as a common noun but one body.
_NATIONAL_GUARD_RE = re.compile(r"[Gg](?<=(?:\bla|\bLa) [Gg])arde nationale\b")
# Courts named by kind and seat: "tribunal du travail de Bruxelles", "cour d'appel de Douai",
# "Cour de Strasbourg". A lower-case "tribunal" or "cour" needs its kind ("administratif",
# "d'appel") or, for "tribunal", its seat: "la cour de l'Élysée" is a courtyard and "le
# tribunal" alone names no court.
_COURT_KIND = (
    r"(?:\s+(?:administratif|administrative|judiciaire|correctionnel|civil|pénal|fédéral|cantonal|régional"
    r"|supérieur|militaire|d['’`]appel|d['’`]assises|d['’`]instance|de\s+grande\s+instance"
    r"|de\s+première\s+instance|du\s+travail|de\s+commerce|de\s+police|pour\s+enfants|des\s+référés))"
)
_COURT_SEAT = r"\s+(?:de\s+la\s+|de\s+l['’`]\s*|du\s+|de\s+|d['’`]\s*)[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?"
_COURT_RE = compile_skipping(
    r"\b(?:(?:[Tt]ribunal|[Cc]our|[Cc]onseil\s+de\s+prud['’`]hommes)" + _COURT_KIND + "+"
    + r"|[Tt]ribunal|Cour)" + _COURT_SEAT
)
# A minister's portfolio is part of a role, not an organisation: "la ministre québécoise de
# l'Immigration", "ministre délégué chargé de l'Europe" (the ministry is "ministère de ...").
_MINISTER_OF_RE = re.compile(
    r"[Mm]inistres?(?:\s+(?!de\b|des\b|du\b)[a-zà-ÿ-]+){0,3}\s+(?:de\s+la\s+|de\s+l['’`]\s*|des\s+|du\s+|de\s+|à\s+la\s+|à\s+l['’`]\s*|aux\s+|au\s+)$"
)
# Short names of UN organs that other bodies share: read as the UN's only in a UN context.
_UN_ORGAN_SHORT_FORMS = frozenset({"Assemblée générale", "Conseil de sécurité", "Conseil des droits de l'homme"})
_NOT_UN_COMPLEMENT_RE = re.compile(
    r"^\s*(?:(?:nationale?|populaire|ordinaire|constitutive|intérieure?)\b"
    r"|(?:(?:de\s+la|des|du|de)\s+|(?:de\s+l|d)['’`]\s*)(?!Nations|ONU\b|Organisation des Nations)\w)"
)
# "l'Assemblée" alone, after the General Assembly was named: the same organ.
_ASSEMBLY_RE = re.compile(
    r"Assemblée(?<=[\s'’`]Assemblée)\b(?!\s+(?i:générale|nationale|populaire|législative|constituante|parlementaire"
    r"|plénière|fédérale|régionale|mondiale|annuelle|ordinaire|extraordinaire|des|de|du|d['’`])\b)"
)
# Acronyms written with full stops in older texts: "O.N.U.", "O.I.M."
_DOTTED_RE = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,5}(?![\w])")
_EMPTY_ATTRS = {"acronym_fr": None, "name_fr": None, "name_en": None, "qid": None, "type": None, "parent": None}


def looks_like_organisation(long_form: str) -> bool:
    """Whether a defined long form names an organisation ("Office national de l'emploi")."""
    ws = [w for w in words(long_form) if w.key.isalnum()]
    if len(ws) < 2:
        return False
    first = ws[0].key
    if first in NOT_ORG_HEADS:
        return False
    if first in ORG_HEADS:
        return True
    content = [long_form[w.start : w.end] for w in ws if w.key not in _FUNCTION_WORDS]
    return all(c[:1].isupper() for c in content)


def _named_by_initials(text: str, d: Definition) -> bool:
    """A long form written as a name, its acronym made of its content words' initials:
    "du Regroupement des organismes en hébergement pour personnes migrantes (ROHPM)"."""
    if not d.long[:1].isupper() or _at_sentence_start(text, d.long_start):
        return False
    ws = [w for w in words(d.long) if w.key.isalnum()]
    if not ws or ws[0].key in NOT_ORG_HEADS:
        return False
    initials = "".join(w.key[0] for w in ws if w.key not in _FUNCTION_WORDS)
    return len(initials) >= 3 and initials == fold(d.short).replace("-", "")


_LEADING_ARTICLE_RE = re.compile(r"\b(?:[LlDd]['’`]|[Ll]es?|[Ll]a|[Dd]u|[Dd]es|[Uu]ne?)$")


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a line or a sentence (where every word takes a capital)."""
    before = text[max(0, pos - 40) : pos].rstrip(" \t")
    before = _LEADING_ARTICLE_RE.sub("", before).rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in ".!?:«\"-–—"


def _same_organisation(long_form: str, org: Organisation) -> bool:
    """A long form written differently from the table but naming the same organisation."""
    folded = fold(long_form)
    return any(fuzz.token_set_ratio(folded, fold(name)) >= 85 for name in org.names + org.aliases if " " in name)


class OrganisationRecognizer:
    """Proposes ORG candidates; the resolver picks among them and the other labels'."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        organisation_index()  # build the indexes once, at load time
        lookup("OIM")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        folded = doc_folded(doc)
        ws = doc_words(doc)
        matches = find_organisations(text, ws)
        definitions = find_definitions(text, ORG_HEADS)
        of_places = _of_places(text, definitions, get_candidates(doc)) if definitions else []
        links, vetoed, long_forms, defined = self._read_definitions(
            text, [d for d in definitions if d not in of_places], matches
        )
        vetoed.update(d.short for d in of_places)
        taken = CoverMask(len(text))  # what this component has proposed or ruled out
        document_support: Dict[str, int] = {}

        def propose(start: int, end: int, org: Optional[Organisation], method: str, score: float, attrs=None):
            if taken.overlaps(start, end):
                return
            taken.add(start, end)
            values = dict(org.attrs()) if org is not None else dict(_EMPTY_ATTRS)
            values.update(attrs or {})
            add_candidate(
                doc, start, end, "ORG", org.norm if org else None,
                method=method, score=score, source=self.name, attrs=values,
            )  # fmt: skip

        self._institutions(doc, text, propose)  # before the table: "Croix-Rouge libyenne" over "Croix-Rouge"
        self._bodies_holding_names(doc, text, matches, propose)  # "commission des lois du Sénat"
        mentions = sorted([(m.start, m.end) for m in matches] + [(s, e) for s, e, _ in long_forms])
        for m in matches:
            surface = text[m.start : m.end]
            if is_title_case_acronym(m.form):
                surface = surface.upper()  # "le Hcr" is read as "le HCR"
            if m.form.acronym and surface in vetoed:
                continue
            if m.form.acronym and plus_glued(text, m.start, m.end):
                continue  # "l'UE+": a statistical area, not the body
            if products().match(folded, m.start):
                taken.add(m.start, m.end)  # "l'application CBP One": an app, nor the base model's ORG
                continue
            if m.form.acronym and surface in links:
                org, long_form = links[surface]
                attrs = {"acronym_fr": surface, "name_fr": long_form} if org is None else None
                propose(m.start, m.end, org, "definition", 0.9, attrs)
                continue
            if m.form.acronym and surface in CONTEXT_RULES:
                rule = CONTEXT_RULES[surface]
                if rule.org_id != m.org.id:
                    continue
                if m.start in defined.get(surface, ()):
                    propose(m.start, m.end, m.org, "definition", 0.9)  # "Amnesty International (AI)"
                    continue
                # a definition earlier in the document counts as much as a listed neighbour
                after_definition = any(start < m.start for start in defined.get(surface, ()))
                near = _listed_neighbours(folded, mentions, m.start, m.end) + (1 if after_definition else 0)
                if surface not in document_support:
                    document_support[surface] = cue_hits(folded, rule.for_cues)
                accepted, score = decide_acronym(
                    surface, folded, m.start, m.end, near, document_support=document_support[surface]
                )
                if accepted:
                    propose(m.start, m.end, m.org, "context", score)
                elif rule.other_is_organisation:
                    other = get(rule.other_id) if rule.other_id else None
                    propose(m.start, m.end, other, "context", 0.6, None if other else {"acronym_fr": surface})
                else:
                    taken.add(m.start, m.end)  # "la CAN" of football: not the base model's ORG either
                continue
            if m.form.text in _UN_ORGAN_SHORT_FORMS and not _un_organ_here(text, folded, m.end):
                continue
            propose(m.start, m.end, m.org, m.method, 0.95 if m.method == "exact" else 0.9)

        for m in _DOTTED_RE.finditer(text):
            letters = m.group(0).replace(".", "")
            org = lookup(letters) if _indexed(letters) and letters not in CONTEXT_RULES else None
            if org is not None:
                propose(m.start(), m.end(), org, "alias", 0.85)
        for start, end, (org, long_form) in long_forms:
            propose(start, end, org, "definition", 0.85, None if org else {"name_fr": long_form})
        self._defined_acronyms(text, links, propose)
        self._listed_acronyms(doc, text, folded, mentions, vetoed, taken, propose)
        self._named_after_kind(doc, text, propose)
        self._site_names(text, propose)
        for m in _MINISTRY_RE.finditer(text):
            start = m.start() - 5 if text[max(0, m.start() - 5) : m.start()].lower() == "vice-" else m.start()
            propose(start, m.end(), None, "grammar", 0.75, {"name_fr": text[start : m.end()], "type": "government"})
        for m in _NATIONAL_BODY_RE.finditer(text):
            propose(m.start(), m.end(), None, "grammar", 0.7, {"name_fr": m.group(0), "type": "government"})
        for m in _COURT_RE.finditer(text):
            propose(m.start(), m.end(), None, "grammar", 0.75, {"name_fr": m.group(0), "type": "government"})
        for m in _STATE_BODY_RE.finditer(text):
            propose(m.start(), m.end(), None, "alias", 0.8, {"name_fr": m.group(0), "type": "government"})
        for m in _NATIONAL_GUARD_RE.finditer(text) if "arde nationale" in text else ():
            propose(m.start(), m.end(), None, "grammar", 0.75, {"name_fr": m.group(0), "type": "government"})
        for m in _ENGLISH_BODY_RE.finditer(text) if any(kind in text for kind in _ENGLISH_BODY_KINDS) else ():
            org = lookup(m.group(0))
            propose(m.start(), m.end(), org, "grammar", 0.7, None if org else {"name_fr": m.group(0)})
        for m in _ROMANCE_BODY_RE.finditer(text) if any(head in text for head in _ROMANCE_BODY_HEADS) else ():
            propose(m.start(), m.end(), None, "grammar", 0.75, {"name_fr": m.group(0), "type": "government"})
        for m in _SOURCE_ACRONYM_RE.finditer(text) if "ource" in text else ():
            org = lookup(m.group(1))
            propose(m.start(1), m.end(1), org, "grammar", 0.7, None if org else {"acronym_fr": m.group(1)})
        for agency in {m.group("agency") for m in _DATELINE_AGENCY_RE.finditer(text, 0, _DATELINE_AGENCY_REACH)
                       } if "(" in text else ():
            # the agency of the dateline, wherever the page names it again ("a indiqué à l'ANP", "ANP/IM")
            org = lookup(agency)
            attrs = None if org else {"acronym_fr": agency, "type": "media"}
            for m in re.finditer(rf"(?<![\w-]){re.escape(agency)}(?![\w-])", text):
                propose(m.start(), m.end(), org, "grammar", 0.7, attrs)
        for m in _UNIVERSITY_RE.finditer(text) if "niversit" in text else ():
            propose(m.start(), m.end(), None, "grammar", 0.7, {"name_fr": m.group(0), "type": "other"})
        if any(m.org.id == "UNGA" for m in matches):
            first = min(m.start for m in matches if m.org.id == "UNGA")
            for m in _ASSEMBLY_RE.finditer(text, first):
                propose(m.start(), m.end(), get("UNGA"), "context", 0.6)
        self._model_spans(doc, text, vetoed, taken, propose)
        return doc

    @staticmethod
    def _institutions(doc, text, propose) -> None:
        """ "garde-côtes libyens", "ministère espagnol de l'Intérieur": kind + nationality adjective."""
        for nat in get_candidates(doc, "NATIONALITY"):
            head = _INSTITUTION_RE.search(text, max(0, nat.start - 40), nat.start)
            if head is None or not text[nat.start : nat.end][:1].islower():
                continue
            end = nat.end
            if head.group(0).lower().startswith("minist"):
                tail = _MINISTRY_TAIL_RE.match(text, end)
                end = tail.end() if tail else end
            known = lookup(text[head.start() : end])
            if known is not None:  # "Croissant-Rouge libyen" is in the table
                propose(head.start(), end, known, "alias", 0.9)
                continue
            kind = "ngo" if "rouge" in fold(head.group(0)) else "government"
            attrs = {"name_fr": text[head.start() : end], "type": kind, "country": nat.norm}
            propose(head.start(), end, None, "grammar", 0.75, attrs)
        if not any(head in text for head in _PLACE_BODY_HEADS):
            return  # no "Banque", "Université" or "préfecture": no place can be one's complement
        for place in get_candidates(doc):
            if place.label not in ("COUNTRY", "LOC"):
                continue
            own = _PLACE_BODY_START_RE.match(text, place.start, place.end)
            if own is not None and place.from_model and "\n" not in text[place.start : place.end]:
                # the model's place that is the body itself: "Préfecture des Pyrénées-Orientales" over a release
                propose(place.start, place.end, None, "grammar", 0.7, {"name_fr": text[place.start : place.end]})
                continue
            head = _PLACE_BODY_RE.search(text, max(0, place.start - 40), place.start)
            if head is not None:
                # "préfecture de Mayotte" (MYT), "préfecture de l'Isère" (its place's country: FRA)
                country = place.norm if place.label == "COUNTRY" else place.attrs.get("country")
                if country is None and place.label == "LOC":  # the model's place: "conseil départemental du Morbihan"
                    known = places.lookup(text[place.start : place.end])
                    country = known.place.country if known is not None else None
                if "réfecture" in head.group(0) and country is not None and country not in _PREFECTURE_OFFICES:
                    continue  # "la préfecture de la Vakaga" (Central African Republic): an area, not the state's office
                attrs = {"name_fr": text[head.start() : place.end], "country": country}
                propose(head.start(), place.end, None, "grammar", 0.7, attrs)

    @staticmethod
    def _bodies_holding_names(doc, text, matches, propose) -> None:
        """Bodies whose name holds another organisation or a country: a parliament's
        committee ("commission des lois de l'Assemblée nationale") and a representation
        ("Délégation de l'Union européenne au Niger"); the outermost name is the mention."""
        for m in _COMMITTEE_RE.finditer(text) if "ommission" in text else ():
            propose(m.start(), m.end(), None, "grammar", 0.75, {"name_fr": m.group(0), "type": "government"})
        if not any(head in text for head in ("Délégation", "Représentation", "Mission", "Ambassade")):
            return
        names = {m.start: m.end for m in matches}
        for c in get_candidates(doc):
            if c.label in ("COUNTRY", "ORG", "LOC") and not c.from_model:
                names.setdefault(c.start, c.end)
        for m in _REPRESENTATION_RE.finditer(text):
            end = names.get(m.end())
            if end is None:
                continue
            seat = _REPRESENTATION_SEAT_RE.match(text, end)
            if seat is not None and seat.end() in names:
                end = names[seat.end()]
            propose(m.start(), end, None, "grammar", 0.75, {"name_fr": text[m.start() : end], "type": "government"})

    # ------------------------------------------------------------ in-text definitions

    @staticmethod
    def _read_definitions(text: str, definitions: Sequence[Definition], matches: Sequence[OrgMatch]):
        """Document-level readings of acronyms: {short: (org or None, long form)}, vetoes, long forms."""
        links: Dict[str, Tuple[Optional[Organisation], str]] = {}
        vetoed: Set[str] = set()
        defined: Dict[str, Set[int]] = {}  # ambiguous acronyms the text defines as the table's: where
        long_forms: List[Tuple[int, int, Tuple[Optional[Organisation], str]]] = []
        table_spans = {(m.start, m.end): m.org for m in matches}
        for d in definitions:
            if fold(d.long.split()[0]) in _TITLES:
                continue  # "le haut-commissaire des Nations unies pour les réfugiés (HCR)" is a person
            long_org = table_spans.get((d.long_start, d.long_end)) or lookup(d.long)
            if long_org is None and is_title_case_short(d.short):
                continue  # "la ville de Tunis (Tunisie)": a title-case word defines only a known organisation
            short_org = lookup(d.short)
            if long_org is None and short_org is not None and _same_organisation(d.long, short_org):
                long_org = short_org
            if long_org is not None:
                # a title-case acronym ("Comar") is matched alone only after an article: its
                # definition links it wherever the text writes it
                if long_org is not short_org or not _indexed(d.short) or is_title_case_short(d.short):
                    links[d.short] = (long_org, d.long)
                elif d.short in CONTEXT_RULES:
                    defined.setdefault(d.short, set()).add(d.short_start)
                if (d.long_start, d.long_end) not in table_spans:
                    long_forms.append((d.long_start, d.long_end, (long_org, d.long)))
            elif d.short not in NOT_ORGANISATIONS and (looks_like_organisation(d.long) or _named_by_initials(text, d)):
                links[d.short] = (None, d.long)
                long_forms.append((d.long_start, d.long_end, (None, d.long)))
            else:
                vetoed.add(d.short)
        return links, vetoed, long_forms, defined

    @staticmethod
    def _defined_acronyms(text: str, links, propose) -> None:
        """Every mention of an acronym the document defines but the table does not know."""
        for short, (org, long_form) in links.items():
            if org is not None and _indexed(short) and not is_title_case_short(short):
                continue  # the table's matches already carry the link (not "Comar", matched only after an article)
            for m in _whole_word(short, r"[\w-]").finditer(text):
                attrs = {"acronym_fr": short, "name_fr": long_form} if org is None else None
                # the document's own definition outranks a table's other reading of the letters:
                # "Conseil grec pour les réfugiés (GCR)" is no Global Compact on Refugees
                propose(m.start(), m.end(), org, "definition", _DEFINED_HERE if org is None else 0.85, attrs)

    # ------------------------------------------------------------ lists of organisations

    @staticmethod
    def _listed_acronyms(doc, text, folded, mentions, vetoed, taken, propose) -> None:
        """An unknown acronym between known organisations ("l'OID, la CEPALC") is one too."""
        other = CoverMask(
            len(text), [(c.start, c.end) for c in get_candidates(doc) if c.label != "ORG" and not c.from_model]
        )
        for m in _CAPS_WORD_RE.finditer(text):
            surface = m.group(0)
            if surface in NOT_ORGANISATIONS or surface in vetoed or taken.overlaps(m.start(), m.end()):
                continue
            if other.overlaps(m.start(), m.end()) or _is_heading_line(text, m.start()):
                continue
            if _listed_neighbours(folded, mentions, m.start(), m.end()):
                propose(m.start(), m.end(), None, "context", 0.6, {"acronym_fr": surface})

    @staticmethod
    def _named_after_kind(doc, text, propose) -> None:
        """ "l'association Tremplin Exil": a capitalised name after a lower-case kind of
        organisation, unless another component reads the whole name ("l'association
        France", a country) or it is a lone given name."""
        if not any(kind in text for kind in ("association", "ONG", "collectif", "fondation", "syndicat", "fédération",
                                             "coopérative", "plateforme", "organisation", "milice")):  # fmt: skip
            return
        others = [(c.start, c.end) for c in get_candidates(doc) if c.label != "ORG" and not c.from_model]
        for m in _KIND_NAMED_RE.finditer(text):
            start, end = m.span("name")
            if any(s <= start and end <= e for s, e in others):
                continue
            if " " not in m.group("name") and is_first_name(m.group("name")):
                continue
            kind = "other" if m.group("armed") else "ngo"  # "les milices Fano": an armed group
            propose(start, end, None, "context", 0.7, {"name_fr": m.group("name"), "type": kind})

    @staticmethod
    def _site_names(text: str, propose) -> None:
        """The page's owner, named by its copyright line ("© 2025 Continent Hebdo"), wherever
        the page names it (its masthead, its footer): a news site or an agency, whatever
        its words would otherwise read as (a region in "Asie Hebdo", a person)."""
        for name in site_names(text):
            org = lookup(name)
            for m in _whole_word(name, r"\w").finditer(text):
                propose(m.start(), m.end(), org, "context", 0.85, None if org else {"name_fr": name})

    # ------------------------------------------------------------ base model

    def _model_spans(self, doc, text, vetoed, taken, propose) -> None:
        rule_candidates = [c for c in get_candidates(doc) if not c.from_model]
        other = CoverMask(len(text), [(c.start, c.end) for c in rule_candidates])
        places = [c for c in rule_candidates if c.label in ("COUNTRY", "LOC")]
        for start, end, label in doc._.model_ents or []:
            if label != "ORG":
                continue
            skip, _ = strip_article(text[start:end])
            start += skip
            if start >= end or taken.overlaps(start, end):
                continue
            if model_span_is_junk(text, start, end) or text[start:end] in vetoed or _MINISTER_OF_RE.search(
                text, max(0, start - 60), start
            ):
                continue
            if fold(text[start:end]) in vessels():
                continue  # "le Geo Barents a secouru 206 personnes": a ship
            if not other.overlaps(start, end):
                propose(start, end, None, "model", 0.5)
            elif _named_institution(text, start, end, places, rule_candidates):
                # "Université nationale de Colombie": the institution, not the country inside it
                propose(start, end, None, "context", 0.6, {"name_fr": text[start:end]})


def _named_institution(text: str, start: int, end: int, places, candidates) -> bool:
    """A base-model ORG that starts with an institution's head word and holds only a place name."""
    first = words(text[start:end])[0].key
    if first not in ORG_HEADS or first in ("union", "communaute", "ligue"):
        return False
    inside = [c for c in candidates if c.start < end and start < c.end]
    return bool(inside) and all(c in places and start < c.start and c.end <= end for c in inside)


_PLACE_LABELS = ("COUNTRY", "REGION", "LOC", "NATIONALITY")


def _of_places(text: str, definitions: Sequence[Definition], candidates) -> List[Definition]:
    """The definitions whose long form is only places: "le Moyen-Orient et l'Afrique du
    Nord (MENA)" names a group of countries, and its acronym no organisation."""
    places = [(c.start, c.end) for c in candidates if c.label in _PLACE_LABELS]
    found = []
    for d in definitions if places else ():
        at = d.long_start
        content = [w for w in words(text[at : d.long_end]) if w.key.isalnum() and w.key not in _FUNCTION_WORDS]
        if content and all(any(s <= at + w.start and at + w.end <= e for s, e in places) for w in content):
            found.append(d)
    return found


def _indexed(form: str) -> bool:
    """Whether the table matches this form by itself (not an ambiguous, unindexed one)."""
    return bool(organisation_index().lookup_key(phrase_key(form), form))


def _un_organ_here(text: str, folded: str, end: int) -> bool:
    """ "Assemblée générale" is the UN's unless another body's ("Assemblée générale de l'OEA")."""
    if _NOT_UN_COMPLEMENT_RE.match(text[end : end + 40]):
        return False
    return bool(re.search(r"\bnations[ -]unies\b|\bonu\b", folded))


def _listed_neighbours(folded: str, mentions: Sequence[Tuple[int, int]], start: int, end: int) -> int:
    """How many organisations are listed right next to [start, end) ("l'OIT, le PNUD, la CAN")."""
    i = bisect_left(mentions, (start, start))
    j = i
    while j < len(mentions) and mentions[j][0] < end:
        j += 1
    count = 0
    k = i - 1
    while k >= 0 and mentions[k][1] > start:
        k -= 1
    if k >= 0 and _is_list_gap(folded[mentions[k][1] : start]):
        count += 1
    if j < len(mentions) and _is_list_gap(folded[end : mentions[j][0]]):
        count += 1
    return count


def _is_list_gap(gap: str) -> bool:
    """ ", la " or " et l'" between two names of a list, on one line."""
    return "\n" not in gap and len(gap) <= 12 and bool(_LIST_GAP_RE.match(gap)) and bool(re.search(r",|\bet\b", gap))


def _is_heading_line(text: str, pos: int) -> bool:
    """A line written in capitals ("2030 AGENDA", "COMMUNIQUÉ DE PRESSE")."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    line = text[s : len(text) if e == -1 else e]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def model_span_is_junk(text: str, start: int, end: int) -> bool:
    """Base-model ORG spans that are menus, headings, fragments or common words."""
    span = text[start:end]
    ws = [w for w in words(span) if w.key.isalnum()]
    if not ws:
        return True
    first = span[ws[0].start : ws[0].end]
    last = ws[-1].key
    if not first[:1].isupper() or last in _FUNCTION_WORDS or ws[0].key in NOT_ORG_HEADS:
        return True
    if fold(span.split()[0]) in _TITLES:
        return True
    if plus_glued(text, start, end):
        return True  # "l'UE+": a statistical area, not a body
    line_start = text.rfind("\n", 0, start) + 1
    tags = _CATEGORY_TAGS_RE.match(text, line_start)
    if tags is not None and end <= tags.end():
        return True  # "SOCIETE- MIGRATIONS-": a page title's category tags
    if fold(span).strip() in NAVIGATION_PHRASES or span in NOT_ORGANISATIONS or span.upper() in NOT_ORGANISATIONS:
        return True
    if _GLUED_RE.search(span) or span.count("\n") > 1 or re.search(r"\n\s*[-•*–·]", span):
        return True
    lines = [line.strip() for line in span.split("\n")]
    if len(lines) > 1 and (len(set(lines)) < len(lines) or any(fold(x) in NAVIGATION_PHRASES for x in lines)):
        return True
    if _is_heading_line(text, start) and not span.isupper():
        return True
    if _is_heading_line(text, start) and len(ws) > 1:
        return True
    if re.match(r"\s+(?:sur|pour|contre|de|du|des|d['’`])\s*[a-zà-ÿ]", text[end : end + 20]):
        return True  # cut in the middle of a longer name ("Forum mondial | sur les réfugiés")
    if len(ws) == 1 and (len(ws[0].key) < 2 or ws[0].key in ORG_HEADS and ws[0].key not in _ONE_OF_A_KIND):
        # "le statut de protection S"; "la présidente du Conseil", "citées par la Cour": a body named before
        return True
    if len(ws) == 1 and ws[0].key not in _ONE_OF_A_KIND and is_common_word(span) and (
        not span.isupper() or len(span) >= 6 or _ACCENTED_RE.search(span)
    ):
        return True  # "Courriel", "Sauvetage terminé", a section's heading "RÉFUGIÉS": a word, not a name
    if len(ws) == 1 and not span.isupper():
        return not _capitalised_inside_sentence(text, span, start)
    return False


_ACCENTED_RE = re.compile(r"[À-ÖÙ-Ý]")  # an acronym has no accented letter


def _whole_word(literal: str, word_char: str) -> re.Pattern:
    """`literal` where no `word_char` touches it; the look-behind follows the literal so
    that the engine searches for the literal itself (see the note above _CAPS_WORD_RE)."""
    escaped = re.escape(literal)
    return re.compile(f"{escaped}(?<!{word_char}{escaped})(?!{word_char})")


def _capitalised_inside_sentence(text: str, word: str, start: int) -> bool:
    """A single capitalised word is a name if it is capitalised inside a sentence somewhere."""
    for m in _whole_word(word, r"\w").finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if at_line_start(text, m.start()):
            continue
        if re.search(r"[.!?:]\s*$", before) or before.endswith("- "):
            continue
        return True
    return False
