"""Reading documents from files and writing records, for the CLI, notebooks and Dask.

`readers` turns .txt, .html, .jsonl, .csv, .parquet files and standard input into
`Document`s; `writers` writes records as .jsonl, .csv, .parquet or .spacy, crash-safe
and resumable; `html` extracts a page's visible text.
"""

from __future__ import annotations

from migtext.pipeline.io.documents import Document, Fields, checked
from migtext.pipeline.io.readers import INPUT_FORMATS, expand_inputs, read_source
from migtext.pipeline.io.writers import OUTPUT_FORMATS, open_writer

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "Document",
    "Fields",
    "checked",
    "expand_inputs",
    "open_writer",
    "read_source",
]
