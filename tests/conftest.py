"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

import migtext


@pytest.fixture(scope="session")
def nlp():
    return migtext.load()


@pytest.fixture(scope="session")
def annotate(nlp):
    """annotate(text, date=None) -> Doc with the session pipeline."""

    def run(text, date=None):
        return migtext.annotate(text, date=date, nlp=nlp)

    return run
