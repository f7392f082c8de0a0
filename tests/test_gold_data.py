"""The gold data itself: valid by the contract, covering every label, and reproducibly built.

No pipeline here: these tests read gold/*.jsonl and run scripts/build_gold.py's validator.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "gold"
SHARED = ROOT.parent / "shared"


def _load_build_gold():
    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "scripts" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_gold = _load_build_gold()


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["dev.jsonl", "seed.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"])
def test_gold_file_is_valid(name):
    assert build_gold.validate_jsonl(GOLD_DIR / name) == []


def test_seed_is_a_byte_identical_copy_of_the_shared_seed():
    shared = SHARED / "gold" / "seed.jsonl"
    if not shared.exists():
        pytest.skip("../shared is not checked out next to the project")
    assert (GOLD_DIR / "seed.jsonl").read_bytes() == shared.read_bytes()


def test_build_is_reproducible():
    first = build_gold.to_jsonl(build_gold.build_records())
    second = build_gold.to_jsonl(build_gold.build_records())
    assert first == second
    assert (GOLD_DIR / "dev.jsonl").read_text(encoding="utf-8") == first


def test_corpus_size_and_label_coverage():
    records = _records("dev.jsonl")
    assert len(records) >= 40
    labels = Counter(ent["label"] for record in records for ent in record["entities"])
    assert set(labels) == set(build_gold.LABELS)
    assert min(labels.values()) >= 20, labels


def test_documents_have_realistic_length_and_density():
    for record in _records("dev.jsonl"):
        words = len(record["text"].split())
        assert 100 <= words <= 400, (record["id"], words)
        assert len(record["entities"]) >= 12, record["id"]


def test_some_documents_have_no_date_and_their_relative_dates_are_null():
    undated = [r for r in _records("dev.jsonl") if r["date"] is None]
    assert len(undated) >= 2
    for record in undated:
        for ent in record["entities"]:
            if ent["label"] == "DATE" and ent["norm"] and not re.match(r"^(\d{4}|\d{3}|P)", ent["norm"]):
                assert ent["norm"].startswith("XXXX"), (record["id"], ent)


def test_hard_cases_are_in_the_corpus():
    """The contract's hard cases appear in the gold, annotated as decided."""
    pairs = {
        (ent["text"], ent["label"], ent["norm"])
        for record in _records("dev.jsonl")
        for ent in record["entities"]
    }
    expected = [
        ("Birmanie", "COUNTRY", "MMR"),
        ("ex-URSS", "COUNTRY", "SUN"),
        ("Egypte", "COUNTRY", "EGY"),
        ("République\ndominicaine", "COUNTRY", "DOM"),
        ("Sahel central", "REGION", None),
        ("Afrique subsaharienne", "REGION", "202"),
        ("Amérique latine et Caraïbes", "REGION", "419"),
        ("fleuve Niger", "LOC", None),
        ("Arguineguin", "LOC", None),
        ("malien", "NATIONALITY", "MLI"),
        ("nigérien", "NATIONALITY", "NER"),
        ("PAM", "ORG", "WFP"),
        ("Union européenne", "ORG", "EU"),
        ("la semaine dernière", "DATE", "2023-W42"),
        ("par jour", "DATE", "P1D"),
        ("Algérie", "COUNTRY", "DZA"),
        ("Haïti", "COUNTRY", "HTI"),
        ("Philippines", "COUNTRY", "PHL"),
        ("Philippines", "NATIONALITY", "PHL"),
        ("Côte d’Ivoire", "COUNTRY", "CIV"),
        ("Cote d`Ivoire", "COUNTRY", "CIV"),
        ("Türkiye", "COUNTRY", "TUR"),
        ("RDC", "COUNTRY", "COD"),
        ("Zaïre", "COUNTRY", "COD"),
        ("Swaziland", "COUNTRY", "SWZ"),
        ("lac Tchad", "LOC", None),
        ("Maurice", "COUNTRY", "MUS"),
        ("Maurice Lebrun", "PER", "Maurice Lebrun"),
        ("Dominique", "COUNTRY", "DMA"),
        ("Dominique Charles", "PER", "Dominique Charles"),
        ("CAN", "ORG", "CAN"),
        ("Canada", "COUNTRY", "CAN"),
        ("UA", "ORG", "AU"),
        ("conventions de 1954 et de 1961 sur l’apatridie", "LEGAL", "untc:V-3;untc:V-4"),
        ("XXIe siècle", "DATE", "20"),
        ("années 1990", "DATE", "199"),
        ("nuit du 10 septembre", "DATE", "XXXX-09-10"),
    ]
    missing = [case for case in expected if case not in pairs]
    assert missing == []


