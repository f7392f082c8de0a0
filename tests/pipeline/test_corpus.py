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
from migtext.pipeline.records import COLUMN_DTYPES, doc_to_record

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
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [(r["date"], r["date_source"]) for r in records] == [("2024-03-12", "fallback"), ("2023-06-01", "given")]


# --- issue 15, item 1: --date overrode the document's own dateline ------------------------------

GOOD = "Genève, 12 mars 2024 (OIM) – La semaine dernière, 300 Soudanais sont arrivés au Tchad."


def _dates(path):
    return [(r["date"], r["date_source"], [e["norm"] for e in r["entities"] if e["text"] == "La semaine dernière"])
            for r in read_jsonl(path)]


def test_the_date_option_is_a_fallback_and_never_beats_a_dateline(nlp, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bare.txt").write_text(GOOD.split("– ")[1], encoding="utf-8")
    run_annotate([str(tmp_path / "good.txt"), str(tmp_path / "bare.txt")], tmp_path / "out.jsonl", nlp=nlp,
                 date="2020-01-01")
    assert _dates(tmp_path / "out.jsonl") == [("2024-03-12", "dateline", ["2024-W10"]),
                                              ("2020-01-01", "fallback", ["2019-W52"])]


def test_date_override_forces_one_date_over_datelines_and_date_fields(nlp, tmp_path):
    src = jsonl(tmp_path / "a.jsonl", [{"text": GOOD}, {"text": GOOD, "date": "2023-06-01"}])
    run_annotate([src], tmp_path / "out.jsonl", nlp=nlp, date_override="2020-01-01")
    assert _dates(tmp_path / "out.jsonl") == [("2020-01-01", "given", ["2019-W52"])] * 2
    with pytest.raises(InputError, match="not both"):
        run_annotate([src], tmp_path / "again.jsonl", nlp=nlp, date="2020-01-01", date_override="2020-01-01")


def test_an_unreadable_date_field_is_a_warning_and_the_dateline_is_used(nlp, tmp_path):
    src = jsonl(tmp_path / "a.jsonl", [{"id": "r4", "text": GOOD, "date": "hier"}])
    summary = run_annotate([src], tmp_path / "out.jsonl", nlp=nlp, date="2020-01-01")
    [record] = read_jsonl(tmp_path / "out.jsonl")
    assert record["error"] is None and (record["date"], record["date_source"]) == ("2024-03-12", "dateline")
    assert "document date 'hier' is not an ISO date" in record["warnings"][0] and record["entities"]
    assert (summary.errors, summary.warnings) == (0, 1) and "1 with warnings" in str(summary)


# --- issue 15, item 4: frames differ from files -----------------------------------------------------


def test_frames_csv_and_parquet_are_one_table(nlp, tmp_path):
    rows = [{"id": k, "text": v, "date": "2024-03-12"} for k, v in NEWS.items()]
    rows.insert(1, {"id": "vide", "text": "   "})
    rows.insert(2, {"id": "rien", "text": "Rien à signaler, écrit-il."})
    src = jsonl(tmp_path / "news.jsonl", rows)
    for name in ("out.jsonl", "out.csv", "out.parquet"):
        run_annotate([src], tmp_path / name, nlp=nlp)
    from_records = migtext.to_dataframe(read_jsonl(tmp_path / "out.jsonl"))
    from_api = migtext.to_dataframe(migtext.annotate_many(rows, nlp=nlp))
    pd.testing.assert_frame_equal(from_api, from_records)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out.parquet"), from_records)
    from_csv = pd.read_csv(tmp_path / "out.csv", dtype=COLUMN_DTYPES, keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(from_csv, from_records)
    assert from_records["id"].drop_duplicates().tolist() == [r["id"] for r in rows]  # no document dropped
    assert from_records.loc[from_records["id"] == "rien", "label"].isna().all()
    assert from_records.loc[from_records["id"] == "vide", "error_kind"].tolist() == ["empty"]
    assert "doc_date" not in from_records.columns and "date" in from_records.columns


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
        f"{path}/binary.txt": ("binary", "file contains NUL bytes: it looks like a binary file"),
        f"{path}/empty.txt": ("empty", "document is empty"),
        f"{path}/huge.txt": ("too_large", "too large for one document"),
        f"{path}/latin1.txt": ("encoding", "is not UTF-8 (byte 0xe9 at offset 21); it looks like Latin-1"),
        f"{path}/nocol.csv": ("no_text_field", "CSV has no 'text' column (columns: ['id', 'body'])"),
        f"{path}/rows.jsonl:2": ("malformed", "malformed JSON on line 2"),
        "r3": ("too_large", "over migtext's limit of 1,000,000"),
        f"{path}/zero.csv": ("no_text_field", "CSV has no 'text' column (columns: [])"),
    }
    assert set(errors) == set(expected_errors) | {f"{path}/ok.txt", "r1", "r4"}
    for doc_id, (kind, message) in expected_errors.items():
        assert message in errors[doc_id] and records[doc_id]["error_kind"] == kind, doc_id
        assert records[doc_id]["entities"] == []
    assert errors["r1"] is None and errors[f"{path}/ok.txt"] is None
    assert records["r1"]["entities"] and records[f"{path}/ok.txt"]["entities"]
    assert errors["r4"] is None and "'hier' is not an ISO date" in records["r4"]["warnings"][0]  # a warning now
    assert records["r4"]["entities"]
    assert (summary.documents, summary.errors) == (11, 8)
    assert summary.error_kinds == {"too_large": 2, "no_text_field": 2, "binary": 1, "empty": 1, "encoding": 1,
                                   "malformed": 1}
    assert str(summary).splitlines()[1] == (f'errors: 2 without the text field, 2 too large, 1 binary, 1 empty, '
                                            f'1 not UTF-8, 1 malformed: see "error" in {out}')


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
    assert "duplicate id 'a'" in records[1]["error"] and records[0]["error"] is None
    assert records[1]["error_kind"] == "duplicate_id"


def test_spacy_output_stores_error_documents(nlp, tmp_path):
    src = jsonl(tmp_path / "a.jsonl", [{"id": "good", "text": NEWS["tchad"]}, {"id": "bad", "text": "  "}])
    run_annotate([src], tmp_path / "out.spacy", nlp=nlp)
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    assert [d._.doc_id for d in docs] == ["good", "bad"]
    assert docs[0]._.error is None and docs[0].ents
    assert "document is empty" in docs[1]._.error and docs[1]._.error_kind == "empty" and len(docs[1]) == 0


@pytest.mark.slow
def test_two_processes_give_the_same_records_as_one(nlp, tmp_path):
    rows = [{"id": f"{k}-{i}", "text": v, "date": "2024-03-12"} for i in range(4) for k, v in NEWS.items()]
    rows.insert(5, {"id": "empty", "text": ""})
    src = jsonl(tmp_path / "a.jsonl", rows)
    run_annotate([src], tmp_path / "one.jsonl", nlp=nlp, batch_size=3)
    run_annotate([src], tmp_path / "two.jsonl", nlp=nlp, batch_size=3, n_process=2)
    assert read_jsonl(tmp_path / "two.jsonl") == read_jsonl(tmp_path / "one.jsonl")
    assert len(read_jsonl(tmp_path / "two.jsonl")) == 13
