"""Dates whose value or reading depends on the text around them: the day of an event
("le point de presse d'aujourd'hui"), years counted from the one just written
("l'année précédente"), headings and agendas."""

from __future__ import annotations

import pytest

from migtext.dates.grammar import Found, find_dates, reference, value_of
from migtext.dates.timex import anaphoric


def date_mentions(doc):
    return [(ent.text, ent.kb_id_ or None) for ent in doc.ents if ent.label_ == "DATE"]


# --- "d'aujourd'hui" after an event of one day -------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le porte-parole l'a dit lors du point de presse d'aujourd'hui à Genève.", [("aujourd'hui", "2025-10-03")]),
        ("Lors de la séance plénière d’aujourd’hui, les députés ont voté.", [("aujourd’hui", "2025-10-03")]),
        ("La réunion d'aujourd'hui porte sur les retours volontaires.", [("aujourd'hui", "2025-10-03")]),
        ("Le vote d'aujourd'hui ouvre la voie au pacte.", [("aujourd'hui", "2025-10-03")]),
        # "à partir d'aujourd'hui" is the day when a verb dates it, as a bare "aujourd'hui"
        ("À partir d'aujourd'hui, les dossiers seront déposés en ligne.", [("aujourd'hui", "2025-10-03")]),
    ],
)
def test_the_day_of_an_event_is_today(annotate, text, expected):
    assert date_mentions(annotate(text, date="2025-10-03")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le monde d'aujourd'hui compte plus de 120 millions de personnes déplacées.",
        "Les jeunes d'aujourd'hui rêvent de partir étudier à l'étranger.",
        "Les migrations d'aujourd'hui ne ressemblent plus à celles d'autrefois.",
    ],
)
def test_nowadays_stays_unmarked(annotate, text):
    assert date_mentions(annotate(text, date="2025-10-03")) == []


# --- years and months counted from the one just written ----------------------------------

def _values(text):
    previous, last, out = None, None, []
    for found in find_dates(text):
        value, _attrs = value_of(found, None, None, previous, None, last)
        previous = reference(found, value) or previous
        last = value or last
        out.append((text[found.start : found.end], value))
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        ("En 2022, 300 000 personnes ont demandé l'asile, soit 5 % de plus que l'année précédente.",
         [("2022", "2022"), ("l'année précédente", "2021")]),
        ("Le camp a ouvert en 2016 ; l'année suivante, il accueillait 8 000 réfugiés.",
         [("2016", "2016"), ("l'année suivante", "2017")]),
        ("L'arrêt date de 2011. La Cour de Luxembourg a jugé dans le même sens la même année.",
         [("2011", "2011"), ("la même année", "2011")]),
        ("La frontière a fermé en 1993 et cette année-là, les départs ont cessé.",
         [("1993", "1993"), ("cette année-là", "1993")]),
        ("Le pont aérien a commencé en mars 2021 et s'est achevé le mois suivant.",
         [("mars 2021", "2021-03"), ("le mois suivant", "2021-04")]),
        # "le même mois", "la même semaine": the one just named, written or resolved
        ("Du 3 au 9 mars 2025, 400 personnes ont débarqué ; la même semaine, 12 sont mortes.",
         [("3 au 9 mars 2025", "2025-03-03/2025-03-09"), ("la même semaine", "2025-03-03/2025-03-09")]),
        ("Le 4 mars 2025, un bateau a chaviré ; le même mois, 300 personnes sont arrivées.",
         [("4 mars 2025", "2025-03-04"), ("le même mois", "2025-03")]),
        ("Le décret est entré en vigueur le 3 décembre 2019 ; le mois suivant, les demandes ont doublé.",
         [("3 décembre 2019", "2019-12-03"), ("le mois suivant", "2020-01")]),
        ("Entre 2015 et 2018, les arrivées ont chuté, puis elles ont repris l'année suivante.",
         [("2015 et 2018", "2015/2018"), ("l'année suivante", "2019")]),
        ("En 2010, le pays a ratifié la convention ; l'année suivante, la loi a changé, et l'année d'après aussi.",
         [("2010", "2010"), ("l'année suivante", "2011"), ("l'année d'après", "2012")]),
    ],
)  # fmt: skip
def test_anaphoric_years_and_months(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # nothing written before: no value
        ("Les arrivées ont baissé de 8 % par rapport à l'année précédente.", [("l'année précédente", None)]),
        # a month counted from a year alone is unknown
        ("En 2019, le centre a fermé ; le mois suivant, il a rouvert.", [("2019", "2019"), ("le mois suivant", None)]),
    ],
)
def test_anaphora_without_a_reference_has_no_value(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le PAM a dû réduire cette année la valeur de son aide.",
        "Elle est née la même année que son frère aîné.",
    ],
)
def test_anaphora_lookalikes(text):
    assert all(found.kind != "anaphor" for found in find_dates(text))


