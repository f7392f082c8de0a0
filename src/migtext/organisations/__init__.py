"""Organisations and their acronyms, linked to the UN system's English acronyms.

- `kb`: the organisations table (`organisations.csv`), its forms and look-ups.
- `acronyms.find_definitions(text)`: in-text definitions, "Organisation ... (OIM)".
- `component.OrganisationRecognizer`: the `migtext_organisations` component.
"""

from migtext.core.lazy import lazy_attributes
from migtext.organisations.acronyms import Definition, find_definitions
from migtext.organisations.kb import Organisation, get, lookup

__getattr__ = lazy_attributes(__name__, {"OrganisationRecognizer": "migtext.organisations.component"})

__all__ = ["Definition", "Organisation", "OrganisationRecognizer", "find_definitions", "get", "lookup"]
