"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import migtext

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "gold" / "seed.jsonl"


@pytest.fixture(scope="session")
def seed():
    """The seed document (a real scraped IOM page) as its gold record."""
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def nlp():
    return migtext.load()


@pytest.fixture(scope="session")
def annotate(nlp):
    """annotate(text, date=None) -> Doc with the session pipeline."""

    def run(text, date=None):
        return migtext.annotate(text, date=date, nlp=nlp)

    return run