def test_relative_dates_are_no_reference(annotate):
    """"lundi" is a day of 2026, but "l'année précédente" counts from the year written, 2025."""
    text = ("Les arrivées ont baissé de 20 % en 2025, selon les chiffres publiés lundi par l'agence, "
            "mais elles restent stables par rapport à l'année précédente.")  # fmt: skip
    mentions = date_mentions(annotate(text, date="2026-01-13"))
    assert ("l'année précédente", "2024") in mentions
    assert ("lundi", "2026-01-12") in mentions


def test_anaphoric_arithmetic():
    assert anaphoric("year", -1, "2024-03") == "2023"
    assert anaphoric("month", 1, "2024-12") == "2025-01"
    assert anaphoric("month", 0, "2024") is None
    assert anaphoric("year", 0, None) is None
    assert reference(Found(0, 4, "date", {"year": 2024}), "2024") == "2024"
    assert reference(Found(0, 4, "duration", {}), "P3Y") is None
    assert reference(Found(0, 4, "month", {}, relative=True), "2024-03") is None


# --- months in headings and at the head of list items ------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("LES NOUVEAUTÉS EN AVRIL\n\nLe guichet unique ouvrira ses portes à Lausanne.", [("AVRIL", "2025-04")]),
        ("Calendrier des réunions\n\nSeptembre (à confirmer) – Dakar. Sommet régional sur la mobilité.",
         [("Septembre", "2025-09")]),
        ("Programme du semestre :\n- Octobre : atelier sur la traite à Niamey\n",
         [("Octobre", "2025-10")]),
    ],
)  # fmt: skip
def test_months_heading_a_line(annotate, text, expected):
    assert date_mentions(annotate(text, date="2025-02-06")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "LA SONDE VERS MARS A DÉCOLLÉ",
        "LES CHIFFRES DE L'EXPLORATION DE MARS",
        "Le programme MARS de l'agence a financé des bourses.",
        "La sonde Mars Express observe la planète rouge.",
        "Le rassemblement de la Place de Mai réunit les mères.",
    ],
)
def test_capitalised_months_that_are_no_dates(annotate, text):
    assert date_mentions(annotate(text, date="2025-02-06")) == []


# --- agendas: the dated items of a list of upcoming events look ahead --------------------

AGENDA = (
    "Agenda : les rendez-vous des prochains mois\n\n"
    "12 janvier – Forum des diasporas à Dakar.\n\n"
    "Mars (date à confirmer) – Conférence des donateurs à Amman.\n"
)
TIMELINE = (
    "Retour sur une année de crises\n\n"
    "12 janvier – Naufrage au large de Dakar.\n\n"
    "Mars (date à confirmer) – Conférence des donateurs à Amman.\n"
)


def test_agenda_items_lie_ahead(annotate):
    mentions = date_mentions(annotate(AGENDA, date="2025-04-10"))
    assert ("12 janvier", "2026-01-12") in mentions
    assert ("Mars", "2026-03") in mentions


def test_items_without_an_upcoming_heading_take_the_nearest(annotate):
    mentions = date_mentions(annotate(TIMELINE, date="2025-04-10"))
    assert ("12 janvier", "2025-01-12") in mentions
    assert ("Mars", "2025-03") in mentions


def test_a_verb_still_decides_in_an_agenda(annotate):
    text = "Agenda des semaines à venir\n\n12 janvier – Le forum de Dakar a été annulé, faute de fonds.\n"
    assert ("12 janvier", "2025-01-12") in date_mentions(annotate(text, date="2025-04-10"))
