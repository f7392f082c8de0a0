"""The pipeline as users load and call it: options, dates, bad input, processes, disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import migtext
import migtext.pipeline.records
from migtext.core.candidates import LABELS
from migtext.core.errors import MAX_DOC_CHARS, InputError
from migtext.core.normalise import source_text
from migtext.core.text import in_ranges
from migtext.pipeline.factories import COMPONENTS

NEWS = (
    "Genève – L’Organisation internationale pour les migrations (OIM) et le HCR ont accueilli "
    "mardi 250 migrants au Niger. Brunson McKinley, directeur général de l'OIM, a salué la "
    "coopération de l'Algérie et du Mali."
)


def test_default_pipeline_has_migtext_components_after_the_base_model(nlp):
    names = nlp.pipe_names
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert "parser" not in names and "lemmatizer" not in names
    assert "ner" in names


def test_only_contract_labels_reach_doc_ents(annotate):
    doc = annotate(NEWS)
    assert doc.ents, "expected entities in a news paragraph"
    assert {e.label_ for e in doc.ents} <= set(LABELS)
    assert all(e.label_ != "MISC" for e in doc.ents)


def test_exclude_accepts_short_names_and_base_parts():
    nlp = migtext.load(exclude=["dates", "migtext_people", "morphologizer"])
    assert "migtext_dates" not in nlp.pipe_names and "migtext_people" not in nlp.pipe_names
    assert "morphologizer" not in nlp.pipe_names
    assert "migtext_resolver" in nlp.pipe_names


@pytest.mark.parametrize("bad, message", [(["resolver"], "cannot exclude"), (["sentiment"], "unknown component")])
def test_exclude_errors_name_the_value(bad, message):
    with pytest.raises(InputError, match=message):
        migtext.load(exclude=bad)


def test_base_parts_can_be_kept():
    nlp = migtext.load(base_exclude=())
    assert "parser" in nlp.pipe_names


@pytest.mark.parametrize(
    "date, expected",
    [
        ("2024-03-12", "2024-03-12"),
        (dt.date(2024, 3, 12), "2024-03-12"),
        (dt.datetime(2024, 3, 12, 8, 30), "2024-03-12"),
        (None, None),
        ("2024-03-12T10:00:00", "2024-03-12"),
        ("XXXX-03-09", "XXXX-03-09"),
    ],
)
def test_document_date_is_set_before_the_components_run(annotate, date, expected):
    doc = annotate("Le HCR a publié son rapport hier.", date=date)
    assert doc._.doc_date == expected
    assert doc._.doc_date_source == ("given" if expected else doc._.doc_date_source)


@pytest.mark.parametrize("date", ["12/03/2024", "2024-02-30", "hier", "2024-13-01"])
def test_bad_document_date_is_a_clear_error(annotate, date):
    with pytest.raises(InputError, match=repr(date)[1:-1][:7]):
        annotate("Le HCR.", date=date)


@pytest.mark.parametrize(
    "text, message",
    [(b"Le HCR", "bytes"), ("Le\x00HCR", "NUL"), (42, "must be a str"), ("x" * (MAX_DOC_CHARS + 1), "limit")],
)
def test_bad_text_is_a_clear_error(annotate, text, message):
    with pytest.raises(InputError, match=message):
        annotate(text)


def test_empty_and_blank_documents_give_no_entities(annotate):
    assert annotate("").ents == ()
    assert annotate(" \n\t ").ents == ()


def _ents(doc):
    return [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.slow
def test_n_process_2_gives_the_same_entities_and_dates(nlp):
    items = [{"text": NEWS, "date": "2024-03-12", "id": f"d{i}"} for i in range(6)]
    one = list(migtext.annotate_many(items, nlp=nlp, n_process=1))
    two = list(migtext.annotate_many(items, nlp=nlp, n_process=2, batch_size=2))
    assert [_ents(d) for d in one] == [_ents(d) for d in two]
    assert [d._.doc_date for d in two] == ["2024-03-12"] * 6
    assert [d._.doc_id for d in two] == [f"d{i}" for i in range(6)]


def test_annotate_many_accepts_texts_tuples_and_dicts(nlp):
    docs = list(
        migtext.annotate_many(["Le Mali.", ("Le Niger.", "2024-01-02"), {"text": "Le Tchad.", "id": "x"}], nlp=nlp)
    )
    assert [d._.doc_id for d in docs] == ["0", "1", "x"]
    assert docs[1]._.doc_date == "2024-01-02"
    with pytest.raises(InputError, match="no 'text' field"):
        list(migtext.annotate_many([{"body": "x"}], nlp=nlp, errors="raise"))
    with pytest.raises(InputError, match="errors='ignore'"):
        migtext.annotate_many(["Le Mali."], nlp=nlp, errors="ignore")


# --- issue 15, item 1: a corpus-wide date must not override a document's own dateline ----------

GENEVE = "Genève, 12 mars 2024 (OIM) – La semaine dernière, 300 Soudanais sont arrivés au Tchad."
NO_DATELINE = "La semaine dernière, 300 Soudanais sont arrivés au Tchad."


def _week(doc):
    return [e.kb_id_ for e in doc.ents if e.text == "La semaine dernière"]


def test_the_fallback_date_never_overrides_a_dateline(nlp):
    own, bare = migtext.annotate_many([GENEVE, NO_DATELINE], nlp=nlp, date="2020-01-01")
    assert (own._.doc_date, own._.doc_date_source, _week(own)) == ("2024-03-12", "dateline", ["2024-W10"])
    assert (bare._.doc_date, bare._.doc_date_source, _week(bare)) == ("2020-01-01", "fallback", ["2019-W52"])


def test_a_date_given_with_the_document_wins_over_its_dateline(nlp):
    [doc] = migtext.annotate_many([(GENEVE, "2020-01-01")], nlp=nlp, date="2023-05-05")
    assert (doc._.doc_date, doc._.doc_date_source, _week(doc)) == ("2020-01-01", "given", ["2019-W52"])
    assert migtext.annotate(GENEVE, date="2020-01-01", nlp=nlp)._.doc_date_source == "given"


def test_without_any_date_the_source_is_none(nlp):
    [doc] = migtext.annotate_many([NO_DATELINE], nlp=nlp)
    assert (doc._.doc_date, doc._.doc_date_source, _week(doc)) == (None, None, [""])


def test_without_the_dates_component_the_fallback_applies_at_once():
    nlp = migtext.load(exclude=["dates"])
    [doc] = migtext.annotate_many([GENEVE], nlp=nlp, date="2020-01-01")
    assert (doc._.doc_date, doc._.doc_date_source) == ("2020-01-01", "fallback")


def test_an_unreadable_item_date_is_a_warning_and_the_dateline_is_used(nlp):
    [doc] = migtext.annotate_many([{"id": "r4", "text": GENEVE, "date": "hier"}], nlp=nlp, date="2020-01-01")
    assert doc._.error is None and (doc._.doc_date, doc._.doc_date_source) == ("2024-03-12", "dateline")
    assert "document date 'hier' is not an ISO date" in doc._.warnings[0]
    assert migtext.doc_to_record(doc)["warnings"] == doc._.warnings
    with pytest.raises(InputError, match="'hier' is not an ISO date"):
        list(migtext.annotate_many([{"text": GENEVE, "date": "hier"}], nlp=nlp, errors="raise"))


def test_a_bad_fallback_date_is_refused_at_once(nlp):
    with pytest.raises(InputError, match="'12/03/2024' is not an ISO date"):
        migtext.annotate_many([GENEVE], nlp=nlp, date="12/03/2024")


# --- issue 15, item 2: one bad document must not stop the batch ----------------------------------

OK = ["Le HCR au Tchad.", "L'OIM au Niger.", "Les Maliens en Mauritanie."]


def test_a_bad_document_gives_an_error_doc_in_its_place(nlp):
    items = [OK[0], OK[1], {"text": "a\x00b"}, OK[2]]
    docs = list(migtext.annotate_many(items, nlp=nlp))
    assert [d._.doc_id for d in docs] == ["0", "1", "2", "3"]
    assert [d._.error_kind for d in docs] == [None, None, "binary", None]
    assert "NUL bytes" in docs[2]._.error and len(docs[2]) == 0 and docs[2].ents == ()
    assert [e.label_ for e in docs[3].ents] == ["NATIONALITY", "COUNTRY"]
    record = migtext.doc_to_record(docs[2])
    assert (record["id"], record["error_kind"], record["entities"]) == ("2", "binary", [])


@pytest.mark.parametrize(
    "bad, kind",
    [("", "empty"), ("  \n ", "empty"), (None, "empty"), (float("nan"), "empty"), (b"Le HCR", "not_text"),
     (42, "not_text"), ("x" * (MAX_DOC_CHARS + 1), "too_large"), ({"body": "Le HCR"}, "no_text_field"),
     ({"text": None, "id": "n"}, "empty"), (["Le HCR"], "not_text"), (("a", "b", "c"), "malformed")],
)
def test_every_kind_of_bad_item_is_recorded(nlp, bad, kind):
    docs = list(migtext.annotate_many([OK[0], bad, OK[1]], nlp=nlp))
    assert [d._.error_kind for d in docs] == [None, kind, None]
    assert docs[0].ents and docs[2].ents


def test_errors_raise_stops_at_the_first_bad_document(nlp):
    with pytest.raises(InputError, match="NUL bytes"):
        list(migtext.annotate_many([OK[0], OK[1], {"text": "a\x00b"}, OK[2]], nlp=nlp, errors="raise"))


def test_a_component_failing_on_one_document_is_recorded(nlp, monkeypatch):
    resolver = nlp.get_pipe("migtext_resolver")
    original = type(resolver).__call__

    def explode_on_tchad(self, doc):
        if "Tchad" in doc.text:
            raise RuntimeError("resolver bug")
        return original(self, doc)

    monkeypatch.setattr(type(resolver), "__call__", explode_on_tchad)
    docs = list(migtext.annotate_many(OK, nlp=nlp, batch_size=2))
    assert [d._.error_kind for d in docs] == ["failed", None, None]
    assert docs[0]._.error == "annotation failed: RuntimeError: resolver bug" and docs[1].ents


# --- the README's Python example runs as written --------------------------------------------------


def test_the_readme_python_example_runs(nlp, monkeypatch, capsys):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API") :]
    code = section[section.index("```python") + len("```python") : section.index("```", section.index("```python") + 3)]
    monkeypatch.setattr(migtext, "load", lambda **kwargs: nlp)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    docs = scope["docs"]
    assert [d._.doc_date_source for d in docs] == ["dateline", "given", None]
    assert docs[2]._.error == "document is empty (no text, or only white space)"
    assert list(scope["frame"].columns) == list(migtext.pipeline.records.TABLE_COLUMNS)
    assert "HCR ORG UNHCR" in capsys.readouterr().out


def test_offsets_on_noisy_scraped_text_refer_to_the_text_as_given(annotate):
    text = (
        "Accueil\nAccueil\nQui sommes nousL’Organisation internationale pour les\nmigrations (OIM) a "
        'rencontré\nBrunson McKinley à Lima.\n"mailto:info@iom.int" target="_blank" title=\n'
    )
    doc = annotate(text)
    assert len(doc.text) == len(text) and source_text(doc) == text  # markup blanked in place, text kept
    for e in doc.ents:
        assert text[e.start_char : e.end_char] == e.text
        assert not in_ranges(e.start_char, e.end_char, doc._.boilerplate)
    for e in migtext.doc_to_record(doc)["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]


def test_seed_has_no_entity_in_menus_no_misc_and_not_ca_or_veuillez(annotate, seed):
    doc = annotate(seed["text"], date=seed["date"])
    texts = {e.text for e in doc.ents}
    assert "Ca" not in texts and "veuillez" not in texts
    for e in doc.ents:
        assert not in_ranges(e.start_char, e.end_char, doc._.boilerplate), e.text
    text = seed["text"]
    for e in doc.ents:
        line_start = text.rfind("\n", 0, e.start_char) + 1
        line = text[line_start : text.find("\n", e.start_char)]
        assert not line.startswith("- "), f"{e.text!r} found in the menu line {line!r}"
        assert len(line.split()) > 3 or e.label_ in ("PER", "ORG", "LOC"), f"{e.text!r} in heading {line!r}"


def test_a_lone_surrogate_is_a_clear_input_error(annotate):
    with pytest.raises(InputError, match=r"lone surrogate '\\ud800' at offset 7"):
        annotate("Le HCR \ud800 au Tchad")
