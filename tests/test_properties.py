"""Property: for any Unicode text the pipeline does not raise and offsets are exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import migtext
from migtext.core.normalise import source_text

FRENCH_BITS = st.sampled_from(
    [
        "l’OIM",
        "Qui sommes nous\n",
        "M. McKinley",
        "le 21 décembre",
        "Côte\nd'Ivoire",
        "(HCR)",
        "RDC",
        " - ",
        "nousL'Organisation",
        "\n\n",
        "Convention de 1951",
        "la semaine dernière",
        "« ",
        " »",
        "\u00a0",
        "é",
        "`",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=30), FRENCH_BITS), max_size=12).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_gives_exact_offsets(nlp, text):
    text = text.replace("\x00", "")
    doc = migtext.annotate(text, date="2024-03-12", nlp=nlp)
    assert source_text(doc) == text  # doc.text is the normalised view when the text needed one
    previous_end = 0
    for ent in doc.ents:
        assert 0 <= ent.start_char < ent.end_char <= len(doc.text)
        assert doc.text[ent.start_char : ent.end_char] == ent.text
        assert ent.start_char >= previous_end
        previous_end = ent.end_char
    rec = migtext.doc_to_record(doc)
    for e in rec["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
