"""PER mentions, their roles and affiliations, and `doc._.people` (logic in `names`, `affiliations`, `resolution`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import add_candidate, doc_text, doc_words, get_candidates
from migtext.core.tags import BatchTagging, GuessedVerbs, TagsAt, VerbStarts, WindowTagger
from migtext.people.names import Mention
from migtext.people.resolution import analyse

# Evidence that makes a mention a person whatever other components propose there.
STRONG_EVIDENCE = frozenset({"honorific", "first_name", "credit", "role", "speech", "contact"})


class PersonRecognizer(BatchTagging):
    """Proposes PER candidates with the person's fullest name as norm.

    Runs after the countries and organisations components and reads their candidates:
    a base-model PER span that is an organisation or a place is not proposed, and the
    organisation or country named next to a role becomes the person's affiliation.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tagger = WindowTagger.of(nlp)

    def prepare(self, doc: Doc):
        """The people, read taking the untagged words after a role for no verbs
        (`GuessedVerbs`): those words are tagged with the batch's."""
        verbs = GuessedVerbs(doc, self.tagger)
        return (self._analyse(doc, verbs), verbs), verbs.ranges()

    def finish(self, doc: Doc, state) -> Doc:
        (mentions, people), verbs = state
        if not verbs.all_right():  # a word taken for no verb is one: read again, asking the tagger
            mentions, people = self._analyse(doc, VerbStarts(doc, self.tagger))
        strong = {id(m) for m in mentions if m.evidence & STRONG_EVIDENCE}
        strong_people = {i for i, p in enumerate(people) if any(id(m) in strong for m in p.mentions)}
        for i, person in enumerate(people):
            for m in person.mentions:
                method, score = self._method(m, i in strong_people)
                add_candidate(
                    doc,
                    m.start,
                    m.end,
                    "PER",
                    m.norm,
                    method=method,
                    score=score,
                    source=self.name,
                    attrs={
                        "role": person.role,
                        "role_norm": person.role_norm,
                        "affiliation": person.affiliation,
                        "affiliation_label": person.affiliation_label,
                        "former": person.former,
                        "honorific": m.honorific,
                    },
                )
        doc._.people = [p.as_dict() for p in people]
        return doc

    def _analyse(self, doc: Doc, verbs: VerbStarts):
        # candidates have the fields of a `Context`: passed as they are, not copied
        contexts = [c for c in get_candidates(doc) if c.label != "PER"]
        model_spans = [(s, e) for s, e, label in doc._.model_ents or [] if label == "PER"]
        model_other = [(s, e) for s, e, label in doc._.model_ents or [] if label != "PER"]
        return analyse(
            doc_text(doc),
            model_spans,
            contexts,
            TagsAt(doc, self.tagger),  # a name's first word, tagged on demand
            doc._.boilerplate or [],
            verbs=verbs,
            model_other=model_other,
            word_list=doc_words(doc),
        )

    @staticmethod
    def _method(mention: Mention, person_is_strong: bool) -> tuple:
        """`context` when the text says it is a person; `model` when only the base model does."""
        if mention.evidence & STRONG_EVIDENCE:
            return "context", 0.9 if "model" in mention.evidence else 0.8
        if person_is_strong:
            return "context", 0.75
        return "model", 0.6
