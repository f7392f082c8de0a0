"""Lazy public names: research code that converts country columns does not pay for spaCy."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from migtext.core.lazy import lazy_attributes


def test_a_lazy_attribute_is_imported_on_first_use():
    getattr_ = lazy_attributes("pkg", {"dedent": "textwrap"})
    assert getattr_("dedent")("  a") == "a"


def test_an_unknown_attribute_is_an_attribute_error_naming_the_package():
    getattr_ = lazy_attributes("migtext.countries", {})
    with pytest.raises(AttributeError, match="module 'migtext.countries' has no attribute 'nope'"):
        getattr_("nope")


def test_importing_the_package_and_its_countries_does_not_import_spacy():
    code = "import sys, migtext, migtext.countries; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_public_api_resolves_lazily():
    import migtext

    assert isinstance(migtext.load, types.FunctionType) and migtext.load.__module__ == "migtext.pipeline.language"
    assert migtext.to_dataframe.__module__ == "migtext.pipeline.records"
