"""Tags where rules need them: the tokens asked about get the whole document's tags."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

import migtext
from migtext.core.tags import TAGGED_KEY, DocTags, TagsAt, VerbStarts, WindowTagger, drop_tag_cache, token_range

TEXT = ("Genève, 12 mars 2024 (OIM) – Les migrants ont été secourus vendredi au large de la Libye, "
        "a annoncé l'OIM, qui publiera son rapport la semaine prochaine. Le HCR accueille des réfugiés.")


@pytest.fixture(scope="module")
def windows(nlp):
    """The default pipeline: tags on demand."""
    return nlp


@pytest.fixture(scope="module")
def full():
    """The full analysis, one option away: the tagger runs on every token."""
    return migtext.load(pos="full")


def _whole(nlp, text):
    """The base model's own tags on every token (no migtext component: no token is split)."""
    doc = nlp.make_doc(text)
    return nlp.get_pipe("morphologizer")(nlp.get_pipe("tok2vec")(doc))


def test_the_default_pipeline_keeps_the_tagger_loaded_but_not_running(windows, full):
    assert "tok2vec" in windows.disabled and "morphologizer" in windows.disabled
    assert "tok2vec" in full.pipe_names and "morphologizer" in full.pipe_names  # pos="full" tags every token


def test_asked_tokens_get_the_tags_of_the_whole_document(windows, nlp):
    doc, whole = windows.make_doc(TEXT), _whole(nlp, TEXT)
    tags = DocTags.of(doc, WindowTagger.of(windows))
    first, last = token_range(doc, TEXT.index("secourus"), TEXT.index("secourus") + 8)
    tags.ensure([(first, last)])
    assert tags.pos_name(first) == whole[first].pos_ == "VERB"
    assert doc[first].pos_ == "VERB" and str(doc[first].morph) == str(whole[first].morph)  # the Doc's token too
    assert tags.feature(first, "VerbForm") == ("Part",)
    assert 0 < int(tags.tagged.sum()) < len(doc)  # only what was asked
    tags.ensure([(0, len(doc))])
    assert [t.pos_ for t in doc] == [t.pos_ for t in whole]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in whole]


def test_scattered_tokens_are_tagged_in_one_run(windows, nlp):
    doc, whole = windows.make_doc(TEXT), _whole(nlp, TEXT)
    tagger = WindowTagger.of(windows)
    tags = DocTags.of(doc, tagger)
    ranges = [(0, 1), (12, 14), (len(doc) - 3, len(doc))]
    calls = tagger.calls
    tags.ensure(ranges)
    assert tagger.calls == calls + 1
    for s, e in ranges:
        assert [tags.pos_name(i) for i in range(s, e)] == [t.pos_ for t in whole[s:e]]
    tags.ensure(ranges)  # nothing left to tag: no run
    assert tagger.calls == calls + 1


def _runs(nlp):
    """Runs of the tagger by the pipeline's components (each has its own count)."""
    return sum(proc.tagger.calls for _, proc in nlp.pipeline if getattr(proc, "tagger", None) is not None)


def test_the_documents_of_a_batch_are_tagged_in_one_run(windows, nlp):
    from migtext.core.tags import ensure_many

    texts = [TEXT, "Le ministre se rendra mardi à Dakar.", "Rien."]
    docs = [windows.make_doc(t) for t in texts]
    tagger = WindowTagger.of(windows)
    tags = [DocTags.of(doc, tagger) for doc in docs]
    calls = tagger.calls
    ensure_many([(tags[0], [(0, 3), (20, 22)]), (tags[1], [(3, 5)]), (tags[2], [])])
    assert tagger.calls == calls + 1
    for doc, t, asked in zip(docs, tags, ([0, 1, 2, 20, 21], [3, 4], []), strict=True):
        whole = _whole(nlp, doc.text)
        assert [t.pos_name(i) for i in asked] == [whole[i].pos_ for i in asked]
        assert sorted(numpy.flatnonzero(t.tagged).tolist()) == asked
    ensure_many([(tags[0], [(0, 3)])])  # tagged already: no run
    assert tagger.calls == calls + 1


def test_a_batch_tags_once_per_component_and_finds_what_documents_alone_find(windows):
    texts = [TEXT, "Le ministre se rendra vendredi à Dakar, a annoncé la présidence lundi.",
             "Les réfugiés de la route de l'Est arrivent à Obock.", ""]
    alone = [[(e.text, e.label_, e.kb_id_) for e in windows(t).ents] for t in texts]
    calls = _runs(windows)
    together = [[(e.text, e.label_, e.kb_id_) for e in doc.ents] for doc in windows.pipe(texts, batch_size=8)]
    assert together == alone
    assert 1 <= _runs(windows) - calls <= 4  # one run per batch for each component that asks


def test_guessed_verbs_note_what_they_guess_and_check_it_once_tagged(windows):
    from migtext.core.tags import GuessedVerbs, ensure_many

    tagger = WindowTagger.of(windows)
    doc = windows.make_doc(TEXT)
    verbs = GuessedVerbs(doc, tagger)
    publiera, rapport = TEXT.index("publiera"), TEXT.index("rapport")
    assert rapport not in verbs and publiera not in verbs  # untagged: guessed no verb
    assert "rapport" not in verbs and TEXT.index("publiera") + 1 not in verbs  # not token starts: nothing noted
    assert len(verbs.asked) == 2 and not DocTags.of(doc).tagged.any()
    ensure_many([(DocTags.of(doc), verbs.ranges())])
    assert not verbs.all_right()  # "publiera" is a verb: the rule must run again
    assert publiera in verbs and rapport not in verbs  # tagged now: real answers
    other = GuessedVerbs(windows.make_doc(TEXT), tagger)
    assert rapport not in other
    ensure_many([(other.tags, other.ranges())])
    assert other.all_right()


