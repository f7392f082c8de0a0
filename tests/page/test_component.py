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


def test_a_text_made_of_menus_and_markup_gets_a_warning_in_its_record(nlp):
    import migtext

    html = ('<nav><ul><li><a href="/fr">Accueil</a></li><li><a href="/fr/qui">Qui sommes nous</a></li></ul></nav>'
            "<script>var pays = 'Maroc';</script> https://www.iom.int/fr/news/article-12")
    record = migtext.doc_to_record(migtext.annotate(html, nlp=nlp))
    assert record["entities"] == []
    assert len(record["warnings"]) == 1 and "menus, markup or addresses" in record["warnings"][0]
    assert migtext.doc_to_record(migtext.annotate("Le HCR au Tchad. www.unhcr.org", nlp=nlp))["warnings"] == []
