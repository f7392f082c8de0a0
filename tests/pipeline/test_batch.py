"""Documents through nlp.pipe in one process: ids unique over the run, a failing
document gets its error and keeps its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migtext.pipeline.batch import annotate_documents, iter_documents
from migtext.pipeline.io.documents import Document


def jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_iter_documents_makes_unique_ids_even_when_origins_collide(tmp_path):
    src = jsonl(tmp_path / "c.jsonl", [{"id": f"{tmp_path}/c.jsonl:2", "text": "a"}, {"text": "b"}])
    ids = [d.id for d in iter_documents([src])]
    assert ids == [f"{src}:2", f"{src}:2#2"]


def test_a_failing_component_gives_an_error_for_that_document_only(fragile):
    docs = [Document(i, i, text) for i, text in [("1", "Les Maliens."), ("2", "BOOM au Niger"), ("3", "Les Peuls.")]]
    got = list(annotate_documents(fragile, docs, batch_size=2))
    assert [d._.doc_id for d in got] == ["1", "2", "3"]
    assert [d._.error for d in got] == [None, "annotation failed: RuntimeError: component exploded on this document",
                                        None]
    assert got[1]._.error_kind == "failed" and len(got[1]) == 0
    with pytest.raises(RuntimeError):  # the pipeline's own error handling is restored afterwards
        list(fragile.pipe(["BOOM"]))


def test_error_documents_keep_their_place_in_the_output(fragile):
    docs = [Document.failure("e", "e", "malformed", "malformed JSON on line 1"), Document("ok", "ok", "Les Tchadiens.")]
    got = list(annotate_documents(fragile, docs))
    assert [(d._.doc_id, d._.error, d._.error_kind) for d in got] == [
        ("e", "malformed JSON on line 1", "malformed"), ("ok", None, None)]


def test_dates_own_field_then_fallback_and_override_for_every_document(fragile):
    docs = [Document("own", "own", "Les Maliens.", "2023-06-01"), Document("none", "none", "Les Peuls."),
            Document("bad", "bad", "Les Peuls.", "hier")]
    got = list(annotate_documents(fragile, docs, fallback="2020-01-01"))
    assert [(d._.doc_date, d._.doc_date_source) for d in got] == [
        ("2023-06-01", "given"), ("2020-01-01", "fallback"), ("2020-01-01", "fallback")]
    assert got[2]._.warnings and "'hier' is not an ISO date" in got[2]._.warnings[0] and got[2]._.error is None
    forced = list(annotate_documents(fragile, docs, override="2024-03-12"))
    assert [(d._.doc_date, d._.doc_date_source, d._.warnings) for d in forced] == [("2024-03-12", "given", None)] * 3


def test_a_document_made_by_hand_is_checked_too(fragile):
    [doc] = annotate_documents(fragile, [Document("x", "x", "L'OIM\x00")])
    assert doc._.error_kind == "binary"
