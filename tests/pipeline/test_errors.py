"""The error model: kinds, error Docs, and an nlp.pipe that keeps every document in its place."""

from __future__ import annotations

import pytest

from migtext.core.errors import InputError
from migtext.pipeline.errors import ERROR_KINDS, DocumentError, count_text, error_doc, kind_counts, pipe_safely


def test_a_document_error_is_an_input_error_with_a_known_kind():
    err = DocumentError("encoding", "line 3 is not UTF-8")
    assert isinstance(err, InputError) and err.kind == "encoding" and str(err) == "line 3 is not UTF-8"
    with pytest.raises(ValueError, match="unknown error kind 'oops'"):
        DocumentError("oops", "x")


def test_error_doc_carries_id_message_and_kind(fragile):
    doc = error_doc(fragile.vocab, "a.txt", "document is empty", "empty")
    assert (len(doc), doc._.doc_id, doc._.error, doc._.error_kind) == (0, "a.txt", "document is empty", "empty")
    with pytest.raises(ValueError, match="unknown error kind"):
        error_doc(fragile.vocab, "a", "x", "bad-kind")


def test_count_text_names_kinds_most_frequent_first():
    counts = kind_counts(["empty", "encoding", None, "empty", "empty", "no_text_field"])
    assert count_text(counts) == "3 empty, 1 not UTF-8, 1 without the text field"
    assert count_text({}) == ""
    assert set(ERROR_KINDS) >= {"empty", "encoding", "binary", "too_large", "no_text_field", "failed"}


def test_pipe_safely_gives_one_doc_per_doc_in_order_even_with_repeated_ids(fragile):
    texts = ["Mali un", "BOOM deux", "Niger trois", "BOOM quatre", "Tchad cinq"]
    docs = [fragile.make_doc(t) for t in texts]
    for doc in docs:
        doc._.doc_id = "same"  # ids need not be unique: order is kept by position
    docs.insert(2, error_doc(fragile.vocab, "gone", "malformed JSON on line 3", "malformed"))
    got = list(pipe_safely(fragile, docs, batch_size=2))
    assert [d.text for d in got] == ["Mali un", "", "", "Niger trois", "", "Tchad cinq"]
    assert [d._.error_kind for d in got] == [None, "failed", "malformed", None, "failed", None]
    assert got[1]._.error == "annotation failed: RuntimeError: component exploded on this document"
    assert got[1]._.doc_id == "same"
    assert [d._.people for d in got if d._.error is None] == [[{"norm": "Mali"}], [{"norm": "Niger"}],
                                                              [{"norm": "Tchad"}]]
    assert all("migtext_sequence" not in d.user_data for d in got)


def test_pipe_safely_keeps_the_warnings_of_a_failed_document(fragile):
    doc = fragile.make_doc("BOOM")
    doc._.warnings = ["document date 'hier' is not an ISO date"]
    [failed] = pipe_safely(fragile, [doc])
    assert failed._.error_kind == "failed" and failed._.warnings == ["document date 'hier' is not an ISO date"]


def test_pipe_safely_when_every_document_fails(fragile):
    got = list(pipe_safely(fragile, [fragile.make_doc("BOOM a"), fragile.make_doc("BOOM b")], batch_size=1))
    assert [d._.error_kind for d in got] == ["failed", "failed"]


def test_a_component_that_tags_a_batch_at_once_fails_one_document_only(nlp, monkeypatch):
    """migtext's components that tag a whole batch in one run (`core.tags.BatchTagging`)
    hand a failing document to the error handler: the batch's other documents go on."""
    import migtext

    people = nlp.get_pipe("migtext_people")
    real = people.prepare

    def prepare(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("people exploded")
        return real(doc)

    texts = ["Le HCR au Tchad, mardi.", "BOOM au Mali.", "Amy Pope, directrice générale de l'OIM, au Niger."]
    alone = [[(e.text, e.label_) for e in nlp(t).ents] for t in (texts[0], texts[2])]
    monkeypatch.setattr(people, "prepare", prepare)
    got = list(migtext.annotate_many(texts, nlp=nlp, batch_size=8))
    assert [d._.error_kind for d in got] == [None, "failed", None]
    assert got[1]._.error == "annotation failed: RuntimeError: people exploded"
    assert [[(e.text, e.label_) for e in d.ents] for d in (got[0], got[2])] == alone
    assert people.get_error_handler().__name__ == "raise_error"  # put back after the run
