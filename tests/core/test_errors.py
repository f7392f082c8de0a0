"""One family of errors, each catchable as the built-in kind it is."""

from __future__ import annotations

import pytest

import migtext
from migtext.core.errors import MAX_DOC_CHARS, DataError, GoldFormatError, InputError, MigtextError


@pytest.mark.parametrize("error, builtin", [(InputError, ValueError), (GoldFormatError, ValueError),
                                            (DataError, RuntimeError)])  # fmt: skip
def test_every_error_is_a_migtext_error_and_a_builtin_one(error, builtin):
    assert issubclass(error, MigtextError) and issubclass(error, builtin)


def test_the_public_errors_are_importable_from_the_package():
    assert (migtext.InputError, migtext.GoldFormatError, migtext.MigtextError) == (InputError, GoldFormatError,
                                                                                   MigtextError)


def test_the_document_limit_is_a_million_characters():
    assert MAX_DOC_CHARS == 1_000_000
