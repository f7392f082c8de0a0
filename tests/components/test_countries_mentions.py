"""Linking accuracy on hand-written lists of French country and nationality mentions.

Each mention is put in a sentence and run through the full pipeline; a mention counts
when `doc.ents` holds exactly its span with the right label and code.  The lists hold
the forms news use: official and usual names, no accents, curly and backtick
apostrophes, prepositions, old names, acronyms, line breaks and misspellings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent
_LEADING = re.compile(r"^(?:(?:l|d)['’`´‘]|(?:la|le|les|au|aux|en|du|des)\s+)")

COUNTRY_TEMPLATES = (
    "Selon le HCR, {m} a accueilli plus de 12 000 demandeurs d'asile l'an dernier.",
    "Le ministre a rappelé que {m} reste un pays de transit pour de nombreux migrants.",
    "L'OIM a ouvert un bureau et {m} s'est engagé à coopérer.",
    "Des familles venues d'ailleurs vivent désormais en sécurité, et {m} les soutient.",
)
LOCATIVE_TEMPLATES = (
    "Les migrants arrivés {m} en mars attendent toujours une réponse.",
    "Plusieurs ONG travaillent {m} depuis 2015 auprès des déplacés.",
)
NATIONALITY_TEMPLATES = {
    "ams": "Le gouvernement {f} a annoncé de nouvelles mesures pour les migrants.",
    "afs": "La police {f} a intercepté une embarcation au large des côtes.",
    "amp": "Les ressortissants {f} ont été rapatriés par avion.",
    "afp": "Les autorités {f} ont confirmé le naufrage jeudi.",
    "nms": "Un {f} a témoigné devant le tribunal de Rome.",
    "nfs": "Une {f} de 24 ans a été secourue en mer.",
    "nmp": "Plus de 300 {f} ont quitté le camp la semaine dernière.",
    "nfp": "Des {f} ont été accueillies dans un centre d'hébergement.",
}


def _read(name):
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(line.replace("\\n", "\n").split("|")))
    return rows


COUNTRY_MENTIONS = _read("country_mentions.txt")
NATIONALITY_MENTIONS = _read("nationality_mentions.txt")


def _country_sentence(i, mention):
    locative = mention.split(" ", 1)[0] in ("au", "aux", "en", "du", "des")
    templates = LOCATIVE_TEMPLATES if locative else COUNTRY_TEMPLATES
    template = templates[i % len(templates)]
    return template.format(m=mention[0].upper() + mention[1:] if template.startswith("{m}") else mention)


def _found(doc, start, end, label, code):
    return any((e.start_char, e.end_char, e.label_, e.kb_id_) == (start, end, label, code) for e in doc.ents)


def _country_hits(annotate):
    misses = []
    for i, (mention, code) in enumerate(COUNTRY_MENTIONS):
        sentence = _country_sentence(i, mention)
        expected = mention[_LEADING.match(mention).end() :] if _LEADING.match(mention) else mention
        start = sentence.index(mention) + (len(mention) - len(expected))
        doc = annotate(sentence)
        if not _found(doc, start, start + len(expected), "COUNTRY", code):
            misses.append((mention, code, [(e.text, e.label_, e.kb_id_) for e in doc.ents]))
    return misses


def test_country_list_is_large_and_varied():
    assert len(COUNTRY_MENTIONS) >= 400
    assert len({code for _, code in COUNTRY_MENTIONS}) >= 200
    assert sum("’" in m or "`" in m for m, _ in COUNTRY_MENTIONS) >= 20
    assert sum("\n" in m for m, _ in COUNTRY_MENTIONS) >= 10


def test_country_linking_accuracy(annotate):
    misses = _country_hits(annotate)
    accuracy = 1 - len(misses) / len(COUNTRY_MENTIONS)
    assert accuracy >= 0.99, f"accuracy {accuracy:.3f}; misses: {misses}"


def test_nationality_list_is_large_and_has_every_form():
    assert len(NATIONALITY_MENTIONS) >= 150
    assert {slot for _, _, slot in NATIONALITY_MENTIONS} == set(NATIONALITY_TEMPLATES)


def test_nationality_linking_accuracy(annotate):
    misses = []
    for form, code, slot in NATIONALITY_MENTIONS:
        sentence = NATIONALITY_TEMPLATES[slot].format(f=form)
        start = sentence.index(form)
        doc = annotate(sentence)
        if not _found(doc, start, start + len(form), "NATIONALITY", code):
            misses.append((form, code, [(e.text, e.label_, e.kb_id_) for e in doc.ents]))
    accuracy = 1 - len(misses) / len(NATIONALITY_MENTIONS)
    assert accuracy >= 0.97, f"accuracy {accuracy:.3f}; misses: {misses}"


@pytest.mark.parametrize("slot, gender, number", [("afp", "Fem", "Plur"), ("nms", "Masc", "Sing")])
def test_nationality_attributes_give_gender_and_number(annotate, slot, gender, number):
    form = {"afp": "maliennes", "nms": "Malien"}[slot]
    doc = annotate(NATIONALITY_TEMPLATES[slot].format(f=form))
    (ent,) = [e for e in doc.ents if e.label_ == "NATIONALITY"]
    assert (ent._.attrs["gender"], ent._.attrs["number"], ent._.attrs["alpha3"]) == (gender, number, "MLI")
    assert ent._.attrs["form"] == ("adjective" if slot[0] == "a" else "noun")
