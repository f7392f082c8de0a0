"""Who is who: each person once, every mention resolved to the fullest form of the name."""

from __future__ import annotations

from tests.people.test_affiliations import people

# -- resolution -----------------------------------------------------------------------


def test_short_mentions_take_the_fullest_name_and_share_the_role():
    text = (
        "Le directeur général de l'OIM, Brunson McKinley, a parlé. M. McKinley a mis l'accent sur la "
        "coordination. McKinley a conclu."
    )
    mentions, persons = people(text, ["McKinley a mis"[:8]])
    assert [m.norm for m in mentions] == ["Brunson McKinley"] * 3
    assert len(persons) == 1
    assert persons[0].role_norm == "director general" and persons[0].affiliation == "IOM"
    assert persons[0].as_dict()["mentions"] == [[m.start, m.end] for m in mentions]


def test_fullest_form_wins_even_when_it_comes_later():
    text = "M. Swing a ouvert la séance. William Lacy Swing a ensuite rappelé le mandat."
    mentions, persons = people(text)
    assert [m.norm for m in mentions] == ["William Lacy Swing", "William Lacy Swing"]
    assert len(persons) == 1


def test_accents_and_case_do_not_split_a_person():
    text = "Dolores Cortés a signé. Mme CORTES a confirmé. Photo : OIM/Dolores CORTÉS"
    mentions, persons = people(text)
    assert len(persons) == 1
    assert {m.norm for m in mentions} == {"Dolores Cortés"}


def test_two_people_with_one_surname_are_not_merged():
    text = "Ahmed Diallo et Mariama Diallo sont arrivés. Mme Diallo a témoigné la première."
    mentions, persons = people(text)
    assert [p.norm for p in persons] == ["Ahmed Diallo", "Mariama Diallo"]
    assert [m.norm for m in mentions] == ["Ahmed Diallo", "Mariama Diallo", "Mariama Diallo"]


def test_shared_surname_resolved_by_gender_of_honorific_and_role():
    text = (
        "La porte-parole du HCR, Mme Awa Sow, et le ministre Ibrahima Sow ont parlé. "
        "Mme Sow a insisté. M. Sow a répondu."
    )
    mentions, persons = people(text)
    assert [m.norm for m in mentions] == ["Awa Sow", "Ibrahima Sow", "Awa Sow", "Ibrahima Sow"]
    assert len(persons) == 2


def test_nearest_earlier_full_name_decides_when_nothing_else_does():
    text = "Ahmed Diallo a parlé le premier. Plus tard, Mamadou Diallo a pris la parole. M. Diallo a conclu."
    mentions, _ = people(text)
    assert mentions[-1].norm == "Mamadou Diallo"


def test_surname_alone_before_any_full_form_of_two_people_stays_apart():
    text = "M. Diallo a parlé. Ahmed Diallo et Mamadou Diallo étaient présents."
    mentions, persons = people(text, ["Diallo"])
    assert mentions[0].norm == "Diallo"
    assert len(persons) == 3


def test_each_person_once_in_text_order():
    text = "Amy Pope a parlé, puis Filippo Grandi. Mme Pope a répondu à M. Grandi."
    _, persons = people(text)
    assert [p.norm for p in persons] == ["Amy Pope", "Filippo Grandi"]
    assert [len(p.mentions) for p in persons] == [2, 2]
    assert all(set(p.as_dict()) == {"norm", "mentions", "role", "role_norm", "affiliation", "former"} for p in persons)
