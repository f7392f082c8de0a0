"""Sentences without a parser, on scraped text."""

from __future__ import annotations

from migtext.figures import sentences


def chunks(text, cuts=()):
    return [text[a:b].strip() for a, b in sentences.split(text, cuts)]


def test_full_stops_end_sentences():
    assert chunks("Plus de 2 500 migrants. La semaine dernière, 61 morts.") == [
        "Plus de 2 500 migrants.",
        "La semaine dernière, 61 morts.",
    ]


def test_a_line_break_inside_a_sentence_does_not_end_it():
    text = "Plus de 2 500 migrants ont été interceptés en mer\net reconduits en Libye depuis le\nLiban."
    assert len(chunks(text)) == 1


def test_a_heading_line_ends_a_sentence():
    text = "Méditerranée : hausse des interceptions\nGenève – Plus de 2 500 migrants."
    assert chunks(text)[0] == "Méditerranée : hausse des interceptions"


def test_a_one_line_page_is_split_at_full_stops():
    text = "AccueilQui sommes-nousSalle de presse Plus de 300 migrants sont arrivés. Selon l'OIM, 12 sont morts."
    assert len(chunks(text)) == 2


def test_extra_cuts_and_index_of():
    text = "Genève, 3 mai 2024 – Le HCR compte 300 réfugiés."
    ranges = sentences.split(text, [text.index("Le")])
    assert sentences.index_of(ranges, text.index("300")) == 1


def test_heading_lines_before_the_body():
    text = "Tchad : 1,2 million de réfugiés\nN'Djamena, 3 mai 2024 – Le Tchad accueille des réfugiés."
    ranges = sentences.split(text)
    assert [text[ranges[i][0] : ranges[i][1]].strip() for i in sentences.heading(text, ranges, text.index("N'D"))] == [
        "Tchad : 1,2 million de réfugiés"
    ]


def test_a_title_or_an_initial_does_not_end_a_sentence():
    text = "Il a rencontré Oumar Sall. Selon M. Sall, 300 réfugiés arrivent. Le Dr. Diallo confirme."
    assert [text[a:b].strip() for a, b in sentences.split(text)] == [
        "Il a rencontré Oumar Sall.", "Selon M. Sall, 300 réfugiés arrivent.", "Le Dr. Diallo confirme."
    ]


def test_a_blank_line_ends_a_sentence_and_a_date_line_is_its_own():
    text = "Soudan du Sud : l'afflux ne faiblit pas\n\n18 février 2025 – Près d'un million de personnes."
    assert chunks(text)[0] == "Soudan du Sud : l'afflux ne faiblit pas"
    text = "Éthiopie : 50 000 réfugiés arrivés à Metema\n7 mai 2024\nPrès de 50 000 réfugiés."
    assert chunks(text)[:2] == ["Éthiopie : 50 000 réfugiés arrivés à Metema", "7 mai 2024"]
    # a line that wraps before a number does not end its sentence
    assert len(chunks("Au moins 61 migrants sont morts, dont\n12 enfants.")) == 1


def test_a_hard_wrapped_line_that_starts_with_a_number_does_not_end_a_sentence():
    text = "Selon l'OIM, les garde-côtes ont intercepté\n2 500 migrants depuis janvier."
    assert len(chunks(text)) == 1
    text = "Ils étaient des milliers à attendre\n\nsur la plage de Thiaroye."
    assert len(chunks(text)) == 1


def test_the_fields_of_a_scraped_row_are_apart():
    text = "08/04/2025 · Libye · OIM · 1 245 migrants interceptés · 07/04/2025 · Tunisie · 9 morts au large de Sfax"
    assert chunks(text) == ["08/04/2025 ·", "Libye ·", "OIM ·", "1 245 migrants interceptés ·", "07/04/2025 ·",
                            "Tunisie ·", "9 morts au large de Sfax"]


def test_a_table_row_opening_with_a_year_is_its_own_sentence():
    text = "Repères\n2022 : 45 774 arrivées (record)\n2023 : 29 437\n2024 : 36 816"
    assert chunks(text) == ["Repères", "2022 : 45 774 arrivées (record)", "2023 : 29 437", "2024 : 36 816"]


def test_rows_of_key_figures_are_sentences_of_their_own():
    text = ("CHIFFRES CLÉS (au 30 juin 2025)\n98 400 réfugiés camerounais\n4 870 réfugiés nigérians rapatriés\n"
            "2,3 millions de déplacés internes (source : OIM, avril 2025)\n")
    assert chunks(text) == [
        "CHIFFRES CLÉS (au 30 juin 2025)",
        "98 400 réfugiés camerounais",
        "4 870 réfugiés nigérians rapatriés",
        "2,3 millions de déplacés internes (source : OIM, avril 2025)",
    ]


def test_prose_wrapped_before_a_number_and_a_number_broken_across_lines_go_on():
    assert len(chunks("Les autorités ont recensé plus de\n4 870 réfugiés.")) == 1
    assert len(chunks("Le bilan.\n\nDans le cadre de la procédure Dublin, la Suisse a transféré\n211 requérants.")) == 2
    assert len(chunks("Les crues ont touché 210 000 personnes, dont 128\n000 ont dû fuir.")) == 1
    long_line = "Selon le dernier rapport publié par les autorités sanitaires de la province, les équipes ont soigné"
    assert len(chunks(long_line + "\n1 200 personnes blessées.")) == 1


def test_each_bullet_of_a_list_is_a_sentence_of_its_own():
    text = (
        "REPÈRES\n• 1,5 million d'Afghans rentrés d'Iran depuis janvier (OIM)\n"
        "• 1,2 million d'Afghans partis du Pakistan (HCR)\n- 3 millions vivent encore au Pakistan"
    )
    assert chunks(text)[1:] == [
        "• 1,5 million d'Afghans rentrés d'Iran depuis janvier (OIM)",
        "• 1,2 million d'Afghans partis du Pakistan (HCR)",
        "- 3 millions vivent encore au Pakistan",
    ]


def test_a_hyphenated_word_at_a_line_start_is_no_bullet():
    text = "Les migrants ont été interceptés au large de la\n-Libye et reconduits à Tripoli."
    assert len(chunks(text)) == 1
