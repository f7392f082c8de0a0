"""Resolution: one span per mention, outermost wins, rules before the base model."""

from __future__ import annotations

from migtext.core.candidates import Candidate, add_candidate, doc_words, get_candidates
from migtext.core.resolve import Resolver, choose


def cand(start, end, label, norm=None, method="exact", score=1.0):
    return Candidate(start, end, label, norm, method, score, "test")


def test_outermost_rule_candidate_wins():
    legal = cand(0, 60, "LEGAL", "untc:XVIII-12")
    org = cand(16, 29, "ORG", "UN")
    assert choose([org, legal], []) == [legal]


def test_rule_candidate_beats_longer_model_candidate():
    model = cand(0, 40, "ORG", method="model", score=0.9)
    rule = cand(10, 20, "LEGAL", "untc:IV-13", score=0.5)
    assert choose([model, rule], []) == [rule]


def test_model_candidates_fill_gaps_only():
    rule = cand(0, 5, "COUNTRY", "MAR")
    model = cand(10, 14, "LOC", method="model")
    assert choose([model, rule], []) == [rule, model]


def test_boilerplate_candidates_are_dropped():
    menu = cand(0, 12, "ORG", method="model")
    assert choose([menu], [(0, 15)]) == []


def test_ties_are_broken_by_score_then_label_order_deterministically():
    a = cand(0, 7, "COUNTRY", "MUS", score=0.6)
    b = cand(0, 7, "PER", "Maurice", score=0.9)
    assert choose([a, b], []) == [b]
    c = cand(0, 5, "COUNTRY", "NER", score=0.8)
    d = cand(0, 5, "LOC", score=0.8)
    assert choose([d, c], []) == choose([c, d], []) == [c]


def test_unknown_label_is_rejected(nlp):
    doc = nlp.make_doc("Bonjour")
    import pytest

    with pytest.raises(ValueError, match="unknown label 'MISC'"):
        add_candidate(doc, 0, 7, "MISC", None, method="model", score=0.5, source="test")


def test_glued_words_are_split_so_offsets_stay_exact(nlp):
    text = "Qui sommes nousL'Organisation internationale pour les migrations (OIM) agit."
    doc = nlp.make_doc(text)
    start = text.index("Organisation")
    end = text.index(" (OIM)")
    add_candidate(doc, start, end, "ORG", "IOM", method="exact", score=1.0, source="test")
    doc = Resolver(nlp, "r")(doc)
    assert [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents] == [(start, end, "ORG", "IOM")]
    assert doc.text == text


def test_split_inside_a_token_on_both_edges(nlp):
    text = "voirAlgérieet"
    doc = nlp.make_doc(text)
    add_candidate(doc, 4, 11, "COUNTRY", "DZA", method="exact", score=1.0, source="test")
    doc = Resolver(nlp, "r")(doc)
    assert [e.text for e in doc.ents] == ["Algérie"]
    assert doc.ents[0]._.method == "exact"


def test_candidate_edges_are_trimmed_of_white_space(nlp):
    doc = nlp.make_doc("à  Lima\n")
    c = add_candidate(doc, 1, 8, "LOC", None, method="model", score=0.5, source="test")
    assert (c.start, c.end) == (3, 7)
    assert add_candidate(doc, 0, 1, "LOC", None, method="model", score=0.5, source="test") is not None
    assert add_candidate(doc, 1, 3, "LOC", None, method="model", score=0.5, source="test") is None


def test_candidates_are_consumed_and_kept_only_on_request(nlp):
    text = "Le Conseil de sécurité des Nations unies se réunit."
    start, end = text.index("Conseil"), text.index(" se réunit")
    inner = text.index("Nations unies")

    def run(keep):
        doc = nlp.make_doc(text)
        add_candidate(doc, start, end, "ORG", "UNSC", method="exact", score=1.0, source="test")
        add_candidate(doc, inner, inner + len("Nations unies"), "ORG", "UN", method="exact", score=1.0, source="test")
        return Resolver(nlp, "r", keep_candidates=keep)(doc)

    kept = run(True)
    assert [e.text for e in kept.ents] == ["Conseil de sécurité des Nations unies"]
    # the losing inner candidate is still there for inspection, as plain values
    assert sorted(c[3] for c in kept._.migtext_candidates) == ["UN", "UNSC"]
    assert get_candidates(kept) == []
    assert run(False)._.migtext_candidates is None


def test_the_token_vectors_are_dropped_unless_kept():
    """The full analysis (`pos="full"`) computes the shared token vectors for every token."""
    import migtext

    nlp = migtext.load(pos="full")
    text = "Le HCR aide les réfugiés soudanais au Tchad."
    doc = nlp(text)
    assert doc.tensor.shape == (0,)
    assert [e.text for e in doc.ents] == ["HCR", "soudanais", "Tchad"]
    resolver = nlp.get_pipe("migtext_resolver")
    resolver.keep_tensor = True
    try:
        kept = nlp(text)
    finally:
        resolver.keep_tensor = False
    assert kept.tensor.shape[0] == len(kept) and kept.tensor.shape[1] > 0


def test_the_text_caches_are_kept_only_on_request(nlp):
    text = "Le HCR aide les réfugiés soudanais au Tchad."

    def run(keep):
        doc = nlp.make_doc(text)
        doc_words(doc)  # a component read the words
        add_candidate(doc, 3, 6, "ORG", "UNHCR", method="exact", score=1.0, source="test")
        return Resolver(nlp, "r", keep_text_cache=keep)(doc)

    assert not any(str(key).startswith("migtext.") for key in run(False).user_data)
    kept = run(True)
    assert kept.user_data["migtext.core.text"] == text and "migtext.words" in kept.user_data
