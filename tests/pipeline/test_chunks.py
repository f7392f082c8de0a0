"""Long documents: the base model reads chunks, migtext reads the whole, the result is the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import migtext
from migtext.pipeline import chunks

DEV = Path(__file__).resolve().parents[2] / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def long_text():
    texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    return "\n\n".join(texts[:12])


def test_chunks_cover_the_text_and_end_at_paragraph_breaks(long_text):
    bounds = chunks.chunk_bounds(long_text, 8000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(long_text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(e - s <= 8000 for s, e in bounds)
    assert all(long_text[e - 1] in "\n " for _, e in bounds[:-1])
    assert sum(long_text[s:e].endswith("\n") for s, e in bounds[:-1]) >= len(bounds) - 2


def test_a_text_without_breaks_is_still_cut_between_words():
    text = "mot " * 5000
    assert all(text[e - 1] == " " for _, e in chunks.chunk_bounds(text, 1000)[:-1])


@pytest.mark.slow
def test_a_long_document_read_in_chunks_gives_the_unchunked_result(nlp, long_text, monkeypatch):
    whole = migtext.doc_to_record(nlp(long_text))
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 6000)
    doc = migtext.make_doc(nlp, long_text)
    assert chunks.is_long(doc, 6000)
    chunked = migtext.doc_to_record(chunks.run_in_chunks(nlp, doc, 6000))
    assert chunked["entities"] == whole["entities"]
    assert chunked["people"] == whole["people"]


def test_document_passes_see_the_whole_document(nlp):
    text = ("Genève, 12 mars 2024 (OIM) – L'Agence nationale de lutte contre la traite des personnes (ANLTP) "
            "a ouvert un bureau.\n\n" + "Le rapport annuel est publié. " * 400 + "\n\nL'ANLTP a rappelé la semaine "
            "dernière le rôle de M. Diallo, directeur de l'ANLTP. Moussa Diallo a salué l'accord.")
    doc = chunks.run_in_chunks(nlp, migtext.make_doc(nlp, text), 3000)
    assert doc._.doc_date == "2024-03-12" and doc._.doc_date_source == "dateline"
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("ANLTP", "ORG") in labels and ("la semaine dernière", "DATE") in labels
    assert {e.kb_id_ for e in doc.ents if e.label_ == "DATE" and e.text == "la semaine dernière"} == {"2024-W10"}
    assert {e.kb_id_ for e in doc.ents if e.label_ == "PER"} == {"Moussa Diallo"}


def test_pipe_keeps_input_order_with_long_documents_among_short_ones(nlp, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 400)
    texts = ["Le HCR au Tchad.", "L'OIM au Niger. " * 60, "Le Mali et le Niger.", "La Libye. " * 80, "Le Maroc."]
    docs = list(migtext.annotate_many([{"text": t, "id": str(i)} for i, t in enumerate(texts)], nlp=nlp))
    assert [d._.doc_id for d in docs] == ["0", "1", "2", "3", "4"]
    assert [d.text for d in docs] == texts
    assert {e.kb_id_ for e in docs[3].ents} == {"LBY"}


def test_a_failing_long_document_raises_or_is_recorded_as_a_short_one_would(nlp, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 100)

    def boom(nlp, doc, size=100):
        raise RuntimeError("boom")

    monkeypatch.setattr(chunks, "run_in_chunks", boom)
    with pytest.raises(RuntimeError, match="boom"):
        list(migtext.annotate_many(["Le Tchad. " * 30], nlp=nlp, errors="raise"))
    docs = list(migtext.annotate_many(["Le Mali.", "Le Tchad. " * 30, "Le Niger."], nlp=nlp))  # errors="record"
    assert [d._.error_kind for d in docs] == [None, "failed", None]
    assert docs[1]._.error == "annotation failed: RuntimeError: boom" and docs[2].ents
