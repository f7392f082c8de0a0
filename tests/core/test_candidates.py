"""Candidates and the per-document caches every component reads."""

from __future__ import annotations

import pytest
import spacy

from migtext.core.candidates import (
    CoverMask,
    add_candidate,
    doc_folded,
    doc_text,
    doc_words,
    drop_text_cache,
    get_candidates,
    pop_candidates,
)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def test_candidate_edges_lose_their_white_space_and_empty_ones_are_ignored(blank):
    doc = blank("Le HCR\n au Tchad.")
    cand = add_candidate(doc, 2, 7, "ORG", "UNHCR", method="exact", score=1.0, source="test")
    assert (cand.start, cand.end) == (3, 6)
    assert add_candidate(doc, 6, 8, "ORG", None, method="exact", score=1.0, source="test") is None
    assert [c.norm for c in get_candidates(doc, "ORG")] == ["UNHCR"]
    assert get_candidates(doc, "COUNTRY") == []


def test_an_empty_norm_is_none_and_attrs_are_copied(blank):
    doc = blank("Le Tchad.")
    attrs = {"alpha2": "TD"}
    cand = add_candidate(doc, 3, 8, "COUNTRY", "", method="alias", score=0.9, source="test", attrs=attrs)
    attrs["alpha2"] = "XX"
    assert cand.norm is None and cand.attrs == {"alpha2": "TD"}


def test_an_unknown_label_names_its_source(blank):
    with pytest.raises(ValueError, match=r"unknown label 'MISC' from test_component"):
        add_candidate(blank("x"), 0, 1, "MISC", None, method="model", score=0.5, source="test_component")


def test_pop_hands_the_candidates_over_once(blank):
    doc = blank("Le Tchad.")
    add_candidate(doc, 3, 8, "COUNTRY", "TCD", method="exact", score=1.0, source="test")
    assert len(pop_candidates(doc)) == 1
    assert pop_candidates(doc) == [] and get_candidates(doc) == []


def test_text_folded_text_and_words_are_built_once_and_dropped_at_the_end(blank):
    doc = blank("L’Égypte et la Libye")
    assert doc_text(doc) == "L’Égypte et la Libye"
    assert doc_folded(doc) == "l'egypte et la libye"
    assert doc_words(doc) is doc_words(doc)
    assert [w.key for w in doc_words(doc)] == ["l", "egypte", "et", "la", "libye"]
    drop_text_cache(doc)
    assert not any(key.startswith("migtext.") for key in doc.user_data)


def test_cover_mask_answers_overlaps_by_character():
    mask = CoverMask(20, [(2, 5)])
    mask.add(10, 12)
    assert mask.overlaps(4, 8) and mask.overlaps(11, 11 + 1)
    assert not mask.overlaps(5, 10) and not mask.overlaps(12, 20)


def test_a_kept_dateline_is_read_back_and_dropped_with_the_text_cache(blank):
    from migtext.core.candidates import drop_text_cache, keep_dateline, kept_dateline

    doc = blank.make_doc("Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants.")
    assert kept_dateline(doc) is None  # nobody looked
    keep_dateline(doc, None)
    assert kept_dateline(doc) == ()  # looked, found none
    keep_dateline(doc, (0, 30, "place"))
    assert kept_dateline(doc) == (0, 30, "place")
    drop_text_cache(doc)
    assert kept_dateline(doc) is None
