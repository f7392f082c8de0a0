"""The Dask path gives the same records as the local path (LocalCluster, one in-process worker)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("distributed", reason="the Dask tests need the dask extra: pip install -e '.[dev]'")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

import migtext.pipeline.distributed as mdist  # noqa: E402
import migtext.pipeline.language  # noqa: E402
from migtext.pipeline.corpus import run_annotate  # noqa: E402
from migtext.pipeline.records import TABLE_COLUMNS, to_dataframe  # noqa: E402

ROWS = [
    {"id": "rabat", "text": "Rabat, 2 février 2024 – Le Maroc et l'OIM ont signé un accord sur les Maliens.",
     "date": "2024-02-02"},
    {"id": "vide", "text": "   "},
    {"id": "lima", "text": "À Lima, le HCR a reçu hier des Vénézuéliens venus de Colombie.", "date": "2024-05-10"},
    {"id": "roma", "text": "L'Italie et la Tunisie discutent de la route de la Méditerranée centrale.",
     "date": "2023-09-18"},
]


@pytest.fixture(scope="module")
def client(nlp):
    """One in-process worker whose pipeline is the session's (no second model load)."""
    original = migtext.pipeline.language.default_pipeline
    migtext.pipeline.language.default_pipeline = lambda: nlp
    mdist.worker_pipeline.cache_clear()
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    client = Client(cluster)
    client.register_plugin(mdist.PipelineLoader())
    yield client
    client.close()
    cluster.close()
    migtext.pipeline.language.default_pipeline = original
    mdist.worker_pipeline.cache_clear()


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return str(path)


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cluster_run_gives_the_local_records(nlp, client, corpus, tmp_path):
    run_annotate([corpus], tmp_path / "local.jsonl", nlp=nlp)
    summary = run_annotate([corpus], tmp_path / "dask.jsonl", engine="dask", client=client, batch_size=3)
    assert read(tmp_path / "dask.jsonl") == read(tmp_path / "local.jsonl")
    assert [r["id"] for r in read(tmp_path / "dask.jsonl")] == [r["id"] for r in ROWS]
    assert (summary.documents, summary.errors) == (4, 1)


def test_cluster_run_resumes(nlp, client, corpus, tmp_path):
    out = tmp_path / "dask.jsonl"
    run_annotate([corpus], tmp_path / "local.jsonl", nlp=nlp)
    out.write_text("\n".join(json.dumps(r) for r in read(tmp_path / "local.jsonl")[:2]) + "\n")
    summary = run_annotate([corpus], out, engine="dask", client=client, resume=True)
    assert (summary.documents, summary.skipped) == (2, 2)
    assert read(out) == read(tmp_path / "local.jsonl")


def test_cluster_run_writes_docbins(nlp, client, corpus, tmp_path):
    run_annotate([corpus], tmp_path / "out.spacy", engine="dask", client=client, batch_size=2)
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    assert [d._.doc_id for d in docs] == [r["id"] for r in ROWS]
    local = read_local(nlp, corpus, tmp_path)
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs] == [
        [(e["start"], e["end"], e["label"]) for e in r["entities"]] for r in local
    ]


def read_local(nlp, corpus, tmp_path):
    run_annotate([corpus], tmp_path / "ref.jsonl", nlp=nlp)
    return read(tmp_path / "ref.jsonl")


def test_annotate_bag_gives_the_local_records(nlp, client, corpus, tmp_path):
    local = read_local(nlp, corpus, tmp_path)
    bag = db.from_sequence(ROWS, npartitions=2)
    records = json.loads(json.dumps(mdist.annotate_bag(bag).compute(scheduler=client.get)))
    assert records == local


def test_annotate_bag_of_texts_gets_partition_ids(client):
    bag = db.from_sequence(["Les Guinéens au Sénégal.", "", "L'OIM au Yémen."], npartitions=2)
    records = mdist.annotate_bag(bag, date="2024-01-01").compute(scheduler=client.get)
    assert [r["id"] for r in records] == ["0:0", "0:1", "1:0"]
    assert "document is empty" in records[1]["error"] and records[1]["error_kind"] == "empty"
    assert (records[0]["date"], records[0]["date_source"]) == ("2024-01-01", "fallback")


def test_annotate_dataframe_gives_the_table_rows(nlp, client, corpus, tmp_path):
    local = read_local(nlp, corpus, tmp_path)
    frame = dd.from_pandas(pd.DataFrame(ROWS), npartitions=2)
    rows = mdist.annotate_dataframe(frame).compute(scheduler=client.get)
    assert list(rows.columns) == list(TABLE_COLUMNS)
    pd.testing.assert_frame_equal(rows.reset_index(drop=True), to_dataframe(local))  # the same table as locally
    [error] = rows.loc[rows["id"] == "vide", "error"].tolist()
    assert "document is empty" in error


def test_cluster_run_by_scheduler_address(nlp, client, corpus, tmp_path):
    """What `--engine dask --scheduler tcp://...` does: connect by address, same records."""
    run_annotate([corpus], tmp_path / "local.csv", nlp=nlp)
    address = client.scheduler.address
    run_annotate([corpus], tmp_path / "dask.csv", engine="dask", scheduler=address, batch_size=2)
    assert pd.read_csv(tmp_path / "dask.csv").equals(pd.read_csv(tmp_path / "local.csv"))
