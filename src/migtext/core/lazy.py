"""Lazy package attributes: a package can name its spaCy components without importing spaCy.

`import migtext.countries` must stay light (research code converts country columns
without a pipeline), so a package lists its heavy names here and they are imported on
first use (PEP 562 module `__getattr__`).
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Mapping


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `names[attribute]` (a module path) on first use."""

    def __getattr__(attribute: str) -> Any:
        module = names.get(attribute)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {attribute!r}")
        return getattr(importlib.import_module(module), attribute)

    return __getattr__
