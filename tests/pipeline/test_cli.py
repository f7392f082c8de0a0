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
    records = [json.loads(x) for x in (tmp_path / "out" / "o.jsonl").read_text().splitlines()]
    assert [r["date"] for r in records] == ["2024-06-04", None]


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt", "-o", "o.jsonl"], "input 'missing.txt' does not exist"),
        (["a.txt", "-o", "o.xlsx"], "unknown output format '.xlsx'"),
        (["a.docx", "-o", "o.jsonl"], "unknown input format '.docx'"),
        (["a.txt", "-o", "o.jsonl", "--date", "4 juin"], "not an ISO date"),
        (["a.txt", "-o", "o.jsonl", "--engine", "spark"], "unknown engine 'spark'"),
        (["a.txt", "-o", "o.jsonl", "--scheduler", "tcp://h:8786"], "--scheduler needs --engine dask"),
        (["a.txt", "-o", "done.jsonl"], "done.jsonl already exists: add --resume"),
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
    assert set(frame["id"]) == {"u1", "u2"} and frame.loc[frame["id"] == "u1", "doc_date"].iloc[0] == "2024-06-04"


def test_progress_bar_shows_rate_and_total_when_asked(nlp, tmp_path, capsys):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(SENEGAL, encoding="utf-8")
    run_annotate([str(tmp_path)], tmp_path / "o.jsonl", nlp=nlp, progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err and "doc/s" in err


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
