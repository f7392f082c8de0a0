"""The first migtext component: the base model's entities become evidence, the page is mapped."""

from __future__ import annotations


def through_page(nlp, text):
    """The Doc as the base model and migtext_page leave it, before any other component."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "migtext_page":
            return doc
    raise AssertionError("no migtext_page in the pipeline")


def test_base_model_entities_become_evidence_and_menu_lines_are_boilerplate(nlp):
    text = "Accueil\nQui sommes nous\n\nGenève – Le HCR a accueilli des réfugiés au Tchad."
    doc = through_page(nlp, text)
    assert doc.ents == ()
    assert (text.index("Genève"), text.index("Genève") + 6, "LOC") in doc._.model_ents
    assert doc._.boilerplate == [(0, len("Accueil")), (text.index("Qui"), text.index("\n\n"))]


def test_model_spans_stop_at_a_paragraph_break(nlp):
    text = "Déclaration de Jean\n\nDupont arrive demain."
    assert all("\n\n" not in text[s:e] for s, e, _ in through_page(nlp, text)._.model_ents)
