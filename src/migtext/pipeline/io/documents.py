"""What every reader yields: a document with its id, text and date, or the reason it has none.

A reader never raises for one bad document: it yields a `Document` with `error` and
`error_kind` set, so the batch run writes an error record for it and goes on (nothing lost).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from typing import Any, Optional

from migtext.core.errors import MAX_DOC_CHARS, InputError
from migtext.pipeline.errors import DocumentError
from migtext.pipeline.language import check_text

# A file larger than this cannot hold a document under MAX_DOC_CHARS characters in any
# encoding migtext reads (UTF-8 uses at most 4 bytes a character): it is refused unread.
MAX_DOC_BYTES = 4 * MAX_DOC_CHARS

# How much of an undecodable file the encoding guess looks at (the guess only names the
# likely encoding in the error message; migtext never decodes with a guess).
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Fields:
    """How inputs are read: the column names of row-based inputs (JSONL, CSV, Parquet) and
    the encoding of text inputs (UTF-8 unless the user names another: an archive of
    Windows-1252 files is read with `encoding="cp1252"`, never by a guess)."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        try:
            name = codecs.lookup(self.encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {self.encoding!r}: give a Python codec name "
                             f"(utf-8, cp1252, latin-1, utf-16...)") from None
        object.__setattr__(self, "encoding", name)


@dataclass(frozen=True)
class Document:
    """One input document: `origin` says where it came from ("file.csv:12").

    `origin` is unique within a run and is the id when the input has none of its own.
    `date` is the document's own date field as read (checked when the Doc is made: an
    unreadable one becomes a warning); `error` and `error_kind` (one of
    `migtext.pipeline.errors.ERROR_KINDS`) say why it cannot be annotated.
    """

    id: str
    origin: str
    text: Optional[str] = None
    date: Any = None
    error: Optional[str] = None
    error_kind: Optional[str] = None

    @classmethod
    def failure(cls, doc_id: str, origin: str, kind: str, error: str) -> Document:
        """A document that cannot be annotated, and why."""
        return cls(doc_id, origin, error=error, error_kind=kind)

    def failed(self, kind: str, error: str) -> Document:
        return replace(self, error=error, error_kind=kind)


def checked(document: Document) -> Document:
    """The document, or the same document with `error` set if migtext cannot annotate it."""
    if document.error is not None:
        return document
    try:
        check_text(document.text, empty_ok=False)
    except DocumentError as err:
        return document.failed(err.kind, str(err))
    return document


def decode_text(data: bytes, what: str = "file", encoding: str = "utf-8") -> str:
    """Text in `encoding` (UTF-8 by default; a byte-order mark wins and is dropped), or a
    `DocumentError` naming the encoding problem.

    Latin-1 or Windows-1252 files are refused, not guessed: a wrong guess silently turns
    "Côte d'Ivoire" into "CÃ´te d'Ivoire" and the entity is lost without a trace. The
    user who knows a corpus's encoding names it (`--encoding cp1252`).
    """
    if b"\x00" in data[:_SNIFF_BYTES] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DocumentError("binary", f"{what} contains NUL bytes: it looks like a binary file, not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DocumentError(
                "encoding", f"{what} has a UTF-16 byte-order mark but is not UTF-16 ({err.reason})"
            ) from None
    if data.startswith(codecs.BOM_UTF8) or codecs.lookup(encoding).name == "utf-8":
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        where = f"byte 0x{data[err.start]:02x} at offset {err.start}"
        if encoding != "utf-8-sig":
            raise DocumentError("encoding", f"{what} is not {encoding} text ({where})") from None
        if looks_like_latin1(data):
            raise DocumentError(
                "encoding",
                f"{what} is not UTF-8 ({where}); it looks like Latin-1 / Windows-1252: read it with "
                f"--encoding cp1252 or re-encode it as UTF-8 (`iconv -f windows-1252 -t utf-8`)",
            ) from None
        raise DocumentError("encoding", f"{what} is not UTF-8 ({where}): re-encode it as UTF-8") from None


def looks_like_latin1(data: bytes) -> bool:
    """True when bytes read as Windows-1252 with only printable characters (French accents).

    Only names the likely encoding in an error message; migtext never decodes with a guess.
    """
    try:
        text = data[:_SNIFF_BYTES].decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t\f" for c in text)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_html_charset(data: bytes) -> Optional[str]:
    """The charset an HTML page declares in a <meta> tag of its first 4 kB, if it is known."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
