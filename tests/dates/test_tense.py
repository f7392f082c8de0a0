"""Which way a relative date points, from the nearest verb's tense (spaCy morphology)."""

from __future__ import annotations

import pytest

from migtext.dates.tense import direction_at


@pytest.mark.parametrize(
    "text,expression,direction",
    [
        ("Les garde-côtes ont secouru vendredi 200 personnes.", "vendredi", "past"),
        ("Vendredi, les garde-côtes ont secouru 200 personnes.", "Vendredi", "past"),
        ("Le bateau avait chaviré dimanche.", "dimanche", "past"),
        ("Le ministre se rendra vendredi à Dakar.", "vendredi", "future"),
        ("Le HCR va publier jeudi son rapport.", "jeudi", "future"),
        ("L'UE doit signer dimanche un accord.", "dimanche", "future"),
        ("Le convoi devrait arriver mardi.", "mardi", "future"),
        ("La conférence est prévue le 21 décembre.", "21 décembre", "future"),
        ("Le rapport sera présenté mardi.", "mardi", "future"),
        ("La réunion se tient mardi à Genève.", "mardi", None),
        ("Le camp accueille aujourd'hui plus de 80 000 personnes.", "aujourd'hui", None),
        ("Adopté par le Parlement le 10 avril, le pacte s’appliquera en 2026.", "10 avril", "past"),
        ("Ils ont fui. Mardi, la frontière rouvrira.", "Mardi", "future"),
        # a participle describing a noun after the comma is not the date's verb; the finite verb is
        ("Dès le 1er juin, les dossiers jugés complets seront examinés en trois jours.", "1er juin", "future"),
        ("Le 2 mai, les familles arrivées la veille ont rejoint le camp.", "2 mai", "past"),
        # without a comma, the participle next to the date still decides
        ("Selon les chiffres publiés lundi par le ministère, les arrivées baissent.", "lundi", "past"),
        # after a present "être" the tagger reads these participles as adjectives or nouns
        ("Au moins 61 migrants se sont noyés samedi au large de la Libye.", "samedi", "past"),
        ("Au moins 61 migrants sont morts samedi.", "samedi", "past"),
        ("Samedi, 40 personnes se sont noyées au large de Djibouti.", "Samedi", "past"),
        # an adjective after "être" is no participle; a plan stays ahead
        ("Les arrivées sont nombreuses samedi.", "samedi", None),
        ("Ils sont attendus samedi à Genève.", "samedi", "future"),
    ],
)
def test_direction_from_the_nearest_verb(nlp, text, expression, direction):
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer"):  # every token tagged (the default tags on demand)
        doc = nlp.get_pipe(name)(doc)
    start = text.index(expression)
    assert direction_at(doc, start, start + len(expression)) == direction


@pytest.fixture(scope="module")
def windows(nlp):
    return nlp  # the default: tags on demand


@pytest.mark.parametrize(
    "text,expression,direction,read_at_most",
    [
        # the verb right before: the far side is read no further than it could win
        ("Les garde-côtes ont secouru vendredi au large des côtes libyennes 200 personnes épuisées.",
         "vendredi", "past", 8),
        ("Le ministre se rendra vendredi à Dakar.", "vendredi", "future", 9),
        ("Vendredi, les garde-côtes ont secouru 200 personnes.", "Vendredi", "past", 10),
    ],
)  # fmt: skip
def test_direction_reads_only_the_tokens_it_needs(windows, text, expression, direction, read_at_most):
    from migtext.core.tags import DocTags, WindowTagger

    doc = windows.make_doc(text)
    tags = DocTags.of(doc, WindowTagger.of(windows))
    start = text.index(expression)
    assert direction_at(doc, start, start + len(expression), tags) == direction
    assert 0 < int(tags.tagged.sum()) <= read_at_most


def test_clause_ranges_stop_at_the_clause(windows):
    from migtext.core.tags import DocTags
    from migtext.dates.tense import clause_ranges

    text = "Ils ont fui. Mardi, la frontière rouvrira pour les familles."
    doc = windows.make_doc(text)
    tags = DocTags.of(doc)
    start = text.index("Mardi")
    (left, right) = clause_ranges(tags, start, start + 5, near=6, beside=0)
    assert left == (4, 4)  # nothing before "Mardi" in its sentence ("." is token 3)
    assert right == (5, 11)
    assert clause_ranges(tags, start, start, near=6) == []
