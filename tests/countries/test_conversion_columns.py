"""`convert`: a column of a research table (a list or a pandas Series) to codes or names."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from migtext.countries import conversion, convert
from migtext.countries.conversion import TARGETS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_a_list_gives_a_list_in_order():
    assert convert(["Sénégal", "FRA", "Ivory Coast", "Korea", None, "Atlantide"]) == [
        "SEN",
        "FRA",
        "CIV",
        None,
        None,
        None,
    ]


def test_a_series_gives_a_series_with_its_index_and_name():
    column = pd.Series(["Maroc", "MAR", "Morocco", "504"], index=[10, 11, 12, 13], name="pays")
    out = convert(column, to="alpha2")
    assert isinstance(out, pd.Series)
    assert list(out.index) == [10, 11, 12, 13] and out.name == "pays"
    assert out.tolist() == ["MA", "MA", "MA", "MA"]


def test_a_single_string_gives_a_single_value():
    assert convert("Upper Volta", to="name_fr") == "Burkina Faso"


@pytest.mark.parametrize(
    "to, value",
    [
        ("alpha3", "SEN"),
        ("alpha2", "SN"),
        ("numeric", "686"),
        ("name_fr", "Sénégal"),
        ("official_name_fr", "République du Sénégal"),
        ("name_en", "Senegal"),
        ("official_name_en", "Republic of Senegal"),
        ("m49_region", "002"),
        ("m49_region_fr", "Afrique"),
        ("m49_region_en", "Africa"),
        ("m49_subregion", "202"),
        ("m49_subregion_fr", "Afrique subsaharienne"),
        ("m49_subregion_en", "Sub-Saharan Africa"),
        ("m49_intermediate", "011"),
        ("m49_intermediate_fr", "Afrique de l'Ouest"),
        ("m49_intermediate_en", "Western Africa"),
    ],
)
def test_every_target(to, value):
    assert convert(["le Sénégal"], to=to) == [value]


def test_the_usual_french_name_is_not_the_official_one():
    assert convert(["BOL", "KOR"], to="name_fr") == ["Bolivie", "Corée du Sud"]
    assert convert(["BOL"], to="official_name_fr") == ["État plurinational de Bolivie"]


def test_not_found_replaces_what_is_not_resolved_only():
    values = ["Mali", "Korea", "England", None, "USSR"]
    assert convert(values, to="m49_region", not_found="??") == ["002", "??", "??", "??", None]
    # the USSR is found: a former state simply has no M49 region


def test_numbers_in_a_float_column_are_numeric_codes():
    column = pd.Series([4, 250, None, 840])  # read as floats because of the missing cell
    assert column.dtype == float
    assert convert(column).tolist() == ["AFG", "FRA", None, "USA"]


def test_each_distinct_value_is_resolved_once(monkeypatch):
    calls = []
    real = conversion.resolve

    def counting(value, fuzzy=True):
        calls.append(value)
        return real(value, fuzzy)

    monkeypatch.setattr(conversion, "resolve", counting)
    convert(["Mali", "Mali", "FRA", "Mali", "FRA", None, None] * 100)
    assert sorted(calls, key=str) == ["FRA", "Mali", None]


def test_unhashable_cells_are_not_found_not_an_error():
    assert convert([["France"], "France"], not_found="-") == ["-", "FRA"]


def test_fuzzy_can_be_switched_off_for_a_column():
    assert convert(["Afganistan"]) == ["AFG"]
    assert convert(["Afganistan"], fuzzy=False) == [None]


def test_an_unknown_target_is_a_clear_error():
    with pytest.raises(ValueError, match=r"to='iso3'.*alpha3, alpha2, numeric"):
        convert(["France"], to="iso3")
    assert "m49_subregion_en" in TARGETS


def test_a_non_iterable_is_a_clear_error():
    with pytest.raises(TypeError, match="not int"):
        convert(250)


def test_converting_a_column_does_not_import_spacy():
    code = (
        "import sys, pandas as pd; from migtext.countries import convert, lookup; "
        "convert(pd.Series(['FRA', 'Ivory Coast', 'Korea'])); lookup('Atlantide', explain=True); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_readme_example_runs_and_prints_what_it_shows(capsys):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Country columns in your own tables") :]
    code, shown = re.search(r"```python\n(.*?)```\n\n```\n(.*?)```", section, re.S).groups()
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == shown.strip()
