"""The `migtext annotate` command: arguments, standard input, summary, progress, kill and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import migtext
import migtext.pipeline.corpus
from migtext.pipeline.cli import app
from migtext.pipeline.corpus import run_annotate

runner = CliRunner()

SENEGAL = "Dakar, 4 juin 2024 – Plus de 300 Sénégalais ont été rapatriés du Niger par l'OIM."


@pytest.fixture()
def cli(nlp, monkeypatch):
    """Runs the command in this process with the session pipeline."""
    monkeypatch.setattr(migtext.pipeline.corpus, "default_pipeline", lambda: nlp)

    def run(*args, input=None):
        return runner.invoke(app, ["annotate", *map(str, args)], input=input)

    return run


def test_success_prints_the_summary_and_exits_0(cli, tmp_path):
    (tmp_path / "a.txt").write_text(SENEGAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = cli(tmp_path, "-o", tmp_path / "out" / "o.jsonl", "--date", "2024-06-04")
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.stderr and "1 errors" in result.stderr and "-> " in result.stderr
    assert "migtext" not in result.stderr.split("2 documents")[0]  # no progress bar: not a terminal
    assert f'errors: 1 empty: see "error" in {tmp_path / "out" / "o.jsonl"}' in result.stderr
    records = [json.loads(x) for x in (tmp_path / "out" / "o.jsonl").read_text().splitlines()]
    assert [(r["date"], r["date_source"]) for r in records] == [("2024-06-04", "dateline"), (None, None)]


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt", "-o", "o.jsonl"], "input 'missing.txt' does not exist"),
        (["a.txt", "-o", "o.xlsx"], "unknown output format '.xlsx'"),
        (["a.docx", "-o", "o.jsonl"], "unknown input format '.docx'"),
        (["a.txt", "-o", "o.jsonl", "--date", "4 juin"], "not an ISO date"),
        (["a.txt", "-o", "o.jsonl", "--date-override", "2024-02-30"], "not a real calendar date"),
        (["a.txt", "-o", "o.jsonl", "--date", "2024-01-01", "--date-override", "2024-01-01"], "not both"),
        (["a.txt", "-o", "o.jsonl", "--engine", "spark"], "unknown engine 'spark'"),
        (["a.txt", "-o", "o.jsonl", "--scheduler", "tcp://h:8786"], "--scheduler needs --engine dask"),
        (["a.txt", "-o", "done.jsonl"], "done.jsonl already exists: add --resume"),
        (["a.txt", "-o", "o.jsonl", "--pos", "every"], "pos='every': use one of"),
        (["a.txt", "-o", "o.jsonl", "--pos", "full", "--engine", "dask"], "--pos full runs on the local engine"),
    ],
)
def test_unusable_arguments_exit_2_with_a_clear_message(cli, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(SENEGAL, encoding="utf-8")
    Path("a.docx").write_bytes(b"PK\x03\x04")
    Path("done.jsonl").write_text("")
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.startswith("migtext: error:")


def test_pos_full_tags_every_token_of_a_spacy_output(cli, tmp_path):
    """The default tags only what the rules read; `--pos full` is the full analysis."""
    from spacy.tokens import DocBin

    (tmp_path / "a.txt").write_text(SENEGAL, encoding="utf-8")
    for pos in ("windows", "full"):
        result = cli(tmp_path / "a.txt", "-o", tmp_path / f"{pos}.spacy", "--pos", pos)
        assert result.exit_code == 0, result.output
    default, = DocBin().from_disk(tmp_path / "windows.spacy").get_docs(migtext.load().vocab)
    full, = DocBin().from_disk(tmp_path / "full.spacy").get_docs(default.vocab)
    assert all(t.pos_ for t in full) and not all(t.pos_ for t in default)
    assert [(e.text, e.label_) for e in full.ents] == [(e.text, e.label_) for e in default.ents]


def test_stdin_text(cli, tmp_path):
    result = cli("-", "-o", tmp_path / "o.jsonl", input=SENEGAL.encode())
    assert result.exit_code == 0, result.output
    [record] = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert record["id"] == "stdin" and record["entities"]


def test_stdin_json_lines_with_custom_fields(cli, tmp_path):
    lines = [{"url": "u1", "corps": SENEGAL, "jour": "2024-06-04"}, {"url": "u2", "corps": "Les Tchadiens."}]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    result = cli("-", "-o", tmp_path / "o.csv", "--text-field", "corps", "--id-field", "url",
                 "--date-field", "jour", input=data)
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(tmp_path / "o.csv")
    assert set(frame["id"]) == {"u1", "u2"} and frame.loc[frame["id"] == "u1", "date"].iloc[0] == "2024-06-04"


def test_progress_bar_shows_rate_and_total_when_asked(nlp, tmp_path, capsys):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(SENEGAL, encoding="utf-8")
    run_annotate([str(tmp_path)], tmp_path / "o.jsonl", nlp=nlp, progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err and "doc/s" in err


# --- issue 15 through the command line ----------------------------------------------------------

GOOD = "Genève, 12 mars 2024 (OIM) – La semaine dernière, 300 Soudanais sont arrivés au Tchad."


def _records(path):
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines()]


def _week(record):
    return [e["norm"] for e in record["entities"] if e["text"] == "La semaine dernière"]


def test_item1_date_is_a_fallback_and_date_override_is_explicit(cli, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = cli(tmp_path / "good.txt", "-o", tmp_path / "out.jsonl", "--date", "2020-01-01")
    assert result.exit_code == 0, result.output
    [record] = _records(tmp_path / "out.jsonl")
    assert (record["date"], record["date_source"], _week(record)) == ("2024-03-12", "dateline", ["2024-W10"])
    result = cli(tmp_path / "good.txt", "-o", tmp_path / "forced.jsonl", "--date-override", "2020-01-01")
    assert result.exit_code == 0, result.output
    [record] = _records(tmp_path / "forced.jsonl")
    assert (record["date"], record["date_source"], _week(record)) == ("2020-01-01", "given", ["2019-W52"])


def test_item2_one_bad_row_does_not_stop_the_run(cli, tmp_path):
    rows = [{"text": "Le HCR au Tchad."}, {"text": "L'OIM au Niger."}, {"text": "a\x00b"},
            {"text": "Les Maliens en Mauritanie."}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = cli(tmp_path / "a.jsonl", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    records = _records(tmp_path / "out.jsonl")
    assert [r["error_kind"] for r in records] == [None, None, "binary", None]
    assert [bool(r["entities"]) for r in records] == [True, True, False, True]
    assert f'errors: 1 binary: see "error" in {tmp_path / "out.jsonl"}' in result.stderr


def test_item5_a_wrong_text_field_exits_2_naming_the_columns(cli, tmp_path):
    (tmp_path / "news.csv").write_text("id,body\n1,Les Syriens au Liban.\n", encoding="utf-8")
    result = cli(tmp_path / "news.csv", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert "1 documents, 0 entities, 1 errors" in result.stderr
    assert f'errors: 1 without the text field: see "error" in {tmp_path / "out.jsonl"}' in result.stderr
    assert "migtext: error: no document could be annotated" in result.stderr
    assert "CSV has no 'text' column (columns: ['id', 'body'])" in result.stderr and "--text-field" in result.stderr
    [record] = _records(tmp_path / "out.jsonl")  # the error record is written all the same
    assert record["error_kind"] == "no_text_field"
    again = cli(tmp_path / "news.csv", "-o", tmp_path / "right.jsonl", "--text-field", "body")
    assert again.exit_code == 0 and _records(tmp_path / "right.jsonl")[0]["entities"]


def test_item5_every_jsonl_row_without_the_text_field_exits_2(cli, tmp_path):
    rows = [{"url": "u1", "corps": "Les Syriens."}, {"url": "u2", "corps": "Les Libanais."}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = cli(tmp_path / "a.jsonl", "-o", tmp_path / "out.csv")
    assert result.exit_code == 2
    assert "2 without the text field" in result.stderr and "(fields: ['corps', 'url'])" in result.stderr
    assert pd.read_csv(tmp_path / "out.csv")["error_kind"].tolist() == ["no_text_field"] * 2


def test_item5_errors_are_summarised_by_kind_and_the_run_exits_0(cli, tmp_path):
    (tmp_path / "ok.txt").write_text(SENEGAL, encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("  \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Les Ivoiriens rapatriés.".encode("latin-1"))
    result = cli(tmp_path, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert f'errors: 3 empty, 1 not UTF-8: see "error" in {tmp_path / "out.jsonl"}' in result.stderr


def test_item6_a_null_parquet_text_is_an_empty_document_and_a_bad_date_a_warning(cli, tmp_path):
    frame = pd.DataFrame({"body": [GOOD, None], "day": ["hier", None]})
    frame.to_parquet(tmp_path / "news.parquet")
    result = cli(tmp_path / "news.parquet", "-o", tmp_path / "out.jsonl", "--text-field", "body",
                 "--date-field", "day", "--date", "2020-01-01")
    assert result.exit_code == 0, result.output
    dated, empty = _records(tmp_path / "out.jsonl")
    assert dated["error"] is None and (dated["date"], dated["date_source"]) == ("2024-03-12", "dateline")
    assert "document date 'hier' is not an ISO date" in dated["warnings"][0]
    assert empty["error"] == "document is empty (its 'body' field is null)" and empty["error_kind"] == "empty"
    assert "1 with warnings" in result.stderr and '"warnings"' in result.stderr


@pytest.mark.parametrize("command", [[], ["annotate"], ["evaluate"]])
def test_item6_help_shows_flags_as_flags(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "--help" in result.output
    if command == ["annotate"]:
        assert "--resume " in result.output and "--date-override" in result.output
        assert "Fallback date, used only for documents with neither" in result.output


# --- kill and resume ------------------------------------------------------------------


def _command(*args):
    return [sys.executable, "-m", "migtext", "annotate", *map(str, args)]


def _ids(out: Path):
    if out.suffix == ".jsonl":
        return [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    return pd.read_csv(out).drop_duplicates("id")["id"].tolist()  # one row per entity: ids repeat


@pytest.mark.slow
@pytest.mark.parametrize("output", ["out.jsonl", "out.csv"])
def test_sigkill_then_resume_gives_every_document_exactly_once(tmp_path, output):
    sample = Path(__file__).parents[2] / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample.glob("*.txt"))] or [SENEGAL * 20]
    rows = [{"id": f"doc-{i:03d}", "text": texts[i % len(texts)], "date": "2024-06-04"} for i in range(48)]
    rows[7] = {"id": "doc-007", "text": ""}  # an error record must survive the kill too
    src = tmp_path / "corpus.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / output
    journal = out if output.endswith(".jsonl") else tmp_path / (output + ".journal.jsonl")

    proc = subprocess.Popen(_command(src, "-o", out, "--batch-size", "2"), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    written = journal.read_bytes().count(b"\n")
    assert 6 <= written < len(rows)
    assert out.exists() == (out == journal)  # a table is assembled only when the run ends

    again = subprocess.run(_command(src, "-o", out), capture_output=True, text=True)
    assert again.returncode == 2 and "already exists: add --resume" in again.stderr

    resumed = subprocess.run(_command(src, "-o", out, "--resume", "--batch-size", "4"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(rows) - written} documents" in resumed.stderr and f"{written} already done" in resumed.stderr
    ids = _ids(out)
    assert sorted(ids) == [r["id"] for r in rows]  # each document exactly once
    assert not (tmp_path / (output + ".journal.jsonl")).exists()


def test_encoding_names_the_codec_of_an_old_archive(cli, tmp_path):
    (tmp_path / "latin.txt").write_bytes("Les Ivoiriens rapatriés de Libye.".encode("cp1252"))
    result = cli(tmp_path / "latin.txt", "-o", tmp_path / "out.jsonl", "--encoding", "cp1252")
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert record["error"] is None and [e["norm"] for e in record["entities"]] == ["CIV", "LBY"]


def test_an_unknown_encoding_is_an_unusable_argument(cli, tmp_path):
    (tmp_path / "a.txt").write_text(SENEGAL, encoding="utf-8")
    result = cli(tmp_path / "a.txt", "-o", tmp_path / "out.jsonl", "--encoding", "klingon")
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
