"""The instruments table: complete, consistent, and every title finds its own instrument."""

from __future__ import annotations

import json

import pytest

from migtext.core import data
from migtext.core.errors import DataError
from migtext.instruments import fuzzy, kb, titles

# The LEGAL rows of the shared reference table (../shared/reference/identifiers.md).
REFERENCE_IDS = [
    "untc:IV-13", "untc:XVIII-12", "untc:XVIII-12-a", "untc:XVIII-12-b", "untc:XVIII-12-c",
    "untc:V-2", "untc:V-5", "untc:V-3", "untc:V-4", "untc:IV-4", "untc:IV-3", "untc:IV-2",
    "untc:IV-8", "untc:IV-9", "untc:IV-11", "untc:IV-15", "untc:IV-16", "ilo:C097", "ilo:C143",
    "ilo:C189", "ilo:C029", "ilo:P029", "au:oau-refugee-convention-1969", "au:kampala-convention-2009",
    "cartagena-declaration-1984", "unga:A/RES/73/195", "unga:A/RES/73/151", "unga:A/RES/71/1",
    "unga:A/RES/70/1", "unga:A/RES/217(III)", "coe:ETS-005", "celex:32013R0604",
    "eu:pact-migration-asylum-2024",
]  # fmt: skip

ID_PREFIXES = ("untc:", "ilo:", "celex:", "coe:", "unga:", "au:", "eu:", "icrc:", "imo:", "oas:", "ecowas:",
               "conf:", "mercosur:", "fr:", "cartagena-")  # fmt: skip


def test_every_reference_instrument_is_in_the_table():
    table = kb.load_instruments()
    assert [i for i in REFERENCE_IDS if i not in table] == []


def test_table_has_at_least_forty_instruments_beyond_the_reference():
    assert len(set(kb.load_instruments()) - set(REFERENCE_IDS)) >= 40


@pytest.mark.parametrize("inst", list(kb.load_instruments().values()), ids=lambda i: i.id)
def test_rows_are_complete(inst):
    assert inst.id.startswith(ID_PREFIXES)
    assert inst.kind in kb.KINDS
    assert inst.title_fr and inst.title_en
    assert 1900 <= inst.year <= 2025
    assert inst.status in {"verified", "verified-2", "unverified", "memory"}
    for parent in inst.parents:
        assert kb.get(parent) is not None


@pytest.mark.parametrize(
    "instrument_id, title_fr, year",
    [
        ("untc:IV-13", "Convention internationale sur la protection des droits de tous les travailleurs migrants "
         "et des membres de leur famille", 1990),
        ("untc:XVIII-12", "Convention des Nations Unies contre la criminalité transnationale organisée", 2000),
        ("untc:V-4", "Convention sur la réduction des cas d'apatridie", 1961),
        ("ilo:C097", "Convention (n° 97) sur les travailleurs migrants (révisée), 1949", 1949),
        ("celex:32013R0604", None, 2013),
        ("celex:42000A0922(02)", None, 1990),
    ],
)  # fmt: skip
def test_verified_facts_are_kept(instrument_id, title_fr, year):
    inst = kb.get(instrument_id)
    assert inst.year == year
    if title_fr:
        assert inst.title_fr == title_fr


def test_alias_index_builds_without_conflicts():
    assert len(kb.alias_index()) > 300


def test_groups_name_several_known_instruments():
    groups = kb.load_groups()
    assert groups
    for members, aliases in groups:
        assert len(members) >= 2 and all(kb.get(m) for m in members)
        assert aliases


@pytest.mark.parametrize("inst", list(kb.load_instruments().values()), ids=lambda i: i.id)
def test_each_official_title_finds_its_own_instrument(inst):
    text = f"Les États ont rappelé la {inst.title_fr} lors de la réunion."
    start = text.index(inst.title_fr)
    mentions = titles.find_mentions(text)
    assert [(m.start, m.end, m.norm) for m in mentions] == [(start, start + len(inst.title_fr), inst.id)]


