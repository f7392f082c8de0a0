"""A pipeline that fails on purpose, for the tests of the error model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from migtext.pipeline.factories import register_extensions


@Language.component("test_pipeline_fails_on_boom")
def fails_on_boom(doc):
    """Raises on a text with "BOOM"; else notes the first word as a person, to show it ran."""
    if "BOOM" in doc.text:
        raise RuntimeError("component exploded on this document")
    doc._.people = [{"norm": doc.text.split()[0]}]
    return doc


@pytest.fixture(scope="session")
def fragile():
    """A blank French pipeline with one component that fails on "BOOM"."""
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_pipeline_fails_on_boom")
    return nlp
