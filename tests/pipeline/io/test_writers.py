"""Writers: whole records only, torn last lines dropped on resume, tables and DocBins assembled."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import spacy
from spacy.tokens import DocBin

from migtext.core.errors import InputError
from migtext.pipeline.errors import error_doc
from migtext.pipeline.factories import register_extensions
from migtext.pipeline.io.writers import JsonlJournal, open_writer
from migtext.pipeline.records import TABLE_COLUMNS, error_record, rows_frame

register_extensions()


def record(doc_id, *entities, date="2024-03-12"):
    return {
        "id": doc_id,
        "date": date,
        "date_source": "given",
        "error": None,
        "error_kind": None,
        "warnings": [],
        "entities": [
            {"start": s, "end": e, "text": t, "label": lab, "norm": n, "score": 0.9, "method": "alias", "attrs": a}
            for s, e, t, lab, n, a in entities
        ],
        "people": [],
    }


OIM = (0, 3, "OIM", "ORG", "IOM", {"long_form": "Organisation internationale pour les migrations"})
MALI = (12, 16, "Mali", "COUNTRY", "MLI", {"alpha2": "ML", "in_eu": False})
VEILLE = (20, 25, "hier", "DATE", "2024-03-11", {"relative": True, "anchor": [2024, 3, 12]})


@pytest.mark.parametrize(
    "name, cls",
    [("o.jsonl", "JsonlWriter"), ("o.CSV", "TableWriter"), ("o.parquet", "TableWriter"), ("o.spacy", "DocBinWriter")],
)
def test_writer_by_extension(tmp_path, name, cls):
    assert type(open_writer(tmp_path / name)).__name__ == cls


@pytest.mark.parametrize("name", ["o.json", "o.xlsx", "o"])
def test_unknown_output_format_is_an_unusable_argument(tmp_path, name):
    with pytest.raises(InputError, match="unknown output format"):
        open_writer(tmp_path / name)


# --- the JSONL journal ----------------------------------------------------------------


def test_journal_appends_whole_lines_and_recovers_ids(tmp_path):
    journal = JsonlJournal(tmp_path / "o.jsonl")
    assert journal.recover() == set()
    journal.append([record("a", OIM), record(7)])
    journal.append([error_record("c", "malformed JSON on line 3", "malformed")])
    journal.close()
    assert journal.recover() == {"a", "7", "c"}
    assert [r["id"] for r in journal.records()] == ["a", 7, "c"]


@pytest.mark.parametrize(
    "tail",
    [
        b'{"id": "torn", "date": null, "entit',  # killed in the middle of a line
        b'{"id": "no-newline", "entities": []}',  # killed before the end of line
        b"\xe2\x80",  # killed inside a multi-byte character
    ],
)
def test_a_torn_last_line_is_cut_on_recovery(tmp_path, tail):
    path = tmp_path / "o.jsonl"
    whole = (json.dumps(record("a", OIM)) + "\n" + json.dumps(record("b")) + "\n").encode()
    path.write_bytes(whole + tail)
    assert JsonlJournal(path).recover() == {"a", "b"}
    assert path.read_bytes() == whole


def test_a_foreign_file_is_not_taken_for_a_journal(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_text("this is not json\n" + json.dumps(record("a")) + "\n")
    with pytest.raises(InputError, match="line 1 is not a migtext record"):
        JsonlJournal(path).recover()


# --- starting a run -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["o.jsonl", "o.csv", "o.spacy"])
def test_an_existing_output_is_refused_without_resume_or_overwrite(tmp_path, name):
    (tmp_path / name).write_text("")
    with pytest.raises(InputError, match="--resume .* --overwrite"):
        open_writer(tmp_path / name).start(resume=False, overwrite=False)


def test_overwrite_starts_again(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("old")
    (tmp_path / "o.csv.journal.jsonl").write_text(json.dumps(record("old")) + "\n")
    writer = open_writer(path)
    assert writer.start(resume=False, overwrite=True) == set()
    assert not path.exists() and not (tmp_path / "o.csv.journal.jsonl").exists()


def test_resuming_a_finished_table_is_refused(tmp_path):
    (tmp_path / "o.parquet").write_bytes(b"PAR1")
    with pytest.raises(InputError, match="already complete"):
        open_writer(tmp_path / "o.parquet").start(resume=True, overwrite=False)


# --- CSV and Parquet ------------------------------------------------------------------


def write_run(path, batches, resume=False):
    writer = open_writer(path)
    done = writer.start(resume=resume, overwrite=False)
    for batch in batches:
        writer.write([(r, None) for r in batch if r["id"] not in done])
    writer.finish()
    return done


def test_csv_one_row_per_entity_and_one_per_empty_document(tmp_path):
    path = tmp_path / "out.csv"
    write_run(path, [[record("a", OIM, MALI), record("b")], [error_record("c", "not UTF-8 (byte 0xe9)", "encoding")]])
    frame = pd.read_csv(path)
    assert list(frame.columns) == list(TABLE_COLUMNS)
    assert frame["id"].tolist() == ["a", "a", "b", "c"]
    assert frame["norm"].tolist()[:2] == ["IOM", "MLI"]
    assert json.loads(frame["attrs"][1]) == {"alpha2": "ML", "in_eu": False}
    assert frame["error"].isna().tolist() == [True, True, True, False]
    assert frame["error_kind"].tolist()[3] == "encoding"
    assert not (tmp_path / "out.csv.journal.jsonl").exists()


def test_parquet_has_the_fixed_schema_whatever_the_values(tmp_path):
    one, other = tmp_path / "one.parquet", tmp_path / "other.parquet"
    write_run(one, [[record("a", OIM, MALI, VEILLE), record("b")]])
    write_run(other, [[error_record("c", "document is empty", "empty")]])
    assert pq.read_schema(one).names == list(TABLE_COLUMNS) == pq.read_schema(other).names
    assert pq.read_schema(one).types == pq.read_schema(other).types
    schema = pq.read_schema(one)
    assert schema.field("start").type == pa.int64() and schema.field("score").type == pa.float64()
    assert schema.field("attrs").type == pa.string()
    frame = pd.read_parquet(one)
    assert len(frame) == 4
    assert json.loads(frame.loc[frame["label"] == "DATE", "attrs"].iloc[0])["anchor"] == [2024, 3, 12]
    assert frame["score"].dropna().tolist() == [0.9, 0.9, 0.9]
    both = pd.concat([frame, pd.read_parquet(other)], ignore_index=True)  # two runs concatenate cleanly
    assert list(both.columns) == list(TABLE_COLUMNS) and both.dtypes.equals(frame.dtypes)


def test_parquet_reads_back_as_the_frame_of_the_same_records(tmp_path):
    records = [record("a", OIM, MALI), record("b"), error_record("c", "document is empty", "empty")]
    write_run(tmp_path / "out.parquet", [records])
    from migtext.pipeline.records import to_dataframe

    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out.parquet"), to_dataframe(records))


def test_an_empty_run_still_writes_a_table_with_its_header(tmp_path):
    write_run(tmp_path / "out.csv", [])
    assert pd.read_csv(tmp_path / "out.csv").columns.tolist() == list(TABLE_COLUMNS)
    write_run(tmp_path / "out.parquet", [])
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out.parquet"), rows_frame([]))


def test_table_resume_skips_the_journaled_records(tmp_path):
    path = tmp_path / "out.csv"
    journal = tmp_path / "out.csv.journal.jsonl"
    journal.write_text(json.dumps(record("a", OIM)) + "\n" + '{"id": "b", "ent')  # killed mid-record
    done = write_run(path, [[record("a", OIM), record("b", MALI), record("c")]], resume=True)
    assert done == {"a"}
    assert pd.read_csv(path)["id"].tolist() == ["a", "b", "c"]


# --- DocBin ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def make(blank, doc_id, text):
    doc = blank(text)
    doc._.doc_id = doc_id
    doc._.doc_date = "2024-03-12"
    doc.ents = [doc.char_span(0, 3, label="ORG", kb_id="IOM")]
    return doc


def test_docbin_parts_merge_and_keep_ids_dates_and_errors(tmp_path, blank):
    path = tmp_path / "out.spacy"
    writer = open_writer(path)
    writer.start(resume=False, overwrite=False)
    writer.write([(None, make(blank, "a", "OIM au Niger"))])
    writer.write([(None, error_doc(blank.vocab, "b", "document is empty", "empty"))])
    assert len(list((tmp_path / "out.spacy.parts").glob("part-*.spacy"))) == 2

    resumed = open_writer(path)
    assert resumed.start(resume=True, overwrite=False) == {"a", "b"}
    resumed.write([(None, make(blank, "c", "OIM en Libye"))])
    resumed.finish()
    assert not (tmp_path / "out.spacy.parts").exists()
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("fr").vocab))
    assert [d._.doc_id for d in docs] == ["a", "b", "c"]
    assert [(e.text, e.label_, e.kb_id_) for e in docs[2].ents] == [("OIM", "ORG", "IOM")]
    assert docs[0]._.doc_date == "2024-03-12"
    assert (docs[1]._.error, docs[1]._.error_kind, len(docs[1])) == ("document is empty", "empty", 0)


def test_docbin_half_written_part_is_discarded(tmp_path, blank):
    path = tmp_path / "out.spacy"
    writer = open_writer(path)
    writer.start(resume=False, overwrite=False)
    writer.write([(None, make(blank, "a", "OIM au Niger"))])
    (tmp_path / "out.spacy.parts" / "part-00000001.tmp").write_bytes(b"\x00half")
    resumed = open_writer(path)
    assert resumed.start(resume=True, overwrite=False) == {"a"}
    assert not list((tmp_path / "out.spacy.parts").glob("*.tmp"))
