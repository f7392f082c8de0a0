"""Every component factory is registered once, as an entry point, and a saved pipeline loads in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import migtext
from migtext.pipeline.factories import COMPONENTS

NEWS = (
    "Genève – L’Organisation internationale pour les migrations (OIM) et le HCR ont accueilli "
    "mardi 250 migrants au Niger. Brunson McKinley, directeur général de l'OIM, a salué la "
    "coopération de l'Algérie et du Mali."
)


def _ents(doc):
    return [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.slow
def test_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "fr_migtext")
    expected = _ents(migtext.annotate(NEWS, nlp=nlp))
    code = (
        "import json, spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'fr_migtext')!r})\n"
        "doc = nlp(sys.stdin.read())\n"
        "print(json.dumps([(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], input=NEWS, capture_output=True, text=True, check=True)
    assert [tuple(e) for e in json.loads(out.stdout)] == expected
    assert "import migtext" not in code  # entry points find the factories


def test_every_factory_is_a_spacy_factories_entry_point():
    from importlib.metadata import entry_points

    points = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    for name in COMPONENTS:
        assert points.get(name, "").startswith("migtext.pipeline.factories:"), name


def test_models_config_describes_the_default_pipeline(nlp):
    from pathlib import Path

    from spacy.util import load_config

    config = load_config(Path(__file__).resolve().parents[2] / "models" / "config.cfg", interpolate=False)
    from migtext.pipeline.language import TAGGING

    # what runs, and the tagger migtext runs on demand (the base model's disabled senter is not sourced)
    assert config["nlp"]["pipeline"] == [n for n in nlp.component_names if n in nlp.pipe_names or n in TAGGING]
    assert config["nlp"]["disabled"] == ["tok2vec", "morphologizer"]  # tagged on demand
    assert set(config["nlp"]["disabled"]) <= set(nlp.disabled)


def test_the_config_of_a_pipeline_saved_before_the_layout_change_builds_migtexts_components():
    """`nlp.to_disk` before the package moved into one package per kind (issue 13) wrote
    this config; its factory names still resolve, through the entry points, to migtext."""
    from pathlib import Path

    from spacy.util import load_config, load_model_from_config

    config = load_config(Path(__file__).parent / "data" / "config_saved_before_layout.cfg")
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    own = [name for name in nlp.pipe_names if name.startswith("migtext_")]
    assert own == ["migtext_page", "migtext_countries", "migtext_places", "migtext_organisations",
                   "migtext_instruments", "migtext_dates", "migtext_people", "migtext_resolver"]  # fmt: skip
    assert all(type(nlp.get_pipe(name)).__module__.startswith("migtext.") for name in own)
    assert type(nlp.get_pipe("migtext_resolver")).__module__ == "migtext.core.resolve"
