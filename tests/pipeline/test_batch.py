"""Documents through nlp.pipe in one process: ids unique over the run, a failing
document gets its error and keeps its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from migtext.pipeline.batch import annotate_documents, iter_documents
from migtext.pipeline.factories import register_extensions
from migtext.pipeline.io.documents import Document


@Language.component("test_batch_fails_on_boom")
def fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component exploded on this document")
    return doc


def jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def fragile():
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_batch_fails_on_boom")
    return nlp


def test_iter_documents_makes_unique_ids_even_when_origins_collide(tmp_path):
    src = jsonl(tmp_path / "c.jsonl", [{"id": f"{tmp_path}/c.jsonl:2", "text": "a"}, {"text": "b"}])
    ids = [d.id for d in iter_documents([src])]
    assert ids == [f"{src}:2", f"{src}:2#2"]


def test_a_failing_component_gives_an_error_for_that_document_only(fragile):
    docs = [Document(i, i, text) for i, text in [("1", "Les Maliens."), ("2", "BOOM au Niger"), ("3", "Les Peuls.")]]
    got = list(annotate_documents(fragile, docs, batch_size=2))
    assert [d.id for d, _ in got] == ["1", "2", "3"]
    assert [doc is not None for _, doc in got] == [True, False, True]
    assert got[1][0].error == "annotation failed: RuntimeError: component exploded on this document"
    with pytest.raises(RuntimeError):  # the pipeline's own error handling is restored afterwards
        list(fragile.pipe(["BOOM"]))


def test_error_documents_keep_their_place_in_the_output(fragile):
    docs = [Document("e", "e", error="malformed JSON on line 1"), Document("ok", "ok", "Les Tchadiens.")]
    got = list(annotate_documents(fragile, docs))
    assert [(d.id, d.error, doc is None) for d, doc in got] == [("e", "malformed JSON on line 1", True),
                                                               ("ok", None, False)]
