"""The migtext_figures component in the pipeline: after the resolver, plain values, nothing on numberless text."""

from __future__ import annotations

import pickle

from spacy.tokens import DocBin

from migtext.pipeline.factories import COMPONENTS


def test_it_runs_after_the_resolver(nlp):
    assert COMPONENTS.index("migtext_figures") > COMPONENTS.index("migtext_resolver")
    assert nlp.pipe_names[-1] == "migtext_figures"


def test_figures_are_plain_records_and_spans(annotate):
    doc = annotate("Le Tchad accueille 1,2 million de réfugiés soudanais, selon le HCR.", "2024-03-12")
    assert [f["value"] for f in doc._.figures] == [1200000]
    span = doc.spans["figures"][0]
    assert (span.text, span.label_) == ("1,2 million", "stock")
    assert span._.figure == doc._.figures[0]
    assert doc._.figures[0]["origin"] == "SDN" and doc._.figures[0]["source"] == "UNHCR"
    assert pickle.loads(pickle.dumps(doc._.figures)) == doc._.figures


def test_nothing_is_found_in_a_text_without_numbers(annotate):
    doc = annotate("Le HCR appelle à la solidarité avec les réfugiés soudanais au Tchad.")
    assert doc._.figures == [] and list(doc.spans["figures"]) == []


def test_no_figure_is_an_empty_list_not_none(annotate):
    # numbers, but none counts people: the same empty list, so `for f in doc._.figures` always works
    doc = annotate("Le rapport de 2023 compte 40 pages et coûte 12 euros.")
    assert doc._.figures == [] and list(doc.spans["figures"]) == []


def test_figures_survive_docbin(nlp, annotate):
    doc = annotate("Plus de 2 500 migrants ont été interceptés au large de la Libye.", "2024-04-16")
    bin_ = DocBin(store_user_data=True, docs=[doc])
    back = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))[0]
    assert list(back._.figures) == doc._.figures  # msgpack gives a tuple back
    assert [s.text for s in back.spans["figures"]] == ["2 500"]


def test_the_resolver_keeps_the_text_caches_for_it_and_it_drops_them(nlp, annotate):
    # the figures component reuses the text, folded text and words the other components
    # cached; after it, nothing but plain values is left for DocBin and n_process
    assert nlp.get_pipe("migtext_resolver").keep_text_cache
    assert nlp.config["components"]["migtext_resolver"]["keep_text_cache"] is True
    for text in ("Plus de 2 500 migrants ont été interceptés.", "Le HCR aide les réfugiés au Tchad."):
        doc = annotate(text, "2024-04-16")
        assert not any(str(key).startswith("migtext.") for key in doc.user_data), doc.user_data.keys()
        DocBin(store_user_data=True, docs=[doc]).to_bytes()


def test_without_the_figures_the_resolver_drops_the_caches_itself():
    import migtext

    nlp = migtext.load(exclude=["figures"])
    assert not nlp.get_pipe("migtext_resolver").keep_text_cache
    doc = nlp("Plus de 2 500 migrants ont été interceptés au large de la Libye.")
    assert not any(str(key).startswith("migtext.") for key in doc.user_data)


def test_the_dateline_the_dates_component_read_is_the_figures_one(nlp):
    """Without a given date, the dates component reads the header once and the figures
    reuse it: the release's agency and place are found as when the figures search it."""
    text = "Genève, 16 avril 2024 (OIM) – Plus de 2 500 migrants ont été interceptés au large de la Libye."
    doc = nlp(text)
    assert doc._.doc_date_source == "dateline"
    (figure,) = doc._.figures
    assert (figure["source"], figure["country"]) == ("IOM", "LBY")
    assert "migtext.dateline" not in doc.user_data  # dropped with the other caches
