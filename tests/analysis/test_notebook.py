"""The exploration notebook: paired with its script, stored without outputs, and running
headless from start to end on the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NOTEBOOK = NOTEBOOKS / "01_explore_migration_news.ipynb"
SCRIPT = NOTEBOOKS / "01_explore_migration_news.py"
CHARTS = 7  # countries, regions, organisation types, timeline, heatmap, people, instruments

nbformat = pytest.importorskip("nbformat", reason="the notebook extra (nbformat, nbclient, jupytext) is not installed")


def cells(notebook):
    return [(cell.cell_type, cell.source.strip()) for cell in notebook.cells]


def test_notebook_and_script_are_the_same_notebook():
    jupytext = pytest.importorskip("jupytext")
    from_ipynb = jupytext.read(NOTEBOOK)
    from_script = jupytext.read(SCRIPT)
    assert cells(from_ipynb) == cells(from_script)
    assert from_ipynb.metadata["jupytext"]["formats"] == "ipynb,py:percent"


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [], cell.source[:60]
        assert cell.execution_count is None, cell.source[:60]
    nbformat.validate(notebook)


def test_notebook_imports_the_installed_package():
    source = NOTEBOOK.read_text(encoding="utf-8")
    assert "sys.path" not in source
    assert "import migtext" in source


@pytest.mark.slow
def test_notebook_runs_headless(tmp_path):
    pytest.importorskip("matplotlib")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Any error in any cell raises CellExecutionError and fails the test.
    nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= CHARTS
    highlighted = [out["data"]["text/html"] for out in outputs if 'class="entities"' in out.get("data", {}).get(
        "text/html", "")]
    assert len(highlighted) >= 3
    assert all("<script" not in html for html in highlighted)
    assert any("<mark" in html for html in highlighted)
    world = [out for out in outputs if "image/svg+xml" in out.get("data", {})]
    if world:  # drawn offline by pygal_maps_world: no script fetched from the web
        assert "src=" not in world[0]["data"]["image/svg+xml"].split("<script", 1)[-1].split(">", 1)[0]
    else:
        assert any("No offline world map" in out.get("data", {}).get("text/markdown", "") for out in outputs)
