"""Tags where rules need them: a window's tags are the whole document's."""

from __future__ import annotations

import pytest

import migtext
from migtext.core.tags import CONTEXT, TAGGED_KEY, TagsAt, VerbStarts, WindowTagger, token_range

TEXT = ("Genève, 12 mars 2024 (OIM) – Les migrants ont été secourus vendredi au large de la Libye, "
        "a annoncé l'OIM, qui publiera son rapport la semaine prochaine. Le HCR accueille des réfugiés.")


@pytest.fixture(scope="module")
def windows():
    return migtext.load(pos="windows")


def test_the_windows_pipeline_keeps_the_tagger_loaded_but_not_running(windows, nlp):
    assert "tok2vec" in windows.disabled and "morphologizer" in windows.disabled
    assert "tok2vec" in nlp.pipe_names  # the default tags every token


def test_a_window_gives_the_tags_of_the_whole_document(windows, nlp):
    tagger = WindowTagger.of(windows)
    doc = windows.make_doc(TEXT)
    whole = nlp(TEXT)
    first, last = token_range(doc, TEXT.index("secourus"), TEXT.index("secourus") + 8)
    tagger.ensure(doc, first, last)
    assert doc[first].pos_ == whole[first].pos_ == "VERB"
    assert str(doc[first].morph) == str(whole[first].morph)
    mask = doc.user_data[TAGGED_KEY]
    assert mask[first] == 1 and mask.count(1) < len(doc)  # only the window was tagged
    tagger.ensure_ranges(doc, [(0, len(doc))])
    assert [t.pos_ for t in doc] == [t.pos_ for t in whole]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in whole]


def test_joined_windows_are_exact_one_by_one(windows, nlp):
    tagger = WindowTagger.of(windows)
    doc, whole = windows.make_doc(TEXT), nlp(TEXT)
    ranges = [(2, 3), (12, 14), (len(doc) - 3, len(doc))]
    tagger.ensure_ranges(doc, ranges)
    for s, e in ranges:
        assert [t.pos_ for t in doc[s:e]] == [t.pos_ for t in whole[s:e]]
    assert CONTEXT == 4  # the embedding's reach: depth 4, one-token windows


def test_a_fully_tagged_document_is_left_alone(nlp):
    doc = nlp(TEXT)
    tagger = WindowTagger.of(nlp)
    before = tagger.tokens_tagged
    tagger.ensure(doc, 0, 5)
    assert tagger.tokens_tagged == before and doc.user_data[TAGGED_KEY] is True


def test_tags_and_verbs_on_demand(windows):
    tagger = WindowTagger.of(windows)
    doc = windows.make_doc(TEXT)
    tags, verbs = TagsAt(doc, tagger), VerbStarts(doc, tagger)
    assert tags.get(TEXT.index("Libye")) == "PROPN"
    assert tags.get(TEXT.index("Libye") + 1) is None  # not a token start
    assert TEXT.index("publiera") in verbs and TEXT.index("rapport") not in verbs
    finite = VerbStarts(doc, tagger, finite_only=True)
    assert TEXT.index("accueille") in finite and TEXT.index("secourus") not in finite


def test_without_a_tagger_there_are_no_tags(windows):
    doc = windows.make_doc(TEXT)
    assert TagsAt(doc, None).get(0) is None and 0 not in VerbStarts(doc, None)


@pytest.mark.slow
def test_both_modes_find_the_same_entities(windows, nlp):
    import json
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "gold" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines()[:20]]
    for a, b in zip(windows.pipe(texts), nlp.pipe(texts), strict=True):
        assert migtext.doc_to_record(a)["entities"] == migtext.doc_to_record(b)["entities"]


def test_an_unknown_pos_mode_is_an_input_error():
    with pytest.raises(migtext.InputError, match="pos='some'"):
        migtext.load(pos="some")
