"""The normalised view: what the tokenizer reads, with every offset mapping back exactly."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migtext.core.normalise import decode_reference, needs_normalising, normalise


def view_and_back(text, surface):
    """The view, and the text as given under the view's occurrence of `surface`."""
    view = normalise(text)
    start = view.text.index(surface)
    s, e = view.to_source(start, start + len(surface))
    return view.text, text[s:e]


@pytest.mark.parametrize(
    "text",
    ["Le HCR a accueilli 300 réfugiés soudanais au Tchad.", "L’OIM — « Genève », 2 500 migrants\n", ""],
)
def test_an_ordinary_text_is_its_own_view(text):
    assert normalise(text) is None


def test_no_break_and_thin_spaces_read_as_spaces_at_their_own_offsets():
    text = "Avril\u00a0: 6\u202f120 arrivées\u2009; « Lesbos\u00a0»"
    view, back = view_and_back(text, "Avril : 6 120")
    assert view == "Avril : 6 120 arrivées ; « Lesbos »"
    assert back == "Avril\u00a0: 6\u202f120"


def test_nfd_accents_are_composed_and_map_back_to_both_characters():
    text = unicodedata.normalize("NFD", "Les réfugiés arrivent à Genève.")
    view, back = view_and_back(text, "Genève")
    assert view == "Les réfugiés arrivent à Genève."
    assert back == unicodedata.normalize("NFD", "Genève")


@pytest.mark.parametrize(
    "written, surface, read",
    [
        ("Caf&eacute; et l&#39;OIM", "l'OIM", "l&#39;OIM"),
        ("Genève &amp; Nairobi", "Genève & Nairobi", "Genève &amp; Nairobi"),
        ("Contact&nbsp;: Dakar", "Contact : Dakar", "Contact&nbsp;: Dakar"),
        ("l&#x27;Égypte", "l'Égypte", "l&#x27;Égypte"),
        ("r&eacute;fugi&eacute;s", "réfugiés", "r&eacute;fugi&eacute;s"),
    ],
)
def test_character_references_are_decoded(written, surface, read):
    assert view_and_back(written, surface)[1] == read


@pytest.mark.parametrize("reference", ["&bogus;", "&#0;", "&#xD800;", "&#99999999;"])
def test_what_is_not_a_character_reference_stays(reference):
    assert decode_reference(reference) is None
    text = f"Le Tchad {reference} et le Niger"
    view = normalise(text)
    assert view is None or reference in view.text


def test_zero_width_characters_and_soft_hyphens_are_removed():
    text = "la soli\u00addarité avec le Tcha\u200bd\ufeff"
    view, back = view_and_back(text, "solidarité")
    assert view == "la solidarité avec le Tchad"
    assert back == "soli\u00addarité"
    assert view_and_back(text, "Tchad")[1] == "Tcha\u200bd"  # the invisible character after it stays out


def test_a_lone_carriage_return_is_a_line_break_and_crlf_is_one():
    assert normalise("Genève\rDakar").text == "Genève\nDakar"
    text = "Plus d'une\r\ncentaine de migrants\r\nà Dakar"
    view, back = view_and_back(text, "une\ncentaine")
    assert view == "Plus d'une\ncentaine de migrants\nà Dakar"
    assert back == "une\r\ncentaine"  # the span maps back over the "\r\n"


def test_markup_is_blanked_at_its_own_size():
    text = "Le HCR au <a href='https://www.unhcr.org/fr/tchad'>Tchad</a> hier."
    view = normalise(text)
    assert len(view.text) == len(text)
    assert "tchad'" not in view.text and view.text.index("Tchad") == text.index(">Tchad") + 1
    assert view.text.split() == ["Le", "HCR", "au", "Tchad", "hier."]


def test_block_tags_are_line_breaks_and_a_br_before_a_newline_adds_none():
    text = "<h1>Titre</h1><p>Première phrase de<br>\ntous les travailleurs.</p>"
    view = normalise(text).text
    assert view.split("\n\n")[1].strip() == "Titre"
    assert "de\ntous" in view  # one line break, as on the page (the "<br>" before it dropped)
    assert normalise("a<br>b").text == "a\n   b"


def test_a_tables_rows_are_lines_and_its_cells_are_split_by_a_pipe():
    text = (
        "<table>\n<tr><th>Pays</th><th>Arrivées</th></tr>\n<tr><td>Italie</td><td>66 317</td></tr>\n"
        "<tr><td>Grèce</td><td>41 561</td></tr></table>"
    )
    view = normalise(text).text
    assert len(view) == len(text)
    rows = [" ".join(line.split()) for line in view.split("\n") if line.strip()]
    assert rows == ["Pays | Arrivées", "Italie | 66 317", "Grèce | 41 561"]  # no blank line between rows
    # a row written on the line of the one before starts a line of its own
    flat = normalise("<tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr>").text
    assert [" ".join(line.split()) for line in flat.split("\n") if line.strip()] == ["A | 1", "B | 2"]


def test_scripts_styles_and_comments_are_blank():
    text = "<script>var pays = 'Maroc';</script><style>.x{}</style><!-- Tchad --> Le Niger."
    assert normalise(text).text.split() == ["Le", "Niger."]


def test_broken_markup_outside_a_tag_is_blank():
    text = '"mailto:jdoe@iom.int" target="_blank" title=\n"">jdoe@iom.int'
    view = normalise(text).text
    assert "target" not in view and "title" not in view and view.count("jdoe@iom.int") == 2


@pytest.mark.parametrize("text", ["x < 5 et y > 3", "2 < 3", "a=b"])
def test_comparisons_are_not_markup(text):
    view = normalise(text)
    assert view is None or view.text == text


def test_needs_normalising_is_the_cheap_test_before_the_work():
    assert not needs_normalising("Le HCR au Tchad.")
    assert needs_normalising("Gene\u0300ve") and needs_normalising("a &amp; b") and needs_normalising("<p>x</p>")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aéE\u0301\u0300 <>&;#x3912p/b\u200b\u00ad\r\n'\"=")), max_size=60))
def test_any_text_maps_back_inside_itself(text):
    view = normalise(text)
    if view is None:
        return
    for start in range(len(view.text) + 1):
        for end in range(start, min(len(view.text), start + 5) + 1):
            s, e = view.to_source(start, end)
            assert 0 <= s <= e <= len(text)


def test_a_line_break_tag_before_a_line_end_is_dropped_and_maps_back():
    text = "Selon elle, une<br>\ncentaine d'exilés, et deux<BR />\ncents mineurs.<br>Fin"
    view, back = view_and_back(text, "une\ncentaine")
    assert view.startswith("Selon elle, une\ncentaine d'exilés, et deux\ncents mineurs.")
    assert back == "une<br>\ncentaine"
    assert view.endswith("mineurs.\n   Fin")  # a break tag inside a line is the line break
