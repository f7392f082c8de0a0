"""The normalising tokenizer: every way of making a Doc reads the same view of the text."""

from __future__ import annotations

import pickle
import subprocess
import sys
import unicodedata

import migtext
from migtext.core.normalise import SOURCE_KEY, source_spans, source_text
from migtext.pipeline.tokenizer import TOKENIZER_NAME, NormalisingTokenizer

NEWS = "Genève, 12 mars 2024 (OIM) – L'OIM a aidé des réfugiés soudanais au Tchad et au Niger."


def entities(record):
    return [(e["text"], e["label"], e["norm"]) for e in record["entities"]]


def test_the_default_pipeline_tokenizes_through_the_view(nlp):
    assert isinstance(nlp.tokenizer, NormalisingTokenizer)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER_NAME


def test_an_ordinary_text_is_tokenized_as_is_and_keeps_no_copy(nlp):
    doc = nlp.make_doc(NEWS)
    assert doc.text == NEWS and SOURCE_KEY not in doc.user_data and source_text(doc) == NEWS


def test_nfd_text_gives_the_entities_of_nfc_text_with_offsets_into_the_nfd_text(nlp):
    nfd = unicodedata.normalize("NFD", NEWS)
    record = migtext.doc_to_record(nlp(nfd))
    assert [(label, norm) for _, label, norm in entities(record)] == [
        (label, norm) for _, label, norm in entities(migtext.doc_to_record(nlp(NEWS)))
    ]
    for ent in record["entities"]:
        assert nfd[ent["start"] : ent["end"]] == ent["text"]
    assert ("Gene\u0300ve", "LOC", None) in entities(record)


def test_character_references_and_invisible_characters_change_nothing_found(nlp):
    text = "L&#39;OIM a aid&eacute; des r&eacute;fugi&eacute;s soudanais au Tcha\u200bd."
    record = migtext.doc_to_record(nlp(text))
    assert [(label, norm) for _, label, norm in entities(record)] == [
        ("ORG", "IOM"), ("NATIONALITY", "SDN"), ("COUNTRY", "TCD")]  # fmt: skip
    assert [e["text"] for e in record["entities"]] == ["OIM", "soudanais", "Tcha\u200bd"]


def test_people_mentions_map_back_too(nlp):
    text = "La directrice ge\u0301ne\u0301rale de l'OIM, Amy Pope, a salue\u0301 l'accord. Mme Pope a ajoute\u0301 ..."
    doc = nlp(text)
    record = migtext.doc_to_record(doc)
    (person,) = record["people"]
    assert [text[s:e] for s, e in person["mentions"]] == ["Amy Pope", "Pope"]
    assert source_spans(doc, [(0, 2)]) == [(0, 2)]


def test_a_pipeline_saved_with_the_tokenizer_loads_and_normalises_in_a_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    path = str(tmp_path / "pipe")
    code = (
        f"import spacy; nlp = spacy.load({path!r}); doc = nlp('L&#39;OIM au Tchad'); "
        "print(type(nlp.tokenizer).__name__, doc.text, [e.label_ for e in doc.ents])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split(" ", 1)[0] == "NormalisingTokenizer" and "L'OIM au Tchad" in out and "COUNTRY" in out


def test_the_tokenizer_pickles_for_worker_processes(nlp):
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert copy("Gene\u0300ve").text == "Genève"
    assert copy.explain("l'OIM")[0] == ("PREFIX", "l'")
