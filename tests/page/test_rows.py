"""A table or list run onto one line gets its rows back (`migtext.page.rows`)."""

from migtext.page.flattened import page_breaks
from migtext.page.rows import row_breaks
from tests.page.test_flattened import BODY, with_breaks


def lines(text: str) -> list:
    chars = list(text)
    for pos in row_breaks(text, 0, len(text)):
        assert text[pos] == " "
        chars[pos] = "\n"
    return "".join(chars).split("\n")


def test_a_pipe_tables_header_first_row_and_last_row_get_their_lines():
    text = (
        "Débarquements par mois, année 2026 Mois | Migrants débarqués | dont mineurs non accompagnés "
        "Janvier | 3 012 | 418 Février | 2 486 | 301 Mars | 4 377 | 562 Les données sont provisoires."
    )
    assert lines(text) == [
        "Débarquements par mois, année 2026",
        "Mois | Migrants débarqués | dont mineurs non accompagnés",
        "Janvier | 3 012 | 418",
        "Février | 2 486 | 301",
        "Mars | 4 377 | 562",
        "Les données sont provisoires.",
    ]


def test_a_row_label_is_not_a_place_named_inside_a_header_cell():
    # "en Italie" goes on the header's cell; "Tunisiens" opens the first row
    text = "Nationalité | Arrivées en Italie Tunisiens | 3 100 Guinéens | 2 480 Ivoiriens | 1 950"
    assert lines(text)[:2] == ["Nationalité | Arrivées en Italie", "Tunisiens | 3 100"]


def test_cells_without_blanks_around_their_bars_are_cells():
    text = ("Pays|Mars 2026|Avril 2026|Variation Afghanistan|356|327|-8,1 % Érythrée|170|184|+8,2 % "
            "Turquie|151|139|-7,9 %")
    assert lines(text) == [
        "Pays|Mars 2026|Avril 2026|Variation",
        "Afghanistan|356|327|-8,1 %",
        "Érythrée|170|184|+8,2 %",
        "Turquie|151|139|-7,9 %",
    ]


def test_a_place_that_goes_on_the_words_before_it_opens_no_row():
    text = (
        "Total | 14 704 | 7 836 | -46,7 % Dont arrivées à la nage à Ceuta : 402 Embarcations arrivées aux "
        "îles Canaries : 79 Mineurs arrivés sur la période : 488"
    )
    assert lines(text) == [
        "Total | 14 704 | 7 836 | -46,7 %",
        "Dont arrivées à la nage à Ceuta : 402",
        "Embarcations arrivées aux îles Canaries : 79",
        "Mineurs arrivés sur la période : 488",
    ]


def test_prose_with_one_count_after_a_colon_has_no_rows():
    text = ("Au total, 1 200 migrants sont arrivés à Lampedusa : 300 venaient de Libye et 900 de Tunisie, "
            "selon le ministère italien de l'Intérieur, qui a publié ses chiffres lundi.")
    assert row_breaks(text, 0, len(text)) == []


def test_a_flattened_pages_view_puts_its_tables_rows_on_lines():
    table = "Nationalité | Janvier | Février Tunisiens | 3 100 | 2 950 Guinéens | 2 480 | 2 210"
    text = BODY * 2 + " Arrivées par nationalité " + table
    assert "\n" not in text and page_breaks(text)
    assert with_breaks(text).split("\n")[-3:] == [
        "Nationalité | Janvier | Février", "Tunisiens | 3 100 | 2 950", "Guinéens | 2 480 | 2 210"
    ]


def test_bulleted_rows_after_a_colon_a_word_or_a_count_and_lowercase_labels():
    text = ("Répartition des déplacés par département : – Ouest (dont Port-au-Prince) : 512 000 – Artibonite : "
            "243 000 – autres départements : 101 000")
    assert lines(text) == [
        "Répartition des déplacés par département :",
        "– Ouest (dont Port-au-Prince) : 512 000",
        "– Artibonite : 243 000",
        "– autres départements : 101 000",
    ]
    text = ("– Nord-Ouest (Shire, Sheraro) : 412 000 ; 81 %, surtout vers le Tigré occidental – Centre (Axoum, "
            "Adwa) : 176 000 ; 68 % – Mekele : 168 000 ; 59 %")
    assert [line.split(" :")[0] for line in lines(text)] == ["– Nord-Ouest (Shire, Sheraro)", "– Centre (Axoum, Adwa)",
                                                             "– Mekele"]


def test_a_dash_inside_a_title_or_before_a_count_opens_no_row():
    text = ("Franchissements par route (janvier – août 2025) Méditerranée centrale : 41 300 Afrique de l'Ouest : "
            "12 800 Gao : 96 450 personnes (18 120 ménages) – 102 sites Ménaka : 71 900 personnes")
    assert lines(text) == [
        "Franchissements par route (janvier – août 2025)",
        "Méditerranée centrale : 41 300",
        "Afrique de l'Ouest : 12 800",
        "Gao : 96 450 personnes (18 120 ménages) – 102 sites",
        "Ménaka : 71 900 personnes",
    ]


def test_years_label_rows_and_a_place_after_dont_stays_on_its_row():
    text = "Repères 2022 : 45 774 arrivées (record) 2023 : 29 437 2024 : 36 816 2025 (au 20 septembre) : 32 103"
    assert lines(text)[1:] == ["2023 : 29 437", "2024 : 36 816", "2025 (au 20 septembre) : 32 103"]
    text = "CHIFFRES CLÉS DE LA SEMAINE Arrivées sur les îles : 642 – dont Lesbos : 214 – dont Samos : 163"
    assert lines(text) == ["CHIFFRES CLÉS DE LA SEMAINE", "Arrivées sur les îles : 642", "– dont Lesbos : 214",
                           "– dont Samos : 163"]
