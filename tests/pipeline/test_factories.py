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
    assert config["nlp"]["pipeline"] == nlp.pipe_names
