"""Readers: every format gives one Document per document, and bad input gives error Documents."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from migtext.core.errors import InputError
from migtext.pipeline.io.documents import MAX_DOC_BYTES, Fields
from migtext.pipeline.io.readers import expand_inputs, input_format, read_source, read_stdin

TEXT = "Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) s’inquiète du sort des Rohingyas."


def write(path: Path, content) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def docs(path, fields=Fields()):
    return list(read_source(path, fields))


# --- finding the inputs ---------------------------------------------------------------


def test_folders_are_walked_for_known_extensions_only(tmp_path):
    write(tmp_path / "b.txt", TEXT)
    write(tmp_path / "sub" / "a.html", "<p>x</p>")
    write(tmp_path / "sub" / "deep" / "c.jsonl", "{}\n")
    write(tmp_path / "notes.md", "# not read")
    write(tmp_path / ".hidden.txt", "not read")
    write(tmp_path / "img.PNG", b"\x89PNG")
    found = expand_inputs([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == ["b.txt", "sub/a.html", "sub/deep/c.jsonl"]


def test_globs_files_and_stdin_keep_order_and_each_file_once(tmp_path):
    a = write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", TEXT)
    found = expand_inputs([a, str(tmp_path / "*.txt"), "-", str(tmp_path)])
    assert found == [a, str(tmp_path / "b.txt"), "-"]


def test_the_run_output_is_never_read_as_input(tmp_path):
    write(tmp_path / "in.jsonl", json.dumps({"text": TEXT}) + "\n")
    out = tmp_path / "out.jsonl"
    write(out, "")
    assert expand_inputs([str(tmp_path)], exclude=[out]) == [str(tmp_path / "in.jsonl")]


def test_naming_the_output_as_input_is_an_unusable_argument(tmp_path):
    out = tmp_path / "out.jsonl"
    write(out, "")
    with pytest.raises(InputError, match="is also the output"):
        expand_inputs([str(out)], exclude=[out])


@pytest.mark.parametrize(
    "name, message",
    [
        ("missing.txt", "does not exist"),
        ("nothing/*.txt", "matches no"),
    ],
)
def test_missing_inputs_are_unusable_arguments(tmp_path, name, message):
    with pytest.raises(InputError, match=message):
        expand_inputs([str(tmp_path / name)])


def test_a_file_of_unknown_format_is_an_unusable_argument(tmp_path):
    path = write(tmp_path / "report.docx", b"PK\x03\x04")
    with pytest.raises(InputError, match=r"unknown input format '\.docx'"):
        expand_inputs([path])


def test_a_folder_without_known_files_is_an_unusable_argument(tmp_path):
    write(tmp_path / "notes.md", "x")
    with pytest.raises(InputError, match="holds no"):
        expand_inputs([str(tmp_path)])


@pytest.mark.parametrize(
    "path, fmt",
    [("a.TXT", "txt"), ("b.htm", "html"), ("c.HTML", "html"), ("d.jsonl", "jsonl"), ("e.csv", "csv"),
     ("f.parquet", "parquet"), ("-", "stdin")],
)
def test_input_format_by_extension(path, fmt):
    assert input_format(path) == fmt


# --- .txt and .html -------------------------------------------------------------------


def test_txt_is_one_document_with_the_path_as_id(tmp_path):
    path = write(tmp_path / "oim.txt", "Genève, 12 mars 2024 –\nL’OIM\r\nsalue la Convention.")
    [doc] = docs(path)
    assert (doc.id, doc.origin, doc.date, doc.error) == (path, path, None, None)
    assert doc.text == "Genève, 12 mars 2024 –\nL’OIM\r\nsalue la Convention."  # line breaks kept as given


@pytest.mark.parametrize(
    "content, error, kind",
    [
        ("Réfugiés maliens à Mbera".encode("latin-1"), "not UTF-8", "encoding"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(200), "binary", "binary"),
    ],
)
def test_txt_that_cannot_be_decoded_gives_an_error_document(tmp_path, content, error, kind):
    path = write(tmp_path / "bad.txt", content)
    [doc] = docs(path)
    assert doc.id == path and doc.text is None and error in doc.error and doc.error_kind == kind


def test_a_file_over_the_byte_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_DOC_BYTES + 1)  # sparse: no need to write the bytes
    [doc] = docs(str(path))
    assert "too large" in doc.error and doc.text is None and doc.error_kind == "too_large"


# --- .jsonl ---------------------------------------------------------------------------


def test_jsonl_rows_ids_dates_and_errors(tmp_path):
    lines = [
        json.dumps({"id": "iom-2006-05", "text": TEXT, "date": "2006-05-19"}, ensure_ascii=False),
        json.dumps({"text": "Le HCR au Tchad.", "date": None}),
        "",
        '{"id": "broken", "text": "Le HCR',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "body": "no text field"}),
        json.dumps({"id": 8, "text": None}),
    ]
    path = write(tmp_path / "news.jsonl", "\n".join(lines) + "\n")
    got = docs(path)
    assert [d.id for d in got] == ["iom-2006-05", f"{path}:2", f"{path}:4", f"{path}:5", "7", "8"]
    assert [d.origin for d in got] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]
    assert got[0].date == "2006-05-19" and got[1].date is None  # the run's fallback is applied later
    assert got[0].text == TEXT and got[0].error is None
    assert "malformed JSON on line 4" in got[2].error
    assert "JSON list, not an object" in got[3].error
    assert "no 'text' field" in got[4].error and "['body', 'id']" in got[4].error
    assert got[5].error == "document is empty (its 'text' field is null)"  # the field is there, its value null
    assert [d.error_kind for d in got] == [None, None, "malformed", "malformed", "no_text_field", "empty"]


def test_jsonl_custom_fields(tmp_path):
    row = {"url": "https://example.org/a", "contenu": "Des Haïtiens expulsés.", "publie": "2023-11-02"}
    path = write(tmp_path / "a.jsonl", json.dumps(row) + "\n")
    [doc] = docs(path, Fields(text="contenu", id="url", date="publie"))
    assert (doc.id, doc.text, doc.date) == ("https://example.org/a", "Des Haïtiens expulsés.", "2023-11-02")


def test_jsonl_bad_bytes_spoil_one_line_only(tmp_path):
    good = json.dumps({"text": "Les Afghans à la frontière iranienne."}).encode()
    bad = '{"text": "Réfugiés"}'.encode("latin-1")
    path = write(tmp_path / "mixed.jsonl", codecs_bom() + good + b"\n" + bad + b"\n" + good + b"\n")
    got = docs(path)
    assert [d.error is None for d in got] == [True, False, True]
    assert "line 2 is not UTF-8 (byte 0xe9)" in got[1].error


def codecs_bom() -> bytes:
    return b"\xef\xbb\xbf"


# --- .csv -----------------------------------------------------------------------------


def test_csv_rows_quoted_multiline_and_row_ids(tmp_path):
    content = (
        "id,text,date\n"
        'a1,"Genève –\nL\'OIM, le HCR et l\'UNICEF",2024-03-12\n'
        ',"Les Syriens au Liban",\n'
        "a3,,2024-01-01\n"
        "a4\n"
    )
    path = write(tmp_path / "news.csv", content)
    got = docs(path)
    assert [d.id for d in got] == ["a1", f"{path}:2", "a3", "a4"]
    assert got[0].text == "Genève –\nL'OIM, le HCR et l'UNICEF" and got[0].date == "2024-03-12"
    assert got[1].date == ""  # no date of its own: the dateline or the run's fallback will be used
    assert got[2].text == ""  # empty: `checked` turns it into an error record
    assert "no 'text' field" in got[3].error  # a short row has no text cell


def test_csv_without_the_text_column_is_one_error_document(tmp_path):
    path = write(tmp_path / "wrong.csv", "id,body\n1,Les Syriens\n2,Les Libanais\n")
    [doc] = docs(path)
    assert doc.id == path
    assert "CSV has no 'text' column" in doc.error and "['id', 'body']" in doc.error and "--text-field" in doc.error
    assert doc.error_kind == "no_text_field"


def test_csv_bad_bytes_spoil_one_row(tmp_path):
    data = b"text\nLes Maliens\n" + "Les Sénégalais\n".encode("latin-1") + "Les Guinéens\n".encode()
    got = docs(write(tmp_path / "mixed.csv", data))
    assert [d.error is None for d in got] == [True, False, True]
    assert got[2].text == "Les Guinéens"


def test_csv_a_long_field_is_read(tmp_path):
    long_text = "Les réfugiés soudanais arrivent au Tchad. " * 5000  # over csv's default field limit
    path = tmp_path / "long.csv"
    pd.DataFrame({"text": [long_text]}).to_csv(path, index=False)
    [doc] = docs(str(path))
    assert doc.text == long_text


# --- .parquet -------------------------------------------------------------------------


def test_parquet_rows(tmp_path):
    import datetime

    path = tmp_path / "news.parquet"
    pd.DataFrame(
        {
            "doc": ["x1", None, "x3"],
            "body": ["L'OIM au Yémen.", "Les Érythréens en Éthiopie.", None],
            "day": [datetime.date(2024, 3, 12), None, None],
        }
    ).to_parquet(path)
    got = docs(str(path), Fields(text="body", id="doc", date="day"))
    assert [d.id for d in got] == ["x1", f"{path}:2", "x3"]
    assert got[0].date == datetime.date(2024, 3, 12) and got[0].text == "L'OIM au Yémen."
    assert got[2].error == "document is empty (its 'body' field is null)"  # as the CSV reader says of an empty cell
    assert got[2].error_kind == "empty"


def test_parquet_without_the_text_column(tmp_path):
    path = tmp_path / "t.parquet"
    pd.DataFrame({"titre": ["a"]}).to_parquet(path)
    [doc] = docs(str(path))
    assert "Parquet file has no 'text' column" in doc.error


def test_a_broken_parquet_file_is_an_error_document(tmp_path):
    [doc] = docs(write(tmp_path / "broken.parquet", b"PAR1 this is not parquet"))
    assert "not a readable Parquet file" in doc.error


# --- standard input -------------------------------------------------------------------


def test_stdin_json_lines():
    data = "\n".join(json.dumps({"id": f"n{i}", "text": t}) for i, t in enumerate(["Les Afghans.", "Les Irakiens."]))
    got = list(read_stdin("-", Fields(), io.BytesIO(data.encode())))
    assert [(d.id, d.text) for d in got] == [("n0", "Les Afghans."), ("n1", "Les Irakiens.")]


@pytest.mark.parametrize(
    "data",
    [
        "Genève – L'OIM publie {son rapport} annuel.",
        '\n\n[1, 2] ne sont pas un objet JSON.',
        "{pas du JSON}",
    ],
)
def test_stdin_text_is_one_document(data):
    [doc] = list(read_stdin("-", Fields(), io.BytesIO(data.encode())))
    assert (doc.id, doc.text, doc.date) == ("stdin", data, None)


def test_stdin_json_lines_stream_with_errors_per_line():
    data = b'\n{"id": "a", "text": "Les Afghans."}\nune ligne de texte\n{"text": "Les Irakiens."}\n'
    got = list(read_stdin("-", Fields(), io.BytesIO(data)))
    assert [d.id for d in got] == ["a", "stdin:3", "stdin:4"]
    assert "malformed JSON on line 3" in got[1].error and got[2].text == "Les Irakiens."


def test_stdin_in_latin1_is_an_error():
    [doc] = list(read_stdin("-", Fields(), io.BytesIO("Réfugiés".encode("latin-1"))))
    assert doc.id == "stdin" and "standard input is not UTF-8" in doc.error


def test_every_text_format_is_read_in_the_named_encoding(tmp_path):
    text = "Les Ivoiriens rapatriés de Côte d’Ivoire – 300 personnes"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.jsonl").write_bytes(json.dumps({"id": "b", "text": text}, ensure_ascii=False).encode("cp1252"))
    (tmp_path / "c.csv").write_bytes(f'id,text\nc,"{text}"\n'.encode("cp1252"))
    (tmp_path / "d.html").write_bytes(f"<html><body><p>{text}</p></body></html>".encode("cp1252"))
    fields = Fields(encoding="cp1252")
    for name in ("a.txt", "b.jsonl", "c.csv", "d.html"):
        (doc,) = read_source(str(tmp_path / name), fields)
        assert doc.error is None and doc.text.strip() == text, name
    # read as UTF-8, the same files are error documents, not mojibake
    for name in ("a.txt", "b.jsonl", "c.csv", "d.html"):
        (doc,) = read_source(str(tmp_path / name))
        assert doc.error_kind == "encoding", name


def test_stdin_is_read_in_the_named_encoding():
    stream = io.BytesIO("Réfugiés au Tchad".encode("cp1252"))
    (doc,) = read_stdin("-", Fields(encoding="cp1252"), stream)
    assert doc.text == "Réfugiés au Tchad"
