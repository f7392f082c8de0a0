"""Surname particles, contact lines and town names read as people (pure Python, no spaCy).

The base model's person spans are given by hand, as in tests/people/test_affiliations.py.
"""

from __future__ import annotations

import re

import pytest

from migtext.people.names import is_town_name, particles_start
from migtext.people.resolution import analyse


def mentions(text, model=()):
    """(surface, norm) of every accepted mention; `model` lists the surfaces the base
    model tags PER (each is tagged wherever it stands alone)."""
    spans = []
    for surface in model:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            spans.append(m.span())
    found, _ = analyse(text, spans)
    return [(m.text, m.norm) for m in found]


# -- particles that open a surname ----------------------------------------------------


@pytest.mark.parametrize(
    "text, short, norm",
    [
        (
            "Jean-Pierre Le Bihan préside le collectif depuis deux ans. "
            "Pour M. Le Bihan, la priorité reste le logement.",
            "Le Bihan",
            "Jean-Pierre Le Bihan",
        ),
        (
            "Maria da Silva a dirigé le service social. Mme da Silva répétait que l'accueil se prépare.",
            "da Silva",
            "Maria da Silva",
        ),
        (
            "Peter van der Berg a soigné les naufragés. "
            "Selon le Dr van der Berg, trois enfants sont hospitalisés.",
            "van der Berg",
            "Peter van der Berg",
        ),
        (
            "Karim ben Salah a ouvert la séance. Me ben Salah défend les familles expulsées.",
            "ben Salah",
            "Karim ben Salah",
        ),
    ],
)
def test_particle_after_an_honorific_belongs_to_the_name(text, short, norm):
    assert (short, norm) in mentions(text)
    surname = short.split()[-1]
    assert (surname, norm) not in mentions(text)


def test_particle_after_an_honorific_without_a_full_name():
    found = mentions("Mme De Souza, qui dirige le foyer, a reçu les familles.")
    assert found == [("De Souza", "De Souza")]


def test_capital_particle_after_a_title_belongs_to_the_name():
    text = "Le ministre Pierre De Smet a parlé. Le ministre De Smet a ensuite quitté la salle."
    assert mentions(text) == [("Pierre De Smet", "Pierre De Smet"), ("De Smet", "Pierre De Smet")]


def test_short_form_takes_the_particles_of_the_full_name():
    text = "Marine Le Pen a critiqué le texte. « C'est une faute », a répondu Le Pen devant la presse."
    assert mentions(text) == [("Marine Le Pen", "Marine Le Pen"), ("Le Pen", "Marine Le Pen")]


@pytest.mark.parametrize(
    "text, model",
    [
        ("Les migrants ont franchi les grillages de Ceuta et de Melilla.", ["de Melilla"]),
        ("Ils sont arrivés dans les sous-préfectures de Bol, de Kangalam et de Liwa.", ["de Kangalam"]),
    ],
)
def test_a_lowercase_de_the_model_puts_before_a_place_opens_no_name(text, model):
    assert [surface for surface, _ in mentions(text, model)] != model


def test_a_particle_after_a_title_still_opens_the_name():
    text = "Le ministre de Villepin est venu."
    assert mentions(text, ["de Villepin"])[0][0] == "de Villepin"


def test_a_following_article_or_role_is_not_a_particle():
    text = "Amadou Diallo dirige le centre. M. Diallo, le directeur du centre, parle aux familles."
    assert mentions(text) == [("Amadou Diallo", "Amadou Diallo"), ("Diallo", "Amadou Diallo")]


def test_a_french_preposition_after_a_title_is_not_a_particle():
    text = "La directrice de Frontex a présenté le rapport."
    start = text.index("Frontex")
    assert particles_start(text, start) == start


def test_a_sentence_initial_article_is_not_a_particle():
    text = "Les départs reprennent. La Dupont-Moreau reste fermée."
    start = text.index("Dupont")
    assert particles_start(text, start) == start


def test_short_form_without_particle_in_the_text_keeps_its_span():
    text = "Ursula von der Leyen était à Rome. Selon Mme Leyen, le pacte tiendra."
    assert ("Leyen", "Ursula von der Leyen") in mentions(text)


# -- contact lines of press releases ----------------------------------------------------

CONTACTS = (
    "Pour plus d'informations, veuillez contacter :\n"
    "À Nairobi, Wanjiru Kamau, kamau@unhcr.org, +254 700 123 456\n"
    "À Addis-Abeba, Tariku Alemu, talemu@iom.int\n"
    "À Kaboul, Zarlasht Noori, zarlasht.noori@unhcr.org\n"
)


