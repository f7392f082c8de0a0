"""migtext's errors: each says what was wrong, with the offending value, and what to do."""

from __future__ import annotations


class MigtextError(Exception):
    """Base class of every error migtext raises on purpose."""


class InputError(MigtextError, ValueError):
    """A document or argument migtext cannot use (empty, binary, too large, bad date)."""


class GoldFormatError(MigtextError, ValueError):
    """A gold file that does not follow the contract (bad offsets, unknown label, bad JSON)."""


class DataError(MigtextError, RuntimeError):
    """A packaged data file is missing or inconsistent: a broken installation."""


# The largest document migtext annotates (characters); a larger one gets an error record.
MAX_DOC_CHARS = 1_000_000
