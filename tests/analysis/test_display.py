"""migtext.analysis.display: colours per label, the norm beside each label, and safe HTML."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from migtext.analysis.display import LABEL_COLOURS, display, parse
from migtext.core.candidates import LABELS
from migtext.pipeline.factories import register_extensions

# The tags displaCy's entity template writes; anything else that looks like a tag in the
# output came from the document and was not escaped.
TEMPLATE_TAGS = re.compile(r"</?(?:mark|span|a|div|h2|br)\b[^<>]*>")


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    return spacy.blank("fr")


def make(blank, text, ents, doc_id=None, date=None):
    """A Doc with hand-set entities: (surface, label, norm, attrs) in text order."""
    doc = blank(text)
    spans, cursor = [], 0
    for surface, label, norm, attrs in ents:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, cursor, label=label, kb_id=norm or "")
        assert span is not None, surface
        spans.append((span, attrs))
    doc.ents = [s for s, _ in spans]
    for ent, (_, attrs) in zip(doc.ents, spans, strict=True):
        ent._.attrs = attrs
    doc._.doc_id, doc._.doc_date = doc_id, date
    return doc


def test_every_label_has_its_own_colour():
    assert set(LABEL_COLOURS) == set(LABELS)
    assert len(set(LABEL_COLOURS.values())) == len(LABELS)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in LABEL_COLOURS.values())


def test_script_and_ampersand_in_a_document_are_escaped(annotate):
    doc = annotate("<script>alert(1)</script> L'OIM & le HCR aident les migrants au Niger.", date="2024-03-12")
    html = display(doc, jupyter=False)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert " &amp; " in html
    assert not TEMPLATE_TAGS.sub("", html).count("<")


def test_the_real_pipeline_output_is_highlighted_with_its_norms(annotate):
    doc = annotate("L'Organisation internationale pour les migrations (OIM) travaille au Niger.")
    html = display(doc, jupyter=False)
    assert html.count("<mark") == len(doc.ents)
    for ent in doc.ents:
        assert f"{LABEL_COLOURS[ent.label_]};" in html
        if ent.kb_id_:
            assert f">{ent.kb_id_}</a>" in html


def test_norm_is_shown_beside_the_label(blank):
    doc = make(blank, "Le HCR au Niger.", [("HCR", "ORG", "UNHCR", {}), ("Niger", "COUNTRY", "NER", {})])
    html = display(doc, jupyter=False)
    assert re.search(r"ORG\s*<a [^>]*>UNHCR</a>", html)
    assert re.search(r"COUNTRY\s*<a [^>]*>NER</a>", html)
    assert "UNHCR" not in display(doc, jupyter=False, show_norm=False)


def test_an_entity_without_norm_has_no_link(blank):
    doc = make(blank, "Le ministère de l'Intérieur a répondu.", [("ministère de l'Intérieur", "ORG", None, {})])
    html = display(doc, jupyter=False)
    assert "<mark" in html
    assert "<a " not in html


@pytest.mark.parametrize(
    "norm, escaped",
    [
        ("<b>Grandi</b>", "&lt;b&gt;Grandi&lt;/b&gt;"),
        ("Smith & Wesson", "Smith &amp; Wesson"),
        ('Jean "le Bon"', "Jean &quot;le Bon&quot;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ],
)
def test_a_norm_taken_from_the_text_is_escaped(blank, norm, escaped):
    doc = make(blank, "Selon M. Grandi, rien.", [("Grandi", "PER", norm, {})])
    html = display(doc, jupyter=False)
    assert escaped in html
    assert not TEMPLATE_TAGS.sub("", html).count("<")


def test_the_title_is_escaped_and_defaults_to_id_and_date(blank):
    doc = make(blank, "Au Tchad.", [("Tchad", "COUNTRY", "TCD", {})], doc_id="<i>note</i>.txt", date="2024-04-03")
    html = display(doc, jupyter=False)
    assert "&lt;i&gt;note&lt;/i&gt;.txt · 2024-04-03" in html
    assert "<i>" not in html
    assert "Rapport &amp; annexes" in display(doc, jupyter=False, title="Rapport & annexes")
    assert "<h2" not in display(doc, jupyter=False, title="")


@pytest.mark.parametrize(
    "qid, url",
    [
        ("Q472311", 'href="https://www.wikidata.org/wiki/Q472311"'),
        ('Q1" onmouseover="alert(1)', 'href="#"'),
        ("javascript:alert(1)", 'href="#"'),
        (None, 'href="#"'),
        (42, 'href="#"'),
    ],
)
def test_links_go_to_wikidata_only_for_a_real_qid(blank, qid, url):
    doc = make(blank, "L'OIM recrute.", [("OIM", "ORG", "IOM", {"qid": qid})])
    html = display(doc, jupyter=False)
    assert url in html
    assert "onmouseover" not in html and "javascript:" not in html


def test_labels_keep_only_some_entities(blank):
    doc = make(blank, "Le HCR au Niger en 2024.", [("HCR", "ORG", "UNHCR", {}), ("Niger", "COUNTRY", "NER", {}),
                                                   ("2024", "DATE", "2024", {})])
    html = display(doc, labels=["ORG", "DATE"], jupyter=False)
    assert html.count("<mark") == 2
    assert LABEL_COLOURS["COUNTRY"] not in html
    assert [e["label"] for e in parse(doc, labels=["COUNTRY"])["ents"]] == ["COUNTRY"]


def test_an_unknown_label_is_an_error_naming_it(blank):
    doc = make(blank, "Au Niger.", [("Niger", "COUNTRY", "NER", {})])
    with pytest.raises(ValueError, match="GPE"):
        display(doc, labels=["GPE"], jupyter=False)


@pytest.mark.parametrize("bad", ["L'OIM au Niger.", {"text": "L'OIM"}, [None], 3])
def test_only_docs_are_displayed(bad):
    with pytest.raises(TypeError, match="Doc"):
        display(bad, jupyter=False)


def test_several_documents_and_a_full_page(blank):
    one = make(blank, "Au Niger.", [("Niger", "COUNTRY", "NER", {})], doc_id="un")
    two = make(blank, "Au Mali.", [("Mali", "COUNTRY", "MLI", {})], doc_id="deux")
    html = display([one, two], jupyter=False)
    assert html.count("<mark") == 2
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", html) == ["un", "deux"]
    page = display(one, jupyter=False, page=True)
    assert page.lstrip().startswith("<!DOCTYPE html>")


def test_line_breaks_and_curly_apostrophes_keep_their_place(blank):
    text = "L’Organisation internationale\npour les migrations aide\nla Libye."
    doc = make(blank, text, [("Organisation internationale\npour les migrations", "ORG", "IOM", {}),
                             ("Libye", "COUNTRY", "LBY", {})])
    html = display(doc, jupyter=False)
    assert "L’" in html
    assert html.count("<br>") == 1  # the break between "aide" and "la"; the one inside the name stays in its mark
    assert html.count("<mark") == 2
    assert "Organisation internationale\npour les migrations" in html


def test_outside_jupyter_the_html_is_returned(blank):
    doc = make(blank, "Au Niger.", [("Niger", "COUNTRY", "NER", {})])
    assert isinstance(display(doc), str)


def test_a_doc_that_never_went_through_migtext_still_renders(blank):
    doc = blank("Au Niger.")
    doc.ents = [Span(doc, 1, 2, label="COUNTRY", kb_id="NER")]
    assert doc.ents[0]._.attrs is None and doc._.doc_id is None
    html = display(doc, jupyter=False)
    assert ">NER</a>" in html and "<h2" not in html


SCARY = st.text(alphabet=st.sampled_from(list("ab <>&\"'/=;\n’Éé")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(before=SCARY, after=SCARY, norm=SCARY)
def test_nothing_from_the_document_becomes_a_tag(blank, before, after, norm):
    text = f"{before} Niger {after}"
    doc = make(blank, text, [("Niger", "COUNTRY", norm.strip() or "NER", {"qid": norm})])
    html = display(doc, jupyter=False)
    assert not TEMPLATE_TAGS.sub("", html).count("<")
    assert not TEMPLATE_TAGS.sub("", html).count(">")
