"""The document date read from the text's own dateline when none is given."""

from __future__ import annotations

import pytest

from migtext.dates.dateline import dateline_breaks, find_dateline

MENU = "Accueil\nQui sommes nous\nNotre travail\nSalle de presse\n"


@pytest.mark.parametrize(
    "text,value,shape",
    [
        ("Genève, 12 mars 2024 (OIM) – L'Organisation a annoncé un appel de fonds.", "2024-03-12", "place"),
        ("Port-au-Prince, le 15 avril 2025 – Des milliers de familles ont fui.", "2025-04-15", "place"),
        ("GENÈVE, 9 mars – Le HCR s'inquiète des départs.", "XXXX-03-09", "place"),
        ("NAIROBI, Kenya, 3 juin 2023 (HCR) - Les arrivées augmentent.", "2023-06-03", "place"),
        ("Ciudad Juárez (Mexique), 12 mai 2023 (AFP) – Des milliers de migrants.", "2023-05-12", "place"),
        ("Kigoma (Tanzanie), 1er juin 2022 – Le HCR a organisé un départ.", "2022-06-01", "place"),
        ("Genève, 26\nnovembre 2006 – La conférence s'est ouverte.", "2006-11-26", "place"),
        ("Dakar, 3 fevrier 2017 – sans accent au mois.", "2017-02-03", "place"),
        ("Lima, 15/06/2016 – Les ministres se sont réunis.", "2016-06-15", "place"),
        (MENU + "Publié le 21 janvier 2026\n\nDoha – Les ouvriers attendent.", "2026-01-21", "published"),
        ("Article mis en ligne le 3 mai 2024 à 10h12\nDes migrants ont été secourus.", "2024-05-03", "published"),
        ("Publié le 18 novembre 2022 par la rédaction\nDoha – Texte.", "2022-11-18", "published"),
        ("Date : 2024-03-12\nTitre de l'article", "2024-03-12", "published"),
        ("Publié le 2 mai 2024 | Mis à jour le 5 mai 2024\nTexte", "2024-05-02", "published"),
        ("Mis à jour le 04/05/2024\nLes départs reprennent.", "2024-05-04", "updated"),
        ("Mardi 12 mars 2024\nDakar (AFP) - Au moins vingt migrants sont morts.", "2024-03-12", "date_line"),
        ("2024-03-12T10:00:00Z\nDakar (AFP) - Au moins vingt migrants sont morts.", "2024-03-12", "date_line"),
        ("12 mars\nDakar (AFP) - Au moins vingt migrants sont morts.", "XXXX-03-12", "date_line"),
        ("Genève 30 mai -- La conférence régionale a poursuivi son débat.", "XXXX-05-30", "place"),
        ("Port-Louis 8 juillet 2022 – Une trentaine de délégués.", "2022-07-08", "place"),
        ("Publié le : 12/03/2024 - 10:35 Modifié le : 13/03/2024 - 18:20\nTexte", "2024-03-12", "published"),
        ("Mardi 12 mars 2024 - 14:32\nDes centaines de migrants.", "2024-03-12", "date_line"),
        ("Le 12/03/2024 à 14:32\nDes centaines de migrants.", "2024-03-12", "date_line"),
        ("Par Marie Dupont - 12 mars 2024\nDes centaines de migrants.", "2024-03-12", "byline"),
        ("Modifié le : 13/03/2024\nDes centaines de migrants.", "2024-03-13", "updated"),
    ],
)
def test_dateline_shapes(text, value, shape):
    found = find_dateline(text)
    assert found is not None
    assert (found.value, found.shape) == (value, shape)


