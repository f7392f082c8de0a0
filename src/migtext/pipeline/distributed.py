"""migtext on a Dask cluster: the same records as a local run, one pipeline per worker.

Install the extra: ``pip install 'migtext[dask]'``.  Each worker process loads the
pipeline once (`worker_pipeline`, cached; `PipelineLoader` loads it when the worker
starts) and annotates a whole partition or batch with `nlp.pipe`.  spaCy pipelines are
not made for concurrent calls from threads, so a lock lets one thread of a worker use
it at a time: start workers with one thread each and as many processes as cores.

Python API::

    import dask.bag as db
    from dask.distributed import Client
    from migtext.pipeline.distributed import PipelineLoader, annotate_bag, annotate_dataframe

    client = Client("tcp://scheduler:8786")
    client.register_plugin(PipelineLoader())          # optional: load before the first task
    records = annotate_bag(db.read_text("corpus/*.jsonl").map(json.loads)).compute()

    import dask.dataframe as dd
    rows = annotate_dataframe(dd.read_parquet("news/*.parquet"), id_field="url")
    rows.to_parquet("entities/")                      # the entity table, as `.parquet` output

Command line: ``migtext annotate corpus/ -o out.jsonl --engine dask --scheduler
tcp://scheduler:8786`` (or ``--scheduler scheduler.json``, a scheduler file); without
``--scheduler`` a local cluster of ``--n-process`` workers is started.  Reading and
writing stay on the machine that runs the command, so ``--resume`` works as locally.

On a Slurm cluster, with dask-jobqueue (``pip install dask-jobqueue``)::

    from dask_jobqueue import SLURMCluster
    from dask.distributed import Client

    cluster = SLURMCluster(cores=8, processes=8, memory="16GB", walltime="04:00:00",
                           job_extra_directives=["--partition=cpu"])
    cluster.scale(jobs=10)                             # 10 nodes x 8 one-thread workers
    client = Client(cluster)
    client.register_plugin(PipelineLoader())
    run_annotate(["archive/"], Path("archive.jsonl"), engine="dask", client=client, batch_size=64)

or from a batch script: start ``dask scheduler --scheduler-file $HOME/sched.json`` in one
job, ``srun dask worker --scheduler-file $HOME/sched.json --nthreads 1 --nworkers 8`` in
others, then ``migtext annotate ... --engine dask --scheduler $HOME/sched.json``.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from functools import lru_cache
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

try:
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError("migtext.pipeline.distributed needs Dask: pip install 'migtext[dask]'") from err

from migtext.pipeline.batch import Result, annotate_documents, to_result
from migtext.pipeline.errors import error_doc
from migtext.pipeline.io.documents import Document, Fields, checked
from migtext.pipeline.io.readers import row_document
from migtext.pipeline.language import check_date
from migtext.pipeline.records import error_record, record_rows, rows_frame

_PIPELINE_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def worker_pipeline():
    """The pipeline of this worker process, loaded on first use and kept."""
    from migtext.pipeline.language import default_pipeline

    return default_pipeline()


class PipelineLoader(WorkerPlugin):
    """Worker plugin: loads the pipeline when a worker starts, before any task needs it."""

    name = "migtext-pipeline"

    def setup(self, worker) -> None:
        worker_pipeline()


def annotate_batch(documents: List[Document], want_docs: bool = False, batch_size: int = 32,
                   fallback: Optional[str] = None, override: Optional[str] = None) -> List[Tuple]:
    """Runs on a worker: (record, Doc bytes or None) for each document, in order."""
    nlp = worker_pipeline()
    with _PIPELINE_LOCK:
        out = []
        for doc in annotate_documents(nlp, documents, batch_size=batch_size, fallback=fallback, override=override):
            record, _ = to_result(doc)
            out.append((record, doc.to_bytes() if want_docs else None))
        return out


def annotate_on_cluster(
    documents: Iterable[Document],
    batch_size: int,
    want_docs: bool,
    client: Optional[Client] = None,
    scheduler: Optional[str] = None,
    n_workers: int = 1,
    fallback: Optional[str] = None,
    override: Optional[str] = None,
) -> Iterator[Result]:
    """(record, Doc or None) in input order, batches computed on the cluster (a few in
    flight per worker); `fallback` and `override` are the run's dates (`run_annotate`)."""
    own_cluster = own_client = None
    if client is None:
        if scheduler:
            is_file = os.path.isfile(scheduler)
            client = own_client = Client(scheduler_file=scheduler) if is_file else Client(scheduler)
        else:
            own_cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True)
            client = own_client = Client(own_cluster)

    def submit(batch: List[Document]):
        return batch, client.submit(annotate_batch, batch, want_docs, batch_size, fallback, override, pure=False)

    try:
        vocab = None
        if want_docs:
            from spacy.vocab import Vocab

            vocab = Vocab()
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
        in_flight: deque = deque()
        batch: List[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= batch_size:
                in_flight.append(submit(batch))
                batch = []
                while len(in_flight) >= window:
                    yield from _collect(*in_flight.popleft(), vocab)
        if batch:
            in_flight.append(submit(batch))
        while in_flight:
            yield from _collect(*in_flight.popleft(), vocab)
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def _collect(batch: List[Document], future, vocab) -> Iterator[Result]:
    """A finished batch's results; a lost task gives error records, never a lost document."""
    from spacy.tokens import Doc

    try:
        answers = future.result()
    except Exception as err:  # a worker died or the task failed: the documents are reported
        for document in batch:
            error = f"the Dask task failed: {type(err).__name__}: {err}"
            yield error_record(document.id, error, "failed"), (
                error_doc(vocab, document.id, error, "failed") if vocab else None)
        return
    for record, doc_bytes in answers:
        yield record, None if vocab is None else Doc(vocab).from_bytes(doc_bytes)


def _as_document(item: Any, fallback_id: str, fields: Fields) -> Document:
    """A bag item (a text, or a dict with the text, id and date fields) as a checked Document."""
    if isinstance(item, str):
        return checked(Document(fallback_id, fallback_id, item))
    if isinstance(item, dict):
        return checked(row_document(item, fallback_id, fields))
    return Document.failure(fallback_id, fallback_id, "malformed",
                            f"a bag item must be a str or a dict, not {type(item).__name__}")


def _annotate_partition(items: Iterable[Any], partition: int, fields: Fields, date: Any) -> List[Dict[str, Any]]:
    documents = [_as_document(item, f"{partition}:{i}", fields) for i, item in enumerate(items)]
    return [record for record, _ in annotate_batch(documents, fallback=date)]


def annotate_bag(bag: db.Bag, text_field: str = "text", id_field: str = "id", date_field: str = "date",
                 date: Any = None) -> db.Bag:
    """A bag of records (`migtext.pipeline.records`), one per item of `bag`, in the same order.

    Items are texts or dicts with `text_field` (and optionally `id_field`,
    `date_field`); an item without an id gets "PARTITION:POSITION". `date` is the
    fallback for items with neither a date field nor a dateline, as `--date`.
    """
    fields = Fields(text_field, id_field, date_field)
    date = check_date(date)
    parts = [dask.delayed(_annotate_partition)(part, k, fields, date) for k, part in enumerate(bag.to_delayed())]
    return db.from_delayed(parts)


def _annotate_frame(frame, fields: Fields, date: Any, partition_info=None):
    number = (partition_info or {}).get("number", 0)
    records = _annotate_partition(frame.to_dict("records"), number, fields, date)
    return rows_frame(row for record in records for row in record_rows(record))


def annotate_dataframe(frame, text_field: str = "text", id_field: str = "id", date_field: str = "date",
                       date: Any = None):
    """A Dask DataFrame of the entity table: the `TABLE_COLUMNS` of `to_dataframe` and of
    the `.parquet` output, one row per entity, one row for a document with no entity or
    with an error. `date` is the fallback date, as in `annotate_bag`."""
    fields = Fields(text_field, id_field, date_field)
    return frame.map_partitions(_annotate_frame, fields, check_date(date), meta=rows_frame([]))