def test_a_quarter_of_the_corpus_is_scraped_pages():
    records = _records("dev.jsonl")
    menu_lines = {"Qui sommes nous", "Accueil", "Menu", "Salle de presse", "Engagez-vous", "Rechercher"}
    scraped = [r for r in records if "mailto:" in r["text"] or menu_lines & set(r["text"].splitlines())]
    assert len(scraped) >= len(records) // 4
    broken_names = [e for r in records for e in r["entities"] if "\n" in r["text"][e["start"]:e["end"]]]
    assert len(broken_names) >= 10


def test_menu_lines_carry_no_entity():
    menu_lines = {"Qui sommes nous", "Notre travail", "Partenariats", "Engagez-vous", "Faire un don", "Accueil"}
    for record in _records("dev.jsonl"):
        offset = 0
        for line in record["text"].split("\n"):
            if line.strip() in menu_lines:
                inside = [e for e in record["entities"] if offset <= e["start"] < offset + len(line)]
                assert inside == [], (record["id"], line)
            offset += len(line) + 1


def test_observances_are_not_dates():
    for record in _records("dev.jsonl"):
        for ent in record["entities"]:
            assert "Journée" not in ent["text"], (record["id"], ent)


def test_ethnic_groups_are_not_nationalities():
    for record in _records("dev.jsonl"):
        for ent in record["entities"]:
            assert not re.match(r"(?i)rohingyas?$|kurdes?$", ent["text"]), (record["id"], ent)


def _norm_column(section: str) -> set[str]:
    """The 'norm' column (the second) of a markdown table."""
    rows = [row for row in section.splitlines() if row.startswith("| ") and "---" not in row]
    return {row.split("|")[2].strip() for row in rows} - {"norm"}


@pytest.mark.skipif(not (SHARED / "reference" / "identifiers.md").exists(), reason="../shared not present")
def test_reference_tables_match_identifiers_md():
    text = (SHARED / "reference" / "identifiers.md").read_text(encoding="utf-8")
    orgs_section = text.split("## Organisations")[1].split("## Legal")[0]
    legal_section = text.split("## Legal instruments")[1].split("## World regions")[0]
    region_section = text.split("## World regions")[1]
    orgs = _norm_column(orgs_section)
    legal = _norm_column(legal_section)
    regions = set(re.findall(r"\b(\d{3}) [A-ZÉ]", region_section))
    assert orgs == build_gold.ORG_NORMS
    assert legal == build_gold.LEGAL_NORMS
    assert regions == build_gold.REGION_NORMS


def _record(text, *entities, doc_date="2024-03-12"):
    ents = [{"start": s, "end": e, "label": label, "norm": norm} for s, e, label, norm in entities]
    return {"id": "t", "text": text, "date": doc_date, "entities": ents}


SENTENCE = "Le HCR a accueilli des réfugiés soudanais au Tchad le 3 mai 2024 avec l'appui de Mme Awa Diallo."


@pytest.mark.parametrize(
    ("entities", "fragment"),
    [
        ([(3, 6, "ORG", "UNHCR"), (3, 6, "ORG", "UNHCR")], "overlaps"),
        ([(3, 6, "AGENCY", None)], "unknown label"),
        ([(3, 600, "ORG", "UNHCR")], "outside the text"),
        ([(85, 96, "PER", "Awa Diallo")], "punctuation"),
        ([(45, 50, "COUNTRY", "TDC")], "not an ISO 3166-1"),
        ([(45, 50, "COUNTRY", None)], "needs an ISO alpha-3"),
        ([(45, 50, "COUNTRY", "BUR")], "renamed state"),
        ([(42, 50, "COUNTRY", "TCD")], "article"),
        ([(44, 50, "COUNTRY", "TCD")], "white space"),
        ([(31, 41, "NATIONALITY", "SDN")], "white space"),
        ([(33, 41, "NATIONALITY", "SDN")], "inside a word"),
        ([(3, 6, "ORG", "HCR")], "not an organisation id"),
        ([(45, 50, "LOC", "TCD")], "LOC norm must be null"),
        ([(54, 64, "DATE", "3 mai 2024")], "TIMEX3"),
        ([(54, 64, "DATE", "2024-02-30")], "calendar date"),
        ([(51, 64, "DATE", "2024-05-03")], "article before a day number"),
        ([(85, 95, "PER", "Awa Traoré")], "does not occur"),
        ([(3, 6, "ORG", "UNHCR"), (45, 50, "REGION", "999")], "M49 region code"),
    ],
)
def test_validator_rejects_broken_annotations(entities, fragment):
    problems = build_gold.validate_record(_record(SENTENCE, *entities), "case.jsonl")
    assert any(fragment in problem for problem in problems), problems
    assert all(problem.startswith("case.jsonl: document 't'") for problem in problems)