@pytest.mark.parametrize(
    "text",
    [
        "Benghazi (AFP) – Une semaine après les inondations, les secours arrivent.",
        "Le HCR a publié le 3 mai 2024 un rapport sur les déplacements.",
        # a date in the body is an event, not the date of the text
        MENU + "Ceci est le premier long paragraphe du corps du texte qui parle de migrations et de politiques.\n"
        "Voici un deuxième long paragraphe du corps du texte qui parle encore de migrations et de retours.\n"
        "Et voici un troisième paragraphe du corps du texte, qui parle des arrivées et des départs.\n"
        "Genève, 12 mars 2024 (OIM) – Une date dans le corps.",
        "Genève, 31 février 2024 – une date qui n'existe pas.",
        "Depuis le 30 mai - les arrivées augmentent.",
        "",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_offsets_point_at_the_date_line():
    text = MENU + "Publié le 21 janvier 2026\nTexte"
    found = find_dateline(text)
    assert text[found.start : found.end] == "Publié le 21 janvier 2026"


def test_pipeline_takes_the_dateline_when_no_date_is_given(annotate):
    doc = annotate("Genève, 12 mars 2024 (OIM) – Le HCR a annoncé hier l'arrivée de 300 personnes.")
    assert doc._.doc_date == "2024-03-12"
    assert doc._.doc_date_source == "dateline"
    dates = [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "DATE"]
    assert dates == [("12 mars 2024", "2024-03-12"), ("hier", "2024-03-11")]


def test_given_date_wins_over_the_dateline(annotate):
    doc = annotate("Genève, 12 mars 2024 (OIM) – Le HCR a annoncé hier un appel.", date="2024-03-14")
    assert (doc._.doc_date, doc._.doc_date_source) == ("2024-03-14", "given")
    assert [e.kb_id_ for e in doc.ents if e.text == "hier"] == ["2024-03-13"]


def test_yearless_dateline_gives_partial_values(annotate):
    doc = annotate("GENÈVE, 9 mars – Le HCR a annoncé hier que les arrivées de la semaine dernière ont doublé.")
    assert (doc._.doc_date, doc._.doc_date_source) == ("XXXX-03-09", "dateline")
    dates = {e.text: (e.kb_id_ or None) for e in doc.ents if e.label_ == "DATE"}
    assert dates == {"9 mars": "XXXX-03-09", "hier": "XXXX-03-08", "la semaine dernière": None}


def test_no_dateline_leaves_the_document_date_empty(annotate):
    doc = annotate("Benghazi (AFP) – Les secours sont arrivés hier.")
    assert (doc._.doc_date, doc._.doc_date_source) == (None, None)
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "DATE"] == [("hier", "")]


# --- a dateline inside a flattened line gets its line break back ----------------------------



@pytest.mark.parametrize(
    "text, place",
    [
        ("Interceptions au large de la Libye Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants", "Genève"),
        ("Après les inondations Benghazi (AFP) – Une semaine après", "Benghazi"),
        ("CE QUE CHANGE LA LOI Berne, 6 février 2025. Le Secrétariat d'État", "Berne"),
        ("La situation au Soudan Genève, 12 mars – Le HCR", "Genève"),
        ("Réunion de crise Le Caire, 3 mai 2024 – Les ministres", "Le Caire"),
        ("Un titre  Port-au-Prince, le 15 avril 2025 – La police", "Port-au-Prince"),
        ("Actualités New York, 3 mai 2024 (ONU Info) – Le HCR", "New York"),
        ("ACCUEIL ACTUALITÉS GENÈVE, 16 avril 2024 (OIM) – Plus de", "GENÈVE"),
        # a place with "de", several places, a place in capitals without a date
        ("Les arrivées ont chuté de l'archipel Santa Cruz de Tenerife, 4 novembre 2025 – Le", "Santa Cruz de Tenerife"),
        ("Des réfugiés arrivent dans le Akkar Beyrouth / Genève, 14 mars 2025 – Plus de", "Beyrouth / Genève"),
        ("Des enfants arrivés en Italie depuis janvier ROME/NEW YORK, 14 juin 2024 – Depuis", "ROME/NEW YORK"),
        ("L'OIT appelle à achever la réforme de la kafala BEYROUTH – À l'occasion de la", "BEYROUTH"),
    ],
)
def test_a_dateline_after_a_headline_starts_a_line(text, place):
    (pos,) = dateline_breaks(text)
    assert text[pos].isspace() and text[pos + 1 :].startswith(place)


@pytest.mark.parametrize(
    "text",
    [
        "Genève, 12 mars 2024 (OIM) – Le texte commence par sa dateline.",
        "Les ministres réunis à Genève, 12 mars 2024 – ont adopté un texte.",
        "Il est arrivé de Dakar, 3 mai, avec sa famille.",
        "Le Tchad, 4 millions de réfugiés – un record.",
        # a place of two words opens the text: no break inside it
        "NEW YORK, 20 juin 2024 (ONU Info) – Le HCR a publié son rapport.",
        "San José, 3 mai 2024 (OIM) – Le texte.",
        "Buenos Aires, 3 mai 2024 (OIM) – Le texte.",
        "Le fonds rappelle le rôle de l'UNICEF – Les enfants d'abord.",  # an acronym glued to its article
        "Le rapport cite le HCR – Les chiffres sont en hausse.",  # three capitals: an acronym, not a place
        # a heading in capitals that opens its line is no place after a headline
        "Le bilan a été publié.\n\nEN CHIFFRES – Frontière sud des États-Unis\n8 347 interpellations",
        "Migrants\nEN DIRECT – Italie-Albanie : nouveau transfert",
    ],
)
def test_no_break_where_the_place_goes_on_a_sentence(text):
    assert dateline_breaks(text) == []


def test_the_dateline_of_a_one_line_text_gives_the_document_date(nlp):
    import migtext

    text = ("Naufrage au large de la Libye Genève, 16 avril 2024 (OIM) – Plus de 60 personnes ont péri la "
            "semaine dernière, selon l'OIM.")
    doc = migtext.annotate(text, nlp=nlp)
    assert (doc._.doc_date, doc._.doc_date_source) == ("2024-04-16", "dateline")
    assert ("Genève", "LOC") in {(e.text, e.label_) for e in doc.ents}
    assert {e.kb_id_ for e in doc.ents if e.text == "la semaine dernière"} == {"2024-W15"}
    assert doc.text == text.replace("Libye Genève", "Libye\nGenève")
    assert migtext.doc_to_record(doc)["entities"][0]["text"] == "Libye"


def test_a_dateline_whose_country_is_a_link_in_an_html_fragment(nlp):
    import migtext

    text = ('<p>Cox&#39;s Bazar (<a href="https://www.example.org/fr/pays/bangladesh" class="lien">Bangladesh</a>), '
            "14 mars 2023 (HCR) – Une quarantaine de réfugiés rohingyas ont été réinstallés aux États-Unis.</p>")
    doc = migtext.annotate(text, nlp=nlp)
    assert (doc._.doc_date, doc._.doc_date_source) == ("2023-03-14", "dateline")
