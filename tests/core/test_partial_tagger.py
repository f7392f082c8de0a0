"""The partial tagger: the base model's tags for chosen tokens, equal to a whole-document run."""

from __future__ import annotations

import numpy
import pytest
from spacy.tokens import Doc

from migtext.core.partial_tagger import PartialTagger, parsed_features

TEXTS = [
    "Genève, 12 mars 2024 (OIM) – Les migrants ont été secourus vendredi au large de la Libye, "
    "a annoncé l'OIM, qui publiera son rapport la semaine prochaine.",
    "Le ministre de l'Intérieur Gérald Darmanin se rendra mardi à Lampedusa ; il y rencontrera "
    "des réfugiés soudanais arrivés hier.",
    "PARIS – 3 000 personnes",  # short, capitals, digits
    "Oui.",  # shorter than the reach on both sides
]


@pytest.fixture(scope="module")
def parts(nlp):
    return nlp.get_pipe("tok2vec"), nlp.get_pipe("morphologizer")


@pytest.fixture(scope="module")
def partial(parts):
    tagger = PartialTagger.of(*parts)
    assert tagger is not None, "fr_core_news_md's architecture is the one the partial tagger knows"
    return tagger


def _whole(nlp, parts, text):
    doc = nlp.make_doc(text)
    tok2vec, morphologizer = parts
    morphologizer(tok2vec(doc))
    return doc.to_array("POS"), doc.to_array("MORPH")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_and_any_span_gets_the_whole_documents_tags(nlp, parts, partial, text):
    pos, morph = _whole(nlp, parts, text)
    doc = nlp.make_doc(text)
    n = len(doc)
    got_pos, got_morph = partial.predict(doc, [(0, n)])
    assert got_pos.tolist() == pos.tolist() and got_morph.tolist() == morph.tolist()
    for start in range(n):  # one token at a time, each with only its own context
        p, m = partial.predict(doc, [(start, start + 1)])
        assert (p[0], m[0]) == (pos[start], morph[start])


def test_several_spans_in_one_run(nlp, parts, partial):
    text = TEXTS[1]
    pos, _ = _whole(nlp, parts, text)
    doc = nlp.make_doc(text)
    spans = [(0, 2), (9, 12), (len(doc) - 2, len(doc))]
    got, _ = partial.predict(doc, spans)
    assert got.tolist() == numpy.concatenate([pos[s:e] for s, e in spans]).tolist()


def test_several_documents_in_one_run(nlp, parts, partial):
    """A batch's documents share one pass over the layers, each with its own tags."""
    docs = [nlp.make_doc(text) for text in TEXTS]
    requests = [(docs[0], [(2, 5), (20, 22)]), (docs[1], []), (docs[2], [(0, len(docs[2]))]), (docs[3], [(0, 1)])]
    got = partial.predict_many(requests)
    assert len(got) == len(requests)
    for (doc, spans), (pos, morph) in zip(requests, got, strict=True):
        whole_pos, whole_morph = _whole(nlp, parts, doc.text)
        assert pos.tolist() == [int(whole_pos[i]) for s, e in spans for i in range(s, e)]
        assert morph.tolist() == [int(whole_morph[i]) for s, e in spans for i in range(s, e)]
    assert [len(p) for p, _ in partial.predict_many([(docs[0], []), (docs[1], [])])] == [0, 0]


def test_reach_is_the_encoders_depth(partial):
    assert partial.reach == 4  # fr_core_news_md: four layers of one-token windows


def test_counts_the_tokens_it_tags(nlp, partial):
    doc = nlp.make_doc(TEXTS[0])
    before = partial.tokens_tagged
    partial.predict(doc, [(1, 4), (10, 11)])
    assert partial.tokens_tagged - before == 4


def test_another_architecture_gets_none(nlp):
    """A component whose model is not a Tok2Vec.v2 + MaxoutWindowEncoder: no partial tagger."""
    blank_tok2vec = nlp.get_pipe("ner")  # its model has no extract_features at the top
    assert PartialTagger.of(blank_tok2vec, nlp.get_pipe("morphologizer")) is None


def test_features_are_parsed_once(nlp):
    doc = Doc(nlp.vocab, words=["secourus"])
    doc[0].set_morph("Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part")
    cache = {}
    features = parsed_features(nlp.vocab, doc[0].morph.key, cache)
    assert features["VerbForm"] == ("Part",) and features["Tense"] == ("Past",)
    assert parsed_features(nlp.vocab, doc[0].morph.key, cache) is features
    assert parsed_features(nlp.vocab, 0, cache) == {}
