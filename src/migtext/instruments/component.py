"""LEGAL mentions: conventions, protocols, compacts, EU acts and laws, linked to treaty ids.

The finding is done by `migtext.instruments.titles` on the raw text; this component only
passes it the spans that are people or organisations (so "la déclaration de <person>"
is not an instrument) and turns each mention into a candidate with its attributes.
"""

from __future__ import annotations

from typing import List, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import add_candidate, doc_folded, doc_text, doc_words, get_candidates
from migtext.core.tags import BatchTagging, GuessedVerbs, VerbStarts, WindowTagger
from migtext.instruments.fuzzy import fuzzy_titles
from migtext.instruments.kb import alias_index, attributes
from migtext.instruments.titles import find_mentions

# Labels whose spans cannot be the proper name after a head noun ("déclaration de X").
_VETO_LABELS = ("PER", "ORG")


class InstrumentRecognizer(BatchTagging):
    """Proposes one LEGAL candidate per instrument mention."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tagger = WindowTagger.of(nlp)
        # the title tables are built now, once per process (and shared by the processes
        # `nlp.pipe(n_process=...)` forks), not on the first text
        alias_index()
        fuzzy_titles()

    def prepare(self, doc: Doc):
        """The mentions, read taking the untagged words a title's complement asks about for
        no verbs (`GuessedVerbs`): those words are tagged with the batch's."""
        verbs = GuessedVerbs(doc, self.tagger, finite_only=True)
        return (self._mentions(doc, verbs), verbs), verbs.ranges()

    def finish(self, doc: Doc, state) -> Doc:
        mentions, verbs = state
        if not verbs.all_right():  # a word taken for no verb is one: read again, asking the tagger
            mentions = self._mentions(doc, VerbStarts(doc, self.tagger, finite_only=True))
        for mention in mentions:
            attrs = attributes(mention.ids)
            attrs["method"] = mention.method
            attrs["score"] = mention.score
            add_candidate(
                doc,
                mention.start,
                mention.end,
                "LEGAL",
                mention.norm,
                method=mention.method,
                score=mention.score,
                source=self.name,
                attrs=attrs,
            )
        return doc

    def _mentions(self, doc: Doc, verbs: VerbStarts):
        return find_mentions(
            doc_text(doc),
            vetoes=self._vetoes(doc),
            verbs=verbs,  # conjugated verbs end a title's complement
            folded=doc_folded(doc),
            word_list=doc_words(doc),
        )

    @staticmethod
    def _vetoes(doc: Doc) -> List[Tuple[int, int]]:
        spans = [(s, e) for s, e, label in (doc._.model_ents or []) if label in _VETO_LABELS]
        spans += [(c.start, c.end) for c in get_candidates(doc) if c.label in _VETO_LABELS]
        return spans
