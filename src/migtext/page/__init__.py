"""Scraped-page structure: menus, navigation lines and HTML debris that hold no entity.

- `structure.boilerplate_ranges(text)`: the ranges of a text that are page furniture.
- `structure.model_span_on_page(text, start, end)`: a base-model span cut to the page.
- `component.PageReader`: the `migtext_page` component (first after the base model).
"""

from migtext.core.lazy import lazy_attributes
from migtext.page.structure import NAVIGATION_PHRASES, boilerplate_ranges, model_span_on_page

__getattr__ = lazy_attributes(__name__, {"PageReader": "migtext.page.component"})

__all__ = ["NAVIGATION_PHRASES", "PageReader", "boilerplate_ranges", "model_span_on_page"]
