"""Decoding and checking documents: what migtext refuses, and how it says so."""

from __future__ import annotations

import codecs

import pytest

from migtext.core.errors import MAX_DOC_CHARS, InputError
from migtext.pipeline.errors import DocumentError
from migtext.pipeline.io.documents import Document, checked, declared_html_charset, decode_text, looks_like_latin1

FRENCH = "Les Ivoiriens rapatriés de Libye sont arrivés à Abidjan le 3 mai."


@pytest.mark.parametrize(
    "data, expected",
    [
        (FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("utf-16"), FRENCH),
        ("L’OIM et l`UNICEF".encode(), "L’OIM et l`UNICEF"),
        (b"", ""),
    ],
)
def test_decode_text_reads_utf8_and_marked_utf16(data, expected):
    assert decode_text(data) == expected


def test_latin1_is_refused_with_the_encoding_named():
    data = "Côte d'Ivoire : réfugiés à la frontière".encode("latin-1")
    with pytest.raises(InputError) as err:
        decode_text(data, "notes.txt")
    message = str(err.value)
    assert "notes.txt is not UTF-8" in message
    assert "byte 0xf4 at offset 1" in message
    assert "Latin-1" in message and "iconv" in message


@pytest.mark.parametrize("data", [b"\x00\x01\x02ELF\x00", bytes(range(256)) * 4])
def test_binary_data_is_refused(data):
    with pytest.raises(InputError, match="binary|not UTF-8"):
        decode_text(data)


@pytest.mark.parametrize(
    "data, latin",
    [
        ("Sénégal, Guinée, Niger".encode("cp1252"), True),
        ("« Réfugiés » – œuvre".encode("cp1252"), True),
        (b"\x81\x8d\x8f\x90", False),  # bytes that Windows-1252 leaves undefined
        (b"\x01\x02\x03\xe9", False),  # control characters: not a text in any Latin encoding
    ],
)
def test_looks_like_latin1(data, latin):
    assert looks_like_latin1(data) is latin


@pytest.mark.parametrize(
    "head, charset",
    [
        (b'<meta charset="iso-8859-1">', "iso8859-1"),
        (b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'>", "cp1252"),
        (b'<meta charset="utf-8" />', "utf-8"),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>charset=latin1 in the text, not in a meta tag</p>", None),
    ],
)
def test_declared_html_charset(head, charset):
    assert declared_html_charset(b"<html><head>" + head + b"</head>") == charset


def _doc(text, date=None):
    return Document("d1", "file.jsonl:1", text, date)


@pytest.mark.parametrize(
    "text, kind, error",
    [
        ("", "empty", "document is empty"),
        ("  \n\t \u00a0 ", "empty", "document is empty"),
        ("x" * (MAX_DOC_CHARS + 1), "too_large", "over migtext's limit"),
        ("L'OIM\x00au Niger", "binary", "NUL bytes"),
        (b"L'OIM au Niger", "not_text", "bytes, not text"),
        (42, "not_text", "must be a str"),
    ],
)
def test_checked_sets_a_clear_error_and_its_kind(text, kind, error):
    result = checked(_doc(text))
    assert result.error is not None and error in result.error and result.error_kind == kind
    assert result.id == "d1" and result.origin == "file.jsonl:1"


@pytest.mark.parametrize("date", [None, "2024-03-12", "XXXX-03-12", "12/03/2024", "hier"])
def test_checked_keeps_good_documents_whatever_their_date_field(date):
    """An unreadable date field is not an error: the Doc gets a warning (see test_batch)."""
    document = _doc("Le HCR salue l'accueil des Soudanais au Tchad.", date)
    assert checked(document) is document


def test_checked_keeps_an_earlier_error():
    document = Document.failure("x", "x", "malformed", "malformed JSON on line 3")
    assert (checked(document).error, checked(document).error_kind) == ("malformed JSON on line 3", "malformed")


@pytest.mark.parametrize("data, kind", [(b"\x00\x01ELF", "binary"), ("Côte".encode("latin-1"), "encoding")])
def test_decoding_errors_name_their_kind(data, kind):
    with pytest.raises(DocumentError) as err:
        decode_text(data)
    assert err.value.kind == kind


def test_a_named_encoding_reads_an_old_windows_archive():
    data = "Côte d’Ivoire : « réfugiés » à la frontière – 300 personnes".encode("cp1252")
    assert decode_text(data, "notes.txt", "cp1252") == "Côte d’Ivoire : « réfugiés » à la frontière – 300 personnes"
    # a byte-order mark still says what the bytes are
    assert decode_text(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "notes.txt", "cp1252") == FRENCH


def test_bytes_that_are_not_in_the_named_encoding_are_refused():
    with pytest.raises(InputError, match=r"notes.txt is not cp1252 text \(byte 0x81 at offset 2\)"):
        decode_text(b"ab\x81cd", "notes.txt", "cp1252")


def test_the_latin1_error_names_the_option():
    with pytest.raises(InputError, match="--encoding cp1252"):
        decode_text("Sénégal".encode("latin-1"))


def test_an_unknown_encoding_is_refused_before_any_reading():
    from migtext.pipeline.io.documents import Fields

    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        Fields(encoding="klingon")
    assert Fields(encoding="Windows-1252").encoding == "cp1252"  # codec names are normalised
