"""run_annotate end to end: every input document gives exactly one record, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.tokens import DocBin

import migtext
from migtext.core.errors import InputError
from migtext.pipeline.corpus import run_annotate
from migtext.pipeline.io.writers import ERROR_KEY
from migtext.pipeline.records import doc_to_record

NEWS = {
    "geneve": "Genève, 12 mars 2024 – L’Organisation internationale pour les migrations (OIM) "
              "a accueilli hier 120 Sénégalais rapatriés de Libye.",
    "tchad": "Le HCR estime que plus de 600 000 Soudanais ont trouvé refuge au Tchad depuis avril 2023.",
    "haiti": "Les expulsions d'Haïtiens depuis la République dominicaine ont doublé cette semaine, "
             "selon l'OIM et l'UNICEF.",
}


def jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def read_jsonl(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected(nlp, doc_id, date="2024-03-12"):
    """The record the one-document API gives, as JSON would carry it."""
    doc = migtext.annotate(NEWS[doc_id], date=date, id=doc_id, nlp=nlp)
    return json.loads(json.dumps(doc_to_record(doc)))


@pytest.fixture()
def corpus(tmp_path):
    return jsonl(tmp_path / "news.jsonl", [{"id": k, "text": v, "date": "2024-03-12"} for k, v in NEWS.items()])


def test_jsonl_output_equals_the_one_document_api(nlp, corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_annotate([corpus], out, nlp=nlp, batch_size=2)
    records = read_jsonl(out)
    assert [r["id"] for r in records] == list(NEWS)
    assert records == [expected(nlp, k) for k in NEWS]
    assert (summary.documents, summary.errors, summary.skipped) == (3, 0, 0)
    assert summary.entities == sum(len(r["entities"]) for r in records) > 0
    assert "3 documents" in str(summary) and "0 errors" in str(summary)


def test_csv_and_parquet_outputs_hold_every_entity_of_the_jsonl(nlp, corpus, tmp_path):
    run_annotate([corpus], tmp_path / "out.jsonl", nlp=nlp)
    entities = [(r["id"], e["start"], e["end"], e["label"]) for r in read_jsonl(tmp_path / "out.jsonl")
                for e in r["entities"]]
    for name in ("out.csv", "out.parquet"):
        run_annotate([corpus], tmp_path / name, nlp=nlp)
        frame = pd.read_csv(tmp_path / name) if name.endswith(".csv") else pd.read_parquet(tmp_path / name)
        columns = frame[["id", "start", "end", "label"]].itertuples(index=False)
        got = [(i, int(s), int(e), lab) for i, s, e, lab in columns]
        assert got == entities, name


def test_spacy_output_keeps_entities_ids_and_dates(nlp, corpus, tmp_path):
    out = tmp_path / "out.spacy"
    run_annotate([corpus], out, nlp=nlp)
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [d._.doc_id for d in docs] == list(NEWS)
    assert [d.text for d in docs] == list(NEWS.values())
    assert all(d._.doc_date == "2024-03-12" for d in docs)
    assert [[(e.start_char, e.label_, e.kb_id_) for e in d.ents] for d in docs] == [
        [(e["start"], e["label"], e["norm"] or "") for e in expected(nlp, k)["entities"]] for k in NEWS
    ]


def test_date_option_fills_documents_without_a_date(nlp, tmp_path):
    src = jsonl(tmp_path / "a.jsonl", [{"text": NEWS["tchad"]}, {"text": NEWS["tchad"], "date": "2023-06-01"}])
    run_annotate([src], tmp_path / "out.jsonl", nlp=nlp, date="2024-03-12")
    assert [r["date"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["2024-03-12", "2023-06-01"]


def test_a_bad_date_option_is_an_unusable_argument(nlp, corpus, tmp_path):
    with pytest.raises(InputError, match="not an ISO date"):
        run_annotate([corpus], tmp_path / "out.jsonl", nlp=nlp, date="12/03/2024")
    assert not (tmp_path / "out.jsonl").exists()


# --- the corpus of bad inputs ---------------------------------------------------------


@pytest.fixture()
def bad_corpus(tmp_path):
    root = tmp_path / "bad"
    root.mkdir()
    (root / "ok.txt").write_text(NEWS["geneve"], encoding="utf-8")
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "latin1.txt").write_text("Les Ivoiriens rapatriés de Tunisie.", encoding="latin-1")
    (root / "huge.txt").write_text("Les migrants arrivent à Lampedusa. " * 150_000)  # 5 MB
    (root / "rows.jsonl").write_text(
        json.dumps({"id": "r1", "text": NEWS["tchad"]}) + "\n"
        + '{"id": "r2", "text": "Les Syriens au Liban\n'
        + json.dumps({"id": "r3", "text": "x" * 1_000_001}) + "\n"
        + json.dumps({"id": "r4", "text": NEWS["haiti"], "date": "hier"}) + "\n",
        encoding="utf-8",
    )
    (root / "nocol.csv").write_text("id,body\n1,Les Syriens\n", encoding="utf-8")
    (root / "zero.csv").write_text("")
    return root


def test_bad_inputs_give_error_records_and_the_run_goes_on(nlp, bad_corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_annotate([str(bad_corpus)], out, nlp=nlp)
    records = {r["id"]: r for r in read_jsonl(out)}
    path = str(bad_corpus)
    errors = {k: r.get("error") for k, r in records.items()}
    expected_errors = {
        f"{path}/binary.txt": "file contains NUL bytes: it looks like a binary file",
        f"{path}/empty.txt": "document is empty",
        f"{path}/huge.txt": "too large for one document",
        f"{path}/latin1.txt": "is not UTF-8 (byte 0xe9 at offset 21); it looks like Latin-1",
        f"{path}/nocol.csv": "CSV has no 'text' column (columns: ['id', 'body'])",
        f"{path}/rows.jsonl:2": "malformed JSON on line 2",
        "r3": "over migtext's limit of 1,000,000",
        "r4": "'hier' is not an ISO date",
        f"{path}/zero.csv": "CSV has no 'text' column (columns: [])",
    }
    assert set(errors) == set(expected_errors) | {f"{path}/ok.txt", "r1"}
    for doc_id, message in expected_errors.items():
        assert message in errors[doc_id], doc_id
        assert records[doc_id]["entities"] == []
    assert errors["r1"] is None and errors[f"{path}/ok.txt"] is None
    assert records["r1"]["entities"] and records[f"{path}/ok.txt"]["entities"]
    assert (summary.documents, summary.errors) == (11, 9)


def test_an_empty_jsonl_file_is_accounted_for(nlp, tmp_path):
    src = tmp_path / "empty.jsonl"
    src.write_text("\n\n")
    run_annotate([str(src)], tmp_path / "out.jsonl", nlp=nlp)
    [record] = read_jsonl(tmp_path / "out.jsonl")
    assert record["id"] == str(src) and "holds no document" in record["error"]


def test_duplicate_ids_become_errors_under_their_origin(nlp, tmp_path):
    src = jsonl(tmp_path / "dup.jsonl", [{"id": "a", "text": NEWS["tchad"]}, {"id": "a", "text": NEWS["haiti"]}])
    run_annotate([src], tmp_path / "out.jsonl", nlp=nlp)
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == ["a", f"{src}:2"]
    assert "duplicate id 'a'" in records[1]["error"] and "error" not in records[0]


def test_spacy_output_stores_error_documents(nlp, tmp_path):
    src = jsonl(tmp_path / "a.jsonl", [{"id": "good", "text": NEWS["tchad"]}, {"id": "bad", "text": "  "}])
    run_annotate([src], tmp_path / "out.spacy", nlp=nlp)
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    assert [d._.doc_id for d in docs] == ["good", "bad"]
    assert ERROR_KEY not in docs[0].user_data
    assert "document is empty" in docs[1].user_data[ERROR_KEY] and len(docs[1]) == 0


@pytest.mark.slow
def test_two_processes_give_the_same_records_as_one(nlp, tmp_path):
    rows = [{"id": f"{k}-{i}", "text": v, "date": "2024-03-12"} for i in range(4) for k, v in NEWS.items()]
    rows.insert(5, {"id": "empty", "text": ""})
    src = jsonl(tmp_path / "a.jsonl", rows)
    run_annotate([src], tmp_path / "one.jsonl", nlp=nlp, batch_size=3)
    run_annotate([src], tmp_path / "two.jsonl", nlp=nlp, batch_size=3, n_process=2)
    assert read_jsonl(tmp_path / "two.jsonl") == read_jsonl(tmp_path / "one.jsonl")
    assert len(read_jsonl(tmp_path / "two.jsonl")) == 13
