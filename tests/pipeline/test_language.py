"""The pipeline as users load and call it: options, dates, bad input, processes, disk."""

from __future__ import annotations

import datetime as dt

import pytest

import migtext
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
        list(migtext.annotate_many([{"body": "x"}], nlp=nlp))


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
