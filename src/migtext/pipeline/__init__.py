"""What runs the kinds together: the pipeline, its records, reading and writing corpora,
batch and Dask runs, scoring against gold, and the command line.

- `language`: `load()` (the base model + every kind's component, in order),
  `annotate()`, `annotate_many()`, `make_doc()`.
- `factories`: every component factory, registered in one place (entry points).
- `records`: `doc_to_record()`, `to_dataframe()`: the one place the output schema lives.
- `errors`: the per-document error model (kinds, error Docs, an `nlp.pipe` that never stops).
- `io`: readers and writers of .txt, .html, .jsonl, .csv, .parquet, .spacy.
- `batch` and `distributed`: a corpus in one process, several, or on a Dask cluster.
- `evaluate` and `baseline`: the contract's scores, for migtext and bare fr_core_news_md.
- `cli`: `migtext annotate` and `migtext evaluate`.
"""
