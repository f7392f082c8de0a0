"""Lists of upcoming events: which lines announce one, which dated lines are its items."""

from __future__ import annotations

from migtext.dates.grammar import find_dates


def test_only_a_heading_or_an_intro_line_announces_a_list():
    from migtext.core.text import fold
    from migtext.dates.agenda import upcoming_list_start

    heading = "Calendrier\n\n18 décembre – Journée internationale des migrants.\n"
    intro = "Voici les échéances à venir :\n3 mai – Vote du Parlement.\n"
    sentence = "Le ministre a promis de nouvelles mesures dans les prochains mois.\n3 mai – Vote du Parlement.\n"
    assert upcoming_list_start(heading, fold(heading)) == len("Calendrier")
    assert upcoming_list_start(intro, fold(intro)) == len("Voici les échéances à venir :")
    assert upcoming_list_start(sentence, fold(sentence)) is None


def test_an_item_opens_a_line_below_the_announcement():
    from migtext.core.text import fold
    from migtext.dates.agenda import upcoming_item, upcoming_list_start

    text = "Agenda :\n18 décembre – Journée internationale des migrants.\nLe 3 mai, le Parlement votera.\n"
    start = upcoming_list_start(text, fold(text))
    found = {text[f.start : f.end]: f for f in find_dates(text)}
    assert upcoming_item(text, found["18 décembre"], start)
    assert not upcoming_item(text, found["3 mai"], start)  # inside a sentence, not opening an item
    assert not upcoming_item(text, found["18 décembre"], None)  # no announcement, no list


def test_a_flattened_agenda_gets_its_item_breaks_back():
    from migtext.dates.agenda import item_breaks

    text = ("Agenda : les rendez-vous à venir. 18 décembre – Journée internationale des migrants. Juillet "
            "(date à confirmer) – Conférence à Abuja. Le 3 mai, rien.")
    assert [text[b + 1 : b + 12] for b in item_breaks(text)] == ["18 décembre", "Juillet (da"]
    assert item_breaks("Il est parti le 18 décembre – sans bagage.") == []