def test_validator_accepts_a_correct_record():
    entities = [
        (3, 6, "ORG", "UNHCR"),
        (32, 41, "NATIONALITY", "SDN"),
        (45, 50, "COUNTRY", "TCD"),
        (54, 64, "DATE", "2024-05-03"),
        (85, 95, "PER", "Awa Diallo"),
    ]
    assert build_gold.validate_record(_record(SENTENCE, *entities), "ok.jsonl") == []


@pytest.mark.parametrize(
    ("norm", "ok"),
    [
        ("untc:XVIII-12-a;untc:XVIII-12-b", True),
        ("untc:XVIII-12-b;untc:XVIII-12-a", False),
        ("untc:V-2;untc:V-2", False),
        ("ilo:C999", False),
        (None, True),
    ],
)
def test_legal_norms_are_sorted_reference_ids(norm, ok):
    assert (build_gold.check_norm("LEGAL", norm, "") is None) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024", True), ("2024-03", True), ("2024-03-12", True), ("XXXX-12-21", True), ("2024-W11", True),
        ("2023-W42-WE", True), ("199", True), ("20", True), ("P3Y", True), ("P11D", True), ("PXY", True),
        ("2024-05-03/2024-05-05", True), ("2024-SU", True), ("2024-H1", True),
        ("2024-05-05/2024-05-03", False), ("P", False), ("3Y", False), ("2024-13", True), ("mars", False),
        ("2024-W1", False), ("2024-02-30", False),
    ],
)
def test_timex_values(value, ok):
    assert (build_gold.check_norm("DATE", value, "") is None) is ok


def test_unmarked_repeat_of_a_marked_name_is_reported():
    text = "Le HCR et l'OIM travaillent au Tchad. Le HCR ouvre un bureau."
    record = _record(text, (3, 6, "ORG", "UNHCR"), (12, 15, "ORG", "IOM"), (31, 36, "COUNTRY", "TCD"))
    problems = build_gold.validate_record(record, "x.jsonl", unmarked=[])
    assert any("'HCR' is marked ORG elsewhere but not at offset 41" in p for p in problems), problems
    assert build_gold.validate_record(record, "x.jsonl", unmarked=["HCR"]) == []
    assert build_gold.validate_record(record, "x.jsonl") == []


def test_names_inside_mail_addresses_are_not_mentions():
    text = "Contact : OIM Niamey\nmailto:presse@oim.int"
    record = _record(text, (10, 13, "ORG", "IOM"), (14, 20, "LOC", None))
    assert build_gold.validate_record(record, "x.jsonl", unmarked=[]) == []


def test_markup_compiles_to_offsets_on_the_plain_text(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text(
        "date: null\n---\nÀ [[Niamey|LOC]], l'[[OIM|ORG|IOM]] aide les [[Maliens|NATIONALITY|MLI]]"
        " depuis [[le 21 décembre|DATE|XXXX-12-21]] ; [[M. Kaboré|PER]].\n\n",
        encoding="utf-8",
    )
    record = build_gold.parse_corpus_file(source)
    assert record["date"] is None
    assert record["text"] == "À Niamey, l'OIM aide les Maliens depuis le 21 décembre ; M. Kaboré."
    assert [record["text"][e["start"]:e["end"]] for e in record["entities"]] == [
        "Niamey", "OIM", "Maliens", "le 21 décembre", "M. Kaboré",
    ]
    problems = build_gold.validate_record(record, "doc.txt")
    assert any("article before a day number" in p for p in problems)
    assert any("article, contraction or preposition" not in p for p in problems)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("date: 2024-03-12\nTexte sans séparateur.", "no '---' line"),
        ("note: x\n---\nTexte.", "no 'date:' line"),
        ("date: 12/03/2024\n---\nTexte.", "not YYYY-MM-DD"),
        ("date: null\nsource: x\n---\nTexte.", "unknown header keys"),
        ("date: null\n---\nLe [[HCR|ORG|UNHCR] au Tchad.", "unbalanced markup"),
        ("date: null\n---\nLe [[HCR]] au Tchad.", "text|LABEL"),
        ("date: null\n---\nLe [[HCR|ORG|]] au Tchad.", "empty norm"),
    ],
)
def test_markup_errors_name_the_file(tmp_path, content, fragment):
    source = tmp_path / "broken.txt"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(build_gold.GoldError, match=re.escape(fragment)) as error:
        build_gold.parse_corpus_file(source)
    assert "broken.txt" in str(error.value)


def test_command_line_exits_non_zero_on_a_bad_gold_file(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_record("Le HCR.", (3, 9, "ORG", "UNHCR"))) + "\n", encoding="utf-8")
    assert build_gold.main(["--check", str(bad)]) == 1
    assert "bad.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_heldout_gold_is_built_from_its_corpus(name):
    """The blind held-out sets (corpus/heldout*/) compile to exactly gold/heldout*.jsonl."""
    built = build_gold.to_jsonl(build_gold.build_records(ROOT / "corpus" / name))
    assert built == (GOLD_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
