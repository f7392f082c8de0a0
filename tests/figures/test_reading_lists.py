"""Counts whose verb or noun is said once for several (the dev gold's batch 4, written
blind): lists of places with a count each, sub-counts told by what they did or their age,
a count restated as a rate, levels reached after a change, counts standing for people named
by "en" or by a "parmi" phrase, and clitics between a count's noun and its verb."""

from __future__ import annotations

import pytest


def figures(annotate, text, date="2024-06-14"):
    doc = annotate(text, date)
    return {text[f["start"] : f["end"]]: f for f in doc._.figures or []}


def test_each_count_of_a_list_after_its_country_takes_the_first_ones_verb_and_noun(annotate):
    text = ("Selon le HCR, l'Ouganda héberge 1,7 million de réfugiés, le Soudan 1,1 million, "
            "l'Éthiopie 950 000 et le Tchad quelque 880 000.")
    found = figures(annotate, text)
    assert {k: (f["country"], f["group"], f["event"], f["source"]) for k, f in found.items()} == {
        "1,7 million": ("UGA", "refugee", "stock", "UNHCR"),
        "1,1 million": ("SDN", "refugee", "stock", "UNHCR"),
        "950 000": ("ETH", "refugee", "stock", "UNHCR"),
        "880 000": ("TCD", "refugee", "stock", "UNHCR"),
    }
    assert found["880 000"]["qualifier"] == "approx"


def test_each_count_of_a_list_before_its_country_is_placed_there(annotate):
    found = figures(annotate, "Quelque 14 000 migrants sont arrivés en Grèce, 9 500 en Espagne et 6 000 à Chypre.")
    assert {k: (f["country"], f["event"], f["group"]) for k, f in found.items()} == {
        "14 000": ("GRC", "arrival", "migrant"), "9 500": ("ESP", "arrival", "migrant"),
        "6 000": ("CYP", "arrival", "migrant"),
    }


def test_the_counts_of_a_list_after_a_nationality_are_its_origin(annotate):
    text = ("Au Yémen, l'OIM a enregistré 6 120 arrivées de migrants en avril (Éthiopiens 5 585 ; "
            "Somaliens 535).")
    found = figures(annotate, text)
    assert found["5 585"]["origin"] == "ETH" and found["535"]["origin"] == "SOM"
    assert found["535"]["country"] == "YEM" and found["535"]["event"] == "arrival"


@pytest.mark.parametrize(
    "text, number, group, event",
    [
        ("On compte 8 millions de déplacés internes, dont 5,1 millions liés aux violences et 2,9 millions "
         "provoqués par la sécheresse.", "2,9 millions", "idp", "stock"),
        ("Parmi les déplacés, 3,2 millions l'étaient à cause des combats et 900 000 à la suite des "
         "inondations.", "900 000", "idp", "stock"),
        ("Au moins 640 enfants ont débarqué, parmi lesquels une trentaine de moins de 5 ans.",
         "une trentaine", "child", "arrival"),
        ("Les garde-côtes ont intercepté 3 100 mineurs, dont près de 400 voyageaient sans leurs parents.",
         "400", "child", "interception"),
    ],
)
def test_parts_of_a_count_told_by_what_they_did_or_were(annotate, text, number, group, event):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, event)


@pytest.mark.parametrize(
    "text, number, date",
    [
        ("Plus de 1 900 migrants sont morts en Méditerranée en 2023, soit près de 5 par jour.", "5", "P1D"),
        ("Au moins 420 enfants ont péri sur cette route l'an dernier, soit environ huit chaque semaine.",
         "huit", "P1W"),
    ],
)
def test_a_count_restated_as_a_rate_is_the_same_count_over_its_period(annotate, text, number, date):
    found = figures(annotate, text)
    assert found[number]["date"] == date and found[number]["event"] == "death"
    assert found[number]["qualifier"] == "approx"


def test_a_restated_count_that_is_no_rate_is_no_figure(annotate):
    found = figures(annotate, "Plus de 1 900 migrants sont morts en 2023, soit deux fois plus qu'en 2019, soit 40 %.")
    assert list(found) == ["1 900"]


def test_a_level_reached_after_a_change_counts_the_subjects_noun(annotate):
    f = figures(annotate, "Les expulsions ont augmenté de 12 % pour atteindre 18 300 en 2024.")["18 300"]
    assert (f["event"], f["date"]) == ("deportation", "2024")


@pytest.mark.parametrize(
    "text, number, group",
    [
        ("Les bénévoles distribuent des repas aux exilés. La semaine dernière, nous en avons compté 240 "
         "sur le campement.", "240", "migrant"),
        ("Le camp accueille des réfugiés soudanais : l'agence en a recensé 12 500 en mai.", "12 500", "refugee"),
    ],
)
def test_a_count_after_en_and_a_verb_of_counting_stands_for_the_people_named_before(annotate, text, number, group):
    f = figures(annotate, text)[number]
    assert (f["group"], f["event"]) == (group, "stock")


def test_a_clitic_between_a_counts_noun_and_its_verb(annotate):
    f = figures(annotate, "Plus de deux millions de personnes y sont déplacées, selon l'OCHA.")["deux millions"]
    assert (f["group"], f["event"], f["source"]) == ("idp", "stock", "OCHA")
    f = figures(annotate, "Environ 1,1 million d'Afghans en sont revenus depuis janvier.")["1,1 million"]
    assert (f["event"], f["origin"]) == ("return", "AFG")


def test_what_was_done_to_counted_movements(annotate):
    f = figures(annotate, "Dans la Manche, 22 000 tentatives de départ ont été empêchées par la police.")["22 000"]
    assert f["event"] == "interception"
    f = figures(annotate, "Frontex a recensé 22 000 tentatives de départ depuis janvier.")["22 000"]
    assert f["event"] == "departure"


@pytest.mark.parametrize(
    "text, number, event",
    [
        ("Nous avons transféré quelque 90 000 réfugiés vers des camps plus sûrs depuis janvier.", "90 000",
         "resettlement"),
        ("Cet été, l'association servait des repas à 600 exilés chaque soir.", "600", "assistance"),
    ],
)
def test_events_of_transfers_and_meals(annotate, text, number, event):
    assert figures(annotate, text)[number]["event"] == event


def test_a_list_of_money_or_shares_after_a_count_is_no_figure(annotate):
    text = "L'OIM a aidé 3 000 migrants, 2 millions de dollars ont été versés et 45 % des fonds, 12 ans après."
    assert list(figures(annotate, text)) == ["3 000"]