@pytest.mark.parametrize("inst", list(kb.load_instruments().values()), ids=lambda i: i.id)
def test_each_title_broken_across_lines_and_unaccented_still_finds_it(inst):
    title = inst.title_fr.replace(" ", "\n", 2).replace("é", "e").replace("'", "’")
    text = f"Il a cité la {title}."
    assert [m.norm for m in titles.find_mentions(text)] == [inst.id]


def test_attributes_of_one_and_of_several_instruments():
    one = kb.attributes(["untc:V-2"])
    assert one == {
        "id": "untc:V-2",
        "title_fr": "Convention relative au statut des réfugiés",
        "title_en": "Convention relating to the Status of Refugees",
        "year": 1951,
        "kind": "convention",
        "in_table": True,
    }
    two = kb.attributes(["untc:XVIII-12-b", "untc:XVIII-12-a"])
    assert two["id"] == "untc:XVIII-12-a;untc:XVIII-12-b"
    assert two["year"] == 2000 and two["kind"] == "protocol"
    assert kb.attributes([])["id"] is None


@pytest.mark.parametrize(
    "ids, kind, year",
    [
        (["celex:32004L0081"], "directive", 2004),
        (["celex:32004R2007"], "regulation", 2004),
        (["celex:32007D0573"], "decision", 2007),
        (["ilo:C182"], "convention", 1999),
        (["ilo:C122"], "convention", None),
        (["ilo:C097", "ilo:C122"], "convention", None),
    ],
)
def test_attributes_of_ids_computed_from_a_number(ids, kind, year):
    attrs = kb.attributes(ids)
    assert attrs["id"] == ";".join(sorted(ids))
    assert attrs["kind"] == kind
    assert attrs["year"] == year
    assert attrs["in_table"] is all(kb.get(i) for i in ids)
    if not any(kb.get(i) for i in ids):
        assert attrs["title_fr"] is None


def test_children_of_the_palermo_convention():
    assert sorted(i.id for i in kb.children(["untc:XVIII-12"], "protocol")) == [
        "untc:XVIII-12-a", "untc:XVIII-12-b", "untc:XVIII-12-c",
    ]  # fmt: skip


def _with_rows(monkeypatch, rows, groups=()):
    def fake(name):
        return [dict(r) for r in (rows if name == "instruments.jsonl" else groups)]

    monkeypatch.setattr(kb, "read_jsonl", fake)
    for cached in (kb.load_instruments, kb.load_groups, kb.alias_index, fuzzy.fuzzy_titles):
        cached.cache_clear()


@pytest.fixture
def fresh_caches():
    yield
    for cached in (kb.load_instruments, kb.load_groups, kb.alias_index, fuzzy.fuzzy_titles):
        cached.cache_clear()


ROW = {"id": "untc:V-2", "title_fr": "Convention relative au statut des réfugiés", "title_en": "x", "year": 1951,
       "kind": "convention"}  # fmt: skip


@pytest.mark.parametrize(
    "rows, message",
    [
        ([ROW, ROW], "appears twice"),
        ([{**ROW, "kind": "treatyish"}], "unknown kind"),
        ([{**ROW, "parent": "untc:V-9"}], "parent untc:V-9"),
        ([{**ROW, "aliases": ["Convention de 1951"]}, {**ROW, "id": "untc:V-3", "title_fr": "Autre titre",
          "aliases": ["Convention de 1951"]}], "given to both"),
        ([{"id": "untc:V-2"}], "bad row"),
    ],
)  # fmt: skip
def test_bad_data_is_an_error(monkeypatch, fresh_caches, rows, message):
    _with_rows(monkeypatch, rows)
    with pytest.raises(DataError, match=message):
        kb.load_instruments()
        kb.alias_index()


def test_bad_json_line_is_an_error(monkeypatch, fresh_caches):
    monkeypatch.setattr(data, "read_text", lambda name: json.dumps(ROW) + "\n{not json\n")
    kb.load_instruments.cache_clear()
    with pytest.raises(DataError, match="line 2 is not JSON"):
        kb.load_instruments()
