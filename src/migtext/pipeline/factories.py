"""Every migtext component factory, registered in one place.

Each factory is also a `spacy_factories` entry point (pyproject.toml), so a pipeline
saved with `nlp.to_disk()` loads with `spacy.load()` in a fresh process without
importing migtext first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from migtext.core import extensions
from migtext.core.resolve import Resolver
from migtext.countries.component import CountryRecognizer
from migtext.countries.places_component import PlaceRecognizer
from migtext.dates.component import DateRecognizer
from migtext.dates.values import date_of
from migtext.figures.component import FigureReader, figure_of
from migtext.instruments.component import InstrumentRecognizer
from migtext.organisations.component import OrganisationRecognizer
from migtext.page.component import PageReader
from migtext.people.component import PersonRecognizer


def register_extensions() -> None:
    """Every migtext extension: the core's plain values and the kinds' getters; idempotent."""
    extensions.register_extensions()
    if not Span.has_extension("date"):
        Span.set_extension("date", getter=date_of)
    if not Doc.has_extension("figures"):
        Doc.set_extension("figures", default=None)  # [FIGURES.md record]; [] once migtext_figures ran
    if not Span.has_extension("figure"):
        Span.set_extension("figure", getter=figure_of)


register_extensions()

# The order in which migtext's components run after the base model.
COMPONENTS = (
    "migtext_page",
    "migtext_countries",
    "migtext_places",
    "migtext_organisations",
    "migtext_instruments",
    "migtext_dates",
    "migtext_people",
    "migtext_resolver",
    "migtext_figures",
)


@Language.factory("migtext_page")
def make_page(nlp: Language, name: str) -> PageReader:
    return PageReader(nlp, name)


@Language.factory("migtext_countries")
def make_countries(nlp: Language, name: str) -> CountryRecognizer:
    return CountryRecognizer(nlp, name)


@Language.factory("migtext_places")
def make_places(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp, name)


@Language.factory("migtext_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationRecognizer:
    return OrganisationRecognizer(nlp, name)


@Language.factory("migtext_instruments")
def make_instruments(nlp: Language, name: str) -> InstrumentRecognizer:
    return InstrumentRecognizer(nlp, name)


@Language.factory("migtext_dates")
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)


@Language.factory("migtext_people")
def make_people(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer(nlp, name)


@Language.factory(
    "migtext_resolver", default_config={"keep_candidates": False, "keep_tensor": False, "keep_text_cache": False}
)
def make_resolver(
    nlp: Language, name: str, keep_candidates: bool, keep_tensor: bool, keep_text_cache: bool
) -> Resolver:
    return Resolver(
        nlp, name, keep_candidates=keep_candidates, keep_tensor=keep_tensor, keep_text_cache=keep_text_cache
    )


@Language.factory("migtext_figures")
def make_figures(nlp: Language, name: str) -> FigureReader:
    return FigureReader(nlp, name)