@pytest.mark.parametrize("name", ["Wanjiru Kamau", "Tariku Alemu", "Zarlasht Noori"])
def test_a_name_followed_by_its_own_email_is_a_person(name):
    assert (name, name) in mentions(CONTACTS)


def test_a_name_followed_by_a_phone_in_a_contact_block_is_a_person():
    text = "Contacts médias :\nTariku Alemu, +251 911 234 567\nWanjiru Kamau, +254 700 123 456"
    assert mentions(text) == [("Tariku Alemu", "Tariku Alemu"), ("Wanjiru Kamau", "Wanjiru Kamau")]


@pytest.mark.parametrize(
    "text",
    [
        # a desk's address names nobody
        "Pour plus d'informations, contactez Bureau Régional Nairobi, presse@iom.int",
        # an organisation's phone, with a noun before its name
        "Contact : association Horizons Partagés, 06 12 34 56 78.",
        # a phone number outside a contact block
        "Il a rejoint Montagne Verte, +33 4 76 00 00 00 selon la brochure.",
    ],
)
def test_contact_rule_does_not_fire_without_the_persons_email_or_a_contact_block(text):
    assert mentions(text) == []


# -- towns the base model calls people -----------------------------------------------


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Le rapport accuse le Rwanda. Kigali a rejeté ces accusations jeudi.", "Kigali"),
        ("Dans sa réponse, Rabat a démenti toute expulsion collective.", "Rabat"),
        ("Les jeunes partent de l'intérieur du Maroc, notamment Beni Mellal et Khouribga.", "Beni Mellal"),
    ],
)
def test_a_town_with_no_person_evidence_is_not_a_person(text, surface):
    assert mentions(text, model=[surface]) == []


def test_a_person_whose_surname_is_a_town_stays_a_person():
    text = "Le député Marc Lyon a visité le centre. Lyon a ensuite rencontré les familles."
    assert mentions(text, model=["Marc Lyon", "Lyon"]) == [("Marc Lyon", "Marc Lyon"), ("Lyon", "Marc Lyon")]


def test_a_town_after_an_honorific_is_a_person():
    assert mentions("Mme Santos a accueilli les familles.", model=["Santos"]) == [("Santos", "Santos")]


def test_given_name_and_surname_are_not_checked_as_a_town():
    text = "Abdoulaye Diop a répondu aux questions. Paris Hilton a visité le camp."
    assert mentions(text, model=["Abdoulaye Diop", "Paris Hilton"]) == [
        ("Abdoulaye Diop", "Abdoulaye Diop"),
        ("Paris Hilton", "Paris Hilton"),
    ]


@pytest.mark.parametrize(
    "name, town",
    [("Kigali", True), ("Beni Mellal", True), ("Valls", False), ("Florence", False), ("Diop", False)],
)
def test_is_town_name(name, town):
    # "Valls" is a small Spanish town and "Florence" a given name: neither is a town here
    assert is_town_name(name) is town


def test_a_contacts_email_may_stand_on_the_next_line():
    text = "Pour plus d'informations, veuillez contacter :\nTariku Alemu, OIM Éthiopie\ntalemu@iom.int"
    assert ("Tariku Alemu", "Tariku Alemu") in mentions(text)


def test_an_email_two_lines_down_belongs_to_someone_else():
    text = "Contacts :\nTariku Alemu\nBureau régional\npresse@iom.int, alemu@iom.int"
    assert mentions(text) == []


@pytest.mark.parametrize("name", ["Shabnam Rahimi", "Farzana Ahmadi", "Mirwais Sultani"])
def test_afghan_given_names_make_a_person(name):
    assert mentions(f"Nous avons rencontré {name} au centre d'accueil.") == [(name, name)]


def test_only_a_dictionary_word_opening_a_sentence_may_be_no_name():
    from migtext.people.names import _may_open_sentence
    from migtext.people.tokens import name_tokens

    text = "Hier Amy Pope a parlé. Le ministre Gérald Darmanin et Grandi aussi."
    tokens = {t.text: t for t in name_tokens(text)}
    assert _may_open_sentence(text, tokens["Hier"])  # first word, and a dictionary word
    assert not _may_open_sentence(text, tokens["Amy"])  # mid-sentence: French capitalises names only
    assert not _may_open_sentence(text, tokens["Grandi"])


def test_a_stop_word_fragment_capitalised_is_a_given_name(annotate):
    # spaCy's stop words hold "hui" (from "aujourd'hui"); capitalised, it opens a name
    doc = annotate("« La situation est grave », a averti Hui Ling Tan, porte-parole du HCR à Bangkok.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Hui Ling Tan"]
    doc = annotate("Aujourd'hui, 300 réfugiés sont arrivés à Bangkok.")
    assert not [e for e in doc.ents if e.label_ == "PER"]