def test_batches_find_what_documents_alone_find_where_verbs_end_complements(windows):
    texts = [
        "La directrice générale de l'OIM, Amy Pope, a rencontré mardi les autorités.",
        "Le porte-parole du HCR Matthew Saltmarsh publiera un rapport sur la Convention relative au statut "
        "des réfugiés, signée à Genève en 1951, qui protège les réfugiés.",
        "Le règlement relatif à la gestion de l'asile entre en vigueur, a annoncé le ministre.",
    ]
    alone = []
    for t in texts:
        doc = windows(t)
        alone.append(([(e.text, e.label_, e.kb_id_) for e in doc.ents], doc._.people))
    calls = _runs(windows)
    together = [([(e.text, e.label_, e.kb_id_) for e in d.ents], d._.people) for d in windows.pipe(texts)]
    assert together == alone
    assert 1 <= _runs(windows) - calls <= 5  # one run per batch for each of the four components, a name's first word


def test_a_document_that_fails_in_a_batch_goes_to_the_error_handler(windows, monkeypatch):
    dates = windows.get_pipe("migtext_dates")
    failed = []
    real = dates.finish

    def finish(doc, state):
        if "panne" in doc.text:
            raise ValueError("panne")
        return real(doc, state)

    monkeypatch.setattr(dates, "finish", finish)
    dates.set_error_handler(lambda name, proc, docs, err: failed.append((name, [d.text for d in docs], str(err))))
    try:
        out = list(dates.pipe([windows.make_doc(t) for t in ("Mardi, à Dakar.", "Une panne.", "Lundi.")]))
    finally:
        del dates._error_handler
    assert [d.text for d in out] == ["Mardi, à Dakar.", "Lundi."]
    assert failed == [("migtext_dates", ["Une panne."], "panne")]
    with pytest.raises(ValueError, match="panne"):  # spaCy's default handler raises
        list(dates.pipe([windows.make_doc("Une panne.")]))


def test_a_fully_tagged_document_is_left_alone(full):
    doc = full(TEXT)
    tagger = WindowTagger.of(full)
    tags = DocTags.of(doc, tagger)
    assert tags.full and tags.tagged.all()
    calls = tagger.calls
    tags.ensure([(0, 5)])
    assert tagger.calls == calls


def test_tags_and_verbs_on_demand(windows):
    tagger = WindowTagger.of(windows)
    doc = windows.make_doc(TEXT)
    tags, verbs = TagsAt(doc, tagger), VerbStarts(doc, tagger)
    assert tags.get(TEXT.index("Libye")) == "PROPN"
    assert tags.get(TEXT.index("Libye") + 1) is None  # not a token start
    assert TEXT.index("publiera") in verbs and TEXT.index("rapport") not in verbs
    assert "publiera" not in verbs  # offsets only
    finite = VerbStarts(doc, tagger, finite_only=True)
    assert TEXT.index("accueille") in finite and TEXT.index("secourus") not in finite


def test_without_a_tagger_there_are_no_tags(windows):
    doc = windows.make_doc(TEXT)
    assert TagsAt(doc, None).get(0) is None and 0 not in VerbStarts(doc, None)
    assert DocTags.of(doc).pos(0) == 0


def test_an_empty_document(windows):
    doc = windows.make_doc("")
    tags = DocTags.of(doc, WindowTagger.of(windows))
    tags.ensure([(0, 3)])
    assert len(tags) == 0 and TagsAt(doc, None).get(0) is None


def test_the_cache_is_dropped_for_serialisation(windows):
    doc = windows.make_doc(TEXT)
    DocTags.of(doc, WindowTagger.of(windows)).ensure([(0, 3)])
    assert TAGGED_KEY in doc.user_data
    drop_tag_cache(doc)
    assert TAGGED_KEY not in doc.user_data


def test_the_tagger_of_a_pipeline_without_one(windows):
    assert WindowTagger.of(migtext.load(exclude=["tok2vec", "morphologizer"])) is None


def test_the_components_fallback_gives_the_same_tags(windows, nlp):
    """A base model of another architecture: the components run on a Doc of the windows."""
    tagger = WindowTagger.of(windows)
    doc, whole = windows.make_doc(TEXT), _whole(nlp, TEXT)
    pos, morph = tagger._run_components(doc, [(3, 6), (20, 22)])
    expected = [whole[i] for i in (*range(3, 6), *range(20, 22))]
    assert pos.tolist() == [t.pos for t in expected]
    assert morph.tolist() == [t.morph.key for t in expected]


@pytest.mark.slow
def test_both_modes_find_the_same_entities_on_the_dev_gold(windows, full):
    gold = Path(__file__).resolve().parents[2] / "gold" / "dev.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        a = migtext.annotate(row["text"], date=row.get("date"), nlp=windows)
        b = migtext.annotate(row["text"], date=row.get("date"), nlp=full)
        assert migtext.doc_to_record(a)["entities"] == migtext.doc_to_record(b)["entities"], row["id"]


def test_an_unknown_pos_mode_is_an_input_error():
    with pytest.raises(migtext.InputError, match="pos='some'"):
        migtext.load(pos="some")
